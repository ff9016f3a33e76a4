/*
 * mapispi.h - the service-provider side of MAPI: what MAPI gives a provider
 * (IMAPISupport), the provider interfaces of address-book, transport and
 * message-store providers, their entry points, and message-service entry
 * points and their contexts.
 *
 * mapix registers its providers in-process by name (no DLL loading), but a
 * provider is still written to these shapes, so code that configures
 * services the Windows way keeps working.  Where mapix has no object behind
 * an interface yet (the SPI interfaces are implemented by providers, not by
 * MAPI), QueryInterface of mapix's objects answers E_NOINTERFACE for it, as
 * Windows does for an interface a provider lacks.
 *
 * ABProviderInit, XPProviderInit and MSProviderInit are the functions a
 * provider exports.  libmapix has weak versions of them that answer
 * MAPI_E_NO_SUPPORT, so that a program naming them links; a provider's own
 * definition takes their place.
 */
#ifndef MAPIX_MAPISPI_H
#define MAPIX_MAPISPI_H

#include <mapix.h>

MAPIX_BEGIN_DECLS

/* @generated-begin forward: do not edit; see scripts/mapigen.py */
/* clang-format off */
typedef struct IMAPISupport IMAPISupport;
typedef struct IMAPISupportVtbl IMAPISupportVtbl;
typedef IMAPISupport *LPMAPISUP;

typedef struct IABLogon IABLogon;
typedef struct IABLogonVtbl IABLogonVtbl;
typedef IABLogon *LPABLOGON;

typedef struct IABProvider IABProvider;
typedef struct IABProviderVtbl IABProviderVtbl;
typedef IABProvider *LPABPROVIDER;

typedef struct IXPLogon IXPLogon;
typedef struct IXPLogonVtbl IXPLogonVtbl;
typedef IXPLogon *LPXPLOGON;

typedef struct IXPProvider IXPProvider;
typedef struct IXPProviderVtbl IXPProviderVtbl;
typedef IXPProvider *LPXPPROVIDER;

typedef struct IMSLogon IMSLogon;
typedef struct IMSLogonVtbl IMSLogonVtbl;
typedef IMSLogon *LPMSLOGON;

typedef struct IMSProvider IMSProvider;
typedef struct IMSProviderVtbl IMSProviderVtbl;
typedef IMSProvider *LPMSPROVIDER;
/* clang-format on */
/* @generated-end forward */

/* ulContext of a message-service entry point. */
#define MSG_SERVICE_INSTALL         0x00000001
#define MSG_SERVICE_CREATE          0x00000002
#define MSG_SERVICE_CONFIGURE       0x00000003
#define MSG_SERVICE_DELETE          0x00000004
#define MSG_SERVICE_UNINSTALL       0x00000005
#define MSG_SERVICE_PROVIDER_CREATE 0x00000006
#define MSG_SERVICE_PROVIDER_DELETE 0x00000007

#define MSG_SERVICE_UI_READ_ONLY 0x00000008
#define SERVICE_LOGON_FAILED     0x00000020

typedef HRESULT(STDAPICALLTYPE MSGSERVICEENTRY)(
    HINSTANCE hInstance, LPMALLOC lpMalloc, LPMAPISUP lpMAPISup,
    ULONG_PTR ulUIParam, ULONG ulFlags, ULONG ulContext, ULONG cValues,
    LPSPropValue lpProps, LPPROVIDERADMIN lpProviderAdmin,
    LPMAPIERROR FAR *lppMapiError);
typedef MSGSERVICEENTRY FAR *LPMSGSERVICEENTRY;

/*
 * Message preprocessors a transport registers with
 * IMAPISupport::RegisterPreprocessor: the function that preprocesses a
 * message, and the one that removes what it added.
 */
typedef HRESULT(STDMETHODCALLTYPE PREPROCESSMESSAGE)(
    LPVOID lpvSession, LPMESSAGE lpMessage, LPADRBOOK lpAdrBook,
    LPMAPIFOLDER lpFolder, LPALLOCATEBUFFER AllocateBuffer,
    LPALLOCATEMORE AllocateMore, LPFREEBUFFER FreeBuffer,
    ULONG FAR *lpcOutbound, LPMESSAGE FAR *FAR *lpppMessage,
    LPADRLIST FAR *lppRecipList);
typedef HRESULT(STDMETHODCALLTYPE REMOVEPREPROCESSINFO)(LPMESSAGE lpMessage);

/* Per-recipient and per-message options of a transport (RegisterOptions). */
typedef struct _OPTIONDATA {
	ULONG ulFlags; /* OPTION_TYPE_RECIPIENT or OPTION_TYPE_MESSAGE */
	LPGUID lpRecipGUID;
	LPTSTR lpszAdrType;
	LPTSTR lpszDLLName;
	ULONG ulOrdinal;
	ULONG cbOptionsData;
	LPBYTE lpbOptionsData;
	ULONG cOptionsProps;
	LPSPropValue lpOptionsProps;
} OPTIONDATA, FAR *LPOPTIONDATA;

typedef SCODE(STDMAPIINITCALLTYPE OPTIONCALLBACK)(
    HINSTANCE hInst, LPMALLOC lpMalloc, ULONG ulFlags, ULONG cbOptionData,
    LPBYTE lpbOptionData, LPMAPISUP lpMAPISup, LPMAPIPROP lpDataSource,
    LPMAPIPROP FAR *lppWrappedSource, LPMAPIERROR FAR *lppMAPIError);

/* Provider entry points: MAPI calls them to get a provider object. */
typedef HRESULT(STDMAPIINITCALLTYPE ABPROVIDERINIT)(
    HINSTANCE hInstance, LPMALLOC lpMalloc, LPALLOCATEBUFFER lpAllocateBuffer,
    LPALLOCATEMORE lpAllocateMore, LPFREEBUFFER lpFreeBuffer, ULONG ulFlags,
    ULONG ulMAPIVer, ULONG FAR *lpulProviderVer,
    LPABPROVIDER FAR *lppABProvider);
typedef HRESULT(STDMAPIINITCALLTYPE XPPROVIDERINIT)(
    HINSTANCE hInstance, LPMALLOC lpMalloc, LPALLOCATEBUFFER lpAllocateBuffer,
    LPALLOCATEMORE lpAllocateMore, LPFREEBUFFER lpFreeBuffer, ULONG ulFlags,
    ULONG ulMAPIVer, ULONG FAR *lpulProviderVer,
    LPXPPROVIDER FAR *lppXPProvider);
typedef HRESULT(STDMAPIINITCALLTYPE MSPROVIDERINIT)(
    HINSTANCE hInstance, LPMALLOC lpMalloc, LPALLOCATEBUFFER lpAllocateBuffer,
    LPALLOCATEMORE lpAllocateMore, LPFREEBUFFER lpFreeBuffer, ULONG ulFlags,
    ULONG ulMAPIVer, ULONG FAR *lpulProviderVer,
    LPMSPROVIDER FAR *lppMSProvider);

MAPIX_EXTERN_C MAPIX_API ABPROVIDERINIT ABProviderInit;
MAPIX_EXTERN_C MAPIX_API XPPROVIDERINIT XPProviderInit;
MAPIX_EXTERN_C MAPIX_API MSPROVIDERINIT MSProviderInit;

/* Flags and versions of the SPI (spec/constants.def). */
/* @generated-begin constants: do not edit; see scripts/mapigen.py */
/* clang-format off */
#define BEGIN_DEFERRED 0x00000001
#define CALLBACK_DISCONTINUE 0x80000000
#define CHECK_SENDER 0x00000001
#define CURRENT_SPI_VERSION 0x00010010
#define DEINIT_HURRY 0x80000000
#define DEINIT_NORMAL 0x00000001
#define DIALOG_ALLOW_CANCEL 0x00000080
#define DIALOG_ATTACH 0x00000008
#define DIALOG_CONFIRM_CANCEL 0x00000100
#define DIALOG_COPY 0x00000020
#define DIALOG_DELETE 0x00000040
#define DIALOG_FOLDER 0x00000001
#define DIALOG_MESSAGE 0x00000002
#define DIALOG_MOVE 0x00000010
#define DIALOG_PROP 0x00000004
#define END_DONT_RESEND 0x00040000
#define END_RESEND_LATER 0x00020000
#define END_RESEND_NOW 0x00010000
#define FILL_ENTRY 0x00000001
#define LOGOFF_HURRY 0x80000000
#define LOGOFF_NORMAL 0x00000001
#define LOGON_CHANGED 0x00000008
#define LOGON_NO_CONNECT 0x00000004
#define LOGON_NO_DIALOG 0x00000001
#define LOGON_NO_INBOUND 0x00000008
#define LOGON_NO_OUTBOUND 0x00000010
#define LOGON_SP_IDLE 0x00010000
#define LOGON_SP_NEWPW 0x00000004
#define LOGON_SP_POLL 0x00020000
#define LOGON_SP_PROMPT 0x00000002
#define LOGON_SP_RESOLVE 0x00040000
#define LOGON_SP_TRANSPORT 0x00000001
#define MAPI_NON_READ 0x00000001
#define NEEDS_PREPROCESSING 0x00000001
#define NEEDS_SPOOLER 0x00000002
#define NON_STANDARD 0x00010000
#define NOTIFY_ABORT_DEFERRED 0x40000000
#define NOTIFY_BEGIN_INBOUND 0x00000001
#define NOTIFY_BEGIN_INBOUND_FLUSH 0x00000004
#define NOTIFY_BEGIN_OUTBOUND 0x00000002
#define NOTIFY_BEGIN_OUTBOUND_FLUSH 0x00000008
#define NOTIFY_CANCELED 0x80000000
#define NOTIFY_CANCEL_MESSAGE 0x80000000
#define NOTIFY_CONFIG_CHANGE 0x00004000
#define NOTIFY_CRITICAL_ERROR 0x10000000
#define NOTIFY_CRITSEC 0x00001000
#define NOTIFY_END_INBOUND 0x00010000
#define NOTIFY_END_INBOUND_FLUSH 0x00040000
#define NOTIFY_END_OUTBOUND 0x00020000
#define NOTIFY_END_OUTBOUND_FLUSH 0x00080000
#define NOTIFY_NEWMAIL 0x00000001
#define NOTIFY_NEWMAIL_RECEIVED 0x20000000
#define NOTIFY_NONCRIT 0x00002000
#define NOTIFY_READYTOSEND 0x00000002
#define NOTIFY_SENTDEFERRED 0x00000004
#define NOTIFY_SYNC 0x40000000
#define OPTION_TYPE_MESSAGE 0x00000002
#define OPTION_TYPE_RECIPIENT 0x00000001
#define PDK1_SPI_VERSION 0x00010000
#define PDK2_SPI_VERSION 0x00010008
#define PDK3_SPI_VERSION 0x00010010
#define STATUSROW_UPDATE 0x10000000
#define STGSTRM_CREATE 0x00001000
#define STGSTRM_CURRENT 0x10000000
#define STGSTRM_MODIFY 0x00000002
#define STGSTRM_RESET 0x00000000
/* clang-format on */
/* @generated-end constants */

