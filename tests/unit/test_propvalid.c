/*
 * test_propvalid.c - the FBad* validation helpers (propvalid.c) and the hex
 * and byte-order helpers (hexutil.c).
 *
 * Expected values come from the documented behaviour and the native
 * Windows results recorded in mapi-facts.md 5.2, 8.1 and 10: which property
 * types are valid, FBadColumnSet's PT_ERROR quirk, upper-case HexFromBin,
 * UlFromSzHex("fF") == 0xff and the SwapPlong/SwapPword vectors.
 */
#include <stdarg.h>
#include <stddef.h>
#include <setjmp.h>
#include <stdint.h>
#include <cmocka.h>

#include <stdbool.h>
#include <stdio.h>
#include <string.h>

#include <mapiutil.h>

/* The base types native treats as valid, with or without MV_FLAG. */
static bool base_valid(ULONG type)
{
	static const ULONG valid[] = {
	    PT_UNSPECIFIED, PT_NULL,     PT_I2,      PT_LONG,    PT_R4,
	    PT_DOUBLE,      PT_CURRENCY, PT_APPTIME, PT_ERROR,   PT_BOOLEAN,
	    PT_OBJECT,      PT_I8,       PT_STRING8, PT_UNICODE, PT_SYSTIME,
	    PT_CLSID,       PT_BINARY,
	};
	size_t i;

	for (i = 0; i < sizeof(valid) / sizeof(valid[0]); i++) {
		if (type == valid[i])
			return true;
	}
	return false;
}

static void test_fbadproptag(void **state)
{
	ULONG type;

	(void)state;
	for (type = 0; type <= 0xFFFF; type++) {
		bool bad = !base_valid(type & ~(ULONG)MV_FLAG);

		assert_int_equal(FBadPropTag(PROP_TAG(type, 0)) != 0, bad);
		assert_int_equal(FBadPropTag(PROP_TAG(type, 0x8123)) != 0, bad);
	}
	/* The named cases the loop covers, spelled out. */
	assert_false(FBadPropTag(PR_SUBJECT_A));
	assert_false(FBadPropTag(PR_SUBJECT_W));
	assert_false(FBadPropTag(PROP_TAG(PT_MV_BINARY, 0x1234)));
	assert_false(FBadPropTag(PROP_TAG(MV_FLAG | PT_ERROR, 0x1234)));
	assert_true(FBadPropTag(MVI_PROP(PROP_TAG(PT_MV_LONG, 0x1234))));
	assert_true(FBadPropTag(PROP_TAG(PT_PTR, 0x1234)));
	assert_true(FBadPropTag(PROP_TAG(PT_SRESTRICTION, 0x1234)));
}

static void test_fbadcolumnset(void **state)
{
	SizedSPropTagArray(3, cols);
	ULONG type;

	(void)state;
	assert_true(FBadColumnSet(NULL));

	cols.cValues = 1;
	for (type = 0; type <= 0xFFFF; type++) {
		bool bad = !base_valid(type & ~(ULONG)MV_FLAG);

		/* Documented: PT_ERROR columns are invalid.  Native accepts
		 * the multi-valued form. */
		if (type == PT_ERROR)
			bad = true;
		cols.aulPropTag[0] = PROP_TAG(type, 0x4000);
		assert_int_equal(FBadColumnSet((LPSPropTagArray)&cols) != 0,
				 bad);
	}

	cols.cValues = 0;
	assert_false(FBadColumnSet((LPSPropTagArray)&cols));

	cols.cValues = 3;
	cols.aulPropTag[0] = PR_NULL;
	cols.aulPropTag[1] = PR_SUBJECT_A;
	cols.aulPropTag[2] = PR_ENTRYID;
	assert_false(FBadColumnSet((LPSPropTagArray)&cols));
	cols.aulPropTag[2] = CHANGE_PROP_TYPE(PR_ENTRYID, PT_ERROR);
	assert_true(FBadColumnSet((LPSPropTagArray)&cols));
	cols.aulPropTag[2] = MVI_PROP(PROP_TAG(PT_MV_LONG, 0x4000));
	assert_true(FBadColumnSet((LPSPropTagArray)&cols));
}

/*
 * The native loop: every type with a zeroed value, pointers filled in for
 * the single-valued pointer types.  Multi-valued values with count 0 are
 * valid, even for MV_FLAG forms that have no array type.
 */
