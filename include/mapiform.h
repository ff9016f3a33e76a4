/*
 * mapiform.h - MAPI forms: the interfaces between a viewer, the forms it
 * hosts and the form registries.
 *
 * Forms are a Windows user-interface concept (a form is a COM server with
 * windows).  mapix declares everything Windows declares here, so programs
 * that mention these names compile, but no object implements any of the
 * interfaces: MAPIOpenFormMgr and MAPIOpenLocalFormContainer answer
 * MAPI_E_NO_SUPPORT with a message, and no object of mapix answers
 * QueryInterface for a form interface (docs/CONFORMANCE.md).
 */
#ifndef MAPIX_MAPIFORM_H
#define MAPIX_MAPIFORM_H

#include <mapix.h>

MAPIX_BEGIN_DECLS

typedef const RECT *LPCRECT;

/* A form registry (container): a well-known one, or a folder's. */
typedef ULONG HFRMREG;

/* @generated-begin forward: do not edit; see scripts/mapigen.py */
/* clang-format off */
typedef struct IPersistMessage IPersistMessage;
typedef struct IPersistMessageVtbl IPersistMessageVtbl;
typedef IPersistMessage *LPPERSISTMESSAGE;

typedef struct IMAPIMessageSite IMAPIMessageSite;
typedef struct IMAPIMessageSiteVtbl IMAPIMessageSiteVtbl;
typedef IMAPIMessageSite *LPMAPIMESSAGESITE;

typedef struct IMAPIForm IMAPIForm;
typedef struct IMAPIFormVtbl IMAPIFormVtbl;
typedef IMAPIForm *LPMAPIFORM;

typedef struct IMAPIViewContext IMAPIViewContext;
typedef struct IMAPIViewContextVtbl IMAPIViewContextVtbl;
typedef IMAPIViewContext *LPMAPIVIEWCONTEXT;

typedef struct IMAPIFormAdviseSink IMAPIFormAdviseSink;
typedef struct IMAPIFormAdviseSinkVtbl IMAPIFormAdviseSinkVtbl;
typedef IMAPIFormAdviseSink *LPMAPIFORMADVISESINK;

typedef struct IMAPIViewAdviseSink IMAPIViewAdviseSink;
typedef struct IMAPIViewAdviseSinkVtbl IMAPIViewAdviseSinkVtbl;
typedef IMAPIViewAdviseSink *LPMAPIVIEWADVISESINK;

typedef struct IMAPIFormInfo IMAPIFormInfo;
typedef struct IMAPIFormInfoVtbl IMAPIFormInfoVtbl;
typedef IMAPIFormInfo *LPMAPIFORMINFO;

typedef struct IMAPIFormMgr IMAPIFormMgr;
typedef struct IMAPIFormMgrVtbl IMAPIFormMgrVtbl;
typedef IMAPIFormMgr *LPMAPIFORMMGR;

typedef struct IMAPIFormContainer IMAPIFormContainer;
typedef struct IMAPIFormContainerVtbl IMAPIFormContainerVtbl;
typedef IMAPIFormContainer *LPMAPIFORMCONTAINER;

typedef struct IMAPIFormFactory IMAPIFormFactory;
typedef struct IMAPIFormFactoryVtbl IMAPIFormFactoryVtbl;
typedef IMAPIFormFactory *LPMAPIFORMFACTORY;
/* clang-format on */
/* @generated-end forward */

typedef const char **LPPCSTR;
typedef LPMAPIFORMINFO *LPPMAPIFORMINFO;

STDAPI MAPIOpenFormMgr(LPMAPISESSION pSession, LPMAPIFORMMGR *ppmgr);
STDAPI MAPIOpenLocalFormContainer(LPMAPIFORMCONTAINER *ppfcnt);

/* IMAPIForm::ShutdownForm */
typedef enum tagSAVEOPTS {
	SAVEOPTS_SAVEIFDIRTY = 0,
	SAVEOPTS_NOSAVE = 1,
	SAVEOPTS_PROMPTSAVE = 2
} SAVEOPTS;

/* IMAPIViewContext::GetPrintSetup */
typedef struct {
	ULONG ulFlags; /* MAPI_UNICODE */
	HGLOBAL hDevMode;
	HGLOBAL hDevNames;
	ULONG ulFirstPageNumber;
	ULONG fPrintAttachments;
} FORMPRINTSETUP, *LPFORMPRINTSETUP;

/* One value of an enumerated form property. */
typedef struct {
	LPTSTR pszDisplayName;
	ULONG nVal;
} SMAPIFormPropEnumVal, *LPMAPIFORMPROPENUMVAL;

/* What nSpecialType of SMAPIFormProp says about its union (FPST_*). */
typedef ULONG FORMPROPSPECIALTYPE;

/* A property a form uses. */
typedef struct {
	ULONG ulFlags; /* MAPI_UNICODE if the strings are wide */
	ULONG nPropType;
	MAPINAMEID nmid;
	LPTSTR pszDisplayName;
	FORMPROPSPECIALTYPE nSpecialType;
	union {
		struct {
			MAPINAMEID nmidIdx;
			ULONG cfpevAvailable;
			LPMAPIFORMPROPENUMVAL pfpevAvailable;
		} s1;
	} u;
} SMAPIFormProp, *LPMAPIFORMPROP;

typedef struct {
	ULONG cProps;
	ULONG ulPad;
	SMAPIFormProp aFormProp[MAPI_DIM];
} SMAPIFormPropArray, *LPMAPIFORMPROPARRAY;

#define CbMAPIFormPropArray(c)                                                 \
	(offsetof(SMAPIFormPropArray, aFormProp) +                             \
	 (size_t)(c) * sizeof(SMAPIFormProp))

/* A verb of a form (Open, Reply ...). */
typedef struct {
	LONG lVerb;
	LPTSTR szVerbname;
	DWORD fuFlags;
	DWORD grfAttribs;
	ULONG ulFlags; /* 0 or MAPI_UNICODE */
} SMAPIVerb, *LPMAPIVERB;

typedef struct {
	ULONG cMAPIVerb;
	SMAPIVerb aMAPIVerb[MAPI_DIM];
} SMAPIVerbArray, *LPMAPIVERBARRAY;

#define CbMAPIVerbArray(c)                                                     \
	(offsetof(SMAPIVerbArray, aMAPIVerb) + (size_t)(c) * sizeof(SMAPIVerb))

typedef struct {
	ULONG cValues;
	LPCSTR aMessageClass[MAPI_DIM];
} SMessageClassArray, *LPSMESSAGECLASSARRAY;

#define CbMessageClassArray(c)                                                 \
	(offsetof(SMessageClassArray, aMessageClass) +                         \
	 (size_t)(c) * sizeof(LPCSTR))

typedef struct {
	ULONG cForms;
	LPMAPIFORMINFO aFormInfo[MAPI_DIM];
} SMAPIFormInfoArray, *LPSMAPIFORMINFOARRAY;

#define CbMAPIFormInfoArray(c)                                                 \
	(offsetof(SMAPIFormInfoArray, aFormInfo) +                             \
	 (size_t)(c) * sizeof(LPMAPIFORMINFO))

/* The platform of a form server in a .cfg file: CPU and OS numbers. */
#define MAPIFORM_PLATFORM(cpu, os)                                             \
	((ULONG)((((ULONG)(cpu)) << 16) | (ULONG)(os)))

