/*
 * session.c - MAPILogonEx and IMAPISession: a session on one profile of
 * the calling thread's security context.
 *
 * A session holds a logon on its profile (profroot.h), so the profile
 * stays usable if it is deleted or renamed meanwhile, and reads the
 * profile file afresh for every call that needs it: another session or a
 * profile administrator may change it at any time.  It finds stores
 * through the profile's store providers and opens them with the store
 * objects of mapistore.h; the stores it opened route OpenEntry,
 * CompareEntryIDs and Advise for entry IDs that are not store entry IDs.
 *
 * The MAPIX_LOCAL service entry is extended here: configuring its
 * PR_PST_PATH provisions the store there when the file does not exist
 * yet (or opens an existing one) and records the mailbox GUID in the
 * provider section, as Outlook's PST service creates its file.
 *
 * OpenAddressBook gives the address book of addrbook.h (directory
 * principals and one-off addresses).  What is not here: forms and message
 * options (no UI, ever), and stores of the MAPIX server service (they
 * appear once mapixd exists).
 */
#include "mapistore.h"
#include "addrbook.h"
#include "oneoff.h"

#include <errno.h>
#include <limits.h>
#include <stdarg.h>
#include <pthread.h>
#include <stdio.h>
#include <string.h>

#include <edkmdb.h>
#include <mapiguid.h>
#include <mapiutil.h>
#include <mspst.h>

#include "alloc.h"
#include "context.h"
#include "instance.h"
#include "objbase.h"
#include "profadmin.h"
#include "proffile.h"
#include "profroot.h"
#include "profsvc.h"
#include "errmsg.h"
#include "utf8.h"
#include "ustring.h"

#define SESSION_MAGIC 0x4d505353u /* "MPSS" */
#define COMPONENT     "IMAPISession"

/* A store this session opened: routes entry IDs and notifications. */
struct open_store {
	struct open_store *next;
	MAPIUID provider;
	LPMDB mdb;
};

/* An Advise connection, and the store that holds it. */
struct advise {
	struct advise *next;
	ULONG_PTR connection;
	LPMDB mdb;
	ULONG_PTR store_connection;
};

struct session {
	IMAPISession iface;
	struct objbase base;
	/* Guarded by base.lock. */
	struct profref *ref;
	bool logged_off;
	struct open_store *stores;
	struct advise *advises;
	ULONG_PTR next_connection;
	char principal[CONTEXT_NAME_MAX + 1];
	char catalog[PATH_MAX];
};

static const IMAPISessionVtbl session_vtbl;
static void session_destroy(void *object, bool live);

static const IID *const session_iids[] = {&IID_IMAPISession, NULL};
static const struct objclass session_class = {SESSION_MAGIC, COMPONENT,
					      session_iids, session_destroy};

OBJBASE_IUNKNOWN(session, IMAPISession, struct session, session_class)

/* The check of every method; also refuses a session after Logoff. */
static HRESULT session_enter(IMAPISession *This, const char *what)
{
	struct session *s;
	bool off;
	HRESULT hr = objbase_enter(session_base(This), SESSION_MAGIC, what);

	if (hr != S_OK)
		return hr;
	s = session_of(This);
	pthread_mutex_lock(&s->base.lock);
	off = s->logged_off;
	pthread_mutex_unlock(&s->base.lock);
	return off ? objbase_fail(&s->base, MAPI_E_END_OF_SESSION,
				  "%s: the session has logged off", what)
		   : S_OK;
}

#define ENTER(This, what)                                                      \
	do {                                                                   \
		HRESULT enter_hr_ = session_enter(This, what);                 \
		if (enter_hr_ != S_OK)                                         \
			return enter_hr_;                                      \
	} while (0)

static HRESULT fail(struct session *s, HRESULT hr, const char *fmt, ...)
    __attribute__((format(printf, 3, 4)));

static HRESULT fail(struct session *s, HRESULT hr, const char *fmt, ...)
{
	char msg[ERRMSG_SIZE];
	va_list args;

	va_start(args, fmt);
	vsnprintf(msg, sizeof(msg), fmt, args);
	va_end(args);
	return objbase_fail(&s->base, hr, "%s", msg);
}

/* The session's profile as it is now.  A failure is recorded. */
static HRESULT load_profile(struct session *s, struct proffile **pf_r,
			    char *path, size_t size)
{
	const char *error = NULL;
	int ret;

	pthread_mutex_lock(&s->base.lock);
	ret = s->ref == NULL ? -ENOENT : profref_path(s->ref, path, size);
	pthread_mutex_unlock(&s->base.lock);
	if (ret < 0)
		return fail(s, MAPI_E_CALL_FAILED, "the profile is gone");
	ret = proffile_load(path, pf_r, &error);
	if (ret < 0)
		return fail(s, MAPI_E_CALL_FAILED,
			    "cannot read the profile: %s",
			    error != NULL ? error : strerror(-ret));
	return S_OK;
}

static LONG get_long(const struct proffile *pf, const MAPIUID *section,
		     ULONG tag, LONG fallback)
{
	LPSPropValue p = NULL;
	LONG v = fallback;

	if (proffile_get_prop(pf, section, tag, &p) == 0) {
		if (PROP_TYPE(p->ulPropTag) == PT_LONG)
			v = p->Value.l;
		MAPIFreeBuffer(p);
	}
	return v;
}

/*
 * A local store provider section: fills params (strings point into the
 * MAPI buffers returned in *hold, which the caller frees).  Returns 0, or
 * -ENOENT when the section is no configured local store.
 */
static int local_store(const struct proffile *pf, const MAPIUID *section,
		       const char *principal, struct mapistore_local *params,
		       LPSPropValue hold[3])
{
	memset(params, 0, sizeof(*params));
	hold[0] = hold[1] = hold[2] = NULL;
	if (get_long(pf, section, PR_RESOURCE_TYPE, 0) != MAPI_STORE_PROVIDER)
		return -ENOENT;
	if (proffile_get_prop(pf, section, PR_PST_PATH_A, &hold[0]) < 0 ||
	    PROP_TYPE(hold[0]->ulPropTag) != PT_STRING8 ||
	    proffile_get_prop(pf, section, PR_STORE_RECORD_KEY, &hold[1]) < 0 ||
	    hold[1]->Value.bin.cb != sizeof(GUID)) {
		MAPIFreeBuffer(hold[0]);
		MAPIFreeBuffer(hold[1]);
		hold[0] = hold[1] = NULL;
		return -ENOENT;
	}
	params->path = hold[0]->Value.lpszA;
	memcpy(&params->mailbox_guid, hold[1]->Value.bin.lpb, sizeof(GUID));
	params->principal = principal;
	params->provider_uid = *section;
	if (proffile_get_prop(pf, section, PR_DISPLAY_NAME_A, &hold[2]) == 0 &&
	    PROP_TYPE(hold[2]->ulPropTag) == PT_STRING8)
		params->display_name = hold[2]->Value.lpszA;
	else
		params->display_name = "Personal Store";
	return 0;
}

