/*
 * storeops_local.c - the "local" store-ops table: personal stores, one
 * mailbox database file each, served in process by the mailbox engine.
 *
 * A thin layer: the engine's handles are the table's handles (cast, never
 * dereferenced here), and only the mailbox gets a wrapper, which keeps
 * the acting principal every engine call needs and the subscriptions
 * whose events are translated to struct storeops_event.
 */
#include "storeops.h"

#include <errno.h>
#include <string.h>

#include "alloc.h"
#include "engine.h"

_Static_assert((int)STOREOPS_FOLDER_COMMON_VIEWS ==
		   (int)ENGINE_FOLDER_COMMON_VIEWS,
	       "standard folders mirror the engine's");
_Static_assert((int)STOREOPS_TABLE_ATTACHMENTS == (int)ENGINE_TABLE_ATTACHMENTS,
	       "table kinds mirror the engine's");
_Static_assert(STOREOPS_EV_ALL == ENGINE_EV_ALL &&
		   STOREOPS_EV_NEW_MAIL == ENGINE_EV_NEW_MAIL,
	       "events mirror the engine's");
_Static_assert(STOREOPS_FOLDER_EID_SIZE == ENGINE_FOLDER_EID_SIZE &&
		   STOREOPS_MESSAGE_EID_SIZE == ENGINE_MESSAGE_EID_SIZE,
	       "entry ID sizes mirror the engine's");
_Static_assert(STOREOPS_OPEN_CREATE == ENGINE_OPEN_CREATE &&
		   STOREOPS_OPEN_ANY_GUID == ENGINE_OPEN_ANY_GUID,
	       "open flags mirror the engine's");

struct local_sub {
	struct local_sub *next;
	unsigned long conn;
	storeops_event_fn *fn;
	void *ctx;
};

struct local_mbx {
	struct engine_mailbox *mb;
	struct engine_actor actor;
	struct local_sub *subs;
};

#define L(mbx)   ((struct local_mbx *)(void *)(mbx))
#define MB(mbx)  (L(mbx)->mb)
#define ACT(mbx) (&L(mbx)->actor)
#define MSG(m)   ((struct engine_message *)(void *)(m))
#define ATT(a)   ((struct engine_attach *)(void *)(a))
#define TBL(t)   ((struct engine_table *)(void *)(t))
#define STM(s)   ((struct engine_stream *)(void *)(s))

static int l_open(const struct storeops_open_params *p,
		  struct storeops_mbx **mbx_r, const char **error_r)
{
	struct engine_open_params ep = {0};
	struct local_mbx *l;
	int ret;

	if (p == NULL || mbx_r == NULL || p->path == NULL)
		return -EINVAL;
	l = alloc_calloc(1, sizeof(*l));
	if (l == NULL)
		return -ENOMEM;
	if (p->principal != NULL) {
		l->actor.principal = alloc_strdup(p->principal);
		if (l->actor.principal == NULL) {
			alloc_free(l);
			return -ENOMEM;
		}
	}
	ep.path = p->path;
	ep.mailbox_guid = p->mailbox_guid;
	ep.owner = p->principal;
	ep.flags = p->flags & (ENGINE_OPEN_CREATE | ENGINE_OPEN_ANY_GUID);
	ret = engine_mailbox_open(&ep, &l->mb, error_r);
	if (ret < 0) {
		alloc_free((char *)l->actor.principal);
		alloc_free(l);
		return ret;
	}
	*mbx_r = (struct storeops_mbx *)(void *)l;
	return 0;
}

static void l_close(struct storeops_mbx *mbx)
{
	struct local_sub *s, *next;

	if (mbx == NULL)
		return;
	engine_mailbox_close(MB(mbx));
	for (s = L(mbx)->subs; s != NULL; s = next) {
		next = s->next;
		alloc_free(s);
	}
	alloc_free((char *)L(mbx)->actor.principal);
	alloc_free(L(mbx));
}

static const char *l_last_error(const struct storeops_mbx *mbx)
{
	return engine_last_error(
	    ((const struct local_mbx *)(const void *)mbx)->mb);
}

static int l_special_folder(struct storeops_mbx *mbx,
			    enum storeops_special which, storeops_id_t *fid_r)
{
	return engine_folder_special(MB(mbx), (enum engine_special)which,
				     fid_r);
}

static int l_store_get_props(struct storeops_mbx *mbx,
			     const SPropTagArray *tags, ULONG *count_r,
			     SPropValue **props_r)
{
	return engine_store_get_props(MB(mbx), ACT(mbx), tags, count_r,
				      props_r);
}

