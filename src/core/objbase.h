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
#include <stdbool.h>
#include <stdatomic.h>
#include <stdint.h>

#include <mapidefs.h>

#include "alloc.h"
#include "lib.h"
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
 * refusal, recorded on the thread.  b may be NULL (a NULL This).  Inline,
 * like objhdr_check(), since every call of every method makes it. */
static inline HRESULT objbase_enter(struct objbase *b, uint32_t magic,
				    const char *what)
{
	struct objhdr *h = b == NULL ? NULL : &b->hdr;
	int err = objhdr_check(h, magic);

	return likely(err == 0) ? S_OK : objhdr_refuse(h, err, what);
}

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

/*
 * QueryInterface: with IID_IUnknown or one of iids (NULL-terminated), an
 * AddRef'ed self in *ppv; else MAPI_E_INTERFACE_NOT_SUPPORTED (recorded,
 * *ppv NULL).  name ("IProfAdmin") names the object in messages.
 */
HRESULT objbase_query_interface(struct objbase *b, uint32_t magic,
				const char *name, const IID *const *iids,
				void *self, REFIID riid, LPVOID *ppv);

/*
 * What the IUnknown and GetLastError methods of a kind of object need;
 * see OBJBASE_IUNKNOWN.
 */
struct objclass {
	uint32_t magic;
	const char *name;       /* "IProfAdmin" */
	const IID *const *iids; /* besides IID_IUnknown, NULL-terminated */
	/*
	 * At the last Release: releases what the object holds, not its
	 * memory (alloc_malloc'ed, freed after it); may be NULL.  For a
	 * dead object (its instance was torn down) live is false: whatever
	 * belonged to the instance is gone already.
	 */
	void (*destroy)(void *object, bool live);
};

/*
 * The end of an object's life, after its last reference went: cls->destroy,
 * then the base's own teardown, then the object's memory (alloc_free).
 * Release (OBJBASE_IUNKNOWN) calls it; so does objbase_unref().
 */
void objbase_destroy(struct objbase *b, const struct objclass *cls,
		     void *object);

/*
 * Drops a reference the library holds on an object itself (a view's
 * reference to its table, a delivery's pin), without the check Release
 * makes: the caller passed one already.  At the last reference the object
 * is destroyed (objbase_destroy).  Returns the count left.
 */
ULONG objbase_unref(struct objbase *b, const struct objclass *cls,
		    void *object);

/*
 * Defines prefix##_of() (the object of an interface pointer),
 * prefix##_base(), prefix##_QueryInterface, _AddRef, _Release and
 * _GetLastError for objects of struct type, whose first member is the
 * Iface and whose member base is their struct objbase; cls is the name of
 * their static const struct objclass (declared before the macro).  Every
 * COM object of the upper layers has these five and they never differ but
 * in these names.  OBJBASE_IUNKNOWN_ONLY defines all but _GetLastError,
 * for interfaces that have none (ITableData).
 */
#define OBJBASE_IUNKNOWN(prefix, Iface, type, cls)                             \
	OBJBASE_IUNKNOWN_ONLY(prefix, Iface, type, cls)                        \
	static HRESULT STDMETHODCALLTYPE prefix##_GetLastError(                \
	    Iface *This, HRESULT hResult, ULONG ulFlags,                       \
	    LPMAPIERROR *lppMAPIError)                                         \
	{                                                                      \
		return objbase_last_error(prefix##_base(This), cls.magic,      \
					  cls.name, hResult, ulFlags,          \
					  lppMAPIError);                       \
	}

#define OBJBASE_IUNKNOWN_ONLY(prefix, Iface, type, cls)                        \
	static inline type *prefix##_of(Iface *This)                           \
	{                                                                      \
		return (type *)(void *)This;                                   \
	}                                                                      \
	static struct objbase *prefix##_base(Iface *This)                      \
	{                                                                      \
		return This == NULL ? NULL : &((type *)(void *)This)->base;    \
	}                                                                      \
	static HRESULT STDMETHODCALLTYPE prefix##_QueryInterface(              \
	    Iface *This, REFIID riid, LPVOID *ppvObj)                          \
	{                                                                      \
		return objbase_query_interface(prefix##_base(This), cls.magic, \
					       cls.name, cls.iids, This, riid, \
					       ppvObj);                        \
	}                                                                      \
	static ULONG STDMETHODCALLTYPE prefix##_AddRef(Iface *This)            \
	{                                                                      \
		return objbase_addref(prefix##_base(This), cls.magic,          \
				      #Iface "::AddRef");                      \
	}                                                                      \
	static ULONG STDMETHODCALLTYPE prefix##_Release(Iface *This)           \
	{                                                                      \
		struct objbase *b_ = prefix##_base(This);                      \
		ULONG refs_ =                                                  \
		    objbase_release(b_, cls.magic, #Iface "::Release");        \
		if (refs_ == (ULONG)-1)                                        \
			return 0;                                              \
		if (refs_ == 0)                                                \
			objbase_destroy(b_, &cls, This);                       \
		return refs_;                                                  \
	}

/*
 * The first line of every other method of such an object: returns the
 * refusal from the method when the object may not be used.
 */
#define OBJBASE_ENTER(prefix, cls, This, what)                                 \
	do {                                                                   \
		HRESULT enter_hr_ =                                            \
		    objbase_enter(prefix##_base(This), cls.magic, what);       \
		if (enter_hr_ != S_OK)                                         \
			return enter_hr_;                                      \
	} while (0)

#endif
