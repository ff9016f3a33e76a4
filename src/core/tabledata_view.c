/*
 * tabledata_view.c - IMAPITable: the views ITableData::HrGetView hands
 * out, their configuration (columns, sort order, restriction), cursor,
 * bookmarks and advise sinks, and the rows they return.  See
 * tabledata_int.h for how the files of the table fit.
 */
#include "tabledata_int.h"

#include <mapiguid.h>

#include "restriction.h"
#include "sortorder.h"

static void view_destroy(void *object, bool live);

static const IID *const view_iids[] = {&IID_IMAPITable, NULL};
static const struct objclass view_class = {VIEW_MAGIC, "IMAPITable", view_iids,
					   view_destroy};

OBJBASE_IUNKNOWN(view, IMAPITable, struct view, view_class)

/* Records hr as the view's last error and returns it. */
static HRESULT vfail(struct view *v, HRESULT hr, const char *msg)
{
	return objbase_fail(&v->base, hr, "%s", msg);
}

/* ---------------------------------------------------------------------------
 * View configuration: columns, sort order, restriction
 */

/* The MVI tags among columns and sort keys, each once (NULL if none). */
static int view_exp_of(const ULONG *cols, ULONG ncols,
		       const struct keyinfo *keys, ULONG nkeys, ULONG **exp_r,
		       ULONG *n_r)
{
	ULONG *exp, n = 0, i, j;

	*exp_r = NULL;
	*n_r = 0;
	exp = alloc_malloc(((size_t)ncols + nkeys) * sizeof(*exp));
	if (exp == NULL)
		return -ENOMEM;
	for (i = 0; i < ncols + nkeys; i++) {
		ULONG tag = i < ncols ? cols[i] : keys[i - ncols].tag;

		if (!is_mvi(tag))
			continue;
		for (j = 0; j < n && exp[j] != tag; j++)
			;
		if (j == n)
			exp[n++] = tag;
	}
	if (n == 0) {
		alloc_free(exp);
		return 0;
	}
	*exp_r = exp;
	*n_r = n;
	return 0;
}

static bool exp_equal(const ULONG *a, ULONG na, const ULONG *b, ULONG nb)
{
	return na == nb && (na == 0 || memcmp(a, b, na * sizeof(*a)) == 0);
}

/*
 * Sets the column set.  The row set survives unless the multi-valued
 * expansion changes (then it is rebuilt, and bookmarks and the cursor
 * reset).  Returns 0 or -ENOMEM, leaving the view as it was.
 */
static int view_set_columns(struct view *v, const ULONG *tags, ULONG n)
{
	ULONG *cols, *hint, *exp, nexp;
	SPropValue *out;

	cols = alloc_memdup(tags, (size_t)n * sizeof(*cols));
	hint = alloc_calloc(n, sizeof(*hint));
	out = alloc_malloc((size_t)n * sizeof(*out));
	if (cols == NULL || hint == NULL || out == NULL ||
	    view_exp_of(cols, n, v->keys, v->nkeys, &exp, &nexp) < 0) {
		alloc_free(cols);
		alloc_free(hint);
		alloc_free(out);
		return -ENOMEM;
	}
	if (!exp_equal(exp, nexp, v->exp, v->nexp))
		view_invalidate(v);
	alloc_free(v->cols);
	alloc_free(v->colhint);
	alloc_free(v->outvals);
	alloc_free(v->exp);
	v->cols = cols;
	v->ncols = n;
	v->colhint = hint;
	v->outvals = out;
	v->exp = exp;
	v->nexp = nexp;
	return 0;
}

/* Sets the sort order (NULL or no keys: unsorted).  0 or -ENOMEM. */
static int view_set_sort(struct view *v, const SSortOrderSet *sos)
{
	SSortOrderSet *copy = NULL;
	struct keyinfo *keys = NULL;
	ULONG nkeys = sos != NULL ? sos->cSorts : 0, *exp, nexp;

	if (nkeys != 0) {
		copy = alloc_memdup(sos, CbSSortOrderSet(sos));
		keys = alloc_malloc(nkeys * sizeof(*keys));
		if (copy == NULL || keys == NULL)
			goto fail;
		for (ULONG i = 0; i < nkeys; i++) {
			keys[i].tag = sos->aSort[i].ulPropTag;
			keys[i].desc =
			    (sos->aSort[i].ulOrder & TABLE_SORT_DESCEND) != 0;
		}
	}
	if (view_exp_of(v->cols, v->ncols, keys, nkeys, &exp, &nexp) < 0)
		goto fail;
	view_invalidate(v);
	alloc_free(v->sort);
	alloc_free(v->keys);
	alloc_free(v->exp);
	v->sort = copy;
	v->keys = keys;
	v->nkeys = nkeys;
	v->exp = exp;
	v->nexp = nexp;
	return 0;
fail:
	alloc_free(copy);
	alloc_free(keys);
	return -ENOMEM;
}

/* ---------------------------------------------------------------------------
 * IMAPITable
 *
 * Every method of both interfaces first checks the object header
 * (objhdr.h): a thread acting in another security context gets
 * MAPI_E_NO_ACCESS, a call on a dead object (its MAPI instance was torn
 * down) MAPI_E_INVALID_OBJECT; the object is left exactly as it was and the
 * message goes to the calling thread's record, which GetLastError answers
 * from.  AddRef and Release return ULONG: a refused one returns 0 and does
 * not change the count.  The owner may still Release a dead object, so
 * nothing leaks.  A view belongs to the context of the table data it came
 * from (HrGetView is checked), and dies with the instance it was made
 * under.
 */

/*
 * IUnknown and GetLastError (OBJBASE_IUNKNOWN): QueryInterface gives this
 * view for IID_IUnknown and IID_IMAPITable; the last Release destroys the
 * view (after the caller's CALLERRELEASE callback) and releases its sinks
 * and its reference to the table data.  GetLastError does not refuse: on
 * a refused call it explains the refusal from the calling thread's record.
 */

