/*
 * atomicfile.c - locked, crash-safe replacement of whole files: lock ->
 * re-read -> edit -> write a temporary file -> fsync -> rename -> fsync the
 * directory -> unlock.  See atomicfile.h for the protocol.
 *
 * Everything below works relative to a descriptor of the target's
 * directory, so the names of the lock and temporary files are formed once
 * and the directory cannot change under an edit.
 */
#include "atomicfile.h"

#include <dirent.h>
#include <errno.h>
#include <fcntl.h>
#include <limits.h>
#include <stdbool.h>
#include <stdint.h>
#include <stdio.h>
#include <string.h>
#include <sys/random.h>
#include <sys/stat.h>
#include <time.h>
#include <unistd.h>

#include "alloc.h"
#include "array.h"
#include "profutil.h"

/*
 * valgrind 3.19 does not know that F_OFD_SETLKW may block: a thread that
 * waits in it keeps valgrind's one big lock, and the lock's holder never
 * runs again.  Under valgrind (only) the lock is therefore taken by
 * polling F_OFD_SETLK; RUNNING_ON_VALGRIND costs a few instructions.
 */
#if defined(__has_include)
#if __has_include(<valgrind/valgrind.h>)
#include <valgrind/valgrind.h>
#define HAVE_VALGRIND_H 1
#endif
#endif
#ifndef HAVE_VALGRIND_H
#define RUNNING_ON_VALGRIND 0
#endif

#define LOCK_SUFFIX   ".lock"
#define TMP_INFIX     ".tmp-"
#define TMP_HEX       16
#define TMP_ATTEMPTS  100
#define LOCK_ATTEMPTS 1000

/* One edit's names and descriptors. */
struct afile {
	const char *path; /* as the caller gave it, for messages */
	char dir[PATH_MAX];
	char base[NAME_MAX + 1];
	char lock_name[NAME_MAX + 32]; /* room the compiler can see */
	int dir_fd;
	int lock_fd;
};

/* Splits path into directory and base name and opens the directory. */
static int afile_open(struct afile *af, const char *path, const char **error_r)
{
	const char *slash;
	size_t dir_len, base_len;

	af->path = path;
	af->dir_fd = -1;
	af->lock_fd = -1;
	if (path == NULL || path[0] == '\0')
		return prof_error(error_r, -EINVAL, "no file name given");
	slash = strrchr(path, '/');
	if (slash == NULL) {
		strcpy(af->dir, ".");
		slash = path - 1;
	} else {
		dir_len = (size_t)(slash - path);
		if (dir_len == 0)
			dir_len = 1; /* "/name": the root */
		if (dir_len >= sizeof(af->dir)) {
			return prof_error(error_r, -ENAMETOOLONG,
					  "%s: path too long", path);
		}
		memcpy(af->dir, path, dir_len);
		af->dir[dir_len] = '\0';
	}
	base_len = strlen(slash + 1);
	if (base_len == 0 || strcmp(slash + 1, ".") == 0 ||
	    strcmp(slash + 1, "..") == 0) {
		return prof_error(error_r, -EINVAL, "%s: not a file name",
				  path);
	}
	/* ".<base>.tmp-<16 hex>" must be a valid name too. */
	if (base_len + 1 + strlen(TMP_INFIX) + TMP_HEX > NAME_MAX) {
		return prof_error(error_r, -ENAMETOOLONG,
				  "%s: file name too long", path);
	}
	memcpy(af->base, slash + 1, base_len + 1);
	snprintf(af->lock_name, sizeof(af->lock_name), ".%s%s", af->base,
		 LOCK_SUFFIX);
	af->dir_fd = open(af->dir, O_RDONLY | O_DIRECTORY | O_CLOEXEC);
	if (af->dir_fd < 0) {
		int err = -errno;

		return prof_error(error_r, err, "cannot open directory %s: %s",
				  af->dir, strerror(-err));
	}
	return 0;
}

