/*
 * storeops.h - the store-ops table: everything the message store objects
 * of src/mapi (IMsgStore, IMAPIFolder, IMessage, IAttach, IMAPITable,
 * IStream) ask of a mailbox, as one versioned table of functions.
 *
 * Two implementations fill it: "local" (storeops_local.c), a thin layer
 * over the mailbox engine (src/engine/engine.h) for personal stores, and,
 * later, the wire client of mapixd.  The objects only ever call through
 * the table, so they do not know which one they talk to.  Tables are
 * registered by name; "local" is built in.
 *
 * The functions mirror engine.h: the same arguments, the same memory rules
 * (property arrays, row sets and names handed out are MAPI buffers) and
 * the same negative errno codes, so engine_hresult()'s table (see
 * storeops_hresult) is the contract of every implementation.  The acting
 * principal is fixed when the mailbox is opened.  Messages for failures
 * are read with last_error() (by the wrappers: callers read
 * storeops_error()).
 *
 * Callers never call the table's functions themselves: they go through
 * the storeops_*() wrappers declared below, one per function, in the
 * manner of SQLite's os.c.  A wrapper is the one place that
 *
 *   - takes the lock of the mailbox (struct storeops_mailbox), so that a
 *     table handle and everything opened from it are used by one thread
 *     at a time, as the implementations require;
 *   - injects faults: with storeops_fail_after(n, err), the nth call on
 *     the calling thread that can fail fails with err, before it reaches
 *     the table (the store-ops fault loop of tests/mapi);
 *   - checks the contract: 0 or a negative errno (1 where a function
 *     allows it), and the out-parameters set on success -- i_assert, as a
 *     table that breaks it is a bug of mapix's;
 *   - answers -ENOTSUP for a function the table leaves NULL: functions
 *     added after version 1 may be (storeops_register refuses a table
 *     without every version 1 function);
 *   - logs: storeops_set_trace() sees every call, its result and the
 *     message of a failure, which storeops_error() also gives back.
 *
 * Functions that release something (the close functions, unsubscribe)
 * cannot be made to fail: a caller has no way to recover from a release
 * that did not happen.
 *
 * Store entry IDs of local stores are built and parsed here too:
 *
 *   offset size  what
 *   0      4     abFlags, all 0 (a long-term ID)
 *   4      16    provider UID: MAPIX_LOCAL's PR_MDB_PROVIDER,
 *                3C7ACC593E96EA1A7E3BBB42AC0537F6 (data/mapisvc.inf)
 *   20     1     version, STOREEID_VERSION (1)
 *   21     1     flags, 0 (none defined yet)
 *   22     16    the profile's provider section UID (PR_PROVIDER_UID),
 *                through which the session finds the store's settings
 *   38     16    the mailbox GUID (PR_STORE_RECORD_KEY)
 *
 * 54 bytes, no more and no less: the 4 + 16 head is [MS-OXCDATA]
 * 2.2.4.3's, and nothing in the ID is a length or an offset, so a parser
 * that checks the size, the flags, the UID and the version has nothing
 * left to trust.
 *
 * Conventions: int functions return 0 or a negative errno.
 */
#ifndef MAPIX_MAPI_STOREOPS_H
#define MAPIX_MAPI_STOREOPS_H

#include <pthread.h>
#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#include <mapidefs.h>

/* The version of the table below; bumped when a function is added.
 * Version 2: message_large_tags, attach_large_tags. */
#define STOREOPS_VERSION 2u

/* Opaque handles, defined by each implementation. */
struct storeops_mbx;
struct storeops_msg;
struct storeops_att;
struct storeops_table;
struct storeops_stream;

/* A folder's or message's global counter (48 bits used). */
typedef uint64_t storeops_id_t;

/* Standard folders (the values of engine.h's enum engine_special). */
enum storeops_special {
	STOREOPS_FOLDER_ROOT,
	STOREOPS_FOLDER_IPM_SUBTREE,
	STOREOPS_FOLDER_INBOX,
	STOREOPS_FOLDER_OUTBOX,
	STOREOPS_FOLDER_SENT,
	STOREOPS_FOLDER_DELETED,
	STOREOPS_FOLDER_DRAFTS,
	STOREOPS_FOLDER_FINDER,
	STOREOPS_FOLDER_VIEWS,
	STOREOPS_FOLDER_COMMON_VIEWS,
	STOREOPS_FOLDER_SPECIAL_COUNT
};

