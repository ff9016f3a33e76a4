/*
 * maptable.c - IMAPITable over a store-ops table: folder contents
 * (normal and associated), hierarchies, and an open message's recipients
 * and attachments.
 *
 * The store ops do the work (columns, restriction, sort, position,
 * bookmarks); this object checks arguments, keeps the sort order for
 * QuerySortOrder and puts the store's own entry ID into PR_STORE_ENTRYID
 * columns.  Operations run synchronously, so the table is always
 * complete (GetStatus), and TBL_ASYNC / TBL_BATCH change nothing.
 * Categorized views are not supported (MAPI_E_NO_SUPPORT).
 *
 * Notifications: a folder's table (maptable_watch) subscribes to the
 * store's row events of its folder and kind and sends its sinks
 * fnevTableModified with TABLE_CHANGED -- "the rows changed, read them
 * again", the coarse form MAPI allows -- through the owner context's
 * notification engine, like the store's Advise.  Row-level events
 * (TABLE_ROW_ADDED with the row) would need the row computed under the
 * table's columns and restriction at event time; they are not sent.
 */
#include "maptable.h"

#include <errno.h>
#include <string.h>

#include <mapiguid.h>
#include <mapiutil.h>

#include "alloc.h"
#include "notifyhook.h"

#define MAPTABLE_MAGIC 0x4d505442u /* "MPTB" */

/* One Advise connection of a table. */
struct mt_advise {
	struct mt_advise *next;
	struct maptable *mt;
	LPMAPIADVISESINK sink; /* one reference */
	ULONG_PTR conn;
	unsigned long ops_conn;
};

struct maptable {
	struct mapiobj obj;
	struct storeops_table *t;
	SSortOrderSet *sort; /* a MAPI buffer, or NULL: natural order */
	/* maptable_watch(): what Advise watches. */
	bool watchable;
	storeops_id_t fid;
	enum storeops_table_kind kind;
	/* Guarded by the mailbox's lock (mstore_lock), under which events
	 * arrive. */
	struct mt_advise *advises;
	ULONG_PTR next_conn;
};

static const IMAPITableVtbl maptable_vtbl;
static const IID *const maptable_iids[] = {&IID_IMAPITable, NULL};

static void maptable_destroy(struct mapiobj *o);

static const struct mapiobj_class maptable_class = {
    .magic = MAPTABLE_MAGIC,
    .name = "IMAPITable",
    .vtbl = &maptable_vtbl,
    .iids = maptable_iids,
    .destroy = maptable_destroy,
};

static struct maptable *tbl_of(struct mapiobj *o)
{
	return container_of(o, struct maptable, obj);
}

int maptable_new(struct mstore *st, struct mapiobj *parent,
		 struct storeops_table *t, IMAPITable **table_r)
{
	struct maptable *mt =
	    mapiobj_new(sizeof(*mt), &maptable_class, st, parent);

	if (mt == NULL) {
		storeops_table_close(&st->mb, t);
		return -ENOMEM;
	}
	mt->t = t;
	*table_r = &mt->obj.iface.table;
	return 0;
}

void maptable_watch(IMAPITable *table, storeops_id_t fid,
		    enum storeops_table_kind kind)
{
	struct maptable *mt = tbl_of(mapiobj_of(table));

	mt->watchable = true;
	mt->fid = fid;
	mt->kind = kind;
}

/* Ends one connection; the store's lock is held. */
static void mt_advise_free(struct mstore *st, struct mt_advise *a)
{
	storeops_unsubscribe(&st->mb, a->ops_conn);
	a->sink->lpVtbl->Release(a->sink);
	alloc_free(a);
}

static void maptable_destroy(struct mapiobj *o)
{
	struct maptable *mt = tbl_of(o);
	struct mstore *st = o->store;
	struct mt_advise *a, *next;

	mstore_lock(st);
	for (a = mt->advises; a != NULL; a = next) {
		next = a->next;
		mt_advise_free(st, a);
	}
	storeops_table_close(&st->mb, mt->t);
	mstore_unlock(st);
	MAPIFreeBuffer(mt->sort);
}