/* @generated-begin interfaces: do not edit; see scripts/mapigen.py */
/* clang-format off */
/* IMAPISupport : IUnknown; IID_IMAPISup */
struct IMAPISupportVtbl {
	/* IUnknown */
	HRESULT (STDMETHODCALLTYPE *QueryInterface)(IMAPISupport *This, REFIID riid, LPVOID *ppvObj);
	ULONG (STDMETHODCALLTYPE *AddRef)(IMAPISupport *This);
	ULONG (STDMETHODCALLTYPE *Release)(IMAPISupport *This);
	/* IMAPISupport */
	HRESULT (STDMETHODCALLTYPE *GetLastError)(IMAPISupport *This, HRESULT hResult, ULONG ulFlags, LPMAPIERROR *lppMAPIError);
	HRESULT (STDMETHODCALLTYPE *GetMemAllocRoutines)(IMAPISupport *This, LPALLOCATEBUFFER *lpAllocateBuffer, LPALLOCATEMORE *lpAllocateMore, LPFREEBUFFER *lpFreeBuffer);
	HRESULT (STDMETHODCALLTYPE *Subscribe)(IMAPISupport *This, LPNOTIFKEY lpKey, ULONG ulEventMask, ULONG ulFlags, LPMAPIADVISESINK lpAdviseSink, ULONG_PTR *lpulConnection);
	HRESULT (STDMETHODCALLTYPE *Unsubscribe)(IMAPISupport *This, ULONG_PTR ulConnection);
	HRESULT (STDMETHODCALLTYPE *Notify)(IMAPISupport *This, LPNOTIFKEY lpKey, ULONG cNotification, LPNOTIFICATION lpNotifications, ULONG *lpulFlags);
	HRESULT (STDMETHODCALLTYPE *ModifyStatusRow)(IMAPISupport *This, ULONG cValues, LPSPropValue lpColumnVals, ULONG ulFlags);
	HRESULT (STDMETHODCALLTYPE *OpenProfileSection)(IMAPISupport *This, LPMAPIUID lpUid, ULONG ulFlags, LPPROFSECT *lppProfileObj);
	HRESULT (STDMETHODCALLTYPE *RegisterPreprocessor)(IMAPISupport *This, LPMAPIUID lpMuid, LPTSTR lpszAdrType, LPTSTR lpszDLLName, LPSTR lpszPreprocess, LPSTR lpszRemovePreprocessInfo, ULONG ulFlags);
	HRESULT (STDMETHODCALLTYPE *NewUID)(IMAPISupport *This, LPMAPIUID lpMuid);
	HRESULT (STDMETHODCALLTYPE *MakeInvalid)(IMAPISupport *This, ULONG ulFlags, LPVOID lpObject, ULONG ulRefCount, ULONG cMethods);
	HRESULT (STDMETHODCALLTYPE *SpoolerYield)(IMAPISupport *This, ULONG ulFlags);
	HRESULT (STDMETHODCALLTYPE *SpoolerNotify)(IMAPISupport *This, ULONG ulFlags, LPVOID lpvData);
	HRESULT (STDMETHODCALLTYPE *CreateOneOff)(IMAPISupport *This, LPTSTR lpszName, LPTSTR lpszAdrType, LPTSTR lpszAddress, ULONG ulFlags, ULONG *lpcbEntryID, LPENTRYID *lppEntryID);
	HRESULT (STDMETHODCALLTYPE *SetProviderUID)(IMAPISupport *This, LPMAPIUID lpProviderID, ULONG ulFlags);
	HRESULT (STDMETHODCALLTYPE *CompareEntryIDs)(IMAPISupport *This, ULONG cbEntry1, LPENTRYID lpEntry1, ULONG cbEntry2, LPENTRYID lpEntry2, ULONG ulCompareFlags, ULONG *lpulResult);
	HRESULT (STDMETHODCALLTYPE *OpenTemplateID)(IMAPISupport *This, ULONG cbTemplateID, LPENTRYID lpTemplateID, ULONG ulTemplateFlags, LPMAPIPROP lpMAPIPropData, LPCIID lpInterface, LPMAPIPROP *lppMAPIPropNew, LPMAPIPROP lpMAPIPropSibling);
	HRESULT (STDMETHODCALLTYPE *OpenEntry)(IMAPISupport *This, ULONG cbEntryID, LPENTRYID lpEntryID, LPCIID lpInterface, ULONG ulOpenFlags, ULONG *lpulObjType, LPUNKNOWN *lppUnk);
	HRESULT (STDMETHODCALLTYPE *GetOneOffTable)(IMAPISupport *This, ULONG ulFlags, LPMAPITABLE *lppTable);
	HRESULT (STDMETHODCALLTYPE *Address)(IMAPISupport *This, ULONG_PTR *lpulUIParam, LPADRPARM lpAdrParms, LPADRLIST *lppAdrList);
	HRESULT (STDMETHODCALLTYPE *Details)(IMAPISupport *This, ULONG_PTR *lpulUIParam, LPFNDISMISS lpfnDismiss, LPVOID lpvDismissContext, ULONG cbEntryID, LPENTRYID lpEntryID, LPFNBUTTON lpfButtonCallback, LPVOID lpvButtonContext, LPTSTR lpszButtonText, ULONG ulFlags);
	HRESULT (STDMETHODCALLTYPE *NewEntry)(IMAPISupport *This, ULONG_PTR ulUIParam, ULONG ulFlags, ULONG cbEIDContainer, LPENTRYID lpEIDContainer, ULONG cbEIDNewEntryTpl, LPENTRYID lpEIDNewEntryTpl, ULONG *lpcbEIDNewEntry, LPENTRYID *lppEIDNewEntry);
	HRESULT (STDMETHODCALLTYPE *DoConfigPropsheet)(IMAPISupport *This, ULONG_PTR ulUIParam, ULONG ulFlags, LPTSTR lpszTitle, LPMAPITABLE lpDisplayTable, LPMAPIPROP lpCOnfigData, ULONG ulTopPage);
	HRESULT (STDMETHODCALLTYPE *CopyMessages)(IMAPISupport *This, LPCIID lpSrcInterface, LPVOID lpSrcFolder, LPENTRYLIST lpMsgList, LPCIID lpDestInterface, LPVOID lpDestFolder, ULONG_PTR ulUIParam, LPMAPIPROGRESS lpProgress, ULONG ulFlags);
	HRESULT (STDMETHODCALLTYPE *CopyFolder)(IMAPISupport *This, LPCIID lpSrcInterface, LPVOID lpSrcFolder, ULONG cbEntryID, LPENTRYID lpEntryID, LPCIID lpDestInterface, LPVOID lpDestFolder, LPTSTR lszNewFolderName, ULONG_PTR ulUIParam, LPMAPIPROGRESS lpProgress, ULONG ulFlags);
	HRESULT (STDMETHODCALLTYPE *DoCopyTo)(IMAPISupport *This, LPCIID lpSrcInterface, LPVOID lpSrcObj, ULONG ciidExclude, LPCIID rgiidExclude, LPSPropTagArray lpExcludeProps, ULONG_PTR ulUIParam, LPMAPIPROGRESS lpProgress, LPCIID lpDestInterface, LPVOID lpDestObj, ULONG ulFlags, LPSPropProblemArray *lppProblems);
	HRESULT (STDMETHODCALLTYPE *DoCopyProps)(IMAPISupport *This, LPCIID lpSrcInterface, LPVOID lpSrcObj, LPSPropTagArray lpIncludeProps, ULONG_PTR ulUIParam, LPMAPIPROGRESS lpProgress, LPCIID lpDestInterface, LPVOID lpDestObj, ULONG ulFlags, LPSPropProblemArray *lppProblems);
	HRESULT (STDMETHODCALLTYPE *DoProgressDialog)(IMAPISupport *This, ULONG_PTR ulUIParam, ULONG ulFlags, LPMAPIPROGRESS *lppProgress);
	HRESULT (STDMETHODCALLTYPE *ReadReceipt)(IMAPISupport *This, ULONG ulFlags, LPMESSAGE lpReadMessage, LPMESSAGE *lppEmptyMessage);
	HRESULT (STDMETHODCALLTYPE *PrepareSubmit)(IMAPISupport *This, LPMESSAGE lpMessage, ULONG *lpulFlags);
	HRESULT (STDMETHODCALLTYPE *ExpandRecips)(IMAPISupport *This, LPMESSAGE lpMessage, ULONG *lpulFlags);
	HRESULT (STDMETHODCALLTYPE *UpdatePAB)(IMAPISupport *This, ULONG ulFlags, LPMESSAGE lpMessage);
	HRESULT (STDMETHODCALLTYPE *DoSentMail)(IMAPISupport *This, ULONG ulFlags, LPMESSAGE lpMessage);
	HRESULT (STDMETHODCALLTYPE *OpenAddressBook)(IMAPISupport *This, LPCIID lpInterface, ULONG ulFlags, LPADRBOOK *lppAdrBook);
	HRESULT (STDMETHODCALLTYPE *Preprocess)(IMAPISupport *This, ULONG ulFlags, ULONG cbEntryID, LPENTRYID lpEntryID);
	HRESULT (STDMETHODCALLTYPE *CompleteMsg)(IMAPISupport *This, ULONG ulFlags, ULONG cbEntryID, LPENTRYID lpEntryID);
	HRESULT (STDMETHODCALLTYPE *StoreLogoffTransports)(IMAPISupport *This, ULONG *lpulFlags);
	HRESULT (STDMETHODCALLTYPE *StatusRecips)(IMAPISupport *This, LPMESSAGE lpMessage, LPADRLIST lpRecipList);
	HRESULT (STDMETHODCALLTYPE *WrapStoreEntryID)(IMAPISupport *This, ULONG cbOrigEntry, LPENTRYID lpOrigEntry, ULONG *lpcbWrappedEntry, LPENTRYID *lppWrappedEntry);
	HRESULT (STDMETHODCALLTYPE *ModifyProfile)(IMAPISupport *This, ULONG ulFlags);
	HRESULT (STDMETHODCALLTYPE *IStorageFromStream)(IMAPISupport *This, LPUNKNOWN lpUnkIn, LPCIID lpInterface, ULONG ulFlags, LPSTORAGE *lppStorageOut);
	HRESULT (STDMETHODCALLTYPE *GetSvcConfigSupportObj)(IMAPISupport *This, ULONG ulFlags, LPMAPISUP *lppSvcSupport);
};

