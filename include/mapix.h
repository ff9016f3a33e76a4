/*
 * mapix.h - the MAPI subsystem entry points: initialization, logon, memory
 * and profile administration, with the session and profile interfaces.
 *
 * Source-compatible with Windows Extended MAPI's header of the same name.
 * mapix's own additions (security contexts, tokens, the broker) are not here
 * but in mapixsec.h.
 */
#ifndef MAPIX_MAPIX_H
#define MAPIX_MAPIX_H

#include <mapidefs.h>
#include <mapicode.h>
#include <mapiguid.h>
#include <mapitags.h>

MAPIX_BEGIN_DECLS

/* MAPIInitialize */
typedef struct {
	ULONG ulVersion;
	ULONG ulFlags;
} MAPIINIT_0, FAR *LPMAPIINIT_0;
typedef MAPIINIT_0 MAPIINIT;
typedef MAPIINIT FAR *LPMAPIINIT;

#define MAPI_INIT_VERSION 0
#define MAPI_MULTITHREAD_NOTIFICATIONS 0x00000001
#define MAPI_TEMPORARY_PROFILES 0x00000004
#define MAPI_NO_COINIT 0x00000008

/* MAPILogonEx */
#define MAPI_LOGON_UI 0x00000001
#define MAPI_NEW_SESSION 0x00000002
#define MAPI_ALLOW_OTHERS 0x00000008
#define MAPI_EXPLICIT_PROFILE 0x00000010
#define MAPI_EXTENDED 0x00000020
#define MAPI_FORCE_DOWNLOAD 0x00001000
#define MAPI_SERVICE_UI_ALWAYS 0x00002000
#define MAPI_NO_MAIL 0x00008000
#define MAPI_PASSWORD_UI 0x00020000
#define MAPI_TIMEOUT_SHORT 0x00100000
#define MAPI_BG_SESSION 0x00200000
#define MAPI_SIMPLE_DEFAULT                                                    \
	(MAPI_LOGON_UI | MAPI_FORCE_DOWNLOAD | MAPI_ALLOW_OTHERS)
#define MAPI_SIMPLE_EXPLICIT                                                   \
	(MAPI_NEW_SESSION | MAPI_FORCE_DOWNLOAD | MAPI_EXPLICIT_PROFILE)

/* IMAPISession::Logoff */
#define MAPI_LOGOFF_SHARED 0x00000001
#define MAPI_LOGOFF_UI 0x00000002

/* IMAPISession::SetDefaultStore (values, not bits) */
#define MAPI_DEFAULT_STORE 0x00000001
#define MAPI_SIMPLE_STORE_TEMPORARY 0x00000002
#define MAPI_SIMPLE_STORE_PERMANENT 0x00000003
#define MAPI_PRIMARY_STORE 0x00000004
#define MAPI_SECONDARY_STORE 0x00000005

/* IMAPISession::ShowForm */
#define MAPI_POST_MESSAGE 0x00000001
#define MAPI_NEW_MESSAGE 0x00000002

/* IMsgStore / IMAPISession::OpenMsgStore */
#define MDB_NO_DIALOG ((ULONG)0x00000001)
#define MDB_WRITE ((ULONG)0x00000004)
#define MDB_TEMPORARY ((ULONG)0x00000020)
#define MDB_NO_MAIL ((ULONG)0x00000080)
#define MDB_ONLINE ((ULONG)0x00000100)

/* IProfAdmin */
#define MAPI_DEFAULT_SERVICES 0x00000001
#define MAPI_APP_PROFILE 0x00000004

/* PR_RESOURCE_FLAGS of message services. */
#define SERVICE_DEFAULT_STORE 0x00000001
#define SERVICE_SINGLE_COPY 0x00000002
#define SERVICE_CREATE_WITH_STORE 0x00000004
#define SERVICE_PRIMARY_IDENTITY 0x00000008
#define SERVICE_NO_PRIMARY_IDENTITY 0x00000020

/* Entry points. */
typedef HRESULT(STDAPICALLTYPE MAPIINITIALIZE)(LPVOID lpMapiInit);
typedef MAPIINITIALIZE FAR *LPMAPIINITIALIZE;
typedef void(STDAPICALLTYPE MAPIUNINITIALIZE)(void);
typedef MAPIUNINITIALIZE FAR *LPMAPIUNINITIALIZE;

STDAPI MAPIInitialize(LPVOID lpMapiInit);
STDAPI_(void) MAPIUninitialize(void);

STDAPI MAPILogonEx(ULONG_PTR ulUIParam, LPTSTR lpszProfileName,
		   LPTSTR lpszPassword, ULONG ulFlags,
		   LPMAPISESSION FAR *lppSession);
STDAPI MAPIAdminProfiles(ULONG ulFlags, LPPROFADMIN FAR *lppProfAdmin);

STDAPI_(SCODE) MAPIAllocateBuffer(ULONG cbSize, LPVOID FAR *lppBuffer);
STDAPI_(SCODE) MAPIAllocateMore(ULONG cbSize, LPVOID lpObject,
				LPVOID FAR *lppBuffer);
STDAPI_(ULONG) MAPIFreeBuffer(LPVOID lpBuffer);

STDAPI_(LPMALLOC) MAPIGetDefaultMalloc(void);

/* @generated-begin interfaces: do not edit; see scripts/mapigen.py */
/* @generated-end interfaces */

MAPIX_END_DECLS

#endif /* MAPIX_MAPIX_H */