/* Flags, platform numbers, view-context status bits (spec/constants.def). */
/* @generated-begin constants: do not edit; see scripts/mapigen.py */
/* clang-format off */
#define FORMPROPSET_INTERSECTION 1
#define FORMPROPSET_UNION 0
#define FPST_ENUM_PROP 1
#define FPST_VANILLA 0
#define HFRMREG_DEFAULT 0
#define HFRMREG_FOLDER 3
#define HFRMREG_LOCAL 1
#define HFRMREG_PERSONAL 2
#define MAPIFORM_CPU_AXP 3
#define MAPIFORM_CPU_M68 5
#define MAPIFORM_CPU_MIP 2
#define MAPIFORM_CPU_PPC 4
#define MAPIFORM_CPU_X64 6
#define MAPIFORM_CPU_X86 1
#define MAPIFORM_EXACTMATCH 0x00000020
#define MAPIFORM_INSTALL_DIALOG 0x00000008
#define MAPIFORM_INSTALL_OVERWRITEONCONFLICT 0x00000010
#define MAPIFORM_OS_MAC_7x 4
#define MAPIFORM_OS_WINNT_35 2
#define MAPIFORM_OS_WINNT_40 5
#define MAPIFORM_OS_WINNT_50 6
#define MAPIFORM_OS_WINNT_60 7
#define MAPIFORM_OS_WIN_31 1
#define MAPIFORM_OS_WIN_95 3
#define MAPIFORM_SELECT_ALL_REGISTRIES 0
#define MAPIFORM_SELECT_FOLDER_REGISTRY_ONLY 1
#define MAPIFORM_SELECT_NON_FOLDER_REGISTRY_ONLY 2
#define MAPI_MESSAGE_BEHAVIOR_FOLDER 1
#define MAPI_MESSAGE_BEHAVIOR_IPM 0
#define SAVE_FORMAT_RICHTEXT 2
#define SAVE_FORMAT_TEXT 1
#define VCDIR_DELETE 0x00010000
#define VCDIR_MOVE 0x00040000
#define VCDIR_NEXT 0x00000001
#define VCDIR_PREV 0x00000002
#define VCSTATUS_COPY 0x00020000
#define VCSTATUS_DELETE 0x00010000
#define VCSTATUS_DELETE_IS_MOVE 0x00100000
#define VCSTATUS_INTERACTIVE 0x00000008
#define VCSTATUS_MODAL 0x00000004
#define VCSTATUS_MOVE 0x00040000
#define VCSTATUS_NEW_MESSAGE 0x00400000
#define VCSTATUS_NEXT 0x00000001
#define VCSTATUS_PREV 0x00000002
#define VCSTATUS_READONLY 0x00000010
#define VCSTATUS_SAVE 0x00200000
#define VCSTATUS_SUBMIT 0x00080000
/* clang-format on */
/* @generated-end constants */

/* @generated-begin interfaces: do not edit; see scripts/mapigen.py */
/* clang-format off */
/* IPersistMessage : IUnknown; IID_IPersistMessage */
struct IPersistMessageVtbl {
	/* IUnknown */
	HRESULT (STDMETHODCALLTYPE *QueryInterface)(IPersistMessage *This, REFIID riid, LPVOID *ppvObj);
	ULONG (STDMETHODCALLTYPE *AddRef)(IPersistMessage *This);
	ULONG (STDMETHODCALLTYPE *Release)(IPersistMessage *This);
	/* IPersistMessage */
	HRESULT (STDMETHODCALLTYPE *GetLastError)(IPersistMessage *This, HRESULT hResult, ULONG ulFlags, LPMAPIERROR *lppMAPIError);
	HRESULT (STDMETHODCALLTYPE *GetClassID)(IPersistMessage *This, LPCLSID lpClassID);
	HRESULT (STDMETHODCALLTYPE *IsDirty)(IPersistMessage *This);
	HRESULT (STDMETHODCALLTYPE *InitNew)(IPersistMessage *This, LPMAPIMESSAGESITE pMessageSite, LPMESSAGE pMessage);
	HRESULT (STDMETHODCALLTYPE *Load)(IPersistMessage *This, LPMAPIMESSAGESITE pMessageSite, LPMESSAGE pMessage, ULONG ulMessageStatus, ULONG ulMessageFlags);
	HRESULT (STDMETHODCALLTYPE *Save)(IPersistMessage *This, LPMESSAGE pMessage, ULONG fSameAsLoad);
	HRESULT (STDMETHODCALLTYPE *SaveCompleted)(IPersistMessage *This, LPMESSAGE pMessage);
	HRESULT (STDMETHODCALLTYPE *HandsOffMessage)(IPersistMessage *This);
};

struct IPersistMessage {
	CONST_VTBL IPersistMessageVtbl *lpVtbl;
};

#if !defined(__cplusplus) || defined(CINTERFACE)
#define IPersistMessage_QueryInterface(This, riid, ppvObj) ((This)->lpVtbl->QueryInterface((This), (riid), (ppvObj)))
#define IPersistMessage_AddRef(This) ((This)->lpVtbl->AddRef((This)))
#define IPersistMessage_Release(This) ((This)->lpVtbl->Release((This)))
#define IPersistMessage_GetLastError(This, hResult, ulFlags, lppMAPIError) ((This)->lpVtbl->GetLastError((This), (hResult), (ulFlags), (lppMAPIError)))
#define IPersistMessage_GetClassID(This, lpClassID) ((This)->lpVtbl->GetClassID((This), (lpClassID)))
#define IPersistMessage_IsDirty(This) ((This)->lpVtbl->IsDirty((This)))
#define IPersistMessage_InitNew(This, pMessageSite, pMessage) ((This)->lpVtbl->InitNew((This), (pMessageSite), (pMessage)))
#define IPersistMessage_Load(This, pMessageSite, pMessage, ulMessageStatus, ulMessageFlags) ((This)->lpVtbl->Load((This), (pMessageSite), (pMessage), (ulMessageStatus), (ulMessageFlags)))
#define IPersistMessage_Save(This, pMessage, fSameAsLoad) ((This)->lpVtbl->Save((This), (pMessage), (fSameAsLoad)))
#define IPersistMessage_SaveCompleted(This, pMessage) ((This)->lpVtbl->SaveCompleted((This), (pMessage)))
#define IPersistMessage_HandsOffMessage(This) ((This)->lpVtbl->HandsOffMessage((This)))
#endif

#define MAPI_GETLASTERROR_METHOD(IPURE) \
	MAPIMETHOD(GetLastError)(THIS_ HRESULT hResult, ULONG ulFlags, LPMAPIERROR *lppMAPIError) IPURE;
#define MAPI_IPERSISTMESSAGE_METHODS(IPURE) \
	MAPIMETHOD(GetClassID)(THIS_ LPCLSID lpClassID) IPURE; \
	MAPIMETHOD(IsDirty)(THIS) IPURE; \
	MAPIMETHOD(InitNew)(THIS_ LPMAPIMESSAGESITE pMessageSite, LPMESSAGE pMessage) IPURE; \
	MAPIMETHOD(Load)(THIS_ LPMAPIMESSAGESITE pMessageSite, LPMESSAGE pMessage, ULONG ulMessageStatus, ULONG ulMessageFlags) IPURE; \
	MAPIMETHOD(Save)(THIS_ LPMESSAGE pMessage, ULONG fSameAsLoad) IPURE; \
	MAPIMETHOD(SaveCompleted)(THIS_ LPMESSAGE pMessage) IPURE; \
	MAPIMETHOD(HandsOffMessage)(THIS) IPURE;

