/*
 * context.h - security contexts: who the calling thread acts as.
 *
 * A context is a principal name plus, when the principal maps to one, an
 * OS identity (uid, gid, supplementary groups).  Contexts are interned:
 * one struct per principal in the process, with a small id that is never
 * reused and that objects and MAPI buffers record (src/core/alloc.h keeps
 * the thread's id for the core layer).
 *
 * Every thread has a current context.  Until it impersonates (mapixsec.h:
 * MapixImpersonate) it is the process context: the principal mapped to the
 * process's uid when a resolver (installed by the directory layer) knows
 * one, else a context named after the OS user (its passwd name, else
 * "uid:N") with the process's own identity.  Nothing here reads $HOME,
 * $USER or other process-wide state to decide who a thread is.
 *
 * Conventions: int functions return 0 or a negative errno; contexts are
 * reference counted; "borrowed" results stay valid while the thread does
 * not change its context.
 */
#ifndef MAPIX_CONTEXT_H
#define MAPIX_CONTEXT_H

#include <stdbool.h>
#include <sys/types.h>

/* Longest principal name accepted, in bytes (as the directory's). */
#define CONTEXT_NAME_MAX 64

struct context_os {
	uid_t uid;
	gid_t gid;
	const gid_t *groups;
	unsigned int groups_count;
};

struct context;

/*
 * Finds or creates the context of a principal.  os is the OS identity the
 * principal maps to, or NULL for a logical identity (no kernel credential
 * change on impersonation).  Looking up an existing principal with a
 * different os identity fails with -EEXIST.  The caller owns a reference.
 */
int context_get(const char *principal, const struct context_os *os,
		struct context **ctx_r);
void context_ref(struct context *ctx);
void context_unref(struct context **ctx);

unsigned int context_id(const struct context *ctx);
const char *context_principal(const struct context *ctx);
/* The OS identity, or NULL for a logical context. */
const struct context_os *context_os(const struct context *ctx);

/* The process context (borrowed); created on first use. */
struct context *context_process(void);
/* The calling thread's current context (borrowed). */
struct context *context_thread(void);

/*
 * Maps the process uid to a principal name, for the process context.
 * Returns 0 and fills name (CONTEXT_NAME_MAX + 1 bytes) and *os_r, or
 * -ENOENT.  Installed once by a higher layer (the directory); without one,
 * the OS user's name is used.
 */
typedef int context_resolver_fn(uid_t uid, char *name, struct context_os *os_r);
void context_set_process_resolver(context_resolver_fn *fn);

#endif