static void afile_close(struct afile *af)
{
	if (af->lock_fd >= 0)
		close(af->lock_fd); /* drops the OFD lock */
	if (af->dir_fd >= 0)
		close(af->dir_fd);
	af->lock_fd = af->dir_fd = -1;
}

/* Waits for the OFD lock fl on fd: 0 or -errno. */
static int lock_fd(int fd, struct flock *fl)
{
	long pause_ns = 100000;

	if (!RUNNING_ON_VALGRIND) {
		while (fcntl(fd, F_OFD_SETLKW, fl) < 0) {
			if (errno != EINTR)
				return -errno;
		}
		return 0;
	}
	while (fcntl(fd, F_OFD_SETLK, fl) < 0) {
		struct timespec ts = {0, pause_ns};

		if (errno != EAGAIN && errno != EACCES && errno != EINTR)
			return -errno;
		nanosleep(&ts, NULL);
		if (pause_ns < 10000000)
			pause_ns *= 2;
	}
	return 0;
}

/*
 * Takes the exclusive lock.  A lock file that was removed (or replaced)
 * while we waited is not the lock any more: start over with the new one.
 */
static int afile_lock(struct afile *af, const char **error_r)
{
	unsigned int attempt;

	for (attempt = 0; attempt < LOCK_ATTEMPTS; attempt++) {
		struct flock fl = {
		    .l_type = F_WRLCK,
		    .l_whence = SEEK_SET,
		};
		struct stat st_fd, st_name;
		struct stat st_dir;
		int fd, err;

		fd = openat(af->dir_fd, af->lock_name,
			    O_RDWR | O_CREAT | O_EXCL | O_CLOEXEC | O_NOFOLLOW,
			    0600);
		if (fd >= 0) {
			/* A new lock file belongs to the directory's owner,
			 * so a writer of another uid (root) never locks the
			 * owner out.  Best effort. */
			if (fstat(af->dir_fd, &st_dir) == 0 &&
			    st_dir.st_uid != geteuid())
				(void)!fchown(fd, st_dir.st_uid, st_dir.st_gid);
		} else if (errno == EEXIST) {
			fd = openat(af->dir_fd, af->lock_name,
				    O_RDWR | O_CLOEXEC | O_NOFOLLOW);
			if (fd < 0 && errno == ENOENT)
				continue; /* removed in between */
		}
		if (fd < 0) {
			err = -errno;
			return prof_error(error_r, err,
					  "cannot open the lock file of %s: %s",
					  af->path, strerror(-err));
		}
		err = lock_fd(fd, &fl);
		if (err < 0) {
			close(fd);
			return prof_error(error_r, err, "cannot lock %s: %s",
					  af->path, strerror(-err));
		}
		if (fstat(fd, &st_fd) == 0 &&
		    fstatat(af->dir_fd, af->lock_name, &st_name,
			    AT_SYMLINK_NOFOLLOW) == 0 &&
		    st_fd.st_dev == st_name.st_dev &&
		    st_fd.st_ino == st_name.st_ino) {
			af->lock_fd = fd;
			return 0;
		}
		close(fd);
	}
	return prof_error(error_r, -EAGAIN,
			  "cannot lock %s: the lock file "
			  "keeps being replaced",
			  af->path);
}

