/*
 * store.c - `mapix stores|folders|ls|show|put|mkdir|rmdir|mv|cp|rm`:
 * browsing and editing the default message store of a profile from the
 * command line (the role of MFCMAPI and MrMapi).  mapix.c calls
 * store_main for these commands.
 *
 *   mapix [--profile NAME] [--json] COMMAND [ARGS]
 *     stores                     the session's stores table
 *     folders [--tree]           the folders below IPM_SUBTREE
 *     ls FOLDER [--columns TAGS] [--sort KEYS] [--where EXPR] [--limit N]
 *     show ENTRY                 every property, recipients, attachments
 *     put FOLDER --subject S [--body B] [--from NAME] [--to ADDR]...
 *         [--date ISO] [--set TAG=VALUE]...
 *     mkdir PATH | rmdir PATH [--recursive]
 *     mv SRC DEST | cp SRC DEST  folders by path, messages by entry ID
 *     rm ENTRY...                messages by entry ID
 *
 * Only the public MAPI API does the work, as a Windows program would do
 * it: MAPIInitialize -> MAPILogonEx -> the stores table -> OpenMsgStore
 * -> OpenEntry, tables, IMAPIFolder / IMessage methods.  The tool so
 * exercises exactly what applications get.  Folder names go to the API as
 * 8-bit (UTF-8) strings without MAPI_UNICODE; property values are read
 * with MAPI_UNICODE so strings come as PT_UNICODE.
 *
 * A FOLDER is a path below IPM_SUBTREE ("Inbox", "Inbox/Reports"; "/" or
 * "" is IPM_SUBTREE itself; names compare without case) or a hex entry
 * ID.  An argument of hex digits only, even in number and at least 32
 * long, is taken as an entry ID.
 *
 * JSON (--json) keys, kept stable:
 *   stores   [{"name": S, "default": B, "entryid": HEX}]
 *   folders  [{"name": S, "path": S, "depth": N, "count": N,
 *              "unread": N, "subfolders": B, "entryid": HEX}]
 *   ls       {"folder": S, "total": N, "columns": [TAGNAME],
 *             "rows": [{TAGNAME: V|null}]}
 *   show     {"entryid": HEX, "type": "folder"|"message"|"store"|...,
 *             "properties": P, "recipients": [P], "attachments": [P]}
 *            where P is [{"tag": "0x%08X", "name": S|null, "type": S|null,
 *            "named": null | {"guid": "{...}", "id": N} |
 *            {"guid": "{...}", "name": S}, "value": V}]
 *   put, mkdir  {"entryid": HEX}
 * TAGNAME is the tag's name from tagname.h or "0x%08X".  V by type:
 * number, boolean, string (text; binary as hex; times as ISO 8601 UTC;
 * GUIDs in braces; errors as their MAPI_E_ name), array for multi-valued
 * types, null for what has no JSON form or no value.
 *
 * Exit status: 0 success, 1 failure, 2 usage error.
 */
#include <errno.h>
#include <getopt.h>
#include <stdarg.h>
#include <stdbool.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>
#include <time.h>

#include <mapidefs.h>
#include <mapiguid.h>
#include <mapitags.h>
#include <mapiutil.h>
#include <mapix.h>

#include "alloc.h"
#include "json.h"
#include "mapierr.h"
#include "propcmp.h"
#include "query.h"
#include "tagname.h"
#include "ustring.h"

#define EXIT_FAILED 1
#define EXIT_USAGE  2

/* Shortest hex text taken as an entry ID rather than a folder name. */
#define EID_HEX_MIN 32

/* Rows read from a table per QueryRows call. */
#define BATCH_ROWS 256

/* Bytes of a large property shown by `show` (read through a stream). */
#define STREAM_SHOW_MAX (1024 * 1024)

int store_main(int argc, char **argv, bool json, const char *profile);
bool store_is_command(const char *name);

/* Options a command may take besides --help, --json and --profile. */
enum {
	SO_TREE = 1 << 0,
	SO_COLUMNS = 1 << 1,
	SO_SORT = 1 << 2,
	SO_WHERE = 1 << 3,
	SO_LIMIT = 1 << 4,
	SO_RECURSIVE = 1 << 5,
	SO_PUT = 1 << 6, /* --subject --body --from --to --date --set */
};

struct ctx;

struct scmd {
	const char *name;
	int (*run)(struct ctx *c);
	unsigned int options;
	bool json;
	int min_pos, max_pos; /* max_pos -1: any number */
	const char *synopsis;
	const char *help;
};

struct ctx {
	const struct scmd *cmd;
	bool json;
	const char *profile;
	bool initialized;
	LPMAPISESSION session;
	LPMDB store;
	/* options */
	bool tree, recursive;
	const char *columns, *sort, *where;
	long limit;
	const char *subject, *body, *from, *date;
	bool unread;
	char **to, **set, **named, **attach;
	int nto, nset, nnamed, nattach;
	char **pos;
	int npos;
};

/* ---------------------------------------------------------------------
 * Messages
 */

/* What kind of object a failed call was made on, for its GetLastError. */
enum err_src {
	SRC_NONE,
	SRC_SESSION,
	SRC_PROP, /* IMsgStore, IMAPIFolder, IMessage, IAttach */
	SRC_TABLE,
};

static int report(enum err_src src, void *obj, HRESULT hr, const char *fmt, ...)
    __attribute__((format(printf, 4, 5)));

/*
 * Prints "mapix: <what>: <message> (MAPI_E_NAME)" on stderr, the message
 * from the object's GetLastError when it has one (it says which folder,
 * which entry), else the code's generic text.  Returns EXIT_FAILED.
 */
