/*
 * test_proffile.c - profile files (src/profile/proffile.c): every PT_*
 * type that can be stored, single and multi-valued, with edge values
 * (NaN payloads, -0.0, INT64_MIN, unpaired surrogates, invalid UTF-8
 * bytes, FILETIMEs outside ISO 8601's years) written and read back bit
 * for bit; the text form; hand-written files; every parse error with its
 * line; the password deny list; the section and property API; locked file
 * edits; out-of-memory loops; profile name rules.
 *
 * Every test runs between a setup and a teardown that compare
 * alloc_live(), so a leak fails the test that caused it.
 */
#include <stdarg.h>
#include <stddef.h>
#include <setjmp.h>
#include <stdint.h>
#include <cmocka.h>

#include <errno.h>
#include <float.h>
#include <ftw.h>
#include <locale.h>
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <sys/wait.h>
#include <unistd.h>

#include <mapix.h>

#include "alloc.h"
#include "proffile.h"
#include "profutil.h"
#include "propcmp.h"

static char tmp_dir[256];

static const MAPIUID uid_a = {{0x98, 0x15, 0xAC, 0x08, 0xAA, 0xB0, 0x10, 0x1A,
			       0x8C, 0x93, 0x08, 0x00, 0x2B, 0x2A, 0x56, 0xC2}};
static const MAPIUID uid_b = {{0x13, 0xDB, 0xB0, 0xC8, 0xAA, 0x05, 0x10, 0x1A,
			       0x9B, 0xB0, 0x00, 0xAA, 0x00, 0x2F, 0xC4, 0x5A}};

#define T_ID(n) (0x6800 + (n))

/* ------------------------------------------------------------------------
 * Helpers
 */

static int remove_entry(const char *path, const struct stat *st, int flag,
			struct FTW *ftw)
{
	(void)st;
	(void)flag;
	(void)ftw;
	return remove(path);
}

static int group_setup(void **state)
{
	(void)state;
	snprintf(tmp_dir, sizeof(tmp_dir), "/tmp/mapix-proftest-XXXXXX");
	return mkdtemp(tmp_dir) != NULL ? 0 : -1;
}

static int group_teardown(void **state)
{
	(void)state;
	return nftw(tmp_dir, remove_entry, 16, FTW_DEPTH | FTW_PHYS);
}

static int setup(void **state)
{
	*state = (void *)(intptr_t)alloc_live();
	return 0;
}

static int teardown(void **state)
{
	alloc_fail_after(0);
	assert_int_equal(alloc_live(), (long)(intptr_t)*state);
	return 0;
}

static float f_bits(uint32_t u)
{
	float f;

	memcpy(&f, &u, sizeof(f));
	return f;
}

static double d_bits(uint64_t u)
{
	double d;

	memcpy(&d, &u, sizeof(d));
	return d;
}

static size_t wlen(const WCHAR *w)
{
	size_t n = 0;

	while (w[n] != 0)
		n++;
	return n;
}

/* Bit-exact equality of one value of a single type. */
static void assert_single_same(ULONG type, const SPropValue *a,
			       const SPropValue *b)
{
	switch (type) {
	case PT_NULL:
		break;
	case PT_I2:
		assert_int_equal(a->Value.i, b->Value.i);
		break;
	case PT_LONG:
		assert_int_equal(a->Value.l, b->Value.l);
		break;
	case PT_ERROR:
		assert_int_equal(a->Value.err, b->Value.err);
		break;
	case PT_BOOLEAN:
		assert_int_equal(a->Value.b != 0, b->Value.b != 0);
		break;
	case PT_R4:
		assert_memory_equal(&a->Value.flt, &b->Value.flt, 4);
		break;
	case PT_DOUBLE:
		assert_memory_equal(&a->Value.dbl, &b->Value.dbl, 8);
		break;
	case PT_APPTIME:
		assert_memory_equal(&a->Value.at, &b->Value.at, 8);
		break;
	case PT_CURRENCY:
		assert_true(a->Value.cur.int64 == b->Value.cur.int64);
		break;
	case PT_I8:
		assert_true(a->Value.li.QuadPart == b->Value.li.QuadPart);
		break;
	case PT_SYSTIME:
		assert_int_equal(a->Value.ft.dwLowDateTime,
				 b->Value.ft.dwLowDateTime);
		assert_int_equal(a->Value.ft.dwHighDateTime,
				 b->Value.ft.dwHighDateTime);
		break;
	case PT_CLSID:
		assert_memory_equal(a->Value.lpguid, b->Value.lpguid,
				    sizeof(GUID));
		break;
	case PT_BINARY:
	case PT_SVREID:
		assert_int_equal(a->Value.bin.cb, b->Value.bin.cb);
		if (a->Value.bin.cb > 0)
			assert_memory_equal(a->Value.bin.lpb, b->Value.bin.lpb,
					    a->Value.bin.cb);
		break;
	case PT_STRING8:
		assert_string_equal(a->Value.lpszA, b->Value.lpszA);
		break;
	case PT_UNICODE:
		assert_int_equal(wlen(a->Value.lpszW), wlen(b->Value.lpszW));
		assert_memory_equal(a->Value.lpszW, b->Value.lpszW,
				    wlen(a->Value.lpszW) * sizeof(WCHAR));
		break;
	default:
		fail_msg("type 0x%X", (unsigned int)type);
	}
}

static void assert_prop_same(const SPropValue *a, const SPropValue *b)
{
	ULONG type = PROP_TYPE(a->ulPropTag), i, n;

	assert_int_equal(a->ulPropTag, b->ulPropTag);
	if (!(type & MV_FLAG)) {
		assert_single_same(type, a, b);
		return;
	}
	n = propcmp_mv_count(a);
	assert_int_equal(n, a->Value.MVi.cValues);
	assert_int_equal(n, propcmp_mv_count(b));
	assert_int_equal(n, b->Value.MVi.cValues);
	for (i = 0; i < n; i++) {
		SPropValue ea, eb;

		propcmp_mv_element(a, i, &ea);
		propcmp_mv_element(b, i, &eb);
		assert_single_same(type & ~MV_FLAG, &ea, &eb);
	}
}

static struct proffile *parse_ok(const char *text)
{
	struct proffile *pf = NULL;
	const char *error = NULL;

	if (proffile_parse("t.prof", text, strlen(text), &pf, &error) != 0)
		fail_msg("parse failed: %s", error);
	return pf;
}

static char *format(const struct proffile *pf)
{
	char *data;
	size_t size;

	assert_int_equal(proffile_format(pf, &data, &size), 0);
	assert_int_equal(strlen(data), size);
	return data;
}

