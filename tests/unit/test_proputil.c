/*
 * test_proputil.c - the property value utilities of proputil.c: copying,
 * measuring, finding and comparing values, freeing row sets, and the
 * helpers over IMAPIProp and IMAPITable.
 *
 * Expected numbers are the documented and native-verified ones of
 * mapi-facts.md 8.1 and 10 (UlPropSize sizes, ScCountProps byte counts,
 * the ScCopyProps/ScRelocProps layout, the FL_* match table, PT_UNSPECIFIED
 * lookups); where mapix deliberately differs from native the test says so.
 * Ownership is checked with alloc_live(): every test that allocates ends
 * where it started.  The object helpers run against small fakes written
 * here (to reach every error path) and against the real CreateIProp and
 * CreateTable objects.
 */
#include <stdarg.h>
#include <stddef.h>
#include <setjmp.h>
#include <stdint.h>
#include <cmocka.h>

#include <stdbool.h>
#include <stdio.h>
#include <string.h>

#include <mapiguid.h>
#include <mapix.h>
#include <mapiutil.h>

#include "alloc.h"

/* Aligned scratch blocks for ScCopyProps and ScRelocProps. */
union block {
	SPropValue pv;
	unsigned char b[2048];
};

static char hi_a[] = "Hi!";
static WCHAR hi_w[] = u"Hi!";
static GUID guid_a = {0x12345678, 0x9abc, 0xdef0, {1, 2, 3, 4, 5, 6, 7, 8}};
static GUID guid_b = {0x12345678, 0x9abc, 0xdef0, {1, 2, 3, 4, 5, 6, 7, 9}};
static BYTE bytes[32] = {0,  1,  2,  3,  4,  5,  6,  7,  8,  9,
			 10, 11, 12, 13, 14, 15, 16, 17, 18, 19,
			 20, 21, 22, 23, 24, 25, 26, 27, 28};

/* ======================== Sample property values ======================== */

static LPSTR list_a[3] = {hi_a, hi_a, hi_a};
static LPWSTR list_w[3] = {hi_w, hi_w, hi_w};
static SBinary list_bin[3] = {{17, bytes}, {2, bytes}, {1, bytes}};
static short list_i[3] = {1, -2, 3};
static LONG list_l[3] = {10, -20, 30};
static float list_flt[3] = {1.5f, 2.5f, 3.5f};
static double list_dbl[3] = {1.25, 2.25, 3.25};
static CURRENCY list_cur[3] = {{.int64 = 1}, {.int64 = 2}, {.int64 = 3}};
static FILETIME list_ft[3] = {{1, 2}, {3, 4}, {5, 6}};
static LARGE_INTEGER list_li[3] = {
    {.QuadPart = 1}, {.QuadPart = -1}, {.QuadPart = 1LL << 40}};
static GUID list_guid[3];

/*
 * Fills v with a value of the given type that points at the static data
 * above (3 elements for multi-valued types).  Returns false for a type
 * this helper has no value for.
 */
static bool sample_value(ULONG type, SPropValue *v)
{
	memset(v, 0, sizeof(*v));
	v->ulPropTag = PROP_TAG(type, 0x6001);
	list_guid[0] = guid_a;
	list_guid[1] = guid_b;
	list_guid[2] = guid_a;
	switch (type) {
	case PT_NULL:
	case PT_OBJECT:
		v->Value.x = 0;
		return true;
	case PT_I2:
		v->Value.i = -7;
		return true;
	case PT_LONG:
		v->Value.l = 123456;
		return true;
	case PT_R4:
		v->Value.flt = 0.5f;
		return true;
	case PT_DOUBLE:
	case PT_APPTIME:
		v->Value.dbl = 3.75;
		return true;
	case PT_CURRENCY:
		v->Value.cur.int64 = 99999;
		return true;
	case PT_ERROR:
		v->Value.err = MAPI_E_NOT_FOUND;
		return true;
	case PT_BOOLEAN:
		v->Value.b = 1;
		return true;
	case PT_I8:
		v->Value.li.QuadPart = -5;
		return true;
	case PT_SYSTIME:
		v->Value.ft.dwLowDateTime = 1;
		v->Value.ft.dwHighDateTime = 2;
		return true;
	case PT_CLSID:
		v->Value.lpguid = &guid_a;
		return true;
	case PT_STRING8:
		v->Value.lpszA = hi_a;
		return true;
	case PT_UNICODE:
		v->Value.lpszW = hi_w;
		return true;
	case PT_BINARY:
		v->Value.bin.cb = 19;
		v->Value.bin.lpb = bytes;
		return true;
	case PT_MV_I2:
		v->Value.MVi.cValues = 3;
		v->Value.MVi.lpi = list_i;
		return true;
	case PT_MV_LONG:
		v->Value.MVl.cValues = 3;
		v->Value.MVl.lpl = list_l;
		return true;
	case PT_MV_R4:
		v->Value.MVflt.cValues = 3;
		v->Value.MVflt.lpflt = list_flt;
		return true;
	case PT_MV_DOUBLE:
		v->Value.MVdbl.cValues = 3;
		v->Value.MVdbl.lpdbl = list_dbl;
		return true;
	case PT_MV_APPTIME:
		v->Value.MVat.cValues = 3;
		v->Value.MVat.lpat = list_dbl;
		return true;
	case PT_MV_CURRENCY:
		v->Value.MVcur.cValues = 3;
		v->Value.MVcur.lpcur = list_cur;
		return true;
	case PT_MV_SYSTIME:
		v->Value.MVft.cValues = 3;
		v->Value.MVft.lpft = list_ft;
		return true;
	case PT_MV_I8:
		v->Value.MVli.cValues = 3;
		v->Value.MVli.lpli = list_li;
		return true;
	case PT_MV_CLSID:
		v->Value.MVguid.cValues = 3;
		v->Value.MVguid.lpguid = list_guid;
		return true;
	case PT_MV_STRING8:
		v->Value.MVszA.cValues = 3;
		v->Value.MVszA.lppszA = list_a;
		return true;
	case PT_MV_UNICODE:
		v->Value.MVszW.cValues = 3;
		v->Value.MVszW.lppszW = list_w;
		return true;
	case PT_MV_BINARY:
		v->Value.MVbin.cValues = 3;
		v->Value.MVbin.lpbin = list_bin;
		return true;
	default:
		return false;
	}
}

static const ULONG copy_types[] = {
    PT_NULL,       PT_OBJECT,      PT_I2,         PT_LONG,    PT_R4,
    PT_DOUBLE,     PT_APPTIME,     PT_CURRENCY,   PT_ERROR,   PT_BOOLEAN,
    PT_I8,         PT_SYSTIME,     PT_CLSID,      PT_STRING8, PT_UNICODE,
    PT_BINARY,     PT_MV_I2,       PT_MV_LONG,    PT_MV_R4,   PT_MV_DOUBLE,
    PT_MV_APPTIME, PT_MV_CURRENCY, PT_MV_SYSTIME, PT_MV_I8,   PT_MV_CLSID,
    PT_MV_STRING8, PT_MV_UNICODE,  PT_MV_BINARY,
};
#define N_COPY_TYPES (sizeof(copy_types) / sizeof(copy_types[0]))

static size_t wlen(const WCHAR *s)
{
	size_t n = 0;

	while (s[n] != 0)
		n++;
	return n;
}

/*
 * Checks that b is a deep copy of a: same tag and contents, and no pointer
 * of b aliases a's data.  With [lo, hi) given, every pointer of b must
 * point inside it.
 */
static void check_copy(const SPropValue *a, const SPropValue *b, const void *lo,
		       const void *hi)
{
	const unsigned char *l = lo, *h = hi;
	ULONG i;

#define INSIDE(p)                                                              \
	do {                                                                   \
		if (l != NULL) {                                               \
			assert_true((const unsigned char *)(p) >= l);          \
			assert_true((const unsigned char *)(p) < h);           \
		}                                                              \
	} while (0)
#define CHECK_MV(member, field)                                                \
	do {                                                                   \
		assert_int_equal(a->Value.member.cValues,                      \
				 b->Value.member.cValues);                     \
		assert_ptr_not_equal(a->Value.member.field,                    \
				     b->Value.member.field);                   \
		INSIDE(b->Value.member.field);                                 \
		assert_memory_equal(                                           \
		    a->Value.member.field, b->Value.member.field,              \
		    a->Value.member.cValues * sizeof(*a->Value.member.field)); \
	} while (0)

	assert_int_equal(a->ulPropTag, b->ulPropTag);
	switch (PROP_TYPE(a->ulPropTag)) {
	case PT_CLSID:
		assert_ptr_not_equal(a->Value.lpguid, b->Value.lpguid);
		INSIDE(b->Value.lpguid);
		assert_memory_equal(a->Value.lpguid, b->Value.lpguid,
				    sizeof(GUID));
		break;
	case PT_STRING8:
		assert_ptr_not_equal(a->Value.lpszA, b->Value.lpszA);
		INSIDE(b->Value.lpszA);
		assert_string_equal(a->Value.lpszA, b->Value.lpszA);
		break;
	case PT_UNICODE:
		assert_ptr_not_equal(a->Value.lpszW, b->Value.lpszW);
		INSIDE(b->Value.lpszW);
		assert_int_equal(wlen(a->Value.lpszW), wlen(b->Value.lpszW));
		assert_memory_equal(a->Value.lpszW, b->Value.lpszW,
				    (wlen(a->Value.lpszW) + 1) * sizeof(WCHAR));
		break;
	case PT_BINARY:
		assert_int_equal(a->Value.bin.cb, b->Value.bin.cb);
		assert_ptr_not_equal(a->Value.bin.lpb, b->Value.bin.lpb);
		INSIDE(b->Value.bin.lpb);
		assert_memory_equal(a->Value.bin.lpb, b->Value.bin.lpb,
				    a->Value.bin.cb);
		break;
	case PT_MV_I2:
		CHECK_MV(MVi, lpi);
		break;
	case PT_MV_LONG:
		CHECK_MV(MVl, lpl);
		break;
	case PT_MV_R4:
		CHECK_MV(MVflt, lpflt);
		break;
	case PT_MV_DOUBLE:
		CHECK_MV(MVdbl, lpdbl);
		break;
	case PT_MV_APPTIME:
		CHECK_MV(MVat, lpat);
		break;
	case PT_MV_CURRENCY:
		CHECK_MV(MVcur, lpcur);
		break;
	case PT_MV_SYSTIME:
		CHECK_MV(MVft, lpft);
		break;
	case PT_MV_I8:
		CHECK_MV(MVli, lpli);
		assert_int_equal((uintptr_t)b->Value.MVli.lpli % 8, 0);
		break;
	case PT_MV_CLSID:
		CHECK_MV(MVguid, lpguid);
		break;
	case PT_MV_STRING8:
		assert_int_equal(a->Value.MVszA.cValues,
				 b->Value.MVszA.cValues);
		assert_ptr_not_equal(a->Value.MVszA.lppszA,
				     b->Value.MVszA.lppszA);
		INSIDE(b->Value.MVszA.lppszA);
		for (i = 0; i < a->Value.MVszA.cValues; i++) {
			INSIDE(b->Value.MVszA.lppszA[i]);
			assert_ptr_not_equal(a->Value.MVszA.lppszA[i],
					     b->Value.MVszA.lppszA[i]);
			assert_string_equal(a->Value.MVszA.lppszA[i],
					    b->Value.MVszA.lppszA[i]);
		}
		break;
	case PT_MV_UNICODE:
		assert_int_equal(a->Value.MVszW.cValues,
				 b->Value.MVszW.cValues);
		INSIDE(b->Value.MVszW.lppszW);
		for (i = 0; i < a->Value.MVszW.cValues; i++) {
			const WCHAR *s = a->Value.MVszW.lppszW[i];

			INSIDE(b->Value.MVszW.lppszW[i]);
			assert_ptr_not_equal(s, b->Value.MVszW.lppszW[i]);
			assert_memory_equal(s, b->Value.MVszW.lppszW[i],
					    (wlen(s) + 1) * sizeof(WCHAR));
		}
		break;
	case PT_MV_BINARY:
		assert_int_equal(a->Value.MVbin.cValues,
				 b->Value.MVbin.cValues);
		INSIDE(b->Value.MVbin.lpbin);
		for (i = 0; i < a->Value.MVbin.cValues; i++) {
			const SBinary *x = &a->Value.MVbin.lpbin[i];
			const SBinary *y = &b->Value.MVbin.lpbin[i];

			assert_int_equal(x->cb, y->cb);
			INSIDE(y->lpb);
			assert_ptr_not_equal(x->lpb, y->lpb);
			assert_memory_equal(x->lpb, y->lpb, x->cb);
		}
		break;
	default:
		/* Scalars: the whole union is the value. */
		assert_memory_equal(&a->Value, &b->Value, sizeof(a->Value));
		break;
	}
#undef CHECK_MV
#undef INSIDE
}

