/*
 * test_session.c - MAPILogonEx and IMAPISession through the public API,
 * as a Windows program uses them: a profile with the MAPIX_LOCAL service
 * whose configuration provisions the store, the stores table, opening the
 * default store and its folders by entry ID, profile sections, the status
 * table, the identity, Logoff, a profile deleted under a live session,
 * and a session used from another security context.
 */
#include <stdarg.h>
#include <stddef.h>
#include <setjmp.h>
#include <stdint.h>
#include <cmocka.h>

#include <errno.h>
#include <limits.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include <edkmdb.h>
#include <mapiguid.h>
#include <mapix.h>
#include <mapixsec.h>
#include <mapiutil.h>
#include <mspst.h>

#include "context.h"
#include "mapitest.h"

static char root_dir[256];
static char store_path[512];

static int group_setup(void **state)
{
	(void)state;
	if (mapitest_env("session", root_dir, sizeof(root_dir)) < 0)
		return -1;
	snprintf(store_path, sizeof(store_path), "%s/store.mapix", root_dir);
	return MAPIInitialize(NULL) == S_OK ? 0 : -1;
}

static int group_teardown(void **state)
{
	(void)state;
	MAPIUninitialize();
	mapitest_env_remove(root_dir);
	return 0;
}

/* A profile named name with the MAPIX_LOCAL service on path. */
static void make_profile(const char *name, const char *path)
{
	assert_int_equal(mapitest_make_profile(name, path), S_OK);
}

static void delete_profile(const char *name)
{
	LPPROFADMIN admin = NULL;

	assert_int_equal(MAPIAdminProfiles(0, &admin), S_OK);
	assert_int_equal(IProfAdmin_DeleteProfile(admin, (LPTSTR)name, 0),
			 S_OK);
	IProfAdmin_Release(admin);
}

/* The default store's entry ID from the stores table (MAPI buffer). */
static LPSBinary default_store(LPMAPISESSION session)
{
	LPMAPITABLE table = NULL;
	LPSRowSet rows = NULL;
	LPSBinary eid = NULL;
	ULONG i;

	assert_int_equal(IMAPISession_GetMsgStoresTable(session, 0, &table),
			 S_OK);
	assert_int_equal(IMAPITable_QueryRows(table, 10, 0, &rows), S_OK);
	for (i = 0; i < rows->cRows; i++) {
		LPSPropValue def =
		    PpropFindProp(rows->aRow[i].lpProps, rows->aRow[i].cValues,
				  PR_DEFAULT_STORE);
		LPSPropValue e = PpropFindProp(
		    rows->aRow[i].lpProps, rows->aRow[i].cValues, PR_ENTRYID);

		if (def == NULL || !def->Value.b || e == NULL)
			continue;
		assert_int_equal(
		    MAPIAllocateBuffer(sizeof(SBinary) + e->Value.bin.cb,
				       (LPVOID *)&eid),
		    S_OK);
		eid->cb = e->Value.bin.cb;
		eid->lpb = (LPBYTE)(eid + 1);
		memcpy(eid->lpb, e->Value.bin.lpb, eid->cb);
	}
	FreeProws(rows);
	IMAPITable_Release(table);
	assert_non_null(eid);
	return eid;
}

static void test_logon_errors(void **state)
{
	LPMAPISESSION session = NULL;

	(void)state;
	/* No default profile yet. */
	assert_int_equal(MAPILogonEx(0, NULL, NULL, MAPI_EXTENDED, &session),
			 MAPI_E_LOGON_FAILED);
	assert_int_equal(
	    MAPILogonEx(0, "missing", NULL, MAPI_EXTENDED, &session),
	    MAPI_E_LOGON_FAILED);
	assert_int_equal(MAPILogonEx(0, "x", NULL, 0x40000000, &session),
			 MAPI_E_UNKNOWN_FLAGS);
	assert_int_equal(MAPILogonEx(0, "x", NULL, MAPI_EXTENDED, NULL),
			 MAPI_E_INVALID_PARAMETER);
	assert_null(session);
}

