/*
 * tabledata_notify.c - what a change of the table data does to its views:
 * built dynamic views are kept up to date row by row (or rebuilt after
 * many changes), and the table notifications are queued under the lock
 * and delivered after it is dropped, through the context's notification
 * engine or straight to the sinks.  See tabledata_int.h for how the files
 * of the table fit.
 */
#include "tabledata_int.h"

#include "notifyhook.h"

/* ---------------------------------------------------------------------------
 * Notifications
 */

static bool view_has_sinks(const struct view *v)
{
	for (const struct sink *s = v->sinks; s != NULL; s = s->next)
		if (!s->dead)
			return true;
	return false;
}

static void view_queue(struct view *v, struct tevent *e)
{
	e->next = NULL;
	*v->evq_tail = e;
	v->evq_tail = &e->next;
}

void view_drop_events(struct view *v)
{
	struct tevent *e, *next;

	for (e = v->evq; e != NULL; e = next) {
		next = e->next;
		alloc_free(e);
	}
	v->evq = NULL;
	v->evq_tail = &v->evq;
}

/*
 * Queues a row notification: event TABLE_ROW_ADDED or TABLE_ROW_MODIFIED
 * for the view row at pos, or TABLE_ROW_DELETED for data row gone.  The
 * index column stands in propIndex and propPrior (the row before, PR_NULL
 * for the first row), the row in the view's columns.  Without memory the
 * view gets one TABLE_CHANGED instead.
 */
static void view_row_event(struct view *v, ULONG event, size_t pos,
			   const struct trow *gone)
{
	const struct vrow *vr = gone == NULL ? v->rows.v[pos] : NULL;
	const SPropValue *index = gone != NULL ? gone->index : vr->row->index;
	const SPropValue *prior = NULL;
	size_t head = align8(sizeof(struct tevent)), isize, psize = 0;
	size_t rsize = 0;
	struct tevent *e;
	TABLE_NOTIFICATION *tab;
	char *cur;

	if (gone == NULL && pos > 0)
		prior = v->rows.v[pos - 1]->row->index;
	if (pv_data_size(index, PV_SRC_COUNTED, &isize) < 0 ||
	    (prior != NULL && pv_data_size(prior, PV_SRC_COUNTED, &psize) < 0))
		goto changed;
	if (vr != NULL) {
		view_row_values(v, vr);
		if (props_size(v->outvals, v->ncols, PV_SRC_COUNTED, &rsize) <
		    0)
			goto changed;
	}
	e = alloc_malloc(head + isize + psize + rsize);
	if (e == NULL)
		goto changed;
	memset(e, 0, sizeof(*e));
	e->n.ulEventType = fnevTableModified;
	tab = &e->n.info.tab;
	tab->ulTableEvent = event;
	tab->hResult = S_OK;
	cur = (char *)e + head;
	pv_copy(&tab->propIndex, index, &cur, PV_SRC_COUNTED);
	if (prior != NULL)
		pv_copy(&tab->propPrior, prior, &cur, PV_SRC_COUNTED);
	else
		tab->propPrior.ulPropTag = PR_NULL;
	if (vr != NULL) {
		tab->row.cValues = v->ncols;
		tab->row.lpProps = (SPropValue *)(void *)cur;
		props_copy(tab->row.lpProps, v->outvals, v->ncols,
			   PV_SRC_COUNTED);
	}
	view_queue(v, e);
	return;
changed:
	v->ev_changed = true;
}

/* Takes a reference unless the view is already being destroyed. */
static bool view_pin(struct view *v)
{
	ULONG r = atomic_load(&v->base.refs);

	while (r != 0)
		if (atomic_compare_exchange_weak(&v->base.refs, &r, r + 1))
			return true;
	return false;
}

/*
 * Adds v to the list of views whose notifications the caller delivers.  A
 * dead view (made under a MAPI instance that was torn down since; the
 * caller passed the table data's check, so the context is the same) keeps
 * its rows up to date but notifies no one: its sinks belong to a session
 * that is over.
 */
static void view_touch(struct view *v, struct view **touched)
{
	if (v->touched || !view_has_sinks(v) ||
	    objhdr_check(&v->base.hdr, VIEW_MAGIC) != 0)
		return;
	if (v->evq == NULL && !v->ev_changed && !v->ev_reload)
		return;
	if (!view_pin(v))
		return;
	v->touched = true;
	v->touch_next = *touched;
	*touched = v;
}

