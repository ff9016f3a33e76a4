/*
 * profutil.c - the profile layer's shared helpers: thread-local error
 * messages, the name rules of catalogs and profiles and the writers'
 * growable buffer.  UTF-8 and UTF-16 are core's (utf8.h).
 */
#include "profutil.h"

#include <errno.h>
#include <stdio.h>
#include <string.h>

#include "alloc.h"
#include "utf8.h"
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
		uint32_t cp;
		size_t n = utf8_decode(p + i, len - i, &cp);

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