/* ------------------------------------------------------------------------
 * Every type, written and read back
 */

static const WCHAR w_mixed[] = {'A',    0xE4, 0x20AC, 0xD83D, 0xDE00,
				0x2028, '"',  '\\',   '\n',   0x01,
				0xD800, 'x',  0xDC00, 0xDBFF, 0};
static const WCHAR w_lone_end[] = {'a', 0xD83D, 0};
static const WCHAR w_empty[] = {0};
static char s8_mixed[] = "Q\"\\\n\r\t\x01\x7F \xC3\xA4 \xFF\xC3 \xE2\x82\xAC"
			 ", [x]";
static char s8_empty[] = "";
static BYTE bytes[] = {0x00, 0x01, 0xAB, 0xFF};
static GUID guid1 = {
    0x00020387, 0x0000, 0x0000, {0xC0, 0, 0, 0, 0, 0, 0, 0x46}};
static GUID guid2 = {0xFFFFFFFF, 0xABCD, 0x1234, {1, 2, 3, 4, 5, 6, 7, 8}};

static short mv_i2[] = {-32768, 0, 32767};
static LONG mv_l[] = {INT32_MIN, -1, 0, INT32_MAX};
static float mv_f[3];
static double mv_d[4];
static CURRENCY mv_cur[3];
static double mv_at[2] = {45000.25, -1.5};
static FILETIME mv_ft[4];
static LARGE_INTEGER mv_li[3];
static LPSTR mv_s8[] = {s8_mixed, s8_empty, "a,b", "]"};
static LPWSTR mv_w[] = {(LPWSTR)w_mixed, (LPWSTR)w_empty, (LPWSTR)w_lone_end};
static SBinary mv_bin[] = {{4, bytes}, {0, NULL}, {1, bytes + 3}};
static GUID mv_guid[2];

/* Fills props with one property of every storable type. */
static ULONG all_types(SPropValue *p)
{
	ULONG n = 0;

	mv_f[0] = -0.0f;
	mv_f[1] = f_bits(0x7FC00123); /* NaN with a payload */
	mv_f[2] = FLT_MIN / 4;        /* subnormal */
	mv_d[0] = 0.1;
	mv_d[1] = -DBL_MAX;
	mv_d[2] = d_bits(0xFFF8000000000ABCULL); /* negative NaN */
	mv_d[3] = INFINITY;
	mv_cur[0].int64 = INT64_MIN;
	mv_cur[1].int64 = INT64_MAX;
	mv_cur[2].int64 = -1;
	mv_ft[0].dwLowDateTime = 0; /* 1601-01-01 */
	mv_ft[0].dwHighDateTime = 0;
	mv_ft[1].dwLowDateTime = 0xFFFFFFFF; /* beyond year 9999 */
	mv_ft[1].dwHighDateTime = 0xFFFFFFFF;
	mv_ft[2].dwLowDateTime = 0x4DD4C000; /* some 2024 time + ticks */
	mv_ft[2].dwHighDateTime = 0x01DA9F12;
	/* 9999-12-31T23:59:59.9999999Z: the last ISO tick */
	mv_ft[3].dwLowDateTime = (DWORD)2650467743999999999ULL;
	mv_ft[3].dwHighDateTime = (DWORD)(2650467743999999999ULL >> 32);
	mv_li[0].QuadPart = INT64_MIN;
	mv_li[1].QuadPart = INT64_MAX;
	mv_li[2].QuadPart = 0;
	mv_guid[0] = guid1;
	mv_guid[1] = guid2;

	p[n].ulPropTag = PROP_TAG(PT_NULL, T_ID(n));
	p[n++].Value.x = 0;
	p[n].ulPropTag = PROP_TAG(PT_I2, T_ID(n));
	p[n++].Value.i = -32768;
	p[n].ulPropTag = PROP_TAG(PT_LONG, T_ID(n));
	p[n++].Value.l = INT32_MIN;
	p[n].ulPropTag = PROP_TAG(PT_R4, T_ID(n));
	p[n++].Value.flt = 3.14159274f;
	p[n].ulPropTag = PROP_TAG(PT_R4, T_ID(n));
	p[n++].Value.flt = -INFINITY;
	p[n].ulPropTag = PROP_TAG(PT_DOUBLE, T_ID(n));
	p[n++].Value.dbl = 1.0 / 3.0;
	p[n].ulPropTag = PROP_TAG(PT_DOUBLE, T_ID(n));
	p[n++].Value.dbl = d_bits(1); /* smallest subnormal */
	p[n].ulPropTag = PROP_TAG(PT_DOUBLE, T_ID(n));
	p[n++].Value.dbl = -0.0;
	p[n].ulPropTag = PROP_TAG(PT_DOUBLE, T_ID(n));
	p[n++].Value.dbl = d_bits(0x7FF0000000000001ULL); /* signalling NaN */
	p[n].ulPropTag = PROP_TAG(PT_CURRENCY, T_ID(n));
	p[n++].Value.cur.int64 = -123400;
	p[n].ulPropTag = PROP_TAG(PT_CURRENCY, T_ID(n));
	p[n++].Value.cur.int64 = INT64_MIN;
	p[n].ulPropTag = PROP_TAG(PT_APPTIME, T_ID(n));
	p[n++].Value.at = 45417.5;
	p[n].ulPropTag = PROP_TAG(PT_ERROR, T_ID(n));
	p[n++].Value.err = MAPI_E_NOT_FOUND;
	p[n].ulPropTag = PROP_TAG(PT_BOOLEAN, T_ID(n));
	p[n++].Value.b = 1;
	p[n].ulPropTag = PROP_TAG(PT_BOOLEAN, T_ID(n));
	p[n++].Value.b = 0;
	p[n].ulPropTag = PROP_TAG(PT_I8, T_ID(n));
	p[n++].Value.li.QuadPart = INT64_MIN;
	p[n].ulPropTag = PROP_TAG(PT_I8, T_ID(n));
	p[n++].Value.li.QuadPart = INT64_MAX;
	p[n].ulPropTag = PROP_TAG(PT_STRING8, T_ID(n));
	p[n++].Value.lpszA = s8_mixed;
	p[n].ulPropTag = PROP_TAG(PT_STRING8, T_ID(n));
	p[n++].Value.lpszA = s8_empty;
	p[n].ulPropTag = PROP_TAG(PT_UNICODE, T_ID(n));
	p[n++].Value.lpszW = (LPWSTR)w_mixed;
	p[n].ulPropTag = PROP_TAG(PT_UNICODE, T_ID(n));
	p[n++].Value.lpszW = (LPWSTR)w_lone_end;
	p[n].ulPropTag = PROP_TAG(PT_SYSTIME, T_ID(n));
	p[n++].Value.ft = mv_ft[2];
	p[n].ulPropTag = PROP_TAG(PT_SYSTIME, T_ID(n));
	p[n++].Value.ft = mv_ft[1];
	p[n].ulPropTag = PROP_TAG(PT_CLSID, T_ID(n));
	p[n++].Value.lpguid = &guid1;
	p[n].ulPropTag = PROP_TAG(PT_BINARY, T_ID(n));
	p[n].Value.bin.cb = sizeof(bytes);
	p[n++].Value.bin.lpb = bytes;
	p[n].ulPropTag = PROP_TAG(PT_BINARY, T_ID(n));
	p[n].Value.bin.cb = 0;
	p[n++].Value.bin.lpb = NULL;
	p[n].ulPropTag = PROP_TAG(PT_SVREID, T_ID(n));
	p[n].Value.bin.cb = 2;
	p[n++].Value.bin.lpb = bytes + 1;

	p[n].ulPropTag = PROP_TAG(PT_MV_I2, T_ID(n));
	p[n].Value.MVi.cValues = 3;
	p[n++].Value.MVi.lpi = mv_i2;
	p[n].ulPropTag = PROP_TAG(PT_MV_LONG, T_ID(n));
	p[n].Value.MVl.cValues = 4;
	p[n++].Value.MVl.lpl = mv_l;
	p[n].ulPropTag = PROP_TAG(PT_MV_LONG, T_ID(n));
	p[n].Value.MVl.cValues = 0;
	p[n++].Value.MVl.lpl = NULL;
	p[n].ulPropTag = PROP_TAG(PT_MV_R4, T_ID(n));
	p[n].Value.MVflt.cValues = 3;
	p[n++].Value.MVflt.lpflt = mv_f;
	p[n].ulPropTag = PROP_TAG(PT_MV_DOUBLE, T_ID(n));
	p[n].Value.MVdbl.cValues = 4;
	p[n++].Value.MVdbl.lpdbl = mv_d;
	p[n].ulPropTag = PROP_TAG(PT_MV_CURRENCY, T_ID(n));
	p[n].Value.MVcur.cValues = 3;
	p[n++].Value.MVcur.lpcur = mv_cur;
	p[n].ulPropTag = PROP_TAG(PT_MV_APPTIME, T_ID(n));
	p[n].Value.MVat.cValues = 2;
	p[n++].Value.MVat.lpat = mv_at;
	p[n].ulPropTag = PROP_TAG(PT_MV_SYSTIME, T_ID(n));
	p[n].Value.MVft.cValues = 4;
	p[n++].Value.MVft.lpft = mv_ft;
	p[n].ulPropTag = PROP_TAG(PT_MV_I8, T_ID(n));
	p[n].Value.MVli.cValues = 3;
	p[n++].Value.MVli.lpli = mv_li;
	p[n].ulPropTag = PROP_TAG(PT_MV_STRING8, T_ID(n));
	p[n].Value.MVszA.cValues = 4;
	p[n++].Value.MVszA.lppszA = mv_s8;
	p[n].ulPropTag = PROP_TAG(PT_MV_UNICODE, T_ID(n));
	p[n].Value.MVszW.cValues = 3;
	p[n++].Value.MVszW.lppszW = mv_w;
	p[n].ulPropTag = PROP_TAG(PT_MV_BINARY, T_ID(n));
	p[n].Value.MVbin.cValues = 3;
	p[n++].Value.MVbin.lpbin = mv_bin;
	p[n].ulPropTag = PROP_TAG(PT_MV_CLSID, T_ID(n));
	p[n].Value.MVguid.cValues = 2;
	p[n++].Value.MVguid.lpguid = mv_guid;
	/* A named property, so the name form is used too. */
	p[n].ulPropTag = PR_DISPLAY_NAME_W;
	p[n++].Value.lpszW = (LPWSTR)u"J\u00fcrgen's profile";
	return n;
}

