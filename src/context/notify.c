/*
 * notify.c - notification engines, the pollable fd, HrDispatchNotifications
 * and the two advise sink helpers.
 *
 * An engine has a shared queue, filled by notify_post(), and one "port" per
 * thread that asked for an fd or made a HrThisThreadAdviseSink wrapper.  A
 * port has its own queue (notifications for that thread's wrappers) and an
 * eventfd that is readable exactly while the thread has something to
 * dispatch: its own queue, plus the shared queue when the engine has no
 * dispatcher thread.  Every item gets a sequence number, so a thread that
 * dispatches both queues delivers in posting order.
 *
 * Locking and lifetimes.  One mutex per engine guards its queues, its port
 * list and every port's queue and fd.  Engines and ports are reference
 * counted so that a wrapper sink outliving its instance stays harmless: the
 * instance, the dispatcher thread and each port hold the engine; the
 * engine's port list and each wrapper hold a port.  Stopping an engine
 * closes its ports (they drop whatever is posted to them later) without
 * freeing them.  No lock is held while OnNotify or a sink's Release runs.
 *
 * Memory.  A queued item is a small record (alloc_*) and one
 * MAPIAllocateBuffer chain with the deep copy of the notifications.  The
 * chain belongs to the context of the posting thread; it is freed under
 * that context whichever thread drops it.
 */
#include "notify.h"

#include "alloc.h"
#include "lib.h"
#include "instance.h"
#include "objhdr.h"
#include "thread.h"
#include "ustring.h"

#include <errno.h>
#include <limits.h>
#include <stdatomic.h>
#include <stdint.h>
#include <string.h>
#include <sys/eventfd.h>
#include <unistd.h>

#include <mapiguid.h>
#include <mapiutil.h>

#define CB_SINK_MAGIC 0x4d434253u /* "MCBS" */
#define TT_SINK_MAGIC 0x4d545453u /* "MTTS" */

struct notify_item {
	struct notify_item *next;
	uint64_t seq;
	/* AddRef'ed until the item is delivered or dropped. */
	LPMAPIADVISESINK sink;
	ULONG count;
	LPNOTIFICATION notifs;
	/* The context the copy's MAPI buffer belongs to. */
	unsigned int buf_context;
};

struct item_queue {
	struct notify_item *head;
	struct notify_item **tailp;
	unsigned int count;
};

struct notify_port {
	atomic_uint refs;
	struct notify_engine *eng;
	pthread_t owner;
	/* The rest: under eng->lock. */
	struct notify_port *next;
	struct item_queue q;
	int efd;
	bool signaled;
	bool closed;
};

struct notify_engine {
	atomic_uint refs;
	pthread_mutex_t lock;
	pthread_cond_t cond;
	struct instance *inst;
	unsigned int ctx_id;
	bool threaded;
	bool has_thread;
	pthread_t thread;
	/* Under lock. */
	bool stopped;
	uint64_t seq;
	struct item_queue q;
	struct notify_port *ports;
};

/* ============================ Deep copies ============================ */

static int sc_errno(SCODE sc)
{
	if (sc == S_OK)
		return 0;
	return sc == MAPI_E_NOT_ENOUGH_MEMORY ? -ENOMEM : -EINVAL;
}

static int copy_more(LPVOID root, size_t size, void **out)
{
	if (size > UINT32_MAX)
		return -EINVAL;
	return sc_errno(MAPIAllocateMore((ULONG)size, root, out));
}

/* Counted bytes (entry ids, event parameters): NULL stays NULL. */
static int copy_bytes(LPVOID root, ULONG cb, void *src, void **dst)
{
	void *p;
	int err;

	if (src == NULL) {
		*dst = NULL;
		return cb == 0 ? 0 : -EINVAL;
	}
	err = copy_more(root, cb, &p);
	if (err < 0)
		return err;
	if (cb > 0)
		memcpy(p, src, cb);
	*dst = p;
	return 0;
}

/* A TCHAR string of the width flags (MAPI_UNICODE) says. */
static int copy_tstr(LPVOID root, const void *src, ULONG flags, void **dst)
{
	size_t size;

	if (src == NULL) {
		*dst = NULL;
		return 0;
	}
	if (flags & MAPI_UNICODE) {
		size = (ustr_wlen(src) + 1) * sizeof(WCHAR);
	} else {
		size = strlen(src) + 1;
	}
	if (size > UINT32_MAX)
		return -EINVAL;
	return copy_bytes(root, (ULONG)size, (void *)src, dst);
}

