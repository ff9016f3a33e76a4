/*
 * proputil.c - mapiutil.h's property value utilities: copying values
 * (PropCopyMore, ScCountProps, ScCopyProps, ScRelocProps, ScDupPropset),
 * measuring, finding and comparing them, freeing row sets and address
 * lists, and the one-call helpers over IMAPIProp and IMAPITable
 * (HrGetOneProp, HrSetOneProp, FPropExists, HrQueryAllRows).
 *
 * Every function that copies a value places the data through one walker,
 * layout_value(), so the byte count ScCountProps reports is exactly what
 * ScCopyProps writes, ScRelocProps walks and PropCopyMore allocates.  The
 * layout of a copied value is: the SPropValue array (for the Sc* functions),
 * then, value by value, the data each one points to, each piece aligned for
 * its own type.  For multi-valued strings and binaries the pointer (or
 * SBinary) array comes first, then the elements.  This gives the same byte
 * counts as native Windows in its conformance tests (for example one
 * PT_STRING8 "Hi!" needs sizeof(SPropValue) + 4) while every datum stays
 * properly aligned for its type.
 *
 * Value comparisons go through propcmp.h and string matching through
 * ustring.h, so restrictions, sorting and these functions agree.
 */
#include <mapiutil.h>

#include <errno.h>
#include <stdbool.h>
#include <stdint.h>
#include <string.h>

#include "alloc.h"
#include "array.h"
#include "propcmp.h"
#include "proptype.h"
#include "ustring.h"

/* Rows asked for per IMAPITable::QueryRows call in HrQueryAllRows. */
#define QUERY_ALL_BATCH 256

/* ======================= Laying out copied values ======================= */

/*
 * Where the data of copied values goes.  With base NULL the walker only
 * measures; otherwise it copies to base + off.  Offsets are relative to a
 * base that is at least 8-byte aligned (MAPI buffers are 16).
 */
struct layout {
	unsigned char *base;
	size_t off;
	/* A needed pointer that is NULL counts as empty data instead of
	 * failing; ScRelocProps measures foreign arrays this way. */
	bool lenient;
	/* The total no longer fits the ULONG byte counts of the API. */
	bool overflow;
};

static void *layout_take(struct layout *lay, size_t size, size_t align)
{
	void *p;

	lay->off = (lay->off + align - 1) & ~(align - 1);
	if (lay->off > UINT32_MAX || size > UINT32_MAX - lay->off) {
		/* Only a measuring pass can get here: copying follows a
		 * successful measure of the same values. */
		lay->overflow = true;
		lay->off = UINT32_MAX;
		return NULL;
	}
	p = lay->base != NULL ? lay->base + lay->off : NULL;
	lay->off += size;
	return p;
}

/*
 * Places a copy of n elements of elem bytes from src.  *dst_r is the copy,
 * or NULL when measuring or when n is 0.
 */
static int layout_array(struct layout *lay, const void *src, size_t n,
			size_t elem, size_t align, void **dst_r)
{
	*dst_r = NULL;
	if (n == 0)
		return 0;
	if (src == NULL)
		return lay->lenient ? 0 : -EINVAL;
	*dst_r = layout_take(lay, n * elem, align);
	if (*dst_r != NULL)
		memcpy(*dst_r, src, n * elem);
	return 0;
}

static int layout_string8(struct layout *lay, const char *s, void **dst_r)
{
	*dst_r = NULL;
	if (s == NULL)
		return lay->lenient ? 0 : -EINVAL;
	return layout_array(lay, s, strlen(s) + 1, 1, 1, dst_r);
}

static int layout_unicode(struct layout *lay, const WCHAR *s, void **dst_r)
{
	*dst_r = NULL;
	if (s == NULL)
		return lay->lenient ? 0 : -EINVAL;
	return layout_array(lay, s, ustr_wlen(s) + 1, sizeof(WCHAR),
			    _Alignof(WCHAR), dst_r);
}

/*
 * Lays out an array of n string pointers and the strings they point to;
 * wide selects UTF-16 (PT_MV_UNICODE) over 8-bit (PT_MV_STRING8) strings.
 * The two MV string types have the same shape: a count and a pointer to
 * pointers.
 */
static int layout_mv_strings(struct layout *lay, void *const *in, ULONG n,
			     bool wide, void ***arr_r)
{
	void **arr;
	ULONG i;
	void *p;

	*arr_r = NULL;
	if (n == 0)
		return 0;
	if (in == NULL)
		return lay->lenient ? 0 : -EINVAL;
	arr = layout_take(lay, n * sizeof(*arr), _Alignof(void *));
	for (i = 0; i < n; i++) {
		int ret = wide ? layout_unicode(lay, in[i], &p)
			       : layout_string8(lay, in[i], &p);

		if (ret < 0)
			return -EINVAL;
		if (arr != NULL)
			arr[i] = p;
	}
	*arr_r = arr;
	return 0;
}

static int layout_mv_binary(struct layout *lay, const SPropValue *src,
			    SPropValue *out)
{
	SBinary *in = src->Value.MVbin.lpbin, *arr;
	ULONG i, n = src->Value.MVbin.cValues;
	void *p;

	out->Value.MVbin.lpbin = NULL;
	if (n == 0)
		return 0;
	if (in == NULL)
		return lay->lenient ? 0 : -EINVAL;
	arr = layout_take(lay, n * sizeof(*arr), _Alignof(SBinary));
	for (i = 0; i < n; i++) {
		if (layout_array(lay, in[i].lpb, in[i].cb, 1, 1, &p) < 0)
			return -EINVAL;
		if (arr != NULL) {
			arr[i].cb = in[i].cb;
			arr[i].lpb = p;
		}
	}
	out->Value.MVbin.lpbin = arr;
	return 0;
}

