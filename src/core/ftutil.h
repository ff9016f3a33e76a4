/*
 * ftutil.h - FILETIME as a 64-bit number, and the current time as one.
 *
 * mapiutil.h's Ft* functions (FtAddFt, FtSubFt, FtNegFt, FtMulDw,
 * FtMulDwDw) are built on these, and so is everything in core that stamps
 * a time (conversation indexes); other layers that need "now" as a
 * FILETIME can use ft_now() instead of converting timespecs again.
 */
#ifndef MAPIX_CORE_FTUTIL_H
#define MAPIX_CORE_FTUTIL_H

#include <stdint.h>
#include <time.h>

#include <mapiwin.h>

/* 100-ns intervals between 1601-01-01 and 1970-01-01 (the Unix epoch). */
#define FT_UNIX_EPOCH 116444736000000000ULL

static inline uint64_t ft_to_u64(FILETIME ft)
{
	return ((uint64_t)ft.dwHighDateTime << 32) | ft.dwLowDateTime;
}

static inline FILETIME ft_from_u64(uint64_t v)
{
	FILETIME ft = {(DWORD)v, (DWORD)(v >> 32)};

	return ft;
}

/* A Unix time (CLOCK_REALTIME) as a FILETIME; times before 1601 give 0. */
FILETIME ft_from_timespec(const struct timespec *ts);

/* The current time (UTC) as a FILETIME. */
FILETIME ft_now(void);

#endif
