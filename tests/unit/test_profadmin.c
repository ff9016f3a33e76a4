/*
 * test_profadmin.c - profile administration through the public API:
 * MAPIAdminProfiles, IProfAdmin, IMsgServiceAdmin(2), IProviderAdmin and
 * IProfSect over a private state directory and the source tree's
 * mapisvc.inf; logons that survive delete and rename; temporary profiles;
 * and the isolation of two contexts (alice and bob) working at once with
 * the same profile names.  The isolation test changes kernel credentials
 * when run as root (CI) and uses logical contexts elsewhere, saying so.
 */
#include <stdarg.h>
#include <stddef.h>
#include <setjmp.h>
#include <stdint.h>
#include <cmocka.h>

#include <errno.h>
#include <fcntl.h>
#include <ftw.h>
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
#include "instance.h"
#include "profile_paths.h"
#include "profroot.h"

#define ALICE_UID 47101
#define BOB_UID   47102

static char root_dir[256];
static char state_dir[512];
static char conf_path[PATH_MAX];

static void write_conf(const char *catalog)
{
	FILE *f = fopen(conf_path, "w");

	assert_non_null(f);
	fprintf(f, "# test configuration\ncatalog = %s\n", catalog);
	fclose(f);
}

static int remove_entry(const char *path, const struct stat *st, int flag,
			struct FTW *ftw)
{
	(void)st;
	(void)flag;
	(void)ftw;
	return remove(path);
}

static int group_setup(void **state)
{
	(void)state;
	snprintf(root_dir, sizeof(root_dir), "%s/mapix-profadmin-XXXXXX",
		 getenv("TMPDIR") != NULL ? getenv("TMPDIR") : "/tmp");
	if (mkdtemp(root_dir) == NULL || chmod(root_dir, 0711) < 0)
		return -1;
	snprintf(state_dir, sizeof(state_dir), "%s/state", root_dir);
	snprintf(conf_path, sizeof(conf_path), "%s/mapix.conf", root_dir);
	setenv("MAPIX_STATE_DIR", state_dir, 1);
	setenv("MAPIX_CONFIG", conf_path, 1);
	write_conf(MAPISVC_SOURCE_PATH);
	return 0;
}

static int group_teardown(void **state)
{
	(void)state;
	nftw(root_dir, remove_entry, 16, FTW_DEPTH | FTW_PHYS);
	return 0;
}

/* MAPIInitialize and an IProfAdmin for the calling thread's context. */
static LPPROFADMIN admin_open(void)
{
	LPPROFADMIN admin = NULL;

	assert_int_equal(MAPIInitialize(NULL), S_OK);
	assert_int_equal(MAPIAdminProfiles(0, &admin), S_OK);
	return admin;
}

static void admin_close(LPPROFADMIN admin)
{
	IProfAdmin_Release(admin);
	MAPIUninitialize();
}

/* The profile table as "name*,name" (* marks the default). */
static void profile_names(LPPROFADMIN admin, char *buf, size_t size)
{
	LPMAPITABLE table = NULL;
	LPSRowSet rows = NULL;
	ULONG i;

	buf[0] = '\0';
	assert_int_equal(IProfAdmin_GetProfileTable(admin, 0, &table), S_OK);
	assert_int_equal(IMAPITable_QueryRows(table, 100, 0, &rows), S_OK);
	for (i = 0; i < rows->cRows; i++) {
		LPSPropValue name =
		    PpropFindProp(rows->aRow[i].lpProps, rows->aRow[i].cValues,
				  PR_DISPLAY_NAME_A);
		LPSPropValue def =
		    PpropFindProp(rows->aRow[i].lpProps, rows->aRow[i].cValues,
				  PR_DEFAULT_PROFILE);

		assert_non_null(name);
		assert_non_null(def);
		snprintf(buf + strlen(buf), size - strlen(buf), "%s%s%s",
			 i > 0 ? "," : "", name->Value.lpszA,
			 def->Value.b ? "*" : "");
	}
	FreeProws(rows);
	IMAPITable_Release(table);
}

static void assert_profiles(LPPROFADMIN admin, const char *want)
{
	char got[1024];

	profile_names(admin, got, sizeof(got));
	assert_string_equal(got, want);
}

