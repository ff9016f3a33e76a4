/*
 * test_restriction.c - res_validate / res_eval over every RES_* type, the
 * RELOP truth tables of each comparable property type, FL_* matching,
 * multi-valued and missing properties, and the error codes of bad trees
 * (src/core/restriction.c, src/core/propcmp.c).
 *
 * Expected values follow the MAPI documentation of SRestriction and its
 * members: RELOP_x is "row value x constant", content restrictions need
 * matching types (else MAPI_E_TOO_COMPLEX), UlPropSize sizes ("Hi!" is 4
 * bytes as PT_STRING8, 8 as PT_UNICODE), BMR_EQZ / BMR_NEZ on the masked
 * value.
 */
#include <stdarg.h>
#include <stddef.h>
#include <setjmp.h>
#include <stdint.h>
#include <cmocka.h>

#include <errno.h>
#include <math.h>
#include <string.h>

#include <mapidefs.h>
#include <mapicode.h>
#include <mapitags.h>

#include "alloc.h"
#include "errmap.h"
#include "restriction.h"

#define ID_A 0x8001
#define ID_B 0x8002

/* ---------------------------------------------------------------------------
 * Building values, rows and restrictions
 */

static SPropValue pv(ULONG type, ULONG id)
{
	SPropValue v;

	memset(&v, 0, sizeof(v));
	v.ulPropTag = PROP_TAG(type, id);
	return v;
}

static SPropValue pv_long(ULONG id, LONG l)
{
	SPropValue v = pv(PT_LONG, id);

	v.Value.l = l;
	return v;
}

static SPropValue pv_str8(ULONG id, const char *s)
{
	SPropValue v = pv(PT_STRING8, id);

	v.Value.lpszA = (LPSTR)s;
	return v;
}

static SPropValue pv_wstr(ULONG id, const WCHAR *s)
{
	SPropValue v = pv(PT_UNICODE, id);

	v.Value.lpszW = (LPWSTR)s;
	return v;
}

static SPropValue pv_bin(ULONG id, const void *p, ULONG cb)
{
	SPropValue v = pv(PT_BINARY, id);

	v.Value.bin.cb = cb;
	v.Value.bin.lpb = (LPBYTE)p;
	return v;
}

static SRow row_of(SPropValue *props, ULONG n)
{
	SRow r = {0, n, props};

	return r;
}

static SRestriction r_prop(ULONG relop, ULONG tag, SPropValue *value)
{
	SRestriction r = {RES_PROPERTY};

	r.res.resProperty.relop = relop;
	r.res.resProperty.ulPropTag = tag;
	r.res.resProperty.lpProp = value;
	return r;
}

static SRestriction r_content(ULONG fuzzy, ULONG tag, SPropValue *value)
{
	SRestriction r = {RES_CONTENT};

	r.res.resContent.ulFuzzyLevel = fuzzy;
	r.res.resContent.ulPropTag = tag;
	r.res.resContent.lpProp = value;
	return r;
}

static SRestriction r_exist(ULONG tag)
{
	SRestriction r = {RES_EXIST};

	r.res.resExist.ulPropTag = tag;
	return r;
}

static SRestriction r_list(ULONG rt, SRestriction *terms, ULONG n)
{
	SRestriction r = {rt};

	r.res.resAnd.cRes = n;
	r.res.resAnd.lpRes = terms;
	return r;
}

static SRestriction r_not(SRestriction *term)
{
	SRestriction r = {RES_NOT};

	r.res.resNot.lpRes = term;
	return r;
}

/* Validates, then evaluates; the restriction must be valid. */
static int eval(const SRestriction *res, const SRow *row)
{
	const char *error = NULL;
	int ret = res_validate(res, &error);

	if (ret != 0)
		fail_msg("unexpected validation error %d: %s", ret,
			 error != NULL ? error : "(none)");
	return res_eval(res, row, NULL, NULL);
}

static HRESULT validate_hr(const SRestriction *res)
{
	const char *error = NULL;
	int ret = res_validate(res, &error);

	if (ret != 0)
		assert_non_null(error);
	return errmap_hr(ret);
}

/* ---------------------------------------------------------------------------
 * RELOP truth tables
 */

/*
 * With the row holding mid and lo < mid < hi, the 18 results of "mid relop
 * constant" for the constants lo, mid, hi and the six operators.
 */
static const int relop_table[3][6] = {
    /* LT LE GT GE EQ NE */
    {0, 0, 1, 1, 0, 1}, /* constant lo  */
    {0, 1, 0, 1, 1, 0}, /* constant mid */
    {1, 1, 0, 0, 0, 1}, /* constant hi  */
};

static void check_relops(SPropValue lo, SPropValue mid, SPropValue hi)
{
	SPropValue row_value = mid, *consts[3] = {&lo, &mid, &hi};
	SRow row = row_of(&row_value, 1);

	for (int c = 0; c < 3; c++) {
		for (ULONG op = RELOP_LT; op <= RELOP_NE; op++) {
			SRestriction r = r_prop(op, mid.ulPropTag, consts[c]);
			int got = eval(&r, &row);

			if (got != relop_table[c][op])
				fail_msg("type 0x%04x relop %u constant %d: "
					 "got %d, expected %d",
					 (unsigned)PROP_TYPE(mid.ulPropTag),
					 (unsigned)op, c, got,
					 relop_table[c][op]);
		}
	}
}

static void test_relop_integers(void **state)
{
	SPropValue lo, mid, hi;

	(void)state;
	lo = pv(PT_I2, ID_A);
	mid = lo;
	hi = lo;
	lo.Value.i = -300;
	mid.Value.i = 2;
	hi.Value.i = 32000;
	check_relops(lo, mid, hi);

	/* Signed: -5 < 3. */
	check_relops(pv_long(ID_A, -5), pv_long(ID_A, 3), pv_long(ID_A, 7));

	lo = pv(PT_I8, ID_A);
	mid = lo;
	hi = lo;
	lo.Value.li.QuadPart = INT64_MIN;
	mid.Value.li.QuadPart = -1;
	hi.Value.li.QuadPart = INT64_C(1) << 40;
	check_relops(lo, mid, hi);

	/* PT_CURRENCY: a signed 64-bit count of 1/10000. */
	lo = pv(PT_CURRENCY, ID_A);
	mid = lo;
	hi = lo;
	lo.Value.cur.int64 = -25000;
	mid.Value.cur.int64 = 0;
	hi.Value.cur.int64 = 10000;
	check_relops(lo, mid, hi);

	/* PT_ERROR is not allowed in a property restriction (see below), but
	 * PT_SYSTIME is, as an unsigned 64-bit count: the high half decides,
	 * and its top bit makes the value large, not negative. */
	lo = pv(PT_SYSTIME, ID_A);
	mid = lo;
	hi = lo;
	lo.Value.ft.dwHighDateTime = 0x01D00000;
	lo.Value.ft.dwLowDateTime = 0xFFFFFFFF;
	mid.Value.ft.dwHighDateTime = 0x01D00001;
	mid.Value.ft.dwLowDateTime = 0;
	hi.Value.ft.dwHighDateTime = 0x80000000;
	hi.Value.ft.dwLowDateTime = 0;
	check_relops(lo, mid, hi);
}