static int copy_prop(LPVOID root, SPropValue *dst, SPropValue *src)
{
	if (PROP_TYPE(src->ulPropTag) == PT_UNSPECIFIED) {
		/* An unused propIndex/propPrior: nothing to point to. */
		*dst = *src;
		memset(&dst->Value, 0, sizeof(dst->Value));
		return 0;
	}
	return sc_errno(PropCopyMore(dst, src, MAPIAllocateMore, root));
}

static int copy_props(LPVOID root, ULONG count, LPSPropValue src,
		      LPSPropValue *dst)
{
	LPSPropValue out;
	ULONG i;
	int err;

	if (count == 0 || src == NULL) {
		*dst = NULL;
		return count == 0 ? 0 : -EINVAL;
	}
	if (count > UINT32_MAX / sizeof(SPropValue))
		return -EINVAL;
	err = copy_more(root, count * sizeof(SPropValue), (void **)&out);
	if (err < 0)
		return err;
	for (i = 0; i < count; i++) {
		err = copy_prop(root, &out[i], &src[i]);
		if (err < 0)
			return err;
	}
	*dst = out;
	return 0;
}

static int copy_tags(LPVOID root, LPSPropTagArray src, LPSPropTagArray *dst)
{
	size_t size;

	if (src == NULL) {
		*dst = NULL;
		return 0;
	}
	size = CbNewSPropTagArray(src->cValues);
	if (size > UINT32_MAX)
		return -EINVAL;
	return copy_bytes(root, (ULONG)size, src, (void **)dst);
}

static int copy_mapierror(LPVOID root, ULONG flags, LPMAPIERROR src,
			  LPMAPIERROR *dst)
{
	LPMAPIERROR e;
	int err;

	if (src == NULL) {
		*dst = NULL;
		return 0;
	}
	err = copy_bytes(root, sizeof(*src), src, (void **)&e);
	if (err == 0)
		err = copy_tstr(root, src->lpszError, flags,
				(void **)&e->lpszError);
	if (err == 0)
		err = copy_tstr(root, src->lpszComponent, flags,
				(void **)&e->lpszComponent);
	if (err == 0)
		*dst = e;
	return err;
}

#define COPY_EID(n, cb, ptr)                                                   \
	copy_bytes(root, (n)->cb, (n)->ptr, (void **)&(n)->ptr)

/* Replaces every pointer of n (a shallow copy) with a deep copy. */
static int copy_one(LPVOID root, NOTIFICATION *n)
{
	int err = 0;

	switch (n->ulEventType) {
	case fnevCriticalError: {
		ERROR_NOTIFICATION *e = &n->info.err;

		err = COPY_EID(e, cbEntryID, lpEntryID);
		if (err == 0)
			err = copy_mapierror(root, e->ulFlags, e->lpMAPIError,
					     &e->lpMAPIError);
		break;
	}
	case fnevNewMail: {
		NEWMAIL_NOTIFICATION *m = &n->info.newmail;

		err = COPY_EID(m, cbEntryID, lpEntryID);
		if (err == 0)
			err = COPY_EID(m, cbParentID, lpParentID);
		if (err == 0)
			err = copy_tstr(root, m->lpszMessageClass, m->ulFlags,
					(void **)&m->lpszMessageClass);
		break;
	}
	case fnevObjectCreated:
	case fnevObjectDeleted:
	case fnevObjectModified:
	case fnevObjectMoved:
	case fnevObjectCopied:
	case fnevSearchComplete: {
		OBJECT_NOTIFICATION *o = &n->info.obj;

		err = COPY_EID(o, cbEntryID, lpEntryID);
		if (err == 0)
			err = COPY_EID(o, cbParentID, lpParentID);
		if (err == 0)
			err = COPY_EID(o, cbOldID, lpOldID);
		if (err == 0)
			err = COPY_EID(o, cbOldParentID, lpOldParentID);
		if (err == 0)
			err = copy_tags(root, o->lpPropTagArray,
					&o->lpPropTagArray);
		break;
	}
	case fnevTableModified: {
		TABLE_NOTIFICATION *t = &n->info.tab;

		err = copy_prop(root, &t->propIndex, &t->propIndex);
		if (err == 0)
			err = copy_prop(root, &t->propPrior, &t->propPrior);
		if (err == 0)
			err = copy_props(root, t->row.cValues, t->row.lpProps,
					 &t->row.lpProps);
		break;
	}
	case fnevStatusObjectModified: {
		STATUS_OBJECT_NOTIFICATION *s = &n->info.statobj;

		err = COPY_EID(s, cbEntryID, lpEntryID);
		if (err == 0)
			err = copy_props(root, s->cValues, s->lpPropVals,
					 &s->lpPropVals);
		break;
	}
	case fnevExtended: {
		EXTENDED_NOTIFICATION *x = &n->info.ext;

		err = copy_bytes(root, x->cb, x->pbEventParameters,
				 (void **)&x->pbEventParameters);
		break;
	}
	default:
		err = -EINVAL;
		break;
	}
	return err;
}

