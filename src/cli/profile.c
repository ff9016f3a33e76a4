/*
 * profile.c - `mapix profile`: administering MAPI profiles from the
 * command line (the role of mapiprofile and MrMapi).  mapix.c calls
 * profile_main for `mapix profile ...`.
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
 *   "type": S|null, "value": V}], V by type: number, boolean, string
 *   (text; binary as hex; times as ISO 8601; GUIDs in braces), array for
 *   multi-valued types, null for what has no JSON form.  UIDs are 32
 *   uppercase hex digits, the 16 bytes in order.
 *
 * Exit status: 0 success, 1 failure, 2 usage error.
 */
#include <errno.h>
#include <getopt.h>
#include <math.h>
#include <stdarg.h>
#include <stdbool.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>
#include <time.h>

#include <edkmdb.h>
#include <mapiguid.h>
#include <mapiutil.h>
#include <mapix.h>
#include <mapixsec.h>

#include "alloc.h"
#include "json.h"
#include "mapierr.h"
#include "propcmp.h"
#include "tagname.h"
#include "ustring.h"

#define EXIT_FAILED 1
#define EXIT_USAGE  2

/* Hex digits of a MAPIUID, and room for them and a NUL. */
#define UID_HEX_LEN  32
#define UID_HEX_SIZE (UID_HEX_LEN + 1)

/* Room for a string column converted from UTF-16 for printing. */
#define STR_BUF_SIZE 1024

int profile_main(int argc, char **argv, bool json);

/* Options a command may take besides --help, --json and --user. */
enum {
	PO_DEFAULT_SERVICES = 1 << 0,
	PO_DEFAULT = 1 << 1,
	PO_DISPLAY_NAME = 1 << 2,
	PO_CLEAR = 1 << 3,
};

/* What a command's options and arguments came to. */
struct pcmd_args {
	bool default_services, make_default, clear;
	char *display_name;
	char **pos; /* the positional arguments */
	int npos;
};

struct pcmd {
	const char *name; /* "list", "service add" */
	int (*run)(const struct pcmd *cmd, struct pcmd_args *a);
	unsigned int options;
	bool json;            /* takes --json */
	int min_pos, max_pos; /* max_pos -1: any number */
	const char *synopsis; /* after "mapix profile " */
	const char *help;
};

static bool opt_json;
static char *opt_user;

/* PS_PROFILE_PROPERTIES_INIT: the profile's own public section. */
static const MAPIUID profile_section_uid = {{0x98, 0x15, 0xAC, 0x08, 0xAA, 0xB0,
					     0x10, 0x1A, 0x8C, 0x93, 0x08, 0x00,
					     0x2B, 0x2A, 0x56, 0xC2}};
/* Exchange's global profile section, where clients look for the server. */
static const MAPIUID global_section_uid = {{pbGlobalProfileSectionGuid}};

/* ---------------------------------------------------------------------
 * Messages and usage
 */

/* Which kind of object a failed call was made on, for its GetLastError. */
enum err_src {
	SRC_NONE,
	SRC_PROFADMIN,
	SRC_SVCADMIN,
	SRC_TABLE,
	SRC_PROFSECT,
};

static int report(enum err_src src, void *obj, HRESULT hr, const char *fmt, ...)
    __attribute__((format(printf, 4, 5)));

/*
 * Prints "mapix: <what>: <message> (MAPI_E_NAME)" on stderr, the message
 * from the object's GetLastError when it has one (it says more than the
 * code: which name, which file), else the code's generic text.  Returns
 * EXIT_FAILED.
 */
static int report(enum err_src src, void *obj, HRESULT hr, const char *fmt, ...)
{
	LPMAPIERROR err = NULL;
	HRESULT ehr = MAPI_E_NO_SUPPORT;
	const char *name = mapierr_name(hr);
	const char *msg;
	char what[512];
	va_list args;

	if (obj != NULL) {
		switch (src) {
		case SRC_PROFADMIN:
			ehr = IProfAdmin_GetLastError((LPPROFADMIN)obj, hr, 0,
						      &err);
			break;
		case SRC_SVCADMIN:
			ehr = IMsgServiceAdmin_GetLastError((LPSERVICEADMIN)obj,
							    hr, 0, &err);
			break;
		case SRC_TABLE:
			ehr = IMAPITable_GetLastError((LPMAPITABLE)obj, hr, 0,
						      &err);
			break;
		case SRC_PROFSECT:
			ehr = IProfSect_GetLastError((LPPROFSECT)obj, hr, 0,
						     &err);
			break;
		case SRC_NONE:
			break;
		}
	}
	msg = mapierr_message(hr);
	if (ehr == S_OK && err != NULL && err->lpszError != NULL &&
	    err->lpszError[0] != '\0')
		msg = err->lpszError;
	va_start(args, fmt);
	vsnprintf(what, sizeof(what), fmt, args);
	va_end(args);
	if (name != NULL)
		fprintf(stderr, "mapix: %s: %s (%s)\n", what, msg, name);
	else
		fprintf(stderr, "mapix: %s: %s (0x%08X)\n", what, msg,
			(ULONG)hr);
	MAPIFreeBuffer(err);
	return EXIT_FAILED;
}

static int usage_error(const struct pcmd *cmd, const char *fmt, ...)
    __attribute__((format(printf, 2, 3)));

