/*
 * test_ustring.c - UTF-16/UTF-8 conversion, folding, FL_* matching and
 * string ordering (src/core/ustring.c).
 *
 * Expected values come from Unicode (full case folding maps "ß" to "ss",
 * canonical decomposition splits "É" into "E" and U+0301, U+212A KELVIN
 * SIGN folds to "k") and from the SContentRestriction documentation of
 * FL_FULLSTRING, FL_PREFIX and FL_SUBSTRING.
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
#include "ustring.h"

static int match8(const char *hay, const char *needle, ULONG fuzzy)
{
	return ustr_match(hay, strlen(hay), needle, strlen(needle), fuzzy);
}

static struct ustr u8(const char *s)
{
	struct ustr u = {s, strlen(s), false};

	return u;
}

static struct ustr u16(const WCHAR *s)
{
	struct ustr u = {s, ustr_wlen(s), true};

	return u;
}

static struct ustr u16n(const WCHAR *s, size_t n)
{
	struct ustr u = {s, n, true};

	return u;
}

static const ULONG fold_flag_sets[4] = {FL_IGNORECASE, FL_IGNORENONSPACE,
					FL_IGNORECASE | FL_IGNORENONSPACE,
					FL_LOOSE};

static int sign(int v)
{
	return (v > 0) - (v < 0);
}

static void test_wlen(void **state)
{
	(void)state;
	assert_int_equal(ustr_wlen(u""), 0);
	assert_int_equal(ustr_wlen(u"abc"), 3);
	assert_int_equal(ustr_wlen(u"\U0001F600"), 2);
	assert_int_equal(ustr_wlen(NULL), 0);
}

static void test_to_utf8(void **state)
{
	const WCHAR lone_high[] = {'a', 0xD800, 'b', 0};
	const WCHAR lone_low[] = {0xDC00, 0};
	long live = alloc_live();
	char *s;

	(void)state;
	s = ustr_to_utf8(u"h\u00e9llo \U0001F600");
	assert_non_null(s);
	assert_string_equal(s, "h\xc3\xa9llo \xf0\x9f\x98\x80");
	alloc_free(s);

	s = ustr_to_utf8(u"");
	assert_non_null(s);
	assert_string_equal(s, "");
	alloc_free(s);

	/* Unpaired surrogates become U+FFFD. */
	s = ustr_to_utf8(lone_high);
	assert_string_equal(s, "a\xef\xbf\xbd"
			       "b");
	alloc_free(s);
	s = ustr_to_utf8(lone_low);
	assert_string_equal(s, "\xef\xbf\xbd");
	alloc_free(s);

	assert_null(ustr_to_utf8(NULL));
	alloc_fail_after(1);
	assert_null(ustr_to_utf8(u"x"));
	assert_true(alloc_injected());
	alloc_fail_after(0);
	assert_int_equal(alloc_live(), live);
}

static void test_from_utf8(void **state)
{
	long live = alloc_live();
	WCHAR *w;

	(void)state;
	w = ustr_from_utf8("h\xc3\xa9 \xf0\x9f\x98\x80");
	assert_non_null(w);
	assert_int_equal(ustr_wlen(w), 5);
	assert_int_equal(w[0], 'h');
	assert_int_equal(w[1], 0xE9);
	assert_int_equal(w[2], ' ');
	assert_int_equal(w[3], 0xD83D);
	assert_int_equal(w[4], 0xDE00);
	alloc_free(w);

	/* Invalid bytes, an overlong form, an encoded surrogate and a
	 * truncated sequence: one U+FFFD per bad byte. */
	w = ustr_from_utf8("\xff"
			   "A\xc0\xaf"
			   "B\xed\xa0\x80"
			   "C\xe2\x82");
	assert_non_null(w);
	{
		const WCHAR want[] = {0xFFFD, 'A',    0xFFFD, 0xFFFD,
				      'B',    0xFFFD, 0xFFFD, 0xFFFD,
				      'C',    0xFFFD, 0xFFFD, 0};

		assert_int_equal(ustr_wlen(w), ustr_wlen(want));
		assert_memory_equal(w, want, sizeof(want));
	}
	alloc_free(w);

	assert_null(ustr_from_utf8(NULL));
	alloc_fail_after(1);
	assert_null(ustr_from_utf8("x"));
	alloc_fail_after(0);
	assert_int_equal(alloc_live(), live);
}

static void test_roundtrip(void **state)
{
	const char *text = "Grüße, Ελλάδα, 日本語, \xf0\x9d\x84\x9e!";
	WCHAR *w;
	char *back;

	(void)state;
	w = ustr_from_utf8(text);
	assert_non_null(w);
	back = ustr_to_utf8(w);
	assert_non_null(back);
	assert_string_equal(back, text);
	alloc_free(back);
	alloc_free(w);
}