/* Table kinds (engine.h's enum engine_table_kind). */
enum storeops_table_kind {
	STOREOPS_TABLE_CONTENTS,
	STOREOPS_TABLE_ASSOCIATED,
	STOREOPS_TABLE_HIERARCHY,
	STOREOPS_TABLE_RECIPIENTS,
	STOREOPS_TABLE_ATTACHMENTS,
};

/* Change events (engine.h's struct engine_event, same values). */
#define STOREOPS_EV_OBJECT_CREATED     0x1u
#define STOREOPS_EV_OBJECT_MODIFIED    0x2u
#define STOREOPS_EV_OBJECT_DELETED     0x4u
#define STOREOPS_EV_OBJECT_MOVED       0x8u
#define STOREOPS_EV_OBJECT_COPIED      0x10u
#define STOREOPS_EV_NEW_MAIL           0x20u
#define STOREOPS_EV_TABLE_ROW_ADDED    0x40u
#define STOREOPS_EV_TABLE_ROW_MODIFIED 0x80u
#define STOREOPS_EV_TABLE_ROW_DELETED  0x100u
#define STOREOPS_EV_ALL                0x1ffu

struct storeops_event {
	unsigned int type; /* one STOREOPS_EV_* */
	ULONG object_type; /* MAPI_FOLDER or MAPI_MESSAGE */
	storeops_id_t fid, mid, old_fid, old_mid;
	enum storeops_table_kind table;
	const char *message_class;
	ULONG message_flags;
};
typedef void storeops_event_fn(void *ctx, const struct storeops_event *ev);

/* What opens a mailbox. */
struct storeops_open_params {
	const char *path;      /* local: the database file */
	GUID mailbox_guid;     /* must match, unless STOREOPS_OPEN_ANY_GUID */
	const char *principal; /* the acting principal (and owner if new) */
	unsigned int flags;    /* STOREOPS_OPEN_* */
};
#define STOREOPS_OPEN_CREATE   0x1u /* provision when missing */
#define STOREOPS_OPEN_ANY_GUID 0x2u /* accept whatever GUID it has */

#define STOREOPS_FOLDER_EID_SIZE  46
#define STOREOPS_MESSAGE_EID_SIZE 70
#define STOREOPS_STREAM_WRITE     0x1u

struct storeops {
	unsigned int version; /* STOREOPS_VERSION */
	const char *name;     /* "local", ... */

	/* Mailboxes. */
	int (*open)(const struct storeops_open_params *p,
		    struct storeops_mbx **mbx_r, const char **error_r);
	void (*close)(struct storeops_mbx *mbx);
	const char *(*last_error)(const struct storeops_mbx *mbx);
	int (*special_folder)(struct storeops_mbx *mbx,
			      enum storeops_special which,
			      storeops_id_t *fid_r);
	int (*store_get_props)(struct storeops_mbx *mbx,
			       const SPropTagArray *tags, ULONG *count_r,
			       SPropValue **props_r);
	int (*store_set_props)(struct storeops_mbx *mbx, ULONG count,
			       const SPropValue *props);

	/* Entry IDs of folders and messages. */
	void (*folder_entryid)(struct storeops_mbx *mbx, storeops_id_t fid,
			       uint8_t out[STOREOPS_FOLDER_EID_SIZE]);
	void (*message_entryid)(struct storeops_mbx *mbx, storeops_id_t fid,
				storeops_id_t mid,
				uint8_t out[STOREOPS_MESSAGE_EID_SIZE]);
	int (*entryid_parse)(struct storeops_mbx *mbx, const void *eid,
			     size_t len, ULONG *type_r, storeops_id_t *fid_r,
			     storeops_id_t *mid_r);

