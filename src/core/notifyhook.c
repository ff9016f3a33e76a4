/*
 * notifyhook.c - the hook through which core objects reach the context
 * layer's notification engines (see notifyhook.h).
 */
#include "notifyhook.h"

#include <stdatomic.h>

#include "objhdr.h"

/* Installed once by the context layer; process-wide like the engines. */
static core_notify_fn *_Atomic hook;

void core_notify_set_hook(core_notify_fn *fn)
{
	atomic_store_explicit(&hook, fn, memory_order_release);
}

int core_notify(unsigned int context_id, LPMAPIADVISESINK sink, ULONG cNotif,
		const NOTIFICATION *notifs)
{
	core_notify_fn *fn;

	/*
	 * No instance, no engine: decided from objhdr's generation table,
	 * lock-free, so utility tables pay nothing.  An instance that ends
	 * right after this is the hook's to notice (it answers 0 then).
	 */
	if (context_id == 0 || objhdr_generation(context_id) == 0)
		return 0;
	fn = atomic_load_explicit(&hook, memory_order_acquire);
	if (fn == NULL)
		return 0;
	return fn(context_id, sink, cNotif, notifs) == 0 ? 0 : 1;
}