/* Takes sink s out of v's list (the table locked); the caller frees it. */
void sink_unlink(struct view *v, struct sink *s)
{
	if (s->prev != NULL)
		s->prev->next = s->next;
	else
		v->sinks = s->next;
	if (s->next != NULL)
		s->next->prev = s->prev;
}

/*
 * Gives n to every live sink of v, the table unlocked: to the engine of
 * the view's context when it has a MAPI instance (which AddRefs the sink
 * until it delivers), else straight to OnNotify.
 */
static void view_deliver(struct view *v, NOTIFICATION *n)
{
	struct tdata *td = v->td;
	struct sink *s, *next, *gone;

	td_lock(td);
	for (s = v->sinks; s != NULL && s->dead; s = s->next)
		;
	if (s != NULL)
		s->busy++;
	td_unlock(td);
	while (s != NULL) {
		if (core_notify(v->base.hdr.context_id, s->sink, 1, n) == 0)
			IMAPIAdviseSink_OnNotify(s->sink, 1, n);
		gone = NULL;
		td_lock(td);
		for (next = s->next; next != NULL && next->dead;
		     next = next->next)
			;
		if (next != NULL)
			next->busy++;
		if (--s->busy == 0 && s->dead) {
			sink_unlink(v, s);
			gone = s;
		}
		td_unlock(td);
		if (gone != NULL) {
			IMAPIAdviseSink_Release(gone->sink);
			alloc_free(gone);
		}
		s = next;
	}
}

/*
 * Delivers the notifications queued on the touched views, in order, and
 * drops the references view_touch() took.  Called without the lock.
 */
void td_flush(struct tdata *td, struct view *touched)
{
	struct view *v, *next;
	struct tevent *q, *e;
	NOTIFICATION n;
	bool changed, reload;

	for (v = touched; v != NULL; v = next) {
		td_lock(td);
		next = v->touch_next;
		v->touched = false;
		q = v->evq;
		v->evq = NULL;
		v->evq_tail = &v->evq;
		changed = v->ev_changed;
		reload = v->ev_reload;
		v->ev_changed = false;
		v->ev_reload = false;
		td_unlock(td);
		if (changed || reload) {
			/* One summary replaces the row events. */
			memset(&n, 0, sizeof(n));
			n.ulEventType = fnevTableModified;
			n.info.tab.ulTableEvent =
			    reload ? TABLE_RELOAD : TABLE_CHANGED;
			n.info.tab.propIndex.ulPropTag = PR_NULL;
			n.info.tab.propPrior.ulPropTag = PR_NULL;
			view_deliver(v, &n);
		} else {
			for (e = q; e != NULL; e = e->next)
				view_deliver(v, &e->n);
		}
		while (q != NULL) {
			e = q->next;
			alloc_free(q);
			q = e;
		}
		view_unref(v);
	}
}

/* ---------------------------------------------------------------------------
 * Keeping dynamic views up to date
 */

/* Replaces the row events of v by one TABLE_CHANGED (or TABLE_RELOAD),
 * if anyone listens. */
void view_summary(struct view *v, bool reload)
{
	if (!view_has_sinks(v))
		return;
	if (reload)
		v->ev_reload = true;
	else
		v->ev_changed = true;
}

static void view_removed_at(struct view *v, size_t p)
{
	array_delete(&v->rows, p, 1);
	if (v->cursor > p)
		v->cursor--;
	for (struct bookmark *b = v->bookmarks; b != NULL; b = b->next) {
		if (b->pos > p)
			b->pos--;
		else if (b->pos == p)
			b->moved = true;
	}
}

/* Inserts vr in order (room reserved); returns its position.  The cursor
 * and bookmarks stay with the rows they were on. */
static size_t view_insert(struct view *v, struct vrow *vr)
{
	size_t lo = 0, hi = array_count(&v->rows), mid;
	int ret;

	while (lo < hi) {
		mid = lo + (hi - lo) / 2;
		if (vrow_cmp_pos(v, v->rows.v[mid], vr) < 0)
			lo = mid + 1;
		else
			hi = mid;
	}
	ret = array_insert(&v->rows, lo, &vr, 1);
	/* view_reserve() made the room: nothing to allocate. */
	i_assert(ret == 0);
	if (v->cursor >= lo)
		v->cursor++;
	for (struct bookmark *b = v->bookmarks; b != NULL; b = b->next)
		if (b->pos >= lo)
			b->pos++;
	return lo;
}