static void expect_fold(const char *in, ULONG flags, const char *want)
{
	char *out = NULL;
	size_t len = 0;

	assert_int_equal(ustr_fold(in, strlen(in), flags, &out, &len), 0);
	assert_non_null(out);
	assert_int_equal(len, strlen(want));
	assert_string_equal(out, want);
	alloc_free(out);
}

static void test_fold(void **state)
{
	(void)state;
	expect_fold("STRASSE", FL_IGNORECASE, "strasse");
	expect_fold("Straße", FL_IGNORECASE, "strasse");
	expect_fold("\xc3\x89lan", FL_IGNORECASE | FL_IGNORENONSPACE, "elan");
	expect_fold("\xc3\x89lan", FL_IGNORENONSPACE, "Elan");
	/* Canonically equivalent spellings fold alike. */
	expect_fold("cafe\xcc\x81", FL_IGNORECASE, "caf\xc3\xa9");
	/* Full case folding also splits the fi ligature... */
	expect_fold("\xef\xac\x81nal", FL_IGNORECASE, "final");
	/* ...but only FL_LOOSE (compatibility decomposition) turns a
	 * superscript two into a digit. */
	expect_fold("mc\xc2\xb2", FL_LOOSE, "mc2");
	expect_fold("mc\xc2\xb2", FL_IGNORECASE, "mc\xc2\xb2");
	/* No folding flag: an exact copy. */
	expect_fold("MiXeD \xc3\x89", 0, "MiXeD \xc3\x89");
	expect_fold("", FL_IGNORECASE, "");
	/* Invalid UTF-8 is kept as bytes, ASCII lowered. */
	expect_fold("\xff"
		    "ABC",
		    FL_IGNORECASE,
		    "\xff"
		    "abc");
}

static void test_fold_nomem(void **state)
{
	long live = alloc_live();
	char *out = NULL;
	size_t len;

	(void)state;
	alloc_fail_after(1);
	assert_int_equal(ustr_fold("Straße", 7, FL_IGNORECASE, &out, &len),
			 -ENOMEM);
	alloc_fail_after(1);
	assert_int_equal(ustr_fold("\xff", 1, FL_IGNORECASE, &out, &len),
			 -ENOMEM);
	alloc_fail_after(1);
	assert_int_equal(ustr_fold("abc", 3, 0, &out, &len), -ENOMEM);
	alloc_fail_after(0);
	assert_null(out);
	assert_int_equal(alloc_live(), live);
}

/*
 * ustr_fold_chars(): the per-character fold into a caller's buffer, the
 * same bytes ustr_fold() gives, in either width, without allocating; it
 * declines what the tables do not cover and what does not fit.
 */
static void test_fold_chars(void **state)
{
	static const char *const texts[] = {"",
					    "Hello",
					    "Stra\xc3\x9f"
					    "e",
					    "\xc3\x89mile \xc3\x98st",
					    "\xc4\xb0stanbul",
					    "\xc5\x89"};
	char buf[64], *want = NULL;
	size_t len = 0, want_len = 0;

	(void)state;
	for (size_t t = 0; t < sizeof(texts) / sizeof(texts[0]); t++) {
		struct ustr a = u8(texts[t]);
		WCHAR *w;

		for (size_t f = 0; f < 4; f++) {
			ULONG flags = fold_flag_sets[f];

			assert_int_equal(ustr_fold(texts[t], strlen(texts[t]),
						   flags, &want, &want_len),
					 0);
			w = ustr_from_utf8(texts[t]);
			assert_non_null(w);
			alloc_fail_after(1);
			/* Measuring, then folding, in both widths. */
			assert_true(
			    ustr_fold_chars(&a, flags, NULL, SIZE_MAX, &len));
			assert_int_equal(len, want_len);
			assert_true(
			    ustr_fold_chars(&a, flags, buf, sizeof(buf), &len));
			assert_int_equal(len, want_len);
			assert_memory_equal(buf, want, want_len);
			memset(buf, 0, sizeof(buf));
			assert_true(ustr_fold_chars(
			    &(struct ustr){w, ustr_wlen(w), true}, flags, buf,
			    want_len, &len));
			assert_int_equal(len, want_len);
			assert_memory_equal(buf, want, want_len);
			/* One byte short: declined. */
			if (want_len > 0)
				assert_false(ustr_fold_chars(
				    &a, flags, buf, want_len - 1, &len));
			assert_false(alloc_injected());
			alloc_fail_after(0);
			alloc_free(want);
			alloc_free(w);
		}
	}
	/* Beyond the tables, broken encodings, no folding flag: declined. */
	{
		struct ustr greek = u8("\xce\xa3"), cjk = u8("x\xe4\xb8\x80");
		struct ustr bad = u8("a\xff"), ok = u8("ok");
		static const WCHAR lone[] = {u'a', 0xD800, 0};

		assert_false(ustr_fold_chars(&greek, FL_IGNORECASE, buf,
					     sizeof(buf), &len));
		assert_false(ustr_fold_chars(&cjk, FL_IGNORECASE, buf,
					     sizeof(buf), &len));
		assert_false(ustr_fold_chars(&bad, FL_IGNORECASE, buf,
					     sizeof(buf), &len));
		assert_false(ustr_fold_chars(&(struct ustr){lone, 2, true},
					     FL_IGNORECASE, buf, sizeof(buf),
					     &len));
		assert_false(ustr_fold_chars(&ok, 0, buf, sizeof(buf), &len));
	}
}