static void free_hold(LPSPropValue hold[3])
{
	for (int i = 0; i < 3; i++) {
		MAPIFreeBuffer(hold[i]);
		hold[i] = NULL;
	}
}

/* ---------------------------------------------------------------------------
 * IUnknown
 */

/* Releases the stores and advise connections and ends the logon. */
static void session_end(struct session *s)
{
	struct open_store *st;
	struct advise *a;
	struct profref *ref;

	pthread_mutex_lock(&s->base.lock);
	a = s->advises;
	s->advises = NULL;
	st = s->stores;
	s->stores = NULL;
	ref = s->ref;
	s->ref = NULL;
	s->logged_off = true;
	pthread_mutex_unlock(&s->base.lock);
	while (a != NULL) {
		struct advise *next = a->next;

		IMsgStore_Unadvise(a->mdb, a->store_connection);
		alloc_free(a);
		a = next;
	}
	while (st != NULL) {
		struct open_store *next = st->next;

		IMsgStore_Release(st->mdb);
		alloc_free(st);
		st = next;
	}
	profroot_logoff(&ref);
}

/*
 * A dead instance took the profile root with it: only the session's own
 * memory is left to free then.
 */
static void session_destroy(void *object, bool live)
{
	if (live)
		session_end(object);
}

/* ---------------------------------------------------------------------------
 * Stores
 */

/* The default store: the one flagged STATUS_DEFAULT_STORE, else the first
 * local store of the profile. */
static bool is_default_store(const struct proffile *pf, const MAPIUID *section,
			     const MAPIUID *first)
{
	size_t i, n = proffile_section_count(pf);

	if (get_long(pf, section, PR_RESOURCE_FLAGS, 0) & STATUS_DEFAULT_STORE)
		return true;
	for (i = 0; i < n; i++) {
		const MAPIUID *u = proffile_section_uid(pf, i);

		if (get_long(pf, u, PR_RESOURCE_TYPE, 0) ==
			MAPI_STORE_PROVIDER &&
		    (get_long(pf, u, PR_RESOURCE_FLAGS, 0) &
		     STATUS_DEFAULT_STORE))
			return false;
	}
	return memcmp(section, first, sizeof(*first)) == 0;
}

/* One row of the message store table. */
static HRESULT store_row(const struct proffile *pf,
			 const struct mapistore_local *params, bool is_default,
			 SRow *row)
{
	LPSPropValue props = NULL, mdb = NULL, pdisp = NULL;
	LPENTRYID eid = NULL;
	ULONG cb = 0, n = 0;
	HRESULT hr;

	hr = mapistore_local_entryid(params, &cb, &eid);
	if (hr != S_OK)
		return hr;
	if (MAPIAllocateBuffer(10 * sizeof(SPropValue), (LPVOID *)&props) !=
	    S_OK) {
		MAPIFreeBuffer(eid);
		return MAPI_E_NOT_ENOUGH_MEMORY;
	}
	proffile_get_prop(pf, &params->provider_uid, PR_MDB_PROVIDER, &mdb);
	proffile_get_prop(pf, &params->provider_uid, PR_PROVIDER_DISPLAY_A,
			  &pdisp);
	props[n].ulPropTag = PR_ENTRYID;
	props[n].Value.bin.cb = cb;
	props[n++].Value.bin.lpb = (LPBYTE)eid;
	props[n].ulPropTag = PR_DISPLAY_NAME_A;
	props[n++].Value.lpszA = (LPSTR)params->display_name;
	props[n].ulPropTag = PR_DEFAULT_STORE;
	props[n++].Value.b = is_default;
	props[n].ulPropTag = PR_INSTANCE_KEY;
	props[n].Value.bin.cb = sizeof(MAPIUID);
	props[n++].Value.bin.lpb = (LPBYTE)params->provider_uid.ab;
	props[n].ulPropTag = PR_RECORD_KEY;
	props[n].Value.bin.cb = sizeof(GUID);
	props[n++].Value.bin.lpb = (LPBYTE)&params->mailbox_guid;
	props[n].ulPropTag = PR_OBJECT_TYPE;
	props[n++].Value.l = MAPI_STORE;
	props[n].ulPropTag = PR_RESOURCE_TYPE;
	props[n++].Value.l = MAPI_STORE_PROVIDER;
	props[n].ulPropTag = PR_RESOURCE_FLAGS;
	props[n++].Value.l =
	    get_long(pf, &params->provider_uid, PR_RESOURCE_FLAGS, 0) |
	    (is_default ? STATUS_DEFAULT_STORE : 0);
	if (mdb != NULL && PROP_TYPE(mdb->ulPropTag) == PT_BINARY) {
		props[n].ulPropTag = PR_MDB_PROVIDER;
		props[n++].Value.bin = mdb->Value.bin;
	}
	if (pdisp != NULL && PROP_TYPE(pdisp->ulPropTag) == PT_STRING8) {
		props[n].ulPropTag = PR_PROVIDER_DISPLAY_A;
		props[n++].Value.lpszA = pdisp->Value.lpszA;
	}
	/* One buffer per row, as FreeProws wants: copy what others hold. */
	row->ulAdrEntryPad = 0;
	row->cValues = 0;
	row->lpProps = NULL;
	hr = ScDupPropset((int)n, props, MAPIAllocateBuffer, &row->lpProps);
	if (hr == S_OK)
		row->cValues = n;
	MAPIFreeBuffer(props);
	MAPIFreeBuffer(mdb);
	MAPIFreeBuffer(pdisp);
	MAPIFreeBuffer(eid);
	return hr;
}

/*
 * IMAPISession::GetMsgStoresTable - one row per configured store of the
 * profile, with the documented columns.  A snapshot: a new table sees
 * later changes of the profile.
 */