static void test_relop_floats(void **state)
{
	SPropValue lo, mid, hi;

	(void)state;
	lo = pv(PT_DOUBLE, ID_A);
	mid = lo;
	hi = lo;
	lo.Value.dbl = -1e300;
	mid.Value.dbl = 0.5;
	hi.Value.dbl = 0.75;
	check_relops(lo, mid, hi);

	lo = pv(PT_R4, ID_A);
	mid = lo;
	hi = lo;
	lo.Value.flt = -2.5f;
	mid.Value.flt = -2.25f;
	hi.Value.flt = 1e10f;
	check_relops(lo, mid, hi);

	lo = pv(PT_APPTIME, ID_A);
	mid = lo;
	hi = lo;
	lo.Value.at = 45000.25;
	mid.Value.at = 45000.5;
	hi.Value.at = 45001.0;
	check_relops(lo, mid, hi);

	/* -0.0 equals 0.0; NaN sorts after every number. */
	lo = pv(PT_DOUBLE, ID_A);
	mid = lo;
	hi = lo;
	lo.Value.dbl = -1.0;
	mid.Value.dbl = -0.0;
	hi.Value.dbl = NAN;
	check_relops(lo, mid, hi);
	{
		SPropValue zero = pv(PT_DOUBLE, ID_A);
		SRow row = row_of(&mid, 1);
		SRestriction r = r_prop(RELOP_EQ, mid.ulPropTag, &zero);

		zero.Value.dbl = 0.0;
		assert_int_equal(eval(&r, &row), 1);
	}
}

static void test_relop_strings(void **state)
{
	(void)state;
	/*
	 * Case-insensitive, as tables sort: "apple" < "Banana" < "cherry"
	 * (case-sensitively "Banana" would come first).
	 */
	check_relops(pv_str8(ID_A, "apple"), pv_str8(ID_A, "Banana"),
		     pv_str8(ID_A, "cherry"));
	check_relops(pv_wstr(ID_A, u"apple"), pv_wstr(ID_A, u"Banana"),
		     pv_wstr(ID_A, u"cherry"));
	/* Shorter prefix first; non-ASCII after ASCII in code point
	 * order. */
	check_relops(pv_wstr(ID_A, u"Zeta"), pv_wstr(ID_A, u"zeta2"),
		     pv_wstr(ID_A, u"\u00e9t\u00e9"));
	check_relops(pv_str8(ID_A, "STRASSA"), pv_str8(ID_A, "Straße"),
		     pv_str8(ID_A, "strasset"));
	{
		/* Case and full folding make these equal. */
		SPropValue v = pv_wstr(ID_A, u"STRASSE");
		SPropValue c = pv_wstr(ID_A, u"stra\u00dfe");
		SRow row = row_of(&v, 1);
		SRestriction eq = r_prop(RELOP_EQ, v.ulPropTag, &c);
		SRestriction ne = r_prop(RELOP_NE, v.ulPropTag, &c);

		assert_int_equal(eval(&eq, &row), 1);
		assert_int_equal(eval(&ne, &row), 0);
	}
}

static void test_relop_binary_guid_bool(void **state)
{
	static const BYTE ff[] = {0xFF}, b1[] = {0x00, 0x01}, b2[] = {0, 2};
	GUID g1 = {0x11, 0x22, 0x33, {1, 2, 3, 4, 5, 6, 7, 1}};
	GUID g2 = g1, g3 = g1;
	SPropValue lo, mid, hi;

	(void)state;
	/* Binary: shorter first (length decides before the bytes). */
	check_relops(pv_bin(ID_A, ff, 1), pv_bin(ID_A, b1, 2),
		     pv_bin(ID_A, b2, 2));
	check_relops(pv_bin(ID_A, NULL, 0), pv_bin(ID_A, ff, 1),
		     pv_bin(ID_A, b1, 2));

	g2.Data4[7] = 2;
	g3.Data4[7] = 3;
	lo = pv(PT_CLSID, ID_A);
	mid = lo;
	hi = lo;
	lo.Value.lpguid = &g1;
	mid.Value.lpguid = &g2;
	hi.Value.lpguid = &g3;
	check_relops(lo, mid, hi);

	/* Booleans: false < true; any non-zero b is true. */
	lo = pv(PT_BOOLEAN, ID_A);
	mid = lo;
	lo.Value.b = 0;
	mid.Value.b = 1;
	{
		SPropValue other_true = mid;
		SRow row = row_of(&mid, 1);
		SRestriction r;

		other_true.Value.b = 0x100;
		r = r_prop(RELOP_EQ, mid.ulPropTag, &other_true);
		assert_int_equal(eval(&r, &row), 1);
		r = r_prop(RELOP_GT, mid.ulPropTag, &lo);
		assert_int_equal(eval(&r, &row), 1);
		r = r_prop(RELOP_NE, mid.ulPropTag, &lo);
		assert_int_equal(eval(&r, &row), 1);
		r = r_prop(RELOP_LE, mid.ulPropTag, &lo);
		assert_int_equal(eval(&r, &row), 0);
	}
}

/* PT_STRING8 and PT_UNICODE constants need a tag of their own type. */
static void test_relop_string_widths(void **state)
{
	SPropValue a8 = pv_str8(ID_A, "abc"), w = pv_wstr(ID_A, u"abc");
	SRestriction r = r_prop(RELOP_EQ, a8.ulPropTag, &w);

	(void)state;
	assert_int_equal(validate_hr(&r), MAPI_E_TOO_COMPLEX);
}

/* ---------------------------------------------------------------------------
 * Content restrictions
 */

static int content(const SPropValue *row_value, ULONG fuzzy, SPropValue needle)
{
	SPropValue v = *row_value;
	SRow row = row_of(&v, 1);
	SRestriction r = r_content(fuzzy, v.ulPropTag, &needle);

	return eval(&r, &row);
}

static void test_content_strings(void **state)
{
	SPropValue s8 = pv_str8(ID_A, "Quarterly Report");
	SPropValue sw = pv_wstr(ID_A, u"Quarterly Report");

	(void)state;
	assert_int_equal(
	    content(&s8, FL_FULLSTRING, pv_str8(ID_B, "Quarterly Report")), 1);
	assert_int_equal(
	    content(&s8, FL_FULLSTRING, pv_str8(ID_B, "quarterly report")), 0);
	assert_int_equal(content(&s8, FL_FULLSTRING | FL_IGNORECASE,
				 pv_str8(ID_B, "quarterly report")),
			 1);
	assert_int_equal(content(&s8, FL_PREFIX, pv_str8(ID_B, "Quarter")), 1);
	assert_int_equal(content(&s8, FL_PREFIX, pv_str8(ID_B, "Report")), 0);
	assert_int_equal(content(&s8, FL_SUBSTRING, pv_str8(ID_B, "Report")),
			 1);
	assert_int_equal(content(&s8, FL_SUBSTRING, pv_str8(ID_B, "report")),
			 0);
	assert_int_equal(
	    content(&s8, FL_SUBSTRING | FL_IGNORECASE, pv_str8(ID_B, "REPORT")),
	    1);

	assert_int_equal(
	    content(&sw, FL_FULLSTRING, pv_wstr(ID_B, u"Quarterly Report")), 1);
	assert_int_equal(content(&sw, FL_PREFIX | FL_IGNORECASE,
				 pv_wstr(ID_B, u"QUARTERLY")),
			 1);
	assert_int_equal(content(&sw, FL_SUBSTRING, pv_wstr(ID_B, u"terly R")),
			 1);
	assert_int_equal(content(&sw, FL_SUBSTRING, pv_wstr(ID_B, u"TERLY")),
			 0);
}

static void test_content_unicode_folding(void **state)
{
	SPropValue street = pv_wstr(ID_A, u"Hauptstra\u00dfe 5");
	SPropValue elan = pv_str8(ID_A, "\xc3\x89lan vital");

	(void)state;
	assert_int_equal(content(&street, FL_SUBSTRING | FL_IGNORECASE,
				 pv_wstr(ID_B, u"STRASSE")),
			 1);
	assert_int_equal(
	    content(&street, FL_SUBSTRING, pv_wstr(ID_B, u"STRASSE")), 0);
	assert_int_equal(content(&elan,
				 FL_PREFIX | FL_IGNORECASE | FL_IGNORENONSPACE,
				 pv_str8(ID_B, "elan")),
			 1);
	assert_int_equal(
	    content(&elan, FL_PREFIX | FL_IGNORECASE, pv_str8(ID_B, "elan")),
	    0);
	assert_int_equal(
	    content(&elan, FL_PREFIX | FL_LOOSE, pv_str8(ID_B, "ELAN V")), 1);
}

