/*
 * dir_pam.c - the "pam" directory backend: the system's own users.
 *
 * Lookups read the system user database (getpwnam_r, getpwuid_r,
 * getgrouplist), so every principal is mapped to its uid, gid and groups.
 * Passwords are checked by PAM: the service is $MAPIX_PAM_SERVICE when
 * set, else "mapix" when /etc/pam.d/mapix exists, else "login".  After
 * pam_authenticate, pam_acct_mgmt decides whether the account may log on
 * (expired or locked accounts give -EPERM).  Unknown users and wrong
 * passwords both give -EACCES; PAM's own fail delay applies to both.
 *
 * The backend is read-only: adding, deleting and changing principals
 * returns -EROFS (system users are managed with the system's tools), and
 * listing returns -EOPNOTSUPP.  Nothing is stored, so a system user's
 * mailbox GUID is derived from its name (BLAKE2b of a fixed prefix and the
 * name), the same on every call and every machine.
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

#include <security/pam_appl.h>
#include <sodium.h>

#include "alloc.h"

#define PAM_SERVICE_ENV     "MAPIX_PAM_SERVICE"
#define PAM_SERVICE_MAPIX   "mapix"
#define PAM_SERVICE_DEFAULT "login"
#define PAM_SERVICE_FILE    "/etc/pam.d/mapix"
#define PWBUF_MAX           (1024 * 1024)

struct pamdir {
	struct directory dir; /* must be first */
};

struct pamdir_conv_data {
	const char *name;
	const char *password;
};

static int pamdir_read_only(const char **error_r)
{
	return dir_error(error_r, -EROFS,
			 "the pam directory is read-only: manage system users "
			 "with the system's tools");
}

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

/* Frees the first count responses, wiping any password in them. */
static void free_responses(struct pam_response *resp, int count)
{
	int i;

	for (i = 0; i < count; i++) {
		if (resp[i].resp != NULL) {
			sodium_memzero(resp[i].resp, strlen(resp[i].resp));
			free(resp[i].resp);
		}
	}
	free(resp);
}

/*
 * The PAM conversation: answers hidden prompts with the password and
 * visible ones with the user name; ignores messages.  PAM frees the
 * responses with free(), so they come from calloc/strdup, not alloc_*.
 */
static int pamdir_converse(int num_msg, const struct pam_message **msg,
			   struct pam_response **resp_r, void *appdata)
{
	const struct pamdir_conv_data *data = appdata;
	struct pam_response *resp;
	int i;

	*resp_r = NULL;
	if (num_msg <= 0 || num_msg > PAM_MAX_NUM_MSG)
		return PAM_CONV_ERR;
	resp = calloc((size_t)num_msg, sizeof(*resp));
	if (resp == NULL)
		return PAM_BUF_ERR;
	for (i = 0; i < num_msg; i++) {
		const char *answer;

		switch (msg[i]->msg_style) {
		case PAM_PROMPT_ECHO_OFF:
			answer = data->password;
			break;
		case PAM_PROMPT_ECHO_ON:
			answer = data->name;
			break;
		case PAM_ERROR_MSG:
		case PAM_TEXT_INFO:
			continue;
		default:
			free_responses(resp, i);
			return PAM_CONV_ERR;
		}
		resp[i].resp = strdup(answer);
		if (resp[i].resp == NULL) {
			free_responses(resp, i);
			return PAM_BUF_ERR;
		}
	}
	*resp_r = resp;
	return PAM_SUCCESS;
}

static const char *pamdir_service(void)
{
	const char *service = getenv(PAM_SERVICE_ENV);

	if (service != NULL && service[0] != '\0')
		return service;
	if (access(PAM_SERVICE_FILE, F_OK) == 0)
		return PAM_SERVICE_MAPIX;
	return PAM_SERVICE_DEFAULT;
}

static int pamdir_authenticate(struct directory *dir, const char *name,
			       const char *password,
			       struct dir_principal **principal_r,
			       const char **error_r)
{
	struct pamdir_conv_data data = {.name = name, .password = password};
	struct pam_conv conv = {.conv = pamdir_converse, .appdata_ptr = &data};
	const char *service = pamdir_service();
	pam_handle_t *pamh = NULL;
	int rc, ret;

	(void)dir;
	rc = pam_start(service, name, &conv, &pamh);
	if (rc != PAM_SUCCESS) {
		return dir_error(error_r, rc == PAM_BUF_ERR ? -ENOMEM : -EIO,
				 "cannot start PAM service '%s'", service);
	}
	rc = pam_authenticate(pamh, PAM_SILENT | PAM_DISALLOW_NULL_AUTHTOK);
	switch (rc) {
	case PAM_SUCCESS:
		break;
	case PAM_BUF_ERR:
		ret = dir_error(error_r, -ENOMEM, "out of memory");
		goto out;
	case PAM_SYSTEM_ERR:
	case PAM_ABORT:
		ret = dir_error(error_r, -EIO, "PAM service '%s' failed: %s",
				service, pam_strerror(pamh, rc));
		goto out;
	default:
		/* PAM_AUTH_ERR, PAM_USER_UNKNOWN, PAM_MAXTRIES, ... */
		ret = dir_error(error_r, -EACCES, DIR_AUTH_FAILED_MSG);
		goto out;
	}
	rc = pam_acct_mgmt(pamh, PAM_SILENT | PAM_DISALLOW_NULL_AUTHTOK);
	if (rc != PAM_SUCCESS) {
		ret = dir_error(error_r, -EPERM, "user '%s' may not log on: %s",
				name, pam_strerror(pamh, rc));
		goto out;
	}
	ret = pamdir_lookup(name, 0, principal_r, error_r);
	if (ret == -ENOENT) {
		ret = dir_error(error_r, -EACCES,
				"PAM accepted '%s', but the system user "
				"database does not know it",
				name);
	}
out:
	pam_end(pamh, rc);
	return ret;
}

const struct directory_backend dir_pam_backend = {
    .version = DIRECTORY_BACKEND_VERSION,
    .name = "pam",
    .open = pamdir_open,
    .close = pamdir_close,
    .add = pamdir_add,
    .del = pamdir_del,
    .get = pamdir_get,
    .get_by_uid = pamdir_get_by_uid,
    .list = pamdir_list,
    .set_password_hash = pamdir_set_password_hash,
    .set_flags = pamdir_set_flags,
    .map_os = pamdir_map_os,
    .authenticate = pamdir_authenticate,
};
