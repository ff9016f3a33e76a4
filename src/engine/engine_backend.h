/*
 * engine_backend.h - the storage backends of the mailbox engine: a
 * versioned table of functions registered by name, in the manner of
 * SQLite's VFS.  "sqlite" (one database file per mailbox) is built in; a
 * PostgreSQL backend can be registered later without touching the engine.
 *
 * A backend stores rows whose meaning the engine decides: folders,
 * messages (top level and embedded), recipients, attachments, each with
 * its properties as an opaque pblob (pblob.h), plus a few columns the
 * engine copies out of the properties so that tables can filter and sort
 * in the backend ("index columns", enum eb_col).  All SQL lives in the
 * backend; the engine gives it restrictions and sort orders as the small
 * expression tree below, made only of index columns.
 *
 * Rules for implementations: return 0 or a negative errno, with a static
 * or connection-owned message in *error_r; -EBADMSG for a damaged or
 * foreign database, -EPROTO for a newer schema; writes happen only
 * between begin(write) and commit; a commit that returned 0 is durable,
 * one that failed has rolled the transaction back.  Rows handed to
 * callbacks are valid only during the callback; a callback's non-zero
 * return stops the walk and is returned.  The engine calls these only
 * through the wrappers of ebk.h, which check this contract.
 *
 * Versioning: new members are only ever appended, each block under the
 * version that added it.  Every member of version 1 is required; later
 * ones may be NULL (the engine does without them), and the engine reads a
 * member only when the backend's version is at least the one that added
 * it, so a backend built against an older header stays valid.
 */
#ifndef MAPIX_ENGINE_BACKEND_H
#define MAPIX_ENGINE_BACKEND_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#include <mapidefs.h>

#define ENGINE_BACKEND_VERSION 2

struct eb_db;  /* a backend's open database */
struct eb_lob; /* a large value open for reading */

/* Index columns of messages, copied from their properties. */
enum eb_col {
	EB_COL_DELIVERY_TIME, /* PR_MESSAGE_DELIVERY_TIME, integer */
	EB_COL_SUBJECT,       /* PR_SUBJECT, text */
	EB_COL_NORM_SUBJECT,  /* PR_NORMALIZED_SUBJECT, text */
	EB_COL_SENDER_NAME,   /* PR_SENDER_NAME, text */
	EB_COL_MESSAGE_CLASS, /* PR_MESSAGE_CLASS, text */
	EB_COL_FLAGS,         /* PR_MESSAGE_FLAGS, integer */
	EB_COL_SIZE,          /* PR_MESSAGE_SIZE, integer */
	EB_COL_IMPORTANCE,    /* PR_IMPORTANCE, integer */
	EB_COL_COUNT
};

/* A value of an index column: absent, an integer, or UTF-8 text.
 * Integers from PT_SYSTIME values are stored with the top bit flipped so
 * that signed order equals the unsigned order MAPI compares them in. */
struct eb_val {
	bool present;
	int64_t i;
	const char *s;
	size_t slen;
};

struct eb_folder {
	uint64_t fid, parent; /* parent 0 for the root */
	uint32_t type;        /* FOLDER_ROOT, FOLDER_GENERIC, FOLDER_SEARCH */
	uint64_t change_num;
	int64_t ctime, mtime; /* FILETIME */
	const char *name;     /* PR_DISPLAY_NAME, UTF-8 */
	const void *props;
	size_t props_len;
};

struct eb_message {
	uint64_t mid;
	uint64_t fid;        /* 0 for embedded messages */
	uint64_t parent_mid; /* embedded: the message holding the attachment */
	uint32_t parent_num; /* embedded: its attachment number */
	bool assoc;
	uint64_t change_num;
	int64_t ctime, mtime;
	const char *creator;
	struct eb_val col[EB_COL_COUNT];
	const void *props;
	size_t props_len;
};

/* A recipient or attachment row of a message. */
struct eb_sub {
	uint32_t num; /* PR_ROWID / PR_ATTACH_NUM */
	const void *props;
	size_t props_len;
};

/* Restrictions on index columns. */
enum eb_expr_kind {
	EB_X_AND,
	EB_X_OR,
	EB_X_NOT,
	EB_X_CMP,     /* col relop val (RELOP_LT..RELOP_NE) */
	EB_X_MATCH,   /* text col contains/prefix/equals val per fuzzy */
	EB_X_EXISTS,  /* col present */
	EB_X_BITMASK, /* (col & mask) == 0 (eqz) or != 0 */
};
struct eb_expr {
	enum eb_expr_kind kind;
	unsigned int n; /* AND/OR: sub-expressions; NOT: 1 */
	struct eb_expr **sub;
	enum eb_col col;
	ULONG relop;
	ULONG fuzzy; /* FL_* of a content restriction */
	bool eqz;
	struct eb_val val;
};
/* A query over the messages of one folder. */
struct eb_query {
	uint64_t fid;
	bool assoc;
	const struct eb_expr *where; /* NULL: all */
	unsigned int nsort;
	struct {
		enum eb_col col;
		bool desc;
	} sort[8];              /* ties are broken by mid ascending */
	uint64_t offset, limit; /* limit 0: no limit */
	bool with_props;        /* also read the pblob (else props is NULL) */
};

