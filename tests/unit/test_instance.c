/*
 * test_instance.c - per-context MAPI instances (MAPIInitialize,
 * MAPIUninitialize), object checks against them, the impersonate-after-
 * initialize rule, and the thread factory, with real kernel credentials
 * when run as root (those parts are skipped with a printed reason
 * otherwise).
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
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include <mapix.h>
#include <mapixsec.h>
#include <mapiguid.h>

#include "alloc.h"
#include "context.h"
#include "instance.h"
#include "notify.h"
#include "objhdr.h"
#include "thread.h"

/* Kernel ids for the root-only tests; they need no passwd entries. */
#define TEST_UID_BASE 47100
#define TEST_GID_BASE 47200
#define TEST_GRP_BASE 47300

static const MAPIINIT_0 init_plain = {MAPI_INIT_VERSION, 0};

static bool is_root(void)
{
	return geteuid() == 0;
}

/* A logical context (no OS identity), for switching without root. */
static struct context *logical(const char *name)
{
	struct context *ctx = NULL;

	assert_int_equal(context_get(name, NULL, &ctx), 0);
	return ctx;
}

static void impersonate(struct context *ctx, unsigned int flags)
{
	LPMAPIXTOKEN tok = NULL;

	assert_int_equal(context_token_new(ctx, flags, &tok), 0);
	assert_int_equal(MapixImpersonate(tok), S_OK);
	assert_int_equal(MapixCloseToken(tok), S_OK);
}

static unsigned int process_id(void)
{
	return context_id(context_process());
}

/* ------------------------------------------------------------------ */

static LONG STDAPICALLTYPE count_cb(LPVOID ctx, ULONG c, LPNOTIFICATION n)
{
	(void)n;
	atomic_fetch_add((atomic_int *)ctx, (int)c);
	return 0;
}

static NOTIFICATION one_notif(void)
{
	NOTIFICATION n;

	memset(&n, 0, sizeof(n));
	n.ulEventType = fnevExtended;
	n.info.ext.ulEvent = 1;
	return n;
}

/* ------------------------------------------------------------------ */

static void test_not_initialized(void **state)
{
	struct instance *inst = (void *)1;

	(void)state;
	assert_int_equal(instance_check_thread(&inst), MAPI_E_NOT_INITIALIZED);
	assert_null(inst);
	assert_non_null(strstr(objhdr_thread_message(), "MAPIInitialize"));
	assert_int_equal(HrDispatchNotifications(0), MAPI_E_NOT_INITIALIZED);
}

static void test_counting(void **state)
{
	unsigned int id = process_id();
	struct instance *a, *b;

	(void)state;
	assert_int_equal(instance_refs(id), 0);
	assert_int_equal(MAPIInitialize(NULL), S_OK);
	assert_int_equal(instance_refs(id), 1);
	assert_int_equal(instance_count(), 1);
	assert_int_equal(MAPIInitialize((LPVOID)&init_plain), S_OK);
	assert_int_equal(instance_refs(id), 2);
	assert_int_equal(instance_count(), 1);
	assert_int_equal(instance_check_thread(&a), S_OK);
	assert_int_equal(instance_context_id(a), id);
	assert_ptr_equal(instance_context(a), context_process());
	/* The thread's buffers and objects belong to its context now. */
	assert_int_equal(alloc_thread_context(), id);

	MAPIUninitialize();
	assert_int_equal(instance_refs(id), 1);
	assert_int_equal(instance_check_thread(&b), S_OK);
	assert_ptr_equal(a, b);
	MAPIUninitialize();
	assert_int_equal(instance_refs(id), 0);
	assert_int_equal(instance_count(), 0);
	assert_int_equal(instance_check_thread(NULL), MAPI_E_NOT_INITIALIZED);
}

