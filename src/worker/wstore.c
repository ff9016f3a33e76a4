/*
 * wstore.c - the example worker's store requests (wstore.h).  The store
 * work goes through the public MAPI interfaces, the way a Windows MAPI
 * client would make them (examples/mailbox_tour.c is the model).  Three
 * internal helpers serve the worker itself: the context layer's process
 * resolver (so the process context carries the principal the broker
 * started the worker for, $MAPIX_PRINCIPAL), core's tag names (the JSON
 * keys) and core's error texts and thread message (the JSON errors).
 */
#include "wstore.h"

#include <errno.h>
#include <limits.h>
#include <stdarg.h>
#include <stdbool.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>
#include <time.h>
#include <unistd.h>

#include <mapix.h>
#include <mapiutil.h>
#include <mapidefs.h>
#include <mspst.h>

#include "context.h"
#include "ftutil.h"
#include "mapierr.h"
#include "objhdr.h"
#include "tagname.h"
#include "wquery.h"

#define PROFILE_NAME_MAX 64
#define DEFAULT_PROFILE  "Default"
/* Most folders listed (and searched by path). */
#define FOLDERS_MAX 10000
/* Deepest folder path. */
#define PATH_DEPTH_MAX 32

struct wstore {
	bool initialized;
	LPMAPISESSION session;
	LPMDB mdb;
	/* The profile of the session; "" for the default one. */
	char profile[PROFILE_NAME_MAX + 1];
};

/* The process's principal, for the context layer's resolver. */
static char worker_principal[CONTEXT_NAME_MAX + 1];
static gid_t worker_groups[1024];

/*
 * The worker's uid is the principal the broker started it for: without
 * this the process context would be named after the OS user ("uid:N" for
 * a principal that has no passwd entry) and miss the profile directory
 * the broker made for the principal.
 */
static int worker_resolver(uid_t uid, char *name, struct context_os *os_r)
{
	int n;

	if (uid != geteuid() || worker_principal[0] == '\0')
		return -ENOENT;
	n = getgroups(sizeof(worker_groups) / sizeof(worker_groups[0]),
		      worker_groups);
	if (n < 0)
		return -ENOENT;
	memcpy(name, worker_principal, strlen(worker_principal) + 1);
	os_r->uid = uid;
	os_r->gid = getegid();
	os_r->groups = worker_groups;
	os_r->groups_count = (unsigned int)n;
	return 0;
}

int wstore_new(const char *principal, struct wstore **ws_r)
{
	struct wstore *ws;

	*ws_r = NULL;
	if (principal == NULL || principal[0] == '\0' ||
	    strlen(principal) > CONTEXT_NAME_MAX)
		return -EINVAL;
	ws = calloc(1, sizeof(*ws));
	if (ws == NULL)
		return -ENOMEM;
	memcpy(worker_principal, principal, strlen(principal) + 1);
	context_set_process_resolver(worker_resolver);
	*ws_r = ws;
	return 0;
}

static void logoff(struct wstore *ws)
{
	if (ws->mdb != NULL) {
		ws->mdb->lpVtbl->Release(ws->mdb);
		ws->mdb = NULL;
	}
	if (ws->session != NULL) {
		ws->session->lpVtbl->Logoff(ws->session, 0, 0, 0);
		ws->session->lpVtbl->Release(ws->session);
		ws->session = NULL;
	}
}

void wstore_free(struct wstore **ws)
{
	if (*ws == NULL)
		return;
	logoff(*ws);
	if ((*ws)->initialized)
		MAPIUninitialize();
	free(*ws);
	*ws = NULL;
}

/* ------------------------------------------------------------------ */

static HRESULT say(char *msg, size_t size, HRESULT hr, const char *fmt, ...)
    __attribute__((format(printf, 4, 5)));

static HRESULT say(char *msg, size_t size, HRESULT hr, const char *fmt, ...)
{
	va_list args;

	va_start(args, fmt);
	vsnprintf(msg, size, fmt, args);
	va_end(args);
	return hr;
}

/* An object's GetLastError text for hr into msg, after what. */
#define LAST_ERROR(obj, hr, msg, size, what)                                   \
	do {                                                                   \
		LPMAPIERROR err_ = NULL;                                       \
		if ((obj)->lpVtbl->GetLastError((obj), (hr), 0, &err_) ==      \
			S_OK &&                                                \
		    err_ != NULL && err_->lpszError != NULL)                   \
			say((msg), (size), (hr), "%s: %s", (what),             \
			    (const char *)err_->lpszError);                    \
		else                                                           \
			say((msg), (size), (hr), "%s: %s", (what),             \
			    mapierr_message(hr));                              \
		MAPIFreeBuffer(err_);                                          \
	} while (0)

static const char *plain_string(json_object *j)
{
	const char *s;

	if (!json_object_is_type(j, json_type_string))
		return NULL;
	s = json_object_get_string(j);
	return strlen(s) == (size_t)json_object_get_string_len(j) ? s : NULL;
}

/* A profile name the worker accepts: 1-64 of [A-Za-z0-9 ._-]. */
static bool profile_name_valid(const char *s)
{
	size_t i, len = strlen(s);

	if (len == 0 || len > PROFILE_NAME_MAX || s[0] == '.' || s[0] == ' ')
		return false;
	for (i = 0; i < len; i++) {
		char ch = s[i];

		if (!((ch >= 'a' && ch <= 'z') || (ch >= 'A' && ch <= 'Z') ||
		      (ch >= '0' && ch <= '9') || ch == ' ' || ch == '.' ||
		      ch == '_' || ch == '-'))
			return false;
	}
	return true;
}

