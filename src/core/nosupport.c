/*
 * nosupport.c - the functions of the public headers that have no meaning
 * on Linux yet, or need a piece mapix does not have: each answers
 * MAPI_E_NO_SUPPORT and says why on the calling thread's record (where
 * GetLastError of any object finds it).  docs/CONFORMANCE.md lists them.
 *
 *   BuildDisplayTable       builds a table from Windows dialog resources
 *   HrIStorageFromStream,   need a compound-file (OLE structured storage)
 *   OpenIMsgOnIStg,           implementation; the .msg reader of the
 *   Get/SetAttribIMsgOnIStg   interop issue brings one
 *   MAPIOpenFormMgr,        forms are a Windows UI concept
 *   MAPIOpenLocalFormContainer
 *   HrSerialize/Deserialize the binary rule forms of Exchange's rules
 *   SRestriction/Actions      table ([MS-OXORULE] 2.2.4, 2.2.5), for the
 *                             store server issue
 *   ABProviderInit,         the entry points a provider exports: weak
 *   XPProviderInit,           here, so programs that name them link, and
 *   MSProviderInit            replaced by a provider's own definition
 */
#include <mapiutil.h>
#include <mapispi.h>
#include <mapiform.h>
#include <imessage.h>
#include <edkmdb.h>

#include "objhdr.h"

#define NO_SUPPORT(fn, why)                                                    \
	objhdr_thread_seterr(MAPI_E_NO_SUPPORT, "%s is not supported: %s", fn, \
			     why)

#define WHY_STORAGE                                                            \
	"mapix has no compound-file (OLE structured storage) IStorage yet"
#define WHY_FORMS "forms are a Windows user-interface concept"
#define WHY_RULES                                                              \
	"the binary rule forms of the Exchange rules table come with the "     \
	"store server"

STDAPI BuildDisplayTable(LPALLOCATEBUFFER lpAllocateBuffer,
			 LPALLOCATEMORE lpAllocateMore,
			 LPFREEBUFFER lpFreeBuffer, LPMALLOC lpMalloc,
			 HINSTANCE hInstance, UINT cPages, LPDTPAGE lpPage,
			 ULONG ulFlags, LPMAPITABLE *lppTable,
			 LPTABLEDATA *lppTblData)
{
	(void)lpAllocateBuffer;
	(void)lpAllocateMore;
	(void)lpFreeBuffer;
	(void)lpMalloc;
	(void)hInstance;
	(void)cPages;
	(void)lpPage;
	(void)ulFlags;
	if (lppTable != NULL)
		*lppTable = NULL;
	if (lppTblData != NULL)
		*lppTblData = NULL;
	return NO_SUPPORT("BuildDisplayTable",
			  "it reads Windows dialog resources, which do not "
			  "exist on Linux; build the display table with "
			  "CreateTable");
}

STDAPI_(HRESULT)
HrIStorageFromStream(LPUNKNOWN lpUnkIn, LPCIID lpInterface, ULONG ulFlags,
		     LPSTORAGE *lppStorageOut)
{
	(void)lpUnkIn;
	(void)lpInterface;
	(void)ulFlags;
	if (lppStorageOut != NULL)
		*lppStorageOut = NULL;
	return NO_SUPPORT("HrIStorageFromStream", WHY_STORAGE);
}

STDAPI_(SCODE)
OpenIMsgOnIStg(LPMSGSESS lpMsgSess, LPALLOCATEBUFFER lpAllocateBuffer,
	       LPALLOCATEMORE lpAllocateMore, LPFREEBUFFER lpFreeBuffer,
	       LPMALLOC lpMalloc, LPVOID lpMapiSup, LPSTORAGE lpStg,
	       MSGCALLRELEASE *lpfMsgCallRelease, ULONG ulCallerData,
	       ULONG ulFlags, LPMESSAGE *lppMsg)
{
	(void)lpMsgSess;
	(void)lpAllocateBuffer;
	(void)lpAllocateMore;
	(void)lpFreeBuffer;
	(void)lpMalloc;
	(void)lpMapiSup;
	(void)lpStg;
	(void)lpfMsgCallRelease;
	(void)ulCallerData;
	(void)ulFlags;
	if (lppMsg != NULL)
		*lppMsg = NULL;
	return NO_SUPPORT("OpenIMsgOnIStg", WHY_STORAGE);
}

STDAPI GetAttribIMsgOnIStg(LPVOID lpObject, LPSPropTagArray lpPropTagArray,
			   LPSPropAttrArray *lppPropAttrArray)
{
	(void)lpObject;
	(void)lpPropTagArray;
	if (lppPropAttrArray != NULL)
		*lppPropAttrArray = NULL;
	return NO_SUPPORT("GetAttribIMsgOnIStg", WHY_STORAGE);
}

