/*
 * abresolve.c - resolving recipient rows against the principals of the
 * directory (abresolve.h): names matched without regard to case, whole
 * or as a unique prefix, and one-off SMTP addresses.
 */
#include "lib.h"
#include "abresolve.h"

#include <errno.h>
#include <string.h>

#include <mapiutil.h>

#include "abprops.h"
#include "alloc.h"
#include "ustring.h"
#include "utf8.h"

/* Case-insensitive (Unicode case folding) comparison of a to b, whole or
 * as a prefix.  -ENOMEM, 0 no, 1 yes. */
static int fold_match(const char *a, const char *folded_b, size_t b_len,
		      bool prefix)
{
	char *fa = NULL;
	size_t fa_len = 0;
	int ret;

	if (a == NULL)
		return 0;
	if (ustr_fold(a, strlen(a), FL_IGNORECASE, &fa, &fa_len) < 0)
		return -ENOMEM;
	if (prefix)
		ret = fa_len >= b_len && memcmp(fa, folded_b, b_len) == 0;
	else
		ret = fa_len == b_len && memcmp(fa, folded_b, b_len) == 0;
	alloc_free(fa);
	return ret;
}

enum match { MATCH_NONE, MATCH_ONE, MATCH_MANY };

/*
 * The principal s names: an exact name or display name, else a unique
 * prefix of one, without regard to case.  0 with *m_r and, for
 * MATCH_ONE, *idx_r; or -ENOMEM.
 */
static int match_principal(struct dir_principal *const *list, size_t count,
			   const char *s, enum match *m_r, size_t *idx_r)
{
	char *fs = NULL;
	size_t fs_len = 0, i, hits;
	int pass, ret = 0;

	*m_r = MATCH_NONE;
	if (s[0] == '\0' || count == 0)
		return 0;
	if (ustr_fold(s, strlen(s), FL_IGNORECASE, &fs, &fs_len) < 0)
		return -ENOMEM;
	for (pass = 0; pass < 2 && *m_r == MATCH_NONE; pass++) {
		bool prefix = pass == 1;

		hits = 0;
		for (i = 0; i < count; i++) {
			const struct dir_principal *p = list[i];
			int a = fold_match(p->name, fs, fs_len, prefix);
			int b = a == 0 ? fold_match(p->display_name, fs, fs_len,
						    prefix)
				       : 0;

			if (a < 0 || b < 0) {
				ret = -ENOMEM;
				goto out;
			}
			if (a || b) {
				hits++;
				*idx_r = i;
			}
		}
		if (hits == 1)
			*m_r = MATCH_ONE;
		else if (hits > 1)
			*m_r = MATCH_MANY;
	}
out:
	alloc_free(fs);
	return ret;
}

/* The props a resolved recipient row gets. */
static const ULONG resolved_tags[] = {
    PR_ENTRYID,     S8(PR_DISPLAY_NAME), S8(PR_EMAIL_ADDRESS), S8(PR_ADDRTYPE),
    PR_OBJECT_TYPE, PR_DISPLAY_TYPE,     PR_SEARCH_KEY,        PR_RECORD_KEY,
};

/*
 * Replaces row's properties by those of src with the IDs in tags (all of
 * src when tags is NULL), keeping the row's other properties.  Strings
 * as PT_UNICODE when wide.  0 or -ENOMEM (the row is then unchanged).
 */
int abresolve_merge_row(ADRENTRY *row, const SPropValue *src, ULONG nsrc,
			const ULONG *tags, size_t ntags, bool wide)
{
	ULONG total = row->cValues + (ULONG)(tags != NULL ? ntags : nsrc);
	SPropValue *out = NULL;
	ULONG n = 0, i;

	if (MAPIAllocateBuffer(total * sizeof(SPropValue), (LPVOID *)&out) !=
	    S_OK)
		return -ENOMEM;
	for (i = 0; i < (tags != NULL ? ntags : nsrc); i++) {
		const SPropValue *v =
		    tags != NULL ? abprops_find(src, nsrc, tags[i]) : &src[i];

		if (v == NULL)
			continue;
		if (abprops_out(v, wide, &out[n], out) < 0) {
			MAPIFreeBuffer(out);
			return -ENOMEM;
		}
		n++;
	}
	for (i = 0; i < row->cValues; i++) {
		ULONG tag = row->rgPropVals[i].ulPropTag;

		if (abprops_find(out, n, tag) != NULL)
			continue;
		if (PropCopyMore(&out[n], &row->rgPropVals[i], MAPIAllocateMore,
				 out) != S_OK) {
			MAPIFreeBuffer(out);
			return -ENOMEM;
		}
		n++;
	}
	MAPIFreeBuffer(row->rgPropVals);
	row->rgPropVals = out;
	row->cValues = n;
	return 0;
}