static int l_store_set_props(struct storeops_mbx *mbx, ULONG count,
			     const SPropValue *props)
{
	return engine_store_set_props(MB(mbx), ACT(mbx), count, props);
}

static void l_folder_entryid(struct storeops_mbx *mbx, storeops_id_t fid,
			     uint8_t out[STOREOPS_FOLDER_EID_SIZE])
{
	engine_folder_entryid(MB(mbx), fid, out);
}

static void l_message_entryid(struct storeops_mbx *mbx, storeops_id_t fid,
			      storeops_id_t mid,
			      uint8_t out[STOREOPS_MESSAGE_EID_SIZE])
{
	engine_message_entryid(MB(mbx), fid, mid, out);
}

static int l_entryid_parse(struct storeops_mbx *mbx, const void *eid,
			   size_t len, ULONG *type_r, storeops_id_t *fid_r,
			   storeops_id_t *mid_r)
{
	return engine_entryid_parse(MB(mbx), eid, len, type_r, fid_r, mid_r);
}

static int l_folder_create(struct storeops_mbx *mbx, storeops_id_t parent,
			   const char *name, ULONG folder_type, ULONG flags,
			   storeops_id_t *fid_r)
{
	return engine_folder_create(MB(mbx), ACT(mbx), parent, name,
				    folder_type, flags, fid_r);
}

static int l_folder_get_props(struct storeops_mbx *mbx, storeops_id_t fid,
			      const SPropTagArray *tags, ULONG *count_r,
			      SPropValue **props_r)
{
	return engine_folder_get_props(MB(mbx), ACT(mbx), fid, tags, count_r,
				       props_r);
}

static int l_folder_set_props(struct storeops_mbx *mbx, storeops_id_t fid,
			      ULONG count, const SPropValue *props)
{
	return engine_folder_set_props(MB(mbx), ACT(mbx), fid, count, props);
}

static int l_folder_delete_props(struct storeops_mbx *mbx, storeops_id_t fid,
				 const SPropTagArray *tags)
{
	return engine_folder_delete_props(MB(mbx), ACT(mbx), fid, tags);
}

static int l_folder_delete(struct storeops_mbx *mbx, storeops_id_t fid,
			   ULONG flags)
{
	return engine_folder_delete(MB(mbx), ACT(mbx), fid, flags);
}

static int l_folder_copy(struct storeops_mbx *mbx, storeops_id_t fid,
			 storeops_id_t dest, const char *new_name, ULONG flags,
			 storeops_id_t *new_fid_r)
{
	return engine_folder_copy(MB(mbx), ACT(mbx), fid, dest, new_name, flags,
				  new_fid_r);
}

static int l_folder_empty(struct storeops_mbx *mbx, storeops_id_t fid,
			  ULONG flags)
{
	return engine_folder_empty(MB(mbx), ACT(mbx), fid, flags);
}

static int l_receive_folder_get(struct storeops_mbx *mbx,
				const char *message_class, storeops_id_t *fid_r)
{
	return engine_receive_folder_get(MB(mbx), ACT(mbx), message_class,
					 fid_r);
}

static int l_receive_folder_list(struct storeops_mbx *mbx,
				 int (*fn)(void *ctx, const char *cls,
					   storeops_id_t fid),
				 void *ctx)
{
	return engine_receive_folder_list(MB(mbx), ACT(mbx), fn, ctx);
}

static int l_receive_folder_set(struct storeops_mbx *mbx,
				const char *message_class, storeops_id_t fid)
{
	return engine_receive_folder_set(MB(mbx), ACT(mbx), message_class, fid);
}

static int l_message_create(struct storeops_mbx *mbx, storeops_id_t fid,
			    ULONG flags, struct storeops_msg **msg_r)
{
	return engine_message_create(MB(mbx), ACT(mbx), fid, flags,
				     (struct engine_message **)(void *)msg_r);
}

static int l_message_open(struct storeops_mbx *mbx, storeops_id_t fid,
			  storeops_id_t mid, ULONG flags,
			  struct storeops_msg **msg_r)
{
	return engine_message_open(MB(mbx), ACT(mbx), fid, mid, flags,
				   (struct engine_message **)(void *)msg_r);
}

static void l_message_close(struct storeops_msg *msg)
{
	engine_message_close(MSG(msg));
}

static void l_message_ids(const struct storeops_msg *msg, storeops_id_t *fid_r,
			  storeops_id_t *mid_r)
{
	engine_message_ids((const struct engine_message *)(const void *)msg,
			   fid_r, mid_r);
}