static void test_content_binary(void **state)
{
	static const BYTE data[] = {'A', 'B', 'C', 0, 0xFF};
	SPropValue bin = pv_bin(ID_A, data, sizeof(data));

	(void)state;
	assert_int_equal(
	    content(&bin, FL_FULLSTRING, pv_bin(ID_B, data, sizeof(data))), 1);
	assert_int_equal(content(&bin, FL_FULLSTRING, pv_bin(ID_B, data, 4)),
			 0);
	assert_int_equal(content(&bin, FL_PREFIX, pv_bin(ID_B, "AB", 2)), 1);
	assert_int_equal(content(&bin, FL_PREFIX, pv_bin(ID_B, "BC", 2)), 0);
	assert_int_equal(content(&bin, FL_SUBSTRING, pv_bin(ID_B, "C\0", 2)),
			 1);
	assert_int_equal(content(&bin, FL_SUBSTRING, pv_bin(ID_B, NULL, 0)), 1);
	/* Binary is compared bytewise: FL_IGNORECASE changes nothing. */
	assert_int_equal(
	    content(&bin, FL_PREFIX | FL_IGNORECASE, pv_bin(ID_B, "ab", 2)), 0);
	assert_int_equal(
	    content(&bin, FL_PREFIX | FL_IGNORECASE, pv_bin(ID_B, "AB", 2)), 1);
}

static void test_content_multivalued(void **state)
{
	LPWSTR words[] = {(LPWSTR)u"alpha", (LPWSTR)u"Beta", (LPWSTR)u"gamma"};
	LPSTR words8[] = {(LPSTR) "red", (LPSTR) "Green"};
	SBinary bins[] = {{2, (LPBYTE) "\x01\x02"}, {3, (LPBYTE) "xyz"}};
	SPropValue mv = pv(PT_MV_UNICODE, ID_A);
	SPropValue mv8 = pv(PT_MV_STRING8, ID_A);
	SPropValue mvb = pv(PT_MV_BINARY, ID_A);
	SPropValue empty = pv(PT_MV_UNICODE, ID_A);

	(void)state;
	mv.Value.MVszW.cValues = 3;
	mv.Value.MVszW.lppszW = words;
	mv8.Value.MVszA.cValues = 2;
	mv8.Value.MVszA.lppszA = words8;
	mvb.Value.MVbin.cValues = 2;
	mvb.Value.MVbin.lpbin = bins;

	/* Any value that matches. */
	assert_int_equal(
	    content(&mv, FL_PREFIX | FL_IGNORECASE, pv_wstr(ID_B, u"BET")), 1);
	assert_int_equal(content(&mv, FL_FULLSTRING, pv_wstr(ID_B, u"gamma")),
			 1);
	assert_int_equal(content(&mv, FL_FULLSTRING, pv_wstr(ID_B, u"beta")),
			 0);
	assert_int_equal(content(&mv, FL_SUBSTRING, pv_wstr(ID_B, u"delta")),
			 0);
	assert_int_equal(content(&mv8, FL_FULLSTRING | FL_IGNORECASE,
				 pv_str8(ID_B, "GREEN")),
			 1);
	assert_int_equal(content(&mvb, FL_SUBSTRING, pv_bin(ID_B, "yz", 2)), 1);
	assert_int_equal(content(&mvb, FL_SUBSTRING, pv_bin(ID_B, "zz", 2)), 0);
	/* No values, nothing matches, not even an empty needle. */
	assert_int_equal(content(&empty, FL_SUBSTRING, pv_wstr(ID_B, u"")), 0);
}

/* Content restrictions on ASCII and Latin text do not allocate at all. */
static void test_content_no_alloc(void **state)
{
	SPropValue subject = pv_wstr(ID_A, u"RE: Weekly status report");
	SPropValue latin = pv_wstr(ID_A, u"AW: Grüße aus Köln");
	SPropValue needle = pv_wstr(ID_B, u"STATUS");
	SPropValue lneedle = pv_wstr(ID_B, u"GRÜSSE AUS");
	SRow row = row_of(&subject, 1), lrow = row_of(&latin, 1);
	SRestriction r =
	    r_content(FL_SUBSTRING | FL_IGNORECASE, subject.ulPropTag, &needle);
	SRestriction lr = r_content(FL_SUBSTRING | FL_IGNORECASE,
				    subject.ulPropTag, &lneedle);

	(void)state;
	assert_int_equal(res_validate(&r, NULL), 0);
	assert_int_equal(res_validate(&lr, NULL), 0);
	alloc_fail_after(1);
	assert_int_equal(res_eval(&r, &row, NULL, NULL), 1);
	assert_int_equal(res_eval(&r, &lrow, NULL, NULL), 0);
	assert_int_equal(res_eval(&lr, &lrow, NULL, NULL), 1);
	assert_int_equal(res_eval(&lr, &row, NULL, NULL), 0);
	assert_false(alloc_injected());
	alloc_fail_after(0);
}

/* Matching beyond Latin allocates; every failure is a clean -ENOMEM. */
static void test_content_nomem(void **state)
{
	SPropValue subject = pv_wstr(ID_A, u"Привет из Москвы");
	SPropValue needle = pv_wstr(ID_B, u"ПРИВЕТ ИЗ");
	SRow row = row_of(&subject, 1);
	SRestriction r =
	    r_content(FL_PREFIX | FL_IGNORECASE, subject.ulPropTag, &needle);
	long live = alloc_live();
	unsigned long n;
	int ret;

	(void)state;
	assert_int_equal(res_validate(&r, NULL), 0);
	for (n = 1;; n++) {
		alloc_fail_after(n);
		ret = res_eval(&r, &row, NULL, NULL);
		if (!alloc_injected())
			break;
		assert_int_equal(ret, -ENOMEM);
		assert_int_equal(errmap_hr(ret), MAPI_E_NOT_ENOUGH_MEMORY);
		assert_int_equal(alloc_live(), live);
	}
	alloc_fail_after(0);
	assert_int_equal(ret, 1);
	assert_true(n > 1);
	assert_int_equal(alloc_live(), live);
}

/* ---------------------------------------------------------------------------
 * Multi-valued and missing properties in property restrictions
 */

static void test_property_multivalued(void **state)
{
	LONG values[] = {1, 5, 9};
	LONG two[] = {1, 5};
	SPropValue mv = pv(PT_MV_LONG, ID_A), whole = mv, part = mv;
	SRow row = row_of(&mv, 1);
	SPropValue c;
	SRestriction r;

	(void)state;
	mv.Value.MVl.cValues = 3;
	mv.Value.MVl.lpl = values;

	/* A single constant: true when any element satisfies it. */
	c = pv_long(ID_A, 5);
	r = r_prop(RELOP_EQ, mv.ulPropTag, &c);
	assert_int_equal(eval(&r, &row), 1);
	c = pv_long(ID_A, 6);
	assert_int_equal(eval(&r, &row), 0);
	r = r_prop(RELOP_GT, mv.ulPropTag, &c);
	assert_int_equal(eval(&r, &row), 1);
	c = pv_long(ID_A, 1);
	r = r_prop(RELOP_LT, mv.ulPropTag, &c);
	assert_int_equal(eval(&r, &row), 0);
	c = pv_long(ID_A, 5);
	r = r_prop(RELOP_NE, mv.ulPropTag, &c);
	assert_int_equal(eval(&r, &row), 1);

	/* A multi-valued constant: the whole value is compared. */
	whole.Value.MVl.cValues = 3;
	whole.Value.MVl.lpl = values;
	r = r_prop(RELOP_EQ, mv.ulPropTag, &whole);
	assert_int_equal(eval(&r, &row), 1);
	part.Value.MVl.cValues = 2;
	part.Value.MVl.lpl = two;
	r = r_prop(RELOP_EQ, mv.ulPropTag, &part);
	assert_int_equal(eval(&r, &row), 0);
	r = r_prop(RELOP_GT, mv.ulPropTag, &part);
	assert_int_equal(eval(&r, &row), 1);

	/* Strings: case-insensitive, any element. */
	{
		LPSTR words[] = {(LPSTR) "Work", (LPSTR) "Urgent"};
		SPropValue kw = pv(PT_MV_STRING8, ID_B);
		SPropValue want = pv_str8(ID_B, "urgent");
		SRow krow = row_of(&kw, 1);

		kw.Value.MVszA.cValues = 2;
		kw.Value.MVszA.lppszA = words;
		r = r_prop(RELOP_EQ, kw.ulPropTag, &want);
		assert_int_equal(eval(&r, &krow), 1);
	}
}

