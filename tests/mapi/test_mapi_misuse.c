/*
 * test_mapi_misuse.c - the misuse matrix of the upper layers: every method
 * of every object of the profile and client layers, called from another
 * security context, gives MAPI_E_NO_ACCESS (0 for AddRef and Release),
 * records why on the calling thread, crashes nothing, and leaves the
 * object fully usable by its owner.
 *
 * The objects: IProfAdmin, IMsgServiceAdmin2 (and so IMsgServiceAdmin),
 * IProviderAdmin, IProfSect, IMAPISession, IMsgStore, IMAPIFolder,
 * IMessage, IAttach, IStream and a store's IMAPITable.  Every method is
 * called with zeroed arguments through misuse_calls.h, which
 * scripts/mapigen.py generates from spec/interfaces.def: a method added to
 * an interface is called here without anyone writing the call.  GetLastError
 * does not refuse (it explains the caller's last refusal from the thread's
 * record; its zeroed out pointer makes it MAPI_E_INVALID_PARAMETER).  See
 * tests/unit/test_misuse.c for the core objects and dead objects.
 */
#include <stdarg.h>
#include <stddef.h>
#include <setjmp.h>
#include <stdint.h>
#include <cmocka.h>

#include <limits.h>
#include <pthread.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include <mapix.h>
#include <mapixsec.h>
#include <mapiguid.h>
#include <mapiutil.h>
#include <mspst.h>

#include "context.h"
#include "mapierr.h"
#include "misuse_calls.h"
#include "objhdr.h"
#include "mapitest.h"

static char root_dir[256];

enum target {
	T_PROFADMIN,
	T_SVCADMIN,
	T_PROVADMIN,
	T_PROFSECT,
	T_SESSION,
	T_STORE,
	T_FOLDER,
	T_MESSAGE,
	T_ATTACH,
	T_STREAM,
	T_TABLE,
	T_COUNT,
};

static const char *const names[T_COUNT] = {
    "IProfAdmin",   "IMsgServiceAdmin2", "IProviderAdmin", "IProfSect",
    "IMAPISession", "IMsgStore",         "IMAPIFolder",    "IMessage",
    "IAttach",      "IStream",           "IMAPITable",
};

struct objects {
	LPPROFADMIN admin;
	LPSERVICEADMIN2 svc;
	LPPROVIDERADMIN prov;
	LPPROFSECT sect;
	LPMAPISESSION session;
	LPMDB store;
	LPMAPIFOLDER folder;
	LPMESSAGE message;
	LPATTACH attach;
	LPSTREAM stream;
	LPMAPITABLE table;
};

/* One call's answer and the thread's record after it. */
struct logged {
	struct misuse_result r;
	HRESULT thread_hr;
};

struct call_log {
	struct logged e[40];
	int n;
};

static void log_result(void *arg, const struct misuse_result *r)
{
	struct call_log *log = arg;

	if (log->n == 40)
		return;
	log->e[log->n].r = *r;
	log->e[log->n].thread_hr = objhdr_thread_hresult();
	log->n++;
	objhdr_thread_seterr(S_OK, NULL);
}

static int group_setup(void **state)
{
	(void)state;
	if (mapitest_env("misuse", root_dir, sizeof(root_dir)) < 0)
		return -1;
	return MAPIInitialize(NULL) == S_OK ? 0 : -1;
}

static int group_teardown(void **state)
{
	(void)state;
	MAPIUninitialize();
	mapitest_env_remove(root_dir);
	return 0;
}

