/*
 * profile_show.c - `mapix profile show NAME` (profile.h): a profile as
 * the API gives it, each service with its own section, its providers and
 * their sections and its extra sections (PR_SERVICE_EXTRA_UIDS), then the
 * profile's own sections; every property with its tag name, printed as
 * `mapix show` prints a message's (print.h).  Each section is shown
 * once, however many services name it.
 */
#include <stdbool.h>
#include <stdio.h>
#include <string.h>

#include <edkmdb.h>
#include <mapiutil.h>
#include <mapix.h>

#include "alloc.h"
#include "array.h"
#include "cli.h"
#include "print.h"
#include "profile.h"
#include "row.h"
#include "ustring.h"

/* PS_PROFILE_PROPERTIES_INIT: the profile's own public section. */
static const MAPIUID profile_section_uid = {{0x98, 0x15, 0xAC, 0x08, 0xAA, 0xB0,
					     0x10, 0x1A, 0x8C, 0x93, 0x08, 0x00,
					     0x2B, 0x2A, 0x56, 0xC2}};
/* Exchange's global profile section, where clients look for the server. */
static const MAPIUID global_section_uid = {{pbGlobalProfileSectionGuid}};

/* What `show` works with: the sections shown so far (each once), and
 * whether a part could not be read. */
struct show {
	bool json;
	LPSERVICEADMIN sa;
	const char *profile;
	ARRAY(MAPIUID) seen;
	bool failed;
};

static bool show_seen(const struct show *sh, const MAPIUID *uid)
{
	size_t i;

	for (i = 0; i < array_count(&sh->seen); i++) {
		if (memcmp(&sh->seen.v[i], uid, sizeof(*uid)) == 0)
			return true;
	}
	return false;
}

/* Remembers a section as shown; false when memory runs out. */
static bool show_mark(struct show *sh, const MAPIUID *uid)
{
	if (array_push(&sh->seen, *uid) < 0)
		return false;
	return true;
}

/*
 * Reads every property of a profile section (OpenProfileSection,
 * GetProps with no tag list).  Without MAPI_UNICODE strings come back as
 * 8-bit (UTF-8) strings, the way profiles keep them, so each is shown
 * with the tag (and name) it is stored under.  Returns the HRESULT;
 * reports failures unless quiet.
 */
static HRESULT section_props(struct show *sh, const MAPIUID *uid, bool quiet,
			     ULONG *count_r, LPSPropValue *props_r)
{
	char hex[UID_HEX_SIZE];
	LPPROFSECT sect = NULL;
	HRESULT hr;

	*count_r = 0;
	*props_r = NULL;
	HexFromBin((LPBYTE)uid->ab, sizeof(uid->ab), hex);
	hr = IMsgServiceAdmin_OpenProfileSection(sh->sa, (LPMAPIUID)uid, NULL,
						 0, &sect);
	if (FAILED(hr)) {
		if (!quiet)
			print_report(PRINT_OBJ_SVCADMIN, sh->sa, hr,
				     "profile '%s': open section %s",
				     sh->profile, hex);
		return hr;
	}
	hr = IProfSect_GetProps(sect, NULL, 0, count_r, props_r);
	if (FAILED(hr)) {
		*count_r = 0;
		*props_r = NULL;
		if (!quiet)
			print_report(PRINT_OBJ_PROP, sect, hr,
				     "profile '%s': read section %s",
				     sh->profile, hex);
	}
	IProfSect_Release(sect);
	return hr;
}

/*
 * Marks a section shown, reads its properties and prints them: a JSON
 * array, or one line each at indent.
 */
static void show_props_of(struct show *sh, const MAPIUID *uid, int indent)
{
	LPSPropValue props = NULL;
	ULONG count = 0;

	if (!show_mark(sh, uid))
		sh->failed = true;
	if (FAILED(section_props(sh, uid, false, &count, &props)))
		sh->failed = true;
	print_props(NULL, count, props, sh->json ? PRINT_JSON : 0, indent);
	MAPIFreeBuffer(props);
}

/*
 * Shows one section: in JSON its {"uid", "properties"} object (first says
 * whether it needs no comma before it), else "Section UID (what)" and the
 * properties.
 */
