/*
 * ustring.c - UTF-16/UTF-8 conversion, folding and the string matching
 * and ordering behind content restrictions, property restrictions and
 * sorting.
 *
 * The hot path is a restriction evaluated over many rows: it compares two
 * short strings that are nearly always ASCII.  So every entry point first
 * checks for pure ASCII (a word at a time) and then works on the units in
 * place, folding A-Z by hand.  Only when a byte >= 0x80 (or a WCHAR >=
 * 0x80) shows up do we convert to UTF-8 and let utf8proc fold; those
 * copies are allocated with alloc_malloc() so that the fault-injection
 * tests reach every failure path.
 */
#include "ustring.h"

#include <errno.h>
#include <stdint.h>
#include <string.h>

#include <utf8proc.h>

#include "alloc.h"

#define MATCH_KIND_MASK ((ULONG)0x0000FFFF)
#define FOLD_FLAGS      (FL_IGNORECASE | FL_IGNORENONSPACE | FL_LOOSE)

/* ---------------------------------------------------------------------------
 * UTF-16 and UTF-8 code points
 */

size_t ustr_wlen(const WCHAR *s)
{
	size_t n = 0;

	if (s == NULL)
		return 0;
	while (s[n] != 0)
		n++;
	return n;
}

static bool is_high_surrogate(uint32_t c)
{
	return c >= 0xD800 && c <= 0xDBFF;
}

static bool is_low_surrogate(uint32_t c)
{
	return c >= 0xDC00 && c <= 0xDFFF;
}

/*
 * Reads one code point from UTF-16 at s[*i] and advances *i.  An unpaired
 * surrogate is returned as itself: the callers decide whether it becomes
 * U+FFFD (for display) or is kept so that it compares by its value.
 */
static uint32_t utf16_next(const WCHAR *s, size_t len, size_t *i)
{
	uint32_t c = s[*i];

	if (is_high_surrogate(c) && *i + 1 < len &&
	    is_low_surrogate(s[*i + 1])) {
		c = 0x10000 + ((c - 0xD800) << 10) + (s[*i + 1] - 0xDC00u);
		*i += 2;
		return c;
	}
	*i += 1;
	return c;
}

/* Encodes c (surrogate values included, as 3 bytes) into out; returns the
 * byte count.  out may be NULL to only count. */
static size_t utf8_put(uint32_t c, char *out)
{
	unsigned char b[4];
	size_t n;

	if (c < 0x80) {
		b[0] = (unsigned char)c;
		n = 1;
	} else if (c < 0x800) {
		b[0] = (unsigned char)(0xC0 | (c >> 6));
		b[1] = (unsigned char)(0x80 | (c & 0x3F));
		n = 2;
	} else if (c < 0x10000) {
		b[0] = (unsigned char)(0xE0 | (c >> 12));
		b[1] = (unsigned char)(0x80 | ((c >> 6) & 0x3F));
		b[2] = (unsigned char)(0x80 | (c & 0x3F));
		n = 3;
	} else {
		b[0] = (unsigned char)(0xF0 | (c >> 18));
		b[1] = (unsigned char)(0x80 | ((c >> 12) & 0x3F));
		b[2] = (unsigned char)(0x80 | ((c >> 6) & 0x3F));
		b[3] = (unsigned char)(0x80 | (c & 0x3F));
		n = 4;
	}
	if (out != NULL)
		memcpy(out, b, n);
	return n;
}

/*
 * UTF-16 to UTF-8 into out (NULL: only count).  With replace, unpaired
 * surrogates become U+FFFD; without, they are encoded as their own value
 * (3 bytes that utf8proc rejects), so two different ones stay different.
 */
static size_t utf16_to_utf8(const WCHAR *s, size_t len, char *out, bool replace)
{
	size_t i = 0, n = 0;

	while (i < len) {
		uint32_t c = utf16_next(s, len, &i);

		if (replace && c >= 0xD800 && c <= 0xDFFF)
			c = 0xFFFD;
		n += utf8_put(c, out == NULL ? NULL : out + n);
	}
	return n;
}

/*
 * Decodes one code point of strict UTF-8 at s[*i] (no overlongs, no
 * surrogates, nothing above U+10FFFF) and advances *i.  A bad sequence
 * gives U+FFFD and consumes one byte.
 */
