/*
 * engine_int.h - what the files of the engine share (private to
 * src/engine): the mailbox, message and attachment structures, and the
 * internal calls each file offers the others, grouped by the file that
 * defines them.
 *
 * The engine is cut by concern:
 *
 *   engine_mailbox.c  open, provisioning, store properties, quotas, named
 *                     properties, the errno -> HRESULT map
 *   engine_tx.c       transactions, the identifier counter, notifications
 *   engine_props.c    property collections, normalised values, the
 *                     computed properties of rows
 *   engine_acl.c      rights, the audit log of admin bypasses, ACLs
 *   engine_folder.c   folders and receive folders
 *   engine_msgdata.c  a message's data in memory, its rows, large values
 *   engine_message.c  messages as edit transactions
 *   engine_attach.c   attachments and embedded messages
 *   engine_stream.c   streams over one property
 *   engine_bulk.c     operations on many messages in one transaction
 *   engine_table.c    tables (engine_tplan.c: restrictions, push-down)
 *   eid.c             entry IDs and keys
 *   ebk.c             the only door to the backend (ebk.h)
 *
 * and below them the backends: the registry (engine_backend.c) and the
 * built-in "sqlite" backend (engine_sqlite*.c, engine_sqlite_int.h),
 * which know nothing of this header.
 *
 * Internal calls return 0 or a negative errno, like the public ones.
 */
#ifndef MAPIX_ENGINE_INT_H
#define MAPIX_ENGINE_INT_H

#include "engine.h"
#include "array.h"
#include "ebk.h"
#include "engine_backend.h"
#include "pblob.h"

struct engine_sub {
	unsigned long conn;
	unsigned int mask;
	engine_id_t fid;
	engine_event_fn *fn;
	void *ctx;
};

ARRAY_DEFINE_TYPE(engine_event, struct engine_event);

/* An admin bypass, written to the audit log after its transaction. */
struct engine_audit_pending {
	char *principal;
	const char *operation;
	engine_id_t object;
};

/* The backend's transaction, as ebk.c sees it. */
enum ebk_tx { EBK_TX_NONE, EBK_TX_READ, EBK_TX_WRITE };

struct engine_mailbox {
	/* The backend and its database: called only through ebk.h. */
	const struct engine_backend_ops *ops;
	struct eb_db *db;
	enum ebk_tx backend_tx;
	GUID mailbox_guid;
	GUID db_guid;
	char *owner;
	engine_id_t special[ENGINE_FOLDER_SPECIAL_COUNT];
	/* The message of the last failure, in the thread's errmsg record. */
	const char *last_error;
	bool in_tx;
	/* Subscriptions and the events of the running operation. */
	ARRAY(struct engine_sub) subs;
	unsigned long next_conn;
	ARRAY_TYPE(engine_event) pending;
	long open_objects;
	/* Admin bypasses seen inside a transaction, written after it. */
	ARRAY(struct engine_audit_pending) audits;
};

/* A message's data: properties, recipients, attachments (with embedded
 * messages, nested to any depth). */
struct engine_rcpt {
	ULONG rowid;
	struct pbag props;
};
struct engine_attdata {
	ULONG num;
	struct pbag props;
	struct engine_msgdata *embedded; /* NULL: none */
};
/* A large value of a top-level message or of one of its attachments,
 * stored as a lob (engine_backend.h) instead of in the property blob. */
struct engine_lobref {
	uint32_t num; /* EB_LOB_MESSAGE or the attachment number */
	ULONG tag;
	int64_t lob;
	uint64_t size;
};
struct engine_msgdata {
	struct pbag props;
	struct engine_rcpt *rcpts;
	ULONG nrcpts, caprcpts, next_rowid;
	struct engine_attdata *atts;
	ULONG natts, capatts, next_att;
	struct engine_lobref *lobs;
	ULONG nlobs, caplobs;
};

/* Tags of computed properties engine.h does not name. */
#ifndef PR_INSTANCE_NUM
#define PR_INSTANCE_NUM PROP_TAG(PT_LONG, 0x674E)
#endif
#define PR_MID_TAG PROP_TAG(PT_I8, 0x674A)
#define PR_RIGHTS_ PROP_TAG(PT_LONG, 0x6639)

/* Bytes per lob chunk row (large values, streams). */
#define ENGINE_LOB_CHUNK 262144

/* An open message: top level, or embedded (parent set). */
struct engine_message {
	struct engine_mailbox *mb;
	char *principal;
	unsigned int actor_flags;
	engine_id_t fid, mid;
	bool is_new, writable, assoc, finished;
	uint64_t base_cn, cn;
	int64_t ctime, mtime;
	char *creator;
	ULONG flags; /* stored PR_MESSAGE_FLAGS bits */
	ULONG size;  /* as last saved */
	ULONG rights;
	struct engine_msgdata data;
	struct engine_attach *parent; /* embedded messages */
	/* Lobs written by streams of this message (and its attachments)
	 * and not yet part of a save: deleted when they are dropped. */
	int64_t *fresh;
	ULONG nfresh, capfresh;
};

