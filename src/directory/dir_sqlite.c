/*
 * dir_sqlite.c - the "sqlite" directory backend, mapix's embedded default:
 * every principal in one SQLite file, directory.db, in the state directory.
 *
 * The file is created with mode 0600 before SQLite opens it (SQLite gives
 * its -wal and -shm files the same mode).  It runs in WAL mode with a busy
 * timeout, so several processes (mapixd, mapix admin) can share it.  The
 * schema carries an application id and a version (PRAGMA application_id,
 * user_version): a file of another application, or of a newer mapix, is
 * refused with a clear message instead of being misread.  Every statement
 * is prepared once at open; every change of more than one row runs in one
 * IMMEDIATE transaction.  A mutex serialises the connection, so a struct
 * directory may be shared by threads; argon2id verification runs outside
 * it.
 *
 * Schema, version 1:
 *   principals        one row a principal; name UNIQUE COLLATE NOCASE;
 *                     uid UNIQUE (NULL when not mapped), gid with it;
 *                     password_hash NULL when no password is set
 *   principal_groups  supplementary groups, in order, deleted with their
 *                     principal (foreign key, ON DELETE CASCADE)
 */
#include "directory_backend.h"

#include <errno.h>
#include <limits.h>
#include <pthread.h>
#include <stdint.h>
#include <stdio.h>
#include <string.h>
#include <sys/stat.h>
#include <time.h>
#include <unistd.h>

#include <sodium.h>
#include <sqlite3.h>

#include "alloc.h"

#define SCHEMA_VERSION 1
/* "MAPD": marks the file as a mapix directory. */
#define APPLICATION_ID  0x4d415044
#define BUSY_TIMEOUT_MS 5000

#define PRINCIPAL_COLUMNS                                                      \
	"id, name, display_name, flags, uid, gid, mailbox_guid, "              \
	"mailbox_dn, password_hash"

enum stmt_id {
	STMT_BEGIN_READ,
	STMT_BEGIN_WRITE,
	STMT_COMMIT,
	STMT_ROLLBACK,
	STMT_GET_BY_NAME,
	STMT_GET_BY_UID,
	STMT_LIST,
	STMT_GROUPS,
	STMT_INSERT,
	STMT_INSERT_GROUP,
	STMT_DELETE_GROUPS,
	STMT_DELETE,
	STMT_SET_HASH,
	STMT_SET_FLAGS,
	STMT_SET_OS,
	STMT_UID_OWNER,
	STMT_COUNT
};

static const char *const stmt_sql[STMT_COUNT] = {
    [STMT_BEGIN_READ] = "BEGIN DEFERRED",
    [STMT_BEGIN_WRITE] = "BEGIN IMMEDIATE",
    [STMT_COMMIT] = "COMMIT",
    [STMT_ROLLBACK] = "ROLLBACK",
    [STMT_GET_BY_NAME] =
	"SELECT " PRINCIPAL_COLUMNS " FROM principals WHERE name = ?1",
    [STMT_GET_BY_UID] =
	"SELECT " PRINCIPAL_COLUMNS " FROM principals WHERE uid = ?1",
    [STMT_LIST] =
	"SELECT " PRINCIPAL_COLUMNS " FROM principals ORDER BY name, id",
    [STMT_GROUPS] = "SELECT gid FROM principal_groups"
		    " WHERE principal_id = ?1 ORDER BY position",
    [STMT_INSERT] = "INSERT INTO principals (name, display_name, flags,"
		    " uid, gid, password_hash, mailbox_guid, mailbox_dn,"
		    " created) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9)",
    [STMT_INSERT_GROUP] = "INSERT INTO principal_groups"
			  " (principal_id, position, gid)"
			  " VALUES (?1, ?2, ?3)",
    [STMT_DELETE_GROUPS] = "DELETE FROM principal_groups"
			   " WHERE principal_id = ?1",
    [STMT_DELETE] = "DELETE FROM principals WHERE id = ?1",
    [STMT_SET_HASH] = "UPDATE principals SET password_hash = ?2"
		      " WHERE id = ?1",
    [STMT_SET_FLAGS] = "UPDATE principals SET flags = ?2 WHERE id = ?1",
    [STMT_SET_OS] = "UPDATE principals SET uid = ?2, gid = ?3"
		    " WHERE id = ?1",
    [STMT_UID_OWNER] = "SELECT name FROM principals"
		       " WHERE uid = ?1 AND id <> ?2",
};

