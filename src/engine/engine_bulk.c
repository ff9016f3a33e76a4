/*
 * engine_bulk.c - operations on many messages of a folder, each in one
 * transaction: creating (imports, deliveries), read flags, deleting,
 * copying and moving.
 */
#include "engine_int.h"

#include <errno.h>
#include <string.h>
#include <strings.h>

#include <mapix.h>
#include <mapiutil.h>

#include "alloc.h"

int engine_messages_create(struct engine_mailbox *mb,
			   const struct engine_actor *actor, engine_id_t fid,
			   ULONG count, const struct engine_new_message *msgs,
			   ULONG flags, engine_id_t *mids_r)
{
	struct engine_msgdata d = {0};
	uint64_t ids = 0;
	int64_t now = engine_now();
	ULONG i, j, rights = 0;
	int ret;

	if (mb == NULL || actor == NULL || (count && msgs == NULL) ||
	    (flags & ~ENGINE_CREATE_DELIVERY))
		return -EINVAL;
	for (i = 0; i < count; i++) {
		if (msgs[i].flags & ~(ULONG)ENGINE_MSG_ASSOCIATED)
			return -EINVAL;
		ret = engine_props_settable(msgs[i].count, msgs[i].props);
		if (ret < 0)
			return engine_fail(mb, ret, "property cannot be set");
	}
	ret = engine_tx_begin(mb, true);
	if (ret < 0)
		return ret;
	ret = engine_folder_exists(mb, fid);
	if (ret == 0)
		ret =
		    engine_rights_of(mb, actor, fid, "CreateMessages", &rights);
	if (ret == 0 && !(rights & frightsCreate))
		ret = engine_fail(mb, -EACCES, "no right to create messages");
	if (ret == 0 && count)
		ret = engine_alloc_ids(mb, 2 * (uint64_t)count, &ids);
	for (i = 0; i < count && ret == 0; i++) {
		struct msgdata_row p = {
		    .fid = fid,
		    .mid = ids + 2 * i,
		    .cn = ids + 2 * i + 1,
		    .ctime = now,
		    .mtime = now,
		    .creator = actor->principal ? actor->principal : "",
		    .assoc = (msgs[i].flags & ENGINE_MSG_ASSOCIATED) != 0};

		p.flags = (flags & ENGINE_CREATE_DELIVERY) ? 0 : MSGFLAG_READ;
		for (j = 0; j < msgs[i].count && ret == 0; j++) {
			ULONG type = PROP_TYPE(msgs[i].props[j].ulPropTag);

			if (PROP_ID(msgs[i].props[j].ulPropTag) ==
			    PROP_ID(PR_MESSAGE_FLAGS)) {
				p.flags = (ULONG)msgs[i].props[j].Value.l;
				continue;
			}
			/* The caller's values are used in place unless they
			 * need converting; the batch does not outlive the
			 * call. */
			if (type == PT_STRING8 || type == PT_MV_STRING8)
				ret =
				    engine_bag_set(&d.props, &msgs[i].props[j]);
			else
				ret = pbag_borrow(&d.props, &msgs[i].props[j]);
		}
		if (ret == 0 && msgs[i].recipients)
			ret = engine_rcpts_modify(&d, 0, msgs[i].recipients,
						  true);
		if (ret == 0)
			ret = msgdata_persist(mb, &d, &p, 0);
		if (ret == 0) {
			const SPropValue *cls =
			    pbag_find(&d.props, PROP_ID(PR_MESSAGE_CLASS));

			engine_event(mb, ENGINE_EV_OBJECT_CREATED, MAPI_MESSAGE,
				     fid, p.mid, 0);
			engine_event(mb, ENGINE_EV_TABLE_ROW_ADDED,
				     MAPI_MESSAGE, fid, p.mid,
				     p.assoc ? ENGINE_TABLE_ASSOCIATED
					     : ENGINE_TABLE_CONTENTS);
			if (flags & ENGINE_CREATE_DELIVERY) {
				struct engine_event ev = {
				    .type = ENGINE_EV_NEW_MAIL,
				    .object_type = MAPI_MESSAGE,
				    .fid = fid,
				    .mid = p.mid,
				    .message_flags = p.flags};

				(void)cls;
				engine_event_queue(mb, &ev);
			}
			if (mids_r)
				mids_r[i] = p.mid;
		}
		msgdata_clear(&d);
	}
	if (ret == 0 && engine_quotas_set(mb))
		ret = engine_check_quota(
		    mb, (flags & ENGINE_CREATE_DELIVERY) != 0, false);
	return engine_tx_end(mb, ret);
}

struct owner_ctx {
	char *creator;
	uint64_t fid;
	bool assoc;
};

