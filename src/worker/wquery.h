/*
 * wquery.h - the JSON forms of the example worker's store requests,
 * mapped to MAPI structures and back: property tag names, sort orders,
 * restrictions, and property values as JSON.  Pure functions: nothing
 * here opens a store, so the fuzz target and the unit tests reach all of
 * it.
 *
 * A restriction (docs/BROKER.md):
 *   {"and":[R,...]}  {"or":[R,...]}  {"not":R}
 *   {"prop":"PR_SUBJECT","op":OP,"value":V}
 *     OP: eq ne lt le gt ge (RES_PROPERTY), contains, prefix (RES_CONTENT,
 *     case-insensitive), exists (RES_EXIST, no value)
 * V is read by the tag's type: strings for string tags, integers for
 * PT_LONG/PT_I2/PT_I8, numbers for PT_DOUBLE, booleans for PT_BOOLEAN,
 * ISO 8601 UTC ("2024-05-01T10:00:00Z") for PT_SYSTIME, hex for
 * PT_BINARY.  String tags are read and written as PT_STRING8 (UTF-8).
 * Every object must have exactly the keys of one form; trees have at most
 * WQUERY_NODES_MAX nodes and WQUERY_DEPTH_MAX levels; the result passes
 * res_validate().
 *
 * Errors are HRESULTs with a static message: MAPI_E_INVALID_PARAMETER
 * (malformed), MAPI_E_TOO_COMPLEX (well-formed but not supported: too
 * big, a type that does not compare), MAPI_E_NOT_ENOUGH_MEMORY.
 */
#ifndef MAPIX_BROKER_WQUERY_H
#define MAPIX_BROKER_WQUERY_H

#include <stddef.h>

#include <json-c/json.h>

#include <mapidefs.h>

/* Most nodes of one restriction. */
#define WQUERY_NODES_MAX 256
/* Deepest restriction, the root being level 1. */
#define WQUERY_DEPTH_MAX 16
/* Most terms of one "and" or "or". */
#define WQUERY_TERMS_MAX 64
/* Most sort keys and columns. */
#define WQUERY_SORT_MAX    8
#define WQUERY_COLUMNS_MAX 64
/* Longest binary value, in bytes. */
#define WQUERY_BINARY_MAX 4096

struct warena_block;

/* Memory freed all at once: what one request builds. */
struct warena {
	struct warena_block *head;
};

/* Zeroed memory that lives until warena_free; NULL when out of memory. */
void *warena_alloc(struct warena *a, size_t size);
void warena_free(struct warena *a);

/*
 * A tag name ("PR_SUBJECT", case-insensitive) or hex tag; string types
 * become PT_STRING8.  Multi-valued tags and types without a JSON form
 * (PT_OBJECT, PT_ERROR, PT_NULL, PT_UNSPECIFIED...) are refused.
 */
HRESULT wquery_tag(json_object *name, ULONG *tag_r, const char **error_r);

/* The value of tag (a supported type) from JSON into *pv. */
HRESULT wquery_value(struct warena *a, ULONG tag, json_object *value,
		     SPropValue *pv, const char **error_r);

/* A restriction tree (see above); *res_r lives in a. */
HRESULT wquery_restriction(struct warena *a, json_object *j,
			   SRestriction **res_r, const char **error_r);

/*
 * A sort order: an array of "PR_X" (ascending) or {"prop":"PR_X",
 * "desc":true}; *sort_r lives in a.
 */
HRESULT wquery_sort(struct warena *a, json_object *j, SSortOrderSet **sort_r,
		    const char **error_r);

/*
 * Columns: an array of tag names; *tags_r lives in a, and *names_r (the
 * names as given, for the answer's keys) too.
 */
HRESULT wquery_columns(struct warena *a, json_object *j, SPropTagArray **tags_r,
		       const char ***names_r, const char **error_r);

/*
 * A property value as JSON: strings, numbers, booleans, ISO 8601 times,
 * hex binaries, arrays for multi-valued strings and longs; null for errors
 * and types without a form.  NULL only when out of memory.
 */
json_object *wquery_json_value(const SPropValue *pv);

/* A new JSON string of bin in hex; NULL when out of memory. */
json_object *wquery_json_hex(const SBinary *bin);

/*
 * Decodes a hex string (even length, at most max bytes) into a; -EINVAL
 * for anything else, -ENOMEM.
 */
int wquery_hex(struct warena *a, const char *hex, size_t max, SBinary *bin);

/*
 * ISO 8601 UTC, "YYYY-MM-DDTHH:MM:SS[.fffffff]Z", both ways (timeutil.h);
 * a time after 9999 is written as its 64-bit value, "0xHHHHHHHHLLLLLLLL".
 */
int wquery_parse_time(const char *text, FILETIME *ft_r);
void wquery_format_time(const FILETIME *ft, char buf[48]);

#endif
