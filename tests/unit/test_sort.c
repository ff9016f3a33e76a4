/*
 * test_sort.c - sort_validate and sort_compare_rows (src/core/sortorder.c)
 * and the value ordering of propcmp.c underneath them.
 *
 * Expected orders follow the SSortOrder/SSortOrderSet documentation
 * (TABLE_SORT_COMBINE never first, cCategories <= cSorts, cExpanded <=
 * cCategories, MVI_PROP for multi-valued keys, "all NULL entries
 * positioned last") and mapix's table contract: missing values after
 * present ones in both directions; strings case-insensitive; binaries by
 * length, then bytes.
 */
#include <stdarg.h>
#include <stddef.h>
#include <setjmp.h>
#include <stdint.h>
#include <cmocka.h>

#include <errno.h>
#include <math.h>
#include <stdlib.h>
#include <string.h>

#include <mapidefs.h>

#include "alloc.h"
#include "propcmp.h"
#include "sortorder.h"

#define TAG_NAME PROP_TAG(PT_UNICODE, 0x8001)
#define TAG_SIZE PROP_TAG(PT_LONG, 0x8002)
#define TAG_DATE PROP_TAG(PT_SYSTIME, 0x8003)
#define TAG_KEYS PROP_TAG(PT_MV_STRING8, 0x8004)

static int sign(int v)
{
	return (v > 0) - (v < 0);
}

static SSortOrderSet *make_sos(ULONG n, ULONG categories, ULONG expanded,
			       const SSortOrder *keys)
{
	SSortOrderSet *sos = alloc_calloc(1, CbNewSSortOrderSet(n ? n : 1));

	assert_non_null(sos);
	sos->cSorts = n;
	sos->cCategories = categories;
	sos->cExpanded = expanded;
	if (n > 0)
		memcpy(sos->aSort, keys, n * sizeof(*keys));
	return sos;
}

static int validate(ULONG n, ULONG categories, ULONG expanded,
		    const SSortOrder *keys)
{
	SSortOrderSet *sos = make_sos(n, categories, expanded, keys);
	const char *error = NULL;
	int ret = sort_validate(sos, &error);

	if (ret != 0)
		assert_non_null(error);
	alloc_free(sos);
	return ret;
}