/* At the last reference (see objbase.h): everything the view holds. */
static void view_destroy(void *object, bool live)
{
	struct view *v = object;
	struct tdata *td = v->td;
	struct sink *s, *next;

	/* The same, dead or alive: what the view holds is its own. */
	(void)live;
	/* The caller's callback first: it commonly releases the table data,
	 * which this view still holds a reference on. */
	if (v->release_cb != NULL)
		v->release_cb(v->release_data, &td->iface, &v->iface);
	td_lock(td);
	if (v->prev != NULL)
		v->prev->next = v->next;
	else
		td->views = v->next;
	if (v->next != NULL)
		v->next->prev = v->prev;
	view_invalidate(v);
	view_drop_events(v);
	td_unlock(td);
	/* No delivery can be running: it would hold a reference. */
	for (s = v->sinks; s != NULL; s = next) {
		next = s->next;
		IMAPIAdviseSink_Release(s->sink);
		alloc_free(s);
	}
	for (size_t i = 0; i < v->nsnap; i++)
		trow_unref(v->snap[i]);
	alloc_free(v->snap);
	alloc_free(v->cols);
	alloc_free(v->colhint);
	alloc_free(v->outvals);
	alloc_free(v->sort);
	alloc_free(v->keys);
	cres_free(v->cres);
	alloc_free(v->res);
	alloc_free(v->exp);
	array_free(&v->scratch);
	td_unref(td);
}

/*
 * Drops a reference the library holds itself (a delivery's pin), unchecked:
 * the caller already passed a check of the table data.
 */
ULONG view_unref(struct view *v)
{
	return objbase_unref(&v->base, &view_class, v);
}

/*
 * IMAPITable::Advise
 *
 * PARAMS
 *  ulEventMask    [I] fnevTableModified, the only table event
 *  lpAdviseSink   [I] receives the notifications; AddRef'ed until Unadvise
 *  lpulConnection [O] a non-zero connection number
 *
 * RETURNS
 *  S_OK, MAPI_E_INVALID_PARAMETER, MAPI_E_NOT_ENOUGH_MEMORY.
 *
 * NOTES
 *  When the view's context has a MAPI instance, notifications go through
 *  its engine: with the default engine OnNotify runs on a thread of the
 *  context that calls HrDispatchNotifications, with
 *  MAPI_MULTITHREAD_NOTIFICATIONS on the instance's dispatcher thread, and
 *  notifications queued before an Unadvise may still arrive after it.
 *  Without an instance they are sent synchronously from the ITableData
 *  call that changed the data, on its thread, without the table lock held.
 */
static HRESULT STDMETHODCALLTYPE view_Advise(IMAPITable *iface,
					     ULONG ulEventMask,
					     LPMAPIADVISESINK lpAdviseSink,
					     ULONG_PTR *lpulConnection)
{
	struct view *v = view_of(iface);
	struct sink *s;
	HRESULT hr = S_OK;

	OBJBASE_ENTER(view, view_class, iface, "IMAPITable::Advise");
	td_lock(v->td);
	if (lpAdviseSink == NULL || lpulConnection == NULL ||
	    ulEventMask != fnevTableModified) {
		hr = vfail(v, MAPI_E_INVALID_PARAMETER,
			   "Advise needs a sink, a connection pointer and "
			   "fnevTableModified");
		goto out;
	}
	s = alloc_calloc(1, sizeof(*s));
	if (s == NULL) {
		hr = vfail(v, MAPI_E_NOT_ENOUGH_MEMORY, "out of memory");
		goto out;
	}
	IMAPIAdviseSink_AddRef(lpAdviseSink);
	s->sink = lpAdviseSink;
	s->conn = ++v->next_conn;
	s->next = v->sinks;
	if (s->next != NULL)
		s->next->prev = s;
	v->sinks = s;
	*lpulConnection = s->conn;
out:
	td_unlock(v->td);
	return hr;
}

/*
 * IMAPITable::Unadvise
 *
 * RETURNS
 *  S_OK, MAPI_E_NOT_FOUND for a connection this view did not make.
 *
 * NOTES
 *  When another thread is delivering to the sink, its Release is delayed
 *  until OnNotify returns.
 */
static HRESULT STDMETHODCALLTYPE view_Unadvise(IMAPITable *iface,
					       ULONG_PTR ulConnection)
{
	struct view *v = view_of(iface);
	struct sink *s, *gone = NULL;
	HRESULT hr = S_OK;

	OBJBASE_ENTER(view, view_class, iface, "IMAPITable::Unadvise");
	td_lock(v->td);
	for (s = v->sinks; s != NULL; s = s->next)
		if (s->conn == ulConnection && !s->dead)
			break;
	if (s == NULL || ulConnection == 0) {
		hr = vfail(v, MAPI_E_NOT_FOUND, "no such advise connection");
	} else {
		s->dead = true;
		if (s->busy == 0) {
			sink_unlink(v, s);
			gone = s;
		}
	}
	td_unlock(v->td);
	if (gone != NULL) {
		IMAPIAdviseSink_Release(gone->sink);
		alloc_free(gone);
	}
	return hr;
}

/*
 * IMAPITable::GetStatus
 *
 * RETURNS
 *  S_OK with TBLSTAT_COMPLETE (nothing runs asynchronously) and the type
 *  given to CreateTable; MAPI_E_INVALID_PARAMETER for NULL pointers.
 */
static HRESULT STDMETHODCALLTYPE view_GetStatus(IMAPITable *iface,
						ULONG *lpulTableStatus,
						ULONG *lpulTableType)
{
	struct view *v = view_of(iface);
	HRESULT hr = S_OK;

	OBJBASE_ENTER(view, view_class, iface, "IMAPITable::GetStatus");
	td_lock(v->td);
	if (lpulTableStatus == NULL || lpulTableType == NULL) {
		hr = vfail(v, MAPI_E_INVALID_PARAMETER, "NULL out pointer");
	} else {
		*lpulTableStatus = TBLSTAT_COMPLETE;
		*lpulTableType = v->td->type;
	}
	td_unlock(v->td);
	return hr;
}

