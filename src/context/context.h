/*
 * context.h - security contexts: who the calling thread acts as.
 *
 * A context is a principal name plus, when the principal maps to one, an
 * OS identity (uid, gid, supplementary groups).  Contexts are interned:
 * one struct per principal in the process, with a small id that is never
 * reused and that objects and MAPI buffers record (src/core/alloc.h keeps
 * the thread's id for the core layer).  A context lives while someone
 * holds a reference (a token, an instance, the process); when the last one
 * goes, the principal's next context gets a new id.
 *
 * Every thread has a current context.  Until it impersonates (mapixsec.h:
 * MapixImpersonate) it is the process context: the principal mapped to the
 * process's uid when a resolver (installed by the directory layer) knows
 * one, else a context named after the OS user (its passwd name, else
 * "uid:N") with the process's own identity.  Nothing here reads $HOME,
 * $USER or other process-wide state to decide who a thread is.
 *
 * The core layer's record.  src/core/alloc.h keeps a thread-local context
 * id that MAPIAllocateBuffer stamps on new buffers; core cannot call up
 * into this layer, so the rule is kept from here: on a thread that has
 * never called context_thread() the record is 0 ("no context yet");
 * context_thread() sets it to its result's id, and impersonation and
 * RevertToSelf keep it equal to context_id(context_thread()) from then on.
 * Code above core that needs the owner of the thread's buffers calls
 * context_thread() first (MAPIInitialize does).
 *
 * Conventions: int functions return 0 or a negative errno; contexts are
 * reference counted; "borrowed" results stay valid while the thread does
 * not change its context.
 */
#ifndef MAPIX_CONTEXT_H
#define MAPIX_CONTEXT_H

#include <stdbool.h>
#include <sys/types.h>

#include <mapixsec.h>

/* Longest principal name accepted, in bytes (as the directory's). */
#define CONTEXT_NAME_MAX 64
/* Most supplementary groups of one OS identity (the kernel's limit). */
#define CONTEXT_GROUPS_MAX 65536

struct context_os {
	uid_t uid;
	gid_t gid;
	const gid_t *groups;
	unsigned int groups_count;
};

struct context;

/*
 * Finds or creates the context of a principal.  Names are 1 to
 * CONTEXT_NAME_MAX bytes of [A-Za-z0-9._@:$+-], not "." or "..", and are
 * compared without regard to ASCII case; a context keeps the spelling it
 * was created with.  os is the OS identity the principal maps to, or NULL
 * for a logical identity (no kernel credential change on impersonation);
 * uid and gid may not be (uid_t)-1, and the groups are kept sorted and
 * without duplicates.  Looking up an existing principal with a different
 * os identity fails with -EEXIST (two live contexts of one principal with
 * different kernel identities would share its profiles).  The caller owns
 * a reference.  -EINVAL for a bad name or os, -ENOMEM.
 */
int context_get(const char *principal, const struct context_os *os,
		struct context **ctx_r);
void context_ref(struct context *ctx);
/* Drops a reference and sets *ctx to NULL; NULL and *ctx NULL are no-ops. */
void context_unref(struct context **ctx);

unsigned int context_id(const struct context *ctx);
const char *context_principal(const struct context *ctx);
/* The OS identity, or NULL for a logical context. */
const struct context_os *context_os(const struct context *ctx);
/*
 * True for a directory principal (context_get, or the resolver's answer);
 * false for the process context named after the OS user when no principal
 * maps to the process's uid.  Only principals can hold directory rights.
 */
bool context_is_principal(const struct context *ctx);

/*
 * The process context (borrowed); created on first use, from the
 * process's effective uid, effective gid and groups.  NULL when it could
 * not be created (out of memory, or the groups could not be read); a
 * later call tries again.  A process that drops privileges should do so
 * before its first MAPI call.
 */
struct context *context_process(void);
/*
 * context_process() with the reason of a failure: 0 with the context in
 * *ctx_r, -ENOMEM, or the errno of reading the process's groups.
 */
int context_process_get(struct context **ctx_r);
/*
 * The calling thread's current context (borrowed), NULL as
 * context_process().  Also brings the core layer's record up to date.
 */
struct context *context_thread(void);

/*
 * Maps the process uid to a principal name, for the process context.
 * Returns 0 and fills name (CONTEXT_NAME_MAX + 1 bytes) and *os_r, or
 * -ENOENT.  os_r->groups may point to storage of the resolver's that stays
 * valid until it is called again; the context layer copies it at once.  It
 * is called at most once at a time, with the context layer's process lock
 * held, so it must not call back into this header.  Installed once by a
 * higher layer (the directory); without one, or when it fails or answers
 * a name context_get() refuses, the OS user's name is used.  Installing it
 * after the process context exists changes nothing.
 */
typedef int context_resolver_fn(uid_t uid, char *name, struct context_os *os_r);
void context_set_process_resolver(context_resolver_fn *fn);

/*
 * A new token for ctx (MAPIX_LOGON_* flags), with one reference for the
 * caller (MapixCloseToken).  The token takes its own reference to ctx.
 * -EINVAL for a NULL ctx or token_r or unknown flags, -ENOMEM.
 */
int context_token_new(struct context *ctx, unsigned int flags,
		      LPMAPIXTOKEN *token_r);

/*
 * True when the calling thread's kernel credentials are privileged for
 * MapixTokenForUser: effective uid 0 or CAP_SETUID in its effective set.
 * A thread that impersonates with kernel credentials has neither.
 */
bool context_thread_privileged(void);

/*
 * Runs fn(arg) with the calling thread's own kernel credentials, the ones
 * it had before it impersonated, and returns its result: for the library's
 * own work that the impersonated user may not do (reading the directory,
 * creating a context's directories).  A thread that has not changed its
 * kernel credentials just calls fn.  Returns fn's result, or an errno when
 * the credentials could not be switched (fn is then not called).  If they
 * cannot be switched back after fn (the kernel refused the ids it took a
 * moment before), the thread is returned to its process context, a message
 * goes to stderr, and -ENOTRECOVERABLE is returned.
 */
int context_as_process(int (*fn)(void *arg), void *arg);

#endif