static void test_validate(void **state)
{
	SSortOrder keys[SORT_MAX_KEYS + 1];

	(void)state;
	for (int i = 0; i <= SORT_MAX_KEYS; i++) {
		keys[i].ulPropTag = TAG_SIZE;
		keys[i].ulOrder = TABLE_SORT_ASCEND;
	}
	assert_int_equal(sort_validate(NULL, NULL), -EINVAL);
	assert_int_equal(validate(0, 0, 0, keys), 0);
	assert_int_equal(validate(SORT_MAX_KEYS, 0, 0, keys), 0);
	assert_int_equal(validate(SORT_MAX_KEYS + 1, 0, 0, keys), -E2BIG);
	assert_int_equal(validate(2, 3, 0, keys), -EINVAL);
	assert_int_equal(validate(2, 1, 2, keys), -EINVAL);
	assert_int_equal(validate(2, 2, 2, keys), 0);

	/* Orders. */
	keys[0].ulOrder = TABLE_SORT_DESCEND;
	assert_int_equal(validate(2, 0, 0, keys), 0);
	keys[0].ulOrder = 3;
	assert_int_equal(validate(2, 0, 0, keys), -EINVAL);
	keys[0].ulOrder = 0x10;
	assert_int_equal(validate(2, 0, 0, keys), -EINVAL);
	keys[0].ulOrder = TABLE_SORT_COMBINE;
	assert_int_equal(validate(2, 2, 0, keys), -EINVAL);
	keys[0].ulOrder = TABLE_SORT_ASCEND;
	keys[1].ulOrder = TABLE_SORT_COMBINE;
	assert_int_equal(validate(2, 2, 0, keys), 0);
	/* COMBINE joins category columns only. */
	assert_int_equal(validate(2, 1, 0, keys), -EINVAL);
	assert_int_equal(validate(2, 0, 0, keys), -EINVAL);
	/* CATEG_MAX / CATEG_MIN order the categories of the key before. */
	keys[1].ulOrder = TABLE_SORT_CATEG_MAX;
	assert_int_equal(validate(2, 1, 0, keys), 0);
	assert_int_equal(validate(2, 0, 0, keys), -EINVAL);
	keys[1].ulOrder = TABLE_SORT_CATEG_MIN | TABLE_SORT_DESCEND;
	assert_int_equal(validate(2, 1, 1, keys), 0);
	keys[1].ulOrder = TABLE_SORT_CATEG_MIN | TABLE_SORT_CATEG_MAX;
	assert_int_equal(validate(2, 1, 1, keys), -EINVAL);
	keys[1].ulOrder = TABLE_SORT_CATEG_MAX;
	keys[0].ulOrder = TABLE_SORT_CATEG_MAX;
	assert_int_equal(validate(2, 1, 0, keys), -EINVAL);
	keys[0].ulOrder = TABLE_SORT_ASCEND;
	keys[1].ulOrder = TABLE_SORT_ASCEND;

	/* Types.  A multi-valued key sorts by the whole value (SortTable);
	 * it needs a multi-valued form that compares. */
	keys[1].ulPropTag = TAG_KEYS;
	assert_int_equal(validate(2, 0, 0, keys), 0);
	keys[1].ulPropTag = PROP_TAG(MV_FLAG | PT_BOOLEAN, 0x8004);
	assert_int_equal(validate(2, 0, 0, keys), -EINVAL);
	keys[1].ulPropTag = PROP_TAG(MV_FLAG | PT_OBJECT, 0x8004);
	assert_int_equal(validate(2, 0, 0, keys), -EINVAL);
	keys[1].ulPropTag = MVI_PROP(TAG_KEYS);
	assert_int_equal(validate(2, 0, 0, keys), 0);
	keys[1].ulPropTag = PROP_TAG(PT_STRING8 | MV_INSTANCE, 0x8004);
	assert_int_equal(validate(2, 0, 0, keys), -EINVAL);
	keys[1].ulPropTag = MVI_PROP(PROP_TAG(PT_BOOLEAN, 0x8005));
	assert_int_equal(validate(2, 0, 0, keys), -EINVAL);
	{
		static const ULONG bad[] = {PT_UNSPECIFIED, PT_NULL, PT_OBJECT,
					    0x0999};
		static const ULONG good[] = {
		    PT_I2,      PT_LONG,    PT_R4,      PT_DOUBLE, PT_CURRENCY,
		    PT_APPTIME, PT_ERROR,   PT_BOOLEAN, PT_I8,     PT_STRING8,
		    PT_UNICODE, PT_SYSTIME, PT_CLSID,   PT_BINARY};

		for (size_t i = 0; i < sizeof(bad) / sizeof(bad[0]); i++) {
			keys[1].ulPropTag = PROP_TAG(bad[i], 0x8006);
			assert_int_equal(validate(2, 0, 0, keys), -EINVAL);
		}
		for (size_t i = 0; i < sizeof(good) / sizeof(good[0]); i++) {
			keys[1].ulPropTag = PROP_TAG(good[i], 0x8006);
			assert_int_equal(validate(2, 0, 0, keys), 0);
		}
	}
}

/* A row of up to three properties; absent ones are left out. */
struct test_row {
	SPropValue props[3];
	SRow row;
	int id;
};