/*
 * IMAPITable::SetColumns
 *
 * PARAMS
 *  lpPropTagArray [I] at least one tag.  PR_NULL reserves a column (it
 *                     comes back as PR_NULL); a tag with MVI_FLAG expands
 *                     a multi-valued property into one row per value.
 *  ulFlags        [I] TBL_ASYNC, TBL_BATCH (both honoured synchronously)
 *
 * RETURNS
 *  S_OK, MAPI_E_INVALID_PARAMETER, MAPI_E_UNKNOWN_FLAGS,
 *  MAPI_E_NOT_ENOUGH_MEMORY.
 *
 * NOTES
 *  Columns a row lacks come back as PT_ERROR values of MAPI_E_NOT_FOUND.
 *  An MVI column comes back as a single value tagged with MV_FLAG cleared
 *  (MV_INSTANCE kept); a row without values for it appears once, with
 *  MAPI_E_NOT_FOUND.  Each instance row gets its own PR_INSTANCE_KEY (12
 *  bytes: the row's serial and the instance number) and PR_INSTANCE_NUM
 *  (the instance number, 0 upwards).  When the expansion changes, the
 *  bookmarks are discarded and the cursor goes to the beginning.
 */
static HRESULT STDMETHODCALLTYPE view_SetColumns(IMAPITable *iface,
						 LPSPropTagArray lpPropTagArray,
						 ULONG ulFlags)
{
	struct view *v = view_of(iface);
	HRESULT hr = S_OK;

	OBJBASE_ENTER(view, view_class, iface, "IMAPITable::SetColumns");
	td_lock(v->td);
	if (lpPropTagArray == NULL || lpPropTagArray->cValues == 0 ||
	    lpPropTagArray->cValues > TBL_MAX_PROPS)
		hr = vfail(v, MAPI_E_INVALID_PARAMETER,
			   "SetColumns needs 1 to 65536 columns");
	else if (ulFlags & ~(TBL_ASYNC | TBL_BATCH))
		hr = vfail(v, MAPI_E_UNKNOWN_FLAGS, "unknown flags");
	else if (view_set_columns(v, lpPropTagArray->aulPropTag,
				  lpPropTagArray->cValues) < 0)
		hr = vfail(v, MAPI_E_NOT_ENOUGH_MEMORY, "out of memory");
	td_unlock(v->td);
	return hr;
}

/* A MAPI buffer with a copy of n tags. */
static HRESULT tags_out(struct tdata *td, const ULONG *tags, ULONG n,
			LPSPropTagArray *out_r)
{
	SPropTagArray *a;
	void *p;

	if (td->alloc_buf((ULONG)CbNewSPropTagArray(n), &p) != S_OK ||
	    p == NULL)
		return MAPI_E_NOT_ENOUGH_MEMORY;
	a = p;
	a->cValues = n;
	if (n != 0)
		memcpy(a->aulPropTag, tags, n * sizeof(ULONG));
	*out_r = a;
	return S_OK;
}

/*
 * IMAPITable::QueryColumns
 *
 * PARAMS
 *  ulFlags         [I] TBL_ALL_COLUMNS: every column the table can show,
 *                      which is every tag any row has had (deleting rows
 *                      does not shrink it); else the current column set
 *  lpPropTagArray  [O] a buffer from the table's allocator
 *
 * RETURNS
 *  S_OK, MAPI_E_INVALID_PARAMETER, MAPI_E_UNKNOWN_FLAGS,
 *  MAPI_E_NOT_ENOUGH_MEMORY.
 */
static HRESULT STDMETHODCALLTYPE view_QueryColumns(
    IMAPITable *iface, ULONG ulFlags, LPSPropTagArray *lppPropTagArray)
{
	struct view *v = view_of(iface);
	struct tdata *td = v->td;
	HRESULT hr = S_OK;

	OBJBASE_ENTER(view, view_class, iface, "IMAPITable::QueryColumns");
	td_lock(td);
	if (lppPropTagArray == NULL)
		hr = vfail(v, MAPI_E_INVALID_PARAMETER, "NULL out pointer");
	else if (ulFlags & ~TBL_ALL_COLUMNS)
		hr = vfail(v, MAPI_E_UNKNOWN_FLAGS, "unknown flags");
	else if (ulFlags & TBL_ALL_COLUMNS)
		hr = tags_out(td, td->cols.v, (ULONG)array_count(&td->cols),
			      lppPropTagArray);
	else
		hr = tags_out(td, v->cols, v->ncols, lppPropTagArray);
	if (FAILED(hr) && hr != MAPI_E_INVALID_PARAMETER &&
	    hr != MAPI_E_UNKNOWN_FLAGS)
		vfail(v, hr, "out of memory");
	td_unlock(td);
	return hr;
}

/* view_ready() with the HRESULT recorded. */
static HRESULT view_ready_hr(struct view *v)
{
	int ret = view_ready(v);

	if (ret == 0)
		return S_OK;
	if (ret == -E2BIG)
		return vfail(v, MAPI_E_TOO_COMPLEX,
			     "multi-valued expansion makes too many rows");
	return vfail(v, MAPI_E_NOT_ENOUGH_MEMORY, "out of memory");
}

/*
 * IMAPITable::GetRowCount
 *
 * RETURNS
 *  S_OK with the number of rows in the view (after restriction and
 *  multi-valued expansion), MAPI_E_INVALID_PARAMETER,
 *  MAPI_E_UNKNOWN_FLAGS (ulFlags is reserved), MAPI_E_NOT_ENOUGH_MEMORY,
 *  MAPI_E_TOO_COMPLEX.
 */
static HRESULT STDMETHODCALLTYPE view_GetRowCount(IMAPITable *iface,
						  ULONG ulFlags,
						  ULONG *lpulCount)
{
	struct view *v = view_of(iface);
	HRESULT hr = S_OK;

	OBJBASE_ENTER(view, view_class, iface, "IMAPITable::GetRowCount");
	td_lock(v->td);
	if (lpulCount == NULL)
		hr = vfail(v, MAPI_E_INVALID_PARAMETER, "NULL out pointer");
	else if (ulFlags != 0)
		hr = vfail(v, MAPI_E_UNKNOWN_FLAGS, "unknown flags");
	else
		hr = view_ready_hr(v);
	if (hr == S_OK)
		*lpulCount = (ULONG)array_count(&v->rows);
	td_unlock(v->td);
	return hr;
}

