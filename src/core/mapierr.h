/*
 * mapierr.h - names and messages of status codes, and the "last error"
 * that every MAPI object keeps for its GetLastError method.
 *
 * An object embeds a struct mapierr_last, records a message next to each
 * failing HRESULT it returns (mapierr_set), and answers GetLastError with
 * mapierr_get, which builds the MAPIERROR in a MAPIAllocateBuffer block in
 * the character width the caller asked for (MAPI_UNICODE or not).
 */
#ifndef MAPIX_CORE_MAPIERR_H
#define MAPIX_CORE_MAPIERR_H

#include <mapix.h>

/* "MAPI_E_NOT_FOUND" for a known code, NULL otherwise. */
const char *mapierr_name(HRESULT hr);
/* A short description of a known code, or "unknown status code". */
const char *mapierr_message(HRESULT hr);

/* Finds a code by name ("MAPI_E_NOT_FOUND", case-insensitive): 0 or -ENOENT. */
int mapierr_parse_name(const char *name, HRESULT *hr_r);

struct mapierr_last {
	HRESULT hr;
	char msg[200];
};

/*
 * Records hr with a printf-style message as the object's last error and
 * returns hr, so callers can write `return mapierr_set(&obj->err, hr, ...)`.
 * S_OK clears the record.
 */
HRESULT mapierr_set(struct mapierr_last *last, HRESULT hr, const char *fmt,
		    ...) __attribute__((format(printf, 3, 4)));

/*
 * GetLastError for an object: when hr equals the recorded code, a MAPIERROR
 * with the recorded message; for another failure code, a MAPIERROR with the
 * code's generic message; for a success code, S_OK and *lppMAPIError =
 * NULL.  component names the object kind ("IPropData").  Returns S_OK,
 * MAPI_E_INVALID_PARAMETER, MAPI_E_UNKNOWN_FLAGS (flags other than
 * MAPI_UNICODE) or MAPI_E_NOT_ENOUGH_MEMORY.
 */
HRESULT mapierr_get(const struct mapierr_last *last, HRESULT hr, ULONG flags,
		    const char *component, LPMAPIERROR *lppMAPIError);

#endif
