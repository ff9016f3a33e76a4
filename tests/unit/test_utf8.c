/*
 * test_utf8.c - the UTF-8 / UTF-16 codec (src/core/utf8.c, utf8.h).
 *
 * What is valid comes from RFC 3629 section 4 (the byte ranges of
 * well-formed UTF-8: no overlong forms, no surrogates, nothing above
 * U+10FFFF) and from Unicode's UTF-16 (a surrogate pair is a high
 * D800-DBFF followed by a low DC00-DFFF).  Besides the named edge cases,
 * every code point is encoded and decoded again, and every 1- and 2-byte
 * sequence and a sweep of 3- and 4-byte ones are checked against a
 * reference rule written differently: a sequence is valid exactly when it
 * is the encoding of the value it decodes to, that value is not a
 * surrogate and not above U+10FFFF.
 */
#include <stdarg.h>
#include <stddef.h>
#include <setjmp.h>
#include <stdint.h>
#include <cmocka.h>

#include <errno.h>
#include <string.h>

#include <mapidefs.h>

#include "alloc.h"
#include "utf8.h"

static size_t decode(const char *s, size_t len, uint32_t *cp)
{
	*cp = 0xDEADBEEF;
	return utf8_decode((const unsigned char *)s, len, cp);
}

static void assert_decodes(const char *s, size_t len, uint32_t want)
{
	uint32_t cp;

	assert_int_equal(decode(s, len, &cp), len);
	assert_int_equal(cp, want);
	assert_true(utf8_valid(s, len));
}

static void assert_invalid(const char *s, size_t len)
{
	uint32_t cp;

	assert_int_equal(decode(s, len, &cp), 0);
	assert_int_equal(cp, 0xDEADBEEF); /* untouched */
	assert_false(utf8_valid(s, len));
}

static void test_decode_edges(void **state)
{
	(void)state;
	/* The first and last code point of each length. */
	assert_decodes("\x00", 1, 0);
	assert_decodes("\x7F", 1, 0x7F);
	assert_decodes("\xC2\x80", 2, 0x80);
	assert_decodes("\xDF\xBF", 2, 0x7FF);
	assert_decodes("\xE0\xA0\x80", 3, 0x800);
	assert_decodes("\xEF\xBF\xBF", 3, 0xFFFF);
	assert_decodes("\xF0\x90\x80\x80", 4, 0x10000);
	assert_decodes("\xF4\x8F\xBF\xBF", 4, 0x10FFFF);
	/* Around the surrogates. */
	assert_decodes("\xED\x9F\xBF", 3, 0xD7FF);
	assert_decodes("\xEE\x80\x80", 3, 0xE000);
	assert_decodes("\xE2\x82\xAC", 3, 0x20AC);

	/* Overlong forms. */
	assert_invalid("\xC0\x80", 2);
	assert_invalid("\xC1\xBF", 2);
	assert_invalid("\xE0\x80\x80", 3);
	assert_invalid("\xE0\x9F\xBF", 3);
	assert_invalid("\xF0\x80\x80\x80", 4);
	assert_invalid("\xF0\x8F\xBF\xBF", 4);
	/* Surrogates. */
	assert_invalid("\xED\xA0\x80", 3);
	assert_invalid("\xED\xBF\xBF", 3);
	/* Above U+10FFFF, and lead bytes that never occur. */
	assert_invalid("\xF4\x90\x80\x80", 4);
	assert_invalid("\xF5\x80\x80\x80", 4);
	assert_invalid("\xFF", 1);
	assert_invalid("\xFE", 1);
	/* A continuation byte alone, a bad continuation anywhere. */
	assert_invalid("\x80", 1);
	assert_invalid("\xBF", 1);
	assert_invalid("\xC2\x41", 2);
	assert_invalid("\xE2\x82\x41", 3);
	assert_invalid("\xF0\x90\x80\xC0", 4);
	assert_invalid("\xF0\x90\x41\x80", 4);
	/* Truncated: the bytes after len are not read. */
	assert_invalid("\xC2\x80", 1);
	assert_invalid("\xE2\x82\xAC", 2);
	assert_invalid("\xF0\x90\x80\x80", 3);
}

