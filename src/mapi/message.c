/*
 * message.c - IMessage and IAttach over store-ops messages.
 *
 * A message object is an edit transaction of the store ops: SetProps,
 * ModifyRecipients, attachments and streams change it, SaveChanges
 * writes it (MAPI_E_OBJECT_CHANGED when another open of the message was
 * saved in between, unless FORCE_SAVE), Release without SaveChanges
 * forgets the changes.  An attachment belongs to its message object (it
 * holds a reference on it) and is saved into it by IAttach::SaveChanges;
 * an embedded message (PR_ATTACH_DATA_OBJ) belongs to its attachment in
 * the same way.
 */
#include "message.h"

#include <errno.h>
#include <string.h>

#include <mapiguid.h>
#include <mapiutil.h>

#include "alloc.h"
#include "maptable.h"
#include "stream.h"

#define MESSAGE_MAGIC 0x4d504d47u /* "MPMG" */
#define ATTACH_MAGIC  0x4d504154u /* "MPAT" */

struct message {
	struct mapiobj obj;
	struct storeops_msg *h;
	bool writable;
	bool embedded;
};

struct attach {
	struct mapiobj obj;
	struct storeops_att *h;
	bool writable;
};

static const IMessageVtbl message_vtbl;
static const IAttachVtbl attach_vtbl;
static const IID *const message_iids[] = {&IID_IMessage, &IID_IMAPIProp, NULL};
static const IID *const attach_iids[] = {&IID_IAttachment, &IID_IMAPIProp,
					 NULL};

static void message_destroy(struct mapiobj *o);
static int message_get(struct mapiobj *o, const SPropTagArray *tags,
		       ULONG *count_r, SPropValue **props_r);
static int message_set(struct mapiobj *o, ULONG count, const SPropValue *props);
static int message_del(struct mapiobj *o, const SPropTagArray *tags);
static HRESULT message_save(struct mapiobj *o, ULONG flags);
static HRESULT message_open_property(struct mapiobj *o, ULONG tag, LPCIID iid,
				     ULONG options, ULONG flags,
				     LPUNKNOWN *unk_r);
static HRESULT message_copy_extra(struct mapiobj *src, struct mapiobj *dest,
				  const SPropTagArray *exclude, ULONG flags);
static int message_large_tags(struct mapiobj *o, SPropTagArray **tags_r);
static int message_copy_large(struct mapiobj *src, struct mapiobj *dest,
			      ULONG tag);

static const struct mapiobj_class message_class = {
    .magic = MESSAGE_MAGIC,
    .name = "IMessage",
    .vtbl = &message_vtbl,
    .iids = message_iids,
    .destroy = message_destroy,
    .get_props = message_get,
    .set_props = message_set,
    .delete_props = message_del,
    .save = message_save,
    .open_property = message_open_property,
    .copy_extra = message_copy_extra,
    .large_tags = message_large_tags,
    .copy_large = message_copy_large,
};

static void attach_destroy(struct mapiobj *o);
static int attach_get(struct mapiobj *o, const SPropTagArray *tags,
		      ULONG *count_r, SPropValue **props_r);
static int attach_set(struct mapiobj *o, ULONG count, const SPropValue *props);
static int attach_del(struct mapiobj *o, const SPropTagArray *tags);
static HRESULT attach_save(struct mapiobj *o, ULONG flags);
static HRESULT attach_open_property(struct mapiobj *o, ULONG tag, LPCIID iid,
				    ULONG options, ULONG flags,
				    LPUNKNOWN *unk_r);
static HRESULT attach_copy_extra(struct mapiobj *src, struct mapiobj *dest,
				 const SPropTagArray *exclude, ULONG flags);
static int attach_large_tags(struct mapiobj *o, SPropTagArray **tags_r);
static int attach_copy_large(struct mapiobj *src, struct mapiobj *dest,
			     ULONG tag);

static const struct mapiobj_class attach_class = {
    .magic = ATTACH_MAGIC,
    .name = "IAttach",
    .vtbl = &attach_vtbl,
    .iids = attach_iids,
    .destroy = attach_destroy,
    .get_props = attach_get,
    .set_props = attach_set,
    .delete_props = attach_del,
    .save = attach_save,
    .open_property = attach_open_property,
    .copy_extra = attach_copy_extra,
    .large_tags = attach_large_tags,
    .copy_large = attach_copy_large,
};

static struct message *msg_of(struct mapiobj *o)
{
	return container_of(o, struct message, obj);
}

static struct attach *att_of(struct mapiobj *o)
{
	return container_of(o, struct attach, obj);
}

