/*
 * profadmin_svc.c - IMsgServiceAdmin and IMsgServiceAdmin2 (one object)
 * and IProviderAdmin over the services in a profile (profsvc.h); see
 * profadmin.h.  Every change is one locked edit of the profile file.
 */
#include "profadmin.h"

#include <errno.h>
#include <limits.h>
#include <string.h>

#include <mapiguid.h>
#include <mapispi.h>

#include "alloc.h"
#include "lib.h"
#include "objbase.h"
#include "profadmin_private.h"
#include "proffile.h"
#include "profsvc.h"

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
HRESULT profadmin_load_catalog(struct objbase *b, const char *path,
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
		return profadmin_fail_errno(b, ret, exists, what, error);
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

	return ret < 0 ? profadmin_fail_errno(b, ret, MAPI_E_CALL_FAILED,
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
	return profadmin_make_table(svc_base(This), rows, service_columns,
				    (ULONG)N_ELEMENTS(service_columns), ulFlags,
				    lppTable);
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
	hr = profadmin_arg_string(&sa->base, lpszService, ulFlags,
				  "the service name", &service);
	if (hr == S_OK)
		hr = profadmin_arg_string(&sa->base, lpszDisplayName, ulFlags,
					  "the display name", &display);
	if (hr == S_OK)
		hr = profadmin_load_catalog(&sa->base, sa->catalog, &cat);
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
	hr = profadmin_arg_string(&sa->base, lpszDisplayName, ulFlags,
				  "the display name", &display);
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
	hr = profadmin_arg_string(svc_base(This), lpszDisplayName, ulFlags,
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
	return profadmin_make_table(b, rows, provider_columns,
				    (ULONG)N_ELEMENTS(provider_columns),
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
	hr = profadmin_arg_string(&pa->base, lpszProvider, ulFlags,
				  "the provider name", &name);
	if (hr == S_OK)
		hr = profadmin_load_catalog(&pa->base, sa->catalog, &cat);
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

/*
 * The catalog buffer of an IProfAdmin (PATH_MAX bytes: a path, or "" and
 * the reason why there is none after the NUL) is copied whole.
 */
HRESULT profadmin_svc_new(const char *path, const char *catalog,
			  LPSERVICEADMIN *admin_r)
{
	struct svcadmin *sa;

	if (strlen(path) >= sizeof(sa->path))
		return MAPI_E_INVALID_PARAMETER;
	sa = alloc_calloc(1, sizeof(*sa));
	if (sa == NULL)
		return MAPI_E_NOT_ENOUGH_MEMORY;
	memcpy(sa->path, path, strlen(path) + 1);
	memcpy(sa->catalog, catalog, sizeof(sa->catalog));
	sa->iface.lpVtbl = &svcadmin_vtbl;
	objbase_init(&sa->base, SVCADMIN_MAGIC);
	*admin_r = (LPSERVICEADMIN)&sa->iface;
	return S_OK;
}

HRESULT profadmin_service_admin(const char *profile_path, const char *catalog,
				LPSERVICEADMIN *admin_r)
{
	char buf[PATH_MAX] = "";

	if (strlen(catalog) >= sizeof(buf))
		return MAPI_E_INVALID_PARAMETER;
	memcpy(buf, catalog, strlen(catalog) + 1);
	return profadmin_svc_new(profile_path, buf, admin_r);
}
