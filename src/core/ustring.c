/*
 * ustring.c - UTF-16/UTF-8 conversion, folding and the string matching
 * and ordering behind content restrictions, property restrictions and
 * sorting.
 *
 * The hot path is a restriction or a sort over many rows: it compares two
 * short strings, mostly ASCII or Western European.  So there are three
 * tiers, cheapest first:
 * 1. both strings pure ASCII (checked a word at a time): compared in
 *    place, A-Z folded by hand;
 * 2. every character below U+0250: folded one character at a time from
 *    tables that utf8proc fills once, into stack buffers;
 * 3. anything else: utf8proc folds the whole string, in blocks allocated
 *    with alloc_malloc() so that the fault-injection tests reach them.
 * All three give the same results; the tests check the tiers against
 * each other.
 */
#include "ustring.h"

#include <assert.h>
#include <errno.h>
#include <pthread.h>
#include <stdint.h>
#include <string.h>

#include <utf8proc.h>

#include "alloc.h"
#include "utf8.h"

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

char *ustr_to_utf8(const WCHAR *s)
{
	size_t len, n;
	char *out;

	if (s == NULL)
		return NULL;
	len = ustr_wlen(s);
	utf16_to_utf8(s, len, NULL, 0, UTF_REPLACE, &n);
	out = alloc_malloc(n + 1);
	if (out == NULL)
		return NULL;
	utf16_to_utf8(s, len, out, n, UTF_REPLACE, &n);
	out[n] = '\0';
	return out;
}