/* Room for want rows in all.  0, -E2BIG or -ENOMEM. */
static int view_reserve(struct view *v, size_t want)
{
	if (want <= array_capacity(&v->rows))
		return 0;
	if (want > TBL_MAX_VIEW_ROWS)
		return -E2BIG;
	return array_reserve(&v->rows, want - array_count(&v->rows));
}

/*
 * Brings built dynamic view v in line with data row old being replaced by
 * new (old NULL: added; new NULL: deleted; old == new: HrNotify).  With
 * detailed, row notifications are queued when the view has sinks (a view
 * expanding multi-valued columns gets TABLE_CHANGED instead); otherwise a
 * visible change sets TABLE_CHANGED.  When memory runs out the view goes
 * stale and gets TABLE_RELOAD.
 */
static void view_apply(struct view *v, struct trow *old, struct trow *new,
		       bool detailed)
{
	ARRAY_TYPE(vrows) add = ARRAY_INIT;
	size_t nadd, nold = 0, p_old = SIZE_MAX, pos = 0;
	bool events = detailed && v->nexp == 0 && view_has_sinks(v);
	int ret = 0;

	if (old == new) {
		/* HrNotify: the row as it is, where it is visible. */
		for (size_t i = 0; i < array_count(&v->rows); i++) {
			if (v->rows.v[i]->row != old)
				continue;
			if (events)
				view_row_event(v, TABLE_ROW_MODIFIED, i, NULL);
			else
				view_summary(v, false);
			if (v->nexp == 0)
				break;
		}
		return;
	}
	if (new != NULL)
		ret = view_rows_of(v, new, &add);
	nadd = array_count(&add);
	if (old != NULL && ret == 0) {
		for (size_t i = 0; i < array_count(&v->rows); i++)
			if (v->rows.v[i]->row == old)
				nold++;
	}
	if (ret == 0 && nadd > nold)
		ret = view_reserve(v, array_count(&v->rows) - nold + nadd);
	if (ret < 0) {
		vrows_free(&add);
		view_invalidate(v);
		view_summary(v, true);
		return;
	}
	for (size_t i = array_count(&v->rows); nold != 0 && i-- > 0;) {
		if (v->rows.v[i]->row != old)
			continue;
		vrow_free(v->rows.v[i]);
		view_removed_at(v, i);
		p_old = i;
	}
	for (size_t i = 0; i < nadd; i++)
		pos = view_insert(v, add.v[i]);
	/* The rows are the view's now: only the list goes. */
	array_free(&add);
	if (nold == 0 && nadd == 0)
		return;
	if (!events) {
		view_summary(v, false);
		return;
	}
	if (nadd != 0)
		view_row_event(
		    v, p_old != SIZE_MAX ? TABLE_ROW_MODIFIED : TABLE_ROW_ADDED,
		    pos, NULL);
	else
		view_row_event(v, TABLE_ROW_DELETED, 0, old);
}

/*
 * Before a change with row notifications: a stale dynamic view that has
 * sinks is built now, from the data as it was, so the change can be
 * reported row by row.  A view that cannot be built gets TABLE_RELOAD.
 */
void td_prepare_views(struct tdata *td)
{
	for (struct view *v = td->views; v != NULL; v = v->next) {
		if (v->dynamic && v->stale && view_has_sinks(v) &&
		    view_ready(v) < 0)
			v->ev_reload = true;
	}
}

void td_apply_views(struct tdata *td, struct trow *old, struct trow *new,
		    bool detailed)
{
	for (struct view *v = td->views; v != NULL; v = v->next)
		if (v->dynamic && !v->stale)
			view_apply(v, old, new, detailed);
}

/* After many changes at once: rebuild the built dynamic views and tell
 * their sinks TABLE_CHANGED (TABLE_RELOAD when the rebuild failed). */
void td_bulk_views(struct tdata *td)
{
	for (struct view *v = td->views; v != NULL; v = v->next) {
		if (!v->dynamic)
			continue;
		if (!v->stale && view_rebuild(v) < 0)
			view_summary(v, true);
		else
			view_summary(v, false);
	}
}

void td_touch_views(struct tdata *td, struct view **touched)
{
	for (struct view *v = td->views; v != NULL; v = v->next)
		view_touch(v, touched);
}
