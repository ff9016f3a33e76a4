/*
 * profutil.h - what the profile layer's modules share: error messages,
 * name rules and a growable output buffer (UTF-8 and UTF-16 are core's,
 * utf8.h).
 *
 * Conventions of the whole layer (atomicfile, mapisvc, proffile):
 * functions return 0 (or a documented positive value) or a negative errno.
 * When error_r is not NULL, a failure sets *error_r to a message fit to
 * show a user, naming the file and, for parse errors, the line:
 * "/etc/mapix/mapisvc.inf:12: unknown property name PR_FOO".  The message
 * lives in a thread-local buffer that stays valid until the next call of
 * the profile layer on the same thread.
 */
#ifndef MAPIX_PROFILE_PROFUTIL_H
#define MAPIX_PROFILE_PROFUTIL_H

#include <stdarg.h>
#include <stdbool.h>
#include <stddef.h>

#include <mapidefs.h>

#include "errmsg.h"
#include "str.h"

/* Longest message kept; longer ones are cut. */
#define PROF_ERROR_SIZE ERRMSG_SIZE

/*
 * Formats a message into the thread's buffer, points *error_r at it (when
 * error_r is not NULL) and returns err.  An argument may point into the
 * buffer itself (a message being wrapped).
 */
int prof_error(const char **error_r, int err, const char *fmt, ...)
    __attribute__((format(printf, 3, 4)));
int prof_verror(const char **error_r, int err, const char *fmt, va_list args)
    __attribute__((format(printf, 3, 0)));

/*
 * Names of services and provider sections in the catalog (mapisvc.inf):
 * 1 to PROF_SECTION_NAME_MAX bytes of ASCII letters, digits, spaces and
 * "_-.+@()&"; no leading or trailing space, no leading '.', no "..".
 * '/', '\\', NUL, control characters, '[', ']', '=', ',', ';' and '#'
 * (which would start a comment) can so never appear.  Returns 0 or
 * -EINVAL with a message that names what (e.g. "service name") was
 * wrong.
 */
#define PROF_SECTION_NAME_MAX 64
int prof_check_section_name(const char *what, const char *name,
			    const char **error_r);

/*
 * Names of profiles (which become file names): valid UTF-8, 1 to
 * PROF_PROFILE_NAME_MAX characters and at most PROF_PROFILE_NAME_BYTES
 * bytes; no control characters, '/', '\\', ':', '*', '?', '"', '<', '>',
 * '|', no leading or trailing space, no leading '.', no "..".  Returns 0
 * or -EINVAL with a message.
 */
#define PROF_PROFILE_NAME_MAX   64
#define PROF_PROFILE_NAME_BYTES 256
int prof_check_profile_name(const char *name, const char **error_r);

/*
 * A growable byte buffer for writers.  Appends never fail visibly: after
 * an allocation failure the buffer is marked failed, further appends do
 * nothing and sb_finish() returns -ENOMEM.
 */
struct strbuf {
	struct str s;
	bool failed; /* an append failed: sb_finish() will say so */
};

void sb_append(struct strbuf *sb, const void *data, size_t len);
void sb_puts(struct strbuf *sb, const char *s);
void sb_putc(struct strbuf *sb, char c);
void sb_printf(struct strbuf *sb, const char *fmt, ...)
    __attribute__((format(printf, 2, 3)));
void sb_hex(struct strbuf *sb, const BYTE *data, size_t len);

/*
 * Ends the buffer: on success returns 0 with the NUL-terminated data
 * (alloc_malloc()ed, the caller frees it with alloc_free()) in *data_r
 * and its length in *len_r; after a failed append frees everything and
 * returns -ENOMEM.
 */
int sb_finish(struct strbuf *sb, char **data_r, size_t *len_r);

/* Frees what the buffer holds; for error paths. */
void sb_free(struct strbuf *sb);

/* Value of one hex digit, or -1. */
int prof_hexval(int c);

/*
 * Parses exactly 2 * len hex digits at s into out.  Returns 0 or -EINVAL.
 */
int prof_unhex(const char *s, BYTE *out, size_t len);

#endif