/*
 * The position a bookmark stands for, into *pos_r; *moved_r tells whether
 * its row went away since it was last used (and clears that).  S_OK or
 * MAPI_E_INVALID_BOOKMARK.
 */
static HRESULT view_origin(struct view *v, BOOKMARK bk, size_t *pos_r,
			   bool *moved_r)
{
	struct bookmark *b;

	*moved_r = false;
	switch (bk) {
	case BOOKMARK_BEGINNING:
		*pos_r = 0;
		return S_OK;
	case BOOKMARK_CURRENT:
		*pos_r = v->cursor;
		return S_OK;
	case BOOKMARK_END:
		*pos_r = array_count(&v->rows);
		return S_OK;
	default:
		break;
	}
	for (b = v->bookmarks; b != NULL; b = b->next) {
		if (b->id == bk) {
			*pos_r = b->pos;
			*moved_r = b->moved;
			b->moved = false;
			return S_OK;
		}
	}
	return vfail(v, MAPI_E_INVALID_BOOKMARK, "no such bookmark");
}

/*
 * IMAPITable::SeekRow
 *
 * PARAMS
 *  bkOrigin      [I] BOOKMARK_BEGINNING / CURRENT / END or a bookmark
 *  lRowCount     [I] rows to move, negative backwards
 *  lplRowsSought [O] optional: rows actually moved, signed
 *
 * RETURNS
 *  S_OK, MAPI_W_POSITION_CHANGED (the bookmark's row is gone; the cursor
 *  moved from the row that followed it), MAPI_E_INVALID_BOOKMARK,
 *  MAPI_E_NOT_ENOUGH_MEMORY, MAPI_E_TOO_COMPLEX.
 *
 * NOTES
 *  Moving past either end stops there (after the last row, at the first).
 */
static HRESULT STDMETHODCALLTYPE view_SeekRow(IMAPITable *iface,
					      BOOKMARK bkOrigin, LONG lRowCount,
					      LONG *lplRowsSought)
{
	struct view *v = view_of(iface);
	int64_t target;
	size_t origin = 0;
	bool moved;
	HRESULT hr = S_OK;

	OBJBASE_ENTER(view, view_class, iface, "IMAPITable::SeekRow");
	td_lock(v->td);
	if (v->stale && lRowCount <= 0 &&
	    (bkOrigin == BOOKMARK_BEGINNING || bkOrigin == BOOKMARK_CURRENT)) {
		/* The beginning needs no rows: leave building to the call
		 * that reads them (a stale view's cursor is there already). */
		v->cursor = 0;
		if (lplRowsSought != NULL)
			*lplRowsSought = 0;
		td_unlock(v->td);
		return S_OK;
	}
	hr = view_ready_hr(v);
	if (hr == S_OK)
		hr = view_origin(v, bkOrigin, &origin, &moved);
	if (hr == S_OK) {
		target = (int64_t)origin + lRowCount;
		if (target < 0)
			target = 0;
		if (target > (int64_t)array_count(&v->rows))
			target = (int64_t)array_count(&v->rows);
		v->cursor = (size_t)target;
		if (lplRowsSought != NULL)
			*lplRowsSought = (LONG)(target - (int64_t)origin);
		if (moved)
			hr = MAPI_W_POSITION_CHANGED;
	}
	td_unlock(v->td);
	return hr;
}

/*
 * IMAPITable::SeekRowApprox
 *
 * RETURNS
 *  S_OK (the cursor goes to row count * num / den exactly),
 *  MAPI_E_INVALID_PARAMETER (den 0 or num > den), MAPI_E_NOT_ENOUGH_MEMORY,
 *  MAPI_E_TOO_COMPLEX.
 */
static HRESULT STDMETHODCALLTYPE view_SeekRowApprox(IMAPITable *iface,
						    ULONG ulNumerator,
						    ULONG ulDenominator)
{
	struct view *v = view_of(iface);
	HRESULT hr = S_OK;

	OBJBASE_ENTER(view, view_class, iface, "IMAPITable::SeekRowApprox");
	td_lock(v->td);
	if (ulDenominator == 0 || ulNumerator > ulDenominator)
		hr = vfail(v, MAPI_E_INVALID_PARAMETER,
			   "fraction must be between 0 and 1");
	else
		hr = view_ready_hr(v);
	if (hr == S_OK)
		v->cursor = (size_t)((uint64_t)array_count(&v->rows) *
				     ulNumerator / ulDenominator);
	td_unlock(v->td);
	return hr;
}

/*
 * IMAPITable::QueryPosition
 *
 * RETURNS
 *  S_OK with the cursor's row number (the next row to read; the row count
 *  at the end), and the fraction row / row count (denominator 1 for an
 *  empty table), MAPI_E_INVALID_PARAMETER, MAPI_E_NOT_ENOUGH_MEMORY,
 *  MAPI_E_TOO_COMPLEX.
 */
static HRESULT STDMETHODCALLTYPE view_QueryPosition(IMAPITable *iface,
						    ULONG *lpulRow,
						    ULONG *lpulNumerator,
						    ULONG *lpulDenominator)
{
	struct view *v = view_of(iface);
	HRESULT hr = S_OK;

	OBJBASE_ENTER(view, view_class, iface, "IMAPITable::QueryPosition");
	td_lock(v->td);
	if (lpulRow == NULL || lpulNumerator == NULL || lpulDenominator == NULL)
		hr = vfail(v, MAPI_E_INVALID_PARAMETER, "NULL out pointer");
	else
		hr = view_ready_hr(v);
	if (hr == S_OK) {
		*lpulRow = (ULONG)v->cursor;
		*lpulNumerator = (ULONG)v->cursor;
		*lpulDenominator = array_count(&v->rows) == 0
				       ? 1
				       : (ULONG)array_count(&v->rows);
	}
	td_unlock(v->td);
	return hr;
}

