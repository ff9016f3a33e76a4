/*
 * test_mapisvc.c - the service catalog (src/profile/mapisvc.c): the real
 * MSEMS sample from Microsoft's KB Q294470 parses, and rewrites to a file
 * that parses to the same content; mapix's own data/mapisvc.inf; symbolic
 * and hex values of every supported type; comments, unknown lines, CRLF
 * and the byte order mark survive edits; every parse error with its line;
 * invalid names; edits (services, providers, sections, properties,
 * defaults) and their refusals; locked file edits; out-of-memory loops.
 *
 * Every test runs between a setup and a teardown that compare
 * alloc_live(), so a leak fails the test that caused it.
 */
#include <stdarg.h>
#include <stddef.h>
#include <setjmp.h>
#include <stdint.h>
#include <cmocka.h>

#include <errno.h>
#include <ftw.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include <edkmdb.h>
#include <mapix.h>

#include "alloc.h"
#include "mapisvc.h"
#include "profile_paths.h"
#include "propcmp.h"

/* Microsoft KB Q294470, as quoted in mapi-facts.md section 2.5. */
static const char msems[] =
    "[Services]\n"
    "MSEMS=Microsoft Exchange Server\n"
    "[Default Services]\n"
    "MSEMS=Microsoft Exchange Server\n"
    "[MSEMS]\n"
    "PR_DISPLAY_NAME=Microsoft Exchange Server\n"
    "Sections=MSEMS_MSMail_Section\n"
    "PR_SERVICE_DLL_NAME=emsui.dll\n"
    "PR_SERVICE_ENTRY_NAME=EMSCfg\n"
    "PR_RESOURCE_FLAGS=SERVICE_SINGLE_COPY\n"
    "WIZARD_ENTRY_NAME=EMSWizardEntry\n"
    "Providers=EMS_DSA, EMS_MDB_public, EMS_MDB_private, EMS_RXP, "
    "EMS_MSX, EMS_Hook\n"
    "PR_SERVICE_SUPPORT_FILES=emsui.dll,emsabp.dll,emsmdb.dll\n"
    "[EMS_MDB_public]\n"
    "PR_RESOURCE_TYPE=MAPI_STORE_PROVIDER\n"
    "PR_PROVIDER_DLL_NAME=EMSMDB.DLL\n"
    "PR_RESOURCE_FLAGS=STATUS_NO_DEFAULT_STORE\n"
    "66090003=06000000\n"
    "660A0003=03000000\n"
    "34140102=78b2fa70aff711cd9bc800aa002fc45a\n"
    "PR_DISPLAY_NAME=Public Folders\n"
    "PR_PROVIDER_DISPLAY=Microsoft Exchange Message Store\n"
    "[EMS_MDB_private]\n"
    "PR_PROVIDER_DLL_NAME=EMSMDB.DLL\n"
    "PR_RESOURCE_TYPE=MAPI_STORE_PROVIDER\n"
    "PR_RESOURCE_FLAGS=STATUS_PRIMARY_IDENTITY|STATUS_DEFAULT_STORE|"
    "STATUS_PRIMARY_STORE\n"
    "66090003=0C000000\n"
    "660A0003=01000000\n"
    "34140102=5494A1C0297F101BA58708002B2A2517\n"
    "PR_DISPLAY_NAME=Private Folders\n"
    "PR_PROVIDER_DISPLAY=Microsoft Exchange Message Store\n"
    "[EMS_DSA]\n"
    "PR_DISPLAY_NAME=Microsoft Exchange Directory Service\n"
    "PR_PROVIDER_DISPLAY=Microsoft Exchange Directory Service\n"
    "PR_PROVIDER_DLL_NAME=EMSABP.DLL\n"
    "PR_RESOURCE_TYPE=MAPI_AB_PROVIDER\n"
    "[MSEMS_MSMail_Section]\n"
    "UID=13DBB0C8AA05101A9BB000AA002FC45A\n"
    "66000003=01050000\n"
    "66010003=04000000\n"
    "66050003=03000000\n"
    "66040003=02000000\n"
    "[EMS_RXP]\n"
    "PR_DISPLAY_NAME=Microsoft Exchange Remote Transport\n"
    "PR_PROVIDER_DISPLAY=Microsoft Exchange Remote Transport\n"
    "PR_PROVIDER_DLL_NAME=EMSUI.DLL\n"
    "PR_RESOURCE_TYPE=MAPI_TRANSPORT_PROVIDER\n"
    "66090003=40000000\n"
    "660A0003=0A000000\n"
    "[EMS_MSX]\n"
    "PR_DISPLAY_NAME=Microsoft Exchange Transport\n"
    "PR_PROVIDER_DISPLAY=Microsoft Exchange Transport\n"
    "PR_PROVIDER_DLL_NAME=EMSMDB.DLL\n"
    "PR_RESOURCE_TYPE=MAPI_TRANSPORT_PROVIDER\n"
    "66090003=00000000\n"
    "[EMS_Hook]\n"
    "PR_DISPLAY_NAME=MS Exchange Hook\n"
    "PR_PROVIDER_DISPLAY=MS Exchange Hook\n"
    "PR_PROVIDER_DLL_NAME=EMSMDB.DLL\n"
    "PR_RESOURCE_TYPE=MAPI_HOOK_PROVIDER\n"
    "PR_RESOURCE_FLAGS=HOOK_INBOUND\n";

static const char *msems_sections[] = {
    "MSEMS",   "EMS_MDB_public", "EMS_MDB_private",      "EMS_DSA",
    "EMS_RXP", "EMS_MSX",        "MSEMS_MSMail_Section", "EMS_Hook",
};

static char tmp_dir[256];

/* ------------------------------------------------------------------------
 * Helpers
 */

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
	snprintf(tmp_dir, sizeof(tmp_dir), "/tmp/mapix-svctest-XXXXXX");
	return mkdtemp(tmp_dir) != NULL ? 0 : -1;
}

static int group_teardown(void **state)
{
	(void)state;
	return nftw(tmp_dir, remove_entry, 16, FTW_DEPTH | FTW_PHYS);
}

static int setup(void **state)
{
	*state = (void *)(intptr_t)alloc_live();
	return 0;
}

static int teardown(void **state)
{
	alloc_fail_after(0);
	assert_int_equal(alloc_live(), (long)(intptr_t)*state);
	return 0;
}

static struct mapisvc *parse_ok(const char *text)
{
	struct mapisvc *svc = NULL;
	const char *error = NULL;
	int ret = mapisvc_parse("t.inf", text, strlen(text), &svc, &error);

	if (ret != 0)
		fail_msg("parse failed: %s", error);
	assert_non_null(svc);
	return svc;
}

static char *format(const struct mapisvc *svc)
{
	char *data;
	size_t size;

	assert_int_equal(mapisvc_format(svc, &data, &size), 0);
	assert_int_equal(strlen(data), size);
	return data;
}

static void assert_props_equal(ULONG na, const SPropValue *a, ULONG nb,
			       const SPropValue *b)
{
	ULONG i;
	int cmp;

	assert_int_equal(na, nb);
	for (i = 0; i < na; i++) {
		assert_int_equal(a[i].ulPropTag, b[i].ulPropTag);
		assert_int_equal(propcmp_values(&a[i], &b[i], 0, &cmp), 0);
		assert_int_equal(cmp, 0);
	}
}