/* IMAPIMessageSite : IUnknown; IID_IMAPIMessageSite */
struct IMAPIMessageSiteVtbl {
	/* IUnknown */
	HRESULT (STDMETHODCALLTYPE *QueryInterface)(IMAPIMessageSite *This, REFIID riid, LPVOID *ppvObj);
	ULONG (STDMETHODCALLTYPE *AddRef)(IMAPIMessageSite *This);
	ULONG (STDMETHODCALLTYPE *Release)(IMAPIMessageSite *This);
	/* IMAPIMessageSite */
	HRESULT (STDMETHODCALLTYPE *GetLastError)(IMAPIMessageSite *This, HRESULT hResult, ULONG ulFlags, LPMAPIERROR *lppMAPIError);
	HRESULT (STDMETHODCALLTYPE *GetSession)(IMAPIMessageSite *This, LPMAPISESSION *ppSession);
	HRESULT (STDMETHODCALLTYPE *GetStore)(IMAPIMessageSite *This, LPMDB *ppStore);
	HRESULT (STDMETHODCALLTYPE *GetFolder)(IMAPIMessageSite *This, LPMAPIFOLDER *ppFolder);
	HRESULT (STDMETHODCALLTYPE *GetMessage)(IMAPIMessageSite *This, LPMESSAGE *ppmsg);
	HRESULT (STDMETHODCALLTYPE *GetFormManager)(IMAPIMessageSite *This, LPMAPIFORMMGR *ppFormMgr);
	HRESULT (STDMETHODCALLTYPE *NewMessage)(IMAPIMessageSite *This, ULONG fComposeInFolder, LPMAPIFOLDER pFolderFocus, LPPERSISTMESSAGE pPersistMessage, LPMESSAGE *ppMessage, LPMAPIMESSAGESITE *ppMessageSite, LPMAPIVIEWCONTEXT *ppViewContext);
	HRESULT (STDMETHODCALLTYPE *CopyMessage)(IMAPIMessageSite *This, LPMAPIFOLDER pFolderDestination);
	HRESULT (STDMETHODCALLTYPE *MoveMessage)(IMAPIMessageSite *This, LPMAPIFOLDER pFolderDestination, LPMAPIVIEWCONTEXT pViewContext, LPCRECT prcPosRect);
	HRESULT (STDMETHODCALLTYPE *DeleteMessage)(IMAPIMessageSite *This, LPMAPIVIEWCONTEXT pViewContext, LPCRECT prcPosRect);
	HRESULT (STDMETHODCALLTYPE *SaveMessage)(IMAPIMessageSite *This);
	HRESULT (STDMETHODCALLTYPE *SubmitMessage)(IMAPIMessageSite *This, ULONG ulFlags);
	HRESULT (STDMETHODCALLTYPE *GetSiteStatus)(IMAPIMessageSite *This, LPULONG lpulStatus);
};

struct IMAPIMessageSite {
	CONST_VTBL IMAPIMessageSiteVtbl *lpVtbl;
};

#if !defined(__cplusplus) || defined(CINTERFACE)
#define IMAPIMessageSite_QueryInterface(This, riid, ppvObj) ((This)->lpVtbl->QueryInterface((This), (riid), (ppvObj)))
#define IMAPIMessageSite_AddRef(This) ((This)->lpVtbl->AddRef((This)))
#define IMAPIMessageSite_Release(This) ((This)->lpVtbl->Release((This)))
#define IMAPIMessageSite_GetLastError(This, hResult, ulFlags, lppMAPIError) ((This)->lpVtbl->GetLastError((This), (hResult), (ulFlags), (lppMAPIError)))
#define IMAPIMessageSite_GetSession(This, ppSession) ((This)->lpVtbl->GetSession((This), (ppSession)))
#define IMAPIMessageSite_GetStore(This, ppStore) ((This)->lpVtbl->GetStore((This), (ppStore)))
#define IMAPIMessageSite_GetFolder(This, ppFolder) ((This)->lpVtbl->GetFolder((This), (ppFolder)))
#define IMAPIMessageSite_GetMessage(This, ppmsg) ((This)->lpVtbl->GetMessage((This), (ppmsg)))
#define IMAPIMessageSite_GetFormManager(This, ppFormMgr) ((This)->lpVtbl->GetFormManager((This), (ppFormMgr)))
#define IMAPIMessageSite_NewMessage(This, fComposeInFolder, pFolderFocus, pPersistMessage, ppMessage, ppMessageSite, ppViewContext) ((This)->lpVtbl->NewMessage((This), (fComposeInFolder), (pFolderFocus), (pPersistMessage), (ppMessage), (ppMessageSite), (ppViewContext)))
#define IMAPIMessageSite_CopyMessage(This, pFolderDestination) ((This)->lpVtbl->CopyMessage((This), (pFolderDestination)))
#define IMAPIMessageSite_MoveMessage(This, pFolderDestination, pViewContext, prcPosRect) ((This)->lpVtbl->MoveMessage((This), (pFolderDestination), (pViewContext), (prcPosRect)))
#define IMAPIMessageSite_DeleteMessage(This, pViewContext, prcPosRect) ((This)->lpVtbl->DeleteMessage((This), (pViewContext), (prcPosRect)))
#define IMAPIMessageSite_SaveMessage(This) ((This)->lpVtbl->SaveMessage((This)))
#define IMAPIMessageSite_SubmitMessage(This, ulFlags) ((This)->lpVtbl->SubmitMessage((This), (ulFlags)))
#define IMAPIMessageSite_GetSiteStatus(This, lpulStatus) ((This)->lpVtbl->GetSiteStatus((This), (lpulStatus)))
#endif

#define MAPI_IMAPIMESSAGESITE_METHODS(IPURE) \
	MAPIMETHOD(GetSession)(THIS_ LPMAPISESSION *ppSession) IPURE; \
	MAPIMETHOD(GetStore)(THIS_ LPMDB *ppStore) IPURE; \
	MAPIMETHOD(GetFolder)(THIS_ LPMAPIFOLDER *ppFolder) IPURE; \
	MAPIMETHOD(GetMessage)(THIS_ LPMESSAGE *ppmsg) IPURE; \
	MAPIMETHOD(GetFormManager)(THIS_ LPMAPIFORMMGR *ppFormMgr) IPURE; \
	MAPIMETHOD(NewMessage)(THIS_ ULONG fComposeInFolder, LPMAPIFOLDER pFolderFocus, LPPERSISTMESSAGE pPersistMessage, LPMESSAGE *ppMessage, LPMAPIMESSAGESITE *ppMessageSite, LPMAPIVIEWCONTEXT *ppViewContext) IPURE; \
	MAPIMETHOD(CopyMessage)(THIS_ LPMAPIFOLDER pFolderDestination) IPURE; \
	MAPIMETHOD(MoveMessage)(THIS_ LPMAPIFOLDER pFolderDestination, LPMAPIVIEWCONTEXT pViewContext, LPCRECT prcPosRect) IPURE; \
	MAPIMETHOD(DeleteMessage)(THIS_ LPMAPIVIEWCONTEXT pViewContext, LPCRECT prcPosRect) IPURE; \
	MAPIMETHOD(SaveMessage)(THIS) IPURE; \
	MAPIMETHOD(SubmitMessage)(THIS_ ULONG ulFlags) IPURE; \
	MAPIMETHOD(GetSiteStatus)(THIS_ LPULONG lpulStatus) IPURE;

/* IMAPIForm : IUnknown; IID_IMAPIForm */
struct IMAPIFormVtbl {
	/* IUnknown */
	HRESULT (STDMETHODCALLTYPE *QueryInterface)(IMAPIForm *This, REFIID riid, LPVOID *ppvObj);
	ULONG (STDMETHODCALLTYPE *AddRef)(IMAPIForm *This);
	ULONG (STDMETHODCALLTYPE *Release)(IMAPIForm *This);
	/* IMAPIForm */
	HRESULT (STDMETHODCALLTYPE *GetLastError)(IMAPIForm *This, HRESULT hResult, ULONG ulFlags, LPMAPIERROR *lppMAPIError);
	HRESULT (STDMETHODCALLTYPE *SetViewContext)(IMAPIForm *This, LPMAPIVIEWCONTEXT pViewContext);
	HRESULT (STDMETHODCALLTYPE *GetViewContext)(IMAPIForm *This, LPMAPIVIEWCONTEXT *ppViewContext);
	HRESULT (STDMETHODCALLTYPE *ShutdownForm)(IMAPIForm *This, ULONG ulSaveOptions);
	HRESULT (STDMETHODCALLTYPE *DoVerb)(IMAPIForm *This, LONG iVerb, LPMAPIVIEWCONTEXT lpViewContext, ULONG_PTR hwndParent, LPCRECT lprcPosRect);
	HRESULT (STDMETHODCALLTYPE *Advise)(IMAPIForm *This, LPMAPIVIEWADVISESINK pAdvise, ULONG_PTR *pdwStatus);
	HRESULT (STDMETHODCALLTYPE *Unadvise)(IMAPIForm *This, ULONG_PTR ulConnection);
};

