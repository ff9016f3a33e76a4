/*
 * tabledata.c - CreateTable: the in-memory table data object (ITableData)
 * and the table views (IMAPITable) it hands out.
 *
 * The table data owns the rows.  Each row is one immutable, reference
 * counted block holding a deep copy of its properties; changing a row puts
 * a new block in its place, so a snapshot view keeps the rows it was made
 * from while dynamic views follow every change.  A view is a column set, a
 * sort order and a restriction over the data.  Its row set is built lazily:
 * SortTable, Restrict and SetColumns validate and record (the TBL_BATCH
 * behaviour, which MAPI allows for every call), and the next call that
 * needs rows builds them.  From then on the ITableData calls keep the row
 * set up to date incrementally and queue table notifications, which are
 * handed out before the ITableData call returns, after the table lock is
 * dropped, so that advise sinks may call back into the table.  When the
 * table's context has a MAPI instance they go to its notification engine
 * (notifyhook.h), which delivers them on the engine's thread or on the
 * thread that calls HrDispatchNotifications; without one (CreateTable used
 * before any MAPIInitialize) OnNotify is called synchronously, on the
 * thread that changed the data.
 *
 * This is the reference implementation of table semantics in mapix: the
 * store engine's SQL tables are checked against it.  Rows are filtered with
 * res_eval() (restriction.h) and ordered exactly as sort_compare_rows()
 * (sortorder.h) orders them, stably.  To sort fast, a view caches each
 * row's sort keys: the values are located once and strings are case-folded
 * once, by ustring.c as the comparison itself folds them, so comparing two
 * rows neither searches nor allocates.
 *
 * Not supported yet: categorized views.  ExpandRow, CollapseRow,
 * GetCollapseState and SetCollapseState return MAPI_E_NO_SUPPORT and
 * SortTable with categories MAPI_E_TOO_COMPLEX.  Asynchronous requests
 * (TBL_ASYNC) are carried out synchronously.  TBLTYPE_KEYSET views behave
 * like dynamic ones.
 */
#include "tabledata_int.h"

#include <mapiguid.h>

#include "sortorder.h"

/*
 * An SRow with a deep copy of every value of t, all in one block from the
 * table's allocator (one FreeBuffer releases it).
 */
static HRESULT td_copy_srow(struct tdata *td, const struct trow *t,
			    LPSRow *row_r)
{
	size_t head = align8(sizeof(SRow)), size;
	SRow *row;
	void *p;
	SCODE sc;

	if (props_size(t->props, t->cvals, PV_SRC_COUNTED, &size) < 0 ||
	    head + size > TBL_ULONG_MAX)
		return MAPI_E_CALL_FAILED;
	sc = td->alloc_buf((ULONG)(head + size), &p);
	if (sc != S_OK || p == NULL)
		return MAPI_E_NOT_ENOUGH_MEMORY;
	row = p;
	row->ulAdrEntryPad = 0;
	row->cValues = t->cvals;
	row->lpProps = (SPropValue *)(void *)((char *)p + head);
	props_copy(row->lpProps, t->props, t->cvals, PV_SRC_COUNTED);
	*row_r = row;
	return S_OK;
}

/* ---------------------------------------------------------------------------
 * ITableData
 */

/*
 * IUnknown (OBJBASE_IUNKNOWN_ONLY): QueryInterface gives this object for
 * IID_IUnknown and IID_IMAPITableData; Release's count includes a
 * reference of each view, so the rows go with the last of them.  Every
 * method first checks the object (objbase.h): a thread of another
 * security context gets MAPI_E_NO_ACCESS, a call on a dead object (its
 * MAPI instance was torn down) MAPI_E_INVALID_OBJECT, the object left
 * exactly as it was.  Its owner may still Release a dead object.
 */

/* At the last reference: the rows, the index and the columns (the
 * table's own memory, whether its instance lives or not). */
static void td_destroy(void *object, bool live)
{
	struct tdata *td = object;

	(void)live;
	for (size_t i = 0; i < array_count(&td->rows); i++)
		trow_unref(td->rows.v[i]);
	array_free(&td->rows);
	alloc_free(td->hash);
	array_free(&td->cols);
}

