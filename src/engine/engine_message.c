/*
 * engine_message.c - messages as edit transactions: a message is opened
 * (or created) into memory, changed there, and written by SaveChanges in
 * one transaction that fails with -ESTALE when another save came first.
 * An embedded message saves into its attachment instead.
 */
#include "engine_int.h"

#include <errno.h>
#include <string.h>
#include <strings.h>

#include <mapix.h>
#include <mapiutil.h>

#include "alloc.h"
#include "eid.h"

/* The top-level message of a message or attachment handle. */
static struct engine_message *top_message(struct engine_message *msg)
{
	while (msg->parent)
		msg = msg->parent->msg;
	return msg;
}

int engine_msg_fresh_add(struct engine_message *msg, int64_t lob)
{
	msg = top_message(msg);
	if (engine_array_grow((void **)&msg->fresh, &msg->capfresh, msg->nfresh,
			      sizeof(*msg->fresh)))
		return -ENOMEM;
	msg->fresh[msg->nfresh++] = lob;
	return 0;
}

/* Deletes the fresh lobs that keep (may be NULL) does not reference;
 * inside the caller's transaction when in_tx, else in one of its own. */
static int fresh_drop(struct engine_message *msg,
		      const struct engine_msgdata *keep, bool in_tx)
{
	struct engine_mailbox *mb = msg->mb;
	ULONG i;
	int ret = 0;

	if (msg->nfresh == 0)
		return 0;
	if (!in_tx)
		ret = ebk_begin(mb, true, NULL);
	for (i = 0; i < msg->nfresh && ret == 0; i++)
		if (keep == NULL || !lobref_has(keep, msg->fresh[i]))
			ret = ebk_lob_delete(mb, msg->fresh[i]);
	if (!in_tx) {
		if (ret == 0)
			ret = ebk_commit(mb, NULL);
		else
			ebk_rollback(mb);
	}
	return ret;
}

/* A message's row without its property blob, from a backend that can
 * give one (version 2), else the whole row. */
int engine_msg_head(struct engine_mailbox *mb, uint64_t mid, eb_message_fn *fn,
		    void *ctx)
{
	int ret = ebk_msg_head(mb, mid, fn, ctx);

	return ret == -ENOTSUP ? ebk_msg_get(mb, mid, fn, ctx) : ret;
}

static bool actor_is(const struct engine_message *msg, const char *who)
{
	return msg->principal && who && strcasecmp(msg->principal, who) == 0;
}

struct engine_message *engine_msg_new(struct engine_mailbox *mb,
				      const struct engine_actor *actor)
{
	struct engine_message *msg = alloc_calloc(1, sizeof(*msg));

	if (msg == NULL)
		return NULL;
	msg->mb = mb;
	msg->actor_flags = actor->flags;
	if (actor->principal) {
		msg->principal = alloc_strdup(actor->principal);
		if (msg->principal == NULL) {
			alloc_free(msg);
			return NULL;
		}
	}
	mb->open_objects++;
	return msg;
}

void engine_message_close(struct engine_message *msg)
{
	if (msg == NULL)
		return;
	if (msg->parent)
		msg->parent->open_embedded--;
	/* Unsaved stream data; what fails here the next open collects. */
	if (fresh_drop(msg, NULL, false) < 0)
		engine_fail(msg->mb, -EIO, "cannot drop unsaved stream data");
	alloc_free(msg->fresh);
	msgdata_clear(&msg->data);
	alloc_free(msg->principal);
	alloc_free(msg->creator);
	msg->mb->open_objects--;
	alloc_free(msg);
}

