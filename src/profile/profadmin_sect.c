/*
 * profadmin_sect.c - IProfSect over one section of a profile file
 * (proffile.h); see profadmin.h.  SetProps and DeleteProps write through.
 */
#include "profadmin.h"

#include <errno.h>
#include <limits.h>
#include <string.h>

#include <mapiguid.h>
#include <mapiutil.h>

#include "alloc.h"
#include "objbase.h"
#include "profadmin_private.h"
#include "proffile.h"

/* ============================== IProfSect ============================ */

struct profsect {
	IProfSect iface;
	struct objbase base;
	char path[PATH_MAX];
	MAPIUID uid;
	bool writable;
};

static const IProfSectVtbl profsect_vtbl;

static const IID *const profsect_iids[] = {&IID_IMAPIProp, &IID_IProfSect,
					   NULL};
static const struct objclass profsect_class = {PROFSECT_MAGIC, "IProfSect",
					       profsect_iids, NULL};

OBJBASE_IUNKNOWN(sect, IProfSect, struct profsect, profsect_class)

/*
 * The section as it is in the file now, in an IPropData that the read
 * methods delegate to (it does the tag, type and string-width work).
 */
static HRESULT sect_snapshot(struct profsect *s, LPPROPDATA *pd_r)
{
	struct proffile *pf = NULL;
	LPSPropValue props = NULL;
	ULONG count = 0;
	const char *error = NULL;
	LPPROPDATA pd = NULL;
	HRESULT hr;
	int ret;

	ret = proffile_load(s->path, &pf, &error);
	if (ret < 0)
		return profadmin_fail_errno(&s->base, ret, MAPI_E_CALL_FAILED,
					    "cannot read the profile", error);
	ret = proffile_get_props(pf, &s->uid, &count, &props);
	proffile_free(&pf);
	if (ret == -ENOENT)
		ret = 0;
	if (ret < 0)
		return objbase_fail(&s->base, MAPI_E_NOT_ENOUGH_MEMORY,
				    "out of memory");
	hr = CreateIProp(&IID_IMAPIPropData, MAPIAllocateBuffer,
			 MAPIAllocateMore, MAPIFreeBuffer, NULL, &pd);
	if (hr == S_OK && count > 0)
		hr = IPropData_SetProps(pd, count, props, NULL);
	MAPIFreeBuffer(props);
	if (hr != S_OK) {
		if (pd != NULL)
			IPropData_Release(pd);
		return objbase_fail(&s->base, hr,
				    "cannot hold the section's values");
	}
	*pd_r = pd;
	return S_OK;
}

/* Changes are in the file already: nothing is left to save. */
static HRESULT STDMETHODCALLTYPE sect_SaveChanges(IProfSect *This,
						  ULONG ulFlags)
{
	OBJBASE_ENTER(sect, profsect_class, This, "IProfSect::SaveChanges");
	if (ulFlags & ~(ULONG)(KEEP_OPEN_READONLY | KEEP_OPEN_READWRITE |
			       FORCE_SAVE | MAPI_DEFERRED_ERRORS))
		return objbase_fail(sect_base(This), MAPI_E_UNKNOWN_FLAGS,
				    "SaveChanges: unknown flags");
	return objbase_ok(sect_base(This));
}

static HRESULT STDMETHODCALLTYPE sect_GetProps(IProfSect *This,
					       LPSPropTagArray lpPropTagArray,
					       ULONG ulFlags, ULONG *lpcValues,
					       LPSPropValue *lppPropArray)
{
	LPPROPDATA pd;
	HRESULT hr;

	OBJBASE_ENTER(sect, profsect_class, This, "IProfSect::GetProps");
	hr = sect_snapshot(sect_of(This), &pd);
	if (hr != S_OK)
		return hr;
	hr = IPropData_GetProps(pd, lpPropTagArray, ulFlags, lpcValues,
				lppPropArray);
	if (FAILED(hr))
		objbase_fail(sect_base(This), hr, "GetProps failed");
	IPropData_Release(pd);
	return hr;
}

static HRESULT STDMETHODCALLTYPE sect_GetPropList(IProfSect *This,
						  ULONG ulFlags,
						  LPSPropTagArray *lppTags)
{
	LPPROPDATA pd;
	HRESULT hr;

	OBJBASE_ENTER(sect, profsect_class, This, "IProfSect::GetPropList");
	hr = sect_snapshot(sect_of(This), &pd);
	if (hr != S_OK)
		return hr;
	hr = IPropData_GetPropList(pd, ulFlags, lppTags);
	if (FAILED(hr))
		objbase_fail(sect_base(This), hr, "GetPropList failed");
	IPropData_Release(pd);
	return hr;
}

