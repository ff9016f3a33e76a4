/*
 * errmsg.h - the message that goes with a failed internal call.
 *
 * Internal functions return 0 or a negative errno and, when the caller
 * passes a `const char **error_r`, point it at a message fit to show a
 * user.  The message lives in one thread-local buffer shared by every
 * layer (dir_error, prof_error and config_error are this function under a
 * layer's name), valid until the next failing internal call on the same
 * thread; callers that keep it longer copy it.
 */
#ifndef MAPIX_CORE_ERRMSG_H
#define MAPIX_CORE_ERRMSG_H

#include <stdarg.h>

/* Longest message kept; longer ones are cut. */
#define ERRMSG_SIZE 512

/*
 * Formats a message into the thread's buffer, points *error_r at it (when
 * error_r is not NULL) and returns err.  An argument may point into the
 * buffer itself (a message being wrapped).
 */
int errmsg_set(const char **error_r, int err, const char *fmt, ...)
    __attribute__((format(printf, 3, 4)));
int errmsg_vset(const char **error_r, int err, const char *fmt, va_list args)
    __attribute__((format(printf, 3, 0)));

#endif