/* The row's display name as UTF-8 (alloc_malloc()ed), or NULL. */
char *abresolve_display_name(const ADRENTRY *row, int *err_r)
{
	ULONG i;

	*err_r = 0;
	for (i = 0; i < row->cValues; i++) {
		const SPropValue *v = &row->rgPropVals[i];
		char *s = NULL;

		if (PROP_ID(v->ulPropTag) != PROP_ID(PR_DISPLAY_NAME))
			continue;
		if (PROP_TYPE(v->ulPropTag) == PT_UNICODE &&
		    v->Value.lpszW != NULL)
			s = ustr_to_utf8(v->Value.lpszW);
		else if (PROP_TYPE(v->ulPropTag) == PT_STRING8 &&
			 v->Value.lpszA != NULL &&
			 utf8_valid(v->Value.lpszA, strlen(v->Value.lpszA)))
			s = alloc_strdup(v->Value.lpszA);
		else
			return NULL;
		if (s == NULL)
			*err_r = -ENOMEM;
		return s;
	}
	return NULL;
}

bool abresolve_has_entryid(const ADRENTRY *row)
{
	ULONG i;

	for (i = 0; i < row->cValues; i++)
		if (row->rgPropVals[i].ulPropTag == PR_ENTRYID)
			return true;
	return false;
}

/* An SMTP address: one '@' with text on both sides, no blanks. */
static bool smtp_like(const char *s)
{
	const char *at = strchr(s, '@');

	return at != NULL && at != s && at[1] != '\0' &&
	       strchr(at + 1, '@') == NULL && strpbrk(s, " \t<>") == NULL;
}

/*
 * Resolves one row: *status_r MAPI_RESOLVED (the row is filled),
 * MAPI_AMBIGUOUS or MAPI_UNRESOLVED (the row is left alone).  One-off
 * SMTP addresses only when oneoffs.  0 or -ENOMEM.
 */
int abresolve_row(struct dir_principal *const *list, size_t count,
		  ADRENTRY *row, bool wide, bool oneoffs, ULONG *status_r)
{
	SPropValue *props = NULL;
	ULONG nprops = 0;
	enum match m = MATCH_NONE;
	size_t idx = 0;
	char *name;
	int ret;

	*status_r = MAPI_UNRESOLVED;
	name = abresolve_display_name(row, &ret);
	if (name == NULL)
		return ret;
	ret = match_principal(list, count, name, &m, &idx);
	if (ret == 0 && m == MATCH_MANY)
		*status_r = MAPI_AMBIGUOUS;
	if (ret == 0 && m == MATCH_ONE)
		ret = abprops_principal(list[idx], &props, &nprops);
	else if (ret == 0 && m == MATCH_NONE && oneoffs && smtp_like(name)) {
		struct oneoff o = {
		    .name = name,
		    .type = ADDRTYPE_SMTP,
		    .address = name,
		    .flags = MAPI_ONE_OFF_NO_RICH_INFO |
			     (wide ? MAPI_ONE_OFF_UNICODE : 0),
		};

		ret = abprops_oneoff(&o, NULL, 0, &props, &nprops);
	}
	if (ret == 0 && props != NULL) {
		ret = abresolve_merge_row(row, props, nprops, resolved_tags,
					  N_ELEMENTS(resolved_tags), wide);
		if (ret == 0)
			*status_r = MAPI_RESOLVED;
	}
	MAPIFreeBuffer(props);
	alloc_free(name);
	return ret;
}

bool abresolve_list_bad(const ADRLIST *list)
{
	ULONG i;

	if (list == NULL)
		return true;
	for (i = 0; i < list->cEntries; i++)
		if (list->aEntries[i].cValues > 0 &&
		    list->aEntries[i].rgPropVals == NULL)
			return true;
	return false;
}
