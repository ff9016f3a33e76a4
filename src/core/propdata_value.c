/*
 * propdata_value.c - the values of CreateIProp's property object: blocks
 * of the caller's allocators, the property list, which values SetProps
 * can store, deep copies, conversions between string widths for GetProps,
 * and problem arrays.  See propdata_int.h for how the files fit.
 */
#include "propdata_int.h"

#include "ustring.h"

/* ---------------------------------------------------------------------------
 * Properties
 */

void pd_remove_prop(struct propdata *pd, struct prop *p)
{
	size_t i = (size_t)(p - pd->props.v);

	pd_buf_free(pd, p->value);
	array_delete(&pd->props, i, 1);
}

/*
 * Stores value (a block this object owns) as property p, or as a new
 * property when p is NULL; room must have been reserved.  Replacing keeps
 * the access level, and either way the property becomes dirty.
 */
void pd_store_prop(struct propdata *pd, struct prop *p, ULONG tag,
		   LPSPropValue value)
{
	if (p == NULL) {
		struct prop fresh = {tag, IPROP_READWRITE, NULL};

		array_push_reserved(&pd->props, fresh);
		p = array_back(&pd->props);
	}
	pd_buf_free(pd, p->value);
	p->tag = tag;
	p->value = value;
	p->access = (p->access & ACCESS_LEVELS) | IPROP_DIRTY;
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
ULONG pd_natural_type(ULONG type, ULONG flags)
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
bool pd_value_ok(const SPropValue *v)
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
int pd_value_dup(const struct propdata *pd, const SPropValue *v,
		 LPSPropValue *copy_r)
{
	void *root;
	SCODE sc;

	if (pd_buf_alloc(pd, sizeof(SPropValue), &root) < 0)
		return -ENOMEM;
	sc = PropCopyMore(root, (LPSPropValue)v, pd->alloc_more, root);
	if (sc != S_OK) {
		pd_buf_free(pd, root);
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
int pd_get_one(const struct propdata *pd, void *root, const struct prop *p,
	       ULONG tag, ULONG flags, SPropValue *out)
{
	ULONG want = PROP_TYPE(tag);
	SCODE sc = MAPI_E_NOT_FOUND;
	int ret;

	if (p != NULL) {
		if (want == PT_UNSPECIFIED)
			want = pd_natural_type(PROP_TYPE(p->tag), flags);
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
int pd_problems_alloc(const struct propdata *pd, size_t n,
		      LPSPropProblemArray *probs_r)
{
	void *p;

	*probs_r = NULL;
	if (n == 0)
		return 0;
	if (pd_buf_alloc(pd,
			 pd_array_size(offsetof(SPropProblemArray, aProblem), n,
				       sizeof(SPropProblem)),
			 &p) < 0)
		return -ENOMEM;
	*probs_r = p;
	(*probs_r)->cProblem = 0;
	return 0;
}

void pd_problem_add(LPSPropProblemArray probs, size_t cap, ULONG index,
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
void pd_problems_return(const struct propdata *pd, LPSPropProblemArray probs,
			LPSPropProblemArray *probs_r)
{
	if (probs != NULL && probs->cProblem == 0) {
		pd_buf_free(pd, probs);
		probs = NULL;
	}
	if (probs_r != NULL)
		*probs_r = probs;
	else
		pd_buf_free(pd, probs);
}