/* The two catalogs hold the same sections with the same properties. */
static void assert_same_content(const struct mapisvc *x,
				const struct mapisvc *y,
				const char *const *sections, size_t n)
{
	size_t i;

	assert_int_equal(mapisvc_service_count(x), mapisvc_service_count(y));
	for (i = 0; i < mapisvc_service_count(x); i++) {
		const char *name = mapisvc_service_name(x, i);

		assert_string_equal(name, mapisvc_service_name(y, i));
		assert_string_equal(mapisvc_service_display_name(x, name),
				    mapisvc_service_display_name(y, name));
		assert_int_equal(mapisvc_service_is_default(x, name),
				 mapisvc_service_is_default(y, name));
	}
	for (i = 0; i < n; i++) {
		LPSPropValue pa, pb;
		ULONG na, nb;
		MAPIUID ua, ub;
		int ra, rb;

		assert_int_equal(
		    mapisvc_section_props(x, sections[i], &na, &pa, NULL), 0);
		assert_int_equal(
		    mapisvc_section_props(y, sections[i], &nb, &pb, NULL), 0);
		assert_props_equal(na, pa, nb, pb);
		MAPIFreeBuffer(pa);
		MAPIFreeBuffer(pb);
		ra = mapisvc_section_uid(x, sections[i], &ua);
		rb = mapisvc_section_uid(y, sections[i], &ub);
		assert_int_equal(ra, rb);
		if (ra == 0)
			assert_memory_equal(ua.ab, ub.ab, 16);
	}
}

static LPSPropValue prop_of(const struct mapisvc *svc, const char *section,
			    ULONG tag)
{
	LPSPropValue pv = NULL;

	assert_int_equal(mapisvc_section_prop(svc, section, tag, &pv), 0);
	assert_int_equal(pv->ulPropTag, tag);
	return pv;
}

static LONG long_of(const struct mapisvc *svc, const char *section, ULONG tag)
{
	LPSPropValue pv = prop_of(svc, section, tag);
	LONG v = pv->Value.l;

	MAPIFreeBuffer(pv);
	return v;
}

static void path_in_tmp(char *buf, size_t size, const char *name)
{
	snprintf(buf, size, "%s/%s", tmp_dir, name);
}

static char *read_all(const char *path)
{
	FILE *f = fopen(path, "rb");
	char *buf = calloc(1, 1 << 20);
	size_t n;

	assert_non_null(f);
	assert_non_null(buf);
	n = fread(buf, 1, (1 << 20) - 1, f);
	buf[n] = '\0';
	fclose(f);
	return buf;
}

/* ------------------------------------------------------------------------
 * The MSEMS sample
 */

static void test_msems_parses(void **state)
{
	struct mapisvc *svc = parse_ok(msems);
	const char *const *names;
	LPSPropValue props, pv;
	size_t count;
	ULONG n;
	MAPIUID uid;

	(void)state;
	assert_int_equal(mapisvc_service_count(svc), 1);
	assert_string_equal(mapisvc_service_name(svc, 0), "MSEMS");
	assert_null(mapisvc_service_name(svc, 1));
	assert_string_equal(mapisvc_service_display_name(svc, "msems"),
			    "Microsoft Exchange Server");
	assert_true(mapisvc_service_is_default(svc, "MSEMS"));
	assert_null(mapisvc_help_file(svc, "MSEMS"));

	assert_int_equal(
	    mapisvc_service_providers(svc, "MSEMS", &names, &count), 0);
	assert_int_equal(count, 6);
	assert_string_equal(names[0], "EMS_DSA");
	assert_string_equal(names[2], "EMS_MDB_private");
	assert_string_equal(names[5], "EMS_Hook");
	assert_int_equal(mapisvc_service_sections(svc, "MSEMS", &names, &count),
			 0);
	assert_int_equal(count, 1);
	assert_string_equal(names[0], "MSEMS_MSMail_Section");
	assert_int_equal(
	    mapisvc_service_providers(svc, "EMS_DSA", &names, &count), -ENOENT);

	/* The service section: WIZARD_ENTRY_NAME is kept but no property. */
	assert_int_equal(mapisvc_section_props(svc, "MSEMS", &n, &props, NULL),
			 0);
	assert_int_equal(n, 5);
	assert_int_equal(props[0].ulPropTag, PR_DISPLAY_NAME_A);
	assert_string_equal(props[0].Value.lpszA, "Microsoft Exchange Server");
	assert_int_equal(props[1].ulPropTag, PR_SERVICE_DLL_NAME_A);
	assert_int_equal(props[2].ulPropTag, PR_SERVICE_ENTRY_NAME);
	assert_int_equal(props[3].ulPropTag, PR_RESOURCE_FLAGS);
	assert_int_equal(props[3].Value.l, SERVICE_SINGLE_COPY);
	assert_int_equal(props[4].ulPropTag, PR_SERVICE_SUPPORT_FILES_A);
	assert_int_equal(props[4].Value.MVszA.cValues, 3);
	assert_string_equal(props[4].Value.MVszA.lppszA[0], "emsui.dll");
	assert_string_equal(props[4].Value.MVszA.lppszA[2], "emsmdb.dll");
	MAPIFreeBuffer(props);

	/* The private store, decoded as mapi-facts.md says. */
	assert_int_equal(long_of(svc, "EMS_MDB_private", PR_RESOURCE_TYPE),
			 MAPI_STORE_PROVIDER);
	assert_int_equal(long_of(svc, "EMS_MDB_private", PR_RESOURCE_FLAGS),
			 STATUS_PRIMARY_IDENTITY | STATUS_DEFAULT_STORE |
			     STATUS_PRIMARY_STORE);
	assert_int_equal(long_of(svc, "EMS_MDB_private", PR_PROFILE_OPEN_FLAGS),
			 OPENSTORE_HOME_LOGON | OPENSTORE_TAKE_OWNERSHIP);
	assert_int_equal(long_of(svc, "EMS_MDB_private", PR_PROFILE_TYPE),
			 PROFILE_PRIMARY_USER);
	assert_int_equal(long_of(svc, "EMS_MDB_public", PR_PROFILE_OPEN_FLAGS),
			 OPENSTORE_PUBLIC | OPENSTORE_HOME_LOGON);
	pv = prop_of(svc, "EMS_MDB_private", PR_MDB_PROVIDER);
	assert_int_equal(pv->Value.bin.cb, 16);
	assert_memory_equal(pv->Value.bin.lpb,
			    pbExchangeProviderPrimaryUserGuid, 16);
	MAPIFreeBuffer(pv);
	pv = prop_of(svc, "EMS_MDB_public", PR_MDB_PROVIDER);
	assert_memory_equal(pv->Value.bin.lpb, pbExchangeProviderPublicGuid,
			    16);
	MAPIFreeBuffer(pv);
	pv = prop_of(svc, "EMS_MDB_public", PR_PROVIDER_DISPLAY_A);
	assert_string_equal(pv->Value.lpszA,
			    "Microsoft Exchange Message Store");
	MAPIFreeBuffer(pv);
	assert_int_equal(long_of(svc, "EMS_Hook", PR_RESOURCE_FLAGS), 0x200);
	assert_int_equal(long_of(svc, "EMS_Hook", PR_RESOURCE_TYPE),
			 MAPI_HOOK_PROVIDER);
	assert_int_equal(long_of(svc, "EMS_DSA", PR_RESOURCE_TYPE),
			 MAPI_AB_PROVIDER);
	assert_int_equal(long_of(svc, "EMS_RXP", PR_RESOURCE_TYPE),
			 MAPI_TRANSPORT_PROVIDER);
	assert_int_equal(long_of(svc, "EMS_RXP", PR_PROFILE_OPEN_FLAGS), 0x40);
	assert_int_equal(
	    long_of(svc, "MSEMS_MSMail_Section", PR_PROFILE_VERSION), 0x501);
	assert_int_equal(
	    long_of(svc, "MSEMS_MSMail_Section", PR_PROFILE_CONNECT_FLAGS), 2);
	/* A property by ID whatever type the caller names. */
	assert_int_equal(long_of(svc, "EMS_DSA", PR_RESOURCE_TYPE), 35);
	assert_int_equal(
	    mapisvc_section_prop(svc, "EMS_DSA", PR_RESOURCE_FLAGS, &pv),
	    -ENOENT);
	assert_null(pv);
	assert_int_equal(mapisvc_section_uid(svc, "MSEMS_MSMail_Section", &uid),
			 0);
	assert_memory_equal(uid.ab, pbGlobalProfileSectionGuid, 16);
	assert_int_equal(mapisvc_section_uid(svc, "MSEMS", &uid), -ENOENT);
	assert_int_equal(
	    mapisvc_section_props(svc, "Services", &n, &props, NULL), -ENOENT);
	assert_int_equal(mapisvc_section_props(svc, "nope", &n, &props, NULL),
			 -ENOENT);
	assert_true(mapisvc_has_section(svc, "ems_hook"));
	assert_false(mapisvc_has_section(svc, "EMS_Hook2"));
	mapisvc_free(&svc);
	assert_null(svc);
	mapisvc_free(&svc);
}

