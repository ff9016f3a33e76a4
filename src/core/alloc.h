/*
 * alloc.h - every allocation mapix makes, and MAPI's linked buffers.
 *
 * All library memory goes through alloc_*() so that tests can make the Nth
 * allocation fail (the SQLite-style out-of-memory loop) and can count live
 * blocks to prove that a failed call leaked nothing.  MAPIAllocateBuffer and
 * MAPIAllocateMore (mapix.h) are built on top: a root buffer owns the blocks
 * later linked to it, and one MAPIFreeBuffer of the root frees them all.
 */
#ifndef MAPIX_CORE_ALLOC_H
#define MAPIX_CORE_ALLOC_H

#include <stdbool.h>
#include <stddef.h>

#include <mapix.h>

/*
 * The largest size MAPIAllocateBuffer and MAPIAllocateMore accept: sizes
 * with the top bit set are what a negative count becomes, and are refused
 * with MAPI_E_INVALID_PARAMETER.
 */
#define ALLOC_MAPI_MAX_SIZE 0x7FFFFFFFu

/*
 * malloc/calloc/realloc/free/strdup with fault injection.  They return NULL
 * on failure (real or injected) and never abort.  alloc_free(NULL) is a
 * no-op.
 */
void *alloc_malloc(size_t size);
void *alloc_calloc(size_t count, size_t size);
void *alloc_realloc(void *ptr, size_t size);
void alloc_free(void *ptr);
char *alloc_strdup(const char *str);
void *alloc_memdup(const void *ptr, size_t size);

/*
 * Test hooks.  alloc_fail_after(n) makes the nth allocation from now on,
 * on the calling thread, fail (n = 1 fails the next one); n = 0 disables
 * injection.  alloc_injected() tells whether an injected failure happened
 * since the last alloc_fail_after() call on this thread.  alloc_live()
 * counts blocks currently allocated through alloc_*() in the process.
 */
void alloc_fail_after(unsigned long n);
bool alloc_injected(void);
long alloc_live(void);

/*
 * The security context a MAPI buffer belongs to.  0 means "no context"
 * (utility use before any MAPIInitialize).  The context layer sets the
 * owner of new buffers on this thread; MAPIFreeBuffer refuses a buffer of
 * another context.
 */
void alloc_set_thread_context(unsigned int context_id);
unsigned int alloc_thread_context(void);

/*
 * Brings the calling thread's record up to date.  The context layer
 * installs one when the library loads: a thread that has not yet touched
 * the context layer has record 0 although it does act in a context (its
 * process's).  alloc_thread_context() calls the resolver while the record
 * is 0, so buffers and objects of a fresh thread get the right owner.  The
 * resolver must not call back into alloc_thread_context().
 */
typedef void alloc_context_resolver_fn(void);
void alloc_set_context_resolver(alloc_context_resolver_fn *fn);

/*
 * Checks that ptr is the start of a live MAPI root buffer, from a registry
 * of their addresses: memory ptr points to is read only when it is one.
 * Returns 0, or -EINVAL when it is not a live MAPI root buffer (foreign
 * memory, a freed buffer, a MAPIAllocateMore block), or -EACCES when it
 * belongs to another context.
 */
int alloc_check_root(const void *ptr);

#endif
