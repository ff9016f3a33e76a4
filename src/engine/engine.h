/*
 * engine.h - the mailbox store engine: mapix's internal C API over one
 * mailbox database, used by the in-process personal store and by mapixd.
 *
 * The engine speaks MAPI's data types (SPropValue, SRestriction, SRowSet,
 * ADRLIST) but returns int: 0 on success, a negative errno on failure,
 * with a static or mailbox-owned message in *error_r where the parameter
 * exists.  engine_hresult() translates those codes, through core's one
 * map (errmap.h, spec/errmap.def), to the HRESULTs that the client objects
 * (IMsgStore, IMAPIFolder, IMessage, IAttach, IMAPITable) return:
 *
 *   -ENOENT           MAPI_E_NOT_FOUND        no such object or property
 *   -EIDRM            MAPI_E_OBJECT_DELETED   saving a message deleted since
 *   -EACCES, -EPERM   MAPI_E_NO_ACCESS        rights or read-only object
 *   -ESTALE           MAPI_E_OBJECT_CHANGED   conflicting concurrent save
 *   -EDQUOT           MAPI_E_STORE_FULL       a quota was exceeded
 *   -EBADMSG          MAPI_E_CORRUPT_DATA     damaged or foreign database
 *   -EPROTO           MAPI_E_VERSION          database of a newer schema
 *   -EINVAL           MAPI_E_INVALID_PARAMETER
 *   -EEXIST           MAPI_E_COLLISION        name taken (folders)
 *   -ENOTEMPTY        MAPI_E_HAS_FOLDERS      subfolders without DEL_FOLDERS
 *   -EBUSY            MAPI_E_BUSY             a locked database; from
 *                                             folder_delete, messages without
 *                                             DEL_MESSAGES: DeleteFolder says
 *                                             MAPI_E_HAS_MESSAGES
 *   -ELOOP            MAPI_E_FOLDER_CYCLE     move a folder below itself
 *   -E2BIG            MAPI_E_TOO_COMPLEX      restriction or sort too big
 *   -ENOTSUP          MAPI_E_NO_SUPPORT
 *   -ENOMEM           MAPI_E_NOT_ENOUGH_MEMORY
 *   -EBADF            MAPI_E_INVALID_ENTRYID  entry ID of another store
 *   -EIO              MAPI_E_DISK_ERROR
 *   others            as errmap.h says, MAPI_E_CALL_FAILED if it does not
 *
 * Every call that reads or changes the mailbox takes the acting principal
 * explicitly (struct engine_actor); the engine never looks at threads, the
 * process's identity or the environment.  The mailbox owner has every
 * right; others get the rights of their ACL row in the folder, else those
 * of the default member (the anonymous member when principal is NULL).
 * ENGINE_ACTOR_ADMIN_BYPASS grants every right and writes a row to the
 * mailbox's audit log for each call that used it.
 *
 * Threads: one struct engine_mailbox, and everything opened from it, is
 * used by one thread at a time (mapixd gives each mailbox one owner
 * thread).  Several handles, in one or several processes, may open the
 * same mailbox file at once; the database serialises their writes and a
 * message saved through one while another had it open for editing makes
 * the other's save fail with -ESTALE (unless FORCE_SAVE).
 *
 * Memory: property arrays, row sets and names handed out are MAPI buffers
 * (MAPIAllocateBuffer): free them with MAPIFreeBuffer (row sets with
 * FreeProws), so the client layer can pass them through unchanged.
 * Inputs are never retained after a call returns.
 *
 * Identifiers: folders and messages are named by their 48-bit global
 * counter (GLOBCNT), unique in the mailbox and never reused; the entry
 * IDs and source keys that carry them are built by engine_*_entryid().
 */
#ifndef MAPIX_ENGINE_ENGINE_H
#define MAPIX_ENGINE_ENGINE_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#include <mapidefs.h>
#include <mapicode.h>
#include <edkmdb.h>

#include "errmap.h"

/* Quota properties ([MS-OXPROPS]); values in KiB. */
#ifndef PR_STORAGE_QUOTA_LIMIT
#define PR_STORAGE_QUOTA_LIMIT PROP_TAG(PT_LONG, 0x3FF5)
#endif
#ifndef PR_PROHIBIT_RECEIVE_QUOTA
#define PR_PROHIBIT_RECEIVE_QUOTA PROP_TAG(PT_LONG, 0x666A)
#endif
#ifndef PR_PROHIBIT_SEND_QUOTA
#define PR_PROHIBIT_SEND_QUOTA PROP_TAG(PT_LONG, 0x666E)
#endif

