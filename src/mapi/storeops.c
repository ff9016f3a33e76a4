/*
 * storeops.c - calling store-ops tables: the registry, the wrappers every
 * call goes through (lock, fault injection, contract checks, trace; see
 * storeops.h), the error codes, and the store entry IDs of local stores
 * (see storeops.h for the layout).
 */
#include "lib.h"
#include "storeops.h"

#include <errno.h>
#include <pthread.h>
#include <stdatomic.h>
#include <string.h>

#include "engine.h"
#include "errmsg.h"

const MAPIUID storeeid_local_uid = {{0x3C, 0x7A, 0xCC, 0x59, 0x3E, 0x96, 0xEA,
				     0x1A, 0x7E, 0x3B, 0xBB, 0x42, 0xAC, 0x05,
				     0x37, 0xF6}};

#define STOREOPS_MAX 8

static pthread_mutex_t registry_lock = PTHREAD_MUTEX_INITIALIZER;
static const struct storeops *registry[STOREOPS_MAX];

/* ============================== Registry ============================== */

/* The functions of version 1, which every table has. */
#define V1(fn) offsetof(struct storeops, fn)
static const size_t v1_functions[] = {
    V1(open),
    V1(close),
    V1(last_error),
    V1(special_folder),
    V1(store_get_props),
    V1(store_set_props),
    V1(folder_entryid),
    V1(message_entryid),
    V1(entryid_parse),
    V1(folder_create),
    V1(folder_get_props),
    V1(folder_set_props),
    V1(folder_delete_props),
    V1(folder_delete),
    V1(folder_copy),
    V1(folder_empty),
    V1(receive_folder_get),
    V1(receive_folder_set),
    V1(receive_folder_list),
    V1(message_create),
    V1(message_open),
    V1(message_close),
    V1(message_ids),
    V1(message_get_props),
    V1(message_set_props),
    V1(message_delete_props),
    V1(message_modify_recipients),
    V1(message_set_read_flag),
    V1(message_save),
    V1(attach_create),
    V1(attach_open),
    V1(attach_delete),
    V1(attach_get_props),
    V1(attach_set_props),
    V1(attach_delete_props),
    V1(attach_open_embedded),
    V1(attach_save),
    V1(attach_close),
    V1(stream_open_message),
    V1(stream_open_attach),
    V1(stream_read),
    V1(stream_write),
    V1(stream_seek),
    V1(stream_size),
    V1(stream_commit),
    V1(stream_close),
    V1(messages_set_read_flag),
    V1(messages_delete),
    V1(messages_copy),
    V1(names_to_ids),
    V1(ids_to_names),
    V1(table_open),
    V1(table_open_message),
    V1(table_close),
    V1(table_set_columns),
    V1(table_query_columns),
    V1(table_restrict),
    V1(table_sort),
    V1(table_row_count),
    V1(table_query_rows),
    V1(table_seek),
    V1(table_seek_approx),
    V1(table_position),
    V1(table_bookmark_create),
    V1(table_bookmark_free),
    V1(table_find_row),
    V1(subscribe),
    V1(unsubscribe),
};

typedef void any_fn(void);
_Static_assert(sizeof(((struct storeops *)0)->open) == sizeof(any_fn *),
	       "function pointers are alike");

static bool has_v1_functions(const struct storeops *ops)
{
	size_t i;

	for (i = 0; i < N_ELEMENTS(v1_functions); i++) {
		any_fn *fn;

		memcpy(&fn, (const char *)ops + v1_functions[i], sizeof(fn));
		if (fn == NULL)
			return false;
	}
	return true;
}

int storeops_register(const struct storeops *ops)
{
	int i, ret = -ENOSPC;

	if (ops == NULL || ops->name == NULL || ops->name[0] == '\0' ||
	    ops->version < 1 || ops->version > STOREOPS_VERSION ||
	    !has_v1_functions(ops))
		return -EINVAL;
	if (strcmp(ops->name, storeops_local.name) == 0)
		return -EEXIST;
	pthread_mutex_lock(&registry_lock);
	for (i = 0; i < STOREOPS_MAX; i++) {
		if (registry[i] != NULL &&
		    strcmp(registry[i]->name, ops->name) == 0) {
			ret = -EEXIST;
			break;
		}
		if (registry[i] == NULL) {
			registry[i] = ops;
			ret = 0;
			break;
		}
	}
	pthread_mutex_unlock(&registry_lock);
	return ret;
}

