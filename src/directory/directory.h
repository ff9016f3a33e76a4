/*
 * directory.h - the directory of principals: who may log on to mapix, how
 * each one is authenticated, which OS identity each one maps to, and where
 * each one's mailbox is.
 *
 * Callers (the context layer's MapixLogonUser and MapixTokenForUser, the
 * store server, the broker, `mapix admin`) open a directory with
 * directory_open() or directory_open_existing() and use only the functions
 * below; they never see which backend answers.  The backends sit behind
 * the versioned tables in directory_backend.h:
 *
 *   "sqlite"  the embedded default: one file, directory.db (mode 0600), in
 *             the state directory.
 *   "pam"     the system's users: lookups through getpwnam_r and
 *             getgrouplist, passwords checked by PAM (service "mapix", or
 *             "login" when /etc/pam.d/mapix does not exist).  Read-only.
 *
 * Three parts, three sets of object files, so that a program that only
 * reads principals links neither the write path nor the password code
 * (neither libsodium's password hashing nor PAM):
 *   reading         open, close, get, list, generation, names (directory.c
 *                   and the backends' readers)
 *   writing         directory_add, _delete, _set_password, _set_flags,
 *                   _map_os (dir_admin.c and the backends' writers)
 *   authenticating  directory_authenticate (dir_auth.c, the backends'
 *                   authenticators, dir_password.c) and logon.c
 *
 * Versions.  Every principal carries a generation, a number the directory
 * changes on every change of that principal; with its mailbox GUID it
 * names one version of one principal.  directory_generation() is the
 * directory-wide counter behind it: a caller that keeps something per
 * principal (the broker's workers) polls it cheaply and re-reads the
 * principals it holds when it moved.
 *
 * Conventions.  Every int function returns 0 or a negative errno.  When
 * error_r is not NULL, a failure sets *error_r to a message fit to show a
 * user ("user 'bob' already exists"); it lives in a thread-local buffer
 * that stays valid until the next directory call on the same thread.  A
 * struct directory may be shared by several threads.  Principal names are
 * compared without regard to ASCII case.
 *
 * Errors that callers act on:
 *   -EINVAL      a bad argument (invalid name, display name, password)
 *   -ENOENT      no such principal (or no such backend)
 *   -EEXIST      the name, or the uid being mapped, is taken
 *   -EACCES      authentication failed: unknown user or wrong password
 *   -EPERM       the password was right but the principal is disabled
 *   -EROFS       the backend is read-only (pam), or the process may only
 *                read the database file
 *   -EOPNOTSUPP  the backend cannot do this (listing system users)
 *   -EBADMSG     the database is corrupt or is not a mapix directory
 *   -ENOTSUP     the database was written by a newer mapix
 *   -EBUSY       the database stayed locked longer than the busy timeout
 *   -ENOMEM, -EIO and the errno of a failed system call
 */
#ifndef MAPIX_DIRECTORY_H
#define MAPIX_DIRECTORY_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>
#include <sys/types.h>

/*
 * Longest principal name, in bytes: 1..64 of [A-Za-z0-9._@-], the first
 * one a letter or a digit (so no name is ".", ".." or looks like an
 * option).
 */
#define DIR_NAME_MAX 64
/* Longest display name, in bytes of UTF-8. */
#define DIR_DISPLAY_NAME_MAX 256
/* Longest password, in bytes.  Passwords may not be empty. */
#define DIR_PASSWORD_MAX 1024
/* Most supplementary groups one principal may map to. */
#define DIR_GROUPS_MAX 1024
/* Bytes of a mailbox GUID. */
#define DIR_GUID_SIZE 16

/* Principal flags. */
#define DIR_FLAG_ADMIN    (1u << 0) /* may act for any principal */
#define DIR_FLAG_DISABLED (1u << 1) /* may not log on */
#define DIR_FLAGS_ALL     (DIR_FLAG_ADMIN | DIR_FLAG_DISABLED)

/* The file of the sqlite backend, inside the state directory. */
#define DIRECTORY_DB_NAME "directory.db"

/*
 * Test knob: when the environment has MAPIX_PWHASH_FAST=1, new password
 * hashes use libsodium's minimum argon2id cost instead of the INTERACTIVE
 * cost.  Only for tests; hashes made this way are weak.
 */
#define DIR_PWHASH_FAST_ENV "MAPIX_PWHASH_FAST"

struct directory;

/* An OS identity: what a principal's threads run as when impersonating. */
struct dir_os_identity {
	uid_t uid;
	gid_t gid;
	/* Supplementary groups; NULL when groups_count is 0. */
	const gid_t *groups;
	unsigned int groups_count;
};