static void test_msems_rewrite(void **state)
{
	struct mapisvc *svc = parse_ok(msems), *back = NULL;
	SPropValue pv;
	const char *error = NULL;
	char path[512], *data, *text;

	(void)state;
	/* Untouched, the writer gives back the very bytes. */
	data = format(svc);
	assert_string_equal(data, msems);
	alloc_free(data);

	/* Written to a file and read again: the same content. */
	path_in_tmp(path, sizeof(path), "msems.inf");
	assert_int_equal(mapisvc_save(svc, path, &error), 0);
	assert_int_equal(mapisvc_load(path, &back, &error), 0);
	assert_same_content(svc, back, msems_sections, 8);
	mapisvc_free(&back);

	/* After an edit, the file still parses to the model's content. */
	pv.ulPropTag = PR_PROFILE_OPEN_FLAGS;
	pv.Value.l = 0x0D;
	assert_int_equal(
	    mapisvc_set_props(svc, "EMS_MDB_private", 1, &pv, &error), 0);
	assert_int_equal(mapisvc_save(svc, path, &error), 0);
	assert_int_equal(mapisvc_load(path, &back, &error), 0);
	assert_same_content(svc, back, msems_sections, 8);
	assert_int_equal(
	    long_of(back, "EMS_MDB_private", PR_PROFILE_OPEN_FLAGS), 0x0D);
	mapisvc_free(&back);
	/* Only that line changed, spelled as before. */
	text = read_all(path);
	assert_non_null(strstr(text, "[EMS_MDB_private]\n"
				     "PR_PROVIDER_DLL_NAME=EMSMDB.DLL\n"
				     "PR_RESOURCE_TYPE=MAPI_STORE_PROVIDER\n"
				     "PR_RESOURCE_FLAGS=STATUS_PRIMARY_"
				     "IDENTITY|STATUS_DEFAULT_STORE|STATUS_"
				     "PRIMARY_STORE\n"
				     "66090003=0D000000\n"
				     "660A0003=01000000\n"));
	assert_int_equal(strlen(text), strlen(msems));
	free(text);
	mapisvc_free(&svc);
}

static void test_shipped_catalog(void **state)
{
	struct mapisvc *svc = NULL;
	const char *const *names;
	const char *error = NULL;
	LPSPropValue pv;
	size_t count;
	MAPIUID uid;
	int ret;

	(void)state;
	ret = mapisvc_load(MAPISVC_SOURCE_PATH, &svc, &error);
	if (ret != 0)
		fail_msg("%s", error);
	assert_int_equal(mapisvc_service_count(svc), 2);
	assert_string_equal(mapisvc_service_name(svc, 0), "MAPIX");
	assert_string_equal(mapisvc_service_name(svc, 1), "MAPIX_LOCAL");
	assert_true(mapisvc_service_is_default(svc, "MAPIX"));
	assert_false(mapisvc_service_is_default(svc, "MAPIX_LOCAL"));

	assert_int_equal(
	    mapisvc_service_providers(svc, "MAPIX", &names, &count), 0);
	assert_int_equal(count, 2);
	assert_string_equal(names[0], "MAPIX_MDB_private");
	assert_string_equal(names[1], "MAPIX_MDB_public");
	assert_int_equal(
	    long_of(svc, "MAPIX_MDB_private", PR_PROFILE_OPEN_FLAGS),
	    OPENSTORE_HOME_LOGON | OPENSTORE_TAKE_OWNERSHIP);
	assert_int_equal(
	    long_of(svc, "MAPIX_MDB_public", PR_PROFILE_OPEN_FLAGS),
	    OPENSTORE_PUBLIC | OPENSTORE_HOME_LOGON);
	assert_int_equal(long_of(svc, "MAPIX_MDB_private", PR_PROFILE_TYPE),
			 PROFILE_PRIMARY_USER);
	assert_int_equal(long_of(svc, "MAPIX_MDB_private", PR_RESOURCE_FLAGS),
			 STATUS_PRIMARY_IDENTITY | STATUS_DEFAULT_STORE |
			     STATUS_PRIMARY_STORE);
	pv = prop_of(svc, "MAPIX_MDB_private", PR_MDB_PROVIDER);
	assert_int_equal(pv->Value.bin.cb, 16);
	assert_memory_equal(pv->Value.bin.lpb,
			    "\x53\xAE\xF0\x7E\x79\x71\x96\xBF\x39\x53\x2B\x71"
			    "\xB0\x73\xC8\xE7",
			    16);
	MAPIFreeBuffer(pv);
	pv = prop_of(svc, "MAPIX_MDB_public", PR_MDB_PROVIDER);
	assert_memory_equal(pv->Value.bin.lpb,
			    "\xC5\xF5\xE7\x20\xFA\x13\x1D\x8D\x83\x25\x7F\x15"
			    "\x2E\xB3\xEE\xE6",
			    16);
	MAPIFreeBuffer(pv);
	assert_int_equal(mapisvc_service_sections(svc, "MAPIX", &names, &count),
			 0);
	assert_int_equal(count, 1);
	assert_int_equal(mapisvc_section_uid(svc, names[0], &uid), 0);
	assert_memory_equal(uid.ab, pbGlobalProfileSectionGuid, 16);

	assert_int_equal(
	    mapisvc_service_providers(svc, "MAPIX_LOCAL", &names, &count), 0);
	assert_int_equal(count, 1);
	assert_int_equal(long_of(svc, names[0], PR_RESOURCE_TYPE),
			 MAPI_STORE_PROVIDER);
	pv = prop_of(svc, names[0], PR_MDB_PROVIDER);
	assert_memory_equal(pv->Value.bin.lpb,
			    "\x3C\x7A\xCC\x59\x3E\x96\xEA\x1A\x7E\x3B\xBB\x42"
			    "\xAC\x05\x37\xF6",
			    16);
	MAPIFreeBuffer(pv);
	mapisvc_free(&svc);
}

/* ------------------------------------------------------------------------
 * Values
 */