/* Columns of PRINCIPAL_COLUMNS. */
enum {
	COL_ID,
	COL_NAME,
	COL_DISPLAY_NAME,
	COL_FLAGS,
	COL_UID,
	COL_GID,
	COL_GUID,
	COL_DN,
	COL_HASH
};

static const char schema_sql[] =
    "CREATE TABLE principals ("
    " id INTEGER PRIMARY KEY,"
    " name TEXT NOT NULL UNIQUE COLLATE NOCASE,"
    " display_name TEXT NOT NULL,"
    " flags INTEGER NOT NULL DEFAULT 0,"
    " uid INTEGER UNIQUE,"
    " gid INTEGER,"
    " password_hash TEXT,"
    " mailbox_guid BLOB NOT NULL UNIQUE CHECK (length(mailbox_guid) = 16),"
    " mailbox_dn TEXT NOT NULL,"
    " created INTEGER NOT NULL,"
    " CHECK ((uid IS NULL) = (gid IS NULL)));"
    "CREATE TABLE principal_groups ("
    " principal_id INTEGER NOT NULL"
    "  REFERENCES principals (id) ON DELETE CASCADE,"
    " position INTEGER NOT NULL,"
    " gid INTEGER NOT NULL,"
    " PRIMARY KEY (principal_id, position)) WITHOUT ROWID;"
    "PRAGMA application_id = 1296126020;" /* APPLICATION_ID */
    "PRAGMA user_version = 1;";           /* SCHEMA_VERSION */

_Static_assert(APPLICATION_ID == 1296126020, "schema_sql's application_id");
_Static_assert(SCHEMA_VERSION == 1, "schema_sql's user_version");

struct sqlite_directory {
	struct directory dir; /* must be first */
	pthread_mutex_t lock;
	sqlite3 *db;
	sqlite3_stmt *stmts[STMT_COUNT];
	char path[PATH_MAX];
};

static struct sqlite_directory *sqlite_dir(struct directory *dir)
{
	return (struct sqlite_directory *)dir;
}

/* Maps an SQLite result code to a negative errno. */
static int sqlite_errno(int rc)
{
	switch (rc & 0xff) {
	case SQLITE_NOMEM:
		return -ENOMEM;
	case SQLITE_BUSY:
	case SQLITE_LOCKED:
		return -EBUSY;
	case SQLITE_READONLY:
		return -EROFS;
	case SQLITE_PERM:
	case SQLITE_AUTH:
		return -EACCES;
	case SQLITE_FULL:
		return -ENOSPC;
	case SQLITE_CANTOPEN:
		return -ENOENT;
	case SQLITE_CONSTRAINT:
		return -EEXIST;
	case SQLITE_CORRUPT:
	case SQLITE_NOTADB:
		return -EBADMSG;
	case SQLITE_TOOBIG:
	case SQLITE_RANGE:
	case SQLITE_MISMATCH:
		return -EINVAL;
	default:
		return -EIO;
	}
}

/* Reports the connection's last error as an errno and a message. */
static int db_error(struct sqlite_directory *sd, int rc, const char **error_r)
{
	int err = sqlite_errno(rc);

	if (err == -EBADMSG) {
		return dir_error(error_r, err,
				 "directory database %s is corrupt or is not "
				 "a database: %s",
				 sd->path, sqlite3_errmsg(sd->db));
	}
	return dir_error(error_r, err, "directory database %s: %s", sd->path,
			 sqlite3_errmsg(sd->db));
}

/* The prepared statement id, reset and unbound, ready for binding. */
static sqlite3_stmt *stmt(struct sqlite_directory *sd, enum stmt_id id)
{
	sqlite3_stmt *s = sd->stmts[id];

	sqlite3_reset(s);
	sqlite3_clear_bindings(s);
	return s;
}