/* The request's "profile": NULL when absent, "" when invalid. */
static const char *req_profile(json_object *req)
{
	json_object *j;
	const char *s;

	if (!json_object_object_get_ex(req, "profile", &j))
		return NULL;
	s = plain_string(j);
	return s != NULL && profile_name_valid(s) ? s : "";
}

static HRESULT ensure_init(struct wstore *ws, char *msg, size_t size)
{
	HRESULT hr;

	if (ws->initialized)
		return S_OK;
	hr = MAPIInitialize(NULL);
	if (FAILED(hr))
		return say(msg, size, hr, "MAPIInitialize: %s",
			   objhdr_thread_message());
	ws->initialized = true;
	return S_OK;
}

/* Opens the store the stores table marks PR_DEFAULT_STORE. */
static HRESULT open_default_store(struct wstore *ws, char *msg, size_t size)
{
	SizedSPropTagArray(2, cols) = {2, {PR_DEFAULT_STORE, PR_ENTRYID}};
	SPropValue def = {.ulPropTag = PR_DEFAULT_STORE, .Value.b = TRUE};
	SRestriction res = {.rt = RES_PROPERTY};
	LPMAPITABLE table = NULL;
	LPSRowSet rows = NULL;
	HRESULT hr;

	res.res.resProperty.relop = RELOP_EQ;
	res.res.resProperty.ulPropTag = PR_DEFAULT_STORE;
	res.res.resProperty.lpProp = &def;
	hr = ws->session->lpVtbl->GetMsgStoresTable(ws->session, 0, &table);
	if (FAILED(hr)) {
		LAST_ERROR(ws->session, hr, msg, size, "stores table");
		return hr;
	}
	hr =
	    HrQueryAllRows(table, (LPSPropTagArray)&cols, &res, NULL, 0, &rows);
	if (SUCCEEDED(hr) && rows->cRows == 0)
		hr = say(msg, size, MAPI_E_NOT_FOUND,
			 "the profile has no default store (setup_store "
			 "makes one)");
	else if (FAILED(hr))
		say(msg, size, hr, "stores table: %s", mapierr_message(hr));
	if (SUCCEEDED(hr) &&
	    PROP_TYPE(rows->aRow[0].lpProps[1].ulPropTag) != PT_BINARY)
		hr = say(msg, size, MAPI_E_NOT_FOUND,
			 "the default store has no entry ID");
	if (SUCCEEDED(hr)) {
		SBinary *eid = &rows->aRow[0].lpProps[1].Value.bin;

		hr = ws->session->lpVtbl->OpenMsgStore(
		    ws->session, 0, eid->cb, (LPENTRYID)eid->lpb, NULL,
		    MDB_WRITE | MDB_NO_DIALOG, &ws->mdb);
		if (FAILED(hr))
			LAST_ERROR(ws->session, hr, msg, size,
				   "cannot open the default store");
	}
	if (rows != NULL)
		FreeProws(rows);
	table->lpVtbl->Release(table);
	return hr;
}

/* A session and the default store, for the request's profile. */
static HRESULT ensure_store(struct wstore *ws, json_object *req, char *msg,
			    size_t size)
{
	const char *profile = req_profile(req);
	ULONG flags = MAPI_EXTENDED | MAPI_NO_MAIL | MAPI_NEW_SESSION;
	HRESULT hr;

	if (profile != NULL && profile[0] == '\0')
		return say(msg, size, MAPI_E_INVALID_PARAMETER,
			   "\"profile\" is 1-64 of [A-Za-z0-9 ._-]");
	if (profile == NULL)
		profile = "";
	if (strcmp(profile, ws->profile) != 0)
		logoff(ws);
	if (ws->mdb != NULL)
		return S_OK;
	hr = ensure_init(ws, msg, size);
	if (hr != S_OK)
		return hr;
	logoff(ws);
	flags |= profile[0] != '\0' ? MAPI_EXPLICIT_PROFILE : MAPI_USE_DEFAULT;
	hr = MAPILogonEx(0, profile[0] != '\0' ? (LPTSTR)profile : NULL, NULL,
			 flags, &ws->session);
	if (FAILED(hr)) {
		ws->session = NULL;
		return say(msg, size, hr,
			   "no profile to log on to (%s); setup_store "
			   "creates one",
			   objhdr_thread_message());
	}
	snprintf(ws->profile, sizeof(ws->profile), "%s", profile);
	hr = open_default_store(ws, msg, size);
	if (FAILED(hr))
		logoff(ws);
	return hr;
}

/* ------------------------------------------------------------------ */
/* setup_store */

/* The service UID of the profile's MAPIX_LOCAL service. */
static HRESULT find_local_service(LPSERVICEADMIN sa, MAPIUID *uid)
{
	SizedSPropTagArray(2, cols) = {2, {PR_SERVICE_NAME_A, PR_SERVICE_UID}};
	LPMAPITABLE table = NULL;
	LPSRowSet rows = NULL;
	HRESULT hr;
	ULONG i;

	hr = sa->lpVtbl->GetMsgServiceTable(sa, 0, &table);
	if (FAILED(hr))
		return hr;
	hr =
	    HrQueryAllRows(table, (LPSPropTagArray)&cols, NULL, NULL, 0, &rows);
	table->lpVtbl->Release(table);
	if (FAILED(hr))
		return hr;
	hr = MAPI_E_NOT_FOUND;
	for (i = 0; i < rows->cRows; i++) {
		LPSPropValue p = rows->aRow[i].lpProps;

		if (p[0].ulPropTag == PR_SERVICE_NAME_A &&
		    strcmp(p[0].Value.lpszA, "MAPIX_LOCAL") == 0 &&
		    p[1].ulPropTag == PR_SERVICE_UID &&
		    p[1].Value.bin.cb == sizeof(*uid)) {
			memcpy(uid, p[1].Value.bin.lpb, sizeof(*uid));
			hr = S_OK;
		}
	}
	FreeProws(rows);
	return hr;
}

