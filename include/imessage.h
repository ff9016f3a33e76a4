/*
 * imessage.h - IMessage on IStorage: a MAPI message kept in an OLE
 * compound file (the .msg format), and the sessions that group such
 * messages.
 *
 * Source-compatible with the Windows header of the same name.  mapix has
 * sessions (OpenIMsgSession, CloseIMsgSession) and MapStorageSCode, but no
 * compound-file IStorage yet: OpenIMsgOnIStg and the property-attribute
 * calls answer MAPI_E_NO_SUPPORT with a message (docs/CONFORMANCE.md).
 */
#ifndef MAPIX_IMESSAGE_H
#define MAPIX_IMESSAGE_H

#include <mapix.h>

MAPIX_BEGIN_DECLS

/*
 * A message session.  Windows keeps the structure private; mapix shows its
 * fields, which belong to the library: read them if useful, never write
 * them.
 */
struct _MSGSESS {
	ULONG ulSignature; /* MSGSESS_SIGNATURE while the session is open */
	ULONG cMessages;   /* messages of the session not yet released */
	LPMALLOC lpMalloc; /* the allocator OpenIMsgSession was given */
};
typedef struct _MSGSESS *LPMSGSESS;

#define MSGSESS_SIGNATURE 0x5353474DUL /* "MGSS" */

/* Called when the last reference to a message of OpenIMsgOnIStg goes. */
typedef void(STDAPICALLTYPE MSGCALLRELEASE)(ULONG ulCallerData,
					    LPMESSAGE lpMessage);

STDAPI_(SCODE)
OpenIMsgSession(LPMALLOC lpMalloc, ULONG ulFlags, LPMSGSESS *lppMsgSess);
STDAPI_(void) CloseIMsgSession(LPMSGSESS lpMsgSess);

STDAPI_(SCODE)
OpenIMsgOnIStg(LPMSGSESS lpMsgSess, LPALLOCATEBUFFER lpAllocateBuffer,
	       LPALLOCATEMORE lpAllocateMore, LPFREEBUFFER lpFreeBuffer,
	       LPMALLOC lpMalloc, LPVOID lpMapiSup, LPSTORAGE lpStg,
	       MSGCALLRELEASE *lpfMsgCallRelease, ULONG ulCallerData,
	       ULONG ulFlags, LPMESSAGE *lppMsg);

/* Property attributes of IMessage on IStorage (an array parallel to a
 * property tag array). */
typedef struct _SPropAttrArray {
	ULONG cValues;
	ULONG aPropAttr[MAPI_DIM];
} SPropAttrArray, *LPSPropAttrArray;

#define CbNewSPropAttrArray(cattr)                                             \
	(offsetof(SPropAttrArray, aPropAttr) + (size_t)(cattr) * sizeof(ULONG))
#define CbSPropAttrArray(lparray)                                              \
	(offsetof(SPropAttrArray, aPropAttr) +                                 \
	 (size_t)((lparray)->cValues) * sizeof(ULONG))
#define SizedSPropAttrArray(cattr, name)                                       \
	struct _SPropAttrArray_##name {                                        \
		ULONG cValues;                                                 \
		ULONG aPropAttr[cattr];                                        \
	} name

STDAPI GetAttribIMsgOnIStg(LPVOID lpObject, LPSPropTagArray lpPropTagArray,
			   LPSPropAttrArray *lppPropAttrArray);
STDAPI SetAttribIMsgOnIStg(LPVOID lpObject, LPSPropTagArray lpPropTags,
			   LPSPropAttrArray lpPropAttrs,
			   LPSPropProblemArray *lppPropProblems);

/* The MAPI code for a structured-storage (STG_E_*) code. */
STDAPI_(SCODE) MapStorageSCode(SCODE StgSCode);

/* @generated-begin constants: do not edit; see scripts/mapigen.py */
/* clang-format off */
#define IMSG_NO_ISTG_COMMIT 0x00000001
#define PROPATTR_MANDATORY 0x00000001
#define PROPATTR_NOT_PRESENT 0x00000008
#define PROPATTR_READABLE 0x00000002
#define PROPATTR_WRITEABLE 0x00000004
/* clang-format on */
/* @generated-end constants */

MAPIX_END_DECLS

#endif /* MAPIX_IMESSAGE_H */
