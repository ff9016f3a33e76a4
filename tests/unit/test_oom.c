/*
 * test_oom.c - the out-of-memory loop (SQLite-style) over the core calls
 * that allocate: fail allocation N for N = 1, 2, ... until the operation
 * succeeds; every failure must return MAPI_E_NOT_ENOUGH_MEMORY, leave the
 * outputs NULL and leak nothing (alloc_live() back to its start).
 */
#include <stdarg.h>
#include <stddef.h>
#include <setjmp.h>
#include <stdint.h>
#include <cmocka.h>

#include <string.h>

#include <mapix.h>
#include <mapiutil.h>

#include "alloc.h"

/* Values of many types, so every copy path allocates. */
static WCHAR wide[] = u"wide string";
static char narrow[] = "narrow string";
static BYTE bytes[] = {1, 2, 3, 4, 5};
static GUID guid = {1, 2, 3, {4, 5, 6, 7, 8, 9, 10, 11}};
static LPWSTR wide_list[] = {wide, wide};
static LPSTR narrow_list[] = {narrow, narrow, narrow};
static SBinary bin_list[] = {{5, bytes}, {3, bytes}};
static LONG long_list[] = {1, 2, 3};

static void sample_props(SPropValue *p)
{
	p[0].ulPropTag = PR_SUBJECT_W;
	p[0].Value.lpszW = wide;
	p[1].ulPropTag = PR_BODY_A;
	p[1].Value.lpszA = narrow;
	p[2].ulPropTag = PR_RECORD_KEY;
	p[2].Value.bin.cb = sizeof(bytes);
	p[2].Value.bin.lpb = bytes;
	p[3].ulPropTag = PROP_TAG(PT_CLSID, 0x6001);
	p[3].Value.lpguid = &guid;
	p[4].ulPropTag = PROP_TAG(PT_MV_UNICODE, 0x6002);
	p[4].Value.MVszW.cValues = 2;
	p[4].Value.MVszW.lppszW = wide_list;
	p[5].ulPropTag = PROP_TAG(PT_MV_STRING8, 0x6003);
	p[5].Value.MVszA.cValues = 3;
	p[5].Value.MVszA.lppszA = narrow_list;
	p[6].ulPropTag = PROP_TAG(PT_MV_BINARY, 0x6004);
	p[6].Value.MVbin.cValues = 2;
	p[6].Value.MVbin.lpbin = bin_list;
	p[7].ulPropTag = PROP_TAG(PT_MV_LONG, 0x6005);
	p[7].Value.MVl.cValues = 3;
	p[7].Value.MVl.lpl = long_list;
	p[8].ulPropTag = PR_MESSAGE_FLAGS;
	p[8].Value.l = 1;
}

#define NPROPS 9

/*
 * Runs op with the nth allocation failing for n = 1, 2, ... and checks the
 * contract after each failure.  Returns how many failures were injected.
 */
#define OOM_LOOP(op_call, result_var, cleanup)                                 \
	do {                                                                   \
		unsigned long n_;                                              \
		long live_ = alloc_live();                                     \
		for (n_ = 1; n_ < 10000; n_++) {                               \
			HRESULT hr_;                                           \
			alloc_fail_after(n_);                                  \
			hr_ = (op_call);                                       \
			if (!alloc_injected()) {                               \
				alloc_fail_after(0);                           \
				assert_int_equal(hr_, S_OK);                   \
				cleanup;                                       \
				break;                                         \
			}                                                      \
			alloc_fail_after(0);                                   \
			assert_int_equal(hr_, MAPI_E_NOT_ENOUGH_MEMORY);       \
			assert_null(result_var);                               \
			assert_int_equal(alloc_live(), live_);                 \
		}                                                              \
		assert_true(n_ > 1);                                           \
		assert_int_equal(alloc_live(), live_);                         \
	} while (0)

static HRESULT copy_all(SPropValue *src, LPVOID *root_r)
{
	SPropValue *dst = NULL;
	HRESULT hr;
	int i;

	*root_r = NULL;
	hr = MAPIAllocateBuffer(NPROPS * sizeof(SPropValue), (LPVOID *)&dst);
	if (FAILED(hr))
		return hr;
	for (i = 0; i < NPROPS; i++) {
		hr = PropCopyMore(&dst[i], &src[i], MAPIAllocateMore, dst);
		if (FAILED(hr)) {
			MAPIFreeBuffer(dst);
			return hr;
		}
	}
	*root_r = dst;
	return S_OK;
}