int engine_message_create(struct engine_mailbox *mb,
			  const struct engine_actor *actor, engine_id_t fid,
			  ULONG flags, struct engine_message **msg_r)
{
	struct engine_message *msg;
	ULONG rights = 0;
	int ret;

	if (mb == NULL || actor == NULL || msg_r == NULL ||
	    (flags & ~(ULONG)ENGINE_MSG_ASSOCIATED))
		return -EINVAL;
	ret = engine_tx_begin(mb, false);
	if (ret < 0)
		return ret;
	ret = engine_folder_exists(mb, fid);
	if (ret == 0)
		ret =
		    engine_rights_of(mb, actor, fid, "CreateMessage", &rights);
	engine_tx_rollback(mb);
	if (ret < 0)
		return ret;
	if (!(rights & frightsCreate))
		return engine_fail(mb, -EACCES, "no right to create messages");
	msg = engine_msg_new(mb, actor);
	if (msg == NULL)
		return -ENOMEM;
	msg->fid = fid;
	msg->is_new = true;
	msg->writable = true;
	msg->assoc = (flags & ENGINE_MSG_ASSOCIATED) != 0;
	msg->flags = MSGFLAG_UNSENT | MSGFLAG_READ;
	msg->rights = rights | frightsEditOwned;
	msg->ctime = msg->mtime = engine_now();
	msg->creator = alloc_strdup(actor->principal ? actor->principal : "");
	if (msg->creator == NULL) {
		engine_message_close(msg);
		return -ENOMEM;
	}
	*msg_r = msg;
	return 0;
}

static bool may_edit(ULONG rights, bool own)
{
	return (rights & frightsEditAny) ||
	       ((rights & frightsEditOwned) && own);
}

bool engine_may_delete(ULONG rights, bool own)
{
	return (rights & frightsDeleteAny) ||
	       ((rights & frightsDeleteOwned) && own);
}

int engine_message_open(struct engine_mailbox *mb,
			const struct engine_actor *actor, engine_id_t fid,
			engine_id_t mid, ULONG flags,
			struct engine_message **msg_r)
{
	struct engine_message *msg;
	struct msgdata_load_ctx lc = {0};
	ULONG rights = 0;
	int ret;

	if (mb == NULL || actor == NULL || msg_r == NULL ||
	    (flags & ~(ULONG)(ENGINE_MSG_WRITE | MAPI_BEST_ACCESS)))
		return -EINVAL;
	msg = engine_msg_new(mb, actor);
	if (msg == NULL)
		return -ENOMEM;
	lc.d = &msg->data;
	ret = engine_tx_begin(mb, false);
	if (ret < 0) {
		engine_message_close(msg);
		return ret;
	}
	ret = msgdata_load(mb, mid, &lc, 0);
	if (ret == 0 && (lc.is_embedded || (fid != 0 && lc.fid != fid)))
		ret = -ENOENT;
	if (ret == -ENOENT)
		engine_fail(mb, ret, "no such message");
	if (ret == 0)
		ret =
		    engine_rights_of(mb, actor, lc.fid, "OpenMessage", &rights);
	engine_tx_rollback(mb);
	msg->creator = lc.creator;
	if (ret == 0 && !(rights & frightsReadAny))
		ret = engine_fail(mb, -EACCES, "no right to read the message");
	if (ret == 0 && (flags & ENGINE_MSG_WRITE)) {
		if (may_edit(rights, actor_is(msg, lc.creator)))
			msg->writable = true;
		else if (!(flags & MAPI_BEST_ACCESS))
			ret = engine_fail(mb, -EACCES,
					  "no right to change the message");
	}
	if (ret < 0) {
		engine_message_close(msg);
		return ret;
	}
	msg->fid = lc.fid;
	msg->mid = mid;
	msg->assoc = lc.assoc;
	msg->base_cn = msg->cn = lc.cn;
	msg->ctime = lc.ctime;
	msg->mtime = lc.mtime;
	msg->flags = (ULONG)lc.flags;
	msg->size = (ULONG)lc.size;
	msg->rights = rights;
	*msg_r = msg;
	return 0;
}

void engine_message_ids(const struct engine_message *msg, engine_id_t *fid_r,
			engine_id_t *mid_r)
{
	const struct engine_message *top = msg;

	while (top->parent)
		top = top->parent->msg;
	if (fid_r)
		*fid_r = top->fid;
	if (mid_r)
		*mid_r = msg->parent ? 0 : msg->mid;
}

struct engine_mailbox *engine_message_mailbox(const struct engine_message *msg)
{
	return msg->mb;
}