/* Reads the whole file open at fd (a regular file, checked). */
static int read_fd(int fd, const char *path, char **data_r, size_t *size_r,
		   const char **error_r)
{
	ARRAY(char) buf = ARRAY_INIT;
	struct stat st;
	char *p;
	ssize_t n;
	int err;

	if (fstat(fd, &st) < 0) {
		err = -errno;
		return prof_error(error_r, err, "cannot read %s: %s", path,
				  strerror(-err));
	}
	if (!S_ISREG(st.st_mode)) {
		return prof_error(error_r, -EINVAL,
				  "cannot read %s: not a regular file", path);
	}
	if (st.st_size > (off_t)ATOMICFILE_MAX_SIZE) {
		return prof_error(error_r, -EFBIG,
				  "cannot read %s: larger than %u bytes", path,
				  ATOMICFILE_MAX_SIZE);
	}
	/* Room for the file as it is now, and the NUL. */
	if (array_reserve(&buf, (size_t)st.st_size + 1) < 0)
		return prof_error(error_r, -ENOMEM, "out of memory");
	for (;;) {
		size_t len = array_count(&buf);
		size_t room = array_capacity(&buf) - len;

		if (room <= 1) {
			/* The file grew: it is not one of ours. */
			if (array_capacity(&buf) > ATOMICFILE_MAX_SIZE) {
				array_free(&buf);
				return prof_error(error_r, -EFBIG,
						  "cannot read %s: larger than "
						  "%u bytes",
						  path, ATOMICFILE_MAX_SIZE);
			}
			room = array_capacity(&buf) + 1;
		}
		/* Read into new elements, one kept for the NUL. */
		p = array_append_space(&buf, room - 1);
		if (p == NULL) {
			array_free(&buf);
			return prof_error(error_r, -ENOMEM, "out of memory");
		}
		n = read(fd, p, room - 1);
		array_truncate(&buf, len + (n > 0 ? (size_t)n : 0));
		if (n < 0) {
			if (errno == EINTR)
				continue;
			err = -errno;
			array_free(&buf);
			return prof_error(error_r, err, "cannot read %s: %s",
					  path, strerror(-err));
		}
		if (n == 0)
			break;
	}
	*size_r = array_count(&buf);
	array_push_reserved(&buf, '\0');
	*data_r = buf.v;
	return 0;
}

/* Opens name in dir_fd for reading: not through a symbolic link. */
static int open_target(int dir_fd, const char *name, const char *path,
		       const char **error_r)
{
	int fd = openat(dir_fd, name, O_RDONLY | O_CLOEXEC | O_NOFOLLOW);
	int err;

	if (fd >= 0)
		return fd;
	err = -errno;
	if (err == -ELOOP) {
		return prof_error(error_r, -EINVAL,
				  "cannot read %s: a symbolic link", path);
	}
	return prof_error(error_r, err, "cannot read %s: %s", path,
			  strerror(-err));
}

int atomicfile_read(const char *path, char **data_r, size_t *size_r,
		    const char **error_r)
{
	int fd, ret;

	if (path == NULL || path[0] == '\0')
		return prof_error(error_r, -EINVAL, "no file name given");
	fd = open(path, O_RDONLY | O_CLOEXEC | O_NOFOLLOW);
	if (fd < 0) {
		ret = -errno;
		if (ret == -ELOOP) {
			return prof_error(error_r, -EINVAL,
					  "cannot read %s: a symbolic link",
					  path);
		}
		return prof_error(error_r, ret, "cannot read %s: %s", path,
				  strerror(-ret));
	}
	ret = read_fd(fd, path, data_r, size_r, error_r);
	close(fd);
	return ret;
}

/* True when name is ".<base>.tmp-" and 16 hex digits, nothing more. */
static bool is_our_tmp(const char *name, const char *base)
{
	size_t blen = strlen(base), i;
	const char *p;

	if (name[0] != '.' || strncmp(name + 1, base, blen) != 0)
		return false;
	p = name + 1 + blen;
	if (strncmp(p, TMP_INFIX, strlen(TMP_INFIX)) != 0)
		return false;
	p += strlen(TMP_INFIX);
	for (i = 0; i < TMP_HEX; i++) {
		if (prof_hexval((unsigned char)p[i]) < 0)
			return false;
	}
	return p[TMP_HEX] == '\0';
}

/*
 * Removes temporary files that writers killed before their rename left
 * behind.  Runs with the lock held: no live writer has one.
 */
