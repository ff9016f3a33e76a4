/*
 * ustring.h - the Unicode string operations MAPI needs: UTF-16 (WCHAR)
 * length and conversion, and comparison with case folding and accent
 * stripping for FL_IGNORECASE / FL_IGNORENONSPACE and sorting.
 *
 * Case folding and normalisation come from utf8proc.  PT_STRING8 strings
 * are treated as UTF-8 (mapix's code page for 8-bit strings); invalid
 * UTF-8 and unpaired surrogates never fail: they compare by their bytes.
 *
 * Matching and ordering take one fast path: when both strings are pure
 * ASCII they are compared in place, folding case byte by byte, without
 * allocating and without calling utf8proc.  Anything else goes through a
 * folded UTF-8 copy of each string.
 */
#ifndef MAPIX_CORE_USTRING_H
#define MAPIX_CORE_USTRING_H

#include <stdbool.h>
#include <stddef.h>

#include <mapidefs.h>

/*
 * Flags of ustr_fold() and the comparisons: FL_IGNORECASE, FL_IGNORENONSPACE
 * and FL_LOOSE (mapidefs.h) are the accepted bits; other bits are ignored.
 * FL_LOOSE implies the other two and adds compatibility decomposition
 * (so "ﬁ" matches "fi"), removal of default-ignorable characters and
 * utf8proc's lumping of look-alike punctuation.
 */

/* Number of UTF-16 units before the terminating 0; 0 for NULL. */
size_t ustr_wlen(const WCHAR *s);

/*
 * UTF-16 <-> UTF-8.  Both return a new alloc_malloc()ed, NUL-terminated
 * string, or NULL when memory runs out or s is NULL.  Unpaired surrogates
 * and invalid UTF-8 sequences become U+FFFD (one per bad unit or byte).
 */
char *ustr_to_utf8(const WCHAR *s);
WCHAR *ustr_from_utf8(const char *s);

/*
 * Folds a UTF-8 string for matching: with FL_IGNORECASE full Unicode case
 * folding (after canonical composition, so "ß" becomes "ss" and "e" plus
 * U+0301 equals "é"), with FL_IGNORENONSPACE removal of combining marks
 * (after canonical decomposition), with FL_LOOSE both plus compatibility
 * decomposition.  Without any of these flags the result is an exact copy.
 * Invalid UTF-8 is not normalised: its bytes are copied, ASCII letters
 * lowered when folding case.  Returns 0 with a new alloc_malloc()ed,
 * NUL-terminated string in *out_r and its length in *len_r, or -ENOMEM.
 */
int ustr_fold(const char *s, size_t len, ULONG flags, char **out_r,
	      size_t *len_r);

/*
 * Content match of [MS-OXCDATA]/SContentRestriction semantics: fuzzy is
 * FL_FULLSTRING, FL_SUBSTRING or FL_PREFIX in the low word plus modifier
 * bits.  Inputs are UTF-8 with explicit lengths.  An empty needle is a
 * prefix and a substring of every string.  Returns 1 on match, 0 on no
 * match, -EINVAL for an unknown match kind in the low word, -ENOMEM.
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

/*
 * A counted string in either of MAPI's encodings, so that PT_STRING8 and
 * PT_UNICODE values can be matched and ordered against each other without
 * converting the common (ASCII) case.  len counts units (bytes or WCHARs)
 * and excludes any terminator.
 */
struct ustr {
	const void *p;
	size_t len;
	bool wide; /* p points to WCHAR (UTF-16), else to char (UTF-8) */
};

/* ustr_match() for strings of either width; same results. */
int ustr_match_mixed(const struct ustr *hay, const struct ustr *needle,
		     ULONG fuzzy);

/*
 * Orders two strings of either width by code point, or with the flags by
 * their folds.  Unlike ustr_compare() there is no tie-break: strings that
 * fold alike compare equal, which is what RELOP_EQ and sort keys need.
 * Returns 0 with <0, 0 or >0 in *cmp_r, or -ENOMEM.
 */
int ustr_compare_mixed(const struct ustr *a, const struct ustr *b, ULONG flags,
		       int *cmp_r);

/*
 * The fold of s, as the comparisons above fold it for flags (which must
 * hold FL_IGNORECASE, FL_IGNORENONSPACE or FL_LOOSE), made one character
 * at a time from tables into buf, which has room for cap bytes; with buf
 * NULL it only measures.  For callers that keep folds, such as a table's
 * precomputed sort keys: no allocation, no utf8proc.  Returns true with
 * the length in *len_r, or false when s holds a character the tables do
 * not cover (U+0250 and above, invalid UTF-8, unpaired surrogates) or the
 * fold needs more than cap bytes; ustr_fold_mixed() folds any string.
 */
bool ustr_fold_chars(const struct ustr *s, ULONG flags, char *buf, size_t cap,
		     size_t *len_r);

/*
 * Orders two folds made for the same flags (by ustr_fold_chars() or
 * ustr_fold_mixed()) as ustr_compare_mixed() orders the strings they were
 * made from, for callers that fold once and compare many times.  Returns
 * -1, 0 or 1.
 */
int ustr_fold_cmp(const char *a, size_t a_len, const char *b, size_t b_len);

/*
 * ustr_fold() for a string of either width: UTF-16 is converted first,
 * unpaired surrogates kept as their values, so the fold compares as the
 * comparisons above compare.  Returns 0 with a new alloc_malloc()ed,
 * NUL-terminated string in *out_r and its length in *len_r, or -ENOMEM.
 */
int ustr_fold_mixed(const struct ustr *s, ULONG flags, char **out_r,
		    size_t *len_r);

#endif