static HRESULT STDMETHODCALLTYPE
sect_OpenProperty(IProfSect *This, ULONG ulPropTag, LPCIID lpiid,
		  ULONG ulInterfaceOptions, ULONG ulFlags, LPUNKNOWN *lppUnk)
{
	(void)ulPropTag;
	(void)lpiid;
	(void)ulInterfaceOptions;
	(void)ulFlags;
	OBJBASE_ENTER(sect, profsect_class, This, "IProfSect::OpenProperty");
	if (lppUnk != NULL)
		*lppUnk = NULL;
	return objbase_fail(
	    sect_base(This), MAPI_E_NO_SUPPORT,
	    "profile properties are small: read them with GetProps");
}

struct sect_edit {
	const MAPIUID *uid;
	ULONG count;
	const SPropValue *props;
	const ULONG *tags;
};

static int sect_set_cb(struct proffile *pf, void *context, const char **error_r)
{
	struct sect_edit *e = context;

	return proffile_set_props(pf, e->uid, e->count, e->props, error_r);
}

static int sect_delete_cb(struct proffile *pf, void *context,
			  const char **error_r)
{
	struct sect_edit *e = context;
	int ret = proffile_delete_props(pf, e->uid, e->count, e->tags);

	(void)error_r;
	return ret == -ENOENT ? PROFFILE_NO_CHANGE : ret;
}

static HRESULT STDMETHODCALLTYPE sect_SetProps(IProfSect *This, ULONG cValues,
					       LPSPropValue lpPropArray,
					       LPSPropProblemArray *lppProblems)
{
	struct profsect *s;
	struct sect_edit e;
	const char *error = NULL;
	int ret;

	OBJBASE_ENTER(sect, profsect_class, This, "IProfSect::SetProps");
	s = sect_of(This);
	if (lppProblems != NULL)
		*lppProblems = NULL;
	if (cValues == 0 || lpPropArray == NULL)
		return objbase_fail(&s->base, MAPI_E_INVALID_PARAMETER,
				    "SetProps: no properties given");
	if (!s->writable)
		return objbase_fail(
		    &s->base, MAPI_E_NO_ACCESS,
		    "SetProps: the section was opened read-only "
		    "(open it with MAPI_MODIFY)");
	e.uid = &s->uid;
	e.count = cValues;
	e.props = lpPropArray;
	e.tags = NULL;
	ret = proffile_edit(s->path, 0, sect_set_cb, &e, &error);
	if (ret < 0)
		return profadmin_fail_errno(&s->base, ret, MAPI_E_CALL_FAILED,
					    "SetProps", error);
	return objbase_ok(&s->base);
}

static HRESULT STDMETHODCALLTYPE sect_DeleteProps(
    IProfSect *This, LPSPropTagArray lpTags, LPSPropProblemArray *lppProblems)
{
	struct profsect *s;
	struct sect_edit e;
	const char *error = NULL;
	int ret;

	OBJBASE_ENTER(sect, profsect_class, This, "IProfSect::DeleteProps");
	s = sect_of(This);
	if (lppProblems != NULL)
		*lppProblems = NULL;
	if (lpTags == NULL)
		return objbase_fail(&s->base, MAPI_E_INVALID_PARAMETER,
				    "DeleteProps: no tags given");
	if (!s->writable)
		return objbase_fail(
		    &s->base, MAPI_E_NO_ACCESS,
		    "DeleteProps: the section was opened read-only");
	e.uid = &s->uid;
	e.count = lpTags->cValues;
	e.props = NULL;
	e.tags = lpTags->aulPropTag;
	ret = proffile_edit(s->path, 0, sect_delete_cb, &e, &error);
	if (ret < 0)
		return profadmin_fail_errno(&s->base, ret, MAPI_E_CALL_FAILED,
					    "DeleteProps", error);
	return objbase_ok(&s->base);
}