	/* Folders. */
	int (*folder_create)(struct storeops_mbx *mbx, storeops_id_t parent,
			     const char *name, ULONG folder_type, ULONG flags,
			     storeops_id_t *fid_r);
	int (*folder_get_props)(struct storeops_mbx *mbx, storeops_id_t fid,
				const SPropTagArray *tags, ULONG *count_r,
				SPropValue **props_r);
	int (*folder_set_props)(struct storeops_mbx *mbx, storeops_id_t fid,
				ULONG count, const SPropValue *props);
	int (*folder_delete_props)(struct storeops_mbx *mbx, storeops_id_t fid,
				   const SPropTagArray *tags);
	int (*folder_delete)(struct storeops_mbx *mbx, storeops_id_t fid,
			     ULONG flags);
	int (*folder_copy)(struct storeops_mbx *mbx, storeops_id_t fid,
			   storeops_id_t dest, const char *new_name,
			   ULONG flags, storeops_id_t *new_fid_r);
	int (*folder_empty)(struct storeops_mbx *mbx, storeops_id_t fid,
			    ULONG flags);
	int (*receive_folder_get)(struct storeops_mbx *mbx,
				  const char *message_class,
				  storeops_id_t *fid_r);
	int (*receive_folder_set)(struct storeops_mbx *mbx,
				  const char *message_class, storeops_id_t fid);
	/* Every receive-folder setting, in class order. */
	int (*receive_folder_list)(struct storeops_mbx *mbx,
				   int (*fn)(void *ctx, const char *cls,
					     storeops_id_t fid),
				   void *ctx);

	/* Messages (edit transactions). */
	int (*message_create)(struct storeops_mbx *mbx, storeops_id_t fid,
			      ULONG flags, struct storeops_msg **msg_r);
	int (*message_open)(struct storeops_mbx *mbx, storeops_id_t fid,
			    storeops_id_t mid, ULONG flags,
			    struct storeops_msg **msg_r);
	void (*message_close)(struct storeops_msg *msg);
	void (*message_ids)(const struct storeops_msg *msg,
			    storeops_id_t *fid_r, storeops_id_t *mid_r);
	int (*message_get_props)(struct storeops_msg *msg,
				 const SPropTagArray *tags, ULONG *count_r,
				 SPropValue **props_r);
	int (*message_set_props)(struct storeops_msg *msg, ULONG count,
				 const SPropValue *props);
	int (*message_delete_props)(struct storeops_msg *msg,
				    const SPropTagArray *tags);
	int (*message_modify_recipients)(struct storeops_msg *msg, ULONG flags,
					 const ADRLIST *list);
	int (*message_set_read_flag)(struct storeops_msg *msg, ULONG flags);
	int (*message_save)(struct storeops_msg *msg, ULONG flags);

	/* Attachments. */
	int (*attach_create)(struct storeops_msg *msg,
			     struct storeops_att **att_r, ULONG *num_r);
	int (*attach_open)(struct storeops_msg *msg, ULONG num, ULONG flags,
			   struct storeops_att **att_r);
	int (*attach_delete)(struct storeops_msg *msg, ULONG num);
	int (*attach_get_props)(struct storeops_att *att,
				const SPropTagArray *tags, ULONG *count_r,
				SPropValue **props_r);
	int (*attach_set_props)(struct storeops_att *att, ULONG count,
				const SPropValue *props);
	int (*attach_delete_props)(struct storeops_att *att,
				   const SPropTagArray *tags);
	int (*attach_open_embedded)(struct storeops_att *att, ULONG flags,
				    struct storeops_msg **msg_r);
	int (*attach_save)(struct storeops_att *att);
	void (*attach_close)(struct storeops_att *att);

	/* Streams over one property of a message or attachment. */
	int (*stream_open_message)(struct storeops_msg *msg, ULONG tag,
				   unsigned int flags,
				   struct storeops_stream **s_r);
	int (*stream_open_attach)(struct storeops_att *att, ULONG tag,
				  unsigned int flags,
				  struct storeops_stream **s_r);
	int (*stream_read)(struct storeops_stream *s, void *buf, size_t len,
			   size_t *done_r);
	int (*stream_write)(struct storeops_stream *s, const void *buf,
			    size_t len);
	int (*stream_seek)(struct storeops_stream *s, uint64_t offset);
	uint64_t (*stream_size)(const struct storeops_stream *s);
	int (*stream_commit)(struct storeops_stream *s);
	void (*stream_close)(struct storeops_stream *s);

