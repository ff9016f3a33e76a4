/*
 * query.h - the text syntax of `mapix ls --where/--sort/--columns`, parsed
 * into the structures IMAPITable takes (SRestriction, SSortOrderSet,
 * SPropTagArray).  The syntax is documented in docs/CLI.md and in
 * `mapix ls --help`; in brief:
 *
 *   --sort     TAG[,TAG...]       a leading '-' sorts descending, '+' or
 *                                 nothing ascending
 *   --columns  TAG[,TAG...]
 *   --where    expr := expr or expr | expr and expr | not expr | ( expr )
 *                    | exists TAG | TAG OP VALUE
 *              OP   := = != < <= > >=      (RES_PROPERTY)
 *                    | ~                   (RES_CONTENT substring, any case)
 *                    | ^                   (RES_CONTENT prefix, any case)
 *
 * TAG is a name from tagname.h (PR_SUBJECT_W; a name without its _W/_A
 * suffix means the _W one) or a hex tag (0x0037001F).  VALUE is read as
 * the tag's type asks: integers (decimal or 0x hex), true/false, decimal
 * fractions, "quoted strings" (\" and \\ escape), hex bytes for binaries,
 * ISO 8601 dates (2026-11-03, 2026-11-03T14:05:00Z, UTC) for PT_SYSTIME.
 *
 * The parsers never trust their input: anything malformed is an error
 * with the byte offset where it was noticed, never a crash.  The trees
 * they return are validated with res_validate / sort_validate, so what
 * IMAPITable gets is always well-formed.
 */
#ifndef MAPIX_CLI_QUERY_H
#define MAPIX_CLI_QUERY_H

#include <stddef.h>

#include <mapidefs.h>

#include "timeutil.h"

/* Longest text accepted (bytes); longer is an error. */
#define QUERY_MAX_TEXT 65536

/* Deepest nesting of parentheses and `not` accepted. */
#define QUERY_MAX_NESTING 20

/*
 * The times the tool reads (`--where`, `--set`, `--date`), for
 * time_parse_iso(): YYYY-MM-DD alone or with T (or t, or a space) and
 * HH:MM, then :SS and a fraction; Z (or z) optional, every time UTC.
 */
#define QUERY_TIME_FLAGS                                                       \
	(TIME_PARSE_LOWER | TIME_PARSE_SPACE | TIME_PARSE_PARTIAL |            \
	 TIME_PARSE_NO_ZONE)

/* Why a text was refused: a message and where (byte offset from 0). */
struct query_error {
	size_t pos;
	char msg[160];
};

/*
 * Each parser returns 0 and sets *out_r to one MAPIAllocateBuffer block
 * (free it with MAPIFreeBuffer), or -EINVAL with *err filled in (syntax,
 * unknown tag, value not of the tag's type, tree the tables refuse), or
 * -ENOMEM.  *out_r is NULL on failure.
 */
int query_parse_where(const char *text, LPSRestriction *out_r,
		      struct query_error *err);
int query_parse_sort(const char *text, LPSSortOrderSet *out_r,
		     struct query_error *err);
int query_parse_columns(const char *text, LPSPropTagArray *out_r,
			struct query_error *err);

/*
 * "TAG=VALUE" as one single-valued property (`mapix put --set`), the
 * value read as in --where, in MAPIAllocateMore memory hung from base
 * (the SPropValue too).  Returns 0, -EINVAL (*err) or -ENOMEM.
 */
int query_parse_assignment(const char *text, void *base, LPSPropValue *out_r,
			   struct query_error *err);

/*
 * A property tag by name or hex (tagname_parse), and, when the name is
 * unknown, by the name with "_W" added: PR_SUBJECT is PR_SUBJECT_W, as a
 * Unicode program sees it.  Returns 0 or -ENOENT.
 */
int query_parse_tag(const char *name, ULONG *tag_r);

#endif
