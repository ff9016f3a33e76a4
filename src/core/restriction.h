/*
 * restriction.h - validating and evaluating SRestriction trees against a
 * row of properties.
 *
 * This is the reference semantics of table restrictions in mapix: the
 * in-memory table uses it directly, and the store engine's SQL push-down is
 * tested against it.  Evaluation never fails on well-formed input: a
 * restriction is validated once (res_validate) before it is evaluated many
 * times.
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
 * range; RES_BITMASK on PT_LONG; ...), non-NULL pointers, depth and size
 * limits.  Returns 0, -EINVAL (MAPI_E_INVALID_PARAMETER) or -E2BIG
 * (MAPI_E_TOO_COMPLEX), with a static message in *error_r when not NULL.
 */
int res_validate(const SRestriction *res, const char **error_r);

/*
 * Evaluates a validated restriction against row.  Missing properties make
 * property, content, bitmask, size and compare-props restrictions false.
 * subrows may be NULL: RES_SUBRESTRICTION is then false.  Returns 1 (row
 * matches), 0, or -ENOMEM.
 */
int res_eval(const SRestriction *res, const SRow *row, res_subrows_fn *subrows,
	     void *subrows_ctx);

/* The HRESULT for a negative return of res_validate / res_eval. */
HRESULT res_hresult(int ret);

#endif
