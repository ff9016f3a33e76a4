/*
 * propdata.c - CreateIProp: the in-memory property object (IPropData).
 *
 * A property data object is a bag of properties held in memory, with an
 * access level for the whole object and an access level and status for
 * each property.  Providers build their own objects on it; clients use it
 * as a scratch IMAPIProp.  It implements every IMAPIProp method over the
 * bag, a per-object named-property map, and IPropData's four access
 * methods.  It is nontransacted (so say IPropData's reference pages):
 * changes take effect at once and SaveChanges has nothing to do.
 *
 * Memory.  The object, its property index and its name map come from
 * alloc_*().  Each stored value is a block of the caller's ALLOCATEBUFFER,
 * deep-copied into it with PropCopyMore through the caller's ALLOCATEMORE,
 * and freed with the caller's FREEBUFFER.  Everything a method hands back
 * (value arrays, tag arrays, problem arrays, names) is one ALLOCATEBUFFER
 * root with its parts linked to it, so one FREEBUFFER of the returned
 * pointer releases it.  A call that runs out of memory leaves the object
 * as it was.
 *
 * Threads.  MAPI objects are free-threaded: one mutex per object guards
 * its state.  It is never held while calling another object, so CopyTo and
 * CopyProps between two objects in opposite directions cannot deadlock.
 *
 * Contexts.  The object is built on struct objbase (objbase.h): its
 * header, stamped by CreateIProp with the creating thread's security
 * context, is checked by every method before anything else, so a thread
 * of another context, or a call after the context's MAPI instance was
 * torn down, is refused without touching the object.
 *
 * The code is cut by concern: this file has the object, the IMAPIProp
 * methods on values and IPropData's own; see propdata_int.h for the
 * others.
 *
 * Counted arrays passed in (tag arrays, value arrays, name arrays) may not
 * be empty: MAPI_E_INVALID_PARAMETER, as the IMAPIProp pages say for the tag
 * arrays of GetNamesFromIDs and CopyTo.
 */
#include "propdata_int.h"

#include <mapiguid.h>

#include "ustring.h"

/* SaveChanges flags of MAPIAux.h that mapidefs.h does not carry. */
#ifndef SPAMFILTER_ONSAVE
#define SPAMFILTER_ONSAVE ((ULONG)0x00000080)
#endif
#ifndef ITEMPROC_FORCE
#define ITEMPROC_FORCE ((ULONG)0x00000800)
#endif
#ifndef NON_EMS_XP_SAVE
#define NON_EMS_XP_SAVE ((ULONG)0x00001000)
#endif

#define SAVE_FLAGS                                                             \
	(KEEP_OPEN_READONLY | KEEP_OPEN_READWRITE | FORCE_SAVE |               \
	 MAPI_DEFERRED_ERRORS | SPAMFILTER_ONSAVE | ITEMPROC_FORCE |           \
	 NON_EMS_XP_SAVE)

static const IPropDataVtbl propdata_vtbl;

/* ---------------------------------------------------------------------------
 * IUnknown
 */

/*
 * Every method first checks the object (objbase.h).  A call from a thread
 * acting in another security context gets MAPI_E_NO_ACCESS and a call on
 * a dead object (its MAPI instance was torn down) gets
 * MAPI_E_INVALID_OBJECT; either way the object is left exactly as it was
 * and the message goes to the calling thread's record, which GetLastError
 * answers from.  AddRef and Release return ULONG: a refused one returns 0
 * and leaves the count alone.  The owner may still Release a dead object,
 * so that it does not leak.
 *
 * IUnknown and GetLastError come from OBJBASE_IUNKNOWN: QueryInterface
 * gives this object for IID_IUnknown, IID_IMAPIProp and
 * IID_IMAPIPropData; the last Release frees the object and every value it
 * holds (a dead object's values are buffers of its owner's context, freed
 * as usual); GetLastError gives the message recorded with the last
 * failure and, called from another context or on a dead object, explains
 * the refusal the caller just got from the calling thread's record.
 */

/* At the last reference: every value and name the object holds. */
static void propdata_destroy(void *object, bool live)
{
	struct propdata *pd = object;
	size_t i;

	(void)live;
	for (i = 0; i < array_count(&pd->props); i++)
		pd_buf_free(pd, pd->props.v[i].value);
	array_free(&pd->props);
	for (i = 0; i < array_count(&pd->names); i++)
		alloc_free(pd->names.v[i].name);
	array_free(&pd->names);
}

static const IID *const propdata_iids[] = {&IID_IMAPIProp, &IID_IMAPIPropData,
					   NULL};
const struct objclass propdata_class = {PROPDATA_MAGIC, COMPONENT,
					propdata_iids, propdata_destroy};

OBJBASE_IUNKNOWN(pd, IPropData, struct propdata, propdata_class)

/* ---------------------------------------------------------------------------
 * Values as GetProps gives them back
 */