/* ============================= PropCopyMore ============================= */

static void test_propcopymore_types(void **state)
{
	long live = alloc_live();
	SPropValue src;
	LPSPropValue root = NULL;
	size_t i;

	(void)state;
	assert_int_equal(MAPIAllocateBuffer(N_COPY_TYPES * sizeof(SPropValue),
					    (LPVOID *)&root),
			 S_OK);
	for (i = 0; i < N_COPY_TYPES; i++) {
		assert_true(sample_value(copy_types[i], &src));
		memset(&root[i], 0xff, sizeof(root[i]));
		assert_int_equal(
		    PropCopyMore(&root[i], &src, MAPIAllocateMore, root), S_OK);
		check_copy(&src, &root[i], NULL, NULL);
	}
	/* All the copies hang off root: one free releases everything. */
	assert_int_equal(MAPIFreeBuffer(root), S_OK);
	assert_int_equal(alloc_live(), live);
}

static void test_propcopymore_scalars_allocate_nothing(void **state)
{
	static const ULONG scalars[] = {PT_NULL, PT_OBJECT, PT_ERROR,
					PT_LONG, PT_I8,     PT_SYSTIME};
	SPropValue src, dst;
	LPVOID root = NULL;
	long live;
	size_t i;

	(void)state;
	assert_int_equal(MAPIAllocateBuffer(8, &root), S_OK);
	live = alloc_live();
	for (i = 0; i < sizeof(scalars) / sizeof(scalars[0]); i++) {
		assert_true(sample_value(scalars[i], &src));
		assert_int_equal(
		    PropCopyMore(&dst, &src, MAPIAllocateMore, root), S_OK);
		check_copy(&src, &dst, NULL, NULL);
	}
	assert_int_equal(alloc_live(), live);
	MAPIFreeBuffer(root);
}

static void test_propcopymore_empty_and_same(void **state)
{
	SPropValue src, dst;
	LPVOID root = NULL;
	long live = alloc_live();

	(void)state;
	assert_int_equal(MAPIAllocateBuffer(8, &root), S_OK);

	/* Empty multi-valued values and binaries need no data. */
	sample_value(PT_MV_STRING8, &src);
	src.Value.MVszA.cValues = 0;
	assert_int_equal(PropCopyMore(&dst, &src, MAPIAllocateMore, root),
			 S_OK);
	assert_int_equal(dst.Value.MVszA.cValues, 0);
	assert_null(dst.Value.MVszA.lppszA);
	sample_value(PT_BINARY, &src);
	src.Value.bin.cb = 0;
	src.Value.bin.lpb = NULL;
	assert_int_equal(PropCopyMore(&dst, &src, MAPIAllocateMore, root),
			 S_OK);
	assert_int_equal(dst.Value.bin.cb, 0);
	assert_null(dst.Value.bin.lpb);
	assert_int_equal(alloc_live(), live + 1);

	/* Copying a value onto itself makes it own its data. */
	sample_value(PT_MV_UNICODE, &src);
	dst = src;
	assert_int_equal(PropCopyMore(&dst, &dst, MAPIAllocateMore, root),
			 S_OK);
	check_copy(&src, &dst, NULL, NULL);

	MAPIFreeBuffer(root);
	assert_int_equal(alloc_live(), live);
}

static SCODE STDMETHODCALLTYPE failing_more(ULONG cb, LPVOID obj, LPVOID *out)
{
	(void)cb;
	(void)obj;
	*out = NULL;
	return MAPI_E_NOT_ENOUGH_MEMORY;
}

static void test_propcopymore_bad(void **state)
{
	SPropValue src, dst, before;
	LPVOID root = NULL;
	long live;

	(void)state;
	assert_int_equal(MAPIAllocateBuffer(8, &root), S_OK);
	live = alloc_live();
	sample_value(PT_STRING8, &src);
	memset(&dst, 0xab, sizeof(dst));
	before = dst;

	assert_int_equal(PropCopyMore(NULL, &src, MAPIAllocateMore, root),
			 MAPI_E_INVALID_PARAMETER);
	assert_int_equal(PropCopyMore(&dst, NULL, MAPIAllocateMore, root),
			 MAPI_E_INVALID_PARAMETER);
	assert_int_equal(PropCopyMore(&dst, &src, NULL, root),
			 MAPI_E_INVALID_PARAMETER);

	/* Types that are not values. */
	src.ulPropTag = PROP_TAG(PT_UNSPECIFIED, 0x6001);
	assert_int_equal(PropCopyMore(&dst, &src, MAPIAllocateMore, root),
			 MAPI_E_INVALID_PARAMETER);
	src.ulPropTag = PROP_TAG(0x0999, 0x6001);
	assert_int_equal(PropCopyMore(&dst, &src, MAPIAllocateMore, root),
			 MAPI_E_INVALID_PARAMETER);
	src.ulPropTag = PROP_TAG(MV_FLAG | PT_ERROR, 0x6001);
	assert_int_equal(PropCopyMore(&dst, &src, MAPIAllocateMore, root),
			 MAPI_E_INVALID_PARAMETER);
	src.ulPropTag = MVI_PROP(PROP_TAG(PT_MV_LONG, 0x6001));
	assert_int_equal(PropCopyMore(&dst, &src, MAPIAllocateMore, root),
			 MAPI_E_INVALID_PARAMETER);

	/* Values missing the data they point to. */
	sample_value(PT_STRING8, &src);
	src.Value.lpszA = NULL;
	assert_int_equal(PropCopyMore(&dst, &src, MAPIAllocateMore, root),
			 MAPI_E_INVALID_PARAMETER);
	sample_value(PT_CLSID, &src);
	src.Value.lpguid = NULL;
	assert_int_equal(PropCopyMore(&dst, &src, MAPIAllocateMore, root),
			 MAPI_E_INVALID_PARAMETER);
	sample_value(PT_MV_LONG, &src);
	src.Value.MVl.lpl = NULL;
	assert_int_equal(PropCopyMore(&dst, &src, MAPIAllocateMore, root),
			 MAPI_E_INVALID_PARAMETER);
	sample_value(PT_MV_STRING8, &src);
	{
		LPSTR holes[2] = {hi_a, NULL};

		src.Value.MVszA.cValues = 2;
		src.Value.MVszA.lppszA = holes;
		assert_int_equal(
		    PropCopyMore(&dst, &src, MAPIAllocateMore, root),
		    MAPI_E_INVALID_PARAMETER);
	}

	/* The allocator's failure comes back as it is. */
	sample_value(PT_BINARY, &src);
	assert_int_equal(PropCopyMore(&dst, &src, failing_more, root),
			 MAPI_E_NOT_ENOUGH_MEMORY);

	/* Nothing was written and nothing allocated. */
	assert_memory_equal(&dst, &before, sizeof(dst));
	assert_int_equal(alloc_live(), live);
	MAPIFreeBuffer(root);
}

/* The out-of-memory loop on PropCopyMore alone. */
static void test_propcopymore_oom(void **state)
{
	SPropValue src, dst;
	LPVOID root = NULL;
	unsigned long n;
	long start = alloc_live(), live;
	SCODE sc;
	size_t i;

	(void)state;
	assert_int_equal(MAPIAllocateBuffer(8, &root), S_OK);
	for (i = 0; i < N_COPY_TYPES; i++) {
		/* Successful copies stay linked to root until the end. */
		live = alloc_live();
		sample_value(copy_types[i], &src);
		for (n = 1;; n++) {
			memset(&dst, 0xcd, sizeof(dst));
			alloc_fail_after(n);
			sc = PropCopyMore(&dst, &src, MAPIAllocateMore, root);
			if (!alloc_injected())
				break;
			alloc_fail_after(0);
			assert_int_equal(sc, MAPI_E_NOT_ENOUGH_MEMORY);
			assert_int_equal(dst.ulPropTag, 0xcdcdcdcd);
			assert_int_equal(alloc_live(), live);
		}
		alloc_fail_after(0);
		assert_int_equal(sc, S_OK);
		check_copy(&src, &dst, NULL, NULL);
	}
	MAPIFreeBuffer(root);
	assert_int_equal(alloc_live(), start);
}

/* ============================== UlPropSize ============================== */

