/*
 * mapidefs.h - MAPI's data structures, property types, flags and the core
 * COM interfaces, source-compatible with Windows Extended MAPI.
 *
 * Layouts, values and method order follow the Windows headers so that code
 * written against Windows MAPI compiles unchanged; the types come from
 * mapiwin.h with Windows widths.  Interface declarations (vtables and the
 * IFoo_Method() call macros) are generated from spec/interfaces.def by
 * scripts/mapigen.py into the marked regions; everything else is written by
 * hand.
 */
#ifndef MAPIX_MAPIDEFS_H
#define MAPIX_MAPIDEFS_H

#include <mapiwin.h>
#include <mapicode.h>

/* Arrays declared with one element and allocated with more. */
#ifndef MAPI_DIM
#define MAPI_DIM 1
#endif

#define MAPIMETHOD_(type, method) type(STDMETHODCALLTYPE *method)
#define MAPIMETHOD(method) MAPIMETHOD_(HRESULT, method)

/*
 * Declaring an interface the Windows way, for a provider or a program that
 * implements one mapix does not declare:
 *
 *   #define INTERFACE IMyThing
 *   DECLARE_MAPI_INTERFACE_(IMyThing, IUnknown)
 *   {
 *       BEGIN_INTERFACE
 *       MAPI_IUNKNOWN_METHODS(PURE)
 *       MAPIMETHOD(DoIt)(THIS_ ULONG ulFlags) PURE;
 *   };
 *   DECLARE_MAPI_INTERFACE_PTR(IMyThing, LPMYTHING);
 *
 * gives struct IMyThingVtbl with those members and struct IMyThing with
 * its lpVtbl, exactly like the generated declarations below.  The
 * MAPI_IFOO_METHODS(IPURE) macros of every interface are generated with the
 * interfaces.  MAPIMETHOD_DECLARE and MAPIMETHOD_TYPEDEF name one method of
 * an implementation (prefix##method) or its type, for tables of methods.
 */
#ifndef BEGIN_INTERFACE
#define BEGIN_INTERFACE
#endif
#define IMPL
#define DECLARE_MAPI_INTERFACE(iface)                                          \
	typedef struct iface##Vtbl iface##Vtbl, *iface##VtblPtr;               \
	struct iface {                                                         \
		CONST_VTBL iface##Vtbl *lpVtbl;                                \
	};                                                                     \
	struct iface##Vtbl
#define DECLARE_MAPI_INTERFACE_(iface, baseiface) DECLARE_MAPI_INTERFACE(iface)
#define DECLARE_MAPI_INTERFACE_PTR(iface, piface)                              \
	typedef struct iface iface, *piface
#define MAPIMETHOD_DECLARE(type, method, prefix)                               \
	type STDMETHODCALLTYPE prefix##method
#define MAPIMETHOD_TYPEDEF(type, method, prefix)                               \
	typedef type(STDMETHODCALLTYPE prefix##method##_METHOD)

/* Calling convention of provider entry points (MSProviderInit ...). */
#define STDMAPIINITCALLTYPE
#define STDINITMETHODIMP HRESULT STDMAPIINITCALLTYPE
#define STDINITMETHODIMP_(type) type STDMAPIINITCALLTYPE

/* A handle the size of a pointer (Simple MAPI sessions). */
typedef ULONG_PTR LHANDLE, *LPLHANDLE;

/* Unique identifiers of providers and profile sections: 16 raw bytes. */
typedef struct _MAPIUID {
	BYTE ab[16];
} MAPIUID, *LPMAPIUID;

#define IsEqualMAPIUID(a, b) (memcmp((a), (b), sizeof(MAPIUID)) == 0)

/* Entry identifiers. */
typedef struct _ENTRYID {
	BYTE abFlags[4];
	BYTE ab[MAPI_DIM];
} ENTRYID, *LPENTRYID;

#define CbNewENTRYID(cb) (offsetof(ENTRYID, ab) + (cb))
#define CbENTRYID(cb) (offsetof(ENTRYID, ab) + (cb))
#define SizedENTRYID(cb, name)                                                 \
	struct _ENTRYID_##name {                                               \
		BYTE abFlags[4];                                               \
		BYTE ab[cb];                                                   \
	} name

/* abFlags[0] of short-term and special entry IDs. */
#define MAPI_SHORTTERM 0x80
#define MAPI_NOTRECIP 0x40
#define MAPI_THISSESSION 0x20
#define MAPI_NOW 0x10
#define MAPI_NOTRESERVED 0x08
/* abFlags[1]. */
#define MAPI_COMPOUND 0x80

/* The byte-order-independent UID of one-off addresses. */
#define MAPI_ONE_OFF_UID                                                       \
	{                                                                      \
		0x81, 0x2b, 0x1f, 0xa4, 0xbe, 0xa3, 0x10, 0x19, 0x9d, 0x6e,    \
			0x00, 0xdd, 0x01, 0x0f, 0x54, 0x02                     \
	}
#define MAPI_ONE_OFF_UNICODE 0x8000
#define MAPI_ONE_OFF_NO_RICH_INFO 0x0001

/* Object types (lpulObjType, PR_OBJECT_TYPE). */
#define MAPI_STORE ((ULONG)0x00000001)
#define MAPI_ADDRBOOK ((ULONG)0x00000002)
#define MAPI_FOLDER ((ULONG)0x00000003)
#define MAPI_ABCONT ((ULONG)0x00000004)
#define MAPI_MESSAGE ((ULONG)0x00000005)
#define MAPI_MAILUSER ((ULONG)0x00000006)
#define MAPI_ATTACH ((ULONG)0x00000007)
#define MAPI_DISTLIST ((ULONG)0x00000008)
#define MAPI_PROFSECT ((ULONG)0x00000009)
#define MAPI_STATUS ((ULONG)0x0000000A)
#define MAPI_SESSION ((ULONG)0x0000000B)
#define MAPI_FORMINFO ((ULONG)0x0000000C)

/* Limits of profile names and passwords, in characters. */
#define cchProfileNameMax 64
#define cchProfilePassMax 64

/* Flags shared by many calls. */
#define MAPI_MODIFY ((ULONG)0x00000001)
#define MAPI_ACCESS_MODIFY ((ULONG)0x00000001)
#define MAPI_ACCESS_READ ((ULONG)0x00000002)
#define MAPI_ACCESS_DELETE ((ULONG)0x00000004)
#define MAPI_ACCESS_CREATE_HIERARCHY ((ULONG)0x00000008)
#define MAPI_ACCESS_CREATE_CONTENTS ((ULONG)0x00000010)
#define MAPI_ACCESS_CREATE_ASSOCIATED ((ULONG)0x00000020)

#define MAPI_UNICODE ((ULONG)0x80000000)
#ifdef UNICODE
#define fMapiUnicode MAPI_UNICODE
#else
#define fMapiUnicode 0
#endif

#define MAPI_USE_DEFAULT 0x00000040
#define MAPI_NT_SERVICE 0x00010000
#define MAPI_DIALOG ((ULONG)0x00000008)
#define MAPI_DEFERRED_ERRORS ((ULONG)0x00000008)
#define MAPI_BEST_ACCESS ((ULONG)0x00000010)
#define MAPI_CACHE_ONLY ((ULONG)0x00004000)
#define MAPI_NO_CACHE ((ULONG)0x00000200)

/* Message-service and provider configuration. */
#define SERVICE_UI_ALWAYS 0x00000002
#define UI_SERVICE SERVICE_UI_ALWAYS
#define UI_CURRENT_PROVIDER_FIRST 0x00000004
#define SERVICE_UI_ALLOWED 0x00000010
#define SERVICE_NO_RESTART_WARNING 0x00000080

/* ---------------------------------------------------------------------------
 * Property types and tags
 */

#define PROP_TYPE_MASK ((ULONG)0x0000FFFF)
#define PROP_TYPE(tag) ((ULONG)((tag)&PROP_TYPE_MASK))
#define PROP_ID(tag) ((ULONG)(tag) >> 16)
#define PROP_TAG(type, id) ((ULONG)(((ULONG)(id) << 16) | (ULONG)(type)))
#define PROP_ID_NULL 0
#define PROP_ID_INVALID 0xFFFF
#define PR_NULL PROP_TAG(PT_NULL, PROP_ID_NULL)
#define CHANGE_PROP_TYPE(tag, type)                                            \
	((ULONG)(((ULONG)0xFFFF0000 & (tag)) | (ULONG)(type)))

#define PT_UNSPECIFIED ((ULONG)0)
#define PT_NULL ((ULONG)1)
#define PT_I2 ((ULONG)2)
#define PT_LONG ((ULONG)3)
#define PT_R4 ((ULONG)4)
#define PT_DOUBLE ((ULONG)5)
#define PT_CURRENCY ((ULONG)6)
#define PT_APPTIME ((ULONG)7)
#define PT_ERROR ((ULONG)10)
#define PT_BOOLEAN ((ULONG)11)
#define PT_OBJECT ((ULONG)13)
#define PT_I8 ((ULONG)20)
#define PT_STRING8 ((ULONG)30)
#define PT_UNICODE ((ULONG)31)
#define PT_SYSTIME ((ULONG)64)
#define PT_CLSID ((ULONG)72)
#define PT_SVREID ((ULONG)0x00FB)
#define PT_SRESTRICTION ((ULONG)0x00FD)
#define PT_ACTIONS ((ULONG)0x00FE)
#define PT_BINARY ((ULONG)258)
#define PT_PTR ((ULONG)0x0103)

#define PT_SHORT PT_I2
#define PT_I4 PT_LONG
#define PT_FLOAT PT_R4
#define PT_R8 PT_DOUBLE
#define PT_LONGLONG PT_I8

#define MV_FLAG 0x1000
#define MV_INSTANCE 0x2000
#define MVI_FLAG (MV_FLAG | MV_INSTANCE)
#define MVI_PROP(tag) ((tag) | MVI_FLAG)

#define PT_MV_I2 (MV_FLAG | PT_I2)
#define PT_MV_LONG (MV_FLAG | PT_LONG)
#define PT_MV_R4 (MV_FLAG | PT_R4)
#define PT_MV_DOUBLE (MV_FLAG | PT_DOUBLE)
#define PT_MV_CURRENCY (MV_FLAG | PT_CURRENCY)
#define PT_MV_APPTIME (MV_FLAG | PT_APPTIME)
#define PT_MV_SYSTIME (MV_FLAG | PT_SYSTIME)
#define PT_MV_STRING8 (MV_FLAG | PT_STRING8)
#define PT_MV_BINARY (MV_FLAG | PT_BINARY)
#define PT_MV_UNICODE (MV_FLAG | PT_UNICODE)
#define PT_MV_CLSID (MV_FLAG | PT_CLSID)
#define PT_MV_I8 (MV_FLAG | PT_I8)
#define PT_MV_SHORT PT_MV_I2
#define PT_MV_I4 PT_MV_LONG
#define PT_MV_FLOAT PT_MV_R4
#define PT_MV_R8 PT_MV_DOUBLE
#define PT_MV_LONGLONG PT_MV_I8

#ifdef UNICODE
#define PT_TSTRING PT_UNICODE
#define PT_MV_TSTRING (MV_FLAG | PT_UNICODE)
#define LPSZ lpszW
#define LPPSZ lppszW
#define MVSZ MVszW
#else
#define PT_TSTRING PT_STRING8
#define PT_MV_TSTRING (MV_FLAG | PT_STRING8)
#define LPSZ lpszA
#define LPPSZ lppszA
#define MVSZ MVszA
#endif

/* Property ID ranges. */
#define PROP_ID_SECURE_MIN 0x67F0
#define PROP_ID_SECURE_MAX 0x67FF

/* Property tag arrays. */
typedef struct _SPropTagArray {
	ULONG cValues;
	ULONG aulPropTag[MAPI_DIM];
} SPropTagArray, *LPSPropTagArray;

#define CbNewSPropTagArray(ctag)                                               \
	(offsetof(SPropTagArray, aulPropTag) + (size_t)(ctag) * sizeof(ULONG))
#define CbSPropTagArray(lparray)                                               \
	(offsetof(SPropTagArray, aulPropTag) +                                 \
	 (size_t)((lparray)->cValues) * sizeof(ULONG))
#define SizedSPropTagArray(ctag, name)                                         \
	struct _SPropTagArray_##name {                                         \
		ULONG cValues;                                                 \
		ULONG aulPropTag[ctag];                                        \
	} name

/* Values. */
typedef struct _SBinary {
	ULONG cb;
	LPBYTE lpb;
} SBinary, *LPSBinary;

typedef struct _SShortArray {
	ULONG cValues;
	short int *lpi;
} SShortArray;

typedef struct _SLongArray {
	ULONG cValues;
	LONG *lpl;
} SLongArray;

typedef struct _SRealArray {
	ULONG cValues;
	float *lpflt;
} SRealArray;

typedef struct _SDoubleArray {
	ULONG cValues;
	double *lpdbl;
} SDoubleArray;

typedef struct _SCurrencyArray {
	ULONG cValues;
	CURRENCY *lpcur;
} SCurrencyArray;

typedef struct _SAppTimeArray {
	ULONG cValues;
	double *lpat;
} SAppTimeArray;

typedef struct _SDateTimeArray {
	ULONG cValues;
	FILETIME *lpft;
} SDateTimeArray;

typedef struct _SBinaryArray {
	ULONG cValues;
	SBinary *lpbin;
} SBinaryArray;

typedef SBinaryArray ENTRYLIST, *LPENTRYLIST;

typedef struct _SLPSTRArray {
	ULONG cValues;
	LPSTR *lppszA;
} SLPSTRArray;

typedef struct _SWStringArray {
	ULONG cValues;
	LPWSTR *lppszW;
} SWStringArray;

typedef struct _SGuidArray {
	ULONG cValues;
	GUID *lpguid;
} SGuidArray;

typedef struct _SLargeIntegerArray {
	ULONG cValues;
	LARGE_INTEGER *lpli;
} SLargeIntegerArray;

typedef union _PV {
	short int i;
	LONG l;
	ULONG ul;
	LPVOID lpv;
	float flt;
	double dbl;
	unsigned short int b;
	CURRENCY cur;
	double at;
	FILETIME ft;
	LPSTR lpszA;
	SBinary bin;
	LPWSTR lpszW;
	LPGUID lpguid;
	LARGE_INTEGER li;
	SShortArray MVi;
	SLongArray MVl;
	SRealArray MVflt;
	SDoubleArray MVdbl;
	SCurrencyArray MVcur;
	SAppTimeArray MVat;
	SDateTimeArray MVft;
	SBinaryArray MVbin;
	SLPSTRArray MVszA;
	SWStringArray MVszW;
	SGuidArray MVguid;
	SLargeIntegerArray MVli;
	SCODE err;
	LONG x;
} __UPV;

typedef struct _SPropValue {
	ULONG ulPropTag;
	ULONG dwAlignPad;
	union _PV Value;
} SPropValue, *LPSPropValue;

/* Problems reported by SetProps, DeleteProps, CopyTo, CopyProps. */
typedef struct _SPropProblem {
	ULONG ulIndex;
	ULONG ulPropTag;
	SCODE scode;
} SPropProblem, *LPSPropProblem;

typedef struct _SPropProblemArray {
	ULONG cProblem;
	SPropProblem aProblem[MAPI_DIM];
} SPropProblemArray, *LPSPropProblemArray;

#define CbNewSPropProblemArray(cprob)                                          \
	(offsetof(SPropProblemArray, aProblem) +                               \
	 (size_t)(cprob) * sizeof(SPropProblem))
#define CbSPropProblemArray(lparray)                                           \
	(offsetof(SPropProblemArray, aProblem) +                               \
	 (size_t)((lparray)->cProblem) * sizeof(SPropProblem))
#define SizedSPropProblemArray(cprob, name)                                    \
	struct _SPropProblemArray_##name {                                     \
		ULONG cProblem;                                                \
		SPropProblem aProblem[cprob];                                  \
	} name

/* Flat entry lists, as transports and the spooler pass them. */
typedef struct {
	ULONG cb;
	BYTE abEntry[MAPI_DIM];
} FLATENTRY, *LPFLATENTRY;

typedef struct {
	ULONG cEntries;
	ULONG cbEntries;
	BYTE abEntries[MAPI_DIM];
} FLATENTRYLIST, *LPFLATENTRYLIST;

typedef struct {
	ULONG cb;
	BYTE ab[MAPI_DIM];
} MTSID, *LPMTSID;

typedef struct {
	ULONG cMTSIDs;
	ULONG cbMTSIDs;
	BYTE abMTSIDs[MAPI_DIM];
} FLATMTSIDLIST, *LPFLATMTSIDLIST;

#define CbNewFLATENTRY(cb) (offsetof(FLATENTRY, abEntry) + (cb))
#define CbFLATENTRY(lpentry) (offsetof(FLATENTRY, abEntry) + (lpentry)->cb)
#define CbNewFLATENTRYLIST(cb) (offsetof(FLATENTRYLIST, abEntries) + (cb))
#define CbFLATENTRYLIST(lplist)                                                \
	(offsetof(FLATENTRYLIST, abEntries) + (lplist)->cbEntries)
#define CbNewMTSID(cb) (offsetof(MTSID, ab) + (cb))
#define CbMTSID(lp) (offsetof(MTSID, ab) + (lp)->cb)
#define CbNewFLATMTSIDLIST(cb) (offsetof(FLATMTSIDLIST, abMTSIDs) + (cb))
#define CbFLATMTSIDLIST(lp) (offsetof(FLATMTSIDLIST, abMTSIDs) + (lp)->cbMTSIDs)

/* Address lists: ADRENTRY is laid out exactly like SRow. */
typedef struct _ADRENTRY {
	ULONG ulReserved1;
	ULONG cValues;
	LPSPropValue rgPropVals;
} ADRENTRY, *LPADRENTRY;

typedef struct _ADRLIST {
	ULONG cEntries;
	ADRENTRY aEntries[MAPI_DIM];
} ADRLIST, *LPADRLIST;

#define CbNewADRLIST(centries)                                                 \
	(offsetof(ADRLIST, aEntries) + (size_t)(centries) * sizeof(ADRENTRY))
#define CbADRLIST(lpadrlist)                                                   \
	(offsetof(ADRLIST, aEntries) +                                         \
	 (size_t)(lpadrlist)->cEntries * sizeof(ADRENTRY))
#define SizedADRLIST(centries, name)                                           \
	struct _ADRLIST_##name {                                               \
		ULONG cEntries;                                                \
		ADRENTRY aEntries[centries];                                   \
	} name

/* Rows. */
typedef struct _SRow {
	ULONG ulAdrEntryPad;
	ULONG cValues;
	LPSPropValue lpProps;
} SRow, *LPSRow;

typedef struct _SRowSet {
	ULONG cRows;
	SRow aRow[MAPI_DIM];
} SRowSet, *LPSRowSet;

#define CbNewSRowSet(crow)                                                     \
	(offsetof(SRowSet, aRow) + (size_t)(crow) * sizeof(SRow))
#define CbSRowSet(lprowset)                                                    \
	(offsetof(SRowSet, aRow) + (size_t)((lprowset)->cRows) * sizeof(SRow))
#define SizedSRowSet(crow, name)                                               \
	struct _SRowSet_##name {                                               \
		ULONG cRows;                                                   \
		SRow aRow[crow];                                               \
	} name

/* Flag lists (address-book name resolution). */
typedef struct _flaglist {
	ULONG cFlags;
	ULONG ulFlag[MAPI_DIM];
} FlagList, *LPFlagList;

#define MAPI_UNRESOLVED ((ULONG)0x00000000)
#define MAPI_AMBIGUOUS ((ULONG)0x00000001)
#define MAPI_RESOLVED ((ULONG)0x00000002)

#define CbNewFlagList(cflags)                                                  \
	(offsetof(FlagList, ulFlag) + (size_t)(cflags) * sizeof(ULONG))

/* Extended error information from GetLastError. */
typedef struct _MAPIERROR {
	ULONG ulVersion;
	LPTSTR lpszError;
	LPTSTR lpszComponent;
	ULONG ulLowLevelError;
	ULONG ulContext;
} MAPIERROR, *LPMAPIERROR;

#define MAPI_ERROR_VERSION 0x00000000L

/* Named properties. */
#define MNID_ID 0
#define MNID_STRING 1

typedef struct _MAPINAMEID {
	LPGUID lpguid;
	ULONG ulKind;
	union {
		LONG_PTR lID_Reserved;
		LONG lID;
		LPWSTR lpwstrName;
	} Kind;
} MAPINAMEID, *LPMAPINAMEID;

/* Memory allocators handed to providers and utility functions. */
typedef SCODE(STDMETHODCALLTYPE ALLOCATEBUFFER)(ULONG cbSize,
						LPVOID FAR *lppBuffer);
typedef SCODE(STDMETHODCALLTYPE ALLOCATEMORE)(ULONG cbSize, LPVOID lpObject,
					      LPVOID FAR *lppBuffer);
typedef ULONG(STDAPICALLTYPE FREEBUFFER)(LPVOID lpBuffer);
typedef ALLOCATEBUFFER FAR *LPALLOCATEBUFFER;
typedef ALLOCATEMORE FAR *LPALLOCATEMORE;
typedef FREEBUFFER FAR *LPFREEBUFFER;

/* ---------------------------------------------------------------------------
 * Interfaces: forward declarations of every interface and pointer name.
 */

/* @generated-begin forward: do not edit; see scripts/mapigen.py */
/* clang-format off */
typedef struct IUnknown IUnknown;
typedef struct IUnknownVtbl IUnknownVtbl;
typedef IUnknown *LPUNKNOWN;

typedef struct IMalloc IMalloc;
typedef struct IMallocVtbl IMallocVtbl;
typedef IMalloc *LPMALLOC;

typedef struct ISequentialStream ISequentialStream;
typedef struct ISequentialStreamVtbl ISequentialStreamVtbl;

typedef struct IStream IStream;
typedef struct IStreamVtbl IStreamVtbl;
typedef IStream *LPSTREAM;

typedef struct IEnumSTATSTG IEnumSTATSTG;
typedef struct IEnumSTATSTGVtbl IEnumSTATSTGVtbl;
typedef IEnumSTATSTG *LPENUMSTATSTG;

typedef struct IStorage IStorage;
typedef struct IStorageVtbl IStorageVtbl;
typedef IStorage *LPSTORAGE;

typedef struct IClassFactory IClassFactory;
typedef struct IClassFactoryVtbl IClassFactoryVtbl;
typedef IClassFactory *LPCLASSFACTORY;

typedef struct IMAPIAdviseSink IMAPIAdviseSink;
typedef struct IMAPIAdviseSinkVtbl IMAPIAdviseSinkVtbl;
typedef IMAPIAdviseSink *LPMAPIADVISESINK;

typedef struct IMAPIProgress IMAPIProgress;
typedef struct IMAPIProgressVtbl IMAPIProgressVtbl;
typedef IMAPIProgress *LPMAPIPROGRESS;

typedef struct IMAPIProp IMAPIProp;
typedef struct IMAPIPropVtbl IMAPIPropVtbl;
typedef IMAPIProp *LPMAPIPROP;

typedef struct IMAPIContainer IMAPIContainer;
typedef struct IMAPIContainerVtbl IMAPIContainerVtbl;
typedef IMAPIContainer *LPMAPICONTAINER;

typedef struct IMAPIFolder IMAPIFolder;
typedef struct IMAPIFolderVtbl IMAPIFolderVtbl;
typedef IMAPIFolder *LPMAPIFOLDER;

typedef struct IMsgStore IMsgStore;
typedef struct IMsgStoreVtbl IMsgStoreVtbl;
typedef IMsgStore *LPMDB;

typedef struct IMessage IMessage;
typedef struct IMessageVtbl IMessageVtbl;
typedef IMessage *LPMESSAGE;

typedef struct IAttach IAttach;
typedef struct IAttachVtbl IAttachVtbl;
typedef IAttach *LPATTACH;

typedef struct IMAPITable IMAPITable;
typedef struct IMAPITableVtbl IMAPITableVtbl;
typedef IMAPITable *LPMAPITABLE;

typedef struct IMAPIStatus IMAPIStatus;
typedef struct IMAPIStatusVtbl IMAPIStatusVtbl;
typedef IMAPIStatus *LPMAPISTATUS;

typedef struct IProfSect IProfSect;
typedef struct IProfSectVtbl IProfSectVtbl;
typedef IProfSect *LPPROFSECT;

typedef struct IABContainer IABContainer;
typedef struct IABContainerVtbl IABContainerVtbl;
typedef IABContainer *LPABCONT;

typedef struct IMailUser IMailUser;
typedef struct IMailUserVtbl IMailUserVtbl;
typedef IMailUser *LPMAILUSER;

typedef struct IDistList IDistList;
typedef struct IDistListVtbl IDistListVtbl;
typedef IDistList *LPDISTLIST;

typedef struct IAddrBook IAddrBook;
typedef struct IAddrBookVtbl IAddrBookVtbl;
typedef IAddrBook *LPADRBOOK;

typedef struct IMAPISession IMAPISession;
typedef struct IMAPISessionVtbl IMAPISessionVtbl;
typedef IMAPISession *LPMAPISESSION;

typedef struct IProfAdmin IProfAdmin;
typedef struct IProfAdminVtbl IProfAdminVtbl;
typedef IProfAdmin *LPPROFADMIN;

typedef struct IMsgServiceAdmin IMsgServiceAdmin;
typedef struct IMsgServiceAdminVtbl IMsgServiceAdminVtbl;
typedef IMsgServiceAdmin *LPSERVICEADMIN;

typedef struct IMsgServiceAdmin2 IMsgServiceAdmin2;
typedef struct IMsgServiceAdmin2Vtbl IMsgServiceAdmin2Vtbl;
typedef IMsgServiceAdmin2 *LPSERVICEADMIN2;

typedef struct IProviderAdmin IProviderAdmin;
typedef struct IProviderAdminVtbl IProviderAdminVtbl;
typedef IProviderAdmin *LPPROVIDERADMIN;

typedef struct ITableData ITableData;
typedef struct ITableDataVtbl ITableDataVtbl;
typedef ITableData *LPTABLEDATA;

typedef struct IPropData IPropData;
typedef struct IPropDataVtbl IPropDataVtbl;
typedef IPropData *LPPROPDATA;

typedef struct IExchangeManageStore IExchangeManageStore;
typedef struct IExchangeManageStoreVtbl IExchangeManageStoreVtbl;
typedef IExchangeManageStore *LPEXCHANGEMANAGESTORE;

typedef struct IExchangeModifyTable IExchangeModifyTable;
typedef struct IExchangeModifyTableVtbl IExchangeModifyTableVtbl;
typedef IExchangeModifyTable *LPEXCHANGEMODIFYTABLE;

typedef struct IMAPIControl IMAPIControl;
typedef struct IMAPIControlVtbl IMAPIControlVtbl;
typedef IMAPIControl *LPMAPICONTROL;

typedef struct IMAPIClientShutdown IMAPIClientShutdown;
typedef struct IMAPIClientShutdownVtbl IMAPIClientShutdownVtbl;
typedef IMAPIClientShutdown *LPMAPICLIENTSHUTDOWN;

typedef struct IMAPIProviderShutdown IMAPIProviderShutdown;
typedef struct IMAPIProviderShutdownVtbl IMAPIProviderShutdownVtbl;
typedef IMAPIProviderShutdown *LPMAPIPROVIDERSHUTDOWN;
/* clang-format on */
/* @generated-end forward */

/* ---------------------------------------------------------------------------
 * Notifications
 */

#define fnevCriticalError ((ULONG)0x00000001)
#define fnevNewMail ((ULONG)0x00000002)
#define fnevObjectCreated ((ULONG)0x00000004)
#define fnevObjectDeleted ((ULONG)0x00000008)
#define fnevObjectModified ((ULONG)0x00000010)
#define fnevObjectMoved ((ULONG)0x00000020)
#define fnevObjectCopied ((ULONG)0x00000040)
#define fnevSearchComplete ((ULONG)0x00000080)
#define fnevTableModified ((ULONG)0x00000100)
#define fnevStatusObjectModified ((ULONG)0x00000200)
#define fnevReservedForMapi ((ULONG)0x40000000)
#define fnevExtended ((ULONG)0x80000000)

#define TABLE_CHANGED 1
#define TABLE_ERROR 2
#define TABLE_ROW_ADDED 3
#define TABLE_ROW_DELETED 4
#define TABLE_ROW_MODIFIED 5
#define TABLE_SORT_DONE 6
#define TABLE_RESTRICT_DONE 7
#define TABLE_SETCOL_DONE 8
#define TABLE_RELOAD 9

typedef struct _ERROR_NOTIFICATION {
	ULONG cbEntryID;
	LPENTRYID lpEntryID;
	SCODE scode;
	ULONG ulFlags;
	LPMAPIERROR lpMAPIError;
} ERROR_NOTIFICATION;

typedef struct _NEWMAIL_NOTIFICATION {
	ULONG cbEntryID;
	LPENTRYID lpEntryID;
	ULONG cbParentID;
	LPENTRYID lpParentID;
	ULONG ulFlags;
	LPTSTR lpszMessageClass;
	ULONG ulMessageFlags;
} NEWMAIL_NOTIFICATION;

typedef struct _OBJECT_NOTIFICATION {
	ULONG cbEntryID;
	LPENTRYID lpEntryID;
	ULONG ulObjType;
	ULONG cbParentID;
	LPENTRYID lpParentID;
	ULONG cbOldID;
	LPENTRYID lpOldID;
	ULONG cbOldParentID;
	LPENTRYID lpOldParentID;
	LPSPropTagArray lpPropTagArray;
} OBJECT_NOTIFICATION;

typedef struct _TABLE_NOTIFICATION {
	ULONG ulTableEvent;
	HRESULT hResult;
	SPropValue propIndex;
	SPropValue propPrior;
	SRow row;
	ULONG ulPad;
} TABLE_NOTIFICATION;