/*
 * A principal as the directory returns it.  Every pointer is owned by the
 * struct; free it with dir_principal_free().
 */
struct dir_principal {
	/* The name as it was spelled when the principal was added. */
	char *name;
	char *display_name;
	/* DIR_FLAG_* */
	unsigned int flags;
	/* A password is set (pam: always true; PAM decides). */
	bool has_password;
	/* uid, gid and groups are meaningful only when os_mapped. */
	bool os_mapped;
	uid_t uid;
	gid_t gid;
	gid_t *groups;
	unsigned int groups_count;
	/* Random at creation (pam: derived from the name). */
	unsigned char mailbox_guid[DIR_GUID_SIZE];
	/* "/o=mapix/ou=mailboxes/cn=<name>" */
	char *mailbox_dn;
	/*
	 * The principal's version.  The directory gives it a new value on
	 * every change of the principal (added; password set or removed;
	 * flags; OS identity mapped, changed or removed), taken from one
	 * directory-wide counter that only grows and is never reused: a
	 * principal deleted and added again under the same name has a
	 * higher generation (and a new mailbox GUID).  pam: always 0 (system
	 * users are told apart by uid, gid and groups).
	 */
	uint64_t generation;
};

/* What directory_add() needs to create a principal. */
struct dir_principal_settings {
	const char *name;
	/* NULL or "": the name. */
	const char *display_name;
	/* DIR_FLAG_* */
	unsigned int flags;
	/* NULL: no OS identity. */
	const struct dir_os_identity *os;
	/* NULL: no password (the principal cannot log on with one). */
	const char *password;
};

/*
 * ---- Reading (directory.c, dir_config.c) ----
 */

/*
 * Finds the state directory and creates it (mode 0711, parents included)
 * when it is missing: $MAPIX_STATE_DIR when set and not empty, else the
 * `state_dir = PATH` line of the configuration file ($MAPIX_CONFIG, else
 * /etc/mapix/mapix.conf) when the file has one, else /var/lib/mapix.  The
 * path must be absolute.  Writes it to buf.  Returns 0, -ENAMETOOLONG when
 * buf is too small, -EINVAL for a relative path, or the errno of a failed
 * mkdir/stat/read.
 */
int directory_state_dir(char *buf, size_t size, const char **error_r);
/* The same path, without creating anything: for callers that only look. */
int directory_state_dir_path(char *buf, size_t size, const char **error_r);

/*
 * Opens the directory served by the backend named backend_name; NULL means
 * the `directory = NAME` line of the configuration file, else "sqlite".
 * state_dir NULL means directory_state_dir().  On success *dir_r is the
 * open directory, to be closed with directory_close().  On failure *dir_r
 * is NULL.  The sqlite backend creates directory.db (0600, WAL) on first
 * use, upgrades a file of an older schema in place, and refuses files
 * that are corrupt (-EBADMSG) or newer (-ENOTSUP).
 */
int directory_open(const char *backend_name, const char *state_dir,
		   struct directory **dir_r, const char **error_r);

/*
 * Like directory_open(), for callers that only read, but creates nothing:
 * state_dir NULL means the state directory's path (directory_state_dir_
 * path(), no mkdir).  sqlite: -ENOENT, with a message naming the path,
 * when there is no directory.db (or an empty one); the file is opened for
 * writing when the process may write it (and then upgraded like
 * directory_open() does), else read-only: every write call then fails
 * with -EROFS, and a file of schema version 1 is read as it is, each
 * principal's generation being its row id.  -EOPNOTSUPP for a backend
 * without the method (added in backend version 2).
 */
int directory_open_existing(const char *backend_name, const char *state_dir,
			    struct directory **dir_r, const char **error_r);

/* Closes *dir and sets it to NULL.  NULL and *dir == NULL are no-ops. */
void directory_close(struct directory **dir);

/* The name of the backend serving dir ("sqlite", "pam"). */
const char *directory_backend_name(const struct directory *dir);

/*
 * Looks a principal up by name (any case).  On success *principal_r is a
 * new principal for dir_principal_free(); on failure it is NULL.
 * -ENOENT when there is none; -EINVAL for an invalid name.
 */
int directory_get(struct directory *dir, const char *name,
		  struct dir_principal **principal_r, const char **error_r);

/* Looks up the principal mapped to uid, like directory_get(). */
int directory_get_by_uid(struct directory *dir, uid_t uid,
			 struct dir_principal **principal_r,
			 const char **error_r);