static HRESULT STDMETHODCALLTYPE session_GetMsgStoresTable(
    IMAPISession *This, ULONG ulFlags, LPMAPITABLE *lppTable)
{
	static const ULONG columns[] = {
	    PR_DEFAULT_STORE,      PR_DISPLAY_NAME_A, PR_ENTRYID,
	    PR_INSTANCE_KEY,       PR_MDB_PROVIDER,   PR_OBJECT_TYPE,
	    PR_PROVIDER_DISPLAY_A, PR_RECORD_KEY,     PR_RESOURCE_FLAGS,
	    PR_RESOURCE_TYPE,
	};
	struct session *s;
	struct proffile *pf = NULL;
	char path[PATH_MAX];
	LPSRowSet rows = NULL;
	MAPIUID first;
	bool have_first = false;
	size_t i, n;
	HRESULT hr;

	ENTER(This, "IMAPISession::GetMsgStoresTable");
	s = session_of(This);
	if (lppTable == NULL)
		return fail(s, MAPI_E_INVALID_PARAMETER,
			    "GetMsgStoresTable: lppTable is NULL");
	if (ulFlags & ~(ULONG)MAPI_UNICODE)
		return fail(s, MAPI_E_UNKNOWN_FLAGS,
			    "GetMsgStoresTable: unknown flags");
	hr = load_profile(s, &pf, path, sizeof(path));
	if (hr != S_OK)
		return hr;
	n = proffile_section_count(pf);
	if (MAPIAllocateBuffer(CbNewSRowSet(n == 0 ? 1 : n), (LPVOID *)&rows) !=
	    S_OK) {
		proffile_free(&pf);
		return fail(s, MAPI_E_NOT_ENOUGH_MEMORY, "out of memory");
	}
	rows->cRows = 0;
	for (i = 0; i < n && hr == S_OK; i++) {
		struct mapistore_local params;
		LPSPropValue hold[3];

		if (local_store(pf, proffile_section_uid(pf, i), s->principal,
				&params, hold) < 0)
			continue;
		if (!have_first) {
			first = params.provider_uid;
			have_first = true;
		}
		hr = store_row(
		    pf, &params,
		    is_default_store(pf, &params.provider_uid, &first),
		    &rows->aRow[rows->cRows]);
		if (hr == S_OK)
			rows->cRows++;
		free_hold(hold);
	}
	proffile_free(&pf);
	if (hr != S_OK) {
		FreeProws(rows);
		return fail(s, hr,
			    "GetMsgStoresTable: a row could not be made");
	}
	hr = profadmin_table(rows, columns, sizeof(columns) / sizeof(*columns),
			     ulFlags, lppTable);
	return hr == S_OK ? objbase_ok(&s->base)
			  : fail(s, hr, "the table could not be made");
}

/* Records an opened store for routing (takes a reference). */
static HRESULT remember_store(struct session *s, const MAPIUID *provider,
			      LPMDB mdb)
{
	struct open_store *st = alloc_calloc(1, sizeof(*st));

	if (st == NULL)
		return MAPI_E_NOT_ENOUGH_MEMORY;
	IMsgStore_AddRef(mdb);
	st->provider = *provider;
	st->mdb = mdb;
	pthread_mutex_lock(&s->base.lock);
	st->next = s->stores;
	s->stores = st;
	pthread_mutex_unlock(&s->base.lock);
	return S_OK;
}

/* Opens the store of the provider section provider. */
static HRESULT open_store(struct session *s, const MAPIUID *provider,
			  ULONG flags, LPMDB *mdb_r)
{
	struct mapistore_local params;
	struct proffile *pf = NULL;
	LPSPropValue hold[3];
	char path[PATH_MAX];
	HRESULT hr;

	hr = load_profile(s, &pf, path, sizeof(path));
	if (hr != S_OK)
		return hr;
	if (local_store(pf, provider, s->principal, &params, hold) < 0) {
		proffile_free(&pf);
		return fail(s, MAPI_E_NOT_FOUND,
			    "OpenMsgStore: the profile has no configured store "
			    "of that entry ID");
	}
	hr = mapistore_local_open(&params, flags, mdb_r);
	if (hr != S_OK)
		fail(s, hr, "OpenMsgStore: %s: %s", params.path,
		     objhdr_thread_message());
	free_hold(hold);
	proffile_free(&pf);
	if (hr == S_OK) {
		hr = remember_store(s, provider, *mdb_r);
		if (hr != S_OK) {
			IMsgStore_Release(*mdb_r);
			*mdb_r = NULL;
			return fail(s, hr, "out of memory");
		}
		objbase_ok(&s->base);
	}
	return hr;
}

#define OPENSTORE_FLAGS                                                        \
	(MDB_NO_DIALOG | MDB_WRITE | MDB_TEMPORARY | MDB_NO_MAIL |             \
	 MAPI_BEST_ACCESS | MAPI_DEFERRED_ERRORS)

static HRESULT STDMETHODCALLTYPE session_OpenMsgStore(
    IMAPISession *This, ULONG_PTR ulUIParam, ULONG cbEntryID,
    LPENTRYID lpEntryID, LPCIID lpInterface, ULONG ulFlags, LPMDB *lppMDB)
{
	struct session *s;
	MAPIUID provider;

	(void)ulUIParam;
	ENTER(This, "IMAPISession::OpenMsgStore");
	s = session_of(This);
	if (lppMDB == NULL || lpEntryID == NULL)
		return fail(s, MAPI_E_INVALID_PARAMETER,
			    "OpenMsgStore: lpEntryID or lppMDB is NULL");
	*lppMDB = NULL;
	if (ulFlags & ~(ULONG)OPENSTORE_FLAGS)
		return fail(s, MAPI_E_UNKNOWN_FLAGS,
			    "OpenMsgStore: unknown flags 0x%08lx",
			    (unsigned long)(ulFlags & ~(ULONG)OPENSTORE_FLAGS));
	if (lpInterface != NULL && !IsEqualIID(lpInterface, &IID_IMsgStore) &&
	    !IsEqualIID(lpInterface, &IID_IMAPIProp) &&
	    !IsEqualIID(lpInterface, &IID_IUnknown))
		return fail(s, MAPI_E_INTERFACE_NOT_SUPPORTED,
			    "OpenMsgStore: only IMsgStore");
	if (mapistore_entryid_provider(cbEntryID, lpEntryID, &provider) < 0)
		return fail(s, MAPI_E_INVALID_ENTRYID,
			    "OpenMsgStore: not a store entry ID of mapix");
	return open_store(s, &provider, ulFlags, lppMDB);
}

static HRESULT STDMETHODCALLTYPE session_OpenAddressBook(IMAPISession *This,
							 ULONG_PTR ulUIParam,
							 LPCIID lpInterface,
							 ULONG ulFlags,
							 LPADRBOOK *lppAdrBook)
{
	struct session *s;
	HRESULT hr;

	(void)ulUIParam;
	/* AB_NO_DIALOG and the other UI flags: no UI, ever. */
	(void)ulFlags;
	ENTER(This, "IMAPISession::OpenAddressBook");
	s = session_of(This);
	if (lppAdrBook == NULL)
		return fail(s, MAPI_E_INVALID_PARAMETER,
			    "OpenAddressBook: lppAdrBook is NULL");
	*lppAdrBook = NULL;
	if (lpInterface != NULL &&
	    memcmp(lpInterface, &IID_IAddrBook, sizeof(IID)) != 0)
		return fail(s, MAPI_E_INTERFACE_NOT_SUPPORTED,
			    "OpenAddressBook: only IAddrBook");
	hr = addrbook_new(lppAdrBook);
	if (hr != S_OK)
		return fail(s, hr, "OpenAddressBook: out of memory");
	return objbase_ok(&s->base);
}