static void show_section(struct show *sh, const MAPIUID *uid, const char *what,
			 int indent, bool first)
{
	char hex[UID_HEX_SIZE];

	HexFromBin((LPBYTE)uid->ab, sizeof(uid->ab), hex);
	if (sh->json) {
		printf("%s{\"uid\":\"%s\",\"properties\":", first ? "" : ",",
		       hex);
		show_props_of(sh, uid, 0);
		putchar('}');
	} else {
		printf("%*sSection %s (%s)\n", indent, "", hex, what);
		show_props_of(sh, uid, indent + 2);
	}
}

/* Shows the providers of one service, from the provider table's rows. */
static void show_providers(struct show *sh, const BYTE *service_uid,
			   const SRowSet *prov)
{
	bool first = true;
	ULONG i;

	if (sh->json)
		fputs(",\"providers\":[", stdout);
	for (i = 0; i < prov->cRows; i++) {
		const SRow *row = &prov->aRow[i];
		const BYTE *suid = profile_row_uid(row, PR_SERVICE_UID);
		const BYTE *puid = profile_row_uid(row, PR_PROVIDER_UID);
		char *dname, *pdisplay;
		char hex[UID_HEX_SIZE];
		MAPIUID uid;

		if (suid == NULL || puid == NULL ||
		    memcmp(suid, service_uid, sizeof(MAPIUID)) != 0)
			continue;
		memcpy(uid.ab, puid, sizeof(uid.ab));
		HexFromBin(uid.ab, sizeof(uid.ab), hex);
		dname = row_string(row, PR_DISPLAY_NAME);
		pdisplay = row_string(row, PR_PROVIDER_DISPLAY);
		if (sh->json) {
			printf("%s{\"uid\":\"%s\",\"display_name\":",
			       first ? "" : ",", hex);
			print_json_string(dname);
			fputs(",\"provider_display\":", stdout);
			print_json_string(pdisplay);
			printf(",\"resource_type\":%d,\"resource_flags\":%d,"
			       "\"properties\":",
			       row_long(row, PR_RESOURCE_TYPE),
			       row_long(row, PR_RESOURCE_FLAGS));
		} else {
			printf("  Provider ");
			print_json_string(dname);
			printf(" (%s) %s\n", pdisplay != NULL ? pdisplay : "",
			       hex);
		}
		alloc_free(dname);
		alloc_free(pdisplay);
		first = false;
		if (!sh->json)
			printf("    Section %s (provider)\n", hex);
		show_props_of(sh, &uid, 6);
		if (sh->json)
			putchar('}');
	}
	if (sh->json)
		putchar(']');
}

/* Shows one service: its section, its providers, its extra sections. */
static void show_service(struct show *sh, const SRow *row, const SRowSet *prov,
			 bool first)
{
	char hex[UID_HEX_SIZE];
	const BYTE *suid = profile_row_uid(row, PR_SERVICE_UID);
	char *sname, *dname;
	LPSPropValue props = NULL;
	const SPropValue *extra = NULL;
	ULONG count = 0, i;
	MAPIUID uid;
	bool efirst = true;

	if (suid == NULL) {
		/* A service table row without its UID: nothing to open. */
		sh->failed = true;
		fprintf(stderr,
			"mapix: profile '%s': a service has no "
			"PR_SERVICE_UID\n",
			sh->profile);
		return;
	}
	memcpy(uid.ab, suid, sizeof(uid.ab));
	HexFromBin(uid.ab, sizeof(uid.ab), hex);
	sname = row_string(row, PR_SERVICE_NAME);
	dname = row_string(row, PR_DISPLAY_NAME);
	if (!show_mark(sh, &uid))
		sh->failed = true;
	if (FAILED(section_props(sh, &uid, false, &count, &props)))
		sh->failed = true;
	if (sh->json) {
		printf("%s{\"uid\":\"%s\",\"service_name\":", first ? "" : ",",
		       hex);
		print_json_string(sname);
		fputs(",\"display_name\":", stdout);
		print_json_string(dname);
		printf(",\"resource_flags\":%d,\"properties\":",
		       row_long(row, PR_RESOURCE_FLAGS));
		print_props(NULL, count, props, PRINT_JSON, 0);
	} else {
		printf("Service %s ", sname != NULL ? sname : "");
		print_json_string(dname);
		printf(" %s\n  Section %s (service)\n", hex, hex);
		print_props(NULL, count, props, 0, 4);
	}
	alloc_free(sname);
	alloc_free(dname);
	show_providers(sh, uid.ab, prov);

	/* Sections= of the catalog: their UIDs are in PR_SERVICE_EXTRA_UIDS. */
	for (i = 0; i < count; i++) {
		if (PROP_ID(props[i].ulPropTag) ==
			PROP_ID(PR_SERVICE_EXTRA_UIDS) &&
		    PROP_TYPE(props[i].ulPropTag) == PT_BINARY)
			extra = &props[i];
	}
	if (sh->json)
		fputs(",\"sections\":[", stdout);
	if (extra != NULL) {
		ULONG n = extra->Value.bin.cb / sizeof(MAPIUID);

		for (i = 0; i < n; i++) {
			MAPIUID euid;

			memcpy(euid.ab,
			       extra->Value.bin.lpb + i * sizeof(MAPIUID),
			       sizeof(euid.ab));
			if (show_seen(sh, &euid))
				continue;
			show_section(sh, &euid, "extra", 2, efirst);
			efirst = false;
		}
	}
	if (sh->json)
		fputs("]}", stdout);
	MAPIFreeBuffer(props);
}