static void test_ulpropsize(void **state)
{
	LPSTR strs[2] = {hi_a, hi_a};
	LPWSTR wstrs[2] = {hi_w, hi_w};
	SBinary bins[2] = {{19, bytes}, {1, bytes}};
	ULONG type, want;
	SPropValue pv;

	(void)state;
	assert_int_equal(UlPropSize(NULL), 0);

	/* The native loop: two elements for multi-valued types. */
	for (type = 0; type <= 0xFFFF; type++) {
		memset(&pv, 0, sizeof(pv));
		pv.ulPropTag = type;
		pv.Value.MVl.cValues = 2;
		switch (type) {
		case PT_I2:
		case PT_BOOLEAN:
			want = 2;
			break;
		case PT_LONG:
		case PT_R4:
		case PT_ERROR:
			want = 4;
			break;
		case PT_DOUBLE:
		case PT_APPTIME:
		case PT_CURRENCY:
		case PT_SYSTIME:
		case PT_I8:
			want = 8;
			break;
		case PT_CLSID:
			want = 16;
			break;
		case PT_MV_I2:
			want = 4;
			break;
		case PT_MV_LONG:
		case PT_MV_R4:
			want = 8;
			break;
		case PT_MV_DOUBLE:
		case PT_MV_APPTIME:
		case PT_MV_CURRENCY:
		case PT_MV_SYSTIME:
		case PT_MV_I8:
			want = 16;
			break;
		case PT_MV_CLSID:
			/* Native returns 0 here (a bug); mapix the size. */
			want = 32;
			break;
		case PT_STRING8:
			pv.Value.lpszA = hi_a;
			want = 4;
			break;
		case PT_UNICODE:
			pv.Value.lpszW = hi_w;
			want = 8;
			break;
		case PT_BINARY:
			pv.Value.bin.cb = 19;
			want = 19;
			break;
		case PT_MV_STRING8:
			pv.Value.MVszA.lppszA = strs;
			want = 8;
			break;
		case PT_MV_UNICODE:
			pv.Value.MVszW.lppszW = wstrs;
			want = 16;
			break;
		case PT_MV_BINARY:
			pv.Value.MVbin.lpbin = bins;
			want = 20;
			break;
		default:
			/* PT_OBJECT, PT_NULL and unknown types. */
			want = 0;
			break;
		}
		assert_int_equal(UlPropSize(&pv), want);
	}

	/* NULL strings measure 0 instead of crashing. */
	memset(&pv, 0, sizeof(pv));
	pv.ulPropTag = PR_SUBJECT_A;
	assert_int_equal(UlPropSize(&pv), 0);
	pv.ulPropTag = PR_SUBJECT_W;
	assert_int_equal(UlPropSize(&pv), 0);
	pv.ulPropTag = PROP_TAG(PT_MV_STRING8, 1);
	pv.Value.MVszA.cValues = 2;
	assert_int_equal(UlPropSize(&pv), 0);
}

/* ============================== ScCountProps ============================= */

/*
 * Native byte counts for one value of each type with three elements (see
 * mapi-facts.md 8.1), 0 where native fails.  mapix also counts PT_NULL
 * (a plain scalar) and PT_MV_CLSID.
 */
static ULONG count_want(ULONG type)
{
	const ULONG pv = sizeof(SPropValue);

	switch (type) {
	case PT_I2:
	case PT_LONG:
	case PT_R4:
	case PT_DOUBLE:
	case PT_CURRENCY:
	case PT_APPTIME:
	case PT_SYSTIME:
	case PT_ERROR:
	case PT_BOOLEAN:
	case PT_OBJECT:
	case PT_I8:
		return pv;
	case PT_NULL:
		return pv; /* native: MAPI_E_INVALID_PARAMETER */
	case PT_CLSID:
		return pv + sizeof(GUID);
	case PT_STRING8:
		return pv + 4;
	case PT_UNICODE:
		return pv + 4 * sizeof(WCHAR);
	case PT_BINARY:
		return pv + 2;
	case PT_MV_I2:
		return pv + 3 * sizeof(short);
	case PT_MV_LONG:
	case PT_MV_R4:
		return pv + 3 * 4;
	case PT_MV_I8:
	case PT_MV_DOUBLE:
	case PT_MV_APPTIME:
	case PT_MV_CURRENCY:
	case PT_MV_SYSTIME:
		return pv + 3 * 8;
	case PT_MV_CLSID:
		return pv + 3 * sizeof(GUID); /* native: invalid */
	case PT_MV_STRING8:
		return pv + 3 * sizeof(char *) + 3 * 4;
	case PT_MV_UNICODE:
		return pv + 3 * sizeof(WCHAR *) + 3 * 4 * sizeof(WCHAR);
	case PT_MV_BINARY:
		return pv + 3 * sizeof(SBinary) + 20;
	default:
		return 0;
	}
}

static void test_sccountprops_types(void **state)
{
	SBinary bins[3] = {{17, bytes}, {2, bytes}, {1, bytes}};
	SPropValue pv;
	ULONG type, cb, want;

	(void)state;
	for (type = 0; type <= 0xFFFF; type++) {
		if (!sample_value(type, &pv)) {
			memset(&pv, 0, sizeof(pv));
			pv.ulPropTag = PROP_TAG(type, 1);
		}
		if (type == PT_BINARY)
			pv.Value.bin.cb = 2;
		if (type == PT_MV_BINARY)
			pv.Value.MVbin.lpbin = bins;
		want = count_want(type);
		cb = 0xffffffff;
		if (want == 0) {
			assert_int_equal(ScCountProps(1, &pv, &cb),
					 MAPI_E_INVALID_PARAMETER);
			/* Untouched on error, as native. */
			assert_int_equal(cb, 0xffffffff);
		} else {
			assert_int_equal(ScCountProps(1, &pv, &cb), S_OK);
			assert_int_equal(cb, want);
		}
	}
}

static void test_sccountprops_args(void **state)
{
	SPropValue pv[3];
	ULONG cb = 77;

	(void)state;
	assert_int_equal(ScCountProps(0, NULL, &cb), S_OK);
	assert_int_equal(cb, 0);
	cb = 77;
	assert_int_equal(ScCountProps(-1, pv, &cb), MAPI_E_INVALID_PARAMETER);
	assert_int_equal(ScCountProps(1, NULL, &cb), MAPI_E_INVALID_PARAMETER);
	assert_int_equal(cb, 77);

	/* lpcb NULL: validation only. */
	sample_value(PT_STRING8, &pv[0]);
	assert_int_equal(ScCountProps(1, pv, NULL), S_OK);
	pv[0].Value.lpszA = NULL;
	assert_int_equal(ScCountProps(1, pv, NULL), MAPI_E_INVALID_PARAMETER);

	/*
	 * Alignment between values: "Hi!" ends at offset 52, the PT_MV_I8
	 * array starts at 56, then 24 bytes; the GUID after it is 4-aligned.
	 */
	sample_value(PT_STRING8, &pv[0]);
	sample_value(PT_MV_I8, &pv[1]);
	sample_value(PT_CLSID, &pv[2]);
	assert_int_equal(ScCountProps(3, pv, &cb), S_OK);
	assert_int_equal(cb, 3 * sizeof(SPropValue) + 4 + 4 + 24 + 16);
}

/* ============================== ScCopyProps ============================== */

static void test_sccopyprops_native_layout(void **state)
{
	static char test_a[] = "Test";
	static union block buf;
	LPSTR strs[1] = {test_a};
	SPropValue pv;
	LPSPropValue res = &buf.pv;
	ULONG cb = 0;

	(void)state;
	pv.ulPropTag = PROP_TAG(PT_MV_STRING8, 1);
	pv.Value.MVszA.cValues = 1;
	pv.Value.MVszA.lppszA = strs;

	assert_int_equal(ScCopyProps(1, &pv, buf.b, &cb), S_OK);
	assert_int_equal(res->ulPropTag, pv.ulPropTag);
	assert_int_equal(res->Value.MVszA.cValues, 1);
	/* Pointer array right after the SPropValue, then the string. */
	assert_ptr_equal(res->Value.MVszA.lppszA, buf.b + sizeof(SPropValue));
	assert_ptr_equal(res->Value.MVszA.lppszA[0],
			 buf.b + sizeof(SPropValue) + sizeof(char *));
	assert_int_equal(cb, sizeof(SPropValue) + sizeof(char *) + 5);
	assert_string_equal(res->Value.MVszA.lppszA[0], test_a);
}

static void test_sccopyprops_all_types(void **state)
{
	static union block buf;
	SPropValue src[N_COPY_TYPES];
	LPSPropValue dst = &buf.pv;
	ULONG cb_count = 0, cb_copy = 0;
	size_t i;

	(void)state;
	for (i = 0; i < N_COPY_TYPES; i++)
		sample_value(copy_types[i], &src[i]);
	assert_int_equal(ScCountProps(N_COPY_TYPES, src, &cb_count), S_OK);
	assert_true(cb_count <= sizeof(buf));
	memset(buf.b, 0x5a, sizeof(buf));
	assert_int_equal(ScCopyProps(N_COPY_TYPES, src, buf.b, &cb_copy), S_OK);
	/* The count is exactly what the copy wrote. */
	assert_int_equal(cb_copy, cb_count);
	assert_int_equal(buf.b[cb_copy], 0x5a);
	for (i = 0; i < N_COPY_TYPES; i++)
		check_copy(&src[i], &dst[i], buf.b, buf.b + cb_copy);

	/* lpcb is optional. */
	assert_int_equal(ScCopyProps(N_COPY_TYPES, src, buf.b, NULL), S_OK);
}

static void test_sccopyprops_bad(void **state)
{
	static union block buf;
	SPropValue src[2];
	ULONG cb = 1234;

	(void)state;
	sample_value(PT_STRING8, &src[0]);
	sample_value(PT_LONG, &src[1]);
	src[1].ulPropTag = PROP_TAG(PT_UNSPECIFIED, 2);
	memset(buf.b, 0x11, sizeof(buf));

	assert_int_equal(ScCopyProps(2, src, buf.b, &cb),
			 MAPI_E_INVALID_PARAMETER);
	assert_int_equal(ScCopyProps(1, src, NULL, &cb),
			 MAPI_E_INVALID_PARAMETER);
	assert_int_equal(ScCopyProps(-2, src, buf.b, &cb),
			 MAPI_E_INVALID_PARAMETER);
	assert_int_equal(ScCopyProps(1, NULL, buf.b, &cb),
			 MAPI_E_INVALID_PARAMETER);
	/* A destination that cannot hold an SPropValue array. */
	assert_int_equal(ScCopyProps(1, src, buf.b + 1, &cb),
			 MAPI_E_INVALID_PARAMETER);
	/* Nothing written, count untouched. */
	assert_int_equal(cb, 1234);
	assert_int_equal(buf.b[0], 0x11);
	assert_int_equal(buf.b[sizeof(SPropValue)], 0x11);
}

/* ============================== ScRelocProps ============================= */

static void test_screlocprops_moved(void **state)
{
	static char test_a[] = "Test";
	static union block buf1, buf2;
	LPSTR strs[1] = {test_a};
	LPSPropValue res = &buf2.pv;
	SPropValue pv;
	ULONG cb = 0;

	(void)state;
	pv.ulPropTag = PROP_TAG(PT_MV_STRING8, 1);
	pv.Value.MVszA.cValues = 1;
	pv.Value.MVszA.lppszA = strs;
	assert_int_equal(ScCopyProps(1, &pv, buf1.b, NULL), S_OK);
	memcpy(buf2.b, buf1.b, sizeof(buf2));
	/* The old copy is gone: relocation must read the new one. */
	memset(buf1.b, 0, sizeof(buf1));

	assert_int_equal(ScRelocProps(1, res, buf1.b, buf2.b, &cb), S_OK);
	assert_int_equal(res->ulPropTag, pv.ulPropTag);
	assert_int_equal(res->Value.MVszA.cValues, 1);
	assert_ptr_equal(res->Value.MVszA.lppszA, buf2.b + sizeof(SPropValue));
	assert_ptr_equal(res->Value.MVszA.lppszA[0],
			 buf2.b + sizeof(SPropValue) + sizeof(char *));
	assert_string_equal(res->Value.MVszA.lppszA[0], test_a);
	/* Native undercounts here (no pointer array); mapix is exact. */
	assert_int_equal(cb, sizeof(SPropValue) + sizeof(char *) + 5);
}

