/*
 * edkmdb.h - Exchange store extensions: admin store access
 * (IExchangeManageStore, 2-4), modify tables for ACLs and rules, rule
 * actions as data ([MS-OXORULE]), incremental change synchronization and
 * fast transfer ([MS-OXCFXICS]), open-store flags, folder and security-
 * descriptor rights, Exchange property-ID ranges and tags.
 *
 * Source-compatible with the Windows header of the same name.  In mapix an
 * admin principal uses IExchangeManageStore::CreateStoreEntryID with
 * OPENSTORE_USE_ADMIN_PRIVILEGE to open any mailbox without impersonating.
 * The ICS, fast-transfer, favorites, NNTP and move-mailbox interfaces are
 * declared for source compatibility; mapix's stores have no object behind
 * them yet and answer E_NOINTERFACE (or MAPI_E_INTERFACE_NOT_SUPPORTED from
 * OpenProperty) for their IIDs, which edkguid.h declares.
 */
#ifndef MAPIX_EDKMDB_H
#define MAPIX_EDKMDB_H

#include <mapidefs.h>
#include <mapiguid.h>
#include <mapitags.h>

MAPIX_BEGIN_DECLS

/* @generated-begin forward: do not edit; see scripts/mapigen.py */
/* clang-format off */
typedef struct IExchangeManageStore2 IExchangeManageStore2;
typedef struct IExchangeManageStore2Vtbl IExchangeManageStore2Vtbl;
typedef IExchangeManageStore2 *LPEXCHANGEMANAGESTORE2;

typedef struct IExchangeManageStore3 IExchangeManageStore3;
typedef struct IExchangeManageStore3Vtbl IExchangeManageStore3Vtbl;
typedef IExchangeManageStore3 *LPEXCHANGEMANAGESTORE3;

typedef struct IExchangeManageStore4 IExchangeManageStore4;
typedef struct IExchangeManageStore4Vtbl IExchangeManageStore4Vtbl;
typedef IExchangeManageStore4 *LPEXCHANGEMANAGESTORE4;

typedef struct IExchangeNntpNewsfeed IExchangeNntpNewsfeed;
typedef struct IExchangeNntpNewsfeedVtbl IExchangeNntpNewsfeedVtbl;
typedef IExchangeNntpNewsfeed *LPEXCHANGENNTPNEWSFEED;

typedef struct IExchangeRuleAction IExchangeRuleAction;
typedef struct IExchangeRuleActionVtbl IExchangeRuleActionVtbl;
typedef IExchangeRuleAction *LPEXCHANGERULEACTION;

typedef struct IExchangeFastTransfer IExchangeFastTransfer;
typedef struct IExchangeFastTransferVtbl IExchangeFastTransferVtbl;
typedef IExchangeFastTransfer *LPEXCHANGEFASTTRANSFER;

typedef struct IExchangeExportChanges IExchangeExportChanges;
typedef struct IExchangeExportChangesVtbl IExchangeExportChangesVtbl;
typedef IExchangeExportChanges *LPEXCHANGEEXPORTCHANGES;

typedef struct IExchangeExportChanges2 IExchangeExportChanges2;
typedef struct IExchangeExportChanges2Vtbl IExchangeExportChanges2Vtbl;
typedef IExchangeExportChanges2 *LPEXCHANGEEXPORTCHANGES2;

typedef struct IExchangeExportChanges3 IExchangeExportChanges3;
typedef struct IExchangeExportChanges3Vtbl IExchangeExportChanges3Vtbl;
typedef IExchangeExportChanges3 *LPEXCHANGEEXPORTCHANGES3;

typedef struct IExchangeImportContentsChanges IExchangeImportContentsChanges;
typedef struct IExchangeImportContentsChangesVtbl IExchangeImportContentsChangesVtbl;
typedef IExchangeImportContentsChanges *LPEXCHANGEIMPORTCONTENTSCHANGES;

typedef struct IExchangeImportContentsChanges2 IExchangeImportContentsChanges2;
typedef struct IExchangeImportContentsChanges2Vtbl IExchangeImportContentsChanges2Vtbl;
typedef IExchangeImportContentsChanges2 *LPEXCHANGEIMPORTCONTENTSCHANGES2;

typedef struct IExchangeImportHierarchyChanges IExchangeImportHierarchyChanges;
typedef struct IExchangeImportHierarchyChangesVtbl IExchangeImportHierarchyChangesVtbl;
typedef IExchangeImportHierarchyChanges *LPEXCHANGEIMPORTHIERARCHYCHANGES;

typedef struct IExchangeChangeAdviseSink IExchangeChangeAdviseSink;
typedef struct IExchangeChangeAdviseSinkVtbl IExchangeChangeAdviseSinkVtbl;
typedef IExchangeChangeAdviseSink *LPEXCHANGECHANGEADVISESINK;

typedef struct IExchangeChangeAdvisor IExchangeChangeAdvisor;
typedef struct IExchangeChangeAdvisorVtbl IExchangeChangeAdvisorVtbl;
typedef IExchangeChangeAdvisor *LPEXCHANGECHANGEADVISOR;

typedef struct IExchangeBadItemCallback IExchangeBadItemCallback;
typedef struct IExchangeBadItemCallbackVtbl IExchangeBadItemCallbackVtbl;
typedef IExchangeBadItemCallback *LPEXCHANGEBADITEMCALLBACK;

typedef struct IExchangeMoveUserProgress IExchangeMoveUserProgress;
typedef struct IExchangeMoveUserProgressVtbl IExchangeMoveUserProgressVtbl;
typedef IExchangeMoveUserProgress *LPEXCHANGEMOVEUSERPROGRESS;

typedef struct IExchangeFavorites IExchangeFavorites;
typedef struct IExchangeFavoritesVtbl IExchangeFavoritesVtbl;
typedef IExchangeFavorites *LPEXCHANGEFAVORITES;

typedef struct IExchangeMessageConversion IExchangeMessageConversion;
typedef struct IExchangeMessageConversionVtbl IExchangeMessageConversionVtbl;
typedef IExchangeMessageConversion *LPEXCHANGEMESSAGECONVERSION;
/* clang-format on */
/* @generated-end forward */

/* Flags, rights, rule and synchronization constants (spec/constants.def). */
/* @generated-begin constants: do not edit; see scripts/mapigen.py */
/* clang-format off */
#define ADMN_PAD 3
#define ANTIVIRUS_SCAN_NO_VIRUS 0
#define ANTIVIRUS_SCAN_VIRUS_CLEANED 2
#define ANTIVIRUS_SCAN_VIRUS_DELETED 3
#define ANTIVIRUS_SCAN_VIRUS_PRESENT 1
#define AUTO_RESPONSE_SUPPRESS_AUTO_REPLY 0x00000020
#define AUTO_RESPONSE_SUPPRESS_DR 0x00000001
#define AUTO_RESPONSE_SUPPRESS_NDR 0x00000002
#define AUTO_RESPONSE_SUPPRESS_NORFC821FROM 0x00000040
#define AUTO_RESPONSE_SUPPRESS_NRN 0x00000008
#define AUTO_RESPONSE_SUPPRESS_OOF 0x00000010
#define AUTO_RESPONSE_SUPPRESS_RN 0x00000004
#define BOUNCE_ACCESS_DENIED ((SCODE)38)
#define BOUNCE_FORMS_MISMATCH ((SCODE)31)
#define BOUNCE_MESSAGE_SIZE_TOO_LARGE ((SCODE)13)
#define CONFIG_NO_AUTO_DETECT 0x00000010
#define CONFIG_OST_CACHE_ONLY 0x00000020
#define CONFIG_PROMPT_FOR_CREDENTIALS 0x00000008
#define CONFIG_SERVICE 0x00000001
#define CONFIG_SHOW_CONNECT_UI 0x00000004
#define CONFIG_SHOW_STARTUP_UI 0x00000002
#define CONNECT_ANONYMOUS_ACCESS 16
#define CONNECT_NO_ADDRESS_RESOLUTION 64
#define CONNECT_NO_NOTIFICATIONS 32
#define CONNECT_NO_RPC_ENCRYPTION 2
#define CONNECT_NO_TABLE_NOTIFICATIONS 32
#define CONNECT_NO_UNDER_COVER_CONNECTION 8
#define CONNECT_RESTORE_DATABASE 128
#define CONNECT_USE_ADMIN_PRIVILEGE 1
#define CONNECT_USE_SEPARATE_CONNECTION 4
#define COUNTRY_PAD 0
#define DO_NOT_SEND_TO_ORIGINATOR 1
#define EDITOR_FORMAT_DONTKNOW 0
#define EDITOR_FORMAT_HTML 2
#define EDITOR_FORMAT_PLAINTEXT 1
#define EDITOR_FORMAT_RTF 3
#define EDK_RULES_VERSION 1
#define ENV_BLANK 0x00000000
#define ENV_MSG_EXT 0x00000002
#define ENV_RECIP_EXT 0x00000004
#define ENV_RECIP_NUM 0x00000001
#define EXCHANGE_RM_SET_EXPLICIT_SD 0x00000001
#define FWD_AS_ATTACHMENT 4
#define FWD_DO_NOT_MUNGE_MSG 2
#define FWD_PRESERVE_SENDER 1
#define LOCK_BLOCKING_MID_LOCK 0x00000002
#define LOCK_NON_PERSISTENT 0x00000001
#define LOCK_NULL_RESOURCE 0x00000004
#define LOCK_READ_ACCESS_CHECK_ONLY 0x00000008
#define LOCK_RESERVED 0x80000000
#define LOCK_WRITE_THROUGH_GOP 0x00010000
#define MAPI_EXTENDEDCALLBACKS 0x00000400
#define MAPI_RESERVED1 0x00010000
#define MAX_ADMD_NAME_SIZ 17
#define MAX_COUNTRY_NAME_SIZ 4
#define MAX_MTA_NAME_SIZ 33
#define MAX_PRMD_NAME_SIZ 17
#define MDB_FOLDER_IPM 0x00000001
#define MDB_FOLDER_NORMAL 0x00000004
#define MDB_FOLDER_RULES 0x00000008
#define MDB_FOLDER_SEARCH 0x00000002
#define MDB_LIMIT_BELOW 0x00000001
#define MDB_LIMIT_DISABLED 0x00000010
#define MDB_LIMIT_ISSUE_WARNING 0x00000002
#define MDB_LIMIT_NO_CHECK 0x00000008
#define MDB_LIMIT_PROHIBIT_SEND 0x00000004
#define MDB_OPEN_MSG_NO_BLOCK 0x00000020
#define MDB_QUOTA_NOQUOTA 0xFFFFFFFF
#define MDB_SAVE_MSG_UNLOCK 0x00000040
#define MESSAGE_BEST_BODY 0x00000010
#define MESSAGE_SEND_ENTRYID 0x00000020
#define MSGSTATUS_IN_CONFLICT 0x00000800
#define MSGSTATUS_MDNSENT 0x00004000
#define MTA_PAD 3
#define MTA_PAD_FOR_ACTIONS 2
#define NO_OST_DEFAULT 0
#define NO_OST_FLAG_ALLOWED 0
#define NO_OST_FLAG_CACHE_ONLY 1
#define NO_OST_FLAG_NOT_ALLOWED 2
#define NO_OST_FLAG_NO_CACHE 3
#define NULL_RESTRICTION 0x000000FF
#define OF_AVAILABLE_OFFLINE 0x00000001
#define OF_FORCE 0x80000000
#define OSTF_BEST_ENCRYPTION 0x20000000
#define OSTF_COMPRESSABLE_ENCRYPTION 0x40000000
#define OSTF_NO_ENCRYPTION 0x80000000
#define PRIV_DL_ALLOW_OOF 0x00000008
#define PRIV_DL_HIDE_MEMBERS 0x00000001
#define PRIV_DL_REPORT_TO_ORIG 0x00000002
#define PRIV_DL_REPORT_TO_OWNER 0x00000004
#define PRMD_PAD 3
#define PRMD_PAD_FOR_ACTIONS 2
#define PROFILE_PUBLIC_STORE 3
#define PROFILE_SUBSCRIPTION 4
#define PROFILE_VERSION 0x00000501
#define PR_TRUST_SENDER_NO 0x00000000
#define PR_TRUST_SENDER_YES 0x00000001
#define PT_FILE_EA 0x00000104
#define PT_FILE_HANDLE 0x00000103
#define PT_VIRTUAL 0x00000105
#define RELOP_MEMBER_OF_DL 100
#define REPLICATION_MESSAGE_SIZE_LIMIT_DEFAULT 300
#define RESOLVE_METHOD_DEFAULT 0
#define RESOLVE_METHOD_LAST_WRITER_WINS 1
#define RESOLVE_METHOD_NO_CONFLICT_NOTIFICATION 2
#define ROLESCOPE_FOLDER 0x00000001
#define ROLESCOPE_MAX 0x00000001
#define ROLESCOPE_OBJECT 0x00000000
#define RULE_ERR_CREATE_DAE 5
#define RULE_ERR_CREATE_DAM 8
#define RULE_ERR_DELIVERY 3
#define RULE_ERR_EXECUTION 11
#define RULE_ERR_FIRST 1
#define RULE_ERR_LAST 13
#define RULE_ERR_LOAD 2
#define RULE_ERR_NO_FOLDER 6
#define RULE_ERR_NO_RIGHTS 7
#define RULE_ERR_NO_SENDAS 9
#define RULE_ERR_NO_TEMPLATE 10
#define RULE_ERR_PARSING 4
#define RULE_ERR_QUOTA_EXCEEDED 12
#define RULE_ERR_TOO_MANY_RECIPS 13
#define RULE_ERR_UNKNOWN 1
#define SECURITY_DESCRIPTOR_TRANSFER_VERSION 0x00000003
#define SF_DISABLE_STARTUP_SYNC 0x00000001
#define STOCK_REPLY_TEMPLATE 2
#define STYLE_ALWAYS 2
#define STYLE_ALWAYS_INTERVAL_DEFAULT 15
#define STYLE_DEFAULT 4294967295U
#define STYLE_NEVER 0
#define STYLE_NORMAL 1
#define ST_CLEAR_OOF_HIST 0x80000000
#define ST_DISABLED 0x00000000
#define ST_ENABLED 0x00000001
#define ST_ERROR 0x00000002
#define ST_EXIT_LEVEL 0x00000010
#define ST_KEEP_OOF_HIST 0x00000008
#define ST_ONLY_WHEN_OOF 0x00000004
#define ST_RULE_PARSE_ERROR 0x00000040
#define ST_SKIP_IF_SCL_IS_SAFE 0x00000020
#define SUPRESS_NOTIFICATIONS_ON_MY_ACTIONS 0x00001000
#define SYNC_ASSOCIATED 0x00000010
#define SYNC_BEST_BODY 0x00002000
#define SYNC_CATCHUP 0x00000400
#define SYNC_DEFER_CONFIG 0x00020000
#define SYNC_EXPIRY 0x00000002
#define SYNC_E_CONFLICT ((HRESULT)0x80040802)
#define SYNC_E_CYCLE ((HRESULT)0x80040804)
#define SYNC_E_ERROR ((HRESULT)0x80004005)
#define SYNC_E_IGNORE ((HRESULT)0x80040801)
#define SYNC_E_INVALID_PARAMETER ((HRESULT)0x80070057)
#define SYNC_E_NO_PARENT ((HRESULT)0x80040803)
#define SYNC_E_OBJECT_DELETED ((HRESULT)0x80040800)
#define SYNC_E_UNKNOWN_FLAGS ((HRESULT)0x80040106)
#define SYNC_E_UNSYNCHRONIZED ((HRESULT)0x80040805)
#define SYNC_FORCE_UNICODE 0x00040000
#define SYNC_FXRECOVERMODE 0x00010000
#define SYNC_IGNORE_SPECIFIED_ON_ASSOCIATED 0x00004000
#define SYNC_LIMITED_IMESSAGE 0x00000200
#define SYNC_MSG_SELECTIVE 0x00001000
#define SYNC_NEW_MESSAGE 0x00000800
#define SYNC_NORMAL 0x00000020
#define SYNC_NO_CONFLICTS 0x00000040
#define SYNC_NO_DELETIONS 0x00000002
#define SYNC_NO_FOREIGN_KEYS 0x00000100
#define SYNC_NO_SOFT_DELETIONS 0x00000004
#define SYNC_ONLY_SPECIFIED_PROPS 0x00000080
#define SYNC_PROGRESS_MODE 0x00008000
#define SYNC_READ 0x00000001
#define SYNC_READ_STATE 0x00000008
#define SYNC_SOFT_DELETE 0x00000001
#define SYNC_UNICODE 0x00000001
#define SYNC_W_CLIENT_CHANGE_NEWER ((HRESULT)0x00040821)
#define SYNC_W_PROGRESS ((HRESULT)0x00040820)
#define SZ_HPC_V1 "Software\\Microsoft\\Pegasus"
#define SZ_HPC_V1_0 "InstalledDir"
#define SZ_HPC_V1_MAJOR "MajorVersion"
#define SZ_HPC_V1_MINOR "MinorVersion"
#define SZ_HPC_V2 "Software\\Microsoft\\Windows CE Services"
#define SZ_HPC_V2_MAJOR "MajorVersion"
#define SZ_HPC_V2_MINOR "MinorVersion"
#define SZ_NO_OST "NoOST"
#define SZ_OUTL_OST_OPTIONS "Software\\Microsoft\\Office\\8.0\\Outlook\\OST"
#define TRANSFER_COPYFOLDER 4
#define TRANSFER_COPYMESSAGES 3
#define TRANSFER_COPYPROPS 2
#define TRANSFER_COPYTO 1
#define TRANSPORT_DOWNLOAD 1
#define TRANSPORT_UPLOAD 2
#define UNLOCK_BLOCKING_MID_LOCK_ALL 0x00000004
#define UNLOCK_BLOCKING_MID_LOCK_LOGON_ONLY 0x00000008
#define UNLOCK_CHECKIN_ABORT 0x00000001
#define UNLOCK_CHECKIN_KEEP_LOCKED 0x00000002
#define UNLOCK_NULL_RESOURCE 0x00000010
#define UNLOCK_WRITE_THROUGH_GOP 0x00010000
#define WSZ_URL_FLAT_FOLDER_SPACE u"/-FlatUrlSpace-/"
#define X400_ENV_FULL_EXT 0x00000007
#define X400_ENV_PLAIN 0x00000000
#define X400_ENV_VALID_RECIP 0x00000003
#define cwchUrlFlatFolderSpace 16
#define fVersionedDelete 0x00000001
#define fVersionedMoveIn 0x00000010
#define fVersionedMoveOut 0x00000020
#define fVersionedPin 0x00000004
#define fVersionedUnDelete 0x00000002
#define fVersionedUnPin 0x00000008
#define fldrightsGenericAll 0x001FC9FF
#define fldrightsGenericExecute 0x001208A0
#define fldrightsGenericRead 0x00120889
#define fldrightsGenericWrite 0x001F4116
#define fsdpermUserDeleteMailbox 0x00010000
#define fsdpermUserMailboxOwner 0x00000001
#define fsdpermUserPrimaryUser 0x00000004
#define fsdpermUserSendAs 0x00000002
#define fsdrightAppendMsg 0x00000004
#define fsdrightContact 0x00008000
#define fsdrightCreateContainer 0x00000004
#define fsdrightCreateItem 0x00000002
#define fsdrightDelete 0x00010000
#define fsdrightDeleteOwnItem 0x00000400
#define fsdrightExecute 0x00000020
#define fsdrightListContents 0x00000001
#define fsdrightOwner 0x00004000
#define fsdrightReadAttributes 0x00000080
#define fsdrightReadBody 0x00000001
#define fsdrightReadControl 0x00020000
#define fsdrightReadProperty 0x00000008
#define fsdrightReserved1 0x00000040
#define fsdrightSynchronize 0x00100000
#define fsdrightViewItem 0x00000800
#define fsdrightWriteAttributes 0x00000100
#define fsdrightWriteBody 0x00000002
#define fsdrightWriteOwnProperty 0x00000200
#define fsdrightWriteOwner 0x00080000
#define fsdrightWriteProperty 0x00000010
#define fsdrightWriteSD 0x00040000
#define msgrightsGenericAll 0x001F0FBF
#define msgrightsGenericExecute 0x001208A0
#define msgrightsGenericRead 0x00120889
#define msgrightsGenericWrite 0x001F0116
#define pidLISErrorCodeMax 0x000065B0
#define pidLISErrorCodeMin 0x000065AA
#define pidLISInterfacePropMax 0x000065E0
#define pidLISInterfacePropMin 0x000065D0
#define pidLISMsgFolderPropMax 0x000065C0
#define pidLISMsgFolderPropMin 0x000065A0
#define pidLocalStoreInternalMax 0x000065C0
#define pidLocalStoreInternalMin 0x00006500
#define pidRenMsgFldMin 0x00001080
#define pidSecureProfileMin 0x000067F0
#define sdpermUserGenericAll 0x001F0007
#define sdpermUserGenericExecute 0x00020000
#define sdpermUserGenericRead 0x00020000
#define sdpermUserGenericWrite 0x00030000
#define sdrightsBestAccess 0x02000000
#define sdrightsFolderOwner 0x000D4110
#define sdrightsFolders 0x001FC9FF
#define sdrightsGenericAll 0x001FCFFF
#define sdrightsGenericExecute 0x001208A0
#define sdrightsGenericRead 0x00120889
#define sdrightsGenericWrite 0x001F4116
#define sdrightsIgnored 0x00008064
#define sdrightsItems 0x001F0FBF
#define sdrightsNone 0x00000000
#define sdrightsReadOnly 0x80000000
#define sdrightsReadWrite 0xC0000000
#define szDamMsgClass "IPC.Microsoft Exchange 4.0.Deferred Action"
#define szDemMsgClass "IPC.Microsoft Exchange 4.0.Deferred Error"
#define szExRuleMsgClass "IPM.ExtendedRule.Message"
#define szOofTemplateMsgClassPrefix "IPM.Note.Rules.OofTemplate."
#define szProviderModeratorRule "MSFT:MR"
#define szReplyTemplateMsgClassPrefix "IPM.Note.Rules.ReplyTemplate."
#define ulHierChanged 0x00000001
#define wNonVersionedFolder 0x00000000
#define wVersionedFolderAuto 0x00000002
#define wVersionedFolderSimple 0x00000001
#define wszExRuleMsgClass u"IPM.ExtendedRule.Message"
#define wszProviderModeratorRule u"MSFT:MR"
/* clang-format on */
/* @generated-end constants */

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