static HRESULT STDMETHODCALLTYPE session_OpenProfileSection(
    IMAPISession *This, LPMAPIUID lpUID, LPCIID lpInterface, ULONG ulFlags,
    LPPROFSECT *lppProfSect)
{
	struct session *s;
	char path[PATH_MAX];
	int ret;
	HRESULT hr;

	ENTER(This, "IMAPISession::OpenProfileSection");
	s = session_of(This);
	if (lpUID == NULL || lppProfSect == NULL)
		return fail(s, MAPI_E_INVALID_PARAMETER,
			    "OpenProfileSection: lpUID or lppProfSect is NULL");
	*lppProfSect = NULL;
	if (lpInterface != NULL && !IsEqualIID(lpInterface, &IID_IProfSect) &&
	    !IsEqualIID(lpInterface, &IID_IMAPIProp))
		return fail(s, MAPI_E_INTERFACE_NOT_SUPPORTED,
			    "OpenProfileSection: only IProfSect");
	if (ulFlags & ~(ULONG)(MAPI_MODIFY | MAPI_DEFERRED_ERRORS))
		return fail(s, MAPI_E_UNKNOWN_FLAGS,
			    "OpenProfileSection: unknown flags");
	pthread_mutex_lock(&s->base.lock);
	ret = profref_path(s->ref, path, sizeof(path));
	pthread_mutex_unlock(&s->base.lock);
	if (ret < 0)
		return fail(s, MAPI_E_CALL_FAILED, "the profile is gone");
	hr = profsect_open(path, lpUID, ulFlags, lppProfSect);
	return hr == S_OK ? objbase_ok(&s->base)
			  : fail(s, hr, "OpenProfileSection failed");
}

/* A status row: PR_RESOURCE_TYPE, PR_DISPLAY_NAME, PR_STATUS_CODE ... */
static HRESULT status_row(ULONG index, ULONG type, const char *name, SRow *row)
{
	SPropValue props[5];

	props[0].ulPropTag = PR_INSTANCE_KEY;
	props[0].Value.bin.cb = sizeof(index);
	props[0].Value.bin.lpb = (LPBYTE)&index;
	props[1].ulPropTag = PR_RESOURCE_TYPE;
	props[1].Value.l = (LONG)type;
	props[2].ulPropTag = PR_DISPLAY_NAME_A;
	props[2].Value.lpszA = (LPSTR)name;
	props[3].ulPropTag = PR_PROVIDER_DISPLAY_A;
	props[3].Value.lpszA = (LPSTR)name;
	props[4].ulPropTag = PR_STATUS_CODE;
	props[4].Value.l = STATUS_AVAILABLE;
	row->ulAdrEntryPad = 0;
	row->cValues = 5;
	return ScDupPropset(5, props, MAPIAllocateBuffer, &row->lpProps);
}

/*
 * IMAPISession::GetStatusTable - the MAPI subsystem's row and one per
 * configured store of the profile; nothing here has a spooler or
 * transports yet.
 */
static HRESULT STDMETHODCALLTYPE session_GetStatusTable(IMAPISession *This,
							ULONG ulFlags,
							LPMAPITABLE *lppTable)
{
	static const ULONG columns[] = {PR_DISPLAY_NAME_A,
					PR_PROVIDER_DISPLAY_A, PR_RESOURCE_TYPE,
					PR_STATUS_CODE};
	struct session *s;
	struct proffile *pf = NULL;
	char path[PATH_MAX];
	LPSRowSet rows = NULL;
	size_t i, n;
	HRESULT hr;

	ENTER(This, "IMAPISession::GetStatusTable");
	s = session_of(This);
	if (lppTable == NULL)
		return fail(s, MAPI_E_INVALID_PARAMETER,
			    "GetStatusTable: lppTable is NULL");
	if (ulFlags & ~(ULONG)MAPI_UNICODE)
		return fail(s, MAPI_E_UNKNOWN_FLAGS,
			    "GetStatusTable: unknown flags");
	hr = load_profile(s, &pf, path, sizeof(path));
	if (hr != S_OK)
		return hr;
	n = proffile_section_count(pf);
	if (MAPIAllocateBuffer(CbNewSRowSet(n + 1), (LPVOID *)&rows) != S_OK) {
		proffile_free(&pf);
		return fail(s, MAPI_E_NOT_ENOUGH_MEMORY, "out of memory");
	}
	rows->cRows = 0;
	hr = status_row(0, MAPI_SUBSYSTEM, "MAPI Subsystem", &rows->aRow[0]);
	if (hr == S_OK)
		rows->cRows = 1;
	for (i = 0; i < n && hr == S_OK; i++) {
		struct mapistore_local params;
		LPSPropValue hold[3];

		if (local_store(pf, proffile_section_uid(pf, i), s->principal,
				&params, hold) < 0)
			continue;
		hr = status_row(rows->cRows, MAPI_STORE_PROVIDER,
				params.display_name, &rows->aRow[rows->cRows]);
		if (hr == S_OK)
			rows->cRows++;
		free_hold(hold);
	}
	proffile_free(&pf);
	if (hr != S_OK) {
		FreeProws(rows);
		return fail(s, hr, "out of memory");
	}
	hr = profadmin_table(rows, columns, sizeof(columns) / sizeof(*columns),
			     ulFlags, lppTable);
	return hr == S_OK ? objbase_ok(&s->base)
			  : fail(s, hr, "the table could not be made");
}

/* The stores this session opened, each with a reference, for routing. */
static HRESULT open_stores(struct session *s, LPMDB **mdbs_r, size_t *n_r)
{
	struct open_store *st;
	size_t n = 0, i = 0;
	LPMDB *mdbs;

	pthread_mutex_lock(&s->base.lock);
	for (st = s->stores; st != NULL; st = st->next)
		n++;
	mdbs = alloc_calloc(n + 1, sizeof(*mdbs));
	for (st = s->stores; mdbs != NULL && st != NULL; st = st->next) {
		IMsgStore_AddRef(st->mdb);
		mdbs[i++] = st->mdb;
	}
	pthread_mutex_unlock(&s->base.lock);
	if (mdbs == NULL)
		return MAPI_E_NOT_ENOUGH_MEMORY;
	*mdbs_r = mdbs;
	*n_r = n;
	return S_OK;
}