struct engine_mailbox;
struct engine_message;
struct engine_attach;
struct engine_table;
struct engine_stream;

/* A folder's or message's global counter (48 bits used). */
typedef uint64_t engine_id_t;

/* Who is acting.  principal NULL is the anonymous member. */
struct engine_actor {
	const char *principal;
	unsigned int flags;
};
#define ENGINE_ACTOR_ADMIN_BYPASS 0x1u

/* The HRESULT for an engine return value (see the table above). */
HRESULT engine_hresult(int ret);

/* ---------------------------------------------------------------------------
 * Mailboxes
 */

struct engine_open_params {
	const char *backend; /* registered backend name; NULL is "sqlite" */
	const char *path;    /* the mailbox database (backend specific) */
	GUID mailbox_guid;   /* must match the database's on open */
	const char *owner;   /* the owner principal, stored at provisioning */
	unsigned int flags;  /* ENGINE_OPEN_* */
};
/* Provision a new mailbox when the database does not exist yet. */
#define ENGINE_OPEN_CREATE 0x1u
/* Accept the database's mailbox GUID whatever it is (a personal store
 * opened by path alone); mailbox_guid is then only used to provision.
 * PR_STORE_RECORD_KEY of the store tells which GUID it has. */
#define ENGINE_OPEN_ANY_GUID 0x2u

/*
 * Opens (and with ENGINE_OPEN_CREATE, creates and provisions: root,
 * IPM_SUBTREE, Inbox, Outbox, Sent Items, Deleted Items, Drafts, Finder,
 * Views, Common Views, receive folders "" and "IPM" -> Inbox) a mailbox.
 * A database of a newer schema is -EPROTO, a foreign or damaged file
 * -EBADMSG, a mailbox GUID that differs from the stored one -EBADF.
 */
int engine_mailbox_open(const struct engine_open_params *params,
			struct engine_mailbox **mb_r, const char **error_r);
/* Closes the mailbox; its open messages, attachments, tables and streams
 * must have been closed first.  NULL is a no-op. */
void engine_mailbox_close(struct engine_mailbox *mb);

/* A full consistency check of the database (PRAGMA integrity_check for
 * SQLite): 0, or -EBADMSG with a message. */
int engine_mailbox_check(struct engine_mailbox *mb, const char **error_r);

/* The message of the last failure on this mailbox (never NULL). */
const char *engine_last_error(const struct engine_mailbox *mb);

/* Standard folders, for engine_folder_special(). */
enum engine_special {
	ENGINE_FOLDER_ROOT,
	ENGINE_FOLDER_IPM_SUBTREE,
	ENGINE_FOLDER_INBOX,
	ENGINE_FOLDER_OUTBOX,
	ENGINE_FOLDER_SENT,
	ENGINE_FOLDER_DELETED,
	ENGINE_FOLDER_DRAFTS,
	ENGINE_FOLDER_FINDER,
	ENGINE_FOLDER_VIEWS,
	ENGINE_FOLDER_COMMON_VIEWS,
	ENGINE_FOLDER_SPECIAL_COUNT
};
int engine_folder_special(struct engine_mailbox *mb, enum engine_special which,
			  engine_id_t *fid_r);

/*
 * Store properties: tags NULL means all.  Computed ones: PR_ENTRYID,
 * PR_STORE_ENTRYID, PR_RECORD_KEY, PR_STORE_RECORD_KEY, PR_MDB_PROVIDER,
 * PR_IPM_*_ENTRYID, PR_VALID_FOLDER_MASK, PR_OBJECT_TYPE,
 * PR_MESSAGE_SIZE(_EXTENDED), PR_MAILBOX_OWNER_NAME.  Absent tags come back
 * as PT_ERROR values and the call returns 1 (MAPI_W_ERRORS_RETURNED).
 */
int engine_store_get_props(struct engine_mailbox *mb,
			   const struct engine_actor *actor,
			   const SPropTagArray *tags, ULONG *count_r,
			   SPropValue **props_r);
/* Sets store properties (the quotas among them); owner or admin only. */
int engine_store_set_props(struct engine_mailbox *mb,
			   const struct engine_actor *actor, ULONG count,
			   const SPropValue *props);