	/* Bulk operations on messages of one folder. */
	int (*messages_set_read_flag)(struct storeops_mbx *mbx,
				      storeops_id_t fid, ULONG count,
				      const storeops_id_t *mids, ULONG flags);
	int (*messages_delete)(struct storeops_mbx *mbx, storeops_id_t fid,
			       ULONG count, const storeops_id_t *mids);
	int (*messages_copy)(struct storeops_mbx *mbx, storeops_id_t fid,
			     ULONG count, const storeops_id_t *mids,
			     storeops_id_t dest, ULONG flags,
			     storeops_id_t *new_mids_r);

	/* Named properties. */
	int (*names_to_ids)(struct storeops_mbx *mbx, ULONG count,
			    MAPINAMEID *const *names, ULONG flags,
			    ULONG *ids_r);
	int (*ids_to_names)(struct storeops_mbx *mbx, ULONG count,
			    const ULONG *ids, MAPINAMEID ***names_r);

	/* Tables. */
	int (*table_open)(struct storeops_mbx *mbx, storeops_id_t fid,
			  enum storeops_table_kind kind, ULONG flags,
			  struct storeops_table **t_r);
	int (*table_open_message)(struct storeops_msg *msg,
				  enum storeops_table_kind kind,
				  struct storeops_table **t_r);
	void (*table_close)(struct storeops_table *t);
	int (*table_set_columns)(struct storeops_table *t,
				 const SPropTagArray *cols);
	int (*table_query_columns)(struct storeops_table *t,
				   SPropTagArray **cols_r);
	int (*table_restrict)(struct storeops_table *t,
			      const SRestriction *res);
	int (*table_sort)(struct storeops_table *t, const SSortOrderSet *sos);
	int (*table_row_count)(struct storeops_table *t, ULONG *count_r);
	int (*table_query_rows)(struct storeops_table *t, LONG count,
				ULONG flags, SRowSet **rows_r);
	int (*table_seek)(struct storeops_table *t, BOOKMARK origin, LONG count,
			  LONG *sought_r);
	int (*table_seek_approx)(struct storeops_table *t, ULONG num,
				 ULONG den);
	int (*table_position)(struct storeops_table *t, ULONG *row_r,
			      ULONG *num_r, ULONG *den_r);
	int (*table_bookmark_create)(struct storeops_table *t, BOOKMARK *bm_r);
	int (*table_bookmark_free)(struct storeops_table *t, BOOKMARK bm);
	int (*table_find_row)(struct storeops_table *t, const SRestriction *res,
			      BOOKMARK origin, ULONG flags);

	/* Change notifications: fn runs on the thread of the change. */
	int (*subscribe)(struct storeops_mbx *mbx, unsigned int mask,
			 storeops_id_t fid, storeops_event_fn *fn, void *ctx,
			 unsigned long *conn_r);
	int (*unsubscribe)(struct storeops_mbx *mbx, unsigned long conn);

	/* Version 2 (each may be NULL). */
	/* The tags, with their real types, of the values get_props reports
	 * as PT_ERROR MAPI_E_NOT_ENOUGH_MEMORY (too large: read them with a
	 * stream), in one MAPI buffer. */
	int (*message_large_tags)(struct storeops_msg *msg,
				  SPropTagArray **tags_r);
	int (*attach_large_tags)(struct storeops_att *att,
				 SPropTagArray **tags_r);
};

/* The built-in local implementation over the engine. */
extern const struct storeops storeops_local;

/*
 * Registers a table under its name (the wire client registers itself).
 * Returns 0, -EINVAL (NULL, no name, a version other than 1 to
 * STOREOPS_VERSION, a version 1 function left NULL), -EEXIST or -ENOSPC.
 */
int storeops_register(const struct storeops *ops);
/* The table registered as name ("local" is always there), or NULL. */
const struct storeops *storeops_find(const char *name);

/* The HRESULT for a store-ops return value (engine.h's table). */
HRESULT storeops_hresult(int ret);

/* ---------------------------------------------------------------------------
 * The wrappers.  Each takes the open mailbox and the table's arguments,
 * and returns what the table's function returns (see above for what it
 * adds).  Handles (struct storeops_msg and the others) belong to the
 * mailbox they were opened from.
 */

