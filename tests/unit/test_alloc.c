/*
 * test_alloc.c - MAPI's linked buffers, the allocator's fault injection
 * and context ownership, and MAPIGetDefaultMalloc.
 */
#include <stdarg.h>
#include <stddef.h>
#include <setjmp.h>
#include <stdint.h>
#include <cmocka.h>

#include <pthread.h>
#include <stdlib.h>
#include <string.h>

#include <mapix.h>
#include <mapiutil.h>

#include "alloc.h"

static void test_allocate_buffer(void **state)
{
	long live = alloc_live();
	LPVOID p = NULL, q = NULL;

	(void)state;
	assert_int_equal(MAPIAllocateBuffer(100, &p), S_OK);
	assert_non_null(p);
	assert_int_equal((uintptr_t)p % 16, 0);
	memset(p, 0xab, 100);
	assert_int_equal(MAPIAllocateBuffer(0, &q), S_OK);
	assert_non_null(q);
	assert_int_equal(alloc_live(), live + 2);
	assert_int_equal(MAPIFreeBuffer(p), S_OK);
	assert_int_equal(MAPIFreeBuffer(q), S_OK);
	assert_int_equal(alloc_live(), live);
	assert_int_equal(MAPIAllocateBuffer(10, NULL),
			 MAPI_E_INVALID_PARAMETER);
}

static void test_free_null(void **state)
{
	(void)state;
	assert_int_equal(MAPIFreeBuffer(NULL), S_OK);
}

static void test_allocate_more_chain(void **state)
{
	long live = alloc_live();
	LPVOID root = NULL, more = NULL;
	int i;

	(void)state;
	assert_int_equal(MAPIAllocateBuffer(8, &root), S_OK);
	for (i = 0; i < 50; i++) {
		assert_int_equal(MAPIAllocateMore(32, root, &more), S_OK);
		assert_non_null(more);
		assert_int_equal((uintptr_t)more % 16, 0);
		memset(more, i, 32);
	}
	assert_int_equal(alloc_live(), live + 51);
	/* A linked block is not a root: freeing it is refused, harmlessly. */
	assert_int_equal(MAPIFreeBuffer(more), (ULONG)MAPI_E_INVALID_PARAMETER);
	assert_int_equal(MAPIAllocateMore(8, more, &more),
			 MAPI_E_INVALID_PARAMETER);
	/* One free of the root releases the whole chain. */
	assert_int_equal(MAPIFreeBuffer(root), S_OK);
	assert_int_equal(alloc_live(), live);
}

static void test_allocate_more_without_root(void **state)
{
	LPVOID p = NULL;

	(void)state;
	/* lpObject NULL behaves like MAPIAllocateBuffer. */
	assert_int_equal(MAPIAllocateMore(16, NULL, &p), S_OK);
	assert_non_null(p);
	assert_int_equal(MAPIFreeBuffer(p), S_OK);
	assert_int_equal(MAPIAllocateMore(16, NULL, NULL),
			 MAPI_E_INVALID_PARAMETER);
}

static void test_out_of_memory(void **state)
{
	long live = alloc_live();
	LPVOID root = NULL, p = (LPVOID)1;

	(void)state;
	alloc_fail_after(1);
	assert_int_equal(MAPIAllocateBuffer(10, &p), MAPI_E_NOT_ENOUGH_MEMORY);
	assert_null(p);
	assert_true(alloc_injected());

	alloc_fail_after(2);
	assert_int_equal(MAPIAllocateBuffer(10, &root), S_OK);
	p = (LPVOID)1;
	assert_int_equal(MAPIAllocateMore(10, root, &p),
			 MAPI_E_NOT_ENOUGH_MEMORY);
	assert_null(p);
	alloc_fail_after(0);
	assert_int_equal(MAPIFreeBuffer(root), S_OK);
	assert_int_equal(alloc_live(), live);
}

static void test_foreign_context(void **state)
{
	LPVOID root = NULL, p = NULL;

	(void)state;
	alloc_set_thread_context(7);
	assert_int_equal(MAPIAllocateBuffer(10, &root), S_OK);
	alloc_set_thread_context(8);
	/* Another context may neither free nor extend the buffer. */
	assert_int_equal(MAPIFreeBuffer(root), (ULONG)MAPI_E_NO_ACCESS);
	assert_int_equal(MAPIAllocateMore(4, root, &p), MAPI_E_NO_ACCESS);
	assert_null(p);
	alloc_set_thread_context(7);
	assert_int_equal(MAPIAllocateMore(4, root, &p), S_OK);
	assert_int_equal(MAPIFreeBuffer(root), S_OK);
	alloc_set_thread_context(0);
}