/* Runs a statement that returns no rows. */
static int run(struct sqlite_directory *sd, sqlite3_stmt *s,
	       const char **error_r)
{
	int rc = sqlite3_step(s);

	sqlite3_reset(s);
	if (rc != SQLITE_DONE && rc != SQLITE_ROW)
		return db_error(sd, rc, error_r);
	return 0;
}

static int tx_begin(struct sqlite_directory *sd, bool write,
		    const char **error_r)
{
	return run(sd, stmt(sd, write ? STMT_BEGIN_WRITE : STMT_BEGIN_READ),
		   error_r);
}

static int tx_commit(struct sqlite_directory *sd, const char **error_r)
{
	return run(sd, stmt(sd, STMT_COMMIT), error_r);
}

/* Rolls back when a transaction is open; keeps the first error's message. */
static void tx_rollback(struct sqlite_directory *sd)
{
	if (!sqlite3_get_autocommit(sd->db))
		(void)run(sd, stmt(sd, STMT_ROLLBACK), NULL);
}

/* Fills p's groups from principal_groups. */
static int read_groups(struct sqlite_directory *sd, int64_t id,
		       struct dir_principal *p, const char **error_r)
{
	gid_t groups[DIR_GROUPS_MAX];
	unsigned int count = 0;
	sqlite3_stmt *s = stmt(sd, STMT_GROUPS);
	int rc;

	sqlite3_bind_int64(s, 1, id);
	while ((rc = sqlite3_step(s)) == SQLITE_ROW) {
		if (count == DIR_GROUPS_MAX) {
			sqlite3_reset(s);
			return dir_error(error_r, -EBADMSG,
					 "directory database %s: too many "
					 "groups for '%s'",
					 sd->path, p->name);
		}
		groups[count++] = (gid_t)sqlite3_column_int64(s, 0);
	}
	sqlite3_reset(s);
	if (rc != SQLITE_DONE)
		return db_error(sd, rc, error_r);
	if (dir_principal_set_groups(p, groups, count) < 0)
		return dir_error(error_r, -ENOMEM, "out of memory");
	return 0;
}

/*
 * Builds a principal from the current row of s (PRINCIPAL_COLUMNS) and its
 * groups.  When hash_r is not NULL, *hash_r receives a copy of the
 * password hash (or "" when none is set).
 */
static int read_principal(struct sqlite_directory *sd, sqlite3_stmt *s,
			  struct dir_principal **principal_r,
			  char hash_r[DIR_PASSWORD_HASH_SIZE],
			  const char **error_r)
{
	struct dir_principal *p;
	const unsigned char *text;
	const void *guid;
	int64_t id = sqlite3_column_int64(s, COL_ID);
	int ret;

	p = dir_principal_alloc();
	if (p == NULL)
		return dir_error(error_r, -ENOMEM, "out of memory");
	*principal_r = p;

	text = sqlite3_column_text(s, COL_NAME);
	if (text == NULL ||
	    dir_principal_set_string(&p->name, (const char *)text) < 0)
		goto nomem;
	text = sqlite3_column_text(s, COL_DISPLAY_NAME);
	if (text == NULL ||
	    dir_principal_set_string(&p->display_name, (const char *)text) < 0)
		goto nomem;
	text = sqlite3_column_text(s, COL_DN);
	if (text == NULL ||
	    dir_principal_set_string(&p->mailbox_dn, (const char *)text) < 0)
		goto nomem;
	p->flags =
	    (unsigned int)sqlite3_column_int64(s, COL_FLAGS) & DIR_FLAGS_ALL;
	if (sqlite3_column_type(s, COL_UID) != SQLITE_NULL) {
		p->os_mapped = true;
		p->uid = (uid_t)sqlite3_column_int64(s, COL_UID);
		p->gid = (gid_t)sqlite3_column_int64(s, COL_GID);
	}
	guid = sqlite3_column_blob(s, COL_GUID);
	if (guid != NULL && sqlite3_column_bytes(s, COL_GUID) == DIR_GUID_SIZE)
		memcpy(p->mailbox_guid, guid, DIR_GUID_SIZE);
	text = sqlite3_column_text(s, COL_HASH);
	p->has_password = text != NULL;
	if (hash_r != NULL) {
		hash_r[0] = '\0';
		if (text != NULL &&
		    strlen((const char *)text) < DIR_PASSWORD_HASH_SIZE)
			strcpy(hash_r, (const char *)text);
	}
	/* The row's values die with the next step: read groups last. */
	if (p->os_mapped) {
		ret = read_groups(sd, id, p, error_r);
		if (ret < 0)
			return ret;
	}
	return 0;
nomem:
	/* sqlite3_column_text() returns NULL when SQLite runs out, too. */
	return dir_error(error_r, -ENOMEM, "out of memory");
}