static HRESULT result(struct maptable *mt, int ret, const char *what)
{
	return ret < 0 ? mapiobj_fail_ret(&mt->obj, ret, what)
		       : mapiobj_ok(&mt->obj);
}

MAPIOBJ_UNKNOWN_METHODS(tb, IMAPITable, maptable_class)

static HRESULT STDMETHODCALLTYPE tb_GetLastError(IMAPITable *This,
						 HRESULT hResult, ULONG ulFlags,
						 LPMAPIERROR *lppMAPIError)
{
	return mapiobj_last_error(mapiobj_of(This), &maptable_class, hResult,
				  ulFlags, lppMAPIError);
}

/* A row event of the store -> TABLE_CHANGED for the sink of a. */
static void table_event(void *ctx, const struct storeops_event *ev)
{
	struct mt_advise *a = ctx;
	struct maptable *mt = a->mt;
	NOTIFICATION n;

	if (ev->table != mt->kind)
		return;
	memset(&n, 0, sizeof(n));
	n.ulEventType = fnevTableModified;
	n.info.tab.ulTableEvent = TABLE_CHANGED;
	n.info.tab.hResult = S_OK;
	n.info.tab.propIndex.ulPropTag = PR_NULL;
	n.info.tab.propPrior.ulPropTag = PR_NULL;
	/* The context's engine delivers later; without one, now. */
	if (core_notify(mt->obj.base.hdr.context_id, a->sink, 1, &n) == 0)
		a->sink->lpVtbl->OnNotify(a->sink, 1, &n);
}

#define TABLE_EVENTS                                                           \
	(STOREOPS_EV_TABLE_ROW_ADDED | STOREOPS_EV_TABLE_ROW_MODIFIED |        \
	 STOREOPS_EV_TABLE_ROW_DELETED)

static HRESULT STDMETHODCALLTYPE tb_Advise(IMAPITable *This, ULONG ulEventMask,
					   LPMAPIADVISESINK lpAdviseSink,
					   ULONG_PTR *lpulConnection)
{
	struct maptable *mt;
	struct mstore *st;
	struct mt_advise *a;
	int ret;

	if (lpulConnection != NULL)
		*lpulConnection = 0;
	MAPIOBJ_ENTER(This, maptable_class, "Advise");
	mt = tbl_of(mapiobj_of(This));
	st = mt->obj.store;
	if (lpAdviseSink == NULL || lpulConnection == NULL)
		return mapiobj_fail(&mt->obj, MAPI_E_INVALID_PARAMETER,
				    "Advise: no sink or connection");
	if (ulEventMask != fnevTableModified)
		return mapiobj_fail(&mt->obj, MAPI_E_INVALID_PARAMETER,
				    "Advise: tables send fnevTableModified "
				    "only");
	if (!mt->watchable)
		return mapiobj_fail(&mt->obj, MAPI_E_NO_SUPPORT,
				    "Advise: the tables of an open message are "
				    "snapshots and do not change");
	a = alloc_calloc(1, sizeof(*a));
	if (a == NULL)
		return mapiobj_fail(&mt->obj, MAPI_E_NOT_ENOUGH_MEMORY,
				    "out of memory");
	a->mt = mt;
	a->sink = lpAdviseSink;
	mstore_lock(st);
	ret = storeops_subscribe(&st->mb, TABLE_EVENTS,
				 mt->kind == STOREOPS_TABLE_HIERARCHY ? 0
								      : mt->fid,
				 table_event, a, &a->ops_conn);
	if (ret == 0) {
		lpAdviseSink->lpVtbl->AddRef(lpAdviseSink);
		a->conn = ++mt->next_conn;
		a->next = mt->advises;
		mt->advises = a;
		*lpulConnection = a->conn;
	}
	mstore_unlock(st);
	if (ret < 0) {
		alloc_free(a);
		return mapiobj_fail_ret(&mt->obj, ret, "Advise");
	}
	return mapiobj_ok(&mt->obj);
}