static SRestriction r_bitmask(ULONG rel, ULONG tag, ULONG mask);
static SRestriction r_size(ULONG relop, ULONG tag, ULONG cb);

/*
 * MVI tags on rows that hold the whole multi-valued property: "works like
 * a restriction on a single-valued property" (IMAPITable::Restrict), so a
 * row matches when any one of its values does.
 */
static void test_mvi_any_value(void **state)
{
	LONG values[] = {1, 5, 9};
	LPWSTR words[] = {(LPWSTR)u"alpha", (LPWSTR)u"Beta", (LPWSTR)u"gamma"};
	SPropValue props[2] = {pv(PT_MV_LONG, ID_A), pv(PT_MV_UNICODE, ID_B)};
	SRow row = row_of(props, 2), none = {0, 0, NULL};
	const ULONG mvl = MVI_PROP(props[0].ulPropTag);
	const ULONG mvw = MVI_PROP(props[1].ulPropTag);
	SPropValue c = pv_long(ID_A, 5), w = pv_wstr(ID_B, u"BET");
	SRestriction r, n;

	(void)state;
	props[0].Value.MVl.cValues = 3;
	props[0].Value.MVl.lpl = values;
	props[1].Value.MVszW.cValues = 3;
	props[1].Value.MVszW.lppszW = words;

	/* Property: each relop against the values one by one. */
	r = r_prop(RELOP_EQ, mvl, &c);
	assert_int_equal(eval(&r, &row), 1);
	assert_int_equal(eval(&r, &none), 0);
	r = r_prop(RELOP_NE, mvl, &c); /* 1 and 9 differ from 5 */
	assert_int_equal(eval(&r, &row), 1);
	c = pv_long(ID_A, 6);
	r = r_prop(RELOP_EQ, mvl, &c);
	assert_int_equal(eval(&r, &row), 0);
	c = pv_long(ID_A, 1);
	r = r_prop(RELOP_LT, mvl, &c);
	assert_int_equal(eval(&r, &row), 0);
	c = pv_long(ID_A, 8);
	r = r_prop(RELOP_GT, mvl, &c);
	assert_int_equal(eval(&r, &row), 1);
	/* The value may carry the tag QueryRows gives an instance. */
	c.ulPropTag = PROP_TAG(PT_LONG | MV_INSTANCE, ID_A);
	assert_int_equal(eval(&r, &row), 1);

	/* Content: any value that matches; strings ignore case as asked. */
	r = r_content(FL_PREFIX | FL_IGNORECASE, mvw, &w);
	assert_int_equal(eval(&r, &row), 1);
	r = r_content(FL_PREFIX, mvw, &w);
	assert_int_equal(eval(&r, &row), 0);
	w = pv_wstr(ID_B, u"gamma");
	r = r_content(FL_FULLSTRING, mvw, &w);
	assert_int_equal(eval(&r, &row), 1);

	/* Bitmask: 1, 5, 9 are odd; only 9 has bit 3, none bit 1. */
	r = r_bitmask(BMR_NEZ, mvl, 0x8);
	assert_int_equal(eval(&r, &row), 1);
	r = r_bitmask(BMR_NEZ, mvl, 0x2);
	assert_int_equal(eval(&r, &row), 0);
	r = r_bitmask(BMR_EQZ, mvl, 0x1);
	assert_int_equal(eval(&r, &row), 0);
	r = r_bitmask(BMR_EQZ, mvl, 0x4);
	assert_int_equal(eval(&r, &row), 1);

	/* Size: each value alone (12, 10, 12 bytes), not their sum. */
	r = r_size(RELOP_EQ, mvw, 10);
	assert_int_equal(eval(&r, &row), 1);
	r = r_size(RELOP_GT, mvw, 12);
	assert_int_equal(eval(&r, &row), 0);
	r = r_size(RELOP_EQ, mvw, 34);
	assert_int_equal(eval(&r, &row), 0);
	r = r_size(RELOP_EQ, props[1].ulPropTag, 34);
	assert_int_equal(eval(&r, &row), 1);

	/* Exist: the multi-valued property is there. */
	r = r_exist(mvl);
	assert_int_equal(eval(&r, &row), 1);
	assert_int_equal(eval(&r, &none), 0);

	/* No values: no value matches, so NOT of it does. */
	props[0].Value.MVl.cValues = 0;
	c = pv_long(ID_A, 5);
	r = r_prop(RELOP_NE, mvl, &c);
	assert_int_equal(eval(&r, &row), 0);
	n = r_not(&r);
	assert_int_equal(eval(&n, &row), 1);
	r = r_bitmask(BMR_EQZ, mvl, 0x1);
	assert_int_equal(eval(&r, &row), 0);
}

/*
 * A row of a view that expands the MVI column carries one instance under
 * the MVI tag (and under the tag without MV_FLAG) in front of the data
 * row's properties: the restriction sees that instance only.
 */
static void test_mvi_expanded_row(void **state)
{
	LONG values[] = {1, 5, 9};
	SPropValue props[3] = {pv(PT_LONG | MV_INSTANCE, ID_A),
			       pv(PT_MV_LONG | MV_INSTANCE, ID_A),
			       pv(PT_MV_LONG, ID_A)};
	SRow row = row_of(props, 3);
	const ULONG mvl = props[1].ulPropTag;
	SPropValue c = pv_long(ID_A, 5);
	SRestriction r;

	(void)state;
	props[0].Value.l = props[1].Value.l = 9;
	props[2].Value.MVl.cValues = 3;
	props[2].Value.MVl.lpl = values;
	r = r_prop(RELOP_EQ, mvl, &c);
	assert_int_equal(eval(&r, &row), 0);
	c.Value.l = 9;
	assert_int_equal(eval(&r, &row), 1);
	r = r_bitmask(BMR_NEZ, mvl, 0x8);
	assert_int_equal(eval(&r, &row), 1);
	r = r_bitmask(BMR_NEZ, mvl, 0x4);
	assert_int_equal(eval(&r, &row), 0);
	r = r_size(RELOP_EQ, mvl, 4);
	assert_int_equal(eval(&r, &row), 1);
}

