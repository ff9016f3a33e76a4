/*
 * propcmp.h - comparing property values: the one ordering that restrictions
 * (RELOP_*), sorting, LPropCompareProp and FPropCompareProp share.
 *
 * Values are compared only with values of the same type (PROP_TYPE equal;
 * PT_STRING8 and PT_UNICODE compare with each other through UTF-8).
 * Numbers compare numerically, PT_SYSTIME and PT_CURRENCY as 64-bit
 * integers, PT_BOOLEAN false < true, PT_BINARY by length first then bytes
 * (as Windows MAPI does), PT_CLSID bytewise, strings by Unicode order
 * (case-insensitive when FL_IGNORECASE is given).  Multi-valued values
 * compare element by element, then by count.
 *
 * Details that make the order total and keep bad values harmless:
 * - PT_R4, PT_DOUBLE and PT_APPTIME: NaN sorts after every number and
 *   equals NaN; -0.0 equals 0.0.
 * - PT_SYSTIME as an unsigned 64-bit count, PT_ERROR as an unsigned SCODE.
 * - A NULL string counts as empty, a NULL lpb as an empty binary, a NULL
 *   lpguid sorts before every GUID, a NULL MV array as no elements.
 * - A tag type with MV_INSTANCE (a row of an MVI-expanded table) holds a
 *   single value of the base type: see propcmp_value_type().
 */
#ifndef MAPIX_CORE_PROPCMP_H
#define MAPIX_CORE_PROPCMP_H

#include <stdbool.h>

#include <mapidefs.h>

/*
 * The type of the value a property with this tag (or type) holds:
 * PROP_TYPE(tag), except that MV_INSTANCE means one instance of a
 * multi-valued property, so MV_INSTANCE and MV_FLAG are dropped.
 */
ULONG propcmp_value_type(ULONG tag);

/*
 * The values of a multi-valued property, one at a time: the count (0 when
 * the array is NULL or v is not of a multi-valued type that can be
 * compared), and value i as a single value of the base type, tagged with
 * v's tag with MV_FLAG cleared, its pointers shared with v.
 */
ULONG propcmp_mv_count(const SPropValue *v);
void propcmp_mv_element(const SPropValue *v, ULONG i, SPropValue *out);

/* True when values of these two property types can be compared. */
bool propcmp_comparable(ULONG type_a, ULONG type_b);

/*
 * Compares a and b.  flags may hold FL_IGNORECASE for strings (and the
 * other FL_* folding bits, see ustring.h).  Returns 0 and sets *cmp_r to
 * -1, 0 or 1, or -EINVAL when the types cannot be compared, or -ENOMEM.
 */
int propcmp_values(const SPropValue *a, const SPropValue *b, ULONG flags,
		   int *cmp_r);

/*
 * Evaluates "a relop b" (RELOP_LT..RELOP_NE; RELOP_RE is not supported and
 * gives -EINVAL).  For a multi-valued a and a single-valued b of its base
 * type, true when any element satisfies the relation.  Returns 1, 0,
 * -EINVAL or -ENOMEM.
 */
int propcmp_relop(const SPropValue *a, ULONG relop, const SPropValue *b,
		  ULONG flags);

#endif