/* Does view row i match res?  1, 0 or -ENOMEM. */
static int view_row_matches(struct view *v, size_t i, const SRestriction *res)
{
	unsigned char ikey[TBL_IKEY_SIZE];
	const struct vrow *vr = v->rows.v[i];
	SPropValue *x;
	SRow row;
	int ret;

	ret = view_eval_row(v, vr->row, vr->inst, ikey, &row, &x);
	if (ret < 0)
		return ret;
	return res_eval(res, &row, NULL, NULL);
}

/*
 * IMAPITable::FindRow
 *
 * PARAMS
 *  lpRestriction [I] what the row must match
 *  bkOrigin      [I] where to start: forward from that row, or with
 *                    DIR_BACKWARD from the row before it
 *  ulFlags       [I] 0 or DIR_BACKWARD
 *
 * RETURNS
 *  S_OK with the cursor on the row found, MAPI_W_POSITION_CHANGED (found,
 *  the bookmark had moved), MAPI_E_NOT_FOUND (cursor unchanged),
 *  MAPI_E_INVALID_BOOKMARK, MAPI_E_INVALID_PARAMETER, MAPI_E_TOO_COMPLEX,
 *  MAPI_E_UNKNOWN_FLAGS, MAPI_E_NOT_ENOUGH_MEMORY.
 */
static HRESULT STDMETHODCALLTYPE view_FindRow(IMAPITable *iface,
					      LPSRestriction lpRestriction,
					      BOOKMARK bkOrigin, ULONG ulFlags)
{
	struct view *v = view_of(iface);
	const char *why = "invalid restriction";
	struct view_undo undo;
	size_t origin = 0, i;
	bool moved;
	HRESULT hr = S_OK;
	int ret;

	OBJBASE_ENTER(view, view_class, iface, "IMAPITable::FindRow");
	td_lock(v->td);
	if (lpRestriction == NULL) {
		hr = vfail(v, MAPI_E_INVALID_PARAMETER, "NULL restriction");
		goto out;
	}
	if (ulFlags & ~DIR_BACKWARD) {
		hr = vfail(v, MAPI_E_UNKNOWN_FLAGS, "unknown flags");
		goto out;
	}
	ret = res_validate(lpRestriction, &why);
	if (ret < 0) {
		hr = vfail(v, errmap_hr(ret), why);
		goto out;
	}
	view_undo_mark(v, &undo);
	hr = view_ready_hr(v);
	if (hr == S_OK)
		hr = view_origin(v, bkOrigin, &origin, &moved);
	if (hr != S_OK)
		goto out;
	ret = 0;
	if (ulFlags & DIR_BACKWARD) {
		for (i = origin; i-- > 0;) {
			ret = view_row_matches(v, i, lpRestriction);
			if (ret != 0)
				break;
		}
	} else {
		for (i = origin; i < array_count(&v->rows); i++) {
			ret = view_row_matches(v, i, lpRestriction);
			if (ret != 0)
				break;
		}
	}
	if (ret < 0) {
		hr = vfail(v, MAPI_E_NOT_ENOUGH_MEMORY, "out of memory");
		view_undo(v, &undo);
	} else if (ret == 0) {
		hr = vfail(v, MAPI_E_NOT_FOUND, "no row matches");
	} else {
		v->cursor = i;
		hr = moved ? MAPI_W_POSITION_CHANGED : S_OK;
	}
out:
	td_unlock(v->td);
	return hr;
}

/*
 * IMAPITable::Restrict
 *
 * PARAMS
 *  lpRestriction [I] the filter (copied), NULL to remove it
 *  ulFlags       [I] TBL_ASYNC, TBL_BATCH
 *
 * RETURNS
 *  S_OK, MAPI_E_INVALID_PARAMETER, MAPI_E_TOO_COMPLEX (res_validate()'s
 *  verdict), MAPI_E_UNKNOWN_FLAGS, MAPI_E_NOT_ENOUGH_MEMORY.
 *
 * NOTES
 *  Bookmarks are discarded and the cursor goes to the beginning.  The rows
 *  are filtered when next needed.  Multi-valued columns are not expanded
 *  by a restriction; in a view that expands them, the MVI tag and the
 *  instance tag (MV_FLAG cleared) both name the row's single value.
 */
static HRESULT STDMETHODCALLTYPE view_Restrict(IMAPITable *iface,
					       LPSRestriction lpRestriction,
					       ULONG ulFlags)
{
	struct view *v = view_of(iface);
	const char *why = "invalid restriction";
	SRestriction *copy = NULL;
	struct cres *compiled = NULL;
	HRESULT hr = S_OK;
	int ret;

	OBJBASE_ENTER(view, view_class, iface, "IMAPITable::Restrict");
	td_lock(v->td);
	if (ulFlags & ~(TBL_ASYNC | TBL_BATCH)) {
		hr = vfail(v, MAPI_E_UNKNOWN_FLAGS, "unknown flags");
		goto out;
	}
	if (lpRestriction != NULL) {
		ret = res_validate(lpRestriction, &why);
		if (ret == 0)
			ret = res_dup(lpRestriction, &copy);
		if (ret == 0) {
			compiled = alloc_calloc(1, sizeof(*compiled));
			ret = compiled == NULL ? -ENOMEM
					       : cres_compile(copy, compiled);
		}
		if (ret < 0) {
			cres_free(compiled);
			alloc_free(copy);
			hr = vfail(v, errmap_hr(ret),
				   ret == -ENOMEM ? "out of memory" : why);
			goto out;
		}
	}
	view_invalidate(v);
	cres_free(v->cres);
	alloc_free(v->res);
	v->res = copy;
	v->cres = compiled;
out:
	td_unlock(v->td);
	return hr;
}

/*
 * IMAPITable::CreateBookmark
 *
 * RETURNS
 *  S_OK with a bookmark on the cursor's position, MAPI_E_INVALID_PARAMETER,
 *  MAPI_E_UNABLE_TO_COMPLETE (65536 bookmarks are out),
 *  MAPI_E_NOT_ENOUGH_MEMORY, MAPI_E_TOO_COMPLEX.
 *
 * NOTES
 *  A bookmark follows its row as rows come and go; when the row leaves
 *  the view it moves to the next row and its next use returns
 *  MAPI_W_POSITION_CHANGED.  SortTable, Restrict and a SetColumns that
 *  changes the expansion discard all bookmarks.
 */