static void test_local_store(void **state)
{
	LPMAPISESSION session = NULL;
	LPMDB mdb = NULL;
	LPUNKNOWN unk = NULL;
	LPSBinary eid;
	LPSPropValue props = NULL;
	LPMAPITABLE table = NULL;
	LPSRowSet rows = NULL;
	ULONG count = 0, type = 0, result = 0, cb = 0;
	LPENTRYID identity = NULL;
	SizedSPropTagArray(1, ipm) = {1, {PR_IPM_SUBTREE_ENTRYID}};
	struct stat st;

	(void)state;
	make_profile("Local", store_path);
	/* Configuring the path provisioned the store. */
	assert_int_equal(stat(store_path, &st), 0);

	assert_int_equal(MAPILogonEx(0, "local", NULL,
				     MAPI_EXTENDED | MAPI_NEW_SESSION |
					 MAPI_EXPLICIT_PROFILE | MAPI_NO_MAIL,
				     &session),
			 S_OK);
	eid = default_store(session);
	assert_int_equal(
	    IMAPISession_OpenMsgStore(session, 0, eid->cb, (LPENTRYID)eid->lpb,
				      NULL, MDB_WRITE | MDB_NO_DIALOG, &mdb),
	    S_OK);
	/* The store's folders open by entry ID through the session. */
	assert_int_equal(
	    IMsgStore_GetProps(mdb, (LPSPropTagArray)&ipm, 0, &count, &props),
	    S_OK);
	assert_int_equal(props[0].ulPropTag, PR_IPM_SUBTREE_ENTRYID);
	assert_int_equal(
	    IMAPISession_OpenEntry(session, props[0].Value.bin.cb,
				   (LPENTRYID)props[0].Value.bin.lpb, NULL,
				   MAPI_BEST_ACCESS, &type, &unk),
	    S_OK);
	assert_int_equal(type, MAPI_FOLDER);
	unk->lpVtbl->Release(unk);
	MAPIFreeBuffer(props);
	/* A store entry ID opens the store. */
	assert_int_equal(IMAPISession_OpenEntry(session, eid->cb,
						(LPENTRYID)eid->lpb, NULL, 0,
						&type, &unk),
			 S_OK);
	assert_int_equal(type, MAPI_STORE);
	unk->lpVtbl->Release(unk);
	assert_int_equal(IMAPISession_CompareEntryIDs(
			     session, eid->cb, (LPENTRYID)eid->lpb, eid->cb,
			     (LPENTRYID)eid->lpb, 0, &result),
			 S_OK);
	assert_int_equal(result, TRUE);
	/* Garbage is refused, never a crash. */
	assert_int_equal(IMAPISession_OpenEntry(session, 3, (LPENTRYID) "abc",
						NULL, 0, &type, &unk),
			 MAPI_E_INVALID_ENTRYID);
	assert_int_equal(IMAPISession_OpenMsgStore(session, 0, 3,
						   (LPENTRYID) "abc", NULL, 0,
						   &(LPMDB){NULL}),
			 MAPI_E_INVALID_ENTRYID);

	/* Status table: the subsystem and the store. */
	assert_int_equal(IMAPISession_GetStatusTable(session, 0, &table), S_OK);
	assert_int_equal(IMAPITable_QueryRows(table, 10, 0, &rows), S_OK);
	assert_int_equal(rows->cRows, 2);
	FreeProws(rows);
	IMAPITable_Release(table);

	/* The identity is the context's principal, as a one-off entry ID. */
	assert_int_equal(IMAPISession_QueryIdentity(session, &cb, &identity),
			 S_OK);
	assert_true(cb > 24);
	assert_int_equal(((BYTE *)identity)[4], 0x81);
	MAPIFreeBuffer(identity);

	assert_int_equal(
	    IMAPISession_SetDefaultStore(session, MAPI_DEFAULT_STORE, eid->cb,
					 (LPENTRYID)eid->lpb),
	    S_OK);
	MAPIFreeBuffer(eid);
	IMsgStore_Release(mdb);
	assert_int_equal(IMAPISession_Logoff(session, 0, 0, 0), S_OK);
	assert_int_equal(IMAPISession_GetMsgStoresTable(session, 0, &table),
			 MAPI_E_END_OF_SESSION);
	IMAPISession_Release(session);
}