struct IMAPIForm {
	CONST_VTBL IMAPIFormVtbl *lpVtbl;
};

#if !defined(__cplusplus) || defined(CINTERFACE)
#define IMAPIForm_QueryInterface(This, riid, ppvObj) ((This)->lpVtbl->QueryInterface((This), (riid), (ppvObj)))
#define IMAPIForm_AddRef(This) ((This)->lpVtbl->AddRef((This)))
#define IMAPIForm_Release(This) ((This)->lpVtbl->Release((This)))
#define IMAPIForm_GetLastError(This, hResult, ulFlags, lppMAPIError) ((This)->lpVtbl->GetLastError((This), (hResult), (ulFlags), (lppMAPIError)))
#define IMAPIForm_SetViewContext(This, pViewContext) ((This)->lpVtbl->SetViewContext((This), (pViewContext)))
#define IMAPIForm_GetViewContext(This, ppViewContext) ((This)->lpVtbl->GetViewContext((This), (ppViewContext)))
#define IMAPIForm_ShutdownForm(This, ulSaveOptions) ((This)->lpVtbl->ShutdownForm((This), (ulSaveOptions)))
#define IMAPIForm_DoVerb(This, iVerb, lpViewContext, hwndParent, lprcPosRect) ((This)->lpVtbl->DoVerb((This), (iVerb), (lpViewContext), (hwndParent), (lprcPosRect)))
#define IMAPIForm_Advise(This, pAdvise, pdwStatus) ((This)->lpVtbl->Advise((This), (pAdvise), (pdwStatus)))
#define IMAPIForm_Unadvise(This, ulConnection) ((This)->lpVtbl->Unadvise((This), (ulConnection)))
#endif

#define MAPI_IMAPIFORM_METHODS(IPURE) \
	MAPIMETHOD(SetViewContext)(THIS_ LPMAPIVIEWCONTEXT pViewContext) IPURE; \
	MAPIMETHOD(GetViewContext)(THIS_ LPMAPIVIEWCONTEXT *ppViewContext) IPURE; \
	MAPIMETHOD(ShutdownForm)(THIS_ ULONG ulSaveOptions) IPURE; \
	MAPIMETHOD(DoVerb)(THIS_ LONG iVerb, LPMAPIVIEWCONTEXT lpViewContext, ULONG_PTR hwndParent, LPCRECT lprcPosRect) IPURE; \
	MAPIMETHOD(Advise)(THIS_ LPMAPIVIEWADVISESINK pAdvise, ULONG_PTR *pdwStatus) IPURE; \
	MAPIMETHOD(Unadvise)(THIS_ ULONG_PTR ulConnection) IPURE;

/* IMAPIViewContext : IUnknown; IID_IMAPIViewContext */
struct IMAPIViewContextVtbl {
	/* IUnknown */
	HRESULT (STDMETHODCALLTYPE *QueryInterface)(IMAPIViewContext *This, REFIID riid, LPVOID *ppvObj);
	ULONG (STDMETHODCALLTYPE *AddRef)(IMAPIViewContext *This);
	ULONG (STDMETHODCALLTYPE *Release)(IMAPIViewContext *This);
	/* IMAPIViewContext */
	HRESULT (STDMETHODCALLTYPE *GetLastError)(IMAPIViewContext *This, HRESULT hResult, ULONG ulFlags, LPMAPIERROR *lppMAPIError);
	HRESULT (STDMETHODCALLTYPE *SetAdviseSink)(IMAPIViewContext *This, LPMAPIFORMADVISESINK pmvns);
	HRESULT (STDMETHODCALLTYPE *ActivateNext)(IMAPIViewContext *This, ULONG ulDir, LPCRECT prcPosRect);
	HRESULT (STDMETHODCALLTYPE *GetPrintSetup)(IMAPIViewContext *This, ULONG ulFlags, LPFORMPRINTSETUP *lppFormPrintSetup);
	HRESULT (STDMETHODCALLTYPE *GetSaveStream)(IMAPIViewContext *This, ULONG *pulFlags, ULONG *pulFormat, LPSTREAM *ppstm);
	HRESULT (STDMETHODCALLTYPE *GetViewStatus)(IMAPIViewContext *This, LPULONG lpulStatus);
};

struct IMAPIViewContext {
	CONST_VTBL IMAPIViewContextVtbl *lpVtbl;
};

#if !defined(__cplusplus) || defined(CINTERFACE)
#define IMAPIViewContext_QueryInterface(This, riid, ppvObj) ((This)->lpVtbl->QueryInterface((This), (riid), (ppvObj)))
#define IMAPIViewContext_AddRef(This) ((This)->lpVtbl->AddRef((This)))
#define IMAPIViewContext_Release(This) ((This)->lpVtbl->Release((This)))
#define IMAPIViewContext_GetLastError(This, hResult, ulFlags, lppMAPIError) ((This)->lpVtbl->GetLastError((This), (hResult), (ulFlags), (lppMAPIError)))
#define IMAPIViewContext_SetAdviseSink(This, pmvns) ((This)->lpVtbl->SetAdviseSink((This), (pmvns)))
#define IMAPIViewContext_ActivateNext(This, ulDir, prcPosRect) ((This)->lpVtbl->ActivateNext((This), (ulDir), (prcPosRect)))
#define IMAPIViewContext_GetPrintSetup(This, ulFlags, lppFormPrintSetup) ((This)->lpVtbl->GetPrintSetup((This), (ulFlags), (lppFormPrintSetup)))
#define IMAPIViewContext_GetSaveStream(This, pulFlags, pulFormat, ppstm) ((This)->lpVtbl->GetSaveStream((This), (pulFlags), (pulFormat), (ppstm)))
#define IMAPIViewContext_GetViewStatus(This, lpulStatus) ((This)->lpVtbl->GetViewStatus((This), (lpulStatus)))
#endif

#define MAPI_IMAPIVIEWCONTEXT_METHODS(IPURE) \
	MAPIMETHOD(SetAdviseSink)(THIS_ LPMAPIFORMADVISESINK pmvns) IPURE; \
	MAPIMETHOD(ActivateNext)(THIS_ ULONG ulDir, LPCRECT prcPosRect) IPURE; \
	MAPIMETHOD(GetPrintSetup)(THIS_ ULONG ulFlags, LPFORMPRINTSETUP *lppFormPrintSetup) IPURE; \
	MAPIMETHOD(GetSaveStream)(THIS_ ULONG *pulFlags, ULONG *pulFormat, LPSTREAM *ppstm) IPURE; \
	MAPIMETHOD(GetViewStatus)(THIS_ LPULONG lpulStatus) IPURE;

/* IMAPIFormAdviseSink : IUnknown; IID_IMAPIFormAdviseSink */
struct IMAPIFormAdviseSinkVtbl {
	/* IUnknown */
	HRESULT (STDMETHODCALLTYPE *QueryInterface)(IMAPIFormAdviseSink *This, REFIID riid, LPVOID *ppvObj);
	ULONG (STDMETHODCALLTYPE *AddRef)(IMAPIFormAdviseSink *This);
	ULONG (STDMETHODCALLTYPE *Release)(IMAPIFormAdviseSink *This);
	/* IMAPIFormAdviseSink */
	HRESULT (STDMETHODCALLTYPE *OnChange)(IMAPIFormAdviseSink *This, ULONG ulDir);
	HRESULT (STDMETHODCALLTYPE *OnActivateNext)(IMAPIFormAdviseSink *This, LPCSTR lpszMessageClass, ULONG ulMessageStatus, ULONG ulMessageFlags, LPPERSISTMESSAGE *ppPersistMessage);
};

struct IMAPIFormAdviseSink {
	CONST_VTBL IMAPIFormAdviseSinkVtbl *lpVtbl;
};

