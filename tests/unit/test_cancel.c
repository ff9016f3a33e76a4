/*
 * test_cancel.c - cancelling a long call from another thread of its
 * context (MapixCancelCall, MapixGetCallId), and what other contexts,
 * bad ids, teardown and out-of-memory do.
 */
#include <stdarg.h>
#include <stddef.h>
#include <setjmp.h>
#include <stdint.h>
#include <cmocka.h>

#include <errno.h>
#include <pthread.h>
#include <stdatomic.h>
#include <stdio.h>
#include <string.h>
#include <time.h>
#include <unistd.h>

#include <mapix.h>

#include "alloc.h"
#include "cancel.h"
#include "context.h"
#include "instance.h"
#include "objhdr.h"
#include "thread.h"

/*
 * A long call as a library call would be written: it registers, works in
 * steps, and at each step either goes on or undoes its partial work and
 * returns MAPI_E_USER_CANCEL.  Gives up after 20 s.
 */
struct long_call {
	atomic_ulong id;
	atomic_int done_steps;
	atomic_int state; /* what the call changed and not undone */
	pid_t tid;
	HRESULT hr;
};

static HRESULT long_call_run(struct long_call *lc)
{
	struct instance *inst;
	struct cancel_token *tok = NULL;
	HRESULT hr;
	int i;

	hr = instance_check_thread(&inst);
	if (hr != S_OK)
		return hr;
	if (cancel_begin(inst, &tok) < 0)
		return MAPI_E_NOT_ENOUGH_MEMORY;
	lc->tid = gettid();
	atomic_store(&lc->id, cancel_id(tok));
	hr = S_OK;
	for (i = 0; i < 20000; i++) {
		if (cancel_requested(tok)) {
			atomic_store(&lc->state, 0); /* rolled back */
			hr = MAPI_E_USER_CANCEL;
			break;
		}
		atomic_fetch_add(&lc->state, 1);
		atomic_fetch_add(&lc->done_steps, 1);
		usleep(1000);
	}
	cancel_end(&tok);
	return hr;
}

static void *long_call_thread(void *arg)
{
	struct long_call *lc = arg;

	if (MAPIInitialize(NULL) != S_OK) {
		lc->hr = MAPI_E_CALL_FAILED;
		atomic_store(&lc->id, UINT32_MAX);
		return NULL;
	}
	lc->hr = long_call_run(lc);
	MAPIUninitialize();
	return NULL;
}

static ULONG wait_id(struct long_call *lc)
{
	int i;

	for (i = 0; i < 2000 && atomic_load(&lc->id) == 0; i++)
		usleep(1000);
	return (ULONG)atomic_load(&lc->id);
}

static int group_setup(void **state)
{
	(void)state;
	return context_thread() == NULL ? -1 : 0;
}

static void test_cancel_from_other_thread(void **state)
{
	struct long_call lc;
	pthread_t t;
	ULONG id, found = 0;
	long live = alloc_live();

	(void)state;
	memset(&lc, 0, sizeof(lc));
	assert_int_equal(MAPIInitialize(NULL), S_OK);
	assert_int_equal(pthread_create(&t, NULL, long_call_thread, &lc), 0);
	id = wait_id(&lc);
	assert_int_not_equal(id, 0);
	assert_int_equal(MapixGetCallId((ULONG)lc.tid, &found), S_OK);
	assert_int_equal(found, id);
	while (atomic_load(&lc.done_steps) < 3)
		usleep(1000);
	assert_int_equal(MapixCancelCall(id), S_OK);
	assert_int_equal(pthread_join(t, NULL), 0);
	assert_int_equal(lc.hr, MAPI_E_USER_CANCEL);
	assert_int_equal(atomic_load(&lc.state), 0);
	assert_true(atomic_load(&lc.done_steps) < 20000);
	/* Ended: its id is gone. */
	assert_int_equal(MapixCancelCall(id), MAPI_E_NOT_FOUND);
	assert_int_equal(MapixGetCallId((ULONG)lc.tid, &found),
			 MAPI_E_NOT_FOUND);
	assert_int_equal(found, 0);
	MAPIUninitialize();
	assert_int_equal(alloc_live(), live);
}

static void test_bad_calls(void **state)
{
	struct cancel_token *none = NULL;
	ULONG id = 5;

	(void)state;
	assert_int_equal(MapixCancelCall(1), MAPI_E_NOT_INITIALIZED);
	assert_int_equal(MapixGetCallId(1, &id), MAPI_E_NOT_INITIALIZED);
	assert_int_equal(MapixGetCallId(1, NULL), MAPI_E_INVALID_PARAMETER);
	assert_int_equal(MAPIInitialize(NULL), S_OK);
	assert_int_equal(MapixCancelCall(0), MAPI_E_INVALID_PARAMETER);
	assert_int_equal(MapixCancelCall(0xFFFFFFF0u), MAPI_E_NOT_FOUND);
	assert_non_null(strstr(objhdr_thread_message(), "no call"));
	assert_int_equal(MapixGetCallId((ULONG)gettid(), &id),
			 MAPI_E_NOT_FOUND);
	assert_int_equal(cancel_begin(NULL, NULL), -EINVAL);
	cancel_end(&none);
	cancel_end(NULL);
	MAPIUninitialize();
}

