/*
 * localstore.h - the fixture of the tests/mapi programs that need one
 * local message store: MAPIInitialize, a store provisioned in a private
 * mkdtemp() directory for the calling principal and opened for writing,
 * and the reverse.  Header-only (static functions), for cmocka setup and
 * teardown functions.
 */
#ifndef MAPIX_TESTS_LOCALSTORE_H
#define MAPIX_TESTS_LOCALSTORE_H

#include <stdio.h>
#include <stdlib.h>

#include <mapix.h>
#include <mapixsec.h>

#include "mapistore.h"

struct localstore {
	char dir[64];
	char path[96];
	char principal[MAPIX_PRINCIPAL_NAME_MAX + 1];
	struct mapistore_local params;
	LPMDB store;
};

/* 0, or -1 when a step failed.  uid_byte tells the tests' stores apart. */
static inline int localstore_open(struct localstore *ls, const char *name,
				  unsigned char uid_byte)
{
	const char *error = NULL;
	int i;

	if (MAPIInitialize(NULL) != S_OK)
		return -1;
	snprintf(ls->dir, sizeof(ls->dir), "/tmp/mapix-%s-XXXXXX", name);
	if (mkdtemp(ls->dir) == NULL)
		return -1;
	snprintf(ls->path, sizeof(ls->path), "%s/store.db", ls->dir);
	if (MapixGetTokenName(NULL, ls->principal, sizeof(ls->principal)) !=
	    S_OK)
		return -1;
	if (mapistore_local_provision(ls->path, ls->principal,
				      &ls->params.mailbox_guid, &error) != 0)
		return -1;
	for (i = 0; i < 16; i++)
		ls->params.provider_uid.ab[i] = (BYTE)(uid_byte + i);
	ls->params.path = ls->path;
	ls->params.principal = ls->principal;
	ls->params.display_name = name;
	return mapistore_local_open(&ls->params, MDB_WRITE, &ls->store) == S_OK
		   ? 0
		   : -1;
}

/* Releases the store, uninitializes and removes the directory. */
static inline int localstore_close(struct localstore *ls)
{
	char cmd[128];

	if (ls->store != NULL)
		IMsgStore_Release(ls->store);
	ls->store = NULL;
	MAPIUninitialize();
	snprintf(cmd, sizeof(cmd), "rm -rf '%s'", ls->dir);
	return system(cmd) == 0 ? 0 : -1;
}

#endif