static void set_row(struct test_row *r, int id, const WCHAR *name, LONG size,
		    bool has_size)
{
	ULONG n = 0;

	memset(r, 0, sizeof(*r));
	r->id = id;
	if (name != NULL) {
		r->props[n].ulPropTag = TAG_NAME;
		r->props[n].Value.lpszW = (LPWSTR)name;
		n++;
	}
	if (has_size) {
		r->props[n].ulPropTag = TAG_SIZE;
		r->props[n].Value.l = size;
		n++;
	}
	r->row.cValues = n;
	r->row.lpProps = r->props;
}

static const SSortOrderSet *sort_keys;

/* Stable: equal rows keep their ids' order. */
static int qsort_rows(const void *a, const void *b)
{
	const struct test_row *x = a, *y = b;
	/* qsort moves the rows, so point at their properties afresh. */
	SRow rx = {0, x->row.cValues, (SPropValue *)x->props};
	SRow ry = {0, y->row.cValues, (SPropValue *)y->props};
	int cmp = sort_compare_rows(sort_keys, &rx, &ry);

	return cmp != 0 ? cmp : x->id - y->id;
}

static void sort_and_check(struct test_row *rows, size_t n,
			   const SSortOrderSet *sos, const int *want)
{
	sort_keys = sos;
	qsort(rows, n, sizeof(*rows), qsort_rows);
	for (size_t i = 0; i < n; i++)
		rows[i].row.lpProps = rows[i].props;
	for (size_t i = 0; i < n; i++) {
		if (rows[i].id != want[i])
			fail_msg("position %zu: row %d, expected row %d", i,
				 rows[i].id, want[i]);
	}
}

static void test_sort_two_keys(void **state)
{
	struct test_row rows[6];
	SSortOrder keys[2] = {{TAG_NAME, TABLE_SORT_ASCEND},
			      {TAG_SIZE, TABLE_SORT_DESCEND}};
	SSortOrderSet *sos = make_sos(2, 0, 0, keys);

	(void)state;
	set_row(&rows[0], 0, u"beta", 10, true);
	set_row(&rows[1], 1, u"Alpha", 5, true);
	set_row(&rows[2], 2, u"alpha", 7, true);
	set_row(&rows[3], 3, NULL, 1, true);
	set_row(&rows[4], 4, u"BETA", 0, false);
	set_row(&rows[5], 5, u"\u00e9clair", 3, true);
	assert_int_equal(sort_validate(sos, NULL), 0);
	/*
	 * Names ignoring case (alpha = Alpha, beta = BETA, then é after
	 * ASCII), missing name last; within a name, size descending with a
	 * missing size last all the same.
	 */
	{
		const int want[6] = {2, 1, 0, 4, 5, 3};

		sort_and_check(rows, 6, sos, want);
	}

	/* Name descending: é, beta, alpha, and the missing name still last;
	 * within beta, size ascending puts the missing size last too. */
	sos->aSort[0].ulOrder = TABLE_SORT_DESCEND;
	sos->aSort[1].ulOrder = TABLE_SORT_ASCEND;
	{
		const int want[6] = {5, 0, 4, 1, 2, 3};

		sort_and_check(rows, 6, sos, want);
	}
	alloc_free(sos);
}

static void test_compare_missing(void **state)
{
	struct test_row with, without, none;
	SSortOrder key = {TAG_SIZE, TABLE_SORT_ASCEND};
	SSortOrderSet *sos = make_sos(1, 0, 0, &key);

	(void)state;
	set_row(&with, 0, NULL, -1000, true);
	set_row(&without, 1, u"x", 0, false);
	set_row(&none, 2, NULL, 0, false);
	assert_int_equal(sign(sort_compare_rows(sos, &with.row, &without.row)),
			 -1);
	assert_int_equal(sign(sort_compare_rows(sos, &without.row, &with.row)),
			 1);
	assert_int_equal(sort_compare_rows(sos, &without.row, &none.row), 0);
	/* Descending reverses the values, not where missing ones go. */
	sos->aSort[0].ulOrder = TABLE_SORT_DESCEND;
	assert_int_equal(sign(sort_compare_rows(sos, &with.row, &without.row)),
			 -1);
	assert_int_equal(sign(sort_compare_rows(sos, &without.row, &with.row)),
			 1);
	assert_int_equal(sort_compare_rows(sos, &without.row, &none.row), 0);
	assert_int_equal(sign(sort_compare_values(NULL, &with.props[0], true)),
			 1);
	assert_int_equal(sign(sort_compare_values(&with.props[0], NULL, false)),
			 -1);
	assert_int_equal(sort_compare_values(NULL, NULL, true), 0);
	/* NULL rows and an empty key set order nothing. */
	assert_int_equal(sort_compare_rows(sos, NULL, NULL), 0);
	assert_int_equal(sign(sort_compare_rows(sos, NULL, &with.row)), 1);
	sos->cSorts = 0;
	assert_int_equal(sort_compare_rows(sos, &with.row, &without.row), 0);
	assert_int_equal(sort_compare_rows(NULL, &with.row, &without.row), 0);
	alloc_free(sos);
}