static HRESULT STDMETHODCALLTYPE tb_Unadvise(IMAPITable *This,
					     ULONG_PTR ulConnection)
{
	struct maptable *mt;
	struct mstore *st;
	struct mt_advise *a, **pp;

	MAPIOBJ_ENTER(This, maptable_class, "Unadvise");
	mt = tbl_of(mapiobj_of(This));
	st = mt->obj.store;
	mstore_lock(st);
	for (pp = &mt->advises; *pp != NULL && (*pp)->conn != ulConnection;
	     pp = &(*pp)->next)
		;
	a = *pp;
	if (a != NULL) {
		*pp = a->next;
		mt_advise_free(st, a);
	}
	mstore_unlock(st);
	if (a == NULL)
		return mapiobj_fail(&mt->obj, MAPI_E_NOT_FOUND,
				    "Unadvise: no connection %lu",
				    (unsigned long)ulConnection);
	return mapiobj_ok(&mt->obj);
}

static HRESULT STDMETHODCALLTYPE tb_GetStatus(IMAPITable *This,
					      ULONG *lpulTableStatus,
					      ULONG *lpulTableType)
{
	MAPIOBJ_ENTER(This, maptable_class, "GetStatus");
	if (lpulTableStatus == NULL || lpulTableType == NULL)
		return mapiobj_fail(mapiobj_of(This), MAPI_E_INVALID_PARAMETER,
				    "GetStatus: NULL argument");
	*lpulTableStatus = TBLSTAT_COMPLETE;
	*lpulTableType = TBLTYPE_DYNAMIC;
	return mapiobj_ok(mapiobj_of(This));
}

static HRESULT STDMETHODCALLTYPE tb_SetColumns(IMAPITable *This,
					       LPSPropTagArray lpPropTagArray,
					       ULONG ulFlags)
{
	struct maptable *mt = tbl_of(mapiobj_of(This));

	MAPIOBJ_ENTER(This, maptable_class, "SetColumns");
	if (lpPropTagArray == NULL || lpPropTagArray->cValues == 0 ||
	    FBadColumnSet(lpPropTagArray))
		return mapiobj_fail(&mt->obj, MAPI_E_INVALID_PARAMETER,
				    "SetColumns: bad column set");
	if (ulFlags & ~(ULONG)(TBL_ASYNC | TBL_BATCH))
		return mapiobj_fail(&mt->obj, MAPI_E_UNKNOWN_FLAGS,
				    "SetColumns: unknown flags");
	return result(mt,
		      storeops_table_set_columns(&mt->obj.store->mb, mt->t,
						 lpPropTagArray),
		      "SetColumns");
}

static HRESULT STDMETHODCALLTYPE tb_QueryColumns(
    IMAPITable *This, ULONG ulFlags, LPSPropTagArray *lppPropTagArray)
{
	struct maptable *mt = tbl_of(mapiobj_of(This));

	MAPIOBJ_ENTER(This, maptable_class, "QueryColumns");
	if (lppPropTagArray == NULL)
		return mapiobj_fail(&mt->obj, MAPI_E_INVALID_PARAMETER,
				    "QueryColumns: NULL argument");
	*lppPropTagArray = NULL;
	if (ulFlags & ~(ULONG)TBL_ALL_COLUMNS)
		return mapiobj_fail(&mt->obj, MAPI_E_UNKNOWN_FLAGS,
				    "QueryColumns: unknown flags");
	/* TBL_ALL_COLUMNS: the store ops know the current set only. */
	return result(mt,
		      storeops_table_query_columns(&mt->obj.store->mb, mt->t,
						   lppPropTagArray),
		      "QueryColumns");
}

