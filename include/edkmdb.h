/*
 * edkmdb.h - Exchange store extensions: admin store access
 * (IExchangeManageStore), modify tables for ACLs and rules, open-store
 * flags, folder rights and Exchange property-ID ranges.
 *
 * Source-compatible with the Windows header of the same name.  In mapix an
 * admin principal uses IExchangeManageStore::CreateStoreEntryID with
 * OPENSTORE_USE_ADMIN_PRIVILEGE to open any mailbox without impersonating.
 */
#ifndef MAPIX_EDKMDB_H
#define MAPIX_EDKMDB_H

#include <mapidefs.h>
#include <mapiguid.h>
#include <mapitags.h>

MAPIX_BEGIN_DECLS

/* Property-ID ranges reserved by Exchange. */
#define pidExchangeXmitReservedMin 0x3FE0
#define pidExchangeNonXmitReservedMin 0x65E0
#define pidProfileMin 0x6600
#define pidStoreMin 0x6618
#define pidFolderMin 0x6638
#define pidMessageReadOnlyMin 0x6640
#define pidMessageWriteableMin 0x6658
#define pidAttachReadOnlyMin 0x666C
#define pidSpecialMin 0x6670
#define pidAdminMin 0x6690
#define pidStoreNonTransMin 0x0E40

/* Open-store flags: CreateStoreEntryID, PR_PROFILE_OPEN_FLAGS. */
#define OPENSTORE_USE_ADMIN_PRIVILEGE ((ULONG)0x00000001)
#define OPENSTORE_PUBLIC ((ULONG)0x00000002)
#define OPENSTORE_HOME_LOGON ((ULONG)0x00000004)
#define OPENSTORE_TAKE_OWNERSHIP ((ULONG)0x00000008)
#define OPENSTORE_OVERRIDE_HOME_MDB ((ULONG)0x00000010)
#define OPENSTORE_TRANSPORT ((ULONG)0x00000020)
#define OPENSTORE_REMOTE_TRANSPORT ((ULONG)0x00000040)
#define OPENSTORE_INTERNET_ANONYMOUS ((ULONG)0x00000080)
#define OPENSTORE_ALTERNATE_SERVER ((ULONG)0x00000100)
#define OPENSTORE_IGNORE_HOME_MDB ((ULONG)0x00000200)
#define OPENSTORE_NO_MAIL ((ULONG)0x00000400)
#define OPENSTORE_OVERRIDE_LAST_MODIFIER ((ULONG)0x00000800)
#define OPENSTORE_CALLBACK_LOGON ((ULONG)0x00001000)
#define OPENSTORE_LOCAL ((ULONG)0x00002000)
#define OPENSTORE_FAIL_IF_NO_MAILBOX ((ULONG)0x00004000)
#define OPENSTORE_CACHE_EXCHANGE ((ULONG)0x00008000)
#define OPENSTORE_CLI_WITH_NAMEDPROP_FIX ((ULONG)0x00010000)
#define OPENSTORE_ENABLE_LAZY_LOGGING ((ULONG)0x00020000)
#define OPENSTORE_CLI_WITH_REPLID_GUID_MAPPING_FIX ((ULONG)0x00040000)
#define OPENSTORE_NO_LOCALIZATION ((ULONG)0x00080000)
#define OPENSTORE_RESTORE_DATABASE ((ULONG)0x00100000)
#define OPENSTORE_XFOREST_MOVE ((ULONG)0x00200000)

/* PR_PROFILE_TYPE */
#define PROFILE_PRIMARY_USER 1
#define PROFILE_DELEGATE 2

/* Folder flags and table flags of the Exchange store. */
#define SHOW_SOFT_DELETES ((ULONG)0x00000002)
#define SHOW_SUBFOLDERS ((ULONG)0x00000004)
#define DELETE_HARD_DELETE ((ULONG)0x00000010)
#define MDB_NON_IPM ((ULONG)0x00000010)
#define MDB_IPM ((ULONG)0x00000020)

/* Folder rights (PR_MEMBER_RIGHTS, PR_RIGHTS), per [MS-OXCPERM]. */
#define frightsReadAny 0x0000001L
#define frightsCreate 0x0000002L
#define frightsEditOwned 0x0000008L
#define frightsDeleteOwned 0x0000010L
#define frightsEditAny 0x0000020L
#define frightsDeleteAny 0x0000040L
#define frightsCreateSubfolder 0x0000080L
#define frightsOwner 0x0000100L
#define frightsContact 0x0000200L
#define frightsVisible 0x0000400L
#define frightsFreeBusySimple 0x0000800L
#define frightsFreeBusyDetailed 0x0001000L
#define rightsNone 0x00000000L
#define rightsReadOnly frightsReadAny
#define rightsReadWrite (frightsReadAny | frightsEditAny)
#define rightsAll 0x000005FBL