static void test_compare_case_insensitive(void **state)
{
	struct test_row a, b;
	SSortOrder key = {TAG_NAME, TABLE_SORT_ASCEND};
	SSortOrderSet *sos = make_sos(1, 0, 0, &key);

	(void)state;
	set_row(&a, 0, u"apple", 0, false);
	set_row(&b, 1, u"Banana", 0, false);
	assert_int_equal(sign(sort_compare_rows(sos, &a.row, &b.row)), -1);
	/* Keys that differ only in case are equal: insertion order rules. */
	set_row(&b, 1, u"APPLE", 0, false);
	assert_int_equal(sort_compare_rows(sos, &a.row, &b.row), 0);
	set_row(&b, 1, u"STRASSE", 0, false);
	set_row(&a, 0, u"Stra\u00dfe", 0, false);
	assert_int_equal(sort_compare_rows(sos, &a.row, &b.row), 0);
	alloc_free(sos);
}

static void test_compare_types(void **state)
{
	SPropValue va, vb;
	SRow ra = {0, 1, &va}, rb = {0, 1, &vb};
	SSortOrder key = {TAG_DATE, TABLE_SORT_DESCEND};
	SSortOrderSet *sos = make_sos(1, 0, 0, &key);

	(void)state;
	/* Newest first: a later FILETIME sorts first descending. */
	memset(&va, 0, sizeof(va));
	memset(&vb, 0, sizeof(vb));
	va.ulPropTag = vb.ulPropTag = TAG_DATE;
	va.Value.ft.dwHighDateTime = 0x01DA0000;
	vb.Value.ft.dwHighDateTime = 0x01D90000;
	vb.Value.ft.dwLowDateTime = 0xFFFFFFFF;
	assert_int_equal(sign(sort_compare_rows(sos, &ra, &rb)), -1);

	/* Binary: length first. */
	sos->aSort[0].ulPropTag = PROP_TAG(PT_BINARY, 0x8007);
	sos->aSort[0].ulOrder = TABLE_SORT_ASCEND;
	va.ulPropTag = vb.ulPropTag = PROP_TAG(PT_BINARY, 0x8007);
	va.Value.bin.cb = 1;
	va.Value.bin.lpb = (LPBYTE) "\xff";
	vb.Value.bin.cb = 2;
	vb.Value.bin.lpb = (LPBYTE) "\x00\x00";
	assert_int_equal(sign(sort_compare_rows(sos, &ra, &rb)), -1);

	/* Booleans: false before true. */
	sos->aSort[0].ulPropTag = PROP_TAG(PT_BOOLEAN, 0x8008);
	va.ulPropTag = vb.ulPropTag = PROP_TAG(PT_BOOLEAN, 0x8008);
	va.Value.b = 1;
	vb.Value.b = 0;
	assert_int_equal(sign(sort_compare_rows(sos, &ra, &rb)), 1);

	/* A row value of another type than the key is another property. */
	vb.ulPropTag = PROP_TAG(PT_LONG, 0x8008);
	assert_int_equal(sign(sort_compare_rows(sos, &ra, &rb)), -1);
	alloc_free(sos);
}