/*
 * The property types whose values can be copied: every type FBadPropTag
 * accepts but PT_UNSPECIFIED, and the multi-valued forms that have an
 * array type.  MV_INSTANCE tags and MV_FLAG forms without an array type
 * (PT_ERROR, PT_BOOLEAN, ...) are not values.
 */
static const struct proptype *type_copyable(ULONG type)
{
	const struct proptype *t = proptype_find(type);

	if (t == NULL || !(t->flags & PROPTYPE_TAG) || type == PT_UNSPECIFIED)
		return NULL;
	return t;
}

/*
 * Places the data src points to and, when copying, points out (a copy of
 * *src made by the caller) at the copied data.  Returns 0, or -EINVAL for
 * an unknown type or a NULL pointer where data is needed (unless lenient).
 */
static int layout_value(struct layout *lay, const SPropValue *src,
			SPropValue *out)
{
	ULONG type = PROP_TYPE(src->ulPropTag);
	const struct proptype *t = type_copyable(type);
	void *p;
	int ret;

	if (t == NULL)
		return -EINVAL;
	if (type & MV_FLAG) {
		switch (t->form) {
		case PROPTYPE_STRING8:
		case PROPTYPE_UNICODE:
			return layout_mv_strings(
			    lay, (void *const *)proptype_mv_array(src),
			    proptype_mv_count(src), t->form == PROPTYPE_UNICODE,
			    (void ***)&out->Value.MVszA.lppszA);
		case PROPTYPE_BINARY:
			return layout_mv_binary(lay, src, out);
		default:
			ret = layout_array(lay, proptype_mv_array(src),
					   proptype_mv_count(src), t->size,
					   t->align, &p);
			proptype_mv_set_array(out, p);
			return ret;
		}
	}
	switch (t->form) {
	case PROPTYPE_GUID:
		ret = layout_array(lay, src->Value.lpguid, 1, t->size, t->align,
				   &p);
		out->Value.lpguid = p;
		return ret;
	case PROPTYPE_STRING8:
		ret = layout_string8(lay, src->Value.lpszA, &p);
		out->Value.lpszA = p;
		return ret;
	case PROPTYPE_UNICODE:
		ret = layout_unicode(lay, src->Value.lpszW, &p);
		out->Value.lpszW = p;
		return ret;
	case PROPTYPE_BINARY:
		ret = layout_array(lay, src->Value.bin.lpb, src->Value.bin.cb,
				   1, 1, &p);
		out->Value.bin.lpb = p;
		return ret;
	default:
		/* Scalars live in the SPropValue itself. */
		return 0;
	}
}

/* Measures (base NULL) or copies an array of values laid out from base. */
static int layout_props(struct layout *lay, int cValues, const SPropValue *src,
			SPropValue *dst)
{
	SPropValue scratch;
	int i;

	lay->off = (size_t)cValues * sizeof(SPropValue);
	if (lay->off > UINT32_MAX)
		lay->overflow = true;
	for (i = 0; i < cValues; i++) {
		SPropValue *out = dst != NULL ? &dst[i] : &scratch;

		*out = src[i];
		if (layout_value(lay, &src[i], out) < 0)
			return -EINVAL;
	}
	return 0;
}

/*
 * PropCopyMore
 *
 * Copies one property value, with everything it points to, into memory
 * linked to a MAPI buffer.
 *
 * PARAMS
 *  lpSPropValueDest [O] receives the copy
 *  lpSPropValueSrc  [I] the value to copy
 *  lpfAllocMore     [I] allocator, normally MAPIAllocateMore
 *  lpvObject        [I] the buffer the copied data is linked to
 *
 * RETURNS
 *  S_OK, MAPI_E_INVALID_PARAMETER (a NULL argument, a type that is not a
 *  value type, or a pointer the value needs is NULL), or the allocator's
 *  failure (MAPI_E_NOT_ENOUGH_MEMORY).
 *
 * NOTES
 *  The destination is written only on success.  All the pointed-to data of
 *  the value goes into one block from lpfAllocMore, so freeing lpvObject
 *  frees the copy; scalar values (PT_NULL, PT_ERROR, PT_OBJECT included)
 *  allocate nothing.  Source and destination may be the same value.
 *  Windows documents MAPI_E_CALL_FAILED for failures; in practice, and
 *  here, a bad value gives MAPI_E_INVALID_PARAMETER.
 */
STDAPI_(SCODE)
PropCopyMore(LPSPropValue lpSPropValueDest, LPSPropValue lpSPropValueSrc,
	     ALLOCATEMORE *lpfAllocMore, LPVOID lpvObject)
{
	struct layout lay = {0};
	SPropValue copy;
	void *block = NULL;
	SCODE sc;

	if (lpSPropValueDest == NULL || lpSPropValueSrc == NULL ||
	    lpfAllocMore == NULL)
		return MAPI_E_INVALID_PARAMETER;

	copy = *lpSPropValueSrc;
	if (layout_value(&lay, lpSPropValueSrc, &copy) < 0)
		return MAPI_E_INVALID_PARAMETER;
	if (lay.overflow)
		return MAPI_E_NOT_ENOUGH_MEMORY;
	if (lay.off > 0) {
		sc = lpfAllocMore((ULONG)lay.off, lpvObject, &block);
		if (FAILED(sc))
			return sc;
		if (block == NULL)
			return MAPI_E_NOT_ENOUGH_MEMORY;
		lay = (struct layout){.base = block};
		copy = *lpSPropValueSrc;
		layout_value(&lay, lpSPropValueSrc, &copy);
	}
	*lpSPropValueDest = copy;
	return S_OK;
}