/* One object of each kind, made by the owner (the main thread). */
static void objects_make(struct objects *o)
{
	LPSERVICEADMIN svc1 = NULL;
	LPMAPITABLE stores = NULL;
	LPSRowSet rows = NULL;
	LPENTRYID inbox = NULL;
	ULONG cb = 0, type = 0, num = 0;
	MAPIUID uid;
	SPropValue prop;
	char path[512];

	memset(o, 0, sizeof(*o));
	snprintf(path, sizeof(path), "%s/store", root_dir);
	assert_int_equal(MAPIAdminProfiles(0, &o->admin), S_OK);
	assert_int_equal(IProfAdmin_CreateProfile(o->admin, "M", NULL, 0, 0),
			 S_OK);
	assert_int_equal(IProfAdmin_SetDefaultProfile(o->admin, "M", 0), S_OK);
	assert_int_equal(
	    IProfAdmin_AdminServices(o->admin, "M", NULL, 0, 0, &svc1), S_OK);
	assert_int_equal(IMsgServiceAdmin_QueryInterface(
			     svc1, &IID_IMsgServiceAdmin2, (LPVOID *)&o->svc),
			 S_OK);
	IMsgServiceAdmin_Release(svc1);
	assert_int_equal(IMsgServiceAdmin2_CreateMsgServiceEx(
			     o->svc, "MAPIX_LOCAL", NULL, 0, 0, &uid),
			 S_OK);
	prop.ulPropTag = PR_PST_PATH_A;
	prop.Value.lpszA = path;
	assert_int_equal(
	    IMsgServiceAdmin2_ConfigureMsgService(o->svc, &uid, 0, 0, 1, &prop),
	    S_OK);
	assert_int_equal(
	    IMsgServiceAdmin2_AdminProviders(o->svc, &uid, 0, &o->prov), S_OK);
	assert_int_equal(IMsgServiceAdmin2_OpenProfileSection(
			     o->svc, &uid, NULL, MAPI_MODIFY, &o->sect),
			 S_OK);

	assert_int_equal(MAPILogonEx(0, NULL, NULL, MAPI_EXTENDED, &o->session),
			 S_OK);
	assert_int_equal(IMAPISession_GetMsgStoresTable(o->session, 0, &stores),
			 S_OK);
	assert_int_equal(IMAPITable_QueryRows(stores, 1, 0, &rows), S_OK);
	assert_int_equal(rows->cRows, 1);
	assert_int_equal(
	    IMAPISession_OpenMsgStore(
		o->session, 0,
		PpropFindProp(rows->aRow[0].lpProps, rows->aRow[0].cValues,
			      PR_ENTRYID)
		    ->Value.bin.cb,
		(LPENTRYID)PpropFindProp(rows->aRow[0].lpProps,
					 rows->aRow[0].cValues, PR_ENTRYID)
		    ->Value.bin.lpb,
		NULL, MDB_WRITE, &o->store),
	    S_OK);
	FreeProws(rows);
	IMAPITable_Release(stores);
	assert_int_equal(IMsgStore_GetReceiveFolder(o->store, "IPM.Note", 0,
						    &cb, &inbox, NULL),
			 S_OK);
	assert_int_equal(IMsgStore_OpenEntry(o->store, cb, inbox, NULL,
					     MAPI_MODIFY, &type,
					     (LPUNKNOWN *)&o->folder),
			 S_OK);
	MAPIFreeBuffer(inbox);
	assert_int_equal(
	    IMAPIFolder_CreateMessage(o->folder, NULL, 0, &o->message), S_OK);
	assert_int_equal(
	    IMessage_CreateAttach(o->message, NULL, 0, &num, &o->attach), S_OK);
	assert_int_equal(IAttach_OpenProperty(o->attach, PR_ATTACH_DATA_BIN,
					      &IID_IStream, 0,
					      MAPI_CREATE | MAPI_MODIFY,
					      (LPUNKNOWN *)&o->stream),
			 S_OK);
	assert_int_equal(IMAPIFolder_GetContentsTable(o->folder, 0, &o->table),
			 S_OK);
}