static void release_stores(LPMDB *mdbs, size_t n)
{
	for (size_t i = 0; i < n; i++)
		IMsgStore_Release(mdbs[i]);
	alloc_free(mdbs);
}

/*
 * Opens every configured store of the profile that the session has not
 * opened, so that an entry ID of any store of the profile can be routed.
 */
static void open_all_stores(struct session *s)
{
	struct proffile *pf = NULL;
	char path[PATH_MAX];
	size_t i, n;

	if (load_profile(s, &pf, path, sizeof(path)) != S_OK)
		return;
	n = proffile_section_count(pf);
	for (i = 0; i < n; i++) {
		const MAPIUID *u = proffile_section_uid(pf, i);
		struct mapistore_local params;
		LPSPropValue hold[3];
		struct open_store *st;
		bool have = false;
		LPMDB mdb = NULL;

		if (local_store(pf, u, s->principal, &params, hold) < 0)
			continue;
		free_hold(hold);
		pthread_mutex_lock(&s->base.lock);
		for (st = s->stores; st != NULL; st = st->next)
			have =
			    have || memcmp(&st->provider, u, sizeof(*u)) == 0;
		pthread_mutex_unlock(&s->base.lock);
		if (!have && open_store(s, u, MDB_WRITE, &mdb) == S_OK)
			IMsgStore_Release(mdb);
	}
	proffile_free(&pf);
}

static HRESULT STDMETHODCALLTYPE session_OpenEntry(
    IMAPISession *This, ULONG cbEntryID, LPENTRYID lpEntryID,
    LPCIID lpInterface, ULONG ulFlags, ULONG *lpulObjType, LPUNKNOWN *lppUnk)
{
	struct session *s;
	MAPIUID provider;
	LPMDB *mdbs = NULL;
	size_t n = 0, i;
	int round;
	HRESULT hr = MAPI_E_INVALID_ENTRYID;

	ENTER(This, "IMAPISession::OpenEntry");
	s = session_of(This);
	if (lpulObjType == NULL || lppUnk == NULL)
		return fail(s, MAPI_E_INVALID_PARAMETER,
			    "OpenEntry: lpulObjType or lppUnk is NULL");
	*lppUnk = NULL;
	if (lpEntryID == NULL || cbEntryID < 4)
		return fail(s, MAPI_E_INVALID_ENTRYID,
			    "OpenEntry: the session has no root object; give "
			    "an entry ID");
	if (mapistore_entryid_provider(cbEntryID, lpEntryID, &provider) == 0) {
		LPMDB mdb = NULL;

		hr = open_store(s, &provider,
				(ulFlags & (MAPI_MODIFY | MAPI_BEST_ACCESS))
				    ? MDB_WRITE
				    : 0,
				&mdb);
		if (hr == S_OK) {
			*lpulObjType = MAPI_STORE;
			*lppUnk = (LPUNKNOWN)mdb;
		}
		return hr;
	}
	/* Stores already open first; then every store of the profile. */
	for (round = 0; round < 2 && hr == MAPI_E_INVALID_ENTRYID; round++) {
		if (round == 1)
			open_all_stores(s);
		if (open_stores(s, &mdbs, &n) != S_OK)
			return fail(s, MAPI_E_NOT_ENOUGH_MEMORY,
				    "out of memory");
		for (i = 0; i < n && hr == MAPI_E_INVALID_ENTRYID; i++)
			hr = IMsgStore_OpenEntry(mdbs[i], cbEntryID, lpEntryID,
						 lpInterface, ulFlags,
						 lpulObjType, lppUnk);
		release_stores(mdbs, n);
	}
	if (hr == MAPI_E_INVALID_ENTRYID)
		return fail(s, hr,
			    "OpenEntry: no store of the profile knows this "
			    "entry ID");
	return hr == S_OK ? objbase_ok(&s->base)
			  : fail(s, hr, "OpenEntry failed");
}

static HRESULT STDMETHODCALLTYPE session_CompareEntryIDs(
    IMAPISession *This, ULONG cbEntryID1, LPENTRYID lpEntryID1,
    ULONG cbEntryID2, LPENTRYID lpEntryID2, ULONG ulFlags, ULONG *lpulResult)
{
	struct session *s;
	MAPIUID p1, p2;
	LPMDB *mdbs = NULL;
	size_t n = 0, i;
	HRESULT hr = MAPI_E_INVALID_ENTRYID;

	ENTER(This, "IMAPISession::CompareEntryIDs");
	s = session_of(This);
	if (lpEntryID1 == NULL || lpEntryID2 == NULL || lpulResult == NULL)
		return fail(s, MAPI_E_INVALID_PARAMETER,
			    "CompareEntryIDs: an argument is NULL");
	if (ulFlags != 0)
		return fail(s, MAPI_E_UNKNOWN_FLAGS,
			    "CompareEntryIDs: unknown flags");
	if (mapistore_entryid_provider(cbEntryID1, lpEntryID1, &p1) == 0 ||
	    mapistore_entryid_provider(cbEntryID2, lpEntryID2, &p2) == 0) {
		*lpulResult = mapistore_entryid_provider(cbEntryID1, lpEntryID1,
							 &p1) == 0 &&
			      mapistore_entryid_provider(cbEntryID2, lpEntryID2,
							 &p2) == 0 &&
			      memcmp(&p1, &p2, sizeof(p1)) == 0;
		return objbase_ok(&s->base);
	}
	if (open_stores(s, &mdbs, &n) != S_OK)
		return fail(s, MAPI_E_NOT_ENOUGH_MEMORY, "out of memory");
	for (i = 0; i < n && hr != S_OK; i++)
		hr = IMsgStore_CompareEntryIDs(mdbs[i], cbEntryID1, lpEntryID1,
					       cbEntryID2, lpEntryID2, 0,
					       lpulResult);
	release_stores(mdbs, n);
	if (hr == S_OK)
		return objbase_ok(&s->base);
	/* No open store claims them: equal bytes are the same entry. */
	*lpulResult = cbEntryID1 == cbEntryID2 &&
		      memcmp(lpEntryID1, lpEntryID2, cbEntryID1) == 0;
	return objbase_ok(&s->base);
}

