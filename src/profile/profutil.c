/*
 * profutil.c - the profile layer's shared helpers: thread-local error
 * messages, the name rules of catalogs and profiles, strict UTF-8 and
 * UTF-16 handling and the writers' growable buffer.
 */
#include "profutil.h"

#include <errno.h>
#include <stdio.h>
#include <string.h>

#include "alloc.h"
#include "errmsg.h"

int prof_verror(const char **error_r, int err, const char *fmt, va_list args)
{
	return errmsg_vset(error_r, err, fmt, args);
}

int prof_error(const char **error_r, int err, const char *fmt, ...)
{
	va_list args;

	va_start(args, fmt);
	err = prof_verror(error_r, err, fmt, args);
	va_end(args);
	return err;
}

/* ============================== Names ============================== */

static bool section_char_valid(unsigned char c)
{
	if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') ||
	    (c >= '0' && c <= '9'))
		return true;
	return c != '\0' && strchr(" _-.+@()&", c) != NULL;
}

int prof_check_section_name(const char *what, const char *name,
			    const char **error_r)
{
	size_t i, len;

	if (name == NULL || name[0] == '\0')
		return prof_error(error_r, -EINVAL, "the %s is empty", what);
	len = strlen(name);
	if (len > PROF_SECTION_NAME_MAX) {
		return prof_error(error_r, -EINVAL,
				  "the %s is longer than %d bytes", what,
				  PROF_SECTION_NAME_MAX);
	}
	for (i = 0; i < len; i++) {
		if (!section_char_valid((unsigned char)name[i])) {
			return prof_error(
			    error_r, -EINVAL,
			    "invalid %s: only ASCII letters, digits, spaces "
			    "and _-.+@()& are allowed",
			    what);
		}
	}
	if (name[0] == ' ' || name[len - 1] == ' ') {
		return prof_error(error_r, -EINVAL,
				  "invalid %s: leading or trailing space",
				  what);
	}
	if (name[0] == '.' || strstr(name, "..") != NULL) {
		return prof_error(error_r, -EINVAL,
				  "invalid %s: a leading '.' or '..'", what);
	}
	return 0;
}

int prof_check_profile_name(const char *name, const char **error_r)
{
	const unsigned char *p = (const unsigned char *)name;
	size_t len, i, chars = 0;

	if (name == NULL || name[0] == '\0')
		return prof_error(error_r, -EINVAL,
				  "the profile name is empty");
	len = strlen(name);
	if (len > PROF_PROFILE_NAME_BYTES) {
		return prof_error(error_r, -EINVAL,
				  "the profile name is longer than %d bytes",
				  PROF_PROFILE_NAME_BYTES);
	}
	for (i = 0; i < len;) {
		unsigned int cp;
		size_t n = prof_utf8_seq(p + i, len - i, &cp);

		if (n == 0) {
			return prof_error(
			    error_r, -EINVAL,
			    "the profile name is not valid UTF-8");
		}
		if (cp < 0x20 || (cp >= 0x7F && cp < 0xA0)) {
			return prof_error(
			    error_r, -EINVAL,
			    "the profile name holds a control character");
		}
		if (cp < 0x80 && strchr("/\\:*?\"<>|", (int)cp) != NULL) {
			return prof_error(error_r, -EINVAL,
					  "the profile name may not hold '%c'",
					  (int)cp);
		}
		i += n;
		chars++;
	}
	if (chars > PROF_PROFILE_NAME_MAX) {
		return prof_error(error_r, -EINVAL,
				  "the profile name is longer than %d "
				  "characters",
				  PROF_PROFILE_NAME_MAX);
	}
	if (name[0] == ' ' || name[len - 1] == ' ') {
		return prof_error(error_r, -EINVAL,
				  "the profile name has a leading or trailing "
				  "space");
	}
	if (name[0] == '.' || strstr(name, "..") != NULL) {
		return prof_error(error_r, -EINVAL,
				  "the profile name may not start with '.' or "
				  "hold '..'");
	}
	return 0;
}

/* ============================ Unicode ============================== */