STDAPI SetAttribIMsgOnIStg(LPVOID lpObject, LPSPropTagArray lpPropTags,
			   LPSPropAttrArray lpPropAttrs,
			   LPSPropProblemArray *lppPropProblems)
{
	(void)lpObject;
	(void)lpPropTags;
	(void)lpPropAttrs;
	if (lppPropProblems != NULL)
		*lppPropProblems = NULL;
	return NO_SUPPORT("SetAttribIMsgOnIStg", WHY_STORAGE);
}

STDAPI MAPIOpenFormMgr(LPMAPISESSION pSession, LPMAPIFORMMGR *ppmgr)
{
	(void)pSession;
	if (ppmgr != NULL)
		*ppmgr = NULL;
	return NO_SUPPORT("MAPIOpenFormMgr", WHY_FORMS);
}

STDAPI MAPIOpenLocalFormContainer(LPMAPIFORMCONTAINER *ppfcnt)
{
	if (ppfcnt != NULL)
		*ppfcnt = NULL;
	return NO_SUPPORT("MAPIOpenLocalFormContainer", WHY_FORMS);
}

STDAPI HrSerializeSRestriction(IMAPIProp *pprop, LPSRestriction prest,
			       BYTE **ppbRest, ULONG *pcbRest)
{
	(void)pprop;
	(void)prest;
	if (ppbRest != NULL)
		*ppbRest = NULL;
	if (pcbRest != NULL)
		*pcbRest = 0;
	return NO_SUPPORT("HrSerializeSRestriction", WHY_RULES);
}

STDAPI HrDeserializeSRestriction(IMAPIProp *pprop, BYTE *pbRest, ULONG cbRest,
				 LPSRestriction *pprest)
{
	(void)pprop;
	(void)pbRest;
	(void)cbRest;
	if (pprest != NULL)
		*pprest = NULL;
	return NO_SUPPORT("HrDeserializeSRestriction", WHY_RULES);
}

STDAPI HrSerializeActions(IMAPIProp *pprop, ACTIONS *pActions,
			  BYTE **ppbActions, ULONG *pcbActions)
{
	(void)pprop;
	(void)pActions;
	if (ppbActions != NULL)
		*ppbActions = NULL;
	if (pcbActions != NULL)
		*pcbActions = 0;
	return NO_SUPPORT("HrSerializeActions", WHY_RULES);
}

STDAPI HrDeserializeActions(IMAPIProp *pprop, BYTE *pbActions, ULONG cbActions,
			    ACTIONS **ppActions)
{
	(void)pprop;
	(void)pbActions;
	(void)cbActions;
	if (ppActions != NULL)
		*ppActions = NULL;
	return NO_SUPPORT("HrDeserializeActions", WHY_RULES);
}

/* The provider entry points (weak: a provider's definition wins). */
#define PROVIDER_INIT_ARGS                                                     \
	HINSTANCE hInstance, LPMALLOC lpMalloc,                                \
	    LPALLOCATEBUFFER lpAllocateBuffer, LPALLOCATEMORE lpAllocateMore,  \
	    LPFREEBUFFER lpFreeBuffer, ULONG ulFlags, ULONG ulMAPIVer,         \
	    ULONG *lpulProviderVer

#define PROVIDER_INIT_UNUSED                                                   \
	(void)hInstance;                                                       \
	(void)lpMalloc;                                                        \
	(void)lpAllocateBuffer;                                                \
	(void)lpAllocateMore;                                                  \
	(void)lpFreeBuffer;                                                    \
	(void)ulFlags;                                                         \
	(void)ulMAPIVer;                                                       \
	(void)lpulProviderVer

#define WHY_PROVIDER                                                           \
	"this program is not a provider (a provider defines its own entry "    \
	"point)"

__attribute__((weak)) HRESULT ABProviderInit(PROVIDER_INIT_ARGS,
					     LPABPROVIDER *lppABProvider)
{
	PROVIDER_INIT_UNUSED;
	if (lppABProvider != NULL)
		*lppABProvider = NULL;
	return NO_SUPPORT("ABProviderInit", WHY_PROVIDER);
}

__attribute__((weak)) HRESULT XPProviderInit(PROVIDER_INIT_ARGS,
					     LPXPPROVIDER *lppXPProvider)
{
	PROVIDER_INIT_UNUSED;
	if (lppXPProvider != NULL)
		*lppXPProvider = NULL;
	return NO_SUPPORT("XPProviderInit", WHY_PROVIDER);
}

__attribute__((weak)) HRESULT MSProviderInit(PROVIDER_INIT_ARGS,
					     LPMSPROVIDER *lppMSProvider)
{
	PROVIDER_INIT_UNUSED;
	if (lppMSProvider != NULL)
		*lppMSProvider = NULL;
	return NO_SUPPORT("MSProviderInit", WHY_PROVIDER);
}