/* Wraps a store-ops message (taken over) as an IMessage. */
static int message_wrap(struct mstore *st, struct mapiobj *parent,
			struct storeops_msg *h, bool writable, bool embedded,
			IMessage **msg_r)
{
	struct message *m = mapiobj_new(sizeof(*m), &message_class, st, parent);

	if (m == NULL) {
		storeops_message_close(&st->mb, h);
		return -ENOMEM;
	}
	m->h = h;
	m->writable = writable;
	m->embedded = embedded;
	*msg_r = &m->obj.iface.msg;
	return 0;
}

int message_open(struct mstore *st, storeops_id_t fid, storeops_id_t mid,
		 bool writable, IMessage **msg_r)
{
	struct storeops_msg *h = NULL;
	int ret;

	ret = storeops_message_open(&st->mb, fid, mid,
				    writable ? MAPI_MODIFY : 0, &h);
	if (ret < 0)
		return ret;
	return message_wrap(st, NULL, h, writable, false, msg_r);
}

int message_create(struct mstore *st, storeops_id_t fid, ULONG flags,
		   IMessage **msg_r)
{
	struct storeops_msg *h = NULL;
	int ret;

	ret = storeops_message_create(&st->mb, fid, flags, &h);
	if (ret < 0)
		return ret;
	return message_wrap(st, NULL, h, true, false, msg_r);
}

static void message_destroy(struct mapiobj *o)
{
	struct mstore *st = o->store;

	storeops_message_close(&st->mb, msg_of(o)->h);
}

static int message_get(struct mapiobj *o, const SPropTagArray *tags,
		       ULONG *count_r, SPropValue **props_r)
{
	return storeops_message_get_props(&o->store->mb, msg_of(o)->h, tags,
					  count_r, props_r);
}

static int message_set(struct mapiobj *o, ULONG count, const SPropValue *props)
{
	if (!msg_of(o)->writable)
		return -EACCES;
	return storeops_message_set_props(&o->store->mb, msg_of(o)->h, count,
					  props);
}

static int message_del(struct mapiobj *o, const SPropTagArray *tags)
{
	if (!msg_of(o)->writable)
		return -EACCES;
	return storeops_message_delete_props(&o->store->mb, msg_of(o)->h, tags);
}

static HRESULT message_save(struct mapiobj *o, ULONG flags)
{
	struct mstore *st = o->store;
	int ret;

	if (!msg_of(o)->writable)
		return mapiobj_fail(o, MAPI_E_NO_ACCESS,
				    "SaveChanges: the message was opened "
				    "read-only");
	ret = storeops_message_save(
	    &st->mb, msg_of(o)->h,
	    flags & (KEEP_OPEN_READONLY | KEEP_OPEN_READWRITE | FORCE_SAVE));
	if (ret < 0)
		return mapiobj_fail_ret(o, ret, "SaveChanges");
	if (flags & KEEP_OPEN_READONLY)
		msg_of(o)->writable = false;
	return mapiobj_ok(o);
}

/* A table of the message's recipients or attachments. */
static HRESULT message_table(struct message *m, enum storeops_table_kind kind,
			     const char *what, LPMAPITABLE *table_r)
{
	struct mstore *st = m->obj.store;
	struct storeops_table *t = NULL;
	int ret;

	ret = storeops_table_open_message(&st->mb, m->h, kind, &t);
	if (ret == 0)
		ret = maptable_new(st, &m->obj, t, table_r);
	return ret < 0 ? mapiobj_fail_ret(&m->obj, ret, what)
		       : mapiobj_ok(&m->obj);
}

/* OpenProperty's streams, for messages and attachments alike. */
static HRESULT open_stream(struct mapiobj *o, const struct stream_owner *ow,
			   bool writable, LPCIID iid, ULONG flags,
			   LPUNKNOWN *unk_r)
{
	ULONG type = PROP_TYPE(ow->tag);
	int ret;

	if (!IsEqualIID(iid, &IID_IStream))
		return mapiobj_fail(o, MAPI_E_INTERFACE_NOT_SUPPORTED,
				    "OpenProperty: this property opens as "
				    "IStream");
	if (type != PT_BINARY && type != PT_STRING8 && type != PT_UNICODE)
		return mapiobj_fail(o, MAPI_E_INVALID_PARAMETER,
				    "OpenProperty: streams are for binary and "
				    "string properties");
	if ((flags & (MAPI_CREATE | MAPI_MODIFY)) && !writable)
		return mapiobj_fail(o, MAPI_E_NO_ACCESS,
				    "OpenProperty: the object is read-only");
	ret = stream_open(o->store, o, ow, flags, (IStream **)unk_r);
	return ret < 0 ? mapiobj_fail_ret(o, ret, "OpenProperty")
		       : mapiobj_ok(o);
}