/*
 * ScCountProps
 *
 * Computes how many bytes ScCopyProps needs to copy a property array.
 *
 * PARAMS
 *  cValues     [I] number of values
 *  lpPropArray [I] the values
 *  lpcb        [O] optional; receives the byte count
 *
 * RETURNS
 *  S_OK, or MAPI_E_INVALID_PARAMETER for a negative count, a NULL array,
 *  a value of a type that cannot be copied, a NULL pointer where a value
 *  needs data, or a total above 4 GiB.  *lpcb is left untouched on error,
 *  as on Windows.
 *
 * NOTES
 *  The count is the SPropValue array plus all pointed-to data, each piece
 *  aligned for its type (see the layout notes at the top of this file); it
 *  matches native byte counts for the cases Windows was tested with.
 *  Native rejects PT_NULL and PT_MV_CLSID values here; mapix copies both
 *  (PT_NULL is a scalar PropCopyMore accepts, and PT_MV_CLSID is a plain
 *  array of GUIDs).  With lpcb NULL the call just validates the array.
 */
STDAPI_(SCODE) ScCountProps(int cValues, LPSPropValue lpPropArray, ULONG *lpcb)
{
	struct layout lay = {0};

	if (cValues < 0 || (cValues > 0 && lpPropArray == NULL))
		return MAPI_E_INVALID_PARAMETER;
	if (layout_props(&lay, cValues, lpPropArray, NULL) < 0 || lay.overflow)
		return MAPI_E_INVALID_PARAMETER;
	if (lpcb != NULL)
		*lpcb = (ULONG)lay.off;
	return S_OK;
}

/*
 * ScCopyProps
 *
 * Copies a property array and all its data into one caller-supplied block.
 *
 * PARAMS
 *  cValues     [I] number of values
 *  lpPropArray [I] the values
 *  lpvDst      [O] the block; it must hold ScCountProps bytes and be
 *                  aligned for SPropValue (8 bytes)
 *  lpcb        [O] optional; receives the number of bytes written
 *
 * RETURNS
 *  S_OK, or MAPI_E_INVALID_PARAMETER for what ScCountProps rejects, a NULL
 *  or misaligned lpvDst.  Nothing is written on error.
 *
 * NOTES
 *  The copied SPropValue array starts at lpvDst and every pointer in it
 *  points into the block, so the block can be moved with ScRelocProps.
 *  The source must not overlap the block.
 */
STDAPI_(SCODE)
ScCopyProps(int cValues, LPSPropValue lpPropArray, LPVOID lpvDst, ULONG *lpcb)
{
	struct layout lay = {0};
	SCODE sc;

	if (lpvDst == NULL || (uintptr_t)lpvDst % _Alignof(SPropValue) != 0)
		return MAPI_E_INVALID_PARAMETER;
	sc = ScCountProps(cValues, lpPropArray, NULL);
	if (FAILED(sc))
		return sc;

	lay.base = lpvDst;
	layout_props(&lay, cValues, lpPropArray, lpvDst);
	if (lpcb != NULL)
		*lpcb = (ULONG)lay.off;
	return S_OK;
}

/* Moves one pointer from the old base to the new one; NULL stays NULL. */
static void *reloc_ptr(const void *p, uintptr_t base_old, uintptr_t base_new)
{
	if (p == NULL)
		return NULL;
	return (void *)((uintptr_t)p - base_old + base_new);
}

/*
 * Relocates the pointers of one value.  Arrays of pointers (MV strings and
 * binaries) are read and fixed where the data physically is: at the new
 * base when at_new, else at the old one.
 */
static void reloc_value(SPropValue *v, uintptr_t o, uintptr_t n, bool at_new)
{
	ULONG type = PROP_TYPE(v->ulPropTag), i, count;
	const struct proptype *t = proptype_find(type);
	void *arr_old, *arr_new;
	char *arr;

	if (t == NULL)
		return;
	if (!(type & MV_FLAG)) {
		switch (t->form) {
		case PROPTYPE_GUID:
			v->Value.lpguid = reloc_ptr(v->Value.lpguid, o, n);
			break;
		case PROPTYPE_STRING8:
			v->Value.lpszA = reloc_ptr(v->Value.lpszA, o, n);
			break;
		case PROPTYPE_UNICODE:
			v->Value.lpszW = reloc_ptr(v->Value.lpszW, o, n);
			break;
		case PROPTYPE_BINARY:
			v->Value.bin.lpb = reloc_ptr(v->Value.bin.lpb, o, n);
			break;
		default:
			break;
		}
		return;
	}
	arr_old = proptype_mv_array(v);
	arr_new = reloc_ptr(arr_old, o, n);
	arr = at_new ? arr_new : arr_old;
	count = arr != NULL ? proptype_mv_count(v) : 0;
	/* Elements that point further: the strings and the binaries. */
	for (i = 0; i < count; i++) {
		void **p = (void **)(arr + i * t->size);

		switch (t->form) {
		case PROPTYPE_STRING8:
		case PROPTYPE_UNICODE:
			*p = reloc_ptr(*p, o, n);
			break;
		case PROPTYPE_BINARY:
			((SBinary *)p)->lpb =
			    reloc_ptr(((SBinary *)p)->lpb, o, n);
			break;
		default:
			break;
		}
	}
	proptype_mv_set_array(v, arr_new);
}