static void test_prop_copy_more(void **state)
{
	SPropValue props[NPROPS];
	LPVOID root = NULL;

	(void)state;
	sample_props(props);
	OOM_LOOP(copy_all(props, &root), root, {
		SPropValue *copy = root;
		assert_int_equal(
		    memcmp(copy[0].Value.lpszW, wide, sizeof(wide)), 0);
		assert_string_equal(copy[5].Value.MVszA.lppszA[2], narrow);
		MAPIFreeBuffer(root);
		root = NULL;
	});
}

static void test_dup_propset(void **state)
{
	SPropValue props[NPROPS];
	LPSPropValue dup = NULL;

	(void)state;
	sample_props(props);
	OOM_LOOP(ScDupPropset(NPROPS, props, MAPIAllocateBuffer, &dup), dup, {
		assert_int_equal(dup[6].Value.MVbin.lpbin[0].cb, 5);
		MAPIFreeBuffer(dup);
		dup = NULL;
	});
}

static HRESULT propdata_set(SPropValue *props, LPPROPDATA *obj_r)
{
	LPPROPDATA obj = NULL;
	LPSPropProblemArray problems = NULL;
	HRESULT hr;

	*obj_r = NULL;
	hr = CreateIProp(&IID_IMAPIPropData, MAPIAllocateBuffer,
			 MAPIAllocateMore, MAPIFreeBuffer, NULL, &obj);
	if (FAILED(hr))
		return hr;
	hr = IPropData_SetProps(obj, NPROPS, props, &problems);
	if (FAILED(hr)) {
		IPropData_Release(obj);
		return hr;
	}
	MAPIFreeBuffer(problems);
	*obj_r = obj;
	return S_OK;
}

static void test_propdata_set_props(void **state)
{
	SPropValue props[NPROPS];
	LPPROPDATA obj = NULL;

	(void)state;
	sample_props(props);
	OOM_LOOP(propdata_set(props, &obj), obj, {
		LPSPropValue got = NULL;
		assert_int_equal(HrGetOneProp((LPMAPIPROP)obj,
					      PROP_TAG(PT_MV_LONG, 0x6005),
					      &got),
				 S_OK);
		assert_int_equal(got->Value.MVl.lpl[2], 3);
		MAPIFreeBuffer(got);
		IPropData_Release(obj);
		obj = NULL;
	});
}

static void test_propdata_get_props(void **state)
{
	SPropValue props[NPROPS];
	LPPROPDATA obj = NULL;
	LPSPropValue got = NULL;
	ULONG count = 0;

	(void)state;
	sample_props(props);
	assert_int_equal(propdata_set(props, &obj), S_OK);
	OOM_LOOP(IPropData_GetProps(obj, NULL, 0, &count, &got), got, {
		assert_int_equal(count, NPROPS);
		MAPIFreeBuffer(got);
		got = NULL;
	});
	IPropData_Release(obj);
}

static HRESULT table_query(LPMAPITABLE view, LPSRowSet *rows_r)
{
	HRESULT hr;

	*rows_r = NULL;
	hr = IMAPITable_SeekRow(view, BOOKMARK_BEGINNING, 0, NULL);
	if (FAILED(hr))
		return hr;
	return IMAPITable_QueryRows(view, 100, 0, rows_r);
}

static void test_table_query_rows(void **state)
{
	SizedSPropTagArray(3, cols) = {3, {PR_ROWID, PR_SUBJECT_W, PR_BODY_A}};
	LPTABLEDATA data = NULL;
	LPMAPITABLE view = NULL;
	LPSRowSet rows = NULL;
	SPropValue props[3];
	ULONG count = 0;
	LONG i;

	(void)state;
	assert_int_equal(CreateTable(&IID_IMAPITableData, MAPIAllocateBuffer,
				     MAPIAllocateMore, MAPIFreeBuffer, NULL,
				     TBLTYPE_DYNAMIC, PR_ROWID,
				     (LPSPropTagArray)&cols, &data),
			 S_OK);
	for (i = 0; i < 20; i++) {
		SRow row = {0, 3, props};

		props[0].ulPropTag = PR_ROWID;
		props[0].Value.l = i;
		props[1].ulPropTag = PR_SUBJECT_W;
		props[1].Value.lpszW = wide;
		props[2].ulPropTag = PR_BODY_A;
		props[2].Value.lpszA = narrow;
		assert_int_equal(ITableData_HrModifyRow(data, &row), S_OK);
	}
	assert_int_equal(ITableData_HrGetView(data, NULL, NULL, 0, &view),
			 S_OK);
	/*
	 * A view builds its row set on first use and keeps it; build it
	 * before counting, so the loop measures QueryRows alone.
	 */
	assert_int_equal(IMAPITable_GetRowCount(view, 0, &count), S_OK);
	assert_int_equal(count, 20);
	OOM_LOOP(table_query(view, &rows), rows, {
		assert_int_equal(rows->cRows, 20);
		FreeProws(rows);
		rows = NULL;
	});
	IMAPITable_Release(view);
	ITableData_Release(data);
}