static HRESULT STDMETHODCALLTYPE session_Advise(
    IMAPISession *This, ULONG cbEntryID, LPENTRYID lpEntryID, ULONG ulEventMask,
    LPMAPIADVISESINK lpAdviseSink, ULONG_PTR *lpulConnection)
{
	struct session *s;
	struct advise *a;
	LPMDB *mdbs = NULL;
	size_t n = 0, i;
	ULONG_PTR conn = 0;
	HRESULT hr = MAPI_E_INVALID_ENTRYID;

	ENTER(This, "IMAPISession::Advise");
	s = session_of(This);
	if (lpAdviseSink == NULL || lpulConnection == NULL || ulEventMask == 0)
		return fail(s, MAPI_E_INVALID_PARAMETER,
			    "Advise: a sink, a connection and events are "
			    "needed");
	if (lpEntryID == NULL)
		return fail(s, MAPI_E_NO_SUPPORT,
			    "Advise: session-wide notifications (no entry ID) "
			    "are not supported; advise on an object of a "
			    "store");
	a = alloc_calloc(1, sizeof(*a));
	if (a == NULL || open_stores(s, &mdbs, &n) != S_OK) {
		alloc_free(a);
		return fail(s, MAPI_E_NOT_ENOUGH_MEMORY, "out of memory");
	}
	for (i = 0; i < n && hr == MAPI_E_INVALID_ENTRYID; i++) {
		hr = IMsgStore_Advise(mdbs[i], cbEntryID, lpEntryID,
				      ulEventMask, lpAdviseSink, &conn);
		if (hr == S_OK) {
			IMsgStore_AddRef(mdbs[i]);
			a->mdb = mdbs[i];
		}
	}
	release_stores(mdbs, n);
	if (hr != S_OK) {
		alloc_free(a);
		return fail(s, hr,
			    hr == MAPI_E_INVALID_ENTRYID
				? "Advise: no open store knows this entry ID "
				  "(open its store first)"
				: "Advise failed");
	}
	a->store_connection = conn;
	pthread_mutex_lock(&s->base.lock);
	a->connection = ++s->next_connection;
	a->next = s->advises;
	s->advises = a;
	pthread_mutex_unlock(&s->base.lock);
	*lpulConnection = a->connection;
	return objbase_ok(&s->base);
}

static HRESULT STDMETHODCALLTYPE session_Unadvise(IMAPISession *This,
						  ULONG_PTR ulConnection)
{
	struct session *s;
	struct advise *a, **pp;
	HRESULT hr;

	ENTER(This, "IMAPISession::Unadvise");
	s = session_of(This);
	pthread_mutex_lock(&s->base.lock);
	for (pp = &s->advises; *pp != NULL && (*pp)->connection != ulConnection;
	     pp = &(*pp)->next)
		;
	a = *pp;
	if (a != NULL)
		*pp = a->next;
	pthread_mutex_unlock(&s->base.lock);
	if (a == NULL)
		return fail(s, MAPI_E_NOT_FOUND, "Unadvise: no connection %lu",
			    (unsigned long)ulConnection);
	hr = IMsgStore_Unadvise(a->mdb, a->store_connection);
	IMsgStore_Release(a->mdb);
	alloc_free(a);
	return hr == S_OK ? objbase_ok(&s->base) : fail(s, hr, "Unadvise");
}

static HRESULT STDMETHODCALLTYPE session_MessageOptions(IMAPISession *This,
							ULONG_PTR ulUIParam,
							ULONG ulFlags,
							LPTSTR lpszAdrType,
							LPMESSAGE lpMessage)
{
	(void)ulUIParam;
	(void)ulFlags;
	(void)lpszAdrType;
	(void)lpMessage;
	ENTER(This, "IMAPISession::MessageOptions");
	return fail(session_of(This), MAPI_E_NO_SUPPORT,
		    "MessageOptions shows a dialog: mapix has no UI");
}

static HRESULT STDMETHODCALLTYPE session_QueryDefaultMessageOpt(
    IMAPISession *This, LPTSTR lpszAdrType, ULONG ulFlags, ULONG *lpcValues,
    LPSPropValue *lppOptions)
{
	(void)lpszAdrType;
	(void)ulFlags;
	ENTER(This, "IMAPISession::QueryDefaultMessageOpt");
	if (lpcValues == NULL || lppOptions == NULL)
		return fail(session_of(This), MAPI_E_INVALID_PARAMETER,
			    "QueryDefaultMessageOpt: NULL argument");
	/* No transport defines message options: none, as documented. */
	*lpcValues = 0;
	*lppOptions = NULL;
	return objbase_ok(session_base(This));
}

static HRESULT STDMETHODCALLTYPE session_EnumAdrTypes(IMAPISession *This,
						      ULONG ulFlags,
						      ULONG *lpcAdrTypes,
						      LPTSTR **lpppszAdrTypes)
{
	ENTER(This, "IMAPISession::EnumAdrTypes");
	if (lpcAdrTypes == NULL || lpppszAdrTypes == NULL)
		return fail(session_of(This), MAPI_E_INVALID_PARAMETER,
			    "EnumAdrTypes: NULL argument");
	if (ulFlags & ~(ULONG)MAPI_UNICODE)
		return fail(session_of(This), MAPI_E_UNKNOWN_FLAGS,
			    "EnumAdrTypes: unknown flags");
	/* No transports: no address types to send to. */
	*lpcAdrTypes = 0;
	*lpppszAdrTypes = NULL;
	return objbase_ok(session_base(This));
}

/* [MS-OXCDATA] 2.2.5.1 one-off entry ID: the session's principal. */
static HRESULT STDMETHODCALLTYPE session_QueryIdentity(IMAPISession *This,
						       ULONG *lpcbEntryID,
						       LPENTRYID *lppEntryID)
{
	struct session *s;
	int ret;

	ENTER(This, "IMAPISession::QueryIdentity");
	s = session_of(This);
	if (lpcbEntryID == NULL || lppEntryID == NULL)
		return fail(s, MAPI_E_INVALID_PARAMETER,
			    "QueryIdentity: NULL argument");
	/* 8-bit strings, MAPIX:<principal>. */
	ret = oneoff_build(s->principal, "MAPIX", s->principal,
			   MAPI_ONE_OFF_NO_RICH_INFO, NULL, lpcbEntryID,
			   lppEntryID);
	if (ret < 0)
		return fail(s,
			    ret == -ENOMEM ? MAPI_E_NOT_ENOUGH_MEMORY
					   : MAPI_E_CALL_FAILED,
			    "QueryIdentity: %s", strerror(-ret));
	return objbase_ok(&s->base);
}

static HRESULT STDMETHODCALLTYPE session_Logoff(IMAPISession *This,
						ULONG_PTR ulUIParam,
						ULONG ulFlags, ULONG ulReserved)
{
	(void)ulUIParam;
	(void)ulReserved;
	ENTER(This, "IMAPISession::Logoff");
	if (ulFlags & ~(ULONG)(MAPI_LOGOFF_SHARED | MAPI_LOGOFF_UI))
		return fail(session_of(This), MAPI_E_UNKNOWN_FLAGS,
			    "Logoff: unknown flags");
	session_end(session_of(This));
	return S_OK;
}