static HRESULT message_open_property(struct mapiobj *o, ULONG tag, LPCIID iid,
				     ULONG options, ULONG flags,
				     LPUNKNOWN *unk_r)
{
	struct message *m = msg_of(o);
	struct stream_owner ow = {.msg = m->h, .tag = tag};

	(void)options;
	if (tag == PR_MESSAGE_RECIPIENTS || tag == PR_MESSAGE_ATTACHMENTS) {
		if (!IsEqualIID(iid, &IID_IMAPITable))
			return mapiobj_fail(o, MAPI_E_INTERFACE_NOT_SUPPORTED,
					    "OpenProperty: tables are opened "
					    "as IMAPITable");
		return message_table(m,
				     tag == PR_MESSAGE_RECIPIENTS
					 ? STOREOPS_TABLE_RECIPIENTS
					 : STOREOPS_TABLE_ATTACHMENTS,
				     "OpenProperty", (LPMAPITABLE *)unk_r);
	}
	return open_stream(o, &ow, m->writable, iid, flags, unk_r);
}

/* Every row of a message table, all columns the table shows. */
static int all_rows(struct mstore *st, struct storeops_msg *h,
		    enum storeops_table_kind kind, SRowSet **rows_r)
{
	struct storeops_table *t = NULL;
	int ret;

	ret = storeops_table_open_message(&st->mb, h, kind, &t);
	if (ret < 0)
		return ret;
	ret = storeops_table_query_rows(&st->mb, t, 0x7FFFFFFF, 0, rows_r);
	storeops_table_close(&st->mb, t);
	return ret;
}

static bool excluded(const SPropTagArray *exclude, ULONG tag)
{
	ULONG i;

	for (i = 0; exclude != NULL && i < exclude->cValues; i++)
		if (exclude->aulPropTag[i] == tag)
			return true;
	return false;
}

static int message_large_tags(struct mapiobj *o, SPropTagArray **tags_r)
{
	struct stream_owner ow = {.msg = msg_of(o)->h};

	return stream_large_tags(o->store, &ow, tags_r);
}

static int message_copy_large(struct mapiobj *src, struct mapiobj *dest,
			      ULONG tag)
{
	struct stream_owner from = {.msg = msg_of(src)->h, .tag = tag};
	struct stream_owner to = {.msg = msg_of(dest)->h, .tag = tag};

	return stream_copy_raw(src->store, &from, &to);
}

static int attach_large_tags(struct mapiobj *o, SPropTagArray **tags_r)
{
	struct stream_owner ow = {.att = att_of(o)->h};

	return stream_large_tags(o->store, &ow, tags_r);
}

static int attach_copy_large(struct mapiobj *src, struct mapiobj *dest,
			     ULONG tag)
{
	struct stream_owner from = {.att = att_of(src)->h, .tag = tag};
	struct stream_owner to = {.att = att_of(dest)->h, .tag = tag};

	return stream_copy_raw(src->store, &from, &to);
}

/*
 * The recipients of from copied to to (replacing them, or with
 * MAPI_NOREPLACE only when to has none).
 */
static int copy_recipients(struct mstore *st, struct storeops_msg *from,
			   struct storeops_msg *to, ULONG flags)
{
	SRowSet *rows = NULL, *have = NULL;
	int ret;

	ret = all_rows(st, from, STOREOPS_TABLE_RECIPIENTS, &rows);
	if (ret == 0 && (flags & MAPI_NOREPLACE))
		ret = all_rows(st, to, STOREOPS_TABLE_RECIPIENTS, &have);
	/* SRowSet and ADRLIST have the same layout (MAPI's rule), so the
	 * rows are the recipient list. */
	if (ret == 0 && rows->cRows > 0 && (have == NULL || have->cRows == 0))
		ret = storeops_message_modify_recipients(&st->mb, to, 0,
							 (const ADRLIST *)rows);
	FreeProws(rows);
	FreeProws(have);
	return ret;
}

/* Whether CopyTo copies a property of an attachment or an embedded
 * message (not one the store sets). */
static bool copied(ULONG tag)
{
	return PROP_TYPE(tag) != PT_ERROR && PROP_TYPE(tag) != PT_OBJECT &&
	       !mapiprop_identity_tag(tag);
}

static int copy_attachments(struct mstore *st, struct storeops_msg *from,
			    struct storeops_msg *to);

/*
 * A whole embedded message: its properties (those CopyTo copies), large
 * values, recipients and attachments, to any depth; saved into its
 * attachment.
 */
static int copy_embedded(struct mstore *st, struct storeops_att *from,
			 struct storeops_att *to)
{
	struct storeops_msg *in = NULL, *out = NULL;
	SPropValue *props = NULL;
	ULONG count = 0, i, n = 0;
	int ret;