int notify_copy(ULONG cNotif, const NOTIFICATION *notifs,
		LPNOTIFICATION *copy_r)
{
	LPNOTIFICATION copy;
	ULONG i;
	int err;

	if (copy_r == NULL)
		return -EINVAL;
	*copy_r = NULL;
	if (cNotif == 0 || notifs == NULL ||
	    cNotif > UINT32_MAX / sizeof(NOTIFICATION))
		return -EINVAL;
	err = sc_errno(
	    MAPIAllocateBuffer(cNotif * sizeof(NOTIFICATION), (void **)&copy));
	if (err < 0)
		return err;
	memcpy(copy, notifs, cNotif * sizeof(NOTIFICATION));
	for (i = 0; i < cNotif; i++) {
		err = copy_one(copy, &copy[i]);
		if (err < 0) {
			MAPIFreeBuffer(copy);
			return err;
		}
	}
	*copy_r = copy;
	return 0;
}

/* =============================== Items =============================== */

static int item_new(LPMAPIADVISESINK sink, ULONG count,
		    const NOTIFICATION *notifs, struct notify_item **item_r)
{
	struct notify_item *item;
	int err;

	if (sink == NULL || sink->lpVtbl == NULL)
		return -EINVAL;
	item = alloc_calloc(1, sizeof(*item));
	if (item == NULL)
		return -ENOMEM;
	err = notify_copy(count, notifs, &item->notifs);
	if (err < 0) {
		alloc_free(item);
		return err;
	}
	item->buf_context = alloc_thread_context();
	item->count = count;
	item->sink = sink;
	IMAPIAdviseSink_AddRef(sink);
	*item_r = item;
	return 0;
}

static void item_free(struct notify_item *item)
{
	unsigned int saved = alloc_thread_context();

	alloc_set_thread_context(item->buf_context);
	MAPIFreeBuffer(item->notifs);
	alloc_set_thread_context(saved);
	IMAPIAdviseSink_Release(item->sink);
	alloc_free(item);
}

static void items_free(struct notify_item *item)
{
	struct notify_item *next;

	for (; item != NULL; item = next) {
		next = item->next;
		item_free(item);
	}
}

/* Delivers and frees a list of items, on the calling thread. */
static void items_deliver(struct notify_item *item)
{
	struct notify_item *next;

	for (; item != NULL; item = next) {
		next = item->next;
		IMAPIAdviseSink_OnNotify(item->sink, item->count, item->notifs);
		item_free(item);
	}
}

static void queue_init(struct item_queue *q)
{
	q->head = NULL;
	q->tailp = &q->head;
	q->count = 0;
}

static void queue_push(struct item_queue *q, struct notify_item *item)
{
	item->next = NULL;
	*q->tailp = item;
	q->tailp = &item->next;
	q->count++;
}

static struct notify_item *queue_take(struct item_queue *q)
{
	struct notify_item *head = q->head;

	queue_init(q);
	return head;
}

/* Merges two lists sorted by seq into one. */
static struct notify_item *items_merge(struct notify_item *a,
				       struct notify_item *b)
{
	struct notify_item *head = NULL, **tailp = &head;

	while (a != NULL && b != NULL) {
		if (a->seq < b->seq) {
			*tailp = a;
			a = a->next;
		} else {
			*tailp = b;
			b = b->next;
		}
		tailp = &(*tailp)->next;
	}
	*tailp = a != NULL ? a : b;
	return head;
}

/* ============================ Engines, ports ========================= */

static void engine_unref(struct notify_engine *eng)
{
	if (atomic_fetch_sub(&eng->refs, 1) != 1)
		return;
	pthread_cond_destroy(&eng->cond);
	pthread_mutex_destroy(&eng->lock);
	alloc_free(eng);
}

static void port_ref(struct notify_port *port)
{
	atomic_fetch_add(&port->refs, 1);
}

/* The last reference goes after the port was closed. */
static void port_unref(struct notify_port *port)
{
	if (atomic_fetch_sub(&port->refs, 1) != 1)
		return;
	engine_unref(port->eng);
	alloc_free(port);
}

/*
 * Makes the port's fd readable exactly while its thread has something to
 * dispatch.  Under eng->lock.
 */