static void test_fbadprop_types(void **state)
{
	static WCHAR empty[] = u"";
	GUID guid = {0};
	SPropValue pv;
	ULONG type;

	(void)state;
	assert_true(FBadProp(NULL));

	for (type = 0; type <= 0xFFFF; type++) {
		bool bad = !base_valid(type & ~(ULONG)MV_FLAG);

		memset(&pv, 0, sizeof(pv));
		pv.ulPropTag = PROP_TAG(type, 0x0001);
		switch (type) {
		case PT_STRING8:
			pv.Value.lpszA = "";
			break;
		case PT_UNICODE:
			pv.Value.lpszW = empty;
			break;
		case PT_CLSID:
			pv.Value.lpguid = &guid;
			break;
		}
		assert_int_equal(FBadProp(&pv) != 0, bad);
	}
}

static void test_fbadprop_values(void **state)
{
	static char str[] = "x";
	static WCHAR wstr[] = u"x";
	LPSTR strs[2] = {str, NULL};
	LPWSTR wstrs[2] = {wstr, NULL};
	SBinary bins[2] = {{1, (LPBYTE)str}, {0, NULL}};
	LONG longs[1] = {7};
	SPropValue pv;

	(void)state;
	memset(&pv, 0, sizeof(pv));

	pv.ulPropTag = PR_SUBJECT_A;
	pv.Value.lpszA = NULL;
	assert_true(FBadProp(&pv));
	pv.ulPropTag = PR_SUBJECT_W;
	pv.Value.lpszW = NULL;
	assert_true(FBadProp(&pv));
	pv.ulPropTag = PROP_TAG(PT_CLSID, 0x6000);
	pv.Value.lpguid = NULL;
	assert_true(FBadProp(&pv));

	/* Booleans must be TRUE or FALSE, as documented. */
	pv.ulPropTag = PR_HASATTACH;
	pv.Value.b = 1;
	assert_false(FBadProp(&pv));
	pv.Value.b = 0;
	assert_false(FBadProp(&pv));
	pv.Value.b = 2;
	assert_true(FBadProp(&pv));

	/* Binary: a count needs data, an empty one does not. */
	pv.ulPropTag = PR_ENTRYID;
	pv.Value.bin.cb = 4;
	pv.Value.bin.lpb = NULL;
	assert_true(FBadProp(&pv));
	pv.Value.bin.lpb = (LPBYTE)str;
	pv.Value.bin.cb = 1;
	assert_false(FBadProp(&pv));
	pv.Value.bin.cb = 0;
	pv.Value.bin.lpb = NULL;
	assert_false(FBadProp(&pv));

	/* Multi-valued arrays. */
	pv.ulPropTag = PROP_TAG(PT_MV_LONG, 0x6000);
	pv.Value.MVl.cValues = 1;
	pv.Value.MVl.lpl = NULL;
	assert_true(FBadProp(&pv));
	pv.Value.MVl.lpl = longs;
	assert_false(FBadProp(&pv));

	pv.ulPropTag = PROP_TAG(PT_MV_STRING8, 0x6000);
	pv.Value.MVszA.cValues = 1;
	pv.Value.MVszA.lppszA = strs;
	assert_false(FBadProp(&pv));
	pv.Value.MVszA.cValues = 2;
	assert_true(FBadProp(&pv));
	pv.Value.MVszA.lppszA = NULL;
	assert_true(FBadProp(&pv));

	pv.ulPropTag = PROP_TAG(PT_MV_UNICODE, 0x6000);
	pv.Value.MVszW.cValues = 1;
	pv.Value.MVszW.lppszW = wstrs;
	assert_false(FBadProp(&pv));
	pv.Value.MVszW.cValues = 2;
	assert_true(FBadProp(&pv));

	pv.ulPropTag = PROP_TAG(PT_MV_BINARY, 0x6000);
	pv.Value.MVbin.cValues = 2;
	pv.Value.MVbin.lpbin = bins;
	assert_false(FBadProp(&pv));
	bins[1].cb = 3;
	assert_true(FBadProp(&pv));
	pv.Value.MVbin.lpbin = NULL;
	assert_true(FBadProp(&pv));

	/* MV_FLAG | PT_ERROR has no array type: only an empty one passes. */
	pv.ulPropTag = PROP_TAG(MV_FLAG | PT_ERROR, 0x6000);
	pv.Value.MVl.cValues = 0;
	pv.Value.MVl.lpl = NULL;
	assert_false(FBadProp(&pv));
	pv.Value.MVl.cValues = 1;
	pv.Value.MVl.lpl = longs;
	assert_true(FBadProp(&pv));

	/* MV_INSTANCE is not a type bit. */
	pv.ulPropTag = MVI_PROP(PROP_TAG(PT_MV_LONG, 0x6000));
	pv.Value.l = 1;
	assert_true(FBadProp(&pv));
}