/* ---------------------------------------------------------------------------
 * Rules ([MS-OXORULE]): PR_RULE_CONDITION is an SRestriction, PR_RULE_ACTIONS
 * an ACTIONS (PT_ACTIONS, in SPropValue.Value.lpv).
 */

/* What an action does. */
typedef enum {
	OP_MOVE = 1,
	OP_COPY,
	OP_REPLY,
	OP_OOF_REPLY,
	OP_DEFER_ACTION,
	OP_BOUNCE,
	OP_FORWARD,
	OP_DELEGATE,
	OP_TAG,
	OP_DELETE,
	OP_MARK_AS_READ
} ACTTYPE;

/* One action of a rule; the union member follows acttype. */
typedef struct _action {
	ACTTYPE acttype;
	ULONG ulActionFlavor; /* DO_NOT_SEND_TO_ORIGINATOR, FWD_* ... */
	LPSRestriction lpRes; /* unused: NULL */
	LPSPropTagArray lpPropTagArray; /* unused: NULL */
	ULONG ulFlags;
	ULONG dwAlignPad;
	union {
		struct { /* OP_MOVE, OP_COPY */
			ULONG cbStoreEntryId;
			LPENTRYID lpStoreEntryId;
			ULONG cbFldEntryId;
			LPENTRYID lpFldEntryId;
		} actMoveCopy;
		struct { /* OP_REPLY, OP_OOF_REPLY */
			ULONG cbEntryId;
			LPENTRYID lpEntryId;
			GUID guidReplyTemplate;
		} actReply;
		struct { /* OP_DEFER_ACTION */
			ULONG cbData;
			BYTE *pbData;
		} actDeferAction;
		SCODE scBounceCode;    /* OP_BOUNCE: BOUNCE_* */
		LPADRLIST lpadrlist;   /* OP_FORWARD, OP_DELEGATE */
		SPropValue propTag;    /* OP_TAG */
	};
} ACTION, FAR *LPACTION;

/* The actions of a rule. */
typedef struct _actions {
	ULONG ulVersion; /* EDK_RULES_VERSION */
	UINT cActions;
	LPACTION lpAction;
} ACTIONS;

/*
 * The binary forms of a rule's condition and actions, as Exchange's rules
 * table keeps them (PR_EXTENDED_RULE_CONDITION/_ACTIONS): answered with
 * MAPI_E_NO_SUPPORT and a message until the store server issue.
 */
STDAPI HrSerializeSRestriction(IMAPIProp *pprop, LPSRestriction prest,
			       BYTE **ppbRest, ULONG *pcbRest);
STDAPI HrDeserializeSRestriction(IMAPIProp *pprop, BYTE *pbRest,
				 ULONG cbRest, LPSRestriction *pprest);
STDAPI HrSerializeActions(IMAPIProp *pprop, ACTIONS *pActions,
			  BYTE **ppbActions, ULONG *pcbActions);
STDAPI HrDeserializeActions(IMAPIProp *pprop, BYTE *pbActions,
			    ULONG cbActions, ACTIONS **ppActions);

/* ---------------------------------------------------------------------------
 * Incremental change synchronization ([MS-OXCFXICS]).
 */

/* A per-user read state change: the message's source key and SYNC_READ. */
typedef struct _ReadState {
	ULONG cbSourceKey;
	BYTE *pbSourceKey;
	ULONG ulFlags;
} READSTATE, *LPREADSTATE;

#define MAKE_SYNC_E(err) (MAKE_SCODE(SEVERITY_ERROR, FACILITY_ITF, err))
#define MAKE_SYNC_W(warn) (MAKE_SCODE(SEVERITY_SUCCESS, FACILITY_ITF, warn))

/* ---------------------------------------------------------------------------
 * Gateway trace information (PR_TRACE_INFO, PR_INTERNAL_TRACE_INFO).
 */

typedef struct {
	LONG lAction;
	FILETIME ftArrivalTime;
	FILETIME ftDeferredTime;
	char rgchADMDName[MAX_ADMD_NAME_SIZ + ADMN_PAD];
	char rgchCountryName[MAX_COUNTRY_NAME_SIZ + COUNTRY_PAD];
	char rgchPRMDId[MAX_PRMD_NAME_SIZ + PRMD_PAD];
	char rgchAttADMDName[MAX_ADMD_NAME_SIZ + ADMN_PAD];
	char rgchAttCountryName[MAX_COUNTRY_NAME_SIZ + COUNTRY_PAD];
	char rgchAttPRMDId[MAX_PRMD_NAME_SIZ + PRMD_PAD_FOR_ACTIONS];
	BYTE bAdditionalActions;
} TRACEENTRY, FAR *LPTRACEENTRY;

typedef struct {
	ULONG cEntries;
	TRACEENTRY rgtraceentry[MAPI_DIM];
} TRACEINFO, FAR *LPTRACEINFO;

typedef struct {
	LONG lAction;
	FILETIME ftArrivalTime;
	FILETIME ftDeferredTime;
	char rgchADMDName[MAX_ADMD_NAME_SIZ + ADMN_PAD];
	char rgchCountryName[MAX_COUNTRY_NAME_SIZ + COUNTRY_PAD];
	char rgchPRMDId[MAX_PRMD_NAME_SIZ + PRMD_PAD];
	char rgchAttADMDName[MAX_ADMD_NAME_SIZ + ADMN_PAD];
	char rgchAttCountryName[MAX_COUNTRY_NAME_SIZ + COUNTRY_PAD];
	char rgchAttPRMDId[MAX_PRMD_NAME_SIZ + PRMD_PAD];
	char rgchMTAName[MAX_MTA_NAME_SIZ + MTA_PAD];
	char rgchAttMTAName[MAX_MTA_NAME_SIZ + MTA_PAD_FOR_ACTIONS];
	BYTE bAdditionalActions;
} INTTRACEENTRY, *PINTTRACEENTRY;

typedef struct {
	ULONG cEntries;
	INTTRACEENTRY rgIntTraceEntry[MAPI_DIM];
} INTTRACEINFO, *PINTTRACEINFO;

/* ---------------------------------------------------------------------------
 * Rights: folder rights (frights*, above), security-descriptor rights of
 * folders and messages, and the header of PR_NT_SECURITY_DESCRIPTOR.
 */

typedef DWORD RIGHTS;
typedef DWORD SDRIGHTS;
typedef BYTE ROLESCOPE;

/* The authority of role SIDs (a SID_IDENTIFIER_AUTHORITY initializer). */
#define SECURITY_EXCHANGE_AUTHORITY                                            \
	{                                                                      \
		0, 0, 0, 0, 0, 8                                               \
	}

/*
 * PR_NT_SECURITY_DESCRIPTOR starts with a header: its size in bytes (WORD,
 * counting itself), a version (WORD), the SECURITY_INFORMATION (DWORD), then
 * named-property data; the security descriptor follows the header.
 */
#define CbSecurityDescriptorHeader(pb) (*((WORD *)(pb)))
#define SECURITY_DESCRIPTOR_OF(pb) (((BYTE *)(pb)) + *((WORD *)(pb)))
#define SECURITY_DESCRIPTOR_VERSION(pb) (*((WORD *)((pb) + sizeof(WORD))))
#define SECURITY_INFORMATION_OF(pb)                                            \
	(*((DWORD *)((pb) + sizeof(WORD) + sizeof(WORD))))
#define FCheckSecurityDescriptorVersion(pb)                                    \
	(SECURITY_DESCRIPTOR_VERSION(pb) == SECURITY_DESCRIPTOR_TRANSFER_VERSION)

/*
 * Properties named by GUIDs in security descriptors: Data1 holds the
 * property ID (and a sub-property ID in its high word); the rest of the
 * GUID is fixed.
 */
#define GUID_PROP_ID(pguid) ((pguid)->Data1 & 0xffff)
#define GUID_SUB_PROP_ID(pguid) ((pguid)->Data1 >> 16 & 0xffff)
#define SET_GUID_PROP_ID(pguid, ptag) (pguid)->Data1 = PROP_ID(ptag)
#define SET_GUID_SUB_PROP_ID(pguid, ptag, subptag)                             \
	(pguid)->Data1 = (PROP_ID(ptag) | PROP_ID(subptag) << 16)
#define PROPERTY_GUID(ptag)                                                    \
	{                                                                      \
		PROP_ID(ptag), 0x6585, 0x11d3,                                 \
		{                                                              \
			0xb6, 0x19, 0x00, 0xaa, 0x00, 0x4b, 0x9c, 0x30         \
		}                                                              \
	}
#define SUB_PROPERTY_GUID(ptag, subptag)                                       \
	{                                                                      \
		PROP_ID(subptag) << 16 | PROP_ID(ptag), 0x6585, 0x11d3,        \
		{                                                              \
			0xb6, 0x19, 0x00, 0xaa, 0x00, 0x4b, 0x9c, 0x30         \
		}                                                              \
	}

/* Property types whose data is somewhere else (a file, computed). */
#define FVirtualProp(ptag) (PROP_TYPE(ptag) == PT_VIRTUAL)
#define FFileHandleProp(ptag)                                                  \
	(PROP_TYPE(ptag) == PT_FILE_HANDLE || PROP_TYPE(ptag) == PT_FILE_EA)

