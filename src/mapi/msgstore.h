/*
 * msgstore.h - IMsgStore over a store-ops mailbox (msgstore.c), and what
 * the other store objects use of it: the mailbox, the store entry ID, and
 * OpenEntry.
 */
#ifndef MAPIX_MAPI_MSGSTORE_H
#define MAPIX_MAPI_MSGSTORE_H

#include <stdbool.h>

#include "mapiobj.h"
#include "storeops.h"

struct mstore_advise;

struct mstore {
	struct mapiobj obj;
	/* The mailbox: every call goes through its wrappers. */
	struct storeops_mailbox mb;
	uint8_t eid[STOREEID_SIZE];
	ULONG open_flags; /* MDB_WRITE, ... */
	bool writable;
	/* Guarded by the mailbox's lock, under which events arrive. */
	struct mstore_advise *advises;
	ULONG_PTR next_conn;
};

/* The lock of the mailbox's calls, for the subscription lists of the
 * objects (events are delivered under it). */
void mstore_lock(struct mstore *st);
void mstore_unlock(struct mstore *st);

/*
 * Replaces the engine's store entry IDs in props (PR_STORE_ENTRYID, and
 * PR_ENTRYID when is_store) with the store's own, allocated with
 * MAPIAllocateMore on base.  Returns 0, 1 when a value is PT_ERROR, or
 * -ENOMEM.
 */
int mstore_fix_props(struct mstore *st, bool is_store, ULONG count,
		     SPropValue *props, void *base);

/* Whether the caller's flags (MAPI_MODIFY, MAPI_BEST_ACCESS) give write
 * access; -EACCES when MAPI_MODIFY asks for it on a read-only store. */
int mstore_want_write(struct mstore *st, ULONG flags, bool *write_r);

/*
 * OpenEntry of IMsgStore and IMAPIFolder: cb 0 / eid NULL is the root
 * folder; folder and message IDs of this store; the store's own entry
 * ID is the store.  Failures are recorded on caller.
 */
HRESULT mstore_open_entry(struct mstore *st, struct mapiobj *caller, ULONG cb,
			  const ENTRYID *eid, LPCIID iface, ULONG flags,
			  ULONG *type_r, LPUNKNOWN *unk_r);

/*
 * The folder/message IDs of an entry ID of this store: 0, -EINVAL (not
 * such an ID), -EBADF (an ID of another store), or the errno of a store
 * that failed.
 */
int mstore_parse_eid(struct mstore *st, ULONG cb, const ENTRYID *eid,
		     ULONG *type_r, storeops_id_t *fid_r, storeops_id_t *mid_r);

/*
 * An entry ID argument of caller's method what, which must name a folder
 * or a message of this store (want: MAPI_FOLDER, MAPI_MESSAGE, or 0 for
 * either; type_r may be NULL): S_OK with its IDs, or, recorded on caller,
 * MAPI_E_INVALID_ENTRYID for anything else or the failure of the store.
 */
HRESULT mstore_eid_arg(struct mstore *st, struct mapiobj *caller, ULONG cb,
		       const ENTRYID *eid, ULONG want, const char *what,
		       ULONG *type_r, storeops_id_t *fid_r,
		       storeops_id_t *mid_r);

#endif