static uint32_t utf8_next(const unsigned char *s, size_t len, size_t *i)
{
	size_t p = *i, need;
	uint32_t c = s[p];
	unsigned char lo = 0x80, hi = 0xBF;

	if (c < 0x80) {
		*i = p + 1;
		return c;
	}
	if (c >= 0xC2 && c <= 0xDF) {
		need = 1;
		c &= 0x1F;
	} else if (c >= 0xE0 && c <= 0xEF) {
		need = 2;
		if (c == 0xE0)
			lo = 0xA0;
		else if (c == 0xED)
			hi = 0x9F;
		c &= 0x0F;
	} else if (c >= 0xF0 && c <= 0xF4) {
		need = 3;
		if (c == 0xF0)
			lo = 0x90;
		else if (c == 0xF4)
			hi = 0x8F;
		c &= 0x07;
	} else {
		*i = p + 1;
		return 0xFFFD;
	}
	if (len - p <= need || s[p + 1] < lo || s[p + 1] > hi) {
		*i = p + 1;
		return 0xFFFD;
	}
	for (size_t k = 1; k <= need; k++) {
		if (k > 1 && (s[p + k] & 0xC0) != 0x80) {
			*i = p + 1;
			return 0xFFFD;
		}
		c = (c << 6) | (s[p + k] & 0x3Fu);
	}
	*i = p + need + 1;
	return c;
}

char *ustr_to_utf8(const WCHAR *s)
{
	size_t len, n;
	char *out;

	if (s == NULL)
		return NULL;
	len = ustr_wlen(s);
	n = utf16_to_utf8(s, len, NULL, true);
	out = alloc_malloc(n + 1);
	if (out == NULL)
		return NULL;
	utf16_to_utf8(s, len, out, true);
	out[n] = '\0';
	return out;
}

WCHAR *ustr_from_utf8(const char *s)
{
	const unsigned char *u = (const unsigned char *)s;
	size_t len, i, n = 0;
	WCHAR *out;

	if (s == NULL)
		return NULL;
	len = strlen(s);
	for (i = 0; i < len;)
		n += utf8_next(u, len, &i) >= 0x10000 ? 2 : 1;
	out = alloc_malloc((n + 1) * sizeof(WCHAR));
	if (out == NULL)
		return NULL;
	n = 0;
	for (i = 0; i < len;) {
		uint32_t c = utf8_next(u, len, &i);

		if (c >= 0x10000) {
			c -= 0x10000;
			out[n++] = (WCHAR)(0xD800 + (c >> 10));
			out[n++] = (WCHAR)(0xDC00 + (c & 0x3FF));
		} else {
			out[n++] = (WCHAR)c;
		}
	}
	out[n] = 0;
	return out;
}

/* ---------------------------------------------------------------------------
 * The ASCII fast path
 */

static inline unsigned ascii_fold(unsigned c)
{
	return c - 'A' < 26u ? c + ('a' - 'A') : c;
}

static bool is_ascii8(const unsigned char *s, size_t len)
{
	uint64_t acc = 0, w;
	size_t i = 0;

	/* OR everything together: one branch at the end keeps the loop
	 * tight, and non-ASCII input takes the slow path anyway. */
	for (; i + 8 <= len; i += 8) {
		memcpy(&w, s + i, 8);
		acc |= w;
	}
	for (; i < len; i++)
		acc |= s[i];
	return (acc & UINT64_C(0x8080808080808080)) == 0;
}

static bool is_ascii16(const WCHAR *s, size_t len)
{
	uint64_t acc = 0, w;
	size_t i = 0;

	for (; i + 4 <= len; i += 4) {
		memcpy(&w, s + i, 8);
		acc |= w;
	}
	for (; i < len; i++)
		acc |= s[i];
	return (acc & UINT64_C(0xFF80FF80FF80FF80)) == 0;
}

static bool ustr_is_ascii(const struct ustr *s)
{
	return s->wide ? is_ascii16(s->p, s->len) : is_ascii8(s->p, s->len);
}

static inline __attribute__((always_inline)) unsigned
unit_at(const void *p, bool wide, size_t i)
{
	return wide ? ((const WCHAR *)p)[i] : ((const unsigned char *)p)[i];
}

/*
 * The functions marked always_inline below are written once for any mix
 * of widths; each call site passes constant widths, so the compiler emits
 * a specialised loop per combination.
 */
static inline __attribute__((always_inline)) bool
ascii_eq_at(const void *h, bool hw, size_t pos, const void *n, bool nw,
	    size_t from, size_t nlen, bool icase)
{
	for (size_t j = from; j < nlen; j++) {
		unsigned a = unit_at(h, hw, pos + j), b = unit_at(n, nw, j);

		if (a != b && (!icase || ascii_fold(a) != ascii_fold(b)))
			return false;
	}
	return true;
}