/*
 * Pointers the library did not allocate: a small heap block of someone
 * else's, a stack array, a block already freed.  They must be refused
 * with MAPI_E_INVALID_PARAMETER without reading a byte outside them:
 * under AddressSanitizer or valgrind a read before the block (where a
 * MAPI buffer keeps its header) is an error and fails this test.
 */
static void test_foreign_pointers(void **state)
{
	_Alignas(16) unsigned char stack_block[16];
	unsigned char *heap_block = aligned_alloc(16, 16);
	long live = alloc_live();
	LPVOID root = NULL, p = NULL;

	(void)state;
	assert_non_null(heap_block);
	memset(heap_block, 0, 16);
	memset(stack_block, 0, sizeof(stack_block));
	assert_int_equal(MAPIFreeBuffer(heap_block),
			 (ULONG)MAPI_E_INVALID_PARAMETER);
	assert_int_equal(MAPIFreeBuffer(stack_block),
			 (ULONG)MAPI_E_INVALID_PARAMETER);
	assert_int_equal(MAPIAllocateMore(8, heap_block, &p),
			 MAPI_E_INVALID_PARAMETER);
	assert_null(p);
	assert_int_equal(MAPIAllocateMore(8, stack_block, &p),
			 MAPI_E_INVALID_PARAMETER);
	assert_null(p);
	/* Inside a MAPI buffer, not at its start. */
	assert_int_equal(MAPIAllocateBuffer(64, &root), S_OK);
	assert_int_equal(MAPIFreeBuffer((char *)root + 16),
			 (ULONG)MAPI_E_INVALID_PARAMETER);
	assert_int_equal(MAPIFreeBuffer(root), S_OK);
	/* Freed already: refused, and the freed block is not read. */
	assert_int_equal(MAPIFreeBuffer(root), (ULONG)MAPI_E_INVALID_PARAMETER);
	assert_int_equal(MAPIAllocateMore(8, root, &p),
			 MAPI_E_INVALID_PARAMETER);
	assert_int_equal(alloc_live(), live);
	free(heap_block);
}

/*
 * A size with the top bit set is what a negative count becomes: refused
 * with MAPI_E_INVALID_PARAMETER, as documented, before any allocation.
 */
static void test_absurd_size(void **state)
{
	long live = alloc_live();
	LPVOID root = NULL, p = (LPVOID)1;

	(void)state;
	assert_int_equal(MAPIAllocateBuffer(0xFFFFFFFFu, &p),
			 MAPI_E_INVALID_PARAMETER);
	assert_null(p);
	p = (LPVOID)1;
	assert_int_equal(MAPIAllocateBuffer((ULONG)-16, &p),
			 MAPI_E_INVALID_PARAMETER);
	assert_null(p);
	assert_int_equal(MAPIAllocateBuffer(0x80000000u, &p),
			 MAPI_E_INVALID_PARAMETER);
	assert_int_equal(alloc_live(), live);
	assert_int_equal(MAPIAllocateBuffer(16, &root), S_OK);
	p = (LPVOID)1;
	assert_int_equal(MAPIAllocateMore(0xFFFFFFF0u, root, &p),
			 MAPI_E_INVALID_PARAMETER);
	assert_null(p);
	assert_int_equal(alloc_live(), live + 1);
	assert_int_equal(MAPIFreeBuffer(root), S_OK);
	assert_int_equal(alloc_live(), live);
}

#define LINK_THREADS     4
#define LINKS_PER_THREAD 2000

static void *link_many(void *root)
{
	int i;

	for (i = 0; i < LINKS_PER_THREAD; i++) {
		LPVOID p = NULL;

		if (MAPIAllocateMore(24, root, &p) != S_OK)
			return (void *)1;
		memset(p, 0x5a, 24);
	}
	return NULL;
}