/* The MAPIX_LOCAL service with its store at path, in profile. */
static HRESULT add_local_store(LPPROFADMIN pa, const char *profile,
			       const char *path, char *msg, size_t size)
{
	LPSERVICEADMIN sa = NULL;
	SPropValue pv;
	MAPIUID uid;
	HRESULT hr;

	hr = pa->lpVtbl->AdminServices(pa, (LPTSTR)profile, NULL, 0, 0, &sa);
	if (FAILED(hr)) {
		LAST_ERROR(pa, hr, msg, size, "AdminServices");
		return hr;
	}
	hr = sa->lpVtbl->CreateMsgService(sa, (LPTSTR) "MAPIX_LOCAL",
					  (LPTSTR) "Personal Folders", 0, 0);
	if (FAILED(hr))
		LAST_ERROR(sa, hr, msg, size, "CreateMsgService MAPIX_LOCAL");
	if (SUCCEEDED(hr)) {
		hr = find_local_service(sa, &uid);
		if (FAILED(hr))
			say(msg, size, hr, "the new service is not listed");
	}
	if (SUCCEEDED(hr)) {
		pv.ulPropTag = PR_PST_PATH_A;
		pv.Value.lpszA = (LPSTR)path;
		hr = sa->lpVtbl->ConfigureMsgService(sa, &uid, 0, 0, 1, &pv);
		if (FAILED(hr))
			LAST_ERROR(sa, hr, msg, size, "the store file");
	}
	sa->lpVtbl->Release(sa);
	return hr;
}

HRESULT wstore_setup_store(struct wstore *ws, json_object *req,
			   json_object *reply, char *msg, size_t size)
{
	const char *path, *profile = req_profile(req);
	LPPROFADMIN pa = NULL;
	json_object *j;
	HRESULT hr;

	if (!json_object_object_get_ex(req, "path", &j) ||
	    (path = plain_string(j)) == NULL || path[0] != '/' ||
	    strlen(path) >= PATH_MAX)
		return say(msg, size, MAPI_E_INVALID_PARAMETER,
			   "\"path\" must be an absolute path");
	if (profile != NULL && profile[0] == '\0')
		return say(msg, size, MAPI_E_INVALID_PARAMETER,
			   "\"profile\" is 1-64 of [A-Za-z0-9 ._-]");
	if (profile == NULL)
		profile = DEFAULT_PROFILE;
	if (ws == NULL)
		return say(msg, size, MAPI_E_NO_SUPPORT,
			   "no store in this process");
	hr = ensure_init(ws, msg, size);
	if (hr != S_OK)
		return hr;
	logoff(ws);
	hr = MAPIAdminProfiles(0, &pa);
	if (FAILED(hr))
		return say(msg, size, hr, "MAPIAdminProfiles: %s",
			   objhdr_thread_message());
	hr = pa->lpVtbl->CreateProfile(pa, (LPTSTR)profile, NULL, 0, 0);
	if (FAILED(hr)) {
		LAST_ERROR(pa, hr, msg, size, "CreateProfile");
		pa->lpVtbl->Release(pa);
		return hr;
	}
	hr = add_local_store(pa, profile, path, msg, size);
	if (SUCCEEDED(hr)) {
		hr = pa->lpVtbl->SetDefaultProfile(pa, (LPTSTR)profile, 0);
		if (FAILED(hr))
			LAST_ERROR(pa, hr, msg, size, "SetDefaultProfile");
	}
	/* No half-made profile stays behind. */
	if (FAILED(hr))
		pa->lpVtbl->DeleteProfile(pa, (LPTSTR)profile, 0);
	pa->lpVtbl->Release(pa);
	if (FAILED(hr))
		return hr;
	json_object_object_add(reply, "profile",
			       json_object_new_string(profile));
	json_object_object_add(reply, "path", json_object_new_string(path));
	return S_OK;
}

/* ------------------------------------------------------------------ */
/* Folders */

struct folder {
	const char *path;
	const char *name;
	SBinary eid;
	LONG count, unread, depth;
};

struct folders {
	LPSRowSet rows;
	struct folder *f;
	size_t n;
};

static void folders_free(struct folders *fl)
{
	if (fl->rows != NULL)
		FreeProws(fl->rows);
	fl->rows = NULL;
}

static LONG row_long(const SPropValue *p, ULONG tag)
{
	return p->ulPropTag == tag ? p->Value.l : 0;
}

/* One path component, '/' and '\' escaped with '\'. */
static size_t escape_name(const char *name, char *out)
{
	size_t n = 0;

	for (; *name != '\0'; name++) {
		if (*name == '/' || *name == '\\')
			out[n++] = '\\';
		out[n++] = *name;
	}
	return n;
}

/* The folders under IPM_SUBTREE, in tree order, with their paths. */
static HRESULT list_folders(struct wstore *ws, struct warena *a,
			    struct folders *fl, char *msg, size_t size)
{
	SizedSPropTagArray(5, cols) = {5,
				       {PR_ENTRYID, PR_DISPLAY_NAME_A,
					PR_CONTENT_COUNT, PR_CONTENT_UNREAD,
					PR_DEPTH}};
	const char *stack[PATH_DEPTH_MAX + 1];
	LPSPropValue root_eid = NULL;
	LPMAPIFOLDER root = NULL;
	LPMAPITABLE table = NULL;
	ULONG type = 0, i;
	HRESULT hr;

