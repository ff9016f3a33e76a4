/*
 * engine_tx.c - the transactions of engine operations, the mailbox's
 * identifier counter, and change notifications.
 *
 * Identifiers come from one counter per mailbox (meta "globcnt"): folder
 * and message IDs and change numbers alike, so a change number is also a
 * GLOBCNT and PR_CHANGE_KEY is the database GUID followed by it.
 *
 * Events are queued while an operation runs and delivered after its
 * transaction committed (dropped when it rolled back), so a subscriber
 * never hears of a change that did not happen.  Audit rows of admin
 * bypasses are written when the transaction ends, either way.
 */
#include "engine_int.h"

#include <errno.h>
#include <string.h>

#include "alloc.h"
#include "eid.h"

static void deliver_events(struct engine_mailbox *mb);

int engine_tx_begin(struct engine_mailbox *mb, bool write)
{
	const char *err = NULL;
	int ret;

	ret = ebk_begin(mb, write, &err);
	if (ret < 0)
		return engine_fail(mb, ret, err);
	mb->in_tx = true;
	return 0;
}

void engine_tx_rollback(struct engine_mailbox *mb)
{
	ebk_rollback(mb);
	mb->in_tx = false;
	array_clear(&mb->pending);
	engine_audits_flush(mb);
}

static int tx_commit(struct engine_mailbox *mb)
{
	const char *err = NULL;
	int ret;

	ret = ebk_commit(mb, &err);
	mb->in_tx = false;
	engine_audits_flush(mb);
	if (ret < 0) {
		array_clear(&mb->pending);
		return engine_fail(mb, ret, err);
	}
	deliver_events(mb);
	return 0;
}

/* Ends a transaction: commit when ret == 0, else roll back. */
int engine_tx_end(struct engine_mailbox *mb, int ret)
{
	if (ret < 0) {
		engine_tx_rollback(mb);
		return ret;
	}
	return tx_commit(mb);
}

static int meta_u64(struct engine_mailbox *mb, const char *key, uint64_t *v_r)
{
	uint8_t b[8];
	size_t len = 0;
	int ret, i;

	ret = ebk_meta_get(mb, key, b, sizeof(b), &len);
	if (ret < 0)
		return ret;
	if (len != 8)
		return -EBADMSG;
	*v_r = 0;
	for (i = 7; i >= 0; i--)
		*v_r = (*v_r << 8) | b[i];
	return 0;
}

int engine_meta_set_u64(struct engine_mailbox *mb, const char *key, uint64_t v)
{
	uint8_t b[8];
	int i;

	for (i = 0; i < 8; i++)
		b[i] = (uint8_t)(v >> (8 * i));
	return ebk_meta_set(mb, key, b, 8);
}

/* Takes n identifiers from the counter; inside a write transaction. */
int engine_alloc_ids(struct engine_mailbox *mb, uint64_t n, uint64_t *first_r)
{
	uint64_t next;
	int ret;

	ret = meta_u64(mb, "globcnt", &next);
	if (ret < 0)
		return ret;
	if (next == 0 || next + n > EID_GLOBCNT_MAX)
		return -ENOSPC;
	ret = engine_meta_set_u64(mb, "globcnt", next + n);
	if (ret == 0)
		*first_r = next;
	return ret;
}

void engine_event_queue(struct engine_mailbox *mb,
			const struct engine_event *ev)
{
	if (array_is_empty(&mb->subs))
		return;
	/* Events are best effort under no memory: a failed push drops it. */
	if (array_push(&mb->pending, *ev) < 0)
		return;
}

void engine_event(struct engine_mailbox *mb, enum engine_event_type type,
		  ULONG otype, engine_id_t fid, engine_id_t mid,
		  enum engine_table_kind table)
{
	struct engine_event ev = {.type = type,
				  .object_type = otype,
				  .fid = fid,
				  .mid = mid,
				  .table = table};

	engine_event_queue(mb, &ev);
}

static void deliver_events(struct engine_mailbox *mb)
{
	ARRAY_TYPE(engine_event) evs = mb->pending;
	size_t i, j;

	if (array_is_empty(&evs))
		return;
	/* Callbacks may run operations that queue events of their own. */
	mb->pending = (ARRAY_TYPE(engine_event))ARRAY_INIT;
	for (i = 0; i < array_count(&evs); i++) {
		const struct engine_event *ev = &evs.v[i];

		for (j = 0; j < array_count(&mb->subs); j++) {
			struct engine_sub s = mb->subs.v[j];

			if (!(s.mask & ev->type))
				continue;
			if (s.fid != 0 && s.fid != ev->fid &&
			    s.fid != ev->old_fid)
				continue;
			s.fn(s.ctx, ev);
		}
	}
	array_free(&evs);
}

int engine_subscribe(struct engine_mailbox *mb, unsigned int mask,
		     engine_id_t fid, engine_event_fn *fn, void *ctx,
		     unsigned long *conn_r)
{
	if (mb == NULL || fn == NULL || conn_r == NULL || mask == 0 ||
	    (mask & ~(unsigned int)ENGINE_EV_ALL))
		return -EINVAL;
	if (array_push(&mb->subs,
		       ((struct engine_sub){.conn = mb->next_conn + 1,
					    .mask = mask,
					    .fid = fid,
					    .fn = fn,
					    .ctx = ctx})) < 0)
		return -ENOMEM;
	*conn_r = ++mb->next_conn;
	return 0;
}

int engine_unsubscribe(struct engine_mailbox *mb, unsigned long conn)
{
	size_t i;

	if (mb == NULL)
		return -EINVAL;
	for (i = 0; i < array_count(&mb->subs); i++) {
		if (mb->subs.v[i].conn == conn) {
			array_delete(&mb->subs, i, 1);
			return 0;
		}
	}
	return -ENOENT;
}
