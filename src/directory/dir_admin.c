/*
 * dir_admin.c - the write calls of directory.h (directory_add, _delete,
 * _set_password, _set_flags, _map_os) and the registry of the backends'
 * write methods (struct directory_backend_admin).
 *
 * Only this file names the built-in backends' admin tables, so only a
 * program that calls a write function links the backends' write code and
 * the password hashing of dir_password.c; one that only reads principals
 * (directory.c) links neither.  The calls check their arguments, hash new
 * passwords, draw mailbox GUIDs and build DNs, then call the backend's
 * method: its registered admin table's, else (a version-1 backend) its
 * main table's.
 */
#include "dir_internal.h"

#include <errno.h>
#include <string.h>

#include <sodium.h>

static void admins_add_builtins(struct dir_registry *reg)
{
	(void)dir_registry_add_locked(reg, dir_sqlite_admin.name,
				      &dir_sqlite_admin);
	(void)dir_registry_add_locked(reg, dir_pam_admin.name, &dir_pam_admin);
}

static struct dir_registry admins = DIR_REGISTRY_INIT(admins_add_builtins);

int directory_backend_admin_register(
    const struct directory_backend_admin *admin)
{
	if (admin == NULL || admin->version < 1 || admin->name == NULL ||
	    admin->name[0] == '\0')
		return -EINVAL;
	return dir_registry_add(&admins, admin->name, admin);
}

/*
 * The write methods serving dir: its backend's registered admin table, or
 * the members of its main table.
 */
static void admin_of(const struct directory *dir,
		     struct directory_backend_admin *admin_r)
{
	const struct directory_backend *b = dir->backend;
	const struct directory_backend_admin *admin =
	    dir_registry_find(&admins, b->name);

	if (admin != NULL) {
		*admin_r = *admin;
		return;
	}
	*admin_r = (struct directory_backend_admin){
	    .version = DIRECTORY_BACKEND_ADMIN_VERSION,
	    .name = b->name,
	    .add = b->add,
	    .del = b->del,
	    .set_password_hash = b->set_password_hash,
	    .set_flags = b->set_flags,
	    .map_os = b->map_os,
	};
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

int directory_add(struct directory *dir,
		  const struct dir_principal_settings *settings,
		  const char **error_r)
{
	char hash[DIR_PASSWORD_HASH_SIZE], dn[128];
	struct directory_backend_admin admin;
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
	admin_of(dir, &admin);
	if (admin.add == NULL)
		return dir_unsupported(dir, error_r, "add users");

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
	ret = admin.add(dir, &p, settings->password != NULL ? hash : NULL,
			error_r);
	sodium_memzero(hash, sizeof(hash));
	return ret;
}

/* The checks every call on an existing principal starts with. */
static int check_target(struct directory *dir, const char *name,
			const char **error_r)
{
	if (dir == NULL)
		return dir_error(error_r, -EINVAL, "invalid arguments");
	return dir_name_check(name, error_r);
}

int directory_delete(struct directory *dir, const char *name,
		     const char **error_r)
{
	struct directory_backend_admin admin;
	int ret = check_target(dir, name, error_r);

	if (ret < 0)
		return ret;
	admin_of(dir, &admin);
	if (admin.del == NULL)
		return dir_unsupported(dir, error_r, "delete users");
	return admin.del(dir, name, error_r);
}

int directory_set_password(struct directory *dir, const char *name,
			   const char *password, const char **error_r)
{
	char hash[DIR_PASSWORD_HASH_SIZE];
	struct directory_backend_admin admin;
	int ret = check_target(dir, name, error_r);

	if (ret < 0)
		return ret;
	admin_of(dir, &admin);
	if (admin.set_password_hash == NULL)
		return dir_unsupported(dir, error_r, "set passwords");
	if (password == NULL)
		return admin.set_password_hash(dir, name, NULL, error_r);
	ret = dir_password_hash(password, hash, error_r);
	if (ret < 0)
		return ret;
	ret = admin.set_password_hash(dir, name, hash, error_r);
	sodium_memzero(hash, sizeof(hash));
	return ret;
}

int directory_set_flags(struct directory *dir, const char *name,
			unsigned int set, unsigned int clear,
			const char **error_r)
{
	struct directory_backend_admin admin;
	int ret = check_target(dir, name, error_r);

	if (ret < 0)
		return ret;
	if (((set | clear) & ~DIR_FLAGS_ALL) != 0)
		return dir_error(error_r, -EINVAL, "unknown flags");
	admin_of(dir, &admin);
	if (admin.set_flags == NULL)
		return dir_unsupported(dir, error_r, "change flags");
	return admin.set_flags(dir, name, set, clear & ~set, error_r);
}

int directory_map_os(struct directory *dir, const char *name,
		     const struct dir_os_identity *os, const char **error_r)
{
	struct directory_backend_admin admin;
	int ret = check_target(dir, name, error_r);

	if (ret < 0)
		return ret;
	if (os != NULL) {
		ret = check_os_identity(os, error_r);
		if (ret < 0)
			return ret;
	}
	admin_of(dir, &admin);
	if (admin.map_os == NULL)
		return dir_unsupported(dir, error_r, "map users to uids");
	return admin.map_os(dir, name, os, error_r);
}
