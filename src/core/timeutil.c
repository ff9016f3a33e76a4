/*
 * timeutil.c - the calendar, FILETIME <-> Unix time and ISO 8601 text
 * (see timeutil.h).
 *
 * days_from_civil and civil_from_days are the era-based algorithms: a
 * 400-year era has 146,097 days, and counting years from March puts the
 * leap day last, so a month's first day is (153 * m + 2) / 5 days into
 * the year.
 */
#include "timeutil.h"

#include <errno.h>
#include <stdio.h>
#include <time.h>

/* Seconds from 1601-01-01 to 1970-01-01. */
#define UNIX_EPOCH_SECS ((int64_t)(FT_UNIX_EPOCH / TIME_TICKS_PER_SEC))
/* Seconds of the last FILETIME (2^64 - 1 ticks) after 1970-01-01. */
#define FT_MAX_SECS                                                            \
	((int64_t)(UINT64_MAX / TIME_TICKS_PER_SEC) - UNIX_EPOCH_SECS)

/* ---------------------------------------------------------------------
 * The calendar
 */

bool time_leap_year(int64_t y)
{
	return (y % 4 == 0 && y % 100 != 0) || y % 400 == 0;
}

unsigned int time_days_in_month(int64_t y, unsigned int m)
{
	static const unsigned char days[] = {31, 28, 31, 30, 31, 30,
					     31, 31, 30, 31, 30, 31};

	if (m < 1 || m > 12)
		return 0;
	return m == 2 && time_leap_year(y) ? 29 : days[m - 1];
}

int64_t time_days_from_civil(int64_t y, unsigned int m, unsigned int d)
{
	int64_t era, yoe, doy, doe;

	y -= m <= 2;
	era = (y >= 0 ? y : y - 399) / 400;
	yoe = y - era * 400;
	doy = (153 * (m > 2 ? m - 3 : m + 9) + 2) / 5 + d - 1;
	doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
	return era * 146097 + doe - 719468;
}

void time_civil_from_days(int64_t days, int64_t *y_r, unsigned int *m_r,
			  unsigned int *d_r)
{
	int64_t z = days + 719468, era, doe, yoe, doy, mp;

	era = (z >= 0 ? z : z - 146096) / 146097;
	doe = z - era * 146097;
	yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
	doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
	mp = (5 * doy + 2) / 153;
	*d_r = (unsigned int)(doy - (153 * mp + 2) / 5 + 1);
	*m_r = (unsigned int)(mp < 10 ? mp + 3 : mp - 9);
	*y_r = yoe + era * 400 + (*m_r <= 2);
}

/* ---------------------------------------------------------------------
 * FILETIME and Unix time
 */

int64_t time_ft_to_unix(FILETIME ft, uint32_t *ticks_r)
{
	uint64_t t = ft_to_u64(ft);

	if (ticks_r != NULL)
		*ticks_r = (uint32_t)(t % TIME_TICKS_PER_SEC);
	return (int64_t)(t / TIME_TICKS_PER_SEC) - UNIX_EPOCH_SECS;
}

bool time_ft_from_unix(int64_t secs, uint32_t ticks, FILETIME *ft_r)
{
	uint64_t t;

	if (ticks >= TIME_TICKS_PER_SEC || secs < -UNIX_EPOCH_SECS ||
	    secs > FT_MAX_SECS)
		return false;
	t = (uint64_t)(secs + UNIX_EPOCH_SECS) * TIME_TICKS_PER_SEC;
	if (t > UINT64_MAX - ticks)
		return false;
	*ft_r = ft_from_u64(t + ticks);
	return true;
}

int64_t time_mono_ms(void)
{
	struct timespec ts;

	clock_gettime(CLOCK_MONOTONIC, &ts);
	return (int64_t)ts.tv_sec * 1000 + ts.tv_nsec / 1000000;
}

/* ---------------------------------------------------------------------
 * ISO 8601 text
 */

bool time_format_iso(FILETIME ft, unsigned int flags, char *buf, size_t size)
{
	uint32_t ticks;
	int64_t secs = time_ft_to_unix(ft, &ticks), days, y;
	unsigned int m, d, rem;

	days = (secs >= 0 ? secs : secs - 86399) / 86400;
	rem = (unsigned int)(secs - days * 86400);
	time_civil_from_days(days, &y, &m, &d);
	if (y > 9999 || size < TIME_ISO_SIZE)
		return false;
	if (ticks != 0 || (flags & TIME_ISO_FRACTION))
		snprintf(buf, size, "%04d-%02u-%02uT%02u:%02u:%02u.%07uZ",
			 (int)y, m, d, rem / 3600, rem / 60 % 60, rem % 60,
			 (unsigned int)ticks);
	else
		snprintf(buf, size, "%04d-%02u-%02uT%02u:%02u:%02uZ", (int)y, m,
			 d, rem / 3600, rem / 60 % 60, rem % 60);
	return true;
}