/* Tags Windows declares here that mapitags.h does not have (spec/tags.def). */
/* @generated-begin tags: do not edit; see scripts/mapigen.py */
/* clang-format off */
#define PR_CONVERSION_STATE PROP_TAG(PT_LONG, 0x6778)
#define PR_CREATOR_TOKEN PROP_TAG(PT_BINARY, 0x6783)
#define PR_DOTSTUFF_STATE PROP_TAG(PT_LONG, 0x6001)
#define PR_USER_SID PROP_TAG(PT_BINARY, 0x6783)
#define PR_ABSTRACT PROP_TAG(PT_TSTRING, 0x3FDA)
#define PR_ABSTRACT_W PROP_TAG(PT_UNICODE, 0x3FDA)
#define PR_ABSTRACT_A PROP_TAG(PT_STRING8, 0x3FDA)
#define PR_ACTIVE_USER_ENTRYID PROP_TAG(PT_BINARY, 0x6652)
#define PR_ADDRBOOK_FOR_LOCAL_SITE_ENTRYID PROP_TAG(PT_BINARY, 0x6626)
#define PR_ADDRESS_BOOK_DISPLAY_NAME PROP_TAG(PT_TSTRING, 0x3FE8)
#define PR_ADDRESS_BOOK_DISPLAY_NAME_W PROP_TAG(PT_UNICODE, 0x3FE8)
#define PR_ADDRESS_BOOK_DISPLAY_NAME_A PROP_TAG(PT_STRING8, 0x3FE8)
#define PR_ADDRESS_BOOK_ENTRYID PROP_TAG(PT_BINARY, 0x663B)
#define PR_ADDR_CC PROP_TAG(PT_TSTRING, 0x0E98)
#define PR_ADDR_CC_W PROP_TAG(PT_UNICODE, 0x0E98)
#define PR_ADDR_CC_A PROP_TAG(PT_STRING8, 0x0E98)
#define PR_ADDR_TO PROP_TAG(PT_TSTRING, 0x0E97)
#define PR_ADDR_TO_W PROP_TAG(PT_UNICODE, 0x0E97)
#define PR_ADDR_TO_A PROP_TAG(PT_STRING8, 0x0E97)
#define PR_ADMIN_SECURITY_DESCRIPTOR PROP_TAG(PT_BINARY, 0x3D21)
#define PR_ADMIN_SECURITY_DESCRIPTOR_AS_XML PROP_TAG(PT_TSTRING, 0x0E6B)
#define PR_ADMIN_SECURITY_DESCRIPTOR_AS_XML_W PROP_TAG(PT_UNICODE, 0x0E6B)
#define PR_ADMIN_SECURITY_DESCRIPTOR_AS_XML_A PROP_TAG(PT_STRING8, 0x0E6B)
#define PR_ANTIVIRUS_SCAN_INFO PROP_TAG(PT_STRING8, 0x0E88)
#define PR_ANTIVIRUS_SCAN_STATUS PROP_TAG(PT_LONG, 0x0E87)
#define PR_ANTIVIRUS_VENDOR PROP_TAG(PT_STRING8, 0x0E85)
#define PR_ANTIVIRUS_VERSION PROP_TAG(PT_LONG, 0x0E86)
#define PR_ARRIVAL_TIME PROP_TAG(PT_SYSTIME, 0x665F)
#define PR_ASSOC_MESSAGE_SIZE PROP_TAG(PT_LONG, 0x66B4)
#define PR_ASSOC_MESSAGE_SIZE_EXTENDED PROP_TAG(PT_I8, 0x66B4)
#define PR_ASSOC_MSG_W_ATTACH_COUNT PROP_TAG(PT_LONG, 0x66AE)
#define PR_ATTACH_ON_ASSOC_MSG_COUNT PROP_TAG(PT_LONG, 0x66B2)
#define PR_ATTACH_ON_NORMAL_MSG_COUNT PROP_TAG(PT_LONG, 0x66B1)
#define PR_AUTO_ADD_NEW_SUBS PROP_TAG(PT_BOOLEAN, 0x65E5)
#define PR_AUTO_RESET PROP_TAG(PT_MV_CLSID, 0x670C)
#define PR_BILATERAL_INFO PROP_TAG(PT_BINARY, 0x3FDC)
#define PR_CACHED_COLUMN_COUNT PROP_TAG(PT_LONG, 0x66AC)
#define PR_CATALOG PROP_TAG(PT_BINARY, 0x0E5B)
#define PR_CATEG_COUNT PROP_TAG(PT_LONG, 0x66AB)
#define PR_CHANGE_ADVISOR PROP_TAG(PT_OBJECT, 0x6634)
#define PR_CHANGE_NOTIFICATION_GUID PROP_TAG(PT_CLSID, 0x6637)
#define PR_CI_NOTIFICATION_ENABLED PROP_TAG(PT_BOOLEAN, 0x0E5D)
#define PR_CI_SEARCH_ENABLED PROP_TAG(PT_BOOLEAN, 0x0E5C)
#define PR_CLIENT_ACTIONS PROP_TAG(PT_BINARY, 0x6645)
#define PR_COLLECTOR PROP_TAG(PT_OBJECT, 0x662E)
#define PR_CONFLICT_ENTRYID PROP_TAG(PT_BINARY, 0x3FF0)
#define PR_CONTACT_COUNT PROP_TAG(PT_LONG, 0x66B7)
#define PR_CONTENTS_SYNCHRONIZER PROP_TAG(PT_OBJECT, 0x662D)
#define PR_CONTENT_SEARCH_KEY PROP_TAG(PT_BINARY, 0x6666)
#define PR_CREATOR_SID PROP_TAG(PT_BINARY, 0x0E58)
#define PR_CREATOR_SID_AS_XML PROP_TAG(PT_TSTRING, 0x0E6C)
#define PR_CREATOR_SID_AS_XML_W PROP_TAG(PT_UNICODE, 0x0E6C)
#define PR_CREATOR_SID_AS_XML_A PROP_TAG(PT_STRING8, 0x0E6C)
#define PR_DAM_BACK_PATCHED PROP_TAG(PT_BOOLEAN, 0x6647)
#define PR_DAM_ORIGINAL_ENTRYID PROP_TAG(PT_BINARY, 0x6646)
#define PR_DAV_TRANSFER_SECURITY_DESCRIPTOR PROP_TAG(PT_BINARY, 0x0E84)
#define PR_DEFERRED_SEND_NUMBER PROP_TAG(PT_LONG, 0x3FEB)
#define PR_DEFERRED_SEND_TIME PROP_TAG(PT_SYSTIME, 0x3FEF)
#define PR_DEFERRED_SEND_UNITS PROP_TAG(PT_LONG, 0x3FEC)
#define PR_DELEGATED_BY_RULE PROP_TAG(PT_BOOLEAN, 0x3FE3)
#define PR_DELETED_ASSOC_MESSAGE_SIZE_EXTENDED PROP_TAG(PT_I8, 0x669D)
#define PR_DELETED_MESSAGE_SIZE_EXTENDED PROP_TAG(PT_I8, 0x669B)
#define PR_DELETED_NORMAL_MESSAGE_SIZE_EXTENDED PROP_TAG(PT_I8, 0x669C)
#define PR_DESIGN_IN_PROGRESS PROP_TAG(PT_BOOLEAN, 0x3FE4)
#define PR_DISABLE_FULL_FIDELITY PROP_TAG(PT_BOOLEAN, 0x10F2)
#define PR_DISABLE_PERUSER_READ PROP_TAG(PT_BOOLEAN, 0x66C5)
#define PR_DISABLE_WINSOCK PROP_TAG(PT_LONG, 0x6618)
#define PR_DL_REPORT_FLAGS PROP_TAG(PT_LONG, 0x3FDB)
#define PR_EFORMS_FOR_LOCALE_ENTRYID PROP_TAG(PT_BINARY, 0x6624)
#define PR_EFORMS_LOCALE_ID PROP_TAG(PT_LONG, 0x3FE9)
#define PR_EVENTS_ROOT_FOLDER_ENTRYID PROP_TAG(PT_BINARY, 0x667A)
#define PR_EXCESS_STORAGE_USED PROP_TAG(PT_LONG, 0x3FF6)
#define PR_EXPIRY_NUMBER PROP_TAG(PT_LONG, 0x3FED)
#define PR_EXPIRY_UNITS PROP_TAG(PT_LONG, 0x3FEE)
#define PR_EXTENDED_RULE_ACTIONS PROP_TAG(PT_BINARY, 0x0E99)
#define PR_EXTENDED_RULE_CONDITION PROP_TAG(PT_BINARY, 0x0E9A)
#define PR_EXTENDED_RULE_SIZE_LIMIT PROP_TAG(PT_LONG, 0x0E9B)
#define PR_FAST_TRANSFER PROP_TAG(PT_OBJECT, 0x662F)
#define PR_FAVORITES_DEFAULT_NAME PROP_TAG(PT_STRING8, 0x6635)
#define PR_FID_MID PROP_TAG(PT_BINARY, 0x664C)
#define PR_FID_VID PROP_TAG(PT_BINARY, 0x664C)
#define PR_FILE_SIZE PROP_TAG(PT_LONG, 0x6747)
#define PR_FILE_SIZE_EXTENDED PROP_TAG(PT_I8, 0x6747)
#define PR_FLAT_URL_NAME PROP_TAG(PT_TSTRING, 0x670E)
#define PR_FLAT_URL_NAME_W PROP_TAG(PT_UNICODE, 0x670E)
#define PR_FLAT_URL_NAME_A PROP_TAG(PT_STRING8, 0x670E)
#define PR_FOLDER_DESIGN_FLAGS PROP_TAG(PT_LONG, 0x3FE2)
#define PR_FOLDER_FLAGS PROP_TAG(PT_LONG, 0x66A8)
#define PR_FOLDER_PATHNAME PROP_TAG(PT_TSTRING, 0x66B5)
#define PR_FOLDER_PATHNAME_W PROP_TAG(PT_UNICODE, 0x66B5)
#define PR_FOLDER_PATHNAME_A PROP_TAG(PT_STRING8, 0x66B5)
#define PR_FORCE_CLIENT_REFRESH PROP_TAG(PT_BOOLEAN, 0x65A1)
#define PR_FOREIGN_ID PROP_TAG(PT_BINARY, 0x6667)
#define PR_FOREIGN_REPORT_ID PROP_TAG(PT_BINARY, 0x6668)
#define PR_FOREIGN_SUBJECT_ID PROP_TAG(PT_BINARY, 0x6669)
#define PR_FREE_BUSY_FOR_LOCAL_SITE_ENTRYID PROP_TAG(PT_BINARY, 0x6625)
#define PR_GET_PROPS_EXCLUDE_PROP_ID_LIST PROP_TAG(PT_BINARY, 0x667E)
#define PR_GW_ADMIN_OPERATIONS PROP_TAG(PT_LONG, 0x6658)
#define PR_GW_MTSIN_ENTRYID PROP_TAG(PT_BINARY, 0x6628)
#define PR_GW_MTSOUT_ENTRYID PROP_TAG(PT_BINARY, 0x6629)
#define PR_HAS_DAMS PROP_TAG(PT_BOOLEAN, 0x3FEA)
#define PR_HAS_MODERATOR_RULES PROP_TAG(PT_BOOLEAN, 0x663F)
#define PR_HAS_NAMED_PROPERTIES PROP_TAG(PT_BOOLEAN, 0x664A)
#define PR_HIERARCHY_SERVER PROP_TAG(PT_TSTRING, 0x6633)
#define PR_HIERARCHY_SERVER_W PROP_TAG(PT_UNICODE, 0x6633)
#define PR_HIERARCHY_SERVER_A PROP_TAG(PT_STRING8, 0x6633)
#define PR_HIERARCHY_SYNCHRONIZER PROP_TAG(PT_OBJECT, 0x662C)
#define PR_ICS_CHANGE_KEY PROP_TAG(PT_BINARY, 0x6655)
#define PR_IMAP_INTERNAL_DATE PROP_TAG(PT_SYSTIME, 0x65F5)
#define PR_IMPLIED_RESTRICTIONS PROP_TAG(PT_MV_BINARY, 0x667F)
#define PR_INBOUND_NEWSFEED_DN PROP_TAG(PT_STRING8, 0x668D)
#define PR_INTERNAL_TRACE_INFO PROP_TAG(PT_BINARY, 0x666A)
#define PR_INTERNET_CHARSET PROP_TAG(PT_TSTRING, 0x669A)
#define PR_INTERNET_CHARSET_W PROP_TAG(PT_UNICODE, 0x669A)
#define PR_INTERNET_CHARSET_A PROP_TAG(PT_STRING8, 0x669A)
#define PR_INTERNET_CONTENT PROP_TAG(PT_BINARY, 0x6659)
#define PR_INTERNET_CONTENT_EA PROP_TAG(PT_FILE_EA, 0x6659)
#define PR_INTERNET_CONTENT_HANDLE PROP_TAG(PT_PTR, 0x6659)
#define PR_INTERNET_MDNS PROP_TAG(PT_BOOLEAN, 0x66A5)
#define PR_INTERNET_NEWSGROUP_NAME PROP_TAG(PT_STRING8, 0x66A7)
#define PR_IN_CONFLICT PROP_TAG(PT_BOOLEAN, 0x666C)
#define PR_IN_TRANSIT PROP_TAG(PT_BOOLEAN, 0x6618)
#define PR_IS_NEWSGROUP PROP_TAG(PT_BOOLEAN, 0x6697)
#define PR_IS_NEWSGROUP_ANCHOR PROP_TAG(PT_BOOLEAN, 0x6696)
#define PR_ITEM_LEVEL_ACL PROP_TAG(PT_BOOLEAN, 0x3D24)
#define PR_LAST_ACCESS_TIME PROP_TAG(PT_SYSTIME, 0x66A9)
#define PR_LAST_FULL_BACKUP PROP_TAG(PT_SYSTIME, 0x6685)
#define PR_LAST_MODIFIER_SID PROP_TAG(PT_BINARY, 0x0E59)
#define PR_LAST_MODIFIER_SID_AS_XML PROP_TAG(PT_TSTRING, 0x0E6D)
#define PR_LAST_MODIFIER_SID_AS_XML_W PROP_TAG(PT_UNICODE, 0x0E6D)
#define PR_LAST_MODIFIER_SID_AS_XML_A PROP_TAG(PT_STRING8, 0x0E6D)
#define PR_LOCK_BRANCH_ID PROP_TAG(PT_I8, 0x3800)
#define PR_LOCK_DEPTH PROP_TAG(PT_LONG, 0x3808)
#define PR_LOCK_ENLISTMENT_CONTEXT PROP_TAG(PT_BINARY, 0x3804)
#define PR_LOCK_EXPIRY_TIME PROP_TAG(PT_SYSTIME, 0x380A)
#define PR_LOCK_GLID PROP_TAG(PT_BINARY, 0x380B)
#define PR_LOCK_NULL_URL_W PROP_TAG(PT_UNICODE, 0x380C)
#define PR_LOCK_RESOURCE_DID PROP_TAG(PT_I8, 0x3802)
#define PR_LOCK_RESOURCE_FID PROP_TAG(PT_I8, 0x3801)
#define PR_LOCK_RESOURCE_VID PROP_TAG(PT_I8, 0x3803)
#define PR_LOCK_SCOPE PROP_TAG(PT_I2, 0x3806)
#define PR_LOCK_TIMEOUT PROP_TAG(PT_LONG, 0x3809)
#define PR_LOCK_TRANSIENT_ID PROP_TAG(PT_BINARY, 0x3807)
#define PR_LOCK_TYPE PROP_TAG(PT_I2, 0x3805)
#define PR_MAX_CACHED_VIEWS PROP_TAG(PT_LONG, 0x0E68)
#define PR_MAX_INDICES PROP_TAG(PT_LONG, 0x0E5E)
#define PR_MAX_SUBMIT_MESSAGE_SIZE PROP_TAG(PT_LONG, 0x666D)
#define PR_MERGE_MIDSET_DELETED PROP_TAG(PT_BINARY, 0x0E7A)
#define PR_MESSAGE_PROCESSED PROP_TAG(PT_BOOLEAN, 0x65E8)
#define PR_MESSAGE_SITE_NAME PROP_TAG(PT_TSTRING, 0x65E7)
#define PR_MESSAGE_SITE_NAME_W PROP_TAG(PT_UNICODE, 0x65E7)
#define PR_MESSAGE_SITE_NAME_A PROP_TAG(PT_STRING8, 0x65E7)
#define PR_MIME_SIZE PROP_TAG(PT_LONG, 0x6746)
#define PR_MIME_SIZE_EXTENDED PROP_TAG(PT_I8, 0x6746)
#define PR_MOVE_TO_FOLDER_ENTRYID PROP_TAG(PT_BINARY, 0x3FF4)
#define PR_MOVE_TO_STORE_ENTRYID PROP_TAG(PT_BINARY, 0x3FF3)
#define PR_MSG_BODY_ID PROP_TAG(PT_LONG, 0x3FDD)
#define PR_MSG_FOLD_TIME PROP_TAG(PT_SYSTIME, 0x6654)
#define PR_MTS_ID PROP_TAG(PT_BINARY, 0x0047)
#define PR_MTS_REPORT_ID PROP_TAG(PT_BINARY, 0x0047)
#define PR_MTS_SUBJECT_ID PROP_TAG(PT_BINARY, 0x6663)
#define PR_NEWSFEED_INFO PROP_TAG(PT_BINARY, 0x66A6)
#define PR_NEWSGROUP_COMPONENT PROP_TAG(PT_STRING8, 0x66A5)
#define PR_NEWSGROUP_ROOT_FOLDER_ENTRYID PROP_TAG(PT_BINARY, 0x668C)
#define PR_NEW_SUBS_GET_AUTO_ADD PROP_TAG(PT_BOOLEAN, 0x65E6)
#define PR_NNTP_ARTICLE_FOLDER_ENTRYID PROP_TAG(PT_BINARY, 0x668A)
#define PR_NNTP_CONTROL_FOLDER_ENTRYID PROP_TAG(PT_BINARY, 0x668B)
#define PR_NON_WIN32_ACL PROP_TAG(PT_BOOLEAN, 0x3D23)
#define PR_NON_XMT_SECURITY_ROLE_1 PROP_TAG(PT_BINARY, 0x0E7C)
#define PR_NON_XMT_SECURITY_ROLE_1_AS_XML PROP_TAG(PT_TSTRING, 0x0E7C)
#define PR_NON_XMT_SECURITY_ROLE_1_AS_XML_W PROP_TAG(PT_UNICODE, 0x0E7C)
#define PR_NON_XMT_SECURITY_ROLE_1_AS_XML_A PROP_TAG(PT_STRING8, 0x0E7C)
#define PR_NON_XMT_SECURITY_ROLE_2 PROP_TAG(PT_BINARY, 0x0E7D)
#define PR_NON_XMT_SECURITY_ROLE_2_AS_XML PROP_TAG(PT_TSTRING, 0x0E7D)
#define PR_NON_XMT_SECURITY_ROLE_2_AS_XML_W PROP_TAG(PT_UNICODE, 0x0E7D)
#define PR_NON_XMT_SECURITY_ROLE_2_AS_XML_A PROP_TAG(PT_STRING8, 0x0E7D)
#define PR_NON_XMT_SECURITY_ROLE_3 PROP_TAG(PT_BINARY, 0x0E7E)
#define PR_NON_XMT_SECURITY_ROLE_3_AS_XML PROP_TAG(PT_TSTRING, 0x0E7E)
#define PR_NON_XMT_SECURITY_ROLE_3_AS_XML_W PROP_TAG(PT_UNICODE, 0x0E7E)
#define PR_NON_XMT_SECURITY_ROLE_3_AS_XML_A PROP_TAG(PT_STRING8, 0x0E7E)
#define PR_NON_XMT_SECURITY_ROLE_4 PROP_TAG(PT_BINARY, 0x0E7F)
#define PR_NON_XMT_SECURITY_ROLE_4_AS_XML PROP_TAG(PT_TSTRING, 0x0E7F)
#define PR_NON_XMT_SECURITY_ROLE_4_AS_XML_W PROP_TAG(PT_UNICODE, 0x0E7F)
#define PR_NON_XMT_SECURITY_ROLE_4_AS_XML_A PROP_TAG(PT_STRING8, 0x0E7F)
#define PR_NON_XMT_SECURITY_ROLE_5 PROP_TAG(PT_BINARY, 0x0E80)
#define PR_NON_XMT_SECURITY_ROLE_5_AS_XML PROP_TAG(PT_TSTRING, 0x0E80)
#define PR_NON_XMT_SECURITY_ROLE_5_AS_XML_W PROP_TAG(PT_UNICODE, 0x0E80)
#define PR_NON_XMT_SECURITY_ROLE_5_AS_XML_A PROP_TAG(PT_STRING8, 0x0E80)
#define PR_NON_XMT_SECURITY_ROLE_6 PROP_TAG(PT_BINARY, 0x0E81)
#define PR_NON_XMT_SECURITY_ROLE_6_AS_XML PROP_TAG(PT_TSTRING, 0x0E81)
#define PR_NON_XMT_SECURITY_ROLE_6_AS_XML_W PROP_TAG(PT_UNICODE, 0x0E81)
#define PR_NON_XMT_SECURITY_ROLE_6_AS_XML_A PROP_TAG(PT_STRING8, 0x0E81)
#define PR_NON_XMT_SECURITY_ROLE_7 PROP_TAG(PT_BINARY, 0x0E82)
#define PR_NON_XMT_SECURITY_ROLE_7_AS_XML PROP_TAG(PT_TSTRING, 0x0E82)
#define PR_NON_XMT_SECURITY_ROLE_7_AS_XML_W PROP_TAG(PT_UNICODE, 0x0E82)
#define PR_NON_XMT_SECURITY_ROLE_7_AS_XML_A PROP_TAG(PT_STRING8, 0x0E82)
#define PR_NON_XMT_SECURITY_ROLE_8 PROP_TAG(PT_BINARY, 0x0E83)
#define PR_NON_XMT_SECURITY_ROLE_8_AS_XML PROP_TAG(PT_TSTRING, 0x0E83)
#define PR_NON_XMT_SECURITY_ROLE_8_AS_XML_W PROP_TAG(PT_UNICODE, 0x0E83)
#define PR_NON_XMT_SECURITY_ROLE_8_AS_XML_A PROP_TAG(PT_STRING8, 0x0E83)
#define PR_NORMAL_MESSAGE_SIZE PROP_TAG(PT_LONG, 0x66B3)
#define PR_NORMAL_MESSAGE_SIZE_EXTENDED PROP_TAG(PT_I8, 0x66B3)
#define PR_NORMAL_MSG_W_ATTACH_COUNT PROP_TAG(PT_LONG, 0x66AD)
#define PR_NT_SECURITY_DESCRIPTOR_AS_XML PROP_TAG(PT_TSTRING, 0x0E6A)
#define PR_NT_SECURITY_DESCRIPTOR_AS_XML_W PROP_TAG(PT_UNICODE, 0x0E6A)
#define PR_NT_SECURITY_DESCRIPTOR_AS_XML_A PROP_TAG(PT_STRING8, 0x0E6A)
#define PR_OFFLINE_ADDRBOOK_ENTRYID PROP_TAG(PT_BINARY, 0x6623)
#define PR_OFFLINE_FLAGS PROP_TAG(PT_LONG, 0x663D)
#define PR_OFFLINE_MESSAGE_ENTRYID PROP_TAG(PT_BINARY, 0x6627)
#define PR_OLDEST_DELETED_ON PROP_TAG(PT_SYSTIME, 0x6642)
#define PR_ORIGINAL_AUTHOR_SID PROP_TAG(PT_BINARY, 0x0E55)
#define PR_ORIGINAL_AUTHOR_SID_AS_XML PROP_TAG(PT_TSTRING, 0x0E76)
#define PR_ORIGINAL_AUTHOR_SID_AS_XML_W PROP_TAG(PT_UNICODE, 0x0E76)
#define PR_ORIGINAL_AUTHOR_SID_AS_XML_A PROP_TAG(PT_STRING8, 0x0E76)
#define PR_ORIGINAL_SENDER_SID PROP_TAG(PT_BINARY, 0x0E4F)
#define PR_ORIGINAL_SENDER_SID_AS_XML PROP_TAG(PT_TSTRING, 0x0E70)
#define PR_ORIGINAL_SENDER_SID_AS_XML_W PROP_TAG(PT_UNICODE, 0x0E70)
#define PR_ORIGINAL_SENDER_SID_AS_XML_A PROP_TAG(PT_STRING8, 0x0E70)
#define PR_ORIGINAL_SENT_REPRESENTING_SID PROP_TAG(PT_BINARY, 0x0E50)
#define PR_ORIGINAL_SENT_REPRESENTING_SID_AS_XML PROP_TAG(PT_TSTRING, 0x0E71)
#define PR_ORIGINAL_SENT_REPRESENTING_SID_AS_XML_W PROP_TAG(PT_UNICODE, 0x0E71)
#define PR_ORIGINAL_SENT_REPRESENTING_SID_AS_XML_A PROP_TAG(PT_STRING8, 0x0E71)
#define PR_ORIGINATOR_ADDR PROP_TAG(PT_TSTRING, 0x665C)
#define PR_ORIGINATOR_ADDR_W PROP_TAG(PT_UNICODE, 0x665C)
#define PR_ORIGINATOR_ADDR_A PROP_TAG(PT_STRING8, 0x665C)
#define PR_ORIGINATOR_ADDRTYPE PROP_TAG(PT_TSTRING, 0x665D)
#define PR_ORIGINATOR_ADDRTYPE_W PROP_TAG(PT_UNICODE, 0x665D)
#define PR_ORIGINATOR_ADDRTYPE_A PROP_TAG(PT_STRING8, 0x665D)
#define PR_ORIGINATOR_ENTRYID PROP_TAG(PT_BINARY, 0x665E)
#define PR_ORIGINATOR_NAME PROP_TAG(PT_TSTRING, 0x665B)
#define PR_ORIGINATOR_NAME_W PROP_TAG(PT_UNICODE, 0x665B)
#define PR_ORIGINATOR_NAME_A PROP_TAG(PT_STRING8, 0x665B)
#define PR_ORIGINATOR_SID PROP_TAG(PT_BINARY, 0x0E53)
#define PR_ORIGINATOR_SID_AS_XML PROP_TAG(PT_TSTRING, 0x0E74)
#define PR_ORIGINATOR_SID_AS_XML_W PROP_TAG(PT_UNICODE, 0x0E74)
#define PR_ORIGINATOR_SID_AS_XML_A PROP_TAG(PT_STRING8, 0x0E74)
#define PR_ORIGIN_ID PROP_TAG(PT_BINARY, 0x664D)
#define PR_OST_ENCRYPTION PROP_TAG(PT_LONG, 0x6702)
#define PR_OUTBOUND_NEWSFEED_DN PROP_TAG(PT_STRING8, 0x668E)
#define PR_OVERALL_AGE_LIMIT PROP_TAG(PT_LONG, 0x6699)
#define PR_OVERALL_MSG_AGE_LIMIT PROP_TAG(PT_LONG, 0x6693)
#define PR_OWA_URL PROP_TAG(PT_STRING8, 0x10F1)
#define PR_OWNER_COUNT PROP_TAG(PT_LONG, 0x66B6)
#define PR_P1_CONTENT PROP_TAG(PT_BINARY, 0x1100)
#define PR_P1_CONTENT_TYPE PROP_TAG(PT_BINARY, 0x1101)
#define PR_PARENT_URL_NAME PROP_TAG(PT_TSTRING, 0x670D)
#define PR_PARENT_URL_NAME_W PROP_TAG(PT_UNICODE, 0x670D)
#define PR_PARENT_URL_NAME_A PROP_TAG(PT_STRING8, 0x670D)
#define PR_PF_DISALLOW_MDB_WIDE_EXPIRY PROP_TAG(PT_BOOLEAN, 0x6723)
#define PR_PF_MSG_SIZE_LIMIT PROP_TAG(PT_LONG, 0x6722)
#define PR_PF_OVER_HARD_QUOTA_LIMIT PROP_TAG(PT_LONG, 0x6721)
#define PR_PREVENT_MSG_CREATE PROP_TAG(PT_BOOLEAN, 0x65F4)
#define PR_PREVIEW PROP_TAG(PT_TSTRING, 0x3FD9)
#define PR_PREVIEW_W PROP_TAG(PT_UNICODE, 0x3FD9)
#define PR_PREVIEW_A PROP_TAG(PT_STRING8, 0x3FD9)
#define PR_PREVIEW_UNREAD PROP_TAG(PT_TSTRING, 0x3FD8)
#define PR_PREVIEW_UNREAD_W PROP_TAG(PT_UNICODE, 0x3FD8)
#define PR_PREVIEW_UNREAD_A PROP_TAG(PT_STRING8, 0x3FD8)
#define PR_PROFILE_ABP_ALLOW_RECONNECT PROP_TAG(PT_LONG, 0x6639)
#define PR_PROFILE_ABP_MTHREAD_TIMEOUT_SECS PROP_TAG(PT_LONG, 0x663A)
#define PR_PROFILE_AB_FILES_PATH PROP_TAG(PT_STRING8, 0x660E)
#define PR_PROFILE_ADDR_INFO PROP_TAG(PT_BINARY, 0x6687)
#define PR_PROFILE_ALLPUB_COMMENT PROP_TAG(PT_STRING8, 0x6617)
#define PR_PROFILE_ALLPUB_DISPLAY_NAME PROP_TAG(PT_STRING8, 0x6616)
#define PR_PROFILE_AUTH_PACKAGE PROP_TAG(PT_LONG, 0x6619)
#define PR_PROFILE_BINDING_ORDER PROP_TAG(PT_STRING8, 0x6609)
#define PR_PROFILE_FAVFLD_COMMENT PROP_TAG(PT_STRING8, 0x6615)
#define PR_PROFILE_FAVFLD_DISPLAY_NAME PROP_TAG(PT_STRING8, 0x660F)
#define PR_PROFILE_MAX_RESTRICT PROP_TAG(PT_LONG, 0x660D)
#define PR_PROFILE_MOAB PROP_TAG(PT_STRING8, 0x667B)
#define PR_PROFILE_MOAB_GUID PROP_TAG(PT_STRING8, 0x667C)
#define PR_PROFILE_MOAB_SEQ PROP_TAG(PT_LONG, 0x667D)
#define PR_PROFILE_OFFLINE_INFO PROP_TAG(PT_BINARY, 0x6611)
#define PR_PROFILE_OPTIONS_DATA PROP_TAG(PT_BINARY, 0x6689)
#define PR_PROFILE_RECONNECT_INTERVAL PROP_TAG(PT_LONG, 0x661A)
#define PR_PROFILE_SECURE_MAILBOX PROP_TAG(PT_BINARY, 0x67F0)
#define PR_PROFILE_SERVER_VERSION PROP_TAG(PT_LONG, 0x661B)
#define PR_PROHIBIT_SEND_QUOTA PROP_TAG(PT_LONG, 0x666E)
#define PR_PROMOTE_PROP_ID_LIST PROP_TAG(PT_BINARY, 0x666B)
#define PR_PUBLIC_FOLDER_ENTRYID PROP_TAG(PT_BINARY, 0x663C)
#define PR_PUBLISH_IN_ADDRESS_BOOK PROP_TAG(PT_BOOLEAN, 0x3FE6)
#define PR_RANK PROP_TAG(PT_LONG, 0x6712)
#define PR_RCVD_REPRESENTING_SID PROP_TAG(PT_BINARY, 0x0E57)
#define PR_RCVD_REPRESENTING_SID_AS_XML PROP_TAG(PT_TSTRING, 0x0E78)
#define PR_RCVD_REPRESENTING_SID_AS_XML_W PROP_TAG(PT_UNICODE, 0x0E78)
#define PR_RCVD_REPRESENTING_SID_AS_XML_A PROP_TAG(PT_STRING8, 0x0E78)
#define PR_READ_RECEIPT_SID PROP_TAG(PT_BINARY, 0x0E51)
#define PR_READ_RECEIPT_SID_AS_XML PROP_TAG(PT_TSTRING, 0x0E72)
#define PR_READ_RECEIPT_SID_AS_XML_W PROP_TAG(PT_UNICODE, 0x0E72)
#define PR_READ_RECEIPT_SID_AS_XML_A PROP_TAG(PT_STRING8, 0x0E72)
#define PR_RECEIVED_BY_SID PROP_TAG(PT_BINARY, 0x0E56)
#define PR_RECEIVED_BY_SID_AS_XML PROP_TAG(PT_TSTRING, 0x0E77)
#define PR_RECEIVED_BY_SID_AS_XML_W PROP_TAG(PT_UNICODE, 0x0E77)
#define PR_RECEIVED_BY_SID_AS_XML_A PROP_TAG(PT_STRING8, 0x0E77)
#define PR_RECIPIENT_NUMBER PROP_TAG(PT_LONG, 0x6662)
#define PR_RECIPIENT_ON_ASSOC_MSG_COUNT PROP_TAG(PT_LONG, 0x66B0)
#define PR_RECIPIENT_ON_NORMAL_MSG_COUNT PROP_TAG(PT_LONG, 0x66AF)
#define PR_REPLICATION_ALWAYS_INTERVAL PROP_TAG(PT_LONG, 0x6694)
#define PR_REPLICATION_MESSAGE_PRIORITY PROP_TAG(PT_LONG, 0x6692)
#define PR_REPLICATION_MSG_SIZE PROP_TAG(PT_LONG, 0x6695)
#define PR_REPLICATION_SCHEDULE PROP_TAG(PT_BINARY, 0x6691)
#define PR_REPLICATION_STYLE PROP_TAG(PT_LONG, 0x6690)
#define PR_REPLICA_LIST PROP_TAG(PT_BINARY, 0x6698)
#define PR_REPLICA_SERVER PROP_TAG(PT_TSTRING, 0x6644)
#define PR_REPLICA_SERVER_W PROP_TAG(PT_UNICODE, 0x6644)
#define PR_REPLICA_SERVER_A PROP_TAG(PT_STRING8, 0x6644)
#define PR_REPLICA_VERSION PROP_TAG(PT_I8, 0x664B)
#define PR_REPLY_RECIPIENT_SMTP_PROXIES PROP_TAG(PT_TSTRING, 0x3FFC)
#define PR_REPLY_RECIPIENT_SMTP_PROXIES_W PROP_TAG(PT_UNICODE, 0x3FFC)
#define PR_REPLY_RECIPIENT_SMTP_PROXIES_A PROP_TAG(PT_STRING8, 0x3FFC)
#define PR_REPORT_DESTINATION_ENTRYID PROP_TAG(PT_BINARY, 0x6665)
#define PR_REPORT_DESTINATION_NAME PROP_TAG(PT_TSTRING, 0x6664)
#define PR_REPORT_DESTINATION_NAME_W PROP_TAG(PT_UNICODE, 0x6664)
#define PR_REPORT_DESTINATION_NAME_A PROP_TAG(PT_STRING8, 0x6664)
#define PR_REPORT_DESTINATION_SID PROP_TAG(PT_BINARY, 0x0E54)
#define PR_REPORT_DESTINATION_SID_AS_XML PROP_TAG(PT_TSTRING, 0x0E75)
#define PR_REPORT_DESTINATION_SID_AS_XML_W PROP_TAG(PT_UNICODE, 0x0E75)
#define PR_REPORT_DESTINATION_SID_AS_XML_A PROP_TAG(PT_STRING8, 0x0E75)
#define PR_REPORT_SID PROP_TAG(PT_BINARY, 0x0E52)
#define PR_REPORT_SID_AS_XML PROP_TAG(PT_TSTRING, 0x0E73)
#define PR_REPORT_SID_AS_XML_W PROP_TAG(PT_UNICODE, 0x0E73)
#define PR_REPORT_SID_AS_XML_A PROP_TAG(PT_STRING8, 0x0E73)
#define PR_RESERVE_RANGE_OF_IDS PROP_TAG(PT_BINARY, 0x0E7B)
#define PR_RESOLVE_METHOD PROP_TAG(PT_LONG, 0x3FE7)
#define PR_RESTRICTION_COUNT PROP_TAG(PT_LONG, 0x66AA)
#define PR_RETENTION_AGE_LIMIT PROP_TAG(PT_LONG, 0x66C4)
#define PR_RULE_ACTION_NUMBER PROP_TAG(PT_LONG, 0x6650)
#define PR_RULE_ACTION_TYPE PROP_TAG(PT_LONG, 0x6649)
#define PR_RULE_ERROR PROP_TAG(PT_LONG, 0x6648)
#define PR_RULE_FOLDER_ENTRYID PROP_TAG(PT_BINARY, 0x6651)
#define PR_RULE_SERVER_RULE_ID PROP_TAG(PT_I8, 0x65A0)
#define PR_RULE_TRIGGER_HISTORY PROP_TAG(PT_BINARY, 0x3FF2)
#define PR_SECURE_IN_SITE PROP_TAG(PT_BOOLEAN, 0x669E)
#define PR_SECURE_ORIGINATION PROP_TAG(PT_BOOLEAN, 0x3FE5)
#define PR_SENDER_SID PROP_TAG(PT_BINARY, 0x0E4D)
#define PR_SENDER_SID_AS_XML PROP_TAG(PT_TSTRING, 0x0E6E)
#define PR_SENDER_SID_AS_XML_W PROP_TAG(PT_UNICODE, 0x0E6E)
#define PR_SENDER_SID_AS_XML_A PROP_TAG(PT_STRING8, 0x0E6E)
#define PR_SENT_REPRESENTING_SID PROP_TAG(PT_BINARY, 0x0E4E)
#define PR_SENT_REPRESENTING_SID_AS_XML PROP_TAG(PT_TSTRING, 0x0E6F)
#define PR_SENT_REPRESENTING_SID_AS_XML_W PROP_TAG(PT_UNICODE, 0x0E6F)
#define PR_SENT_REPRESENTING_SID_AS_XML_A PROP_TAG(PT_STRING8, 0x0E6F)
#define PR_SOURCE_FID PROP_TAG(PT_I8, 0x0E5F)
#define PR_SPLUS_FREE_BUSY_ENTRYID PROP_TAG(PT_BINARY, 0x6622)
#define PR_SRC_URL_NAME PROP_TAG(PT_TSTRING, 0x670F)
#define PR_SRC_URL_NAME_W PROP_TAG(PT_UNICODE, 0x670F)
#define PR_SRC_URL_NAME_A PROP_TAG(PT_STRING8, 0x670F)
#define PR_STORAGE_QUOTA_LIMIT PROP_TAG(PT_LONG, 0x3FF5)
#define PR_STORE_SLOWLINK PROP_TAG(PT_BOOLEAN, 0x7C0A)
#define PR_SUBFOLDER PROP_TAG(PT_BOOLEAN, 0x6708)
#define PR_SUBJECT_TRACE_INFO PROP_TAG(PT_BINARY, 0x6661)
#define PR_SVR_GENERATING_QUOTA_MSG PROP_TAG(PT_TSTRING, 0x3FF7)
#define PR_SVR_GENERATING_QUOTA_MSG_W PROP_TAG(PT_UNICODE, 0x3FF7)
#define PR_SVR_GENERATING_QUOTA_MSG_A PROP_TAG(PT_STRING8, 0x3FF7)
#define PR_SYNCEVENT_FIRED PROP_TAG(PT_BOOLEAN, 0x664F)
#define PR_SYNCEVENT_SUPPRESS_GUID PROP_TAG(PT_BINARY, 0x3880)
#define PR_SYNCHRONIZE_FLAGS PROP_TAG(PT_LONG, 0x65E4)
#define PR_SYS_CONFIG_FOLDER_ENTRYID PROP_TAG(PT_BINARY, 0x6636)
#define PR_TEST_LINE_SPEED PROP_TAG(PT_BINARY, 0x662B)
#define PR_TRACE_INFO PROP_TAG(PT_BINARY, 0x6660)
#define PR_TRANSFER_ENABLED PROP_TAG(PT_BOOLEAN, 0x662A)
#define PR_TRUST_SENDER PROP_TAG(PT_LONG, 0x0E79)
#define PR_URL_COMP_NAME PROP_TAG(PT_TSTRING, 0x10F3)
#define PR_URL_COMP_NAME_W PROP_TAG(PT_UNICODE, 0x10F3)
#define PR_URL_COMP_NAME_A PROP_TAG(PT_STRING8, 0x10F3)
#define PR_URL_NAME PROP_TAG(PT_TSTRING, 0x6707)
#define PR_URL_NAME_W PROP_TAG(PT_UNICODE, 0x6707)
#define PR_URL_NAME_A PROP_TAG(PT_STRING8, 0x6707)
#define PR_WIN32_SECURITY_DESCRIPTOR PROP_TAG(PT_BINARY, 0x3D22)
#define PR_X400_ENVELOPE_TYPE PROP_TAG(PT_LONG, 0x6653)
#define PR_XMT_SECURITY_ROLE_1 PROP_TAG(PT_BINARY, 0x3D25)
#define PR_XMT_SECURITY_ROLE_1_AS_XML PROP_TAG(PT_TSTRING, 0x3D25)
#define PR_XMT_SECURITY_ROLE_1_AS_XML_W PROP_TAG(PT_UNICODE, 0x3D25)
#define PR_XMT_SECURITY_ROLE_1_AS_XML_A PROP_TAG(PT_STRING8, 0x3D25)
#define PR_XMT_SECURITY_ROLE_2 PROP_TAG(PT_BINARY, 0x3D26)
#define PR_XMT_SECURITY_ROLE_2_AS_XML PROP_TAG(PT_TSTRING, 0x3D26)
#define PR_XMT_SECURITY_ROLE_2_AS_XML_W PROP_TAG(PT_UNICODE, 0x3D26)
#define PR_XMT_SECURITY_ROLE_2_AS_XML_A PROP_TAG(PT_STRING8, 0x3D26)
#define PR_XMT_SECURITY_ROLE_3 PROP_TAG(PT_BINARY, 0x3D27)
#define PR_XMT_SECURITY_ROLE_3_AS_XML PROP_TAG(PT_TSTRING, 0x3D27)
#define PR_XMT_SECURITY_ROLE_3_AS_XML_W PROP_TAG(PT_UNICODE, 0x3D27)
#define PR_XMT_SECURITY_ROLE_3_AS_XML_A PROP_TAG(PT_STRING8, 0x3D27)
#define PR_XMT_SECURITY_ROLE_4 PROP_TAG(PT_BINARY, 0x3D28)
#define PR_XMT_SECURITY_ROLE_4_AS_XML PROP_TAG(PT_TSTRING, 0x3D28)
#define PR_XMT_SECURITY_ROLE_4_AS_XML_W PROP_TAG(PT_UNICODE, 0x3D28)
#define PR_XMT_SECURITY_ROLE_4_AS_XML_A PROP_TAG(PT_STRING8, 0x3D28)
#define PR_XMT_SECURITY_ROLE_5 PROP_TAG(PT_BINARY, 0x3D29)
#define PR_XMT_SECURITY_ROLE_5_AS_XML PROP_TAG(PT_TSTRING, 0x3D29)
#define PR_XMT_SECURITY_ROLE_5_AS_XML_W PROP_TAG(PT_UNICODE, 0x3D29)
#define PR_XMT_SECURITY_ROLE_5_AS_XML_A PROP_TAG(PT_STRING8, 0x3D29)
#define PR_XMT_SECURITY_ROLE_6 PROP_TAG(PT_BINARY, 0x3D2A)
#define PR_XMT_SECURITY_ROLE_6_AS_XML PROP_TAG(PT_TSTRING, 0x3D2A)
#define PR_XMT_SECURITY_ROLE_6_AS_XML_W PROP_TAG(PT_UNICODE, 0x3D2A)
#define PR_XMT_SECURITY_ROLE_6_AS_XML_A PROP_TAG(PT_STRING8, 0x3D2A)
#define PR_XMT_SECURITY_ROLE_7 PROP_TAG(PT_BINARY, 0x3D2B)
#define PR_XMT_SECURITY_ROLE_7_AS_XML PROP_TAG(PT_TSTRING, 0x3D2B)
#define PR_XMT_SECURITY_ROLE_7_AS_XML_W PROP_TAG(PT_UNICODE, 0x3D2B)
#define PR_XMT_SECURITY_ROLE_7_AS_XML_A PROP_TAG(PT_STRING8, 0x3D2B)
#define PR_XMT_SECURITY_ROLE_8 PROP_TAG(PT_BINARY, 0x3D2C)
#define PR_XMT_SECURITY_ROLE_8_AS_XML PROP_TAG(PT_TSTRING, 0x3D2C)
#define PR_XMT_SECURITY_ROLE_8_AS_XML_W PROP_TAG(PT_UNICODE, 0x3D2C)
#define PR_XMT_SECURITY_ROLE_8_AS_XML_A PROP_TAG(PT_STRING8, 0x3D2C)
#define ptagLISErrorCode PROP_TAG(PT_LONG, 0x65AA)
#define ptagLISErrorItemType PROP_TAG(PT_LONG, 0x65AB)
#define ptagLISErrorItemUrl PROP_TAG(PT_UNICODE, 0x65AD)
#define ptagLISErrorLogUrl PROP_TAG(PT_UNICODE, 0x6570)
#define ptagLISErrorOperation PROP_TAG(PT_LONG, 0x65AC)
#define ptagLISErrorSourceUrl PROP_TAG(PT_UNICODE, 0x65AE)
#define ptagLISExtendedErrorinfo PROP_TAG(PT_LONG, 0x65B0)
#define ptagLISModifiedPropertyList PROP_TAG(PT_UNICODE, 0x65AF)
#define ptagLISNewMail PROP_TAG(PT_BOOLEAN, 0x65C5)
#define ptagLISSubfolders PROP_TAG(PT_BOOLEAN, 0x6500)
#define ptagLISUnreadCount PROP_TAG(PT_LONG, 0x6501)
#define ptagSql PROP_TAG(PT_UNICODE, 0x65D0)
#define ptagSqlFrom PROP_TAG(PT_UNICODE, 0x65D2)
#define ptagSqlGroup PROP_TAG(PT_UNICODE, 0x65D5)
#define ptagSqlOrder PROP_TAG(PT_UNICODE, 0x65D4)
#define ptagSqlSelect PROP_TAG(PT_UNICODE, 0x65D1)
#define ptagSqlWhere PROP_TAG(PT_UNICODE, 0x65D3)
/* clang-format on */
/* @generated-end tags */

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

