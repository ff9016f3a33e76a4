/*
 * profadmin.c - IProfAdmin, IMsgServiceAdmin(2), IProviderAdmin and
 * IProfSect over the profile root (profroot.h) and the services in a
 * profile (profsvc.h); see profadmin.h.
 */
#include "profadmin.h"

#include <errno.h>
#include <limits.h>
#include <pthread.h>
#include <stdatomic.h>
#include <stddef.h>
#include <stdio.h>
#include <string.h>

#include <mapiguid.h>
#include <mapispi.h>
#include <mapiutil.h>

#include "alloc.h"
#include "instance.h"
#include "mapierr.h"
#include "mapisvc.h"
#include "objbase.h"
#include "objhdr.h"
#include "proffile.h"
#include "profroot.h"
#include "profsvc.h"
#include "profutil.h"
#include "ustring.h"

#define PROFADMIN_MAGIC 0x4d505041u /* "MPPA" */
#define SVCADMIN_MAGIC  0x4d505341u /* "MPSA" */
#define PROVADMIN_MAGIC 0x4d505641u /* "MPVA" */
#define PROFSECT_MAGIC  0x4d505053u /* "MPPS" */

/* ========================= What all four share ======================= */

/*
 * An HRESULT for the errno of a profile operation.  exists is what a
 * taken name means for this call (MAPI_E_NO_ACCESS for CreateProfile, as
 * Windows documents).
 */
static HRESULT hr_of(int err, HRESULT exists)
{
	switch (err) {
	case 0:
		return S_OK;
	case -EINVAL:
	case -ENAMETOOLONG:
		return MAPI_E_INVALID_PARAMETER;
	case -ENOENT:
		return MAPI_E_NOT_FOUND;
	case -EEXIST:
		return exists;
	case -EACCES:
	case -EPERM:
		return MAPI_E_NO_ACCESS;
	case -ENOMEM:
		return MAPI_E_NOT_ENOUGH_MEMORY;
	case -EBADMSG:
		return MAPI_E_CORRUPT_DATA;
	case -ENOTSUP:
		return MAPI_E_VERSION;
	case -EFBIG:
		return MAPI_E_TOO_BIG;
	}
	return MAPI_E_CALL_FAILED;
}

static HRESULT fail_errno(struct objbase *b, int err, HRESULT exists,
			  const char *what, const char *error)
{
	return objbase_fail(b, hr_of(err, exists), "%s: %s", what,
			    error != NULL ? error : strerror(-err));
}

/*
 * A string argument as UTF-8: LPTSTR is WCHAR * with MAPI_UNICODE in
 * flags, else 8-bit (UTF-8).  NULL stays NULL.  Returns S_OK with an
 * alloc_malloc()ed copy in *out_r, or a failure recorded on b.
 */
static HRESULT arg_string(struct objbase *b, const void *s, ULONG flags,
			  const char *what, char **out_r)
{
	int ret;

	*out_r = NULL;
	if (s == NULL)
		return S_OK;
	ret = prof_tstr_to_utf8(s, (flags & MAPI_UNICODE) != 0, out_r);
	if (ret == -ENOMEM)
		return objbase_fail(b, MAPI_E_NOT_ENOUGH_MEMORY,
				    "out of memory");
	if (ret < 0)
		return objbase_fail(
		    b, MAPI_E_INVALID_PARAMETER, "%s is not valid %s", what,
		    (flags & MAPI_UNICODE) ? "UTF-16" : "UTF-8");
	return S_OK;
}

/* Converts the 8-bit strings of a row to PT_UNICODE, in its buffer. */
static HRESULT widen_row(SRow *row)
{
	ULONG i, j;

	for (i = 0; i < row->cValues; i++) {
		SPropValue *p = &row->lpProps[i];
		ULONG type = PROP_TYPE(p->ulPropTag);
		LPSTR *items = type == PT_STRING8 ? &p->Value.lpszA
						  : p->Value.MVszA.lppszA;
		ULONG count = type == PT_STRING8 ? 1 : p->Value.MVszA.cValues;
		LPWSTR *wide = NULL;

		if (type != PT_STRING8 && type != PT_MV_STRING8)
			continue;
		if (type == PT_MV_STRING8 &&
		    MAPIAllocateMore((count + 1) * sizeof(LPWSTR), row->lpProps,
				     (LPVOID *)&wide) != S_OK)
			return MAPI_E_NOT_ENOUGH_MEMORY;
		for (j = 0; j < count; j++) {
			size_t len = strlen(items[j]);
			size_t n = prof_utf8_to_utf16(items[j], len, NULL);
			WCHAR *w;

			if (MAPIAllocateMore((ULONG)((n + 1) * sizeof(WCHAR)),
					     row->lpProps,
					     (LPVOID *)&w) != S_OK)
				return MAPI_E_NOT_ENOUGH_MEMORY;
			prof_utf8_to_utf16(items[j], len, w);
			w[n] = 0;
			if (type == PT_STRING8)
				p->Value.lpszW = w;
			else
				wide[j] = w;
		}
		if (type == PT_MV_STRING8)
			p->Value.MVszW.lppszW = wide;
		p->ulPropTag = CHANGE_PROP_TYPE(
		    p->ulPropTag,
		    type == PT_STRING8 ? PT_UNICODE : PT_MV_UNICODE);
	}
	return S_OK;
}

HRESULT profadmin_table(LPSRowSet rows, const ULONG *columns, ULONG ncolumns,
			ULONG flags, LPMAPITABLE *table_r)
{
	SizedSPropTagArray(16, cols);
	LPTABLEDATA td = NULL;
	ULONG i;
	HRESULT hr = S_OK;

	if (ncolumns > 16) {
		FreeProws(rows);
		return MAPI_E_INVALID_PARAMETER;
	}
	cols.cValues = ncolumns;
	for (i = 0; i < ncolumns; i++) {
		ULONG type = PROP_TYPE(columns[i]);

		cols.aulPropTag[i] = columns[i];
		if ((flags & MAPI_UNICODE) && type == PT_STRING8)
			cols.aulPropTag[i] =
			    CHANGE_PROP_TYPE(columns[i], PT_UNICODE);
		if ((flags & MAPI_UNICODE) && type == PT_MV_STRING8)
			cols.aulPropTag[i] =
			    CHANGE_PROP_TYPE(columns[i], PT_MV_UNICODE);
	}
	for (i = 0; (flags & MAPI_UNICODE) && hr == S_OK && i < rows->cRows;
	     i++)
		hr = widen_row(&rows->aRow[i]);
	if (hr == S_OK)
		hr = CreateTable(&IID_IMAPITableData, MAPIAllocateBuffer,
				 MAPIAllocateMore, MAPIFreeBuffer, NULL,
				 TBLTYPE_SNAPSHOT, PR_INSTANCE_KEY,
				 (LPSPropTagArray)&cols, &td);
	if (hr == S_OK && rows->cRows > 0)
		hr = ITableData_HrModifyRows(td, 0, rows);
	if (hr == S_OK)
		hr = ITableData_HrGetView(td, NULL, NULL, 0, table_r);
	if (td != NULL)
		ITableData_Release(td);
	FreeProws(rows);
	return hr;
}

