/*
 * engine_backend.c - the registry of storage backends (engine_backend.h).
 *
 * Process-global because backends are code, not state: a small fixed
 * array under a mutex, with the built-in "sqlite" backend always first.
 * The engine calls a backend only through the wrappers of ebk.c.
 */
#include "engine_backend.h"

#include <errno.h>
#include <pthread.h>
#include <string.h>

#define MAX_BACKENDS 8

static pthread_mutex_t registry_lock = PTHREAD_MUTEX_INITIALIZER;
static const struct engine_backend_ops *registry[MAX_BACKENDS] = {
    &engine_sqlite_backend};
static unsigned int registry_count = 1;

/*
 * Whether every method of version 1 is there.  Methods of later versions
 * are optional (ebk.h answers -ENOTSUP for a missing one), and are not
 * even read here: a backend of an older version has no such members.
 */
static bool ops_complete(const struct engine_backend_ops *o)
{
	return o->name && o->open && o->close && o->begin && o->commit &&
	       o->rollback && o->meta_get && o->meta_set && o->folder_put &&
	       o->folder_get && o->folder_children && o->folder_find &&
	       o->folder_delete && o->folder_counts && o->msg_put &&
	       o->msg_get && o->msg_delete && o->msg_embedded &&
	       o->msg_set_flags && o->msg_query && o->msg_count &&
	       o->msg_total_size && o->sub_put && o->sub_list &&
	       o->named_find && o->named_add && o->named_get && o->acl_get &&
	       o->acl_list && o->acl_set && o->acl_delete && o->audit_add &&
	       o->audit_list && o->receive_get && o->receive_set &&
	       o->receive_list && o->data_version && o->check && o->lob_new &&
	       o->lob_append && o->lob_attach && o->lob_detach &&
	       o->lob_drop_detached && o->lob_delete && o->lob_copy &&
	       o->lob_list && o->lob_gc && o->lob_open && o->lob_read &&
	       o->lob_close;
}

int engine_backend_register(const struct engine_backend_ops *ops)
{
	unsigned int i;
	int ret = 0;

	if (ops == NULL || ops->version == 0 ||
	    ops->version > ENGINE_BACKEND_VERSION || !ops_complete(ops))
		return -EINVAL;
	pthread_mutex_lock(&registry_lock);
	for (i = 0; i < registry_count; i++) {
		if (strcmp(registry[i]->name, ops->name) == 0) {
			ret = -EEXIST;
			break;
		}
	}
	if (ret == 0 && registry_count == MAX_BACKENDS)
		ret = -ENOSPC;
	if (ret == 0)
		registry[registry_count++] = ops;
	pthread_mutex_unlock(&registry_lock);
	return ret;
}

const struct engine_backend_ops *engine_backend_find(const char *name)
{
	const struct engine_backend_ops *found = NULL;
	unsigned int i;

	if (name == NULL)
		name = "sqlite";
	pthread_mutex_lock(&registry_lock);
	for (i = 0; i < registry_count; i++) {
		if (strcmp(registry[i]->name, name) == 0) {
			found = registry[i];
			break;
		}
	}
	pthread_mutex_unlock(&registry_lock);
	return found;
}
