/*
 * engine_sqlite.c - the "sqlite" mailbox backend: one SQLite database file
 * per mailbox, in WAL mode with synchronous=FULL, so a commit that returned
 * survives a crash of the process (and of the machine).
 *
 * The file carries PRAGMA application_id "MAPM" and user_version (the
 * schema version).  Opening a file of another application, a damaged one
 * or one that is not a database is -EBADMSG with a message; a newer
 * schema is -EPROTO.  Nothing is written to a file that failed these
 * checks.
 *
 * Schema, version 1:
 *   meta         key -> value (mailbox GUID, database GUID, counters,
 *                store properties)
 *   folders      fid, parent, type, change_num, times, name, props
 *   messages     mid, fid (NULL when embedded), parent_mid/parent_num
 *                (embedded: the attachment holding it; deleted with it),
 *                assoc, change_num, times, creator, the index columns of
 *                engine_backend.h, props.  Indexes per (fid, assoc, col,
 *                mid) for each column tables sort and filter by.
 *   recipients, attachments   (mid, num) -> props, deleted with the message
 *   named        id (from 0x8000) <-> (guid, kind, lid, name)
 *   acl          (fid, member) -> rights, member id
 *   audit        admin bypasses
 *   receive      message class -> fid
 *   lobs         large values of messages and attachments, owner_mid NULL
 *                while being written, -mid while their message is being
 *                rewritten; their bytes in lob_chunks (lob, seq) rows,
 *                read with sqlite3_blob incremental I/O
 *
 * Text index columns use the collation MAPIX_CI, core's case-insensitive
 * Unicode order (ustring.h), and content restrictions the function
 * mapix_match(), core's ustr_match(): what SQL filters and sorts is
 * therefore exactly what the in-memory table would.
 *
 * This file is the connection (schema, open, transactions) and the small
 * tables; messages, the queries of tables and large values have files of
 * their own (engine_sqlite_int.h).
 */
#include "engine_sqlite_int.h"

#include <errno.h>
#include <fcntl.h>
#include <stdio.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include <sqlite3.h>

#include "alloc.h"
#include "errmsg.h"
#include "ustring.h"

#define SCHEMA_VERSION  1
#define APPLICATION_ID  0x4d41504d /* "MAPM" */
#define BUSY_TIMEOUT_MS 10000
/* Page cache per connection, grown only as pages are used: the indexes of a
 * big folder stay in memory during imports and table reads. */
#define CACHE_KIB "8192"

