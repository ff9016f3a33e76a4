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

/* The entry points' types, for programs that look them up by name. */
typedef SCODE(STDMETHODCALLTYPE MAPIALLOCATEBUFFER)(ULONG cbSize,
						    LPVOID FAR *lppBuffer);
typedef SCODE(STDMETHODCALLTYPE MAPIALLOCATEMORE)(ULONG cbSize,
						  LPVOID lpObject,
						  LPVOID FAR *lppBuffer);
typedef ULONG(STDAPICALLTYPE MAPIFREEBUFFER)(LPVOID lpBuffer);
typedef MAPIALLOCATEBUFFER FAR *LPMAPIALLOCATEBUFFER;
typedef MAPIALLOCATEMORE FAR *LPMAPIALLOCATEMORE;
typedef MAPIFREEBUFFER FAR *LPMAPIFREEBUFFER;

typedef HRESULT(STDMETHODCALLTYPE MAPILOGONEX)(ULONG_PTR ulUIParam,
					       LPTSTR lpszProfileName,
					       LPTSTR lpszPassword,
					       ULONG ulFlags,
					       LPMAPISESSION FAR *lppSession);
typedef MAPILOGONEX FAR *LPMAPILOGONEX;

typedef HRESULT(STDMETHODCALLTYPE MAPIADMINPROFILES)(
	ULONG ulFlags, LPPROFADMIN FAR *lppProfAdmin);
typedef MAPIADMINPROFILES FAR *LPMAPIADMINPROFILES;

/* @generated-begin interfaces: do not edit; see scripts/mapigen.py */
/* clang-format off */
/* IMAPISession : IUnknown; IID_IMAPISession */
struct IMAPISessionVtbl {
	/* IUnknown */
	HRESULT (STDMETHODCALLTYPE *QueryInterface)(IMAPISession *This, REFIID riid, LPVOID *ppvObj);
	ULONG (STDMETHODCALLTYPE *AddRef)(IMAPISession *This);
	ULONG (STDMETHODCALLTYPE *Release)(IMAPISession *This);
	/* IMAPISession */
	HRESULT (STDMETHODCALLTYPE *GetLastError)(IMAPISession *This, HRESULT hResult, ULONG ulFlags, LPMAPIERROR *lppMAPIError);
	HRESULT (STDMETHODCALLTYPE *GetMsgStoresTable)(IMAPISession *This, ULONG ulFlags, LPMAPITABLE *lppTable);
	HRESULT (STDMETHODCALLTYPE *OpenMsgStore)(IMAPISession *This, ULONG_PTR ulUIParam, ULONG cbEntryID, LPENTRYID lpEntryID, LPCIID lpInterface, ULONG ulFlags, LPMDB *lppMDB);
	HRESULT (STDMETHODCALLTYPE *OpenAddressBook)(IMAPISession *This, ULONG_PTR ulUIParam, LPCIID lpInterface, ULONG ulFlags, LPADRBOOK *lppAdrBook);
	HRESULT (STDMETHODCALLTYPE *OpenProfileSection)(IMAPISession *This, LPMAPIUID lpUID, LPCIID lpInterface, ULONG ulFlags, LPPROFSECT *lppProfSect);
	HRESULT (STDMETHODCALLTYPE *GetStatusTable)(IMAPISession *This, ULONG ulFlags, LPMAPITABLE *lppTable);
	HRESULT (STDMETHODCALLTYPE *OpenEntry)(IMAPISession *This, ULONG cbEntryID, LPENTRYID lpEntryID, LPCIID lpInterface, ULONG ulFlags, ULONG *lpulObjType, LPUNKNOWN *lppUnk);
	HRESULT (STDMETHODCALLTYPE *CompareEntryIDs)(IMAPISession *This, ULONG cbEntryID1, LPENTRYID lpEntryID1, ULONG cbEntryID2, LPENTRYID lpEntryID2, ULONG ulFlags, ULONG *lpulResult);
	HRESULT (STDMETHODCALLTYPE *Advise)(IMAPISession *This, ULONG cbEntryID, LPENTRYID lpEntryID, ULONG ulEventMask, LPMAPIADVISESINK lpAdviseSink, ULONG_PTR *lpulConnection);
	HRESULT (STDMETHODCALLTYPE *Unadvise)(IMAPISession *This, ULONG_PTR ulConnection);
	HRESULT (STDMETHODCALLTYPE *MessageOptions)(IMAPISession *This, ULONG_PTR ulUIParam, ULONG ulFlags, LPTSTR lpszAdrType, LPMESSAGE lpMessage);
	HRESULT (STDMETHODCALLTYPE *QueryDefaultMessageOpt)(IMAPISession *This, LPTSTR lpszAdrType, ULONG ulFlags, ULONG *lpcValues, LPSPropValue *lppOptions);
	HRESULT (STDMETHODCALLTYPE *EnumAdrTypes)(IMAPISession *This, ULONG ulFlags, ULONG *lpcAdrTypes, LPTSTR **lpppszAdrTypes);
	HRESULT (STDMETHODCALLTYPE *QueryIdentity)(IMAPISession *This, ULONG *lpcbEntryID, LPENTRYID *lppEntryID);
	HRESULT (STDMETHODCALLTYPE *Logoff)(IMAPISession *This, ULONG_PTR ulUIParam, ULONG ulFlags, ULONG ulReserved);
	HRESULT (STDMETHODCALLTYPE *SetDefaultStore)(IMAPISession *This, ULONG ulFlags, ULONG cbEntryID, LPENTRYID lpEntryID);
	HRESULT (STDMETHODCALLTYPE *AdminServices)(IMAPISession *This, ULONG ulFlags, LPSERVICEADMIN *lppServiceAdmin);
	HRESULT (STDMETHODCALLTYPE *ShowForm)(IMAPISession *This, ULONG_PTR ulUIParam, LPMDB lpMsgStore, LPMAPIFOLDER lpParentFolder, LPCIID lpInterface, ULONG_PTR ulMessageToken, LPMESSAGE lpMessageSent, ULONG ulFlags, ULONG ulMessageStatus, ULONG ulMessageFlags, ULONG ulAccess, LPSTR lpszMessageClass);
	HRESULT (STDMETHODCALLTYPE *PrepareForm)(IMAPISession *This, LPCIID lpInterface, LPMESSAGE lpMessage, ULONG_PTR *lpulMessageToken);
};