/* The reference: the canonical encoding of v, written out bit by bit. */
static size_t reference_encode(uint32_t v, unsigned char *out)
{
	if (v <= 0x7F) {
		out[0] = (unsigned char)v;
		return 1;
	}
	if (v <= 0x7FF) {
		out[0] = (unsigned char)(0xC0 + v / 64);
		out[1] = (unsigned char)(0x80 + v % 64);
		return 2;
	}
	if (v <= 0xFFFF) {
		out[0] = (unsigned char)(0xE0 + v / 4096);
		out[1] = (unsigned char)(0x80 + v / 64 % 64);
		out[2] = (unsigned char)(0x80 + v % 64);
		return 3;
	}
	out[0] = (unsigned char)(0xF0 + v / 262144);
	out[1] = (unsigned char)(0x80 + v / 4096 % 64);
	out[2] = (unsigned char)(0x80 + v / 64 % 64);
	out[3] = (unsigned char)(0x80 + v % 64);
	return 4;
}

/* Whether s (n bytes) is one valid sequence, by the reference rule. */
static bool reference_valid(const unsigned char *s, size_t n, uint32_t *v_r)
{
	unsigned char again[4];
	uint32_t v;
	size_t i;

	if (s[0] < 0x80)
		v = s[0];
	else if ((s[0] & 0xE0) == 0xC0)
		v = s[0] & 0x1F;
	else if ((s[0] & 0xF0) == 0xE0)
		v = s[0] & 0x0F;
	else if ((s[0] & 0xF8) == 0xF0)
		v = s[0] & 0x07;
	else
		return false;
	for (i = 1; i < n; i++) {
		if ((s[i] & 0xC0) != 0x80)
			return false;
		v = v * 64 + (s[i] & 0x3F);
	}
	if (v > 0x10FFFF || (v >= 0xD800 && v <= 0xDFFF))
		return false;
	if (reference_encode(v, again) != n || memcmp(again, s, n) != 0)
		return false;
	*v_r = v;
	return true;
}

static void check_against_reference(const unsigned char *s, size_t n)
{
	uint32_t want = 0, got = 0;
	bool valid = reference_valid(s, n, &want);
	size_t len = utf8_decode(s, n, &got);

	if (valid) {
		assert_int_equal(len, n);
		assert_int_equal(got, want);
	} else {
		/* Either invalid, or a shorter valid sequence at the start
		 * (then the rest is extra bytes, which the reference counts
		 * as part of the sequence). */
		assert_true(len == 0 || len < n);
	}
}

static void test_decode_sweep(void **state)
{
	static const unsigned char tails[] = {
	    0x00, 0x41, 0x7F, 0x80, 0x8F, 0x90, 0x9F, 0xA0, 0xBF, 0xC0, 0xFF};
	unsigned char s[4];

	(void)state;
	for (unsigned a = 0; a < 256; a++) {
		s[0] = (unsigned char)a;
		check_against_reference(s, 1);
		for (unsigned b = 0; b < 256; b++) {
			s[1] = (unsigned char)b;
			check_against_reference(s, 2);
			if (a < 0xE0)
				continue;
			for (size_t c = 0; c < sizeof(tails); c++) {
				s[2] = tails[c];
				check_against_reference(s, 3);
				if (a < 0xF0)
					continue;
				for (size_t d = 0; d < sizeof(tails); d++) {
					s[3] = tails[d];
					check_against_reference(s, 4);
				}
			}
		}
	}
}

/* Every code point: encode, decode, in UTF-8 and in UTF-16. */
static void test_every_code_point(void **state)
{
	(void)state;
	for (uint32_t c = 0; c <= UTF_MAX; c++) {
		unsigned char ref[4];
		char buf[4];
		WCHAR w[2];
		uint32_t back;
		size_t n, i = 0;

		n = utf8_encode(c, buf);
		assert_int_equal(n, utf8_size(c));
		assert_int_equal(n, reference_encode(c, ref));
		assert_memory_equal(buf, ref, n);
		if (utf_is_surrogate(c)) {
			/* Encodable (UTF_KEEP), but never valid. */
			assert_int_equal(utf8_decode(ref, n, &back), 0);
			continue;
		}
		assert_int_equal(utf8_decode(ref, n, &back), n);
		assert_int_equal(back, c);
		n = utf16_encode(c, w);
		assert_int_equal(n, c >= 0x10000 ? 2 : 1);
		assert_int_equal(utf16_next(w, n, &i), c);
		assert_int_equal(i, n);
	}
}