static HRESULT STDMETHODCALLTYPE tb_GetRowCount(IMAPITable *This, ULONG ulFlags,
						ULONG *lpulCount)
{
	struct maptable *mt = tbl_of(mapiobj_of(This));

	MAPIOBJ_ENTER(This, maptable_class, "GetRowCount");
	if (lpulCount == NULL)
		return mapiobj_fail(&mt->obj, MAPI_E_INVALID_PARAMETER,
				    "GetRowCount: NULL argument");
	if (ulFlags != 0)
		return mapiobj_fail(&mt->obj, MAPI_E_UNKNOWN_FLAGS,
				    "GetRowCount: unknown flags");
	return result(
	    mt, storeops_table_row_count(&mt->obj.store->mb, mt->t, lpulCount),
	    "GetRowCount");
}

static HRESULT STDMETHODCALLTYPE tb_SeekRow(IMAPITable *This, BOOKMARK bkOrigin,
					    LONG lRowCount, LONG *lplRowsSought)
{
	struct maptable *mt = tbl_of(mapiobj_of(This));
	LONG sought = 0;
	int ret;

	MAPIOBJ_ENTER(This, maptable_class, "SeekRow");
	ret = storeops_table_seek(&mt->obj.store->mb, mt->t, bkOrigin,
				  lRowCount, &sought);
	if (ret == 0 && lplRowsSought != NULL)
		*lplRowsSought = sought;
	if (ret == -ENOENT)
		return mapiobj_fail(&mt->obj, MAPI_E_INVALID_BOOKMARK,
				    "SeekRow: no such bookmark");
	return result(mt, ret, "SeekRow");
}

static HRESULT STDMETHODCALLTYPE tb_SeekRowApprox(IMAPITable *This,
						  ULONG ulNumerator,
						  ULONG ulDenominator)
{
	struct maptable *mt = tbl_of(mapiobj_of(This));

	MAPIOBJ_ENTER(This, maptable_class, "SeekRowApprox");
	if (ulDenominator == 0 || ulNumerator > ulDenominator)
		return mapiobj_fail(&mt->obj, MAPI_E_INVALID_PARAMETER,
				    "SeekRowApprox: bad fraction");
	return result(mt,
		      storeops_table_seek_approx(&mt->obj.store->mb, mt->t,
						 ulNumerator, ulDenominator),
		      "SeekRowApprox");
}

static HRESULT STDMETHODCALLTYPE tb_QueryPosition(IMAPITable *This,
						  ULONG *lpulRow,
						  ULONG *lpulNumerator,
						  ULONG *lpulDenominator)
{
	struct maptable *mt = tbl_of(mapiobj_of(This));

	MAPIOBJ_ENTER(This, maptable_class, "QueryPosition");
	if (lpulRow == NULL || lpulNumerator == NULL || lpulDenominator == NULL)
		return mapiobj_fail(&mt->obj, MAPI_E_INVALID_PARAMETER,
				    "QueryPosition: NULL argument");
	return result(mt,
		      storeops_table_position(&mt->obj.store->mb, mt->t,
					      lpulRow, lpulNumerator,
					      lpulDenominator),
		      "QueryPosition");
}

static HRESULT STDMETHODCALLTYPE tb_FindRow(IMAPITable *This,
					    LPSRestriction lpRestriction,
					    BOOKMARK bkOrigin, ULONG ulFlags)
{
	struct maptable *mt = tbl_of(mapiobj_of(This));
	int ret;

	MAPIOBJ_ENTER(This, maptable_class, "FindRow");
	if (lpRestriction == NULL)
		return mapiobj_fail(&mt->obj, MAPI_E_INVALID_PARAMETER,
				    "FindRow: no restriction");
	if (ulFlags & ~(ULONG)DIR_BACKWARD)
		return mapiobj_fail(&mt->obj, MAPI_E_UNKNOWN_FLAGS,
				    "FindRow: unknown flags");
	ret = storeops_table_find_row(&mt->obj.store->mb, mt->t, lpRestriction,
				      bkOrigin, ulFlags);
	if (ret == -ENOENT)
		return mapiobj_fail(&mt->obj, MAPI_E_NOT_FOUND,
				    "FindRow: no row matches");
	return result(mt, ret, "FindRow");
}

