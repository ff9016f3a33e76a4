/*
 * profile.c - `mapix profile`: administering MAPI profiles from the
 * command line (the role of mapiprofile and MrMapi).  mapix.c calls
 * profile_main for `mapix profile ...`.  This file holds the command
 * table, the options, the session and the commands on whole profiles;
 * the service commands are in profile_service.c, show in profile_show.c
 * (see profile.h).
 *
 *   mapix profile [--user NAME] [--json] COMMAND [ARGS]
 *     list                                   profiles, the default marked
 *     create NAME [--default-services] [--default]
 *     delete NAME | copy OLD NEW | rename OLD NEW
 *     default NAME | default --clear
 *     show NAME                              services, providers, sections
 *     service list PROFILE
 *     service add PROFILE SERVICE [--display-name TEXT] [PROP=VALUE...]
 *     service remove PROFILE UID|SERVICE-NAME
 *     service configure PROFILE UID|SERVICE-NAME PROP=VALUE...
 *
 * Everything goes through the public API a Windows program would use:
 * MAPIAdminProfiles -> IProfAdmin -> AdminServices -> IMsgServiceAdmin(2)
 * -> OpenProfileSection -> IProfSect.  The tool so exercises exactly what
 * applications get, and knows nothing of how profiles are stored.  Names
 * are passed as 8-bit (UTF-8) strings, flags without MAPI_UNICODE; the API
 * itself refuses bad profile names (MAPI_E_INVALID_PARAMETER), so the
 * rules live in one place.
 *
 * --user NAME acts for another principal: MapixTokenForUser and
 * MapixImpersonate before MAPIInitialize, so every call runs in that
 * principal's context and lands in its profile root.  Only a privileged
 * caller (root) gets such a token; the API decides, the tool reports.
 *
 * JSON (--json, global or per command) has these keys, kept stable:
 *   list            [{"name": S, "default": B}]
 *   service list    [{"uid": HEX, "service_name": S, "display_name": S,
 *                     "resource_flags": N}]
 *   service add     {"uid": HEX}
 *   show            {"name": S, "default": B,
 *                    "services": [{"uid", "service_name", "display_name",
 *                                  "resource_flags", "properties",
 *                                  "providers": [{"uid", "display_name",
 *                                      "provider_display", "resource_type",
 *                                      "resource_flags", "properties"}],
 *                                  "sections": [{"uid", "properties"}]}],
 *                    "sections": [{"uid", "properties"}]}
 *   where "properties" is [{"tag": "0x%08X", "name": S|null,
 *   "type": S|null, "value": V}], V as print.h prints values: number,
 *   boolean, string (text; binary as hex; times as ISO 8601; GUIDs in
 *   braces), array for multi-valued types, null for what has no JSON
 *   form.  UIDs are 32 uppercase hex digits, the 16 bytes in order.
 *
 * Exit status: 0 success, 1 failure, 2 usage error.
 */
#include <getopt.h>
#include <stdarg.h>
#include <stdbool.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <mapiutil.h>
#include <mapix.h>
#include <mapixsec.h>

#include "alloc.h"
#include "cli.h"
#include "print.h"
#include "profile.h"
#include "row.h"

/* ---------------------------------------------------------------------
 * Messages and usage
 */

int profile_usage_error(const struct pcmd *cmd, const char *fmt, ...)
{
	va_list args;
	int ret;

	va_start(args, fmt);
	ret = print_vusage_error("mapix profile", cmd->name, cmd->synopsis, fmt,
				 args);
	va_end(args);
	return ret;
}

static void cmd_help(const struct pcmd *cmd)
{
	printf("Usage: mapix profile %s\n\n%s", cmd->synopsis, cmd->help);
	if (cmd->json)
		puts("\n  --json        print JSON instead (see 'mapix profile "
		     "--help')");
	puts("  --user NAME   act for the mapix user NAME (root only)");
}

/* ---------------------------------------------------------------------
 * Parsing
 */

/* The options every command knows; each accepts those its mask allows. */
static const struct option pcmd_longopts[] = {
    {"help", no_argument, NULL, 'h'},
    {"json", no_argument, NULL, 'j'},
    {"user", required_argument, NULL, 'u'},
    {"default-services", no_argument, NULL, 'S'},
    {"default", no_argument, NULL, 'D'},
    {"display-name", required_argument, NULL, 'n'},
    {"clear", no_argument, NULL, 'c'},
    {NULL, 0, NULL, 0},
};