typedef struct _EXTENDED_NOTIFICATION {
	ULONG ulEvent;
	ULONG cb;
	LPBYTE pbEventParameters;
} EXTENDED_NOTIFICATION;

typedef struct {
	ULONG cbEntryID;
	LPENTRYID lpEntryID;
	ULONG cValues;
	LPSPropValue lpPropVals;
} STATUS_OBJECT_NOTIFICATION;

typedef struct _NOTIFICATION {
	ULONG ulEventType;
	ULONG ulAlignPad;
	union {
		ERROR_NOTIFICATION err;
		NEWMAIL_NOTIFICATION newmail;
		OBJECT_NOTIFICATION obj;
		TABLE_NOTIFICATION tab;
		EXTENDED_NOTIFICATION ext;
		STATUS_OBJECT_NOTIFICATION statobj;
	} info;
} NOTIFICATION, *LPNOTIFICATION;

typedef struct {
	ULONG cb;
	BYTE ab[MAPI_DIM];
} NOTIFKEY, *LPNOTIFKEY;

#define CbNewNOTIFKEY(cb) (offsetof(NOTIFKEY, ab) + (cb))
#define CbNOTIFKEY(lpnk) (offsetof(NOTIFKEY, ab) + (lpnk)->cb)
#define SizedNOTIFKEY(cb, name)                                                \
	struct _NOTIFKEY_##name {                                              \
		ULONG cb;                                                      \
		BYTE ab[cb];                                                   \
	} name

/* Callback form of an advise sink (HrAllocAdviseSink). */
typedef LONG(STDAPICALLTYPE NOTIFCALLBACK)(LPVOID lpvContext,
					   ULONG cNotification,
					   LPNOTIFICATION lpNotifications);
typedef NOTIFCALLBACK FAR *LPNOTIFCALLBACK;

/* ---------------------------------------------------------------------------
 * Restrictions
 */

#define RES_AND ((ULONG)0x00000000)
#define RES_OR ((ULONG)0x00000001)
#define RES_NOT ((ULONG)0x00000002)
#define RES_CONTENT ((ULONG)0x00000003)
#define RES_PROPERTY ((ULONG)0x00000004)
#define RES_COMPAREPROPS ((ULONG)0x00000005)
#define RES_BITMASK ((ULONG)0x00000006)
#define RES_SIZE ((ULONG)0x00000007)
#define RES_EXIST ((ULONG)0x00000008)
#define RES_SUBRESTRICTION ((ULONG)0x00000009)
#define RES_COMMENT ((ULONG)0x0000000A)
#define RES_COUNT ((ULONG)0x0000000B)
#define RES_ANNOTATION ((ULONG)0x0000000C)

/* Fuzzy levels: one match kind in the low word, modifiers in the high. */
#define FL_FULLSTRING ((ULONG)0x00000000)
#define FL_SUBSTRING ((ULONG)0x00000001)
#define FL_PREFIX ((ULONG)0x00000002)
#define FL_IGNORECASE ((ULONG)0x00010000)
#define FL_IGNORENONSPACE ((ULONG)0x00020000)
#define FL_LOOSE ((ULONG)0x00040000)

#define RELOP_LT ((ULONG)0)
#define RELOP_LE ((ULONG)1)
#define RELOP_GT ((ULONG)2)
#define RELOP_GE ((ULONG)3)
#define RELOP_EQ ((ULONG)4)
#define RELOP_NE ((ULONG)5)
#define RELOP_RE ((ULONG)6)

#define BMR_EQZ ((ULONG)0)
#define BMR_NEZ ((ULONG)1)

typedef struct _SRestriction *LPSRestriction;

typedef struct _SAndRestriction {
	ULONG cRes;
	LPSRestriction lpRes;
} SAndRestriction;

typedef struct _SOrRestriction {
	ULONG cRes;
	LPSRestriction lpRes;
} SOrRestriction;

typedef struct _SNotRestriction {
	ULONG ulReserved;
	LPSRestriction lpRes;
} SNotRestriction;

typedef struct _SContentRestriction {
	ULONG ulFuzzyLevel;
	ULONG ulPropTag;
	LPSPropValue lpProp;
} SContentRestriction;

typedef struct _SBitMaskRestriction {
	ULONG relBMR;
	ULONG ulPropTag;
	ULONG ulMask;
} SBitMaskRestriction;

typedef struct _SPropertyRestriction {
	ULONG relop;
	ULONG ulPropTag;
	LPSPropValue lpProp;
} SPropertyRestriction;

typedef struct _SComparePropsRestriction {
	ULONG relop;
	ULONG ulPropTag1;
	ULONG ulPropTag2;
} SComparePropsRestriction;

typedef struct _SSizeRestriction {
	ULONG relop;
	ULONG ulPropTag;
	ULONG cb;
} SSizeRestriction;

typedef struct _SExistRestriction {
	ULONG ulReserved1;
	ULONG ulPropTag;
	ULONG ulReserved2;
} SExistRestriction;

typedef struct _SSubRestriction {
	ULONG ulSubObject;
	LPSRestriction lpRes;
} SSubRestriction;

typedef struct _SCommentRestriction {
	ULONG cValues;
	LPSRestriction lpRes;
	LPSPropValue lpProp;
} SCommentRestriction;

typedef struct _SAnnotationRestriction {
	ULONG cValues;
	LPSRestriction lpRes;
	LPSPropValue lpProp;
} SAnnotationRestriction;

typedef struct _SCountRestriction {
	ULONG ulCount;
	LPSRestriction lpRes;
} SCountRestriction;

/*
 * resCompareProps comes first so that a three-ULONG static initializer of
 * the union (the largest all-scalar member) compiles, as on Windows.
 */
typedef struct _SRestriction {
	ULONG rt;
	union {
		SComparePropsRestriction resCompareProps;
		SAndRestriction resAnd;
		SOrRestriction resOr;
		SNotRestriction resNot;
		SContentRestriction resContent;
		SPropertyRestriction resProperty;
		SBitMaskRestriction resBitMask;
		SSizeRestriction resSize;
		SExistRestriction resExist;
		SSubRestriction resSub;
		SCommentRestriction resComment;
		SAnnotationRestriction resAnnotation;
		SCountRestriction resCount;
	} res;
} SRestriction;

/* ---------------------------------------------------------------------------
 * Sorting and categories
 */

#define TABLE_SORT_ASCEND ((ULONG)0x00000000)
#define TABLE_SORT_DESCEND ((ULONG)0x00000001)
#define TABLE_SORT_COMBINE ((ULONG)0x00000002)
#define TABLE_SORT_CATEG_MAX ((ULONG)0x00000004)
#define TABLE_SORT_CATEG_MIN ((ULONG)0x00000008)

typedef struct _SSortOrder {
	ULONG ulPropTag;
	ULONG ulOrder;
} SSortOrder, *LPSSortOrder;

typedef struct _SSortOrderSet {
	ULONG cSorts;
	ULONG cCategories;
	ULONG cExpanded;
	SSortOrder aSort[MAPI_DIM];
} SSortOrderSet, *LPSSortOrderSet;

#define CbNewSSortOrderSet(csort)                                              \
	(offsetof(SSortOrderSet, aSort) + (size_t)(csort) * sizeof(SSortOrder))
#define CbSSortOrderSet(lpset)                                                 \
	(offsetof(SSortOrderSet, aSort) +                                      \
	 (size_t)((lpset)->cSorts) * sizeof(SSortOrder))
#define SizedSSortOrderSet(csort, name)                                        \
	struct _SSortOrderSet_##name {                                         \
		ULONG cSorts;                                                  \
		ULONG cCategories;                                             \
		ULONG cExpanded;                                               \
		SSortOrder aSort[csort];                                       \
	} name

/* ---------------------------------------------------------------------------
 * Tables
 */

typedef ULONG_PTR BOOKMARK;

#define BOOKMARK_BEGINNING ((BOOKMARK)0)
#define BOOKMARK_CURRENT ((BOOKMARK)1)
#define BOOKMARK_END ((BOOKMARK)2)

#define TBLSTAT_COMPLETE ((ULONG)0)
#define TBLSTAT_QCHANGED ((ULONG)7)
#define TBLSTAT_SORTING ((ULONG)9)
#define TBLSTAT_SORT_ERROR ((ULONG)10)
#define TBLSTAT_SETTING_COLS ((ULONG)11)
#define TBLSTAT_SETCOL_ERROR ((ULONG)13)
#define TBLSTAT_RESTRICTING ((ULONG)14)
#define TBLSTAT_RESTRICT_ERROR ((ULONG)15)

#define TBLTYPE_SNAPSHOT ((ULONG)0)
#define TBLTYPE_KEYSET ((ULONG)1)
#define TBLTYPE_DYNAMIC ((ULONG)2)

#define TBL_ALL_COLUMNS ((ULONG)0x00000001)
#define TBL_ASYNC ((ULONG)0x00000001)
#define TBL_NOWAIT ((ULONG)0x00000001)
#define TBL_BATCH ((ULONG)0x00000002)
#define DIR_BACKWARD ((ULONG)0x00000001)
#define TBL_NOADVANCE ((ULONG)0x00000001)

#define TBL_LEAF_ROW ((ULONG)1)
#define TBL_EMPTY_CATEGORY ((ULONG)2)
#define TBL_EXPANDED_CATEGORY ((ULONG)3)
#define TBL_COLLAPSED_CATEGORY ((ULONG)4)

/* ---------------------------------------------------------------------------
 * Property objects, containers, folders, stores, messages, attachments
 */

/* IMAPIProp::SaveChanges */
#define KEEP_OPEN_READONLY ((ULONG)0x00000001)
#define KEEP_OPEN_READWRITE ((ULONG)0x00000002)
#define FORCE_SAVE ((ULONG)0x00000004)
#define SPAMFILTER_ONSAVE ((ULONG)0x00000080)
#define ITEMPROC_FORCE ((ULONG)0x00000800)
#define NON_EMS_XP_SAVE ((ULONG)0x00001000)

/* IMAPIProp::OpenProperty */
#define MAPI_CREATE ((ULONG)0x00000002)
#define STREAM_APPEND ((ULONG)0x00000004)

/* IMAPIProp::CopyTo and CopyProps */
#define MAPI_MOVE ((ULONG)0x00000001)
#define MAPI_NOREPLACE ((ULONG)0x00000002)
#define MAPI_DECLINE_OK ((ULONG)0x00000004)

/* IMAPIProp::GetNamesFromIDs */
#define MAPI_NO_STRINGS ((ULONG)0x00000001)
#define MAPI_NO_IDS ((ULONG)0x00000002)

/* IMAPIContainer */
#define CONVENIENT_DEPTH ((ULONG)0x00000001)
#define MAPI_ASSOCIATED ((ULONG)0x00000040)

#define SEARCH_RUNNING ((ULONG)0x00000001)
#define SEARCH_REBUILD ((ULONG)0x00000002)
#define SEARCH_RECURSIVE ((ULONG)0x00000004)
#define SEARCH_FOREGROUND ((ULONG)0x00000008)

#define STOP_SEARCH ((ULONG)0x00000001)
#define RESTART_SEARCH ((ULONG)0x00000002)
#define RECURSIVE_SEARCH ((ULONG)0x00000004)
#define SHALLOW_SEARCH ((ULONG)0x00000008)
#define FOREGROUND_SEARCH ((ULONG)0x00000010)
#define BACKGROUND_SEARCH ((ULONG)0x00000020)

/* IMAPIFolder */
#define FOLDER_ROOT ((ULONG)0x00000000)
#define FOLDER_GENERIC ((ULONG)0x00000001)
#define FOLDER_SEARCH ((ULONG)0x00000002)

#define MESSAGE_MOVE ((ULONG)0x00000001)
#define MESSAGE_DIALOG ((ULONG)0x00000002)
#define OPEN_IF_EXISTS ((ULONG)0x00000001)
#define DEL_MESSAGES ((ULONG)0x00000001)
#define FOLDER_DIALOG ((ULONG)0x00000002)
#define DEL_FOLDERS ((ULONG)0x00000004)
#define DEL_ASSOCIATED ((ULONG)0x00000008)
#define FOLDER_MOVE ((ULONG)0x00000001)
#define COPY_SUBFOLDERS ((ULONG)0x00000010)

#define MSGSTATUS_HIGHLIGHTED ((ULONG)0x00000001)
#define MSGSTATUS_TAGGED ((ULONG)0x00000002)
#define MSGSTATUS_HIDDEN ((ULONG)0x00000004)
#define MSGSTATUS_DELMARKED ((ULONG)0x00000008)
#define MSGSTATUS_REMOTE_DOWNLOAD ((ULONG)0x00001000)
#define MSGSTATUS_REMOTE_DELETE ((ULONG)0x00002000)

#define RECURSIVE_SORT ((ULONG)0x00000002)

#define FLDSTATUS_HIGHLIGHTED ((ULONG)0x00000001)
#define FLDSTATUS_TAGGED ((ULONG)0x00000002)
#define FLDSTATUS_HIDDEN ((ULONG)0x00000004)
#define FLDSTATUS_DELMARKED ((ULONG)0x00000008)

/* IMsgStore */
#define STORE_ENTRYID_UNIQUE ((ULONG)0x00000001)
#define STORE_READONLY ((ULONG)0x00000002)
#define STORE_SEARCH_OK ((ULONG)0x00000004)
#define STORE_MODIFY_OK ((ULONG)0x00000008)
#define STORE_CREATE_OK ((ULONG)0x00000010)
#define STORE_ATTACH_OK ((ULONG)0x00000020)
#define STORE_OLE_OK ((ULONG)0x00000040)
#define STORE_SUBMIT_OK ((ULONG)0x00000080)
#define STORE_NOTIFY_OK ((ULONG)0x00000100)
#define STORE_MV_PROPS_OK ((ULONG)0x00000200)
#define STORE_CATEGORIZE_OK ((ULONG)0x00000400)
#define STORE_RTF_OK ((ULONG)0x00000800)
#define STORE_RESTRICTION_OK ((ULONG)0x00001000)
#define STORE_SORT_OK ((ULONG)0x00002000)
#define STORE_PUBLIC_FOLDERS ((ULONG)0x00004000)
#define STORE_UNCOMPRESSED_RTF ((ULONG)0x00008000)
#define STORE_HTML_OK ((ULONG)0x00010000)
#define STORE_ANSI_OK ((ULONG)0x00020000)
#define STORE_UNICODE_OK ((ULONG)0x00040000)
#define STORE_LOCALSTORE ((ULONG)0x00080000)
#define STORE_ITEMPROC ((ULONG)0x00200000)
#define STORE_PUSHER_OK ((ULONG)0x00800000)
#define STORE_HAS_SEARCHES ((ULONG)0x01000000)

#define LOGOFF_NO_WAIT ((ULONG)0x00000001)
#define LOGOFF_ORDERLY ((ULONG)0x00000002)
#define LOGOFF_PURGE ((ULONG)0x00000004)
#define LOGOFF_ABORT ((ULONG)0x00000008)
#define LOGOFF_QUIET ((ULONG)0x00000010)
#define LOGOFF_COMPLETE ((ULONG)0x00010000)
#define LOGOFF_INBOUND ((ULONG)0x00020000)
#define LOGOFF_OUTBOUND ((ULONG)0x00040000)
#define LOGOFF_OUTBOUND_QUEUE ((ULONG)0x00080000)

#define MSG_LOCKED ((ULONG)0x00000001)
#define MSG_UNLOCKED ((ULONG)0x00000000)

#define FOLDER_IPM_SUBTREE_VALID ((ULONG)0x00000001)
#define FOLDER_IPM_INBOX_VALID ((ULONG)0x00000002)
#define FOLDER_IPM_OUTBOX_VALID ((ULONG)0x00000004)
#define FOLDER_IPM_WASTEBASKET_VALID ((ULONG)0x00000008)
#define FOLDER_IPM_SENTMAIL_VALID ((ULONG)0x00000010)
#define FOLDER_VIEWS_VALID ((ULONG)0x00000020)
#define FOLDER_COMMON_VIEWS_VALID ((ULONG)0x00000040)
#define FOLDER_FINDER_VALID ((ULONG)0x00000080)

/* IMessage */
#define MSGFLAG_READ ((ULONG)0x00000001)
#define MSGFLAG_UNMODIFIED ((ULONG)0x00000002)
#define MSGFLAG_SUBMIT ((ULONG)0x00000004)
#define MSGFLAG_UNSENT ((ULONG)0x00000008)
#define MSGFLAG_HASATTACH ((ULONG)0x00000010)
#define MSGFLAG_FROMME ((ULONG)0x00000020)
#define MSGFLAG_ASSOCIATED ((ULONG)0x00000040)
#define MSGFLAG_RESEND ((ULONG)0x00000080)
#define MSGFLAG_RN_PENDING ((ULONG)0x00000100)
#define MSGFLAG_NRN_PENDING ((ULONG)0x00000200)

#define SUBMITFLAG_LOCKED ((ULONG)0x00000001)
#define SUBMITFLAG_PREPROCESS ((ULONG)0x00000002)

#define MODRECIP_ADD ((ULONG)0x00000002)
#define MODRECIP_MODIFY ((ULONG)0x00000004)
#define MODRECIP_REMOVE ((ULONG)0x00000008)

#define FORCE_SUBMIT ((ULONG)0x00000001)

#define SUPPRESS_RECEIPT ((ULONG)0x00000001)
#define CLEAR_READ_FLAG ((ULONG)0x00000004)
#define GENERATE_RECEIPT_ONLY ((ULONG)0x00000010)
#define CLEAR_RN_PENDING ((ULONG)0x00000020)
#define CLEAR_NRN_PENDING ((ULONG)0x00000040)

#define ATTACH_DIALOG ((ULONG)0x00000001)

#define MAPI_ORIG 0
#define MAPI_TO 1
#define MAPI_CC 2
#define MAPI_BCC 3
#define MAPI_P1 0x10000000
#define MAPI_SUBMITTED 0x80000000

#define IMPORTANCE_LOW ((LONG)0)
#define IMPORTANCE_NORMAL ((LONG)1)
#define IMPORTANCE_HIGH ((LONG)2)

#define PRIO_URGENT ((LONG)1)
#define PRIO_NORMAL ((LONG)0)
#define PRIO_NONURGENT ((LONG)-1)

#define SENSITIVITY_NONE ((ULONG)0x00000000)
#define SENSITIVITY_PERSONAL ((ULONG)0x00000001)
#define SENSITIVITY_PRIVATE ((ULONG)0x00000002)
#define SENSITIVITY_COMPANY_CONFIDENTIAL ((ULONG)0x00000003)

/* IAttach: PR_ATTACH_METHOD */
#define NO_ATTACHMENT ((ULONG)0x00000000)
#define ATTACH_BY_VALUE ((ULONG)0x00000001)
#define ATTACH_BY_REFERENCE ((ULONG)0x00000002)
#define ATTACH_BY_REF_RESOLVE ((ULONG)0x00000003)
#define ATTACH_BY_REF_ONLY ((ULONG)0x00000004)
#define ATTACH_EMBEDDED_MSG ((ULONG)0x00000005)
#define ATTACH_OLE ((ULONG)0x00000006)
#define ATTACH_BY_WEBREFERENCE ((ULONG)0x00000007)

/* IMAPIStatus */
#define STATUS_VALIDATE_STATE ((ULONG)0x00000001)
#define STATUS_SETTINGS_DIALOG ((ULONG)0x00000002)
#define STATUS_CHANGE_PASSWORD ((ULONG)0x00000004)
#define STATUS_FLUSH_QUEUES ((ULONG)0x00000008)

#define STATUS_AVAILABLE ((ULONG)0x00000001)
#define STATUS_OFFLINE ((ULONG)0x00000002)
#define STATUS_FAILURE ((ULONG)0x00000004)
#define STATUS_INBOUND_ENABLED ((ULONG)0x00010000)
#define STATUS_INBOUND_ACTIVE ((ULONG)0x00020000)
#define STATUS_INBOUND_FLUSH ((ULONG)0x00040000)
#define STATUS_OUTBOUND_ENABLED ((ULONG)0x00100000)
#define STATUS_OUTBOUND_ACTIVE ((ULONG)0x00200000)
#define STATUS_OUTBOUND_FLUSH ((ULONG)0x00400000)
#define STATUS_REMOTE_ACCESS ((ULONG)0x00800000)

#define SUPPRESS_UI ((ULONG)0x00000001)
#define REFRESH_XP_HEADER_CACHE ((ULONG)0x00010000)
#define PROCESS_XP_HEADER_CACHE ((ULONG)0x00020000)
#define FORCE_XP_CONNECT ((ULONG)0x00040000)
#define FORCE_XP_DISCONNECT ((ULONG)0x00080000)
#define CONFIG_CHANGED ((ULONG)0x00100000)
#define ABORT_XP_HEADER_OPERATION ((ULONG)0x00200000)
#define SHOW_XP_SESSION_UI ((ULONG)0x00400000)

#define FLUSH_UPLOAD ((ULONG)0x00000002)
#define FLUSH_DOWNLOAD ((ULONG)0x00000004)
#define FLUSH_FORCE ((ULONG)0x00000008)
#define FLUSH_NO_UI ((ULONG)0x00000010)
#define FLUSH_ASYNC_OK ((ULONG)0x00000020)

/* PR_RESOURCE_FLAGS of providers and status rows. */
#define STATUS_DEFAULT_OUTBOUND ((ULONG)0x00000001)
#define STATUS_DEFAULT_STORE ((ULONG)0x00000002)
#define STATUS_PRIMARY_IDENTITY ((ULONG)0x00000004)
#define STATUS_SIMPLE_STORE ((ULONG)0x00000008)
#define STATUS_XP_PREFER_LAST ((ULONG)0x00000010)
#define STATUS_NO_PRIMARY_IDENTITY ((ULONG)0x00000020)
#define STATUS_NO_DEFAULT_STORE ((ULONG)0x00000040)
#define STATUS_TEMP_SECTION ((ULONG)0x00000080)
#define STATUS_OWN_STORE ((ULONG)0x00000100)
#define STATUS_NEED_IPM_TREE ((ULONG)0x00000800)
#define STATUS_PRIMARY_STORE ((ULONG)0x00001000)
#define STATUS_SECONDARY_STORE ((ULONG)0x00002000)

/* PR_RESOURCE_TYPE */
#define MAPI_STORE_PROVIDER ((ULONG)33)
#define MAPI_AB ((ULONG)34)
#define MAPI_AB_PROVIDER ((ULONG)35)
#define MAPI_TRANSPORT_PROVIDER ((ULONG)36)
#define MAPI_SPOOLER ((ULONG)37)
#define MAPI_PROFILE_PROVIDER ((ULONG)38)
#define MAPI_SUBSYSTEM ((ULONG)39)
#define MAPI_HOOK_PROVIDER ((ULONG)40)

/* Display types (PR_DISPLAY_TYPE). */
#define DT_MAILUSER ((ULONG)0x00000000)
#define DT_DISTLIST ((ULONG)0x00000001)
#define DT_FORUM ((ULONG)0x00000002)
#define DT_AGENT ((ULONG)0x00000003)
#define DT_ORGANIZATION ((ULONG)0x00000004)
#define DT_PRIVATE_DISTLIST ((ULONG)0x00000005)
#define DT_REMOTE_MAILUSER ((ULONG)0x00000006)
#define DT_MODIFIABLE ((ULONG)0x00010000)
#define DT_GLOBAL ((ULONG)0x00020000)
#define DT_LOCAL ((ULONG)0x00030000)
#define DT_WAN ((ULONG)0x00040000)
#define DT_NOT_SPECIFIC ((ULONG)0x00050000)
#define DT_FOLDER ((ULONG)0x01000000)
#define DT_FOLDER_LINK ((ULONG)0x02000000)
#define DT_FOLDER_SPECIAL ((ULONG)0x04000000)

/* Address-book dialog parameters, declared so IAddrBook compiles. */
typedef ULONG(STDAPICALLTYPE DISMISSMODELESS)(ULONG_PTR ulUIParam,
					      LPVOID lpvContext);
typedef DISMISSMODELESS FAR *LPFNDISMISS;
typedef SCODE(STDMETHODCALLTYPE *LPFNBUTTON)(ULONG_PTR ulUIParam,
					     LPVOID lpvContext, ULONG cbEntryID,
					     LPENTRYID lpSelection,
					     ULONG ulFlags);

typedef BOOL(STDMETHODCALLTYPE ACCELERATEABSDI)(ULONG_PTR ulUIParam,
					       LPVOID lpvmsg);
typedef ACCELERATEABSDI FAR *LPFNABSDI;

typedef struct _ADRPARM {
	ULONG cbABContEntryID;
	LPENTRYID lpABContEntryID;
	ULONG ulFlags;
	LPVOID lpReserved;
	ULONG ulHelpContext;
	LPTSTR lpszHelpFileName;
	LPFNABSDI lpfnABSDI;
	LPFNDISMISS lpfnDismiss;
	LPVOID lpvDismissContext;
	LPTSTR lpszCaption;
	LPTSTR lpszNewEntryTitle;
	LPTSTR lpszDestWellsTitle;
	ULONG cDestFields;
	ULONG nDestFieldFocus;
	LPTSTR FAR *lppszDestTitles;
	ULONG FAR *lpulDestComps;
	LPSRestriction lpContRestriction;
	LPSRestriction lpHierRestriction;
} ADRPARM, *LPADRPARM;

/* The version kept in the top four bits of ADRPARM's ulFlags. */
#define GET_ADRPARM_VERSION(ulFlags) (((ULONG)(ulFlags)) & 0xF0000000)
#define SET_ADRPARM_VERSION(ulFlags, ulVersion)                                \
	(((ULONG)(ulVersion)) | (((ULONG)(ulFlags)) & 0x0FFFFFFF))

/* X.400 diagnostic codes of non-delivery reports (PR_NDR_DIAG_CODE). */
#define MAPI_DIAG(code) ((LONG)(code))

/* The profile section of a profile's own properties. */
#define PS_PROFILE_PROPERTIES_INIT                                             \
	{                                                                      \
		0x98, 0x15, 0xAC, 0x08, 0xAA, 0xB0, 0x10, 0x1A, 0x8C, 0x93,    \
			0x08, 0x00, 0x2B, 0x2A, 0x56, 0xC2                     \
	}

/* ---------------------------------------------------------------------------
 * Display tables: the controls of a provider's property sheet, one row per
 * control (PR_CONTROL_TYPE, PR_CONTROL_FLAGS, PR_CONTROL_STRUCTURE).  A
 * ulb... member is the byte offset of a string that follows the structure
 * in PR_CONTROL_STRUCTURE; the Sized... macros declare a structure with
 * room for it.  mapix shows no UI, but providers build these tables.
 */

typedef struct _DTBLLABEL {
	ULONG ulbLpszLabelName;
	ULONG ulFlags;
} DTBLLABEL, *LPDTBLLABEL;
#define SizedDtblLabel(n, u)                                                   \
	struct _DTBLLABEL_##u {                                                \
		DTBLLABEL dtbllabel;                                           \
		TCHAR lpszLabelName[n];                                        \
	} u

typedef struct _DTBLEDIT {
	ULONG ulbLpszCharsAllowed;
	ULONG ulFlags;
	ULONG ulNumCharsAllowed;
	ULONG ulPropTag;
} DTBLEDIT, *LPDTBLEDIT;
#define SizedDtblEdit(n, u)                                                    \
	struct _DTBLEDIT_##u {                                                 \
		DTBLEDIT dtbledit;                                             \
		TCHAR lpszCharsAllowed[n];                                     \
	} u

typedef struct _DTBLLBX {
	ULONG ulFlags;
	ULONG ulPRSetProperty;
	ULONG ulPRTableName;
} DTBLLBX, *LPDTBLLBX;

typedef struct _DTBLCOMBOBOX {
	ULONG ulbLpszCharsAllowed;
	ULONG ulFlags;
	ULONG ulNumCharsAllowed;
	ULONG ulPRPropertyName;
	ULONG ulPRTableName;
} DTBLCOMBOBOX, *LPDTBLCOMBOBOX;
#define SizedDtblComboBox(n, u)                                                \
	struct _DTBLCOMBOBOX_##u {                                             \
		DTBLCOMBOBOX dtblcombobox;                                     \
		TCHAR lpszCharsAllowed[n];                                     \
	} u

typedef struct _DTBLDDLBX {
	ULONG ulFlags;
	ULONG ulPRDisplayProperty;
	ULONG ulPRSetProperty;
	ULONG ulPRTableName;
} DTBLDDLBX, *LPDTBLDDLBX;

typedef struct _DTBLCHECKBOX {
	ULONG ulbLpszLabel;
	ULONG ulFlags;
	ULONG ulPRPropertyName;
} DTBLCHECKBOX, *LPDTBLCHECKBOX;
#define SizedDtblCheckBox(n, u)                                                \
	struct _DTBLCHECKBOX_##u {                                             \
		DTBLCHECKBOX dtblcheckbox;                                     \
		TCHAR lpszLabel[n];                                            \
	} u

typedef struct _DTBLGROUPBOX {
	ULONG ulbLpszLabel;
	ULONG ulFlags;
} DTBLGROUPBOX, *LPDTBLGROUPBOX;
#define SizedDtblGroupBox(n, u)                                                \
	struct _DTBLGROUPBOX_##u {                                             \
		DTBLGROUPBOX dtblgroupbox;                                     \
		TCHAR lpszLabel[n];                                            \
	} u

typedef struct _DTBLBUTTON {
	ULONG ulbLpszLabel;
	ULONG ulFlags;
	ULONG ulPRControl;
} DTBLBUTTON, *LPDTBLBUTTON;
#define SizedDtblButton(n, u)                                                  \
	struct _DTBLBUTTON_##u {                                               \
		DTBLBUTTON dtblbutton;                                         \
		TCHAR lpszLabel[n];                                            \
	} u