WCHAR *ustr_from_utf8(const char *s)
{
	size_t len, n;
	WCHAR *out;

	if (s == NULL)
		return NULL;
	len = strlen(s);
	utf8_to_utf16(s, len, NULL, 0, UTF_REPLACE, &n);
	out = alloc_malloc((n + 1) * sizeof(WCHAR));
	if (out == NULL)
		return NULL;
	utf8_to_utf16(s, len, out, n, UTF_REPLACE, &n);
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

/*
 * Matching an ASCII needle in place, where the haystack's other characters
 * cannot change the answer: folds never turn ASCII into anything else,
 * and nothing composes with an ASCII character except combining marks
 * that follow it.  So a match of ASCII units that is not followed by a
 * non-ASCII unit is a match, and a mismatch at an ASCII unit before any
 * non-ASCII one is a mismatch.  Returns 1, 0, or -1 when the haystack's
 * non-ASCII characters must be folded to decide.
 */
static inline __attribute__((always_inline)) int
ascii_needle_match(const void *h, bool hw, size_t hlen, const void *n, bool nw,
		   size_t nlen, ULONG kind, bool icase)
{
	unsigned first, mask, acc = 0, a;
	size_t i, j;

	if (kind != FL_SUBSTRING) {
		for (j = 0; j < nlen; j++) {
			if (j == hlen)
				return 0;
			a = unit_at(h, hw, j);
			if (a >= 0x80)
				return -1;
			if (a != unit_at(n, nw, j) &&
			    (!icase ||
			     ascii_fold(a) != ascii_fold(unit_at(n, nw, j))))
				return 0;
		}
		if (j == hlen)
			return 1;
		if (unit_at(h, hw, j) >= 0x80)
			return -1;
		return kind == FL_PREFIX;
	}
	if (nlen == 0)
		return 1;
	first = unit_at(n, nw, 0);
	if (icase)
		first = ascii_fold(first);
	/* Both cases of a letter differ only in bit 0x20. */
	mask = icase && first - 'a' < 26u ? 0x20 : 0;
	for (i = 0; i + nlen <= hlen; i++) {
		a = unit_at(h, hw, i);
		acc |= a;
		if ((a | mask) != first)
			continue;
		if (!ascii_eq_at(h, hw, i, n, nw, 1, nlen, icase))
			continue;
		if (i + nlen == hlen || unit_at(h, hw, i + nlen) < 0x80)
			return 1;
		return -1;
	}
	for (; i < hlen; i++)
		acc |= unit_at(h, hw, i);
	return acc >= 0x80 ? -1 : 0;
}

static int units_ascii_needle(const struct ustr *h, const struct ustr *n,
			      ULONG kind, bool icase)
{
	if (!h->wide && !n->wide)
		return ascii_needle_match(h->p, false, h->len, n->p, false,
					  n->len, kind, icase);
	if (h->wide && n->wide)
		return ascii_needle_match(h->p, true, h->len, n->p, true,
					  n->len, kind, icase);
	if (h->wide)
		return ascii_needle_match(h->p, true, h->len, n->p, false,
					  n->len, kind, icase);
	return ascii_needle_match(h->p, false, h->len, n->p, true, n->len, kind,
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
 * Folding
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

/*
 * Per-character folding.  Below U+0250 (ASCII, Latin-1, Latin Extended-A
 * and -B) there are no combining marks, and every character's fold starts
 * with a base character, so normalisation never joins two of them: the
 * fold of a string of such characters is the concatenation of their
 * single folds.  Those are computed once by utf8proc into a table per
 * flag combination, and Western European text folds with a table lookup
 * per character, without allocating.  Anything else takes the whole-string
 * utf8proc path.
 */
#define PERCHAR_LIMIT 0x250
#define PERCHAR_MAX   7
#define PERCHAR_NONE  0xFF

struct perchar {
	uint8_t len; /* PERCHAR_NONE: no usable single fold */
	char bytes[PERCHAR_MAX];
};

/* Indexed by fold_variant(); variant 0 (no folding) has no table. */
#define FOLD_VARIANTS 5
static const ULONG variant_flags[FOLD_VARIANTS] = {
    0, FL_IGNORECASE, FL_IGNORENONSPACE, FL_IGNORECASE | FL_IGNORENONSPACE,
    FL_LOOSE};
static struct perchar perchar_tables[FOLD_VARIANTS][PERCHAR_LIMIT];
static pthread_once_t perchar_once = PTHREAD_ONCE_INIT;

static int fold_variant(ULONG flags)
{
	if (flags & FL_LOOSE)
		return 4;
	return ((flags & FL_IGNORECASE) ? 1 : 0) |
	       ((flags & FL_IGNORENONSPACE) ? 2 : 0);
}

static void perchar_init(void)
{
	/* utf8proc directly on stack buffers: no allocation, so the
	 * fault-injection counts of whoever comes first stay untouched. */
	utf8proc_int32_t buf[32];
	char in[4];

	for (int v = 1; v < FOLD_VARIANTS; v++) {
		utf8proc_option_t opt = fold_options(variant_flags[v]);

		for (uint32_t c = 0; c < PERCHAR_LIMIT; c++) {
			struct perchar *e = &perchar_tables[v][c];
			size_t inlen = utf8_encode(c, in);
			utf8proc_ssize_t n, m;

			e->len = PERCHAR_NONE;
			n = utf8proc_decompose((const utf8proc_uint8_t *)in,
					       (utf8proc_ssize_t)inlen, buf, 31,
					       opt);
			if (n < 0 || n > 31)
				continue;
			m = utf8proc_reencode(buf, n, opt);
			if (m < 0 || m > PERCHAR_MAX)
				continue;
			memcpy(e->bytes, buf, (size_t)m);
			e->len = (uint8_t)m;
		}
	}
}

static inline __attribute__((always_inline)) bool
fold_perchar_units(const void *p, bool wide, size_t len,
		   const struct perchar *table, char *buf, size_t cap,
		   size_t *len_r)
{
	const struct perchar *e;
	size_t i = 0, n = 0;
	uint32_t c;

	while (i < len) {
		/* Invalid UTF-8 and unpaired surrogates come out as U+FFFD
		 * or as the surrogate: beyond the table either way. */
		c = unit_at(p, wide, i);
		if (c < 0x80)
			i++;
		else if (wide)
			c = utf16_next(p, len, &i);
		else
			c = utf8_next(p, len, &i);
		if (c >= PERCHAR_LIMIT)
			return false;
		e = &table[c];
		if (e->len > PERCHAR_MAX || cap - n < e->len)
			return false;
		/* A fixed-size copy is one move; the bytes past len are
		 * scratch that the next character overwrites. */
		if (buf != NULL && cap - n >= PERCHAR_MAX)
			memcpy(buf + n, e->bytes, PERCHAR_MAX);
		else if (buf != NULL)
			memcpy(buf + n, e->bytes, e->len);
		n += e->len;
	}
	*len_r = n;
	return true;
}

/*
 * Folds s character by character into buf (NULL: only measure).  Returns
 * true with the length in *len_r, or false when s holds a character that
 * needs the whole-string path or the fold does not fit in cap bytes.
 */
static bool fold_perchar(const struct ustr *s, int variant, char *buf,
			 size_t cap, size_t *len_r)
{
	const struct perchar *table = perchar_tables[variant];

	assert(variant > 0 && variant < FOLD_VARIANTS);
	pthread_once(&perchar_once, perchar_init);
	if (s->wide)
		return fold_perchar_units(s->p, true, s->len, table, buf, cap,
					  len_r);
	return fold_perchar_units(s->p, false, s->len, table, buf, cap, len_r);
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

/* The whole-string fold by utf8proc. */
static int fold_utf8proc(const char *s, size_t len, ULONG flags, char **out_r,
			 size_t *len_r)
{
	const utf8proc_uint8_t *u = (const utf8proc_uint8_t *)s;
	utf8proc_option_t opt = fold_options(flags);
	bool lower = (opt & UTF8PROC_CASEFOLD) != 0;
	utf8proc_ssize_t n, m;
	utf8proc_int32_t *buf;

	/* utf8proc counts in ssize_t; a string this long is not real. */
	if (len > (size_t)PTRDIFF_MAX / 32)
		return -ENOMEM;
	n = utf8proc_decompose(u, (utf8proc_ssize_t)len, NULL, 0, opt);
	if (n < 0)
		return copy_raw(s, len, lower, out_r, len_r);
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
		return copy_raw(s, len, lower, out_r, len_r);
	}
	*out_r = (char *)buf;
	*len_r = (size_t)m;
	return 0;
}

int ustr_fold(const char *s, size_t len, ULONG flags, char **out_r,
	      size_t *len_r)
{
	struct ustr u;
	size_t n;
	char *out;
	int variant;

	flags &= FOLD_FLAGS;
	if (s == NULL) {
		s = "";
		len = 0;
	}
	if (flags == 0)
		return copy_raw(s, len, false, out_r, len_r);
	u.p = s;
	u.len = len;
	u.wide = false;
	variant = fold_variant(flags);
	if (!fold_perchar(&u, variant, NULL, SIZE_MAX, &n))
		return fold_utf8proc(s, len, flags, out_r, len_r);
	out = alloc_malloc(n + 1);
	if (out == NULL)
		return -ENOMEM;
	fold_perchar(&u, variant, out, n, &n);
	out[n] = '\0';
	*out_r = out;
	*len_r = n;
	return 0;
}

/*
 * Room for the folds and conversions of the strings a restriction or a
 * sort compares (subjects, names, addresses) on the stack; longer ones are
 * allocated.
 */
#define STACK_BUF 512

/*
 * s as UTF-8: the string itself, a conversion into stack (cap bytes) or
 * into a new block left in *heap_r (to free).  Unpaired surrogates are
 * kept as their values so they compare by them.
 */
static int utf8_of(const struct ustr *s, char *stack, size_t cap,
		   const char **p_r, size_t *len_r, char **heap_r)
{
	size_t n;
	char *out = stack;

	*heap_r = NULL;
	if (!s->wide) {
		*p_r = s->p;
		*len_r = s->len;
		return 0;
	}
	utf16_to_utf8(s->p, s->len, NULL, 0, UTF_KEEP, &n);
	if (n >= cap) {
		out = alloc_malloc(n + 1);
		if (out == NULL)
			return -ENOMEM;
		*heap_r = out;
	}
	utf16_to_utf8(s->p, s->len, out, n, UTF_KEEP, &n);
	out[n] = '\0';
	*p_r = out;
	*len_r = n;
	return 0;
}

bool ustr_fold_chars(const struct ustr *s, ULONG flags, char *buf, size_t cap,
		     size_t *len_r)
{
	flags &= FOLD_FLAGS;
	if (flags == 0)
		return false;
	return fold_perchar(s, fold_variant(flags), buf, cap, len_r);
}

int ustr_fold_mixed(const struct ustr *s, ULONG flags, char **out_r,
		    size_t *len_r)
{
	char conv[STACK_BUF], *tmp;
	const char *p;
	size_t len;
	int ret;

	ret = utf8_of(s, conv, sizeof(conv), &p, &len, &tmp);
	if (ret < 0)
		return ret;
	ret = ustr_fold(p, len, flags, out_r, len_r);
	alloc_free(tmp);
	return ret;
}

/*
 * The fold of s (flags not 0): per character into stack when it can, else
 * in a new block left in *heap_r (to free).
 */
static int fold_of(const struct ustr *s, ULONG flags, char *stack, size_t cap,
		   const char **p_r, size_t *len_r, char **heap_r)
{
	int ret;

	*heap_r = NULL;
	if (ustr_fold_chars(s, flags, stack, cap, len_r)) {
		*p_r = stack;
		return 0;
	}
	ret = ustr_fold_mixed(s, flags, heap_r, len_r);
	*p_r = *heap_r;
	return ret;
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

int ustr_fold_cmp(const char *a, size_t a_len, const char *b, size_t b_len)
{
	/* What ustr_compare_mixed() does with the folds it makes. */
	return bytes_cmp(a, a_len, b, b_len);
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

/* Exact matching of UTF-16 units, whatever they hold. */
static bool wide_match(const WCHAR *h, size_t hlen, const WCHAR *n, size_t nlen,
		       ULONG kind)
{
	size_t size = nlen * sizeof(WCHAR);

	if (nlen == 0)
		return kind != FL_FULLSTRING || hlen == 0;
	if (nlen > hlen || (kind == FL_FULLSTRING && hlen != nlen))
		return false;
	if (kind != FL_SUBSTRING)
		return memcmp(h, n, size) == 0;
	for (size_t i = 0; i + nlen <= hlen; i++) {
		if (h[i] == n[0] && memcmp(h + i, n, size) == 0)
			return true;
	}
	return false;
}

/* ---------------------------------------------------------------------------
 * Matching and ordering
 */

/*
 * a and b as comparable UTF-8 byte strings: converted (flags 0) or folded.
 * Free *heap_a and *heap_b afterwards, also on error.
 */
static int prepare_pair(const struct ustr *a, const struct ustr *b, ULONG flags,
			char *stack_a, char *stack_b, const char **pa,
			size_t *la, const char **pb, size_t *lb, char **heap_a,
			char **heap_b)
{
	int ret;

	*heap_b = NULL;
	if (flags == 0) {
		ret = utf8_of(a, stack_a, STACK_BUF, pa, la, heap_a);
		if (ret == 0)
			ret = utf8_of(b, stack_b, STACK_BUF, pb, lb, heap_b);
		return ret;
	}
	ret = fold_of(a, flags, stack_a, STACK_BUF, pa, la, heap_a);
	if (ret == 0)
		ret = fold_of(b, flags, stack_b, STACK_BUF, pb, lb, heap_b);
	return ret;
}

int ustr_match_mixed(const struct ustr *hay, const struct ustr *needle,
		     ULONG fuzzy)
{
	ULONG kind = fuzzy & MATCH_KIND_MASK, flags = fuzzy & FOLD_FLAGS;
	char sh[STACK_BUF], sn[STACK_BUF], *th, *tn;
	const char *ph, *pn;
	size_t lh, ln;
	int ret;

	if (kind > FL_PREFIX)
		return -EINVAL;
	if (flags == 0 && hay->wide == needle->wide) {
		/* Exact: bytes or units as they are, whatever they hold. */
		if (!hay->wide)
			return bytes_match(hay->p, hay->len, needle->p,
					   needle->len, kind);
		return wide_match(hay->p, hay->len, needle->p, needle->len,
				  kind);
	}
	if (ustr_is_ascii(needle)) {
		ret = units_ascii_needle(hay, needle, kind,
					 (flags & (FL_IGNORECASE | FL_LOOSE)) !=
					     0);
		if (ret >= 0)
			return ret;
	}
	ret = prepare_pair(hay, needle, flags, sh, sn, &ph, &lh, &pn, &ln, &th,
			   &tn);
	if (ret == 0)
		ret = bytes_match(ph, lh, pn, ln, kind);
	alloc_free(th);
	alloc_free(tn);
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
	char sa[STACK_BUF], sb[STACK_BUF], *ta, *tb;
	const char *pa, *pb;
	size_t la, lb;
	int ret;

	flags &= FOLD_FLAGS;
	if (ustr_is_ascii(a) && ustr_is_ascii(b)) {
		*cmp_r =
		    units_cmp(a, b, (flags & (FL_IGNORECASE | FL_LOOSE)) != 0);
		return 0;
	}
	if (flags == 0 && a->wide && b->wide) {
		*cmp_r = wide_cmp(a->p, a->len, b->p, b->len);
		return 0;
	}
	ret = prepare_pair(a, b, flags, sa, sb, &pa, &la, &pb, &lb, &ta, &tb);
	if (ret == 0)
		*cmp_r = bytes_cmp(pa, la, pb, lb);
	alloc_free(ta);
	alloc_free(tb);
	return ret;
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
