/*
 * mapiutil.h - MAPI's utility library: in-memory property objects and
 * tables, property value helpers, row-set and address-list helpers,
 * notification copies, streams on files, compressed RTF, FILETIME
 * arithmetic, conversation indexes, entry-ID and string helpers.
 *
 * Source-compatible with the Windows header of the same name.  The property
 * data and table data interfaces are generated from spec/interfaces.def.
 * A few functions have no meaning on Linux (the idle engine, display
 * tables built from Windows resources, UNC paths); they exist, do what
 * can be done and say so (docs/CONFORMANCE.md lists each).
 */
#ifndef MAPIX_MAPIUTIL_H
#define MAPIX_MAPIUTIL_H

#include <mapix.h>

MAPIX_BEGIN_DECLS

/* Access of IPropData objects and properties. */
#define IPROP_READONLY ((ULONG)0x00000001)
#define IPROP_READWRITE ((ULONG)0x00000002)
#define IPROP_CLEAN ((ULONG)0x00010000)
#define IPROP_DIRTY ((ULONG)0x00020000)

/* ITableData::HrModifyRows / HrDeleteRows: the call covers every row. */
#define TAD_ALL_ROWS 1

/* ITableData::HrGetView callback, called when a view is released. */
typedef void(STDAPICALLTYPE CALLERRELEASE)(ULONG_PTR ulCallerData,
					   LPTABLEDATA lpTblData,
					   LPMAPITABLE lpVue);
typedef CALLERRELEASE FAR *LPCALLERRELEASE;

/* HrValidateIPMSubtree */
#define MAPI_FORCE_CREATE 1
#define MAPI_FULL_IPM_TREE 2

/* Idle engine, RTF sync, stream-on-file flags ... (spec/constants.def). */
/* @generated-begin constants: do not edit; see scripts/mapigen.py */
/* clang-format off */
#define FIRCCSEC 0x00000008
#define FIRCIRO 0x00000010
#define FIRCPFN 0x00000001
#define FIRCPRI 0x00000004
#define FIRCPV 0x00000002
#define FIRODISABLED 0x00000020
#define FIROINTERVAL 0x00000002
#define FIROONCEONLY 0x00000040
#define FIROPERBLOCK 0x00000004
#define FIROWAIT 0x00000001
#define IRCNULL 0x00000000
#define IRONULL 0x00000000
#define OPENSTREAMONFILE "OpenStreamOnFile"
#define PRIHIGHEST 32767
#define PRILOWEST (-32768)
#define PRIUSER 0
#define RTF_SYNC_BODY_CHANGED 0x00000002
#define RTF_SYNC_RTF_CHANGED 0x00000001
#define SOF_UNIQUEFILENAME 0x80000000
#define szHrDispatchNotifications "HrDispatchNotifications"
#define szScCreateConversationIndex "ScCreateConversationIndex"
/* clang-format on */
/* @generated-end constants */

/* @generated-begin interfaces: do not edit; see scripts/mapigen.py */
/* clang-format off */
/* ITableData : IUnknown; IID_IMAPITableData */
struct ITableDataVtbl {
	/* IUnknown */
	HRESULT (STDMETHODCALLTYPE *QueryInterface)(ITableData *This, REFIID riid, LPVOID *ppvObj);
	ULONG (STDMETHODCALLTYPE *AddRef)(ITableData *This);
	ULONG (STDMETHODCALLTYPE *Release)(ITableData *This);
	/* ITableData */
	HRESULT (STDMETHODCALLTYPE *HrGetView)(ITableData *This, LPSSortOrderSet lpSSortOrderSet, CALLERRELEASE *lpfCallerRelease, ULONG_PTR ulCallerData, LPMAPITABLE *lppMAPITable);
	HRESULT (STDMETHODCALLTYPE *HrModifyRow)(ITableData *This, LPSRow lpSRow);
	HRESULT (STDMETHODCALLTYPE *HrDeleteRow)(ITableData *This, LPSPropValue lpSPropValue);
	HRESULT (STDMETHODCALLTYPE *HrQueryRow)(ITableData *This, LPSPropValue lpSPropValue, LPSRow *lppSRow, ULONG *lpuliRow);
	HRESULT (STDMETHODCALLTYPE *HrEnumRow)(ITableData *This, ULONG ulRowNumber, LPSRow *lppSRow);
	HRESULT (STDMETHODCALLTYPE *HrNotify)(ITableData *This, ULONG ulFlags, ULONG cValues, LPSPropValue lpSPropValue);
	HRESULT (STDMETHODCALLTYPE *HrInsertRow)(ITableData *This, ULONG uliRow, LPSRow lpSRow);
	HRESULT (STDMETHODCALLTYPE *HrModifyRows)(ITableData *This, ULONG ulFlags, LPSRowSet lpSRowSet);
	HRESULT (STDMETHODCALLTYPE *HrDeleteRows)(ITableData *This, ULONG ulFlags, LPSRowSet lprowsetToDelete, ULONG *cRowsDeleted);
};