static void test_next(void **state)
{
	const unsigned char *s = (const unsigned char *)"a\xC3\xA9\xFF\xE2\x82";
	WCHAR w[] = {0x41, 0xD83D, 0xDE00, 0xDC00, 0xD800};
	size_t i = 0;

	(void)state;
	assert_int_equal(utf8_next(s, 6, &i), 'a');
	assert_int_equal(utf8_next(s, 6, &i), 0xE9);
	/* Bad bytes: U+FFFD each, one byte at a time. */
	assert_int_equal(utf8_next(s, 6, &i), UTF_REPLACEMENT);
	assert_int_equal(i, 4);
	assert_int_equal(utf8_next(s, 6, &i), UTF_REPLACEMENT);
	assert_int_equal(utf8_next(s, 6, &i), UTF_REPLACEMENT);
	assert_int_equal(i, 6);

	i = 0;
	assert_int_equal(utf16_next(w, 5, &i), 0x41);
	assert_int_equal(utf16_next(w, 5, &i), 0x1F600);
	assert_int_equal(i, 3);
	/* Unpaired surrogates come back as themselves. */
	assert_int_equal(utf16_next(w, 5, &i), 0xDC00);
	assert_int_equal(utf16_next(w, 5, &i), 0xD800);
	assert_int_equal(i, 5);
	/* A high surrogate whose pair lies past len is unpaired. */
	i = 0;
	assert_int_equal(utf16_next(w + 1, 1, &i), 0xD83D);
}

static void test_valid_buffers(void **state)
{
	char buf[64];

	(void)state;
	assert_true(utf8_valid("", 0));
	assert_true(utf8_valid("a\0b", 3));
	/* A bad byte at every position after ASCII runs of any length,
	 * so that the word-at-a-time skip meets it everywhere. */
	for (size_t pos = 0; pos < 40; pos++) {
		memset(buf, 'x', sizeof(buf));
		assert_true(utf8_valid(buf, sizeof(buf)));
		buf[pos] = (char)0x80;
		assert_false(utf8_valid(buf, sizeof(buf)));
		memcpy(buf + pos, "\xC3\xA9", 2);
		assert_true(utf8_valid(buf, sizeof(buf)));
		/* Cut in the middle of the sequence. */
		assert_false(utf8_valid(buf, pos + 1));
	}

	WCHAR ok[] = {0x41, 0xD83D, 0xDE00, 0xE000};
	WCHAR lone_high[] = {0x41, 0xD83D, 0x42};
	WCHAR lone_low[] = {0xDE00, 0x41};
	WCHAR swapped[] = {0xDE00, 0xD83D};

	assert_true(utf16_valid(ok, 4));
	assert_true(utf16_valid(ok, 0));
	assert_false(utf16_valid(ok, 2)); /* the pair cut in two */
	assert_false(utf16_valid(lone_high, 3));
	assert_false(utf16_valid(lone_low, 2));
	assert_false(utf16_valid(swapped, 2));
}

static void test_utf16_to_utf8(void **state)
{
	WCHAR text[] = {'a', 0xE9, 0x20AC, 0xD83D, 0xDE00};
	WCHAR lone[] = {'a', 0xD800, 'b'};
	WCHAR lone_end[] = {'a', 0xDBFF};
	char out[16];
	size_t len;

	(void)state;
	/* Measure, then convert. */
	assert_int_equal(utf16_to_utf8(text, 5, NULL, 0, UTF_REJECT, &len), 0);
	assert_int_equal(len, 1 + 2 + 3 + 4);
	assert_int_equal(
	    utf16_to_utf8(text, 5, out, sizeof(out), UTF_REJECT, &len), 0);
	assert_memory_equal(out, "a\xC3\xA9\xE2\x82\xAC\xF0\x9F\x98\x80", 10);

	/* Too little room: what fits is written, the length is the full
	 * one, and nothing past cap is touched. */
	memset(out, '#', sizeof(out));
	assert_int_equal(utf16_to_utf8(text, 5, out, 4, UTF_REJECT, &len), 0);
	assert_int_equal(len, 10);
	assert_memory_equal(out, "a\xC3\xA9#", 4);

	/* The three modes for unpaired surrogates. */
	assert_int_equal(utf16_to_utf8(lone, 3, out, 16, UTF_REJECT, &len),
			 -EILSEQ);
	assert_int_equal(utf16_to_utf8(lone_end, 2, NULL, 0, UTF_REJECT, &len),
			 -EILSEQ);
	assert_int_equal(utf16_to_utf8(lone, 3, out, 16, UTF_REPLACE, &len), 0);
	assert_int_equal(len, 5);
	assert_memory_equal(out,
			    "a\xEF\xBF\xBD"
			    "b",
			    5);
	assert_int_equal(utf16_to_utf8(lone, 3, out, 16, UTF_KEEP, &len), 0);
	assert_int_equal(len, 5);
	assert_memory_equal(out,
			    "a\xED\xA0\x80"
			    "b",
			    5);
	assert_false(utf8_valid(out, len));

	assert_int_equal(utf16_to_utf8(text, 0, out, 16, UTF_REJECT, &len), 0);
	assert_int_equal(len, 0);
}

