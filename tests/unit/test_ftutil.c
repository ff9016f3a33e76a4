/*
 * test_ftutil.c - mapiutil.h's FILETIME arithmetic (FtAddFt, FtSubFt,
 * FtNegFt, FtMulDw, FtMulDwDw) and ScCreateConversationIndex.
 *
 * FILETIME arithmetic is modulo 2^64 on Windows: carries cross the two
 * DWORDs, sums and products wrap, a negative difference is its two's
 * complement.  The conversation index is checked byte by byte against the
 * layout of [MS-OXOMSG] 2.2.1.3 (PidTagConversationIndex): a 22-byte
 * header (0x01, the 40 high bits of the time in big-endian order, the
 * GUID with Data1..3 big-endian) and a 5-byte response level per reply
 * (DC bit, 31 bits of the time since the header, 4 bits of randomness),
 * using the header and level builders of convidx.h with fixed times.
 */
#include <stdarg.h>
#include <stddef.h>
#include <setjmp.h>
#include <stdint.h>
#include <cmocka.h>

#include <string.h>

#include <mapix.h>
#include <mapiutil.h>

#include "alloc.h"
#include "convidx.h"
#include "ftutil.h"

static FILETIME ft(uint32_t hi, uint32_t lo)
{
	FILETIME f = {lo, hi};

	return f;
}

static void assert_ft(FILETIME f, uint32_t hi, uint32_t lo)
{
	assert_int_equal(f.dwHighDateTime, hi);
	assert_int_equal(f.dwLowDateTime, lo);
}

static void test_add_sub(void **state)
{
	(void)state;
	/* A carry from the low DWORD into the high one. */
	assert_ft(FtAddFt(ft(0, 0xFFFFFFFF), ft(0, 1)), 1, 0);
	assert_ft(FtAddFt(ft(0x12345678, 0x9ABCDEF0), ft(0, 0)), 0x12345678,
		  0x9ABCDEF0);
	/* The sum wraps at 2^64. */
	assert_ft(FtAddFt(ft(0xFFFFFFFF, 0xFFFFFFFF), ft(0, 2)), 0, 1);
	/* A borrow from the high DWORD. */
	assert_ft(FtSubFt(ft(1, 0), ft(0, 1)), 0, 0xFFFFFFFF);
	assert_ft(FtSubFt(ft(5, 5), ft(5, 5)), 0, 0);
	/* An earlier minus a later time: the two's complement of the
	 * distance, which FtNegFt turns back. */
	assert_ft(FtSubFt(ft(0, 10), ft(0, 25)), 0xFFFFFFFF, 0xFFFFFFF1);
	assert_ft(FtNegFt(FtSubFt(ft(0, 10), ft(0, 25))), 0, 15);
	/* One day in 100-ns units, added to the Unix epoch. */
	assert_int_equal(ft_to_u64(FtAddFt(ft_from_u64(FT_UNIX_EPOCH),
					   FtMulDwDw(86400, 10000000))),
			 FT_UNIX_EPOCH + 864000000000ULL);
}

static void test_neg(void **state)
{
	FILETIME x = ft(0x01D9A2B3, 0xC4D5E6F7);

	(void)state;
	assert_ft(FtNegFt(ft(0, 0)), 0, 0);
	assert_ft(FtNegFt(ft(0, 1)), 0xFFFFFFFF, 0xFFFFFFFF);
	/* The most negative value is its own negation. */
	assert_ft(FtNegFt(ft(0x80000000, 0)), 0x80000000, 0);
	assert_ft(FtAddFt(x, FtNegFt(x)), 0, 0);
	assert_ft(FtNegFt(FtNegFt(x)), 0x01D9A2B3, 0xC4D5E6F7);
}

static void test_mul(void **state)
{
	(void)state;
	assert_ft(FtMulDwDw(0xFFFFFFFF, 0xFFFFFFFF), 0xFFFFFFFE, 0x00000001);
	assert_ft(FtMulDwDw(0, 0xFFFFFFFF), 0, 0);
	assert_ft(FtMulDwDw(3600, 10000000), 0x00000008, 0x61C46800);
	assert_ft(FtMulDw(2, ft(0, 0x80000000)), 1, 0);
	assert_ft(FtMulDw(0, ft(0xFFFFFFFF, 0xFFFFFFFF)), 0, 0);
	assert_ft(FtMulDw(1, ft(0xDEADBEEF, 0x12345678)), 0xDEADBEEF,
		  0x12345678);
	/* Only the low 64 bits of the product are kept. */
	assert_ft(FtMulDw(0x10, ft(0xF0000000, 0x00000001)), 0x00000000,
		  0x00000010);
	assert_ft(FtMulDw(0xFFFFFFFF, ft(0xFFFFFFFF, 0xFFFFFFFF)), 0xFFFFFFFF,
		  0x00000001);
}

static void test_timespec(void **state)
{
	struct timespec ts = {0, 0};
	FILETIME now;

	(void)state;
	assert_int_equal(ft_to_u64(ft_from_timespec(&ts)), FT_UNIX_EPOCH);
	ts.tv_sec = 1;
	ts.tv_nsec = 999;
	assert_int_equal(ft_to_u64(ft_from_timespec(&ts)),
			 FT_UNIX_EPOCH + 10000009);
	/* Before 1601 there is no FILETIME: 0. */
	ts.tv_sec = -(time_t)(FT_UNIX_EPOCH / 10000000) - 1;
	ts.tv_nsec = 0;
	assert_int_equal(ft_to_u64(ft_from_timespec(&ts)), 0);
	now = ft_now();
	/* After 2020-01-01 (0x01D5C03669C94000). */
	assert_true(ft_to_u64(now) > 0x01D5C03669C94000ULL);
}