struct ITableData {
	CONST_VTBL ITableDataVtbl *lpVtbl;
};

#if !defined(__cplusplus) || defined(CINTERFACE)
#define ITableData_QueryInterface(This, riid, ppvObj) ((This)->lpVtbl->QueryInterface((This), (riid), (ppvObj)))
#define ITableData_AddRef(This) ((This)->lpVtbl->AddRef((This)))
#define ITableData_Release(This) ((This)->lpVtbl->Release((This)))
#define ITableData_HrGetView(This, lpSSortOrderSet, lpfCallerRelease, ulCallerData, lppMAPITable) ((This)->lpVtbl->HrGetView((This), (lpSSortOrderSet), (lpfCallerRelease), (ulCallerData), (lppMAPITable)))
#define ITableData_HrModifyRow(This, lpSRow) ((This)->lpVtbl->HrModifyRow((This), (lpSRow)))
#define ITableData_HrDeleteRow(This, lpSPropValue) ((This)->lpVtbl->HrDeleteRow((This), (lpSPropValue)))
#define ITableData_HrQueryRow(This, lpSPropValue, lppSRow, lpuliRow) ((This)->lpVtbl->HrQueryRow((This), (lpSPropValue), (lppSRow), (lpuliRow)))
#define ITableData_HrEnumRow(This, ulRowNumber, lppSRow) ((This)->lpVtbl->HrEnumRow((This), (ulRowNumber), (lppSRow)))
#define ITableData_HrNotify(This, ulFlags, cValues, lpSPropValue) ((This)->lpVtbl->HrNotify((This), (ulFlags), (cValues), (lpSPropValue)))
#define ITableData_HrInsertRow(This, uliRow, lpSRow) ((This)->lpVtbl->HrInsertRow((This), (uliRow), (lpSRow)))
#define ITableData_HrModifyRows(This, ulFlags, lpSRowSet) ((This)->lpVtbl->HrModifyRows((This), (ulFlags), (lpSRowSet)))
#define ITableData_HrDeleteRows(This, ulFlags, lprowsetToDelete, cRowsDeleted) ((This)->lpVtbl->HrDeleteRows((This), (ulFlags), (lprowsetToDelete), (cRowsDeleted)))
#endif

#define MAPI_ITABLEDATA_METHODS(IPURE) \
	MAPIMETHOD(HrGetView)(THIS_ LPSSortOrderSet lpSSortOrderSet, CALLERRELEASE *lpfCallerRelease, ULONG_PTR ulCallerData, LPMAPITABLE *lppMAPITable) IPURE; \
	MAPIMETHOD(HrModifyRow)(THIS_ LPSRow lpSRow) IPURE; \
	MAPIMETHOD(HrDeleteRow)(THIS_ LPSPropValue lpSPropValue) IPURE; \
	MAPIMETHOD(HrQueryRow)(THIS_ LPSPropValue lpSPropValue, LPSRow *lppSRow, ULONG *lpuliRow) IPURE; \
	MAPIMETHOD(HrEnumRow)(THIS_ ULONG ulRowNumber, LPSRow *lppSRow) IPURE; \
	MAPIMETHOD(HrNotify)(THIS_ ULONG ulFlags, ULONG cValues, LPSPropValue lpSPropValue) IPURE; \
	MAPIMETHOD(HrInsertRow)(THIS_ ULONG uliRow, LPSRow lpSRow) IPURE; \
	MAPIMETHOD(HrModifyRows)(THIS_ ULONG ulFlags, LPSRowSet lpSRowSet) IPURE; \
	MAPIMETHOD(HrDeleteRows)(THIS_ ULONG ulFlags, LPSRowSet lprowsetToDelete, ULONG *cRowsDeleted) IPURE;

