/*
 * propdata_value.c - the values CreateIProp's property object stores: its
 * property list, which values SetProps can store and their deep copies
 * in the caller's allocator, and the problem arrays of SetProps,
 * DeleteProps and the copies.  See propdata_int.h for how the files fit.
 */
#include "propdata_int.h"

#include "proptype.h"

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

/*
 * True when v is a value SetProps can store: a real property ID, a
 * concrete type that carries a value (not PT_NULL, PT_OBJECT, PT_ERROR,
 * PT_UNSPECIFIED or a type FBadPropTag refuses), and pointers where the
 * type needs them.  Multi-valued values need at least one element, since
 * GetProps may not return an empty one.
 */
bool pd_value_ok(const SPropValue *v)
{
	ULONG id = PROP_ID(v->ulPropTag), type = PROP_TYPE(v->ulPropTag);
	const struct proptype *t = proptype_find(type);

	if (id == PROP_ID_NULL || id == PROP_ID_INVALID)
		return false;
	if (t == NULL || !(t->flags & PROPTYPE_TAG) ||
	    t->form == PROPTYPE_EMPTY || t->type == PT_ERROR)
		return false;
	if ((type & MV_FLAG) && proptype_mv_count(v) == 0)
		return false;
	return proptype_pointers_ok(v);
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