const struct storeops *storeops_find(const char *name)
{
	const struct storeops *found = NULL;
	int i;

	if (name == NULL)
		return NULL;
	if (strcmp(name, storeops_local.name) == 0)
		return &storeops_local;
	pthread_mutex_lock(&registry_lock);
	for (i = 0; i < STOREOPS_MAX && registry[i] != NULL; i++)
		if (strcmp(registry[i]->name, name) == 0) {
			found = registry[i];
			break;
		}
	pthread_mutex_unlock(&registry_lock);
	return found;
}

/* Every implementation speaks engine.h's codes, so its table applies. */
HRESULT storeops_hresult(int ret)
{
	return engine_hresult(ret);
}

/* ========================= The wrappers' frame ========================= */

static _Thread_local unsigned long fail_countdown;
static _Thread_local int fail_err;
static _Thread_local bool fail_happened;
/* The message of the thread's last call, NULL when it succeeded. */
static _Thread_local const char *thread_error;

static storeops_trace_fn *_Atomic trace_fn;
static void *_Atomic trace_ctx;

void storeops_fail_after(unsigned long n, int err)
{
	fail_countdown = n;
	fail_err = err < 0 ? err : -EIO;
	fail_happened = false;
}

bool storeops_injected(void)
{
	return fail_happened;
}

void storeops_set_trace(storeops_trace_fn *fn, void *ctx)
{
	atomic_store(&trace_ctx, ctx);
	atomic_store(&trace_fn, fn);
}

const char *storeops_error(void)
{
	return thread_error != NULL ? thread_error : "";
}

static void trace(const char *call, int ret)
{
	storeops_trace_fn *fn = atomic_load(&trace_fn);

	if (fn != NULL)
		fn(atomic_load(&trace_ctx), call, ret,
		   ret < 0 ? thread_error : NULL);
}

/* Whether this call, one that can fail, is the one to fail. */
static bool inject(void)
{
	if (fail_countdown == 0 || --fail_countdown > 0)
		return false;
	fail_happened = true;
	return true;
}

/* Records the message of a failed call: why, or the table's, or the
 * errno's. */
static void record(struct storeops_mailbox *m, int ret, const char *why)
{
	const char *msg = why;

	if (msg == NULL && m->mbx != NULL)
		msg = m->ops->last_error(m->mbx);
	if (msg == NULL || msg[0] == '\0')
		msg = strerror(-ret);
	errmsg_set(&thread_error, ret, "%s", msg);
}

/*
 * The end of every call that can fail: checks the result (0 or a negative
 * errno, up to max), records and traces it, and lets the lock go.
 */
static int call_end(struct storeops_mailbox *m, const char *call, int ret,
		    int max)
{
	i_assert(ret <= max);
	if (ret < 0)
		record(m, ret, NULL);
	trace(call, ret);
	pthread_mutex_unlock(&m->lock);
	return ret;
}

/*
 * The start of every call that can fail: the lock, then the fault hook
 * and the check for a function the table leaves NULL.  Returns 0 with the
 * lock held, or the failure to return (the lock let go).
 */
static int call_begin(struct storeops_mailbox *m, const char *call,
		      bool present)
{
	int ret = 0;

	pthread_mutex_lock(&m->lock);
	thread_error = NULL;
	if (inject())
		ret = fail_err;
	else if (!present)
		ret = -ENOTSUP;
	if (ret == 0)
		return 0;
	record(m, ret,
	       ret == -ENOTSUP ? "the store does not support it"
			       : "injected fault");
	trace(call, ret);
	pthread_mutex_unlock(&m->lock);
	return ret;
}

/* A call that can fail: `int ret` of the wrapper is the table's result,
 * or the wrapper returns the failure call_begin made. */
