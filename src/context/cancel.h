/*
 * cancel.h - cancelling a long call from another thread of its context
 * (the role of the Cancel RPC).
 *
 * A long call registers itself with cancel_begin() and polls
 * cancel_requested() at points where it can stop with its state
 * consistent; when asked to stop it undoes what it must and returns
 * MAPI_E_USER_CANCEL.  Another thread of the same context learns the call's
 * id (from the caller, or with MapixGetCallId) and calls MapixCancelCall.
 * Ids are process-unique and never 0; a thread of another context cannot
 * see or cancel the call (MAPI_E_NOT_FOUND, as for a call that ended).
 *
 * Conventions: int functions return 0 or a negative errno.
 */
#ifndef MAPIX_CONTEXT_CANCEL_H
#define MAPIX_CONTEXT_CANCEL_H

#include <stdbool.h>

#include <mapix.h>
#include <mapixsec.h>

struct instance;
struct cancel_table;
struct cancel_token;

/* The instance's table of calls in flight.  Returns 0 or -ENOMEM. */
int cancel_table_create(struct cancel_table **tab_r);
/*
 * At instance teardown: every call still registered is marked cancelled
 * and detached (its cancel_end() only frees its token).  Sets *tab to
 * NULL; tolerates NULL.
 */
void cancel_table_destroy(struct cancel_table **tab);

/*
 * Registers a cancellable call of the calling thread in inst.  Returns 0
 * and *tok_r, -EINVAL or -ENOMEM.
 */
int cancel_begin(struct instance *inst, struct cancel_token **tok_r);
/* The call's id, for MapixCancelCall. */
ULONG cancel_id(const struct cancel_token *tok);
/* Whether the call was asked to stop.  One atomic load: poll it freely. */
bool cancel_requested(const struct cancel_token *tok);
/* Unregisters and frees the token; sets *tok to NULL; NULL is a no-op. */
void cancel_end(struct cancel_token **tok);

/*
 * The public side is MapixCancelCall and MapixGetCallId (mapixsec.h).
 * MapixCancelCall: S_OK, MAPI_E_INVALID_PARAMETER (id 0), MAPI_E_NOT_FOUND
 * (no such call in this context: ended, or another context's),
 * MAPI_E_NOT_INITIALIZED.  MapixGetCallId takes a kernel thread id
 * (gettid()) and names the innermost cancellable call of that thread in
 * the caller's context.
 */

#endif
