/*
 * test_table_notify.c - table notifications of the in-memory table
 * (CreateTable) through the notification engine of the table's context
 * (src/core/notifyhook.h, installed by src/context/instance.c).
 *
 * Without a MAPI instance in the table's context the table calls OnNotify
 * itself, on the thread that changed the data, before the change returns.
 * With one, the instance's engine delivers: the default engine queues
 * until a thread of the context calls HrDispatchNotifications (its fd is
 * readable meanwhile, and no thread is created), the
 * MAPI_MULTITHREAD_NOTIFICATIONS engine on its dispatcher thread, which
 * runs in the context -- with the context's kernel uid when the test runs
 * as root with a mapped context (that check is skipped, with a printed
 * reason, otherwise).
 */
#include <stdarg.h>
#include <stddef.h>
#include <setjmp.h>
#include <stdint.h>
#include <cmocka.h>

#include <dirent.h>
#include <poll.h>
#include <pthread.h>
#include <stdbool.h>
#include <stdio.h>
#include <string.h>
#include <time.h>
#include <unistd.h>

#include <mapix.h>
#include <mapixsec.h>
#include <mapiguid.h>
#include <mapiutil.h>

#include "alloc.h"
#include "context.h"
#include "instance.h"
#include "notify.h"
#include "thread.h"

#define TAG_ID   PROP_TAG(PT_LONG, 0x6801)
#define TAG_NAME PROP_TAG(PT_STRING8, 0x6802)

/* Kernel ids of the root-only check; they need no passwd entries. */
#define TEST_UID 47460
#define TEST_GID 47461

static const MAPIINIT_0 init_mt = {MAPI_INIT_VERSION,
				   MAPI_MULTITHREAD_NOTIFICATIONS};

/* ---------------------------------------------------------------------
 * Helpers
 */

static int task_count(void)
{
	DIR *d = opendir("/proc/self/task");
	struct dirent *e;
	int n = 0;

	assert_non_null(d);
	while ((e = readdir(d)) != NULL) {
		if (e->d_name[0] != '.')
			n++;
	}
	closedir(d);
	return n;
}

static bool fd_readable(int fd)
{
	struct pollfd p = {.fd = fd, .events = POLLIN};

	return poll(&p, 1, 0) == 1 && (p.revents & POLLIN) != 0;
}

/* The real and effective uid of the calling thread, from /proc. */
static bool thread_uids(unsigned int *real, unsigned int *eff)
{
	char path[64], line[256];
	unsigned int u[4];
	bool ok = false;
	FILE *f;

	snprintf(path, sizeof(path), "/proc/self/task/%d/status",
		 (int)gettid());
	f = fopen(path, "r");
	if (f == NULL)
		return false;
	while (fgets(line, sizeof(line), f) != NULL) {
		if (sscanf(line, "Uid:\t%u\t%u\t%u\t%u", &u[0], &u[1], &u[2],
			   &u[3]) == 4) {
			*real = u[0];
			*eff = u[1];
			ok = true;
		}
	}
	fclose(f);
	return ok;
}

/* What the recording sink saw. */
struct seen {
	pthread_mutex_t lock;
	pthread_cond_t cond;
	int calls;
	pthread_t thread;
	ULONG last_event;
	LONG last_id;
	char last_name[32];
	bool uids_read;
	unsigned int uid, euid;
	/* If set, OnNotify reads this view back (calls into the table). */
	LPMAPITABLE reread;
	ULONG reread_rows;
	HRESULT reread_hr;
};

static void seen_init(struct seen *s)
{
	memset(s, 0, sizeof(*s));
	pthread_mutex_init(&s->lock, NULL);
	pthread_cond_init(&s->cond, NULL);
}

static void seen_fini(struct seen *s)
{
	pthread_cond_destroy(&s->cond);
	pthread_mutex_destroy(&s->lock);
}