const struct engine_msgdata *
engine_message_data(const struct engine_message *msg)
{
	return &msg->data;
}

/* All properties of an open message, computed ones included. */
static int message_all_props(struct engine_message *msg, struct pcoll *c)
{
	struct engine_mailbox *mb = msg->mb;
	ULONG i, flags = msg->flags;
	uint8_t eid[EID_MESSAGE_SIZE], key[EID_SOURCE_KEY_SIZE];
	size_t size = msgdata_size(&msg->data);

	for (i = 0; i < msg->data.props.count; i++)
		if (PROP_ID(msg->data.props.v[i]->ulPropTag) !=
		    PROP_ID(PR_MESSAGE_FLAGS))
			pcoll_add(c, msg->data.props.v[i]);
	lobref_add_errors(c, &msg->data, EB_LOB_MESSAGE);
	flags &= ~(ULONG)(MSGFLAG_HASATTACH | MSGFLAG_ASSOCIATED);
	if (msg->data.natts)
		flags |= MSGFLAG_HASATTACH;
	if (msg->assoc)
		flags |= MSGFLAG_ASSOCIATED;
	if (msg->mid != 0 && msg->parent == NULL) {
		eid_message(&mb->db_guid, msg->fid, msg->mid, eid);
		pcoll_bin(c, PR_ENTRYID, eid, sizeof(eid));
		pcoll_bin(c, PR_RECORD_KEY, eid, sizeof(eid));
		eid_add_change_ids(mb, c, msg->mid, msg->cn);
	}
	if (msg->parent == NULL) {
		eid_folder(&mb->db_guid, msg->fid, eid);
		pcoll_bin(c, PR_PARENT_ENTRYID, eid, EID_FOLDER_SIZE);
		eid_source_key(&mb->db_guid, msg->fid, key);
		pcoll_bin(c, PR_PARENT_SOURCE_KEY, key, sizeof(key));
	}
	eid_add_store_ids(mb, c);
	pcoll_long(c, PR_OBJECT_TYPE, MAPI_MESSAGE);
	pcoll_long(c, PR_MESSAGE_FLAGS, (LONG)flags);
	pcoll_long(c, PR_MESSAGE_SIZE, (LONG)size);
	pcoll_i8(c, PR_MESSAGE_SIZE_EXTENDED, (int64_t)size);
	pcoll_bool(c, PR_HASATTACH, msg->data.natts != 0);
	pcoll_long(c, PR_ACCESS, (LONG)engine_access_of(msg->rights, false));
	pcoll_long(c, PR_ACCESS_LEVEL, msg->writable ? MAPI_MODIFY : 0);
	pcoll_time(c, PR_CREATION_TIME, msg->ctime);
	pcoll_time(c, PR_LAST_MODIFICATION_TIME, msg->mtime);
	return c->failed ? -ENOMEM : 0;
}

int engine_message_get_props(struct engine_message *msg,
			     const SPropTagArray *tags, ULONG *count_r,
			     SPropValue **props_r)
{
	struct pcoll c = {0};
	int ret;

	if (msg == NULL || count_r == NULL || props_r == NULL)
		return -EINVAL;
	ret = message_all_props(msg, &c);
	if (ret == 0)
		ret = engine_props_finish(&c, tags, count_r, props_r);
	pcoll_free(&c);
	return ret;
}

int engine_message_large_tags(struct engine_message *msg,
			      SPropTagArray **tags_r)
{
	if (msg == NULL || tags_r == NULL)
		return -EINVAL;
	return lobref_tags(&msg->data, EB_LOB_MESSAGE, tags_r);
}

int engine_msg_writable(struct engine_message *msg)
{
	if (msg == NULL)
		return -EINVAL;
	if (!msg->writable || msg->finished)
		return engine_fail(msg->mb, -EACCES,
				   "the message is open read-only");
	return 0;
}