static HRESULT STDMETHODCALLTYPE tb_Restrict(IMAPITable *This,
					     LPSRestriction lpRestriction,
					     ULONG ulFlags)
{
	struct maptable *mt = tbl_of(mapiobj_of(This));

	MAPIOBJ_ENTER(This, maptable_class, "Restrict");
	if (ulFlags & ~(ULONG)(TBL_ASYNC | TBL_BATCH))
		return mapiobj_fail(&mt->obj, MAPI_E_UNKNOWN_FLAGS,
				    "Restrict: unknown flags");
	return result(
	    mt,
	    storeops_table_restrict(&mt->obj.store->mb, mt->t, lpRestriction),
	    "Restrict");
}

static HRESULT STDMETHODCALLTYPE tb_CreateBookmark(IMAPITable *This,
						   BOOKMARK *lpbkPosition)
{
	struct maptable *mt = tbl_of(mapiobj_of(This));

	MAPIOBJ_ENTER(This, maptable_class, "CreateBookmark");
	if (lpbkPosition == NULL)
		return mapiobj_fail(&mt->obj, MAPI_E_INVALID_PARAMETER,
				    "CreateBookmark: NULL argument");
	return result(mt,
		      storeops_table_bookmark_create(&mt->obj.store->mb, mt->t,
						     lpbkPosition),
		      "CreateBookmark");
}

static HRESULT STDMETHODCALLTYPE tb_FreeBookmark(IMAPITable *This,
						 BOOKMARK bkPosition)
{
	struct maptable *mt = tbl_of(mapiobj_of(This));
	int ret;

	MAPIOBJ_ENTER(This, maptable_class, "FreeBookmark");
	ret =
	    storeops_table_bookmark_free(&mt->obj.store->mb, mt->t, bkPosition);
	if (ret == -ENOENT || ret == -EINVAL)
		return mapiobj_fail(&mt->obj, MAPI_E_INVALID_BOOKMARK,
				    "FreeBookmark: no such bookmark");
	return result(mt, ret, "FreeBookmark");
}

static HRESULT STDMETHODCALLTYPE tb_SortTable(IMAPITable *This,
					      LPSSortOrderSet lpSortCriteria,
					      ULONG ulFlags)
{
	struct maptable *mt = tbl_of(mapiobj_of(This));
	SSortOrderSet *copy = NULL;
	size_t size;
	int ret;

	MAPIOBJ_ENTER(This, maptable_class, "SortTable");
	if (ulFlags & ~(ULONG)(TBL_ASYNC | TBL_BATCH))
		return mapiobj_fail(&mt->obj, MAPI_E_UNKNOWN_FLAGS,
				    "SortTable: unknown flags");
	if (lpSortCriteria != NULL &&
	    (lpSortCriteria->cSorts > 256 ||
	     lpSortCriteria->cCategories > lpSortCriteria->cSorts ||
	     lpSortCriteria->cExpanded > lpSortCriteria->cCategories))
		return mapiobj_fail(&mt->obj, MAPI_E_INVALID_PARAMETER,
				    "SortTable: bad sort order");
	if (lpSortCriteria != NULL && lpSortCriteria->cCategories != 0)
		return mapiobj_fail(&mt->obj, MAPI_E_NO_SUPPORT,
				    "SortTable: categorized views are not "
				    "supported");
	if (lpSortCriteria != NULL) {
		size = CbSSortOrderSet(lpSortCriteria);
		if (MAPIAllocateBuffer((ULONG)size, (void **)&copy) != S_OK)
			return mapiobj_fail(&mt->obj, MAPI_E_NOT_ENOUGH_MEMORY,
					    "out of memory");
		memcpy(copy, lpSortCriteria, size);
	}
	ret = storeops_table_sort(&mt->obj.store->mb, mt->t, lpSortCriteria);
	if (ret < 0) {
		MAPIFreeBuffer(copy);
		return result(mt, ret, "SortTable");
	}
	MAPIFreeBuffer(mt->sort);
	mt->sort = copy;
	return mapiobj_ok(&mt->obj);
}

