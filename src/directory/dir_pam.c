/*
 * dir_pam.c - the "pam" directory backend: the system's own users.  This
 * file is its main table: lookups and the change counter.  Passwords are
 * checked by PAM in dir_pam_auth.c, and the write methods, which all
 * refuse, are in dir_pam_admin.c, so that a program that only reads
 * principals does not link PAM.
 *
 * Lookups read the system user database (getpwnam_r, getpwuid_r,
 * getgrouplist), so every principal is mapped to its uid, gid and groups.
 * Listing returns -EOPNOTSUPP.  Nothing is stored, so a system user's
 * mailbox GUID is derived from its name (BLAKE2b of a fixed prefix and the
 * name), the same on every call and every machine, and its generation is
 * 0: a change of a system user shows in its uid, gid and groups, and in
 * the change counter, which follows /etc/passwd and /etc/group.
 */
#include "directory_backend.h"

#include <errno.h>
#include <grp.h>
#include <pwd.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include <sodium.h>

#include "alloc.h"
#include "lib.h"

#define PWBUF_MAX (1024 * 1024)

struct pamdir {
	struct directory dir; /* must be first */
};

/*
 * Looks a system user up, by name when name is not NULL, else by uid.
 * Fills *pw with strings in *buf_r (alloc_malloc()ed; the caller frees it).
 */
static int lookup_passwd(const char *name, uid_t uid, struct passwd *pw,
			 char **buf_r, const char **error_r)
{
	struct passwd *result = NULL;
	long hint = sysconf(_SC_GETPW_R_SIZE_MAX);
	size_t size = hint > 0 ? (size_t)hint : 4096;
	char *buf;
	int err;

	*buf_r = NULL;
	for (;;) {
		buf = alloc_malloc(size);
		if (buf == NULL)
			return dir_error(error_r, -ENOMEM, "out of memory");
		if (name != NULL)
			err = getpwnam_r(name, pw, buf, size, &result);
		else
			err = getpwuid_r(uid, pw, buf, size, &result);
		if (err != ERANGE || size >= PWBUF_MAX)
			break;
		alloc_free(buf);
		size *= 2;
	}
	if (result == NULL) {
		alloc_free(buf);
		if (err != 0 && err != ENOENT && err != ESRCH && err != EBADF &&
		    err != EPERM) {
			return dir_error(error_r, -err,
					 "cannot read the user database: %s",
					 strerror(err));
		}
		if (name != NULL)
			return dir_error(error_r, -ENOENT,
					 "no system user '%s'", name);
		return dir_error(error_r, -ENOENT,
				 "no system user with uid %lu",
				 (unsigned long)uid);
	}
	*buf_r = buf;
	return 0;
}

/* The supplementary groups of pw, as getgrouplist() gives them. */
static int lookup_groups(const struct passwd *pw, struct dir_principal *p,
			 const char **error_r)
{
	int count = 32, ret;
	gid_t *groups;

	for (;;) {
		int n = count;

		groups = alloc_malloc((size_t)count * sizeof(*groups));
		if (groups == NULL)
			return dir_error(error_r, -ENOMEM, "out of memory");
		if (getgrouplist(pw->pw_name, pw->pw_gid, groups, &n) >= 0) {
			count = n;
			break;
		}
		alloc_free(groups);
		if (n > DIR_GROUPS_MAX)
			return dir_error(error_r, -E2BIG,
					 "'%s' is in more than %d groups",
					 pw->pw_name, DIR_GROUPS_MAX);
		if (n <= count)
			return dir_error(error_r, -EIO,
					 "cannot read the groups of '%s'",
					 pw->pw_name);
		count = n;
	}
	ret = dir_principal_set_groups(p, groups, (unsigned int)count);
	alloc_free(groups);
	if (ret < 0)
		return dir_error(error_r, -ENOMEM, "out of memory");
	return 0;
}