/*
 * Every principal, sorted by name.  On success *principals_r is an array
 * of *count_r principals (NULL when there are none), for
 * dir_principal_list_free().  -EOPNOTSUPP for pam.
 */
int directory_list(struct directory *dir, struct dir_principal ***principals_r,
		   size_t *count_r, const char **error_r);

/*
 * The directory-wide change counter: its value changes whenever any
 * principal is added, deleted or changed, by any process sharing the
 * directory, and never takes a value it had before.  One small read (an
 * indexed row of the sqlite file; two stat() calls for pam), cheap enough
 * to poll several times a second; compare values for equality only.
 *   sqlite  the counter the principals' generations come from: every
 *           write bumps it in its own transaction, a delete too.  A
 *           version-1 file opened read-only has no counter: the value is
 *           then SQLite's data_version of this handle with bit 63 set
 *           (it changes on every commit by another connection; compare
 *           it only with this handle's earlier values).
 *   pam     a hash of the identity (st_dev, st_ino, mtime with its
 *           nanoseconds, size) of /etc/passwd and /etc/group, so an edit
 *           of either changes it (users that NSS finds elsewhere, such as
 *           LDAP, are not covered).
 * -EOPNOTSUPP for a backend without the method (added in backend version
 * 2).  On failure *generation_r is 0.
 */
int directory_generation(struct directory *dir, uint64_t *generation_r,
			 const char **error_r);

/*
 * ---- Writing (dir_admin.c) ----
 *
 * Each write call that succeeds bumps the directory's counter and gives
 * the principal it changed the new value as its generation, even when
 * the values written equal the old ones.
 */

/*
 * Adds a principal with a random mailbox GUID.  -EINVAL for an invalid
 * name, display name, flag or password; -EEXIST when the name (in any case)
 * exists or the uid is mapped to another principal; -EROFS for pam.
 */
int directory_add(struct directory *dir,
		  const struct dir_principal_settings *settings,
		  const char **error_r);

/* Deletes a principal.  -ENOENT when there is none by that name. */
int directory_delete(struct directory *dir, const char *name,
		     const char **error_r);

/*
 * Sets the password (hashed with argon2id), or removes it when password
 * is NULL.  -EINVAL for an empty or over-long password.
 */
int directory_set_password(struct directory *dir, const char *name,
			   const char *password, const char **error_r);

/*
 * Sets the flags in set and clears those in clear (set wins when a flag is
 * in both).  -EINVAL for unknown flags.
 */
int directory_set_flags(struct directory *dir, const char *name,
			unsigned int set, unsigned int clear,
			const char **error_r);

/*
 * Maps the principal to an OS identity, replacing any earlier one, or
 * removes the mapping when os is NULL.  -EEXIST when another principal
 * maps to os->uid; -EINVAL for uid/gid (uid_t)-1 or too many groups.
 */
int directory_map_os(struct directory *dir, const char *name,
		     const struct dir_os_identity *os, const char **error_r);

/*
 * ---- Authenticating (dir_auth.c) ----
 */

/*
 * Checks name and password.  Unknown names, invalid names, principals
 * without a password and wrong passwords all return -EACCES with the same
 * message, and take as long: an unknown name is checked against a fixed
 * dummy argon2id hash of the current cost.  A disabled principal returns
 * -EPERM, but only once its password was found right.  On success, when
 * principal_r is not NULL, *principal_r is the principal; on failure it is
 * NULL.  -EINVAL when name or password is NULL.
 */
int directory_authenticate(struct directory *dir, const char *name,
			   const char *password,
			   struct dir_principal **principal_r,
			   const char **error_r);

/*
 * ---- Principals and names (directory.c) ----
 */

/* Frees *principal and sets it to NULL.  NULL pointers are no-ops. */
void dir_principal_free(struct dir_principal **principal);

/* Frees an array from directory_list() and sets it to NULL. */
void dir_principal_list_free(struct dir_principal ***principals, size_t count);

/*
 * True when name is a valid principal name: 1 to DIR_NAME_MAX bytes of
 * [A-Za-z0-9._@-], beginning with a letter or a digit.
 */
bool dir_name_valid(const char *name);

/*
 * Checks a principal name (the rule of dir_name_valid()) or a display
 * name: 0, or -EINVAL with a message that says what is wrong.
 */
int dir_name_check(const char *name, const char **error_r);
int dir_display_name_check(const char *display_name, const char **error_r);

/*
 * Writes "/o=mapix/ou=mailboxes/cn=<name>" to buf.  Returns 0, or
 * -ENAMETOOLONG when buf is too small.
 */
int dir_mailbox_dn(const char *name, char *buf, size_t size);

#endif
