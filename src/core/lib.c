/*
 * lib.c - the out-of-line half of lib.h: reporting a failed invariant.
 */
#include "lib.h"

#include <stdio.h>
#include <stdlib.h>
#include <unistd.h>

void lib_assert_failed(const char *file, int line, const char *func,
		       const char *expr)
{
	char msg[512];
	int n;

	/* One write, so that the line is not mixed with another thread's. */
	n = snprintf(msg, sizeof(msg),
		     "mapix: %s:%d: %s: assertion failed: %s\n", file, line,
		     func, expr);
	if (n > 0) {
		size_t len = (size_t)n < sizeof(msg) ? (size_t)n
						     : sizeof(msg) - 1;

		if (write(STDERR_FILENO, msg, len) < 0) {
			/* Nothing more can be done about a failed report. */
		}
	}
	abort();
}