/* Members of an ACL that always exist. */
#define ACL_DEFAULT_MEMBER_ID ((LONGLONG)0)
#define ACL_ANONYMOUS_MEMBER_ID ((LONGLONG)-1)

/* IExchangeModifyTable */
#define ROWLIST_REPLACE ((ULONG)0x00000001)
#define ACLTABLE_FREEBUSY ((ULONG)0x00000002)

#define ROW_ADD ((ULONG)0x00000001)
#define ROW_MODIFY ((ULONG)0x00000002)
#define ROW_REMOVE ((ULONG)0x00000004)
#define ROW_EMPTY (ROW_ADD | ROW_REMOVE)

typedef struct _ROWENTRY {
	ULONG ulRowFlags;
	ULONG cValues;
	LPSPropValue rgPropVals;
} ROWENTRY, FAR *LPROWENTRY;

typedef struct _ROWLIST {
	ULONG cEntries;
	ROWENTRY aEntries[MAPI_DIM];
} ROWLIST, FAR *LPROWLIST;

#define CbNewROWLIST(centries)                                                 \
	(offsetof(ROWLIST, aEntries) + (size_t)(centries) * sizeof(ROWENTRY))

/* Store provider UIDs (PR_MDB_PROVIDER), as raw byte strings. */
#define pbExchangeProviderPrimaryUserGuid                                      \
	"\x54\x94\xA1\xC0\x29\x7F\x10\x1B\xA5\x87\x08\x00\x2B\x2A\x25\x17"
#define pbExchangeProviderDelegateGuid                                         \
	"\x9E\xB4\x77\x00\x74\xE4\x11\xCE\x8C\x5E\x00\xAA\x00\x42\x54\xE2"
#define pbExchangeProviderPublicGuid                                           \
	"\x78\xB2\xFA\x70\xAF\xF7\x11\xCD\x9B\xC8\x00\xAA\x00\x2F\xC4\x5A"
#define pbExchangeProviderXportGuid                                            \
	"\xA9\x06\x40\xE0\xD6\x93\x11\xCD\xAF\x95\x00\xAA\x00\x4A\x35\xC3"
#define pbExchangeProviderLocalStoreGuid                                       \
	"\x2D\xE5\x6B\xA1\x64\x6E\x11\xD2\x8D\x4E\x00\xC0\x4F\xAE\x23\x71"
#define pbExchangeProviderPersistStoreGuid                                     \
	"\x98\xA2\x3D\x67\x62\xCF\x4D\x34\x82\x79\xDB\xFA\x6A\x50\x8B\x31"

/* The Exchange global profile section. */
#define pbGlobalProfileSectionGuid                                             \
	"\x13\xDB\xB0\xC8\xAA\x05\x10\x1A\x9B\xB0\x00\xAA\x00\x2F\xC4\x5A"

/* @generated-begin interfaces: do not edit; see scripts/mapigen.py */
/* clang-format off */
/* IExchangeManageStore : IUnknown; IID_IExchangeManageStore */
struct IExchangeManageStoreVtbl {
	/* IUnknown */
	HRESULT (STDMETHODCALLTYPE *QueryInterface)(IExchangeManageStore *This, REFIID riid, LPVOID *ppvObj);
	ULONG (STDMETHODCALLTYPE *AddRef)(IExchangeManageStore *This);
	ULONG (STDMETHODCALLTYPE *Release)(IExchangeManageStore *This);
	/* IExchangeManageStore */
	HRESULT (STDMETHODCALLTYPE *CreateStoreEntryID)(IExchangeManageStore *This, LPSTR lpszMsgStoreDN, LPSTR lpszMailboxDN, ULONG ulFlags, ULONG *lpcbEntryID, LPENTRYID *lppEntryID);
	HRESULT (STDMETHODCALLTYPE *EntryIDFromSourceKey)(IExchangeManageStore *This, ULONG cFolderKeySize, BYTE *lpFolderSourceKey, ULONG cMessageKeySize, BYTE *lpMessageSourceKey, ULONG *lpcbEntryID, LPENTRYID *lppEntryID);
	HRESULT (STDMETHODCALLTYPE *GetRights)(IExchangeManageStore *This, ULONG cbUserEntryID, LPENTRYID lpUserEntryID, ULONG cbEntryID, LPENTRYID lpEntryID, ULONG *lpulRights);
	HRESULT (STDMETHODCALLTYPE *GetMailboxTable)(IExchangeManageStore *This, LPSTR lpszServerName, LPMAPITABLE *lppTable, ULONG ulFlags);
	HRESULT (STDMETHODCALLTYPE *GetPublicFolderTable)(IExchangeManageStore *This, LPSTR lpszServerName, LPMAPITABLE *lppTable, ULONG ulFlags);
};

