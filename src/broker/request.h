/*
 * request.h - the request a front end sends to mapix-broker, and its
 * parser.
 *
 * The protocol (docs/BROKER.md has the whole of it).  A front end connects
 * to the broker's Unix socket and sends one line of at most
 * REQUEST_LINE_MAX bytes, its '\n' included:
 *
 *   logon NAME PASSWORD\n    authenticate NAME with PASSWORD
 *   act-as NAME\n            trusted front ends only: no password
 *
 * NAME is a principal name (1 to 64 of [A-Za-z0-9._@-]); PASSWORD is the
 * rest of the line after the single space that follows NAME: 1 to 1024
 * bytes, any byte but NUL, CR and LF.  A CR before the LF is ignored.  The
 * front end then waits for one answer line:
 *
 *   OK NAME\n                the connection now belongs to NAME's worker
 *   FAIL CODE MESSAGE\n      CODE is a MAPI_E_* name; the broker closes
 *
 * Bytes after the request line, sent before the answer, are a protocol
 * error.
 */
#ifndef MAPIX_BROKER_REQUEST_H
#define MAPIX_BROKER_REQUEST_H

#include <stddef.h>

#include "directory.h"

/* Longest request line, '\n' included. */
#define REQUEST_LINE_MAX (16 + DIR_NAME_MAX + DIR_PASSWORD_MAX)

enum request_op {
	REQUEST_LOGON,
	REQUEST_ACT_AS,
};

struct request {
	enum request_op op;
	char name[DIR_NAME_MAX + 1];
	/* Empty for act-as.  The caller wipes it after use. */
	char password[DIR_PASSWORD_MAX + 1];
};

/*
 * Parses one request line of len bytes (without its '\n'; a trailing '\r'
 * is dropped).  0 with *req_r filled, or -EINVAL with a message that says
 * what is wrong (and never repeats the password).  *req_r is wiped on
 * failure.
 */
int request_parse(const char *line, size_t len, struct request *req_r,
		  const char **error_r);

/* Wipes *req (the password above all). */
void request_wipe(struct request *req);

#endif