/*
 * ScRelocProps
 *
 * Adjusts the pointers of a property array copied by ScCopyProps after the
 * block was moved (or before it is written out, with a base of 0).
 *
 * PARAMS
 *  cValues     [I]   number of values
 *  lpPropArray [I/O] the array whose pointers are adjusted
 *  lpvBaseOld  [I]   the base the pointers are relative to now
 *  lpvBaseNew  [I]   the base they should be relative to
 *  lpcb        [O]   optional; receives the size of the block in bytes
 *
 * RETURNS
 *  S_OK, or MAPI_E_INVALID_PARAMETER for a negative count, a NULL array or
 *  a value whose type cannot be copied; the array is untouched then.
 *
 * NOTES
 *  Either base may be NULL, which is what the documented "write to disk
 *  with a base of 0, read back and relocate from 0" use needs; NULL
 *  pointers stay NULL.  The data is read where it physically is: at
 *  lpvBaseOld when lpPropArray is lpvBaseOld (the block has not moved yet),
 *  otherwise at lpvBaseNew - like native, which assumes a moved block
 *  whose old copy may already be gone.  *lpcb is the correct size,
 *  pointer arrays included; native undercounts multi-valued strings here.
 */
STDAPI_(SCODE)
ScRelocProps(int cValues, LPSPropValue lpPropArray, LPVOID lpvBaseOld,
	     LPVOID lpvBaseNew, ULONG *lpcb)
{
	struct layout lay = {.lenient = true};
	bool at_new = (void *)lpPropArray != lpvBaseOld;
	uintptr_t o = (uintptr_t)lpvBaseOld, n = (uintptr_t)lpvBaseNew;
	SPropValue scratch;
	int i;

	if (cValues < 0 || (cValues > 0 && lpPropArray == NULL))
		return MAPI_E_INVALID_PARAMETER;
	for (i = 0; i < cValues; i++) {
		if (type_copyable(PROP_TYPE(lpPropArray[i].ulPropTag)) == NULL)
			return MAPI_E_INVALID_PARAMETER;
	}

	lay.off = (size_t)cValues * sizeof(SPropValue);
	for (i = 0; i < cValues; i++) {
		SPropValue *v = &lpPropArray[i];

		/* Measure while the pointers are usable where the data is. */
		scratch = *v;
		if (!at_new)
			layout_value(&lay, v, &scratch);
		reloc_value(v, o, n, at_new);
		scratch = *v;
		if (at_new)
			layout_value(&lay, v, &scratch);
	}
	if (lpcb != NULL)
		*lpcb = lay.off > UINT32_MAX ? UINT32_MAX : (ULONG)lay.off;
	return S_OK;
}

/*
 * ScDupPropset
 *
 * Duplicates a property array into one new buffer.
 *
 * PARAMS
 *  cValues          [I] number of values
 *  lpPropArray      [I] the values
 *  lpAllocateBuffer [I] allocator, normally MAPIAllocateBuffer
 *  lppPropArray     [O] receives the copy, to be freed with the matching
 *                       free function (MAPIFreeBuffer)
 *
 * RETURNS
 *  S_OK, MAPI_E_INVALID_PARAMETER (NULL arguments or what ScCountProps
 *  rejects), or the allocator's failure (MAPI_E_NOT_ENOUGH_MEMORY).
 *  *lppPropArray is set only on success.
 *
 * NOTES
 *  The buffer the allocator returns must be aligned for SPropValue, as
 *  MAPIAllocateBuffer's are.
 */
STDAPI_(SCODE)
ScDupPropset(int cValues, LPSPropValue lpPropArray,
	     LPALLOCATEBUFFER lpAllocateBuffer, LPSPropValue *lppPropArray)
{
	struct layout lay = {0};
	void *buf = NULL;
	ULONG cb;
	SCODE sc;

	if (lpAllocateBuffer == NULL || lppPropArray == NULL)
		return MAPI_E_INVALID_PARAMETER;
	sc = ScCountProps(cValues, lpPropArray, &cb);
	if (FAILED(sc))
		return sc;
	sc = lpAllocateBuffer(cb, &buf);
	if (FAILED(sc))
		return sc;
	if (buf == NULL)
		return MAPI_E_NOT_ENOUGH_MEMORY;

	lay.base = buf;
	layout_props(&lay, cValues, lpPropArray, buf);
	*lppPropArray = buf;
	return S_OK;
}

/* ========================= Measuring and finding ========================= */

/*
 * UlPropSize
 *
 * Returns the size of a property value's data.
 *
 * PARAMS
 *  lpSPropValue [I] the value
 *
 * RETURNS
 *  The size in bytes of the value itself, not counting the SPropValue:
 *  PT_I2 2, PT_LONG 4, PT_R4 4, PT_DOUBLE 8, PT_CURRENCY 8, PT_APPTIME 8,
 *  PT_ERROR 4, PT_BOOLEAN 2, PT_I8 8, PT_SYSTIME 8, PT_CLSID 16; strings
 *  with their terminating NUL (PT_UNICODE in bytes, 2 per UTF-16 unit);
 *  PT_BINARY its cb; multi-valued values the sum of their elements' sizes
 *  (pointer arrays not counted).  0 for PT_OBJECT, PT_NULL, unknown
 *  types and a NULL argument.
 *
 * NOTES
 *  The Windows page lists S_OK and MAPI_E_CALL_FAILED as return values,
 *  which cannot be right for a size; this returns the size.  Native gives
 *  0 for PT_MV_CLSID, apparently a bug; mapix returns cValues * 16, the
 *  documented meaning.  NULL strings count as 0 bytes.  Sizes above
 *  4 GiB saturate at UINT32_MAX.
 */
STDAPI_(ULONG) UlPropSize(LPSPropValue lpSPropValue)
{
	uint64_t size;

	/* Types FBadPropTag refuses (PT_SVREID) have no size here. */
	if (lpSPropValue == NULL || FBadPropTag(lpSPropValue->ulPropTag))
		return 0;
	size = proptype_value_size(lpSPropValue);
	return size > UINT32_MAX ? UINT32_MAX : (ULONG)size;
}