/*
 * Finds a principal by name or uid, inside the caller's transaction.
 * Returns 0 with *principal_r (and *id_r, and the hash when hash_r is not
 * NULL), or -ENOENT, or another error.  On failure *principal_r may hold
 * a partial principal for the caller to free.
 */
static int find(struct sqlite_directory *sd, const char *name, uid_t uid,
		int64_t *id_r, struct dir_principal **principal_r,
		char hash_r[DIR_PASSWORD_HASH_SIZE], const char **error_r)
{
	sqlite3_stmt *s;
	int rc, ret;

	if (name != NULL) {
		s = stmt(sd, STMT_GET_BY_NAME);
		sqlite3_bind_text(s, 1, name, -1, SQLITE_STATIC);
	} else {
		s = stmt(sd, STMT_GET_BY_UID);
		sqlite3_bind_int64(s, 1, uid);
	}
	rc = sqlite3_step(s);
	if (rc == SQLITE_DONE) {
		sqlite3_reset(s);
		if (name != NULL)
			return dir_error(error_r, -ENOENT, "no user '%s'",
					 name);
		return dir_error(error_r, -ENOENT,
				 "no user is mapped to uid %lu",
				 (unsigned long)uid);
	}
	if (rc != SQLITE_ROW) {
		ret = db_error(sd, rc, error_r);
		sqlite3_reset(s);
		return ret;
	}
	if (id_r != NULL)
		*id_r = sqlite3_column_int64(s, COL_ID);
	ret = read_principal(sd, s, principal_r, hash_r, error_r);
	sqlite3_reset(s);
	return ret;
}

/*
 * Finds the row id of name inside the caller's write transaction, and the
 * principal when principal_r is not NULL.
 */
static int find_id(struct sqlite_directory *sd, const char *name, int64_t *id_r,
		   const char **error_r)
{
	struct dir_principal *p = NULL;
	int ret;

	ret = find(sd, name, 0, id_r, &p, NULL, error_r);
	dir_principal_free(&p);
	return ret;
}

/*
 * Checks that no principal other than id maps to uid (id -1: none at all).
 */
static int check_uid_free(struct sqlite_directory *sd, uid_t uid, int64_t id,
			  const char **error_r)
{
	sqlite3_stmt *s = stmt(sd, STMT_UID_OWNER);
	int rc, ret = 0;

	sqlite3_bind_int64(s, 1, uid);
	sqlite3_bind_int64(s, 2, id);
	rc = sqlite3_step(s);
	if (rc == SQLITE_ROW) {
		const unsigned char *owner = sqlite3_column_text(s, 0);

		ret = dir_error(error_r, -EEXIST,
				"uid %lu is already mapped to user '%s'",
				(unsigned long)uid,
				owner != NULL ? (const char *)owner : "?");
	} else if (rc != SQLITE_DONE) {
		ret = db_error(sd, rc, error_r);
	}
	sqlite3_reset(s);
	return ret;
}

/* Replaces the groups of principal id. */
static int write_groups(struct sqlite_directory *sd, int64_t id,
			const gid_t *groups, unsigned int count,
			const char **error_r)
{
	sqlite3_stmt *s;
	unsigned int i;
	int ret;

	s = stmt(sd, STMT_DELETE_GROUPS);
	sqlite3_bind_int64(s, 1, id);
	ret = run(sd, s, error_r);
	for (i = 0; ret == 0 && i < count; i++) {
		s = stmt(sd, STMT_INSERT_GROUP);
		sqlite3_bind_int64(s, 1, id);
		sqlite3_bind_int64(s, 2, i);
		sqlite3_bind_int64(s, 3, groups[i]);
		ret = run(sd, s, error_r);
	}
	return ret;
}

/* ---------------------------------------------------------------------
 * Opening
 */