struct default_store_op {
	MAPIUID provider;
};

/* Gives STATUS_DEFAULT_STORE to one store provider and takes it from the
 * others. */
static int default_store_cb(struct proffile *pf, void *context,
			    const char **error_r)
{
	struct default_store_op *op = context;
	size_t i, n = proffile_section_count(pf);
	bool found = false;
	int ret = 0;

	for (i = 0; i < n && ret == 0; i++) {
		MAPIUID u = *proffile_section_uid(pf, i);
		LONG flags = get_long(pf, &u, PR_RESOURCE_FLAGS, 0);
		bool mine = memcmp(&u, &op->provider, sizeof(u)) == 0;
		SPropValue prop;

		if (get_long(pf, &u, PR_RESOURCE_TYPE, 0) !=
		    MAPI_STORE_PROVIDER)
			continue;
		found = found || mine;
		prop.ulPropTag = PR_RESOURCE_FLAGS;
		prop.Value.l = mine ? flags | STATUS_DEFAULT_STORE
				    : flags & ~STATUS_DEFAULT_STORE;
		if (prop.Value.l != flags)
			ret = proffile_set_props(pf, &u, 1, &prop, error_r);
	}
	if (ret == 0 && !found)
		return errmsg_set(error_r, -ENOENT,
				  "the profile has no store of that entry ID");
	return ret;
}

static HRESULT STDMETHODCALLTYPE session_SetDefaultStore(IMAPISession *This,
							 ULONG ulFlags,
							 ULONG cbEntryID,
							 LPENTRYID lpEntryID)
{
	struct default_store_op op;
	struct session *s;
	char path[PATH_MAX];
	const char *error = NULL;
	int ret;

	ENTER(This, "IMAPISession::SetDefaultStore");
	s = session_of(This);
	if (ulFlags != MAPI_DEFAULT_STORE)
		return fail(s, MAPI_E_NO_SUPPORT,
			    "SetDefaultStore: only MAPI_DEFAULT_STORE");
	if (lpEntryID == NULL ||
	    mapistore_entryid_provider(cbEntryID, lpEntryID, &op.provider) < 0)
		return fail(s, MAPI_E_INVALID_ENTRYID,
			    "SetDefaultStore: not a store entry ID of mapix");
	pthread_mutex_lock(&s->base.lock);
	ret = profref_path(s->ref, path, sizeof(path));
	pthread_mutex_unlock(&s->base.lock);
	if (ret == 0)
		ret = proffile_edit(path, 0, default_store_cb, &op, &error);
	if (ret < 0)
		return fail(
		    s, ret == -ENOENT ? MAPI_E_NOT_FOUND : MAPI_E_CALL_FAILED,
		    "SetDefaultStore: %s",
		    error != NULL ? error : strerror(-ret));
	return objbase_ok(&s->base);
}

static HRESULT STDMETHODCALLTYPE session_AdminServices(
    IMAPISession *This, ULONG ulFlags, LPSERVICEADMIN *lppServiceAdmin)
{
	struct session *s;
	char path[PATH_MAX];
	int ret;
	HRESULT hr;

	ENTER(This, "IMAPISession::AdminServices");
	s = session_of(This);
	if (lppServiceAdmin == NULL)
		return fail(s, MAPI_E_INVALID_PARAMETER,
			    "AdminServices: lppServiceAdmin is NULL");
	*lppServiceAdmin = NULL;
	if (ulFlags != 0)
		return fail(s, MAPI_E_UNKNOWN_FLAGS,
			    "AdminServices: unknown flags");
	pthread_mutex_lock(&s->base.lock);
	ret = profref_path(s->ref, path, sizeof(path));
	pthread_mutex_unlock(&s->base.lock);
	if (ret < 0)
		return fail(s, MAPI_E_CALL_FAILED, "the profile is gone");
	hr = profadmin_service_admin(path, s->catalog, lppServiceAdmin);
	return hr == S_OK ? objbase_ok(&s->base)
			  : fail(s, hr, "AdminServices failed");
}

static HRESULT STDMETHODCALLTYPE session_ShowForm(
    IMAPISession *This, ULONG_PTR ulUIParam, LPMDB lpMsgStore,
    LPMAPIFOLDER lpParentFolder, LPCIID lpInterface, ULONG_PTR ulMessageToken,
    LPMESSAGE lpMessageSent, ULONG ulFlags, ULONG ulMessageStatus,
    ULONG ulMessageFlags, ULONG ulAccess, LPSTR lpszMessageClass)
{
	(void)ulUIParam;
	(void)lpMsgStore;
	(void)lpParentFolder;
	(void)lpInterface;
	(void)ulMessageToken;
	(void)lpMessageSent;
	(void)ulFlags;
	(void)ulMessageStatus;
	(void)ulMessageFlags;
	(void)ulAccess;
	(void)lpszMessageClass;
	ENTER(This, "IMAPISession::ShowForm");
	return fail(session_of(This), MAPI_E_NO_SUPPORT,
		    "ShowForm shows a form: mapix has no UI");
}

static HRESULT STDMETHODCALLTYPE
session_PrepareForm(IMAPISession *This, LPCIID lpInterface, LPMESSAGE lpMessage,
		    ULONG_PTR *lpulMessageToken)
{
	(void)lpInterface;
	(void)lpMessage;
	(void)lpulMessageToken;
	ENTER(This, "IMAPISession::PrepareForm");
	return fail(session_of(This), MAPI_E_NO_SUPPORT,
		    "PrepareForm prepares a form: mapix has no UI");
}

static const IMAPISessionVtbl session_vtbl = {
    session_QueryInterface,
    session_AddRef,
    session_Release,
    session_GetLastError,
    session_GetMsgStoresTable,
    session_OpenMsgStore,
    session_OpenAddressBook,
    session_OpenProfileSection,
    session_GetStatusTable,
    session_OpenEntry,
    session_CompareEntryIDs,
    session_Advise,
    session_Unadvise,
    session_MessageOptions,
    session_QueryDefaultMessageOpt,
    session_EnumAdrTypes,
    session_QueryIdentity,
    session_Logoff,
    session_SetDefaultStore,
    session_AdminServices,
    session_ShowForm,
    session_PrepareForm,
};

/* ---------------------------------------------------------------------------
 * MAPILogonEx
 */