struct IMAPISession {
	CONST_VTBL IMAPISessionVtbl *lpVtbl;
};

#if !defined(__cplusplus) || defined(CINTERFACE)
#define IMAPISession_QueryInterface(This, riid, ppvObj) ((This)->lpVtbl->QueryInterface((This), (riid), (ppvObj)))
#define IMAPISession_AddRef(This) ((This)->lpVtbl->AddRef((This)))
#define IMAPISession_Release(This) ((This)->lpVtbl->Release((This)))
#define IMAPISession_GetLastError(This, hResult, ulFlags, lppMAPIError) ((This)->lpVtbl->GetLastError((This), (hResult), (ulFlags), (lppMAPIError)))
#define IMAPISession_GetMsgStoresTable(This, ulFlags, lppTable) ((This)->lpVtbl->GetMsgStoresTable((This), (ulFlags), (lppTable)))
#define IMAPISession_OpenMsgStore(This, ulUIParam, cbEntryID, lpEntryID, lpInterface, ulFlags, lppMDB) ((This)->lpVtbl->OpenMsgStore((This), (ulUIParam), (cbEntryID), (lpEntryID), (lpInterface), (ulFlags), (lppMDB)))
#define IMAPISession_OpenAddressBook(This, ulUIParam, lpInterface, ulFlags, lppAdrBook) ((This)->lpVtbl->OpenAddressBook((This), (ulUIParam), (lpInterface), (ulFlags), (lppAdrBook)))
#define IMAPISession_OpenProfileSection(This, lpUID, lpInterface, ulFlags, lppProfSect) ((This)->lpVtbl->OpenProfileSection((This), (lpUID), (lpInterface), (ulFlags), (lppProfSect)))
#define IMAPISession_GetStatusTable(This, ulFlags, lppTable) ((This)->lpVtbl->GetStatusTable((This), (ulFlags), (lppTable)))
#define IMAPISession_OpenEntry(This, cbEntryID, lpEntryID, lpInterface, ulFlags, lpulObjType, lppUnk) ((This)->lpVtbl->OpenEntry((This), (cbEntryID), (lpEntryID), (lpInterface), (ulFlags), (lpulObjType), (lppUnk)))
#define IMAPISession_CompareEntryIDs(This, cbEntryID1, lpEntryID1, cbEntryID2, lpEntryID2, ulFlags, lpulResult) ((This)->lpVtbl->CompareEntryIDs((This), (cbEntryID1), (lpEntryID1), (cbEntryID2), (lpEntryID2), (ulFlags), (lpulResult)))
#define IMAPISession_Advise(This, cbEntryID, lpEntryID, ulEventMask, lpAdviseSink, lpulConnection) ((This)->lpVtbl->Advise((This), (cbEntryID), (lpEntryID), (ulEventMask), (lpAdviseSink), (lpulConnection)))
#define IMAPISession_Unadvise(This, ulConnection) ((This)->lpVtbl->Unadvise((This), (ulConnection)))
#define IMAPISession_MessageOptions(This, ulUIParam, ulFlags, lpszAdrType, lpMessage) ((This)->lpVtbl->MessageOptions((This), (ulUIParam), (ulFlags), (lpszAdrType), (lpMessage)))
#define IMAPISession_QueryDefaultMessageOpt(This, lpszAdrType, ulFlags, lpcValues, lppOptions) ((This)->lpVtbl->QueryDefaultMessageOpt((This), (lpszAdrType), (ulFlags), (lpcValues), (lppOptions)))
#define IMAPISession_EnumAdrTypes(This, ulFlags, lpcAdrTypes, lpppszAdrTypes) ((This)->lpVtbl->EnumAdrTypes((This), (ulFlags), (lpcAdrTypes), (lpppszAdrTypes)))
#define IMAPISession_QueryIdentity(This, lpcbEntryID, lppEntryID) ((This)->lpVtbl->QueryIdentity((This), (lpcbEntryID), (lppEntryID)))
#define IMAPISession_Logoff(This, ulUIParam, ulFlags, ulReserved) ((This)->lpVtbl->Logoff((This), (ulUIParam), (ulFlags), (ulReserved)))
#define IMAPISession_SetDefaultStore(This, ulFlags, cbEntryID, lpEntryID) ((This)->lpVtbl->SetDefaultStore((This), (ulFlags), (cbEntryID), (lpEntryID)))
#define IMAPISession_AdminServices(This, ulFlags, lppServiceAdmin) ((This)->lpVtbl->AdminServices((This), (ulFlags), (lppServiceAdmin)))
#define IMAPISession_ShowForm(This, ulUIParam, lpMsgStore, lpParentFolder, lpInterface, ulMessageToken, lpMessageSent, ulFlags, ulMessageStatus, ulMessageFlags, ulAccess, lpszMessageClass) ((This)->lpVtbl->ShowForm((This), (ulUIParam), (lpMsgStore), (lpParentFolder), (lpInterface), (ulMessageToken), (lpMessageSent), (ulFlags), (ulMessageStatus), (ulMessageFlags), (ulAccess), (lpszMessageClass)))
#define IMAPISession_PrepareForm(This, lpInterface, lpMessage, lpulMessageToken) ((This)->lpVtbl->PrepareForm((This), (lpInterface), (lpMessage), (lpulMessageToken)))
#endif