	memset(fl, 0, sizeof(*fl));
	hr = HrGetOneProp((LPMAPIPROP)ws->mdb, PR_IPM_SUBTREE_ENTRYID,
			  &root_eid);
	if (SUCCEEDED(hr))
		hr = ws->mdb->lpVtbl->OpenEntry(
		    ws->mdb, root_eid->Value.bin.cb,
		    (LPENTRYID)root_eid->Value.bin.lpb, NULL, 0, &type,
		    (LPUNKNOWN *)&root);
	MAPIFreeBuffer(root_eid);
	if (FAILED(hr))
		return say(msg, size, hr, "cannot open IPM_SUBTREE: %s",
			   mapierr_message(hr));
	hr = root->lpVtbl->GetHierarchyTable(root, CONVENIENT_DEPTH, &table);
	root->lpVtbl->Release(root);
	if (FAILED(hr))
		return say(msg, size, hr, "hierarchy table: %s",
			   mapierr_message(hr));
	hr = table->lpVtbl->SetColumns(table, (LPSPropTagArray)&cols, 0);
	if (SUCCEEDED(hr))
		hr = table->lpVtbl->QueryRows(table, FOLDERS_MAX, 0, &fl->rows);
	table->lpVtbl->Release(table);
	if (FAILED(hr))
		return say(msg, size, hr, "hierarchy table: %s",
			   mapierr_message(hr));
	fl->f = warena_alloc(a, (fl->rows->cRows + 1) * sizeof(*fl->f));
	if (fl->f == NULL) {
		folders_free(fl);
		return say(msg, size, MAPI_E_NOT_ENOUGH_MEMORY,
			   "out of memory");
	}
	for (i = 0; i < fl->rows->cRows; i++) {
		LPSPropValue p = fl->rows->aRow[i].lpProps;
		struct folder *f = &fl->f[fl->n];
		LONG d, k;
		size_t len = 0;
		char *path;

		if (p[0].ulPropTag != PR_ENTRYID ||
		    p[1].ulPropTag != PR_DISPLAY_NAME_A)
			continue;
		d = row_long(&p[4], PR_DEPTH);
		if (d < 1 || d > PATH_DEPTH_MAX)
			continue;
		f->name = p[1].Value.lpszA;
		f->eid = p[0].Value.bin;
		f->count = row_long(&p[2], PR_CONTENT_COUNT);
		f->unread = row_long(&p[3], PR_CONTENT_UNREAD);
		f->depth = d;
		stack[d] = f->name;
		for (k = 1; k <= d; k++) {
			if (k < d && stack[k] == NULL)
				stack[k] = "";
			len += 2 * strlen(stack[k]) + 1;
		}
		path = warena_alloc(a, len + 1);
		if (path == NULL) {
			folders_free(fl);
			return say(msg, size, MAPI_E_NOT_ENOUGH_MEMORY,
				   "out of memory");
		}
		len = 0;
		for (k = 1; k <= d; k++) {
			if (k > 1)
				path[len++] = '/';
			len += escape_name(stack[k], path + len);
		}
		path[len] = '\0';
		f->path = path;
		for (k = d + 1; k <= PATH_DEPTH_MAX; k++)
			stack[k] = NULL;
		fl->n++;
	}
	return S_OK;
}

HRESULT wstore_list_folders(struct wstore *ws, json_object *req,
			    json_object *reply, char *msg, size_t size)
{
	struct warena a = {0};
	struct folders fl;
	json_object *list;
	HRESULT hr;
	size_t i;

	if (ws == NULL)
		return say(msg, size, MAPI_E_NO_SUPPORT,
			   "no store in this process");
	hr = ensure_store(ws, req, msg, size);
	if (hr == S_OK)
		hr = list_folders(ws, &a, &fl, msg, size);
	if (hr != S_OK) {
		warena_free(&a);
		return hr;
	}
	list = json_object_new_array();
	for (i = 0; list != NULL && i < fl.n; i++) {
		json_object *o = json_object_new_object();

		if (o == NULL)
			break;
		json_object_object_add(o, "name",
				       json_object_new_string(fl.f[i].name));
		json_object_object_add(o, "path",
				       json_object_new_string(fl.f[i].path));
		json_object_object_add(o, "entryid",
				       wquery_json_hex(&fl.f[i].eid));
		json_object_object_add(o, "count",
				       json_object_new_int64(fl.f[i].count));
		json_object_object_add(o, "unread",
				       json_object_new_int64(fl.f[i].unread));
		json_object_object_add(o, "depth",
				       json_object_new_int64(fl.f[i].depth));
		json_object_array_add(list, o);
	}
	folders_free(&fl);
	warena_free(&a);
	json_object_object_add(reply, "folders", list);
	return S_OK;
}

/* A string of hex digits, even, long enough to be an entry ID. */
static bool looks_like_eid(const char *s)
{
	size_t len = strlen(s);

	return len >= 32 && len % 2 == 0 &&
	       strspn(s, "0123456789abcdefABCDEF") == len;
}

/* Opens an entry ID (hex) of the store, which must be of type want. */
static HRESULT open_hex(struct wstore *ws, const char *hex, ULONG flags,
			ULONG want, LPUNKNOWN *obj, char *msg, size_t size)
{
	struct warena a = {0};
	SBinary eid;
	ULONG type = 0;
	HRESULT hr;

	if (wquery_hex(&a, hex, 4096, &eid) < 0) {
		warena_free(&a);
		return say(msg, size, MAPI_E_INVALID_ENTRYID,
			   "an entry ID is hex");
	}
	hr = ws->mdb->lpVtbl->OpenEntry(ws->mdb, eid.cb, (LPENTRYID)eid.lpb,
					NULL, flags, &type, obj);
	warena_free(&a);
	if (FAILED(hr)) {
		LAST_ERROR(ws->mdb, hr, msg, size, "OpenEntry");
		return hr;
	}
	if (type != want) {
		(*obj)->lpVtbl->Release(*obj);
		*obj = NULL;
		return say(msg, size, MAPI_E_INVALID_ENTRYID,
			   "the entry ID names a %s",
			   want == MAPI_FOLDER ? "non-folder" : "non-message");
	}
	return S_OK;
}