static void test_profiles(void **state)
{
	LPPROFADMIN admin = admin_open();
	WCHAR wide[] = {'W', 0x00FC, 'r', 'z', 'e', 0};
	char long_name[80];

	(void)state;
	assert_profiles(admin, "");
	assert_int_equal(IProfAdmin_CreateProfile(admin, "Work", NULL, 0, 0),
			 S_OK);
	/* Names are unique without regard to case, as on Windows. */
	assert_int_equal(IProfAdmin_CreateProfile(admin, "work", NULL, 0, 0),
			 MAPI_E_NO_ACCESS);
	assert_int_equal(IProfAdmin_SetDefaultProfile(admin, "WORK", 0), S_OK);
	assert_profiles(admin, "Work*");
	assert_int_equal(
	    IProfAdmin_CopyProfile(admin, "work", NULL, "Home", 0, 0), S_OK);
	assert_int_equal(
	    IProfAdmin_CopyProfile(admin, "Work", NULL, "home", 0, 0),
	    MAPI_E_NO_ACCESS);
	assert_int_equal(
	    IProfAdmin_RenameProfile(admin, "Home", NULL, "Play", 0, 0), S_OK);
	assert_profiles(admin, "Play,Work*");
	/* The default follows a rename. */
	assert_int_equal(
	    IProfAdmin_RenameProfile(admin, "Work", NULL, "Job", 0, 0), S_OK);
	assert_profiles(admin, "Job*,Play");
	assert_int_equal(IProfAdmin_CreateProfile(admin, (LPTSTR)wide, NULL, 0,
						  MAPI_UNICODE),
			 S_OK);
	assert_profiles(admin, "Job*,Play,W\xC3\xBCrze");
	assert_int_equal(IProfAdmin_DeleteProfile(admin, "job", 0), S_OK);
	assert_profiles(admin, "Play,W\xC3\xBCrze");
	assert_int_equal(IProfAdmin_DeleteProfile(admin, "job", 0),
			 MAPI_E_NOT_FOUND);
	assert_int_equal(IProfAdmin_SetDefaultProfile(admin, "nope", 0),
			 MAPI_E_NOT_FOUND);
	assert_int_equal(IProfAdmin_SetDefaultProfile(admin, "Play", 0), S_OK);
	assert_int_equal(IProfAdmin_SetDefaultProfile(admin, NULL, 0), S_OK);
	assert_profiles(admin, "Play,W\xC3\xBCrze");

	/* Bad names. */
	memset(long_name, 'x', sizeof(long_name) - 1);
	long_name[sizeof(long_name) - 1] = '\0';
	assert_int_equal(IProfAdmin_CreateProfile(admin, "a/b", NULL, 0, 0),
			 MAPI_E_INVALID_PARAMETER);
	assert_int_equal(IProfAdmin_CreateProfile(admin, "..", NULL, 0, 0),
			 MAPI_E_INVALID_PARAMETER);
	assert_int_equal(IProfAdmin_CreateProfile(admin, "a\tb", NULL, 0, 0),
			 MAPI_E_INVALID_PARAMETER);
	assert_int_equal(IProfAdmin_CreateProfile(admin, "", NULL, 0, 0),
			 MAPI_E_INVALID_PARAMETER);
	assert_int_equal(IProfAdmin_CreateProfile(admin, long_name, NULL, 0, 0),
			 MAPI_E_INVALID_PARAMETER);
	assert_int_equal(IProfAdmin_CreateProfile(admin, "\xff", NULL, 0, 0),
			 MAPI_E_INVALID_PARAMETER);
	assert_int_equal(IProfAdmin_CreateProfile(admin, NULL, NULL, 0, 0),
			 MAPI_E_INVALID_PARAMETER);
	assert_int_equal(IProfAdmin_CreateProfile(admin, "Secret", "pw", 0, 0),
			 MAPI_E_NO_SUPPORT);
	assert_int_equal(IProfAdmin_CreateProfile(admin, "X", NULL, 0, 0x100),
			 MAPI_E_UNKNOWN_FLAGS);
	assert_int_equal(
	    IProfAdmin_ChangeProfilePassword(admin, "Play", "a", "b", 0),
	    MAPI_E_NO_SUPPORT);
	assert_profiles(admin, "Play,W\xC3\xBCrze");
	assert_int_equal(IProfAdmin_DeleteProfile(admin, "Play", 0), S_OK);
	assert_int_equal(IProfAdmin_DeleteProfile(admin, "w\xC3\xBCRZE", 0),
			 S_OK);
	admin_close(admin);
}