typedef struct _DTBLPAGE {
	ULONG ulbLpszLabel;
	ULONG ulFlags;
	ULONG ulbLpszComponent;
	ULONG ulContext;
} DTBLPAGE, *LPDTBLPAGE;
#define SizedDtblPage(n, n1, u)                                                \
	struct _DTBLPAGE_##u {                                                 \
		DTBLPAGE dtblpage;                                             \
		TCHAR lpszLabel[n];                                            \
		TCHAR lpszComponent[n1];                                       \
	} u

typedef struct _DTBLRADIOBUTTON {
	ULONG ulbLpszLabel;
	ULONG ulFlags;
	ULONG ulcButtons;
	ULONG ulPropTag;
	LONG lReturnValue;
} DTBLRADIOBUTTON, *LPDTBLRADIOBUTTON;
#define SizedDtblRadioButton(n, u)                                             \
	struct _DTBLRADIOBUTTON_##u {                                          \
		DTBLRADIOBUTTON dtblradiobutton;                               \
		TCHAR lpszLabel[n];                                            \
	} u

typedef struct _DTBLMVLISTBOX {
	ULONG ulFlags;
	ULONG ulMVPropTag;
} DTBLMVLISTBOX, *LPDTBLMVLISTBOX;

typedef struct _DTBLMVDDLBX {
	ULONG ulFlags;
	ULONG ulMVPropTag;
} DTBLMVDDLBX, *LPDTBLMVDDLBX;

/* ---------------------------------------------------------------------------
 * Interface declarations
 */

/* @generated-begin interfaces: do not edit; see scripts/mapigen.py */
/* clang-format off */
/* IUnknown; IID_IUnknown */
struct IUnknownVtbl {
	/* IUnknown */
	HRESULT (STDMETHODCALLTYPE *QueryInterface)(IUnknown *This, REFIID riid, LPVOID *ppvObj);
	ULONG (STDMETHODCALLTYPE *AddRef)(IUnknown *This);
	ULONG (STDMETHODCALLTYPE *Release)(IUnknown *This);
};

struct IUnknown {
	CONST_VTBL IUnknownVtbl *lpVtbl;
};

#if !defined(__cplusplus) || defined(CINTERFACE)
#define IUnknown_QueryInterface(This, riid, ppvObj) ((This)->lpVtbl->QueryInterface((This), (riid), (ppvObj)))
#define IUnknown_AddRef(This) ((This)->lpVtbl->AddRef((This)))
#define IUnknown_Release(This) ((This)->lpVtbl->Release((This)))
#endif

#define MAPI_IUNKNOWN_METHODS(IPURE) \
	MAPIMETHOD(QueryInterface)(THIS_ REFIID riid, LPVOID *ppvObj) IPURE; \
	MAPIMETHOD_(ULONG, AddRef)(THIS) IPURE; \
	MAPIMETHOD_(ULONG, Release)(THIS) IPURE;

/* IMalloc : IUnknown; IID_IMalloc */
struct IMallocVtbl {
	/* IUnknown */
	HRESULT (STDMETHODCALLTYPE *QueryInterface)(IMalloc *This, REFIID riid, LPVOID *ppvObj);
	ULONG (STDMETHODCALLTYPE *AddRef)(IMalloc *This);
	ULONG (STDMETHODCALLTYPE *Release)(IMalloc *This);
	/* IMalloc */
	LPVOID (STDMETHODCALLTYPE *Alloc)(IMalloc *This, SIZE_T cb);
	LPVOID (STDMETHODCALLTYPE *Realloc)(IMalloc *This, LPVOID pv, SIZE_T cb);
	void (STDMETHODCALLTYPE *Free)(IMalloc *This, LPVOID pv);
	SIZE_T (STDMETHODCALLTYPE *GetSize)(IMalloc *This, LPVOID pv);
	int (STDMETHODCALLTYPE *DidAlloc)(IMalloc *This, LPVOID pv);
	void (STDMETHODCALLTYPE *HeapMinimize)(IMalloc *This);
};

struct IMalloc {
	CONST_VTBL IMallocVtbl *lpVtbl;
};

#if !defined(__cplusplus) || defined(CINTERFACE)
#define IMalloc_QueryInterface(This, riid, ppvObj) ((This)->lpVtbl->QueryInterface((This), (riid), (ppvObj)))
#define IMalloc_AddRef(This) ((This)->lpVtbl->AddRef((This)))
#define IMalloc_Release(This) ((This)->lpVtbl->Release((This)))
#define IMalloc_Alloc(This, cb) ((This)->lpVtbl->Alloc((This), (cb)))
#define IMalloc_Realloc(This, pv, cb) ((This)->lpVtbl->Realloc((This), (pv), (cb)))
#define IMalloc_Free(This, pv) ((This)->lpVtbl->Free((This), (pv)))
#define IMalloc_GetSize(This, pv) ((This)->lpVtbl->GetSize((This), (pv)))
#define IMalloc_DidAlloc(This, pv) ((This)->lpVtbl->DidAlloc((This), (pv)))
#define IMalloc_HeapMinimize(This) ((This)->lpVtbl->HeapMinimize((This)))
#endif

/* ISequentialStream : IUnknown; IID_ISequentialStream */
struct ISequentialStreamVtbl {
	/* IUnknown */
	HRESULT (STDMETHODCALLTYPE *QueryInterface)(ISequentialStream *This, REFIID riid, LPVOID *ppvObj);
	ULONG (STDMETHODCALLTYPE *AddRef)(ISequentialStream *This);
	ULONG (STDMETHODCALLTYPE *Release)(ISequentialStream *This);
	/* ISequentialStream */
	HRESULT (STDMETHODCALLTYPE *Read)(ISequentialStream *This, LPVOID pv, ULONG cb, ULONG *pcbRead);
	HRESULT (STDMETHODCALLTYPE *Write)(ISequentialStream *This, const void *pv, ULONG cb, ULONG *pcbWritten);
};

struct ISequentialStream {
	CONST_VTBL ISequentialStreamVtbl *lpVtbl;
};

#if !defined(__cplusplus) || defined(CINTERFACE)
#define ISequentialStream_QueryInterface(This, riid, ppvObj) ((This)->lpVtbl->QueryInterface((This), (riid), (ppvObj)))
#define ISequentialStream_AddRef(This) ((This)->lpVtbl->AddRef((This)))
#define ISequentialStream_Release(This) ((This)->lpVtbl->Release((This)))
#define ISequentialStream_Read(This, pv, cb, pcbRead) ((This)->lpVtbl->Read((This), (pv), (cb), (pcbRead)))
#define ISequentialStream_Write(This, pv, cb, pcbWritten) ((This)->lpVtbl->Write((This), (pv), (cb), (pcbWritten)))
#endif

/* IStream : ISequentialStream; IID_IStream */
struct IStreamVtbl {
	/* IUnknown */
	HRESULT (STDMETHODCALLTYPE *QueryInterface)(IStream *This, REFIID riid, LPVOID *ppvObj);
	ULONG (STDMETHODCALLTYPE *AddRef)(IStream *This);
	ULONG (STDMETHODCALLTYPE *Release)(IStream *This);
	/* ISequentialStream */
	HRESULT (STDMETHODCALLTYPE *Read)(IStream *This, LPVOID pv, ULONG cb, ULONG *pcbRead);
	HRESULT (STDMETHODCALLTYPE *Write)(IStream *This, const void *pv, ULONG cb, ULONG *pcbWritten);
	/* IStream */
	HRESULT (STDMETHODCALLTYPE *Seek)(IStream *This, LARGE_INTEGER dlibMove, DWORD dwOrigin, ULARGE_INTEGER *plibNewPosition);
	HRESULT (STDMETHODCALLTYPE *SetSize)(IStream *This, ULARGE_INTEGER libNewSize);
	HRESULT (STDMETHODCALLTYPE *CopyTo)(IStream *This, IStream *pstm, ULARGE_INTEGER cb, ULARGE_INTEGER *pcbRead, ULARGE_INTEGER *pcbWritten);
	HRESULT (STDMETHODCALLTYPE *Commit)(IStream *This, DWORD grfCommitFlags);
	HRESULT (STDMETHODCALLTYPE *Revert)(IStream *This);
	HRESULT (STDMETHODCALLTYPE *LockRegion)(IStream *This, ULARGE_INTEGER libOffset, ULARGE_INTEGER cb, DWORD dwLockType);
	HRESULT (STDMETHODCALLTYPE *UnlockRegion)(IStream *This, ULARGE_INTEGER libOffset, ULARGE_INTEGER cb, DWORD dwLockType);
	HRESULT (STDMETHODCALLTYPE *Stat)(IStream *This, STATSTG *pstatstg, DWORD grfStatFlag);
	HRESULT (STDMETHODCALLTYPE *Clone)(IStream *This, IStream **ppstm);
};

struct IStream {
	CONST_VTBL IStreamVtbl *lpVtbl;
};

#if !defined(__cplusplus) || defined(CINTERFACE)
#define IStream_QueryInterface(This, riid, ppvObj) ((This)->lpVtbl->QueryInterface((This), (riid), (ppvObj)))
#define IStream_AddRef(This) ((This)->lpVtbl->AddRef((This)))
#define IStream_Release(This) ((This)->lpVtbl->Release((This)))
#define IStream_Read(This, pv, cb, pcbRead) ((This)->lpVtbl->Read((This), (pv), (cb), (pcbRead)))
#define IStream_Write(This, pv, cb, pcbWritten) ((This)->lpVtbl->Write((This), (pv), (cb), (pcbWritten)))
#define IStream_Seek(This, dlibMove, dwOrigin, plibNewPosition) ((This)->lpVtbl->Seek((This), (dlibMove), (dwOrigin), (plibNewPosition)))
#define IStream_SetSize(This, libNewSize) ((This)->lpVtbl->SetSize((This), (libNewSize)))
#define IStream_CopyTo(This, pstm, cb, pcbRead, pcbWritten) ((This)->lpVtbl->CopyTo((This), (pstm), (cb), (pcbRead), (pcbWritten)))
#define IStream_Commit(This, grfCommitFlags) ((This)->lpVtbl->Commit((This), (grfCommitFlags)))
#define IStream_Revert(This) ((This)->lpVtbl->Revert((This)))
#define IStream_LockRegion(This, libOffset, cb, dwLockType) ((This)->lpVtbl->LockRegion((This), (libOffset), (cb), (dwLockType)))
#define IStream_UnlockRegion(This, libOffset, cb, dwLockType) ((This)->lpVtbl->UnlockRegion((This), (libOffset), (cb), (dwLockType)))
#define IStream_Stat(This, pstatstg, grfStatFlag) ((This)->lpVtbl->Stat((This), (pstatstg), (grfStatFlag)))
#define IStream_Clone(This, ppstm) ((This)->lpVtbl->Clone((This), (ppstm)))
#endif

/* IEnumSTATSTG : IUnknown; IID_IEnumSTATSTG */
struct IEnumSTATSTGVtbl {
	/* IUnknown */
	HRESULT (STDMETHODCALLTYPE *QueryInterface)(IEnumSTATSTG *This, REFIID riid, LPVOID *ppvObj);
	ULONG (STDMETHODCALLTYPE *AddRef)(IEnumSTATSTG *This);
	ULONG (STDMETHODCALLTYPE *Release)(IEnumSTATSTG *This);
	/* IEnumSTATSTG */
	HRESULT (STDMETHODCALLTYPE *Next)(IEnumSTATSTG *This, ULONG celt, STATSTG *rgelt, ULONG *pceltFetched);
	HRESULT (STDMETHODCALLTYPE *Skip)(IEnumSTATSTG *This, ULONG celt);
	HRESULT (STDMETHODCALLTYPE *Reset)(IEnumSTATSTG *This);
	HRESULT (STDMETHODCALLTYPE *Clone)(IEnumSTATSTG *This, IEnumSTATSTG **ppenum);
};

struct IEnumSTATSTG {
	CONST_VTBL IEnumSTATSTGVtbl *lpVtbl;
};

#if !defined(__cplusplus) || defined(CINTERFACE)
#define IEnumSTATSTG_QueryInterface(This, riid, ppvObj) ((This)->lpVtbl->QueryInterface((This), (riid), (ppvObj)))
#define IEnumSTATSTG_AddRef(This) ((This)->lpVtbl->AddRef((This)))
#define IEnumSTATSTG_Release(This) ((This)->lpVtbl->Release((This)))
#define IEnumSTATSTG_Next(This, celt, rgelt, pceltFetched) ((This)->lpVtbl->Next((This), (celt), (rgelt), (pceltFetched)))
#define IEnumSTATSTG_Skip(This, celt) ((This)->lpVtbl->Skip((This), (celt)))
#define IEnumSTATSTG_Reset(This) ((This)->lpVtbl->Reset((This)))
#define IEnumSTATSTG_Clone(This, ppenum) ((This)->lpVtbl->Clone((This), (ppenum)))
#endif

/* IStorage : IUnknown; IID_IStorage */
struct IStorageVtbl {
	/* IUnknown */
	HRESULT (STDMETHODCALLTYPE *QueryInterface)(IStorage *This, REFIID riid, LPVOID *ppvObj);
	ULONG (STDMETHODCALLTYPE *AddRef)(IStorage *This);
	ULONG (STDMETHODCALLTYPE *Release)(IStorage *This);
	/* IStorage */
	HRESULT (STDMETHODCALLTYPE *CreateStream)(IStorage *This, const OLECHAR *pwcsName, DWORD grfMode, DWORD reserved1, DWORD reserved2, IStream **ppstm);
	HRESULT (STDMETHODCALLTYPE *OpenStream)(IStorage *This, const OLECHAR *pwcsName, void *reserved1, DWORD grfMode, DWORD reserved2, IStream **ppstm);
	HRESULT (STDMETHODCALLTYPE *CreateStorage)(IStorage *This, const OLECHAR *pwcsName, DWORD grfMode, DWORD reserved1, DWORD reserved2, IStorage **ppstg);
	HRESULT (STDMETHODCALLTYPE *OpenStorage)(IStorage *This, const OLECHAR *pwcsName, IStorage *pstgPriority, DWORD grfMode, SNB snbExclude, DWORD reserved, IStorage **ppstg);
	HRESULT (STDMETHODCALLTYPE *CopyTo)(IStorage *This, DWORD ciidExclude, const IID *rgiidExclude, SNB snbExclude, IStorage *pstgDest);
	HRESULT (STDMETHODCALLTYPE *MoveElementTo)(IStorage *This, const OLECHAR *pwcsName, IStorage *pstgDest, const OLECHAR *pwcsNewName, DWORD grfFlags);
	HRESULT (STDMETHODCALLTYPE *Commit)(IStorage *This, DWORD grfCommitFlags);
	HRESULT (STDMETHODCALLTYPE *Revert)(IStorage *This);
	HRESULT (STDMETHODCALLTYPE *EnumElements)(IStorage *This, DWORD reserved1, void *reserved2, DWORD reserved3, IEnumSTATSTG **ppenum);
	HRESULT (STDMETHODCALLTYPE *DestroyElement)(IStorage *This, const OLECHAR *pwcsName);
	HRESULT (STDMETHODCALLTYPE *RenameElement)(IStorage *This, const OLECHAR *pwcsOldName, const OLECHAR *pwcsNewName);
	HRESULT (STDMETHODCALLTYPE *SetElementTimes)(IStorage *This, const OLECHAR *pwcsName, const FILETIME *pctime, const FILETIME *patime, const FILETIME *pmtime);
	HRESULT (STDMETHODCALLTYPE *SetClass)(IStorage *This, REFCLSID clsid);
	HRESULT (STDMETHODCALLTYPE *SetStateBits)(IStorage *This, DWORD grfStateBits, DWORD grfMask);
	HRESULT (STDMETHODCALLTYPE *Stat)(IStorage *This, STATSTG *pstatstg, DWORD grfStatFlag);
};

struct IStorage {
	CONST_VTBL IStorageVtbl *lpVtbl;
};

#if !defined(__cplusplus) || defined(CINTERFACE)
#define IStorage_QueryInterface(This, riid, ppvObj) ((This)->lpVtbl->QueryInterface((This), (riid), (ppvObj)))
#define IStorage_AddRef(This) ((This)->lpVtbl->AddRef((This)))
#define IStorage_Release(This) ((This)->lpVtbl->Release((This)))
#define IStorage_CreateStream(This, pwcsName, grfMode, reserved1, reserved2, ppstm) ((This)->lpVtbl->CreateStream((This), (pwcsName), (grfMode), (reserved1), (reserved2), (ppstm)))
#define IStorage_OpenStream(This, pwcsName, reserved1, grfMode, reserved2, ppstm) ((This)->lpVtbl->OpenStream((This), (pwcsName), (reserved1), (grfMode), (reserved2), (ppstm)))
#define IStorage_CreateStorage(This, pwcsName, grfMode, reserved1, reserved2, ppstg) ((This)->lpVtbl->CreateStorage((This), (pwcsName), (grfMode), (reserved1), (reserved2), (ppstg)))
#define IStorage_OpenStorage(This, pwcsName, pstgPriority, grfMode, snbExclude, reserved, ppstg) ((This)->lpVtbl->OpenStorage((This), (pwcsName), (pstgPriority), (grfMode), (snbExclude), (reserved), (ppstg)))
#define IStorage_CopyTo(This, ciidExclude, rgiidExclude, snbExclude, pstgDest) ((This)->lpVtbl->CopyTo((This), (ciidExclude), (rgiidExclude), (snbExclude), (pstgDest)))
#define IStorage_MoveElementTo(This, pwcsName, pstgDest, pwcsNewName, grfFlags) ((This)->lpVtbl->MoveElementTo((This), (pwcsName), (pstgDest), (pwcsNewName), (grfFlags)))
#define IStorage_Commit(This, grfCommitFlags) ((This)->lpVtbl->Commit((This), (grfCommitFlags)))
#define IStorage_Revert(This) ((This)->lpVtbl->Revert((This)))
#define IStorage_EnumElements(This, reserved1, reserved2, reserved3, ppenum) ((This)->lpVtbl->EnumElements((This), (reserved1), (reserved2), (reserved3), (ppenum)))
#define IStorage_DestroyElement(This, pwcsName) ((This)->lpVtbl->DestroyElement((This), (pwcsName)))
#define IStorage_RenameElement(This, pwcsOldName, pwcsNewName) ((This)->lpVtbl->RenameElement((This), (pwcsOldName), (pwcsNewName)))
#define IStorage_SetElementTimes(This, pwcsName, pctime, patime, pmtime) ((This)->lpVtbl->SetElementTimes((This), (pwcsName), (pctime), (patime), (pmtime)))
#define IStorage_SetClass(This, clsid) ((This)->lpVtbl->SetClass((This), (clsid)))
#define IStorage_SetStateBits(This, grfStateBits, grfMask) ((This)->lpVtbl->SetStateBits((This), (grfStateBits), (grfMask)))
#define IStorage_Stat(This, pstatstg, grfStatFlag) ((This)->lpVtbl->Stat((This), (pstatstg), (grfStatFlag)))
#endif

/* IClassFactory : IUnknown; IID_IClassFactory */
struct IClassFactoryVtbl {
	/* IUnknown */
	HRESULT (STDMETHODCALLTYPE *QueryInterface)(IClassFactory *This, REFIID riid, LPVOID *ppvObj);
	ULONG (STDMETHODCALLTYPE *AddRef)(IClassFactory *This);
	ULONG (STDMETHODCALLTYPE *Release)(IClassFactory *This);
	/* IClassFactory */
	HRESULT (STDMETHODCALLTYPE *CreateInstance)(IClassFactory *This, LPUNKNOWN pUnkOuter, REFIID riid, LPVOID *ppvObject);
	HRESULT (STDMETHODCALLTYPE *LockServer)(IClassFactory *This, BOOL fLock);
};

struct IClassFactory {
	CONST_VTBL IClassFactoryVtbl *lpVtbl;
};

#if !defined(__cplusplus) || defined(CINTERFACE)
#define IClassFactory_QueryInterface(This, riid, ppvObj) ((This)->lpVtbl->QueryInterface((This), (riid), (ppvObj)))
#define IClassFactory_AddRef(This) ((This)->lpVtbl->AddRef((This)))
#define IClassFactory_Release(This) ((This)->lpVtbl->Release((This)))
#define IClassFactory_CreateInstance(This, pUnkOuter, riid, ppvObject) ((This)->lpVtbl->CreateInstance((This), (pUnkOuter), (riid), (ppvObject)))
#define IClassFactory_LockServer(This, fLock) ((This)->lpVtbl->LockServer((This), (fLock)))
#endif

/* IMAPIAdviseSink : IUnknown; IID_IMAPIAdviseSink */
struct IMAPIAdviseSinkVtbl {
	/* IUnknown */
	HRESULT (STDMETHODCALLTYPE *QueryInterface)(IMAPIAdviseSink *This, REFIID riid, LPVOID *ppvObj);
	ULONG (STDMETHODCALLTYPE *AddRef)(IMAPIAdviseSink *This);
	ULONG (STDMETHODCALLTYPE *Release)(IMAPIAdviseSink *This);
	/* IMAPIAdviseSink */
	ULONG (STDMETHODCALLTYPE *OnNotify)(IMAPIAdviseSink *This, ULONG cNotif, LPNOTIFICATION lpNotifications);
};

struct IMAPIAdviseSink {
	CONST_VTBL IMAPIAdviseSinkVtbl *lpVtbl;
};

#if !defined(__cplusplus) || defined(CINTERFACE)
#define IMAPIAdviseSink_QueryInterface(This, riid, ppvObj) ((This)->lpVtbl->QueryInterface((This), (riid), (ppvObj)))
#define IMAPIAdviseSink_AddRef(This) ((This)->lpVtbl->AddRef((This)))
#define IMAPIAdviseSink_Release(This) ((This)->lpVtbl->Release((This)))
#define IMAPIAdviseSink_OnNotify(This, cNotif, lpNotifications) ((This)->lpVtbl->OnNotify((This), (cNotif), (lpNotifications)))
#endif

#define MAPI_IMAPIADVISESINK_METHODS(IPURE) \
	MAPIMETHOD_(ULONG, OnNotify)(THIS_ ULONG cNotif, LPNOTIFICATION lpNotifications) IPURE;

/* IMAPIProgress : IUnknown; IID_IMAPIProgress */
struct IMAPIProgressVtbl {
	/* IUnknown */
	HRESULT (STDMETHODCALLTYPE *QueryInterface)(IMAPIProgress *This, REFIID riid, LPVOID *ppvObj);
	ULONG (STDMETHODCALLTYPE *AddRef)(IMAPIProgress *This);
	ULONG (STDMETHODCALLTYPE *Release)(IMAPIProgress *This);
	/* IMAPIProgress */
	HRESULT (STDMETHODCALLTYPE *Progress)(IMAPIProgress *This, ULONG ulValue, ULONG ulCount, ULONG ulTotal);
	HRESULT (STDMETHODCALLTYPE *GetFlags)(IMAPIProgress *This, ULONG *lpulFlags);
	HRESULT (STDMETHODCALLTYPE *GetMax)(IMAPIProgress *This, ULONG *lpulMax);
	HRESULT (STDMETHODCALLTYPE *GetMin)(IMAPIProgress *This, ULONG *lpulMin);
	HRESULT (STDMETHODCALLTYPE *SetLimits)(IMAPIProgress *This, ULONG *lpulMin, ULONG *lpulMax, ULONG *lpulFlags);
};

struct IMAPIProgress {
	CONST_VTBL IMAPIProgressVtbl *lpVtbl;
};

#if !defined(__cplusplus) || defined(CINTERFACE)
#define IMAPIProgress_QueryInterface(This, riid, ppvObj) ((This)->lpVtbl->QueryInterface((This), (riid), (ppvObj)))
#define IMAPIProgress_AddRef(This) ((This)->lpVtbl->AddRef((This)))
#define IMAPIProgress_Release(This) ((This)->lpVtbl->Release((This)))
#define IMAPIProgress_Progress(This, ulValue, ulCount, ulTotal) ((This)->lpVtbl->Progress((This), (ulValue), (ulCount), (ulTotal)))
#define IMAPIProgress_GetFlags(This, lpulFlags) ((This)->lpVtbl->GetFlags((This), (lpulFlags)))
#define IMAPIProgress_GetMax(This, lpulMax) ((This)->lpVtbl->GetMax((This), (lpulMax)))
#define IMAPIProgress_GetMin(This, lpulMin) ((This)->lpVtbl->GetMin((This), (lpulMin)))
#define IMAPIProgress_SetLimits(This, lpulMin, lpulMax, lpulFlags) ((This)->lpVtbl->SetLimits((This), (lpulMin), (lpulMax), (lpulFlags)))
#endif

#define MAPI_IMAPIPROGRESS_METHODS(IPURE) \
	MAPIMETHOD(Progress)(THIS_ ULONG ulValue, ULONG ulCount, ULONG ulTotal) IPURE; \
	MAPIMETHOD(GetFlags)(THIS_ ULONG *lpulFlags) IPURE; \
	MAPIMETHOD(GetMax)(THIS_ ULONG *lpulMax) IPURE; \
	MAPIMETHOD(GetMin)(THIS_ ULONG *lpulMin) IPURE; \
	MAPIMETHOD(SetLimits)(THIS_ ULONG *lpulMin, ULONG *lpulMax, ULONG *lpulFlags) IPURE;

/* IMAPIProp : IUnknown; IID_IMAPIProp */
struct IMAPIPropVtbl {
	/* IUnknown */
	HRESULT (STDMETHODCALLTYPE *QueryInterface)(IMAPIProp *This, REFIID riid, LPVOID *ppvObj);
	ULONG (STDMETHODCALLTYPE *AddRef)(IMAPIProp *This);
	ULONG (STDMETHODCALLTYPE *Release)(IMAPIProp *This);
	/* IMAPIProp */
	HRESULT (STDMETHODCALLTYPE *GetLastError)(IMAPIProp *This, HRESULT hResult, ULONG ulFlags, LPMAPIERROR *lppMAPIError);
	HRESULT (STDMETHODCALLTYPE *SaveChanges)(IMAPIProp *This, ULONG ulFlags);
	HRESULT (STDMETHODCALLTYPE *GetProps)(IMAPIProp *This, LPSPropTagArray lpPropTagArray, ULONG ulFlags, ULONG *lpcValues, LPSPropValue *lppPropArray);
	HRESULT (STDMETHODCALLTYPE *GetPropList)(IMAPIProp *This, ULONG ulFlags, LPSPropTagArray *lppPropTagArray);
	HRESULT (STDMETHODCALLTYPE *OpenProperty)(IMAPIProp *This, ULONG ulPropTag, LPCIID lpiid, ULONG ulInterfaceOptions, ULONG ulFlags, LPUNKNOWN *lppUnk);
	HRESULT (STDMETHODCALLTYPE *SetProps)(IMAPIProp *This, ULONG cValues, LPSPropValue lpPropArray, LPSPropProblemArray *lppProblems);
	HRESULT (STDMETHODCALLTYPE *DeleteProps)(IMAPIProp *This, LPSPropTagArray lpPropTagArray, LPSPropProblemArray *lppProblems);
	HRESULT (STDMETHODCALLTYPE *CopyTo)(IMAPIProp *This, ULONG ciidExclude, LPCIID rgiidExclude, LPSPropTagArray lpExcludeProps, ULONG_PTR ulUIParam, LPMAPIPROGRESS lpProgress, LPCIID lpInterface, LPVOID lpDestObj, ULONG ulFlags, LPSPropProblemArray *lppProblems);
	HRESULT (STDMETHODCALLTYPE *CopyProps)(IMAPIProp *This, LPSPropTagArray lpIncludeProps, ULONG_PTR ulUIParam, LPMAPIPROGRESS lpProgress, LPCIID lpInterface, LPVOID lpDestObj, ULONG ulFlags, LPSPropProblemArray *lppProblems);
	HRESULT (STDMETHODCALLTYPE *GetNamesFromIDs)(IMAPIProp *This, LPSPropTagArray *lppPropTags, LPGUID lpPropSetGuid, ULONG ulFlags, ULONG *lpcPropNames, LPMAPINAMEID **lpppPropNames);
	HRESULT (STDMETHODCALLTYPE *GetIDsFromNames)(IMAPIProp *This, ULONG cPropNames, LPMAPINAMEID *lppPropNames, ULONG ulFlags, LPSPropTagArray *lppPropTags);
};

struct IMAPIProp {
	CONST_VTBL IMAPIPropVtbl *lpVtbl;
};