static void sweep_tmp(struct afile *af)
{
	int fd = dup(af->dir_fd);
	struct dirent *de;
	DIR *d;

	if (fd < 0)
		return;
	d = fdopendir(fd);
	if (d == NULL) {
		close(fd);
		return;
	}
	while ((de = readdir(d)) != NULL) {
		if (is_our_tmp(de->d_name, af->base))
			(void)unlinkat(af->dir_fd, de->d_name, 0);
	}
	closedir(d);
}

static void random_hex(char *out)
{
	static _Atomic uint64_t counter;
	uint64_t r = 0;
	unsigned int i;

	if (getrandom(&r, sizeof(r), GRND_NONBLOCK) != (ssize_t)sizeof(r)) {
		struct timespec ts;

		clock_gettime(CLOCK_MONOTONIC, &ts);
		r = (uint64_t)ts.tv_nsec ^ ((uint64_t)ts.tv_sec << 32) ^
		    ((uint64_t)getpid() << 16) ^ counter++;
	}
	for (i = 0; i < TMP_HEX; i++)
		out[i] = "0123456789abcdef"[(r >> (4 * i)) & 15];
	out[TMP_HEX] = '\0';
}

static int write_all(int fd, const char *data, size_t size)
{
	while (size > 0) {
		ssize_t n = write(fd, data, size);

		if (n < 0) {
			if (errno == EINTR)
				continue;
			return -errno;
		}
		data += n;
		size -= (size_t)n;
	}
	return 0;
}

/*
 * Writes data to a new temporary file, with mode and owner as given
 * (have_owner false: ours), fsyncs it and renames it over the target.
 */
static int replace_target(struct afile *af, const char *data, size_t size,
			  mode_t mode, bool have_owner, uid_t uid, gid_t gid,
			  const char **error_r)
{
	char tmp[NAME_MAX + 32], hex[TMP_HEX + 1];
	unsigned int attempt;
	int fd = -1, err;

	for (attempt = 0; attempt < TMP_ATTEMPTS && fd < 0; attempt++) {
		random_hex(hex);
		snprintf(tmp, sizeof(tmp), ".%s%s%s", af->base, TMP_INFIX, hex);
		fd = openat(af->dir_fd, tmp,
			    O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0600);
		if (fd < 0 && errno != EEXIST)
			break;
	}
	if (fd < 0) {
		err = -errno;
		return prof_error(error_r, err,
				  "cannot create a temporary file for %s: %s",
				  af->path, strerror(-err));
	}
	if (have_owner && uid != geteuid() && fchown(fd, uid, gid) < 0) {
		err = -errno;
		prof_error(error_r, -EPERM,
			   "cannot keep the owner (uid %u) of %s: %s",
			   (unsigned int)uid, af->path, strerror(-err));
		err = -EPERM;
		goto fail;
	}
	if (have_owner && gid != getegid())
		(void)!fchown(fd, (uid_t)-1, gid); /* best effort */
	if (fchmod(fd, mode) < 0 || write_all(fd, data, size) < 0 ||
	    fsync(fd) < 0) {
		err = -errno;
		prof_error(error_r, err, "cannot write %s: %s", af->path,
			   strerror(-err));
		goto fail;
	}
	err = close(fd);
	fd = -1;
	if (err < 0) {
		err = -errno;
		prof_error(error_r, err, "cannot write %s: %s", af->path,
			   strerror(-err));
		goto fail;
	}
	if (renameat(af->dir_fd, tmp, af->dir_fd, af->base) < 0) {
		err = -errno;
		prof_error(error_r, err, "cannot replace %s: %s", af->path,
			   strerror(-err));
		goto fail;
	}
	if (fsync(af->dir_fd) < 0) {
		/* The new file is in place; only its durability is unsure. */
		err = -errno;
		return prof_error(error_r, err, "cannot sync directory %s: %s",
				  af->dir, strerror(-err));
	}
	return 0;
fail:
	if (fd >= 0)
		close(fd);
	(void)unlinkat(af->dir_fd, tmp, 0);
	return err;
}

