/*
 * propdata_value.c - the values CreateIProp's property object stores: its
 * property list, which values SetProps can store and their deep copies
 * in the caller's allocator, and the problem arrays of SetProps,
 * DeleteProps and the copies.  See propdata_int.h for how the files fit.
 */
#include "propdata_int.h"

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