/* ------------------------------------------------------------------ */

static const GUID thread_guid = {
    0x11223344,
    0x5566,
    0x7788,
    {0x99, 0xAA, 0xBB, 0xCC, 0xDD, 0xEE, 0xFF, 0x00}};

static void test_header_layout(void **state)
{
	static const uint8_t want[CONVIDX_HEADER_SIZE] = {
	    0x01, 0x01, 0xD9, 0xA2, 0xB3, 0xC4, 0x11, 0x22, 0x33, 0x44, 0x55,
	    0x66, 0x77, 0x88, 0x99, 0xAA, 0xBB, 0xCC, 0xDD, 0xEE, 0xFF, 0x00};
	uint8_t hdr[CONVIDX_HEADER_SIZE];

	(void)state;
	/* The 24 low bits of the time are dropped. */
	convidx_header(hdr, ft(0x01D9A2B3, 0xC4D5E6F7), &thread_guid);
	assert_memory_equal(hdr, want, sizeof(want));
	assert_ft(convidx_header_time(hdr), 0x01D9A2B3, 0xC4000000);
}

static void test_level_layout(void **state)
{
	uint8_t hdr[CONVIDX_HEADER_SIZE], lvl[CONVIDX_LEVEL_SIZE];
	FILETIME t0 = ft(0x01D9A2B3, 0xC4000000), later;

	(void)state;
	convidx_header(hdr, t0, &thread_guid);

	/* One hour later: DC 0, the delta >> 18 in 31 bits. */
	later = FtAddFt(t0, FtMulDwDw(3600, 10000000));
	convidx_level(lvl, hdr, later, 0x5A);
	{
		uint64_t d = 36000000000ULL >> 18;
		uint8_t want[5] = {(uint8_t)(d >> 24), (uint8_t)(d >> 16),
				   (uint8_t)(d >> 8), (uint8_t)d, 0x5A};

		assert_memory_equal(lvl, want, 5);
		assert_int_equal(lvl[0] & 0x80, 0);
	}

	/* Beyond 2^49 ticks (about 1.8 years): DC 1, the delta >> 23. */
	later = FtAddFt(t0, ft(0x00020000, 0));
	convidx_level(lvl, hdr, later, 0x01);
	{
		uint32_t d =
		    (uint32_t)((0x0002000000000000ULL >> 23) & 0x7FFFFFFF) |
		    0x80000000u;
		uint8_t want[5] = {(uint8_t)(d >> 24), (uint8_t)(d >> 16),
				   (uint8_t)(d >> 8), (uint8_t)d, 0x01};

		assert_memory_equal(lvl, want, 5);
	}

	/* A clock set back gives a zero delta. */
	convidx_level(lvl, hdr, ft(0x01000000, 0), 0x7F);
	assert_int_equal(lvl[0] | lvl[1] | lvl[2] | lvl[3], 0);
	assert_int_equal(lvl[4], 0x7F);
}

static void test_create_index(void **state)
{
	LPBYTE idx = NULL, reply = NULL, reply2 = NULL;
	ULONG cb = 0, cb2 = 0, cb3 = 0;
	uint64_t before = ft_to_u64(ft_now()) >> 24 << 24, t;

	(void)state;
	assert_int_equal(ScCreateConversationIndex(0, NULL, &cb, &idx), S_OK);
	assert_int_equal(cb, 22);
	assert_int_equal(idx[0], 0x01);
	t = ft_to_u64(convidx_header_time(idx));
	assert_true(t >= before && t <= ft_to_u64(ft_now()));
	/* A version-4 GUID: Data3's high nibble (byte 12, big-endian). */
	assert_int_equal(idx[12] & 0xF0, 0x40);
	assert_int_equal(idx[14] & 0xC0, 0x80);

	/* A reply: the parent's bytes and one 5-byte level. */
	assert_int_equal(ScCreateConversationIndex(cb, idx, &cb2, &reply),
			 S_OK);
	assert_int_equal(cb2, 27);
	assert_memory_equal(reply, idx, 22);
	assert_int_equal(reply[22] & 0x80, 0);
	/* A reply to the reply. */
	assert_int_equal(ScCreateConversationIndex(cb2, reply, &cb3, &reply2),
			 S_OK);
	assert_int_equal(cb3, 32);
	assert_memory_equal(reply2, reply, 27);
	MAPIFreeBuffer(reply2);
	MAPIFreeBuffer(reply);

	/* Two new threads differ (GUIDs). */
	assert_int_equal(ScCreateConversationIndex(0, NULL, &cb2, &reply),
			 S_OK);
	assert_memory_not_equal(reply + 6, idx + 6, 16);
	MAPIFreeBuffer(reply);

	/* Bad input. */
	assert_int_equal(ScCreateConversationIndex(21, idx, &cb2, &reply),
			 MAPI_E_INVALID_PARAMETER);
	assert_int_equal(ScCreateConversationIndex(22, NULL, &cb2, &reply),
			 MAPI_E_INVALID_PARAMETER);
	assert_int_equal(ScCreateConversationIndex(0, NULL, NULL, &reply),
			 MAPI_E_INVALID_PARAMETER);
	assert_int_equal(ScCreateConversationIndex(0, NULL, &cb2, NULL),
			 MAPI_E_INVALID_PARAMETER);
	MAPIFreeBuffer(idx);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
	    cmocka_unit_test(test_add_sub),
	    cmocka_unit_test(test_neg),
	    cmocka_unit_test(test_mul),
	    cmocka_unit_test(test_timespec),
	    cmocka_unit_test(test_header_layout),
	    cmocka_unit_test(test_level_layout),
	    cmocka_unit_test(test_create_index),
	};

	return cmocka_run_group_tests(tests, NULL, NULL);
}
