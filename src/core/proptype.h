/*
 * proptype.h - the one table of MAPI property types.  For each base type
 * (PT_LONG, PT_UNICODE, ...): its names, how a value of it is held (in the
 * SPropValue itself, or behind a pointer as a GUID, a string or a binary),
 * the size and alignment of one element of its multi-valued array, whether
 * it has a multi-valued form, whether its values compare, and whether
 * FBadPropTag accepts it.  Every module that needs a type's shape (copying,
 * measuring, validating, comparing, storing, printing) asks here instead of
 * switching on PT_* itself; what it does with the shape stays its own.
 *
 * Multi-valued values: every array member of the SPropValue union is
 * {ULONG cValues; T *lp}, so one pair of accessors reads the count and the
 * array of any of them, and element i lies at i * size bytes.
 */
#ifndef MAPIX_CORE_PROPTYPE_H
#define MAPIX_CORE_PROPTYPE_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#include <mapidefs.h>

/* How a value of the type is held. */
enum proptype_form {
	PROPTYPE_EMPTY,   /* no data: PT_UNSPECIFIED, PT_NULL, PT_OBJECT */
	PROPTYPE_FIXED,   /* in the SPropValue: numbers, times, booleans,
			   * PT_ERROR */
	PROPTYPE_GUID,    /* Value.lpguid, one GUID: PT_CLSID */
	PROPTYPE_STRING8, /* Value.lpszA */
	PROPTYPE_UNICODE, /* Value.lpszW */
	PROPTYPE_BINARY,  /* Value.bin: PT_BINARY, PT_SVREID */
};

#define PROPTYPE_TAG 0x1u /* FBadPropTag accepts it (with or without MV) */
#define PROPTYPE_MV  0x2u /* it has a PT_MV_ form (an array member of _PV) */
#define PROPTYPE_CMP 0x4u /* its single values compare (propcmp.h) */

struct proptype {
	ULONG type;          /* the base type */
	const char *name;    /* "PT_LONG" */
	const char *mv_name; /* "PT_MV_LONG", NULL without PROPTYPE_MV */
	enum proptype_form form;
	unsigned int flags; /* PROPTYPE_* */
	/* One element of the multi-valued array (FIXED: also the single
	 * value; GUID: the GUID; strings: the pointer; binary: the
	 * SBinary), and its alignment; 0 for EMPTY types. */
	uint8_t size, align;
};

/* Base types are below this; the index maps them into the table. */
#define PROPTYPE_BASE_MAX 0x103
extern const struct proptype proptype_table[];
extern const uint8_t proptype_index[PROPTYPE_BASE_MAX];

/* The entry of a base type (no MV_FLAG or MV_INSTANCE), or NULL. */
static inline const struct proptype *proptype_base(ULONG base)
{
	if (base >= PROPTYPE_BASE_MAX || proptype_index[base] == 0)
		return NULL;
	return &proptype_table[proptype_index[base] - 1];
}

/* The entry of a full type: a base type, or the multi-valued form of one
 * that has it; NULL for anything else (MV_INSTANCE included). */
static inline const struct proptype *proptype_find(ULONG type)
{
	const struct proptype *t;

	if (type & MV_INSTANCE)
		return NULL;
	t = proptype_base(type & ~(ULONG)MV_FLAG);
	if (t != NULL && (type & MV_FLAG) && !(t->flags & PROPTYPE_MV))
		return NULL;
	return t;
}

/* The name of a full type ("PT_UNICODE", "PT_MV_LONG"), or NULL. */
const char *proptype_name(ULONG type);

/* Whether values of the full type can be stored (profile files, the
 * engine's property blobs): those with data, PT_NULL, and the
 * multi-valued forms. */
bool proptype_storable(ULONG type);

/* ---------------------------------------------------------------------------
 * Multi-valued values
 */

static inline ULONG proptype_mv_count(const SPropValue *v)
{
	return v->Value.MVl.cValues;
}

static inline void *proptype_mv_array(const SPropValue *v)
{
	return v->Value.MVl.lpl;
}

static inline void proptype_mv_set_array(SPropValue *v, void *array)
{
	v->Value.MVl.lpl = array;
}

/* Element i of a multi-valued value of base type t as a single value
 * (tag of the base type; pointers shared with v). */
void proptype_mv_get(const SPropValue *v, const struct proptype *t, ULONG i,
		     SPropValue *one);

/* Stores single value one as element i of array, an array of t's
 * elements (the GUID of PT_CLSID copied, other pointers shared). */
void proptype_mv_put(void *array, const struct proptype *t, ULONG i,
		     const SPropValue *one);

/* ---------------------------------------------------------------------------
 * Whole values
 */

/*
 * The bytes of a value's data as UlPropSize measures them: a FIXED value
 * or a GUID its size, strings with their terminators, binaries their cb,
 * multi-valued values the sum of their elements (cValues times the size
 * for fixed-size elements, without reading the array), PT_SVREID as a
 * binary; NULL pointers count 0, and so do EMPTY and unknown types.
 */
uint64_t proptype_value_size(const SPropValue *v);

/*
 * Whether every pointer the value needs is there: strings and GUIDs not
 * NULL, binaries with data when cb is not 0, multi-valued arrays when
 * cValues is not 0, and their string and binary elements likewise.  Any
 * bit pattern of a FIXED value passes; so does any unknown type.
 */
bool proptype_pointers_ok(const SPropValue *v);

#endif
