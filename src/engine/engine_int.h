/*
 * engine_int.h - what engine.c shares with engine_table.c: the mailbox and
 * message structures and the helpers that turn stored rows into property
 * values.  Private to src/engine.
 */
#ifndef MAPIX_ENGINE_INT_H
#define MAPIX_ENGINE_INT_H

#include "engine.h"
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
	const char *last_error;
	char errbuf[256];
	bool in_tx;
	/* Subscriptions and the events of the running operation. */
	struct engine_sub *subs;
	size_t nsubs, capsubs;
	unsigned long next_conn;
	struct engine_event *pending;
	size_t npending, cappending;
	long open_objects;
	/* Admin bypasses seen inside a transaction, written after it. */
	struct engine_audit_pending {
		char *principal;
		const char *operation;
		engine_id_t object;
	} * audits;
	size_t naudits, capaudits;
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
/* The actor's rights on fid (0 when none); records admin bypasses. */
int engine_rights_of(struct engine_mailbox *mb,
		     const struct engine_actor *actor, engine_id_t fid,
		     const char *op, ULONG *rights_r);
/* The data of an open message (for its recipient/attachment tables). */
const struct engine_msgdata *
engine_message_data(const struct engine_message *msg);
/* The mailbox a message belongs to. */
struct engine_mailbox *engine_message_mailbox(const struct engine_message *msg);
/* Sets the mailbox's last error and returns ret. */
int engine_fail(struct engine_mailbox *mb, int ret, const char *msg);
/* The current time as FILETIME. */
int64_t engine_now(void);

#endif
