/*
 * test_stress.c - 16 security contexts x 4 threads x N mixed operations at
 * once: IPropData SetProps/GetProps/DeleteProps/CopyProps/CopyTo, table
 * HrModifyRow/HrDeleteRow/QueryRows/Restrict/SortTable, MAPIAllocateBuffer/
 * MAPIAllocateMore/MAPIFreeBuffer, advise sinks with HrDispatchNotifications,
 * and now and then a call on another context's object or buffer, which must
 * give MAPI_E_NO_ACCESS.  No call may give anything but the answers listed
 * for it, every notification must arrive in its own context, and at the end
 * alloc_live() must be back where it started.
 *
 * The contexts are logical (no kernel credentials), so the test runs
 * unprivileged.  Even contexts use the default notification engine, odd
 * ones MAPI_MULTITHREAD_NOTIFICATIONS.  Of each context's four threads, two
 * are started by the thread factory in the context and two are plain
 * threads that impersonate it with a MAPIX_LOGON_LOGICAL token.  The
 * threads of a context share one IPropData, one table and one MAPI buffer
 * (the objects other contexts try to use); each thread has its own view of
 * the table, advised to a sink, and its own IPropData to copy to and from.
 *
 * N, the operations per thread, is 10,000, as the issue asks.  Under
 * valgrind, which runs threads one at a time and far slower, it is 500:
 * the test sees valgrind from LD_PRELOAD naming its vgpreload library.  The
 * environment variable MAPIX_STRESS_OPS sets N in either case.  The test
 * prints what it ran.
 */
#include <stdarg.h>
#include <stddef.h>
#include <setjmp.h>
#include <stdint.h>
#include <cmocka.h>

#include <pthread.h>
#include <stdatomic.h>
#include <stdbool.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include <mapix.h>
#include <mapixsec.h>
#include <mapiguid.h>
#include <mapiutil.h>

#include "alloc.h"
#include "context.h"
#include "instance.h"
#include "mapierr.h"
#include "thread.h"

#define NCONTEXTS    16
#define NTHREADS     4 /* per context */
#define OPS_FULL     10000
#define OPS_VALGRIND 500

#define NPROPS 8  /* property ids per kind */
#define NROWS  48 /* index values of the shared table */

#define TAG_ID      PROP_TAG(PT_LONG, 0x6a01)
#define TAG_NAME    PROP_TAG(PT_STRING8, 0x6a02)
#define TAG_SIZE    PROP_TAG(PT_LONG, 0x6a03)
#define LONG_TAG(k) PROP_TAG(PT_LONG, 0x6b00 + (k))
#define STR_TAG(k)  PROP_TAG(PT_STRING8, 0x6b10 + (k))

static const MAPIINIT_0 init_mt = {MAPI_INIT_VERSION,
				   MAPI_MULTITHREAD_NOTIFICATIONS};

/* One context: its shared objects, its counters. */
struct sctx {
	int index;
	struct context *ctx;
	unsigned int ctx_id;
	pthread_barrier_t barrier; /* its NTHREADS threads */
	/* Shared by its threads; made by thread 0 after MAPIInitialize. */
	LPPROPDATA pd;
	LPTABLEDATA td;
	LPMAPITABLE view0; /* thread 0's view, for foreign attempts */
	LPVOID buf;
	/* Notifications its sinks saw, and those seen in a wrong context. */
	atomic_long notified;
	atomic_long wrong_context;
};

struct worker {
	struct sctx *sc;
	int thread; /* 0 .. NTHREADS - 1 */
	bool impersonate;
	uint64_t rng;
	long ops_done;
	long foreign_tries;
	/* The first unexpected answer, for the report. */
	long unexpected;
	char first[200];
};

static struct sctx contexts[NCONTEXTS];
static pthread_barrier_t all_barrier; /* every worker */
static long ops_per_thread;

/* ---------------------------------------------------------------------
 * Helpers
 */

static uint32_t rnd(struct worker *w, uint32_t n)
{
	w->rng ^= w->rng >> 12;
	w->rng ^= w->rng << 25;
	w->rng ^= w->rng >> 27;
	return (uint32_t)((w->rng * UINT64_C(0x2545F4914F6CDD1D)) >> 33) % n;
}

/*
 * Counts hr as unexpected unless it is ok1 or ok2, keeping the first such
 * answer for the report (the worker cannot fail the test itself: cmocka
 * asserts only on the main thread).
 */
