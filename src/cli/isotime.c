/*
 * isotime.c - FILETIME <-> ISO 8601 in UTC for the mapix tool (see
 * isotime.h).
 *
 * The calendar arithmetic is done here rather than with timegm(), so
 * that parsing neither depends on the C library's time_t range nor on
 * the TZ environment; formatting uses gmtime_r, which is exact for every
 * year up to 9999 on a 64-bit time_t.
 */
#include "isotime.h"

#include <ctype.h>
#include <stdio.h>
#include <time.h>

/* 100 ns units a second; seconds from 1601-01-01 to 1970-01-01. */
#define TICKS_PER_SECOND   10000000ull
#define EPOCH_1601_TO_1970 11644473600ull

static ULONGLONG filetime_ticks(const FILETIME *ft)
{
	return ((ULONGLONG)ft->dwHighDateTime << 32) | ft->dwLowDateTime;
}

static void filetime_set(FILETIME *ft, ULONGLONG t)
{
	ft->dwLowDateTime = (DWORD)t;
	ft->dwHighDateTime = (DWORD)(t >> 32);
}

bool isotime_format(const FILETIME *ft, char *buf, size_t size)
{
	ULONGLONG t = filetime_ticks(ft);
	time_t secs = (time_t)((long long)(t / TICKS_PER_SECOND) -
			       (long long)EPOCH_1601_TO_1970);
	unsigned int frac = (unsigned int)(t % TICKS_PER_SECOND);
	struct tm tm;
	char date[ISOTIME_TEXT_SIZE];

	if (size < ISOTIME_TEXT_SIZE || gmtime_r(&secs, &tm) == NULL ||
	    tm.tm_year + 1900 > 9999)
		return false;
	strftime(date, sizeof(date), "%Y-%m-%dT%H:%M:%S", &tm);
	if (frac != 0)
		snprintf(buf, size, "%s.%07uZ", date, frac);
	else
		snprintf(buf, size, "%sZ", date);
	return true;
}

/* Days from 1970-01-01 to y-m-d in the proleptic Gregorian calendar. */
static long long days_from_civil(long long y, unsigned m, unsigned d)
{
	long long era;
	unsigned yoe, doy, doe;

	y -= m <= 2;
	era = (y >= 0 ? y : y - 399) / 400;
	yoe = (unsigned)(y - era * 400);
	doy = (153 * (m > 2 ? m - 3 : m + 9) + 2) / 5 + d - 1;
	doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
	return era * 146097 + (long long)doe - 719468;
}

/* Reads exactly n digits at *s, advancing it. */
static bool digits(const char **s, int n, unsigned *out)
{
	*out = 0;
	while (n-- > 0) {
		if (!isdigit((unsigned char)**s))
			return false;
		*out = *out * 10 + (unsigned)(**s - '0');
		(*s)++;
	}
	return true;
}

bool isotime_parse(const char *s, FILETIME *ft)
{
	static const unsigned mdays[] = {31, 29, 31, 30, 31, 30,
					 31, 31, 30, 31, 30, 31};
	unsigned y, mo, d, h = 0, mi = 0, sec = 0, frac = 0, fd = 0;
	unsigned long long t;
	long long days;

	if (!digits(&s, 4, &y) || *s++ != '-' || !digits(&s, 2, &mo) ||
	    *s++ != '-' || !digits(&s, 2, &d))
		return false;
	if (y < 1601 || mo < 1 || mo > 12 || d < 1 || d > mdays[mo - 1])
		return false;
	if (mo == 2 && d == 29 &&
	    !(y % 4 == 0 && (y % 100 != 0 || y % 400 == 0)))
		return false;
	if (*s == 'T' || *s == 't' || *s == ' ') {
		s++;
		if (!digits(&s, 2, &h) || *s++ != ':' || !digits(&s, 2, &mi))
			return false;
		if (*s == ':') {
			s++;
			if (!digits(&s, 2, &sec))
				return false;
			if (*s == '.') {
				s++;
				while (isdigit((unsigned char)*s) && fd < 7) {
					frac = frac * 10 + (unsigned)(*s - '0');
					fd++;
					s++;
				}
				if (fd == 0)
					return false;
				for (; fd < 7; fd++)
					frac *= 10;
			}
		}
		if (h > 23 || mi > 59 || sec > 59)
			return false;
	}
	if (*s == 'Z' || *s == 'z')
		s++;
	if (*s != '\0')
		return false;
	days = days_from_civil(y, mo, d) - days_from_civil(1601, 1, 1);
	t = ((unsigned long long)days * 86400ull + h * 3600ull + mi * 60ull +
	     sec) *
		TICKS_PER_SECOND +
	    frac;
	filetime_set(ft, t);
	return true;
}

void isotime_now(FILETIME *ft)
{
	filetime_set(ft, ((ULONGLONG)time(NULL) + EPOCH_1601_TO_1970) *
			     TICKS_PER_SECOND);
}
