/*
 * errmap.c - the errno -> HRESULT map (see errmap.h): the table generated
 * from spec/errmap.def and its look-ups.
 *
 * Look-ups run only on failures, so the table is searched in order; a
 * success (0 or a positive count) returns before it.
 */
#include "errmap.h"

#include <errno.h>

/* @generated-begin errmap: do not edit; see scripts/mapigen.py */
/* clang-format off */
const struct errmap_row errmap_rows[] = {
	/* an operation the caller may not do: a kernel refusal, a disabled principal, a read-only object */
	{EPERM, "EPERM", MAPI_E_NO_ACCESS, STG_E_ACCESSDENIED},
	/* permission denied: file modes, folder rights (ACLs), a directory the thread cannot read */
	{EACCES, "EACCES", MAPI_E_NO_ACCESS, STG_E_ACCESSDENIED},
	/* a read-only database or file system: writing is refused as for a read-only object */
	{EROFS, "EROFS", MAPI_E_NO_ACCESS, STG_E_ACCESSDENIED},
	/* the engine's and the client objects' code for an entry ID of another store or of nothing (engine.h); for a stream, a handle not open for writing */
	{EBADF, "EBADF", MAPI_E_INVALID_ENTRYID, STG_E_ACCESSDENIED},
	/* no such object, property, profile, service, principal or file */
	{ENOENT, "ENOENT", MAPI_E_NOT_FOUND, 0},
	/* a path through something that is not a folder: nothing is there */
	{ENOTDIR, "ENOTDIR", MAPI_E_NOT_FOUND, 0},
	/* the name is taken (a folder, profile, service or principal) */
	{EEXIST, "EEXIST", MAPI_E_COLLISION, 0},
	/* a folder with subfolders deleted without DEL_FOLDERS (engine.h) */
	{ENOTEMPTY, "ENOTEMPTY", MAPI_E_HAS_FOLDERS, 0},
	/* a folder moved or copied below itself (engine.h) */
	{ELOOP, "ELOOP", MAPI_E_FOLDER_CYCLE, 0},
	/* the object was deleted since it was opened */
	{EIDRM, "EIDRM", MAPI_E_OBJECT_DELETED, 0},
	/* a save that lost to another save of the same object (engine.h) */
	{ESTALE, "ESTALE", MAPI_E_OBJECT_CHANGED, 0},
	/* a locked database (SQLITE_BUSY) or a limit of the broker reached: try again later */
	{EBUSY, "EBUSY", MAPI_E_BUSY, 0},
	/* nothing available yet (a non-blocking read, a lock file that keeps changing): try again later */
	{EAGAIN, "EAGAIN", MAPI_E_BUSY, 0},
	/* a malformed argument or value */
	{EINVAL, "EINVAL", MAPI_E_INVALID_PARAMETER, STG_E_INVALIDPARAMETER},
	/* a name or path argument longer than allowed */
	{ENAMETOOLONG, "ENAMETOOLONG", MAPI_E_INVALID_PARAMETER, STG_E_INVALIDPARAMETER},
	/* a folder named where a file is wanted */
	{EISDIR, "EISDIR", MAPI_E_INVALID_PARAMETER, 0},
	/* a string argument that is not valid UTF-8 or UTF-16 */
	{EILSEQ, "EILSEQ", MAPI_E_INVALID_PARAMETER, 0},
	/* a descriptor argument that is not a socket */
	{ENOTSOCK, "ENOTSOCK", MAPI_E_INVALID_PARAMETER, 0},
	/* a restriction, sort order or column set beyond the limits */
	{E2BIG, "E2BIG", MAPI_E_TOO_COMPLEX, 0},
	/* a value, file or stream larger than its limit */
	{EFBIG, "EFBIG", MAPI_E_TOO_BIG, STG_E_MEDIUMFULL},
	/* the object or store does not implement the operation (a newer format is EPROTO) */
	{ENOTSUP, "ENOTSUP", MAPI_E_NO_SUPPORT, 0},
	/* out of memory */
	{ENOMEM, "ENOMEM", MAPI_E_NOT_ENOUGH_MEMORY, STG_E_INSUFFICIENTMEMORY},
	/* the file system is full */
	{ENOSPC, "ENOSPC", MAPI_E_NOT_ENOUGH_DISK, STG_E_MEDIUMFULL},
	/* a mailbox or disk quota is exceeded */
	{EDQUOT, "EDQUOT", MAPI_E_STORE_FULL, STG_E_MEDIUMFULL},
	/* the process has no file descriptor left */
	{EMFILE, "EMFILE", MAPI_E_NOT_ENOUGH_RESOURCES, STG_E_TOOMANYOPENFILES},
	/* the system has no open file left */
	{ENFILE, "ENFILE", MAPI_E_NOT_ENOUGH_RESOURCES, STG_E_TOOMANYOPENFILES},
	/* a read or write of the disk failed */
	{EIO, "EIO", MAPI_E_DISK_ERROR, 0},
	/* damaged or foreign data: a database, profile file, property blob or entry ID that does not parse */
	{EBADMSG, "EBADMSG", MAPI_E_CORRUPT_DATA, 0},
	/* data of a newer format than this mapix reads (a database schema, a profile file) */
	{EPROTO, "EPROTO", MAPI_E_VERSION, 0},
	/* the other end (broker, front end, worker) closed the session */
	{ESHUTDOWN, "ESHUTDOWN", MAPI_E_END_OF_SESSION, 0},
	/* the connection broke while writing */
	{EPIPE, "EPIPE", MAPI_E_NETWORK_ERROR, 0},
	/* the connection was reset by the other end */
	{ECONNRESET, "ECONNRESET", MAPI_E_NETWORK_ERROR, 0},
	/* nothing listens where the connection was made to */
	{ECONNREFUSED, "ECONNREFUSED", MAPI_E_NETWORK_ERROR, 0},
	/* a connection that is not (or no longer) made */
	{ENOTCONN, "ENOTCONN", MAPI_E_NETWORK_ERROR, 0},
	/* the other end did not answer in time */
	{ETIMEDOUT, "ETIMEDOUT", MAPI_E_TIMEOUT, 0},
	/* the call was cancelled from another thread (MapixCancelCall) */
	{ECANCELED, "ECANCELED", MAPI_E_USER_CANCEL, 0},
};

const size_t errmap_count = sizeof(errmap_rows) / sizeof(errmap_rows[0]);
/* clang-format on */
/* @generated-end errmap */

const struct errmap_row *errmap_find(int err)
{
	for (size_t i = 0; i < errmap_count; i++)
		if (-errmap_rows[i].err == err)
			return &errmap_rows[i];
	return NULL;
}

HRESULT errmap_hr_or(int err, HRESULT fallback)
{
	const struct errmap_row *row;

	if (err >= 0)
		return S_OK;
	row = errmap_find(err);
	return row != NULL ? row->hr : fallback;
}

HRESULT errmap_hr(int err)
{
	return errmap_hr_or(err, MAPI_E_CALL_FAILED);
}

HRESULT errmap_stg(int err, HRESULT fallback)
{
	const struct errmap_row *row;

	if (err >= 0)
		return S_OK;
	row = errmap_find(err);
	return row != NULL && row->stg != 0 ? row->stg : fallback;
}