static void test_missing_properties(void **state)
{
	SPropValue other = pv_long(ID_B, 42);
	SRow row = row_of(&other, 1);
	SRow empty = {0, 0, NULL};
	SPropValue c = pv_long(ID_A, 42), s = pv_str8(ID_A, "x");
	SRestriction terms[6], not_content;

	(void)state;
	terms[0] = r_prop(RELOP_EQ, c.ulPropTag, &c);
	terms[1] = r_prop(RELOP_NE, c.ulPropTag, &c);
	terms[2] = r_content(FL_SUBSTRING, s.ulPropTag, &s);
	terms[3] = (SRestriction){RES_BITMASK};
	terms[3].res.resBitMask.relBMR = BMR_EQZ;
	terms[3].res.resBitMask.ulPropTag = c.ulPropTag;
	terms[3].res.resBitMask.ulMask = 1;
	terms[4] = (SRestriction){RES_SIZE};
	terms[4].res.resSize.relop = RELOP_GE;
	terms[4].res.resSize.ulPropTag = c.ulPropTag;
	terms[4].res.resSize.cb = 0;
	terms[5] = (SRestriction){RES_COMPAREPROPS};
	terms[5].res.resCompareProps.relop = RELOP_EQ;
	terms[5].res.resCompareProps.ulPropTag1 = c.ulPropTag;
	terms[5].res.resCompareProps.ulPropTag2 = other.ulPropTag;
	for (int i = 0; i < 6; i++) {
		if (eval(&terms[i], &row) != 0)
			fail_msg("term %d matched a row without the property",
				 i);
		assert_int_equal(eval(&terms[i], &empty), 0);
	}
	/* NOT of a false restriction on a missing property is true. */
	not_content = r_not(&terms[2]);
	assert_int_equal(eval(&not_content, &row), 1);
	/* A placeholder PT_ERROR value is not the property. */
	{
		SPropValue err = pv(PT_ERROR, ID_A);
		SRow erow = row_of(&err, 1);
		SRestriction any = r_exist(PROP_TAG(PT_UNSPECIFIED, ID_A));

		err.Value.err = MAPI_E_NOT_FOUND;
		assert_int_equal(eval(&terms[0], &erow), 0);
		assert_int_equal(eval(&any, &erow), 0);
	}
}

/* ---------------------------------------------------------------------------
 * The other restriction types
 */

static void test_exist(void **state)
{
	SPropValue props[2] = {pv_long(ID_A, 1), pv_str8(ID_B, "b")};
	SRow row = row_of(props, 2);
	SRestriction r;

	(void)state;
	r = r_exist(PROP_TAG(PT_LONG, ID_A));
	assert_int_equal(eval(&r, &row), 1);
	/* By full tag: another type of the same ID is another property. */
	r = r_exist(PROP_TAG(PT_I2, ID_A));
	assert_int_equal(eval(&r, &row), 0);
	/* PT_UNSPECIFIED: any type of that ID. */
	r = r_exist(PROP_TAG(PT_UNSPECIFIED, ID_B));
	assert_int_equal(eval(&r, &row), 1);
	r = r_exist(PROP_TAG(PT_UNSPECIFIED, 0x8003));
	assert_int_equal(eval(&r, &row), 0);
}

static SRestriction r_bitmask(ULONG rel, ULONG tag, ULONG mask)
{
	SRestriction r = {RES_BITMASK};

	r.res.resBitMask.relBMR = rel;
	r.res.resBitMask.ulPropTag = tag;
	r.res.resBitMask.ulMask = mask;
	return r;
}

static void test_bitmask(void **state)
{
	SPropValue flags = pv_long(ID_A, 0x0F);
	SRow row = row_of(&flags, 1);
	SRestriction r;

	(void)state;
	r = r_bitmask(BMR_EQZ, flags.ulPropTag, 0x10);
	assert_int_equal(eval(&r, &row), 1);
	r = r_bitmask(BMR_NEZ, flags.ulPropTag, 0x10);
	assert_int_equal(eval(&r, &row), 0);
	r = r_bitmask(BMR_EQZ, flags.ulPropTag, 0x11);
	assert_int_equal(eval(&r, &row), 0);
	r = r_bitmask(BMR_NEZ, flags.ulPropTag, 0x11);
	assert_int_equal(eval(&r, &row), 1);
	flags.Value.l = (LONG)0x80000000;
	r = r_bitmask(BMR_NEZ, flags.ulPropTag, 0x80000000);
	assert_int_equal(eval(&r, &row), 1);
}

static SRestriction r_size(ULONG relop, ULONG tag, ULONG cb)
{
	SRestriction r = {RES_SIZE};

	r.res.resSize.relop = relop;
	r.res.resSize.ulPropTag = tag;
	r.res.resSize.cb = cb;
	return r;
}

static int size_is(SPropValue v, ULONG relop, ULONG cb)
{
	SRow row = row_of(&v, 1);
	SRestriction r = r_size(relop, v.ulPropTag, cb);

	return eval(&r, &row);
}

/* RELOP_EQ with cb = n is true exactly when the size is n. */
static void expect_size(SPropValue v, ULONG n)
{
	if (size_is(v, RELOP_EQ, n) != 1 || size_is(v, RELOP_NE, n) != 0 ||
	    size_is(v, RELOP_LT, n + 1) != 1 || size_is(v, RELOP_GT, n) != 0 ||
	    size_is(v, RELOP_LE, n) != 1 || size_is(v, RELOP_GE, n + 1) != 0)
		fail_msg("type 0x%04x: size is not %u",
			 (unsigned)PROP_TYPE(v.ulPropTag), (unsigned)n);
}

static void test_size(void **state)
{
	LPSTR his[] = {(LPSTR) "Hi!", (LPSTR) "Hi!"};
	LPWSTR whis[] = {(LPWSTR)u"Hi!", (LPWSTR)u"Hi!"};
	BYTE buf[19] = {0};
	SBinary bins[] = {{19, buf}, {1, buf}};
	LONG longs[] = {1, 2, 3};
	GUID g = {0};
	SPropValue v;

	(void)state;
	expect_size(pv_str8(ID_A, "Hi!"), 4);
	expect_size(pv_wstr(ID_A, u"Hi!"), 8);
	expect_size(pv_bin(ID_A, buf, 19), 19);
	expect_size(pv_long(ID_A, 7), 4);
	expect_size(pv(PT_I2, ID_A), 2);
	expect_size(pv(PT_BOOLEAN, ID_A), 2);
	expect_size(pv(PT_DOUBLE, ID_A), 8);
	expect_size(pv(PT_SYSTIME, ID_A), 8);
	expect_size(pv(PT_I8, ID_A), 8);
	v = pv(PT_CLSID, ID_A);
	v.Value.lpguid = &g;
	expect_size(v, 16);
	v = pv(PT_MV_STRING8, ID_A);
	v.Value.MVszA.cValues = 2;
	v.Value.MVszA.lppszA = his;
	expect_size(v, 8);
	v = pv(PT_MV_UNICODE, ID_A);
	v.Value.MVszW.cValues = 2;
	v.Value.MVszW.lppszW = whis;
	expect_size(v, 16);
	v = pv(PT_MV_BINARY, ID_A);
	v.Value.MVbin.cValues = 2;
	v.Value.MVbin.lpbin = bins;
	expect_size(v, 20);
	v = pv(PT_MV_LONG, ID_A);
	v.Value.MVl.cValues = 3;
	v.Value.MVl.lpl = longs;
	expect_size(v, 12);
	/* PT_UNSPECIFIED finds the property by ID. */
	{
		SPropValue s = pv_str8(ID_A, "abcd");
		SRow row = row_of(&s, 1);
		SRestriction r = {RES_SIZE};

		r.res.resSize.relop = RELOP_EQ;
		r.res.resSize.ulPropTag = PROP_TAG(PT_UNSPECIFIED, ID_A);
		r.res.resSize.cb = 5;
		assert_int_equal(eval(&r, &row), 1);
	}
}

