/*
 * rtftext.c - RTF to plain text and back; see rtftext.h.
 *
 * The reader is a small state machine over the RTF token stream: a stack
 * of group states (whether the group's text is kept, the \uc count), the
 * text so far in a growing buffer.  Control words that change neither
 * text nor state are skipped.
 */
#include "rtftext.h"

#include <ctype.h>
#include <errno.h>
#include <stdbool.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "alloc.h"
#include "utf8.h"

#define RTF_MAX_DEPTH 256

struct buf {
	char *p;
	size_t len, cap;
	bool failed;
};

static void buf_add(struct buf *b, const char *s, size_t n)
{
	char *p;
	size_t cap;

	if (b->failed)
		return;
	if (b->len + n + 1 > b->cap) {
		cap = b->cap == 0 ? 256 : b->cap;
		while (cap < b->len + n + 1)
			cap *= 2;
		p = alloc_realloc(b->p, cap);
		if (p == NULL) {
			b->failed = true;
			return;
		}
		b->p = p;
		b->cap = cap;
	}
	memcpy(b->p + b->len, s, n);
	b->len += n;
	b->p[b->len] = '\0';
}

/* Hands the buffer over: 0, or -ENOMEM when an append failed. */
static int buf_finish(struct buf *b, char **out_r, size_t *len_r)
{
	if (b->failed) {
		alloc_free(b->p);
		return -ENOMEM;
	}
	*out_r = b->p;
	if (len_r != NULL)
		*len_r = b->len;
	return 0;
}

/* Appends a code point as UTF-8 (U+FFFD for surrogates and the like). */
static void buf_add_cp(struct buf *b, uint32_t cp)
{
	char u[4];

	if (utf_is_surrogate(cp) || cp > UTF_MAX)
		cp = UTF_REPLACEMENT;
	buf_add(b, u, utf8_encode(cp, u));
}

/* Windows-1252's 0x80-0x9F (0: unassigned, shown as U+FFFD). */
static const uint16_t cp1252_high[32] = {
    0x20AC, 0,      0x201A, 0x0192, 0x201E, 0x2026, 0x2020, 0x2021,
    0x02C6, 0x2030, 0x0160, 0x2039, 0x0152, 0,      0x017D, 0,
    0,      0x2018, 0x2019, 0x201C, 0x201D, 0x2022, 0x2013, 0x2014,
    0x02DC, 0x2122, 0x0161, 0x203A, 0x0153, 0,      0x017E, 0x0178,
};

static uint32_t byte_cp(unsigned int c, long codepage)
{
	if (c >= 0x80 && c < 0xA0 && codepage == 1252)
		return cp1252_high[c - 0x80] ? cp1252_high[c - 0x80] : 0xFFFD;
	return c;
}

/* Destinations whose contents are not the document's text. */
static bool skipped_destination(const char *word)
{
	static const char *const skip[] = {
	    "fonttbl",
	    "colortbl",
	    "stylesheet",
	    "info",
	    "pict",
	    "header",
	    "footer",
	    "headerl",
	    "headerr",
	    "footerl",
	    "footerr",
	    "footnote",
	    "object",
	    "fldinst",
	    "themedata",
	    "datastore",
	    "xmlnstbl",
	    "listtable",
	    "listoverridetable",
	    "rsidtbl",
	    "generator",
	    "filetbl",
	    "revtbl",
	    "latentstyles",
	};
	size_t i;

	for (i = 0; i < sizeof(skip) / sizeof(skip[0]); i++) {
		if (strcmp(word, skip[i]) == 0)
			return true;
	}
	return false;
}

struct group {
	bool skip;
	int uc; /* bytes to skip after \uN */
};

