/*
 * profadmin.c - what the profile administration objects share (errno to
 * HRESULT, string arguments, snapshot tables) and IProfAdmin over the
 * profile root (profroot.h); see profadmin.h.  IMsgServiceAdmin(2) and
 * IProviderAdmin are profadmin_svc.c's, IProfSect profadmin_sect.c's.
 */
#include "profadmin.h"

#include <errno.h>
#include <limits.h>
#include <stdio.h>
#include <string.h>

#include <mapiguid.h>
#include <mapiutil.h>

#include "alloc.h"
#include "instance.h"
#include "lib.h"
#include "objbase.h"
#include "objhdr.h"
#include "profadmin_private.h"
#include "proffile.h"
#include "profroot.h"
#include "profsvc.h"
#include "profutil.h"
#include "utf8.h"
#include "errmap.h"

/* ========================= What all four share ======================= */

/*
 * An HRESULT for the errno of a profile operation: errmap's, but a taken
 * name is what exists says for this call (MAPI_E_NO_ACCESS for
 * CreateProfile, as Windows documents).
 */
HRESULT profadmin_hr(int err, HRESULT exists)
{
	if (err == -EEXIST)
		return exists;
	return errmap_hr(err);
}
HRESULT profadmin_fail_errno(struct objbase *b, int err, HRESULT exists,
			     const char *what, const char *error)
{
	return objbase_fail(b, profadmin_hr(err, exists), "%s: %s", what,
			    error != NULL ? error : strerror(-err));
}

/*
 * A string argument as UTF-8: LPTSTR is WCHAR * with MAPI_UNICODE in
 * flags, else 8-bit (UTF-8).  NULL stays NULL.  Returns S_OK with an
 * alloc_malloc()ed copy in *out_r, or a failure recorded on b.
 */
HRESULT profadmin_arg_string(struct objbase *b, const void *s, ULONG flags,
			     const char *what, char **out_r)
{
	int ret;

	*out_r = NULL;
	if (s == NULL)
		return S_OK;
	ret = utf8_from_tstr(s, (flags & MAPI_UNICODE) != 0, UTF_REJECT, out_r);
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
			size_t len = strlen(items[j]), n;
			WCHAR *w;

			utf8_to_utf16(items[j], len, NULL, 0, UTF_REPLACE, &n);
			if (MAPIAllocateMore((ULONG)((n + 1) * sizeof(WCHAR)),
					     row->lpProps,
					     (LPVOID *)&w) != S_OK)
				return MAPI_E_NOT_ENOUGH_MEMORY;
			utf8_to_utf16(items[j], len, w, n, UTF_REPLACE, &n);
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
HRESULT profadmin_make_table(struct objbase *b, LPSRowSet rows,
			     const ULONG *columns, ULONG ncolumns, ULONG flags,
			     LPMAPITABLE *table_r)
{
	HRESULT hr = profadmin_table(rows, columns, ncolumns, flags, table_r);

	return hr == S_OK ? objbase_ok(b)
			  : objbase_fail(b, hr, "the table could not be made");
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
		return profadmin_fail_errno(&pa->base, ret, MAPI_E_CALL_FAILED,
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
	return profadmin_make_table(&pa->base, rows, columns,
				    (ULONG)N_ELEMENTS(columns), ulFlags,
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
		hr = profadmin_arg_string(&pa->base, lpszProfileName, ulFlags,
					  "the profile name", &name);
	if (hr == S_OK) {
		ret = prof_check_profile_name(name, &error);
		if (ret == 0)
			ret = proffile_new(&pf);
		if (ret == 0)
			ret =
			    proffile_add_section(pf, &profroot_profile_section);
		if (ret < 0)
			hr = profadmin_fail_errno(&pa->base, ret,
						  MAPI_E_NO_ACCESS,
						  "CreateProfile", error);
	}
	if (hr == S_OK && (ulFlags & MAPI_DEFAULT_SERVICES)) {
		hr = profadmin_load_catalog(&pa->base, pa->catalog, &cat);
		for (i = 0; hr == S_OK && i < mapisvc_service_count(cat); i++) {
			const char *svc = mapisvc_service_name(cat, i);

			if (!mapisvc_service_is_default(cat, svc))
				continue;
			ret = profsvc_create(pf, cat, svc, NULL, NULL, &error);
			if (ret < 0)
				hr = profadmin_fail_errno(
				    &pa->base, ret, MAPI_E_CALL_FAILED,
				    "CreateProfile", error);
		}
	}
	if (hr == S_OK) {
		ret = profroot_create(pa->root, name, pf, &error);
		hr = ret < 0 ? profadmin_fail_errno(&pa->base, ret,
						    MAPI_E_NO_ACCESS,
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
	hr = profadmin_arg_string(&pa->base, lpszProfileName, ulFlags,
				  "the profile name", &name);
	if (hr == S_OK) {
		ret = profroot_delete(pa->root, name, &error);
		hr = ret < 0 ? profadmin_fail_errno(&pa->base, ret,
						    MAPI_E_CALL_FAILED,
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
		hr = profadmin_arg_string(&pa->base, lpszOld, ulFlags,
					  "the profile name", &from);
	if (hr == S_OK)
		hr = profadmin_arg_string(&pa->base, lpszNew, ulFlags,
					  "the new profile name", &to);
	if (hr == S_OK) {
		ret = rename ? profroot_rename(pa->root, from, to, &error)
			     : profroot_copy(pa->root, from, to, &error);
		hr = ret < 0
			 ? profadmin_fail_errno(&pa->base, ret,
						MAPI_E_NO_ACCESS, what, error)
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
	hr = profadmin_arg_string(&pa->base, lpszProfileName, ulFlags,
				  "the profile name", &name);
	if (hr == S_OK) {
		ret = profroot_set_default(pa->root, name, &error);
		hr = ret < 0 ? profadmin_fail_errno(&pa->base, ret,
						    MAPI_E_CALL_FAILED,
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
	char canonical[PROF_PROFILE_NAME_BYTES + 1], path[PATH_MAX];
	struct profadmin *pa;
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
		hr = profadmin_arg_string(&pa->base, lpszProfileName, ulFlags,
					  "the profile name", &name);
	if (hr != S_OK)
		return hr;
	ret = profroot_find(pa->root, name, path, sizeof(path), canonical,
			    sizeof(canonical), &error);
	alloc_free(name);
	if (ret < 0)
		/* Windows documents MAPI_E_LOGON_FAILED for a missing one. */
		return objbase_fail(&pa->base,
				    ret == -ENOENT
					? MAPI_E_LOGON_FAILED
					: profadmin_hr(ret, MAPI_E_CALL_FAILED),
				    "AdminServices: %s",
				    error != NULL ? error : strerror(-ret));
	hr = profadmin_svc_new(path, pa->catalog, lppServiceAdmin);
	if (hr != S_OK)
		return objbase_fail(&pa->base, hr, "AdminServices: %s",
				    hr == MAPI_E_NOT_ENOUGH_MEMORY
					? "out of memory"
					: "the profile's path is too long");
	return objbase_ok(&pa->base);
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
		    profadmin_hr(ret, MAPI_E_CALL_FAILED),
		    "MAPIAdminProfiles: %s",
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