struct IExchangeManageStore {
	CONST_VTBL IExchangeManageStoreVtbl *lpVtbl;
};

#if !defined(__cplusplus) || defined(CINTERFACE)
#define IExchangeManageStore_QueryInterface(This, riid, ppvObj) ((This)->lpVtbl->QueryInterface((This), (riid), (ppvObj)))
#define IExchangeManageStore_AddRef(This) ((This)->lpVtbl->AddRef((This)))
#define IExchangeManageStore_Release(This) ((This)->lpVtbl->Release((This)))
#define IExchangeManageStore_CreateStoreEntryID(This, lpszMsgStoreDN, lpszMailboxDN, ulFlags, lpcbEntryID, lppEntryID) ((This)->lpVtbl->CreateStoreEntryID((This), (lpszMsgStoreDN), (lpszMailboxDN), (ulFlags), (lpcbEntryID), (lppEntryID)))
#define IExchangeManageStore_EntryIDFromSourceKey(This, cFolderKeySize, lpFolderSourceKey, cMessageKeySize, lpMessageSourceKey, lpcbEntryID, lppEntryID) ((This)->lpVtbl->EntryIDFromSourceKey((This), (cFolderKeySize), (lpFolderSourceKey), (cMessageKeySize), (lpMessageSourceKey), (lpcbEntryID), (lppEntryID)))
#define IExchangeManageStore_GetRights(This, cbUserEntryID, lpUserEntryID, cbEntryID, lpEntryID, lpulRights) ((This)->lpVtbl->GetRights((This), (cbUserEntryID), (lpUserEntryID), (cbEntryID), (lpEntryID), (lpulRights)))
#define IExchangeManageStore_GetMailboxTable(This, lpszServerName, lppTable, ulFlags) ((This)->lpVtbl->GetMailboxTable((This), (lpszServerName), (lppTable), (ulFlags)))
#define IExchangeManageStore_GetPublicFolderTable(This, lpszServerName, lppTable, ulFlags) ((This)->lpVtbl->GetPublicFolderTable((This), (lpszServerName), (lppTable), (ulFlags)))
#endif

/* IExchangeModifyTable : IUnknown; IID_IExchangeModifyTable */
struct IExchangeModifyTableVtbl {
	/* IUnknown */
	HRESULT (STDMETHODCALLTYPE *QueryInterface)(IExchangeModifyTable *This, REFIID riid, LPVOID *ppvObj);
	ULONG (STDMETHODCALLTYPE *AddRef)(IExchangeModifyTable *This);
	ULONG (STDMETHODCALLTYPE *Release)(IExchangeModifyTable *This);
	/* IExchangeModifyTable */
	HRESULT (STDMETHODCALLTYPE *GetLastError)(IExchangeModifyTable *This, HRESULT hResult, ULONG ulFlags, LPMAPIERROR *lppMAPIError);
	HRESULT (STDMETHODCALLTYPE *GetTable)(IExchangeModifyTable *This, ULONG ulFlags, LPMAPITABLE *lppTable);
	HRESULT (STDMETHODCALLTYPE *ModifyTable)(IExchangeModifyTable *This, ULONG ulFlags, LPROWLIST lpMods);
};

struct IExchangeModifyTable {
	CONST_VTBL IExchangeModifyTableVtbl *lpVtbl;
};

#if !defined(__cplusplus) || defined(CINTERFACE)
#define IExchangeModifyTable_QueryInterface(This, riid, ppvObj) ((This)->lpVtbl->QueryInterface((This), (riid), (ppvObj)))
#define IExchangeModifyTable_AddRef(This) ((This)->lpVtbl->AddRef((This)))
#define IExchangeModifyTable_Release(This) ((This)->lpVtbl->Release((This)))
#define IExchangeModifyTable_GetLastError(This, hResult, ulFlags, lppMAPIError) ((This)->lpVtbl->GetLastError((This), (hResult), (ulFlags), (lppMAPIError)))
#define IExchangeModifyTable_GetTable(This, ulFlags, lppTable) ((This)->lpVtbl->GetTable((This), (ulFlags), (lppTable)))
#define IExchangeModifyTable_ModifyTable(This, ulFlags, lpMods) ((This)->lpVtbl->ModifyTable((This), (ulFlags), (lpMods)))
#endif
/* clang-format on */
/* @generated-end interfaces */

MAPIX_END_DECLS

#endif /* MAPIX_EDKMDB_H */
