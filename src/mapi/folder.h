/*
 * folder.h - IMAPIFolder over a folder of a store-ops mailbox (folder.c).
 */
#ifndef MAPIX_MAPI_FOLDER_H
#define MAPIX_MAPI_FOLDER_H

#include <stdbool.h>

#include "msgstore.h"

/*
 * Opens folder fid of st as an IMAPIFolder (one reference): 0, -ENOENT
 * when there is no such folder, -EACCES, -ENOMEM.
 */
int folder_open(struct mstore *st, storeops_id_t fid, bool writable,
		IMAPIFolder **folder_r);

#endif
