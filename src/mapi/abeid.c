/*
 * abeid.c - the address book's entry IDs (abeid.h): builder and
 * defensive parser.
 */
#include "abeid.h"

#include <errno.h>
#include <string.h>

#include <mapix.h>

const MAPIUID addrbook_uid = {{0xC9, 0xAF, 0x1A, 0x05, 0x7E, 0xF6, 0x42, 0xA3,
			       0x83, 0x30, 0xA7, 0x00, 0x81, 0x35, 0x85, 0x5E}};

int abeid_build(enum abeid_type type, const char *name, void *more, ULONG *cb_r,
		LPENTRYID *eid_r)
{
	size_t size = ABEID_HEADER_SIZE, len = 0;
	uint8_t *buf = NULL;
	SCODE sc;

	*cb_r = 0;
	*eid_r = NULL;
	if (type == ABEID_MAILUSER) {
		if (name == NULL || !dir_name_valid(name))
			return -EINVAL;
		len = strlen(name);
		size += len + 1;
	} else if (type != ABEID_ROOT && type != ABEID_DIRECTORY) {
		return -EINVAL;
	}
	sc = more != NULL ? MAPIAllocateMore((ULONG)size, more, (LPVOID *)&buf)
			  : MAPIAllocateBuffer((ULONG)size, (LPVOID *)&buf);
	if (sc != S_OK)
		return -ENOMEM;
	memset(buf, 0, ABEID_HEADER_SIZE);
	memcpy(buf + 4, addrbook_uid.ab, sizeof(addrbook_uid.ab));
	buf[20] = ABEID_VERSION;
	buf[21] = (uint8_t)type;
	if (type == ABEID_MAILUSER)
		memcpy(buf + ABEID_HEADER_SIZE, name, len + 1);
	*cb_r = (ULONG)size;
	*eid_r = (LPENTRYID)buf;
	return 0;
}

int abeid_parse(const void *eid, size_t cb, enum abeid_type *type_r,
		char name_r[DIR_NAME_MAX + 1])
{
	static const uint8_t zero[4];
	const uint8_t *p = eid;
	size_t len;

	if (p == NULL || cb < 20 ||
	    memcmp(p + 4, addrbook_uid.ab, sizeof(addrbook_uid.ab)) != 0)
		return -ENOENT;
	if (cb < ABEID_HEADER_SIZE || memcmp(p, zero, 4) != 0 ||
	    p[20] != ABEID_VERSION || p[22] != 0 || p[23] != 0)
		return -EINVAL;
	switch (p[21]) {
	case ABEID_ROOT:
	case ABEID_DIRECTORY:
		if (cb != ABEID_HEADER_SIZE)
			return -EINVAL;
		*type_r = (enum abeid_type)p[21];
		name_r[0] = '\0';
		return 0;
	case ABEID_MAILUSER:
		break;
	default:
		return -EINVAL;
	}
	/* name, 0, nothing after */
	len = cb - ABEID_HEADER_SIZE;
	if (len < 2 || len > DIR_NAME_MAX + 1 || p[cb - 1] != 0 ||
	    memchr(p + ABEID_HEADER_SIZE, 0, len - 1) != NULL)
		return -EINVAL;
	memcpy(name_r, p + ABEID_HEADER_SIZE, len);
	if (!dir_name_valid(name_r)) {
		name_r[0] = '\0';
		return -EINVAL;
	}
	*type_r = ABEID_MAILUSER;
	return 0;
}