#define TAG_KEY   PROP_TAG(PT_LONG, 0x6701)
#define TAG_WORDS PROP_TAG(PT_MV_STRING8, 0x6702)
#define TAG_EXTRA 0x6710 /* IDs from here: a column of each row's own */

static LPSTR word_list[] = {"gamma", "alpha", "beta"};

/* The values of row i: its key, three words and a column of its own. */
static void table_row(SPropValue *p, LONG i)
{
	p[0].ulPropTag = TAG_KEY;
	p[0].Value.l = i;
	p[1].ulPropTag = TAG_WORDS;
	p[1].Value.MVszA.cValues = 3;
	p[1].Value.MVszA.lppszA = word_list;
	p[2].ulPropTag = PROP_TAG(PT_LONG, TAG_EXTRA + i % 40);
	p[2].Value.l = i;
}

/*
 * A dynamic table filled with n rows (at most 200) by one HrModifyRows:
 * the table's rows, its index and its available columns (up to 40 new
 * tags) all grow in that one call.
 */
static HRESULT table_fill(LONG n, LPTABLEDATA *td_r)
{
	SizedSPropTagArray(1, cols) = {1, {TAG_KEY}};
	SPropValue props[200][3];
	SRow rows[200];
	LPSRowSet set = NULL;
	LPTABLEDATA td = NULL;
	HRESULT hr;

	*td_r = NULL;
	hr = CreateTable(&IID_IMAPITableData, MAPIAllocateBuffer,
			 MAPIAllocateMore, MAPIFreeBuffer, NULL,
			 TBLTYPE_DYNAMIC, TAG_KEY, (LPSPropTagArray)&cols, &td);
	if (FAILED(hr))
		return hr;
	hr = MAPIAllocateBuffer(CbNewSRowSet(n), (LPVOID *)&set);
	if (FAILED(hr)) {
		ITableData_Release(td);
		return hr;
	}
	for (LONG i = 0; i < n; i++) {
		table_row(props[i], i);
		rows[i].ulAdrEntryPad = 0;
		rows[i].cValues = 3;
		rows[i].lpProps = props[i];
	}
	set->cRows = (ULONG)n;
	memcpy(set->aRow, rows, (size_t)n * sizeof(rows[0]));
	hr = ITableData_HrModifyRows(td, 0, set);
	MAPIFreeBuffer(set);
	if (FAILED(hr)) {
		ITableData_Release(td);
		return hr;
	}
	*td_r = td;
	return S_OK;
}

static void test_table_modify_rows(void **state)
{
	LPTABLEDATA td = NULL;

	(void)state;
	OOM_LOOP(table_fill(200, &td), td, {
		LPMAPITABLE view = NULL;
		LPSPropTagArray all = NULL;
		ULONG count = 0;

		assert_int_equal(ITableData_HrGetView(td, NULL, NULL, 0, &view),
				 S_OK);
		assert_int_equal(IMAPITable_GetRowCount(view, 0, &count), S_OK);
		assert_int_equal(count, 200);
		assert_int_equal(
		    IMAPITable_QueryColumns(view, TBL_ALL_COLUMNS, &all), S_OK);
		assert_int_equal(all->cValues, 2 + 40);
		MAPIFreeBuffer(all);
		IMAPITable_Release(view);
		ITableData_Release(td);
		td = NULL;
	});
}

/*
 * Building a view that expands the multi-valued column and sorts by it:
 * 180 view rows gathered (the row set grows many times), evaluation rows
 * in the scratch area, sort keys.  A failed build leaves the view as it
 * was, unbuilt and holding nothing more, so every try starts from the
 * same state; the one that succeeds leaves the view built, which its
 * Release frees.
 */