const char *const esq_stmt_sql[S_COUNT] = {
    [S_BEGIN_R] = "BEGIN DEFERRED",
    [S_BEGIN_W] = "BEGIN IMMEDIATE",
    [S_COMMIT] = "COMMIT",
    [S_ROLLBACK] = "ROLLBACK",
    [S_META_GET] = "SELECT value FROM meta WHERE key = ?1",
    [S_META_SET] = "INSERT OR REPLACE INTO meta(key, value) VALUES (?1, ?2)",
    [S_FOLDER_PUT] = "INSERT OR REPLACE INTO folders(fid, parent, type, "
		     "change_num, ctime, mtime, name, props) VALUES "
		     "(?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8)",
    [S_FOLDER_GET] = "SELECT fid, parent, type, change_num, ctime, mtime, "
		     "name, props FROM folders WHERE fid = ?1",
    [S_FOLDER_CHILDREN] = "SELECT fid, parent, type, change_num, ctime, "
			  "mtime, name, props FROM folders WHERE parent = ?1 "
			  "ORDER BY fid",
    [S_FOLDER_FIND] = "SELECT fid FROM folders WHERE parent = ?1 AND "
		      "name = ?2",
    [S_FOLDER_DELETE] = "DELETE FROM folders WHERE fid = ?1",
    [S_FOLDER_COUNT] = "SELECT count(*) FROM messages WHERE fid = ?1 AND "
		       "assoc = 0",
    [S_FOLDER_UNREAD] = "SELECT count(*) FROM messages WHERE fid = ?1 AND "
			"assoc = 0 AND (flags & 1) = 0",
    [S_FOLDER_ASSOC] = "SELECT count(*) FROM messages WHERE fid = ?1 AND "
		       "assoc = 1",
    [S_FOLDER_NCHILD] = "SELECT count(*) FROM folders WHERE parent = ?1",
    [S_MSG_PUT] = "INSERT OR REPLACE INTO messages(" MSG_COLUMNS ", props) "
		  "VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, "
		  "?13, ?14, ?15, ?16, ?17, ?18)",
    [S_MSG_GET] = "SELECT " MSG_COLUMNS ", props FROM messages WHERE mid = ?1",
    [S_MSG_HEAD] = "SELECT " MSG_COLUMNS " FROM messages WHERE mid = ?1",
    [S_MSG_DELETE] = "DELETE FROM messages WHERE mid = ?1",
    [S_MSG_EMBEDDED] = "SELECT mid FROM messages WHERE parent_mid = ?1 AND "
		       "parent_num = ?2",
    [S_MSG_FLAGS] = "UPDATE messages SET flags = (coalesce(flags, 0) | ?2) "
		    "& ~?3, change_num = ?4 WHERE mid = ?1",
    [S_MSG_TOTAL] = "SELECT coalesce(sum(size), 0) FROM messages WHERE "
		    "parent_mid IS NULL",
    [S_RCPT_DEL] = "DELETE FROM recipients WHERE mid = ?1",
    [S_RCPT_PUT] = "INSERT INTO recipients(mid, num, props) VALUES "
		   "(?1, ?2, ?3)",
    [S_RCPT_LIST] = "SELECT num, props FROM recipients WHERE mid = ?1 "
		    "ORDER BY num",
    [S_ATT_DEL] = "DELETE FROM attachments WHERE mid = ?1",
    [S_ATT_PUT] = "INSERT INTO attachments(mid, num, props) VALUES "
		  "(?1, ?2, ?3)",
    [S_ATT_LIST] = "SELECT num, props FROM attachments WHERE mid = ?1 "
		   "ORDER BY num",
    [S_NAMED_FIND_ID] = "SELECT id FROM named WHERE guid = ?1 AND kind = 0 "
			"AND lid = ?2",
    [S_NAMED_FIND_NAME] = "SELECT id FROM named WHERE guid = ?1 AND kind = 1 "
			  "AND name = ?2",
    [S_NAMED_ADD] = "INSERT INTO named(id, guid, kind, lid, name) SELECT "
		    "max(coalesce(max(id), 32767), 32767) + 1, ?1, ?2, ?3, ?4 "
		    "FROM named",
    [S_NAMED_GET] = "SELECT guid, kind, lid, name FROM named WHERE id = ?1",
    [S_ACL_GET] = "SELECT rights FROM acl WHERE fid = ?1 AND member = ?2",
    [S_ACL_LIST] = "SELECT id, member, rights FROM acl WHERE fid = ?1 "
		   "ORDER BY id",
    [S_ACL_SET] = "INSERT INTO acl(fid, member, rights, id) VALUES (?1, ?2, "
		  "?3, (SELECT coalesce(max(id), 0) + 1 FROM acl)) ON CONFLICT "
		  "(fid, member) DO UPDATE SET rights = excluded.rights",
    [S_ACL_DELETE] = "DELETE FROM acl WHERE fid = ?1 AND member = ?2",
    [S_AUDIT_ADD] = "INSERT INTO audit(time, principal, operation, object) "
		    "VALUES (?1, ?2, ?3, ?4)",
    [S_AUDIT_LIST] = "SELECT time, principal, operation, object FROM audit "
		     "ORDER BY seq",
    [S_RECV_GET] = "SELECT fid FROM receive WHERE class = ?1",
    [S_RECV_SET] = "INSERT OR REPLACE INTO receive(class, fid) VALUES "
		   "(?1, ?2)",
    [S_RECV_LIST] = "SELECT class, fid FROM receive ORDER BY class",
    [S_DATA_VERSION] = "PRAGMA data_version",
    [S_LOB_NEW] = "INSERT INTO lobs(owner_mid, num, tag, size, created) "
		  "VALUES (NULL, 0, 0, 0, ?1)",
    [S_LOB_APPEND] = "INSERT INTO lob_chunks(lob, seq, data) VALUES "
		     "(?1, ?2, ?3)",
    [S_LOB_ATTACH] = "UPDATE lobs SET owner_mid = ?2, num = ?3, tag = ?4, "
		     "size = ?5 WHERE id = ?1",
    [S_LOB_DETACH] = "UPDATE lobs SET owner_mid = -?1 WHERE owner_mid = ?1",
    [S_LOB_DROP_CHUNKS] = "DELETE FROM lob_chunks WHERE lob IN (SELECT id "
			  "FROM lobs WHERE owner_mid = -?1)",
    [S_LOB_DROP] = "DELETE FROM lobs WHERE owner_mid = -?1",
    [S_LOB_DEL_CHUNKS] = "DELETE FROM lob_chunks WHERE lob = ?1",
    [S_LOB_DEL] = "DELETE FROM lobs WHERE id = ?1",
    [S_LOB_COPY] = "INSERT INTO lobs(owner_mid, num, tag, size, created) "
		   "SELECT NULL, num, tag, size, ?2 FROM lobs WHERE id = ?1",
    [S_LOB_COPY_CHUNKS] = "INSERT INTO lob_chunks(lob, seq, data) SELECT "
			  "?2, seq, data FROM lob_chunks WHERE lob = ?1",
    [S_LOB_LIST] = "SELECT id, num, tag, size FROM lobs WHERE owner_mid = "
		   "?1 ORDER BY id",
    [S_LOB_GC_CHUNKS] = "DELETE FROM lob_chunks WHERE lob IN (SELECT id FROM "
			"lobs WHERE owner_mid IS NULL AND created < ?1)",
    [S_LOB_GC] = "DELETE FROM lobs WHERE owner_mid IS NULL AND created < ?1",
    [S_MSG_DEL_LOB_CHUNKS] = "DELETE FROM lob_chunks WHERE lob IN (SELECT "
			     "id FROM lobs WHERE owner_mid = ?1)",
    [S_MSG_DEL_LOBS] = "DELETE FROM lobs WHERE owner_mid = ?1",
};