static void test_compareprops(void **state)
{
	SPropValue props[4] = {pv_long(ID_A, 3), pv_long(ID_B, 5),
			       pv_str8(0x8003, "Hello"),
			       pv_wstr(0x8004, u"HELLO")};
	SRow row = row_of(props, 4);
	SRestriction r = {RES_COMPAREPROPS};
	static const int want[6] = {1, 1, 0, 0, 0, 1}; /* 3 relop 5 */

	(void)state;
	r.res.resCompareProps.ulPropTag1 = props[0].ulPropTag;
	r.res.resCompareProps.ulPropTag2 = props[1].ulPropTag;
	for (ULONG op = RELOP_LT; op <= RELOP_NE; op++) {
		r.res.resCompareProps.relop = op;
		assert_int_equal(eval(&r, &row), want[op]);
	}
	/* The two string widths compare with each other, ignoring case. */
	r.res.resCompareProps.relop = RELOP_EQ;
	r.res.resCompareProps.ulPropTag1 = props[2].ulPropTag;
	r.res.resCompareProps.ulPropTag2 = props[3].ulPropTag;
	assert_int_equal(eval(&r, &row), 1);
	/* Incompatible types cannot be compared. */
	r.res.resCompareProps.ulPropTag2 = props[0].ulPropTag;
	assert_int_equal(validate_hr(&r), MAPI_E_TOO_COMPLEX);
}

struct sub_ctx {
	SRowSet *rows;
	int calls;
	int error;
	ULONG last_object;
};

static int sub_rows(void *vctx, const SRow *row, ULONG sub_object,
		    const SRowSet **rows_r)
{
	struct sub_ctx *ctx = vctx;

	(void)row;
	ctx->calls++;
	ctx->last_object = sub_object;
	if (ctx->error != 0)
		return ctx->error;
	*rows_r = ctx->rows;
	return 0;
}

static void test_subrestriction(void **state)
{
	SPropValue r1 = pv_str8(ID_A, "alice@example.com");
	SPropValue r2 = pv_str8(ID_A, "bob@example.org");
	SizedSRowSet(2, recips) = {2, {{0, 1, &r1}, {0, 1, &r2}}};
	SPropValue needle = pv_str8(ID_A, "BOB@");
	SRestriction inner =
	    r_content(FL_PREFIX | FL_IGNORECASE, r1.ulPropTag, &needle);
	SRestriction r = {RES_SUBRESTRICTION};
	SPropValue msg = pv_long(ID_B, 1);
	SRow row = row_of(&msg, 1);
	struct sub_ctx ctx = {(SRowSet *)&recips, 0, 0, 0};
	const ULONG recipients = PROP_TAG(PT_OBJECT, 0x0E12);

	(void)state;
	r.res.resSub.ulSubObject = recipients;
	r.res.resSub.lpRes = &inner;
	assert_int_equal(res_validate(&r, NULL), 0);
	assert_int_equal(res_eval(&r, &row, sub_rows, &ctx), 1);
	assert_int_equal(ctx.calls, 1);
	assert_int_equal(ctx.last_object, recipients);

	needle = pv_str8(ID_A, "carol");
	assert_int_equal(res_eval(&r, &row, sub_rows, &ctx), 0);
	/* No callback, no sub-rows, a failing callback. */
	assert_int_equal(res_eval(&r, &row, NULL, NULL), 0);
	ctx.rows = NULL;
	assert_int_equal(res_eval(&r, &row, sub_rows, &ctx), 0);
	ctx.error = -EIO;
	assert_int_equal(res_eval(&r, &row, sub_rows, &ctx), -EIO);
	/* The callback's errno reaches the caller, which maps it. */
	assert_int_equal(errmap_hr(-EIO), MAPI_E_DISK_ERROR);
}

/*
 * A subrestriction below another (directly or through other nodes) is
 * refused: each level would multiply the sub-rows walked.  Unvalidated,
 * evaluation refuses it too when it gets there.
 */
static void test_nested_subrestriction(void **state)
{
	SPropValue r1 = pv_str8(ID_A, "alice@example.com");
	SizedSRowSet(1, recips) = {1, {{0, 1, &r1}}};
	struct sub_ctx ctx = {(SRowSet *)&recips, 0, 0, 0};
	SRestriction leaf = r_exist(r1.ulPropTag);
	SRestriction inner = {RES_SUBRESTRICTION}, outer = {RES_SUBRESTRICTION};
	SRestriction not_inner = r_not(&inner), both[2];
	SRestriction and, side;
	SPropValue msg = pv_long(ID_B, 1);
	SRow row = row_of(&msg, 1);
	const char *error = NULL;

	(void)state;
	inner.res.resSub.ulSubObject = PR_MESSAGE_RECIPIENTS;
	inner.res.resSub.lpRes = &leaf;
	outer.res.resSub.ulSubObject = PR_MESSAGE_ATTACHMENTS;
	outer.res.resSub.lpRes = &inner;
	assert_int_equal(res_validate(&inner, NULL), 0);
	assert_int_equal(res_validate(&outer, &error), -E2BIG);
	assert_non_null(error);
	assert_int_equal(validate_hr(&outer), MAPI_E_TOO_COMPLEX);
	outer.res.resSub.lpRes = &not_inner;
	assert_int_equal(validate_hr(&outer), MAPI_E_TOO_COMPLEX);
	assert_int_equal(res_eval(&outer, &row, sub_rows, &ctx), -E2BIG);

	/* Side by side, under AND, is fine: no level multiplies another. */
	side = inner;
	both[0] = inner;
	both[1] = side;
	and = r_list(RES_AND, both, 2);
	assert_int_equal(res_validate(&and, NULL), 0);
	assert_int_equal(res_eval(&and, &row, sub_rows, &ctx), 1);
}

static void test_comment_annotation_count(void **state)
{
	SPropValue v = pv_long(ID_A, 10);
	SRow row = row_of(&v, 1);
	SPropValue note = pv_str8(ID_B, "why this filter exists");
	SPropValue c11 = pv_long(ID_A, 11);
	SRestriction is_11 = r_prop(RELOP_EQ, v.ulPropTag, &c11);
	SRestriction r;

	(void)state;
	for (ULONG rt = RES_COMMENT; rt <= RES_ANNOTATION; rt += 2) {
		r = (SRestriction){rt};
		r.res.resComment.cValues = 1;
		r.res.resComment.lpProp = &note;
		/* Without a nested restriction: true. */
		assert_int_equal(eval(&r, &row), 1);
		/* With one: its result. */
		r.res.resComment.lpRes = &is_11;
		assert_int_equal(eval(&r, &row), 0);
		c11.Value.l = 10;
		assert_int_equal(eval(&r, &row), 1);
		c11.Value.l = 11;
		/* Values announced but missing. */
		r.res.resComment.lpProp = NULL;
		assert_int_equal(validate_hr(&r), MAPI_E_INVALID_PARAMETER);
		r.res.resComment.cValues = 0;
		assert_int_equal(validate_hr(&r), S_OK);
	}

	/* RES_COUNT evaluates its restriction row by row. */
	r = (SRestriction){RES_COUNT};
	r.res.resCount.ulCount = 5;
	r.res.resCount.lpRes = &is_11;
	assert_int_equal(eval(&r, &row), 0);
	c11.Value.l = 10;
	assert_int_equal(eval(&r, &row), 1);
	r.res.resCount.lpRes = NULL;
	assert_int_equal(validate_hr(&r), MAPI_E_INVALID_PARAMETER);
}