typedef int eb_folder_fn(void *ctx, const struct eb_folder *f);
typedef int eb_message_fn(void *ctx, const struct eb_message *m);
typedef int eb_sub_fn(void *ctx, const struct eb_sub *s);
typedef int eb_acl_fn(void *ctx, int64_t id, const char *member, ULONG rights);
typedef int eb_audit_fn(void *ctx, int64_t time, const char *principal,
			const char *operation, uint64_t object);
typedef int eb_receive_fn(void *ctx, const char *cls, uint64_t fid);
typedef int eb_lob_fn(void *ctx, int64_t lob, uint32_t num, ULONG tag,
		      uint64_t size);

/* Recipient and attachment tables of eb ops. */
enum eb_sub_kind { EB_SUB_RECIPIENT, EB_SUB_ATTACHMENT };

struct engine_backend_ops {
	unsigned int version;
	const char *name;

	/* Version 1 (all required). */

	/* Opens (create: creates an empty schema) a database. */
	int (*open)(const char *path, bool create, struct eb_db **db_r,
		    const char **error_r);
	void (*close)(struct eb_db *db);

	int (*begin)(struct eb_db *db, bool write, const char **error_r);
	int (*commit)(struct eb_db *db, const char **error_r);
	void (*rollback)(struct eb_db *db);

	/* Small store-wide values by key (mailbox GUID, counters...). */
	int (*meta_get)(struct eb_db *db, const char *key, void *buf,
			size_t cap, size_t *len_r);
	int (*meta_set)(struct eb_db *db, const char *key, const void *val,
			size_t len);

	/* Folders. put inserts or replaces by fid. */
	int (*folder_put)(struct eb_db *db, const struct eb_folder *f);
	int (*folder_get)(struct eb_db *db, uint64_t fid, eb_folder_fn *fn,
			  void *ctx);
	int (*folder_children)(struct eb_db *db, uint64_t parent,
			       eb_folder_fn *fn, void *ctx);
	/* The fid of parent's child with this name (case-insensitive), or
	 * -ENOENT. */
	int (*folder_find)(struct eb_db *db, uint64_t parent, const char *name,
			   uint64_t *fid_r);
	int (*folder_delete)(struct eb_db *db, uint64_t fid);
	/* Messages in a folder: total, unread (no MSGFLAG_READ), associated. */
	int (*folder_counts)(struct eb_db *db, uint64_t fid, uint64_t *count_r,
			     uint64_t *unread_r, uint64_t *assoc_r,
			     uint64_t *children_r);

	/* Messages.  put inserts or replaces by mid; delete removes the
	 * message with its recipients, attachments and embedded messages. */
	int (*msg_put)(struct eb_db *db, const struct eb_message *m);
	int (*msg_get)(struct eb_db *db, uint64_t mid, eb_message_fn *fn,
		       void *ctx);
	int (*msg_delete)(struct eb_db *db, uint64_t mid);
	/* The embedded message of attachment num of mid, or -ENOENT. */
	int (*msg_embedded)(struct eb_db *db, uint64_t parent_mid, uint32_t num,
			    uint64_t *mid_r);
	/* Sets and clears flag bits (and bumps change_num) of a message. */
	int (*msg_set_flags)(struct eb_db *db, uint64_t mid, int64_t set,
			     int64_t clear, uint64_t change_num);
	int (*msg_query)(struct eb_db *db, const struct eb_query *q,
			 eb_message_fn *fn, void *ctx);
	int (*msg_count)(struct eb_db *db, const struct eb_query *q,
			 uint64_t *count_r);
	/* Sum of PR_MESSAGE_SIZE of all messages (quota). */
	int (*msg_total_size)(struct eb_db *db, uint64_t *size_r);

	/* Recipients and attachments: replace all of one message's rows. */
	int (*sub_put)(struct eb_db *db, enum eb_sub_kind kind, uint64_t mid,
		       unsigned int count, const struct eb_sub *rows);
	int (*sub_list)(struct eb_db *db, enum eb_sub_kind kind, uint64_t mid,
			eb_sub_fn *fn, void *ctx);