static void test_flags(void **state)
{
	MAPIINIT_0 init = {MAPI_INIT_VERSION, MAPI_TEMPORARY_PROFILES |
						  MAPI_NO_COINIT |
						  MAPI_NT_SERVICE};
	MAPIINIT_0 other = {MAPI_INIT_VERSION, 0};
	struct instance *inst;

	(void)state;
	assert_int_equal(MAPIInitialize(&init), S_OK);
	assert_int_equal(instance_check_thread(&inst), S_OK);
	assert_int_equal(instance_flags(inst), MAPI_TEMPORARY_PROFILES |
						   MAPI_NO_COINIT |
						   MAPI_NT_SERVICE);
	/* Later calls join the instance as it is. */
	assert_int_equal(MAPIInitialize(&other), S_OK);
	assert_int_equal(instance_flags(inst), MAPI_TEMPORARY_PROFILES |
						   MAPI_NO_COINIT |
						   MAPI_NT_SERVICE);
	MAPIUninitialize();
	MAPIUninitialize();

	assert_int_equal(MAPIInitialize(NULL), S_OK);
	assert_int_equal(instance_check_thread(&inst), S_OK);
	assert_int_equal(instance_flags(inst), 0);
	MAPIUninitialize();
	assert_int_equal(instance_count(), 0);
}

static void test_bad_init(void **state)
{
	MAPIINIT_0 init = {MAPI_INIT_VERSION, 0x40000000};
	long live = alloc_live();

	(void)state;
	assert_int_equal(MAPIInitialize(&init), MAPI_E_UNKNOWN_FLAGS);
	init.ulFlags = 0x2;
	assert_int_equal(MAPIInitialize(&init), MAPI_E_UNKNOWN_FLAGS);
	assert_non_null(strstr(objhdr_thread_message(), "0x00000002"));
	init.ulFlags = MAPI_MULTITHREAD_NOTIFICATIONS | 0x100;
	assert_int_equal(MAPIInitialize(&init), MAPI_E_UNKNOWN_FLAGS);
	init.ulVersion = 1;
	init.ulFlags = 0;
	assert_int_equal(MAPIInitialize(&init), MAPI_E_VERSION);
	assert_int_equal(instance_count(), 0);
	assert_int_equal(instance_check_thread(NULL), MAPI_E_NOT_INITIALIZED);
	assert_int_equal(alloc_live(), live);
}

static pthread_barrier_t barrier;

static void *init_and_wait(void *arg)
{
	(void)arg;
	if (MAPIInitialize(NULL) != S_OK)
		return (void *)1;
	pthread_barrier_wait(&barrier); /* initialized */
	pthread_barrier_wait(&barrier); /* main tried to uninitialize */
	MAPIUninitialize();
	return NULL;
}

static void test_uninit_unpaired(void **state)
{
	unsigned int id = process_id();
	pthread_t t;
	void *ret;

	(void)state;
	/* Nothing to undo: nothing happens, nothing aborts. */
	MAPIUninitialize();
	assert_int_equal(objhdr_thread_hresult(), MAPI_E_NOT_INITIALIZED);
	assert_non_null(strstr(objhdr_thread_message(), "ignored"));

	/* Another thread's instance survives an unpaired call here. */
	assert_int_equal(pthread_barrier_init(&barrier, NULL, 2), 0);
	assert_int_equal(pthread_create(&t, NULL, init_and_wait, NULL), 0);
	pthread_barrier_wait(&barrier);
	assert_int_equal(instance_refs(id), 1);
	MAPIUninitialize();
	MAPIUninitialize();
	assert_int_equal(instance_refs(id), 1);
	pthread_barrier_wait(&barrier);
	assert_int_equal(pthread_join(t, &ret), 0);
	assert_null(ret);
	assert_int_equal(instance_refs(id), 0);
	pthread_barrier_destroy(&barrier);

	/* One more uninitialize than initialize on this thread. */
	assert_int_equal(MAPIInitialize(NULL), S_OK);
	MAPIUninitialize();
	MAPIUninitialize();
	assert_int_equal(instance_count(), 0);
}

