/*
 * thread.h - the thread factory: every thread the library creates.
 *
 * A library thread (a notification dispatcher, later the wire's reader)
 * works for one security context.  On Windows such threads were made with
 * CreateThread while the creator impersonated, and ran with whatever
 * identity the thread happened to get.  Here the new thread takes its
 * context first -- its current context, the context of the buffers and
 * objects it makes, and, when the context has an OS identity and the
 * process may change credentials, its kernel uid, gid and groups -- and
 * only then runs the caller's function.  If it cannot take the context it
 * never runs the function, and the creator gets the error.
 *
 * The thread is started from the creator's own kernel credentials (those
 * it had before it impersonated, context_as_process), so it never inherits
 * an impersonation by accident, and then takes its context's.
 *
 * Library threads start with every blockable signal blocked, so the
 * application's handlers run on the application's threads.  They have no
 * impersonation token: their context is theirs for life.
 *
 * Conventions: int functions return 0 or a negative errno.
 */
#ifndef MAPIX_CONTEXT_THREAD_H
#define MAPIX_CONTEXT_THREAD_H

#include <pthread.h>

#include "context.h"

/*
 * Creates a joinable thread that runs fn(arg) in ctx.  The factory holds a
 * reference to ctx for the thread's life.  Returns 0 and *thread_r, or
 * -EINVAL (NULL argument), -ENOMEM, -EAGAIN (no thread), or the error of
 * taking the context (-EPERM: the kernel refused the credentials).  The
 * caller joins the thread (pthread_join) or detaches it.
 */
int context_thread_create(struct context *ctx, void *(*fn)(void *), void *arg,
			  pthread_t *thread_r);

/* Library threads currently running fn for the context with this id. */
unsigned int context_thread_count(unsigned int context_id);
/* Library threads currently running fn, all contexts together. */
unsigned int context_thread_total(void);

#endif