static LONG STDAPICALLTYPE record_cb(LPVOID ctx, ULONG c, LPNOTIFICATION n)
{
	struct seen *s = ctx;
	const TABLE_NOTIFICATION *tab = &n[c - 1].info.tab;
	LPSRowSet rows = NULL;
	ULONG i;

	pthread_mutex_lock(&s->lock);
	s->calls += (int)c;
	s->thread = pthread_self();
	s->last_event = tab->ulTableEvent;
	for (i = 0; i < tab->row.cValues; i++) {
		const SPropValue *p = &tab->row.lpProps[i];

		if (p->ulPropTag == TAG_ID)
			s->last_id = p->Value.l;
		if (p->ulPropTag == TAG_NAME)
			snprintf(s->last_name, sizeof(s->last_name), "%s",
				 p->Value.lpszA);
	}
	s->uids_read = thread_uids(&s->uid, &s->euid);
	if (s->reread != NULL) {
		/* Back into the table, from the delivering thread. */
		s->reread_hr =
		    IMAPITable_SeekRow(s->reread, BOOKMARK_BEGINNING, 0, NULL);
		if (s->reread_hr == S_OK)
			s->reread_hr =
			    IMAPITable_QueryRows(s->reread, 100, 0, &rows);
		if (s->reread_hr == S_OK) {
			s->reread_rows = rows->cRows;
			FreeProws(rows);
		}
	}
	pthread_cond_broadcast(&s->cond);
	pthread_mutex_unlock(&s->lock);
	return 0;
}

/* Waits until the sink saw at least calls notifications, up to 10 s. */
static int seen_wait(struct seen *s, int calls)
{
	struct timespec ts;
	int n;

	clock_gettime(CLOCK_REALTIME, &ts);
	ts.tv_sec += 10;
	pthread_mutex_lock(&s->lock);
	while (s->calls < calls &&
	       pthread_cond_timedwait(&s->cond, &s->lock, &ts) == 0)
		;
	n = s->calls;
	pthread_mutex_unlock(&s->lock);
	return n;
}

static int seen_calls(struct seen *s)
{
	int n;

	pthread_mutex_lock(&s->lock);
	n = s->calls;
	pthread_mutex_unlock(&s->lock);
	return n;
}

/* A dynamic table with a view advised to a recording sink. */
struct fixture {
	LPTABLEDATA td;
	LPMAPITABLE view;
	LPMAPIADVISESINK sink;
	ULONG_PTR conn;
};

static HRESULT fixture_open(struct fixture *f, struct seen *s)
{
	SizedSPropTagArray(2, cols) = {2, {TAG_ID, TAG_NAME}};
	HRESULT hr;

	memset(f, 0, sizeof(*f));
	hr = CreateTable(&IID_IMAPITableData, NULL, NULL, NULL, NULL,
			 TBLTYPE_DYNAMIC, TAG_ID, (LPSPropTagArray)&cols,
			 &f->td);
	if (hr == S_OK)
		hr = ITableData_HrGetView(f->td, NULL, NULL, 0, &f->view);
	if (hr == S_OK)
		hr = HrAllocAdviseSink(record_cb, s, &f->sink);
	if (hr == S_OK)
		hr = IMAPITable_Advise(f->view, fnevTableModified, f->sink,
				       &f->conn);
	return hr;
}

static void fixture_close(struct fixture *f)
{
	if (f->view != NULL && f->conn != 0)
		IMAPITable_Unadvise(f->view, f->conn);
	if (f->view != NULL)
		IMAPITable_Release(f->view);
	if (f->td != NULL)
		ITableData_Release(f->td);
	if (f->sink != NULL)
		IMAPIAdviseSink_Release(f->sink);
	memset(f, 0, sizeof(*f));
}

static HRESULT put_row(LPTABLEDATA td, LONG id, const char *name)
{
	SPropValue p[2];
	SRow r = {0, 2, p};

	memset(p, 0, sizeof(p));
	p[0].ulPropTag = TAG_ID;
	p[0].Value.l = id;
	p[1].ulPropTag = TAG_NAME;
	p[1].Value.lpszA = (LPSTR)name;
	return ITableData_HrModifyRow(td, &r);
}

static struct instance *current(void)
{
	struct instance *inst = NULL;

	assert_int_equal(instance_check_thread(&inst), S_OK);
	return inst;
}

/* ---------------------------------------------------------------------
 * Without an instance: synchronous, on the changing thread
 */

static void test_no_instance_sync(void **state)
{
	struct fixture f;
	struct seen s;
	long live = alloc_live();

	(void)state;
	seen_init(&s);
	assert_int_equal(instance_check_thread(NULL), MAPI_E_NOT_INITIALIZED);
	assert_int_equal(fixture_open(&f, &s), S_OK);
	assert_int_equal(put_row(f.td, 1, "one"), S_OK);
	/* Before HrModifyRow returned. */
	assert_int_equal(s.calls, 1);
	assert_true(pthread_equal(s.thread, pthread_self()));
	assert_int_equal(s.last_event, TABLE_ROW_ADDED);
	assert_string_equal(s.last_name, "one");
	fixture_close(&f);
	assert_int_equal(alloc_live(), live);
	seen_fini(&s);
}