/* The PO_ bit of an option, 0 for those every command takes. */
static unsigned int option_bit(int opt)
{
	switch (opt) {
	case 'S':
		return PO_DEFAULT_SERVICES;
	case 'D':
		return PO_DEFAULT;
	case 'n':
		return PO_DISPLAY_NAME;
	case 'c':
		return PO_CLEAR;
	default:
		return 0;
	}
}

/*
 * Parses a command's options and counts its arguments.  argv[0] is the
 * command's last word; json and user are what came before the command.
 * Returns -1 to go on, or the exit status to end with (0 after --help).
 */
static int pcmd_parse(const struct pcmd *cmd, int argc, char **argv, bool json,
		      const char *user, struct pcmd_args *a)
{
	int opt;

	memset(a, 0, sizeof(*a));
	a->json = json;
	a->user = user;
	optind = 0;
	opterr = 0;
	while ((opt = getopt_long(argc, argv, ":h", pcmd_longopts, NULL)) !=
	       -1) {
		if (opt == ':' || opt == '?' ||
		    (option_bit(opt) & ~cmd->options) != 0 ||
		    (opt == 'j' && !cmd->json))
			return print_option_error("mapix profile", cmd->name,
						  cmd->synopsis, opt, argv);
		switch (opt) {
		case 'h':
			cmd_help(cmd);
			return 0;
		case 'j':
			a->json = true;
			break;
		case 'u':
			a->user = optarg;
			break;
		case 'S':
			a->default_services = true;
			break;
		case 'D':
			a->make_default = true;
			break;
		case 'n':
			a->display_name = optarg;
			break;
		case 'c':
			a->clear = true;
			break;
		}
	}
	a->pos = argv + optind;
	a->npos = argc - optind;
	if (a->npos < cmd->min_pos)
		return profile_usage_error(cmd, "missing arguments");
	if (cmd->max_pos >= 0 && a->npos > cmd->max_pos)
		return profile_usage_error(cmd, "unexpected argument '%s'",
					   a->pos[cmd->max_pos]);
	/* A command that takes --clear takes it instead of its NAME. */
	if ((cmd->options & PO_CLEAR) != 0 && a->clear && a->npos > 0)
		return profile_usage_error(cmd,
					   "give NAME or --clear, not both");
	if ((cmd->options & PO_CLEAR) != 0 && !a->clear && a->npos == 0)
		return profile_usage_error(cmd, "missing NAME (or --clear)");
	return -1;
}

/* ---------------------------------------------------------------------
 * Sessions: the context to act in, MAPI, IProfAdmin
 */

void profile_session_close(struct profile_session *s)
{
	if (s->admin != NULL)
		IProfAdmin_Release(s->admin);
	s->admin = NULL;
	if (s->initialized)
		MAPIUninitialize();
	s->initialized = false;
	/* Back to the process's context, then drop the token there. */
	if (s->impersonating)
		(void)MapixRevertToSelf();
	s->impersonating = false;
	if (s->token != NULL)
		(void)MapixCloseToken(s->token);
	s->token = NULL;
}

int profile_session_open(struct profile_session *s, const char *user)
{
	HRESULT hr;

	memset(s, 0, sizeof(*s));
	if (user != NULL) {
		hr = MapixTokenForUser(user, 0, &s->token);
		if (FAILED(hr)) {
			s->token = NULL;
			print_report(PRINT_OBJ_NONE, NULL, hr,
				     "act for user '%s'%s", user,
				     hr == MAPI_E_NO_ACCESS
					 ? " (only root may use --user)"
					 : "");
			profile_session_close(s);
			return EXIT_FAILED;
		}
		hr = MapixImpersonate(s->token);
		if (FAILED(hr)) {
			print_report(PRINT_OBJ_NONE, NULL, hr,
				     "act for user '%s'", user);
			profile_session_close(s);
			return EXIT_FAILED;
		}
		s->impersonating = true;
	}
	hr = MAPIInitialize(NULL);
	if (FAILED(hr)) {
		print_report(PRINT_OBJ_NONE, NULL, hr, "MAPIInitialize");
		profile_session_close(s);
		return EXIT_FAILED;
	}
	s->initialized = true;
	hr = MAPIAdminProfiles(0, &s->admin);
	if (FAILED(hr)) {
		s->admin = NULL;
		print_report(PRINT_OBJ_NONE, NULL, hr, "MAPIAdminProfiles");
		profile_session_close(s);
		return EXIT_FAILED;
	}
	return 0;
}