size_t prof_utf8_seq(const unsigned char *s, size_t len, unsigned int *cp_r)
{
	unsigned int cp, min;
	size_t n, i;

	if (len == 0)
		return 0;
	if (s[0] < 0x80) {
		*cp_r = s[0];
		return 1;
	}
	if (s[0] >= 0xC2 && s[0] <= 0xDF) {
		n = 2;
		cp = s[0] & 0x1F;
		min = 0x80;
	} else if (s[0] >= 0xE0 && s[0] <= 0xEF) {
		n = 3;
		cp = s[0] & 0x0F;
		min = 0x800;
	} else if (s[0] >= 0xF0 && s[0] <= 0xF4) {
		n = 4;
		cp = s[0] & 0x07;
		min = 0x10000;
	} else {
		return 0;
	}
	if (len < n)
		return 0;
	for (i = 1; i < n; i++) {
		if ((s[i] & 0xC0) != 0x80)
			return 0;
		cp = cp << 6 | (s[i] & 0x3F);
	}
	if (cp < min || cp > 0x10FFFF || (cp >= 0xD800 && cp <= 0xDFFF))
		return 0;
	*cp_r = cp;
	return n;
}

bool prof_utf8_valid(const char *s, size_t len)
{
	const unsigned char *p = (const unsigned char *)s;
	size_t i = 0;

	while (i < len) {
		unsigned int cp;
		size_t n;

		if (p[i] < 0x80) {
			i++;
			continue;
		}
		n = prof_utf8_seq(p + i, len - i, &cp);
		if (n == 0)
			return false;
		i += n;
	}
	return true;
}

/* Puts the UTF-8 form of cp at buf + len when it fits; returns its size. */
static size_t put_utf8(unsigned int cp, char *buf, size_t cap, size_t len)
{
	unsigned char tmp[4];
	size_t n;

	if (cp < 0x80) {
		tmp[0] = (unsigned char)cp;
		n = 1;
	} else if (cp < 0x800) {
		tmp[0] = (unsigned char)(0xC0 | cp >> 6);
		tmp[1] = (unsigned char)(0x80 | (cp & 0x3F));
		n = 2;
	} else if (cp < 0x10000) {
		tmp[0] = (unsigned char)(0xE0 | cp >> 12);
		tmp[1] = (unsigned char)(0x80 | ((cp >> 6) & 0x3F));
		tmp[2] = (unsigned char)(0x80 | (cp & 0x3F));
		n = 3;
	} else {
		tmp[0] = (unsigned char)(0xF0 | cp >> 18);
		tmp[1] = (unsigned char)(0x80 | ((cp >> 12) & 0x3F));
		tmp[2] = (unsigned char)(0x80 | ((cp >> 6) & 0x3F));
		tmp[3] = (unsigned char)(0x80 | (cp & 0x3F));
		n = 4;
	}
	if (buf != NULL && len + n <= cap)
		memcpy(buf + len, tmp, n);
	return n;
}

long prof_utf16_to_utf8(const WCHAR *s, size_t n, char *buf, size_t cap)
{
	size_t i, len = 0;

	for (i = 0; i < n; i++) {
		unsigned int cp = s[i];

		if (cp >= 0xD800 && cp <= 0xDBFF) {
			if (i + 1 >= n || s[i + 1] < 0xDC00 ||
			    s[i + 1] > 0xDFFF)
				return -EILSEQ;
			cp = 0x10000 + ((cp - 0xD800) << 10) +
			     (unsigned int)(s[i + 1] - 0xDC00);
			i++;
		} else if (cp >= 0xDC00 && cp <= 0xDFFF) {
			return -EILSEQ;
		}
		len += put_utf8(cp, buf, cap, len);
	}
	return (long)len;
}