#if !defined(__cplusplus) || defined(CINTERFACE)
#define IMAPIProp_QueryInterface(This, riid, ppvObj) ((This)->lpVtbl->QueryInterface((This), (riid), (ppvObj)))
#define IMAPIProp_AddRef(This) ((This)->lpVtbl->AddRef((This)))
#define IMAPIProp_Release(This) ((This)->lpVtbl->Release((This)))
#define IMAPIProp_GetLastError(This, hResult, ulFlags, lppMAPIError) ((This)->lpVtbl->GetLastError((This), (hResult), (ulFlags), (lppMAPIError)))
#define IMAPIProp_SaveChanges(This, ulFlags) ((This)->lpVtbl->SaveChanges((This), (ulFlags)))
#define IMAPIProp_GetProps(This, lpPropTagArray, ulFlags, lpcValues, lppPropArray) ((This)->lpVtbl->GetProps((This), (lpPropTagArray), (ulFlags), (lpcValues), (lppPropArray)))
#define IMAPIProp_GetPropList(This, ulFlags, lppPropTagArray) ((This)->lpVtbl->GetPropList((This), (ulFlags), (lppPropTagArray)))
#define IMAPIProp_OpenProperty(This, ulPropTag, lpiid, ulInterfaceOptions, ulFlags, lppUnk) ((This)->lpVtbl->OpenProperty((This), (ulPropTag), (lpiid), (ulInterfaceOptions), (ulFlags), (lppUnk)))
#define IMAPIProp_SetProps(This, cValues, lpPropArray, lppProblems) ((This)->lpVtbl->SetProps((This), (cValues), (lpPropArray), (lppProblems)))
#define IMAPIProp_DeleteProps(This, lpPropTagArray, lppProblems) ((This)->lpVtbl->DeleteProps((This), (lpPropTagArray), (lppProblems)))
#define IMAPIProp_CopyTo(This, ciidExclude, rgiidExclude, lpExcludeProps, ulUIParam, lpProgress, lpInterface, lpDestObj, ulFlags, lppProblems) ((This)->lpVtbl->CopyTo((This), (ciidExclude), (rgiidExclude), (lpExcludeProps), (ulUIParam), (lpProgress), (lpInterface), (lpDestObj), (ulFlags), (lppProblems)))
#define IMAPIProp_CopyProps(This, lpIncludeProps, ulUIParam, lpProgress, lpInterface, lpDestObj, ulFlags, lppProblems) ((This)->lpVtbl->CopyProps((This), (lpIncludeProps), (ulUIParam), (lpProgress), (lpInterface), (lpDestObj), (ulFlags), (lppProblems)))
#define IMAPIProp_GetNamesFromIDs(This, lppPropTags, lpPropSetGuid, ulFlags, lpcPropNames, lpppPropNames) ((This)->lpVtbl->GetNamesFromIDs((This), (lppPropTags), (lpPropSetGuid), (ulFlags), (lpcPropNames), (lpppPropNames)))
#define IMAPIProp_GetIDsFromNames(This, cPropNames, lppPropNames, ulFlags, lppPropTags) ((This)->lpVtbl->GetIDsFromNames((This), (cPropNames), (lppPropNames), (ulFlags), (lppPropTags)))
#endif

#define MAPI_IMAPIPROP_METHODS(IPURE) \
	MAPIMETHOD(GetLastError)(THIS_ HRESULT hResult, ULONG ulFlags, LPMAPIERROR *lppMAPIError) IPURE; \
	MAPIMETHOD(SaveChanges)(THIS_ ULONG ulFlags) IPURE; \
	MAPIMETHOD(GetProps)(THIS_ LPSPropTagArray lpPropTagArray, ULONG ulFlags, ULONG *lpcValues, LPSPropValue *lppPropArray) IPURE; \
	MAPIMETHOD(GetPropList)(THIS_ ULONG ulFlags, LPSPropTagArray *lppPropTagArray) IPURE; \
	MAPIMETHOD(OpenProperty)(THIS_ ULONG ulPropTag, LPCIID lpiid, ULONG ulInterfaceOptions, ULONG ulFlags, LPUNKNOWN *lppUnk) IPURE; \
	MAPIMETHOD(SetProps)(THIS_ ULONG cValues, LPSPropValue lpPropArray, LPSPropProblemArray *lppProblems) IPURE; \
	MAPIMETHOD(DeleteProps)(THIS_ LPSPropTagArray lpPropTagArray, LPSPropProblemArray *lppProblems) IPURE; \
	MAPIMETHOD(CopyTo)(THIS_ ULONG ciidExclude, LPCIID rgiidExclude, LPSPropTagArray lpExcludeProps, ULONG_PTR ulUIParam, LPMAPIPROGRESS lpProgress, LPCIID lpInterface, LPVOID lpDestObj, ULONG ulFlags, LPSPropProblemArray *lppProblems) IPURE; \
	MAPIMETHOD(CopyProps)(THIS_ LPSPropTagArray lpIncludeProps, ULONG_PTR ulUIParam, LPMAPIPROGRESS lpProgress, LPCIID lpInterface, LPVOID lpDestObj, ULONG ulFlags, LPSPropProblemArray *lppProblems) IPURE; \
	MAPIMETHOD(GetNamesFromIDs)(THIS_ LPSPropTagArray *lppPropTags, LPGUID lpPropSetGuid, ULONG ulFlags, ULONG *lpcPropNames, LPMAPINAMEID **lpppPropNames) IPURE; \
	MAPIMETHOD(GetIDsFromNames)(THIS_ ULONG cPropNames, LPMAPINAMEID *lppPropNames, ULONG ulFlags, LPSPropTagArray *lppPropTags) IPURE;

/* IMAPIContainer : IMAPIProp; IID_IMAPIContainer */
struct IMAPIContainerVtbl {
	/* IUnknown */
	HRESULT (STDMETHODCALLTYPE *QueryInterface)(IMAPIContainer *This, REFIID riid, LPVOID *ppvObj);
	ULONG (STDMETHODCALLTYPE *AddRef)(IMAPIContainer *This);
	ULONG (STDMETHODCALLTYPE *Release)(IMAPIContainer *This);
	/* IMAPIProp */
	HRESULT (STDMETHODCALLTYPE *GetLastError)(IMAPIContainer *This, HRESULT hResult, ULONG ulFlags, LPMAPIERROR *lppMAPIError);
	HRESULT (STDMETHODCALLTYPE *SaveChanges)(IMAPIContainer *This, ULONG ulFlags);
	HRESULT (STDMETHODCALLTYPE *GetProps)(IMAPIContainer *This, LPSPropTagArray lpPropTagArray, ULONG ulFlags, ULONG *lpcValues, LPSPropValue *lppPropArray);
	HRESULT (STDMETHODCALLTYPE *GetPropList)(IMAPIContainer *This, ULONG ulFlags, LPSPropTagArray *lppPropTagArray);
	HRESULT (STDMETHODCALLTYPE *OpenProperty)(IMAPIContainer *This, ULONG ulPropTag, LPCIID lpiid, ULONG ulInterfaceOptions, ULONG ulFlags, LPUNKNOWN *lppUnk);
	HRESULT (STDMETHODCALLTYPE *SetProps)(IMAPIContainer *This, ULONG cValues, LPSPropValue lpPropArray, LPSPropProblemArray *lppProblems);
	HRESULT (STDMETHODCALLTYPE *DeleteProps)(IMAPIContainer *This, LPSPropTagArray lpPropTagArray, LPSPropProblemArray *lppProblems);
	HRESULT (STDMETHODCALLTYPE *CopyTo)(IMAPIContainer *This, ULONG ciidExclude, LPCIID rgiidExclude, LPSPropTagArray lpExcludeProps, ULONG_PTR ulUIParam, LPMAPIPROGRESS lpProgress, LPCIID lpInterface, LPVOID lpDestObj, ULONG ulFlags, LPSPropProblemArray *lppProblems);
	HRESULT (STDMETHODCALLTYPE *CopyProps)(IMAPIContainer *This, LPSPropTagArray lpIncludeProps, ULONG_PTR ulUIParam, LPMAPIPROGRESS lpProgress, LPCIID lpInterface, LPVOID lpDestObj, ULONG ulFlags, LPSPropProblemArray *lppProblems);
	HRESULT (STDMETHODCALLTYPE *GetNamesFromIDs)(IMAPIContainer *This, LPSPropTagArray *lppPropTags, LPGUID lpPropSetGuid, ULONG ulFlags, ULONG *lpcPropNames, LPMAPINAMEID **lpppPropNames);
	HRESULT (STDMETHODCALLTYPE *GetIDsFromNames)(IMAPIContainer *This, ULONG cPropNames, LPMAPINAMEID *lppPropNames, ULONG ulFlags, LPSPropTagArray *lppPropTags);
	/* IMAPIContainer */
	HRESULT (STDMETHODCALLTYPE *GetContentsTable)(IMAPIContainer *This, ULONG ulFlags, LPMAPITABLE *lppTable);
	HRESULT (STDMETHODCALLTYPE *GetHierarchyTable)(IMAPIContainer *This, ULONG ulFlags, LPMAPITABLE *lppTable);
	HRESULT (STDMETHODCALLTYPE *OpenEntry)(IMAPIContainer *This, ULONG cbEntryID, LPENTRYID lpEntryID, LPCIID lpInterface, ULONG ulFlags, ULONG *lpulObjType, LPUNKNOWN *lppUnk);
	HRESULT (STDMETHODCALLTYPE *SetSearchCriteria)(IMAPIContainer *This, LPSRestriction lpRestriction, LPENTRYLIST lpContainerList, ULONG ulSearchFlags);
	HRESULT (STDMETHODCALLTYPE *GetSearchCriteria)(IMAPIContainer *This, ULONG ulFlags, LPSRestriction *lppRestriction, LPENTRYLIST *lppContainerList, ULONG *lpulSearchState);
};

struct IMAPIContainer {
	CONST_VTBL IMAPIContainerVtbl *lpVtbl;
};

#if !defined(__cplusplus) || defined(CINTERFACE)
#define IMAPIContainer_QueryInterface(This, riid, ppvObj) ((This)->lpVtbl->QueryInterface((This), (riid), (ppvObj)))
#define IMAPIContainer_AddRef(This) ((This)->lpVtbl->AddRef((This)))
#define IMAPIContainer_Release(This) ((This)->lpVtbl->Release((This)))
#define IMAPIContainer_GetLastError(This, hResult, ulFlags, lppMAPIError) ((This)->lpVtbl->GetLastError((This), (hResult), (ulFlags), (lppMAPIError)))
#define IMAPIContainer_SaveChanges(This, ulFlags) ((This)->lpVtbl->SaveChanges((This), (ulFlags)))
#define IMAPIContainer_GetProps(This, lpPropTagArray, ulFlags, lpcValues, lppPropArray) ((This)->lpVtbl->GetProps((This), (lpPropTagArray), (ulFlags), (lpcValues), (lppPropArray)))
#define IMAPIContainer_GetPropList(This, ulFlags, lppPropTagArray) ((This)->lpVtbl->GetPropList((This), (ulFlags), (lppPropTagArray)))
#define IMAPIContainer_OpenProperty(This, ulPropTag, lpiid, ulInterfaceOptions, ulFlags, lppUnk) ((This)->lpVtbl->OpenProperty((This), (ulPropTag), (lpiid), (ulInterfaceOptions), (ulFlags), (lppUnk)))
#define IMAPIContainer_SetProps(This, cValues, lpPropArray, lppProblems) ((This)->lpVtbl->SetProps((This), (cValues), (lpPropArray), (lppProblems)))
#define IMAPIContainer_DeleteProps(This, lpPropTagArray, lppProblems) ((This)->lpVtbl->DeleteProps((This), (lpPropTagArray), (lppProblems)))
#define IMAPIContainer_CopyTo(This, ciidExclude, rgiidExclude, lpExcludeProps, ulUIParam, lpProgress, lpInterface, lpDestObj, ulFlags, lppProblems) ((This)->lpVtbl->CopyTo((This), (ciidExclude), (rgiidExclude), (lpExcludeProps), (ulUIParam), (lpProgress), (lpInterface), (lpDestObj), (ulFlags), (lppProblems)))
#define IMAPIContainer_CopyProps(This, lpIncludeProps, ulUIParam, lpProgress, lpInterface, lpDestObj, ulFlags, lppProblems) ((This)->lpVtbl->CopyProps((This), (lpIncludeProps), (ulUIParam), (lpProgress), (lpInterface), (lpDestObj), (ulFlags), (lppProblems)))
#define IMAPIContainer_GetNamesFromIDs(This, lppPropTags, lpPropSetGuid, ulFlags, lpcPropNames, lpppPropNames) ((This)->lpVtbl->GetNamesFromIDs((This), (lppPropTags), (lpPropSetGuid), (ulFlags), (lpcPropNames), (lpppPropNames)))
#define IMAPIContainer_GetIDsFromNames(This, cPropNames, lppPropNames, ulFlags, lppPropTags) ((This)->lpVtbl->GetIDsFromNames((This), (cPropNames), (lppPropNames), (ulFlags), (lppPropTags)))
#define IMAPIContainer_GetContentsTable(This, ulFlags, lppTable) ((This)->lpVtbl->GetContentsTable((This), (ulFlags), (lppTable)))
#define IMAPIContainer_GetHierarchyTable(This, ulFlags, lppTable) ((This)->lpVtbl->GetHierarchyTable((This), (ulFlags), (lppTable)))
#define IMAPIContainer_OpenEntry(This, cbEntryID, lpEntryID, lpInterface, ulFlags, lpulObjType, lppUnk) ((This)->lpVtbl->OpenEntry((This), (cbEntryID), (lpEntryID), (lpInterface), (ulFlags), (lpulObjType), (lppUnk)))
#define IMAPIContainer_SetSearchCriteria(This, lpRestriction, lpContainerList, ulSearchFlags) ((This)->lpVtbl->SetSearchCriteria((This), (lpRestriction), (lpContainerList), (ulSearchFlags)))
#define IMAPIContainer_GetSearchCriteria(This, ulFlags, lppRestriction, lppContainerList, lpulSearchState) ((This)->lpVtbl->GetSearchCriteria((This), (ulFlags), (lppRestriction), (lppContainerList), (lpulSearchState)))
#endif

#define MAPI_IMAPICONTAINER_METHODS(IPURE) \
	MAPIMETHOD(GetContentsTable)(THIS_ ULONG ulFlags, LPMAPITABLE *lppTable) IPURE; \
	MAPIMETHOD(GetHierarchyTable)(THIS_ ULONG ulFlags, LPMAPITABLE *lppTable) IPURE; \
	MAPIMETHOD(OpenEntry)(THIS_ ULONG cbEntryID, LPENTRYID lpEntryID, LPCIID lpInterface, ULONG ulFlags, ULONG *lpulObjType, LPUNKNOWN *lppUnk) IPURE; \
	MAPIMETHOD(SetSearchCriteria)(THIS_ LPSRestriction lpRestriction, LPENTRYLIST lpContainerList, ULONG ulSearchFlags) IPURE; \
	MAPIMETHOD(GetSearchCriteria)(THIS_ ULONG ulFlags, LPSRestriction *lppRestriction, LPENTRYLIST *lppContainerList, ULONG *lpulSearchState) IPURE;

/* IMAPIFolder : IMAPIContainer; IID_IMAPIFolder */
struct IMAPIFolderVtbl {
	/* IUnknown */
	HRESULT (STDMETHODCALLTYPE *QueryInterface)(IMAPIFolder *This, REFIID riid, LPVOID *ppvObj);
	ULONG (STDMETHODCALLTYPE *AddRef)(IMAPIFolder *This);
	ULONG (STDMETHODCALLTYPE *Release)(IMAPIFolder *This);
	/* IMAPIProp */
	HRESULT (STDMETHODCALLTYPE *GetLastError)(IMAPIFolder *This, HRESULT hResult, ULONG ulFlags, LPMAPIERROR *lppMAPIError);
	HRESULT (STDMETHODCALLTYPE *SaveChanges)(IMAPIFolder *This, ULONG ulFlags);
	HRESULT (STDMETHODCALLTYPE *GetProps)(IMAPIFolder *This, LPSPropTagArray lpPropTagArray, ULONG ulFlags, ULONG *lpcValues, LPSPropValue *lppPropArray);
	HRESULT (STDMETHODCALLTYPE *GetPropList)(IMAPIFolder *This, ULONG ulFlags, LPSPropTagArray *lppPropTagArray);
	HRESULT (STDMETHODCALLTYPE *OpenProperty)(IMAPIFolder *This, ULONG ulPropTag, LPCIID lpiid, ULONG ulInterfaceOptions, ULONG ulFlags, LPUNKNOWN *lppUnk);
	HRESULT (STDMETHODCALLTYPE *SetProps)(IMAPIFolder *This, ULONG cValues, LPSPropValue lpPropArray, LPSPropProblemArray *lppProblems);
	HRESULT (STDMETHODCALLTYPE *DeleteProps)(IMAPIFolder *This, LPSPropTagArray lpPropTagArray, LPSPropProblemArray *lppProblems);
	HRESULT (STDMETHODCALLTYPE *CopyTo)(IMAPIFolder *This, ULONG ciidExclude, LPCIID rgiidExclude, LPSPropTagArray lpExcludeProps, ULONG_PTR ulUIParam, LPMAPIPROGRESS lpProgress, LPCIID lpInterface, LPVOID lpDestObj, ULONG ulFlags, LPSPropProblemArray *lppProblems);
	HRESULT (STDMETHODCALLTYPE *CopyProps)(IMAPIFolder *This, LPSPropTagArray lpIncludeProps, ULONG_PTR ulUIParam, LPMAPIPROGRESS lpProgress, LPCIID lpInterface, LPVOID lpDestObj, ULONG ulFlags, LPSPropProblemArray *lppProblems);
	HRESULT (STDMETHODCALLTYPE *GetNamesFromIDs)(IMAPIFolder *This, LPSPropTagArray *lppPropTags, LPGUID lpPropSetGuid, ULONG ulFlags, ULONG *lpcPropNames, LPMAPINAMEID **lpppPropNames);
	HRESULT (STDMETHODCALLTYPE *GetIDsFromNames)(IMAPIFolder *This, ULONG cPropNames, LPMAPINAMEID *lppPropNames, ULONG ulFlags, LPSPropTagArray *lppPropTags);
	/* IMAPIContainer */
	HRESULT (STDMETHODCALLTYPE *GetContentsTable)(IMAPIFolder *This, ULONG ulFlags, LPMAPITABLE *lppTable);
	HRESULT (STDMETHODCALLTYPE *GetHierarchyTable)(IMAPIFolder *This, ULONG ulFlags, LPMAPITABLE *lppTable);
	HRESULT (STDMETHODCALLTYPE *OpenEntry)(IMAPIFolder *This, ULONG cbEntryID, LPENTRYID lpEntryID, LPCIID lpInterface, ULONG ulFlags, ULONG *lpulObjType, LPUNKNOWN *lppUnk);
	HRESULT (STDMETHODCALLTYPE *SetSearchCriteria)(IMAPIFolder *This, LPSRestriction lpRestriction, LPENTRYLIST lpContainerList, ULONG ulSearchFlags);
	HRESULT (STDMETHODCALLTYPE *GetSearchCriteria)(IMAPIFolder *This, ULONG ulFlags, LPSRestriction *lppRestriction, LPENTRYLIST *lppContainerList, ULONG *lpulSearchState);
	/* IMAPIFolder */
	HRESULT (STDMETHODCALLTYPE *CreateMessage)(IMAPIFolder *This, LPCIID lpInterface, ULONG ulFlags, LPMESSAGE *lppMessage);
	HRESULT (STDMETHODCALLTYPE *CopyMessages)(IMAPIFolder *This, LPENTRYLIST lpMsgList, LPCIID lpInterface, LPVOID lpDestFolder, ULONG_PTR ulUIParam, LPMAPIPROGRESS lpProgress, ULONG ulFlags);
	HRESULT (STDMETHODCALLTYPE *DeleteMessages)(IMAPIFolder *This, LPENTRYLIST lpMsgList, ULONG_PTR ulUIParam, LPMAPIPROGRESS lpProgress, ULONG ulFlags);
	HRESULT (STDMETHODCALLTYPE *CreateFolder)(IMAPIFolder *This, ULONG ulFolderType, LPTSTR lpszFolderName, LPTSTR lpszFolderComment, LPCIID lpInterface, ULONG ulFlags, LPMAPIFOLDER *lppFolder);
	HRESULT (STDMETHODCALLTYPE *CopyFolder)(IMAPIFolder *This, ULONG cbEntryID, LPENTRYID lpEntryID, LPCIID lpInterface, LPVOID lpDestFolder, LPTSTR lpszNewFolderName, ULONG_PTR ulUIParam, LPMAPIPROGRESS lpProgress, ULONG ulFlags);
	HRESULT (STDMETHODCALLTYPE *DeleteFolder)(IMAPIFolder *This, ULONG cbEntryID, LPENTRYID lpEntryID, ULONG_PTR ulUIParam, LPMAPIPROGRESS lpProgress, ULONG ulFlags);
	HRESULT (STDMETHODCALLTYPE *SetReadFlags)(IMAPIFolder *This, LPENTRYLIST lpMsgList, ULONG_PTR ulUIParam, LPMAPIPROGRESS lpProgress, ULONG ulFlags);
	HRESULT (STDMETHODCALLTYPE *GetMessageStatus)(IMAPIFolder *This, ULONG cbEntryID, LPENTRYID lpEntryID, ULONG ulFlags, ULONG *lpulMessageStatus);
	HRESULT (STDMETHODCALLTYPE *SetMessageStatus)(IMAPIFolder *This, ULONG cbEntryID, LPENTRYID lpEntryID, ULONG ulNewStatus, ULONG ulNewStatusMask, ULONG *lpulOldStatus);
	HRESULT (STDMETHODCALLTYPE *SaveContentsSort)(IMAPIFolder *This, LPSSortOrderSet lpSortCriteria, ULONG ulFlags);
	HRESULT (STDMETHODCALLTYPE *EmptyFolder)(IMAPIFolder *This, ULONG_PTR ulUIParam, LPMAPIPROGRESS lpProgress, ULONG ulFlags);
};

struct IMAPIFolder {
	CONST_VTBL IMAPIFolderVtbl *lpVtbl;
};

#if !defined(__cplusplus) || defined(CINTERFACE)
#define IMAPIFolder_QueryInterface(This, riid, ppvObj) ((This)->lpVtbl->QueryInterface((This), (riid), (ppvObj)))
#define IMAPIFolder_AddRef(This) ((This)->lpVtbl->AddRef((This)))
#define IMAPIFolder_Release(This) ((This)->lpVtbl->Release((This)))
#define IMAPIFolder_GetLastError(This, hResult, ulFlags, lppMAPIError) ((This)->lpVtbl->GetLastError((This), (hResult), (ulFlags), (lppMAPIError)))
#define IMAPIFolder_SaveChanges(This, ulFlags) ((This)->lpVtbl->SaveChanges((This), (ulFlags)))
#define IMAPIFolder_GetProps(This, lpPropTagArray, ulFlags, lpcValues, lppPropArray) ((This)->lpVtbl->GetProps((This), (lpPropTagArray), (ulFlags), (lpcValues), (lppPropArray)))
#define IMAPIFolder_GetPropList(This, ulFlags, lppPropTagArray) ((This)->lpVtbl->GetPropList((This), (ulFlags), (lppPropTagArray)))
#define IMAPIFolder_OpenProperty(This, ulPropTag, lpiid, ulInterfaceOptions, ulFlags, lppUnk) ((This)->lpVtbl->OpenProperty((This), (ulPropTag), (lpiid), (ulInterfaceOptions), (ulFlags), (lppUnk)))
#define IMAPIFolder_SetProps(This, cValues, lpPropArray, lppProblems) ((This)->lpVtbl->SetProps((This), (cValues), (lpPropArray), (lppProblems)))
#define IMAPIFolder_DeleteProps(This, lpPropTagArray, lppProblems) ((This)->lpVtbl->DeleteProps((This), (lpPropTagArray), (lppProblems)))
#define IMAPIFolder_CopyTo(This, ciidExclude, rgiidExclude, lpExcludeProps, ulUIParam, lpProgress, lpInterface, lpDestObj, ulFlags, lppProblems) ((This)->lpVtbl->CopyTo((This), (ciidExclude), (rgiidExclude), (lpExcludeProps), (ulUIParam), (lpProgress), (lpInterface), (lpDestObj), (ulFlags), (lppProblems)))
#define IMAPIFolder_CopyProps(This, lpIncludeProps, ulUIParam, lpProgress, lpInterface, lpDestObj, ulFlags, lppProblems) ((This)->lpVtbl->CopyProps((This), (lpIncludeProps), (ulUIParam), (lpProgress), (lpInterface), (lpDestObj), (ulFlags), (lppProblems)))
#define IMAPIFolder_GetNamesFromIDs(This, lppPropTags, lpPropSetGuid, ulFlags, lpcPropNames, lpppPropNames) ((This)->lpVtbl->GetNamesFromIDs((This), (lppPropTags), (lpPropSetGuid), (ulFlags), (lpcPropNames), (lpppPropNames)))
#define IMAPIFolder_GetIDsFromNames(This, cPropNames, lppPropNames, ulFlags, lppPropTags) ((This)->lpVtbl->GetIDsFromNames((This), (cPropNames), (lppPropNames), (ulFlags), (lppPropTags)))
#define IMAPIFolder_GetContentsTable(This, ulFlags, lppTable) ((This)->lpVtbl->GetContentsTable((This), (ulFlags), (lppTable)))
#define IMAPIFolder_GetHierarchyTable(This, ulFlags, lppTable) ((This)->lpVtbl->GetHierarchyTable((This), (ulFlags), (lppTable)))
#define IMAPIFolder_OpenEntry(This, cbEntryID, lpEntryID, lpInterface, ulFlags, lpulObjType, lppUnk) ((This)->lpVtbl->OpenEntry((This), (cbEntryID), (lpEntryID), (lpInterface), (ulFlags), (lpulObjType), (lppUnk)))
#define IMAPIFolder_SetSearchCriteria(This, lpRestriction, lpContainerList, ulSearchFlags) ((This)->lpVtbl->SetSearchCriteria((This), (lpRestriction), (lpContainerList), (ulSearchFlags)))
#define IMAPIFolder_GetSearchCriteria(This, ulFlags, lppRestriction, lppContainerList, lpulSearchState) ((This)->lpVtbl->GetSearchCriteria((This), (ulFlags), (lppRestriction), (lppContainerList), (lpulSearchState)))
#define IMAPIFolder_CreateMessage(This, lpInterface, ulFlags, lppMessage) ((This)->lpVtbl->CreateMessage((This), (lpInterface), (ulFlags), (lppMessage)))
#define IMAPIFolder_CopyMessages(This, lpMsgList, lpInterface, lpDestFolder, ulUIParam, lpProgress, ulFlags) ((This)->lpVtbl->CopyMessages((This), (lpMsgList), (lpInterface), (lpDestFolder), (ulUIParam), (lpProgress), (ulFlags)))
#define IMAPIFolder_DeleteMessages(This, lpMsgList, ulUIParam, lpProgress, ulFlags) ((This)->lpVtbl->DeleteMessages((This), (lpMsgList), (ulUIParam), (lpProgress), (ulFlags)))
#define IMAPIFolder_CreateFolder(This, ulFolderType, lpszFolderName, lpszFolderComment, lpInterface, ulFlags, lppFolder) ((This)->lpVtbl->CreateFolder((This), (ulFolderType), (lpszFolderName), (lpszFolderComment), (lpInterface), (ulFlags), (lppFolder)))
#define IMAPIFolder_CopyFolder(This, cbEntryID, lpEntryID, lpInterface, lpDestFolder, lpszNewFolderName, ulUIParam, lpProgress, ulFlags) ((This)->lpVtbl->CopyFolder((This), (cbEntryID), (lpEntryID), (lpInterface), (lpDestFolder), (lpszNewFolderName), (ulUIParam), (lpProgress), (ulFlags)))
#define IMAPIFolder_DeleteFolder(This, cbEntryID, lpEntryID, ulUIParam, lpProgress, ulFlags) ((This)->lpVtbl->DeleteFolder((This), (cbEntryID), (lpEntryID), (ulUIParam), (lpProgress), (ulFlags)))
#define IMAPIFolder_SetReadFlags(This, lpMsgList, ulUIParam, lpProgress, ulFlags) ((This)->lpVtbl->SetReadFlags((This), (lpMsgList), (ulUIParam), (lpProgress), (ulFlags)))
#define IMAPIFolder_GetMessageStatus(This, cbEntryID, lpEntryID, ulFlags, lpulMessageStatus) ((This)->lpVtbl->GetMessageStatus((This), (cbEntryID), (lpEntryID), (ulFlags), (lpulMessageStatus)))
#define IMAPIFolder_SetMessageStatus(This, cbEntryID, lpEntryID, ulNewStatus, ulNewStatusMask, lpulOldStatus) ((This)->lpVtbl->SetMessageStatus((This), (cbEntryID), (lpEntryID), (ulNewStatus), (ulNewStatusMask), (lpulOldStatus)))
#define IMAPIFolder_SaveContentsSort(This, lpSortCriteria, ulFlags) ((This)->lpVtbl->SaveContentsSort((This), (lpSortCriteria), (ulFlags)))
#define IMAPIFolder_EmptyFolder(This, ulUIParam, lpProgress, ulFlags) ((This)->lpVtbl->EmptyFolder((This), (ulUIParam), (lpProgress), (ulFlags)))
#endif

#define MAPI_IMAPIFOLDER_METHODS(IPURE) \
	MAPIMETHOD(CreateMessage)(THIS_ LPCIID lpInterface, ULONG ulFlags, LPMESSAGE *lppMessage) IPURE; \
	MAPIMETHOD(CopyMessages)(THIS_ LPENTRYLIST lpMsgList, LPCIID lpInterface, LPVOID lpDestFolder, ULONG_PTR ulUIParam, LPMAPIPROGRESS lpProgress, ULONG ulFlags) IPURE; \
	MAPIMETHOD(DeleteMessages)(THIS_ LPENTRYLIST lpMsgList, ULONG_PTR ulUIParam, LPMAPIPROGRESS lpProgress, ULONG ulFlags) IPURE; \
	MAPIMETHOD(CreateFolder)(THIS_ ULONG ulFolderType, LPTSTR lpszFolderName, LPTSTR lpszFolderComment, LPCIID lpInterface, ULONG ulFlags, LPMAPIFOLDER *lppFolder) IPURE; \
	MAPIMETHOD(CopyFolder)(THIS_ ULONG cbEntryID, LPENTRYID lpEntryID, LPCIID lpInterface, LPVOID lpDestFolder, LPTSTR lpszNewFolderName, ULONG_PTR ulUIParam, LPMAPIPROGRESS lpProgress, ULONG ulFlags) IPURE; \
	MAPIMETHOD(DeleteFolder)(THIS_ ULONG cbEntryID, LPENTRYID lpEntryID, ULONG_PTR ulUIParam, LPMAPIPROGRESS lpProgress, ULONG ulFlags) IPURE; \
	MAPIMETHOD(SetReadFlags)(THIS_ LPENTRYLIST lpMsgList, ULONG_PTR ulUIParam, LPMAPIPROGRESS lpProgress, ULONG ulFlags) IPURE; \
	MAPIMETHOD(GetMessageStatus)(THIS_ ULONG cbEntryID, LPENTRYID lpEntryID, ULONG ulFlags, ULONG *lpulMessageStatus) IPURE; \
	MAPIMETHOD(SetMessageStatus)(THIS_ ULONG cbEntryID, LPENTRYID lpEntryID, ULONG ulNewStatus, ULONG ulNewStatusMask, ULONG *lpulOldStatus) IPURE; \
	MAPIMETHOD(SaveContentsSort)(THIS_ LPSSortOrderSet lpSortCriteria, ULONG ulFlags) IPURE; \
	MAPIMETHOD(EmptyFolder)(THIS_ ULONG_PTR ulUIParam, LPMAPIPROGRESS lpProgress, ULONG ulFlags) IPURE;