static bool is_string_type(ULONG type)
{
	type &= ~(ULONG)MV_FLAG;
	return type == PT_STRING8 || type == PT_UNICODE;
}

/*
 * The type a value is reported with when the caller does not name one
 * (GetProps with PT_UNSPECIFIED or no tag array, GetPropList): its own,
 * except that strings come in the width the caller asked for.
 */
static ULONG natural_type(ULONG type, ULONG flags)
{
	if (!is_string_type(type))
		return type;
	return (type & MV_FLAG) |
	       ((flags & MAPI_UNICODE) != 0 ? PT_UNICODE : PT_STRING8);
}

/*
 * Converts one string to the other width (PT_STRING8 text is UTF-8) into a
 * block linked to root.  Returns 0 or -ENOMEM.
 */
static int str_convert(const struct propdata *pd, void *root, const void *src,
		       bool src_wide, void **dst_r)
{
	void *tmp, *dst;
	size_t size;
	int ret;

	if (src_wide) {
		tmp = ustr_to_utf8(src);
		if (tmp == NULL)
			return -ENOMEM;
		size = strlen(tmp) + 1;
	} else {
		tmp = ustr_from_utf8(src);
		if (tmp == NULL)
			return -ENOMEM;
		size = (ustr_wlen(tmp) + 1) * sizeof(WCHAR);
	}
	ret = pd_buf_more(pd, size, root, &dst);
	if (ret == 0) {
		memcpy(dst, tmp, size);
		*dst_r = dst;
	}
	alloc_free(tmp);
	return ret;
}

/*
 * Writes the stored value v as type want into out, with memory linked to
 * root.  Strings convert between PT_STRING8 and PT_UNICODE (single or
 * multi-valued); no other conversion exists.  Returns 0, -ENOENT when v
 * cannot be given as want, or -ENOMEM (blocks already linked to root are
 * freed with it).
 */
static int value_as(const struct propdata *pd, void *root, const SPropValue *v,
		    ULONG want, SPropValue *out)
{
	ULONG have = PROP_TYPE(v->ulPropTag), i, n;
	bool src_wide = (have & ~(ULONG)MV_FLAG) == PT_UNICODE;
	void *p, **array;

	if (have == want) {
		if (PropCopyMore(out, (LPSPropValue)v, pd->alloc_more, root) !=
		    S_OK)
			return -ENOMEM;
		return 0;
	}
	if (!is_string_type(have) || !is_string_type(want) ||
	    (have & MV_FLAG) != (want & MV_FLAG))
		return -ENOENT;

	out->ulPropTag = PROP_TAG(want, PROP_ID(v->ulPropTag));
	out->dwAlignPad = 0;
	if ((want & MV_FLAG) == 0) {
		if (str_convert(pd, root,
				src_wide ? (const void *)v->Value.lpszW
					 : (const void *)v->Value.lpszA,
				src_wide, &p) < 0)
			return -ENOMEM;
		if (src_wide)
			out->Value.lpszA = p;
		else
			out->Value.lpszW = p;
		return 0;
	}

	/* MVszA and MVszW share their layout: a count and an array. */
	n = v->Value.MVszA.cValues;
	if (pd_buf_more(pd, pd_array_size(0, n, sizeof(void *)), root, &p) < 0)
		return -ENOMEM;
	array = p;
	for (i = 0; i < n; i++) {
		if (str_convert(pd, root,
				src_wide
				    ? (const void *)v->Value.MVszW.lppszW[i]
				    : (const void *)v->Value.MVszA.lppszA[i],
				src_wide, &array[i]) < 0)
			return -ENOMEM;
	}
	if (src_wide) {
		out->Value.MVszA.cValues = n;
		out->Value.MVszA.lppszA = (LPSTR *)array;
	} else {
		out->Value.MVszW.cValues = n;
		out->Value.MVszW.lppszW = (LPWSTR *)array;
	}
	return 0;
}

static void set_error_value(SPropValue *out, ULONG id, SCODE sc)
{
	out->ulPropTag = PROP_TAG(PT_ERROR, id);
	out->dwAlignPad = 0;
	out->Value.err = sc;
}

/*
 * Fills out with property p as tag asks for it (PT_UNSPECIFIED: in its
 * natural type).  A missing property, or one that cannot be had in that
 * type, becomes PT_ERROR / MAPI_E_NOT_FOUND; an object property, which
 * has no value to give, PT_ERROR / MAPI_E_NO_SUPPORT.  Returns 0 or
 * -ENOMEM.
 */
static int get_one(const struct propdata *pd, void *root, const struct prop *p,
		   ULONG tag, ULONG flags, SPropValue *out)
{
	ULONG want = PROP_TYPE(tag);
	SCODE sc = MAPI_E_NOT_FOUND;
	int ret;

	if (p != NULL) {
		if (want == PT_UNSPECIFIED)
			want = natural_type(PROP_TYPE(p->tag), flags);
		if (PROP_TYPE(p->tag) == PT_OBJECT) {
			if (want == PT_OBJECT)
				sc = MAPI_E_NO_SUPPORT;
		} else {
			ret = value_as(pd, root, p->value, want, out);
			if (ret != -ENOENT)
				return ret;
		}
	}
	set_error_value(out, PROP_ID(tag), sc);
	return 0;
}