/* An open mailbox: its table, the table's handle, and the lock of the
 * calls (recursive: a change event delivered during a call may call the
 * mailbox again). */
struct storeops_mailbox {
	const struct storeops *ops;
	struct storeops_mbx *mbx;
	pthread_mutex_t lock;
};

/* Opens a mailbox through ops: 0, or a negative errno with a message. */
int storeops_mailbox_open(struct storeops_mailbox *m,
			  const struct storeops *ops,
			  const struct storeops_open_params *p,
			  const char **error_r);
/* Closes it; a mailbox whose open failed, or was never tried (zeroed),
 * is left alone. */
void storeops_mailbox_close(struct storeops_mailbox *m);
/* The lock of the calls, for state that change events touch too (the
 * objects' subscription lists). */
void storeops_mailbox_lock(struct storeops_mailbox *m);
void storeops_mailbox_unlock(struct storeops_mailbox *m);

/* The message of the calling thread's last failed call ("" before any),
 * valid until its next failed call. */
const char *storeops_error(void);

int storeops_special_folder(struct storeops_mailbox *m,
			    enum storeops_special which, storeops_id_t *fid_r);
int storeops_store_get_props(struct storeops_mailbox *m,
			     const SPropTagArray *tags, ULONG *count_r,
			     SPropValue **props_r);
int storeops_store_set_props(struct storeops_mailbox *m, ULONG count,
			     const SPropValue *props);
void storeops_folder_entryid(struct storeops_mailbox *m, storeops_id_t fid,
			     uint8_t out[STOREOPS_FOLDER_EID_SIZE]);
void storeops_message_entryid(struct storeops_mailbox *m, storeops_id_t fid,
			      storeops_id_t mid,
			      uint8_t out[STOREOPS_MESSAGE_EID_SIZE]);
int storeops_entryid_parse(struct storeops_mailbox *m, const void *eid,
			   size_t len, ULONG *type_r, storeops_id_t *fid_r,
			   storeops_id_t *mid_r);

int storeops_folder_create(struct storeops_mailbox *m, storeops_id_t parent,
			   const char *name, ULONG folder_type, ULONG flags,
			   storeops_id_t *fid_r);
int storeops_folder_get_props(struct storeops_mailbox *m, storeops_id_t fid,
			      const SPropTagArray *tags, ULONG *count_r,
			      SPropValue **props_r);
int storeops_folder_set_props(struct storeops_mailbox *m, storeops_id_t fid,
			      ULONG count, const SPropValue *props);
int storeops_folder_delete_props(struct storeops_mailbox *m, storeops_id_t fid,
				 const SPropTagArray *tags);
int storeops_folder_delete(struct storeops_mailbox *m, storeops_id_t fid,
			   ULONG flags);
int storeops_folder_copy(struct storeops_mailbox *m, storeops_id_t fid,
			 storeops_id_t dest, const char *new_name, ULONG flags,
			 storeops_id_t *new_fid_r);
int storeops_folder_empty(struct storeops_mailbox *m, storeops_id_t fid,
			  ULONG flags);
int storeops_receive_folder_get(struct storeops_mailbox *m,
				const char *message_class,
				storeops_id_t *fid_r);
int storeops_receive_folder_set(struct storeops_mailbox *m,
				const char *message_class, storeops_id_t fid);
/* 0, a negative errno, or fn's non-zero result, which stops the walk. */
int storeops_receive_folder_list(struct storeops_mailbox *m,
				 int (*fn)(void *ctx, const char *cls,
					   storeops_id_t fid),
				 void *ctx);

int storeops_message_create(struct storeops_mailbox *m, storeops_id_t fid,
			    ULONG flags, struct storeops_msg **msg_r);
int storeops_message_open(struct storeops_mailbox *m, storeops_id_t fid,
			  storeops_id_t mid, ULONG flags,
			  struct storeops_msg **msg_r);
/* NULL is left alone, as for every close function. */
void storeops_message_close(struct storeops_mailbox *m,
			    struct storeops_msg *msg);
