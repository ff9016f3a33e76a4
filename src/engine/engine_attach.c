/*
 * engine_attach.c - attachments of an open message and their embedded
 * messages.  An open attachment is a copy of the message's attachment
 * data; engine_attach_save() writes it back into the message, which its
 * own save then stores.
 */
#include "engine_int.h"

#include <errno.h>
#include <string.h>

#include <mapix.h>
#include <mapiutil.h>

#include "alloc.h"

static struct engine_attdata *find_att(struct engine_msgdata *d, ULONG num)
{
	ULONG i;

	for (i = 0; i < d->natts; i++)
		if (d->atts[i].num == num)
			return &d->atts[i];
	return NULL;
}

static struct engine_attach *att_new(struct engine_message *msg, ULONG num)
{
	struct engine_attach *att = alloc_calloc(1, sizeof(*att));

	if (att == NULL)
		return NULL;
	att->msg = msg;
	att->num = num;
	att->writable = msg->writable && !msg->finished;
	for (ULONG i = 0; i < msg->data.nlobs; i++) {
		const struct engine_lobref *r = &msg->data.lobs[i];

		if (r->num == num &&
		    lobref_put(&att->lobs, num, r->tag, r->lob, r->size) < 0) {
			msgdata_clear(&att->lobs);
			alloc_free(att);
			return NULL;
		}
	}
	msg->mb->open_objects++;
	return att;
}

void engine_attach_close(struct engine_attach *att)
{
	if (att == NULL)
		return;
	pbag_clear(&att->props);
	msgdata_free(att->embedded);
	msgdata_clear(&att->lobs);
	att->msg->mb->open_objects--;
	alloc_free(att);
}

int engine_attach_create(struct engine_message *msg,
			 struct engine_attach **att_r, ULONG *num_r)
{
	struct engine_attach *att;
	SPropValue pv = {.ulPropTag = PR_ATTACH_NUM};
	int ret;

	ret = engine_msg_writable(msg);
	if (ret < 0)
		return ret;
	if (att_r == NULL)
		return -EINVAL;
	att = att_new(msg, msg->data.next_att++);
	if (att == NULL)
		return -ENOMEM;
	pv.Value.l = (LONG)att->num;
	ret = pbag_set(&att->props, &pv);
	if (ret < 0) {
		engine_attach_close(att);
		return ret;
	}
	*att_r = att;
	if (num_r)
		*num_r = att->num;
	return 0;
}

int engine_attach_open(struct engine_message *msg, ULONG num, ULONG flags,
		       struct engine_attach **att_r)
{
	struct engine_attdata *a;
	struct engine_attach *att;
	int ret;

	if (msg == NULL || att_r == NULL ||
	    (flags & ~(ULONG)(MAPI_MODIFY | MAPI_BEST_ACCESS)))
		return -EINVAL;
	a = find_att(&msg->data, num);
	if (a == NULL)
		return engine_fail(msg->mb, -ENOENT, "no such attachment");
	if ((flags & MAPI_MODIFY) && !(flags & MAPI_BEST_ACCESS) &&
	    (!msg->writable || msg->finished))
		return engine_fail(msg->mb, -EACCES,
				   "the message is open read-only");
	att = att_new(msg, num);
	if (att == NULL)
		return -ENOMEM;
	att->writable = att->writable && (flags & MAPI_MODIFY);
	ret = pbag_copy(&att->props, &a->props);
	if (ret == 0 && a->embedded) {
		att->embedded = alloc_calloc(1, sizeof(*att->embedded));
		ret = att->embedded ? msgdata_copy(att->embedded, a->embedded)
				    : -ENOMEM;
	}
	if (ret < 0) {
		engine_attach_close(att);
		return ret;
	}
	*att_r = att;
	return 0;
}

int engine_attach_delete(struct engine_message *msg, ULONG num)
{
	struct engine_attdata *a;
	ULONG i;
	int ret;

	ret = engine_msg_writable(msg);
	if (ret < 0)
		return ret;
	a = find_att(&msg->data, num);
	if (a == NULL)
		return engine_fail(msg->mb, -ENOENT, "no such attachment");
	i = (ULONG)(a - msg->data.atts);
	lobref_forget(&msg->data, num, 0);
	pbag_clear(&a->props);
	msgdata_free(a->embedded);
	memmove(&msg->data.atts[i], &msg->data.atts[i + 1],
		(msg->data.natts - i - 1) * sizeof(*a));
	msg->data.natts--;
	return 0;
}

int engine_attach_get_props(struct engine_attach *att,
			    const SPropTagArray *tags, ULONG *count_r,
			    SPropValue **props_r)
{
	struct pcoll c = {0};
	ULONG i;
	size_t size;
	int ret;

	if (att == NULL || count_r == NULL || props_r == NULL)
		return -EINVAL;
	for (i = 0; i < att->props.count; i++)
		pcoll_add(&c, att->props.v[i]);
	lobref_add_errors(&c, &att->lobs, att->num);
	size = engine_bag_size(&att->props) +
	       (att->embedded ? msgdata_size(att->embedded) : 0);
	for (i = 0; i < att->lobs.nlobs; i++)
		size += (size_t)att->lobs.lobs[i].size;
	pcoll_long(&c, PR_OBJECT_TYPE, MAPI_ATTACH);
	pcoll_long(&c, PROP_TAG(PT_LONG, 0x0E20) /* PR_ATTACH_SIZE */,
		   (LONG)size);
	pcoll_long(&c, PR_ACCESS_LEVEL, att->writable ? MAPI_MODIFY : 0);
	ret = engine_props_finish(&c, tags, count_r, props_r);
	pcoll_free(&c);
	return ret;
}

