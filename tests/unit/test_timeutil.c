/*
 * test_timeutil.c - the time module (src/core/timeutil.c): the calendar,
 * FILETIME <-> Unix time, ISO 8601 / RFC 3339 text.
 *
 * Fixed points: FILETIME 0 is 1601-01-01T00:00:00Z, FT_UNIX_EPOCH
 * (116444736000000000) is 1970-01-01, 2650467743999999999 is
 * 9999-12-31T23:59:59.9999999Z, the last instant ISO 8601's four-digit
 * years can write.  The day arithmetic is checked against a plain day
 * counter that walks the calendar month by month from 1601 to 9999.
 */
#include <stdarg.h>
#include <stddef.h>
#include <setjmp.h>
#include <stdint.h>
#include <cmocka.h>

#include <errno.h>
#include <string.h>

#include "timeutil.h"

#define LAST_ISO_TICK 2650467743999999999ULL

static FILETIME ft64(uint64_t v)
{
	return ft_from_u64(v);
}

static void test_leap_years(void **state)
{
	(void)state;
	assert_true(time_leap_year(1600));
	assert_false(time_leap_year(1700));
	assert_false(time_leap_year(1900));
	assert_true(time_leap_year(2000));
	assert_true(time_leap_year(2024));
	assert_false(time_leap_year(2023));
	assert_false(time_leap_year(2100));
	assert_true(time_leap_year(0));
	assert_true(time_leap_year(-4));
	assert_int_equal(time_days_in_month(2024, 2), 29);
	assert_int_equal(time_days_in_month(2023, 2), 28);
	assert_int_equal(time_days_in_month(1900, 2), 28);
	assert_int_equal(time_days_in_month(2000, 2), 29);
	assert_int_equal(time_days_in_month(2023, 12), 31);
	assert_int_equal(time_days_in_month(2023, 4), 30);
	assert_int_equal(time_days_in_month(2023, 0), 0);
	assert_int_equal(time_days_in_month(2023, 13), 0);
}

static void test_days_fixed(void **state)
{
	int64_t y;
	unsigned int m, d;

	(void)state;
	assert_int_equal(time_days_from_civil(1970, 1, 1), 0);
	assert_int_equal(time_days_from_civil(1969, 12, 31), -1);
	assert_int_equal(time_days_from_civil(1601, 1, 1), -134774);
	assert_int_equal(time_days_from_civil(2000, 3, 1), 11017);
	assert_int_equal(time_days_from_civil(9999, 12, 31), 2932896);
	/* Years before 1 and negative ones (proleptic). */
	assert_int_equal(time_days_from_civil(0, 3, 1), -719468);
	assert_int_equal(time_days_from_civil(-1, 12, 31), -719529);
	time_civil_from_days(-719529, &y, &m, &d);
	assert_int_equal(y, -1);
	assert_int_equal(m, 12);
	assert_int_equal(d, 31);
	time_civil_from_days(-134774, &y, &m, &d);
	assert_int_equal(y, 1601);
	assert_int_equal(m, 1);
	assert_int_equal(d, 1);
}

/* Every day from 1601-01-01 to 9999-12-31, counted one by one. */
static void test_days_walk(void **state)
{
	int64_t count = time_days_from_civil(1601, 1, 1);

	(void)state;
	for (int64_t y = 1601; y <= 9999; y++) {
		for (unsigned int m = 1; m <= 12; m++) {
			unsigned int days = time_days_in_month(y, m);

			for (unsigned int d = 1; d <= days; d++) {
				int64_t yy;
				unsigned int mm, dd;

				if (d == 1 || d == days)
					assert_int_equal(
					    time_days_from_civil(y, m, d),
					    count);
				time_civil_from_days(count, &yy, &mm, &dd);
				if (yy != y || mm != m || dd != d)
					fail_msg("day %lld: %lld-%u-%u",
						 (long long)count,
						 (long long)yy, mm, dd);
				count++;
			}
		}
	}
	assert_int_equal(count, time_days_from_civil(10000, 1, 1));
}