static inline __attribute__((always_inline)) bool
ascii_find(const void *h, bool hw, size_t hlen, const void *n, bool nw,
	   size_t nlen, bool icase)
{
	unsigned first;
	size_t last, i;

	if (nlen == 0)
		return true;
	if (nlen > hlen)
		return false;
	last = hlen - nlen;
	first = unit_at(n, nw, 0);
	if (icase && ascii_fold(first) - 'a' < 26u) {
		/* Both cases of a letter differ only in bit 0x20. */
		first = ascii_fold(first);
		for (i = 0; i <= last; i++) {
			if ((unit_at(h, hw, i) | 0x20) == first &&
			    ascii_eq_at(h, hw, i, n, nw, 1, nlen, true))
				return true;
		}
		return false;
	}
	for (i = 0; i <= last; i++) {
		if (unit_at(h, hw, i) == first &&
		    ascii_eq_at(h, hw, i, n, nw, 1, nlen, icase))
			return true;
	}
	return false;
}

static inline __attribute__((always_inline)) bool
ascii_match(const void *h, bool hw, size_t hlen, const void *n, bool nw,
	    size_t nlen, ULONG kind, bool icase)
{
	switch (kind) {
	case FL_FULLSTRING:
		return hlen == nlen &&
		       ascii_eq_at(h, hw, 0, n, nw, 0, nlen, icase);
	case FL_PREFIX:
		return hlen >= nlen &&
		       ascii_eq_at(h, hw, 0, n, nw, 0, nlen, icase);
	default:
		return ascii_find(h, hw, hlen, n, nw, nlen, icase);
	}
}

/* Matches units in place: both strings ASCII, or an exact (unfolded)
 * match of two strings of the same width. */
static bool units_match(const struct ustr *h, const struct ustr *n, ULONG kind,
			bool icase)
{
	if (!h->wide && !n->wide)
		return ascii_match(h->p, false, h->len, n->p, false, n->len,
				   kind, icase);
	if (h->wide && n->wide)
		return ascii_match(h->p, true, h->len, n->p, true, n->len, kind,
				   icase);
	if (h->wide)
		return ascii_match(h->p, true, h->len, n->p, false, n->len,
				   kind, icase);
	return ascii_match(h->p, false, h->len, n->p, true, n->len, kind,
			   icase);
}

static inline __attribute__((always_inline)) int
ascii_cmp(const void *a, bool aw, size_t alen, const void *b, bool bw,
	  size_t blen, bool icase)
{
	size_t n = alen < blen ? alen : blen;

	for (size_t i = 0; i < n; i++) {
		unsigned x = unit_at(a, aw, i), y = unit_at(b, bw, i);

		if (icase) {
			x = ascii_fold(x);
			y = ascii_fold(y);
		}
		if (x != y)
			return x < y ? -1 : 1;
	}
	return alen == blen ? 0 : (alen < blen ? -1 : 1);
}

static int units_cmp(const struct ustr *a, const struct ustr *b, bool icase)
{
	if (!a->wide && !b->wide)
		return ascii_cmp(a->p, false, a->len, b->p, false, b->len,
				 icase);
	if (a->wide && b->wide)
		return ascii_cmp(a->p, true, a->len, b->p, true, b->len, icase);
	if (a->wide)
		return ascii_cmp(a->p, true, a->len, b->p, false, b->len,
				 icase);
	return ascii_cmp(a->p, false, a->len, b->p, true, b->len, icase);
}

/* ---------------------------------------------------------------------------
 * Folding with utf8proc
 */

static utf8proc_option_t fold_options(ULONG flags)
{
	int opt;

	if (flags & FL_LOOSE)
		return UTF8PROC_COMPAT | UTF8PROC_DECOMPOSE |
		       UTF8PROC_STRIPMARK | UTF8PROC_CASEFOLD |
		       UTF8PROC_IGNORE | UTF8PROC_LUMP;
	/* Marks can only be stripped from a decomposed string; otherwise
	 * compose, so canonically equivalent spellings fold alike. */
	if (flags & FL_IGNORENONSPACE)
		opt = UTF8PROC_DECOMPOSE | UTF8PROC_STRIPMARK;
	else
		opt = UTF8PROC_COMPOSE;
	if (flags & FL_IGNORECASE)
		opt |= UTF8PROC_CASEFOLD;
	return (utf8proc_option_t)opt;
}

/* The bytes of s unchanged, or with ASCII letters lowered. */
static int copy_raw(const char *s, size_t len, bool lower, char **out_r,
		    size_t *len_r)
{
	char *out = alloc_malloc(len + 1);

	if (out == NULL)
		return -ENOMEM;
	for (size_t i = 0; i < len; i++)
		out[i] = lower ? (char)ascii_fold((unsigned char)s[i]) : s[i];
	out[len] = '\0';
	*out_r = out;
	*len_r = len;
	return 0;
}