static void port_sync(struct notify_engine *eng, struct notify_port *port)
{
	bool pending;
	eventfd_t v;

	if (port->closed)
		return;
	pending =
	    port->q.head != NULL || (!eng->threaded && eng->q.head != NULL);
	if (pending && !port->signaled) {
		if (eventfd_write(port->efd, 1) == 0)
			port->signaled = true;
	} else if (!pending && port->signaled) {
		(void)eventfd_read(port->efd, &v);
		port->signaled = false;
	}
}

static void ports_sync(struct notify_engine *eng)
{
	struct notify_port *port;

	for (port = eng->ports; port != NULL; port = port->next)
		port_sync(eng, port);
}

/* Under eng->lock: the calling thread's port, or NULL. */
static struct notify_port *port_find(struct notify_engine *eng)
{
	struct notify_port *port;
	pthread_t self = pthread_self();

	for (port = eng->ports; port != NULL; port = port->next) {
		if (pthread_equal(port->owner, self))
			return port;
	}
	return NULL;
}

/*
 * Under eng->lock: the calling thread's port, made if needed.  Returns 0,
 * -ESHUTDOWN, -ENOMEM or eventfd's error.
 */
static int port_get(struct notify_engine *eng, struct notify_port **port_r)
{
	struct notify_port *port = port_find(eng);

	if (port != NULL) {
		*port_r = port;
		return 0;
	}
	if (eng->stopped)
		return -ESHUTDOWN;
	port = alloc_calloc(1, sizeof(*port));
	if (port == NULL)
		return -ENOMEM;
	port->efd = eventfd(0, EFD_CLOEXEC | EFD_NONBLOCK);
	if (port->efd < 0) {
		int err = -errno;

		alloc_free(port);
		return err;
	}
	atomic_init(&port->refs, 1); /* the engine's list */
	atomic_fetch_add(&eng->refs, 1);
	port->eng = eng;
	port->owner = pthread_self();
	queue_init(&port->q);
	port->next = eng->ports;
	eng->ports = port;
	port_sync(eng, port);
	*port_r = port;
	return 0;
}

/*
 * Under eng->lock: takes port off the engine's list and closes it; its
 * queued items are appended to *drop.  The list's reference is the
 * caller's to drop (after unlocking).
 */
static void port_close(struct notify_engine *eng, struct notify_port *port,
		       struct notify_item **drop)
{
	struct notify_port **pp;
	struct notify_item *items;

	for (pp = &eng->ports; *pp != NULL; pp = &(*pp)->next) {
		if (*pp == port) {
			*pp = port->next;
			break;
		}
	}
	port->next = NULL;
	items = queue_take(&port->q);
	*drop = items_merge(*drop, items);
	close(port->efd);
	port->efd = -1;
	port->closed = true;
}

static void *dispatcher_main(void *arg)
{
	struct notify_engine *eng = arg;
	struct notify_item *batch;
	bool adopted;

	/*
	 * Adopted, OnNotify may call MAPI entry points; if that cannot be
	 * recorded (no memory) the notifications still flow.
	 */
	adopted = instance_thread_adopt(eng->inst) == 0;
	pthread_mutex_lock(&eng->lock);
	for (;;) {
		while (!eng->stopped && eng->q.head == NULL)
			pthread_cond_wait(&eng->cond, &eng->lock);
		if (eng->stopped)
			break;
		batch = queue_take(&eng->q);
		pthread_mutex_unlock(&eng->lock);
		items_deliver(batch);
		pthread_mutex_lock(&eng->lock);
	}
	pthread_mutex_unlock(&eng->lock);
	/* eng->inst may be gone here (torn down from OnNotify). */
	if (adopted)
		instance_thread_unadopt(eng->ctx_id);
	engine_unref(eng);
	return NULL;
}

int notify_engine_create(struct instance *inst, struct context *ctx,
			 bool threaded, struct notify_engine **eng_r)
{
	struct notify_engine *eng;
	int err;

	if (inst == NULL || ctx == NULL || eng_r == NULL)
		return -EINVAL;
	eng = alloc_calloc(1, sizeof(*eng));
	if (eng == NULL)
		return -ENOMEM;
	atomic_init(&eng->refs, 1);
	pthread_mutex_init(&eng->lock, NULL);
	pthread_cond_init(&eng->cond, NULL);
	eng->inst = inst;
	eng->ctx_id = context_id(ctx);
	eng->threaded = threaded;
	queue_init(&eng->q);
	if (threaded) {
		atomic_fetch_add(&eng->refs, 1); /* the thread's */
		err = context_thread_create(ctx, dispatcher_main, eng,
					    &eng->thread);
		if (err < 0) {
			atomic_fetch_sub(&eng->refs, 1);
			engine_unref(eng);
			return err;
		}
		eng->has_thread = true;
	}
	*eng_r = eng;
	return 0;
}