/* ---------------------------------------------------------------------------
 * Entry IDs ([MS-OXCDATA] 2.2.4): folder 46 bytes, message 70, store
 * [MS-OXCDATA] 2.2.4.3-shaped.  PR_SOURCE_KEY is database GUID + GLOBCNT.
 */
#define ENGINE_FOLDER_EID_SIZE  46
#define ENGINE_MESSAGE_EID_SIZE 70
#define ENGINE_SOURCE_KEY_SIZE  22

void engine_folder_entryid(const struct engine_mailbox *mb, engine_id_t fid,
			   uint8_t out[ENGINE_FOLDER_EID_SIZE]);
void engine_message_entryid(const struct engine_mailbox *mb, engine_id_t fid,
			    engine_id_t mid,
			    uint8_t out[ENGINE_MESSAGE_EID_SIZE]);
/*
 * Decodes a folder or message entry ID of this mailbox: sets *type_r to
 * MAPI_FOLDER or MAPI_MESSAGE, *fid_r, and *mid_r (0 for a folder).
 * Returns 0, -EINVAL for bytes that are no such entry ID, -EBADF for one
 * of another mailbox.  Does not check that the object exists.
 */
int engine_entryid_parse(const struct engine_mailbox *mb, const void *eid,
			 size_t len, ULONG *type_r, engine_id_t *fid_r,
			 engine_id_t *mid_r);

/* ---------------------------------------------------------------------------
 * Folders.  Names are PR_DISPLAY_NAME, unique among siblings (case
 * insensitive).  Computed properties: PR_ENTRYID, PR_PARENT_ENTRYID,
 * PR_STORE_ENTRYID, PR_RECORD_KEY, PR_INSTANCE_KEY, PR_SOURCE_KEY,
 * PR_PARENT_SOURCE_KEY, PR_CHANGE_KEY, PR_PREDECESSOR_CHANGE_LIST,
 * PR_CHANGE_NUM, PR_OBJECT_TYPE, PR_FOLDER_TYPE, PR_CONTENT_COUNT,
 * PR_CONTENT_UNREAD, PR_ASSOC_CONTENT_COUNT, PR_FOLDER_CHILD_COUNT,
 * PR_SUBFOLDERS, PR_ACCESS, PR_ACCESS_LEVEL, PR_RIGHTS,
 * PR_CREATION_TIME, PR_LAST_MODIFICATION_TIME, PR_DEPTH (in tables).
 */

/* Creates a folder below parent.  flags: OPEN_IF_EXISTS (then an existing
 * folder of that name is returned).  Needs frightsCreateSubfolder. */
int engine_folder_create(struct engine_mailbox *mb,
			 const struct engine_actor *actor, engine_id_t parent,
			 const char *name, ULONG folder_type, ULONG flags,
			 engine_id_t *fid_r);
int engine_folder_get_props(struct engine_mailbox *mb,
			    const struct engine_actor *actor, engine_id_t fid,
			    const SPropTagArray *tags, ULONG *count_r,
			    SPropValue **props_r);
/* Sets (renames with PR_DISPLAY_NAME) folder properties; frightsOwner. */
int engine_folder_set_props(struct engine_mailbox *mb,
			    const struct engine_actor *actor, engine_id_t fid,
			    ULONG count, const SPropValue *props);
int engine_folder_delete_props(struct engine_mailbox *mb,
			       const struct engine_actor *actor,
			       engine_id_t fid, const SPropTagArray *tags);
/* Deletes a folder.  flags: DEL_FOLDERS, DEL_MESSAGES (else -ENOTEMPTY /
 * -EBUSY when it has any).  Standard folders cannot be deleted. */
int engine_folder_delete(struct engine_mailbox *mb,
			 const struct engine_actor *actor, engine_id_t fid,
			 ULONG flags);
/* Copies (or with FOLDER_MOVE moves) fid below dest, optionally renamed
 * (new_name NULL keeps it); COPY_SUBFOLDERS copies the subtree. */
int engine_folder_copy(struct engine_mailbox *mb,
		       const struct engine_actor *actor, engine_id_t fid,
		       engine_id_t dest, const char *new_name, ULONG flags,
		       engine_id_t *new_fid_r);
/* Deletes every message (DEL_ASSOCIATED: associated ones too) and, with
 * DEL_FOLDERS, every subfolder; one transaction. */
int engine_folder_empty(struct engine_mailbox *mb,
			const struct engine_actor *actor, engine_id_t fid,
			ULONG flags);

