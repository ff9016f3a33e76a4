/*
 * objhdr.h - the header every MAPI object carries, and the check every
 * method makes before it touches anything.
 *
 * An object records, when it is made, the security context of the thread
 * that makes it (alloc_thread_context(), the same id MAPI buffers record)
 * and the generation of that context's MAPI instance.  A method first calls
 * objhdr_check():
 *
 *   - a thread acting in another context gets -EACCES (MAPI_E_NO_ACCESS),
 *     and the object is left untouched for its owner;
 *   - when the instance the object was made under has been torn down since
 *     (its last MAPIUninitialize), or the magic is wrong (a freed or foreign
 *     object), it gets -ESTALE (MAPI_E_INVALID_OBJECT).
 *
 * Generations.  Core sits below the context layer, so it keeps the table of
 * instance generations, one slot per context id; the context layer calls
 * objhdr_generation_begin() when it creates an instance and
 * objhdr_generation_end() when it tears one down.  Context id 0 means "no
 * context", and an object made while its context has no instance records
 * generation 0: such objects never die, only their context is checked.
 *
 * Refusals.  A refused call must not write into the object (it belongs to
 * someone else, or to nobody any more), so the message explaining it goes
 * to a per-thread record: objhdr_refuse() fills it and objhdr_last_error()
 * answers GetLastError from it.
 *
 * Conventions: int functions return 0 or a negative errno.
 */
#ifndef MAPIX_CORE_OBJHDR_H
#define MAPIX_CORE_OBJHDR_H

#include <errno.h>
#include <stdatomic.h>
#include <stddef.h>
#include <stdint.h>

#include <mapix.h>

#include "alloc.h"

/* Written over an object's magic when it is freed. */
#define OBJHDR_MAGIC_DEAD 0xdeadf00du

struct objhdr {
	uint32_t magic;
	/* alloc_thread_context() of the creating thread; 0: no context. */
	uint32_t context_id;
	/* The instance generation it was made under; 0: never dies. */
	uint32_t generation;
};

/*
 * Stamps a new object: magic, the calling thread's context (see
 * alloc_set_context_resolver) and that context's current instance
 * generation.  Returns 0, or -EINVAL for a NULL
 * header or a zero magic.
 */
int objhdr_init(struct objhdr *h, uint32_t magic);

/*
 * Marks a header dead just before its object is freed, so a later call
 * through a dangling pointer is more likely to be caught (-ESTALE) than to
 * act.  Tolerates NULL.
 */
void objhdr_fini(struct objhdr *h);

/* Internals of the inline check below; use the functions. */
#define OBJHDR_GEN_CHUNK_BITS 12
#define OBJHDR_GEN_CHUNK_SIZE (1u << OBJHDR_GEN_CHUNK_BITS)
#define OBJHDR_GEN_CHUNKS     1024u /* up to 4M context ids */

struct objhdr_gen_slot {
	/* The live generation of the context's instance; 0: none. */
	_Atomic uint32_t live;
	/* The last generation handed out; under objhdr's lock. */
	uint32_t last;
};

extern struct objhdr_gen_slot *_Atomic objhdr_gen_chunks[OBJHDR_GEN_CHUNKS];
int objhdr_check_slow(const struct objhdr *h, uint32_t magic);

/*
 * The check of every method.  Returns 0 when the calling thread acts in the
 * object's context and the object is alive; -EACCES for a thread of another
 * context (checked before liveness, so a foreign thread learns nothing about
 * the owner's instance); -ESTALE for a wrong magic or an object whose
 * instance was torn down.  Lock-free and inline: the magic, the thread's
 * context id and one atomic load of the generation; anything unusual (a
 * thread whose context is not known yet, a huge id) takes the slow path.
 */
static inline int objhdr_check(const struct objhdr *h, uint32_t magic)
{
	struct objhdr_gen_slot *chunk;
	uint32_t id;

	if (h == NULL || h->magic != magic)
		return -ESTALE;
	id = h->context_id;
	if (id != alloc_thread_context() ||
	    (id >> OBJHDR_GEN_CHUNK_BITS) >= OBJHDR_GEN_CHUNKS)
		return objhdr_check_slow(h, magic);
	if (h->generation == 0)
		return 0;
	chunk = atomic_load_explicit(
	    &objhdr_gen_chunks[id >> OBJHDR_GEN_CHUNK_BITS],
	    memory_order_acquire);
	if (chunk == NULL ||
	    atomic_load_explicit(&chunk[id & (OBJHDR_GEN_CHUNK_SIZE - 1)].live,
				 memory_order_acquire) != h->generation)
		return -ESTALE;
	return 0;
}

/*
 * The check of Release.  Returns 0 for a live object of the caller's
 * context; 1 for an object of the caller's context whose instance was torn
 * down: Release may then drop the reference and free the object's own
 * memory, touching nothing the instance owned, so nothing leaks; -EACCES
 * for a thread of another context and -ESTALE for a wrong magic: the
 * object must be left alone.
 */
int objhdr_check_release(const struct objhdr *h, uint32_t magic);

/*
 * The HRESULT of an objhdr_check() result: MAPI_E_INVALID_OBJECT for
 * -ESTALE (a dead object), else errmap_hr()'s (MAPI_E_NO_ACCESS for
 * -EACCES).
 */
HRESULT objhdr_hresult(int err);

/*
 * For a failed objhdr_check(): records on the calling thread a message
 * naming both contexts (or saying the object is dead) and returns the
 * HRESULT to give back.  what names the call ("IPropData::GetProps").
 * Never touches the object beyond reading its header.
 */
HRESULT objhdr_refuse(const struct objhdr *h, int err, const char *what);

/*
 * Records a message for a failure that has no object to hold it (entry
 * points like MAPIInitialize, HrDispatchNotifications) and returns hr.
 */
HRESULT objhdr_thread_seterr(HRESULT hr, const char *fmt, ...)
    __attribute__((format(printf, 2, 3)));

/* The calling thread's last recorded refusal message ("" if none). */
const char *objhdr_thread_message(void);
/* The HRESULT of that message (S_OK if none). */
HRESULT objhdr_thread_hresult(void);

/*
 * GetLastError for a call that objhdr_check() refused: the thread's record,
 * as mapierr_get() would build it (component names the object kind).
 */
HRESULT objhdr_last_error(HRESULT hr, ULONG flags, const char *component,
			  LPMAPIERROR *lppMAPIError);

/*
 * Names a context id for messages ("'alice' (context 3)").  The context
 * layer installs one; without it messages say "context 3".  The function
 * must be callable from any thread and must not call back into objhdr.
 */
typedef void objhdr_namer_fn(unsigned int context_id, char *buf, size_t size);
void objhdr_set_namer(objhdr_namer_fn *fn);


/*
 * Instance generations, for the context layer.  Calls for one context id
 * must be serialized by the caller (it does so under its instance registry
 * lock); different ids may be used concurrently.
 *
 * objhdr_generation_begin: an instance of context_id was created; objects
 * made from now on record a new generation, never used before for that id.
 * Returns 0, -EINVAL (id 0) or -ENOMEM.
 *
 * objhdr_generation_end: that instance was torn down; every object made
 * under it is dead from now on.
 *
 * objhdr_generation: the live generation of context_id, 0 when it has no
 * instance.
 */
int objhdr_generation_begin(unsigned int context_id);
void objhdr_generation_end(unsigned int context_id);
uint32_t objhdr_generation(unsigned int context_id);

#endif
