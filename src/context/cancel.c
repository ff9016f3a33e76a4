/*
 * cancel.c - tokens of cancellable calls, per instance.
 *
 * One process-wide mutex guards every table and the link between a token
 * and its table; calls register and end far less often than they poll, and
 * polling is a lock-free load of the token's flag.  Tokens are owned by
 * their call: a table only points at them, so tearing down an instance
 * with calls still in flight detaches them instead of freeing them.
 */
#include "cancel.h"

#include "alloc.h"
#include "instance.h"
#include "objhdr.h"

#include <errno.h>
#include <pthread.h>
#include <stdatomic.h>
#include <unistd.h>

struct cancel_token {
	struct cancel_token *next;
	/* NULL once detached from a torn-down instance; cancel_lock. */
	struct cancel_table *table;
	ULONG id;
	pid_t tid;
	atomic_bool cancelled;
};

struct cancel_table {
	/* Newest first, so the innermost call of a thread is found first. */
	struct cancel_token *head;
};

static pthread_mutex_t cancel_lock = PTHREAD_MUTEX_INITIALIZER;
static _Atomic ULONG next_id = 1;

int cancel_table_create(struct cancel_table **tab_r)
{
	struct cancel_table *tab = alloc_calloc(1, sizeof(*tab));

	if (tab == NULL)
		return -ENOMEM;
	*tab_r = tab;
	return 0;
}

void cancel_table_destroy(struct cancel_table **tabp)
{
	struct cancel_table *tab;
	struct cancel_token *tok;

	if (tabp == NULL || *tabp == NULL)
		return;
	tab = *tabp;
	*tabp = NULL;
	pthread_mutex_lock(&cancel_lock);
	for (tok = tab->head; tok != NULL; tok = tok->next) {
		atomic_store(&tok->cancelled, true);
		tok->table = NULL;
	}
	pthread_mutex_unlock(&cancel_lock);
	alloc_free(tab);
}

int cancel_begin(struct instance *inst, struct cancel_token **tok_r)
{
	struct cancel_table *tab;
	struct cancel_token *tok;
	ULONG id;

	if (inst == NULL || tok_r == NULL)
		return -EINVAL;
	tab = instance_cancel(inst);
	if (tab == NULL)
		return -EINVAL;
	tok = alloc_calloc(1, sizeof(*tok));
	if (tok == NULL)
		return -ENOMEM;
	do {
		id = atomic_fetch_add(&next_id, 1);
	} while (id == 0);
	tok->id = id;
	tok->tid = gettid();
	atomic_init(&tok->cancelled, false);
	pthread_mutex_lock(&cancel_lock);
	tok->table = tab;
	tok->next = tab->head;
	tab->head = tok;
	pthread_mutex_unlock(&cancel_lock);
	*tok_r = tok;
	return 0;
}

ULONG cancel_id(const struct cancel_token *tok)
{
	return tok->id;
}

bool cancel_requested(const struct cancel_token *tok)
{
	return atomic_load_explicit(&tok->cancelled, memory_order_relaxed);
}

void cancel_end(struct cancel_token **tokp)
{
	struct cancel_token *tok, **pp;

	if (tokp == NULL || *tokp == NULL)
		return;
	tok = *tokp;
	*tokp = NULL;
	pthread_mutex_lock(&cancel_lock);
	if (tok->table != NULL) {
		for (pp = &tok->table->head; *pp != NULL; pp = &(*pp)->next) {
			if (*pp == tok) {
				*pp = tok->next;
				break;
			}
		}
	}
	pthread_mutex_unlock(&cancel_lock);
	alloc_free(tok);
}

/*
 * MapixCancelCall
 *
 * PARAMS
 *  ulCallId [I] the id of a cancellable call of the caller's context
 *
 * RETURNS
 *  S_OK (the call will return MAPI_E_USER_CANCEL at its next check),
 *  MAPI_E_INVALID_PARAMETER, MAPI_E_NOT_FOUND, MAPI_E_NOT_INITIALIZED.
 */
HRESULT MapixCancelCall(ULONG ulCallId)
{
	struct instance *inst;
	struct cancel_table *tab;
	struct cancel_token *tok;
	HRESULT hr;

	hr = instance_check_thread(&inst);
	if (hr != S_OK)
		return hr;
	if (ulCallId == 0)
		return objhdr_thread_seterr(MAPI_E_INVALID_PARAMETER,
					    "MapixCancelCall: call id 0");
	tab = instance_cancel(inst);
	pthread_mutex_lock(&cancel_lock);
	for (tok = tab->head; tok != NULL; tok = tok->next) {
		if (tok->id == ulCallId) {
			atomic_store(&tok->cancelled, true);
			break;
		}
	}
	pthread_mutex_unlock(&cancel_lock);
	if (tok == NULL)
		return objhdr_thread_seterr(
		    MAPI_E_NOT_FOUND,
		    "MapixCancelCall: no call %lu in flight in this context",
		    (unsigned long)ulCallId);
	return S_OK;
}

/*
 * MapixGetCallId
 *
 * PARAMS
 *  ulThreadId [I] a kernel thread id (gettid()) of the caller's process
 *  lpulCallId [O] the id of that thread's innermost cancellable call
 *
 * RETURNS
 *  S_OK, MAPI_E_INVALID_PARAMETER, MAPI_E_NOT_FOUND (the thread runs no
 *  cancellable call in the caller's context), MAPI_E_NOT_INITIALIZED.
 */
HRESULT MapixGetCallId(ULONG ulThreadId, ULONG *lpulCallId)
{
	struct instance *inst;
	struct cancel_table *tab;
	const struct cancel_token *tok;
	ULONG id = 0;
	HRESULT hr;

	if (lpulCallId == NULL)
		return objhdr_thread_seterr(MAPI_E_INVALID_PARAMETER,
					    "MapixGetCallId: lpulCallId is "
					    "NULL");
	*lpulCallId = 0;
	hr = instance_check_thread(&inst);
	if (hr != S_OK)
		return hr;
	tab = instance_cancel(inst);
	pthread_mutex_lock(&cancel_lock);
	for (tok = tab->head; tok != NULL; tok = tok->next) {
		if ((ULONG)tok->tid == ulThreadId) {
			id = tok->id;
			break;
		}
	}
	pthread_mutex_unlock(&cancel_lock);
	if (id == 0)
		return objhdr_thread_seterr(
		    MAPI_E_NOT_FOUND,
		    "MapixGetCallId: thread %lu runs no cancellable call "
		    "in this context",
		    (unsigned long)ulThreadId);
	*lpulCallId = id;
	return S_OK;
}