static void test_allocate_more_concurrent(void **state)
{
	pthread_t threads[LINK_THREADS];
	long live = alloc_live();
	LPVOID root = NULL;
	int i;

	(void)state;
	assert_int_equal(MAPIAllocateBuffer(8, &root), S_OK);
	for (i = 0; i < LINK_THREADS; i++)
		assert_int_equal(
		    pthread_create(&threads[i], NULL, link_many, root), 0);
	for (i = 0; i < LINK_THREADS; i++) {
		void *ret;

		assert_int_equal(pthread_join(threads[i], &ret), 0);
		assert_null(ret);
	}
	/* No link was lost: every block is counted and freed with the root. */
	assert_int_equal(alloc_live(),
			 live + 1 + LINK_THREADS * LINKS_PER_THREAD);
	assert_int_equal(MAPIFreeBuffer(root), S_OK);
	assert_int_equal(alloc_live(), live);
}

#define COUNT_THREADS 4
#define COUNT_BLOCKS  500

/* Allocates blocks for the main thread to free, then ends. */
static void *allocate_and_end(void *arg)
{
	void **blocks = arg;

	for (int i = 0; i < COUNT_BLOCKS; i++) {
		blocks[i] = alloc_malloc(16);
		if (blocks[i] == NULL)
			return (void *)1;
	}
	return NULL;
}

/*
 * The live-block count is kept per thread: blocks allocated by threads
 * that have ended still count, and freeing them on another thread counts
 * them out again.
 */
static void test_live_count_across_threads(void **state)
{
	static void *blocks[COUNT_THREADS][COUNT_BLOCKS];
	pthread_t threads[COUNT_THREADS];
	long live = alloc_live();

	(void)state;
	for (int i = 0; i < COUNT_THREADS; i++)
		assert_int_equal(pthread_create(&threads[i], NULL,
						allocate_and_end, blocks[i]),
				 0);
	for (int i = 0; i < COUNT_THREADS; i++) {
		void *ret;

		assert_int_equal(pthread_join(threads[i], &ret), 0);
		assert_null(ret);
	}
	assert_int_equal(alloc_live(), live + COUNT_THREADS * COUNT_BLOCKS);
	for (int i = 0; i < COUNT_THREADS; i++)
		for (int j = 0; j < COUNT_BLOCKS; j++)
			alloc_free(blocks[i][j]);
	assert_int_equal(alloc_live(), live);
}

static void test_default_malloc(void **state)
{
	LPMALLOC m = MAPIGetDefaultMalloc();
	LPVOID unk = NULL, p, q;

	(void)state;
	assert_non_null(m);
	assert_int_equal(IMalloc_QueryInterface(m, &IID_IUnknown, &unk), S_OK);
	assert_ptr_equal(unk, m);
	assert_int_equal(IMalloc_QueryInterface(m, &IID_IMalloc, &unk), S_OK);
	assert_int_equal(IMalloc_QueryInterface(m, &IID_IMAPIProp, &unk),
			 MAPI_E_INTERFACE_NOT_SUPPORTED);
	assert_null(unk);
	assert_int_equal(IMalloc_AddRef(m), 1);
	assert_int_equal(IMalloc_Release(m), 1);

	p = IMalloc_Alloc(m, 61);
	assert_non_null(p);
	assert_int_equal(IMalloc_GetSize(m, p), 61);
	assert_int_equal(IMalloc_DidAlloc(m, p), -1);
	memset(p, 1, 61);
	q = IMalloc_Realloc(m, p, 200);
	assert_non_null(q);
	assert_int_equal(IMalloc_GetSize(m, q), 200);
	assert_int_equal(((unsigned char *)q)[60], 1);
	IMalloc_Free(m, q);
	IMalloc_Free(m, NULL);
	IMalloc_HeapMinimize(m);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
	    cmocka_unit_test(test_allocate_buffer),
	    cmocka_unit_test(test_free_null),
	    cmocka_unit_test(test_allocate_more_chain),
	    cmocka_unit_test(test_allocate_more_without_root),
	    cmocka_unit_test(test_out_of_memory),
	    cmocka_unit_test(test_foreign_context),
	    cmocka_unit_test(test_foreign_pointers),
	    cmocka_unit_test(test_absurd_size),
	    cmocka_unit_test(test_allocate_more_concurrent),
	    cmocka_unit_test(test_live_count_across_threads),
	    cmocka_unit_test(test_default_malloc),
	};
	return cmocka_run_group_tests(tests, NULL, NULL);
}