int engine_message_set_props(struct engine_message *msg, ULONG count,
			     const SPropValue *props)
{
	ULONG i;
	int ret;

	ret = engine_msg_writable(msg);
	if (ret < 0)
		return ret;
	ret = engine_props_settable(count, props);
	if (ret < 0)
		return engine_fail(msg->mb, ret, "property cannot be set");
	for (i = 0; i < count; i++) {
		if (PROP_ID(props[i].ulPropTag) == PROP_ID(PR_MESSAGE_FLAGS)) {
			/* Settable until the first save only. */
			if (!msg->is_new ||
			    PROP_TYPE(props[i].ulPropTag) != PT_LONG)
				return engine_fail(msg->mb, -EACCES,
						   "PR_MESSAGE_FLAGS is read-"
						   "only once saved");
			msg->flags = (ULONG)props[i].Value.l;
			continue;
		}
		ret = engine_bag_set(&msg->data.props, &props[i]);
		if (ret < 0)
			return ret;
		lobref_forget(&msg->data, EB_LOB_MESSAGE,
			      PROP_ID(props[i].ulPropTag));
	}
	return 0;
}

int engine_message_delete_props(struct engine_message *msg,
				const SPropTagArray *tags)
{
	ULONG i;
	int ret;

	ret = engine_msg_writable(msg);
	if (ret < 0)
		return ret;
	if (tags == NULL)
		return -EINVAL;
	for (i = 0; i < tags->cValues; i++) {
		if (engine_prop_computed(PROP_ID(tags->aulPropTag[i])))
			return engine_fail(msg->mb, -EACCES,
					   "computed properties cannot be "
					   "deleted");
		pbag_delete(&msg->data.props, PROP_ID(tags->aulPropTag[i]));
		lobref_forget(&msg->data, EB_LOB_MESSAGE,
			      PROP_ID(tags->aulPropTag[i]));
	}
	return 0;
}

/* Fills a recipient's bag from an ADRENTRY (PR_ROWID dropped); borrow:
 * keep pointers to the caller's values where no conversion is needed
 * (bulk creates, whose input outlives the bag). */
static int rcpt_fill(struct pbag *bag, const ADRENTRY *e, bool borrow)
{
	ULONG i;
	int ret;

	if (e->cValues && e->rgPropVals == NULL)
		return -EINVAL;
	for (i = 0; i < e->cValues; i++) {
		ULONG type = PROP_TYPE(e->rgPropVals[i].ulPropTag);

		if (PROP_ID(e->rgPropVals[i].ulPropTag) == PROP_ID(PR_ROWID) ||
		    type == PT_ERROR || type == PT_NULL)
			continue;
		if (!pblob_type_ok(type) || type == PT_UNSPECIFIED)
			return -EINVAL;
		if (borrow && type != PT_STRING8 && type != PT_MV_STRING8)
			ret = pbag_borrow(bag, &e->rgPropVals[i]);
		else
			ret = engine_bag_set(bag, &e->rgPropVals[i]);
		if (ret < 0)
			return ret;
	}
	return 0;
}

static const SPropValue *entry_rowid(const ADRENTRY *e)
{
	ULONG i;

	for (i = 0; i < e->cValues; i++)
		if (e->rgPropVals[i].ulPropTag == PR_ROWID)
			return &e->rgPropVals[i];
	return NULL;
}

int engine_rcpts_modify(struct engine_msgdata *d, ULONG flags,
			const ADRLIST *list, bool borrow)
{
	ULONG i, j;
	int ret = 0;

	if (flags == 0) {
		for (j = 0; j < d->nrcpts; j++)
			pbag_clear(&d->rcpts[j].props);
		d->nrcpts = 0;
		d->next_rowid = 0;
		flags = MODRECIP_ADD;
	}
	for (i = 0; list && i < list->cEntries && ret == 0; i++) {
		const ADRENTRY *e = &list->aEntries[i];
		const SPropValue *rowid = entry_rowid(e);

		if (flags & MODRECIP_ADD) {
			struct engine_rcpt *r =
			    msgdata_add_rcpt(d, d->next_rowid);

			ret = r ? rcpt_fill(&r->props, e, borrow) : -ENOMEM;
			continue;
		}
		if (rowid == NULL)
			return -EINVAL;
		for (j = 0; j < d->nrcpts; j++)
			if (d->rcpts[j].rowid == (ULONG)rowid->Value.l)
				break;
		if (j == d->nrcpts) {
			if (flags & MODRECIP_REMOVE)
				continue;
			return -ENOENT;
		}
		pbag_clear(&d->rcpts[j].props);
		if (flags & MODRECIP_REMOVE) {
			memmove(&d->rcpts[j], &d->rcpts[j + 1],
				(d->nrcpts - j - 1) * sizeof(*d->rcpts));
			d->nrcpts--;
		} else {
			ret = rcpt_fill(&d->rcpts[j].props, e, borrow);
		}
	}
	return ret;
}

