/*
 * worker_accept.c - MapixWorkerGetChannel and MapixWorkerAccept
 * (mapixsec.h): the worker library, linked into libmapix, with which a
 * program started by mapix-broker receives its front ends' connections.
 */
#include <errno.h>
#include <fcntl.h>
#include <limits.h>
#include <stdlib.h>
#include <sys/prctl.h>

#include <mapixsec.h>

#include "errmap.h"
#include "handover.h"

/*
 * MapixWorkerGetChannel
 *
 * PARAMS
 *  pfdChannel [O] the channel descriptor; -1 on failure
 *
 * RETURNS
 *  S_OK, MAPI_E_INVALID_PARAMETER (NULL), MAPI_E_NOT_FOUND (no valid
 *  $MAPIX_WORKER_FD, or it names no open descriptor).
 */
HRESULT MapixWorkerGetChannel(int *pfdChannel)
{
	const char *value;
	char *end;
	long fd;

	if (pfdChannel == NULL)
		return MAPI_E_INVALID_PARAMETER;
	*pfdChannel = -1;
	/* A worker holds other people's connections to its user's data:
	 * nothing of the same uid may reach into it. */
	(void)prctl(PR_SET_DUMPABLE, 0, 0, 0, 0);
	value = getenv(WORKER_CHANNEL_ENV);
	if (value == NULL || value[0] < '0' || value[0] > '9')
		return MAPI_E_NOT_FOUND;
	errno = 0;
	fd = strtol(value, &end, 10);
	if (errno != 0 || *end != '\0' || fd > INT_MAX)
		return MAPI_E_NOT_FOUND;
	if (fcntl((int)fd, F_GETFD) < 0)
		return MAPI_E_NOT_FOUND;
	*pfdChannel = (int)fd;
	return S_OK;
}

/*
 * MapixWorkerAccept
 *
 * PARAMS
 *  fdChannel [I] the channel to the broker, or -1 for the one of
 *                MapixWorkerGetChannel
 *  ulFlags   [I] 0
 *  lpfdConn  [O] the handed-over connection; -1 on failure
 *
 * RETURNS
 *  S_OK, MAPI_E_END_OF_SESSION (the broker closed the channel),
 *  MAPI_E_BUSY (non-blocking channel, nothing waiting),
 *  MAPI_E_CORRUPT_DATA (not a hand-over message), MAPI_E_UNKNOWN_FLAGS,
 *  MAPI_E_INVALID_PARAMETER (NULL lpfdConn, bad fdChannel),
 *  MAPI_E_NOT_FOUND (fdChannel -1 outside a broker's worker),
 *  another error of recvmsg as errmap.h maps it (MAPI_E_CALL_FAILED for
 *  one it does not list).
 */
HRESULT MapixWorkerAccept(int fdChannel, ULONG ulFlags, int *lpfdConn)
{
	HRESULT hr;
	int ret;

	if (lpfdConn == NULL)
		return MAPI_E_INVALID_PARAMETER;
	*lpfdConn = -1;
	if (ulFlags != 0)
		return MAPI_E_UNKNOWN_FLAGS;
	if (fdChannel == -1) {
		hr = MapixWorkerGetChannel(&fdChannel);
		if (hr != S_OK)
			return hr;
	} else if (fdChannel < 0) {
		return MAPI_E_INVALID_PARAMETER;
	}
	ret = handover_recv(fdChannel, lpfdConn);
	/* -EBADF is a channel that is no descriptor: a bad argument, not the
	 * entry ID the map means by it. */
	if (ret == -EBADF)
		return MAPI_E_INVALID_PARAMETER;
	return errmap_hr(ret);
}