int ustr_fold(const char *s, size_t len, ULONG flags, char **out_r,
	      size_t *len_r)
{
	const utf8proc_uint8_t *u = (const utf8proc_uint8_t *)s;
	utf8proc_option_t opt;
	utf8proc_ssize_t n, m;
	utf8proc_int32_t *buf;

	flags &= FOLD_FLAGS;
	if (s == NULL) {
		s = "";
		len = 0;
	}
	if (flags == 0)
		return copy_raw(s, len, false, out_r, len_r);
	opt = fold_options(flags);
	/* utf8proc counts in ssize_t; a string this long is not real. */
	if (len > (size_t)PTRDIFF_MAX / 32)
		return -ENOMEM;
	n = utf8proc_decompose(u, (utf8proc_ssize_t)len, NULL, 0, opt);
	if (n < 0)
		return copy_raw(s, len, (opt & UTF8PROC_CASEFOLD) != 0, out_r,
				len_r);
	/* One extra slot: utf8proc_reencode() writes a terminating 0. */
	buf = alloc_malloc(((size_t)n + 1) * sizeof(*buf));
	if (buf == NULL)
		return -ENOMEM;
	m = utf8proc_decompose(u, (utf8proc_ssize_t)len, buf, n, opt);
	if (m == n)
		m = utf8proc_reencode(buf, n, opt);
	else
		m = -1;
	if (m < 0) {
		alloc_free(buf);
		return copy_raw(s, len, (opt & UTF8PROC_CASEFOLD) != 0, out_r,
				len_r);
	}
	*out_r = (char *)buf;
	*len_r = (size_t)m;
	return 0;
}

/*
 * A UTF-8 view of s for folding: the string itself when it is UTF-8, a
 * converted copy in *tmp_r (to free) when it is UTF-16.  Unpaired
 * surrogates are kept as their values so they compare by them.
 */
static int utf8_view(const struct ustr *s, const char **p_r, size_t *len_r,
		     char **tmp_r)
{
	size_t n;
	char *tmp;

	*tmp_r = NULL;
	if (!s->wide) {
		*p_r = s->p;
		*len_r = s->len;
		return 0;
	}
	n = utf16_to_utf8(s->p, s->len, NULL, false);
	tmp = alloc_malloc(n + 1);
	if (tmp == NULL)
		return -ENOMEM;
	utf16_to_utf8(s->p, s->len, tmp, false);
	tmp[n] = '\0';
	*tmp_r = tmp;
	*p_r = tmp;
	*len_r = n;
	return 0;
}

/* Folded UTF-8 copies of a and b, to free with alloc_free(). */
static int fold_pair(const struct ustr *a, const struct ustr *b, ULONG flags,
		     char **fa_r, size_t *fa_len_r, char **fb_r,
		     size_t *fb_len_r)
{
	const char *pa, *pb;
	char *ta = NULL, *tb = NULL, *fa = NULL, *fb = NULL;
	size_t la, lb;
	int ret;

	ret = utf8_view(a, &pa, &la, &ta);
	if (ret == 0)
		ret = utf8_view(b, &pb, &lb, &tb);
	if (ret == 0)
		ret = ustr_fold(pa, la, flags, &fa, fa_len_r);
	if (ret == 0)
		ret = ustr_fold(pb, lb, flags, &fb, fb_len_r);
	alloc_free(ta);
	alloc_free(tb);
	if (ret < 0) {
		alloc_free(fa);
		return ret;
	}
	*fa_r = fa;
	*fb_r = fb;
	return 0;
}

/* ---------------------------------------------------------------------------
 * Byte-level matching and ordering of UTF-8 (code point order)
 */

static bool bytes_match(const char *h, size_t hlen, const char *n, size_t nlen,
			ULONG kind)
{
	/* Empty strings may come as NULL: never hand those to memcmp. */
	if (nlen == 0)
		return kind != FL_FULLSTRING || hlen == 0;
	switch (kind) {
	case FL_FULLSTRING:
		return hlen == nlen && memcmp(h, n, nlen) == 0;
	case FL_PREFIX:
		return hlen >= nlen && memcmp(h, n, nlen) == 0;
	default:
		return hlen >= nlen && memmem(h, hlen, n, nlen) != NULL;
	}
}