/* ---------------------------------------------------------------------------
 * IMAPIProp
 */

/*
 * IMAPIProp::SaveChanges - nothing to do: the object is nontransacted and
 * lives only in memory.  Property status (IPROP_DIRTY) is left alone; the
 * owner clears it with HrSetPropAccess.
 *
 * RETURNS
 *  S_OK, MAPI_E_UNKNOWN_FLAGS.
 */
static HRESULT STDMETHODCALLTYPE pd_SaveChanges(IPropData *This, ULONG ulFlags)
{
	struct propdata *pd = pd_of(This);
	HRESULT hr = S_OK;

	OBJBASE_ENTER(pd, propdata_class, This, "IPropData::SaveChanges");
	pd_lock(pd);
	if ((ulFlags & ~SAVE_FLAGS) != 0)
		hr = mapierr_set(&pd->base.err, MAPI_E_UNKNOWN_FLAGS,
				 "SaveChanges: unknown flags 0x%08x",
				 (unsigned)ulFlags);
	pd_unlock(pd);
	return hr;
}

/*
 * IMAPIProp::GetProps
 *
 * PARAMS
 *  lpPropTagArray [I] the properties wanted, or NULL for all of them
 *  ulFlags        [I] MAPI_UNICODE: strings of unspecified width come as
 *                     PT_UNICODE, else as PT_STRING8
 *  lpcValues      [O] number of values
 *  lppPropArray   [O] the values, in the order asked; free with the
 *                     object's FREEBUFFER
 *
 * RETURNS
 *  S_OK; MAPI_W_ERRORS_RETURNED when some entries are PT_ERROR (a missing
 *  property or a type it cannot be read as: MAPI_E_NOT_FOUND; an object
 *  property: MAPI_E_NO_SUPPORT); MAPI_E_INVALID_PARAMETER,
 *  MAPI_E_UNKNOWN_FLAGS, MAPI_E_NOT_ENOUGH_MEMORY.
 *
 * NOTES
 *  A requested PT_STRING8 tag reads a stored PT_UNICODE value and the
 *  other way round (also multi-valued).  With no tag array and no
 *  properties, S_OK with 0 and NULL, as the reference page asks.
 */
static HRESULT STDMETHODCALLTYPE pd_GetProps(IPropData *This,
					     LPSPropTagArray lpPropTagArray,
					     ULONG ulFlags, ULONG *lpcValues,
					     LPSPropValue *lppPropArray)
{
	struct propdata *pd = pd_of(This);
	bool errors = false;
	LPSPropValue out;
	const struct prop *p;
	ULONG n, i, tag;
	void *root;
	HRESULT hr = S_OK;

	OBJBASE_ENTER(pd, propdata_class, This, "IPropData::GetProps");
	pd_lock(pd);
	if (lpcValues == NULL || lppPropArray == NULL ||
	    (lpPropTagArray != NULL && lpPropTagArray->cValues == 0)) {
		hr = mapierr_set(&pd->base.err, MAPI_E_INVALID_PARAMETER,
				 "GetProps: missing output or empty tag array");
		goto out;
	}
	if ((ulFlags & ~MAPI_UNICODE) != 0) {
		hr = mapierr_set(&pd->base.err, MAPI_E_UNKNOWN_FLAGS,
				 "GetProps: unknown flags 0x%08x",
				 (unsigned)ulFlags);
		goto out;
	}
	n = lpPropTagArray != NULL ? lpPropTagArray->cValues
				   : (ULONG)array_count(&pd->props);
	if (n == 0) {
		*lpcValues = 0;
		*lppPropArray = NULL;
		hr = S_OK;
		goto out;
	}
	if (pd_buf_alloc(pd, pd_array_size(0, n, sizeof(SPropValue)), &root) <
	    0)
		goto oom;
	out = root;
	for (i = 0; i < n; i++) {
		if (lpPropTagArray != NULL) {
			tag = lpPropTagArray->aulPropTag[i];
			p = pd_find_prop(pd, PROP_ID(tag));
		} else {
			p = &pd->props.v[i];
			tag = PROP_TAG(PT_UNSPECIFIED, PROP_ID(p->tag));
		}
		if (get_one(pd, root, p, tag, ulFlags, &out[i]) < 0) {
			pd_buf_free(pd, root);
			goto oom;
		}
		if (PROP_TYPE(out[i].ulPropTag) == PT_ERROR)
			errors = true;
	}
	*lpcValues = n;
	*lppPropArray = out;
	hr = errors ? MAPI_W_ERRORS_RETURNED : S_OK;
	goto out;
oom:
	hr = mapierr_set(&pd->base.err, MAPI_E_NOT_ENOUGH_MEMORY,
			 "GetProps: out of memory");
out:
	pd_unlock(pd);
	return hr;
}