int rtf_to_text(const char *rtf, size_t len, char **text_r, size_t *len_r)
{
	struct group stack[RTF_MAX_DEPTH];
	struct buf out = {0};
	int depth = 0, pending_skip = 0;
	long codepage = 1252;
	uint32_t high = 0; /* a \uN high surrogate waiting for its pair */
	bool star = false;
	size_t i = 0;

	*text_r = NULL;
	if (len < 5 || memcmp(rtf, "{\\rtf", 5) != 0)
		return -EINVAL;
	stack[0].skip = false;
	stack[0].uc = 1;
	while (i < len) {
		unsigned char c = (unsigned char)rtf[i];
		struct group *g = &stack[depth];

		if (c == '{') {
			if (depth + 1 >= RTF_MAX_DEPTH)
				break;
			stack[depth + 1] = *g;
			depth++;
			star = false;
			i++;
			continue;
		}
		if (c == '}') {
			if (depth == 0)
				break;
			depth--;
			i++;
			continue;
		}
		if (c == '\r' || c == '\n') {
			i++;
			continue;
		}
		if (c != '\\') {
			if (pending_skip > 0)
				pending_skip--;
			else if (!g->skip)
				buf_add_cp(&out, byte_cp(c, codepage));
			i++;
			continue;
		}
		/* A control word or symbol. */
		i++;
		if (i >= len)
			break;
		c = (unsigned char)rtf[i];
		if (!isalpha(c)) {
			i++;
			if (c == '\'') {
				unsigned int v = 0;
				int k;

				for (k = 0; k < 2 && i < len &&
					    isxdigit((unsigned char)rtf[i]);
				     k++, i++) {
					char h = rtf[i];

					v = v * 16 +
					    (unsigned int)(isdigit(
							       (unsigned char)h)
							       ? h - '0'
							       : (tolower(
								      (unsigned char)
									  h) -
								  'a' + 10));
				}
				if (pending_skip > 0)
					pending_skip--;
				else if (!g->skip)
					buf_add_cp(&out, byte_cp(v, codepage));
			} else if (c == '*') {
				star = true;
			} else if (c == '~' && !g->skip) {
				buf_add_cp(&out, 0xA0);
			} else if ((c == '\\' || c == '{' || c == '}') &&
				   !g->skip) {
				buf_add(&out, (const char *)&c, 1);
			} else if ((c == '\r' || c == '\n') && !g->skip) {
				buf_add(&out, "\r\n", 2);
			}
			continue;
		}
		{
			char word[32];
			size_t w = 0;
			long param = 0;
			bool has_param = false, neg = false;

			while (i < len && isalpha((unsigned char)rtf[i])) {
				if (w + 1 < sizeof(word))
					word[w++] = rtf[i];
				i++;
			}
			word[w] = '\0';
			if (i < len && rtf[i] == '-') {
				neg = true;
				i++;
			}
			while (i < len && isdigit((unsigned char)rtf[i])) {
				if (param < 100000000)
					param = param * 10 + (rtf[i] - '0');
				has_param = true;
				i++;
			}
			if (neg)
				param = -param;
			if (i < len && rtf[i] == ' ')
				i++;
			if (star || skipped_destination(word)) {
				g->skip = true;
				star = false;
				continue;
			}
			if (g->skip)
				continue;
			if (strcmp(word, "par") == 0 ||
			    strcmp(word, "line") == 0)
				buf_add(&out, "\r\n", 2);
			else if (strcmp(word, "tab") == 0)
				buf_add(&out, "\t", 1);
			else if (strcmp(word, "ansicpg") == 0 && has_param)
				codepage = param;
			else if (strcmp(word, "uc") == 0 && has_param)
				g->uc = param < 0 ? 0 : (int)param;
			else if (strcmp(word, "u") == 0 && has_param) {
				uint32_t u =
				    (uint32_t)(param < 0 ? param + 65536
							 : param) &
				    0xFFFF;

				if (utf_is_high_surrogate(u)) {
					high = u;
				} else if (utf_is_low_surrogate(u) &&
					   high != 0) {
					buf_add_cp(&out,
						   utf16_combine(high, u));
					high = 0;
				} else {
					buf_add_cp(&out, u);
					high = 0;
				}
				pending_skip = g->uc;
			} else if (strcmp(word, "emdash") == 0)
				buf_add_cp(&out, 0x2014);
			else if (strcmp(word, "endash") == 0)
				buf_add_cp(&out, 0x2013);
			else if (strcmp(word, "bullet") == 0)
				buf_add_cp(&out, 0x2022);
			else if (strcmp(word, "lquote") == 0)
				buf_add_cp(&out, 0x2018);
			else if (strcmp(word, "rquote") == 0)
				buf_add_cp(&out, 0x2019);
			else if (strcmp(word, "ldblquote") == 0)
				buf_add_cp(&out, 0x201C);
			else if (strcmp(word, "rdblquote") == 0)
				buf_add_cp(&out, 0x201D);
		}
	}
	buf_add(&out, "", 0);
	return buf_finish(&out, text_r, len_r);
}

int text_to_rtf(const char *text, size_t len, char **rtf_r, size_t *len_r)
{
	static const char head[] = "{\\rtf1\\ansi\\ansicpg1252\\deff0"
				   "{\\fonttbl{\\f0\\fswiss Arial;}}"
				   "\\uc1\\pard\\f0\\fs20 ";
	const unsigned char *s = (const unsigned char *)text;
	struct buf out = {0};
	size_t i = 0;

	*rtf_r = NULL;
	buf_add(&out, head, sizeof(head) - 1);
	while (i < len) {
		uint32_t cp = utf8_next(s, len, &i);
		char tmp[24];

		if (cp == '\r' && i < len && s[i] == '\n')
			continue;
		if (cp == '\n' || cp == '\r') {
			buf_add(&out, "\\par\r\n", 6);
		} else if (cp == '\t') {
			buf_add(&out, "\\tab ", 5);
		} else if (cp == '\\' || cp == '{' || cp == '}') {
			tmp[0] = '\\';
			tmp[1] = (char)cp;
			buf_add(&out, tmp, 2);
		} else if (cp < 0x80) {
			tmp[0] = (char)cp;
			buf_add(&out, tmp, 1);
		} else if (cp < 0x10000) {
			int n = snprintf(tmp, sizeof(tmp), "\\u%d?",
					 (int)(int16_t)(uint16_t)cp);

			buf_add(&out, tmp, (size_t)n);
		} else {
			WCHAR w[2];
			int n;

			utf16_encode(cp, w);
			n = snprintf(tmp, sizeof(tmp), "\\u%d?\\u%d?",
				     (int)(int16_t)w[0], (int)(int16_t)w[1]);

			buf_add(&out, tmp, (size_t)n);
		}
	}
	buf_add(&out, "}", 1);
	return buf_finish(&out, rtf_r, len_r);
}
