/*
 * sortorder.h - ordering rows by an SSortOrderSet.
 *
 * The reference row order of mapix tables: a row without a value for a
 * key sorts after every row with one, in ascending and in descending order
 * alike (the SSortOrder documentation: "all NULL entries positioned
 * last"), strings compare case-insensitively in Unicode order, and equal
 * keys keep their insertion order (callers sort stably or break ties by
 * row position).  Values otherwise compare as propcmp.h describes.
 *
 * Categories are not built yet: TABLE_SORT_COMBINE and the category
 * counts are checked but keys compare as plain keys, and a key with
 * TABLE_SORT_CATEG_MAX or TABLE_SORT_CATEG_MIN sorts the rows by its own
 * value (descending when TABLE_SORT_DESCEND is also set).
 */
#ifndef MAPIX_CORE_SORTORDER_H
#define MAPIX_CORE_SORTORDER_H

#include <stdbool.h>

#include <mapidefs.h>

/* Most sort keys accepted in one SSortOrderSet. */
#define SORT_MAX_KEYS 64

/*
 * Checks a sort order set: cSorts <= SORT_MAX_KEYS (else -E2BIG),
 * cCategories <= cSorts, cExpanded <= cCategories, and per key:
 * - ulOrder TABLE_SORT_ASCEND or DESCEND; TABLE_SORT_COMBINE only on a
 *   category key after the first; TABLE_SORT_CATEG_MAX or CATEG_MIN
 *   (optionally with DESCEND) only on the key right after a category key;
 * - a type values can be compared by (propcmp.h), single- or
 *   multi-valued; MV_INSTANCE only together with MV_FLAG (MVI_FLAG).
 * Returns 0, -EINVAL or -E2BIG, with a static message in *error_r when
 * not NULL.
 */
int sort_validate(const SSortOrderSet *sos, const char **error_r);

/*
 * Compares two rows by sos.  Sort keys are looked up by full tag in each
 * row (PpropFindProp semantics; for an MVI_FLAG key the row is expected to
 * carry the single instance value under the key's tag with MV_FLAG
 * cleared and MV_INSTANCE kept, as the table's instance expansion produces
 * them in rows; the key's own tag is tried next).  A multi-valued key
 * without MV_INSTANCE compares the whole values as ordered tuples, as
 * IMAPITable::SortTable documents: element by element, and a tuple that
 * ends first sorts as a missing value would, last in either direction.
 * Returns <0, 0, >0; never fails: if memory runs out while folding
 * strings they compare by code point.
 */
int sort_compare_rows(const SSortOrderSet *sos, const SRow *a, const SRow *b);

/*
 * Compares the values of one sort key in two rows as sort_compare_rows()
 * does, the key's direction (descend) included; a NULL value is a row
 * without one, and sorts last either way.  The table's sort calls this for
 * the keys it does not compare from its own precomputed form, so that
 * both orders stay one.  Returns <0, 0, >0; never fails.
 */
int sort_compare_values(const SPropValue *a, const SPropValue *b, bool descend);

#endif
