/*
 * test_notify.c - notification engines: the default engine with no thread
 * (queue, eventfd, HrDispatchNotifications), the dispatcher thread of
 * MAPI_MULTITHREAD_NOTIFICATIONS (with its kernel credentials when run as
 * root), HrAllocAdviseSink, HrThisThreadAdviseSink, deep copies of every
 * NOTIFICATION shape, table notifications from the in-memory table, and
 * out-of-memory behaviour of notify_post.
 */
#include <stdarg.h>
#include <stddef.h>
#include <setjmp.h>
#include <stdint.h>
#include <cmocka.h>

#include <dirent.h>
#include <errno.h>
#include <poll.h>
#include <pthread.h>
#include <stdatomic.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include <mapix.h>
#include <mapixsec.h>
#include <mapiguid.h>
#include <mapiutil.h>

#include "alloc.h"
#include "context.h"
#include "instance.h"
#include "notify.h"
#include "objhdr.h"
#include "thread.h"

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

static bool fd_wait(int fd, int ms)
{
	struct pollfd p = {.fd = fd, .events = POLLIN};

	return poll(&p, 1, ms) == 1 && (p.revents & POLLIN) != 0;
}

static struct instance *current(void)
{
	struct instance *inst = NULL;

	assert_int_equal(instance_check_thread(&inst), S_OK);
	return inst;
}