/* Removes the target and the lock file; the lock is held. */
static int remove_target(struct afile *af, bool must_exist,
			 const char **error_r)
{
	int err;

	if (unlinkat(af->dir_fd, af->base, 0) < 0) {
		err = -errno;
		if (err != -ENOENT || must_exist) {
			return prof_error(error_r, err, "cannot remove %s: %s",
					  af->path, strerror(-err));
		}
		return 0;
	}
	(void)unlinkat(af->dir_fd, af->lock_name, 0);
	if (fsync(af->dir_fd) < 0) {
		err = -errno;
		return prof_error(error_r, err, "cannot sync directory %s: %s",
				  af->dir, strerror(-err));
	}
	return 0;
}

/* The locked part of an edit. */
static int edit_locked(struct afile *af, atomicfile_edit_fn *fn, void *context,
		       const char **error_r)
{
	char *old = NULL, *new_data = NULL;
	size_t old_size = 0, new_size = 0;
	bool exists = false;
	struct stat st = {0};
	int fd, ret;

	fd = open_target(af->dir_fd, af->base, af->path, error_r);
	if (fd >= 0) {
		ret = read_fd(fd, af->path, &old, &old_size, error_r);
		if (ret == 0 && fstat(fd, &st) < 0)
			ret = prof_error(error_r, -errno, "cannot read %s: %s",
					 af->path, strerror(errno));
		close(fd);
		if (ret < 0)
			return ret;
		exists = true;
	} else if (fd != -ENOENT) {
		return fd;
	}
	sweep_tmp(af);

	ret = fn(context, old, old_size, &new_data, &new_size, error_r);
	if (ret == 0) {
		if (new_data == NULL || new_size > ATOMICFILE_MAX_SIZE) {
			ret = prof_error(error_r, -EFBIG,
					 "cannot write %s: no data or larger "
					 "than %u bytes",
					 af->path, ATOMICFILE_MAX_SIZE);
		} else {
			ret = replace_target(
			    af, new_data, new_size,
			    exists ? (st.st_mode & 07777) : 0600, exists,
			    st.st_uid, st.st_gid, error_r);
		}
	} else if (ret == ATOMICFILE_DELETE) {
		ret = exists ? remove_target(af, false, error_r) : 0;
	} else if (ret == ATOMICFILE_NO_CHANGE) {
		ret = 0;
	} else if (ret > 0) {
		ret = prof_error(error_r, -EINVAL,
				 "edit of %s: unknown callback result %d",
				 af->path, ret);
	}
	alloc_free(new_data);
	alloc_free(old);
	return ret;
}

int atomicfile_edit(const char *path, atomicfile_edit_fn *fn, void *context,
		    const char **error_r)
{
	struct afile af;
	int ret;

	if (fn == NULL)
		return prof_error(error_r, -EINVAL, "no edit callback given");
	ret = afile_open(&af, path, error_r);
	if (ret == 0)
		ret = afile_lock(&af, error_r);
	if (ret == 0)
		ret = edit_locked(&af, fn, context, error_r);
	afile_close(&af);
	return ret;
}

struct write_ctx {
	const void *data;
	size_t size;
};

static int write_cb(void *context, const char *old, size_t old_size,
		    char **new_r, size_t *new_size_r, const char **error_r)
{
	struct write_ctx *ctx = context;

	(void)old;
	(void)old_size;
	*new_r = alloc_malloc(ctx->size + 1);
	if (*new_r == NULL)
		return prof_error(error_r, -ENOMEM, "out of memory");
	if (ctx->size > 0)
		memcpy(*new_r, ctx->data, ctx->size);
	*new_size_r = ctx->size;
	return 0;
}