/* Receive folders: the folder that takes new mail of a message class
 * (the longest registered prefix by dot-separated components). */
int engine_receive_folder_get(struct engine_mailbox *mb,
			      const struct engine_actor *actor,
			      const char *message_class, engine_id_t *fid_r);
int engine_receive_folder_set(struct engine_mailbox *mb,
			      const struct engine_actor *actor,
			      const char *message_class, engine_id_t fid);
/* Calls fn for every setting, in class order; fn's non-zero result stops
 * the walk and is returned. */
typedef int engine_receive_fn(void *ctx, const char *message_class,
			      engine_id_t fid);
int engine_receive_folder_list(struct engine_mailbox *mb,
			       const struct engine_actor *actor,
			       engine_receive_fn *fn, void *ctx);

/* ---------------------------------------------------------------------------
 * Messages.  A message handle is an edit transaction: changes stay in it
 * until engine_message_save(), which writes the message with its
 * recipients, attachments and embedded messages in one database
 * transaction.  Computed properties: PR_ENTRYID, PR_PARENT_ENTRYID,
 * PR_STORE_ENTRYID, PR_RECORD_KEY, PR_INSTANCE_KEY, PR_SOURCE_KEY,
 * PR_PARENT_SOURCE_KEY, PR_CHANGE_KEY, PR_PREDECESSOR_CHANGE_LIST,
 * PR_CHANGE_NUM, PR_OBJECT_TYPE, PR_MESSAGE_SIZE(_EXTENDED),
 * PR_HASATTACH, PR_MESSAGE_FLAGS (MSGFLAG_HASATTACH, MSGFLAG_ASSOCIATED,
 * MSGFLAG_UNMODIFIED computed; MSGFLAG_READ, UNSENT... stored), PR_ACCESS,
 * PR_ACCESS_LEVEL, PR_CREATION_TIME, PR_LAST_MODIFICATION_TIME.  Strings
 * are kept in Unicode: PT_STRING8 values (UTF-8) are stored as
 * PT_UNICODE and read back in whichever type the tag asks for.
 */

/* Flags of engine_message_create / open. */
#define ENGINE_MSG_ASSOCIATED MAPI_ASSOCIATED /* FAI message */
#define ENGINE_MSG_WRITE      MAPI_MODIFY     /* open for editing */

int engine_message_create(struct engine_mailbox *mb,
			  const struct engine_actor *actor, engine_id_t fid,
			  ULONG flags, struct engine_message **msg_r);
/* Opens a saved message; fid 0 accepts any folder.  Needs read rights,
 * and with ENGINE_MSG_WRITE edit rights. */
int engine_message_open(struct engine_mailbox *mb,
			const struct engine_actor *actor, engine_id_t fid,
			engine_id_t mid, ULONG flags,
			struct engine_message **msg_r);
/* Discards unsaved changes.  NULL is a no-op. */
void engine_message_close(struct engine_message *msg);
/* Folder and message IDs (0 before the first save of a new message;
 * embedded messages report their top-level message's folder). */
void engine_message_ids(const struct engine_message *msg, engine_id_t *fid_r,
			engine_id_t *mid_r);

int engine_message_get_props(struct engine_message *msg,
			     const SPropTagArray *tags, ULONG *count_r,
			     SPropValue **props_r);
/* The tags, with their real types, of the values GetProps reports as
 * PT_ERROR MAPI_E_NOT_ENOUGH_MEMORY (stored apart: see the streams below),
 * in one MAPI buffer (cValues 0: none). */
int engine_message_large_tags(struct engine_message *msg,
			      SPropTagArray **tags_r);
/* Computed read-only properties are -EACCES (MAPI_E_NO_ACCESS);
 * PT_OBJECT, PT_NULL, PT_ERROR and PT_UNSPECIFIED are -EINVAL. */
int engine_message_set_props(struct engine_message *msg, ULONG count,
			     const SPropValue *props);
int engine_message_delete_props(struct engine_message *msg,
				const SPropTagArray *tags);
/* ModifyRecipients: flags 0 replaces the list; MODRECIP_ADD,
 * MODRECIP_MODIFY and MODRECIP_REMOVE work on PR_ROWID. */
int engine_message_modify_recipients(struct engine_message *msg, ULONG flags,
				     const ADRLIST *list);