static int l_message_get_props(struct storeops_msg *msg,
			       const SPropTagArray *tags, ULONG *count_r,
			       SPropValue **props_r)
{
	return engine_message_get_props(MSG(msg), tags, count_r, props_r);
}

static int l_message_set_props(struct storeops_msg *msg, ULONG count,
			       const SPropValue *props)
{
	return engine_message_set_props(MSG(msg), count, props);
}

static int l_message_delete_props(struct storeops_msg *msg,
				  const SPropTagArray *tags)
{
	return engine_message_delete_props(MSG(msg), tags);
}

static int l_message_modify_recipients(struct storeops_msg *msg, ULONG flags,
				       const ADRLIST *list)
{
	return engine_message_modify_recipients(MSG(msg), flags, list);
}

static int l_message_set_read_flag(struct storeops_msg *msg, ULONG flags)
{
	return engine_message_set_read_flag(MSG(msg), flags);
}

static int l_message_save(struct storeops_msg *msg, ULONG flags)
{
	return engine_message_save(MSG(msg), flags);
}

static int l_attach_create(struct storeops_msg *msg,
			   struct storeops_att **att_r, ULONG *num_r)
{
	return engine_attach_create(
	    MSG(msg), (struct engine_attach **)(void *)att_r, num_r);
}

static int l_attach_open(struct storeops_msg *msg, ULONG num, ULONG flags,
			 struct storeops_att **att_r)
{
	return engine_attach_open(MSG(msg), num, flags,
				  (struct engine_attach **)(void *)att_r);
}

static int l_attach_delete(struct storeops_msg *msg, ULONG num)
{
	return engine_attach_delete(MSG(msg), num);
}

static int l_attach_get_props(struct storeops_att *att,
			      const SPropTagArray *tags, ULONG *count_r,
			      SPropValue **props_r)
{
	return engine_attach_get_props(ATT(att), tags, count_r, props_r);
}

static int l_attach_set_props(struct storeops_att *att, ULONG count,
			      const SPropValue *props)
{
	return engine_attach_set_props(ATT(att), count, props);
}

static int l_attach_delete_props(struct storeops_att *att,
				 const SPropTagArray *tags)
{
	return engine_attach_delete_props(ATT(att), tags);
}

static int l_attach_open_embedded(struct storeops_att *att, ULONG flags,
				  struct storeops_msg **msg_r)
{
	return engine_attach_open_embedded(
	    ATT(att), flags, (struct engine_message **)(void *)msg_r);
}

static int l_message_large_tags(struct storeops_msg *msg,
				SPropTagArray **tags_r)
{
	return engine_message_large_tags(MSG(msg), tags_r);
}

static int l_attach_large_tags(struct storeops_att *att, SPropTagArray **tags_r)
{
	return engine_attach_large_tags(ATT(att), tags_r);
}

static int l_attach_save(struct storeops_att *att)
{
	return engine_attach_save(ATT(att));
}

static void l_attach_close(struct storeops_att *att)
{
	engine_attach_close(ATT(att));
}

static int l_stream_open_message(struct storeops_msg *msg, ULONG tag,
				 unsigned int flags,
				 struct storeops_stream **s_r)
{
	return engine_stream_open_message(MSG(msg), tag, flags,
					  (struct engine_stream **)(void *)s_r);
}

static int l_stream_open_attach(struct storeops_att *att, ULONG tag,
				unsigned int flags,
				struct storeops_stream **s_r)
{
	return engine_stream_open_attach(ATT(att), tag, flags,
					 (struct engine_stream **)(void *)s_r);
}

static int l_stream_read(struct storeops_stream *s, void *buf, size_t len,
			 size_t *done_r)
{
	return engine_stream_read(STM(s), buf, len, done_r);
}

static int l_stream_write(struct storeops_stream *s, const void *buf,
			  size_t len)
{
	return engine_stream_write(STM(s), buf, len);
}

static int l_stream_seek(struct storeops_stream *s, uint64_t offset)
{
	return engine_stream_seek(STM(s), offset);
}

static uint64_t l_stream_size(const struct storeops_stream *s)
{
	return engine_stream_size(
	    (const struct engine_stream *)(const void *)s);
}

static int l_stream_commit(struct storeops_stream *s)
{
	return engine_stream_commit(STM(s));
}

static void l_stream_close(struct storeops_stream *s)
{
	engine_stream_close(STM(s));
}

static int l_messages_set_read_flag(struct storeops_mbx *mbx, storeops_id_t fid,
				    ULONG count, const storeops_id_t *mids,
				    ULONG flags)
{
	return engine_messages_set_read_flag(MB(mbx), ACT(mbx), fid, count,
					     mids, flags);
}

