/*
 * utf8.c - validation and whole-string conversions of the UTF-8 and UTF-16
 * codec (see utf8.h); the per-code-point steps are inline in the header.
 *
 * Validation skips runs of ASCII eight bytes at a time, which is most of
 * the text mapix validates (names, subjects, addresses).
 */
#include "utf8.h"

#include <errno.h>
#include <string.h>

#include "alloc.h"

/* Bytes from s on that are ASCII, counted a word at a time. */
static size_t ascii_run(const unsigned char *s, size_t len)
{
	size_t i = 0;
	uint64_t w;

	while (i + 8 <= len) {
		memcpy(&w, s + i, 8);
		if (w & UINT64_C(0x8080808080808080))
			break;
		i += 8;
	}
	while (i < len && s[i] < 0x80)
		i++;
	return i;
}

bool utf8_valid(const char *s, size_t len)
{
	const unsigned char *p = (const unsigned char *)s;
	size_t i = 0;

	while (i < len) {
		uint32_t c;
		size_t n;

		i += ascii_run(p + i, len - i);
		if (i == len)
			break;
		n = utf8_decode(p + i, len - i, &c);
		if (n == 0)
			return false;
		i += n;
	}
	return true;
}

bool utf16_valid(const WCHAR *s, size_t n)
{
	size_t i = 0;

	while (i < n) {
		if (utf_is_surrogate(utf16_next(s, n, &i)))
			return false;
	}
	return true;
}

int utf16_to_utf8(const WCHAR *s, size_t n, char *out, size_t cap,
		  enum utf_mode mode, size_t *len_r)
{
	size_t i = 0, len = 0;

	while (i < n) {
		uint32_t c = utf16_next(s, n, &i);
		char buf[4];
		size_t k;

		if (utf_is_surrogate(c)) {
			if (mode == UTF_REJECT)
				return -EILSEQ;
			if (mode == UTF_REPLACE)
				c = UTF_REPLACEMENT;
		}
		if (out != NULL && c < 0x80 && len < cap) {
			out[len++] = (char)c;
			continue;
		}
		k = utf8_encode(c, buf);
		if (out != NULL && len + k <= cap)
			memcpy(out + len, buf, k);
		len += k;
	}
	*len_r = len;
	return 0;
}

int utf8_to_utf16(const char *s, size_t len, WCHAR *out, size_t cap,
		  enum utf_mode mode, size_t *units_r)
{
	const unsigned char *p = (const unsigned char *)s;
	size_t i = 0, n = 0;

	while (i < len) {
		uint32_t c;
		size_t k;
		WCHAR w[2];

		if (p[i] < 0x80) {
			if (out != NULL && n < cap)
				out[n] = p[i];
			n++;
			i++;
			continue;
		}
		k = utf8_decode(p + i, len - i, &c);
		if (k == 0) {
			if (mode == UTF_REJECT)
				return -EILSEQ;
			c = UTF_REPLACEMENT;
			k = 1;
		}
		i += k;
		k = utf16_encode(c, w);
		if (out != NULL && n + k <= cap)
			memcpy(out + n, w, k * sizeof(WCHAR));
		n += k;
	}
	*units_r = n;
	return 0;
}

int utf8_from_tstr(const void *s, bool wide, enum utf_mode mode, char **out_r)
{
	const WCHAR *w = s;
	size_t units = 0, len;
	int ret;

	*out_r = NULL;
	if (!wide) {
		if (!utf8_valid(s, strlen(s)))
			return -EILSEQ;
		*out_r = alloc_strdup(s);
		return *out_r == NULL ? -ENOMEM : 0;
	}
	while (w[units] != 0)
		units++;
	ret = utf16_to_utf8(w, units, NULL, 0, mode, &len);
	if (ret < 0)
		return ret;
	*out_r = alloc_malloc(len + 1);
	if (*out_r == NULL)
		return -ENOMEM;
	utf16_to_utf8(w, units, *out_r, len, mode, &len);
	(*out_r)[len] = '\0';
	return 0;
}
