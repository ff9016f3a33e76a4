/*
 * impersonate.c - MapixImpersonate, MapixRevertToSelf, MapixGetThreadToken,
 * MapixCloseToken and MapixGetTokenName (mapixsec.h), and
 * context_as_process (context.h).
 *
 * A thread that impersonates has a state block: the token it acts with
 * (one reference), whether its kernel credentials are the token's, and
 * the credentials it had before, read when it first changed them.  The
 * block is freed by MapixRevertToSelf, or by a thread-specific-data
 * destructor when the thread ends while impersonating (the kernel drops
 * the thread's credentials with it).
 *
 * The invariant kept by every path: the thread's current context
 * (context_thread) is the token's context exactly when the thread has a
 * token, and its kernel credentials are the context's OS identity exactly
 * when `kernel` is set, else its own.
 */
#include "context_private.h"

#include <errno.h>
#include <pthread.h>
#include <string.h>

#include "alloc.h"
#include "errmap.h"

struct imp_state {
	/* The token the thread acts with; one reference. */
	struct MAPIXTOKEN *token;
	/* The thread's kernel credentials are the token's OS identity. */
	bool kernel;
	/* orig holds the thread's own credentials. */
	bool orig_saved;
	struct thread_creds orig;
};

static _Thread_local struct imp_state *thread_state;

static pthread_once_t key_once = PTHREAD_ONCE_INIT;
static pthread_key_t state_key;
static int state_key_error;

/* Frees st; the thread's context is not touched. */
static void state_free(struct imp_state *st)
{
	token_unref(&st->token);
	creds_free(&st->orig);
	alloc_free(st);
}

/* Runs when a thread ends while it impersonates. */
static void state_destroy(void *data)
{
	struct imp_state *st = data;

	if (st == thread_state)
		thread_state = NULL;
	state_free(st);
}

static void state_key_create(void)
{
	state_key_error = pthread_key_create(&state_key, state_destroy);
}

/* The calling thread's state block, made when missing: 0, or -ENOMEM or
 * the errno of making the thread-specific key. */
static int state_get(struct imp_state **st_r)
{
	struct imp_state *st = thread_state;

	if (st == NULL) {
		pthread_once(&key_once, state_key_create);
		if (state_key_error != 0)
			return -state_key_error;
		st = alloc_calloc(1, sizeof(*st));
		if (st == NULL)
			return -ENOMEM;
		if (pthread_setspecific(state_key, st) != 0) {
			alloc_free(st);
			return -ENOMEM;
		}
		thread_state = st;
	}
	*st_r = st;
	return 0;
}

/* Back to the home context; the caller made the credentials match. */
static void state_end(struct imp_state *st)
{
	context_thread_set(NULL);
	thread_state = NULL;
	(void)pthread_setspecific(state_key, NULL);
	state_free(st);
}

/* The token's OS identity, when impersonating it changes kernel creds. */
static const struct context_os *token_kernel_os(const struct MAPIXTOKEN *token)
{
	if ((token->flags & MAPIX_LOGON_LOGICAL) != 0)
		return NULL;
	return context_os(token->ctx);
}

/*
 * Gives the thread its own credentials back.  On failure tries to go back
 * to the token's (so the context still matches); if that fails too, the
 * thread's credentials are unknown and it is logged.
 */
static int state_kernel_leave(struct imp_state *st)
{
	int ret;

	if (!st->kernel)
		return 0;
	ret = creds_restore(&st->orig);
	if (ret == 0) {
		st->kernel = false;
		return 0;
	}
	if (creds_enter(token_kernel_os(st->token), &st->orig) == 0)
		return ret;
	context_log("thread credentials lost: neither its own (uid %u) nor "
		    "'%s''s could be restored: %s",
		    (unsigned int)st->orig.euid,
		    context_principal(st->token->ctx), strerror(-ret));
	return -ENOTRECOVERABLE;
}

/*
 * Gives the thread, which has its own credentials, those of os; the first
 * time, its own are read first so that they can be restored.  On failure
 * it keeps its own, or, with -ENOTRECOVERABLE, unknown ones.
 */
static int state_kernel_enter(struct imp_state *st, const struct context_os *os)
{
	int ret;

	if (!st->orig_saved) {
		ret = creds_read(&st->orig);
		if (ret < 0)
			return ret;
		st->orig_saved = true;
	}
	ret = creds_enter(os, &st->orig);
	if (ret == 0)
		st->kernel = true;
	return ret;
}

