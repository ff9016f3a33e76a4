/*
 * alloc.c - allocation wrappers with fault injection, and MAPI's linked
 * buffers (MAPIAllocateBuffer, MAPIAllocateMore, MAPIFreeBuffer).
 *
 * A MAPI buffer is a header followed by the caller's bytes.  A root header
 * heads a lock-free list of the blocks that MAPIAllocateMore linked to it;
 * freeing the root walks the list.  Headers carry the owning context, so a
 * buffer cannot be freed from another context.
 *
 * Which pointers are roots is known from a registry of their addresses
 * (ptrset.h), not from their headers: a pointer the caller passes may be
 * anything -- a block of its own, a stack array, a buffer freed already --
 * and the header in front of it is only read once the registry says the
 * block is a live root of ours.  Anything else is refused without a byte
 * of it read.
 */
#include "alloc.h"
#include "lib.h"
#include "objhdr.h"
#include "ptrset.h"

#include <errno.h>
#include <stdatomic.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#define MAPIBUF_ROOT 0x4d415242u /* "MARB" */
#define MAPIBUF_MORE 0x4d414d42u /* "MAMB" */
#define MAPIBUF_DEAD 0x44454144u /* "DEAD" */

struct mapibuf {
	uint32_t magic;
	uint32_t context_id;
	/* Root: first linked block.  Linked block: the next one. */
	struct mapibuf *_Atomic more;
	/* Linked blocks: the root they belong to.  Root: NULL. */
	struct mapibuf *root;
	/* Keeps the caller's bytes aligned like malloc's. */
	_Alignas(16) unsigned char data[];
};

static _Thread_local unsigned long fail_countdown;
static _Thread_local bool fail_happened;
static _Thread_local unsigned int thread_context;
static _Thread_local bool resolving;
static atomic_long live_blocks;
/* Installed once by the context layer; process-wide like the contexts. */
static alloc_context_resolver_fn *_Atomic context_resolver;
/* The data address of every live root buffer. */
static struct ptrset roots;

static bool inject_failure(void)
{
	if (fail_countdown == 0)
		return false;
	if (--fail_countdown > 0)
		return false;
	fail_happened = true;
	return true;
}

void alloc_fail_after(unsigned long n)
{
	fail_countdown = n;
	fail_happened = false;
}

bool alloc_injected(void)
{
	return fail_happened;
}

long alloc_live(void)
{
	return atomic_load(&live_blocks);
}

void *alloc_malloc(size_t size)
{
	void *p;

	if (inject_failure())
		return NULL;
	p = malloc(size == 0 ? 1 : size);
	if (p != NULL)
		atomic_fetch_add(&live_blocks, 1);
	return p;
}

void *alloc_calloc(size_t count, size_t size)
{
	void *p;

	if (inject_failure())
		return NULL;
	p = calloc(count == 0 ? 1 : count, size == 0 ? 1 : size);
	if (p != NULL)
		atomic_fetch_add(&live_blocks, 1);
	return p;
}

void *alloc_realloc(void *ptr, size_t size)
{
	void *p;

	if (ptr == NULL)
		return alloc_malloc(size);
	if (inject_failure())
		return NULL;
	p = realloc(ptr, size == 0 ? 1 : size);
	return p;
}

void alloc_free(void *ptr)
{
	if (ptr == NULL)
		return;
	atomic_fetch_sub(&live_blocks, 1);
	free(ptr);
}

void *alloc_memdup(const void *ptr, size_t size)
{
	void *p = alloc_malloc(size);

	if (p != NULL && size > 0)
		memcpy(p, ptr, size);
	return p;
}

char *alloc_strdup(const char *str)
{
	return alloc_memdup(str, strlen(str) + 1);
}

void alloc_set_thread_context(unsigned int context_id)
{
	thread_context = context_id;
}

void alloc_set_context_resolver(alloc_context_resolver_fn *fn)
{
	atomic_store(&context_resolver, fn);
}