/* The GetLastError message of the admin's last failure. */
static void assert_message(LPPROFADMIN admin, HRESULT hr, const char *part)
{
	LPMAPIERROR err = NULL;

	assert_int_equal(IProfAdmin_GetLastError(admin, hr, 0, &err), S_OK);
	assert_non_null(err);
	if (strstr((char *)err->lpszError, part) == NULL)
		fail_msg("message '%s' lacks '%s'", (char *)err->lpszError,
			 part);
	MAPIFreeBuffer(err);
}

/* The rows of a table; the caller frees them with FreeProws. */
static LPSRowSet all_rows(LPMAPITABLE table)
{
	LPSRowSet rows = NULL;

	assert_int_equal(IMAPITable_QueryRows(table, 100, 0, &rows), S_OK);
	IMAPITable_Release(table);
	return rows;
}

static LPSPropValue row_prop(const SRow *row, ULONG tag)
{
	LPSPropValue p = PpropFindProp(row->lpProps, row->cValues, tag);

	if (p == NULL)
		fail_msg("row lacks 0x%08x", (unsigned)tag);
	return p;
}

static void test_services(void **state)
{
	LPPROFADMIN admin = admin_open();
	LPSERVICEADMIN svc = NULL, other = NULL;
	LPSERVICEADMIN2 svc2 = NULL;
	LPPROVIDERADMIN prov = NULL;
	LPPROFSECT sect = NULL;
	LPMAPITABLE table = NULL;
	LPSRowSet rows;
	MAPIUID local, server, extra_provider;
	SPropValue prop;
	LPSPropValue got = NULL;
	ULONG count = 0;
	WCHAR path_w[] = {'/', 's', '/', 'a', '.', 'p', 's', 't', 0};
	WCHAR rel_w[] = {'a', '.', 'p', 's', 't', 0};
	SizedSPropTagArray(1, tags) = {1, {PR_PST_PATH_W}};

	(void)state;
	assert_int_equal(IProfAdmin_CreateProfile(admin, "Mail", NULL, 0,
						  MAPI_DEFAULT_SERVICES),
			 S_OK);
	assert_int_equal(IProfAdmin_CreateProfile(admin, "Other", NULL, 0, 0),
			 S_OK);
	assert_int_equal(
	    IProfAdmin_AdminServices(admin, "nosuch", NULL, 0, 0, &svc),
	    MAPI_E_LOGON_FAILED);
	assert_int_equal(
	    IProfAdmin_AdminServices(admin, "mail", NULL, 0, 0, &svc), S_OK);
	assert_int_equal(IMsgServiceAdmin_QueryInterface(
			     svc, &IID_IMsgServiceAdmin2, (LPVOID *)&svc2),
			 S_OK);

	/* The default service (MAPIX) is there, MAPIX_LOCAL is added. */
	assert_int_equal(IMsgServiceAdmin2_CreateMsgServiceEx(
			     svc2, "MAPIX_LOCAL", "My Store", 0, 0, &local),
			 S_OK);
	assert_int_equal(
	    IMsgServiceAdmin_CreateMsgService(svc, "NOPE", NULL, 0, 0),
	    MAPI_E_NOT_FOUND);
	/* MAPIX is SERVICE_SINGLE_COPY. */
	assert_int_equal(
	    IMsgServiceAdmin_CreateMsgService(svc, "MAPIX", NULL, 0, 0),
	    MAPI_E_NO_ACCESS);
	assert_int_equal(IMsgServiceAdmin_GetMsgServiceTable(svc, 0, &table),
			 S_OK);
	rows = all_rows(table);
	assert_int_equal(rows->cRows, 2);
	assert_string_equal(
	    row_prop(&rows->aRow[0], PR_SERVICE_NAME_A)->Value.lpszA, "MAPIX");
	memcpy(&server, row_prop(&rows->aRow[0], PR_SERVICE_UID)->Value.bin.lpb,
	       sizeof(server));
	/* The most recently added service is the last row. */
	assert_memory_equal(
	    row_prop(&rows->aRow[1], PR_SERVICE_UID)->Value.bin.lpb, &local,
	    sizeof(local));
	assert_string_equal(
	    row_prop(&rows->aRow[1], PR_DISPLAY_NAME_A)->Value.lpszA,
	    "My Store");
	FreeProws(rows);

	/* Unicode tables. */
	assert_int_equal(
	    IMsgServiceAdmin_GetMsgServiceTable(svc, MAPI_UNICODE, &table),
	    S_OK);
	rows = all_rows(table);
	assert_non_null(PpropFindProp(
	    rows->aRow[0].lpProps, rows->aRow[0].cValues, PR_SERVICE_NAME_W));
	FreeProws(rows);

	/* Configuration: MAPIX_LOCAL wants an absolute PR_PST_PATH. */
	prop.ulPropTag = PR_PST_PATH_W;
	prop.Value.lpszW = rel_w;
	assert_int_equal(
	    IMsgServiceAdmin_ConfigureMsgService(svc, &local, 0, 0, 1, &prop),
	    MAPI_E_INVALID_PARAMETER);
	prop.Value.lpszW = path_w;
	assert_int_equal(IMsgServiceAdmin_ConfigureMsgService(
			     svc, &local, 0, SERVICE_UI_ALLOWED, 1, &prop),
			 S_OK);
	prop.ulPropTag = PR_PROFILE_HOME_SERVER;
	prop.Value.lpszA = "unix:/run/mapixd.sock";
	assert_int_equal(
	    IMsgServiceAdmin_ConfigureMsgService(svc, &server, 0, 0, 1, &prop),
	    MAPI_E_INVALID_PARAMETER); /* PR_PROFILE_USER is missing */

	/* Providers: MAPIX has two, MAPIX_LOCAL one. */
	assert_int_equal(IMsgServiceAdmin_GetProviderTable(svc, 0, &table),
			 S_OK);
	rows = all_rows(table);
	assert_int_equal(rows->cRows, 3);
	FreeProws(rows);
	assert_int_equal(IMsgServiceAdmin_AdminProviders(svc, &local, 0, &prov),
			 S_OK);
	assert_int_equal(IProviderAdmin_GetProviderTable(prov, 0, &table),
			 S_OK);
	rows = all_rows(table);
	assert_int_equal(rows->cRows, 1);
	assert_int_equal(row_prop(&rows->aRow[0], PR_RESOURCE_TYPE)->Value.l,
			 MAPI_STORE_PROVIDER);
	/* The store provider's section carries the configured path. */
	assert_int_equal(
	    IProviderAdmin_OpenProfileSection(
		prov,
		(LPMAPIUID)row_prop(&rows->aRow[0], PR_PROVIDER_UID)
		    ->Value.bin.lpb,
		NULL, 0, &sect),
	    S_OK);
	FreeProws(rows);
	assert_int_equal(
	    IProfSect_GetProps(sect, (LPSPropTagArray)&tags, 0, &count, &got),
	    S_OK);
	assert_int_equal(got[0].ulPropTag, PR_PST_PATH_W);
	assert_memory_equal(got[0].Value.lpszW, path_w, sizeof(path_w));
	MAPIFreeBuffer(got);
	IProfSect_Release(sect);
	assert_int_equal(IProviderAdmin_CreateProvider(prov, "MAPIX_LOCAL_MDB",
						       0, NULL, 0, 0,
						       &extra_provider),
			 S_OK);
	assert_int_equal(IProviderAdmin_CreateProvider(prov, "NoSuchSection", 0,
						       NULL, 0, 0,
						       &extra_provider),
			 MAPI_E_NOT_FOUND);
	assert_int_equal(IProviderAdmin_GetProviderTable(prov, 0, &table),
			 S_OK);
	rows = all_rows(table);
	assert_int_equal(rows->cRows, 2);
	FreeProws(rows);
	assert_int_equal(IProviderAdmin_DeleteProvider(prov, &extra_provider),
			 S_OK);
	assert_int_equal(IProviderAdmin_DeleteProvider(prov, &extra_provider),
			 MAPI_E_NOT_FOUND);
	IProviderAdmin_Release(prov);

	/* Identity, order, rename. */
	assert_int_equal(IMsgServiceAdmin_SetPrimaryIdentity(svc, &local, 0),
			 MAPI_E_NO_ACCESS);
	assert_int_equal(IMsgServiceAdmin_SetPrimaryIdentity(svc, &server, 0),
			 S_OK);
	assert_int_equal(
	    IMsgServiceAdmin_MsgServiceTransportOrder(svc, 0, NULL, 0), S_OK);
	assert_int_equal(
	    IMsgServiceAdmin_MsgServiceTransportOrder(svc, 1, &local, 0),
	    MAPI_E_INVALID_PARAMETER);
	assert_int_equal(
	    IMsgServiceAdmin_RenameMsgService(svc, &local, 0, "Archive"), S_OK);

	/* Copy into another profile, then delete there. */
	assert_int_equal(
	    IProfAdmin_AdminServices(admin, "Other", NULL, 0, 0, &other), S_OK);
	assert_int_equal(
	    IMsgServiceAdmin_CopyMsgService(svc, &local, NULL, NULL,
					    &IID_IMsgServiceAdmin, other, 0, 0),
	    S_OK);
	assert_int_equal(IMsgServiceAdmin_GetMsgServiceTable(other, 0, &table),
			 S_OK);
	rows = all_rows(table);
	assert_int_equal(rows->cRows, 1);
	assert_string_equal(
	    row_prop(&rows->aRow[0], PR_DISPLAY_NAME_A)->Value.lpszA,
	    "Archive");
	assert_memory_not_equal(
	    row_prop(&rows->aRow[0], PR_SERVICE_UID)->Value.bin.lpb, &local,
	    sizeof(local));
	FreeProws(rows);
	IMsgServiceAdmin_Release(other);

	assert_int_equal(IMsgServiceAdmin_DeleteMsgService(svc, &local), S_OK);
	assert_int_equal(IMsgServiceAdmin_DeleteMsgService(svc, &local),
			 MAPI_E_NOT_FOUND);
	assert_int_equal(IMsgServiceAdmin_GetProviderTable(svc, 0, &table),
			 S_OK);
	rows = all_rows(table);
	assert_int_equal(rows->cRows, 2);
	FreeProws(rows);
	IMsgServiceAdmin2_Release(svc2);
	IMsgServiceAdmin_Release(svc);
	assert_int_equal(IProfAdmin_DeleteProfile(admin, "Mail", 0), S_OK);
	assert_int_equal(IProfAdmin_DeleteProfile(admin, "Other", 0), S_OK);
	admin_close(admin);
}