static void test_values(void **state)
{
	static const char text[] =
	    "[Services]\n"
	    "S=Service\n"
	    "[S]\n"
	    "Providers=P\n"
	    "[P]\n"
	    "PR_RESOURCE_FLAGS = 0x10 | 4|status_default_store\n"
	    "PR_RESOURCE_TYPE=33\n"
	    "66010003=01000000\n"
	    "66020002=0C00\n"
	    "66030002=STATUS_OWN_STORE|1\n"
	    "6604000B=TRUE\n"
	    "6605000B=0\n"
	    "6606000B=01000000\n"
	    "66070014=0100000000000080\n"
	    "66080014=18446744073709551615\n"
	    "66090102=\n"
	    "660A0048=000102030405060708090A0B0C0D0E0F\n"
	    "PR_PST_PATH_W=/home/j\xC3\xBCrgen/Mail \xE2\x82\xAC.pst\n"
	    "660B101F=a, \xC3\xA4 b ,c\n"
	    "660C1003=1,MAPI_AB, 0x20\n"
	    "660D1102=00FF,,\n";
	static const char text2[] =
	    "[P]\n"
	    "660D1102=00FF, 01\n"
	    "660E101E=\n"
	    "PR_SERVICE_INSTALL_ID={6485D26A-C2AC-11D1-AD3E-10A0C911C9C0}\n";
	struct mapisvc *svc;
	const char *error = NULL;
	LPSPropValue props;
	ULONG n;
	int ret;

	(void)state;
	/* An empty item in a list is an error... */
	ret = mapisvc_parse("v.inf", text, strlen(text), &svc, &error);
	assert_int_equal(ret, -EBADMSG);
	if (strstr(error, "v.inf:21:") == NULL)
		fail_msg("%s", error);
	assert_non_null(strstr(error, "empty list item"));

	/* ...so take that line out and check every value. */
	{
		char fixed[sizeof(text)];

		memcpy(fixed, text, sizeof(text));
		*strstr(fixed, "660D1102") = '\0';
		svc = parse_ok(fixed);
	}
	assert_int_equal(mapisvc_section_props(svc, "P", &n, &props, NULL), 0);
	assert_int_equal(n, 15);
	assert_int_equal(props[0].Value.l, 0x16);
	assert_int_equal(props[1].Value.l, 33);
	assert_int_equal(props[2].Value.l, 1);
	assert_int_equal(props[3].ulPropTag, PROP_TAG(PT_I2, 0x6602));
	assert_int_equal(props[3].Value.i, 12);
	assert_int_equal(props[4].Value.i, 0x101);
	assert_int_equal(props[5].Value.b, 1);
	assert_int_equal(props[6].Value.b, 0);
	assert_int_equal(props[7].Value.b, 1);
	assert_true(props[8].Value.li.QuadPart ==
		    (LONGLONG)0x8000000000000001ULL);
	assert_true(props[9].Value.li.QuadPart == -1);
	assert_int_equal(props[10].Value.bin.cb, 0);
	assert_memory_equal(props[11].Value.lpguid,
			    "\x00\x01\x02\x03\x04\x05\x06\x07\x08\x09\x0A\x0B"
			    "\x0C\x0D\x0E\x0F",
			    16);
	assert_int_equal(props[12].ulPropTag, PR_PST_PATH_W);
	{
		static const WCHAR want[] = {'/',    'h',  'o', 'm', 'e', '/',
					     'j',    0xFC, 'r', 'g', 'e', 'n',
					     '/',    'M',  'a', 'i', 'l', ' ',
					     0x20AC, '.',  'p', 's', 't', 0};

		assert_memory_equal(props[12].Value.lpszW, want, sizeof(want));
	}
	assert_int_equal(props[13].Value.MVszW.cValues, 3);
	assert_int_equal(props[13].Value.MVszW.lppszW[1][0], 0xE4);
	assert_int_equal(props[13].Value.MVszW.lppszW[1][1], ' ');
	assert_int_equal(props[13].Value.MVszW.lppszW[1][2], 'b');
	assert_int_equal(props[13].Value.MVszW.lppszW[1][3], 0);
	assert_int_equal(props[14].Value.MVl.cValues, 3);
	assert_int_equal(props[14].Value.MVl.lpl[1], MAPI_AB);
	assert_int_equal(props[14].Value.MVl.lpl[2], 0x20);
	MAPIFreeBuffer(props);

	/* Values written by the writer read back the same. */
	{
		char *data = NULL;
		struct mapisvc *copy;
		LPSPropValue a, b;
		ULONG na, nb;

		assert_int_equal(mapisvc_section_props(svc, "P", &na, &a, NULL),
				 0);
		assert_int_equal(mapisvc_new("new.inf", &copy), 0);
		assert_int_equal(
		    mapisvc_add_section(copy, NULL, "Q", NULL, na, a, &error),
		    0);
		assert_int_equal(
		    mapisvc_section_props(copy, "Q", &nb, &b, NULL), 0);
		assert_props_equal(na, a, nb, b);
		data = format(copy);
		assert_non_null(strstr(data, "[Q]\nPR_RESOURCE_FLAGS=16000000\n"
					     "PR_RESOURCE_TYPE=21000000\n"));
		assert_non_null(strstr(data, "\n66020002=0C00\n"));
		assert_non_null(strstr(data, "\n6604000B=1\n"));
		assert_non_null(strstr(data, "\n66080014=FFFFFFFFFFFFFFFF\n"));
		assert_non_null(strstr(data, "\n66090102=\n"));
		assert_non_null(
		    strstr(data, "\nPR_PST_PATH_W=/home/j\xC3\xBC"));
		assert_non_null(strstr(data, "\n660B101F=a,\xC3\xA4 b,c\n"));
		assert_non_null(strstr(data, "\n660C1003=01000000,22000000,"
					     "20000000\n"));
		alloc_free(data);
		MAPIFreeBuffer(a);
		MAPIFreeBuffer(b);
		mapisvc_free(&copy);
	}
	mapisvc_free(&svc);

	svc = parse_ok(text2);
	assert_int_equal(mapisvc_section_props(svc, "P", &n, &props, NULL), 0);
	assert_int_equal(n, 3);
	assert_int_equal(props[0].Value.MVbin.cValues, 2);
	assert_int_equal(props[0].Value.MVbin.lpbin[0].cb, 2);
	assert_int_equal(props[0].Value.MVbin.lpbin[0].lpb[1], 0xFF);
	assert_int_equal(props[1].Value.MVszA.cValues, 0);
	assert_string_equal(props[2].Value.lpszA,
			    "{6485D26A-C2AC-11D1-AD3E-10A0C911C9C0}");
	MAPIFreeBuffer(props);
	mapisvc_free(&svc);
}

/* ------------------------------------------------------------------------
 * Comments, unknown lines, line ends
 */

static void test_comments_preserved(void **state)
{
	static const char text[] =
	    "\xEF\xBB\xBF; mapisvc.inf of a test\r\n"
	    "\r\n"
	    "[Services]\r\n"
	    "; the one service\r\n"
	    "S=Service S\r\n"
	    "\r\n"
	    "[S]\r\n"
	    "  PR_DISPLAY_NAME = Service S   \r\n"
	    "WIZARD_ENTRY_NAME=Wizard ; not a comment\r\n"
	    "# hash comment\r\n"
	    "Providers=P1\r\n"
	    "\r\n"
	    "; P1 comes next\r\n"
	    "[P1]\r\n"
	    "PR_RESOURCE_TYPE=MAPI_STORE_PROVIDER\r\n"
	    "PR_DISPLAY_NAME=P one";
	static const char want[] =
	    "\xEF\xBB\xBF; mapisvc.inf of a test\r\n"
	    "\r\n"
	    "[Services]\r\n"
	    "; the one service\r\n"
	    "S=Service S\r\n"
	    "\r\n"
	    "[S]\r\n"
	    "  PR_DISPLAY_NAME=Renamed\r\n"
	    "WIZARD_ENTRY_NAME=Wizard ; not a comment\r\n"
	    "# hash comment\r\n"
	    "Providers=P1\r\n"
	    "PR_RESOURCE_FLAGS=02000000\r\n"
	    "\r\n"
	    "; P1 comes next\r\n"
	    "[P1]\r\n"
	    "PR_RESOURCE_TYPE=MAPI_STORE_PROVIDER\r\n"
	    "PR_DISPLAY_NAME=P one\r\n"
	    "PR_PROVIDER_DLL_NAME=p1\r\n";
	struct mapisvc *svc = parse_ok(text);
	SPropValue pv[2];
	const char *error = NULL;
	char *data;

	(void)state;
	data = format(svc);
	assert_string_equal(data, text);
	alloc_free(data);

	pv[0].ulPropTag = PR_DISPLAY_NAME_A;
	pv[0].Value.lpszA = "Renamed";
	pv[1].ulPropTag = PR_RESOURCE_FLAGS;
	pv[1].Value.l = SERVICE_SINGLE_COPY;
	assert_int_equal(mapisvc_set_props(svc, "s", 2, pv, &error), 0);
	pv[0].ulPropTag = PR_PROVIDER_DLL_NAME_A;
	pv[0].Value.lpszA = "p1";
	assert_int_equal(mapisvc_set_props(svc, "P1", 1, pv, &error), 0);
	data = format(svc);
	assert_string_equal(data, want);
	alloc_free(data);
	mapisvc_free(&svc);
}