static const char schema_sql[] =
    "CREATE TABLE meta(key TEXT PRIMARY KEY, value BLOB) WITHOUT ROWID;"
    "CREATE TABLE folders(fid INTEGER PRIMARY KEY, parent INTEGER, "
    " type INTEGER, change_num INTEGER, ctime INTEGER, mtime INTEGER, "
    " name TEXT COLLATE MAPIX_CI, props BLOB);"
    "CREATE UNIQUE INDEX folders_name ON folders(parent, name);"
    "CREATE TABLE messages(mid INTEGER PRIMARY KEY, fid INTEGER, "
    " parent_mid INTEGER REFERENCES messages(mid) ON DELETE CASCADE, "
    " parent_num INTEGER, assoc INTEGER NOT NULL, change_num INTEGER, "
    " ctime INTEGER, mtime INTEGER, creator TEXT, dtime INTEGER, "
    " subject TEXT COLLATE MAPIX_CI, nsubject TEXT COLLATE MAPIX_CI, "
    " sender TEXT COLLATE MAPIX_CI, class TEXT COLLATE MAPIX_CI, "
    " flags INTEGER, size INTEGER, importance INTEGER, props BLOB);"
    "CREATE INDEX messages_dtime ON messages(fid, assoc, dtime DESC, mid);"
    "CREATE INDEX messages_subject ON messages(fid, assoc, subject, mid);"
    "CREATE INDEX messages_nsubject ON messages(fid, assoc, nsubject, mid);"
    "CREATE INDEX messages_sender ON messages(fid, assoc, sender, mid);"
    "CREATE INDEX messages_class ON messages(fid, assoc, class, mid);"
    "CREATE INDEX messages_flags ON messages(fid, assoc, flags, mid);"
    "CREATE INDEX messages_size ON messages(fid, assoc, size, mid);"
    "CREATE INDEX messages_parent ON messages(parent_mid, parent_num) "
    " WHERE parent_mid IS NOT NULL;"
    "CREATE TABLE recipients(mid INTEGER NOT NULL REFERENCES messages(mid) "
    " ON DELETE CASCADE, num INTEGER NOT NULL, props BLOB, "
    " PRIMARY KEY(mid, num)) WITHOUT ROWID;"
    "CREATE TABLE attachments(mid INTEGER NOT NULL REFERENCES messages(mid) "
    " ON DELETE CASCADE, num INTEGER NOT NULL, props BLOB, "
    " PRIMARY KEY(mid, num)) WITHOUT ROWID;"
    "CREATE TABLE named(id INTEGER PRIMARY KEY, guid BLOB NOT NULL, "
    " kind INTEGER NOT NULL, lid INTEGER, name TEXT);"
    "CREATE UNIQUE INDEX named_key ON named(guid, kind, lid, name);"
    "CREATE TABLE acl(fid INTEGER NOT NULL, member TEXT NOT NULL, "
    " rights INTEGER NOT NULL, id INTEGER NOT NULL, "
    " PRIMARY KEY(fid, member)) WITHOUT ROWID;"
    "CREATE TABLE audit(seq INTEGER PRIMARY KEY, time INTEGER, "
    " principal TEXT, operation TEXT, object INTEGER);"
    "CREATE TABLE receive(class TEXT PRIMARY KEY COLLATE NOCASE, "
    " fid INTEGER NOT NULL) WITHOUT ROWID;"
    "CREATE TABLE lobs(id INTEGER PRIMARY KEY, owner_mid INTEGER, "
    " num INTEGER NOT NULL, tag INTEGER NOT NULL, size INTEGER NOT NULL, "
    " created INTEGER NOT NULL);"
    "CREATE INDEX lobs_owner ON lobs(owner_mid);"
    "CREATE TABLE lob_chunks(lob INTEGER NOT NULL, seq INTEGER NOT NULL, "
    " data BLOB NOT NULL);"
    "CREATE UNIQUE INDEX lob_chunks_seq ON lob_chunks(lob, seq);";

/* ---------------------------------------------------------------------------
 * Collation and functions: core's string semantics inside SQL.
 */

static int collate_ci(void *arg, int alen, const void *a, int blen,
		      const void *b)
{
	const unsigned char *x = a, *y = b;
	struct ustr ua = {.p = a, .len = (size_t)alen, .wide = false};
	struct ustr ub = {.p = b, .len = (size_t)blen, .wide = false};
	int i, n = alen < blen ? alen : blen, cmp = 0;

	(void)arg;
	/* ASCII: case folding is tolower, and folds compare by code point;
	 * index inserts call this often, so it runs without utf8proc. */
	for (i = 0; i < n; i++) {
		unsigned char c = x[i], d = y[i];

		if ((c | d) & 0x80)
			goto full;
		if (c >= 'A' && c <= 'Z')
			c += 'a' - 'A';
		if (d >= 'A' && d <= 'Z')
			d += 'a' - 'A';
		/* A combining mark after the character composes with it:
		 * then only the full comparison knows. */
		if (c != d) {
			if ((i + 1 < alen && (x[i + 1] & 0x80)) ||
			    (i + 1 < blen && (y[i + 1] & 0x80)))
				goto full;
			return c < d ? -1 : 1;
		}
	}
	for (i = n; i < alen; i++)
		if (x[i] & 0x80)
			goto full;
	for (i = n; i < blen; i++)
		if (y[i] & 0x80)
			goto full;
	return alen == blen ? 0 : (alen < blen ? -1 : 1);
full:
	if (ustr_compare_mixed(&ua, &ub, FL_IGNORECASE, &cmp) < 0)
		cmp = ustr_compare(a, (size_t)alen, b, (size_t)blen, 0);
	return cmp;
}

/* mapix_match(text, needle, fuzzy): 1 when text matches, 0 otherwise
 * (also for NULL text). */
static void fn_match(sqlite3_context *ctx, int argc, sqlite3_value **argv)
{
	const unsigned char *hay, *needle;
	int ret;

	(void)argc;
	if (sqlite3_value_type(argv[0]) != SQLITE_TEXT) {
		sqlite3_result_int(ctx, 0);
		return;
	}
	hay = sqlite3_value_text(argv[0]);
	needle = sqlite3_value_text(argv[1]);
	if (hay == NULL || needle == NULL) {
		sqlite3_result_int(ctx, 0);
		return;
	}
	ret = ustr_match(
	    (const char *)hay, (size_t)sqlite3_value_bytes(argv[0]),
	    (const char *)needle, (size_t)sqlite3_value_bytes(argv[1]),
	    (ULONG)sqlite3_value_int64(argv[2]));
	if (ret < 0) {
		sqlite3_result_error_nomem(ctx);
		return;
	}
	sqlite3_result_int(ctx, ret);
}

/* ---------------------------------------------------------------------------
 * Plumbing
 */

static int sqlite_errno(int rc)
{
	switch (rc & 0xff) {
	case SQLITE_OK:
	case SQLITE_ROW:
	case SQLITE_DONE:
		return 0;
	case SQLITE_NOMEM:
		return -ENOMEM;
	case SQLITE_BUSY:
	case SQLITE_LOCKED:
		return -EBUSY;
	case SQLITE_CORRUPT:
	case SQLITE_NOTADB:
		return -EBADMSG;
	case SQLITE_CONSTRAINT:
		return -EEXIST;
	case SQLITE_READONLY:
	case SQLITE_PERM:
	case SQLITE_AUTH:
		return -EACCES;
	case SQLITE_FULL:
		return -ENOSPC;
	case SQLITE_CANTOPEN:
		return -ENOENT;
	default:
		return -EIO;
	}
}

