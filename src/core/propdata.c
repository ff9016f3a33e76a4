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
 * Contexts.  The object carries an objhdr (objhdr.h) right after its
 * interface pointer, stamped by CreateIProp with the creating thread's
 * security context; every method checks it before anything else, so a
 * thread of another context, or a call after the context's MAPI instance
 * was torn down, is refused without touching the object.
 *
 * Counted arrays passed in (tag arrays, value arrays, name arrays) may not
 * be empty: MAPI_E_INVALID_PARAMETER, as the IMAPIProp pages say for the tag
 * arrays of GetNamesFromIDs and CopyTo.
 */
#include "lib.h"
#include "alloc.h"
#include "mapierr.h"
#include "objhdr.h"
#include "ustring.h"

#include <errno.h>
#include <pthread.h>
#include <stdatomic.h>
#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>
#include <string.h>

#include <mapiguid.h>
#include <mapiutil.h>


#define COMPONENT      "IPropData"
#define PROPDATA_MAGIC 0x4d505244u /* "MPRD" */

#define ACCESS_LEVELS (IPROP_READONLY | IPROP_READWRITE)
#define ACCESS_STATES (IPROP_CLEAN | IPROP_DIRTY)

/* Named properties get IDs from the top half of the ID space. */
#define NAMED_ID_FIRST 0x8000u
#define NAMED_ID_LAST  0xFFFEu

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
#define COPY_FLAGS (MAPI_MOVE | MAPI_NOREPLACE | MAPI_DECLINE_OK | MAPI_DIALOG)

struct prop {
	ULONG tag;
	/* One of ACCESS_LEVELS and one of ACCESS_STATES. */
	ULONG access;
	/* ALLOCATEBUFFER block; NULL for a PT_OBJECT from HrAddObjProps. */
	LPSPropValue value;
};

/* A named property; its ID is NAMED_ID_FIRST + its index in the map. */
struct named {
	GUID guid;
	ULONG kind;
	LONG id;
	WCHAR *name;
};

struct propdata {
	IPropData iface;
	/* Checked first by every method; see objhdr.h. */
	struct objhdr hdr;
	_Atomic ULONG refs;
	ALLOCATEBUFFER *alloc_buffer;
	ALLOCATEMORE *alloc_more;
	FREEBUFFER *free_buffer;

	/* Everything below is guarded by lock. */
	pthread_mutex_t lock;
	ULONG access;
	struct prop *props;
	size_t nprops, props_cap;
	struct named *names;
	size_t nnames, names_cap;
	struct mapierr_last err;
};

static const IPropDataVtbl propdata_vtbl;

static struct propdata *impl(IPropData *iface)
{
	return container_of(iface, struct propdata, iface);
}

/* The header of This, NULL for a NULL pointer (objhdr_check refuses it). */
static struct objhdr *hdr_of(IPropData *This)
{
	return This == NULL ? NULL : &impl(This)->hdr;
}

/*
 * The first step of every method but AddRef, Release and GetLastError:
 * S_OK when the calling thread acts in the object's context and the object
 * is alive, else the refusal (MAPI_E_NO_ACCESS, MAPI_E_INVALID_OBJECT),
 * recorded on the thread, not in the object, which is not touched.
 */
static inline HRESULT enter(IPropData *This, const char *what)
{
	int err = objhdr_check(hdr_of(This), PROPDATA_MAGIC);

	if (err == 0)
		return S_OK;
	return objhdr_refuse(hdr_of(This), err, what);
}

static void lock(struct propdata *pd)
{
	pthread_mutex_lock(&pd->lock);
}

static void unlock(struct propdata *pd)
{
	pthread_mutex_unlock(&pd->lock);
}

/* ---------------------------------------------------------------------------
 * Memory helpers
 */

/* hdr + n * elem, or SIZE_MAX when that overflows (buf_alloc refuses it). */
static size_t array_size(size_t hdr, size_t n, size_t elem)
{
	if (n > (SIZE_MAX - hdr) / elem)
		return SIZE_MAX;
	return hdr + n * elem;
}

/* A root block of the caller's allocator.  Returns 0 or -ENOMEM. */
static int buf_alloc(const struct propdata *pd, size_t size, void **p_r)
{
	void *p = NULL;

	if (size > UINT32_MAX)
		return -ENOMEM;
	if (FAILED(pd->alloc_buffer((ULONG)size, &p)) || p == NULL)
		return -ENOMEM;
	*p_r = p;
	return 0;
}

/* A block linked to root, freed with it.  Returns 0 or -ENOMEM. */
static int buf_more(const struct propdata *pd, size_t size, void *root,
		    void **p_r)
{
	void *p = NULL;

	if (size > UINT32_MAX)
		return -ENOMEM;
	if (FAILED(pd->alloc_more((ULONG)size, root, &p)) || p == NULL)
		return -ENOMEM;
	*p_r = p;
	return 0;
}

static void buf_free(const struct propdata *pd, void *p)
{
	if (p != NULL)
		pd->free_buffer(p);
}

/*
 * Makes room for need elements of elem bytes in *arr (capacity *cap),
 * doubling.  Returns 0 or -ENOMEM, leaving *arr as it was.
 */
static int grow(void *arr, size_t *cap, size_t need, size_t elem, void **arr_r)
{
	size_t ncap = *cap != 0 ? *cap : 8;
	void *p;

	*arr_r = arr;
	if (need <= *cap)
		return 0;
	while (ncap < need) {
		if (ncap > SIZE_MAX / 2)
			return -ENOMEM;
		ncap *= 2;
	}
	if (ncap > SIZE_MAX / elem)
		return -ENOMEM;
	p = alloc_realloc(arr, ncap * elem);
	if (p == NULL)
		return -ENOMEM;
	*arr_r = p;
	*cap = ncap;
	return 0;
}

static int reserve_props(struct propdata *pd, size_t more)
{
	void *p;

	if (more > SIZE_MAX - pd->nprops)
		return -ENOMEM;
	if (grow(pd->props, &pd->props_cap, pd->nprops + more,
		 sizeof(*pd->props), &p) < 0)
		return -ENOMEM;
	pd->props = p;
	return 0;
}

/* ---------------------------------------------------------------------------
 * Properties
 */

static struct prop *find_prop(struct propdata *pd, ULONG id)
{
	size_t i;

	for (i = 0; i < pd->nprops; i++) {
		if (PROP_ID(pd->props[i].tag) == id)
			return &pd->props[i];
	}
	return NULL;
}

static void remove_prop(struct propdata *pd, struct prop *p)
{
	size_t i = (size_t)(p - pd->props);

	buf_free(pd, p->value);
	memmove(p, p + 1, (pd->nprops - i - 1) * sizeof(*p));
	pd->nprops--;
}

/*
 * Stores value (a block this object owns) as property p, or as a new
 * property when p is NULL; room must have been reserved.  Replacing keeps
 * the access level, and either way the property becomes dirty.
 */
static void store_prop(struct propdata *pd, struct prop *p, ULONG tag,
		       LPSPropValue value)
{
	if (p == NULL) {
		p = &pd->props[pd->nprops++];
		p->access = IPROP_READWRITE;
		p->value = NULL;
	}
	buf_free(pd, p->value);
	p->tag = tag;
	p->value = value;
	p->access = (p->access & ACCESS_LEVELS) | IPROP_DIRTY;
}

static bool prop_readonly(const struct prop *p)
{
	return p != NULL && (p->access & IPROP_READONLY) != 0;
}

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

static bool mv_ok(ULONG count, const void *array)
{
	return count > 0 && array != NULL;
}

/*
 * True when v is a value SetProps can store: a real property ID, a
 * concrete type that carries a value (not PT_NULL, PT_OBJECT, PT_ERROR or
 * PT_UNSPECIFIED), and pointers where the type needs them.  Multi-valued
 * values need at least one element, since GetProps may not return an empty
 * one.
 */