/*
 * PpropFindProp
 *
 * Finds a property in an array by tag.
 *
 * PARAMS
 *  lpPropArray [I] the values
 *  cValues     [I] how many there are
 *  ulPropTag   [I] the tag to look for
 *
 * RETURNS
 *  The first value with that tag, or NULL.
 *
 * NOTES
 *  When the tag's type is PT_UNSPECIFIED only the property ID has to
 *  match, whatever the value's type; otherwise the whole tag must.
 */
STDAPI_(LPSPropValue)
PpropFindProp(LPSPropValue lpPropArray, ULONG cValues, ULONG ulPropTag)
{
	bool any_type = PROP_TYPE(ulPropTag) == PT_UNSPECIFIED;
	ULONG i;

	if (lpPropArray == NULL)
		return NULL;
	for (i = 0; i < cValues; i++) {
		ULONG tag = lpPropArray[i].ulPropTag;

		if (tag == ulPropTag ||
		    (any_type && PROP_ID(tag) == PROP_ID(ulPropTag)))
			return &lpPropArray[i];
	}
	return NULL;
}

/*
 * LpValFindProp
 *
 * Finds a property in an array by property ID.
 *
 * PARAMS
 *  ulPropTag   [I] a tag whose ID is looked for; its type is ignored
 *  cValues     [I] how many values there are
 *  lpPropArray [I] the values
 *
 * RETURNS
 *  The first value with that property ID, or NULL.
 *
 * NOTES
 *  Note the argument order differs from PpropFindProp's.
 */
STDAPI_(LPSPropValue)
LpValFindProp(ULONG ulPropTag, ULONG cValues, LPSPropValue lpPropArray)
{
	ULONG i;

	if (lpPropArray == NULL)
		return NULL;
	for (i = 0; i < cValues; i++) {
		if (PROP_ID(lpPropArray[i].ulPropTag) == PROP_ID(ulPropTag))
			return &lpPropArray[i];
	}
	return NULL;
}

/*
 * FEqualNames
 *
 * Tells whether two named-property names are the same.
 *
 * PARAMS
 *  lpName1 [I] first name
 *  lpName2 [I] second name
 *
 * RETURNS
 *  TRUE when both have equal property-set GUIDs (compared by value) and
 *  the same kind, and the same numeric ID (MNID_ID) or the same string
 *  (MNID_STRING, case-sensitive as documented).  FALSE otherwise, and when
 *  either is NULL or of an unknown kind.
 */
STDAPI_(BOOL) FEqualNames(LPMAPINAMEID lpName1, LPMAPINAMEID lpName2)
{
	const WCHAR *a, *b;

	if (lpName1 == NULL || lpName2 == NULL)
		return FALSE;
	if (lpName1->ulKind != lpName2->ulKind)
		return FALSE;
	if (lpName1->lpguid != lpName2->lpguid &&
	    (lpName1->lpguid == NULL || lpName2->lpguid == NULL ||
	     memcmp(lpName1->lpguid, lpName2->lpguid, sizeof(GUID)) != 0))
		return FALSE;

	switch (lpName1->ulKind) {
	case MNID_ID:
		return lpName1->Kind.lID == lpName2->Kind.lID;
	case MNID_STRING:
		a = lpName1->Kind.lpwstrName;
		b = lpName2->Kind.lpwstrName;
		if (a == NULL || b == NULL)
			return FALSE;
		while (*a != 0 && *a == *b) {
			a++;
			b++;
		}
		return *a == *b;
	default:
		return FALSE;
	}
}

/* ============================== Comparing ============================== */

/* -1, 0 or 1 for two unsigned values. */
static LONG order_ul(ULONG a, ULONG b)
{
	return a < b ? -1 : a > b;
}

/*
 * FPropCompareProp
 *
 * Evaluates "value1 relop value2".
 *
 * PARAMS
 *  lpSPropValue1 [I] left value
 *  ulRelOp       [I] RELOP_LT, RELOP_LE, RELOP_GT, RELOP_GE, RELOP_EQ or
 *                    RELOP_NE
 *  lpSPropValue2 [I] right value
 *
 * RETURNS
 *  TRUE when the relation holds.  FALSE when it does not, when the
 *  property types differ (as documented), for RELOP_RE or an unknown
 *  relop, NULL arguments, or types that cannot be compared.
 *
 * NOTES
 *  The ordering is propcmp.h's, shared with restrictions and sorting:
 *  numbers numerically, strings by code point (case-sensitive), binaries
 *  by length then bytes.  Booleans compare by truth value, so any two
 *  nonzero values are equal (Windows: "only equality is meaningful").
 */
STDAPI_(BOOL)
FPropCompareProp(LPSPropValue lpSPropValue1, ULONG ulRelOp,
		 LPSPropValue lpSPropValue2)
{
	if (lpSPropValue1 == NULL || lpSPropValue2 == NULL ||
	    ulRelOp > RELOP_NE)
		return FALSE;
	if (PROP_TYPE(lpSPropValue1->ulPropTag) !=
	    PROP_TYPE(lpSPropValue2->ulPropTag))
		return FALSE;
	return propcmp_relop(lpSPropValue1, ulRelOp, lpSPropValue2, 0) == 1;
}

/*
 * LPropCompareProp
 *
 * Orders two property values.
 *
 * PARAMS
 *  lpSPropValueA [I] first value
 *  lpSPropValueB [I] second value
 *
 * RETURNS
 *  -1, 0 or 1 as A is less than, equal to or greater than B.
 *
 * NOTES
 *  Windows documents this for values of the same type only, and for types
 *  without an order (booleans, errors) a nonzero value that is "undefined
 *  but consistent" when they differ.  mapix always returns a consistent,
 *  antisymmetric answer: values of different types order by type, values
 *  that cannot be compared (PT_NULL, PT_OBJECT, ...) by their scalar
 *  member, booleans by truth value (any nonzero is TRUE).  A NULL argument
 *  orders before any value.
 */