struct IMAPISupport {
	CONST_VTBL IMAPISupportVtbl *lpVtbl;
};

#if !defined(__cplusplus) || defined(CINTERFACE)
#define IMAPISupport_QueryInterface(This, riid, ppvObj) ((This)->lpVtbl->QueryInterface((This), (riid), (ppvObj)))
#define IMAPISupport_AddRef(This) ((This)->lpVtbl->AddRef((This)))
#define IMAPISupport_Release(This) ((This)->lpVtbl->Release((This)))
#define IMAPISupport_GetLastError(This, hResult, ulFlags, lppMAPIError) ((This)->lpVtbl->GetLastError((This), (hResult), (ulFlags), (lppMAPIError)))
#define IMAPISupport_GetMemAllocRoutines(This, lpAllocateBuffer, lpAllocateMore, lpFreeBuffer) ((This)->lpVtbl->GetMemAllocRoutines((This), (lpAllocateBuffer), (lpAllocateMore), (lpFreeBuffer)))
#define IMAPISupport_Subscribe(This, lpKey, ulEventMask, ulFlags, lpAdviseSink, lpulConnection) ((This)->lpVtbl->Subscribe((This), (lpKey), (ulEventMask), (ulFlags), (lpAdviseSink), (lpulConnection)))
#define IMAPISupport_Unsubscribe(This, ulConnection) ((This)->lpVtbl->Unsubscribe((This), (ulConnection)))
#define IMAPISupport_Notify(This, lpKey, cNotification, lpNotifications, lpulFlags) ((This)->lpVtbl->Notify((This), (lpKey), (cNotification), (lpNotifications), (lpulFlags)))
#define IMAPISupport_ModifyStatusRow(This, cValues, lpColumnVals, ulFlags) ((This)->lpVtbl->ModifyStatusRow((This), (cValues), (lpColumnVals), (ulFlags)))
#define IMAPISupport_OpenProfileSection(This, lpUid, ulFlags, lppProfileObj) ((This)->lpVtbl->OpenProfileSection((This), (lpUid), (ulFlags), (lppProfileObj)))
#define IMAPISupport_RegisterPreprocessor(This, lpMuid, lpszAdrType, lpszDLLName, lpszPreprocess, lpszRemovePreprocessInfo, ulFlags) ((This)->lpVtbl->RegisterPreprocessor((This), (lpMuid), (lpszAdrType), (lpszDLLName), (lpszPreprocess), (lpszRemovePreprocessInfo), (ulFlags)))
#define IMAPISupport_NewUID(This, lpMuid) ((This)->lpVtbl->NewUID((This), (lpMuid)))
#define IMAPISupport_MakeInvalid(This, ulFlags, lpObject, ulRefCount, cMethods) ((This)->lpVtbl->MakeInvalid((This), (ulFlags), (lpObject), (ulRefCount), (cMethods)))
#define IMAPISupport_SpoolerYield(This, ulFlags) ((This)->lpVtbl->SpoolerYield((This), (ulFlags)))
#define IMAPISupport_SpoolerNotify(This, ulFlags, lpvData) ((This)->lpVtbl->SpoolerNotify((This), (ulFlags), (lpvData)))
#define IMAPISupport_CreateOneOff(This, lpszName, lpszAdrType, lpszAddress, ulFlags, lpcbEntryID, lppEntryID) ((This)->lpVtbl->CreateOneOff((This), (lpszName), (lpszAdrType), (lpszAddress), (ulFlags), (lpcbEntryID), (lppEntryID)))
#define IMAPISupport_SetProviderUID(This, lpProviderID, ulFlags) ((This)->lpVtbl->SetProviderUID((This), (lpProviderID), (ulFlags)))
#define IMAPISupport_CompareEntryIDs(This, cbEntry1, lpEntry1, cbEntry2, lpEntry2, ulCompareFlags, lpulResult) ((This)->lpVtbl->CompareEntryIDs((This), (cbEntry1), (lpEntry1), (cbEntry2), (lpEntry2), (ulCompareFlags), (lpulResult)))
#define IMAPISupport_OpenTemplateID(This, cbTemplateID, lpTemplateID, ulTemplateFlags, lpMAPIPropData, lpInterface, lppMAPIPropNew, lpMAPIPropSibling) ((This)->lpVtbl->OpenTemplateID((This), (cbTemplateID), (lpTemplateID), (ulTemplateFlags), (lpMAPIPropData), (lpInterface), (lppMAPIPropNew), (lpMAPIPropSibling)))
#define IMAPISupport_OpenEntry(This, cbEntryID, lpEntryID, lpInterface, ulOpenFlags, lpulObjType, lppUnk) ((This)->lpVtbl->OpenEntry((This), (cbEntryID), (lpEntryID), (lpInterface), (ulOpenFlags), (lpulObjType), (lppUnk)))
#define IMAPISupport_GetOneOffTable(This, ulFlags, lppTable) ((This)->lpVtbl->GetOneOffTable((This), (ulFlags), (lppTable)))
#define IMAPISupport_Address(This, lpulUIParam, lpAdrParms, lppAdrList) ((This)->lpVtbl->Address((This), (lpulUIParam), (lpAdrParms), (lppAdrList)))
#define IMAPISupport_Details(This, lpulUIParam, lpfnDismiss, lpvDismissContext, cbEntryID, lpEntryID, lpfButtonCallback, lpvButtonContext, lpszButtonText, ulFlags) ((This)->lpVtbl->Details((This), (lpulUIParam), (lpfnDismiss), (lpvDismissContext), (cbEntryID), (lpEntryID), (lpfButtonCallback), (lpvButtonContext), (lpszButtonText), (ulFlags)))
#define IMAPISupport_NewEntry(This, ulUIParam, ulFlags, cbEIDContainer, lpEIDContainer, cbEIDNewEntryTpl, lpEIDNewEntryTpl, lpcbEIDNewEntry, lppEIDNewEntry) ((This)->lpVtbl->NewEntry((This), (ulUIParam), (ulFlags), (cbEIDContainer), (lpEIDContainer), (cbEIDNewEntryTpl), (lpEIDNewEntryTpl), (lpcbEIDNewEntry), (lppEIDNewEntry)))
#define IMAPISupport_DoConfigPropsheet(This, ulUIParam, ulFlags, lpszTitle, lpDisplayTable, lpCOnfigData, ulTopPage) ((This)->lpVtbl->DoConfigPropsheet((This), (ulUIParam), (ulFlags), (lpszTitle), (lpDisplayTable), (lpCOnfigData), (ulTopPage)))
#define IMAPISupport_CopyMessages(This, lpSrcInterface, lpSrcFolder, lpMsgList, lpDestInterface, lpDestFolder, ulUIParam, lpProgress, ulFlags) ((This)->lpVtbl->CopyMessages((This), (lpSrcInterface), (lpSrcFolder), (lpMsgList), (lpDestInterface), (lpDestFolder), (ulUIParam), (lpProgress), (ulFlags)))
#define IMAPISupport_CopyFolder(This, lpSrcInterface, lpSrcFolder, cbEntryID, lpEntryID, lpDestInterface, lpDestFolder, lszNewFolderName, ulUIParam, lpProgress, ulFlags) ((This)->lpVtbl->CopyFolder((This), (lpSrcInterface), (lpSrcFolder), (cbEntryID), (lpEntryID), (lpDestInterface), (lpDestFolder), (lszNewFolderName), (ulUIParam), (lpProgress), (ulFlags)))
#define IMAPISupport_DoCopyTo(This, lpSrcInterface, lpSrcObj, ciidExclude, rgiidExclude, lpExcludeProps, ulUIParam, lpProgress, lpDestInterface, lpDestObj, ulFlags, lppProblems) ((This)->lpVtbl->DoCopyTo((This), (lpSrcInterface), (lpSrcObj), (ciidExclude), (rgiidExclude), (lpExcludeProps), (ulUIParam), (lpProgress), (lpDestInterface), (lpDestObj), (ulFlags), (lppProblems)))
#define IMAPISupport_DoCopyProps(This, lpSrcInterface, lpSrcObj, lpIncludeProps, ulUIParam, lpProgress, lpDestInterface, lpDestObj, ulFlags, lppProblems) ((This)->lpVtbl->DoCopyProps((This), (lpSrcInterface), (lpSrcObj), (lpIncludeProps), (ulUIParam), (lpProgress), (lpDestInterface), (lpDestObj), (ulFlags), (lppProblems)))
#define IMAPISupport_DoProgressDialog(This, ulUIParam, ulFlags, lppProgress) ((This)->lpVtbl->DoProgressDialog((This), (ulUIParam), (ulFlags), (lppProgress)))
#define IMAPISupport_ReadReceipt(This, ulFlags, lpReadMessage, lppEmptyMessage) ((This)->lpVtbl->ReadReceipt((This), (ulFlags), (lpReadMessage), (lppEmptyMessage)))
#define IMAPISupport_PrepareSubmit(This, lpMessage, lpulFlags) ((This)->lpVtbl->PrepareSubmit((This), (lpMessage), (lpulFlags)))
#define IMAPISupport_ExpandRecips(This, lpMessage, lpulFlags) ((This)->lpVtbl->ExpandRecips((This), (lpMessage), (lpulFlags)))
#define IMAPISupport_UpdatePAB(This, ulFlags, lpMessage) ((This)->lpVtbl->UpdatePAB((This), (ulFlags), (lpMessage)))
#define IMAPISupport_DoSentMail(This, ulFlags, lpMessage) ((This)->lpVtbl->DoSentMail((This), (ulFlags), (lpMessage)))
#define IMAPISupport_OpenAddressBook(This, lpInterface, ulFlags, lppAdrBook) ((This)->lpVtbl->OpenAddressBook((This), (lpInterface), (ulFlags), (lppAdrBook)))
#define IMAPISupport_Preprocess(This, ulFlags, cbEntryID, lpEntryID) ((This)->lpVtbl->Preprocess((This), (ulFlags), (cbEntryID), (lpEntryID)))
#define IMAPISupport_CompleteMsg(This, ulFlags, cbEntryID, lpEntryID) ((This)->lpVtbl->CompleteMsg((This), (ulFlags), (cbEntryID), (lpEntryID)))
#define IMAPISupport_StoreLogoffTransports(This, lpulFlags) ((This)->lpVtbl->StoreLogoffTransports((This), (lpulFlags)))
#define IMAPISupport_StatusRecips(This, lpMessage, lpRecipList) ((This)->lpVtbl->StatusRecips((This), (lpMessage), (lpRecipList)))
#define IMAPISupport_WrapStoreEntryID(This, cbOrigEntry, lpOrigEntry, lpcbWrappedEntry, lppWrappedEntry) ((This)->lpVtbl->WrapStoreEntryID((This), (cbOrigEntry), (lpOrigEntry), (lpcbWrappedEntry), (lppWrappedEntry)))
#define IMAPISupport_ModifyProfile(This, ulFlags) ((This)->lpVtbl->ModifyProfile((This), (ulFlags)))
#define IMAPISupport_IStorageFromStream(This, lpUnkIn, lpInterface, ulFlags, lppStorageOut) ((This)->lpVtbl->IStorageFromStream((This), (lpUnkIn), (lpInterface), (ulFlags), (lppStorageOut)))
#define IMAPISupport_GetSvcConfigSupportObj(This, ulFlags, lppSvcSupport) ((This)->lpVtbl->GetSvcConfigSupportObj((This), (ulFlags), (lppSvcSupport)))
#endif