/* IPropData : IMAPIProp; IID_IMAPIPropData */
struct IPropDataVtbl {
	/* IUnknown */
	HRESULT (STDMETHODCALLTYPE *QueryInterface)(IPropData *This, REFIID riid, LPVOID *ppvObj);
	ULONG (STDMETHODCALLTYPE *AddRef)(IPropData *This);
	ULONG (STDMETHODCALLTYPE *Release)(IPropData *This);
	/* IMAPIProp */
	HRESULT (STDMETHODCALLTYPE *GetLastError)(IPropData *This, HRESULT hResult, ULONG ulFlags, LPMAPIERROR *lppMAPIError);
	HRESULT (STDMETHODCALLTYPE *SaveChanges)(IPropData *This, ULONG ulFlags);
	HRESULT (STDMETHODCALLTYPE *GetProps)(IPropData *This, LPSPropTagArray lpPropTagArray, ULONG ulFlags, ULONG *lpcValues, LPSPropValue *lppPropArray);
	HRESULT (STDMETHODCALLTYPE *GetPropList)(IPropData *This, ULONG ulFlags, LPSPropTagArray *lppPropTagArray);
	HRESULT (STDMETHODCALLTYPE *OpenProperty)(IPropData *This, ULONG ulPropTag, LPCIID lpiid, ULONG ulInterfaceOptions, ULONG ulFlags, LPUNKNOWN *lppUnk);
	HRESULT (STDMETHODCALLTYPE *SetProps)(IPropData *This, ULONG cValues, LPSPropValue lpPropArray, LPSPropProblemArray *lppProblems);
	HRESULT (STDMETHODCALLTYPE *DeleteProps)(IPropData *This, LPSPropTagArray lpPropTagArray, LPSPropProblemArray *lppProblems);
	HRESULT (STDMETHODCALLTYPE *CopyTo)(IPropData *This, ULONG ciidExclude, LPCIID rgiidExclude, LPSPropTagArray lpExcludeProps, ULONG_PTR ulUIParam, LPMAPIPROGRESS lpProgress, LPCIID lpInterface, LPVOID lpDestObj, ULONG ulFlags, LPSPropProblemArray *lppProblems);
	HRESULT (STDMETHODCALLTYPE *CopyProps)(IPropData *This, LPSPropTagArray lpIncludeProps, ULONG_PTR ulUIParam, LPMAPIPROGRESS lpProgress, LPCIID lpInterface, LPVOID lpDestObj, ULONG ulFlags, LPSPropProblemArray *lppProblems);
	HRESULT (STDMETHODCALLTYPE *GetNamesFromIDs)(IPropData *This, LPSPropTagArray *lppPropTags, LPGUID lpPropSetGuid, ULONG ulFlags, ULONG *lpcPropNames, LPMAPINAMEID **lpppPropNames);
	HRESULT (STDMETHODCALLTYPE *GetIDsFromNames)(IPropData *This, ULONG cPropNames, LPMAPINAMEID *lppPropNames, ULONG ulFlags, LPSPropTagArray *lppPropTags);
	/* IPropData */
	HRESULT (STDMETHODCALLTYPE *HrSetObjAccess)(IPropData *This, ULONG ulAccess);
	HRESULT (STDMETHODCALLTYPE *HrSetPropAccess)(IPropData *This, LPSPropTagArray lpPropTagArray, ULONG *rgulAccess);
	HRESULT (STDMETHODCALLTYPE *HrGetPropAccess)(IPropData *This, LPSPropTagArray *lppPropTagArray, ULONG **lprgulAccess);
	HRESULT (STDMETHODCALLTYPE *HrAddObjProps)(IPropData *This, LPSPropTagArray lpPropTagArray, LPSPropProblemArray *lppProblems);
};

struct IPropData {
	CONST_VTBL IPropDataVtbl *lpVtbl;
};