/*
 * The documented disk round trip: relocate to base 0 in place, store the
 * block, load it elsewhere and relocate from base 0.
 */
static void test_screlocprops_disk(void **state)
{
	static union block mem, disk, loaded;
	SPropValue src[N_COPY_TYPES];
	ULONG cb = 0, cb_out = 0, cb_in = 0;
	size_t i;

	(void)state;
	for (i = 0; i < N_COPY_TYPES; i++)
		sample_value(copy_types[i], &src[i]);
	assert_int_equal(ScCopyProps(N_COPY_TYPES, src, mem.b, &cb), S_OK);

	assert_int_equal(
	    ScRelocProps(N_COPY_TYPES, &mem.pv, mem.b, NULL, &cb_out), S_OK);
	assert_int_equal(cb_out, cb);
	/* Pointers are now offsets into the block. */
	for (i = 0; i < N_COPY_TYPES; i++) {
		if (PROP_TYPE(src[i].ulPropTag) == PT_STRING8)
			assert_true((uintptr_t)(&mem.pv)[i].Value.lpszA < cb);
	}
	memcpy(disk.b, mem.b, cb);
	memset(mem.b, 0, sizeof(mem));

	memcpy(loaded.b, disk.b, cb);
	assert_int_equal(
	    ScRelocProps(N_COPY_TYPES, &loaded.pv, NULL, loaded.b, &cb_in),
	    S_OK);
	assert_int_equal(cb_in, cb);
	for (i = 0; i < N_COPY_TYPES; i++)
		check_copy(&src[i], &(&loaded.pv)[i], loaded.b, loaded.b + cb);
}

static void test_screlocprops_bad(void **state)
{
	static union block buf;
	SPropValue src[2];
	ULONG cb = 55;

	(void)state;
	sample_value(PT_STRING8, &src[0]);
	sample_value(PT_BINARY, &src[1]);
	assert_int_equal(ScCopyProps(2, src, buf.b, NULL), S_OK);

	assert_int_equal(ScRelocProps(-1, &buf.pv, buf.b, NULL, &cb),
			 MAPI_E_INVALID_PARAMETER);
	assert_int_equal(ScRelocProps(1, NULL, buf.b, NULL, &cb),
			 MAPI_E_INVALID_PARAMETER);
	/* An unknown type anywhere: nothing is relocated. */
	(&buf.pv)[1].ulPropTag = PROP_TAG(0x0999, 1);
	assert_int_equal(ScRelocProps(2, &buf.pv, buf.b, NULL, &cb),
			 MAPI_E_INVALID_PARAMETER);
	assert_int_equal(cb, 55);
	assert_ptr_equal(buf.pv.Value.lpszA, buf.b + 2 * sizeof(SPropValue));
	assert_int_equal(ScRelocProps(0, NULL, NULL, NULL, &cb), S_OK);
	assert_int_equal(cb, 0);
}

/* ============================== ScDupPropset ============================= */

static SCODE STDMETHODCALLTYPE failing_buffer(ULONG cb, LPVOID *out)
{
	(void)cb;
	*out = NULL;
	return MAPI_E_NOT_ENOUGH_MEMORY;
}

static void test_scdupropset(void **state)
{
	SPropValue src[N_COPY_TYPES];
	LPSPropValue dup = NULL, keep;
	long live = alloc_live();
	ULONG cb;
	size_t i;

	(void)state;
	for (i = 0; i < N_COPY_TYPES; i++)
		sample_value(copy_types[i], &src[i]);
	assert_int_equal(ScCountProps(N_COPY_TYPES, src, &cb), S_OK);
	assert_int_equal(
	    ScDupPropset(N_COPY_TYPES, src, MAPIAllocateBuffer, &dup), S_OK);
	assert_non_null(dup);
	for (i = 0; i < N_COPY_TYPES; i++)
		check_copy(&src[i], &dup[i], dup, (unsigned char *)dup + cb);
	/* One block: one allocation, one free. */
	assert_int_equal(alloc_live(), live + 1);
	MAPIFreeBuffer(dup);
	assert_int_equal(alloc_live(), live);

	keep = dup = (LPSPropValue)&live;
	assert_int_equal(ScDupPropset(N_COPY_TYPES, src, NULL, &dup),
			 MAPI_E_INVALID_PARAMETER);
	assert_int_equal(
	    ScDupPropset(N_COPY_TYPES, src, MAPIAllocateBuffer, NULL),
	    MAPI_E_INVALID_PARAMETER);
	assert_int_equal(ScDupPropset(N_COPY_TYPES, src, failing_buffer, &dup),
			 MAPI_E_NOT_ENOUGH_MEMORY);
	src[3].ulPropTag = PROP_TAG(0x0999, 3);
	assert_int_equal(
	    ScDupPropset(N_COPY_TYPES, src, MAPIAllocateBuffer, &dup),
	    MAPI_E_INVALID_PARAMETER);
	assert_ptr_equal(dup, keep);
	assert_int_equal(alloc_live(), live);

	/* No values: an empty block. */
	dup = NULL;
	assert_int_equal(ScDupPropset(0, NULL, MAPIAllocateBuffer, &dup), S_OK);
	assert_non_null(dup);
	MAPIFreeBuffer(dup);
	assert_int_equal(alloc_live(), live);
}

/* =========================== Finding values ============================ */

static void test_ppropfindprop(void **state)
{
	SPropValue pv[3];

	(void)state;
	pv[0].ulPropTag = PR_IMPORTANCE;
	pv[1].ulPropTag = PROP_TAG(PT_STRING8, 1);
	pv[2].ulPropTag = PR_SUBJECT_W;

	assert_ptr_equal(PpropFindProp(pv, 3, PROP_TAG(PT_STRING8, 1)), &pv[1]);
	assert_ptr_equal(PpropFindProp(pv, 3, PR_SUBJECT_W), &pv[2]);
	/* The whole tag must match... */
	assert_null(PpropFindProp(pv, 3, PROP_TAG(PT_UNICODE, 1)));
	assert_null(PpropFindProp(pv, 3, PR_SUBJECT_A));
	assert_null(PpropFindProp(pv, 3, PROP_TAG(PT_STRING8, 2)));
	/* ...unless its type is PT_UNSPECIFIED: any type of that ID. */
	assert_ptr_equal(PpropFindProp(pv, 3, PROP_TAG(PT_UNSPECIFIED, 1)),
			 &pv[1]);
	assert_ptr_equal(
	    PpropFindProp(pv, 3,
			  CHANGE_PROP_TYPE(PR_SUBJECT_W, PT_UNSPECIFIED)),
	    &pv[2]);
	assert_null(PpropFindProp(pv, 3, PROP_TAG(PT_UNSPECIFIED, 2)));
	/* Only the first cValues entries are searched. */
	assert_null(PpropFindProp(pv, 2, PR_SUBJECT_W));
	assert_null(PpropFindProp(pv, 0, PR_IMPORTANCE));
	assert_null(PpropFindProp(NULL, 3, PR_IMPORTANCE));
}

static void test_lpvalfindprop(void **state)
{
	static const ULONG types[] = {PT_STRING8, PT_BINARY, PT_UNICODE,
				      PT_LONG};
	SPropValue pv;
	size_t i;

	(void)state;
	for (i = 0; i < sizeof(types) / sizeof(types[0]); i++) {
		pv.ulPropTag = PROP_TAG(types[i], 1);
		assert_ptr_equal(LpValFindProp(PROP_TAG(types[i], 1), 1, &pv),
				 &pv);
		assert_null(LpValFindProp(PROP_TAG(types[i], 0), 1, &pv));
		assert_null(LpValFindProp(PROP_TAG(PT_NULL, 0), 1, &pv));
		/* Only the ID counts. */
		assert_ptr_equal(LpValFindProp(PROP_TAG(PT_NULL, 1), 1, &pv),
				 &pv);
	}
	assert_null(LpValFindProp(PR_IMPORTANCE, 1, NULL));
	assert_null(LpValFindProp(PROP_TAG(PT_STRING8, 1), 0, &pv));
}

static void test_fequalnames(void **state)
{
	static WCHAR name[] = u"Keywords";
	static WCHAR name2[] = u"Keywords";
	static WCHAR lower[] = u"keywords";
	GUID g1 = guid_a, g2 = guid_a, g3 = guid_b;
	MAPINAMEID a, b;

	(void)state;
	a = (MAPINAMEID){.lpguid = &g1, .ulKind = MNID_ID, .Kind.lID = 0x8501};
	b = (MAPINAMEID){.lpguid = &g2, .ulKind = MNID_ID, .Kind.lID = 0x8501};
	/* Equal GUIDs in different memory are the same set. */
	assert_true(FEqualNames(&a, &b));
	assert_true(FEqualNames(&a, &a));
	b.Kind.lID = 0x8502;
	assert_false(FEqualNames(&a, &b));
	b.Kind.lID = 0x8501;
	b.lpguid = &g3;
	assert_false(FEqualNames(&a, &b));
	b.lpguid = NULL;
	assert_false(FEqualNames(&a, &b));
	a.lpguid = NULL;
	assert_true(FEqualNames(&a, &b));

	a = (MAPINAMEID){.lpguid = &g1, .ulKind = MNID_STRING};
	b = (MAPINAMEID){.lpguid = &g2, .ulKind = MNID_STRING};
	a.Kind.lpwstrName = name;
	b.Kind.lpwstrName = name2;
	assert_true(FEqualNames(&a, &b));
	/* Case-sensitive, as documented. */
	b.Kind.lpwstrName = lower;
	assert_false(FEqualNames(&a, &b));
	b.Kind.lpwstrName = NULL;
	assert_false(FEqualNames(&a, &b));

	/* Different kinds never match, nor do unknown ones. */
	b = (MAPINAMEID){.lpguid = &g2, .ulKind = MNID_ID, .Kind.lID = 0};
	assert_false(FEqualNames(&a, &b));
	a = (MAPINAMEID){.lpguid = &g1, .ulKind = 7};
	b = a;
	assert_false(FEqualNames(&a, &b));

	assert_false(FEqualNames(NULL, &b));
	assert_false(FEqualNames(&a, NULL));
}

/* ========================== FPropContainsProp ========================== */

struct contains_case {
	const char *hay;
	const char *needle;
	ULONG fuzzy;
	BOOL string_match;
	BOOL binary_match;
};

/* The native results (mapi-facts.md 4.2 and 10). */
static const struct contains_case contains_cases[] = {
    {"Full String", "Full String", FL_FULLSTRING, TRUE, TRUE},
    {"Full String", "Full", FL_FULLSTRING, FALSE, FALSE},
    {"Full String", "Full", FL_PREFIX, TRUE, TRUE},
    {"Full String", "Full", FL_SUBSTRING, TRUE, TRUE},
    {"Full String", "full", FL_PREFIX, FALSE, FALSE},
    {"Full String", "full", FL_SUBSTRING, FALSE, FALSE},
    {"Full String", "full", FL_PREFIX | FL_IGNORECASE, TRUE, FALSE},
    {"Full String", "full", FL_SUBSTRING | FL_IGNORECASE, TRUE, FALSE},
    {"Full String", "ll St", FL_FULLSTRING, FALSE, FALSE},
    {"Full String", "ll St", FL_PREFIX, FALSE, FALSE},
    {"Full String", "ll St", FL_SUBSTRING, TRUE, TRUE},
    {"Full String", "ll st", FL_PREFIX, FALSE, FALSE},
    {"Full String", "ll st", FL_SUBSTRING, FALSE, FALSE},
    {"Full String", "ll st", FL_PREFIX | FL_IGNORECASE, FALSE, FALSE},
    {"Full String", "ll st", FL_SUBSTRING | FL_IGNORECASE, TRUE, FALSE},
    {"Full String", "full string", FL_FULLSTRING | FL_IGNORECASE, TRUE, FALSE},
    {"Full String", "", FL_PREFIX, TRUE, TRUE},
    {"Full String", "", FL_SUBSTRING, TRUE, TRUE},
    {"Full", "Full String", FL_SUBSTRING, FALSE, FALSE},
};