#define MAPI_IMAPISUPPORT_METHODS1(IPURE) \
	MAPIMETHOD(GetLastError)(THIS_ HRESULT hResult, ULONG ulFlags, LPMAPIERROR *lppMAPIError) IPURE; \
	MAPIMETHOD(GetMemAllocRoutines)(THIS_ LPALLOCATEBUFFER *lpAllocateBuffer, LPALLOCATEMORE *lpAllocateMore, LPFREEBUFFER *lpFreeBuffer) IPURE; \
	MAPIMETHOD(Subscribe)(THIS_ LPNOTIFKEY lpKey, ULONG ulEventMask, ULONG ulFlags, LPMAPIADVISESINK lpAdviseSink, ULONG_PTR *lpulConnection) IPURE; \
	MAPIMETHOD(Unsubscribe)(THIS_ ULONG_PTR ulConnection) IPURE; \
	MAPIMETHOD(Notify)(THIS_ LPNOTIFKEY lpKey, ULONG cNotification, LPNOTIFICATION lpNotifications, ULONG *lpulFlags) IPURE; \
	MAPIMETHOD(ModifyStatusRow)(THIS_ ULONG cValues, LPSPropValue lpColumnVals, ULONG ulFlags) IPURE; \
	MAPIMETHOD(OpenProfileSection)(THIS_ LPMAPIUID lpUid, ULONG ulFlags, LPPROFSECT *lppProfileObj) IPURE; \
	MAPIMETHOD(RegisterPreprocessor)(THIS_ LPMAPIUID lpMuid, LPTSTR lpszAdrType, LPTSTR lpszDLLName, LPSTR lpszPreprocess, LPSTR lpszRemovePreprocessInfo, ULONG ulFlags) IPURE; \
	MAPIMETHOD(NewUID)(THIS_ LPMAPIUID lpMuid) IPURE; \
	MAPIMETHOD(MakeInvalid)(THIS_ ULONG ulFlags, LPVOID lpObject, ULONG ulRefCount, ULONG cMethods) IPURE;