static const IID *const td_iids[] = {&IID_IMAPITableData, NULL};
static const struct objclass td_class = {TDATA_MAGIC, "ITableData", td_iids,
					 td_destroy};

OBJBASE_IUNKNOWN_ONLY(td, ITableData, struct tdata, td_class)

/* Drops a reference, unchecked: a view's own, when the view goes. */
ULONG td_unref(struct tdata *td)
{
	return objbase_unref(&td->base, &td_class, td);
}

/*
 * ITableData::HrGetView
 *
 * PARAMS
 *  lpSSortOrderSet  [I] initial sort order, NULL for insertion order
 *  lpfCallerRelease [I] optional; called when the view's last reference
 *                       goes, with ulCallerData, this table and the view
 *  ulCallerData     [I] passed to lpfCallerRelease
 *  lppMAPITable     [O] the new view
 *
 * RETURNS
 *  S_OK, MAPI_E_INVALID_PARAMETER, MAPI_E_TOO_COMPLEX (sort order with
 *  categories or too many keys), MAPI_E_NOT_ENOUGH_MEMORY.
 *
 * NOTES
 *  The view starts with every column the table has seen, the cursor at
 *  the beginning.  Views of a TBLTYPE_SNAPSHOT table keep the rows of the
 *  moment they were made; the others follow the data and notify.
 */
static HRESULT STDMETHODCALLTYPE td_HrGetView(ITableData *iface,
					      LPSSortOrderSet lpSSortOrderSet,
					      CALLERRELEASE *lpfCallerRelease,
					      ULONG_PTR ulCallerData,
					      LPMAPITABLE *lppMAPITable)
{
	struct tdata *td = td_of(iface);
	struct view *v;
	int ret;

	OBJBASE_ENTER(td, td_class, iface, "ITableData::HrGetView");
	if (lppMAPITable == NULL)
		return MAPI_E_INVALID_PARAMETER;
	*lppMAPITable = NULL;
	if (lpSSortOrderSet != NULL) {
		ret = sort_validate(lpSSortOrderSet, NULL);
		if (ret < 0)
			return errmap_hr(ret);
		if (lpSSortOrderSet->cCategories != 0)
			return MAPI_E_TOO_COMPLEX;
	}
	/* The thread passed td's check: the view gets td's context. */
	if (view_create(td, lpSSortOrderSet, lpfCallerRelease, ulCallerData,
			&v) < 0)
		return MAPI_E_NOT_ENOUGH_MEMORY;
	*lppMAPITable = &v->iface;
	return S_OK;
}

/*
 * trow_new()'s verdict as an HRESULT.  Its -ENOENT is a row without the
 * index column: an invalid parameter, as HrModifyRow documents, not the
 * missing object the map means by it.
 */
static HRESULT row_hr(int ret)
{
	return ret == -ENOENT ? MAPI_E_INVALID_PARAMETER : errmap_hr(ret);
}

/*
 * Inserts or replaces n new rows (taking them over) and updates the views.
 * Under the lock; *touched collects views to notify.  S_OK or
 * MAPI_E_NOT_ENOUGH_MEMORY with nothing changed (the rows are freed).
 */
static HRESULT td_modify(struct tdata *td, struct trow **rows, size_t n,
			 struct view **touched)
{
	bool detailed = n <= TBL_DETAILED_MAX;

	if (td_reserve(td, n) < 0 || td_reserve_cols(td, rows, n) < 0) {
		for (size_t i = 0; i < n; i++)
			trow_unref(rows[i]);
		return MAPI_E_NOT_ENOUGH_MEMORY;
	}
	if (detailed)
		td_prepare_views(td);
	for (size_t i = 0; i < n; i++) {
		struct trow *t = rows[i];
		struct trow *old = td_lookup(td, t->index, t->hash);

		if (old != NULL)
			td_replace(td, old, t);
		else
			td_insert_at(td, t, array_count(&td->rows));
		td_add_cols(td, t);
		if (detailed)
			td_apply_views(td, old, t, true);
		trow_unref(old);
	}
	if (!detailed)
		td_bulk_views(td);
	td_touch_views(td, touched);
	return S_OK;
}