static void test_dead_objects(void **state)
{
	LPMAPIADVISESINK sink = NULL, fresh = NULL;
	LPVOID unk = NULL;
	NOTIFICATION n = one_notif();
	atomic_int calls = 0;
	long live = alloc_live();

	(void)state;
	assert_int_equal(MAPIInitialize(NULL), S_OK);
	assert_int_equal(HrAllocAdviseSink(count_cb, &calls, &sink), S_OK);
	assert_int_equal(IMAPIAdviseSink_OnNotify(sink, 1, &n), 0);
	assert_int_equal(atomic_load(&calls), 1);
	MAPIUninitialize();

	/* Its instance is gone: every method says so and does nothing. */
	assert_int_equal(MAPIInitialize(NULL), S_OK);
	assert_int_equal(
	    IMAPIAdviseSink_QueryInterface(sink, &IID_IMAPIAdviseSink, &unk),
	    MAPI_E_INVALID_OBJECT);
	assert_null(unk);
	assert_non_null(strstr(objhdr_thread_message(), "dead object"));
	IMAPIAdviseSink_OnNotify(sink, 1, &n);
	assert_int_equal(atomic_load(&calls), 1);
	assert_int_equal(IMAPIAdviseSink_AddRef(sink), 0);

	/* A sink of the new instance works. */
	assert_int_equal(HrAllocAdviseSink(count_cb, &calls, &fresh), S_OK);
	IMAPIAdviseSink_OnNotify(fresh, 1, &n);
	assert_int_equal(atomic_load(&calls), 2);
	assert_int_equal(IMAPIAdviseSink_Release(fresh), 0);

	/* Its owner can still release the dead one: nothing leaks. */
	assert_int_equal(IMAPIAdviseSink_Release(sink), 0);
	MAPIUninitialize();
	assert_int_equal(alloc_live(), live);
}

/* ------------------------------------------------------------------ */

struct foreign_run {
	struct context *ctx;
	LPMAPIADVISESINK sink;
	LPVOID buf;
	atomic_int calls;
	int failed;
};

static void *foreign_owner(void *arg)
{
	struct foreign_run *r = arg;
	LPVOID unk = NULL;
	NOTIFICATION n = one_notif();

	if (MAPIInitialize(NULL) != S_OK ||
	    HrAllocAdviseSink(count_cb, &r->calls, &r->sink) != S_OK ||
	    MAPIAllocateBuffer(16, &r->buf) != S_OK)
		r->failed = 1;
	pthread_barrier_wait(&barrier); /* made */
	pthread_barrier_wait(&barrier); /* main tried */
	if (r->failed)
		return NULL;
	/* Intact for its owner. */
	if (IMAPIAdviseSink_QueryInterface(r->sink, &IID_IUnknown, &unk) !=
		S_OK ||
	    unk != r->sink)
		r->failed = 2;
	else
		IMAPIAdviseSink_Release(r->sink);
	IMAPIAdviseSink_OnNotify(r->sink, 1, &n);
	if (atomic_load(&r->calls) != 1)
		r->failed = 3;
	if (IMAPIAdviseSink_Release(r->sink) != 0)
		r->failed = 4;
	if (MAPIFreeBuffer(r->buf) != S_OK)
		r->failed = 5;
	MAPIUninitialize();
	return NULL;
}

