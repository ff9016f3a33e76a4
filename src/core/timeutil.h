/*
 * timeutil.h - mapix's one time module, with ftutil.h: FILETIME (100-ns
 * ticks since 1601-01-01 UTC, what PT_SYSTIME holds) to and from Unix
 * time, the proleptic Gregorian calendar (days from a civil date and
 * back), ISO 8601 / RFC 3339 text in both directions, and the monotonic
 * clock in milliseconds.
 *
 * ftutil.h holds the FILETIME basics every layer already uses: the epoch
 * constant FT_UNIX_EPOCH, ft_to_u64()/ft_from_u64(), and ft_now() for the
 * current time as a FILETIME.
 *
 * The calendar arithmetic does not go through timegm() or gmtime(): the
 * results depend neither on the C library's time_t range nor on TZ, and
 * every year from 1601 to 9999 formats and parses.
 */
#ifndef MAPIX_CORE_TIMEUTIL_H
#define MAPIX_CORE_TIMEUTIL_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#include "ftutil.h"

/* 100-ns FILETIME ticks in a second. */
#define TIME_TICKS_PER_SEC 10000000
/* Room for the longest text time_format_iso() writes, with its NUL. */
#define TIME_ISO_SIZE 32

/* ---------------------------------------------------------------------
 * The calendar (proleptic Gregorian, any year)
 */

bool time_leap_year(int64_t y);

/* Days in month m (1-12) of year y; 0 for a month out of range. */
unsigned int time_days_in_month(int64_t y, unsigned int m);

/* Days from 1970-01-01 to y-m-d (negative before 1970). */
int64_t time_days_from_civil(int64_t y, unsigned int m, unsigned int d);

/* The date of a day count from 1970-01-01 (the inverse). */
void time_civil_from_days(int64_t days, int64_t *y_r, unsigned int *m_r,
			  unsigned int *d_r);

/* ---------------------------------------------------------------------
 * FILETIME and Unix time
 */

/*
 * ft as whole seconds since 1970-01-01 UTC (rounded down, so negative
 * before 1970) and, when ticks_r is not NULL, the 100-ns ticks past them
 * (0 to 9,999,999).
 */
int64_t time_ft_to_unix(FILETIME ft, uint32_t *ticks_r);

/*
 * The FILETIME of secs seconds and ticks 100-ns ticks (below
 * TIME_TICKS_PER_SEC) after 1970-01-01 UTC.  Returns false, leaving *ft_r
 * alone, for a time before 1601 or past what a FILETIME holds.
 */
bool time_ft_from_unix(int64_t secs, uint32_t ticks, FILETIME *ft_r);

/* Milliseconds of CLOCK_MONOTONIC, for timeouts and intervals. */
int64_t time_mono_ms(void);

/* ---------------------------------------------------------------------
 * ISO 8601 / RFC 3339 text (UTC)
 */

/* time_format_iso(): always seven fraction digits, even for 0. */
#define TIME_ISO_FRACTION 0x1u

/*
 * Writes ft as "2026-11-03T14:05:09Z", with ".fffffff" (seven digits)
 * before the Z when the time is not a whole second or flags hold
 * TIME_ISO_FRACTION.  Returns false, writing nothing, for a time after
 * the year 9999 or a buffer smaller than TIME_ISO_SIZE.
 */
bool time_format_iso(FILETIME ft, unsigned int flags, char *buf, size_t size);

/* What time_parse_iso() accepts besides YYYY-MM-DDTHH:MM:SS[.f]Z. */
#define TIME_PARSE_LOWER   0x01u /* 't' and 'z' for 'T' and 'Z' */
#define TIME_PARSE_SPACE   0x02u /* ' ' for 'T' */
#define TIME_PARSE_PARTIAL 0x04u /* the date alone; HH:MM without :SS */
#define TIME_PARSE_NO_ZONE 0x08u /* no zone at all: UTC */
#define TIME_PARSE_OFFSET  0x10u /* +HH:MM / -HH:MM instead of Z */

/*
 * Reads the len bytes at s as YYYY-MM-DDTHH:MM:SS, then optionally '.'
 * and 1 to 7 fraction digits, then 'Z', with what flags allow besides.
 * The whole text must be used.  Returns 0 with the time in *ft_r;
 * -EINVAL for text of another form; -ERANGE for a well-formed time that
 * does not exist or that a FILETIME cannot hold: a year before 1601, a
 * day the month does not have, 24:00, second 60, an offset above 23:59
 * or one that moves the time before 1601.
 */
int time_parse_iso(const char *s, size_t len, unsigned int flags,
		   FILETIME *ft_r);

#endif