/*
 * ustr_fold_mixed(): ustr_fold() of either width.  UTF-16 folds as its
 * UTF-8 conversion does, except that an unpaired surrogate is kept as its
 * own value (so two different ones stay different), not replaced.
 */
static void test_fold_mixed(void **state)
{
	static const WCHAR greek[] = u"\u03a3\u0399\u03a3 Stra\u00dfe";
	static const WCHAR lone1[] = {u'A', 0xD800, 0};
	static const WCHAR lone2[] = {u'A', 0xD801, 0};
	char *a = NULL, *b = NULL;
	size_t la = 0, lb = 0;
	long live = alloc_live();
	unsigned long n;
	int ret;

	(void)state;
	assert_int_equal(
	    ustr_fold_mixed(&(struct ustr){greek, ustr_wlen(greek), true},
			    FL_IGNORECASE, &a, &la),
	    0);
	assert_int_equal(la, strlen("\xcf\x83\xce\xb9\xcf\x83 strasse"));
	assert_memory_equal(a, "\xcf\x83\xce\xb9\xcf\x83 strasse", la);
	/* The narrow form of the same text folds the same. */
	{
		struct ustr narrow = u8("\xce\xa3\xce\x99\xce\xa3 "
					"Stra\xc3\x9f"
					"e");

		assert_int_equal(
		    ustr_fold_mixed(&narrow, FL_IGNORECASE, &b, &lb), 0);
		assert_int_equal(lb, la);
		assert_memory_equal(b, a, la);
	}
	alloc_free(a);
	alloc_free(b);
	/* Unpaired surrogates: kept, lowered around, still distinct. */
	assert_int_equal(ustr_fold_mixed(&(struct ustr){lone1, 2, true},
					 FL_IGNORECASE, &a, &la),
			 0);
	assert_int_equal(ustr_fold_mixed(&(struct ustr){lone2, 2, true},
					 FL_IGNORECASE, &b, &lb),
			 0);
	assert_int_equal(la, 4);
	assert_int_equal(lb, 4);
	assert_int_equal(a[0], 'a');
	assert_memory_not_equal(a, b, 4);
	alloc_free(a);
	alloc_free(b);
	/* No flag: the UTF-8 conversion itself. */
	assert_int_equal(
	    ustr_fold_mixed(&(struct ustr){u"Ab\u00e9", 3, true}, 0, &a, &la),
	    0);
	assert_int_equal(la, 4);
	assert_memory_equal(a, "Ab\xc3\xa9", 4);
	alloc_free(a);
	/* Every allocation may fail, cleanly; long input converts on the
	 * heap first. */
	{
		static WCHAR longw[1200];

		for (size_t i = 0; i < 1199; i++)
			longw[i] = i % 2 ? 0x03A3 : u'x';
		for (n = 1;; n++) {
			a = NULL;
			alloc_fail_after(n);
			ret = ustr_fold_mixed(&(struct ustr){longw, 1199, true},
					      FL_IGNORECASE, &a, &la);
			if (!alloc_injected())
				break;
			assert_int_equal(ret, -ENOMEM);
			assert_null(a);
			assert_int_equal(alloc_live(), live);
		}
		alloc_fail_after(0);
		assert_int_equal(ret, 0);
		assert_true(n > 2);
		alloc_free(a);
	}
	assert_int_equal(alloc_live(), live);
}

/* Folds compared with ustr_fold_cmp() order as the strings compare. */
static void test_fold_cmp(void **state)
{
	static const char *const texts[] = {"",
					    "apple",
					    "APPLE",
					    "\xc3\x84pfel",
					    "apfel",
					    "b",
					    "Stra\xc3\x9f"
					    "e",
					    "STRASSE",
					    "\xce\xa3",
					    "\xcf\x83",
					    "\xe4\xb8\x80"};
	const size_t n = sizeof(texts) / sizeof(texts[0]);
	char *fold[sizeof(texts) / sizeof(texts[0])];
	size_t len[sizeof(texts) / sizeof(texts[0])];
	int cmp;

	(void)state;
	for (size_t i = 0; i < n; i++) {
		struct ustr s = u8(texts[i]);

		assert_int_equal(
		    ustr_fold_mixed(&s, FL_IGNORECASE, &fold[i], &len[i]), 0);
	}
	for (size_t i = 0; i < n; i++) {
		for (size_t j = 0; j < n; j++) {
			struct ustr a = u8(texts[i]), b = u8(texts[j]);

			assert_int_equal(
			    ustr_compare_mixed(&a, &b, FL_IGNORECASE, &cmp), 0);
			assert_int_equal(
			    ustr_fold_cmp(fold[i], len[i], fold[j], len[j]),
			    sign(cmp));
		}
	}
	for (size_t i = 0; i < n; i++)
		alloc_free(fold[i]);
}