/* SetReadFlag on an open message: flags CLEAR_READ_FLAG,
 * SUPPRESS_RECEIPT (accepted, no receipts are generated here).  A saved
 * message's flag is written at once, outside its edit transaction. */
int engine_message_set_read_flag(struct engine_message *msg, ULONG flags);
/*
 * SaveChanges.  flags: KEEP_OPEN_READONLY, KEEP_OPEN_READWRITE (the handle
 * stays usable; without either it can only be closed), FORCE_SAVE (write
 * over a concurrent change instead of failing with -ESTALE).  An embedded
 * message is saved into its attachment, which its parent then saves.
 * Quotas: -EDQUOT.  On failure nothing is written.
 */
int engine_message_save(struct engine_message *msg, ULONG flags);

/* Attachments of an open message. */
int engine_attach_create(struct engine_message *msg,
			 struct engine_attach **att_r, ULONG *num_r);
int engine_attach_open(struct engine_message *msg, ULONG num, ULONG flags,
		       struct engine_attach **att_r);
int engine_attach_delete(struct engine_message *msg, ULONG num);
int engine_attach_get_props(struct engine_attach *att,
			    const SPropTagArray *tags, ULONG *count_r,
			    SPropValue **props_r);
int engine_attach_set_props(struct engine_attach *att, ULONG count,
			    const SPropValue *props);
/* As engine_message_large_tags, for an attachment. */
int engine_attach_large_tags(struct engine_attach *att, SPropTagArray **tags_r);
int engine_attach_delete_props(struct engine_attach *att,
			       const SPropTagArray *tags);
/* Opens (flags MAPI_CREATE: creates) the embedded message of an
 * attachment (PR_ATTACH_DATA_OBJ, ATTACH_EMBEDDED_MSG). */
int engine_attach_open_embedded(struct engine_attach *att, ULONG flags,
				struct engine_message **msg_r);
/* Saves the attachment into its message (not yet to the database). */
int engine_attach_save(struct engine_attach *att);
void engine_attach_close(struct engine_attach *att);

/*
 * Streams over one property of an open message or attachment (bodies,
 * PR_ATTACH_DATA_BIN; PT_BINARY, PT_UNICODE as UTF-16LE bytes, PT_STRING8
 * read and written as PT_UNICODE).  Values of 32 KiB and more of top-level
 * messages and their attachments are stored apart from the other
 * properties and read incrementally, never loaded whole; GetProps reports
 * them as PT_ERROR MAPI_E_NOT_ENOUGH_MEMORY (as Exchange does), so
 * clients read them with a stream.  A write stream starts empty; what it
 * writes spills to the database in 256 KiB chunks as it goes, becomes the
 * property's value at engine_stream_commit, and part of the object's
 * transaction (visible at SaveChanges, gone if the object is closed
 * unsaved).  Writes go forward: seeking back before data already spilled
 * is -ENOTSUP.  Embedded messages keep their values in memory.
 */
#define ENGINE_STREAM_WRITE 0x1u
int engine_stream_open_message(struct engine_message *msg, ULONG tag,
			       unsigned int flags,
			       struct engine_stream **stream_r);
int engine_stream_open_attach(struct engine_attach *att, ULONG tag,
			      unsigned int flags,
			      struct engine_stream **stream_r);
/* Reads up to len bytes; *done_r is 0 at the end. */
int engine_stream_read(struct engine_stream *s, void *buf, size_t len,
		       size_t *done_r);
int engine_stream_write(struct engine_stream *s, const void *buf, size_t len);
int engine_stream_seek(struct engine_stream *s, uint64_t offset);
uint64_t engine_stream_size(const struct engine_stream *s);
int engine_stream_commit(struct engine_stream *s);
void engine_stream_close(struct engine_stream *s);

/* ---------------------------------------------------------------------------
 * Bulk operations: each call is one transaction, all or nothing.
 */
struct engine_new_message {
	ULONG count;
	const SPropValue *props;
	const ADRLIST *recipients; /* may be NULL */
	ULONG flags;               /* ENGINE_MSG_ASSOCIATED */
};
/* Creates messages in fid.  ENGINE_CREATE_DELIVERY: new mail (receive
 * quota, fnevNewMail events).  mids_r may be NULL. */
#define ENGINE_CREATE_DELIVERY 0x1u
int engine_messages_create(struct engine_mailbox *mb,
			   const struct engine_actor *actor, engine_id_t fid,
			   ULONG count, const struct engine_new_message *msgs,
			   ULONG flags, engine_id_t *mids_r);