unsigned int alloc_thread_context(void)
{
	alloc_context_resolver_fn *fn;

	if (thread_context != 0)
		return thread_context;
	fn = atomic_load_explicit(&context_resolver, memory_order_acquire);
	/* The resolver itself reads the record: answer it with 0. */
	if (fn != NULL && !resolving) {
		resolving = true;
		fn();
		resolving = false;
	}
	return thread_context;
}

static struct mapibuf *mapibuf_of(const void *ptr)
{
	return (struct mapibuf *)((uintptr_t)ptr -
				  offsetof(struct mapibuf, data));
}

/*
 * On a registered root (ptrset_check_fn, called by MAPIFreeBuffer under
 * the registry's lock): is it the caller's?  arg is the caller's context.
 */
static int root_check(const void *ptr, const void *arg)
{
	const struct mapibuf *buf = mapibuf_of(ptr);

	i_assert(buf->magic == MAPIBUF_ROOT);
	return buf->context_id == *(const unsigned int *)arg ? 0 : -EACCES;
}

int alloc_check_root(const void *ptr)
{
	const struct mapibuf *buf;

	if (ptr == NULL || ((uintptr_t)ptr & 15) != 0 ||
	    !ptrset_contains(&roots, ptr))
		return -EINVAL;
	/* Ours: its header may be read.  The magic can only be wrong when
	 * the caller frees the buffer on another thread at this moment. */
	buf = mapibuf_of(ptr);
	if (buf->magic != MAPIBUF_ROOT)
		return -EINVAL;
	return buf->context_id == alloc_thread_context() ? 0 : -EACCES;
}

/*
 * MAPIAllocateBuffer
 *
 * PARAMS
 *  cbSize    [I] bytes wanted; 0 is allowed
 *  lppBuffer [O] the new root buffer, 16-byte aligned
 *
 * RETURNS
 *  S_OK, MAPI_E_INVALID_PARAMETER (lppBuffer NULL, or cbSize above
 *  ALLOC_MAPI_MAX_SIZE: a negative count passed as a size),
 *  MAPI_E_NOT_ENOUGH_MEMORY.
 */
SCODE MAPIAllocateBuffer(ULONG cbSize, LPVOID *lppBuffer)
{
	struct mapibuf *buf;

	if (lppBuffer == NULL)
		return MAPI_E_INVALID_PARAMETER;
	*lppBuffer = NULL;
	if (cbSize > ALLOC_MAPI_MAX_SIZE)
		return objhdr_thread_seterr(
		    MAPI_E_INVALID_PARAMETER,
		    "MAPIAllocateBuffer: %lu bytes is no size (a negative "
		    "count?)",
		    (unsigned long)cbSize);
	buf = alloc_malloc(sizeof(*buf) + cbSize);
	if (buf == NULL)
		return MAPI_E_NOT_ENOUGH_MEMORY;
	buf->magic = MAPIBUF_ROOT;
	buf->context_id = alloc_thread_context();
	atomic_init(&buf->more, NULL);
	buf->root = NULL;
	if (ptrset_add(&roots, buf->data) < 0) {
		alloc_free(buf);
		return MAPI_E_NOT_ENOUGH_MEMORY;
	}
	*lppBuffer = buf->data;
	return S_OK;
}

/*
 * MAPIAllocateMore
 *
 * PARAMS
 *  cbSize    [I] bytes wanted
 *  lpObject  [I] a root buffer from MAPIAllocateBuffer; NULL behaves like
 *                MAPIAllocateBuffer
 *  lppBuffer [O] the new block, freed together with lpObject
 *
 * RETURNS
 *  S_OK, MAPI_E_INVALID_PARAMETER (lpObject is not a live root buffer,
 *  or cbSize is above ALLOC_MAPI_MAX_SIZE), MAPI_E_NO_ACCESS (lpObject
 *  belongs to another security context), MAPI_E_NOT_ENOUGH_MEMORY.
 *
 * NOTES
 *  Several threads may link blocks to one root at the same time.
 */