static HRESULT STDMETHODCALLTYPE
sect_CopyTo(IProfSect *This, ULONG ciidExclude, LPCIID rgiidExclude,
	    LPSPropTagArray lpExcludeProps, ULONG_PTR ulUIParam,
	    LPMAPIPROGRESS lpProgress, LPCIID lpInterface, LPVOID lpDestObj,
	    ULONG ulFlags, LPSPropProblemArray *lppProblems)
{
	LPPROPDATA pd;
	HRESULT hr;

	OBJBASE_ENTER(sect, profsect_class, This, "IProfSect::CopyTo");
	hr = sect_snapshot(sect_of(This), &pd);
	if (hr != S_OK)
		return hr;
	hr = IPropData_CopyTo(pd, ciidExclude, rgiidExclude, lpExcludeProps,
			      ulUIParam, lpProgress, lpInterface, lpDestObj,
			      ulFlags, lppProblems);
	if (FAILED(hr))
		objbase_fail(sect_base(This), hr, "CopyTo failed");
	IPropData_Release(pd);
	return hr;
}

static HRESULT STDMETHODCALLTYPE sect_CopyProps(
    IProfSect *This, LPSPropTagArray lpIncludeProps, ULONG_PTR ulUIParam,
    LPMAPIPROGRESS lpProgress, LPCIID lpInterface, LPVOID lpDestObj,
    ULONG ulFlags, LPSPropProblemArray *lppProblems)
{
	LPPROPDATA pd;
	HRESULT hr;

	OBJBASE_ENTER(sect, profsect_class, This, "IProfSect::CopyProps");
	if (ulFlags & MAPI_MOVE)
		return objbase_fail(
		    sect_base(This), MAPI_E_NO_SUPPORT,
		    "CopyProps: MAPI_MOVE is not supported on a "
		    "profile section");
	hr = sect_snapshot(sect_of(This), &pd);
	if (hr != S_OK)
		return hr;
	hr = IPropData_CopyProps(pd, lpIncludeProps, ulUIParam, lpProgress,
				 lpInterface, lpDestObj, ulFlags, lppProblems);
	if (FAILED(hr))
		objbase_fail(sect_base(This), hr, "CopyProps failed");
	IPropData_Release(pd);
	return hr;
}

static HRESULT STDMETHODCALLTYPE sect_GetNamesFromIDs(
    IProfSect *This, LPSPropTagArray *lppPropTags, LPGUID lpPropSetGuid,
    ULONG ulFlags, ULONG *lpcPropNames, LPMAPINAMEID **lpppPropNames)
{
	(void)lppPropTags;
	(void)lpPropSetGuid;
	(void)ulFlags;
	(void)lpcPropNames;
	(void)lpppPropNames;
	OBJBASE_ENTER(sect, profsect_class, This, "IProfSect::GetNamesFromIDs");
	return objbase_fail(sect_base(This), MAPI_E_NO_SUPPORT,
			    "profile sections have no named properties");
}

static HRESULT STDMETHODCALLTYPE sect_GetIDsFromNames(
    IProfSect *This, ULONG cPropNames, LPMAPINAMEID *lppPropNames,
    ULONG ulFlags, LPSPropTagArray *lppPropTags)
{
	(void)cPropNames;
	(void)lppPropNames;
	(void)ulFlags;
	(void)lppPropTags;
	OBJBASE_ENTER(sect, profsect_class, This, "IProfSect::GetIDsFromNames");
	return objbase_fail(sect_base(This), MAPI_E_NO_SUPPORT,
			    "profile sections have no named properties");
}

static const IProfSectVtbl profsect_vtbl = {
    sect_QueryInterface,  sect_AddRef,          sect_Release,
    sect_GetLastError,    sect_SaveChanges,     sect_GetProps,
    sect_GetPropList,     sect_OpenProperty,    sect_SetProps,
    sect_DeleteProps,     sect_CopyTo,          sect_CopyProps,
    sect_GetNamesFromIDs, sect_GetIDsFromNames,
};

HRESULT profsect_open(const char *path, const MAPIUID *uid, ULONG flags,
		      LPPROFSECT *sect_r)
{
	struct profsect *s;

	if (strlen(path) >= sizeof(s->path))
		return MAPI_E_INVALID_PARAMETER;
	s = alloc_calloc(1, sizeof(*s));
	if (s == NULL)
		return MAPI_E_NOT_ENOUGH_MEMORY;
	s->iface.lpVtbl = &profsect_vtbl;
	objbase_init(&s->base, PROFSECT_MAGIC);
	memcpy(s->path, path, strlen(path) + 1);
	s->uid = *uid;
	s->writable = (flags & MAPI_MODIFY) != 0;
	*sect_r = &s->iface;
	return S_OK;
}