/* Prints a usage error and where to find help; returns EXIT_USAGE. */
static int usage_error(const struct pcmd *cmd, const char *fmt, ...)
{
	va_list args;

	fprintf(stderr, "mapix profile %s: ", cmd->name);
	va_start(args, fmt);
	vfprintf(stderr, fmt, args);
	va_end(args);
	fprintf(stderr,
		"\nUsage: mapix profile %s\n"
		"Try 'mapix profile %s --help'.\n",
		cmd->synopsis, cmd->name);
	return EXIT_USAGE;
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
 * command's last word.  Returns -1 to go on, or the exit status to end
 * with (0 after --help).
 */
static int pcmd_parse(const struct pcmd *cmd, int argc, char **argv,
		      struct pcmd_args *a)
{
	int opt;

	memset(a, 0, sizeof(*a));
	optind = 0;
	opterr = 0;
	while ((opt = getopt_long(argc, argv, ":h", pcmd_longopts, NULL)) !=
	       -1) {
		const char *arg = argv[optind - 1];

		if (opt == ':')
			return usage_error(cmd, "option '%s' needs a value",
					   arg);
		if (opt == '?' || (option_bit(opt) & ~cmd->options) != 0 ||
		    (opt == 'j' && !cmd->json)) {
			if (optopt != 0 && arg[0] == '-' && arg[1] != '-')
				return usage_error(cmd, "unknown option '-%c'",
						   optopt);
			return usage_error(cmd, "unknown option '%s'", arg);
		}
		switch (opt) {
		case 'h':
			cmd_help(cmd);
			return 0;
		case 'j':
			opt_json = true;
			break;
		case 'u':
			opt_user = optarg;
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
		return usage_error(cmd, "missing arguments");
	if (cmd->max_pos >= 0 && a->npos > cmd->max_pos)
		return usage_error(cmd, "unexpected argument '%s'",
				   a->pos[cmd->max_pos]);
	return -1;
}

/*
 * Parses an integer: decimal with an optional '-', or 0x and hex digits
 * (the two's-complement bits, as the profile file writes them).  The
 * value must lie in [min, max] or, given in hex, fit in bits bits.
 */
static bool parse_int(const char *s, int bits, long long min, long long max,
		      long long *v_r)
{
	unsigned long long u;
	char *end;

	errno = 0;
	if (s[0] == '0' && (s[1] == 'x' || s[1] == 'X')) {
		if (s[2] == '\0' || s[2] == '-' || s[2] == '+')
			return false;
		u = strtoull(s + 2, &end, 16);
		if (errno != 0 || *end != '\0')
			return false;
		if (bits < 64 && u >> bits != 0)
			return false;
		/* Sign-extend the two's-complement bits. */
		if (bits < 64 && (u >> (bits - 1)) != 0)
			*v_r = (long long)u - (1ll << bits);
		else
			*v_r = (long long)u;
		return true;
	}
	if (s[0] == '\0' || s[0] == '+' || s[0] == ' ')
		return false;
	*v_r = strtoll(s, &end, 10);
	return errno == 0 && *end == '\0' && *v_r >= min && *v_r <= max;
}

static bool parse_bool(const char *s, unsigned short *v_r)
{
	if (strcasecmp(s, "true") == 0 || strcmp(s, "1") == 0)
		*v_r = 1;
	else if (strcasecmp(s, "false") == 0 || strcmp(s, "0") == 0)
		*v_r = 0;
	else
		return false;
	return true;
}

static int hexval(int c)
{
	if (c >= '0' && c <= '9')
		return c - '0';
	if (c >= 'a' && c <= 'f')
		return c - 'a' + 10;
	if (c >= 'A' && c <= 'F')
		return c - 'A' + 10;
	return -1;
}

/* Parses 2 * len hex digits at s into out (room for len bytes). */
static bool parse_hex(const char *s, BYTE *out, size_t len)
{
	size_t i;

	for (i = 0; i < len; i++) {
		int hi = hexval((unsigned char)s[2 * i]);
		int lo = hi < 0 ? -1 : hexval((unsigned char)s[2 * i + 1]);

		if (lo < 0)
			return false;
		out[i] = (BYTE)(hi << 4 | lo);
	}
	return true;
}

/* A service's UID given as 32 hex digits; false for anything else. */
static bool parse_uid(const char *s, MAPIUID *uid)
{
	return strlen(s) == UID_HEX_LEN && parse_hex(s, uid->ab, 16);
}

static void format_uid(const BYTE *ab, char *buf)
{
	unsigned int i;

	for (i = 0; i < 16; i++)
		sprintf(buf + 2 * i, "%02X", ab[i]);
}

/*
 * Parses PROP=VALUE into *pv; memory the value needs is allocated with
 * MAPIAllocateMore on base, so freeing base frees everything.  Returns 0,
 * or prints why the argument is wrong and returns EXIT_USAGE (or
 * EXIT_FAILED when memory runs out).
 */
static int parse_prop(const struct pcmd *cmd, const char *arg, LPVOID base,
		      SPropValue *pv)
{
	const char *eq = strchr(arg, '='), *value, *tname;
	char name[128];
	long long v;
	ULONG tag;
	size_t len;

	if (eq == NULL || eq == arg)
		return usage_error(cmd, "'%s' is not PROP=VALUE", arg);
	len = (size_t)(eq - arg);
	if (len >= sizeof(name))
		return usage_error(cmd, "unknown property '%.*s'", (int)len,
				   arg);
	memcpy(name, arg, len);
	name[len] = '\0';
	value = eq + 1;
	if (tagname_parse(name, &tag) < 0)
		return usage_error(cmd, "unknown property '%s'", name);
	memset(pv, 0, sizeof(*pv));
	pv->ulPropTag = tag;
	switch (PROP_TYPE(tag)) {
	case PT_STRING8:
		len = strlen(value) + 1;
		if (MAPIAllocateMore((ULONG)len, base,
				     (LPVOID *)&pv->Value.lpszA) != S_OK)
			return report(SRC_NONE, NULL, MAPI_E_NOT_ENOUGH_MEMORY,
				      "%s", name);
		memcpy(pv->Value.lpszA, value, len);
		return 0;
	case PT_UNICODE: {
		WCHAR *w = ustr_from_utf8(value);

		if (w == NULL)
			return report(SRC_NONE, NULL, MAPI_E_NOT_ENOUGH_MEMORY,
				      "%s", name);
		len = (ustr_wlen(w) + 1) * sizeof(WCHAR);
		if (MAPIAllocateMore((ULONG)len, base,
				     (LPVOID *)&pv->Value.lpszW) != S_OK) {
			alloc_free(w);
			return report(SRC_NONE, NULL, MAPI_E_NOT_ENOUGH_MEMORY,
				      "%s", name);
		}
		memcpy(pv->Value.lpszW, w, len);
		alloc_free(w);
		return 0;
	}
	case PT_I2:
		if (!parse_int(value, 16, INT16_MIN, INT16_MAX, &v))
			break;
		pv->Value.i = (short)v;
		return 0;
	case PT_LONG:
		if (!parse_int(value, 32, INT32_MIN, INT32_MAX, &v))
			break;
		pv->Value.l = (LONG)v;
		return 0;
	case PT_I8:
		if (!parse_int(value, 64, INT64_MIN, INT64_MAX, &v))
			break;
		pv->Value.li.QuadPart = v;
		return 0;
	case PT_BOOLEAN:
		if (!parse_bool(value, &pv->Value.b))
			break;
		return 0;
	case PT_BINARY:
		len = strlen(value);
		if (len % 2 != 0 || len / 2 > UINT32_MAX)
			break;
		pv->Value.bin.cb = (ULONG)(len / 2);
		if (len == 0)
			return 0;
		if (MAPIAllocateMore(pv->Value.bin.cb, base,
				     (LPVOID *)&pv->Value.bin.lpb) != S_OK)
			return report(SRC_NONE, NULL, MAPI_E_NOT_ENOUGH_MEMORY,
				      "%s", name);
		if (!parse_hex(value, pv->Value.bin.lpb, len / 2))
			break;
		return 0;
	default:
		tname = tagname_type_name(PROP_TYPE(tag));
		return usage_error(cmd,
				   "%s: properties of type %s cannot be set "
				   "here",
				   name, tname != NULL ? tname : "unknown");
	}
	tname = tagname_type_name(PROP_TYPE(tag));
	return usage_error(cmd, "%s: '%s' is not a valid %s value", name, value,
			   tname != NULL ? tname : "");
}

/*
 * Parses the PROP=VALUE arguments into one MAPIAllocateBuffer block in
 * *props_r (NULL when there are none).  Returns 0 or an exit status.
 */
static int parse_props(const struct pcmd *cmd, int argc, char **argv,
		       LPSPropValue *props_r)
{
	LPSPropValue props = NULL;
	int i, ret;

	*props_r = NULL;
	if (argc == 0)
		return 0;
	if (MAPIAllocateBuffer((ULONG)(sizeof(SPropValue) * (size_t)argc),
			       (LPVOID *)&props) != S_OK)
		return report(SRC_NONE, NULL, MAPI_E_NOT_ENOUGH_MEMORY,
			      "properties");
	for (i = 0; i < argc; i++) {
		ret = parse_prop(cmd, argv[i], props, &props[i]);
		if (ret != 0) {
			MAPIFreeBuffer(props);
			return ret;
		}
	}
	*props_r = props;
	return 0;
}

/* ---------------------------------------------------------------------
 * Sessions: the context to act in, MAPI, IProfAdmin
 */

struct session {
	LPMAPIXTOKEN token;
	bool impersonating;
	bool initialized;
	LPPROFADMIN admin;
};

static void session_close(struct session *s)
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

/*
 * Enters the context to act in (--user) and opens MAPI and IProfAdmin
 * there.  Returns 0, or EXIT_FAILED after printing why (with everything
 * undone).
 */
static int session_open(struct session *s)
{
	HRESULT hr;

	memset(s, 0, sizeof(*s));
	if (opt_user != NULL) {
		hr = MapixTokenForUser(opt_user, 0, &s->token);
		if (FAILED(hr)) {
			s->token = NULL;
			report(SRC_NONE, NULL, hr, "act for user '%s'%s",
			       opt_user,
			       hr == MAPI_E_NO_ACCESS
				   ? " (only root may use --user)"
				   : "");
			session_close(s);
			return EXIT_FAILED;
		}
		hr = MapixImpersonate(s->token);
		if (FAILED(hr)) {
			report(SRC_NONE, NULL, hr, "act for user '%s'",
			       opt_user);
			session_close(s);
			return EXIT_FAILED;
		}
		s->impersonating = true;
	}
	hr = MAPIInitialize(NULL);
	if (FAILED(hr)) {
		report(SRC_NONE, NULL, hr, "MAPIInitialize");
		session_close(s);
		return EXIT_FAILED;
	}
	s->initialized = true;
	hr = MAPIAdminProfiles(0, &s->admin);
	if (FAILED(hr)) {
		s->admin = NULL;
		report(SRC_NONE, NULL, hr, "MAPIAdminProfiles");
		session_close(s);
		return EXIT_FAILED;
	}
	return 0;
}

/* IProfAdmin::AdminServices for a profile; reports failures. */
static int open_services(struct session *s, char *profile, LPSERVICEADMIN *sa_r)
{
	HRESULT hr;

	*sa_r = NULL;
	hr = IProfAdmin_AdminServices(s->admin, profile, NULL, 0, 0, sa_r);
	if (FAILED(hr)) {
		*sa_r = NULL;
		return report(SRC_PROFADMIN, s->admin, hr, "open profile '%s'",
			      profile);
	}
	return 0;
}

/* ---------------------------------------------------------------------
 * Table rows and property values
 */

/* The property with id in a row, or NULL. */
static const SPropValue *row_prop(const SRow *row, ULONG id)
{
	ULONG i;

	for (i = 0; i < row->cValues; i++) {
		if (PROP_ID(row->lpProps[i].ulPropTag) == id)
			return &row->lpProps[i];
	}
	return NULL;
}

/*
 * A string column as UTF-8, whichever width the table gave it in: the
 * value itself, or its conversion in buf (STR_BUF_SIZE bytes).  NULL when
 * the row has no such string.
 */
static const char *row_string(const SRow *row, ULONG id, char *buf)
{
	const SPropValue *p = row_prop(row, id);
	char *s;

	if (p == NULL)
		return NULL;
	if (PROP_TYPE(p->ulPropTag) == PT_STRING8)
		return p->Value.lpszA;
	if (PROP_TYPE(p->ulPropTag) != PT_UNICODE)
		return NULL;
	s = ustr_to_utf8(p->Value.lpszW);
	if (s == NULL)
		return NULL;
	snprintf(buf, STR_BUF_SIZE, "%s", s);
	alloc_free(s);
	return buf;
}

static bool row_bool(const SRow *row, ULONG id)
{
	const SPropValue *p = row_prop(row, id);

	return p != NULL && PROP_TYPE(p->ulPropTag) == PT_BOOLEAN &&
	       p->Value.b != 0;
}

static LONG row_long(const SRow *row, ULONG id)
{
	const SPropValue *p = row_prop(row, id);

	return p != NULL && PROP_TYPE(p->ulPropTag) == PT_LONG ? p->Value.l : 0;
}

/* A 16-byte binary column (a MAPIUID), or NULL. */
static const BYTE *row_uid(const SRow *row, ULONG id)
{
	const SPropValue *p = row_prop(row, id);

	if (p == NULL || PROP_TYPE(p->ulPropTag) != PT_BINARY ||
	    p->Value.bin.cb != sizeof(MAPIUID))
		return NULL;
	return p->Value.bin.lpb;
}

/* Prints a string as JSON or, for people, in quotes with escapes. */
static void print_string(const char *s)
{
	json_string(s != NULL ? s : "");
}

/* FILETIME -> "2024-05-06T07:08:09.0000000Z"; false when out of range. */
static bool format_systime(const FILETIME *ft, char *buf, size_t size)
{
	ULONGLONG t = ((ULONGLONG)ft->dwHighDateTime << 32) | ft->dwLowDateTime;
	/* 1601-01-01 to 1970-01-01 in seconds. */
	const long long epoch_diff = 11644473600ll;
	time_t secs = (time_t)((long long)(t / 10000000ull) - epoch_diff);
	struct tm tm;
	char date[32];

	if (gmtime_r(&secs, &tm) == NULL || tm.tm_year + 1900 > 9999)
		return false;
	strftime(date, sizeof(date), "%Y-%m-%dT%H:%M:%S", &tm);
	snprintf(buf, size, "%s.%07uZ", date, (unsigned int)(t % 10000000ull));
	return true;
}

static void print_binary(const BYTE *lpb, ULONG cb, bool json)
{
	ULONG i;

	putchar(json ? '"' : '<');
	for (i = 0; i < cb; i++)
		printf("%02X", lpb[i]);
	putchar(json ? '"' : '>');
}

static void print_double(double d, bool json)
{
	if (json && !isfinite(d))
		fputs("null", stdout);
	else
		printf("%.17g", d);
}

static void print_value(const SPropValue *p, bool json);

/*
 * Prints the items of a multi-valued property as a list of single values:
 * each is put into a one-value SPropValue of the base type, so the single
 * types' formatting is the only formatting.
 */
static void print_multi(const SPropValue *p, bool json)
{
	ULONG i, n = propcmp_mv_count(p);
	SPropValue one;

	putchar('[');
	for (i = 0; i < n; i++) {
		propcmp_mv_element(p, i, &one);
		if (i > 0)
			fputs(json ? "," : ", ", stdout);
		print_value(&one, json);
	}
	putchar(']');
}

/* Prints a property's value as JSON or for people (see the top). */
static void print_value(const SPropValue *p, bool json)
{
	char buf[64];
	char *s;
	const char *name;

	if ((PROP_TYPE(p->ulPropTag) & MV_FLAG) != 0) {
		print_multi(p, json);
		return;
	}
	switch (PROP_TYPE(p->ulPropTag)) {
	case PT_I2:
		printf("%d", p->Value.i);
		break;
	case PT_LONG:
		if (json)
			printf("%d", p->Value.l);
		else
			printf("%d (0x%08X)", p->Value.l, p->Value.ul);
		break;
	case PT_I8:
		printf("%lld", (long long)p->Value.li.QuadPart);
		break;
	case PT_BOOLEAN:
		fputs(p->Value.b ? "true" : "false", stdout);
		break;
	case PT_R4:
		print_double(p->Value.flt, json);
		break;
	case PT_DOUBLE:
	case PT_APPTIME:
		print_double(p->Value.dbl, json);
		break;
	case PT_CURRENCY: {
		long long c = p->Value.cur.int64;
		unsigned long long m =
		    c < 0 ? -(unsigned long long)c : (unsigned long long)c;

		printf("%s%llu.%04llu", c < 0 ? "-" : "", m / 10000, m % 10000);
		break;
	}
	case PT_STRING8:
		print_string(p->Value.lpszA);
		break;
	case PT_UNICODE:
		s = ustr_to_utf8(p->Value.lpszW);
		print_string(s);
		alloc_free(s);
		break;
	case PT_BINARY:
	case PT_SVREID:
		print_binary(p->Value.bin.lpb, p->Value.bin.cb, json);
		break;
	case PT_SYSTIME:
		if (format_systime(&p->Value.ft, buf, sizeof(buf)))
			print_string(buf);
		else
			printf("\"0x%08X%08X\"", p->Value.ft.dwHighDateTime,
			       p->Value.ft.dwLowDateTime);
		break;
	case PT_CLSID: {
		const GUID *g = p->Value.lpguid;

		printf("\"{%08X-%04X-%04X-%02X%02X-%02X%02X%02X%02X%02X%02X}"
		       "\"",
		       g->Data1, g->Data2, g->Data3, g->Data4[0], g->Data4[1],
		       g->Data4[2], g->Data4[3], g->Data4[4], g->Data4[5],
		       g->Data4[6], g->Data4[7]);
		break;
	}
	case PT_ERROR:
		name = mapierr_name(p->Value.err);
		if (name != NULL)
			print_string(name);
		else
			printf("\"0x%08X\"", (ULONG)p->Value.err);
		break;
	default:
		fputs(json ? "null" : "(no printable value)", stdout);
		break;
	}
}

/* Prints the properties of a section: one per line, or a JSON array. */
static void print_props(ULONG count, const SPropValue *props, int indent)
{
	char tagbuf[32];
	const char *name, *type;
	ULONG i;

	if (opt_json)
		putchar('[');
	for (i = 0; i < count; i++) {
		const SPropValue *p = &props[i];

		if (opt_json) {
			name = tagname_lookup(p->ulPropTag);
			type = tagname_type_name(PROP_TYPE(p->ulPropTag));
			printf("%s{\"tag\":\"0x%08X\",\"name\":",
			       i > 0 ? "," : "", p->ulPropTag);
			if (name != NULL)
				json_string(name);
			else
				fputs("null", stdout);
			fputs(",\"type\":", stdout);
			if (type != NULL)
				json_string(type);
			else
				fputs("null", stdout);
			fputs(",\"value\":", stdout);
			print_value(p, true);
			putchar('}');
		} else {
			printf("%*s%-32s = ", indent, "",
			       tagname_format(p->ulPropTag, tagbuf,
					      sizeof(tagbuf)));
			print_value(p, false);
			putchar('\n');
		}
	}
	if (opt_json)
		putchar(']');
}

/* ---------------------------------------------------------------------
 * Profiles
 */

/* Orders profile rows by name, so listings do not depend on the store. */
static int compare_profile_rows(const void *a, const void *b)
{
	char abuf[STR_BUF_SIZE], bbuf[STR_BUF_SIZE];
	const char *an = row_string(a, PROP_ID(PR_DISPLAY_NAME), abuf);
	const char *bn = row_string(b, PROP_ID(PR_DISPLAY_NAME), bbuf);

	return strcmp(an != NULL ? an : "", bn != NULL ? bn : "");
}

/* The profile table's rows, sorted by name; reports failures. */
static int profile_rows(struct session *s, LPSRowSet *rows_r)
{
	LPMAPITABLE table = NULL;
	HRESULT hr;
	int ret = 0;

	*rows_r = NULL;
	hr = IProfAdmin_GetProfileTable(s->admin, 0, &table);
	if (FAILED(hr))
		return report(SRC_PROFADMIN, s->admin, hr, "list profiles");
	hr = HrQueryAllRows(table, NULL, NULL, NULL, 0, rows_r);
	if (FAILED(hr)) {
		*rows_r = NULL;
		ret = report(SRC_TABLE, table, hr, "list profiles");
	} else {
		qsort((*rows_r)->aRow, (*rows_r)->cRows, sizeof(SRow),
		      compare_profile_rows);
	}
	IMAPITable_Release(table);
	return ret;
}

static int run_list(const struct pcmd *cmd, struct pcmd_args *a)
{
	char buf[STR_BUF_SIZE];
	struct session s;
	LPSRowSet rows = NULL;
	ULONG i;
	int ret;

	(void)cmd;
	(void)a;
	ret = session_open(&s);
	if (ret != 0)
		return ret;
	ret = profile_rows(&s, &rows);
	if (ret == 0) {
		if (opt_json)
			putchar('[');
		for (i = 0; i < rows->cRows; i++) {
			const SRow *row = &rows->aRow[i];
			const char *name =
			    row_string(row, PROP_ID(PR_DISPLAY_NAME), buf);
			bool def = row_bool(row, PROP_ID(PR_DEFAULT_PROFILE));

			if (opt_json) {
				printf("%s{\"name\":", i > 0 ? "," : "");
				print_string(name);
				printf(",\"default\":%s}",
				       def ? "true" : "false");
			} else {
				printf("%s%s\n", name != NULL ? name : "",
				       def ? " (default)" : "");
			}
		}
		if (opt_json)
			puts("]");
	}
	FreeProws(rows);
	session_close(&s);
	return ret;
}

static int run_create(const struct pcmd *cmd, struct pcmd_args *a)
{
	char *name = a->pos[0];
	struct session s;
	HRESULT hr;
	int ret;

	(void)cmd;
	ret = session_open(&s);
	if (ret != 0)
		return ret;
	hr = IProfAdmin_CreateProfile(
	    s.admin, name, NULL, 0,
	    a->default_services ? MAPI_DEFAULT_SERVICES : 0);
	if (FAILED(hr))
		ret = report(SRC_PROFADMIN, s.admin, hr, "create profile '%s'",
			     name);
	if (ret == 0 && a->make_default) {
		hr = IProfAdmin_SetDefaultProfile(s.admin, name, 0);
		if (FAILED(hr))
			ret = report(SRC_PROFADMIN, s.admin, hr,
				     "make profile '%s' the default", name);
	}
	session_close(&s);
	return ret;
}

static int run_delete(const struct pcmd *cmd, struct pcmd_args *a)
{
	char *name = a->pos[0];
	struct session s;
	HRESULT hr;
	int ret;

	(void)cmd;
	ret = session_open(&s);
	if (ret != 0)
		return ret;
	hr = IProfAdmin_DeleteProfile(s.admin, name, 0);
	if (FAILED(hr))
		ret = report(SRC_PROFADMIN, s.admin, hr, "delete profile '%s'",
			     name);
	session_close(&s);
	return ret;
}

/* copy and rename: the same call shape, two methods. */
static int run_copy_rename(const struct pcmd *cmd, struct pcmd_args *a)
{
	bool copy = strcmp(cmd->name, "copy") == 0;
	char *from = a->pos[0], *to = a->pos[1];
	struct session s;
	HRESULT hr;
	int ret;

	ret = session_open(&s);
	if (ret != 0)
		return ret;
	if (copy)
		hr = IProfAdmin_CopyProfile(s.admin, from, NULL, to, 0, 0);
	else
		hr = IProfAdmin_RenameProfile(s.admin, from, NULL, to, 0, 0);
	if (FAILED(hr))
		ret = report(SRC_PROFADMIN, s.admin, hr,
			     "%s profile '%s' to '%s'",
			     copy ? "copy" : "rename", from, to);
	session_close(&s);
	return ret;
}

static int run_default(const struct pcmd *cmd, struct pcmd_args *a)
{
	char *name = a->npos > 0 ? a->pos[0] : NULL;
	struct session s;
	HRESULT hr;
	int ret;

	if (a->clear && name != NULL)
		return usage_error(cmd, "give NAME or --clear, not both");
	if (!a->clear && name == NULL)
		return usage_error(cmd, "missing NAME (or --clear)");
	ret = session_open(&s);
	if (ret != 0)
		return ret;
	hr = IProfAdmin_SetDefaultProfile(s.admin, name, 0);
	if (FAILED(hr)) {
		if (name != NULL)
			ret = report(SRC_PROFADMIN, s.admin, hr,
				     "make profile '%s' the default", name);
		else
			ret = report(SRC_PROFADMIN, s.admin, hr,
				     "clear the default profile");
	}
	session_close(&s);
	return ret;
}

/* ---------------------------------------------------------------------
 * show
 */

/* What `show` works with: the sections shown so far (each once), and
 * whether a part could not be read. */
struct show {
	LPSERVICEADMIN sa;
	const char *profile;
	MAPIUID *seen;
	size_t nseen, capseen;
	bool failed;
};

static bool show_seen(const struct show *sh, const MAPIUID *uid)
{
	size_t i;

	for (i = 0; i < sh->nseen; i++) {
		if (memcmp(&sh->seen[i], uid, sizeof(*uid)) == 0)
			return true;
	}
	return false;
}

/* Remembers a section as shown; false when memory runs out. */
static bool show_mark(struct show *sh, const MAPIUID *uid)
{
	if (sh->nseen == sh->capseen) {
		size_t cap = sh->capseen == 0 ? 16 : sh->capseen * 2;
		MAPIUID *seen = alloc_realloc(sh->seen, cap * sizeof(*seen));

		if (seen == NULL)
			return false;
		sh->seen = seen;
		sh->capseen = cap;
	}
	sh->seen[sh->nseen++] = *uid;
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
	format_uid(uid->ab, hex);
	hr = IMsgServiceAdmin_OpenProfileSection(sh->sa, (LPMAPIUID)uid, NULL,
						 0, &sect);
	if (FAILED(hr)) {
		if (!quiet)
			report(SRC_SVCADMIN, sh->sa, hr,
			       "profile '%s': open section %s", sh->profile,
			       hex);
		return hr;
	}
	hr = IProfSect_GetProps(sect, NULL, 0, count_r, props_r);
	if (FAILED(hr)) {
		*count_r = 0;
		*props_r = NULL;
		if (!quiet)
			report(SRC_PROFSECT, sect, hr,
			       "profile '%s': read section %s", sh->profile,
			       hex);
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
	print_props(count, props, indent);
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

	format_uid(uid->ab, hex);
	if (opt_json) {
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
	char buf[STR_BUF_SIZE], buf2[STR_BUF_SIZE];
	bool first = true;
	ULONG i;

	if (opt_json)
		fputs(",\"providers\":[", stdout);
	for (i = 0; i < prov->cRows; i++) {
		const SRow *row = &prov->aRow[i];
		const BYTE *suid = row_uid(row, PROP_ID(PR_SERVICE_UID));
		const BYTE *puid = row_uid(row, PROP_ID(PR_PROVIDER_UID));
		const char *dname, *pdisplay;
		char hex[UID_HEX_SIZE];
		MAPIUID uid;

		if (suid == NULL || puid == NULL ||
		    memcmp(suid, service_uid, sizeof(MAPIUID)) != 0)
			continue;
		memcpy(uid.ab, puid, sizeof(uid.ab));
		format_uid(uid.ab, hex);
		dname = row_string(row, PROP_ID(PR_DISPLAY_NAME), buf);
		pdisplay = row_string(row, PROP_ID(PR_PROVIDER_DISPLAY), buf2);
		if (opt_json) {
			printf("%s{\"uid\":\"%s\",\"display_name\":",
			       first ? "" : ",", hex);
			print_string(dname);
			fputs(",\"provider_display\":", stdout);
			print_string(pdisplay);
			printf(",\"resource_type\":%d,\"resource_flags\":%d,"
			       "\"properties\":",
			       row_long(row, PROP_ID(PR_RESOURCE_TYPE)),
			       row_long(row, PROP_ID(PR_RESOURCE_FLAGS)));
		} else {
			printf("  Provider ");
			print_string(dname);
			printf(" (%s) %s\n", pdisplay != NULL ? pdisplay : "",
			       hex);
		}
		first = false;
		if (!opt_json)
			printf("    Section %s (provider)\n", hex);
		show_props_of(sh, &uid, 6);
		if (opt_json)
			putchar('}');
	}
	if (opt_json)
		putchar(']');
}

/* Shows one service: its section, its providers, its extra sections. */
static void show_service(struct show *sh, const SRow *row, const SRowSet *prov,
			 bool first)
{
	char buf[STR_BUF_SIZE], buf2[STR_BUF_SIZE], hex[UID_HEX_SIZE];
	const BYTE *suid = row_uid(row, PROP_ID(PR_SERVICE_UID));
	const char *sname = row_string(row, PROP_ID(PR_SERVICE_NAME), buf);
	const char *dname = row_string(row, PROP_ID(PR_DISPLAY_NAME), buf2);
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
	format_uid(uid.ab, hex);
	if (!show_mark(sh, &uid))
		sh->failed = true;
	if (FAILED(section_props(sh, &uid, false, &count, &props)))
		sh->failed = true;
	if (opt_json) {
		printf("%s{\"uid\":\"%s\",\"service_name\":", first ? "" : ",",
		       hex);
		print_string(sname);
		fputs(",\"display_name\":", stdout);
		print_string(dname);
		printf(",\"resource_flags\":%d,\"properties\":",
		       row_long(row, PROP_ID(PR_RESOURCE_FLAGS)));
		print_props(count, props, 0);
	} else {
		printf("Service %s ", sname != NULL ? sname : "");
		print_string(dname);
		printf(" %s\n  Section %s (service)\n", hex, hex);
		print_props(count, props, 4);
	}
	show_providers(sh, uid.ab, prov);

	/* Sections= of the catalog: their UIDs are in PR_SERVICE_EXTRA_UIDS. */
	for (i = 0; i < count; i++) {
		if (PROP_ID(props[i].ulPropTag) ==
			PROP_ID(PR_SERVICE_EXTRA_UIDS) &&
		    PROP_TYPE(props[i].ulPropTag) == PT_BINARY)
			extra = &props[i];
	}
	if (opt_json)
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
	if (opt_json)
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

	if (opt_json)
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
	if (opt_json)
		putchar(']');
}

/* The rows of a service-admin table (services or providers). */
static int admin_table_rows(struct show *sh, bool providers, LPSRowSet *rows)
{
	LPMAPITABLE table = NULL;
	HRESULT hr;
	int ret = 0;

	*rows = NULL;
	if (providers)
		hr = IMsgServiceAdmin_GetProviderTable(sh->sa, 0, &table);
	else
		hr = IMsgServiceAdmin_GetMsgServiceTable(sh->sa, 0, &table);
	if (FAILED(hr))
		return report(SRC_SVCADMIN, sh->sa, hr, "profile '%s': list %s",
			      sh->profile,
			      providers ? "providers" : "services");
	hr = HrQueryAllRows(table, NULL, NULL, NULL, 0, rows);
	if (FAILED(hr)) {
		*rows = NULL;
		ret = report(SRC_TABLE, table, hr, "profile '%s': list %s",
			     sh->profile, providers ? "providers" : "services");
	}
	IMAPITable_Release(table);
	return ret;
}

static int run_show(const struct pcmd *cmd, struct pcmd_args *a)
{
	char buf[STR_BUF_SIZE], shown[STR_BUF_SIZE];
	char *name = a->pos[0];
	const SRow *found = NULL;
	LPSRowSet profiles = NULL, services = NULL, providers = NULL;
	struct show sh;
	struct session s;
	bool def = false;
	ULONG i;
	int ret;

	(void)cmd;
	memset(&sh, 0, sizeof(sh));
	sh.profile = name;
	snprintf(shown, sizeof(shown), "%s", name);
	ret = session_open(&s);
	if (ret != 0)
		return ret;
	ret = open_services(&s, name, &sh.sa);
	if (ret == 0)
		ret = profile_rows(&s, &profiles);
	if (ret == 0)
		ret = admin_table_rows(&sh, false, &services);
	if (ret == 0)
		ret = admin_table_rows(&sh, true, &providers);
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
		const char *pn = row_string(row, PROP_ID(PR_DISPLAY_NAME), buf);

		if (pn == NULL ||
		    ustr_match(pn, strlen(pn), name, strlen(name),
			       FL_FULLSTRING | FL_IGNORECASE) != 1)
			continue;
		if (found == NULL || strcmp(pn, name) == 0) {
			found = row;
			snprintf(shown, sizeof(shown), "%s", pn);
		}
	}
	if (found != NULL)
		def = row_bool(found, PROP_ID(PR_DEFAULT_PROFILE));
	if (opt_json) {
		fputs("{\"name\":", stdout);
		print_string(shown);
		printf(",\"default\":%s,\"services\":[",
		       def ? "true" : "false");
	} else {
		printf("Profile %s%s\n", shown, def ? " (default)" : "");
	}
	for (i = 0; i < services->cRows; i++)
		show_service(&sh, &services->aRow[i], providers, i == 0);
	if (opt_json)
		putchar(']');
	show_profile_sections(&sh);
	if (opt_json)
		puts("}");
	if (sh.failed)
		ret = EXIT_FAILED;
out:
	FreeProws(providers);
	FreeProws(services);
	FreeProws(profiles);
	alloc_free(sh.seen);
	if (sh.sa != NULL)
		IMsgServiceAdmin_Release(sh.sa);
	session_close(&s);
	return ret;
}

/* ---------------------------------------------------------------------
 * Services
 */

/* The message service table's rows; reports failures. */
static int service_rows(LPSERVICEADMIN sa, const char *profile,
			LPSRowSet *rows_r)
{
	struct show sh;

	memset(&sh, 0, sizeof(sh));
	sh.sa = sa;
	sh.profile = profile;
	return admin_table_rows(&sh, false, rows_r);
}

/*
 * Finds a service by UID (32 hex digits) or by service name (case does
 * not matter; it must be the only service of that name).  Returns 0 or
 * EXIT_FAILED after printing why.
 */
static int find_service(LPSERVICEADMIN sa, const char *profile,
			const char *which, MAPIUID *uid)
{
	char buf[STR_BUF_SIZE];
	LPSRowSet rows = NULL;
	unsigned int found = 0;
	ULONG i;
	int ret;

	if (parse_uid(which, uid))
		return 0;
	ret = service_rows(sa, profile, &rows);
	if (ret != 0)
		return ret;
	for (i = 0; i < rows->cRows; i++) {
		const SRow *row = &rows->aRow[i];
		const char *sname =
		    row_string(row, PROP_ID(PR_SERVICE_NAME), buf);
		const BYTE *suid = row_uid(row, PROP_ID(PR_SERVICE_UID));

		if (sname == NULL || suid == NULL ||
		    strcasecmp(sname, which) != 0)
			continue;
		if (found++ == 0)
			memcpy(uid->ab, suid, sizeof(uid->ab));
	}
	FreeProws(rows);
	if (found == 0)
		return report(SRC_NONE, NULL, MAPI_E_NOT_FOUND,
			      "profile '%s': no service '%s'", profile, which);
	if (found > 1) {
		fprintf(stderr,
			"mapix: profile '%s': %u services are named '%s'; "
			"give the UID ('mapix profile service list %s')\n",
			profile, found, which, profile);
		return EXIT_FAILED;
	}
	return 0;
}

static int run_service_list(const struct pcmd *cmd, struct pcmd_args *a)
{
	char buf[STR_BUF_SIZE], buf2[STR_BUF_SIZE], hex[UID_HEX_SIZE];
	char *profile = a->pos[0];
	LPSERVICEADMIN sa = NULL;
	LPSRowSet rows = NULL;
	struct session s;
	ULONG i;
	int ret;

	(void)cmd;
	ret = session_open(&s);
	if (ret != 0)
		return ret;
	ret = open_services(&s, profile, &sa);
	if (ret == 0)
		ret = service_rows(sa, profile, &rows);
	if (ret == 0) {
		if (opt_json)
			putchar('[');
		else if (rows->cRows > 0)
			printf("%-32s  %-16s %s\n", "UID", "SERVICE",
			       "DISPLAY NAME");
		for (i = 0; i < rows->cRows; i++) {
			const SRow *row = &rows->aRow[i];
			const BYTE *suid =
			    row_uid(row, PROP_ID(PR_SERVICE_UID));
			const char *sname =
			    row_string(row, PROP_ID(PR_SERVICE_NAME), buf);
			const char *dname =
			    row_string(row, PROP_ID(PR_DISPLAY_NAME), buf2);

			if (suid != NULL)
				format_uid(suid, hex);
			else
				hex[0] = '\0';
			if (opt_json) {
				printf("%s{\"uid\":\"%s\",\"service_name\":",
				       i > 0 ? "," : "", hex);
				print_string(sname);
				fputs(",\"display_name\":", stdout);
				print_string(dname);
				printf(
				    ",\"resource_flags\":%d}",
				    row_long(row, PROP_ID(PR_RESOURCE_FLAGS)));
			} else {
				printf("%-32s  %-16s %s\n", hex,
				       sname != NULL ? sname : "",
				       dname != NULL ? dname : "");
			}
		}
		if (opt_json)
			puts("]");
	}
	FreeProws(rows);
	if (sa != NULL)
		IMsgServiceAdmin_Release(sa);
	session_close(&s);
	return ret;
}

static int run_service_add(const struct pcmd *cmd, struct pcmd_args *a)
{
	char *profile = a->pos[0], *service = a->pos[1];
	char hex[UID_HEX_SIZE];
	LPSERVICEADMIN sa = NULL;
	LPSERVICEADMIN2 sa2 = NULL;
	LPSPropValue props = NULL;
	struct session s;
	MAPIUID uid;
	HRESULT hr;
	int ret;

	ret = session_open(&s);
	if (ret != 0)
		return ret;
	/* The properties first: a typo must change nothing. */
	ret = parse_props(cmd, a->npos - 2, a->pos + 2, &props);
	if (ret == 0)
		ret = open_services(&s, profile, &sa);
	if (ret != 0)
		goto out;
	hr = IMsgServiceAdmin_QueryInterface(sa, &IID_IMsgServiceAdmin2,
					     (LPVOID *)&sa2);
	if (FAILED(hr)) {
		sa2 = NULL;
		ret = report(SRC_NONE, NULL, hr,
			     "profile '%s': IMsgServiceAdmin2", profile);
		goto out;
	}
	memset(&uid, 0, sizeof(uid));
	hr = IMsgServiceAdmin2_CreateMsgServiceEx(sa2, service, a->display_name,
						  0, 0, &uid);
	if (FAILED(hr)) {
		ret =
		    report(SRC_SVCADMIN, sa, hr,
			   "profile '%s': add service '%s'", profile, service);
		goto out;
	}
	if (props != NULL) {
		hr = IMsgServiceAdmin_ConfigureMsgService(
		    sa, &uid, 0, 0, (ULONG)(a->npos - 2), props);
		if (FAILED(hr)) {
			ret = report(SRC_SVCADMIN, sa, hr,
				     "profile '%s': configure service '%s'",
				     profile, service);
			/* All or nothing: no half-configured service stays. */
			(void)IMsgServiceAdmin_DeleteMsgService(sa, &uid);
			goto out;
		}
	}
	format_uid(uid.ab, hex);
	if (opt_json)
		printf("{\"uid\":\"%s\"}\n", hex);
	else
		printf("%s\n", hex);
out:
	MAPIFreeBuffer(props);
	if (sa2 != NULL)
		IMsgServiceAdmin2_Release(sa2);
	if (sa != NULL)
		IMsgServiceAdmin_Release(sa);
	session_close(&s);
	return ret;
}

/* service remove and service configure: find the service, then act. */
static int run_service_edit(const struct pcmd *cmd, struct pcmd_args *a)
{
	bool configure = strcmp(cmd->name, "service configure") == 0;
	char *profile = a->pos[0], *which = a->pos[1];
	LPSERVICEADMIN sa = NULL;
	LPSPropValue props = NULL;
	struct session s;
	MAPIUID uid;
	HRESULT hr;
	int ret;

	ret = session_open(&s);
	if (ret != 0)
		return ret;
	if (configure)
		ret = parse_props(cmd, a->npos - 2, a->pos + 2, &props);
	if (ret == 0)
		ret = open_services(&s, profile, &sa);
	if (ret == 0)
		ret = find_service(sa, profile, which, &uid);
	if (ret != 0)
		goto out;
	if (configure)
		hr = IMsgServiceAdmin_ConfigureMsgService(
		    sa, &uid, 0, 0, (ULONG)(a->npos - 2), props);
	else
		hr = IMsgServiceAdmin_DeleteMsgService(sa, &uid);
	if (FAILED(hr))
		ret = report(SRC_SVCADMIN, sa, hr,
			     "profile '%s': %s service '%s'", profile,
			     configure ? "configure" : "remove", which);
out:
	MAPIFreeBuffer(props);
	if (sa != NULL)
		IMsgServiceAdmin_Release(sa);
	session_close(&s);
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
    {"show", run_show, 0, true, 1, 1, "show NAME [--json]",
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
    {"service list", run_service_list, 0, true, 1, 1,
     "service list PROFILE [--json]",
     "Lists the message services of a profile.\n"
     "JSON: [{\"uid\": HEX, \"service_name\": S, \"display_name\": S,\n"
     "\"resource_flags\": N}].\n"},
    {"service add", run_service_add, PO_DISPLAY_NAME, true, 2, -1,
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
    {"service remove", run_service_edit, 0, false, 2, 2,
     "service remove PROFILE UID|SERVICE-NAME",
     "Removes a message service, given by UID or by service name (which\n"
     "must then name one service only), with its providers and sections.\n"},
    {"service configure", run_service_edit, 0, false, 3, -1,
     "service configure PROFILE UID|SERVICE-NAME PROP=VALUE...",
     "Configures a message service with properties, as 'service add'\n"
     "reads them (ConfigureMsgService without UI).\n"},
};

#define PCMDS_COUNT (sizeof(pcmds) / sizeof(pcmds[0]))

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

static bool is_help(const char *arg)
{
	return strcmp(arg, "--help") == 0 || strcmp(arg, "-h") == 0 ||
	       strcmp(arg, "help") == 0;
}

/*
 * `mapix profile ...`.  argv[0] is "profile"; json is mapix's global
 * --json.  Returns the process exit status.
 */
int profile_main(int argc, char **argv, bool json)
{
	const char *word;
	char name[32];
	unsigned int i;
	int first = 1;

	opt_json = json;
	/* Options before the command: --json, --user NAME, --help. */
	while (first < argc && argv[first][0] == '-') {
		const char *arg = argv[first];

		if (is_help(arg)) {
			profile_usage(stdout);
			return 0;
		} else if (strcmp(arg, "--json") == 0) {
			opt_json = true;
			first++;
		} else if (strcmp(arg, "--user") == 0 && first + 1 < argc) {
			opt_user = argv[first + 1];
			first += 2;
		} else if (strncmp(arg, "--user=", 7) == 0) {
			opt_user = argv[first] + 7;
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
	if (is_help(word)) {
		profile_usage(stdout);
		return 0;
	}
	if (strcmp(word, "service") == 0) {
		first++;
		if (first >= argc) {
			profile_usage(stderr);
			return EXIT_USAGE;
		}
		if (is_help(argv[first])) {
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
		struct pcmd_args a;
		int ret;

		if (strcmp(name, pcmds[i].name) != 0)
			continue;
		ret = pcmd_parse(&pcmds[i], argc - first, argv + first, &a);
		if (ret >= 0)
			return ret;
		return pcmds[i].run(&pcmds[i], &a);
	}
	fprintf(stderr, "mapix profile: unknown command '%s'\n", argv[first]);
	profile_usage(stderr);
	return EXIT_USAGE;
}