#define EXCHANGE_IEXCHANGEMANAGESTORE_METHODS(IPURE) \
	MAPIMETHOD(CreateStoreEntryID)(THIS_ LPSTR lpszMsgStoreDN, LPSTR lpszMailboxDN, ULONG ulFlags, ULONG *lpcbEntryID, LPENTRYID *lppEntryID) IPURE; \
	MAPIMETHOD(EntryIDFromSourceKey)(THIS_ ULONG cFolderKeySize, BYTE *lpFolderSourceKey, ULONG cMessageKeySize, BYTE *lpMessageSourceKey, ULONG *lpcbEntryID, LPENTRYID *lppEntryID) IPURE; \
	MAPIMETHOD(GetRights)(THIS_ ULONG cbUserEntryID, LPENTRYID lpUserEntryID, ULONG cbEntryID, LPENTRYID lpEntryID, ULONG *lpulRights) IPURE; \
	MAPIMETHOD(GetMailboxTable)(THIS_ LPSTR lpszServerName, LPMAPITABLE *lppTable, ULONG ulFlags) IPURE; \
	MAPIMETHOD(GetPublicFolderTable)(THIS_ LPSTR lpszServerName, LPMAPITABLE *lppTable, ULONG ulFlags) IPURE;

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

#define EXCHANGE_IEXCHANGEMODIFYTABLE_METHODS(IPURE) \
	MAPIMETHOD(GetLastError)(THIS_ HRESULT hResult, ULONG ulFlags, LPMAPIERROR *lppMAPIError) IPURE; \
	MAPIMETHOD(GetTable)(THIS_ ULONG ulFlags, LPMAPITABLE *lppTable) IPURE; \
	MAPIMETHOD(ModifyTable)(THIS_ ULONG ulFlags, LPROWLIST lpMods) IPURE;