static void test_foreign_context(void **state)
{
	struct foreign_run r;
	LPVOID unk = NULL;
	LPMAPIERROR err = NULL;
	NOTIFICATION n = one_notif();
	char owner[64];
	pthread_t t;
	long live = alloc_live();

	(void)state;
	memset(&r, 0, sizeof(r));
	r.ctx = logical("hinst-alice");
	snprintf(owner, sizeof(owner), "'%s'", context_principal(r.ctx));
	assert_int_equal(pthread_barrier_init(&barrier, NULL, 2), 0);
	assert_int_equal(MAPIInitialize(NULL), S_OK);
	assert_int_equal(context_thread_create(r.ctx, foreign_owner, &r, &t),
			 0);
	pthread_barrier_wait(&barrier);
	assert_int_equal(r.failed, 0);

	assert_int_equal(
	    IMAPIAdviseSink_QueryInterface(r.sink, &IID_IMAPIAdviseSink, &unk),
	    MAPI_E_NO_ACCESS);
	assert_null(unk);
	/* The message names both contexts. */
	assert_non_null(strstr(objhdr_thread_message(), owner));
	assert_non_null(strstr(objhdr_thread_message(),
			       context_principal(context_process())));
	assert_int_equal(
	    objhdr_last_error(MAPI_E_NO_ACCESS, 0, "IMAPIAdviseSink", &err),
	    S_OK);
	assert_non_null(strstr((const char *)err->lpszError, owner));
	assert_int_equal(MAPIFreeBuffer(err), S_OK);

	IMAPIAdviseSink_OnNotify(r.sink, 1, &n);
	assert_int_equal(atomic_load(&r.calls), 0);
	/*
	 * Reference counting from here is refused: 0, as for every mapix
	 * object, and the count unchanged (the owner releases it below).
	 */
	assert_int_equal(IMAPIAdviseSink_AddRef(r.sink), 0);
	assert_int_equal(IMAPIAdviseSink_Release(r.sink), 0);
	assert_int_equal(IMAPIAdviseSink_Release(r.sink), 0);
	/* So is freeing its buffer. */
	assert_int_equal((HRESULT)MAPIFreeBuffer(r.buf), MAPI_E_NO_ACCESS);

	pthread_barrier_wait(&barrier);
	assert_int_equal(pthread_join(t, NULL), 0);
	assert_int_equal(r.failed, 0);
	MAPIUninitialize();
	context_unref(&r.ctx);
	pthread_barrier_destroy(&barrier);
	assert_int_equal(instance_count(), 0);
	assert_int_equal(alloc_live(), live);
}

static void test_impersonate_rule(void **state)
{
	struct context *bob = logical("hinst-bob");
	struct instance *mine, *bobs;
	LPMAPIADVISESINK sink = NULL;
	LPVOID unk = NULL;
	atomic_int calls = 0;
	char name[80];

	(void)state;
	assert_int_equal(MAPIInitialize(NULL), S_OK);
	assert_int_equal(instance_check_thread(&mine), S_OK);
	assert_int_equal(HrAllocAdviseSink(count_cb, &calls, &sink), S_OK);

	impersonate(bob, 0);
	assert_int_equal(instance_check_thread(NULL), MAPI_E_NOT_INITIALIZED);
	snprintf(name, sizeof(name), "'%s'", context_principal(bob));
	assert_non_null(strstr(objhdr_thread_message(), name));
	snprintf(name, sizeof(name), "'%s'",
		 context_principal(context_process()));
	assert_non_null(strstr(objhdr_thread_message(), name));
	assert_non_null(strstr(objhdr_thread_message(), "again"));
	assert_int_equal(HrDispatchNotifications(0), MAPI_E_NOT_INITIALIZED);
	/* Objects of the context it left are foreign now. */
	assert_int_equal(
	    IMAPIAdviseSink_QueryInterface(sink, &IID_IUnknown, &unk),
	    MAPI_E_NO_ACCESS);
	/* Uninitializing here does not touch the other context. */
	MAPIUninitialize();
	assert_int_equal(instance_refs(process_id()), 1);
	assert_int_equal(instance_refs(context_id(bob)), 0);

	/* Initializing the new context is the way. */
	assert_int_equal(MAPIInitialize(NULL), S_OK);
	assert_int_equal(instance_check_thread(&bobs), S_OK);
	assert_ptr_not_equal(bobs, mine);
	assert_int_equal(instance_context_id(bobs), context_id(bob));
	assert_int_equal(instance_count(), 2);
	MAPIUninitialize();
	assert_int_equal(instance_refs(context_id(bob)), 0);

	assert_int_equal(MapixRevertToSelf(), S_OK);
	assert_int_equal(instance_check_thread(&bobs), S_OK);
	assert_ptr_equal(bobs, mine);
	assert_int_equal(
	    IMAPIAdviseSink_QueryInterface(sink, &IID_IUnknown, &unk), S_OK);
	IMAPIAdviseSink_Release(sink);
	IMAPIAdviseSink_Release(sink);
	MAPIUninitialize();
	assert_int_equal(instance_count(), 0);
	context_unref(&bob);
}

/* ------------------------------------------------------------------ */

#define NCTX 16