/* ------------------------------------------------------------------------
 * Parse errors: each names the file, the line and the reason
 */

static const struct {
	const char *text;
	size_t len; /* 0: strlen */
	unsigned int line;
	const char *reason;
} bad_inputs[] = {
    {"[S]\nPR_DISPLAY_NAME=a\0b\n", 24, 2, "NUL byte"},
    {"[S]\nPR_DISPLAY_NAME=a\x01"
     "b\n",
     0, 2, "control character 0x01"},
    {"; x\n[S]\nPR_DISPLAY_NAME=a\rb\n", 0, 3, "control character 0x0D"},
    {"[S]\n\nPR_DISPLAY_NAME=\xC3\x28\n", 0, 3, "not valid UTF-8"},
    {"[S]\nPR_DISPLAY_NAME=\xED\xA0\x80\n", 0, 2, "not valid UTF-8"},
    {"[S\n", 0, 1, "malformed section header"},
    {"[]\n", 0, 1, "section name is empty"},
    {"[a/b]\n", 0, 1, "invalid section name"},
    {"[a\\b]\n", 0, 1, "invalid section name"},
    {"[x..y]\n", 0, 1, "'..'"},
    {"[..]\n", 0, 1, "'..'"},
    {"[ .x]\n", 0, 1, "'..'"},
    {"[a,b]\n", 0, 1, "invalid section name"},
    {"[AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA]\n", 0,
     1, "longer than 64 bytes"},
    {"[S]\n[T]\n[s]\n", 0, 3, "appears twice (first on line 1)"},
    {"; c\nPR_DISPLAY_NAME=x\n[S]\n", 0, 2, "before the first [section]"},
    {"[S]\njust text\n", 0, 2, "expected name=value"},
    {"[S]\n =x\n", 0, 2, "no name before '='"},
    {"[S]\nPR_NO_SUCH_THING=1\n", 0, 2, "unknown property name"},
    {"[S]\n3001000D=1\n", 0, 2, "PT_OBJECT is not supported"},
    {"[S]\n30010005=1\n", 0, 2, "PT_DOUBLE is not supported"},
    {"[S]\nPR_RESOURCE_FLAGS=0C00000\n", 0, 2, "is no number"},
    {"[S]\nPR_RESOURCE_FLAGS=STATUS_BOGUS\n", 0, 2,
     "unknown flag name \"STATUS_BOGUS\""},
    {"[S]\nPR_RESOURCE_FLAGS=1||2\n", 0, 2, "empty number"},
    {"[S]\nPR_RESOURCE_FLAGS=4294967296\n", 0, 2, "too large"},
    {"[S]\n66020002=70000\n", 0, 2, "too large"},
    {"[S]\n6604000B=yes\n", 0, 2, "not a boolean"},
    {"[S]\n66090102=ABC\n", 0, 2, "even number of hex digits"},
    {"[S]\n660A0048=0011\n", 0, 2, "not 32 hex digits"},
    {"[S]\nPR_RESOURCE_TYPE=1\n\n3E030003=2\n", 0, 4,
     "given twice in [S] (first on line 2)"},
    {"[S]\nProviders=A\nproviders=B\n", 0, 3,
     "a second providers= line in [S] (first on line 2)"},
    {"[S]\nProviders=\n", 0, 2, "lists nothing"},
    {"[S]\nProviders=A,,B\n", 0, 2, "item 2: the section name is empty"},
    {"[S]\nProviders=A, a/b\n", 0, 2, "item 2: invalid section name"},
    {"[S]\nSections=A, B, a\n", 0, 2, "lists [a] twice"},
    {"[S]\nUID=1234\n", 0, 2, "32 hex digits"},
    {"[S]\nUID=13DBB0C8AA05101A9BB000AA002FC45A\nUID="
     "13DBB0C8AA05101A9BB000AA002FC45A\n",
     0, 3, "a second UID= line"},
    {"[Services]\nS=Service\n", 0, 2, "service S has no section [S]"},
    {"[Services]\nS=Service\n[S]\nPR_DISPLAY_NAME=S\n", 0, 3,
     "has no Providers= line"},
    {"[Services]\nS=Service\n[S]\nProviders=P\n", 0, 4,
     "names [P], which is missing"},
    {"[Services]\nS=Service\n[S]\nProviders=S\n", 0, 4, "may not name [S]"},
    {"[Services]\nS=Service\n[S]\nProviders=P\nSections=X\n[P]\n", 0, 5,
     "names [X], which is missing"},
    {"[Services]\nS=x\n[S]\nProviders=P\n[P]\n[Default Services]\nT=t\n", 0, 7,
     "default service T is not in [Services]"},
    {"[Services]\nS=x\nS=y\n", 0, 3, "listed twice in [Services]"},
    {"[Services]\na/b=x\n", 0, 2, "invalid service name"},
    {"[Services]\nS=\n", 0, 2, "no value for S"},
    {"[Services]\nServices=x\n", 0, 2, "may not be named"},
};

static void test_parse_errors(void **state)
{
	size_t i;

	(void)state;
	for (i = 0; i < sizeof(bad_inputs) / sizeof(bad_inputs[0]); i++) {
		const char *text = bad_inputs[i].text;
		size_t len =
		    bad_inputs[i].len != 0 ? bad_inputs[i].len : strlen(text);
		struct mapisvc *svc = (struct mapisvc *)&svc;
		const char *error = NULL;
		char where[32];
		int ret;

		ret = mapisvc_parse("bad.inf", text, len, &svc, &error);
		if (ret != -EBADMSG || svc != NULL || error == NULL)
			fail_msg("input %zu: ret %d", i, ret);
		snprintf(where, sizeof(where),
			 "bad.inf:%u: ", bad_inputs[i].line);
		if (strncmp(error, where, strlen(where)) != 0 ||
		    strstr(error, bad_inputs[i].reason) == NULL)
			fail_msg("input %zu: message \"%s\", want \"%s%s\"", i,
				 error, where, bad_inputs[i].reason);
	}
}

static void test_long_line_and_size(void **state)
{
	size_t len = MAPISVC_LINE_MAX + 64;
	char *text = malloc(len + 1);
	struct mapisvc *svc;
	const char *error = NULL;

	(void)state;
	assert_non_null(text);
	memset(text, 'x', len);
	memcpy(text, "[S]\nPR_DISPLAY_NAME=", 20);
	text[len] = '\0';
	assert_int_equal(mapisvc_parse("long.inf", text, len, &svc, &error),
			 -EBADMSG);
	assert_non_null(strstr(error, "long.inf:2: line longer than 4096"));
	free(text);
	assert_int_equal(
	    mapisvc_parse("huge.inf", "", MAPISVC_MAX_SIZE + 1, &svc, &error),
	    -EFBIG);
	assert_null(svc);
	/* Empty input is an empty catalog. */
	svc = parse_ok("");
	assert_int_equal(mapisvc_service_count(svc), 0);
	mapisvc_free(&svc);
}

