/*
 * dir_sqlite.c - the "sqlite" directory backend, mapix's embedded default:
 * every principal in one SQLite file, directory.db, in the state
 * directory.  This file opens it and reads it (the backend's main table);
 * dir_sqlite_admin.c writes it and dir_sqlite_auth.c checks passwords, so
 * that a program that only reads principals links neither.
 *
 * The file is created with mode 0600 before SQLite opens it (SQLite gives
 * its -wal and -shm files the same mode).  It runs in WAL mode with a busy
 * timeout, so several processes (mapixd, the broker, mapix admin) can
 * share it.  The schema carries an application id and a version (PRAGMA
 * application_id, user_version): a file of another application, or of a
 * newer mapix, is refused with a clear message instead of being misread;
 * a file of an older schema is upgraded in place, in one IMMEDIATE
 * transaction, by the first process that opens it and may write it.  A
 * process that may only read the file opens it read-only (SQLite then
 * needs the -shm file to exist, that is another process to have the file
 * open) and reads a version-1 file as it is.  Statements are prepared on
 * first use and kept; every change runs in one IMMEDIATE transaction.  A
 * mutex serialises the connection, so a struct directory may be shared by
 * threads; argon2id verification runs outside it.
 *
 * Schema, version 2:
 *   principals        one row a principal; name UNIQUE COLLATE NOCASE;
 *                     uid UNIQUE (NULL when not mapped), gid with it;
 *                     password_hash NULL when no password is set;
 *                     generation, the counter's value at the principal's
 *                     last change
 *   principal_groups  supplementary groups, in order, deleted with their
 *                     principal (foreign key, ON DELETE CASCADE)
 *   meta              key/value: 'generation', the directory's change
 *                     counter, bumped by every write (a delete too)
 * Version 1 had no generation column and no meta table.
 */
#include "dir_sqlite.h"

#include <errno.h>
#include <stdio.h>
#include <string.h>
#include <sys/stat.h>

#include "alloc.h"
#include "array.h"
#include "lib.h"

#define SCHEMA_VERSION 2
/* "MAPD": marks the file as a mapix directory. */
#define APPLICATION_ID  0x4d415044
#define BUSY_TIMEOUT_MS 5000
/* directory_generation() of a version-1 file read as it is. */
#define GENERATION_DATA_VERSION_BIT (UINT64_C(1) << 63)

/*
 * The columns read_principal() reads; in a version-1 file the row id
 * stands for the generation.
 */
#define PRINCIPAL_COLUMNS                                                      \
	"id, name, display_name, flags, uid, gid, mailbox_guid, "              \
	"mailbox_dn, password_hash, "
#define COLUMNS_V2 PRINCIPAL_COLUMNS "generation"
#define COLUMNS_V1 PRINCIPAL_COLUMNS "id"

enum {
	COL_ID,
	COL_NAME,
	COL_DISPLAY_NAME,
	COL_FLAGS,
	COL_UID,
	COL_GID,
	COL_GUID,
	COL_DN,
	COL_HASH,
	COL_GENERATION
};

/* The statements that read principals or the counter, per schema. */
#define PRINCIPAL_SELECTS(columns)                                             \
	[DSQ_GET_BY_NAME] = "SELECT " columns " FROM principals"               \
			    " WHERE name = ?1",                                \
	[DSQ_GET_BY_UID] = "SELECT " columns " FROM principals"                \
			   " WHERE uid = ?1",                                  \
	[DSQ_LIST] = "SELECT " columns " FROM principals ORDER BY name, id"
static const char *const select_sql_v2[] = {
    PRINCIPAL_SELECTS(COLUMNS_V2),
    [DSQ_GENERATION] = "SELECT value FROM meta WHERE key = 'generation'",
};
static const char *const select_sql_v1[] = {
    PRINCIPAL_SELECTS(COLUMNS_V1),
    [DSQ_GENERATION] = "PRAGMA data_version",
};
/* The statements above: prepared at open, again when the schema changes. */
static const enum dir_sqlite_stmt select_ids[] = {
    DSQ_GET_BY_NAME, DSQ_GET_BY_UID, DSQ_LIST, DSQ_GENERATION};

/*
 * upgrade_sql[v] turns a file of schema version v into one of v + 1; a
 * new file starts at 0, so new and upgraded files are alike.
 */