static void expect(struct worker *w, const char *what, HRESULT hr, HRESULT ok1,
		   HRESULT ok2)
{
	const char *name;

	if (hr == ok1 || hr == ok2)
		return;
	if (w->unexpected++ > 0)
		return;
	name = mapierr_name(hr);
	snprintf(w->first, sizeof(w->first),
		 "context %d thread %d op %ld: %s gave %s (0x%08x)",
		 w->sc->index, w->thread, w->ops_done, what,
		 name != NULL ? name : "?", (unsigned)hr);
}

static LONG STDAPICALLTYPE sink_cb(LPVOID arg, ULONG c, LPNOTIFICATION n)
{
	struct sctx *sc = arg;

	(void)n;
	/* Delivered on a thread of the sink's own context, always. */
	if (alloc_thread_context() != sc->ctx_id)
		atomic_fetch_add(&sc->wrong_context, 1);
	atomic_fetch_add(&sc->notified, (long)c);
	return 0;
}

static HRESULT put_row(LPTABLEDATA td, LONG id, LONG size)
{
	SPropValue p[3];
	SRow r = {0, 3, p};

	memset(p, 0, sizeof(p));
	p[0].ulPropTag = TAG_ID;
	p[0].Value.l = id;
	p[1].ulPropTag = TAG_NAME;
	p[1].Value.lpszA = (LPSTR)(size % 2 ? "odd row" : "even row");
	p[2].ulPropTag = TAG_SIZE;
	p[2].Value.l = size;
	return ITableData_HrModifyRow(td, &r);
}

/* Another context than w's, its shared objects alive (phase 2). */
static struct sctx *other_context(struct worker *w)
{
	int i = (int)rnd(w, NCONTEXTS - 1);

	return &contexts[i >= w->sc->index ? i + 1 : i];
}

/* ---------------------------------------------------------------------
 * One operation
 */

static void op_prop(struct worker *w, LPPROPDATA local, uint32_t kind)
{
	LPPROPDATA pd = w->sc->pd;
	SizedSPropTagArray(3, tags);
	LPSPropValue vals = NULL;
	SPropValue pv[2];
	ULONG count = 0, k = rnd(w, NPROPS);
	HRESULT hr;

	tags.cValues = 3;
	tags.aulPropTag[0] = LONG_TAG(k);
	tags.aulPropTag[1] = STR_TAG(rnd(w, NPROPS));
	tags.aulPropTag[2] = LONG_TAG(rnd(w, NPROPS));
	switch (kind) {
	case 0:
		memset(pv, 0, sizeof(pv));
		pv[0].ulPropTag = LONG_TAG(k);
		pv[0].Value.l = (LONG)rnd(w, 1000);
		pv[1].ulPropTag = STR_TAG(rnd(w, NPROPS));
		pv[1].Value.lpszA = (LPSTR) "a value of some length";
		expect(w, "SetProps", IPropData_SetProps(pd, 2, pv, NULL), S_OK,
		       S_OK);
		break;
	case 1:
		hr = IPropData_GetProps(pd, (LPSPropTagArray)&tags, 0, &count,
					&vals);
		expect(w, "GetProps", hr, S_OK, MAPI_W_ERRORS_RETURNED);
		if (SUCCEEDED(hr))
			expect(w, "MAPIFreeBuffer (GetProps)",
			       (HRESULT)MAPIFreeBuffer(vals), S_OK, S_OK);
		break;
	case 2:
		tags.cValues = 1;
		expect(w, "DeleteProps",
		       IPropData_DeleteProps(pd, (LPSPropTagArray)&tags, NULL),
		       S_OK, S_OK);
		break;
	case 3:
		/* Missing properties become problems, not failures. */
		expect(w, "CopyProps",
		       IPropData_CopyProps(pd, (LPSPropTagArray)&tags, 0, NULL,
					   &IID_IMAPIPropData, local, 0, NULL),
		       S_OK, S_OK);
		break;
	default:
		/* The other way: a thread's own object into the shared one. */
		expect(w, "CopyTo",
		       IPropData_CopyTo(local, 0, NULL, NULL, 0, NULL,
					&IID_IMAPIPropData, pd, 0, NULL),
		       S_OK, S_OK);
		break;
	}
}