#if !defined(__cplusplus) || defined(CINTERFACE)
#define IMAPIFormAdviseSink_QueryInterface(This, riid, ppvObj) ((This)->lpVtbl->QueryInterface((This), (riid), (ppvObj)))
#define IMAPIFormAdviseSink_AddRef(This) ((This)->lpVtbl->AddRef((This)))
#define IMAPIFormAdviseSink_Release(This) ((This)->lpVtbl->Release((This)))
#define IMAPIFormAdviseSink_OnChange(This, ulDir) ((This)->lpVtbl->OnChange((This), (ulDir)))
#define IMAPIFormAdviseSink_OnActivateNext(This, lpszMessageClass, ulMessageStatus, ulMessageFlags, ppPersistMessage) ((This)->lpVtbl->OnActivateNext((This), (lpszMessageClass), (ulMessageStatus), (ulMessageFlags), (ppPersistMessage)))
#endif

#define MAPI_IMAPIFORMADVISESINK_METHODS(IPURE) \
	MAPIMETHOD(OnChange)(THIS_ ULONG ulDir) IPURE; \
	MAPIMETHOD(OnActivateNext)(THIS_ LPCSTR lpszMessageClass, ULONG ulMessageStatus, ULONG ulMessageFlags, LPPERSISTMESSAGE *ppPersistMessage) IPURE;

/* IMAPIViewAdviseSink : IUnknown; IID_IMAPIViewAdviseSink */
struct IMAPIViewAdviseSinkVtbl {
	/* IUnknown */
	HRESULT (STDMETHODCALLTYPE *QueryInterface)(IMAPIViewAdviseSink *This, REFIID riid, LPVOID *ppvObj);
	ULONG (STDMETHODCALLTYPE *AddRef)(IMAPIViewAdviseSink *This);
	ULONG (STDMETHODCALLTYPE *Release)(IMAPIViewAdviseSink *This);
	/* IMAPIViewAdviseSink */
	HRESULT (STDMETHODCALLTYPE *OnShutdown)(IMAPIViewAdviseSink *This);
	HRESULT (STDMETHODCALLTYPE *OnNewMessage)(IMAPIViewAdviseSink *This);
	HRESULT (STDMETHODCALLTYPE *OnPrint)(IMAPIViewAdviseSink *This, ULONG dwPageNumber, HRESULT hrStatus);
	HRESULT (STDMETHODCALLTYPE *OnSubmitted)(IMAPIViewAdviseSink *This);
	HRESULT (STDMETHODCALLTYPE *OnSaved)(IMAPIViewAdviseSink *This);
};

struct IMAPIViewAdviseSink {
	CONST_VTBL IMAPIViewAdviseSinkVtbl *lpVtbl;
};

#if !defined(__cplusplus) || defined(CINTERFACE)
#define IMAPIViewAdviseSink_QueryInterface(This, riid, ppvObj) ((This)->lpVtbl->QueryInterface((This), (riid), (ppvObj)))
#define IMAPIViewAdviseSink_AddRef(This) ((This)->lpVtbl->AddRef((This)))
#define IMAPIViewAdviseSink_Release(This) ((This)->lpVtbl->Release((This)))
#define IMAPIViewAdviseSink_OnShutdown(This) ((This)->lpVtbl->OnShutdown((This)))
#define IMAPIViewAdviseSink_OnNewMessage(This) ((This)->lpVtbl->OnNewMessage((This)))
#define IMAPIViewAdviseSink_OnPrint(This, dwPageNumber, hrStatus) ((This)->lpVtbl->OnPrint((This), (dwPageNumber), (hrStatus)))
#define IMAPIViewAdviseSink_OnSubmitted(This) ((This)->lpVtbl->OnSubmitted((This)))
#define IMAPIViewAdviseSink_OnSaved(This) ((This)->lpVtbl->OnSaved((This)))
#endif

#define MAPI_IMAPIVIEWADVISESINK_METHODS(IPURE) \
	MAPIMETHOD(OnShutdown)(THIS) IPURE; \
	MAPIMETHOD(OnNewMessage)(THIS) IPURE; \
	MAPIMETHOD(OnPrint)(THIS_ ULONG dwPageNumber, HRESULT hrStatus) IPURE; \
	MAPIMETHOD(OnSubmitted)(THIS) IPURE; \
	MAPIMETHOD(OnSaved)(THIS) IPURE;

/* IMAPIFormInfo : IMAPIProp; IID_IMAPIFormInfo */
struct IMAPIFormInfoVtbl {
	/* IUnknown */
	HRESULT (STDMETHODCALLTYPE *QueryInterface)(IMAPIFormInfo *This, REFIID riid, LPVOID *ppvObj);
	ULONG (STDMETHODCALLTYPE *AddRef)(IMAPIFormInfo *This);
	ULONG (STDMETHODCALLTYPE *Release)(IMAPIFormInfo *This);
	/* IMAPIProp */
	HRESULT (STDMETHODCALLTYPE *GetLastError)(IMAPIFormInfo *This, HRESULT hResult, ULONG ulFlags, LPMAPIERROR *lppMAPIError);
	HRESULT (STDMETHODCALLTYPE *SaveChanges)(IMAPIFormInfo *This, ULONG ulFlags);
	HRESULT (STDMETHODCALLTYPE *GetProps)(IMAPIFormInfo *This, LPSPropTagArray lpPropTagArray, ULONG ulFlags, ULONG *lpcValues, LPSPropValue *lppPropArray);
	HRESULT (STDMETHODCALLTYPE *GetPropList)(IMAPIFormInfo *This, ULONG ulFlags, LPSPropTagArray *lppPropTagArray);
	HRESULT (STDMETHODCALLTYPE *OpenProperty)(IMAPIFormInfo *This, ULONG ulPropTag, LPCIID lpiid, ULONG ulInterfaceOptions, ULONG ulFlags, LPUNKNOWN *lppUnk);
	HRESULT (STDMETHODCALLTYPE *SetProps)(IMAPIFormInfo *This, ULONG cValues, LPSPropValue lpPropArray, LPSPropProblemArray *lppProblems);
	HRESULT (STDMETHODCALLTYPE *DeleteProps)(IMAPIFormInfo *This, LPSPropTagArray lpPropTagArray, LPSPropProblemArray *lppProblems);
	HRESULT (STDMETHODCALLTYPE *CopyTo)(IMAPIFormInfo *This, ULONG ciidExclude, LPCIID rgiidExclude, LPSPropTagArray lpExcludeProps, ULONG_PTR ulUIParam, LPMAPIPROGRESS lpProgress, LPCIID lpInterface, LPVOID lpDestObj, ULONG ulFlags, LPSPropProblemArray *lppProblems);
	HRESULT (STDMETHODCALLTYPE *CopyProps)(IMAPIFormInfo *This, LPSPropTagArray lpIncludeProps, ULONG_PTR ulUIParam, LPMAPIPROGRESS lpProgress, LPCIID lpInterface, LPVOID lpDestObj, ULONG ulFlags, LPSPropProblemArray *lppProblems);
	HRESULT (STDMETHODCALLTYPE *GetNamesFromIDs)(IMAPIFormInfo *This, LPSPropTagArray *lppPropTags, LPGUID lpPropSetGuid, ULONG ulFlags, ULONG *lpcPropNames, LPMAPINAMEID **lpppPropNames);
	HRESULT (STDMETHODCALLTYPE *GetIDsFromNames)(IMAPIFormInfo *This, ULONG cPropNames, LPMAPINAMEID *lppPropNames, ULONG ulFlags, LPSPropTagArray *lppPropTags);
	/* IMAPIFormInfo */
	HRESULT (STDMETHODCALLTYPE *CalcFormPropSet)(IMAPIFormInfo *This, ULONG ulFlags, LPMAPIFORMPROPARRAY *ppFormPropArray);
	HRESULT (STDMETHODCALLTYPE *CalcVerbSet)(IMAPIFormInfo *This, ULONG ulFlags, LPMAPIVERBARRAY *ppMAPIVerbArray);
	HRESULT (STDMETHODCALLTYPE *MakeIconFromBinary)(IMAPIFormInfo *This, ULONG nPropID, HICON *phicon);
	HRESULT (STDMETHODCALLTYPE *SaveForm)(IMAPIFormInfo *This, LPCTSTR szFileName);
	HRESULT (STDMETHODCALLTYPE *OpenFormContainer)(IMAPIFormInfo *This, LPMAPIFORMCONTAINER *ppformcontainer);
};