static void test_profsect(void **state)
{
	LPPROFADMIN admin = admin_open();
	LPSERVICEADMIN svc = NULL;
	LPPROFSECT ro = NULL, rw = NULL;
	MAPIUID uid = {{1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16}};
	SizedSPropTagArray(1, name_a) = {1, {PR_DISPLAY_NAME_A}};
	SizedSPropTagArray(1, del) = {1, {PR_DISPLAY_NAME_W}};
	WCHAR name_w[] = {'S', 'e', 'c', 0};
	LPSPropValue got = NULL;
	SPropValue prop;
	ULONG count = 0;

	(void)state;
	assert_int_equal(IProfAdmin_CreateProfile(admin, "Sect", NULL, 0, 0),
			 S_OK);
	assert_int_equal(
	    IProfAdmin_AdminServices(admin, "Sect", NULL, 0, 0, &svc), S_OK);
	assert_int_equal(
	    IMsgServiceAdmin_OpenProfileSection(svc, &uid, NULL, 0, &ro), S_OK);
	assert_int_equal(IMsgServiceAdmin_OpenProfileSection(svc, &uid, NULL,
							     MAPI_MODIFY, &rw),
			 S_OK);
	prop.ulPropTag = PR_DISPLAY_NAME_W;
	prop.Value.lpszW = name_w;
	assert_int_equal(IProfSect_SetProps(ro, 1, &prop, NULL),
			 MAPI_E_NO_ACCESS);
	assert_int_equal(IProfSect_SetProps(rw, 1, &prop, NULL), S_OK);
	/* The other object sees the change at once, in either width. */
	assert_int_equal(
	    IProfSect_GetProps(ro, (LPSPropTagArray)&name_a, 0, &count, &got),
	    S_OK);
	assert_string_equal(got[0].Value.lpszA, "Sec");
	MAPIFreeBuffer(got);
	/* No secrets in profiles. */
	prop.ulPropTag = PR_PST_PW_SZ_OLD;
	prop.Value.lpszA = "hunter2";
	assert_int_equal(IProfSect_SetProps(rw, 1, &prop, NULL),
			 MAPI_E_NO_ACCESS);
	assert_int_equal(IProfSect_SaveChanges(rw, KEEP_OPEN_READWRITE), S_OK);
	assert_int_equal(IProfSect_DeleteProps(rw, (LPSPropTagArray)&del, NULL),
			 S_OK);
	assert_int_equal(
	    IProfSect_GetProps(ro, (LPSPropTagArray)&name_a, 0, &count, &got),
	    MAPI_W_ERRORS_RETURNED);
	assert_int_equal(PROP_TYPE(got[0].ulPropTag), PT_ERROR);
	MAPIFreeBuffer(got);
	IProfSect_Release(ro);
	IProfSect_Release(rw);
	IMsgServiceAdmin_Release(svc);
	assert_int_equal(IProfAdmin_DeleteProfile(admin, "Sect", 0), S_OK);
	admin_close(admin);
}

