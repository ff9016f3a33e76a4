/*
 * directory.c - the reading half of the directory API of directory.h, on
 * top of the backend table of directory_backend.h: the registries of
 * backend tables, opening and closing, lookups, listing and the change
 * counter, the name and display name rules, mailbox DNs, principals'
 * memory and the messages.  Everything a program that only reads
 * principals links; the write calls are in dir_admin.c and authentication
 * in dir_auth.c, so that such a program links neither.
 */
#include "dir_internal.h"

#include <errno.h>
#include <limits.h>
#include <pthread.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <sodium.h>

#include "alloc.h"
#include "errmsg.h"
#include "utf8.h"

int dir_verror(const char **error_r, int err, const char *fmt, va_list args)
{
	return errmsg_vset(error_r, err, fmt, args);
}

int dir_error(const char **error_r, int err, const char *fmt, ...)
{
	va_list args;

	va_start(args, fmt);
	err = dir_verror(error_r, err, fmt, args);
	va_end(args);
	return err;
}

/* ---------------------------------------------------------------------
 * Registries
 */

int dir_registry_add_locked(struct dir_registry *reg, const char *name,
			    const void *table)
{
	unsigned int i;

	for (i = 0; i < reg->count; i++) {
		if (strcmp(reg->names[i], name) == 0)
			return -EEXIST;
	}
	if (reg->count == DIR_REGISTRY_MAX)
		return -ENOSPC;
	reg->names[reg->count] = name;
	reg->tables[reg->count] = table;
	reg->count++;
	return 0;
}

/* Adds the built-in tables once; the caller holds reg->lock. */
static void registry_builtins_locked(struct dir_registry *reg)
{
	if (reg->builtins_done)
		return;
	reg->builtins_done = true;
	reg->add_builtins(reg);
}

int dir_registry_add(struct dir_registry *reg, const char *name,
		     const void *table)
{
	int ret;

	pthread_mutex_lock(&reg->lock);
	registry_builtins_locked(reg);
	ret = dir_registry_add_locked(reg, name, table);
	pthread_mutex_unlock(&reg->lock);
	return ret;
}

const void *dir_registry_find(struct dir_registry *reg, const char *name)
{
	const void *found = NULL;
	unsigned int i;

	if (name == NULL)
		return NULL;
	pthread_mutex_lock(&reg->lock);
	registry_builtins_locked(reg);
	for (i = 0; i < reg->count; i++) {
		if (strcmp(reg->names[i], name) == 0) {
			found = reg->tables[i];
			break;
		}
	}
	pthread_mutex_unlock(&reg->lock);
	return found;
}

static void backends_add_builtins(struct dir_registry *reg)
{
	(void)dir_registry_add_locked(reg, dir_sqlite_backend.name,
				      &dir_sqlite_backend);
	(void)dir_registry_add_locked(reg, dir_pam_backend.name,
				      &dir_pam_backend);
}

static struct dir_registry backends = DIR_REGISTRY_INIT(backends_add_builtins);

static bool backend_valid(const struct directory_backend *b)
{
	return b != NULL && b->version >= 1 && b->name != NULL &&
	       b->name[0] != '\0' && b->open != NULL && b->close != NULL &&
	       b->get != NULL;
}

int directory_backend_register(const struct directory_backend *backend)
{
	if (!backend_valid(backend))
		return -EINVAL;
	return dir_registry_add(&backends, backend->name, backend);
}

const struct directory_backend *directory_backend_find(const char *name)
{
	return dir_registry_find(&backends, name);
}

/* ---------------------------------------------------------------------
 * Names
 */

static bool name_first_char_valid(char c)
{
	return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') ||
	       (c >= '0' && c <= '9');
}

static bool name_char_valid(char c)
{
	return name_first_char_valid(c) || c == '.' || c == '_' || c == '@' ||
	       c == '-';
}

int dir_name_check(const char *name, const char **error_r)
{
	size_t i;

	if (name == NULL)
		return dir_error(error_r, -EINVAL, "no user name given");
	if (name[0] == '\0')
		return dir_error(error_r, -EINVAL, "the user name is empty");
	if (!name_first_char_valid(name[0])) {
		return dir_error(error_r, -EINVAL,
				 "invalid user name: it must begin with a "
				 "letter or a digit");
	}
	for (i = 0; name[i] != '\0'; i++) {
		if (i == DIR_NAME_MAX) {
			return dir_error(error_r, -EINVAL,
					 "user name is longer than %d bytes",
					 DIR_NAME_MAX);
		}
		if (!name_char_valid(name[i])) {
			return dir_error(error_r, -EINVAL,
					 "invalid user name: only letters, "
					 "digits and . _ @ - are allowed");
		}
	}
	return 0;
}