static bool value_ok(const SPropValue *v)
{
	const union _PV *pv = &v->Value;
	ULONG id = PROP_ID(v->ulPropTag), i;

	if (id == PROP_ID_NULL || id == PROP_ID_INVALID)
		return false;
	switch (PROP_TYPE(v->ulPropTag)) {
	case PT_I2:
	case PT_LONG:
	case PT_R4:
	case PT_DOUBLE:
	case PT_CURRENCY:
	case PT_APPTIME:
	case PT_BOOLEAN:
	case PT_I8:
	case PT_SYSTIME:
		return true;
	case PT_STRING8:
		return pv->lpszA != NULL;
	case PT_UNICODE:
		return pv->lpszW != NULL;
	case PT_CLSID:
		return pv->lpguid != NULL;
	case PT_BINARY:
		return pv->bin.cb == 0 || pv->bin.lpb != NULL;
	case PT_MV_I2:
		return mv_ok(pv->MVi.cValues, pv->MVi.lpi);
	case PT_MV_LONG:
		return mv_ok(pv->MVl.cValues, pv->MVl.lpl);
	case PT_MV_R4:
		return mv_ok(pv->MVflt.cValues, pv->MVflt.lpflt);
	case PT_MV_DOUBLE:
		return mv_ok(pv->MVdbl.cValues, pv->MVdbl.lpdbl);
	case PT_MV_CURRENCY:
		return mv_ok(pv->MVcur.cValues, pv->MVcur.lpcur);
	case PT_MV_APPTIME:
		return mv_ok(pv->MVat.cValues, pv->MVat.lpat);
	case PT_MV_I8:
		return mv_ok(pv->MVli.cValues, pv->MVli.lpli);
	case PT_MV_SYSTIME:
		return mv_ok(pv->MVft.cValues, pv->MVft.lpft);
	case PT_MV_CLSID:
		return mv_ok(pv->MVguid.cValues, pv->MVguid.lpguid);
	case PT_MV_STRING8:
		if (!mv_ok(pv->MVszA.cValues, pv->MVszA.lppszA))
			return false;
		for (i = 0; i < pv->MVszA.cValues; i++) {
			if (pv->MVszA.lppszA[i] == NULL)
				return false;
		}
		return true;
	case PT_MV_UNICODE:
		if (!mv_ok(pv->MVszW.cValues, pv->MVszW.lppszW))
			return false;
		for (i = 0; i < pv->MVszW.cValues; i++) {
			if (pv->MVszW.lppszW[i] == NULL)
				return false;
		}
		return true;
	case PT_MV_BINARY:
		if (!mv_ok(pv->MVbin.cValues, pv->MVbin.lpbin))
			return false;
		for (i = 0; i < pv->MVbin.cValues; i++) {
			if (pv->MVbin.lpbin[i].cb != 0 &&
			    pv->MVbin.lpbin[i].lpb == NULL)
				return false;
		}
		return true;
	default:
		return false;
	}
}

/*
 * A deep copy of v in a new block of the caller's allocator.  Returns 0,
 * -ENOMEM, or -EINVAL when PropCopyMore refuses the value.
 */