/* The request's "folder" (checked): NULL when absent. */
static HRESULT req_folder(json_object *req, const char **folder_r, char *msg,
			  size_t size)
{
	json_object *j;

	*folder_r = NULL;
	if (!json_object_object_get_ex(req, "folder", &j))
		return S_OK;
	*folder_r = plain_string(j);
	if (*folder_r == NULL || (*folder_r)[0] == '\0' ||
	    strlen(*folder_r) > 4096)
		return say(msg, size, MAPI_E_INVALID_PARAMETER,
			   "\"folder\" is a path or a hex entry ID");
	return S_OK;
}

/*
 * Opens the folder named by a path under IPM_SUBTREE ("Inbox", compared
 * without regard to case), else by a hex entry ID; NULL: the receive
 * folder of IPM.Note.
 */
static HRESULT open_folder(struct wstore *ws, const char *name, ULONG flags,
			   LPMAPIFOLDER *folder, char *msg, size_t size)
{
	struct warena a = {0};
	struct folders fl;
	LPENTRYID eid = NULL;
	ULONG cb = 0, type = 0;
	HRESULT hr;
	size_t i;

	*folder = NULL;
	if (name == NULL) {
		hr = ws->mdb->lpVtbl->GetReceiveFolder(
		    ws->mdb, (LPTSTR) "IPM.Note", 0, &cb, &eid, NULL);
		if (SUCCEEDED(hr))
			hr = ws->mdb->lpVtbl->OpenEntry(ws->mdb, cb, eid, NULL,
							flags, &type,
							(LPUNKNOWN *)folder);
		MAPIFreeBuffer(eid);
		if (FAILED(hr))
			return say(msg, size, hr, "the receive folder: %s",
				   mapierr_message(hr));
		return S_OK;
	}
	hr = list_folders(ws, &a, &fl, msg, size);
	if (hr != S_OK) {
		warena_free(&a);
		return hr;
	}
	for (i = 0; i < fl.n; i++) {
		if (strcasecmp(fl.f[i].path, name) == 0)
			break;
	}
	if (i < fl.n) {
		hr = ws->mdb->lpVtbl->OpenEntry(
		    ws->mdb, fl.f[i].eid.cb, (LPENTRYID)fl.f[i].eid.lpb, NULL,
		    flags, &type, (LPUNKNOWN *)folder);
		if (FAILED(hr))
			say(msg, size, hr, "cannot open %s: %s", name,
			    mapierr_message(hr));
	} else if (looks_like_eid(name)) {
		hr = open_hex(ws, name, flags, MAPI_FOLDER, (LPUNKNOWN *)folder,
			      msg, size);
	} else {
		hr = say(msg, size, MAPI_E_NOT_FOUND, "no folder %s", name);
	}
	folders_free(&fl);
	warena_free(&a);
	return hr;
}

/* ------------------------------------------------------------------ */
/* list_messages */

static const char *const default_columns[] = {
    "PR_ENTRYID",       "PR_SUBJECT",
    "PR_SENDER_NAME",   "PR_MESSAGE_DELIVERY_TIME",
    "PR_MESSAGE_FLAGS", "PR_MESSAGE_SIZE",
    "PR_IMPORTANCE",    "PR_HASATTACH",
};

struct list_args {
	const char *folder;
	SRestriction *res;
	SSortOrderSet *sort;
	SPropTagArray *cols;
	const char **names;
	LONG offset;
	LONG limit;
};

static HRESULT req_int(json_object *req, const char *key, LONG min, LONG max,
		       LONG *v, char *msg, size_t size)
{
	json_object *j;
	int64_t n;

	if (!json_object_object_get_ex(req, key, &j))
		return S_OK;
	if (!json_object_is_type(j, json_type_int))
		return say(msg, size, MAPI_E_INVALID_PARAMETER,
			   "\"%s\" is an integer", key);
	errno = 0;
	n = json_object_get_int64(j);
	if (errno != 0 || n < min || n > max)
		return say(msg, size, MAPI_E_INVALID_PARAMETER,
			   "\"%s\" is from %ld to %ld", key, (long)min,
			   (long)max);
	*v = (LONG)n;
	return S_OK;
}

static HRESULT list_parse(struct warena *a, json_object *req,
			  struct list_args *la, char *msg, size_t size)
{
	const char *error = "invalid request";
	json_object *j, *cols;
	HRESULT hr;
	size_t i;

