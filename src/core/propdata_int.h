/*
 * propdata_int.h - what the files of CreateIProp's property object share:
 * the object, its properties and named-property map, and the functions
 * one file calls in another.  Not for use outside them; the object's
 * semantics are described in propdata.c.
 *
 * The files, by concern:
 *   propdata.c        IUnknown, the IMAPIProp methods on values (with
 *                     values as GetProps gives them back), IPropData's
 *                     access methods and CreateIProp
 *   propdata_value.c  the property list, the values SetProps can store
 *                     and their copies, problem arrays
 *   propdata_copy.c   IMAPIProp::CopyTo and CopyProps
 *   propdata_names.c  the named-property map: GetIDsFromNames and
 *                     GetNamesFromIDs
 *
 * The object's lock (pd_lock) guards its state and last error; it is
 * never held while calling another object.
 */
#ifndef MAPIX_CORE_PROPDATA_INT_H
#define MAPIX_CORE_PROPDATA_INT_H

#include <errno.h>
#include <pthread.h>
#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>
#include <string.h>

#include <mapiutil.h>

#include "lib.h"
#include "alloc.h"
#include "array.h"
#include "mapierr.h"
#include "objbase.h"

#define COMPONENT      "IPropData"
#define PROPDATA_MAGIC 0x4d505244u /* "MPRD" */

#define ACCESS_LEVELS (IPROP_READONLY | IPROP_READWRITE)
#define ACCESS_STATES (IPROP_CLEAN | IPROP_DIRTY)

/* Named properties get IDs from the top half of the ID space. */
#define NAMED_ID_FIRST 0x8000u
#define NAMED_ID_LAST  0xFFFEu

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
	/*
	 * Checked first by every method (objbase.h).  Its lock guards the
	 * last error and everything below the allocators.
	 */
	struct objbase base;
	ALLOCATEBUFFER *alloc_buffer;
	ALLOCATEMORE *alloc_more;
	FREEBUFFER *free_buffer;

	ULONG access;
	ARRAY(struct prop) props;
	ARRAY(struct named) names;
};

static inline void pd_lock(struct propdata *pd)
{
	pthread_mutex_lock(&pd->base.lock);
}

static inline void pd_unlock(struct propdata *pd)
{
	pthread_mutex_unlock(&pd->base.lock);
}

/* The class of the object (propdata.c), for the methods' checks. */
extern const struct objclass propdata_class;

static inline struct propdata *propdata_of(IPropData *This)
{
	return container_of(This, struct propdata, iface);
}

/* The base of This, NULL for NULL (objbase_enter refuses it). */
static inline struct objbase *propdata_base(IPropData *This)
{
	return This == NULL ? NULL : &propdata_of(This)->base;
}

/* ---------------------------------------------------------------------------
 * Small helpers every file uses (inline: GetProps and SetProps call them
 * per value)
 */

/* hdr + n * elem, or SIZE_MAX when that overflows (buf_alloc refuses it). */
static inline size_t pd_array_size(size_t hdr, size_t n, size_t elem)
{
	if (n > (SIZE_MAX - hdr) / elem)
		return SIZE_MAX;
	return hdr + n * elem;
}

/* A root block of the caller's allocator.  Returns 0 or -ENOMEM. */
static inline int pd_buf_alloc(const struct propdata *pd, size_t size,
			       void **p_r)
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
static inline int pd_buf_more(const struct propdata *pd, size_t size,
			      void *root, void **p_r)
{
	void *p = NULL;

	if (size > UINT32_MAX)
		return -ENOMEM;
	if (FAILED(pd->alloc_more((ULONG)size, root, &p)) || p == NULL)
		return -ENOMEM;
	*p_r = p;
	return 0;
}

static inline void pd_buf_free(const struct propdata *pd, void *p)
{
	if (p != NULL)
		pd->free_buffer(p);
}

static inline int pd_reserve_props(struct propdata *pd, size_t more)
{
	return array_reserve(&pd->props, more);
}

static inline struct prop *pd_find_prop(struct propdata *pd, ULONG id)
{
	size_t i;

	for (i = 0; i < array_count(&pd->props); i++) {
		if (PROP_ID(pd->props.v[i].tag) == id)
			return &pd->props.v[i];
	}
	return NULL;
}

static inline bool pd_prop_readonly(const struct prop *p)
{
	return p != NULL && (p->access & IPROP_READONLY) != 0;
}

static inline bool pd_tags_ok(const SPropTagArray *tags)
{
	return tags != NULL && tags->cValues > 0;
}

static inline bool pd_access_ok(ULONG access)
{
	ULONG level = access & ACCESS_LEVELS, state = access & ACCESS_STATES;

	return (access & ~(ACCESS_LEVELS | ACCESS_STATES)) == 0 &&
	       (level == IPROP_READONLY || level == IPROP_READWRITE) &&
	       (state == IPROP_CLEAN || state == IPROP_DIRTY);
}

/* propdata_value.c */
void pd_remove_prop(struct propdata *pd, struct prop *p);
void pd_store_prop(struct propdata *pd, struct prop *p, ULONG tag,
		   LPSPropValue value);
bool pd_value_ok(const SPropValue *v);
int pd_value_dup(const struct propdata *pd, const SPropValue *v,
		 LPSPropValue *copy_r);
int pd_problems_alloc(const struct propdata *pd, size_t n,
		      LPSPropProblemArray *probs_r);
void pd_problem_add(LPSPropProblemArray probs, size_t cap, ULONG index,
		    ULONG tag, SCODE sc);
void pd_problems_return(const struct propdata *pd, LPSPropProblemArray probs,
			LPSPropProblemArray *probs_r);

/* propdata_copy.c */
HRESULT STDMETHODCALLTYPE
pd_CopyTo(IPropData *This, ULONG ciidExclude, LPCIID rgiidExclude,
	  LPSPropTagArray lpExcludeProps, ULONG_PTR ulUIParam,
	  LPMAPIPROGRESS lpProgress, LPCIID lpInterface, LPVOID lpDestObj,
	  ULONG ulFlags, LPSPropProblemArray *lppProblems);
HRESULT STDMETHODCALLTYPE
pd_CopyProps(IPropData *This, LPSPropTagArray lpIncludeProps,
	     ULONG_PTR ulUIParam, LPMAPIPROGRESS lpProgress, LPCIID lpInterface,
	     LPVOID lpDestObj, ULONG ulFlags, LPSPropProblemArray *lppProblems);

/* propdata_names.c */
HRESULT STDMETHODCALLTYPE pd_GetIDsFromNames(IPropData *This, ULONG cPropNames,
					     LPMAPINAMEID *lppPropNames,
					     ULONG ulFlags,
					     LPSPropTagArray *lppPropTags);
HRESULT STDMETHODCALLTYPE pd_GetNamesFromIDs(IPropData *This,
					     LPSPropTagArray *lppPropTags,
					     LPGUID lpPropSetGuid,
					     ULONG ulFlags, ULONG *lpcPropNames,
					     LPMAPINAMEID **lpppPropNames);

#endif