#define MAPI_IMAPISESSION_METHODS(IPURE) \
	MAPIMETHOD(GetLastError)(THIS_ HRESULT hResult, ULONG ulFlags, LPMAPIERROR *lppMAPIError) IPURE; \
	MAPIMETHOD(GetMsgStoresTable)(THIS_ ULONG ulFlags, LPMAPITABLE *lppTable) IPURE; \
	MAPIMETHOD(OpenMsgStore)(THIS_ ULONG_PTR ulUIParam, ULONG cbEntryID, LPENTRYID lpEntryID, LPCIID lpInterface, ULONG ulFlags, LPMDB *lppMDB) IPURE; \
	MAPIMETHOD(OpenAddressBook)(THIS_ ULONG_PTR ulUIParam, LPCIID lpInterface, ULONG ulFlags, LPADRBOOK *lppAdrBook) IPURE; \
	MAPIMETHOD(OpenProfileSection)(THIS_ LPMAPIUID lpUID, LPCIID lpInterface, ULONG ulFlags, LPPROFSECT *lppProfSect) IPURE; \
	MAPIMETHOD(GetStatusTable)(THIS_ ULONG ulFlags, LPMAPITABLE *lppTable) IPURE; \
	MAPIMETHOD(OpenEntry)(THIS_ ULONG cbEntryID, LPENTRYID lpEntryID, LPCIID lpInterface, ULONG ulFlags, ULONG *lpulObjType, LPUNKNOWN *lppUnk) IPURE; \
	MAPIMETHOD(CompareEntryIDs)(THIS_ ULONG cbEntryID1, LPENTRYID lpEntryID1, ULONG cbEntryID2, LPENTRYID lpEntryID2, ULONG ulFlags, ULONG *lpulResult) IPURE; \
	MAPIMETHOD(Advise)(THIS_ ULONG cbEntryID, LPENTRYID lpEntryID, ULONG ulEventMask, LPMAPIADVISESINK lpAdviseSink, ULONG_PTR *lpulConnection) IPURE; \
	MAPIMETHOD(Unadvise)(THIS_ ULONG_PTR ulConnection) IPURE; \
	MAPIMETHOD(MessageOptions)(THIS_ ULONG_PTR ulUIParam, ULONG ulFlags, LPTSTR lpszAdrType, LPMESSAGE lpMessage) IPURE; \
	MAPIMETHOD(QueryDefaultMessageOpt)(THIS_ LPTSTR lpszAdrType, ULONG ulFlags, ULONG *lpcValues, LPSPropValue *lppOptions) IPURE; \
	MAPIMETHOD(EnumAdrTypes)(THIS_ ULONG ulFlags, ULONG *lpcAdrTypes, LPTSTR **lpppszAdrTypes) IPURE; \
	MAPIMETHOD(QueryIdentity)(THIS_ ULONG *lpcbEntryID, LPENTRYID *lppEntryID) IPURE; \
	MAPIMETHOD(Logoff)(THIS_ ULONG_PTR ulUIParam, ULONG ulFlags, ULONG ulReserved) IPURE; \
	MAPIMETHOD(SetDefaultStore)(THIS_ ULONG ulFlags, ULONG cbEntryID, LPENTRYID lpEntryID) IPURE; \
	MAPIMETHOD(AdminServices)(THIS_ ULONG ulFlags, LPSERVICEADMIN *lppServiceAdmin) IPURE; \
	MAPIMETHOD(ShowForm)(THIS_ ULONG_PTR ulUIParam, LPMDB lpMsgStore, LPMAPIFOLDER lpParentFolder, LPCIID lpInterface, ULONG_PTR ulMessageToken, LPMESSAGE lpMessageSent, ULONG ulFlags, ULONG ulMessageStatus, ULONG ulMessageFlags, ULONG ulAccess, LPSTR lpszMessageClass) IPURE; \
	MAPIMETHOD(PrepareForm)(THIS_ LPCIID lpInterface, LPMESSAGE lpMessage, ULONG_PTR *lpulMessageToken) IPURE;