/* IMsgStore : IMAPIProp; IID_IMsgStore */
struct IMsgStoreVtbl {
	/* IUnknown */
	HRESULT (STDMETHODCALLTYPE *QueryInterface)(IMsgStore *This, REFIID riid, LPVOID *ppvObj);
	ULONG (STDMETHODCALLTYPE *AddRef)(IMsgStore *This);
	ULONG (STDMETHODCALLTYPE *Release)(IMsgStore *This);
	/* IMAPIProp */
	HRESULT (STDMETHODCALLTYPE *GetLastError)(IMsgStore *This, HRESULT hResult, ULONG ulFlags, LPMAPIERROR *lppMAPIError);
	HRESULT (STDMETHODCALLTYPE *SaveChanges)(IMsgStore *This, ULONG ulFlags);
	HRESULT (STDMETHODCALLTYPE *GetProps)(IMsgStore *This, LPSPropTagArray lpPropTagArray, ULONG ulFlags, ULONG *lpcValues, LPSPropValue *lppPropArray);
	HRESULT (STDMETHODCALLTYPE *GetPropList)(IMsgStore *This, ULONG ulFlags, LPSPropTagArray *lppPropTagArray);
	HRESULT (STDMETHODCALLTYPE *OpenProperty)(IMsgStore *This, ULONG ulPropTag, LPCIID lpiid, ULONG ulInterfaceOptions, ULONG ulFlags, LPUNKNOWN *lppUnk);
	HRESULT (STDMETHODCALLTYPE *SetProps)(IMsgStore *This, ULONG cValues, LPSPropValue lpPropArray, LPSPropProblemArray *lppProblems);
	HRESULT (STDMETHODCALLTYPE *DeleteProps)(IMsgStore *This, LPSPropTagArray lpPropTagArray, LPSPropProblemArray *lppProblems);
	HRESULT (STDMETHODCALLTYPE *CopyTo)(IMsgStore *This, ULONG ciidExclude, LPCIID rgiidExclude, LPSPropTagArray lpExcludeProps, ULONG_PTR ulUIParam, LPMAPIPROGRESS lpProgress, LPCIID lpInterface, LPVOID lpDestObj, ULONG ulFlags, LPSPropProblemArray *lppProblems);
	HRESULT (STDMETHODCALLTYPE *CopyProps)(IMsgStore *This, LPSPropTagArray lpIncludeProps, ULONG_PTR ulUIParam, LPMAPIPROGRESS lpProgress, LPCIID lpInterface, LPVOID lpDestObj, ULONG ulFlags, LPSPropProblemArray *lppProblems);
	HRESULT (STDMETHODCALLTYPE *GetNamesFromIDs)(IMsgStore *This, LPSPropTagArray *lppPropTags, LPGUID lpPropSetGuid, ULONG ulFlags, ULONG *lpcPropNames, LPMAPINAMEID **lpppPropNames);
	HRESULT (STDMETHODCALLTYPE *GetIDsFromNames)(IMsgStore *This, ULONG cPropNames, LPMAPINAMEID *lppPropNames, ULONG ulFlags, LPSPropTagArray *lppPropTags);
	/* IMsgStore */
	HRESULT (STDMETHODCALLTYPE *Advise)(IMsgStore *This, ULONG cbEntryID, LPENTRYID lpEntryID, ULONG ulEventMask, LPMAPIADVISESINK lpAdviseSink, ULONG_PTR *lpulConnection);
	HRESULT (STDMETHODCALLTYPE *Unadvise)(IMsgStore *This, ULONG_PTR ulConnection);
	HRESULT (STDMETHODCALLTYPE *CompareEntryIDs)(IMsgStore *This, ULONG cbEntryID1, LPENTRYID lpEntryID1, ULONG cbEntryID2, LPENTRYID lpEntryID2, ULONG ulFlags, ULONG *lpulResult);
	HRESULT (STDMETHODCALLTYPE *OpenEntry)(IMsgStore *This, ULONG cbEntryID, LPENTRYID lpEntryID, LPCIID lpInterface, ULONG ulFlags, ULONG *lpulObjType, LPUNKNOWN *lppUnk);
	HRESULT (STDMETHODCALLTYPE *SetReceiveFolder)(IMsgStore *This, LPTSTR lpszMessageClass, ULONG ulFlags, ULONG cbEntryID, LPENTRYID lpEntryID);
	HRESULT (STDMETHODCALLTYPE *GetReceiveFolder)(IMsgStore *This, LPTSTR lpszMessageClass, ULONG ulFlags, ULONG *lpcbEntryID, LPENTRYID *lppEntryID, LPTSTR *lppszExplicitClass);
	HRESULT (STDMETHODCALLTYPE *GetReceiveFolderTable)(IMsgStore *This, ULONG ulFlags, LPMAPITABLE *lppTable);
	HRESULT (STDMETHODCALLTYPE *StoreLogoff)(IMsgStore *This, ULONG *lpulFlags);
	HRESULT (STDMETHODCALLTYPE *AbortSubmit)(IMsgStore *This, ULONG cbEntryID, LPENTRYID lpEntryID, ULONG ulFlags);
	HRESULT (STDMETHODCALLTYPE *GetOutgoingQueue)(IMsgStore *This, ULONG ulFlags, LPMAPITABLE *lppTable);
	HRESULT (STDMETHODCALLTYPE *SetLockState)(IMsgStore *This, LPMESSAGE lpMessage, ULONG ulLockState);
	HRESULT (STDMETHODCALLTYPE *FinishedMsg)(IMsgStore *This, ULONG ulFlags, ULONG cbEntryID, LPENTRYID lpEntryID);
	HRESULT (STDMETHODCALLTYPE *NotifyNewMail)(IMsgStore *This, LPNOTIFICATION lpNotification);
};

struct IMsgStore {
	CONST_VTBL IMsgStoreVtbl *lpVtbl;
};

#if !defined(__cplusplus) || defined(CINTERFACE)
#define IMsgStore_QueryInterface(This, riid, ppvObj) ((This)->lpVtbl->QueryInterface((This), (riid), (ppvObj)))
#define IMsgStore_AddRef(This) ((This)->lpVtbl->AddRef((This)))
#define IMsgStore_Release(This) ((This)->lpVtbl->Release((This)))
#define IMsgStore_GetLastError(This, hResult, ulFlags, lppMAPIError) ((This)->lpVtbl->GetLastError((This), (hResult), (ulFlags), (lppMAPIError)))
#define IMsgStore_SaveChanges(This, ulFlags) ((This)->lpVtbl->SaveChanges((This), (ulFlags)))
#define IMsgStore_GetProps(This, lpPropTagArray, ulFlags, lpcValues, lppPropArray) ((This)->lpVtbl->GetProps((This), (lpPropTagArray), (ulFlags), (lpcValues), (lppPropArray)))
#define IMsgStore_GetPropList(This, ulFlags, lppPropTagArray) ((This)->lpVtbl->GetPropList((This), (ulFlags), (lppPropTagArray)))
#define IMsgStore_OpenProperty(This, ulPropTag, lpiid, ulInterfaceOptions, ulFlags, lppUnk) ((This)->lpVtbl->OpenProperty((This), (ulPropTag), (lpiid), (ulInterfaceOptions), (ulFlags), (lppUnk)))
#define IMsgStore_SetProps(This, cValues, lpPropArray, lppProblems) ((This)->lpVtbl->SetProps((This), (cValues), (lpPropArray), (lppProblems)))
#define IMsgStore_DeleteProps(This, lpPropTagArray, lppProblems) ((This)->lpVtbl->DeleteProps((This), (lpPropTagArray), (lppProblems)))
#define IMsgStore_CopyTo(This, ciidExclude, rgiidExclude, lpExcludeProps, ulUIParam, lpProgress, lpInterface, lpDestObj, ulFlags, lppProblems) ((This)->lpVtbl->CopyTo((This), (ciidExclude), (rgiidExclude), (lpExcludeProps), (ulUIParam), (lpProgress), (lpInterface), (lpDestObj), (ulFlags), (lppProblems)))
#define IMsgStore_CopyProps(This, lpIncludeProps, ulUIParam, lpProgress, lpInterface, lpDestObj, ulFlags, lppProblems) ((This)->lpVtbl->CopyProps((This), (lpIncludeProps), (ulUIParam), (lpProgress), (lpInterface), (lpDestObj), (ulFlags), (lppProblems)))
#define IMsgStore_GetNamesFromIDs(This, lppPropTags, lpPropSetGuid, ulFlags, lpcPropNames, lpppPropNames) ((This)->lpVtbl->GetNamesFromIDs((This), (lppPropTags), (lpPropSetGuid), (ulFlags), (lpcPropNames), (lpppPropNames)))
#define IMsgStore_GetIDsFromNames(This, cPropNames, lppPropNames, ulFlags, lppPropTags) ((This)->lpVtbl->GetIDsFromNames((This), (cPropNames), (lppPropNames), (ulFlags), (lppPropTags)))
#define IMsgStore_Advise(This, cbEntryID, lpEntryID, ulEventMask, lpAdviseSink, lpulConnection) ((This)->lpVtbl->Advise((This), (cbEntryID), (lpEntryID), (ulEventMask), (lpAdviseSink), (lpulConnection)))
#define IMsgStore_Unadvise(This, ulConnection) ((This)->lpVtbl->Unadvise((This), (ulConnection)))
#define IMsgStore_CompareEntryIDs(This, cbEntryID1, lpEntryID1, cbEntryID2, lpEntryID2, ulFlags, lpulResult) ((This)->lpVtbl->CompareEntryIDs((This), (cbEntryID1), (lpEntryID1), (cbEntryID2), (lpEntryID2), (ulFlags), (lpulResult)))
#define IMsgStore_OpenEntry(This, cbEntryID, lpEntryID, lpInterface, ulFlags, lpulObjType, lppUnk) ((This)->lpVtbl->OpenEntry((This), (cbEntryID), (lpEntryID), (lpInterface), (ulFlags), (lpulObjType), (lppUnk)))
#define IMsgStore_SetReceiveFolder(This, lpszMessageClass, ulFlags, cbEntryID, lpEntryID) ((This)->lpVtbl->SetReceiveFolder((This), (lpszMessageClass), (ulFlags), (cbEntryID), (lpEntryID)))
#define IMsgStore_GetReceiveFolder(This, lpszMessageClass, ulFlags, lpcbEntryID, lppEntryID, lppszExplicitClass) ((This)->lpVtbl->GetReceiveFolder((This), (lpszMessageClass), (ulFlags), (lpcbEntryID), (lppEntryID), (lppszExplicitClass)))
#define IMsgStore_GetReceiveFolderTable(This, ulFlags, lppTable) ((This)->lpVtbl->GetReceiveFolderTable((This), (ulFlags), (lppTable)))
#define IMsgStore_StoreLogoff(This, lpulFlags) ((This)->lpVtbl->StoreLogoff((This), (lpulFlags)))
#define IMsgStore_AbortSubmit(This, cbEntryID, lpEntryID, ulFlags) ((This)->lpVtbl->AbortSubmit((This), (cbEntryID), (lpEntryID), (ulFlags)))
#define IMsgStore_GetOutgoingQueue(This, ulFlags, lppTable) ((This)->lpVtbl->GetOutgoingQueue((This), (ulFlags), (lppTable)))
#define IMsgStore_SetLockState(This, lpMessage, ulLockState) ((This)->lpVtbl->SetLockState((This), (lpMessage), (ulLockState)))
#define IMsgStore_FinishedMsg(This, ulFlags, cbEntryID, lpEntryID) ((This)->lpVtbl->FinishedMsg((This), (ulFlags), (cbEntryID), (lpEntryID)))
#define IMsgStore_NotifyNewMail(This, lpNotification) ((This)->lpVtbl->NotifyNewMail((This), (lpNotification)))
#endif

#define MAPI_IMSGSTORE_METHODS(IPURE) \
	MAPIMETHOD(Advise)(THIS_ ULONG cbEntryID, LPENTRYID lpEntryID, ULONG ulEventMask, LPMAPIADVISESINK lpAdviseSink, ULONG_PTR *lpulConnection) IPURE; \
	MAPIMETHOD(Unadvise)(THIS_ ULONG_PTR ulConnection) IPURE; \
	MAPIMETHOD(CompareEntryIDs)(THIS_ ULONG cbEntryID1, LPENTRYID lpEntryID1, ULONG cbEntryID2, LPENTRYID lpEntryID2, ULONG ulFlags, ULONG *lpulResult) IPURE; \
	MAPIMETHOD(OpenEntry)(THIS_ ULONG cbEntryID, LPENTRYID lpEntryID, LPCIID lpInterface, ULONG ulFlags, ULONG *lpulObjType, LPUNKNOWN *lppUnk) IPURE; \
	MAPIMETHOD(SetReceiveFolder)(THIS_ LPTSTR lpszMessageClass, ULONG ulFlags, ULONG cbEntryID, LPENTRYID lpEntryID) IPURE; \
	MAPIMETHOD(GetReceiveFolder)(THIS_ LPTSTR lpszMessageClass, ULONG ulFlags, ULONG *lpcbEntryID, LPENTRYID *lppEntryID, LPTSTR *lppszExplicitClass) IPURE; \
	MAPIMETHOD(GetReceiveFolderTable)(THIS_ ULONG ulFlags, LPMAPITABLE *lppTable) IPURE; \
	MAPIMETHOD(StoreLogoff)(THIS_ ULONG *lpulFlags) IPURE; \
	MAPIMETHOD(AbortSubmit)(THIS_ ULONG cbEntryID, LPENTRYID lpEntryID, ULONG ulFlags) IPURE; \
	MAPIMETHOD(GetOutgoingQueue)(THIS_ ULONG ulFlags, LPMAPITABLE *lppTable) IPURE; \
	MAPIMETHOD(SetLockState)(THIS_ LPMESSAGE lpMessage, ULONG ulLockState) IPURE; \
	MAPIMETHOD(FinishedMsg)(THIS_ ULONG ulFlags, ULONG cbEntryID, LPENTRYID lpEntryID) IPURE; \
	MAPIMETHOD(NotifyNewMail)(THIS_ LPNOTIFICATION lpNotification) IPURE;

/* IMessage : IMAPIProp; IID_IMessage */
struct IMessageVtbl {
	/* IUnknown */
	HRESULT (STDMETHODCALLTYPE *QueryInterface)(IMessage *This, REFIID riid, LPVOID *ppvObj);
	ULONG (STDMETHODCALLTYPE *AddRef)(IMessage *This);
	ULONG (STDMETHODCALLTYPE *Release)(IMessage *This);
	/* IMAPIProp */
	HRESULT (STDMETHODCALLTYPE *GetLastError)(IMessage *This, HRESULT hResult, ULONG ulFlags, LPMAPIERROR *lppMAPIError);
	HRESULT (STDMETHODCALLTYPE *SaveChanges)(IMessage *This, ULONG ulFlags);
	HRESULT (STDMETHODCALLTYPE *GetProps)(IMessage *This, LPSPropTagArray lpPropTagArray, ULONG ulFlags, ULONG *lpcValues, LPSPropValue *lppPropArray);
	HRESULT (STDMETHODCALLTYPE *GetPropList)(IMessage *This, ULONG ulFlags, LPSPropTagArray *lppPropTagArray);
	HRESULT (STDMETHODCALLTYPE *OpenProperty)(IMessage *This, ULONG ulPropTag, LPCIID lpiid, ULONG ulInterfaceOptions, ULONG ulFlags, LPUNKNOWN *lppUnk);
	HRESULT (STDMETHODCALLTYPE *SetProps)(IMessage *This, ULONG cValues, LPSPropValue lpPropArray, LPSPropProblemArray *lppProblems);
	HRESULT (STDMETHODCALLTYPE *DeleteProps)(IMessage *This, LPSPropTagArray lpPropTagArray, LPSPropProblemArray *lppProblems);
	HRESULT (STDMETHODCALLTYPE *CopyTo)(IMessage *This, ULONG ciidExclude, LPCIID rgiidExclude, LPSPropTagArray lpExcludeProps, ULONG_PTR ulUIParam, LPMAPIPROGRESS lpProgress, LPCIID lpInterface, LPVOID lpDestObj, ULONG ulFlags, LPSPropProblemArray *lppProblems);
	HRESULT (STDMETHODCALLTYPE *CopyProps)(IMessage *This, LPSPropTagArray lpIncludeProps, ULONG_PTR ulUIParam, LPMAPIPROGRESS lpProgress, LPCIID lpInterface, LPVOID lpDestObj, ULONG ulFlags, LPSPropProblemArray *lppProblems);
	HRESULT (STDMETHODCALLTYPE *GetNamesFromIDs)(IMessage *This, LPSPropTagArray *lppPropTags, LPGUID lpPropSetGuid, ULONG ulFlags, ULONG *lpcPropNames, LPMAPINAMEID **lpppPropNames);
	HRESULT (STDMETHODCALLTYPE *GetIDsFromNames)(IMessage *This, ULONG cPropNames, LPMAPINAMEID *lppPropNames, ULONG ulFlags, LPSPropTagArray *lppPropTags);
	/* IMessage */
	HRESULT (STDMETHODCALLTYPE *GetAttachmentTable)(IMessage *This, ULONG ulFlags, LPMAPITABLE *lppTable);
	HRESULT (STDMETHODCALLTYPE *OpenAttach)(IMessage *This, ULONG ulAttachmentNum, LPCIID lpInterface, ULONG ulFlags, LPATTACH *lppAttach);
	HRESULT (STDMETHODCALLTYPE *CreateAttach)(IMessage *This, LPCIID lpInterface, ULONG ulFlags, ULONG *lpulAttachmentNum, LPATTACH *lppAttach);
	HRESULT (STDMETHODCALLTYPE *DeleteAttach)(IMessage *This, ULONG ulAttachmentNum, ULONG_PTR ulUIParam, LPMAPIPROGRESS lpProgress, ULONG ulFlags);
	HRESULT (STDMETHODCALLTYPE *GetRecipientTable)(IMessage *This, ULONG ulFlags, LPMAPITABLE *lppTable);
	HRESULT (STDMETHODCALLTYPE *ModifyRecipients)(IMessage *This, ULONG ulFlags, LPADRLIST lpMods);
	HRESULT (STDMETHODCALLTYPE *SubmitMessage)(IMessage *This, ULONG ulFlags);
	HRESULT (STDMETHODCALLTYPE *SetReadFlag)(IMessage *This, ULONG ulFlags);
};

struct IMessage {
	CONST_VTBL IMessageVtbl *lpVtbl;
};

#if !defined(__cplusplus) || defined(CINTERFACE)
#define IMessage_QueryInterface(This, riid, ppvObj) ((This)->lpVtbl->QueryInterface((This), (riid), (ppvObj)))
#define IMessage_AddRef(This) ((This)->lpVtbl->AddRef((This)))
#define IMessage_Release(This) ((This)->lpVtbl->Release((This)))
#define IMessage_GetLastError(This, hResult, ulFlags, lppMAPIError) ((This)->lpVtbl->GetLastError((This), (hResult), (ulFlags), (lppMAPIError)))
#define IMessage_SaveChanges(This, ulFlags) ((This)->lpVtbl->SaveChanges((This), (ulFlags)))
#define IMessage_GetProps(This, lpPropTagArray, ulFlags, lpcValues, lppPropArray) ((This)->lpVtbl->GetProps((This), (lpPropTagArray), (ulFlags), (lpcValues), (lppPropArray)))
#define IMessage_GetPropList(This, ulFlags, lppPropTagArray) ((This)->lpVtbl->GetPropList((This), (ulFlags), (lppPropTagArray)))
#define IMessage_OpenProperty(This, ulPropTag, lpiid, ulInterfaceOptions, ulFlags, lppUnk) ((This)->lpVtbl->OpenProperty((This), (ulPropTag), (lpiid), (ulInterfaceOptions), (ulFlags), (lppUnk)))
#define IMessage_SetProps(This, cValues, lpPropArray, lppProblems) ((This)->lpVtbl->SetProps((This), (cValues), (lpPropArray), (lppProblems)))
#define IMessage_DeleteProps(This, lpPropTagArray, lppProblems) ((This)->lpVtbl->DeleteProps((This), (lpPropTagArray), (lppProblems)))
#define IMessage_CopyTo(This, ciidExclude, rgiidExclude, lpExcludeProps, ulUIParam, lpProgress, lpInterface, lpDestObj, ulFlags, lppProblems) ((This)->lpVtbl->CopyTo((This), (ciidExclude), (rgiidExclude), (lpExcludeProps), (ulUIParam), (lpProgress), (lpInterface), (lpDestObj), (ulFlags), (lppProblems)))
#define IMessage_CopyProps(This, lpIncludeProps, ulUIParam, lpProgress, lpInterface, lpDestObj, ulFlags, lppProblems) ((This)->lpVtbl->CopyProps((This), (lpIncludeProps), (ulUIParam), (lpProgress), (lpInterface), (lpDestObj), (ulFlags), (lppProblems)))
#define IMessage_GetNamesFromIDs(This, lppPropTags, lpPropSetGuid, ulFlags, lpcPropNames, lpppPropNames) ((This)->lpVtbl->GetNamesFromIDs((This), (lppPropTags), (lpPropSetGuid), (ulFlags), (lpcPropNames), (lpppPropNames)))
#define IMessage_GetIDsFromNames(This, cPropNames, lppPropNames, ulFlags, lppPropTags) ((This)->lpVtbl->GetIDsFromNames((This), (cPropNames), (lppPropNames), (ulFlags), (lppPropTags)))
#define IMessage_GetAttachmentTable(This, ulFlags, lppTable) ((This)->lpVtbl->GetAttachmentTable((This), (ulFlags), (lppTable)))
#define IMessage_OpenAttach(This, ulAttachmentNum, lpInterface, ulFlags, lppAttach) ((This)->lpVtbl->OpenAttach((This), (ulAttachmentNum), (lpInterface), (ulFlags), (lppAttach)))
#define IMessage_CreateAttach(This, lpInterface, ulFlags, lpulAttachmentNum, lppAttach) ((This)->lpVtbl->CreateAttach((This), (lpInterface), (ulFlags), (lpulAttachmentNum), (lppAttach)))
#define IMessage_DeleteAttach(This, ulAttachmentNum, ulUIParam, lpProgress, ulFlags) ((This)->lpVtbl->DeleteAttach((This), (ulAttachmentNum), (ulUIParam), (lpProgress), (ulFlags)))
#define IMessage_GetRecipientTable(This, ulFlags, lppTable) ((This)->lpVtbl->GetRecipientTable((This), (ulFlags), (lppTable)))
#define IMessage_ModifyRecipients(This, ulFlags, lpMods) ((This)->lpVtbl->ModifyRecipients((This), (ulFlags), (lpMods)))
#define IMessage_SubmitMessage(This, ulFlags) ((This)->lpVtbl->SubmitMessage((This), (ulFlags)))
#define IMessage_SetReadFlag(This, ulFlags) ((This)->lpVtbl->SetReadFlag((This), (ulFlags)))
#endif

#define MAPI_IMESSAGE_METHODS(IPURE) \
	MAPIMETHOD(GetAttachmentTable)(THIS_ ULONG ulFlags, LPMAPITABLE *lppTable) IPURE; \
	MAPIMETHOD(OpenAttach)(THIS_ ULONG ulAttachmentNum, LPCIID lpInterface, ULONG ulFlags, LPATTACH *lppAttach) IPURE; \
	MAPIMETHOD(CreateAttach)(THIS_ LPCIID lpInterface, ULONG ulFlags, ULONG *lpulAttachmentNum, LPATTACH *lppAttach) IPURE; \
	MAPIMETHOD(DeleteAttach)(THIS_ ULONG ulAttachmentNum, ULONG_PTR ulUIParam, LPMAPIPROGRESS lpProgress, ULONG ulFlags) IPURE; \
	MAPIMETHOD(GetRecipientTable)(THIS_ ULONG ulFlags, LPMAPITABLE *lppTable) IPURE; \
	MAPIMETHOD(ModifyRecipients)(THIS_ ULONG ulFlags, LPADRLIST lpMods) IPURE; \
	MAPIMETHOD(SubmitMessage)(THIS_ ULONG ulFlags) IPURE; \
	MAPIMETHOD(SetReadFlag)(THIS_ ULONG ulFlags) IPURE;

/* IAttach : IMAPIProp; IID_IAttachment */
struct IAttachVtbl {
	/* IUnknown */
	HRESULT (STDMETHODCALLTYPE *QueryInterface)(IAttach *This, REFIID riid, LPVOID *ppvObj);
	ULONG (STDMETHODCALLTYPE *AddRef)(IAttach *This);
	ULONG (STDMETHODCALLTYPE *Release)(IAttach *This);
	/* IMAPIProp */
	HRESULT (STDMETHODCALLTYPE *GetLastError)(IAttach *This, HRESULT hResult, ULONG ulFlags, LPMAPIERROR *lppMAPIError);
	HRESULT (STDMETHODCALLTYPE *SaveChanges)(IAttach *This, ULONG ulFlags);
	HRESULT (STDMETHODCALLTYPE *GetProps)(IAttach *This, LPSPropTagArray lpPropTagArray, ULONG ulFlags, ULONG *lpcValues, LPSPropValue *lppPropArray);
	HRESULT (STDMETHODCALLTYPE *GetPropList)(IAttach *This, ULONG ulFlags, LPSPropTagArray *lppPropTagArray);
	HRESULT (STDMETHODCALLTYPE *OpenProperty)(IAttach *This, ULONG ulPropTag, LPCIID lpiid, ULONG ulInterfaceOptions, ULONG ulFlags, LPUNKNOWN *lppUnk);
	HRESULT (STDMETHODCALLTYPE *SetProps)(IAttach *This, ULONG cValues, LPSPropValue lpPropArray, LPSPropProblemArray *lppProblems);
	HRESULT (STDMETHODCALLTYPE *DeleteProps)(IAttach *This, LPSPropTagArray lpPropTagArray, LPSPropProblemArray *lppProblems);
	HRESULT (STDMETHODCALLTYPE *CopyTo)(IAttach *This, ULONG ciidExclude, LPCIID rgiidExclude, LPSPropTagArray lpExcludeProps, ULONG_PTR ulUIParam, LPMAPIPROGRESS lpProgress, LPCIID lpInterface, LPVOID lpDestObj, ULONG ulFlags, LPSPropProblemArray *lppProblems);
	HRESULT (STDMETHODCALLTYPE *CopyProps)(IAttach *This, LPSPropTagArray lpIncludeProps, ULONG_PTR ulUIParam, LPMAPIPROGRESS lpProgress, LPCIID lpInterface, LPVOID lpDestObj, ULONG ulFlags, LPSPropProblemArray *lppProblems);
	HRESULT (STDMETHODCALLTYPE *GetNamesFromIDs)(IAttach *This, LPSPropTagArray *lppPropTags, LPGUID lpPropSetGuid, ULONG ulFlags, ULONG *lpcPropNames, LPMAPINAMEID **lpppPropNames);
	HRESULT (STDMETHODCALLTYPE *GetIDsFromNames)(IAttach *This, ULONG cPropNames, LPMAPINAMEID *lppPropNames, ULONG ulFlags, LPSPropTagArray *lppPropTags);
};

struct IAttach {
	CONST_VTBL IAttachVtbl *lpVtbl;
};

#if !defined(__cplusplus) || defined(CINTERFACE)
#define IAttach_QueryInterface(This, riid, ppvObj) ((This)->lpVtbl->QueryInterface((This), (riid), (ppvObj)))
#define IAttach_AddRef(This) ((This)->lpVtbl->AddRef((This)))
#define IAttach_Release(This) ((This)->lpVtbl->Release((This)))
#define IAttach_GetLastError(This, hResult, ulFlags, lppMAPIError) ((This)->lpVtbl->GetLastError((This), (hResult), (ulFlags), (lppMAPIError)))
#define IAttach_SaveChanges(This, ulFlags) ((This)->lpVtbl->SaveChanges((This), (ulFlags)))
#define IAttach_GetProps(This, lpPropTagArray, ulFlags, lpcValues, lppPropArray) ((This)->lpVtbl->GetProps((This), (lpPropTagArray), (ulFlags), (lpcValues), (lppPropArray)))
#define IAttach_GetPropList(This, ulFlags, lppPropTagArray) ((This)->lpVtbl->GetPropList((This), (ulFlags), (lppPropTagArray)))
#define IAttach_OpenProperty(This, ulPropTag, lpiid, ulInterfaceOptions, ulFlags, lppUnk) ((This)->lpVtbl->OpenProperty((This), (ulPropTag), (lpiid), (ulInterfaceOptions), (ulFlags), (lppUnk)))
#define IAttach_SetProps(This, cValues, lpPropArray, lppProblems) ((This)->lpVtbl->SetProps((This), (cValues), (lpPropArray), (lppProblems)))
#define IAttach_DeleteProps(This, lpPropTagArray, lppProblems) ((This)->lpVtbl->DeleteProps((This), (lpPropTagArray), (lppProblems)))
#define IAttach_CopyTo(This, ciidExclude, rgiidExclude, lpExcludeProps, ulUIParam, lpProgress, lpInterface, lpDestObj, ulFlags, lppProblems) ((This)->lpVtbl->CopyTo((This), (ciidExclude), (rgiidExclude), (lpExcludeProps), (ulUIParam), (lpProgress), (lpInterface), (lpDestObj), (ulFlags), (lppProblems)))
#define IAttach_CopyProps(This, lpIncludeProps, ulUIParam, lpProgress, lpInterface, lpDestObj, ulFlags, lppProblems) ((This)->lpVtbl->CopyProps((This), (lpIncludeProps), (ulUIParam), (lpProgress), (lpInterface), (lpDestObj), (ulFlags), (lppProblems)))
#define IAttach_GetNamesFromIDs(This, lppPropTags, lpPropSetGuid, ulFlags, lpcPropNames, lpppPropNames) ((This)->lpVtbl->GetNamesFromIDs((This), (lppPropTags), (lpPropSetGuid), (ulFlags), (lpcPropNames), (lpppPropNames)))
#define IAttach_GetIDsFromNames(This, cPropNames, lppPropNames, ulFlags, lppPropTags) ((This)->lpVtbl->GetIDsFromNames((This), (cPropNames), (lppPropNames), (ulFlags), (lppPropTags)))
#endif

