/*
 * broker_util.c - error messages and log lines of the broker's modules
 * (broker_util.h).
 */
#include "broker_util.h"

#include <errno.h>
#include <stdio.h>
#include <string.h>
#include <unistd.h>

static _Thread_local char error_buf[BROKER_ERROR_SIZE];
static const char *log_ident = "mapix-broker";

int broker_error(const char **error_r, int err, const char *fmt, ...)
{
	va_list args;

	va_start(args, fmt);
	vsnprintf(error_buf, sizeof(error_buf), fmt, args);
	va_end(args);
	if (error_r != NULL)
		*error_r = error_buf;
	return err;
}

void broker_log_set_ident(const char *ident)
{
	log_ident = ident;
}

void broker_log(enum broker_log_level level, const char *fmt, ...)
{
	static const char *const names[] = {"error", "warning", "info"};
	char line[1024];
	va_list args;
	int n, m;

	n = snprintf(line, sizeof(line), "%s[%ld]: %s: ", log_ident,
		     (long)getpid(), names[level]);
	if (n < 0 || (size_t)n >= sizeof(line))
		return;
	va_start(args, fmt);
	m = vsnprintf(line + n, sizeof(line) - (size_t)n - 1, fmt, args);
	va_end(args);
	if (m < 0)
		return;
	n += m;
	if ((size_t)n > sizeof(line) - 2)
		n = sizeof(line) - 2;
	line[n++] = '\n';
	/* A log line that cannot be written is lost; nothing else to do. */
	if (write(STDERR_FILENO, line, (size_t)n) < 0)
		errno = 0;
}