#define MAPI_IMAPISUPPORT_METHODS2(IPURE) \
	MAPIMETHOD(SpoolerYield)(THIS_ ULONG ulFlags) IPURE; \
	MAPIMETHOD(SpoolerNotify)(THIS_ ULONG ulFlags, LPVOID lpvData) IPURE; \
	MAPIMETHOD(CreateOneOff)(THIS_ LPTSTR lpszName, LPTSTR lpszAdrType, LPTSTR lpszAddress, ULONG ulFlags, ULONG *lpcbEntryID, LPENTRYID *lppEntryID) IPURE; \
	MAPIMETHOD(SetProviderUID)(THIS_ LPMAPIUID lpProviderID, ULONG ulFlags) IPURE; \
	MAPIMETHOD(CompareEntryIDs)(THIS_ ULONG cbEntry1, LPENTRYID lpEntry1, ULONG cbEntry2, LPENTRYID lpEntry2, ULONG ulCompareFlags, ULONG *lpulResult) IPURE; \
	MAPIMETHOD(OpenTemplateID)(THIS_ ULONG cbTemplateID, LPENTRYID lpTemplateID, ULONG ulTemplateFlags, LPMAPIPROP lpMAPIPropData, LPCIID lpInterface, LPMAPIPROP *lppMAPIPropNew, LPMAPIPROP lpMAPIPropSibling) IPURE; \
	MAPIMETHOD(OpenEntry)(THIS_ ULONG cbEntryID, LPENTRYID lpEntryID, LPCIID lpInterface, ULONG ulOpenFlags, ULONG *lpulObjType, LPUNKNOWN *lppUnk) IPURE; \
	MAPIMETHOD(GetOneOffTable)(THIS_ ULONG ulFlags, LPMAPITABLE *lppTable) IPURE; \
	MAPIMETHOD(Address)(THIS_ ULONG_PTR *lpulUIParam, LPADRPARM lpAdrParms, LPADRLIST *lppAdrList) IPURE; \
	MAPIMETHOD(Details)(THIS_ ULONG_PTR *lpulUIParam, LPFNDISMISS lpfnDismiss, LPVOID lpvDismissContext, ULONG cbEntryID, LPENTRYID lpEntryID, LPFNBUTTON lpfButtonCallback, LPVOID lpvButtonContext, LPTSTR lpszButtonText, ULONG ulFlags) IPURE; \
	MAPIMETHOD(NewEntry)(THIS_ ULONG_PTR ulUIParam, ULONG ulFlags, ULONG cbEIDContainer, LPENTRYID lpEIDContainer, ULONG cbEIDNewEntryTpl, LPENTRYID lpEIDNewEntryTpl, ULONG *lpcbEIDNewEntry, LPENTRYID *lppEIDNewEntry) IPURE; \
	MAPIMETHOD(DoConfigPropsheet)(THIS_ ULONG_PTR ulUIParam, ULONG ulFlags, LPTSTR lpszTitle, LPMAPITABLE lpDisplayTable, LPMAPIPROP lpCOnfigData, ULONG ulTopPage) IPURE; \
	MAPIMETHOD(CopyMessages)(THIS_ LPCIID lpSrcInterface, LPVOID lpSrcFolder, LPENTRYLIST lpMsgList, LPCIID lpDestInterface, LPVOID lpDestFolder, ULONG_PTR ulUIParam, LPMAPIPROGRESS lpProgress, ULONG ulFlags) IPURE; \
	MAPIMETHOD(CopyFolder)(THIS_ LPCIID lpSrcInterface, LPVOID lpSrcFolder, ULONG cbEntryID, LPENTRYID lpEntryID, LPCIID lpDestInterface, LPVOID lpDestFolder, LPTSTR lszNewFolderName, ULONG_PTR ulUIParam, LPMAPIPROGRESS lpProgress, ULONG ulFlags) IPURE;
#define MAPI_IMAPISUPPORT_METHODS3(IPURE) \
	MAPIMETHOD(DoCopyTo)(THIS_ LPCIID lpSrcInterface, LPVOID lpSrcObj, ULONG ciidExclude, LPCIID rgiidExclude, LPSPropTagArray lpExcludeProps, ULONG_PTR ulUIParam, LPMAPIPROGRESS lpProgress, LPCIID lpDestInterface, LPVOID lpDestObj, ULONG ulFlags, LPSPropProblemArray *lppProblems) IPURE; \
	MAPIMETHOD(DoCopyProps)(THIS_ LPCIID lpSrcInterface, LPVOID lpSrcObj, LPSPropTagArray lpIncludeProps, ULONG_PTR ulUIParam, LPMAPIPROGRESS lpProgress, LPCIID lpDestInterface, LPVOID lpDestObj, ULONG ulFlags, LPSPropProblemArray *lppProblems) IPURE; \
	MAPIMETHOD(DoProgressDialog)(THIS_ ULONG_PTR ulUIParam, ULONG ulFlags, LPMAPIPROGRESS *lppProgress) IPURE; \
	MAPIMETHOD(ReadReceipt)(THIS_ ULONG ulFlags, LPMESSAGE lpReadMessage, LPMESSAGE *lppEmptyMessage) IPURE; \
	MAPIMETHOD(PrepareSubmit)(THIS_ LPMESSAGE lpMessage, ULONG *lpulFlags) IPURE; \
	MAPIMETHOD(ExpandRecips)(THIS_ LPMESSAGE lpMessage, ULONG *lpulFlags) IPURE; \
	MAPIMETHOD(UpdatePAB)(THIS_ ULONG ulFlags, LPMESSAGE lpMessage) IPURE; \
	MAPIMETHOD(DoSentMail)(THIS_ ULONG ulFlags, LPMESSAGE lpMessage) IPURE; \
	MAPIMETHOD(OpenAddressBook)(THIS_ LPCIID lpInterface, ULONG ulFlags, LPADRBOOK *lppAdrBook) IPURE; \
	MAPIMETHOD(Preprocess)(THIS_ ULONG ulFlags, ULONG cbEntryID, LPENTRYID lpEntryID) IPURE; \
	MAPIMETHOD(CompleteMsg)(THIS_ ULONG ulFlags, ULONG cbEntryID, LPENTRYID lpEntryID) IPURE; \
	MAPIMETHOD(StoreLogoffTransports)(THIS_ ULONG *lpulFlags) IPURE; \
	MAPIMETHOD(StatusRecips)(THIS_ LPMESSAGE lpMessage, LPADRLIST lpRecipList) IPURE; \
	MAPIMETHOD(WrapStoreEntryID)(THIS_ ULONG cbOrigEntry, LPENTRYID lpOrigEntry, ULONG *lpcbWrappedEntry, LPENTRYID *lppWrappedEntry) IPURE; \
	MAPIMETHOD(ModifyProfile)(THIS_ ULONG ulFlags) IPURE; \
	MAPIMETHOD(IStorageFromStream)(THIS_ LPUNKNOWN lpUnkIn, LPCIID lpInterface, ULONG ulFlags, LPSTORAGE *lppStorageOut) IPURE; \
	MAPIMETHOD(GetSvcConfigSupportObj)(THIS_ ULONG ulFlags, LPMAPISUP *lppSvcSupport) IPURE;

/* IABLogon : IUnknown; IID_IABLogon */
struct IABLogonVtbl {
	/* IUnknown */
	HRESULT (STDMETHODCALLTYPE *QueryInterface)(IABLogon *This, REFIID riid, LPVOID *ppvObj);
	ULONG (STDMETHODCALLTYPE *AddRef)(IABLogon *This);
	ULONG (STDMETHODCALLTYPE *Release)(IABLogon *This);
	/* IABLogon */
	HRESULT (STDMETHODCALLTYPE *GetLastError)(IABLogon *This, HRESULT hResult, ULONG ulFlags, LPMAPIERROR *lppMAPIError);
	HRESULT (STDMETHODCALLTYPE *Logoff)(IABLogon *This, ULONG ulFlags);
	HRESULT (STDMETHODCALLTYPE *OpenEntry)(IABLogon *This, ULONG cbEntryID, LPENTRYID lpEntryID, LPCIID lpInterface, ULONG ulFlags, ULONG *lpulObjType, LPUNKNOWN *lppUnk);
	HRESULT (STDMETHODCALLTYPE *CompareEntryIDs)(IABLogon *This, ULONG cbEntryID1, LPENTRYID lpEntryID1, ULONG cbEntryID2, LPENTRYID lpEntryID2, ULONG ulFlags, ULONG *lpulResult);
	HRESULT (STDMETHODCALLTYPE *Advise)(IABLogon *This, ULONG cbEntryID, LPENTRYID lpEntryID, ULONG ulEventMask, LPMAPIADVISESINK lpAdviseSink, ULONG_PTR *lpulConnection);
	HRESULT (STDMETHODCALLTYPE *Unadvise)(IABLogon *This, ULONG_PTR ulConnection);
	HRESULT (STDMETHODCALLTYPE *OpenStatusEntry)(IABLogon *This, LPCIID lpInterface, ULONG ulFlags, ULONG *lpulObjType, LPMAPISTATUS *lppEntry);
	HRESULT (STDMETHODCALLTYPE *OpenTemplateID)(IABLogon *This, ULONG cbTemplateID, LPENTRYID lpTemplateID, ULONG ulTemplateFlags, LPMAPIPROP lpMAPIPropData, LPCIID lpInterface, LPMAPIPROP *lppMAPIPropNew, LPMAPIPROP lpMAPIPropSibling);
	HRESULT (STDMETHODCALLTYPE *GetOneOffTable)(IABLogon *This, ULONG ulFlags, LPMAPITABLE *lppTable);
	HRESULT (STDMETHODCALLTYPE *PrepareRecips)(IABLogon *This, ULONG ulFlags, LPSPropTagArray lpPropTagArray, LPADRLIST lpRecipList);
};

struct IABLogon {
	CONST_VTBL IABLogonVtbl *lpVtbl;
};

