/*
 * lib.h - what every mapix source file may assume: object and array
 * arithmetic, compiler attributes and the invariant check.
 *
 * This is the base of the base library (the role Dovecot's lib.h plays):
 * include it first in any .c file that wants one of these, instead of
 * writing its own container_of or sizeof-division once more.  It pulls in
 * nothing but libc headers, so every layer, tests and fuzz targets
 * included, can use it.
 *
 * i_assert() is for our own invariants -- a state that only a bug in mapix
 * can produce -- never for bad input, which gets an errno or an HRESULT.
 * It is kept in release builds (NDEBUG does not remove it), because the
 * invariants it guards are the ones whose failure would corrupt memory:
 * stopping the process with the file, line and expression is better than
 * going on.
 */
#ifndef MAPIX_CORE_LIB_H
#define MAPIX_CORE_LIB_H

#include <stddef.h>

/* The struct of type that has member at ptr. */
#define container_of(ptr, type, member)                                        \
	((type *)(void *)((char *)(ptr) - offsetof(type, member)))

/* Elements of a true array (not a pointer). */
#define N_ELEMENTS(arr) (sizeof(arr) / sizeof((arr)[0]))

/* The result must be looked at (an error code, a new object). */
#define ATTR_NODISCARD __attribute__((warn_unused_result))
/* printf-style arguments: the format is argument fmt, the values start at
 * argument first (0 for a va_list). */
#define ATTR_FORMAT(fmt, first) __attribute__((format(printf, fmt, first)))
/* The pointer arguments at these positions must not be NULL. */
#define ATTR_NONNULL(...) __attribute__((nonnull(__VA_ARGS__)))
/* The function never returns. */
#define ATTR_NORETURN __attribute__((noreturn))
/* May be unused (a parameter a callback type imposes). */
#define ATTR_UNUSED __attribute__((unused))
/* Returns a new block no other pointer aliases (allocators). */
#define ATTR_MALLOC __attribute__((malloc))
/* Marks a deliberate fall-through between case labels. */
#define ATTR_FALLTHROUGH __attribute__((fallthrough))

#define likely(x)   __builtin_expect(!!(x), 1)
#define unlikely(x) __builtin_expect(!!(x), 0)

/*
 * Reports a failed invariant (file, line, function, expression) on
 * standard error with one write and aborts.  Called by i_assert() and
 * i_unreached(); not for bad input.
 */
ATTR_NORETURN void lib_assert_failed(const char *file, int line,
				     const char *func, const char *expr);

#define i_assert(expr)                                                         \
	do {                                                                   \
		if (unlikely(!(expr)))                                         \
			lib_assert_failed(__FILE__, __LINE__, __func__, #expr); \
	} while (0)

/* A branch that the code's own logic makes impossible. */
#define i_unreached()                                                          \
	lib_assert_failed(__FILE__, __LINE__, __func__, "unreachable code")

#endif