static void test_profile_section_and_admin(void **state)
{
	LPMAPISESSION session = NULL;
	LPPROFSECT sect = NULL;
	LPSERVICEADMIN svc = NULL;
	LPMAPITABLE table = NULL;
	LPSRowSet rows = NULL;
	MAPIUID uid = {{9, 9, 9, 9, 9, 9, 9, 9, 9, 9, 9, 9, 9, 9, 9, 9}};
	SPropValue prop;
	LPSPropValue got = NULL;
	ULONG count = 0;
	SizedSPropTagArray(1, tags) = {1, {PR_DISPLAY_NAME_A}};

	(void)state;
	assert_int_equal(MAPILogonEx(0, "Local", NULL, MAPI_EXTENDED, &session),
			 S_OK);
	assert_int_equal(IMAPISession_OpenProfileSection(session, &uid, NULL,
							 MAPI_MODIFY, &sect),
			 S_OK);
	prop.ulPropTag = PR_DISPLAY_NAME_A;
	prop.Value.lpszA = "section";
	assert_int_equal(IProfSect_SetProps(sect, 1, &prop, NULL), S_OK);
	assert_int_equal(
	    IProfSect_GetProps(sect, (LPSPropTagArray)&tags, 0, &count, &got),
	    S_OK);
	assert_string_equal(got[0].Value.lpszA, "section");
	MAPIFreeBuffer(got);
	IProfSect_Release(sect);
	assert_int_equal(IMAPISession_AdminServices(session, 0, &svc), S_OK);
	assert_int_equal(IMsgServiceAdmin_GetMsgServiceTable(svc, 0, &table),
			 S_OK);
	assert_int_equal(IMAPITable_QueryRows(table, 10, 0, &rows), S_OK);
	assert_int_equal(rows->cRows, 1);
	FreeProws(rows);
	IMAPITable_Release(table);
	IMsgServiceAdmin_Release(svc);
	IMAPISession_Release(session);
}

/* Deleting the profile under a live session: it keeps working. */
static void test_delete_under_session(void **state)
{
	char path[600];
	LPMAPISESSION session = NULL;
	LPMAPITABLE table = NULL;
	LPSRowSet rows = NULL;

	(void)state;
	snprintf(path, sizeof(path), "%s/second.mapix", root_dir);
	make_profile("Doomed", path);
	assert_int_equal(
	    MAPILogonEx(0, "Doomed", NULL, MAPI_EXTENDED, &session), S_OK);
	delete_profile("Doomed");
	assert_int_equal(MAPILogonEx(0, "Doomed", NULL, MAPI_EXTENDED,
				     &(LPMAPISESSION){NULL}),
			 MAPI_E_LOGON_FAILED);
	assert_int_equal(IMAPISession_GetMsgStoresTable(session, 0, &table),
			 S_OK);
	assert_int_equal(IMAPITable_QueryRows(table, 10, 0, &rows), S_OK);
	assert_int_equal(rows->cRows, 1);
	FreeProws(rows);
	IMAPITable_Release(table);
	IMAPISession_Release(session);
}

static void test_other_context(void **state)
{
	LPMAPISESSION session = NULL;
	LPMAPITABLE table = NULL;
	struct context *ctx = NULL;
	LPMAPIXTOKEN token = NULL;

	(void)state;
	assert_int_equal(MAPILogonEx(0, "Local", NULL, MAPI_EXTENDED, &session),
			 S_OK);
	assert_int_equal(context_get("intruder", NULL, &ctx), 0);
	assert_int_equal(context_token_new(ctx, MAPIX_LOGON_LOGICAL, &token),
			 0);
	context_unref(&ctx);
	assert_int_equal(MapixImpersonate(token), S_OK);
	assert_int_equal(MAPIInitialize(NULL), S_OK);
	/* Another context's session: refused, and left intact. */
	assert_int_equal(IMAPISession_GetMsgStoresTable(session, 0, &table),
			 MAPI_E_NO_ACCESS);
	assert_int_equal(IMAPISession_Release(session), 0);
	/* Its own profiles are not the owner's. */
	assert_int_equal(MAPILogonEx(0, "Local", NULL, MAPI_EXTENDED,
				     &(LPMAPISESSION){NULL}),
			 MAPI_E_LOGON_FAILED);
	MAPIUninitialize();
	assert_int_equal(MapixRevertToSelf(), S_OK);
	MapixCloseToken(token);
	assert_int_equal(IMAPISession_GetMsgStoresTable(session, 0, &table),
			 S_OK);
	IMAPITable_Release(table);
	IMAPISession_Release(session);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
	    cmocka_unit_test(test_logon_errors),
	    cmocka_unit_test(test_local_store),
	    cmocka_unit_test(test_profile_section_and_admin),
	    cmocka_unit_test(test_delete_under_session),
	    cmocka_unit_test(test_other_context),
	};

	return cmocka_run_group_tests(tests, group_setup, group_teardown);
}