/*
 * IMAPIProp::GetPropList - the tags of all properties, PT_OBJECT ones
 * included, in the order they were first set.  String tags are PT_UNICODE
 * with MAPI_UNICODE, else PT_STRING8.  No properties: S_OK and cValues 0.
 *
 * RETURNS
 *  S_OK, MAPI_E_INVALID_PARAMETER, MAPI_E_UNKNOWN_FLAGS,
 *  MAPI_E_NOT_ENOUGH_MEMORY.
 */
static HRESULT STDMETHODCALLTYPE
pd_GetPropList(IPropData *This, ULONG ulFlags, LPSPropTagArray *lppPropTagArray)
{
	struct propdata *pd = pd_of(This);
	LPSPropTagArray tags;
	void *root;
	HRESULT hr = S_OK;
	size_t i;

	OBJBASE_ENTER(pd, propdata_class, This, "IPropData::GetPropList");
	pd_lock(pd);
	if (lppPropTagArray == NULL) {
		hr = mapierr_set(&pd->base.err, MAPI_E_INVALID_PARAMETER,
				 "GetPropList: missing output");
		goto out;
	}
	if ((ulFlags & ~MAPI_UNICODE) != 0) {
		hr = mapierr_set(&pd->base.err, MAPI_E_UNKNOWN_FLAGS,
				 "GetPropList: unknown flags 0x%08x",
				 (unsigned)ulFlags);
		goto out;
	}
	if (pd_buf_alloc(pd, CbNewSPropTagArray(array_count(&pd->props)),
			 &root) < 0) {
		hr = mapierr_set(&pd->base.err, MAPI_E_NOT_ENOUGH_MEMORY,
				 "GetPropList: out of memory");
		goto out;
	}
	tags = root;
	tags->cValues = (ULONG)array_count(&pd->props);
	for (i = 0; i < array_count(&pd->props); i++) {
		ULONG tag = pd->props.v[i].tag;

		tags->aulPropTag[i] = PROP_TAG(
		    natural_type(PROP_TYPE(tag), ulFlags), PROP_ID(tag));
	}
	*lppPropTagArray = tags;
	hr = S_OK;
out:
	pd_unlock(pd);
	return hr;
}

/*
 * IMAPIProp::OpenProperty - a property data object holds values only; it
 * has no streams, tables or subobjects to open, and the PT_OBJECT
 * properties of HrAddObjProps are placeholders whose objects the owner
 * provides.
 *
 * RETURNS
 *  MAPI_E_NO_SUPPORT.
 */
static HRESULT STDMETHODCALLTYPE pd_OpenProperty(IPropData *This,
						 ULONG ulPropTag, LPCIID lpiid,
						 ULONG ulInterfaceOptions,
						 ULONG ulFlags,
						 LPUNKNOWN *lppUnk)
{
	struct propdata *pd = pd_of(This);
	HRESULT hr = S_OK;

	OBJBASE_ENTER(pd, propdata_class, This, "IPropData::OpenProperty");
	(void)lpiid;
	(void)ulInterfaceOptions;
	(void)ulFlags;
	(void)lppUnk;
	pd_lock(pd);
	hr = mapierr_set(&pd->base.err, MAPI_E_NO_SUPPORT,
			 "OpenProperty: property data objects have no "
			 "subobjects (tag 0x%08x)",
			 (unsigned)ulPropTag);
	pd_unlock(pd);
	return hr;
}

/*
 * IMAPIProp::SetProps
 *
 * PARAMS
 *  cValues     [I] number of values, not 0
 *  lpPropArray [I] the values; each replaces the property of its ID,
 *                  whatever that property's type
 *  lppProblems [O] optional: NULL, or the properties that were read-only
 *                  (MAPI_E_NO_ACCESS); free with the object's FREEBUFFER
 *
 * RETURNS
 *  S_OK; MAPI_E_INVALID_PARAMETER for the whole call when a value cannot
 *  be set (PROP_ID 0 or 0xFFFF, PT_NULL, PT_OBJECT, PT_ERROR,
 *  PT_UNSPECIFIED, an unknown type, a missing pointer), with no problem
 *  array; MAPI_E_NO_ACCESS on a read-only object; MAPI_E_NOT_ENOUGH_MEMORY
 *  (nothing changed then).
 *
 * NOTES
 *  Properties set become IPROP_DIRTY; new ones are IPROP_READWRITE.
 */