struct IMAPIFormInfo {
	CONST_VTBL IMAPIFormInfoVtbl *lpVtbl;
};

#if !defined(__cplusplus) || defined(CINTERFACE)
#define IMAPIFormInfo_QueryInterface(This, riid, ppvObj) ((This)->lpVtbl->QueryInterface((This), (riid), (ppvObj)))
#define IMAPIFormInfo_AddRef(This) ((This)->lpVtbl->AddRef((This)))
#define IMAPIFormInfo_Release(This) ((This)->lpVtbl->Release((This)))
#define IMAPIFormInfo_GetLastError(This, hResult, ulFlags, lppMAPIError) ((This)->lpVtbl->GetLastError((This), (hResult), (ulFlags), (lppMAPIError)))
#define IMAPIFormInfo_SaveChanges(This, ulFlags) ((This)->lpVtbl->SaveChanges((This), (ulFlags)))
#define IMAPIFormInfo_GetProps(This, lpPropTagArray, ulFlags, lpcValues, lppPropArray) ((This)->lpVtbl->GetProps((This), (lpPropTagArray), (ulFlags), (lpcValues), (lppPropArray)))
#define IMAPIFormInfo_GetPropList(This, ulFlags, lppPropTagArray) ((This)->lpVtbl->GetPropList((This), (ulFlags), (lppPropTagArray)))
#define IMAPIFormInfo_OpenProperty(This, ulPropTag, lpiid, ulInterfaceOptions, ulFlags, lppUnk) ((This)->lpVtbl->OpenProperty((This), (ulPropTag), (lpiid), (ulInterfaceOptions), (ulFlags), (lppUnk)))
#define IMAPIFormInfo_SetProps(This, cValues, lpPropArray, lppProblems) ((This)->lpVtbl->SetProps((This), (cValues), (lpPropArray), (lppProblems)))
#define IMAPIFormInfo_DeleteProps(This, lpPropTagArray, lppProblems) ((This)->lpVtbl->DeleteProps((This), (lpPropTagArray), (lppProblems)))
#define IMAPIFormInfo_CopyTo(This, ciidExclude, rgiidExclude, lpExcludeProps, ulUIParam, lpProgress, lpInterface, lpDestObj, ulFlags, lppProblems) ((This)->lpVtbl->CopyTo((This), (ciidExclude), (rgiidExclude), (lpExcludeProps), (ulUIParam), (lpProgress), (lpInterface), (lpDestObj), (ulFlags), (lppProblems)))
#define IMAPIFormInfo_CopyProps(This, lpIncludeProps, ulUIParam, lpProgress, lpInterface, lpDestObj, ulFlags, lppProblems) ((This)->lpVtbl->CopyProps((This), (lpIncludeProps), (ulUIParam), (lpProgress), (lpInterface), (lpDestObj), (ulFlags), (lppProblems)))
#define IMAPIFormInfo_GetNamesFromIDs(This, lppPropTags, lpPropSetGuid, ulFlags, lpcPropNames, lpppPropNames) ((This)->lpVtbl->GetNamesFromIDs((This), (lppPropTags), (lpPropSetGuid), (ulFlags), (lpcPropNames), (lpppPropNames)))
#define IMAPIFormInfo_GetIDsFromNames(This, cPropNames, lppPropNames, ulFlags, lppPropTags) ((This)->lpVtbl->GetIDsFromNames((This), (cPropNames), (lppPropNames), (ulFlags), (lppPropTags)))
#define IMAPIFormInfo_CalcFormPropSet(This, ulFlags, ppFormPropArray) ((This)->lpVtbl->CalcFormPropSet((This), (ulFlags), (ppFormPropArray)))
#define IMAPIFormInfo_CalcVerbSet(This, ulFlags, ppMAPIVerbArray) ((This)->lpVtbl->CalcVerbSet((This), (ulFlags), (ppMAPIVerbArray)))
#define IMAPIFormInfo_MakeIconFromBinary(This, nPropID, phicon) ((This)->lpVtbl->MakeIconFromBinary((This), (nPropID), (phicon)))
#define IMAPIFormInfo_SaveForm(This, szFileName) ((This)->lpVtbl->SaveForm((This), (szFileName)))
#define IMAPIFormInfo_OpenFormContainer(This, ppformcontainer) ((This)->lpVtbl->OpenFormContainer((This), (ppformcontainer)))
#endif

#define MAPI_IMAPIFORMINFO_METHODS(IPURE) \
	MAPIMETHOD(CalcFormPropSet)(THIS_ ULONG ulFlags, LPMAPIFORMPROPARRAY *ppFormPropArray) IPURE; \
	MAPIMETHOD(CalcVerbSet)(THIS_ ULONG ulFlags, LPMAPIVERBARRAY *ppMAPIVerbArray) IPURE; \
	MAPIMETHOD(MakeIconFromBinary)(THIS_ ULONG nPropID, HICON *phicon) IPURE; \
	MAPIMETHOD(SaveForm)(THIS_ LPCTSTR szFileName) IPURE; \
	MAPIMETHOD(OpenFormContainer)(THIS_ LPMAPIFORMCONTAINER *ppformcontainer) IPURE;

/* IMAPIFormMgr : IUnknown; IID_IMAPIFormMgr */
struct IMAPIFormMgrVtbl {
	/* IUnknown */
	HRESULT (STDMETHODCALLTYPE *QueryInterface)(IMAPIFormMgr *This, REFIID riid, LPVOID *ppvObj);
	ULONG (STDMETHODCALLTYPE *AddRef)(IMAPIFormMgr *This);
	ULONG (STDMETHODCALLTYPE *Release)(IMAPIFormMgr *This);
	/* IMAPIFormMgr */
	HRESULT (STDMETHODCALLTYPE *GetLastError)(IMAPIFormMgr *This, HRESULT hResult, ULONG ulFlags, LPMAPIERROR *lppMAPIError);
	HRESULT (STDMETHODCALLTYPE *LoadForm)(IMAPIFormMgr *This, ULONG_PTR ulUIParam, ULONG ulFlags, LPCSTR lpszMessageClass, ULONG ulMessageStatus, ULONG ulMessageFlags, LPMAPIFOLDER pFolderFocus, LPMAPIMESSAGESITE pMessageSite, LPMESSAGE pmsg, LPMAPIVIEWCONTEXT pViewContext, REFIID riid, LPVOID *ppvObj);
	HRESULT (STDMETHODCALLTYPE *ResolveMessageClass)(IMAPIFormMgr *This, LPCSTR szMsgClass, ULONG ulFlags, LPMAPIFOLDER pFolderFocus, LPMAPIFORMINFO *ppResult);
	HRESULT (STDMETHODCALLTYPE *ResolveMultipleMessageClasses)(IMAPIFormMgr *This, LPSMESSAGECLASSARRAY pMsgClasses, ULONG ulFlags, LPMAPIFOLDER pFolderFocus, LPSMAPIFORMINFOARRAY *pfrminfoarray);
	HRESULT (STDMETHODCALLTYPE *CalcFormPropSet)(IMAPIFormMgr *This, LPSMAPIFORMINFOARRAY pfrminfoarray, ULONG ulFlags, LPMAPIFORMPROPARRAY *ppResults);
	HRESULT (STDMETHODCALLTYPE *CreateForm)(IMAPIFormMgr *This, ULONG_PTR ulUIParam, ULONG ulFlags, LPMAPIFORMINFO pfrminfoToActivate, REFIID refiidToAsk, LPVOID *ppvObj);
	HRESULT (STDMETHODCALLTYPE *SelectForm)(IMAPIFormMgr *This, ULONG_PTR ulUIParam, ULONG ulFlags, LPCTSTR pszTitle, LPMAPIFOLDER pfld, LPMAPIFORMINFO *ppfrminfoReturned);
	HRESULT (STDMETHODCALLTYPE *SelectMultipleForms)(IMAPIFormMgr *This, ULONG_PTR ulUIParam, ULONG ulFlags, LPCTSTR pszTitle, LPMAPIFOLDER pfld, LPSMAPIFORMINFOARRAY pfrminfoarray, LPSMAPIFORMINFOARRAY *ppfrminfoarray);
	HRESULT (STDMETHODCALLTYPE *SelectFormContainer)(IMAPIFormMgr *This, ULONG_PTR ulUIParam, ULONG ulFlags, LPMAPIFORMCONTAINER *lppfcnt);
	HRESULT (STDMETHODCALLTYPE *OpenFormContainer)(IMAPIFormMgr *This, HFRMREG hfrmreg, LPUNKNOWN lpunk, LPMAPIFORMCONTAINER *lppfcnt);
	HRESULT (STDMETHODCALLTYPE *PrepareForm)(IMAPIFormMgr *This, ULONG_PTR ulUIParam, ULONG ulFlags, LPMAPIFORMINFO pfrminfo);
	HRESULT (STDMETHODCALLTYPE *IsInConflict)(IMAPIFormMgr *This, ULONG ulMessageFlags, ULONG ulMessageStatus, LPCSTR szMessageClass, LPMAPIFOLDER pFolderFocus);
};