static int owner_cb(void *ctx, const struct eb_message *m)
{
	struct owner_ctx *o = ctx;

	o->fid = m->fid;
	o->assoc = m->assoc;
	o->creator = alloc_strdup(m->creator ? m->creator : "");
	return o->creator ? 0 : -ENOMEM;
}

/* The folder, kind and creator of a message; -ENOENT when not in fid. */
static int msg_owner(struct engine_mailbox *mb, engine_id_t fid,
		     engine_id_t mid, struct owner_ctx *o)
{
	int ret;

	memset(o, 0, sizeof(*o));
	ret = engine_msg_head(mb, mid, owner_cb, o);
	if (ret == 0 && o->fid != fid)
		ret = -ENOENT;
	if (ret < 0) {
		alloc_free(o->creator);
		o->creator = NULL;
	}
	return ret;
}

/* The mids to work on: the given ones, or every normal message of fid. */
static int target_ids(struct engine_mailbox *mb, engine_id_t fid, ULONG count,
		      const engine_id_t *mids, struct engine_idlist *l)
{
	struct eb_query q = {.fid = fid};
	ULONG i;
	int ret = 0;

	if (mids == NULL)
		return ebk_msg_query(mb, &q, engine_idlist_msg_cb, l);
	for (i = 0; i < count && ret == 0; i++)
		ret = engine_idlist_add(l, mids[i]);
	return ret;
}

int engine_messages_set_read_flag(struct engine_mailbox *mb,
				  const struct engine_actor *actor,
				  engine_id_t fid, ULONG count,
				  const engine_id_t *mids, ULONG flags)
{
	struct engine_idlist l = {0};
	struct owner_ctx o;
	ULONG rights = 0;
	int64_t set, clear;
	uint64_t cn;
	size_t i;
	int ret;

	if (mb == NULL || actor == NULL ||
	    (flags & ~(ULONG)(CLEAR_READ_FLAG | SUPPRESS_RECEIPT)))
		return -EINVAL;
	set = (flags & CLEAR_READ_FLAG) ? 0 : MSGFLAG_READ;
	clear = (flags & CLEAR_READ_FLAG) ? MSGFLAG_READ : 0;
	ret = engine_tx_begin(mb, true);
	if (ret < 0)
		return ret;
	ret = engine_rights_of(mb, actor, fid, "SetReadFlags", &rights);
	if (ret == 0 && !(rights & frightsReadAny))
		ret = engine_fail(mb, -EACCES, "no right to read messages");
	if (ret == 0)
		ret = target_ids(mb, fid, count, mids, &l);
	if (ret == 0 && l.n)
		ret = engine_alloc_ids(mb, l.n, &cn);
	for (i = 0; i < l.n && ret == 0; i++) {
		ret = msg_owner(mb, fid, l.ids[i], &o);
		if (ret == -ENOENT) {
			ret = 0;
			continue;
		}
		alloc_free(o.creator);
		if (ret == 0)
			ret =
			    ebk_msg_set_flags(mb, l.ids[i], set, clear, cn + i);
		engine_event(mb, ENGINE_EV_OBJECT_MODIFIED, MAPI_MESSAGE, fid,
			     l.ids[i], 0);
		engine_event(mb, ENGINE_EV_TABLE_ROW_MODIFIED, MAPI_MESSAGE,
			     fid, l.ids[i],
			     o.assoc ? ENGINE_TABLE_ASSOCIATED
				     : ENGINE_TABLE_CONTENTS);
	}
	alloc_free(l.ids);
	return engine_tx_end(mb, ret);
}

int engine_messages_delete(struct engine_mailbox *mb,
			   const struct engine_actor *actor, engine_id_t fid,
			   ULONG count, const engine_id_t *mids)
{
	struct owner_ctx o;
	ULONG rights = 0, i;
	int ret;

	if (mb == NULL || actor == NULL || (count && mids == NULL))
		return -EINVAL;
	ret = engine_tx_begin(mb, true);
	if (ret < 0)
		return ret;
	ret = engine_rights_of(mb, actor, fid, "DeleteMessages", &rights);
	for (i = 0; i < count && ret == 0; i++) {
		ret = msg_owner(mb, fid, mids[i], &o);
		if (ret == -ENOENT) {
			ret = 0; /* already gone: not an error of the batch */
			continue;
		}
		if (ret < 0)
			break;
		if (!engine_may_delete(
			rights,
			actor->principal &&
			    strcasecmp(o.creator, actor->principal) == 0))
			ret = engine_fail(mb, -EACCES,
					  "no right to delete the message");
		alloc_free(o.creator);
		if (ret == 0)
			ret = ebk_msg_delete(mb, mids[i]);
		if (ret == 0) {
			engine_event(mb, ENGINE_EV_OBJECT_DELETED, MAPI_MESSAGE,
				     fid, mids[i], 0);
			engine_event(mb, ENGINE_EV_TABLE_ROW_DELETED,
				     MAPI_MESSAGE, fid, mids[i],
				     o.assoc ? ENGINE_TABLE_ASSOCIATED
					     : ENGINE_TABLE_CONTENTS);
		}
	}
	return engine_tx_end(mb, ret);
}

