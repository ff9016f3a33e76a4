/*
 * abeid.h - entry IDs of mapix's address book (the directory provider).
 *
 *   offset  size  field
 *   0       4     abFlags, 0 (long-term)
 *   4       16    the provider UID ADDRBOOK_UID,
 *                 C9AF1A05-7EF6-42A3-8330-A7008135855E (random, fixed)
 *   20      1     version, ABEID_VERSION (1)
 *   21      1     type: ABEID_ROOT, ABEID_DIRECTORY or ABEID_MAILUSER
 *   22      2     reserved, 0
 *   24      var   ABEID_MAILUSER only: the principal's name, 1..64 bytes
 *                 of [A-Za-z0-9._@-] (dir_name_valid), then one 0 byte
 *
 * The containers' IDs are the 24-byte header alone.  A mail user's ID
 * names the principal, not a row: it stays valid while the principal
 * exists and follows renames of the display name.
 */
#ifndef MAPIX_MAPI_ABEID_H
#define MAPIX_MAPI_ABEID_H

#include <stddef.h>

#include <mapidefs.h>

#include "directory.h"

#define ABEID_VERSION     1
#define ABEID_HEADER_SIZE 24

enum abeid_type {
	ABEID_ROOT = 0,      /* the root container (OpenEntry of NULL) */
	ABEID_DIRECTORY = 1, /* the directory's container */
	ABEID_MAILUSER = 2,  /* one principal */
};

extern const MAPIUID addrbook_uid;

/*
 * Builds the entry ID of type (name: the principal, for ABEID_MAILUSER
 * only), allocated with MAPIAllocateMore on more, or MAPIAllocateBuffer
 * when more is NULL.  0, -EINVAL for an invalid name, or -ENOMEM.
 */
int abeid_build(enum abeid_type type, const char *name, void *more, ULONG *cb_r,
		LPENTRYID *eid_r);

/*
 * Decodes an entry ID of cb bytes: 0 with *type_r and, for a mail user,
 * the principal's name in name_r; -ENOENT when it is not an ID of this
 * provider (NULL, too short for abFlags and the UID, another UID);
 * -EINVAL when it has the UID but is malformed.
 */
int abeid_parse(const void *eid, size_t cb, enum abeid_type *type_r,
		char name_r[DIR_NAME_MAX + 1]);

#endif