static int value_dup(const struct propdata *pd, const SPropValue *v,
		     LPSPropValue *copy_r)
{
	void *root;
	SCODE sc;

	if (buf_alloc(pd, sizeof(SPropValue), &root) < 0)
		return -ENOMEM;
	sc = PropCopyMore(root, (LPSPropValue)v, pd->alloc_more, root);
	if (sc != S_OK) {
		buf_free(pd, root);
		return sc == MAPI_E_NOT_ENOUGH_MEMORY ? -ENOMEM : -EINVAL;
	}
	*copy_r = root;
	return 0;
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
	ret = buf_more(pd, size, root, &dst);
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
	if (buf_more(pd, array_size(0, n, sizeof(void *)), root, &p) < 0)
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

/* A problem array of room for n entries, with cProblem 0; NULL if n = 0. */
static int problems_alloc(const struct propdata *pd, size_t n,
			  LPSPropProblemArray *probs_r)
{
	void *p;

	*probs_r = NULL;
	if (n == 0)
		return 0;
	if (buf_alloc(pd,
		      array_size(offsetof(SPropProblemArray, aProblem), n,
				 sizeof(SPropProblem)),
		      &p) < 0)
		return -ENOMEM;
	*probs_r = p;
	(*probs_r)->cProblem = 0;
	return 0;
}

static void problem_add(LPSPropProblemArray probs, size_t cap, ULONG index,
			ULONG tag, SCODE sc)
{
	SPropProblem *pp;

	if (probs == NULL || probs->cProblem >= cap)
		return;
	pp = &probs->aProblem[probs->cProblem++];
	pp->ulIndex = index;
	pp->ulPropTag = tag;
	pp->scode = sc;
}

/* Hands a problem array to the caller, or frees it when it is empty. */
static void problems_return(const struct propdata *pd,
			    LPSPropProblemArray probs,
			    LPSPropProblemArray *probs_r)
{
	if (probs != NULL && probs->cProblem == 0) {
		buf_free(pd, probs);
		probs = NULL;
	}
	if (probs_r != NULL)
		*probs_r = probs;
	else
		buf_free(pd, probs);
}

static bool tags_ok(const SPropTagArray *tags)
{
	return tags != NULL && tags->cValues > 0;
}

static bool access_ok(ULONG access)
{
	ULONG level = access & ACCESS_LEVELS, state = access & ACCESS_STATES;

	return (access & ~(ACCESS_LEVELS | ACCESS_STATES)) == 0 &&
	       (level == IPROP_READONLY || level == IPROP_READWRITE) &&
	       (state == IPROP_CLEAN || state == IPROP_DIRTY);
}

/* ---------------------------------------------------------------------------
 * IUnknown
 */

/*
 * Every method first checks the object header (objhdr.h).  A call from a
 * thread acting in another security context gets MAPI_E_NO_ACCESS and a
 * call on a dead object (its MAPI instance was torn down) gets
 * MAPI_E_INVALID_OBJECT; either way the object is left exactly as it was
 * and the message goes to the calling thread's record, which GetLastError
 * answers from.  AddRef and Release return ULONG: a refused one returns 0
 * and leaves the count alone.  The owner may still Release a dead object,
 * so that it does not leak.
 */

/*
 * IPropData::QueryInterface - IID_IUnknown, IID_IMAPIProp and
 * IID_IMAPIPropData all give this object, AddRef'ed.
 *
 * RETURNS
 *  S_OK, MAPI_E_INVALID_PARAMETER (ppvObj or riid NULL),
 *  MAPI_E_INTERFACE_NOT_SUPPORTED (*ppvObj is NULL then), MAPI_E_NO_ACCESS,
 *  MAPI_E_INVALID_OBJECT (*ppvObj is NULL then too).
 */
static HRESULT STDMETHODCALLTYPE pd_QueryInterface(IPropData *This, REFIID riid,
						   LPVOID *ppvObj)
{
	struct propdata *pd = impl(This);
	HRESULT hr = enter(This, "IPropData::QueryInterface");

	if (hr != S_OK) {
		if (ppvObj != NULL)
			*ppvObj = NULL;
		return hr;
	}
	if (ppvObj == NULL)
		return MAPI_E_INVALID_PARAMETER;
	*ppvObj = NULL;
	if (riid == NULL)
		return MAPI_E_INVALID_PARAMETER;
	if (IsEqualIID(riid, &IID_IUnknown) ||
	    IsEqualIID(riid, &IID_IMAPIProp) ||
	    IsEqualIID(riid, &IID_IMAPIPropData)) {
		This->lpVtbl->AddRef(This);
		*ppvObj = This;
		return S_OK;
	}
	lock(pd);
	hr = mapierr_set(&pd->err, MAPI_E_INTERFACE_NOT_SUPPORTED,
			 "QueryInterface: interface not supported");
	unlock(pd);
	return hr;
}

/* IUnknown::AddRef: the new count; 0 for a refused call (see above). */
static ULONG STDMETHODCALLTYPE pd_AddRef(IPropData *This)
{
	if (enter(This, "IPropData::AddRef") != S_OK)
		return 0;
	return atomic_fetch_add(&impl(This)->refs, 1) + 1;
}

static void propdata_free(struct propdata *pd)
{
	size_t i;

	for (i = 0; i < pd->nprops; i++)
		buf_free(pd, pd->props[i].value);
	alloc_free(pd->props);
	for (i = 0; i < pd->nnames; i++)
		alloc_free(pd->names[i].name);
	alloc_free(pd->names);
	pthread_mutex_destroy(&pd->lock);
	objhdr_fini(&pd->hdr);
	alloc_free(pd);
}

/*
 * IUnknown::Release: the count left; the last Release frees the object and
 * every value it holds.  A dead object's owner may release it (its values
 * are buffers of the owner's context, freed as usual).  A refused call
 * returns 0 and changes nothing: another context's thread must not free
 * what it does not own.
 */
static ULONG STDMETHODCALLTYPE pd_Release(IPropData *This)
{
	struct propdata *pd;
	ULONG refs;
	int err = objhdr_check_release(hdr_of(This), PROPDATA_MAGIC);

	if (err < 0) {
		objhdr_refuse(hdr_of(This), err, "IPropData::Release");
		return 0;
	}
	pd = impl(This);
	refs = atomic_fetch_sub(&pd->refs, 1) - 1;

	if (refs == 0)
		propdata_free(pd);
	return refs;
}

/* ---------------------------------------------------------------------------
 * IMAPIProp
 */

/*
 * IMAPIProp::GetLastError - the message recorded with the last failure.
 *
 * RETURNS
 *  As mapierr_get: S_OK (with *lppMAPIError NULL when hResult is not a
 *  failure), MAPI_E_INVALID_PARAMETER, MAPI_E_UNKNOWN_FLAGS,
 *  MAPI_E_NOT_ENOUGH_MEMORY.
 *
 * NOTES
 *  Called from another context or on a dead object, it does not refuse:
 *  it explains the refusal the caller just got, from the calling thread's
 *  record (objhdr_last_error), and still does not touch the object.
 */
static HRESULT STDMETHODCALLTYPE pd_GetLastError(IPropData *This,
						 HRESULT hResult, ULONG ulFlags,
						 LPMAPIERROR *lppMAPIError)
{
	struct propdata *pd;
	HRESULT hr;

	if (objhdr_check(hdr_of(This), PROPDATA_MAGIC) != 0)
		return objhdr_last_error(hResult, ulFlags, COMPONENT,
					 lppMAPIError);
	pd = impl(This);
	lock(pd);
	hr = mapierr_get(&pd->err, hResult, ulFlags, COMPONENT, lppMAPIError);
	unlock(pd);
	return hr;
}

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
	struct propdata *pd = impl(This);
	HRESULT hr;

	hr = enter(This, "IPropData::SaveChanges");
	if (hr != S_OK)
		return hr;
	lock(pd);
	if ((ulFlags & ~SAVE_FLAGS) != 0)
		hr = mapierr_set(&pd->err, MAPI_E_UNKNOWN_FLAGS,
				 "SaveChanges: unknown flags 0x%08x",
				 (unsigned)ulFlags);
	unlock(pd);
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
	struct propdata *pd = impl(This);
	bool errors = false;
	LPSPropValue out;
	const struct prop *p;
	ULONG n, i, tag;
	void *root;
	HRESULT hr;

	hr = enter(This, "IPropData::GetProps");
	if (hr != S_OK)
		return hr;
	lock(pd);
	if (lpcValues == NULL || lppPropArray == NULL ||
	    (lpPropTagArray != NULL && lpPropTagArray->cValues == 0)) {
		hr = mapierr_set(&pd->err, MAPI_E_INVALID_PARAMETER,
				 "GetProps: missing output or empty tag array");
		goto out;
	}
	if ((ulFlags & ~MAPI_UNICODE) != 0) {
		hr = mapierr_set(&pd->err, MAPI_E_UNKNOWN_FLAGS,
				 "GetProps: unknown flags 0x%08x",
				 (unsigned)ulFlags);
		goto out;
	}
	n = lpPropTagArray != NULL ? lpPropTagArray->cValues
				   : (ULONG)pd->nprops;
	if (n == 0) {
		*lpcValues = 0;
		*lppPropArray = NULL;
		hr = S_OK;
		goto out;
	}
	if (buf_alloc(pd, array_size(0, n, sizeof(SPropValue)), &root) < 0)
		goto oom;
	out = root;
	for (i = 0; i < n; i++) {
		if (lpPropTagArray != NULL) {
			tag = lpPropTagArray->aulPropTag[i];
			p = find_prop(pd, PROP_ID(tag));
		} else {
			p = &pd->props[i];
			tag = PROP_TAG(PT_UNSPECIFIED, PROP_ID(p->tag));
		}
		if (get_one(pd, root, p, tag, ulFlags, &out[i]) < 0) {
			buf_free(pd, root);
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
	hr = mapierr_set(&pd->err, MAPI_E_NOT_ENOUGH_MEMORY,
			 "GetProps: out of memory");
out:
	unlock(pd);
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
	struct propdata *pd = impl(This);
	LPSPropTagArray tags;
	void *root;
	HRESULT hr;
	size_t i;

	hr = enter(This, "IPropData::GetPropList");
	if (hr != S_OK)
		return hr;
	lock(pd);
	if (lppPropTagArray == NULL) {
		hr = mapierr_set(&pd->err, MAPI_E_INVALID_PARAMETER,
				 "GetPropList: missing output");
		goto out;
	}
	if ((ulFlags & ~MAPI_UNICODE) != 0) {
		hr = mapierr_set(&pd->err, MAPI_E_UNKNOWN_FLAGS,
				 "GetPropList: unknown flags 0x%08x",
				 (unsigned)ulFlags);
		goto out;
	}
	if (buf_alloc(pd, CbNewSPropTagArray(pd->nprops), &root) < 0) {
		hr = mapierr_set(&pd->err, MAPI_E_NOT_ENOUGH_MEMORY,
				 "GetPropList: out of memory");
		goto out;
	}
	tags = root;
	tags->cValues = (ULONG)pd->nprops;
	for (i = 0; i < pd->nprops; i++) {
		ULONG tag = pd->props[i].tag;

		tags->aulPropTag[i] = PROP_TAG(
		    natural_type(PROP_TYPE(tag), ulFlags), PROP_ID(tag));
	}
	*lppPropTagArray = tags;
	hr = S_OK;
out:
	unlock(pd);
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
	struct propdata *pd = impl(This);
	HRESULT hr;

	hr = enter(This, "IPropData::OpenProperty");
	if (hr != S_OK)
		return hr;
	(void)lpiid;
	(void)ulInterfaceOptions;
	(void)ulFlags;
	(void)lppUnk;
	lock(pd);
	hr = mapierr_set(&pd->err, MAPI_E_NO_SUPPORT,
			 "OpenProperty: property data objects have no "
			 "subobjects (tag 0x%08x)",
			 (unsigned)ulPropTag);
	unlock(pd);
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
	struct propdata *pd = impl(This);
	LPSPropProblemArray probs = NULL;
	LPSPropValue *copies = NULL;
	ULONG i, nreadonly = 0;
	struct prop *p;
	HRESULT hr;
	int ret;

	hr = enter(This, "IPropData::SetProps");
	if (hr != S_OK)
		return hr;
	lock(pd);
	if (lpPropArray == NULL || cValues == 0) {
		hr = mapierr_set(&pd->err, MAPI_E_INVALID_PARAMETER,
				 "SetProps: no values");
		goto out;
	}
	for (i = 0; i < cValues; i++) {
		if (!value_ok(&lpPropArray[i])) {
			hr = mapierr_set(&pd->err, MAPI_E_INVALID_PARAMETER,
					 "SetProps: value %u (tag 0x%08x) "
					 "cannot be set",
					 (unsigned)i,
					 (unsigned)lpPropArray[i].ulPropTag);
			goto out;
		}
	}
	if (pd->access != IPROP_READWRITE) {
		hr = mapierr_set(&pd->err, MAPI_E_NO_ACCESS,
				 "SetProps: the object is read-only");
		goto out;
	}

	/*
	 * Allocate everything first, so that the commit below cannot fail;
	 * the index grows last, so a failed call does not leave it grown.
	 */
	for (i = 0; i < cValues; i++) {
		if (prop_readonly(
			find_prop(pd, PROP_ID(lpPropArray[i].ulPropTag))))
			nreadonly++;
	}
	copies = alloc_calloc(cValues, sizeof(*copies));
	if (copies == NULL)
		goto oom;
	for (i = 0; i < cValues; i++) {
		p = find_prop(pd, PROP_ID(lpPropArray[i].ulPropTag));
		if (prop_readonly(p))
			continue;
		ret = value_dup(pd, &lpPropArray[i], &copies[i]);
		if (ret == -EINVAL) {
			hr = mapierr_set(&pd->err, MAPI_E_INVALID_PARAMETER,
					 "SetProps: value %u (tag 0x%08x) "
					 "cannot be copied",
					 (unsigned)i,
					 (unsigned)lpPropArray[i].ulPropTag);
			goto undo;
		}
		if (ret < 0)
			goto oom;
	}
	if (lppProblems != NULL && problems_alloc(pd, nreadonly, &probs) < 0)
		goto oom;
	if (reserve_props(pd, cValues - nreadonly) < 0) {
		buf_free(pd, probs);
		goto oom;
	}

	for (i = 0; i < cValues; i++) {
		ULONG tag = lpPropArray[i].ulPropTag;

		p = find_prop(pd, PROP_ID(tag));
		if (prop_readonly(p)) {
			problem_add(probs, nreadonly, i, tag, MAPI_E_NO_ACCESS);
			continue;
		}
		store_prop(pd, p, tag, copies[i]);
		copies[i] = NULL;
	}
	problems_return(pd, probs, lppProblems);
	hr = S_OK;
	goto out;
oom:
	hr = mapierr_set(&pd->err, MAPI_E_NOT_ENOUGH_MEMORY,
			 "SetProps: out of memory");
undo:
	if (copies != NULL) {
		for (i = 0; i < cValues; i++)
			buf_free(pd, copies[i]);
	}
out:
	alloc_free(copies);
	unlock(pd);
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
	struct propdata *pd = impl(This);
	LPSPropProblemArray probs = NULL;
	ULONG i, nreadonly = 0;
	struct prop *p;
	HRESULT hr;

	hr = enter(This, "IPropData::DeleteProps");
	if (hr != S_OK)
		return hr;
	lock(pd);
	if (!tags_ok(lpPropTagArray)) {
		hr = mapierr_set(&pd->err, MAPI_E_INVALID_PARAMETER,
				 "DeleteProps: no tags");
		goto out;
	}
	if (pd->access != IPROP_READWRITE) {
		hr = mapierr_set(&pd->err, MAPI_E_NO_ACCESS,
				 "DeleteProps: the object is read-only");
		goto out;
	}
	for (i = 0; i < lpPropTagArray->cValues; i++) {
		if (prop_readonly(
			find_prop(pd, PROP_ID(lpPropTagArray->aulPropTag[i]))))
			nreadonly++;
	}
	if (lppProblems != NULL && problems_alloc(pd, nreadonly, &probs) < 0) {
		hr = mapierr_set(&pd->err, MAPI_E_NOT_ENOUGH_MEMORY,
				 "DeleteProps: out of memory");
		goto out;
	}
	for (i = 0; i < lpPropTagArray->cValues; i++) {
		ULONG tag = lpPropTagArray->aulPropTag[i];

		p = find_prop(pd, PROP_ID(tag));
		if (p == NULL)
			continue;
		if (prop_readonly(p))
			problem_add(probs, nreadonly, i, tag, MAPI_E_NO_ACCESS);
		else
			remove_prop(pd, p);
	}
	problems_return(pd, probs, lppProblems);
	hr = S_OK;
out:
	unlock(pd);
	return hr;
}

/* ---------------------------------------------------------------------------
 * CopyTo and CopyProps
 */

/* The destination interfaces: IMAPIProp and those that begin with it. */
static bool dest_iid_ok(LPCIID iid)
{
	static const IID *const ok[] = {
	    &IID_IMAPIProp,    &IID_IMAPIPropData,  &IID_IMessage,
	    &IID_IAttachment,  &IID_IMAPIContainer, &IID_IMAPIFolder,
	    &IID_IABContainer, &IID_IMailUser,      &IID_IDistList,
	    &IID_IMsgStore,    &IID_IProfSect,      &IID_IMAPIStatus,
	    &IID_IAddrBook,
	};
	size_t i;

	if (iid == NULL)
		return true;
	for (i = 0; i < sizeof(ok) / sizeof(ok[0]); i++) {
		if (IsEqualIID(iid, ok[i]))
			return true;
	}
	return false;
}

static bool tag_listed(const SPropTagArray *tags, ULONG id)
{
	ULONG i;

	if (tags == NULL)
		return false;
	for (i = 0; i < tags->cValues; i++) {
		if (PROP_ID(tags->aulPropTag[i]) == id)
			return true;
	}
	return false;
}

/* One copy operation: the values taken from the source, and the result. */
struct copy_job {
	/* Snapshot of the values to copy: one block of our allocator. */
	LPSPropValue values;
	/* values[k] came from entry index[k] (CopyProps: of the include
	 * array; CopyTo: of the source's properties); alloc_*(). */
	ULONG *index;
	/* values[k] is to be written / was written (MAPI_MOVE deletes it). */
	bool *copied;
	ULONG nvalues;
	LPSPropProblemArray probs;
	size_t probs_cap;
};

static void copy_job_free(const struct propdata *pd, struct copy_job *job)
{
	buf_free(pd, job->values);
	alloc_free(job->index);
	alloc_free(job->copied);
	buf_free(pd, job->probs);
}

/*
 * Takes the snapshot under the lock: include selects properties by ID
 * (missing ones are MAPI_E_NOT_FOUND problems, object ones
 * MAPI_E_NO_SUPPORT), or, when NULL, every property with an ID not in
 * exclude (object properties are skipped).  Every entry can give at most
 * one problem, so the problem array gets room for all of them now and
 * nothing needs memory after the destination has been changed.  Returns 0
 * or -ENOMEM.
 */
static int copy_snapshot(struct propdata *pd, const SPropTagArray *include,
			 const SPropTagArray *exclude, bool want_problems,
			 struct copy_job *job)
{
	size_t n = include != NULL ? include->cValues : pd->nprops;
	void *root;
	size_t i;

	if (n == 0)
		return 0;
	if (buf_alloc(pd, array_size(0, n, sizeof(SPropValue)), &root) < 0)
		return -ENOMEM;
	job->values = root;
	job->index = alloc_calloc(n, sizeof(*job->index));
	job->copied = alloc_calloc(n, sizeof(*job->copied));
	if (job->index == NULL || job->copied == NULL)
		return -ENOMEM;
	if (want_problems) {
		if (problems_alloc(pd, n, &job->probs) < 0)
			return -ENOMEM;
		job->probs_cap = n;
	}
	for (i = 0; i < n; i++) {
		const struct prop *p;

		if (include != NULL) {
			ULONG tag = include->aulPropTag[i];

			p = find_prop(pd, PROP_ID(tag));
			if (p == NULL || PROP_TYPE(p->tag) == PT_OBJECT) {
				problem_add(job->probs, job->probs_cap,
					    (ULONG)i, tag,
					    p == NULL ? MAPI_E_NOT_FOUND
						      : MAPI_E_NO_SUPPORT);
				continue;
			}
		} else {
			p = &pd->props[i];
			if (PROP_TYPE(p->tag) == PT_OBJECT ||
			    tag_listed(exclude, PROP_ID(p->tag)))
				continue;
		}
		if (PropCopyMore(&job->values[job->nvalues], p->value,
				 pd->alloc_more, root) != S_OK)
			return -ENOMEM;
		job->index[job->nvalues] = (ULONG)i;
		job->copied[job->nvalues] = true;
		job->nvalues++;
	}
	return 0;
}

/*
 * With MAPI_NOREPLACE: drops the values whose ID the destination has.
 * Returns the destination's GetPropList result.
 */
static HRESULT copy_skip_existing(LPMAPIPROP dest, struct copy_job *job)
{
	LPSPropTagArray have = NULL;
	HRESULT hr;
	ULONG k;

	hr = IMAPIProp_GetPropList(dest, MAPI_UNICODE, &have);
	if (FAILED(hr))
		return hr;
	for (k = 0; k < job->nvalues; k++) {
		if (tag_listed(have, PROP_ID(job->values[k].ulPropTag)))
			job->copied[k] = false;
	}
	MAPIFreeBuffer(have);
	return S_OK;
}

/*
 * Writes the selected values with one SetProps on the destination, and
 * turns the destination's problems into ours (indexes mapped back to the
 * caller's arrays).  The values are compacted in place first.  Returns
 * the destination's result.
 */
static HRESULT copy_write(LPMAPIPROP dest, struct copy_job *job)
{
	LPSPropProblemArray dprobs = NULL;
	ULONG k, n = 0, i;
	HRESULT hr;

	for (k = 0; k < job->nvalues; k++) {
		if (!job->copied[k])
			continue;
		job->values[n] = job->values[k];
		job->index[n] = job->index[k];
		job->copied[n] = true;
		n++;
	}
	job->nvalues = n;
	if (n == 0)
		return S_OK;
	hr = IMAPIProp_SetProps(dest, n, job->values, &dprobs);
	if (FAILED(hr))
		return hr;
	if (dprobs != NULL) {
		for (i = 0; i < dprobs->cProblem; i++) {
			k = dprobs->aProblem[i].ulIndex;
			if (k >= n)
				continue;
			job->copied[k] = false;
			problem_add(job->probs, job->probs_cap, job->index[k],
				    dprobs->aProblem[i].ulPropTag,
				    dprobs->aProblem[i].scode);
		}
		MAPIFreeBuffer(dprobs);
	}
	return S_OK;
}

/*
 * MAPI_MOVE: deletes what reached the destination.  Read-only properties
 * stay, with a MAPI_E_NO_ACCESS problem.
 */
static void copy_remove_moved(struct propdata *pd, struct copy_job *job)
{
	struct prop *p;
	ULONG k;

	for (k = 0; k < job->nvalues; k++) {
		if (!job->copied[k])
			continue;
		p = find_prop(pd, PROP_ID(job->values[k].ulPropTag));
		if (p == NULL)
			continue;
		if (prop_readonly(p) || pd->access != IPROP_READWRITE)
			problem_add(job->probs, job->probs_cap, job->index[k],
				    p->tag, MAPI_E_NO_ACCESS);
		else
			remove_prop(pd, p);
	}
}

/*
 * The body of CopyTo (include NULL) and CopyProps; copy_nothing (CopyTo
 * told not to use IMAPIProp) stops after the checks.  The lock is taken for
 * the checks and the snapshot, dropped while the destination works (it may
 * be another property data object, in any lock order), and taken again to
 * delete moved properties.
 */
static HRESULT copy_props(struct propdata *pd, const char *what,
			  const SPropTagArray *include,
			  const SPropTagArray *exclude, bool copy_nothing,
			  LPCIID lpInterface, LPVOID lpDestObj, ULONG ulFlags,
			  LPSPropProblemArray *lppProblems)
{
	LPMAPIPROP dest = lpDestObj;
	struct copy_job job = {0};
	HRESULT hr;

	lock(pd);
	if (lpDestObj == NULL) {
		hr = mapierr_set(&pd->err, MAPI_E_INVALID_PARAMETER,
				 "%s: no destination", what);
		goto out;
	}
	if ((ulFlags & ~COPY_FLAGS) != 0) {
		hr = mapierr_set(&pd->err, MAPI_E_UNKNOWN_FLAGS,
				 "%s: unknown flags 0x%08x", what,
				 (unsigned)ulFlags);
		goto out;
	}
	if (!dest_iid_ok(lpInterface)) {
		hr = mapierr_set(&pd->err, MAPI_E_INTERFACE_NOT_SUPPORTED,
				 "%s: the destination interface is not an "
				 "IMAPIProp",
				 what);
		goto out;
	}
	if (lpDestObj == (void *)&pd->iface) {
		hr = mapierr_set(&pd->err, MAPI_E_NO_ACCESS,
				 "%s: source and destination are the same "
				 "object",
				 what);
		goto out;
	}
	if ((ulFlags & MAPI_MOVE) != 0 && pd->access != IPROP_READWRITE) {
		hr = mapierr_set(&pd->err, MAPI_E_NO_ACCESS,
				 "%s: cannot move from a read-only object",
				 what);
		goto out;
	}
	if (copy_nothing) {
		problems_return(pd, NULL, lppProblems);
		hr = S_OK;
		goto out;
	}
	if (copy_snapshot(pd, include, exclude, lppProblems != NULL, &job) <
	    0) {
		hr = mapierr_set(&pd->err, MAPI_E_NOT_ENOUGH_MEMORY,
				 "%s: out of memory", what);
		goto out;
	}
	unlock(pd);

	hr = S_OK;
	if (job.nvalues > 0 && (ulFlags & MAPI_NOREPLACE) != 0)
		hr = copy_skip_existing(dest, &job);
	if (SUCCEEDED(hr))
		hr = copy_write(dest, &job);

	lock(pd);
	if (FAILED(hr)) {
		mapierr_set(&pd->err, hr, "%s: the destination failed", what);
		goto out;
	}
	if ((ulFlags & MAPI_MOVE) != 0)
		copy_remove_moved(pd, &job);
	problems_return(pd, job.probs, lppProblems);
	job.probs = NULL;
	hr = S_OK;
out:
	unlock(pd);
	copy_job_free(pd, &job);
	return hr;
}

/*
 * IMAPIProp::CopyTo
 *
 * PARAMS
 *  ciidExclude, rgiidExclude [I] interfaces not to use; excluding
 *                  IID_IMAPIProp or IID_IMAPIPropData copies nothing
 *  lpExcludeProps  [I] NULL, or properties not to copy (matched by ID)
 *  ulUIParam, lpProgress [I] ignored: there is no user interface
 *  lpInterface     [I] the destination's interface: NULL, IID_IMAPIProp,
 *                  IID_IMAPIPropData or an interface derived from
 *                  IMAPIProp (IID_IMessage, ...)
 *  lpDestObj       [I] the destination
 *  ulFlags         [I] MAPI_MOVE (delete what was copied), MAPI_NOREPLACE
 *                  (keep the destination's properties of the same ID),
 *                  MAPI_DIALOG and MAPI_DECLINE_OK (no effect)
 *  lppProblems     [O] optional: NULL, or the properties not copied or not
 *                  moved (ulIndex: position among the source's properties)
 *
 * RETURNS
 *  S_OK, also with problems; MAPI_E_INVALID_PARAMETER (no destination, an
 *  empty exclusion array), MAPI_E_UNKNOWN_FLAGS,
 *  MAPI_E_INTERFACE_NOT_SUPPORTED, MAPI_E_NO_ACCESS (the destination is
 *  this object, or MAPI_MOVE from a read-only object),
 *  MAPI_E_NOT_ENOUGH_MEMORY, or what the destination's SetProps or
 *  GetPropList failed with.
 *
 * NOTES
 *  Object properties (PT_OBJECT) are placeholders and are not copied.
 */
static HRESULT STDMETHODCALLTYPE
pd_CopyTo(IPropData *This, ULONG ciidExclude, LPCIID rgiidExclude,
	  LPSPropTagArray lpExcludeProps, ULONG_PTR ulUIParam,
	  LPMAPIPROGRESS lpProgress, LPCIID lpInterface, LPVOID lpDestObj,
	  ULONG ulFlags, LPSPropProblemArray *lppProblems)
{
	struct propdata *pd = impl(This);
	bool copy_nothing = false;
	HRESULT hr;
	ULONG i;

	hr = enter(This, "IPropData::CopyTo");
	if (hr != S_OK)
		return hr;
	(void)ulUIParam;
	(void)lpProgress;
	if ((ciidExclude > 0 && rgiidExclude == NULL) ||
	    (lpExcludeProps != NULL && lpExcludeProps->cValues == 0)) {
		lock(pd);
		hr = mapierr_set(&pd->err, MAPI_E_INVALID_PARAMETER,
				 "CopyTo: bad exclusion list");
		unlock(pd);
		return hr;
	}
	for (i = 0; i < ciidExclude; i++) {
		if (IsEqualIID(&rgiidExclude[i], &IID_IMAPIProp) ||
		    IsEqualIID(&rgiidExclude[i], &IID_IMAPIPropData))
			copy_nothing = true;
	}
	return copy_props(pd, "CopyTo", NULL, lpExcludeProps, copy_nothing,
			  lpInterface, lpDestObj, ulFlags, lppProblems);
}

/*
 * IMAPIProp::CopyProps - as CopyTo, for the properties in lpIncludeProps
 * (matched by ID; values keep their stored type).  A property this object
 * does not have is a MAPI_E_NOT_FOUND problem, an object property a
 * MAPI_E_NO_SUPPORT problem; problem indexes are positions in
 * lpIncludeProps.
 *
 * RETURNS
 *  As CopyTo; MAPI_E_INVALID_PARAMETER when lpIncludeProps is NULL or
 *  empty.
 */
static HRESULT STDMETHODCALLTYPE
pd_CopyProps(IPropData *This, LPSPropTagArray lpIncludeProps,
	     ULONG_PTR ulUIParam, LPMAPIPROGRESS lpProgress, LPCIID lpInterface,
	     LPVOID lpDestObj, ULONG ulFlags, LPSPropProblemArray *lppProblems)
{
	struct propdata *pd = impl(This);
	HRESULT hr;

	hr = enter(This, "IPropData::CopyProps");
	if (hr != S_OK)
		return hr;
	(void)ulUIParam;
	(void)lpProgress;
	if (!tags_ok(lpIncludeProps)) {
		lock(pd);
		hr = mapierr_set(&pd->err, MAPI_E_INVALID_PARAMETER,
				 "CopyProps: no tags");
		unlock(pd);
		return hr;
	}
	return copy_props(pd, "CopyProps", lpIncludeProps, NULL, false,
			  lpInterface, lpDestObj, ulFlags, lppProblems);
}

/* ---------------------------------------------------------------------------
 * Named properties
 */

static bool name_ok(const MAPINAMEID *name)
{
	if (name == NULL || name->lpguid == NULL)
		return false;
	if (name->ulKind == MNID_ID)
		return true;
	return name->ulKind == MNID_STRING && name->Kind.lpwstrName != NULL;
}

/* A MAPINAMEID that points into entry e, for FEqualNames. */
static MAPINAMEID name_view(struct named *e)
{
	MAPINAMEID view = {.lpguid = &e->guid, .ulKind = e->kind};

	if (e->kind == MNID_ID)
		view.Kind.lID = e->id;
	else
		view.Kind.lpwstrName = e->name;
	return view;
}

/* Index of the entry equal to name (FEqualNames), or -1. */
static long name_find(struct propdata *pd, const MAPINAMEID *name)
{
	MAPINAMEID view;
	size_t i;

	for (i = 0; i < pd->nnames; i++) {
		view = name_view(&pd->names[i]);
		if (FEqualNames(&view, (LPMAPINAMEID)name))
			return (long)i;
	}
	return -1;
}

/* Appends name to the map.  Returns its index, or -ENOMEM. */
static long name_add(struct propdata *pd, const MAPINAMEID *name)
{
	struct named *e;
	void *p;

	if (grow(pd->names, &pd->names_cap, pd->nnames + 1, sizeof(*pd->names),
		 &p) < 0)
		return -ENOMEM;
	pd->names = p;
	e = &pd->names[pd->nnames];
	memset(e, 0, sizeof(*e));
	e->guid = *name->lpguid;
	e->kind = name->ulKind;
	if (name->ulKind == MNID_ID) {
		e->id = name->Kind.lID;
	} else {
		e->name = alloc_memdup(name->Kind.lpwstrName,
				       (ustr_wlen(name->Kind.lpwstrName) + 1) *
					   sizeof(WCHAR));
		if (e->name == NULL)
			return -ENOMEM;
	}
	return (long)pd->nnames++;
}

/*
 * Forgets the entries from index keep on (undoing a failed call), and the
 * array itself when that leaves it empty, so that a failed call leaves no
 * trace.
 */
static void names_truncate(struct propdata *pd, size_t keep)
{
	while (pd->nnames > keep)
		alloc_free(pd->names[--pd->nnames].name);
	if (pd->nnames == 0) {
		alloc_free(pd->names);
		pd->names = NULL;
		pd->names_cap = 0;
	}
}

/*
 * IMAPIProp::GetIDsFromNames
 *
 * PARAMS
 *  cPropNames   [I] number of names; 0 with lppPropNames NULL asks for
 *                   the IDs of every name the object knows
 *  lppPropNames [I] the names (GUID plus MNID_ID number or MNID_STRING
 *                   name, matched as FEqualNames does), or NULL
 *  ulFlags      [I] MAPI_CREATE: give unknown names new IDs (0x8000 up)
 *  lppPropTags  [O] PT_UNSPECIFIED tags in the order of the names; an
 *                   unknown name without MAPI_CREATE gets PT_ERROR with ID
 *                   0 (so does a name when the ID range is used up)
 *
 * RETURNS
 *  S_OK, MAPI_W_ERRORS_RETURNED (some PT_ERROR entries),
 *  MAPI_E_INVALID_PARAMETER (counts and array disagree, a NULL name, no
 *  GUID, a bad kind, MAPI_CREATE without names), MAPI_E_UNKNOWN_FLAGS,
 *  MAPI_E_NOT_ENOUGH_MEMORY (no name added then).
 */
static HRESULT STDMETHODCALLTYPE pd_GetIDsFromNames(
    IPropData *This, ULONG cPropNames, LPMAPINAMEID *lppPropNames,
    ULONG ulFlags, LPSPropTagArray *lppPropTags)
{
	struct propdata *pd = impl(This);
	LPSPropTagArray tags = NULL;
	bool errors = false;
	size_t old_nnames;
	ULONG i, n;
	HRESULT hr;
	void *mem;
	long idx;

	hr = enter(This, "IPropData::GetIDsFromNames");
	if (hr != S_OK)
		return hr;
	lock(pd);
	old_nnames = pd->nnames;
	if ((ulFlags & ~MAPI_CREATE) != 0) {
		hr = mapierr_set(&pd->err, MAPI_E_UNKNOWN_FLAGS,
				 "GetIDsFromNames: unknown flags 0x%08x",
				 (unsigned)ulFlags);
		goto out;
	}
	if (lppPropTags == NULL ||
	    (lppPropNames == NULL &&
	     (cPropNames != 0 || (ulFlags & MAPI_CREATE) != 0)) ||
	    (lppPropNames != NULL && cPropNames == 0))
		goto invalid;
	for (i = 0; lppPropNames != NULL && i < cPropNames; i++) {
		if (!name_ok(lppPropNames[i]))
			goto invalid;
	}

	n = lppPropNames != NULL ? cPropNames : (ULONG)pd->nnames;
	if (buf_alloc(pd, CbNewSPropTagArray(n), &mem) < 0)
		goto oom;
	tags = mem;
	tags->cValues = n;
	for (i = 0; i < n; i++) {
		idx = lppPropNames != NULL ? name_find(pd, lppPropNames[i])
					   : (long)i;
		if (idx < 0 && (ulFlags & MAPI_CREATE) != 0 &&
		    pd->nnames <= NAMED_ID_LAST - NAMED_ID_FIRST) {
			idx = name_add(pd, lppPropNames[i]);
			if (idx < 0)
				goto oom;
		}
		if (idx < 0) {
			tags->aulPropTag[i] = PROP_TAG(PT_ERROR, 0);
			errors = true;
		} else {
			tags->aulPropTag[i] = PROP_TAG(
			    PT_UNSPECIFIED, NAMED_ID_FIRST + (ULONG)idx);
		}
	}
	*lppPropTags = tags;
	hr = errors ? MAPI_W_ERRORS_RETURNED : S_OK;
	goto out;
invalid:
	hr = mapierr_set(&pd->err, MAPI_E_INVALID_PARAMETER,
			 "GetIDsFromNames: bad name array");
	goto out;
oom:
	names_truncate(pd, old_nnames);
	buf_free(pd, tags);
	hr = mapierr_set(&pd->err, MAPI_E_NOT_ENOUGH_MEMORY,
			 "GetIDsFromNames: out of memory");
out:
	unlock(pd);
	return hr;
}

static bool name_selected(const struct named *e, const GUID *guid, ULONG flags)
{
	if (guid != NULL && !IsEqualGUID(&e->guid, guid))
		return false;
	if (e->kind == MNID_ID)
		return (flags & MAPI_NO_IDS) == 0;
	return (flags & MAPI_NO_STRINGS) == 0;
}

/* A copy of entry e, linked to root.  Returns 0 or -ENOMEM. */
static int name_export(const struct propdata *pd, void *root,
		       const struct named *e, LPMAPINAMEID *name_r)
{
	struct {
		MAPINAMEID name;
		GUID guid;
	} * block;
	void *p;
	size_t size;

	if (buf_more(pd, sizeof(*block), root, &p) < 0)
		return -ENOMEM;
	block = p;
	block->guid = e->guid;
	block->name.lpguid = &block->guid;
	block->name.ulKind = e->kind;
	if (e->kind == MNID_ID) {
		block->name.Kind.lID_Reserved = 0;
		block->name.Kind.lID = e->id;
	} else {
		size = (ustr_wlen(e->name) + 1) * sizeof(WCHAR);
		if (buf_more(pd, size, root, &p) < 0)
			return -ENOMEM;
		memcpy(p, e->name, size);
		block->name.Kind.lpwstrName = p;
	}
	*name_r = &block->name;
	return 0;
}

/*
 * IMAPIProp::GetNamesFromIDs
 *
 * PARAMS
 *  lppPropTags   [I/O] *lppPropTags: the IDs to name, or NULL for every
 *                      name in the property set lpPropSetGuid (all sets
 *                      when that is NULL); then *lppPropTags receives a new
 *                      array of their PT_UNSPECIFIED tags
 *  lpPropSetGuid [I] filters the names when *lppPropTags is NULL, and is
 *                    ignored otherwise, as the reference page says
 *  ulFlags       [I] MAPI_NO_STRINGS: leave out string names; MAPI_NO_IDS:
 *                    leave out numeric names
 *  lpcPropNames  [O] number of entries in *lpppPropNames
 *  lpppPropNames [O] the names, positional with the tags; NULL entries for
 *                    IDs without a name (or left out by the flags)
 *
 * RETURNS
 *  S_OK; MAPI_W_ERRORS_RETURNED when some entries are NULL;
 *  MAPI_E_INVALID_PARAMETER (a NULL pointer, a tag array with cValues 0);
 *  MAPI_E_UNKNOWN_FLAGS; MAPI_E_NOT_ENOUGH_MEMORY.
 *
 * NOTES
 *  No names to return for *lppPropTags NULL: S_OK, count 0, NULL arrays.
 *  A caller's tag array is not written to.
 */
static HRESULT STDMETHODCALLTYPE pd_GetNamesFromIDs(
    IPropData *This, LPSPropTagArray *lppPropTags, LPGUID lpPropSetGuid,
    ULONG ulFlags, ULONG *lpcPropNames, LPMAPINAMEID **lpppPropNames)
{
	struct propdata *pd = impl(This);
	LPSPropTagArray tags = NULL, in;
	LPMAPINAMEID *names = NULL;
	bool errors = false;
	ULONG i, n, k, id;
	HRESULT hr;
	void *p;

	hr = enter(This, "IPropData::GetNamesFromIDs");
	if (hr != S_OK)
		return hr;
	lock(pd);
	if ((ulFlags & ~(MAPI_NO_STRINGS | MAPI_NO_IDS)) != 0) {
		hr = mapierr_set(&pd->err, MAPI_E_UNKNOWN_FLAGS,
				 "GetNamesFromIDs: unknown flags 0x%08x",
				 (unsigned)ulFlags);
		goto out;
	}
	if (lppPropTags == NULL || lpcPropNames == NULL ||
	    lpppPropNames == NULL ||
	    (*lppPropTags != NULL && (*lppPropTags)->cValues == 0)) {
		hr = mapierr_set(&pd->err, MAPI_E_INVALID_PARAMETER,
				 "GetNamesFromIDs: bad arguments");
		goto out;
	}
	in = *lppPropTags;

	if (in == NULL) {
		for (i = 0, n = 0; i < pd->nnames; i++)
			n += name_selected(&pd->names[i], lpPropSetGuid,
					   ulFlags);
		if (n == 0) {
			*lpcPropNames = 0;
			*lpppPropNames = NULL;
			hr = S_OK;
			goto out;
		}
		if (buf_alloc(pd, CbNewSPropTagArray(n), &p) < 0)
			goto oom;
		tags = p;
		tags->cValues = n;
	} else {
		n = in->cValues;
	}
	if (buf_alloc(pd, array_size(0, n, sizeof(*names)), &p) < 0)
		goto oom;
	names = p;

	if (in == NULL) {
		for (i = 0, k = 0; i < pd->nnames; i++) {
			if (!name_selected(&pd->names[i], lpPropSetGuid,
					   ulFlags))
				continue;
			tags->aulPropTag[k] =
			    PROP_TAG(PT_UNSPECIFIED, NAMED_ID_FIRST + i);
			if (name_export(pd, names, &pd->names[i], &names[k]) <
			    0)
				goto oom;
			k++;
		}
	} else {
		for (i = 0; i < n; i++) {
			id = PROP_ID(in->aulPropTag[i]);
			names[i] = NULL;
			if (id >= NAMED_ID_FIRST &&
			    id - NAMED_ID_FIRST < pd->nnames &&
			    name_selected(&pd->names[id - NAMED_ID_FIRST], NULL,
					  ulFlags)) {
				if (name_export(pd, names,
						&pd->names[id - NAMED_ID_FIRST],
						&names[i]) < 0)
					goto oom;
			} else {
				errors = true;
			}
		}
	}
	if (tags != NULL)
		*lppPropTags = tags;
	*lpcPropNames = n;
	*lpppPropNames = names;
	hr = errors ? MAPI_W_ERRORS_RETURNED : S_OK;
	goto out;
oom:
	buf_free(pd, tags);
	buf_free(pd, names);
	hr = mapierr_set(&pd->err, MAPI_E_NOT_ENOUGH_MEMORY,
			 "GetNamesFromIDs: out of memory");
out:
	unlock(pd);
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
	struct propdata *pd = impl(This);
	HRESULT hr;

	hr = enter(This, "IPropData::HrSetObjAccess");
	if (hr != S_OK)
		return hr;
	lock(pd);
	if (ulAccess != IPROP_READONLY && ulAccess != IPROP_READWRITE)
		hr = mapierr_set(&pd->err, MAPI_E_INVALID_PARAMETER,
				 "HrSetObjAccess: bad access 0x%08x",
				 (unsigned)ulAccess);
	else
		pd->access = ulAccess;
	unlock(pd);
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
	struct propdata *pd = impl(This);
	struct prop *p;
	HRESULT hr;
	ULONG i;

	hr = enter(This, "IPropData::HrSetPropAccess");
	if (hr != S_OK)
		return hr;
	lock(pd);
	if (!tags_ok(lpPropTagArray) || rgulAccess == NULL)
		goto invalid;
	for (i = 0; i < lpPropTagArray->cValues; i++) {
		if (!access_ok(rgulAccess[i]))
			goto invalid;
	}
	if (pd->access != IPROP_READWRITE) {
		hr = mapierr_set(&pd->err, MAPI_E_NO_ACCESS,
				 "HrSetPropAccess: the object is read-only");
		goto out;
	}
	for (i = 0; i < lpPropTagArray->cValues; i++) {
		p = find_prop(pd, PROP_ID(lpPropTagArray->aulPropTag[i]));
		if (p != NULL)
			p->access = rgulAccess[i];
	}
	hr = S_OK;
	goto out;
invalid:
	hr = mapierr_set(&pd->err, MAPI_E_INVALID_PARAMETER,
			 "HrSetPropAccess: bad tags or access flags");
out:
	unlock(pd);
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
	struct propdata *pd = impl(This);
	LPSPropTagArray tags = NULL, in;
	const struct prop *p;
	ULONG *access;
	HRESULT hr;
	size_t i, n;
	void *mem;

	hr = enter(This, "IPropData::HrGetPropAccess");
	if (hr != S_OK)
		return hr;
	lock(pd);
	if (lppPropTagArray == NULL || lprgulAccess == NULL ||
	    (*lppPropTagArray != NULL && (*lppPropTagArray)->cValues == 0)) {
		hr = mapierr_set(&pd->err, MAPI_E_INVALID_PARAMETER,
				 "HrGetPropAccess: bad arguments");
		goto out;
	}
	in = *lppPropTagArray;
	n = in != NULL ? in->cValues : pd->nprops;
	if (in == NULL) {
		if (buf_alloc(pd, CbNewSPropTagArray(n), &mem) < 0)
			goto oom;
		tags = mem;
		tags->cValues = (ULONG)n;
	}
	if (buf_alloc(pd, array_size(0, n != 0 ? n : 1, sizeof(ULONG)), &mem) <
	    0) {
		buf_free(pd, tags);
		goto oom;
	}
	access = mem;
	for (i = 0; i < n; i++) {
		if (in != NULL) {
			p = find_prop(pd, PROP_ID(in->aulPropTag[i]));
		} else {
			p = &pd->props[i];
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
	hr = mapierr_set(&pd->err, MAPI_E_NOT_ENOUGH_MEMORY,
			 "HrGetPropAccess: out of memory");
out:
	unlock(pd);
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
	struct propdata *pd = impl(This);
	LPSPropProblemArray probs = NULL;
	ULONG i, tag, nreadonly = 0;
	struct prop *p;
	HRESULT hr;

	hr = enter(This, "IPropData::HrAddObjProps");
	if (hr != S_OK)
		return hr;
	lock(pd);
	if (!tags_ok(lpPropTagArray)) {
		hr = mapierr_set(&pd->err, MAPI_E_INVALID_PARAMETER,
				 "HrAddObjProps: no tags");
		goto out;
	}
	for (i = 0; i < lpPropTagArray->cValues; i++) {
		tag = lpPropTagArray->aulPropTag[i];
		if (PROP_TYPE(tag) != PT_OBJECT) {
			hr = mapierr_set(&pd->err, MAPI_E_INVALID_TYPE,
					 "HrAddObjProps: tag 0x%08x is not "
					 "PT_OBJECT",
					 (unsigned)tag);
			goto out;
		}
		if (PROP_ID(tag) == PROP_ID_NULL ||
		    PROP_ID(tag) == PROP_ID_INVALID) {
			hr = mapierr_set(&pd->err, MAPI_E_INVALID_PARAMETER,
					 "HrAddObjProps: tag 0x%08x has no "
					 "valid ID",
					 (unsigned)tag);
			goto out;
		}
	}
	if (pd->access != IPROP_READWRITE) {
		hr = mapierr_set(&pd->err, MAPI_E_NO_ACCESS,
				 "HrAddObjProps: the object is read-only");
		goto out;
	}
	for (i = 0; i < lpPropTagArray->cValues; i++) {
		if (prop_readonly(
			find_prop(pd, PROP_ID(lpPropTagArray->aulPropTag[i]))))
			nreadonly++;
	}
	if ((lppProblems != NULL &&
	     problems_alloc(pd, nreadonly, &probs) < 0) ||
	    reserve_props(pd, lpPropTagArray->cValues - nreadonly) < 0) {
		buf_free(pd, probs);
		hr = mapierr_set(&pd->err, MAPI_E_NOT_ENOUGH_MEMORY,
				 "HrAddObjProps: out of memory");
		goto out;
	}
	for (i = 0; i < lpPropTagArray->cValues; i++) {
		tag = lpPropTagArray->aulPropTag[i];
		p = find_prop(pd, PROP_ID(tag));
		if (prop_readonly(p))
			problem_add(probs, nreadonly, i, tag, MAPI_E_NO_ACCESS);
		else
			store_prop(pd, p, tag, NULL);
	}
	problems_return(pd, probs, lppProblems);
	hr = nreadonly > 0 ? MAPI_W_PARTIAL_COMPLETION : S_OK;
out:
	unlock(pd);
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
	if (pthread_mutex_init(&pd->lock, NULL) != 0) {
		alloc_free(pd);
		return MAPI_E_NOT_ENOUGH_MEMORY;
	}
	pd->iface.lpVtbl = &propdata_vtbl;
	/* The calling thread's context owns it; cannot fail here. */
	objhdr_init(&pd->hdr, PROPDATA_MAGIC);
	atomic_init(&pd->refs, 1);
	pd->alloc_buffer = lpAllocateBuffer;
	pd->alloc_more = lpAllocateMore;
	pd->free_buffer = lpFreeBuffer;
	pd->access = IPROP_READWRITE;
	*lppPropData = &pd->iface;
	return S_OK;
}