#define LOGON_FLAGS                                                            \
	(MAPI_LOGON_UI | MAPI_NEW_SESSION | MAPI_ALLOW_OTHERS |                \
	 MAPI_EXPLICIT_PROFILE | MAPI_EXTENDED | MAPI_FORCE_DOWNLOAD |         \
	 MAPI_SERVICE_UI_ALWAYS | MAPI_NO_MAIL | MAPI_PASSWORD_UI |            \
	 MAPI_TIMEOUT_SHORT | MAPI_BG_SESSION | MAPI_USE_DEFAULT |             \
	 MAPI_NT_SERVICE | MAPI_UNICODE | MAPI_DIALOG)

/* The profile name argument as UTF-8 (NULL stays NULL). */
static HRESULT profile_name(const void *arg, ULONG flags, char **name_r)
{
	int ret;

	*name_r = NULL;
	if (arg == NULL)
		return S_OK;
	ret = utf8_from_tstr(arg, (flags & MAPI_UNICODE) != 0, UTF_REJECT,
			     name_r);
	return ret == -ENOMEM ? MAPI_E_NOT_ENOUGH_MEMORY
	       : ret < 0      ? MAPI_E_INVALID_PARAMETER
			      : S_OK;
}

/*
 * MAPILogonEx
 *
 * Logs on to a profile of the calling thread's security context.  No UI,
 * ever: the UI flags are accepted and mean nothing.  A NULL or empty
 * profile name logs on to the default profile.  Every call makes a new
 * session (MAPI_NEW_SESSION is what mapix always does).  The password is
 * ignored: profiles have no passwords, the context is the credential.
 *
 * RETURNS
 *  S_OK, MAPI_E_NOT_INITIALIZED, MAPI_E_INVALID_PARAMETER,
 *  MAPI_E_UNKNOWN_FLAGS, MAPI_E_LOGON_FAILED (no such profile, or no
 *  default; the thread's record says which), MAPI_E_NOT_ENOUGH_MEMORY.
 */
STDAPI MAPILogonEx(ULONG_PTR ulUIParam, LPTSTR lpszProfileName,
		   LPTSTR lpszPassword, ULONG ulFlags,
		   LPMAPISESSION FAR *lppSession)
{
	struct instance *inst;
	struct profroot *root;
	struct session *s;
	const char *error = NULL, *catalog = NULL;
	char *name = NULL;
	HRESULT hr;
	int ret;

	(void)ulUIParam;
	(void)lpszPassword;
	hr = instance_check_thread(&inst);
	if (hr != S_OK)
		return hr;
	if (lppSession == NULL)
		return objhdr_thread_seterr(MAPI_E_INVALID_PARAMETER,
					    "MAPILogonEx: lppSession is NULL");
	*lppSession = NULL;
	if (ulFlags & ~(ULONG)LOGON_FLAGS)
		return objhdr_thread_seterr(
		    MAPI_E_UNKNOWN_FLAGS, "MAPILogonEx: unknown flags 0x%08lx",
		    (unsigned long)(ulFlags & ~(ULONG)LOGON_FLAGS));
	hr = profile_name(lpszProfileName, ulFlags, &name);
	if (hr != S_OK)
		return objhdr_thread_seterr(hr, "MAPILogonEx: the profile name "
						"is not valid text");
	ret = profroot_get(inst, &root, &error);
	if (ret < 0) {
		alloc_free(name);
		return objhdr_thread_seterr(
		    MAPI_E_LOGON_FAILED, "MAPILogonEx: %s",
		    error != NULL ? error : strerror(-ret));
	}
	s = alloc_calloc(1, sizeof(*s));
	if (s == NULL) {
		alloc_free(name);
		return objhdr_thread_seterr(MAPI_E_NOT_ENOUGH_MEMORY,
					    "MAPILogonEx: out of memory");
	}
	ret =
	    profroot_logon(root, name != NULL && name[0] != '\0' ? name : NULL,
			   &s->ref, &error);
	alloc_free(name);
	if (ret < 0) {
		alloc_free(s);
		return objhdr_thread_seterr(
		    MAPI_E_LOGON_FAILED, "MAPILogonEx: %s",
		    error != NULL ? error : strerror(-ret));
	}
	snprintf(s->principal, sizeof(s->principal), "%s",
		 context_principal(instance_context(inst)));
	if (instance_path(inst, INSTANCE_CATALOG, &catalog, NULL) == 0)
		snprintf(s->catalog, sizeof(s->catalog), "%s", catalog);
	s->iface.lpVtbl = &session_vtbl;
	objbase_init(&s->base, SESSION_MAGIC);
	*lppSession = &s->iface;
	objhdr_thread_seterr(S_OK, NULL);
	return S_OK;
}

/* ---------------------------------------------------------------------------
 * The MAPIX_LOCAL service entry, extended to provision its store
 */

/* Provisions the store of each store provider of the service that has a
 * path and no mailbox GUID yet. */
static int local_configure(struct proffile *pf, const MAPIUID *service,
			   ULONG cValues, const SPropValue *props,
			   const char **error_r)
{
	struct context *ctx = context_thread();
	size_t i, n;
	int ret;

	ret = profsvc_local_configure(pf, service, cValues, props, error_r);
	n = proffile_section_count(pf);
	for (i = 0; ret == 0 && i < n; i++) {
		MAPIUID u = *proffile_section_uid(pf, i);
		LPSPropValue path = NULL, owner_svc = NULL;
		SPropValue key;
		GUID guid;

		if (get_long(pf, &u, PR_RESOURCE_TYPE, 0) !=
			MAPI_STORE_PROVIDER ||
		    proffile_get_prop(pf, &u, PR_SERVICE_UID, &owner_svc) < 0)
			continue;
		if (owner_svc->Value.bin.cb != sizeof(MAPIUID) ||
		    memcmp(owner_svc->Value.bin.lpb, service,
			   sizeof(MAPIUID)) != 0 ||
		    proffile_get_prop(pf, &u, PR_PST_PATH_A, &path) < 0) {
			MAPIFreeBuffer(owner_svc);
			continue;
		}
		ret = mapistore_local_provision(
		    path->Value.lpszA,
		    ctx != NULL ? context_principal(ctx) : "unknown", &guid,
		    error_r);
		if (ret == 0) {
			key.ulPropTag = PR_STORE_RECORD_KEY;
			key.Value.bin.cb = sizeof(guid);
			key.Value.bin.lpb = (LPBYTE)&guid;
			ret = proffile_set_props(pf, &u, 1, &key, error_r);
		}
		MAPIFreeBuffer(path);
		MAPIFreeBuffer(owner_svc);
	}
	return ret;
}

static const struct profsvc_entry local_entry = {
    .version = PROFSVC_ENTRY_VERSION,
    .name = "MapixLocalServiceEntry",
    .configure = local_configure,
};

__attribute__((constructor)) static void session_register_entry(void)
{
	/* Replaces the profile layer's built-in entry of the same name. */
	profsvc_entry_register(&local_entry);
}
