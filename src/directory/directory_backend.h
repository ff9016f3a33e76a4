/*
 * directory_backend.h - for writers of directory backends: the versioned
 * tables of methods a backend fills in, the base of every open directory,
 * and the helpers backends share (messages, password hashes, building
 * principals, files).
 *
 * The shape is SQLite's VFS.  A backend is a static const struct
 * directory_backend registered by name; directory_open() finds it and calls
 * its open method, which returns a struct that begins with a struct
 * directory (its base, which records the backend).  The public functions
 * of directory.h check their arguments, do the work common to every
 * backend (name validation, hashing new passwords, the mailbox GUID and
 * DN) and then call the method.  Methods may therefore assume valid
 * arguments: names are valid, flags are known, hashes are made.
 *
 * Three tables.  struct directory_backend holds what every program needs
 * (open, close, lookups, the change counter).  A backend's write methods
 * and its authentication go in two more tables, struct
 * directory_backend_admin and struct directory_backend_auth, registered
 * under the backend's name, in object files of their own: then a program
 * that only reads principals (mapix-worker) links neither, and the static
 * linker leaves the backend's write and password code (and libsodium's
 * password hashing, and PAM) out of it.  The built-in backends work that
 * way; their admin and auth tables are registered by dir_admin.c and
 * dir_auth.c, the files of the public calls that use them.  A backend may
 * instead fill in the write and authenticate members of its main table
 * (version 1's way, still honoured): the public calls use a separately
 * registered table when there is one, else those members.
 *
 * Versioning: a table only grows at its end.  A backend sets version to
 * the *_VERSION it was written for; methods added in a later version are
 * called only when the table's version is high enough.  Methods other
 * than open, close and get may be NULL: the call then fails with
 * -EOPNOTSUPP.
 */
#ifndef MAPIX_DIRECTORY_BACKEND_H
#define MAPIX_DIRECTORY_BACKEND_H

#include <stdarg.h>
#include <stdint.h>

#include "directory.h"

#define DIRECTORY_BACKEND_VERSION       2
#define DIRECTORY_BACKEND_ADMIN_VERSION 1
#define DIRECTORY_BACKEND_AUTH_VERSION  1

/* The base of every open directory. */
struct directory {
	/* Must be first; set by directory_open(). */
	const struct directory_backend *backend;
};

/* Methods that change principals: see struct directory_backend_admin. */
typedef int dir_add_method(struct directory *dir, const struct dir_principal *p,
			   const char *password_hash, const char **error_r);
typedef int dir_del_method(struct directory *dir, const char *name,
			   const char **error_r);
typedef int dir_set_password_hash_method(struct directory *dir,
					 const char *name,
					 const char *password_hash,
					 const char **error_r);
typedef int dir_set_flags_method(struct directory *dir, const char *name,
				 unsigned int set, unsigned int clear,
				 const char **error_r);
typedef int dir_map_os_method(struct directory *dir, const char *name,
			      const struct dir_os_identity *os,
			      const char **error_r);
/* See struct directory_backend_auth. */
typedef int dir_authenticate_method(struct directory *dir, const char *name,
				    const char *password,
				    struct dir_principal **principal_r,
				    const char **error_r);

struct directory_backend {
	unsigned int version;
	const char *name;

	/* -- Version 1 -- */

	/*
	 * Allocates and opens a directory, creating what the backend keeps
	 * when it is missing.  state_dir is an existing, absolute
	 * directory.  On success sets *dir_r to the new object, whose
	 * struct directory is at offset 0.
	 */
	int (*open)(const struct directory_backend *backend,
		    const char *state_dir, struct directory **dir_r,
		    const char **error_r);
	/* Releases everything open() made.  dir is never NULL. */
	void (*close)(struct directory *dir);

	/* Version 1's place of the admin table's add (see above). */
	dir_add_method *add;
	/* Version 1's place of the admin table's del. */
	dir_del_method *del;
	int (*get)(struct directory *dir, const char *name,
		   struct dir_principal **principal_r, const char **error_r);
	int (*get_by_uid)(struct directory *dir, uid_t uid,
			  struct dir_principal **principal_r,
			  const char **error_r);
	int (*list)(struct directory *dir, struct dir_principal ***principals_r,
		    size_t *count_r, const char **error_r);
	/* Version 1's places of the admin table's other methods. */
	dir_set_password_hash_method *set_password_hash;
	dir_set_flags_method *set_flags;
	dir_map_os_method *map_os;
	/* Version 1's place of the auth table's method. */
	dir_authenticate_method *authenticate;

	/* -- Version 2 -- */

	/*
	 * directory_generation(): the directory-wide change counter, which
	 * the generation of every principal this backend returns comes
	 * from.
	 */
	int (*generation)(struct directory *dir, uint64_t *generation_r,
			  const char **error_r);
	/*
	 * directory_open_existing(): like open, but creates nothing (the
	 * state directory may not exist).  -ENOENT, naming the path, when
	 * what the backend keeps does not exist.
	 */
	int (*open_existing)(const struct directory_backend *backend,
			     const char *state_dir, struct directory **dir_r,
			     const char **error_r);
};

/*
 * The write methods of the backend named name.  Any may be NULL
 * (-EOPNOTSUPP).
 */
struct directory_backend_admin {
	unsigned int version;
	const char *name;

	/* -- Version 1 -- */