/*
 * ITableData::HrModifyRow
 *
 * PARAMS
 *  lpSRow [I] the row, copied; it must hold the index column
 *
 * RETURNS
 *  S_OK, MAPI_E_INVALID_PARAMETER (no row, no index column, a value that
 *  cannot be stored), MAPI_E_NOT_ENOUGH_MEMORY.
 *
 * NOTES
 *  A row with the index value of an existing row replaces it in place;
 *  otherwise it is added at the end.  Tags new to the table become
 *  available columns (QueryColumns TBL_ALL_COLUMNS, later views).  Views
 *  where the row is visible get TABLE_ROW_ADDED or TABLE_ROW_MODIFIED
 *  (TABLE_ROW_DELETED when the change hides it), before this returns.
 */
static HRESULT STDMETHODCALLTYPE td_HrModifyRow(ITableData *iface,
						LPSRow lpSRow)
{
	struct tdata *td = td_of(iface);
	struct view *touched = NULL;
	struct trow *t;
	HRESULT hr;
	int ret;

	OBJBASE_ENTER(td, td_class, iface, "ITableData::HrModifyRow");
	if (lpSRow == NULL)
		return MAPI_E_INVALID_PARAMETER;
	ret = trow_new(lpSRow->lpProps, lpSRow->cValues, td->index_tag, &t);
	if (ret < 0)
		return row_hr(ret);
	td_lock(td);
	hr = td_modify(td, &t, 1, &touched);
	td_unlock(td);
	td_flush(td, touched);
	return hr;
}

/*
 * ITableData::HrModifyRows
 *
 * PARAMS
 *  ulFlags   [I] reserved, 0
 *  lpSRowSet [I] rows to insert or replace, as HrModifyRow does, in order
 *
 * RETURNS
 *  S_OK, MAPI_E_INVALID_PARAMETER (then no row is changed),
 *  MAPI_E_UNKNOWN_FLAGS, MAPI_E_NOT_ENOUGH_MEMORY (no row changed).
 *
 * NOTES
 *  Up to 8 rows are notified row by row; more make one TABLE_CHANGED.
 */
static HRESULT STDMETHODCALLTYPE td_HrModifyRows(ITableData *iface,
						 ULONG ulFlags,
						 LPSRowSet lpSRowSet)
{
	struct tdata *td = td_of(iface);
	struct view *touched = NULL;
	struct trow **rows;
	HRESULT hr = S_OK;
	ULONG i, n;
	int ret;

	OBJBASE_ENTER(td, td_class, iface, "ITableData::HrModifyRows");
	if (ulFlags != 0)
		return MAPI_E_UNKNOWN_FLAGS;
	if (lpSRowSet == NULL)
		return MAPI_E_INVALID_PARAMETER;
	n = lpSRowSet->cRows;
	if (n == 0)
		return S_OK;
	if (n > TBL_MAX_VIEW_ROWS)
		return MAPI_E_INVALID_PARAMETER;
	rows = alloc_malloc((size_t)n * sizeof(*rows));
	if (rows == NULL)
		return MAPI_E_NOT_ENOUGH_MEMORY;
	for (i = 0; i < n; i++) {
		ret = trow_new(lpSRowSet->aRow[i].lpProps,
			       lpSRowSet->aRow[i].cValues, td->index_tag,
			       &rows[i]);
		if (ret < 0) {
			hr = row_hr(ret);
			break;
		}
	}
	if (hr != S_OK) {
		while (i-- > 0)
			trow_unref(rows[i]);
		alloc_free(rows);
		return hr;
	}
	td_lock(td);
	hr = td_modify(td, rows, n, &touched);
	td_unlock(td);
	alloc_free(rows);
	td_flush(td, touched);
	return hr;
}

