/*
 * engine_sqlite_int.h - what the files of the "sqlite" backend share
 * (private to them): the connection, its prepared statements, the
 * columns of the messages table and the plumbing every method uses.
 *
 *   engine_sqlite.c        the connection: schema, open, transactions,
 *                          meta, folders, named properties, ACL, audit,
 *                          receive folders, the check; the method table
 *   engine_sqlite_msg.c    messages, recipients and attachments
 *   engine_sqlite_query.c  restrictions and sort orders as SQL: the
 *                          queries of tables
 *   engine_sqlite_lob.c    large values
 *
 * Symbols shared between them carry the prefix esq_.
 */
#ifndef MAPIX_ENGINE_SQLITE_INT_H
#define MAPIX_ENGINE_SQLITE_INT_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#include <sqlite3.h>

#include "engine_backend.h"

/* The statements a connection prepares once (esq_stmt()). */
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

/* Their SQL. */
extern const char *const esq_stmt_sql[S_COUNT];

#define MSG_COLUMNS                                                            \
	"mid, fid, parent_mid, parent_num, assoc, change_num, ctime, mtime, "  \
	"creator, dtime, subject, nsubject, sender, class, flags, size, "      \
	"importance"

/* The index columns' names in the messages table, and which are text. */
extern const char *const esq_col_names[EB_COL_COUNT];
extern const bool esq_col_text[EB_COL_COUNT];

struct eb_db {
	sqlite3 *db;
	sqlite3_stmt *stmt[S_COUNT];
	uint64_t commits;
	char errbuf[256];
};

/* ---------------------------------------------------------------------------
 * engine_sqlite.c: plumbing
 */

/* The errno of an SQLite result code, with the connection's message in
 * d->errbuf (and *error_r when error_r is not NULL). */
int esq_err(struct eb_db *d, int rc, const char **error_r);
/* The prepared statement id, reset and unbound; NULL on failure. */
sqlite3_stmt *esq_stmt(struct eb_db *d, enum stmt_id id);
/* Runs a statement without result rows; resets it. */
int esq_run(struct eb_db *d, sqlite3_stmt *s);
/* The integer of a one-row, one-column statement; -ENOENT without a row. */
int esq_one_int(struct eb_db *d, sqlite3_stmt *s, int64_t *v_r);
/* Binds text (NULL: SQL NULL) or a blob, without copying. */
void esq_bind_text(sqlite3_stmt *s, int i, const char *t);
void esq_bind_blob(sqlite3_stmt *s, int i, const void *p, size_t n);

/* ---------------------------------------------------------------------------
 * engine_sqlite_msg.c
 */

/* Binds an index column value (absent: NULL). */
void esq_bind_val(sqlite3_stmt *s, int i, const struct eb_val *v, bool text);
/* Reads columns 0..16 as MSG_COLUMNS, props at 17 when with_props. */
void esq_read_msg(sqlite3_stmt *s, struct eb_message *m, bool with_props);

/* ---------------------------------------------------------------------------
 * The methods of engine_backend.h the other files define
 */

int esq_msg_put(struct eb_db *d, const struct eb_message *m);
int esq_msg_get(struct eb_db *d, uint64_t mid, eb_message_fn *fn, void *ctx);
int esq_msg_head(struct eb_db *d, uint64_t mid, eb_message_fn *fn, void *ctx);
int esq_msg_delete(struct eb_db *d, uint64_t mid);
int esq_msg_embedded(struct eb_db *d, uint64_t parent_mid, uint32_t num,
		     uint64_t *mid_r);
int esq_msg_set_flags(struct eb_db *d, uint64_t mid, int64_t set, int64_t clear,
		      uint64_t change_num);
int esq_msg_total_size(struct eb_db *d, uint64_t *size_r);
int esq_sub_put(struct eb_db *d, enum eb_sub_kind kind, uint64_t mid,
		unsigned int count, const struct eb_sub *rows);
int esq_sub_list(struct eb_db *d, enum eb_sub_kind kind, uint64_t mid,
		 eb_sub_fn *fn, void *ctx);

int esq_msg_query(struct eb_db *d, const struct eb_query *query,
		  eb_message_fn *fn, void *ctx);
int esq_msg_count(struct eb_db *d, const struct eb_query *query,
		  uint64_t *count_r);

int esq_lob_new(struct eb_db *d, int64_t now, int64_t *lob_r);
int esq_lob_append(struct eb_db *d, int64_t lob, uint32_t seq, const void *data,
		   size_t len);
int esq_lob_attach(struct eb_db *d, int64_t lob, uint64_t mid, uint32_t num,
		   ULONG tag, uint64_t size);
int esq_lob_detach(struct eb_db *d, uint64_t mid);
int esq_lob_drop_detached(struct eb_db *d, uint64_t mid);
int esq_lob_delete(struct eb_db *d, int64_t lob);
int esq_lob_copy(struct eb_db *d, int64_t lob, int64_t now, int64_t *copy_r);
int esq_lob_list(struct eb_db *d, uint64_t mid, eb_lob_fn *fn, void *ctx);
int esq_lob_gc(struct eb_db *d, int64_t before);
int esq_lob_open(struct eb_db *d, int64_t lob, struct eb_lob **r_r);
int esq_lob_read(struct eb_lob *r, uint64_t offset, void *buf, size_t len,
		 size_t *done_r);
void esq_lob_close(struct eb_lob *r);

#endif
