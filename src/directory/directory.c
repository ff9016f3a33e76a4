/*
 * directory.c - the directory API of directory.h on top of the backend
 * table of directory_backend.h: the registry of backends, argument checks,
 * the work every backend shares (name and display name rules, hashing new
 * passwords, mailbox GUIDs and DNs, equal-time failed logons), principals'
 * memory, and the thread-local error messages.
 */
#include "directory_backend.h"

#include <errno.h>
#include <limits.h>
#include <pthread.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <sodium.h>

#include "alloc.h"
#include "errmsg.h"

#define DIR_BACKENDS_MAX 8

static pthread_mutex_t registry_lock = PTHREAD_MUTEX_INITIALIZER;
static const struct directory_backend *registry[DIR_BACKENDS_MAX];
static unsigned int registry_count;
static bool registry_builtins_done;

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
 * Registry
 */

static bool backend_valid(const struct directory_backend *b)
{
	return b != NULL && b->version >= 1 && b->name != NULL &&
	       b->name[0] != '\0' && b->open != NULL && b->close != NULL &&
	       b->get != NULL && b->authenticate != NULL;
}

/* Adds b; the caller holds registry_lock. */
static int register_locked(const struct directory_backend *b)
{
	unsigned int i;

	if (!backend_valid(b))
		return -EINVAL;
	for (i = 0; i < registry_count; i++) {
		if (strcmp(registry[i]->name, b->name) == 0)
			return -EEXIST;
	}
	if (registry_count == DIR_BACKENDS_MAX)
		return -ENOSPC;
	registry[registry_count++] = b;
	return 0;
}

/* Registers the built-in backends once; the caller holds registry_lock. */
static void register_builtins_locked(void)
{
	if (registry_builtins_done)
		return;
	registry_builtins_done = true;
	(void)register_locked(&dir_sqlite_backend);
	(void)register_locked(&dir_pam_backend);
}

int directory_backend_register(const struct directory_backend *backend)
{
	int ret;

	pthread_mutex_lock(&registry_lock);
	register_builtins_locked();
	ret = register_locked(backend);
	pthread_mutex_unlock(&registry_lock);
	return ret;
}

const struct directory_backend *directory_backend_find(const char *name)
{
	const struct directory_backend *found = NULL;
	unsigned int i;

	if (name == NULL)
		return NULL;
	pthread_mutex_lock(&registry_lock);
	register_builtins_locked();
	for (i = 0; i < registry_count; i++) {
		if (strcmp(registry[i]->name, name) == 0) {
			found = registry[i];
			break;
		}
	}
	pthread_mutex_unlock(&registry_lock);
	return found;
}

/* ---------------------------------------------------------------------
 * Names
 */

static bool name_char_valid(char c)
{
	return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') ||
	       (c >= '0' && c <= '9') || c == '.' || c == '_' || c == '@' ||
	       c == '-';
}

int dir_name_check(const char *name, const char **error_r)
{
	size_t i;

	if (name == NULL)
		return dir_error(error_r, -EINVAL, "no user name given");
	if (name[0] == '\0')
		return dir_error(error_r, -EINVAL, "the user name is empty");
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

	if (name == NULL || name[0] == '\0')
		return false;
	for (i = 0; name[i] != '\0'; i++) {
		if (i == DIR_NAME_MAX || !name_char_valid(name[i]))
			return false;
	}
	return true;
}

/*
 * Length of the well-formed UTF-8 sequence at s (1..4), or 0 when it is
 * not one (overlong forms, surrogates and values above U+10FFFF included).
 */
static size_t utf8_seq_len(const unsigned char *s)
{
	unsigned int cp, min;
	size_t n, i;

	if (s[0] < 0x80)
		return 1;
	if (s[0] >= 0xc2 && s[0] <= 0xdf) {
		n = 2;
		cp = s[0] & 0x1f;
		min = 0x80;
	} else if (s[0] >= 0xe0 && s[0] <= 0xef) {
		n = 3;
		cp = s[0] & 0x0f;
		min = 0x800;
	} else if (s[0] >= 0xf0 && s[0] <= 0xf4) {
		n = 4;
		cp = s[0] & 0x07;
		min = 0x10000;
	} else {
		return 0;
	}
	for (i = 1; i < n; i++) {
		if ((s[i] & 0xc0) != 0x80)
			return 0;
		cp = (cp << 6) | (s[i] & 0x3f);
	}
	if (cp < min || cp > 0x10ffff || (cp >= 0xd800 && cp <= 0xdfff))
		return 0;
	return n;
}