size_t prof_utf8_to_utf16(const char *s, size_t len, WCHAR *out)
{
	const unsigned char *p = (const unsigned char *)s;
	size_t i = 0, n = 0;

	while (i < len) {
		unsigned int cp;
		size_t k = prof_utf8_seq(p + i, len - i, &cp);

		if (k == 0) {
			cp = 0xFFFD;
			k = 1;
		}
		i += k;
		if (cp >= 0x10000) {
			if (out != NULL) {
				out[n] =
				    (WCHAR)(0xD800 + ((cp - 0x10000) >> 10));
				out[n + 1] =
				    (WCHAR)(0xDC00 + ((cp - 0x10000) & 0x3FF));
			}
			n += 2;
		} else {
			if (out != NULL)
				out[n] = (WCHAR)cp;
			n++;
		}
	}
	return n;
}

/* ========================= Output buffer =========================== */

/* Larger outputs are a bug of the caller's: fail them. */
#define SB_MAX ((size_t)1 << 30)

void sb_append(struct strbuf *sb, const void *data, size_t len)
{
	if (sb->failed)
		return;
	if (len > SB_MAX || str_len(&sb->s) > SB_MAX ||
	    str_append_n(&sb->s, data, len) < 0)
		sb->failed = true;
}

void sb_puts(struct strbuf *sb, const char *s)
{
	sb_append(sb, s, strlen(s));
}

void sb_putc(struct strbuf *sb, char c)
{
	sb_append(sb, &c, 1);
}

void sb_printf(struct strbuf *sb, const char *fmt, ...)
{
	va_list args;

	if (sb->failed)
		return;
	va_start(args, fmt);
	if (str_vprintfa(&sb->s, fmt, args) < 0)
		sb->failed = true;
	va_end(args);
}

void sb_hex(struct strbuf *sb, const BYTE *data, size_t len)
{
	static const char digits[] = "0123456789ABCDEF";
	char chunk[128];
	size_t i, n = 0;

	for (i = 0; i < len; i++) {
		chunk[n++] = digits[data[i] >> 4];
		chunk[n++] = digits[data[i] & 15];
		if (n == sizeof(chunk) || i + 1 == len) {
			sb_append(sb, chunk, n);
			n = 0;
		}
	}
}

int sb_finish(struct strbuf *sb, char **data_r, size_t *len_r)
{
	size_t len = str_len(&sb->s);
	char *data = NULL;

	if (!sb->failed)
		data = str_steal(&sb->s);
	if (data == NULL) {
		sb_free(sb);
		return -ENOMEM;
	}
	*data_r = data;
	*len_r = len;
	return 0;
}

void sb_free(struct strbuf *sb)
{
	str_free(&sb->s);
	sb->failed = false;
}

/* ============================== Hex ================================ */

int prof_hexval(int c)
{
	if (c >= '0' && c <= '9')
		return c - '0';
	if (c >= 'a' && c <= 'f')
		return c - 'a' + 10;
	if (c >= 'A' && c <= 'F')
		return c - 'A' + 10;
	return -1;
}

int prof_unhex(const char *s, BYTE *out, size_t len)
{
	size_t i;

	for (i = 0; i < len; i++) {
		int hi = prof_hexval((unsigned char)s[2 * i]);
		int lo = hi < 0 ? -1 : prof_hexval((unsigned char)s[2 * i + 1]);

		if (hi < 0 || lo < 0)
			return -EINVAL;
		out[i] = (BYTE)(hi << 4 | lo);
	}
	return 0;
}

int prof_tstr_to_utf8(const void *s, bool wide, char **out_r)
{
	size_t units;
	long len;

	*out_r = NULL;
	if (!wide) {
		if (!prof_utf8_valid(s, strlen(s)))
			return -EILSEQ;
		*out_r = alloc_strdup(s);
		return *out_r == NULL ? -ENOMEM : 0;
	}
	for (units = 0; ((const WCHAR *)s)[units] != 0; units++)
		;
	len = prof_utf16_to_utf8(s, units, NULL, 0);
	if (len < 0)
		return -EILSEQ;
	*out_r = alloc_malloc((size_t)len + 1);
	if (*out_r == NULL)
		return -ENOMEM;
	prof_utf16_to_utf8(s, units, *out_r, (size_t)len + 1);
	(*out_r)[len] = '\0';
	return 0;
}
