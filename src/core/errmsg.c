/*
 * errmsg.c - the thread's message buffer for failed internal calls; see
 * errmsg.h.
 */
#include "errmsg.h"

#include <stdio.h>
#include <string.h>

static _Thread_local char error_buf[ERRMSG_SIZE];

int errmsg_vset(const char **error_r, int err, const char *fmt, va_list args)
{
	char tmp[ERRMSG_SIZE];

	/* Format aside first: an argument may point into error_buf. */
	vsnprintf(tmp, sizeof(tmp), fmt, args);
	memcpy(error_buf, tmp, strlen(tmp) + 1);
	if (error_r != NULL)
		*error_r = error_buf;
	return err;
}

int errmsg_set(const char **error_r, int err, const char *fmt, ...)
{
	va_list args;

	va_start(args, fmt);
	err = errmsg_vset(error_r, err, fmt, args);
	va_end(args);
	return err;
}