#if !defined(__cplusplus) || defined(CINTERFACE)
#define IABLogon_QueryInterface(This, riid, ppvObj) ((This)->lpVtbl->QueryInterface((This), (riid), (ppvObj)))
#define IABLogon_AddRef(This) ((This)->lpVtbl->AddRef((This)))
#define IABLogon_Release(This) ((This)->lpVtbl->Release((This)))
#define IABLogon_GetLastError(This, hResult, ulFlags, lppMAPIError) ((This)->lpVtbl->GetLastError((This), (hResult), (ulFlags), (lppMAPIError)))
#define IABLogon_Logoff(This, ulFlags) ((This)->lpVtbl->Logoff((This), (ulFlags)))
#define IABLogon_OpenEntry(This, cbEntryID, lpEntryID, lpInterface, ulFlags, lpulObjType, lppUnk) ((This)->lpVtbl->OpenEntry((This), (cbEntryID), (lpEntryID), (lpInterface), (ulFlags), (lpulObjType), (lppUnk)))
#define IABLogon_CompareEntryIDs(This, cbEntryID1, lpEntryID1, cbEntryID2, lpEntryID2, ulFlags, lpulResult) ((This)->lpVtbl->CompareEntryIDs((This), (cbEntryID1), (lpEntryID1), (cbEntryID2), (lpEntryID2), (ulFlags), (lpulResult)))
#define IABLogon_Advise(This, cbEntryID, lpEntryID, ulEventMask, lpAdviseSink, lpulConnection) ((This)->lpVtbl->Advise((This), (cbEntryID), (lpEntryID), (ulEventMask), (lpAdviseSink), (lpulConnection)))
#define IABLogon_Unadvise(This, ulConnection) ((This)->lpVtbl->Unadvise((This), (ulConnection)))
#define IABLogon_OpenStatusEntry(This, lpInterface, ulFlags, lpulObjType, lppEntry) ((This)->lpVtbl->OpenStatusEntry((This), (lpInterface), (ulFlags), (lpulObjType), (lppEntry)))
#define IABLogon_OpenTemplateID(This, cbTemplateID, lpTemplateID, ulTemplateFlags, lpMAPIPropData, lpInterface, lppMAPIPropNew, lpMAPIPropSibling) ((This)->lpVtbl->OpenTemplateID((This), (cbTemplateID), (lpTemplateID), (ulTemplateFlags), (lpMAPIPropData), (lpInterface), (lppMAPIPropNew), (lpMAPIPropSibling)))
#define IABLogon_GetOneOffTable(This, ulFlags, lppTable) ((This)->lpVtbl->GetOneOffTable((This), (ulFlags), (lppTable)))
#define IABLogon_PrepareRecips(This, ulFlags, lpPropTagArray, lpRecipList) ((This)->lpVtbl->PrepareRecips((This), (ulFlags), (lpPropTagArray), (lpRecipList)))
#endif

#define MAPI_IABLOGON_METHODS(IPURE) \
	MAPIMETHOD(GetLastError)(THIS_ HRESULT hResult, ULONG ulFlags, LPMAPIERROR *lppMAPIError) IPURE; \
	MAPIMETHOD(Logoff)(THIS_ ULONG ulFlags) IPURE; \
	MAPIMETHOD(OpenEntry)(THIS_ ULONG cbEntryID, LPENTRYID lpEntryID, LPCIID lpInterface, ULONG ulFlags, ULONG *lpulObjType, LPUNKNOWN *lppUnk) IPURE; \
	MAPIMETHOD(CompareEntryIDs)(THIS_ ULONG cbEntryID1, LPENTRYID lpEntryID1, ULONG cbEntryID2, LPENTRYID lpEntryID2, ULONG ulFlags, ULONG *lpulResult) IPURE; \
	MAPIMETHOD(Advise)(THIS_ ULONG cbEntryID, LPENTRYID lpEntryID, ULONG ulEventMask, LPMAPIADVISESINK lpAdviseSink, ULONG_PTR *lpulConnection) IPURE; \
	MAPIMETHOD(Unadvise)(THIS_ ULONG_PTR ulConnection) IPURE; \
	MAPIMETHOD(OpenStatusEntry)(THIS_ LPCIID lpInterface, ULONG ulFlags, ULONG *lpulObjType, LPMAPISTATUS *lppEntry) IPURE; \
	MAPIMETHOD(OpenTemplateID)(THIS_ ULONG cbTemplateID, LPENTRYID lpTemplateID, ULONG ulTemplateFlags, LPMAPIPROP lpMAPIPropData, LPCIID lpInterface, LPMAPIPROP *lppMAPIPropNew, LPMAPIPROP lpMAPIPropSibling) IPURE; \
	MAPIMETHOD(GetOneOffTable)(THIS_ ULONG ulFlags, LPMAPITABLE *lppTable) IPURE; \
	MAPIMETHOD(PrepareRecips)(THIS_ ULONG ulFlags, LPSPropTagArray lpPropTagArray, LPADRLIST lpRecipList) IPURE;

/* IABProvider : IUnknown; IID_IABProvider */
struct IABProviderVtbl {
	/* IUnknown */
	HRESULT (STDMETHODCALLTYPE *QueryInterface)(IABProvider *This, REFIID riid, LPVOID *ppvObj);
	ULONG (STDMETHODCALLTYPE *AddRef)(IABProvider *This);
	ULONG (STDMETHODCALLTYPE *Release)(IABProvider *This);
	/* IABProvider */
	HRESULT (STDMETHODCALLTYPE *Shutdown)(IABProvider *This, ULONG *lpulFlags);
	HRESULT (STDMETHODCALLTYPE *Logon)(IABProvider *This, LPMAPISUP lpMAPISup, ULONG_PTR ulUIParam, LPTSTR lpszProfileName, ULONG ulFlags, ULONG *lpulpcbSecurity, LPBYTE *lppbSecurity, LPMAPIERROR *lppMAPIError, LPABLOGON *lppABLogon);
};

struct IABProvider {
	CONST_VTBL IABProviderVtbl *lpVtbl;
};

#if !defined(__cplusplus) || defined(CINTERFACE)
#define IABProvider_QueryInterface(This, riid, ppvObj) ((This)->lpVtbl->QueryInterface((This), (riid), (ppvObj)))
#define IABProvider_AddRef(This) ((This)->lpVtbl->AddRef((This)))
#define IABProvider_Release(This) ((This)->lpVtbl->Release((This)))
#define IABProvider_Shutdown(This, lpulFlags) ((This)->lpVtbl->Shutdown((This), (lpulFlags)))
#define IABProvider_Logon(This, lpMAPISup, ulUIParam, lpszProfileName, ulFlags, lpulpcbSecurity, lppbSecurity, lppMAPIError, lppABLogon) ((This)->lpVtbl->Logon((This), (lpMAPISup), (ulUIParam), (lpszProfileName), (ulFlags), (lpulpcbSecurity), (lppbSecurity), (lppMAPIError), (lppABLogon)))
#endif

#define MAPI_IABPROVIDER_METHODS(IPURE) \
	MAPIMETHOD(Shutdown)(THIS_ ULONG *lpulFlags) IPURE; \
	MAPIMETHOD(Logon)(THIS_ LPMAPISUP lpMAPISup, ULONG_PTR ulUIParam, LPTSTR lpszProfileName, ULONG ulFlags, ULONG *lpulpcbSecurity, LPBYTE *lppbSecurity, LPMAPIERROR *lppMAPIError, LPABLOGON *lppABLogon) IPURE;

/* IXPLogon : IUnknown; IID_IXPLogon */
struct IXPLogonVtbl {
	/* IUnknown */
	HRESULT (STDMETHODCALLTYPE *QueryInterface)(IXPLogon *This, REFIID riid, LPVOID *ppvObj);
	ULONG (STDMETHODCALLTYPE *AddRef)(IXPLogon *This);
	ULONG (STDMETHODCALLTYPE *Release)(IXPLogon *This);
	/* IXPLogon */
	HRESULT (STDMETHODCALLTYPE *AddressTypes)(IXPLogon *This, ULONG *lpulFlags, ULONG *lpcAdrType, LPTSTR **lpppAdrTypeArray, ULONG *lpcMAPIUID, LPMAPIUID **lpppUIDArray);
	HRESULT (STDMETHODCALLTYPE *RegisterOptions)(IXPLogon *This, ULONG *lpulFlags, ULONG *lpcOptions, LPOPTIONDATA *lppOptions);
	HRESULT (STDMETHODCALLTYPE *TransportNotify)(IXPLogon *This, ULONG *lpulFlags, LPVOID *lppvData);
	HRESULT (STDMETHODCALLTYPE *Idle)(IXPLogon *This, ULONG ulFlags);
	HRESULT (STDMETHODCALLTYPE *TransportLogoff)(IXPLogon *This, ULONG ulFlags);
	HRESULT (STDMETHODCALLTYPE *SubmitMessage)(IXPLogon *This, ULONG ulFlags, LPMESSAGE lpMessage, ULONG_PTR *lpulMsgRef, ULONG_PTR *lpulReturnParm);
	HRESULT (STDMETHODCALLTYPE *EndMessage)(IXPLogon *This, ULONG_PTR ulMsgRef, ULONG *lpulFlags);
	HRESULT (STDMETHODCALLTYPE *Poll)(IXPLogon *This, ULONG *lpulIncoming);
	HRESULT (STDMETHODCALLTYPE *StartMessage)(IXPLogon *This, ULONG ulFlags, LPMESSAGE lpMessage, ULONG_PTR *lpulMsgRef);
	HRESULT (STDMETHODCALLTYPE *OpenStatusEntry)(IXPLogon *This, LPCIID lpInterface, ULONG ulFlags, ULONG *lpulObjType, LPMAPISTATUS *lppEntry);
	HRESULT (STDMETHODCALLTYPE *ValidateState)(IXPLogon *This, ULONG_PTR ulUIParam, ULONG ulFlags);
	HRESULT (STDMETHODCALLTYPE *FlushQueues)(IXPLogon *This, ULONG_PTR ulUIParam, ULONG cbTargetTransport, LPENTRYID lpTargetTransport, ULONG ulFlags);
};

struct IXPLogon {
	CONST_VTBL IXPLogonVtbl *lpVtbl;
};