static int l_messages_delete(struct storeops_mbx *mbx, storeops_id_t fid,
			     ULONG count, const storeops_id_t *mids)
{
	return engine_messages_delete(MB(mbx), ACT(mbx), fid, count, mids);
}

static int l_messages_copy(struct storeops_mbx *mbx, storeops_id_t fid,
			   ULONG count, const storeops_id_t *mids,
			   storeops_id_t dest, ULONG flags,
			   storeops_id_t *new_mids_r)
{
	return engine_messages_copy(MB(mbx), ACT(mbx), fid, count, mids, dest,
				    flags, new_mids_r);
}

static int l_names_to_ids(struct storeops_mbx *mbx, ULONG count,
			  MAPINAMEID *const *names, ULONG flags, ULONG *ids_r)
{
	return engine_names_to_ids(MB(mbx), ACT(mbx), count, names, flags,
				   ids_r);
}

static int l_ids_to_names(struct storeops_mbx *mbx, ULONG count,
			  const ULONG *ids, MAPINAMEID ***names_r)
{
	return engine_ids_to_names(MB(mbx), count, ids, names_r);
}

static int l_table_open(struct storeops_mbx *mbx, storeops_id_t fid,
			enum storeops_table_kind kind, ULONG flags,
			struct storeops_table **t_r)
{
	return engine_table_open(MB(mbx), ACT(mbx), fid,
				 (enum engine_table_kind)kind, flags,
				 (struct engine_table **)(void *)t_r);
}

static int l_table_open_message(struct storeops_msg *msg,
				enum storeops_table_kind kind,
				struct storeops_table **t_r)
{
	return engine_table_open_message(MSG(msg), (enum engine_table_kind)kind,
					 (struct engine_table **)(void *)t_r);
}

static void l_table_close(struct storeops_table *t)
{
	engine_table_close(TBL(t));
}

static int l_table_set_columns(struct storeops_table *t,
			       const SPropTagArray *cols)
{
	return engine_table_set_columns(TBL(t), cols);
}

static int l_table_query_columns(struct storeops_table *t,
				 SPropTagArray **cols_r)
{
	return engine_table_query_columns(TBL(t), cols_r);
}

static int l_table_restrict(struct storeops_table *t, const SRestriction *res)
{
	return engine_table_restrict(TBL(t), res);
}

static int l_table_sort(struct storeops_table *t, const SSortOrderSet *sos)
{
	return engine_table_sort(TBL(t), sos);
}

static int l_table_row_count(struct storeops_table *t, ULONG *count_r)
{
	return engine_table_row_count(TBL(t), count_r);
}

static int l_table_query_rows(struct storeops_table *t, LONG count, ULONG flags,
			      SRowSet **rows_r)
{
	return engine_table_query_rows(TBL(t), count, flags, rows_r);
}

static int l_table_seek(struct storeops_table *t, BOOKMARK origin, LONG count,
			LONG *sought_r)
{
	return engine_table_seek(TBL(t), origin, count, sought_r);
}

static int l_table_seek_approx(struct storeops_table *t, ULONG num, ULONG den)
{
	return engine_table_seek_approx(TBL(t), num, den);
}

static int l_table_position(struct storeops_table *t, ULONG *row_r,
			    ULONG *num_r, ULONG *den_r)
{
	return engine_table_position(TBL(t), row_r, num_r, den_r);
}

static int l_table_bookmark_create(struct storeops_table *t, BOOKMARK *bm_r)
{
	return engine_table_bookmark_create(TBL(t), bm_r);
}

static int l_table_bookmark_free(struct storeops_table *t, BOOKMARK bm)
{
	return engine_table_bookmark_free(TBL(t), bm);
}

static int l_table_find_row(struct storeops_table *t, const SRestriction *res,
			    BOOKMARK origin, ULONG flags)
{
	return engine_table_find_row(TBL(t), res, origin, flags);
}

/* The engine's event, retold in the table's terms. */
static void l_event(void *ctx, const struct engine_event *ev)
{
	struct local_sub *s = ctx;
	struct storeops_event out = {
	    .type = (unsigned int)ev->type,
	    .object_type = ev->object_type,
	    .fid = ev->fid,
	    .mid = ev->mid,
	    .old_fid = ev->old_fid,
	    .old_mid = ev->old_mid,
	    .table = (enum storeops_table_kind)ev->table,
	    .message_class = ev->message_class,
	    .message_flags = ev->message_flags,
	};

	s->fn(s->ctx, &out);
}