static void op_table(struct worker *w, LPMAPITABLE view, uint32_t kind)
{
	SizedSSortOrderSet(1, sos) = {1, 0, 0, {{TAG_SIZE, TABLE_SORT_ASCEND}}};
	SPropValue key, bound;
	SRestriction res;
	LPSRowSet rows = NULL;
	ULONG count = 0;
	HRESULT hr;

	switch (kind) {
	case 0:
		expect(
		    w, "HrModifyRow",
		    put_row(w->sc->td, (LONG)rnd(w, NROWS), (LONG)rnd(w, 100)),
		    S_OK, S_OK);
		break;
	case 1:
		memset(&key, 0, sizeof(key));
		key.ulPropTag = TAG_ID;
		key.Value.l = (LONG)rnd(w, NROWS);
		expect(w, "HrDeleteRow",
		       ITableData_HrDeleteRow(w->sc->td, &key), S_OK,
		       MAPI_E_NOT_FOUND);
		break;
	case 2:
		expect(w, "SeekRow",
		       IMAPITable_SeekRow(view, BOOKMARK_BEGINNING, 0, NULL),
		       S_OK, S_OK);
		hr = IMAPITable_QueryRows(view, 10, 0, &rows);
		expect(w, "QueryRows", hr, S_OK, S_OK);
		if (hr == S_OK)
			FreeProws(rows);
		break;
	case 3:
		memset(&bound, 0, sizeof(bound));
		bound.ulPropTag = TAG_SIZE;
		bound.Value.l = (LONG)rnd(w, 100);
		memset(&res, 0, sizeof(res));
		res.rt = RES_PROPERTY;
		res.res.resProperty.relop = RELOP_GE;
		res.res.resProperty.ulPropTag = TAG_SIZE;
		res.res.resProperty.lpProp = &bound;
		expect(w, "Restrict",
		       IMAPITable_Restrict(view, rnd(w, 4) ? &res : NULL, 0),
		       S_OK, S_OK);
		expect(w, "GetRowCount",
		       IMAPITable_GetRowCount(view, 0, &count), S_OK, S_OK);
		break;
	default:
		sos.aSort[0].ulPropTag = rnd(w, 2) ? TAG_SIZE : TAG_NAME;
		sos.aSort[0].ulOrder =
		    rnd(w, 2) ? TABLE_SORT_ASCEND : TABLE_SORT_DESCEND;
		expect(w, "SortTable",
		       IMAPITable_SortTable(view, (LPSSortOrderSet)&sos, 0),
		       S_OK, S_OK);
		break;
	}
}

static void op_buffers(struct worker *w)
{
	LPVOID root = NULL, more = NULL;
	ULONG n = rnd(w, 4), i;

	expect(w, "MAPIAllocateBuffer", MAPIAllocateBuffer(rnd(w, 256), &root),
	       S_OK, S_OK);
	for (i = 0; root != NULL && i < n; i++)
		expect(w, "MAPIAllocateMore",
		       MAPIAllocateMore(rnd(w, 128), root, &more), S_OK, S_OK);
	expect(w, "MAPIFreeBuffer", (HRESULT)MAPIFreeBuffer(root), S_OK, S_OK);
}

/* A try on another context's object or buffer: refused, every time. */
static void op_foreign(struct worker *w)
{
	struct sctx *o = other_context(w);
	SizedSPropTagArray(1, tags) = {1, {LONG_TAG(0)}};
	LPSPropValue vals = NULL;
	LPSRowSet rows = NULL;
	LPVOID more = NULL;
	ULONG count = 0;

	w->foreign_tries++;
	switch (rnd(w, 5)) {
	case 0:
		expect(w, "foreign GetProps",
		       IPropData_GetProps(o->pd, (LPSPropTagArray)&tags, 0,
					  &count, &vals),
		       MAPI_E_NO_ACCESS, MAPI_E_NO_ACCESS);
		break;
	case 1:
		expect(w, "foreign Release",
		       IPropData_Release(o->pd) == 0 ? MAPI_E_NO_ACCESS : S_OK,
		       MAPI_E_NO_ACCESS, MAPI_E_NO_ACCESS);
		break;
	case 2:
		expect(w, "foreign HrModifyRow", put_row(o->td, 1, 1),
		       MAPI_E_NO_ACCESS, MAPI_E_NO_ACCESS);
		break;
	case 3:
		expect(w, "foreign QueryRows",
		       IMAPITable_QueryRows(o->view0, 1, 0, &rows),
		       MAPI_E_NO_ACCESS, MAPI_E_NO_ACCESS);
		break;
	default:
		expect(w, "foreign MAPIFreeBuffer",
		       (HRESULT)MAPIFreeBuffer(o->buf), MAPI_E_NO_ACCESS,
		       MAPI_E_NO_ACCESS);
		expect(w, "foreign MAPIAllocateMore",
		       MAPIAllocateMore(8, o->buf, &more), MAPI_E_NO_ACCESS,
		       MAPI_E_NO_ACCESS);
		break;
	}
}

/* ---------------------------------------------------------------------
 * A worker thread
 */