/* Runs one PRAGMA that returns one integer. */
static int pragma_int(struct sqlite_directory *sd, const char *sql,
		      int64_t *value_r, const char **error_r)
{
	sqlite3_stmt *s;
	int rc, ret = 0;

	rc = sqlite3_prepare_v2(sd->db, sql, -1, &s, NULL);
	if (rc != SQLITE_OK)
		return db_error(sd, rc, error_r);
	rc = sqlite3_step(s);
	if (rc == SQLITE_ROW)
		*value_r = sqlite3_column_int64(s, 0);
	else
		ret = db_error(sd, rc, error_r);
	sqlite3_finalize(s);
	return ret;
}

static int exec(struct sqlite_directory *sd, const char *sql,
		const char **error_r)
{
	int rc = sqlite3_exec(sd->db, sql, NULL, NULL, NULL);

	if (rc != SQLITE_OK)
		return db_error(sd, rc, error_r);
	return 0;
}

/*
 * Creates the schema in a fresh file, or checks the one it has.  Two
 * processes may race to create it: the IMMEDIATE transaction makes the
 * second one see the first one's work.
 */
static int setup_schema(struct sqlite_directory *sd, const char **error_r)
{
	int64_t version = 0, app_id = 0, objects = 0;
	int ret;

	ret = pragma_int(sd, "PRAGMA user_version", &version, error_r);
	if (ret < 0)
		return ret;
	if (version == 0) {
		ret = exec(sd, "BEGIN IMMEDIATE", error_r);
		if (ret < 0)
			return ret;
		ret = pragma_int(sd, "PRAGMA user_version", &version, error_r);
		if (ret == 0 && version == 0) {
			ret =
			    pragma_int(sd, "SELECT count(*) FROM sqlite_schema",
				       &objects, error_r);
		}
		if (ret == 0 && version == 0 && objects > 0) {
			ret = dir_error(error_r, -EBADMSG,
					"%s is not a mapix directory database",
					sd->path);
		}
		if (ret == 0 && version == 0) {
			ret = exec(sd, schema_sql, error_r);
			version = SCHEMA_VERSION;
		}
		if (ret == 0)
			ret = exec(sd, "COMMIT", error_r);
		if (ret < 0) {
			(void)sqlite3_exec(sd->db, "ROLLBACK", NULL, NULL,
					   NULL);
			return ret;
		}
	}
	if (version > SCHEMA_VERSION) {
		return dir_error(error_r, -ENOTSUP,
				 "%s has schema version %lld, written by a "
				 "newer mapix (this one knows up to %d)",
				 sd->path, (long long)version, SCHEMA_VERSION);
	}
	ret = pragma_int(sd, "PRAGMA application_id", &app_id, error_r);
	if (ret < 0)
		return ret;
	if (version < 1 || app_id != APPLICATION_ID) {
		return dir_error(error_r, -EBADMSG,
				 "%s is not a mapix directory database",
				 sd->path);
	}
	return 0;
}

static void sqlite_close(struct directory *dir)
{
	struct sqlite_directory *sd = sqlite_dir(dir);
	unsigned int i;

	for (i = 0; i < STMT_COUNT; i++)
		sqlite3_finalize(sd->stmts[i]);
	sqlite3_close(sd->db);
	pthread_mutex_destroy(&sd->lock);
	alloc_free(sd);
}