static void test_match_ascii(void **state)
{
	(void)state;
	/* FL_FULLSTRING */
	assert_int_equal(match8("full string", "full string", FL_FULLSTRING),
			 1);
	assert_int_equal(match8("full string", "Full String", FL_FULLSTRING),
			 0);
	assert_int_equal(
	    match8("full string", "Full String", FL_FULLSTRING | FL_IGNORECASE),
	    1);
	assert_int_equal(match8("full string", "full", FL_FULLSTRING), 0);
	assert_int_equal(match8("", "", FL_FULLSTRING), 1);
	assert_int_equal(match8("a", "", FL_FULLSTRING), 0);
	/* FL_PREFIX */
	assert_int_equal(match8("Subject line", "Subj", FL_PREFIX), 1);
	assert_int_equal(match8("Subject line", "subj", FL_PREFIX), 0);
	assert_int_equal(
	    match8("Subject line", "SUBJ", FL_PREFIX | FL_IGNORECASE), 1);
	assert_int_equal(match8("Subject line", "line", FL_PREFIX), 0);
	assert_int_equal(match8("Sub", "Subject", FL_PREFIX), 0);
	assert_int_equal(match8("anything", "", FL_PREFIX), 1);
	/* FL_SUBSTRING */
	assert_int_equal(
	    match8("Quarterly Report 2024", "Report", FL_SUBSTRING), 1);
	assert_int_equal(
	    match8("Quarterly Report 2024", "report", FL_SUBSTRING), 0);
	assert_int_equal(match8("Quarterly Report 2024", "REPORT 20",
				FL_SUBSTRING | FL_IGNORECASE),
			 1);
	assert_int_equal(match8("Quarterly Report 2024", "2024",
				FL_SUBSTRING | FL_IGNORECASE),
			 1);
	assert_int_equal(match8("Quarterly Report 2024", "2025",
				FL_SUBSTRING | FL_IGNORECASE),
			 0);
	assert_int_equal(match8("aaab", "aab", FL_SUBSTRING | FL_IGNORECASE),
			 1);
	assert_int_equal(match8("ab", "abc", FL_SUBSTRING | FL_IGNORECASE), 0);
	assert_int_equal(match8("", "", FL_SUBSTRING), 1);
	/* Case folding touches letters only: '@' is not '`'. */
	assert_int_equal(match8("x@y", "x`y", FL_SUBSTRING | FL_IGNORECASE), 0);
	assert_int_equal(match8("[a]", "[A]", FL_FULLSTRING | FL_IGNORECASE),
			 1);
	/* FL_IGNORENONSPACE alone leaves case alone. */
	assert_int_equal(
	    match8("ABC", "abc", FL_FULLSTRING | FL_IGNORENONSPACE), 0);
	assert_int_equal(match8("ABC", "abc", FL_FULLSTRING | FL_LOOSE), 1);
	/* Unknown match kinds are refused. */
	assert_int_equal(match8("a", "a", 3), -EINVAL);
	assert_int_equal(match8("a", "a", 0xFFFF | FL_IGNORECASE), -EINVAL);
}