	ret = storeops_attach_open_embedded(&st->mb, from, 0, &in);
	if (ret == -ENOENT) /* the method says so, but there is none */
		return 0;
	if (ret == 0)
		ret = storeops_attach_open_embedded(
		    &st->mb, to, MAPI_CREATE | MAPI_MODIFY, &out);
	if (ret == 0)
		ret = storeops_message_get_props(&st->mb, in, NULL, &count,
						 &props);
	for (i = 0; ret >= 0 && i < count; i++) {
		ULONG tag = props[i].ulPropTag;

		if (copied(tag))
			props[n++] = props[i];
	}
	if (ret >= 0 && n > 0)
		ret = storeops_message_set_props(&st->mb, out, n, props);
	MAPIFreeBuffer(props);
	if (ret >= 0)
		ret = stream_copy_large(st, &(struct stream_owner){.msg = in},
					&(struct stream_owner){.msg = out});
	if (ret == 0)
		ret = copy_recipients(st, in, out, 0);
	if (ret == 0)
		ret = copy_attachments(st, in, out);
	if (ret == 0)
		ret = storeops_message_save(&st->mb, out, 0);
	storeops_message_close(&st->mb, out);
	storeops_message_close(&st->mb, in);
	return ret;
}

/* Attachment num of from, copied whole as a new attachment of to. */
static int copy_attachment(struct mstore *st, struct storeops_msg *from,
			   ULONG num, struct storeops_msg *to)
{
	struct storeops_att *src = NULL, *dst = NULL;
	SPropValue *props = NULL;
	ULONG count = 0, k, n = 0, newnum;
	bool embedded = false;
	int ret;

	ret = storeops_attach_open(&st->mb, from, num, 0, &src);
	if (ret == 0)
		ret = storeops_attach_get_props(&st->mb, src, NULL, &count,
						&props);
	if (ret >= 0)
		ret = storeops_attach_create(&st->mb, to, &dst, &newnum);
	for (k = 0; ret >= 0 && k < count; k++) {
		ULONG tag = props[k].ulPropTag;

		if (tag == PR_ATTACH_METHOD &&
		    props[k].Value.l == ATTACH_EMBEDDED_MSG)
			embedded = true;
		if (copied(tag))
			props[n++] = props[k];
	}
	if (ret >= 0 && n > 0)
		ret = storeops_attach_set_props(&st->mb, dst, n, props);
	MAPIFreeBuffer(props);
	if (ret >= 0)
		ret = stream_copy_large(st, &(struct stream_owner){.att = src},
					&(struct stream_owner){.att = dst});
	if (ret == 0 && embedded)
		ret = copy_embedded(st, src, dst);
	if (ret == 0)
		ret = storeops_attach_save(&st->mb, dst);
	storeops_attach_close(&st->mb, dst);
	storeops_attach_close(&st->mb, src);
	return ret;
}

/* Every attachment of from, added to to's. */
static int copy_attachments(struct mstore *st, struct storeops_msg *from,
			    struct storeops_msg *to)
{
	SRowSet *rows = NULL;
	ULONG i;
	int ret;

	ret = all_rows(st, from, STOREOPS_TABLE_ATTACHMENTS, &rows);
	for (i = 0; ret == 0 && i < rows->cRows; i++) {
		SPropValue *num =
		    PpropFindProp(rows->aRow[i].lpProps, rows->aRow[i].cValues,
				  PR_ATTACH_NUM);

		if (num != NULL)
			ret =
			    copy_attachment(st, from, (ULONG)num->Value.l, to);
	}
	FreeProws(rows);
	return ret;
}

/*
 * IAttach::CopyTo, after the properties: the embedded message, whole
 * (unless PR_ATTACH_DATA_OBJ is excluded).
 */
static HRESULT attach_copy_extra(struct mapiobj *src, struct mapiobj *dest,
				 const SPropTagArray *exclude, ULONG flags)
{
	SizedSPropTagArray(1, method) = {1, {PR_ATTACH_METHOD}};
	struct mstore *st = src->store;
	SPropValue *props = NULL;
	ULONG count = 0;
	int ret;

	(void)flags;
	if (excluded(exclude, PR_ATTACH_DATA_OBJ))
		return S_OK;
	ret = storeops_attach_get_props(&st->mb, att_of(src)->h,
					(const SPropTagArray *)&method, &count,
					&props);
	if (ret >= 0 && count == 1 && props[0].ulPropTag == PR_ATTACH_METHOD &&
	    props[0].Value.l == ATTACH_EMBEDDED_MSG)
		ret = copy_embedded(st, att_of(src)->h, att_of(dest)->h);
	MAPIFreeBuffer(props);
	return ret < 0 ? mapiobj_fail_ret(src, ret, "CopyTo") : S_OK;
}

/*
 * CopyTo between messages, after the properties: the recipients
 * (replacing, or with MAPI_NOREPLACE only when the destination has none)
 * and the attachments, whole: their large values and embedded messages
 * to any depth.
 */