int engine_message_modify_recipients(struct engine_message *msg, ULONG flags,
				     const ADRLIST *list)
{
	int ret;

	ret = engine_msg_writable(msg);
	if (ret < 0)
		return ret;
	if (flags != 0 && flags != MODRECIP_ADD && flags != MODRECIP_MODIFY &&
	    flags != MODRECIP_REMOVE)
		return -EINVAL;
	if (list == NULL && flags != 0)
		return -EINVAL;
	return engine_rcpts_modify(&msg->data, flags, list, false);
}

int engine_message_set_read_flag(struct engine_message *msg, ULONG flags)
{
	struct engine_mailbox *mb;
	ULONG set, clear;
	uint64_t cn;
	int ret;

	if (msg == NULL ||
	    (flags & ~(ULONG)(CLEAR_READ_FLAG | SUPPRESS_RECEIPT |
			      0x8 /* GENERATE_RECEIPT_ONLY */)))
		return -EINVAL;
	mb = msg->mb;
	set = (flags & CLEAR_READ_FLAG) ? 0 : MSGFLAG_READ;
	clear = (flags & CLEAR_READ_FLAG) ? MSGFLAG_READ : 0;
	msg->flags = (msg->flags | set) & ~clear;
	if (msg->is_new || msg->parent)
		return 0;
	ret = engine_tx_begin(mb, true);
	if (ret < 0)
		return ret;
	ret = engine_alloc_ids(mb, 1, &cn);
	if (ret == 0)
		ret = ebk_msg_set_flags(mb, msg->mid, set, clear, cn);
	if (ret == 0) {
		/* Our own change does not conflict with our save. */
		if (msg->base_cn == msg->cn)
			msg->base_cn = cn;
		msg->cn = cn;
		engine_event(mb, ENGINE_EV_OBJECT_MODIFIED, MAPI_MESSAGE,
			     msg->fid, msg->mid, 0);
		engine_event(mb, ENGINE_EV_TABLE_ROW_MODIFIED, MAPI_MESSAGE,
			     msg->fid, msg->mid,
			     msg->assoc ? ENGINE_TABLE_ASSOCIATED
					: ENGINE_TABLE_CONTENTS);
	}
	return engine_tx_end(mb, ret);
}

struct cn_ctx {
	uint64_t cn;
	int64_t size;
};

static int cn_cb(void *ctx, const struct eb_message *m)
{
	struct cn_ctx *c = ctx;

	c->cn = m->change_num;
	c->size = m->col[EB_COL_SIZE].i;
	return 0;
}

static bool is_sending(const struct engine_message *msg)
{
	const SPropValue *v =
	    pbag_find(&msg->data.props, PROP_ID(PR_SUBMIT_FLAGS));

	return msg->fid == msg->mb->special[ENGINE_FOLDER_OUTBOX] ||
	       (msg->flags & MSGFLAG_SUBMIT) || v != NULL;
}

