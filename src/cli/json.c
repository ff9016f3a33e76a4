/*
 * json.c - JSON string literals for the mapix tool (see json.h).
 *
 * Names and property values come from files and other programs, so they
 * may hold any bytes; a consumer parsing our JSON must never fail on
 * them.  Invalid UTF-8 is therefore replaced, one U+FFFD per bad byte,
 * as ustr_to_utf8() does for UTF-16.
 */
#include "json.h"

#include <stdbool.h>
#include <stdio.h>
#include <string.h>

/*
 * Length of the valid UTF-8 sequence at s (2 to 4 bytes; ASCII is handled
 * by the caller), or 0 when s does not start one: overlong forms,
 * surrogates and code points above U+10FFFF are invalid.
 */
static size_t utf8_seq_len(const unsigned char *s, size_t left)
{
	unsigned int cp, min;
	size_t len, i;

	if (s[0] >= 0xC2 && s[0] <= 0xDF) {
		len = 2;
		cp = s[0] & 0x1F;
		min = 0x80;
	} else if (s[0] >= 0xE0 && s[0] <= 0xEF) {
		len = 3;
		cp = s[0] & 0x0F;
		min = 0x800;
	} else if (s[0] >= 0xF0 && s[0] <= 0xF4) {
		len = 4;
		cp = s[0] & 0x07;
		min = 0x10000;
	} else {
		return 0;
	}
	if (len > left)
		return 0;
	for (i = 1; i < len; i++) {
		if ((s[i] & 0xC0) != 0x80)
			return 0;
		cp = (cp << 6) | (s[i] & 0x3F);
	}
	if (cp < min || cp > 0x10FFFF || (cp >= 0xD800 && cp <= 0xDFFF))
		return 0;
	return len;
}

void json_string_len(const char *s, size_t len)
{
	const unsigned char *p = (const unsigned char *)s;
	size_t i = 0, n;

	putchar('"');
	while (i < len) {
		unsigned char c = p[i];

		if (c == '"' || c == '\\') {
			printf("\\%c", c);
			i++;
		} else if (c < 0x20 || c == 0x7F) {
			printf("\\u%04x", c);
			i++;
		} else if (c < 0x80) {
			putchar(c);
			i++;
		} else if ((n = utf8_seq_len(p + i, len - i)) > 0) {
			fwrite(p + i, 1, n, stdout);
			i += n;
		} else {
			fputs("\\ufffd", stdout);
			i++;
		}
	}
	putchar('"');
}

void json_string(const char *s)
{
	json_string_len(s, strlen(s));
}
