/*
 * sortorder.h - ordering rows by an SSortOrderSet.
 *
 * The reference row order of mapix tables: missing values sort after all
 * present ones (in ascending order; first in descending), strings compare
 * case-insensitively in Unicode order, and equal keys keep their insertion
 * order (callers sort stably or break ties by row position).
 */
#ifndef MAPIX_CORE_SORTORDER_H
#define MAPIX_CORE_SORTORDER_H

#include <mapidefs.h>

/* Most sort keys accepted in one SSortOrderSet. */
#define SORT_MAX_KEYS 64

/*
 * Checks a sort order set: cSorts <= SORT_MAX_KEYS, cCategories <= cSorts,
 * cExpanded <= cCategories, ulOrder one of TABLE_SORT_ASCEND / DESCEND /
 * COMBINE (not on the first key), known property types, MV sort keys only
 * with MVI_FLAG.  Returns 0, -EINVAL or -E2BIG, with a message in *error_r.
 */
int sort_validate(const SSortOrderSet *sos, const char **error_r);

/*
 * Compares two rows by sos.  Sort keys are looked up by full tag in each
 * row (PpropFindProp semantics; for an MVI_FLAG key the row is expected to
 * carry the single instance value under the key's tag with MV_FLAG
 * cleared and MV_INSTANCE kept, as the table's instance expansion produces
 * them in rows).  Returns <0, 0, >0.
 */
int sort_compare_rows(const SSortOrderSet *sos, const SRow *a, const SRow *b);

#endif
