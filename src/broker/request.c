/*
 * request.c - the parser of front-end requests (request.h).  Its input is
 * whatever a local process wrote to the broker's socket: every byte is
 * checked, nothing is trusted, and the password is never copied anywhere
 * but into the request.
 */
#include "request.h"

#include <errno.h>
#include <string.h>

#include "broker_util.h"

void request_wipe(struct request *req)
{
	explicit_bzero(req, sizeof(*req));
}

/* Copies the name that starts line and ends at a space or at end. */
static int take_name(const char *line, size_t len, struct request *req,
		     size_t *used_r, const char **error_r)
{
	const char *space = memchr(line, ' ', len);
	size_t n = space != NULL ? (size_t)(space - line) : len;

	if (n == 0 || n > DIR_NAME_MAX || memchr(line, '\0', n) != NULL)
		return broker_error(error_r, -EINVAL, "invalid name");
	memcpy(req->name, line, n);
	req->name[n] = '\0';
	if (!dir_name_valid(req->name))
		return broker_error(error_r, -EINVAL, "invalid name");
	*used_r = n;
	return 0;
}

int request_parse(const char *line, size_t len, struct request *req_r,
		  const char **error_r)
{
	static const char logon[] = "logon ", act_as[] = "act-as ";
	size_t used, pw_len;
	int ret;

	request_wipe(req_r);
	if (len > 0 && line[len - 1] == '\r')
		len--;
	if (len + 1 > REQUEST_LINE_MAX)
		return broker_error(error_r, -EINVAL, "request too long");

	if (len >= sizeof(logon) - 1 &&
	    memcmp(line, logon, sizeof(logon) - 1) == 0) {
		req_r->op = REQUEST_LOGON;
		line += sizeof(logon) - 1;
		len -= sizeof(logon) - 1;
		ret = take_name(line, len, req_r, &used, error_r);
		if (ret < 0)
			goto fail;
		if (used == len) {
			ret = broker_error(error_r, -EINVAL,
					   "logon needs a password");
			goto fail;
		}
		line += used + 1;
		pw_len = len - used - 1;
		if (pw_len == 0 || pw_len > DIR_PASSWORD_MAX ||
		    memchr(line, '\0', pw_len) != NULL ||
		    memchr(line, '\r', pw_len) != NULL ||
		    memchr(line, '\n', pw_len) != NULL) {
			ret = broker_error(error_r, -EINVAL,
					   "invalid password field");
			goto fail;
		}
		memcpy(req_r->password, line, pw_len);
		req_r->password[pw_len] = '\0';
		return 0;
	}
	if (len >= sizeof(act_as) - 1 &&
	    memcmp(line, act_as, sizeof(act_as) - 1) == 0) {
		req_r->op = REQUEST_ACT_AS;
		line += sizeof(act_as) - 1;
		len -= sizeof(act_as) - 1;
		ret = take_name(line, len, req_r, &used, error_r);
		if (ret < 0)
			goto fail;
		if (used != len) {
			ret = broker_error(error_r, -EINVAL,
					   "act-as takes only a name");
			goto fail;
		}
		return 0;
	}
	ret = broker_error(error_r, -EINVAL, "unknown request");
fail:
	request_wipe(req_r);
	return ret;
}
