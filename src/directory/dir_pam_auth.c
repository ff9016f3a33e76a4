/*
 * dir_pam_auth.c - the authentication of the "pam" directory backend (its
 * struct directory_backend_auth): passwords checked by PAM.  Apart from
 * dir_pam.c so that a program that only reads principals does not link
 * PAM.
 *
 * The service is $MAPIX_PAM_SERVICE when set, else "mapix" when
 * /etc/pam.d/mapix exists, else "login".  After pam_authenticate,
 * pam_acct_mgmt decides whether the account may log on (expired or locked
 * accounts give -EPERM).  Unknown users and wrong passwords both give
 * -EACCES; PAM's own fail delay applies to both.
 */
#include "directory_backend.h"

#include <errno.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include <security/pam_appl.h>
#include <sodium.h>

#define PAM_SERVICE_ENV     "MAPIX_PAM_SERVICE"
#define PAM_SERVICE_MAPIX   "mapix"
#define PAM_SERVICE_DEFAULT "login"
#define PAM_SERVICE_FILE    "/etc/pam.d/mapix"

struct pamdir_conv_data {
	const char *name;
	const char *password;
};

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
	ret = dir->backend->get(dir, name, principal_r, error_r);
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

const struct directory_backend_auth dir_pam_auth = {
    .version = DIRECTORY_BACKEND_AUTH_VERSION,
    .name = "pam",
    .authenticate = pamdir_authenticate,
};