struct IMAPIFormMgr {
	CONST_VTBL IMAPIFormMgrVtbl *lpVtbl;
};

#if !defined(__cplusplus) || defined(CINTERFACE)
#define IMAPIFormMgr_QueryInterface(This, riid, ppvObj) ((This)->lpVtbl->QueryInterface((This), (riid), (ppvObj)))
#define IMAPIFormMgr_AddRef(This) ((This)->lpVtbl->AddRef((This)))
#define IMAPIFormMgr_Release(This) ((This)->lpVtbl->Release((This)))
#define IMAPIFormMgr_GetLastError(This, hResult, ulFlags, lppMAPIError) ((This)->lpVtbl->GetLastError((This), (hResult), (ulFlags), (lppMAPIError)))
#define IMAPIFormMgr_LoadForm(This, ulUIParam, ulFlags, lpszMessageClass, ulMessageStatus, ulMessageFlags, pFolderFocus, pMessageSite, pmsg, pViewContext, riid, ppvObj) ((This)->lpVtbl->LoadForm((This), (ulUIParam), (ulFlags), (lpszMessageClass), (ulMessageStatus), (ulMessageFlags), (pFolderFocus), (pMessageSite), (pmsg), (pViewContext), (riid), (ppvObj)))
#define IMAPIFormMgr_ResolveMessageClass(This, szMsgClass, ulFlags, pFolderFocus, ppResult) ((This)->lpVtbl->ResolveMessageClass((This), (szMsgClass), (ulFlags), (pFolderFocus), (ppResult)))
#define IMAPIFormMgr_ResolveMultipleMessageClasses(This, pMsgClasses, ulFlags, pFolderFocus, pfrminfoarray) ((This)->lpVtbl->ResolveMultipleMessageClasses((This), (pMsgClasses), (ulFlags), (pFolderFocus), (pfrminfoarray)))
#define IMAPIFormMgr_CalcFormPropSet(This, pfrminfoarray, ulFlags, ppResults) ((This)->lpVtbl->CalcFormPropSet((This), (pfrminfoarray), (ulFlags), (ppResults)))
#define IMAPIFormMgr_CreateForm(This, ulUIParam, ulFlags, pfrminfoToActivate, refiidToAsk, ppvObj) ((This)->lpVtbl->CreateForm((This), (ulUIParam), (ulFlags), (pfrminfoToActivate), (refiidToAsk), (ppvObj)))
#define IMAPIFormMgr_SelectForm(This, ulUIParam, ulFlags, pszTitle, pfld, ppfrminfoReturned) ((This)->lpVtbl->SelectForm((This), (ulUIParam), (ulFlags), (pszTitle), (pfld), (ppfrminfoReturned)))
#define IMAPIFormMgr_SelectMultipleForms(This, ulUIParam, ulFlags, pszTitle, pfld, pfrminfoarray, ppfrminfoarray) ((This)->lpVtbl->SelectMultipleForms((This), (ulUIParam), (ulFlags), (pszTitle), (pfld), (pfrminfoarray), (ppfrminfoarray)))
#define IMAPIFormMgr_SelectFormContainer(This, ulUIParam, ulFlags, lppfcnt) ((This)->lpVtbl->SelectFormContainer((This), (ulUIParam), (ulFlags), (lppfcnt)))
#define IMAPIFormMgr_OpenFormContainer(This, hfrmreg, lpunk, lppfcnt) ((This)->lpVtbl->OpenFormContainer((This), (hfrmreg), (lpunk), (lppfcnt)))
#define IMAPIFormMgr_PrepareForm(This, ulUIParam, ulFlags, pfrminfo) ((This)->lpVtbl->PrepareForm((This), (ulUIParam), (ulFlags), (pfrminfo)))
#define IMAPIFormMgr_IsInConflict(This, ulMessageFlags, ulMessageStatus, szMessageClass, pFolderFocus) ((This)->lpVtbl->IsInConflict((This), (ulMessageFlags), (ulMessageStatus), (szMessageClass), (pFolderFocus)))
#endif

#define MAPI_IMAPIFORMMGR_METHODS(IPURE) \
	MAPIMETHOD(LoadForm)(THIS_ ULONG_PTR ulUIParam, ULONG ulFlags, LPCSTR lpszMessageClass, ULONG ulMessageStatus, ULONG ulMessageFlags, LPMAPIFOLDER pFolderFocus, LPMAPIMESSAGESITE pMessageSite, LPMESSAGE pmsg, LPMAPIVIEWCONTEXT pViewContext, REFIID riid, LPVOID *ppvObj) IPURE; \
	MAPIMETHOD(ResolveMessageClass)(THIS_ LPCSTR szMsgClass, ULONG ulFlags, LPMAPIFOLDER pFolderFocus, LPMAPIFORMINFO *ppResult) IPURE; \
	MAPIMETHOD(ResolveMultipleMessageClasses)(THIS_ LPSMESSAGECLASSARRAY pMsgClasses, ULONG ulFlags, LPMAPIFOLDER pFolderFocus, LPSMAPIFORMINFOARRAY *pfrminfoarray) IPURE; \
	MAPIMETHOD(CalcFormPropSet)(THIS_ LPSMAPIFORMINFOARRAY pfrminfoarray, ULONG ulFlags, LPMAPIFORMPROPARRAY *ppResults) IPURE; \
	MAPIMETHOD(CreateForm)(THIS_ ULONG_PTR ulUIParam, ULONG ulFlags, LPMAPIFORMINFO pfrminfoToActivate, REFIID refiidToAsk, LPVOID *ppvObj) IPURE; \
	MAPIMETHOD(SelectForm)(THIS_ ULONG_PTR ulUIParam, ULONG ulFlags, LPCTSTR pszTitle, LPMAPIFOLDER pfld, LPMAPIFORMINFO *ppfrminfoReturned) IPURE; \
	MAPIMETHOD(SelectMultipleForms)(THIS_ ULONG_PTR ulUIParam, ULONG ulFlags, LPCTSTR pszTitle, LPMAPIFOLDER pfld, LPSMAPIFORMINFOARRAY pfrminfoarray, LPSMAPIFORMINFOARRAY *ppfrminfoarray) IPURE; \
	MAPIMETHOD(SelectFormContainer)(THIS_ ULONG_PTR ulUIParam, ULONG ulFlags, LPMAPIFORMCONTAINER *lppfcnt) IPURE; \
	MAPIMETHOD(OpenFormContainer)(THIS_ HFRMREG hfrmreg, LPUNKNOWN lpunk, LPMAPIFORMCONTAINER *lppfcnt) IPURE; \
	MAPIMETHOD(PrepareForm)(THIS_ ULONG_PTR ulUIParam, ULONG ulFlags, LPMAPIFORMINFO pfrminfo) IPURE; \
	MAPIMETHOD(IsInConflict)(THIS_ ULONG ulMessageFlags, ULONG ulMessageStatus, LPCSTR szMessageClass, LPMAPIFOLDER pFolderFocus) IPURE;