/* profadmin_table() for an object's method: a failure is recorded. */
static HRESULT make_table(struct objbase *b, LPSRowSet rows,
			  const ULONG *columns, ULONG ncolumns, ULONG flags,
			  LPMAPITABLE *table_r)
{
	HRESULT hr = profadmin_table(rows, columns, ncolumns, flags, table_r);

	return hr == S_OK ? objbase_ok(b)
			  : objbase_fail(b, hr, "the table could not be made");
}

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
		return fail_errno(&s->base, ret, MAPI_E_CALL_FAILED,
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
		return fail_errno(&s->base, ret, MAPI_E_CALL_FAILED, "SetProps",
				  error);
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
		return fail_errno(&s->base, ret, MAPI_E_CALL_FAILED,
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

/* ======================== IMsgServiceAdmin(2) ======================== */

struct svcadmin {
	IMsgServiceAdmin2 iface;
	struct objbase base;
	char path[PATH_MAX];
	char catalog[PATH_MAX];
};

static const IMsgServiceAdmin2Vtbl svcadmin_vtbl;

static const IID *const svcadmin_iids[] = {&IID_IMsgServiceAdmin,
					   &IID_IMsgServiceAdmin2, NULL};
static const struct objclass svcadmin_class = {
    SVCADMIN_MAGIC, "IMsgServiceAdmin", svcadmin_iids, NULL};

OBJBASE_IUNKNOWN(svc, IMsgServiceAdmin2, struct svcadmin, svcadmin_class)

/* Loads the service catalog; a failure names its path. */
static HRESULT load_catalog(struct objbase *b, const char *path,
			    struct mapisvc **cat_r)
{
	const char *error = NULL;
	int ret;

	/* An empty path holds the configuration's error instead. */
	if (path[0] == '\0')
		return objbase_fail(b, MAPI_E_NOT_FOUND, "service catalog: %s",
				    path + 1);
	ret = mapisvc_load(path, cat_r, &error);
	if (ret < 0)
		return objbase_fail(
		    b, ret == -EBADMSG ? MAPI_E_CORRUPT_DATA : MAPI_E_NOT_FOUND,
		    "service catalog: %s", error != NULL ? error : path);
	return S_OK;
}

/* One edit of the admin's profile; see struct svc_op. */
struct svc_op {
	const struct mapisvc *catalog;
	const char *name;
	const char *display;
	const MAPIUID *uid;
	const MAPIUID *other;
	ULONG count;
	const SPropValue *props;
	const MAPIUID *uids;
	const struct proffile *src;
	MAPIUID result;
	int (*run)(struct svc_op *op, struct proffile *pf,
		   const char **error_r);
};

static int svc_op_cb(struct proffile *pf, void *context, const char **error_r)
{
	struct svc_op *op = context;

	return op->run(op, pf, error_r);
}

/* Runs op under the profile's lock; S_OK or the failure, recorded. */
static HRESULT svc_edit(struct objbase *b, const char *path, struct svc_op *op,
			const char *what, HRESULT exists)
{
	const char *error = NULL;
	int ret = proffile_edit(path, 0, svc_op_cb, op, &error);

	if (ret < 0)
		return fail_errno(b, ret, exists, what, error);
	return objbase_ok(b);
}

static int run_create_service(struct svc_op *op, struct proffile *pf,
			      const char **error_r)
{
	return profsvc_create(pf, op->catalog, op->name, op->display,
			      &op->result, error_r);
}

static int run_delete_service(struct svc_op *op, struct proffile *pf,
			      const char **error_r)
{
	return profsvc_delete(pf, op->uid, error_r);
}

static int run_rename_service(struct svc_op *op, struct proffile *pf,
			      const char **error_r)
{
	return profsvc_rename(pf, op->uid, op->display, error_r);
}

static int run_configure(struct svc_op *op, struct proffile *pf,
			 const char **error_r)
{
	return profsvc_configure(pf, op->uid, op->count, op->props, error_r);
}

static int run_transport_order(struct svc_op *op, struct proffile *pf,
			       const char **error_r)
{
	return profsvc_transport_order(pf, op->count, op->uids, error_r);
}

static int run_primary(struct svc_op *op, struct proffile *pf,
		       const char **error_r)
{
	return profsvc_set_primary_identity(pf, op->uid, error_r);
}

static int run_copy_service(struct svc_op *op, struct proffile *pf,
			    const char **error_r)
{
	return profsvc_copy(op->src != NULL ? op->src : pf, op->uid, pf,
			    op->display, &op->result, error_r);
}

static int run_create_provider(struct svc_op *op, struct proffile *pf,
			       const char **error_r)
{
	return profsvc_create_provider(pf, op->catalog, op->uid, op->name,
				       op->count, op->props, &op->result,
				       error_r);
}

static int run_delete_provider(struct svc_op *op, struct proffile *pf,
			       const char **error_r)
{
	return profsvc_delete_provider(pf, op->uid, op->other, error_r);
}

/* Loads the profile for a table; a failure is recorded on b. */
static HRESULT load_profile(struct objbase *b, const char *path,
			    struct proffile **pf_r)
{
	const char *error = NULL;
	int ret = proffile_load(path, pf_r, &error);

	return ret < 0 ? fail_errno(b, ret, MAPI_E_CALL_FAILED,
				    "cannot read the profile", error)
		       : S_OK;
}

static const ULONG service_columns[] = {
    PR_DISPLAY_NAME_A,          PR_INSTANCE_KEY,       PR_RESOURCE_FLAGS,
    PR_SERVICE_DLL_NAME_A,      PR_SERVICE_ENTRY_NAME, PR_SERVICE_NAME_A,
    PR_SERVICE_SUPPORT_FILES_A, PR_SERVICE_UID,
};

static const ULONG provider_columns[] = {
    PR_INSTANCE_KEY,        PR_DISPLAY_NAME_A,   PR_PROVIDER_DISPLAY_A,
    PR_PROVIDER_DLL_NAME_A, PR_PROVIDER_ORDINAL, PR_PROVIDER_UID,
    PR_RESOURCE_FLAGS,      PR_RESOURCE_TYPE,    PR_SERVICE_NAME_A,
    PR_SERVICE_UID,
};

#define NCOLS(a) ((ULONG)(sizeof(a) / sizeof((a)[0])))

static HRESULT STDMETHODCALLTYPE svc_GetMsgServiceTable(IMsgServiceAdmin2 *This,
							ULONG ulFlags,
							LPMAPITABLE *lppTable)
{
	struct proffile *pf = NULL;
	LPSRowSet rows = NULL;
	HRESULT hr;

	OBJBASE_ENTER(svc, svcadmin_class, This,
		      "IMsgServiceAdmin::GetMsgServiceTable");
	if (lppTable == NULL)
		return objbase_fail(svc_base(This), MAPI_E_INVALID_PARAMETER,
				    "GetMsgServiceTable: lppTable is NULL");
	if (ulFlags & ~(ULONG)MAPI_UNICODE)
		return objbase_fail(svc_base(This), MAPI_E_UNKNOWN_FLAGS,
				    "GetMsgServiceTable: unknown flags");
	hr = load_profile(svc_base(This), svc_of(This)->path, &pf);
	if (hr != S_OK)
		return hr;
	if (profsvc_service_rows(pf, &rows) < 0) {
		proffile_free(&pf);
		return objbase_fail(svc_base(This), MAPI_E_NOT_ENOUGH_MEMORY,
				    "out of memory");
	}
	proffile_free(&pf);
	return make_table(svc_base(This), rows, service_columns,
			  NCOLS(service_columns), ulFlags, lppTable);
}

static HRESULT create_service(IMsgServiceAdmin2 *This, LPTSTR lpszService,
			      LPTSTR lpszDisplayName, ULONG ulFlags,
			      LPMAPIUID uid_r)
{
	struct svcadmin *sa = svc_of(This);
	struct mapisvc *cat = NULL;
	char *service = NULL, *display = NULL;
	struct svc_op op = {0};
	HRESULT hr;

	if (ulFlags &
	    ~(ULONG)(MAPI_UNICODE | SERVICE_UI_ALWAYS | SERVICE_UI_ALLOWED |
		     MAPI_DIALOG | SERVICE_NO_RESTART_WARNING))
		return objbase_fail(&sa->base, MAPI_E_UNKNOWN_FLAGS,
				    "CreateMsgService: unknown flags");
	if (lpszService == NULL)
		return objbase_fail(&sa->base, MAPI_E_INVALID_PARAMETER,
				    "CreateMsgService: no service name");
	hr = arg_string(&sa->base, lpszService, ulFlags, "the service name",
			&service);
	if (hr == S_OK)
		hr = arg_string(&sa->base, lpszDisplayName, ulFlags,
				"the display name", &display);
	if (hr == S_OK)
		hr = load_catalog(&sa->base, sa->catalog, &cat);
	if (hr == S_OK) {
		op.catalog = cat;
		op.name = service;
		op.display = display;
		op.run = run_create_service;
		hr = svc_edit(&sa->base, sa->path, &op, "CreateMsgService",
			      MAPI_E_NO_ACCESS);
	}
	if (hr == S_OK && uid_r != NULL)
		*uid_r = op.result;
	mapisvc_free(&cat);
	alloc_free(service);
	alloc_free(display);
	return hr;
}

static HRESULT STDMETHODCALLTYPE svc_CreateMsgService(IMsgServiceAdmin2 *This,
						      LPTSTR lpszService,
						      LPTSTR lpszDisplayName,
						      ULONG_PTR ulUIParam,
						      ULONG ulFlags)
{
	(void)ulUIParam;
	OBJBASE_ENTER(svc, svcadmin_class, This,
		      "IMsgServiceAdmin::CreateMsgService");
	return create_service(This, lpszService, lpszDisplayName, ulFlags,
			      NULL);
}

static HRESULT STDMETHODCALLTYPE svc_CreateMsgServiceEx(
    IMsgServiceAdmin2 *This, LPTSTR lpszService, LPTSTR lpszDisplayName,
    ULONG_PTR ulUIParam, ULONG ulFlags, LPMAPIUID lpuidService)
{
	(void)ulUIParam;
	OBJBASE_ENTER(svc, svcadmin_class, This,
		      "IMsgServiceAdmin2::CreateMsgServiceEx");
	return create_service(This, lpszService, lpszDisplayName, ulFlags,
			      lpuidService);
}

static HRESULT STDMETHODCALLTYPE svc_DeleteMsgService(IMsgServiceAdmin2 *This,
						      LPMAPIUID lpUID)
{
	struct svc_op op = {0};

	OBJBASE_ENTER(svc, svcadmin_class, This,
		      "IMsgServiceAdmin::DeleteMsgService");
	if (lpUID == NULL)
		return objbase_fail(svc_base(This), MAPI_E_INVALID_PARAMETER,
				    "DeleteMsgService: lpUID is NULL");
	op.uid = lpUID;
	op.run = run_delete_service;
	return svc_edit(svc_base(This), svc_of(This)->path, &op,
			"DeleteMsgService", MAPI_E_CALL_FAILED);
}

static HRESULT STDMETHODCALLTYPE svc_CopyMsgService(
    IMsgServiceAdmin2 *This, LPMAPIUID lpUID, LPTSTR lpszDisplayName,
    LPCIID lpInterfaceToCopy, LPCIID lpInterfaceDst, LPVOID lpObjectDst,
    ULONG_PTR ulUIParam, ULONG ulFlags)
{
	struct svcadmin *sa, *dst;
	IMsgServiceAdmin2 *target = lpObjectDst;
	struct proffile *src = NULL;
	char *display = NULL;
	struct svc_op op = {0};
	HRESULT hr;

	(void)lpInterfaceToCopy;
	(void)ulUIParam;
	OBJBASE_ENTER(svc, svcadmin_class, This,
		      "IMsgServiceAdmin::CopyMsgService");
	sa = svc_of(This);
	if (lpUID == NULL || target == NULL)
		return objbase_fail(&sa->base, MAPI_E_INVALID_PARAMETER,
				    "CopyMsgService: lpUID and lpObjectDst are "
				    "needed");
	if (lpInterfaceDst != NULL &&
	    !IsEqualIID(lpInterfaceDst, &IID_IMsgServiceAdmin) &&
	    !IsEqualIID(lpInterfaceDst, &IID_IMsgServiceAdmin2))
		return objbase_fail(&sa->base, MAPI_E_INTERFACE_NOT_SUPPORTED,
				    "CopyMsgService: the target must be an "
				    "IMsgServiceAdmin");
	if (target->lpVtbl != &svcadmin_vtbl ||
	    objbase_enter(svc_base(target), SVCADMIN_MAGIC,
			  "IMsgServiceAdmin::CopyMsgService") != S_OK)
		return objbase_fail(&sa->base, MAPI_E_INVALID_PARAMETER,
				    "CopyMsgService: the target is not a "
				    "message service administration object of "
				    "this context");
	dst = svc_of(target);
	hr = arg_string(&sa->base, lpszDisplayName, ulFlags, "the display name",
			&display);
	if (hr == S_OK && strcmp(dst->path, sa->path) != 0)
		hr = load_profile(&sa->base, sa->path, &src);
	if (hr == S_OK) {
		op.uid = lpUID;
		op.display = display;
		op.src = src;
		op.run = run_copy_service;
		hr = svc_edit(&sa->base, dst->path, &op, "CopyMsgService",
			      MAPI_E_NO_ACCESS);
	}
	proffile_free(&src);
	alloc_free(display);
	return hr;
}

static HRESULT STDMETHODCALLTYPE svc_RenameMsgService(IMsgServiceAdmin2 *This,
						      LPMAPIUID lpUID,
						      ULONG ulFlags,
						      LPTSTR lpszDisplayName)
{
	struct svc_op op = {0};
	char *display = NULL;
	HRESULT hr;

	OBJBASE_ENTER(svc, svcadmin_class, This,
		      "IMsgServiceAdmin::RenameMsgService");
	if (lpUID == NULL || lpszDisplayName == NULL)
		return objbase_fail(
		    svc_base(This), MAPI_E_INVALID_PARAMETER,
		    "RenameMsgService: lpUID and the name are needed");
	if (ulFlags & ~(ULONG)MAPI_UNICODE)
		return objbase_fail(svc_base(This), MAPI_E_UNKNOWN_FLAGS,
				    "RenameMsgService: unknown flags");
	hr = arg_string(svc_base(This), lpszDisplayName, ulFlags,
			"the display name", &display);
	if (hr == S_OK) {
		op.uid = lpUID;
		op.display = display;
		op.run = run_rename_service;
		hr = svc_edit(svc_base(This), svc_of(This)->path, &op,
			      "RenameMsgService", MAPI_E_CALL_FAILED);
	}
	alloc_free(display);
	return hr;
}

static HRESULT STDMETHODCALLTYPE svc_ConfigureMsgService(
    IMsgServiceAdmin2 *This, LPMAPIUID lpUID, ULONG_PTR ulUIParam,
    ULONG ulFlags, ULONG cValues, LPSPropValue lpProps)
{
	struct svc_op op = {0};

	(void)ulUIParam;
	OBJBASE_ENTER(svc, svcadmin_class, This,
		      "IMsgServiceAdmin::ConfigureMsgService");
	if (lpUID == NULL || (cValues > 0 && lpProps == NULL))
		return objbase_fail(
		    svc_base(This), MAPI_E_INVALID_PARAMETER,
		    "ConfigureMsgService: lpUID or lpProps is NULL");
	/* No UI ever: the UI flags are accepted and mean nothing. */
	if (ulFlags &
	    ~(ULONG)(MAPI_UNICODE | SERVICE_UI_ALWAYS | SERVICE_UI_ALLOWED |
		     UI_CURRENT_PROVIDER_FIRST | MSG_SERVICE_UI_READ_ONLY))
		return objbase_fail(svc_base(This), MAPI_E_UNKNOWN_FLAGS,
				    "ConfigureMsgService: unknown flags");
	op.uid = lpUID;
	op.count = cValues;
	op.props = lpProps;
	op.run = run_configure;
	return svc_edit(svc_base(This), svc_of(This)->path, &op,
			"ConfigureMsgService", MAPI_E_CALL_FAILED);
}

static HRESULT open_section(struct objbase *b, const char *path,
			    LPMAPIUID lpUID, LPCIID lpInterface, ULONG ulFlags,
			    LPPROFSECT *lppProfSect)
{
	HRESULT hr;

	if (lpUID == NULL || lppProfSect == NULL)
		return objbase_fail(
		    b, MAPI_E_INVALID_PARAMETER,
		    "OpenProfileSection: lpUID or lppProfSect is NULL");
	*lppProfSect = NULL;
	if (lpInterface != NULL && !IsEqualIID(lpInterface, &IID_IProfSect) &&
	    !IsEqualIID(lpInterface, &IID_IMAPIProp))
		return objbase_fail(b, MAPI_E_INTERFACE_NOT_SUPPORTED,
				    "OpenProfileSection: only IProfSect");
	if (ulFlags & ~(ULONG)(MAPI_MODIFY | MAPI_DEFERRED_ERRORS))
		return objbase_fail(b, MAPI_E_UNKNOWN_FLAGS,
				    "OpenProfileSection: unknown flags");
	hr = profsect_open(path, lpUID, ulFlags, lppProfSect);
	return hr == S_OK
		   ? objbase_ok(b)
		   : objbase_fail(b, hr, "OpenProfileSection: out of memory");
}

static HRESULT STDMETHODCALLTYPE svc_OpenProfileSection(IMsgServiceAdmin2 *This,
							LPMAPIUID lpUID,
							LPCIID lpInterface,
							ULONG ulFlags,
							LPPROFSECT *lppProfSect)
{
	OBJBASE_ENTER(svc, svcadmin_class, This,
		      "IMsgServiceAdmin::OpenProfileSection");
	return open_section(svc_base(This), svc_of(This)->path, lpUID,
			    lpInterface, ulFlags, lppProfSect);
}

static HRESULT STDMETHODCALLTYPE svc_MsgServiceTransportOrder(
    IMsgServiceAdmin2 *This, ULONG cUID, LPMAPIUID lpUIDList, ULONG ulFlags)
{
	struct svc_op op = {0};

	OBJBASE_ENTER(svc, svcadmin_class, This,
		      "IMsgServiceAdmin::MsgServiceTransportOrder");
	if (ulFlags != 0)
		return objbase_fail(svc_base(This), MAPI_E_UNKNOWN_FLAGS,
				    "MsgServiceTransportOrder: unknown flags");
	op.count = cUID;
	op.uids = lpUIDList;
	op.run = run_transport_order;
	return svc_edit(svc_base(This), svc_of(This)->path, &op,
			"MsgServiceTransportOrder", MAPI_E_CALL_FAILED);
}

static HRESULT STDMETHODCALLTYPE svc_SetPrimaryIdentity(IMsgServiceAdmin2 *This,
							LPMAPIUID lpUID,
							ULONG ulFlags)
{
	struct svc_op op = {0};

	OBJBASE_ENTER(svc, svcadmin_class, This,
		      "IMsgServiceAdmin::SetPrimaryIdentity");
	if (ulFlags != 0)
		return objbase_fail(svc_base(This), MAPI_E_UNKNOWN_FLAGS,
				    "SetPrimaryIdentity: unknown flags");
	op.uid = lpUID;
	op.run = run_primary;
	return svc_edit(svc_base(This), svc_of(This)->path, &op,
			"SetPrimaryIdentity", MAPI_E_CALL_FAILED);
}

static HRESULT provider_table(struct objbase *b, const char *path,
			      const MAPIUID *service, ULONG ulFlags,
			      LPMAPITABLE *lppTable)
{
	struct proffile *pf = NULL;
	LPSRowSet rows = NULL;
	HRESULT hr;

	if (lppTable == NULL)
		return objbase_fail(b, MAPI_E_INVALID_PARAMETER,
				    "GetProviderTable: lppTable is NULL");
	if (ulFlags & ~(ULONG)MAPI_UNICODE)
		return objbase_fail(b, MAPI_E_UNKNOWN_FLAGS,
				    "GetProviderTable: unknown flags");
	hr = load_profile(b, path, &pf);
	if (hr != S_OK)
		return hr;
	if (service != NULL && !profsvc_exists(pf, service)) {
		proffile_free(&pf);
		return objbase_fail(b, MAPI_E_NOT_FOUND,
				    "the service is no longer in the profile");
	}
	if (profsvc_provider_rows(pf, service, &rows) < 0) {
		proffile_free(&pf);
		return objbase_fail(b, MAPI_E_NOT_ENOUGH_MEMORY,
				    "out of memory");
	}
	proffile_free(&pf);
	return make_table(b, rows, provider_columns, NCOLS(provider_columns),
			  ulFlags, lppTable);
}

static HRESULT STDMETHODCALLTYPE svc_GetProviderTable(IMsgServiceAdmin2 *This,
						      ULONG ulFlags,
						      LPMAPITABLE *lppTable)
{
	OBJBASE_ENTER(svc, svcadmin_class, This,
		      "IMsgServiceAdmin::GetProviderTable");
	return provider_table(svc_base(This), svc_of(This)->path, NULL, ulFlags,
			      lppTable);
}

static HRESULT STDMETHODCALLTYPE
svc_AdminProviders(IMsgServiceAdmin2 *This, LPMAPIUID lpUID, ULONG ulFlags,
		   LPPROVIDERADMIN *lppProviderAdmin);

static const IMsgServiceAdmin2Vtbl svcadmin_vtbl = {
    svc_QueryInterface,
    svc_AddRef,
    svc_Release,
    svc_GetLastError,
    svc_GetMsgServiceTable,
    svc_CreateMsgService,
    svc_DeleteMsgService,
    svc_CopyMsgService,
    svc_RenameMsgService,
    svc_ConfigureMsgService,
    svc_OpenProfileSection,
    svc_MsgServiceTransportOrder,
    svc_AdminProviders,
    svc_SetPrimaryIdentity,
    svc_GetProviderTable,
    svc_CreateMsgServiceEx,
};

/* =========================== IProviderAdmin ========================== */

struct provadmin {
	IProviderAdmin iface;
	struct objbase base;
	/* The service admin it came from (one reference). */
	IMsgServiceAdmin2 *owner;
	MAPIUID service;
};

static const IProviderAdminVtbl provadmin_vtbl;

/* The owner's Release copes with a dead owner too. */
static void provadmin_destroy(void *object, bool live)
{
	struct provadmin *pa = object;

	(void)live;
	pa->owner->lpVtbl->Release(pa->owner);
}

static const IID *const provadmin_iids[] = {&IID_IProviderAdmin, NULL};
static const struct objclass provadmin_class = {
    PROVADMIN_MAGIC, "IProviderAdmin", provadmin_iids, provadmin_destroy};

OBJBASE_IUNKNOWN(prov, IProviderAdmin, struct provadmin, provadmin_class)

static HRESULT STDMETHODCALLTYPE prov_GetProviderTable(IProviderAdmin *This,
						       ULONG ulFlags,
						       LPMAPITABLE *lppTable)
{
	struct provadmin *pa;

	OBJBASE_ENTER(prov, provadmin_class, This,
		      "IProviderAdmin::GetProviderTable");
	pa = prov_of(This);
	return provider_table(&pa->base, svc_of(pa->owner)->path, &pa->service,
			      ulFlags, lppTable);
}

static HRESULT STDMETHODCALLTYPE prov_CreateProvider(
    IProviderAdmin *This, LPTSTR lpszProvider, ULONG cValues,
    LPSPropValue lpProps, ULONG_PTR ulUIParam, ULONG ulFlags, MAPIUID *lpUID)
{
	struct provadmin *pa;
	struct svcadmin *sa;
	struct mapisvc *cat = NULL;
	struct svc_op op = {0};
	char *name = NULL;
	HRESULT hr;

	(void)ulUIParam;
	OBJBASE_ENTER(prov, provadmin_class, This,
		      "IProviderAdmin::CreateProvider");
	pa = prov_of(This);
	sa = svc_of(pa->owner);
	if (lpszProvider == NULL || (cValues > 0 && lpProps == NULL))
		return objbase_fail(
		    &pa->base, MAPI_E_INVALID_PARAMETER,
		    "CreateProvider: no provider name or lpProps");
	if (ulFlags &
	    ~(ULONG)(MAPI_UNICODE | SERVICE_UI_ALWAYS | SERVICE_UI_ALLOWED))
		return objbase_fail(&pa->base, MAPI_E_UNKNOWN_FLAGS,
				    "CreateProvider: unknown flags");
	hr = arg_string(&pa->base, lpszProvider, ulFlags, "the provider name",
			&name);
	if (hr == S_OK)
		hr = load_catalog(&pa->base, sa->catalog, &cat);
	if (hr == S_OK) {
		op.catalog = cat;
		op.name = name;
		op.uid = &pa->service;
		op.count = cValues;
		op.props = lpProps;
		op.run = run_create_provider;
		hr = svc_edit(&pa->base, sa->path, &op, "CreateProvider",
			      MAPI_E_CALL_FAILED);
	}
	if (hr == S_OK && lpUID != NULL)
		*lpUID = op.result;
	mapisvc_free(&cat);
	alloc_free(name);
	return hr;
}

static HRESULT STDMETHODCALLTYPE prov_DeleteProvider(IProviderAdmin *This,
						     LPMAPIUID lpUID)
{
	struct provadmin *pa;
	struct svc_op op = {0};

	OBJBASE_ENTER(prov, provadmin_class, This,
		      "IProviderAdmin::DeleteProvider");
	pa = prov_of(This);
	if (lpUID == NULL)
		return objbase_fail(&pa->base, MAPI_E_INVALID_PARAMETER,
				    "DeleteProvider: lpUID is NULL");
	op.uid = &pa->service;
	op.other = lpUID;
	op.run = run_delete_provider;
	return svc_edit(&pa->base, svc_of(pa->owner)->path, &op,
			"DeleteProvider", MAPI_E_CALL_FAILED);
}

static HRESULT STDMETHODCALLTYPE prov_OpenProfileSection(
    IProviderAdmin *This, LPMAPIUID lpUID, LPCIID lpInterface, ULONG ulFlags,
    LPPROFSECT *lppProfSect)
{
	struct provadmin *pa;

	OBJBASE_ENTER(prov, provadmin_class, This,
		      "IProviderAdmin::OpenProfileSection");
	pa = prov_of(This);
	return open_section(&pa->base, svc_of(pa->owner)->path, lpUID,
			    lpInterface, ulFlags, lppProfSect);
}

static const IProviderAdminVtbl provadmin_vtbl = {
    prov_QueryInterface,   prov_AddRef,
    prov_Release,          prov_GetLastError,
    prov_GetProviderTable, prov_CreateProvider,
    prov_DeleteProvider,   prov_OpenProfileSection,
};

static HRESULT STDMETHODCALLTYPE
svc_AdminProviders(IMsgServiceAdmin2 *This, LPMAPIUID lpUID, ULONG ulFlags,
		   LPPROVIDERADMIN *lppProviderAdmin)
{
	struct svcadmin *sa;
	struct proffile *pf = NULL;
	struct provadmin *pa;
	bool exists;
	HRESULT hr;

	OBJBASE_ENTER(svc, svcadmin_class, This,
		      "IMsgServiceAdmin::AdminProviders");
	sa = svc_of(This);
	if (lpUID == NULL || lppProviderAdmin == NULL)
		return objbase_fail(
		    &sa->base, MAPI_E_INVALID_PARAMETER,
		    "AdminProviders: lpUID or lppProviderAdmin is "
		    "NULL");
	*lppProviderAdmin = NULL;
	if (ulFlags & ~(ULONG)MAPI_UNICODE)
		return objbase_fail(&sa->base, MAPI_E_UNKNOWN_FLAGS,
				    "AdminProviders: unknown flags");
	hr = load_profile(&sa->base, sa->path, &pf);
	if (hr != S_OK)
		return hr;
	exists = profsvc_exists(pf, lpUID);
	proffile_free(&pf);
	if (!exists)
		return objbase_fail(
		    &sa->base, MAPI_E_NOT_FOUND,
		    "AdminProviders: the profile has no such service");
	pa = alloc_calloc(1, sizeof(*pa));
	if (pa == NULL)
		return objbase_fail(&sa->base, MAPI_E_NOT_ENOUGH_MEMORY,
				    "out of memory");
	pa->iface.lpVtbl = &provadmin_vtbl;
	objbase_init(&pa->base, PROVADMIN_MAGIC);
	This->lpVtbl->AddRef(This);
	pa->owner = This;
	pa->service = *lpUID;
	*lppProviderAdmin = &pa->iface;
	return objbase_ok(&sa->base);
}

/* ============================= IProfAdmin ============================ */

struct profadmin {
	IProfAdmin iface;
	struct objbase base;
	/* Lives as long as the instance, which outlives live objects. */
	struct profroot *root;
	char catalog[PATH_MAX];
};

static const IProfAdminVtbl profadmin_vtbl;

static const IID *const profadmin_iids[] = {&IID_IProfAdmin, NULL};
static const struct objclass profadmin_class = {PROFADMIN_MAGIC, "IProfAdmin",
						profadmin_iids, NULL};

OBJBASE_IUNKNOWN(admin, IProfAdmin, struct profadmin, profadmin_class)

/* One row of the profile table. */
static HRESULT profile_row(const char *name, bool is_default, ULONG index,
			   SRow *row)
{
	LPSPropValue props = NULL;
	size_t len = strlen(name);

	if (MAPIAllocateBuffer(3 * sizeof(SPropValue) + len + 1 + sizeof(ULONG),
			       (LPVOID *)&props) != S_OK)
		return MAPI_E_NOT_ENOUGH_MEMORY;
	props[0].ulPropTag = PR_DISPLAY_NAME_A;
	props[0].Value.lpszA = (char *)&props[3];
	memcpy(props[0].Value.lpszA, name, len + 1);
	props[1].ulPropTag = PR_DEFAULT_PROFILE;
	props[1].Value.b = is_default;
	props[2].ulPropTag = PR_INSTANCE_KEY;
	props[2].Value.bin.cb = sizeof(ULONG);
	props[2].Value.bin.lpb = (LPBYTE)props[0].Value.lpszA + len + 1;
	memcpy(props[2].Value.bin.lpb, &index, sizeof(index));
	row->ulAdrEntryPad = 0;
	row->cValues = 3;
	row->lpProps = props;
	return S_OK;
}

static HRESULT STDMETHODCALLTYPE admin_GetProfileTable(IProfAdmin *This,
						       ULONG ulFlags,
						       LPMAPITABLE *lppTable)
{
	static const ULONG columns[] = {PR_DISPLAY_NAME_A, PR_DEFAULT_PROFILE};
	struct profadmin *pa;
	struct profroot_list list;
	const char *error = NULL;
	LPSRowSet rows = NULL;
	HRESULT hr = S_OK;
	size_t i;
	int ret;

	OBJBASE_ENTER(admin, profadmin_class, This,
		      "IProfAdmin::GetProfileTable");
	pa = admin_of(This);
	if (lppTable == NULL)
		return objbase_fail(&pa->base, MAPI_E_INVALID_PARAMETER,
				    "GetProfileTable: lppTable is NULL");
	if (ulFlags & ~(ULONG)(MAPI_UNICODE | MAPI_APP_PROFILE))
		return objbase_fail(&pa->base, MAPI_E_UNKNOWN_FLAGS,
				    "GetProfileTable: unknown flags");
	ret = profroot_list(pa->root, &list, &error);
	if (ret < 0)
		return fail_errno(&pa->base, ret, MAPI_E_CALL_FAILED,
				  "GetProfileTable", error);
	if (MAPIAllocateBuffer(CbNewSRowSet(list.count == 0 ? 1 : list.count),
			       (LPVOID *)&rows) != S_OK) {
		profroot_list_free(&list);
		return objbase_fail(&pa->base, MAPI_E_NOT_ENOUGH_MEMORY,
				    "out of memory");
	}
	rows->cRows = 0;
	for (i = 0; i < list.count && hr == S_OK; i++) {
		hr = profile_row(list.names[i], i == list.default_index,
				 (ULONG)i, &rows->aRow[i]);
		if (hr == S_OK)
			rows->cRows++;
	}
	profroot_list_free(&list);
	if (hr != S_OK) {
		FreeProws(rows);
		return objbase_fail(&pa->base, hr, "out of memory");
	}
	return make_table(&pa->base, rows, columns, NCOLS(columns), ulFlags,
			  lppTable);
}

/* Profiles have no passwords (no secrets in profiles): NULL or "". */
static HRESULT check_password(struct objbase *b, const void *pw, ULONG flags)
{
	bool empty =
	    pw == NULL || ((flags & MAPI_UNICODE) ? *(const WCHAR *)pw == 0
						  : *(const char *)pw == '\0');

	return empty ? S_OK
		     : objbase_fail(
			   b, MAPI_E_NO_SUPPORT,
			   "profiles have no passwords: credentials come "
			   "from the security context");
}

static HRESULT STDMETHODCALLTYPE admin_CreateProfile(IProfAdmin *This,
						     LPTSTR lpszProfileName,
						     LPTSTR lpszPassword,
						     ULONG_PTR ulUIParam,
						     ULONG ulFlags)
{
	struct profadmin *pa;
	struct proffile *pf = NULL;
	struct mapisvc *cat = NULL;
	const char *error = NULL;
	char *name = NULL;
	size_t i;
	HRESULT hr;
	int ret = 0;

	(void)ulUIParam;
	OBJBASE_ENTER(admin, profadmin_class, This,
		      "IProfAdmin::CreateProfile");
	pa = admin_of(This);
	if (lpszProfileName == NULL)
		return objbase_fail(&pa->base, MAPI_E_INVALID_PARAMETER,
				    "CreateProfile: no profile name");
	if (ulFlags & ~(ULONG)(MAPI_UNICODE | MAPI_DEFAULT_SERVICES |
			       MAPI_DIALOG | MAPI_APP_PROFILE))
		return objbase_fail(&pa->base, MAPI_E_UNKNOWN_FLAGS,
				    "CreateProfile: unknown flags");
	hr = check_password(&pa->base, lpszPassword, ulFlags);
	if (hr == S_OK)
		hr = arg_string(&pa->base, lpszProfileName, ulFlags,
				"the profile name", &name);
	if (hr == S_OK) {
		ret = prof_check_profile_name(name, &error);
		if (ret == 0)
			ret = proffile_new(&pf);
		if (ret == 0)
			ret =
			    proffile_add_section(pf, &profroot_profile_section);
		if (ret < 0)
			hr = fail_errno(&pa->base, ret, MAPI_E_NO_ACCESS,
					"CreateProfile", error);
	}
	if (hr == S_OK && (ulFlags & MAPI_DEFAULT_SERVICES)) {
		hr = load_catalog(&pa->base, pa->catalog, &cat);
		for (i = 0; hr == S_OK && i < mapisvc_service_count(cat); i++) {
			const char *svc = mapisvc_service_name(cat, i);

			if (!mapisvc_service_is_default(cat, svc))
				continue;
			ret = profsvc_create(pf, cat, svc, NULL, NULL, &error);
			if (ret < 0)
				hr = fail_errno(&pa->base, ret,
						MAPI_E_CALL_FAILED,
						"CreateProfile", error);
		}
	}
	if (hr == S_OK) {
		ret = profroot_create(pa->root, name, pf, &error);
		hr = ret < 0 ? fail_errno(&pa->base, ret, MAPI_E_NO_ACCESS,
					  "CreateProfile", error)
			     : objbase_ok(&pa->base);
	}
	mapisvc_free(&cat);
	proffile_free(&pf);
	alloc_free(name);
	return hr;
}

static HRESULT STDMETHODCALLTYPE admin_DeleteProfile(IProfAdmin *This,
						     LPTSTR lpszProfileName,
						     ULONG ulFlags)
{
	struct profadmin *pa;
	const char *error = NULL;
	char *name = NULL;
	HRESULT hr;
	int ret;

	OBJBASE_ENTER(admin, profadmin_class, This,
		      "IProfAdmin::DeleteProfile");
	pa = admin_of(This);
	if (lpszProfileName == NULL)
		return objbase_fail(&pa->base, MAPI_E_INVALID_PARAMETER,
				    "DeleteProfile: no profile name");
	if (ulFlags & ~(ULONG)(MAPI_UNICODE | MAPI_APP_PROFILE))
		return objbase_fail(&pa->base, MAPI_E_UNKNOWN_FLAGS,
				    "DeleteProfile: unknown flags");
	hr = arg_string(&pa->base, lpszProfileName, ulFlags, "the profile name",
			&name);
	if (hr == S_OK) {
		ret = profroot_delete(pa->root, name, &error);
		hr = ret < 0 ? fail_errno(&pa->base, ret, MAPI_E_CALL_FAILED,
					  "DeleteProfile", error)
			     : objbase_ok(&pa->base);
	}
	alloc_free(name);
	return hr;
}

static HRESULT STDMETHODCALLTYPE admin_ChangeProfilePassword(
    IProfAdmin *This, LPTSTR lpszProfileName, LPTSTR lpszOldPassword,
    LPTSTR lpszNewPassword, ULONG ulFlags)
{
	(void)lpszProfileName;
	(void)lpszOldPassword;
	(void)lpszNewPassword;
	(void)ulFlags;
	OBJBASE_ENTER(admin, profadmin_class, This,
		      "IProfAdmin::ChangeProfilePassword");
	return objbase_fail(
	    admin_base(This), MAPI_E_NO_SUPPORT,
	    "profiles have no passwords: credentials come from the "
	    "security context");
}

/* CopyProfile and RenameProfile: the same arguments, one operation. */
static HRESULT copy_or_rename(IProfAdmin *This, LPTSTR lpszOld,
			      LPTSTR lpszPassword, LPTSTR lpszNew,
			      ULONG ulFlags, bool rename, const char *what)
{
	struct profadmin *pa = admin_of(This);
	const char *error = NULL;
	char *from = NULL, *to = NULL;
	HRESULT hr;
	int ret;

	if (lpszOld == NULL || lpszNew == NULL)
		return objbase_fail(&pa->base, MAPI_E_INVALID_PARAMETER,
				    "%s: both names are needed", what);
	if (ulFlags & ~(ULONG)(MAPI_UNICODE | MAPI_DIALOG | MAPI_APP_PROFILE))
		return objbase_fail(&pa->base, MAPI_E_UNKNOWN_FLAGS,
				    "%s: unknown flags", what);
	hr = check_password(&pa->base, lpszPassword, ulFlags);
	if (hr == S_OK)
		hr = arg_string(&pa->base, lpszOld, ulFlags, "the profile name",
				&from);
	if (hr == S_OK)
		hr = arg_string(&pa->base, lpszNew, ulFlags,
				"the new profile name", &to);
	if (hr == S_OK) {
		ret = rename ? profroot_rename(pa->root, from, to, &error)
			     : profroot_copy(pa->root, from, to, &error);
		hr = ret < 0 ? fail_errno(&pa->base, ret, MAPI_E_NO_ACCESS,
					  what, error)
			     : objbase_ok(&pa->base);
	}
	alloc_free(from);
	alloc_free(to);
	return hr;
}

static HRESULT STDMETHODCALLTYPE admin_CopyProfile(
    IProfAdmin *This, LPTSTR lpszOldProfileName, LPTSTR lpszOldPassword,
    LPTSTR lpszNewProfileName, ULONG_PTR ulUIParam, ULONG ulFlags)
{
	(void)ulUIParam;
	OBJBASE_ENTER(admin, profadmin_class, This, "IProfAdmin::CopyProfile");
	return copy_or_rename(This, lpszOldProfileName, lpszOldPassword,
			      lpszNewProfileName, ulFlags, false,
			      "CopyProfile");
}

static HRESULT STDMETHODCALLTYPE admin_RenameProfile(
    IProfAdmin *This, LPTSTR lpszOldProfileName, LPTSTR lpszOldPassword,
    LPTSTR lpszNewProfileName, ULONG_PTR ulUIParam, ULONG ulFlags)
{
	(void)ulUIParam;
	OBJBASE_ENTER(admin, profadmin_class, This,
		      "IProfAdmin::RenameProfile");
	return copy_or_rename(This, lpszOldProfileName, lpszOldPassword,
			      lpszNewProfileName, ulFlags, true,
			      "RenameProfile");
}

static HRESULT STDMETHODCALLTYPE admin_SetDefaultProfile(IProfAdmin *This,
							 LPTSTR lpszProfileName,
							 ULONG ulFlags)
{
	struct profadmin *pa;
	const char *error = NULL;
	char *name = NULL;
	HRESULT hr;
	int ret;

	OBJBASE_ENTER(admin, profadmin_class, This,
		      "IProfAdmin::SetDefaultProfile");
	pa = admin_of(This);
	if (ulFlags & ~(ULONG)MAPI_UNICODE)
		return objbase_fail(&pa->base, MAPI_E_UNKNOWN_FLAGS,
				    "SetDefaultProfile: unknown flags");
	hr = arg_string(&pa->base, lpszProfileName, ulFlags, "the profile name",
			&name);
	if (hr == S_OK) {
		ret = profroot_set_default(pa->root, name, &error);
		hr = ret < 0 ? fail_errno(&pa->base, ret, MAPI_E_CALL_FAILED,
					  "SetDefaultProfile", error)
			     : objbase_ok(&pa->base);
	}
	alloc_free(name);
	return hr;
}

static HRESULT STDMETHODCALLTYPE admin_AdminServices(
    IProfAdmin *This, LPTSTR lpszProfileName, LPTSTR lpszPassword,
    ULONG_PTR ulUIParam, ULONG ulFlags, LPSERVICEADMIN *lppServiceAdmin)
{
	char canonical[PROF_PROFILE_NAME_BYTES + 1];
	struct profadmin *pa;
	struct svcadmin *sa;
	const char *error = NULL;
	char *name = NULL;
	HRESULT hr;
	int ret;

	(void)ulUIParam;
	OBJBASE_ENTER(admin, profadmin_class, This,
		      "IProfAdmin::AdminServices");
	pa = admin_of(This);
	if (lpszProfileName == NULL || lppServiceAdmin == NULL)
		return objbase_fail(&pa->base, MAPI_E_INVALID_PARAMETER,
				    "AdminServices: no profile name or "
				    "lppServiceAdmin");
	*lppServiceAdmin = NULL;
	if (ulFlags & ~(ULONG)(MAPI_UNICODE | MAPI_DIALOG))
		return objbase_fail(&pa->base, MAPI_E_UNKNOWN_FLAGS,
				    "AdminServices: unknown flags");
	hr = check_password(&pa->base, lpszPassword, ulFlags);
	if (hr == S_OK)
		hr = arg_string(&pa->base, lpszProfileName, ulFlags,
				"the profile name", &name);
	if (hr != S_OK)
		return hr;
	sa = alloc_calloc(1, sizeof(*sa));
	if (sa == NULL) {
		alloc_free(name);
		return objbase_fail(&pa->base, MAPI_E_NOT_ENOUGH_MEMORY,
				    "out of memory");
	}
	ret = profroot_find(pa->root, name, sa->path, sizeof(sa->path),
			    canonical, sizeof(canonical), &error);
	alloc_free(name);
	if (ret < 0) {
		alloc_free(sa);
		/* Windows documents MAPI_E_LOGON_FAILED for a missing one. */
		return objbase_fail(&pa->base,
				    ret == -ENOENT
					? MAPI_E_LOGON_FAILED
					: hr_of(ret, MAPI_E_CALL_FAILED),
				    "AdminServices: %s",
				    error != NULL ? error : strerror(-ret));
	}
	memcpy(sa->catalog, pa->catalog, sizeof(sa->catalog));
	sa->iface.lpVtbl = &svcadmin_vtbl;
	objbase_init(&sa->base, SVCADMIN_MAGIC);
	*lppServiceAdmin = (LPSERVICEADMIN)&sa->iface;
	return objbase_ok(&pa->base);
}

HRESULT profadmin_service_admin(const char *profile_path, const char *catalog,
				LPSERVICEADMIN *admin_r)
{
	struct svcadmin *sa;

	if (strlen(profile_path) >= sizeof(sa->path) ||
	    strlen(catalog) >= sizeof(sa->catalog))
		return MAPI_E_INVALID_PARAMETER;
	sa = alloc_calloc(1, sizeof(*sa));
	if (sa == NULL)
		return MAPI_E_NOT_ENOUGH_MEMORY;
	memcpy(sa->path, profile_path, strlen(profile_path) + 1);
	memcpy(sa->catalog, catalog, strlen(catalog) + 1);
	sa->iface.lpVtbl = &svcadmin_vtbl;
	objbase_init(&sa->base, SVCADMIN_MAGIC);
	*admin_r = (LPSERVICEADMIN)&sa->iface;
	return S_OK;
}

static const IProfAdminVtbl profadmin_vtbl = {
    admin_QueryInterface,    admin_AddRef,
    admin_Release,           admin_GetLastError,
    admin_GetProfileTable,   admin_CreateProfile,
    admin_DeleteProfile,     admin_ChangeProfilePassword,
    admin_CopyProfile,       admin_RenameProfile,
    admin_SetDefaultProfile, admin_AdminServices,
};

/*
 * MAPIAdminProfiles
 *
 * The profile administration object of the calling thread's security
 * context: it manages that context's profiles and no one else's.
 *
 * RETURNS
 *  S_OK, MAPI_E_NOT_INITIALIZED (no MAPIInitialize in this context),
 *  MAPI_E_INVALID_PARAMETER, MAPI_E_UNKNOWN_FLAGS, MAPI_E_NO_ACCESS or
 *  MAPI_E_CALL_FAILED (the profile root could not be made; the message,
 *  from the thread's record, names the directory).
 */
STDAPI MAPIAdminProfiles(ULONG ulFlags, LPPROFADMIN FAR *lppProfAdmin)
{
	struct instance *inst;
	struct profroot *root;
	struct profadmin *pa;
	const char *error = NULL, *catalog = NULL;
	HRESULT hr;
	int ret;

	hr = instance_check_thread(&inst);
	if (hr != S_OK)
		return hr;
	if (lppProfAdmin == NULL)
		return objhdr_thread_seterr(MAPI_E_INVALID_PARAMETER,
					    "MAPIAdminProfiles: lppProfAdmin "
					    "is NULL");
	*lppProfAdmin = NULL;
	if (ulFlags & ~(ULONG)MAPI_UNICODE)
		return objhdr_thread_seterr(MAPI_E_UNKNOWN_FLAGS,
					    "MAPIAdminProfiles: unknown flags "
					    "0x%08lx",
					    (unsigned long)ulFlags);
	ret = profroot_get(inst, &root, &error);
	if (ret < 0)
		return objhdr_thread_seterr(
		    hr_of(ret, MAPI_E_CALL_FAILED), "MAPIAdminProfiles: %s",
		    error != NULL ? error : strerror(-ret));
	pa = alloc_calloc(1, sizeof(*pa));
	if (pa == NULL)
		return objhdr_thread_seterr(MAPI_E_NOT_ENOUGH_MEMORY,
					    "MAPIAdminProfiles: out of memory");
	/*
	 * A broken catalog setting shows when a catalog is needed: the path
	 * is then empty and its error message follows the NUL.
	 */
	if (instance_path(inst, INSTANCE_CATALOG, &catalog, &error) == 0)
		snprintf(pa->catalog, sizeof(pa->catalog), "%s", catalog);
	else
		snprintf(pa->catalog + 1, sizeof(pa->catalog) - 1, "%s",
			 error != NULL ? error : "not configured");
	pa->root = root;
	pa->iface.lpVtbl = &profadmin_vtbl;
	objbase_init(&pa->base, PROFADMIN_MAGIC);
	*lppProfAdmin = &pa->iface;
	return S_OK;
}
