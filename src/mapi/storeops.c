/*
 * storeops.c - the registry of store-ops tables, their error codes, and
 * the store entry IDs of local stores (see storeops.h for the layout).
 */
#include "storeops.h"

#include <errno.h>
#include <pthread.h>
#include <string.h>

#include "engine.h"

const MAPIUID storeeid_local_uid = {{0x3C, 0x7A, 0xCC, 0x59, 0x3E, 0x96, 0xEA,
				     0x1A, 0x7E, 0x3B, 0xBB, 0x42, 0xAC, 0x05,
				     0x37, 0xF6}};

#define STOREOPS_MAX 8

static pthread_mutex_t registry_lock = PTHREAD_MUTEX_INITIALIZER;
static const struct storeops *registry[STOREOPS_MAX];

int storeops_register(const struct storeops *ops)
{
	int i, ret = -ENOSPC;

	if (ops == NULL || ops->name == NULL || ops->name[0] == '\0' ||
	    ops->version != STOREOPS_VERSION)
		return -EINVAL;
	if (strcmp(ops->name, storeops_local.name) == 0)
		return -EEXIST;
	pthread_mutex_lock(&registry_lock);
	for (i = 0; i < STOREOPS_MAX; i++) {
		if (registry[i] != NULL &&
		    strcmp(registry[i]->name, ops->name) == 0) {
			ret = -EEXIST;
			break;
		}
		if (registry[i] == NULL) {
			registry[i] = ops;
			ret = 0;
			break;
		}
	}
	pthread_mutex_unlock(&registry_lock);
	return ret;
}

const struct storeops *storeops_find(const char *name)
{
	const struct storeops *found = NULL;
	int i;

	if (name == NULL)
		return NULL;
	if (strcmp(name, storeops_local.name) == 0)
		return &storeops_local;
	pthread_mutex_lock(&registry_lock);
	for (i = 0; i < STOREOPS_MAX && registry[i] != NULL; i++)
		if (strcmp(registry[i]->name, name) == 0) {
			found = registry[i];
			break;
		}
	pthread_mutex_unlock(&registry_lock);
	return found;
}

/* Every implementation speaks engine.h's codes, so its table applies. */
HRESULT storeops_hresult(int ret)
{
	return engine_hresult(ret);
}

void storeeid_build(const struct storeeid *id, uint8_t out[STOREEID_SIZE])
{
	memset(out, 0, 4);
	memcpy(out + 4, storeeid_local_uid.ab, 16);
	out[20] = STOREEID_VERSION;
	out[21] = 0;
	memcpy(out + 22, id->provider_uid.ab, 16);
	memcpy(out + 38, &id->mailbox_guid, 16);
}

int storeeid_parse(const void *eid, size_t len, struct storeeid *id_r)
{
	static const uint8_t zero[4];
	const uint8_t *p = eid;

	if (p == NULL || len != STOREEID_SIZE || memcmp(p, zero, 4) != 0 ||
	    memcmp(p + 4, storeeid_local_uid.ab, 16) != 0 ||
	    p[20] != STOREEID_VERSION || p[21] != 0)
		return -EINVAL;
	if (id_r != NULL) {
		memcpy(id_r->provider_uid.ab, p + 22, 16);
		memcpy(&id_r->mailbox_guid, p + 38, 16);
	}
	return 0;
}
