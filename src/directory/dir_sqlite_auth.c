/*
 * dir_sqlite_auth.c - the authentication of the "sqlite" directory backend
 * (its struct directory_backend_auth): the stored argon2id hash checked by
 * dir_password.c, in equal time for unknown users, users without a
 * password and wrong passwords.  Apart from dir_sqlite.c so that a
 * program that only reads principals does not link the password code.
 */
#include "dir_sqlite.h"

#include <errno.h>

#include <sodium.h>

static int sqlite_authenticate(struct directory *dir, const char *name,
			       const char *password,
			       struct dir_principal **principal_r,
			       const char **error_r)
{
	char hash[DIR_PASSWORD_HASH_SIZE];
	int ret;

	ret = dir_sqlite_lookup(sqlite_dir(dir), name, 0, principal_r, hash,
				error_r);
	if (ret < 0 && ret != -ENOENT)
		return ret;
	/* Unknown user or no password: the dummy hash, same time. */
	ret = dir_password_verify(ret == 0 && hash[0] != '\0' ? hash : NULL,
				  password, error_r);
	sodium_memzero(hash, sizeof(hash));
	if (ret < 0)
		return ret;
	if (((*principal_r)->flags & DIR_FLAG_DISABLED) != 0) {
		return dir_error(error_r, -EPERM, "user '%s' is disabled",
				 (*principal_r)->name);
	}
	return 0;
}

const struct directory_backend_auth dir_sqlite_auth = {
    .version = DIRECTORY_BACKEND_AUTH_VERSION,
    .name = "sqlite",
    .authenticate = sqlite_authenticate,
};
