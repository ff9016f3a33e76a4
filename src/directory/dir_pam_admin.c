/*
 * dir_pam_admin.c - the write methods of the "pam" directory backend (its
 * struct directory_backend_admin): every one refuses with -EROFS, since
 * system users are managed with the system's tools.  A table rather than
 * none, so that callers learn the directory is read-only rather than
 * that it lacks a feature.
 */
#include "directory_backend.h"

#include <errno.h>

static int pamdir_read_only(const char **error_r)
{
	return dir_error(error_r, -EROFS,
			 "the pam directory is read-only: manage system users "
			 "with the system's tools");
}

static int pamdir_add(struct directory *dir, const struct dir_principal *p,
		      const char *password_hash, const char **error_r)
{
	(void)dir;
	(void)p;
	(void)password_hash;
	return pamdir_read_only(error_r);
}

static int pamdir_del(struct directory *dir, const char *name,
		      const char **error_r)
{
	(void)dir;
	(void)name;
	return pamdir_read_only(error_r);
}

static int pamdir_set_password_hash(struct directory *dir, const char *name,
				    const char *password_hash,
				    const char **error_r)
{
	(void)dir;
	(void)name;
	(void)password_hash;
	return pamdir_read_only(error_r);
}

static int pamdir_set_flags(struct directory *dir, const char *name,
			    unsigned int set, unsigned int clear,
			    const char **error_r)
{
	(void)dir;
	(void)name;
	(void)set;
	(void)clear;
	return pamdir_read_only(error_r);
}

static int pamdir_map_os(struct directory *dir, const char *name,
			 const struct dir_os_identity *os, const char **error_r)
{
	(void)dir;
	(void)name;
	(void)os;
	return pamdir_read_only(error_r);
}

const struct directory_backend_admin dir_pam_admin = {
    .version = DIRECTORY_BACKEND_ADMIN_VERSION,
    .name = "pam",
    .add = pamdir_add,
    .del = pamdir_del,
    .set_password_hash = pamdir_set_password_hash,
    .set_flags = pamdir_set_flags,
    .map_os = pamdir_map_os,
};
