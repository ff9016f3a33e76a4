/*
 * fuzz_broker_request.c - libFuzzer target for the parser of front-end
 * requests to mapix-broker (src/broker/request.c).
 *
 * The input is one request line without its '\n'.  What must hold for any
 * input (abort() otherwise):
 * - request_parse() returns 0 or -EINVAL with a message;
 * - on success the name is a valid principal name, the op is known, a
 *   logon has a password of 1 to DIR_PASSWORD_MAX bytes without NUL, CR
 *   or LF, an act-as has none, and the name and password are bytes of the
 *   input;
 * - on failure the request is all zero bytes (no password kept).
 */
#include <errno.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "request.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	static const struct request zero;
	const char *line = (const char *)data;
	const char *error = NULL;
	struct request req;
	size_t pw;
	int ret;

	ret = request_parse(line, size, &req, &error);
	if (ret != 0) {
		if (ret != -EINVAL || error == NULL ||
		    memcmp(&req, &zero, sizeof(req)) != 0)
			abort();
		return 0;
	}
	if (!dir_name_valid(req.name) ||
	    memmem(line, size, req.name, strlen(req.name)) == NULL)
		abort();
	pw = strlen(req.password);
	switch (req.op) {
	case REQUEST_LOGON:
		if (pw == 0 || pw > DIR_PASSWORD_MAX ||
		    strpbrk(req.password, "\r\n") != NULL ||
		    memmem(line, size, req.password, pw) == NULL)
			abort();
		break;
	case REQUEST_ACT_AS:
		if (pw != 0)
			abort();
		break;
	default:
		abort();
	}
	request_wipe(&req);
	return 0;
}
