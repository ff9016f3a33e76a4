/*
 * fuzz_rtfcomp.c - libFuzzer target for compressed RTF (src/core/rtfcomp.c)
 * and the RTF reader (src/core/rtftext.c), which read PR_RTF_COMPRESSED
 * values of messages from anywhere (stores, .msg files, the network).
 *
 * What must hold for any input (abort() otherwise):
 * - rtfcomp_decompress() returns 0, -EINVAL, -E2BIG or -ENOMEM, never
 *   writes more than RAWSIZE (header bytes 4..7) or the limit, and on
 *   success compressing its output and decompressing that gives the same
 *   bytes, in both the LZFu and the uncompressed form;
 * - compressing the raw input and decompressing it gives the input back;
 * - rtf_to_text() of either returns 0, -EINVAL or -ENOMEM, with a
 *   NUL-terminated text of the length it reports.
 */
#include <errno.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "alloc.h"
#include "rtfcomp.h"
#include "rtftext.h"

#define LIMIT (1u << 20)

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

static void check_round_trip(const uint8_t *raw, size_t len, int uncompressed)
{
	uint8_t *c = NULL, *d = NULL;
	size_t clen = 0, dlen = 0;
	int ret;

	ret = rtfcomp_compress(raw, len, uncompressed, &c, &clen, NULL);
	if (ret == -ENOMEM)
		return;
	if (ret != 0 || clen < RTFCOMP_HEADER_SIZE)
		abort();
	ret = rtfcomp_decompress(c, clen, len, &d, &dlen, NULL);
	if (ret != 0 && ret != -ENOMEM)
		abort();
	if (ret == 0 && (dlen != len || (len > 0 && memcmp(d, raw, len) != 0)))
		abort();
	alloc_free(c);
	alloc_free(d);
}

static void check_text(const uint8_t *rtf, size_t len)
{
	char *text = NULL;
	size_t tlen = 0;
	int ret = rtf_to_text((const char *)rtf, len, &text, &tlen);

	if (ret != 0 && ret != -EINVAL && ret != -ENOMEM)
		abort();
	if (ret == 0 && (text == NULL || strlen(text) > tlen || text[tlen]))
		abort();
	alloc_free(text);
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	uint8_t *out = NULL;
	size_t len = 0;
	uint32_t rawsize;
	int ret;

	ret = rtfcomp_decompress(data, size, LIMIT, &out, &len, NULL);
	if (ret != 0 && ret != -EINVAL && ret != -E2BIG && ret != -ENOMEM)
		abort();
	if (ret == 0) {
		rawsize = (uint32_t)data[4] | (uint32_t)data[5] << 8 |
			  (uint32_t)data[6] << 16 | (uint32_t)data[7] << 24;
		if (len > rawsize || len > LIMIT)
			abort();
		check_round_trip(out, len, 0);
		check_round_trip(out, len, 1);
		check_text(out, len);
		alloc_free(out);
	} else if (out != NULL) {
		abort();
	}
	if (size <= 65536)
		check_round_trip(data, size, 0);
	check_text(data, size);
	return 0;
}
