/*
 * test_table_shared.c - CreateTable's table as others see it: table
 * notifications through advise sinks (row by row, in bulk, reentrant),
 * use from several threads at once, and the security context check of
 * every method (objhdr.h; core only here: a context is a plain id, an
 * instance an objhdr generation), dead objects included.  Shares
 * test_table.h with test_table.c.
 */
#include <stdarg.h>
#include <stddef.h>
#include <setjmp.h>
#include <stdint.h>
#include <cmocka.h>

#include "test_table.h"

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
	    cmocka_unit_test(test_notify_rows),
	    cmocka_unit_test(test_notify_columns_in_row),
	    cmocka_unit_test(test_notify_bulk),
	    cmocka_unit_test(test_notify_reentrant),
	    cmocka_unit_test(test_notify_stale_view),
	    cmocka_unit_test(test_advise_args),
	    cmocka_unit_test(test_threads),
	    cmocka_unit_test(test_foreign_context),
	    cmocka_unit_test(test_dead_objects),
	    cmocka_unit_test(test_dead_view_of_live_table),
	    cmocka_unit_test(test_null_object),
	};
	return cmocka_run_group_tests(tests, NULL, NULL);
}