static void call_all(struct objects *o, enum target t, struct call_log *log)
{
	memset(log, 0, sizeof(*log));
	objhdr_thread_seterr(S_OK, NULL);
	switch (t) {
	case T_PROFADMIN:
		misuse_each_IProfAdmin(o->admin, 0, log_result, log);
		break;
	case T_SVCADMIN:
		misuse_each_IMsgServiceAdmin2(o->svc, 0, log_result, log);
		break;
	case T_PROVADMIN:
		misuse_each_IProviderAdmin(o->prov, 0, log_result, log);
		break;
	case T_PROFSECT:
		misuse_each_IProfSect(o->sect, 0, log_result, log);
		break;
	case T_SESSION:
		misuse_each_IMAPISession(o->session, 0, log_result, log);
		break;
	case T_STORE:
		misuse_each_IMsgStore(o->store, 0, log_result, log);
		break;
	case T_FOLDER:
		misuse_each_IMAPIFolder(o->folder, 0, log_result, log);
		break;
	case T_MESSAGE:
		misuse_each_IMessage(o->message, 0, log_result, log);
		break;
	case T_ATTACH:
		misuse_each_IAttach(o->attach, 0, log_result, log);
		break;
	case T_STREAM:
		misuse_each_IStream(o->stream, 0, log_result, log);
		break;
	case T_TABLE:
		misuse_each_IMAPITable(o->table, 0, log_result, log);
		break;
	default:
		break;
	}
}

static const int slots[T_COUNT] = {
    MISUSE_SLOTS_IProfAdmin,     MISUSE_SLOTS_IMsgServiceAdmin2,
    MISUSE_SLOTS_IProviderAdmin, MISUSE_SLOTS_IProfSect,
    MISUSE_SLOTS_IMAPISession,   MISUSE_SLOTS_IMsgStore,
    MISUSE_SLOTS_IMAPIFolder,    MISUSE_SLOTS_IMessage,
    MISUSE_SLOTS_IAttach,        MISUSE_SLOTS_IStream,
    MISUSE_SLOTS_IMAPITable,
};

struct foreign_run {
	struct objects *o;
	struct call_log logs[T_COUNT];
	int failed;
};

/* Another principal, on its own thread, calls everything. */
static void *foreign_main(void *arg)
{
	struct foreign_run *f = arg;
	struct context *ctx = NULL;
	LPMAPIXTOKEN token = NULL;
	int t;

	if (context_get("mallory", NULL, &ctx) != 0 ||
	    context_token_new(ctx, MAPIX_LOGON_LOGICAL, &token) != 0 ||
	    MapixImpersonate(token) != S_OK || MAPIInitialize(NULL) != S_OK) {
		f->failed = 1;
	} else {
		for (t = 0; t < T_COUNT; t++)
			call_all(f->o, (enum target)t, &f->logs[t]);
		MAPIUninitialize();
		MapixRevertToSelf();
	}
	if (token != NULL)
		MapixCloseToken(token);
	context_unref(&ctx);
	return NULL;
}

static void check_log(enum target t, const struct call_log *log)
{
	int i;

	if (log->n != slots[t])
		fail_msg("%s: %d calls logged, %d methods", names[t], log->n,
			 slots[t]);
	for (i = 0; i < log->n; i++) {
		const struct logged *e = &log->e[i];
		bool last_error = strcmp(e->r.method, "GetLastError") == 0;
		HRESULT want =
		    last_error ? MAPI_E_INVALID_PARAMETER : MAPI_E_NO_ACCESS;

		if (e->r.kind == MISUSE_HRESULT && e->r.hr != want)
			fail_msg("%s::%s: got %s (0x%08x), expected %s",
				 names[t], e->r.method,
				 mapierr_name(e->r.hr) != NULL
				     ? mapierr_name(e->r.hr)
				     : "?",
				 (unsigned)e->r.hr, mapierr_name(want));
		if (e->r.kind == MISUSE_ULONG && e->r.ul != 0)
			fail_msg("%s::%s: returned %lu, expected 0", names[t],
				 e->r.method, (unsigned long)e->r.ul);
		if (e->r.kind != MISUSE_HRESULT && e->r.kind != MISUSE_ULONG)
			fail_msg("%s::%s: unexpected result kind", names[t],
				 e->r.method);
		if (!last_error && e->thread_hr != MAPI_E_NO_ACCESS)
			fail_msg("%s::%s: the thread's record says 0x%08x",
				 names[t], e->r.method, (unsigned)e->thread_hr);
	}
}