static void test_round_trip_all_types(void **state)
{
	SPropValue in[64];
	ULONG n = all_types(in), got_n, i;
	struct proffile *pf, *back;
	const char *error = NULL;
	LPSPropValue got;
	char *text, *text2;
	size_t size;

	(void)state;
	assert_int_equal(proffile_new(&pf), 0);
	assert_int_equal(proffile_set_props(pf, &uid_a, n, in, &error), 0);
	/* A second section, and an empty one. */
	assert_int_equal(proffile_set_props(pf, &uid_b, 3, in + 1, &error), 0);
	{
		MAPIUID empty = {{0}};

		assert_int_equal(proffile_add_section(pf, &empty), 0);
	}
	assert_int_equal(proffile_format(pf, &text, &size), 0);
	if (proffile_parse("rt.prof", text, size, &back, &error) != 0)
		fail_msg("%s\n%s", error, text);

	assert_int_equal(proffile_section_count(back), 3);
	assert_int_equal(proffile_get_props(back, &uid_a, &got_n, &got), 0);
	assert_int_equal(got_n, n);
	/* Stored in ID order: PR_DISPLAY_NAME_W (0x3001) first. */
	assert_prop_same(&in[n - 1], &got[0]);
	for (i = 0; i + 1 < n; i++)
		assert_prop_same(&in[i], &got[i + 1]);
	MAPIFreeBuffer(got);

	/* The text is canonical: writing the re-read profile gives it. */
	text2 = format(back);
	assert_string_equal(text, text2);
	alloc_free(text2);
	alloc_free(text);
	proffile_free(&back);
	proffile_free(&pf);
}