static const char *const upgrade_sql[SCHEMA_VERSION] = {
    /* 0 -> 1: the first schema. */
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
    "PRAGMA user_version = 1;",
    /*
     * 1 -> 2: generations.  Row ids are distinct, so they serve as the
     * first generations, and the counter starts above all of them.
     */
    "ALTER TABLE principals"
    " ADD COLUMN generation INTEGER NOT NULL DEFAULT 0;"
    "UPDATE principals SET generation = id;"
    "CREATE TABLE meta ("
    " key TEXT PRIMARY KEY,"
    " value INTEGER NOT NULL) WITHOUT ROWID;"
    "INSERT INTO meta (key, value)"
    " SELECT 'generation', coalesce(max(id), 0) FROM principals;"
    "PRAGMA user_version = 2;",
};

_Static_assert(APPLICATION_ID == 1296126020, "upgrade_sql's application_id");
_Static_assert(SCHEMA_VERSION == 2, "upgrade_sql ends at user_version 2");

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

int dir_sqlite_error(struct sqlite_directory *sd, int rc, const char **error_r)
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

int dir_sqlite_stmt(struct sqlite_directory *sd, enum dir_sqlite_stmt id,
		    const char *sql, sqlite3_stmt **stmt_r,
		    const char **error_r)
{
	sqlite3_stmt *s = sd->stmts[id];
	int rc;

	*stmt_r = NULL;
	if (s == NULL) {
		rc = sqlite3_prepare_v3(sd->db, sql, -1,
					SQLITE_PREPARE_PERSISTENT, &s, NULL);
		if (rc != SQLITE_OK)
			return dir_sqlite_error(sd, rc, error_r);
		sd->stmts[id] = s;
	}
	sqlite3_reset(s);
	sqlite3_clear_bindings(s);
	*stmt_r = s;
	return 0;
}

int dir_sqlite_run(struct sqlite_directory *sd, sqlite3_stmt *s,
		   const char **error_r)
{
	int rc = sqlite3_step(s);

	sqlite3_reset(s);
	if (rc != SQLITE_DONE && rc != SQLITE_ROW)
		return dir_sqlite_error(sd, rc, error_r);
	return 0;
}

int dir_sqlite_int(struct sqlite_directory *sd, enum dir_sqlite_stmt id,
		   const char *sql, int64_t *value_r, const char **error_r)
{
	sqlite3_stmt *s;
	int rc, ret;

	ret = dir_sqlite_stmt(sd, id, sql, &s, error_r);
	if (ret < 0)
		return ret;
	rc = sqlite3_step(s);
	if (rc == SQLITE_ROW)
		*value_r = sqlite3_column_int64(s, 0);
	sqlite3_reset(s);
	if (rc == SQLITE_ROW)
		return 0;
	return rc == SQLITE_DONE ? -ENODATA : dir_sqlite_error(sd, rc, error_r);
}

int dir_sqlite_counter(struct sqlite_directory *sd, enum dir_sqlite_stmt id,
		       const char *sql, int64_t *value_r, const char **error_r)
{
	int ret = dir_sqlite_int(sd, id, sql, value_r, error_r);

	if (ret == -ENODATA) {
		return dir_error(error_r, -EBADMSG,
				 "directory database %s has no change counter",
				 sd->path);
	}
	return ret;
}

/* Prepares (when needed) and runs a statement that returns no rows. */
static int run_sql(struct sqlite_directory *sd, enum dir_sqlite_stmt id,
		   const char *sql, const char **error_r)
{
	sqlite3_stmt *s;
	int ret = dir_sqlite_stmt(sd, id, sql, &s, error_r);

	return ret < 0 ? ret : dir_sqlite_run(sd, s, error_r);
}

int dir_sqlite_commit(struct sqlite_directory *sd, const char **error_r)
{
	return run_sql(sd, DSQ_COMMIT, "COMMIT", error_r);
}

void dir_sqlite_rollback(struct sqlite_directory *sd)
{
	if (!sqlite3_get_autocommit(sd->db))
		(void)run_sql(sd, DSQ_ROLLBACK, "ROLLBACK", NULL);
}

/* The SQL of a statement of select_ids, for sd's schema. */
static const char *select_sql(const struct sqlite_directory *sd,
			      enum dir_sqlite_stmt id)
{
	return sd->schema_version >= 2 ? select_sql_v2[id] : select_sql_v1[id];
}