/* Saves a top-level message: one write transaction. */
static int save_top(struct engine_message *msg, ULONG flags)
{
	struct engine_mailbox *mb = msg->mb;
	struct cn_ctx cur = {0};
	struct msgdata_row p = {0};
	uint64_t ids;
	int ret;

	ret = engine_tx_begin(mb, true);
	if (ret < 0)
		return ret;
	if (!msg->is_new) {
		ret = engine_msg_head(mb, msg->mid, cn_cb, &cur);
		if (ret == -ENOENT)
			ret =
			    engine_fail(mb, -EIDRM, "the message was deleted");
		else if (ret == 0 && cur.cn != msg->base_cn &&
			 !(flags & FORCE_SAVE))
			ret = engine_fail(mb, -ESTALE,
					  "the message was changed by "
					  "another save");
		/* The lobs it keeps are attached again by the persist;
		 * the others go with drop_detached below. */
		if (ret == 0)
			ret = ebk_lob_detach(mb, msg->mid);
		if (ret == 0)
			ret = ebk_msg_delete(mb, msg->mid);
	} else {
		ret = engine_folder_exists(mb, msg->fid);
	}
	if (ret == 0)
		ret = engine_alloc_ids(mb, msg->is_new ? 2 : 1, &ids);
	if (ret == 0) {
		p.mid = msg->is_new ? ids : msg->mid;
		p.cn = msg->is_new ? ids + 1 : ids;
		p.fid = msg->fid;
		p.assoc = msg->assoc;
		p.ctime = msg->ctime;
		p.mtime = engine_now();
		p.creator = msg->creator;
		p.flags = msg->flags;
		ret = msgdata_persist(mb, &msg->data, &p, 0);
	}
	if (ret == 0 && !msg->is_new)
		ret = ebk_lob_drop_detached(mb, p.mid);
	if (ret == 0)
		ret = fresh_drop(msg, &msg->data, true);
	if (ret == 0 && engine_quotas_set(mb))
		ret = engine_check_quota(mb, false, is_sending(msg));
	if (ret == 0) {
		enum engine_table_kind tk = msg->assoc ? ENGINE_TABLE_ASSOCIATED
						       : ENGINE_TABLE_CONTENTS;

		engine_event(mb,
			     msg->is_new ? ENGINE_EV_OBJECT_CREATED
					 : ENGINE_EV_OBJECT_MODIFIED,
			     MAPI_MESSAGE, msg->fid, p.mid, 0);
		engine_event(mb,
			     msg->is_new ? ENGINE_EV_TABLE_ROW_ADDED
					 : ENGINE_EV_TABLE_ROW_MODIFIED,
			     MAPI_MESSAGE, msg->fid, p.mid, tk);
	}
	ret = engine_tx_end(mb, ret);
	if (ret == 0) {
		msg->nfresh = 0; /* attached, or deleted */
		msg->mid = p.mid;
		msg->cn = msg->base_cn = p.cn;
		msg->mtime = p.mtime;
		msg->is_new = false;
	}
	return ret;
}

/* Saves an embedded message into its attachment: a copy of its data
 * replaces the attachment's, or nothing changes. */
static int save_embedded(struct engine_message *msg)
{
	struct engine_attach *att = msg->parent;
	struct engine_msgdata *copy = alloc_calloc(1, sizeof(*copy));
	int ret;

	if (copy == NULL)
		return -ENOMEM;
	ret = msgdata_copy(copy, &msg->data);
	if (ret == 0 && msg->flags) {
		SPropValue f = {.ulPropTag = PR_MESSAGE_FLAGS};

		f.Value.l = (LONG)msg->flags;
		ret = pbag_set(&copy->props, &f);
	}
	if (ret < 0) {
		msgdata_free(copy);
		return ret;
	}
	msgdata_free(att->embedded);
	att->embedded = copy;
	msg->is_new = false;
	return 0;
}

int engine_message_save(struct engine_message *msg, ULONG flags)
{
	int ret;

	ret = engine_msg_writable(msg);
	if (ret < 0)
		return ret;
	if (flags & ~(ULONG)(KEEP_OPEN_READONLY | KEEP_OPEN_READWRITE |
			     FORCE_SAVE | MAPI_DEFERRED_ERRORS))
		return -EINVAL;
	if (msg->parent)
		ret = save_embedded(msg);
	else
		ret = save_top(msg, flags);
	if (ret < 0)
		return ret;
	if (flags & KEEP_OPEN_READONLY)
		msg->writable = false;
	else if (!(flags & KEEP_OPEN_READWRITE))
		msg->finished = true;
	return 0;
}
