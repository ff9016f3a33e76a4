/*
 * utf8.h - mapix's one UTF-8 and UTF-16 codec: decoding and encoding one
 * code point, validating a buffer, and converting between UTF-16 (WCHAR,
 * what PT_UNICODE holds) and UTF-8 (what PT_STRING8 holds in mapix).
 *
 * Valid UTF-8 is strict (RFC 3629): no overlong forms, no surrogates
 * (U+D800..U+DFFF), nothing above U+10FFFF, no truncated sequence.
 * Callers differ in what they do with text that is not valid, so the
 * conversions take a UTF_* mode: reject it, replace each bad unit or byte
 * by U+FFFD, or (UTF-16 to UTF-8 only) keep an unpaired surrogate as its
 * own value so that two different ones stay different.
 *
 * The per-code-point functions are inline: the property blob codec, the
 * string folding of restrictions and sorts, and the JSON printers run
 * them for every character.  ustring.h builds its allocating conversions
 * (ustr_to_utf8, ustr_from_utf8) and its case folding on this module.
 */
#ifndef MAPIX_CORE_UTF8_H
#define MAPIX_CORE_UTF8_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#include <mapidefs.h>

/* U+FFFD, what an invalid sequence or unpaired surrogate becomes. */
#define UTF_REPLACEMENT 0xFFFDu
/* The largest code point. */
#define UTF_MAX 0x10FFFFu

/* What a conversion does with an invalid byte or an unpaired surrogate. */
enum utf_mode {
	UTF_REJECT,  /* fail with -EILSEQ */
	UTF_REPLACE, /* one U+FFFD for each bad byte or unit */
	/*
	 * UTF-16 to UTF-8 only: an unpaired surrogate is written as the
	 * three bytes its value would take (not valid UTF-8, but two
	 * different surrogates stay different, which comparisons need).
	 * UTF-8 to UTF-16 treats it as UTF_REPLACE.
	 */
	UTF_KEEP,
};

static inline bool utf_is_surrogate(uint32_t c)
{
	return c >= 0xD800 && c <= 0xDFFF;
}

static inline bool utf_is_high_surrogate(uint32_t c)
{
	return c >= 0xD800 && c <= 0xDBFF;
}

static inline bool utf_is_low_surrogate(uint32_t c)
{
	return c >= 0xDC00 && c <= 0xDFFF;
}

/* The code point of a surrogate pair (hi D800-DBFF, lo DC00-DFFF). */
static inline uint32_t utf16_combine(uint32_t hi, uint32_t lo)
{
	return 0x10000 + ((hi - 0xD800) << 10) + (lo - 0xDC00);
}

/*
 * Decodes the UTF-8 sequence at s, of which len (at least 1) bytes may be
 * read.  Returns its length (1 to 4) with the code point in *cp_r, or 0
 * when s does not start a valid sequence (*cp_r untouched).
 */
static inline size_t utf8_decode(const unsigned char *s, size_t len,
				 uint32_t *cp_r)
{
	uint32_t c = s[0];
	unsigned char lo = 0x80, hi = 0xBF;
	size_t n, k;

	if (c < 0x80) {
		*cp_r = c;
		return 1;
	}
	if (c >= 0xC2 && c <= 0xDF) {
		n = 2;
		c &= 0x1F;
	} else if (c >= 0xE0 && c <= 0xEF) {
		/* E0 needs A0.. (no overlongs), ED ..9F (no surrogates). */
		n = 3;
		lo = c == 0xE0 ? 0xA0 : 0x80;
		hi = c == 0xED ? 0x9F : 0xBF;
		c &= 0x0F;
	} else if (c >= 0xF0 && c <= 0xF4) {
		/* F0 needs 90.. (no overlongs), F4 ..8F (<= U+10FFFF). */
		n = 4;
		lo = c == 0xF0 ? 0x90 : 0x80;
		hi = c == 0xF4 ? 0x8F : 0xBF;
		c &= 0x07;
	} else {
		return 0;
	}
	if (len < n || s[1] < lo || s[1] > hi)
		return 0;
	c = (c << 6) | (s[1] & 0x3Fu);
	for (k = 2; k < n; k++) {
		if ((s[k] & 0xC0) != 0x80)
			return 0;
		c = (c << 6) | (s[k] & 0x3Fu);
	}
	*cp_r = c;
	return n;
}

/*
 * Reads one code point of UTF-8 at s[*i] (*i < len) and advances *i past
 * it; an invalid sequence gives U+FFFD and advances one byte.
 */