	memset(la, 0, sizeof(*la));
	la->limit = WSTORE_LIMIT_DEFAULT;
	hr = req_folder(req, &la->folder, msg, size);
	if (hr == S_OK)
		hr = req_int(req, "offset", 0, INT32_MAX, &la->offset, msg,
			     size);
	if (hr == S_OK)
		hr = req_int(req, "limit", 1, WSTORE_LIMIT_MAX, &la->limit, msg,
			     size);
	if (hr != S_OK)
		return hr;
	if (json_object_object_get_ex(req, "restrict", &j)) {
		hr = wquery_restriction(a, j, &la->res, &error);
		if (hr != S_OK)
			return say(msg, size, hr, "restrict: %s", error);
	}
	if (json_object_object_get_ex(req, "sort", &j)) {
		hr = wquery_sort(a, j, &la->sort, &error);
		if (hr != S_OK)
			return say(msg, size, hr, "sort: %s", error);
	}
	if (json_object_object_get_ex(req, "columns", &j)) {
		hr = wquery_columns(a, j, &la->cols, &la->names, &error);
		if (hr != S_OK)
			return say(msg, size, hr, "columns: %s", error);
		return S_OK;
	}
	cols = json_object_new_array();
	if (cols == NULL)
		return say(msg, size, MAPI_E_NOT_ENOUGH_MEMORY,
			   "out of memory");
	for (i = 0; i < sizeof(default_columns) / sizeof(*default_columns); i++)
		json_object_array_add(
		    cols, json_object_new_string(default_columns[i]));
	hr = wquery_columns(a, cols, &la->cols, &la->names, &error);
	if (hr == S_OK) {
		/* The names must outlive cols: copy them into the arena. */
		for (i = 0; i < la->cols->cValues; i++) {
			size_t len = strlen(la->names[i]);
			char *copy = warena_alloc(a, len + 1);

			if (copy == NULL) {
				hr = MAPI_E_NOT_ENOUGH_MEMORY;
				break;
			}
			memcpy(copy, la->names[i], len);
			la->names[i] = copy;
		}
	}
	json_object_put(cols);
	if (hr != S_OK)
		return say(msg, size, hr, "columns: %s", error);
	return S_OK;
}

/* One row as {name: value}; columns the row lacks are left out. */
static json_object *row_json(const SRow *row, const SPropTagArray *cols,
			     const char **names)
{
	json_object *o = json_object_new_object();
	ULONG i;

	for (i = 0; o != NULL && i < row->cValues && i < cols->cValues; i++) {
		if (PROP_TYPE(row->lpProps[i].ulPropTag) == PT_ERROR)
			continue;
		json_object_object_add(o, names[i],
				       wquery_json_value(&row->lpProps[i]));
	}
	return o;
}

HRESULT wstore_list_messages(struct wstore *ws, json_object *req,
			     json_object *reply, char *msg, size_t size)
{
	struct warena a = {0};
	struct list_args la;
	LPMAPIFOLDER folder = NULL;
	LPMAPITABLE table = NULL;
	LPSRowSet rows = NULL;
	json_object *list;
	ULONG total = 0, i;
	LONG sought = 0;
	HRESULT hr;

	hr = list_parse(&a, req, &la, msg, size);
	if (hr == S_OK && ws == NULL)
		hr = say(msg, size, MAPI_E_NO_SUPPORT,
			 "no store in this process");
	if (hr == S_OK)
		hr = ensure_store(ws, req, msg, size);
	if (hr == S_OK)
		hr = open_folder(ws, la.folder, 0, &folder, msg, size);
	if (hr == S_OK) {
		hr = folder->lpVtbl->GetContentsTable(folder, 0, &table);
		if (FAILED(hr))
			LAST_ERROR(folder, hr, msg, size, "contents table");
	}
	if (hr == S_OK) {
		hr = table->lpVtbl->SetColumns(table, la.cols, 0);
		if (SUCCEEDED(hr) && la.res != NULL)
			hr = table->lpVtbl->Restrict(table, la.res, 0);
		if (SUCCEEDED(hr) && la.sort != NULL)
			hr = table->lpVtbl->SortTable(table, la.sort, 0);
		if (SUCCEEDED(hr))
			hr = table->lpVtbl->GetRowCount(table, 0, &total);
		if (SUCCEEDED(hr) && la.offset > 0)
			hr = table->lpVtbl->SeekRow(table, BOOKMARK_BEGINNING,
						    la.offset, &sought);
		if (SUCCEEDED(hr) && (ULONG)la.offset < total)
			hr =
			    table->lpVtbl->QueryRows(table, la.limit, 0, &rows);
		if (FAILED(hr))
			LAST_ERROR(table, hr, msg, size, "contents table");
		else
			hr = S_OK;
	}
	if (hr == S_OK) {
		list = json_object_new_array();
		for (i = 0; rows != NULL && list != NULL && i < rows->cRows;
		     i++)
			json_object_array_add(
			    list, row_json(&rows->aRow[i], la.cols, la.names));
		json_object_object_add(reply, "total",
				       json_object_new_int64(total));
		json_object_object_add(reply, "offset",
				       json_object_new_int64(la.offset));
		json_object_object_add(reply, "messages", list);
	}
	if (rows != NULL)
		FreeProws(rows);
	if (table != NULL)
		table->lpVtbl->Release(table);
	if (folder != NULL)
		folder->lpVtbl->Release(folder);
	warena_free(&a);
	return hr;
}

/* ------------------------------------------------------------------ */
/* read_message */

static const char *recip_type(LONG t)
{
	switch (t & ~MAPI_SUBMITTED) {
	case MAPI_TO:
		return "to";
	case MAPI_CC:
		return "cc";
	case MAPI_BCC:
		return "bcc";
	default:
		return "other";
	}
}

/* The message's properties, by name (hex for tags without one). */
static HRESULT message_props(LPMESSAGE m, json_object *out, char *msg,
			     size_t size)
{
	LPSPropValue props = NULL;
	ULONG n = 0, i;
	HRESULT hr;

	hr = m->lpVtbl->GetProps(m, NULL, 0, &n, &props);
	if (FAILED(hr)) {
		LAST_ERROR(m, hr, msg, size, "GetProps");
		return hr;
	}
	for (i = 0; i < n; i++) {
		char name[16];
		const char *key;

		if (PROP_TYPE(props[i].ulPropTag) == PT_ERROR)
			continue;
		key = tagname_lookup(props[i].ulPropTag);
		if (key == NULL) {
			snprintf(name, sizeof(name), "0x%08X",
				 (unsigned int)props[i].ulPropTag);
			key = name;
		}
		json_object_object_add(out, key, wquery_json_value(&props[i]));
	}
	MAPIFreeBuffer(props);
	return S_OK;
}

