/*
 * fuzz_isotime.c - libFuzzer target for the ISO 8601 / RFC 3339 parser
 * of the time module (src/core/timeutil.c), which reads times typed on
 * the command line, sent by worker clients and kept in profile files.
 *
 * The first byte chooses the parser's flags, the rest is the text.  What
 * must hold for any input (abort() otherwise):
 * - time_parse_iso() returns 0, -EINVAL or -ERANGE, and leaves the
 *   FILETIME alone when it fails;
 * - more flags accept at least what fewer accept, with the same time;
 * - a time it read that ISO 8601 can write (up to 9999) formats, with and
 *   without the fraction flag, to text that the strict parser reads back
 *   as the same time, and that text is 20 to 28 characters of the form
 *   YYYY-MM-DDTHH:MM:SS[.fffffff]Z.
 */
#include <errno.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "timeutil.h"

#define ALL_FLAGS                                                              \
	(TIME_PARSE_LOWER | TIME_PARSE_SPACE | TIME_PARSE_PARTIAL |            \
	 TIME_PARSE_NO_ZONE | TIME_PARSE_OFFSET)
#define LAST_ISO_TICK 2650467743999999999ULL

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

static void check_format(FILETIME ft, unsigned int flags)
{
	char buf[TIME_ISO_SIZE];
	size_t len;
	FILETIME back = ft_from_u64(1);

	if (!time_format_iso(ft, flags, buf, sizeof(buf)))
		abort();
	len = strlen(buf);
	if ((len != 20 && len != 28) || buf[len - 1] != 'Z' || buf[10] != 'T')
		abort();
	if (time_parse_iso(buf, len, 0, &back) != 0 ||
	    ft_to_u64(back) != ft_to_u64(ft))
		abort();
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	const char *s = (const char *)data + 1;
	unsigned int flags;
	FILETIME ft = ft_from_u64(7), all = ft_from_u64(7);
	int ret, ret_all;

	if (size == 0)
		return 0;
	flags = data[0] & ALL_FLAGS;
	size--;
	ret = time_parse_iso(s, size, flags, &ft);
	if (ret != 0 && ret != -EINVAL && ret != -ERANGE)
		abort();
	if (ret != 0 && ft_to_u64(ft) != 7)
		abort();
	ret_all = time_parse_iso(s, size, ALL_FLAGS, &all);
	if (ret == 0 && (ret_all != 0 || ft_to_u64(all) != ft_to_u64(ft)))
		abort();
	if (ret == 0 && ft_to_u64(ft) <= LAST_ISO_TICK) {
		check_format(ft, 0);
		check_format(ft, TIME_ISO_FRACTION);
	}
	return 0;
}
