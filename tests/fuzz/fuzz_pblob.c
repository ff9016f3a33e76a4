/*
 * fuzz_pblob.c - libFuzzer target for the engine's property blob parser
 * (src/engine/pblob.c), which reads bytes from mailbox databases that may
 * be damaged.
 *
 * What must hold for any input (abort() otherwise):
 * - pblob_parse() returns 0, -EBADMSG or -ENOMEM;
 * - a parsed array encodes again to the very same bytes, and loads into a
 *   property bag;
 * - every block allocated through alloc_*() is freed again.
 */
#include <errno.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "alloc.h"
#include "pblob.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	long live = alloc_live();
	SPropValue *props = NULL;
	struct pbuf b = {0};
	struct pbag bag = {0};
	ULONG n;
	int ret;

	ret = pblob_parse(data, size, PBLOB_PLAIN, &n, &props);
	if (ret != 0 && ret != -EBADMSG && ret != -ENOMEM)
		abort();
	if (ret == 0) {
		if (size != 0) {
			if (pblob_write(&b, n, props) != 0 || b.len != size ||
			    memcmp(b.data, data, size) != 0)
				abort();
		}
		pbuf_free(&b);
		alloc_free(props);
		/* Duplicate property IDs collapse in a bag: only loading
		 * must work. */
		if (pbag_load(&bag, data, size) != 0)
			abort();
		pbag_clear(&bag);
	}
	if (alloc_live() != live)
		abort();
	return 0;
}
