/*
 * mapival_int.h - the table behind HrValidateParameters (mapival.h).
 *
 * For every method of the METHODS enumeration, mapival_table.c (generated
 * from spec/mapival.def and spec/interfaces.def by scripts/mapigen.py)
 * lists the arguments after This, one slot each, with the rule each is
 * held to; mapival.c reads the slots and applies the rules.  A slot holds
 * the argument's bytes at its start: a pointer, a ULONG (the low four
 * bytes), a ULONG_PTR or a LARGE_INTEGER.
 */
#ifndef MAPIX_CORE_MAPIVAL_INT_H
#define MAPIX_CORE_MAPIVAL_INT_H

#include <stdbool.h>

#include <mapidefs.h>

enum mapival_kind {
	MVP_NONE,      /* not checked */
	MVP_OUT,       /* an out-pointer: req means it must not be NULL */
	MVP_PTR,       /* an input pointer: req means it must not be NULL */
	MVP_OBJ,       /* an interface pointer: when given, it has a vtable */
	MVP_FLAGS,     /* a ULONG that may only hold the bits of aux */
	MVP_TAGS,      /* LPSPropTagArray, FBadColumnSet when given */
	MVP_PROPS,     /* SPropValue array, ScCountProps */
	MVP_RES,       /* LPSRestriction, FBadRestriction when given */
	MVP_SORT,      /* LPSSortOrderSet, FBadSortOrderSet when given */
	MVP_ENTRYLIST, /* LPENTRYLIST, FBadEntryList when given */
	MVP_ROWSET,    /* LPSRowSet or LPADRLIST, FBadRowSet when given */
	MVP_EID,       /* an entry ID: there when its byte count is not 0 */
	MVP_BUF,       /* a byte buffer: there when its size is not 0 */
	MVP_IIDS,      /* an IID array: there when its count is not 0 */
	MVP_NAMES,     /* LPMAPINAMEID array, FBadRglpNameID */
	MVP_NOTIFS,    /* NOTIFICATION array, ScCountNotifications */
	MVP_STR,       /* a string: req means it must not be NULL */
};

struct mapival_param {
	enum mapival_kind kind;
	bool req;
	/* MVP_FLAGS: the allowed bits.  The counted kinds (PROPS, EID, BUF,
	 * IIDS, NAMES, NOTIFS): 1 + the slot of the count, or 0 for "one
	 * element" (NotifyNewMail's single notification). */
	ULONG aux;
	const char *name;
};

struct mapival_method {
	const char *name; /* "IMAPIProp::GetProps" */
	const struct mapival_param *params;
	unsigned int count;
};

/* Indexed by METHODS. */
extern const struct mapival_method mapival_methods[];
extern const unsigned int mapival_method_count;

#endif