/* A thread of another context neither sees nor cancels the call. */
struct foreign_try {
	ULONG id;
	pid_t tid;
	HRESULT cancel_hr, getid_hr;
};

static void *foreign_canceller(void *arg)
{
	struct foreign_try *f = arg;
	ULONG found;

	if (MAPIInitialize(NULL) != S_OK) {
		f->cancel_hr = f->getid_hr = MAPI_E_CALL_FAILED;
		return NULL;
	}
	f->cancel_hr = MapixCancelCall(f->id);
	f->getid_hr = MapixGetCallId((ULONG)f->tid, &found);
	MAPIUninitialize();
	return NULL;
}

static void test_foreign_context(void **state)
{
	struct long_call lc;
	struct foreign_try f;
	struct context *mallory = NULL;
	pthread_t t, ft;

	(void)state;
	memset(&lc, 0, sizeof(lc));
	memset(&f, 0, sizeof(f));
	assert_int_equal(context_get("hinst-mallory", NULL, &mallory), 0);
	assert_int_equal(MAPIInitialize(NULL), S_OK);
	assert_int_equal(pthread_create(&t, NULL, long_call_thread, &lc), 0);
	f.id = wait_id(&lc);
	f.tid = lc.tid;
	assert_int_equal(
	    context_thread_create(mallory, foreign_canceller, &f, &ft), 0);
	assert_int_equal(pthread_join(ft, NULL), 0);
	assert_int_equal(f.cancel_hr, MAPI_E_NOT_FOUND);
	assert_int_equal(f.getid_hr, MAPI_E_NOT_FOUND);
	/* Still running; its own context stops it. */
	usleep(20000);
	assert_int_equal(lc.hr, S_OK);
	assert_int_equal(MapixCancelCall(f.id), S_OK);
	assert_int_equal(pthread_join(t, NULL), 0);
	assert_int_equal(lc.hr, MAPI_E_USER_CANCEL);
	MAPIUninitialize();
	context_unref(&mallory);
}

/* Nested calls: the innermost is found by thread, each by its id. */
static void test_nested(void **state)
{
	struct instance *inst;
	struct cancel_token *outer = NULL, *inner = NULL;
	ULONG id = 0;
	long live;

	(void)state;
	assert_int_equal(MAPIInitialize(NULL), S_OK);
	live = alloc_live();
	assert_int_equal(instance_check_thread(&inst), S_OK);
	assert_int_equal(cancel_begin(inst, &outer), 0);
	assert_int_equal(cancel_begin(inst, &inner), 0);
	assert_int_not_equal(cancel_id(outer), cancel_id(inner));
	assert_int_equal(MapixGetCallId((ULONG)gettid(), &id), S_OK);
	assert_int_equal(id, cancel_id(inner));
	assert_int_equal(MapixCancelCall(cancel_id(outer)), S_OK);
	assert_true(cancel_requested(outer));
	assert_false(cancel_requested(inner));
	cancel_end(&inner);
	assert_int_equal(MapixGetCallId((ULONG)gettid(), &id), S_OK);
	assert_int_equal(id, cancel_id(outer));
	cancel_end(&outer);
	assert_int_equal(alloc_live(), live);
	MAPIUninitialize();
}

/* Teardown with a call in flight: the call is told to stop. */
static void test_teardown_in_flight(void **state)
{
	struct instance *inst;
	struct cancel_token *tok = NULL;
	long live;

	(void)state;
	assert_int_equal(context_thread() != NULL, 1);
	live = alloc_live();
	assert_int_equal(MAPIInitialize(NULL), S_OK);
	assert_int_equal(instance_check_thread(&inst), S_OK);
	assert_int_equal(cancel_begin(inst, &tok), 0);
	MAPIUninitialize();
	assert_true(cancel_requested(tok));
	cancel_end(&tok);
	assert_int_equal(alloc_live(), live);
}

static void test_oom(void **state)
{
	struct instance *inst;
	struct cancel_token *tok = NULL;
	long live;

	(void)state;
	assert_int_equal(MAPIInitialize(NULL), S_OK);
	assert_int_equal(instance_check_thread(&inst), S_OK);
	live = alloc_live();
	alloc_fail_after(1);
	assert_int_equal(cancel_begin(inst, &tok), -ENOMEM);
	alloc_fail_after(0);
	assert_null(tok);
	assert_int_equal(alloc_live(), live);
	MAPIUninitialize();
}

int main(void)
{
	const struct CMUnitTest tests[] = {
	    cmocka_unit_test(test_cancel_from_other_thread),
	    cmocka_unit_test(test_bad_calls),
	    cmocka_unit_test(test_foreign_context),
	    cmocka_unit_test(test_nested),
	    cmocka_unit_test(test_teardown_in_flight),
	    cmocka_unit_test(test_oom),
	};

	return cmocka_run_group_tests(tests, group_setup, NULL);
}