static void test_missing_and_unreadable(void **state)
{
	struct mapisvc *svc = (struct mapisvc *)&svc;
	const char *error = NULL;
	char path[512];

	(void)state;
	path_in_tmp(path, sizeof(path), "missing.inf");
	assert_int_equal(mapisvc_load(path, &svc, &error), -ENOENT);
	assert_null(svc);
	assert_non_null(strstr(error, path));
	assert_non_null(strstr(error, "No such file"));
	assert_int_equal(mapisvc_load(tmp_dir, &svc, &error), -EINVAL);
	assert_non_null(strstr(error, tmp_dir));
	assert_non_null(strstr(error, "not a regular file"));
	if (geteuid() != 0) {
		FILE *f;

		path_in_tmp(path, sizeof(path), "noread.inf");
		f = fopen(path, "w");
		assert_non_null(f);
		fclose(f);
		assert_int_equal(chmod(path, 0), 0);
		assert_int_equal(mapisvc_load(path, &svc, &error), -EACCES);
		assert_non_null(strstr(error, path));
	}
}

/* ------------------------------------------------------------------------
 * Names given to the writer
 */

static void test_bad_names(void **state)
{
	static const char *const names[] = {
	    "",
	    "a/b",
	    "..",
	    "x..y",
	    ".hidden",
	    "ctl\x01x",
	    "tab\tx",
	    " lead",
	    "trail ",
	    "a,b",
	    "a=b",
	    "[x]",
	    "a;b",
	    "#x",
	    "\xC3\xA4",
	    "AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA",
	};
	struct mapisvc *svc = parse_ok(msems);
	struct mapisvc_provider good = {"GOOD_P", 0, NULL}, bad;
	char *before = format(svc), *after;
	const char *error;
	size_t i;

	(void)state;
	for (i = 0; i < sizeof(names) / sizeof(names[0]); i++) {
		error = NULL;
		assert_int_equal(mapisvc_add_service(svc, names[i], "x", 0, 0,
						     NULL, &good, 1, &error),
				 -EINVAL);
		assert_non_null(error);
		bad.name = names[i];
		bad.cValues = 0;
		bad.props = NULL;
		assert_int_equal(mapisvc_add_service(svc, "GOOD", "x", 0, 0,
						     NULL, &bad, 1, &error),
				 -EINVAL);
		assert_int_equal(
		    mapisvc_add_provider(svc, "MSEMS", &bad, &error), -EINVAL);
		assert_int_equal(mapisvc_add_section(svc, NULL, names[i], NULL,
						     0, NULL, &error),
				 -EINVAL);
	}
	/* A name of 64 bytes is fine; NULL names are refused. */
	assert_int_equal(
	    mapisvc_add_service(svc, NULL, "x", 0, 0, NULL, &good, 1, &error),
	    -EINVAL);
	assert_int_equal(mapisvc_add_service(svc, "GOOD", NULL, 0, 0, NULL,
					     &good, 1, &error),
			 -EINVAL);
	assert_int_equal(mapisvc_add_service(svc, "GOOD", "bad\ndisplay", 0, 0,
					     NULL, &good, 1, &error),
			 -EINVAL);
	assert_int_equal(
	    mapisvc_add_service(svc, "GOOD", "x", 0, 0, NULL, NULL, 0, &error),
	    -EINVAL);
	after = format(svc);
	assert_string_equal(before, after);
	alloc_free(after);
	assert_int_equal(
	    mapisvc_add_section(
		svc, NULL,
		"AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA"
		"AAAAAAAAAA",
		NULL, 0, NULL, &error),
	    0);
	alloc_free(before);
	mapisvc_free(&svc);
}

/* ------------------------------------------------------------------------
 * Edits
 */

static void test_add_remove_service(void **state)
{
	struct mapisvc *svc = NULL, *back = NULL;
	const char *error = NULL;
	const char *const *names;
	SPropValue sprops[2], p1[3], p2[1];
	struct mapisvc_provider provs[2] = {{"TEST_P1", 3, p1},
					    {"TEST_P2", 1, p2}};
	LPSPropValue props;
	char *orig, *data;
	size_t count;
	ULONG n;

	(void)state;
	assert_int_equal(mapisvc_load(MAPISVC_SOURCE_PATH, &svc, &error), 0);
	orig = format(svc);
	sprops[0].ulPropTag = PR_SERVICE_DLL_NAME_A;
	sprops[0].Value.lpszA = "test";
	sprops[1].ulPropTag = PR_RESOURCE_FLAGS;
	sprops[1].Value.l = SERVICE_SINGLE_COPY;
	p1[0].ulPropTag = PR_RESOURCE_TYPE;
	p1[0].Value.l = MAPI_STORE_PROVIDER;
	p1[1].ulPropTag = PR_DISPLAY_NAME_A;
	p1[1].Value.lpszA = "Store one";
	p1[2].ulPropTag = PR_MDB_PROVIDER;
	p1[2].Value.bin.cb = 4;
	p1[2].Value.bin.lpb = (BYTE *)"\x01\x02\x03\x04";
	p2[0].ulPropTag = PR_RESOURCE_TYPE;
	p2[0].Value.l = MAPI_AB_PROVIDER;

	assert_int_equal(mapisvc_add_service(svc, "TEST", "Test Service",
					     MAPISVC_DEFAULT, 2, sprops, provs,
					     2, &error),
			 0);
	assert_int_equal(mapisvc_service_count(svc), 3);
	assert_string_equal(mapisvc_service_name(svc, 2), "TEST");
	assert_true(mapisvc_service_is_default(svc, "TEST"));
	assert_int_equal(mapisvc_service_providers(svc, "TEST", &names, &count),
			 0);
	assert_int_equal(count, 2);
	assert_string_equal(names[1], "TEST_P2");
	assert_int_equal(mapisvc_section_props(svc, "TEST", &n, &props, NULL),
			 0);
	assert_int_equal(n, 3);
	assert_int_equal(props[0].ulPropTag, PR_DISPLAY_NAME_A);
	assert_string_equal(props[0].Value.lpszA, "Test Service");
	MAPIFreeBuffer(props);
	assert_int_equal(
	    mapisvc_section_props(svc, "TEST_P1", &n, &props, NULL), 0);
	assert_props_equal(n, props, 3, p1);
	MAPIFreeBuffer(props);

	/* Refusals leave the catalog alone. */
	data = format(svc);
	assert_int_equal(mapisvc_add_service(svc, "test", "again", 0, 0, NULL,
					     provs, 1, &error),
			 -EEXIST);
	assert_int_equal(mapisvc_add_service(svc, "OTHER", "other", 0, 0, NULL,
					     provs, 1, &error),
			 -EEXIST);
	provs[0].name = "OTHER";
	assert_int_equal(mapisvc_add_service(svc, "OTHER", "other", 0, 0, NULL,
					     provs, 1, &error),
			 -EINVAL);
	provs[0].name = "NEW_P";
	provs[1].name = "new_p";
	assert_int_equal(mapisvc_add_service(svc, "OTHER", "other", 0, 0, NULL,
					     provs, 2, &error),
			 -EINVAL);
	sprops[1].ulPropTag = PROP_TAG(PT_UNICODE, 0x3D0A); /* ID twice */
	sprops[1].Value.lpszW = (WCHAR *)u"x";
	assert_int_equal(mapisvc_add_service(svc, "OTHER", "other", 0, 2,
					     sprops, provs, 1, &error),
			 -EINVAL);
	assert_non_null(strstr(error, "given twice"));
	{
		char *now = format(svc);

		assert_string_equal(now, data);
		alloc_free(now);
	}
	alloc_free(data);

	/* The edited catalog reads back from a file the same. */
	{
		char path[512];
		static const char *secs[] = {"TEST", "TEST_P1", "TEST_P2",
					     "MAPIX", "MAPIX_MDB_private"};

		path_in_tmp(path, sizeof(path), "edited.inf");
		assert_int_equal(mapisvc_save(svc, path, &error), 0);
		assert_int_equal(mapisvc_load(path, &back, &error), 0);
		assert_same_content(svc, back, secs, 5);
		mapisvc_free(&back);
	}

	assert_int_equal(mapisvc_remove_service(svc, "TEST", &error), 0);
	assert_int_equal(mapisvc_remove_service(svc, "TEST", &error), -ENOENT);
	assert_int_equal(mapisvc_service_count(svc), 2);
	assert_false(mapisvc_has_section(svc, "TEST"));
	assert_false(mapisvc_has_section(svc, "TEST_P1"));
	assert_false(mapisvc_has_section(svc, "TEST_P2"));
	assert_false(mapisvc_service_is_default(svc, "TEST"));
	assert_int_equal(mapisvc_load(MAPISVC_SOURCE_PATH, &back, &error), 0);
	{
		static const char *secs[] = {
		    "MAPIX",       "MAPIX_MDB_private", "MAPIX_MDB_public",
		    "MAPIX_LOCAL", "MAPIX_LOCAL_MDB",   "MAPIX_Global_Section"};

		assert_same_content(svc, back, secs, 6);
	}
	mapisvc_free(&back);
	/* Removing MAPIX takes its sections, and nothing else. */
	assert_int_equal(mapisvc_remove_service(svc, "MAPIX", &error), 0);
	assert_false(mapisvc_has_section(svc, "MAPIX_MDB_private"));
	assert_false(mapisvc_has_section(svc, "MAPIX_Global_Section"));
	assert_true(mapisvc_has_section(svc, "MAPIX_LOCAL_MDB"));
	assert_int_equal(mapisvc_service_count(svc), 1);
	data = format(svc);
	assert_non_null(strstr(data, "--- MAPIX_LOCAL\n[MAPIX_LOCAL]\n"));
	alloc_free(data);
	alloc_free(orig);
	mapisvc_free(&svc);
}