/* Widens ASCII s into out (room for 64 units). */
static LPWSTR widen(const char *s, WCHAR *out)
{
	size_t i;

	for (i = 0; s[i] != '\0' && i < 63; i++)
		out[i] = (unsigned char)s[i];
	out[i] = 0;
	return out;
}

static void test_fpropcontainsprop_table(void **state)
{
	WCHAR wh[64], wn[64];
	SPropValue hay, needle;
	size_t i;

	(void)state;
	for (i = 0; i < sizeof(contains_cases) / sizeof(contains_cases[0]);
	     i++) {
		const struct contains_case *c = &contains_cases[i];

		hay.ulPropTag = needle.ulPropTag = PT_STRING8;
		hay.Value.lpszA = (LPSTR)c->hay;
		needle.Value.lpszA = (LPSTR)c->needle;
		assert_int_equal(FPropContainsProp(&hay, &needle, c->fuzzy),
				 c->string_match);

		/* mapix handles PT_UNICODE with the same rules. */
		hay.ulPropTag = needle.ulPropTag = PR_SUBJECT_W;
		hay.Value.lpszW = widen(c->hay, wh);
		needle.Value.lpszW = widen(c->needle, wn);
		assert_int_equal(FPropContainsProp(&hay, &needle, c->fuzzy),
				 c->string_match);

		/* Binaries are bytewise: FL_IGNORECASE never applies. */
		hay.ulPropTag = needle.ulPropTag = PT_BINARY;
		hay.Value.bin.cb = (ULONG)strlen(c->hay);
		hay.Value.bin.lpb = (LPBYTE)c->hay;
		needle.Value.bin.cb = (ULONG)strlen(c->needle);
		needle.Value.bin.lpb = (LPBYTE)c->needle;
		assert_int_equal(FPropContainsProp(&hay, &needle, c->fuzzy),
				 c->binary_match);
	}
}

static void test_fpropcontainsprop_other(void **state)
{
	static char acc_upper[] = "\xc3\x84rger"; /* "Ärger" in UTF-8 */
	static char acc_lower[] = "\xc3\xa4rger"; /* "ärger" */
	SPropValue hay, needle;
	ULONG type;

	(void)state;
	/* Only strings and binaries are handled: zeroed values of every
	 * other type, and of strings with NULL pointers, give FALSE. */
	for (type = 0; type <= 0xFFFF; type++) {
		if (type == PT_BINARY)
			continue;
		memset(&hay, 0, sizeof(hay));
		memset(&needle, 0, sizeof(needle));
		hay.ulPropTag = needle.ulPropTag = type;
		assert_false(FPropContainsProp(&hay, &needle, FL_FULLSTRING));
		assert_false(FPropContainsProp(&hay, &needle, FL_SUBSTRING));
	}

	/* Types must match. */
	hay.ulPropTag = PT_STRING8;
	hay.Value.lpszA = hi_a;
	needle.ulPropTag = PT_UNICODE;
	needle.Value.lpszW = hi_w;
	assert_false(FPropContainsProp(&hay, &needle, FL_FULLSTRING));

	/* Unknown match levels. */
	needle = hay;
	assert_true(FPropContainsProp(&hay, &needle, FL_FULLSTRING));
	assert_false(FPropContainsProp(&hay, &needle, 3));
	assert_false(FPropContainsProp(&hay, &needle, 0xffff));

	assert_false(FPropContainsProp(NULL, &needle, FL_FULLSTRING));
	assert_false(FPropContainsProp(&hay, NULL, FL_FULLSTRING));

	/* Case folding is Unicode-aware for UTF-8 strings. */
	hay.Value.lpszA = acc_upper;
	needle.Value.lpszA = acc_lower;
	assert_false(FPropContainsProp(&hay, &needle, FL_FULLSTRING));
	assert_true(
	    FPropContainsProp(&hay, &needle, FL_FULLSTRING | FL_IGNORECASE));

	/* A binary with a count but no bytes matches nothing. */
	hay.ulPropTag = needle.ulPropTag = PT_BINARY;
	hay.Value.bin.cb = 3;
	hay.Value.bin.lpb = NULL;
	needle.Value.bin.cb = 0;
	needle.Value.bin.lpb = NULL;
	assert_false(FPropContainsProp(&hay, &needle, FL_SUBSTRING));
	/* Two empty binaries are equal. */
	hay.Value.bin.cb = 0;
	assert_true(FPropContainsProp(&hay, &needle, FL_FULLSTRING));
}

/* ====================== FPropCompareProp and friends ===================== */

static const ULONG compare_types[] = {
    PT_I2,    PT_LONG,    PT_R4, PT_DOUBLE, PT_CURRENCY, PT_APPTIME, PT_SYSTIME,
    PT_ERROR, PT_BOOLEAN, PT_I8, PT_CLSID,  PT_STRING8,  PT_UNICODE, PT_BINARY,
};

struct cmp_value {
	SPropValue pv;
	GUID guid;
	char a[2];
	WCHAR w[2];
	BYTE bin[1];
};

/* Makes a value of type holding the small number n (1 or 2). */
static void make_cmp_value(struct cmp_value *cv, ULONG type, int n)
{
	memset(cv, 0, sizeof(*cv));
	cv->pv.ulPropTag = PROP_TAG(type, 0x6100);
	switch (type) {
	case PT_I2:
		cv->pv.Value.i = (short)n;
		break;
	case PT_BOOLEAN:
		cv->pv.Value.b = (unsigned short)n;
		break;
	case PT_LONG:
		cv->pv.Value.l = n;
		break;
	case PT_ERROR:
		cv->pv.Value.err = n;
		break;
	case PT_R4:
		cv->pv.Value.flt = (float)n;
		break;
	case PT_DOUBLE:
	case PT_APPTIME:
		cv->pv.Value.dbl = n;
		break;
	case PT_CURRENCY:
		cv->pv.Value.cur.int64 = n;
		break;
	case PT_SYSTIME:
		cv->pv.Value.ft.dwLowDateTime = (DWORD)n;
		break;
	case PT_I8:
		cv->pv.Value.li.QuadPart = n;
		break;
	case PT_CLSID:
		cv->guid.Data4[7] = (BYTE)n;
		cv->pv.Value.lpguid = &cv->guid;
		break;
	case PT_STRING8:
		cv->a[0] = (char)('0' + n);
		cv->pv.Value.lpszA = cv->a;
		break;
	case PT_UNICODE:
		cv->w[0] = (WCHAR)('0' + n);
		cv->pv.Value.lpszW = cv->w;
		break;
	case PT_BINARY:
		cv->bin[0] = (BYTE)n;
		cv->pv.Value.bin.cb = 1;
		cv->pv.Value.bin.lpb = cv->bin;
		break;
	}
}

static bool relop_holds(ULONG relop, int cmp)
{
	switch (relop) {
	case RELOP_LT:
		return cmp < 0;
	case RELOP_LE:
		return cmp <= 0;
	case RELOP_GT:
		return cmp > 0;
	case RELOP_GE:
		return cmp >= 0;
	case RELOP_EQ:
		return cmp == 0;
	default:
		return cmp != 0;
	}
}

static void test_fpropcompareprop(void **state)
{
	static const int pairs[][2] = {{1, 2}, {1, 1}, {2, 1}};
	struct cmp_value l, r;
	size_t t, p;
	ULONG relop;

	(void)state;
	for (t = 0; t < sizeof(compare_types) / sizeof(compare_types[0]); t++) {
		for (p = 0; p < 3; p++) {
			int cmp = pairs[p][0] - pairs[p][1];

			/* Booleans only know equality: 1 and 2 are both
			 * TRUE. */
			if (compare_types[t] == PT_BOOLEAN)
				cmp = 0;
			make_cmp_value(&l, compare_types[t], pairs[p][0]);
			make_cmp_value(&r, compare_types[t], pairs[p][1]);
			for (relop = RELOP_LT; relop <= RELOP_NE; relop++)
				assert_int_equal(
				    FPropCompareProp(&l.pv, relop, &r.pv),
				    relop_holds(relop, cmp));
		}
	}

	/* Binaries order by length first: {ff} < {00 00}. */
	{
		BYTE one[1] = {0xff}, two[2] = {0, 0};
		SPropValue a = {.ulPropTag = PT_BINARY, .Value.bin = {1, one}};
		SPropValue b = {.ulPropTag = PT_BINARY, .Value.bin = {2, two}};

		assert_true(FPropCompareProp(&a, RELOP_LT, &b));
	}

	/* Different types, RELOP_RE, bad relops and NULLs: FALSE. */
	make_cmp_value(&l, PT_LONG, 1);
	make_cmp_value(&r, PT_I2, 1);
	assert_false(FPropCompareProp(&l.pv, RELOP_EQ, &r.pv));
	make_cmp_value(&l, PT_STRING8, 1);
	make_cmp_value(&r, PT_UNICODE, 1);
	assert_false(FPropCompareProp(&l.pv, RELOP_EQ, &r.pv));
	make_cmp_value(&r, PT_STRING8, 1);
	assert_true(FPropCompareProp(&l.pv, RELOP_EQ, &r.pv));
	assert_false(FPropCompareProp(&l.pv, RELOP_RE, &r.pv));
	assert_false(FPropCompareProp(&l.pv, 99, &r.pv));
	assert_false(FPropCompareProp(NULL, RELOP_EQ, &r.pv));
	assert_false(FPropCompareProp(&l.pv, RELOP_EQ, NULL));
	/* Values without an order. */
	l.pv.ulPropTag = r.pv.ulPropTag = PT_OBJECT;
	assert_false(FPropCompareProp(&l.pv, RELOP_LT, &r.pv));
}