STDAPI_(LONG)
LPropCompareProp(LPSPropValue lpSPropValueA, LPSPropValue lpSPropValueB)
{
	const SPropValue *a = lpSPropValueA, *b = lpSPropValueB;
	ULONG type_a, type_b;
	int cmp;

	if (a == NULL || b == NULL)
		return order_ul(a != NULL, b != NULL);
	type_a = PROP_TYPE(a->ulPropTag);
	type_b = PROP_TYPE(b->ulPropTag);
	if (type_a != type_b)
		return order_ul(type_a, type_b);

	if (propcmp_values(a, b, 0, &cmp) == 0)
		return cmp < 0 ? -1 : cmp > 0;
	/* Not comparable (or out of memory): still give a stable order. */
	return order_ul((ULONG)a->Value.l, (ULONG)b->Value.l);
}

/* Bytewise containment for PT_BINARY: no case folding, ever. */
static bool binary_contains(const SBinary *hay, const SBinary *needle,
			    ULONG level)
{
	ULONG i;

	if ((hay->cb != 0 && hay->lpb == NULL) ||
	    (needle->cb != 0 && needle->lpb == NULL))
		return false;
	if (needle->cb > hay->cb)
		return false;
	if (needle->cb == 0)
		return level != FL_FULLSTRING || hay->cb == 0;

	switch (level) {
	case FL_FULLSTRING:
		return hay->cb == needle->cb &&
		       memcmp(hay->lpb, needle->lpb, hay->cb) == 0;
	case FL_PREFIX:
		return memcmp(hay->lpb, needle->lpb, needle->cb) == 0;
	case FL_SUBSTRING:
		for (i = 0; i + needle->cb <= hay->cb; i++) {
			if (memcmp(hay->lpb + i, needle->lpb, needle->cb) == 0)
				return true;
		}
		return false;
	default:
		return false;
	}
}

/* String containment through ustring.h, for either width. */
static bool string_contains(const void *hay, size_t hay_len, const void *needle,
			    size_t needle_len, bool wide, ULONG fuzzy)
{
	struct ustr h = {.p = hay, .len = hay_len, .wide = wide};
	struct ustr n = {.p = needle, .len = needle_len, .wide = wide};

	return ustr_match_mixed(&h, &n, fuzzy) == 1;
}

/*
 * FPropContainsProp
 *
 * Tells whether one value contains another, as RES_CONTENT does.
 *
 * PARAMS
 *  lpSPropValueDst [I] the value searched in
 *  lpSPropValueSrc [I] the value searched for
 *  ulFuzzyLevel    [I] FL_FULLSTRING, FL_SUBSTRING or FL_PREFIX, plus
 *                      FL_IGNORECASE, FL_IGNORENONSPACE, FL_LOOSE
 *
 * RETURNS
 *  TRUE on a match.  FALSE otherwise, and for NULL arguments, values of
 *  different types, an unknown match level, types other than PT_STRING8,
 *  PT_UNICODE and PT_BINARY, and NULL strings.
 *
 * NOTES
 *  Strings match with Unicode case folding under FL_IGNORECASE (PT_STRING8
 *  is UTF-8 in mapix).  Binaries compare bytewise and the FL_IGNORE* bits
 *  are ignored for them, as on Windows.  Native handles only PT_STRING8
 *  and PT_BINARY; PT_UNICODE is a mapix extension with the string rules.
 *  Out of memory while folding gives FALSE.
 */
STDAPI_(BOOL)
FPropContainsProp(LPSPropValue lpSPropValueDst, LPSPropValue lpSPropValueSrc,
		  ULONG ulFuzzyLevel)
{
	const SPropValue *hay = lpSPropValueDst, *needle = lpSPropValueSrc;
	ULONG level = ulFuzzyLevel & 0xFFFF;

	if (hay == NULL || needle == NULL)
		return FALSE;
	if (PROP_TYPE(hay->ulPropTag) != PROP_TYPE(needle->ulPropTag))
		return FALSE;
	if (level != FL_FULLSTRING && level != FL_SUBSTRING &&
	    level != FL_PREFIX)
		return FALSE;

	switch (PROP_TYPE(hay->ulPropTag)) {
	case PT_STRING8:
		if (hay->Value.lpszA == NULL || needle->Value.lpszA == NULL)
			return FALSE;
		return string_contains(
		    hay->Value.lpszA, strlen(hay->Value.lpszA),
		    needle->Value.lpszA, strlen(needle->Value.lpszA), false,
		    ulFuzzyLevel);
	case PT_UNICODE:
		if (hay->Value.lpszW == NULL || needle->Value.lpszW == NULL)
			return FALSE;
		return string_contains(
		    hay->Value.lpszW, ustr_wlen(hay->Value.lpszW),
		    needle->Value.lpszW, ustr_wlen(needle->Value.lpszW), true,
		    ulFuzzyLevel);
	case PT_BINARY:
		return binary_contains(&hay->Value.bin, &needle->Value.bin,
				       level);
	default:
		return FALSE;
	}
}

/* ====================== Row sets and address lists ====================== */

/*
 * FreeProws
 *
 * Frees a row set from IMAPITable::QueryRows or HrQueryAllRows.
 *
 * PARAMS
 *  lpRows [I] the row set; NULL is allowed
 *
 * RETURNS
 *  Nothing.
 *
 * NOTES
 *  Each row's property array is its own MAPI buffer and is freed with
 *  MAPIFreeBuffer before the row set itself.
 */