/* MVI keys: rows carry one instance each, as the table expands them. */
static void test_compare_mvi(void **state)
{
	SPropValue va, vb;
	SRow ra = {0, 1, &va}, rb = {0, 1, &vb};
	SSortOrder key = {MVI_PROP(TAG_KEYS), TABLE_SORT_ASCEND};
	SSortOrderSet *sos = make_sos(1, 0, 0, &key);
	const ULONG instance = (TAG_KEYS & ~(ULONG)MV_FLAG) | MV_INSTANCE;

	(void)state;
	assert_int_equal(sort_validate(sos, NULL), 0);
	memset(&va, 0, sizeof(va));
	memset(&vb, 0, sizeof(vb));
	va.ulPropTag = vb.ulPropTag = instance;
	va.Value.lpszA = (LPSTR) "zeta";
	vb.Value.lpszA = (LPSTR) "Alpha";
	assert_int_equal(sign(sort_compare_rows(sos, &ra, &rb)), 1);
	/* Windows-style rows keep the full MVI tag on a single value. */
	va.ulPropTag = vb.ulPropTag = MVI_PROP(TAG_KEYS);
	assert_int_equal(sign(sort_compare_rows(sos, &ra, &rb)), 1);
	/* The whole multi-valued property is not the sort key. */
	va.ulPropTag = TAG_KEYS;
	assert_int_equal(sign(sort_compare_rows(sos, &ra, &rb)), 1);
	alloc_free(sos);
}

static SPropValue mv_long(ULONG n, LONG *values);

/*
 * Multi-valued keys without MVI_FLAG (IMAPITable::SortTable): tuples,
 * element by element; a tuple that ends first relates to the other as a
 * null value does, so it sorts last in both directions, like a missing
 * value.
 */
static void test_compare_mv_tuples(void **state)
{
	LONG x[] = {1, 2, 3}, y[] = {1, 2, 4}, z[] = {9};
	SPropValue va, vb;
	SRow ra = {0, 1, &va}, rb = {0, 1, &vb}, none = {0, 0, NULL};
	SSortOrder key = {PROP_TAG(PT_MV_LONG, 0x8009), TABLE_SORT_ASCEND};
	SSortOrderSet *sos = make_sos(1, 0, 0, &key);
	LPSTR sa[] = {(LPSTR) "alpha", (LPSTR) "Beta"};
	LPSTR sb[] = {(LPSTR) "ALPHA", (LPSTR) "beta"};
	LPSTR sc[] = {(LPSTR) "alpha", (LPSTR) "gamma"};

	(void)state;
	assert_int_equal(sort_validate(sos, NULL), 0);
	for (int desc = 0; desc < 2; desc++) {
		int dir = desc ? -1 : 1;

		sos->aSort[0].ulOrder =
		    desc ? TABLE_SORT_DESCEND : TABLE_SORT_ASCEND;
		/* The first difference decides, in the key's direction. */
		va = mv_long(3, x);
		vb = mv_long(3, y);
		assert_int_equal(sign(sort_compare_rows(sos, &ra, &rb)), -dir);
		assert_int_equal(sign(sort_compare_rows(sos, &rb, &ra)), dir);
		/* ... even against a shorter tuple. */
		vb = mv_long(1, z);
		assert_int_equal(sign(sort_compare_rows(sos, &ra, &rb)), -dir);
		/* A prefix is "null" where the other goes on: last. */
		vb = mv_long(2, x);
		assert_int_equal(sign(sort_compare_rows(sos, &ra, &rb)), -1);
		assert_int_equal(sign(sort_compare_rows(sos, &rb, &ra)), 1);
		vb = mv_long(0, NULL);
		assert_int_equal(sign(sort_compare_rows(sos, &ra, &rb)), -1);
		vb = mv_long(3, x);
		assert_int_equal(sort_compare_rows(sos, &ra, &rb), 0);
		/* An empty tuple is a value; a missing property is after it. */
		va = mv_long(0, NULL);
		assert_int_equal(sign(sort_compare_rows(sos, &ra, &none)), -1);
		assert_int_equal(sign(sort_compare_rows(sos, &none, &ra)), 1);
		assert_int_equal(sign(sort_compare_rows(sos, &ra, &rb)), 1);
	}

	/* Strings: each element ignoring case. */
	sos->aSort[0].ulPropTag = TAG_KEYS;
	sos->aSort[0].ulOrder = TABLE_SORT_ASCEND;
	memset(&va, 0, sizeof(va));
	memset(&vb, 0, sizeof(vb));
	va.ulPropTag = vb.ulPropTag = TAG_KEYS;
	va.Value.MVszA.cValues = vb.Value.MVszA.cValues = 2;
	va.Value.MVszA.lppszA = sa;
	vb.Value.MVszA.lppszA = sb;
	assert_int_equal(sort_compare_rows(sos, &ra, &rb), 0);
	vb.Value.MVszA.lppszA = sc;
	assert_int_equal(sign(sort_compare_rows(sos, &ra, &rb)), -1);
	/* A single value under the key's tag is another property. */
	vb.ulPropTag = PROP_TAG(PT_STRING8, PROP_ID(TAG_KEYS));
	vb.Value.lpszA = (LPSTR) "a";
	assert_int_equal(sign(sort_compare_rows(sos, &ra, &rb)), -1);
	alloc_free(sos);
}