int esq_err(struct eb_db *d, int rc, const char **error_r)
{
	snprintf(d->errbuf, sizeof(d->errbuf), "mailbox database: %s",
		 sqlite3_errmsg(d->db));
	if (error_r)
		*error_r = d->errbuf;
	return sqlite_errno(rc);
}

sqlite3_stmt *esq_stmt(struct eb_db *d, enum stmt_id id)
{
	sqlite3_stmt *s = d->stmt[id];

	if (s == NULL) {
		if (sqlite3_prepare_v3(d->db, esq_stmt_sql[id], -1,
				       SQLITE_PREPARE_PERSISTENT, &s,
				       NULL) != SQLITE_OK)
			return NULL;
		d->stmt[id] = s;
	}
	sqlite3_reset(s);
	sqlite3_clear_bindings(s);
	return s;
}

/* Runs a statement without result rows; resets it. */
int esq_run(struct eb_db *d, sqlite3_stmt *s)
{
	int rc = sqlite3_step(s), ret = 0;

	if (rc != SQLITE_DONE && rc != SQLITE_ROW)
		ret = esq_err(d, rc, NULL);
	sqlite3_reset(s);
	return ret;
}

static int exec(struct eb_db *d, const char *sql, const char **error_r)
{
	int rc = sqlite3_exec(d->db, sql, NULL, NULL, NULL);

	return rc == SQLITE_OK ? 0 : esq_err(d, rc, error_r);
}

static int pragma_int(struct eb_db *d, const char *sql, int64_t *v_r)
{
	sqlite3_stmt *s;
	int rc;

	rc = sqlite3_prepare_v2(d->db, sql, -1, &s, NULL);
	if (rc != SQLITE_OK)
		return sqlite_errno(rc);
	rc = sqlite3_step(s);
	if (rc == SQLITE_ROW)
		*v_r = sqlite3_column_int64(s, 0);
	sqlite3_finalize(s);
	return rc == SQLITE_ROW
		   ? 0
		   : (rc == SQLITE_DONE ? -EBADMSG : sqlite_errno(rc));
}

void esq_bind_text(sqlite3_stmt *s, int i, const char *t)
{
	if (t)
		sqlite3_bind_text(s, i, t, -1, SQLITE_STATIC);
	else
		sqlite3_bind_null(s, i);
}

void esq_bind_blob(sqlite3_stmt *s, int i, const void *p, size_t n)
{
	sqlite3_bind_blob64(s, i, p ? p : "", n, SQLITE_STATIC);
}

/* ---------------------------------------------------------------------------
 * Open and close
 */

static void esq_close(struct eb_db *d)
{
	int i;

	if (d == NULL)
		return;
	for (i = 0; i < S_COUNT; i++)
		sqlite3_finalize(d->stmt[i]);
	sqlite3_close(d->db);
	alloc_free(d);
}

static int check_schema(struct eb_db *d, bool fresh, const char **error_r)
{
	int64_t app = 0, ver = 0;
	int ret;

	ret = pragma_int(d, "PRAGMA application_id", &app);
	if (ret == 0)
		ret = pragma_int(d, "PRAGMA user_version", &ver);
	if (ret < 0) {
		*error_r =
		    "mailbox database: not a SQLite database, or damaged";
		return -EBADMSG;
	}
	if (fresh && app == 0 && ver == 0) {
		int64_t n = 0;

		ret = pragma_int(d, "SELECT count(*) FROM sqlite_schema", &n);
		if (ret < 0 || n != 0) {
			*error_r = "mailbox database: the file is a database "
				   "of another application";
			return -EBADMSG;
		}
		return 1; /* empty: create the schema */
	}
	if (app != APPLICATION_ID) {
		*error_r = "mailbox database: the file is a database of "
			   "another application";
		return -EBADMSG;
	}
	if (ver > SCHEMA_VERSION) {
		*error_r = "mailbox database: made by a newer mapix (schema "
			   "version too new)";
		return -EPROTO;
	}
	if (ver < 1) {
		*error_r = "mailbox database: unknown schema version";
		return -EBADMSG;
	}
	return 0;
}

/* Closes a connection that failed to open; its message (which may be in
 * the connection's buffer) moves to the thread's error buffer first. */
static int open_fail(struct eb_db *d, int ret, const char **error_r)
{
	if (*error_r != NULL && *error_r == d->errbuf)
		errmsg_set(error_r, ret, "%s", d->errbuf);
	esq_close(d);
	return ret;
}

