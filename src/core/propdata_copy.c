/*
 * propdata_copy.c - IMAPIProp::CopyTo and CopyProps of CreateIProp's
 * property object: a snapshot of the selected values taken under the
 * lock, written to the destination with one SetProps without it, and for
 * MAPI_MOVE the values that arrived deleted here.  See propdata_int.h for
 * how the files fit.
 */
#include "propdata_int.h"

#include <mapiguid.h>

#define COPY_FLAGS (MAPI_MOVE | MAPI_NOREPLACE | MAPI_DECLINE_OK | MAPI_DIALOG)

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
	pd_buf_free(pd, job->values);
	alloc_free(job->index);
	alloc_free(job->copied);
	pd_buf_free(pd, job->probs);
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
	size_t n = include != NULL ? include->cValues : array_count(&pd->props);
	void *root;
	size_t i;

	if (n == 0)
		return 0;
	if (pd_buf_alloc(pd, pd_array_size(0, n, sizeof(SPropValue)), &root) <
	    0)
		return -ENOMEM;
	job->values = root;
	job->index = alloc_calloc(n, sizeof(*job->index));
	job->copied = alloc_calloc(n, sizeof(*job->copied));
	if (job->index == NULL || job->copied == NULL)
		return -ENOMEM;
	if (want_problems) {
		if (pd_problems_alloc(pd, n, &job->probs) < 0)
			return -ENOMEM;
		job->probs_cap = n;
	}
	for (i = 0; i < n; i++) {
		const struct prop *p;

		if (include != NULL) {
			ULONG tag = include->aulPropTag[i];

			p = pd_find_prop(pd, PROP_ID(tag));
			if (p == NULL || PROP_TYPE(p->tag) == PT_OBJECT) {
				pd_problem_add(job->probs, job->probs_cap,
					       (ULONG)i, tag,
					       p == NULL ? MAPI_E_NOT_FOUND
							 : MAPI_E_NO_SUPPORT);
				continue;
			}
		} else {
			p = &pd->props.v[i];
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
	HRESULT hr = S_OK;
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
	HRESULT hr = S_OK;

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
			pd_problem_add(job->probs, job->probs_cap,
				       job->index[k],
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
		p = pd_find_prop(pd, PROP_ID(job->values[k].ulPropTag));
		if (p == NULL)
			continue;
		if (pd_prop_readonly(p) || pd->access != IPROP_READWRITE)
			pd_problem_add(job->probs, job->probs_cap,
				       job->index[k], p->tag, MAPI_E_NO_ACCESS);
		else
			pd_remove_prop(pd, p);
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
	HRESULT hr = S_OK;

	pd_lock(pd);
	if (lpDestObj == NULL) {
		hr = mapierr_set(&pd->base.err, MAPI_E_INVALID_PARAMETER,
				 "%s: no destination", what);
		goto out;
	}
	if ((ulFlags & ~COPY_FLAGS) != 0) {
		hr = mapierr_set(&pd->base.err, MAPI_E_UNKNOWN_FLAGS,
				 "%s: unknown flags 0x%08x", what,
				 (unsigned)ulFlags);
		goto out;
	}
	if (!dest_iid_ok(lpInterface)) {
		hr = mapierr_set(&pd->base.err, MAPI_E_INTERFACE_NOT_SUPPORTED,
				 "%s: the destination interface is not an "
				 "IMAPIProp",
				 what);
		goto out;
	}
	if (lpDestObj == (void *)&pd->iface) {
		hr = mapierr_set(&pd->base.err, MAPI_E_NO_ACCESS,
				 "%s: source and destination are the same "
				 "object",
				 what);
		goto out;
	}
	if ((ulFlags & MAPI_MOVE) != 0 && pd->access != IPROP_READWRITE) {
		hr = mapierr_set(&pd->base.err, MAPI_E_NO_ACCESS,
				 "%s: cannot move from a read-only object",
				 what);
		goto out;
	}
	if (copy_nothing) {
		pd_problems_return(pd, NULL, lppProblems);
		hr = S_OK;
		goto out;
	}
	if (copy_snapshot(pd, include, exclude, lppProblems != NULL, &job) <
	    0) {
		hr = mapierr_set(&pd->base.err, MAPI_E_NOT_ENOUGH_MEMORY,
				 "%s: out of memory", what);
		goto out;
	}
	pd_unlock(pd);

	hr = S_OK;
	if (job.nvalues > 0 && (ulFlags & MAPI_NOREPLACE) != 0)
		hr = copy_skip_existing(dest, &job);
	if (SUCCEEDED(hr))
		hr = copy_write(dest, &job);

	pd_lock(pd);
	if (FAILED(hr)) {
		mapierr_set(&pd->base.err, hr, "%s: the destination failed",
			    what);
		goto out;
	}
	if ((ulFlags & MAPI_MOVE) != 0)
		copy_remove_moved(pd, &job);
	pd_problems_return(pd, job.probs, lppProblems);
	job.probs = NULL;
	hr = S_OK;
out:
	pd_unlock(pd);
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
HRESULT STDMETHODCALLTYPE
pd_CopyTo(IPropData *This, ULONG ciidExclude, LPCIID rgiidExclude,
	  LPSPropTagArray lpExcludeProps, ULONG_PTR ulUIParam,
	  LPMAPIPROGRESS lpProgress, LPCIID lpInterface, LPVOID lpDestObj,
	  ULONG ulFlags, LPSPropProblemArray *lppProblems)
{
	struct propdata *pd = propdata_of(This);
	bool copy_nothing = false;
	HRESULT hr = S_OK;
	ULONG i;

	OBJBASE_ENTER(propdata, propdata_class, This, "IPropData::CopyTo");
	(void)ulUIParam;
	(void)lpProgress;
	if ((ciidExclude > 0 && rgiidExclude == NULL) ||
	    (lpExcludeProps != NULL && lpExcludeProps->cValues == 0)) {
		pd_lock(pd);
		hr = mapierr_set(&pd->base.err, MAPI_E_INVALID_PARAMETER,
				 "CopyTo: bad exclusion list");
		pd_unlock(pd);
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
HRESULT STDMETHODCALLTYPE
pd_CopyProps(IPropData *This, LPSPropTagArray lpIncludeProps,
	     ULONG_PTR ulUIParam, LPMAPIPROGRESS lpProgress, LPCIID lpInterface,
	     LPVOID lpDestObj, ULONG ulFlags, LPSPropProblemArray *lppProblems)
{
	struct propdata *pd = propdata_of(This);
	HRESULT hr = S_OK;

	OBJBASE_ENTER(propdata, propdata_class, This, "IPropData::CopyProps");
	(void)ulUIParam;
	(void)lpProgress;
	if (!pd_tags_ok(lpIncludeProps)) {
		pd_lock(pd);
		hr = mapierr_set(&pd->base.err, MAPI_E_INVALID_PARAMETER,
				 "CopyProps: no tags");
		pd_unlock(pd);
		return hr;
	}
	return copy_props(pd, "CopyProps", lpIncludeProps, NULL, false,
			  lpInterface, lpDestObj, ulFlags, lppProblems);
}
