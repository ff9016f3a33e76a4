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

/* ITableData::HrGetView callback, called when a view is released. */
typedef void(STDAPICALLTYPE CALLERRELEASE)(ULONG_PTR ulCallerData,
					   LPTABLEDATA lpTblData,
					   LPMAPITABLE lpVue);
typedef CALLERRELEASE FAR *LPCALLERRELEASE;

/* HrValidateIPMSubtree */
#define MAPI_FORCE_CREATE 1
#define MAPI_FULL_IPM_TREE 2

/* @generated-begin interfaces: do not edit; see scripts/mapigen.py */
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