static void test_unix(void **state)
{
	int64_t secs;
	uint32_t ticks;
	FILETIME ft;

	(void)state;
	assert_int_equal(time_ft_to_unix(ft64(FT_UNIX_EPOCH), &ticks), 0);
	assert_int_equal(ticks, 0);
	assert_int_equal(time_ft_to_unix(ft64(0), &ticks), -11644473600LL);
	assert_int_equal(
	    time_ft_to_unix(ft64(FT_UNIX_EPOCH + 12345678), &ticks), 1);
	assert_int_equal(ticks, 2345678);
	/* Before 1970 the seconds round down and the ticks stay positive. */
	assert_int_equal(time_ft_to_unix(ft64(FT_UNIX_EPOCH - 1), &ticks), -1);
	assert_int_equal(ticks, 9999999);
	assert_int_equal(time_ft_to_unix(ft64(FT_UNIX_EPOCH - 1), NULL), -1);

	assert_true(time_ft_from_unix(0, 0, &ft));
	assert_int_equal(ft_to_u64(ft), FT_UNIX_EPOCH);
	assert_true(time_ft_from_unix(-1, 9999999, &ft));
	assert_int_equal(ft_to_u64(ft), FT_UNIX_EPOCH - 1);
	assert_true(time_ft_from_unix(-11644473600LL, 0, &ft));
	assert_int_equal(ft_to_u64(ft), 0);
	assert_true(time_ft_from_unix(1700000000, 5, &ft));
	assert_int_equal(ft_to_u64(ft),
			 FT_UNIX_EPOCH + 17000000000000000ULL + 5);

	/* What a FILETIME cannot hold: *ft_r stays as it was. */
	ft = ft64(42);
	assert_false(time_ft_from_unix(-11644473601LL, 0, &ft));
	assert_false(time_ft_from_unix(0, 10000000, &ft));
	assert_false(time_ft_from_unix(INT64_MAX, 0, &ft));
	assert_false(time_ft_from_unix(INT64_MIN, 0, &ft));
	assert_int_equal(ft_to_u64(ft), 42);
	/* The last FILETIME, and one tick past it. */
	secs = time_ft_to_unix(ft64(UINT64_MAX), &ticks);
	assert_true(time_ft_from_unix(secs, ticks, &ft));
	assert_true(ft_to_u64(ft) == UINT64_MAX);
	assert_false(time_ft_from_unix(
	    time_ft_to_unix(ft64(UINT64_MAX), NULL) + 1, 0, &ft));
}

static void assert_format(uint64_t t, unsigned int flags, const char *want)
{
	char buf[TIME_ISO_SIZE];

	assert_true(time_format_iso(ft64(t), flags, buf, sizeof(buf)));
	assert_string_equal(buf, want);
}

static void test_format(void **state)
{
	char buf[TIME_ISO_SIZE + 8];

	(void)state;
	assert_format(0, 0, "1601-01-01T00:00:00Z");
	assert_format(0, TIME_ISO_FRACTION, "1601-01-01T00:00:00.0000000Z");
	assert_format(FT_UNIX_EPOCH, 0, "1970-01-01T00:00:00Z");
	assert_format(FT_UNIX_EPOCH - 1, 0, "1969-12-31T23:59:59.9999999Z");
	assert_format(FT_UNIX_EPOCH + 5000000, 0,
		      "1970-01-01T00:00:00.5000000Z");
	assert_format(LAST_ISO_TICK, 0, "9999-12-31T23:59:59.9999999Z");
	/* A leap day and the day after. */
	assert_format(FT_UNIX_EPOCH +
			  (uint64_t)time_days_from_civil(2024, 2, 29) * 86400 *
			      TIME_TICKS_PER_SEC,
		      0, "2024-02-29T00:00:00Z");
	assert_format(FT_UNIX_EPOCH +
			  ((uint64_t)time_days_from_civil(2024, 3, 1) * 86400 +
			   13 * 3600 + 14 * 60 + 15) *
			      TIME_TICKS_PER_SEC,
		      0, "2024-03-01T13:14:15Z");

	/* Past 9999, or no room: false, and nothing written. */
	memset(buf, '#', sizeof(buf));
	assert_false(
	    time_format_iso(ft64(LAST_ISO_TICK + 1), 0, buf, sizeof(buf)));
	assert_false(time_format_iso(ft64(UINT64_MAX), 0, buf, sizeof(buf)));
	assert_false(time_format_iso(ft64(0), 0, buf, TIME_ISO_SIZE - 1));
	assert_int_equal(buf[0], '#');
}

static int parse(const char *s, unsigned int flags, uint64_t *t_r)
{
	FILETIME ft = ft64(0xDEAD);
	int ret = time_parse_iso(s, strlen(s), flags, &ft);

	*t_r = ft_to_u64(ft);
	return ret;
}

