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
 */
#include "engine_backend.h"

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

static const char *const col_names[EB_COL_COUNT] = {
    "dtime", "subject", "nsubject", "sender",
    "class", "flags",   "size",     "importance"};
static const bool col_text[EB_COL_COUNT] = {false, true,  true,  true,
					    true,  false, false, false};

enum stmt_id {
	S_BEGIN_R,
	S_BEGIN_W,
	S_COMMIT,
	S_ROLLBACK,
	S_META_GET,
	S_META_SET,
	S_FOLDER_PUT,
	S_FOLDER_GET,
	S_FOLDER_CHILDREN,
	S_FOLDER_FIND,
	S_FOLDER_DELETE,
	S_FOLDER_COUNT,
	S_FOLDER_UNREAD,
	S_FOLDER_ASSOC,
	S_FOLDER_NCHILD,
	S_MSG_PUT,
	S_MSG_GET,
	S_MSG_HEAD,
	S_MSG_DELETE,
	S_MSG_EMBEDDED,
	S_MSG_FLAGS,
	S_MSG_TOTAL,
	S_RCPT_DEL,
	S_RCPT_PUT,
	S_RCPT_LIST,
	S_ATT_DEL,
	S_ATT_PUT,
	S_ATT_LIST,
	S_NAMED_FIND_ID,
	S_NAMED_FIND_NAME,
	S_NAMED_ADD,
	S_NAMED_GET,
	S_ACL_GET,
	S_ACL_LIST,
	S_ACL_SET,
	S_ACL_DELETE,
	S_AUDIT_ADD,
	S_AUDIT_LIST,
	S_RECV_GET,
	S_RECV_SET,
	S_RECV_LIST,
	S_DATA_VERSION,
	S_LOB_NEW,
	S_LOB_APPEND,
	S_LOB_ATTACH,
	S_LOB_DETACH,
	S_LOB_DROP_CHUNKS,
	S_LOB_DROP,
	S_LOB_DEL_CHUNKS,
	S_LOB_DEL,
	S_LOB_COPY,
	S_LOB_COPY_CHUNKS,
	S_LOB_LIST,
	S_LOB_GC_CHUNKS,
	S_LOB_GC,
	S_MSG_DEL_LOB_CHUNKS,
	S_MSG_DEL_LOBS,
	S_COUNT
};

#define MSG_COLUMNS                                                            \
	"mid, fid, parent_mid, parent_num, assoc, change_num, ctime, mtime, "  \
	"creator, dtime, subject, nsubject, sender, class, flags, size, "      \
	"importance"