static HRESULT STDMETHODCALLTYPE pd_SetProps(IPropData *This, ULONG cValues,
					     LPSPropValue lpPropArray,
					     LPSPropProblemArray *lppProblems)
{
	struct propdata *pd = pd_of(This);
	LPSPropProblemArray probs = NULL;
	LPSPropValue *copies = NULL;
	ULONG i, nreadonly = 0;
	struct prop *p;
	HRESULT hr = S_OK;
	int ret;

	OBJBASE_ENTER(pd, propdata_class, This, "IPropData::SetProps");
	pd_lock(pd);
	if (lpPropArray == NULL || cValues == 0) {
		hr = mapierr_set(&pd->base.err, MAPI_E_INVALID_PARAMETER,
				 "SetProps: no values");
		goto out;
	}
	for (i = 0; i < cValues; i++) {
		if (!pd_value_ok(&lpPropArray[i])) {
			hr = mapierr_set(
			    &pd->base.err, MAPI_E_INVALID_PARAMETER,
			    "SetProps: value %u (tag 0x%08x) "
			    "cannot be set",
			    (unsigned)i, (unsigned)lpPropArray[i].ulPropTag);
			goto out;
		}
	}
	if (pd->access != IPROP_READWRITE) {
		hr = mapierr_set(&pd->base.err, MAPI_E_NO_ACCESS,
				 "SetProps: the object is read-only");
		goto out;
	}

	/*
	 * Allocate everything first, so that the commit below cannot fail;
	 * the index grows last, so a failed call does not leave it grown.
	 */
	for (i = 0; i < cValues; i++) {
		if (pd_prop_readonly(
			pd_find_prop(pd, PROP_ID(lpPropArray[i].ulPropTag))))
			nreadonly++;
	}
	copies = alloc_calloc(cValues, sizeof(*copies));
	if (copies == NULL)
		goto oom;
	for (i = 0; i < cValues; i++) {
		p = pd_find_prop(pd, PROP_ID(lpPropArray[i].ulPropTag));
		if (pd_prop_readonly(p))
			continue;
		ret = pd_value_dup(pd, &lpPropArray[i], &copies[i]);
		if (ret == -EINVAL) {
			hr = mapierr_set(
			    &pd->base.err, MAPI_E_INVALID_PARAMETER,
			    "SetProps: value %u (tag 0x%08x) "
			    "cannot be copied",
			    (unsigned)i, (unsigned)lpPropArray[i].ulPropTag);
			goto undo;
		}
		if (ret < 0)
			goto oom;
	}
	if (lppProblems != NULL && pd_problems_alloc(pd, nreadonly, &probs) < 0)
		goto oom;
	if (pd_reserve_props(pd, cValues - nreadonly) < 0) {
		pd_buf_free(pd, probs);
		goto oom;
	}

	for (i = 0; i < cValues; i++) {
		ULONG tag = lpPropArray[i].ulPropTag;

		p = pd_find_prop(pd, PROP_ID(tag));
		if (pd_prop_readonly(p)) {
			pd_problem_add(probs, nreadonly, i, tag,
				       MAPI_E_NO_ACCESS);
			continue;
		}
		pd_store_prop(pd, p, tag, copies[i]);
		copies[i] = NULL;
	}
	pd_problems_return(pd, probs, lppProblems);
	hr = S_OK;
	goto out;
oom:
	hr = mapierr_set(&pd->base.err, MAPI_E_NOT_ENOUGH_MEMORY,
			 "SetProps: out of memory");
undo:
	if (copies != NULL) {
		for (i = 0; i < cValues; i++)
			pd_buf_free(pd, copies[i]);
	}
out:
	alloc_free(copies);
	pd_unlock(pd);
	return hr;
}

/*
 * IMAPIProp::DeleteProps
 *
 * PARAMS
 *  lpPropTagArray [I] the properties to delete, matched by ID
 *  lppProblems    [O] optional: NULL, or the read-only properties that
 *                     stayed (MAPI_E_NO_ACCESS)
 *
 * RETURNS
 *  S_OK, also when a property does not exist (no problem entry);
 *  MAPI_E_NO_ACCESS on a read-only object; MAPI_E_INVALID_PARAMETER;
 *  MAPI_E_NOT_ENOUGH_MEMORY (nothing deleted then).
 */
