/*
 * dir_auth.c - directory_authenticate() and the registry of the backends'
 * authentication (struct directory_backend_auth).
 *
 * Only this file names the built-in backends' auth tables, so only a
 * program that authenticates (the broker, logon.c's MapixLogonUser, `mapix
 * admin`) links the password verification of dir_password.c and PAM; one
 * that only reads principals (directory.c) links neither.
 */
#include "dir_internal.h"

#include <errno.h>

static void auths_add_builtins(struct dir_registry *reg)
{
	(void)dir_registry_add_locked(reg, dir_sqlite_auth.name,
				      &dir_sqlite_auth);
	(void)dir_registry_add_locked(reg, dir_pam_auth.name, &dir_pam_auth);
}

static struct dir_registry auths = DIR_REGISTRY_INIT(auths_add_builtins);

int directory_backend_auth_register(const struct directory_backend_auth *auth)
{
	if (auth == NULL || auth->version < 1 || auth->name == NULL ||
	    auth->name[0] == '\0' || auth->authenticate == NULL)
		return -EINVAL;
	return dir_registry_add(&auths, auth->name, auth);
}

int directory_authenticate(struct directory *dir, const char *name,
			   const char *password,
			   struct dir_principal **principal_r,
			   const char **error_r)
{
	const struct directory_backend_auth *auth;
	dir_authenticate_method *authenticate;
	struct dir_principal *p = NULL;
	int ret;

	if (principal_r != NULL)
		*principal_r = NULL;
	if (dir == NULL || name == NULL || password == NULL)
		return dir_error(error_r, -EINVAL, "invalid arguments");
	auth = dir_registry_find(&auths, dir->backend->name);
	authenticate =
	    auth != NULL ? auth->authenticate : dir->backend->authenticate;
	if (authenticate == NULL)
		return dir_unsupported(dir, error_r, "authenticate users");
	if (!dir_name_valid(name)) {
		/* No such principal can exist: fail as for an unknown one. */
		return dir_password_verify(NULL, password, error_r);
	}
	ret = authenticate(dir, name, password, &p, error_r);
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