static int esq_open(const char *path, bool create, struct eb_db **db_r,
		    const char **error_r)
{
	struct eb_db *d;
	const char *err = "mailbox database: cannot open";
	int rc, ret, flags = SQLITE_OPEN_READWRITE | SQLITE_OPEN_NOMUTEX;

	if (path == NULL) {
		*error_r = "mailbox database: no path";
		return -EINVAL;
	}
	if (create) {
		/* Mode 0600 before SQLite sees the file (its -wal and -shm
		 * files take the same mode). */
		int fd = open(path, O_RDWR | O_CREAT | O_CLOEXEC, 0600);

		if (fd < 0) {
			*error_r = "mailbox database: cannot create the file";
			return -errno;
		}
		close(fd);
	}
	d = alloc_calloc(1, sizeof(*d));
	if (d == NULL)
		return -ENOMEM;
	rc = sqlite3_open_v2(path, &d->db, flags, NULL);
	if (rc != SQLITE_OK) {
		ret = sqlite_errno(rc);
		*error_r = rc == SQLITE_CANTOPEN
			       ? "mailbox database: cannot open the file"
			       : err;
		esq_close(d);
		return ret;
	}
	sqlite3_extended_result_codes(d->db, 0);
	sqlite3_busy_timeout(d->db, BUSY_TIMEOUT_MS);
	rc = sqlite3_create_collation(d->db, "MAPIX_CI", SQLITE_UTF8, NULL,
				      collate_ci);
	if (rc == SQLITE_OK)
		rc = sqlite3_create_function(
		    d->db, "mapix_match", 3,
		    SQLITE_UTF8 | SQLITE_DETERMINISTIC | SQLITE_INNOCUOUS, NULL,
		    fn_match, NULL, NULL);
	if (rc != SQLITE_OK)
		return open_fail(d, esq_err(d, rc, error_r), error_r);
	ret = check_schema(d, create, &err);
	if (ret < 0) {
		*error_r = err;
		esq_close(d);
		return ret;
	}
	if (exec(d, "PRAGMA journal_mode=WAL", error_r) < 0 ||
	    exec(d, "PRAGMA synchronous=FULL", error_r) < 0 ||
	    exec(d, "PRAGMA foreign_keys=ON", error_r) < 0 ||
	    exec(d, "PRAGMA cache_size=-" CACHE_KIB, error_r) < 0)
		return open_fail(d, -EBADMSG, error_r);
	if (ret == 1) {
		char sql[128];

		snprintf(sql, sizeof(sql),
			 "PRAGMA application_id=%d; PRAGMA user_version=%d;",
			 APPLICATION_ID, SCHEMA_VERSION);
		if (exec(d, "BEGIN IMMEDIATE", error_r) < 0 ||
		    exec(d, schema_sql, error_r) < 0 ||
		    exec(d, sql, error_r) < 0 ||
		    exec(d, "COMMIT", error_r) < 0) {
			sqlite3_exec(d->db, "ROLLBACK", NULL, NULL, NULL);
			return open_fail(d, -EIO, error_r);
		}
	}
	*db_r = d;
	return 0;
}

static int esq_begin(struct eb_db *d, bool write, const char **error_r)
{
	sqlite3_stmt *s = esq_stmt(d, write ? S_BEGIN_W : S_BEGIN_R);
	int rc;

	if (s == NULL)
		return esq_err(d, sqlite3_errcode(d->db), error_r);
	rc = sqlite3_step(s);
	sqlite3_reset(s);
	return rc == SQLITE_DONE ? 0 : esq_err(d, rc, error_r);
}

static int esq_commit(struct eb_db *d, const char **error_r)
{
	sqlite3_stmt *s = esq_stmt(d, S_COMMIT);
	int rc;

	if (s == NULL)
		return esq_err(d, sqlite3_errcode(d->db), error_r);
	rc = sqlite3_step(s);
	sqlite3_reset(s);
	if (rc != SQLITE_DONE) {
		int ret = esq_err(d, rc, error_r);

		sqlite3_exec(d->db, "ROLLBACK", NULL, NULL, NULL);
		return ret;
	}
	d->commits++;
	return 0;
}

static void esq_rollback(struct eb_db *d)
{
	if (!sqlite3_get_autocommit(d->db))
		sqlite3_exec(d->db, "ROLLBACK", NULL, NULL, NULL);
}

/* ---------------------------------------------------------------------------
 * Meta
 */

static int esq_meta_get(struct eb_db *d, const char *key, void *buf, size_t cap,
			size_t *len_r)
{
	sqlite3_stmt *s = esq_stmt(d, S_META_GET);
	int rc, ret = 0;

	if (s == NULL)
		return esq_err(d, sqlite3_errcode(d->db), NULL);
	esq_bind_text(s, 1, key);
	rc = sqlite3_step(s);
	if (rc == SQLITE_ROW) {
		size_t n = (size_t)sqlite3_column_bytes(s, 0);
		const void *p = sqlite3_column_blob(s, 0);

		*len_r = n;
		if (n <= cap && n != 0)
			memcpy(buf, p, n);
		else if (n > cap)
			ret = -ENOBUFS;
	} else if (rc == SQLITE_DONE) {
		ret = -ENOENT;
	} else {
		ret = esq_err(d, rc, NULL);
	}
	sqlite3_reset(s);
	return ret;
}

static int esq_meta_set(struct eb_db *d, const char *key, const void *val,
			size_t len)
{
	sqlite3_stmt *s = esq_stmt(d, S_META_SET);

	if (s == NULL)
		return esq_err(d, sqlite3_errcode(d->db), NULL);
	esq_bind_text(s, 1, key);
	esq_bind_blob(s, 2, val, len);
	return esq_run(d, s);
}

/* ---------------------------------------------------------------------------
 * Folders
 */

static int esq_folder_put(struct eb_db *d, const struct eb_folder *f)
{
	sqlite3_stmt *s = esq_stmt(d, S_FOLDER_PUT);

	if (s == NULL)
		return esq_err(d, sqlite3_errcode(d->db), NULL);
	sqlite3_bind_int64(s, 1, (int64_t)f->fid);
	if (f->parent)
		sqlite3_bind_int64(s, 2, (int64_t)f->parent);
	sqlite3_bind_int64(s, 3, f->type);
	sqlite3_bind_int64(s, 4, (int64_t)f->change_num);
	sqlite3_bind_int64(s, 5, f->ctime);
	sqlite3_bind_int64(s, 6, f->mtime);
	esq_bind_text(s, 7, f->name);
	esq_bind_blob(s, 8, f->props, f->props_len);
	return esq_run(d, s);
}