#if !defined(__cplusplus) || defined(CINTERFACE)
#define IXPLogon_QueryInterface(This, riid, ppvObj) ((This)->lpVtbl->QueryInterface((This), (riid), (ppvObj)))
#define IXPLogon_AddRef(This) ((This)->lpVtbl->AddRef((This)))
#define IXPLogon_Release(This) ((This)->lpVtbl->Release((This)))
#define IXPLogon_AddressTypes(This, lpulFlags, lpcAdrType, lpppAdrTypeArray, lpcMAPIUID, lpppUIDArray) ((This)->lpVtbl->AddressTypes((This), (lpulFlags), (lpcAdrType), (lpppAdrTypeArray), (lpcMAPIUID), (lpppUIDArray)))
#define IXPLogon_RegisterOptions(This, lpulFlags, lpcOptions, lppOptions) ((This)->lpVtbl->RegisterOptions((This), (lpulFlags), (lpcOptions), (lppOptions)))
#define IXPLogon_TransportNotify(This, lpulFlags, lppvData) ((This)->lpVtbl->TransportNotify((This), (lpulFlags), (lppvData)))
#define IXPLogon_Idle(This, ulFlags) ((This)->lpVtbl->Idle((This), (ulFlags)))
#define IXPLogon_TransportLogoff(This, ulFlags) ((This)->lpVtbl->TransportLogoff((This), (ulFlags)))
#define IXPLogon_SubmitMessage(This, ulFlags, lpMessage, lpulMsgRef, lpulReturnParm) ((This)->lpVtbl->SubmitMessage((This), (ulFlags), (lpMessage), (lpulMsgRef), (lpulReturnParm)))
#define IXPLogon_EndMessage(This, ulMsgRef, lpulFlags) ((This)->lpVtbl->EndMessage((This), (ulMsgRef), (lpulFlags)))
#define IXPLogon_Poll(This, lpulIncoming) ((This)->lpVtbl->Poll((This), (lpulIncoming)))
#define IXPLogon_StartMessage(This, ulFlags, lpMessage, lpulMsgRef) ((This)->lpVtbl->StartMessage((This), (ulFlags), (lpMessage), (lpulMsgRef)))
#define IXPLogon_OpenStatusEntry(This, lpInterface, ulFlags, lpulObjType, lppEntry) ((This)->lpVtbl->OpenStatusEntry((This), (lpInterface), (ulFlags), (lpulObjType), (lppEntry)))
#define IXPLogon_ValidateState(This, ulUIParam, ulFlags) ((This)->lpVtbl->ValidateState((This), (ulUIParam), (ulFlags)))
#define IXPLogon_FlushQueues(This, ulUIParam, cbTargetTransport, lpTargetTransport, ulFlags) ((This)->lpVtbl->FlushQueues((This), (ulUIParam), (cbTargetTransport), (lpTargetTransport), (ulFlags)))
#endif

#define MAPI_IXPLOGON_METHODS(IPURE) \
	MAPIMETHOD(AddressTypes)(THIS_ ULONG *lpulFlags, ULONG *lpcAdrType, LPTSTR **lpppAdrTypeArray, ULONG *lpcMAPIUID, LPMAPIUID **lpppUIDArray) IPURE; \
	MAPIMETHOD(RegisterOptions)(THIS_ ULONG *lpulFlags, ULONG *lpcOptions, LPOPTIONDATA *lppOptions) IPURE; \
	MAPIMETHOD(TransportNotify)(THIS_ ULONG *lpulFlags, LPVOID *lppvData) IPURE; \
	MAPIMETHOD(Idle)(THIS_ ULONG ulFlags) IPURE; \
	MAPIMETHOD(TransportLogoff)(THIS_ ULONG ulFlags) IPURE; \
	MAPIMETHOD(SubmitMessage)(THIS_ ULONG ulFlags, LPMESSAGE lpMessage, ULONG_PTR *lpulMsgRef, ULONG_PTR *lpulReturnParm) IPURE; \
	MAPIMETHOD(EndMessage)(THIS_ ULONG_PTR ulMsgRef, ULONG *lpulFlags) IPURE; \
	MAPIMETHOD(Poll)(THIS_ ULONG *lpulIncoming) IPURE; \
	MAPIMETHOD(StartMessage)(THIS_ ULONG ulFlags, LPMESSAGE lpMessage, ULONG_PTR *lpulMsgRef) IPURE; \
	MAPIMETHOD(OpenStatusEntry)(THIS_ LPCIID lpInterface, ULONG ulFlags, ULONG *lpulObjType, LPMAPISTATUS *lppEntry) IPURE; \
	MAPIMETHOD(ValidateState)(THIS_ ULONG_PTR ulUIParam, ULONG ulFlags) IPURE; \
	MAPIMETHOD(FlushQueues)(THIS_ ULONG_PTR ulUIParam, ULONG cbTargetTransport, LPENTRYID lpTargetTransport, ULONG ulFlags) IPURE;

/* IXPProvider : IUnknown; IID_IXPProvider */
struct IXPProviderVtbl {
	/* IUnknown */
	HRESULT (STDMETHODCALLTYPE *QueryInterface)(IXPProvider *This, REFIID riid, LPVOID *ppvObj);
	ULONG (STDMETHODCALLTYPE *AddRef)(IXPProvider *This);
	ULONG (STDMETHODCALLTYPE *Release)(IXPProvider *This);
	/* IXPProvider */
	HRESULT (STDMETHODCALLTYPE *Shutdown)(IXPProvider *This, ULONG *lpulFlags);
	HRESULT (STDMETHODCALLTYPE *TransportLogon)(IXPProvider *This, LPMAPISUP lpMAPISup, ULONG_PTR ulUIParam, LPTSTR lpszProfileName, ULONG *lpulFlags, LPMAPIERROR *lppMAPIError, LPXPLOGON *lppXPLogon);
};

struct IXPProvider {
	CONST_VTBL IXPProviderVtbl *lpVtbl;
};

#if !defined(__cplusplus) || defined(CINTERFACE)
#define IXPProvider_QueryInterface(This, riid, ppvObj) ((This)->lpVtbl->QueryInterface((This), (riid), (ppvObj)))
#define IXPProvider_AddRef(This) ((This)->lpVtbl->AddRef((This)))
#define IXPProvider_Release(This) ((This)->lpVtbl->Release((This)))
#define IXPProvider_Shutdown(This, lpulFlags) ((This)->lpVtbl->Shutdown((This), (lpulFlags)))
#define IXPProvider_TransportLogon(This, lpMAPISup, ulUIParam, lpszProfileName, lpulFlags, lppMAPIError, lppXPLogon) ((This)->lpVtbl->TransportLogon((This), (lpMAPISup), (ulUIParam), (lpszProfileName), (lpulFlags), (lppMAPIError), (lppXPLogon)))
#endif

#define MAPI_IXPPROVIDER_METHODS(IPURE) \
	MAPIMETHOD(Shutdown)(THIS_ ULONG *lpulFlags) IPURE; \
	MAPIMETHOD(TransportLogon)(THIS_ LPMAPISUP lpMAPISup, ULONG_PTR ulUIParam, LPTSTR lpszProfileName, ULONG *lpulFlags, LPMAPIERROR *lppMAPIError, LPXPLOGON *lppXPLogon) IPURE;

/* IMSLogon : IUnknown; IID_IMSLogon */
struct IMSLogonVtbl {
	/* IUnknown */
	HRESULT (STDMETHODCALLTYPE *QueryInterface)(IMSLogon *This, REFIID riid, LPVOID *ppvObj);
	ULONG (STDMETHODCALLTYPE *AddRef)(IMSLogon *This);
	ULONG (STDMETHODCALLTYPE *Release)(IMSLogon *This);
	/* IMSLogon */
	HRESULT (STDMETHODCALLTYPE *GetLastError)(IMSLogon *This, HRESULT hResult, ULONG ulFlags, LPMAPIERROR *lppMAPIError);
	HRESULT (STDMETHODCALLTYPE *Logoff)(IMSLogon *This, ULONG *lpulFlags);
	HRESULT (STDMETHODCALLTYPE *OpenEntry)(IMSLogon *This, ULONG cbEntryID, LPENTRYID lpEntryID, LPCIID lpInterface, ULONG ulFlags, ULONG *lpulObjType, LPUNKNOWN *lppUnk);
	HRESULT (STDMETHODCALLTYPE *CompareEntryIDs)(IMSLogon *This, ULONG cbEntryID1, LPENTRYID lpEntryID1, ULONG cbEntryID2, LPENTRYID lpEntryID2, ULONG ulFlags, ULONG *lpulResult);
	HRESULT (STDMETHODCALLTYPE *Advise)(IMSLogon *This, ULONG cbEntryID, LPENTRYID lpEntryID, ULONG ulEventMask, LPMAPIADVISESINK lpAdviseSink, ULONG_PTR *lpulConnection);
	HRESULT (STDMETHODCALLTYPE *Unadvise)(IMSLogon *This, ULONG_PTR ulConnection);
	HRESULT (STDMETHODCALLTYPE *OpenStatusEntry)(IMSLogon *This, LPCIID lpInterface, ULONG ulFlags, ULONG *lpulObjType, LPVOID *lppEntry);
};