static inline uint32_t utf8_next(const unsigned char *s, size_t len, size_t *i)
{
	uint32_t c;
	size_t n = utf8_decode(s + *i, len - *i, &c);

	if (n == 0) {
		*i += 1;
		return UTF_REPLACEMENT;
	}
	*i += n;
	return c;
}

/*
 * Reads one code point of UTF-16 at s[*i] (*i < len) and advances *i past
 * it.  An unpaired surrogate is returned as itself: the caller decides
 * whether it is an error, a U+FFFD or a value to keep.
 */
static inline uint32_t utf16_next(const WCHAR *s, size_t len, size_t *i)
{
	uint32_t c = s[*i];

	if (utf_is_high_surrogate(c) && *i + 1 < len &&
	    utf_is_low_surrogate(s[*i + 1])) {
		c = utf16_combine(c, s[*i + 1]);
		*i += 2;
		return c;
	}
	*i += 1;
	return c;
}

/* Bytes the UTF-8 form of c takes (a surrogate value: 3). */
static inline size_t utf8_size(uint32_t c)
{
	return c < 0x80 ? 1 : c < 0x800 ? 2 : c < 0x10000 ? 3 : 4;
}

/*
 * Writes the UTF-8 form of c (at most UTF_MAX; a surrogate value is
 * written as its three bytes) to out, which has room for 4 bytes, and
 * returns its length.
 */
static inline size_t utf8_encode(uint32_t c, char *out)
{
	unsigned char *o = (unsigned char *)out;

	if (c < 0x80) {
		o[0] = (unsigned char)c;
		return 1;
	}
	if (c < 0x800) {
		o[0] = (unsigned char)(0xC0 | c >> 6);
		o[1] = (unsigned char)(0x80 | (c & 0x3F));
		return 2;
	}
	if (c < 0x10000) {
		o[0] = (unsigned char)(0xE0 | c >> 12);
		o[1] = (unsigned char)(0x80 | ((c >> 6) & 0x3F));
		o[2] = (unsigned char)(0x80 | (c & 0x3F));
		return 3;
	}
	o[0] = (unsigned char)(0xF0 | c >> 18);
	o[1] = (unsigned char)(0x80 | ((c >> 12) & 0x3F));
	o[2] = (unsigned char)(0x80 | ((c >> 6) & 0x3F));
	o[3] = (unsigned char)(0x80 | (c & 0x3F));
	return 4;
}

/*
 * Writes c (at most UTF_MAX) as UTF-16 to out, which has room for two
 * units, and returns how many it took (1 or 2).
 */
static inline size_t utf16_encode(uint32_t c, WCHAR *out)
{
	if (c < 0x10000) {
		out[0] = (WCHAR)c;
		return 1;
	}
	c -= 0x10000;
	out[0] = (WCHAR)(0xD800 + (c >> 10));
	out[1] = (WCHAR)(0xDC00 + (c & 0x3FF));
	return 2;
}

/* True when the len bytes at s are valid UTF-8 (a NUL byte is valid). */
bool utf8_valid(const char *s, size_t len);

/* True when the n units at s hold no unpaired surrogate. */
bool utf16_valid(const WCHAR *s, size_t n);

/*
 * UTF-16 to UTF-8: converts the n units at s into out, which has room for
 * cap bytes (out NULL: only measure).  Writes no terminator and nothing
 * past cap.  Returns 0 with the full length of the conversion in *len_r
 * (which may exceed cap), or, with UTF_REJECT, -EILSEQ at the first
 * unpaired surrogate.
 */
int utf16_to_utf8(const WCHAR *s, size_t n, char *out, size_t cap,
		  enum utf_mode mode, size_t *len_r);

/*
 * UTF-8 to UTF-16: converts the len bytes at s into out, which has room
 * for cap units (out NULL: only measure).  Writes no terminator and
 * nothing past cap.  Returns 0 with the full number of units in *units_r
 * (which may exceed cap), or, with UTF_REJECT, -EILSEQ at the first
 * invalid sequence.  UTF_KEEP is UTF_REPLACE here.
 */
int utf8_to_utf16(const char *s, size_t len, WCHAR *out, size_t cap,
		  enum utf_mode mode, size_t *units_r);

/*
 * A string argument of MAPI's (LPTSTR) as a new NUL-terminated UTF-8
 * string: s is UTF-16 (WCHAR *) when wide, converted with mode, else
 * 8-bit, which mapix reads as UTF-8 and which must be valid.  Returns 0
 * with an alloc_malloc()ed copy in *out_r, -EILSEQ (*out_r NULL) for
 * invalid text, -ENOMEM.
 */
int utf8_from_tstr(const void *s, bool wide, enum utf_mode mode, char **out_r);

#endif