static void test_match_unicode(void **state)
{
	(void)state;
	/* Full case folding: ß is "ss". */
	assert_int_equal(
	    match8("STRASSE", "straße", FL_FULLSTRING | FL_IGNORECASE), 1);
	assert_int_equal(
	    match8("straße", "STRASSE", FL_FULLSTRING | FL_IGNORECASE), 1);
	assert_int_equal(match8("STRASSE", "straße", FL_FULLSTRING), 0);
	assert_int_equal(
	    match8("Hauptstraße 5", "STRASSE", FL_SUBSTRING | FL_IGNORECASE),
	    1);
	/* Accents: only with FL_IGNORENONSPACE. */
	assert_int_equal(
	    match8("Élan", "elan",
		   FL_FULLSTRING | FL_IGNORECASE | FL_IGNORENONSPACE),
	    1);
	assert_int_equal(match8("Élan", "elan", FL_FULLSTRING | FL_IGNORECASE),
			 0);
	assert_int_equal(
	    match8("Élan", "Elan", FL_FULLSTRING | FL_IGNORENONSPACE), 1);
	assert_int_equal(
	    match8("Élan", "élan", FL_FULLSTRING | FL_IGNORENONSPACE), 0);
	assert_int_equal(match8("Élan vital", "ELAN", FL_PREFIX | FL_LOOSE), 1);
	/* Non-ASCII case pairs. */
	assert_int_equal(
	    match8("Grüße aus KÖLN", "köln", FL_SUBSTRING | FL_IGNORECASE), 1);
	assert_int_equal(
	    match8("ΣΟΦΙΑ", "σοφια", FL_FULLSTRING | FL_IGNORECASE), 1);
	/* A non-ASCII haystack can fold onto an ASCII needle. */
	assert_int_equal(
	    match8("5 \xe2\x84\xaa", "5 k", FL_FULLSTRING | FL_IGNORECASE), 1);
	assert_int_equal(match8("5 \xe2\x84\xaa", "5 k", FL_FULLSTRING), 0);
	/* Canonical equivalence under FL_IGNORECASE. */
	assert_int_equal(
	    match8("cafe\xcc\x81", "CAFÉ", FL_FULLSTRING | FL_IGNORECASE), 1);
	/* An ASCII match that is followed by a combining mark is not a
	 * match of the composed string... */
	assert_int_equal(
	    match8("cafe\xcc\x81", "cafe", FL_FULLSTRING | FL_IGNORECASE), 0);
	assert_int_equal(match8("un cafe\xcc\x81 noir", "CAFE",
				FL_SUBSTRING | FL_IGNORECASE),
			 0);
	assert_int_equal(
	    match8("cafe\xcc\x81", "cafe", FL_PREFIX | FL_IGNORECASE), 0);
	assert_int_equal(
	    match8("un cafe\xcc\x81 noir", "CAFE",
		   FL_SUBSTRING | FL_IGNORECASE | FL_IGNORENONSPACE),
	    1);
	assert_int_equal(
	    match8("5 \xe2\x84\xaa", "K", FL_SUBSTRING | FL_IGNORECASE), 1);
	/* ...unless marks are ignored. */
	assert_int_equal(
	    match8("cafe\xcc\x81", "cafe", FL_FULLSTRING | FL_IGNORENONSPACE),
	    1);
	/* The superscript only matches loosely; the ligature folds. */
	assert_int_equal(
	    match8("E=mc\xc2\xb2", "e=MC2", FL_FULLSTRING | FL_IGNORECASE), 0);
	assert_int_equal(
	    match8("E=mc\xc2\xb2", "e=MC2", FL_FULLSTRING | FL_LOOSE), 1);
	assert_int_equal(
	    match8("\xef\xac\x81le", "FILE", FL_FULLSTRING | FL_IGNORECASE), 1);
	assert_int_equal(match8("\xef\xac\x81le", "FILE", FL_FULLSTRING), 0);
	/* Invalid UTF-8 still matches by its bytes. */
	assert_int_equal(match8("\xff"
				"ABC\xfe",
				"abc", FL_SUBSTRING | FL_IGNORECASE),
			 1);
	assert_int_equal(match8("\xff"
				"ABC",
				"\xfe", FL_SUBSTRING | FL_IGNORECASE),
			 0);
}

static void test_match_mixed(void **state)
{
	const WCHAR lone1[] = {'a', 0xD800, 'b'};
	const WCHAR lone2[] = {'a', 0xD801, 'b'};
	struct ustr h, n;

	(void)state;
	h = u16(u"Hello World");
	n = u8("WORLD");
	assert_int_equal(ustr_match_mixed(&h, &n, FL_SUBSTRING), 0);
	assert_int_equal(ustr_match_mixed(&h, &n, FL_SUBSTRING | FL_IGNORECASE),
			 1);
	n = u16(u"hello");
	assert_int_equal(ustr_match_mixed(&h, &n, FL_PREFIX | FL_IGNORECASE),
			 1);
	assert_int_equal(ustr_match_mixed(&h, &n, FL_PREFIX), 0);
	h = u8("Hello");
	assert_int_equal(ustr_match_mixed(&h, &n, FL_FULLSTRING), 0);
	assert_int_equal(
	    ustr_match_mixed(&h, &n, FL_FULLSTRING | FL_IGNORECASE), 1);

	h = u16(u"STRASSE");
	n = u8("straße");
	assert_int_equal(
	    ustr_match_mixed(&h, &n, FL_FULLSTRING | FL_IGNORECASE), 1);
	h = u8("Straße");
	n = u16(u"straße");
	assert_int_equal(ustr_match_mixed(&h, &n, FL_FULLSTRING), 0);
	n = u16(u"Straße");
	assert_int_equal(ustr_match_mixed(&h, &n, FL_FULLSTRING), 1);
	h = u16(u"Emoji \U0001F600 here");
	n = u8("\xf0\x9f\x98\x80 HERE");
	assert_int_equal(ustr_match_mixed(&h, &n, FL_SUBSTRING), 0);
	assert_int_equal(ustr_match_mixed(&h, &n, FL_SUBSTRING | FL_IGNORECASE),
			 1);

	/* Different unpaired surrogates stay different. */
	h = u16n(lone1, 3);
	n = u16n(lone2, 3);
	assert_int_equal(
	    ustr_match_mixed(&h, &n, FL_FULLSTRING | FL_IGNORECASE), 0);
	n = u16n(lone1, 3);
	assert_int_equal(
	    ustr_match_mixed(&h, &n, FL_FULLSTRING | FL_IGNORECASE), 1);
}