static HRESULT STDMETHODCALLTYPE
pd_DeleteProps(IPropData *This, LPSPropTagArray lpPropTagArray,
	       LPSPropProblemArray *lppProblems)
{
	struct propdata *pd = pd_of(This);
	LPSPropProblemArray probs = NULL;
	ULONG i, nreadonly = 0;
	struct prop *p;
	HRESULT hr = S_OK;

	OBJBASE_ENTER(pd, propdata_class, This, "IPropData::DeleteProps");
	pd_lock(pd);
	if (!pd_tags_ok(lpPropTagArray)) {
		hr = mapierr_set(&pd->base.err, MAPI_E_INVALID_PARAMETER,
				 "DeleteProps: no tags");
		goto out;
	}
	if (pd->access != IPROP_READWRITE) {
		hr = mapierr_set(&pd->base.err, MAPI_E_NO_ACCESS,
				 "DeleteProps: the object is read-only");
		goto out;
	}
	for (i = 0; i < lpPropTagArray->cValues; i++) {
		if (pd_prop_readonly(pd_find_prop(
			pd, PROP_ID(lpPropTagArray->aulPropTag[i]))))
			nreadonly++;
	}
	if (lppProblems != NULL &&
	    pd_problems_alloc(pd, nreadonly, &probs) < 0) {
		hr = mapierr_set(&pd->base.err, MAPI_E_NOT_ENOUGH_MEMORY,
				 "DeleteProps: out of memory");
		goto out;
	}
	for (i = 0; i < lpPropTagArray->cValues; i++) {
		ULONG tag = lpPropTagArray->aulPropTag[i];

		p = pd_find_prop(pd, PROP_ID(tag));
		if (p == NULL)
			continue;
		if (pd_prop_readonly(p))
			pd_problem_add(probs, nreadonly, i, tag,
				       MAPI_E_NO_ACCESS);
		else
			pd_remove_prop(pd, p);
	}
	pd_problems_return(pd, probs, lppProblems);
	hr = S_OK;
out:
	pd_unlock(pd);
	return hr;
}

/* ---------------------------------------------------------------------------
 * IPropData
 */

/*
 * IPropData::HrSetObjAccess
 *
 * PARAMS
 *  ulAccess [I] exactly one of IPROP_READONLY (SetProps, DeleteProps,
 *               HrSetPropAccess, HrAddObjProps and MAPI_MOVE fail with
 *               MAPI_E_NO_ACCESS) or IPROP_READWRITE
 *
 * RETURNS
 *  S_OK, MAPI_E_INVALID_PARAMETER.
 */
static HRESULT STDMETHODCALLTYPE pd_HrSetObjAccess(IPropData *This,
						   ULONG ulAccess)
{
	struct propdata *pd = pd_of(This);
	HRESULT hr = S_OK;

	OBJBASE_ENTER(pd, propdata_class, This, "IPropData::HrSetObjAccess");
	pd_lock(pd);
	if (ulAccess != IPROP_READONLY && ulAccess != IPROP_READWRITE)
		hr = mapierr_set(&pd->base.err, MAPI_E_INVALID_PARAMETER,
				 "HrSetObjAccess: bad access 0x%08x",
				 (unsigned)ulAccess);
	else
		pd->access = ulAccess;
	pd_unlock(pd);
	return hr;
}

/*
 * IPropData::HrSetPropAccess
 *
 * PARAMS
 *  lpPropTagArray [I] the properties (matched by ID; absent ones are
 *                     skipped)
 *  rgulAccess     [I] for each, one of IPROP_READONLY / IPROP_READWRITE
 *                     and one of IPROP_CLEAN / IPROP_DIRTY, nothing else
 *
 * RETURNS
 *  S_OK; MAPI_E_INVALID_PARAMETER (NULL or empty arrays, a bad flag
 *  combination: then nothing changes); MAPI_E_NO_ACCESS on a read-only
 *  object.
 */
static HRESULT STDMETHODCALLTYPE pd_HrSetPropAccess(
    IPropData *This, LPSPropTagArray lpPropTagArray, ULONG *rgulAccess)
{
	struct propdata *pd = pd_of(This);
	struct prop *p;
	HRESULT hr = S_OK;
	ULONG i;

	OBJBASE_ENTER(pd, propdata_class, This, "IPropData::HrSetPropAccess");
	pd_lock(pd);
	if (!pd_tags_ok(lpPropTagArray) || rgulAccess == NULL)
		goto invalid;
	for (i = 0; i < lpPropTagArray->cValues; i++) {
		if (!pd_access_ok(rgulAccess[i]))
			goto invalid;
	}
	if (pd->access != IPROP_READWRITE) {
		hr = mapierr_set(&pd->base.err, MAPI_E_NO_ACCESS,
				 "HrSetPropAccess: the object is read-only");
		goto out;
	}
	for (i = 0; i < lpPropTagArray->cValues; i++) {
		p = pd_find_prop(pd, PROP_ID(lpPropTagArray->aulPropTag[i]));
		if (p != NULL)
			p->access = rgulAccess[i];
	}
	hr = S_OK;
	goto out;
invalid:
	hr = mapierr_set(&pd->base.err, MAPI_E_INVALID_PARAMETER,
			 "HrSetPropAccess: bad tags or access flags");
out:
	pd_unlock(pd);
	return hr;
}

/*
 * IPropData::HrGetPropAccess
 *
 * PARAMS
 *  lppPropTagArray [I/O] *lppPropTagArray: the properties to report, or
 *                        NULL for all; then it receives a new tag array of
 *                        every property (free it with FREEBUFFER)
 *  lprgulAccess    [O] access and status flags, positional with the tags;
 *                      0 for a tag the object does not have
 *
 * RETURNS
 *  S_OK, MAPI_E_INVALID_PARAMETER, MAPI_E_NOT_ENOUGH_MEMORY.
 */
