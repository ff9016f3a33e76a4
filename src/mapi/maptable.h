/*
 * maptable.h - IMAPITable over a store-ops table (maptable.c).
 */
#ifndef MAPIX_MAPI_MAPTABLE_H
#define MAPIX_MAPI_MAPTABLE_H

#include "msgstore.h"

/*
 * Wraps t (taken over: closed on failure too) as an IMAPITable holding a
 * reference on parent (the folder or message it shows).  Returns 0 or
 * -ENOMEM.
 */
int maptable_new(struct mstore *st, struct mapiobj *parent,
		 struct storeops_table *t, IMAPITable **table_r);

/*
 * Makes a folder's table one that Advise can watch: its rows are the
 * table kind of folder fid (hierarchy tables watch every folder, since a
 * CONVENIENT_DEPTH table shows the subtree).  Tables of an open message
 * are snapshots and are not watched.
 */
void maptable_watch(IMAPITable *table, storeops_id_t fid,
		    enum storeops_table_kind kind);

#endif