void notify_engine_destroy(struct notify_engine **engp)
{
	struct notify_engine *eng = *engp;
	struct notify_item *drop;
	struct notify_port *ports, *port, *next;

	if (eng == NULL)
		return;
	*engp = NULL;
	pthread_mutex_lock(&eng->lock);
	eng->stopped = true;
	drop = queue_take(&eng->q);
	ports = eng->ports;
	for (port = ports; port != NULL; port = next) {
		next = port->next;
		port_close(eng, port, &drop);
		port->next = next; /* keep the chain for the unrefs below */
	}
	pthread_cond_broadcast(&eng->cond);
	pthread_mutex_unlock(&eng->lock);

	if (eng->has_thread) {
		if (pthread_equal(eng->thread, pthread_self()))
			pthread_detach(eng->thread);
		else
			pthread_join(eng->thread, NULL);
	}
	items_free(drop);
	for (port = ports; port != NULL; port = next) {
		next = port->next;
		port->next = NULL;
		port_unref(port);
	}
	engine_unref(eng);
}

void notify_thread_detach(struct notify_engine *eng)
{
	struct notify_item *drop = NULL;
	struct notify_port *port;

	if (eng == NULL)
		return;
	pthread_mutex_lock(&eng->lock);
	port = port_find(eng);
	if (port != NULL)
		port_close(eng, port, &drop);
	pthread_mutex_unlock(&eng->lock);
	items_free(drop);
	if (port != NULL)
		port_unref(port);
}

int notify_post(struct instance *inst, LPMAPIADVISESINK sink, ULONG cNotif,
		const NOTIFICATION *notifs)
{
	if (inst == NULL)
		return -EINVAL;
	return notify_engine_post(instance_notify(inst), sink, cNotif, notifs);
}

void notify_engine_hold(struct notify_engine *eng)
{
	atomic_fetch_add(&eng->refs, 1);
}

void notify_engine_drop(struct notify_engine *eng)
{
	engine_unref(eng);
}

int notify_engine_post(struct notify_engine *eng, LPMAPIADVISESINK sink,
		       ULONG cNotif, const NOTIFICATION *notifs)
{
	struct notify_item *item;
	int err;

	if (eng == NULL)
		return -EINVAL;
	err = item_new(sink, cNotif, notifs, &item);
	if (err < 0)
		return err;
	pthread_mutex_lock(&eng->lock);
	if (eng->stopped) {
		pthread_mutex_unlock(&eng->lock);
		item_free(item);
		return -ESHUTDOWN;
	}
	item->seq = ++eng->seq;
	queue_push(&eng->q, item);
	if (eng->threaded)
		pthread_cond_signal(&eng->cond);
	else
		ports_sync(eng);
	pthread_mutex_unlock(&eng->lock);
	return 0;
}

unsigned int notify_pending(struct notify_engine *eng)
{
	const struct notify_port *port;
	unsigned int n;

	pthread_mutex_lock(&eng->lock);
	n = eng->q.count;
	for (port = eng->ports; port != NULL; port = port->next)
		n += port->q.count;
	pthread_mutex_unlock(&eng->lock);
	return n;
}

bool notify_dispatcher(struct notify_engine *eng, pthread_t *thread_r)
{
	if (eng->has_thread && thread_r != NULL)
		*thread_r = eng->thread;
	return eng->has_thread;
}

/* ========================== Public functions ========================= */

/*
 * HrDispatchNotifications
 *
 * Delivers, on the calling thread, the notifications waiting for it: those
 * of its instance's queue when the instance has no dispatcher thread, and
 * those for HrThisThreadAdviseSink wrappers this thread made.
 *
 * PARAMS
 *  ulFlags [I] reserved, 0
 *
 * RETURNS
 *  S_OK (also when nothing was waiting), MAPI_E_UNKNOWN_FLAGS,
 *  MAPI_E_NOT_INITIALIZED.
 *
 * NOTES
 *  Does not wait.  Notifications posted while it delivers stay queued for
 *  the next call; the thread's fd (MapixGetNotificationFd) then stays
 *  readable.
 */
