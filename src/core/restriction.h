/*
 * restriction.h - validating and evaluating SRestriction trees against a
 * row of properties.
 *
 * This is the reference semantics of table restrictions in mapix: the
 * in-memory table uses it directly, and the store engine's SQL push-down is
 * tested against it.  Evaluation never fails on well-formed input: a
 * restriction is validated once (res_validate) before it is evaluated many
 * times.
 *
 * Semantics, node by node:
 * - Row lookup: a property is found by its full tag; a tag of type
 *   PT_UNSPECIFIED finds the first property with that ID whose type is not
 *   PT_ERROR (tables report an unavailable column as PT_ERROR).
 * - MVI tags (MV_FLAG | MV_INSTANCE) in property, content, bitmask, size
 *   and exist restrictions: IMAPITable::Restrict makes such a restriction
 *   work like one on a single-valued property, value by value, without
 *   expanding rows.  The lookup takes the single value stored under the
 *   MVI tag in a row that a view has expanded, else the multi-valued
 *   property (the tag without MV_INSTANCE), and then the row matches when
 *   any one of its values does (none when it has no values).  lpProp is a
 *   single value of the base type.  The base type must have a
 *   multi-valued form that compares.  RES_COMPAREPROPS looks its tags up
 *   exactly: an MVI tag there only finds an expanded row's instance.
 * - RES_AND of no terms is true, RES_OR of none is false.
 * - RES_CONTENT: the tag's type (or its base type, for a multi-valued
 *   tag) is PT_STRING8, PT_UNICODE or PT_BINARY, and lpProp is a single
 *   value of exactly that base type.  Strings match per ustr_match();
 *   binaries bytewise, the FL_IGNORE* bits ignored.  For a multi-valued
 *   property, any value that matches makes the row match.
 * - RES_PROPERTY: lpProp has the tag's type, or the base type of a
 *   multi-valued tag (then any element may satisfy the relation).  Strings
 *   compare case-insensitively, the same order tables sort by, so a
 *   RELOP_GE restriction and a sorted view agree.
 * - RES_COMPAREPROPS: the two tags' types must be comparable
 *   (propcmp_comparable); strings compare case-insensitively.
 * - RES_BITMASK: PT_LONG properties only (or the MVI tag of PT_MV_LONG).
 * - RES_SIZE: the UlPropSize of the value: fixed sizes per type, strings
 *   with their terminator (UTF-16 in bytes), binaries cb, multi-valued
 *   the sum over the elements (each element alone through an MVI tag).
 * - RES_SUBRESTRICTION: true when any sub-row satisfies lpRes.  One
 *   anywhere below another is MAPI_E_TOO_COMPLEX: every level multiplies
 *   the sub-rows walked per row, so nesting would make evaluation time
 *   exponential in the depth.
 * - RES_COMMENT, RES_ANNOTATION: lpRes if there is one, else true.
 * - RES_COUNT: [MS-OXCDATA] 2.12.12 makes ulCount a limit on how many
 *   matching rows are returned, which is a property of the table, not of
 *   one row.  res_eval() evaluates lpRes; the caller that walks the rows
 *   applies the limit.
 * - RELOP_RE is not supported: MAPI_E_TOO_COMPLEX.
 *
 * Errors of validation: malformed input (NULL pointers, unknown rt, relop
 * above RELOP_RE, relBMR above BMR_NEZ, a match kind above FL_PREFIX) is
 * -EINVAL (MAPI_E_INVALID_PARAMETER); a well-formed restriction that mapix
 * does not evaluate (type mismatches, content on other types, RELOP_RE,
 * property restrictions on PT_NULL/PT_OBJECT/PT_ERROR/..., nested
 * subrestrictions, too deep or too big) is -E2BIG (MAPI_E_TOO_COMPLEX), as
 * the MAPI documentation asks.
 */
#ifndef MAPIX_CORE_RESTRICTION_H
#define MAPIX_CORE_RESTRICTION_H

#include <stdbool.h>

#include <mapidefs.h>

/* Deepest nesting of restrictions accepted; deeper is MAPI_E_TOO_COMPLEX. */
#define RES_MAX_DEPTH 64
/* Most nodes in one tree; more is MAPI_E_TOO_COMPLEX. */
#define RES_MAX_NODES 100000

/*
 * Supplies the sub-rows (recipients, attachments) for RES_SUBRESTRICTION:
 * sets *rows_r (may be NULL for "none") and returns 0, or a negative errno.
 * The rows stay owned by the callee and valid until the evaluation ends.
 */
typedef int res_subrows_fn(void *ctx, const SRow *row, ULONG sub_object,
			   const SRowSet **rows_r);

/*
 * Checks a restriction tree: known rt values, type agreement between tags
 * and values (SContentRestriction: strings or binary, same type; RELOP in
 * range; RES_BITMASK on PT_LONG; ...), non-NULL pointers, depth (the root
 * is level 1, RES_MAX_DEPTH levels are accepted), size limits and no
 * RES_SUBRESTRICTION below another.
 * Returns 0, -EINVAL (MAPI_E_INVALID_PARAMETER) or -E2BIG
 * (MAPI_E_TOO_COMPLEX), with a static message in *error_r when not NULL.
 */
int res_validate(const SRestriction *res, const char **error_r);

/*
 * Evaluates a validated restriction against row.  Missing properties make
 * property, content, bitmask, size and compare-props restrictions false.
 * subrows may be NULL: RES_SUBRESTRICTION is then false.  Returns 1 (row
 * matches), 0, -ENOMEM, or the negative errno that subrows returned.  An
 * unvalidated tree is not trusted blindly: unknown node types give
 * -EINVAL, nesting beyond RES_MAX_DEPTH and a subrestriction reached
 * inside another give -E2BIG.  Strings of
 * characters below U+0250 (ASCII, Latin-1, Latin Extended) are matched
 * without allocating, so only other scripts can give -ENOMEM.
 */
int res_eval(const SRestriction *res, const SRow *row, res_subrows_fn *subrows,
	     void *subrows_ctx);

#endif