STDAPI_(void) FreeProws(LPSRowSet lpRows)
{
	ULONG i;

	if (lpRows == NULL)
		return;
	for (i = 0; i < lpRows->cRows; i++)
		MAPIFreeBuffer(lpRows->aRow[i].lpProps);
	MAPIFreeBuffer(lpRows);
}

/*
 * FreePadrlist
 *
 * Frees an address list.
 *
 * PARAMS
 *  lpAdrlist [I] the address list; NULL is allowed
 *
 * RETURNS
 *  Nothing.
 *
 * NOTES
 *  Like FreeProws: each entry's property array, then the list.
 */
STDAPI_(void) FreePadrlist(LPADRLIST lpAdrlist)
{
	ULONG i;

	if (lpAdrlist == NULL)
		return;
	for (i = 0; i < lpAdrlist->cEntries; i++)
		MAPIFreeBuffer(lpAdrlist->aEntries[i].rgPropVals);
	MAPIFreeBuffer(lpAdrlist);
}

/* ============================ Object helpers ============================ */

/*
 * UlAddRef
 *
 * Calls an object's IUnknown::AddRef.
 *
 * PARAMS
 *  lpunk [I] any object starting with an IUnknown vtable
 *
 * RETURNS
 *  What AddRef returns (the new reference count), or 0 for NULL.
 */
STDAPI_(ULONG) UlAddRef(LPVOID lpunk)
{
	IUnknown *unk = lpunk;

	if (unk == NULL || unk->lpVtbl == NULL)
		return 0;
	return IUnknown_AddRef(unk);
}

/*
 * UlRelease
 *
 * Calls an object's IUnknown::Release.
 *
 * PARAMS
 *  lpunk [I] any object starting with an IUnknown vtable
 *
 * RETURNS
 *  What Release returns (the remaining reference count), or 0 for NULL.
 */
STDAPI_(ULONG) UlRelease(LPVOID lpunk)
{
	IUnknown *unk = lpunk;

	if (unk == NULL || unk->lpVtbl == NULL)
		return 0;
	return IUnknown_Release(unk);
}

/*
 * HrGetOneProp
 *
 * Reads one property of an object.
 *
 * PARAMS
 *  lpMapiProp [I] the object
 *  ulPropTag  [I] the property; PT_UNSPECIFIED reads it in its own type
 *  lppProp    [O] receives the value, to be freed with MAPIFreeBuffer
 *
 * RETURNS
 *  S_OK, MAPI_E_NOT_FOUND when the object returned the property as
 *  PT_ERROR, MAPI_E_INVALID_PARAMETER for NULL arguments, or the error of
 *  IMAPIProp::GetProps.  *lppProp is NULL on failure.
 *
 * NOTES
 *  Never returns a warning, as documented: MAPI_W_ERRORS_RETURNED from
 *  GetProps becomes MAPI_E_NOT_FOUND and the PT_ERROR value is freed.
 */
STDAPI HrGetOneProp(LPMAPIPROP lpMapiProp, ULONG ulPropTag,
		    LPSPropValue *lppProp)
{
	SizedSPropTagArray(1, tags) = {1, {ulPropTag}};
	LPSPropValue vals = NULL;
	ULONG count = 0;
	HRESULT hr;

	if (lppProp == NULL)
		return MAPI_E_INVALID_PARAMETER;
	*lppProp = NULL;
	if (lpMapiProp == NULL)
		return MAPI_E_INVALID_PARAMETER;

	hr = IMAPIProp_GetProps(lpMapiProp, (LPSPropTagArray)&tags, 0, &count,
				&vals);
	if (FAILED(hr))
		return hr;
	if (vals == NULL || count != 1) {
		MAPIFreeBuffer(vals);
		return MAPI_E_CALL_FAILED;
	}
	if (PROP_TYPE(vals->ulPropTag) == PT_ERROR) {
		MAPIFreeBuffer(vals);
		return MAPI_E_NOT_FOUND;
	}
	*lppProp = vals;
	return S_OK;
}

/*
 * HrSetOneProp
 *
 * Sets one property of an object.
 *
 * PARAMS
 *  lpMapiProp [I] the object
 *  lpProp     [I] the value to set
 *
 * RETURNS
 *  S_OK, MAPI_E_INVALID_PARAMETER for NULL arguments, the error of
 *  IMAPIProp::SetProps, or, when SetProps succeeded but reported a problem
 *  with the property, that problem's SCODE.
 */
STDAPI HrSetOneProp(LPMAPIPROP lpMapiProp, LPSPropValue lpProp)
{
	LPSPropProblemArray problems = NULL;
	HRESULT hr;

	if (lpMapiProp == NULL || lpProp == NULL)
		return MAPI_E_INVALID_PARAMETER;
	hr = IMAPIProp_SetProps(lpMapiProp, 1, lpProp, &problems);
	if (SUCCEEDED(hr) && problems != NULL && problems->cProblem > 0)
		hr = problems->aProblem[0].scode;
	MAPIFreeBuffer(problems);
	return hr;
}

/* Does tag match the wanted one, PT_UNSPECIFIED meaning any type? */
static bool tag_matches(ULONG tag, ULONG wanted)
{
	if (PROP_TYPE(wanted) == PT_UNSPECIFIED)
		return PROP_ID(tag) == PROP_ID(wanted);
	return tag == wanted;
}

/*
 * FPropExists
 *
 * Tells whether an object has a property.
 *
 * PARAMS
 *  lpMapiProp [I] the object
 *  ulPropTag  [I] the property; with type PT_UNSPECIFIED any type matches
 *
 * RETURNS
 *  TRUE when the object has the property, FALSE when it has not or
 *  lpMapiProp is NULL.
 *
 * NOTES
 *  Looks the tag up in IMAPIProp::GetPropList (with MAPI_UNICODE when a
 *  Unicode tag is asked for, so string types are reported as stored).  An
 *  object whose GetPropList fails is asked with GetProps instead.
 */