static void test_text_form(void **state)
{
	static const char *const want[] = {
	    "# mapix profile 1\n# A mapix profile",
	    "\n\n[9815AC08AAB0101A8C9308002B2A56C2]\n"
	    "PR_DISPLAY_NAME_W = \"J\xC3\xBCrgen's profile\"\n",
	    "\n0x68000001 = null\n",
	    "\n0x68010002 = -32768\n",
	    "\n0x68020003 = -2147483648\n",
	    "\n0x68030004 = 3.14159274\n",
	    "\n0x68040004 = -inf\n",
	    "\n0x68050005 = 0.33333333333333331\n",
	    "\n0x68060005 = 4.9406564584124654e-324\n",
	    "\n0x68070005 = -0\n",
	    "\n0x68080005 = nan:0x7FF0000000000001\n",
	    "\n0x68090006 = -12.3400\n",
	    "\n0x680A0006 = -922337203685477.5808\n",
	    "\n0x680B0007 = 45417.5\n",
	    "\n0x680C000A = 0x8004010F\n",
	    "\n0x680D000B = true\n",
	    "\n0x680E000B = false\n",
	    "\n0x680F0014 = -9223372036854775808\n",
	    "\n0x6811001E = \"Q\\\"\\\\\\n\\r\\t\\x01\\x7F \xC3\xA4 \\xFF\\xC3 "
	    "\xE2\x82\xAC, [x]\"\n",
	    "\n0x6812001E = \"\"\n",
	    "\n0x6813001F = \"A\xC3\xA4\xE2\x82\xAC\xF0\x9F\x98\x80\xE2\x80\xA8"
	    "\\\"\\\\\\n\\x01\\uD800x\\uDC00\\uDBFF\"\n",
	    "\n0x6814001F = \"a\\uD83D\"\n",
	    "\n0x68150040 = 2024-05-05T17:33:12.4867072Z\n",
	    "\n0x68160040 = 0xFFFFFFFFFFFFFFFF\n",
	    "\n0x68170048 = {00020387-0000-0000-C000-000000000046}\n",
	    "\n0x68180102 = <0001ABFF>\n",
	    "\n0x68190102 = <>\n",
	    "\n0x681A00FB = <01AB>\n",
	    "\n0x681B1002 = [-32768, 0, 32767]\n",
	    "\n0x681D1003 = []\n",
	    "\n0x681E1004 = [-0, nan:0x7FC00123, 2.93873588e-39]\n",
	    "\n0x681F1005 = [0.10000000000000001, -1.7976931348623157e+308, "
	    "nan:0xFFF8000000000ABC, inf]\n",
	    "\n0x68211007 = [45000.25, -1.5]\n",
	    "\n0x68221040 = [1601-01-01T00:00:00.0000000Z, 0xFFFFFFFFFFFFFFFF, "
	    "2024-05-05T17:33:12.4867072Z, ",
	    "9999-12-31T23:59:59.9999999Z]\n",
	    "\n0x6824101E = [\"Q\\\"",
	    ", \"\", \"a,b\", \"]\"]\n",
	    "\n0x68261102 = [<0001ABFF>, <>, <FF>]\n",
	    "\n0x68271048 = [{00020387-0000-0000-C000-000000000046}, "
	    "{FFFFFFFF-ABCD-1234-0102-030405060708}]\n",
	};
	SPropValue in[64];
	ULONG n = all_types(in);
	struct proffile *pf;
	const char *error = NULL;
	char *text;
	size_t i;

	(void)state;
	assert_int_equal(proffile_new(&pf), 0);
	assert_int_equal(proffile_set_props(pf, &uid_a, n, in, &error), 0);
	text = format(pf);
	for (i = 0; i < sizeof(want) / sizeof(want[0]); i++) {
		if (strstr(text, want[i]) == NULL)
			fail_msg("missing %s in\n%s", want[i], text);
	}
	alloc_free(text);
	proffile_free(&pf);
}

static void test_hand_written(void **state)
{
	static const char text[] =
	    "# mapix profile 1\r\n"
	    "# written by a person\r\n"
	    "\r\n"
	    "  [13dbb0c8aa05101a9bb000aa002fc45a]  \r\n"
	    "pr_display_name_w=\"caf\xC3\xA9 \\u00e9 \\x41\"\r\n"
	    "\t6601001F = \"x\"   \r\n"
	    "0x66020003 = 0xFFFFFFFF\r\n"
	    "0x66030040 = 2024-02-29T12:00:00Z\r\n"
	    "0x66040040 = 2024-02-29T12:00:00.5Z\r\n"
	    "0x66050006 = 7\r\n"
	    "0x66060006 = -0.5\r\n"
	    "0x66071003 = [ 1 ,2,0x10 ]\r\n"
	    "0x66081102 = [<>]\r\n"
	    "0x66090005 = 1e3\r\n"
	    "0x660A0014 = 0xFFFFFFFFFFFFFFFF\r\n"
	    "# end\r\n";
	struct proffile *pf = parse_ok(text);
	LPSPropValue pv;
	ULONG n;

	(void)state;
	assert_int_equal(proffile_section_count(pf), 1);
	assert_memory_equal(proffile_section_uid(pf, 0)->ab, uid_b.ab, 16);
	assert_null(proffile_section_uid(pf, 1));
	assert_int_equal(proffile_get_props(pf, &uid_b, &n, &pv), 0);
	assert_int_equal(n, 11);
	assert_int_equal(pv[0].ulPropTag, PR_DISPLAY_NAME_W);
	{
		static const WCHAR want[] = {'c',  'a', 'f', 0xE9, ' ',
					     0xE9, ' ', 'A', 0};

		assert_memory_equal(pv[0].Value.lpszW, want, sizeof(want));
	}
	assert_int_equal(pv[2].Value.l, -1);
	assert_int_equal(pv[3].Value.ft.dwHighDateTime, 0x01DA6B06);
	assert_true(((uint64_t)pv[4].Value.ft.dwHighDateTime << 32 |
		     pv[4].Value.ft.dwLowDateTime) ==
		    ((uint64_t)pv[3].Value.ft.dwHighDateTime << 32 |
		     pv[3].Value.ft.dwLowDateTime) +
			5000000);
	assert_true(pv[5].Value.cur.int64 == 70000);
	assert_true(pv[6].Value.cur.int64 == -5000);
	assert_int_equal(pv[7].Value.MVl.cValues, 3);
	assert_int_equal(pv[7].Value.MVl.lpl[2], 16);
	assert_int_equal(pv[8].Value.MVbin.cValues, 1);
	assert_int_equal(pv[8].Value.MVbin.lpbin[0].cb, 0);
	assert_true(pv[9].Value.dbl == 1000.0);
	assert_true(pv[10].Value.li.QuadPart == -1);
	MAPIFreeBuffer(pv);
	proffile_free(&pf);

	/* The smallest file: the first line alone, with or without LF. */
	pf = parse_ok("# mapix profile 1");
	assert_int_equal(proffile_section_count(pf), 0);
	proffile_free(&pf);
}

/* ------------------------------------------------------------------------
 * Bad input
 */

#define HDR "# mapix profile 1\n[9815AC08AAB0101A8C9308002B2A56C2]\n"