/* Delete and rename while a session is logged on (Windows semantics). */
static void test_logon_survives(void **state)
{
	LPPROFADMIN admin = admin_open();
	struct instance *inst = NULL;
	struct profroot *root = NULL;
	struct profref *ref = NULL, *second = NULL;
	const char *error = NULL;
	char path[PATH_MAX];
	struct stat st;

	(void)state;
	assert_int_equal(IProfAdmin_CreateProfile(admin, "Live", NULL, 0, 0),
			 S_OK);
	assert_int_equal(instance_check_thread(&inst), S_OK);
	assert_int_equal(profroot_get(inst, &root, &error), 0);
	assert_int_equal(profroot_logon(root, NULL, &ref, &error), -ENOENT);
	assert_int_equal(IProfAdmin_SetDefaultProfile(admin, "Live", 0), S_OK);
	assert_int_equal(profroot_logon(root, NULL, &ref, &error), 0);
	assert_int_equal(profroot_logon(root, "live", &second, &error), 0);

	/* A rename moves the file; the sessions follow. */
	assert_int_equal(
	    IProfAdmin_RenameProfile(admin, "Live", NULL, "Alive", 0, 0), S_OK);
	assert_int_equal(profref_path(ref, path, sizeof(path)), 0);
	assert_non_null(strstr(path, "/Alive.prof"));
	assert_int_equal(stat(path, &st), 0);

	/* A delete marks it: gone from the table, still there to use. */
	assert_int_equal(IProfAdmin_DeleteProfile(admin, "Alive", 0), S_OK);
	assert_profiles(admin, "");
	assert_int_equal(profref_path(ref, path, sizeof(path)), 0);
	assert_int_equal(stat(path, &st), 0);
	assert_null(strstr(path, "Alive"));
	/* The name is free again, and no new logon finds the old one. */
	assert_int_equal(IProfAdmin_CreateProfile(admin, "Alive", NULL, 0, 0),
			 S_OK);
	assert_int_equal(IProfAdmin_DeleteProfile(admin, "Alive", 0), S_OK);
	profroot_logoff(&second);
	assert_int_equal(stat(path, &st), 0);
	/* The last logoff removes it. */
	profroot_logoff(&ref);
	assert_null(ref);
	assert_int_equal(stat(path, &st), -1);
	admin_close(admin);
}