/* ---------------------------------------------------------------------
 * Default engine: queued for HrDispatchNotifications, no thread
 */

static void test_default_engine(void **state)
{
	struct fixture f;
	struct seen s;
	int fd = -1, tasks;
	long live = alloc_live();

	(void)state;
	seen_init(&s);
	tasks = task_count();
	assert_int_equal(MAPIInitialize(NULL), S_OK);
	assert_int_equal(MapixGetNotificationFd(&fd), S_OK);
	assert_int_equal(fixture_open(&f, &s), S_OK);
	s.reread = f.view;
	assert_int_equal(put_row(f.td, 1, "one"), S_OK);
	assert_int_equal(put_row(f.td, 2, "two"), S_OK);
	assert_int_equal(put_row(f.td, 1, "uno"), S_OK);

	/* Nothing delivered yet; the fd says something waits. */
	assert_int_equal(s.calls, 0);
	assert_int_equal(notify_pending(instance_notify(current())), 3);
	assert_true(fd_readable(fd));
	assert_int_equal(task_count(), tasks);

	assert_int_equal(HrDispatchNotifications(0), S_OK);
	assert_int_equal(s.calls, 3);
	assert_true(pthread_equal(s.thread, pthread_self()));
	assert_int_equal(s.last_event, TABLE_ROW_MODIFIED);
	assert_int_equal(s.last_id, 1);
	/* The engine's copy, not the table's memory. */
	assert_string_equal(s.last_name, "uno");
	/* The sink could call back into the table. */
	assert_int_equal(s.reread_hr, S_OK);
	assert_int_equal(s.reread_rows, 2);
	assert_false(fd_readable(fd));
	assert_int_equal(notify_pending(instance_notify(current())), 0);
	assert_int_equal(HrDispatchNotifications(0), S_OK);
	assert_int_equal(s.calls, 3);
	assert_int_equal(task_count(), tasks);

	fixture_close(&f);
	MAPIUninitialize();
	assert_int_equal(alloc_live(), live);
	seen_fini(&s);
}

/* A table made before MAPIInitialize notifies through the engine after. */
static void test_table_before_init(void **state)
{
	struct fixture f;
	struct seen s;
	long live = alloc_live();

	(void)state;
	seen_init(&s);
	assert_int_equal(fixture_open(&f, &s), S_OK);
	assert_int_equal(put_row(f.td, 1, "one"), S_OK);
	assert_int_equal(s.calls, 1);
	assert_int_equal(MAPIInitialize(NULL), S_OK);
	assert_int_equal(put_row(f.td, 2, "two"), S_OK);
	assert_int_equal(s.calls, 1);
	assert_int_equal(HrDispatchNotifications(0), S_OK);
	assert_int_equal(s.calls, 2);
	MAPIUninitialize();
	/* No instance again: synchronous again, and the table lives on. */
	assert_int_equal(put_row(f.td, 3, "three"), S_OK);
	assert_int_equal(s.calls, 3);
	fixture_close(&f);
	assert_int_equal(alloc_live(), live);
	seen_fini(&s);
}

struct dispatcher_run {
	struct seen *s;
	pthread_barrier_t *barrier;
	pthread_t self;
	int failed;
};

static void *dispatch_main(void *arg)
{
	struct dispatcher_run *r = arg;

	r->self = pthread_self();
	if (MAPIInitialize(NULL) != S_OK)
		r->failed = 1;
	pthread_barrier_wait(r->barrier); /* initialized */
	pthread_barrier_wait(r->barrier); /* main changed the table */
	if (r->failed == 0 && HrDispatchNotifications(0) != S_OK)
		r->failed = 2;
	MAPIUninitialize();
	return NULL;
}

/*
 * Any thread of the context that initialized MAPI may dispatch the
 * instance's queue; OnNotify then runs there.
 */
