/*
 * fuzz_oneoff.c - libFuzzer target for the address book's entry ID
 * parsers (src/mapi/oneoff.c, src/mapi/abeid.c), which read entry IDs
 * that programs hand to IAddrBook::OpenEntry, CompareEntryIDs and
 * PrepareRecips.
 *
 * What must hold for any input (abort() otherwise):
 * - oneoff_parse() returns 0, -ENOENT, -EINVAL or -ENOMEM; on success
 *   the type and address are not empty, and building a one-off from what
 *   it decoded (same flags) and parsing that gives the same strings;
 *   parsing without an output agrees;
 * - abeid_parse() returns 0, -ENOENT or -EINVAL; on success building the
 *   ID again from what it decoded gives the very same bytes;
 * - no input is both kinds.
 */
#include <errno.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include <mapix.h>

#include "abeid.h"
#include "oneoff.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

static void check_oneoff(const uint8_t *data, size_t size)
{
	struct oneoff o, again;
	LPENTRYID eid = NULL;
	ULONG cb = 0;
	int ret = oneoff_parse(data, size, &o);

	if (ret != 0 && ret != -ENOENT && ret != -EINVAL && ret != -ENOMEM)
		abort();
	if (oneoff_parse(data, size, NULL) != ret && ret != -ENOMEM)
		abort();
	if (ret != 0)
		return;
	if (o.type[0] == '\0' || o.address[0] == '\0')
		abort();
	ret = oneoff_build(o.name, o.type, o.address, o.flags, NULL, &cb, &eid);
	if (ret == 0) {
		if (oneoff_parse(eid, cb, &again) != 0)
			abort();
		if (strcmp(o.name, again.name) != 0 ||
		    strcmp(o.type, again.type) != 0 ||
		    strcmp(o.address, again.address) != 0 ||
		    o.flags != again.flags)
			abort();
		oneoff_free(&again);
		MAPIFreeBuffer(eid);
	} else if (ret != -ENOMEM) {
		abort();
	}
	oneoff_free(&o);
}

static void check_abeid(const uint8_t *data, size_t size)
{
	char name[DIR_NAME_MAX + 1];
	enum abeid_type type;
	LPENTRYID eid = NULL;
	ULONG cb = 0;
	int ret = abeid_parse(data, size, &type, name);

	if (ret != 0 && ret != -ENOENT && ret != -EINVAL)
		abort();
	if (ret != 0)
		return;
	if (oneoff_parse(data, size, NULL) != -ENOENT)
		abort();
	ret = abeid_build(type, type == ABEID_MAILUSER ? name : NULL, NULL, &cb,
			  &eid);
	if (ret == -ENOMEM)
		return;
	if (ret != 0 || cb != size || memcmp(eid, data, size) != 0)
		abort();
	MAPIFreeBuffer(eid);
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	check_oneoff(data, size);
	check_abeid(data, size);
	return 0;
}
