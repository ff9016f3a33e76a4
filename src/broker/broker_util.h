/*
 * broker_util.h - what the broker's modules share: error messages for
 * error_r parameters and the broker's log lines.
 *
 * Conventions of src/broker: int functions return 0 or a negative errno;
 * when error_r is not NULL, a failure points *error_r at a message fit for
 * a log line, held in a thread-local buffer that stays valid until the next
 * call of the broker's modules on the same thread.
 */
#ifndef MAPIX_BROKER_UTIL_H
#define MAPIX_BROKER_UTIL_H

#include <stdarg.h>

/* Longest message kept; longer ones are cut. */
#define BROKER_ERROR_SIZE 512

/*
 * Formats a message into the thread's buffer, points *error_r at it (when
 * error_r is not NULL) and returns err.
 */
int broker_error(const char **error_r, int err, const char *fmt, ...)
    __attribute__((format(printf, 3, 4)));

enum broker_log_level {
	BROKER_LOG_ERROR,
	BROKER_LOG_WARNING,
	BROKER_LOG_INFO,
};

/*
 * Writes one line "mapix-broker[PID]: LEVEL: message" to stderr with one
 * write(2), so that the lines of the broker and its workers never mix.
 */
void broker_log(enum broker_log_level level, const char *fmt, ...)
    __attribute__((format(printf, 2, 3)));

/* Sets the program name of log lines (default "mapix-broker"). */
void broker_log_set_ident(const char *ident);

#endif