/* IExchangeManageStore2 : IExchangeManageStore; IID_IExchangeManageStore2 */
struct IExchangeManageStore2Vtbl {
	/* IUnknown */
	HRESULT (STDMETHODCALLTYPE *QueryInterface)(IExchangeManageStore2 *This, REFIID riid, LPVOID *ppvObj);
	ULONG (STDMETHODCALLTYPE *AddRef)(IExchangeManageStore2 *This);
	ULONG (STDMETHODCALLTYPE *Release)(IExchangeManageStore2 *This);
	/* IExchangeManageStore */
	HRESULT (STDMETHODCALLTYPE *CreateStoreEntryID)(IExchangeManageStore2 *This, LPSTR lpszMsgStoreDN, LPSTR lpszMailboxDN, ULONG ulFlags, ULONG *lpcbEntryID, LPENTRYID *lppEntryID);
	HRESULT (STDMETHODCALLTYPE *EntryIDFromSourceKey)(IExchangeManageStore2 *This, ULONG cFolderKeySize, BYTE *lpFolderSourceKey, ULONG cMessageKeySize, BYTE *lpMessageSourceKey, ULONG *lpcbEntryID, LPENTRYID *lppEntryID);
	HRESULT (STDMETHODCALLTYPE *GetRights)(IExchangeManageStore2 *This, ULONG cbUserEntryID, LPENTRYID lpUserEntryID, ULONG cbEntryID, LPENTRYID lpEntryID, ULONG *lpulRights);
	HRESULT (STDMETHODCALLTYPE *GetMailboxTable)(IExchangeManageStore2 *This, LPSTR lpszServerName, LPMAPITABLE *lppTable, ULONG ulFlags);
	HRESULT (STDMETHODCALLTYPE *GetPublicFolderTable)(IExchangeManageStore2 *This, LPSTR lpszServerName, LPMAPITABLE *lppTable, ULONG ulFlags);
	/* IExchangeManageStore2 */
	HRESULT (STDMETHODCALLTYPE *CreateNewsgroupNameEntryID)(IExchangeManageStore2 *This, LPSTR lpszNewsgroupName, ULONG *lpcbEntryID, LPENTRYID *lppEntryID);
};

struct IExchangeManageStore2 {
	CONST_VTBL IExchangeManageStore2Vtbl *lpVtbl;
};

#if !defined(__cplusplus) || defined(CINTERFACE)
#define IExchangeManageStore2_QueryInterface(This, riid, ppvObj) ((This)->lpVtbl->QueryInterface((This), (riid), (ppvObj)))
#define IExchangeManageStore2_AddRef(This) ((This)->lpVtbl->AddRef((This)))
#define IExchangeManageStore2_Release(This) ((This)->lpVtbl->Release((This)))
#define IExchangeManageStore2_CreateStoreEntryID(This, lpszMsgStoreDN, lpszMailboxDN, ulFlags, lpcbEntryID, lppEntryID) ((This)->lpVtbl->CreateStoreEntryID((This), (lpszMsgStoreDN), (lpszMailboxDN), (ulFlags), (lpcbEntryID), (lppEntryID)))
#define IExchangeManageStore2_EntryIDFromSourceKey(This, cFolderKeySize, lpFolderSourceKey, cMessageKeySize, lpMessageSourceKey, lpcbEntryID, lppEntryID) ((This)->lpVtbl->EntryIDFromSourceKey((This), (cFolderKeySize), (lpFolderSourceKey), (cMessageKeySize), (lpMessageSourceKey), (lpcbEntryID), (lppEntryID)))
#define IExchangeManageStore2_GetRights(This, cbUserEntryID, lpUserEntryID, cbEntryID, lpEntryID, lpulRights) ((This)->lpVtbl->GetRights((This), (cbUserEntryID), (lpUserEntryID), (cbEntryID), (lpEntryID), (lpulRights)))
#define IExchangeManageStore2_GetMailboxTable(This, lpszServerName, lppTable, ulFlags) ((This)->lpVtbl->GetMailboxTable((This), (lpszServerName), (lppTable), (ulFlags)))
#define IExchangeManageStore2_GetPublicFolderTable(This, lpszServerName, lppTable, ulFlags) ((This)->lpVtbl->GetPublicFolderTable((This), (lpszServerName), (lppTable), (ulFlags)))
#define IExchangeManageStore2_CreateNewsgroupNameEntryID(This, lpszNewsgroupName, lpcbEntryID, lppEntryID) ((This)->lpVtbl->CreateNewsgroupNameEntryID((This), (lpszNewsgroupName), (lpcbEntryID), (lppEntryID)))
#endif

#define EXCHANGE_IEXCHANGEMANAGESTORE2_METHODS(IPURE) \
	MAPIMETHOD(CreateNewsgroupNameEntryID)(THIS_ LPSTR lpszNewsgroupName, ULONG *lpcbEntryID, LPENTRYID *lppEntryID) IPURE;

/* IExchangeManageStore3 : IExchangeManageStore2; IID_IExchangeManageStore3 */
struct IExchangeManageStore3Vtbl {
	/* IUnknown */
	HRESULT (STDMETHODCALLTYPE *QueryInterface)(IExchangeManageStore3 *This, REFIID riid, LPVOID *ppvObj);
	ULONG (STDMETHODCALLTYPE *AddRef)(IExchangeManageStore3 *This);
	ULONG (STDMETHODCALLTYPE *Release)(IExchangeManageStore3 *This);
	/* IExchangeManageStore */
	HRESULT (STDMETHODCALLTYPE *CreateStoreEntryID)(IExchangeManageStore3 *This, LPSTR lpszMsgStoreDN, LPSTR lpszMailboxDN, ULONG ulFlags, ULONG *lpcbEntryID, LPENTRYID *lppEntryID);
	HRESULT (STDMETHODCALLTYPE *EntryIDFromSourceKey)(IExchangeManageStore3 *This, ULONG cFolderKeySize, BYTE *lpFolderSourceKey, ULONG cMessageKeySize, BYTE *lpMessageSourceKey, ULONG *lpcbEntryID, LPENTRYID *lppEntryID);
	HRESULT (STDMETHODCALLTYPE *GetRights)(IExchangeManageStore3 *This, ULONG cbUserEntryID, LPENTRYID lpUserEntryID, ULONG cbEntryID, LPENTRYID lpEntryID, ULONG *lpulRights);
	HRESULT (STDMETHODCALLTYPE *GetMailboxTable)(IExchangeManageStore3 *This, LPSTR lpszServerName, LPMAPITABLE *lppTable, ULONG ulFlags);
	HRESULT (STDMETHODCALLTYPE *GetPublicFolderTable)(IExchangeManageStore3 *This, LPSTR lpszServerName, LPMAPITABLE *lppTable, ULONG ulFlags);
	/* IExchangeManageStore2 */
	HRESULT (STDMETHODCALLTYPE *CreateNewsgroupNameEntryID)(IExchangeManageStore3 *This, LPSTR lpszNewsgroupName, ULONG *lpcbEntryID, LPENTRYID *lppEntryID);
	/* IExchangeManageStore3 */
	HRESULT (STDMETHODCALLTYPE *GetMailboxTableOffset)(IExchangeManageStore3 *This, LPSTR lpszServerName, LPMAPITABLE *lppTable, ULONG ulFlags, UINT uOffset);
};

struct IExchangeManageStore3 {
	CONST_VTBL IExchangeManageStore3Vtbl *lpVtbl;
};

#if !defined(__cplusplus) || defined(CINTERFACE)
#define IExchangeManageStore3_QueryInterface(This, riid, ppvObj) ((This)->lpVtbl->QueryInterface((This), (riid), (ppvObj)))
#define IExchangeManageStore3_AddRef(This) ((This)->lpVtbl->AddRef((This)))
#define IExchangeManageStore3_Release(This) ((This)->lpVtbl->Release((This)))
#define IExchangeManageStore3_CreateStoreEntryID(This, lpszMsgStoreDN, lpszMailboxDN, ulFlags, lpcbEntryID, lppEntryID) ((This)->lpVtbl->CreateStoreEntryID((This), (lpszMsgStoreDN), (lpszMailboxDN), (ulFlags), (lpcbEntryID), (lppEntryID)))
#define IExchangeManageStore3_EntryIDFromSourceKey(This, cFolderKeySize, lpFolderSourceKey, cMessageKeySize, lpMessageSourceKey, lpcbEntryID, lppEntryID) ((This)->lpVtbl->EntryIDFromSourceKey((This), (cFolderKeySize), (lpFolderSourceKey), (cMessageKeySize), (lpMessageSourceKey), (lpcbEntryID), (lppEntryID)))
#define IExchangeManageStore3_GetRights(This, cbUserEntryID, lpUserEntryID, cbEntryID, lpEntryID, lpulRights) ((This)->lpVtbl->GetRights((This), (cbUserEntryID), (lpUserEntryID), (cbEntryID), (lpEntryID), (lpulRights)))
#define IExchangeManageStore3_GetMailboxTable(This, lpszServerName, lppTable, ulFlags) ((This)->lpVtbl->GetMailboxTable((This), (lpszServerName), (lppTable), (ulFlags)))
#define IExchangeManageStore3_GetPublicFolderTable(This, lpszServerName, lppTable, ulFlags) ((This)->lpVtbl->GetPublicFolderTable((This), (lpszServerName), (lppTable), (ulFlags)))
#define IExchangeManageStore3_CreateNewsgroupNameEntryID(This, lpszNewsgroupName, lpcbEntryID, lppEntryID) ((This)->lpVtbl->CreateNewsgroupNameEntryID((This), (lpszNewsgroupName), (lpcbEntryID), (lppEntryID)))
#define IExchangeManageStore3_GetMailboxTableOffset(This, lpszServerName, lppTable, ulFlags, uOffset) ((This)->lpVtbl->GetMailboxTableOffset((This), (lpszServerName), (lppTable), (ulFlags), (uOffset)))
#endif

#define EXCHANGE_IEXCHANGEMANAGESTORE3_METHODS(IPURE) \
	MAPIMETHOD(GetMailboxTableOffset)(THIS_ LPSTR lpszServerName, LPMAPITABLE *lppTable, ULONG ulFlags, UINT uOffset) IPURE;

/* IExchangeManageStore4 : IExchangeManageStore3; IID_IExchangeManageStore4 */
struct IExchangeManageStore4Vtbl {
	/* IUnknown */
	HRESULT (STDMETHODCALLTYPE *QueryInterface)(IExchangeManageStore4 *This, REFIID riid, LPVOID *ppvObj);
	ULONG (STDMETHODCALLTYPE *AddRef)(IExchangeManageStore4 *This);
	ULONG (STDMETHODCALLTYPE *Release)(IExchangeManageStore4 *This);
	/* IExchangeManageStore */
	HRESULT (STDMETHODCALLTYPE *CreateStoreEntryID)(IExchangeManageStore4 *This, LPSTR lpszMsgStoreDN, LPSTR lpszMailboxDN, ULONG ulFlags, ULONG *lpcbEntryID, LPENTRYID *lppEntryID);
	HRESULT (STDMETHODCALLTYPE *EntryIDFromSourceKey)(IExchangeManageStore4 *This, ULONG cFolderKeySize, BYTE *lpFolderSourceKey, ULONG cMessageKeySize, BYTE *lpMessageSourceKey, ULONG *lpcbEntryID, LPENTRYID *lppEntryID);
	HRESULT (STDMETHODCALLTYPE *GetRights)(IExchangeManageStore4 *This, ULONG cbUserEntryID, LPENTRYID lpUserEntryID, ULONG cbEntryID, LPENTRYID lpEntryID, ULONG *lpulRights);
	HRESULT (STDMETHODCALLTYPE *GetMailboxTable)(IExchangeManageStore4 *This, LPSTR lpszServerName, LPMAPITABLE *lppTable, ULONG ulFlags);
	HRESULT (STDMETHODCALLTYPE *GetPublicFolderTable)(IExchangeManageStore4 *This, LPSTR lpszServerName, LPMAPITABLE *lppTable, ULONG ulFlags);
	/* IExchangeManageStore2 */
	HRESULT (STDMETHODCALLTYPE *CreateNewsgroupNameEntryID)(IExchangeManageStore4 *This, LPSTR lpszNewsgroupName, ULONG *lpcbEntryID, LPENTRYID *lppEntryID);
	/* IExchangeManageStore3 */
	HRESULT (STDMETHODCALLTYPE *GetMailboxTableOffset)(IExchangeManageStore4 *This, LPSTR lpszServerName, LPMAPITABLE *lppTable, ULONG ulFlags, UINT uOffset);
	/* IExchangeManageStore4 */
	HRESULT (STDMETHODCALLTYPE *GetPublicFolderTableOffset)(IExchangeManageStore4 *This, LPSTR lpszServerName, LPMAPITABLE *lppTable, ULONG ulFlags, UINT uOffset);
};