int profile_open_services(struct profile_session *s, char *profile,
			  LPSERVICEADMIN *sa_r)
{
	HRESULT hr;

	*sa_r = NULL;
	hr = IProfAdmin_AdminServices(s->admin, profile, NULL, 0, 0, sa_r);
	if (FAILED(hr)) {
		*sa_r = NULL;
		return print_report(PRINT_OBJ_PROFADMIN, s->admin, hr,
				    "open profile '%s'", profile);
	}
	return 0;
}

/* ---------------------------------------------------------------------
 * Profiles
 */

const BYTE *profile_row_uid(const SRow *row, ULONG tag)
{
	const SBinary *bin = row_bin(row, tag);

	return bin != NULL && bin->cb == sizeof(MAPIUID) ? bin->lpb : NULL;
}

/* Orders profile rows by name, so listings do not depend on the store. */
static int compare_profile_rows(const void *a, const void *b)
{
	char *an = row_string(a, PR_DISPLAY_NAME);
	char *bn = row_string(b, PR_DISPLAY_NAME);
	int cmp = strcmp(an != NULL ? an : "", bn != NULL ? bn : "");

	alloc_free(an);
	alloc_free(bn);
	return cmp;
}

int profile_table_rows(struct profile_session *s, LPSRowSet *rows_r)
{
	LPMAPITABLE table = NULL;
	HRESULT hr;
	int ret = 0;

	*rows_r = NULL;
	hr = IProfAdmin_GetProfileTable(s->admin, 0, &table);
	if (FAILED(hr))
		return print_report(PRINT_OBJ_PROFADMIN, s->admin, hr,
				    "list profiles");
	hr = HrQueryAllRows(table, NULL, NULL, NULL, 0, rows_r);
	if (FAILED(hr)) {
		*rows_r = NULL;
		ret = print_report(PRINT_OBJ_TABLE, table, hr, "list profiles");
	} else {
		qsort((*rows_r)->aRow, (*rows_r)->cRows, sizeof(SRow),
		      compare_profile_rows);
	}
	IMAPITable_Release(table);
	return ret;
}

static int run_list(const struct pcmd *cmd, struct pcmd_args *a,
		    struct profile_session *s)
{
	LPSRowSet rows = NULL;
	ULONG i;
	int ret = 0;

	(void)cmd;
	ret = profile_table_rows(s, &rows);
	if (ret == 0) {
		if (a->json)
			putchar('[');
		for (i = 0; i < rows->cRows; i++) {
			const SRow *row = &rows->aRow[i];
			char *name = row_string(row, PR_DISPLAY_NAME);
			bool def = row_bool(row, PR_DEFAULT_PROFILE);

			if (a->json) {
				printf("%s{\"name\":", i > 0 ? "," : "");
				print_json_string(name);
				printf(",\"default\":%s}",
				       def ? "true" : "false");
			} else {
				printf("%s%s\n", name != NULL ? name : "",
				       def ? " (default)" : "");
			}
			alloc_free(name);
		}
		if (a->json)
			puts("]");
	}
	FreeProws(rows);
	return ret;
}

static int run_create(const struct pcmd *cmd, struct pcmd_args *a,
		      struct profile_session *s)
{
	char *name = a->pos[0];
	HRESULT hr;
	int ret = 0;

	(void)cmd;
	hr = IProfAdmin_CreateProfile(
	    s->admin, name, NULL, 0,
	    a->default_services ? MAPI_DEFAULT_SERVICES : 0);
	if (FAILED(hr))
		ret = print_report(PRINT_OBJ_PROFADMIN, s->admin, hr,
				   "create profile '%s'", name);
	if (ret == 0 && a->make_default) {
		hr = IProfAdmin_SetDefaultProfile(s->admin, name, 0);
		if (FAILED(hr))
			ret =
			    print_report(PRINT_OBJ_PROFADMIN, s->admin, hr,
					 "make profile '%s' the default", name);
	}
	return ret;
}

static int run_delete(const struct pcmd *cmd, struct pcmd_args *a,
		      struct profile_session *s)
{
	char *name = a->pos[0];
	HRESULT hr;
	int ret = 0;

	(void)cmd;
	hr = IProfAdmin_DeleteProfile(s->admin, name, 0);
	if (FAILED(hr))
		ret = print_report(PRINT_OBJ_PROFADMIN, s->admin, hr,
				   "delete profile '%s'", name);
	return ret;
}

/* copy and rename: the same call shape, two methods. */
static int run_copy_rename(const struct pcmd *cmd, struct pcmd_args *a,
			   struct profile_session *s)
{
	bool copy = strcmp(cmd->name, "copy") == 0;
	char *from = a->pos[0], *to = a->pos[1];
	HRESULT hr;
	int ret = 0;

