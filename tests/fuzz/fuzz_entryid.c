/*
 * fuzz_entryid.c - libFuzzer target for the engine's entry-ID parsers
 * (src/engine/eid.c): folder and message entry IDs and the store entry ID.
 *
 * What must hold for any input (abort() otherwise):
 * - eid_parse() returns 0 or -EINVAL, and on success the input is 46 or 70
 *   bytes and building the ID again from what it decoded gives the very
 *   same bytes;
 * - eid_store_parse() returns 0 or -EINVAL, and on success building a store
 *   ID for the decoded mailbox GUID with the same server name gives the
 *   input back.
 */
#include <errno.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "eid.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	uint8_t again[EID_STORE_MAX];
	unsigned int type;
	uint64_t fid, mid;
	GUID db;
	int ret;

	ret = eid_parse(data, size, &type, &db, &fid, &mid);
	if (ret != 0 && ret != -EINVAL)
		abort();
	if (ret == 0) {
		if (size == EID_FOLDER_SIZE && type == EID_TYPE_PRIVATE_FOLDER)
			eid_folder(&db, fid, again);
		else if (size == EID_MESSAGE_SIZE &&
			 type == EID_TYPE_PRIVATE_MESSAGE)
			eid_message(&db, fid, mid, again);
		else
			abort();
		if (memcmp(again, data, size) != 0)
			abort();
	}
	ret = eid_store_parse(data, size, &db);
	if (ret != 0 && ret != -EINVAL)
		abort();
	if (ret == 0) {
		char server[EID_STORE_MAX];
		size_t n = strnlen((const char *)data + 60, size - 60);

		memcpy(server, data + 60, n);
		server[n] = 0;
		if (eid_store(&db, server, again) != size ||
		    memcmp(again, data, size) != 0)
			abort();
	}
	return 0;
}