/* IProfAdmin : IUnknown; IID_IProfAdmin */
struct IProfAdminVtbl {
	/* IUnknown */
	HRESULT (STDMETHODCALLTYPE *QueryInterface)(IProfAdmin *This, REFIID riid, LPVOID *ppvObj);
	ULONG (STDMETHODCALLTYPE *AddRef)(IProfAdmin *This);
	ULONG (STDMETHODCALLTYPE *Release)(IProfAdmin *This);
	/* IProfAdmin */
	HRESULT (STDMETHODCALLTYPE *GetLastError)(IProfAdmin *This, HRESULT hResult, ULONG ulFlags, LPMAPIERROR *lppMAPIError);
	HRESULT (STDMETHODCALLTYPE *GetProfileTable)(IProfAdmin *This, ULONG ulFlags, LPMAPITABLE *lppTable);
	HRESULT (STDMETHODCALLTYPE *CreateProfile)(IProfAdmin *This, LPTSTR lpszProfileName, LPTSTR lpszPassword, ULONG_PTR ulUIParam, ULONG ulFlags);
	HRESULT (STDMETHODCALLTYPE *DeleteProfile)(IProfAdmin *This, LPTSTR lpszProfileName, ULONG ulFlags);
	HRESULT (STDMETHODCALLTYPE *ChangeProfilePassword)(IProfAdmin *This, LPTSTR lpszProfileName, LPTSTR lpszOldPassword, LPTSTR lpszNewPassword, ULONG ulFlags);
	HRESULT (STDMETHODCALLTYPE *CopyProfile)(IProfAdmin *This, LPTSTR lpszOldProfileName, LPTSTR lpszOldPassword, LPTSTR lpszNewProfileName, ULONG_PTR ulUIParam, ULONG ulFlags);
	HRESULT (STDMETHODCALLTYPE *RenameProfile)(IProfAdmin *This, LPTSTR lpszOldProfileName, LPTSTR lpszOldPassword, LPTSTR lpszNewProfileName, ULONG_PTR ulUIParam, ULONG ulFlags);
	HRESULT (STDMETHODCALLTYPE *SetDefaultProfile)(IProfAdmin *This, LPTSTR lpszProfileName, ULONG ulFlags);
	HRESULT (STDMETHODCALLTYPE *AdminServices)(IProfAdmin *This, LPTSTR lpszProfileName, LPTSTR lpszPassword, ULONG_PTR ulUIParam, ULONG ulFlags, LPSERVICEADMIN *lppServiceAdmin);
};

struct IProfAdmin {
	CONST_VTBL IProfAdminVtbl *lpVtbl;
};

#if !defined(__cplusplus) || defined(CINTERFACE)
#define IProfAdmin_QueryInterface(This, riid, ppvObj) ((This)->lpVtbl->QueryInterface((This), (riid), (ppvObj)))
#define IProfAdmin_AddRef(This) ((This)->lpVtbl->AddRef((This)))
#define IProfAdmin_Release(This) ((This)->lpVtbl->Release((This)))
#define IProfAdmin_GetLastError(This, hResult, ulFlags, lppMAPIError) ((This)->lpVtbl->GetLastError((This), (hResult), (ulFlags), (lppMAPIError)))
#define IProfAdmin_GetProfileTable(This, ulFlags, lppTable) ((This)->lpVtbl->GetProfileTable((This), (ulFlags), (lppTable)))
#define IProfAdmin_CreateProfile(This, lpszProfileName, lpszPassword, ulUIParam, ulFlags) ((This)->lpVtbl->CreateProfile((This), (lpszProfileName), (lpszPassword), (ulUIParam), (ulFlags)))
#define IProfAdmin_DeleteProfile(This, lpszProfileName, ulFlags) ((This)->lpVtbl->DeleteProfile((This), (lpszProfileName), (ulFlags)))
#define IProfAdmin_ChangeProfilePassword(This, lpszProfileName, lpszOldPassword, lpszNewPassword, ulFlags) ((This)->lpVtbl->ChangeProfilePassword((This), (lpszProfileName), (lpszOldPassword), (lpszNewPassword), (ulFlags)))
#define IProfAdmin_CopyProfile(This, lpszOldProfileName, lpszOldPassword, lpszNewProfileName, ulUIParam, ulFlags) ((This)->lpVtbl->CopyProfile((This), (lpszOldProfileName), (lpszOldPassword), (lpszNewProfileName), (ulUIParam), (ulFlags)))
#define IProfAdmin_RenameProfile(This, lpszOldProfileName, lpszOldPassword, lpszNewProfileName, ulUIParam, ulFlags) ((This)->lpVtbl->RenameProfile((This), (lpszOldProfileName), (lpszOldPassword), (lpszNewProfileName), (ulUIParam), (ulFlags)))
#define IProfAdmin_SetDefaultProfile(This, lpszProfileName, ulFlags) ((This)->lpVtbl->SetDefaultProfile((This), (lpszProfileName), (ulFlags)))
#define IProfAdmin_AdminServices(This, lpszProfileName, lpszPassword, ulUIParam, ulFlags, lppServiceAdmin) ((This)->lpVtbl->AdminServices((This), (lpszProfileName), (lpszPassword), (ulUIParam), (ulFlags), (lppServiceAdmin)))
#endif

