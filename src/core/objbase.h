/*
 * objbase.h - what every COM object of mapix's upper layers shares: the
 * object header that every method checks (objhdr.h), the reference count,
 * a lock and the last error that GetLastError reports.
 *
 * An object embeds a struct objbase next to its interface and calls
 * objbase_enter() first in every method but Release and GetLastError; a
 * refused call (another security context, a dead instance) never touches
 * the object and explains itself through the thread's record.  Failures
 * go through objbase_fail(), which records the message GetLastError gives
 * back; successes through objbase_ok(), which clears it.
 */
#ifndef MAPIX_CORE_OBJBASE_H
#define MAPIX_CORE_OBJBASE_H

#include <pthread.h>
#include <stdatomic.h>
#include <stdint.h>

#include <mapidefs.h>

#include "mapierr.h"
#include "objhdr.h"

struct objbase {
	/* Checked first by every method; see objhdr.h. */
	struct objhdr hdr;
	_Atomic ULONG refs;
	pthread_mutex_t lock;
	struct mapierr_last err;
};

/* A new object: one reference, stamped for the calling thread. */
void objbase_init(struct objbase *b, uint32_t magic);
/* Before freeing the object. */
void objbase_fini(struct objbase *b);

/* The check of every method but Release and GetLastError: S_OK or the
 * refusal, recorded on the thread.  b may be NULL (a NULL This). */
HRESULT objbase_enter(struct objbase *b, uint32_t magic, const char *what);

/* Records hr with a message as the object's last error; returns hr. */
HRESULT objbase_fail(struct objbase *b, HRESULT hr, const char *fmt, ...)
    __attribute__((format(printf, 3, 4)));

/* S_OK, clearing the last error. */
HRESULT objbase_ok(struct objbase *b);

/* GetLastError: the object's record, or the thread's for a refused call. */
HRESULT objbase_last_error(struct objbase *b, uint32_t magic,
			   const char *component, HRESULT hResult,
			   ULONG ulFlags, LPMAPIERROR *lppMAPIError);

/* AddRef: the new count, 0 for a refused call. */
ULONG objbase_addref(struct objbase *b, uint32_t magic, const char *what);

/*
 * The first half of Release: the count left, or (ULONG)-1 when the call
 * is refused (the object must then be left alone).  The caller frees the
 * object at 0.  The owner may release a dead object (objhdr_check_release).
 */
ULONG objbase_release(struct objbase *b, uint32_t magic, const char *what);

#endif