/* Impersonates a new logical context named name on this thread. */
static LPMAPIXTOKEN become(const char *name, const struct context_os *os)
{
	struct context *ctx = NULL;
	LPMAPIXTOKEN token = NULL;

	assert_int_equal(context_get(name, os, &ctx), 0);
	assert_int_equal(context_token_new(
			     ctx, os == NULL ? MAPIX_LOGON_LOGICAL : 0, &token),
			 0);
	context_unref(&ctx);
	assert_int_equal(MapixImpersonate(token), S_OK);
	return token;
}

static void unbecome(LPMAPIXTOKEN token)
{
	assert_int_equal(MapixRevertToSelf(), S_OK);
	MapixCloseToken(token);
}

static void test_temporary(void **state)
{
	MAPIINIT_0 init = {MAPI_INIT_VERSION, MAPI_TEMPORARY_PROFILES};
	LPMAPIXTOKEN token = become("tempuser", NULL);
	LPPROFADMIN admin = NULL;
	struct instance *inst = NULL;
	struct profroot *root = NULL;
	const char *error = NULL;
	char dir[PATH_MAX];
	struct stat st;

	(void)state;
	assert_int_equal(MAPIInitialize(&init), S_OK);
	assert_int_equal(MAPIAdminProfiles(0, &admin), S_OK);
	assert_int_equal(IProfAdmin_CreateProfile(admin, "Scratch", NULL, 0, 0),
			 S_OK);
	assert_profiles(admin, "Scratch");
	assert_int_equal(instance_check_thread(&inst), S_OK);
	assert_int_equal(profroot_get(inst, &root, &error), 0);
	assert_true(profroot_temporary(root));
	snprintf(dir, sizeof(dir), "%s", profroot_dir(root));
	assert_non_null(strstr(dir, "/profiles/tempuser/.tmp-"));
	assert_int_equal(stat(dir, &st), 0);
	assert_int_equal(st.st_mode & 0777, 0700);
	IProfAdmin_Release(admin);
	MAPIUninitialize();
	/* The instance ended: its temporary profiles are gone. */
	assert_int_equal(stat(dir, &st), -1);
	assert_int_equal(errno, ENOENT);
	unbecome(token);
}