#define CALL(m, fn, ...)                                                       \
	do {                                                                   \
		ret = call_begin((m), #fn, (m)->ops->fn != NULL);              \
		if (ret < 0)                                                   \
			return ret;                                            \
		ret = (m)->ops->fn(__VA_ARGS__);                               \
	} while (0)

/* A call that cannot fail (release, entry IDs, sizes): the lock only. */
#define CALL_VOID(m, fn, ...)                                                  \
	do {                                                                   \
		pthread_mutex_lock(&(m)->lock);                                \
		(m)->ops->fn(__VA_ARGS__);                                     \
		trace(#fn, 0);                                                 \
		pthread_mutex_unlock(&(m)->lock);                              \
	} while (0)

/* ============================== Mailboxes ============================== */

int storeops_mailbox_open(struct storeops_mailbox *m,
			  const struct storeops *ops,
			  const struct storeops_open_params *p,
			  const char **error_r)
{
	pthread_mutexattr_t attr;
	const char *error = NULL;
	int ret;

	memset(m, 0, sizeof(*m));
	m->ops = ops;
	pthread_mutexattr_init(&attr);
	pthread_mutexattr_settype(&attr, PTHREAD_MUTEX_RECURSIVE);
	pthread_mutex_init(&m->lock, &attr);
	pthread_mutexattr_destroy(&attr);
	ret = call_begin(m, "open", ops->open != NULL);
	if (ret == 0) {
		ret = ops->open(p, &m->mbx, &error);
		i_assert(ret <= 0 && (ret < 0 || m->mbx != NULL));
		if (ret < 0)
			record(m, ret, error);
		trace("open", ret);
		pthread_mutex_unlock(&m->lock);
	}
	if (ret < 0) {
		if (error_r != NULL)
			*error_r = storeops_error();
		pthread_mutex_destroy(&m->lock);
		memset(m, 0, sizeof(*m));
	}
	return ret;
}

void storeops_mailbox_close(struct storeops_mailbox *m)
{
	if (m->mbx == NULL)
		return;
	CALL_VOID(m, close, m->mbx);
	pthread_mutex_destroy(&m->lock);
	memset(m, 0, sizeof(*m));
}

void storeops_mailbox_lock(struct storeops_mailbox *m)
{
	pthread_mutex_lock(&m->lock);
}

void storeops_mailbox_unlock(struct storeops_mailbox *m)
{
	pthread_mutex_unlock(&m->lock);
}

int storeops_special_folder(struct storeops_mailbox *m,
			    enum storeops_special which, storeops_id_t *fid_r)
{
	int ret;

	CALL(m, special_folder, m->mbx, which, fid_r);
	i_assert(ret < 0 || *fid_r != 0);
	return call_end(m, "special_folder", ret, 0);
}

int storeops_store_get_props(struct storeops_mailbox *m,
			     const SPropTagArray *tags, ULONG *count_r,
			     SPropValue **props_r)
{
	int ret;

	CALL(m, store_get_props, m->mbx, tags, count_r, props_r);
	i_assert(ret < 0 || *count_r == 0 || *props_r != NULL);
	return call_end(m, "store_get_props", ret, 1);
}

int storeops_store_set_props(struct storeops_mailbox *m, ULONG count,
			     const SPropValue *props)
{
	int ret;

	CALL(m, store_set_props, m->mbx, count, props);
	return call_end(m, "store_set_props", ret, 0);
}

void storeops_folder_entryid(struct storeops_mailbox *m, storeops_id_t fid,
			     uint8_t out[STOREOPS_FOLDER_EID_SIZE])
{
	CALL_VOID(m, folder_entryid, m->mbx, fid, out);
}

void storeops_message_entryid(struct storeops_mailbox *m, storeops_id_t fid,
			      storeops_id_t mid,
			      uint8_t out[STOREOPS_MESSAGE_EID_SIZE])
{
	CALL_VOID(m, message_entryid, m->mbx, fid, mid, out);
}

int storeops_entryid_parse(struct storeops_mailbox *m, const void *eid,
			   size_t len, ULONG *type_r, storeops_id_t *fid_r,
			   storeops_id_t *mid_r)
{
	int ret;

	CALL(m, entryid_parse, m->mbx, eid, len, type_r, fid_r, mid_r);
	i_assert(ret < 0 || *type_r == MAPI_FOLDER || *type_r == MAPI_MESSAGE);
	return call_end(m, "entryid_parse", ret, 0);
}

/* =============================== Folders =============================== */

int storeops_folder_create(struct storeops_mailbox *m, storeops_id_t parent,
			   const char *name, ULONG folder_type, ULONG flags,
			   storeops_id_t *fid_r)
{
	int ret;

	CALL(m, folder_create, m->mbx, parent, name, folder_type, flags, fid_r);
	i_assert(ret < 0 || *fid_r != 0);
	return call_end(m, "folder_create", ret, 0);
}

int storeops_folder_get_props(struct storeops_mailbox *m, storeops_id_t fid,
			      const SPropTagArray *tags, ULONG *count_r,
			      SPropValue **props_r)
{
	int ret;

	CALL(m, folder_get_props, m->mbx, fid, tags, count_r, props_r);
	i_assert(ret < 0 || *count_r == 0 || *props_r != NULL);
	return call_end(m, "folder_get_props", ret, 1);
}

int storeops_folder_set_props(struct storeops_mailbox *m, storeops_id_t fid,
			      ULONG count, const SPropValue *props)
{
	int ret;

	CALL(m, folder_set_props, m->mbx, fid, count, props);
	return call_end(m, "folder_set_props", ret, 0);
}

int storeops_folder_delete_props(struct storeops_mailbox *m, storeops_id_t fid,
				 const SPropTagArray *tags)
{
	int ret;

	CALL(m, folder_delete_props, m->mbx, fid, tags);
	return call_end(m, "folder_delete_props", ret, 0);
}

int storeops_folder_delete(struct storeops_mailbox *m, storeops_id_t fid,
			   ULONG flags)
{
	int ret;

	CALL(m, folder_delete, m->mbx, fid, flags);
	return call_end(m, "folder_delete", ret, 0);
}

int storeops_folder_copy(struct storeops_mailbox *m, storeops_id_t fid,
			 storeops_id_t dest, const char *new_name, ULONG flags,
			 storeops_id_t *new_fid_r)
{
	int ret;

	CALL(m, folder_copy, m->mbx, fid, dest, new_name, flags, new_fid_r);
	i_assert(ret < 0 || new_fid_r == NULL || *new_fid_r != 0);
	return call_end(m, "folder_copy", ret, 0);
}

int storeops_folder_empty(struct storeops_mailbox *m, storeops_id_t fid,
			  ULONG flags)
{
	int ret;

	CALL(m, folder_empty, m->mbx, fid, flags);
	return call_end(m, "folder_empty", ret, 0);
}

int storeops_receive_folder_get(struct storeops_mailbox *m,
				const char *message_class, storeops_id_t *fid_r)
{
	int ret;

	CALL(m, receive_folder_get, m->mbx, message_class, fid_r);
	i_assert(ret < 0 || *fid_r != 0);
	return call_end(m, "receive_folder_get", ret, 0);
}

int storeops_receive_folder_set(struct storeops_mailbox *m,
				const char *message_class, storeops_id_t fid)
{
	int ret;

	CALL(m, receive_folder_set, m->mbx, message_class, fid);
	return call_end(m, "receive_folder_set", ret, 0);
}

int storeops_receive_folder_list(struct storeops_mailbox *m,
				 int (*fn)(void *ctx, const char *cls,
					   storeops_id_t fid),
				 void *ctx)
{
	int ret;

	CALL(m, receive_folder_list, m->mbx, fn, ctx);
	/* fn's result, which stops the walk, may be any positive value. */
	return call_end(m, "receive_folder_list", ret, ret);
}

/* ============================== Messages =============================== */

int storeops_message_create(struct storeops_mailbox *m, storeops_id_t fid,
			    ULONG flags, struct storeops_msg **msg_r)
{
	int ret;

	CALL(m, message_create, m->mbx, fid, flags, msg_r);
	i_assert(ret < 0 || *msg_r != NULL);
	return call_end(m, "message_create", ret, 0);
}

int storeops_message_open(struct storeops_mailbox *m, storeops_id_t fid,
			  storeops_id_t mid, ULONG flags,
			  struct storeops_msg **msg_r)
{
	int ret;

	CALL(m, message_open, m->mbx, fid, mid, flags, msg_r);
	i_assert(ret < 0 || *msg_r != NULL);
	return call_end(m, "message_open", ret, 0);
}

void storeops_message_close(struct storeops_mailbox *m,
			    struct storeops_msg *msg)
{
	if (msg != NULL)
		CALL_VOID(m, message_close, msg);
}

void storeops_message_ids(struct storeops_mailbox *m,
			  const struct storeops_msg *msg, storeops_id_t *fid_r,
			  storeops_id_t *mid_r)
{
	CALL_VOID(m, message_ids, msg, fid_r, mid_r);
}

int storeops_message_get_props(struct storeops_mailbox *m,
			       struct storeops_msg *msg,
			       const SPropTagArray *tags, ULONG *count_r,
			       SPropValue **props_r)
{
	int ret;

	CALL(m, message_get_props, msg, tags, count_r, props_r);
	i_assert(ret < 0 || *count_r == 0 || *props_r != NULL);
	return call_end(m, "message_get_props", ret, 1);
}

int storeops_message_set_props(struct storeops_mailbox *m,
			       struct storeops_msg *msg, ULONG count,
			       const SPropValue *props)
{
	int ret;

	CALL(m, message_set_props, msg, count, props);
	return call_end(m, "message_set_props", ret, 0);
}

int storeops_message_delete_props(struct storeops_mailbox *m,
				  struct storeops_msg *msg,
				  const SPropTagArray *tags)
{
	int ret;

	CALL(m, message_delete_props, msg, tags);
	return call_end(m, "message_delete_props", ret, 0);
}

int storeops_message_modify_recipients(struct storeops_mailbox *m,
				       struct storeops_msg *msg, ULONG flags,
				       const ADRLIST *list)
{
	int ret;

	CALL(m, message_modify_recipients, msg, flags, list);
	return call_end(m, "message_modify_recipients", ret, 0);
}

int storeops_message_set_read_flag(struct storeops_mailbox *m,
				   struct storeops_msg *msg, ULONG flags)
{
	int ret;

	CALL(m, message_set_read_flag, msg, flags);
	return call_end(m, "message_set_read_flag", ret, 0);
}

int storeops_message_save(struct storeops_mailbox *m, struct storeops_msg *msg,
			  ULONG flags)
{
	int ret;

	CALL(m, message_save, msg, flags);
	return call_end(m, "message_save", ret, 0);
}

/* ============================= Attachments ============================= */

int storeops_attach_create(struct storeops_mailbox *m, struct storeops_msg *msg,
			   struct storeops_att **att_r, ULONG *num_r)
{
	int ret;

	CALL(m, attach_create, msg, att_r, num_r);
	i_assert(ret < 0 || *att_r != NULL);
	return call_end(m, "attach_create", ret, 0);
}

int storeops_attach_open(struct storeops_mailbox *m, struct storeops_msg *msg,
			 ULONG num, ULONG flags, struct storeops_att **att_r)
{
	int ret;

	CALL(m, attach_open, msg, num, flags, att_r);
	i_assert(ret < 0 || *att_r != NULL);
	return call_end(m, "attach_open", ret, 0);
}

int storeops_attach_delete(struct storeops_mailbox *m, struct storeops_msg *msg,
			   ULONG num)
{
	int ret;

	CALL(m, attach_delete, msg, num);
	return call_end(m, "attach_delete", ret, 0);
}

int storeops_attach_get_props(struct storeops_mailbox *m,
			      struct storeops_att *att,
			      const SPropTagArray *tags, ULONG *count_r,
			      SPropValue **props_r)
{
	int ret;

	CALL(m, attach_get_props, att, tags, count_r, props_r);
	i_assert(ret < 0 || *count_r == 0 || *props_r != NULL);
	return call_end(m, "attach_get_props", ret, 1);
}

int storeops_attach_set_props(struct storeops_mailbox *m,
			      struct storeops_att *att, ULONG count,
			      const SPropValue *props)
{
	int ret;

	CALL(m, attach_set_props, att, count, props);
	return call_end(m, "attach_set_props", ret, 0);
}

int storeops_attach_delete_props(struct storeops_mailbox *m,
				 struct storeops_att *att,
				 const SPropTagArray *tags)
{
	int ret;

	CALL(m, attach_delete_props, att, tags);
	return call_end(m, "attach_delete_props", ret, 0);
}

int storeops_attach_open_embedded(struct storeops_mailbox *m,
				  struct storeops_att *att, ULONG flags,
				  struct storeops_msg **msg_r)
{
	int ret;

	CALL(m, attach_open_embedded, att, flags, msg_r);
	i_assert(ret < 0 || *msg_r != NULL);
	return call_end(m, "attach_open_embedded", ret, 0);
}

int storeops_attach_save(struct storeops_mailbox *m, struct storeops_att *att)
{
	int ret;

	CALL(m, attach_save, att);
	return call_end(m, "attach_save", ret, 0);
}

int storeops_message_large_tags(struct storeops_mailbox *m,
				struct storeops_msg *msg,
				SPropTagArray **tags_r)
{
	int ret;

	CALL(m, message_large_tags, msg, tags_r);
	i_assert(ret < 0 || *tags_r != NULL);
	return call_end(m, "message_large_tags", ret, 0);
}

int storeops_attach_large_tags(struct storeops_mailbox *m,
			       struct storeops_att *att, SPropTagArray **tags_r)
{
	int ret;

	CALL(m, attach_large_tags, att, tags_r);
	i_assert(ret < 0 || *tags_r != NULL);
	return call_end(m, "attach_large_tags", ret, 0);
}

void storeops_attach_close(struct storeops_mailbox *m, struct storeops_att *att)
{
	if (att != NULL)
		CALL_VOID(m, attach_close, att);
}

/* =============================== Streams =============================== */

int storeops_stream_open_message(struct storeops_mailbox *m,
				 struct storeops_msg *msg, ULONG tag,
				 unsigned int flags,
				 struct storeops_stream **s_r)
{
	int ret;

	CALL(m, stream_open_message, msg, tag, flags, s_r);
	i_assert(ret < 0 || *s_r != NULL);
	return call_end(m, "stream_open_message", ret, 0);
}

int storeops_stream_open_attach(struct storeops_mailbox *m,
				struct storeops_att *att, ULONG tag,
				unsigned int flags,
				struct storeops_stream **s_r)
{
	int ret;

	CALL(m, stream_open_attach, att, tag, flags, s_r);
	i_assert(ret < 0 || *s_r != NULL);
	return call_end(m, "stream_open_attach", ret, 0);
}

int storeops_stream_read(struct storeops_mailbox *m, struct storeops_stream *s,
			 void *buf, size_t len, size_t *done_r)
{
	int ret;

	CALL(m, stream_read, s, buf, len, done_r);
	i_assert(ret < 0 || *done_r <= len);
	return call_end(m, "stream_read", ret, 0);
}

int storeops_stream_write(struct storeops_mailbox *m, struct storeops_stream *s,
			  const void *buf, size_t len)
{
	int ret;

	CALL(m, stream_write, s, buf, len);
	return call_end(m, "stream_write", ret, 0);
}

int storeops_stream_seek(struct storeops_mailbox *m, struct storeops_stream *s,
			 uint64_t offset)
{
	int ret;

	CALL(m, stream_seek, s, offset);
	return call_end(m, "stream_seek", ret, 0);
}

uint64_t storeops_stream_size(struct storeops_mailbox *m,
			      const struct storeops_stream *s)
{
	uint64_t size;

	pthread_mutex_lock(&m->lock);
	size = m->ops->stream_size(s);
	trace("stream_size", 0);
	pthread_mutex_unlock(&m->lock);
	return size;
}

int storeops_stream_commit(struct storeops_mailbox *m,
			   struct storeops_stream *s)
{
	int ret;

	CALL(m, stream_commit, s);
	return call_end(m, "stream_commit", ret, 0);
}

void storeops_stream_close(struct storeops_mailbox *m,
			   struct storeops_stream *s)
{
	if (s != NULL)
		CALL_VOID(m, stream_close, s);
}

/* ============================ Bulk messages ============================ */

int storeops_messages_set_read_flag(struct storeops_mailbox *m,
				    storeops_id_t fid, ULONG count,
				    const storeops_id_t *mids, ULONG flags)
{
	int ret;

	CALL(m, messages_set_read_flag, m->mbx, fid, count, mids, flags);
	return call_end(m, "messages_set_read_flag", ret, 0);
}

int storeops_messages_delete(struct storeops_mailbox *m, storeops_id_t fid,
			     ULONG count, const storeops_id_t *mids)
{
	int ret;

	CALL(m, messages_delete, m->mbx, fid, count, mids);
	return call_end(m, "messages_delete", ret, 0);
}

int storeops_messages_copy(struct storeops_mailbox *m, storeops_id_t fid,
			   ULONG count, const storeops_id_t *mids,
			   storeops_id_t dest, ULONG flags,
			   storeops_id_t *new_mids_r)
{
	int ret;

	CALL(m, messages_copy, m->mbx, fid, count, mids, dest, flags,
	     new_mids_r);
	return call_end(m, "messages_copy", ret, 0);
}

/* ========================== Named properties =========================== */

int storeops_names_to_ids(struct storeops_mailbox *m, ULONG count,
			  MAPINAMEID *const *names, ULONG flags, ULONG *ids_r)
{
	int ret;

	CALL(m, names_to_ids, m->mbx, count, names, flags, ids_r);
	return call_end(m, "names_to_ids", ret, 1);
}

int storeops_ids_to_names(struct storeops_mailbox *m, ULONG count,
			  const ULONG *ids, MAPINAMEID ***names_r)
{
	int ret;

	CALL(m, ids_to_names, m->mbx, count, ids, names_r);
	i_assert(ret < 0 || count == 0 || *names_r != NULL);
	return call_end(m, "ids_to_names", ret, 0);
}

/* =============================== Tables ================================ */

int storeops_table_open(struct storeops_mailbox *m, storeops_id_t fid,
			enum storeops_table_kind kind, ULONG flags,
			struct storeops_table **t_r)
{
	int ret;

	CALL(m, table_open, m->mbx, fid, kind, flags, t_r);
	i_assert(ret < 0 || *t_r != NULL);
	return call_end(m, "table_open", ret, 0);
}

int storeops_table_open_message(struct storeops_mailbox *m,
				struct storeops_msg *msg,
				enum storeops_table_kind kind,
				struct storeops_table **t_r)
{
	int ret;

	CALL(m, table_open_message, msg, kind, t_r);
	i_assert(ret < 0 || *t_r != NULL);
	return call_end(m, "table_open_message", ret, 0);
}

void storeops_table_close(struct storeops_mailbox *m, struct storeops_table *t)
{
	if (t != NULL)
		CALL_VOID(m, table_close, t);
}

int storeops_table_set_columns(struct storeops_mailbox *m,
			       struct storeops_table *t,
			       const SPropTagArray *cols)
{
	int ret;

	CALL(m, table_set_columns, t, cols);
	return call_end(m, "table_set_columns", ret, 0);
}

int storeops_table_query_columns(struct storeops_mailbox *m,
				 struct storeops_table *t,
				 SPropTagArray **cols_r)
{
	int ret;

	CALL(m, table_query_columns, t, cols_r);
	i_assert(ret < 0 || *cols_r != NULL);
	return call_end(m, "table_query_columns", ret, 0);
}

int storeops_table_restrict(struct storeops_mailbox *m,
			    struct storeops_table *t, const SRestriction *res)
{
	int ret;

	CALL(m, table_restrict, t, res);
	return call_end(m, "table_restrict", ret, 0);
}

int storeops_table_sort(struct storeops_mailbox *m, struct storeops_table *t,
			const SSortOrderSet *sos)
{
	int ret;

	CALL(m, table_sort, t, sos);
	return call_end(m, "table_sort", ret, 0);
}

int storeops_table_row_count(struct storeops_mailbox *m,
			     struct storeops_table *t, ULONG *count_r)
{
	int ret;

	CALL(m, table_row_count, t, count_r);
	return call_end(m, "table_row_count", ret, 0);
}

int storeops_table_query_rows(struct storeops_mailbox *m,
			      struct storeops_table *t, LONG count, ULONG flags,
			      SRowSet **rows_r)
{
	int ret;

	CALL(m, table_query_rows, t, count, flags, rows_r);
	i_assert(ret < 0 || *rows_r != NULL);
	return call_end(m, "table_query_rows", ret, 0);
}

int storeops_table_seek(struct storeops_mailbox *m, struct storeops_table *t,
			BOOKMARK origin, LONG count, LONG *sought_r)
{
	int ret;

	CALL(m, table_seek, t, origin, count, sought_r);
	return call_end(m, "table_seek", ret, 0);
}

int storeops_table_seek_approx(struct storeops_mailbox *m,
			       struct storeops_table *t, ULONG num, ULONG den)
{
	int ret;

	CALL(m, table_seek_approx, t, num, den);
	return call_end(m, "table_seek_approx", ret, 0);
}

int storeops_table_position(struct storeops_mailbox *m,
			    struct storeops_table *t, ULONG *row_r,
			    ULONG *num_r, ULONG *den_r)
{
	int ret;

	CALL(m, table_position, t, row_r, num_r, den_r);
	return call_end(m, "table_position", ret, 0);
}

int storeops_table_bookmark_create(struct storeops_mailbox *m,
				   struct storeops_table *t, BOOKMARK *bm_r)
{
	int ret;

	CALL(m, table_bookmark_create, t, bm_r);
	return call_end(m, "table_bookmark_create", ret, 0);
}

int storeops_table_bookmark_free(struct storeops_mailbox *m,
				 struct storeops_table *t, BOOKMARK bm)
{
	int ret;

	CALL(m, table_bookmark_free, t, bm);
	return call_end(m, "table_bookmark_free", ret, 0);
}

int storeops_table_find_row(struct storeops_mailbox *m,
			    struct storeops_table *t, const SRestriction *res,
			    BOOKMARK origin, ULONG flags)
{
	int ret;

	CALL(m, table_find_row, t, res, origin, flags);
	return call_end(m, "table_find_row", ret, 0);
}

/* ============================ Notifications ============================ */

int storeops_subscribe(struct storeops_mailbox *m, unsigned int mask,
		       storeops_id_t fid, storeops_event_fn *fn, void *ctx,
		       unsigned long *conn_r)
{
	int ret;

	CALL(m, subscribe, m->mbx, mask, fid, fn, ctx, conn_r);
	return call_end(m, "subscribe", ret, 0);
}

/* A release: never injected. */
int storeops_unsubscribe(struct storeops_mailbox *m, unsigned long conn)
{
	int ret;

	pthread_mutex_lock(&m->lock);
	thread_error = NULL;
	ret = m->ops->unsubscribe(m->mbx, conn);
	return call_end(m, "unsubscribe", ret, 0);
}

/* ========================= Store entry IDs ============================= */

void storeeid_build(const struct storeeid *id, uint8_t out[STOREEID_SIZE])
{
	memset(out, 0, 4);
	memcpy(out + 4, storeeid_local_uid.ab, 16);
	out[20] = STOREEID_VERSION;
	out[21] = 0;
	memcpy(out + 22, id->provider_uid.ab, 16);
	memcpy(out + 38, &id->mailbox_guid, 16);
}

int storeeid_parse(const void *eid, size_t len, struct storeeid *id_r)
{
	static const uint8_t zero[4];
	const uint8_t *p = eid;

	if (p == NULL || len != STOREEID_SIZE || memcmp(p, zero, 4) != 0 ||
	    memcmp(p + 4, storeeid_local_uid.ab, 16) != 0 ||
	    p[20] != STOREEID_VERSION || p[21] != 0)
		return -EINVAL;
	if (id_r != NULL) {
		memcpy(id_r->provider_uid.ab, p + 22, 16);
		memcpy(&id_r->mailbox_guid, p + 38, 16);
	}
	return 0;
}