static void test_default_other_thread(void **state)
{
	struct dispatcher_run r;
	pthread_barrier_t barrier;
	struct fixture f;
	struct seen s;
	pthread_t t;
	long live = alloc_live();

	(void)state;
	seen_init(&s);
	memset(&r, 0, sizeof(r));
	r.s = &s;
	r.barrier = &barrier;
	assert_int_equal(pthread_barrier_init(&barrier, NULL, 2), 0);
	assert_int_equal(MAPIInitialize(NULL), S_OK);
	assert_int_equal(pthread_create(&t, NULL, dispatch_main, &r), 0);
	pthread_barrier_wait(&barrier);
	assert_int_equal(fixture_open(&f, &s), S_OK);
	assert_int_equal(put_row(f.td, 1, "one"), S_OK);
	assert_int_equal(s.calls, 0);
	pthread_barrier_wait(&barrier);
	assert_int_equal(pthread_join(t, NULL), 0);
	assert_int_equal(r.failed, 0);
	assert_int_equal(s.calls, 1);
	assert_true(pthread_equal(s.thread, r.self));
	fixture_close(&f);
	MAPIUninitialize();
	pthread_barrier_destroy(&barrier);
	assert_int_equal(alloc_live(), live);
	seen_fini(&s);
}

/* Queued notifications die with the instance: dropped, nothing leaks. */
static void test_default_teardown_drops(void **state)
{
	struct fixture f;
	struct seen s;
	long live = alloc_live();

	(void)state;
	seen_init(&s);
	assert_int_equal(MAPIInitialize(NULL), S_OK);
	assert_int_equal(fixture_open(&f, &s), S_OK);
	assert_int_equal(put_row(f.td, 1, "one"), S_OK);
	assert_int_equal(put_row(f.td, 2, "two"), S_OK);
	assert_int_equal(notify_pending(instance_notify(current())), 2);
	MAPIUninitialize();
	assert_int_equal(s.calls, 0);
	/* The objects are dead now; their owner still releases them. */
	assert_int_equal(put_row(f.td, 3, "three"), MAPI_E_INVALID_OBJECT);
	assert_int_equal(IMAPITable_Unadvise(f.view, f.conn),
			 MAPI_E_INVALID_OBJECT);
	fixture_close(&f);
	assert_int_equal(s.calls, 0);
	assert_int_equal(alloc_live(), live);
	seen_fini(&s);
}

/* What was queued before Unadvise is still delivered after it. */
static void test_default_unadvise_after_queue(void **state)
{
	struct fixture f;
	struct seen s;
	long live = alloc_live();

	(void)state;
	seen_init(&s);
	assert_int_equal(MAPIInitialize(NULL), S_OK);
	assert_int_equal(fixture_open(&f, &s), S_OK);
	assert_int_equal(put_row(f.td, 1, "one"), S_OK);
	assert_int_equal(IMAPITable_Unadvise(f.view, f.conn), S_OK);
	f.conn = 0;
	assert_int_equal(put_row(f.td, 2, "two"), S_OK);
	assert_int_equal(HrDispatchNotifications(0), S_OK);
	assert_int_equal(s.calls, 1);
	assert_int_equal(s.last_id, 1);
	fixture_close(&f);
	MAPIUninitialize();
	assert_int_equal(alloc_live(), live);
	seen_fini(&s);
}

/* ---------------------------------------------------------------------
 * Two contexts: each table's notifications go to its own instance
 */

struct ctx_run {
	struct context *ctx;
	struct seen s;
	pthread_barrier_t *barrier;
	int failed;
};

static void *own_instance_main(void *arg)
{
	struct ctx_run *r = arg;
	struct fixture f;

	if (MAPIInitialize(NULL) != S_OK || fixture_open(&f, &r->s) != S_OK)
		r->failed = 1;
	pthread_barrier_wait(r->barrier); /* both made theirs */
	if (r->failed == 0 && put_row(f.td, 7, "mine") != S_OK)
		r->failed = 2;
	pthread_barrier_wait(r->barrier); /* both changed theirs */
	pthread_barrier_wait(r->barrier); /* main dispatched its own */
	if (r->failed == 0 && seen_calls(&r->s) != 0)
		r->failed = 3;
	if (r->failed == 0 && HrDispatchNotifications(0) != S_OK)
		r->failed = 4;
	if (r->failed == 0 && seen_calls(&r->s) != 1)
		r->failed = 5;
	fixture_close(&f);
	MAPIUninitialize();
	return NULL;
}