HRESULT HrDispatchNotifications(ULONG ulFlags)
{
	struct instance *inst;
	struct notify_engine *eng;
	struct notify_port *port;
	struct notify_item *shared = NULL, *own = NULL;
	HRESULT hr;

	if (ulFlags != 0)
		return objhdr_thread_seterr(MAPI_E_UNKNOWN_FLAGS,
					    "HrDispatchNotifications: unknown "
					    "flags 0x%08lx",
					    (unsigned long)ulFlags);
	hr = instance_check_thread(&inst);
	if (hr != S_OK)
		return hr;
	eng = instance_notify(inst);
	pthread_mutex_lock(&eng->lock);
	if (!eng->threaded)
		shared = queue_take(&eng->q);
	port = port_find(eng);
	if (port != NULL)
		own = queue_take(&port->q);
	ports_sync(eng);
	pthread_mutex_unlock(&eng->lock);
	items_deliver(items_merge(shared, own));
	return S_OK;
}

/*
 * MapixGetNotificationFd
 *
 * PARAMS
 *  pfd [O] an eventfd, readable while the calling thread has notifications
 *          to dispatch with HrDispatchNotifications
 *
 * RETURNS
 *  S_OK, MAPI_E_INVALID_PARAMETER, MAPI_E_NOT_INITIALIZED,
 *  MAPI_E_NOT_ENOUGH_MEMORY, MAPI_E_CALL_FAILED (no fd available).
 *
 * NOTES
 *  One fd per thread and instance; the library owns it (do not read, write
 *  or close it) and closes it at the thread's last MAPIUninitialize of the
 *  context.  Poll it for POLLIN; readiness is level-triggered.
 */
HRESULT MapixGetNotificationFd(int *pfd)
{
	struct instance *inst;
	struct notify_engine *eng;
	struct notify_port *port;
	HRESULT hr;
	int err;

	if (pfd == NULL)
		return objhdr_thread_seterr(MAPI_E_INVALID_PARAMETER,
					    "MapixGetNotificationFd: pfd is "
					    "NULL");
	*pfd = -1;
	hr = instance_check_thread(&inst);
	if (hr != S_OK)
		return hr;
	eng = instance_notify(inst);
	pthread_mutex_lock(&eng->lock);
	err = port_get(eng, &port);
	if (err == 0)
		*pfd = port->efd;
	pthread_mutex_unlock(&eng->lock);
	if (err == -ENOMEM)
		return objhdr_thread_seterr(MAPI_E_NOT_ENOUGH_MEMORY,
					    "MapixGetNotificationFd: out of "
					    "memory");
	if (err < 0)
		return objhdr_thread_seterr(MAPI_E_CALL_FAILED,
					    "MapixGetNotificationFd: no "
					    "eventfd (error %d)",
					    -err);
	return S_OK;
}

/* ----------------------- HrAllocAdviseSink ---------------------------- */

struct cb_sink {
	IMAPIAdviseSink base;
	struct objhdr hdr;
	atomic_ulong refs;
	LPNOTIFCALLBACK fn;
	LPVOID ctx;
};

static struct cb_sink *cb_impl(IMAPIAdviseSink *iface)
{
	return container_of(iface, struct cb_sink, base);
}

static HRESULT sink_qi(IMAPIAdviseSink *This, const struct objhdr *hdr,
		       uint32_t magic, REFIID riid, LPVOID *ppvObj)
{
	int err = objhdr_check(hdr, magic);

	/* The header first, as every object: a foreign caller learns nothing.
	 */
	if (err < 0)
		return objhdr_refuse(hdr, err,
				     "IMAPIAdviseSink::QueryInterface");
	if (ppvObj == NULL)
		return MAPI_E_INVALID_PARAMETER;
	*ppvObj = NULL;
	if (riid == NULL)
		return MAPI_E_INVALID_PARAMETER;
	if (IsEqualIID(riid, &IID_IUnknown) ||
	    IsEqualIID(riid, &IID_IMAPIAdviseSink)) {
		This->lpVtbl->AddRef(This);
		*ppvObj = This;
		return S_OK;
	}
	return MAPI_E_INTERFACE_NOT_SUPPORTED;
}

/*
 * AddRef and the first half of Release of both sink kinds.  A refused call
 * (another context, or a dead sink's AddRef) returns 0 and leaves the
 * count alone, as every mapix object does.
 */
static ULONG sink_add_ref(const struct objhdr *hdr, uint32_t magic,
			  atomic_ulong *refs)
{
	int err = objhdr_check(hdr, magic);

	if (err < 0) {
		objhdr_refuse(hdr, err, "IMAPIAdviseSink::AddRef");
		return 0;
	}
	return (ULONG)atomic_fetch_add(refs, 1) + 1;
}

/* Drops a reference: 0 and the count left, or -1 when refused. */
static int sink_release(const struct objhdr *hdr, uint32_t magic,
			atomic_ulong *refs, unsigned long *left_r)
{
	int err = objhdr_check_release(hdr, magic);

	if (err < 0) {
		objhdr_refuse(hdr, err, "IMAPIAdviseSink::Release");
		return -1;
	}
	*left_r = atomic_fetch_sub(refs, 1) - 1;
	return 0;
}