static int sqlite_open(const struct directory_backend *backend,
		       const char *state_dir, struct directory **dir_r,
		       const char **error_r)
{
	struct sqlite_directory *sd;
	int64_t ignored;
	unsigned int i;
	int n, rc, ret;

	sd = alloc_calloc(1, sizeof(*sd));
	if (sd == NULL)
		return dir_error(error_r, -ENOMEM, "out of memory");
	sd->dir.backend = backend;
	pthread_mutex_init(&sd->lock, NULL);
	n = snprintf(sd->path, sizeof(sd->path), "%s/%s", state_dir,
		     DIRECTORY_DB_NAME);
	if (n < 0 || (size_t)n >= sizeof(sd->path)) {
		ret = dir_error(error_r, -ENAMETOOLONG,
				"state directory path is too long");
		goto fail;
	}
	ret = dir_prepare_private_file(sd->path, error_r);
	if (ret < 0)
		goto fail;
	rc = sqlite3_open_v2(sd->path, &sd->db,
			     SQLITE_OPEN_READWRITE | SQLITE_OPEN_NOFOLLOW |
				 SQLITE_OPEN_FULLMUTEX,
			     NULL);
	if (rc != SQLITE_OK) {
		if (sd->db == NULL) {
			ret = dir_error(error_r, -ENOMEM, "out of memory");
		} else {
			ret = dir_error(error_r, sqlite_errno(rc),
					"cannot open %s: %s", sd->path,
					sqlite3_errmsg(sd->db));
		}
		goto fail;
	}
	sqlite3_extended_result_codes(sd->db, 1);
	sqlite3_busy_timeout(sd->db, BUSY_TIMEOUT_MS);
	/* Reading the header first tells garbage from a database. */
	ret = pragma_int(sd, "PRAGMA user_version", &ignored, error_r);
	if (ret == 0)
		ret = pragma_int(sd, "PRAGMA journal_mode = WAL", &ignored,
				 error_r);
	if (ret == 0)
		ret = exec(sd,
			   "PRAGMA foreign_keys = ON;"
			   "PRAGMA synchronous = NORMAL;"
			   "PRAGMA secure_delete = ON;",
			   error_r);
	if (ret == 0)
		ret = setup_schema(sd, error_r);
	for (i = 0; ret == 0 && i < STMT_COUNT; i++) {
		rc = sqlite3_prepare_v3(sd->db, stmt_sql[i], -1,
					SQLITE_PREPARE_PERSISTENT,
					&sd->stmts[i], NULL);
		if (rc != SQLITE_OK)
			ret = db_error(sd, rc, error_r);
	}
	if (ret < 0)
		goto fail;
	*dir_r = &sd->dir;
	return 0;
fail:
	sqlite_close(&sd->dir);
	return ret;
}

/* ---------------------------------------------------------------------
 * Methods
 */

static int sqlite_add(struct directory *dir, const struct dir_principal *p,
		      const char *password_hash, const char **error_r)
{
	struct sqlite_directory *sd = sqlite_dir(dir);
	struct dir_principal *existing = NULL;
	sqlite3_stmt *s;
	int64_t id;
	int ret;

	pthread_mutex_lock(&sd->lock);
	ret = tx_begin(sd, true, error_r);
	if (ret < 0)
		goto out;
	ret = find(sd, p->name, 0, NULL, &existing, NULL, error_r);
	if (ret == 0) {
		ret = dir_error(error_r, -EEXIST, "user '%s' already exists",
				existing->name);
		goto out;
	}
	if (ret != -ENOENT)
		goto out;
	if (p->os_mapped) {
		ret = check_uid_free(sd, p->uid, -1, error_r);
		if (ret < 0)
			goto out;
	}
	s = stmt(sd, STMT_INSERT);
	sqlite3_bind_text(s, 1, p->name, -1, SQLITE_STATIC);
	sqlite3_bind_text(s, 2, p->display_name, -1, SQLITE_STATIC);
	sqlite3_bind_int64(s, 3, p->flags);
	if (p->os_mapped) {
		sqlite3_bind_int64(s, 4, p->uid);
		sqlite3_bind_int64(s, 5, p->gid);
	}
	if (password_hash != NULL)
		sqlite3_bind_text(s, 6, password_hash, -1, SQLITE_STATIC);
	sqlite3_bind_blob(s, 7, p->mailbox_guid, DIR_GUID_SIZE, SQLITE_STATIC);
	sqlite3_bind_text(s, 8, p->mailbox_dn, -1, SQLITE_STATIC);
	sqlite3_bind_int64(s, 9, (int64_t)time(NULL));
	ret = run(sd, s, error_r);
	if (ret < 0)
		goto out;
	id = sqlite3_last_insert_rowid(sd->db);
	if (p->os_mapped && p->groups_count > 0) {
		ret = write_groups(sd, id, p->groups, p->groups_count, error_r);
		if (ret < 0)
			goto out;
	}
	ret = tx_commit(sd, error_r);
out:
	if (ret < 0)
		tx_rollback(sd);
	pthread_mutex_unlock(&sd->lock);
	dir_principal_free(&existing);
	return ret;
}