static void test_lpropcompareprop(void **state)
{
	static const int pairs[][2] = {{1, 2}, {1, 1}, {2, 1}};
	struct cmp_value l, r;
	size_t t, p;

	(void)state;
	for (t = 0; t < sizeof(compare_types) / sizeof(compare_types[0]); t++) {
		for (p = 0; p < 3; p++) {
			int cmp = pairs[p][0] - pairs[p][1];

			if (compare_types[t] == PT_BOOLEAN)
				cmp = 0;
			make_cmp_value(&l, compare_types[t], pairs[p][0]);
			make_cmp_value(&r, compare_types[t], pairs[p][1]);
			assert_int_equal(LPropCompareProp(&l.pv, &r.pv), cmp);
		}
	}

	/* Different types: a consistent nonzero, opposite both ways. */
	make_cmp_value(&l, PT_LONG, 1);
	make_cmp_value(&r, PT_I2, 1);
	assert_int_not_equal(LPropCompareProp(&l.pv, &r.pv), 0);
	assert_int_equal(LPropCompareProp(&l.pv, &r.pv),
			 LPropCompareProp(&l.pv, &r.pv));
	assert_int_equal(LPropCompareProp(&l.pv, &r.pv),
			 -LPropCompareProp(&r.pv, &l.pv));

	/* Valueless types compare equal to themselves. */
	memset(&l, 0, sizeof(l));
	memset(&r, 0, sizeof(r));
	l.pv.ulPropTag = r.pv.ulPropTag = PT_NULL;
	assert_int_equal(LPropCompareProp(&l.pv, &r.pv), 0);

	assert_int_equal(LPropCompareProp(NULL, NULL), 0);
	assert_true(LPropCompareProp(NULL, &r.pv) < 0);
	assert_true(LPropCompareProp(&l.pv, NULL) > 0);
}

/* ===================== Freeing rows and address lists ==================== */

static LPSPropValue alloc_props(ULONG n)
{
	LPSPropValue p = NULL;
	ULONG i;

	assert_int_equal(
	    MAPIAllocateBuffer(n * sizeof(SPropValue), (LPVOID *)&p), S_OK);
	for (i = 0; i < n; i++) {
		p[i].ulPropTag = PR_SUBJECT_A;
		assert_int_equal(
		    MAPIAllocateMore(8, p, (LPVOID *)&p[i].Value.lpszA), S_OK);
		strcpy(p[i].Value.lpszA, "row");
	}
	return p;
}

static void test_freeprows(void **state)
{
	long live = alloc_live();
	LPSRowSet rows = NULL;
	ULONG i;

	(void)state;
	FreeProws(NULL);
	assert_int_equal(MAPIAllocateBuffer(CbNewSRowSet(5), (LPVOID *)&rows),
			 S_OK);
	rows->cRows = 5;
	for (i = 0; i < 5; i++) {
		rows->aRow[i].ulAdrEntryPad = 0;
		rows->aRow[i].cValues = i + 1;
		rows->aRow[i].lpProps = alloc_props(i + 1);
	}
	/* A row without properties is fine too. */
	rows->aRow[2].cValues = 0;
	MAPIFreeBuffer(rows->aRow[2].lpProps);
	rows->aRow[2].lpProps = NULL;
	assert_true(alloc_live() > live);
	FreeProws(rows);
	assert_int_equal(alloc_live(), live);
}

static void test_freepadrlist(void **state)
{
	long live = alloc_live();
	LPADRLIST list = NULL;
	ULONG i;

	(void)state;
	FreePadrlist(NULL);
	assert_int_equal(MAPIAllocateBuffer(CbNewADRLIST(3), (LPVOID *)&list),
			 S_OK);
	list->cEntries = 3;
	for (i = 0; i < 3; i++) {
		list->aEntries[i].ulReserved1 = 0;
		list->aEntries[i].cValues = 2;
		list->aEntries[i].rgPropVals = alloc_props(2);
	}
	FreePadrlist(list);
	assert_int_equal(alloc_live(), live);
}

/* ================================ UlAddRef =============================== */

struct counted {
	IUnknown iface;
	ULONG refs;
};

static HRESULT STDMETHODCALLTYPE counted_qi(IUnknown *This, REFIID riid,
					    LPVOID *out)
{
	(void)This;
	(void)riid;
	*out = NULL;
	return MAPI_E_INTERFACE_NOT_SUPPORTED;
}

static ULONG STDMETHODCALLTYPE counted_addref(IUnknown *This)
{
	return ++((struct counted *)This)->refs;
}

static ULONG STDMETHODCALLTYPE counted_release(IUnknown *This)
{
	return --((struct counted *)This)->refs;
}

static const IUnknownVtbl counted_vtbl = {counted_qi, counted_addref,
					  counted_release};

static void test_uladdref_ulrelease(void **state)
{
	struct counted obj = {{&counted_vtbl}, 1};

	(void)state;
	assert_int_equal(UlAddRef(&obj), 2);
	assert_int_equal(UlAddRef(&obj), 3);
	assert_int_equal(obj.refs, 3);
	assert_int_equal(UlRelease(&obj), 2);
	assert_int_equal(UlRelease(&obj), 1);
	assert_int_equal(obj.refs, 1);
	assert_int_equal(UlAddRef(NULL), 0);
	assert_int_equal(UlRelease(NULL), 0);
}

/* ===================== HrGetOneProp and friends, faked =====================
 */

/*
 * An IMAPIProp whose answers the test sets: it holds one PT_LONG property
 * (value 42) and can be told to fail or to report problems.
 */
struct fake_prop {
	IMAPIProp iface;
	ULONG tag;             /* the one property it has */
	HRESULT getprops_hr;   /* failure to return from GetProps */
	HRESULT proplist_hr;   /* failure to return from GetPropList */
	HRESULT setprops_hr;   /* failure to return from SetProps */
	SCODE problem;         /* SetProps problem to report */
	ULONG proplist_flags;  /* flags GetPropList was last called with */
	unsigned int getprops; /* GetProps calls */
	ULONG set_tag;         /* tag SetProps was last given */
};

static struct fake_prop *fake_of(IMAPIProp *This)
{
	return (struct fake_prop *)This;
}

static HRESULT STDMETHODCALLTYPE fake_getprops(IMAPIProp *This,
					       LPSPropTagArray tags,
					       ULONG flags, ULONG *count,
					       LPSPropValue *vals)
{
	struct fake_prop *f = fake_of(This);
	LPSPropValue v = NULL;
	ULONG want = tags->aulPropTag[0];

	(void)flags;
	f->getprops++;
	if (FAILED(f->getprops_hr))
		return f->getprops_hr;
	assert_int_equal(tags->cValues, 1);
	assert_int_equal(MAPIAllocateBuffer(sizeof(*v), (LPVOID *)&v), S_OK);
	if (want == f->tag || (PROP_TYPE(want) == PT_UNSPECIFIED &&
			       PROP_ID(want) == PROP_ID(f->tag))) {
		v->ulPropTag = f->tag;
		v->Value.l = 42;
		*count = 1;
		*vals = v;
		return S_OK;
	}
	v->ulPropTag = CHANGE_PROP_TYPE(want, PT_ERROR);
	v->Value.err = MAPI_E_NOT_FOUND;
	*count = 1;
	*vals = v;
	return MAPI_W_ERRORS_RETURNED;
}

static HRESULT STDMETHODCALLTYPE fake_getproplist(IMAPIProp *This, ULONG flags,
						  LPSPropTagArray *out)
{
	struct fake_prop *f = fake_of(This);
	LPSPropTagArray tags = NULL;

	f->proplist_flags = flags;
	if (FAILED(f->proplist_hr))
		return f->proplist_hr;
	assert_int_equal(
	    MAPIAllocateBuffer(CbNewSPropTagArray(2), (LPVOID *)&tags), S_OK);
	tags->cValues = 2;
	tags->aulPropTag[0] = PR_DISPLAY_NAME_A;
	tags->aulPropTag[1] = f->tag;
	*out = tags;
	return S_OK;
}

static HRESULT STDMETHODCALLTYPE fake_setprops(IMAPIProp *This, ULONG n,
					       LPSPropValue vals,
					       LPSPropProblemArray *probs)
{
	struct fake_prop *f = fake_of(This);
	LPSPropProblemArray p = NULL;

	assert_int_equal(n, 1);
	f->set_tag = vals[0].ulPropTag;
	if (FAILED(f->setprops_hr))
		return f->setprops_hr;
	if (f->problem != S_OK) {
		assert_non_null(probs);
		assert_int_equal(
		    MAPIAllocateBuffer(CbNewSPropProblemArray(1), (LPVOID *)&p),
		    S_OK);
		p->cProblem = 1;
		p->aProblem[0].ulIndex = 0;
		p->aProblem[0].ulPropTag = vals[0].ulPropTag;
		p->aProblem[0].scode = f->problem;
	}
	if (probs != NULL)
		*probs = p;
	return S_OK;
}

static const IMAPIPropVtbl fake_prop_vtbl = {
    .GetProps = fake_getprops,
    .GetPropList = fake_getproplist,
    .SetProps = fake_setprops,
};

static void fake_prop_init(struct fake_prop *f)
{
	memset(f, 0, sizeof(*f));
	f->iface.lpVtbl = &fake_prop_vtbl;
	f->tag = PR_IMPORTANCE;
}

static void test_hrgetoneprop_fake(void **state)
{
	struct fake_prop f;
	LPSPropValue v = (LPSPropValue)&f;
	long live = alloc_live();

	(void)state;
	fake_prop_init(&f);
	assert_int_equal(HrGetOneProp(&f.iface, PR_IMPORTANCE, &v), S_OK);
	assert_non_null(v);
	assert_int_equal(v->ulPropTag, PR_IMPORTANCE);
	assert_int_equal(v->Value.l, 42);
	MAPIFreeBuffer(v);

	/* PT_UNSPECIFIED: the value in its own type. */
	assert_int_equal(
	    HrGetOneProp(&f.iface,
			 CHANGE_PROP_TYPE(PR_IMPORTANCE, PT_UNSPECIFIED), &v),
	    S_OK);
	assert_int_equal(v->ulPropTag, PR_IMPORTANCE);
	MAPIFreeBuffer(v);

	/* Missing: never a warning, the PT_ERROR value is freed. */
	v = (LPSPropValue)&f;
	assert_int_equal(HrGetOneProp(&f.iface, PR_SUBJECT_A, &v),
			 MAPI_E_NOT_FOUND);
	assert_null(v);
	assert_int_equal(alloc_live(), live);

	/* GetProps' own failure comes back. */
	f.getprops_hr = MAPI_E_NO_ACCESS;
	v = (LPSPropValue)&f;
	assert_int_equal(HrGetOneProp(&f.iface, PR_IMPORTANCE, &v),
			 MAPI_E_NO_ACCESS);
	assert_null(v);

	assert_int_equal(HrGetOneProp(NULL, PR_IMPORTANCE, &v),
			 MAPI_E_INVALID_PARAMETER);
	assert_null(v);
	assert_int_equal(HrGetOneProp(&f.iface, PR_IMPORTANCE, NULL),
			 MAPI_E_INVALID_PARAMETER);
	assert_int_equal(alloc_live(), live);
}

static void test_hrsetoneprop_fake(void **state)
{
	struct fake_prop f;
	SPropValue v = {.ulPropTag = PR_IMPORTANCE, .Value.l = 2};
	long live = alloc_live();

	(void)state;
	fake_prop_init(&f);
	assert_int_equal(HrSetOneProp(&f.iface, &v), S_OK);
	assert_int_equal(f.set_tag, PR_IMPORTANCE);

	/* A problem with the property becomes the result; no leak. */
	f.problem = MAPI_E_NO_ACCESS;
	assert_int_equal(HrSetOneProp(&f.iface, &v), MAPI_E_NO_ACCESS);
	assert_int_equal(alloc_live(), live);

	f.problem = S_OK;
	f.setprops_hr = MAPI_E_NOT_ENOUGH_MEMORY;
	assert_int_equal(HrSetOneProp(&f.iface, &v), MAPI_E_NOT_ENOUGH_MEMORY);

	assert_int_equal(HrSetOneProp(NULL, &v), MAPI_E_INVALID_PARAMETER);
	assert_int_equal(HrSetOneProp(&f.iface, NULL),
			 MAPI_E_INVALID_PARAMETER);
	assert_int_equal(alloc_live(), live);
}