/* Checks an index value given by the caller.  S_OK or INVALID_PARAMETER. */
static HRESULT check_index(const struct tdata *td, const SPropValue *pv)
{
	size_t size;

	if (pv == NULL || pv->ulPropTag != td->index_tag ||
	    pv_data_size(pv, 0, &size) < 0)
		return MAPI_E_INVALID_PARAMETER;
	return S_OK;
}

/* Removes data row old (found by its index) and updates the views. */
static void td_delete(struct tdata *td, struct trow *old, bool detailed)
{
	td_remove(td, old);
	if (detailed)
		td_apply_views(td, old, NULL, true);
	trow_unref(old);
}

/*
 * ITableData::HrDeleteRow
 *
 * PARAMS
 *  lpSPropValue [I] the index column value of the row
 *
 * RETURNS
 *  S_OK, MAPI_E_NOT_FOUND, MAPI_E_INVALID_PARAMETER (NULL, or not the
 *  index column's tag).
 *
 * NOTES
 *  Views where the row was visible get TABLE_ROW_DELETED; snapshot views
 *  keep it.  The available columns do not shrink.
 */
static HRESULT STDMETHODCALLTYPE td_HrDeleteRow(ITableData *iface,
						LPSPropValue lpSPropValue)
{
	struct tdata *td = td_of(iface);
	struct view *touched = NULL;
	struct trow *old;
	HRESULT hr;

	OBJBASE_ENTER(td, td_class, iface, "ITableData::HrDeleteRow");
	hr = check_index(td, lpSPropValue);
	if (hr != S_OK)
		return hr;
	td_lock(td);
	old = td_lookup(td, lpSPropValue, index_hash(lpSPropValue));
	if (old == NULL) {
		hr = MAPI_E_NOT_FOUND;
	} else {
		td_prepare_views(td);
		td_delete(td, old, true);
		td_touch_views(td, &touched);
	}
	td_unlock(td);
	td_flush(td, touched);
	return hr;
}

/*
 * ITableData::HrDeleteRows
 *
 * PARAMS
 *  ulFlags          [I] 0 or TAD_ALL_ROWS (every row; dynamic views get
 *                       TABLE_RELOAD)
 *  lprowsetToDelete [I] rows identified by their index column; ignored
 *                       with TAD_ALL_ROWS
 *  cRowsDeleted     [O] optional: rows actually deleted
 *
 * RETURNS
 *  S_OK (rows not found are skipped), MAPI_E_INVALID_PARAMETER (no row
 *  set, or a row without a valid index value: then nothing is deleted),
 *  MAPI_E_UNKNOWN_FLAGS.
 *
 * NOTES
 *  Up to 8 rows are notified row by row; more make one TABLE_CHANGED.
 */