	if (copy)
		hr = IProfAdmin_CopyProfile(s->admin, from, NULL, to, 0, 0);
	else
		hr = IProfAdmin_RenameProfile(s->admin, from, NULL, to, 0, 0);
	if (FAILED(hr))
		ret = print_report(PRINT_OBJ_PROFADMIN, s->admin, hr,
				   "%s profile '%s' to '%s'",
				   copy ? "copy" : "rename", from, to);
	return ret;
}

static int run_default(const struct pcmd *cmd, struct pcmd_args *a,
		       struct profile_session *s)
{
	char *name = a->npos > 0 ? a->pos[0] : NULL;
	HRESULT hr;
	int ret = 0;

	(void)cmd;
	hr = IProfAdmin_SetDefaultProfile(s->admin, name, 0);
	if (FAILED(hr)) {
		if (name != NULL)
			ret =
			    print_report(PRINT_OBJ_PROFADMIN, s->admin, hr,
					 "make profile '%s' the default", name);
		else
			ret = print_report(PRINT_OBJ_PROFADMIN, s->admin, hr,
					   "clear the default profile");
	}
	return ret;
}

/* ---------------------------------------------------------------------
 * Commands
 */

static const struct pcmd pcmds[] = {
    {"list", run_list, 0, true, 0, 0, "list [--json]",
     "Lists the profiles, the default one marked \"(default)\".\n"
     "JSON: [{\"name\": S, \"default\": B}], sorted by name.\n"},
    {"create", run_create, PO_DEFAULT_SERVICES | PO_DEFAULT, false, 1, 1,
     "create NAME [--default-services] [--default]",
     "Creates an empty profile.  NAME is up to 64 characters; '/', '\\',\n"
     "'..', control characters and leading or trailing spaces are refused.\n"
     "\n"
     "  --default-services   add the catalog's [Default Services]\n"
     "  --default            make it the default profile\n"},
    {"delete", run_delete, 0, false, 1, 1, "delete NAME",
     "Deletes a profile.  Sessions logged on to it keep working; it\n"
     "disappears when the last one logs off.\n"},
    {"copy", run_copy_rename, 0, false, 2, 2, "copy OLD NEW",
     "Copies a profile, all its services and sections, to a new name.\n"},
    {"rename", run_copy_rename, 0, false, 2, 2, "rename OLD NEW",
     "Renames a profile.\n"},
    {"default", run_default, PO_CLEAR, false, 0, 1,
     "default NAME | default --clear",
     "Makes NAME the default profile, or with --clear leaves no default.\n"},
    {"show", profile_cmd_show, 0, true, 1, 1, "show NAME [--json]",
     "Shows a profile: each service with its section, its providers and\n"
     "their sections, its extra sections, then the profile's own sections,\n"
     "every property with its tag name.\n"
     "JSON: {\"name\", \"default\", \"services\": [{\"uid\",\n"
     "\"service_name\", \"display_name\", \"resource_flags\", \"properties\",\n"
     "\"providers\": [{\"uid\", \"display_name\", \"provider_display\",\n"
     "\"resource_type\", \"resource_flags\", \"properties\"}], \"sections\":\n"
     "[{\"uid\", \"properties\"}]}], \"sections\": [{\"uid\", "
     "\"properties\"}]};\n"
     "a property is {\"tag\": \"0x%08X\", \"name\", \"type\", \"value\"}.\n"},
    {"service list", profile_cmd_service_list, 0, true, 1, 1,
     "service list PROFILE [--json]",
     "Lists the message services of a profile.\n"
     "JSON: [{\"uid\": HEX, \"service_name\": S, \"display_name\": S,\n"
     "\"resource_flags\": N}].\n"},
    {"service add", profile_cmd_service_add, PO_DISPLAY_NAME, true, 2, -1,
     "service add PROFILE SERVICE [--display-name TEXT] [PROP=VALUE...]",
     "Adds a message service of the catalog (mapisvc.inf, e.g. MAPIX or\n"
     "MAPIX_LOCAL) and configures it with the properties given; prints the\n"
     "new service's UID (JSON: {\"uid\": HEX}).  If the configuration\n"
     "fails, the service is removed again.\n"
     "\n"
     "  --display-name TEXT   the service's display name\n"
     "\n"
     "PROP is a tag name (PR_PST_PATH_W, any case) or a hex tag\n"
     "(0x6700001F).  VALUE is read by the tag's type: strings as UTF-8,\n"
     "PT_LONG and PT_I2 and PT_I8 in decimal or 0x hex, PT_BOOLEAN\n"
     "true/false/1/0, PT_BINARY as hex digits.\n"},
    {"service remove", profile_cmd_service_edit, 0, false, 2, 2,
     "service remove PROFILE UID|SERVICE-NAME",
     "Removes a message service, given by UID or by service name (which\n"
     "must then name one service only), with its providers and sections.\n"},
    {"service configure", profile_cmd_service_edit, 0, false, 3, -1,
     "service configure PROFILE UID|SERVICE-NAME PROP=VALUE...",
     "Configures a message service with properties, as 'service add'\n"
     "reads them (ConfigureMsgService without UI).\n"},
};