static void test_fpropexists_fake(void **state)
{
	struct fake_prop f;
	long live = alloc_live();

	(void)state;
	fake_prop_init(&f);
	assert_true(FPropExists(&f.iface, PR_IMPORTANCE));
	assert_int_equal(f.getprops, 0);
	assert_true(FPropExists(
	    &f.iface, CHANGE_PROP_TYPE(PR_IMPORTANCE, PT_UNSPECIFIED)));
	assert_false(
	    FPropExists(&f.iface, CHANGE_PROP_TYPE(PR_IMPORTANCE, PT_I2)));
	assert_false(FPropExists(&f.iface, PR_SUBJECT_A));
	assert_int_equal(f.proplist_flags, 0);
	/* Unicode tags ask for the list in Unicode. */
	assert_false(FPropExists(&f.iface, PR_DISPLAY_NAME_W));
	assert_int_equal(f.proplist_flags, MAPI_UNICODE);
	assert_true(FPropExists(&f.iface, PR_DISPLAY_NAME_A));

	/* Without GetPropList it asks GetProps. */
	f.proplist_hr = MAPI_E_NO_SUPPORT;
	assert_true(FPropExists(&f.iface, PR_IMPORTANCE));
	assert_true(f.getprops > 0);
	assert_true(FPropExists(
	    &f.iface, CHANGE_PROP_TYPE(PR_IMPORTANCE, PT_UNSPECIFIED)));
	assert_false(FPropExists(&f.iface, PR_SUBJECT_A));
	f.getprops_hr = MAPI_E_CALL_FAILED;
	assert_false(FPropExists(&f.iface, PR_IMPORTANCE));

	assert_false(FPropExists(NULL, PR_IMPORTANCE));
	assert_int_equal(alloc_live(), live);
}

/* =================== The helpers on a real IPropData =================== */

static void test_oneprop_ipropdata(void **state)
{
	static char subject[] = "a subject";
	LPPROPDATA obj = NULL;
	LPMAPIPROP prop;
	LPSPropValue v = NULL;
	SPropValue set;
	SizedSPropTagArray(1, tags) = {1, {PR_IMPORTANCE}};
	ULONG access[1] = {IPROP_READONLY | IPROP_CLEAN};
	long live = alloc_live();

	(void)state;
	assert_int_equal(CreateIProp(&IID_IMAPIPropData, MAPIAllocateBuffer,
				     MAPIAllocateMore, MAPIFreeBuffer, NULL,
				     &obj),
			 S_OK);
	prop = (LPMAPIPROP)obj;

	assert_false(FPropExists(prop, PR_IMPORTANCE));
	assert_int_equal(HrGetOneProp(prop, PR_IMPORTANCE, &v),
			 MAPI_E_NOT_FOUND);
	assert_null(v);

	set.ulPropTag = PR_IMPORTANCE;
	set.Value.l = 2;
	assert_int_equal(HrSetOneProp(prop, &set), S_OK);
	set.ulPropTag = PR_SUBJECT_A;
	set.Value.lpszA = subject;
	assert_int_equal(HrSetOneProp(prop, &set), S_OK);

	assert_int_equal(HrGetOneProp(prop, PR_IMPORTANCE, &v), S_OK);
	assert_int_equal(v->ulPropTag, PR_IMPORTANCE);
	assert_int_equal(v->Value.l, 2);
	MAPIFreeBuffer(v);
	assert_int_equal(HrGetOneProp(prop, PR_SUBJECT_A, &v), S_OK);
	assert_string_equal(v->Value.lpszA, subject);
	MAPIFreeBuffer(v);

	assert_true(FPropExists(prop, PR_IMPORTANCE));
	assert_true(FPropExists(prop, PR_SUBJECT_A));
	assert_true(
	    FPropExists(prop, CHANGE_PROP_TYPE(PR_SUBJECT_A, PT_UNSPECIFIED)));
	assert_false(
	    FPropExists(prop, CHANGE_PROP_TYPE(PR_IMPORTANCE, PT_STRING8)));
	assert_false(FPropExists(prop, PR_BODY_A));

	/* IPropData refuses PT_OBJECT values outright. */
	set.ulPropTag = PROP_TAG(PT_OBJECT, 0x6001);
	set.Value.x = 0;
	assert_int_equal(HrSetOneProp(prop, &set), MAPI_E_INVALID_PARAMETER);

	/* A read-only property: SetProps reports a problem, which
	 * HrSetOneProp returns. */
	assert_int_equal(
	    IPropData_HrSetPropAccess(obj, (LPSPropTagArray)&tags, access),
	    S_OK);
	set.ulPropTag = PR_IMPORTANCE;
	set.Value.l = 1;
	assert_int_equal(HrSetOneProp(prop, &set), MAPI_E_NO_ACCESS);
	assert_int_equal(HrGetOneProp(prop, PR_IMPORTANCE, &v), S_OK);
	assert_int_equal(v->Value.l, 2);
	MAPIFreeBuffer(v);

	IPropData_Release(obj);
	assert_int_equal(alloc_live(), live);
}

/* ====================== HrQueryAllRows on a fake table =====================
 */

/*
 * A table of n rows, each one PR_ROWID value, that records the calls made
 * to it and can fail any of them.
 */
struct fake_table {
	IMAPITable iface;
	ULONG nrows;
	ULONG pos;
	ULONG batch_max;   /* most rows one QueryRows returns */
	int fail_query_at; /* QueryRows call (1-based) that fails, 0 none */
	HRESULT fail_hr;
	HRESULT setcolumns_hr;
	HRESULT restrict_hr;
	HRESULT sort_hr;
	HRESULT seek_hr;
	int queries;
	char calls[64]; /* C = SetColumns, R = Restrict, S = SortTable,
			   B = SeekRow(beginning), Q = QueryRows */
};

static struct fake_table *table_of(IMAPITable *This)
{
	return (struct fake_table *)This;
}

static void table_record(struct fake_table *t, char c)
{
	size_t n = strlen(t->calls);

	if (n + 1 < sizeof(t->calls))
		t->calls[n] = c;
}

static HRESULT STDMETHODCALLTYPE fake_setcolumns(IMAPITable *This,
						 LPSPropTagArray cols,
						 ULONG flags)
{
	(void)cols;
	(void)flags;
	table_record(table_of(This), 'C');
	return table_of(This)->setcolumns_hr;
}

static HRESULT STDMETHODCALLTYPE fake_restrict(IMAPITable *This,
					       LPSRestriction res, ULONG flags)
{
	(void)res;
	(void)flags;
	table_record(table_of(This), 'R');
	return table_of(This)->restrict_hr;
}

static HRESULT STDMETHODCALLTYPE fake_sorttable(IMAPITable *This,
						LPSSortOrderSet sos,
						ULONG flags)
{
	(void)sos;
	(void)flags;
	table_record(table_of(This), 'S');
	return table_of(This)->sort_hr;
}

static HRESULT STDMETHODCALLTYPE fake_seekrow(IMAPITable *This, BOOKMARK bk,
					      LONG rows, LONG *sought)
{
	struct fake_table *t = table_of(This);

	assert_int_equal(bk, BOOKMARK_BEGINNING);
	assert_int_equal(rows, 0);
	table_record(t, 'B');
	if (FAILED(t->seek_hr))
		return t->seek_hr;
	t->pos = 0;
	if (sought != NULL)
		*sought = 0;
	return S_OK;
}

static HRESULT STDMETHODCALLTYPE fake_queryrows(IMAPITable *This, LONG count,
						ULONG flags, LPSRowSet *out)
{
	struct fake_table *t = table_of(This);
	LPSRowSet set = NULL;
	ULONG n, i;

	(void)flags;
	table_record(t, 'Q');
	if (++t->queries == t->fail_query_at)
		return t->fail_hr;
	assert_true(count > 0);
	n = t->nrows - t->pos;
	if (n > (ULONG)count)
		n = (ULONG)count;
	if (n > t->batch_max)
		n = t->batch_max;
	if (FAILED(MAPIAllocateBuffer(CbNewSRowSet(n), (LPVOID *)&set)))
		return MAPI_E_NOT_ENOUGH_MEMORY;
	set->cRows = 0;
	for (i = 0; i < n; i++) {
		LPSPropValue v = NULL;

		if (FAILED(MAPIAllocateBuffer(sizeof(*v), (LPVOID *)&v))) {
			FreeProws(set);
			return MAPI_E_NOT_ENOUGH_MEMORY;
		}
		set->cRows = i + 1;
		v->ulPropTag = PR_ROWID;
		v->Value.l = (LONG)(t->pos + i);
		set->aRow[i].ulAdrEntryPad = 0;
		set->aRow[i].cValues = 1;
		set->aRow[i].lpProps = v;
	}
	t->pos += n;
	*out = set;
	return S_OK;
}

static const IMAPITableVtbl fake_table_vtbl = {
    .SetColumns = fake_setcolumns,
    .Restrict = fake_restrict,
    .SortTable = fake_sorttable,
    .SeekRow = fake_seekrow,
    .QueryRows = fake_queryrows,
};

static void fake_table_init(struct fake_table *t, ULONG nrows)
{
	memset(t, 0, sizeof(*t));
	t->iface.lpVtbl = &fake_table_vtbl;
	t->nrows = nrows;
	t->batch_max = 100;
}

static void check_rowids(LPSRowSet rows, ULONG n)
{
	ULONG i;

	assert_non_null(rows);
	assert_int_equal(rows->cRows, n);
	for (i = 0; i < n; i++) {
		assert_int_equal(rows->aRow[i].cValues, 1);
		assert_int_equal(rows->aRow[i].lpProps[0].ulPropTag, PR_ROWID);
		assert_int_equal(rows->aRow[i].lpProps[0].Value.l, i);
	}
}