#if !defined(__cplusplus) || defined(CINTERFACE)
#define IPropData_QueryInterface(This, riid, ppvObj) ((This)->lpVtbl->QueryInterface((This), (riid), (ppvObj)))
#define IPropData_AddRef(This) ((This)->lpVtbl->AddRef((This)))
#define IPropData_Release(This) ((This)->lpVtbl->Release((This)))
#define IPropData_GetLastError(This, hResult, ulFlags, lppMAPIError) ((This)->lpVtbl->GetLastError((This), (hResult), (ulFlags), (lppMAPIError)))
#define IPropData_SaveChanges(This, ulFlags) ((This)->lpVtbl->SaveChanges((This), (ulFlags)))
#define IPropData_GetProps(This, lpPropTagArray, ulFlags, lpcValues, lppPropArray) ((This)->lpVtbl->GetProps((This), (lpPropTagArray), (ulFlags), (lpcValues), (lppPropArray)))
#define IPropData_GetPropList(This, ulFlags, lppPropTagArray) ((This)->lpVtbl->GetPropList((This), (ulFlags), (lppPropTagArray)))
#define IPropData_OpenProperty(This, ulPropTag, lpiid, ulInterfaceOptions, ulFlags, lppUnk) ((This)->lpVtbl->OpenProperty((This), (ulPropTag), (lpiid), (ulInterfaceOptions), (ulFlags), (lppUnk)))
#define IPropData_SetProps(This, cValues, lpPropArray, lppProblems) ((This)->lpVtbl->SetProps((This), (cValues), (lpPropArray), (lppProblems)))
#define IPropData_DeleteProps(This, lpPropTagArray, lppProblems) ((This)->lpVtbl->DeleteProps((This), (lpPropTagArray), (lppProblems)))
#define IPropData_CopyTo(This, ciidExclude, rgiidExclude, lpExcludeProps, ulUIParam, lpProgress, lpInterface, lpDestObj, ulFlags, lppProblems) ((This)->lpVtbl->CopyTo((This), (ciidExclude), (rgiidExclude), (lpExcludeProps), (ulUIParam), (lpProgress), (lpInterface), (lpDestObj), (ulFlags), (lppProblems)))
#define IPropData_CopyProps(This, lpIncludeProps, ulUIParam, lpProgress, lpInterface, lpDestObj, ulFlags, lppProblems) ((This)->lpVtbl->CopyProps((This), (lpIncludeProps), (ulUIParam), (lpProgress), (lpInterface), (lpDestObj), (ulFlags), (lppProblems)))
#define IPropData_GetNamesFromIDs(This, lppPropTags, lpPropSetGuid, ulFlags, lpcPropNames, lpppPropNames) ((This)->lpVtbl->GetNamesFromIDs((This), (lppPropTags), (lpPropSetGuid), (ulFlags), (lpcPropNames), (lpppPropNames)))
#define IPropData_GetIDsFromNames(This, cPropNames, lppPropNames, ulFlags, lppPropTags) ((This)->lpVtbl->GetIDsFromNames((This), (cPropNames), (lppPropNames), (ulFlags), (lppPropTags)))
#define IPropData_HrSetObjAccess(This, ulAccess) ((This)->lpVtbl->HrSetObjAccess((This), (ulAccess)))
#define IPropData_HrSetPropAccess(This, lpPropTagArray, rgulAccess) ((This)->lpVtbl->HrSetPropAccess((This), (lpPropTagArray), (rgulAccess)))
#define IPropData_HrGetPropAccess(This, lppPropTagArray, lprgulAccess) ((This)->lpVtbl->HrGetPropAccess((This), (lppPropTagArray), (lprgulAccess)))
#define IPropData_HrAddObjProps(This, lpPropTagArray, lppProblems) ((This)->lpVtbl->HrAddObjProps((This), (lpPropTagArray), (lppProblems)))
#endif

#define MAPI_IPROPDATA_METHODS(IPURE) \
	MAPIMETHOD(HrSetObjAccess)(THIS_ ULONG ulAccess) IPURE; \
	MAPIMETHOD(HrSetPropAccess)(THIS_ LPSPropTagArray lpPropTagArray, ULONG *rgulAccess) IPURE; \
	MAPIMETHOD(HrGetPropAccess)(THIS_ LPSPropTagArray *lppPropTagArray, ULONG **lprgulAccess) IPURE; \
	MAPIMETHOD(HrAddObjProps)(THIS_ LPSPropTagArray lpPropTagArray, LPSPropProblemArray *lppProblems) IPURE;
/* clang-format on */
/* @generated-end interfaces */

STDAPI_(SCODE)
CreateIProp(LPCIID lpInterface, ALLOCATEBUFFER FAR *lpAllocateBuffer,
	    ALLOCATEMORE FAR *lpAllocateMore, FREEBUFFER FAR *lpFreeBuffer,
	    LPVOID lpvReserved, LPPROPDATA FAR *lppPropData);

