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
 */
#ifndef MAPIX_CORE_PROPCMP_H
#define MAPIX_CORE_PROPCMP_H

#include <stdbool.h>

#include <mapidefs.h>

/* True when values of these two property types can be compared. */
bool propcmp_comparable(ULONG type_a, ULONG type_b);

/*
 * Compares a and b.  flags may hold FL_IGNORECASE for strings.  Returns 0
 * and sets *cmp_r to <0, 0 or >0, or -EINVAL when the types cannot be
 * compared, or -ENOMEM.
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