struct IMSLogon {
	CONST_VTBL IMSLogonVtbl *lpVtbl;
};

#if !defined(__cplusplus) || defined(CINTERFACE)
#define IMSLogon_QueryInterface(This, riid, ppvObj) ((This)->lpVtbl->QueryInterface((This), (riid), (ppvObj)))
#define IMSLogon_AddRef(This) ((This)->lpVtbl->AddRef((This)))
#define IMSLogon_Release(This) ((This)->lpVtbl->Release((This)))
#define IMSLogon_GetLastError(This, hResult, ulFlags, lppMAPIError) ((This)->lpVtbl->GetLastError((This), (hResult), (ulFlags), (lppMAPIError)))
#define IMSLogon_Logoff(This, lpulFlags) ((This)->lpVtbl->Logoff((This), (lpulFlags)))
#define IMSLogon_OpenEntry(This, cbEntryID, lpEntryID, lpInterface, ulFlags, lpulObjType, lppUnk) ((This)->lpVtbl->OpenEntry((This), (cbEntryID), (lpEntryID), (lpInterface), (ulFlags), (lpulObjType), (lppUnk)))
#define IMSLogon_CompareEntryIDs(This, cbEntryID1, lpEntryID1, cbEntryID2, lpEntryID2, ulFlags, lpulResult) ((This)->lpVtbl->CompareEntryIDs((This), (cbEntryID1), (lpEntryID1), (cbEntryID2), (lpEntryID2), (ulFlags), (lpulResult)))
#define IMSLogon_Advise(This, cbEntryID, lpEntryID, ulEventMask, lpAdviseSink, lpulConnection) ((This)->lpVtbl->Advise((This), (cbEntryID), (lpEntryID), (ulEventMask), (lpAdviseSink), (lpulConnection)))
#define IMSLogon_Unadvise(This, ulConnection) ((This)->lpVtbl->Unadvise((This), (ulConnection)))
#define IMSLogon_OpenStatusEntry(This, lpInterface, ulFlags, lpulObjType, lppEntry) ((This)->lpVtbl->OpenStatusEntry((This), (lpInterface), (ulFlags), (lpulObjType), (lppEntry)))
#endif

#define MAPI_IMSLOGON_METHODS(IPURE) \
	MAPIMETHOD(GetLastError)(THIS_ HRESULT hResult, ULONG ulFlags, LPMAPIERROR *lppMAPIError) IPURE; \
	MAPIMETHOD(Logoff)(THIS_ ULONG *lpulFlags) IPURE; \
	MAPIMETHOD(OpenEntry)(THIS_ ULONG cbEntryID, LPENTRYID lpEntryID, LPCIID lpInterface, ULONG ulFlags, ULONG *lpulObjType, LPUNKNOWN *lppUnk) IPURE; \
	MAPIMETHOD(CompareEntryIDs)(THIS_ ULONG cbEntryID1, LPENTRYID lpEntryID1, ULONG cbEntryID2, LPENTRYID lpEntryID2, ULONG ulFlags, ULONG *lpulResult) IPURE; \
	MAPIMETHOD(Advise)(THIS_ ULONG cbEntryID, LPENTRYID lpEntryID, ULONG ulEventMask, LPMAPIADVISESINK lpAdviseSink, ULONG_PTR *lpulConnection) IPURE; \
	MAPIMETHOD(Unadvise)(THIS_ ULONG_PTR ulConnection) IPURE; \
	MAPIMETHOD(OpenStatusEntry)(THIS_ LPCIID lpInterface, ULONG ulFlags, ULONG *lpulObjType, LPVOID *lppEntry) IPURE;

/* IMSProvider : IUnknown; IID_IMSProvider */
struct IMSProviderVtbl {
	/* IUnknown */
	HRESULT (STDMETHODCALLTYPE *QueryInterface)(IMSProvider *This, REFIID riid, LPVOID *ppvObj);
	ULONG (STDMETHODCALLTYPE *AddRef)(IMSProvider *This);
	ULONG (STDMETHODCALLTYPE *Release)(IMSProvider *This);
	/* IMSProvider */
	HRESULT (STDMETHODCALLTYPE *Shutdown)(IMSProvider *This, ULONG *lpulFlags);
	HRESULT (STDMETHODCALLTYPE *Logon)(IMSProvider *This, LPMAPISUP lpMAPISup, ULONG_PTR ulUIParam, LPTSTR lpszProfileName, ULONG cbEntryID, LPENTRYID lpEntryID, ULONG ulFlags, LPCIID lpInterface, ULONG *lpcbSpoolSecurity, LPBYTE *lppbSpoolSecurity, LPMAPIERROR *lppMAPIError, LPMSLOGON *lppMSLogon, LPMDB *lppMDB);
	HRESULT (STDMETHODCALLTYPE *SpoolerLogon)(IMSProvider *This, LPMAPISUP lpMAPISup, ULONG_PTR ulUIParam, LPTSTR lpszProfileName, ULONG cbEntryID, LPENTRYID lpEntryID, ULONG ulFlags, LPCIID lpInterface, ULONG cbSpoolSecurity, LPBYTE lpbSpoolSecurity, LPMAPIERROR *lppMAPIError, LPMSLOGON *lppMSLogon, LPMDB *lppMDB);
	HRESULT (STDMETHODCALLTYPE *CompareStoreIDs)(IMSProvider *This, ULONG cbEntryID1, LPENTRYID lpEntryID1, ULONG cbEntryID2, LPENTRYID lpEntryID2, ULONG ulFlags, ULONG *lpulResult);
};

struct IMSProvider {
	CONST_VTBL IMSProviderVtbl *lpVtbl;
};

#if !defined(__cplusplus) || defined(CINTERFACE)
#define IMSProvider_QueryInterface(This, riid, ppvObj) ((This)->lpVtbl->QueryInterface((This), (riid), (ppvObj)))
#define IMSProvider_AddRef(This) ((This)->lpVtbl->AddRef((This)))
#define IMSProvider_Release(This) ((This)->lpVtbl->Release((This)))
#define IMSProvider_Shutdown(This, lpulFlags) ((This)->lpVtbl->Shutdown((This), (lpulFlags)))
#define IMSProvider_Logon(This, lpMAPISup, ulUIParam, lpszProfileName, cbEntryID, lpEntryID, ulFlags, lpInterface, lpcbSpoolSecurity, lppbSpoolSecurity, lppMAPIError, lppMSLogon, lppMDB) ((This)->lpVtbl->Logon((This), (lpMAPISup), (ulUIParam), (lpszProfileName), (cbEntryID), (lpEntryID), (ulFlags), (lpInterface), (lpcbSpoolSecurity), (lppbSpoolSecurity), (lppMAPIError), (lppMSLogon), (lppMDB)))
#define IMSProvider_SpoolerLogon(This, lpMAPISup, ulUIParam, lpszProfileName, cbEntryID, lpEntryID, ulFlags, lpInterface, cbSpoolSecurity, lpbSpoolSecurity, lppMAPIError, lppMSLogon, lppMDB) ((This)->lpVtbl->SpoolerLogon((This), (lpMAPISup), (ulUIParam), (lpszProfileName), (cbEntryID), (lpEntryID), (ulFlags), (lpInterface), (cbSpoolSecurity), (lpbSpoolSecurity), (lppMAPIError), (lppMSLogon), (lppMDB)))
#define IMSProvider_CompareStoreIDs(This, cbEntryID1, lpEntryID1, cbEntryID2, lpEntryID2, ulFlags, lpulResult) ((This)->lpVtbl->CompareStoreIDs((This), (cbEntryID1), (lpEntryID1), (cbEntryID2), (lpEntryID2), (ulFlags), (lpulResult)))
#endif

#define MAPI_IMSPROVIDER_METHODS(IPURE) \
	MAPIMETHOD(Shutdown)(THIS_ ULONG *lpulFlags) IPURE; \
	MAPIMETHOD(Logon)(THIS_ LPMAPISUP lpMAPISup, ULONG_PTR ulUIParam, LPTSTR lpszProfileName, ULONG cbEntryID, LPENTRYID lpEntryID, ULONG ulFlags, LPCIID lpInterface, ULONG *lpcbSpoolSecurity, LPBYTE *lppbSpoolSecurity, LPMAPIERROR *lppMAPIError, LPMSLOGON *lppMSLogon, LPMDB *lppMDB) IPURE; \
	MAPIMETHOD(SpoolerLogon)(THIS_ LPMAPISUP lpMAPISup, ULONG_PTR ulUIParam, LPTSTR lpszProfileName, ULONG cbEntryID, LPENTRYID lpEntryID, ULONG ulFlags, LPCIID lpInterface, ULONG cbSpoolSecurity, LPBYTE lpbSpoolSecurity, LPMAPIERROR *lppMAPIError, LPMSLOGON *lppMSLogon, LPMDB *lppMDB) IPURE; \
	MAPIMETHOD(CompareStoreIDs)(THIS_ ULONG cbEntryID1, LPENTRYID lpEntryID1, ULONG cbEntryID2, LPENTRYID lpEntryID2, ULONG ulFlags, ULONG *lpulResult) IPURE;
/* clang-format on */
/* @generated-end interfaces */

MAPIX_END_DECLS

#endif /* MAPIX_MAPISPI_H */