#define MAPI_IPROFADMIN_METHODS(IPURE) \
	MAPIMETHOD(GetLastError)(THIS_ HRESULT hResult, ULONG ulFlags, LPMAPIERROR *lppMAPIError) IPURE; \
	MAPIMETHOD(GetProfileTable)(THIS_ ULONG ulFlags, LPMAPITABLE *lppTable) IPURE; \
	MAPIMETHOD(CreateProfile)(THIS_ LPTSTR lpszProfileName, LPTSTR lpszPassword, ULONG_PTR ulUIParam, ULONG ulFlags) IPURE; \
	MAPIMETHOD(DeleteProfile)(THIS_ LPTSTR lpszProfileName, ULONG ulFlags) IPURE; \
	MAPIMETHOD(ChangeProfilePassword)(THIS_ LPTSTR lpszProfileName, LPTSTR lpszOldPassword, LPTSTR lpszNewPassword, ULONG ulFlags) IPURE; \
	MAPIMETHOD(CopyProfile)(THIS_ LPTSTR lpszOldProfileName, LPTSTR lpszOldPassword, LPTSTR lpszNewProfileName, ULONG_PTR ulUIParam, ULONG ulFlags) IPURE; \
	MAPIMETHOD(RenameProfile)(THIS_ LPTSTR lpszOldProfileName, LPTSTR lpszOldPassword, LPTSTR lpszNewProfileName, ULONG_PTR ulUIParam, ULONG ulFlags) IPURE; \
	MAPIMETHOD(SetDefaultProfile)(THIS_ LPTSTR lpszProfileName, ULONG ulFlags) IPURE; \
	MAPIMETHOD(AdminServices)(THIS_ LPTSTR lpszProfileName, LPTSTR lpszPassword, ULONG_PTR ulUIParam, ULONG ulFlags, LPSERVICEADMIN *lppServiceAdmin) IPURE;

/* IMsgServiceAdmin : IUnknown; IID_IMsgServiceAdmin */
struct IMsgServiceAdminVtbl {
	/* IUnknown */
	HRESULT (STDMETHODCALLTYPE *QueryInterface)(IMsgServiceAdmin *This, REFIID riid, LPVOID *ppvObj);
	ULONG (STDMETHODCALLTYPE *AddRef)(IMsgServiceAdmin *This);
	ULONG (STDMETHODCALLTYPE *Release)(IMsgServiceAdmin *This);
	/* IMsgServiceAdmin */
	HRESULT (STDMETHODCALLTYPE *GetLastError)(IMsgServiceAdmin *This, HRESULT hResult, ULONG ulFlags, LPMAPIERROR *lppMAPIError);
	HRESULT (STDMETHODCALLTYPE *GetMsgServiceTable)(IMsgServiceAdmin *This, ULONG ulFlags, LPMAPITABLE *lppTable);
	HRESULT (STDMETHODCALLTYPE *CreateMsgService)(IMsgServiceAdmin *This, LPTSTR lpszService, LPTSTR lpszDisplayName, ULONG_PTR ulUIParam, ULONG ulFlags);
	HRESULT (STDMETHODCALLTYPE *DeleteMsgService)(IMsgServiceAdmin *This, LPMAPIUID lpUID);
	HRESULT (STDMETHODCALLTYPE *CopyMsgService)(IMsgServiceAdmin *This, LPMAPIUID lpUID, LPTSTR lpszDisplayName, LPCIID lpInterfaceToCopy, LPCIID lpInterfaceDst, LPVOID lpObjectDst, ULONG_PTR ulUIParam, ULONG ulFlags);
	HRESULT (STDMETHODCALLTYPE *RenameMsgService)(IMsgServiceAdmin *This, LPMAPIUID lpUID, ULONG ulFlags, LPTSTR lpszDisplayName);
	HRESULT (STDMETHODCALLTYPE *ConfigureMsgService)(IMsgServiceAdmin *This, LPMAPIUID lpUID, ULONG_PTR ulUIParam, ULONG ulFlags, ULONG cValues, LPSPropValue lpProps);
	HRESULT (STDMETHODCALLTYPE *OpenProfileSection)(IMsgServiceAdmin *This, LPMAPIUID lpUID, LPCIID lpInterface, ULONG ulFlags, LPPROFSECT *lppProfSect);
	HRESULT (STDMETHODCALLTYPE *MsgServiceTransportOrder)(IMsgServiceAdmin *This, ULONG cUID, LPMAPIUID lpUIDList, ULONG ulFlags);
	HRESULT (STDMETHODCALLTYPE *AdminProviders)(IMsgServiceAdmin *This, LPMAPIUID lpUID, ULONG ulFlags, LPPROVIDERADMIN *lppProviderAdmin);
	HRESULT (STDMETHODCALLTYPE *SetPrimaryIdentity)(IMsgServiceAdmin *This, LPMAPIUID lpUID, ULONG ulFlags);
	HRESULT (STDMETHODCALLTYPE *GetProviderTable)(IMsgServiceAdmin *This, ULONG ulFlags, LPMAPITABLE *lppTable);
};

struct IMsgServiceAdmin {
	CONST_VTBL IMsgServiceAdminVtbl *lpVtbl;
};