static HRESULT STDMETHODCALLTYPE pd_HrGetPropAccess(
    IPropData *This, LPSPropTagArray *lppPropTagArray, ULONG **lprgulAccess)
{
	struct propdata *pd = pd_of(This);
	LPSPropTagArray tags = NULL, in;
	const struct prop *p;
	ULONG *access;
	HRESULT hr = S_OK;
	size_t i, n;
	void *mem;

	OBJBASE_ENTER(pd, propdata_class, This, "IPropData::HrGetPropAccess");
	pd_lock(pd);
	if (lppPropTagArray == NULL || lprgulAccess == NULL ||
	    (*lppPropTagArray != NULL && (*lppPropTagArray)->cValues == 0)) {
		hr = mapierr_set(&pd->base.err, MAPI_E_INVALID_PARAMETER,
				 "HrGetPropAccess: bad arguments");
		goto out;
	}
	in = *lppPropTagArray;
	n = in != NULL ? in->cValues : array_count(&pd->props);
	if (in == NULL) {
		if (pd_buf_alloc(pd, CbNewSPropTagArray(n), &mem) < 0)
			goto oom;
		tags = mem;
		tags->cValues = (ULONG)n;
	}
	if (pd_buf_alloc(pd, pd_array_size(0, n != 0 ? n : 1, sizeof(ULONG)),
			 &mem) < 0) {
		pd_buf_free(pd, tags);
		goto oom;
	}
	access = mem;
	for (i = 0; i < n; i++) {
		if (in != NULL) {
			p = pd_find_prop(pd, PROP_ID(in->aulPropTag[i]));
		} else {
			p = &pd->props.v[i];
			tags->aulPropTag[i] = p->tag;
		}
		access[i] = p != NULL ? p->access : 0;
	}
	if (tags != NULL)
		*lppPropTagArray = tags;
	*lprgulAccess = access;
	hr = S_OK;
	goto out;
oom:
	hr = mapierr_set(&pd->base.err, MAPI_E_NOT_ENOUGH_MEMORY,
			 "HrGetPropAccess: out of memory");
out:
	pd_unlock(pd);
	return hr;
}

/*
 * IPropData::HrAddObjProps - adds PT_OBJECT properties, which SetProps
 * refuses; GetPropList lists them, GetProps reports them as PT_ERROR /
 * MAPI_E_NO_SUPPORT.  An existing property of the same ID is replaced
 * unless it is read-only.
 *
 * PARAMS
 *  lpPropTagArray [I] PT_OBJECT tags
 *  lppProblems    [O] optional: NULL, or the read-only properties that
 *                     were not replaced (MAPI_E_NO_ACCESS)
 *
 * RETURNS
 *  S_OK; MAPI_W_PARTIAL_COMPLETION when some were not added;
 *  MAPI_E_INVALID_TYPE (a tag of another type: nothing added);
 *  MAPI_E_INVALID_PARAMETER (NULL or empty array, ID 0 or 0xFFFF);
 *  MAPI_E_NO_ACCESS on a read-only object; MAPI_E_NOT_ENOUGH_MEMORY.
 */
static HRESULT STDMETHODCALLTYPE
pd_HrAddObjProps(IPropData *This, LPSPropTagArray lpPropTagArray,
		 LPSPropProblemArray *lppProblems)
{
	struct propdata *pd = pd_of(This);
	LPSPropProblemArray probs = NULL;
	ULONG i, tag, nreadonly = 0;
	struct prop *p;
	HRESULT hr = S_OK;

	OBJBASE_ENTER(pd, propdata_class, This, "IPropData::HrAddObjProps");
	pd_lock(pd);
	if (!pd_tags_ok(lpPropTagArray)) {
		hr = mapierr_set(&pd->base.err, MAPI_E_INVALID_PARAMETER,
				 "HrAddObjProps: no tags");
		goto out;
	}
	for (i = 0; i < lpPropTagArray->cValues; i++) {
		tag = lpPropTagArray->aulPropTag[i];
		if (PROP_TYPE(tag) != PT_OBJECT) {
			hr = mapierr_set(&pd->base.err, MAPI_E_INVALID_TYPE,
					 "HrAddObjProps: tag 0x%08x is not "
					 "PT_OBJECT",
					 (unsigned)tag);
			goto out;
		}
		if (PROP_ID(tag) == PROP_ID_NULL ||
		    PROP_ID(tag) == PROP_ID_INVALID) {
			hr =
			    mapierr_set(&pd->base.err, MAPI_E_INVALID_PARAMETER,
					"HrAddObjProps: tag 0x%08x has no "
					"valid ID",
					(unsigned)tag);
			goto out;
		}
	}
	if (pd->access != IPROP_READWRITE) {
		hr = mapierr_set(&pd->base.err, MAPI_E_NO_ACCESS,
				 "HrAddObjProps: the object is read-only");
		goto out;
	}
	for (i = 0; i < lpPropTagArray->cValues; i++) {
		if (pd_prop_readonly(pd_find_prop(
			pd, PROP_ID(lpPropTagArray->aulPropTag[i]))))
			nreadonly++;
	}
	if ((lppProblems != NULL &&
	     pd_problems_alloc(pd, nreadonly, &probs) < 0) ||
	    pd_reserve_props(pd, lpPropTagArray->cValues - nreadonly) < 0) {
		pd_buf_free(pd, probs);
		hr = mapierr_set(&pd->base.err, MAPI_E_NOT_ENOUGH_MEMORY,
				 "HrAddObjProps: out of memory");
		goto out;
	}
	for (i = 0; i < lpPropTagArray->cValues; i++) {
		tag = lpPropTagArray->aulPropTag[i];
		p = pd_find_prop(pd, PROP_ID(tag));
		if (pd_prop_readonly(p))
			pd_problem_add(probs, nreadonly, i, tag,
				       MAPI_E_NO_ACCESS);
		else
			pd_store_prop(pd, p, tag, NULL);
	}
	pd_problems_return(pd, probs, lppProblems);
	hr = nreadonly > 0 ? MAPI_W_PARTIAL_COMPLETION : S_OK;
out:
	pd_unlock(pd);
	return hr;
}