struct IExchangeManageStore4 {
	CONST_VTBL IExchangeManageStore4Vtbl *lpVtbl;
};

#if !defined(__cplusplus) || defined(CINTERFACE)
#define IExchangeManageStore4_QueryInterface(This, riid, ppvObj) ((This)->lpVtbl->QueryInterface((This), (riid), (ppvObj)))
#define IExchangeManageStore4_AddRef(This) ((This)->lpVtbl->AddRef((This)))
#define IExchangeManageStore4_Release(This) ((This)->lpVtbl->Release((This)))
#define IExchangeManageStore4_CreateStoreEntryID(This, lpszMsgStoreDN, lpszMailboxDN, ulFlags, lpcbEntryID, lppEntryID) ((This)->lpVtbl->CreateStoreEntryID((This), (lpszMsgStoreDN), (lpszMailboxDN), (ulFlags), (lpcbEntryID), (lppEntryID)))
#define IExchangeManageStore4_EntryIDFromSourceKey(This, cFolderKeySize, lpFolderSourceKey, cMessageKeySize, lpMessageSourceKey, lpcbEntryID, lppEntryID) ((This)->lpVtbl->EntryIDFromSourceKey((This), (cFolderKeySize), (lpFolderSourceKey), (cMessageKeySize), (lpMessageSourceKey), (lpcbEntryID), (lppEntryID)))
#define IExchangeManageStore4_GetRights(This, cbUserEntryID, lpUserEntryID, cbEntryID, lpEntryID, lpulRights) ((This)->lpVtbl->GetRights((This), (cbUserEntryID), (lpUserEntryID), (cbEntryID), (lpEntryID), (lpulRights)))
#define IExchangeManageStore4_GetMailboxTable(This, lpszServerName, lppTable, ulFlags) ((This)->lpVtbl->GetMailboxTable((This), (lpszServerName), (lppTable), (ulFlags)))
#define IExchangeManageStore4_GetPublicFolderTable(This, lpszServerName, lppTable, ulFlags) ((This)->lpVtbl->GetPublicFolderTable((This), (lpszServerName), (lppTable), (ulFlags)))
#define IExchangeManageStore4_CreateNewsgroupNameEntryID(This, lpszNewsgroupName, lpcbEntryID, lppEntryID) ((This)->lpVtbl->CreateNewsgroupNameEntryID((This), (lpszNewsgroupName), (lpcbEntryID), (lppEntryID)))
#define IExchangeManageStore4_GetMailboxTableOffset(This, lpszServerName, lppTable, ulFlags, uOffset) ((This)->lpVtbl->GetMailboxTableOffset((This), (lpszServerName), (lppTable), (ulFlags), (uOffset)))
#define IExchangeManageStore4_GetPublicFolderTableOffset(This, lpszServerName, lppTable, ulFlags, uOffset) ((This)->lpVtbl->GetPublicFolderTableOffset((This), (lpszServerName), (lppTable), (ulFlags), (uOffset)))
#endif

#define EXCHANGE_IEXCHANGEMANAGESTORE4_METHODS(IPURE) \
	MAPIMETHOD(GetPublicFolderTableOffset)(THIS_ LPSTR lpszServerName, LPMAPITABLE *lppTable, ULONG ulFlags, UINT uOffset) IPURE;

/* IExchangeNntpNewsfeed : IUnknown; IID_IExchangeNntpNewsfeed */
struct IExchangeNntpNewsfeedVtbl {
	/* IUnknown */
	HRESULT (STDMETHODCALLTYPE *QueryInterface)(IExchangeNntpNewsfeed *This, REFIID riid, LPVOID *ppvObj);
	ULONG (STDMETHODCALLTYPE *AddRef)(IExchangeNntpNewsfeed *This);
	ULONG (STDMETHODCALLTYPE *Release)(IExchangeNntpNewsfeed *This);
	/* IExchangeNntpNewsfeed */
	HRESULT (STDMETHODCALLTYPE *Configure)(IExchangeNntpNewsfeed *This, LPSTR lpszNewsfeedDN, ULONG cValues, LPSPropValue lpIMailPropArray);
	HRESULT (STDMETHODCALLTYPE *CheckMsgIds)(IExchangeNntpNewsfeed *This, LPSTR lpszMsgIds, ULONG *lpcfWanted, BYTE **lppfWanted);
	HRESULT (STDMETHODCALLTYPE *OpenArticleStream)(IExchangeNntpNewsfeed *This, LPSTREAM *lppStream);
};

struct IExchangeNntpNewsfeed {
	CONST_VTBL IExchangeNntpNewsfeedVtbl *lpVtbl;
};

#if !defined(__cplusplus) || defined(CINTERFACE)
#define IExchangeNntpNewsfeed_QueryInterface(This, riid, ppvObj) ((This)->lpVtbl->QueryInterface((This), (riid), (ppvObj)))
#define IExchangeNntpNewsfeed_AddRef(This) ((This)->lpVtbl->AddRef((This)))
#define IExchangeNntpNewsfeed_Release(This) ((This)->lpVtbl->Release((This)))
#define IExchangeNntpNewsfeed_Configure(This, lpszNewsfeedDN, cValues, lpIMailPropArray) ((This)->lpVtbl->Configure((This), (lpszNewsfeedDN), (cValues), (lpIMailPropArray)))
#define IExchangeNntpNewsfeed_CheckMsgIds(This, lpszMsgIds, lpcfWanted, lppfWanted) ((This)->lpVtbl->CheckMsgIds((This), (lpszMsgIds), (lpcfWanted), (lppfWanted)))
#define IExchangeNntpNewsfeed_OpenArticleStream(This, lppStream) ((This)->lpVtbl->OpenArticleStream((This), (lppStream)))
#endif

#define EXCHANGE_IEXCHANGENNTPNEWSFEED_METHODS(IPURE) \
	MAPIMETHOD(Configure)(THIS_ LPSTR lpszNewsfeedDN, ULONG cValues, LPSPropValue lpIMailPropArray) IPURE; \
	MAPIMETHOD(CheckMsgIds)(THIS_ LPSTR lpszMsgIds, ULONG *lpcfWanted, BYTE **lppfWanted) IPURE; \
	MAPIMETHOD(OpenArticleStream)(THIS_ LPSTREAM *lppStream) IPURE;

/* IExchangeRuleAction : IUnknown; IID_IExchangeRuleAction */
struct IExchangeRuleActionVtbl {
	/* IUnknown */
	HRESULT (STDMETHODCALLTYPE *QueryInterface)(IExchangeRuleAction *This, REFIID riid, LPVOID *ppvObj);
	ULONG (STDMETHODCALLTYPE *AddRef)(IExchangeRuleAction *This);
	ULONG (STDMETHODCALLTYPE *Release)(IExchangeRuleAction *This);
	/* IExchangeRuleAction */
	HRESULT (STDMETHODCALLTYPE *ActionCount)(IExchangeRuleAction *This, ULONG *lpcActions);
	HRESULT (STDMETHODCALLTYPE *GetAction)(IExchangeRuleAction *This, ULONG ulActionNumber, LARGE_INTEGER *lpruleid, LPACTION *lppAction);
};

struct IExchangeRuleAction {
	CONST_VTBL IExchangeRuleActionVtbl *lpVtbl;
};

#if !defined(__cplusplus) || defined(CINTERFACE)
#define IExchangeRuleAction_QueryInterface(This, riid, ppvObj) ((This)->lpVtbl->QueryInterface((This), (riid), (ppvObj)))
#define IExchangeRuleAction_AddRef(This) ((This)->lpVtbl->AddRef((This)))
#define IExchangeRuleAction_Release(This) ((This)->lpVtbl->Release((This)))
#define IExchangeRuleAction_ActionCount(This, lpcActions) ((This)->lpVtbl->ActionCount((This), (lpcActions)))
#define IExchangeRuleAction_GetAction(This, ulActionNumber, lpruleid, lppAction) ((This)->lpVtbl->GetAction((This), (ulActionNumber), (lpruleid), (lppAction)))
#endif

#define EXCHANGE_IEXCHANGERULEACTION_METHODS(IPURE) \
	MAPIMETHOD(ActionCount)(THIS_ ULONG *lpcActions) IPURE; \
	MAPIMETHOD(GetAction)(THIS_ ULONG ulActionNumber, LARGE_INTEGER *lpruleid, LPACTION *lppAction) IPURE;

/* IExchangeFastTransfer : IUnknown; IID_IExchangeFastTransfer */
struct IExchangeFastTransferVtbl {
	/* IUnknown */
	HRESULT (STDMETHODCALLTYPE *QueryInterface)(IExchangeFastTransfer *This, REFIID riid, LPVOID *ppvObj);
	ULONG (STDMETHODCALLTYPE *AddRef)(IExchangeFastTransfer *This);
	ULONG (STDMETHODCALLTYPE *Release)(IExchangeFastTransfer *This);
	/* IExchangeFastTransfer */
	HRESULT (STDMETHODCALLTYPE *Config)(IExchangeFastTransfer *This, ULONG ulFlags, ULONG ulTransferMethod);
	HRESULT (STDMETHODCALLTYPE *TransferBuffer)(IExchangeFastTransfer *This, ULONG cb, LPBYTE lpb, ULONG *lpcbProcessed);
	BOOL (STDMETHODCALLTYPE *IsInterfaceOk)(IExchangeFastTransfer *This, ULONG ulTransferMethod, REFIID refiid, LPSPropTagArray lpptagList, ULONG ulFlags);
};

struct IExchangeFastTransfer {
	CONST_VTBL IExchangeFastTransferVtbl *lpVtbl;
};

#if !defined(__cplusplus) || defined(CINTERFACE)
#define IExchangeFastTransfer_QueryInterface(This, riid, ppvObj) ((This)->lpVtbl->QueryInterface((This), (riid), (ppvObj)))
#define IExchangeFastTransfer_AddRef(This) ((This)->lpVtbl->AddRef((This)))
#define IExchangeFastTransfer_Release(This) ((This)->lpVtbl->Release((This)))
#define IExchangeFastTransfer_Config(This, ulFlags, ulTransferMethod) ((This)->lpVtbl->Config((This), (ulFlags), (ulTransferMethod)))
#define IExchangeFastTransfer_TransferBuffer(This, cb, lpb, lpcbProcessed) ((This)->lpVtbl->TransferBuffer((This), (cb), (lpb), (lpcbProcessed)))
#define IExchangeFastTransfer_IsInterfaceOk(This, ulTransferMethod, refiid, lpptagList, ulFlags) ((This)->lpVtbl->IsInterfaceOk((This), (ulTransferMethod), (refiid), (lpptagList), (ulFlags)))
#endif

#define EXCHANGE_IEXCHANGEFASTTRANSFER_METHODS(IPURE) \
	MAPIMETHOD(Config)(THIS_ ULONG ulFlags, ULONG ulTransferMethod) IPURE; \
	MAPIMETHOD(TransferBuffer)(THIS_ ULONG cb, LPBYTE lpb, ULONG *lpcbProcessed) IPURE; \
	MAPIMETHOD_(BOOL, IsInterfaceOk)(THIS_ ULONG ulTransferMethod, REFIID refiid, LPSPropTagArray lpptagList, ULONG ulFlags) IPURE;

/* IExchangeExportChanges : IUnknown; IID_IExchangeExportChanges */
struct IExchangeExportChangesVtbl {
	/* IUnknown */
	HRESULT (STDMETHODCALLTYPE *QueryInterface)(IExchangeExportChanges *This, REFIID riid, LPVOID *ppvObj);
	ULONG (STDMETHODCALLTYPE *AddRef)(IExchangeExportChanges *This);
	ULONG (STDMETHODCALLTYPE *Release)(IExchangeExportChanges *This);
	/* IExchangeExportChanges */
	HRESULT (STDMETHODCALLTYPE *GetLastError)(IExchangeExportChanges *This, HRESULT hResult, ULONG ulFlags, LPMAPIERROR *lppMAPIError);
	HRESULT (STDMETHODCALLTYPE *Config)(IExchangeExportChanges *This, LPSTREAM lpStream, ULONG ulFlags, LPUNKNOWN lpUnk, LPSRestriction lpRestriction, LPSPropTagArray lpIncludeProps, LPSPropTagArray lpExcludeProps, ULONG ulBufferSize);
	HRESULT (STDMETHODCALLTYPE *Synchronize)(IExchangeExportChanges *This, ULONG *lpulSteps, ULONG *lpulProgress);
	HRESULT (STDMETHODCALLTYPE *UpdateState)(IExchangeExportChanges *This, LPSTREAM lpStream);
};

struct IExchangeExportChanges {
	CONST_VTBL IExchangeExportChangesVtbl *lpVtbl;
};

#if !defined(__cplusplus) || defined(CINTERFACE)
#define IExchangeExportChanges_QueryInterface(This, riid, ppvObj) ((This)->lpVtbl->QueryInterface((This), (riid), (ppvObj)))
#define IExchangeExportChanges_AddRef(This) ((This)->lpVtbl->AddRef((This)))
#define IExchangeExportChanges_Release(This) ((This)->lpVtbl->Release((This)))
#define IExchangeExportChanges_GetLastError(This, hResult, ulFlags, lppMAPIError) ((This)->lpVtbl->GetLastError((This), (hResult), (ulFlags), (lppMAPIError)))
#define IExchangeExportChanges_Config(This, lpStream, ulFlags, lpUnk, lpRestriction, lpIncludeProps, lpExcludeProps, ulBufferSize) ((This)->lpVtbl->Config((This), (lpStream), (ulFlags), (lpUnk), (lpRestriction), (lpIncludeProps), (lpExcludeProps), (ulBufferSize)))
#define IExchangeExportChanges_Synchronize(This, lpulSteps, lpulProgress) ((This)->lpVtbl->Synchronize((This), (lpulSteps), (lpulProgress)))
#define IExchangeExportChanges_UpdateState(This, lpStream) ((This)->lpVtbl->UpdateState((This), (lpStream)))
#endif

#define EXCHANGE_IEXCHANGEEXPORTCHANGES_METHODS(IPURE) \
	MAPIMETHOD(GetLastError)(THIS_ HRESULT hResult, ULONG ulFlags, LPMAPIERROR *lppMAPIError) IPURE; \
	MAPIMETHOD(Config)(THIS_ LPSTREAM lpStream, ULONG ulFlags, LPUNKNOWN lpUnk, LPSRestriction lpRestriction, LPSPropTagArray lpIncludeProps, LPSPropTagArray lpExcludeProps, ULONG ulBufferSize) IPURE; \
	MAPIMETHOD(Synchronize)(THIS_ ULONG *lpulSteps, ULONG *lpulProgress) IPURE; \
	MAPIMETHOD(UpdateState)(THIS_ LPSTREAM lpStream) IPURE;

/* IExchangeExportChanges2 : IExchangeExportChanges; IID_IExchangeExportChanges2 */
struct IExchangeExportChanges2Vtbl {
	/* IUnknown */
	HRESULT (STDMETHODCALLTYPE *QueryInterface)(IExchangeExportChanges2 *This, REFIID riid, LPVOID *ppvObj);
	ULONG (STDMETHODCALLTYPE *AddRef)(IExchangeExportChanges2 *This);
	ULONG (STDMETHODCALLTYPE *Release)(IExchangeExportChanges2 *This);
	/* IExchangeExportChanges */
	HRESULT (STDMETHODCALLTYPE *GetLastError)(IExchangeExportChanges2 *This, HRESULT hResult, ULONG ulFlags, LPMAPIERROR *lppMAPIError);
	HRESULT (STDMETHODCALLTYPE *Config)(IExchangeExportChanges2 *This, LPSTREAM lpStream, ULONG ulFlags, LPUNKNOWN lpUnk, LPSRestriction lpRestriction, LPSPropTagArray lpIncludeProps, LPSPropTagArray lpExcludeProps, ULONG ulBufferSize);
	HRESULT (STDMETHODCALLTYPE *Synchronize)(IExchangeExportChanges2 *This, ULONG *lpulSteps, ULONG *lpulProgress);
	HRESULT (STDMETHODCALLTYPE *UpdateState)(IExchangeExportChanges2 *This, LPSTREAM lpStream);
	/* IExchangeExportChanges2 */
	HRESULT (STDMETHODCALLTYPE *ConfigForConversionStream)(IExchangeExportChanges2 *This, LPSTREAM lpStream, ULONG ulFlags, LPUNKNOWN lpUnk, LPSRestriction lpRestriction, ULONG cValuesConversion, LPSPropValue lpPropArrayConversion, ULONG ulBufferSize);
};

struct IExchangeExportChanges2 {
	CONST_VTBL IExchangeExportChanges2Vtbl *lpVtbl;
};

#if !defined(__cplusplus) || defined(CINTERFACE)
#define IExchangeExportChanges2_QueryInterface(This, riid, ppvObj) ((This)->lpVtbl->QueryInterface((This), (riid), (ppvObj)))
#define IExchangeExportChanges2_AddRef(This) ((This)->lpVtbl->AddRef((This)))
#define IExchangeExportChanges2_Release(This) ((This)->lpVtbl->Release((This)))
#define IExchangeExportChanges2_GetLastError(This, hResult, ulFlags, lppMAPIError) ((This)->lpVtbl->GetLastError((This), (hResult), (ulFlags), (lppMAPIError)))
#define IExchangeExportChanges2_Config(This, lpStream, ulFlags, lpUnk, lpRestriction, lpIncludeProps, lpExcludeProps, ulBufferSize) ((This)->lpVtbl->Config((This), (lpStream), (ulFlags), (lpUnk), (lpRestriction), (lpIncludeProps), (lpExcludeProps), (ulBufferSize)))
#define IExchangeExportChanges2_Synchronize(This, lpulSteps, lpulProgress) ((This)->lpVtbl->Synchronize((This), (lpulSteps), (lpulProgress)))
#define IExchangeExportChanges2_UpdateState(This, lpStream) ((This)->lpVtbl->UpdateState((This), (lpStream)))
#define IExchangeExportChanges2_ConfigForConversionStream(This, lpStream, ulFlags, lpUnk, lpRestriction, cValuesConversion, lpPropArrayConversion, ulBufferSize) ((This)->lpVtbl->ConfigForConversionStream((This), (lpStream), (ulFlags), (lpUnk), (lpRestriction), (cValuesConversion), (lpPropArrayConversion), (ulBufferSize)))
#endif

