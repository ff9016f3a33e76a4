/*
 * str.h - a growable string buffer: text built piece by piece (appends,
 * printf-style formatting) in memory from alloc_*().
 *
 *	struct str s = STR_INIT;
 *
 *	if (str_append(&s, "to: ") < 0 ||
 *	    str_printfa(&s, "%s <%s>", name, addr) < 0)
 *		goto fail;
 *	use(str_c(&s));
 *	str_free(&s);
 *
 * It is a growable array of char (array.h), so it grows like every other
 * array of mapix and out-of-memory tests reach it.  The text is always
 * NUL-terminated: str_c() gives "" for a string that never grew.  A
 * failed call returns -ENOMEM and leaves the text as it was.  A zeroed
 * struct str is an empty string.
 */
#ifndef MAPIX_CORE_STR_H
#define MAPIX_CORE_STR_H

#include <stdarg.h>
#include <stddef.h>

#include "array.h"
#include "lib.h"

struct str {
	/* The characters and, past count, the terminating NUL. */
	ARRAY(char) chars;
};

#define STR_INIT                                                               \
	{                                                                      \
		.chars = ARRAY_INIT                                            \
	}

/* The text, NUL-terminated; valid until the next change. */
const char *str_c(const struct str *s);
/* Its length in bytes, without the NUL. */
size_t str_len(const struct str *s);

/* Appends text (NUL-terminated), or n bytes of text, or one char. */
ATTR_NODISCARD int str_append(struct str *s, const char *text);
ATTR_NODISCARD int str_append_n(struct str *s, const char *text, size_t n);
ATTR_NODISCARD int str_append_c(struct str *s, char c);

/* Appends the formatted text.  0 or -ENOMEM (also for a format error). */
ATTR_NODISCARD int str_printfa(struct str *s, const char *fmt, ...)
    ATTR_FORMAT(2, 3);
ATTR_NODISCARD int str_vprintfa(struct str *s, const char *fmt, va_list args)
    ATTR_FORMAT(2, 0);

/* Keeps the first len bytes (len <= str_len()). */
void str_truncate(struct str *s, size_t len);

/*
 * Hands the text over: a NUL-terminated string the caller frees with
 * alloc_free(); the buffer is empty afterwards and owns nothing.  NULL
 * when memory runs out (only a buffer that never grew needs any), the
 * buffer then left as it was.
 */
ATTR_NODISCARD char *str_steal(struct str *s);

/* Frees the text; the buffer is empty and owns nothing. */
void str_free(struct str *s);

#endif