/* The owner still has every object, whole: counts and one real call. */
static void objects_check_usable(struct objects *o)
{
	LPMAPITABLE table = NULL;
	LPSPropValue props = NULL;
	ULONG count = 0, done = 0;
	SizedSPropTagArray(1, tags) = {1, {PR_DISPLAY_NAME_A}};
	SPropValue subject;

	assert_int_equal(IProfAdmin_AddRef(o->admin), 2);
	assert_int_equal(IProfAdmin_Release(o->admin), 1);
	assert_int_equal(IProfAdmin_GetProfileTable(o->admin, 0, &table), S_OK);
	IMAPITable_Release(table);
	assert_int_equal(IMsgServiceAdmin2_AddRef(o->svc), 3); /* prov's */
	assert_int_equal(IMsgServiceAdmin2_Release(o->svc), 2);
	assert_int_equal(
	    IMsgServiceAdmin2_GetMsgServiceTable(o->svc, 0, &table), S_OK);
	IMAPITable_Release(table);
	assert_int_equal(IProviderAdmin_GetProviderTable(o->prov, 0, &table),
			 S_OK);
	IMAPITable_Release(table);
	assert_int_equal(IProfSect_GetProps(o->sect, (LPSPropTagArray)&tags, 0,
					    &count, &props),
			 S_OK);
	MAPIFreeBuffer(props);
	props = NULL;
	assert_int_equal(IMAPISession_GetMsgStoresTable(o->session, 0, &table),
			 S_OK);
	IMAPITable_Release(table);
	assert_int_equal(IMsgStore_GetProps(o->store, (LPSPropTagArray)&tags, 0,
					    &count, &props),
			 S_OK);
	MAPIFreeBuffer(props);
	assert_int_equal(IMAPITable_GetRowCount(o->table, 0, &count), S_OK);
	assert_int_equal(IStream_Write(o->stream, "data", 4, &done), S_OK);
	assert_int_equal(done, 4);
	assert_int_equal(IStream_Commit(o->stream, 0), S_OK);
	assert_int_equal(IAttach_SaveChanges(o->attach, 0), S_OK);
	subject.ulPropTag = PR_SUBJECT_A;
	subject.Value.lpszA = "still mine";
	assert_int_equal(IMessage_SetProps(o->message, 1, &subject, NULL),
			 S_OK);
	assert_int_equal(IMessage_SaveChanges(o->message, 0), S_OK);
	assert_int_equal(IMAPIFolder_GetContentsTable(o->folder, 0, &table),
			 S_OK);
	assert_int_equal(IMAPITable_GetRowCount(table, 0, &count), S_OK);
	assert_int_equal(count, 1);
	IMAPITable_Release(table);
}

static void objects_release(struct objects *o)
{
	IStream_Release(o->stream);
	IAttach_Release(o->attach);
	IMessage_Release(o->message);
	IMAPITable_Release(o->table);
	IMAPIFolder_Release(o->folder);
	IMsgStore_Release(o->store);
	assert_int_equal(IMAPISession_Logoff(o->session, 0, 0, 0), S_OK);
	assert_int_equal(IMAPISession_Release(o->session), 0);
	assert_int_equal(IProfSect_Release(o->sect), 0);
	assert_int_equal(IProviderAdmin_Release(o->prov), 0);
	assert_int_equal(IMsgServiceAdmin2_Release(o->svc), 0);
	assert_int_equal(IProfAdmin_Release(o->admin), 0);
}

static void test_foreign_context(void **state)
{
	struct objects o;
	struct foreign_run *f = calloc(1, sizeof(*f));
	pthread_t th;
	int t;

	(void)state;
	assert_non_null(f);
	objects_make(&o);
	f->o = &o;
	assert_int_equal(pthread_create(&th, NULL, foreign_main, f), 0);
	pthread_join(th, NULL);
	assert_int_equal(f->failed, 0);
	for (t = 0; t < T_COUNT; t++)
		check_log((enum target)t, &f->logs[t]);
	objects_check_usable(&o);
	objects_release(&o);
	free(f);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
	    cmocka_unit_test(test_foreign_context),
	};

	return cmocka_run_group_tests(tests, group_setup, group_teardown);
}