static void test_and_or_not_nested(void **state)
{
	SPropValue props[3] = {pv_long(ID_A, 7), pv_str8(ID_B, "Invoice 42"),
			       pv_long(0x8003, 0x4)};
	SRow row = row_of(props, 3);
	SPropValue c5 = pv_long(ID_A, 5), inv = pv_str8(ID_B, "invoice");
	SRestriction leaves[3], inner[2], not_r, top;

	(void)state;
	/* (A > 5) AND ((subject starts with "invoice") OR NOT(flag & 4)) */
	leaves[0] = r_prop(RELOP_GT, props[0].ulPropTag, &c5);
	leaves[1] =
	    r_content(FL_PREFIX | FL_IGNORECASE, props[1].ulPropTag, &inv);
	leaves[2] = r_bitmask(BMR_NEZ, props[2].ulPropTag, 0x4);
	not_r = r_not(&leaves[2]);
	inner[0] = leaves[1];
	inner[1] = not_r;
	top = r_list(RES_AND,
		     (SRestriction[]){leaves[0], r_list(RES_OR, inner, 2)}, 2);
	assert_int_equal(eval(&top, &row), 1);
	inv = pv_str8(ID_B, "receipt");
	assert_int_equal(eval(&top, &row), 0);
	props[2].Value.l = 0;
	assert_int_equal(eval(&top, &row), 1);
	c5.Value.l = 7;
	assert_int_equal(eval(&top, &row), 0);

	/* Empty AND is true, empty OR is false. */
	top = r_list(RES_AND, NULL, 0);
	assert_int_equal(eval(&top, &row), 1);
	top = r_list(RES_OR, NULL, 0);
	assert_int_equal(eval(&top, &row), 0);
	not_r = r_not(&top);
	assert_int_equal(eval(&not_r, &row), 1);
}

/* ---------------------------------------------------------------------------
 * Validation
 */

static void test_validate_errors(void **state)
{
	SPropValue l = pv_long(ID_A, 1), s8 = pv_str8(ID_A, "x");
	SPropValue w = pv_wstr(ID_A, u"x"), nul = pv_str8(ID_A, NULL);
	SPropValue nobin = pv_bin(ID_A, NULL, 3);
	SRestriction r, child = r_exist(l.ulPropTag);

	(void)state;
	assert_int_equal(validate_hr(NULL), MAPI_E_INVALID_PARAMETER);
	r = (SRestriction){0x0D};
	assert_int_equal(validate_hr(&r), MAPI_E_INVALID_PARAMETER);
	r = (SRestriction){0xFFFFFFFF};
	assert_int_equal(validate_hr(&r), MAPI_E_INVALID_PARAMETER);
	r = r_list(RES_AND, NULL, 2);
	assert_int_equal(validate_hr(&r), MAPI_E_INVALID_PARAMETER);
	r = r_list(RES_OR, NULL, 1);
	assert_int_equal(validate_hr(&r), MAPI_E_INVALID_PARAMETER);
	r = r_not(NULL);
	assert_int_equal(validate_hr(&r), MAPI_E_INVALID_PARAMETER);
	r = (SRestriction){RES_SUBRESTRICTION};
	assert_int_equal(validate_hr(&r), MAPI_E_INVALID_PARAMETER);

	/* Content restrictions. */
	r = r_content(FL_SUBSTRING, s8.ulPropTag, NULL);
	assert_int_equal(validate_hr(&r), MAPI_E_INVALID_PARAMETER);
	r = r_content(FL_SUBSTRING, l.ulPropTag, &l);
	assert_int_equal(validate_hr(&r), MAPI_E_TOO_COMPLEX);
	r = r_content(FL_SUBSTRING, w.ulPropTag, &s8);
	assert_int_equal(validate_hr(&r), MAPI_E_TOO_COMPLEX);
	r = r_content(3, s8.ulPropTag, &s8);
	assert_int_equal(validate_hr(&r), MAPI_E_INVALID_PARAMETER);
	r = r_content(FL_PREFIX | FL_LOOSE | 0x00800000, s8.ulPropTag, &s8);
	assert_int_equal(validate_hr(&r), S_OK);
	r = r_content(FL_PREFIX, nul.ulPropTag, &nul);
	assert_int_equal(validate_hr(&r), MAPI_E_INVALID_PARAMETER);
	r = r_content(FL_PREFIX, nobin.ulPropTag, &nobin);
	assert_int_equal(validate_hr(&r), MAPI_E_INVALID_PARAMETER);
	/* Only the types matter: the IDs of the two tags may differ. */
	r = r_content(FL_PREFIX, PROP_TAG(PT_STRING8, 0x0037), &s8);
	assert_int_equal(validate_hr(&r), S_OK);

	/* Property restrictions. */
	r = r_prop(RELOP_RE, l.ulPropTag, &l);
	assert_int_equal(validate_hr(&r), MAPI_E_TOO_COMPLEX);
	r = r_prop(RELOP_RE + 1, l.ulPropTag, &l);
	assert_int_equal(validate_hr(&r), MAPI_E_INVALID_PARAMETER);
	r = r_prop(RELOP_EQ, l.ulPropTag, NULL);
	assert_int_equal(validate_hr(&r), MAPI_E_INVALID_PARAMETER);
	r = r_prop(RELOP_EQ, l.ulPropTag, &s8);
	assert_int_equal(validate_hr(&r), MAPI_E_TOO_COMPLEX);
	{
		static const ULONG bad_types[] = {PT_ERROR, PT_OBJECT, PT_NULL,
						  PT_UNSPECIFIED, 0x0999};

		for (size_t i = 0; i < 5; i++) {
			SPropValue v = pv(bad_types[i], ID_A);

			r = r_prop(RELOP_EQ, v.ulPropTag, &v);
			assert_int_equal(validate_hr(&r), MAPI_E_TOO_COMPLEX);
		}
	}
	r = r_prop(RELOP_EQ, nul.ulPropTag, &nul);
	assert_int_equal(validate_hr(&r), MAPI_E_INVALID_PARAMETER);
	{
		SPropValue mv = pv(PT_MV_STRING8, ID_A);
		LPSTR holes[] = {(LPSTR) "a", NULL};

		mv.Value.MVszA.cValues = 2;
		r = r_prop(RELOP_EQ, mv.ulPropTag, &mv);
		assert_int_equal(validate_hr(&r), MAPI_E_INVALID_PARAMETER);
		mv.Value.MVszA.lppszA = holes;
		assert_int_equal(validate_hr(&r), MAPI_E_INVALID_PARAMETER);
		holes[1] = (LPSTR) "b";
		assert_int_equal(validate_hr(&r), S_OK);
	}

	/* MVI tags: a single value of the base type, a base type that has
	 * a multi-valued form. */
	{
		SPropValue mv = pv(PT_MV_LONG, ID_A), b = pv(PT_BOOLEAN, ID_A);
		SPropValue mw = pv(PT_MV_UNICODE, ID_A);

		r = r_prop(RELOP_EQ, MVI_PROP(mv.ulPropTag), &l);
		assert_int_equal(validate_hr(&r), S_OK);
		r = r_prop(RELOP_EQ, MVI_PROP(mv.ulPropTag), &mv);
		assert_int_equal(validate_hr(&r), MAPI_E_TOO_COMPLEX);
		r = r_prop(RELOP_EQ, MVI_PROP(mv.ulPropTag), &s8);
		assert_int_equal(validate_hr(&r), MAPI_E_TOO_COMPLEX);
		r = r_prop(RELOP_EQ, MVI_PROP(b.ulPropTag), &b);
		assert_int_equal(validate_hr(&r), MAPI_E_TOO_COMPLEX);
		r = r_content(FL_SUBSTRING, MVI_PROP(mw.ulPropTag), &w);
		assert_int_equal(validate_hr(&r), S_OK);
		r = r_content(FL_SUBSTRING, MVI_PROP(mw.ulPropTag), &mw);
		assert_int_equal(validate_hr(&r), MAPI_E_TOO_COMPLEX);
		r = r_bitmask(BMR_EQZ, MVI_PROP(mv.ulPropTag), 1);
		assert_int_equal(validate_hr(&r), S_OK);
		r = r_bitmask(BMR_EQZ, mv.ulPropTag, 1);
		assert_int_equal(validate_hr(&r), MAPI_E_TOO_COMPLEX);
		r = r_bitmask(BMR_EQZ, MVI_PROP(PROP_TAG(PT_I2, ID_A)), 1);
		assert_int_equal(validate_hr(&r), MAPI_E_TOO_COMPLEX);
		r = r_size(RELOP_EQ, MVI_PROP(mw.ulPropTag), 1);
		assert_int_equal(validate_hr(&r), S_OK);
		r = r_size(RELOP_EQ, MVI_PROP(b.ulPropTag), 1);
		assert_int_equal(validate_hr(&r), MAPI_E_TOO_COMPLEX);
	}

	/* Bitmask, size, compare-props. */
	r = r_bitmask(2, l.ulPropTag, 1);
	assert_int_equal(validate_hr(&r), MAPI_E_INVALID_PARAMETER);
	r = r_bitmask(BMR_EQZ, PROP_TAG(PT_I2, ID_A), 1);
	assert_int_equal(validate_hr(&r), MAPI_E_TOO_COMPLEX);
	r = (SRestriction){RES_SIZE};
	r.res.resSize.relop = RELOP_RE;
	assert_int_equal(validate_hr(&r), MAPI_E_TOO_COMPLEX);
	r.res.resSize.relop = 99;
	assert_int_equal(validate_hr(&r), MAPI_E_INVALID_PARAMETER);
	r = (SRestriction){RES_COMPAREPROPS};
	r.res.resCompareProps.relop = RELOP_RE;
	r.res.resCompareProps.ulPropTag1 = l.ulPropTag;
	r.res.resCompareProps.ulPropTag2 = l.ulPropTag;
	assert_int_equal(validate_hr(&r), MAPI_E_TOO_COMPLEX);

	/* An error deep in a tree is found. */
	{
		SRestriction bad = r_prop(RELOP_EQ, l.ulPropTag, NULL);
		SRestriction terms[3] = {child, child, r_not(&bad)};

		r = r_list(RES_OR, terms, 3);
		assert_int_equal(validate_hr(&r), MAPI_E_INVALID_PARAMETER);
	}
}

