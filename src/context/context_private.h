/*
 * context_private.h - what the files of src/context share and nobody else
 * sees: the token struct and its registry (token.c), the thread's current
 * context (context.c), and the calling thread's kernel credentials
 * (creds.c).
 */
#ifndef MAPIX_CONTEXT_PRIVATE_H
#define MAPIX_CONTEXT_PRIVATE_H

#include <stdatomic.h>
#include <stdbool.h>
#include <stdint.h>
#include <sys/types.h>

#include "context.h"

#define TOKEN_MAGIC 0x4e4b5458u /* "XTKN" */

/*
 * A logon token.  Applications only hold pointers to it; every entry point
 * checks that a pointer is in the registry of live tokens before it reads
 * anything through it, so garbage and closed tokens are refused without
 * being touched.
 */
struct MAPIXTOKEN {
	uint32_t magic;
	/* MAPIX_LOGON_* */
	unsigned int flags;
	atomic_uint refs;
	/* One reference, dropped with the last reference to the token. */
	struct context *ctx;
	/* The registry bucket chain. */
	struct MAPIXTOKEN *next;
};

/*
 * Adds a reference to token if it is a live token: 0, or -EINVAL for NULL,
 * garbage and tokens whose last reference is gone.
 */
int token_ref_checked(struct MAPIXTOKEN *token);
/* Drops a reference if token is live, like token_ref_checked(). */
int token_unref_checked(struct MAPIXTOKEN *token);
/* Drops a reference the caller knows it holds; sets *token to NULL. */
void token_unref(struct MAPIXTOKEN **token);
/* Live tokens in the process (tests). */
unsigned long token_live_count(void);

/*
 * Sets the calling thread's current context (borrowed: the thread's token
 * holds it), NULL for its home context, and the core layer's record.
 */
void context_thread_set(struct context *ctx);

/*
 * Sets the context the calling thread acts in when it is not impersonating
 * (borrowed; NULL: the process context).  The thread factory gives each
 * of its threads its own, so MapixRevertToSelf in, say, an OnNotify
 * returns the dispatcher to its context, matching the kernel credentials
 * it was started with.
 */
void context_thread_set_home(struct context *ctx);

/* A thread's kernel credentials. */
struct thread_creds {
	uid_t ruid, euid, suid;
	gid_t rgid, egid, sgid;
	/* As the kernel listed them; NULL when groups_count is 0. */
	gid_t *groups;
	unsigned int groups_count;
};

/*
 * Reads the calling thread's credentials (raw per-thread system calls).
 * 0, -ENOMEM, or the errno of a failed call.  Free with creds_free().
 */
int creds_read(struct thread_creds *creds);
void creds_free(struct thread_creds *creds);

/*
 * True when the calling thread may change its credentials: effective uid 0,
 * or CAP_SETUID and CAP_SETGID in its effective set.
 */
bool creds_may_change(void);

/*
 * Makes the calling thread, which has the credentials orig, run as os:
 * groups, then gid (real, effective, saved), then uid (real and effective;
 * the saved uid stays orig->euid so that creds_restore can take orig back).
 * Checks the result with the raw get calls.  On failure the thread is put
 * back to orig and the result is -EPERM (the kernel refused), -EIO (the
 * kernel reported other ids than asked for), -ENOMEM or another errno; if
 * even that restore fails, -ENOTRECOVERABLE.
 */
int creds_enter(const struct context_os *os, const struct thread_creds *orig);

/*
 * Gives the calling thread the credentials orig back exactly: uid first
 * (the saved uid lets it take orig->euid back, and with it the
 * capabilities to do the rest), then gids, then groups.  Checks the result.
 * 0, or the errno of the first failure (-EIO when the kernel reported
 * other ids).
 */
int creds_restore(const struct thread_creds *orig);

/* Writes "mapix: <message>" to stderr, for states a caller cannot see. */
void context_log(const char *fmt, ...) __attribute__((format(printf, 1, 2)));

#endif