/*
 * Every allocation of the whole-string path (Greek is beyond the
 * per-character tables) may fail: no leak, a clean -ENOMEM.
 */
static void test_match_nomem(void **state)
{
	struct ustr h = u16(u"Hauptstraße, Ελλάδα"), n = u8("STRASSE");
	long live = alloc_live();
	unsigned long i;
	int ret;

	(void)state;
	for (i = 1;; i++) {
		alloc_fail_after(i);
		ret = ustr_match_mixed(&h, &n, FL_SUBSTRING | FL_IGNORECASE);
		if (!alloc_injected())
			break;
		assert_int_equal(ret, -ENOMEM);
		assert_int_equal(alloc_live(), live);
	}
	alloc_fail_after(0);
	assert_int_equal(ret, 1);
	assert_true(i > 1);
	assert_int_equal(alloc_live(), live);
}

/* ASCII and Latin text match without allocating, in either width. */
static void test_match_no_alloc(void **state)
{
	struct ustr h = u16(u"Re: Budget meeting"), n = u8("BUDGET");
	struct ustr lh = u16(u"AW: Grüße aus Zürich, Øresund");
	struct ustr ln = u8("ZÜRICH");
	int cmp;

	(void)state;
	alloc_fail_after(1);
	assert_int_equal(ustr_match_mixed(&h, &n, FL_SUBSTRING | FL_IGNORECASE),
			 1);
	assert_int_equal(match8("Re: Budget meeting", "MEETING",
				FL_SUBSTRING | FL_IGNORECASE),
			 1);
	assert_int_equal(
	    ustr_match_mixed(&lh, &ln, FL_SUBSTRING | FL_IGNORECASE), 1);
	ln = u16(u"GRUSSE AUS ZURICH");
	assert_int_equal(
	    ustr_match_mixed(&lh, &ln,
			     FL_PREFIX | FL_IGNORECASE | FL_IGNORENONSPACE),
	    0);
	ln = u16(u"AW: GRUSSE AUS ZURICH");
	assert_int_equal(
	    ustr_match_mixed(&lh, &ln,
			     FL_PREFIX | FL_IGNORECASE | FL_IGNORENONSPACE),
	    1);
	ln = u8("aw: grüsse");
	assert_int_equal(ustr_compare_mixed(&lh, &ln, FL_IGNORECASE, &cmp), 0);
	assert_int_equal(sign(cmp), 1);
	assert_false(alloc_injected());
	alloc_fail_after(0);
}

/* The whole-string fold of s + U+4E00, minus the fold of U+4E00. */
static char *fold_whole(const char *s, size_t len, ULONG flags, size_t *len_r)
{
	/* U+4E00 is beyond the per-character tables and folds to itself. */
	static const char cjk[] = "\xe4\xb8\x80";
	char *buf = alloc_malloc(len + 4), *out = NULL;
	size_t n = 0;

	assert_non_null(buf);
	memcpy(buf, s, len);
	memcpy(buf + len, cjk, 3);
	assert_int_equal(ustr_fold(buf, len + 3, flags, &out, &n), 0);
	alloc_free(buf);
	assert_true(n >= 3);
	assert_memory_equal(out + n - 3, cjk, 3);
	*len_r = n - 3;
	return out;
}

static size_t put_utf8(char *out, unsigned c)
{
	if (c < 0x80) {
		out[0] = (char)c;
		return 1;
	}
	out[0] = (char)(0xC0 | (c >> 6));
	out[1] = (char)(0x80 | (c & 0x3F));
	return 2;
}

/*
 * The per-character fold of every character below U+0250, in ascending
 * and descending order, equals utf8proc's fold of the whole string.
 */
static void test_tiers_latin(void **state)
{
	static char text[2 * 0x250 * 2];
	size_t len = 0;

	(void)state;
	for (unsigned c = 1; c < 0x250; c++)
		len += put_utf8(text + len, c);
	for (unsigned c = 0x24F; c >= 1; c--)
		len += put_utf8(text + len, c);
	for (size_t f = 0; f < 4; f++) {
		char *fast = NULL, *whole;
		size_t fast_len = 0, whole_len;

		assert_int_equal(
		    ustr_fold(text, len, fold_flag_sets[f], &fast, &fast_len),
		    0);
		whole = fold_whole(text, len, fold_flag_sets[f], &whole_len);
		assert_int_equal(fast_len, whole_len);
		assert_memory_equal(fast, whole, whole_len);
		alloc_free(fast);
		alloc_free(whole);
	}
}

/*
 * The in-place ASCII comparison agrees with utf8proc's folds for every
 * pair of ASCII characters and every flag set.
 */