static void test_validate_depth(void **state)
{
	SRestriction chain[RES_MAX_DEPTH + 1];
	const char *error = NULL;

	(void)state;
	/* RES_MAX_DEPTH levels: NOT ... NOT EXIST. */
	for (int i = 0; i < RES_MAX_DEPTH; i++)
		chain[i] = r_not(&chain[i + 1]);
	chain[RES_MAX_DEPTH] = r_exist(PROP_TAG(PT_LONG, ID_A));
	assert_int_equal(res_validate(&chain[1], NULL), 0);
	assert_int_equal(res_validate(&chain[0], &error), -E2BIG);
	assert_non_null(error);
	assert_int_equal(errmap_hr(-E2BIG), MAPI_E_TOO_COMPLEX);
	/* 63 NOTs over a missing property: odd, so true... */
	assert_int_equal(res_eval(&chain[1], &(SRow){0, 0, NULL}, NULL, NULL),
			 1);
	/* ...and an unvalidated deeper tree is refused, not walked. */
	assert_int_equal(res_eval(&chain[0], &(SRow){0, 0, NULL}, NULL, NULL),
			 -E2BIG);
}

static void test_validate_size(void **state)
{
	ULONG n = RES_MAX_NODES;
	SRestriction *terms = alloc_calloc(n, sizeof(*terms)), r;

	(void)state;
	assert_non_null(terms);
	for (ULONG i = 0; i < n; i++)
		terms[i] = r_exist(PROP_TAG(PT_LONG, ID_A));
	/* The AND node plus n - 1 terms: exactly the limit. */
	r = r_list(RES_AND, terms, n - 1);
	assert_int_equal(res_validate(&r, NULL), 0);
	r = r_list(RES_AND, terms, n);
	assert_int_equal(validate_hr(&r), MAPI_E_TOO_COMPLEX);
	/* A count that cannot be real is refused before it is walked. */
	r = r_list(RES_OR, terms, 0xFFFFFFFF);
	assert_int_equal(validate_hr(&r), MAPI_E_TOO_COMPLEX);
	alloc_free(terms);
}

static void test_eval_unvalidated(void **state)
{
	SRestriction r = {0x77};
	SRow row = {0, 0, NULL};

	(void)state;
	assert_int_equal(res_eval(&r, &row, NULL, NULL), -EINVAL);
	assert_int_equal(res_eval(NULL, &row, NULL, NULL), -EINVAL);
	assert_int_equal(errmap_hr(-EINVAL), MAPI_E_INVALID_PARAMETER);
	assert_int_equal(errmap_hr(0), S_OK);
	assert_int_equal(errmap_hr(1), S_OK);
	/* A NULL row has no properties. */
	r = r_exist(PROP_TAG(PT_LONG, ID_A));
	assert_int_equal(res_eval(&r, NULL, NULL, NULL), 0);
}

/* Row values are not validated: NULL pointers in them must not crash. */
static void test_eval_bad_row_values(void **state)
{
	SPropValue props[4] = {pv_str8(ID_A, NULL), pv_wstr(ID_B, NULL),
			       pv_bin(0x8003, NULL, 10),
			       pv(PT_MV_STRING8, 0x8004)};
	SRow row = row_of(props, 4);
	SPropValue e8 = pv_str8(ID_A, ""), ew = pv_wstr(ID_B, u"");
	SPropValue eb = pv_bin(0x8003, NULL, 0), x = pv_str8(0x8004, "x");
	SRestriction r;

	(void)state;
	props[3].Value.MVszA.cValues = 5; /* with a NULL array */
	r = r_content(FL_FULLSTRING, props[0].ulPropTag, &e8);
	assert_int_equal(eval(&r, &row), 1);
	r = r_content(FL_FULLSTRING, props[1].ulPropTag, &ew);
	assert_int_equal(eval(&r, &row), 1);
	r = r_content(FL_FULLSTRING, props[2].ulPropTag, &eb);
	assert_int_equal(eval(&r, &row), 1);
	r = r_content(FL_SUBSTRING, props[3].ulPropTag, &x);
	assert_int_equal(eval(&r, &row), 0);
	r = r_prop(RELOP_EQ, props[0].ulPropTag, &e8);
	assert_int_equal(eval(&r, &row), 1);
	r = r_prop(RELOP_NE, props[3].ulPropTag, &x);
	assert_int_equal(eval(&r, &row), 0);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
	    cmocka_unit_test(test_relop_integers),
	    cmocka_unit_test(test_relop_floats),
	    cmocka_unit_test(test_relop_strings),
	    cmocka_unit_test(test_relop_binary_guid_bool),
	    cmocka_unit_test(test_relop_string_widths),
	    cmocka_unit_test(test_content_strings),
	    cmocka_unit_test(test_content_unicode_folding),
	    cmocka_unit_test(test_content_binary),
	    cmocka_unit_test(test_content_multivalued),
	    cmocka_unit_test(test_content_no_alloc),
	    cmocka_unit_test(test_content_nomem),
	    cmocka_unit_test(test_property_multivalued),
	    cmocka_unit_test(test_mvi_any_value),
	    cmocka_unit_test(test_mvi_expanded_row),
	    cmocka_unit_test(test_missing_properties),
	    cmocka_unit_test(test_exist),
	    cmocka_unit_test(test_bitmask),
	    cmocka_unit_test(test_size),
	    cmocka_unit_test(test_compareprops),
	    cmocka_unit_test(test_subrestriction),
	    cmocka_unit_test(test_nested_subrestriction),
	    cmocka_unit_test(test_comment_annotation_count),
	    cmocka_unit_test(test_and_or_not_nested),
	    cmocka_unit_test(test_validate_errors),
	    cmocka_unit_test(test_validate_depth),
	    cmocka_unit_test(test_validate_size),
	    cmocka_unit_test(test_eval_unvalidated),
	    cmocka_unit_test(test_eval_bad_row_values),
	};
	return cmocka_run_group_tests(tests, NULL, NULL);
}