/*
 * The end of a failed switch, which returns err: a thread whose
 * credentials are known goes on as before (a state block made for the
 * call goes); one whose credentials are unknown stops impersonating, and
 * that is logged.
 */
static int switch_failed(struct imp_state *st, int err, bool known)
{
	if (err == -EIO)
		context_log("MapixImpersonate: the kernel reported other ids "
			    "than were set");
	if (!known)
		context_log("MapixImpersonate: the thread's impersonation "
			    "ended, its credentials are unknown");
	if (!known || st->token == NULL)
		state_end(st);
	return err;
}

/*
 * Makes the thread act with token, whose reference it takes over on
 * success: the token's OS identity as kernel credentials when it changes
 * them, else the thread's own.  On failure the thread keeps the token,
 * context and credentials it had (see switch_failed).
 */
static int state_switch(struct imp_state *st, struct MAPIXTOKEN *token)
{
	const struct context_os *os = token_kernel_os(token);
	const struct context_os *old_os =
	    st->kernel ? token_kernel_os(st->token) : NULL;
	int ret;

	/* Switching needs the thread's own credentials first; on failure
	 * it still has the old token's, unless they are lost. */
	ret = state_kernel_leave(st);
	if (ret < 0)
		return switch_failed(st, ret, ret != -ENOTRECOVERABLE);
	if (os != NULL && creds_may_change()) {
		ret = state_kernel_enter(st, os);
		/* The thread has its own credentials again (or unknown
		 * ones); the old token may need its own back. */
		if (ret < 0 && old_os != NULL)
			return switch_failed(
			    st, ret, state_kernel_enter(st, old_os) == 0);
		if (ret < 0)
			return switch_failed(st, ret, ret != -ENOTRECOVERABLE);
	}
	token_unref(&st->token);
	st->token = token;
	context_thread_set(token->ctx);
	return 0;
}

/*
 * MapixImpersonate
 *
 * PARAMS
 *  lpToken [I] a live token from MapixLogonUser, MapixTokenForUser or
 *              MapixGetThreadToken
 *
 * RETURNS
 *  S_OK, MAPI_E_INVALID_PARAMETER (NULL, garbage or closed token),
 *  MAPI_E_NO_ACCESS (the kernel refused the credentials),
 *  MAPI_E_NOT_ENOUGH_MEMORY, MAPI_E_CALL_FAILED (the process's own
 *  identity could not be read, or the kernel reported other ids than
 *  asked for; a message goes to stderr).
 *
 * NOTES
 *  The thread keeps its own reference to the token: the caller may close
 *  its handle at once.  When the process may change credentials (effective
 *  uid 0, or CAP_SETUID and CAP_SETGID), the token's principal maps to an
 *  OS identity and the token is not MAPIX_LOGON_LOGICAL, the calling
 *  thread -- only it -- takes that uid, gid and groups; its saved uid stays
 *  its own effective uid, so that MapixRevertToSelf can take its
 *  credentials back.  Code running in the impersonating thread can do the
 *  same: impersonation is not a sandbox (use mapix-broker for that).
 *  Otherwise the identity is logical: only the thread's context changes.
 *  Impersonating while impersonating switches to the new token directly;
 *  there is no nesting.  On failure the thread keeps the context and the
 *  credentials it had.
 */
HRESULT MapixImpersonate(LPMAPIXTOKEN lpToken)
{
	struct context *process = NULL;
	struct imp_state *st = NULL;
	int ret;

	if (token_ref_checked(lpToken) < 0)
		return MAPI_E_INVALID_PARAMETER;
	/* The process context is read from the process's credentials:
	 * it must exist before any thread changes its own. */
	ret = context_process_get(&process);
	if (ret == 0)
		ret = state_get(&st);
	if (ret == 0)
		ret = state_switch(st, lpToken);
	if (ret < 0) {
		token_unref(&lpToken);
		/* -EIO is the kernel reporting other ids than were set, or
		 * the process's own ids unreadable (creds.c): no disk is
		 * involved, the call failed. */
		return ret == -EIO ? MAPI_E_CALL_FAILED : errmap_hr(ret);
	}
	return S_OK;
}