static HRESULT STDMETHODCALLTYPE
tb_QuerySortOrder(IMAPITable *This, LPSSortOrderSet *lppSortCriteria)
{
	struct maptable *mt = tbl_of(mapiobj_of(This));
	SSortOrderSet *copy = NULL;
	size_t size;

	MAPIOBJ_ENTER(This, maptable_class, "QuerySortOrder");
	if (lppSortCriteria == NULL)
		return mapiobj_fail(&mt->obj, MAPI_E_INVALID_PARAMETER,
				    "QuerySortOrder: NULL argument");
	size = mt->sort != NULL ? CbSSortOrderSet(mt->sort)
				: CbNewSSortOrderSet(0);
	if (MAPIAllocateBuffer((ULONG)size, (void **)&copy) != S_OK)
		return mapiobj_fail(&mt->obj, MAPI_E_NOT_ENOUGH_MEMORY,
				    "out of memory");
	if (mt->sort != NULL)
		memcpy(copy, mt->sort, size);
	else
		memset(copy, 0, size);
	*lppSortCriteria = copy;
	return mapiobj_ok(&mt->obj);
}

static HRESULT STDMETHODCALLTYPE tb_QueryRows(IMAPITable *This, LONG lRowCount,
					      ULONG ulFlags, LPSRowSet *lppRows)
{
	struct maptable *mt = tbl_of(mapiobj_of(This));
	SRowSet *rows = NULL;
	ULONG i;
	int ret;

	MAPIOBJ_ENTER(This, maptable_class, "QueryRows");
	if (lppRows == NULL)
		return mapiobj_fail(&mt->obj, MAPI_E_INVALID_PARAMETER,
				    "QueryRows: NULL argument");
	*lppRows = NULL;
	if (lRowCount == 0)
		return mapiobj_fail(&mt->obj, MAPI_E_INVALID_PARAMETER,
				    "QueryRows: a row count of 0");
	if (ulFlags & ~(ULONG)TBL_NOADVANCE)
		return mapiobj_fail(&mt->obj, MAPI_E_UNKNOWN_FLAGS,
				    "QueryRows: unknown flags");
	ret = storeops_table_query_rows(&mt->obj.store->mb, mt->t, lRowCount,
					ulFlags, &rows);
	if (ret < 0)
		return result(mt, ret, "QueryRows");
	for (i = 0; i < rows->cRows; i++)
		if (mstore_fix_props(
			mt->obj.store, false, rows->aRow[i].cValues,
			rows->aRow[i].lpProps, rows->aRow[i].lpProps) < 0) {
			FreeProws(rows);
			return mapiobj_fail(&mt->obj, MAPI_E_NOT_ENOUGH_MEMORY,
					    "out of memory");
		}
	*lppRows = rows;
	return mapiobj_ok(&mt->obj);
}

static HRESULT STDMETHODCALLTYPE tb_Abort(IMAPITable *This)
{
	MAPIOBJ_ENTER(This, maptable_class, "Abort");
	/* Every operation has finished when its call returns. */
	return mapiobj_ok(mapiobj_of(This));
}