struct ctx_run {
	int index;
	struct context *ctx;
	LPMAPIADVISESINK sink;
	atomic_int calls;
	int failed;
	uid_t uid;
	bool kernel;
};

static struct ctx_run runs[NCTX];
static int nruns;

/* Reads Uid/Gid (real, effective, saved, fs) and Groups of a task. */
static int task_ids(pid_t tid, unsigned int uids[4], unsigned int gids[4],
		    char *groups, size_t size)
{
	char path[64], line[512];
	FILE *f;
	int found = 0;

	snprintf(path, sizeof(path), "/proc/self/task/%d/status", (int)tid);
	f = fopen(path, "r");
	if (f == NULL)
		return -1;
	groups[0] = '\0';
	while (fgets(line, sizeof(line), f) != NULL) {
		if (sscanf(line, "Uid:\t%u\t%u\t%u\t%u", &uids[0], &uids[1],
			   &uids[2], &uids[3]) == 4)
			found |= 1;
		else if (sscanf(line, "Gid:\t%u\t%u\t%u\t%u", &gids[0],
				&gids[1], &gids[2], &gids[3]) == 4)
			found |= 2;
		else if (strncmp(line, "Groups:", 7) == 0)
			snprintf(groups, size, "%.200s", line + 7);
	}
	fclose(f);
	return found == 3 ? 0 : -1;
}

/* The calling thread's kernel ids are those of os: 0 or a failure code. */
static int check_kernel_ids(const struct context_os *os)
{
	unsigned int u[4], g[4];
	char groups[256], want[32];

	if (task_ids(gettid(), u, g, groups, sizeof(groups)) < 0)
		return 10;
	if (u[0] != os->uid || u[1] != os->uid || u[3] != os->uid)
		return 11;
	if (g[0] != os->gid || g[1] != os->gid || g[3] != os->gid)
		return 12;
	snprintf(want, sizeof(want), "%u", (unsigned int)os->groups[0]);
	if (strstr(groups, want) == NULL)
		return 13;
	return 0;
}

/* The body every context's thread runs. */
static void ctx_work(struct ctx_run *r)
{
	struct instance *inst;
	struct ctx_run *next = &runs[(r->index + 1) % nruns];
	LPVOID unk = NULL;
	NOTIFICATION n = one_notif();
	int i;

	if (MAPIInitialize(NULL) != S_OK) {
		r->failed = 1;
		goto wait;
	}
	if (instance_check_thread(&inst) != S_OK ||
	    instance_context_id(inst) != context_id(r->ctx) ||
	    instance_refs(context_id(r->ctx)) != 1) {
		r->failed = 2;
	}
	if (HrAllocAdviseSink(count_cb, &r->calls, &r->sink) != S_OK)
		r->failed = 3;
	for (i = 0; i < 100 && r->failed == 0; i++)
		IMAPIAdviseSink_OnNotify(r->sink, 1, &n);
	if (atomic_load(&r->calls) != 100)
		r->failed = 4;
	if (r->kernel && check_kernel_ids(context_os(r->ctx)) != 0)
		r->failed = 5;
wait:
	pthread_barrier_wait(&barrier); /* everyone made a sink */
	if (r->failed == 0 && next->sink != NULL && nruns > 1) {
		/* A neighbour's sink is foreign; it must stay intact. */
		if (IMAPIAdviseSink_QueryInterface(next->sink, &IID_IUnknown,
						   &unk) != MAPI_E_NO_ACCESS)
			r->failed = 6;
		IMAPIAdviseSink_OnNotify(next->sink, 1, &n);
	}
	pthread_barrier_wait(&barrier); /* everyone tried */
	if (r->sink != NULL) {
		if (atomic_load(&r->calls) != 100)
			r->failed = 7;
		IMAPIAdviseSink_Release(r->sink);
	}
	if (r->failed != 1)
		MAPIUninitialize();
	if (instance_refs(context_id(r->ctx)) != 0)
		r->failed = 8;
}

static void *ctx_thread(void *arg)
{
	ctx_work(arg);
	return NULL;
}