/*
 * MapixRevertToSelf
 *
 * RETURNS
 *  S_OK, MAPI_E_CALL_FAILED (the kernel refused the thread's own
 *  credentials; the thread goes on impersonating, or, if even that cannot
 *  be made true, a message goes to stderr).
 *
 * NOTES
 *  The thread's real, effective and saved uid and gid and its groups
 *  become exactly those it had before it first impersonated.  A thread
 *  that does not impersonate gets S_OK, as RevertToSelf does on Windows.
 */
HRESULT MapixRevertToSelf(void)
{
	struct imp_state *st = thread_state;

	if (st == NULL)
		return S_OK;
	if (state_kernel_leave(st) < 0)
		return MAPI_E_CALL_FAILED;
	state_end(st);
	return S_OK;
}

/*
 * MapixGetThreadToken
 *
 * PARAMS
 *  lppToken [O] a new reference to the token the thread impersonates with,
 *               for MapixCloseToken; NULL on failure
 *
 * RETURNS
 *  S_OK, MAPI_E_INVALID_PARAMETER (lppToken NULL), MAPI_E_NOT_FOUND (the
 *  thread does not impersonate).
 */
HRESULT MapixGetThreadToken(LPMAPIXTOKEN *lppToken)
{
	struct imp_state *st = thread_state;

	if (lppToken == NULL)
		return MAPI_E_INVALID_PARAMETER;
	*lppToken = NULL;
	if (st == NULL || st->token == NULL)
		return MAPI_E_NOT_FOUND;
	atomic_fetch_add(&st->token->refs, 1);
	*lppToken = st->token;
	return S_OK;
}

/*
 * MapixCloseToken
 *
 * PARAMS
 *  lpToken [I] a live token
 *
 * RETURNS
 *  S_OK, MAPI_E_INVALID_PARAMETER (NULL, garbage, or a token whose last
 *  reference is gone: a second close is refused, never a double free).
 *
 * NOTES
 *  A thread impersonating with the token holds a reference of its own.
 */
HRESULT MapixCloseToken(LPMAPIXTOKEN lpToken)
{
	if (token_unref_checked(lpToken) < 0)
		return MAPI_E_INVALID_PARAMETER;
	return S_OK;
}

/*
 * MapixGetTokenName
 *
 * PARAMS
 *  lpToken  [I] a live token, or NULL for the calling thread's context
 *  lpszName [O] the principal name, NUL-terminated
 *  cchName  [I] bytes at lpszName
 *
 * RETURNS
 *  S_OK, MAPI_E_INVALID_PARAMETER (lpszName NULL, cchName 0, garbage or
 *  closed token), MAPI_E_STRING_TOO_LONG (the name and its NUL do not fit;
 *  lpszName is then ""), MAPI_E_NOT_ENOUGH_MEMORY (the process context
 *  could not be made).
 */
HRESULT MapixGetTokenName(LPMAPIXTOKEN lpToken, LPSTR lpszName, ULONG cchName)
{
	struct context *ctx;
	HRESULT hr = S_OK;
	size_t len;

	if (lpszName == NULL || cchName == 0)
		return MAPI_E_INVALID_PARAMETER;
	lpszName[0] = '\0';
	if (lpToken == NULL) {
		ctx = context_thread();
		if (ctx == NULL)
			return MAPI_E_NOT_ENOUGH_MEMORY;
		context_ref(ctx);
	} else {
		if (token_ref_checked(lpToken) < 0)
			return MAPI_E_INVALID_PARAMETER;
		ctx = lpToken->ctx;
		context_ref(ctx);
		token_unref(&lpToken);
	}
	len = strlen(context_principal(ctx));
	if (len >= cchName)
		hr = MAPI_E_STRING_TOO_LONG;
	else
		memcpy(lpszName, context_principal(ctx), len + 1);
	context_unref(&ctx);
	return hr;
}

int context_as_process(int (*fn)(void *arg), void *arg)
{
	struct imp_state *st = thread_state;
	int ret, ret2;

	if (fn == NULL)
		return -EINVAL;
	if (st == NULL || !st->kernel)
		return fn(arg);
	ret = state_kernel_leave(st);
	if (ret < 0)
		return ret;
	ret = fn(arg);
	ret2 = creds_enter(token_kernel_os(st->token), &st->orig);
	if (ret2 == 0) {
		st->kernel = true;
		return ret;
	}
	context_log("impersonation of '%s' ended: its credentials could not "
		    "be taken again: %s",
		    context_principal(st->token->ctx), strerror(-ret2));
	state_end(st);
	return -ENOTRECOVERABLE;
}
