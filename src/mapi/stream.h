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

/*
 * The tags, with their real types, of the owner's values too large for
 * GetProps (which reports them as PT_ERROR MAPI_E_NOT_ENOUGH_MEMORY), in a
 * MAPI buffer; *tags_r is NULL when the store ops cannot tell (a table of
 * version 1).  0 or a negative errno.
 */
int stream_large_tags(struct mstore *st, const struct stream_owner *owner,
		      SPropTagArray **tags_r);

/* Copies the value of from's property to to's (its tag, written anew and
 * committed) through the store ops' streams.  0 or a negative errno. */
int stream_copy_raw(struct mstore *st, const struct stream_owner *from,
		    const struct stream_owner *to);

/* Copies every large value (stream_large_tags) of from to to. */
int stream_copy_large(struct mstore *st, const struct stream_owner *from,
		      const struct stream_owner *to);

#endif