#define PCMDS_COUNT N_ELEMENTS(pcmds)

static void profile_usage(FILE *out)
{
	unsigned int i;

	fputs("Usage: mapix profile [--user NAME] [--json] COMMAND [ARGS]\n"
	      "\n"
	      "Administers MAPI profiles: those of the calling user, kept in\n"
	      "<state dir>/profiles/<user>/, or with --user those of another\n"
	      "mapix user (root only).  Services come from the catalog\n"
	      "(mapisvc.inf, 'catalog' in the configuration file).\n"
	      "\n"
	      "Commands:\n",
	      out);
	for (i = 0; i < PCMDS_COUNT; i++)
		fprintf(out, "  %s\n", pcmds[i].synopsis);
	fputs("\n"
	      "Options:\n"
	      "  --user NAME   act for the mapix user NAME (root only)\n"
	      "  --json        print JSON (list, show, service list, service "
	      "add)\n"
	      "\n"
	      "Environment:\n"
	      "  MAPIX_STATE_DIR   the state directory (absolute path)\n"
	      "  MAPIX_CONFIG      the configuration file (default\n"
	      "                    /etc/mapix/mapix.conf)\n"
	      "\n"
	      "'mapix profile COMMAND --help' describes a command.\n"
	      "Exit status: 0 success, 1 failure, 2 usage error.\n",
	      out);
}

/*
 * `mapix profile ...`.  argv[0] is "profile"; json is mapix's global
 * --json.  Returns the process exit status.
 */
int profile_main(int argc, char **argv, bool json)
{
	const char *word, *user = NULL;
	char name[32];
	unsigned int i;
	int first = 1;

	/* Options before the command: --json, --user NAME, --help. */
	while (first < argc && argv[first][0] == '-') {
		const char *arg = argv[first];

		if (cli_is_help(arg)) {
			profile_usage(stdout);
			return 0;
		} else if (strcmp(arg, "--json") == 0) {
			json = true;
			first++;
		} else if (strcmp(arg, "--user") == 0 && first + 1 < argc) {
			user = argv[first + 1];
			first += 2;
		} else if (strncmp(arg, "--user=", 7) == 0) {
			user = argv[first] + 7;
			first++;
		} else {
			fprintf(stderr, "mapix profile: unknown option '%s'\n",
				arg);
			profile_usage(stderr);
			return EXIT_USAGE;
		}
	}
	if (first >= argc) {
		profile_usage(stderr);
		return EXIT_USAGE;
	}
	word = argv[first];
	if (cli_is_help(word)) {
		profile_usage(stdout);
		return 0;
	}
	if (strcmp(word, "service") == 0) {
		first++;
		if (first >= argc) {
			profile_usage(stderr);
			return EXIT_USAGE;
		}
		if (cli_is_help(argv[first])) {
			profile_usage(stdout);
			return 0;
		}
		snprintf(name, sizeof(name), "service %s", argv[first]);
		if (strlen(argv[first]) > 16) {
			fprintf(stderr,
				"mapix profile service: unknown command '%s'\n",
				argv[first]);
			profile_usage(stderr);
			return EXIT_USAGE;
		}
	} else {
		snprintf(name, sizeof(name), "%s", word);
	}
	for (i = 0; i < PCMDS_COUNT; i++) {
		struct profile_session s;
		struct pcmd_args a;
		int ret;

		if (strcmp(name, pcmds[i].name) != 0)
			continue;
		/* Usage errors first: they must open nothing. */
		ret = pcmd_parse(&pcmds[i], argc - first, argv + first, json,
				 user, &a);
		if (ret >= 0)
			return ret;
		ret = profile_session_open(&s, a.user);
		if (ret != 0)
			return ret;
		ret = pcmds[i].run(&pcmds[i], &a, &s);
		profile_session_close(&s);
		return ret;
	}
	fprintf(stderr, "mapix profile: unknown command '%s'\n", argv[first]);
	profile_usage(stderr);
	return EXIT_USAGE;
}