/* Builds the principal of a system user. */
static int principal_of(const struct passwd *pw,
			struct dir_principal **principal_r,
			const char **error_r)
{
	static const char guid_prefix[] = "mapix pam mailbox";
	crypto_generichash_state state;
	struct dir_principal *p;
	char display[DIR_DISPLAY_NAME_MAX + 1], dn[128];
	size_t len;
	int ret;

	if (!dir_name_valid(pw->pw_name)) {
		return dir_error(error_r, -ENOENT,
				 "system user '%s' has no valid mapix name",
				 pw->pw_name);
	}
	p = dir_principal_alloc();
	if (p == NULL)
		return dir_error(error_r, -ENOMEM, "out of memory");
	*principal_r = p;

	/* The display name is the GECOS field's first part, if usable. */
	len = pw->pw_gecos != NULL ? strcspn(pw->pw_gecos, ",") : 0;
	if (len > 0 && len <= DIR_DISPLAY_NAME_MAX) {
		memcpy(display, pw->pw_gecos, len);
		display[len] = '\0';
		if (dir_display_name_check(display, NULL) < 0)
			len = 0;
	} else {
		len = 0;
	}
	(void)dir_mailbox_dn(pw->pw_name, dn, sizeof(dn));
	if (dir_principal_set_string(&p->name, pw->pw_name) < 0 ||
	    dir_principal_set_string(&p->display_name,
				     len > 0 ? display : pw->pw_name) < 0 ||
	    dir_principal_set_string(&p->mailbox_dn, dn) < 0)
		return dir_error(error_r, -ENOMEM, "out of memory");
	p->has_password = true;
	p->os_mapped = true;
	p->uid = pw->pw_uid;
	p->gid = pw->pw_gid;
	crypto_generichash_init(&state, NULL, 0, DIR_GUID_SIZE);
	crypto_generichash_update(&state, (const unsigned char *)guid_prefix,
				  sizeof(guid_prefix));
	crypto_generichash_update(&state, (const unsigned char *)pw->pw_name,
				  strlen(pw->pw_name));
	crypto_generichash_final(&state, p->mailbox_guid, DIR_GUID_SIZE);
	ret = lookup_groups(pw, p, error_r);
	if (ret < 0)
		return ret;
	return 0;
}

static int pamdir_lookup(const char *name, uid_t uid,
			 struct dir_principal **principal_r,
			 const char **error_r)
{
	struct passwd pw;
	char *buf;
	int ret;

	ret = lookup_passwd(name, uid, &pw, &buf, error_r);
	if (ret < 0)
		return ret;
	ret = principal_of(&pw, principal_r, error_r);
	alloc_free(buf);
	return ret;
}

static int pamdir_open(const struct directory_backend *backend,
		       const char *state_dir, struct directory **dir_r,
		       const char **error_r)
{
	struct pamdir *pd;

	(void)state_dir;
	pd = alloc_calloc(1, sizeof(*pd));
	if (pd == NULL)
		return dir_error(error_r, -ENOMEM, "out of memory");
	pd->dir.backend = backend;
	*dir_r = &pd->dir;
	return 0;
}

static void pamdir_close(struct directory *dir)
{
	alloc_free(dir);
}

static int pamdir_get(struct directory *dir, const char *name,
		      struct dir_principal **principal_r, const char **error_r)
{
	(void)dir;
	return pamdir_lookup(name, 0, principal_r, error_r);
}

static int pamdir_get_by_uid(struct directory *dir, uid_t uid,
			     struct dir_principal **principal_r,
			     const char **error_r)
{
	(void)dir;
	return pamdir_lookup(NULL, uid, principal_r, error_r);
}

static int pamdir_list(struct directory *dir,
		       struct dir_principal ***principals_r, size_t *count_r,
		       const char **error_r)
{
	(void)dir;
	(void)principals_r;
	(void)count_r;
	return dir_error(error_r, -EOPNOTSUPP,
			 "the pam directory cannot list system users");
}

static int pamdir_generation(struct directory *dir, uint64_t *generation_r,
			     const char **error_r)
{
	static const char *const files[] = {"/etc/passwd", "/etc/group"};

	(void)dir;
	return dir_files_generation(files, N_ELEMENTS(files), generation_r,
				    error_r);
}

const struct directory_backend dir_pam_backend = {
    .version = DIRECTORY_BACKEND_VERSION,
    .name = "pam",
    .open = pamdir_open,
    .close = pamdir_close,
    .get = pamdir_get,
    .get_by_uid = pamdir_get_by_uid,
    .list = pamdir_list,
    .generation = pamdir_generation,
    .open_existing = pamdir_open,
};