static void test_catalog_errors(void **state)
{
	char missing[PATH_MAX];
	LPPROFADMIN admin = NULL;
	LPSERVICEADMIN svc = NULL;
	LPMAPIXTOKEN token;

	(void)state;
	/* A fresh instance reads the configuration: use a new context. */
	snprintf(missing, sizeof(missing), "%s/no/such/mapisvc.inf", root_dir);
	write_conf(missing);
	token = become("catalogless", NULL);
	admin = admin_open();
	assert_int_equal(IProfAdmin_CreateProfile(admin, "P", NULL, 0,
						  MAPI_DEFAULT_SERVICES),
			 MAPI_E_NOT_FOUND);
	assert_message(admin, MAPI_E_NOT_FOUND, missing);
	assert_int_equal(IProfAdmin_CreateProfile(admin, "P", NULL, 0, 0),
			 S_OK);
	assert_int_equal(IProfAdmin_AdminServices(admin, "P", NULL, 0, 0, &svc),
			 S_OK);
	assert_int_equal(
	    IMsgServiceAdmin_CreateMsgService(svc, "MAPIX", NULL, 0, 0),
	    MAPI_E_NOT_FOUND);
	IMsgServiceAdmin_Release(svc);
	admin_close(admin);
	unbecome(token);
	write_conf(MAPISVC_SOURCE_PATH);
}

/* ---------------------------------------------------------------------
 * Isolation: alice and bob at once, the same profile names
 */

struct worker {
	const char *name;
	uid_t uid;
	const char *other;
	bool kernel;
	char listing[1024];
	int other_errno;
	char failure[256];
};