/* The comparison under the sort never fails, even without memory. */
static void test_compare_nomem(void **state)
{
	struct test_row a, b;
	SSortOrder key = {TAG_NAME, TABLE_SORT_ASCEND};
	SSortOrderSet *sos = make_sos(1, 0, 0, &key);
	long live = alloc_live();

	(void)state;
	/* Greek folds through utf8proc, which allocates. */
	set_row(&a, 0, u"\u03a3\u03b1\u03b2", 0, false);
	set_row(&b, 1, u"\u03c3\u03b1\u03b1", 0, false);
	assert_int_equal(sign(sort_compare_rows(sos, &a.row, &b.row)), 1);
	alloc_fail_after(1);
	/* Folding fails; code point order (Σ before σ) still answers. */
	assert_int_equal(sign(sort_compare_rows(sos, &a.row, &b.row)), -1);
	assert_true(alloc_injected());
	alloc_fail_after(0);
	assert_int_equal(alloc_live(), live);
	alloc_free(sos);
}

static SPropValue mv_long(ULONG n, LONG *values)
{
	SPropValue v;

	memset(&v, 0, sizeof(v));
	v.ulPropTag = PROP_TAG(PT_MV_LONG, 0x8009);
	v.Value.MVl.cValues = n;
	v.Value.MVl.lpl = values;
	return v;
}

