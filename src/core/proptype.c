/*
 * proptype.c - the table of MAPI property types (proptype.h) and the
 * functions that walk a value by its type's shape: multi-valued elements,
 * a value's data size, and the check of its pointers.
 */
#include "proptype.h"

#include <string.h>

#include "ustring.h"

#define EMPTY(pt, fl)                                                          \
	{                                                                      \
		pt, #pt, NULL, PROPTYPE_EMPTY, (fl), 0, 0                      \
	}
/* A type held in the SPropValue, as C type T. */
#define FIXED(pt, mv, T, fl)                                                   \
	{                                                                      \
		pt, #pt, mv, PROPTYPE_FIXED, (fl), sizeof(T), _Alignof(T)      \
	}
#define POINTER(pt, mv, form, T, fl)                                           \
	{                                                                      \
		pt, #pt, mv, form, (fl), sizeof(T), _Alignof(T)                \
	}

#define TAG PROPTYPE_TAG
#define MV  PROPTYPE_MV
#define CMP PROPTYPE_CMP

const struct proptype proptype_table[] = {
    EMPTY(PT_UNSPECIFIED, TAG),
    EMPTY(PT_NULL, TAG),
    FIXED(PT_I2, "PT_MV_I2", short, TAG | MV | CMP),
    FIXED(PT_LONG, "PT_MV_LONG", LONG, TAG | MV | CMP),
    FIXED(PT_R4, "PT_MV_R4", float, TAG | MV | CMP),
    FIXED(PT_DOUBLE, "PT_MV_DOUBLE", double, TAG | MV | CMP),
    FIXED(PT_CURRENCY, "PT_MV_CURRENCY", CURRENCY, TAG | MV | CMP),
    FIXED(PT_APPTIME, "PT_MV_APPTIME", double, TAG | MV | CMP),
    FIXED(PT_ERROR, NULL, SCODE, TAG | CMP),
    FIXED(PT_BOOLEAN, NULL, unsigned short, TAG | CMP),
    EMPTY(PT_OBJECT, TAG),
    FIXED(PT_I8, "PT_MV_I8", LARGE_INTEGER, TAG | MV | CMP),
    POINTER(PT_STRING8, "PT_MV_STRING8", PROPTYPE_STRING8, LPSTR,
	    TAG | MV | CMP),
    POINTER(PT_UNICODE, "PT_MV_UNICODE", PROPTYPE_UNICODE, LPWSTR,
	    TAG | MV | CMP),
    FIXED(PT_SYSTIME, "PT_MV_SYSTIME", FILETIME, TAG | MV | CMP),
    POINTER(PT_CLSID, "PT_MV_CLSID", PROPTYPE_GUID, GUID, TAG | MV | CMP),
    POINTER(PT_SVREID, NULL, PROPTYPE_BINARY, SBinary, 0),
    EMPTY(PT_SRESTRICTION, 0),
    EMPTY(PT_ACTIONS, 0),
    POINTER(PT_BINARY, "PT_MV_BINARY", PROPTYPE_BINARY, SBinary,
	    TAG | MV | CMP),
};

/* 1 + the entry's position, by base type; 0: not a type. */
const uint8_t proptype_index[PROPTYPE_BASE_MAX] = {
    [PT_UNSPECIFIED] = 1, [PT_NULL] = 2,     [PT_I2] = 3,
    [PT_LONG] = 4,        [PT_R4] = 5,       [PT_DOUBLE] = 6,
    [PT_CURRENCY] = 7,    [PT_APPTIME] = 8,  [PT_ERROR] = 9,
    [PT_BOOLEAN] = 10,    [PT_OBJECT] = 11,  [PT_I8] = 12,
    [PT_STRING8] = 13,    [PT_UNICODE] = 14, [PT_SYSTIME] = 15,
    [PT_CLSID] = 16,      [PT_SVREID] = 17,  [PT_SRESTRICTION] = 18,
    [PT_ACTIONS] = 19,    [PT_BINARY] = 20,
};

_Static_assert(sizeof(proptype_table) / sizeof(proptype_table[0]) == 20,
	       "proptype_index covers the table");

const char *proptype_name(ULONG type)
{
	const struct proptype *t = proptype_find(type);

	if (t == NULL)
		return NULL;
	return (type & MV_FLAG) ? t->mv_name : t->name;
}