/* The text being parsed: p moves from the start to end. */
struct cursor {
	const char *p, *end;
};

/* Reads exactly n digits. */
static bool digits(struct cursor *c, int n, unsigned int *v_r)
{
	unsigned int v = 0;

	if (c->end - c->p < n)
		return false;
	for (int i = 0; i < n; i++) {
		if (c->p[i] < '0' || c->p[i] > '9')
			return false;
		v = v * 10 + (unsigned int)(c->p[i] - '0');
	}
	c->p += n;
	*v_r = v;
	return true;
}

/* Takes ch (or, with lower, its lower-case form) when it comes next. */
static bool take(struct cursor *c, char ch, bool lower)
{
	if (c->p < c->end &&
	    (*c->p == ch || (lower && *c->p == ch - 'A' + 'a'))) {
		c->p++;
		return true;
	}
	return false;
}

/* The fraction of a second: 1 to 7 digits, as ticks. */
static bool fraction(struct cursor *c, uint32_t *ticks_r)
{
	uint32_t v = 0;
	int n = 0;

	while (c->p < c->end && *c->p >= '0' && *c->p <= '9') {
		if (n == 7)
			return false;
		v = v * 10 + (uint32_t)(*c->p++ - '0');
		n++;
	}
	if (n == 0)
		return false;
	for (; n < 7; n++)
		v *= 10;
	*ticks_r = v;
	return true;
}

/*
 * The zone after the time: 'Z', an offset or nothing, as flags allow.
 * Sets *offset_r to the offset's seconds east of UTC (0 for Z).
 */
static int zone(struct cursor *c, unsigned int flags, int64_t *offset_r)
{
	unsigned int oh, om;
	int sign;

	*offset_r = 0;
	if (take(c, 'Z', flags & TIME_PARSE_LOWER))
		return 0;
	if ((flags & TIME_PARSE_OFFSET) && c->p < c->end &&
	    (*c->p == '+' || *c->p == '-')) {
		sign = *c->p++ == '-' ? -1 : 1;
		if (!digits(c, 2, &oh) || !take(c, ':', false) ||
		    !digits(c, 2, &om))
			return -EINVAL;
		if (oh > 23 || om > 59)
			return -ERANGE;
		*offset_r = sign * (int64_t)(oh * 3600 + om * 60);
		return 0;
	}
	return (flags & TIME_PARSE_NO_ZONE) ? 0 : -EINVAL;
}

int time_parse_iso(const char *s, size_t len, unsigned int flags,
		   FILETIME *ft_r)
{
	struct cursor c = {s, s + len};
	unsigned int y, mo, d, h = 0, mi = 0, sec = 0;
	uint32_t ticks = 0;
	bool range = true;
	int64_t offset, secs;
	int ret;

	if (!digits(&c, 4, &y) || !take(&c, '-', false) ||
	    !digits(&c, 2, &mo) || !take(&c, '-', false) || !digits(&c, 2, &d))
		return -EINVAL;
	if (take(&c, 'T', flags & TIME_PARSE_LOWER) ||
	    ((flags & TIME_PARSE_SPACE) && take(&c, ' ', false))) {
		if (!digits(&c, 2, &h) || !take(&c, ':', false) ||
		    !digits(&c, 2, &mi))
			return -EINVAL;
		if (take(&c, ':', false)) {
			if (!digits(&c, 2, &sec))
				return -EINVAL;
			if (take(&c, '.', false) && !fraction(&c, &ticks))
				return -EINVAL;
		} else if (!(flags & TIME_PARSE_PARTIAL)) {
			return -EINVAL;
		}
	} else if (!(flags & TIME_PARSE_PARTIAL)) {
		return -EINVAL;
	}
	ret = zone(&c, flags, &offset);
	if (ret == 0 && c.p != c.end)
		ret = -EINVAL;
	if (ret < 0)
		return ret;
	if (y < 1601 || d < 1 || d > time_days_in_month(y, mo) || h > 23 ||
	    mi > 59 || sec > 59)
		return -ERANGE;
	secs = time_days_from_civil(y, mo, d) * 86400 + h * 3600 + mi * 60 +
	       sec - offset;
	range = time_ft_from_unix(secs, ticks, ft_r);
	return range ? 0 : -ERANGE;
}
