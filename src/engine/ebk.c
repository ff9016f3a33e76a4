/*
 * ebk.c - the wrappers through which the engine calls its backend (ebk.h):
 * contract checks, the record of failures, optional methods and fault
 * injection, around one call of mb->ops each.
 *
 * A wrapper is enter() - the call - leave().  enter() counts the call,
 * checks that a write runs inside a write transaction and decides whether
 * this is the call to fail; leave() checks the result and records a
 * failure as the mailbox's last error.  The transaction state they check
 * (mb->backend_tx) follows begin, commit and rollback here, so it is the
 * backend's real state, whoever in the engine opened the transaction.
 */
#include "lib.h"

#include "ebk.h"

#include <errno.h>
#include <stdio.h>
#include <string.h>

#include "engine_int.h"
#include "errmsg.h"

/* Largest errno the contract allows (Linux keeps them below 4096). */
#define ERRNO_MAX 4095

static _Thread_local unsigned long fault_countdown;
static _Thread_local bool fault_persist;
static _Thread_local int fault_err;
static _Thread_local const char *fault_method;
static _Thread_local unsigned long fault_calls;

void ebk_fault_set(unsigned long n, int err, bool persist)
{
	fault_countdown = n;
	fault_persist = persist;
	fault_err = err > 0 ? err : -err;
	if (fault_err == 0)
		fault_err = EIO;
	fault_method = NULL;
	fault_calls = 0;
}

const char *ebk_fault_injected(void)
{
	return fault_method;
}

unsigned long ebk_fault_calls(void)
{
	return fault_calls;
}

enum call_kind {
	READ,  /* reads; inside a transaction or not */
	WRITE, /* changes the database: only inside a write transaction */
};

/* Before a call: 0 to go on, or the injected failure. */
static int enter(struct engine_mailbox *mb, const char *method,
		 enum call_kind kind)
{
	if (kind == WRITE)
		i_assert(mb->backend_tx == EBK_TX_WRITE);
	fault_calls++;
	if (likely(fault_countdown == 0))
		return 0;
	if (fault_countdown > 1) {
		fault_countdown--;
		return 0;
	}
	if (!fault_persist)
		fault_countdown = 0;
	if (fault_method == NULL)
		fault_method = method;
	return -fault_err;
}

/* Makes a failure the mailbox's last error (message: the backend's own,
 * or NULL for the errno's text). */
static void record(struct engine_mailbox *mb, const char *method, int ret,
		   const char *message)
{
	errmsg_set(&mb->last_error, ret, "mailbox backend: %s: %s", method,
		   message ? message : strerror(-ret));
}

/* After a call that does not call back: 0 or a negative errno. */
static int leave(struct engine_mailbox *mb, const char *method, int ret)
{
	i_assert(ret <= 0 && ret >= -ERRNO_MAX);
	if (ret < 0 && ret != -ENOENT && ret != -ENOBUFS)
		record(mb, method, ret, NULL);
	return ret;
}

/* After a call that walks rows: also what a callback returned (a positive
 * value stops the walk; a negative one is the callback's error, already
 * recorded by whoever made it). */
static int leave_walk(struct engine_mailbox *mb, const char *method, int ret,
		      int cb_ret)
{
	if (ret != 0 && ret == cb_ret)
		return ret;
	return leave(mb, method, ret);
}

/* The message of a failure that has an error_r: the backend's, else the
 * recorded one, in the thread's buffer (errmsg.h), which outlives the
 * mailbox (a failed open frees it). */
static int leave_msg(struct engine_mailbox *mb, const char *method, int ret,
		     const char *err, const char **error_r)
{
	i_assert(ret <= 0 && ret >= -ERRNO_MAX);
	if (ret < 0) {
		record(mb, method, ret, err);
		if (error_r != NULL && err != NULL)
			*error_r = err;
		else if (error_r != NULL)
			*error_r = mb->last_error;
	}
	return ret;
}

/* ---------------------------------------------------------------------------
 * Callbacks are passed through a small frame that remembers the last value
 * a callback returned, so a walk's own failures are told apart from the
 * callback's.
 */