bool proptype_storable(ULONG type)
{
	const struct proptype *t = proptype_find(type);

	if (t == NULL || type == PT_UNSPECIFIED || type == PT_OBJECT)
		return false;
	return t->form != PROPTYPE_EMPTY || type == PT_NULL;
}

void proptype_mv_get(const SPropValue *v, const struct proptype *t, ULONG i,
		     SPropValue *one)
{
	const char *elem = (const char *)proptype_mv_array(v) + i * t->size;

	memset(one, 0, sizeof(*one));
	one->ulPropTag = CHANGE_PROP_TYPE(v->ulPropTag, t->type);
	/* Every single value but the GUID pointer is the element itself,
	 * at the start of the union. */
	if (t->form == PROPTYPE_GUID)
		one->Value.lpguid = (LPGUID)elem;
	else
		memcpy(&one->Value, elem, t->size);
}

void proptype_mv_put(void *array, const struct proptype *t, ULONG i,
		     const SPropValue *one)
{
	char *elem = (char *)array + i * t->size;

	if (t->form == PROPTYPE_GUID)
		memcpy(elem, one->Value.lpguid, sizeof(GUID));
	else
		memcpy(elem, &one->Value, t->size);
}

/* Bytes of the data of a single value of t held in v's union. */
static uint64_t single_size(const struct proptype *t, const union _PV *pv)
{
	switch (t->form) {
	case PROPTYPE_FIXED:
	case PROPTYPE_GUID:
		return t->size;
	case PROPTYPE_STRING8:
		return pv->lpszA != NULL ? strlen(pv->lpszA) + 1 : 0;
	case PROPTYPE_UNICODE:
		return pv->lpszW != NULL
			   ? ((uint64_t)ustr_wlen(pv->lpszW) + 1) *
				 sizeof(WCHAR)
			   : 0;
	case PROPTYPE_BINARY:
		return pv->bin.cb;
	default:
		return 0;
	}
}

uint64_t proptype_value_size(const SPropValue *v)
{
	const struct proptype *t = proptype_find(PROP_TYPE(v->ulPropTag));
	const void *array;
	uint64_t size = 0;
	ULONG i, n;

	if (t == NULL)
		return 0;
	if (!(PROP_TYPE(v->ulPropTag) & MV_FLAG))
		return single_size(t, &v->Value);
	/* Fixed-size elements are counted, not read (as native does). */
	if (t->form == PROPTYPE_FIXED || t->form == PROPTYPE_GUID)
		return (uint64_t)proptype_mv_count(v) * t->size;
	array = proptype_mv_array(v);
	n = array != NULL ? proptype_mv_count(v) : 0;
	for (i = 0; i < n; i++) {
		SPropValue one;

		proptype_mv_get(v, t, i, &one);
		size += single_size(t, &one.Value);
	}
	return size;
}

/* Whether the data pointer of a single value of t held in pv is there. */
static bool single_ok(const struct proptype *t, const union _PV *pv)
{
	switch (t->form) {
	case PROPTYPE_GUID:
		return pv->lpguid != NULL;
	case PROPTYPE_STRING8:
		return pv->lpszA != NULL;
	case PROPTYPE_UNICODE:
		return pv->lpszW != NULL;
	case PROPTYPE_BINARY:
		return pv->bin.cb == 0 || pv->bin.lpb != NULL;
	default:
		return true;
	}
}

bool proptype_pointers_ok(const SPropValue *v)
{
	const struct proptype *t = proptype_find(PROP_TYPE(v->ulPropTag));
	const void *array;
	ULONG i, n;

	if (t == NULL)
		return true;
	if (!(PROP_TYPE(v->ulPropTag) & MV_FLAG))
		return single_ok(t, &v->Value);
	array = proptype_mv_array(v);
	n = proptype_mv_count(v);
	if (n == 0)
		return true;
	if (array == NULL)
		return false;
	if (t->form == PROPTYPE_FIXED || t->form == PROPTYPE_GUID)
		return true;
	for (i = 0; i < n; i++) {
		SPropValue one;

		proptype_mv_get(v, t, i, &one);
		if (!single_ok(t, &one.Value))
			return false;
	}
	return true;
}