static void test_hrqueryallrows_fake(void **state)
{
	SizedSPropTagArray(1, cols) = {1, {PR_ROWID}};
	SRestriction res = {.rt = RES_EXIST};
	SizedSSortOrderSet(1, sort) = {1, 0, 0, {{PR_ROWID, 0}}};
	struct fake_table t;
	LPSRowSet rows = NULL;
	long live = alloc_live();

	(void)state;
	/* Many batches, the cursor somewhere in the middle first. */
	fake_table_init(&t, 1000);
	t.pos = 500;
	assert_int_equal(HrQueryAllRows(&t.iface, NULL, NULL, NULL, 0, &rows),
			 S_OK);
	check_rowids(rows, 1000);
	assert_int_equal(strncmp(t.calls, "BQQ", 3), 0);
	FreeProws(rows);
	assert_int_equal(alloc_live(), live);

	/* Columns, restriction and sort order are applied in that order,
	 * before seeking. */
	fake_table_init(&t, 3);
	assert_int_equal(HrQueryAllRows(&t.iface, (LPSPropTagArray)&cols, &res,
					(LPSSortOrderSet)&sort, 0, &rows),
			 S_OK);
	check_rowids(rows, 3);
	assert_int_equal(strncmp(t.calls, "CRSBQ", 5), 0);
	FreeProws(rows);

	/* crowsMax: exactly that many is fine, one more is too big. */
	fake_table_init(&t, 300);
	assert_int_equal(HrQueryAllRows(&t.iface, NULL, NULL, NULL, 300, &rows),
			 S_OK);
	check_rowids(rows, 300);
	FreeProws(rows);
	fake_table_init(&t, 301);
	rows = (LPSRowSet)&t;
	assert_int_equal(HrQueryAllRows(&t.iface, NULL, NULL, NULL, 300, &rows),
			 MAPI_E_TABLE_TOO_BIG);
	assert_null(rows);
	assert_int_equal(alloc_live(), live);

	/* An empty table gives an empty row set. */
	fake_table_init(&t, 0);
	assert_int_equal(HrQueryAllRows(&t.iface, NULL, NULL, NULL, 5, &rows),
			 S_OK);
	assert_non_null(rows);
	assert_int_equal(rows->cRows, 0);
	FreeProws(rows);
	assert_int_equal(alloc_live(), live);
}

static void test_hrqueryallrows_errors(void **state)
{
	SizedSPropTagArray(1, cols) = {1, {PR_ROWID}};
	SRestriction res = {.rt = RES_EXIST};
	SizedSSortOrderSet(1, sort) = {1, 0, 0, {{PR_ROWID, 0}}};
	struct fake_table t;
	LPSRowSet rows;
	long live = alloc_live();

	(void)state;
	/* A failure after rows were gathered frees them all. */
	fake_table_init(&t, 1000);
	t.fail_query_at = 3;
	t.fail_hr = MAPI_E_NETWORK_ERROR;
	rows = (LPSRowSet)&t;
	assert_int_equal(HrQueryAllRows(&t.iface, NULL, NULL, NULL, 0, &rows),
			 MAPI_E_NETWORK_ERROR);
	assert_null(rows);
	assert_int_equal(alloc_live(), live);

	fake_table_init(&t, 5);
	t.setcolumns_hr = MAPI_E_BAD_COLUMN;
	assert_int_equal(HrQueryAllRows(&t.iface, (LPSPropTagArray)&cols, NULL,
					NULL, 0, &rows),
			 MAPI_E_BAD_COLUMN);
	assert_null(rows);
	fake_table_init(&t, 5);
	t.restrict_hr = MAPI_E_TOO_COMPLEX;
	assert_int_equal(HrQueryAllRows(&t.iface, NULL, &res, NULL, 0, &rows),
			 MAPI_E_TOO_COMPLEX);
	fake_table_init(&t, 5);
	t.sort_hr = MAPI_E_TOO_COMPLEX;
	assert_int_equal(HrQueryAllRows(&t.iface, NULL, NULL,
					(LPSSortOrderSet)&sort, 0, &rows),
			 MAPI_E_TOO_COMPLEX);
	fake_table_init(&t, 5);
	t.seek_hr = MAPI_E_INVALID_BOOKMARK;
	assert_int_equal(HrQueryAllRows(&t.iface, NULL, NULL, NULL, 0, &rows),
			 MAPI_E_INVALID_BOOKMARK);
	assert_int_equal(t.queries, 0);

	assert_int_equal(HrQueryAllRows(NULL, NULL, NULL, NULL, 0, &rows),
			 MAPI_E_INVALID_PARAMETER);
	assert_null(rows);
	assert_int_equal(HrQueryAllRows(&t.iface, NULL, NULL, NULL, 0, NULL),
			 MAPI_E_INVALID_PARAMETER);
	assert_int_equal(HrQueryAllRows(&t.iface, NULL, NULL, NULL, -1, &rows),
			 MAPI_E_INVALID_PARAMETER);
	assert_int_equal(alloc_live(), live);

	/* Out of memory anywhere (the table's rows, the growing row array,
	 * the final set): NOT_ENOUGH_MEMORY, NULL, no leak. */
	{
		unsigned long n;
		HRESULT hr;

		for (n = 1;; n++) {
			fake_table_init(&t, 250);
			rows = (LPSRowSet)&t;
			alloc_fail_after(n);
			hr = HrQueryAllRows(&t.iface, NULL, NULL, NULL, 0,
					    &rows);
			if (!alloc_injected())
				break;
			alloc_fail_after(0);
			assert_int_equal(hr, MAPI_E_NOT_ENOUGH_MEMORY);
			assert_null(rows);
			assert_int_equal(alloc_live(), live);
		}
		alloc_fail_after(0);
		assert_int_equal(hr, S_OK);
		check_rowids(rows, 250);
		FreeProws(rows);
	}
	assert_int_equal(alloc_live(), live);
}

/* ==================== HrQueryAllRows on a real table ==================== */

static void add_row(LPTABLEDATA td, LONG id, const char *subject,
		    LONG importance)
{
	SPropValue props[3];
	SRow row;

	props[0].ulPropTag = PR_ROWID;
	props[0].Value.l = id;
	props[1].ulPropTag = PR_SUBJECT_A;
	props[1].Value.lpszA = (LPSTR)subject;
	props[2].ulPropTag = PR_IMPORTANCE;
	props[2].Value.l = importance;
	row.ulAdrEntryPad = 0;
	row.cValues = 3;
	row.lpProps = props;
	assert_int_equal(ITableData_HrModifyRow(td, &row), S_OK);
}

static void test_hrqueryallrows_table(void **state)
{
	SizedSPropTagArray(3, cols) = {3,
				       {PR_ROWID, PR_SUBJECT_A, PR_IMPORTANCE}};
	SizedSPropTagArray(1, one_col) = {1, {PR_ROWID}};
	SizedSSortOrderSet(1,
			   desc) = {1, 0, 0, {{PR_ROWID, TABLE_SORT_DESCEND}}};
	SPropValue two = {.ulPropTag = PR_IMPORTANCE, .Value.l = 2};
	SRestriction res;
	LPTABLEDATA td = NULL;
	LPMAPITABLE view = NULL;
	LPSRowSet rows = NULL;
	long live = alloc_live();
	ULONG i, n = 600;
	char subject[32];

	(void)state;
	assert_int_equal(CreateTable(&IID_IMAPITableData, MAPIAllocateBuffer,
				     MAPIAllocateMore, MAPIFreeBuffer, NULL,
				     TBLTYPE_DYNAMIC, PR_ROWID,
				     (LPSPropTagArray)&cols, &td),
			 S_OK);
	assert_int_equal(ITableData_HrGetView(td, NULL, NULL, 0, &view), S_OK);

	/* Empty. */
	assert_int_equal(HrQueryAllRows(view, NULL, NULL, NULL, 0, &rows),
			 S_OK);
	assert_int_equal(rows->cRows, 0);
	FreeProws(rows);

	for (i = 0; i < n; i++) {
		snprintf(subject, sizeof(subject), "message %u", (unsigned)i);
		add_row(td, (LONG)i, subject, (LONG)(i % 3));
	}

	/* All rows, over several QueryRows batches. */
	assert_int_equal(HrQueryAllRows(view, NULL, NULL, NULL, 0, &rows),
			 S_OK);
	assert_int_equal(rows->cRows, n);
	for (i = 0; i < n; i++) {
		LPSPropValue id = PpropFindProp(
		    rows->aRow[i].lpProps, rows->aRow[i].cValues, PR_ROWID);

		assert_non_null(id);
		assert_int_equal(id->Value.l, i);
	}
	FreeProws(rows);

	/* Again: reading restarts at the beginning. */
	assert_int_equal(HrQueryAllRows(view, NULL, NULL, NULL, n, &rows),
			 S_OK);
	assert_int_equal(rows->cRows, n);
	FreeProws(rows);
	rows = (LPSRowSet)&res;
	assert_int_equal(HrQueryAllRows(view, NULL, NULL, NULL, n - 1, &rows),
			 MAPI_E_TABLE_TOO_BIG);
	assert_null(rows);

	/* Columns, restriction, sort order. */
	res.rt = RES_PROPERTY;
	res.res.resProperty.relop = RELOP_EQ;
	res.res.resProperty.ulPropTag = PR_IMPORTANCE;
	res.res.resProperty.lpProp = &two;
	assert_int_equal(HrQueryAllRows(view, (LPSPropTagArray)&one_col, &res,
					(LPSSortOrderSet)&desc, 0, &rows),
			 S_OK);
	assert_int_equal(rows->cRows, n / 3);
	for (i = 0; i < rows->cRows; i++) {
		assert_int_equal(rows->aRow[i].cValues, 1);
		assert_int_equal(rows->aRow[i].lpProps[0].ulPropTag, PR_ROWID);
		/* Descending ids with importance 2: 599, 596, ... */
		assert_int_equal(rows->aRow[i].lpProps[0].Value.l,
				 n - 1 - 3 * i);
	}
	FreeProws(rows);

	IMAPITable_Release(view);
	ITableData_Release(td);
	assert_int_equal(alloc_live(), live);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
	    cmocka_unit_test(test_propcopymore_types),
	    cmocka_unit_test(test_propcopymore_scalars_allocate_nothing),
	    cmocka_unit_test(test_propcopymore_empty_and_same),
	    cmocka_unit_test(test_propcopymore_bad),
	    cmocka_unit_test(test_propcopymore_oom),
	    cmocka_unit_test(test_ulpropsize),
	    cmocka_unit_test(test_sccountprops_types),
	    cmocka_unit_test(test_sccountprops_args),
	    cmocka_unit_test(test_sccopyprops_native_layout),
	    cmocka_unit_test(test_sccopyprops_all_types),
	    cmocka_unit_test(test_sccopyprops_bad),
	    cmocka_unit_test(test_screlocprops_moved),
	    cmocka_unit_test(test_screlocprops_disk),
	    cmocka_unit_test(test_screlocprops_bad),
	    cmocka_unit_test(test_scdupropset),
	    cmocka_unit_test(test_ppropfindprop),
	    cmocka_unit_test(test_lpvalfindprop),
	    cmocka_unit_test(test_fequalnames),
	    cmocka_unit_test(test_fpropcontainsprop_table),
	    cmocka_unit_test(test_fpropcontainsprop_other),
	    cmocka_unit_test(test_fpropcompareprop),
	    cmocka_unit_test(test_lpropcompareprop),
	    cmocka_unit_test(test_freeprows),
	    cmocka_unit_test(test_freepadrlist),
	    cmocka_unit_test(test_uladdref_ulrelease),
	    cmocka_unit_test(test_hrgetoneprop_fake),
	    cmocka_unit_test(test_hrsetoneprop_fake),
	    cmocka_unit_test(test_fpropexists_fake),
	    cmocka_unit_test(test_hrqueryallrows_fake),
	    cmocka_unit_test(test_hrqueryallrows_errors),
	    cmocka_unit_test(test_oneprop_ipropdata),
	    cmocka_unit_test(test_hrqueryallrows_table),
	};
	return cmocka_run_group_tests(tests, NULL, NULL);
}
