/*
 * print.c - the mapix tool's output (see print.h): JSON strings, property
 * values and lists, error and usage messages.
 *
 * Names and property values come from files, stores and other programs,
 * so they may hold any bytes: a consumer parsing our JSON must never fail
 * on them, and a terminal must not get their control characters.
 * Invalid UTF-8 is therefore replaced, one U+FFFD per bad byte, as
 * ustr_to_utf8() does for UTF-16, and control characters are escaped.
 */
#include "print.h"

#include <getopt.h>
#include <math.h>
#include <stdio.h>
#include <string.h>

#include <mapiutil.h>

#include "alloc.h"
#include "cli.h"
#include "mapierr.h"
#include "propcmp.h"
#include "tagname.h"
#include "timeutil.h"
#include "ustring.h"
#include "utf8.h"

/* Width of the name column of a property list for people. */
#define PROP_NAME_WIDTH 32

/* ---------------------------------------------------------------------
 * Strings
 */

/* JSON's two-character escape of c, or 0 when it has none. */
static char short_escape(unsigned char c)
{
	switch (c) {
	case '"':
		return '"';
	case '\\':
		return '\\';
	case '\b':
		return 'b';
	case '\f':
		return 'f';
	case '\n':
		return 'n';
	case '\r':
		return 'r';
	case '\t':
		return 't';
	default:
		return 0;
	}
}

void print_json_chars(const char *s, size_t len)
{
	const unsigned char *p = (const unsigned char *)s;
	size_t i = 0, n;
	uint32_t cp;
	char esc;

	while (i < len) {
		unsigned char c = p[i];

		if ((esc = short_escape(c)) != 0) {
			putchar('\\');
			putchar(esc);
			i++;
		} else if (c < 0x20 || c == 0x7F) {
			printf("\\u%04x", c);
			i++;
		} else if (c < 0x80) {
			putchar(c);
			i++;
		} else if ((n = utf8_decode(p + i, len - i, &cp)) > 0) {
			fwrite(p + i, 1, n, stdout);
			i += n;
		} else {
			fputs("\\ufffd", stdout);
			i++;
		}
	}
}

void print_json_string_len(const char *s, size_t len)
{
	putchar('"');
	print_json_chars(s, len);
	putchar('"');
}

void print_json_string(const char *s)
{
	if (s == NULL)
		s = "";
	print_json_string_len(s, strlen(s));
}

void print_json_or_null(const char *s)
{
	if (s != NULL)
		print_json_string(s);
	else
		fputs("null", stdout);
}

void print_plain(const char *s)
{
	for (; *s != '\0'; s++)
		putchar((unsigned char)*s < 0x20 || *s == 0x7F ? '?' : *s);
}

/* ---------------------------------------------------------------------
 * Values
 */

void print_hex(const BYTE *lpb, ULONG cb)
{
	char buf[2 * 64 + 1];
	ULONG i, n;

	/* HexFromBin in slices: a value may be large. */
	for (i = 0; i < cb; i += n) {
		n = cb - i < 64 ? cb - i : 64;
		HexFromBin((LPBYTE)lpb + i, (int)n, buf);
		fputs(buf, stdout);
	}
}

void print_format_guid(const GUID *g, char *buf, size_t size)
{
	snprintf(
	    buf, size, "{%08X-%04X-%04X-%02X%02X-%02X%02X%02X%02X%02X%02X}",
	    g->Data1, g->Data2, g->Data3, g->Data4[0], g->Data4[1], g->Data4[2],
	    g->Data4[3], g->Data4[4], g->Data4[5], g->Data4[6], g->Data4[7]);
}

/* %.17g reads back as the same double; JSON has no NaN or infinity. */
static void print_double(double d, bool json)
{
	if (json && !isfinite(d))
		fputs("null", stdout);
	else
		printf("%.17g", d);
}

/*
 * The items of a multi-valued property, each put into a one-value
 * SPropValue of the base type, so the single types' form is the only
 * form.
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

void print_value(const SPropValue *p, bool json)
{
	/* What is a string in JSON but needs no quotes for people. */
	const char *q = json ? "\"" : "";
	char buf[PRINT_GUID_SIZE > TIME_ISO_SIZE ? PRINT_GUID_SIZE
						 : TIME_ISO_SIZE];
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
		print_json_string(p->Value.lpszA != NULL ? p->Value.lpszA : "");
		break;
	case PT_UNICODE:
		s = ustr_to_utf8(p->Value.lpszW);
		print_json_string(s != NULL ? s : "");
		alloc_free(s);
		break;
	case PT_BINARY:
	case PT_SVREID:
		/* "" for people too: an empty value must still show. */
		if (p->Value.bin.cb == 0)
			q = "\"";
		fputs(q, stdout);
		print_hex(p->Value.bin.lpb, p->Value.bin.cb);
		fputs(q, stdout);
		break;
	case PT_SYSTIME:
		if (time_format_iso(p->Value.ft, 0, buf, sizeof(buf)))
			printf("%s%s%s", q, buf, q);
		else
			printf("%s0x%08X%08X%s", q, p->Value.ft.dwHighDateTime,
			       p->Value.ft.dwLowDateTime, q);
		break;
	case PT_CLSID:
		print_format_guid(p->Value.lpguid, buf, sizeof(buf));
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

