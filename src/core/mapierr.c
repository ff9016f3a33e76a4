/*
 * mapierr.c - status code names and messages, and the per-object "last
 * error" behind every GetLastError method.
 */
#include "mapierr.h"

#include <errno.h>
#include <stdarg.h>
#include <stdio.h>
#include <string.h>
#include <strings.h>

#include "alloc.h"
#include "ustring.h"

#include "errname_table.c"

static const struct errname_entry *errname_find(HRESULT hr)
{
	size_t i;

	for (i = 0; i < sizeof(errname_table) / sizeof(errname_table[0]); i++) {
		if (errname_table[i].hr == hr)
			return &errname_table[i];
	}
	return NULL;
}

const char *mapierr_name(HRESULT hr)
{
	const struct errname_entry *e;

	if (hr == S_OK)
		return "S_OK";
	e = errname_find(hr);
	return e != NULL ? e->name : NULL;
}

const char *mapierr_message(HRESULT hr)
{
	const struct errname_entry *e;

	if (hr == S_OK)
		return "success";
	e = errname_find(hr);
	return e != NULL ? e->msg : "unknown status code";
}

int mapierr_parse_name(const char *name, HRESULT *hr_r)
{
	size_t i;

	for (i = 0; i < sizeof(errname_table) / sizeof(errname_table[0]); i++) {
		if (strcasecmp(errname_table[i].name, name) == 0) {
			*hr_r = errname_table[i].hr;
			return 0;
		}
	}
	return -ENOENT;
}

HRESULT mapierr_set(struct mapierr_last *last, HRESULT hr, const char *fmt,
		    ...)
{
	va_list ap;

	last->hr = hr;
	if (hr == S_OK || fmt == NULL) {
		last->msg[0] = '\0';
		return hr;
	}
	va_start(ap, fmt);
	vsnprintf(last->msg, sizeof(last->msg), fmt, ap);
	va_end(ap);
	return hr;
}

/* Copies a UTF-8 string into the MAPIERROR's chain as char or WCHAR. */
static SCODE mapierr_string(const char *s, bool unicode, LPMAPIERROR root,
			    LPTSTR *out)
{
	LPVOID p;
	SCODE sc;

	if (!unicode) {
		size_t len = strlen(s) + 1;

		sc = MAPIAllocateMore((ULONG)len, root, &p);
		if (sc != S_OK)
			return sc;
		memcpy(p, s, len);
	} else {
		WCHAR *w = ustr_from_utf8(s);
		size_t bytes;

		if (w == NULL)
			return MAPI_E_NOT_ENOUGH_MEMORY;
		bytes = (ustr_wlen(w) + 1) * sizeof(WCHAR);
		sc = MAPIAllocateMore((ULONG)bytes, root, &p);
		if (sc == S_OK)
			memcpy(p, w, bytes);
		alloc_free(w);
		if (sc != S_OK)
			return sc;
	}
	*out = p;
	return S_OK;
}

HRESULT mapierr_get(const struct mapierr_last *last, HRESULT hr, ULONG flags,
		    const char *component, LPMAPIERROR *lppMAPIError)
{
	LPMAPIERROR err = NULL;
	bool unicode = (flags & MAPI_UNICODE) != 0;
	const char *msg;
	SCODE sc;

	if (lppMAPIError == NULL)
		return MAPI_E_INVALID_PARAMETER;
	*lppMAPIError = NULL;
	if (flags & ~MAPI_UNICODE)
		return MAPI_E_UNKNOWN_FLAGS;
	if (SUCCEEDED(hr))
		return S_OK;

	msg = (last != NULL && last->hr == hr && last->msg[0] != '\0')
		      ? last->msg
		      : mapierr_message(hr);
	sc = MAPIAllocateBuffer(sizeof(*err), (LPVOID *)&err);
	if (sc != S_OK)
		return sc;
	memset(err, 0, sizeof(*err));
	err->ulVersion = MAPI_ERROR_VERSION;
	err->ulLowLevelError = (ULONG)hr;
	sc = mapierr_string(msg, unicode, err, &err->lpszError);
	if (sc == S_OK)
		sc = mapierr_string(component, unicode, err,
				    &err->lpszComponent);
	if (sc != S_OK) {
		MAPIFreeBuffer(err);
		return sc;
	}
	*lppMAPIError = err;
	return S_OK;
}