/* Sets or clears (CLEAR_READ_FLAG) MSGFLAG_READ; mids NULL: all messages
 * of the folder. */
int engine_messages_set_read_flag(struct engine_mailbox *mb,
				  const struct engine_actor *actor,
				  engine_id_t fid, ULONG count,
				  const engine_id_t *mids, ULONG flags);
int engine_messages_delete(struct engine_mailbox *mb,
			   const struct engine_actor *actor, engine_id_t fid,
			   ULONG count, const engine_id_t *mids);
/* Copies (MESSAGE_MOVE: moves) messages to dest; new_mids_r may be NULL. */
int engine_messages_copy(struct engine_mailbox *mb,
			 const struct engine_actor *actor, engine_id_t fid,
			 ULONG count, const engine_id_t *mids, engine_id_t dest,
			 ULONG flags, engine_id_t *new_mids_r);

/* ---------------------------------------------------------------------------
 * Named properties: IDs from 0x8000 per mailbox.
 */
/* ids_r[i] is the property ID, or 0 when not mapped and not MAPI_CREATE
 * (then the call returns 1, MAPI_W_ERRORS_RETURNED). */
int engine_names_to_ids(struct engine_mailbox *mb,
			const struct engine_actor *actor, ULONG count,
			MAPINAMEID *const *names, ULONG flags, ULONG *ids_r);
/* names_r: one MAPI buffer holding count pointers (NULL when unmapped). */
int engine_ids_to_names(struct engine_mailbox *mb, ULONG count,
			const ULONG *ids, MAPINAMEID ***names_r);

/* ---------------------------------------------------------------------------
 * Access control ([MS-OXCPERM]).  Members: ACL_DEFAULT_MEMBER_ID (0), name
 * ""; ACL_ANONYMOUS_MEMBER_ID (-1), name "Anonymous"; principals by name.
 */
struct engine_acl_entry {
	LONGLONG member_id;      /* as listed; see member_name */
	const char *member_name; /* for modify: names the member; when NULL,
				  * member_id does (0 default, -1 anonymous) */
	ULONG rights;
	ULONG row_flags; /* for modify: ROW_ADD, ROW_MODIFY, ROW_REMOVE */
};
/* The rows of a folder's ACL (default and anonymous always listed), as
 * one MAPI buffer.  Needs frightsVisible. */
int engine_acl_get(struct engine_mailbox *mb, const struct engine_actor *actor,
		   engine_id_t fid, ULONG *count_r,
		   struct engine_acl_entry **entries_r);
/* Applies rows (flags ROWLIST_REPLACE: replace all but the reserved
 * members).  Needs frightsOwner. */
int engine_acl_modify(struct engine_mailbox *mb,
		      const struct engine_actor *actor, engine_id_t fid,
		      ULONG flags, ULONG count,
		      const struct engine_acl_entry *rows);
/* The actor's effective rights on a folder (PR_RIGHTS). */
int engine_rights(struct engine_mailbox *mb, const struct engine_actor *actor,
		  engine_id_t fid, ULONG *rights_r);
/* Rows of the audit log (admin bypasses), oldest first. */
struct engine_audit_row {
	int64_t time; /* Unix seconds */
	const char *principal;
	const char *operation;
	engine_id_t object;
};
typedef int engine_audit_fn(void *ctx, const struct engine_audit_row *row);
int engine_audit_list(struct engine_mailbox *mb, engine_audit_fn *fn,
		      void *ctx);

/* ---------------------------------------------------------------------------
 * Tables.  A table is a view over a folder's contents (normal or
 * associated), its subfolders (hierarchy; CONVENIENT_DEPTH: the whole
 * subtree, depth-first, with PR_DEPTH), or an open message's recipients or
 * attachments (a snapshot of the handle's state).  Folder tables are
 * dynamic: they are re-read when the mailbox changed since their rows
 * were last fetched.  Restrictions and sort orders give exactly the rows
 * and order of core's in-memory table (restriction.h, sortorder.h) over
 * the stored values; the natural order is creation order, which also
 * breaks sort ties.  Strings are stored in Unicode, so PT_STRING8 tags in
 * columns, restrictions and sort keys name the PT_UNICODE property (and
 * 8-bit restriction values are converted).
 */