static void test_fbadrow(void **state)
{
	SPropValue props[2];
	SRow row;

	(void)state;
	assert_true(FBadRow(NULL));

	memset(props, 0, sizeof(props));
	props[0].ulPropTag = PR_SUBJECT_A;
	props[0].Value.lpszA = "subject";
	/* Missing columns come back as PT_ERROR: still a good row. */
	props[1].ulPropTag = CHANGE_PROP_TYPE(PR_BODY_A, PT_ERROR);
	props[1].Value.err = MAPI_E_NOT_FOUND;
	row.ulAdrEntryPad = 0;
	row.cValues = 2;
	row.lpProps = props;
	assert_false(FBadRow(&row));

	row.lpProps = NULL;
	assert_true(FBadRow(&row));
	row.cValues = 0;
	assert_false(FBadRow(&row));

	row.cValues = 2;
	row.lpProps = props;
	props[0].Value.lpszA = NULL;
	assert_true(FBadRow(&row));
	props[0].Value.lpszA = "subject";
	props[1].ulPropTag = PROP_TAG(0x0999, 0x1234);
	assert_true(FBadRow(&row));
}

static void test_fbadrowset(void **state)
{
	SPropValue good = {.ulPropTag = PR_IMPORTANCE, .Value.l = 1};
	SPropValue bad = {.ulPropTag = PR_SUBJECT_A, .Value.lpszA = NULL};
	SizedSRowSet(2, rows);

	(void)state;
	assert_true(FBadRowSet(NULL));

	rows.cRows = 0;
	assert_false(FBadRowSet((LPSRowSet)&rows));

	rows.cRows = 2;
	rows.aRow[0] = (SRow){0, 1, &good};
	rows.aRow[1] = (SRow){0, 1, &good};
	assert_false(FBadRowSet((LPSRowSet)&rows));
	rows.aRow[1].lpProps = &bad;
	assert_true(FBadRowSet((LPSRowSet)&rows));
	rows.aRow[1] = (SRow){0, 1, NULL};
	assert_true(FBadRowSet((LPSRowSet)&rows));
}

static void test_fbadrglpsz(void **state)
{
	static char narrow[] = "A String";
	static WCHAR wide[] = u"A String";
	LPSTR a[4] = {NULL, NULL, NULL, NULL};
	LPWSTR w[4] = {NULL, NULL, NULL, NULL};

	(void)state;
	assert_true(FBadRglpszA(NULL, 10));
	assert_true(FBadRglpszW(NULL, 10));
	assert_true(FBadRglpszA(a, 4));
	assert_true(FBadRglpszW(w, 4));

	a[0] = a[1] = a[2] = narrow;
	w[0] = w[1] = w[2] = wide;
	assert_false(FBadRglpszA(a, 3));
	assert_false(FBadRglpszW(w, 3));
	assert_true(FBadRglpszA(a, 4));
	assert_true(FBadRglpszW(w, 4));

	/* An empty array has nothing bad in it. */
	assert_false(FBadRglpszA(NULL, 0));
	assert_false(FBadRglpszW(NULL, 0));
}

/* ============================== hexutil.c ============================== */

static void test_hexfrombin(void **state)
{
	BYTE all[256];
	char out[2 * 256 + 1], want[2 * 256 + 1];
	BYTE ten = 10;
	int i;

	(void)state;
	for (i = 0; i < 256; i++) {
		all[i] = (BYTE)i;
		snprintf(&want[2 * i], 3, "%02X", i);
	}
	memset(out, 'x', sizeof(out));
	HexFromBin(all, 256, out);
	assert_string_equal(out, want);
	/* Upper case, as documented: decimal 10 is "0A". */
	HexFromBin(&ten, 1, out);
	assert_string_equal(out, "0A");

	memset(out, 'x', sizeof(out));
	HexFromBin(all, 0, out);
	assert_string_equal(out, "");
	memset(out, 'x', sizeof(out));
	HexFromBin(NULL, 4, out);
	assert_string_equal(out, "");
	memset(out, 'x', sizeof(out));
	HexFromBin(all, -3, out);
	assert_string_equal(out, "");
	HexFromBin(all, 4, NULL);
}