static void test_providers_sections_defaults(void **state)
{
	struct mapisvc *svc = parse_ok(msems);
	const char *error = NULL;
	const char *const *names;
	SPropValue pv;
	struct mapisvc_provider p = {"EMS_NEW", 1, &pv};
	MAPIUID uid = {{1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16}},
		got;
	ULONG tags[2] = {PR_RESOURCE_TYPE, PROP_TAG(PT_LONG, 0x6609)};
	LPSPropValue got_pv;
	char *data;
	size_t count;

	(void)state;
	pv.ulPropTag = PR_RESOURCE_TYPE;
	pv.Value.l = MAPI_TRANSPORT_PROVIDER;
	assert_int_equal(mapisvc_add_provider(svc, "MSEMS", &p, &error), 0);
	assert_int_equal(mapisvc_add_provider(svc, "MSEMS", &p, &error),
			 -EEXIST);
	assert_int_equal(mapisvc_add_provider(svc, "NOPE", &p, &error),
			 -ENOENT);
	assert_int_equal(
	    mapisvc_service_providers(svc, "MSEMS", &names, &count), 0);
	assert_int_equal(count, 7);
	assert_string_equal(names[6], "EMS_NEW");
	data = format(svc);
	assert_non_null(strstr(data, "Providers=EMS_DSA, EMS_MDB_public, "
				     "EMS_MDB_private, EMS_RXP, EMS_MSX, "
				     "EMS_Hook, EMS_NEW\n"));
	assert_non_null(strstr(data, "[EMS_NEW]\nPR_RESOURCE_TYPE=24000000\n"));
	alloc_free(data);

	assert_int_equal(
	    mapisvc_remove_provider(svc, "MSEMS", "ems_dsa", &error), 0);
	assert_false(mapisvc_has_section(svc, "EMS_DSA"));
	assert_int_equal(
	    mapisvc_remove_provider(svc, "MSEMS", "EMS_DSA", &error), -ENOENT);
	assert_int_equal(
	    mapisvc_service_providers(svc, "MSEMS", &names, &count), 0);
	assert_int_equal(count, 6);
	assert_string_equal(names[0], "EMS_MDB_public");

	/* Extra sections, with a UID; the Sections= line grows. */
	assert_int_equal(
	    mapisvc_add_section(svc, "MSEMS", "EXTRA", &uid, 1, &pv, &error),
	    0);
	assert_int_equal(mapisvc_section_uid(svc, "EXTRA", &got), 0);
	assert_memory_equal(got.ab, uid.ab, 16);
	assert_int_equal(mapisvc_service_sections(svc, "MSEMS", &names, &count),
			 0);
	assert_int_equal(count, 2);
	assert_string_equal(names[1], "EXTRA");
	assert_int_equal(
	    mapisvc_add_section(svc, "MSEMS", "EXTRA", NULL, 0, NULL, &error),
	    -EEXIST);
	assert_int_equal(
	    mapisvc_add_section(svc, "NOPE", "EXTRA2", NULL, 0, NULL, &error),
	    -ENOENT);

	/* Properties: delete by ID, set on missing sections fails. */
	assert_int_equal(
	    mapisvc_delete_props(svc, "EMS_MDB_public", 2, tags, &error), 0);
	assert_int_equal(mapisvc_section_prop(svc, "EMS_MDB_public",
					      PR_RESOURCE_TYPE, &got_pv),
			 -ENOENT);
	assert_int_equal(mapisvc_section_prop(svc, "EMS_MDB_public",
					      PR_PROFILE_OPEN_FLAGS, &got_pv),
			 -ENOENT);
	assert_int_equal(mapisvc_delete_props(svc, "NOPE", 1, tags, &error),
			 -ENOENT);
	assert_int_equal(mapisvc_set_props(svc, "NOPE", 1, &pv, &error),
			 -ENOENT);
	assert_int_equal(mapisvc_set_props(svc, "Services", 1, &pv, &error),
			 -ENOENT);

	/* Defaults. */
	assert_int_equal(mapisvc_set_default(svc, "MSEMS", false, &error), 0);
	assert_false(mapisvc_service_is_default(svc, "MSEMS"));
	assert_int_equal(mapisvc_set_default(svc, "MSEMS", true, &error), 0);
	assert_true(mapisvc_service_is_default(svc, "MSEMS"));
	assert_int_equal(mapisvc_set_default(svc, "NOPE", true, &error),
			 -ENOENT);

	/* The last provider cannot go. */
	while (mapisvc_service_providers(svc, "MSEMS", &names, &count) == 0 &&
	       count > 1) {
		char name[64];

		snprintf(name, sizeof(name), "%s", names[0]);
		assert_int_equal(
		    mapisvc_remove_provider(svc, "MSEMS", name, &error), 0);
	}
	assert_int_equal(
	    mapisvc_remove_provider(svc, "MSEMS", names[0], &error), -EINVAL);
	mapisvc_free(&svc);
}