static int sqlite_del(struct directory *dir, const char *name,
		      const char **error_r)
{
	struct sqlite_directory *sd = sqlite_dir(dir);
	sqlite3_stmt *s;
	int64_t id;
	int ret;

	pthread_mutex_lock(&sd->lock);
	ret = tx_begin(sd, true, error_r);
	if (ret == 0)
		ret = find_id(sd, name, &id, error_r);
	if (ret == 0) {
		s = stmt(sd, STMT_DELETE);
		sqlite3_bind_int64(s, 1, id);
		ret = run(sd, s, error_r);
	}
	if (ret == 0)
		ret = tx_commit(sd, error_r);
	if (ret < 0)
		tx_rollback(sd);
	pthread_mutex_unlock(&sd->lock);
	return ret;
}

/* get and get_by_uid: name NULL means by uid. */
static int sqlite_lookup(struct directory *dir, const char *name, uid_t uid,
			 struct dir_principal **principal_r,
			 char hash_r[DIR_PASSWORD_HASH_SIZE],
			 const char **error_r)
{
	struct sqlite_directory *sd = sqlite_dir(dir);
	int ret;

	pthread_mutex_lock(&sd->lock);
	ret = tx_begin(sd, false, error_r);
	if (ret == 0)
		ret = find(sd, name, uid, NULL, principal_r, hash_r, error_r);
	if (ret == 0)
		ret = tx_commit(sd, error_r);
	if (ret < 0) {
		tx_rollback(sd);
		dir_principal_free(principal_r);
	}
	pthread_mutex_unlock(&sd->lock);
	return ret;
}

static int sqlite_get(struct directory *dir, const char *name,
		      struct dir_principal **principal_r, const char **error_r)
{
	return sqlite_lookup(dir, name, 0, principal_r, NULL, error_r);
}

static int sqlite_get_by_uid(struct directory *dir, uid_t uid,
			     struct dir_principal **principal_r,
			     const char **error_r)
{
	return sqlite_lookup(dir, NULL, uid, principal_r, NULL, error_r);
}

static int sqlite_list(struct directory *dir,
		       struct dir_principal ***principals_r, size_t *count_r,
		       const char **error_r)
{
	struct sqlite_directory *sd = sqlite_dir(dir);
	struct dir_principal **list = NULL, **bigger;
	size_t count = 0, alloced = 0;
	sqlite3_stmt *s;
	int rc, ret;

	pthread_mutex_lock(&sd->lock);
	ret = tx_begin(sd, false, error_r);
	if (ret < 0)
		goto out;
	s = stmt(sd, STMT_LIST);
	while ((rc = sqlite3_step(s)) == SQLITE_ROW) {
		if (count == alloced) {
			alloced = alloced == 0 ? 16 : alloced * 2;
			bigger = alloc_realloc(list, alloced * sizeof(*list));
			if (bigger == NULL) {
				ret = dir_error(error_r, -ENOMEM,
						"out of memory");
				break;
			}
			list = bigger;
		}
		list[count] = NULL;
		ret = read_principal(sd, s, &list[count], NULL, error_r);
		count++;
		if (ret < 0)
			break;
	}
	if (ret == 0 && rc != SQLITE_DONE)
		ret = db_error(sd, rc, error_r);
	sqlite3_reset(s);
	if (ret == 0)
		ret = tx_commit(sd, error_r);
out:
	if (ret < 0) {
		tx_rollback(sd);
		dir_principal_list_free(&list, count);
		count = 0;
	}
	pthread_mutex_unlock(&sd->lock);
	*principals_r = list;
	*count_r = count;
	return ret;
}

static int sqlite_set_password_hash(struct directory *dir, const char *name,
				    const char *password_hash,
				    const char **error_r)
{
	struct sqlite_directory *sd = sqlite_dir(dir);
	sqlite3_stmt *s;
	int64_t id;
	int ret;

	pthread_mutex_lock(&sd->lock);
	ret = tx_begin(sd, true, error_r);
	if (ret == 0)
		ret = find_id(sd, name, &id, error_r);
	if (ret == 0) {
		s = stmt(sd, STMT_SET_HASH);
		sqlite3_bind_int64(s, 1, id);
		if (password_hash != NULL)
			sqlite3_bind_text(s, 2, password_hash, -1,
					  SQLITE_STATIC);
		ret = run(sd, s, error_r);
	}
	if (ret == 0)
		ret = tx_commit(sd, error_r);
	if (ret < 0)
		tx_rollback(sd);
	pthread_mutex_unlock(&sd->lock);
	return ret;
}