static HRESULT message_copy_extra(struct mapiobj *src, struct mapiobj *dest,
				  const SPropTagArray *exclude, ULONG flags)
{
	struct message *s = msg_of(src), *d = msg_of(dest);
	struct mstore *st = src->store;
	int ret = 0;

	if (!d->writable)
		return mapiobj_fail(src, MAPI_E_NO_ACCESS,
				    "CopyTo: the destination is read-only");
	if (!excluded(exclude, PR_MESSAGE_RECIPIENTS))
		ret = copy_recipients(st, s->h, d->h, flags);
	if (ret == 0 && !excluded(exclude, PR_MESSAGE_ATTACHMENTS))
		ret = copy_attachments(st, s->h, d->h);
	return ret < 0 ? mapiobj_fail_ret(src, ret, "CopyTo") : S_OK;
}

/* =============================== IMessage ============================= */

MAPIOBJ_PROP_METHODS(mg, IMessage, message_class)

static HRESULT STDMETHODCALLTYPE mg_GetAttachmentTable(IMessage *This,
						       ULONG ulFlags,
						       LPMAPITABLE *lppTable)
{
	MAPIOBJ_ENTER(This, message_class, "GetAttachmentTable");
	if (lppTable == NULL)
		return mapiobj_fail(mapiobj_of(This), MAPI_E_INVALID_PARAMETER,
				    "GetAttachmentTable: NULL argument");
	*lppTable = NULL;
	if (ulFlags & ~(ULONG)(MAPI_UNICODE | MAPI_DEFERRED_ERRORS))
		return mapiobj_fail(mapiobj_of(This), MAPI_E_UNKNOWN_FLAGS,
				    "GetAttachmentTable: unknown flags");
	return message_table(msg_of(mapiobj_of(This)),
			     STOREOPS_TABLE_ATTACHMENTS, "GetAttachmentTable",
			     lppTable);
}

static HRESULT STDMETHODCALLTYPE mg_GetRecipientTable(IMessage *This,
						      ULONG ulFlags,
						      LPMAPITABLE *lppTable)
{
	MAPIOBJ_ENTER(This, message_class, "GetRecipientTable");
	if (lppTable == NULL)
		return mapiobj_fail(mapiobj_of(This), MAPI_E_INVALID_PARAMETER,
				    "GetRecipientTable: NULL argument");
	*lppTable = NULL;
	if (ulFlags & ~(ULONG)(MAPI_UNICODE | MAPI_DEFERRED_ERRORS))
		return mapiobj_fail(mapiobj_of(This), MAPI_E_UNKNOWN_FLAGS,
				    "GetRecipientTable: unknown flags");
	return message_table(msg_of(mapiobj_of(This)),
			     STOREOPS_TABLE_RECIPIENTS, "GetRecipientTable",
			     lppTable);
}

/* The IAttach of a store-ops attachment (taken over). */
static int attach_wrap(struct message *m, struct storeops_att *h, bool writable,
		       LPATTACH *att_r)
{
	struct attach *a =
	    mapiobj_new(sizeof(*a), &attach_class, m->obj.store, &m->obj);

	if (a == NULL) {
		storeops_attach_close(&m->obj.store->mb, h);
		return -ENOMEM;
	}
	a->h = h;
	a->writable = writable;
	*att_r = &a->obj.iface.att;
	return 0;
}

static bool attach_iface_ok(LPCIID iface)
{
	return iface == NULL || IsEqualIID(iface, &IID_IAttachment) ||
	       IsEqualIID(iface, &IID_IMAPIProp) ||
	       IsEqualIID(iface, &IID_IUnknown);
}

static HRESULT STDMETHODCALLTYPE mg_OpenAttach(IMessage *This,
					       ULONG ulAttachmentNum,
					       LPCIID lpInterface,
					       ULONG ulFlags,
					       LPATTACH *lppAttach)
{
	struct message *m = msg_of(mapiobj_of(This));
	struct mstore *st = m->obj.store;
	struct storeops_att *h = NULL;
	bool write;
	int ret;

	MAPIOBJ_ENTER(This, message_class, "OpenAttach");
	if (lppAttach == NULL)
		return mapiobj_fail(&m->obj, MAPI_E_INVALID_PARAMETER,
				    "OpenAttach: NULL argument");
	*lppAttach = NULL;
	if (ulFlags &
	    ~(ULONG)(MAPI_MODIFY | MAPI_BEST_ACCESS | MAPI_DEFERRED_ERRORS))
		return mapiobj_fail(&m->obj, MAPI_E_UNKNOWN_FLAGS,
				    "OpenAttach: unknown flags");
	if (!attach_iface_ok(lpInterface))
		return mapiobj_fail(&m->obj, MAPI_E_INTERFACE_NOT_SUPPORTED,
				    "OpenAttach: attachments are IAttach");
	if ((ulFlags & MAPI_MODIFY) && !m->writable)
		return mapiobj_fail(&m->obj, MAPI_E_NO_ACCESS,
				    "OpenAttach: the message is read-only");
	write = m->writable && (ulFlags & (MAPI_MODIFY | MAPI_BEST_ACCESS));
	ret = storeops_attach_open(&st->mb, m->h, ulAttachmentNum,
				   write ? MAPI_MODIFY : 0, &h);
	if (ret == 0)
		ret = attach_wrap(m, h, write, lppAttach);
	return ret < 0 ? mapiobj_fail_ret(&m->obj, ret, "OpenAttach")
		       : mapiobj_ok(&m->obj);
}