static int select_stmt(struct sqlite_directory *sd, enum dir_sqlite_stmt id,
		       sqlite3_stmt **stmt_r, const char **error_r)
{
	return dir_sqlite_stmt(sd, id, select_sql(sd, id), stmt_r, error_r);
}

/*
 * A handle reading a version-1 file as it is: when another process has
 * upgraded the file since, use the new schema from now on.  Runs inside
 * the caller's read transaction, so what it sees holds for the whole of it.
 */
static int follow_upgrade(struct sqlite_directory *sd, const char **error_r)
{
	int64_t version = 0;
	unsigned int i;
	int ret;

	ret = dir_sqlite_int(sd, DSQ_USER_VERSION, "PRAGMA user_version",
			     &version, error_r);
	if (ret < 0)
		return ret;
	if (version > SCHEMA_VERSION) {
		return dir_error(error_r, -ENOTSUP,
				 "%s was upgraded by a newer mapix (schema "
				 "version %lld)",
				 sd->path, (long long)version);
	}
	if (version < SCHEMA_VERSION)
		return 0;
	for (i = 0; i < N_ELEMENTS(select_ids); i++) {
		sqlite3_finalize(sd->stmts[select_ids[i]]);
		sd->stmts[select_ids[i]] = NULL;
	}
	sd->schema_version = SCHEMA_VERSION;
	return 0;
}

/* Starts a read transaction. */
static int read_begin(struct sqlite_directory *sd, const char **error_r)
{
	int ret = run_sql(sd, DSQ_BEGIN_READ, "BEGIN DEFERRED", error_r);

	if (ret == 0 && sd->schema_version < SCHEMA_VERSION)
		ret = follow_upgrade(sd, error_r);
	return ret;
}

/* Fills p's groups from principal_groups. */
static int read_groups(struct sqlite_directory *sd, int64_t id,
		       struct dir_principal *p, const char **error_r)
{
	gid_t groups[DIR_GROUPS_MAX];
	unsigned int count = 0;
	sqlite3_stmt *s;
	int rc, ret;

	ret = dir_sqlite_stmt(sd, DSQ_GROUPS,
			      "SELECT gid FROM principal_groups"
			      " WHERE principal_id = ?1 ORDER BY position",
			      &s, error_r);
	if (ret < 0)
		return ret;
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
		return dir_sqlite_error(sd, rc, error_r);
	if (dir_principal_set_groups(p, groups, count) < 0)
		return dir_error(error_r, -ENOMEM, "out of memory");
	return 0;
}

/*
 * Builds a principal from the current row of s (COLUMNS_V2 or _V1) and
 * its groups.  When hash_r is not NULL, *hash_r receives a copy of the
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
	p->generation = (uint64_t)sqlite3_column_int64(s, COL_GENERATION);
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

int dir_sqlite_find(struct sqlite_directory *sd, const char *name, uid_t uid,
		    int64_t *id_r, struct dir_principal **principal_r,
		    char hash_r[DIR_PASSWORD_HASH_SIZE], const char **error_r)
{
	sqlite3_stmt *s;
	int rc, ret;

	ret = select_stmt(sd, name != NULL ? DSQ_GET_BY_NAME : DSQ_GET_BY_UID,
			  &s, error_r);
	if (ret < 0)
		return ret;
	if (name != NULL)
		sqlite3_bind_text(s, 1, name, -1, SQLITE_STATIC);
	else
		sqlite3_bind_int64(s, 1, uid);
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
		ret = dir_sqlite_error(sd, rc, error_r);
		sqlite3_reset(s);
		return ret;
	}
	if (id_r != NULL)
		*id_r = sqlite3_column_int64(s, COL_ID);
	ret = read_principal(sd, s, principal_r, hash_r, error_r);
	sqlite3_reset(s);
	return ret;
}

/* ---------------------------------------------------------------------
 * Opening
 */

/* Runs one statement that returns one integer. */
static int query_int(struct sqlite_directory *sd, const char *sql,
		     int64_t *value_r, const char **error_r)
{
	sqlite3_stmt *s;
	int rc, ret = 0;

	rc = sqlite3_prepare_v2(sd->db, sql, -1, &s, NULL);
	if (rc != SQLITE_OK)
		return dir_sqlite_error(sd, rc, error_r);
	rc = sqlite3_step(s);
	if (rc == SQLITE_ROW)
		*value_r = sqlite3_column_int64(s, 0);
	else
		ret = dir_sqlite_error(sd, rc, error_r);
	sqlite3_finalize(s);
	return ret;
}

