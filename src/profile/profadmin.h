/*
 * profadmin.h - the profile administration objects: IProfAdmin (from
 * MAPIAdminProfiles, declared in mapix.h), IMsgServiceAdmin and
 * IMsgServiceAdmin2 (one object), IProviderAdmin and IProfSect.
 *
 * They are thin: each method checks its object (objhdr.h), converts
 * strings (MAPI_UNICODE), runs one operation of profroot.h or profsvc.h
 * and turns its errno into the HRESULT Windows documents, with the
 * message for GetLastError.  Every change is one locked edit of the
 * profile file (proffile_edit) or of the profile root; nothing is cached
 * between calls, so two objects on one profile, in one process or two,
 * never overwrite each other's changes.
 *
 * Profile sections (IProfSect) write through: SetProps and DeleteProps
 * change the file at once and SaveChanges has nothing left to do.
 * Properties that hold passwords are refused (MAPI_E_NO_ACCESS): mapix
 * keeps no secrets in profiles.
 */
#ifndef MAPIX_PROFILE_PROFADMIN_H
#define MAPIX_PROFILE_PROFADMIN_H

#include <mapix.h>

/*
 * An IProfSect on the section uid of the profile file at path; writable
 * with MAPI_MODIFY in flags.  For the session layer too
 * (IMAPISession::OpenProfileSection).
 */
HRESULT profsect_open(const char *path, const MAPIUID *uid, ULONG flags,
		      LPPROFSECT *sect_r);

/*
 * An IMsgServiceAdmin on the profile file at path, with the service
 * catalog at catalog (IMAPISession::AdminServices).
 */
HRESULT profadmin_service_admin(const char *profile_path, const char *catalog,
				LPSERVICEADMIN *admin_r);

/*
 * A snapshot IMAPITable of rows (consumed: freed whatever happens)
 * indexed by PR_INSTANCE_KEY, whose default columns are columns (at most
 * 16; 8-bit string tags) -- with MAPI_UNICODE in flags the rows' 8-bit
 * strings and the columns become Unicode.  For the administration and
 * session tables.
 */
HRESULT profadmin_table(LPSRowSet rows, const ULONG *columns, ULONG ncolumns,
			ULONG flags, LPMAPITABLE *table_r);

#endif
