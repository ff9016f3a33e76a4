/*
 * notifyhook.h - how core objects hand their notifications to the
 * notification engine of their context's MAPI instance.
 *
 * Core's objects (the in-memory tables) send notifications, but the
 * engines that deliver them belong to the context layer, above core, and
 * core never calls up.  So the context layer installs one function here
 * when the library is loaded, and core calls core_notify() for each sink it
 * would otherwise call itself.  When the object's context has a MAPI
 * instance the engine takes the notification (the default engine queues it
 * for HrDispatchNotifications, MAPI_MULTITHREAD_NOTIFICATIONS hands it to
 * the dispatcher thread); without one (CreateTable used as a utility,
 * before any MAPIInitialize, or a program that does not link the context
 * layer) the object calls OnNotify itself, on the thread that made the
 * change, as it always did.
 */
#ifndef MAPIX_CORE_NOTIFYHOOK_H
#define MAPIX_CORE_NOTIFYHOOK_H

#include <mapidefs.h>

/*
 * The context layer's side: queues cNotif notifications (deep-copied; sink
 * AddRef'ed until delivery) on the engine of context_id's live MAPI
 * instance.  Returns 1 when the engine took them, 0 when the context has
 * no instance (nothing done: the caller delivers), or a negative errno when
 * the engine could not take them (-ENOMEM, -ESHUTDOWN: the instance was
 * being torn down).  Called without any lock of the caller held; it may be
 * called from any thread of context_id.
 */
typedef int core_notify_fn(unsigned int context_id, LPMAPIADVISESINK sink,
			   ULONG cNotif, const NOTIFICATION *notifs);

/* Installs the hook (once, from a constructor); NULL removes it. */
void core_notify_set_hook(core_notify_fn *fn);

/*
 * For core objects: hands notifications for sink, from an object of
 * context_id, to that context's engine.  Returns 1 when the engine has
 * them or dropped them (an engine that cannot queue loses the
 * notification rather than deliver it on the wrong thread), 0 when the
 * caller must call OnNotify itself (no hook, context 0, no instance).
 * Without an instance it costs one atomic load and takes no lock.
 */
int core_notify(unsigned int context_id, LPMAPIADVISESINK sink, ULONG cNotif,
		const NOTIFICATION *notifs);

#endif