/* Copies (or moves) one message with everything below it. */
int engine_msg_copy_rows(struct engine_mailbox *mb, uint64_t mid,
			 engine_id_t dest, bool move, uint64_t *new_r)
{
	struct engine_msgdata d = {0};
	struct msgdata_load_ctx lc = {.d = &d};
	struct msgdata_row p = {0};
	uint64_t ids;
	int ret;

	ret = msgdata_load(mb, mid, &lc, 0);
	if (ret == 0)
		ret = engine_alloc_ids(mb, move ? 1 : 2, &ids);
	if (ret == 0 && move)
		ret = ebk_lob_detach(mb, mid);
	if (ret == 0 && move)
		ret = ebk_msg_delete(mb, mid);
	for (ULONG i = 0; i < d.nlobs && ret == 0 && !move; i++)
		ret = ebk_lob_copy(mb, d.lobs[i].lob, engine_now(),
				   &d.lobs[i].lob);
	if (ret == 0) {
		p.mid = move ? mid : ids;
		p.cn = move ? ids : ids + 1;
		p.fid = dest;
		p.assoc = lc.assoc;
		p.ctime = move ? lc.ctime : engine_now();
		p.mtime = engine_now();
		p.creator = lc.creator;
		p.flags = (ULONG)lc.flags;
		ret = msgdata_persist(mb, &d, &p, 0);
	}
	if (ret == 0 && move)
		ret = ebk_lob_drop_detached(mb, mid);
	if (ret == 0 && new_r)
		*new_r = p.mid;
	if (ret == 0) {
		enum engine_table_kind tk =
		    lc.assoc ? ENGINE_TABLE_ASSOCIATED : ENGINE_TABLE_CONTENTS;

		if (move)
			engine_event(mb, ENGINE_EV_TABLE_ROW_DELETED,
				     MAPI_MESSAGE, lc.fid, mid, tk);
		engine_event(mb, ENGINE_EV_TABLE_ROW_ADDED, MAPI_MESSAGE, dest,
			     p.mid, tk);
	}
	alloc_free(lc.creator);
	msgdata_clear(&d);
	return ret;
}

int engine_messages_copy(struct engine_mailbox *mb,
			 const struct engine_actor *actor, engine_id_t fid,
			 ULONG count, const engine_id_t *mids, engine_id_t dest,
			 ULONG flags, engine_id_t *new_mids_r)
{
	bool move = (flags & MESSAGE_MOVE) != 0;
	struct owner_ctx o;
	ULONG rights = 0, drights = 0, i;
	uint64_t nm;
	int ret;

	if (mb == NULL || actor == NULL || (count && mids == NULL) ||
	    (flags & ~(ULONG)(MESSAGE_MOVE | MESSAGE_DIALOG)))
		return -EINVAL;
	ret = engine_tx_begin(mb, true);
	if (ret < 0)
		return ret;
	ret = engine_folder_exists(mb, dest);
	if (ret == 0)
		ret = engine_rights_of(mb, actor, fid,
				       move ? "MoveMessages" : "CopyMessages",
				       &rights);
	if (ret == 0)
		ret = engine_rights_of(mb, actor, dest, NULL, &drights);
	if (ret == 0 &&
	    (!(rights & frightsReadAny) || !(drights & frightsCreate)))
		ret =
		    engine_fail(mb, -EACCES, "no right to copy these messages");
	for (i = 0; i < count && ret == 0; i++) {
		ret = msg_owner(mb, fid, mids[i], &o);
		if (ret < 0) {
			if (ret == -ENOENT)
				engine_fail(mb, ret, "no such message");
			break;
		}
		if (move && !engine_may_delete(
				rights, actor->principal &&
					    strcasecmp(o.creator,
						       actor->principal) == 0))
			ret = engine_fail(mb, -EACCES,
					  "no right to move the message");
		alloc_free(o.creator);
		if (ret == 0)
			ret =
			    engine_msg_copy_rows(mb, mids[i], dest, move, &nm);
		if (ret == 0) {
			struct engine_event ev = {
			    .type = move ? ENGINE_EV_OBJECT_MOVED
					 : ENGINE_EV_OBJECT_COPIED,
			    .object_type = MAPI_MESSAGE,
			    .fid = dest,
			    .mid = nm,
			    .old_fid = fid,
			    .old_mid = mids[i]};

			engine_event_queue(mb, &ev);
			if (new_mids_r)
				new_mids_r[i] = nm;
		}
	}
	if (ret == 0 && !move && engine_quotas_set(mb))
		ret = engine_check_quota(mb, false, false);
	return engine_tx_end(mb, ret);
}