#if !defined(__cplusplus) || defined(CINTERFACE)
#define IMsgServiceAdmin_QueryInterface(This, riid, ppvObj) ((This)->lpVtbl->QueryInterface((This), (riid), (ppvObj)))
#define IMsgServiceAdmin_AddRef(This) ((This)->lpVtbl->AddRef((This)))
#define IMsgServiceAdmin_Release(This) ((This)->lpVtbl->Release((This)))
#define IMsgServiceAdmin_GetLastError(This, hResult, ulFlags, lppMAPIError) ((This)->lpVtbl->GetLastError((This), (hResult), (ulFlags), (lppMAPIError)))
#define IMsgServiceAdmin_GetMsgServiceTable(This, ulFlags, lppTable) ((This)->lpVtbl->GetMsgServiceTable((This), (ulFlags), (lppTable)))
#define IMsgServiceAdmin_CreateMsgService(This, lpszService, lpszDisplayName, ulUIParam, ulFlags) ((This)->lpVtbl->CreateMsgService((This), (lpszService), (lpszDisplayName), (ulUIParam), (ulFlags)))
#define IMsgServiceAdmin_DeleteMsgService(This, lpUID) ((This)->lpVtbl->DeleteMsgService((This), (lpUID)))
#define IMsgServiceAdmin_CopyMsgService(This, lpUID, lpszDisplayName, lpInterfaceToCopy, lpInterfaceDst, lpObjectDst, ulUIParam, ulFlags) ((This)->lpVtbl->CopyMsgService((This), (lpUID), (lpszDisplayName), (lpInterfaceToCopy), (lpInterfaceDst), (lpObjectDst), (ulUIParam), (ulFlags)))
#define IMsgServiceAdmin_RenameMsgService(This, lpUID, ulFlags, lpszDisplayName) ((This)->lpVtbl->RenameMsgService((This), (lpUID), (ulFlags), (lpszDisplayName)))
#define IMsgServiceAdmin_ConfigureMsgService(This, lpUID, ulUIParam, ulFlags, cValues, lpProps) ((This)->lpVtbl->ConfigureMsgService((This), (lpUID), (ulUIParam), (ulFlags), (cValues), (lpProps)))
#define IMsgServiceAdmin_OpenProfileSection(This, lpUID, lpInterface, ulFlags, lppProfSect) ((This)->lpVtbl->OpenProfileSection((This), (lpUID), (lpInterface), (ulFlags), (lppProfSect)))
#define IMsgServiceAdmin_MsgServiceTransportOrder(This, cUID, lpUIDList, ulFlags) ((This)->lpVtbl->MsgServiceTransportOrder((This), (cUID), (lpUIDList), (ulFlags)))
#define IMsgServiceAdmin_AdminProviders(This, lpUID, ulFlags, lppProviderAdmin) ((This)->lpVtbl->AdminProviders((This), (lpUID), (ulFlags), (lppProviderAdmin)))
#define IMsgServiceAdmin_SetPrimaryIdentity(This, lpUID, ulFlags) ((This)->lpVtbl->SetPrimaryIdentity((This), (lpUID), (ulFlags)))
#define IMsgServiceAdmin_GetProviderTable(This, ulFlags, lppTable) ((This)->lpVtbl->GetProviderTable((This), (ulFlags), (lppTable)))
#endif

#define MAPI_IMSGSERVICEADMIN_METHODS(IPURE) \
	MAPIMETHOD(GetLastError)(THIS_ HRESULT hResult, ULONG ulFlags, LPMAPIERROR *lppMAPIError) IPURE; \
	MAPIMETHOD(GetMsgServiceTable)(THIS_ ULONG ulFlags, LPMAPITABLE *lppTable) IPURE; \
	MAPIMETHOD(CreateMsgService)(THIS_ LPTSTR lpszService, LPTSTR lpszDisplayName, ULONG_PTR ulUIParam, ULONG ulFlags) IPURE; \
	MAPIMETHOD(DeleteMsgService)(THIS_ LPMAPIUID lpUID) IPURE; \
	MAPIMETHOD(CopyMsgService)(THIS_ LPMAPIUID lpUID, LPTSTR lpszDisplayName, LPCIID lpInterfaceToCopy, LPCIID lpInterfaceDst, LPVOID lpObjectDst, ULONG_PTR ulUIParam, ULONG ulFlags) IPURE; \
	MAPIMETHOD(RenameMsgService)(THIS_ LPMAPIUID lpUID, ULONG ulFlags, LPTSTR lpszDisplayName) IPURE; \
	MAPIMETHOD(ConfigureMsgService)(THIS_ LPMAPIUID lpUID, ULONG_PTR ulUIParam, ULONG ulFlags, ULONG cValues, LPSPropValue lpProps) IPURE; \
	MAPIMETHOD(OpenProfileSection)(THIS_ LPMAPIUID lpUID, LPCIID lpInterface, ULONG ulFlags, LPPROFSECT *lppProfSect) IPURE; \
	MAPIMETHOD(MsgServiceTransportOrder)(THIS_ ULONG cUID, LPMAPIUID lpUIDList, ULONG ulFlags) IPURE; \
	MAPIMETHOD(AdminProviders)(THIS_ LPMAPIUID lpUID, ULONG ulFlags, LPPROVIDERADMIN *lppProviderAdmin) IPURE; \
	MAPIMETHOD(SetPrimaryIdentity)(THIS_ LPMAPIUID lpUID, ULONG ulFlags) IPURE; \
	MAPIMETHOD(GetProviderTable)(THIS_ ULONG ulFlags, LPMAPITABLE *lppTable) IPURE;