static void assert_parses(const char *s, unsigned int flags, uint64_t want)
{
	uint64_t t;

	assert_int_equal(parse(s, flags, &t), 0);
	assert_true(t == want);
}

static void assert_refused(const char *s, unsigned int flags, int err)
{
	uint64_t t;

	assert_int_equal(parse(s, flags, &t), err);
	assert_true(t == 0xDEAD); /* untouched */
}

/* Seconds since 1601 of a date and time, as ticks. */
static uint64_t at(int64_t y, unsigned int mo, unsigned int d, unsigned int h,
		   unsigned int mi, unsigned int s)
{
	return ((uint64_t)(time_days_from_civil(y, mo, d) -
			   time_days_from_civil(1601, 1, 1)) *
		    86400 +
		h * 3600 + mi * 60 + s) *
	       TIME_TICKS_PER_SEC;
}

static void test_parse_strict(void **state)
{
	(void)state;
	assert_parses("1601-01-01T00:00:00Z", 0, 0);
	assert_parses("1970-01-01T00:00:00Z", 0, FT_UNIX_EPOCH);
	assert_parses("2024-05-01T10:20:30Z", 0, at(2024, 5, 1, 10, 20, 30));
	assert_parses("2024-05-01T10:20:30.5Z", 0,
		      at(2024, 5, 1, 10, 20, 30) + 5000000);
	assert_parses("2024-05-01T10:20:30.0000001Z", 0,
		      at(2024, 5, 1, 10, 20, 30) + 1);
	assert_parses("9999-12-31T23:59:59.9999999Z", 0, LAST_ISO_TICK);
	assert_parses("2024-02-29T00:00:00Z", 0, at(2024, 2, 29, 0, 0, 0));
	assert_parses("2000-02-29T00:00:00Z", 0, at(2000, 2, 29, 0, 0, 0));

	/* Other forms. */
	assert_refused("", 0, -EINVAL);
	assert_refused("2024-05-01", 0, -EINVAL);
	assert_refused("2024-05-01T10:20Z", 0, -EINVAL);
	assert_refused("2024-05-01T10:20:30", 0, -EINVAL);
	assert_refused("2024-05-01t10:20:30Z", 0, -EINVAL);
	assert_refused("2024-05-01T10:20:30z", 0, -EINVAL);
	assert_refused("2024-05-01 10:20:30Z", 0, -EINVAL);
	assert_refused("2024-05-01T10:20:30+02:00", 0, -EINVAL);
	assert_refused("2024-05-01T10:20:30.Z", 0, -EINVAL);
	assert_refused("2024-05-01T10:20:30.12345678Z", 0, -EINVAL);
	assert_refused("2024-05-01T10:20:30ZZ", 0, -EINVAL);
	assert_refused("2024-5-01T10:20:30Z", 0, -EINVAL);
	assert_refused("+2024-05-01T10:20:30Z", 0, -EINVAL);
	assert_refused("2024-05-01T1:20:30Z", 0, -EINVAL);
	assert_refused("2024-05-01T10:2a:30Z", 0, -EINVAL);

	/* Well formed, but no such time. */
	assert_refused("1600-12-31T23:59:59Z", 0, -ERANGE);
	assert_refused("0000-01-01T00:00:00Z", 0, -ERANGE);
	assert_refused("2023-02-29T00:00:00Z", 0, -ERANGE);
	assert_refused("1900-02-29T00:00:00Z", 0, -ERANGE);
	assert_refused("2024-04-31T00:00:00Z", 0, -ERANGE);
	assert_refused("2024-13-01T00:00:00Z", 0, -ERANGE);
	assert_refused("2024-00-01T00:00:00Z", 0, -ERANGE);
	assert_refused("2024-01-00T00:00:00Z", 0, -ERANGE);
	assert_refused("2024-01-01T24:00:00Z", 0, -ERANGE);
	assert_refused("2024-01-01T23:60:00Z", 0, -ERANGE);
	assert_refused("2024-01-01T23:59:60Z", 0, -ERANGE);
}

