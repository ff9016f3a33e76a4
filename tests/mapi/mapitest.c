/*
 * mapitest.c - the shared part of the tests of tests/mapi; see
 * mapitest.h.
 */
#include "mapitest.h"

#include <ftw.h>
#include <stdio.h>
#include <stdlib.h>
#include <sys/stat.h>

#include <mapiguid.h>
#include <mapiutil.h>
#include <mspst.h>

#include "profile_paths.h"

int mapitest_env(const char *tag, char *root, size_t size)
{
	char path[1024];
	FILE *f;

	snprintf(root, size, "%s/mapix-%s-XXXXXX",
		 getenv("TMPDIR") != NULL ? getenv("TMPDIR") : "/tmp", tag);
	if (mkdtemp(root) == NULL)
		return -1;
	if (chmod(root, 0711) < 0) {
		mapitest_env_remove(root);
		return -1;
	}
	snprintf(path, sizeof(path), "%s/state", root);
	setenv("MAPIX_STATE_DIR", path, 1);
	snprintf(path, sizeof(path), "%s/mapix.conf", root);
	setenv("MAPIX_CONFIG", path, 1);
	f = fopen(path, "w");
	if (f == NULL) {
		mapitest_env_remove(root);
		return -1;
	}
	fprintf(f, "catalog = %s\n", MAPISVC_SOURCE_PATH);
	fclose(f);
	return 0;
}

static int remove_entry(const char *path, const struct stat *st, int flag,
			struct FTW *ftw)
{
	(void)st;
	(void)flag;
	(void)ftw;
	return remove(path);
}

void mapitest_env_remove(const char *root)
{
	nftw(root, remove_entry, 16, FTW_DEPTH | FTW_PHYS);
}

HRESULT mapitest_make_profile(const char *name, const char *path)
{
	LPPROFADMIN admin = NULL;
	LPSERVICEADMIN svc = NULL;
	LPSERVICEADMIN2 svc2 = NULL;
	MAPIUID uid;
	SPropValue prop;
	HRESULT hr;

	hr = MAPIAdminProfiles(0, &admin);
	if (hr == S_OK)
		hr = IProfAdmin_CreateProfile(admin, (LPTSTR)name, NULL, 0, 0);
	if (hr == S_OK)
		hr = IProfAdmin_AdminServices(admin, (LPTSTR)name, NULL, 0, 0,
					      &svc);
	if (hr == S_OK)
		hr = IMsgServiceAdmin_QueryInterface(
		    svc, &IID_IMsgServiceAdmin2, (LPVOID *)&svc2);
	if (hr == S_OK)
		hr = IMsgServiceAdmin2_CreateMsgServiceEx(svc2, "MAPIX_LOCAL",
							  NULL, 0, 0, &uid);
	if (hr == S_OK) {
		prop.ulPropTag = PR_PST_PATH_A;
		prop.Value.lpszA = (LPSTR)path;
		hr = IMsgServiceAdmin_ConfigureMsgService(svc, &uid, 0, 0, 1,
							  &prop);
	}
	if (svc2 != NULL)
		IMsgServiceAdmin2_Release(svc2);
	if (svc != NULL)
		IMsgServiceAdmin_Release(svc);
	if (admin != NULL)
		IProfAdmin_Release(admin);
	return hr;
}