static void read_folder(sqlite3_stmt *s, struct eb_folder *f)
{
	f->fid = (uint64_t)sqlite3_column_int64(s, 0);
	f->parent = (uint64_t)sqlite3_column_int64(s, 1);
	f->type = (uint32_t)sqlite3_column_int64(s, 2);
	f->change_num = (uint64_t)sqlite3_column_int64(s, 3);
	f->ctime = sqlite3_column_int64(s, 4);
	f->mtime = sqlite3_column_int64(s, 5);
	f->name = (const char *)sqlite3_column_text(s, 6);
	f->props = sqlite3_column_blob(s, 7);
	f->props_len = (size_t)sqlite3_column_bytes(s, 7);
}

/* Steps s and calls fn per row; -ENOENT when want_one and no row. */
static int folder_rows(struct eb_db *d, sqlite3_stmt *s, eb_folder_fn *fn,
		       void *ctx, bool want_one)
{
	struct eb_folder f;
	int rc, ret = 0;
	bool any = false;

	while ((rc = sqlite3_step(s)) == SQLITE_ROW) {
		any = true;
		read_folder(s, &f);
		ret = fn(ctx, &f);
		if (ret != 0)
			break;
	}
	if (ret == 0 && rc != SQLITE_DONE && rc != SQLITE_ROW)
		ret = esq_err(d, rc, NULL);
	if (ret == 0 && want_one && !any)
		ret = -ENOENT;
	sqlite3_reset(s);
	return ret;
}

static int esq_folder_get(struct eb_db *d, uint64_t fid, eb_folder_fn *fn,
			  void *ctx)
{
	sqlite3_stmt *s = esq_stmt(d, S_FOLDER_GET);

	if (s == NULL)
		return esq_err(d, sqlite3_errcode(d->db), NULL);
	sqlite3_bind_int64(s, 1, (int64_t)fid);
	return folder_rows(d, s, fn, ctx, true);
}

static int esq_folder_children(struct eb_db *d, uint64_t parent,
			       eb_folder_fn *fn, void *ctx)
{
	sqlite3_stmt *s;
	int ret;

	/* Not the cached statement: callbacks recurse into children. */
	if (sqlite3_prepare_v2(d->db, esq_stmt_sql[S_FOLDER_CHILDREN], -1, &s,
			       NULL) != SQLITE_OK)
		return esq_err(d, sqlite3_errcode(d->db), NULL);
	sqlite3_bind_int64(s, 1, (int64_t)parent);
	ret = folder_rows(d, s, fn, ctx, false);
	sqlite3_finalize(s);
	return ret;
}

int esq_one_int(struct eb_db *d, sqlite3_stmt *s, int64_t *v_r)
{
	int rc = sqlite3_step(s), ret = 0;

	if (rc == SQLITE_ROW)
		*v_r = sqlite3_column_int64(s, 0);
	else if (rc == SQLITE_DONE)
		ret = -ENOENT;
	else
		ret = esq_err(d, rc, NULL);
	sqlite3_reset(s);
	return ret;
}

static int esq_folder_find(struct eb_db *d, uint64_t parent, const char *name,
			   uint64_t *fid_r)
{
	sqlite3_stmt *s = esq_stmt(d, S_FOLDER_FIND);
	int64_t v = 0;
	int ret;

	if (s == NULL)
		return esq_err(d, sqlite3_errcode(d->db), NULL);
	sqlite3_bind_int64(s, 1, (int64_t)parent);
	esq_bind_text(s, 2, name);
	ret = esq_one_int(d, s, &v);
	if (ret == 0)
		*fid_r = (uint64_t)v;
	return ret;
}

static int esq_folder_delete(struct eb_db *d, uint64_t fid)
{
	sqlite3_stmt *s = esq_stmt(d, S_FOLDER_DELETE);

	if (s == NULL)
		return esq_err(d, sqlite3_errcode(d->db), NULL);
	sqlite3_bind_int64(s, 1, (int64_t)fid);
	return esq_run(d, s);
}

static int count_of(struct eb_db *d, enum stmt_id id, uint64_t fid,
		    uint64_t *n_r)
{
	sqlite3_stmt *s = esq_stmt(d, id);
	int64_t v = 0;
	int ret;

	if (s == NULL)
		return esq_err(d, sqlite3_errcode(d->db), NULL);
	sqlite3_bind_int64(s, 1, (int64_t)fid);
	ret = esq_one_int(d, s, &v);
	*n_r = (uint64_t)v;
	return ret;
}

static int esq_folder_counts(struct eb_db *d, uint64_t fid, uint64_t *count_r,
			     uint64_t *unread_r, uint64_t *assoc_r,
			     uint64_t *children_r)
{
	int ret;

	ret = count_of(d, S_FOLDER_COUNT, fid, count_r);
	if (ret == 0)
		ret = count_of(d, S_FOLDER_UNREAD, fid, unread_r);
	if (ret == 0)
		ret = count_of(d, S_FOLDER_ASSOC, fid, assoc_r);
	if (ret == 0)
		ret = count_of(d, S_FOLDER_NCHILD, fid, children_r);
	return ret;
}

/* ---------------------------------------------------------------------------
 * Named properties
 */

static int esq_named_find(struct eb_db *d, const GUID *guid, ULONG kind,
			  LONG lid, const char *name, ULONG *id_r)
{
	sqlite3_stmt *s =
	    esq_stmt(d, kind == MNID_ID ? S_NAMED_FIND_ID : S_NAMED_FIND_NAME);
	int64_t v = 0;
	int ret;

	if (s == NULL)
		return esq_err(d, sqlite3_errcode(d->db), NULL);
	sqlite3_bind_blob(s, 1, guid, 16, SQLITE_STATIC);
	if (kind == MNID_ID)
		sqlite3_bind_int64(s, 2, lid);
	else
		esq_bind_text(s, 2, name);
	ret = esq_one_int(d, s, &v);
	if (ret == 0)
		*id_r = (ULONG)v;
	return ret;
}

