/*
 * atomicfile.h - the one way the profile layer changes a file: every edit
 * of the service catalog and of a profile goes through atomicfile_edit().
 *
 * An edit is:
 *   1. take the exclusive lock: an open file description (OFD) write lock
 *      (F_OFD_SETLKW) on the lock file ".<name>.lock" next to the target.
 *      OFD locks belong to the open file, not to the process, so two
 *      threads of one process exclude each other just as two processes
 *      do; the kernel drops the lock when its holder dies;
 *   2. re-read the current file (it may have changed since the caller
 *      last looked);
 *   3. call the caller's edit callback, which makes the new contents from
 *      the current ones;
 *   4. write them to a new temporary file ".<name>.tmp-<16 hex digits>" in
 *      the same directory (O_CREAT|O_EXCL, the target's mode and owner, or
 *      0600 for a new file), fsync it;
 *   5. rename it over the target, fsync the directory;
 *   6. unlock.
 *
 * Readers (atomicfile_read) never lock.  rename() replaces the directory
 * entry in one step and a file is never changed after it got its name, so
 * a reader sees either the old or the new file, whole.  A writer killed at
 * any point leaves the target as it was (or as it became with the rename);
 * its temporary file is removed by the next edit of the same target,
 * which holds the lock and so knows that no live writer owns one.
 *
 * Lock files stay in place, except that an edit that deletes the target
 * (ATOMICFILE_DELETE) removes the lock file too; a waiter that then gets
 * the lock of the removed file notices (the name no longer leads to the
 * inode it locked) and starts over.  Lock files and temporary files start
 * with '.', so listings that skip dot files never see them.
 *
 * Paths are used as given (relative ones against the working directory).
 * Symbolic links are not followed for the target and the lock file.
 */
#ifndef MAPIX_PROFILE_ATOMICFILE_H
#define MAPIX_PROFILE_ATOMICFILE_H

#include <stddef.h>

/* Largest file read or written: larger ones are refused with -EFBIG. */
#define ATOMICFILE_MAX_SIZE (64u * 1024 * 1024)

/* What an edit callback may return besides 0 and a negative errno. */
#define ATOMICFILE_NO_CHANGE 1 /* leave the file as it is */
#define ATOMICFILE_DELETE    2 /* remove the file (and its lock file) */

/*
 * The caller's part of an edit.  old is the current contents, with a NUL
 * after old_size bytes, or NULL when the file does not exist.  The
 * callback returns:
 *   0                     with the new contents in *new_r (allocated with
 *                         alloc_malloc(); atomicfile frees it) and their
 *                         size in *new_size_r;
 *   ATOMICFILE_NO_CHANGE  nothing is written;
 *   ATOMICFILE_DELETE     the file is removed (nothing when it is absent);
 *   a negative errno      the edit is abandoned and the error returned,
 *                         with the callback's message in *error_r.
 * The callback runs with the lock held: it must not edit the same file.
 */
typedef int atomicfile_edit_fn(void *context, const char *old, size_t old_size,
			       char **new_r, size_t *new_size_r,
			       const char **error_r);

/*
 * Runs one locked edit of the file at path (see above).  The directory
 * must exist.  Returns 0 when the callback's change was made (or it asked
 * for none), or a negative errno: the callback's error, -ENOENT when the
 * directory is missing, -EFBIG, -EINVAL when the target is not a regular
 * file or the name is empty, -ENAMETOOLONG, -EPERM when the target's
 * owner cannot be kept, or the errno of a failed system call.  On any
 * failure the target is unchanged, with one exception: when only the
 * fsync of the directory after the rename fails, the new file is in
 * place but may not survive a crash of the machine (the message says
 * "cannot sync directory").
 */
int atomicfile_edit(const char *path, atomicfile_edit_fn *fn, void *context,
		    const char **error_r);

/*
 * Replaces the file's contents with size bytes from data: an edit that
 * ignores the old contents.
 */
int atomicfile_write(const char *path, const void *data, size_t size,
		     const char **error_r);

/* Removes the file (and its lock file) under the lock; -ENOENT if absent. */
int atomicfile_remove(const char *path, const char **error_r);

/*
 * Reads a whole file without locking.  Returns 0 with the contents
 * (alloc_malloc()ed, NUL-terminated, the caller frees them with
 * alloc_free()) in *data_r and their size in *size_r; -ENOENT when the
 * file does not exist, -EFBIG, -EINVAL when it is not a regular file, or
 * the errno of the failed call, with a message naming the path.
 */
int atomicfile_read(const char *path, char **data_r, size_t *size_r,
		    const char **error_r);

/*
 * Edits of parsed documents (the service catalog, a profile): a document
 * type says how to make an empty one, parse, format and free it, and
 * atomicfile_edit_doc() runs one locked edit on top of atomicfile_edit():
 * parse the current file, let the caller change the document, write it
 * back unless it formats to the same bytes.
 */
struct atomicfile_doc_type {
	const char *what; /* "catalog", "profile": names it in messages */
	int (*create)(const char *path, void **doc_r); /* 0 or -ENOMEM */
	int (*parse)(const char *path, const char *data, size_t size,
		     void **doc_r, const char **error_r);
	int (*format)(const void *doc, char **data_r, size_t *size_r);
	void (*free)(void *doc);
};

/* Flags of atomicfile_edit_doc(). */
#define ATOMICFILE_DOC_CREATE 0x1 /* a missing file is an empty document */
#define ATOMICFILE_DOC_EXCL   0x2 /* with CREATE: an existing one: -EEXIST */
#define ATOMICFILE_DOC_DELETE 0x4 /* the callback may delete the file */

/*
 * The caller's part: changes doc (the document as the file holds it now).
 * Returns 0 to write it, ATOMICFILE_NO_CHANGE, ATOMICFILE_DELETE (with
 * ATOMICFILE_DOC_DELETE), or a negative errno to abandon the edit.
 */
typedef int atomicfile_doc_fn(void *doc, void *context, const char **error_r);

/*
 * One locked edit of the document at path.  Returns 0 or a negative
 * errno: fn's error, -ENOENT for a missing file without
 * ATOMICFILE_DOC_CREATE, -EEXIST with ATOMICFILE_DOC_EXCL, the parse
 * error of a broken file (left alone), or atomicfile_edit()'s errors.
 */
int atomicfile_edit_doc(const char *path,
			const struct atomicfile_doc_type *type,
			unsigned int flags, atomicfile_doc_fn *fn,
			void *context, const char **error_r);

/* Writes the whole document to path through atomicfile_write(). */
int atomicfile_save_doc(const char *path,
			const struct atomicfile_doc_type *type, const void *doc,
			const char **error_r);

#endif