static int exec(struct sqlite_directory *sd, const char *sql,
		const char **error_r)
{
	int rc = sqlite3_exec(sd->db, sql, NULL, NULL, NULL);

	if (rc != SQLITE_OK)
		return dir_sqlite_error(sd, rc, error_r);
	return 0;
}

static int not_a_directory(struct sqlite_directory *sd, const char **error_r)
{
	return dir_error(error_r, -EBADMSG,
			 "%s is not a mapix directory database", sd->path);
}

/*
 * A file of schema version 0 holds nothing, or another application's data
 * (-EBADMSG).  Empty: 0 when create, else -ENOENT.
 */
static int check_empty(struct sqlite_directory *sd, bool create,
		       const char **error_r)
{
	int64_t objects = 0;
	int ret;

	ret = query_int(sd, "SELECT count(*) FROM sqlite_schema", &objects,
			error_r);
	if (ret < 0)
		return ret;
	if (objects > 0)
		return not_a_directory(sd, error_r);
	if (!create) {
		return dir_error(error_r, -ENOENT, "%s holds no directory yet",
				 sd->path);
	}
	return 0;
}

/*
 * Creates the schema in a fresh file (when create) or upgrades an older
 * one, in one IMMEDIATE transaction: two processes may race, and the
 * second one sees the first one's work.
 */
static int upgrade_schema(struct sqlite_directory *sd, bool create,
			  const char **error_r)
{
	int64_t version = 0, app_id = 0;
	int ret;

	ret = exec(sd, "BEGIN IMMEDIATE", error_r);
	if (ret < 0)
		return ret;
	ret = query_int(sd, "PRAGMA user_version", &version, error_r);
	if (ret == 0 && version == 0)
		ret = check_empty(sd, create, error_r);
	if (ret == 0 && version > 0 && version < SCHEMA_VERSION) {
		ret = query_int(sd, "PRAGMA application_id", &app_id, error_r);
		if (ret == 0 && app_id != APPLICATION_ID)
			ret = not_a_directory(sd, error_r);
	}
	for (; ret == 0 && version < SCHEMA_VERSION; version++)
		ret = exec(sd, upgrade_sql[version], error_r);
	if (ret == 0)
		ret = exec(sd, "COMMIT", error_r);
	if (ret < 0)
		(void)sqlite3_exec(sd->db, "ROLLBACK", NULL, NULL, NULL);
	return ret;
}

/*
 * Checks the file's schema and brings it to SCHEMA_VERSION when the
 * handle may write (creating it in an empty file only when create); a
 * read-only handle takes a version-1 file as it is.
 */
static int setup_schema(struct sqlite_directory *sd, bool create,
			const char **error_r)
{
	int64_t version = 0, app_id = 0;
	int ret;

	ret = query_int(sd, "PRAGMA user_version", &version, error_r);
	if (ret < 0)
		return ret;
	if (version > SCHEMA_VERSION) {
		return dir_error(error_r, -ENOTSUP,
				 "%s has schema version %lld, written by a "
				 "newer mapix (this one knows up to %d)",
				 sd->path, (long long)version, SCHEMA_VERSION);
	}
	if (version == 0 && sd->read_only) {
		ret = check_empty(sd, false, error_r);
		if (ret < 0)
			return ret;
	}
	if (version < SCHEMA_VERSION && !sd->read_only) {
		ret = upgrade_schema(sd, create, error_r);
		if (ret < 0)
			return ret;
		version = SCHEMA_VERSION;
	}
	ret = query_int(sd, "PRAGMA application_id", &app_id, error_r);
	if (ret < 0)
		return ret;
	if (version < 1 || app_id != APPLICATION_ID)
		return not_a_directory(sd, error_r);
	sd->schema_version = (int)version;
	return 0;
}

static void sqlite_close(struct directory *dir)
{
	struct sqlite_directory *sd = sqlite_dir(dir);
	unsigned int i;

	for (i = 0; i < DSQ_STMT_COUNT; i++)
		sqlite3_finalize(sd->stmts[i]);
	sqlite3_close(sd->db);
	pthread_mutex_destroy(&sd->lock);
	alloc_free(sd);
}

