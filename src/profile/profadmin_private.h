/*
 * profadmin_private.h - what the files of the profile administration
 * objects share and nobody else sees:
 *
 *   profadmin.c       what all four objects share, and IProfAdmin
 *   profadmin_svc.c   IMsgServiceAdmin(2) and IProviderAdmin
 *   profadmin_sect.c  IProfSect
 */
#ifndef MAPIX_PROFILE_PROFADMIN_PRIVATE_H
#define MAPIX_PROFILE_PROFADMIN_PRIVATE_H

#include <mapix.h>

#include "mapisvc.h"
#include "objbase.h"
#include "profadmin.h"

#define PROFADMIN_MAGIC 0x4d505041u /* "MPPA" */
#define SVCADMIN_MAGIC  0x4d505341u /* "MPSA" */
#define PROVADMIN_MAGIC 0x4d505641u /* "MPVA" */
#define PROFSECT_MAGIC  0x4d505053u /* "MPPS" */

/*
 * An HRESULT for the errno of a profile operation.  exists is what a
 * taken name means for this call (MAPI_E_NO_ACCESS for CreateProfile, as
 * Windows documents).
 */
HRESULT profadmin_hr(int err, HRESULT exists);
/* Records the failure err of what on b; returns its HRESULT. */
HRESULT profadmin_fail_errno(struct objbase *b, int err, HRESULT exists,
			     const char *what, const char *error);
/*
 * A string argument as UTF-8: LPTSTR is WCHAR * with MAPI_UNICODE in
 * flags, else 8-bit (UTF-8).  NULL stays NULL.  Returns S_OK with an
 * alloc_malloc()ed copy in *out_r, or a failure recorded on b.
 */
HRESULT profadmin_arg_string(struct objbase *b, const void *s, ULONG flags,
			     const char *what, char **out_r);
/* profadmin_table() for an object's method: a failure is recorded. */
HRESULT profadmin_make_table(struct objbase *b, LPSRowSet rows,
			     const ULONG *columns, ULONG ncolumns, ULONG flags,
			     LPMAPITABLE *table_r);
/* Loads the service catalog at path ("" and the reason after the NUL
 * when there is none); a failure names its path. */
HRESULT profadmin_load_catalog(struct objbase *b, const char *path,
			       struct mapisvc **cat_r);

/* A new IMsgServiceAdmin on the profile file at path, with an IProfAdmin's
 * catalog buffer (PATH_MAX bytes). */
HRESULT profadmin_svc_new(const char *path, const char *catalog,
			  LPSERVICEADMIN *admin_r);

#endif