/* A plain thread that impersonates its context, then works. */
static void *impersonating_thread(void *arg)
{
	struct ctx_run *r = arg;
	LPMAPIXTOKEN tok = NULL;

	if (context_token_new(r->ctx, 0, &tok) != 0 ||
	    MapixImpersonate(tok) != S_OK) {
		r->failed = 20;
		MapixCloseToken(tok);
		pthread_barrier_wait(&barrier);
		pthread_barrier_wait(&barrier);
		return NULL;
	}
	MapixCloseToken(tok);
	ctx_work(r);
	if (MapixRevertToSelf() != S_OK)
		r->failed = 21;
	return NULL;
}

static void run_contexts(int n, bool kernel, bool factory, const char *tag)
{
	pthread_t t[NCTX];
	gid_t groups[NCTX];
	char name[32];
	int i;
	long live = alloc_live();

	memset(runs, 0, sizeof(runs));
	nruns = n;
	assert_int_equal(pthread_barrier_init(&barrier, NULL, (unsigned)n), 0);
	for (i = 0; i < n; i++) {
		struct context_os os = {
		    .uid = TEST_UID_BASE + (uid_t)i,
		    .gid = TEST_GID_BASE + (gid_t)i,
		    .groups = &groups[i],
		    .groups_count = 1,
		};

		groups[i] = TEST_GRP_BASE + (gid_t)i;
		snprintf(name, sizeof(name), "hinst-%s%02d", tag, i);
		runs[i].index = i;
		runs[i].kernel = kernel;
		assert_int_equal(
		    context_get(name, kernel ? &os : NULL, &runs[i].ctx), 0);
	}
	for (i = 0; i < n; i++) {
		if (factory)
			assert_int_equal(context_thread_create(runs[i].ctx,
							       ctx_thread,
							       &runs[i], &t[i]),
					 0);
		else
			assert_int_equal(pthread_create(&t[i], NULL,
							impersonating_thread,
							&runs[i]),
					 0);
	}
	for (i = 0; i < n; i++) {
		assert_int_equal(pthread_join(t[i], NULL), 0);
		if (runs[i].failed != 0)
			fail_msg("context %d (%s) failed at step %d", i,
				 context_principal(runs[i].ctx),
				 runs[i].failed);
		context_unref(&runs[i].ctx);
	}
	pthread_barrier_destroy(&barrier);
	assert_int_equal(instance_count(), 0);
	assert_int_equal(context_thread_total(), 0);
	assert_int_equal(alloc_live(), live);
}

static void test_contexts_logical(void **state)
{
	(void)state;
	run_contexts(2, false, true, "l2-");
	run_contexts(NCTX, false, true, "l16-");
	run_contexts(NCTX, false, false, "li16-");
}

static void test_contexts_kernel(void **state)
{
	(void)state;
	if (!is_root()) {
		printf("# SKIP kernel credentials: not running as root\n");
		skip();
	}
	/* Impersonating threads: two, then sixteen. */
	run_contexts(2, true, false, "k2-");
	run_contexts(NCTX, true, false, "k16-");
	/* Library threads from the factory. */
	run_contexts(NCTX, true, true, "kf16-");
}

/* ------------------------------------------------------------------ */

static atomic_int factory_ran;

static void *note_run(void *arg)
{
	struct context *want = arg;

	if (context_thread() == want &&
	    alloc_thread_context() == context_id(want))
		atomic_fetch_add(&factory_ran, 1);
	return arg;
}

static void test_factory_basics(void **state)
{
	struct context *ctx = logical("hinst-factory");
	pthread_t t;
	void *ret = NULL;

	(void)state;
	assert_int_equal(context_thread_create(NULL, note_run, NULL, &t),
			 -EINVAL);
	assert_int_equal(context_thread_create(ctx, NULL, NULL, &t), -EINVAL);
	assert_int_equal(context_thread_create(ctx, note_run, ctx, NULL),
			 -EINVAL);
	atomic_store(&factory_ran, 0);
	assert_int_equal(context_thread_create(ctx, note_run, ctx, &t), 0);
	assert_int_equal(pthread_join(t, &ret), 0);
	assert_ptr_equal(ret, ctx);
	assert_int_equal(atomic_load(&factory_ran), 1);
	assert_int_equal(context_thread_count(context_id(ctx)), 0);
	assert_int_equal(context_thread_total(), 0);
	context_unref(&ctx);
}