static const struct {
	const char *text;
	size_t len;
	int err;
	unsigned int line;
	const char *reason;
} bad_inputs[] = {
    {"", 0, -EBADMSG, 1, "not a mapix profile"},
    {"[9815AC08AAB0101A8C9308002B2A56C2]\n", 0, -EBADMSG, 1,
     "not a mapix profile"},
    {"# mapix profile x\n", 0, -EBADMSG, 1, "bad version"},
    {"# mapix profile 0\n", 0, -EBADMSG, 1, "bad version"},
    {"# mapix profile 1 extra\n", 0, -EBADMSG, 1, "bad version"},
    {"# mapix profile 2\n", 0, -EPROTO, 0, "format 2 is newer"},
    {HDR "PR_DISPLAY_NAME_W = \"a\0b\"\n", sizeof(HDR) + 25, -EBADMSG, 3,
     "a NUL byte"},
    {HDR "PR_DISPLAY_NAME_W = \"a\x02"
	 "b\"\n",
     0, -EBADMSG, 3, "control character 0x02"},
    {HDR "PR_DISPLAY_NAME_W = \"a\xC0\xAF\"\n", 0, -EBADMSG, 3,
     "not valid UTF-8"},
    {HDR "[9815AC08AAB0101A8C9308002B2A56C]\n", 0, -EBADMSG, 3,
     "[32 hex digits]"},
    {HDR "[9815AC08AAB0101A8C9308002B2A56CG]\n", 0, -EBADMSG, 3,
     "[32 hex digits]"},
    {HDR "\n[9815ac08aab0101a8c9308002b2a56c2]\n", 0, -EBADMSG, 4,
     "appears twice"},
    {"# mapix profile 1\nPR_DISPLAY_NAME_W = \"x\"\n", 0, -EBADMSG, 2,
     "before the first [section]"},
    {HDR "PR_DISPLAY_NAME_W \"x\"\n", 0, -EBADMSG, 3, "expected TAG = VALUE"},
    {HDR " = 1\n", 0, -EBADMSG, 3, "no tag before '='"},
    {HDR "PR_NOPE = 1\n", 0, -EBADMSG, 3, "unknown property PR_NOPE"},
    {HDR "PR_DISPLAY_NAME = \"x\"\n", 0, -EBADMSG, 3, "unknown property"},
    {HDR "0x6700000D = 1\n", 0, -EBADMSG, 3, "cannot be stored"},
    {HDR "0x670000FD = 1\n", 0, -EBADMSG, 3, "cannot be stored"},
    {HDR "0x67003003 = 1\n", 0, -EBADMSG, 3, "cannot be stored"},
    {HDR "0x00000003 = 1\n", 0, -EBADMSG, 3, "cannot be stored"},
    {HDR "PR_PST_PW_SZ_OLD = \"secret\"\n", 0, -EPERM, 3,
     "passwords are not kept"},
    {HDR "0x6704001F = \"secret\"\n", 0, -EPERM, 3, "passwords are not kept"},
    {HDR "0x67010003 = 1\n0x6701001E = \"x\"\n", 0, -EBADMSG, 4,
     "appears twice"},
    {HDR "0x67010003 = 2147483648\n", 0, -EBADMSG, 3, "does not fit 32"},
    {HDR "0x67010003 = -2147483649\n", 0, -EBADMSG, 3, "does not fit 32"},
    {HDR "0x67010003 = 0x100000000\n", 0, -EBADMSG, 3, "no 32-bit number"},
    {HDR "0x67010002 = 32768\n", 0, -EBADMSG, 3, "does not fit 16"},
    {HDR "0x67010014 = 99999999999999999999\n", 0, -EBADMSG, 3, "too large"},
    {HDR "0x67010003 = 12abc\n", 0, -EBADMSG, 3, "is no number"},
    {HDR "0x67010003 = -\n", 0, -EBADMSG, 3, "is no number"},
    {HDR "0x67010003 =\n", 0, -EBADMSG, 3, "a value is missing"},
    {HDR "0x67010003 = 1 2\n", 0, -EBADMSG, 3, "unexpected text"},
    {HDR "0x6701000B = yes\n", 0, -EBADMSG, 3, "true or false"},
    {HDR "0x67010001 = 0\n", 0, -EBADMSG, 3, "written null"},
    {HDR "0x67010005 = 1.5.2\n", 0, -EBADMSG, 3, "floating-point"},
    {HDR "0x67010005 = 1,5\n", 0, -EBADMSG, 3, "unexpected text"},
    {HDR "0x67010005 = nan:0x7FF8\n", 0, -EBADMSG, 3, "bad NaN bits"},
    {HDR "0x67010004 = nan:0x7FF8000000000000\n", 0, -EBADMSG, 3,
     "bad NaN bits"},
    {HDR "0x67010006 = 1.23456\n", 0, -EBADMSG, 3, "at most 4 places"},
    {HDR "0x67010006 = 1.\n", 0, -EBADMSG, 3, "no amount"},
    {HDR "0x67010006 = 922337203685477.5808\n", 0, -EBADMSG, 3, "too large"},
    {HDR "0x67010040 = 2023-02-29T00:00:00Z\n", 0, -EBADMSG, 3,
     "no valid time"},
    {HDR "0x67010040 = 1600-12-31T23:59:59Z\n", 0, -EBADMSG, 3,
     "no valid time"},
    {HDR "0x67010040 = 2024-01-01T24:00:00Z\n", 0, -EBADMSG, 3,
     "no valid time"},
    {HDR "0x67010040 = 2024-01-01 00:00:00Z\n", 0, -EBADMSG, 3, "is no time"},
    {HDR "0x67010040 = 2024-01-01T00:00:00.12345678Z\n", 0, -EBADMSG, 3,
     "is no time"},
    {HDR "0x67010040 = 2024-01-01T00:00:00\n", 0, -EBADMSG, 3, "is no time"},
    {HDR "0x67010040 = 0x123\n", 0, -EBADMSG, 3, "is no time"},
    {HDR "0x67010048 = {00020387-0000-0000-C000-00000000004}\n", 0, -EBADMSG, 3,
     "a GUID must look like"},
    {HDR "0x67010048 = 00020387000000000C00000000000046\n", 0, -EBADMSG, 3,
     "a GUID must look like"},
    {HDR "0x67010102 = <ABC>\n", 0, -EBADMSG, 3, "odd number"},
    {HDR "0x67010102 = <ABCG>\n", 0, -EBADMSG, 3, "non-hex"},
    {HDR "0x67010102 = <AB\n", 0, -EBADMSG, 3, "without '>'"},
    {HDR "0x67010102 = AB\n", 0, -EBADMSG, 3, "like <0A1B>"},
    {HDR "0x6701001F = x\n", 0, -EBADMSG, 3, "double quotes"},
    {HDR "0x6701001F = \"x\n", 0, -EBADMSG, 3, "closing"},
    {HDR "0x6701001F = \"x\\\"\n", 0, -EBADMSG, 3, "closing"},
    {HDR "0x6701001F = \"\\q\"\n", 0, -EBADMSG, 3, "unknown escape \\q"},
    {HDR "0x6701001F = \"\\x0\"\n", 0, -EBADMSG, 3, "two hex digits"},
    {HDR "0x6701001F = \"\\x00\"\n", 0, -EBADMSG, 3, "may not hold NUL"},
    {HDR "0x6701001E = \"\\x00\"\n", 0, -EBADMSG, 3, "may not hold NUL"},
    {HDR "0x6701001F = \"\\u12\"\n", 0, -EBADMSG, 3, "four hex digits"},
    {HDR "0x6701001E = \"\\u0041\"\n", 0, -EBADMSG, 3, "only in PT_UNICODE"},
    {HDR "0x6701001F = \"a\" \"b\"\n", 0, -EBADMSG, 3, "unexpected text"},
    {HDR "0x67011003 = 1, 2\n", 0, -EBADMSG, 3, "in brackets"},
    {HDR "0x67011003 = [1, 2\n", 0, -EBADMSG, 3, "expected ',' or ']'"},
    {HDR "0x67011003 = [1 2]\n", 0, -EBADMSG, 3, "expected ',' or ']'"},
    {HDR "0x67011003 = [1,]\n", 0, -EBADMSG, 3, "a value is missing"},
    {HDR "0x6701101F = [\"a\", b]\n", 0, -EBADMSG, 3, "double quotes"},
    {HDR "0x67011003 = [] x\n", 0, -EBADMSG, 3, "unexpected text"},
};