/* What a recording sink saw. */
struct seen {
	pthread_mutex_t lock;
	pthread_cond_t cond;
	int calls;
	int notifs;
	pid_t tid;
	pthread_t thread;
	ULONG last_event;
	ULONG last_table_event;
	LONG last_value;
	unsigned int uid_fields[4];
	bool uid_read;
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

static bool read_uids(unsigned int u[4])
{
	char path[64], line[256];
	bool ok = false;
	FILE *f;

	snprintf(path, sizeof(path), "/proc/self/task/%d/status",
		 (int)gettid());
	f = fopen(path, "r");
	if (f == NULL)
		return false;
	while (fgets(line, sizeof(line), f) != NULL) {
		if (sscanf(line, "Uid:\t%u\t%u\t%u\t%u", &u[0], &u[1], &u[2],
			   &u[3]) == 4)
			ok = true;
	}
	fclose(f);
	return ok;
}

static LONG STDAPICALLTYPE record_cb(LPVOID ctx, ULONG c, LPNOTIFICATION n)
{
	struct seen *s = ctx;

	pthread_mutex_lock(&s->lock);
	s->calls++;
	s->notifs += (int)c;
	s->tid = gettid();
	s->thread = pthread_self();
	s->last_event = n[c - 1].ulEventType;
	if (n[c - 1].ulEventType == fnevTableModified) {
		s->last_table_event = n[c - 1].info.tab.ulTableEvent;
		if (n[c - 1].info.tab.row.cValues > 0 &&
		    PROP_TYPE(n[c - 1].info.tab.row.lpProps[0].ulPropTag) ==
			PT_LONG)
			s->last_value =
			    n[c - 1].info.tab.row.lpProps[0].Value.l;
	}
	if (n[c - 1].ulEventType == fnevExtended)
		s->last_value = (LONG)n[c - 1].info.ext.ulEvent;
	s->uid_read = read_uids(s->uid_fields);
	pthread_cond_broadcast(&s->cond);
	pthread_mutex_unlock(&s->lock);
	return 0;
}

/* Waits until the sink saw at least calls calls, up to 10 s. */
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

static NOTIFICATION ext_notif(ULONG event)
{
	NOTIFICATION n;

	memset(&n, 0, sizeof(n));
	n.ulEventType = fnevExtended;
	n.info.ext.ulEvent = event;
	return n;
}

/* ---------------------------------------------------------------------
 * Default engine: no thread
 */

static void test_default_no_thread(void **state)
{
	struct seen s;
	LPMAPIADVISESINK sink = NULL;
	NOTIFICATION n = ext_notif(7);
	pthread_t dummy;
	int before, i, fd;
	long live = alloc_live();

	(void)state;
	seen_init(&s);
	before = task_count();
	assert_int_equal(MAPIInitialize(NULL), S_OK);
	assert_false(notify_dispatcher(instance_notify(current()), &dummy));
	assert_int_equal(task_count(), before);
	assert_int_equal(HrAllocAdviseSink(record_cb, &s, &sink), S_OK);
	assert_int_equal(MapixGetNotificationFd(&fd), S_OK);
	assert_true(fd >= 0);
	assert_false(fd_readable(fd));

	for (i = 0; i < 3; i++)
		assert_int_equal(notify_post(current(), sink, 1, &n), 0);
	assert_int_equal(notify_pending(instance_notify(current())), 3);
	assert_true(fd_readable(fd));
	assert_int_equal(s.calls, 0); /* nothing without a dispatch */
	assert_int_equal(task_count(), before);

	assert_int_equal(HrDispatchNotifications(0), S_OK);
	assert_int_equal(s.calls, 3);
	assert_true(pthread_equal(s.thread, pthread_self()));
	assert_int_equal(s.last_value, 7);
	assert_false(fd_readable(fd));
	assert_int_equal(notify_pending(instance_notify(current())), 0);
	/* Nothing waiting: still fine. */
	assert_int_equal(HrDispatchNotifications(0), S_OK);
	assert_int_equal(s.calls, 3);
	assert_int_equal(task_count(), before);
	assert_int_equal(context_thread_total(), 0);

	assert_int_equal(HrDispatchNotifications(1), MAPI_E_UNKNOWN_FLAGS);
	assert_int_equal(MapixGetNotificationFd(NULL),
			 MAPI_E_INVALID_PARAMETER);
	IMAPIAdviseSink_Release(sink);
	MAPIUninitialize();
	assert_int_equal(task_count(), before);
	assert_int_equal(MapixGetNotificationFd(&fd), MAPI_E_NOT_INITIALIZED);
	assert_int_equal(fd, -1);
	assert_int_equal(alloc_live(), live);
	seen_fini(&s);
}

/* A second thread of the context sees the shared queue too. */
struct fd_peer {
	int fd;
	bool readable_before, readable_after;
	int failed;
};

static pthread_barrier_t barrier;

static void *fd_peer_main(void *arg)
{
	struct fd_peer *p = arg;

	if (MAPIInitialize(NULL) != S_OK ||
	    MapixGetNotificationFd(&p->fd) != S_OK) {
		p->failed = 1;
		pthread_barrier_wait(&barrier);
		pthread_barrier_wait(&barrier);
		pthread_barrier_wait(&barrier);
		pthread_barrier_wait(&barrier);
		return NULL;
	}
	pthread_barrier_wait(&barrier); /* fd made */
	pthread_barrier_wait(&barrier); /* main posted */
	p->readable_before = fd_readable(p->fd);
	pthread_barrier_wait(&barrier); /* peer looked */
	pthread_barrier_wait(&barrier); /* main dispatched */
	p->readable_after = fd_readable(p->fd);
	MAPIUninitialize();
	return NULL;
}

static void test_fd_two_threads(void **state)
{
	struct fd_peer peer = {.fd = -1};
	struct seen s;
	LPMAPIADVISESINK sink = NULL;
	NOTIFICATION n = ext_notif(1);
	pthread_t t;
	int fd;

	(void)state;
	seen_init(&s);
	assert_int_equal(pthread_barrier_init(&barrier, NULL, 2), 0);
	assert_int_equal(MAPIInitialize(NULL), S_OK);
	assert_int_equal(MapixGetNotificationFd(&fd), S_OK);
	assert_int_equal(HrAllocAdviseSink(record_cb, &s, &sink), S_OK);
	assert_int_equal(pthread_create(&t, NULL, fd_peer_main, &peer), 0);
	pthread_barrier_wait(&barrier);
	assert_int_equal(peer.failed, 0);
	assert_int_not_equal(peer.fd, fd); /* one fd per thread */
	assert_int_equal(notify_post(current(), sink, 1, &n), 0);
	assert_true(fd_readable(fd));
	pthread_barrier_wait(&barrier);
	pthread_barrier_wait(&barrier);
	assert_int_equal(HrDispatchNotifications(0), S_OK);
	assert_int_equal(s.calls, 1);
	assert_false(fd_readable(fd));
	pthread_barrier_wait(&barrier);
	assert_int_equal(pthread_join(t, NULL), 0);
	assert_true(peer.readable_before);
	/* The queue was emptied by the other thread: no spurious wakeup. */
	assert_false(peer.readable_after);
	IMAPIAdviseSink_Release(sink);
	MAPIUninitialize();
	pthread_barrier_destroy(&barrier);
	seen_fini(&s);
}

/* Notifications queued at teardown are dropped, their sinks released. */
static void test_teardown_drops(void **state)
{
	struct seen s;
	LPMAPIADVISESINK sink = NULL;
	NOTIFICATION n = ext_notif(1);
	long live = alloc_live();
	int i;

	(void)state;
	seen_init(&s);
	assert_int_equal(MAPIInitialize(NULL), S_OK);
	assert_int_equal(HrAllocAdviseSink(record_cb, &s, &sink), S_OK);
	for (i = 0; i < 5; i++)
		assert_int_equal(notify_post(current(), sink, 1, &n), 0);
	/* Five references held by the queue. */
	assert_int_equal(IMAPIAdviseSink_AddRef(sink), 7);
	IMAPIAdviseSink_Release(sink);
	MAPIUninitialize();
	assert_int_equal(s.calls, 0);
	/* Dead now, but its owner may free it, and it is the last ref. */
	assert_int_equal(IMAPIAdviseSink_Release(sink), 0);
	assert_int_equal(alloc_live(), live);
	seen_fini(&s);
}

/* ---------------------------------------------------------------------
 * MAPI_MULTITHREAD_NOTIFICATIONS
 */

static void test_multithread(void **state)
{
	struct seen s;
	LPMAPIADVISESINK sink = NULL;
	NOTIFICATION n = ext_notif(3);
	pthread_t disp;
	int before, i;
	long live = alloc_live();

	(void)state;
	seen_init(&s);
	before = task_count();
	assert_int_equal(MAPIInitialize((LPVOID)&init_mt), S_OK);
	assert_true(notify_dispatcher(instance_notify(current()), &disp));
	assert_int_equal(task_count(), before + 1);
	assert_int_equal(context_thread_count(instance_context_id(current())),
			 1);
	/* A second MAPIInitialize of the context makes no second thread. */
	assert_int_equal(MAPIInitialize((LPVOID)&init_mt), S_OK);
	assert_int_equal(task_count(), before + 1);
	MAPIUninitialize();

	assert_int_equal(HrAllocAdviseSink(record_cb, &s, &sink), S_OK);
	for (i = 0; i < 10; i++)
		assert_int_equal(notify_post(current(), sink, 1, &n), 0);
	assert_int_equal(seen_wait(&s, 10), 10);
	assert_true(pthread_equal(s.thread, disp));
	assert_int_not_equal(s.tid, gettid());
	/* Dispatching here has nothing to do: the thread delivered. */
	assert_int_equal(HrDispatchNotifications(0), S_OK);
	assert_int_equal(s.calls, 10);

	IMAPIAdviseSink_Release(sink);
	MAPIUninitialize();
	/* The dispatcher ended with the instance. */
	assert_int_equal(task_count(), before);
	assert_int_equal(context_thread_total(), 0);
	assert_int_equal(alloc_live(), live);
	seen_fini(&s);
}

/* OnNotify on the dispatcher may call MAPI: it is adopted there. */
struct reentrant {
	atomic_int calls;
	atomic_int checks_ok;
};

static LONG STDAPICALLTYPE reentrant_cb(LPVOID ctx, ULONG c, LPNOTIFICATION n)
{
	struct reentrant *r = ctx;
	LPMAPIADVISESINK inner = NULL;

	(void)c;
	(void)n;
	if (instance_check_thread(NULL) == S_OK &&
	    HrDispatchNotifications(0) == S_OK &&
	    HrAllocAdviseSink(reentrant_cb, r, &inner) == S_OK) {
		atomic_fetch_add(&r->checks_ok, 1);
		IMAPIAdviseSink_Release(inner);
	}
	atomic_fetch_add(&r->calls, 1);
	return 0;
}

static void test_multithread_reentrant(void **state)
{
	struct reentrant r = {0};
	LPMAPIADVISESINK sink = NULL;
	NOTIFICATION n = ext_notif(1);
	int i;

	(void)state;
	assert_int_equal(MAPIInitialize((LPVOID)&init_mt), S_OK);
	assert_int_equal(HrAllocAdviseSink(reentrant_cb, &r, &sink), S_OK);
	assert_int_equal(notify_post(current(), sink, 1, &n), 0);
	for (i = 0; i < 1000 && atomic_load(&r.calls) == 0; i++)
		usleep(10000);
	assert_int_equal(atomic_load(&r.calls), 1);
	assert_int_equal(atomic_load(&r.checks_ok), 1);
	IMAPIAdviseSink_Release(sink);
	MAPIUninitialize();
}

/*
 * The last MAPIUninitialize of a context made on its own dispatcher thread
 * (OnNotify initialized, the application's thread left first): the engine
 * cannot join its own thread and lets it end by itself.
 */
struct self_teardown {
	pthread_barrier_t *b;
	atomic_int state;
};

static LONG STDAPICALLTYPE self_teardown_cb(LPVOID ctx, ULONG c,
					    LPNOTIFICATION n)
{
	struct self_teardown *st = ctx;

	(void)c;
	(void)n;
	if (MAPIInitialize(NULL) != S_OK) {
		atomic_store(&st->state, -1);
		pthread_barrier_wait(st->b);
		return 0;
	}
	pthread_barrier_wait(st->b); /* initialized here */
	pthread_barrier_wait(st->b); /* the application left */
	MAPIUninitialize();          /* the last one */
	/* The instance is gone, for this thread too. */
	if (instance_check_thread(NULL) == MAPI_E_NOT_INITIALIZED &&
	    HrDispatchNotifications(0) == MAPI_E_NOT_INITIALIZED)
		atomic_store(&st->state, 1);
	else
		atomic_store(&st->state, 2);
	return 0;
}

static void test_teardown_on_dispatcher(void **state)
{
	struct self_teardown st = {.b = &barrier};
	LPMAPIADVISESINK sink = NULL;
	NOTIFICATION n = ext_notif(1);
	unsigned int id;
	int before = task_count(), i;

	(void)state;
	assert_int_equal(pthread_barrier_init(&barrier, NULL, 2), 0);
	assert_int_equal(MAPIInitialize((LPVOID)&init_mt), S_OK);
	id = instance_context_id(current());
	assert_int_equal(HrAllocAdviseSink(self_teardown_cb, &st, &sink), S_OK);
	assert_int_equal(notify_post(current(), sink, 1, &n), 0);
	pthread_barrier_wait(&barrier);
	assert_int_equal(atomic_load(&st.state), 0);
	/* The queue holds the sink until delivery is over: drop ours now. */
	IMAPIAdviseSink_Release(sink);
	MAPIUninitialize();
	assert_int_equal(instance_refs(id), 1);
	pthread_barrier_wait(&barrier);
	for (i = 0; i < 1000 &&
		    (context_thread_total() != 0 || task_count() != before);
	     i++)
		usleep(10000);
	assert_int_equal(atomic_load(&st.state), 1);
	assert_int_equal(instance_refs(id), 0);
	assert_int_equal(context_thread_total(), 0);
	assert_int_equal(task_count(), before);
	pthread_barrier_destroy(&barrier);
}

/* The dispatcher of a mapped context runs with that context's uid. */
struct mt_kernel {
	struct seen s;
	int failed;
	pid_t poster;
};

static void *mt_kernel_main(void *arg)
{
	struct mt_kernel *k = arg;
	LPMAPIADVISESINK sink = NULL;
	NOTIFICATION n = ext_notif(9);

	k->poster = gettid();
	if (MAPIInitialize((LPVOID)&init_mt) != S_OK) {
		k->failed = 1;
		return NULL;
	}
	if (HrAllocAdviseSink(record_cb, &k->s, &sink) != S_OK ||
	    notify_post(current(), sink, 1, &n) != 0)
		k->failed = 2;
	else if (seen_wait(&k->s, 1) != 1)
		k->failed = 3;
	IMAPIAdviseSink_Release(sink);
	MAPIUninitialize();
	return NULL;
}

static void test_multithread_kernel_uid(void **state)
{
	gid_t group = 47351;
	struct context_os os = {47350, 47350, &group, 1};
	struct context *ctx = NULL;
	struct mt_kernel k;
	pthread_t t;

	(void)state;
	if (geteuid() != 0) {
		printf("# SKIP dispatcher credentials: not running as root\n");
		skip();
	}
	memset(&k, 0, sizeof(k));
	seen_init(&k.s);
	assert_int_equal(context_get("hinst-mt", &os, &ctx), 0);
	assert_int_equal(context_thread_create(ctx, mt_kernel_main, &k, &t), 0);
	assert_int_equal(pthread_join(t, NULL), 0);
	assert_int_equal(k.failed, 0);
	assert_int_not_equal(k.s.tid, k.poster);
	assert_true(k.s.uid_read);
	/* real, effective and fs uid are the context's */
	assert_int_equal(k.s.uid_fields[0], os.uid);
	assert_int_equal(k.s.uid_fields[1], os.uid);
	assert_int_equal(k.s.uid_fields[3], os.uid);
	assert_int_equal(context_thread_total(), 0);
	context_unref(&ctx);
	seen_fini(&k.s);
}

/* ---------------------------------------------------------------------
 * HrThisThreadAdviseSink
 */

struct caller {
	LPMAPIADVISESINK sink;
	int count;
};

static void *call_on_notify(void *arg)
{
	struct caller *c = arg;
	NOTIFICATION n = ext_notif(5);
	int i;

	for (i = 0; i < c->count; i++)
		IMAPIAdviseSink_OnNotify(c->sink, 1, &n);
	return NULL;
}

static void test_this_thread_sink(void **state)
{
	struct seen s;
	LPMAPIADVISESINK inner = NULL, wrapped = NULL;
	NOTIFICATION n = ext_notif(5);
	struct caller c;
	pthread_t t;
	int fd;
	long live = alloc_live();

	(void)state;
	seen_init(&s);
	assert_int_equal(HrAllocAdviseSink(record_cb, &s, &inner), S_OK);
	/* Needs MAPIInitialize on this thread. */
	assert_int_equal(HrThisThreadAdviseSink(inner, &wrapped),
			 MAPI_E_NOT_INITIALIZED);
	assert_null(wrapped);
	IMAPIAdviseSink_Release(inner);

	assert_int_equal(MAPIInitialize(NULL), S_OK);
	assert_int_equal(HrAllocAdviseSink(record_cb, &s, &inner), S_OK);
	assert_int_equal(HrThisThreadAdviseSink(NULL, &wrapped),
			 MAPI_E_INVALID_PARAMETER);
	assert_int_equal(HrThisThreadAdviseSink(inner, NULL),
			 MAPI_E_INVALID_PARAMETER);
	assert_int_equal(HrThisThreadAdviseSink(inner, &wrapped), S_OK);
	IMAPIAdviseSink_Release(inner); /* the wrapper holds it */
	assert_int_equal(MapixGetNotificationFd(&fd), S_OK);

	/* On this thread: straight through. */
	IMAPIAdviseSink_OnNotify(wrapped, 1, &n);
	assert_int_equal(s.calls, 1);
	assert_false(fd_readable(fd));

	/* From another thread: queued for this one. */
	c.sink = wrapped;
	c.count = 4;
	assert_int_equal(pthread_create(&t, NULL, call_on_notify, &c), 0);
	assert_int_equal(pthread_join(t, NULL), 0);
	assert_int_equal(s.calls, 1);
	assert_true(fd_readable(fd));
	assert_int_equal(HrDispatchNotifications(0), S_OK);
	assert_int_equal(s.calls, 5);
	assert_true(pthread_equal(s.thread, pthread_self()));
	assert_false(fd_readable(fd));

	/* Queued, then the thread's last MAPIUninitialize: dropped. */
	assert_int_equal(pthread_create(&t, NULL, call_on_notify, &c), 0);
	assert_int_equal(pthread_join(t, NULL), 0);
	MAPIUninitialize();
	assert_int_equal(s.calls, 5);
	assert_int_equal(IMAPIAdviseSink_Release(wrapped), 0);
	assert_int_equal(alloc_live(), live);
	seen_fini(&s);
}

/* With a dispatcher thread, a wrapper brings OnNotify back here. */
static void test_this_thread_sink_multithread(void **state)
{
	struct seen s;
	LPMAPIADVISESINK inner = NULL, wrapped = NULL;
	NOTIFICATION n = ext_notif(8);
	int fd, i;
	long live = alloc_live();

	(void)state;
	seen_init(&s);
	assert_int_equal(MAPIInitialize((LPVOID)&init_mt), S_OK);
	assert_int_equal(HrAllocAdviseSink(record_cb, &s, &inner), S_OK);
	assert_int_equal(HrThisThreadAdviseSink(inner, &wrapped), S_OK);
	IMAPIAdviseSink_Release(inner);
	assert_int_equal(MapixGetNotificationFd(&fd), S_OK);
	for (i = 0; i < 3; i++)
		assert_int_equal(notify_post(current(), wrapped, 1, &n), 0);
	/* The dispatcher hands them to this thread's queue. */
	for (i = 0; i < 3; i++) {
		assert_true(fd_wait(fd, 10000));
		assert_int_equal(HrDispatchNotifications(0), S_OK);
		if (s.calls == 3)
			break;
	}
	assert_int_equal(s.calls, 3);
	assert_true(pthread_equal(s.thread, pthread_self()));
	assert_int_equal(s.last_value, 8);
	IMAPIAdviseSink_Release(wrapped);
	MAPIUninitialize();
	assert_int_equal(alloc_live(), live);
	seen_fini(&s);
}

/* ---------------------------------------------------------------------
 * HrAllocAdviseSink
 */

static void test_alloc_sink(void **state)
{
	struct seen s;
	LPMAPIADVISESINK sink = NULL;
	LPVOID unk = NULL;
	NOTIFICATION n = ext_notif(2);

	(void)state;
	seen_init(&s);
	assert_int_equal(HrAllocAdviseSink(NULL, &s, &sink),
			 MAPI_E_INVALID_PARAMETER);
	assert_int_equal(HrAllocAdviseSink(record_cb, &s, NULL),
			 MAPI_E_INVALID_PARAMETER);
	assert_int_equal(HrAllocAdviseSink(record_cb, &s, &sink), S_OK);
	assert_int_equal(
	    IMAPIAdviseSink_QueryInterface(sink, &IID_IMAPIAdviseSink, &unk),
	    S_OK);
	assert_ptr_equal(unk, sink);
	assert_int_equal(IMAPIAdviseSink_Release(sink), 1);
	assert_int_equal(
	    IMAPIAdviseSink_QueryInterface(sink, &IID_IMAPITable, &unk),
	    MAPI_E_INTERFACE_NOT_SUPPORTED);
	assert_null(unk);
	assert_int_equal(IMAPIAdviseSink_QueryInterface(sink, NULL, &unk),
			 MAPI_E_INVALID_PARAMETER);
	assert_int_equal(IMAPIAdviseSink_OnNotify(sink, 1, &n), 0);
	assert_int_equal(s.calls, 1);
	assert_int_equal(s.last_value, 2);
	assert_int_equal(IMAPIAdviseSink_Release(sink), 0);

	alloc_fail_after(1);
	assert_int_equal(HrAllocAdviseSink(record_cb, &s, &sink),
			 MAPI_E_NOT_ENOUGH_MEMORY);
	alloc_fail_after(0);
	assert_null(sink);
	seen_fini(&s);
}

/* ---------------------------------------------------------------------
 * Deep copies
 */

static BYTE eid1[] = {1, 2, 3, 4, 5, 6, 7, 8};
static BYTE eid2[] = {9, 10, 11};
static BYTE eid3[] = {12, 13, 14, 15, 16};
static BYTE eid4[] = {17};
static char str8[] = "IPM.Note";
static WCHAR wstr[] = {'I', 'P', 'M', '.', 'X', 0};
static char errtext[] = "disk on fire";
static char errcomp[] = "store";
static BYTE extdata[] = {0xde, 0xad, 0xbe, 0xef, 0x00, 0x11};

static SizedSPropTagArray(3, tags) = {
    3, {PR_SUBJECT_A, PR_MESSAGE_SIZE, PR_ENTRYID}};

static SPropValue row_props[4];
static SPropValue stat_props[2];
static MAPIERROR errinfo = {MAPI_ERROR_VERSION, (LPTSTR)errtext,
			    (LPTSTR)errcomp, 17, 42};

/* Every shape, each with all its pointers set. */
static ULONG build_all(NOTIFICATION *n)
{
	static const ULONG objtypes[] = {
	    fnevObjectCreated, fnevObjectDeleted, fnevObjectModified,
	    fnevObjectMoved,   fnevObjectCopied,  fnevSearchComplete,
	};
	ULONG c = 0, i;

	row_props[0].ulPropTag = PR_MESSAGE_SIZE;
	row_props[0].Value.l = 1234;
	row_props[1].ulPropTag = PR_SUBJECT_A;
	row_props[1].Value.lpszA = str8;
	row_props[2].ulPropTag = PR_ENTRYID;
	row_props[2].Value.bin.cb = sizeof(eid1);
	row_props[2].Value.bin.lpb = eid1;
	row_props[3].ulPropTag = PROP_TAG(PT_ERROR, 0x6601);
	row_props[3].Value.err = MAPI_E_NOT_FOUND;
	stat_props[0].ulPropTag = PR_DISPLAY_NAME_A;
	stat_props[0].Value.lpszA = errcomp;
	stat_props[1].ulPropTag = PROP_TAG(PT_LONG, 0x3E03);
	stat_props[1].Value.l = 5;

	memset(n, 0, 16 * sizeof(*n));
	n[c].ulEventType = fnevCriticalError;
	n[c].info.err.cbEntryID = sizeof(eid1);
	n[c].info.err.lpEntryID = (LPENTRYID)eid1;
	n[c].info.err.scode = MAPI_E_DISK_ERROR;
	n[c].info.err.lpMAPIError = &errinfo;
	c++;
	n[c].ulEventType = fnevNewMail;
	n[c].info.newmail.cbEntryID = sizeof(eid1);
	n[c].info.newmail.lpEntryID = (LPENTRYID)eid1;
	n[c].info.newmail.cbParentID = sizeof(eid2);
	n[c].info.newmail.lpParentID = (LPENTRYID)eid2;
	n[c].info.newmail.lpszMessageClass = (LPTSTR)str8;
	n[c].info.newmail.ulMessageFlags = MSGFLAG_UNSENT;
	c++;
	n[c].ulEventType = fnevNewMail;
	n[c].info.newmail.ulFlags = MAPI_UNICODE;
	n[c].info.newmail.lpszMessageClass = (LPTSTR)wstr;
	c++;
	for (i = 0; i < 6; i++, c++) {
		n[c].ulEventType = objtypes[i];
		n[c].info.obj.cbEntryID = sizeof(eid1);
		n[c].info.obj.lpEntryID = (LPENTRYID)eid1;
		n[c].info.obj.ulObjType = MAPI_MESSAGE;
		n[c].info.obj.cbParentID = sizeof(eid2);
		n[c].info.obj.lpParentID = (LPENTRYID)eid2;
		n[c].info.obj.cbOldID = sizeof(eid3);
		n[c].info.obj.lpOldID = (LPENTRYID)eid3;
		n[c].info.obj.cbOldParentID = sizeof(eid4);
		n[c].info.obj.lpOldParentID = (LPENTRYID)eid4;
		n[c].info.obj.lpPropTagArray = (LPSPropTagArray)&tags;
	}
	n[c].ulEventType = fnevTableModified;
	n[c].info.tab.ulTableEvent = TABLE_ROW_MODIFIED;
	n[c].info.tab.propIndex = row_props[2];
	n[c].info.tab.propPrior.ulPropTag = PR_NULL;
	n[c].info.tab.row.cValues = 4;
	n[c].info.tab.row.lpProps = row_props;
	c++;
	n[c].ulEventType = fnevTableModified;
	n[c].info.tab.ulTableEvent = TABLE_CHANGED; /* zeroed indexes */
	c++;
	n[c].ulEventType = fnevStatusObjectModified;
	n[c].info.statobj.cbEntryID = sizeof(eid3);
	n[c].info.statobj.lpEntryID = (LPENTRYID)eid3;
	n[c].info.statobj.cValues = 2;
	n[c].info.statobj.lpPropVals = stat_props;
	c++;
	n[c].ulEventType = fnevExtended;
	n[c].info.ext.ulEvent = 77;
	n[c].info.ext.cb = sizeof(extdata);
	n[c].info.ext.pbEventParameters = extdata;
	c++;
	return c;
}

static void check_bytes(const void *copy, const void *orig, size_t cb)
{
	assert_non_null(copy);
	assert_ptr_not_equal(copy, orig);
	assert_memory_equal(copy, orig, cb);
}

static void check_props(const SPropValue *copy, const SPropValue *orig, ULONG c)
{
	ULONG i;

	assert_ptr_not_equal(copy, orig);
	for (i = 0; i < c; i++) {
		assert_int_equal(copy[i].ulPropTag, orig[i].ulPropTag);
		assert_true(LPropCompareProp((LPSPropValue)&copy[i],
					     (LPSPropValue)&orig[i]) == 0 ||
			    PROP_TYPE(orig[i].ulPropTag) == PT_ERROR);
		if (PROP_TYPE(orig[i].ulPropTag) == PT_STRING8)
			assert_ptr_not_equal(copy[i].Value.lpszA,
					     orig[i].Value.lpszA);
		if (PROP_TYPE(orig[i].ulPropTag) == PT_BINARY)
			assert_ptr_not_equal(copy[i].Value.bin.lpb,
					     orig[i].Value.bin.lpb);
	}
}

/* Compares a copy with its original, pointer by pointer. */
static void check_copy(const NOTIFICATION *c, const NOTIFICATION *o)
{
	assert_int_equal(c->ulEventType, o->ulEventType);
	switch (o->ulEventType) {
	case fnevCriticalError:
		check_bytes(c->info.err.lpEntryID, o->info.err.lpEntryID,
			    o->info.err.cbEntryID);
		assert_int_equal(c->info.err.scode, o->info.err.scode);
		assert_ptr_not_equal(c->info.err.lpMAPIError,
				     o->info.err.lpMAPIError);
		assert_string_equal((char *)c->info.err.lpMAPIError->lpszError,
				    errtext);
		assert_ptr_not_equal(c->info.err.lpMAPIError->lpszError,
				     errtext);
		assert_string_equal(
		    (char *)c->info.err.lpMAPIError->lpszComponent, errcomp);
		assert_int_equal(c->info.err.lpMAPIError->ulLowLevelError, 17);
		assert_int_equal(c->info.err.lpMAPIError->ulContext, 42);
		break;
	case fnevNewMail:
		if (o->info.newmail.ulFlags & MAPI_UNICODE) {
			check_bytes(c->info.newmail.lpszMessageClass, wstr,
				    sizeof(wstr));
			assert_null(c->info.newmail.lpEntryID);
		} else {
			check_bytes(c->info.newmail.lpEntryID,
				    o->info.newmail.lpEntryID,
				    o->info.newmail.cbEntryID);
			check_bytes(c->info.newmail.lpParentID,
				    o->info.newmail.lpParentID,
				    o->info.newmail.cbParentID);
			assert_string_equal(
			    (char *)c->info.newmail.lpszMessageClass, str8);
			assert_ptr_not_equal(c->info.newmail.lpszMessageClass,
					     str8);
			assert_int_equal(c->info.newmail.ulMessageFlags,
					 MSGFLAG_UNSENT);
		}
		break;
	case fnevTableModified:
		assert_int_equal(c->info.tab.ulTableEvent,
				 o->info.tab.ulTableEvent);
		assert_int_equal(c->info.tab.row.cValues,
				 o->info.tab.row.cValues);
		if (o->info.tab.row.cValues > 0) {
			check_props(c->info.tab.row.lpProps,
				    o->info.tab.row.lpProps,
				    o->info.tab.row.cValues);
			check_props(&c->info.tab.propIndex,
				    &o->info.tab.propIndex, 1);
			assert_int_equal(c->info.tab.propPrior.ulPropTag,
					 PR_NULL);
		} else {
			assert_null(c->info.tab.row.lpProps);
		}
		break;
	case fnevStatusObjectModified:
		check_bytes(c->info.statobj.lpEntryID,
			    o->info.statobj.lpEntryID,
			    o->info.statobj.cbEntryID);
		assert_int_equal(c->info.statobj.cValues,
				 o->info.statobj.cValues);
		check_props(c->info.statobj.lpPropVals,
			    o->info.statobj.lpPropVals,
			    o->info.statobj.cValues);
		break;
	case fnevExtended:
		assert_int_equal(c->info.ext.ulEvent, 77);
		assert_int_equal(c->info.ext.cb, sizeof(extdata));
		check_bytes(c->info.ext.pbEventParameters, extdata,
			    sizeof(extdata));
		break;
	default:
		check_bytes(c->info.obj.lpEntryID, o->info.obj.lpEntryID,
			    o->info.obj.cbEntryID);
		check_bytes(c->info.obj.lpParentID, o->info.obj.lpParentID,
			    o->info.obj.cbParentID);
		check_bytes(c->info.obj.lpOldID, o->info.obj.lpOldID,
			    o->info.obj.cbOldID);
		check_bytes(c->info.obj.lpOldParentID,
			    o->info.obj.lpOldParentID,
			    o->info.obj.cbOldParentID);
		check_bytes(c->info.obj.lpPropTagArray, &tags,
			    CbNewSPropTagArray(3));
		assert_int_equal(c->info.obj.ulObjType, MAPI_MESSAGE);
		break;
	}
}

static void test_copy_every_shape(void **state)
{
	NOTIFICATION n[16];
	LPNOTIFICATION copy = NULL;
	ULONG c, i;
	long live = alloc_live();

	(void)state;
	c = build_all(n);
	assert_int_equal(c, 13);
	assert_int_equal(notify_copy(c, n, &copy), 0);
	for (i = 0; i < c; i++)
		check_copy(&copy[i], &n[i]);
	/* The copy stands alone: scribble over the originals' data. */
	memset(eid1, 0xee, sizeof(eid1));
	assert_int_equal(((BYTE *)copy[0].info.err.lpEntryID)[0], 1);
	memcpy(eid1, (BYTE[]){1, 2, 3, 4, 5, 6, 7, 8}, sizeof(eid1));
	assert_int_equal(MAPIFreeBuffer(copy), S_OK);
	assert_int_equal(alloc_live(), live);
}

static void test_copy_bad(void **state)
{
	NOTIFICATION n[16];
	LPNOTIFICATION copy = (LPNOTIFICATION)1;
	long live = alloc_live();

	(void)state;
	build_all(n);
	assert_int_equal(notify_copy(0, n, &copy), -EINVAL);
	assert_null(copy);
	assert_int_equal(notify_copy(1, NULL, &copy), -EINVAL);
	assert_int_equal(notify_copy(1, n, NULL), -EINVAL);
	n[1].ulEventType = fnevReservedForMapi;
	assert_int_equal(notify_copy(3, n, &copy), -EINVAL);
	n[1].ulEventType = fnevNewMail | fnevObjectCreated;
	assert_int_equal(notify_copy(3, n, &copy), -EINVAL);
	n[1].ulEventType = fnevNewMail;
	n[1].info.newmail.lpEntryID = NULL; /* counted but missing */
	assert_int_equal(notify_copy(3, n, &copy), -EINVAL);
	build_all(n);
	n[9].info.tab.row.lpProps = NULL;
	assert_int_equal(notify_copy(10, n, &copy), -EINVAL);
	assert_null(copy);
	assert_int_equal(alloc_live(), live);
}

struct shape_check {
	NOTIFICATION *orig;
	ULONG count;
	int calls;
	int failed;
};

static LONG STDAPICALLTYPE shape_cb(LPVOID ctx, ULONG c, LPNOTIFICATION n)
{
	struct shape_check *sc = ctx;
	ULONG i;

	sc->calls++;
	if (c != sc->count)
		sc->failed = 1;
	for (i = 0; i < c && !sc->failed; i++)
		check_copy(&n[i], &sc->orig[i]);
	return 0;
}

/* Posted, every shape arrives intact, and the OOM loop leaks nothing. */
static void test_post_oom(void **state)
{
	NOTIFICATION n[16];
	struct shape_check sc = {0};
	LPMAPIADVISESINK sink = NULL;
	unsigned long k;
	long live;
	int err = -1;

	(void)state;
	sc.orig = n;
	sc.count = build_all(n);
	assert_int_equal(MAPIInitialize(NULL), S_OK);
	assert_int_equal(HrAllocAdviseSink(shape_cb, &sc, &sink), S_OK);
	live = alloc_live();
	for (k = 1; k < 1000; k++) {
		alloc_fail_after(k);
		err = notify_post(current(), sink, sc.count, n);
		alloc_fail_after(0);
		if (err == 0)
			break;
		assert_int_equal(err, -ENOMEM);
		assert_int_equal(alloc_live(), live);
		assert_int_equal(notify_pending(instance_notify(current())), 0);
		/* The sink's reference was not kept either. */
		assert_int_equal(IMAPIAdviseSink_AddRef(sink), 2);
		IMAPIAdviseSink_Release(sink);
	}
	assert_int_equal(err, 0);
	assert_true(k > 10);
	assert_int_equal(HrDispatchNotifications(0), S_OK);
	assert_int_equal(sc.calls, 1);
	assert_int_equal(sc.failed, 0);
	assert_int_equal(alloc_live(), live);

	assert_int_equal(notify_post(NULL, sink, 1, n), -EINVAL);
	assert_int_equal(notify_post(current(), NULL, 1, n), -EINVAL);
	assert_int_equal(notify_post(current(), sink, 0, n), -EINVAL);
	IMAPIAdviseSink_Release(sink);
	MAPIUninitialize();
}

/* ---------------------------------------------------------------------
 * Table notifications from the in-memory table, through an engine (the
 * table hands them to its context's engine itself; test_table_notify.c
 * has the rest)
 */

static void table_through_engine(const MAPIINIT_0 *init)
{
	SizedSPropTagArray(2, cols) = {2, {PR_MESSAGE_SIZE, PR_SUBJECT_A}};
	LPMAPIADVISESINK sink = NULL;
	LPTABLEDATA td = NULL;
	LPMAPITABLE view = NULL;
	SPropValue vals[2];
	SRow row = {0, 2, vals};
	ULONG_PTR conn = 0;
	struct seen s;
	int i, fd = -1;
	long live = alloc_live();

	seen_init(&s);
	assert_int_equal(MAPIInitialize((LPVOID)init), S_OK);
	assert_int_equal(HrAllocAdviseSink(record_cb, &s, &sink), S_OK);
	assert_int_equal(CreateTable(&IID_IMAPITableData, MAPIAllocateBuffer,
				     MAPIAllocateMore, MAPIFreeBuffer, NULL,
				     TBLTYPE_DYNAMIC, PR_MESSAGE_SIZE,
				     (LPSPropTagArray)&cols, &td),
			 S_OK);
	assert_int_equal(ITableData_HrGetView(td, NULL, NULL, 0, &view), S_OK);
	assert_int_equal(
	    IMAPITable_Advise(view, fnevTableModified, sink, &conn), S_OK);
	if (init == NULL)
		assert_int_equal(MapixGetNotificationFd(&fd), S_OK);
	for (i = 0; i < 3; i++) {
		vals[0].ulPropTag = PR_MESSAGE_SIZE;
		vals[0].Value.l = 100 + i;
		vals[1].ulPropTag = PR_SUBJECT_A;
		vals[1].Value.lpszA = (LPSTR) "subject";
		assert_int_equal(ITableData_HrModifyRow(td, &row), S_OK);
	}
	if (init == NULL) {
		assert_true(fd_readable(fd));
		assert_int_equal(s.calls, 0);
		assert_int_equal(HrDispatchNotifications(0), S_OK);
		assert_true(pthread_equal(s.thread, pthread_self()));
		assert_false(fd_readable(fd));
	} else {
		assert_int_equal(seen_wait(&s, 3), 3);
		assert_false(pthread_equal(s.thread, pthread_self()));
	}
	assert_int_equal(s.calls, 3);
	assert_int_equal(s.last_event, fnevTableModified);
	assert_int_equal(s.last_table_event, TABLE_ROW_ADDED);
	assert_int_equal(s.last_value, 102);

	assert_int_equal(IMAPITable_Unadvise(view, conn), S_OK);
	IMAPITable_Release(view);
	ITableData_Release(td);
	IMAPIAdviseSink_Release(sink);
	MAPIUninitialize();
	assert_int_equal(alloc_live(), live);
	seen_fini(&s);
}

static void test_table_default(void **state)
{
	(void)state;
	table_through_engine(NULL);
}

static void test_table_multithread(void **state)
{
	(void)state;
	table_through_engine(&init_mt);
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
	    cmocka_unit_test(test_default_no_thread),
	    cmocka_unit_test(test_fd_two_threads),
	    cmocka_unit_test(test_teardown_drops),
	    cmocka_unit_test(test_multithread),
	    cmocka_unit_test(test_multithread_reentrant),
	    cmocka_unit_test(test_multithread_kernel_uid),
	    cmocka_unit_test(test_teardown_on_dispatcher),
	    cmocka_unit_test(test_this_thread_sink),
	    cmocka_unit_test(test_this_thread_sink_multithread),
	    cmocka_unit_test(test_alloc_sink),
	    cmocka_unit_test(test_copy_every_shape),
	    cmocka_unit_test(test_copy_bad),
	    cmocka_unit_test(test_post_oom),
	    cmocka_unit_test(test_table_default),
	    cmocka_unit_test(test_table_multithread),
	};

	return cmocka_run_group_tests(tests, group_setup, NULL);
}