bool dir_name_valid(const char *name)
{
	size_t i;

	if (name == NULL || !name_first_char_valid(name[0]))
		return false;
	for (i = 0; name[i] != '\0'; i++) {
		if (i == DIR_NAME_MAX || !name_char_valid(name[i]))
			return false;
	}
	return true;
}

int dir_display_name_check(const char *display_name, const char **error_r)
{
	const unsigned char *s = (const unsigned char *)display_name;
	size_t len, i;

	if (display_name == NULL)
		return dir_error(error_r, -EINVAL, "no display name given");
	len = strlen(display_name);
	if (len > DIR_DISPLAY_NAME_MAX) {
		return dir_error(error_r, -EINVAL,
				 "display name is longer than %d bytes",
				 DIR_DISPLAY_NAME_MAX);
	}
	for (i = 0; i < len; i++) {
		if (s[i] < 0x20 || s[i] == 0x7f) {
			return dir_error(error_r, -EINVAL,
					 "display name contains a control "
					 "character");
		}
	}
	if (!utf8_valid(display_name, len))
		return dir_error(error_r, -EINVAL,
				 "display name is not valid UTF-8");
	return 0;
}

int dir_mailbox_dn(const char *name, char *buf, size_t size)
{
	int n = snprintf(buf, size, "/o=mapix/ou=mailboxes/cn=%s", name);

	if (n < 0 || (size_t)n >= size)
		return -ENAMETOOLONG;
	return 0;
}

/* ---------------------------------------------------------------------
 * Principals
 */

struct dir_principal *dir_principal_alloc(void)
{
	return alloc_calloc(1, sizeof(struct dir_principal));
}

int dir_principal_set_string(char **field, const char *str)
{
	char *copy = alloc_strdup(str);

	if (copy == NULL)
		return -ENOMEM;
	alloc_free(*field);
	*field = copy;
	return 0;
}

int dir_principal_set_groups(struct dir_principal *p, const gid_t *groups,
			     unsigned int count)
{
	gid_t *copy = NULL;

	if (count > 0) {
		copy = alloc_memdup(groups, count * sizeof(*groups));
		if (copy == NULL)
			return -ENOMEM;
	}
	alloc_free(p->groups);
	p->groups = copy;
	p->groups_count = count;
	return 0;
}

void dir_principal_free(struct dir_principal **principal)
{
	struct dir_principal *p;

	if (principal == NULL || *principal == NULL)
		return;
	p = *principal;
	*principal = NULL;
	alloc_free(p->name);
	alloc_free(p->display_name);
	alloc_free(p->groups);
	alloc_free(p->mailbox_dn);
	alloc_free(p);
}

void dir_principal_list_free(struct dir_principal ***principals, size_t count)
{
	size_t i;

	if (principals == NULL || *principals == NULL)
		return;
	for (i = 0; i < count; i++)
		dir_principal_free(&(*principals)[i]);
	alloc_free(*principals);
	*principals = NULL;
}

/* ---------------------------------------------------------------------
 * The API
 */

int dir_unsupported(const struct directory *dir, const char **error_r,
		    const char *what)
{
	return dir_error(error_r, -EOPNOTSUPP, "the %s directory cannot %s",
			 dir->backend->name, what);
}

/*
 * The backend named backend_name, or the configured one (else "sqlite")
 * when it is NULL.
 */
static int find_backend(const char *backend_name,
			const struct directory_backend **backend_r,
			const char **error_r)
{
	char name_buf[64];
	int ret;

	if (sodium_init() < 0)
		return dir_error(error_r, -EIO, "cannot initialise libsodium");
	if (backend_name == NULL) {
		ret = dir_config_get("directory", name_buf, sizeof(name_buf),
				     error_r);
		if (ret < 0)
			return ret;
		backend_name = ret > 0 ? name_buf : "sqlite";
	}
	*backend_r = directory_backend_find(backend_name);
	if (*backend_r == NULL) {
		return dir_error(error_r, -ENOENT,
				 "no directory backend named '%s'",
				 backend_name);
	}
	return 0;
}