static void test_bad_values(void **state)
{
	static const WCHAR lone[] = {'a', 0xD800, 'b', 0};
	static char *items[] = {"a", "b,c"};
	struct mapisvc *svc = parse_ok(msems);
	const char *error = NULL;
	char *before = format(svc), *after;
	SPropValue pv;

	(void)state;
	pv.ulPropTag = PR_DISPLAY_NAME_A;
	pv.Value.lpszA = "two\nlines";
	assert_int_equal(mapisvc_set_props(svc, "EMS_DSA", 1, &pv, &error),
			 -EINVAL);
	assert_non_null(strstr(error, "control character"));
	pv.Value.lpszA = " lead";
	assert_int_equal(mapisvc_set_props(svc, "EMS_DSA", 1, &pv, &error),
			 -EINVAL);
	pv.Value.lpszA = "\xFF\xFE";
	assert_int_equal(mapisvc_set_props(svc, "EMS_DSA", 1, &pv, &error),
			 -EINVAL);
	pv.Value.lpszA = NULL;
	assert_int_equal(mapisvc_set_props(svc, "EMS_DSA", 1, &pv, &error),
			 -EINVAL);
	pv.ulPropTag = PR_DISPLAY_NAME_W;
	pv.Value.lpszW = (WCHAR *)lone;
	assert_int_equal(mapisvc_set_props(svc, "EMS_DSA", 1, &pv, &error),
			 -EINVAL);
	assert_non_null(strstr(error, "surrogate"));
	pv.ulPropTag = PR_SERVICE_SUPPORT_FILES_A;
	pv.Value.MVszA.cValues = 2;
	pv.Value.MVszA.lppszA = items;
	assert_int_equal(mapisvc_set_props(svc, "MSEMS", 1, &pv, &error),
			 -EINVAL);
	pv.ulPropTag = PROP_TAG(PT_OBJECT, 0x6700);
	assert_int_equal(mapisvc_set_props(svc, "EMS_DSA", 1, &pv, &error),
			 -EINVAL);
	pv.ulPropTag = PROP_TAG(PT_DOUBLE, 0x6700);
	assert_int_equal(mapisvc_set_props(svc, "EMS_DSA", 1, &pv, &error),
			 -EINVAL);
	after = format(svc);
	assert_string_equal(before, after);
	alloc_free(after);
	/* A value that does fit replaces the line in place. */
	pv.ulPropTag = PR_DISPLAY_NAME_W;
	pv.Value.lpszW = (WCHAR *)u"Verzeichnis \u00e4";
	assert_int_equal(mapisvc_set_props(svc, "EMS_DSA", 1, &pv, &error), 0);
	after = format(svc);
	assert_non_null(strstr(after, "[EMS_DSA]\nPR_DISPLAY_NAME_W="
				      "Verzeichnis \xC3\xA4\n"));
	alloc_free(after);
	alloc_free(before);
	mapisvc_free(&svc);
}

/* ------------------------------------------------------------------------
 * Locked file edits
 */

static int edit_add(struct mapisvc *svc, void *context, const char **error_r)
{
	SPropValue pv = {.ulPropTag = PR_RESOURCE_TYPE,
			 .Value.l = MAPI_STORE_PROVIDER};
	struct mapisvc_provider p = {NULL, 1, &pv};
	char pname[64];

	snprintf(pname, sizeof(pname), "%s_P", (const char *)context);
	p.name = pname;
	return mapisvc_add_service(svc, context, "Added", 0, 0, NULL, &p, 1,
				   error_r);
}

static int edit_noop(struct mapisvc *svc, void *context, const char **error_r)
{
	(void)svc;
	(void)error_r;
	return *(int *)context;
}

static void test_file_edits(void **state)
{
	const char *error = NULL;
	struct mapisvc *svc = NULL;
	char path[512], *before, *after;
	struct stat st1, st2;
	int rc;

	(void)state;
	path_in_tmp(path, sizeof(path), "edit.inf");
	unlink(path);
	assert_int_equal(mapisvc_edit(path, 0, edit_add, "A1", &error),
			 -ENOENT);
	assert_non_null(strstr(error, path));
	assert_int_equal(
	    mapisvc_edit(path, MAPISVC_CREATE, edit_add, "A1", &error), 0);
	assert_int_equal(mapisvc_edit(path, 0, edit_add, "A2", &error), 0);
	assert_int_equal(mapisvc_edit(path, 0, edit_add, "A2", &error),
			 -EEXIST);
	assert_int_equal(mapisvc_load(path, &svc, &error), 0);
	assert_int_equal(mapisvc_service_count(svc), 2);
	mapisvc_free(&svc);
	assert_int_equal(stat(path, &st1), 0);
	assert_int_equal(st1.st_mode & 0777, 0600);

	/* No change: the file is not rewritten. */
	rc = 0;
	assert_int_equal(mapisvc_edit(path, 0, edit_noop, &rc, &error), 0);
	rc = MAPISVC_NO_CHANGE;
	assert_int_equal(mapisvc_edit(path, 0, edit_noop, &rc, &error), 0);
	assert_int_equal(stat(path, &st2), 0);
	assert_int_equal(st1.st_ino, st2.st_ino);
	rc = -EXDEV;
	assert_int_equal(mapisvc_edit(path, 0, edit_noop, &rc, &error), -EXDEV);

	/* A broken catalog is reported and left alone. */
	{
		FILE *f = fopen(path, "a");

		assert_non_null(f);
		fputs("[Broken\n", f);
		fclose(f);
	}
	before = read_all(path);
	rc = 0;
	assert_int_equal(mapisvc_edit(path, 0, edit_noop, &rc, &error),
			 -EBADMSG);
	assert_non_null(strstr(error, path));
	assert_non_null(strstr(error, "malformed section header"));
	after = read_all(path);
	assert_string_equal(before, after);
	free(before);
	free(after);
}

/* ------------------------------------------------------------------------
 * Out of memory
 */

static void test_oom(void **state)
{
	const char *error = NULL;
	struct mapisvc *svc = NULL;
	SPropValue pv = {.ulPropTag = PR_RESOURCE_TYPE, .Value.l = 33};
	struct mapisvc_provider p = {"OOM_P", 1, &pv};
	unsigned long n;
	long live = alloc_live();
	char *before;
	int ret;

	(void)state;
	for (n = 1;; n++) {
		alloc_fail_after(n);
		ret = mapisvc_parse("oom.inf", msems, strlen(msems), &svc,
				    &error);
		alloc_fail_after(0);
		if (ret == 0)
			break;
		assert_int_equal(ret, -ENOMEM);
		assert_null(svc);
		assert_int_equal(alloc_live(), live);
	}
	before = format(svc);
	for (n = 1;; n++) {
		char *now;

		alloc_fail_after(n);
		ret = mapisvc_add_service(svc, "OOM", "oom", MAPISVC_DEFAULT, 0,
					  NULL, &p, 1, &error);
		alloc_fail_after(0);
		if (ret == 0)
			break;
		assert_int_equal(ret, -ENOMEM);
		now = format(svc);
		assert_string_equal(now, before);
		alloc_free(now);
	}
	assert_true(mapisvc_has_section(svc, "OOM_P"));
	alloc_free(before);
	mapisvc_free(&svc);
	assert_int_equal(alloc_live(), live);
}

int main(void)
{
#define T(f) cmocka_unit_test_setup_teardown(f, setup, teardown)
	const struct CMUnitTest tests[] = {
	    T(test_msems_parses),
	    T(test_msems_rewrite),
	    T(test_shipped_catalog),
	    T(test_values),
	    T(test_comments_preserved),
	    T(test_parse_errors),
	    T(test_long_line_and_size),
	    T(test_missing_and_unreadable),
	    T(test_bad_names),
	    T(test_add_remove_service),
	    T(test_providers_sections_defaults),
	    T(test_bad_values),
	    T(test_file_edits),
	    T(test_oom),
	};

	return cmocka_run_group_tests(tests, group_setup, group_teardown);
}