static HRESULT STDMETHODCALLTYPE td_HrDeleteRows(ITableData *iface,
						 ULONG ulFlags,
						 LPSRowSet lprowsetToDelete,
						 ULONG *cRowsDeleted)
{
	struct tdata *td = td_of(iface);
	struct view *touched = NULL;
	const SPropValue *key;
	struct trow *old;
	ULONG i, count = 0;
	bool detailed;

	OBJBASE_ENTER(td, td_class, iface, "ITableData::HrDeleteRows");
	if (ulFlags & ~TAD_ALL_ROWS)
		return MAPI_E_UNKNOWN_FLAGS;
	if (ulFlags & TAD_ALL_ROWS) {
		td_lock(td);
		count = (ULONG)array_count(&td->rows);
		for (size_t j = 0; j < array_count(&td->rows); j++)
			trow_unref(td->rows.v[j]);
		array_clear(&td->rows);
		memset(td->hash, 0, td->hash_size * sizeof(*td->hash));
		for (struct view *v = td->views; v != NULL; v = v->next) {
			if (!v->dynamic)
				continue;
			view_invalidate(v);
			view_summary(v, true);
		}
		td_touch_views(td, &touched);
		td_unlock(td);
		td_flush(td, touched);
		if (cRowsDeleted != NULL)
			*cRowsDeleted = count;
		return S_OK;
	}
	if (lprowsetToDelete == NULL)
		return MAPI_E_INVALID_PARAMETER;
	for (i = 0; i < lprowsetToDelete->cRows; i++) {
		const SRow *r = &lprowsetToDelete->aRow[i];

		if (r->cValues > TBL_MAX_PROPS ||
		    (r->cValues != 0 && r->lpProps == NULL))
			return MAPI_E_INVALID_PARAMETER;
		key = find_tag(r->lpProps, r->cValues, td->index_tag);
		if (check_index(td, key) != S_OK)
			return MAPI_E_INVALID_PARAMETER;
	}
	detailed = lprowsetToDelete->cRows <= TBL_DETAILED_MAX;
	td_lock(td);
	if (detailed)
		td_prepare_views(td);
	for (i = 0; i < lprowsetToDelete->cRows; i++) {
		const SRow *r = &lprowsetToDelete->aRow[i];

		key = find_tag(r->lpProps, r->cValues, td->index_tag);
		old = td_lookup(td, key, index_hash(key));
		if (old == NULL)
			continue;
		td_delete(td, old, detailed);
		count++;
	}
	if (!detailed && count != 0)
		td_bulk_views(td);
	td_touch_views(td, &touched);
	td_unlock(td);
	td_flush(td, touched);
	if (cRowsDeleted != NULL)
		*cRowsDeleted = count;
	return S_OK;
}

/*
 * ITableData::HrQueryRow
 *
 * PARAMS
 *  lpSPropValue [I] the index column value of the row
 *  lppSRow      [O] the row with all its values, in one buffer from the
 *                   table's allocator
 *  lpuliRow     [O] optional: the row's position in insertion order
 *
 * RETURNS
 *  S_OK, MAPI_E_NOT_FOUND, MAPI_E_INVALID_PARAMETER,
 *  MAPI_E_NOT_ENOUGH_MEMORY.
 */
static HRESULT STDMETHODCALLTYPE td_HrQueryRow(ITableData *iface,
					       LPSPropValue lpSPropValue,
					       LPSRow *lppSRow, ULONG *lpuliRow)
{
	struct tdata *td = td_of(iface);
	struct trow *t;
	HRESULT hr;

	OBJBASE_ENTER(td, td_class, iface, "ITableData::HrQueryRow");
	if (lppSRow == NULL)
		return MAPI_E_INVALID_PARAMETER;
	*lppSRow = NULL;
	hr = check_index(td, lpSPropValue);
	if (hr != S_OK)
		return hr;
	td_lock(td);
	t = td_lookup(td, lpSPropValue, index_hash(lpSPropValue));
	if (t == NULL) {
		hr = MAPI_E_NOT_FOUND;
	} else {
		hr = td_copy_srow(td, t, lppSRow);
		if (hr == S_OK && lpuliRow != NULL)
			*lpuliRow = (ULONG)t->pos;
	}
	td_unlock(td);
	return hr;
}

/*
 * ITableData::HrEnumRow
 *
 * PARAMS
 *  ulRowNumber [I] position in insertion order, 0 first
 *  lppSRow     [O] the row as HrQueryRow returns it; NULL past the end
 *
 * RETURNS
 *  S_OK (also past the end), MAPI_E_INVALID_PARAMETER,
 *  MAPI_E_NOT_ENOUGH_MEMORY.
 */
static HRESULT STDMETHODCALLTYPE td_HrEnumRow(ITableData *iface,
					      ULONG ulRowNumber,
					      LPSRow *lppSRow)
{
	struct tdata *td = td_of(iface);
	HRESULT hr = S_OK;

	OBJBASE_ENTER(td, td_class, iface, "ITableData::HrEnumRow");
	if (lppSRow == NULL)
		return MAPI_E_INVALID_PARAMETER;
	*lppSRow = NULL;
	td_lock(td);
	if (ulRowNumber < array_count(&td->rows))
		hr = td_copy_srow(td, td->rows.v[ulRowNumber], lppSRow);
	td_unlock(td);
	return hr;
}

