/*
 * dir_internal.h - what the directory layer's own files share and nobody
 * else needs: the registries of backend tables (the main one in
 * directory.c, the admin one in dir_admin.c, the auth one in dir_auth.c,
 * all made with the functions below) and the -EOPNOTSUPP message.
 */
#ifndef MAPIX_DIRECTORY_DIR_INTERNAL_H
#define MAPIX_DIRECTORY_DIR_INTERNAL_H

#include <pthread.h>
#include <stdbool.h>

#include "directory_backend.h"

#define DIR_REGISTRY_MAX 8

/*
 * Tables registered by name.  A registry adds its built-in tables (with
 * dir_registry_add_locked()) the first time it is used.
 */
struct dir_registry {
	pthread_mutex_t lock;
	void (*add_builtins)(struct dir_registry *reg);
	bool builtins_done;
	unsigned int count;
	const char *names[DIR_REGISTRY_MAX];
	const void *tables[DIR_REGISTRY_MAX];
};

#define DIR_REGISTRY_INIT(add_builtins_fn)                                     \
	{                                                                      \
		.lock = PTHREAD_MUTEX_INITIALIZER,                             \
		.add_builtins = (add_builtins_fn)                              \
	}

/*
 * Adds table under name (both must outlive the process).  0, -EEXIST when
 * the name is taken, -ENOSPC when the registry is full.  The _locked form
 * is for add_builtins, which runs with the lock held.
 */
int dir_registry_add(struct dir_registry *reg, const char *name,
		     const void *table);
int dir_registry_add_locked(struct dir_registry *reg, const char *name,
			    const void *table);

/* The table registered under name, or NULL (also for name NULL). */
const void *dir_registry_find(struct dir_registry *reg, const char *name);

/*
 * Fails with -EOPNOTSUPP: "the <backend> directory cannot <what>".
 */
int dir_unsupported(const struct directory *dir, const char **error_r,
		    const char *what);

#endif