static HRESULT STDMETHODCALLTYPE view_CreateBookmark(IMAPITable *iface,
						     BOOKMARK *lpbkPosition)
{
	struct view *v = view_of(iface);
	struct view_undo undo;
	struct bookmark *b;
	HRESULT hr = S_OK;

	OBJBASE_ENTER(view, view_class, iface, "IMAPITable::CreateBookmark");
	td_lock(v->td);
	if (lpbkPosition == NULL) {
		hr = vfail(v, MAPI_E_INVALID_PARAMETER, "NULL out pointer");
		goto out;
	}
	view_undo_mark(v, &undo);
	hr = view_ready_hr(v);
	if (hr != S_OK)
		goto out;
	if (v->nbookmarks >= TBL_MAX_BOOKMARKS) {
		hr = vfail(v, MAPI_E_UNABLE_TO_COMPLETE, "too many bookmarks");
		goto out;
	}
	b = alloc_malloc(sizeof(*b));
	if (b == NULL) {
		hr = vfail(v, MAPI_E_NOT_ENOUGH_MEMORY, "out of memory");
		view_undo(v, &undo);
		goto out;
	}
	/* Numbers never repeat, so a freed bookmark stays invalid. */
	b->id = v->next_bookmark++;
	b->pos = v->cursor;
	b->moved = false;
	b->next = v->bookmarks;
	v->bookmarks = b;
	v->nbookmarks++;
	*lpbkPosition = b->id;
out:
	td_unlock(v->td);
	return hr;
}

/*
 * IMAPITable::FreeBookmark
 *
 * RETURNS
 *  S_OK (also for the three predefined bookmarks, which are left alone),
 *  MAPI_E_INVALID_BOOKMARK.
 */
static HRESULT STDMETHODCALLTYPE view_FreeBookmark(IMAPITable *iface,
						   BOOKMARK bkPosition)
{
	struct view *v = view_of(iface);
	struct bookmark **p, *b;
	HRESULT hr = S_OK;

	OBJBASE_ENTER(view, view_class, iface, "IMAPITable::FreeBookmark");
	if (bkPosition <= BOOKMARK_END)
		return S_OK;
	td_lock(v->td);
	for (p = &v->bookmarks; *p != NULL; p = &(*p)->next)
		if ((*p)->id == bkPosition)
			break;
	b = *p;
	if (b == NULL) {
		hr = vfail(v, MAPI_E_INVALID_BOOKMARK, "no such bookmark");
	} else {
		*p = b->next;
		v->nbookmarks--;
		alloc_free(b);
	}
	td_unlock(v->td);
	return hr;
}

/*
 * IMAPITable::SortTable
 *
 * PARAMS
 *  lpSortCriteria [I] the order (copied); no keys means insertion order
 *  ulFlags        [I] TBL_ASYNC, TBL_BATCH
 *
 * RETURNS
 *  S_OK, MAPI_E_INVALID_PARAMETER, MAPI_E_TOO_COMPLEX (too many keys, or
 *  categories, which this table does not support yet),
 *  MAPI_E_UNKNOWN_FLAGS, MAPI_E_NOT_ENOUGH_MEMORY.
 *
 * NOTES
 *  The sort is stable: rows with equal keys keep their insertion order.
 *  Missing values sort after all others ascending, before them
 *  descending; strings ignore case.  An MVI key expands the rows like an
 *  MVI column.  Bookmarks are discarded and the cursor goes to the
 *  beginning; on failure the previous order stays.
 */
static HRESULT STDMETHODCALLTYPE view_SortTable(IMAPITable *iface,
						LPSSortOrderSet lpSortCriteria,
						ULONG ulFlags)
{
	struct view *v = view_of(iface);
	const char *why = "invalid sort order";
	HRESULT hr = S_OK;
	int ret;

	OBJBASE_ENTER(view, view_class, iface, "IMAPITable::SortTable");
	td_lock(v->td);
	if (lpSortCriteria == NULL) {
		hr = vfail(v, MAPI_E_INVALID_PARAMETER, "NULL sort order");
		goto out;
	}
	if (ulFlags & ~(TBL_ASYNC | TBL_BATCH)) {
		hr = vfail(v, MAPI_E_UNKNOWN_FLAGS, "unknown flags");
		goto out;
	}
	ret = sort_validate(lpSortCriteria, &why);
	if (ret < 0) {
		hr = vfail(v, errmap_hr(ret), why);
		goto out;
	}
	if (lpSortCriteria->cCategories != 0) {
		hr = vfail(v, MAPI_E_TOO_COMPLEX,
			   "categorized sorting is not supported");
		goto out;
	}
	if (view_set_sort(v, lpSortCriteria) < 0)
		hr = vfail(v, MAPI_E_NOT_ENOUGH_MEMORY, "out of memory");
out:
	td_unlock(v->td);
	return hr;
}

/*
 * IMAPITable::QuerySortOrder
 *
 * RETURNS
 *  S_OK with a copy of the current sort order (cSorts 0 when unsorted) in
 *  a buffer from the table's allocator, MAPI_E_INVALID_PARAMETER,
 *  MAPI_E_NOT_ENOUGH_MEMORY.
 */
static HRESULT STDMETHODCALLTYPE
view_QuerySortOrder(IMAPITable *iface, LPSSortOrderSet *lppSortCriteria)
{
	struct view *v = view_of(iface);
	size_t size;
	void *p;
	HRESULT hr = S_OK;

	OBJBASE_ENTER(view, view_class, iface, "IMAPITable::QuerySortOrder");
	td_lock(v->td);
	if (lppSortCriteria == NULL) {
		hr = vfail(v, MAPI_E_INVALID_PARAMETER, "NULL out pointer");
		goto out;
	}
	size =
	    v->sort != NULL ? CbSSortOrderSet(v->sort) : CbNewSSortOrderSet(0);
	if (size < sizeof(SSortOrderSet))
		size = sizeof(SSortOrderSet);
	if (v->td->alloc_buf((ULONG)size, &p) != S_OK || p == NULL) {
		hr = vfail(v, MAPI_E_NOT_ENOUGH_MEMORY, "out of memory");
		goto out;
	}
	memset(p, 0, size);
	if (v->sort != NULL)
		memcpy(p, v->sort, CbSSortOrderSet(v->sort));
	*lppSortCriteria = p;
out:
	td_unlock(v->td);
	return hr;
}