struct walk {
	void *ctx;
	int ret;
	union {
		eb_folder_fn *folder;
		eb_message_fn *message;
		eb_sub_fn *sub;
		eb_acl_fn *acl;
		eb_audit_fn *audit;
		eb_receive_fn *receive;
		eb_lob_fn *lob;
	} fn;
};

static int walk_folder(void *ctx, const struct eb_folder *f)
{
	struct walk *w = ctx;

	return w->ret = w->fn.folder(w->ctx, f);
}

static int walk_message(void *ctx, const struct eb_message *m)
{
	struct walk *w = ctx;

	return w->ret = w->fn.message(w->ctx, m);
}

static int walk_sub(void *ctx, const struct eb_sub *s)
{
	struct walk *w = ctx;

	return w->ret = w->fn.sub(w->ctx, s);
}

static int walk_acl(void *ctx, int64_t id, const char *member, ULONG rights)
{
	struct walk *w = ctx;

	return w->ret = w->fn.acl(w->ctx, id, member, rights);
}

static int walk_audit(void *ctx, int64_t time, const char *principal,
		      const char *operation, uint64_t object)
{
	struct walk *w = ctx;

	return w->ret = w->fn.audit(w->ctx, time, principal, operation, object);
}

static int walk_receive(void *ctx, const char *cls, uint64_t fid)
{
	struct walk *w = ctx;

	return w->ret = w->fn.receive(w->ctx, cls, fid);
}

static int walk_lob(void *ctx, int64_t lob, uint32_t num, ULONG tag,
		    uint64_t size)
{
	struct walk *w = ctx;

	return w->ret = w->fn.lob(w->ctx, lob, num, tag, size);
}

/* ---------------------------------------------------------------------------
 * Open, close, transactions
 */

int ebk_open(struct engine_mailbox *mb, const char *path, bool create,
	     const char **error_r)
{
	const char *err = NULL;
	int ret;

	mb->db = NULL;
	mb->backend_tx = EBK_TX_NONE;
	ret = enter(mb, "open", READ);
	if (ret == 0) {
		ret = mb->ops->open(path, create, &mb->db, &err);
		i_assert(ret != 0 || mb->db != NULL);
		if (ret < 0)
			mb->db = NULL;
	}
	return leave_msg(mb, "open", ret, err, error_r);
}

void ebk_close(struct engine_mailbox *mb)
{
	if (mb->db != NULL)
		mb->ops->close(mb->db);
	mb->db = NULL;
	mb->backend_tx = EBK_TX_NONE;
}

int ebk_begin(struct engine_mailbox *mb, bool write, const char **error_r)
{
	const char *err = NULL;
	int ret;

	i_assert(mb->backend_tx == EBK_TX_NONE);
	ret = enter(mb, "begin", READ);
	if (ret == 0)
		ret = mb->ops->begin(mb->db, write, &err);
	if (ret == 0)
		mb->backend_tx = write ? EBK_TX_WRITE : EBK_TX_READ;
	return leave_msg(mb, "begin", ret, err, error_r);
}

int ebk_commit(struct engine_mailbox *mb, const char **error_r)
{
	const char *err = NULL;
	int ret;

	i_assert(mb->backend_tx != EBK_TX_NONE);
	ret = enter(mb, "commit", READ);
	if (ret == 0)
		ret = mb->ops->commit(mb->db, &err);
	else
		mb->ops->rollback(mb->db); /* what a failed commit does */
	mb->backend_tx = EBK_TX_NONE;
	return leave_msg(mb, "commit", ret, err, error_r);
}

void ebk_rollback(struct engine_mailbox *mb)
{
	mb->ops->rollback(mb->db);
	mb->backend_tx = EBK_TX_NONE;
}

/* ---------------------------------------------------------------------------
 * Meta, folders
 */

int ebk_meta_get(struct engine_mailbox *mb, const char *key, void *buf,
		 size_t cap, size_t *len_r)
{
	int ret = enter(mb, "meta_get", READ);

	if (ret == 0)
		ret = mb->ops->meta_get(mb->db, key, buf, cap, len_r);
	return leave(mb, "meta_get", ret);
}

