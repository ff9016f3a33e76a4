/*
 * eid.h - the bytes of mapix entry IDs, record keys and source keys.
 *
 * Folder and message entry IDs follow [MS-OXCDATA] 2.2.4.1/2.2.4.2:
 *
 *   folder (46):  flags(4)=0 | provider UID(16) | type(2) |
 *                 database GUID(16) | GLOBCNT(6) | pad(2)=0
 *   message (70): the folder part with type eitLTPrivateMessage, then
 *                 database GUID(16) | GLOBCNT(6) | pad(2)=0 of the message
 *
 * The provider UID is EID_PROVIDER_UID, a fixed constant of mapix's store
 * engine (the client layer registers it with the session, so OpenEntry
 * finds the store); the database GUID is chosen at random when a mailbox
 * is provisioned, so IDs of different mailboxes never collide.  GLOBCNT is
 * big-endian, as [MS-OXCFXICS] gives it (so keys sort by counter).
 *
 * The store entry ID has the shape of [MS-OXCDATA] 2.2.4.3: the MAPI
 * store-wrap UID, version 0, flag 0, a 14-byte DLL name ("mapix"), wrapped
 * flags 0, the wrapped provider UID EID_STORE_PROVIDER_UID (MAPIX_LOCAL's
 * PR_MDB_PROVIDER from mapisvc.inf), wrapped type 0x0C (home logon, take
 * ownership), then a NUL-terminated server name and a NUL-terminated
 * mailbox DN "/o=mapix/cn=<mailbox GUID in hex>".
 *
 * Every parser checks every length before it reads.
 */
#ifndef MAPIX_ENGINE_EID_H
#define MAPIX_ENGINE_EID_H

#include <stddef.h>
#include <stdint.h>

#include <mapidefs.h>

#define EID_FOLDER_SIZE     46
#define EID_MESSAGE_SIZE    70
#define EID_SOURCE_KEY_SIZE 22
#define EID_STORE_MAX       256

/* Object types of [MS-OXCDATA] 2.2.4 (little-endian in the ID). */
#define EID_TYPE_PRIVATE_FOLDER  0x0001
#define EID_TYPE_PRIVATE_MESSAGE 0x0007

/* Largest GLOBCNT (48 bits). */
#define EID_GLOBCNT_MAX 0xFFFFFFFFFFFFull

extern const uint8_t EID_PROVIDER_UID[16];
extern const uint8_t EID_STORE_PROVIDER_UID[16];

void eid_folder(const GUID *db, uint64_t fid, uint8_t out[EID_FOLDER_SIZE]);
void eid_message(const GUID *db, uint64_t fid, uint64_t mid,
		 uint8_t out[EID_MESSAGE_SIZE]);
/* Database GUID + GLOBCNT: PR_SOURCE_KEY, and the XID of a change key. */
void eid_source_key(const GUID *db, uint64_t id,
		    uint8_t out[EID_SOURCE_KEY_SIZE]);

/*
 * Decodes a folder or message entry ID.  Sets *type_r (EID_TYPE_*), the
 * database GUID, *fid_r and *mid_r (0 for folders).  Returns 0 or -EINVAL
 * (wrong size, flags, provider UID, type, padding, a GLOBCNT of 0).
 */
int eid_parse(const void *eid, size_t len, unsigned int *type_r, GUID *db_r,
	      uint64_t *fid_r, uint64_t *mid_r);

/* Builds the store entry ID; returns its length (<= EID_STORE_MAX). */
size_t eid_store(const GUID *mailbox, const char *server,
		 uint8_t out[EID_STORE_MAX]);
/* Decodes a store entry ID made by eid_store: 0 or -EINVAL. */
int eid_store_parse(const void *eid, size_t len, GUID *mailbox_r);

#endif