/* An open attachment: a copy of the message's attachment data, written
 * back by engine_attach_save(). */
struct engine_attach {
	struct engine_message *msg;
	ULONG num;
	bool writable;
	struct pbag props;
	struct engine_msgdata *embedded;
	int open_embedded;
	struct engine_msgdata lobs; /* only its lob references are used */
};

/* ---------------------------------------------------------------------------
 * engine_mailbox.c
 */

/* Records msg (NULL: the errno's text) as the mailbox's last error, in
 * the thread's errmsg record, and returns ret. */
int engine_fail(struct engine_mailbox *mb, int ret, const char *msg);
/* The current time as FILETIME. */
int64_t engine_now(void);
/* Whether any quota is set (one read of the store's properties). */
bool engine_quotas_set(struct engine_mailbox *mb);
/* -EDQUOT when the mailbox is over a quota that applies (inside a write
 * transaction, after the change): the storage limit always, the receive
 * limit for deliveries, the send limit for saves of messages to send. */
int engine_check_quota(struct engine_mailbox *mb, bool delivery, bool sending);

/* ---------------------------------------------------------------------------
 * engine_tx.c
 */

/* An engine operation's transaction: begin, then end with its result
 * (commit when 0, else roll back; events are delivered after a commit
 * and dropped otherwise; queued audit rows are written either way). */
int engine_tx_begin(struct engine_mailbox *mb, bool write);
void engine_tx_rollback(struct engine_mailbox *mb);
int engine_tx_end(struct engine_mailbox *mb, int ret);
/* A counter in the meta table, as 8 little-endian bytes. */
int engine_meta_set_u64(struct engine_mailbox *mb, const char *key, uint64_t v);
/* Takes n identifiers from the counter; inside a write transaction. */
int engine_alloc_ids(struct engine_mailbox *mb, uint64_t n, uint64_t *first_r);
/* Queues an event for delivery after the commit (best effort). */
void engine_event_queue(struct engine_mailbox *mb,
			const struct engine_event *ev);
void engine_event(struct engine_mailbox *mb, enum engine_event_type type,
		  ULONG otype, engine_id_t fid, engine_id_t mid,
		  enum engine_table_kind table);

/* ---------------------------------------------------------------------------
 * engine_props.c
 */

/* A growing array of property values with scratch memory, turned into
 * one block at the end. */
struct pcoll {
	SPropValue *v;
	ULONG n, cap;
	void **scratch;
	ULONG nscratch, capscratch;
	bool failed;
};
void pcoll_free(struct pcoll *c);
void pcoll_add(struct pcoll *c, const SPropValue *pv);
void pcoll_long(struct pcoll *c, ULONG tag, LONG v);
void pcoll_bool(struct pcoll *c, ULONG tag, bool v);
void pcoll_i8(struct pcoll *c, ULONG tag, int64_t v);
void pcoll_time(struct pcoll *c, ULONG tag, int64_t filetime);
void pcoll_bin(struct pcoll *c, ULONG tag, const void *p, size_t n);
void pcoll_str(struct pcoll *c, ULONG tag, const char *utf8);
/* Copies the values into one block (PBLOB_PLAIN or PBLOB_MAPI). */
int pcoll_finish(struct pcoll *c, enum pblob_alloc how, ULONG *count_r,
		 SPropValue **props_r);
/*
 * Projects all (n values) onto tags: per tag the value of that tag (a
 * PT_STRING8 tag also finds a PT_UNICODE value and converts it, a
 * PT_UNSPECIFIED one any type), else PT_ERROR MAPI_E_NOT_FOUND.  Returns
 * the number of missing tags, or -ENOMEM.
 */
int pcoll_project(struct pcoll *c, const SPropValue *all, ULONG n,
		  const SPropTagArray *tags);
/* Returns all's values as the caller asked: all of them, or projected
 * on tags (1 when some are missing). */
int engine_props_finish(struct pcoll *all, const SPropTagArray *tags,
			ULONG *count_r, SPropValue **props_r);

/* pbag_set of a value normalised for storage (8-bit strings become
 * Unicode). */
int engine_bag_set(struct pbag *bag, const SPropValue *pv);
/* Whether a property ID is computed (never stored, never settable). */
bool engine_prop_computed(ULONG id);
/* 0 when the values may be set on a folder or message: -EINVAL for types
 * that cannot be stored, -EACCES for computed properties. */