static void test_fbinfromhex(void **state)
{
	BYTE all[256], back[256], out[4];
	char hex[2 * 256 + 1];
	char mixed[] = "0a0B";
	char odd[] = "0A0";
	char junk[] = "0A0G";
	char empty[] = "";
	int i;

	(void)state;
	for (i = 0; i < 256; i++)
		all[i] = (BYTE)(255 - i);
	HexFromBin(all, 256, hex);
	memset(back, 0, sizeof(back));
	assert_true(FBinFromHex(hex, back));
	assert_memory_equal(back, all, sizeof(all));

	/* Both cases are valid digits. */
	assert_true(FBinFromHex(mixed, out));
	assert_int_equal(out[0], 0x0a);
	assert_int_equal(out[1], 0x0b);

	memset(out, 0xee, sizeof(out));
	assert_false(FBinFromHex(odd, out));
	assert_false(FBinFromHex(junk, out));
	/* Checked before writing: nothing was touched. */
	assert_int_equal(out[0], 0xee);
	assert_int_equal(out[1], 0xee);

	assert_true(FBinFromHex(empty, out));
	assert_int_equal(out[0], 0xee);
	assert_false(FBinFromHex(NULL, out));
	assert_false(FBinFromHex(mixed, NULL));
}

static void test_ulfromszhex(void **state)
{
	(void)state;
	assert_int_equal(UlFromSzHex("fF"), 0xff);
	assert_int_equal(UlFromSzHex("5a"), 90);
	assert_int_equal(UlFromSzHex("5g5h"), 5);
	assert_int_equal(UlFromSzHex("g5h5"), 0);
	assert_int_equal(UlFromSzHex(""), 0);
	assert_int_equal(UlFromSzHex(NULL), 0);
	assert_int_equal(UlFromSzHex("12345678"), 0x12345678);
	assert_int_equal(UlFromSzHex("DEADbeef"), 0xdeadbeef);
	assert_int_equal(UlFromSzHex("ffffffff"), 0xffffffff);
	/* A ninth digit shifts the first one out. */
	assert_int_equal(UlFromSzHex("123456789"), 0x23456789);
	/* No "0x" prefix and no white space. */
	assert_int_equal(UlFromSzHex("0x10"), 0);
	assert_int_equal(UlFromSzHex(" 1"), 0);
}

static void test_swappword(void **state)
{
	WORD words[3] = {0xff01, 0x10ff, 0x2001};

	(void)state;
	assert_int_equal(SwapPword(words, 2), 2);
	assert_int_equal(words[0], 0x01ff);
	assert_int_equal(words[1], 0xff10);
	assert_int_equal(words[2], 0x2001);
	assert_int_equal(SwapPword(words, 0), 0);
	assert_int_equal(words[0], 0x01ff);
	assert_int_equal(SwapPword(NULL, 5), 0);
}

static void test_swapplong(void **state)
{
	ULONG longs[3] = {0xffff0001, 0x1000ffff, 0x20000001};

	(void)state;
	assert_int_equal(SwapPlong(longs, 2), 2);
	assert_int_equal(longs[0], 0x0100ffff);
	assert_int_equal(longs[1], 0xffff0010);
	assert_int_equal(longs[2], 0x20000001);
	assert_int_equal(SwapPlong(NULL, 5), 0);
	longs[0] = 0x12345678;
	SwapPlong(longs, 1);
	assert_int_equal(longs[0], 0x78563412);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
	    cmocka_unit_test(test_fbadproptag),
	    cmocka_unit_test(test_fbadcolumnset),
	    cmocka_unit_test(test_fbadprop_types),
	    cmocka_unit_test(test_fbadprop_values),
	    cmocka_unit_test(test_fbadrow),
	    cmocka_unit_test(test_fbadrowset),
	    cmocka_unit_test(test_fbadrglpsz),
	    cmocka_unit_test(test_hexfrombin),
	    cmocka_unit_test(test_fbinfromhex),
	    cmocka_unit_test(test_ulfromszhex),
	    cmocka_unit_test(test_swappword),
	    cmocka_unit_test(test_swapplong),
	};
	return cmocka_run_group_tests(tests, NULL, NULL);
}