/*
 * IMAPITable::QueryRows
 *
 * PARAMS
 *  lRowCount [I] most rows to return: forward from the cursor, or when
 *                negative the rows before the cursor (returned in forward
 *                order)
 *  ulFlags   [I] 0 or TBL_NOADVANCE (the cursor does not move)
 *  lppRows   [O] an SRowSet from the table's allocator, each row's values
 *                in a buffer of their own (FreeProws releases it all)
 *
 * RETURNS
 *  S_OK (0 rows at either end), MAPI_E_INVALID_PARAMETER (lRowCount 0),
 *  MAPI_E_UNKNOWN_FLAGS, MAPI_E_NOT_ENOUGH_MEMORY, MAPI_E_TOO_COMPLEX.
 *
 * NOTES
 *  Without TBL_NOADVANCE the cursor ends after the last row returned when
 *  reading forward, and on the first row returned when reading backward,
 *  so repeated negative counts page backwards.  On failure nothing is
 *  returned and the cursor stays.
 */
static HRESULT STDMETHODCALLTYPE view_QueryRows(IMAPITable *iface,
						LONG lRowCount, ULONG ulFlags,
						LPSRowSet *lppRows)
{
	struct view *v = view_of(iface);
	struct tdata *td = v->td;
	struct view_undo undo;
	size_t start, n, cursor, i;
	SRowSet *rs = NULL;
	void *p;
	HRESULT hr = S_OK;

	OBJBASE_ENTER(view, view_class, iface, "IMAPITable::QueryRows");
	if (lppRows != NULL)
		*lppRows = NULL;
	td_lock(td);
	if (lppRows == NULL || lRowCount == 0) {
		hr = vfail(v, MAPI_E_INVALID_PARAMETER,
			   "QueryRows needs a row count and an out pointer");
		goto out;
	}
	if (ulFlags & ~TBL_NOADVANCE) {
		hr = vfail(v, MAPI_E_UNKNOWN_FLAGS, "unknown flags");
		goto out;
	}
	view_undo_mark(v, &undo);
	hr = view_ready_hr(v);
	if (hr != S_OK)
		goto fail;
	if (lRowCount > 0) {
		start = v->cursor;
		n = array_count(&v->rows) - start;
		if (n > (size_t)lRowCount)
			n = (size_t)lRowCount;
		cursor = start + n;
	} else {
		uint64_t back = (uint64_t)(-(int64_t)lRowCount);

		start = v->cursor > back ? v->cursor - (size_t)back : 0;
		n = v->cursor - start;
		cursor = start;
	}
	/* A row count is a request: keep the SRowSet inside a ULONG. */
	if (n > (TBL_ULONG_MAX - sizeof(SRowSet)) / sizeof(SRow))
		n = (TBL_ULONG_MAX - sizeof(SRowSet)) / sizeof(SRow);
	if (td->alloc_buf((ULONG)(n == 0 ? sizeof(SRowSet) : CbNewSRowSet(n)),
			  &p) != S_OK ||
	    p == NULL) {
		hr = vfail(v, MAPI_E_NOT_ENOUGH_MEMORY, "out of memory");
		goto fail;
	}
	rs = p;
	rs->cRows = 0;
	for (i = 0; i < n; i++) {
		SPropValue *props;

		hr = view_copy_row(v, v->rows.v[start + i], &props);
		if (hr != S_OK)
			break;
		rs->aRow[i].ulAdrEntryPad = 0;
		rs->aRow[i].cValues = v->ncols;
		rs->aRow[i].lpProps = props;
		rs->cRows = (ULONG)(i + 1);
	}
	if (hr != S_OK) {
		for (i = 0; i < rs->cRows; i++)
			td->free_buf(rs->aRow[i].lpProps);
		td->free_buf(rs);
		vfail(v, hr, "out of memory");
		goto fail;
	}
	if (!(ulFlags & TBL_NOADVANCE))
		v->cursor = cursor;
	*lppRows = rs;
	goto out;
fail:
	view_undo(v, &undo);
out:
	td_unlock(td);
	return hr;
}

/* IMAPITable::Abort: nothing runs asynchronously.  Returns S_OK. */
static HRESULT STDMETHODCALLTYPE view_Abort(IMAPITable *iface)
{
	OBJBASE_ENTER(view, view_class, iface, "IMAPITable::Abort");
	return S_OK;
}

static HRESULT no_categories(struct view *v)
{
	HRESULT hr = S_OK;

	td_lock(v->td);
	hr = vfail(v, MAPI_E_NO_SUPPORT, "categorized views are not supported");
	td_unlock(v->td);
	return hr;
}

/* IMAPITable::ExpandRow: no categories yet.  MAPI_E_NO_SUPPORT. */
static HRESULT STDMETHODCALLTYPE view_ExpandRow(
    IMAPITable *iface, ULONG cbInstanceKey, LPBYTE pbInstanceKey,
    ULONG ulRowCount, ULONG ulFlags, LPSRowSet *lppRows, ULONG *lpulMoreRows)
{
	OBJBASE_ENTER(view, view_class, iface, "IMAPITable::ExpandRow");
	(void)cbInstanceKey;
	(void)pbInstanceKey;
	(void)ulRowCount;
	(void)ulFlags;
	if (lppRows != NULL)
		*lppRows = NULL;
	if (lpulMoreRows != NULL)
		*lpulMoreRows = 0;
	return no_categories(view_of(iface));
}

