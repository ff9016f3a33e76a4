/*
 * test_table.c - CreateTable's ITableData and its IMAPITable views
 * (src/core/tabledata.c): every method, its error codes, the cursor and
 * bookmarks, sorting, restrictions, multi-valued expansion, snapshot and
 * dynamic views, table notifications (through an advise sink written
 * here), the caller's allocators, out-of-memory behaviour, use from
 * several threads at once, and the security context checks of every
 * method (objhdr.h; core only here: a context is a plain id, an instance
 * an objhdr generation).
 *
 * Expected values follow the MAPI reference: QueryRows returns missing
 * columns as PT_ERROR/MAPI_E_NOT_FOUND, PR_NULL columns as PR_NULL, a zero
 * row count is MAPI_E_INVALID_PARAMETER; SeekRow clamps at both ends and
 * reports the rows moved; FreeBookmark of a predefined bookmark is S_OK;
 * HrEnumRow past the end is S_OK with NULL; HrInsertRow of an existing
 * index value is MAPI_E_INVALID_PARAMETER; HrModifyRows notifies row by
 * row up to 8 rows, then TABLE_CHANGED; TAD_ALL_ROWS sends TABLE_RELOAD;
 * propPrior of the first row is PR_NULL.
 */
#include <stdarg.h>
#include <stddef.h>
#include <setjmp.h>
#include <stdint.h>
#include <cmocka.h>

#include <pthread.h>
#include <sched.h>
#include <stdatomic.h>
#include <stdbool.h>
#include <stdio.h>
#include <string.h>

#include <mapiutil.h>
#include <mapiguid.h>

#include "alloc.h"
#include "mapierr.h"
#include "objhdr.h"

#ifndef TAD_ALL_ROWS
#define TAD_ALL_ROWS ((ULONG)0x00000001)
#endif

#define TAG_ID     PROP_TAG(PT_LONG, 0x6701)
#define TAG_NAME   PROP_TAG(PT_UNICODE, 0x6702)
#define TAG_SIZE   PROP_TAG(PT_LONG, 0x6703)
#define TAG_NOTE   PROP_TAG(PT_STRING8, 0x6704)
#define TAG_MV     PROP_TAG(PT_MV_LONG, 0x6705)
#define TAG_MVS    PROP_TAG(PT_MV_UNICODE, 0x6706)
#define TAG_ABSENT PROP_TAG(PT_LONG, 0x6710)

/* ---------------------------------------------------------------------------
 * Helpers
 */

static void check_hr(HRESULT want, HRESULT got, const char *expr,
		     const char *file, int line)
{
	const char *wn = mapierr_name(want), *gn = mapierr_name(got);

	if (want == got)
		return;
	fail_msg("%s:%d: %s\n  expected %s (0x%08x), got %s (0x%08x)", file,
		 line, expr, wn != NULL ? wn : "?", (unsigned)want,
		 gn != NULL ? gn : "?", (unsigned)got);
}