static int l_subscribe(struct storeops_mbx *mbx, unsigned int mask,
		       storeops_id_t fid, storeops_event_fn *fn, void *ctx,
		       unsigned long *conn_r)
{
	struct local_sub *s;
	int ret;

	if (fn == NULL || conn_r == NULL)
		return -EINVAL;
	s = alloc_calloc(1, sizeof(*s));
	if (s == NULL)
		return -ENOMEM;
	s->fn = fn;
	s->ctx = ctx;
	ret = engine_subscribe(MB(mbx), mask, fid, l_event, s, &s->conn);
	if (ret < 0) {
		alloc_free(s);
		return ret;
	}
	s->next = L(mbx)->subs;
	L(mbx)->subs = s;
	*conn_r = s->conn;
	return 0;
}

static int l_unsubscribe(struct storeops_mbx *mbx, unsigned long conn)
{
	struct local_sub **pp, *s;
	int ret;

	for (pp = &L(mbx)->subs; *pp != NULL; pp = &(*pp)->next)
		if ((*pp)->conn == conn)
			break;
	if (*pp == NULL)
		return -ENOENT;
	ret = engine_unsubscribe(MB(mbx), conn);
	if (ret < 0)
		return ret;
	s = *pp;
	*pp = s->next;
	alloc_free(s);
	return 0;
}

const struct storeops storeops_local = {
    .version = STOREOPS_VERSION,
    .name = "local",
    .open = l_open,
    .close = l_close,
    .last_error = l_last_error,
    .special_folder = l_special_folder,
    .store_get_props = l_store_get_props,
    .store_set_props = l_store_set_props,
    .folder_entryid = l_folder_entryid,
    .message_entryid = l_message_entryid,
    .entryid_parse = l_entryid_parse,
    .folder_create = l_folder_create,
    .folder_get_props = l_folder_get_props,
    .folder_set_props = l_folder_set_props,
    .folder_delete_props = l_folder_delete_props,
    .folder_delete = l_folder_delete,
    .folder_copy = l_folder_copy,
    .folder_empty = l_folder_empty,
    .receive_folder_get = l_receive_folder_get,
    .receive_folder_set = l_receive_folder_set,
    .receive_folder_list = l_receive_folder_list,
    .message_create = l_message_create,
    .message_open = l_message_open,
    .message_close = l_message_close,
    .message_ids = l_message_ids,
    .message_get_props = l_message_get_props,
    .message_set_props = l_message_set_props,
    .message_delete_props = l_message_delete_props,
    .message_modify_recipients = l_message_modify_recipients,
    .message_set_read_flag = l_message_set_read_flag,
    .message_save = l_message_save,
    .attach_create = l_attach_create,
    .attach_open = l_attach_open,
    .attach_delete = l_attach_delete,
    .attach_get_props = l_attach_get_props,
    .attach_set_props = l_attach_set_props,
    .attach_delete_props = l_attach_delete_props,
    .attach_open_embedded = l_attach_open_embedded,
    .attach_save = l_attach_save,
    .attach_close = l_attach_close,
    .stream_open_message = l_stream_open_message,
    .stream_open_attach = l_stream_open_attach,
    .stream_read = l_stream_read,
    .stream_write = l_stream_write,
    .stream_seek = l_stream_seek,
    .stream_size = l_stream_size,
    .stream_commit = l_stream_commit,
    .stream_close = l_stream_close,
    .messages_set_read_flag = l_messages_set_read_flag,
    .messages_delete = l_messages_delete,
    .messages_copy = l_messages_copy,
    .names_to_ids = l_names_to_ids,
    .ids_to_names = l_ids_to_names,
    .table_open = l_table_open,
    .table_open_message = l_table_open_message,
    .table_close = l_table_close,
    .table_set_columns = l_table_set_columns,
    .table_query_columns = l_table_query_columns,
    .table_restrict = l_table_restrict,
    .table_sort = l_table_sort,
    .table_row_count = l_table_row_count,
    .table_query_rows = l_table_query_rows,
    .table_seek = l_table_seek,
    .table_seek_approx = l_table_seek_approx,
    .table_position = l_table_position,
    .table_bookmark_create = l_table_bookmark_create,
    .table_bookmark_free = l_table_bookmark_free,
    .table_find_row = l_table_find_row,
    .subscribe = l_subscribe,
    .unsubscribe = l_unsubscribe,
    .message_large_tags = l_message_large_tags,
    .attach_large_tags = l_attach_large_tags,
};