/*
 * The sections of the profile itself that no service names: the
 * profile's public section and Exchange's global section.  Those that do
 * not exist or hold nothing are left out.
 */
static void show_profile_sections(struct show *sh)
{
	static const MAPIUID *const uids[] = {&profile_section_uid,
					      &global_section_uid};
	bool first = true;
	unsigned int i;

	if (sh->json)
		fputs(",\"sections\":[", stdout);
	for (i = 0; i < sizeof(uids) / sizeof(uids[0]); i++) {
		LPSPropValue props = NULL;
		ULONG count = 0;

		if (show_seen(sh, uids[i]))
			continue;
		if (FAILED(section_props(sh, uids[i], true, &count, &props)) ||
		    count == 0) {
			MAPIFreeBuffer(props);
			continue;
		}
		MAPIFreeBuffer(props);
		show_section(sh, uids[i], "profile", 0, first);
		first = false;
	}
	if (sh->json)
		putchar(']');
}

int profile_cmd_show(const struct pcmd *cmd, struct pcmd_args *a,
		     struct profile_session *s)
{
	char shown[1024];
	char *name = a->pos[0];
	const SRow *found = NULL;
	LPSRowSet profiles = NULL, services = NULL, providers = NULL;
	struct show sh;
	bool def = false;
	ULONG i;
	int ret = 0;

	(void)cmd;
	memset(&sh, 0, sizeof(sh));
	sh.json = a->json;
	sh.profile = name;
	snprintf(shown, sizeof(shown), "%s", name);
	ret = profile_open_services(s, name, &sh.sa);
	if (ret == 0)
		ret = profile_table_rows(s, &profiles);
	if (ret == 0)
		ret = profile_service_rows(sh.sa, name, false, &services);
	if (ret == 0)
		ret = profile_service_rows(sh.sa, name, true, &providers);
	if (ret != 0)
		goto out;

	/*
	 * The name as the profile table spells it, and its default flag:
	 * the exact name, else the one that differs only in case (names are
	 * one profile regardless of case, but the spelling shown is the
	 * profile's own).
	 */
	for (i = 0; i < profiles->cRows; i++) {
		const SRow *row = &profiles->aRow[i];
		char *pn = row_string(row, PR_DISPLAY_NAME);

		if (pn != NULL &&
		    ustr_match(pn, strlen(pn), name, strlen(name),
			       FL_FULLSTRING | FL_IGNORECASE) == 1 &&
		    (found == NULL || strcmp(pn, name) == 0)) {
			found = row;
			snprintf(shown, sizeof(shown), "%s", pn);
		}
		alloc_free(pn);
	}
	if (found != NULL)
		def = row_bool(found, PR_DEFAULT_PROFILE);
	if (sh.json) {
		fputs("{\"name\":", stdout);
		print_json_string(shown);
		printf(",\"default\":%s,\"services\":[",
		       def ? "true" : "false");
	} else {
		printf("Profile %s%s\n", shown, def ? " (default)" : "");
	}
	for (i = 0; i < services->cRows; i++)
		show_service(&sh, &services->aRow[i], providers, i == 0);
	if (sh.json)
		putchar(']');
	show_profile_sections(&sh);
	if (sh.json)
		puts("}");
	if (sh.failed)
		ret = EXIT_FAILED;
out:
	FreeProws(providers);
	FreeProws(services);
	FreeProws(profiles);
	array_free(&sh.seen);
	if (sh.sa != NULL)
		IMsgServiceAdmin_Release(sh.sa);
	return ret;
}