static void test_propcmp(void **state)
{
	LONG x[] = {1, 2, 3}, y[] = {1, 2, 4};
	SPropValue a = mv_long(3, x), b = mv_long(3, y), c = mv_long(2, x);
	SPropValue s1, s2, d1, d2;
	int cmp;

	(void)state;
	/* Multi-valued: element by element, then by count. */
	assert_int_equal(propcmp_values(&a, &b, 0, &cmp), 0);
	assert_int_equal(cmp, -1);
	assert_int_equal(propcmp_values(&a, &c, 0, &cmp), 0);
	assert_int_equal(cmp, 1);
	assert_int_equal(propcmp_values(&a, &a, 0, &cmp), 0);
	assert_int_equal(cmp, 0);

	/* Strings: case-sensitive unless asked. */
	memset(&s1, 0, sizeof(s1));
	memset(&s2, 0, sizeof(s2));
	s1.ulPropTag = PROP_TAG(PT_STRING8, 1);
	s1.Value.lpszA = (LPSTR) "Mail";
	s2.ulPropTag = PROP_TAG(PT_UNICODE, 2);
	s2.Value.lpszW = (LPWSTR)u"mail";
	assert_int_equal(propcmp_values(&s1, &s2, 0, &cmp), 0);
	assert_int_equal(cmp, -1);
	assert_int_equal(propcmp_values(&s1, &s2, FL_IGNORECASE, &cmp), 0);
	assert_int_equal(cmp, 0);
	assert_int_equal(propcmp_relop(&s1, RELOP_EQ, &s2, 0), 0);
	assert_int_equal(propcmp_relop(&s1, RELOP_EQ, &s2, FL_IGNORECASE), 1);
	assert_int_equal(propcmp_relop(&s1, RELOP_RE, &s2, 0), -EINVAL);
	assert_int_equal(propcmp_relop(&s1, 99, &s2, 0), -EINVAL);

	/* Incomparable types, NULL arguments. */
	assert_true(propcmp_comparable(PT_STRING8, PT_UNICODE));
	assert_true(propcmp_comparable(PT_MV_STRING8, PT_MV_UNICODE));
	assert_false(propcmp_comparable(PT_LONG, PT_I2));
	assert_false(propcmp_comparable(PT_MV_LONG, PT_LONG));
	assert_false(propcmp_comparable(PT_OBJECT, PT_OBJECT));
	assert_false(propcmp_comparable(PT_MV_BINARY | 0x4000, PT_BINARY));
	assert_true(propcmp_comparable(PT_STRING8 | MV_INSTANCE, PT_UNICODE));
	assert_int_equal(propcmp_values(&s1, &a, 0, &cmp), -EINVAL);
	assert_int_equal(propcmp_values(NULL, &a, 0, &cmp), -EINVAL);
	assert_int_equal(propcmp_relop(&a, RELOP_EQ, &s1, 0), -EINVAL);

	/* Doubles: NaN after everything and equal to itself. */
	memset(&d1, 0, sizeof(d1));
	d1.ulPropTag = PROP_TAG(PT_DOUBLE, 3);
	d2 = d1;
	d1.Value.dbl = NAN;
	d2.Value.dbl = INFINITY;
	assert_int_equal(propcmp_values(&d1, &d2, 0, &cmp), 0);
	assert_int_equal(cmp, 1);
	assert_int_equal(propcmp_values(&d1, &d1, 0, &cmp), 0);
	assert_int_equal(cmp, 0);

	/* A NULL GUID sorts first; NULL strings are empty. */
	{
		GUID g = {0};
		SPropValue g1, g2;

		memset(&g1, 0, sizeof(g1));
		g1.ulPropTag = PROP_TAG(PT_CLSID, 4);
		g2 = g1;
		g2.Value.lpguid = &g;
		assert_int_equal(propcmp_values(&g1, &g2, 0, &cmp), 0);
		assert_int_equal(cmp, -1);
		s1.Value.lpszA = NULL;
		s2.Value.lpszW = (LPWSTR)u"";
		assert_int_equal(propcmp_values(&s1, &s2, 0, &cmp), 0);
		assert_int_equal(cmp, 0);
	}
}

int main(void)
{
	const struct CMUnitTest tests[] = {
	    cmocka_unit_test(test_validate),
	    cmocka_unit_test(test_sort_two_keys),
	    cmocka_unit_test(test_compare_missing),
	    cmocka_unit_test(test_compare_case_insensitive),
	    cmocka_unit_test(test_compare_types),
	    cmocka_unit_test(test_compare_mvi),
	    cmocka_unit_test(test_compare_mv_tuples),
	    cmocka_unit_test(test_compare_nomem),
	    cmocka_unit_test(test_propcmp),
	};
	return cmocka_run_group_tests(tests, NULL, NULL);
}