static int sqlite_set_flags(struct directory *dir, const char *name,
			    unsigned int set, unsigned int clear,
			    const char **error_r)
{
	struct sqlite_directory *sd = sqlite_dir(dir);
	struct dir_principal *p = NULL;
	sqlite3_stmt *s;
	int64_t id;
	int ret;

	pthread_mutex_lock(&sd->lock);
	ret = tx_begin(sd, true, error_r);
	if (ret == 0)
		ret = find(sd, name, 0, &id, &p, NULL, error_r);
	if (ret == 0) {
		s = stmt(sd, STMT_SET_FLAGS);
		sqlite3_bind_int64(s, 1, id);
		sqlite3_bind_int64(s, 2, (p->flags | set) & ~clear);
		ret = run(sd, s, error_r);
	}
	if (ret == 0)
		ret = tx_commit(sd, error_r);
	if (ret < 0)
		tx_rollback(sd);
	pthread_mutex_unlock(&sd->lock);
	dir_principal_free(&p);
	return ret;
}

static int sqlite_map_os(struct directory *dir, const char *name,
			 const struct dir_os_identity *os, const char **error_r)
{
	struct sqlite_directory *sd = sqlite_dir(dir);
	sqlite3_stmt *s;
	int64_t id;
	int ret;

	pthread_mutex_lock(&sd->lock);
	ret = tx_begin(sd, true, error_r);
	if (ret == 0)
		ret = find_id(sd, name, &id, error_r);
	if (ret == 0 && os != NULL)
		ret = check_uid_free(sd, os->uid, id, error_r);
	if (ret == 0) {
		s = stmt(sd, STMT_SET_OS);
		sqlite3_bind_int64(s, 1, id);
		if (os != NULL) {
			sqlite3_bind_int64(s, 2, os->uid);
			sqlite3_bind_int64(s, 3, os->gid);
		}
		ret = run(sd, s, error_r);
	}
	if (ret == 0) {
		ret = write_groups(sd, id, os != NULL ? os->groups : NULL,
				   os != NULL ? os->groups_count : 0, error_r);
	}
	if (ret == 0)
		ret = tx_commit(sd, error_r);
	if (ret < 0)
		tx_rollback(sd);
	pthread_mutex_unlock(&sd->lock);
	return ret;
}

static int sqlite_authenticate(struct directory *dir, const char *name,
			       const char *password,
			       struct dir_principal **principal_r,
			       const char **error_r)
{
	char hash[DIR_PASSWORD_HASH_SIZE];
	int ret;

	ret = sqlite_lookup(dir, name, 0, principal_r, hash, error_r);
	if (ret < 0 && ret != -ENOENT)
		return ret;
	/* Unknown user or no password: the dummy hash, same time. */
	ret = dir_password_verify(ret == 0 && hash[0] != '\0' ? hash : NULL,
				  password, error_r);
	sodium_memzero(hash, sizeof(hash));
	if (ret < 0)
		return ret;
	if (((*principal_r)->flags & DIR_FLAG_DISABLED) != 0) {
		return dir_error(error_r, -EPERM, "user '%s' is disabled",
				 (*principal_r)->name);
	}
	return 0;
}

const struct directory_backend dir_sqlite_backend = {
    .version = DIRECTORY_BACKEND_VERSION,
    .name = "sqlite",
    .open = sqlite_open,
    .close = sqlite_close,
    .add = sqlite_add,
    .del = sqlite_del,
    .get = sqlite_get,
    .get_by_uid = sqlite_get_by_uid,
    .list = sqlite_list,
    .set_password_hash = sqlite_set_password_hash,
    .set_flags = sqlite_set_flags,
    .map_os = sqlite_map_os,
    .authenticate = sqlite_authenticate,
};
