/*
 * fuzz_storeeid.c - libFuzzer target for the client layer's store entry
 * ID parser (src/mapi/storeops.c, the layout in storeops.h), which reads
 * entry IDs that programs hand to IMAPISession::OpenMsgStore/OpenEntry.
 *
 * What must hold for any input (abort() otherwise):
 * - storeeid_parse() returns 0 or -EINVAL, and on success the input is
 *   STOREEID_SIZE bytes and building the ID again from what it decoded
 *   gives the very same bytes;
 * - mapistore_entryid_provider() agrees with it and gives the same
 *   provider section UID.
 */
#include <errno.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "mapistore.h"
#include "storeops.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	uint8_t again[STOREEID_SIZE];
	struct storeeid id;
	MAPIUID uid;
	int ret, ret2;

	ret = storeeid_parse(data, size, &id);
	if (ret != 0 && ret != -EINVAL)
		abort();
	ret2 = mapistore_entryid_provider((ULONG)size, (const ENTRYID *)data,
					  &uid);
	if (ret2 != ret)
		abort();
	if (ret == 0) {
		if (size != STOREEID_SIZE)
			abort();
		storeeid_build(&id, again);
		if (memcmp(again, data, size) != 0)
			abort();
		if (memcmp(&uid, &id.provider_uid, sizeof(uid)) != 0)
			abort();
	}
	return 0;
}