int ebk_meta_set(struct engine_mailbox *mb, const char *key, const void *val,
		 size_t len)
{
	int ret = enter(mb, "meta_set", WRITE);

	if (ret == 0)
		ret = mb->ops->meta_set(mb->db, key, val, len);
	return leave(mb, "meta_set", ret);
}

int ebk_folder_put(struct engine_mailbox *mb, const struct eb_folder *f)
{
	int ret = enter(mb, "folder_put", WRITE);

	if (ret == 0)
		ret = mb->ops->folder_put(mb->db, f);
	return leave(mb, "folder_put", ret);
}

int ebk_folder_get(struct engine_mailbox *mb, uint64_t fid, eb_folder_fn *fn,
		   void *ctx)
{
	struct walk w = {.ctx = ctx, .fn.folder = fn};
	int ret = enter(mb, "folder_get", READ);

	if (ret == 0)
		ret = mb->ops->folder_get(mb->db, fid, walk_folder, &w);
	return leave_walk(mb, "folder_get", ret, w.ret);
}

int ebk_folder_children(struct engine_mailbox *mb, uint64_t parent,
			eb_folder_fn *fn, void *ctx)
{
	struct walk w = {.ctx = ctx, .fn.folder = fn};
	int ret = enter(mb, "folder_children", READ);

	if (ret == 0)
		ret = mb->ops->folder_children(mb->db, parent, walk_folder, &w);
	return leave_walk(mb, "folder_children", ret, w.ret);
}

int ebk_folder_find(struct engine_mailbox *mb, uint64_t parent,
		    const char *name, uint64_t *fid_r)
{
	int ret = enter(mb, "folder_find", READ);

	if (ret == 0)
		ret = mb->ops->folder_find(mb->db, parent, name, fid_r);
	return leave(mb, "folder_find", ret);
}

int ebk_folder_delete(struct engine_mailbox *mb, uint64_t fid)
{
	int ret = enter(mb, "folder_delete", WRITE);

	if (ret == 0)
		ret = mb->ops->folder_delete(mb->db, fid);
	return leave(mb, "folder_delete", ret);
}

int ebk_folder_counts(struct engine_mailbox *mb, uint64_t fid,
		      uint64_t *count_r, uint64_t *unread_r, uint64_t *assoc_r,
		      uint64_t *children_r)
{
	int ret = enter(mb, "folder_counts", READ);

	if (ret == 0)
		ret = mb->ops->folder_counts(mb->db, fid, count_r, unread_r,
					     assoc_r, children_r);
	return leave(mb, "folder_counts", ret);
}

/* ---------------------------------------------------------------------------
 * Messages
 */

int ebk_msg_put(struct engine_mailbox *mb, const struct eb_message *m)
{
	int ret = enter(mb, "msg_put", WRITE);

	if (ret == 0)
		ret = mb->ops->msg_put(mb->db, m);
	return leave(mb, "msg_put", ret);
}

int ebk_msg_get(struct engine_mailbox *mb, uint64_t mid, eb_message_fn *fn,
		void *ctx)
{
	struct walk w = {.ctx = ctx, .fn.message = fn};
	int ret = enter(mb, "msg_get", READ);

	if (ret == 0)
		ret = mb->ops->msg_get(mb->db, mid, walk_message, &w);
	return leave_walk(mb, "msg_get", ret, w.ret);
}

int ebk_msg_delete(struct engine_mailbox *mb, uint64_t mid)
{
	int ret = enter(mb, "msg_delete", WRITE);

	if (ret == 0)
		ret = mb->ops->msg_delete(mb->db, mid);
	return leave(mb, "msg_delete", ret);
}

int ebk_msg_embedded(struct engine_mailbox *mb, uint64_t parent_mid,
		     uint32_t num, uint64_t *mid_r)
{
	int ret = enter(mb, "msg_embedded", READ);

	if (ret == 0)
		ret = mb->ops->msg_embedded(mb->db, parent_mid, num, mid_r);
	return leave(mb, "msg_embedded", ret);
}