static void *worker_main(void *arg)
{
	static SizedSPropTagArray(3, cols) = {3, {TAG_ID, TAG_NAME, TAG_SIZE}};
	struct worker *w = arg;
	struct sctx *sc = w->sc;
	LPMAPIADVISESINK sink = NULL;
	LPMAPITABLE view = NULL;
	LPPROPDATA local = NULL;
	LPMAPIXTOKEN tok = NULL;
	ULONG_PTR conn = 0;
	uint32_t r;

	if (w->impersonate) {
		expect(w, "impersonate",
		       context_token_new(sc->ctx, MAPIX_LOGON_LOGICAL, &tok) ==
			       0
			   ? MapixImpersonate(tok)
			   : MAPI_E_NOT_ENOUGH_MEMORY,
		       S_OK, S_OK);
		MapixCloseToken(tok);
	}
	expect(w, "MAPIInitialize",
	       MAPIInitialize(sc->index % 2 ? (LPVOID)&init_mt : NULL), S_OK,
	       S_OK);
	if (w->thread == 0) {
		expect(w, "CreateIProp",
		       CreateIProp(&IID_IMAPIPropData, MAPIAllocateBuffer,
				   MAPIAllocateMore, MAPIFreeBuffer, NULL,
				   &sc->pd),
		       S_OK, S_OK);
		expect(w, "CreateTable",
		       CreateTable(&IID_IMAPITableData, NULL, NULL, NULL, NULL,
				   TBLTYPE_DYNAMIC, TAG_ID,
				   (LPSPropTagArray)&cols, &sc->td),
		       S_OK, S_OK);
		expect(w, "MAPIAllocateBuffer",
		       MAPIAllocateBuffer(64, &sc->buf), S_OK, S_OK);
	}
	pthread_barrier_wait(&sc->barrier); /* the shared objects exist */
	expect(w, "CreateIProp",
	       CreateIProp(&IID_IMAPIPropData, MAPIAllocateBuffer,
			   MAPIAllocateMore, MAPIFreeBuffer, NULL, &local),
	       S_OK, S_OK);
	expect(w, "HrGetView",
	       ITableData_HrGetView(sc->td, NULL, NULL, 0, &view), S_OK, S_OK);
	expect(w, "HrAllocAdviseSink", HrAllocAdviseSink(sink_cb, sc, &sink),
	       S_OK, S_OK);
	expect(w, "Advise",
	       IMAPITable_Advise(view, fnevTableModified, sink, &conn), S_OK,
	       S_OK);
	if (w->thread == 0)
		sc->view0 = view;
	pthread_barrier_wait(&all_barrier); /* every context is ready */

	if (w->unexpected == 0) {
		for (w->ops_done = 0; w->ops_done < ops_per_thread;
		     w->ops_done++) {
			r = rnd(w, 64);
			if (r < 20)
				op_prop(w, local, r % 5);
			else if (r < 45)
				op_table(w, view, r % 5);
			else if (r < 54)
				op_buffers(w);
			else if (r < 62)
				expect(w, "HrDispatchNotifications",
				       HrDispatchNotifications(0), S_OK, S_OK);
			else
				op_foreign(w);
		}
	}

	pthread_barrier_wait(&all_barrier); /* nobody tries ours any more */
	pthread_barrier_wait(&sc->barrier); /* ours stopped changing */
	expect(w, "HrDispatchNotifications", HrDispatchNotifications(0), S_OK,
	       S_OK);
	expect(w, "Unadvise", IMAPITable_Unadvise(view, conn), S_OK, S_OK);
	IMAPITable_Release(view);
	IMAPIAdviseSink_Release(sink);
	IPropData_Release(local);
	pthread_barrier_wait(&sc->barrier); /* views gone */
	if (w->thread == 0) {
		IPropData_Release(sc->pd);
		ITableData_Release(sc->td);
		expect(w, "MAPIFreeBuffer", (HRESULT)MAPIFreeBuffer(sc->buf),
		       S_OK, S_OK);
	}
	MAPIUninitialize();
	if (w->impersonate)
		expect(w, "MapixRevertToSelf", MapixRevertToSelf(), S_OK, S_OK);
	return NULL;
}

/* ---------------------------------------------------------------------
 * The test
 */

static long ops_from_env(void)
{
	const char *env = getenv("MAPIX_STRESS_OPS");
	const char *pre = getenv("LD_PRELOAD");
	char *end;
	long n;

	if (env != NULL && *env != '\0') {
		n = strtol(env, &end, 10);
		if (*end == '\0' && n >= 0) {
			printf("# stress: MAPIX_STRESS_OPS=%ld\n", n);
			return n;
		}
		printf("# stress: ignoring MAPIX_STRESS_OPS='%s'\n", env);
	}
	if (pre != NULL && strstr(pre, "vgpreload") != NULL) {
		printf("# stress: valgrind detected (LD_PRELOAD), %d "
		       "operations per thread instead of %d\n",
		       OPS_VALGRIND, OPS_FULL);
		return OPS_VALGRIND;
	}
	return OPS_FULL;
}