static HRESULT STDMETHODCALLTYPE cb_QueryInterface(IMAPIAdviseSink *This,
						   REFIID riid, LPVOID *ppvObj)
{
	return sink_qi(This, &cb_impl(This)->hdr, CB_SINK_MAGIC, riid, ppvObj);
}

static ULONG STDMETHODCALLTYPE cb_AddRef(IMAPIAdviseSink *This)
{
	struct cb_sink *s = cb_impl(This);

	return sink_add_ref(&s->hdr, CB_SINK_MAGIC, &s->refs);
}

static ULONG STDMETHODCALLTYPE cb_Release(IMAPIAdviseSink *This)
{
	struct cb_sink *s = cb_impl(This);
	unsigned long left;

	if (sink_release(&s->hdr, CB_SINK_MAGIC, &s->refs, &left) < 0)
		return 0;
	if (left == 0) {
		objhdr_fini(&s->hdr);
		alloc_free(s);
	}
	return (ULONG)left;
}

static ULONG STDMETHODCALLTYPE cb_OnNotify(IMAPIAdviseSink *This, ULONG cNotif,
					   LPNOTIFICATION lpNotifications)
{
	struct cb_sink *s = cb_impl(This);
	int err = objhdr_check(&s->hdr, CB_SINK_MAGIC);

	if (err < 0) {
		objhdr_refuse(&s->hdr, err, "IMAPIAdviseSink::OnNotify");
		return 0;
	}
	return (ULONG)s->fn(s->ctx, cNotif, lpNotifications);
}

static const IMAPIAdviseSinkVtbl cb_vtbl = {
    .QueryInterface = cb_QueryInterface,
    .AddRef = cb_AddRef,
    .Release = cb_Release,
    .OnNotify = cb_OnNotify,
};

/*
 * HrAllocAdviseSink
 *
 * Makes an advise sink whose OnNotify calls lpfnCallback(lpvContext,
 * cNotif, lpNotifications) and returns its result.
 *
 * PARAMS
 *  lpfnCallback  [I] the callback
 *  lpvContext    [I] passed to it as is
 *  lppAdviseSink [O] the new sink, with one reference
 *
 * RETURNS
 *  S_OK, MAPI_E_INVALID_PARAMETER, MAPI_E_NOT_ENOUGH_MEMORY.
 *
 * NOTES
 *  The sink belongs to the calling thread's security context: OnNotify
 *  from another context is refused (not called), as for every object.
 *  MAPIInitialize is not needed to make one.
 */
HRESULT HrAllocAdviseSink(LPNOTIFCALLBACK lpfnCallback, LPVOID lpvContext,
			  LPMAPIADVISESINK *lppAdviseSink)
{
	struct cb_sink *s;

	if (lppAdviseSink == NULL)
		return MAPI_E_INVALID_PARAMETER;
	*lppAdviseSink = NULL;
	if (lpfnCallback == NULL)
		return MAPI_E_INVALID_PARAMETER;
	s = alloc_calloc(1, sizeof(*s));
	if (s == NULL)
		return MAPI_E_NOT_ENOUGH_MEMORY;
	s->base.lpVtbl = &cb_vtbl;
	objhdr_init(&s->hdr, CB_SINK_MAGIC);
	atomic_init(&s->refs, 1);
	s->fn = lpfnCallback;
	s->ctx = lpvContext;
	*lppAdviseSink = &s->base;
	return S_OK;
}

/* ----------------------- HrThisThreadAdviseSink ----------------------- */

struct tt_sink {
	IMAPIAdviseSink base;
	struct objhdr hdr;
	atomic_ulong refs;
	LPMAPIADVISESINK inner;
	struct notify_port *port;
};

static struct tt_sink *tt_impl(IMAPIAdviseSink *iface)
{
	return container_of(iface, struct tt_sink, base);
}

static HRESULT STDMETHODCALLTYPE tt_QueryInterface(IMAPIAdviseSink *This,
						   REFIID riid, LPVOID *ppvObj)
{
	return sink_qi(This, &tt_impl(This)->hdr, TT_SINK_MAGIC, riid, ppvObj);
}

static ULONG STDMETHODCALLTYPE tt_AddRef(IMAPIAdviseSink *This)
{
	struct tt_sink *s = tt_impl(This);

	return sink_add_ref(&s->hdr, TT_SINK_MAGIC, &s->refs);
}

