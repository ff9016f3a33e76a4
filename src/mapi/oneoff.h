/*
 * oneoff.h - one-off entry IDs ([MS-OXCDATA] 2.2.5.1): an address that is
 * in no address book, written into the entry ID itself.
 *
 *   offset  size  field
 *   0       4     abFlags, 0 (long-term)
 *   4       16    MAPI_ONE_OFF_UID 812B1FA4BEA310199D6E00DD010F5402
 *   20      2     version, 0 (little-endian)
 *   22      2     flags, little-endian: MAPI_ONE_OFF_UNICODE (0x8000),
 *                 MAPI_ONE_OFF_NO_RICH_INFO (0x0001), format bits
 *   24      var   display name, address type, address: each terminated
 *                 by a 0 unit; UTF-16LE with MAPI_ONE_OFF_UNICODE, else
 *                 8-bit (UTF-8 for mapix)
 *
 * Used by IMAPISession::QueryIdentity and the address book
 * (CreateOneOff, ResolveName of SMTP addresses, OpenEntry).  The parser
 * reads entry IDs that programs hand in: it treats every byte as hostile.
 */
#ifndef MAPIX_MAPI_ONEOFF_H
#define MAPIX_MAPI_ONEOFF_H

#include <stddef.h>
#include <stdint.h>

#include <mapidefs.h>

/* Bytes before the strings. */
#define ONEOFF_HEADER_SIZE 24

/* A decoded one-off: the strings are UTF-8, alloc_malloc()ed. */
struct oneoff {
	char *name;
	char *type;
	char *address;
	uint16_t flags; /* MAPI_ONE_OFF_* and the format bits */
};

/*
 * Builds a one-off entry ID of name (may be ""), type and address (not
 * empty), all UTF-8, with flags (MAPI_ONE_OFF_UNICODE selects UTF-16LE).
 * The ID is allocated with MAPIAllocateMore on more, or with
 * MAPIAllocateBuffer when more is NULL.  Returns 0, -EINVAL for a NULL or
 * empty type or address or a string that is not UTF-8, or -ENOMEM.
 */
int oneoff_build(const char *name, const char *type, const char *address,
		 uint16_t flags, void *more, ULONG *cb_r, LPENTRYID *eid_r);

/*
 * Decodes a one-off entry ID of cb bytes.  Returns 0 (and fills *out
 * when out is not NULL; free it with oneoff_free), -ENOENT when the
 * bytes are not a one-off entry ID at all (NULL, shorter than abFlags
 * and the UID, another UID), -EINVAL when they carry the one-off UID but
 * are malformed (flags, version, a string not terminated within cb, an
 * empty type or address, trailing bytes, 8-bit text that is not UTF-8),
 * or -ENOMEM.
 */
int oneoff_parse(const void *eid, size_t cb, struct oneoff *out);

/* Frees the strings of a decoded one-off; a zeroed struct is a no-op. */
void oneoff_free(struct oneoff *o);

#endif
