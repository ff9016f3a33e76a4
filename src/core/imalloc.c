/*
 * imalloc.c - the IMalloc that MAPIGetDefaultMalloc returns, handed to
 * message-service entry points and providers.
 *
 * The allocator is stateless, so one static object serves every caller and
 * AddRef/Release are no-ops, as Windows documents for its own.  Each block
 * carries its size in a small header so GetSize can answer exactly.
 */
#include <stdatomic.h>
#include <string.h>

#include <mapix.h>

#include "alloc.h"

struct malloc_block {
	size_t size;
	_Alignas(16) unsigned char data[];
};

static struct malloc_block *block_of(void *pv)
{
	return (struct malloc_block *)((unsigned char *)pv -
				       offsetof(struct malloc_block, data));
}

static HRESULT STDMETHODCALLTYPE malloc_query_interface(IMalloc *This,
							REFIID riid,
							LPVOID *ppvObj)
{
	if (ppvObj == NULL)
		return MAPI_E_INVALID_PARAMETER;
	*ppvObj = NULL;
	if (riid == NULL)
		return MAPI_E_INVALID_PARAMETER;
	if (!IsEqualIID(riid, &IID_IUnknown) && !IsEqualIID(riid, &IID_IMalloc))
		return MAPI_E_INTERFACE_NOT_SUPPORTED;
	*ppvObj = This;
	return S_OK;
}

static ULONG STDMETHODCALLTYPE malloc_add_ref(IMalloc *This)
{
	(void)This;
	return 1;
}

static ULONG STDMETHODCALLTYPE malloc_release(IMalloc *This)
{
	(void)This;
	return 1;
}

static LPVOID STDMETHODCALLTYPE malloc_alloc(IMalloc *This, SIZE_T cb)
{
	struct malloc_block *b;

	(void)This;
	if (cb > SIZE_MAX - sizeof(*b))
		return NULL;
	b = alloc_malloc(sizeof(*b) + cb);
	if (b == NULL)
		return NULL;
	b->size = cb;
	return b->data;
}

static LPVOID STDMETHODCALLTYPE malloc_realloc(IMalloc *This, LPVOID pv,
					       SIZE_T cb)
{
	struct malloc_block *b;

	if (pv == NULL)
		return malloc_alloc(This, cb);
	if (cb == 0) {
		alloc_free(block_of(pv));
		return NULL;
	}
	if (cb > SIZE_MAX - sizeof(*b))
		return NULL;
	b = alloc_realloc(block_of(pv), sizeof(*b) + cb);
	if (b == NULL)
		return NULL;
	b->size = cb;
	return b->data;
}

static void STDMETHODCALLTYPE malloc_free(IMalloc *This, LPVOID pv)
{
	(void)This;
	if (pv != NULL)
		alloc_free(block_of(pv));
}

static SIZE_T STDMETHODCALLTYPE malloc_get_size(IMalloc *This, LPVOID pv)
{
	(void)This;
	if (pv == NULL)
		return (SIZE_T)-1;
	return block_of(pv)->size;
}

/* Windows answers -1, "cannot tell", whatever the pointer; so do we. */
static int STDMETHODCALLTYPE malloc_did_alloc(IMalloc *This, LPVOID pv)
{
	(void)This;
	(void)pv;
	return -1;
}

static void STDMETHODCALLTYPE malloc_heap_minimize(IMalloc *This)
{
	(void)This;
}

static const IMallocVtbl malloc_vtbl = {
	malloc_query_interface, malloc_add_ref,	 malloc_release,
	malloc_alloc,		malloc_realloc,	 malloc_free,
	malloc_get_size,	malloc_did_alloc, malloc_heap_minimize,
};

static IMalloc default_malloc = {&malloc_vtbl};

/*
 * MAPIGetDefaultMalloc
 *
 * RETURNS
 *  The process's IMalloc.  It needs no Release, but tolerates any number
 *  of AddRef/Release calls.
 */
LPMALLOC MAPIGetDefaultMalloc(void)
{
	return &default_malloc;
}