int ebk_msg_set_flags(struct engine_mailbox *mb, uint64_t mid, int64_t set,
		      int64_t clear, uint64_t change_num)
{
	int ret = enter(mb, "msg_set_flags", WRITE);

	if (ret == 0)
		ret =
		    mb->ops->msg_set_flags(mb->db, mid, set, clear, change_num);
	return leave(mb, "msg_set_flags", ret);
}

int ebk_msg_query(struct engine_mailbox *mb, const struct eb_query *q,
		  eb_message_fn *fn, void *ctx)
{
	struct walk w = {.ctx = ctx, .fn.message = fn};
	int ret = enter(mb, "msg_query", READ);

	if (ret == 0)
		ret = mb->ops->msg_query(mb->db, q, walk_message, &w);
	return leave_walk(mb, "msg_query", ret, w.ret);
}

int ebk_msg_count(struct engine_mailbox *mb, const struct eb_query *q,
		  uint64_t *count_r)
{
	int ret = enter(mb, "msg_count", READ);

	if (ret == 0)
		ret = mb->ops->msg_count(mb->db, q, count_r);
	return leave(mb, "msg_count", ret);
}

int ebk_msg_total_size(struct engine_mailbox *mb, uint64_t *size_r)
{
	int ret = enter(mb, "msg_total_size", READ);

	if (ret == 0)
		ret = mb->ops->msg_total_size(mb->db, size_r);
	return leave(mb, "msg_total_size", ret);
}

int ebk_sub_put(struct engine_mailbox *mb, enum eb_sub_kind kind, uint64_t mid,
		unsigned int count, const struct eb_sub *rows)
{
	int ret = enter(mb, "sub_put", WRITE);

	if (ret == 0)
		ret = mb->ops->sub_put(mb->db, kind, mid, count, rows);
	return leave(mb, "sub_put", ret);
}

int ebk_sub_list(struct engine_mailbox *mb, enum eb_sub_kind kind, uint64_t mid,
		 eb_sub_fn *fn, void *ctx)
{
	struct walk w = {.ctx = ctx, .fn.sub = fn};
	int ret = enter(mb, "sub_list", READ);

	if (ret == 0)
		ret = mb->ops->sub_list(mb->db, kind, mid, walk_sub, &w);
	return leave_walk(mb, "sub_list", ret, w.ret);
}

int ebk_msg_head(struct engine_mailbox *mb, uint64_t mid, eb_message_fn *fn,
		 void *ctx)
{
	struct walk w = {.ctx = ctx, .fn.message = fn};
	int ret;

	if (mb->ops->version < 2 || mb->ops->msg_head == NULL)
		return -ENOTSUP;
	ret = enter(mb, "msg_head", READ);
	if (ret == 0)
		ret = mb->ops->msg_head(mb->db, mid, walk_message, &w);
	return leave_walk(mb, "msg_head", ret, w.ret);
}

/* ---------------------------------------------------------------------------
 * Named properties, ACL, audit, receive folders
 */

int ebk_named_find(struct engine_mailbox *mb, const GUID *guid, ULONG kind,
		   LONG lid, const char *name, ULONG *id_r)
{
	int ret = enter(mb, "named_find", READ);

	if (ret == 0)
		ret = mb->ops->named_find(mb->db, guid, kind, lid, name, id_r);
	return leave(mb, "named_find", ret);
}

int ebk_named_add(struct engine_mailbox *mb, const GUID *guid, ULONG kind,
		  LONG lid, const char *name, ULONG *id_r)
{
	int ret = enter(mb, "named_add", WRITE);

	if (ret == 0)
		ret = mb->ops->named_add(mb->db, guid, kind, lid, name, id_r);
	return leave(mb, "named_add", ret);
}

