/*
 * ustring.h - the Unicode string operations MAPI needs: UTF-16 (WCHAR)
 * length and conversion, and comparison with case folding and accent
 * stripping for FL_IGNORECASE / FL_IGNORENONSPACE and sorting.
 *
 * Case folding and normalisation come from utf8proc.  PT_STRING8 strings
 * are treated as UTF-8 (mapix's code page for 8-bit strings); invalid
 * UTF-8 and unpaired surrogates never fail: they compare by their bytes.
 */
#ifndef MAPIX_CORE_USTRING_H
#define MAPIX_CORE_USTRING_H

#include <stdbool.h>
#include <stddef.h>

#include <mapidefs.h>

/* Flags of ustr_fold() and the comparisons: FL_IGNORECASE, FL_IGNORENONSPACE
 * and FL_LOOSE (mapidefs.h) are the accepted bits. */

/* Number of UTF-16 units before the terminating 0. */
size_t ustr_wlen(const WCHAR *s);

/*
 * UTF-16 <-> UTF-8.  Both return a new alloc_malloc()ed, NUL-terminated
 * string, or NULL when memory runs out.  Unpaired surrogates become U+FFFD.
 */
char *ustr_to_utf8(const WCHAR *s);
WCHAR *ustr_from_utf8(const char *s);

/*
 * Folds a UTF-8 string for matching: with FL_IGNORECASE full Unicode case
 * folding, with FL_IGNORENONSPACE removal of combining marks (after
 * canonical decomposition), with FL_LOOSE both plus compatibility
 * decomposition.  Returns a new alloc_malloc()ed string in *out_r and its
 * length in *len_r, or -ENOMEM.
 */
int ustr_fold(const char *s, size_t len, ULONG flags, char **out_r,
	      size_t *len_r);

/*
 * Content match of [MS-OXCDATA]/SContentRestriction semantics: fuzzy is
 * FL_FULLSTRING, FL_SUBSTRING or FL_PREFIX in the low word plus modifier
 * bits.  Inputs are UTF-8 with explicit lengths.  Returns 1 on match, 0 on
 * no match, -ENOMEM.
 */
int ustr_match(const char *hay, size_t hay_len, const char *needle,
	       size_t needle_len, ULONG fuzzy);

/*
 * Orders two UTF-8 strings: with FL_IGNORECASE by their case folds (ties
 * broken by the raw bytes so the order is total), else by code point.
 * Returns <0, 0, >0; on allocation failure falls back to byte order.
 */
int ustr_compare(const char *a, size_t a_len, const char *b, size_t b_len,
		 ULONG flags);

#endif