	/*
	 * Adds the principal described by p (its name, display_name,
	 * flags, OS identity, mailbox GUID and DN are all set and valid;
	 * has_password and generation are ignored) with password_hash (NULL
	 * for none).
	 */
	dir_add_method *add;
	dir_del_method *del;
	/* password_hash NULL removes the password. */
	dir_set_password_hash_method *set_password_hash;
	dir_set_flags_method *set_flags;
	/* os NULL removes the mapping. */
	dir_map_os_method *map_os;
};

/* The authentication of the backend named name. */
struct directory_backend_auth {
	unsigned int version;
	const char *name;

	/* -- Version 1 -- */

	/*
	 * Must keep directory_authenticate()'s promises: -EACCES for an
	 * unknown name or a wrong password, in equal time; -EPERM for a
	 * disabled principal only after the password was checked.
	 * principal_r is never NULL.  Mandatory.
	 */
	dir_authenticate_method *authenticate;
};

/*
 * Registers a backend.  The table must outlive the process (a static
 * const).  -EINVAL when it lacks a name, a mandatory method or a supported
 * version; -EEXIST when the name is taken; -ENOSPC when the registry is
 * full.  The built-in backends are always registered.
 */
int directory_backend_register(const struct directory_backend *backend);

/* The backend registered under name, or NULL. */
const struct directory_backend *directory_backend_find(const char *name);

/*
 * Register a backend's write methods and its authentication, like
 * directory_backend_register() (in dir_admin.c and dir_auth.c, so that
 * only programs that write or authenticate link them).
 */
int directory_backend_admin_register(
    const struct directory_backend_admin *admin);
int directory_backend_auth_register(const struct directory_backend_auth *auth);

/* The built-in backends. */
extern const struct directory_backend dir_sqlite_backend;
extern const struct directory_backend dir_pam_backend;
extern const struct directory_backend_admin dir_sqlite_admin;
extern const struct directory_backend_admin dir_pam_admin;
extern const struct directory_backend_auth dir_sqlite_auth;
extern const struct directory_backend_auth dir_pam_auth;

/* -- Helpers for backends -- */

/*
 * Formats a message into the thread's error buffer, points *error_r at it
 * when error_r is not NULL, and returns err (a negative errno), so that
 * backends can write `return dir_error(error_r, -ENOENT, "...")`.
 */
int dir_error(const char **error_r, int err, const char *fmt, ...)
    __attribute__((format(printf, 3, 4)));

/* Like dir_error(), with the message's arguments as a va_list. */
int dir_verror(const char **error_r, int err, const char *fmt, va_list args)
    __attribute__((format(printf, 3, 0)));

/* The message every failed authentication gives, whatever the cause. */
#define DIR_AUTH_FAILED_MSG "invalid user name or password"

/* Bytes a password hash string may take, with its NUL. */
#define DIR_PASSWORD_HASH_SIZE 128

/*
 * Hashes password with argon2id (crypto_pwhash_str_alg), at the
 * INTERACTIVE cost, or the minimum cost when MAPIX_PWHASH_FAST=1.
 * Returns 0, -EINVAL (empty or over-long password) or -ENOMEM.
 */
int dir_password_hash(const char *password, char hash_r[DIR_PASSWORD_HASH_SIZE],
		      const char **error_r);

/*
 * Verifies password against hash.  hash NULL (unknown user, or no
 * password set) verifies against a fixed dummy hash of the current cost
 * instead, so the call takes as long, and fails.  Returns 0 on a match,
 * else -EACCES with DIR_AUTH_FAILED_MSG.
 */
int dir_password_verify(const char *hash, const char *password,
			const char **error_r);

/*
 * Test hook: how many argon2id verifications this thread has run, the
 * dummy ones included.
 */
unsigned long dir_password_verifications(void);

/*
 * Allocates an empty principal (alloc_calloc).  NULL when out of memory.
 */
struct dir_principal *dir_principal_alloc(void);

/*
 * Copies str into *field with alloc_strdup.  0 or -ENOMEM.
 */
int dir_principal_set_string(char **field, const char *str);

/*
 * Gives p a copy of the count groups.  0 or -ENOMEM.
 */
int dir_principal_set_groups(struct dir_principal *p, const gid_t *groups,
			     unsigned int count);

/*
 * Reads `key = value` from the configuration file ($MAPIX_CONFIG, else
 * /etc/mapix/mapix.conf).  Lines starting with '#' or ';' and section
 * headers ("[name]") are skipped; the first line with the key wins; the
 * value is trimmed.  Returns 1 with the value in buf, 0 when the file or
 * the key does not exist, or a negative errno.
 */
int dir_config_get(const char *key, char *buf, size_t size,
		   const char **error_r);

/*
 * A change counter for data kept in files: a hash (BLAKE2b) of the
 * identity of each of the count paths -- st_dev, st_ino, mtime with its
 * nanoseconds, size; a missing file counts as all zeros -- so that
 * writing, replacing, creating or removing any of them changes it.  For
 * backends' generation methods.  0, or the errno of a failed stat().
 */
int dir_files_generation(const char *const *paths, unsigned int count,
			 uint64_t *generation_r, const char **error_r);

/*
 * Creates path with mode 0600 when it does not exist (when root creates
 * it, it gets the owner of its directory), and narrows the mode of an
 * existing file owned by the caller to 0600.  Refuses symbolic links
 * (-ELOOP) and anything but a regular file (-EINVAL).  For backends that
 * keep files in the state directory.
 */
int dir_prepare_private_file(const char *path, const char **error_r);

#endif