#define EXCHANGE_IEXCHANGEEXPORTCHANGES2_METHODS(IPURE) \
	MAPIMETHOD(ConfigForConversionStream)(THIS_ LPSTREAM lpStream, ULONG ulFlags, LPUNKNOWN lpUnk, LPSRestriction lpRestriction, ULONG cValuesConversion, LPSPropValue lpPropArrayConversion, ULONG ulBufferSize) IPURE;

/* IExchangeExportChanges3 : IExchangeExportChanges2; IID_IExchangeExportChanges3 */
struct IExchangeExportChanges3Vtbl {
	/* IUnknown */
	HRESULT (STDMETHODCALLTYPE *QueryInterface)(IExchangeExportChanges3 *This, REFIID riid, LPVOID *ppvObj);
	ULONG (STDMETHODCALLTYPE *AddRef)(IExchangeExportChanges3 *This);
	ULONG (STDMETHODCALLTYPE *Release)(IExchangeExportChanges3 *This);
	/* IExchangeExportChanges */
	HRESULT (STDMETHODCALLTYPE *GetLastError)(IExchangeExportChanges3 *This, HRESULT hResult, ULONG ulFlags, LPMAPIERROR *lppMAPIError);
	HRESULT (STDMETHODCALLTYPE *Config)(IExchangeExportChanges3 *This, LPSTREAM lpStream, ULONG ulFlags, LPUNKNOWN lpUnk, LPSRestriction lpRestriction, LPSPropTagArray lpIncludeProps, LPSPropTagArray lpExcludeProps, ULONG ulBufferSize);
	HRESULT (STDMETHODCALLTYPE *Synchronize)(IExchangeExportChanges3 *This, ULONG *lpulSteps, ULONG *lpulProgress);
	HRESULT (STDMETHODCALLTYPE *UpdateState)(IExchangeExportChanges3 *This, LPSTREAM lpStream);
	/* IExchangeExportChanges2 */
	HRESULT (STDMETHODCALLTYPE *ConfigForConversionStream)(IExchangeExportChanges3 *This, LPSTREAM lpStream, ULONG ulFlags, LPUNKNOWN lpUnk, LPSRestriction lpRestriction, ULONG cValuesConversion, LPSPropValue lpPropArrayConversion, ULONG ulBufferSize);
	/* IExchangeExportChanges3 */
	HRESULT (STDMETHODCALLTYPE *ConfigForSelectiveSync)(IExchangeExportChanges3 *This, LPSTREAM lpStream, ULONG ulFlags, LPUNKNOWN lpUnk, LPENTRYLIST lpMsgList, LPSRestriction lpRestriction, LPSPropTagArray lpIncludeProps, LPSPropTagArray lpExcludeProps, ULONG ulBufferSize);
};

struct IExchangeExportChanges3 {
	CONST_VTBL IExchangeExportChanges3Vtbl *lpVtbl;
};

#if !defined(__cplusplus) || defined(CINTERFACE)
#define IExchangeExportChanges3_QueryInterface(This, riid, ppvObj) ((This)->lpVtbl->QueryInterface((This), (riid), (ppvObj)))
#define IExchangeExportChanges3_AddRef(This) ((This)->lpVtbl->AddRef((This)))
#define IExchangeExportChanges3_Release(This) ((This)->lpVtbl->Release((This)))
#define IExchangeExportChanges3_GetLastError(This, hResult, ulFlags, lppMAPIError) ((This)->lpVtbl->GetLastError((This), (hResult), (ulFlags), (lppMAPIError)))
#define IExchangeExportChanges3_Config(This, lpStream, ulFlags, lpUnk, lpRestriction, lpIncludeProps, lpExcludeProps, ulBufferSize) ((This)->lpVtbl->Config((This), (lpStream), (ulFlags), (lpUnk), (lpRestriction), (lpIncludeProps), (lpExcludeProps), (ulBufferSize)))
#define IExchangeExportChanges3_Synchronize(This, lpulSteps, lpulProgress) ((This)->lpVtbl->Synchronize((This), (lpulSteps), (lpulProgress)))
#define IExchangeExportChanges3_UpdateState(This, lpStream) ((This)->lpVtbl->UpdateState((This), (lpStream)))
#define IExchangeExportChanges3_ConfigForConversionStream(This, lpStream, ulFlags, lpUnk, lpRestriction, cValuesConversion, lpPropArrayConversion, ulBufferSize) ((This)->lpVtbl->ConfigForConversionStream((This), (lpStream), (ulFlags), (lpUnk), (lpRestriction), (cValuesConversion), (lpPropArrayConversion), (ulBufferSize)))
#define IExchangeExportChanges3_ConfigForSelectiveSync(This, lpStream, ulFlags, lpUnk, lpMsgList, lpRestriction, lpIncludeProps, lpExcludeProps, ulBufferSize) ((This)->lpVtbl->ConfigForSelectiveSync((This), (lpStream), (ulFlags), (lpUnk), (lpMsgList), (lpRestriction), (lpIncludeProps), (lpExcludeProps), (ulBufferSize)))
#endif

#define EXCHANGE_IEXCHANGEEXPORTCHANGES3_METHODS(IPURE) \
	MAPIMETHOD(ConfigForSelectiveSync)(THIS_ LPSTREAM lpStream, ULONG ulFlags, LPUNKNOWN lpUnk, LPENTRYLIST lpMsgList, LPSRestriction lpRestriction, LPSPropTagArray lpIncludeProps, LPSPropTagArray lpExcludeProps, ULONG ulBufferSize) IPURE;

/* IExchangeImportContentsChanges : IUnknown; IID_IExchangeImportContentsChanges */
struct IExchangeImportContentsChangesVtbl {
	/* IUnknown */
	HRESULT (STDMETHODCALLTYPE *QueryInterface)(IExchangeImportContentsChanges *This, REFIID riid, LPVOID *ppvObj);
	ULONG (STDMETHODCALLTYPE *AddRef)(IExchangeImportContentsChanges *This);
	ULONG (STDMETHODCALLTYPE *Release)(IExchangeImportContentsChanges *This);
	/* IExchangeImportContentsChanges */
	HRESULT (STDMETHODCALLTYPE *GetLastError)(IExchangeImportContentsChanges *This, HRESULT hResult, ULONG ulFlags, LPMAPIERROR *lppMAPIError);
	HRESULT (STDMETHODCALLTYPE *Config)(IExchangeImportContentsChanges *This, LPSTREAM lpStream, ULONG ulFlags);
	HRESULT (STDMETHODCALLTYPE *UpdateState)(IExchangeImportContentsChanges *This, LPSTREAM lpStream);
	HRESULT (STDMETHODCALLTYPE *ImportMessageChange)(IExchangeImportContentsChanges *This, ULONG cpvalChanges, LPSPropValue ppvalChanges, ULONG ulFlags, LPMESSAGE *lppmessage);
	HRESULT (STDMETHODCALLTYPE *ImportMessageDeletion)(IExchangeImportContentsChanges *This, ULONG ulFlags, LPENTRYLIST lpSrcEntryList);
	HRESULT (STDMETHODCALLTYPE *ImportPerUserReadStateChange)(IExchangeImportContentsChanges *This, ULONG cElements, LPREADSTATE lpReadState);
	HRESULT (STDMETHODCALLTYPE *ImportMessageMove)(IExchangeImportContentsChanges *This, ULONG cbSourceKeySrcFolder, BYTE *pbSourceKeySrcFolder, ULONG cbSourceKeySrcMessage, BYTE *pbSourceKeySrcMessage, ULONG cbPCLMessage, BYTE *pbPCLMessage, ULONG cbSourceKeyDestMessage, BYTE *pbSourceKeyDestMessage, ULONG cbChangeNumDestMessage, BYTE *pbChangeNumDestMessage);
};

struct IExchangeImportContentsChanges {
	CONST_VTBL IExchangeImportContentsChangesVtbl *lpVtbl;
};

#if !defined(__cplusplus) || defined(CINTERFACE)
#define IExchangeImportContentsChanges_QueryInterface(This, riid, ppvObj) ((This)->lpVtbl->QueryInterface((This), (riid), (ppvObj)))
#define IExchangeImportContentsChanges_AddRef(This) ((This)->lpVtbl->AddRef((This)))
#define IExchangeImportContentsChanges_Release(This) ((This)->lpVtbl->Release((This)))
#define IExchangeImportContentsChanges_GetLastError(This, hResult, ulFlags, lppMAPIError) ((This)->lpVtbl->GetLastError((This), (hResult), (ulFlags), (lppMAPIError)))
#define IExchangeImportContentsChanges_Config(This, lpStream, ulFlags) ((This)->lpVtbl->Config((This), (lpStream), (ulFlags)))
#define IExchangeImportContentsChanges_UpdateState(This, lpStream) ((This)->lpVtbl->UpdateState((This), (lpStream)))
#define IExchangeImportContentsChanges_ImportMessageChange(This, cpvalChanges, ppvalChanges, ulFlags, lppmessage) ((This)->lpVtbl->ImportMessageChange((This), (cpvalChanges), (ppvalChanges), (ulFlags), (lppmessage)))
#define IExchangeImportContentsChanges_ImportMessageDeletion(This, ulFlags, lpSrcEntryList) ((This)->lpVtbl->ImportMessageDeletion((This), (ulFlags), (lpSrcEntryList)))
#define IExchangeImportContentsChanges_ImportPerUserReadStateChange(This, cElements, lpReadState) ((This)->lpVtbl->ImportPerUserReadStateChange((This), (cElements), (lpReadState)))
#define IExchangeImportContentsChanges_ImportMessageMove(This, cbSourceKeySrcFolder, pbSourceKeySrcFolder, cbSourceKeySrcMessage, pbSourceKeySrcMessage, cbPCLMessage, pbPCLMessage, cbSourceKeyDestMessage, pbSourceKeyDestMessage, cbChangeNumDestMessage, pbChangeNumDestMessage) ((This)->lpVtbl->ImportMessageMove((This), (cbSourceKeySrcFolder), (pbSourceKeySrcFolder), (cbSourceKeySrcMessage), (pbSourceKeySrcMessage), (cbPCLMessage), (pbPCLMessage), (cbSourceKeyDestMessage), (pbSourceKeyDestMessage), (cbChangeNumDestMessage), (pbChangeNumDestMessage)))
#endif

#define EXCHANGE_IEXCHANGEIMPORTCONTENTSCHANGES_METHODS(IPURE) \
	MAPIMETHOD(GetLastError)(THIS_ HRESULT hResult, ULONG ulFlags, LPMAPIERROR *lppMAPIError) IPURE; \
	MAPIMETHOD(Config)(THIS_ LPSTREAM lpStream, ULONG ulFlags) IPURE; \
	MAPIMETHOD(UpdateState)(THIS_ LPSTREAM lpStream) IPURE; \
	MAPIMETHOD(ImportMessageChange)(THIS_ ULONG cpvalChanges, LPSPropValue ppvalChanges, ULONG ulFlags, LPMESSAGE *lppmessage) IPURE; \
	MAPIMETHOD(ImportMessageDeletion)(THIS_ ULONG ulFlags, LPENTRYLIST lpSrcEntryList) IPURE; \
	MAPIMETHOD(ImportPerUserReadStateChange)(THIS_ ULONG cElements, LPREADSTATE lpReadState) IPURE; \
	MAPIMETHOD(ImportMessageMove)(THIS_ ULONG cbSourceKeySrcFolder, BYTE *pbSourceKeySrcFolder, ULONG cbSourceKeySrcMessage, BYTE *pbSourceKeySrcMessage, ULONG cbPCLMessage, BYTE *pbPCLMessage, ULONG cbSourceKeyDestMessage, BYTE *pbSourceKeyDestMessage, ULONG cbChangeNumDestMessage, BYTE *pbChangeNumDestMessage) IPURE;

/* IExchangeImportContentsChanges2 : IExchangeImportContentsChanges; IID_IExchangeImportContentsChanges2 */
struct IExchangeImportContentsChanges2Vtbl {
	/* IUnknown */
	HRESULT (STDMETHODCALLTYPE *QueryInterface)(IExchangeImportContentsChanges2 *This, REFIID riid, LPVOID *ppvObj);
	ULONG (STDMETHODCALLTYPE *AddRef)(IExchangeImportContentsChanges2 *This);
	ULONG (STDMETHODCALLTYPE *Release)(IExchangeImportContentsChanges2 *This);
	/* IExchangeImportContentsChanges */
	HRESULT (STDMETHODCALLTYPE *GetLastError)(IExchangeImportContentsChanges2 *This, HRESULT hResult, ULONG ulFlags, LPMAPIERROR *lppMAPIError);
	HRESULT (STDMETHODCALLTYPE *Config)(IExchangeImportContentsChanges2 *This, LPSTREAM lpStream, ULONG ulFlags);
	HRESULT (STDMETHODCALLTYPE *UpdateState)(IExchangeImportContentsChanges2 *This, LPSTREAM lpStream);
	HRESULT (STDMETHODCALLTYPE *ImportMessageChange)(IExchangeImportContentsChanges2 *This, ULONG cpvalChanges, LPSPropValue ppvalChanges, ULONG ulFlags, LPMESSAGE *lppmessage);
	HRESULT (STDMETHODCALLTYPE *ImportMessageDeletion)(IExchangeImportContentsChanges2 *This, ULONG ulFlags, LPENTRYLIST lpSrcEntryList);
	HRESULT (STDMETHODCALLTYPE *ImportPerUserReadStateChange)(IExchangeImportContentsChanges2 *This, ULONG cElements, LPREADSTATE lpReadState);
	HRESULT (STDMETHODCALLTYPE *ImportMessageMove)(IExchangeImportContentsChanges2 *This, ULONG cbSourceKeySrcFolder, BYTE *pbSourceKeySrcFolder, ULONG cbSourceKeySrcMessage, BYTE *pbSourceKeySrcMessage, ULONG cbPCLMessage, BYTE *pbPCLMessage, ULONG cbSourceKeyDestMessage, BYTE *pbSourceKeyDestMessage, ULONG cbChangeNumDestMessage, BYTE *pbChangeNumDestMessage);
	/* IExchangeImportContentsChanges2 */
	HRESULT (STDMETHODCALLTYPE *ConfigForConversionStream)(IExchangeImportContentsChanges2 *This, LPSTREAM lpStream, ULONG ulFlags, ULONG cValuesConversion, LPSPropValue lpPropArrayConversion);
	HRESULT (STDMETHODCALLTYPE *ImportMessageChangeAsAStream)(IExchangeImportContentsChanges2 *This, ULONG cpvalChanges, LPSPropValue ppvalChanges, ULONG ulFlags, LPSTREAM *lppstream);
};

struct IExchangeImportContentsChanges2 {
	CONST_VTBL IExchangeImportContentsChanges2Vtbl *lpVtbl;
};

#if !defined(__cplusplus) || defined(CINTERFACE)
#define IExchangeImportContentsChanges2_QueryInterface(This, riid, ppvObj) ((This)->lpVtbl->QueryInterface((This), (riid), (ppvObj)))
#define IExchangeImportContentsChanges2_AddRef(This) ((This)->lpVtbl->AddRef((This)))
#define IExchangeImportContentsChanges2_Release(This) ((This)->lpVtbl->Release((This)))
#define IExchangeImportContentsChanges2_GetLastError(This, hResult, ulFlags, lppMAPIError) ((This)->lpVtbl->GetLastError((This), (hResult), (ulFlags), (lppMAPIError)))
#define IExchangeImportContentsChanges2_Config(This, lpStream, ulFlags) ((This)->lpVtbl->Config((This), (lpStream), (ulFlags)))
#define IExchangeImportContentsChanges2_UpdateState(This, lpStream) ((This)->lpVtbl->UpdateState((This), (lpStream)))
#define IExchangeImportContentsChanges2_ImportMessageChange(This, cpvalChanges, ppvalChanges, ulFlags, lppmessage) ((This)->lpVtbl->ImportMessageChange((This), (cpvalChanges), (ppvalChanges), (ulFlags), (lppmessage)))
#define IExchangeImportContentsChanges2_ImportMessageDeletion(This, ulFlags, lpSrcEntryList) ((This)->lpVtbl->ImportMessageDeletion((This), (ulFlags), (lpSrcEntryList)))
#define IExchangeImportContentsChanges2_ImportPerUserReadStateChange(This, cElements, lpReadState) ((This)->lpVtbl->ImportPerUserReadStateChange((This), (cElements), (lpReadState)))
#define IExchangeImportContentsChanges2_ImportMessageMove(This, cbSourceKeySrcFolder, pbSourceKeySrcFolder, cbSourceKeySrcMessage, pbSourceKeySrcMessage, cbPCLMessage, pbPCLMessage, cbSourceKeyDestMessage, pbSourceKeyDestMessage, cbChangeNumDestMessage, pbChangeNumDestMessage) ((This)->lpVtbl->ImportMessageMove((This), (cbSourceKeySrcFolder), (pbSourceKeySrcFolder), (cbSourceKeySrcMessage), (pbSourceKeySrcMessage), (cbPCLMessage), (pbPCLMessage), (cbSourceKeyDestMessage), (pbSourceKeyDestMessage), (cbChangeNumDestMessage), (pbChangeNumDestMessage)))
#define IExchangeImportContentsChanges2_ConfigForConversionStream(This, lpStream, ulFlags, cValuesConversion, lpPropArrayConversion) ((This)->lpVtbl->ConfigForConversionStream((This), (lpStream), (ulFlags), (cValuesConversion), (lpPropArrayConversion)))
#define IExchangeImportContentsChanges2_ImportMessageChangeAsAStream(This, cpvalChanges, ppvalChanges, ulFlags, lppstream) ((This)->lpVtbl->ImportMessageChangeAsAStream((This), (cpvalChanges), (ppvalChanges), (ulFlags), (lppstream)))
#endif

#define EXCHANGE_IEXCHANGEIMPORTCONTENTSCHANGES2_METHODS(IPURE) \
	MAPIMETHOD(ConfigForConversionStream)(THIS_ LPSTREAM lpStream, ULONG ulFlags, ULONG cValuesConversion, LPSPropValue lpPropArrayConversion) IPURE; \
	MAPIMETHOD(ImportMessageChangeAsAStream)(THIS_ ULONG cpvalChanges, LPSPropValue ppvalChanges, ULONG ulFlags, LPSTREAM *lppstream) IPURE;