struct uid_probe {
	const struct context_os *os;
	int result;
};

static void *probe_ids(void *arg)
{
	struct uid_probe *p = arg;

	p->result = check_kernel_ids(p->os);
	return NULL;
}

static void test_factory_from_impersonation(void **state)
{
	gid_t ga = TEST_GRP_BASE + 90, gb = TEST_GRP_BASE + 91;
	struct context_os osa = {TEST_UID_BASE + 90, TEST_GID_BASE + 90, &ga,
				 1};
	struct context_os osb = {TEST_UID_BASE + 91, TEST_GID_BASE + 91, &gb,
				 1};
	struct context *a = NULL, *b = NULL;
	struct uid_probe probe;
	pthread_t t;

	(void)state;
	if (!is_root()) {
		printf("# SKIP factory credentials: not running as root\n");
		skip();
	}
	assert_int_equal(context_get("hinst-fa", &osa, &a), 0);
	assert_int_equal(context_get("hinst-fb", &osb, &b), 0);
	impersonate(a, 0);
	assert_int_equal(check_kernel_ids(&osa), 0);
	/* Made while the creator is someone else: it still gets b's ids. */
	probe.os = &osb;
	probe.result = -1;
	assert_int_equal(context_thread_create(b, probe_ids, &probe, &t), 0);
	assert_int_equal(pthread_join(t, NULL), 0);
	assert_int_equal(probe.result, 0);
	/* And its own context's, for a's. */
	probe.os = &osa;
	probe.result = -1;
	assert_int_equal(context_thread_create(a, probe_ids, &probe, &t), 0);
	assert_int_equal(pthread_join(t, NULL), 0);
	assert_int_equal(probe.result, 0);
	/* The creator is still a. */
	assert_int_equal(check_kernel_ids(&osa), 0);
	assert_int_equal(MapixRevertToSelf(), S_OK);
	assert_int_equal(geteuid(), 0);
	context_unref(&a);
	context_unref(&b);
}

static void test_init_oom(void **state)
{
	MAPIINIT_0 mt = {MAPI_INIT_VERSION, MAPI_MULTITHREAD_NOTIFICATIONS};
	unsigned long n;
	long live;
	HRESULT hr;
	int pass;

	(void)state;
	/* The process context is made once, on first use; not counted. */
	assert_non_null(context_thread());
	for (pass = 0; pass < 2; pass++) {
		live = alloc_live();
		for (n = 1; n < 100; n++) {
			alloc_fail_after(n);
			hr = MAPIInitialize(pass ? &mt : NULL);
			alloc_fail_after(0);
			if (hr == S_OK)
				break;
			assert_int_equal(hr, MAPI_E_NOT_ENOUGH_MEMORY);
			assert_int_equal(instance_count(), 0);
			assert_int_equal(alloc_live(), live);
		}
		assert_int_equal(hr, S_OK);
		assert_true(n > 1);
		MAPIUninitialize();
		assert_int_equal(instance_count(), 0);
		assert_int_equal(context_thread_total(), 0);
		assert_int_equal(alloc_live(), live);
	}
}

int main(void)
{
	const struct CMUnitTest tests[] = {
	    cmocka_unit_test(test_not_initialized),
	    cmocka_unit_test(test_counting),
	    cmocka_unit_test(test_flags),
	    cmocka_unit_test(test_bad_init),
	    cmocka_unit_test(test_uninit_unpaired),
	    cmocka_unit_test(test_dead_objects),
	    cmocka_unit_test(test_foreign_context),
	    cmocka_unit_test(test_impersonate_rule),
	    cmocka_unit_test(test_contexts_logical),
	    cmocka_unit_test(test_contexts_kernel),
	    cmocka_unit_test(test_factory_basics),
	    cmocka_unit_test(test_factory_from_impersonation),
	    cmocka_unit_test(test_init_oom),
	};

	return cmocka_run_group_tests(tests, NULL, NULL);
}