static HRESULT table_json(LPMAPITABLE table, const SPropTagArray *cols,
			  const char *const *names, json_object *list)
{
	LPSRowSet rows = NULL;
	HRESULT hr;
	ULONG i, k;

	hr = HrQueryAllRows(table, (LPSPropTagArray)cols, NULL, NULL, 0, &rows);
	if (FAILED(hr))
		return hr;
	for (i = 0; i < rows->cRows; i++) {
		json_object *o = json_object_new_object();
		LPSPropValue p = rows->aRow[i].lpProps;

		for (k = 0; o != NULL && k < rows->aRow[i].cValues &&
			    k < cols->cValues;
		     k++) {
			if (PROP_TYPE(p[k].ulPropTag) == PT_ERROR)
				continue;
			if (p[k].ulPropTag == PR_RECIPIENT_TYPE)
				json_object_object_add(
				    o, names[k],
				    json_object_new_string(
					recip_type(p[k].Value.l)));
			else
				json_object_object_add(
				    o, names[k], wquery_json_value(&p[k]));
		}
		json_object_array_add(list, o);
	}
	FreeProws(rows);
	return S_OK;
}

HRESULT wstore_read_message(struct wstore *ws, json_object *req,
			    json_object *reply, char *msg, size_t size)
{
	SizedSPropTagArray(4, rcols) = {4,
					{PR_DISPLAY_NAME_A, PR_EMAIL_ADDRESS_A,
					 PR_ADDRTYPE_A, PR_RECIPIENT_TYPE}};
	static const char *const rnames[] = {"name", "email", "addrtype",
					     "type"};
	SizedSPropTagArray(5, acols) = {
	    5,
	    {PR_ATTACH_NUM, PR_ATTACH_LONG_FILENAME_A, PR_ATTACH_FILENAME_A,
	     PR_ATTACH_SIZE, PR_ATTACH_METHOD}};
	static const char *const anames[] = {"num", "long_name", "name", "size",
					     "method"};
	json_object *j, *props = NULL, *recips = NULL, *atts = NULL;
	LPMESSAGE m = NULL;
	LPMAPITABLE table = NULL;
	const char *hex;
	HRESULT hr;

	if (!json_object_object_get_ex(req, "entryid", &j) ||
	    (hex = plain_string(j)) == NULL || !looks_like_eid(hex) ||
	    strlen(hex) > 8192)
		return say(msg, size, MAPI_E_INVALID_PARAMETER,
			   "\"entryid\" is a message's entry ID in hex");
	if (ws == NULL)
		return say(msg, size, MAPI_E_NO_SUPPORT,
			   "no store in this process");
	hr = ensure_store(ws, req, msg, size);
	if (hr == S_OK)
		hr = open_hex(ws, hex, 0, MAPI_MESSAGE, (LPUNKNOWN *)&m, msg,
			      size);
	if (hr != S_OK)
		return hr;
	props = json_object_new_object();
	recips = json_object_new_array();
	atts = json_object_new_array();
	hr = message_props(m, props, msg, size);
	if (hr == S_OK) {
		hr = m->lpVtbl->GetRecipientTable(m, 0, &table);
		if (SUCCEEDED(hr))
			hr = table_json(table, (LPSPropTagArray)&rcols, rnames,
					recips);
		if (table != NULL)
			table->lpVtbl->Release(table);
		table = NULL;
		if (FAILED(hr))
			say(msg, size, hr, "recipients: %s",
			    mapierr_message(hr));
	}
	if (hr == S_OK) {
		hr = m->lpVtbl->GetAttachmentTable(m, 0, &table);
		if (SUCCEEDED(hr))
			hr = table_json(table, (LPSPropTagArray)&acols, anames,
					atts);
		if (table != NULL)
			table->lpVtbl->Release(table);
		if (FAILED(hr))
			say(msg, size, hr, "attachments: %s",
			    mapierr_message(hr));
	}
	m->lpVtbl->Release(m);
	if (hr != S_OK) {
		json_object_put(props);
		json_object_put(recips);
		json_object_put(atts);
		return hr;
	}
	json_object_object_add(reply, "properties", props);
	json_object_object_add(reply, "recipients", recips);
	json_object_object_add(reply, "attachments", atts);
	return S_OK;
}

/* ------------------------------------------------------------------ */
/* create_message */

struct recip {
	const char *name;
	const char *email;
	LONG type;
};

/* "to" or "cc": strings (addresses) or {"name":..,"email":..}. */
static HRESULT parse_recips(json_object *req, const char *key, LONG type,
			    struct recip *r, size_t *n, char *msg, size_t size)
{
	json_object *list, *e, *jname, *jemail;
	size_t i, len;

	if (!json_object_object_get_ex(req, key, &list))
		return S_OK;
	if (!json_object_is_type(list, json_type_array))
		return say(msg, size, MAPI_E_INVALID_PARAMETER,
			   "\"%s\" is an array of addresses", key);
	len = json_object_array_length(list);
	for (i = 0; i < len; i++) {
		if (*n >= WSTORE_RECIPS_MAX)
			return say(msg, size, MAPI_E_TOO_COMPLEX,
				   "at most %d recipients", WSTORE_RECIPS_MAX);
		e = json_object_array_get_idx(list, i);
		r[*n].type = type;
		if (json_object_is_type(e, json_type_object)) {
			if (!json_object_object_get_ex(e, "email", &jemail))
				return say(msg, size, MAPI_E_INVALID_PARAMETER,
					   "a recipient needs \"email\"");
			r[*n].email = plain_string(jemail);
			r[*n].name = r[*n].email;
			if (json_object_object_get_ex(e, "name", &jname))
				r[*n].name = plain_string(jname);
		} else {
			r[*n].email = plain_string(e);
			r[*n].name = r[*n].email;
		}
		if (r[*n].email == NULL || r[*n].name == NULL ||
		    r[*n].email[0] == '\0' || strlen(r[*n].email) > 320 ||
		    strlen(r[*n].name) > 256)
			return say(msg, size, MAPI_E_INVALID_PARAMETER,
				   "a recipient is an address string or "
				   "{\"name\",\"email\"}");
		(*n)++;
	}
	return S_OK;
}