int ebk_named_get(struct engine_mailbox *mb, ULONG id, GUID *guid_r,
		  ULONG *kind_r, LONG *lid_r, char **name_r)
{
	int ret = enter(mb, "named_get", READ);

	if (ret == 0)
		ret = mb->ops->named_get(mb->db, id, guid_r, kind_r, lid_r,
					 name_r);
	return leave(mb, "named_get", ret);
}

int ebk_acl_get(struct engine_mailbox *mb, uint64_t fid, const char *member,
		ULONG *rights_r)
{
	int ret = enter(mb, "acl_get", READ);

	if (ret == 0)
		ret = mb->ops->acl_get(mb->db, fid, member, rights_r);
	return leave(mb, "acl_get", ret);
}

int ebk_acl_list(struct engine_mailbox *mb, uint64_t fid, eb_acl_fn *fn,
		 void *ctx)
{
	struct walk w = {.ctx = ctx, .fn.acl = fn};
	int ret = enter(mb, "acl_list", READ);

	if (ret == 0)
		ret = mb->ops->acl_list(mb->db, fid, walk_acl, &w);
	return leave_walk(mb, "acl_list", ret, w.ret);
}

int ebk_acl_set(struct engine_mailbox *mb, uint64_t fid, const char *member,
		ULONG rights)
{
	int ret = enter(mb, "acl_set", WRITE);

	if (ret == 0)
		ret = mb->ops->acl_set(mb->db, fid, member, rights);
	return leave(mb, "acl_set", ret);
}

int ebk_acl_delete(struct engine_mailbox *mb, uint64_t fid, const char *member)
{
	int ret = enter(mb, "acl_delete", WRITE);

	if (ret == 0)
		ret = mb->ops->acl_delete(mb->db, fid, member);
	return leave(mb, "acl_delete", ret);
}

int ebk_audit_add(struct engine_mailbox *mb, int64_t time,
		  const char *principal, const char *operation, uint64_t object)
{
	int ret = enter(mb, "audit_add", WRITE);

	if (ret == 0)
		ret = mb->ops->audit_add(mb->db, time, principal, operation,
					 object);
	return leave(mb, "audit_add", ret);
}

int ebk_audit_list(struct engine_mailbox *mb, eb_audit_fn *fn, void *ctx)
{
	struct walk w = {.ctx = ctx, .fn.audit = fn};
	int ret = enter(mb, "audit_list", READ);

	if (ret == 0)
		ret = mb->ops->audit_list(mb->db, walk_audit, &w);
	return leave_walk(mb, "audit_list", ret, w.ret);
}

int ebk_receive_get(struct engine_mailbox *mb, const char *cls, uint64_t *fid_r)
{
	int ret = enter(mb, "receive_get", READ);

	if (ret == 0)
		ret = mb->ops->receive_get(mb->db, cls, fid_r);
	return leave(mb, "receive_get", ret);
}

int ebk_receive_set(struct engine_mailbox *mb, const char *cls, uint64_t fid)
{
	int ret = enter(mb, "receive_set", WRITE);

	if (ret == 0)
		ret = mb->ops->receive_set(mb->db, cls, fid);
	return leave(mb, "receive_set", ret);
}

int ebk_receive_list(struct engine_mailbox *mb, eb_receive_fn *fn, void *ctx)
{
	struct walk w = {.ctx = ctx, .fn.receive = fn};
	int ret = enter(mb, "receive_list", READ);

	if (ret == 0)
		ret = mb->ops->receive_list(mb->db, walk_receive, &w);
	return leave_walk(mb, "receive_list", ret, w.ret);
}

int ebk_data_version(struct engine_mailbox *mb, uint64_t *version_r)
{
	int ret = enter(mb, "data_version", READ);

	if (ret == 0)
		ret = mb->ops->data_version(mb->db, version_r);
	return leave(mb, "data_version", ret);
}

int ebk_check(struct engine_mailbox *mb, const char **error_r)
{
	const char *err = NULL;
	int ret = enter(mb, "check", READ);

	if (ret == 0)
		ret = mb->ops->check(mb->db, &err);
	return leave_msg(mb, "check", ret, err, error_r);
}