#define assert_hr(want, expr)                                                  \
	check_hr((want), (expr), #expr, __FILE__, __LINE__)

static SPropTagArray *tags3(void)
{
	static SizedSPropTagArray(3, cols) = {3, {TAG_ID, TAG_NAME, TAG_SIZE}};

	return (SPropTagArray *)&cols;
}

static LPTABLEDATA make_table(ULONG type)
{
	LPTABLEDATA td = NULL;

	assert_hr(S_OK, CreateTable(&IID_IMAPITableData, MAPIAllocateBuffer,
				    MAPIAllocateMore, MAPIFreeBuffer, NULL,
				    type, TAG_ID, tags3(), &td));
	assert_non_null(td);
	return td;
}

/* Adds or replaces row id; name NULL leaves the name out. */
static HRESULT put_row(LPTABLEDATA td, LONG id, const WCHAR *name, LONG size)
{
	SPropValue p[3];
	SRow r;
	ULONG n = 0;

	memset(p, 0, sizeof(p));
	p[n].ulPropTag = TAG_ID;
	p[n++].Value.l = id;
	if (name != NULL) {
		p[n].ulPropTag = TAG_NAME;
		p[n++].Value.lpszW = (LPWSTR)name;
	}
	p[n].ulPropTag = TAG_SIZE;
	p[n++].Value.l = size;
	r.ulAdrEntryPad = 0;
	r.cValues = n;
	r.lpProps = p;
	return ITableData_HrModifyRow(td, &r);
}

static SPropValue id_value(LONG id)
{
	SPropValue v;

	memset(&v, 0, sizeof(v));
	v.ulPropTag = TAG_ID;
	v.Value.l = id;
	return v;
}

static const SPropValue *find(const SRow *r, ULONG tag)
{
	for (ULONG i = 0; i < r->cValues; i++)
		if (r->lpProps[i].ulPropTag == tag)
			return &r->lpProps[i];
	return NULL;
}

static LONG row_id(const SRow *r)
{
	const SPropValue *p = find(r, TAG_ID);

	assert_non_null(p);
	return p->Value.l;
}

/* Asks for ask rows from the cursor and checks that ids come back. */
static void expect_query(LPMAPITABLE t, LONG ask, const LONG *ids, ULONG n)
{
	LPSRowSet rows = NULL;

	assert_hr(S_OK, IMAPITable_QueryRows(t, ask, 0, &rows));
	if (rows->cRows != n)
		fail_msg("expected %u rows, got %u", n, rows->cRows);
	for (ULONG i = 0; i < n; i++)
		if (row_id(&rows->aRow[i]) != ids[i])
			fail_msg("row %u: expected id %d, got %d", i, ids[i],
				 row_id(&rows->aRow[i]));
	FreeProws(rows);
}

/* The next n rows from the cursor. */
static void expect_next(LPMAPITABLE t, const LONG *ids, ULONG n)
{
	expect_query(t, (LONG)n, ids, n);
}

/* The whole view from the beginning, and nothing more. */
static void expect_ids(LPMAPITABLE t, const LONG *ids, ULONG n)
{
	assert_hr(S_OK, IMAPITable_SeekRow(t, BOOKMARK_BEGINNING, 0, NULL));
	expect_query(t, (LONG)n + 1, ids, n);
}

static void free_view(LPMAPITABLE t)
{
	assert_int_equal(IMAPITable_Release(t), 0);
}

static void free_table(LPTABLEDATA td)
{
	assert_int_equal(ITableData_Release(td), 0);
}

/* A table with rows 1..5 named e, D, c, B, a and sizes 50, 40, .. 10. */
static LPTABLEDATA table5(ULONG type)
{
	static const WCHAR *names[] = {u"e", u"D", u"c", u"B", u"a"};
	LPTABLEDATA td = make_table(type);

	for (LONG i = 0; i < 5; i++)
		assert_hr(S_OK, put_row(td, i + 1, names[i], 50 - 10 * i));
	return td;
}

static LPMAPITABLE view_of(LPTABLEDATA td)
{
	LPMAPITABLE t = NULL;

	assert_hr(S_OK, ITableData_HrGetView(td, NULL, NULL, 0, &t));
	assert_non_null(t);
	return t;
}

static void sort1(LPMAPITABLE t, ULONG tag, ULONG order)
{
	SizedSSortOrderSet(1, sos) = {1, 0, 0, {{tag, order}}};

	assert_hr(S_OK, IMAPITable_SortTable(t, (LPSSortOrderSet)&sos, 0));
}

/* ---------------------------------------------------------------------------
 * An advise sink that records table notifications
 */

struct rec {
	ULONG event;
	ULONG index_tag;
	LONG index;
	ULONG prior_tag;
	LONG prior;
	ULONG ncols;
	LONG row_id; /* -1: no TAG_ID in the row */
};

struct test_sink {
	IMAPIAdviseSink iface;
	atomic_ulong refs;
	struct rec recs[64];
	unsigned nrecs;
	/* Optional re-entrant behaviour. */
	LPMAPITABLE view;
	ULONG_PTR unadvise_conn;
	ULONG reentrant_rows;
};

static struct test_sink *sink_of(IMAPIAdviseSink *iface)
{
	return (struct test_sink *)(void *)iface;
}

static HRESULT STDMETHODCALLTYPE sink_qi(IMAPIAdviseSink *iface, REFIID riid,
					 LPVOID *ppv)
{
	if (IsEqualIID(riid, &IID_IUnknown) ||
	    IsEqualIID(riid, &IID_IMAPIAdviseSink)) {
		iface->lpVtbl->AddRef(iface);
		*ppv = iface;
		return S_OK;
	}
	*ppv = NULL;
	return MAPI_E_INTERFACE_NOT_SUPPORTED;
}

static ULONG STDMETHODCALLTYPE sink_addref(IMAPIAdviseSink *iface)
{
	return (ULONG)(atomic_fetch_add(&sink_of(iface)->refs, 1) + 1);
}

static ULONG STDMETHODCALLTYPE sink_release(IMAPIAdviseSink *iface)
{
	/* The test owns the memory; only the count matters. */
	return (ULONG)(atomic_fetch_sub(&sink_of(iface)->refs, 1) - 1);
}

static ULONG STDMETHODCALLTYPE sink_notify(IMAPIAdviseSink *iface, ULONG n,
					   LPNOTIFICATION notif)
{
	struct test_sink *s = sink_of(iface);

	for (ULONG i = 0; i < n; i++) {
		const TABLE_NOTIFICATION *tab = &notif[i].info.tab;
		const SPropValue *id;
		struct rec *r;

		assert_int_equal(notif[i].ulEventType, fnevTableModified);
		if (s->nrecs == 64)
			fail_msg("too many notifications");
		r = &s->recs[s->nrecs++];
		r->event = tab->ulTableEvent;
		r->index_tag = tab->propIndex.ulPropTag;
		r->index = tab->propIndex.Value.l;
		r->prior_tag = tab->propPrior.ulPropTag;
		r->prior = tab->propPrior.Value.l;
		r->ncols = tab->row.cValues;
		id = tab->row.cValues != 0 ? find(&tab->row, TAG_ID) : NULL;
		r->row_id = id != NULL ? id->Value.l : -1;
		if (tab->row.cValues == 0)
			assert_null(tab->row.lpProps);
	}
	if (s->view != NULL) {
		/* Calling back into the table from OnNotify must work. */
		LPSRowSet rows = NULL;

		assert_hr(S_OK, IMAPITable_SeekRow(s->view, BOOKMARK_BEGINNING,
						   0, NULL));
		assert_hr(S_OK, IMAPITable_QueryRows(s->view, 100, 0, &rows));
		s->reentrant_rows = rows->cRows;
		FreeProws(rows);
		if (s->unadvise_conn != 0) {
			assert_hr(S_OK, IMAPITable_Unadvise(s->view,
							    s->unadvise_conn));
			s->unadvise_conn = 0;
		}
	}
	return 0;
}

static const IMAPIAdviseSinkVtbl sink_vtbl = {sink_qi, sink_addref,
					      sink_release, sink_notify};

static void sink_init(struct test_sink *s)
{
	memset(s, 0, sizeof(*s));
	s->iface.lpVtbl = &sink_vtbl;
	atomic_init(&s->refs, 1);
}

static ULONG_PTR advise(LPMAPITABLE t, struct test_sink *s)
{
	ULONG_PTR conn = 0;

	assert_hr(S_OK,
		  IMAPITable_Advise(t, fnevTableModified, &s->iface, &conn));
	assert_true(conn != 0);
	return conn;
}

static void expect_rec(const struct test_sink *s, unsigned i, ULONG event,
		       LONG index, LONG prior, LONG row_id)
{
	const struct rec *r;

	if (i >= s->nrecs)
		fail_msg("notification %u missing (got %u)", i, s->nrecs);
	r = &s->recs[i];
	assert_int_equal(r->event, event);
	if (event == TABLE_CHANGED || event == TABLE_RELOAD) {
		assert_int_equal(r->ncols, 0);
		return;
	}
	assert_int_equal(r->index_tag, TAG_ID);
	assert_int_equal(r->index, index);
	if (prior < 0) {
		assert_int_equal(r->prior_tag, PR_NULL);
	} else {
		assert_int_equal(r->prior_tag, TAG_ID);
		assert_int_equal(r->prior, prior);
	}
	assert_int_equal(r->row_id, row_id);
}

/* ---------------------------------------------------------------------------
 * CreateTable and the objects
 */

static void test_create_table_args(void **state)
{
	SizedSPropTagArray(1, one) = {1, {TAG_ID}};
	LPTABLEDATA td = (LPTABLEDATA)1;

	(void)state;
	assert_hr(MAPI_E_INVALID_PARAMETER,
		  CreateTable(NULL, MAPIAllocateBuffer, MAPIAllocateMore,
			      MAPIFreeBuffer, NULL, TBLTYPE_DYNAMIC, TAG_ID,
			      (LPSPropTagArray)&one, NULL));
	assert_hr(MAPI_E_INTERFACE_NOT_SUPPORTED,
		  CreateTable(&IID_IMAPITable, MAPIAllocateBuffer,
			      MAPIAllocateMore, MAPIFreeBuffer, NULL,
			      TBLTYPE_DYNAMIC, TAG_ID, (LPSPropTagArray)&one,
			      &td));
	assert_null(td);
	assert_hr(MAPI_E_INVALID_PARAMETER,
		  CreateTable(NULL, MAPIAllocateBuffer, MAPIAllocateMore,
			      MAPIFreeBuffer, (LPVOID)&one, TBLTYPE_DYNAMIC,
			      TAG_ID, (LPSPropTagArray)&one, &td));
	assert_hr(MAPI_E_INVALID_PARAMETER,
		  CreateTable(NULL, MAPIAllocateBuffer, MAPIAllocateMore,
			      MAPIFreeBuffer, NULL, 3, TAG_ID,
			      (LPSPropTagArray)&one, &td));
	/* Multi-valued, error and unknown types cannot index rows. */
	assert_hr(MAPI_E_INVALID_PARAMETER,
		  CreateTable(NULL, MAPIAllocateBuffer, MAPIAllocateMore,
			      MAPIFreeBuffer, NULL, TBLTYPE_DYNAMIC, TAG_MV,
			      (LPSPropTagArray)&one, &td));
	assert_hr(MAPI_E_INVALID_PARAMETER,
		  CreateTable(NULL, MAPIAllocateBuffer, MAPIAllocateMore,
			      MAPIFreeBuffer, NULL, TBLTYPE_DYNAMIC,
			      PROP_TAG(PT_ERROR, 0x6701), (LPSPropTagArray)&one,
			      &td));
	assert_hr(MAPI_E_INVALID_PARAMETER,
		  CreateTable(NULL, MAPIAllocateBuffer, MAPIAllocateMore,
			      MAPIFreeBuffer, NULL, TBLTYPE_DYNAMIC,
			      PROP_TAG(0x77, 0x6701), (LPSPropTagArray)&one,
			      &td));
	assert_hr(MAPI_E_INVALID_PARAMETER,
		  CreateTable(NULL, MAPIAllocateBuffer, MAPIAllocateMore,
			      MAPIFreeBuffer, NULL, TBLTYPE_DYNAMIC, TAG_ID,
			      NULL, &td));
	/* NULL interface means IID_IMAPITableData; NULL allocators the
	 * MAPI ones. */
	assert_hr(S_OK,
		  CreateTable(NULL, NULL, NULL, NULL, NULL, TBLTYPE_SNAPSHOT,
			      TAG_ID, (LPSPropTagArray)&one, &td));
	assert_non_null(td);
	free_table(td);
}

static void test_query_interface(void **state)
{
	LPTABLEDATA td = make_table(TBLTYPE_DYNAMIC);
	LPMAPITABLE t = view_of(td);
	LPVOID p = (LPVOID)1;

	(void)state;
	assert_hr(S_OK, ITableData_QueryInterface(td, &IID_IUnknown, &p));
	assert_ptr_equal(p, td);
	assert_int_equal(ITableData_Release(td), 2); /* the view holds one */
	assert_hr(S_OK, ITableData_QueryInterface(td, &IID_IMAPITableData, &p));
	assert_ptr_equal(p, td);
	ITableData_Release(td);
	assert_hr(MAPI_E_INTERFACE_NOT_SUPPORTED,
		  ITableData_QueryInterface(td, &IID_IMAPITable, &p));
	assert_null(p);
	assert_hr(MAPI_E_INVALID_PARAMETER,
		  ITableData_QueryInterface(td, &IID_IUnknown, NULL));

	assert_hr(S_OK, IMAPITable_QueryInterface(t, &IID_IMAPITable, &p));
	assert_ptr_equal(p, t);
	assert_int_equal(IMAPITable_Release(t), 1);
	assert_hr(S_OK, IMAPITable_QueryInterface(t, &IID_IUnknown, &p));
	assert_ptr_equal(p, t);
	IMAPITable_Release(t);
	assert_hr(MAPI_E_INTERFACE_NOT_SUPPORTED,
		  IMAPITable_QueryInterface(t, &IID_IMAPITableData, &p));
	assert_null(p);
	assert_int_equal(IMAPITable_AddRef(t), 2);
	assert_int_equal(IMAPITable_Release(t), 1);
	free_view(t);
	free_table(td);
}

static void test_modify_query_enum(void **state)
{
	LPTABLEDATA td = make_table(TBLTYPE_DYNAMIC);
	SPropValue key = id_value(2), bad[2];
	LPSRow row = NULL;
	ULONG pos = 99;
	SRow r;

	(void)state;
	assert_hr(S_OK, put_row(td, 1, u"one", 10));
	assert_hr(S_OK, put_row(td, 2, u"two", 20));
	assert_hr(S_OK, put_row(td, 3, u"three", 30));

	assert_hr(S_OK, ITableData_HrQueryRow(td, &key, &row, &pos));
	assert_int_equal(pos, 1);
	assert_int_equal(row->cValues, 3);
	assert_int_equal(find(row, TAG_SIZE)->Value.l, 20);
	assert_memory_equal(find(row, TAG_NAME)->Value.lpszW, u"two",
			    4 * sizeof(WCHAR));
	assert_hr(S_OK, MAPIFreeBuffer(row));
	/* lpuliRow is optional. */
	assert_hr(S_OK, ITableData_HrQueryRow(td, &key, &row, NULL));
	MAPIFreeBuffer(row);

	/* Replacing keeps the position. */
	assert_hr(S_OK, put_row(td, 2, u"deux", 22));
	assert_hr(S_OK, ITableData_HrQueryRow(td, &key, &row, &pos));
	assert_int_equal(pos, 1);
	assert_int_equal(find(row, TAG_SIZE)->Value.l, 22);
	MAPIFreeBuffer(row);

	key = id_value(7);
	assert_hr(MAPI_E_NOT_FOUND,
		  ITableData_HrQueryRow(td, &key, &row, &pos));
	assert_null(row);
	key.ulPropTag = TAG_SIZE;
	assert_hr(MAPI_E_INVALID_PARAMETER,
		  ITableData_HrQueryRow(td, &key, &row, &pos));
	assert_hr(MAPI_E_INVALID_PARAMETER,
		  ITableData_HrQueryRow(td, NULL, &row, &pos));
	key = id_value(1);
	assert_hr(MAPI_E_INVALID_PARAMETER,
		  ITableData_HrQueryRow(td, &key, NULL, &pos));

	/* HrEnumRow goes by insertion order. */
	assert_hr(S_OK, ITableData_HrEnumRow(td, 2, &row));
	assert_int_equal(row_id(row), 3);
	MAPIFreeBuffer(row);
	assert_hr(S_OK, ITableData_HrEnumRow(td, 0, &row));
	assert_int_equal(row_id(row), 1);
	MAPIFreeBuffer(row);
	row = (LPSRow)1;
	assert_hr(S_OK, ITableData_HrEnumRow(td, 3, &row));
	assert_null(row);
	assert_hr(MAPI_E_INVALID_PARAMETER, ITableData_HrEnumRow(td, 0, NULL));

	/* Rows without the index column, or with values that cannot be
	 * stored, are refused. */
	memset(bad, 0, sizeof(bad));
	bad[0].ulPropTag = TAG_SIZE;
	r.ulAdrEntryPad = 0;
	r.cValues = 1;
	r.lpProps = bad;
	assert_hr(MAPI_E_INVALID_PARAMETER, ITableData_HrModifyRow(td, &r));
	bad[0] = id_value(9);
	bad[1].ulPropTag = TAG_NAME;
	bad[1].Value.lpszW = NULL;
	r.cValues = 2;
	assert_hr(MAPI_E_INVALID_PARAMETER, ITableData_HrModifyRow(td, &r));
	bad[1].ulPropTag = PROP_TAG(PT_LONG | MV_INSTANCE, 0x6720);
	assert_hr(MAPI_E_INVALID_PARAMETER, ITableData_HrModifyRow(td, &r));
	bad[1].ulPropTag = PROP_TAG(0x0077, 0x6720);
	assert_hr(MAPI_E_INVALID_PARAMETER, ITableData_HrModifyRow(td, &r));
	r.lpProps = NULL;
	assert_hr(MAPI_E_INVALID_PARAMETER, ITableData_HrModifyRow(td, &r));
	assert_hr(MAPI_E_INVALID_PARAMETER, ITableData_HrModifyRow(td, NULL));
	key = id_value(9);
	assert_hr(MAPI_E_NOT_FOUND,
		  ITableData_HrQueryRow(td, &key, &row, NULL));
	free_table(td);
}

static void test_delete_rows(void **state)
{
	LPTABLEDATA td = table5(TBLTYPE_DYNAMIC);
	SPropValue key = id_value(2), keys[4];
	SRow rs_rows[4];
	SizedSRowSet(4, setbuf);
	LPSRowSet set = (LPSRowSet)&setbuf;
	LPSRow row = NULL;
	ULONG n = 99;

	(void)state;
	assert_hr(S_OK, ITableData_HrDeleteRow(td, &key));
	assert_hr(MAPI_E_NOT_FOUND, ITableData_HrDeleteRow(td, &key));
	key.ulPropTag = TAG_SIZE;
	assert_hr(MAPI_E_INVALID_PARAMETER, ITableData_HrDeleteRow(td, &key));
	assert_hr(MAPI_E_INVALID_PARAMETER, ITableData_HrDeleteRow(td, NULL));
	/* Positions close up. */
	assert_hr(S_OK, ITableData_HrEnumRow(td, 1, &row));
	assert_int_equal(row_id(row), 3);
	MAPIFreeBuffer(row);

	keys[0] = id_value(1);
	keys[1] = id_value(42); /* not there: skipped */
	keys[2] = id_value(4);
	for (int i = 0; i < 3; i++) {
		rs_rows[i].ulAdrEntryPad = 0;
		rs_rows[i].cValues = 1;
		rs_rows[i].lpProps = &keys[i];
		set->aRow[i] = rs_rows[i];
	}
	set->cRows = 3;
	assert_hr(MAPI_E_UNKNOWN_FLAGS,
		  ITableData_HrDeleteRows(td, 0x10, set, &n));
	assert_hr(MAPI_E_INVALID_PARAMETER,
		  ITableData_HrDeleteRows(td, 0, NULL, &n));
	/* A row without the index column: nothing is deleted. */
	keys[3].ulPropTag = TAG_SIZE;
	keys[3].Value.l = 3;
	set->aRow[3].ulAdrEntryPad = 0;
	set->aRow[3].cValues = 1;
	set->aRow[3].lpProps = &keys[3];
	set->cRows = 4;
	assert_hr(MAPI_E_INVALID_PARAMETER,
		  ITableData_HrDeleteRows(td, 0, set, &n));
	assert_hr(S_OK, ITableData_HrEnumRow(td, 0, &row));
	assert_int_equal(row_id(row), 1);
	MAPIFreeBuffer(row);
	set->cRows = 3;
	assert_hr(S_OK, ITableData_HrDeleteRows(td, 0, set, &n));
	assert_int_equal(n, 2);
	assert_hr(S_OK, ITableData_HrEnumRow(td, 0, &row));
	assert_int_equal(row_id(row), 3);
	MAPIFreeBuffer(row);
	/* cRowsDeleted is optional; TAD_ALL_ROWS takes everything. */
	assert_hr(S_OK, ITableData_HrDeleteRows(td, TAD_ALL_ROWS, NULL, &n));
	assert_int_equal(n, 2);
	assert_hr(S_OK, ITableData_HrEnumRow(td, 0, &row));
	assert_null(row);
	assert_hr(S_OK, put_row(td, 1, u"again", 1));
	assert_hr(S_OK, ITableData_HrDeleteRows(td, TAD_ALL_ROWS, NULL, NULL));
	free_table(td);
}

static void test_insert_row(void **state)
{
	LPTABLEDATA td = make_table(TBLTYPE_DYNAMIC);
	LPMAPITABLE t;
	SPropValue p = id_value(10);
	SRow r = {0, 1, &p};
	static const LONG want[] = {30, 10, 40, 20, 50};

	(void)state;
	assert_hr(S_OK, ITableData_HrInsertRow(td, 0, &r)); /* 10 */
	p = id_value(20);
	assert_hr(S_OK, ITableData_HrInsertRow(td, 1, &r)); /* 10 20 */
	p = id_value(30);
	assert_hr(S_OK, ITableData_HrInsertRow(td, 0, &r)); /* 30 10 20 */
	p = id_value(40);
	assert_hr(S_OK, ITableData_HrInsertRow(td, 2, &r)); /* 30 10 40 20 */
	p = id_value(50);
	assert_hr(MAPI_E_INVALID_PARAMETER, ITableData_HrInsertRow(td, 5, &r));
	assert_hr(S_OK, ITableData_HrInsertRow(td, 4, &r));
	p = id_value(40);
	assert_hr(MAPI_E_INVALID_PARAMETER, ITableData_HrInsertRow(td, 0, &r));
	assert_hr(MAPI_E_INVALID_PARAMETER,
		  ITableData_HrInsertRow(td, 0, NULL));
	p.ulPropTag = TAG_SIZE;
	assert_hr(MAPI_E_INVALID_PARAMETER, ITableData_HrInsertRow(td, 0, &r));
	t = view_of(td);
	expect_ids(t, want, 5);
	free_view(t);
	free_table(td);
}

static void test_modify_rows(void **state)
{
	LPTABLEDATA td = make_table(TBLTYPE_DYNAMIC);
	SPropValue p[3][2];
	SizedSRowSet(3, setbuf);
	LPSRowSet set = (LPSRowSet)&setbuf;
	LPSRow row;
	SPropValue key = id_value(1);

	(void)state;
	for (int i = 0; i < 3; i++) {
		p[i][0] = id_value(i + 1);
		p[i][1].ulPropTag = TAG_SIZE;
		p[i][1].Value.l = 100 + i;
		set->aRow[i].ulAdrEntryPad = 0;
		set->aRow[i].cValues = 2;
		set->aRow[i].lpProps = p[i];
	}
	set->cRows = 3;
	assert_hr(MAPI_E_UNKNOWN_FLAGS, ITableData_HrModifyRows(td, 1, set));
	assert_hr(MAPI_E_INVALID_PARAMETER,
		  ITableData_HrModifyRows(td, 0, NULL));
	/* One row without an index: no row is changed. */
	p[2][0].ulPropTag = TAG_NAME;
	p[2][0].Value.lpszW = (LPWSTR)u"x";
	assert_hr(MAPI_E_INVALID_PARAMETER,
		  ITableData_HrModifyRows(td, 0, set));
	assert_hr(S_OK, ITableData_HrEnumRow(td, 0, &row));
	assert_null(row);
	p[2][0] = id_value(1); /* replaces the first one */
	assert_hr(S_OK, ITableData_HrModifyRows(td, 0, set));
	assert_hr(S_OK, ITableData_HrQueryRow(td, &key, &row, NULL));
	assert_int_equal(find(row, TAG_SIZE)->Value.l, 102);
	MAPIFreeBuffer(row);
	assert_hr(S_OK, ITableData_HrEnumRow(td, 1, &row));
	assert_int_equal(row_id(row), 2);
	MAPIFreeBuffer(row);
	assert_hr(S_OK, ITableData_HrEnumRow(td, 2, &row));
	assert_null(row);
	free_table(td);
}

/* ---------------------------------------------------------------------------
 * Views: columns, rows, cursor
 */

static void test_columns(void **state)
{
	LPTABLEDATA td = table5(TBLTYPE_DYNAMIC);
	LPMAPITABLE t = view_of(td), t2;
	LPSPropTagArray cols = NULL;
	SizedSPropTagArray(4, set) = {4,
				      {TAG_SIZE, PR_NULL, TAG_ABSENT, TAG_ID}};
	SPropValue p[2];
	SRow r = {0, 2, p};
	LPSRowSet rows = NULL;

	(void)state;
	assert_hr(S_OK, IMAPITable_QueryColumns(t, 0, &cols));
	assert_int_equal(cols->cValues, 3);
	assert_int_equal(cols->aulPropTag[0], TAG_ID);
	assert_int_equal(cols->aulPropTag[1], TAG_NAME);
	assert_int_equal(cols->aulPropTag[2], TAG_SIZE);
	MAPIFreeBuffer(cols);

	/* A new tag becomes available, not part of existing column sets. */
	p[0] = id_value(6);
	p[1].ulPropTag = TAG_NOTE;
	p[1].Value.lpszA = (LPSTR) "note";
	assert_hr(S_OK, ITableData_HrModifyRow(td, &r));
	assert_hr(S_OK, IMAPITable_QueryColumns(t, 0, &cols));
	assert_int_equal(cols->cValues, 3);
	MAPIFreeBuffer(cols);
	assert_hr(S_OK, IMAPITable_QueryColumns(t, TBL_ALL_COLUMNS, &cols));
	assert_int_equal(cols->cValues, 4);
	assert_int_equal(cols->aulPropTag[3], TAG_NOTE);
	MAPIFreeBuffer(cols);
	/* Deleting its only row does not take it away; new views get it. */
	p[0] = id_value(6);
	assert_hr(S_OK, ITableData_HrDeleteRow(td, &p[0]));
	t2 = view_of(td);
	assert_hr(S_OK, IMAPITable_QueryColumns(t2, 0, &cols));
	assert_int_equal(cols->cValues, 4);
	MAPIFreeBuffer(cols);
	free_view(t2);

	assert_hr(MAPI_E_UNKNOWN_FLAGS, IMAPITable_QueryColumns(t, 2, &cols));
	assert_hr(MAPI_E_INVALID_PARAMETER,
		  IMAPITable_QueryColumns(t, 0, NULL));

	/* SetColumns: order kept, PR_NULL kept, missing is NOT_FOUND. */
	assert_hr(S_OK,
		  IMAPITable_SetColumns(t, (LPSPropTagArray)&set, TBL_BATCH));
	assert_hr(S_OK, IMAPITable_QueryColumns(t, 0, &cols));
	assert_int_equal(cols->cValues, 4);
	assert_int_equal(cols->aulPropTag[1], PR_NULL);
	MAPIFreeBuffer(cols);
	assert_hr(S_OK, IMAPITable_QueryRows(t, 1, 0, &rows));
	assert_int_equal(rows->cRows, 1);
	assert_int_equal(rows->aRow[0].cValues, 4);
	assert_int_equal(rows->aRow[0].lpProps[0].ulPropTag, TAG_SIZE);
	assert_int_equal(rows->aRow[0].lpProps[0].Value.l, 50);
	assert_int_equal(rows->aRow[0].lpProps[1].ulPropTag, PR_NULL);
	assert_int_equal(rows->aRow[0].lpProps[2].ulPropTag,
			 PROP_TAG(PT_ERROR, 0x6710));
	assert_int_equal(rows->aRow[0].lpProps[2].Value.err, MAPI_E_NOT_FOUND);
	assert_int_equal(rows->aRow[0].lpProps[3].Value.l, 1);
	FreeProws(rows);

	set.cValues = 0;
	assert_hr(MAPI_E_INVALID_PARAMETER,
		  IMAPITable_SetColumns(t, (LPSPropTagArray)&set, 0));
	assert_hr(MAPI_E_INVALID_PARAMETER, IMAPITable_SetColumns(t, NULL, 0));
	set.cValues = 1;
	assert_hr(MAPI_E_UNKNOWN_FLAGS,
		  IMAPITable_SetColumns(t, (LPSPropTagArray)&set, 0x100));
	free_view(t);
	free_table(td);
}

static void test_missing_column_value(void **state)
{
	LPTABLEDATA td = make_table(TBLTYPE_DYNAMIC);
	LPMAPITABLE t;
	LPSRowSet rows = NULL;

	(void)state;
	assert_hr(S_OK, put_row(td, 1, NULL, 5));
	t = view_of(td);
	assert_hr(S_OK, IMAPITable_QueryRows(t, 10, 0, &rows));
	assert_int_equal(rows->cRows, 1);
	assert_int_equal(rows->aRow[0].cValues, 3);
	assert_int_equal(rows->aRow[0].lpProps[1].ulPropTag,
			 PROP_TAG(PT_ERROR, PROP_ID(TAG_NAME)));
	assert_int_equal(rows->aRow[0].lpProps[1].Value.err, MAPI_E_NOT_FOUND);
	FreeProws(rows);
	free_view(t);
	free_table(td);
}

static void test_query_rows_cursor(void **state)
{
	LPTABLEDATA td = table5(TBLTYPE_DYNAMIC);
	LPMAPITABLE t = view_of(td);
	LPSRowSet rows = (LPSRowSet)1;
	ULONG row, num, den, count;
	static const LONG all[] = {1, 2, 3, 4, 5};

	(void)state;
	assert_hr(S_OK, IMAPITable_GetRowCount(t, 0, &count));
	assert_int_equal(count, 5);
	assert_hr(MAPI_E_UNKNOWN_FLAGS, IMAPITable_GetRowCount(t, 1, &count));
	assert_hr(MAPI_E_INVALID_PARAMETER, IMAPITable_GetRowCount(t, 0, NULL));

	expect_next(t, all, 2);
	assert_hr(S_OK, IMAPITable_QueryPosition(t, &row, &num, &den));
	assert_int_equal(row, 2);
	assert_int_equal(num, 2);
	assert_int_equal(den, 5);
	/* TBL_NOADVANCE leaves the cursor. */
	assert_hr(S_OK, IMAPITable_QueryRows(t, 2, TBL_NOADVANCE, &rows));
	assert_int_equal(rows->cRows, 2);
	assert_int_equal(row_id(&rows->aRow[0]), 3);
	FreeProws(rows);
	expect_next(t, all + 2, 3);
	/* At the end: zero rows, still S_OK. */
	assert_hr(S_OK, IMAPITable_QueryRows(t, 1, 0, &rows));
	assert_int_equal(rows->cRows, 0);
	FreeProws(rows);
	assert_hr(S_OK, IMAPITable_QueryPosition(t, &row, &num, &den));
	assert_int_equal(row, 5);
	/* Backwards: the rows before the cursor, in forward order, and the
	 * cursor moves back to the first of them. */
	assert_hr(S_OK, IMAPITable_QueryRows(t, -2, 0, &rows));
	assert_int_equal(rows->cRows, 2);
	assert_int_equal(row_id(&rows->aRow[0]), 4);
	assert_int_equal(row_id(&rows->aRow[1]), 5);
	FreeProws(rows);
	assert_hr(S_OK, IMAPITable_QueryPosition(t, &row, &num, &den));
	assert_int_equal(row, 3);
	assert_hr(S_OK, IMAPITable_QueryRows(t, -10, TBL_NOADVANCE, &rows));
	assert_int_equal(rows->cRows, 3);
	assert_int_equal(row_id(&rows->aRow[0]), 1);
	FreeProws(rows);
	assert_hr(S_OK, IMAPITable_QueryPosition(t, &row, &num, &den));
	assert_int_equal(row, 3);
	assert_hr(S_OK, IMAPITable_SeekRow(t, BOOKMARK_BEGINNING, 0, NULL));
	assert_hr(S_OK, IMAPITable_QueryRows(t, -1, 0, &rows));
	assert_int_equal(rows->cRows, 0);
	FreeProws(rows);

	rows = (LPSRowSet)1;
	assert_hr(MAPI_E_INVALID_PARAMETER,
		  IMAPITable_QueryRows(t, 0, 0, &rows));
	assert_null(rows);
	assert_hr(MAPI_E_UNKNOWN_FLAGS, IMAPITable_QueryRows(t, 1, 2, &rows));
	assert_hr(MAPI_E_INVALID_PARAMETER,
		  IMAPITable_QueryRows(t, 1, 0, NULL));
	assert_hr(MAPI_E_INVALID_PARAMETER,
		  IMAPITable_QueryPosition(t, NULL, &num, &den));
	free_view(t);
	free_table(td);
}

static void test_seek_row(void **state)
{
	LPTABLEDATA td = table5(TBLTYPE_DYNAMIC);
	LPMAPITABLE t = view_of(td);
	LONG sought = 99;
	ULONG row, num, den;
	static const LONG ids[] = {1, 2, 3, 4, 5};

	(void)state;
	assert_hr(S_OK, IMAPITable_SeekRow(t, BOOKMARK_BEGINNING, 3, &sought));
	assert_int_equal(sought, 3);
	expect_next(t, ids + 3, 1);
	assert_hr(S_OK, IMAPITable_SeekRow(t, BOOKMARK_CURRENT, -2, &sought));
	assert_int_equal(sought, -2);
	expect_next(t, ids + 2, 1);
	/* Past either end it stops there. */
	assert_hr(S_OK, IMAPITable_SeekRow(t, BOOKMARK_CURRENT, 50, &sought));
	assert_int_equal(sought, 2);
	assert_hr(S_OK, IMAPITable_QueryPosition(t, &row, &num, &den));
	assert_int_equal(row, 5);
	assert_hr(S_OK, IMAPITable_SeekRow(t, BOOKMARK_END, -50, &sought));
	assert_int_equal(sought, -5);
	expect_next(t, ids, 1);
	assert_hr(S_OK, IMAPITable_SeekRow(t, BOOKMARK_END, -1, NULL));
	expect_next(t, ids + 4, 1);
	assert_hr(S_OK, IMAPITable_SeekRow(t, BOOKMARK_BEGINNING, -1, &sought));
	assert_int_equal(sought, 0);
	assert_hr(MAPI_E_INVALID_BOOKMARK,
		  IMAPITable_SeekRow(t, (BOOKMARK)12345, 0, &sought));

	/* SeekRowApprox: fraction of the row count. */
	assert_hr(S_OK, IMAPITable_SeekRowApprox(t, 2, 5));
	expect_next(t, ids + 2, 1);
	assert_hr(S_OK, IMAPITable_SeekRowApprox(t, 0, 7));
	expect_next(t, ids, 1);
	assert_hr(S_OK, IMAPITable_SeekRowApprox(t, 3, 3));
	assert_hr(S_OK, IMAPITable_QueryPosition(t, &row, &num, &den));
	assert_int_equal(row, 5);
	assert_hr(MAPI_E_INVALID_PARAMETER, IMAPITable_SeekRowApprox(t, 1, 0));
	assert_hr(MAPI_E_INVALID_PARAMETER, IMAPITable_SeekRowApprox(t, 4, 3));
	free_view(t);
	free_table(td);
}

static void test_bookmarks(void **state)
{
	LPTABLEDATA td = table5(TBLTYPE_DYNAMIC);
	LPMAPITABLE t = view_of(td);
	BOOKMARK bk = 0, bk2 = 0;
	SPropValue key = id_value(3);
	LONG sought;
	static const LONG ids[] = {1, 2, 3, 4, 5};

	(void)state;
	assert_hr(S_OK, IMAPITable_SeekRow(t, BOOKMARK_BEGINNING, 2, NULL));
	assert_hr(S_OK, IMAPITable_CreateBookmark(t, &bk));
	assert_true(bk > BOOKMARK_END);
	assert_hr(S_OK, IMAPITable_SeekRow(t, BOOKMARK_END, 0, NULL));
	assert_hr(S_OK, IMAPITable_SeekRow(t, bk, 0, &sought));
	assert_int_equal(sought, 0);
	expect_next(t, ids + 2, 1);
	assert_hr(S_OK, IMAPITable_SeekRow(t, bk, 1, &sought));
	expect_next(t, ids + 3, 1);
	/* A row added before the bookmarked one: the bookmark follows. */
	{
		SPropValue p = id_value(0);
		SRow r = {0, 1, &p};

		assert_hr(S_OK, ITableData_HrInsertRow(td, 0, &r));
	}
	assert_hr(S_OK, IMAPITable_SeekRow(t, bk, 0, NULL));
	expect_next(t, ids + 2, 1);
	/* Its row goes: the bookmark moves to the next row, once. */
	assert_hr(S_OK, ITableData_HrDeleteRow(td, &key));
	assert_hr(MAPI_W_POSITION_CHANGED, IMAPITable_SeekRow(t, bk, 0, NULL));
	expect_next(t, ids + 3, 1);
	assert_hr(S_OK, IMAPITable_SeekRow(t, bk, 0, NULL));
	/* Freeing. */
	assert_hr(S_OK, IMAPITable_CreateBookmark(t, &bk2));
	assert_true(bk2 != bk);
	assert_hr(S_OK, IMAPITable_FreeBookmark(t, bk));
	assert_hr(MAPI_E_INVALID_BOOKMARK, IMAPITable_FreeBookmark(t, bk));
	assert_hr(MAPI_E_INVALID_BOOKMARK, IMAPITable_SeekRow(t, bk, 0, NULL));
	assert_hr(S_OK, IMAPITable_FreeBookmark(t, BOOKMARK_BEGINNING));
	assert_hr(S_OK, IMAPITable_FreeBookmark(t, BOOKMARK_CURRENT));
	assert_hr(S_OK, IMAPITable_FreeBookmark(t, BOOKMARK_END));
	assert_hr(MAPI_E_INVALID_PARAMETER, IMAPITable_CreateBookmark(t, NULL));
	/* SortTable discards bookmarks (bk2 is left for Release). */
	sort1(t, TAG_SIZE, TABLE_SORT_ASCEND);
	assert_hr(MAPI_E_INVALID_BOOKMARK, IMAPITable_SeekRow(t, bk2, 0, NULL));
	assert_hr(S_OK, IMAPITable_CreateBookmark(t, &bk2));
	free_view(t);
	free_table(td);
}

static void test_bookmark_limit(void **state)
{
	LPTABLEDATA td = table5(TBLTYPE_DYNAMIC);
	LPMAPITABLE t = view_of(td);
	BOOKMARK bk;
	HRESULT hr = S_OK;
	ULONG n = 0;

	(void)state;
	while ((hr = IMAPITable_CreateBookmark(t, &bk)) == S_OK && n < 100000)
		n++;
	assert_hr(MAPI_E_UNABLE_TO_COMPLETE, hr);
	assert_int_equal(n, 0x10000);
	free_view(t);
	free_table(td);
}

static void test_find_row(void **state)
{
	LPTABLEDATA td = table5(TBLTYPE_DYNAMIC);
	LPMAPITABLE t = view_of(td);
	SPropValue v;
	SRestriction res;
	BOOKMARK bk;
	ULONG row, num, den;
	static const LONG ids[] = {1, 2, 3, 4, 5};

	(void)state;
	/* size <= 30: rows 3, 4, 5. */
	memset(&v, 0, sizeof(v));
	v.ulPropTag = TAG_SIZE;
	v.Value.l = 30;
	res.rt = RES_PROPERTY;
	res.res.resProperty.relop = RELOP_LE;
	res.res.resProperty.ulPropTag = TAG_SIZE;
	res.res.resProperty.lpProp = &v;

	assert_hr(S_OK, IMAPITable_FindRow(t, &res, BOOKMARK_BEGINNING, 0));
	expect_next(t, ids + 2, 1);
	/* From the current row (4). */
	assert_hr(S_OK, IMAPITable_FindRow(t, &res, BOOKMARK_CURRENT, 0));
	expect_next(t, ids + 3, 1);
	/* Backward from the end: the last match. */
	assert_hr(S_OK,
		  IMAPITable_FindRow(t, &res, BOOKMARK_END, DIR_BACKWARD));
	expect_next(t, ids + 4, 1);
	/* Backward starts at the row before the origin. */
	assert_hr(S_OK, IMAPITable_SeekRow(t, BOOKMARK_BEGINNING, 3, NULL));
	assert_hr(S_OK,
		  IMAPITable_FindRow(t, &res, BOOKMARK_CURRENT, DIR_BACKWARD));
	expect_next(t, ids + 2, 1);
	/* Nothing before row 3: not found, cursor stays. */
	assert_hr(S_OK, IMAPITable_SeekRow(t, BOOKMARK_BEGINNING, 2, NULL));
	assert_hr(MAPI_E_NOT_FOUND,
		  IMAPITable_FindRow(t, &res, BOOKMARK_CURRENT, DIR_BACKWARD));
	assert_hr(S_OK, IMAPITable_QueryPosition(t, &row, &num, &den));
	assert_int_equal(row, 2);
	v.Value.l = 0;
	assert_hr(MAPI_E_NOT_FOUND,
		  IMAPITable_FindRow(t, &res, BOOKMARK_BEGINNING, 0));
	/* From a bookmark whose row went away. */
	v.Value.l = 30;
	assert_hr(S_OK, IMAPITable_SeekRow(t, BOOKMARK_BEGINNING, 1, NULL));
	assert_hr(S_OK, IMAPITable_CreateBookmark(t, &bk));
	{
		SPropValue key = id_value(2);

		assert_hr(S_OK, ITableData_HrDeleteRow(td, &key));
	}
	assert_hr(MAPI_W_POSITION_CHANGED, IMAPITable_FindRow(t, &res, bk, 0));
	expect_next(t, ids + 2, 1);
	assert_hr(S_OK, IMAPITable_FreeBookmark(t, bk));
	assert_hr(MAPI_E_INVALID_BOOKMARK, IMAPITable_FindRow(t, &res, bk, 0));

	assert_hr(MAPI_E_INVALID_PARAMETER,
		  IMAPITable_FindRow(t, NULL, BOOKMARK_BEGINNING, 0));
	assert_hr(MAPI_E_UNKNOWN_FLAGS,
		  IMAPITable_FindRow(t, &res, BOOKMARK_BEGINNING, 2));
	res.res.resProperty.relop = RELOP_RE;
	assert_hr(MAPI_E_TOO_COMPLEX,
		  IMAPITable_FindRow(t, &res, BOOKMARK_BEGINNING, 0));
	res.rt = 0x55;
	assert_hr(MAPI_E_INVALID_PARAMETER,
		  IMAPITable_FindRow(t, &res, BOOKMARK_BEGINNING, 0));
	free_view(t);
	free_table(td);
}

static void test_restrict(void **state)
{
	LPTABLEDATA td = table5(TBLTYPE_DYNAMIC);
	LPMAPITABLE t = view_of(td);
	SPropValue v, needle;
	SRestriction res, kids[2];
	ULONG count, row, num, den;
	static const LONG small[] = {3, 4, 5}, odd[] = {1, 3, 5};
	static const LONG all[] = {1, 2, 3, 4, 5}, ce[] = {1, 3};

	(void)state;
	memset(&v, 0, sizeof(v));
	v.ulPropTag = TAG_SIZE;
	v.Value.l = 30;
	res.rt = RES_PROPERTY;
	res.res.resProperty.relop = RELOP_LE;
	res.res.resProperty.ulPropTag = TAG_SIZE;
	res.res.resProperty.lpProp = &v;
	assert_hr(S_OK, IMAPITable_SeekRow(t, BOOKMARK_BEGINNING, 2, NULL));
	assert_hr(S_OK, IMAPITable_Restrict(t, &res, 0));
	/* The cursor goes back to the beginning. */
	assert_hr(S_OK, IMAPITable_QueryPosition(t, &row, &num, &den));
	assert_int_equal(row, 0);
	assert_hr(S_OK, IMAPITable_GetRowCount(t, 0, &count));
	assert_int_equal(count, 3);
	expect_ids(t, small, 3);
	/* The restriction was copied: changing ours does nothing. */
	v.Value.l = 0;
	expect_ids(t, small, 3);

	/* Bitmask on the size: odd tens (50, 30, 10). */
	res.rt = RES_BITMASK;
	res.res.resBitMask.relBMR = BMR_NEZ;
	res.res.resBitMask.ulPropTag = TAG_SIZE;
	res.res.resBitMask.ulMask = 0x02;
	assert_hr(S_OK, IMAPITable_Restrict(t, &res, TBL_BATCH));
	expect_ids(t, odd, 3);

	/* OR of content restrictions, case-insensitive: "c" or "E". */
	memset(&needle, 0, sizeof(needle));
	needle.ulPropTag = TAG_NAME;
	needle.Value.lpszW = (LPWSTR)u"C";
	kids[0].rt = RES_CONTENT;
	kids[0].res.resContent.ulFuzzyLevel = FL_FULLSTRING | FL_IGNORECASE;
	kids[0].res.resContent.ulPropTag = TAG_NAME;
	kids[0].res.resContent.lpProp = &needle;
	kids[1].rt = RES_EXIST;
	kids[1].res.resExist.ulReserved1 = 0;
	kids[1].res.resExist.ulPropTag = TAG_ABSENT;
	kids[1].res.resExist.ulReserved2 = 0;
	res.rt = RES_NOT;
	res.res.resNot.ulReserved = 0;
	res.res.resNot.lpRes = &kids[1];
	{
		SRestriction both[2], or ;
		SPropValue n2 = needle;

		n2.Value.lpszW = (LPWSTR)u"E";
		both[0] = kids[0];
		both[1] = kids[0];
		both[1].res.resContent.lpProp = &n2;
		or.rt = RES_OR;
		or.res.resOr.cRes = 2;
		or.res.resOr.lpRes = both;
		assert_hr(S_OK, IMAPITable_Restrict(t, & or, TBL_ASYNC));
		expect_ids(t, ce, 2);
	}
	/* NOT EXIST of a column no row has: everything. */
	assert_hr(S_OK, IMAPITable_Restrict(t, &res, 0));
	expect_ids(t, all, 5);
	/* NULL removes the restriction. */
	assert_hr(S_OK, IMAPITable_Restrict(t, &kids[0], 0));
	assert_hr(S_OK, IMAPITable_GetRowCount(t, 0, &count));
	assert_int_equal(count, 1);
	assert_hr(S_OK, IMAPITable_Restrict(t, NULL, 0));
	expect_ids(t, all, 5);

	/* Errors leave the restriction alone. */
	assert_hr(S_OK, IMAPITable_Restrict(t, &kids[0], 0));
	assert_hr(MAPI_E_UNKNOWN_FLAGS, IMAPITable_Restrict(t, NULL, 0x80));
	needle.ulPropTag = TAG_SIZE; /* type differs from the column */
	assert_hr(MAPI_E_TOO_COMPLEX, IMAPITable_Restrict(t, &kids[0], 0));
	kids[0].res.resContent.lpProp = NULL;
	assert_hr(MAPI_E_INVALID_PARAMETER,
		  IMAPITable_Restrict(t, &kids[0], 0));
	assert_hr(S_OK, IMAPITable_GetRowCount(t, 0, &count));
	assert_int_equal(count, 1);
	free_view(t);
	free_table(td);
}

static void test_sort_table(void **state)
{
	LPTABLEDATA td = table5(TBLTYPE_DYNAMIC);
	LPMAPITABLE t = view_of(td);
	LPSSortOrderSet got = NULL;
	SizedSSortOrderSet(2, two) = {
	    2,
	    0,
	    0,
	    {{TAG_SIZE, TABLE_SORT_ASCEND}, {TAG_ID, TABLE_SORT_DESCEND}}};
	ULONG status, type;
	static const LONG by_name[] = {5, 4, 3, 2, 1};
	static const LONG by_name_desc[] = {1, 2, 3, 4, 5};

	(void)state;
	assert_hr(S_OK, IMAPITable_QuerySortOrder(t, &got));
	assert_int_equal(got->cSorts, 0);
	MAPIFreeBuffer(got);

	/* Names e D c B a: case is ignored. */
	sort1(t, TAG_NAME, TABLE_SORT_ASCEND);
	expect_ids(t, by_name, 5);
	sort1(t, TAG_NAME, TABLE_SORT_DESCEND);
	expect_ids(t, by_name_desc, 5);
	assert_hr(S_OK, IMAPITable_QuerySortOrder(t, &got));
	assert_int_equal(got->cSorts, 1);
	assert_int_equal(got->aSort[0].ulPropTag, TAG_NAME);
	assert_int_equal(got->aSort[0].ulOrder, TABLE_SORT_DESCEND);
	MAPIFreeBuffer(got);

	/* Equal keys keep insertion order (stable), missing sorts last
	 * ascending and descending alike. */
	assert_hr(S_OK, put_row(td, 6, NULL, 30));
	assert_hr(S_OK, put_row(td, 7, u"c", 30));
	assert_hr(S_OK, IMAPITable_SortTable(t, (LPSSortOrderSet)&two, 0));
	{
		static const LONG want[] = {5, 4, 7, 6, 3, 2, 1};

		expect_ids(t, want, 7);
	}
	sort1(t, TAG_NAME, TABLE_SORT_ASCEND);
	{
		static const LONG want[] = {5, 4, 3, 7, 2, 1, 6};

		expect_ids(t, want, 7);
	}
	sort1(t, TAG_NAME, TABLE_SORT_DESCEND);
	{
		static const LONG want[] = {1, 2, 3, 7, 4, 5, 6};

		expect_ids(t, want, 7);
	}
	/* No keys: back to insertion order. */
	two.cSorts = 0;
	assert_hr(S_OK,
		  IMAPITable_SortTable(t, (LPSSortOrderSet)&two, TBL_ASYNC));
	{
		static const LONG want[] = {1, 2, 3, 4, 5, 6, 7};

		expect_ids(t, want, 7);
	}
	assert_hr(S_OK, IMAPITable_GetStatus(t, &status, &type));
	assert_int_equal(status, TBLSTAT_COMPLETE);
	assert_int_equal(type, TBLTYPE_DYNAMIC);
	assert_hr(MAPI_E_INVALID_PARAMETER,
		  IMAPITable_GetStatus(t, NULL, &type));

	/* Errors; the order stays. */
	sort1(t, TAG_SIZE, TABLE_SORT_DESCEND);
	two.cSorts = 2;
	two.cCategories = 1;
	assert_hr(MAPI_E_TOO_COMPLEX,
		  IMAPITable_SortTable(t, (LPSSortOrderSet)&two, 0));
	two.cCategories = 3;
	assert_hr(MAPI_E_INVALID_PARAMETER,
		  IMAPITable_SortTable(t, (LPSSortOrderSet)&two, 0));
	two.cCategories = 0;
	two.aSort[1].ulOrder = 0x40;
	assert_hr(MAPI_E_INVALID_PARAMETER,
		  IMAPITable_SortTable(t, (LPSSortOrderSet)&two, 0));
	two.aSort[1].ulOrder = TABLE_SORT_ASCEND;
	/* MV_INSTANCE without MV_FLAG. */
	two.aSort[1].ulPropTag = PROP_TAG(PT_LONG | MV_INSTANCE, 0x6700);
	assert_hr(MAPI_E_INVALID_PARAMETER,
		  IMAPITable_SortTable(t, (LPSSortOrderSet)&two, 0));
	two.cSorts = 65;
	assert_hr(MAPI_E_TOO_COMPLEX,
		  IMAPITable_SortTable(t, (LPSSortOrderSet)&two, 0));
	assert_hr(MAPI_E_INVALID_PARAMETER, IMAPITable_SortTable(t, NULL, 0));
	assert_hr(MAPI_E_UNKNOWN_FLAGS,
		  IMAPITable_SortTable(t, (LPSSortOrderSet)&two, 0x10));
	assert_hr(MAPI_E_INVALID_PARAMETER, IMAPITable_QuerySortOrder(t, NULL));
	{
		static const LONG want[] = {1, 2, 3, 6, 7, 4, 5};

		expect_ids(t, want, 7);
	}
	free_view(t);
	free_table(td);
}

static void test_get_view_sorted(void **state)
{
	LPTABLEDATA td = table5(TBLTYPE_DYNAMIC);
	SizedSSortOrderSet(1, sos) = {1, 0, 0, {{TAG_SIZE, TABLE_SORT_ASCEND}}};
	LPMAPITABLE t = (LPMAPITABLE)1;
	static const LONG want[] = {5, 4, 3, 2, 1};

	(void)state;
	assert_hr(S_OK,
		  ITableData_HrGetView(td, (LPSSortOrderSet)&sos, NULL, 0, &t));
	expect_ids(t, want, 5);
	free_view(t);
	assert_hr(MAPI_E_INVALID_PARAMETER,
		  ITableData_HrGetView(td, NULL, NULL, 0, NULL));
	sos.cCategories = 1;
	assert_hr(MAPI_E_TOO_COMPLEX,
		  ITableData_HrGetView(td, (LPSSortOrderSet)&sos, NULL, 0, &t));
	assert_null(t);
	sos.cCategories = 2;
	assert_hr(MAPI_E_INVALID_PARAMETER,
		  ITableData_HrGetView(td, (LPSSortOrderSet)&sos, NULL, 0, &t));
	free_table(td);
}

static void test_snapshot_and_dynamic(void **state)
{
	LPTABLEDATA snap = table5(TBLTYPE_SNAPSHOT);
	LPTABLEDATA dyn = table5(TBLTYPE_DYNAMIC);
	LPMAPITABLE ts = view_of(snap), td = view_of(dyn);
	SPropValue key = id_value(2);
	ULONG status, type;
	static const LONG before[] = {1, 2, 3, 4, 5};
	static const LONG after[] = {1, 3, 4, 5, 6};
	LPSRowSet rows;

	(void)state;
	for (int i = 0; i < 2; i++) {
		LPTABLEDATA d = i == 0 ? snap : dyn;

		assert_hr(S_OK, ITableData_HrDeleteRow(d, &key));
		assert_hr(S_OK, put_row(d, 6, u"f", 60));
		assert_hr(S_OK, put_row(d, 1, u"E", 1));
	}
	expect_ids(ts, before, 5);
	/* The snapshot still has the old value of row 1. */
	assert_hr(S_OK, IMAPITable_SeekRow(ts, BOOKMARK_BEGINNING, 0, NULL));
	assert_hr(S_OK, IMAPITable_QueryRows(ts, 1, 0, &rows));
	assert_int_equal(find(&rows->aRow[0], TAG_SIZE)->Value.l, 50);
	FreeProws(rows);
	expect_ids(td, after, 5);
	assert_hr(S_OK, IMAPITable_SeekRow(td, BOOKMARK_BEGINNING, 0, NULL));
	assert_hr(S_OK, IMAPITable_QueryRows(td, 1, 0, &rows));
	assert_int_equal(find(&rows->aRow[0], TAG_SIZE)->Value.l, 1);
	FreeProws(rows);
	/* A new snapshot view sees the data of its time. */
	{
		LPMAPITABLE ts2 = view_of(snap);

		expect_ids(ts2, after, 5);
		free_view(ts2);
	}
	/* Sorting a snapshot sorts its own rows. */
	sort1(ts, TAG_SIZE, TABLE_SORT_ASCEND);
	{
		static const LONG want[] = {5, 4, 3, 2, 1};

		expect_ids(ts, want, 5);
	}
	assert_hr(S_OK, IMAPITable_GetStatus(ts, &status, &type));
	assert_int_equal(type, TBLTYPE_SNAPSHOT);
	free_view(ts);
	free_view(td);
	free_table(snap);
	free_table(dyn);
}

/* ---------------------------------------------------------------------------
 * Notifications
 */

static void test_notify_rows(void **state)
{
	LPTABLEDATA td = table5(TBLTYPE_DYNAMIC);
	LPMAPITABLE t = view_of(td);
	struct test_sink s;
	ULONG_PTR conn;
	SPropValue key, v;
	SRestriction res;

	(void)state;
	sink_init(&s);
	sort1(t, TAG_SIZE, TABLE_SORT_ASCEND); /* 5 4 3 2 1 */
	conn = advise(t, &s);
	assert_int_equal(atomic_load(&s.refs), 2);

	/* Added: size 25 goes between 4 (20) and 3 (30). */
	assert_hr(S_OK, put_row(td, 6, u"f", 25));
	assert_int_equal(s.nrecs, 1);
	expect_rec(&s, 0, TABLE_ROW_ADDED, 6, 4, 6);
	assert_int_equal(s.recs[0].ncols, 3);
	/* Modified and moved to the front: propPrior is PR_NULL. */
	assert_hr(S_OK, put_row(td, 3, u"c", 1));
	expect_rec(&s, 1, TABLE_ROW_MODIFIED, 3, -1, 3);
	/* Deleted: no row data, propPrior PR_NULL. */
	key = id_value(4);
	assert_hr(S_OK, ITableData_HrDeleteRow(td, &key));
	expect_rec(&s, 2, TABLE_ROW_DELETED, 4, -1, -1);
	assert_int_equal(s.recs[2].ncols, 0);
	/* HrNotify: TABLE_ROW_MODIFIED even without a change. */
	key = id_value(1);
	assert_hr(S_OK, ITableData_HrNotify(td, 0, 1, &key));
	expect_rec(&s, 3, TABLE_ROW_MODIFIED, 1, 2, 1);
	assert_int_equal(s.nrecs, 4);
	key = id_value(77);
	assert_hr(MAPI_E_NOT_FOUND, ITableData_HrNotify(td, 0, 1, &key));
	assert_hr(MAPI_E_UNKNOWN_FLAGS, ITableData_HrNotify(td, 1, 1, &key));
	v = id_value(1);
	v.ulPropTag = TAG_SIZE;
	assert_hr(MAPI_E_INVALID_PARAMETER, ITableData_HrNotify(td, 0, 1, &v));
	assert_int_equal(s.nrecs, 4);

	/* Restricted out: nothing; coming in: added; going out: deleted. */
	memset(&v, 0, sizeof(v));
	v.ulPropTag = TAG_SIZE;
	v.Value.l = 40;
	res.rt = RES_PROPERTY;
	res.res.resProperty.relop = RELOP_LT;
	res.res.resProperty.ulPropTag = TAG_SIZE;
	res.res.resProperty.lpProp = &v;
	assert_hr(S_OK, IMAPITable_Restrict(t, &res, 0));
	assert_hr(S_OK, put_row(td, 1, u"e", 45)); /* stays out */
	assert_int_equal(s.nrecs, 4);
	key = id_value(1);
	assert_hr(S_OK, ITableData_HrNotify(td, 0, 1, &key)); /* hidden */
	assert_int_equal(s.nrecs, 4);
	assert_hr(S_OK, put_row(td, 1, u"e", 35)); /* comes in, last */
	expect_rec(&s, 4, TABLE_ROW_ADDED, 1, 6, 1);
	assert_hr(S_OK, put_row(td, 6, u"f", 99)); /* goes out */
	expect_rec(&s, 5, TABLE_ROW_DELETED, 6, -1, -1);
	assert_int_equal(s.nrecs, 6);

	/* Unadvise: no more notifications, the sink is released. */
	assert_hr(S_OK, IMAPITable_Unadvise(t, conn));
	assert_int_equal(atomic_load(&s.refs), 1);
	assert_hr(S_OK, put_row(td, 6, u"f", 1));
	assert_int_equal(s.nrecs, 6);
	assert_hr(MAPI_E_NOT_FOUND, IMAPITable_Unadvise(t, conn));
	assert_hr(MAPI_E_NOT_FOUND, IMAPITable_Unadvise(t, 0));
	free_view(t);
	free_table(td);
}

static void test_notify_columns_in_row(void **state)
{
	LPTABLEDATA td = table5(TBLTYPE_DYNAMIC);
	LPMAPITABLE t = view_of(td);
	SizedSPropTagArray(2, cols) = {2, {TAG_SIZE, TAG_ABSENT}};
	struct test_sink s;

	(void)state;
	sink_init(&s);
	assert_hr(S_OK, IMAPITable_SetColumns(t, (LPSPropTagArray)&cols, 0));
	advise(t, &s);
	assert_hr(S_OK, put_row(td, 9, u"z", 90));
	assert_int_equal(s.nrecs, 1);
	assert_int_equal(s.recs[0].event, TABLE_ROW_ADDED);
	/* The row comes in the view's columns (no TAG_ID there). */
	assert_int_equal(s.recs[0].ncols, 2);
	assert_int_equal(s.recs[0].row_id, -1);
	assert_int_equal(s.recs[0].prior, 5);
	free_view(t);
	assert_int_equal(atomic_load(&s.refs), 1);
	free_table(td);
}

static void test_notify_bulk(void **state)
{
	LPTABLEDATA td = make_table(TBLTYPE_DYNAMIC);
	LPMAPITABLE t = view_of(td), snapv;
	struct test_sink s, s2;
	SPropValue p[10];
	SizedSRowSet(10, setbuf);
	LPSRowSet set = (LPSRowSet)&setbuf;
	ULONG n, count;

	(void)state;
	sink_init(&s);
	sink_init(&s2);
	advise(t, &s);
	for (int i = 0; i < 10; i++) {
		p[i] = id_value(i + 1);
		set->aRow[i].ulAdrEntryPad = 0;
		set->aRow[i].cValues = 1;
		set->aRow[i].lpProps = &p[i];
	}
	/* Up to 8 rows: one notification per row. */
	set->cRows = 8;
	assert_hr(S_OK, ITableData_HrModifyRows(td, 0, set));
	assert_int_equal(s.nrecs, 8);
	for (unsigned i = 0; i < 8; i++)
		expect_rec(&s, i, TABLE_ROW_ADDED, (LONG)i + 1,
			   i == 0 ? -1 : (LONG)i, (LONG)i + 1);
	/* More: one TABLE_CHANGED. */
	set->cRows = 10;
	assert_hr(S_OK, ITableData_HrModifyRows(td, 0, set));
	assert_int_equal(s.nrecs, 9);
	expect_rec(&s, 8, TABLE_CHANGED, 0, 0, 0);
	assert_hr(S_OK, IMAPITable_GetRowCount(t, 0, &count));
	assert_int_equal(count, 10);
	/* Deleting 9 rows at once: TABLE_CHANGED, and the view follows. */
	set->cRows = 9;
	assert_hr(S_OK, ITableData_HrDeleteRows(td, 0, set, &n));
	assert_int_equal(n, 9);
	assert_int_equal(s.nrecs, 10);
	expect_rec(&s, 9, TABLE_CHANGED, 0, 0, 0);
	{
		static const LONG want[] = {10};

		expect_ids(t, want, 1);
	}
	/* TAD_ALL_ROWS: TABLE_RELOAD; a snapshot view keeps its rows. */
	snapv = NULL;
	{
		LPTABLEDATA sd = make_table(TBLTYPE_SNAPSHOT);

		assert_hr(S_OK, put_row(sd, 1, u"a", 1));
		snapv = view_of(sd);
		advise(snapv, &s2);
		assert_hr(S_OK,
			  ITableData_HrDeleteRows(sd, TAD_ALL_ROWS, NULL, &n));
		assert_int_equal(s2.nrecs, 0);
		assert_hr(S_OK, IMAPITable_GetRowCount(snapv, 0, &count));
		assert_int_equal(count, 1);
		free_view(snapv);
		free_table(sd);
	}
	assert_hr(S_OK, ITableData_HrDeleteRows(td, TAD_ALL_ROWS, NULL, &n));
	assert_int_equal(n, 1);
	assert_int_equal(s.nrecs, 11);
	expect_rec(&s, 10, TABLE_RELOAD, 0, 0, 0);
	assert_hr(S_OK, IMAPITable_GetRowCount(t, 0, &count));
	assert_int_equal(count, 0);
	free_view(t);
	free_table(td);
	assert_int_equal(atomic_load(&s.refs), 1);
	assert_int_equal(atomic_load(&s2.refs), 1);
}

static void test_notify_reentrant(void **state)
{
	LPTABLEDATA td = table5(TBLTYPE_DYNAMIC);
	LPMAPITABLE t = view_of(td);
	struct test_sink s;

	(void)state;
	sink_init(&s);
	s.view = t;
	s.unadvise_conn = advise(t, &s);
	/* The sink reads the view and unadvises itself from OnNotify. */
	assert_hr(S_OK, put_row(td, 6, u"f", 60));
	assert_int_equal(s.nrecs, 1);
	assert_int_equal(s.reentrant_rows, 6);
	assert_int_equal(atomic_load(&s.refs), 1);
	assert_hr(S_OK, put_row(td, 7, u"g", 70));
	assert_int_equal(s.nrecs, 1);
	free_view(t);
	free_table(td);
}

static void test_notify_stale_view(void **state)
{
	LPTABLEDATA td = table5(TBLTYPE_DYNAMIC);
	LPMAPITABLE t = view_of(td);
	struct test_sink s;

	(void)state;
	sink_init(&s);
	advise(t, &s);
	/* Sorted but never read: changes are still reported row by row. */
	sort1(t, TAG_SIZE, TABLE_SORT_DESCEND);
	assert_hr(S_OK, put_row(td, 6, u"f", 45));
	expect_rec(&s, 0, TABLE_ROW_ADDED, 6, 1, 6);
	free_view(t);
	free_table(td);
}

static void test_advise_args(void **state)
{
	LPTABLEDATA td = table5(TBLTYPE_DYNAMIC);
	LPMAPITABLE t = view_of(td);
	struct test_sink s;
	ULONG_PTR conn = 0, conn2 = 0;

	(void)state;
	sink_init(&s);
	assert_hr(MAPI_E_INVALID_PARAMETER,
		  IMAPITable_Advise(t, fnevTableModified, NULL, &conn));
	assert_hr(MAPI_E_INVALID_PARAMETER,
		  IMAPITable_Advise(t, fnevTableModified, &s.iface, NULL));
	assert_hr(MAPI_E_INVALID_PARAMETER,
		  IMAPITable_Advise(t, fnevObjectModified, &s.iface, &conn));
	assert_int_equal(atomic_load(&s.refs), 1);
	conn = advise(t, &s);
	conn2 = advise(t, &s);
	assert_true(conn != conn2);
	assert_int_equal(atomic_load(&s.refs), 3);
	/* Both registrations deliver. */
	assert_hr(S_OK, put_row(td, 6, u"f", 60));
	assert_int_equal(s.nrecs, 2);
	assert_hr(S_OK, IMAPITable_Unadvise(t, conn));
	free_view(t); /* releases the other registration */
	assert_int_equal(atomic_load(&s.refs), 1);
	free_table(td);
}

/* ---------------------------------------------------------------------------
 * CALLERRELEASE, allocators, errors, unsupported methods
 */

static int release_calls;
static ULONG_PTR release_data;
static LPTABLEDATA release_td;
static LPMAPITABLE release_view;

static void STDAPICALLTYPE on_release(ULONG_PTR data, LPTABLEDATA td,
				      LPMAPITABLE view)
{
	release_calls++;
	release_data = data;
	release_td = td;
	release_view = view;
	/* The documented common use: release the table data here. */
	ITableData_Release(td);
}

static void test_caller_release(void **state)
{
	LPTABLEDATA td = table5(TBLTYPE_DYNAMIC);
	LPMAPITABLE t = NULL;

	(void)state;
	release_calls = 0;
	assert_hr(S_OK, ITableData_HrGetView(td, NULL, on_release, 0xfeed, &t));
	/* Hand our reference to the callback. */
	IMAPITable_AddRef(t);
	assert_int_equal(IMAPITable_Release(t), 1);
	assert_int_equal(release_calls, 0);
	assert_int_equal(IMAPITable_Release(t), 0);
	assert_int_equal(release_calls, 1);
	assert_int_equal(release_data, 0xfeed);
	assert_ptr_equal(release_td, td);
	assert_ptr_equal(release_view, t);
}

static unsigned long alloc_calls, free_calls;

static SCODE STDMETHODCALLTYPE count_alloc(ULONG cb, LPVOID *pp)
{
	alloc_calls++;
	return MAPIAllocateBuffer(cb, pp);
}

static SCODE STDMETHODCALLTYPE count_more(ULONG cb, LPVOID obj, LPVOID *pp)
{
	return MAPIAllocateMore(cb, obj, pp);
}

static ULONG STDAPICALLTYPE count_free(LPVOID p)
{
	free_calls++;
	return MAPIFreeBuffer(p);
}

static void test_allocators(void **state)
{
	LPTABLEDATA td = NULL;
	LPMAPITABLE t;
	LPSRowSet rows;
	LPSPropTagArray cols;
	LPSRow row;
	SPropValue key = id_value(1);

	(void)state;
	assert_hr(S_OK,
		  CreateTable(NULL, count_alloc, count_more, count_free, NULL,
			      TBLTYPE_DYNAMIC, TAG_ID, tags3(), &td));
	assert_hr(S_OK, put_row(td, 1, u"a", 1));
	assert_hr(S_OK, put_row(td, 2, u"b", 2));
	t = view_of(td);
	alloc_calls = 0;
	assert_hr(S_OK, IMAPITable_QueryRows(t, 10, 0, &rows));
	assert_int_equal(alloc_calls, 3); /* the set and each row */
	FreeProws(rows);
	assert_hr(S_OK, IMAPITable_QueryColumns(t, 0, &cols));
	assert_int_equal(alloc_calls, 4);
	MAPIFreeBuffer(cols);
	assert_hr(S_OK, ITableData_HrQueryRow(td, &key, &row, NULL));
	assert_int_equal(alloc_calls, 5);
	MAPIFreeBuffer(row);
	free_view(t);
	free_table(td);
}

static void test_last_error(void **state)
{
	LPTABLEDATA td = table5(TBLTYPE_DYNAMIC);
	LPMAPITABLE t = view_of(td);
	LPMAPIERROR err = (LPMAPIERROR)1;
	LPSRowSet rows;

	(void)state;
	assert_hr(MAPI_E_INVALID_PARAMETER,
		  IMAPITable_QueryRows(t, 0, 0, &rows));
	assert_hr(S_OK, IMAPITable_GetLastError(t, MAPI_E_INVALID_PARAMETER, 0,
						&err));
	assert_non_null(err);
	assert_non_null(err->lpszError);
	assert_true(strstr((const char *)err->lpszError, "row count") != NULL);
	assert_non_null(err->lpszComponent);
	MAPIFreeBuffer(err);
	assert_hr(S_OK, IMAPITable_GetLastError(t, S_OK, 0, &err));
	assert_null(err);
	assert_hr(MAPI_E_UNKNOWN_FLAGS,
		  IMAPITable_GetLastError(t, MAPI_E_NOT_FOUND, 2, &err));
	assert_hr(MAPI_E_INVALID_PARAMETER,
		  IMAPITable_GetLastError(t, MAPI_E_NOT_FOUND, 0, NULL));
	free_view(t);
	free_table(td);
}

static void test_unsupported(void **state)
{
	LPTABLEDATA td = table5(TBLTYPE_DYNAMIC);
	LPMAPITABLE t = view_of(td);
	BYTE key[4] = {0};
	LPSRowSet rows = (LPSRowSet)1;
	ULONG more = 7, count = 7, cb = 7, status = 7;
	LPBYTE state_out = (LPBYTE)1;
	BOOKMARK bk;

	(void)state;
	assert_hr(MAPI_E_NO_SUPPORT,
		  IMAPITable_ExpandRow(t, 4, key, 10, 0, &rows, &more));
	assert_null(rows);
	assert_int_equal(more, 0);
	assert_hr(MAPI_E_NO_SUPPORT,
		  IMAPITable_CollapseRow(t, 4, key, 0, &count));
	assert_int_equal(count, 0);
	assert_hr(MAPI_E_NO_SUPPORT,
		  IMAPITable_GetCollapseState(t, 0, 4, key, &cb, &state_out));
	assert_null(state_out);
	assert_hr(MAPI_E_NO_SUPPORT,
		  IMAPITable_SetCollapseState(t, 0, 4, key, &bk));
	assert_hr(S_OK, IMAPITable_Abort(t));
	assert_hr(S_OK, IMAPITable_WaitForCompletion(t, 0, 1000, &status));
	assert_int_equal(status, TBLSTAT_COMPLETE);
	assert_hr(S_OK, IMAPITable_WaitForCompletion(t, 0, 0xFFFFFFFF, NULL));
	assert_hr(MAPI_E_UNKNOWN_FLAGS,
		  IMAPITable_WaitForCompletion(t, 1, 0, &status));
	free_view(t);
	free_table(td);
}

/* ---------------------------------------------------------------------------
 * Multi-valued columns
 */

static HRESULT put_mv(LPTABLEDATA td, LONG id, const LONG *vals, ULONG n)
{
	SPropValue p[2];
	SRow r = {0, n == (ULONG)-1 ? 1 : 2, p};

	memset(p, 0, sizeof(p));
	p[0] = id_value(id);
	p[1].ulPropTag = TAG_MV;
	p[1].Value.MVl.cValues = n;
	p[1].Value.MVl.lpl = (LONG *)vals;
	return ITableData_HrModifyRow(td, &r);
}

static void test_mv_instances(void **state)
{
	LPTABLEDATA td = make_table(TBLTYPE_DYNAMIC);
	LPMAPITABLE t;
	static const LONG a[] = {30, 10, 20}, b[] = {15};
	SizedSPropTagArray(4, cols) = {
	    4, {TAG_ID, MVI_PROP(TAG_MV), PR_INSTANCE_KEY, PR_INSTANCE_NUM}};
	SizedSPropTagArray(2, plain) = {2, {TAG_ID, TAG_MV}};
	LPSRowSet rows = NULL;
	ULONG inst_tag = PROP_TAG(PT_LONG | MV_INSTANCE, PROP_ID(TAG_MV));
	BOOKMARK bk;
	SPropValue v;
	SRestriction res;

	(void)state;
	assert_hr(S_OK, put_mv(td, 1, a, 3));
	assert_hr(S_OK, put_mv(td, 2, b, 1));
	assert_hr(S_OK, put_mv(td, 3, NULL, (ULONG)-1)); /* no MV value */
	t = view_of(td);
	assert_hr(S_OK, IMAPITable_CreateBookmark(t, &bk));
	assert_hr(S_OK, IMAPITable_SetColumns(t, (LPSPropTagArray)&cols, 0));
	/* The expansion changed: bookmarks are gone. */
	assert_hr(MAPI_E_INVALID_BOOKMARK, IMAPITable_SeekRow(t, bk, 0, NULL));
	assert_hr(S_OK, IMAPITable_QueryRows(t, 50, 0, &rows));
	assert_int_equal(rows->cRows, 5);
	{
		static const LONG ids[] = {1, 1, 1, 2, 3};
		static const LONG vals[] = {30, 10, 20, 15, 0};
		static const LONG nums[] = {0, 1, 2, 0, 0};

		for (ULONG i = 0; i < 5; i++) {
			const SPropValue *p = rows->aRow[i].lpProps;

			assert_int_equal(p[0].Value.l, ids[i]);
			if (i < 4) {
				assert_int_equal(p[1].ulPropTag, inst_tag);
				assert_int_equal(p[1].Value.l, vals[i]);
			} else {
				assert_int_equal(
				    p[1].ulPropTag,
				    PROP_TAG(PT_ERROR, PROP_ID(TAG_MV)));
				assert_int_equal(p[1].Value.err,
						 MAPI_E_NOT_FOUND);
			}
			assert_int_equal(p[2].ulPropTag, PR_INSTANCE_KEY);
			assert_int_equal(p[3].ulPropTag, PR_INSTANCE_NUM);
			assert_int_equal(p[3].Value.l, nums[i]);
			/* Instance keys differ from row to row. */
			for (ULONG j = 0; j < i; j++) {
				const SPropValue *q = rows->aRow[j].lpProps;

				assert_false(q[2].Value.bin.cb ==
						 p[2].Value.bin.cb &&
					     memcmp(q[2].Value.bin.lpb,
						    p[2].Value.bin.lpb,
						    p[2].Value.bin.cb) == 0);
			}
		}
	}
	FreeProws(rows);

	/* Sorting on the instances. */
	sort1(t, MVI_PROP(TAG_MV), TABLE_SORT_ASCEND);
	assert_hr(S_OK, IMAPITable_QueryRows(t, 50, 0, &rows));
	assert_int_equal(rows->cRows, 5);
	{
		static const LONG vals[] = {10, 15, 20, 30};

		for (ULONG i = 0; i < 4; i++)
			assert_int_equal(rows->aRow[i].lpProps[1].Value.l,
					 vals[i]);
		assert_int_equal(rows->aRow[4].lpProps[0].Value.l, 3);
	}
	FreeProws(rows);

	/* A restriction on the MVI column filters instances. */
	memset(&v, 0, sizeof(v));
	v.ulPropTag = inst_tag;
	v.Value.l = 20;
	res.rt = RES_PROPERTY;
	res.res.resProperty.relop = RELOP_GE;
	res.res.resProperty.ulPropTag = MVI_PROP(TAG_MV);
	res.res.resProperty.lpProp = &v;
	assert_hr(S_OK, IMAPITable_Restrict(t, &res, 0));
	assert_hr(S_OK, IMAPITable_QueryRows(t, 50, 0, &rows));
	assert_int_equal(rows->cRows, 2);
	assert_int_equal(rows->aRow[0].lpProps[1].Value.l, 20);
	assert_int_equal(rows->aRow[1].lpProps[1].Value.l, 30);
	FreeProws(rows);
	/* So does a bitmask: 30 and 20 have bit 4, 10 and 15 do not. */
	res.rt = RES_BITMASK;
	res.res.resBitMask.relBMR = BMR_NEZ;
	res.res.resBitMask.ulPropTag = MVI_PROP(TAG_MV);
	res.res.resBitMask.ulMask = 0x10;
	assert_hr(S_OK, IMAPITable_Restrict(t, &res, 0));
	assert_hr(S_OK, IMAPITable_QueryRows(t, 50, 0, &rows));
	assert_int_equal(rows->cRows, 2);
	assert_int_equal(rows->aRow[0].lpProps[1].Value.l, 20);
	assert_int_equal(rows->aRow[1].lpProps[1].Value.l, 30);
	FreeProws(rows);
	assert_hr(S_OK, IMAPITable_Restrict(t, NULL, 0));

	/* Changes reach an expanded view; its sinks get TABLE_CHANGED. */
	{
		struct test_sink s;
		static const LONG c[] = {5, 25};
		ULONG count;

		sink_init(&s);
		advise(t, &s);
		assert_hr(S_OK, put_mv(td, 2, c, 2));
		assert_int_equal(s.nrecs, 1);
		assert_int_equal(s.recs[0].event, TABLE_CHANGED);
		assert_hr(S_OK, IMAPITable_GetRowCount(t, 0, &count));
		assert_int_equal(count, 6);
		assert_hr(S_OK,
			  IMAPITable_SeekRow(t, BOOKMARK_BEGINNING, 0, NULL));
		assert_hr(S_OK, IMAPITable_QueryRows(t, 1, 0, &rows));
		assert_int_equal(rows->aRow[0].lpProps[1].Value.l, 5);
		FreeProws(rows);
		free_view(t);
		assert_int_equal(atomic_load(&s.refs), 1);
	}

	/* Without MVI_FLAG the whole array is one column. */
	t = view_of(td);
	assert_hr(S_OK, IMAPITable_SetColumns(t, (LPSPropTagArray)&plain, 0));
	assert_hr(S_OK, IMAPITable_QueryRows(t, 50, 0, &rows));
	assert_int_equal(rows->cRows, 3);
	assert_int_equal(rows->aRow[0].lpProps[1].ulPropTag, TAG_MV);
	assert_int_equal(rows->aRow[0].lpProps[1].Value.MVl.cValues, 3);
	assert_int_equal(rows->aRow[0].lpProps[1].Value.MVl.lpl[2], 20);
	FreeProws(rows);
	/* There an MVI restriction matches a row when any value does, and
	 * expands nothing. */
	v.ulPropTag = PROP_TAG(PT_LONG, PROP_ID(TAG_MV));
	v.Value.l = 10;
	res.rt = RES_PROPERTY;
	res.res.resProperty.relop = RELOP_EQ;
	res.res.resProperty.ulPropTag = MVI_PROP(TAG_MV);
	res.res.resProperty.lpProp = &v;
	assert_hr(S_OK, IMAPITable_Restrict(t, &res, 0));
	{
		static const LONG want[] = {1};

		expect_ids(t, want, 1);
	}
	v.Value.l = 12;
	res.res.resProperty.relop = RELOP_LT;
	assert_hr(S_OK, IMAPITable_Restrict(t, &res, 0));
	{
		static const LONG want[] = {1, 2};

		expect_ids(t, want, 2);
	}
	free_view(t);
	free_table(td);
}

/*
 * A multi-valued sort key without MVI_FLAG: one row per data row, ordered
 * by the whole values as tuples (IMAPITable::SortTable); a tuple that is
 * a prefix of another, an empty one and a missing one sort last, in both
 * directions.
 */
static void test_mv_sort_tuples(void **state)
{
	LPTABLEDATA td = make_table(TBLTYPE_DYNAMIC);
	LPMAPITABLE t;
	static const LONG a[] = {30, 10, 20}, b[] = {15}, d[] = {30, 10},
			  e[] = {30, 11};
	ULONG count = 0;

	(void)state;
	assert_hr(S_OK, put_mv(td, 1, a, 3));
	assert_hr(S_OK, put_mv(td, 2, b, 1));
	assert_hr(S_OK, put_mv(td, 3, NULL, (ULONG)-1)); /* no MV value */
	assert_hr(S_OK, put_mv(td, 4, d, 2));
	assert_hr(S_OK, put_mv(td, 5, NULL, 0)); /* empty */
	assert_hr(S_OK, put_mv(td, 6, e, 2));
	t = view_of(td);
	sort1(t, TAG_MV, TABLE_SORT_ASCEND);
	assert_hr(S_OK, IMAPITable_GetRowCount(t, 0, &count));
	assert_int_equal(count, 6);
	{
		static const LONG want[] = {2, 1, 4, 6, 5, 3};

		expect_ids(t, want, 6);
	}
	sort1(t, TAG_MV, TABLE_SORT_DESCEND);
	{
		static const LONG want[] = {6, 1, 4, 2, 5, 3};

		expect_ids(t, want, 6);
	}
	/* A second key breaks the ties of equal tuples. */
	assert_hr(S_OK, put_mv(td, 7, d, 2));
	{
		SizedSSortOrderSet(2, two) = {2,
					      0,
					      0,
					      {{TAG_MV, TABLE_SORT_ASCEND},
					       {TAG_ID, TABLE_SORT_DESCEND}}};
		static const LONG want[] = {2, 1, 7, 4, 6, 5, 3};

		assert_hr(S_OK,
			  IMAPITable_SortTable(t, (LPSSortOrderSet)&two, 0));
		expect_ids(t, want, 7);
	}
	free_view(t);
	free_table(td);
}

/* ---------------------------------------------------------------------------
 * Values of every storable type survive the copies
 */

static void test_value_types(void **state)
{
	static const SizedSPropTagArray(1, one) = {1, {TAG_ID}};
	LPTABLEDATA td = NULL;
	LPMAPITABLE t;
	LPSRowSet rows;
	GUID g = {1, 2, 3, {4, 5, 6, 7, 8, 9, 10, 11}};
	BYTE bin[3] = {9, 8, 7};
	LPSTR strs[2] = {(LPSTR) "x", (LPSTR) "yz"};
	LPWSTR wstrs[1] = {(LPWSTR)u"w"};
	SBinary bins[2] = {{1, bin}, {0, NULL}};
	short shorts[2] = {-1, 2};
	SPropValue p[12];
	SRow r = {0, 12, p};
	const SPropValue *q;

	(void)state;
	assert_hr(S_OK,
		  CreateTable(NULL, NULL, NULL, NULL, NULL, TBLTYPE_DYNAMIC,
			      TAG_ID, (LPSPropTagArray)&one, &td));
	memset(p, 0, sizeof(p));
	p[0] = id_value(1);
	p[1].ulPropTag = PROP_TAG(PT_STRING8, 0x6801);
	p[1].Value.lpszA = (LPSTR) "eight";
	p[2].ulPropTag = PROP_TAG(PT_CLSID, 0x6802);
	p[2].Value.lpguid = &g;
	p[3].ulPropTag = PROP_TAG(PT_BINARY, 0x6803);
	p[3].Value.bin.cb = 3;
	p[3].Value.bin.lpb = bin;
	p[4].ulPropTag = PROP_TAG(PT_MV_STRING8, 0x6804);
	p[4].Value.MVszA.cValues = 2;
	p[4].Value.MVszA.lppszA = strs;
	p[5].ulPropTag = PROP_TAG(PT_MV_UNICODE, 0x6805);
	p[5].Value.MVszW.cValues = 1;
	p[5].Value.MVszW.lppszW = wstrs;
	p[6].ulPropTag = PROP_TAG(PT_MV_BINARY, 0x6806);
	p[6].Value.MVbin.cValues = 2;
	p[6].Value.MVbin.lpbin = bins;
	p[7].ulPropTag = PROP_TAG(PT_MV_I2, 0x6807);
	p[7].Value.MVi.cValues = 2;
	p[7].Value.MVi.lpi = shorts;
	p[8].ulPropTag = PROP_TAG(PT_DOUBLE, 0x6808);
	p[8].Value.dbl = 2.5;
	p[9].ulPropTag = PROP_TAG(PT_SYSTIME, 0x6809);
	p[9].Value.ft.dwHighDateTime = 7;
	p[10].ulPropTag = PROP_TAG(PT_BOOLEAN, 0x680A);
	p[10].Value.b = 1;
	p[11].ulPropTag = PROP_TAG(PT_ERROR, 0x680B);
	p[11].Value.err = MAPI_E_NOT_FOUND;
	assert_hr(S_OK, ITableData_HrModifyRow(td, &r));
	/* Our buffers may change now: the table has its own copy. */
	bin[0] = 0;
	strs[1] = (LPSTR) "changed";
	t = view_of(td);
	{
		LPSPropTagArray all = NULL;

		assert_hr(S_OK,
			  IMAPITable_QueryColumns(t, TBL_ALL_COLUMNS, &all));
		assert_int_equal(all->cValues, 12);
		assert_hr(S_OK, IMAPITable_SetColumns(t, all, 0));
		MAPIFreeBuffer(all);
	}
	assert_hr(S_OK, IMAPITable_QueryRows(t, 1, 0, &rows));
	q = rows->aRow[0].lpProps;
	assert_string_equal(q[1].Value.lpszA, "eight");
	assert_memory_equal(q[2].Value.lpguid, &g, sizeof(g));
	assert_int_equal(q[3].Value.bin.cb, 3);
	assert_int_equal(q[3].Value.bin.lpb[0], 9);
	assert_string_equal(q[4].Value.MVszA.lppszA[1], "yz");
	assert_int_equal(q[5].Value.MVszW.lppszW[0][0], u'w');
	assert_int_equal(q[6].Value.MVbin.lpbin[0].lpb[0], 9);
	assert_int_equal(q[6].Value.MVbin.lpbin[1].cb, 0);
	assert_int_equal(q[7].Value.MVi.lpi[0], -1);
	assert_true(q[8].Value.dbl == 2.5);
	assert_int_equal(q[9].Value.ft.dwHighDateTime, 7);
	assert_int_equal(q[10].Value.b, 1);
	assert_int_equal(q[11].Value.err, MAPI_E_NOT_FOUND);
	FreeProws(rows);
	free_view(t);
	free_table(td);
}

/* ---------------------------------------------------------------------------
 * Out of memory
 */

static void test_oom_query_rows(void **state)
{
	LPTABLEDATA td = table5(TBLTYPE_DYNAMIC);
	/* Names descending: "\u00e9t\u00e9" folds above ASCII letters. */
	static const LONG want[] = {6, 3, 4};
	SPropValue v;
	SRestriction res;
	bool done = false;
	unsigned failures = 0;

	(void)state;
	assert_hr(S_OK, put_row(td, 6, u"\u00e9t\u00e9", 25));
	memset(&v, 0, sizeof(v));
	v.ulPropTag = TAG_SIZE;
	v.Value.l = 30;
	res.rt = RES_PROPERTY;
	res.res.resProperty.relop = RELOP_LE;
	res.res.resProperty.ulPropTag = TAG_SIZE;
	res.res.resProperty.lpProp = &v;
	for (unsigned long n = 1; !done && n < 10000; n++) {
		long live = alloc_live(), before;
		LPMAPITABLE t = view_of(td);
		LPSRowSet rows = (LPSRowSet)1;
		HRESULT hr;
		bool injected;

		sort1(t, TAG_NAME, TABLE_SORT_DESCEND);
		assert_hr(S_OK, IMAPITable_Restrict(t, &res, 0));
		/* Seeking to the start does not need the rows yet. */
		assert_hr(S_OK,
			  IMAPITable_SeekRow(t, BOOKMARK_BEGINNING, 0, NULL));
		before = alloc_live();
		alloc_fail_after(n);
		hr = IMAPITable_QueryRows(t, 3, 0, &rows);
		injected = alloc_injected();
		alloc_fail_after(0);
		if (hr == S_OK) {
			assert_int_equal(rows->cRows, 3);
			for (int i = 0; i < 3; i++)
				assert_int_equal(row_id(&rows->aRow[i]),
						 want[i]);
			FreeProws(rows);
			done = !injected;
		} else {
			assert_hr(MAPI_E_NOT_ENOUGH_MEMORY, hr);
			assert_null(rows);
			/* Nothing the failed call built stays behind. */
			assert_int_equal(alloc_live(), before);
			failures++;
			/* The view still works and the cursor did not move. */
			expect_query(t, 3, want, 3);
		}
		free_view(t);
		assert_int_equal(alloc_live(), live);
	}
	assert_true(done);
	/* Building, sorting, folding and copying all allocate. */
	assert_true(failures >= 10);
	free_table(td);
}

static void test_oom_modify(void **state)
{
	bool done = false;
	unsigned failures = 0, summaries = 0;

	(void)state;
	for (unsigned long n = 1; !done && n < 10000; n++) {
		long live = alloc_live();
		LPTABLEDATA td = table5(TBLTYPE_DYNAMIC);
		LPMAPITABLE t = view_of(td);
		struct test_sink s;
		SPropValue key = id_value(6);
		LPSRow row = NULL;
		ULONG count;
		HRESULT hr;
		bool injected;

		sink_init(&s);
		advise(t, &s);
		sort1(t, TAG_NAME, TABLE_SORT_ASCEND);
		alloc_fail_after(n);
		hr = put_row(td, 6, u"Zoe", 1);
		injected = alloc_injected();
		alloc_fail_after(0);
		assert_hr(S_OK, IMAPITable_GetRowCount(t, 0, &count));
		if (hr == S_OK) {
			/* Either the row event, or a summary when the view
			 * or the event could not be made. */
			assert_int_equal(s.nrecs, 1);
			if (s.recs[0].event == TABLE_ROW_ADDED)
				expect_rec(&s, 0, TABLE_ROW_ADDED, 6, 1, 6);
			else if (s.recs[0].event == TABLE_CHANGED ||
				 s.recs[0].event == TABLE_RELOAD)
				summaries++;
			else
				fail_msg("event %u", s.recs[0].event);
			assert_int_equal(count, 6);
			assert_hr(S_OK,
				  ITableData_HrQueryRow(td, &key, &row, NULL));
			MAPIFreeBuffer(row);
			done = !injected;
		} else {
			assert_hr(MAPI_E_NOT_ENOUGH_MEMORY, hr);
			assert_int_equal(count, 5);
			failures++;
			assert_hr(MAPI_E_NOT_FOUND,
				  ITableData_HrQueryRow(td, &key, &row, NULL));
		}
		free_view(t);
		free_table(td);
		assert_int_equal(atomic_load(&s.refs), 1);
		assert_int_equal(alloc_live(), live);
	}
	assert_true(done);
	/* Copying the row fails the call; building the view or the event
	 * only costs the detail of the notification. */
	assert_true(failures >= 1);
	assert_true(summaries >= 3);
}

/* ---------------------------------------------------------------------------
 * Threads
 */

struct worker {
	LPTABLEDATA td;
	LONG first;
	unsigned seed;
	bool ok;
};

static void *writer(void *arg)
{
	struct worker *w = arg;
	unsigned r = w->seed;

	w->ok = true;
	for (int i = 0; i < 400; i++) {
		LONG id = w->first +
			  (LONG)((r = r * 1103515245u + 12345u) >> 16) % 50;
		SPropValue key = id_value(id);
		HRESULT hr;

		if ((r >> 8) % 3 == 0) {
			hr = ITableData_HrDeleteRow(w->td, &key);
			w->ok &= hr == S_OK || hr == MAPI_E_NOT_FOUND;
		} else {
			hr = put_row(w->td, id, u"t", (LONG)(r >> 20) % 100);
			w->ok &= hr == S_OK;
		}
	}
	return NULL;
}

/* A sink for other threads: counts, checks the event, nothing more. */
struct count_sink {
	IMAPIAdviseSink iface;
	atomic_ulong refs, events, bad;
};

static ULONG STDMETHODCALLTYPE count_addref(IMAPIAdviseSink *iface)
{
	struct count_sink *s = (struct count_sink *)(void *)iface;

	return (ULONG)(atomic_fetch_add(&s->refs, 1) + 1);
}

static ULONG STDMETHODCALLTYPE count_release(IMAPIAdviseSink *iface)
{
	struct count_sink *s = (struct count_sink *)(void *)iface;

	return (ULONG)(atomic_fetch_sub(&s->refs, 1) - 1);
}

static ULONG STDMETHODCALLTYPE count_notify(IMAPIAdviseSink *iface, ULONG n,
					    LPNOTIFICATION notif)
{
	struct count_sink *s = (struct count_sink *)(void *)iface;

	for (ULONG i = 0; i < n; i++) {
		ULONG ev = notif[i].info.tab.ulTableEvent;

		atomic_fetch_add(&s->events, 1);
		if (notif[i].ulEventType != fnevTableModified ||
		    (ev != TABLE_ROW_ADDED && ev != TABLE_ROW_DELETED &&
		     ev != TABLE_ROW_MODIFIED))
			atomic_fetch_add(&s->bad, 1);
	}
	return 0;
}

static const IMAPIAdviseSinkVtbl count_vtbl = {sink_qi, count_addref,
					       count_release, count_notify};

static void *reader(void *arg)
{
	struct worker *w = arg;
	struct count_sink s;
	LPMAPITABLE t = NULL;
	ULONG_PTR conn;

	w->ok = true;
	s.iface.lpVtbl = &count_vtbl;
	atomic_init(&s.refs, 1);
	atomic_init(&s.events, 0);
	atomic_init(&s.bad, 0);
	if (ITableData_HrGetView(w->td, NULL, NULL, 0, &t) != S_OK) {
		w->ok = false;
		return NULL;
	}
	w->ok &=
	    IMAPITable_Advise(t, fnevTableModified, &s.iface, &conn) == S_OK;
	for (int i = 0; i < 100; i++) {
		SizedSSortOrderSet(1, sos) = {
		    1, 0, 0, {{TAG_SIZE, TABLE_SORT_ASCEND}}};
		LPSRowSet rows = NULL;

		if (i == 0)
			w->ok &= IMAPITable_SortTable(t, (LPSSortOrderSet)&sos,
						      0) == S_OK;
		w->ok &=
		    IMAPITable_SeekRow(t, BOOKMARK_BEGINNING, 0, NULL) == S_OK;
		w->ok &= IMAPITable_QueryRows(t, 1000, 0, &rows) == S_OK;
		if (rows == NULL)
			continue;
		/* One call sees one state of the table: sorted. */
		for (ULONG j = 1; j < rows->cRows; j++)
			w->ok &= find(&rows->aRow[j - 1], TAG_SIZE)->Value.l <=
				 find(&rows->aRow[j], TAG_SIZE)->Value.l;
		FreeProws(rows);
	}
	/* Another thread may be delivering to the sink right now: after
	 * Unadvise its release waits until OnNotify returns. */
	w->ok &= IMAPITable_Unadvise(t, conn) == S_OK;
	while (atomic_load(&s.refs) != 1)
		sched_yield();
	w->ok &= atomic_load(&s.bad) == 0;
	/* A delivery in progress may still hold the view itself. */
	IMAPITable_Release(t);
	return NULL;
}

static void test_threads(void **state)
{
	LPTABLEDATA td = make_table(TBLTYPE_DYNAMIC);
	struct worker w[4];
	pthread_t th[4];
	LPMAPITABLE t;
	ULONG count, n = 0;
	LPSRow row;

	(void)state;
	for (int i = 0; i < 4; i++) {
		w[i].td = td;
		w[i].first = 1000 * (i + 1);
		w[i].seed = (unsigned)i + 7;
		assert_int_equal(pthread_create(&th[i], NULL,
						i < 2 ? writer : reader, &w[i]),
				 0);
	}
	for (int i = 0; i < 4; i++) {
		assert_int_equal(pthread_join(th[i], NULL), 0);
		assert_true(w[i].ok);
	}
	/* A new view agrees with the data; the readers' views are gone
	 * (releasing the table below checks that). */
	t = view_of(td);
	assert_hr(S_OK, IMAPITable_GetRowCount(t, 0, &count));
	while (ITableData_HrEnumRow(td, n, &row) == S_OK && row != NULL) {
		MAPIFreeBuffer(row);
		n++;
	}
	assert_int_equal(count, n);
	free_view(t);
	free_table(td);
}

/* ---------------------------------------------------------------------------
 * Security contexts: the object header check of every method
 */

/* Context ids of these tests; the core layer needs nothing more. */
#define CTX_OWNER   51
#define CTX_FOREIGN 52
#define CTX_PLAIN   53

static void test_foreign_context(void **state)
{
	SizedSSortOrderSet(1, sos) = {1, 0, 0, {{TAG_SIZE, TABLE_SORT_ASCEND}}};
	SPropValue key = id_value(1);
	LPMAPITABLE t, t2 = (LPMAPITABLE)&t2;
	LPTABLEDATA td;
	LPSRowSet rows = (LPSRowSet)&rows;
	LPSRow row = (LPSRow)&row;
	LPMAPIERROR err = NULL;
	LPVOID unk = (LPVOID)&unk;
	struct test_sink s, s2;
	ULONG_PTR conn = 0;
	ULONG count = 0;
	long live = alloc_live();

	(void)state;
	sink_init(&s);
	sink_init(&s2);
	alloc_set_thread_context(CTX_OWNER);
	assert_int_equal(objhdr_generation_begin(CTX_OWNER), 0);
	td = table5(TBLTYPE_DYNAMIC);
	t = view_of(td);
	advise(t, &s);

	alloc_set_thread_context(CTX_FOREIGN);
	/* ITableData */
	assert_hr(MAPI_E_NO_ACCESS,
		  ITableData_QueryInterface(td, &IID_IMAPITableData, &unk));
	assert_null(unk);
	assert_hr(MAPI_E_NO_ACCESS, put_row(td, 9, u"x", 1));
	assert_hr(MAPI_E_NO_ACCESS,
		  ITableData_HrQueryRow(td, &key, &row, NULL));
	assert_ptr_equal(row, (LPSRow)&row);
	assert_hr(MAPI_E_NO_ACCESS,
		  ITableData_HrGetView(td, NULL, NULL, 0, &t2));
	assert_ptr_equal(t2, (LPMAPITABLE)&t2);
	assert_hr(MAPI_E_NO_ACCESS,
		  ITableData_HrDeleteRows(td, TAD_ALL_ROWS, NULL, &count));
	assert_non_null(
	    strstr(objhdr_thread_message(), "ITableData::HrDeleteRows"));
	assert_int_equal(ITableData_AddRef(td), 0);
	assert_int_equal(ITableData_Release(td), 0);
	/* IMAPITable */
	assert_hr(MAPI_E_NO_ACCESS,
		  IMAPITable_QueryInterface(t, &IID_IMAPITable, &unk));
	assert_null(unk);
	assert_hr(MAPI_E_NO_ACCESS, IMAPITable_QueryRows(t, 10, 0, &rows));
	assert_ptr_equal(rows, (LPSRowSet)&rows);
	assert_hr(MAPI_E_NO_ACCESS,
		  IMAPITable_SortTable(t, (LPSSortOrderSet)&sos, 0));
	assert_hr(MAPI_E_NO_ACCESS, IMAPITable_GetRowCount(t, 0, &count));
	assert_hr(MAPI_E_NO_ACCESS, IMAPITable_Abort(t));
	assert_hr(MAPI_E_NO_ACCESS,
		  IMAPITable_Advise(t, fnevTableModified, &s2.iface, &conn));
	assert_int_equal(atomic_load(&s2.refs), 1);
	assert_hr(MAPI_E_NO_ACCESS, IMAPITable_Unadvise(t, 1));
	assert_hr(MAPI_E_NO_ACCESS,
		  IMAPITable_FreeBookmark(t, BOOKMARK_BEGINNING));
	assert_non_null(
	    strstr(objhdr_thread_message(), "IMAPITable::FreeBookmark"));
	assert_non_null(strstr(objhdr_thread_message(), "context 51"));
	assert_non_null(strstr(objhdr_thread_message(), "context 52"));
	assert_hr(S_OK, IMAPITable_GetLastError(t, MAPI_E_NO_ACCESS, 0, &err));
	assert_non_null(strstr((const char *)err->lpszError, "context 52"));
	assert_int_equal(MAPIFreeBuffer(err), S_OK);
	assert_int_equal(IMAPITable_AddRef(t), 0);
	assert_int_equal(IMAPITable_Release(t), 0);
	assert_int_equal(IMAPITable_Release(t), 0);

	/* The owner finds both as they were, the sink still advised. */
	alloc_set_thread_context(CTX_OWNER);
	assert_int_equal(s.nrecs, 0);
	assert_hr(S_OK, IMAPITable_GetRowCount(t, 0, &count));
	assert_int_equal(count, 5);
	assert_hr(S_OK, put_row(td, 6, u"f", 60));
	assert_int_equal(s.nrecs, 1);
	expect_rec(&s, 0, TABLE_ROW_ADDED, 6, 5, 6);
	assert_int_equal(IMAPITable_AddRef(t), 2);
	assert_int_equal(IMAPITable_Release(t), 1);
	assert_int_equal(ITableData_AddRef(td), 3); /* the view's, ours */
	assert_int_equal(ITableData_Release(td), 2);
	free_view(t);
	free_table(td);
	assert_int_equal(atomic_load(&s.refs), 1);
	objhdr_generation_end(CTX_OWNER);
	alloc_set_thread_context(0);
	assert_int_equal(alloc_live(), live);
}

static void test_dead_objects(void **state)
{
	SPropValue key = id_value(1);
	LPMAPITABLE t, t2 = NULL;
	LPTABLEDATA td;
	LPSRowSet rows = NULL;
	LPSRow row = NULL;
	LPMAPIERROR err = NULL;
	struct test_sink s;
	ULONG count = 0;
	long live = alloc_live();

	(void)state;
	sink_init(&s);
	alloc_set_thread_context(CTX_OWNER);
	assert_int_equal(objhdr_generation_begin(CTX_OWNER), 0);
	td = table5(TBLTYPE_DYNAMIC);
	t = view_of(td);
	advise(t, &s);
	assert_int_equal(atomic_load(&s.refs), 2);
	objhdr_generation_end(CTX_OWNER);

	assert_hr(MAPI_E_INVALID_OBJECT, put_row(td, 9, u"x", 1));
	assert_hr(MAPI_E_INVALID_OBJECT,
		  ITableData_HrQueryRow(td, &key, &row, NULL));
	assert_hr(MAPI_E_INVALID_OBJECT,
		  ITableData_HrGetView(td, NULL, NULL, 0, &t2));
	assert_null(t2);
	assert_hr(MAPI_E_INVALID_OBJECT, IMAPITable_QueryRows(t, 1, 0, &rows));
	assert_null(rows);
	assert_hr(MAPI_E_INVALID_OBJECT, IMAPITable_GetRowCount(t, 0, &count));
	assert_non_null(strstr(objhdr_thread_message(), "dead object"));
	assert_hr(S_OK,
		  IMAPITable_GetLastError(t, MAPI_E_INVALID_OBJECT, 0, &err));
	assert_non_null(strstr((const char *)err->lpszError, "dead object"));
	assert_int_equal(MAPIFreeBuffer(err), S_OK);
	assert_int_equal(IMAPITable_AddRef(t), 0);
	assert_int_equal(ITableData_AddRef(td), 0);
	assert_int_equal(s.nrecs, 0);

	/* Another context may not release them... */
	alloc_set_thread_context(CTX_FOREIGN);
	assert_int_equal(IMAPITable_Release(t), 0);
	assert_int_equal(ITableData_Release(td), 0);
	/* ...their owner may: the view lets go of its sink and the table. */
	alloc_set_thread_context(CTX_OWNER);
	assert_int_equal(ITableData_Release(td), 1);
	assert_int_equal(IMAPITable_Release(t), 0);
	assert_int_equal(atomic_load(&s.refs), 1);
	alloc_set_thread_context(0);
	assert_int_equal(alloc_live(), live);
}

/*
 * A view made under an instance dies with it, while its table data, made
 * before there was an instance, lives on: the data still changes, the dead
 * view notifies no one, a new view works.
 */
static void test_dead_view_of_live_table(void **state)
{
	LPMAPITABLE dead, fresh;
	LPTABLEDATA td;
	struct test_sink s, s2;
	ULONG count = 0;
	long live = alloc_live();

	(void)state;
	sink_init(&s);
	sink_init(&s2);
	alloc_set_thread_context(CTX_PLAIN);
	td = table5(TBLTYPE_DYNAMIC);
	assert_int_equal(objhdr_generation_begin(CTX_PLAIN), 0);
	dead = view_of(td);
	advise(dead, &s);
	objhdr_generation_end(CTX_PLAIN);

	assert_hr(S_OK, put_row(td, 6, u"f", 60));
	assert_int_equal(s.nrecs, 0);
	assert_hr(MAPI_E_INVALID_OBJECT,
		  IMAPITable_GetRowCount(dead, 0, &count));
	fresh = view_of(td);
	advise(fresh, &s2);
	assert_hr(S_OK, put_row(td, 7, u"g", 70));
	assert_int_equal(s.nrecs, 0);
	assert_int_equal(s2.nrecs, 1);
	expect_rec(&s2, 0, TABLE_ROW_ADDED, 7, 6, 7);
	assert_int_equal(IMAPITable_Release(dead), 0);
	assert_int_equal(atomic_load(&s.refs), 1);
	free_view(fresh);
	free_table(td);
	alloc_set_thread_context(0);
	assert_int_equal(alloc_live(), live);
}

/* A NULL object is refused as invalid, not dereferenced. */
static void test_null_object(void **state)
{
	LPTABLEDATA td = make_table(TBLTYPE_DYNAMIC);
	LPMAPITABLE t = view_of(td);

	(void)state;
	assert_hr(MAPI_E_INVALID_OBJECT, td->lpVtbl->HrEnumRow(NULL, 0, NULL));
	assert_int_equal(td->lpVtbl->Release(NULL), 0);
	assert_hr(MAPI_E_INVALID_OBJECT, t->lpVtbl->Abort(NULL));
	assert_int_equal(t->lpVtbl->AddRef(NULL), 0);
	free_view(t);
	free_table(td);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
	    cmocka_unit_test(test_create_table_args),
	    cmocka_unit_test(test_query_interface),
	    cmocka_unit_test(test_modify_query_enum),
	    cmocka_unit_test(test_delete_rows),
	    cmocka_unit_test(test_insert_row),
	    cmocka_unit_test(test_modify_rows),
	    cmocka_unit_test(test_columns),
	    cmocka_unit_test(test_missing_column_value),
	    cmocka_unit_test(test_query_rows_cursor),
	    cmocka_unit_test(test_seek_row),
	    cmocka_unit_test(test_bookmarks),
	    cmocka_unit_test(test_bookmark_limit),
	    cmocka_unit_test(test_find_row),
	    cmocka_unit_test(test_restrict),
	    cmocka_unit_test(test_sort_table),
	    cmocka_unit_test(test_get_view_sorted),
	    cmocka_unit_test(test_snapshot_and_dynamic),
	    cmocka_unit_test(test_notify_rows),
	    cmocka_unit_test(test_notify_columns_in_row),
	    cmocka_unit_test(test_notify_bulk),
	    cmocka_unit_test(test_notify_reentrant),
	    cmocka_unit_test(test_notify_stale_view),
	    cmocka_unit_test(test_advise_args),
	    cmocka_unit_test(test_caller_release),
	    cmocka_unit_test(test_allocators),
	    cmocka_unit_test(test_last_error),
	    cmocka_unit_test(test_unsupported),
	    cmocka_unit_test(test_mv_instances),
	    cmocka_unit_test(test_mv_sort_tuples),
	    cmocka_unit_test(test_value_types),
	    cmocka_unit_test(test_oom_query_rows),
	    cmocka_unit_test(test_oom_modify),
	    cmocka_unit_test(test_threads),
	    cmocka_unit_test(test_foreign_context),
	    cmocka_unit_test(test_dead_objects),
	    cmocka_unit_test(test_dead_view_of_live_table),
	    cmocka_unit_test(test_null_object),
	};
	return cmocka_run_group_tests(tests, NULL, NULL);
}