static HRESULT add_recips(LPMESSAGE m, const struct recip *r, size_t n)
{
	LPADRLIST al = NULL;
	HRESULT hr;
	size_t i;

	if (n == 0)
		return S_OK;
	hr = MAPIAllocateBuffer(CbNewADRLIST(n), (LPVOID *)&al);
	if (FAILED(hr))
		return hr;
	al->cEntries = 0;
	for (i = 0; i < n; i++) {
		LPSPropValue p = NULL;

		hr = MAPIAllocateBuffer(4 * sizeof(SPropValue), (LPVOID *)&p);
		if (FAILED(hr))
			break;
		al->aEntries[i].ulReserved1 = 0;
		al->aEntries[i].cValues = 4;
		al->aEntries[i].rgPropVals = p;
		al->cEntries = (ULONG)i + 1;
		p[0].ulPropTag = PR_DISPLAY_NAME_A;
		p[0].Value.lpszA = (LPSTR)r[i].name;
		p[1].ulPropTag = PR_EMAIL_ADDRESS_A;
		p[1].Value.lpszA = (LPSTR)r[i].email;
		p[2].ulPropTag = PR_ADDRTYPE_A;
		p[2].Value.lpszA = (LPSTR) "SMTP";
		p[3].ulPropTag = PR_RECIPIENT_TYPE;
		p[3].Value.l = r[i].type;
	}
	if (SUCCEEDED(hr))
		hr = m->lpVtbl->ModifyRecipients(m, MODRECIP_ADD, al);
	FreePadrlist(al);
	return hr;
}

HRESULT wstore_create_message(struct wstore *ws, json_object *req,
			      json_object *reply, char *msg, size_t size)
{
	struct recip r[WSTORE_RECIPS_MAX];
	const char *folder_name, *subject = "", *body = NULL;
	LPMAPIFOLDER folder = NULL;
	LPSPropValue eid = NULL;
	LPMESSAGE m = NULL;
	SPropValue pv[5];
	json_object *j;
	ULONG npv = 0;
	size_t nr = 0;
	HRESULT hr;

	hr = req_folder(req, &folder_name, msg, size);
	if (hr != S_OK)
		return hr;
	if (json_object_object_get_ex(req, "subject", &j) &&
	    (subject = plain_string(j)) == NULL)
		return say(msg, size, MAPI_E_INVALID_PARAMETER,
			   "\"subject\" is a string");
	if (json_object_object_get_ex(req, "body", &j) &&
	    (body = plain_string(j)) == NULL)
		return say(msg, size, MAPI_E_INVALID_PARAMETER,
			   "\"body\" is a string");
	hr = parse_recips(req, "to", MAPI_TO, r, &nr, msg, size);
	if (hr == S_OK)
		hr = parse_recips(req, "cc", MAPI_CC, r, &nr, msg, size);
	if (hr != S_OK)
		return hr;
	if (ws == NULL)
		return say(msg, size, MAPI_E_NO_SUPPORT,
			   "no store in this process");
	hr = ensure_store(ws, req, msg, size);
	if (hr == S_OK)
		hr = open_folder(ws, folder_name, MAPI_MODIFY, &folder, msg,
				 size);
	if (hr != S_OK)
		return hr;
	hr = folder->lpVtbl->CreateMessage(folder, NULL, 0, &m);
	if (FAILED(hr)) {
		LAST_ERROR(folder, hr, msg, size, "CreateMessage");
		folder->lpVtbl->Release(folder);
		return hr;
	}
	pv[npv].ulPropTag = PR_MESSAGE_CLASS_A;
	pv[npv++].Value.lpszA = (LPSTR) "IPM.Note";
	pv[npv].ulPropTag = PR_SUBJECT_A;
	pv[npv++].Value.lpszA = (LPSTR)subject;
	pv[npv].ulPropTag = PR_MESSAGE_DELIVERY_TIME;
	pv[npv++].Value.ft = ft_now();
	pv[npv].ulPropTag = PR_CLIENT_SUBMIT_TIME;
	pv[npv].Value.ft = pv[npv - 1].Value.ft;
	npv++;
	if (body != NULL) {
		pv[npv].ulPropTag = PR_BODY_A;
		pv[npv++].Value.lpszA = (LPSTR)body;
	}
	hr = m->lpVtbl->SetProps(m, npv, pv, NULL);
	if (SUCCEEDED(hr))
		hr = add_recips(m, r, nr);
	if (SUCCEEDED(hr))
		hr = m->lpVtbl->SaveChanges(m, KEEP_OPEN_READONLY);
	if (SUCCEEDED(hr))
		hr = HrGetOneProp((LPMAPIPROP)m, PR_ENTRYID, &eid);
	if (FAILED(hr))
		LAST_ERROR(m, hr, msg, size, "the new message");
	else
		hr = S_OK;
	if (hr == S_OK)
		json_object_object_add(reply, "entryid",
				       wquery_json_hex(&eid->Value.bin));
	MAPIFreeBuffer(eid);
	m->lpVtbl->Release(m);
	folder->lpVtbl->Release(folder);
	return hr;
}