#define MAPI_IATTACH_METHODS(IPURE)

/* IMAPITable : IUnknown; IID_IMAPITable */
struct IMAPITableVtbl {
	/* IUnknown */
	HRESULT (STDMETHODCALLTYPE *QueryInterface)(IMAPITable *This, REFIID riid, LPVOID *ppvObj);
	ULONG (STDMETHODCALLTYPE *AddRef)(IMAPITable *This);
	ULONG (STDMETHODCALLTYPE *Release)(IMAPITable *This);
	/* IMAPITable */
	HRESULT (STDMETHODCALLTYPE *GetLastError)(IMAPITable *This, HRESULT hResult, ULONG ulFlags, LPMAPIERROR *lppMAPIError);
	HRESULT (STDMETHODCALLTYPE *Advise)(IMAPITable *This, ULONG ulEventMask, LPMAPIADVISESINK lpAdviseSink, ULONG_PTR *lpulConnection);
	HRESULT (STDMETHODCALLTYPE *Unadvise)(IMAPITable *This, ULONG_PTR ulConnection);
	HRESULT (STDMETHODCALLTYPE *GetStatus)(IMAPITable *This, ULONG *lpulTableStatus, ULONG *lpulTableType);
	HRESULT (STDMETHODCALLTYPE *SetColumns)(IMAPITable *This, LPSPropTagArray lpPropTagArray, ULONG ulFlags);
	HRESULT (STDMETHODCALLTYPE *QueryColumns)(IMAPITable *This, ULONG ulFlags, LPSPropTagArray *lppPropTagArray);
	HRESULT (STDMETHODCALLTYPE *GetRowCount)(IMAPITable *This, ULONG ulFlags, ULONG *lpulCount);
	HRESULT (STDMETHODCALLTYPE *SeekRow)(IMAPITable *This, BOOKMARK bkOrigin, LONG lRowCount, LONG *lplRowsSought);
	HRESULT (STDMETHODCALLTYPE *SeekRowApprox)(IMAPITable *This, ULONG ulNumerator, ULONG ulDenominator);
	HRESULT (STDMETHODCALLTYPE *QueryPosition)(IMAPITable *This, ULONG *lpulRow, ULONG *lpulNumerator, ULONG *lpulDenominator);
	HRESULT (STDMETHODCALLTYPE *FindRow)(IMAPITable *This, LPSRestriction lpRestriction, BOOKMARK bkOrigin, ULONG ulFlags);
	HRESULT (STDMETHODCALLTYPE *Restrict)(IMAPITable *This, LPSRestriction lpRestriction, ULONG ulFlags);
	HRESULT (STDMETHODCALLTYPE *CreateBookmark)(IMAPITable *This, BOOKMARK *lpbkPosition);
	HRESULT (STDMETHODCALLTYPE *FreeBookmark)(IMAPITable *This, BOOKMARK bkPosition);
	HRESULT (STDMETHODCALLTYPE *SortTable)(IMAPITable *This, LPSSortOrderSet lpSortCriteria, ULONG ulFlags);
	HRESULT (STDMETHODCALLTYPE *QuerySortOrder)(IMAPITable *This, LPSSortOrderSet *lppSortCriteria);
	HRESULT (STDMETHODCALLTYPE *QueryRows)(IMAPITable *This, LONG lRowCount, ULONG ulFlags, LPSRowSet *lppRows);
	HRESULT (STDMETHODCALLTYPE *Abort)(IMAPITable *This);
	HRESULT (STDMETHODCALLTYPE *ExpandRow)(IMAPITable *This, ULONG cbInstanceKey, LPBYTE pbInstanceKey, ULONG ulRowCount, ULONG ulFlags, LPSRowSet *lppRows, ULONG *lpulMoreRows);
	HRESULT (STDMETHODCALLTYPE *CollapseRow)(IMAPITable *This, ULONG cbInstanceKey, LPBYTE pbInstanceKey, ULONG ulFlags, ULONG *lpulRowCount);
	HRESULT (STDMETHODCALLTYPE *WaitForCompletion)(IMAPITable *This, ULONG ulFlags, ULONG ulTimeout, ULONG *lpulTableStatus);
	HRESULT (STDMETHODCALLTYPE *GetCollapseState)(IMAPITable *This, ULONG ulFlags, ULONG cbInstanceKey, LPBYTE lpbInstanceKey, ULONG *lpcbCollapseState, LPBYTE *lppbCollapseState);
	HRESULT (STDMETHODCALLTYPE *SetCollapseState)(IMAPITable *This, ULONG ulFlags, ULONG cbCollapseState, LPBYTE pbCollapseState, BOOKMARK *lpbkLocation);
};

struct IMAPITable {
	CONST_VTBL IMAPITableVtbl *lpVtbl;
};

#if !defined(__cplusplus) || defined(CINTERFACE)
#define IMAPITable_QueryInterface(This, riid, ppvObj) ((This)->lpVtbl->QueryInterface((This), (riid), (ppvObj)))
#define IMAPITable_AddRef(This) ((This)->lpVtbl->AddRef((This)))
#define IMAPITable_Release(This) ((This)->lpVtbl->Release((This)))
#define IMAPITable_GetLastError(This, hResult, ulFlags, lppMAPIError) ((This)->lpVtbl->GetLastError((This), (hResult), (ulFlags), (lppMAPIError)))
#define IMAPITable_Advise(This, ulEventMask, lpAdviseSink, lpulConnection) ((This)->lpVtbl->Advise((This), (ulEventMask), (lpAdviseSink), (lpulConnection)))
#define IMAPITable_Unadvise(This, ulConnection) ((This)->lpVtbl->Unadvise((This), (ulConnection)))
#define IMAPITable_GetStatus(This, lpulTableStatus, lpulTableType) ((This)->lpVtbl->GetStatus((This), (lpulTableStatus), (lpulTableType)))
#define IMAPITable_SetColumns(This, lpPropTagArray, ulFlags) ((This)->lpVtbl->SetColumns((This), (lpPropTagArray), (ulFlags)))
#define IMAPITable_QueryColumns(This, ulFlags, lppPropTagArray) ((This)->lpVtbl->QueryColumns((This), (ulFlags), (lppPropTagArray)))
#define IMAPITable_GetRowCount(This, ulFlags, lpulCount) ((This)->lpVtbl->GetRowCount((This), (ulFlags), (lpulCount)))
#define IMAPITable_SeekRow(This, bkOrigin, lRowCount, lplRowsSought) ((This)->lpVtbl->SeekRow((This), (bkOrigin), (lRowCount), (lplRowsSought)))
#define IMAPITable_SeekRowApprox(This, ulNumerator, ulDenominator) ((This)->lpVtbl->SeekRowApprox((This), (ulNumerator), (ulDenominator)))
#define IMAPITable_QueryPosition(This, lpulRow, lpulNumerator, lpulDenominator) ((This)->lpVtbl->QueryPosition((This), (lpulRow), (lpulNumerator), (lpulDenominator)))
#define IMAPITable_FindRow(This, lpRestriction, bkOrigin, ulFlags) ((This)->lpVtbl->FindRow((This), (lpRestriction), (bkOrigin), (ulFlags)))
#define IMAPITable_Restrict(This, lpRestriction, ulFlags) ((This)->lpVtbl->Restrict((This), (lpRestriction), (ulFlags)))
#define IMAPITable_CreateBookmark(This, lpbkPosition) ((This)->lpVtbl->CreateBookmark((This), (lpbkPosition)))
#define IMAPITable_FreeBookmark(This, bkPosition) ((This)->lpVtbl->FreeBookmark((This), (bkPosition)))
#define IMAPITable_SortTable(This, lpSortCriteria, ulFlags) ((This)->lpVtbl->SortTable((This), (lpSortCriteria), (ulFlags)))
#define IMAPITable_QuerySortOrder(This, lppSortCriteria) ((This)->lpVtbl->QuerySortOrder((This), (lppSortCriteria)))
#define IMAPITable_QueryRows(This, lRowCount, ulFlags, lppRows) ((This)->lpVtbl->QueryRows((This), (lRowCount), (ulFlags), (lppRows)))
#define IMAPITable_Abort(This) ((This)->lpVtbl->Abort((This)))
#define IMAPITable_ExpandRow(This, cbInstanceKey, pbInstanceKey, ulRowCount, ulFlags, lppRows, lpulMoreRows) ((This)->lpVtbl->ExpandRow((This), (cbInstanceKey), (pbInstanceKey), (ulRowCount), (ulFlags), (lppRows), (lpulMoreRows)))
#define IMAPITable_CollapseRow(This, cbInstanceKey, pbInstanceKey, ulFlags, lpulRowCount) ((This)->lpVtbl->CollapseRow((This), (cbInstanceKey), (pbInstanceKey), (ulFlags), (lpulRowCount)))
#define IMAPITable_WaitForCompletion(This, ulFlags, ulTimeout, lpulTableStatus) ((This)->lpVtbl->WaitForCompletion((This), (ulFlags), (ulTimeout), (lpulTableStatus)))
#define IMAPITable_GetCollapseState(This, ulFlags, cbInstanceKey, lpbInstanceKey, lpcbCollapseState, lppbCollapseState) ((This)->lpVtbl->GetCollapseState((This), (ulFlags), (cbInstanceKey), (lpbInstanceKey), (lpcbCollapseState), (lppbCollapseState)))
#define IMAPITable_SetCollapseState(This, ulFlags, cbCollapseState, pbCollapseState, lpbkLocation) ((This)->lpVtbl->SetCollapseState((This), (ulFlags), (cbCollapseState), (pbCollapseState), (lpbkLocation)))
#endif

#define MAPI_IMAPITABLE_METHODS(IPURE) \
	MAPIMETHOD(GetLastError)(THIS_ HRESULT hResult, ULONG ulFlags, LPMAPIERROR *lppMAPIError) IPURE; \
	MAPIMETHOD(Advise)(THIS_ ULONG ulEventMask, LPMAPIADVISESINK lpAdviseSink, ULONG_PTR *lpulConnection) IPURE; \
	MAPIMETHOD(Unadvise)(THIS_ ULONG_PTR ulConnection) IPURE; \
	MAPIMETHOD(GetStatus)(THIS_ ULONG *lpulTableStatus, ULONG *lpulTableType) IPURE; \
	MAPIMETHOD(SetColumns)(THIS_ LPSPropTagArray lpPropTagArray, ULONG ulFlags) IPURE; \
	MAPIMETHOD(QueryColumns)(THIS_ ULONG ulFlags, LPSPropTagArray *lppPropTagArray) IPURE; \
	MAPIMETHOD(GetRowCount)(THIS_ ULONG ulFlags, ULONG *lpulCount) IPURE; \
	MAPIMETHOD(SeekRow)(THIS_ BOOKMARK bkOrigin, LONG lRowCount, LONG *lplRowsSought) IPURE; \
	MAPIMETHOD(SeekRowApprox)(THIS_ ULONG ulNumerator, ULONG ulDenominator) IPURE; \
	MAPIMETHOD(QueryPosition)(THIS_ ULONG *lpulRow, ULONG *lpulNumerator, ULONG *lpulDenominator) IPURE; \
	MAPIMETHOD(FindRow)(THIS_ LPSRestriction lpRestriction, BOOKMARK bkOrigin, ULONG ulFlags) IPURE; \
	MAPIMETHOD(Restrict)(THIS_ LPSRestriction lpRestriction, ULONG ulFlags) IPURE; \
	MAPIMETHOD(CreateBookmark)(THIS_ BOOKMARK *lpbkPosition) IPURE; \
	MAPIMETHOD(FreeBookmark)(THIS_ BOOKMARK bkPosition) IPURE; \
	MAPIMETHOD(SortTable)(THIS_ LPSSortOrderSet lpSortCriteria, ULONG ulFlags) IPURE; \
	MAPIMETHOD(QuerySortOrder)(THIS_ LPSSortOrderSet *lppSortCriteria) IPURE; \
	MAPIMETHOD(QueryRows)(THIS_ LONG lRowCount, ULONG ulFlags, LPSRowSet *lppRows) IPURE; \
	MAPIMETHOD(Abort)(THIS) IPURE; \
	MAPIMETHOD(ExpandRow)(THIS_ ULONG cbInstanceKey, LPBYTE pbInstanceKey, ULONG ulRowCount, ULONG ulFlags, LPSRowSet *lppRows, ULONG *lpulMoreRows) IPURE; \
	MAPIMETHOD(CollapseRow)(THIS_ ULONG cbInstanceKey, LPBYTE pbInstanceKey, ULONG ulFlags, ULONG *lpulRowCount) IPURE; \
	MAPIMETHOD(WaitForCompletion)(THIS_ ULONG ulFlags, ULONG ulTimeout, ULONG *lpulTableStatus) IPURE; \
	MAPIMETHOD(GetCollapseState)(THIS_ ULONG ulFlags, ULONG cbInstanceKey, LPBYTE lpbInstanceKey, ULONG *lpcbCollapseState, LPBYTE *lppbCollapseState) IPURE; \
	MAPIMETHOD(SetCollapseState)(THIS_ ULONG ulFlags, ULONG cbCollapseState, LPBYTE pbCollapseState, BOOKMARK *lpbkLocation) IPURE;

/* IMAPIStatus : IMAPIProp; IID_IMAPIStatus */
struct IMAPIStatusVtbl {
	/* IUnknown */
	HRESULT (STDMETHODCALLTYPE *QueryInterface)(IMAPIStatus *This, REFIID riid, LPVOID *ppvObj);
	ULONG (STDMETHODCALLTYPE *AddRef)(IMAPIStatus *This);
	ULONG (STDMETHODCALLTYPE *Release)(IMAPIStatus *This);
	/* IMAPIProp */
	HRESULT (STDMETHODCALLTYPE *GetLastError)(IMAPIStatus *This, HRESULT hResult, ULONG ulFlags, LPMAPIERROR *lppMAPIError);
	HRESULT (STDMETHODCALLTYPE *SaveChanges)(IMAPIStatus *This, ULONG ulFlags);
	HRESULT (STDMETHODCALLTYPE *GetProps)(IMAPIStatus *This, LPSPropTagArray lpPropTagArray, ULONG ulFlags, ULONG *lpcValues, LPSPropValue *lppPropArray);
	HRESULT (STDMETHODCALLTYPE *GetPropList)(IMAPIStatus *This, ULONG ulFlags, LPSPropTagArray *lppPropTagArray);
	HRESULT (STDMETHODCALLTYPE *OpenProperty)(IMAPIStatus *This, ULONG ulPropTag, LPCIID lpiid, ULONG ulInterfaceOptions, ULONG ulFlags, LPUNKNOWN *lppUnk);
	HRESULT (STDMETHODCALLTYPE *SetProps)(IMAPIStatus *This, ULONG cValues, LPSPropValue lpPropArray, LPSPropProblemArray *lppProblems);
	HRESULT (STDMETHODCALLTYPE *DeleteProps)(IMAPIStatus *This, LPSPropTagArray lpPropTagArray, LPSPropProblemArray *lppProblems);
	HRESULT (STDMETHODCALLTYPE *CopyTo)(IMAPIStatus *This, ULONG ciidExclude, LPCIID rgiidExclude, LPSPropTagArray lpExcludeProps, ULONG_PTR ulUIParam, LPMAPIPROGRESS lpProgress, LPCIID lpInterface, LPVOID lpDestObj, ULONG ulFlags, LPSPropProblemArray *lppProblems);
	HRESULT (STDMETHODCALLTYPE *CopyProps)(IMAPIStatus *This, LPSPropTagArray lpIncludeProps, ULONG_PTR ulUIParam, LPMAPIPROGRESS lpProgress, LPCIID lpInterface, LPVOID lpDestObj, ULONG ulFlags, LPSPropProblemArray *lppProblems);
	HRESULT (STDMETHODCALLTYPE *GetNamesFromIDs)(IMAPIStatus *This, LPSPropTagArray *lppPropTags, LPGUID lpPropSetGuid, ULONG ulFlags, ULONG *lpcPropNames, LPMAPINAMEID **lpppPropNames);
	HRESULT (STDMETHODCALLTYPE *GetIDsFromNames)(IMAPIStatus *This, ULONG cPropNames, LPMAPINAMEID *lppPropNames, ULONG ulFlags, LPSPropTagArray *lppPropTags);
	/* IMAPIStatus */
	HRESULT (STDMETHODCALLTYPE *ValidateState)(IMAPIStatus *This, ULONG_PTR ulUIParam, ULONG ulFlags);
	HRESULT (STDMETHODCALLTYPE *SettingsDialog)(IMAPIStatus *This, ULONG_PTR ulUIParam, ULONG ulFlags);
	HRESULT (STDMETHODCALLTYPE *ChangePassword)(IMAPIStatus *This, LPTSTR lpOldPass, LPTSTR lpNewPass, ULONG ulFlags);
	HRESULT (STDMETHODCALLTYPE *FlushQueues)(IMAPIStatus *This, ULONG_PTR ulUIParam, ULONG cbTargetTransport, LPENTRYID lpTargetTransport, ULONG ulFlags);
};

struct IMAPIStatus {
	CONST_VTBL IMAPIStatusVtbl *lpVtbl;
};

#if !defined(__cplusplus) || defined(CINTERFACE)
#define IMAPIStatus_QueryInterface(This, riid, ppvObj) ((This)->lpVtbl->QueryInterface((This), (riid), (ppvObj)))
#define IMAPIStatus_AddRef(This) ((This)->lpVtbl->AddRef((This)))
#define IMAPIStatus_Release(This) ((This)->lpVtbl->Release((This)))
#define IMAPIStatus_GetLastError(This, hResult, ulFlags, lppMAPIError) ((This)->lpVtbl->GetLastError((This), (hResult), (ulFlags), (lppMAPIError)))
#define IMAPIStatus_SaveChanges(This, ulFlags) ((This)->lpVtbl->SaveChanges((This), (ulFlags)))
#define IMAPIStatus_GetProps(This, lpPropTagArray, ulFlags, lpcValues, lppPropArray) ((This)->lpVtbl->GetProps((This), (lpPropTagArray), (ulFlags), (lpcValues), (lppPropArray)))
#define IMAPIStatus_GetPropList(This, ulFlags, lppPropTagArray) ((This)->lpVtbl->GetPropList((This), (ulFlags), (lppPropTagArray)))
#define IMAPIStatus_OpenProperty(This, ulPropTag, lpiid, ulInterfaceOptions, ulFlags, lppUnk) ((This)->lpVtbl->OpenProperty((This), (ulPropTag), (lpiid), (ulInterfaceOptions), (ulFlags), (lppUnk)))
#define IMAPIStatus_SetProps(This, cValues, lpPropArray, lppProblems) ((This)->lpVtbl->SetProps((This), (cValues), (lpPropArray), (lppProblems)))
#define IMAPIStatus_DeleteProps(This, lpPropTagArray, lppProblems) ((This)->lpVtbl->DeleteProps((This), (lpPropTagArray), (lppProblems)))
#define IMAPIStatus_CopyTo(This, ciidExclude, rgiidExclude, lpExcludeProps, ulUIParam, lpProgress, lpInterface, lpDestObj, ulFlags, lppProblems) ((This)->lpVtbl->CopyTo((This), (ciidExclude), (rgiidExclude), (lpExcludeProps), (ulUIParam), (lpProgress), (lpInterface), (lpDestObj), (ulFlags), (lppProblems)))
#define IMAPIStatus_CopyProps(This, lpIncludeProps, ulUIParam, lpProgress, lpInterface, lpDestObj, ulFlags, lppProblems) ((This)->lpVtbl->CopyProps((This), (lpIncludeProps), (ulUIParam), (lpProgress), (lpInterface), (lpDestObj), (ulFlags), (lppProblems)))
#define IMAPIStatus_GetNamesFromIDs(This, lppPropTags, lpPropSetGuid, ulFlags, lpcPropNames, lpppPropNames) ((This)->lpVtbl->GetNamesFromIDs((This), (lppPropTags), (lpPropSetGuid), (ulFlags), (lpcPropNames), (lpppPropNames)))
#define IMAPIStatus_GetIDsFromNames(This, cPropNames, lppPropNames, ulFlags, lppPropTags) ((This)->lpVtbl->GetIDsFromNames((This), (cPropNames), (lppPropNames), (ulFlags), (lppPropTags)))
#define IMAPIStatus_ValidateState(This, ulUIParam, ulFlags) ((This)->lpVtbl->ValidateState((This), (ulUIParam), (ulFlags)))
#define IMAPIStatus_SettingsDialog(This, ulUIParam, ulFlags) ((This)->lpVtbl->SettingsDialog((This), (ulUIParam), (ulFlags)))
#define IMAPIStatus_ChangePassword(This, lpOldPass, lpNewPass, ulFlags) ((This)->lpVtbl->ChangePassword((This), (lpOldPass), (lpNewPass), (ulFlags)))
#define IMAPIStatus_FlushQueues(This, ulUIParam, cbTargetTransport, lpTargetTransport, ulFlags) ((This)->lpVtbl->FlushQueues((This), (ulUIParam), (cbTargetTransport), (lpTargetTransport), (ulFlags)))
#endif

#define MAPI_IMAPISTATUS_METHODS(IPURE) \
	MAPIMETHOD(ValidateState)(THIS_ ULONG_PTR ulUIParam, ULONG ulFlags) IPURE; \
	MAPIMETHOD(SettingsDialog)(THIS_ ULONG_PTR ulUIParam, ULONG ulFlags) IPURE; \
	MAPIMETHOD(ChangePassword)(THIS_ LPTSTR lpOldPass, LPTSTR lpNewPass, ULONG ulFlags) IPURE; \
	MAPIMETHOD(FlushQueues)(THIS_ ULONG_PTR ulUIParam, ULONG cbTargetTransport, LPENTRYID lpTargetTransport, ULONG ulFlags) IPURE;

/* IProfSect : IMAPIProp; IID_IProfSect */
struct IProfSectVtbl {
	/* IUnknown */
	HRESULT (STDMETHODCALLTYPE *QueryInterface)(IProfSect *This, REFIID riid, LPVOID *ppvObj);
	ULONG (STDMETHODCALLTYPE *AddRef)(IProfSect *This);
	ULONG (STDMETHODCALLTYPE *Release)(IProfSect *This);
	/* IMAPIProp */
	HRESULT (STDMETHODCALLTYPE *GetLastError)(IProfSect *This, HRESULT hResult, ULONG ulFlags, LPMAPIERROR *lppMAPIError);
	HRESULT (STDMETHODCALLTYPE *SaveChanges)(IProfSect *This, ULONG ulFlags);
	HRESULT (STDMETHODCALLTYPE *GetProps)(IProfSect *This, LPSPropTagArray lpPropTagArray, ULONG ulFlags, ULONG *lpcValues, LPSPropValue *lppPropArray);
	HRESULT (STDMETHODCALLTYPE *GetPropList)(IProfSect *This, ULONG ulFlags, LPSPropTagArray *lppPropTagArray);
	HRESULT (STDMETHODCALLTYPE *OpenProperty)(IProfSect *This, ULONG ulPropTag, LPCIID lpiid, ULONG ulInterfaceOptions, ULONG ulFlags, LPUNKNOWN *lppUnk);
	HRESULT (STDMETHODCALLTYPE *SetProps)(IProfSect *This, ULONG cValues, LPSPropValue lpPropArray, LPSPropProblemArray *lppProblems);
	HRESULT (STDMETHODCALLTYPE *DeleteProps)(IProfSect *This, LPSPropTagArray lpPropTagArray, LPSPropProblemArray *lppProblems);
	HRESULT (STDMETHODCALLTYPE *CopyTo)(IProfSect *This, ULONG ciidExclude, LPCIID rgiidExclude, LPSPropTagArray lpExcludeProps, ULONG_PTR ulUIParam, LPMAPIPROGRESS lpProgress, LPCIID lpInterface, LPVOID lpDestObj, ULONG ulFlags, LPSPropProblemArray *lppProblems);
	HRESULT (STDMETHODCALLTYPE *CopyProps)(IProfSect *This, LPSPropTagArray lpIncludeProps, ULONG_PTR ulUIParam, LPMAPIPROGRESS lpProgress, LPCIID lpInterface, LPVOID lpDestObj, ULONG ulFlags, LPSPropProblemArray *lppProblems);
	HRESULT (STDMETHODCALLTYPE *GetNamesFromIDs)(IProfSect *This, LPSPropTagArray *lppPropTags, LPGUID lpPropSetGuid, ULONG ulFlags, ULONG *lpcPropNames, LPMAPINAMEID **lpppPropNames);
	HRESULT (STDMETHODCALLTYPE *GetIDsFromNames)(IProfSect *This, ULONG cPropNames, LPMAPINAMEID *lppPropNames, ULONG ulFlags, LPSPropTagArray *lppPropTags);
};

struct IProfSect {
	CONST_VTBL IProfSectVtbl *lpVtbl;
};

#if !defined(__cplusplus) || defined(CINTERFACE)
#define IProfSect_QueryInterface(This, riid, ppvObj) ((This)->lpVtbl->QueryInterface((This), (riid), (ppvObj)))
#define IProfSect_AddRef(This) ((This)->lpVtbl->AddRef((This)))
#define IProfSect_Release(This) ((This)->lpVtbl->Release((This)))
#define IProfSect_GetLastError(This, hResult, ulFlags, lppMAPIError) ((This)->lpVtbl->GetLastError((This), (hResult), (ulFlags), (lppMAPIError)))
#define IProfSect_SaveChanges(This, ulFlags) ((This)->lpVtbl->SaveChanges((This), (ulFlags)))
#define IProfSect_GetProps(This, lpPropTagArray, ulFlags, lpcValues, lppPropArray) ((This)->lpVtbl->GetProps((This), (lpPropTagArray), (ulFlags), (lpcValues), (lppPropArray)))
#define IProfSect_GetPropList(This, ulFlags, lppPropTagArray) ((This)->lpVtbl->GetPropList((This), (ulFlags), (lppPropTagArray)))
#define IProfSect_OpenProperty(This, ulPropTag, lpiid, ulInterfaceOptions, ulFlags, lppUnk) ((This)->lpVtbl->OpenProperty((This), (ulPropTag), (lpiid), (ulInterfaceOptions), (ulFlags), (lppUnk)))
#define IProfSect_SetProps(This, cValues, lpPropArray, lppProblems) ((This)->lpVtbl->SetProps((This), (cValues), (lpPropArray), (lppProblems)))
#define IProfSect_DeleteProps(This, lpPropTagArray, lppProblems) ((This)->lpVtbl->DeleteProps((This), (lpPropTagArray), (lppProblems)))
#define IProfSect_CopyTo(This, ciidExclude, rgiidExclude, lpExcludeProps, ulUIParam, lpProgress, lpInterface, lpDestObj, ulFlags, lppProblems) ((This)->lpVtbl->CopyTo((This), (ciidExclude), (rgiidExclude), (lpExcludeProps), (ulUIParam), (lpProgress), (lpInterface), (lpDestObj), (ulFlags), (lppProblems)))
#define IProfSect_CopyProps(This, lpIncludeProps, ulUIParam, lpProgress, lpInterface, lpDestObj, ulFlags, lppProblems) ((This)->lpVtbl->CopyProps((This), (lpIncludeProps), (ulUIParam), (lpProgress), (lpInterface), (lpDestObj), (ulFlags), (lppProblems)))
#define IProfSect_GetNamesFromIDs(This, lppPropTags, lpPropSetGuid, ulFlags, lpcPropNames, lpppPropNames) ((This)->lpVtbl->GetNamesFromIDs((This), (lppPropTags), (lpPropSetGuid), (ulFlags), (lpcPropNames), (lpppPropNames)))
#define IProfSect_GetIDsFromNames(This, cPropNames, lppPropNames, ulFlags, lppPropTags) ((This)->lpVtbl->GetIDsFromNames((This), (cPropNames), (lppPropNames), (ulFlags), (lppPropTags)))
#endif

#define MAPI_IPROFSECT_METHODS(IPURE)