static void test_utf8_to_utf16(void **state)
{
	const char *text = "a\xC3\xA9\xE2\x82\xAC\xF0\x9F\x98\x80";
	const char *bad = "a\xE2\x82z\xC0\xAF";
	WCHAR out[16];
	size_t n;

	(void)state;
	assert_int_equal(utf8_to_utf16(text, 10, NULL, 0, UTF_REJECT, &n), 0);
	assert_int_equal(n, 5);
	assert_int_equal(utf8_to_utf16(text, 10, out, 16, UTF_REJECT, &n), 0);
	assert_int_equal(out[0], 'a');
	assert_int_equal(out[1], 0xE9);
	assert_int_equal(out[2], 0x20AC);
	assert_int_equal(out[3], 0xD83D);
	assert_int_equal(out[4], 0xDE00);

	/* A pair never split by cap: it is left out whole. */
	out[3] = out[4] = 0x1234;
	assert_int_equal(utf8_to_utf16(text, 10, out, 4, UTF_REJECT, &n), 0);
	assert_int_equal(n, 5);
	assert_int_equal(out[3], 0x1234);

	assert_int_equal(utf8_to_utf16(bad, 6, out, 16, UTF_REJECT, &n),
			 -EILSEQ);
	/* One U+FFFD for each byte of a bad sequence. */
	assert_int_equal(utf8_to_utf16(bad, 6, out, 16, UTF_REPLACE, &n), 0);
	assert_int_equal(n, 6);
	assert_int_equal(out[0], 'a');
	assert_int_equal(out[1], 0xFFFD);
	assert_int_equal(out[2], 0xFFFD);
	assert_int_equal(out[3], 'z');
	assert_int_equal(out[4], 0xFFFD);
	assert_int_equal(out[5], 0xFFFD);
	/* UTF_KEEP means nothing more here: it replaces. */
	assert_int_equal(utf8_to_utf16(bad, 6, out, 16, UTF_KEEP, &n), 0);
	assert_int_equal(n, 6);
	assert_int_equal(out[1], 0xFFFD);
}

static void test_from_tstr(void **state)
{
	WCHAR wide[] = {'n', 0xE9, 0xD83D, 0xDE00, 0};
	WCHAR lone[] = {'n', 0xDC00, 0};
	char *s = NULL;

	(void)state;
	assert_int_equal(utf8_from_tstr("caf\xC3\xA9", false, UTF_REJECT, &s),
			 0);
	assert_string_equal(s, "caf\xC3\xA9");
	alloc_free(s);
	assert_int_equal(utf8_from_tstr("caf\xE9", false, UTF_REPLACE, &s),
			 -EILSEQ);
	assert_null(s);

	assert_int_equal(utf8_from_tstr(wide, true, UTF_REJECT, &s), 0);
	assert_string_equal(s, "n\xC3\xA9\xF0\x9F\x98\x80");
	alloc_free(s);
	assert_int_equal(utf8_from_tstr(lone, true, UTF_REJECT, &s), -EILSEQ);
	assert_null(s);
	assert_int_equal(utf8_from_tstr(lone, true, UTF_REPLACE, &s), 0);
	assert_string_equal(s, "n\xEF\xBF\xBD");
	alloc_free(s);

	/* Out of memory, either width. */
	alloc_fail_after(1);
	assert_int_equal(utf8_from_tstr(wide, true, UTF_REJECT, &s), -ENOMEM);
	assert_null(s);
	alloc_fail_after(1);
	assert_int_equal(utf8_from_tstr("x", false, UTF_REJECT, &s), -ENOMEM);
	assert_null(s);
	assert_true(alloc_injected());
	alloc_fail_after(0);
	assert_int_equal(alloc_live(), 0);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
	    cmocka_unit_test(test_decode_edges),
	    cmocka_unit_test(test_decode_sweep),
	    cmocka_unit_test(test_every_code_point),
	    cmocka_unit_test(test_next),
	    cmocka_unit_test(test_valid_buffers),
	    cmocka_unit_test(test_utf16_to_utf8),
	    cmocka_unit_test(test_utf8_to_utf16),
	    cmocka_unit_test(test_from_tstr),
	};

	return cmocka_run_group_tests(tests, NULL, NULL);
}