/* IMAPIFormContainer : IUnknown; IID_IMAPIFormContainer */
struct IMAPIFormContainerVtbl {
	/* IUnknown */
	HRESULT (STDMETHODCALLTYPE *QueryInterface)(IMAPIFormContainer *This, REFIID riid, LPVOID *ppvObj);
	ULONG (STDMETHODCALLTYPE *AddRef)(IMAPIFormContainer *This);
	ULONG (STDMETHODCALLTYPE *Release)(IMAPIFormContainer *This);
	/* IMAPIFormContainer */
	HRESULT (STDMETHODCALLTYPE *GetLastError)(IMAPIFormContainer *This, HRESULT hResult, ULONG ulFlags, LPMAPIERROR *lppMAPIError);
	HRESULT (STDMETHODCALLTYPE *InstallForm)(IMAPIFormContainer *This, ULONG_PTR ulUIParam, ULONG ulFlags, LPCTSTR szCfgPathName);
	HRESULT (STDMETHODCALLTYPE *RemoveForm)(IMAPIFormContainer *This, LPCSTR szMessageClass);
	HRESULT (STDMETHODCALLTYPE *ResolveMessageClass)(IMAPIFormContainer *This, LPCSTR szMessageClass, ULONG ulFlags, LPMAPIFORMINFO *pforminfo);
	HRESULT (STDMETHODCALLTYPE *ResolveMultipleMessageClasses)(IMAPIFormContainer *This, LPSMESSAGECLASSARRAY pMsgClassArray, ULONG ulFlags, LPSMAPIFORMINFOARRAY *ppfrminfoarray);
	HRESULT (STDMETHODCALLTYPE *CalcFormPropSet)(IMAPIFormContainer *This, ULONG ulFlags, LPMAPIFORMPROPARRAY *ppResults);
	HRESULT (STDMETHODCALLTYPE *GetDisplay)(IMAPIFormContainer *This, ULONG ulFlags, LPTSTR *pszDisplayName);
};

struct IMAPIFormContainer {
	CONST_VTBL IMAPIFormContainerVtbl *lpVtbl;
};

#if !defined(__cplusplus) || defined(CINTERFACE)
#define IMAPIFormContainer_QueryInterface(This, riid, ppvObj) ((This)->lpVtbl->QueryInterface((This), (riid), (ppvObj)))
#define IMAPIFormContainer_AddRef(This) ((This)->lpVtbl->AddRef((This)))
#define IMAPIFormContainer_Release(This) ((This)->lpVtbl->Release((This)))
#define IMAPIFormContainer_GetLastError(This, hResult, ulFlags, lppMAPIError) ((This)->lpVtbl->GetLastError((This), (hResult), (ulFlags), (lppMAPIError)))
#define IMAPIFormContainer_InstallForm(This, ulUIParam, ulFlags, szCfgPathName) ((This)->lpVtbl->InstallForm((This), (ulUIParam), (ulFlags), (szCfgPathName)))
#define IMAPIFormContainer_RemoveForm(This, szMessageClass) ((This)->lpVtbl->RemoveForm((This), (szMessageClass)))
#define IMAPIFormContainer_ResolveMessageClass(This, szMessageClass, ulFlags, pforminfo) ((This)->lpVtbl->ResolveMessageClass((This), (szMessageClass), (ulFlags), (pforminfo)))
#define IMAPIFormContainer_ResolveMultipleMessageClasses(This, pMsgClassArray, ulFlags, ppfrminfoarray) ((This)->lpVtbl->ResolveMultipleMessageClasses((This), (pMsgClassArray), (ulFlags), (ppfrminfoarray)))
#define IMAPIFormContainer_CalcFormPropSet(This, ulFlags, ppResults) ((This)->lpVtbl->CalcFormPropSet((This), (ulFlags), (ppResults)))
#define IMAPIFormContainer_GetDisplay(This, ulFlags, pszDisplayName) ((This)->lpVtbl->GetDisplay((This), (ulFlags), (pszDisplayName)))
#endif

#define MAPI_IMAPIFORMCONTAINER_METHODS(IPURE) \
	MAPIMETHOD(InstallForm)(THIS_ ULONG_PTR ulUIParam, ULONG ulFlags, LPCTSTR szCfgPathName) IPURE; \
	MAPIMETHOD(RemoveForm)(THIS_ LPCSTR szMessageClass) IPURE; \
	MAPIMETHOD(ResolveMessageClass)(THIS_ LPCSTR szMessageClass, ULONG ulFlags, LPMAPIFORMINFO *pforminfo) IPURE; \
	MAPIMETHOD(ResolveMultipleMessageClasses)(THIS_ LPSMESSAGECLASSARRAY pMsgClassArray, ULONG ulFlags, LPSMAPIFORMINFOARRAY *ppfrminfoarray) IPURE; \
	MAPIMETHOD(CalcFormPropSet)(THIS_ ULONG ulFlags, LPMAPIFORMPROPARRAY *ppResults) IPURE; \
	MAPIMETHOD(GetDisplay)(THIS_ ULONG ulFlags, LPTSTR *pszDisplayName) IPURE;

/* IMAPIFormFactory : IUnknown; IID_IMAPIFormFactory */
struct IMAPIFormFactoryVtbl {
	/* IUnknown */
	HRESULT (STDMETHODCALLTYPE *QueryInterface)(IMAPIFormFactory *This, REFIID riid, LPVOID *ppvObj);
	ULONG (STDMETHODCALLTYPE *AddRef)(IMAPIFormFactory *This);
	ULONG (STDMETHODCALLTYPE *Release)(IMAPIFormFactory *This);
	/* IMAPIFormFactory */
	HRESULT (STDMETHODCALLTYPE *GetLastError)(IMAPIFormFactory *This, HRESULT hResult, ULONG ulFlags, LPMAPIERROR *lppMAPIError);
	HRESULT (STDMETHODCALLTYPE *CreateClassFactory)(IMAPIFormFactory *This, REFCLSID clsidForm, ULONG ulFlags, LPCLASSFACTORY *lppClassFactory);
	HRESULT (STDMETHODCALLTYPE *LockServer)(IMAPIFormFactory *This, ULONG ulFlags, ULONG fLockServer);
};

struct IMAPIFormFactory {
	CONST_VTBL IMAPIFormFactoryVtbl *lpVtbl;
};

#if !defined(__cplusplus) || defined(CINTERFACE)
#define IMAPIFormFactory_QueryInterface(This, riid, ppvObj) ((This)->lpVtbl->QueryInterface((This), (riid), (ppvObj)))
#define IMAPIFormFactory_AddRef(This) ((This)->lpVtbl->AddRef((This)))
#define IMAPIFormFactory_Release(This) ((This)->lpVtbl->Release((This)))
#define IMAPIFormFactory_GetLastError(This, hResult, ulFlags, lppMAPIError) ((This)->lpVtbl->GetLastError((This), (hResult), (ulFlags), (lppMAPIError)))
#define IMAPIFormFactory_CreateClassFactory(This, clsidForm, ulFlags, lppClassFactory) ((This)->lpVtbl->CreateClassFactory((This), (clsidForm), (ulFlags), (lppClassFactory)))
#define IMAPIFormFactory_LockServer(This, ulFlags, fLockServer) ((This)->lpVtbl->LockServer((This), (ulFlags), (fLockServer)))
#endif

#define MAPI_IMAPIFORMFACTORY_METHODS(IPURE) \
	MAPIMETHOD(CreateClassFactory)(THIS_ REFCLSID clsidForm, ULONG ulFlags, LPCLASSFACTORY *lppClassFactory) IPURE; \
	MAPIMETHOD(LockServer)(THIS_ ULONG ulFlags, ULONG fLockServer) IPURE;
/* clang-format on */
/* @generated-end interfaces */

MAPIX_END_DECLS

#endif /* MAPIX_MAPIFORM_H */