static void test_bad_input(void **state)
{
	size_t i;

	(void)state;
	for (i = 0; i < sizeof(bad_inputs) / sizeof(bad_inputs[0]); i++) {
		const char *text = bad_inputs[i].text;
		size_t len =
		    bad_inputs[i].len != 0 ? bad_inputs[i].len : strlen(text);
		struct proffile *pf = (struct proffile *)&pf;
		const char *error = NULL;
		char where[32];
		int ret;

		ret = proffile_parse("bad.prof", text, len, &pf, &error);
		if (ret != bad_inputs[i].err || pf != NULL || error == NULL)
			fail_msg("input %zu: ret %d (%s)", i, ret,
				 error != NULL ? error : "");
		if (bad_inputs[i].line != 0)
			snprintf(where, sizeof(where),
				 "bad.prof:%u: ", bad_inputs[i].line);
		else
			snprintf(where, sizeof(where), "bad.prof: ");
		if (strncmp(error, where, strlen(where)) != 0 ||
		    strstr(error, bad_inputs[i].reason) == NULL)
			fail_msg("input %zu: message \"%s\", want \"%s...%s\"",
				 i, error, where, bad_inputs[i].reason);
	}
}

/* ------------------------------------------------------------------------
 * The API
 */

static void test_deny_list(void **state)
{
	struct proffile *pf;
	const char *error = NULL;
	SPropValue pv[2];
	char *before, *after;

	(void)state;
	assert_true(proffile_tag_denied(PR_PST_PW_SZ_OLD));
	assert_true(proffile_tag_denied(PR_PST_PW_SZ_NEW));
	assert_true(proffile_tag_denied(PROP_TAG(PT_UNICODE, 0x6704)));
	assert_false(proffile_tag_denied(PR_PST_REMEMBER_PW));
	assert_false(proffile_tag_denied(PR_PST_PATH_W));

	assert_int_equal(proffile_new(&pf), 0);
	pv[0].ulPropTag = PR_PST_PATH_W;
	pv[0].Value.lpszW = (LPWSTR)u"/srv/a.pst";
	assert_int_equal(proffile_set_props(pf, &uid_a, 1, pv, &error), 0);
	before = format(pf);
	pv[0].Value.lpszW = (LPWSTR)u"/srv/b.pst";
	pv[1].ulPropTag = PR_PST_PW_SZ_NEW;
	pv[1].Value.lpszA = "hunter2";
	assert_int_equal(proffile_set_props(pf, &uid_a, 2, pv, &error), -EPERM);
	assert_non_null(strstr(error, "PR_PST_PW_SZ_NEW"));
	assert_int_equal(proffile_set_props(pf, &uid_b, 1, pv + 1, &error),
			 -EPERM);
	after = format(pf);
	assert_string_equal(before, after); /* all or nothing */
	assert_null(strstr(after, "hunter2"));
	assert_false(proffile_has_section(pf, &uid_b));
	alloc_free(before);
	alloc_free(after);
	proffile_free(&pf);
}