static void test_tiers_ascii(void **state)
{
	char *folds[4][128];
	size_t lens[4][128];

	(void)state;
	for (size_t f = 0; f < 4; f++) {
		for (unsigned c = 0; c < 128; c++) {
			char ch = (char)c;

			folds[f][c] =
			    fold_whole(&ch, 1, fold_flag_sets[f], &lens[f][c]);
		}
	}
	for (size_t f = 0; f < 4; f++) {
		ULONG fuzzy = FL_FULLSTRING | fold_flag_sets[f];

		for (unsigned a = 0; a < 128; a++) {
			for (unsigned b = 0; b < 128; b++) {
				char x = (char)a, y = (char)b;
				int want = lens[f][a] == lens[f][b] &&
					   memcmp(folds[f][a], folds[f][b],
						  lens[f][a]) == 0;

				if (ustr_match(&x, 1, &y, 1, fuzzy) != want)
					fail_msg("fuzzy %lx: %02x vs %02x",
						 (unsigned long)fuzzy, a, b);
			}
		}
	}
	for (size_t f = 0; f < 4; f++)
		for (unsigned c = 0; c < 128; c++)
			alloc_free(folds[f][c]);
}

/* Pieces that exercise every tier and the seams between them. */
static const char *const pieces[] = {
    "a",
    "A",
    "e",
    "E",
    "k",
    "K",
    "s",
    "S",
    "ss",
    "SS",
    " ",
    "-",
    "\xc3\x9f",     /* ß */
    "\xc3\xa9",     /* é */
    "\xc3\x89",     /* É */
    "\xcc\x81",     /* combining acute */
    "\xe2\x84\xaa", /* Kelvin sign */
    "\xcf\x83",     /* σ */
    "\xce\xa3",     /* Σ */
    "\xef\xac\x81", /* ﬁ */
    "\xc2\xb2",     /* ² */
    "\xc5\xbf",     /* long s */
};

static uint32_t prng = 12345;

static unsigned next_rand(unsigned n)
{
	prng = prng * 1103515245u + 12345u;
	return (prng >> 16) % n;
}

static size_t random_text(char *out, unsigned max_pieces)
{
	unsigned n = next_rand(max_pieces + 1);
	size_t len = 0;

	for (unsigned i = 0; i < n; i++) {
		const char *p =
		    pieces[next_rand(sizeof(pieces) / sizeof(pieces[0]))];

		memcpy(out + len, p, strlen(p));
		len += strlen(p);
	}
	out[len] = '\0';
	return len;
}

/* What ustr_match must answer: the FL_* rule on the two folds. */
static int reference_match(const char *h, size_t hl, const char *n, size_t nl,
			   ULONG fuzzy)
{
	ULONG flags = fuzzy & ~(ULONG)0xFFFF;
	char *fh = NULL, *fn = NULL;
	size_t lh = 0, ln = 0;
	int want;

	assert_int_equal(ustr_fold(h, hl, flags, &fh, &lh), 0);
	assert_int_equal(ustr_fold(n, nl, flags, &fn, &ln), 0);
	switch (fuzzy & 0xFFFF) {
	case FL_FULLSTRING:
		want = lh == ln && memcmp(fh, fn, ln) == 0;
		break;
	case FL_PREFIX:
		want = lh >= ln && memcmp(fh, fn, ln) == 0;
		break;
	default:
		want = ln == 0 || (lh >= ln && memmem(fh, lh, fn, ln) != NULL);
		break;
	}
	alloc_free(fh);
	alloc_free(fn);
	return want;
}

/* Random strings across the tiers: ustr_match agrees with the folds. */
static void test_match_random(void **state)
{
	static const ULONG flag_sets[5] = {0, FL_IGNORECASE, FL_IGNORENONSPACE,
					   FL_IGNORECASE | FL_IGNORENONSPACE,
					   FL_LOOSE};
	char hay[64], needle[64];

	(void)state;
	for (int round = 0; round < 3000; round++) {
		size_t hl = random_text(hay, 8), nl = random_text(needle, 3);
		WCHAR *wh = ustr_from_utf8(hay), *wn = ustr_from_utf8(needle);
		struct ustr h8 = u8(hay), n8 = u8(needle);
		struct ustr h16 = u16(wh), n16 = u16(wn);

		assert_non_null(wh);
		assert_non_null(wn);
		for (ULONG kind = FL_FULLSTRING; kind <= FL_PREFIX; kind++) {
			for (size_t f = 0; f < 5; f++) {
				ULONG fuzzy = kind | flag_sets[f];
				int want =
				    reference_match(hay, hl, needle, nl, fuzzy);

				if (ustr_match(hay, hl, needle, nl, fuzzy) !=
					want ||
				    ustr_match_mixed(&h16, &n8, fuzzy) !=
					want ||
				    ustr_match_mixed(&h8, &n16, fuzzy) !=
					want ||
				    ustr_match_mixed(&h16, &n16, fuzzy) != want)
					fail_msg("\"%s\" in \"%s\", fuzzy "
						 "%lx: expected %d",
						 needle, hay,
						 (unsigned long)fuzzy, want);
			}
		}
		alloc_free(wh);
		alloc_free(wn);
	}
}

