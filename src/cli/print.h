/*
 * print.h - how the mapix tool prints: JSON strings, property values and
 * property lists (for people and as JSON), and its error and usage
 * messages.  Every command family (store*.c, profile*.c, admin.c,
 * mapix.c) prints through these, so a value looks the same wherever it
 * appears: in `show`, `ls` and `profile show`.
 *
 * A value for people is written as the command line reads it back
 * (`--where`, `--set`, `service add PROP=VALUE`): numbers in decimal,
 * true/false, strings in double quotes with JSON's escapes, binaries as
 * uppercase hex ("" when empty), times as ISO 8601 UTC
 * (2026-11-03T14:05:09Z, a fraction only when there is one); GUIDs in
 * braces, PT_ERROR values by their MAPI_E_ name, multi-valued properties
 * as [a, b].  As JSON the same values are numbers, booleans, strings or
 * arrays, and null where JSON has no form (NaN, objects).
 */
#ifndef MAPIX_CLI_PRINT_H
#define MAPIX_CLI_PRINT_H

#include <stdarg.h>
#include <stdbool.h>
#include <stddef.h>

#include <mapidefs.h>
#include <mapix.h>

#include "lib.h"

/* Room for a GUID in braces, with its NUL. */
#define PRINT_GUID_SIZE 40

/*
 * s as a JSON string literal on stdout.  Quotes, backslashes and control
 * characters are escaped (\n, \t ... where JSON has a short form);
 * bytes that are not UTF-8 become U+FFFD, so the output is always valid
 * UTF-8 JSON.  A NULL s is "".  The _len form takes len bytes that may
 * hold NULs.
 */
void print_json_string(const char *s);
void print_json_string_len(const char *s, size_t len);

/* The inside of a JSON string literal (no quotes), for one pieced
 * together: the len bytes at s escaped as above. */
void print_json_chars(const char *s, size_t len);

/* s as a JSON string, or null when s is NULL. */
void print_json_or_null(const char *s);

/* Text for people as it is, control characters shown as '?'. */
void print_plain(const char *s);

/* The cb bytes at lpb as uppercase hex digits. */
void print_hex(const BYTE *lpb, ULONG cb);

/* "{XXXXXXXX-XXXX-XXXX-XXXX-XXXXXXXXXXXX}" in buf (PRINT_GUID_SIZE). */
void print_format_guid(const GUID *g, char *buf, size_t size);

/* A property's value, as JSON or for people (see the top). */
void print_value(const SPropValue *p, bool json);

/* Flags of print_props. */
enum {
	PRINT_JSON = 1 << 0,
	/*
	 * Named properties (IDs from 0x8000) with their names: in JSON a
	 * "named" key in every property, for people the name after the tag.
	 */
	PRINT_NAMED = 1 << 1,
};

/*
 * Prints a list of properties: a JSON array of {"tag": "0x%08X", "name":
 * S|null, "type": S|null, ["named": null|{"guid", "id"|"name"},]
 * "value": V}, or one "NAME = VALUE" line each at indent, the names
 * padded to one column.  With PRINT_NAMED the names of named properties
 * come from obj's GetNamesFromIDs (none when obj is NULL).
 */
void print_props(LPMAPIPROP obj, ULONG count, const SPropValue *props,
		 unsigned int flags, int indent);

/* The kind of object a failed call was made on, for its GetLastError. */
enum print_obj {
	PRINT_OBJ_NONE,
	PRINT_OBJ_SESSION,   /* IMAPISession */
	PRINT_OBJ_PROP,      /* IMAPIProp: stores, folders, messages,
				IProfSect ... */
	PRINT_OBJ_TABLE,     /* IMAPITable */
	PRINT_OBJ_PROFADMIN, /* IProfAdmin */
	PRINT_OBJ_SVCADMIN,  /* IMsgServiceAdmin */
};

/*
 * Prints "mapix: <what>: <message> (MAPI_E_NAME)" on stderr: the message
 * from obj's GetLastError when it gives one (it says which folder, which
 * profile), else the code's own text; 0x%08X when the code has no name.
 * Returns EXIT_FAILED.
 */
int print_report(enum print_obj kind, void *obj, HRESULT hr, const char *fmt,
		 ...) ATTR_FORMAT(4, 5);

/* A failure the tool found itself, in the same form: "mapix: what: msg
 * (MAPI_E_NAME)".  Returns EXIT_FAILED. */
int print_fail(HRESULT hr, const char *what, const char *msg);

/*
 * A usage error of the command "<prefix> <name>" (prefix "mapix profile"):
 * "<prefix> <name>: <message>", with synopsis a "Usage: <prefix>
 * <synopsis>" line, then "Try '<prefix> <name> --help'.", on stderr.
 * Returns EXIT_USAGE.
 */
int print_vusage_error(const char *prefix, const char *name,
		       const char *synopsis, const char *fmt, va_list args)
    ATTR_FORMAT(4, 0);

/*
 * The option word (as typed: "--uid", "--uid=3", "-x") that getopt_long
 * just returned, also when it took its value from the next word.
 */
const char *print_option_word(char **argv);

/*
 * The usage error for what getopt_long returned ':' (a value missing)
 * or '?' (an unknown option) for, with the synopsis as above.  Call with
 * opterr 0 and an optstring starting with ':'.  Returns EXIT_USAGE.
 */
int print_option_error(const char *prefix, const char *name,
		       const char *synopsis, int opt, char **argv);

#endif