/* ---------------------------------------------------------------------
 * Property lists
 */

/*
 * The name of a named property: in JSON its "named" object (null for
 * none), for people " {GUID}:0xID" or " {GUID}:name" after the tag.
 * Returns the bytes printed for people.
 */
static int print_named(const MAPINAMEID *nm, bool json)
{
	char guid[PRINT_GUID_SIZE];
	int width;
	char *s;

	if (nm == NULL) {
		if (json)
			fputs("null", stdout);
		return 0;
	}
	if (nm->lpguid != NULL)
		print_format_guid(nm->lpguid, guid, sizeof(guid));
	else
		snprintf(guid, sizeof(guid), "null");
	if (nm->ulKind == MNID_ID) {
		if (json)
			return printf("{\"guid\":\"%s\",\"id\":%d}", guid,
				      nm->Kind.lID);
		return printf(" %s:0x%04X", guid, (unsigned int)nm->Kind.lID);
	}
	s = ustr_to_utf8(nm->Kind.lpwstrName);
	if (json) {
		printf("{\"guid\":\"%s\",\"name\":", guid);
		print_json_string(s != NULL ? s : "");
		putchar('}');
		width = 0;
	} else {
		width = printf(" %s:", guid);
		print_plain(s != NULL ? s : "");
		width += s != NULL ? (int)strlen(s) : 0;
	}
	alloc_free(s);
	return width;
}

/*
 * The names of the named properties among props, in their order, from
 * obj's GetNamesFromIDs into *names_r (*count_r of them); none when
 * there are no named properties or the call fails.  Free *names_r with
 * MAPIFreeBuffer.
 */
static void named_lookup(LPMAPIPROP obj, ULONG count, const SPropValue *props,
			 LPMAPINAMEID **names_r, ULONG *count_r)
{
	LPSPropTagArray named = NULL;
	ULONG nnamed = 0, i;

	*names_r = NULL;
	*count_r = 0;
	for (i = 0; i < count; i++)
		nnamed += PROP_ID(props[i].ulPropTag) >= 0x8000;
	if (obj == NULL || nnamed == 0 ||
	    MAPIAllocateBuffer(CbNewSPropTagArray(nnamed), (LPVOID *)&named) !=
		S_OK)
		return;
	named->cValues = 0;
	for (i = 0; i < count; i++) {
		if (PROP_ID(props[i].ulPropTag) >= 0x8000)
			named->aulPropTag[named->cValues++] =
			    props[i].ulPropTag;
	}
	if (FAILED(IMAPIProp_GetNamesFromIDs(obj, &named, NULL, 0, count_r,
					     names_r))) {
		*names_r = NULL;
		*count_r = 0;
	}
	MAPIFreeBuffer(named);
}

void print_props(LPMAPIPROP obj, ULONG count, const SPropValue *props,
		 unsigned int flags, int indent)
{
	bool json = (flags & PRINT_JSON) != 0;
	bool named = (flags & PRINT_NAMED) != 0;
	LPMAPINAMEID *names = NULL;
	ULONG cnames = 0, i, k;
	char buf[32];
	int width;

	if (named)
		named_lookup(obj, count, props, &names, &cnames);
	if (json)
		putchar('[');
	for (i = 0, k = 0; i < count; i++) {
		const SPropValue *p = &props[i];
		const MAPINAMEID *nm = NULL;

		if (named && PROP_ID(p->ulPropTag) >= 0x8000) {
			if (k < cnames)
				nm = names[k];
			k++;
		}
		if (json) {
			printf("%s{\"tag\":\"0x%08X\",\"name\":",
			       i > 0 ? "," : "", p->ulPropTag);
			print_json_or_null(tagname_lookup(p->ulPropTag));
			fputs(",\"type\":", stdout);
			print_json_or_null(
			    tagname_type_name(PROP_TYPE(p->ulPropTag)));
			if (named) {
				fputs(",\"named\":", stdout);
				print_named(nm, true);
			}
			fputs(",\"value\":", stdout);
			print_value(p, true);
			putchar('}');
		} else {
			width = printf(
			    "%*s%s", indent, "",
			    tagname_format(p->ulPropTag, buf, sizeof(buf)));
			width += print_named(nm, false) - indent;
			printf("%*s = ",
			       width < PROP_NAME_WIDTH ? PROP_NAME_WIDTH - width
						       : 0,
			       "");
			print_value(p, false);
			putchar('\n');
		}
	}
	if (json)
		putchar(']');
	MAPIFreeBuffer(names);
}