int engine_props_settable(ULONG count, const SPropValue *props);
/* PR_ACCESS of a message (folder false) or folder from the rights. */
ULONG engine_access_of(ULONG rights, bool folder);

/* The property IDs the index columns hold (0: a column of its own). */
extern const ULONG engine_col_prop_ids[EB_COL_COUNT];
/*
 * The index columns of a message from its properties.  strip[k] tells
 * that column k holds its property exactly, so the property blob need
 * not hold it too (the loaders put it back from the column); texts[k]
 * are the UTF-8 forms the text columns point to (the caller frees them).
 */
void engine_msg_columns(const struct pbag *props, struct eb_message *m,
			char **texts, bool *strip);
/* Puts back the properties that only the index columns hold. */
int engine_bag_add_columns(struct pbag *bag, const struct eb_message *m);
/* The properties of a stored message row (its pblob and the computed
 * ones) into c: all of them, or (cols not NULL) those with a property ID
 * among cols.  rights: the actor's rights on the folder. */
int engine_msg_row_props(struct engine_mailbox *mb, const struct eb_message *m,
			 ULONG rights, const SPropTagArray *cols,
			 struct pcoll *c);
/* All properties of a folder row, with PR_DEPTH when depth >= 0. */
int engine_folder_row_props(struct engine_mailbox *mb,
			    const struct eb_folder *f, ULONG rights, int depth,
			    struct pcoll *c);
/* Property values as SQL can compare them: the index column a tag is
 * stored in, or -1. */
int engine_col_of_tag(ULONG tag);

/* ---------------------------------------------------------------------------
 * eid.c (with eid.h)
 */

/* PR_STORE_ENTRYID and PR_STORE_RECORD_KEY of the mailbox. */
void eid_add_store_ids(struct engine_mailbox *mb, struct pcoll *c);
/* PR_SOURCE_KEY, PR_CHANGE_KEY, PR_PREDECESSOR_CHANGE_LIST, PR_CHANGE_NUM
 * of an object id at change number cn. */
void eid_add_change_ids(struct engine_mailbox *mb, struct pcoll *c,
			engine_id_t id, uint64_t cn);

/* ---------------------------------------------------------------------------
 * engine_acl.c
 */

bool engine_is_owner(const struct engine_mailbox *mb,
		     const struct engine_actor *actor);
/* The actor's rights on fid (0 when none); op not NULL: records an admin
 * bypass under that operation name. */
int engine_rights_of(struct engine_mailbox *mb,
		     const struct engine_actor *actor, engine_id_t fid,
		     const char *op, ULONG *rights_r);
/* Fails with -EACCES unless the actor has all of need on fid. */
int engine_require(struct engine_mailbox *mb, const struct engine_actor *actor,
		   engine_id_t fid, ULONG need, const char *op);
/* Queues an audit row of an admin bypass (written at once outside a
 * transaction, else when it ends). */
int engine_audit(struct engine_mailbox *mb, const struct engine_actor *actor,
		 const char *op, engine_id_t object);
/* Writes the queued audit rows in a transaction of their own. */
void engine_audits_flush(struct engine_mailbox *mb);
/* Drops the queued audit rows. */
void engine_audits_free(struct engine_mailbox *mb);

/* ---------------------------------------------------------------------------
 * engine_folder.c
 */

/* A list of folder or message IDs. */
struct engine_idlist {
	uint64_t *ids;
	size_t n, cap;
};
int engine_idlist_add(struct engine_idlist *l, uint64_t id);
/* A message walk's callback that adds each mid to the list ctx. */
int engine_idlist_msg_cb(void *ctx, const struct eb_message *m);
/* 0, or -ENOENT (with the last error) when there is no such folder. */
int engine_folder_exists(struct engine_mailbox *mb, engine_id_t fid);
/* Creates a folder (inside a write transaction). */
int engine_folder_new(struct engine_mailbox *mb, engine_id_t parent,
		      const char *name, ULONG type, engine_id_t *fid_r);

/* ---------------------------------------------------------------------------
 * engine_msgdata.c
 */

/* Makes room for element n of an array of *cap elements (new elements
 * zeroed). */
int engine_array_grow(void **arr, ULONG *cap, ULONG n, size_t elem);
void msgdata_clear(struct engine_msgdata *d);
void msgdata_free(struct engine_msgdata *d);
struct engine_attdata *msgdata_add_att(struct engine_msgdata *d, ULONG num);
struct engine_rcpt *msgdata_add_rcpt(struct engine_msgdata *d, ULONG rowid);
/* A deep copy (embedded messages to any depth). */
int msgdata_copy(struct engine_msgdata *dst, const struct engine_msgdata *src);
/* PR_MESSAGE_SIZE of a message's data. */
size_t msgdata_size(const struct engine_msgdata *d);
size_t engine_bag_size(const struct pbag *bag);