/* IABContainer : IMAPIContainer; IID_IABContainer */
struct IABContainerVtbl {
	/* IUnknown */
	HRESULT (STDMETHODCALLTYPE *QueryInterface)(IABContainer *This, REFIID riid, LPVOID *ppvObj);
	ULONG (STDMETHODCALLTYPE *AddRef)(IABContainer *This);
	ULONG (STDMETHODCALLTYPE *Release)(IABContainer *This);
	/* IMAPIProp */
	HRESULT (STDMETHODCALLTYPE *GetLastError)(IABContainer *This, HRESULT hResult, ULONG ulFlags, LPMAPIERROR *lppMAPIError);
	HRESULT (STDMETHODCALLTYPE *SaveChanges)(IABContainer *This, ULONG ulFlags);
	HRESULT (STDMETHODCALLTYPE *GetProps)(IABContainer *This, LPSPropTagArray lpPropTagArray, ULONG ulFlags, ULONG *lpcValues, LPSPropValue *lppPropArray);
	HRESULT (STDMETHODCALLTYPE *GetPropList)(IABContainer *This, ULONG ulFlags, LPSPropTagArray *lppPropTagArray);
	HRESULT (STDMETHODCALLTYPE *OpenProperty)(IABContainer *This, ULONG ulPropTag, LPCIID lpiid, ULONG ulInterfaceOptions, ULONG ulFlags, LPUNKNOWN *lppUnk);
	HRESULT (STDMETHODCALLTYPE *SetProps)(IABContainer *This, ULONG cValues, LPSPropValue lpPropArray, LPSPropProblemArray *lppProblems);
	HRESULT (STDMETHODCALLTYPE *DeleteProps)(IABContainer *This, LPSPropTagArray lpPropTagArray, LPSPropProblemArray *lppProblems);
	HRESULT (STDMETHODCALLTYPE *CopyTo)(IABContainer *This, ULONG ciidExclude, LPCIID rgiidExclude, LPSPropTagArray lpExcludeProps, ULONG_PTR ulUIParam, LPMAPIPROGRESS lpProgress, LPCIID lpInterface, LPVOID lpDestObj, ULONG ulFlags, LPSPropProblemArray *lppProblems);
	HRESULT (STDMETHODCALLTYPE *CopyProps)(IABContainer *This, LPSPropTagArray lpIncludeProps, ULONG_PTR ulUIParam, LPMAPIPROGRESS lpProgress, LPCIID lpInterface, LPVOID lpDestObj, ULONG ulFlags, LPSPropProblemArray *lppProblems);
	HRESULT (STDMETHODCALLTYPE *GetNamesFromIDs)(IABContainer *This, LPSPropTagArray *lppPropTags, LPGUID lpPropSetGuid, ULONG ulFlags, ULONG *lpcPropNames, LPMAPINAMEID **lpppPropNames);
	HRESULT (STDMETHODCALLTYPE *GetIDsFromNames)(IABContainer *This, ULONG cPropNames, LPMAPINAMEID *lppPropNames, ULONG ulFlags, LPSPropTagArray *lppPropTags);
	/* IMAPIContainer */
	HRESULT (STDMETHODCALLTYPE *GetContentsTable)(IABContainer *This, ULONG ulFlags, LPMAPITABLE *lppTable);
	HRESULT (STDMETHODCALLTYPE *GetHierarchyTable)(IABContainer *This, ULONG ulFlags, LPMAPITABLE *lppTable);
	HRESULT (STDMETHODCALLTYPE *OpenEntry)(IABContainer *This, ULONG cbEntryID, LPENTRYID lpEntryID, LPCIID lpInterface, ULONG ulFlags, ULONG *lpulObjType, LPUNKNOWN *lppUnk);
	HRESULT (STDMETHODCALLTYPE *SetSearchCriteria)(IABContainer *This, LPSRestriction lpRestriction, LPENTRYLIST lpContainerList, ULONG ulSearchFlags);
	HRESULT (STDMETHODCALLTYPE *GetSearchCriteria)(IABContainer *This, ULONG ulFlags, LPSRestriction *lppRestriction, LPENTRYLIST *lppContainerList, ULONG *lpulSearchState);
	/* IABContainer */
	HRESULT (STDMETHODCALLTYPE *CreateEntry)(IABContainer *This, ULONG cbEntryID, LPENTRYID lpEntryID, ULONG ulCreateFlags, LPMAPIPROP *lppMAPIPropEntry);
	HRESULT (STDMETHODCALLTYPE *CopyEntries)(IABContainer *This, LPENTRYLIST lpEntries, ULONG_PTR ulUIParam, LPMAPIPROGRESS lpProgress, ULONG ulFlags);
	HRESULT (STDMETHODCALLTYPE *DeleteEntries)(IABContainer *This, LPENTRYLIST lpEntries, ULONG ulFlags);
	HRESULT (STDMETHODCALLTYPE *ResolveNames)(IABContainer *This, LPSPropTagArray lpPropTagArray, ULONG ulFlags, LPADRLIST lpAdrList, LPFlagList lpFlagList);
};

struct IABContainer {
	CONST_VTBL IABContainerVtbl *lpVtbl;
};

#if !defined(__cplusplus) || defined(CINTERFACE)
#define IABContainer_QueryInterface(This, riid, ppvObj) ((This)->lpVtbl->QueryInterface((This), (riid), (ppvObj)))
#define IABContainer_AddRef(This) ((This)->lpVtbl->AddRef((This)))
#define IABContainer_Release(This) ((This)->lpVtbl->Release((This)))
#define IABContainer_GetLastError(This, hResult, ulFlags, lppMAPIError) ((This)->lpVtbl->GetLastError((This), (hResult), (ulFlags), (lppMAPIError)))
#define IABContainer_SaveChanges(This, ulFlags) ((This)->lpVtbl->SaveChanges((This), (ulFlags)))
#define IABContainer_GetProps(This, lpPropTagArray, ulFlags, lpcValues, lppPropArray) ((This)->lpVtbl->GetProps((This), (lpPropTagArray), (ulFlags), (lpcValues), (lppPropArray)))
#define IABContainer_GetPropList(This, ulFlags, lppPropTagArray) ((This)->lpVtbl->GetPropList((This), (ulFlags), (lppPropTagArray)))
#define IABContainer_OpenProperty(This, ulPropTag, lpiid, ulInterfaceOptions, ulFlags, lppUnk) ((This)->lpVtbl->OpenProperty((This), (ulPropTag), (lpiid), (ulInterfaceOptions), (ulFlags), (lppUnk)))
#define IABContainer_SetProps(This, cValues, lpPropArray, lppProblems) ((This)->lpVtbl->SetProps((This), (cValues), (lpPropArray), (lppProblems)))
#define IABContainer_DeleteProps(This, lpPropTagArray, lppProblems) ((This)->lpVtbl->DeleteProps((This), (lpPropTagArray), (lppProblems)))
#define IABContainer_CopyTo(This, ciidExclude, rgiidExclude, lpExcludeProps, ulUIParam, lpProgress, lpInterface, lpDestObj, ulFlags, lppProblems) ((This)->lpVtbl->CopyTo((This), (ciidExclude), (rgiidExclude), (lpExcludeProps), (ulUIParam), (lpProgress), (lpInterface), (lpDestObj), (ulFlags), (lppProblems)))
#define IABContainer_CopyProps(This, lpIncludeProps, ulUIParam, lpProgress, lpInterface, lpDestObj, ulFlags, lppProblems) ((This)->lpVtbl->CopyProps((This), (lpIncludeProps), (ulUIParam), (lpProgress), (lpInterface), (lpDestObj), (ulFlags), (lppProblems)))
#define IABContainer_GetNamesFromIDs(This, lppPropTags, lpPropSetGuid, ulFlags, lpcPropNames, lpppPropNames) ((This)->lpVtbl->GetNamesFromIDs((This), (lppPropTags), (lpPropSetGuid), (ulFlags), (lpcPropNames), (lpppPropNames)))
#define IABContainer_GetIDsFromNames(This, cPropNames, lppPropNames, ulFlags, lppPropTags) ((This)->lpVtbl->GetIDsFromNames((This), (cPropNames), (lppPropNames), (ulFlags), (lppPropTags)))
#define IABContainer_GetContentsTable(This, ulFlags, lppTable) ((This)->lpVtbl->GetContentsTable((This), (ulFlags), (lppTable)))
#define IABContainer_GetHierarchyTable(This, ulFlags, lppTable) ((This)->lpVtbl->GetHierarchyTable((This), (ulFlags), (lppTable)))
#define IABContainer_OpenEntry(This, cbEntryID, lpEntryID, lpInterface, ulFlags, lpulObjType, lppUnk) ((This)->lpVtbl->OpenEntry((This), (cbEntryID), (lpEntryID), (lpInterface), (ulFlags), (lpulObjType), (lppUnk)))
#define IABContainer_SetSearchCriteria(This, lpRestriction, lpContainerList, ulSearchFlags) ((This)->lpVtbl->SetSearchCriteria((This), (lpRestriction), (lpContainerList), (ulSearchFlags)))
#define IABContainer_GetSearchCriteria(This, ulFlags, lppRestriction, lppContainerList, lpulSearchState) ((This)->lpVtbl->GetSearchCriteria((This), (ulFlags), (lppRestriction), (lppContainerList), (lpulSearchState)))
#define IABContainer_CreateEntry(This, cbEntryID, lpEntryID, ulCreateFlags, lppMAPIPropEntry) ((This)->lpVtbl->CreateEntry((This), (cbEntryID), (lpEntryID), (ulCreateFlags), (lppMAPIPropEntry)))
#define IABContainer_CopyEntries(This, lpEntries, ulUIParam, lpProgress, ulFlags) ((This)->lpVtbl->CopyEntries((This), (lpEntries), (ulUIParam), (lpProgress), (ulFlags)))
#define IABContainer_DeleteEntries(This, lpEntries, ulFlags) ((This)->lpVtbl->DeleteEntries((This), (lpEntries), (ulFlags)))
#define IABContainer_ResolveNames(This, lpPropTagArray, ulFlags, lpAdrList, lpFlagList) ((This)->lpVtbl->ResolveNames((This), (lpPropTagArray), (ulFlags), (lpAdrList), (lpFlagList)))
#endif

#define MAPI_IABCONTAINER_METHODS(IPURE) \
	MAPIMETHOD(CreateEntry)(THIS_ ULONG cbEntryID, LPENTRYID lpEntryID, ULONG ulCreateFlags, LPMAPIPROP *lppMAPIPropEntry) IPURE; \
	MAPIMETHOD(CopyEntries)(THIS_ LPENTRYLIST lpEntries, ULONG_PTR ulUIParam, LPMAPIPROGRESS lpProgress, ULONG ulFlags) IPURE; \
	MAPIMETHOD(DeleteEntries)(THIS_ LPENTRYLIST lpEntries, ULONG ulFlags) IPURE; \
	MAPIMETHOD(ResolveNames)(THIS_ LPSPropTagArray lpPropTagArray, ULONG ulFlags, LPADRLIST lpAdrList, LPFlagList lpFlagList) IPURE;

/* IMailUser : IMAPIProp; IID_IMailUser */
struct IMailUserVtbl {
	/* IUnknown */
	HRESULT (STDMETHODCALLTYPE *QueryInterface)(IMailUser *This, REFIID riid, LPVOID *ppvObj);
	ULONG (STDMETHODCALLTYPE *AddRef)(IMailUser *This);
	ULONG (STDMETHODCALLTYPE *Release)(IMailUser *This);
	/* IMAPIProp */
	HRESULT (STDMETHODCALLTYPE *GetLastError)(IMailUser *This, HRESULT hResult, ULONG ulFlags, LPMAPIERROR *lppMAPIError);
	HRESULT (STDMETHODCALLTYPE *SaveChanges)(IMailUser *This, ULONG ulFlags);
	HRESULT (STDMETHODCALLTYPE *GetProps)(IMailUser *This, LPSPropTagArray lpPropTagArray, ULONG ulFlags, ULONG *lpcValues, LPSPropValue *lppPropArray);
	HRESULT (STDMETHODCALLTYPE *GetPropList)(IMailUser *This, ULONG ulFlags, LPSPropTagArray *lppPropTagArray);
	HRESULT (STDMETHODCALLTYPE *OpenProperty)(IMailUser *This, ULONG ulPropTag, LPCIID lpiid, ULONG ulInterfaceOptions, ULONG ulFlags, LPUNKNOWN *lppUnk);
	HRESULT (STDMETHODCALLTYPE *SetProps)(IMailUser *This, ULONG cValues, LPSPropValue lpPropArray, LPSPropProblemArray *lppProblems);
	HRESULT (STDMETHODCALLTYPE *DeleteProps)(IMailUser *This, LPSPropTagArray lpPropTagArray, LPSPropProblemArray *lppProblems);
	HRESULT (STDMETHODCALLTYPE *CopyTo)(IMailUser *This, ULONG ciidExclude, LPCIID rgiidExclude, LPSPropTagArray lpExcludeProps, ULONG_PTR ulUIParam, LPMAPIPROGRESS lpProgress, LPCIID lpInterface, LPVOID lpDestObj, ULONG ulFlags, LPSPropProblemArray *lppProblems);
	HRESULT (STDMETHODCALLTYPE *CopyProps)(IMailUser *This, LPSPropTagArray lpIncludeProps, ULONG_PTR ulUIParam, LPMAPIPROGRESS lpProgress, LPCIID lpInterface, LPVOID lpDestObj, ULONG ulFlags, LPSPropProblemArray *lppProblems);
	HRESULT (STDMETHODCALLTYPE *GetNamesFromIDs)(IMailUser *This, LPSPropTagArray *lppPropTags, LPGUID lpPropSetGuid, ULONG ulFlags, ULONG *lpcPropNames, LPMAPINAMEID **lpppPropNames);
	HRESULT (STDMETHODCALLTYPE *GetIDsFromNames)(IMailUser *This, ULONG cPropNames, LPMAPINAMEID *lppPropNames, ULONG ulFlags, LPSPropTagArray *lppPropTags);
};

struct IMailUser {
	CONST_VTBL IMailUserVtbl *lpVtbl;
};

#if !defined(__cplusplus) || defined(CINTERFACE)
#define IMailUser_QueryInterface(This, riid, ppvObj) ((This)->lpVtbl->QueryInterface((This), (riid), (ppvObj)))
#define IMailUser_AddRef(This) ((This)->lpVtbl->AddRef((This)))
#define IMailUser_Release(This) ((This)->lpVtbl->Release((This)))
#define IMailUser_GetLastError(This, hResult, ulFlags, lppMAPIError) ((This)->lpVtbl->GetLastError((This), (hResult), (ulFlags), (lppMAPIError)))
#define IMailUser_SaveChanges(This, ulFlags) ((This)->lpVtbl->SaveChanges((This), (ulFlags)))
#define IMailUser_GetProps(This, lpPropTagArray, ulFlags, lpcValues, lppPropArray) ((This)->lpVtbl->GetProps((This), (lpPropTagArray), (ulFlags), (lpcValues), (lppPropArray)))
#define IMailUser_GetPropList(This, ulFlags, lppPropTagArray) ((This)->lpVtbl->GetPropList((This), (ulFlags), (lppPropTagArray)))
#define IMailUser_OpenProperty(This, ulPropTag, lpiid, ulInterfaceOptions, ulFlags, lppUnk) ((This)->lpVtbl->OpenProperty((This), (ulPropTag), (lpiid), (ulInterfaceOptions), (ulFlags), (lppUnk)))
#define IMailUser_SetProps(This, cValues, lpPropArray, lppProblems) ((This)->lpVtbl->SetProps((This), (cValues), (lpPropArray), (lppProblems)))
#define IMailUser_DeleteProps(This, lpPropTagArray, lppProblems) ((This)->lpVtbl->DeleteProps((This), (lpPropTagArray), (lppProblems)))
#define IMailUser_CopyTo(This, ciidExclude, rgiidExclude, lpExcludeProps, ulUIParam, lpProgress, lpInterface, lpDestObj, ulFlags, lppProblems) ((This)->lpVtbl->CopyTo((This), (ciidExclude), (rgiidExclude), (lpExcludeProps), (ulUIParam), (lpProgress), (lpInterface), (lpDestObj), (ulFlags), (lppProblems)))
#define IMailUser_CopyProps(This, lpIncludeProps, ulUIParam, lpProgress, lpInterface, lpDestObj, ulFlags, lppProblems) ((This)->lpVtbl->CopyProps((This), (lpIncludeProps), (ulUIParam), (lpProgress), (lpInterface), (lpDestObj), (ulFlags), (lppProblems)))
#define IMailUser_GetNamesFromIDs(This, lppPropTags, lpPropSetGuid, ulFlags, lpcPropNames, lpppPropNames) ((This)->lpVtbl->GetNamesFromIDs((This), (lppPropTags), (lpPropSetGuid), (ulFlags), (lpcPropNames), (lpppPropNames)))
#define IMailUser_GetIDsFromNames(This, cPropNames, lppPropNames, ulFlags, lppPropTags) ((This)->lpVtbl->GetIDsFromNames((This), (cPropNames), (lppPropNames), (ulFlags), (lppPropTags)))
#endif

#define MAPI_IMAILUSER_METHODS(IPURE)

/* IDistList : IMAPIContainer; IID_IDistList */
struct IDistListVtbl {
	/* IUnknown */
	HRESULT (STDMETHODCALLTYPE *QueryInterface)(IDistList *This, REFIID riid, LPVOID *ppvObj);
	ULONG (STDMETHODCALLTYPE *AddRef)(IDistList *This);
	ULONG (STDMETHODCALLTYPE *Release)(IDistList *This);
	/* IMAPIProp */
	HRESULT (STDMETHODCALLTYPE *GetLastError)(IDistList *This, HRESULT hResult, ULONG ulFlags, LPMAPIERROR *lppMAPIError);
	HRESULT (STDMETHODCALLTYPE *SaveChanges)(IDistList *This, ULONG ulFlags);
	HRESULT (STDMETHODCALLTYPE *GetProps)(IDistList *This, LPSPropTagArray lpPropTagArray, ULONG ulFlags, ULONG *lpcValues, LPSPropValue *lppPropArray);
	HRESULT (STDMETHODCALLTYPE *GetPropList)(IDistList *This, ULONG ulFlags, LPSPropTagArray *lppPropTagArray);
	HRESULT (STDMETHODCALLTYPE *OpenProperty)(IDistList *This, ULONG ulPropTag, LPCIID lpiid, ULONG ulInterfaceOptions, ULONG ulFlags, LPUNKNOWN *lppUnk);
	HRESULT (STDMETHODCALLTYPE *SetProps)(IDistList *This, ULONG cValues, LPSPropValue lpPropArray, LPSPropProblemArray *lppProblems);
	HRESULT (STDMETHODCALLTYPE *DeleteProps)(IDistList *This, LPSPropTagArray lpPropTagArray, LPSPropProblemArray *lppProblems);
	HRESULT (STDMETHODCALLTYPE *CopyTo)(IDistList *This, ULONG ciidExclude, LPCIID rgiidExclude, LPSPropTagArray lpExcludeProps, ULONG_PTR ulUIParam, LPMAPIPROGRESS lpProgress, LPCIID lpInterface, LPVOID lpDestObj, ULONG ulFlags, LPSPropProblemArray *lppProblems);
	HRESULT (STDMETHODCALLTYPE *CopyProps)(IDistList *This, LPSPropTagArray lpIncludeProps, ULONG_PTR ulUIParam, LPMAPIPROGRESS lpProgress, LPCIID lpInterface, LPVOID lpDestObj, ULONG ulFlags, LPSPropProblemArray *lppProblems);
	HRESULT (STDMETHODCALLTYPE *GetNamesFromIDs)(IDistList *This, LPSPropTagArray *lppPropTags, LPGUID lpPropSetGuid, ULONG ulFlags, ULONG *lpcPropNames, LPMAPINAMEID **lpppPropNames);
	HRESULT (STDMETHODCALLTYPE *GetIDsFromNames)(IDistList *This, ULONG cPropNames, LPMAPINAMEID *lppPropNames, ULONG ulFlags, LPSPropTagArray *lppPropTags);
	/* IMAPIContainer */
	HRESULT (STDMETHODCALLTYPE *GetContentsTable)(IDistList *This, ULONG ulFlags, LPMAPITABLE *lppTable);
	HRESULT (STDMETHODCALLTYPE *GetHierarchyTable)(IDistList *This, ULONG ulFlags, LPMAPITABLE *lppTable);
	HRESULT (STDMETHODCALLTYPE *OpenEntry)(IDistList *This, ULONG cbEntryID, LPENTRYID lpEntryID, LPCIID lpInterface, ULONG ulFlags, ULONG *lpulObjType, LPUNKNOWN *lppUnk);
	HRESULT (STDMETHODCALLTYPE *SetSearchCriteria)(IDistList *This, LPSRestriction lpRestriction, LPENTRYLIST lpContainerList, ULONG ulSearchFlags);
	HRESULT (STDMETHODCALLTYPE *GetSearchCriteria)(IDistList *This, ULONG ulFlags, LPSRestriction *lppRestriction, LPENTRYLIST *lppContainerList, ULONG *lpulSearchState);
	/* IDistList */
	HRESULT (STDMETHODCALLTYPE *CreateEntry)(IDistList *This, ULONG cbEntryID, LPENTRYID lpEntryID, ULONG ulCreateFlags, LPMAPIPROP *lppMAPIPropEntry);
	HRESULT (STDMETHODCALLTYPE *CopyEntries)(IDistList *This, LPENTRYLIST lpEntries, ULONG_PTR ulUIParam, LPMAPIPROGRESS lpProgress, ULONG ulFlags);
	HRESULT (STDMETHODCALLTYPE *DeleteEntries)(IDistList *This, LPENTRYLIST lpEntries, ULONG ulFlags);
	HRESULT (STDMETHODCALLTYPE *ResolveNames)(IDistList *This, LPSPropTagArray lpPropTagArray, ULONG ulFlags, LPADRLIST lpAdrList, LPFlagList lpFlagList);
};

struct IDistList {
	CONST_VTBL IDistListVtbl *lpVtbl;
};

#if !defined(__cplusplus) || defined(CINTERFACE)
#define IDistList_QueryInterface(This, riid, ppvObj) ((This)->lpVtbl->QueryInterface((This), (riid), (ppvObj)))
#define IDistList_AddRef(This) ((This)->lpVtbl->AddRef((This)))
#define IDistList_Release(This) ((This)->lpVtbl->Release((This)))
#define IDistList_GetLastError(This, hResult, ulFlags, lppMAPIError) ((This)->lpVtbl->GetLastError((This), (hResult), (ulFlags), (lppMAPIError)))
#define IDistList_SaveChanges(This, ulFlags) ((This)->lpVtbl->SaveChanges((This), (ulFlags)))
#define IDistList_GetProps(This, lpPropTagArray, ulFlags, lpcValues, lppPropArray) ((This)->lpVtbl->GetProps((This), (lpPropTagArray), (ulFlags), (lpcValues), (lppPropArray)))
#define IDistList_GetPropList(This, ulFlags, lppPropTagArray) ((This)->lpVtbl->GetPropList((This), (ulFlags), (lppPropTagArray)))
#define IDistList_OpenProperty(This, ulPropTag, lpiid, ulInterfaceOptions, ulFlags, lppUnk) ((This)->lpVtbl->OpenProperty((This), (ulPropTag), (lpiid), (ulInterfaceOptions), (ulFlags), (lppUnk)))
#define IDistList_SetProps(This, cValues, lpPropArray, lppProblems) ((This)->lpVtbl->SetProps((This), (cValues), (lpPropArray), (lppProblems)))
#define IDistList_DeleteProps(This, lpPropTagArray, lppProblems) ((This)->lpVtbl->DeleteProps((This), (lpPropTagArray), (lppProblems)))
#define IDistList_CopyTo(This, ciidExclude, rgiidExclude, lpExcludeProps, ulUIParam, lpProgress, lpInterface, lpDestObj, ulFlags, lppProblems) ((This)->lpVtbl->CopyTo((This), (ciidExclude), (rgiidExclude), (lpExcludeProps), (ulUIParam), (lpProgress), (lpInterface), (lpDestObj), (ulFlags), (lppProblems)))
#define IDistList_CopyProps(This, lpIncludeProps, ulUIParam, lpProgress, lpInterface, lpDestObj, ulFlags, lppProblems) ((This)->lpVtbl->CopyProps((This), (lpIncludeProps), (ulUIParam), (lpProgress), (lpInterface), (lpDestObj), (ulFlags), (lppProblems)))
#define IDistList_GetNamesFromIDs(This, lppPropTags, lpPropSetGuid, ulFlags, lpcPropNames, lpppPropNames) ((This)->lpVtbl->GetNamesFromIDs((This), (lppPropTags), (lpPropSetGuid), (ulFlags), (lpcPropNames), (lpppPropNames)))
#define IDistList_GetIDsFromNames(This, cPropNames, lppPropNames, ulFlags, lppPropTags) ((This)->lpVtbl->GetIDsFromNames((This), (cPropNames), (lppPropNames), (ulFlags), (lppPropTags)))
#define IDistList_GetContentsTable(This, ulFlags, lppTable) ((This)->lpVtbl->GetContentsTable((This), (ulFlags), (lppTable)))
#define IDistList_GetHierarchyTable(This, ulFlags, lppTable) ((This)->lpVtbl->GetHierarchyTable((This), (ulFlags), (lppTable)))
#define IDistList_OpenEntry(This, cbEntryID, lpEntryID, lpInterface, ulFlags, lpulObjType, lppUnk) ((This)->lpVtbl->OpenEntry((This), (cbEntryID), (lpEntryID), (lpInterface), (ulFlags), (lpulObjType), (lppUnk)))
#define IDistList_SetSearchCriteria(This, lpRestriction, lpContainerList, ulSearchFlags) ((This)->lpVtbl->SetSearchCriteria((This), (lpRestriction), (lpContainerList), (ulSearchFlags)))
#define IDistList_GetSearchCriteria(This, ulFlags, lppRestriction, lppContainerList, lpulSearchState) ((This)->lpVtbl->GetSearchCriteria((This), (ulFlags), (lppRestriction), (lppContainerList), (lpulSearchState)))
#define IDistList_CreateEntry(This, cbEntryID, lpEntryID, ulCreateFlags, lppMAPIPropEntry) ((This)->lpVtbl->CreateEntry((This), (cbEntryID), (lpEntryID), (ulCreateFlags), (lppMAPIPropEntry)))
#define IDistList_CopyEntries(This, lpEntries, ulUIParam, lpProgress, ulFlags) ((This)->lpVtbl->CopyEntries((This), (lpEntries), (ulUIParam), (lpProgress), (ulFlags)))
#define IDistList_DeleteEntries(This, lpEntries, ulFlags) ((This)->lpVtbl->DeleteEntries((This), (lpEntries), (ulFlags)))
#define IDistList_ResolveNames(This, lpPropTagArray, ulFlags, lpAdrList, lpFlagList) ((This)->lpVtbl->ResolveNames((This), (lpPropTagArray), (ulFlags), (lpAdrList), (lpFlagList)))
#endif

#define MAPI_IDISTLIST_METHODS(IPURE) \
	MAPIMETHOD(CreateEntry)(THIS_ ULONG cbEntryID, LPENTRYID lpEntryID, ULONG ulCreateFlags, LPMAPIPROP *lppMAPIPropEntry) IPURE; \
	MAPIMETHOD(CopyEntries)(THIS_ LPENTRYLIST lpEntries, ULONG_PTR ulUIParam, LPMAPIPROGRESS lpProgress, ULONG ulFlags) IPURE; \
	MAPIMETHOD(DeleteEntries)(THIS_ LPENTRYLIST lpEntries, ULONG ulFlags) IPURE; \
	MAPIMETHOD(ResolveNames)(THIS_ LPSPropTagArray lpPropTagArray, ULONG ulFlags, LPADRLIST lpAdrList, LPFlagList lpFlagList) IPURE;