enum engine_table_kind {
	ENGINE_TABLE_CONTENTS,
	ENGINE_TABLE_ASSOCIATED,
	ENGINE_TABLE_HIERARCHY,
	ENGINE_TABLE_RECIPIENTS,
	ENGINE_TABLE_ATTACHMENTS,
};
/* flags: CONVENIENT_DEPTH for hierarchy tables. */
int engine_table_open(struct engine_mailbox *mb,
		      const struct engine_actor *actor, engine_id_t fid,
		      enum engine_table_kind kind, ULONG flags,
		      struct engine_table **table_r);
int engine_table_open_message(struct engine_message *msg,
			      enum engine_table_kind kind,
			      struct engine_table **table_r);
void engine_table_close(struct engine_table *t);

int engine_table_set_columns(struct engine_table *t, const SPropTagArray *cols);
/* The current columns, as a MAPI buffer. */
int engine_table_query_columns(struct engine_table *t, SPropTagArray **cols_r);
/* NULL removes the restriction.  The position returns to the start. */
int engine_table_restrict(struct engine_table *t, const SRestriction *res);
/* NULL or no keys: natural order.  The position returns to the start. */
int engine_table_sort(struct engine_table *t, const SSortOrderSet *sos);
int engine_table_row_count(struct engine_table *t, ULONG *count_r);
/* count < 0 reads backwards.  flags: TBL_NOADVANCE.  The row set is
 * FreeProws-shaped. */
int engine_table_query_rows(struct engine_table *t, LONG count, ULONG flags,
			    SRowSet **rows_r);
int engine_table_seek(struct engine_table *t, BOOKMARK origin, LONG count,
		      LONG *sought_r);
int engine_table_seek_approx(struct engine_table *t, ULONG num, ULONG den);
int engine_table_position(struct engine_table *t, ULONG *row_r, ULONG *num_r,
			  ULONG *den_r);
int engine_table_bookmark_create(struct engine_table *t, BOOKMARK *bm_r);
int engine_table_bookmark_free(struct engine_table *t, BOOKMARK bm);
/* Moves to the first row at or after origin (DIR_BACKWARD: before) that
 * matches res; -ENOENT when none does (position unchanged). */
int engine_table_find_row(struct engine_table *t, const SRestriction *res,
			  BOOKMARK origin, ULONG flags);
/* True when the last query ran entirely in the backend (tests and
 * benchmarks use it to see that a restriction or sort was pushed down). */
bool engine_table_pushed_down(const struct engine_table *t);

/* ---------------------------------------------------------------------------
 * Change notifications.  Delivered synchronously to the subscribers of the
 * mailbox handle that made the change, on the calling thread, after the
 * change committed; a callback may call the engine again.
 */
enum engine_event_type {
	ENGINE_EV_OBJECT_CREATED = 0x1,
	ENGINE_EV_OBJECT_MODIFIED = 0x2,
	ENGINE_EV_OBJECT_DELETED = 0x4,
	ENGINE_EV_OBJECT_MOVED = 0x8,
	ENGINE_EV_OBJECT_COPIED = 0x10,
	ENGINE_EV_NEW_MAIL = 0x20,
	ENGINE_EV_TABLE_ROW_ADDED = 0x40,
	ENGINE_EV_TABLE_ROW_MODIFIED = 0x80,
	ENGINE_EV_TABLE_ROW_DELETED = 0x100,
	ENGINE_EV_ALL = 0x1ff,
};
struct engine_event {
	enum engine_event_type type;
	ULONG object_type;            /* MAPI_FOLDER or MAPI_MESSAGE */
	engine_id_t fid;              /* the folder (of the message) */
	engine_id_t mid;              /* the message, 0 for folder events */
	engine_id_t old_fid;          /* moved/copied: where it came from */
	engine_id_t old_mid;          /* copied: the source message */
	enum engine_table_kind table; /* table events: which table of fid */
	const char *message_class;    /* new mail */
	ULONG message_flags;          /* new mail */
};
typedef void engine_event_fn(void *ctx, const struct engine_event *ev);
/* Subscribes fn to the events in mask (fid 0: of every folder; else of
 * objects in or of that folder).  *conn_r is non-zero. */
int engine_subscribe(struct engine_mailbox *mb, unsigned int mask,
		     engine_id_t fid, engine_event_fn *fn, void *ctx,
		     unsigned long *conn_r);
int engine_unsubscribe(struct engine_mailbox *mb, unsigned long conn);

#endif