/* IMAPITable::CollapseRow: no categories yet.  MAPI_E_NO_SUPPORT. */
static HRESULT STDMETHODCALLTYPE view_CollapseRow(IMAPITable *iface,
						  ULONG cbInstanceKey,
						  LPBYTE pbInstanceKey,
						  ULONG ulFlags,
						  ULONG *lpulRowCount)
{
	OBJBASE_ENTER(view, view_class, iface, "IMAPITable::CollapseRow");
	(void)cbInstanceKey;
	(void)pbInstanceKey;
	(void)ulFlags;
	if (lpulRowCount != NULL)
		*lpulRowCount = 0;
	return no_categories(view_of(iface));
}

/*
 * IMAPITable::WaitForCompletion
 *
 * RETURNS
 *  S_OK at once with TBLSTAT_COMPLETE in the optional status (nothing runs
 *  asynchronously), MAPI_E_UNKNOWN_FLAGS (ulFlags is reserved).
 */
static HRESULT STDMETHODCALLTYPE view_WaitForCompletion(IMAPITable *iface,
							ULONG ulFlags,
							ULONG ulTimeout,
							ULONG *lpulTableStatus)
{
	struct view *v = view_of(iface);
	HRESULT hr = S_OK;

	OBJBASE_ENTER(view, view_class, iface, "IMAPITable::WaitForCompletion");
	(void)ulTimeout;
	if (ulFlags == 0) {
		if (lpulTableStatus != NULL)
			*lpulTableStatus = TBLSTAT_COMPLETE;
		return S_OK;
	}
	td_lock(v->td);
	hr = vfail(v, MAPI_E_UNKNOWN_FLAGS, "unknown flags");
	td_unlock(v->td);
	return hr;
}

/* IMAPITable::GetCollapseState: no categories yet.  MAPI_E_NO_SUPPORT. */
static HRESULT STDMETHODCALLTYPE view_GetCollapseState(
    IMAPITable *iface, ULONG ulFlags, ULONG cbInstanceKey,
    LPBYTE lpbInstanceKey, ULONG *lpcbCollapseState, LPBYTE *lppbCollapseState)
{
	OBJBASE_ENTER(view, view_class, iface, "IMAPITable::GetCollapseState");
	(void)ulFlags;
	(void)cbInstanceKey;
	(void)lpbInstanceKey;
	if (lpcbCollapseState != NULL)
		*lpcbCollapseState = 0;
	if (lppbCollapseState != NULL)
		*lppbCollapseState = NULL;
	return no_categories(view_of(iface));
}

/* IMAPITable::SetCollapseState: no categories yet.  MAPI_E_NO_SUPPORT. */
static HRESULT STDMETHODCALLTYPE view_SetCollapseState(IMAPITable *iface,
						       ULONG ulFlags,
						       ULONG cbCollapseState,
						       LPBYTE pbCollapseState,
						       BOOKMARK *lpbkLocation)
{
	OBJBASE_ENTER(view, view_class, iface, "IMAPITable::SetCollapseState");
	(void)ulFlags;
	(void)cbCollapseState;
	(void)pbCollapseState;
	(void)lpbkLocation;
	return no_categories(view_of(iface));
}

static const IMAPITableVtbl view_vtbl = {
    view_QueryInterface,   view_AddRef,           view_Release,
    view_GetLastError,     view_Advise,           view_Unadvise,
    view_GetStatus,        view_SetColumns,       view_QueryColumns,
    view_GetRowCount,      view_SeekRow,          view_SeekRowApprox,
    view_QueryPosition,    view_FindRow,          view_Restrict,
    view_CreateBookmark,   view_FreeBookmark,     view_SortTable,
    view_QuerySortOrder,   view_QueryRows,        view_Abort,
    view_ExpandRow,        view_CollapseRow,      view_WaitForCompletion,
    view_GetCollapseState, view_SetCollapseState,
};

/*
 * A new view of td for HrGetView (the caller passed td's check, so the
 * view gets td's context): every column the table has seen, sort order
 * sos (validated; NULL: unsorted), the cursor at the beginning, and for a
 * snapshot table the rows as they are now.  The view holds a reference
 * to td.  Returns 0 or -ENOMEM.
 */
int view_create(struct tdata *td, const SSortOrderSet *sos,
		CALLERRELEASE *release_cb, ULONG_PTR release_data,
		struct view **v_r)
{
	struct view *v;
	int ret;

	v = alloc_calloc(1, sizeof(*v));
	if (v == NULL)
		return -ENOMEM;
	v->iface.lpVtbl = &view_vtbl;
	objbase_init(&v->base, VIEW_MAGIC);
	v->td = td;
	v->release_cb = release_cb;
	v->release_data = release_data;
	v->dynamic = td->type != TBLTYPE_SNAPSHOT;
	v->stale = true;
	v->next_bookmark = BOOKMARK_END + 1;
	v->evq_tail = &v->evq;
	td_lock(td);
	ret = view_set_columns(v, td->cols.v, (ULONG)array_count(&td->cols));
	if (ret == 0)
		ret = view_set_sort(v, sos);
	if (ret == 0 && !v->dynamic && array_count(&td->rows) != 0) {
		v->snap =
		    alloc_malloc(array_count(&td->rows) * sizeof(*v->snap));
		if (v->snap == NULL) {
			ret = -ENOMEM;
		} else {
			for (size_t i = 0; i < array_count(&td->rows); i++) {
				trow_ref(td->rows.v[i]);
				v->snap[i] = td->rows.v[i];
			}
			v->nsnap = array_count(&td->rows);
		}
	}
	if (ret == 0) {
		atomic_fetch_add(&td->base.refs, 1);
		v->next = td->views;
		if (v->next != NULL)
			v->next->prev = v;
		td->views = v;
	}
	td_unlock(td);
	if (ret < 0) {
		alloc_free(v->cols);
		alloc_free(v->colhint);
		alloc_free(v->outvals);
		alloc_free(v->sort);
		alloc_free(v->keys);
		alloc_free(v->exp);
		objbase_fini(&v->base);
		alloc_free(v);
		return -ENOMEM;
	}
	*v_r = v;
	return 0;
}
