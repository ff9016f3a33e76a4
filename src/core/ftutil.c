/*
 * ftutil.c - mapiutil.h's 64-bit arithmetic on FILETIMEs (FtAddFt,
 * FtSubFt, FtNegFt, FtMulDw, FtMulDwDw) and core's clock (ft_now).
 *
 * A FILETIME is an unsigned 64-bit count of 100-ns intervals split in two
 * DWORDs.  The functions compute modulo 2^64, as Windows' do: FtSubFt of a
 * later time from an earlier one wraps (it is FtAddFt of the negation), and
 * FtMulDw keeps the low 64 bits of the product.
 */
#include <mapiutil.h>

#include "ftutil.h"

/*
 * FtAddFt
 *
 * Adds two FILETIMEs.
 *
 * PARAMS
 *  ftAddend1 [I] a time or interval
 *  ftAddend2 [I] another
 *
 * RETURNS
 *  The sum, modulo 2^64.
 */
STDAPI_(FILETIME) FtAddFt(FILETIME ftAddend1, FILETIME ftAddend2)
{
	return ft_from_u64(ft_to_u64(ftAddend1) + ft_to_u64(ftAddend2));
}

/*
 * FtSubFt
 *
 * Subtracts one FILETIME from another.
 *
 * PARAMS
 *  ftMinuend    [I] the time subtracted from
 *  ftSubtrahend [I] the time subtracted
 *
 * RETURNS
 *  ftMinuend - ftSubtrahend, modulo 2^64 (a negative difference comes back
 *  as its two's complement, which FtNegFt turns into the distance).
 */
STDAPI_(FILETIME) FtSubFt(FILETIME ftMinuend, FILETIME ftSubtrahend)
{
	return ft_from_u64(ft_to_u64(ftMinuend) - ft_to_u64(ftSubtrahend));
}

/*
 * FtNegFt
 *
 * Negates a FILETIME.
 *
 * PARAMS
 *  ft [I] the value
 *
 * RETURNS
 *  Its two's complement: FtAddFt(ft, FtNegFt(ft)) is 0.
 */
STDAPI_(FILETIME) FtNegFt(FILETIME ft)
{
	return ft_from_u64(0 - ft_to_u64(ft));
}

/*
 * FtMulDw
 *
 * Multiplies a FILETIME by a 32-bit number.
 *
 * PARAMS
 *  ftMultiplier   [I] the factor
 *  ftMultiplicand [I] the FILETIME
 *
 * RETURNS
 *  The low 64 bits of the product.
 */
STDAPI_(FILETIME) FtMulDw(DWORD ftMultiplier, FILETIME ftMultiplicand)
{
	return ft_from_u64(ft_to_u64(ftMultiplicand) * ftMultiplier);
}

/*
 * FtMulDwDw
 *
 * Multiplies two 32-bit numbers into a FILETIME (seconds by 10,000,000 to
 * get an interval, for instance).
 *
 * PARAMS
 *  ftMultiplicand [I] one factor
 *  ftMultiplier   [I] the other
 *
 * RETURNS
 *  The full 64-bit product.
 */
STDAPI_(FILETIME) FtMulDwDw(DWORD ftMultiplicand, DWORD ftMultiplier)
{
	return ft_from_u64((uint64_t)ftMultiplicand * ftMultiplier);
}

FILETIME ft_from_timespec(const struct timespec *ts)
{
	int64_t ticks = (int64_t)ts->tv_sec * 10000000 + ts->tv_nsec / 100;

	if (ticks < -(int64_t)FT_UNIX_EPOCH)
		return ft_from_u64(0);
	return ft_from_u64((uint64_t)ticks + FT_UNIX_EPOCH);
}

FILETIME ft_now(void)
{
	struct timespec ts;

	clock_gettime(CLOCK_REALTIME, &ts);
	return ft_from_timespec(&ts);
}