	/* Named properties: the ID of a (GUID, kind, id or name) key. */
	int (*named_find)(struct eb_db *db, const GUID *guid, ULONG kind,
			  LONG lid, const char *name, ULONG *id_r);
	int (*named_add)(struct eb_db *db, const GUID *guid, ULONG kind,
			 LONG lid, const char *name, ULONG *id_r);
	/* Calls back with (guid, kind, lid, name) of one ID, or -ENOENT. */
	int (*named_get)(struct eb_db *db, ULONG id, GUID *guid_r,
			 ULONG *kind_r, LONG *lid_r, char **name_r);

	/* ACL rows of a folder. member names "" (default) and "Anonymous"
	 * are the reserved members. */
	int (*acl_get)(struct eb_db *db, uint64_t fid, const char *member,
		       ULONG *rights_r);
	int (*acl_list)(struct eb_db *db, uint64_t fid, eb_acl_fn *fn,
			void *ctx);
	int (*acl_set)(struct eb_db *db, uint64_t fid, const char *member,
		       ULONG rights);
	int (*acl_delete)(struct eb_db *db, uint64_t fid, const char *member);

	int (*audit_add)(struct eb_db *db, int64_t time, const char *principal,
			 const char *operation, uint64_t object);
	int (*audit_list)(struct eb_db *db, eb_audit_fn *fn, void *ctx);

	/* Receive folders by message class ("" is the default). */
	int (*receive_get)(struct eb_db *db, const char *cls, uint64_t *fid_r);
	int (*receive_set)(struct eb_db *db, const char *cls, uint64_t fid);
	/* Every setting, ordered by class; fn returning non-zero stops. */
	int (*receive_list)(struct eb_db *db, eb_receive_fn *fn, void *ctx);

	/* A number that changes whenever any connection commits a write
	 * (tables use it to know when to re-read). */
	int (*data_version)(struct eb_db *db, uint64_t *version_r);

	/* A full consistency check of the database: 0 or -EBADMSG. */
	int (*check)(struct eb_db *db, const char **error_r);

	/*
	 * Large values ("lobs"), stored apart from the property blobs in
	 * chunks and read incrementally.  A lob is created unowned, filled
	 * chunk by chunk (each append may run in its own transaction), and
	 * becomes part of a message when attached to it (owner mid, the
	 * attachment number or EB_LOB_MESSAGE, the property tag).  Deleting
	 * a message deletes its lobs.  detach marks all lobs of a message as
	 * being rewritten; drop_detached deletes those not attached again.
	 */
	int (*lob_new)(struct eb_db *db, int64_t now, int64_t *lob_r);
	int (*lob_append)(struct eb_db *db, int64_t lob, uint32_t seq,
			  const void *data, size_t len);
	int (*lob_attach)(struct eb_db *db, int64_t lob, uint64_t mid,
			  uint32_t num, ULONG tag, uint64_t size);
	int (*lob_detach)(struct eb_db *db, uint64_t mid);
	int (*lob_drop_detached)(struct eb_db *db, uint64_t mid);
	int (*lob_delete)(struct eb_db *db, int64_t lob);
	int (*lob_copy)(struct eb_db *db, int64_t lob, int64_t now,
			int64_t *copy_r);
	int (*lob_list)(struct eb_db *db, uint64_t mid, eb_lob_fn *fn,
			void *ctx);
	/* Deletes unowned lobs created before the given time. */
	int (*lob_gc)(struct eb_db *db, int64_t before);
	/* Incremental reading (no transaction needed: lobs never change). */
	int (*lob_open)(struct eb_db *db, int64_t lob, struct eb_lob **r_r);
	int (*lob_read)(struct eb_lob *r, uint64_t offset, void *buf,
			size_t len, size_t *done_r);
	void (*lob_close)(struct eb_lob *r);

	/* Version 2 (optional). */

	/* As msg_get, without the property blob (props is NULL): what the
	 * engine reads to learn a message's folder, creator or change
	 * number.  Without it the engine uses msg_get. */
	int (*msg_head)(struct eb_db *db, uint64_t mid, eb_message_fn *fn,
			void *ctx);
};

/* lob_attach num of a message's own property (not an attachment's). */
#define EB_LOB_MESSAGE 0xFFFFFFFFu

/* Registers a backend (its name must be new): 0, -EEXIST, -ENOSPC (the
 * registry is full), -EINVAL (version 0 or newer than
 * ENGINE_BACKEND_VERSION, a method of version 1 missing). */
int engine_backend_register(const struct engine_backend_ops *ops);
/* The backend of that name, or NULL; "sqlite" is always there. */
const struct engine_backend_ops *engine_backend_find(const char *name);

/* The built-in SQLite backend. */
extern const struct engine_backend_ops engine_sqlite_backend;

#endif
