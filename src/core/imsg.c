/*
 * imsg.c - imessage.h's message sessions (OpenIMsgSession,
 * CloseIMsgSession) and MapStorageSCode.
 *
 * A session groups the messages opened with OpenIMsgOnIStg so that
 * closing it closes them.  mapix cannot open such messages yet (no
 * compound-file IStorage; nosupport.c), so a session stays empty, but it
 * is a real object: made, checked and freed, holding its allocator.
 */
#include <imessage.h>

#include "alloc.h"
#include "objhdr.h"

/*
 * OpenIMsgSession
 *
 * Makes a message session.
 *
 * PARAMS
 *  lpMalloc   [I] the allocator of the messages to come (AddRef'ed)
 *  ulFlags    [I] reserved, 0
 *  lppMsgSess [O] receives the session
 *
 * RETURNS
 *  S_OK; MAPI_E_INVALID_PARAMETER (NULL lpMalloc or lppMsgSess);
 *  MAPI_E_UNKNOWN_FLAGS; MAPI_E_NOT_ENOUGH_MEMORY.
 */
STDAPI_(SCODE)
OpenIMsgSession(LPMALLOC lpMalloc, ULONG ulFlags, LPMSGSESS *lppMsgSess)
{
	struct _MSGSESS *s;

	if (lppMsgSess != NULL)
		*lppMsgSess = NULL;
	if (lpMalloc == NULL || lpMalloc->lpVtbl == NULL || lppMsgSess == NULL)
		return objhdr_thread_seterr(MAPI_E_INVALID_PARAMETER,
					    "OpenIMsgSession: NULL argument");
	if (ulFlags != 0)
		return objhdr_thread_seterr(MAPI_E_UNKNOWN_FLAGS,
					    "OpenIMsgSession: flags are "
					    "reserved");
	s = alloc_calloc(1, sizeof(*s));
	if (s == NULL)
		return MAPI_E_NOT_ENOUGH_MEMORY;
	s->ulSignature = MSGSESS_SIGNATURE;
	s->lpMalloc = lpMalloc;
	lpMalloc->lpVtbl->AddRef(lpMalloc);
	*lppMsgSess = s;
	return S_OK;
}

/*
 * CloseIMsgSession
 *
 * Closes a message session and the messages opened in it.
 *
 * NOTES
 *  NULL and what is not an open session are ignored.
 */
STDAPI_(void) CloseIMsgSession(LPMSGSESS lpMsgSess)
{
	if (lpMsgSess == NULL || lpMsgSess->ulSignature != MSGSESS_SIGNATURE)
		return;
	lpMsgSess->ulSignature = 0;
	lpMsgSess->lpMalloc->lpVtbl->Release(lpMsgSess->lpMalloc);
	alloc_free(lpMsgSess);
}

/*
 * MapStorageSCode
 *
 * Maps a structured-storage error to the MAPI error that means the same.
 *
 * RETURNS
 *  S_OK for S_OK; MAPI_E_NOT_ENOUGH_MEMORY, MAPI_E_NO_ACCESS,
 *  MAPI_E_NOT_FOUND, MAPI_E_NOT_ENOUGH_DISK, MAPI_E_INVALID_PARAMETER,
 *  MAPI_E_NO_SUPPORT, MAPI_E_COLLISION, MAPI_E_OBJECT_CHANGED (a reverted
 *  storage) for the STG_E_* codes that mean these; the code itself for
 *  other MAPI codes; MAPI_E_CALL_FAILED for other failures and the
 *  success code itself for other successes.
 */
STDAPI_(SCODE) MapStorageSCode(SCODE StgSCode)
{
	switch (StgSCode) {
	case S_OK:
		return S_OK;
	case STG_E_INSUFFICIENTMEMORY:
	case E_OUTOFMEMORY:
		return MAPI_E_NOT_ENOUGH_MEMORY;
	case STG_E_ACCESSDENIED:
	case STG_E_SHAREVIOLATION:
	case STG_E_LOCKVIOLATION:
		return MAPI_E_NO_ACCESS;
	case STG_E_FILENOTFOUND:
	case STG_E_PATHNOTFOUND:
		return MAPI_E_NOT_FOUND;
	case STG_E_MEDIUMFULL:
		return MAPI_E_NOT_ENOUGH_DISK;
	case STG_E_INVALIDPOINTER:
	case STG_E_INVALIDPARAMETER:
	case E_INVALIDARG:
		return MAPI_E_INVALID_PARAMETER;
	case STG_E_INVALIDFUNCTION:
		return MAPI_E_NO_SUPPORT;
	case STG_E_FILEALREADYEXISTS:
		return MAPI_E_COLLISION;
	case STG_E_REVERTED:
		return MAPI_E_OBJECT_CHANGED;
	default:
		break;
	}
	if (SCODE_FACILITY(StgSCode) == FACILITY_ITF)
		return StgSCode;
	return FAILED(StgSCode) ? MAPI_E_CALL_FAILED : StgSCode;
}