static HRESULT STDMETHODCALLTYPE mg_CreateAttach(IMessage *This,
						 LPCIID lpInterface,
						 ULONG ulFlags,
						 ULONG *lpulAttachmentNum,
						 LPATTACH *lppAttach)
{
	struct message *m = msg_of(mapiobj_of(This));
	struct mstore *st = m->obj.store;
	struct storeops_att *h = NULL;
	ULONG num = 0;
	int ret;

	MAPIOBJ_ENTER(This, message_class, "CreateAttach");
	if (lppAttach == NULL || lpulAttachmentNum == NULL)
		return mapiobj_fail(&m->obj, MAPI_E_INVALID_PARAMETER,
				    "CreateAttach: NULL argument");
	*lppAttach = NULL;
	if (ulFlags & ~(ULONG)MAPI_DEFERRED_ERRORS)
		return mapiobj_fail(&m->obj, MAPI_E_UNKNOWN_FLAGS,
				    "CreateAttach: unknown flags");
	if (!attach_iface_ok(lpInterface))
		return mapiobj_fail(&m->obj, MAPI_E_INTERFACE_NOT_SUPPORTED,
				    "CreateAttach: attachments are IAttach");
	if (!m->writable)
		return mapiobj_fail(&m->obj, MAPI_E_NO_ACCESS,
				    "CreateAttach: the message is read-only");
	ret = storeops_attach_create(&st->mb, m->h, &h, &num);
	if (ret == 0)
		ret = attach_wrap(m, h, true, lppAttach);
	if (ret < 0)
		return mapiobj_fail_ret(&m->obj, ret, "CreateAttach");
	*lpulAttachmentNum = num;
	return mapiobj_ok(&m->obj);
}

static HRESULT STDMETHODCALLTYPE mg_DeleteAttach(IMessage *This,
						 ULONG ulAttachmentNum,
						 ULONG_PTR ulUIParam,
						 LPMAPIPROGRESS lpProgress,
						 ULONG ulFlags)
{
	struct message *m = msg_of(mapiobj_of(This));
	struct mstore *st = m->obj.store;
	int ret;

	(void)ulUIParam;
	(void)lpProgress;
	MAPIOBJ_ENTER(This, message_class, "DeleteAttach");
	if (ulFlags & ~(ULONG)ATTACH_DIALOG)
		return mapiobj_fail(&m->obj, MAPI_E_UNKNOWN_FLAGS,
				    "DeleteAttach: unknown flags");
	if (!m->writable)
		return mapiobj_fail(&m->obj, MAPI_E_NO_ACCESS,
				    "DeleteAttach: the message is read-only");
	ret = storeops_attach_delete(&st->mb, m->h, ulAttachmentNum);
	return ret < 0 ? mapiobj_fail_ret(&m->obj, ret, "DeleteAttach")
		       : mapiobj_ok(&m->obj);
}

static HRESULT STDMETHODCALLTYPE mg_ModifyRecipients(IMessage *This,
						     ULONG ulFlags,
						     LPADRLIST lpMods)
{
	struct message *m = msg_of(mapiobj_of(This));
	struct mstore *st = m->obj.store;
	ULONG i, k;
	int ret;

	MAPIOBJ_ENTER(This, message_class, "ModifyRecipients");
	if (lpMods == NULL)
		return mapiobj_fail(&m->obj, MAPI_E_INVALID_PARAMETER,
				    "ModifyRecipients: no list");
	if (ulFlags &
	    ~(ULONG)(MODRECIP_ADD | MODRECIP_MODIFY | MODRECIP_REMOVE))
		return mapiobj_fail(&m->obj, MAPI_E_UNKNOWN_FLAGS,
				    "ModifyRecipients: unknown flags");
	if (!m->writable)
		return mapiobj_fail(&m->obj, MAPI_E_NO_ACCESS,
				    "ModifyRecipients: the message is "
				    "read-only");
	for (i = 0; i < lpMods->cEntries; i++) {
		const ADRENTRY *e = &lpMods->aEntries[i];

		if (e->cValues != 0 && e->rgPropVals == NULL)
			return mapiobj_fail(&m->obj, MAPI_E_INVALID_PARAMETER,
					    "ModifyRecipients: entry %lu has "
					    "no values",
					    (unsigned long)i);
		for (k = 0; k < e->cValues; k++)
			if (FBadProp(&e->rgPropVals[k]))
				return mapiobj_fail(
				    &m->obj, MAPI_E_INVALID_PARAMETER,
				    "ModifyRecipients: entry %lu has a "
				    "malformed property",
				    (unsigned long)i);
	}
	ret =
	    storeops_message_modify_recipients(&st->mb, m->h, ulFlags, lpMods);
	return ret < 0 ? mapiobj_fail_ret(&m->obj, ret, "ModifyRecipients")
		       : mapiobj_ok(&m->obj);
}

