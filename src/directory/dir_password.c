/*
 * dir_password.c - password hashes for the directory backends that keep
 * their own (sqlite): argon2id through libsodium's crypto_pwhash_str_alg,
 * and verification that takes as long for an unknown user as for a wrong
 * password.
 *
 * The cost is libsodium's INTERACTIVE one (64 MiB, 2 passes).  Tests set
 * MAPIX_PWHASH_FAST=1 to use the minimum cost instead, so that thousands
 * of logons run in seconds even under valgrind.  Verification of an
 * unknown user runs against a fixed dummy hash of the same cost as new
 * hashes; nobody knows its password (it was made from random bytes and
 * thrown away), so it never matches.
 */
#include "directory_backend.h"

#include <errno.h>
#include <stdlib.h>
#include <string.h>

#include <sodium.h>

/*
 * Sized as libsodium's prototype says its argument is, since the compiler
 * checks reads against that.  argon2id, m=65536 KiB, t=2, p=1: the
 * INTERACTIVE cost.
 */
static const char dummy_hash_interactive[crypto_pwhash_STRBYTES] =
    "$argon2id$v=19$m=65536,t=2,p=1$BcDCIXP4ZuHCSgWvwXKtuQ$"
    "4Is+YtSJMiovw5IF8wLIQ5pc8RLy916cx8K34VaYk9Y";
/* argon2id, m=8 KiB, t=1, p=1: the minimum cost (MAPIX_PWHASH_FAST). */
static const char dummy_hash_fast[crypto_pwhash_STRBYTES] =
    "$argon2id$v=19$m=8,t=1,p=1$SMnZU78MlgH3Zp0V8MXC/g$"
    "AYh4df9wlWd7CczBkKZlZtU0pO4oZxlGNpSM+gN/xYM";

static _Thread_local unsigned long verifications;

_Static_assert(crypto_pwhash_STRBYTES <= DIR_PASSWORD_HASH_SIZE,
	       "DIR_PASSWORD_HASH_SIZE too small for libsodium's hashes");

static bool pwhash_fast(void)
{
	const char *value = getenv(DIR_PWHASH_FAST_ENV);

	return value != NULL && strcmp(value, "1") == 0;
}

int dir_password_hash(const char *password, char hash_r[DIR_PASSWORD_HASH_SIZE],
		      const char **error_r)
{
	unsigned long long opslimit = crypto_pwhash_OPSLIMIT_INTERACTIVE;
	size_t memlimit = crypto_pwhash_MEMLIMIT_INTERACTIVE;
	size_t len;

	if (password == NULL || password[0] == '\0')
		return dir_error(error_r, -EINVAL, "the password is empty");
	len = strlen(password);
	if (len > DIR_PASSWORD_MAX) {
		return dir_error(error_r, -EINVAL,
				 "the password is longer than %d bytes",
				 DIR_PASSWORD_MAX);
	}
	if (pwhash_fast()) {
		opslimit = crypto_pwhash_OPSLIMIT_MIN;
		memlimit = crypto_pwhash_MEMLIMIT_MIN;
	}
	if (sodium_init() < 0)
		return dir_error(error_r, -EIO, "cannot initialise libsodium");
	if (crypto_pwhash_str_alg(hash_r, password, len, opslimit, memlimit,
				  crypto_pwhash_ALG_ARGON2ID13) != 0) {
		return dir_error(error_r, -ENOMEM,
				 "not enough memory to hash the password");
	}
	return 0;
}

int dir_password_verify(const char *hash, const char *password,
			const char **error_r)
{
	size_t len = strlen(password);
	bool known = hash != NULL;
	int ret;

	if (!known)
		hash = pwhash_fast() ? dummy_hash_fast : dummy_hash_interactive;
	/* Over-long passwords never match; hash a bounded prefix anyway. */
	if (len > DIR_PASSWORD_MAX) {
		len = DIR_PASSWORD_MAX;
		known = false;
	}
	verifications++;
	ret = crypto_pwhash_str_verify(hash, password, len);
	if (ret != 0 || !known)
		return dir_error(error_r, -EACCES, DIR_AUTH_FAILED_MSG);
	return 0;
}

unsigned long dir_password_verifications(void)
{
	return verifications;
}
