/*
 * sortorder.c - checking SSortOrderSets and comparing two rows by one.
 *
 * The table code sorts with these (stably, so equal keys keep insertion
 * order); the store engine's ORDER BY push-down is checked against them.
 * Values compare through propcmp.c, strings with FL_IGNORECASE.
 */
#include "sortorder.h"

#include <errno.h>
#include <stddef.h>

#include "propcmp.h"

static int sort_fail(const char **error_r, int ret, const char *msg)
{
	if (error_r != NULL)
		*error_r = msg;
	return ret;
}

static int check_order(ULONG i, const SSortOrderSet *sos, const char **error_r)
{
	ULONG order = sos->aSort[i].ulOrder;

	switch (order) {
	case TABLE_SORT_ASCEND:
	case TABLE_SORT_DESCEND:
		return 0;
	case TABLE_SORT_COMBINE:
		/* Joins this category column to the previous one. */
		if (i == 0 || i >= sos->cCategories)
			return sort_fail(error_r, -EINVAL,
					 "TABLE_SORT_COMBINE outside the "
					 "category keys or on the first key");
		return 0;
	case TABLE_SORT_CATEG_MAX:
	case TABLE_SORT_CATEG_MIN:
	case TABLE_SORT_CATEG_MAX | TABLE_SORT_DESCEND:
	case TABLE_SORT_CATEG_MIN | TABLE_SORT_DESCEND:
		/* Orders the categories of the previous key. */
		if (i == 0 || i - 1 >= sos->cCategories)
			return sort_fail(error_r, -EINVAL,
					 "TABLE_SORT_CATEG_MAX/MIN not right "
					 "after a category key");
		return 0;
	default:
		return sort_fail(error_r, -EINVAL, "unknown sort order");
	}
}

static int check_key_type(ULONG tag, const char **error_r)
{
	ULONG type = PROP_TYPE(tag), flags = type & MVI_FLAG;

	if (flags == MV_INSTANCE)
		return sort_fail(error_r, -EINVAL,
				 "MV_INSTANCE on a single-valued sort key");
	/* An MVI key sorts by single instances of a multi-valued type, so
	 * that multi-valued type has to exist.  A plain multi-valued key
	 * sorts by the whole value, compared as a tuple. */
	if (flags == MVI_FLAG)
		type &= ~(ULONG)MV_INSTANCE;
	if (!propcmp_comparable(type, type))
		return sort_fail(error_r, -EINVAL,
				 "sort key of a type that cannot be sorted");
	return 0;
}

int sort_validate(const SSortOrderSet *sos, const char **error_r)
{
	int ret;

	if (sos == NULL)
		return sort_fail(error_r, -EINVAL, "NULL sort order set");
	if (sos->cSorts > SORT_MAX_KEYS)
		return sort_fail(error_r, -E2BIG, "too many sort keys");
	if (sos->cCategories > sos->cSorts)
		return sort_fail(error_r, -EINVAL,
				 "more categories than sort keys");
	if (sos->cExpanded > sos->cCategories)
		return sort_fail(error_r, -EINVAL,
				 "more expanded categories than categories");
	for (ULONG i = 0; i < sos->cSorts; i++) {
		ret = check_order(i, sos, error_r);
		if (ret == 0)
			ret = check_key_type(sos->aSort[i].ulPropTag, error_r);
		if (ret < 0)
			return ret;
	}
	return 0;
}

static const SPropValue *find_exact(const SRow *row, ULONG tag)
{
	if (row == NULL || row->lpProps == NULL)
		return NULL;
	for (ULONG i = 0; i < row->cValues; i++) {
		if (row->lpProps[i].ulPropTag == tag)
			return &row->lpProps[i];
	}
	return NULL;
}

static const SPropValue *find_key(const SRow *row, ULONG tag)
{
	const SPropValue *v;

	if ((PROP_TYPE(tag) & MVI_FLAG) != MVI_FLAG)
		return find_exact(row, tag);
	v = find_exact(row, tag & ~(ULONG)MV_FLAG);
	return v != NULL ? v : find_exact(row, tag);
}

static int compare_key(const SPropValue *a, const SPropValue *b)
{
	int cmp;

	if (propcmp_values(a, b, FL_IGNORECASE, &cmp) == 0)
		return cmp;
	/* Out of memory while folding: code point order still sorts. */
	if (propcmp_values(a, b, 0, &cmp) == 0)
		return cmp;
	return 0;
}

/*
 * A multi-valued key without MVI_FLAG: the values compare as ordered
 * tuples, element by element, and the first difference decides (the
 * SortTable documentation).  When one tuple ends first, the relation is
 * "that of a null value to the other value": the shorter one sorts as a
 * missing value does, last in either direction.
 */
static int compare_tuples(const SPropValue *a, const SPropValue *b,
			  bool descend)
{
	ULONG na = propcmp_mv_count(a), nb = propcmp_mv_count(b), i;
	SPropValue ea, eb;
	int cmp;

	for (i = 0; i < na && i < nb; i++) {
		propcmp_mv_element(a, i, &ea);
		propcmp_mv_element(b, i, &eb);
		cmp = compare_key(&ea, &eb);
		if (cmp != 0)
			return descend ? -cmp : cmp;
	}
	return (na < nb) - (na > nb);
}

static bool is_multi(const SPropValue *v)
{
	return (propcmp_value_type(v->ulPropTag) & MV_FLAG) != 0;
}

int sort_compare_values(const SPropValue *a, const SPropValue *b, bool descend)
{
	int cmp;

	/* Missing sorts last whatever the direction: not negated below. */
	if (a == NULL || b == NULL)
		return (a == NULL) - (b == NULL);
	if (is_multi(a) && is_multi(b))
		return compare_tuples(a, b, descend);
	cmp = compare_key(a, b);
	return descend ? -cmp : cmp;
}

int sort_compare_rows(const SSortOrderSet *sos, const SRow *a, const SRow *b)
{
	ULONG tag;
	int cmp;

	if (sos == NULL)
		return 0;
	for (ULONG i = 0; i < sos->cSorts && i < SORT_MAX_KEYS; i++) {
		tag = sos->aSort[i].ulPropTag;
		cmp = sort_compare_values(
		    find_key(a, tag), find_key(b, tag),
		    (sos->aSort[i].ulOrder & TABLE_SORT_DESCEND) != 0);
		if (cmp != 0)
			return cmp;
	}
	return 0;
}
