/*
 * objbase.c - the shared part of mapix's COM objects; see objbase.h.
 */
#include "objbase.h"

#include <stdarg.h>
#include <stdio.h>

#include "errmsg.h"

#include <mapiguid.h>

void objbase_init(struct objbase *b, uint32_t magic)
{
	objhdr_init(&b->hdr, magic);
	atomic_init(&b->refs, 1);
	pthread_mutex_init(&b->lock, NULL);
}

void objbase_fini(struct objbase *b)
{
	pthread_mutex_destroy(&b->lock);
	objhdr_fini(&b->hdr);
}

HRESULT objbase_fail(struct objbase *b, HRESULT hr, const char *fmt, ...)
{
	char msg[ERRMSG_SIZE];
	va_list args;

	va_start(args, fmt);
	vsnprintf(msg, sizeof(msg), fmt, args);
	va_end(args);
	pthread_mutex_lock(&b->lock);
	mapierr_set(&b->err, hr, "%s", msg);
	pthread_mutex_unlock(&b->lock);
	return hr;
}

HRESULT objbase_ok(struct objbase *b)
{
	pthread_mutex_lock(&b->lock);
	mapierr_set(&b->err, S_OK, NULL);
	pthread_mutex_unlock(&b->lock);
	return S_OK;
}

HRESULT objbase_last_error(struct objbase *b, uint32_t magic,
			   const char *component, HRESULT hResult,
			   ULONG ulFlags, LPMAPIERROR *lppMAPIError)
{
	HRESULT hr;

	if (objhdr_check(b == NULL ? NULL : &b->hdr, magic) != 0)
		return objhdr_last_error(hResult, ulFlags, component,
					 lppMAPIError);
	pthread_mutex_lock(&b->lock);
	hr = mapierr_get(&b->err, hResult, ulFlags, component, lppMAPIError);
	pthread_mutex_unlock(&b->lock);
	return hr;
}

ULONG objbase_addref(struct objbase *b, uint32_t magic, const char *what)
{
	if (objbase_enter(b, magic, what) != S_OK)
		return 0;
	return atomic_fetch_add(&b->refs, 1) + 1;
}

ULONG objbase_release(struct objbase *b, uint32_t magic, const char *what)
{
	int err = objhdr_check_release(b == NULL ? NULL : &b->hdr, magic);

	if (err < 0) {
		objhdr_refuse(b == NULL ? NULL : &b->hdr, err, what);
		return (ULONG)-1;
	}
	return atomic_fetch_sub(&b->refs, 1) - 1;
}

void objbase_destroy(struct objbase *b, const struct objclass *cls,
		     void *object)
{
	/* A dead object's instance is gone: destroy must not touch what
	 * belonged to it. */
	bool live = objhdr_check(&b->hdr, cls->magic) == 0;

	if (cls->destroy != NULL)
		cls->destroy(object, live);
	objbase_fini(b);
	alloc_free(object);
}

ULONG objbase_unref(struct objbase *b, const struct objclass *cls, void *object)
{
	ULONG refs = atomic_fetch_sub(&b->refs, 1) - 1;

	if (refs == 0)
		objbase_destroy(b, cls, object);
	return refs;
}

HRESULT objbase_query_interface(struct objbase *b, uint32_t magic,
				const char *name, const IID *const *iids,
				void *self, REFIID riid, LPVOID *ppv)
{
	char what[96];
	size_t i;
	HRESULT hr;

	snprintf(what, sizeof(what), "%s::QueryInterface", name);
	hr = objbase_enter(b, magic, what);
	if (hr != S_OK) {
		if (ppv != NULL)
			*ppv = NULL;
		return hr;
	}
	/* COM's rule: NULL in *ppv whenever the call fails. */
	if (ppv != NULL)
		*ppv = NULL;
	if (ppv == NULL || riid == NULL)
		return objbase_fail(b, MAPI_E_INVALID_PARAMETER,
				    "QueryInterface: NULL argument");
	for (i = 0; !IsEqualIID(riid, &IID_IUnknown) && iids != NULL &&
		    iids[i] != NULL && !IsEqualIID(riid, iids[i]);
	     i++)
		;
	if (!IsEqualIID(riid, &IID_IUnknown) &&
	    (iids == NULL || iids[i] == NULL))
		return objbase_fail(b, MAPI_E_INTERFACE_NOT_SUPPORTED,
				    "QueryInterface: %s has no such interface",
				    name);
	atomic_fetch_add(&b->refs, 1);
	*ppv = self;
	return S_OK;
}