static void test_contexts_separate(void **state)
{
	pthread_barrier_t barrier;
	struct ctx_run r;
	struct fixture f;
	struct seen s;
	pthread_t t;
	long live = alloc_live();

	(void)state;
	seen_init(&s);
	memset(&r, 0, sizeof(r));
	seen_init(&r.s);
	r.barrier = &barrier;
	assert_int_equal(context_get("htn-other", NULL, &r.ctx), 0);
	assert_int_equal(pthread_barrier_init(&barrier, NULL, 2), 0);
	assert_int_equal(MAPIInitialize(NULL), S_OK);
	assert_int_equal(fixture_open(&f, &s), S_OK);
	assert_int_equal(
	    context_thread_create(r.ctx, own_instance_main, &r, &t), 0);
	pthread_barrier_wait(&barrier);
	assert_int_equal(put_row(f.td, 1, "main"), S_OK);
	pthread_barrier_wait(&barrier);
	assert_int_equal(HrDispatchNotifications(0), S_OK);
	assert_int_equal(s.calls, 1);
	assert_string_equal(s.last_name, "main");
	pthread_barrier_wait(&barrier);
	assert_int_equal(pthread_join(t, NULL), 0);
	assert_int_equal(r.failed, 0);
	assert_string_equal(r.s.last_name, "mine");
	fixture_close(&f);
	MAPIUninitialize();
	context_unref(&r.ctx);
	pthread_barrier_destroy(&barrier);
	assert_int_equal(alloc_live(), live);
	seen_fini(&s);
	seen_fini(&r.s);
}

/* ---------------------------------------------------------------------
 * MAPI_MULTITHREAD_NOTIFICATIONS: on the dispatcher thread
 */

struct mt_run {
	struct seen s;
	bool mapped;
	pthread_t dispatcher;
	int failed;
};

static void *mt_main(void *arg)
{
	struct mt_run *r = arg;
	struct fixture f;
	int i;

	memset(&f, 0, sizeof(f));
	if (MAPIInitialize((LPVOID)&init_mt) != S_OK) {
		r->failed = 1;
		return NULL;
	}
	if (!notify_dispatcher(instance_notify(current()), &r->dispatcher))
		r->failed = 2;
	else if (fixture_open(&f, &r->s) != S_OK)
		r->failed = 3;
	r->s.reread = f.view;
	for (i = 0; r->failed == 0 && i < 3; i++) {
		if (put_row(f.td, i + 1, "row") != S_OK)
			r->failed = 4;
	}
	if (r->failed == 0 && seen_wait(&r->s, 3) != 3)
		r->failed = 5;
	fixture_close(&f);
	MAPIUninitialize();
	return NULL;
}

static void test_multithread_engine(void **state)
{
	gid_t group = TEST_GID + 1;
	struct context_os os = {TEST_UID, TEST_GID, &group, 1};
	struct context *ctx = NULL;
	struct mt_run r;
	pthread_t t;
	long live = alloc_live();

	(void)state;
	memset(&r, 0, sizeof(r));
	seen_init(&r.s);
	/* As root the context is mapped: its threads carry its uid. */
	r.mapped = geteuid() == 0;
	assert_int_equal(context_get(r.mapped ? "htn-mapped" : "htn-logical",
				     r.mapped ? &os : NULL, &ctx),
			 0);
	assert_int_equal(context_thread_create(ctx, mt_main, &r, &t), 0);
	assert_int_equal(pthread_join(t, NULL), 0);
	assert_int_equal(r.failed, 0);
	assert_int_equal(r.s.calls, 3);
	assert_true(pthread_equal(r.s.thread, r.dispatcher));
	assert_int_equal(r.s.last_event, TABLE_ROW_ADDED);
	assert_int_equal(r.s.last_id, 3);
	assert_int_equal(r.s.reread_hr, S_OK);
	assert_true(r.s.uids_read);
	if (r.mapped) {
		assert_int_equal(r.s.uid, TEST_UID);
		assert_int_equal(r.s.euid, TEST_UID);
	} else {
		printf("# SKIP dispatcher uid check: not running as root, "
		       "so the context cannot be mapped to a kernel uid\n");
	}
	assert_int_equal(context_thread_total(), 0);
	context_unref(&ctx);
	assert_int_equal(alloc_live(), live);
	seen_fini(&r.s);
}

/* The process context is made once, on first use: not a leak. */
static int group_setup(void **state)
{
	(void)state;
	return context_thread() == NULL ? -1 : 0;
}

int main(void)
{
	const struct CMUnitTest tests[] = {
	    cmocka_unit_test(test_no_instance_sync),
	    cmocka_unit_test(test_default_engine),
	    cmocka_unit_test(test_table_before_init),
	    cmocka_unit_test(test_default_other_thread),
	    cmocka_unit_test(test_default_teardown_drops),
	    cmocka_unit_test(test_default_unadvise_after_queue),
	    cmocka_unit_test(test_contexts_separate),
	    cmocka_unit_test(test_multithread_engine),
	};

	return cmocka_run_group_tests(tests, group_setup, NULL);
}
