/*
 * addrbook.h - the address book of a session (IMAPISession::
 * OpenAddressBook): IAddrBook over one provider, the directory of
 * principals (src/directory), with one-off addresses besides.
 *
 * Objects: the address book (IAddrBook); the root container (OpenEntry
 * of no entry ID) whose hierarchy is the one directory container; the
 * directory container (IABContainer, GetDefaultDir and the search path),
 * whose contents are the principals; mail users (IMailUser) of
 * principals and of one-off entry IDs.  Entry IDs: abeid.h, oneoff.h.
 *
 * A principal as a recipient: PR_ADDRTYPE "MAPIX", PR_EMAIL_ADDRESS its
 * principal name (as in IMAPISession::QueryIdentity), PR_SEARCH_KEY
 * "MAPIX:<NAME>".  The directory is read with the process's own
 * credentials (context_as_process), so a service acting for a user still
 * resolves names; when it cannot be read (no directory yet, a user who
 * may not read the state directory) the directory container is empty and
 * only one-off addresses resolve, and failures say why in GetLastError.
 * Nothing here shows UI: the dialog methods answer MAPI_E_NO_SUPPORT.
 */
#ifndef MAPIX_MAPI_ADDRBOOK_H
#define MAPIX_MAPI_ADDRBOOK_H

#include <mapidefs.h>
#include <mapix.h>

/*
 * A new address book for the calling thread's context: S_OK with
 * *ab_r, or MAPI_E_NOT_ENOUGH_MEMORY.
 */
HRESULT addrbook_new(LPADRBOOK *ab_r);

#endif
