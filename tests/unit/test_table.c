/*
 * test_table.c - CreateTable's ITableData and its IMAPITable views
 * (src/core/tabledata*.c): the objects, rows in and out, and the views:
 * columns, the cursor and bookmarks, FindRow, restrictions, sorting,
 * snapshot and dynamic views.  Multi-valued expansion, value types, the
 * caller's allocators and out of memory are in test_table_values.c;
 * notifications, threads and security contexts in test_table_shared.c.
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

#include "test_table.h"

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
	};
	return cmocka_run_group_tests(tests, NULL, NULL);
}