static int esq_named_add(struct eb_db *d, const GUID *guid, ULONG kind,
			 LONG lid, const char *name, ULONG *id_r)
{
	sqlite3_stmt *s = esq_stmt(d, S_NAMED_ADD);
	int ret;

	if (s == NULL)
		return esq_err(d, sqlite3_errcode(d->db), NULL);
	sqlite3_bind_blob(s, 1, guid, 16, SQLITE_STATIC);
	sqlite3_bind_int64(s, 2, kind);
	if (kind == MNID_ID)
		sqlite3_bind_int64(s, 3, lid);
	else
		esq_bind_text(s, 4, name);
	ret = esq_run(d, s);
	if (ret < 0)
		return ret;
	if (sqlite3_last_insert_rowid(d->db) > 0xFFFE)
		return -ENOSPC;
	*id_r = (ULONG)sqlite3_last_insert_rowid(d->db);
	return 0;
}

static int esq_named_get(struct eb_db *d, ULONG id, GUID *guid_r, ULONG *kind_r,
			 LONG *lid_r, char **name_r)
{
	sqlite3_stmt *s = esq_stmt(d, S_NAMED_GET);
	int rc, ret = 0;

	if (s == NULL)
		return esq_err(d, sqlite3_errcode(d->db), NULL);
	sqlite3_bind_int64(s, 1, id);
	rc = sqlite3_step(s);
	if (rc == SQLITE_ROW) {
		if (sqlite3_column_bytes(s, 0) != 16) {
			ret = -EBADMSG;
		} else {
			memcpy(guid_r, sqlite3_column_blob(s, 0), 16);
			*kind_r = (ULONG)sqlite3_column_int64(s, 1);
			*lid_r = (LONG)sqlite3_column_int64(s, 2);
			*name_r = NULL;
			if (*kind_r == MNID_STRING) {
				const char *n =
				    (const char *)sqlite3_column_text(s, 3);

				*name_r = alloc_strdup(n ? n : "");
				if (*name_r == NULL)
					ret = -ENOMEM;
			}
		}
	} else if (rc == SQLITE_DONE) {
		ret = -ENOENT;
	} else {
		ret = esq_err(d, rc, NULL);
	}
	sqlite3_reset(s);
	return ret;
}

/* ---------------------------------------------------------------------------
 * ACL, audit, receive folders
 */

static int esq_acl_get(struct eb_db *d, uint64_t fid, const char *member,
		       ULONG *rights_r)
{
	sqlite3_stmt *s = esq_stmt(d, S_ACL_GET);
	int64_t v = 0;
	int ret;

	if (s == NULL)
		return esq_err(d, sqlite3_errcode(d->db), NULL);
	sqlite3_bind_int64(s, 1, (int64_t)fid);
	esq_bind_text(s, 2, member);
	ret = esq_one_int(d, s, &v);
	if (ret == 0)
		*rights_r = (ULONG)v;
	return ret;
}

static int esq_acl_list(struct eb_db *d, uint64_t fid, eb_acl_fn *fn, void *ctx)
{
	sqlite3_stmt *s;
	int rc, ret = 0;

	if (sqlite3_prepare_v2(d->db, esq_stmt_sql[S_ACL_LIST], -1, &s, NULL) !=
	    SQLITE_OK)
		return esq_err(d, sqlite3_errcode(d->db), NULL);
	sqlite3_bind_int64(s, 1, (int64_t)fid);
	while ((rc = sqlite3_step(s)) == SQLITE_ROW) {
		const char *m = (const char *)sqlite3_column_text(s, 1);

		ret = fn(ctx, sqlite3_column_int64(s, 0), m ? m : "",
			 (ULONG)sqlite3_column_int64(s, 2));
		if (ret != 0)
			break;
	}
	if (ret == 0 && rc != SQLITE_DONE)
		ret = esq_err(d, rc, NULL);
	sqlite3_finalize(s);
	return ret;
}

static int esq_acl_set(struct eb_db *d, uint64_t fid, const char *member,
		       ULONG rights)
{
	sqlite3_stmt *s = esq_stmt(d, S_ACL_SET);

	if (s == NULL)
		return esq_err(d, sqlite3_errcode(d->db), NULL);
	sqlite3_bind_int64(s, 1, (int64_t)fid);
	esq_bind_text(s, 2, member);
	sqlite3_bind_int64(s, 3, rights);
	return esq_run(d, s);
}

static int esq_acl_delete(struct eb_db *d, uint64_t fid, const char *member)
{
	sqlite3_stmt *s = esq_stmt(d, S_ACL_DELETE);

	if (s == NULL)
		return esq_err(d, sqlite3_errcode(d->db), NULL);
	sqlite3_bind_int64(s, 1, (int64_t)fid);
	esq_bind_text(s, 2, member);
	return esq_run(d, s);
}

static int esq_audit_add(struct eb_db *d, int64_t time, const char *principal,
			 const char *operation, uint64_t object)
{
	sqlite3_stmt *s = esq_stmt(d, S_AUDIT_ADD);

	if (s == NULL)
		return esq_err(d, sqlite3_errcode(d->db), NULL);
	sqlite3_bind_int64(s, 1, time);
	esq_bind_text(s, 2, principal);
	esq_bind_text(s, 3, operation);
	sqlite3_bind_int64(s, 4, (int64_t)object);
	return esq_run(d, s);
}

static int esq_audit_list(struct eb_db *d, eb_audit_fn *fn, void *ctx)
{
	sqlite3_stmt *s;
	int rc, ret = 0;

	if (sqlite3_prepare_v2(d->db, esq_stmt_sql[S_AUDIT_LIST], -1, &s,
			       NULL) != SQLITE_OK)
		return esq_err(d, sqlite3_errcode(d->db), NULL);
	while ((rc = sqlite3_step(s)) == SQLITE_ROW) {
		const char *p = (const char *)sqlite3_column_text(s, 1);
		const char *o = (const char *)sqlite3_column_text(s, 2);

		ret = fn(ctx, sqlite3_column_int64(s, 0), p ? p : "",
			 o ? o : "", (uint64_t)sqlite3_column_int64(s, 3));
		if (ret != 0)
			break;
	}
	if (ret == 0 && rc != SQLITE_DONE)
		ret = esq_err(d, rc, NULL);
	sqlite3_finalize(s);
	return ret;
}