/* ---------------------------------------------------------------------------
 * Large values
 */

int ebk_lob_new(struct engine_mailbox *mb, int64_t now, int64_t *lob_r)
{
	int ret = enter(mb, "lob_new", WRITE);

	if (ret == 0)
		ret = mb->ops->lob_new(mb->db, now, lob_r);
	return leave(mb, "lob_new", ret);
}

int ebk_lob_append(struct engine_mailbox *mb, int64_t lob, uint32_t seq,
		   const void *data, size_t len)
{
	int ret = enter(mb, "lob_append", WRITE);

	if (ret == 0)
		ret = mb->ops->lob_append(mb->db, lob, seq, data, len);
	return leave(mb, "lob_append", ret);
}

int ebk_lob_attach(struct engine_mailbox *mb, int64_t lob, uint64_t mid,
		   uint32_t num, ULONG tag, uint64_t size)
{
	int ret = enter(mb, "lob_attach", WRITE);

	if (ret == 0)
		ret = mb->ops->lob_attach(mb->db, lob, mid, num, tag, size);
	return leave(mb, "lob_attach", ret);
}

int ebk_lob_detach(struct engine_mailbox *mb, uint64_t mid)
{
	int ret = enter(mb, "lob_detach", WRITE);

	if (ret == 0)
		ret = mb->ops->lob_detach(mb->db, mid);
	return leave(mb, "lob_detach", ret);
}

int ebk_lob_drop_detached(struct engine_mailbox *mb, uint64_t mid)
{
	int ret = enter(mb, "lob_drop_detached", WRITE);

	if (ret == 0)
		ret = mb->ops->lob_drop_detached(mb->db, mid);
	return leave(mb, "lob_drop_detached", ret);
}

int ebk_lob_delete(struct engine_mailbox *mb, int64_t lob)
{
	int ret = enter(mb, "lob_delete", WRITE);

	if (ret == 0)
		ret = mb->ops->lob_delete(mb->db, lob);
	return leave(mb, "lob_delete", ret);
}

int ebk_lob_copy(struct engine_mailbox *mb, int64_t lob, int64_t now,
		 int64_t *copy_r)
{
	int ret = enter(mb, "lob_copy", WRITE);

	if (ret == 0)
		ret = mb->ops->lob_copy(mb->db, lob, now, copy_r);
	return leave(mb, "lob_copy", ret);
}

int ebk_lob_list(struct engine_mailbox *mb, uint64_t mid, eb_lob_fn *fn,
		 void *ctx)
{
	struct walk w = {.ctx = ctx, .fn.lob = fn};
	int ret = enter(mb, "lob_list", READ);

	if (ret == 0)
		ret = mb->ops->lob_list(mb->db, mid, walk_lob, &w);
	return leave_walk(mb, "lob_list", ret, w.ret);
}

int ebk_lob_gc(struct engine_mailbox *mb, int64_t before)
{
	int ret = enter(mb, "lob_gc", WRITE);

	if (ret == 0)
		ret = mb->ops->lob_gc(mb->db, before);
	return leave(mb, "lob_gc", ret);
}

int ebk_lob_open(struct engine_mailbox *mb, int64_t lob, struct eb_lob **r_r)
{
	int ret = enter(mb, "lob_open", READ);

	if (ret == 0) {
		ret = mb->ops->lob_open(mb->db, lob, r_r);
		i_assert(ret != 0 || *r_r != NULL);
	}
	return leave(mb, "lob_open", ret);
}

int ebk_lob_read(struct engine_mailbox *mb, struct eb_lob *r, uint64_t offset,
		 void *buf, size_t len, size_t *done_r)
{
	int ret = enter(mb, "lob_read", READ);

	if (ret == 0) {
		ret = mb->ops->lob_read(r, offset, buf, len, done_r);
		i_assert(ret != 0 || *done_r <= len);
	}
	return leave(mb, "lob_read", ret);
}

void ebk_lob_close(struct engine_mailbox *mb, struct eb_lob *r)
{
	if (r != NULL)
		mb->ops->lob_close(r);
}