STDAPI_(SCODE)
CreateTable(LPCIID lpInterface, ALLOCATEBUFFER FAR *lpAllocateBuffer,
	    ALLOCATEMORE FAR *lpAllocateMore, FREEBUFFER FAR *lpFreeBuffer,
	    LPVOID lpvReserved, ULONG ulTableType, ULONG ulPropTagIndexColumn,
	    LPSPropTagArray lpSPropTagArrayColumns,
	    LPTABLEDATA FAR *lppTableData);

/* Property values. */
STDAPI_(SCODE)
PropCopyMore(LPSPropValue lpSPropValueDest, LPSPropValue lpSPropValueSrc,
	     ALLOCATEMORE *lpfAllocMore, LPVOID lpvObject);
STDAPI_(ULONG) UlPropSize(LPSPropValue lpSPropValue);
STDAPI_(BOOL) FEqualNames(LPMAPINAMEID lpName1, LPMAPINAMEID lpName2);
STDAPI_(BOOL)
FPropContainsProp(LPSPropValue lpSPropValueDst, LPSPropValue lpSPropValueSrc,
		  ULONG ulFuzzyLevel);
STDAPI_(BOOL)
FPropCompareProp(LPSPropValue lpSPropValue1, ULONG ulRelOp,
		 LPSPropValue lpSPropValue2);
STDAPI_(LONG)
LPropCompareProp(LPSPropValue lpSPropValueA, LPSPropValue lpSPropValueB);
STDAPI_(LPSPropValue)
PpropFindProp(LPSPropValue lpPropArray, ULONG cValues, ULONG ulPropTag);
STDAPI_(SCODE) ScCountProps(int cValues, LPSPropValue lpPropArray, ULONG *lpcb);
STDAPI_(SCODE)
ScCopyProps(int cValues, LPSPropValue lpPropArray, LPVOID lpvDst, ULONG *lpcb);
STDAPI_(SCODE)
ScRelocProps(int cValues, LPSPropValue lpPropArray, LPVOID lpvBaseOld,
	     LPVOID lpvBaseNew, ULONG *lpcb);
STDAPI_(SCODE)
ScDupPropset(int cValues, LPSPropValue lpPropArray,
	     LPALLOCATEBUFFER lpAllocateBuffer, LPSPropValue *lppPropArray);
STDAPI_(LPSPropValue)
LpValFindProp(ULONG ulPropTag, ULONG cValues, LPSPropValue lpPropArray);

/* Objects. */
STDAPI_(ULONG) UlAddRef(LPVOID lpunk);
STDAPI_(ULONG) UlRelease(LPVOID lpunk);
STDAPI HrGetOneProp(LPMAPIPROP lpMapiProp, ULONG ulPropTag,
		    LPSPropValue *lppProp);
STDAPI HrSetOneProp(LPMAPIPROP lpMapiProp, LPSPropValue lpProp);
STDAPI_(BOOL) FPropExists(LPMAPIPROP lpMapiProp, ULONG ulPropTag);
STDAPI HrQueryAllRows(LPMAPITABLE lpTable, LPSPropTagArray lpPropTags,
		      LPSRestriction lpRestriction,
		      LPSSortOrderSet lpSortOrderSet, LONG crowsMax,
		      LPSRowSet *lppRows);

/* Notifications: callback sinks, sinks bound to a thread, dispatch. */
STDAPI HrAllocAdviseSink(LPNOTIFCALLBACK lpfnCallback, LPVOID lpvContext,
			 LPMAPIADVISESINK *lppAdviseSink);
STDAPI HrThisThreadAdviseSink(LPMAPIADVISESINK lpAdviseSink,
			      LPMAPIADVISESINK *lppAdviseSink);
STDAPI HrDispatchNotifications(ULONG ulFlags);

/* Row sets and address lists. */
STDAPI_(void) FreeProws(LPSRowSet lpRows);
STDAPI_(void) FreePadrlist(LPADRLIST lpAdrlist);