/* Refuses a missing file, a symbolic link and anything but a file. */
static int check_existing(const char *path, const char **error_r)
{
	struct stat st;
	int err;

	if (lstat(path, &st) < 0) {
		err = errno;
		if (err == ENOENT) {
			return dir_error(error_r, -ENOENT,
					 "no directory database %s", path);
		}
		return dir_error(error_r, -err, "cannot use %s: %s", path,
				 strerror(err));
	}
	if (S_ISLNK(st.st_mode))
		return dir_error(error_r, -ELOOP, "%s is a symbolic link",
				 path);
	if (!S_ISREG(st.st_mode))
		return dir_error(error_r, -EINVAL, "%s is not a regular file",
				 path);
	return 0;
}

/* Opens the file with SQLite; read-only when the process may not write. */
static int open_db(struct sqlite_directory *sd, const char **error_r)
{
	int rc, err;

	/* Without write access to the file, SQLite opens it read-only. */
	rc = sqlite3_open_v2(sd->path, &sd->db,
			     SQLITE_OPEN_READWRITE | SQLITE_OPEN_NOFOLLOW |
				 SQLITE_OPEN_FULLMUTEX,
			     NULL);
	if (rc == SQLITE_OK) {
		sd->read_only = sqlite3_db_readonly(sd->db, "main") == 1;
		return 0;
	}
	if (sd->db == NULL)
		return dir_error(error_r, -ENOMEM, "out of memory");
	err = sqlite3_system_errno(sd->db);
	return dir_error(error_r, err > 0 ? -err : sqlite_errno(rc),
			 "cannot open %s: %s", sd->path,
			 sqlite3_errmsg(sd->db));
}

/* Sets the connection up and checks (or brings up) the schema. */
static int setup_db(struct sqlite_directory *sd, bool create,
		    const char **error_r)
{
	sqlite3_stmt *s;
	int64_t ignored;
	unsigned int i;
	int ret;

	sqlite3_extended_result_codes(sd->db, 1);
	sqlite3_busy_timeout(sd->db, BUSY_TIMEOUT_MS);
	/* Reading the header first tells garbage from a database. */
	ret = query_int(sd, "PRAGMA user_version", &ignored, error_r);
	if (ret == -EROFS && sd->read_only) {
		return dir_error(error_r, ret,
				 "cannot read %s without write access while "
				 "no other process has it open: %s",
				 sd->path, sqlite3_errmsg(sd->db));
	}
	if (ret == 0)
		ret = exec(sd,
			   "PRAGMA foreign_keys = ON;"
			   "PRAGMA synchronous = NORMAL;"
			   "PRAGMA secure_delete = ON;",
			   error_r);
	if (ret == 0)
		ret = setup_schema(sd, create, error_r);
	/* After the schema check: an empty file not to create stays empty. */
	if (ret == 0 && !sd->read_only)
		ret = query_int(sd, "PRAGMA journal_mode = WAL", &ignored,
				error_r);
	/* Preparing the reads checks the tables they need are there. */
	for (i = 0; ret == 0 && i < N_ELEMENTS(select_ids); i++)
		ret = select_stmt(sd, select_ids[i], &s, error_r);
	return ret;
}

/*
 * Opens state_dir/directory.db: creating it when create, else only when
 * it exists (and then opening it read-only when the process may not
 * write it).
 */
static int sqlite_open_file(const struct directory_backend *backend,
			    const char *state_dir, bool create,
			    struct directory **dir_r, const char **error_r)
{
	struct sqlite_directory *sd;
	int n, ret;

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
	if (create)
		ret = dir_prepare_private_file(sd->path, error_r);
	else
		ret = check_existing(sd->path, error_r);
	if (ret == 0)
		ret = open_db(sd, error_r);
	if (ret == 0)
		ret = setup_db(sd, create, error_r);
	if (ret < 0)
		goto fail;
	*dir_r = &sd->dir;
	return 0;
fail:
	sqlite_close(&sd->dir);
	return ret;
}

static int sqlite_open(const struct directory_backend *backend,
		       const char *state_dir, struct directory **dir_r,
		       const char **error_r)
{
	return sqlite_open_file(backend, state_dir, true, dir_r, error_r);
}

static int sqlite_open_existing(const struct directory_backend *backend,
				const char *state_dir, struct directory **dir_r,
				const char **error_r)
{
	return sqlite_open_file(backend, state_dir, false, dir_r, error_r);
}

/* ---------------------------------------------------------------------
 * Methods
 */