static const IPropDataVtbl propdata_vtbl = {
    .QueryInterface = pd_QueryInterface,
    .AddRef = pd_AddRef,
    .Release = pd_Release,
    .GetLastError = pd_GetLastError,
    .SaveChanges = pd_SaveChanges,
    .GetProps = pd_GetProps,
    .GetPropList = pd_GetPropList,
    .OpenProperty = pd_OpenProperty,
    .SetProps = pd_SetProps,
    .DeleteProps = pd_DeleteProps,
    .CopyTo = pd_CopyTo,
    .CopyProps = pd_CopyProps,
    .GetNamesFromIDs = pd_GetNamesFromIDs,
    .GetIDsFromNames = pd_GetIDsFromNames,
    .HrSetObjAccess = pd_HrSetObjAccess,
    .HrSetPropAccess = pd_HrSetPropAccess,
    .HrGetPropAccess = pd_HrGetPropAccess,
    .HrAddObjProps = pd_HrAddObjProps,
};

/*
 * CreateIProp - creates an empty, writable property data object.
 *
 * PARAMS
 *  lpInterface      [I] NULL or &IID_IMAPIPropData
 *  lpAllocateBuffer [I] allocator for everything the object stores and
 *                       returns (normally MAPIAllocateBuffer)
 *  lpAllocateMore   [I] its linked-block allocator (MAPIAllocateMore)
 *  lpFreeBuffer     [I] its free function (MAPIFreeBuffer)
 *  lpvReserved      [I] reserved, must be NULL
 *  lppPropData      [O] the object, with one reference
 *
 * RETURNS
 *  S_OK; MAPI_E_INTERFACE_NOT_SUPPORTED for another interface;
 *  MAPI_E_INVALID_PARAMETER (a NULL allocator or output, lpvReserved set);
 *  MAPI_E_NOT_ENOUGH_MEMORY.  *lppPropData is NULL on failure.
 *
 * NOTES
 *  The allocators must stay usable until the object's last Release.  The
 *  object belongs to the calling thread's security context and, when that
 *  context has a MAPI instance, dies with it (see the methods' checks).
 */
SCODE STDAPICALLTYPE CreateIProp(LPCIID lpInterface,
				 ALLOCATEBUFFER FAR *lpAllocateBuffer,
				 ALLOCATEMORE FAR *lpAllocateMore,
				 FREEBUFFER FAR *lpFreeBuffer,
				 LPVOID lpvReserved,
				 LPPROPDATA FAR *lppPropData)
{
	struct propdata *pd;

	if (lppPropData == NULL)
		return MAPI_E_INVALID_PARAMETER;
	*lppPropData = NULL;
	if (lpInterface != NULL && !IsEqualIID(lpInterface, &IID_IMAPIPropData))
		return MAPI_E_INTERFACE_NOT_SUPPORTED;
	if (lpAllocateBuffer == NULL || lpAllocateMore == NULL ||
	    lpFreeBuffer == NULL || lpvReserved != NULL)
		return MAPI_E_INVALID_PARAMETER;

	pd = alloc_calloc(1, sizeof(*pd));
	if (pd == NULL)
		return MAPI_E_NOT_ENOUGH_MEMORY;
	pd->iface.lpVtbl = &propdata_vtbl;
	/* The calling thread's context owns it. */
	objbase_init(&pd->base, PROPDATA_MAGIC);
	pd->alloc_buffer = lpAllocateBuffer;
	pd->alloc_more = lpAllocateMore;
	pd->free_buffer = lpFreeBuffer;
	pd->access = IPROP_READWRITE;
	*lppPropData = &pd->iface;
	return S_OK;
}