/*
 * SubmitMessage: marks the message submitted (MSGFLAG_SUBMIT,
 * PR_SUBMIT_FLAGS), saves it and moves it to the Outbox, where
 * GetOutgoingQueue lists it.  Delivery comes with the server; until
 * then the message waits there.  The object can then only be released.
 */
static HRESULT STDMETHODCALLTYPE mg_SubmitMessage(IMessage *This, ULONG ulFlags)
{
	SizedSPropTagArray(1, tags) = {1, {PR_MESSAGE_FLAGS}};
	struct message *m = msg_of(mapiobj_of(This));
	struct mstore *st = m->obj.store;
	struct storeops_table *t = NULL;
	storeops_id_t fid = 0, mid = 0, outbox = 0;
	SPropValue *props = NULL, pv[2];
	ULONG count = 0, nrecip = 0;
	int ret;

	MAPIOBJ_ENTER(This, message_class, "SubmitMessage");
	if (ulFlags & ~(ULONG)FORCE_SUBMIT)
		return mapiobj_fail(&m->obj, MAPI_E_UNKNOWN_FLAGS,
				    "SubmitMessage: unknown flags");
	if (m->embedded)
		return mapiobj_fail(&m->obj, MAPI_E_NO_SUPPORT,
				    "SubmitMessage: an embedded message "
				    "cannot be submitted");
	if (!m->writable)
		return mapiobj_fail(&m->obj, MAPI_E_NO_ACCESS,
				    "SubmitMessage: the message is read-only");
	ret = storeops_table_open_message(&st->mb, m->h,
					  STOREOPS_TABLE_RECIPIENTS, &t);
	if (ret == 0) {
		ret = storeops_table_row_count(&st->mb, t, &nrecip);
		storeops_table_close(&st->mb, t);
	}
	if (ret == 0 && nrecip == 0)
		ret = -ENODATA;
	if (ret == 0)
		ret = storeops_message_get_props(
		    &st->mb, m->h, (SPropTagArray *)&tags, &count, &props);
	if (ret >= 0) {
		LONG flags =
		    count == 1 && props[0].ulPropTag == PR_MESSAGE_FLAGS
			? props[0].Value.l
			: 0;

		pv[0].ulPropTag = PR_MESSAGE_FLAGS;
		pv[0].Value.l = flags | MSGFLAG_SUBMIT | MSGFLAG_UNSENT;
		pv[1].ulPropTag = PR_SUBMIT_FLAGS;
		pv[1].Value.l = 0;
		ret = storeops_message_set_props(&st->mb, m->h, 2, pv);
	}
	MAPIFreeBuffer(props);
	if (ret >= 0)
		ret = storeops_message_save(&st->mb, m->h, KEEP_OPEN_READONLY);
	if (ret >= 0) {
		storeops_message_ids(&st->mb, m->h, &fid, &mid);
		ret = storeops_special_folder(&st->mb, STOREOPS_FOLDER_OUTBOX,
					      &outbox);
	}
	if (ret >= 0 && fid != outbox)
		ret = storeops_messages_copy(&st->mb, fid, 1, &mid, outbox,
					     MESSAGE_MOVE, NULL);
	if (ret == -ENODATA)
		return mapiobj_fail(&m->obj, MAPI_E_NO_RECIPIENTS,
				    "SubmitMessage: the message has no "
				    "recipients");
	if (ret < 0)
		return mapiobj_fail_ret(&m->obj, ret, "SubmitMessage");
	m->writable = false;
	return mapiobj_ok(&m->obj);
}