/* IMsgServiceAdmin2 : IMsgServiceAdmin; IID_IMsgServiceAdmin2 */
struct IMsgServiceAdmin2Vtbl {
	/* IUnknown */
	HRESULT (STDMETHODCALLTYPE *QueryInterface)(IMsgServiceAdmin2 *This, REFIID riid, LPVOID *ppvObj);
	ULONG (STDMETHODCALLTYPE *AddRef)(IMsgServiceAdmin2 *This);
	ULONG (STDMETHODCALLTYPE *Release)(IMsgServiceAdmin2 *This);
	/* IMsgServiceAdmin */
	HRESULT (STDMETHODCALLTYPE *GetLastError)(IMsgServiceAdmin2 *This, HRESULT hResult, ULONG ulFlags, LPMAPIERROR *lppMAPIError);
	HRESULT (STDMETHODCALLTYPE *GetMsgServiceTable)(IMsgServiceAdmin2 *This, ULONG ulFlags, LPMAPITABLE *lppTable);
	HRESULT (STDMETHODCALLTYPE *CreateMsgService)(IMsgServiceAdmin2 *This, LPTSTR lpszService, LPTSTR lpszDisplayName, ULONG_PTR ulUIParam, ULONG ulFlags);
	HRESULT (STDMETHODCALLTYPE *DeleteMsgService)(IMsgServiceAdmin2 *This, LPMAPIUID lpUID);
	HRESULT (STDMETHODCALLTYPE *CopyMsgService)(IMsgServiceAdmin2 *This, LPMAPIUID lpUID, LPTSTR lpszDisplayName, LPCIID lpInterfaceToCopy, LPCIID lpInterfaceDst, LPVOID lpObjectDst, ULONG_PTR ulUIParam, ULONG ulFlags);
	HRESULT (STDMETHODCALLTYPE *RenameMsgService)(IMsgServiceAdmin2 *This, LPMAPIUID lpUID, ULONG ulFlags, LPTSTR lpszDisplayName);
	HRESULT (STDMETHODCALLTYPE *ConfigureMsgService)(IMsgServiceAdmin2 *This, LPMAPIUID lpUID, ULONG_PTR ulUIParam, ULONG ulFlags, ULONG cValues, LPSPropValue lpProps);
	HRESULT (STDMETHODCALLTYPE *OpenProfileSection)(IMsgServiceAdmin2 *This, LPMAPIUID lpUID, LPCIID lpInterface, ULONG ulFlags, LPPROFSECT *lppProfSect);
	HRESULT (STDMETHODCALLTYPE *MsgServiceTransportOrder)(IMsgServiceAdmin2 *This, ULONG cUID, LPMAPIUID lpUIDList, ULONG ulFlags);
	HRESULT (STDMETHODCALLTYPE *AdminProviders)(IMsgServiceAdmin2 *This, LPMAPIUID lpUID, ULONG ulFlags, LPPROVIDERADMIN *lppProviderAdmin);
	HRESULT (STDMETHODCALLTYPE *SetPrimaryIdentity)(IMsgServiceAdmin2 *This, LPMAPIUID lpUID, ULONG ulFlags);
	HRESULT (STDMETHODCALLTYPE *GetProviderTable)(IMsgServiceAdmin2 *This, ULONG ulFlags, LPMAPITABLE *lppTable);
	/* IMsgServiceAdmin2 */
	HRESULT (STDMETHODCALLTYPE *CreateMsgServiceEx)(IMsgServiceAdmin2 *This, LPTSTR lpszService, LPTSTR lpszDisplayName, ULONG_PTR ulUIParam, ULONG ulFlags, LPMAPIUID lpuidService);
};

struct IMsgServiceAdmin2 {
	CONST_VTBL IMsgServiceAdmin2Vtbl *lpVtbl;
};

#if !defined(__cplusplus) || defined(CINTERFACE)
#define IMsgServiceAdmin2_QueryInterface(This, riid, ppvObj) ((This)->lpVtbl->QueryInterface((This), (riid), (ppvObj)))
#define IMsgServiceAdmin2_AddRef(This) ((This)->lpVtbl->AddRef((This)))
#define IMsgServiceAdmin2_Release(This) ((This)->lpVtbl->Release((This)))
#define IMsgServiceAdmin2_GetLastError(This, hResult, ulFlags, lppMAPIError) ((This)->lpVtbl->GetLastError((This), (hResult), (ulFlags), (lppMAPIError)))
#define IMsgServiceAdmin2_GetMsgServiceTable(This, ulFlags, lppTable) ((This)->lpVtbl->GetMsgServiceTable((This), (ulFlags), (lppTable)))
#define IMsgServiceAdmin2_CreateMsgService(This, lpszService, lpszDisplayName, ulUIParam, ulFlags) ((This)->lpVtbl->CreateMsgService((This), (lpszService), (lpszDisplayName), (ulUIParam), (ulFlags)))
#define IMsgServiceAdmin2_DeleteMsgService(This, lpUID) ((This)->lpVtbl->DeleteMsgService((This), (lpUID)))
#define IMsgServiceAdmin2_CopyMsgService(This, lpUID, lpszDisplayName, lpInterfaceToCopy, lpInterfaceDst, lpObjectDst, ulUIParam, ulFlags) ((This)->lpVtbl->CopyMsgService((This), (lpUID), (lpszDisplayName), (lpInterfaceToCopy), (lpInterfaceDst), (lpObjectDst), (ulUIParam), (ulFlags)))
#define IMsgServiceAdmin2_RenameMsgService(This, lpUID, ulFlags, lpszDisplayName) ((This)->lpVtbl->RenameMsgService((This), (lpUID), (ulFlags), (lpszDisplayName)))
#define IMsgServiceAdmin2_ConfigureMsgService(This, lpUID, ulUIParam, ulFlags, cValues, lpProps) ((This)->lpVtbl->ConfigureMsgService((This), (lpUID), (ulUIParam), (ulFlags), (cValues), (lpProps)))
#define IMsgServiceAdmin2_OpenProfileSection(This, lpUID, lpInterface, ulFlags, lppProfSect) ((This)->lpVtbl->OpenProfileSection((This), (lpUID), (lpInterface), (ulFlags), (lppProfSect)))
#define IMsgServiceAdmin2_MsgServiceTransportOrder(This, cUID, lpUIDList, ulFlags) ((This)->lpVtbl->MsgServiceTransportOrder((This), (cUID), (lpUIDList), (ulFlags)))
#define IMsgServiceAdmin2_AdminProviders(This, lpUID, ulFlags, lppProviderAdmin) ((This)->lpVtbl->AdminProviders((This), (lpUID), (ulFlags), (lppProviderAdmin)))
#define IMsgServiceAdmin2_SetPrimaryIdentity(This, lpUID, ulFlags) ((This)->lpVtbl->SetPrimaryIdentity((This), (lpUID), (ulFlags)))
#define IMsgServiceAdmin2_GetProviderTable(This, ulFlags, lppTable) ((This)->lpVtbl->GetProviderTable((This), (ulFlags), (lppTable)))
#define IMsgServiceAdmin2_CreateMsgServiceEx(This, lpszService, lpszDisplayName, ulUIParam, ulFlags, lpuidService) ((This)->lpVtbl->CreateMsgServiceEx((This), (lpszService), (lpszDisplayName), (ulUIParam), (ulFlags), (lpuidService)))
#endif