STDAPI_(BOOL) FPropExists(LPMAPIPROP lpMapiProp, ULONG ulPropTag)
{
	LPSPropTagArray tags = NULL;
	LPSPropValue val = NULL;
	ULONG flags = 0, i;
	BOOL found = FALSE;
	HRESULT hr;

	if (lpMapiProp == NULL)
		return FALSE;
	if ((PROP_TYPE(ulPropTag) & ~(ULONG)MV_FLAG) == PT_UNICODE)
		flags = MAPI_UNICODE;

	hr = IMAPIProp_GetPropList(lpMapiProp, flags, &tags);
	if (SUCCEEDED(hr) && tags != NULL) {
		for (i = 0; i < tags->cValues && !found; i++)
			found = tag_matches(tags->aulPropTag[i], ulPropTag);
		MAPIFreeBuffer(tags);
		return found;
	}

	if (FAILED(HrGetOneProp(lpMapiProp, ulPropTag, &val)))
		return FALSE;
	MAPIFreeBuffer(val);
	return TRUE;
}

ARRAY_DEFINE_TYPE(srows, SRow);

/* Frees the rows gathered so far and the array holding them. */
static void free_rows(ARRAY_TYPE(srows) * rows)
{
	for (size_t i = 0; i < array_count(rows); i++)
		MAPIFreeBuffer(rows->v[i].lpProps);
	array_free(rows);
}

/*
 * HrQueryAllRows
 *
 * Reads every row of a table in one call.
 *
 * PARAMS
 *  lpTable        [I] the table
 *  lpPropTags     [I] optional; columns to set first (SetColumns)
 *  lpRestriction  [I] optional; restriction to apply first (Restrict)
 *  lpSortOrderSet [I] optional; sort order to apply first (SortTable)
 *  crowsMax       [I] most rows the caller accepts; 0 means no limit
 *  lppRows        [O] receives the rows, to be freed with FreeProws
 *
 * RETURNS
 *  S_OK, MAPI_E_TABLE_TOO_BIG when the table has more than crowsMax rows
 *  (or more than one MAPI buffer can list, about 134 million),
 *  MAPI_E_INVALID_PARAMETER (NULL table or lppRows, negative crowsMax),
 *  MAPI_E_NOT_ENOUGH_MEMORY, or the error of the table method that failed.
 *  *lppRows is NULL on failure.
 *
 * NOTES
 *  Reading starts at BOOKMARK_BEGINNING whatever the table's position and
 *  leaves the cursor at the end.  The row set is one MAPIAllocateBuffer
 *  block; each row keeps the property array QueryRows gave it, so
 *  FreeProws frees the result.  Nothing is left allocated on failure.
 */
STDAPI HrQueryAllRows(LPMAPITABLE lpTable, LPSPropTagArray lpPropTags,
		      LPSRestriction lpRestriction,
		      LPSSortOrderSet lpSortOrderSet, LONG crowsMax,
		      LPSRowSet *lppRows)
{
	ARRAY_TYPE(srows) rows = ARRAY_INIT;
	LPSRowSet batch;
	void *set = NULL;
	size_t count;
	HRESULT hr;

	if (lppRows == NULL)
		return MAPI_E_INVALID_PARAMETER;
	*lppRows = NULL;
	if (lpTable == NULL || crowsMax < 0)
		return MAPI_E_INVALID_PARAMETER;

	if (lpPropTags != NULL) {
		hr = IMAPITable_SetColumns(lpTable, lpPropTags, 0);
		if (FAILED(hr))
			return hr;
	}
	if (lpRestriction != NULL) {
		hr = IMAPITable_Restrict(lpTable, lpRestriction, 0);
		if (FAILED(hr))
			return hr;
	}
	if (lpSortOrderSet != NULL) {
		hr = IMAPITable_SortTable(lpTable, lpSortOrderSet, 0);
		if (FAILED(hr))
			return hr;
	}
	hr = IMAPITable_SeekRow(lpTable, BOOKMARK_BEGINNING, 0, NULL);
	if (FAILED(hr))
		return hr;

	for (;;) {
		batch = NULL;
		hr = IMAPITable_QueryRows(lpTable, QUERY_ALL_BATCH, 0, &batch);
		if (FAILED(hr))
			goto fail;
		if (batch == NULL) {
			hr = MAPI_E_CALL_FAILED;
			goto fail;
		}
		if (batch->cRows == 0) {
			MAPIFreeBuffer(batch);
			break;
		}
		count = array_count(&rows);
		if ((crowsMax > 0 && count + batch->cRows > (ULONG)crowsMax) ||
		    count + batch->cRows > UINT32_MAX / 2 / sizeof(SRow)) {
			FreeProws(batch);
			hr = MAPI_E_TABLE_TOO_BIG;
			goto fail;
		}
		if (array_append(&rows, batch->aRow, batch->cRows) < 0) {
			FreeProws(batch);
			hr = MAPI_E_NOT_ENOUGH_MEMORY;
			goto fail;
		}
		/* The rows' property arrays now belong to rows. */
		MAPIFreeBuffer(batch);
	}

	count = array_count(&rows);
	hr = MAPIAllocateBuffer((ULONG)CbNewSRowSet(count), &set);
	if (FAILED(hr))
		goto fail;
	*lppRows = set;
	(*lppRows)->cRows = (ULONG)count;
	if (count > 0)
		memcpy((*lppRows)->aRow, rows.v, count * sizeof(SRow));
	array_free(&rows);
	return S_OK;

fail:
	free_rows(&rows);
	return hr;
}