/* Validation of caller data. */
STDAPI_(ULONG) FBadRglpszA(LPSTR *lppszA, ULONG cStrings);
STDAPI_(ULONG) FBadRglpszW(LPWSTR *lppszW, ULONG cStrings);
STDAPI_(ULONG) FBadRowSet(LPSRowSet lpRowSet);
STDAPI_(ULONG) FBadPropTag(ULONG ulPropTag);
STDAPI_(ULONG) FBadRow(LPSRow lpRow);
STDAPI_(ULONG) FBadProp(LPSPropValue lpProp);
STDAPI_(ULONG) FBadColumnSet(LPSPropTagArray lpptaCols);
#ifdef UNICODE
#define FBadRglpszT FBadRglpszW
#else
#define FBadRglpszT FBadRglpszA
#endif

/* Hexadecimal and byte order. */
STDAPI_(void) HexFromBin(LPBYTE pb, int cb, LPTSTR sz);
STDAPI_(BOOL) FBinFromHex(LPTSTR sz, LPBYTE pb);
STDAPI_(SCODE) ScBinFromHexBounded(LPTSTR lpsz, LPBYTE lpb, ULONG cb);
STDAPI_(ULONG) UlFromSzHex(LPCTSTR lpsz);
STDAPI_(ULONG) SwapPlong(ULONG *lpulSrc, ULONG cLongs);
STDAPI_(ULONG) SwapPword(WORD *lpwSrc, ULONG cWords);

/* One element of a multi-valued property as a single value (pointers are
 * shared with the multi-valued one). */
STDAPI_(void)
GetInstance(LPSPropValue lpPropMv, LPSPropValue lpPropSv, ULONG uliInst);

/*
 * Sort-order tables of the 8-bit character set: rgchCsds is case- and
 * diacritic-sensitive, rgchCids case-insensitive, rgchCsdi diacritic-
 * insensitive, rgchCidi both.  mapix's 8-bit strings are UTF-8, so the
 * tables order the 256 byte values: ASCII letters folded where the table
 * is case-insensitive, every other byte by its value.
 */
MAPIX_EXTERN_C MAPIX_API char rgchCsds[];
MAPIX_EXTERN_C MAPIX_API char rgchCids[];
MAPIX_EXTERN_C MAPIX_API char rgchCsdi[];
MAPIX_EXTERN_C MAPIX_API char rgchCidi[];

/* Adding columns to a table's current column set. */
STDAPI_(HRESULT)
HrAddColumns(LPMAPITABLE lptbl, LPSPropTagArray lpproptagColumnsNew,
	     LPALLOCATEBUFFER lpAllocateBuffer, LPFREEBUFFER lpFreeBuffer);
STDAPI_(HRESULT)
HrAddColumnsEx(LPMAPITABLE lptbl, LPSPropTagArray lpproptagColumnsNew,
	       LPALLOCATEBUFFER lpAllocateBuffer, LPFREEBUFFER lpFreeBuffer,
	       void (*lpfnFilterColumns)(LPSPropTagArray ptaga));

/* Notifications: count, copy and relocate arrays of NOTIFICATION, as
 * ScCountProps, ScCopyProps and ScRelocProps do for property values. */
STDAPI_(SCODE)
ScCountNotifications(int cNotifications, LPNOTIFICATION lpNotifications,
		     ULONG *lpcb);
STDAPI_(SCODE)
ScCopyNotifications(int cNotification, LPNOTIFICATION lpNotifications,
		    LPVOID lpvDst, ULONG *lpcb);
STDAPI_(SCODE)
ScRelocNotifications(int cNotification, LPNOTIFICATION lpNotifications,
		     LPVOID lpvBaseOld, LPVOID lpvBaseNew, ULONG *lpcb);

/* The IPM folder tree of a store: checked, and created where missing. */
STDAPI HrValidateIPMSubtree(LPMDB lpMDB, ULONG ulFlags, ULONG *lpcValues,
			    LPSPropValue *lppValues, LPMAPIERROR *lpperr);

/* Entry IDs as strings, and compound entry IDs (store + message). */
STDAPI HrEntryIDFromSz(LPTSTR lpsz, ULONG *lpcb, LPENTRYID *lppEntryID);
STDAPI HrSzFromEntryID(ULONG cb, LPENTRYID lpEntryID, LPTSTR *lpsz);
STDAPI HrComposeEID(LPMAPISESSION lpSession, ULONG cbStoreRecordKey,
		    LPBYTE lpStoreRecordKey, ULONG cbMsgEntryID,
		    LPENTRYID lpMsgEntryID, ULONG *lpcbEID,
		    LPENTRYID *lppEntryID);
