/*
 * abresolve.h - resolving recipient rows (ADRENTRY) against a list of the
 * directory's principals, for IAddrBook::ResolveName and
 * IABContainer::ResolveNames (addrbook.c), and the row edits they share.
 *
 * Conventions: 0 or a negative errno (-ENOMEM: the only failure).
 */
#ifndef MAPIX_MAPI_ABRESOLVE_H
#define MAPIX_MAPI_ABRESOLVE_H

#include <stdbool.h>
#include <stddef.h>

#include <mapidefs.h>

#include "directory.h"

/*
 * Resolves one row by its display name against the count principals of
 * list: *status_r MAPI_RESOLVED (the row is filled), MAPI_AMBIGUOUS or
 * MAPI_UNRESOLVED (the row is left alone).  One-off SMTP addresses only
 * when oneoffs.  Strings as PT_UNICODE when wide.
 */
int abresolve_row(struct dir_principal *const *list, size_t count,
		  ADRENTRY *row, bool wide, bool oneoffs, ULONG *status_r);

/*
 * Replaces row's properties by those of src with the IDs in tags (all of
 * src when tags is NULL), keeping the row's other properties.  Strings
 * as PT_UNICODE when wide.  The row is unchanged on failure.
 */
int abresolve_merge_row(ADRENTRY *row, const SPropValue *src, ULONG nsrc,
			const ULONG *tags, size_t ntags, bool wide);
/* The row's display name as UTF-8 (alloc_malloc()ed), or NULL (with
 * *err_r -ENOMEM when memory ran out). */
char *abresolve_display_name(const ADRENTRY *row, int *err_r);
/* Whether the row has PR_ENTRYID. */
bool abresolve_has_entryid(const ADRENTRY *row);
/* Whether an address list is malformed (NULL, or values missing). */
bool abresolve_list_bad(const ADRLIST *list);

#endif