static int bytes_cmp(const char *a, size_t alen, const char *b, size_t blen)
{
	size_t n = alen < blen ? alen : blen;
	int c = n == 0 ? 0 : memcmp(a, b, n);

	if (c != 0)
		return c < 0 ? -1 : 1;
	return alen == blen ? 0 : (alen < blen ? -1 : 1);
}

/*
 * UTF-16 units compared in code point order: surrogates (D800-DFFF) stand
 * for code points above U+FFFF, so they move above E000-FFFF.
 */
static unsigned wide_order(unsigned u)
{
	if (u >= 0xE000)
		return u - 0x800;
	if (u >= 0xD800)
		return u + 0x2000;
	return u;
}

static int wide_cmp(const WCHAR *a, size_t alen, const WCHAR *b, size_t blen)
{
	size_t n = alen < blen ? alen : blen;

	for (size_t i = 0; i < n; i++) {
		if (a[i] != b[i])
			return wide_order(a[i]) < wide_order(b[i]) ? -1 : 1;
	}
	return alen == blen ? 0 : (alen < blen ? -1 : 1);
}

/* ---------------------------------------------------------------------------
 * Matching and ordering
 */

int ustr_match_mixed(const struct ustr *hay, const struct ustr *needle,
		     ULONG fuzzy)
{
	ULONG kind = fuzzy & MATCH_KIND_MASK, flags = fuzzy & FOLD_FLAGS;
	const char *ph, *pn;
	char *th = NULL, *tn = NULL, *fh, *fn;
	size_t lh, ln;
	bool icase = (flags & (FL_IGNORECASE | FL_LOOSE)) != 0;
	int ret;

	if (kind > FL_PREFIX)
		return -EINVAL;
	if (flags == 0 && hay->wide == needle->wide) {
		/* Exact: bytes or units as they are, whatever they hold. */
		if (!hay->wide)
			return bytes_match(hay->p, hay->len, needle->p,
					   needle->len, kind);
		return units_match(hay, needle, kind, false);
	}
	if (ustr_is_ascii(hay) && ustr_is_ascii(needle))
		return units_match(hay, needle, kind, icase);
	if (flags == 0) {
		ret = utf8_view(hay, &ph, &lh, &th);
		if (ret == 0)
			ret = utf8_view(needle, &pn, &ln, &tn);
		if (ret == 0)
			ret = bytes_match(ph, lh, pn, ln, kind);
		alloc_free(th);
		alloc_free(tn);
		return ret;
	}
	ret = fold_pair(hay, needle, flags, &fh, &lh, &fn, &ln);
	if (ret < 0)
		return ret;
	ret = bytes_match(fh, lh, fn, ln, kind);
	alloc_free(fh);
	alloc_free(fn);
	return ret;
}

int ustr_match(const char *hay, size_t hay_len, const char *needle,
	       size_t needle_len, ULONG fuzzy)
{
	struct ustr h = {hay, hay_len, false}, n = {needle, needle_len, false};

	return ustr_match_mixed(&h, &n, fuzzy);
}

int ustr_compare_mixed(const struct ustr *a, const struct ustr *b, ULONG flags,
		       int *cmp_r)
{
	const char *pa, *pb;
	char *ta = NULL, *tb = NULL, *fa, *fb;
	size_t la, lb;
	int ret;

	flags &= FOLD_FLAGS;
	if (ustr_is_ascii(a) && ustr_is_ascii(b)) {
		*cmp_r =
		    units_cmp(a, b, (flags & (FL_IGNORECASE | FL_LOOSE)) != 0);
		return 0;
	}
	if (flags == 0) {
		if (a->wide && b->wide) {
			*cmp_r = wide_cmp(a->p, a->len, b->p, b->len);
			return 0;
		}
		ret = utf8_view(a, &pa, &la, &ta);
		if (ret == 0)
			ret = utf8_view(b, &pb, &lb, &tb);
		if (ret == 0)
			*cmp_r = bytes_cmp(pa, la, pb, lb);
		alloc_free(ta);
		alloc_free(tb);
		return ret;
	}
	ret = fold_pair(a, b, flags, &fa, &la, &fb, &lb);
	if (ret < 0)
		return ret;
	*cmp_r = bytes_cmp(fa, la, fb, lb);
	alloc_free(fa);
	alloc_free(fb);
	return 0;
}

int ustr_compare(const char *a, size_t a_len, const char *b, size_t b_len,
		 ULONG flags)
{
	struct ustr x = {a, a_len, false}, y = {b, b_len, false};
	int cmp;

	if (ustr_compare_mixed(&x, &y, flags, &cmp) < 0 || cmp == 0)
		cmp = bytes_cmp(a, a_len, b, b_len);
	return cmp;
}