int atomicfile_write(const char *path, const void *data, size_t size,
		     const char **error_r)
{
	struct write_ctx ctx = {data, size};

	if (data == NULL && size > 0)
		return prof_error(error_r, -EINVAL, "no data given");
	if (size > ATOMICFILE_MAX_SIZE) {
		return prof_error(error_r, -EFBIG, "%s: larger than %u bytes",
				  path != NULL ? path : "(null)",
				  ATOMICFILE_MAX_SIZE);
	}
	return atomicfile_edit(path, write_cb, &ctx, error_r);
}

static int remove_cb(void *context, const char *old, size_t old_size,
		     char **new_r, size_t *new_size_r, const char **error_r)
{
	const char *path = context;

	(void)old_size;
	(void)new_r;
	(void)new_size_r;
	if (old == NULL) {
		return prof_error(error_r, -ENOENT, "cannot remove %s: %s",
				  path, strerror(ENOENT));
	}
	return ATOMICFILE_DELETE;
}

int atomicfile_remove(const char *path, const char **error_r)
{
	return atomicfile_edit(path, remove_cb, (void *)path, error_r);
}

/* ============================ Documents ============================ */

int atomicfile_save_doc(const char *path,
			const struct atomicfile_doc_type *type, const void *doc,
			const char **error_r)
{
	char *data;
	size_t size;
	int ret;

	if (type->format(doc, &data, &size) < 0)
		return prof_error(error_r, -ENOMEM, "out of memory");
	ret = atomicfile_write(path, data, size, error_r);
	alloc_free(data);
	return ret;
}

struct doc_edit {
	const char *path;
	const struct atomicfile_doc_type *type;
	unsigned int flags;
	atomicfile_doc_fn *fn;
	void *context;
};

static int doc_edit_cb(void *context, const char *old, size_t old_size,
		       char **new_r, size_t *new_size_r, const char **error_r)
{
	struct doc_edit *e = context;
	void *doc = NULL;
	int ret;

	if (old == NULL) {
		if (!(e->flags & ATOMICFILE_DOC_CREATE))
			return prof_error(error_r, -ENOENT,
					  "%s %s does not exist", e->type->what,
					  e->path);
		if (e->type->create(e->path, &doc) < 0)
			return prof_error(error_r, -ENOMEM, "out of memory");
	} else {
		if ((e->flags & ATOMICFILE_DOC_CREATE) &&
		    (e->flags & ATOMICFILE_DOC_EXCL))
			return prof_error(error_r, -EEXIST,
					  "%s %s exists already", e->type->what,
					  e->path);
		ret = e->type->parse(e->path, old, old_size, &doc, error_r);
		if (ret < 0)
			return ret;
	}
	ret = e->fn(doc, e->context, error_r);
	if (ret == 0) {
		ret = e->type->format(doc, new_r, new_size_r);
		if (ret < 0) {
			ret = prof_error(error_r, ret, "out of memory");
		} else if (old != NULL && *new_size_r == old_size &&
			   memcmp(*new_r, old, old_size) == 0) {
			/* Formats to the same bytes: nothing to write. */
			alloc_free(*new_r);
			*new_r = NULL;
			ret = ATOMICFILE_NO_CHANGE;
		}
	} else if (ret > 0 && ret != ATOMICFILE_NO_CHANGE &&
		   !(ret == ATOMICFILE_DELETE &&
		     (e->flags & ATOMICFILE_DOC_DELETE))) {
		ret = prof_error(error_r, -EINVAL,
				 "edit of %s: unknown callback result %d",
				 e->path, ret);
	}
	e->type->free(doc);
	return ret;
}

int atomicfile_edit_doc(const char *path,
			const struct atomicfile_doc_type *type,
			unsigned int flags, atomicfile_doc_fn *fn,
			void *context, const char **error_r)
{
	struct doc_edit e = {path, type, flags, fn, context};

	if (fn == NULL)
		return prof_error(error_r, -EINVAL, "no edit callback given");
	return atomicfile_edit(path, doc_edit_cb, &e, error_r);
}