static void test_table_build_expanded(void **state)
{
	SizedSPropTagArray(2, cols) = {2, {TAG_KEY, TAG_WORDS | MVI_FLAG}};
	SizedSSortOrderSet(2, sort) = {
	    2,
	    0,
	    0,
	    {{TAG_WORDS | MVI_FLAG, 0}, {TAG_KEY, TABLE_SORT_DESCEND}}};
	SRestriction res = {.rt = RES_EXIST};
	long before = alloc_live(), live;
	LPTABLEDATA td = NULL;
	LPMAPITABLE view = NULL;
	LPSRowSet rows = NULL;
	unsigned long n;
	HRESULT hr = S_OK;

	(void)state;
	res.res.resExist.ulPropTag = TAG_KEY;
	assert_int_equal(table_fill(60, &td), S_OK);
	assert_int_equal(ITableData_HrGetView(td, NULL, NULL, 0, &view), S_OK);
	assert_int_equal(IMAPITable_SetColumns(view, (LPSPropTagArray)&cols, 0),
			 S_OK);
	assert_int_equal(IMAPITable_Restrict(view, &res, 0), S_OK);
	assert_int_equal(IMAPITable_SortTable(view, (LPSSortOrderSet)&sort, 0),
			 S_OK);
	live = alloc_live();
	for (n = 1; n < 10000; n++) {
		alloc_fail_after(n);
		hr = IMAPITable_QueryRows(view, 1000, TBL_NOADVANCE, &rows);
		if (!alloc_injected())
			break;
		alloc_fail_after(0);
		assert_int_equal(hr, MAPI_E_NOT_ENOUGH_MEMORY);
		assert_null(rows);
		assert_int_equal(alloc_live(), live);
	}
	alloc_fail_after(0);
	assert_true(n > 180);
	assert_int_equal(hr, S_OK);
	assert_int_equal(rows->cRows, 180);
	/* "alpha" first; within it, the highest key first. */
	assert_string_equal(rows->aRow[0].lpProps[1].Value.lpszA, "alpha");
	assert_int_equal(rows->aRow[0].lpProps[0].Value.l, 59);
	assert_string_equal(rows->aRow[179].lpProps[1].Value.lpszA, "gamma");
	assert_int_equal(rows->aRow[179].lpProps[0].Value.l, 0);
	FreeProws(rows);
	IMAPITable_Release(view);
	ITableData_Release(td);
	assert_int_equal(alloc_live(), before);
}

/*
 * A built dynamic view kept up to date while allocations fail: a change
 * that cannot be applied row by row makes the view drop its rows (they
 * are built again when next read) instead of going wrong.  After every
 * try the view shows exactly the table's rows, and nothing leaks.
 */
static void test_table_dynamic_update(void **state)
{
	long live = alloc_live();
	LPTABLEDATA td = NULL;
	LPMAPITABLE view = NULL;
	unsigned long n;
	ULONG count = 0, expect = 60;
	bool done = false;

	(void)state;
	assert_int_equal(table_fill(60, &td), S_OK);
	assert_int_equal(ITableData_HrGetView(td, NULL, NULL, 0, &view), S_OK);
	for (n = 1; !done && n < 1000; n++) {
		SPropValue props[3];
		SRow row = {0, 3, props};
		HRESULT hr;

		/* Build the view first, without failures. */
		assert_int_equal(IMAPITable_GetRowCount(view, 0, &count), S_OK);
		assert_int_equal(count, expect);
		table_row(props, (LONG)(1000 + n));
		props[2].ulPropTag = PROP_TAG(PT_LONG, 0x6780 + n % 64);
		alloc_fail_after(n);
		hr = ITableData_HrModifyRow(td, &row);
		done = !alloc_injected();
		alloc_fail_after(0);
		if (hr == S_OK)
			expect++;
		else
			assert_int_equal(hr, MAPI_E_NOT_ENOUGH_MEMORY);
		assert_int_equal(IMAPITable_GetRowCount(view, 0, &count), S_OK);
		assert_int_equal(count, expect);
	}
	assert_true(done);
	assert_true(n > 2);
	IMAPITable_Release(view);
	ITableData_Release(td);
	assert_int_equal(alloc_live(), live);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
	    cmocka_unit_test(test_prop_copy_more),
	    cmocka_unit_test(test_dup_propset),
	    cmocka_unit_test(test_propdata_set_props),
	    cmocka_unit_test(test_propdata_get_props),
	    cmocka_unit_test(test_table_query_rows),
	    cmocka_unit_test(test_table_modify_rows),
	    cmocka_unit_test(test_table_build_expanded),
	    cmocka_unit_test(test_table_dynamic_update),
	};
	return cmocka_run_group_tests(tests, NULL, NULL);
}