/*
 * directory_open() and, when existing, directory_open_existing(): the
 * same but for the method and how a missing state directory is met.
 */
static int open_directory(const char *backend_name, const char *state_dir,
			  bool existing, struct directory **dir_r,
			  const char **error_r)
{
	const struct directory_backend *backend;
	char dir_buf[PATH_MAX];
	struct directory *dir = NULL;
	int ret;

	if (dir_r == NULL)
		return dir_error(error_r, -EINVAL, "no place for the result");
	*dir_r = NULL;
	ret = find_backend(backend_name, &backend, error_r);
	if (ret < 0)
		return ret;
	if (existing &&
	    (backend->version < 2 || backend->open_existing == NULL)) {
		return dir_error(error_r, -EOPNOTSUPP,
				 "the %s directory cannot be opened without "
				 "creating it",
				 backend->name);
	}
	if (state_dir == NULL) {
		ret = existing ? directory_state_dir_path(
				     dir_buf, sizeof(dir_buf), error_r)
			       : directory_state_dir(dir_buf, sizeof(dir_buf),
						     error_r);
		if (ret < 0)
			return ret;
		state_dir = dir_buf;
	}
	if (existing)
		ret = backend->open_existing(backend, state_dir, &dir, error_r);
	else
		ret = backend->open(backend, state_dir, &dir, error_r);
	if (ret < 0)
		return ret;
	dir->backend = backend;
	*dir_r = dir;
	return 0;
}

int directory_open(const char *backend_name, const char *state_dir,
		   struct directory **dir_r, const char **error_r)
{
	return open_directory(backend_name, state_dir, false, dir_r, error_r);
}

int directory_open_existing(const char *backend_name, const char *state_dir,
			    struct directory **dir_r, const char **error_r)
{
	return open_directory(backend_name, state_dir, true, dir_r, error_r);
}

void directory_close(struct directory **dir)
{
	struct directory *d;

	if (dir == NULL || *dir == NULL)
		return;
	d = *dir;
	*dir = NULL;
	d->backend->close(d);
}

const char *directory_backend_name(const struct directory *dir)
{
	return dir != NULL ? dir->backend->name : NULL;
}

int directory_get(struct directory *dir, const char *name,
		  struct dir_principal **principal_r, const char **error_r)
{
	int ret;

	if (principal_r != NULL)
		*principal_r = NULL;
	if (dir == NULL || principal_r == NULL)
		return dir_error(error_r, -EINVAL, "invalid arguments");
	ret = dir_name_check(name, error_r);
	if (ret < 0)
		return ret;
	ret = dir->backend->get(dir, name, principal_r, error_r);
	if (ret < 0)
		dir_principal_free(principal_r);
	return ret;
}

int directory_get_by_uid(struct directory *dir, uid_t uid,
			 struct dir_principal **principal_r,
			 const char **error_r)
{
	int ret;

	if (principal_r != NULL)
		*principal_r = NULL;
	if (dir == NULL || principal_r == NULL)
		return dir_error(error_r, -EINVAL, "invalid arguments");
	if (dir->backend->get_by_uid == NULL)
		return dir_unsupported(dir, error_r, "look users up by uid");
	ret = dir->backend->get_by_uid(dir, uid, principal_r, error_r);
	if (ret < 0)
		dir_principal_free(principal_r);
	return ret;
}

int directory_list(struct directory *dir, struct dir_principal ***principals_r,
		   size_t *count_r, const char **error_r)
{
	if (principals_r != NULL)
		*principals_r = NULL;
	if (count_r != NULL)
		*count_r = 0;
	if (dir == NULL || principals_r == NULL || count_r == NULL)
		return dir_error(error_r, -EINVAL, "invalid arguments");
	if (dir->backend->list == NULL)
		return dir_unsupported(dir, error_r, "list users");
	return dir->backend->list(dir, principals_r, count_r, error_r);
}

int directory_generation(struct directory *dir, uint64_t *generation_r,
			 const char **error_r)
{
	int ret;

	if (generation_r != NULL)
		*generation_r = 0;
	if (dir == NULL || generation_r == NULL)
		return dir_error(error_r, -EINVAL, "invalid arguments");
	if (dir->backend->version < 2 || dir->backend->generation == NULL)
		return dir_unsupported(dir, error_r, "count its changes");
	ret = dir->backend->generation(dir, generation_r, error_r);
	if (ret < 0)
		*generation_r = 0;
	return ret;
}