static int esq_receive_get(struct eb_db *d, const char *cls, uint64_t *fid_r)
{
	sqlite3_stmt *s = esq_stmt(d, S_RECV_GET);
	int64_t v = 0;
	int ret;

	if (s == NULL)
		return esq_err(d, sqlite3_errcode(d->db), NULL);
	esq_bind_text(s, 1, cls);
	ret = esq_one_int(d, s, &v);
	if (ret == 0)
		*fid_r = (uint64_t)v;
	return ret;
}

static int esq_receive_set(struct eb_db *d, const char *cls, uint64_t fid)
{
	sqlite3_stmt *s = esq_stmt(d, S_RECV_SET);

	if (s == NULL)
		return esq_err(d, sqlite3_errcode(d->db), NULL);
	esq_bind_text(s, 1, cls);
	sqlite3_bind_int64(s, 2, (int64_t)fid);
	return esq_run(d, s);
}

static int esq_receive_list(struct eb_db *d, eb_receive_fn *fn, void *ctx)
{
	sqlite3_stmt *s;
	int rc, ret = 0;

	if (sqlite3_prepare_v2(d->db, esq_stmt_sql[S_RECV_LIST], -1, &s,
			       NULL) != SQLITE_OK)
		return esq_err(d, sqlite3_errcode(d->db), NULL);
	while ((rc = sqlite3_step(s)) == SQLITE_ROW) {
		const char *cls = (const char *)sqlite3_column_text(s, 0);

		ret = fn(ctx, cls != NULL ? cls : "",
			 (uint64_t)sqlite3_column_int64(s, 1));
		if (ret != 0)
			break;
	}
	if (ret == 0 && rc != SQLITE_DONE)
		ret = esq_err(d, rc, NULL);
	sqlite3_finalize(s);
	return ret;
}

static int esq_data_version(struct eb_db *d, uint64_t *version_r)
{
	sqlite3_stmt *s = esq_stmt(d, S_DATA_VERSION);
	int64_t v = 0;
	int ret;

	if (s == NULL)
		return esq_err(d, sqlite3_errcode(d->db), NULL);
	ret = esq_one_int(d, s, &v);
	*version_r = ((uint64_t)v << 32) + d->commits;
	return ret;
}

static int esq_check(struct eb_db *d, const char **error_r)
{
	sqlite3_stmt *s;
	int rc, ret = 0;

	if (sqlite3_prepare_v2(d->db, "PRAGMA integrity_check", -1, &s, NULL) !=
	    SQLITE_OK)
		return esq_err(d, sqlite3_errcode(d->db), error_r);
	rc = sqlite3_step(s);
	if (rc != SQLITE_ROW) {
		ret = esq_err(d, rc, error_r);
	} else {
		const char *r = (const char *)sqlite3_column_text(s, 0);

		if (r == NULL || strcmp(r, "ok") != 0) {
			snprintf(d->errbuf, sizeof(d->errbuf),
				 "mailbox database: integrity check: %s",
				 r ? r : "?");
			*error_r = d->errbuf;
			ret = -EBADMSG;
		}
	}
	sqlite3_finalize(s);
	if (ret == 0) {
		int64_t n = 0;

		ret = pragma_int(
		    d, "SELECT count(*) FROM pragma_foreign_key_check", &n);
		if (ret == 0 && n != 0) {
			*error_r = "mailbox database: dangling references";
			ret = -EBADMSG;
		}
	}
	return ret;
}

const struct engine_backend_ops engine_sqlite_backend = {
    .version = 2,
    .name = "sqlite",
    .open = esq_open,
    .close = esq_close,
    .begin = esq_begin,
    .commit = esq_commit,
    .rollback = esq_rollback,
    .meta_get = esq_meta_get,
    .meta_set = esq_meta_set,
    .folder_put = esq_folder_put,
    .folder_get = esq_folder_get,
    .folder_children = esq_folder_children,
    .folder_find = esq_folder_find,
    .folder_delete = esq_folder_delete,
    .folder_counts = esq_folder_counts,
    .msg_put = esq_msg_put,
    .msg_get = esq_msg_get,
    .msg_delete = esq_msg_delete,
    .msg_embedded = esq_msg_embedded,
    .msg_set_flags = esq_msg_set_flags,
    .msg_query = esq_msg_query,
    .msg_count = esq_msg_count,
    .msg_total_size = esq_msg_total_size,
    .sub_put = esq_sub_put,
    .sub_list = esq_sub_list,
    .named_find = esq_named_find,
    .named_add = esq_named_add,
    .named_get = esq_named_get,
    .acl_get = esq_acl_get,
    .acl_list = esq_acl_list,
    .acl_set = esq_acl_set,
    .acl_delete = esq_acl_delete,
    .audit_add = esq_audit_add,
    .audit_list = esq_audit_list,
    .receive_get = esq_receive_get,
    .receive_set = esq_receive_set,
    .receive_list = esq_receive_list,
    .data_version = esq_data_version,
    .check = esq_check,
    .lob_new = esq_lob_new,
    .lob_append = esq_lob_append,
    .lob_attach = esq_lob_attach,
    .lob_detach = esq_lob_detach,
    .lob_drop_detached = esq_lob_drop_detached,
    .lob_delete = esq_lob_delete,
    .lob_copy = esq_lob_copy,
    .lob_list = esq_lob_list,
    .lob_gc = esq_lob_gc,
    .lob_open = esq_lob_open,
    .lob_read = esq_lob_read,
    .lob_close = esq_lob_close,
    .msg_head = esq_msg_head,
};