#define MAPI_IMSGSERVICEADMIN_METHODS2(IPURE) \
	MAPIMETHOD(CreateMsgServiceEx)(THIS_ LPTSTR lpszService, LPTSTR lpszDisplayName, ULONG_PTR ulUIParam, ULONG ulFlags, LPMAPIUID lpuidService) IPURE;

/* IProviderAdmin : IUnknown; IID_IProviderAdmin */
struct IProviderAdminVtbl {
	/* IUnknown */
	HRESULT (STDMETHODCALLTYPE *QueryInterface)(IProviderAdmin *This, REFIID riid, LPVOID *ppvObj);
	ULONG (STDMETHODCALLTYPE *AddRef)(IProviderAdmin *This);
	ULONG (STDMETHODCALLTYPE *Release)(IProviderAdmin *This);
	/* IProviderAdmin */
	HRESULT (STDMETHODCALLTYPE *GetLastError)(IProviderAdmin *This, HRESULT hResult, ULONG ulFlags, LPMAPIERROR *lppMAPIError);
	HRESULT (STDMETHODCALLTYPE *GetProviderTable)(IProviderAdmin *This, ULONG ulFlags, LPMAPITABLE *lppTable);
	HRESULT (STDMETHODCALLTYPE *CreateProvider)(IProviderAdmin *This, LPTSTR lpszProvider, ULONG cValues, LPSPropValue lpProps, ULONG_PTR ulUIParam, ULONG ulFlags, MAPIUID *lpUID);
	HRESULT (STDMETHODCALLTYPE *DeleteProvider)(IProviderAdmin *This, LPMAPIUID lpUID);
	HRESULT (STDMETHODCALLTYPE *OpenProfileSection)(IProviderAdmin *This, LPMAPIUID lpUID, LPCIID lpInterface, ULONG ulFlags, LPPROFSECT *lppProfSect);
};

struct IProviderAdmin {
	CONST_VTBL IProviderAdminVtbl *lpVtbl;
};

#if !defined(__cplusplus) || defined(CINTERFACE)
#define IProviderAdmin_QueryInterface(This, riid, ppvObj) ((This)->lpVtbl->QueryInterface((This), (riid), (ppvObj)))
#define IProviderAdmin_AddRef(This) ((This)->lpVtbl->AddRef((This)))
#define IProviderAdmin_Release(This) ((This)->lpVtbl->Release((This)))
#define IProviderAdmin_GetLastError(This, hResult, ulFlags, lppMAPIError) ((This)->lpVtbl->GetLastError((This), (hResult), (ulFlags), (lppMAPIError)))
#define IProviderAdmin_GetProviderTable(This, ulFlags, lppTable) ((This)->lpVtbl->GetProviderTable((This), (ulFlags), (lppTable)))
#define IProviderAdmin_CreateProvider(This, lpszProvider, cValues, lpProps, ulUIParam, ulFlags, lpUID) ((This)->lpVtbl->CreateProvider((This), (lpszProvider), (cValues), (lpProps), (ulUIParam), (ulFlags), (lpUID)))
#define IProviderAdmin_DeleteProvider(This, lpUID) ((This)->lpVtbl->DeleteProvider((This), (lpUID)))
#define IProviderAdmin_OpenProfileSection(This, lpUID, lpInterface, ulFlags, lppProfSect) ((This)->lpVtbl->OpenProfileSection((This), (lpUID), (lpInterface), (ulFlags), (lppProfSect)))
#endif

#define MAPI_IPROVIDERADMIN_METHODS(IPURE) \
	MAPIMETHOD(GetLastError)(THIS_ HRESULT hResult, ULONG ulFlags, LPMAPIERROR *lppMAPIError) IPURE; \
	MAPIMETHOD(GetProviderTable)(THIS_ ULONG ulFlags, LPMAPITABLE *lppTable) IPURE; \
	MAPIMETHOD(CreateProvider)(THIS_ LPTSTR lpszProvider, ULONG cValues, LPSPropValue lpProps, ULONG_PTR ulUIParam, ULONG ulFlags, MAPIUID *lpUID) IPURE; \
	MAPIMETHOD(DeleteProvider)(THIS_ LPMAPIUID lpUID) IPURE; \
	MAPIMETHOD(OpenProfileSection)(THIS_ LPMAPIUID lpUID, LPCIID lpInterface, ULONG ulFlags, LPPROFSECT *lppProfSect) IPURE;
/* clang-format on */
/* @generated-end interfaces */

MAPIX_END_DECLS

#endif /* MAPIX_MAPIX_H */