static ULONG STDMETHODCALLTYPE tt_Release(IMAPIAdviseSink *This)
{
	struct tt_sink *s = tt_impl(This);
	unsigned long left;

	if (sink_release(&s->hdr, TT_SINK_MAGIC, &s->refs, &left) < 0)
		return 0;
	if (left == 0) {
		IMAPIAdviseSink_Release(s->inner);
		port_unref(s->port);
		objhdr_fini(&s->hdr);
		alloc_free(s);
	}
	return (ULONG)left;
}

static ULONG STDMETHODCALLTYPE tt_OnNotify(IMAPIAdviseSink *This, ULONG cNotif,
					   LPNOTIFICATION lpNotifications)
{
	struct tt_sink *s = tt_impl(This);
	struct notify_port *port = s->port;
	struct notify_engine *eng = port->eng;
	struct notify_item *item;
	int err = objhdr_check(&s->hdr, TT_SINK_MAGIC);

	if (err < 0) {
		objhdr_refuse(&s->hdr, err, "IMAPIAdviseSink::OnNotify");
		return 0;
	}
	if (pthread_equal(port->owner, pthread_self()))
		return IMAPIAdviseSink_OnNotify(s->inner, cNotif,
						lpNotifications);
	if (item_new(s->inner, cNotif, lpNotifications, &item) < 0)
		return 0;
	pthread_mutex_lock(&eng->lock);
	if (port->closed) {
		pthread_mutex_unlock(&eng->lock);
		item_free(item);
		return 0;
	}
	item->seq = ++eng->seq;
	queue_push(&port->q, item);
	port_sync(eng, port);
	pthread_mutex_unlock(&eng->lock);
	return 0;
}

static const IMAPIAdviseSinkVtbl tt_vtbl = {
    .QueryInterface = tt_QueryInterface,
    .AddRef = tt_AddRef,
    .Release = tt_Release,
    .OnNotify = tt_OnNotify,
};

/*
 * HrThisThreadAdviseSink
 *
 * Wraps a sink so that its OnNotify runs on the calling thread: a
 * notification arriving on another thread is copied and queued for this
 * one, which receives it from HrDispatchNotifications (its fd from
 * MapixGetNotificationFd becomes readable meanwhile).  On this thread
 * itself the call goes straight through.
 *
 * PARAMS
 *  lpAdviseSink  [I] the sink to wrap; AddRef'ed
 *  lppAdviseSink [O] the wrapper, with one reference
 *
 * RETURNS
 *  S_OK, MAPI_E_INVALID_PARAMETER, MAPI_E_NOT_INITIALIZED (the thread has
 *  not initialized MAPI in its current context),
 *  MAPI_E_NOT_ENOUGH_MEMORY, MAPI_E_CALL_FAILED (no fd available).
 *
 * NOTES
 *  After this thread's last MAPIUninitialize of the context, the wrapper
 *  still exists but delivers nothing.
 */
HRESULT HrThisThreadAdviseSink(LPMAPIADVISESINK lpAdviseSink,
			       LPMAPIADVISESINK *lppAdviseSink)
{
	struct instance *inst;
	struct notify_engine *eng;
	struct notify_port *port;
	struct tt_sink *s;
	HRESULT hr;
	int err;

	if (lppAdviseSink == NULL)
		return MAPI_E_INVALID_PARAMETER;
	*lppAdviseSink = NULL;
	if (lpAdviseSink == NULL || lpAdviseSink->lpVtbl == NULL)
		return MAPI_E_INVALID_PARAMETER;
	hr = instance_check_thread(&inst);
	if (hr != S_OK)
		return hr;
	s = alloc_calloc(1, sizeof(*s));
	if (s == NULL)
		return MAPI_E_NOT_ENOUGH_MEMORY;
	eng = instance_notify(inst);
	pthread_mutex_lock(&eng->lock);
	err = port_get(eng, &port);
	if (err == 0)
		port_ref(port);
	pthread_mutex_unlock(&eng->lock);
	if (err < 0) {
		alloc_free(s);
		return objhdr_thread_seterr(
		    err == -ENOMEM ? MAPI_E_NOT_ENOUGH_MEMORY
				   : MAPI_E_CALL_FAILED,
		    "HrThisThreadAdviseSink: no queue for this thread "
		    "(error %d)",
		    -err);
	}
	s->base.lpVtbl = &tt_vtbl;
	objhdr_init(&s->hdr, TT_SINK_MAGIC);
	atomic_init(&s->refs, 1);
	IMAPIAdviseSink_AddRef(lpAdviseSink);
	s->inner = lpAdviseSink;
	s->port = port;
	*lppAdviseSink = &s->base;
	return S_OK;
}