/* IAddrBook : IMAPIProp; IID_IAddrBook */
struct IAddrBookVtbl {
	/* IUnknown */
	HRESULT (STDMETHODCALLTYPE *QueryInterface)(IAddrBook *This, REFIID riid, LPVOID *ppvObj);
	ULONG (STDMETHODCALLTYPE *AddRef)(IAddrBook *This);
	ULONG (STDMETHODCALLTYPE *Release)(IAddrBook *This);
	/* IMAPIProp */
	HRESULT (STDMETHODCALLTYPE *GetLastError)(IAddrBook *This, HRESULT hResult, ULONG ulFlags, LPMAPIERROR *lppMAPIError);
	HRESULT (STDMETHODCALLTYPE *SaveChanges)(IAddrBook *This, ULONG ulFlags);
	HRESULT (STDMETHODCALLTYPE *GetProps)(IAddrBook *This, LPSPropTagArray lpPropTagArray, ULONG ulFlags, ULONG *lpcValues, LPSPropValue *lppPropArray);
	HRESULT (STDMETHODCALLTYPE *GetPropList)(IAddrBook *This, ULONG ulFlags, LPSPropTagArray *lppPropTagArray);
	HRESULT (STDMETHODCALLTYPE *OpenProperty)(IAddrBook *This, ULONG ulPropTag, LPCIID lpiid, ULONG ulInterfaceOptions, ULONG ulFlags, LPUNKNOWN *lppUnk);
	HRESULT (STDMETHODCALLTYPE *SetProps)(IAddrBook *This, ULONG cValues, LPSPropValue lpPropArray, LPSPropProblemArray *lppProblems);
	HRESULT (STDMETHODCALLTYPE *DeleteProps)(IAddrBook *This, LPSPropTagArray lpPropTagArray, LPSPropProblemArray *lppProblems);
	HRESULT (STDMETHODCALLTYPE *CopyTo)(IAddrBook *This, ULONG ciidExclude, LPCIID rgiidExclude, LPSPropTagArray lpExcludeProps, ULONG_PTR ulUIParam, LPMAPIPROGRESS lpProgress, LPCIID lpInterface, LPVOID lpDestObj, ULONG ulFlags, LPSPropProblemArray *lppProblems);
	HRESULT (STDMETHODCALLTYPE *CopyProps)(IAddrBook *This, LPSPropTagArray lpIncludeProps, ULONG_PTR ulUIParam, LPMAPIPROGRESS lpProgress, LPCIID lpInterface, LPVOID lpDestObj, ULONG ulFlags, LPSPropProblemArray *lppProblems);
	HRESULT (STDMETHODCALLTYPE *GetNamesFromIDs)(IAddrBook *This, LPSPropTagArray *lppPropTags, LPGUID lpPropSetGuid, ULONG ulFlags, ULONG *lpcPropNames, LPMAPINAMEID **lpppPropNames);
	HRESULT (STDMETHODCALLTYPE *GetIDsFromNames)(IAddrBook *This, ULONG cPropNames, LPMAPINAMEID *lppPropNames, ULONG ulFlags, LPSPropTagArray *lppPropTags);
	/* IAddrBook */
	HRESULT (STDMETHODCALLTYPE *OpenEntry)(IAddrBook *This, ULONG cbEntryID, LPENTRYID lpEntryID, LPCIID lpInterface, ULONG ulFlags, ULONG *lpulObjType, LPUNKNOWN *lppUnk);
	HRESULT (STDMETHODCALLTYPE *CompareEntryIDs)(IAddrBook *This, ULONG cbEntryID1, LPENTRYID lpEntryID1, ULONG cbEntryID2, LPENTRYID lpEntryID2, ULONG ulFlags, ULONG *lpulResult);
	HRESULT (STDMETHODCALLTYPE *Advise)(IAddrBook *This, ULONG cbEntryID, LPENTRYID lpEntryID, ULONG ulEventMask, LPMAPIADVISESINK lpAdviseSink, ULONG_PTR *lpulConnection);
	HRESULT (STDMETHODCALLTYPE *Unadvise)(IAddrBook *This, ULONG_PTR ulConnection);
	HRESULT (STDMETHODCALLTYPE *CreateOneOff)(IAddrBook *This, LPTSTR lpszName, LPTSTR lpszAdrType, LPTSTR lpszAddress, ULONG ulFlags, ULONG *lpcbEntryID, LPENTRYID *lppEntryID);
	HRESULT (STDMETHODCALLTYPE *NewEntry)(IAddrBook *This, ULONG_PTR ulUIParam, ULONG ulFlags, ULONG cbEIDContainer, LPENTRYID lpEIDContainer, ULONG cbEIDNewEntryTpl, LPENTRYID lpEIDNewEntryTpl, ULONG *lpcbEIDNewEntry, LPENTRYID *lppEIDNewEntry);
	HRESULT (STDMETHODCALLTYPE *ResolveName)(IAddrBook *This, ULONG_PTR ulUIParam, ULONG ulFlags, LPTSTR lpszNewEntryTitle, LPADRLIST lpAdrList);
	HRESULT (STDMETHODCALLTYPE *Address)(IAddrBook *This, ULONG_PTR *lpulUIParam, LPADRPARM lpAdrParms, LPADRLIST *lppAdrList);
	HRESULT (STDMETHODCALLTYPE *Details)(IAddrBook *This, ULONG_PTR *lpulUIParam, LPFNDISMISS lpfnDismiss, LPVOID lpvDismissContext, ULONG cbEntryID, LPENTRYID lpEntryID, LPFNBUTTON lpfButtonCallback, LPVOID lpvButtonContext, LPTSTR lpszButtonText, ULONG ulFlags);
	HRESULT (STDMETHODCALLTYPE *RecipOptions)(IAddrBook *This, ULONG_PTR ulUIParam, ULONG ulFlags, LPADRENTRY lpRecip);
	HRESULT (STDMETHODCALLTYPE *QueryDefaultRecipOpt)(IAddrBook *This, LPTSTR lpszAdrType, ULONG ulFlags, ULONG *lpcValues, LPSPropValue *lppOptions);
	HRESULT (STDMETHODCALLTYPE *GetPAB)(IAddrBook *This, ULONG *lpcbEntryID, LPENTRYID *lppEntryID);
	HRESULT (STDMETHODCALLTYPE *SetPAB)(IAddrBook *This, ULONG cbEntryID, LPENTRYID lpEntryID);
	HRESULT (STDMETHODCALLTYPE *GetDefaultDir)(IAddrBook *This, ULONG *lpcbEntryID, LPENTRYID *lppEntryID);
	HRESULT (STDMETHODCALLTYPE *SetDefaultDir)(IAddrBook *This, ULONG cbEntryID, LPENTRYID lpEntryID);
	HRESULT (STDMETHODCALLTYPE *GetSearchPath)(IAddrBook *This, ULONG ulFlags, LPSRowSet *lppSearchPath);
	HRESULT (STDMETHODCALLTYPE *SetSearchPath)(IAddrBook *This, ULONG ulFlags, LPSRowSet lpSearchPath);
	HRESULT (STDMETHODCALLTYPE *PrepareRecips)(IAddrBook *This, ULONG ulFlags, LPSPropTagArray lpPropTagArray, LPADRLIST lpRecipList);
};

struct IAddrBook {
	CONST_VTBL IAddrBookVtbl *lpVtbl;
};

#if !defined(__cplusplus) || defined(CINTERFACE)
#define IAddrBook_QueryInterface(This, riid, ppvObj) ((This)->lpVtbl->QueryInterface((This), (riid), (ppvObj)))
#define IAddrBook_AddRef(This) ((This)->lpVtbl->AddRef((This)))
#define IAddrBook_Release(This) ((This)->lpVtbl->Release((This)))
#define IAddrBook_GetLastError(This, hResult, ulFlags, lppMAPIError) ((This)->lpVtbl->GetLastError((This), (hResult), (ulFlags), (lppMAPIError)))
#define IAddrBook_SaveChanges(This, ulFlags) ((This)->lpVtbl->SaveChanges((This), (ulFlags)))
#define IAddrBook_GetProps(This, lpPropTagArray, ulFlags, lpcValues, lppPropArray) ((This)->lpVtbl->GetProps((This), (lpPropTagArray), (ulFlags), (lpcValues), (lppPropArray)))
#define IAddrBook_GetPropList(This, ulFlags, lppPropTagArray) ((This)->lpVtbl->GetPropList((This), (ulFlags), (lppPropTagArray)))
#define IAddrBook_OpenProperty(This, ulPropTag, lpiid, ulInterfaceOptions, ulFlags, lppUnk) ((This)->lpVtbl->OpenProperty((This), (ulPropTag), (lpiid), (ulInterfaceOptions), (ulFlags), (lppUnk)))
#define IAddrBook_SetProps(This, cValues, lpPropArray, lppProblems) ((This)->lpVtbl->SetProps((This), (cValues), (lpPropArray), (lppProblems)))
#define IAddrBook_DeleteProps(This, lpPropTagArray, lppProblems) ((This)->lpVtbl->DeleteProps((This), (lpPropTagArray), (lppProblems)))
#define IAddrBook_CopyTo(This, ciidExclude, rgiidExclude, lpExcludeProps, ulUIParam, lpProgress, lpInterface, lpDestObj, ulFlags, lppProblems) ((This)->lpVtbl->CopyTo((This), (ciidExclude), (rgiidExclude), (lpExcludeProps), (ulUIParam), (lpProgress), (lpInterface), (lpDestObj), (ulFlags), (lppProblems)))
#define IAddrBook_CopyProps(This, lpIncludeProps, ulUIParam, lpProgress, lpInterface, lpDestObj, ulFlags, lppProblems) ((This)->lpVtbl->CopyProps((This), (lpIncludeProps), (ulUIParam), (lpProgress), (lpInterface), (lpDestObj), (ulFlags), (lppProblems)))
#define IAddrBook_GetNamesFromIDs(This, lppPropTags, lpPropSetGuid, ulFlags, lpcPropNames, lpppPropNames) ((This)->lpVtbl->GetNamesFromIDs((This), (lppPropTags), (lpPropSetGuid), (ulFlags), (lpcPropNames), (lpppPropNames)))
#define IAddrBook_GetIDsFromNames(This, cPropNames, lppPropNames, ulFlags, lppPropTags) ((This)->lpVtbl->GetIDsFromNames((This), (cPropNames), (lppPropNames), (ulFlags), (lppPropTags)))
#define IAddrBook_OpenEntry(This, cbEntryID, lpEntryID, lpInterface, ulFlags, lpulObjType, lppUnk) ((This)->lpVtbl->OpenEntry((This), (cbEntryID), (lpEntryID), (lpInterface), (ulFlags), (lpulObjType), (lppUnk)))
#define IAddrBook_CompareEntryIDs(This, cbEntryID1, lpEntryID1, cbEntryID2, lpEntryID2, ulFlags, lpulResult) ((This)->lpVtbl->CompareEntryIDs((This), (cbEntryID1), (lpEntryID1), (cbEntryID2), (lpEntryID2), (ulFlags), (lpulResult)))
#define IAddrBook_Advise(This, cbEntryID, lpEntryID, ulEventMask, lpAdviseSink, lpulConnection) ((This)->lpVtbl->Advise((This), (cbEntryID), (lpEntryID), (ulEventMask), (lpAdviseSink), (lpulConnection)))
#define IAddrBook_Unadvise(This, ulConnection) ((This)->lpVtbl->Unadvise((This), (ulConnection)))
#define IAddrBook_CreateOneOff(This, lpszName, lpszAdrType, lpszAddress, ulFlags, lpcbEntryID, lppEntryID) ((This)->lpVtbl->CreateOneOff((This), (lpszName), (lpszAdrType), (lpszAddress), (ulFlags), (lpcbEntryID), (lppEntryID)))
#define IAddrBook_NewEntry(This, ulUIParam, ulFlags, cbEIDContainer, lpEIDContainer, cbEIDNewEntryTpl, lpEIDNewEntryTpl, lpcbEIDNewEntry, lppEIDNewEntry) ((This)->lpVtbl->NewEntry((This), (ulUIParam), (ulFlags), (cbEIDContainer), (lpEIDContainer), (cbEIDNewEntryTpl), (lpEIDNewEntryTpl), (lpcbEIDNewEntry), (lppEIDNewEntry)))
#define IAddrBook_ResolveName(This, ulUIParam, ulFlags, lpszNewEntryTitle, lpAdrList) ((This)->lpVtbl->ResolveName((This), (ulUIParam), (ulFlags), (lpszNewEntryTitle), (lpAdrList)))
#define IAddrBook_Address(This, lpulUIParam, lpAdrParms, lppAdrList) ((This)->lpVtbl->Address((This), (lpulUIParam), (lpAdrParms), (lppAdrList)))
#define IAddrBook_Details(This, lpulUIParam, lpfnDismiss, lpvDismissContext, cbEntryID, lpEntryID, lpfButtonCallback, lpvButtonContext, lpszButtonText, ulFlags) ((This)->lpVtbl->Details((This), (lpulUIParam), (lpfnDismiss), (lpvDismissContext), (cbEntryID), (lpEntryID), (lpfButtonCallback), (lpvButtonContext), (lpszButtonText), (ulFlags)))
#define IAddrBook_RecipOptions(This, ulUIParam, ulFlags, lpRecip) ((This)->lpVtbl->RecipOptions((This), (ulUIParam), (ulFlags), (lpRecip)))
#define IAddrBook_QueryDefaultRecipOpt(This, lpszAdrType, ulFlags, lpcValues, lppOptions) ((This)->lpVtbl->QueryDefaultRecipOpt((This), (lpszAdrType), (ulFlags), (lpcValues), (lppOptions)))
#define IAddrBook_GetPAB(This, lpcbEntryID, lppEntryID) ((This)->lpVtbl->GetPAB((This), (lpcbEntryID), (lppEntryID)))
#define IAddrBook_SetPAB(This, cbEntryID, lpEntryID) ((This)->lpVtbl->SetPAB((This), (cbEntryID), (lpEntryID)))
#define IAddrBook_GetDefaultDir(This, lpcbEntryID, lppEntryID) ((This)->lpVtbl->GetDefaultDir((This), (lpcbEntryID), (lppEntryID)))
#define IAddrBook_SetDefaultDir(This, cbEntryID, lpEntryID) ((This)->lpVtbl->SetDefaultDir((This), (cbEntryID), (lpEntryID)))
#define IAddrBook_GetSearchPath(This, ulFlags, lppSearchPath) ((This)->lpVtbl->GetSearchPath((This), (ulFlags), (lppSearchPath)))
#define IAddrBook_SetSearchPath(This, ulFlags, lpSearchPath) ((This)->lpVtbl->SetSearchPath((This), (ulFlags), (lpSearchPath)))
#define IAddrBook_PrepareRecips(This, ulFlags, lpPropTagArray, lpRecipList) ((This)->lpVtbl->PrepareRecips((This), (ulFlags), (lpPropTagArray), (lpRecipList)))
#endif

#define MAPI_IADDRBOOK_METHODS(IPURE) \
	MAPIMETHOD(OpenEntry)(THIS_ ULONG cbEntryID, LPENTRYID lpEntryID, LPCIID lpInterface, ULONG ulFlags, ULONG *lpulObjType, LPUNKNOWN *lppUnk) IPURE; \
	MAPIMETHOD(CompareEntryIDs)(THIS_ ULONG cbEntryID1, LPENTRYID lpEntryID1, ULONG cbEntryID2, LPENTRYID lpEntryID2, ULONG ulFlags, ULONG *lpulResult) IPURE; \
	MAPIMETHOD(Advise)(THIS_ ULONG cbEntryID, LPENTRYID lpEntryID, ULONG ulEventMask, LPMAPIADVISESINK lpAdviseSink, ULONG_PTR *lpulConnection) IPURE; \
	MAPIMETHOD(Unadvise)(THIS_ ULONG_PTR ulConnection) IPURE; \
	MAPIMETHOD(CreateOneOff)(THIS_ LPTSTR lpszName, LPTSTR lpszAdrType, LPTSTR lpszAddress, ULONG ulFlags, ULONG *lpcbEntryID, LPENTRYID *lppEntryID) IPURE; \
	MAPIMETHOD(NewEntry)(THIS_ ULONG_PTR ulUIParam, ULONG ulFlags, ULONG cbEIDContainer, LPENTRYID lpEIDContainer, ULONG cbEIDNewEntryTpl, LPENTRYID lpEIDNewEntryTpl, ULONG *lpcbEIDNewEntry, LPENTRYID *lppEIDNewEntry) IPURE; \
	MAPIMETHOD(ResolveName)(THIS_ ULONG_PTR ulUIParam, ULONG ulFlags, LPTSTR lpszNewEntryTitle, LPADRLIST lpAdrList) IPURE; \
	MAPIMETHOD(Address)(THIS_ ULONG_PTR *lpulUIParam, LPADRPARM lpAdrParms, LPADRLIST *lppAdrList) IPURE; \
	MAPIMETHOD(Details)(THIS_ ULONG_PTR *lpulUIParam, LPFNDISMISS lpfnDismiss, LPVOID lpvDismissContext, ULONG cbEntryID, LPENTRYID lpEntryID, LPFNBUTTON lpfButtonCallback, LPVOID lpvButtonContext, LPTSTR lpszButtonText, ULONG ulFlags) IPURE; \
	MAPIMETHOD(RecipOptions)(THIS_ ULONG_PTR ulUIParam, ULONG ulFlags, LPADRENTRY lpRecip) IPURE; \
	MAPIMETHOD(QueryDefaultRecipOpt)(THIS_ LPTSTR lpszAdrType, ULONG ulFlags, ULONG *lpcValues, LPSPropValue *lppOptions) IPURE; \
	MAPIMETHOD(GetPAB)(THIS_ ULONG *lpcbEntryID, LPENTRYID *lppEntryID) IPURE; \
	MAPIMETHOD(SetPAB)(THIS_ ULONG cbEntryID, LPENTRYID lpEntryID) IPURE; \
	MAPIMETHOD(GetDefaultDir)(THIS_ ULONG *lpcbEntryID, LPENTRYID *lppEntryID) IPURE; \
	MAPIMETHOD(SetDefaultDir)(THIS_ ULONG cbEntryID, LPENTRYID lpEntryID) IPURE; \
	MAPIMETHOD(GetSearchPath)(THIS_ ULONG ulFlags, LPSRowSet *lppSearchPath) IPURE; \
	MAPIMETHOD(SetSearchPath)(THIS_ ULONG ulFlags, LPSRowSet lpSearchPath) IPURE; \
	MAPIMETHOD(PrepareRecips)(THIS_ ULONG ulFlags, LPSPropTagArray lpPropTagArray, LPADRLIST lpRecipList) IPURE;

/* IMAPIControl : IUnknown; IID_IMAPIControl */
struct IMAPIControlVtbl {
	/* IUnknown */
	HRESULT (STDMETHODCALLTYPE *QueryInterface)(IMAPIControl *This, REFIID riid, LPVOID *ppvObj);
	ULONG (STDMETHODCALLTYPE *AddRef)(IMAPIControl *This);
	ULONG (STDMETHODCALLTYPE *Release)(IMAPIControl *This);
	/* IMAPIControl */
	HRESULT (STDMETHODCALLTYPE *GetLastError)(IMAPIControl *This, HRESULT hResult, ULONG ulFlags, LPMAPIERROR *lppMAPIError);
	HRESULT (STDMETHODCALLTYPE *Activate)(IMAPIControl *This, ULONG ulFlags, ULONG_PTR ulUIParam);
	HRESULT (STDMETHODCALLTYPE *GetState)(IMAPIControl *This, ULONG ulFlags, ULONG *lpulState);
};

struct IMAPIControl {
	CONST_VTBL IMAPIControlVtbl *lpVtbl;
};

#if !defined(__cplusplus) || defined(CINTERFACE)
#define IMAPIControl_QueryInterface(This, riid, ppvObj) ((This)->lpVtbl->QueryInterface((This), (riid), (ppvObj)))
#define IMAPIControl_AddRef(This) ((This)->lpVtbl->AddRef((This)))
#define IMAPIControl_Release(This) ((This)->lpVtbl->Release((This)))
#define IMAPIControl_GetLastError(This, hResult, ulFlags, lppMAPIError) ((This)->lpVtbl->GetLastError((This), (hResult), (ulFlags), (lppMAPIError)))
#define IMAPIControl_Activate(This, ulFlags, ulUIParam) ((This)->lpVtbl->Activate((This), (ulFlags), (ulUIParam)))
#define IMAPIControl_GetState(This, ulFlags, lpulState) ((This)->lpVtbl->GetState((This), (ulFlags), (lpulState)))
#endif

#define MAPI_IMAPICONTROL_METHODS(IPURE) \
	MAPIMETHOD(GetLastError)(THIS_ HRESULT hResult, ULONG ulFlags, LPMAPIERROR *lppMAPIError) IPURE; \
	MAPIMETHOD(Activate)(THIS_ ULONG ulFlags, ULONG_PTR ulUIParam) IPURE; \
	MAPIMETHOD(GetState)(THIS_ ULONG ulFlags, ULONG *lpulState) IPURE;

/* IMAPIClientShutdown : IUnknown; IID_IMAPIClientShutdown */
struct IMAPIClientShutdownVtbl {
	/* IUnknown */
	HRESULT (STDMETHODCALLTYPE *QueryInterface)(IMAPIClientShutdown *This, REFIID riid, LPVOID *ppvObj);
	ULONG (STDMETHODCALLTYPE *AddRef)(IMAPIClientShutdown *This);
	ULONG (STDMETHODCALLTYPE *Release)(IMAPIClientShutdown *This);
	/* IMAPIClientShutdown */
	HRESULT (STDMETHODCALLTYPE *QueryFastShutdown)(IMAPIClientShutdown *This);
	HRESULT (STDMETHODCALLTYPE *NotifyProcessShutdown)(IMAPIClientShutdown *This);
	HRESULT (STDMETHODCALLTYPE *DoFastShutdown)(IMAPIClientShutdown *This);
};

struct IMAPIClientShutdown {
	CONST_VTBL IMAPIClientShutdownVtbl *lpVtbl;
};

#if !defined(__cplusplus) || defined(CINTERFACE)
#define IMAPIClientShutdown_QueryInterface(This, riid, ppvObj) ((This)->lpVtbl->QueryInterface((This), (riid), (ppvObj)))
#define IMAPIClientShutdown_AddRef(This) ((This)->lpVtbl->AddRef((This)))
#define IMAPIClientShutdown_Release(This) ((This)->lpVtbl->Release((This)))
#define IMAPIClientShutdown_QueryFastShutdown(This) ((This)->lpVtbl->QueryFastShutdown((This)))
#define IMAPIClientShutdown_NotifyProcessShutdown(This) ((This)->lpVtbl->NotifyProcessShutdown((This)))
#define IMAPIClientShutdown_DoFastShutdown(This) ((This)->lpVtbl->DoFastShutdown((This)))
#endif

#define MAPI_IMAPICLIENTSHUTDOWN_METHODS(IPURE) \
	MAPIMETHOD(QueryFastShutdown)(THIS) IPURE; \
	MAPIMETHOD(NotifyProcessShutdown)(THIS) IPURE; \
	MAPIMETHOD(DoFastShutdown)(THIS) IPURE;

/* IMAPIProviderShutdown : IUnknown; IID_IMAPIProviderShutdown */
struct IMAPIProviderShutdownVtbl {
	/* IUnknown */
	HRESULT (STDMETHODCALLTYPE *QueryInterface)(IMAPIProviderShutdown *This, REFIID riid, LPVOID *ppvObj);
	ULONG (STDMETHODCALLTYPE *AddRef)(IMAPIProviderShutdown *This);
	ULONG (STDMETHODCALLTYPE *Release)(IMAPIProviderShutdown *This);
	/* IMAPIProviderShutdown */
	HRESULT (STDMETHODCALLTYPE *QueryFastShutdown)(IMAPIProviderShutdown *This);
	HRESULT (STDMETHODCALLTYPE *NotifyProcessShutdown)(IMAPIProviderShutdown *This);
	HRESULT (STDMETHODCALLTYPE *DoFastShutdown)(IMAPIProviderShutdown *This);
};

struct IMAPIProviderShutdown {
	CONST_VTBL IMAPIProviderShutdownVtbl *lpVtbl;
};

#if !defined(__cplusplus) || defined(CINTERFACE)
#define IMAPIProviderShutdown_QueryInterface(This, riid, ppvObj) ((This)->lpVtbl->QueryInterface((This), (riid), (ppvObj)))
#define IMAPIProviderShutdown_AddRef(This) ((This)->lpVtbl->AddRef((This)))
#define IMAPIProviderShutdown_Release(This) ((This)->lpVtbl->Release((This)))
#define IMAPIProviderShutdown_QueryFastShutdown(This) ((This)->lpVtbl->QueryFastShutdown((This)))
#define IMAPIProviderShutdown_NotifyProcessShutdown(This) ((This)->lpVtbl->NotifyProcessShutdown((This)))
#define IMAPIProviderShutdown_DoFastShutdown(This) ((This)->lpVtbl->DoFastShutdown((This)))
#endif

#define MAPI_IMAPIPROVIDERSHUTDOWN_METHODS(IPURE) \
	MAPIMETHOD(QueryFastShutdown)(THIS) IPURE; \
	MAPIMETHOD(NotifyProcessShutdown)(THIS) IPURE; \
	MAPIMETHOD(DoFastShutdown)(THIS) IPURE;
/* clang-format on */
/* @generated-end interfaces */

/* ---------------------------------------------------------------------------
 * The remaining plain constants of Windows' mapidefs.h (address-book and
 * dialog flags, display-table control types and flags, X.400 diagnostic
 * codes, ...), from spec/constants.def.
 */

/* @generated-begin constants: do not edit; see scripts/mapigen.py */
/* clang-format off */
#define AB_FIND_ON_OPEN 0x00000010
#define AB_MODIFIABLE 0x00000004
#define AB_NOT_DEFAULT 0x00000020
#define AB_NO_DIALOG 0x00000001
#define AB_RECIPIENTS 0x00000001
#define AB_RESOLVE 0x00000020
#define AB_SELECTONLY 0x00000010
#define AB_SUBCONTAINERS 0x00000002
#define AB_UNMODIFIABLE 0x00000008
#define ADDRESS_ONE 0x00000008
#define ADRPARM_HELP_CTX 0x00000000
#define CREATE_CHECK_DUP_LOOSE 0x00000002
#define CREATE_CHECK_DUP_STRICT 0x00000001
#define CREATE_REPLACE 0x00000004
#define DIALOG_MODAL 0x00000001
#define DIALOG_OPTIONS 0x00000004
#define DIALOG_SDI 0x00000002
#define DTCT_BUTTON 0x00000007
#define DTCT_CHECKBOX 0x00000005
#define DTCT_COMBOBOX 0x00000003
#define DTCT_DDLBX 0x00000004
#define DTCT_EDIT 0x00000001
#define DTCT_GROUPBOX 0x00000006
#define DTCT_LABEL 0x00000000
#define DTCT_LBX 0x00000002
#define DTCT_MVDDLBX 0x0000000C
#define DTCT_MVLISTBOX 0x0000000B
#define DTCT_PAGE 0x00000008
#define DTCT_RADIOBUTTON 0x00000009
#define DT_ACCEPT_DBCS 0x00000020
#define DT_EDITABLE 0x00000002
#define DT_MULTILINE 0x00000001
#define DT_PASSWORD_EDIT 0x00000010
#define DT_REQUIRED 0x00000004
#define DT_SET_IMMEDIATE 0x00000008
#define DT_SET_SELECTION 0x00000040
#define MAPI_DIAG_ALPHABETIC_CHARACTER_LOST 24
#define MAPI_DIAG_CONTENT_SYNTAX_IN_ERROR 12
#define MAPI_DIAG_CONTENT_TOO_LONG 7
#define MAPI_DIAG_CONTENT_TYPE_UNSUPPORTED 15
#define MAPI_DIAG_CONVERSION_LOSS_PROHIB 19
#define MAPI_DIAG_CONVERSION_UNSUBSCRIBED 10
#define MAPI_DIAG_CRITICAL_FUNC_UNSUPPORTED 18
#define MAPI_DIAG_DOWNGRADING_IMPOSSIBLE 47
#define MAPI_DIAG_EITS_UNSUPPORTED 6
#define MAPI_DIAG_EXPANSION_FAILED 30
#define MAPI_DIAG_EXPANSION_PROHIBITED 28
#define MAPI_DIAG_IMPRACTICAL_TO_CONVERT 8
#define MAPI_DIAG_LENGTH_CONSTRAINT_VIOLATD 13
#define MAPI_DIAG_LINE_TOO_LONG 20
#define MAPI_DIAG_LOOP_DETECTED 3
#define MAPI_DIAG_MAIL_ADDRESS_INCOMPLETE 34
#define MAPI_DIAG_MAIL_ADDRESS_INCORRECT 32
#define MAPI_DIAG_MAIL_FORWARDING_PROHIB 45
#define MAPI_DIAG_MAIL_FORWARDING_UNWANTED 44
#define MAPI_DIAG_MAIL_NEW_ADDRESS_UNKNOWN 43
#define MAPI_DIAG_MAIL_OFFICE_INCOR_OR_INVD 33
#define MAPI_DIAG_MAIL_ORGANIZATION_EXPIRED 37
#define MAPI_DIAG_MAIL_RECIPIENT_DECEASED 36
#define MAPI_DIAG_MAIL_RECIPIENT_DEPARTED 42
#define MAPI_DIAG_MAIL_RECIPIENT_MOVED 40
#define MAPI_DIAG_MAIL_RECIPIENT_TRAVELLING 41
#define MAPI_DIAG_MAIL_RECIPIENT_UNKNOWN 35
#define MAPI_DIAG_MAIL_REFUSED 38
#define MAPI_DIAG_MAIL_UNCLAIMED 39
#define MAPI_DIAG_MAXIMUM_TIME_EXPIRED 5
#define MAPI_DIAG_MTS_CONGESTED 2
#define MAPI_DIAG_MULTIPLE_INFO_LOSSES 25
#define MAPI_DIAG_NO_BILATERAL_AGREEMENT 17
#define MAPI_DIAG_NO_DIAGNOSTIC (-1)
#define MAPI_DIAG_NUMBER_CONSTRAINT_VIOLATD 14
#define MAPI_DIAG_OR_NAME_AMBIGUOUS 1
#define MAPI_DIAG_OR_NAME_UNRECOGNIZED 0
#define MAPI_DIAG_PAGE_TOO_LONG 21
#define MAPI_DIAG_PARAMETERS_INVALID 11
#define MAPI_DIAG_PICTORIAL_SYMBOL_LOST 22
#define MAPI_DIAG_PROHIBITED_TO_CONVERT 9
#define MAPI_DIAG_PUNCTUATION_SYMBOL_LOST 23
#define MAPI_DIAG_REASSIGNMENT_PROHIBITED 26
#define MAPI_DIAG_RECIPIENT_UNAVAILABLE 4
#define MAPI_DIAG_REDIRECTION_LOOP_DETECTED 27
#define MAPI_DIAG_RENDITION_UNSUPPORTED 31
#define MAPI_DIAG_SECURE_MESSAGING_ERROR 46
#define MAPI_DIAG_SUBMISSION_PROHIBITED 29
#define MAPI_DIAG_TOO_MANY_RECIPIENTS 16
#define MAPI_DISABLED 0x00000001
#define MAPI_ENABLED 0x00000000
#define MAPI_MH_DP_ML 3
#define MAPI_MH_DP_MS 2
#define MAPI_MH_DP_OTHER_AU 6
#define MAPI_MH_DP_PDAU 4
#define MAPI_MH_DP_PDS_PATRON 5
#define MAPI_MH_DP_PRIVATE_UA 1
#define MAPI_MH_DP_PUBLIC_UA 0
#define MAPI_NO_HBAR 0x00000001
#define MAPI_NO_VBAR 0x00000002
#define MAPI_SEND_NO_RICH_INFO 0x00010000
#define MAPI_TOP_LEVEL 0x00000001
#define SECURITY_ENCRYPTED 0x00000002
#define SECURITY_SIGNED 0x00000001
#define UI_READONLY 0x00000001
#define szMAPINotificationMsg "MAPI Notify window message"
/* clang-format on */
/* @generated-end constants */

#endif /* MAPIX_MAPIDEFS_H */
