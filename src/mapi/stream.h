/*
 * stream.h - IStream over a store-ops property stream (stream.c).
 */
#ifndef MAPIX_MAPI_STREAM_H
#define MAPIX_MAPI_STREAM_H

#include <stdbool.h>

#include "msgstore.h"

/* Where a stream's property lives: a message or an attachment. */
struct stream_owner {
	struct storeops_msg *msg; /* or NULL */
	struct storeops_att *att; /* or NULL */
	ULONG tag;
};

/*
 * Opens the stream of owner's property for parent (the IMessage or
 * IAttach object, which the stream keeps a reference on).  flags of
 * OpenProperty: MAPI_CREATE (write, starting empty), MAPI_MODIFY (write,
 * starting with the current value), neither (read).  Returns 0 or the
 * store ops' -errno (-ENOENT: no such property to read or modify).
 */
int stream_open(struct mstore *st, struct mapiobj *parent,
		const struct stream_owner *owner, ULONG flags,
		IStream **stream_r);

#endif
