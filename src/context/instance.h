/*
 * instance.h - per-context MAPI instances: MAPIInitialize and
 * MAPIUninitialize (declared in mapix.h), and what entry points ask of the
 * calling thread.
 *
 * An instance belongs to one security context.  MAPIInitialize on a thread
 * joins the instance of the thread's current context, creating it if there
 * is none; the instance counts every MAPIInitialize of every thread of its
 * context, and MAPIUninitialize gives one back.  The last one tears down
 * that instance only: its objects die (objhdr generations), its
 * notification engine stops, its cancel tokens go.  Instances of other
 * contexts are not touched.
 *
 * The thread rule, as on Windows: each thread calls MAPIInitialize before
 * it uses MAPI and MAPIUninitialize when done, in pairs.  A thread records
 * which contexts it initialized.  When it impersonates after MAPIInitialize,
 * its entry points fail with MAPI_E_NOT_INITIALIZED until it initializes
 * MAPI for the new context too; MAPIUninitialize with no matching
 * MAPIInitialize of the current context on this thread does nothing (it
 * never tears down an instance others use).  A thread that ends without
 * MAPIUninitialize keeps its references, as on Windows: the instance lives
 * on.
 *
 * Library threads (the notification dispatcher) are adopted into their
 * instance without holding a reference: they pass instance_check_thread()
 * and may call MAPI; they end before the instance is torn down.
 */
#ifndef MAPIX_CONTEXT_INSTANCE_H
#define MAPIX_CONTEXT_INSTANCE_H

#include <stdbool.h>

#include <mapix.h>

#include "context.h"

struct instance;
struct notify_engine;
struct cancel_table;

/* MAPIINIT_0 flags MAPIInitialize accepts. */
#ifndef MAPI_NT_SERVICE
#define MAPI_NT_SERVICE 0x00010000
#endif
#define INSTANCE_KNOWN_FLAGS                                                   \
	(MAPI_MULTITHREAD_NOTIFICATIONS | MAPI_TEMPORARY_PROFILES |            \
	 MAPI_NO_COINIT | MAPI_NT_SERVICE)

/*
 * For entry points: the instance the calling thread initialized under its
 * current context (borrowed; valid until this thread's MAPIUninitialize).
 * Returns S_OK, or MAPI_E_NOT_INITIALIZED with a message on the thread's
 * record (objhdr_thread_message()): either the thread never initialized
 * MAPI, or it initialized under another context and then impersonated.
 * inst_r may be NULL to only check.
 */
HRESULT instance_check_thread(struct instance **inst_r);

/* The MAPIINIT_0 flags the instance was created with (the first call's). */
ULONG instance_flags(const struct instance *inst);
/* The context the instance belongs to (borrowed) and its id. */
struct context *instance_context(const struct instance *inst);
unsigned int instance_context_id(const struct instance *inst);
/* The instance's notification engine (borrowed). */
struct notify_engine *instance_notify(const struct instance *inst);
/* The instance's table of cancellable calls (borrowed). */
struct cancel_table *instance_cancel(const struct instance *inst);

/*
 * Paths the instance uses, fixed from the configuration (config.h) when
 * the instance is created, so that nothing a thread does later (its
 * environment, its identity) changes where an instance finds its files.
 * Returns 0 with the path (borrowed, valid while the instance lives) in
 * *path_r, or the error the configuration gave then, with its message.
 */
enum instance_path {
	INSTANCE_STATE_DIR, /* the state directory (not created here) */
	INSTANCE_CATALOG,   /* the service catalog, mapisvc.inf */
};
int instance_path(const struct instance *inst, enum instance_path which,
		  const char **path_r, const char **error_r);

/*
 * Parts: state that a higher layer keeps per instance (the profile
 * layer's profile root, for one) and that ends with it.  A part is found
 * by its ops table; destroy(data) runs when the instance is torn down, in
 * the reverse order of attachment, on the thread that tears it down.
 */
#define INSTANCE_PART_OPS_VERSION 1
struct instance_part_ops {
	unsigned int version; /* INSTANCE_PART_OPS_VERSION */
	const char *name;
	void (*destroy)(void *data);
};

/* The data of inst's part of ops, or NULL when it has none. */
void *instance_part(struct instance *inst, const struct instance_part_ops *ops);

/*
 * Attaches data as inst's part of ops unless it has one already, and
 * returns the part attached now in *part_r: data, or the earlier part
 * (the caller then frees its data: two threads raced).  Returns 0,
 * -EINVAL for bad ops, or -ENOMEM.
 */
int instance_part_attach(struct instance *inst,
			 const struct instance_part_ops *ops, void *data,
			 void **part_r);

/*
 * Adopts the calling library thread into inst (see above); undone by
 * instance_thread_unadopt() with inst's context id before the thread ends
 * (inst itself may be gone by then).  Returns 0 or -ENOMEM.
 */
int instance_thread_adopt(struct instance *inst);
void instance_thread_unadopt(unsigned int context_id);

/*
 * Tests and diagnostics: the MAPIInitialize count of the instance of the
 * context with this id (0: it has none), and how many instances exist.
 */
unsigned int instance_refs(unsigned int context_id);
unsigned int instance_count(void);

#endif