static HRESULT STDMETHODCALLTYPE mg_SetReadFlag(IMessage *This, ULONG ulFlags)
{
	struct message *m = msg_of(mapiobj_of(This));
	struct mstore *st = m->obj.store;
	int ret;

	MAPIOBJ_ENTER(This, message_class, "SetReadFlag");
	if (ulFlags & ~(ULONG)(SUPPRESS_RECEIPT | CLEAR_READ_FLAG |
			       MAPI_DEFERRED_ERRORS | GENERATE_RECEIPT_ONLY |
			       CLEAR_RN_PENDING | CLEAR_NRN_PENDING))
		return mapiobj_fail(&m->obj, MAPI_E_UNKNOWN_FLAGS,
				    "SetReadFlag: unknown flags");
	if ((ulFlags & CLEAR_READ_FLAG) &&
	    (ulFlags & (SUPPRESS_RECEIPT | GENERATE_RECEIPT_ONLY)))
		return mapiobj_fail(&m->obj, MAPI_E_INVALID_PARAMETER,
				    "SetReadFlag: CLEAR_READ_FLAG with a "
				    "receipt flag");
	if (ulFlags & GENERATE_RECEIPT_ONLY)
		return mapiobj_ok(&m->obj);
	ret = storeops_message_set_read_flag(
	    &st->mb, m->h, ulFlags & (CLEAR_READ_FLAG | SUPPRESS_RECEIPT));
	return ret < 0 ? mapiobj_fail_ret(&m->obj, ret, "SetReadFlag")
		       : mapiobj_ok(&m->obj);
}

static const IMessageVtbl message_vtbl = {
    MAPIOBJ_PROP_VTBL(mg), mg_GetAttachmentTable, mg_OpenAttach,
    mg_CreateAttach,       mg_DeleteAttach,       mg_GetRecipientTable,
    mg_ModifyRecipients,   mg_SubmitMessage,      mg_SetReadFlag,
};

/* ================================ IAttach ============================= */

static void attach_destroy(struct mapiobj *o)
{
	struct mstore *st = o->store;

	storeops_attach_close(&st->mb, att_of(o)->h);
}

static int attach_get(struct mapiobj *o, const SPropTagArray *tags,
		      ULONG *count_r, SPropValue **props_r)
{
	return storeops_attach_get_props(&o->store->mb, att_of(o)->h, tags,
					 count_r, props_r);
}

static int attach_set(struct mapiobj *o, ULONG count, const SPropValue *props)
{
	if (!att_of(o)->writable)
		return -EACCES;
	return storeops_attach_set_props(&o->store->mb, att_of(o)->h, count,
					 props);
}

static int attach_del(struct mapiobj *o, const SPropTagArray *tags)
{
	if (!att_of(o)->writable)
		return -EACCES;
	return storeops_attach_delete_props(&o->store->mb, att_of(o)->h, tags);
}

static HRESULT attach_save(struct mapiobj *o, ULONG flags)
{
	struct mstore *st = o->store;
	int ret;

	(void)flags;
	if (!att_of(o)->writable)
		return mapiobj_fail(o, MAPI_E_NO_ACCESS,
				    "SaveChanges: the attachment was opened "
				    "read-only");
	ret = storeops_attach_save(&st->mb, att_of(o)->h);
	return ret < 0 ? mapiobj_fail_ret(o, ret, "SaveChanges")
		       : mapiobj_ok(o);
}

static HRESULT attach_open_property(struct mapiobj *o, ULONG tag, LPCIID iid,
				    ULONG options, ULONG flags,
				    LPUNKNOWN *unk_r)
{
	struct attach *a = att_of(o);
	struct stream_owner ow = {.att = a->h, .tag = tag};
	struct mstore *st = o->store;
	struct storeops_msg *h = NULL;
	int ret;

	(void)options;
	if (tag != PR_ATTACH_DATA_OBJ)
		return open_stream(o, &ow, a->writable, iid, flags, unk_r);
	if (!IsEqualIID(iid, &IID_IMessage))
		return mapiobj_fail(o, MAPI_E_INTERFACE_NOT_SUPPORTED,
				    "OpenProperty: PR_ATTACH_DATA_OBJ opens "
				    "as IMessage");
	if ((flags & (MAPI_CREATE | MAPI_MODIFY)) && !a->writable)
		return mapiobj_fail(o, MAPI_E_NO_ACCESS,
				    "OpenProperty: the attachment is "
				    "read-only");
	ret = storeops_attach_open_embedded(
	    &st->mb, a->h, flags & (MAPI_CREATE | MAPI_MODIFY), &h);
	if (ret == 0)
		ret = message_wrap(st, o, h,
				   a->writable &&
				       (flags & (MAPI_CREATE | MAPI_MODIFY)),
				   true, (IMessage **)unk_r);
	return ret < 0 ? mapiobj_fail_ret(o, ret, "OpenProperty")
		       : mapiobj_ok(o);
}

MAPIOBJ_PROP_METHODS(at, IAttach, attach_class)

static const IAttachVtbl attach_vtbl = {
    MAPIOBJ_PROP_VTBL(at),
};
