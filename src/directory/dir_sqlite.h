/*
 * dir_sqlite.h - what the three files of the "sqlite" directory backend
 * share: the open directory, its statements, and the helpers that run
 * them.  dir_sqlite.c opens the file and reads it (the main table),
 * dir_sqlite_admin.c writes it (the admin table), dir_sqlite_auth.c
 * checks passwords (the auth table); see directory_backend.h for why they
 * are apart.
 *
 * Every helper expects the caller to hold sd->lock.
 */
#ifndef MAPIX_DIRECTORY_DIR_SQLITE_H
#define MAPIX_DIRECTORY_DIR_SQLITE_H

#include <limits.h>
#include <pthread.h>
#include <stdbool.h>
#include <stdint.h>

#include <sqlite3.h>

#include "directory_backend.h"
#include "lib.h"

/*
 * Every statement of the backend, prepared on first use from the SQL the
 * file that owns it passes, and kept until the directory closes.
 */
enum dir_sqlite_stmt {
	/* dir_sqlite.c */
	DSQ_BEGIN_READ,
	DSQ_COMMIT,
	DSQ_ROLLBACK,
	DSQ_GET_BY_NAME,
	DSQ_GET_BY_UID,
	DSQ_LIST,
	DSQ_GROUPS,
	DSQ_GENERATION,
	DSQ_USER_VERSION,
	/* dir_sqlite_admin.c */
	DSQ_BEGIN_WRITE,
	DSQ_INSERT,
	DSQ_INSERT_GROUP,
	DSQ_DELETE_GROUPS,
	DSQ_DELETE,
	DSQ_SET_HASH,
	DSQ_SET_FLAGS,
	DSQ_SET_OS,
	DSQ_UID_OWNER,
	DSQ_BUMP,
	DSQ_STAMP,
	DSQ_STMT_COUNT
};

struct sqlite_directory {
	struct directory dir; /* must be first */
	pthread_mutex_t lock;
	sqlite3 *db;
	/* The process may only read the file (no write call works). */
	bool read_only;
	/*
	 * The schema the statements are written for: the current one, or
	 * 1 for a version-1 file this handle could not upgrade (read-only),
	 * which has no generations and no counter.
	 */
	int schema_version;
	sqlite3_stmt *stmts[DSQ_STMT_COUNT];
	char path[PATH_MAX];
};

static inline struct sqlite_directory *sqlite_dir(struct directory *dir)
{
	return container_of(dir, struct sqlite_directory, dir);
}

/* Reports rc (the connection's last error) as an errno and a message. */
int dir_sqlite_error(struct sqlite_directory *sd, int rc, const char **error_r);

/*
 * The statement id, prepared from sql the first time, reset and unbound:
 * 0 with *stmt_r, or an error.
 */
int dir_sqlite_stmt(struct sqlite_directory *sd, enum dir_sqlite_stmt id,
		    const char *sql, sqlite3_stmt **stmt_r,
		    const char **error_r);

/* Runs a statement that returns no rows (or ignores them). */
int dir_sqlite_run(struct sqlite_directory *sd, sqlite3_stmt *s,
		   const char **error_r);

/* Commits; rolls back when a transaction is open (keeps the message). */
int dir_sqlite_commit(struct sqlite_directory *sd, const char **error_r);
void dir_sqlite_rollback(struct sqlite_directory *sd);

/*
 * Finds a principal by name, or by uid when name is NULL, inside the
 * caller's transaction.  0 with *principal_r (and *id_r when id_r is not
 * NULL, and a copy of the password hash, "" when none, when hash_r is not
 * NULL), -ENOENT, or another error.  On failure *principal_r may hold a
 * partial principal for the caller to free.
 */
int dir_sqlite_find(struct sqlite_directory *sd, const char *name, uid_t uid,
		    int64_t *id_r, struct dir_principal **principal_r,
		    char hash_r[DIR_PASSWORD_HASH_SIZE], const char **error_r);

/*
 * dir_sqlite_find() in a read transaction of its own; takes sd->lock
 * itself (the one helper that does).  On failure *principal_r is NULL.
 */
int dir_sqlite_lookup(struct sqlite_directory *sd, const char *name, uid_t uid,
		      struct dir_principal **principal_r,
		      char hash_r[DIR_PASSWORD_HASH_SIZE],
		      const char **error_r);

#endif