static void test_parse_flags(void **state)
{
	const unsigned int cli = TIME_PARSE_LOWER | TIME_PARSE_SPACE |
				 TIME_PARSE_PARTIAL | TIME_PARSE_NO_ZONE;
	FILETIME ft;

	(void)state;
	assert_parses("2024-05-01t10:20:30z", TIME_PARSE_LOWER,
		      at(2024, 5, 1, 10, 20, 30));
	assert_parses("2024-05-01 10:20:30Z", TIME_PARSE_SPACE,
		      at(2024, 5, 1, 10, 20, 30));
	assert_parses("2024-05-01", cli, at(2024, 5, 1, 0, 0, 0));
	assert_parses("2024-05-01Z", cli, at(2024, 5, 1, 0, 0, 0));
	assert_parses("2024-05-01 10:20", cli, at(2024, 5, 1, 10, 20, 0));
	assert_parses("2024-05-01T10:20:30.25", cli,
		      at(2024, 5, 1, 10, 20, 30) + 2500000);
	assert_refused("2024-05-01T", cli, -EINVAL);
	assert_refused("2024-05-01T10", cli, -EINVAL);
	assert_refused("2024-05-01T10:20:", cli, -EINVAL);
	assert_refused("2024-05-01x", cli, -EINVAL);
	assert_refused("2024-02-30", cli, -ERANGE);

	/* Offsets east and west of UTC. */
	assert_parses("2024-05-01T12:20:30+02:00", TIME_PARSE_OFFSET,
		      at(2024, 5, 1, 10, 20, 30));
	assert_parses("2024-05-01T04:50:30-05:30", TIME_PARSE_OFFSET,
		      at(2024, 5, 1, 10, 20, 30));
	assert_parses("2024-05-01T00:30:00+01:00", TIME_PARSE_OFFSET,
		      at(2024, 4, 30, 23, 30, 0));
	assert_parses("2024-05-01T10:20:30Z", TIME_PARSE_OFFSET,
		      at(2024, 5, 1, 10, 20, 30));
	assert_refused("2024-05-01T10:20:30+0200", TIME_PARSE_OFFSET, -EINVAL);
	assert_refused("2024-05-01T10:20:30+02", TIME_PARSE_OFFSET, -EINVAL);
	assert_refused("2024-05-01T10:20:30+24:00", TIME_PARSE_OFFSET, -ERANGE);
	assert_refused("2024-05-01T10:20:30+02:60", TIME_PARSE_OFFSET, -ERANGE);
	/* An offset that moves the time before 1601. */
	assert_refused("1601-01-01T00:00:00+00:01", TIME_PARSE_OFFSET, -ERANGE);
	/* ... or past 9999, which a FILETIME still holds. */
	assert_parses("9999-12-31T23:59:59-01:00", TIME_PARSE_OFFSET,
		      at(10000, 1, 1, 0, 59, 59));

	/* Only len bytes are read. */
	assert_int_equal(time_parse_iso("2024-05-01T10:20:30Zjunk", 20, 0, &ft),
			 0);
	assert_true(ft_to_u64(ft) == at(2024, 5, 1, 10, 20, 30));
	assert_int_equal(time_parse_iso("2024-05-01T10:20:30Z", 19, 0, &ft),
			 -EINVAL);
}

/* Formatting then parsing gives the same time, for a spread of times. */
static void test_round_trip(void **state)
{
	uint64_t x = 0x9E3779B97F4A7C15ULL, t;
	char buf[TIME_ISO_SIZE];
	FILETIME ft;

	(void)state;
	for (int i = 0; i < 20000; i++) {
		x ^= x << 13;
		x ^= x >> 7;
		x ^= x << 17;
		t = x % (LAST_ISO_TICK + 1);
		if (i % 3 == 0)
			t -= t % TIME_TICKS_PER_SEC;
		assert_true(time_format_iso(
		    ft64(t), i % 2 ? TIME_ISO_FRACTION : 0, buf, sizeof(buf)));
		assert_int_equal(time_parse_iso(buf, strlen(buf), 0, &ft), 0);
		assert_true(ft_to_u64(ft) == t);
	}
}

static void test_mono(void **state)
{
	int64_t a = time_mono_ms(), b = time_mono_ms();

	(void)state;
	assert_true(a > 0);
	assert_true(b >= a);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
	    cmocka_unit_test(test_leap_years),
	    cmocka_unit_test(test_days_fixed),
	    cmocka_unit_test(test_days_walk),
	    cmocka_unit_test(test_unix),
	    cmocka_unit_test(test_format),
	    cmocka_unit_test(test_parse_strict),
	    cmocka_unit_test(test_parse_flags),
	    cmocka_unit_test(test_round_trip),
	    cmocka_unit_test(test_mono),
	};

	return cmocka_run_group_tests(tests, NULL, NULL);
}