STDAPI HrDecomposeEID(LPMAPISESSION lpSession, ULONG cbEntryID,
		      LPENTRYID lpEntryID, ULONG *lpcbStoreEntryID,
		      LPENTRYID *lppStoreEntryID, ULONG *lpcbMsgEntryID,
		      LPENTRYID *lppMsgEntryID);
STDAPI HrComposeMsgID(LPMAPISESSION lpSession, ULONG cbStoreSearchKey,
		      LPBYTE pStoreSearchKey, ULONG cbMsgEntryID,
		      LPENTRYID lpMsgEntryID, LPTSTR *lpszMsgID);
STDAPI HrDecomposeMsgID(LPMAPISESSION lpSession, LPTSTR lpszMsgID,
			ULONG *lpcbStoreEntryID, LPENTRYID *lppStoreEntryID,
			ULONG *lppcbMsgEntryID, LPENTRYID *lppMsgEntryID);

/* C run-time substitutes on TCHAR strings. */
STDAPI_(LPTSTR) SzFindCh(LPCTSTR lpsz, USHORT ch);
STDAPI_(LPTSTR) SzFindLastCh(LPCTSTR lpsz, USHORT ch);
STDAPI_(LPTSTR) SzFindSz(LPCTSTR lpsz, LPCTSTR lpszKey);
STDAPI_(unsigned int) UFromSz(LPCTSTR lpsz);

/* UNC paths (\\server\share\...) and local paths. */
STDAPI_(SCODE) ScUNCFromLocalPath(LPSTR lpszLocal, LPSTR lpszUNC, UINT cchUNC);
STDAPI_(SCODE)
ScLocalPathFromUNC(LPSTR lpszUNC, LPSTR lpszLocal, UINT cchLocal);

/* 64-bit arithmetic on FILETIMEs (100-ns intervals since 1601). */
STDAPI_(FILETIME) FtAddFt(FILETIME ftAddend1, FILETIME ftAddend2);
STDAPI_(FILETIME) FtMulDwDw(DWORD ftMultiplicand, DWORD ftMultiplier);
STDAPI_(FILETIME) FtMulDw(DWORD ftMultiplier, FILETIME ftMultiplicand);
STDAPI_(FILETIME) FtSubFt(FILETIME ftMinuend, FILETIME ftSubtrahend);
STDAPI_(FILETIME) FtNegFt(FILETIME ft);

/* PR_CONVERSATION_INDEX of a new message, or of a reply to lpbParent. */
STDAPI_(SCODE)
ScCreateConversationIndex(ULONG cbParent, LPBYTE lpbParent,
			  ULONG *lpcbConvIndex, LPBYTE *lppbConvIndex);

/* A store entry ID wrapped for MAPI (the provider DLL name in front). */
STDAPI WrapStoreEntryID(ULONG ulFlags, LPTSTR lpszDLLName, ULONG cbOrigEntry,
			LPENTRYID lpOrigEntry, ULONG *lpcbWrappedEntry,
			LPENTRYID *lppWrappedEntry);

/* Compressed RTF ([MS-OXRTFCP]): a stream that decompresses (and, with
 * MAPI_MODIFY, compresses) PR_RTF_COMPRESSED, and the body/RTF sync. */
STDAPI_(HRESULT)
RTFSync(LPMESSAGE lpMessage, ULONG ulFlags, BOOL *lpfMessageUpdated);
STDAPI_(HRESULT)
WrapCompressedRTFStream(LPSTREAM lpCompressedRTFStream, ULONG ulFlags,
			LPSTREAM *lpUncompressedRTFStream);

/* A compound-file IStorage on a stream. */
STDAPI_(HRESULT)
HrIStorageFromStream(LPUNKNOWN lpUnkIn, LPCIID lpInterface, ULONG ulFlags,
		     LPSTORAGE *lppStorageOut);

/* An IStream on a file: STGM_READ/READWRITE, STGM_CREATE,
 * STGM_DELETEONRELEASE, SOF_UNIQUEFILENAME (a new file in the directory
 * lpszFileName, named from lpszPrefix). */
STDAPI OpenStreamOnFile(LPALLOCATEBUFFER lpAllocateBuffer,
			LPFREEBUFFER lpFreeBuffer, ULONG ulFlags,
			LPCTSTR lpszFileName, LPCTSTR lpszPrefix,
			LPSTREAM *lppStream);