int engine_attach_large_tags(struct engine_attach *att, SPropTagArray **tags_r)
{
	if (att == NULL || tags_r == NULL)
		return -EINVAL;
	return lobref_tags(&att->lobs, att->num, tags_r);
}

int engine_attach_set_props(struct engine_attach *att, ULONG count,
			    const SPropValue *props)
{
	ULONG i;
	int ret;

	if (att == NULL || (count && props == NULL))
		return -EINVAL;
	if (!att->writable)
		return engine_fail(att->msg->mb, -EACCES,
				   "the attachment is read-only");
	for (i = 0; i < count; i++) {
		ULONG type = PROP_TYPE(props[i].ulPropTag);

		if (PROP_ID(props[i].ulPropTag) == PROP_ID(PR_ATTACH_NUM))
			return -EACCES;
		if (!pblob_type_ok(type) || type == PT_NULL ||
		    type == PT_ERROR || type == PT_UNSPECIFIED)
			return -EINVAL;
		ret = engine_bag_set(&att->props, &props[i]);
		if (ret < 0)
			return ret;
		lobref_forget(&att->lobs, att->num,
			      PROP_ID(props[i].ulPropTag));
	}
	return 0;
}

int engine_attach_delete_props(struct engine_attach *att,
			       const SPropTagArray *tags)
{
	ULONG i;

	if (att == NULL || tags == NULL)
		return -EINVAL;
	if (!att->writable)
		return -EACCES;
	for (i = 0; i < tags->cValues; i++) {
		if (PROP_ID(tags->aulPropTag[i]) == PROP_ID(PR_ATTACH_NUM))
			continue;
		pbag_delete(&att->props, PROP_ID(tags->aulPropTag[i]));
		lobref_forget(&att->lobs, att->num,
			      PROP_ID(tags->aulPropTag[i]));
	}
	return 0;
}

int engine_attach_open_embedded(struct engine_attach *att, ULONG flags,
				struct engine_message **msg_r)
{
	struct engine_message *top, *msg;
	struct engine_actor actor;
	SPropValue meth = {.ulPropTag = PR_ATTACH_METHOD};
	int ret;

	if (att == NULL || msg_r == NULL ||
	    (flags & ~(ULONG)(MAPI_CREATE | MAPI_MODIFY | MAPI_BEST_ACCESS)))
		return -EINVAL;
	if (att->embedded == NULL && !(flags & MAPI_CREATE))
		return engine_fail(att->msg->mb, -ENOENT,
				   "the attachment has no embedded message");
	if ((flags & (MAPI_CREATE | MAPI_MODIFY)) && !att->writable)
		return engine_fail(att->msg->mb, -EACCES,
				   "the attachment is read-only");
	top = att->msg;
	actor.principal = top->principal;
	actor.flags = top->actor_flags;
	msg = engine_msg_new(top->mb, &actor);
	if (msg == NULL)
		return -ENOMEM;
	msg->parent = att;
	msg->rights = top->rights;
	msg->writable = att->writable && (flags & (MAPI_CREATE | MAPI_MODIFY));
	msg->ctime = msg->mtime = engine_now();
	msg->creator = alloc_strdup(top->creator ? top->creator : "");
	ret = msg->creator ? 0 : -ENOMEM;
	if (ret == 0 && att->embedded) {
		const SPropValue *f;

		ret = msgdata_copy(&msg->data, att->embedded);
		f = pbag_find(&msg->data.props, PROP_ID(PR_MESSAGE_FLAGS));
		if (f && PROP_TYPE(f->ulPropTag) == PT_LONG)
			msg->flags = (ULONG)f->Value.l;
		pbag_delete(&msg->data.props, PROP_ID(PR_MESSAGE_FLAGS));
	} else if (ret == 0) {
		msg->is_new = true;
		msg->flags = MSGFLAG_UNSENT | MSGFLAG_READ;
		meth.Value.l = ATTACH_EMBEDDED_MSG;
		ret = pbag_set(&att->props, &meth);
	}
	att->open_embedded++;
	if (ret < 0) {
		engine_message_close(msg);
		return ret;
	}
	*msg_r = msg;
	return 0;
}

int engine_attach_save(struct engine_attach *att)
{
	struct engine_message *msg;
	struct engine_attdata *a;
	int ret;

	if (att == NULL)
		return -EINVAL;
	msg = att->msg;
	ret = engine_msg_writable(msg);
	if (ret < 0)
		return ret;
	if (!att->writable)
		return engine_fail(msg->mb, -EACCES,
				   "the attachment is read-only");
	a = find_att(&msg->data, att->num);
	if (a == NULL) {
		a = msgdata_add_att(&msg->data, att->num);
		if (a == NULL)
			return -ENOMEM;
	} else {
		pbag_clear(&a->props);
		msgdata_free(a->embedded);
		a->embedded = NULL;
	}
	ret = pbag_copy(&a->props, &att->props);
	if (ret == 0 && att->embedded) {
		a->embedded = alloc_calloc(1, sizeof(*a->embedded));
		ret = a->embedded ? msgdata_copy(a->embedded, att->embedded)
				  : -ENOMEM;
	}
	if (ret == 0) {
		ULONG i;

		lobref_forget(&msg->data, att->num, 0);
		for (i = 0; i < att->lobs.nlobs && ret == 0; i++)
			ret = lobref_put(
			    &msg->data, att->num, att->lobs.lobs[i].tag,
			    att->lobs.lobs[i].lob, att->lobs.lobs[i].size);
	}
	return ret;
}