/* Loading a message from the database: d receives the data, the rest
 * the row's fields (creator is allocated). */
struct msgdata_load_ctx {
	struct engine_msgdata *d;
	uint64_t fid;
	bool assoc;
	uint64_t cn;
	int64_t ctime, mtime;
	char *creator;
	int64_t flags, size;
	bool is_embedded;
};
int msgdata_load(struct engine_mailbox *mb, uint64_t mid,
		 struct msgdata_load_ctx *lc, int depth);
/* Where and as what a message's data is written. */
struct msgdata_row {
	uint64_t mid, fid, parent_mid;
	uint32_t parent_num;
	bool assoc;
	uint64_t cn;
	int64_t ctime, mtime;
	const char *creator;
	ULONG flags;
};
/* Writes a message with everything below it (depth 0 for a top-level
 * one); the old rows of p->mid must be gone. */
int msgdata_persist(struct engine_mailbox *mb, const struct engine_msgdata *d,
		    const struct msgdata_row *p, int depth);

/* Lob references of a message's data (num: EB_LOB_MESSAGE or an
 * attachment number). */
struct engine_lobref *lobref_find(const struct engine_msgdata *d, uint32_t num,
				  ULONG prop_id);
/* Sets (replacing one of the same property) a lob reference. */
int lobref_put(struct engine_msgdata *d, uint32_t num, ULONG tag, int64_t lob,
	       uint64_t size);
/* Forgets lob references: of one property (prop_id != 0) or all of num's. */
void lobref_forget(struct engine_msgdata *d, uint32_t num, ULONG prop_id);
bool lobref_has(const struct engine_msgdata *d, int64_t lob);
/* The PT_ERROR values GetProps reports for num's large values. */
void lobref_add_errors(struct pcoll *c, const struct engine_msgdata *d,
		       uint32_t num);
/* The tags (real types) of num's large values, in one MAPI buffer. */
int lobref_tags(const struct engine_msgdata *d, uint32_t num,
		SPropTagArray **tags_r);
/* The stream bytes of a value: binary as is, strings as a stream of them
 * reads (UTF-16LE for PT_UNICODE). */
void engine_value_bytes(const SPropValue *v, const void **p_r, size_t *n_r);

/* ---------------------------------------------------------------------------
 * engine_message.c
 */

struct engine_message *engine_msg_new(struct engine_mailbox *mb,
				      const struct engine_actor *actor);
/* 0, or -EACCES when the message is read-only or finished. */
int engine_msg_writable(struct engine_message *msg);
/* A message's row without its property blob when the backend can give
 * one (version 2), else the whole row. */
int engine_msg_head(struct engine_mailbox *mb, uint64_t mid, eb_message_fn *fn,
		    void *ctx);
/* Remembers a lob a stream of msg wrote, until a save or the close. */
int engine_msg_fresh_add(struct engine_message *msg, int64_t lob);
bool engine_may_delete(ULONG rights, bool own);
/* ModifyRecipients on message data; borrow: keep pointers to the
 * caller's values where no conversion is needed. */
int engine_rcpts_modify(struct engine_msgdata *d, ULONG flags,
			const ADRLIST *list, bool borrow);
/* The data of an open message (for its recipient/attachment tables). */
const struct engine_msgdata *
engine_message_data(const struct engine_message *msg);
/* The mailbox a message belongs to. */
struct engine_mailbox *engine_message_mailbox(const struct engine_message *msg);

/* ---------------------------------------------------------------------------
 * engine_tplan.c
 */

/* A copy of a restriction with 8-bit string tags and values made Unicode
 * (freed with tplan_res_free). */
int tplan_res_copy(const SRestriction *src, SRestriction **dst_r);
void tplan_res_free(SRestriction *r);
/* The tag a property of an 8-bit string type is stored under; other tags
 * unchanged. */
ULONG tplan_wide_tag(ULONG tag);
/* The index column of a tag (strings of either width), or -1. */
int tplan_col_of(ULONG tag);
/* Whether the pushed-down path serves a column without property blobs. */
bool tplan_col_without_blob(ULONG tag);
/* r as a backend expression (freed with tplan_expr_free), or NULL when
 * some node cannot be pushed down exactly (or no memory). */
struct eb_expr *tplan_expr(const SRestriction *r, int depth);
void tplan_expr_free(struct eb_expr *x);

/* ---------------------------------------------------------------------------
 * engine_bulk.c
 */

/* Copies (or moves) one message with everything below it to dest. */
int engine_msg_copy_rows(struct engine_mailbox *mb, uint64_t mid,
			 engine_id_t dest, bool move, uint64_t *new_r);

#endif