typedef HRESULT(STDMETHODCALLTYPE *LPOPENSTREAMONFILE)(
	LPALLOCATEBUFFER lpAllocateBuffer, LPFREEBUFFER lpFreeBuffer,
	ULONG ulFlags, LPCTSTR lpszFileName, LPCTSTR lpszPrefix,
	LPSTREAM *lppStream);

/* Setup and cleanup for programs that use these utilities without
 * MAPIInitialize. */
STDAPI_(SCODE) ScInitMapiUtil(ULONG ulFlags);
STDAPI_(void) DeinitMapiUtil(void);

/* Entry-point types, for programs that look the functions up by name. */
typedef HRESULT(STDAPICALLTYPE DISPATCHNOTIFICATIONS)(ULONG ulFlags);
typedef DISPATCHNOTIFICATIONS *LPDISPATCHNOTIFICATIONS;
typedef SCODE(STDAPICALLTYPE CREATECONVERSATIONINDEX)(ULONG cbParent,
						      LPBYTE lpbParent,
						      ULONG *lpcbConvIndex,
						      LPBYTE *lppbConvIndex);
typedef CREATECONVERSATIONINDEX *LPCREATECONVERSATIONINDEX;

/*
 * The idle engine: Windows runs registered routines when the message loop
 * is idle.  mapix has no message loop, so registered routines are kept but
 * never called (docs/CONFORMANCE.md); the calls succeed.
 */
typedef BOOL(STDAPICALLTYPE FNIDLE)(LPVOID);
typedef FNIDLE *PFNIDLE;
typedef void *FTG;
typedef FTG *PFTG;
#define FTGNULL ((FTG)NULL)

STDAPI_(LONG) MAPIInitIdle(LPVOID lpvReserved);
STDAPI_(void) MAPIDeinitIdle(void);
STDAPI_(FTG)
FtgRegisterIdleRoutine(PFNIDLE lpfnIdle, LPVOID lpvIdleParam, short priIdle,
		       ULONG csecIdle, USHORT iroIdle);
STDAPI_(void) DeregisterIdleRoutine(FTG ftg);
STDAPI_(void) EnableIdleRoutine(FTG ftg, BOOL fEnable);
STDAPI_(void)
ChangeIdleRoutine(FTG ftg, PFNIDLE lpfnIdle, LPVOID lpvIdleParam,
		  short priIdle, ULONG csecIdle, USHORT iroIdle,
		  USHORT ircIdle);

/*
 * Display tables built from dialog resources: one DTCTL per control, one
 * DTPAGE per page.  Windows resources do not exist on Linux, so
 * BuildDisplayTable answers MAPI_E_NO_SUPPORT with a message.
 */
typedef struct {
	ULONG ulCtlType;
	ULONG ulCtlFlags;
	LPBYTE lpbNotif;
	ULONG cbNotif;
	LPTSTR lpszFilter;
	ULONG ulItemID;
	union {
		LPVOID lpv;
		LPDTBLLABEL lplabel;
		LPDTBLEDIT lpedit;
		LPDTBLLBX lplbx;
		LPDTBLCOMBOBOX lpcombobox;
		LPDTBLDDLBX lpddlbx;
		LPDTBLCHECKBOX lpcheckbox;
		LPDTBLGROUPBOX lpgroupbox;
		LPDTBLBUTTON lpbutton;
		LPDTBLRADIOBUTTON lpradiobutton;
		LPDTBLMVLISTBOX lpmvlbx;
		LPDTBLMVDDLBX lpmvddlbx;
		LPDTBLPAGE lppage;
	} ctl;
} DTCTL, *LPDTCTL;

typedef struct {
	ULONG cctl;
	LPTSTR lpszResourceName;
	union {
		LPTSTR lpszComponent;
		ULONG ulItemID;
	};
	LPDTCTL lpctl;
} DTPAGE, *LPDTPAGE;

STDAPI BuildDisplayTable(LPALLOCATEBUFFER lpAllocateBuffer,
			 LPALLOCATEMORE lpAllocateMore,
			 LPFREEBUFFER lpFreeBuffer, LPMALLOC lpMalloc,
			 HINSTANCE hInstance, UINT cPages, LPDTPAGE lpPage,
			 ULONG ulFlags, LPMAPITABLE *lppTable,
			 LPTABLEDATA *lppTblData);

MAPIX_END_DECLS

#endif /* MAPIX_MAPIUTIL_H */
