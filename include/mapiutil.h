/*
 * mapiutil.h - MAPI's utility library: in-memory property objects and
 * tables, property value helpers, row-set and address-list helpers.
 *
 * Source-compatible with the Windows header of the same name.  The property
 * data and table data interfaces are generated from spec/interfaces.def.
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
STDAPI_(ULONG) UlFromSzHex(LPCTSTR lpsz);
STDAPI_(ULONG) SwapPlong(ULONG *lpulSrc, ULONG cLongs);
STDAPI_(ULONG) SwapPword(WORD *lpwSrc, ULONG cWords);

MAPIX_END_DECLS

#endif /* MAPIX_MAPIUTIL_H */
