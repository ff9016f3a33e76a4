/*
 * test_table_values.c - CreateTable's table with the values it holds:
 * multi-valued columns expanded into instance rows, every storable type
 * through the copies, the caller's allocators and CALLERRELEASE, the
 * views' last errors and unsupported methods, and out of memory.  Shares
 * test_table.h with test_table.c.
 */
#include <stdarg.h>
#include <stddef.h>
#include <setjmp.h>
#include <stdint.h>
#include <cmocka.h>

#include "test_table.h"

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

int main(void)
{
	const struct CMUnitTest tests[] = {
	    cmocka_unit_test(test_caller_release),
	    cmocka_unit_test(test_allocators),
	    cmocka_unit_test(test_last_error),
	    cmocka_unit_test(test_unsupported),
	    cmocka_unit_test(test_mv_instances),
	    cmocka_unit_test(test_mv_sort_tuples),
	    cmocka_unit_test(test_value_types),
	    cmocka_unit_test(test_oom_query_rows),
	    cmocka_unit_test(test_oom_modify),
	};
	return cmocka_run_group_tests(tests, NULL, NULL);
}
