/*
 * objhdr.c - object headers: the context and liveness check of every
 * method, the process-wide table of instance generations, and the
 * per-thread record of refused calls.
 *
 * The generation table is process-wide because contexts are: a context id
 * names one principal in the whole process, whichever thread uses it.  It
 * is a two-level array indexed by context id.  The first chunk is static;
 * further chunks are allocated on first use and live as long as the process
 * (so a reader never sees one go away).  Each slot holds the live
 * generation of its context's instance (0 when it has none), read with one
 * atomic load on the hot path, and the last generation handed out, written
 * only by objhdr_generation_begin() under gen_lock.
 */
#include "objhdr.h"

#include "alloc.h"
#include "errmap.h"
#include "mapierr.h"

#include <errno.h>
#include <pthread.h>
#include <stdarg.h>
#include <stdatomic.h>
#include <stdio.h>

#define GEN_CHUNK_BITS OBJHDR_GEN_CHUNK_BITS
#define GEN_CHUNK_SIZE OBJHDR_GEN_CHUNK_SIZE
#define GEN_CHUNKS     OBJHDR_GEN_CHUNKS

static struct objhdr_gen_slot gen_chunk0[GEN_CHUNK_SIZE];
struct objhdr_gen_slot *_Atomic objhdr_gen_chunks[GEN_CHUNKS] = {gen_chunk0};
static pthread_mutex_t gen_lock = PTHREAD_MUTEX_INITIALIZER;

static objhdr_namer_fn *_Atomic namer;
static _Thread_local struct mapierr_last thread_err;

/* The slot of id, or NULL when its chunk does not exist (yet). */
static inline struct objhdr_gen_slot *gen_slot_of(unsigned int id)
{
	unsigned int c = id >> GEN_CHUNK_BITS;
	struct objhdr_gen_slot *chunk;

	if (c >= GEN_CHUNKS)
		return NULL;
	chunk =
	    atomic_load_explicit(&objhdr_gen_chunks[c], memory_order_acquire);
	if (chunk == NULL)
		return NULL;
	return &chunk[id & (GEN_CHUNK_SIZE - 1)];
}

uint32_t objhdr_generation(unsigned int context_id)
{
	struct objhdr_gen_slot *slot;

	if (context_id == 0)
		return 0;
	slot = gen_slot_of(context_id);
	if (slot == NULL)
		return 0;
	return atomic_load_explicit(&slot->live, memory_order_acquire);
}

int objhdr_generation_begin(unsigned int context_id)
{
	unsigned int c = context_id >> GEN_CHUNK_BITS;
	struct objhdr_gen_slot *chunk, *slot;

	if (context_id == 0)
		return -EINVAL;
	if (c >= GEN_CHUNKS)
		return -ERANGE;
	pthread_mutex_lock(&gen_lock);
	chunk =
	    atomic_load_explicit(&objhdr_gen_chunks[c], memory_order_relaxed);
	if (chunk == NULL) {
		/* Lives as long as the process: readers hold no lock. */
		chunk = alloc_calloc(GEN_CHUNK_SIZE, sizeof(*chunk));
		if (chunk == NULL) {
			pthread_mutex_unlock(&gen_lock);
			return -ENOMEM;
		}
		atomic_store_explicit(&objhdr_gen_chunks[c], chunk,
				      memory_order_release);
	}
	slot = &chunk[context_id & (GEN_CHUNK_SIZE - 1)];
	/* 0 means "never dies": skip it when the counter wraps. */
	if (++slot->last == 0)
		slot->last = 1;
	atomic_store_explicit(&slot->live, slot->last, memory_order_release);
	pthread_mutex_unlock(&gen_lock);
	return 0;
}

void objhdr_generation_end(unsigned int context_id)
{
	struct objhdr_gen_slot *slot =
	    context_id == 0 ? NULL : gen_slot_of(context_id);

	if (slot != NULL)
		atomic_store_explicit(&slot->live, 0, memory_order_release);
}