void storeops_message_ids(struct storeops_mailbox *m,
			  const struct storeops_msg *msg, storeops_id_t *fid_r,
			  storeops_id_t *mid_r);
int storeops_message_get_props(struct storeops_mailbox *m,
			       struct storeops_msg *msg,
			       const SPropTagArray *tags, ULONG *count_r,
			       SPropValue **props_r);
int storeops_message_set_props(struct storeops_mailbox *m,
			       struct storeops_msg *msg, ULONG count,
			       const SPropValue *props);
int storeops_message_delete_props(struct storeops_mailbox *m,
				  struct storeops_msg *msg,
				  const SPropTagArray *tags);
int storeops_message_modify_recipients(struct storeops_mailbox *m,
				       struct storeops_msg *msg, ULONG flags,
				       const ADRLIST *list);
int storeops_message_set_read_flag(struct storeops_mailbox *m,
				   struct storeops_msg *msg, ULONG flags);
int storeops_message_save(struct storeops_mailbox *m, struct storeops_msg *msg,
			  ULONG flags);

int storeops_attach_create(struct storeops_mailbox *m, struct storeops_msg *msg,
			   struct storeops_att **att_r, ULONG *num_r);
int storeops_attach_open(struct storeops_mailbox *m, struct storeops_msg *msg,
			 ULONG num, ULONG flags, struct storeops_att **att_r);
int storeops_attach_delete(struct storeops_mailbox *m, struct storeops_msg *msg,
			   ULONG num);
int storeops_attach_get_props(struct storeops_mailbox *m,
			      struct storeops_att *att,
			      const SPropTagArray *tags, ULONG *count_r,
			      SPropValue **props_r);
int storeops_attach_set_props(struct storeops_mailbox *m,
			      struct storeops_att *att, ULONG count,
			      const SPropValue *props);
int storeops_attach_delete_props(struct storeops_mailbox *m,
				 struct storeops_att *att,
				 const SPropTagArray *tags);
int storeops_attach_open_embedded(struct storeops_mailbox *m,
				  struct storeops_att *att, ULONG flags,
				  struct storeops_msg **msg_r);
int storeops_attach_save(struct storeops_mailbox *m, struct storeops_att *att);
/* Version 2: -ENOTSUP from a table without them. */
int storeops_message_large_tags(struct storeops_mailbox *m,
				struct storeops_msg *msg,
				SPropTagArray **tags_r);
int storeops_attach_large_tags(struct storeops_mailbox *m,
			       struct storeops_att *att,
			       SPropTagArray **tags_r);
void storeops_attach_close(struct storeops_mailbox *m,
			   struct storeops_att *att);

int storeops_stream_open_message(struct storeops_mailbox *m,
				 struct storeops_msg *msg, ULONG tag,
				 unsigned int flags,
				 struct storeops_stream **s_r);
int storeops_stream_open_attach(struct storeops_mailbox *m,
				struct storeops_att *att, ULONG tag,
				unsigned int flags,
				struct storeops_stream **s_r);
int storeops_stream_read(struct storeops_mailbox *m, struct storeops_stream *s,
			 void *buf, size_t len, size_t *done_r);
int storeops_stream_write(struct storeops_mailbox *m, struct storeops_stream *s,
			  const void *buf, size_t len);
int storeops_stream_seek(struct storeops_mailbox *m, struct storeops_stream *s,
			 uint64_t offset);
uint64_t storeops_stream_size(struct storeops_mailbox *m,
			      const struct storeops_stream *s);
int storeops_stream_commit(struct storeops_mailbox *m,
			   struct storeops_stream *s);
void storeops_stream_close(struct storeops_mailbox *m,
			   struct storeops_stream *s);

int storeops_messages_set_read_flag(struct storeops_mailbox *m,
				    storeops_id_t fid, ULONG count,
				    const storeops_id_t *mids, ULONG flags);
int storeops_messages_delete(struct storeops_mailbox *m, storeops_id_t fid,
			     ULONG count, const storeops_id_t *mids);
int storeops_messages_copy(struct storeops_mailbox *m, storeops_id_t fid,
			   ULONG count, const storeops_id_t *mids,
			   storeops_id_t dest, ULONG flags,
			   storeops_id_t *new_mids_r);