SCODE MAPIAllocateMore(ULONG cbSize, LPVOID lpObject, LPVOID *lppBuffer)
{
	struct mapibuf *root, *buf, *head;
	int ret;

	if (lpObject == NULL)
		return MAPIAllocateBuffer(cbSize, lppBuffer);
	if (lppBuffer == NULL)
		return MAPI_E_INVALID_PARAMETER;
	*lppBuffer = NULL;
	if (cbSize > ALLOC_MAPI_MAX_SIZE)
		return objhdr_thread_seterr(MAPI_E_INVALID_PARAMETER,
					    "MAPIAllocateMore: %lu bytes is no "
					    "size (a negative count?)",
					    (unsigned long)cbSize);
	ret = alloc_check_root(lpObject);
	if (ret == -EACCES)
		return objhdr_thread_seterr(
		    MAPI_E_NO_ACCESS,
		    "MAPIAllocateMore: the buffer belongs to another security "
		    "context; it was left alone");
	if (ret < 0)
		return objhdr_thread_seterr(
		    MAPI_E_INVALID_PARAMETER,
		    "MAPIAllocateMore: not a live root buffer of "
		    "MAPIAllocateBuffer");
	root = mapibuf_of(lpObject);

	buf = alloc_malloc(sizeof(*buf) + cbSize);
	if (buf == NULL)
		return MAPI_E_NOT_ENOUGH_MEMORY;
	buf->magic = MAPIBUF_MORE;
	buf->context_id = root->context_id;
	buf->root = root;
	head = atomic_load(&root->more);
	do {
		atomic_store_explicit(&buf->more, head, memory_order_relaxed);
	} while (!atomic_compare_exchange_weak(&root->more, &head, buf));
	*lppBuffer = buf->data;
	return S_OK;
}

/*
 * MAPIFreeBuffer
 *
 * PARAMS
 *  lpBuffer [I] a root buffer, or NULL
 *
 * RETURNS
 *  S_OK, also for NULL.  MAPI_E_INVALID_PARAMETER for a pointer that is not
 *  a live root buffer (a MAPIAllocateMore block, a freed buffer, any other
 *  memory: none of it is read) and MAPI_E_NO_ACCESS for a buffer of
 *  another security context; such pointers are left alone.
 *
 * NOTES
 *  Of two threads freeing the same buffer at once, one frees it and the
 *  other gets MAPI_E_INVALID_PARAMETER.
 */
ULONG MAPIFreeBuffer(LPVOID lpBuffer)
{
	struct mapibuf *root, *buf, *next;
	unsigned int context_id;
	int ret;

	if (lpBuffer == NULL)
		return S_OK;
	/* A refused free leaves the buffer to its owner and says why on the
	 * calling thread's record (GetLastError of any object reads it).
	 * The registry gives the root up to one caller only. */
	context_id = alloc_thread_context();
	ret = ptrset_take(&roots, lpBuffer, root_check, &context_id);
	if (ret == -EACCES)
		return (ULONG)objhdr_thread_seterr(
		    MAPI_E_NO_ACCESS,
		    "MAPIFreeBuffer: the buffer belongs to another security "
		    "context; it was left alone");
	if (ret < 0)
		return (ULONG)objhdr_thread_seterr(
		    MAPI_E_INVALID_PARAMETER,
		    "MAPIFreeBuffer: not a live root buffer of "
		    "MAPIAllocateBuffer; nothing was freed");
	root = mapibuf_of(lpBuffer);
	for (buf = atomic_load(&root->more); buf != NULL; buf = next) {
		next = atomic_load_explicit(&buf->more, memory_order_relaxed);
		buf->magic = MAPIBUF_DEAD;
		alloc_free(buf);
	}
	root->magic = MAPIBUF_DEAD;
	alloc_free(root);
	return S_OK;
}