static HRESULT STDMETHODCALLTYPE tb_ExpandRow(
    IMAPITable *This, ULONG cbInstanceKey, LPBYTE pbInstanceKey,
    ULONG ulRowCount, ULONG ulFlags, LPSRowSet *lppRows, ULONG *lpulMoreRows)
{
	(void)cbInstanceKey;
	(void)pbInstanceKey;
	(void)ulRowCount;
	(void)ulFlags;
	(void)lppRows;
	(void)lpulMoreRows;
	MAPIOBJ_ENTER(This, maptable_class, "ExpandRow");
	return mapiobj_fail(mapiobj_of(This), MAPI_E_NO_SUPPORT,
			    "ExpandRow: categorized views are not supported");
}

static HRESULT STDMETHODCALLTYPE tb_CollapseRow(IMAPITable *This,
						ULONG cbInstanceKey,
						LPBYTE pbInstanceKey,
						ULONG ulFlags,
						ULONG *lpulRowCount)
{
	(void)cbInstanceKey;
	(void)pbInstanceKey;
	(void)ulFlags;
	(void)lpulRowCount;
	MAPIOBJ_ENTER(This, maptable_class, "CollapseRow");
	return mapiobj_fail(mapiobj_of(This), MAPI_E_NO_SUPPORT,
			    "CollapseRow: categorized views are not "
			    "supported");
}

static HRESULT STDMETHODCALLTYPE tb_WaitForCompletion(IMAPITable *This,
						      ULONG ulFlags,
						      ULONG ulTimeout,
						      ULONG *lpulTableStatus)
{
	(void)ulTimeout;
	MAPIOBJ_ENTER(This, maptable_class, "WaitForCompletion");
	if (ulFlags != 0)
		return mapiobj_fail(mapiobj_of(This), MAPI_E_UNKNOWN_FLAGS,
				    "WaitForCompletion: unknown flags");
	if (lpulTableStatus != NULL)
		*lpulTableStatus = TBLSTAT_COMPLETE;
	return mapiobj_ok(mapiobj_of(This));
}

static HRESULT STDMETHODCALLTYPE tb_GetCollapseState(
    IMAPITable *This, ULONG ulFlags, ULONG cbInstanceKey, LPBYTE lpbInstanceKey,
    ULONG *lpcbCollapseState, LPBYTE *lppbCollapseState)
{
	(void)ulFlags;
	(void)cbInstanceKey;
	(void)lpbInstanceKey;
	(void)lpcbCollapseState;
	(void)lppbCollapseState;
	MAPIOBJ_ENTER(This, maptable_class, "GetCollapseState");
	return mapiobj_fail(mapiobj_of(This), MAPI_E_NO_SUPPORT,
			    "GetCollapseState: categorized views are not "
			    "supported");
}

static HRESULT STDMETHODCALLTYPE tb_SetCollapseState(IMAPITable *This,
						     ULONG ulFlags,
						     ULONG cbCollapseState,
						     LPBYTE pbCollapseState,
						     BOOKMARK *lpbkLocation)
{
	(void)ulFlags;
	(void)cbCollapseState;
	(void)pbCollapseState;
	(void)lpbkLocation;
	MAPIOBJ_ENTER(This, maptable_class, "SetCollapseState");
	return mapiobj_fail(mapiobj_of(This), MAPI_E_NO_SUPPORT,
			    "SetCollapseState: categorized views are not "
			    "supported");
}

static const IMAPITableVtbl maptable_vtbl = {
    tb_QueryInterface,   tb_AddRef,           tb_Release,
    tb_GetLastError,     tb_Advise,           tb_Unadvise,
    tb_GetStatus,        tb_SetColumns,       tb_QueryColumns,
    tb_GetRowCount,      tb_SeekRow,          tb_SeekRowApprox,
    tb_QueryPosition,    tb_FindRow,          tb_Restrict,
    tb_CreateBookmark,   tb_FreeBookmark,     tb_SortTable,
    tb_QuerySortOrder,   tb_QueryRows,        tb_Abort,
    tb_ExpandRow,        tb_CollapseRow,      tb_WaitForCompletion,
    tb_GetCollapseState, tb_SetCollapseState,
};