/* IExchangeImportHierarchyChanges : IUnknown; IID_IExchangeImportHierarchyChanges */
struct IExchangeImportHierarchyChangesVtbl {
	/* IUnknown */
	HRESULT (STDMETHODCALLTYPE *QueryInterface)(IExchangeImportHierarchyChanges *This, REFIID riid, LPVOID *ppvObj);
	ULONG (STDMETHODCALLTYPE *AddRef)(IExchangeImportHierarchyChanges *This);
	ULONG (STDMETHODCALLTYPE *Release)(IExchangeImportHierarchyChanges *This);
	/* IExchangeImportHierarchyChanges */
	HRESULT (STDMETHODCALLTYPE *GetLastError)(IExchangeImportHierarchyChanges *This, HRESULT hResult, ULONG ulFlags, LPMAPIERROR *lppMAPIError);
	HRESULT (STDMETHODCALLTYPE *Config)(IExchangeImportHierarchyChanges *This, LPSTREAM lpStream, ULONG ulFlags);
	HRESULT (STDMETHODCALLTYPE *UpdateState)(IExchangeImportHierarchyChanges *This, LPSTREAM lpStream);
	HRESULT (STDMETHODCALLTYPE *ImportFolderChange)(IExchangeImportHierarchyChanges *This, ULONG cpvalChanges, LPSPropValue ppvalChanges);
	HRESULT (STDMETHODCALLTYPE *ImportFolderDeletion)(IExchangeImportHierarchyChanges *This, ULONG ulFlags, LPENTRYLIST lpSrcEntryList);
};

struct IExchangeImportHierarchyChanges {
	CONST_VTBL IExchangeImportHierarchyChangesVtbl *lpVtbl;
};

#if !defined(__cplusplus) || defined(CINTERFACE)
#define IExchangeImportHierarchyChanges_QueryInterface(This, riid, ppvObj) ((This)->lpVtbl->QueryInterface((This), (riid), (ppvObj)))
#define IExchangeImportHierarchyChanges_AddRef(This) ((This)->lpVtbl->AddRef((This)))
#define IExchangeImportHierarchyChanges_Release(This) ((This)->lpVtbl->Release((This)))
#define IExchangeImportHierarchyChanges_GetLastError(This, hResult, ulFlags, lppMAPIError) ((This)->lpVtbl->GetLastError((This), (hResult), (ulFlags), (lppMAPIError)))
#define IExchangeImportHierarchyChanges_Config(This, lpStream, ulFlags) ((This)->lpVtbl->Config((This), (lpStream), (ulFlags)))
#define IExchangeImportHierarchyChanges_UpdateState(This, lpStream) ((This)->lpVtbl->UpdateState((This), (lpStream)))
#define IExchangeImportHierarchyChanges_ImportFolderChange(This, cpvalChanges, ppvalChanges) ((This)->lpVtbl->ImportFolderChange((This), (cpvalChanges), (ppvalChanges)))
#define IExchangeImportHierarchyChanges_ImportFolderDeletion(This, ulFlags, lpSrcEntryList) ((This)->lpVtbl->ImportFolderDeletion((This), (ulFlags), (lpSrcEntryList)))
#endif

#define EXCHANGE_IEXCHANGEIMPORTHIERARCHYCHANGES_METHODS(IPURE) \
	MAPIMETHOD(GetLastError)(THIS_ HRESULT hResult, ULONG ulFlags, LPMAPIERROR *lppMAPIError) IPURE; \
	MAPIMETHOD(Config)(THIS_ LPSTREAM lpStream, ULONG ulFlags) IPURE; \
	MAPIMETHOD(UpdateState)(THIS_ LPSTREAM lpStream) IPURE; \
	MAPIMETHOD(ImportFolderChange)(THIS_ ULONG cpvalChanges, LPSPropValue ppvalChanges) IPURE; \
	MAPIMETHOD(ImportFolderDeletion)(THIS_ ULONG ulFlags, LPENTRYLIST lpSrcEntryList) IPURE;

/* IExchangeChangeAdviseSink : IUnknown; no IID */
struct IExchangeChangeAdviseSinkVtbl {
	/* IUnknown */
	HRESULT (STDMETHODCALLTYPE *QueryInterface)(IExchangeChangeAdviseSink *This, REFIID riid, LPVOID *ppvObj);
	ULONG (STDMETHODCALLTYPE *AddRef)(IExchangeChangeAdviseSink *This);
	ULONG (STDMETHODCALLTYPE *Release)(IExchangeChangeAdviseSink *This);
	/* IExchangeChangeAdviseSink */
	ULONG (STDMETHODCALLTYPE *OnNotify)(IExchangeChangeAdviseSink *This, ULONG ulFlags, LPENTRYLIST lpEntryList);
};

struct IExchangeChangeAdviseSink {
	CONST_VTBL IExchangeChangeAdviseSinkVtbl *lpVtbl;
};

#if !defined(__cplusplus) || defined(CINTERFACE)
#define IExchangeChangeAdviseSink_QueryInterface(This, riid, ppvObj) ((This)->lpVtbl->QueryInterface((This), (riid), (ppvObj)))
#define IExchangeChangeAdviseSink_AddRef(This) ((This)->lpVtbl->AddRef((This)))
#define IExchangeChangeAdviseSink_Release(This) ((This)->lpVtbl->Release((This)))
#define IExchangeChangeAdviseSink_OnNotify(This, ulFlags, lpEntryList) ((This)->lpVtbl->OnNotify((This), (ulFlags), (lpEntryList)))
#endif

#define EXCHANGE_IEXCHANGECHANGEADVISESINK_METHODS(IPURE) \
	MAPIMETHOD_(ULONG, OnNotify)(THIS_ ULONG ulFlags, LPENTRYLIST lpEntryList) IPURE;

/* IExchangeChangeAdvisor : IUnknown; IID_IExchangeChangeAdvisor */
struct IExchangeChangeAdvisorVtbl {
	/* IUnknown */
	HRESULT (STDMETHODCALLTYPE *QueryInterface)(IExchangeChangeAdvisor *This, REFIID riid, LPVOID *ppvObj);
	ULONG (STDMETHODCALLTYPE *AddRef)(IExchangeChangeAdvisor *This);
	ULONG (STDMETHODCALLTYPE *Release)(IExchangeChangeAdvisor *This);
	/* IExchangeChangeAdvisor */
	HRESULT (STDMETHODCALLTYPE *GetLastError)(IExchangeChangeAdvisor *This, HRESULT hResult, ULONG ulFlags, LPMAPIERROR *lppMAPIError);
	HRESULT (STDMETHODCALLTYPE *Config)(IExchangeChangeAdvisor *This, LPSTREAM lpStream, LPGUID lpGUID, LPEXCHANGECHANGEADVISESINK lpAdviseSink, ULONG ulFlags);
	HRESULT (STDMETHODCALLTYPE *UpdateState)(IExchangeChangeAdvisor *This, LPSTREAM lpStream);
	HRESULT (STDMETHODCALLTYPE *AddKeys)(IExchangeChangeAdvisor *This, LPENTRYLIST lpEntryList);
	HRESULT (STDMETHODCALLTYPE *RemoveKeys)(IExchangeChangeAdvisor *This, LPENTRYLIST lpEntryList);
};

struct IExchangeChangeAdvisor {
	CONST_VTBL IExchangeChangeAdvisorVtbl *lpVtbl;
};

#if !defined(__cplusplus) || defined(CINTERFACE)
#define IExchangeChangeAdvisor_QueryInterface(This, riid, ppvObj) ((This)->lpVtbl->QueryInterface((This), (riid), (ppvObj)))
#define IExchangeChangeAdvisor_AddRef(This) ((This)->lpVtbl->AddRef((This)))
#define IExchangeChangeAdvisor_Release(This) ((This)->lpVtbl->Release((This)))
#define IExchangeChangeAdvisor_GetLastError(This, hResult, ulFlags, lppMAPIError) ((This)->lpVtbl->GetLastError((This), (hResult), (ulFlags), (lppMAPIError)))
#define IExchangeChangeAdvisor_Config(This, lpStream, lpGUID, lpAdviseSink, ulFlags) ((This)->lpVtbl->Config((This), (lpStream), (lpGUID), (lpAdviseSink), (ulFlags)))
#define IExchangeChangeAdvisor_UpdateState(This, lpStream) ((This)->lpVtbl->UpdateState((This), (lpStream)))
#define IExchangeChangeAdvisor_AddKeys(This, lpEntryList) ((This)->lpVtbl->AddKeys((This), (lpEntryList)))
#define IExchangeChangeAdvisor_RemoveKeys(This, lpEntryList) ((This)->lpVtbl->RemoveKeys((This), (lpEntryList)))
#endif

#define EXCHANGE_IEXCHANGECHANGEADVISOR_METHODS(IPURE) \
	MAPIMETHOD(GetLastError)(THIS_ HRESULT hResult, ULONG ulFlags, LPMAPIERROR *lppMAPIError) IPURE; \
	MAPIMETHOD(Config)(THIS_ LPSTREAM lpStream, LPGUID lpGUID, LPEXCHANGECHANGEADVISESINK lpAdviseSink, ULONG ulFlags) IPURE; \
	MAPIMETHOD(UpdateState)(THIS_ LPSTREAM lpStream) IPURE; \
	MAPIMETHOD(AddKeys)(THIS_ LPENTRYLIST lpEntryList) IPURE; \
	MAPIMETHOD(RemoveKeys)(THIS_ LPENTRYLIST lpEntryList) IPURE;

/* IExchangeBadItemCallback : IUnknown; IID_IExchangeBadItemCallback */
struct IExchangeBadItemCallbackVtbl {
	/* IUnknown */
	HRESULT (STDMETHODCALLTYPE *QueryInterface)(IExchangeBadItemCallback *This, REFIID riid, LPVOID *ppvObj);
	ULONG (STDMETHODCALLTYPE *AddRef)(IExchangeBadItemCallback *This);
	ULONG (STDMETHODCALLTYPE *Release)(IExchangeBadItemCallback *This);
	/* IExchangeBadItemCallback */
	HRESULT (STDMETHODCALLTYPE *BadItem)(IExchangeBadItemCallback *This, HRESULT hResult, ULONG ulFlags, LPWSTR lpwszFolderName, LPSBinary lpsbFolderEid, ULONG cValues, LPSPropValue lpPropArray);
};

struct IExchangeBadItemCallback {
	CONST_VTBL IExchangeBadItemCallbackVtbl *lpVtbl;
};

#if !defined(__cplusplus) || defined(CINTERFACE)
#define IExchangeBadItemCallback_QueryInterface(This, riid, ppvObj) ((This)->lpVtbl->QueryInterface((This), (riid), (ppvObj)))
#define IExchangeBadItemCallback_AddRef(This) ((This)->lpVtbl->AddRef((This)))
#define IExchangeBadItemCallback_Release(This) ((This)->lpVtbl->Release((This)))
#define IExchangeBadItemCallback_BadItem(This, hResult, ulFlags, lpwszFolderName, lpsbFolderEid, cValues, lpPropArray) ((This)->lpVtbl->BadItem((This), (hResult), (ulFlags), (lpwszFolderName), (lpsbFolderEid), (cValues), (lpPropArray)))
#endif

#define EXCHANGE_IEXCHANGEBADITEMCALLBACK_METHODS(IPURE) \
	MAPIMETHOD(BadItem)(THIS_ HRESULT hResult, ULONG ulFlags, LPWSTR lpwszFolderName, LPSBinary lpsbFolderEid, ULONG cValues, LPSPropValue lpPropArray) IPURE;

/* IExchangeMoveUserProgress : IUnknown; IID_IExchangeMoveUserProgress */
struct IExchangeMoveUserProgressVtbl {
	/* IUnknown */
	HRESULT (STDMETHODCALLTYPE *QueryInterface)(IExchangeMoveUserProgress *This, REFIID riid, LPVOID *ppvObj);
	ULONG (STDMETHODCALLTYPE *AddRef)(IExchangeMoveUserProgress *This);
	ULONG (STDMETHODCALLTYPE *Release)(IExchangeMoveUserProgress *This);
	/* IExchangeMoveUserProgress */
	HRESULT (STDMETHODCALLTYPE *NextFolder)(IExchangeMoveUserProgress *This, ULONG ulFlags, LPWSTR lpwszFolderName);
	HRESULT (STDMETHODCALLTYPE *Progress)(IExchangeMoveUserProgress *This, ULONG ulFlags, ULONG ulCount, ULONG ulTotal);
	HRESULT (STDMETHODCALLTYPE *Restart)(IExchangeMoveUserProgress *This, ULONG ulFlags);
};

struct IExchangeMoveUserProgress {
	CONST_VTBL IExchangeMoveUserProgressVtbl *lpVtbl;
};

#if !defined(__cplusplus) || defined(CINTERFACE)
#define IExchangeMoveUserProgress_QueryInterface(This, riid, ppvObj) ((This)->lpVtbl->QueryInterface((This), (riid), (ppvObj)))
#define IExchangeMoveUserProgress_AddRef(This) ((This)->lpVtbl->AddRef((This)))
#define IExchangeMoveUserProgress_Release(This) ((This)->lpVtbl->Release((This)))
#define IExchangeMoveUserProgress_NextFolder(This, ulFlags, lpwszFolderName) ((This)->lpVtbl->NextFolder((This), (ulFlags), (lpwszFolderName)))
#define IExchangeMoveUserProgress_Progress(This, ulFlags, ulCount, ulTotal) ((This)->lpVtbl->Progress((This), (ulFlags), (ulCount), (ulTotal)))
#define IExchangeMoveUserProgress_Restart(This, ulFlags) ((This)->lpVtbl->Restart((This), (ulFlags)))
#endif

#define EXCHANGE_IEXCHANGEMOVEUSERPROGRESS_METHODS(IPURE) \
	MAPIMETHOD(NextFolder)(THIS_ ULONG ulFlags, LPWSTR lpwszFolderName) IPURE; \
	MAPIMETHOD(Progress)(THIS_ ULONG ulFlags, ULONG ulCount, ULONG ulTotal) IPURE; \
	MAPIMETHOD(Restart)(THIS_ ULONG ulFlags) IPURE;

/* IExchangeFavorites : IUnknown; IID_IExchangeFavorites */
struct IExchangeFavoritesVtbl {
	/* IUnknown */
	HRESULT (STDMETHODCALLTYPE *QueryInterface)(IExchangeFavorites *This, REFIID riid, LPVOID *ppvObj);
	ULONG (STDMETHODCALLTYPE *AddRef)(IExchangeFavorites *This);
	ULONG (STDMETHODCALLTYPE *Release)(IExchangeFavorites *This);
	/* IExchangeFavorites */
	HRESULT (STDMETHODCALLTYPE *GetLastError)(IExchangeFavorites *This, HRESULT hResult, ULONG ulFlags, LPMAPIERROR *lppMAPIError);
	HRESULT (STDMETHODCALLTYPE *AddFavorites)(IExchangeFavorites *This, LPENTRYLIST lpEntryList);
	HRESULT (STDMETHODCALLTYPE *DelFavorites)(IExchangeFavorites *This, LPENTRYLIST lpEntryList);
};

struct IExchangeFavorites {
	CONST_VTBL IExchangeFavoritesVtbl *lpVtbl;
};

#if !defined(__cplusplus) || defined(CINTERFACE)
#define IExchangeFavorites_QueryInterface(This, riid, ppvObj) ((This)->lpVtbl->QueryInterface((This), (riid), (ppvObj)))
#define IExchangeFavorites_AddRef(This) ((This)->lpVtbl->AddRef((This)))
#define IExchangeFavorites_Release(This) ((This)->lpVtbl->Release((This)))
#define IExchangeFavorites_GetLastError(This, hResult, ulFlags, lppMAPIError) ((This)->lpVtbl->GetLastError((This), (hResult), (ulFlags), (lppMAPIError)))
#define IExchangeFavorites_AddFavorites(This, lpEntryList) ((This)->lpVtbl->AddFavorites((This), (lpEntryList)))
#define IExchangeFavorites_DelFavorites(This, lpEntryList) ((This)->lpVtbl->DelFavorites((This), (lpEntryList)))
#endif

#define EXCHANGE_IEXCHANGEFAVORITES_METHODS(IPURE) \
	MAPIMETHOD(GetLastError)(THIS_ HRESULT hResult, ULONG ulFlags, LPMAPIERROR *lppMAPIError) IPURE; \
	MAPIMETHOD(AddFavorites)(THIS_ LPENTRYLIST lpEntryList) IPURE; \
	MAPIMETHOD(DelFavorites)(THIS_ LPENTRYLIST lpEntryList) IPURE;

/* IExchangeMessageConversion : IUnknown; IID_IExchangeMessageConversion */
struct IExchangeMessageConversionVtbl {
	/* IUnknown */
	HRESULT (STDMETHODCALLTYPE *QueryInterface)(IExchangeMessageConversion *This, REFIID riid, LPVOID *ppvObj);
	ULONG (STDMETHODCALLTYPE *AddRef)(IExchangeMessageConversion *This);
	ULONG (STDMETHODCALLTYPE *Release)(IExchangeMessageConversion *This);
	/* IExchangeMessageConversion */
	HRESULT (STDMETHODCALLTYPE *OpenStream)(IExchangeMessageConversion *This, ULONG cValues, LPSPropValue lpPropArray, LPSTREAM *lppStream);
};

struct IExchangeMessageConversion {
	CONST_VTBL IExchangeMessageConversionVtbl *lpVtbl;
};

#if !defined(__cplusplus) || defined(CINTERFACE)
#define IExchangeMessageConversion_QueryInterface(This, riid, ppvObj) ((This)->lpVtbl->QueryInterface((This), (riid), (ppvObj)))
#define IExchangeMessageConversion_AddRef(This) ((This)->lpVtbl->AddRef((This)))
#define IExchangeMessageConversion_Release(This) ((This)->lpVtbl->Release((This)))
#define IExchangeMessageConversion_OpenStream(This, cValues, lpPropArray, lppStream) ((This)->lpVtbl->OpenStream((This), (cValues), (lpPropArray), (lppStream)))
#endif

#define EXCHANGE_IEXCHANGEMESSAGECONVERSION_METHODS(IPURE) \
	MAPIMETHOD(OpenStream)(THIS_ ULONG cValues, LPSPropValue lpPropArray, LPSTREAM *lppStream) IPURE;
/* clang-format on */
/* @generated-end interfaces */

MAPIX_END_DECLS

#endif /* MAPIX_EDKMDB_H */