static void test_api(void **state)
{
	struct proffile *pf;
	const char *error = NULL;
	SPropValue pv[3];
	LPSPropValue got;
	ULONG tags[3] = {PR_DISPLAY_NAME_A, PROP_TAG(PT_LONG, 0x6601),
			 PROP_TAG(PT_LONG, 0x6666)};
	ULONG n;

	(void)state;
	assert_int_equal(proffile_new(&pf), 0);
	assert_int_equal(proffile_get_props(pf, &uid_a, &n, &got), -ENOENT);
	assert_int_equal(proffile_add_section(pf, &uid_b), 0);
	assert_int_equal(proffile_add_section(pf, &uid_b), -EEXIST);
	assert_int_equal(proffile_add_section(pf, &uid_a), 0);
	/* Sections come in MAPIUID order: 13DB... before 9815.... */
	assert_memory_equal(proffile_section_uid(pf, 0)->ab, uid_b.ab, 16);
	assert_int_equal(proffile_get_props(pf, &uid_a, &n, &got), 0);
	assert_int_equal(n, 0);
	MAPIFreeBuffer(got);

	pv[0].ulPropTag = PROP_TAG(PT_LONG, 0x6601);
	pv[0].Value.l = 5;
	pv[1].ulPropTag = PR_DISPLAY_NAME_A;
	pv[1].Value.lpszA = "eight-bit";
	assert_int_equal(proffile_set_props(pf, &uid_a, 2, pv, &error), 0);
	/* Replaced by ID, whatever the type. */
	pv[0].ulPropTag = PR_DISPLAY_NAME_W;
	pv[0].Value.lpszW = (LPWSTR)u"wide";
	assert_int_equal(proffile_set_props(pf, &uid_a, 1, pv, &error), 0);
	assert_int_equal(proffile_get_prop(pf, &uid_a, PR_DISPLAY_NAME_A, &got),
			 -ENOENT);
	assert_int_equal(proffile_get_prop(pf, &uid_a,
					   PROP_TAG(PT_UNSPECIFIED, 0x3001),
					   &got),
			 0);
	assert_int_equal(got->ulPropTag, PR_DISPLAY_NAME_W);
	MAPIFreeBuffer(got);
	assert_int_equal(proffile_get_props(pf, &uid_a, &n, &got), 0);
	assert_int_equal(n, 2);
	assert_int_equal(got[0].ulPropTag, PR_DISPLAY_NAME_W);
	assert_int_equal(got[1].ulPropTag, PROP_TAG(PT_LONG, 0x6601));
	MAPIFreeBuffer(got);

	/* Refusals change nothing. */
	pv[0].ulPropTag = PROP_TAG(PT_OBJECT, 0x6700);
	assert_int_equal(proffile_set_props(pf, &uid_a, 1, pv, &error),
			 -EINVAL);
	pv[0].ulPropTag = PROP_TAG(PT_LONG, 0x6700) | MV_INSTANCE;
	assert_int_equal(proffile_set_props(pf, &uid_a, 1, pv, &error),
			 -EINVAL);
	pv[0].ulPropTag = PROP_TAG(PT_LONG, 0);
	assert_int_equal(proffile_set_props(pf, &uid_a, 1, pv, &error),
			 -EINVAL);
	pv[0].ulPropTag = PROP_TAG(PT_LONG, 0x6700);
	pv[1].ulPropTag = PROP_TAG(PT_STRING8, 0x6700);
	assert_int_equal(proffile_set_props(pf, &uid_a, 2, pv, &error),
			 -EINVAL);
	assert_non_null(strstr(error, "given twice"));
	pv[1].ulPropTag = PROP_TAG(PT_STRING8, 0x6701);
	pv[1].Value.lpszA = NULL;
	assert_int_equal(proffile_set_props(pf, &uid_a, 2, pv, &error),
			 -EINVAL);
	assert_non_null(strstr(error, "NULL"));
	assert_int_equal(
	    proffile_get_prop(pf, &uid_a, PROP_TAG(PT_LONG, 0x6700), &got),
	    -ENOENT);
	assert_int_equal(proffile_set_props(pf, NULL, 0, NULL, &error),
			 -EINVAL);

	assert_int_equal(proffile_delete_props(pf, &uid_a, 3, tags), 0);
	assert_int_equal(proffile_get_props(pf, &uid_a, &n, &got), 0);
	assert_int_equal(n, 0);
	MAPIFreeBuffer(got);
	assert_int_equal(proffile_delete_props(pf, &uid_a, 1, NULL), -EINVAL);
	assert_int_equal(proffile_delete_section(pf, &uid_a), 0);
	assert_int_equal(proffile_delete_section(pf, &uid_a), -ENOENT);
	assert_int_equal(proffile_delete_props(pf, &uid_a, 1, tags), -ENOENT);
	assert_int_equal(proffile_section_count(pf), 1);
	proffile_free(&pf);
	assert_null(pf);
	proffile_free(&pf);
	proffile_free(NULL);
}

/*
 * Writes and reads a double with a locale whose decimal point is a comma
 * on the thread.  Returns 0 when the text and value are right, 1 when
 * not, 2 when no such locale can be had.  Runs in a child process: glibc
 * loses a few bytes in newlocale() with LOCPATH, and a child that ends
 * by exec keeps that away from the leak checkers.
 */
static int locale_check(void)
{
	static const char *const names[] = {"de_DE.UTF-8", "de_DE.utf8",
					    "fr_FR.UTF-8", "ru_RU.UTF-8"};
	locale_t loc = (locale_t)0, old;
	struct proffile *pf, *back;
	SPropValue pv = {.ulPropTag = PROP_TAG(PT_DOUBLE, 0x6700),
			 .Value.dbl = 1.5};
	const char *error = NULL;
	LPSPropValue got;
	char *text, buf[16];
	size_t i, size;
	int ok;

	for (i = 0; i < sizeof(names) / sizeof(names[0]) && loc == 0; i++)
		loc = newlocale(LC_ALL_MASK, names[i], (locale_t)0);
	if (loc == (locale_t)0) {
		/* None installed: compile one into the test directory. */
		char cmd[600];

		snprintf(cmd, sizeof(cmd),
			 "localedef -i de_DE -f UTF-8 %s/de_DE.UTF-8 "
			 ">/dev/null 2>&1",
			 tmp_dir);
		if (system(cmd) != -1) {
			setenv("LOCPATH", tmp_dir, 1);
			loc =
			    newlocale(LC_ALL_MASK, "de_DE.UTF-8", (locale_t)0);
		}
	}
	if (loc == (locale_t)0)
		return 2;
	old = uselocale(loc);
	snprintf(buf, sizeof(buf), "%.1f", 1.5);
	if (strcmp(buf, "1,5") != 0)
		return 2; /* not a decimal comma after all */
	if (proffile_new(&pf) < 0 ||
	    proffile_set_props(pf, &uid_a, 1, &pv, &error) < 0 ||
	    proffile_format(pf, &text, &size) < 0)
		return 1;
	ok = strstr(text, "0x67000005 = 1.5\n") != NULL &&
	     proffile_parse("l", text, size, &back, &error) == 0 &&
	     proffile_get_prop(back, &uid_a, pv.ulPropTag, &got) == 0 &&
	     got->Value.dbl == 1.5;
	if (ok)
		MAPIFreeBuffer(got);
	proffile_free(&back);
	proffile_free(&pf);
	alloc_free(text);
	uselocale(old);
	freelocale(loc);
	return ok ? 0 : 1;
}

static void test_locale(void **state)
{
	pid_t pid;
	int status;

	(void)state;
	pid = fork();
	assert_true(pid >= 0);
	if (pid == 0) {
		/* The exit status leaves through exec, so that no leak check
		 * runs in this process (valgrind checks forked children). */
		char code[8];

		snprintf(code, sizeof(code), "exit %d", locale_check());
		execl("/bin/sh", "sh", "-c", code, (char *)NULL);
		_exit(1);
	}
	assert_int_equal(waitpid(pid, &status, 0), pid);
	assert_true(WIFEXITED(status));
	if (WEXITSTATUS(status) == 2)
		skip(); /* no locale with a decimal comma to be had */
	assert_int_equal(WEXITSTATUS(status), 0);
}

/* ------------------------------------------------------------------------
 * Files
 */

static int edit_set(struct proffile *pf, void *context, const char **error_r)
{
	SPropValue pv = {.ulPropTag = PR_PROFILE_NAME_W,
			 .Value.lpszW = context};

	return proffile_set_props(pf, &uid_a, 1, &pv, error_r);
}

