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
typedef struct {
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

/* ---------------------------------------------------------------------------
 * Interface declarations
 */

/* @generated-begin interfaces: do not edit; see scripts/mapigen.py */
/* @generated-end interfaces */

#endif /* MAPIX_MAPIDEFS_H */