int dir_sqlite_lookup(struct sqlite_directory *sd, const char *name, uid_t uid,
		      struct dir_principal **principal_r,
		      char hash_r[DIR_PASSWORD_HASH_SIZE], const char **error_r)
{
	int ret;

	pthread_mutex_lock(&sd->lock);
	ret = read_begin(sd, error_r);
	if (ret == 0)
		ret = dir_sqlite_find(sd, name, uid, NULL, principal_r, hash_r,
				      error_r);
	if (ret == 0)
		ret = dir_sqlite_commit(sd, error_r);
	if (ret < 0) {
		dir_sqlite_rollback(sd);
		dir_principal_free(principal_r);
	}
	pthread_mutex_unlock(&sd->lock);
	return ret;
}

static int sqlite_get(struct directory *dir, const char *name,
		      struct dir_principal **principal_r, const char **error_r)
{
	return dir_sqlite_lookup(sqlite_dir(dir), name, 0, principal_r, NULL,
				 error_r);
}

static int sqlite_get_by_uid(struct directory *dir, uid_t uid,
			     struct dir_principal **principal_r,
			     const char **error_r)
{
	return dir_sqlite_lookup(sqlite_dir(dir), NULL, uid, principal_r, NULL,
				 error_r);
}

static int sqlite_list(struct directory *dir,
		       struct dir_principal ***principals_r, size_t *count_r,
		       const char **error_r)
{
	struct sqlite_directory *sd = sqlite_dir(dir);
	ARRAY(struct dir_principal *) list = ARRAY_INIT;
	struct dir_principal **slot;
	size_t count;
	sqlite3_stmt *s;
	int rc = SQLITE_DONE, ret;

	pthread_mutex_lock(&sd->lock);
	ret = read_begin(sd, error_r);
	if (ret == 0)
		ret = select_stmt(sd, DSQ_LIST, &s, error_r);
	if (ret < 0)
		goto out;
	while ((rc = sqlite3_step(s)) == SQLITE_ROW) {
		slot = array_append_space(&list, 1);
		if (slot == NULL) {
			ret = dir_error(error_r, -ENOMEM, "out of memory");
			break;
		}
		ret = read_principal(sd, s, slot, NULL, error_r);
		if (ret < 0)
			break;
	}
	if (ret == 0 && rc != SQLITE_DONE)
		ret = dir_sqlite_error(sd, rc, error_r);
	sqlite3_reset(s);
	if (ret == 0)
		ret = dir_sqlite_commit(sd, error_r);
out:
	/* The caller takes the array's block over. */
	*principals_r = list.v;
	count = array_count(&list);
	if (ret < 0) {
		dir_sqlite_rollback(sd);
		dir_principal_list_free(principals_r, count);
		count = 0;
	}
	pthread_mutex_unlock(&sd->lock);
	*count_r = count;
	return ret;
}

/* Reads the counter (or the data_version of a version-1 file). */
static int read_generation(struct sqlite_directory *sd, uint64_t *generation_r,
			   const char **error_r)
{
	int64_t value = 0;
	int ret;

	ret =
	    dir_sqlite_counter(sd, DSQ_GENERATION,
			       select_sql(sd, DSQ_GENERATION), &value, error_r);
	if (ret < 0)
		return ret;
	*generation_r = (uint64_t)value;
	if (sd->schema_version < 2)
		*generation_r |= GENERATION_DATA_VERSION_BIT;
	return 0;
}

static int sqlite_generation(struct directory *dir, uint64_t *generation_r,
			     const char **error_r)
{
	struct sqlite_directory *sd = sqlite_dir(dir);
	int ret;

	pthread_mutex_lock(&sd->lock);
	if (sd->schema_version >= SCHEMA_VERSION) {
		/* The common case: one statement, its own transaction. */
		ret = read_generation(sd, generation_r, error_r);
	} else {
		ret = read_begin(sd, error_r);
		if (ret == 0)
			ret = read_generation(sd, generation_r, error_r);
		if (ret == 0)
			ret = dir_sqlite_commit(sd, error_r);
		if (ret < 0)
			dir_sqlite_rollback(sd);
	}
	pthread_mutex_unlock(&sd->lock);
	return ret;
}

const struct directory_backend dir_sqlite_backend = {
    .version = DIRECTORY_BACKEND_VERSION,
    .name = "sqlite",
    .open = sqlite_open,
    .close = sqlite_close,
    .get = sqlite_get,
    .get_by_uid = sqlite_get_by_uid,
    .list = sqlite_list,
    .generation = sqlite_generation,
    .open_existing = sqlite_open_existing,
};