int storeops_names_to_ids(struct storeops_mailbox *m, ULONG count,
			  MAPINAMEID *const *names, ULONG flags, ULONG *ids_r);
int storeops_ids_to_names(struct storeops_mailbox *m, ULONG count,
			  const ULONG *ids, MAPINAMEID ***names_r);

int storeops_table_open(struct storeops_mailbox *m, storeops_id_t fid,
			enum storeops_table_kind kind, ULONG flags,
			struct storeops_table **t_r);
int storeops_table_open_message(struct storeops_mailbox *m,
				struct storeops_msg *msg,
				enum storeops_table_kind kind,
				struct storeops_table **t_r);
void storeops_table_close(struct storeops_mailbox *m, struct storeops_table *t);
int storeops_table_set_columns(struct storeops_mailbox *m,
			       struct storeops_table *t,
			       const SPropTagArray *cols);
int storeops_table_query_columns(struct storeops_mailbox *m,
				 struct storeops_table *t,
				 SPropTagArray **cols_r);
int storeops_table_restrict(struct storeops_mailbox *m,
			    struct storeops_table *t, const SRestriction *res);
int storeops_table_sort(struct storeops_mailbox *m, struct storeops_table *t,
			const SSortOrderSet *sos);
int storeops_table_row_count(struct storeops_mailbox *m,
			     struct storeops_table *t, ULONG *count_r);
int storeops_table_query_rows(struct storeops_mailbox *m,
			      struct storeops_table *t, LONG count, ULONG flags,
			      SRowSet **rows_r);
int storeops_table_seek(struct storeops_mailbox *m, struct storeops_table *t,
			BOOKMARK origin, LONG count, LONG *sought_r);
int storeops_table_seek_approx(struct storeops_mailbox *m,
			       struct storeops_table *t, ULONG num, ULONG den);
int storeops_table_position(struct storeops_mailbox *m,
			    struct storeops_table *t, ULONG *row_r,
			    ULONG *num_r, ULONG *den_r);
int storeops_table_bookmark_create(struct storeops_mailbox *m,
				   struct storeops_table *t, BOOKMARK *bm_r);
int storeops_table_bookmark_free(struct storeops_mailbox *m,
				 struct storeops_table *t, BOOKMARK bm);
int storeops_table_find_row(struct storeops_mailbox *m,
			    struct storeops_table *t, const SRestriction *res,
			    BOOKMARK origin, ULONG flags);

int storeops_subscribe(struct storeops_mailbox *m, unsigned int mask,
		       storeops_id_t fid, storeops_event_fn *fn, void *ctx,
		       unsigned long *conn_r);
int storeops_unsubscribe(struct storeops_mailbox *m, unsigned long conn);

/* ---------------------------------------------------------------------------
 * Test and debugging hooks.
 */

/*
 * Makes the nth call from now on, on the calling thread, of a wrapper
 * that can fail return err (a negative errno) without reaching the
 * table; n = 0 disables injection.  storeops_injected() tells whether an
 * injected failure happened since the last storeops_fail_after() on this
 * thread.
 */
void storeops_fail_after(unsigned long n, int err);
bool storeops_injected(void);

/*
 * Sees every wrapper call of every thread after it returned: its name
 * ("message_save"), its result, and for a failure its message.  One
 * function for the process (NULL: none); it must not call the wrappers.
 */
typedef void storeops_trace_fn(void *ctx, const char *call, int ret,
			       const char *error);
void storeops_set_trace(storeops_trace_fn *fn, void *ctx);

/* ---------------------------------------------------------------------------
 * Store entry IDs (the layout above).
 */
#define STOREEID_SIZE    54
#define STOREEID_VERSION 1

/* MAPIX_LOCAL's store provider UID, as it appears in the ID. */
extern const MAPIUID storeeid_local_uid;

struct storeeid {
	MAPIUID provider_uid; /* the profile's provider section */
	GUID mailbox_guid;
};

void storeeid_build(const struct storeeid *id, uint8_t out[STOREEID_SIZE]);
/* Parses untrusted bytes: 0, or -EINVAL for anything but such an ID. */
int storeeid_parse(const void *eid, size_t len, struct storeeid *id_r);

#endif