#define WORKER_CHECK(w, cond)                                                  \
	do {                                                                   \
		if (!(cond) && (w)->failure[0] == '\0')                        \
			snprintf((w)->failure, sizeof((w)->failure),           \
				 "%s: line %d: %s", (w)->name, __LINE__,       \
				 #cond);                                       \
	} while (0)

static void *isolation_worker(void *arg)
{
	struct worker *w = arg;
	struct context_os os = {w->uid, w->uid, NULL, 0};
	struct context *ctx = NULL;
	LPMAPIXTOKEN token = NULL;
	LPPROFADMIN admin = NULL;
	LPMAPITABLE table = NULL;
	LPSRowSet rows = NULL;
	char path[PATH_MAX], name[32];
	ULONG i;
	int round, fd;

	WORKER_CHECK(w,
		     context_get(w->name, w->kernel ? &os : NULL, &ctx) == 0);
	WORKER_CHECK(w,
		     context_token_new(ctx, w->kernel ? 0 : MAPIX_LOGON_LOGICAL,
				       &token) == 0);
	context_unref(&ctx);
	WORKER_CHECK(w, MapixImpersonate(token) == S_OK);
	WORKER_CHECK(w, MAPIInitialize(NULL) == S_OK);
	WORKER_CHECK(w, MAPIAdminProfiles(0, &admin) == S_OK);
	for (round = 0; admin != NULL && round < 20; round++) {
		snprintf(name, sizeof(name), "Shared %d", round % 5);
		if (round < 5)
			WORKER_CHECK(w, IProfAdmin_CreateProfile(
					    admin, name, NULL, 0, 0) == S_OK);
		else
			WORKER_CHECK(w, IProfAdmin_CreateProfile(admin, name,
								 NULL, 0, 0) ==
					    MAPI_E_NO_ACCESS);
		if (round == 10)
			WORKER_CHECK(
			    w, IProfAdmin_CreateProfile(admin, (LPTSTR)w->name,
							NULL, 0, 0) == S_OK);
	}
	if (admin != NULL &&
	    IProfAdmin_GetProfileTable(admin, 0, &table) == S_OK) {
		WORKER_CHECK(w, IMAPITable_QueryRows(table, 100, 0, &rows) ==
				    S_OK);
		for (i = 0; rows != NULL && i < rows->cRows; i++) {
			LPSPropValue p = PpropFindProp(rows->aRow[i].lpProps,
						       rows->aRow[i].cValues,
						       PR_DISPLAY_NAME_A);

			snprintf(w->listing + strlen(w->listing),
				 sizeof(w->listing) - strlen(w->listing),
				 "%s%s", i > 0 ? "," : "",
				 p != NULL ? p->Value.lpszA : "?");
		}
		FreeProws(rows);
		IMAPITable_Release(table);
	}
	/* The kernel keeps this thread out of the other's profiles. */
	snprintf(path, sizeof(path), "%s/profiles/%s/Shared 0.prof", state_dir,
		 w->other);
	fd = open(path, O_RDONLY | O_CLOEXEC);
	w->other_errno = fd < 0 ? errno : 0;
	if (fd >= 0)
		close(fd);
	if (admin != NULL)
		IProfAdmin_Release(admin);
	MAPIUninitialize();
	WORKER_CHECK(w, MapixRevertToSelf() == S_OK);
	MapixCloseToken(token);
	return NULL;
}

static void test_isolation(void **state)
{
	bool kernel = geteuid() == 0;
	struct worker alice = {"alice", ALICE_UID, "bob", kernel, "", 0, ""};
	struct worker bob = {"bob", BOB_UID, "alice", kernel, "", 0, ""};
	pthread_t ta, tb;
	char path[PATH_MAX];
	struct stat st;

	(void)state;
	if (!kernel)
		printf("# isolation with logical contexts only: changing "
		       "kernel credentials needs root\n");
	assert_int_equal(pthread_create(&ta, NULL, isolation_worker, &alice),
			 0);
	assert_int_equal(pthread_create(&tb, NULL, isolation_worker, &bob), 0);
	pthread_join(ta, NULL);
	pthread_join(tb, NULL);
	if (alice.failure[0] != '\0')
		fail_msg("%s", alice.failure);
	if (bob.failure[0] != '\0')
		fail_msg("%s", bob.failure);
	assert_string_equal(
	    alice.listing,
	    "Shared 0,Shared 1,Shared 2,Shared 3,Shared 4,alice");
	assert_string_equal(bob.listing,
			    "Shared 0,Shared 1,Shared 2,Shared 3,Shared 4,bob");
	snprintf(path, sizeof(path), "%s/profiles/alice", state_dir);
	assert_int_equal(stat(path, &st), 0);
	assert_int_equal(st.st_mode & 0777, 0700);
	if (kernel) {
		assert_int_equal(st.st_uid, ALICE_UID);
		assert_int_equal(alice.other_errno, EACCES);
		assert_int_equal(bob.other_errno, EACCES);
		snprintf(path, sizeof(path), "%s/profiles/bob/Shared 0.prof",
			 state_dir);
		assert_int_equal(stat(path, &st), 0);
		assert_int_equal(st.st_uid, BOB_UID);
	}
}

int main(void)
{
	const struct CMUnitTest tests[] = {
	    cmocka_unit_test(test_profiles),
	    cmocka_unit_test(test_services),
	    cmocka_unit_test(test_profsect),
	    cmocka_unit_test(test_logon_survives),
	    cmocka_unit_test(test_temporary),
	    cmocka_unit_test(test_catalog_errors),
	    cmocka_unit_test(test_isolation),
	};

	return cmocka_run_group_tests(tests, group_setup, group_teardown);
}