static const char *const stmt_sql[S_COUNT] = {
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

struct eb_db {
	sqlite3 *db;
	sqlite3_stmt *stmt[S_COUNT];
	uint64_t commits;
	char errbuf[256];
};

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

static int db_err(struct eb_db *d, int rc, const char **error_r)
{
	snprintf(d->errbuf, sizeof(d->errbuf), "mailbox database: %s",
		 sqlite3_errmsg(d->db));
	if (error_r)
		*error_r = d->errbuf;
	return sqlite_errno(rc);
}

static sqlite3_stmt *st(struct eb_db *d, enum stmt_id id)
{
	sqlite3_stmt *s = d->stmt[id];

	if (s == NULL) {
		if (sqlite3_prepare_v3(d->db, stmt_sql[id], -1,
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
static int run(struct eb_db *d, sqlite3_stmt *s)
{
	int rc = sqlite3_step(s), ret = 0;

	if (rc != SQLITE_DONE && rc != SQLITE_ROW)
		ret = db_err(d, rc, NULL);
	sqlite3_reset(s);
	return ret;
}

static int exec(struct eb_db *d, const char *sql, const char **error_r)
{
	int rc = sqlite3_exec(d->db, sql, NULL, NULL, NULL);

	return rc == SQLITE_OK ? 0 : db_err(d, rc, error_r);
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

static void bind_text(sqlite3_stmt *s, int i, const char *t)
{
	if (t)
		sqlite3_bind_text(s, i, t, -1, SQLITE_STATIC);
	else
		sqlite3_bind_null(s, i);
}

static void bind_blob(sqlite3_stmt *s, int i, const void *p, size_t n)
{
	sqlite3_bind_blob64(s, i, p ? p : "", n, SQLITE_STATIC);
}

/* ---------------------------------------------------------------------------
 * Open and close
 */

static void be_close(struct eb_db *d)
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
	be_close(d);
	return ret;
}

static int be_open(const char *path, bool create, struct eb_db **db_r,
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
		be_close(d);
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
		return open_fail(d, db_err(d, rc, error_r), error_r);
	ret = check_schema(d, create, &err);
	if (ret < 0) {
		*error_r = err;
		be_close(d);
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

static int be_begin(struct eb_db *d, bool write, const char **error_r)
{
	sqlite3_stmt *s = st(d, write ? S_BEGIN_W : S_BEGIN_R);
	int rc;

	if (s == NULL)
		return db_err(d, sqlite3_errcode(d->db), error_r);
	rc = sqlite3_step(s);
	sqlite3_reset(s);
	return rc == SQLITE_DONE ? 0 : db_err(d, rc, error_r);
}

static int be_commit(struct eb_db *d, const char **error_r)
{
	sqlite3_stmt *s = st(d, S_COMMIT);
	int rc;

	if (s == NULL)
		return db_err(d, sqlite3_errcode(d->db), error_r);
	rc = sqlite3_step(s);
	sqlite3_reset(s);
	if (rc != SQLITE_DONE) {
		int ret = db_err(d, rc, error_r);

		sqlite3_exec(d->db, "ROLLBACK", NULL, NULL, NULL);
		return ret;
	}
	d->commits++;
	return 0;
}

static void be_rollback(struct eb_db *d)
{
	if (!sqlite3_get_autocommit(d->db))
		sqlite3_exec(d->db, "ROLLBACK", NULL, NULL, NULL);
}

/* ---------------------------------------------------------------------------
 * Meta
 */

static int be_meta_get(struct eb_db *d, const char *key, void *buf, size_t cap,
		       size_t *len_r)
{
	sqlite3_stmt *s = st(d, S_META_GET);
	int rc, ret = 0;

	if (s == NULL)
		return db_err(d, sqlite3_errcode(d->db), NULL);
	bind_text(s, 1, key);
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
		ret = db_err(d, rc, NULL);
	}
	sqlite3_reset(s);
	return ret;
}

static int be_meta_set(struct eb_db *d, const char *key, const void *val,
		       size_t len)
{
	sqlite3_stmt *s = st(d, S_META_SET);

	if (s == NULL)
		return db_err(d, sqlite3_errcode(d->db), NULL);
	bind_text(s, 1, key);
	bind_blob(s, 2, val, len);
	return run(d, s);
}

/* ---------------------------------------------------------------------------
 * Folders
 */

static int be_folder_put(struct eb_db *d, const struct eb_folder *f)
{
	sqlite3_stmt *s = st(d, S_FOLDER_PUT);

	if (s == NULL)
		return db_err(d, sqlite3_errcode(d->db), NULL);
	sqlite3_bind_int64(s, 1, (int64_t)f->fid);
	if (f->parent)
		sqlite3_bind_int64(s, 2, (int64_t)f->parent);
	sqlite3_bind_int64(s, 3, f->type);
	sqlite3_bind_int64(s, 4, (int64_t)f->change_num);
	sqlite3_bind_int64(s, 5, f->ctime);
	sqlite3_bind_int64(s, 6, f->mtime);
	bind_text(s, 7, f->name);
	bind_blob(s, 8, f->props, f->props_len);
	return run(d, s);
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
		ret = db_err(d, rc, NULL);
	if (ret == 0 && want_one && !any)
		ret = -ENOENT;
	sqlite3_reset(s);
	return ret;
}

static int be_folder_get(struct eb_db *d, uint64_t fid, eb_folder_fn *fn,
			 void *ctx)
{
	sqlite3_stmt *s = st(d, S_FOLDER_GET);

	if (s == NULL)
		return db_err(d, sqlite3_errcode(d->db), NULL);
	sqlite3_bind_int64(s, 1, (int64_t)fid);
	return folder_rows(d, s, fn, ctx, true);
}

static int be_folder_children(struct eb_db *d, uint64_t parent,
			      eb_folder_fn *fn, void *ctx)
{
	sqlite3_stmt *s;
	int ret;

	/* Not the cached statement: callbacks recurse into children. */
	if (sqlite3_prepare_v2(d->db, stmt_sql[S_FOLDER_CHILDREN], -1, &s,
			       NULL) != SQLITE_OK)
		return db_err(d, sqlite3_errcode(d->db), NULL);
	sqlite3_bind_int64(s, 1, (int64_t)parent);
	ret = folder_rows(d, s, fn, ctx, false);
	sqlite3_finalize(s);
	return ret;
}

static int one_int(struct eb_db *d, sqlite3_stmt *s, int64_t *v_r)
{
	int rc = sqlite3_step(s), ret = 0;

	if (rc == SQLITE_ROW)
		*v_r = sqlite3_column_int64(s, 0);
	else if (rc == SQLITE_DONE)
		ret = -ENOENT;
	else
		ret = db_err(d, rc, NULL);
	sqlite3_reset(s);
	return ret;
}

static int be_folder_find(struct eb_db *d, uint64_t parent, const char *name,
			  uint64_t *fid_r)
{
	sqlite3_stmt *s = st(d, S_FOLDER_FIND);
	int64_t v = 0;
	int ret;

	if (s == NULL)
		return db_err(d, sqlite3_errcode(d->db), NULL);
	sqlite3_bind_int64(s, 1, (int64_t)parent);
	bind_text(s, 2, name);
	ret = one_int(d, s, &v);
	if (ret == 0)
		*fid_r = (uint64_t)v;
	return ret;
}

static int be_folder_delete(struct eb_db *d, uint64_t fid)
{
	sqlite3_stmt *s = st(d, S_FOLDER_DELETE);

	if (s == NULL)
		return db_err(d, sqlite3_errcode(d->db), NULL);
	sqlite3_bind_int64(s, 1, (int64_t)fid);
	return run(d, s);
}

static int count_of(struct eb_db *d, enum stmt_id id, uint64_t fid,
		    uint64_t *n_r)
{
	sqlite3_stmt *s = st(d, id);
	int64_t v = 0;
	int ret;

	if (s == NULL)
		return db_err(d, sqlite3_errcode(d->db), NULL);
	sqlite3_bind_int64(s, 1, (int64_t)fid);
	ret = one_int(d, s, &v);
	*n_r = (uint64_t)v;
	return ret;
}

static int be_folder_counts(struct eb_db *d, uint64_t fid, uint64_t *count_r,
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
 * Messages
 */

static void bind_val(sqlite3_stmt *s, int i, const struct eb_val *v, bool text)
{
	if (!v->present)
		sqlite3_bind_null(s, i);
	else if (text)
		sqlite3_bind_text(s, i, v->s, (int)v->slen, SQLITE_STATIC);
	else
		sqlite3_bind_int64(s, i, v->i);
}

static int be_msg_put(struct eb_db *d, const struct eb_message *m)
{
	sqlite3_stmt *s = st(d, S_MSG_PUT);
	int c;

	if (s == NULL)
		return db_err(d, sqlite3_errcode(d->db), NULL);
	sqlite3_bind_int64(s, 1, (int64_t)m->mid);
	if (m->fid)
		sqlite3_bind_int64(s, 2, (int64_t)m->fid);
	if (m->parent_mid) {
		sqlite3_bind_int64(s, 3, (int64_t)m->parent_mid);
		sqlite3_bind_int64(s, 4, m->parent_num);
	}
	sqlite3_bind_int(s, 5, m->assoc);
	sqlite3_bind_int64(s, 6, (int64_t)m->change_num);
	sqlite3_bind_int64(s, 7, m->ctime);
	sqlite3_bind_int64(s, 8, m->mtime);
	bind_text(s, 9, m->creator);
	for (c = 0; c < EB_COL_COUNT; c++)
		bind_val(s, 10 + c, &m->col[c], col_text[c]);
	bind_blob(s, 18, m->props, m->props_len);
	return run(d, s);
}

/* Columns 0..16 as MSG_COLUMNS, props at 17 when with_props. */
static void read_msg(sqlite3_stmt *s, struct eb_message *m, bool with_props)
{
	int c;

	memset(m, 0, sizeof(*m));
	m->mid = (uint64_t)sqlite3_column_int64(s, 0);
	m->fid = (uint64_t)sqlite3_column_int64(s, 1);
	m->parent_mid = (uint64_t)sqlite3_column_int64(s, 2);
	m->parent_num = (uint32_t)sqlite3_column_int64(s, 3);
	m->assoc = sqlite3_column_int(s, 4) != 0;
	m->change_num = (uint64_t)sqlite3_column_int64(s, 5);
	m->ctime = sqlite3_column_int64(s, 6);
	m->mtime = sqlite3_column_int64(s, 7);
	m->creator = (const char *)sqlite3_column_text(s, 8);
	for (c = 0; c < EB_COL_COUNT; c++) {
		struct eb_val *v = &m->col[c];

		if (sqlite3_column_type(s, 9 + c) == SQLITE_NULL)
			continue;
		v->present = true;
		if (col_text[c]) {
			v->s = (const char *)sqlite3_column_text(s, 9 + c);
			v->slen = (size_t)sqlite3_column_bytes(s, 9 + c);
		} else {
			v->i = sqlite3_column_int64(s, 9 + c);
		}
	}
	if (with_props) {
		m->props = sqlite3_column_blob(s, 17);
		m->props_len = (size_t)sqlite3_column_bytes(s, 17);
	}
}

/* One message row: with its property blob (msg_get) or without it
 * (msg_head). */
static int msg_row(struct eb_db *d, uint64_t mid, bool with_props,
		   eb_message_fn *fn, void *ctx)
{
	sqlite3_stmt *s = st(d, with_props ? S_MSG_GET : S_MSG_HEAD);
	struct eb_message m;
	int rc, ret;

	if (s == NULL)
		return db_err(d, sqlite3_errcode(d->db), NULL);
	sqlite3_bind_int64(s, 1, (int64_t)mid);
	rc = sqlite3_step(s);
	if (rc == SQLITE_ROW) {
		read_msg(s, &m, with_props);
		ret = fn(ctx, &m);
	} else if (rc == SQLITE_DONE) {
		ret = -ENOENT;
	} else {
		ret = db_err(d, rc, NULL);
	}
	sqlite3_reset(s);
	return ret;
}

static int be_msg_get(struct eb_db *d, uint64_t mid, eb_message_fn *fn,
		      void *ctx)
{
	return msg_row(d, mid, true, fn, ctx);
}

static int be_msg_head(struct eb_db *d, uint64_t mid, eb_message_fn *fn,
		       void *ctx)
{
	return msg_row(d, mid, false, fn, ctx);
}

static int be_msg_delete(struct eb_db *d, uint64_t mid)
{
	static const enum stmt_id ids[] = {S_MSG_DEL_LOB_CHUNKS, S_MSG_DEL_LOBS,
					   S_MSG_DELETE};
	unsigned int i;
	int ret = 0;

	for (i = 0; i < 3 && ret == 0; i++) {
		sqlite3_stmt *s = st(d, ids[i]);

		if (s == NULL)
			return db_err(d, sqlite3_errcode(d->db), NULL);
		sqlite3_bind_int64(s, 1, (int64_t)mid);
		ret = run(d, s);
	}
	return ret;
}

static int be_msg_embedded(struct eb_db *d, uint64_t parent_mid, uint32_t num,
			   uint64_t *mid_r)
{
	sqlite3_stmt *s = st(d, S_MSG_EMBEDDED);
	int64_t v = 0;
	int ret;

	if (s == NULL)
		return db_err(d, sqlite3_errcode(d->db), NULL);
	sqlite3_bind_int64(s, 1, (int64_t)parent_mid);
	sqlite3_bind_int64(s, 2, num);
	ret = one_int(d, s, &v);
	if (ret == 0)
		*mid_r = (uint64_t)v;
	return ret;
}

static int be_msg_set_flags(struct eb_db *d, uint64_t mid, int64_t set,
			    int64_t clear, uint64_t change_num)
{
	sqlite3_stmt *s = st(d, S_MSG_FLAGS);

	if (s == NULL)
		return db_err(d, sqlite3_errcode(d->db), NULL);
	sqlite3_bind_int64(s, 1, (int64_t)mid);
	sqlite3_bind_int64(s, 2, set);
	sqlite3_bind_int64(s, 3, clear);
	sqlite3_bind_int64(s, 4, (int64_t)change_num);
	return run(d, s);
}

static int be_msg_total_size(struct eb_db *d, uint64_t *size_r)
{
	sqlite3_stmt *s = st(d, S_MSG_TOTAL);
	int64_t v = 0;
	int ret;

	if (s == NULL)
		return db_err(d, sqlite3_errcode(d->db), NULL);
	ret = one_int(d, s, &v);
	*size_r = (uint64_t)v;
	return ret;
}

/* Building the WHERE and ORDER BY of a query. */
struct qbuild {
	char *sql;
	size_t len, cap;
	bool failed;
	const struct eb_val *params[256];
	bool param_text[256];
	int64_t iparams[256];
	bool is_iparam[256];
	unsigned int np;
};

static void qb_add(struct qbuild *q, const char *s)
{
	size_t n = strlen(s);

	if (q->failed)
		return;
	if (q->len + n + 1 > q->cap) {
		size_t cap = q->cap ? q->cap * 2 : 512;
		char *ns;

		while (cap < q->len + n + 1)
			cap *= 2;
		ns = alloc_realloc(q->sql, cap);
		if (ns == NULL) {
			q->failed = true;
			return;
		}
		q->sql = ns;
		q->cap = cap;
	}
	memcpy(q->sql + q->len, s, n + 1);
	q->len += n;
}

static int qb_param(struct qbuild *q, const struct eb_val *v, bool text)
{
	if (q->np == 256)
		return -E2BIG;
	q->params[q->np] = v;
	q->param_text[q->np] = text;
	q->is_iparam[q->np] = false;
	q->np++;
	qb_add(q, "?");
	return 0;
}

static int qb_iparam(struct qbuild *q, int64_t v)
{
	if (q->np == 256)
		return -E2BIG;
	q->iparams[q->np] = v;
	q->is_iparam[q->np] = true;
	q->np++;
	qb_add(q, "?");
	return 0;
}

static int qb_expr(struct qbuild *q, const struct eb_expr *x, int depth)
{
	static const char *const ops[] = {"<", "<=", ">", ">=", "=", "<>"};
	const char *col;
	unsigned int i;
	int ret = 0;

	if (depth > 64)
		return -E2BIG;
	switch (x->kind) {
	case EB_X_AND:
	case EB_X_OR:
		if (x->n == 0) {
			qb_add(q, x->kind == EB_X_AND ? "1" : "0");
			return 0;
		}
		qb_add(q, "(");
		for (i = 0; i < x->n && ret == 0; i++) {
			if (i)
				qb_add(q,
				       x->kind == EB_X_AND ? " AND " : " OR ");
			ret = qb_expr(q, x->sub[i], depth + 1);
		}
		qb_add(q, ")");
		return ret;
	case EB_X_NOT:
		if (x->n != 1)
			return -EINVAL;
		qb_add(q, "(NOT ");
		ret = qb_expr(q, x->sub[0], depth + 1);
		qb_add(q, ")");
		return ret;
	default:
		break;
	}
	if ((unsigned int)x->col >= EB_COL_COUNT)
		return -EINVAL;
	col = col_names[x->col];
	/* Every leaf is 0 or 1, never NULL: a missing value is false. */
	qb_add(q, "(");
	qb_add(q, col);
	qb_add(q, " IS NOT NULL");
	switch (x->kind) {
	case EB_X_CMP:
		if (x->relop > RELOP_NE)
			return -EINVAL;
		qb_add(q, " AND ");
		qb_add(q, col);
		qb_add(q, " ");
		qb_add(q, ops[x->relop]);
		qb_add(q, " ");
		ret = qb_param(q, &x->val, col_text[x->col]);
		break;
	case EB_X_MATCH:
		if (!col_text[x->col])
			return -EINVAL;
		qb_add(q, " AND mapix_match(");
		qb_add(q, col);
		qb_add(q, ", ");
		ret = qb_param(q, &x->val, true);
		qb_add(q, ", ");
		if (ret == 0)
			ret = qb_iparam(q, (int64_t)x->fuzzy);
		qb_add(q, ")");
		break;
	case EB_X_EXISTS:
		break;
	case EB_X_BITMASK:
		qb_add(q, " AND (");
		qb_add(q, col);
		qb_add(q, " & ");
		ret = qb_iparam(q, x->val.i);
		qb_add(q, x->eqz ? ") = 0" : ") <> 0");
		break;
	default:
		return -EINVAL;
	}
	qb_add(q, ")");
	return ret;
}

static int qb_query(struct qbuild *q, const struct eb_query *query, bool count)
{
	char num[64];
	unsigned int i;
	int ret = 0;

	qb_add(q, count ? "SELECT count(*) FROM messages"
			: (query->with_props
			       ? "SELECT " MSG_COLUMNS ", props FROM messages"
			       : "SELECT " MSG_COLUMNS " FROM messages"));
	qb_add(q, " WHERE fid = ");
	ret = qb_iparam(q, (int64_t)query->fid);
	qb_add(q, query->assoc ? " AND assoc = 1" : " AND assoc = 0");
	if (ret == 0 && query->where) {
		qb_add(q, " AND ");
		ret = qb_expr(q, query->where, 0);
	}
	if (ret < 0 || count)
		return ret;
	qb_add(q, " ORDER BY ");
	for (i = 0; i < query->nsort && i < 8; i++) {
		if ((unsigned int)query->sort[i].col >= EB_COL_COUNT)
			return -EINVAL;
		qb_add(q, col_names[query->sort[i].col]);
		qb_add(q, query->sort[i].desc ? " DESC NULLS LAST, "
					      : " ASC NULLS LAST, ");
	}
	qb_add(q, "mid");
	if (query->limit || query->offset) {
		snprintf(num, sizeof(num), " LIMIT %lld OFFSET %lld",
			 query->limit ? (long long)query->limit : -1LL,
			 (long long)query->offset);
		qb_add(q, num);
	}
	return 0;
}

static int qb_prepare(struct eb_db *d, struct qbuild *q, sqlite3_stmt **s_r)
{
	unsigned int i;
	int rc;

	if (q->failed)
		return -ENOMEM;
	rc = sqlite3_prepare_v2(d->db, q->sql, -1, s_r, NULL);
	if (rc != SQLITE_OK)
		return db_err(d, rc, NULL);
	for (i = 0; i < q->np; i++) {
		if (q->is_iparam[i])
			sqlite3_bind_int64(*s_r, (int)i + 1, q->iparams[i]);
		else
			bind_val(*s_r, (int)i + 1, q->params[i],
				 q->param_text[i]);
	}
	return 0;
}

static int be_msg_query(struct eb_db *d, const struct eb_query *query,
			eb_message_fn *fn, void *ctx)
{
	struct qbuild q = {0};
	struct eb_message m;
	sqlite3_stmt *s = NULL;
	int rc, ret;

	ret = qb_query(&q, query, false);
	if (ret == 0)
		ret = qb_prepare(d, &q, &s);
	alloc_free(q.sql);
	if (ret < 0)
		return ret;
	while ((rc = sqlite3_step(s)) == SQLITE_ROW) {
		read_msg(s, &m, query->with_props);
		ret = fn(ctx, &m);
		if (ret != 0)
			break;
	}
	if (ret == 0 && rc != SQLITE_DONE)
		ret = db_err(d, rc, NULL);
	sqlite3_finalize(s);
	return ret;
}

static int be_msg_count(struct eb_db *d, const struct eb_query *query,
			uint64_t *count_r)
{
	struct qbuild q = {0};
	sqlite3_stmt *s = NULL;
	int64_t v = 0;
	int rc, ret;

	ret = qb_query(&q, query, true);
	if (ret == 0)
		ret = qb_prepare(d, &q, &s);
	alloc_free(q.sql);
	if (ret < 0)
		return ret;
	rc = sqlite3_step(s);
	if (rc == SQLITE_ROW)
		v = sqlite3_column_int64(s, 0);
	else
		ret = db_err(d, rc, NULL);
	sqlite3_finalize(s);
	*count_r = (uint64_t)v;
	return ret;
}

/* ---------------------------------------------------------------------------
 * Recipients and attachments
 */

static int be_sub_put(struct eb_db *d, enum eb_sub_kind kind, uint64_t mid,
		      unsigned int count, const struct eb_sub *rows)
{
	sqlite3_stmt *s;
	unsigned int i;
	int ret;

	s = st(d, kind == EB_SUB_RECIPIENT ? S_RCPT_DEL : S_ATT_DEL);
	if (s == NULL)
		return db_err(d, sqlite3_errcode(d->db), NULL);
	sqlite3_bind_int64(s, 1, (int64_t)mid);
	ret = run(d, s);
	for (i = 0; i < count && ret == 0; i++) {
		s = st(d, kind == EB_SUB_RECIPIENT ? S_RCPT_PUT : S_ATT_PUT);
		if (s == NULL)
			return db_err(d, sqlite3_errcode(d->db), NULL);
		sqlite3_bind_int64(s, 1, (int64_t)mid);
		sqlite3_bind_int64(s, 2, rows[i].num);
		bind_blob(s, 3, rows[i].props, rows[i].props_len);
		ret = run(d, s);
	}
	return ret;
}

static int be_sub_list(struct eb_db *d, enum eb_sub_kind kind, uint64_t mid,
		       eb_sub_fn *fn, void *ctx)
{
	sqlite3_stmt *s;
	struct eb_sub row;
	int rc, ret = 0;

	s = st(d, kind == EB_SUB_RECIPIENT ? S_RCPT_LIST : S_ATT_LIST);
	if (s == NULL)
		return db_err(d, sqlite3_errcode(d->db), NULL);
	sqlite3_bind_int64(s, 1, (int64_t)mid);
	while ((rc = sqlite3_step(s)) == SQLITE_ROW) {
		row.num = (uint32_t)sqlite3_column_int64(s, 0);
		row.props = sqlite3_column_blob(s, 1);
		row.props_len = (size_t)sqlite3_column_bytes(s, 1);
		ret = fn(ctx, &row);
		if (ret != 0)
			break;
	}
	if (ret == 0 && rc != SQLITE_DONE)
		ret = db_err(d, rc, NULL);
	sqlite3_reset(s);
	return ret;
}

/* ---------------------------------------------------------------------------
 * Named properties
 */

static int be_named_find(struct eb_db *d, const GUID *guid, ULONG kind,
			 LONG lid, const char *name, ULONG *id_r)
{
	sqlite3_stmt *s =
	    st(d, kind == MNID_ID ? S_NAMED_FIND_ID : S_NAMED_FIND_NAME);
	int64_t v = 0;
	int ret;

	if (s == NULL)
		return db_err(d, sqlite3_errcode(d->db), NULL);
	sqlite3_bind_blob(s, 1, guid, 16, SQLITE_STATIC);
	if (kind == MNID_ID)
		sqlite3_bind_int64(s, 2, lid);
	else
		bind_text(s, 2, name);
	ret = one_int(d, s, &v);
	if (ret == 0)
		*id_r = (ULONG)v;
	return ret;
}

static int be_named_add(struct eb_db *d, const GUID *guid, ULONG kind, LONG lid,
			const char *name, ULONG *id_r)
{
	sqlite3_stmt *s = st(d, S_NAMED_ADD);
	int ret;

	if (s == NULL)
		return db_err(d, sqlite3_errcode(d->db), NULL);
	sqlite3_bind_blob(s, 1, guid, 16, SQLITE_STATIC);
	sqlite3_bind_int64(s, 2, kind);
	if (kind == MNID_ID)
		sqlite3_bind_int64(s, 3, lid);
	else
		bind_text(s, 4, name);
	ret = run(d, s);
	if (ret < 0)
		return ret;
	if (sqlite3_last_insert_rowid(d->db) > 0xFFFE)
		return -ENOSPC;
	*id_r = (ULONG)sqlite3_last_insert_rowid(d->db);
	return 0;
}

static int be_named_get(struct eb_db *d, ULONG id, GUID *guid_r, ULONG *kind_r,
			LONG *lid_r, char **name_r)
{
	sqlite3_stmt *s = st(d, S_NAMED_GET);
	int rc, ret = 0;

	if (s == NULL)
		return db_err(d, sqlite3_errcode(d->db), NULL);
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
		ret = db_err(d, rc, NULL);
	}
	sqlite3_reset(s);
	return ret;
}

/* ---------------------------------------------------------------------------
 * ACL, audit, receive folders
 */

static int be_acl_get(struct eb_db *d, uint64_t fid, const char *member,
		      ULONG *rights_r)
{
	sqlite3_stmt *s = st(d, S_ACL_GET);
	int64_t v = 0;
	int ret;

	if (s == NULL)
		return db_err(d, sqlite3_errcode(d->db), NULL);
	sqlite3_bind_int64(s, 1, (int64_t)fid);
	bind_text(s, 2, member);
	ret = one_int(d, s, &v);
	if (ret == 0)
		*rights_r = (ULONG)v;
	return ret;
}

static int be_acl_list(struct eb_db *d, uint64_t fid, eb_acl_fn *fn, void *ctx)
{
	sqlite3_stmt *s;
	int rc, ret = 0;

	if (sqlite3_prepare_v2(d->db, stmt_sql[S_ACL_LIST], -1, &s, NULL) !=
	    SQLITE_OK)
		return db_err(d, sqlite3_errcode(d->db), NULL);
	sqlite3_bind_int64(s, 1, (int64_t)fid);
	while ((rc = sqlite3_step(s)) == SQLITE_ROW) {
		const char *m = (const char *)sqlite3_column_text(s, 1);

		ret = fn(ctx, sqlite3_column_int64(s, 0), m ? m : "",
			 (ULONG)sqlite3_column_int64(s, 2));
		if (ret != 0)
			break;
	}
	if (ret == 0 && rc != SQLITE_DONE)
		ret = db_err(d, rc, NULL);
	sqlite3_finalize(s);
	return ret;
}

static int be_acl_set(struct eb_db *d, uint64_t fid, const char *member,
		      ULONG rights)
{
	sqlite3_stmt *s = st(d, S_ACL_SET);

	if (s == NULL)
		return db_err(d, sqlite3_errcode(d->db), NULL);
	sqlite3_bind_int64(s, 1, (int64_t)fid);
	bind_text(s, 2, member);
	sqlite3_bind_int64(s, 3, rights);
	return run(d, s);
}

static int be_acl_delete(struct eb_db *d, uint64_t fid, const char *member)
{
	sqlite3_stmt *s = st(d, S_ACL_DELETE);

	if (s == NULL)
		return db_err(d, sqlite3_errcode(d->db), NULL);
	sqlite3_bind_int64(s, 1, (int64_t)fid);
	bind_text(s, 2, member);
	return run(d, s);
}

static int be_audit_add(struct eb_db *d, int64_t time, const char *principal,
			const char *operation, uint64_t object)
{
	sqlite3_stmt *s = st(d, S_AUDIT_ADD);

	if (s == NULL)
		return db_err(d, sqlite3_errcode(d->db), NULL);
	sqlite3_bind_int64(s, 1, time);
	bind_text(s, 2, principal);
	bind_text(s, 3, operation);
	sqlite3_bind_int64(s, 4, (int64_t)object);
	return run(d, s);
}

static int be_audit_list(struct eb_db *d, eb_audit_fn *fn, void *ctx)
{
	sqlite3_stmt *s;
	int rc, ret = 0;

	if (sqlite3_prepare_v2(d->db, stmt_sql[S_AUDIT_LIST], -1, &s, NULL) !=
	    SQLITE_OK)
		return db_err(d, sqlite3_errcode(d->db), NULL);
	while ((rc = sqlite3_step(s)) == SQLITE_ROW) {
		const char *p = (const char *)sqlite3_column_text(s, 1);
		const char *o = (const char *)sqlite3_column_text(s, 2);

		ret = fn(ctx, sqlite3_column_int64(s, 0), p ? p : "",
			 o ? o : "", (uint64_t)sqlite3_column_int64(s, 3));
		if (ret != 0)
			break;
	}
	if (ret == 0 && rc != SQLITE_DONE)
		ret = db_err(d, rc, NULL);
	sqlite3_finalize(s);
	return ret;
}

static int be_receive_get(struct eb_db *d, const char *cls, uint64_t *fid_r)
{
	sqlite3_stmt *s = st(d, S_RECV_GET);
	int64_t v = 0;
	int ret;

	if (s == NULL)
		return db_err(d, sqlite3_errcode(d->db), NULL);
	bind_text(s, 1, cls);
	ret = one_int(d, s, &v);
	if (ret == 0)
		*fid_r = (uint64_t)v;
	return ret;
}

static int be_receive_set(struct eb_db *d, const char *cls, uint64_t fid)
{
	sqlite3_stmt *s = st(d, S_RECV_SET);

	if (s == NULL)
		return db_err(d, sqlite3_errcode(d->db), NULL);
	bind_text(s, 1, cls);
	sqlite3_bind_int64(s, 2, (int64_t)fid);
	return run(d, s);
}

static int be_receive_list(struct eb_db *d, eb_receive_fn *fn, void *ctx)
{
	sqlite3_stmt *s;
	int rc, ret = 0;

	if (sqlite3_prepare_v2(d->db, stmt_sql[S_RECV_LIST], -1, &s, NULL) !=
	    SQLITE_OK)
		return db_err(d, sqlite3_errcode(d->db), NULL);
	while ((rc = sqlite3_step(s)) == SQLITE_ROW) {
		const char *cls = (const char *)sqlite3_column_text(s, 0);

		ret = fn(ctx, cls != NULL ? cls : "",
			 (uint64_t)sqlite3_column_int64(s, 1));
		if (ret != 0)
			break;
	}
	if (ret == 0 && rc != SQLITE_DONE)
		ret = db_err(d, rc, NULL);
	sqlite3_finalize(s);
	return ret;
}

static int be_data_version(struct eb_db *d, uint64_t *version_r)
{
	sqlite3_stmt *s = st(d, S_DATA_VERSION);
	int64_t v = 0;
	int ret;

	if (s == NULL)
		return db_err(d, sqlite3_errcode(d->db), NULL);
	ret = one_int(d, s, &v);
	*version_r = ((uint64_t)v << 32) + d->commits;
	return ret;
}

static int be_check(struct eb_db *d, const char **error_r)
{
	sqlite3_stmt *s;
	int rc, ret = 0;

	if (sqlite3_prepare_v2(d->db, "PRAGMA integrity_check", -1, &s, NULL) !=
	    SQLITE_OK)
		return db_err(d, sqlite3_errcode(d->db), error_r);
	rc = sqlite3_step(s);
	if (rc != SQLITE_ROW) {
		ret = db_err(d, rc, error_r);
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

/* ---------------------------------------------------------------------------
 * Large values
 */

struct eb_lob {
	struct eb_db *d;
	/* The chunks: rowid and size each, in order. */
	int64_t *rowid;
	uint64_t *start;
	unsigned int n;
	uint64_t size;
	sqlite3_blob *blob; /* open on chunk cur */
	unsigned int cur;
};

static int one_stmt(struct eb_db *d, enum stmt_id id, int64_t a, int64_t b)
{
	sqlite3_stmt *s = st(d, id);

	if (s == NULL)
		return db_err(d, sqlite3_errcode(d->db), NULL);
	sqlite3_bind_int64(s, 1, a);
	sqlite3_bind_int64(s, 2, b);
	return run(d, s);
}

static int be_lob_new(struct eb_db *d, int64_t now, int64_t *lob_r)
{
	int ret = one_stmt(d, S_LOB_NEW, now, 0);

	if (ret == 0)
		*lob_r = sqlite3_last_insert_rowid(d->db);
	return ret;
}

static int be_lob_append(struct eb_db *d, int64_t lob, uint32_t seq,
			 const void *data, size_t len)
{
	sqlite3_stmt *s = st(d, S_LOB_APPEND);

	if (s == NULL)
		return db_err(d, sqlite3_errcode(d->db), NULL);
	sqlite3_bind_int64(s, 1, lob);
	sqlite3_bind_int64(s, 2, seq);
	bind_blob(s, 3, data, len);
	return run(d, s);
}

static int be_lob_attach(struct eb_db *d, int64_t lob, uint64_t mid,
			 uint32_t num, ULONG tag, uint64_t size)
{
	sqlite3_stmt *s = st(d, S_LOB_ATTACH);

	if (s == NULL)
		return db_err(d, sqlite3_errcode(d->db), NULL);
	sqlite3_bind_int64(s, 1, lob);
	sqlite3_bind_int64(s, 2, (int64_t)mid);
	sqlite3_bind_int64(s, 3, num);
	sqlite3_bind_int64(s, 4, tag);
	sqlite3_bind_int64(s, 5, (int64_t)size);
	return run(d, s);
}

static int be_lob_detach(struct eb_db *d, uint64_t mid)
{
	return one_stmt(d, S_LOB_DETACH, (int64_t)mid, 0);
}

static int be_lob_drop_detached(struct eb_db *d, uint64_t mid)
{
	int ret = one_stmt(d, S_LOB_DROP_CHUNKS, (int64_t)mid, 0);

	return ret ? ret : one_stmt(d, S_LOB_DROP, (int64_t)mid, 0);
}

static int be_lob_delete(struct eb_db *d, int64_t lob)
{
	int ret = one_stmt(d, S_LOB_DEL_CHUNKS, lob, 0);

	return ret ? ret : one_stmt(d, S_LOB_DEL, lob, 0);
}

static int be_lob_copy(struct eb_db *d, int64_t lob, int64_t now,
		       int64_t *copy_r)
{
	int64_t copy;
	int ret = one_stmt(d, S_LOB_COPY, lob, now);

	if (ret < 0)
		return ret;
	if (sqlite3_changes(d->db) != 1)
		return -ENOENT;
	copy = sqlite3_last_insert_rowid(d->db);
	ret = one_stmt(d, S_LOB_COPY_CHUNKS, lob, copy);
	if (ret == 0)
		*copy_r = copy;
	return ret;
}

static int be_lob_list(struct eb_db *d, uint64_t mid, eb_lob_fn *fn, void *ctx)
{
	sqlite3_stmt *s;
	int rc, ret = 0;

	if (sqlite3_prepare_v2(d->db, stmt_sql[S_LOB_LIST], -1, &s, NULL) !=
	    SQLITE_OK)
		return db_err(d, sqlite3_errcode(d->db), NULL);
	sqlite3_bind_int64(s, 1, (int64_t)mid);
	while ((rc = sqlite3_step(s)) == SQLITE_ROW) {
		ret = fn(ctx, sqlite3_column_int64(s, 0),
			 (uint32_t)sqlite3_column_int64(s, 1),
			 (ULONG)sqlite3_column_int64(s, 2),
			 (uint64_t)sqlite3_column_int64(s, 3));
		if (ret != 0)
			break;
	}
	if (ret == 0 && rc != SQLITE_DONE)
		ret = db_err(d, rc, NULL);
	sqlite3_finalize(s);
	return ret;
}

static int be_lob_gc(struct eb_db *d, int64_t before)
{
	int ret = one_stmt(d, S_LOB_GC_CHUNKS, before, 0);

	return ret ? ret : one_stmt(d, S_LOB_GC, before, 0);
}

static void be_lob_close(struct eb_lob *r)
{
	if (r == NULL)
		return;
	if (r->blob)
		sqlite3_blob_close(r->blob);
	alloc_free(r->rowid);
	alloc_free(r->start);
	alloc_free(r);
}

static int be_lob_open(struct eb_db *d, int64_t lob, struct eb_lob **r_r)
{
	struct eb_lob *r = alloc_calloc(1, sizeof(*r));
	sqlite3_stmt *s;
	unsigned int cap = 0;
	int rc, ret = 0;

	if (r == NULL)
		return -ENOMEM;
	r->d = d;
	if (sqlite3_prepare_v2(d->db,
			       "SELECT rowid, length(data) FROM lob_chunks "
			       "WHERE lob = ?1 ORDER BY seq",
			       -1, &s, NULL) != SQLITE_OK) {
		alloc_free(r);
		return db_err(d, sqlite3_errcode(d->db), NULL);
	}
	sqlite3_bind_int64(s, 1, lob);
	while ((rc = sqlite3_step(s)) == SQLITE_ROW) {
		if (r->n == cap) {
			unsigned int nc = cap ? cap * 2 : 8;
			int64_t *nr = alloc_realloc(r->rowid, nc * sizeof(*nr));
			uint64_t *ns;

			if (nr == NULL) {
				ret = -ENOMEM;
				break;
			}
			r->rowid = nr;
			ns = alloc_realloc(r->start, nc * sizeof(*ns));
			if (ns == NULL) {
				ret = -ENOMEM;
				break;
			}
			r->start = ns;
			cap = nc;
		}
		r->rowid[r->n] = sqlite3_column_int64(s, 0);
		r->start[r->n] = r->size;
		r->size += (uint64_t)sqlite3_column_int64(s, 1);
		r->n++;
	}
	if (ret == 0 && rc != SQLITE_DONE)
		ret = db_err(d, rc, NULL);
	sqlite3_finalize(s);
	if (ret < 0) {
		be_lob_close(r);
		return ret;
	}
	*r_r = r;
	return 0;
}

static int be_lob_read(struct eb_lob *r, uint64_t offset, void *buf, size_t len,
		       size_t *done_r)
{
	size_t done = 0;
	int rc;

	while (done < len && offset < r->size) {
		unsigned int c = r->cur;
		uint64_t end;
		size_t n;

		/* The chunk holding offset (readers mostly go forward). */
		if (c >= r->n || offset < r->start[c] ||
		    (c + 1 < r->n && offset >= r->start[c + 1])) {
			for (c = 0; c + 1 < r->n && r->start[c + 1] <= offset;
			     c++)
				;
		}
		if (r->blob == NULL || c != r->cur) {
			rc = r->blob
				 ? sqlite3_blob_reopen(r->blob, r->rowid[c])
				 : sqlite3_blob_open(r->d->db, "main",
						     "lob_chunks", "data",
						     r->rowid[c], 0, &r->blob);
			if (rc != SQLITE_OK)
				return rc == SQLITE_ABORT
					   ? -ESTALE
					   : db_err(r->d, rc, NULL);
			r->cur = c;
		}
		end = c + 1 < r->n ? r->start[c + 1] : r->size;
		n = (size_t)(end - offset) < len - done ? (size_t)(end - offset)
							: len - done;
		rc = sqlite3_blob_read(r->blob, (char *)buf + done, (int)n,
				       (int)(offset - r->start[c]));
		if (rc != SQLITE_OK)
			return rc == SQLITE_ABORT ? -ESTALE
						  : db_err(r->d, rc, NULL);
		done += n;
		offset += n;
	}
	*done_r = done;
	return 0;
}

const struct engine_backend_ops engine_sqlite_backend = {
    .version = 2,
    .name = "sqlite",
    .open = be_open,
    .close = be_close,
    .begin = be_begin,
    .commit = be_commit,
    .rollback = be_rollback,
    .meta_get = be_meta_get,
    .meta_set = be_meta_set,
    .folder_put = be_folder_put,
    .folder_get = be_folder_get,
    .folder_children = be_folder_children,
    .folder_find = be_folder_find,
    .folder_delete = be_folder_delete,
    .folder_counts = be_folder_counts,
    .msg_put = be_msg_put,
    .msg_get = be_msg_get,
    .msg_delete = be_msg_delete,
    .msg_embedded = be_msg_embedded,
    .msg_set_flags = be_msg_set_flags,
    .msg_query = be_msg_query,
    .msg_count = be_msg_count,
    .msg_total_size = be_msg_total_size,
    .sub_put = be_sub_put,
    .sub_list = be_sub_list,
    .named_find = be_named_find,
    .named_add = be_named_add,
    .named_get = be_named_get,
    .acl_get = be_acl_get,
    .acl_list = be_acl_list,
    .acl_set = be_acl_set,
    .acl_delete = be_acl_delete,
    .audit_add = be_audit_add,
    .audit_list = be_audit_list,
    .receive_get = be_receive_get,
    .receive_set = be_receive_set,
    .receive_list = be_receive_list,
    .data_version = be_data_version,
    .check = be_check,
    .lob_new = be_lob_new,
    .lob_append = be_lob_append,
    .lob_attach = be_lob_attach,
    .lob_detach = be_lob_detach,
    .lob_drop_detached = be_lob_drop_detached,
    .lob_delete = be_lob_delete,
    .lob_copy = be_lob_copy,
    .lob_list = be_lob_list,
    .lob_gc = be_lob_gc,
    .lob_open = be_lob_open,
    .lob_read = be_lob_read,
    .lob_close = be_lob_close,
    .msg_head = be_msg_head,
};