static void test_stress(void **state)
{
	static struct worker workers[NCONTEXTS][NTHREADS];
	pthread_t threads[NCONTEXTS][NTHREADS];
	struct timespec t0, t1;
	long live = alloc_live(), total = 0, foreign = 0, notified = 0;
	char name[32];
	int c, t;

	(void)state;
	ops_per_thread = ops_from_env();
	assert_int_equal(
	    pthread_barrier_init(&all_barrier, NULL, NCONTEXTS * NTHREADS), 0);
	for (c = 0; c < NCONTEXTS; c++) {
		struct sctx *sc = &contexts[c];

		memset(sc, 0, sizeof(*sc));
		sc->index = c;
		snprintf(name, sizeof(name), "stress-%02d", c);
		assert_int_equal(context_get(name, NULL, &sc->ctx), 0);
		sc->ctx_id = context_id(sc->ctx);
		assert_int_equal(
		    pthread_barrier_init(&sc->barrier, NULL, NTHREADS), 0);
	}
	clock_gettime(CLOCK_MONOTONIC, &t0);
	for (c = 0; c < NCONTEXTS; c++) {
		for (t = 0; t < NTHREADS; t++) {
			struct worker *w = &workers[c][t];

			memset(w, 0, sizeof(*w));
			w->sc = &contexts[c];
			w->thread = t;
			w->impersonate = t >= NTHREADS / 2;
			w->rng = UINT64_C(0x9e3779b97f4a7c15) *
				 (uint64_t)(c * NTHREADS + t + 1);
			if (w->impersonate)
				assert_int_equal(pthread_create(&threads[c][t],
								NULL,
								worker_main, w),
						 0);
			else
				assert_int_equal(
				    context_thread_create(contexts[c].ctx,
							  worker_main, w,
							  &threads[c][t]),
				    0);
		}
	}
	for (c = 0; c < NCONTEXTS; c++)
		for (t = 0; t < NTHREADS; t++)
			assert_int_equal(pthread_join(threads[c][t], NULL), 0);
	clock_gettime(CLOCK_MONOTONIC, &t1);

	for (c = 0; c < NCONTEXTS; c++) {
		struct sctx *sc = &contexts[c];

		for (t = 0; t < NTHREADS; t++) {
			struct worker *w = &workers[c][t];

			if (w->unexpected != 0)
				fail_msg(
				    "%ld unexpected answers; the first: %s",
				    w->unexpected, w->first);
			assert_int_equal(w->ops_done, ops_per_thread);
			total += w->ops_done;
			foreign += w->foreign_tries;
		}
		assert_int_equal(atomic_load(&sc->wrong_context), 0);
		notified += atomic_load(&sc->notified);
		if (ops_per_thread >= 100 && atomic_load(&sc->notified) == 0)
			fail_msg("context %d: no notification arrived", c);
		pthread_barrier_destroy(&sc->barrier);
		context_unref(&sc->ctx);
	}
	pthread_barrier_destroy(&all_barrier);
	printf("# stress: %d contexts x %d threads x %ld operations: %ld "
	       "operations (%ld on foreign objects), %ld notifications, in "
	       "%.2f s\n",
	       NCONTEXTS, NTHREADS, ops_per_thread, total, foreign, notified,
	       (double)(t1.tv_sec - t0.tv_sec) +
		   (double)(t1.tv_nsec - t0.tv_nsec) / 1e9);
	assert_int_equal(instance_count(), 0);
	assert_int_equal(context_thread_total(), 0);
	assert_int_equal(alloc_live(), live);
}

/*
 * Made once, on first use, and kept: the process context and the token
 * registry's buckets.  Made here, they are not counted as leaks.
 */
static int group_setup(void **state)
{
	LPMAPIXTOKEN tok = NULL;

	(void)state;
	if (context_thread() == NULL ||
	    context_token_new(context_thread(), MAPIX_LOGON_LOGICAL, &tok) != 0)
		return -1;
	return MapixCloseToken(tok) == S_OK ? 0 : -1;
}

int main(void)
{
	const struct CMUnitTest tests[] = {
	    cmocka_unit_test(test_stress),
	};

	return cmocka_run_group_tests(tests, group_setup, NULL);
}
