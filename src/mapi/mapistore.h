/*
 * mapistore.h - the message store objects of the client layer, as the
 * session (session.c) sees them.
 *
 * IMsgStore, IMAPIFolder, IMessage, IAttach, IMAPITable and IStream are
 * implemented once in src/mapi over a store-ops table (storeops.h): a
 * versioned table of functions with two implementations, the local
 * engine (src/engine, this issue) and, later, the wire client of mapixd.
 * Nothing in the objects knows which one it talks to.  The session only
 * needs what is declared here: provision a local store, open a store
 * from the profile's settings, and build and read store entry IDs.
 *
 * Local stores (the MAPIX_LOCAL service, the PST role): one mailbox
 * database in one file, PR_PST_PATH of the service's store provider
 * section.  The mailbox GUID is fixed when the file is provisioned and
 * kept in that profile section as PR_STORE_RECORD_KEY (16 bytes).  The
 * acting principal of every engine call is the session's context
 * principal, who is also the owner of a store it provisions.
 *
 * Store entry IDs (PR_ENTRYID of the stores table, PR_STORE_ENTRYID):
 * shaped as [MS-OXCDATA] 2.2.4.3 wants (4 flag bytes, then a provider
 * UID), carrying the profile's provider section UID so that the session
 * finds the provider section from an entry ID alone (OpenMsgStore,
 * OpenEntry).  The exact layout is documented in storeops.h next to its
 * builder and parser; the parser treats its input as hostile (fuzzed).
 *
 * Conventions: HRESULT functions follow MAPI; int functions return 0 or a
 * negative errno with a message (errmsg.h).
 */
#ifndef MAPIX_MAPI_MAPISTORE_H
#define MAPIX_MAPI_MAPISTORE_H

#include <mapidefs.h>
#include <mapix.h>

/* What the session knows of a local store, from the profile. */
struct mapistore_local {
	/* The database file (PR_PST_PATH of the provider section). */
	const char *path;
	/* PR_STORE_RECORD_KEY of the provider section. */
	GUID mailbox_guid;
	/* The acting principal: the session's context. */
	const char *principal;
	/* PR_PROVIDER_UID: the provider section of this store. */
	MAPIUID provider_uid;
	/* PR_DISPLAY_NAME of the provider section (the store's name). */
	const char *display_name;
};

/*
 * Makes sure a local store exists at path: opens it when the file exists
 * (any mailbox GUID), else creates and provisions it with a new mailbox
 * GUID and owner as its owner.  Returns 0 with the mailbox GUID in
 * *guid_r, or a negative errno: -EBADMSG for a file that is no mailbox,
 * -EPROTO for a newer schema, -EACCES, -ENOENT (missing directory).
 */
int mapistore_local_provision(const char *path, const char *owner, GUID *guid_r,
			      const char **error_r);

/*
 * Opens a local store as an IMsgStore (one reference for the caller).
 * flags: MDB_WRITE, MDB_NO_DIALOG, MDB_TEMPORARY, MDB_NO_MAIL,
 * MAPI_BEST_ACCESS, MAPI_DEFERRED_ERRORS (the IMSLogon-level flags of
 * IMAPISession::OpenMsgStore).  Returns S_OK, MAPI_E_NOT_FOUND (no file),
 * MAPI_E_CORRUPT_DATA, MAPI_E_VERSION, MAPI_E_NO_ACCESS, ... with a
 * message on the calling thread's record (objhdr_thread_seterr).
 */
HRESULT mapistore_local_open(const struct mapistore_local *params, ULONG flags,
			     LPMDB *store_r);

/* The store entry ID of a local store, in one MAPI buffer. */
HRESULT mapistore_local_entryid(const struct mapistore_local *params,
				ULONG *cb_r, LPENTRYID *eid_r);

/*
 * Reads the provider section UID out of a store entry ID made by
 * mapistore_local_entryid.  Returns 0, or -EINVAL for anything else.
 */
int mapistore_entryid_provider(ULONG cb, const ENTRYID *eid,
			       MAPIUID *provider_uid_r);

#endif
