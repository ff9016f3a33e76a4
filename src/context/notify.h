/*
 * notify.h - notification engines, one per MAPI instance, and the advise
 * sink helpers of mapiutil.h.
 *
 * Objects hand notifications to their instance's engine with notify_post();
 * the engine deep-copies them (one MAPIAllocateBuffer chain per call) and
 * delivers them later, on a thread of the instance's context:
 *
 *   - default (no MAPI_MULTITHREAD_NOTIFICATIONS): no library thread at
 *     all.  Notifications wait in a queue until a thread of the context
 *     calls HrDispatchNotifications, which delivers them on that thread.
 *     MapixGetNotificationFd gives the calling thread an eventfd that is
 *     readable while something is waiting for it, for poll/epoll loops.
 *   - MAPI_MULTITHREAD_NOTIFICATIONS: one dispatcher thread per instance,
 *     made by the thread factory, so it runs in the instance's context
 *     (kernel credentials included); OnNotify runs on it.  It ends when the
 *     instance is torn down.
 *
 * HrThisThreadAdviseSink wraps a sink so that its OnNotify runs on the
 * thread that made the wrapper: a call from another thread is queued for
 * that thread and delivered by its HrDispatchNotifications (its fd becomes
 * readable).  A call on the thread itself goes straight through.
 *
 * Notifications still queued when the instance is torn down are dropped.
 * The data handed to OnNotify is valid only during the call.
 */
#ifndef MAPIX_CONTEXT_NOTIFY_H
#define MAPIX_CONTEXT_NOTIFY_H

#include <pthread.h>
#include <stdbool.h>

#include <mapix.h>
#include <mapiutil.h>
#include <mapixsec.h>

#include "context.h"

struct instance;
struct notify_engine;

/*
 * Creates the engine of inst (whose context is ctx): with threaded, its
 * dispatcher thread too.  Returns 0, -ENOMEM, or the thread factory's error.
 */
int notify_engine_create(struct instance *inst, struct context *ctx,
			 bool threaded, struct notify_engine **eng_r);
/*
 * Stops the engine: joins the dispatcher (or, called on the dispatcher
 * itself, lets it end on its own), drops what is queued, closes every
 * thread's fd.  Sinks made by HrThisThreadAdviseSink stay valid but deliver
 * nothing more.  Sets *eng to NULL; tolerates NULL.
 */
void notify_engine_destroy(struct notify_engine **eng);
/*
 * The calling thread gave up its last reference to the engine's instance:
 * its queue is dropped and its fd closed.
 */
void notify_thread_detach(struct notify_engine *eng);

/*
 * Queues cNotif notifications for sink on inst's engine.  The array is
 * deep-copied; sink is AddRef'ed until delivery.  Returns 0, -EINVAL (NULL
 * arguments, no notifications, or a notification that cannot be copied:
 * unknown event type, a counted pointer that is NULL), -ENOMEM (nothing
 * queued, nothing leaked) or -ESHUTDOWN (engine stopped).
 */
int notify_post(struct instance *inst, LPMAPIADVISESINK sink, ULONG cNotif,
		const NOTIFICATION *notifs);

/*
 * For a caller that cannot keep the instance alive while it posts (the
 * core layer's hook, which finds the instance by context id under the
 * registry lock but must not post under it): notify_engine_hold takes a
 * reference to the engine, so it stays valid (possibly stopped) until
 * notify_engine_drop; notify_engine_post is notify_post on the engine
 * itself, -ESHUTDOWN once it stopped.
 */
void notify_engine_hold(struct notify_engine *eng);
void notify_engine_drop(struct notify_engine *eng);
int notify_engine_post(struct notify_engine *eng, LPMAPIADVISESINK sink,
		       ULONG cNotif, const NOTIFICATION *notifs);

/*
 * Deep-copies cNotif notifications into one MAPIAllocateBuffer block with
 * everything they point to linked to it (MAPIAllocateMore).  Returns 0 and
 * *copy_r, -EINVAL or -ENOMEM.  Free with MAPIFreeBuffer.
 */
int notify_copy(ULONG cNotif, const NOTIFICATION *notifs,
		LPNOTIFICATION *copy_r);

/* Tests: notifications waiting in the engine (all queues). */
unsigned int notify_pending(struct notify_engine *eng);
/* Tests: whether the engine has a dispatcher thread, and which. */
bool notify_dispatcher(struct notify_engine *eng, pthread_t *thread_r);

/* HrAllocAdviseSink, HrThisThreadAdviseSink, HrDispatchNotifications
 * (mapiutil.h) and MapixGetNotificationFd (mapixsec.h) are the public side. */

#endif