static int report(enum err_src src, void *obj, HRESULT hr, const char *fmt, ...)
{
	LPMAPIERROR err = NULL;
	HRESULT ehr = MAPI_E_NO_SUPPORT;
	const char *name = mapierr_name(hr);
	const char *msg = mapierr_message(hr);
	char what[512];
	va_list args;

	if (obj != NULL) {
		switch (src) {
		case SRC_SESSION:
			ehr = IMAPISession_GetLastError((LPMAPISESSION)obj, hr,
							0, &err);
			break;
		case SRC_PROP:
			ehr = IMAPIProp_GetLastError((LPMAPIPROP)obj, hr, 0,
						     &err);
			break;
		case SRC_TABLE:
			ehr = IMAPITable_GetLastError((LPMAPITABLE)obj, hr, 0,
						      &err);
			break;
		case SRC_NONE:
			break;
		}
	}
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

/* A failure the tool itself found, reported in the same form. */
static int fail_msg(HRESULT hr, const char *what, const char *msg)
{
	const char *name = mapierr_name(hr);

	fprintf(stderr, "mapix: %s: %s (%s)\n", what, msg,
		name != NULL ? name : "?");
	return EXIT_FAILED;
}

static int usage_error(const struct scmd *cmd, const char *fmt, ...)
    __attribute__((format(printf, 2, 3)));

/* Prints a usage error and where to find help; returns EXIT_USAGE. */
static int usage_error(const struct scmd *cmd, const char *fmt, ...)
{
	va_list args;

	fprintf(stderr, "mapix %s: ", cmd->name);
	va_start(args, fmt);
	vfprintf(stderr, fmt, args);
	va_end(args);
	fprintf(stderr, "\nTry 'mapix %s --help'.\n", cmd->name);
	return EXIT_USAGE;
}

/* A query text refused by the parser: the message, the text, a caret. */
static int query_error(const struct scmd *cmd, const char *option,
		       const char *text, const struct query_error *qe)
{
	size_t len = strlen(text), i;

	fprintf(stderr, "mapix %s: %s: at column %zu: %s\n", cmd->name, option,
		qe->pos + 1, qe->msg);
	if (len <= 200 && qe->pos <= len) {
		fputs("  ", stderr);
		for (i = 0; i < len; i++)
			fputc((unsigned char)text[i] < 0x20 ? ' ' : text[i],
			      stderr);
		fprintf(stderr, "\n  %*s^\n", (int)qe->pos, "");
	}
	fprintf(stderr, "Try 'mapix %s --help'.\n", cmd->name);
	return EXIT_USAGE;
}

/* ---------------------------------------------------------------------
 * Values
 */

static void print_hex(const BYTE *lpb, ULONG cb)
{
	ULONG i;

	for (i = 0; i < cb; i++)
		printf("%02X", lpb[i]);
}

/* Text for people: the bytes, control characters shown as '?'. */
static void print_text(const char *s)
{
	for (; *s != '\0'; s++)
		putchar((unsigned char)*s < 0x20 || *s == 0x7F ? '?' : *s);
}

static void print_str(const char *s, bool json)
{
	if (json)
		json_string(s);
	else
		print_text(s);
}

/* FILETIME -> "2024-05-06T07:08:09Z" (with .fffffff when not whole). */
static bool format_systime(const FILETIME *ft, char *buf, size_t size)
{
	ULONGLONG t = ((ULONGLONG)ft->dwHighDateTime << 32) | ft->dwLowDateTime;
	const long long epoch_diff = 11644473600ll; /* 1601 -> 1970 */
	time_t secs = (time_t)((long long)(t / 10000000ull) - epoch_diff);
	unsigned int frac = (unsigned int)(t % 10000000ull);
	struct tm tm;
	char date[32];

	if (gmtime_r(&secs, &tm) == NULL || tm.tm_year + 1900 > 9999)
		return false;
	strftime(date, sizeof(date), "%Y-%m-%dT%H:%M:%S", &tm);
	if (frac != 0)
		snprintf(buf, size, "%s.%07uZ", date, frac);
	else
		snprintf(buf, size, "%sZ", date);
	return true;
}

static void format_guid(const GUID *g, char *buf, size_t size)
{
	snprintf(
	    buf, size, "{%08X-%04X-%04X-%02X%02X-%02X%02X%02X%02X%02X%02X}",
	    g->Data1, g->Data2, g->Data3, g->Data4[0], g->Data4[1], g->Data4[2],
	    g->Data4[3], g->Data4[4], g->Data4[5], g->Data4[6], g->Data4[7]);
}

static void print_double(double d, bool json)
{
	if (json && !(d == d && d - d == 0))
		fputs("null", stdout);
	else
		printf("%.17g", d);
}

static void print_value(const SPropValue *p, bool json);

/* The items of a multi-valued property, each as a single value. */
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

/*
 * Prints a value as JSON, or for people: strings bare, binaries as hex,
 * times as ISO 8601, errors by name.
 */
static void print_value(const SPropValue *p, bool json)
{
	const char *q = json ? "\"" : "";
	char buf[64];
	const char *name;
	char *s;

	if ((PROP_TYPE(p->ulPropTag) & MV_FLAG) != 0) {
		print_multi(p, json);
		return;
	}
	switch (PROP_TYPE(p->ulPropTag)) {
	case PT_I2:
		printf("%d", p->Value.i);
		break;
	case PT_LONG:
		printf("%d", p->Value.l);
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
		print_str(p->Value.lpszA != NULL ? p->Value.lpszA : "", json);
		break;
	case PT_UNICODE:
		s = ustr_to_utf8(p->Value.lpszW);
		print_str(s != NULL ? s : "", json);
		alloc_free(s);
		break;
	case PT_BINARY:
	case PT_SVREID:
		fputs(q, stdout);
		print_hex(p->Value.bin.lpb, p->Value.bin.cb);
		fputs(q, stdout);
		break;
	case PT_SYSTIME:
		if (format_systime(&p->Value.ft, buf, sizeof(buf)))
			printf("%s%s%s", q, buf, q);
		else
			printf("%s0x%08X%08X%s", q, p->Value.ft.dwHighDateTime,
			       p->Value.ft.dwLowDateTime, q);
		break;
	case PT_CLSID:
		format_guid(p->Value.lpguid, buf, sizeof(buf));
		printf("%s%s%s", q, buf, q);
		break;
	case PT_ERROR:
		name = mapierr_name(p->Value.err);
		if (name != NULL)
			printf("%s%s%s", q, name, q);
		else
			printf("%s0x%08X%s", q, (ULONG)p->Value.err, q);
		break;
	default:
		fputs(json ? "null" : "(no printable value)", stdout);
		break;
	}
}

/* The tag's name, or "0x%08X" in buf. */
static const char *tag_label(ULONG tag, char *buf, size_t size)
{
	return tagname_format(tag, buf, size);
}

/* ---------------------------------------------------------------------
 * Hex entry IDs
 */

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

static bool is_hex_eid(const char *s)
{
	size_t n = strlen(s), i;

	if (n < EID_HEX_MIN || n % 2 != 0)
		return false;
	for (i = 0; i < n; i++) {
		if (hexval((unsigned char)s[i]) < 0)
			return false;
	}
	return true;
}

/* The bytes of a hex entry ID, in a new MAPIAllocateBuffer block. */
static HRESULT parse_eid(const char *s, SBinary *bin)
{
	size_t n = strlen(s) / 2, i;
	LPBYTE b = NULL;
	HRESULT hr;

	hr = MAPIAllocateBuffer((ULONG)n, (LPVOID *)&b);
	if (FAILED(hr))
		return hr;
	for (i = 0; i < n; i++)
		b[i] = (BYTE)(hexval((unsigned char)s[2 * i]) << 4 |
			      hexval((unsigned char)s[2 * i + 1]));
	bin->cb = (ULONG)n;
	bin->lpb = b;
	return S_OK;
}

/* ---------------------------------------------------------------------
 * The session and the default store
 */

static void session_close(struct ctx *c)
{
	if (c->store != NULL)
		IMsgStore_Release(c->store);
	c->store = NULL;
	if (c->session != NULL) {
		IMAPISession_Logoff(c->session, 0, 0, 0);
		IMAPISession_Release(c->session);
	}
	c->session = NULL;
	if (c->initialized)
		MAPIUninitialize();
	c->initialized = false;
}

/*
 * MAPIInitialize, MAPILogonEx (the named or the default profile) and the
 * store the stores table marks PR_DEFAULT_STORE, opened for writing.
 * Returns 0, or EXIT_FAILED after printing why.
 */
static int session_open(struct ctx *c, bool want_store)
{
	SizedSPropTagArray(2, cols) = {2, {PR_DEFAULT_STORE, PR_ENTRYID}};
	SPropValue yes;
	SRestriction res;
	LPMAPITABLE table = NULL;
	LPSRowSet rows = NULL;
	ULONG flags = MAPI_EXTENDED | MAPI_NEW_SESSION | MAPI_NO_MAIL;
	HRESULT hr;
	int status = 0;

	hr = MAPIInitialize(NULL);
	if (FAILED(hr))
		return report(SRC_NONE, NULL, hr, "MAPIInitialize");
	c->initialized = true;
	flags |= c->profile != NULL ? MAPI_EXPLICIT_PROFILE : MAPI_USE_DEFAULT;
	hr = MAPILogonEx(0, (LPTSTR)c->profile, NULL, flags, &c->session);
	if (FAILED(hr)) {
		c->session = NULL;
		if (c->profile != NULL)
			return report(SRC_NONE, NULL, hr,
				      "log on to profile '%s'", c->profile);
		return report(SRC_NONE, NULL, hr,
			      "log on to the default profile");
	}
	if (!want_store)
		return 0;
	yes.ulPropTag = PR_DEFAULT_STORE;
	yes.Value.b = TRUE;
	res.rt = RES_PROPERTY;
	res.res.resProperty.relop = RELOP_EQ;
	res.res.resProperty.ulPropTag = PR_DEFAULT_STORE;
	res.res.resProperty.lpProp = &yes;
	hr = IMAPISession_GetMsgStoresTable(c->session, 0, &table);
	if (FAILED(hr)) {
		table = NULL;
		return report(SRC_SESSION, c->session, hr, "stores table");
	}
	hr =
	    HrQueryAllRows(table, (LPSPropTagArray)&cols, &res, NULL, 0, &rows);
	if (FAILED(hr)) {
		rows = NULL;
		status = report(SRC_TABLE, table, hr, "stores table");
	} else if (rows->cRows == 0 ||
		   PROP_TYPE(rows->aRow[0].lpProps[1].ulPropTag) != PT_BINARY) {
		status = fail_msg(MAPI_E_NOT_FOUND, "default store",
				  "the profile has no default store");
	} else {
		const SBinary *eid = &rows->aRow[0].lpProps[1].Value.bin;

		hr = IMAPISession_OpenMsgStore(
		    c->session, 0, eid->cb, (LPENTRYID)eid->lpb, NULL,
		    MDB_WRITE | MDB_NO_DIALOG, &c->store);
		if (FAILED(hr)) {
			c->store = NULL;
			status = report(SRC_SESSION, c->session, hr,
					"open the default store");
		}
	}
	FreeProws(rows);
	IMAPITable_Release(table);
	return status;
}

/* ---------------------------------------------------------------------
 * Finding folders and entries
 */

/* Opens an entry of the default store; *type_r its MAPI_* object type. */
static HRESULT open_eid(struct ctx *c, const SBinary *eid, ULONG *type_r,
			LPUNKNOWN *obj_r)
{
	return IMsgStore_OpenEntry(c->store, eid->cb, (LPENTRYID)eid->lpb, NULL,
				   MAPI_BEST_ACCESS, type_r, obj_r);
}

/*
 * The entry ID of the subfolder of parent named name (compared as the
 * table compares strings, without case), as a new MAPIAllocateBuffer
 * SPropValue in *eid_r; MAPI_E_NOT_FOUND when there is none.
 */
static HRESULT find_child(LPMAPIFOLDER parent, const char *name,
			  LPSPropValue *eid_r)
{
	SizedSPropTagArray(2, cols) = {2, {PR_ENTRYID, PR_DISPLAY_NAME_W}};
	LPMAPITABLE table = NULL;
	LPSRowSet rows = NULL;
	SPropValue want;
	SRestriction res;
	HRESULT hr;

	*eid_r = NULL;
	want.ulPropTag = PR_DISPLAY_NAME_W;
	want.Value.lpszW = ustr_from_utf8(name);
	if (want.Value.lpszW == NULL)
		return MAPI_E_NOT_ENOUGH_MEMORY;
	res.rt = RES_PROPERTY;
	res.res.resProperty.relop = RELOP_EQ;
	res.res.resProperty.ulPropTag = PR_DISPLAY_NAME_W;
	res.res.resProperty.lpProp = &want;
	hr = IMAPIFolder_GetHierarchyTable(parent, MAPI_UNICODE, &table);
	if (SUCCEEDED(hr))
		hr = HrQueryAllRows(table, (LPSPropTagArray)&cols, &res, NULL,
				    1, &rows);
	else
		table = NULL;
	if (SUCCEEDED(hr)) {
		if (rows->cRows == 0 ||
		    rows->aRow[0].lpProps[0].ulPropTag != PR_ENTRYID)
			hr = MAPI_E_NOT_FOUND;
		else
			hr = ScDupPropset(1, rows->aRow[0].lpProps,
					  MAPIAllocateBuffer, eid_r);
	} else {
		rows = NULL;
	}
	FreeProws(rows);
	if (table != NULL)
		IMAPITable_Release(table);
	alloc_free(want.Value.lpszW);
	return hr;
}

/* Opens IPM_SUBTREE, the root of folder paths. */
static int open_root(struct ctx *c, LPMAPIFOLDER *folder_r)
{
	LPSPropValue eid = NULL;
	LPUNKNOWN obj = NULL;
	ULONG type = 0;
	HRESULT hr;

	*folder_r = NULL;
	hr = HrGetOneProp((LPMAPIPROP)c->store, PR_IPM_SUBTREE_ENTRYID, &eid);
	if (FAILED(hr))
		return report(SRC_PROP, c->store, hr, "IPM_SUBTREE");
	hr = open_eid(c, &eid->Value.bin, &type, &obj);
	MAPIFreeBuffer(eid);
	if (FAILED(hr))
		return report(SRC_PROP, c->store, hr, "open IPM_SUBTREE");
	*folder_r = (LPMAPIFOLDER)obj;
	return 0;
}

/*
 * Opens the folder a FOLDER argument names: a hex entry ID or a path
 * below IPM_SUBTREE.  With parent_r, stops one component short and gives
 * the parent folder and, in *last_r, the last component (a pointer into
 * a copy kept in *buf_r, to be alloc_free()d); the path must then have
 * one.  Returns 0 or EXIT_FAILED after printing why.
 */
static int open_folder(struct ctx *c, const char *spec, LPMAPIFOLDER *folder_r,
		       const char **last_r, char **buf_r)
{
	LPMAPIFOLDER folder = NULL;
	LPSPropValue eid = NULL;
	LPUNKNOWN obj = NULL;
	char *path = NULL, *comp, *slash, *last = NULL;
	ULONG type = 0;
	HRESULT hr;

	*folder_r = NULL;
	if (buf_r != NULL)
		*buf_r = NULL;
	if (last_r == NULL && is_hex_eid(spec)) {
		SBinary bin;

		hr = parse_eid(spec, &bin);
		if (SUCCEEDED(hr)) {
			hr = open_eid(c, &bin, &type, &obj);
			MAPIFreeBuffer(bin.lpb);
		}
		if (FAILED(hr))
			return report(SRC_PROP, c->store, hr, "open '%s'",
				      spec);
		if (type != MAPI_FOLDER) {
			IUnknown_Release(obj);
			return fail_msg(MAPI_E_INVALID_ENTRYID, spec,
					"not a folder");
		}
		*folder_r = (LPMAPIFOLDER)obj;
		return 0;
	}
	path = alloc_strdup(spec);
	if (path == NULL)
		return fail_msg(MAPI_E_NOT_ENOUGH_MEMORY, spec,
				"out of memory");
	/* No empty components: "/Inbox//Sub/" is Inbox/Sub. */
	comp = path;
	if (last_r != NULL) {
		size_t n = strlen(path);

		while (n > 0 && path[n - 1] == '/')
			path[--n] = '\0';
		last = strrchr(path, '/');
		if (last != NULL) {
			*last++ = '\0';
		} else {
			last = path;
			comp = path + n; /* the parent is IPM_SUBTREE */
		}
		if (*last == '\0') {
			alloc_free(path);
			return fail_msg(MAPI_E_INVALID_PARAMETER, spec,
					"no folder name in the path");
		}
	}
	if (open_root(c, &folder) != 0) {
		alloc_free(path);
		return EXIT_FAILED;
	}
	while (comp != NULL && *comp != '\0') {
		LPMAPIFOLDER child;

		slash = strchr(comp, '/');
		if (slash != NULL)
			*slash = '\0';
		if (*comp == '\0') {
			comp = slash != NULL ? slash + 1 : NULL;
			continue;
		}
		hr = find_child(folder, comp, &eid);
		if (hr == MAPI_E_NOT_FOUND) {
			fprintf(stderr,
				"mapix: %s: no folder '%s' there "
				"(MAPI_E_NOT_FOUND)\n",
				spec, comp);
			goto failed;
		}
		if (FAILED(hr)) {
			report(SRC_PROP, folder, hr, "%s", spec);
			goto failed;
		}
		hr = open_eid(c, &eid->Value.bin, &type, &obj);
		MAPIFreeBuffer(eid);
		eid = NULL;
		if (FAILED(hr)) {
			report(SRC_PROP, c->store, hr, "open '%s'", comp);
			goto failed;
		}
		child = (LPMAPIFOLDER)obj;
		IMAPIFolder_Release(folder);
		folder = child;
		comp = slash != NULL ? slash + 1 : NULL;
	}
	*folder_r = folder;
	if (last_r != NULL) {
		*last_r = last;
		*buf_r = path;
	} else {
		alloc_free(path);
	}
	return 0;
failed:
	IMAPIFolder_Release(folder);
	alloc_free(path);
	return EXIT_FAILED;
}

/*
 * Opens what an ENTRY argument names: a hex entry ID (any object of the
 * store) or a folder path.  *type_r gets the MAPI_* object type.
 */
static int open_entry(struct ctx *c, const char *spec, ULONG *type_r,
		      LPUNKNOWN *obj_r)
{
	SBinary bin;
	HRESULT hr;

	*obj_r = NULL;
	if (!is_hex_eid(spec)) {
		*type_r = MAPI_FOLDER;
		return open_folder(c, spec, (LPMAPIFOLDER *)obj_r, NULL, NULL);
	}
	hr = parse_eid(spec, &bin);
	if (SUCCEEDED(hr)) {
		hr = IMAPISession_OpenEntry(c->session, bin.cb,
					    (LPENTRYID)bin.lpb, NULL,
					    MAPI_BEST_ACCESS, type_r, obj_r);
		MAPIFreeBuffer(bin.lpb);
	}
	if (FAILED(hr)) {
		*obj_r = NULL;
		return report(SRC_SESSION, c->session, hr, "open '%s'", spec);
	}
	return 0;
}

/* Opens a message by hex entry ID and the folder it is in. */
static int open_message(struct ctx *c, const char *spec, LPMESSAGE *msg_r,
			LPMAPIFOLDER *parent_r, LPSPropValue *eid_r)
{
	LPSPropValue pfid = NULL;
	LPUNKNOWN obj = NULL;
	ULONG type = 0;
	HRESULT hr;

	*msg_r = NULL;
	*parent_r = NULL;
	*eid_r = NULL;
	if (open_entry(c, spec, &type, &obj) != 0)
		return EXIT_FAILED;
	if (type != MAPI_MESSAGE) {
		IUnknown_Release(obj);
		return fail_msg(MAPI_E_INVALID_ENTRYID, spec, "not a message");
	}
	*msg_r = (LPMESSAGE)obj;
	hr = HrGetOneProp((LPMAPIPROP)obj, PR_PARENT_ENTRYID, &pfid);
	if (SUCCEEDED(hr))
		hr = HrGetOneProp((LPMAPIPROP)obj, PR_ENTRYID, eid_r);
	if (SUCCEEDED(hr))
		hr = open_eid(c, &pfid->Value.bin, &type, &obj);
	MAPIFreeBuffer(pfid);
	if (FAILED(hr)) {
		report(SRC_PROP, *msg_r, hr, "the folder of '%s'", spec);
		IMessage_Release(*msg_r);
		*msg_r = NULL;
		MAPIFreeBuffer(*eid_r);
		*eid_r = NULL;
		return EXIT_FAILED;
	}
	*parent_r = (LPMAPIFOLDER)obj;
	return 0;
}

/* ---------------------------------------------------------------------
 * Reading tables
 */

/*
 * Reads rows in batches and calls each(c, row, index, ctx) for each, up
 * to limit rows (-1: all).  Returns 0 or EXIT_FAILED after printing why.
 */
static int each_row(LPMAPITABLE table, long limit, const char *what,
		    void (*each)(const SRow *row, ULONG index, void *ctx),
		    void *ctx)
{
	LPSRowSet rows = NULL;
	ULONG index = 0, i;
	HRESULT hr;

	for (;;) {
		LONG want = BATCH_ROWS;

		if (limit >= 0 && (long)index + want > limit)
			want = (LONG)(limit - (long)index);
		if (want <= 0)
			break;
		hr = IMAPITable_QueryRows(table, want, 0, &rows);
		if (FAILED(hr))
			return report(SRC_TABLE, table, hr, "%s", what);
		if (rows->cRows == 0) {
			FreeProws(rows);
			break;
		}
		for (i = 0; i < rows->cRows; i++)
			each(&rows->aRow[i], index++, ctx);
		FreeProws(rows);
		rows = NULL;
	}
	return 0;
}

static const SPropValue *row_find(const SRow *row, ULONG tag)
{
	ULONG i;

	for (i = 0; i < row->cValues; i++) {
		if (PROP_ID(row->lpProps[i].ulPropTag) == PROP_ID(tag) &&
		    PROP_TYPE(row->lpProps[i].ulPropTag) != PT_ERROR)
			return &row->lpProps[i];
	}
	return NULL;
}

/* A string column as a new alloc_malloc()ed UTF-8 string ("" if none). */
static char *row_string(const SRow *row, ULONG tag)
{
	const SPropValue *p = row_find(row, tag);

	if (p != NULL && PROP_TYPE(p->ulPropTag) == PT_UNICODE)
		return ustr_to_utf8(p->Value.lpszW);
	if (p != NULL && PROP_TYPE(p->ulPropTag) == PT_STRING8)
		return alloc_strdup(p->Value.lpszA);
	return alloc_strdup("");
}

static LONG row_long(const SRow *row, ULONG tag)
{
	const SPropValue *p = row_find(row, tag);

	return p != NULL && PROP_TYPE(p->ulPropTag) == PT_LONG ? p->Value.l : 0;
}

static bool row_bool(const SRow *row, ULONG tag)
{
	const SPropValue *p = row_find(row, tag);

	return p != NULL && PROP_TYPE(p->ulPropTag) == PT_BOOLEAN && p->Value.b;
}

static const SBinary *row_bin(const SRow *row, ULONG tag)
{
	const SPropValue *p = row_find(row, tag);

	return p != NULL && PROP_TYPE(p->ulPropTag) == PT_BINARY ? &p->Value.bin
								 : NULL;
}

static void print_eid(const SBinary *eid, bool json)
{
	if (eid == NULL) {
		fputs(json ? "null" : "-", stdout);
		return;
	}
	if (json)
		putchar('"');
	print_hex(eid->lpb, eid->cb);
	if (json)
		putchar('"');
}

/* ---------------------------------------------------------------------
 * stores
 */

static void stores_row(const SRow *row, ULONG index, void *ctx)
{
	struct ctx *c = ctx;
	char *name = row_string(row, PR_DISPLAY_NAME_W);
	bool def = row_bool(row, PR_DEFAULT_STORE);

	if (c->json) {
		printf("%s{\"name\":", index > 0 ? "," : "");
		json_string(name != NULL ? name : "");
		printf(",\"default\":%s,\"entryid\":", def ? "true" : "false");
		print_eid(row_bin(row, PR_ENTRYID), true);
		putchar('}');
	} else {
		printf("%s ", def ? "*" : " ");
		print_text(name != NULL ? name : "");
		fputs("  ", stdout);
		print_eid(row_bin(row, PR_ENTRYID), false);
		putchar('\n');
	}
	alloc_free(name);
}

static int run_stores(struct ctx *c)
{
	SizedSPropTagArray(3, cols) = {
	    3, {PR_DISPLAY_NAME_W, PR_DEFAULT_STORE, PR_ENTRYID}};
	LPMAPITABLE table = NULL;
	HRESULT hr;
	int status;

	hr = IMAPISession_GetMsgStoresTable(c->session, MAPI_UNICODE, &table);
	if (FAILED(hr))
		return report(SRC_SESSION, c->session, hr, "stores table");
	hr = IMAPITable_SetColumns(table, (LPSPropTagArray)&cols, 0);
	if (FAILED(hr)) {
		status = report(SRC_TABLE, table, hr, "stores table");
	} else {
		if (c->json)
			putchar('[');
		status = each_row(table, -1, "stores table", stores_row, c);
		if (c->json)
			puts("]");
	}
	IMAPITable_Release(table);
	return status;
}

/* ---------------------------------------------------------------------
 * folders
 */

/* Names of the folders above the current row, by depth, for paths. */
#define MAX_TREE_DEPTH 64

struct folders_walk {
	struct ctx *c;
	char *names[MAX_TREE_DEPTH];
};

static void folders_row(const SRow *row, ULONG index, void *ctx)
{
	struct folders_walk *w = ctx;
	char *name = row_string(row, PR_DISPLAY_NAME_W);
	LONG depth = row_long(row, PR_DEPTH), d;
	LONG count = row_long(row, PR_CONTENT_COUNT);
	LONG unread = row_long(row, PR_CONTENT_UNREAD);
	bool subfolders = row_bool(row, PR_SUBFOLDERS);
	const SBinary *eid = row_bin(row, PR_ENTRYID);

	if (name == NULL)
		return;
	/* PR_DEPTH counts from 1 below the table's folder; rows come
	 * depth first, so a row's ancestors are the last ones seen at each
	 * smaller depth. */
	if (depth < 1)
		depth = 1;
	if (depth > MAX_TREE_DEPTH)
		depth = MAX_TREE_DEPTH;
	alloc_free(w->names[depth - 1]);
	w->names[depth - 1] = name;
	if (w->c->json) {
		printf("%s{\"name\":", index > 0 ? "," : "");
		json_string(name);
		fputs(",\"path\":\"", stdout);
		for (d = 0; d < depth; d++) {
			const char *s = w->names[d] != NULL ? w->names[d] : "";

			/* json_string quotes; the path is pieced together. */
			if (d > 0)
				putchar('/');
			for (; *s != '\0'; s++) {
				if (*s == '"' || *s == '\\')
					printf("\\%c", *s);
				else if ((unsigned char)*s < 0x20)
					printf("\\u%04x", (unsigned char)*s);
				else
					putchar(*s);
			}
		}
		printf("\",\"depth\":%d,\"count\":%d,\"unread\":%d,"
		       "\"subfolders\":%s,\"entryid\":",
		       depth, count, unread, subfolders ? "true" : "false");
		print_eid(eid, true);
		putchar('}');
	} else {
		printf("%*s", (int)(depth - 1) * 2, "");
		print_text(name);
		printf("  (%d, %d unread)  ", count, unread);
		print_eid(eid, false);
		putchar('\n');
	}
}

static int run_folders(struct ctx *c)
{
	SizedSPropTagArray(6, cols) = {6,
				       {PR_DISPLAY_NAME_W, PR_DEPTH,
					PR_CONTENT_COUNT, PR_CONTENT_UNREAD,
					PR_SUBFOLDERS, PR_ENTRYID}};
	struct folders_walk w;
	LPMAPIFOLDER root = NULL;
	LPMAPITABLE table = NULL;
	HRESULT hr;
	int status, i;

	if (open_root(c, &root) != 0)
		return EXIT_FAILED;
	memset(&w, 0, sizeof(w));
	w.c = c;
	hr = IMAPIFolder_GetHierarchyTable(
	    root, MAPI_UNICODE | (c->tree ? CONVENIENT_DEPTH : 0), &table);
	if (FAILED(hr)) {
		status = report(SRC_PROP, root, hr, "hierarchy table");
		IMAPIFolder_Release(root);
		return status;
	}
	hr = IMAPITable_SetColumns(table, (LPSPropTagArray)&cols, 0);
	if (FAILED(hr)) {
		status = report(SRC_TABLE, table, hr, "hierarchy table");
	} else {
		if (c->json)
			putchar('[');
		status =
		    each_row(table, -1, "hierarchy table", folders_row, &w);
		if (c->json)
			puts("]");
	}
	for (i = 0; i < MAX_TREE_DEPTH; i++)
		alloc_free(w.names[i]);
	IMAPITable_Release(table);
	IMAPIFolder_Release(root);
	return status;
}

/* ---------------------------------------------------------------------
 * ls
 */

struct ls_walk {
	struct ctx *c;
	const SPropTagArray *cols;
};

static void ls_row(const SRow *row, ULONG index, void *ctx)
{
	struct ls_walk *w = ctx;
	char buf[32];
	ULONG i;

	if (w->c->json)
		printf("%s{", index > 0 ? "," : "");
	for (i = 0; i < w->cols->cValues; i++) {
		ULONG tag = w->cols->aulPropTag[i];
		const SPropValue *p =
		    i < row->cValues ? &row->lpProps[i] : NULL;

		if (p != NULL && PROP_TYPE(p->ulPropTag) == PT_ERROR)
			p = NULL;
		if (w->c->json) {
			if (i > 0)
				putchar(',');
			json_string(tag_label(tag, buf, sizeof(buf)));
			putchar(':');
			if (p != NULL)
				print_value(p, true);
			else
				fputs("null", stdout);
		} else {
			if (i > 0)
				fputs("  ", stdout);
			if (p != NULL)
				print_value(p, false);
			else
				putchar('-');
		}
	}
	if (w->c->json)
		putchar('}');
	else
		putchar('\n');
}

static int run_ls(struct ctx *c)
{
	SizedSPropTagArray(4, default_cols) = {
	    4,
	    {PR_ENTRYID, PR_MESSAGE_DELIVERY_TIME, PR_SENDER_NAME_W,
	     PR_SUBJECT_W}};
	LPSPropTagArray cols = (LPSPropTagArray)&default_cols, own_cols = NULL;
	LPSSortOrderSet sort = NULL;
	LPSRestriction where = NULL;
	struct query_error qe;
	struct ls_walk w;
	LPMAPIFOLDER folder = NULL;
	LPMAPITABLE table = NULL;
	ULONG total = 0, i;
	char buf[32];
	HRESULT hr;
	int status = 0, ret;

	/* The query texts first: a usage error needs no session. */
	if (c->columns != NULL) {
		ret = query_parse_columns(c->columns, &own_cols, &qe);
		if (ret == -EINVAL)
			return query_error(c->cmd, "--columns", c->columns,
					   &qe);
		if (ret < 0)
			return fail_msg(MAPI_E_NOT_ENOUGH_MEMORY, "--columns",
					"out of memory");
		cols = own_cols;
	}
	if (c->sort != NULL) {
		ret = query_parse_sort(c->sort, &sort, &qe);
		if (ret < 0) {
			status =
			    ret == -EINVAL
				? query_error(c->cmd, "--sort", c->sort, &qe)
				: fail_msg(MAPI_E_NOT_ENOUGH_MEMORY, "--sort",
					   "out of memory");
			goto done;
		}
	}
	if (c->where != NULL) {
		ret = query_parse_where(c->where, &where, &qe);
		if (ret < 0) {
			status =
			    ret == -EINVAL
				? query_error(c->cmd, "--where", c->where, &qe)
				: fail_msg(MAPI_E_NOT_ENOUGH_MEMORY, "--where",
					   "out of memory");
			goto done;
		}
	}
	status = session_open(c, true);
	if (status == 0)
		status = open_folder(c, c->pos[0], &folder, NULL, NULL);
	if (status != 0)
		goto done;
	hr = IMAPIFolder_GetContentsTable(folder, MAPI_UNICODE, &table);
	if (FAILED(hr)) {
		table = NULL;
		status = report(SRC_PROP, folder, hr, "contents table of '%s'",
				c->pos[0]);
		goto done;
	}
	hr = IMAPITable_SetColumns(table, cols, 0);
	if (SUCCEEDED(hr) && where != NULL)
		hr = IMAPITable_Restrict(table, where, 0);
	if (SUCCEEDED(hr) && sort != NULL)
		hr = IMAPITable_SortTable(table, sort, 0);
	if (SUCCEEDED(hr))
		hr = IMAPITable_GetRowCount(table, 0, &total);
	if (FAILED(hr)) {
		status = report(SRC_TABLE, table, hr, "contents table of '%s'",
				c->pos[0]);
		goto done;
	}
	w.c = c;
	w.cols = cols;
	if (c->json) {
		fputs("{\"folder\":", stdout);
		json_string(c->pos[0]);
		printf(",\"total\":%u,\"columns\":[", total);
		for (i = 0; i < cols->cValues; i++) {
			if (i > 0)
				putchar(',');
			json_string(
			    tag_label(cols->aulPropTag[i], buf, sizeof(buf)));
		}
		fputs("],\"rows\":[", stdout);
	} else {
		for (i = 0; i < cols->cValues; i++)
			printf(
			    "%s%s", i > 0 ? "  " : "# ",
			    tag_label(cols->aulPropTag[i], buf, sizeof(buf)));
		putchar('\n');
	}
	status = each_row(table, c->limit, "contents table", ls_row, &w);
	if (c->json)
		puts("]}");
done:
	if (table != NULL)
		IMAPITable_Release(table);
	if (folder != NULL)
		IMAPIFolder_Release(folder);
	MAPIFreeBuffer(where);
	MAPIFreeBuffer(sort);
	MAPIFreeBuffer(own_cols);
	return status;
}

/* ---------------------------------------------------------------------
 * show
 */

static const char *type_word(ULONG type)
{
	switch (type) {
	case MAPI_STORE:
		return "store";
	case MAPI_FOLDER:
		return "folder";
	case MAPI_MESSAGE:
		return "message";
	case MAPI_ATTACH:
		return "attachment";
	default:
		return "other";
	}
}

/*
 * A string or binary property too large for GetProps, read through
 * OpenProperty(IID_IStream), up to STREAM_SHOW_MAX bytes, into *p (its
 * memory hung from base).  Leaves *p as it was when that fails.
 */
static void read_stream_value(LPMAPIPROP obj, LPSPropValue p, void *base)
{
	static const ULONG tags[] = {PT_UNICODE, PT_STRING8, PT_BINARY};
	LPSTREAM stream = NULL;
	LPBYTE data = NULL;
	ULONG got = 0, total = 0;
	size_t i;
	HRESULT hr = MAPI_E_NOT_FOUND;

	for (i = 0; i < sizeof(tags) / sizeof(tags[0]) && FAILED(hr); i++)
		hr = IMAPIProp_OpenProperty(
		    obj, PROP_TAG(tags[i], PROP_ID(p->ulPropTag)), &IID_IStream,
		    0, 0, (LPUNKNOWN *)&stream);
	if (FAILED(hr))
		return;
	i--;
	if (MAPIAllocateMore(STREAM_SHOW_MAX + 2, base, (LPVOID *)&data) !=
	    S_OK) {
		IStream_Release(stream);
		return;
	}
	do {
		hr = IStream_Read(stream, data + total, STREAM_SHOW_MAX - total,
				  &got);
		total += got;
	} while (SUCCEEDED(hr) && got > 0 && total < STREAM_SHOW_MAX);
	IStream_Release(stream);
	if (FAILED(hr))
		return;
	data[total] = 0;
	data[total + 1] = 0;
	p->ulPropTag = PROP_TAG(tags[i], PROP_ID(p->ulPropTag));
	if (tags[i] == PT_UNICODE) {
		total &= ~1u;
		data[total] = data[total + 1] = 0;
		p->Value.lpszW = (LPWSTR)data;
	} else if (tags[i] == PT_STRING8) {
		p->Value.lpszA = (LPSTR)data;
	} else {
		p->Value.bin.cb = total;
		p->Value.bin.lpb = data;
	}
}

/* Prints the named-property identity of a tag, or null. */
static void print_named(const MAPINAMEID *nm, bool json)
{
	char guid[48];
	char *s;

	if (nm == NULL) {
		if (json)
			fputs("null", stdout);
		return;
	}
	if (nm->lpguid != NULL)
		format_guid(nm->lpguid, guid, sizeof(guid));
	else
		snprintf(guid, sizeof(guid), "null");
	if (json) {
		printf("{\"guid\":\"%s\",", guid);
		if (nm->ulKind == MNID_ID) {
			printf("\"id\":%d}", nm->Kind.lID);
		} else {
			s = ustr_to_utf8(nm->Kind.lpwstrName);
			fputs("\"name\":", stdout);
			json_string(s != NULL ? s : "");
			putchar('}');
			alloc_free(s);
		}
	} else if (nm->ulKind == MNID_ID) {
		printf(" %s:0x%04X", guid, (unsigned int)nm->Kind.lID);
	} else {
		s = ustr_to_utf8(nm->Kind.lpwstrName);
		printf(" %s:", guid);
		print_text(s != NULL ? s : "");
		alloc_free(s);
	}
}

/*
 * Prints properties (a JSON array or one per line), named ones (IDs from
 * 0x8000) with the names GetNamesFromIDs gives for them.
 */
static void print_props(LPMAPIPROP obj, ULONG count, LPSPropValue props,
			bool json, int indent)
{
	LPSPropTagArray named = NULL;
	LPMAPINAMEID *names = NULL;
	ULONG nnamed = 0, i, k, cnames = 0;
	char buf[32];
	const char *type;

	for (i = 0; i < count; i++)
		nnamed += PROP_ID(props[i].ulPropTag) >= 0x8000;
	if (obj != NULL && nnamed > 0 &&
	    MAPIAllocateBuffer(CbNewSPropTagArray(nnamed), (LPVOID *)&named) ==
		S_OK) {
		named->cValues = 0;
		for (i = 0; i < count; i++) {
			if (PROP_ID(props[i].ulPropTag) >= 0x8000)
				named->aulPropTag[named->cValues++] =
				    props[i].ulPropTag;
		}
		if (FAILED(IMAPIProp_GetNamesFromIDs(obj, &named, NULL, 0,
						     &cnames, &names))) {
			names = NULL;
			cnames = 0;
		}
	}
	if (json)
		putchar('[');
	for (i = 0, k = 0; i < count; i++) {
		const SPropValue *p = &props[i];
		const MAPINAMEID *nm = NULL;

		if (PROP_ID(p->ulPropTag) >= 0x8000) {
			if (names != NULL && k < cnames)
				nm = names[k];
			k++;
		}
		type = tagname_type_name(PROP_TYPE(p->ulPropTag));
		if (json) {
			printf("%s{\"tag\":\"0x%08X\",\"name\":",
			       i > 0 ? "," : "", p->ulPropTag);
			if (tagname_lookup(p->ulPropTag) != NULL)
				json_string(tagname_lookup(p->ulPropTag));
			else
				fputs("null", stdout);
			fputs(",\"type\":", stdout);
			if (type != NULL)
				json_string(type);
			else
				fputs("null", stdout);
			fputs(",\"named\":", stdout);
			print_named(nm, true);
			fputs(",\"value\":", stdout);
			print_value(p, true);
			putchar('}');
		} else {
			printf("%*s%s", indent, "",
			       tag_label(p->ulPropTag, buf, sizeof(buf)));
			print_named(nm, false);
			fputs(" = ", stdout);
			print_value(p, false);
			putchar('\n');
		}
	}
	if (json)
		putchar(']');
	MAPIFreeBuffer(names);
	MAPIFreeBuffer(named);
}

/* Drops the columns a row has no value for (MAPI_E_NOT_FOUND errors). */
static void drop_missing(SRow *row)
{
	ULONG j, n = 0;

	for (j = 0; j < row->cValues; j++) {
		if (PROP_TYPE(row->lpProps[j].ulPropTag) == PT_ERROR &&
		    row->lpProps[j].Value.err == MAPI_E_NOT_FOUND)
			continue;
		row->lpProps[n++] = row->lpProps[j];
	}
	row->cValues = n;
}

/*
 * The recipient table: its columns and the usual recipient properties
 * besides (a table's TBL_ALL_COLUMNS may name only its current set).
 */
static int show_recipients(LPMESSAGE msg, bool json)
{
	static const ULONG extra[] = {
	    PR_DISPLAY_NAME_W, PR_EMAIL_ADDRESS_W, PR_ADDRTYPE_W,
	    PR_SMTP_ADDRESS_W, PR_RECIPIENT_TYPE,  PR_DISPLAY_TYPE,
	    PR_OBJECT_TYPE,    PR_ENTRYID,         PR_SEARCH_KEY,
	};
	const size_t nextra = sizeof(extra) / sizeof(extra[0]);
	LPSPropTagArray cur = NULL, cols = NULL;
	LPMAPITABLE table = NULL;
	LPSRowSet rows = NULL;
	HRESULT hr;
	ULONG i, j;
	int status = 0;

	hr = IMessage_GetRecipientTable(msg, MAPI_UNICODE, &table);
	if (FAILED(hr))
		return report(SRC_PROP, msg, hr, "recipient table");
	hr = IMAPITable_QueryColumns(table, TBL_ALL_COLUMNS, &cur);
	if (SUCCEEDED(hr))
		hr = MAPIAllocateBuffer(
		    CbNewSPropTagArray(cur->cValues + nextra), (LPVOID *)&cols);
	if (SUCCEEDED(hr)) {
		cols->cValues = 0;
		for (i = 0; i < cur->cValues; i++)
			cols->aulPropTag[cols->cValues++] = cur->aulPropTag[i];
		for (i = 0; i < nextra; i++) {
			for (j = 0; j < cur->cValues; j++) {
				if (PROP_ID(cur->aulPropTag[j]) ==
				    PROP_ID(extra[i]))
					break;
			}
			if (j == cur->cValues)
				cols->aulPropTag[cols->cValues++] = extra[i];
		}
		hr = HrQueryAllRows(table, cols, NULL, NULL, 0, &rows);
	}
	if (FAILED(hr)) {
		rows = NULL;
		status = report(SRC_TABLE, table, hr, "recipient table");
	} else {
		if (json)
			putchar('[');
		else
			printf("Recipients (%u):\n", rows->cRows);
		for (i = 0; i < rows->cRows; i++) {
			drop_missing(&rows->aRow[i]);
			if (json && i > 0)
				putchar(',');
			if (!json)
				printf("  [%u]\n", i);
			print_props(NULL, rows->aRow[i].cValues,
				    rows->aRow[i].lpProps, json, 4);
		}
		if (json)
			putchar(']');
	}
	FreeProws(rows);
	MAPIFreeBuffer(cols);
	MAPIFreeBuffer(cur);
	IMAPITable_Release(table);
	return status;
}

/*
 * One attachment's properties, from the attachment itself (OpenAttach,
 * GetPropList, GetProps): all but the data, which PR_ATTACH_SIZE
 * measures and which would be unreadable as hex anyway.
 */
static int show_attachment(LPMESSAGE msg, ULONG num, bool json)
{
	LPATTACH att = NULL;
	LPSPropTagArray tags = NULL;
	LPSPropValue props = NULL;
	ULONG count = 0, i, n = 0;
	HRESULT hr;

	hr = IMessage_OpenAttach(msg, num, NULL, 0, &att);
	if (FAILED(hr))
		return report(SRC_PROP, msg, hr, "attachment %u", num);
	hr = IAttach_GetPropList(att, MAPI_UNICODE, &tags);
	if (SUCCEEDED(hr)) {
		for (i = 0; i < tags->cValues; i++) {
			if (PROP_ID(tags->aulPropTag[i]) !=
			    PROP_ID(PR_ATTACH_DATA_BIN))
				tags->aulPropTag[n++] = tags->aulPropTag[i];
		}
		tags->cValues = n;
		hr = IAttach_GetProps(att, tags, MAPI_UNICODE, &count, &props);
	}
	if (FAILED(hr)) {
		props = NULL;
		report(SRC_PROP, att, hr, "attachment %u", num);
	} else {
		print_props((LPMAPIPROP)att, count, props, json, 4);
	}
	MAPIFreeBuffer(props);
	MAPIFreeBuffer(tags);
	IAttach_Release(att);
	return FAILED(hr) ? EXIT_FAILED : 0;
}

static int show_attachments(LPMESSAGE msg, bool json)
{
	SizedSPropTagArray(1, cols) = {1, {PR_ATTACH_NUM}};
	LPMAPITABLE table = NULL;
	LPSRowSet rows = NULL;
	HRESULT hr;
	ULONG i;
	int status = 0;

	hr = IMessage_GetAttachmentTable(msg, MAPI_UNICODE, &table);
	if (FAILED(hr))
		return report(SRC_PROP, msg, hr, "attachment table");
	hr =
	    HrQueryAllRows(table, (LPSPropTagArray)&cols, NULL, NULL, 0, &rows);
	if (FAILED(hr)) {
		status = report(SRC_TABLE, table, hr, "attachment table");
		IMAPITable_Release(table);
		return status;
	}
	if (json)
		putchar('[');
	else
		printf("Attachments (%u):\n", rows->cRows);
	for (i = 0; i < rows->cRows; i++) {
		const SPropValue *p = rows->aRow[i].lpProps;

		if (json && i > 0)
			putchar(',');
		if (!json)
			printf("  [%u]\n", i);
		if (p[0].ulPropTag != PR_ATTACH_NUM ||
		    show_attachment(msg, p[0].Value.ul, json) != 0) {
			status = EXIT_FAILED;
			if (json)
				fputs("null", stdout);
		}
	}
	if (json)
		putchar(']');
	FreeProws(rows);
	IMAPITable_Release(table);
	return status;
}

static int run_show(struct ctx *c)
{
	LPUNKNOWN obj = NULL;
	LPSPropValue props = NULL, eid = NULL;
	ULONG type = 0, count = 0, i;
	HRESULT hr;
	int status;

	status = session_open(c, true);
	if (status == 0)
		status = open_entry(c, c->pos[0], &type, &obj);
	if (status != 0)
		return status;
	hr = IMAPIProp_GetProps((LPMAPIPROP)obj, NULL, MAPI_UNICODE, &count,
				&props);
	if (FAILED(hr)) {
		props = NULL;
		status =
		    report(SRC_PROP, obj, hr, "properties of '%s'", c->pos[0]);
		goto done;
	}
	/* Values too large for GetProps come as MAPI_E_NOT_ENOUGH_MEMORY
	 * errors: read those through a stream. */
	for (i = 0; i < count; i++) {
		if (PROP_TYPE(props[i].ulPropTag) == PT_ERROR &&
		    props[i].Value.err == MAPI_E_NOT_ENOUGH_MEMORY)
			read_stream_value((LPMAPIPROP)obj, &props[i], props);
	}
	(void)HrGetOneProp((LPMAPIPROP)obj, PR_ENTRYID, &eid);
	if (c->json) {
		fputs("{\"entryid\":", stdout);
		print_eid(eid != NULL ? &eid->Value.bin : NULL, true);
		printf(",\"type\":\"%s\",\"properties\":", type_word(type));
	} else {
		printf("# %s ", type_word(type));
		print_eid(eid != NULL ? &eid->Value.bin : NULL, false);
		putchar('\n');
	}
	print_props((LPMAPIPROP)obj, count, props, c->json, 0);
	if (type == MAPI_MESSAGE) {
		if (c->json)
			fputs(",\"recipients\":", stdout);
		if (show_recipients((LPMESSAGE)obj, c->json) != 0) {
			status = EXIT_FAILED;
			if (c->json)
				fputs("null", stdout);
		}
		if (c->json)
			fputs(",\"attachments\":", stdout);
		if (show_attachments((LPMESSAGE)obj, c->json) != 0) {
			status = EXIT_FAILED;
			if (c->json)
				fputs("null", stdout);
		}
	}
	if (c->json)
		puts("}");
done:
	MAPIFreeBuffer(eid);
	MAPIFreeBuffer(props);
	IUnknown_Release(obj);
	return status;
}

/* ---------------------------------------------------------------------
 * put
 */

/* A UTF-8 string property, in memory hung from base (NULL: a root
 * buffer of its own, for MAPIFreeBuffer). */
static HRESULT set_string(SPropValue *p, ULONG tag, const char *s, void *base)
{
	WCHAR *w = ustr_from_utf8(s);
	size_t len;
	HRESULT hr;

	if (w == NULL)
		return MAPI_E_NOT_ENOUGH_MEMORY;
	len = (ustr_wlen(w) + 1) * sizeof(WCHAR);
	hr = MAPIAllocateMore((ULONG)len, base, (LPVOID *)&p->Value.lpszW);
	if (SUCCEEDED(hr)) {
		memcpy(p->Value.lpszW, w, len);
		p->ulPropTag = tag;
	}
	alloc_free(w);
	return hr;
}

/* The recipients of --to, each an SMTP address. */
static HRESULT put_recipients(struct ctx *c, LPMESSAGE msg)
{
	LPADRLIST list = NULL;
	HRESULT hr;
	int i;

	hr = MAPIAllocateBuffer(CbNewADRLIST(c->nto), (LPVOID *)&list);
	if (FAILED(hr))
		return hr;
	list->cEntries = 0;
	for (i = 0; i < c->nto && SUCCEEDED(hr); i++) {
		LPSPropValue p = NULL;
		ADRENTRY *e = &list->aEntries[i];

		hr = MAPIAllocateBuffer(4 * sizeof(SPropValue), (LPVOID *)&p);
		if (FAILED(hr))
			break;
		memset(p, 0, 4 * sizeof(SPropValue));
		e->ulReserved1 = 0;
		e->cValues = 4;
		e->rgPropVals = p;
		list->cEntries++;
		hr = set_string(&p[0], PR_DISPLAY_NAME_W, c->to[i], p);
		if (SUCCEEDED(hr))
			hr = set_string(&p[1], PR_EMAIL_ADDRESS_W, c->to[i], p);
		if (SUCCEEDED(hr))
			hr = set_string(&p[2], PR_ADDRTYPE_W, "SMTP", p);
		p[3].ulPropTag = PR_RECIPIENT_TYPE;
		p[3].Value.l = MAPI_TO;
	}
	if (SUCCEEDED(hr))
		hr = IMessage_ModifyRecipients(msg, MODRECIP_ADD, list);
	FreePadrlist(list);
	return hr;
}

/*
 * --named NAME=TEXT: a string property named NAME in PS_PUBLIC_STRINGS,
 * its tag mapped (and created) with GetIDsFromNames.
 */
static HRESULT put_named(LPMESSAGE msg, const char *arg)
{
	const char *eq = strchr(arg, '=');
	LPSPropTagArray tags = NULL;
	MAPINAMEID nm, *names[1] = {&nm};
	SPropValue v;
	char *name;
	HRESULT hr;

	name = alloc_memdup(arg, (size_t)(eq - arg) + 1);
	if (name == NULL)
		return MAPI_E_NOT_ENOUGH_MEMORY;
	name[eq - arg] = '\0';
	nm.lpguid = (LPGUID)&PS_PUBLIC_STRINGS;
	nm.ulKind = MNID_STRING;
	nm.Kind.lpwstrName = ustr_from_utf8(name);
	alloc_free(name);
	if (nm.Kind.lpwstrName == NULL)
		return MAPI_E_NOT_ENOUGH_MEMORY;
	hr = IMessage_GetIDsFromNames(msg, 1, names, MAPI_CREATE, &tags);
	alloc_free(nm.Kind.lpwstrName);
	if (hr == S_OK && PROP_TYPE(tags->aulPropTag[0]) == PT_ERROR)
		hr = MAPI_E_NOT_FOUND;
	if (hr != S_OK) {
		MAPIFreeBuffer(tags);
		return FAILED(hr) ? hr : MAPI_E_CALL_FAILED;
	}
	v.ulPropTag = PROP_TAG(PT_UNICODE, PROP_ID(tags->aulPropTag[0]));
	v.Value.lpszW = ustr_from_utf8(eq + 1);
	MAPIFreeBuffer(tags);
	if (v.Value.lpszW == NULL)
		return MAPI_E_NOT_ENOUGH_MEMORY;
	hr = IMessage_SetProps(msg, 1, &v, NULL);
	alloc_free(v.Value.lpszW);
	return hr;
}

/*
 * --attach FILE: an attachment by value named after the file, its bytes
 * written through OpenProperty(PR_ATTACH_DATA_BIN, IID_IStream) as a
 * program would stream a large file.  MAPI_E_NOT_FOUND when the file
 * cannot be read.
 */
static HRESULT put_attachment(LPMESSAGE msg, const char *path)
{
	const char *base = strrchr(path, '/');
	LPATTACH att = NULL;
	LPSTREAM stream = NULL;
	SPropValue props[2];
	ULONG num = 0, written;
	char chunk[65536];
	size_t got;
	HRESULT hr;
	FILE *f;

	f = fopen(path, "rb");
	if (f == NULL)
		return MAPI_E_NOT_FOUND;
	hr = IMessage_CreateAttach(msg, NULL, 0, &num, &att);
	if (FAILED(hr)) {
		fclose(f);
		return hr;
	}
	props[0].ulPropTag = PR_ATTACH_METHOD;
	props[0].Value.l = ATTACH_BY_VALUE;
	hr = set_string(&props[1], PR_ATTACH_FILENAME_W,
			base != NULL ? base + 1 : path, NULL);
	if (SUCCEEDED(hr)) {
		hr = IAttach_SetProps(att, 2, props, NULL);
		MAPIFreeBuffer(props[1].Value.lpszW);
	}
	if (SUCCEEDED(hr))
		hr = IAttach_OpenProperty(att, PR_ATTACH_DATA_BIN, &IID_IStream,
					  0, MAPI_CREATE | MAPI_MODIFY,
					  (LPUNKNOWN *)&stream);
	while (SUCCEEDED(hr) && (got = fread(chunk, 1, sizeof(chunk), f)) > 0)
		hr = IStream_Write(stream, chunk, (ULONG)got, &written);
	if (SUCCEEDED(hr) && ferror(f))
		hr = MAPI_E_NOT_FOUND;
	if (SUCCEEDED(hr))
		hr = IStream_Commit(stream, 0);
	if (stream != NULL)
		IStream_Release(stream);
	if (SUCCEEDED(hr))
		hr = IAttach_SaveChanges(att, 0);
	IAttach_Release(att);
	fclose(f);
	return hr;
}

static int run_put(struct ctx *c)
{
	LPSPropValue props = NULL, eid = NULL;
	LPSPropValue extra;
	LPMAPIFOLDER folder = NULL;
	LPMESSAGE msg = NULL;
	struct query_error qe;
	ULONG n = 0;
	FILETIME now;
	HRESULT hr;
	int status, i, ret;

	/* The properties first: bad --set or --date is a usage error. */
	hr = MAPIAllocateBuffer((ULONG)(8 + c->nset) * sizeof(SPropValue),
				(LPVOID *)&props);
	if (FAILED(hr))
		return fail_msg(hr, "put", "out of memory");
	for (i = 0; i < c->nset; i++) {
		ret = query_parse_assignment(c->set[i], props, &extra, &qe);
		if (ret == -EINVAL) {
			MAPIFreeBuffer(props);
			return query_error(c->cmd, "--set", c->set[i], &qe);
		}
		if (ret < 0) {
			MAPIFreeBuffer(props);
			return fail_msg(MAPI_E_NOT_ENOUGH_MEMORY, "--set",
					"out of memory");
		}
		props[n++] = *extra;
	}
	if (c->date != NULL) {
		char text[128];

		snprintf(text, sizeof(text), "PR_MESSAGE_DELIVERY_TIME=\"%s\"",
			 c->date);
		ret = query_parse_assignment(text, props, &extra, &qe);
		if (ret < 0) {
			MAPIFreeBuffer(props);
			return usage_error(c->cmd,
					   "--date: '%s' is not an "
					   "ISO 8601 date",
					   c->date);
		}
		props[n++] = *extra;
	} else {
		/* Seconds since 1970 -> 100 ns units since 1601. */
		ULONGLONG t =
		    ((ULONGLONG)time(NULL) + 11644473600ull) * 10000000ull;

		now.dwLowDateTime = (DWORD)t;
		now.dwHighDateTime = (DWORD)(t >> 32);
		props[n].ulPropTag = PR_MESSAGE_DELIVERY_TIME;
		props[n++].Value.ft = now;
	}
	hr = set_string(&props[n++], PR_MESSAGE_CLASS_W, "IPM.Note", props);
	if (SUCCEEDED(hr))
		hr = set_string(&props[n++], PR_SUBJECT_W, c->subject, props);
	if (SUCCEEDED(hr) && c->body != NULL)
		hr = set_string(&props[n++], PR_BODY_W, c->body, props);
	if (SUCCEEDED(hr) && c->from != NULL) {
		hr = set_string(&props[n++], PR_SENDER_NAME_W, c->from, props);
		if (SUCCEEDED(hr))
			hr =
			    set_string(&props[n++], PR_SENT_REPRESENTING_NAME_W,
				       c->from, props);
	}
	if (FAILED(hr)) {
		MAPIFreeBuffer(props);
		return fail_msg(hr, "put", "out of memory");
	}
	status = session_open(c, true);
	if (status == 0)
		status = open_folder(c, c->pos[0], &folder, NULL, NULL);
	if (status != 0)
		goto done;
	hr = IMAPIFolder_CreateMessage(folder, NULL, 0, &msg);
	if (FAILED(hr)) {
		msg = NULL;
		status = report(SRC_PROP, folder, hr,
				"create a message in '%s'", c->pos[0]);
		goto done;
	}
	hr = IMessage_SetProps(msg, n, props, NULL);
	for (i = 0; SUCCEEDED(hr) && i < c->nnamed; i++)
		hr = put_named(msg, c->named[i]);
	if (SUCCEEDED(hr) && c->nto > 0)
		hr = put_recipients(c, msg);
	for (i = 0; SUCCEEDED(hr) && i < c->nattach; i++) {
		hr = put_attachment(msg, c->attach[i]);
		if (hr == MAPI_E_NOT_FOUND) {
			status =
			    fail_msg(hr, c->attach[i], "cannot read the file");
			goto done;
		}
	}
	if (SUCCEEDED(hr))
		hr = IMessage_SaveChanges(msg, KEEP_OPEN_READWRITE);
	if (SUCCEEDED(hr) && c->unread)
		hr = IMessage_SetReadFlag(msg, CLEAR_READ_FLAG);
	if (SUCCEEDED(hr))
		hr = HrGetOneProp((LPMAPIPROP)msg, PR_ENTRYID, &eid);
	if (FAILED(hr)) {
		status = report(SRC_PROP, msg, hr, "create a message in '%s'",
				c->pos[0]);
		goto done;
	}
	if (c->json) {
		fputs("{\"entryid\":", stdout);
		print_eid(&eid->Value.bin, true);
		puts("}");
	} else {
		print_eid(&eid->Value.bin, false);
		putchar('\n');
	}
done:
	MAPIFreeBuffer(eid);
	if (msg != NULL)
		IMessage_Release(msg);
	if (folder != NULL)
		IMAPIFolder_Release(folder);
	MAPIFreeBuffer(props);
	return status;
}

/* ---------------------------------------------------------------------
 * mkdir, rmdir
 */

static int run_mkdir(struct ctx *c)
{
	LPMAPIFOLDER parent = NULL, folder = NULL;
	LPSPropValue eid = NULL;
	const char *name;
	char *buf = NULL;
	HRESULT hr;
	int status;

	status = session_open(c, true);
	if (status == 0)
		status = open_folder(c, c->pos[0], &parent, &name, &buf);
	if (status != 0)
		return status;
	hr = IMAPIFolder_CreateFolder(parent, FOLDER_GENERIC, (LPTSTR)name,
				      NULL, NULL, 0, &folder);
	if (SUCCEEDED(hr))
		hr = HrGetOneProp((LPMAPIPROP)folder, PR_ENTRYID, &eid);
	if (FAILED(hr)) {
		status = report(SRC_PROP, folder != NULL ? folder : parent, hr,
				"mkdir '%s'", c->pos[0]);
	} else if (c->json) {
		fputs("{\"entryid\":", stdout);
		print_eid(&eid->Value.bin, true);
		puts("}");
	}
	MAPIFreeBuffer(eid);
	if (folder != NULL)
		IMAPIFolder_Release(folder);
	IMAPIFolder_Release(parent);
	alloc_free(buf);
	return status;
}

static int run_rmdir(struct ctx *c)
{
	LPMAPIFOLDER parent = NULL;
	LPSPropValue eid = NULL;
	const char *name;
	char *buf = NULL;
	HRESULT hr;
	int status;

	status = session_open(c, true);
	if (status == 0)
		status = open_folder(c, c->pos[0], &parent, &name, &buf);
	if (status != 0)
		return status;
	hr = find_child(parent, name, &eid);
	if (hr == MAPI_E_NOT_FOUND) {
		fprintf(stderr,
			"mapix: rmdir '%s': no folder '%s' there "
			"(MAPI_E_NOT_FOUND)\n",
			c->pos[0], name);
		status = EXIT_FAILED;
	} else {
		if (SUCCEEDED(hr))
			hr = IMAPIFolder_DeleteFolder(
			    parent, eid->Value.bin.cb,
			    (LPENTRYID)eid->Value.bin.lpb, 0, NULL,
			    c->recursive ? DEL_FOLDERS | DEL_MESSAGES : 0);
		if (FAILED(hr))
			status = report(SRC_PROP, parent, hr, "rmdir '%s'%s",
					c->pos[0],
					hr == MAPI_E_HAS_FOLDERS ||
						hr == MAPI_E_HAS_MESSAGES
					    ? " (not empty: --recursive "
					      "deletes its contents)"
					    : "");
	}
	MAPIFreeBuffer(eid);
	IMAPIFolder_Release(parent);
	alloc_free(buf);
	return status;
}

/* ---------------------------------------------------------------------
 * mv, cp, rm
 */

/* mv/cp of a message: CopyMessages from its folder into DEST. */
static int copy_message(struct ctx *c, bool move)
{
	LPMESSAGE msg = NULL;
	LPMAPIFOLDER from = NULL, to = NULL;
	LPSPropValue eid = NULL;
	ENTRYLIST list;
	HRESULT hr;
	int status;

	status = open_message(c, c->pos[0], &msg, &from, &eid);
	if (status != 0)
		return status;
	/* The source object must not hold the message open while it moves. */
	IMessage_Release(msg);
	status = open_folder(c, c->pos[1], &to, NULL, NULL);
	if (status == 0) {
		list.cValues = 1;
		list.lpbin = &eid->Value.bin;
		hr = IMAPIFolder_CopyMessages(from, &list, NULL, to, 0, NULL,
					      move ? MESSAGE_MOVE : 0);
		if (FAILED(hr))
			status = report(SRC_PROP, from, hr, "%s '%s'",
					move ? "mv" : "cp", c->pos[0]);
		IMAPIFolder_Release(to);
	}
	IMAPIFolder_Release(from);
	MAPIFreeBuffer(eid);
	return status;
}

/*
 * mv/cp of a folder.  DEST an existing folder: SRC goes into it under
 * its own name; else DEST's parent must exist and SRC goes there under
 * DEST's last component (a rename when the parent is SRC's own).
 */
static int copy_folder(struct ctx *c, bool move)
{
	LPMAPIFOLDER src_parent = NULL, dest = NULL;
	LPSPropValue eid = NULL, probe = NULL;
	const char *src_name, *dest_name = NULL;
	char *src_buf = NULL, *dest_buf = NULL;
	HRESULT hr;
	int status;

	status = open_folder(c, c->pos[0], &src_parent, &src_name, &src_buf);
	if (status != 0)
		return status;
	hr = find_child(src_parent, src_name, &eid);
	if (hr == MAPI_E_NOT_FOUND) {
		fprintf(stderr,
			"mapix: %s '%s': no folder '%s' there "
			"(MAPI_E_NOT_FOUND)\n",
			move ? "mv" : "cp", c->pos[0], src_name);
		status = EXIT_FAILED;
		goto done;
	}
	if (FAILED(hr)) {
		status = report(SRC_PROP, src_parent, hr, "%s '%s'",
				move ? "mv" : "cp", c->pos[0]);
		goto done;
	}
	/* A DEST that is an entry ID or IPM_SUBTREE ("/") is the folder
	 * to go into; else DEST may be a folder or its parent and a name. */
	if (is_hex_eid(c->pos[1]) ||
	    strspn(c->pos[1], "/") == strlen(c->pos[1])) {
		status = open_folder(c, c->pos[1], &dest, NULL, NULL);
		if (status != 0)
			goto done;
		hr = MAPI_E_NOT_FOUND;
	} else {
		status =
		    open_folder(c, c->pos[1], &dest, &dest_name, &dest_buf);
		if (status != 0)
			goto done;
		hr = find_child(dest, dest_name, &probe);
	}
	if (SUCCEEDED(hr)) {
		LPUNKNOWN obj = NULL;
		ULONG type = 0;

		hr = open_eid(c, &probe->Value.bin, &type, &obj);
		if (FAILED(hr)) {
			status = report(SRC_PROP, c->store, hr, "open '%s'",
					c->pos[1]);
			goto done;
		}
		IMAPIFolder_Release(dest);
		dest = (LPMAPIFOLDER)obj;
		dest_name = NULL; /* keep SRC's name */
	} else if (hr != MAPI_E_NOT_FOUND) {
		status = report(SRC_PROP, dest, hr, "%s '%s'",
				move ? "mv" : "cp", c->pos[1]);
		goto done;
	}
	hr = IMAPIFolder_CopyFolder(src_parent, eid->Value.bin.cb,
				    (LPENTRYID)eid->Value.bin.lpb, NULL, dest,
				    (LPTSTR)dest_name, 0, NULL,
				    move ? FOLDER_MOVE : COPY_SUBFOLDERS);
	if (FAILED(hr))
		status = report(SRC_PROP, src_parent, hr, "%s '%s' '%s'",
				move ? "mv" : "cp", c->pos[0], c->pos[1]);
done:
	MAPIFreeBuffer(probe);
	MAPIFreeBuffer(eid);
	if (dest != NULL)
		IMAPIFolder_Release(dest);
	IMAPIFolder_Release(src_parent);
	alloc_free(src_buf);
	alloc_free(dest_buf);
	return status;
}

static int run_copy(struct ctx *c, bool move)
{
	int status = session_open(c, true);

	if (status != 0)
		return status;
	return is_hex_eid(c->pos[0]) ? copy_message(c, move)
				     : copy_folder(c, move);
}

static int run_mv(struct ctx *c)
{
	return run_copy(c, true);
}

static int run_cp(struct ctx *c)
{
	return run_copy(c, false);
}

static int run_rm(struct ctx *c)
{
	int status, i;

	for (i = 0; i < c->npos; i++) {
		if (!is_hex_eid(c->pos[i]))
			return usage_error(c->cmd,
					   "'%s' is not a message entry ID "
					   "(rmdir removes folders)",
					   c->pos[i]);
	}
	status = session_open(c, true);
	for (i = 0; status == 0 && i < c->npos; i++) {
		LPMESSAGE msg = NULL;
		LPMAPIFOLDER folder = NULL;
		LPSPropValue eid = NULL;
		ENTRYLIST list;
		HRESULT hr;

		status = open_message(c, c->pos[i], &msg, &folder, &eid);
		if (status != 0)
			break;
		IMessage_Release(msg);
		list.cValues = 1;
		list.lpbin = &eid->Value.bin;
		hr = IMAPIFolder_DeleteMessages(folder, &list, 0, NULL, 0);
		if (FAILED(hr))
			status =
			    report(SRC_PROP, folder, hr, "rm '%s'", c->pos[i]);
		IMAPIFolder_Release(folder);
		MAPIFreeBuffer(eid);
	}
	return status;
}

static int run_stores_cmd(struct ctx *c)
{
	int status = session_open(c, false);

	return status != 0 ? status : run_stores(c);
}

static int run_folders_cmd(struct ctx *c)
{
	int status = session_open(c, true);

	return status != 0 ? status : run_folders(c);
}

/* ---------------------------------------------------------------------
 * Commands and options
 */

#define FOLDER_HELP                                                            \
	"FOLDER is a path below IPM_SUBTREE (Inbox, Inbox/Reports; names\n"    \
	"compare without case) or a hex entry ID.\n"

static const struct scmd commands[] = {
    {"stores", run_stores_cmd, 0, true, 0, 0, "stores",
     "The session's message stores: name, whether it is the default (*)\n"
     "and the entry ID.\n"},
    {"folders", run_folders_cmd, SO_TREE, true, 0, 0, "folders [--tree]",
     "The folders below IPM_SUBTREE of the default store with their\n"
     "message and unread counts and entry IDs; --tree lists every level\n"
     "(CONVENIENT_DEPTH), indented.\n"},
    {"ls", run_ls, SO_COLUMNS | SO_SORT | SO_WHERE | SO_LIMIT, true, 1, 1,
     "ls FOLDER [--columns TAGS] [--sort KEYS] [--where EXPR] [--limit N]",
     "The contents table of a folder.  " FOLDER_HELP "\n"
     "  --columns TAG,TAG...   columns (default PR_ENTRYID,\n"
     "                         PR_MESSAGE_DELIVERY_TIME, PR_SENDER_NAME_W,\n"
     "                         PR_SUBJECT_W)\n"
     "  --sort [-]TAG,...      sort keys; '-' descending\n"
     "  --where EXPR           restrict the rows (below)\n"
     "  --limit N              at most N rows\n"
     "\n"
     "A TAG is a name (PR_SUBJECT_W; PR_SUBJECT means PR_SUBJECT_W) or a\n"
     "hex tag (0x0037001F).  EXPR:\n"
     "  TAG = VALUE, !=, <, <=, >, >=   compare (RES_PROPERTY)\n"
     "  TAG ~ \"text\"                    contains, any case (RES_CONTENT)\n"
     "  TAG ^ \"text\"                    starts with, any case\n"
     "  exists TAG                      has the property (RES_EXIST)\n"
     "  not E, E and E, E or E, ( E )   ('and' binds tighter than 'or')\n"
     "VALUE is read as the tag's type asks: integers (decimal, 0x hex),\n"
     "true/false, decimals, \"strings\" (\\\" and \\\\ escape; a single\n"
     "word needs no quotes), hex bytes for binaries, ISO 8601 dates\n"
     "(2026-11-03, 2026-11-03T14:05:00Z; UTC) for times.  Strings compare\n"
     "without case.  Example:\n"
     "  --where 'PR_SUBJECT ~ \"report\" and PR_IMPORTANCE >= 1'\n"},
    {"show", run_show, 0, true, 1, 1, "show ENTRY",
     "Every property of a folder or message (ENTRY: a hex entry ID or a\n"
     "folder path), named properties with their names, and the\n"
     "recipients and attachments of a message.\n"},
    {"put", run_put, SO_PUT, true, 1, 1,
     "put FOLDER --subject TEXT [--body TEXT] [--from NAME] [--to ADDR]...\n"
     "          [--date ISO-DATE] [--set TAG=VALUE]... [--named NAME=TEXT]...\n"
     "          [--unread] [--attach FILE]...",
     "Creates a message (IPM.Note) in FOLDER and prints its entry ID.\n"
     "--to adds an SMTP recipient; --date sets PR_MESSAGE_DELIVERY_TIME\n"
     "(default now); --set sets any single-valued property, its value\n"
     "written as in `ls --where`; --named sets a string property named\n"
     "NAME in PS_PUBLIC_STRINGS (GetIDsFromNames with MAPI_CREATE);\n"
     "--unread clears the read flag; --attach adds FILE as an attachment\n"
     "(its bytes streamed into PR_ATTACH_DATA_BIN).  " FOLDER_HELP},
    {"mkdir", run_mkdir, 0, true, 1, 1, "mkdir PATH",
     "Creates the folder PATH (its parent must exist).\n"},
    {"rmdir", run_rmdir, SO_RECURSIVE, false, 1, 1, "rmdir PATH [--recursive]",
     "Deletes the folder PATH; it must be empty unless --recursive.\n"},
    {"mv", run_mv, 0, false, 2, 2, "mv SRC DEST",
     "Moves a folder (SRC a path) into the folder DEST or, when DEST does\n"
     "not exist, to DEST's parent under DEST's name (a rename); or a\n"
     "message (SRC its hex entry ID) into the folder DEST.\n"},
    {"cp", run_cp, 0, false, 2, 2, "cp SRC DEST",
     "Copies a folder with everything in it, or a message, as mv moves.\n"},
    {"rm", run_rm, 0, false, 1, -1, "rm ENTRY...",
     "Deletes messages, each named by its hex entry ID.\n"},
};

#define NCOMMANDS (sizeof(commands) / sizeof(commands[0]))

bool store_is_command(const char *name)
{
	size_t i;

	for (i = 0; i < NCOMMANDS; i++) {
		if (strcmp(commands[i].name, name) == 0)
			return true;
	}
	return false;
}

static void cmd_help(const struct scmd *cmd)
{
	printf("Usage: mapix [--profile NAME] %s%s\n\n%s", cmd->synopsis,
	       cmd->json ? " [--json]" : "", cmd->help);
	printf("\nWithout --profile the default profile is used.\n"
	       "Exit status: 0 success, 1 failure, 2 usage error.\n");
}

static int parse_args(struct ctx *c, int argc, char **argv)
{
	static const struct option longopts[] = {
	    {"help", no_argument, NULL, 'h'},
	    {"json", no_argument, NULL, 'j'},
	    {"profile", required_argument, NULL, 'P'},
	    {"tree", no_argument, NULL, 't'},
	    {"columns", required_argument, NULL, 'c'},
	    {"sort", required_argument, NULL, 's'},
	    {"where", required_argument, NULL, 'w'},
	    {"limit", required_argument, NULL, 'n'},
	    {"recursive", no_argument, NULL, 'r'},
	    {"subject", required_argument, NULL, 'S'},
	    {"body", required_argument, NULL, 'b'},
	    {"from", required_argument, NULL, 'f'},
	    {"to", required_argument, NULL, 'T'},
	    {"date", required_argument, NULL, 'd'},
	    {"set", required_argument, NULL, 'e'},
	    {"named", required_argument, NULL, 'N'},
	    {"unread", no_argument, NULL, 'u'},
	    {"attach", required_argument, NULL, 'a'},
	    {NULL, 0, NULL, 0},
	};
	const struct scmd *cmd = c->cmd;
	unsigned int need;
	char *end;
	int opt;

	c->to = alloc_calloc((size_t)argc + 1, sizeof(char *));
	c->set = alloc_calloc((size_t)argc + 1, sizeof(char *));
	c->named = alloc_calloc((size_t)argc + 1, sizeof(char *));
	c->attach = alloc_calloc((size_t)argc + 1, sizeof(char *));
	if (c->to == NULL || c->set == NULL || c->named == NULL ||
	    c->attach == NULL)
		return fail_msg(MAPI_E_NOT_ENOUGH_MEMORY, cmd->name,
				"out of memory");
	/* 0, not 1: GNU getopt then forgets the "+" (stop at the first
	 * argument) of mapix's own option parsing; ours permutes. */
	optind = 0;
	opterr = 0;
	while ((opt = getopt_long(argc, argv, ":h", longopts, NULL)) != -1) {
		switch (opt) {
		case 'h':
			cmd_help(cmd);
			return -1;
		case 'j':
			if (!cmd->json)
				return usage_error(cmd, "no --json output");
			c->json = true;
			continue;
		case 'P':
			c->profile = optarg;
			continue;
		case 't':
			need = SO_TREE;
			c->tree = true;
			break;
		case 'c':
			need = SO_COLUMNS;
			c->columns = optarg;
			break;
		case 's':
			need = SO_SORT;
			c->sort = optarg;
			break;
		case 'w':
			need = SO_WHERE;
			c->where = optarg;
			break;
		case 'n':
			need = SO_LIMIT;
			errno = 0;
			c->limit = strtol(optarg, &end, 10);
			if (errno != 0 || *end != '\0' || *optarg == '\0' ||
			    c->limit < 0 || c->limit > 0x7FFFFFFF)
				return usage_error(cmd,
						   "--limit wants a number "
						   "from 0, not '%s'",
						   optarg);
			break;
		case 'r':
			need = SO_RECURSIVE;
			c->recursive = true;
			break;
		case 'S':
			need = SO_PUT;
			c->subject = optarg;
			break;
		case 'b':
			need = SO_PUT;
			c->body = optarg;
			break;
		case 'f':
			need = SO_PUT;
			c->from = optarg;
			break;
		case 'T':
			need = SO_PUT;
			c->to[c->nto++] = optarg;
			break;
		case 'd':
			need = SO_PUT;
			c->date = optarg;
			break;
		case 'e':
			need = SO_PUT;
			c->set[c->nset++] = optarg;
			break;
		case 'N':
			need = SO_PUT;
			if (strchr(optarg, '=') == NULL || *optarg == '=')
				return usage_error(cmd,
						   "--named wants NAME=TEXT");
			c->named[c->nnamed++] = optarg;
			break;
		case 'u':
			need = SO_PUT;
			c->unread = true;
			break;
		case 'a':
			need = SO_PUT;
			c->attach[c->nattach++] = optarg;
			break;
		case ':':
			return usage_error(cmd, "%s needs a value",
					   argv[optind - 1]);
		default:
			return usage_error(cmd, "unknown option '%s'",
					   argv[optind - 1]);
		}
		if ((cmd->options & need) == 0)
			return usage_error(cmd, "no such option '%s'",
					   argv[optind - 1]);
	}
	c->pos = argv + optind;
	c->npos = argc - optind;
	if (c->npos < cmd->min_pos)
		return usage_error(cmd, "missing argument (%s)", cmd->synopsis);
	if (cmd->max_pos >= 0 && c->npos > cmd->max_pos)
		return usage_error(cmd, "too many arguments (%s)",
				   cmd->synopsis);
	if ((cmd->options & SO_PUT) && c->subject == NULL)
		return usage_error(cmd, "--subject is required");
	return 0;
}

/*
 * argv[0] is the command's name; json and profile come from mapix's
 * global options.  Returns the exit status.
 */
int store_main(int argc, char **argv, bool json, const char *profile)
{
	struct ctx c;
	size_t i;
	int status;

	memset(&c, 0, sizeof(c));
	c.json = json;
	c.profile = profile;
	c.limit = -1;
	for (i = 0; i < NCOMMANDS; i++) {
		if (strcmp(commands[i].name, argv[0]) == 0)
			c.cmd = &commands[i];
	}
	if (c.cmd == NULL)
		return EXIT_USAGE;
	if (json && !c.cmd->json) {
		fprintf(stderr, "mapix %s: no --json output\n", argv[0]);
		return EXIT_USAGE;
	}
	status = parse_args(&c, argc, argv);
	if (status == 0)
		status = c.cmd->run(&c);
	else if (status < 0)
		status = 0; /* --help */
	fflush(stdout);
	session_close(&c);
	alloc_free(c.to);
	alloc_free(c.set);
	alloc_free(c.named);
	alloc_free(c.attach);
	return status;
}