static int edit_ret(struct proffile *pf, void *context, const char **error_r)
{
	(void)pf;
	(void)error_r;
	return *(int *)context;
}

static void test_file_edits(void **state)
{
	struct proffile *pf;
	const char *error = NULL;
	char path[512];
	LPSPropValue got;
	struct stat st;
	int rc;

	(void)state;
	snprintf(path, sizeof(path), "%s/alice.prof", tmp_dir);
	assert_int_equal(proffile_edit(path, 0, edit_set, u"Alice", &error),
			 -ENOENT);
	assert_non_null(strstr(error, path));
	assert_int_equal(proffile_edit(path, PROFFILE_CREATE | PROFFILE_EXCL,
				       edit_set, u"Alice", &error),
			 0);
	assert_int_equal(proffile_edit(path, PROFFILE_CREATE | PROFFILE_EXCL,
				       edit_set, u"Alice", &error),
			 -EEXIST);
	assert_int_equal(proffile_edit(path, 0, edit_set, u"Alice 2", &error),
			 0);
	assert_int_equal(stat(path, &st), 0);
	assert_int_equal(st.st_mode & 0777, 0600);
	assert_int_equal(proffile_load(path, &pf, &error), 0);
	assert_int_equal(proffile_get_prop(pf, &uid_a, PR_PROFILE_NAME_W, &got),
			 0);
	assert_memory_equal(got->Value.lpszW, u"Alice 2", 16);
	MAPIFreeBuffer(got);
	proffile_free(&pf);

	rc = -EXDEV;
	assert_int_equal(proffile_edit(path, 0, edit_ret, &rc, &error), -EXDEV);
	rc = 42;
	assert_int_equal(proffile_edit(path, 0, edit_ret, &rc, &error),
			 -EINVAL);
	rc = PROFFILE_DELETE;
	assert_int_equal(proffile_edit(path, 0, edit_ret, &rc, &error), 0);
	assert_int_equal(stat(path, &st), -1);
	assert_int_equal(proffile_load(path, &pf, &error), -ENOENT);
	assert_non_null(strstr(error, path));

	/* A broken profile is reported, not rewritten. */
	{
		FILE *f = fopen(path, "w");

		assert_non_null(f);
		fputs("# mapix profile 1\n[XYZ]\n", f);
		fclose(f);
	}
	assert_int_equal(proffile_edit(path, 0, edit_set, u"x", &error),
			 -EBADMSG);
	assert_non_null(strstr(error, ":2: a section header"));
	assert_int_equal(proffile_load(path, &pf, &error), -EBADMSG);
	unlink(path);
}

/* ------------------------------------------------------------------------
 * Out of memory
 */

static void test_oom(void **state)
{
	SPropValue in[64];
	ULONG n = all_types(in);
	struct proffile *pf, *back = NULL;
	const char *error = NULL;
	unsigned long k;
	char *text, *before;
	size_t size;
	long live;
	int ret;

	(void)state;
	assert_int_equal(proffile_new(&pf), 0);
	assert_int_equal(proffile_set_props(pf, &uid_b, 1, in + 2, &error), 0);
	before = format(pf);
	for (k = 1;; k++) {
		char *now;

		alloc_fail_after(k);
		ret = proffile_set_props(pf, &uid_a, n, in, &error);
		alloc_fail_after(0);
		if (ret == 0)
			break;
		assert_int_equal(ret, -ENOMEM);
		now = format(pf);
		assert_string_equal(now, before);
		alloc_free(now);
	}
	alloc_free(before);
	assert_int_equal(proffile_format(pf, &text, &size), 0);
	live = alloc_live();
	for (k = 1;; k++) {
		alloc_fail_after(k);
		ret = proffile_parse("oom", text, size, &back, &error);
		alloc_fail_after(0);
		if (ret == 0)
			break;
		assert_int_equal(ret, -ENOMEM);
		assert_null(back);
		assert_int_equal(alloc_live(), live);
	}
	proffile_free(&back);
	alloc_free(text);
	proffile_free(&pf);
}

/* ------------------------------------------------------------------------
 * Profile names
 */

static void test_profile_names(void **state)
{
	static const char *const bad[] = {
	    "",
	    "a/b",
	    "..",
	    "a..b",
	    ".hidden",
	    "ctl\x01",
	    "tab\there",
	    "del\x7F",
	    "c1\xC2\x85",
	    " lead",
	    "trail ",
	    "back\\slash",
	    "co:lon",
	    "st*r",
	    "q?",
	    "\"q\"",
	    "<a>",
	    "a|b",
	    "bad\xFFutf8",
	    "AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA",
	};
	static const char *const good[] = {
	    "Outlook",
	    "J\xC3\xBCrgen M\xC3\xBCller",
	    "user@example.com",
	    "a.b-c_d (2)",
	    "\xE2\x82\xAC\xE2\x82\xAC\xE2\x82\xAC",
	    "AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA",
	};
	char longest[256];
	const char *error;
	size_t i;

	(void)state;
	for (i = 0; i < sizeof(bad) / sizeof(bad[0]); i++) {
		error = NULL;
		if (prof_check_profile_name(bad[i], &error) != -EINVAL ||
		    error == NULL)
			fail_msg("accepted bad name %zu", i);
	}
	assert_int_equal(prof_check_profile_name(NULL, &error), -EINVAL);
	for (i = 0; i < sizeof(good) / sizeof(good[0]); i++) {
		if (prof_check_profile_name(good[i], &error) != 0)
			fail_msg("refused %s: %s", good[i], error);
	}
	/* 64 characters of 3 bytes each: 192 bytes, fine; 65: not. */
	for (i = 0; i < 64; i++)
		memcpy(longest + 3 * i, "\xE2\x82\xAC", 3);
	longest[192] = '\0';
	assert_int_equal(prof_check_profile_name(longest, &error), 0);
	memcpy(longest + 192, "\xE2\x82\xAC", 4);
	assert_int_equal(prof_check_profile_name(longest, &error), -EINVAL);
	assert_non_null(strstr(error, "64 characters"));
}

int main(void)
{
#define T(f) cmocka_unit_test_setup_teardown(f, setup, teardown)
	const struct CMUnitTest tests[] = {
	    T(test_round_trip_all_types),
	    T(test_text_form),
	    T(test_hand_written),
	    T(test_bad_input),
	    T(test_deny_list),
	    T(test_api),
	    T(test_locale),
	    T(test_file_edits),
	    T(test_oom),
	    T(test_profile_names),
	};

	return cmocka_run_group_tests(tests, group_setup, group_teardown);
}
