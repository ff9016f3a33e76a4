/*
 * message.h - IMessage and IAttach over store-ops messages (message.c).
 */
#ifndef MAPIX_MAPI_MESSAGE_H
#define MAPIX_MAPI_MESSAGE_H

#include <stdbool.h>

#include "msgstore.h"

/*
 * Opens saved message mid of folder fid (0: any folder) as an IMessage:
 * 0 or the store ops' -errno.
 */
int message_open(struct mstore *st, storeops_id_t fid, storeops_id_t mid,
		 bool writable, IMessage **msg_r);
/* A new message in folder fid (flags MAPI_ASSOCIATED). */
int message_create(struct mstore *st, storeops_id_t fid, ULONG flags,
		   IMessage **msg_r);

#endif