/* ---------------------------------------------------------------------
 * Messages
 */

/* obj's GetLastError for hr, or NULL. */
static LPMAPIERROR last_error(enum print_obj kind, void *obj, HRESULT hr)
{
	LPMAPIERROR err = NULL;
	HRESULT ehr = MAPI_E_NO_SUPPORT;

	if (obj == NULL)
		return NULL;
	switch (kind) {
	case PRINT_OBJ_SESSION:
		ehr =
		    IMAPISession_GetLastError((LPMAPISESSION)obj, hr, 0, &err);
		break;
	case PRINT_OBJ_PROP:
		ehr = IMAPIProp_GetLastError((LPMAPIPROP)obj, hr, 0, &err);
		break;
	case PRINT_OBJ_TABLE:
		ehr = IMAPITable_GetLastError((LPMAPITABLE)obj, hr, 0, &err);
		break;
	case PRINT_OBJ_PROFADMIN:
		ehr = IProfAdmin_GetLastError((LPPROFADMIN)obj, hr, 0, &err);
		break;
	case PRINT_OBJ_SVCADMIN:
		ehr = IMsgServiceAdmin_GetLastError((LPSERVICEADMIN)obj, hr, 0,
						    &err);
		break;
	case PRINT_OBJ_NONE:
		break;
	}
	if (ehr != S_OK) {
		MAPIFreeBuffer(err);
		return NULL;
	}
	return err;
}

int print_report(enum print_obj kind, void *obj, HRESULT hr, const char *fmt,
		 ...)
{
	LPMAPIERROR err = last_error(kind, obj, hr);
	const char *name = mapierr_name(hr);
	const char *msg = mapierr_message(hr);
	char what[512];
	va_list args;

	if (err != NULL && err->lpszError != NULL && err->lpszError[0] != '\0')
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

int print_fail(HRESULT hr, const char *what, const char *msg)
{
	const char *name = mapierr_name(hr);

	fprintf(stderr, "mapix: %s: %s (%s)\n", what, msg,
		name != NULL ? name : "?");
	return EXIT_FAILED;
}

int print_vusage_error(const char *prefix, const char *name,
		       const char *synopsis, const char *fmt, va_list args)
{
	fprintf(stderr, "%s %s: ", prefix, name);
	vfprintf(stderr, fmt, args);
	fputc('\n', stderr);
	if (synopsis != NULL)
		fprintf(stderr, "Usage: %s %s\n", prefix, synopsis);
	fprintf(stderr, "Try '%s %s --help'.\n", prefix, name);
	return EXIT_USAGE;
}

/* print_vusage_error with its arguments here. */
static int usage_error(const char *prefix, const char *name,
		       const char *synopsis, const char *fmt, ...)
    ATTR_FORMAT(4, 5);

static int usage_error(const char *prefix, const char *name,
		       const char *synopsis, const char *fmt, ...)
{
	va_list args;
	int ret;

	va_start(args, fmt);
	ret = print_vusage_error(prefix, name, synopsis, fmt, args);
	va_end(args);
	return ret;
}

const char *print_option_word(char **argv)
{
	/* An option's value in a word of its own is the last word read;
	 * "--opt=value" is one word.  getopt_long clears optarg on every
	 * call, so it is not left from an earlier option. */
	if (optarg != NULL && optind >= 2 && optarg == argv[optind - 1])
		return argv[optind - 2];
	return argv[optind - 1];
}

int print_option_error(const char *prefix, const char *name,
		       const char *synopsis, int opt, char **argv)
{
	const char *arg = print_option_word(argv);

	if (opt == ':')
		return usage_error(prefix, name, synopsis,
				   "option '%s' needs a value", arg);
	if (optopt != 0 && arg[0] == '-' && arg[1] != '-')
		return usage_error(prefix, name, synopsis,
				   "unknown option '-%c'", optopt);
	return usage_error(prefix, name, synopsis, "unknown option '%s'", arg);
}