/* The calling thread's context id, resolved by the context layer if new. */
static inline unsigned int thread_context(void)
{
	return alloc_thread_context();
}

int objhdr_init(struct objhdr *h, uint32_t magic)
{
	if (h == NULL || magic == 0)
		return -EINVAL;
	h->magic = magic;
	h->context_id = thread_context();
	h->generation = objhdr_generation(h->context_id);
	return 0;
}

void objhdr_fini(struct objhdr *h)
{
	if (h != NULL)
		h->magic = OBJHDR_MAGIC_DEAD;
}

/*
 * The inline check's slow path, and its reference: the same answers, with
 * the thread's context resolved when the core layer's record is 0.
 */
int objhdr_check_slow(const struct objhdr *h, uint32_t magic)
{
	struct objhdr_gen_slot *slot;

	if (h == NULL || h->magic != magic)
		return -ESTALE;
	if (h->context_id != thread_context())
		return -EACCES;
	if (h->generation == 0)
		return 0;
	slot = gen_slot_of(h->context_id);
	if (slot == NULL ||
	    atomic_load_explicit(&slot->live, memory_order_acquire) !=
		h->generation)
		return -ESTALE;
	return 0;
}

int objhdr_check_release(const struct objhdr *h, uint32_t magic)
{
	int err = objhdr_check(h, magic);

	if (err == -ESTALE && h != NULL && h->magic == magic)
		return 1;
	return err;
}

HRESULT objhdr_hresult(int err)
{
	/* objhdr_check()'s -ESTALE is a dead handle (its instance torn down
	 * or the object released), not the lost save the map means by it. */
	if (err == -ESTALE)
		return MAPI_E_INVALID_OBJECT;
	return errmap_hr(err);
}

void objhdr_set_namer(objhdr_namer_fn *fn)
{
	atomic_store(&namer, fn);
}

static void name_context(unsigned int id, char *buf, size_t size)
{
	objhdr_namer_fn *fn = atomic_load(&namer);

	if (id == 0)
		snprintf(buf, size, "no context (context 0)");
	else if (fn != NULL)
		fn(id, buf, size);
	else
		snprintf(buf, size, "context %u", id);
}

HRESULT objhdr_thread_seterr(HRESULT hr, const char *fmt, ...)
{
	va_list ap;

	thread_err.hr = hr;
	if (hr == S_OK || fmt == NULL) {
		thread_err.msg[0] = '\0';
		return hr;
	}
	va_start(ap, fmt);
	vsnprintf(thread_err.msg, sizeof(thread_err.msg), fmt, ap);
	va_end(ap);
	return hr;
}

HRESULT objhdr_refuse(const struct objhdr *h, int err, const char *what)
{
	HRESULT hr = objhdr_hresult(err);
	char owner[80], caller[80];

	if (what == NULL)
		what = "call";
	if (err == -EACCES && h != NULL) {
		name_context(h->context_id, owner, sizeof(owner));
		name_context(thread_context(), caller, sizeof(caller));
		return objhdr_thread_seterr(
		    hr,
		    "%s: the object belongs to %s, the calling thread acts "
		    "as %s; objects cannot be used across security "
		    "contexts",
		    what, owner, caller);
	}
	if (err == -ESTALE)
		return objhdr_thread_seterr(
		    hr,
		    "%s: dead object: its MAPI instance was torn down "
		    "(last MAPIUninitialize of its context) or it was "
		    "released",
		    what);
	return objhdr_thread_seterr(hr, "%s: refused (error %d)", what, err);
}

const char *objhdr_thread_message(void)
{
	return thread_err.msg;
}

HRESULT objhdr_thread_hresult(void)
{
	return thread_err.hr;
}

HRESULT objhdr_last_error(HRESULT hr, ULONG flags, const char *component,
			  LPMAPIERROR *lppMAPIError)
{
	return mapierr_get(&thread_err, hr, flags, component, lppMAPIError);
}