/*
 * ITableData::HrNotify
 *
 * PARAMS
 *  ulFlags      [I] reserved, 0
 *  cValues      [I] values in lpSPropValue
 *  lpSPropValue [I] values of the row; its index column picks the row
 *
 * RETURNS
 *  S_OK, MAPI_E_NOT_FOUND (no such row), MAPI_E_INVALID_PARAMETER (no
 *  index column), MAPI_E_UNKNOWN_FLAGS.
 *
 * NOTES
 *  Sends TABLE_ROW_MODIFIED with the row as stored to every view where it
 *  is visible, whether or not it changed.
 */
static HRESULT STDMETHODCALLTYPE td_HrNotify(ITableData *iface, ULONG ulFlags,
					     ULONG cValues,
					     LPSPropValue lpSPropValue)
{
	struct tdata *td = td_of(iface);
	struct view *touched = NULL;
	const SPropValue *key;
	struct trow *t;
	HRESULT hr;

	OBJBASE_ENTER(td, td_class, iface, "ITableData::HrNotify");
	if (ulFlags != 0)
		return MAPI_E_UNKNOWN_FLAGS;
	if (cValues > TBL_MAX_PROPS || (cValues != 0 && lpSPropValue == NULL))
		return MAPI_E_INVALID_PARAMETER;
	key = find_tag(lpSPropValue, cValues, td->index_tag);
	hr = check_index(td, key);
	if (hr != S_OK)
		return hr;
	td_lock(td);
	t = td_lookup(td, key, index_hash(key));
	if (t == NULL) {
		hr = MAPI_E_NOT_FOUND;
	} else {
		td_prepare_views(td);
		td_apply_views(td, t, t, true);
		td_touch_views(td, &touched);
	}
	td_unlock(td);
	td_flush(td, touched);
	return hr;
}

/*
 * ITableData::HrInsertRow
 *
 * PARAMS
 *  uliRow [I] position the row gets in insertion order: after the first
 *             uliRow rows (0 first, the row count appends)
 *  lpSRow [I] the row, copied; it must hold the index column
 *
 * RETURNS
 *  S_OK, MAPI_E_INVALID_PARAMETER (index value already present, no index
 *  column, uliRow past the row count), MAPI_E_NOT_ENOUGH_MEMORY.
 */
static HRESULT STDMETHODCALLTYPE td_HrInsertRow(ITableData *iface, ULONG uliRow,
						LPSRow lpSRow)
{
	struct tdata *td = td_of(iface);
	struct view *touched = NULL;
	struct trow *t;
	HRESULT hr = S_OK;
	int ret;

	OBJBASE_ENTER(td, td_class, iface, "ITableData::HrInsertRow");
	if (lpSRow == NULL)
		return MAPI_E_INVALID_PARAMETER;
	ret = trow_new(lpSRow->lpProps, lpSRow->cValues, td->index_tag, &t);
	if (ret < 0)
		return row_hr(ret);
	td_lock(td);
	if (uliRow > array_count(&td->rows) ||
	    td_lookup(td, t->index, t->hash) != NULL)
		hr = MAPI_E_INVALID_PARAMETER;
	else if (td_reserve(td, 1) < 0 || td_reserve_cols(td, &t, 1) < 0)
		hr = MAPI_E_NOT_ENOUGH_MEMORY;
	if (hr != S_OK) {
		td_unlock(td);
		trow_unref(t);
		return hr;
	}
	td_prepare_views(td);
	td_insert_at(td, t, uliRow);
	td_add_cols(td, t);
	td_apply_views(td, NULL, t, true);
	td_touch_views(td, &touched);
	td_unlock(td);
	td_flush(td, touched);
	return S_OK;
}

static const ITableDataVtbl td_vtbl = {
    td_QueryInterface, td_AddRef,      td_Release,      td_HrGetView,
    td_HrModifyRow,    td_HrDeleteRow, td_HrQueryRow,   td_HrEnumRow,
    td_HrNotify,       td_HrInsertRow, td_HrModifyRows, td_HrDeleteRows,
};