int dir_display_name_check(const char *display_name, const char **error_r)
{
	const unsigned char *s = (const unsigned char *)display_name;
	size_t len;

	if (display_name == NULL)
		return dir_error(error_r, -EINVAL, "no display name given");
	if (strlen(display_name) > DIR_DISPLAY_NAME_MAX) {
		return dir_error(error_r, -EINVAL,
				 "display name is longer than %d bytes",
				 DIR_DISPLAY_NAME_MAX);
	}
	while (*s != '\0') {
		if (*s < 0x20 || *s == 0x7f) {
			return dir_error(error_r, -EINVAL,
					 "display name contains a control "
					 "character");
		}
		len = utf8_seq_len(s);
		if (len == 0) {
			return dir_error(error_r, -EINVAL,
					 "display name is not valid UTF-8");
		}
		s += len;
	}
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

static int unsupported(struct directory *dir, const char **error_r,
		       const char *what)
{
	return dir_error(error_r, -EOPNOTSUPP, "the %s directory cannot %s",
			 dir->backend->name, what);
}

static int check_os_identity(const struct dir_os_identity *os,
			     const char **error_r)
{
	if (os->uid == (uid_t)-1)
		return dir_error(error_r, -EINVAL, "invalid uid");
	if (os->gid == (gid_t)-1)
		return dir_error(error_r, -EINVAL, "invalid gid");
	if (os->groups_count > DIR_GROUPS_MAX) {
		return dir_error(error_r, -EINVAL,
				 "more than %d supplementary groups",
				 DIR_GROUPS_MAX);
	}
	if (os->groups_count > 0 && os->groups == NULL)
		return dir_error(error_r, -EINVAL, "groups missing");
	for (unsigned int i = 0; i < os->groups_count; i++) {
		if (os->groups[i] == (gid_t)-1)
			return dir_error(error_r, -EINVAL, "invalid group id");
	}
	return 0;
}

int directory_open(const char *backend_name, const char *state_dir,
		   struct directory **dir_r, const char **error_r)
{
	const struct directory_backend *backend;
	char name_buf[64], dir_buf[PATH_MAX];
	struct directory *dir = NULL;
	int ret;

	if (dir_r == NULL)
		return dir_error(error_r, -EINVAL, "no place for the result");
	*dir_r = NULL;
	if (sodium_init() < 0) {
		return dir_error(error_r, -EIO, "cannot initialise libsodium");
	}
	if (backend_name == NULL) {
		ret = dir_config_get("directory", name_buf, sizeof(name_buf),
				     error_r);
		if (ret < 0)
			return ret;
		backend_name = ret > 0 ? name_buf : "sqlite";
	}
	backend = directory_backend_find(backend_name);
	if (backend == NULL) {
		return dir_error(error_r, -ENOENT,
				 "no directory backend named '%s'",
				 backend_name);
	}
	if (state_dir == NULL) {
		ret = directory_state_dir(dir_buf, sizeof(dir_buf), error_r);
		if (ret < 0)
			return ret;
		state_dir = dir_buf;
	}
	ret = backend->open(backend, state_dir, &dir, error_r);
	if (ret < 0)
		return ret;
	dir->backend = backend;
	*dir_r = dir;
	return 0;
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

int directory_add(struct directory *dir,
		  const struct dir_principal_settings *settings,
		  const char **error_r)
{
	char hash[DIR_PASSWORD_HASH_SIZE], dn[128];
	struct dir_principal p;
	const char *display_name;
	int ret;

	if (dir == NULL || settings == NULL)
		return dir_error(error_r, -EINVAL, "invalid arguments");
	ret = dir_name_check(settings->name, error_r);
	if (ret < 0)
		return ret;
	display_name = settings->display_name;
	if (display_name == NULL || display_name[0] == '\0')
		display_name = settings->name;
	ret = dir_display_name_check(display_name, error_r);
	if (ret < 0)
		return ret;
	if ((settings->flags & ~DIR_FLAGS_ALL) != 0)
		return dir_error(error_r, -EINVAL, "unknown flags");
	if (settings->os != NULL) {
		ret = check_os_identity(settings->os, error_r);
		if (ret < 0)
			return ret;
	}
	if (dir->backend->add == NULL)
		return unsupported(dir, error_r, "add users");

	memset(&p, 0, sizeof(p));
	/* The strings are borrowed: the backend copies what it keeps. */
	p.name = (char *)settings->name;
	p.display_name = (char *)display_name;
	p.flags = settings->flags;
	if (settings->os != NULL) {
		p.os_mapped = true;
		p.uid = settings->os->uid;
		p.gid = settings->os->gid;
		p.groups = (gid_t *)settings->os->groups;
		p.groups_count = settings->os->groups_count;
	}
	randombytes_buf(p.mailbox_guid, sizeof(p.mailbox_guid));
	if (dir_mailbox_dn(settings->name, dn, sizeof(dn)) < 0)
		return dir_error(error_r, -EINVAL, "user name too long");
	p.mailbox_dn = dn;
	if (settings->password != NULL) {
		ret = dir_password_hash(settings->password, hash, error_r);
		if (ret < 0)
			return ret;
	}
	ret = dir->backend->add(
	    dir, &p, settings->password != NULL ? hash : NULL, error_r);
	sodium_memzero(hash, sizeof(hash));
	return ret;
}

int directory_delete(struct directory *dir, const char *name,
		     const char **error_r)
{
	int ret;

	if (dir == NULL)
		return dir_error(error_r, -EINVAL, "invalid arguments");
	ret = dir_name_check(name, error_r);
	if (ret < 0)
		return ret;
	if (dir->backend->del == NULL)
		return unsupported(dir, error_r, "delete users");
	return dir->backend->del(dir, name, error_r);
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
		return unsupported(dir, error_r, "look users up by uid");
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
		return unsupported(dir, error_r, "list users");
	return dir->backend->list(dir, principals_r, count_r, error_r);
}

int directory_set_password(struct directory *dir, const char *name,
			   const char *password, const char **error_r)
{
	char hash[DIR_PASSWORD_HASH_SIZE];
	int ret;

	if (dir == NULL)
		return dir_error(error_r, -EINVAL, "invalid arguments");
	ret = dir_name_check(name, error_r);
	if (ret < 0)
		return ret;
	if (dir->backend->set_password_hash == NULL)
		return unsupported(dir, error_r, "set passwords");
	if (password == NULL)
		return dir->backend->set_password_hash(dir, name, NULL,
						       error_r);
	ret = dir_password_hash(password, hash, error_r);
	if (ret < 0)
		return ret;
	ret = dir->backend->set_password_hash(dir, name, hash, error_r);
	sodium_memzero(hash, sizeof(hash));
	return ret;
}

int directory_set_flags(struct directory *dir, const char *name,
			unsigned int set, unsigned int clear,
			const char **error_r)
{
	int ret;

	if (dir == NULL)
		return dir_error(error_r, -EINVAL, "invalid arguments");
	ret = dir_name_check(name, error_r);
	if (ret < 0)
		return ret;
	if (((set | clear) & ~DIR_FLAGS_ALL) != 0)
		return dir_error(error_r, -EINVAL, "unknown flags");
	if (dir->backend->set_flags == NULL)
		return unsupported(dir, error_r, "change flags");
	return dir->backend->set_flags(dir, name, set, clear & ~set, error_r);
}

int directory_map_os(struct directory *dir, const char *name,
		     const struct dir_os_identity *os, const char **error_r)
{
	int ret;

	if (dir == NULL)
		return dir_error(error_r, -EINVAL, "invalid arguments");
	ret = dir_name_check(name, error_r);
	if (ret < 0)
		return ret;
	if (os != NULL) {
		ret = check_os_identity(os, error_r);
		if (ret < 0)
			return ret;
	}
	if (dir->backend->map_os == NULL)
		return unsupported(dir, error_r, "map users to uids");
	return dir->backend->map_os(dir, name, os, error_r);
}

int directory_authenticate(struct directory *dir, const char *name,
			   const char *password,
			   struct dir_principal **principal_r,
			   const char **error_r)
{
	struct dir_principal *p = NULL;
	int ret;

	if (principal_r != NULL)
		*principal_r = NULL;
	if (dir == NULL || name == NULL || password == NULL)
		return dir_error(error_r, -EINVAL, "invalid arguments");
	if (!dir_name_valid(name)) {
		/* No such principal can exist: fail as for an unknown one. */
		return dir_password_verify(NULL, password, error_r);
	}
	ret = dir->backend->authenticate(dir, name, password, &p, error_r);
	if (ret < 0) {
		dir_principal_free(&p);
		return ret;
	}
	if (principal_r != NULL)
		*principal_r = p;
	else
		dir_principal_free(&p);
	return 0;
}