static void test_compare(void **state)
{
	(void)state;
	/* Code point order without flags: 'Z' < 'a' < 'é'. */
	assert_true(ustr_compare("Z", 1, "a", 1, 0) < 0);
	assert_true(ustr_compare("\xc3\xa9", 2, "z", 1, 0) > 0);
	assert_true(ustr_compare("abc", 3, "abcd", 4, 0) < 0);
	assert_int_equal(ustr_compare("abc", 3, "abc", 3, 0), 0);
	/* Case-insensitive: 'a' < 'B' < 'c'. */
	assert_true(ustr_compare("apple", 5, "Banana", 6, FL_IGNORECASE) < 0);
	assert_true(ustr_compare("Banana", 6, "cherry", 6, FL_IGNORECASE) < 0);
	assert_true(ustr_compare("Banana", 6, "apple", 5, 0) < 0);
	/* Equal folds are ordered by their bytes: "ABC" < "abc". */
	assert_true(ustr_compare("abc", 3, "ABC", 3, FL_IGNORECASE) > 0);
	assert_true(ustr_compare("ABC", 3, "abc", 3, FL_IGNORECASE) < 0);
	assert_true(ustr_compare("straße", 7, "STRASSE", 7, FL_IGNORECASE) !=
		    0);
	assert_int_equal(ustr_compare("same", 4, "same", 4, FL_IGNORECASE), 0);
	/* "ss" sorts like the "ß" it folds from. */
	assert_true(ustr_compare("straße", 7, "strast", 6, FL_IGNORECASE) < 0);
	assert_true(ustr_compare("straße", 7, "strasr", 6, FL_IGNORECASE) > 0);
}

static void test_compare_mixed(void **state)
{
	struct ustr a, b;
	int cmp = 99;

	(void)state;
	a = u8("abc");
	b = u16(u"ABC");
	assert_int_equal(ustr_compare_mixed(&a, &b, FL_IGNORECASE, &cmp), 0);
	assert_int_equal(cmp, 0);
	assert_int_equal(ustr_compare_mixed(&a, &b, 0, &cmp), 0);
	assert_int_equal(sign(cmp), 1);

	a = u8("Straße");
	b = u16(u"STRASSE");
	assert_int_equal(ustr_compare_mixed(&a, &b, FL_IGNORECASE, &cmp), 0);
	assert_int_equal(cmp, 0);

	/* U+FF21 < U+1F600 in code point order, although the UTF-16 units
	 * of the latter (D83D DE00) are smaller. */
	a = u16(u"\uFF21");
	b = u16(u"\U0001F600");
	assert_int_equal(ustr_compare_mixed(&a, &b, 0, &cmp), 0);
	assert_int_equal(sign(cmp), -1);
	assert_int_equal(ustr_compare_mixed(&b, &a, 0, &cmp), 0);
	assert_int_equal(sign(cmp), 1);
	a = u8("\xef\xbc\xa1");
	assert_int_equal(ustr_compare_mixed(&a, &b, 0, &cmp), 0);
	assert_int_equal(sign(cmp), -1);
	assert_int_equal(ustr_compare_mixed(&a, &b, FL_IGNORECASE, &cmp), 0);
	assert_int_equal(sign(cmp), -1);

	a = u8("\xc3\x89LAN");
	b = u16(u"elan");
	assert_int_equal(
	    ustr_compare_mixed(&a, &b, FL_IGNORECASE | FL_IGNORENONSPACE, &cmp),
	    0);
	assert_int_equal(cmp, 0);

	/* Greek takes the whole-string path, which allocates. */
	a = u8("ΣΟΦΙΑ");
	b = u16(u"σοφια");
	assert_int_equal(ustr_compare_mixed(&a, &b, FL_IGNORECASE, &cmp), 0);
	assert_int_equal(cmp, 0);
	alloc_fail_after(1);
	assert_int_equal(ustr_compare_mixed(&a, &b, FL_IGNORECASE, &cmp),
			 -ENOMEM);
	alloc_fail_after(0);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
	    cmocka_unit_test(test_wlen),
	    cmocka_unit_test(test_to_utf8),
	    cmocka_unit_test(test_from_utf8),
	    cmocka_unit_test(test_roundtrip),
	    cmocka_unit_test(test_fold),
	    cmocka_unit_test(test_fold_nomem),
	    cmocka_unit_test(test_fold_chars),
	    cmocka_unit_test(test_fold_mixed),
	    cmocka_unit_test(test_fold_cmp),
	    cmocka_unit_test(test_match_ascii),
	    cmocka_unit_test(test_match_unicode),
	    cmocka_unit_test(test_match_mixed),
	    cmocka_unit_test(test_match_nomem),
	    cmocka_unit_test(test_match_no_alloc),
	    cmocka_unit_test(test_tiers_latin),
	    cmocka_unit_test(test_tiers_ascii),
	    cmocka_unit_test(test_match_random),
	    cmocka_unit_test(test_compare),
	    cmocka_unit_test(test_compare_mixed),
	};
	return cmocka_run_group_tests(tests, NULL, NULL);
}