/*
 * CreateTable
 *
 * PARAMS
 *  lpInterface           [I] NULL or &IID_IMAPITableData
 *  lpAllocateBuffer      [I] allocator for what the table returns (rows,
 *                            column sets, sort orders); NULL for
 *                            MAPIAllocateBuffer
 *  lpAllocateMore        [I] kept for the caller's set; NULL for
 *                            MAPIAllocateMore
 *  lpFreeBuffer          [I] frees what lpAllocateBuffer gave; NULL for
 *                            MAPIFreeBuffer
 *  lpvReserved           [I] must be NULL
 *  ulTableType           [I] TBLTYPE_SNAPSHOT, TBLTYPE_KEYSET or
 *                            TBLTYPE_DYNAMIC, as the views report it
 *  ulPropTagIndexColumn  [I] tag of the column that identifies rows: a
 *                            single-valued type
 *  lpSPropTagArrayColumns [I] the table's initial columns
 *  lppTableData          [O] the new table data object
 *
 * RETURNS
 *  S_OK, MAPI_E_INVALID_PARAMETER, MAPI_E_INTERFACE_NOT_SUPPORTED,
 *  MAPI_E_NOT_ENOUGH_MEMORY.
 *
 * NOTES
 *  The object is safe to use from several threads.  It and its views
 *  belong to the calling thread's security context.  Table notifications
 *  go through the notification engine of that context's MAPI instance;
 *  when there is none they are delivered on the thread that changed the
 *  data (see IMAPITable::Advise).
 */
STDAPI_(SCODE)
CreateTable(LPCIID lpInterface, ALLOCATEBUFFER FAR *lpAllocateBuffer,
	    ALLOCATEMORE FAR *lpAllocateMore, FREEBUFFER FAR *lpFreeBuffer,
	    LPVOID lpvReserved, ULONG ulTableType, ULONG ulPropTagIndexColumn,
	    LPSPropTagArray lpSPropTagArrayColumns,
	    LPTABLEDATA FAR *lppTableData)
{
	struct tdata *td;

	if (lppTableData == NULL)
		return MAPI_E_INVALID_PARAMETER;
	*lppTableData = NULL;
	if (lpInterface != NULL &&
	    !IsEqualIID(lpInterface, &IID_IMAPITableData))
		return MAPI_E_INTERFACE_NOT_SUPPORTED;
	if (lpvReserved != NULL || ulTableType > TBLTYPE_DYNAMIC ||
	    !index_type_ok(PROP_TYPE(ulPropTagIndexColumn)) ||
	    lpSPropTagArrayColumns == NULL ||
	    lpSPropTagArrayColumns->cValues > TBL_MAX_PROPS)
		return MAPI_E_INVALID_PARAMETER;
	td = alloc_calloc(1, sizeof(*td));
	if (td == NULL)
		return MAPI_E_NOT_ENOUGH_MEMORY;
	td->hash_size = 64;
	td->hash = alloc_calloc(td->hash_size, sizeof(*td->hash));
	if (td->hash == NULL ||
	    array_append(&td->cols, lpSPropTagArrayColumns->aulPropTag,
			 lpSPropTagArrayColumns->cValues) < 0) {
		array_free(&td->cols);
		alloc_free(td->hash);
		alloc_free(td);
		return MAPI_E_NOT_ENOUGH_MEMORY;
	}
	td->iface.lpVtbl = &td_vtbl;
	/* The calling thread's context owns it. */
	objbase_init(&td->base, TDATA_MAGIC);
	td->alloc_buf =
	    lpAllocateBuffer != NULL ? lpAllocateBuffer : MAPIAllocateBuffer;
	td->alloc_more =
	    lpAllocateMore != NULL ? lpAllocateMore : MAPIAllocateMore;
	td->free_buf = lpFreeBuffer != NULL ? lpFreeBuffer : MAPIFreeBuffer;
	td->type = ulTableType;
	td->index_tag = ulPropTagIndexColumn;
	td->next_serial = 1;
	*lppTableData = &td->iface;
	return S_OK;
}
