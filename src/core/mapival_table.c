/*
 * mapival_table.c - what HrValidateParameters checks: for each method of
 * the METHODS enumeration, the argument after This in each slot and the
 * rule it is held to.
 *
 * GENERATED FILE: do not edit.  scripts/mapigen.py writes it from
 * spec/mapival.def and spec/interfaces.def; change those and rerun it.
 * The rules are described in src/core/mapival_int.h.
 */
/* clang-format off */
#include <mapival.h>
#include <mapispi.h>
#include <edkmdb.h>

#include "lib.h"
#include "mapival_int.h"

static const struct mapival_param p_IUnknown_QueryInterface[] = {
	{MVP_PTR, true, 0, "riid"},
	{MVP_OUT, true, 0, "ppvObj"},
};

static const struct mapival_param p_IMAPIProp_GetLastError[] = {
	{MVP_NONE, false, 0, "hResult"},
	{MVP_FLAGS, false, MAPI_UNICODE, "ulFlags"},
	{MVP_OUT, true, 0, "lppMAPIError"},
};

static const struct mapival_param p_IMAPIProp_SaveChanges[] = {
	{MVP_NONE, false, 0, "ulFlags"},
};

static const struct mapival_param p_IMAPIProp_GetProps[] = {
	{MVP_TAGS, false, 0, "lpPropTagArray"},
	{MVP_FLAGS, false, MAPI_UNICODE, "ulFlags"},
	{MVP_OUT, true, 0, "lpcValues"},
	{MVP_OUT, true, 0, "lppPropArray"},
};

static const struct mapival_param p_IMAPIProp_GetPropList[] = {
	{MVP_FLAGS, false, MAPI_UNICODE, "ulFlags"},
	{MVP_OUT, true, 0, "lppPropTagArray"},
};

static const struct mapival_param p_IMAPIProp_OpenProperty[] = {
	{MVP_NONE, false, 0, "ulPropTag"},
	{MVP_PTR, true, 0, "lpiid"},
	{MVP_NONE, false, 0, "ulInterfaceOptions"},
	{MVP_FLAGS, false, MAPI_MODIFY | MAPI_CREATE | MAPI_DEFERRED_ERRORS | STREAM_APPEND, "ulFlags"},
	{MVP_OUT, true, 0, "lppUnk"},
};

static const struct mapival_param p_IMAPIProp_SetProps[] = {
	{MVP_NONE, false, 0, "cValues"},
	{MVP_PROPS, false, 1, "lpPropArray"},
	{MVP_OUT, false, 0, "lppProblems"},
};

static const struct mapival_param p_IMAPIProp_DeleteProps[] = {
	{MVP_TAGS, true, 0, "lpPropTagArray"},
	{MVP_OUT, false, 0, "lppProblems"},
};

static const struct mapival_param p_IMAPIProp_CopyTo[] = {
	{MVP_NONE, false, 0, "ciidExclude"},
	{MVP_IIDS, false, 1, "rgiidExclude"},
	{MVP_TAGS, false, 0, "lpExcludeProps"},
	{MVP_NONE, false, 0, "ulUIParam"},
	{MVP_OBJ, false, 0, "lpProgress"},
	{MVP_NONE, false, 0, "lpInterface"},
	{MVP_PTR, true, 0, "lpDestObj"},
	{MVP_FLAGS, false, MAPI_DIALOG | MAPI_MOVE | MAPI_NOREPLACE | MAPI_DECLINE_OK, "ulFlags"},
	{MVP_OUT, false, 0, "lppProblems"},
};

static const struct mapival_param p_IMAPIProp_CopyProps[] = {
	{MVP_TAGS, true, 0, "lpIncludeProps"},
	{MVP_NONE, false, 0, "ulUIParam"},
	{MVP_OBJ, false, 0, "lpProgress"},
	{MVP_NONE, false, 0, "lpInterface"},
	{MVP_PTR, true, 0, "lpDestObj"},
	{MVP_FLAGS, false, MAPI_DIALOG | MAPI_MOVE | MAPI_NOREPLACE | MAPI_DECLINE_OK, "ulFlags"},
	{MVP_OUT, false, 0, "lppProblems"},
};

static const struct mapival_param p_IMAPIProp_GetNamesFromIDs[] = {
	{MVP_OUT, true, 0, "lppPropTags"},
	{MVP_NONE, false, 0, "lpPropSetGuid"},
	{MVP_FLAGS, false, MAPI_NO_IDS | MAPI_NO_STRINGS, "ulFlags"},
	{MVP_OUT, true, 0, "lpcPropNames"},
	{MVP_OUT, true, 0, "lpppPropNames"},
};

static const struct mapival_param p_IMAPIProp_GetIDsFromNames[] = {
	{MVP_NONE, false, 0, "cPropNames"},
	{MVP_NAMES, false, 1, "lppPropNames"},
	{MVP_FLAGS, false, MAPI_CREATE, "ulFlags"},
	{MVP_OUT, true, 0, "lppPropTags"},
};

static const struct mapival_param p_IMAPITable_GetLastError[] = {
	{MVP_NONE, false, 0, "hResult"},
	{MVP_FLAGS, false, MAPI_UNICODE, "ulFlags"},
	{MVP_OUT, true, 0, "lppMAPIError"},
};

static const struct mapival_param p_IMAPITable_Advise[] = {
	{MVP_NONE, false, 0, "ulEventMask"},
	{MVP_OBJ, true, 0, "lpAdviseSink"},
	{MVP_OUT, true, 0, "lpulConnection"},
};

static const struct mapival_param p_IMAPITable_Unadvise[] = {
	{MVP_NONE, false, 0, "ulConnection"},
};

static const struct mapival_param p_IMAPITable_GetStatus[] = {
	{MVP_OUT, true, 0, "lpulTableStatus"},
	{MVP_OUT, true, 0, "lpulTableType"},
};

static const struct mapival_param p_IMAPITable_SetColumns[] = {
	{MVP_TAGS, true, 0, "lpPropTagArray"},
	{MVP_FLAGS, false, TBL_ASYNC | TBL_BATCH, "ulFlags"},
};

static const struct mapival_param p_IMAPITable_QueryColumns[] = {
	{MVP_FLAGS, false, TBL_ALL_COLUMNS, "ulFlags"},
	{MVP_OUT, true, 0, "lppPropTagArray"},
};

static const struct mapival_param p_IMAPITable_GetRowCount[] = {
	{MVP_FLAGS, false, 0, "ulFlags"},
	{MVP_OUT, true, 0, "lpulCount"},
};

static const struct mapival_param p_IMAPITable_SeekRow[] = {
	{MVP_NONE, false, 0, "bkOrigin"},
	{MVP_NONE, false, 0, "lRowCount"},
	{MVP_OUT, false, 0, "lplRowsSought"},
};

static const struct mapival_param p_IMAPITable_SeekRowApprox[] = {
	{MVP_NONE, false, 0, "ulNumerator"},
	{MVP_NONE, false, 0, "ulDenominator"},
};

static const struct mapival_param p_IMAPITable_QueryPosition[] = {
	{MVP_OUT, true, 0, "lpulRow"},
	{MVP_OUT, true, 0, "lpulNumerator"},
	{MVP_OUT, true, 0, "lpulDenominator"},
};

static const struct mapival_param p_IMAPITable_FindRow[] = {
	{MVP_RES, true, 0, "lpRestriction"},
	{MVP_NONE, false, 0, "bkOrigin"},
	{MVP_FLAGS, false, DIR_BACKWARD, "ulFlags"},
};

static const struct mapival_param p_IMAPITable_Restrict[] = {
	{MVP_RES, false, 0, "lpRestriction"},
	{MVP_FLAGS, false, TBL_ASYNC | TBL_BATCH, "ulFlags"},
};

static const struct mapival_param p_IMAPITable_CreateBookmark[] = {
	{MVP_OUT, true, 0, "lpbkPosition"},
};

static const struct mapival_param p_IMAPITable_FreeBookmark[] = {
	{MVP_NONE, false, 0, "bkPosition"},
};

static const struct mapival_param p_IMAPITable_SortTable[] = {
	{MVP_SORT, true, 0, "lpSortCriteria"},
	{MVP_FLAGS, false, TBL_ASYNC | TBL_BATCH, "ulFlags"},
};

static const struct mapival_param p_IMAPITable_QuerySortOrder[] = {
	{MVP_OUT, true, 0, "lppSortCriteria"},
};

static const struct mapival_param p_IMAPITable_QueryRows[] = {
	{MVP_NONE, false, 0, "lRowCount"},
	{MVP_FLAGS, false, TBL_NOADVANCE, "ulFlags"},
	{MVP_OUT, true, 0, "lppRows"},
};

static const struct mapival_param p_IMAPITable_ExpandRow[] = {
	{MVP_NONE, false, 0, "cbInstanceKey"},
	{MVP_BUF, false, 1, "pbInstanceKey"},
	{MVP_NONE, false, 0, "ulRowCount"},
	{MVP_FLAGS, false, 0, "ulFlags"},
	{MVP_OUT, false, 0, "lppRows"},
	{MVP_OUT, false, 0, "lpulMoreRows"},
};

static const struct mapival_param p_IMAPITable_CollapseRow[] = {
	{MVP_NONE, false, 0, "cbInstanceKey"},
	{MVP_BUF, false, 1, "pbInstanceKey"},
	{MVP_FLAGS, false, 0, "ulFlags"},
	{MVP_OUT, true, 0, "lpulRowCount"},
};

static const struct mapival_param p_IMAPITable_WaitForCompletion[] = {
	{MVP_FLAGS, false, 0, "ulFlags"},
	{MVP_NONE, false, 0, "ulTimeout"},
	{MVP_OUT, false, 0, "lpulTableStatus"},
};

static const struct mapival_param p_IMAPITable_GetCollapseState[] = {
	{MVP_FLAGS, false, 0, "ulFlags"},
	{MVP_NONE, false, 0, "cbInstanceKey"},
	{MVP_BUF, false, 2, "lpbInstanceKey"},
	{MVP_OUT, true, 0, "lpcbCollapseState"},
	{MVP_OUT, true, 0, "lppbCollapseState"},
};

static const struct mapival_param p_IMAPITable_SetCollapseState[] = {
	{MVP_FLAGS, false, 0, "ulFlags"},
	{MVP_NONE, false, 0, "cbCollapseState"},
	{MVP_BUF, false, 2, "pbCollapseState"},
	{MVP_OUT, true, 0, "lpbkLocation"},
};

static const struct mapival_param p_IMAPIContainer_GetContentsTable[] = {
	{MVP_NONE, false, 0, "ulFlags"},
	{MVP_OUT, true, 0, "lppTable"},
};

static const struct mapival_param p_IMAPIContainer_GetHierarchyTable[] = {
	{MVP_NONE, false, 0, "ulFlags"},
	{MVP_OUT, true, 0, "lppTable"},
};

static const struct mapival_param p_IMAPIContainer_OpenEntry[] = {
	{MVP_NONE, false, 0, "cbEntryID"},
	{MVP_EID, false, 1, "lpEntryID"},
	{MVP_NONE, false, 0, "lpInterface"},
	{MVP_NONE, false, 0, "ulFlags"},
	{MVP_OUT, true, 0, "lpulObjType"},
	{MVP_OUT, true, 0, "lppUnk"},
};

static const struct mapival_param p_IMAPIContainer_SetSearchCriteria[] = {
	{MVP_RES, false, 0, "lpRestriction"},
	{MVP_ENTRYLIST, false, 0, "lpContainerList"},
	{MVP_NONE, false, 0, "ulSearchFlags"},
};

static const struct mapival_param p_IMAPIContainer_GetSearchCriteria[] = {
	{MVP_FLAGS, false, MAPI_UNICODE, "ulFlags"},
	{MVP_OUT, false, 0, "lppRestriction"},
	{MVP_OUT, false, 0, "lppContainerList"},
	{MVP_OUT, false, 0, "lpulSearchState"},
};

static const struct mapival_param p_IABContainer_CreateEntry[] = {
	{MVP_NONE, false, 0, "cbEntryID"},
	{MVP_EID, false, 1, "lpEntryID"},
	{MVP_NONE, false, 0, "ulCreateFlags"},
	{MVP_OUT, true, 0, "lppMAPIPropEntry"},
};

static const struct mapival_param p_IABContainer_CopyEntries[] = {
	{MVP_ENTRYLIST, true, 0, "lpEntries"},
	{MVP_NONE, false, 0, "ulUIParam"},
	{MVP_OBJ, false, 0, "lpProgress"},
	{MVP_NONE, false, 0, "ulFlags"},
};

static const struct mapival_param p_IABContainer_DeleteEntries[] = {
	{MVP_ENTRYLIST, true, 0, "lpEntries"},
	{MVP_NONE, false, 0, "ulFlags"},
};

static const struct mapival_param p_IABContainer_ResolveNames[] = {
	{MVP_TAGS, false, 0, "lpPropTagArray"},
	{MVP_NONE, false, 0, "ulFlags"},
	{MVP_ROWSET, true, 0, "lpAdrList"},
	{MVP_PTR, true, 0, "lpFlagList"},
};

static const struct mapival_param p_IDistList_CreateEntry[] = {
	{MVP_NONE, false, 0, "cbEntryID"},
	{MVP_EID, false, 1, "lpEntryID"},
	{MVP_NONE, false, 0, "ulCreateFlags"},
	{MVP_OUT, true, 0, "lppMAPIPropEntry"},
};

static const struct mapival_param p_IDistList_CopyEntries[] = {
	{MVP_ENTRYLIST, true, 0, "lpEntries"},
	{MVP_NONE, false, 0, "ulUIParam"},
	{MVP_OBJ, false, 0, "lpProgress"},
	{MVP_NONE, false, 0, "ulFlags"},
};

static const struct mapival_param p_IDistList_DeleteEntries[] = {
	{MVP_ENTRYLIST, true, 0, "lpEntries"},
	{MVP_NONE, false, 0, "ulFlags"},
};

static const struct mapival_param p_IDistList_ResolveNames[] = {
	{MVP_TAGS, false, 0, "lpPropTagArray"},
	{MVP_NONE, false, 0, "ulFlags"},
	{MVP_ROWSET, true, 0, "lpAdrList"},
	{MVP_PTR, true, 0, "lpFlagList"},
};

static const struct mapival_param p_IMAPIFolder_CreateMessage[] = {
	{MVP_NONE, false, 0, "lpInterface"},
	{MVP_NONE, false, 0, "ulFlags"},
	{MVP_OUT, true, 0, "lppMessage"},
};

static const struct mapival_param p_IMAPIFolder_CopyMessages[] = {
	{MVP_ENTRYLIST, true, 0, "lpMsgList"},
	{MVP_NONE, false, 0, "lpInterface"},
	{MVP_PTR, true, 0, "lpDestFolder"},
	{MVP_NONE, false, 0, "ulUIParam"},
	{MVP_OBJ, false, 0, "lpProgress"},
	{MVP_NONE, false, 0, "ulFlags"},
};

static const struct mapival_param p_IMAPIFolder_DeleteMessages[] = {
	{MVP_ENTRYLIST, true, 0, "lpMsgList"},
	{MVP_NONE, false, 0, "ulUIParam"},
	{MVP_OBJ, false, 0, "lpProgress"},
	{MVP_NONE, false, 0, "ulFlags"},
};

static const struct mapival_param p_IMAPIFolder_CreateFolder[] = {
	{MVP_NONE, false, 0, "ulFolderType"},
	{MVP_STR, true, 0, "lpszFolderName"},
	{MVP_STR, false, 0, "lpszFolderComment"},
	{MVP_NONE, false, 0, "lpInterface"},
	{MVP_NONE, false, 0, "ulFlags"},
	{MVP_OUT, true, 0, "lppFolder"},
};

static const struct mapival_param p_IMAPIFolder_CopyFolder[] = {
	{MVP_NONE, false, 0, "cbEntryID"},
	{MVP_EID, false, 1, "lpEntryID"},
	{MVP_NONE, false, 0, "lpInterface"},
	{MVP_PTR, true, 0, "lpDestFolder"},
	{MVP_STR, false, 0, "lpszNewFolderName"},
	{MVP_NONE, false, 0, "ulUIParam"},
	{MVP_OBJ, false, 0, "lpProgress"},
	{MVP_NONE, false, 0, "ulFlags"},
};

static const struct mapival_param p_IMAPIFolder_DeleteFolder[] = {
	{MVP_NONE, false, 0, "cbEntryID"},
	{MVP_EID, false, 1, "lpEntryID"},
	{MVP_NONE, false, 0, "ulUIParam"},
	{MVP_OBJ, false, 0, "lpProgress"},
	{MVP_NONE, false, 0, "ulFlags"},
};

static const struct mapival_param p_IMAPIFolder_SetReadFlags[] = {
	{MVP_ENTRYLIST, false, 0, "lpMsgList"},
	{MVP_NONE, false, 0, "ulUIParam"},
	{MVP_OBJ, false, 0, "lpProgress"},
	{MVP_NONE, false, 0, "ulFlags"},
};

static const struct mapival_param p_IMAPIFolder_GetMessageStatus[] = {
	{MVP_NONE, false, 0, "cbEntryID"},
	{MVP_EID, false, 1, "lpEntryID"},
	{MVP_NONE, false, 0, "ulFlags"},
	{MVP_OUT, true, 0, "lpulMessageStatus"},
};

static const struct mapival_param p_IMAPIFolder_SetMessageStatus[] = {
	{MVP_NONE, false, 0, "cbEntryID"},
	{MVP_EID, false, 1, "lpEntryID"},
	{MVP_NONE, false, 0, "ulNewStatus"},
	{MVP_NONE, false, 0, "ulNewStatusMask"},
	{MVP_OUT, false, 0, "lpulOldStatus"},
};

static const struct mapival_param p_IMAPIFolder_SaveContentsSort[] = {
	{MVP_SORT, true, 0, "lpSortCriteria"},
	{MVP_NONE, false, 0, "ulFlags"},
};

static const struct mapival_param p_IMAPIFolder_EmptyFolder[] = {
	{MVP_NONE, false, 0, "ulUIParam"},
	{MVP_OBJ, false, 0, "lpProgress"},
	{MVP_NONE, false, 0, "ulFlags"},
};

static const struct mapival_param p_IMsgStore_Advise[] = {
	{MVP_NONE, false, 0, "cbEntryID"},
	{MVP_EID, false, 1, "lpEntryID"},
	{MVP_NONE, false, 0, "ulEventMask"},
	{MVP_OBJ, true, 0, "lpAdviseSink"},
	{MVP_OUT, true, 0, "lpulConnection"},
};

static const struct mapival_param p_IMsgStore_Unadvise[] = {
	{MVP_NONE, false, 0, "ulConnection"},
};

static const struct mapival_param p_IMsgStore_CompareEntryIDs[] = {
	{MVP_NONE, false, 0, "cbEntryID1"},
	{MVP_EID, false, 1, "lpEntryID1"},
	{MVP_NONE, false, 0, "cbEntryID2"},
	{MVP_EID, false, 3, "lpEntryID2"},
	{MVP_NONE, false, 0, "ulFlags"},
	{MVP_OUT, true, 0, "lpulResult"},
};

static const struct mapival_param p_IMsgStore_OpenEntry[] = {
	{MVP_NONE, false, 0, "cbEntryID"},
	{MVP_EID, false, 1, "lpEntryID"},
	{MVP_NONE, false, 0, "lpInterface"},
	{MVP_NONE, false, 0, "ulFlags"},
	{MVP_OUT, true, 0, "lpulObjType"},
	{MVP_OUT, true, 0, "lppUnk"},
};

static const struct mapival_param p_IMsgStore_SetReceiveFolder[] = {
	{MVP_STR, false, 0, "lpszMessageClass"},
	{MVP_NONE, false, 0, "ulFlags"},
	{MVP_NONE, false, 0, "cbEntryID"},
	{MVP_EID, false, 3, "lpEntryID"},
};

static const struct mapival_param p_IMsgStore_GetReceiveFolder[] = {
	{MVP_STR, false, 0, "lpszMessageClass"},
	{MVP_NONE, false, 0, "ulFlags"},
	{MVP_OUT, true, 0, "lpcbEntryID"},
	{MVP_OUT, true, 0, "lppEntryID"},
	{MVP_OUT, false, 0, "lppszExplicitClass"},
};

static const struct mapival_param p_IMsgStore_GetReceiveFolderTable[] = {
	{MVP_NONE, false, 0, "ulFlags"},
	{MVP_OUT, true, 0, "lppTable"},
};

static const struct mapival_param p_IMsgStore_StoreLogoff[] = {
	{MVP_OUT, true, 0, "lpulFlags"},
};

static const struct mapival_param p_IMsgStore_AbortSubmit[] = {
	{MVP_NONE, false, 0, "cbEntryID"},
	{MVP_EID, false, 1, "lpEntryID"},
	{MVP_NONE, false, 0, "ulFlags"},
};

static const struct mapival_param p_IMsgStore_GetOutgoingQueue[] = {
	{MVP_NONE, false, 0, "ulFlags"},
	{MVP_OUT, true, 0, "lppTable"},
};

static const struct mapival_param p_IMsgStore_SetLockState[] = {
	{MVP_OBJ, true, 0, "lpMessage"},
	{MVP_NONE, false, 0, "ulLockState"},
};

static const struct mapival_param p_IMsgStore_FinishedMsg[] = {
	{MVP_NONE, false, 0, "ulFlags"},
	{MVP_NONE, false, 0, "cbEntryID"},
	{MVP_EID, false, 2, "lpEntryID"},
};

static const struct mapival_param p_IMsgStore_NotifyNewMail[] = {
	{MVP_NOTIFS, true, 0, "lpNotification"},
};

static const struct mapival_param p_IMessage_GetAttachmentTable[] = {
	{MVP_FLAGS, false, MAPI_UNICODE | MAPI_DEFERRED_ERRORS, "ulFlags"},
	{MVP_OUT, true, 0, "lppTable"},
};

static const struct mapival_param p_IMessage_OpenAttach[] = {
	{MVP_NONE, false, 0, "ulAttachmentNum"},
	{MVP_NONE, false, 0, "lpInterface"},
	{MVP_NONE, false, 0, "ulFlags"},
	{MVP_OUT, true, 0, "lppAttach"},
};

static const struct mapival_param p_IMessage_CreateAttach[] = {
	{MVP_NONE, false, 0, "lpInterface"},
	{MVP_NONE, false, 0, "ulFlags"},
	{MVP_OUT, true, 0, "lpulAttachmentNum"},
	{MVP_OUT, true, 0, "lppAttach"},
};

static const struct mapival_param p_IMessage_DeleteAttach[] = {
	{MVP_NONE, false, 0, "ulAttachmentNum"},
	{MVP_NONE, false, 0, "ulUIParam"},
	{MVP_OBJ, false, 0, "lpProgress"},
	{MVP_FLAGS, false, ATTACH_DIALOG, "ulFlags"},
};

static const struct mapival_param p_IMessage_GetRecipientTable[] = {
	{MVP_FLAGS, false, MAPI_UNICODE | MAPI_DEFERRED_ERRORS, "ulFlags"},
	{MVP_OUT, true, 0, "lppTable"},
};

static const struct mapival_param p_IMessage_ModifyRecipients[] = {
	{MVP_FLAGS, false, MODRECIP_ADD | MODRECIP_MODIFY | MODRECIP_REMOVE, "ulFlags"},
	{MVP_ROWSET, true, 0, "lpMods"},
};

static const struct mapival_param p_IMessage_SubmitMessage[] = {
	{MVP_FLAGS, false, FORCE_SUBMIT, "ulFlags"},
};

static const struct mapival_param p_IMessage_SetReadFlag[] = {
	{MVP_FLAGS, false, SUPPRESS_RECEIPT | CLEAR_READ_FLAG | MAPI_DEFERRED_ERRORS | GENERATE_RECEIPT_ONLY | CLEAR_RN_PENDING | CLEAR_NRN_PENDING, "ulFlags"},
};

static const struct mapival_param p_IABProvider_Shutdown[] = {
	{MVP_OUT, true, 0, "lpulFlags"},
};

static const struct mapival_param p_IABProvider_Logon[] = {
	{MVP_OBJ, true, 0, "lpMAPISup"},
	{MVP_NONE, false, 0, "ulUIParam"},
	{MVP_STR, false, 0, "lpszProfileName"},
	{MVP_NONE, false, 0, "ulFlags"},
	{MVP_OUT, true, 0, "lpulpcbSecurity"},
	{MVP_OUT, true, 0, "lppbSecurity"},
	{MVP_OUT, true, 0, "lppMAPIError"},
	{MVP_OUT, true, 0, "lppABLogon"},
};

static const struct mapival_param p_IABLogon_GetLastError[] = {
	{MVP_NONE, false, 0, "hResult"},
	{MVP_FLAGS, false, MAPI_UNICODE, "ulFlags"},
	{MVP_OUT, true, 0, "lppMAPIError"},
};

static const struct mapival_param p_IABLogon_Logoff[] = {
	{MVP_NONE, false, 0, "ulFlags"},
};

static const struct mapival_param p_IABLogon_OpenEntry[] = {
	{MVP_NONE, false, 0, "cbEntryID"},
	{MVP_EID, false, 1, "lpEntryID"},
	{MVP_NONE, false, 0, "lpInterface"},
	{MVP_NONE, false, 0, "ulFlags"},
	{MVP_OUT, true, 0, "lpulObjType"},
	{MVP_OUT, true, 0, "lppUnk"},
};

static const struct mapival_param p_IABLogon_CompareEntryIDs[] = {
	{MVP_NONE, false, 0, "cbEntryID1"},
	{MVP_EID, false, 1, "lpEntryID1"},
	{MVP_NONE, false, 0, "cbEntryID2"},
	{MVP_EID, false, 3, "lpEntryID2"},
	{MVP_NONE, false, 0, "ulFlags"},
	{MVP_OUT, true, 0, "lpulResult"},
};

static const struct mapival_param p_IABLogon_Advise[] = {
	{MVP_NONE, false, 0, "cbEntryID"},
	{MVP_EID, false, 1, "lpEntryID"},
	{MVP_NONE, false, 0, "ulEventMask"},
	{MVP_OBJ, true, 0, "lpAdviseSink"},
	{MVP_OUT, true, 0, "lpulConnection"},
};

static const struct mapival_param p_IABLogon_Unadvise[] = {
	{MVP_NONE, false, 0, "ulConnection"},
};

static const struct mapival_param p_IABLogon_OpenStatusEntry[] = {
	{MVP_NONE, false, 0, "lpInterface"},
	{MVP_NONE, false, 0, "ulFlags"},
	{MVP_OUT, true, 0, "lpulObjType"},
	{MVP_OUT, true, 0, "lppEntry"},
};

static const struct mapival_param p_IABLogon_OpenTemplateID[] = {
	{MVP_NONE, false, 0, "cbTemplateID"},
	{MVP_EID, false, 1, "lpTemplateID"},
	{MVP_NONE, false, 0, "ulTemplateFlags"},
	{MVP_OBJ, false, 0, "lpMAPIPropData"},
	{MVP_NONE, false, 0, "lpInterface"},
	{MVP_OUT, true, 0, "lppMAPIPropNew"},
	{MVP_OBJ, false, 0, "lpMAPIPropSibling"},
};

static const struct mapival_param p_IABLogon_GetOneOffTable[] = {
	{MVP_NONE, false, 0, "ulFlags"},
	{MVP_OUT, true, 0, "lppTable"},
};

static const struct mapival_param p_IABLogon_PrepareRecips[] = {
	{MVP_NONE, false, 0, "ulFlags"},
	{MVP_TAGS, false, 0, "lpPropTagArray"},
	{MVP_ROWSET, false, 0, "lpRecipList"},
};

static const struct mapival_param p_IXPProvider_Shutdown[] = {
	{MVP_OUT, true, 0, "lpulFlags"},
};

static const struct mapival_param p_IXPProvider_TransportLogon[] = {
	{MVP_OBJ, true, 0, "lpMAPISup"},
	{MVP_NONE, false, 0, "ulUIParam"},
	{MVP_STR, false, 0, "lpszProfileName"},
	{MVP_OUT, true, 0, "lpulFlags"},
	{MVP_OUT, true, 0, "lppMAPIError"},
	{MVP_OUT, true, 0, "lppXPLogon"},
};

static const struct mapival_param p_IXPLogon_AddressTypes[] = {
	{MVP_OUT, true, 0, "lpulFlags"},
	{MVP_OUT, true, 0, "lpcAdrType"},
	{MVP_OUT, true, 0, "lpppAdrTypeArray"},
	{MVP_OUT, true, 0, "lpcMAPIUID"},
	{MVP_OUT, true, 0, "lpppUIDArray"},
};

static const struct mapival_param p_IXPLogon_RegisterOptions[] = {
	{MVP_OUT, true, 0, "lpulFlags"},
	{MVP_OUT, true, 0, "lpcOptions"},
	{MVP_OUT, true, 0, "lppOptions"},
};

static const struct mapival_param p_IXPLogon_TransportNotify[] = {
	{MVP_OUT, true, 0, "lpulFlags"},
	{MVP_OUT, false, 0, "lppvData"},
};

static const struct mapival_param p_IXPLogon_Idle[] = {
	{MVP_NONE, false, 0, "ulFlags"},
};

static const struct mapival_param p_IXPLogon_TransportLogoff[] = {
	{MVP_NONE, false, 0, "ulFlags"},
};

static const struct mapival_param p_IXPLogon_SubmitMessage[] = {
	{MVP_NONE, false, 0, "ulFlags"},
	{MVP_OBJ, true, 0, "lpMessage"},
	{MVP_OUT, true, 0, "lpulMsgRef"},
	{MVP_OUT, true, 0, "lpulReturnParm"},
};

static const struct mapival_param p_IXPLogon_EndMessage[] = {
	{MVP_NONE, false, 0, "ulMsgRef"},
	{MVP_OUT, true, 0, "lpulFlags"},
};

static const struct mapival_param p_IXPLogon_Poll[] = {
	{MVP_OUT, true, 0, "lpulIncoming"},
};

static const struct mapival_param p_IXPLogon_StartMessage[] = {
	{MVP_NONE, false, 0, "ulFlags"},
	{MVP_OBJ, true, 0, "lpMessage"},
	{MVP_OUT, true, 0, "lpulMsgRef"},
};

static const struct mapival_param p_IXPLogon_OpenStatusEntry[] = {
	{MVP_NONE, false, 0, "lpInterface"},
	{MVP_NONE, false, 0, "ulFlags"},
	{MVP_OUT, true, 0, "lpulObjType"},
	{MVP_OUT, true, 0, "lppEntry"},
};

static const struct mapival_param p_IXPLogon_ValidateState[] = {
	{MVP_NONE, false, 0, "ulUIParam"},
	{MVP_NONE, false, 0, "ulFlags"},
};

static const struct mapival_param p_IXPLogon_FlushQueues[] = {
	{MVP_NONE, false, 0, "ulUIParam"},
	{MVP_NONE, false, 0, "cbTargetTransport"},
	{MVP_EID, false, 2, "lpTargetTransport"},
	{MVP_NONE, false, 0, "ulFlags"},
};

static const struct mapival_param p_IMSProvider_Shutdown[] = {
	{MVP_OUT, true, 0, "lpulFlags"},
};

static const struct mapival_param p_IMSProvider_Logon[] = {
	{MVP_OBJ, true, 0, "lpMAPISup"},
	{MVP_NONE, false, 0, "ulUIParam"},
	{MVP_STR, false, 0, "lpszProfileName"},
	{MVP_NONE, false, 0, "cbEntryID"},
	{MVP_EID, false, 4, "lpEntryID"},
	{MVP_NONE, false, 0, "ulFlags"},
	{MVP_NONE, false, 0, "lpInterface"},
	{MVP_OUT, true, 0, "lpcbSpoolSecurity"},
	{MVP_OUT, true, 0, "lppbSpoolSecurity"},
	{MVP_OUT, true, 0, "lppMAPIError"},
	{MVP_OUT, true, 0, "lppMSLogon"},
	{MVP_OUT, true, 0, "lppMDB"},
};

static const struct mapival_param p_IMSProvider_SpoolerLogon[] = {
	{MVP_OBJ, true, 0, "lpMAPISup"},
	{MVP_NONE, false, 0, "ulUIParam"},
	{MVP_STR, false, 0, "lpszProfileName"},
	{MVP_NONE, false, 0, "cbEntryID"},
	{MVP_EID, false, 4, "lpEntryID"},
	{MVP_NONE, false, 0, "ulFlags"},
	{MVP_NONE, false, 0, "lpInterface"},
	{MVP_NONE, false, 0, "cbSpoolSecurity"},
	{MVP_BUF, false, 8, "lpbSpoolSecurity"},
	{MVP_OUT, true, 0, "lppMAPIError"},
	{MVP_OUT, true, 0, "lppMSLogon"},
	{MVP_OUT, true, 0, "lppMDB"},
};

static const struct mapival_param p_IMSProvider_CompareStoreIDs[] = {
	{MVP_NONE, false, 0, "cbEntryID1"},
	{MVP_EID, false, 1, "lpEntryID1"},
	{MVP_NONE, false, 0, "cbEntryID2"},
	{MVP_EID, false, 3, "lpEntryID2"},
	{MVP_NONE, false, 0, "ulFlags"},
	{MVP_OUT, true, 0, "lpulResult"},
};

static const struct mapival_param p_IMSLogon_GetLastError[] = {
	{MVP_NONE, false, 0, "hResult"},
	{MVP_FLAGS, false, MAPI_UNICODE, "ulFlags"},
	{MVP_OUT, true, 0, "lppMAPIError"},
};

static const struct mapival_param p_IMSLogon_Logoff[] = {
	{MVP_OUT, true, 0, "lpulFlags"},
};

static const struct mapival_param p_IMSLogon_OpenEntry[] = {
	{MVP_NONE, false, 0, "cbEntryID"},
	{MVP_EID, false, 1, "lpEntryID"},
	{MVP_NONE, false, 0, "lpInterface"},
	{MVP_NONE, false, 0, "ulFlags"},
	{MVP_OUT, true, 0, "lpulObjType"},
	{MVP_OUT, true, 0, "lppUnk"},
};

static const struct mapival_param p_IMSLogon_CompareEntryIDs[] = {
	{MVP_NONE, false, 0, "cbEntryID1"},
	{MVP_EID, false, 1, "lpEntryID1"},
	{MVP_NONE, false, 0, "cbEntryID2"},
	{MVP_EID, false, 3, "lpEntryID2"},
	{MVP_NONE, false, 0, "ulFlags"},
	{MVP_OUT, true, 0, "lpulResult"},
};

static const struct mapival_param p_IMSLogon_Advise[] = {
	{MVP_NONE, false, 0, "cbEntryID"},
	{MVP_EID, false, 1, "lpEntryID"},
	{MVP_NONE, false, 0, "ulEventMask"},
	{MVP_OBJ, true, 0, "lpAdviseSink"},
	{MVP_OUT, true, 0, "lpulConnection"},
};

static const struct mapival_param p_IMSLogon_Unadvise[] = {
	{MVP_NONE, false, 0, "ulConnection"},
};

static const struct mapival_param p_IMSLogon_OpenStatusEntry[] = {
	{MVP_NONE, false, 0, "lpInterface"},
	{MVP_NONE, false, 0, "ulFlags"},
	{MVP_OUT, true, 0, "lpulObjType"},
	{MVP_OUT, true, 0, "lppEntry"},
};

static const struct mapival_param p_IMAPIControl_GetLastError[] = {
	{MVP_NONE, false, 0, "hResult"},
	{MVP_FLAGS, false, MAPI_UNICODE, "ulFlags"},
	{MVP_OUT, true, 0, "lppMAPIError"},
};

static const struct mapival_param p_IMAPIControl_Activate[] = {
	{MVP_NONE, false, 0, "ulFlags"},
	{MVP_NONE, false, 0, "ulUIParam"},
};

static const struct mapival_param p_IMAPIControl_GetState[] = {
	{MVP_NONE, false, 0, "ulFlags"},
	{MVP_OUT, true, 0, "lpulState"},
};

static const struct mapival_param p_IMAPIStatus_ValidateState[] = {
	{MVP_NONE, false, 0, "ulUIParam"},
	{MVP_NONE, false, 0, "ulFlags"},
};

static const struct mapival_param p_IMAPIStatus_SettingsDialog[] = {
	{MVP_NONE, false, 0, "ulUIParam"},
	{MVP_NONE, false, 0, "ulFlags"},
};

static const struct mapival_param p_IMAPIStatus_ChangePassword[] = {
	{MVP_STR, true, 0, "lpOldPass"},
	{MVP_STR, true, 0, "lpNewPass"},
	{MVP_NONE, false, 0, "ulFlags"},
};

static const struct mapival_param p_IMAPIStatus_FlushQueues[] = {
	{MVP_NONE, false, 0, "ulUIParam"},
	{MVP_NONE, false, 0, "cbTargetTransport"},
	{MVP_EID, false, 2, "lpTargetTransport"},
	{MVP_NONE, false, 0, "ulFlags"},
};

static const struct mapival_param p_IStream__Read[] = {
	{MVP_BUF, false, 2, "pv"},
	{MVP_NONE, false, 0, "cb"},
	{MVP_OUT, false, 0, "pcbRead"},
};

static const struct mapival_param p_IStream__Write[] = {
	{MVP_BUF, false, 2, "pv"},
	{MVP_NONE, false, 0, "cb"},
	{MVP_OUT, false, 0, "pcbWritten"},
};

static const struct mapival_param p_IStream_Seek[] = {
	{MVP_NONE, false, 0, "dlibMove"},
	{MVP_NONE, false, 0, "dwOrigin"},
	{MVP_OUT, false, 0, "plibNewPosition"},
};

static const struct mapival_param p_IStream_SetSize[] = {
	{MVP_NONE, false, 0, "libNewSize"},
};

static const struct mapival_param p_IStream_CopyTo[] = {
	{MVP_OUT, true, 0, "pstm"},
	{MVP_NONE, false, 0, "cb"},
	{MVP_OUT, false, 0, "pcbRead"},
	{MVP_OUT, false, 0, "pcbWritten"},
};

static const struct mapival_param p_IStream_Commit[] = {
	{MVP_NONE, false, 0, "grfCommitFlags"},
};

static const struct mapival_param p_IStream_LockRegion[] = {
	{MVP_NONE, false, 0, "libOffset"},
	{MVP_NONE, false, 0, "cb"},
	{MVP_NONE, false, 0, "dwLockType"},
};

static const struct mapival_param p_IStream_UnlockRegion[] = {
	{MVP_NONE, false, 0, "libOffset"},
	{MVP_NONE, false, 0, "cb"},
	{MVP_NONE, false, 0, "dwLockType"},
};

static const struct mapival_param p_IStream_Stat[] = {
	{MVP_OUT, true, 0, "pstatstg"},
	{MVP_NONE, false, 0, "grfStatFlag"},
};

static const struct mapival_param p_IStream_Clone[] = {
	{MVP_OUT, true, 0, "ppstm"},
};

static const struct mapival_param p_IMAPIAdviseSink_OnNotify[] = {
	{MVP_NONE, false, 0, "cNotif"},
	{MVP_NOTIFS, false, 1, "lpNotifications"},
};

const struct mapival_method mapival_methods[] = {
	[IUnknown_QueryInterface] = {"IUnknown::QueryInterface", p_IUnknown_QueryInterface, N_ELEMENTS(p_IUnknown_QueryInterface)},
	[IUnknown_AddRef] = {"IUnknown::AddRef", NULL, 0},
	[IUnknown_Release] = {"IUnknown::Release", NULL, 0},
	[IMAPIProp_GetLastError] = {"IMAPIProp::GetLastError", p_IMAPIProp_GetLastError, N_ELEMENTS(p_IMAPIProp_GetLastError)},
	[IMAPIProp_SaveChanges] = {"IMAPIProp::SaveChanges", p_IMAPIProp_SaveChanges, N_ELEMENTS(p_IMAPIProp_SaveChanges)},
	[IMAPIProp_GetProps] = {"IMAPIProp::GetProps", p_IMAPIProp_GetProps, N_ELEMENTS(p_IMAPIProp_GetProps)},
	[IMAPIProp_GetPropList] = {"IMAPIProp::GetPropList", p_IMAPIProp_GetPropList, N_ELEMENTS(p_IMAPIProp_GetPropList)},
	[IMAPIProp_OpenProperty] = {"IMAPIProp::OpenProperty", p_IMAPIProp_OpenProperty, N_ELEMENTS(p_IMAPIProp_OpenProperty)},
	[IMAPIProp_SetProps] = {"IMAPIProp::SetProps", p_IMAPIProp_SetProps, N_ELEMENTS(p_IMAPIProp_SetProps)},
	[IMAPIProp_DeleteProps] = {"IMAPIProp::DeleteProps", p_IMAPIProp_DeleteProps, N_ELEMENTS(p_IMAPIProp_DeleteProps)},
	[IMAPIProp_CopyTo] = {"IMAPIProp::CopyTo", p_IMAPIProp_CopyTo, N_ELEMENTS(p_IMAPIProp_CopyTo)},
	[IMAPIProp_CopyProps] = {"IMAPIProp::CopyProps", p_IMAPIProp_CopyProps, N_ELEMENTS(p_IMAPIProp_CopyProps)},
	[IMAPIProp_GetNamesFromIDs] = {"IMAPIProp::GetNamesFromIDs", p_IMAPIProp_GetNamesFromIDs, N_ELEMENTS(p_IMAPIProp_GetNamesFromIDs)},
	[IMAPIProp_GetIDsFromNames] = {"IMAPIProp::GetIDsFromNames", p_IMAPIProp_GetIDsFromNames, N_ELEMENTS(p_IMAPIProp_GetIDsFromNames)},
	[IMAPITable_GetLastError] = {"IMAPITable::GetLastError", p_IMAPITable_GetLastError, N_ELEMENTS(p_IMAPITable_GetLastError)},
	[IMAPITable_Advise] = {"IMAPITable::Advise", p_IMAPITable_Advise, N_ELEMENTS(p_IMAPITable_Advise)},
	[IMAPITable_Unadvise] = {"IMAPITable::Unadvise", p_IMAPITable_Unadvise, N_ELEMENTS(p_IMAPITable_Unadvise)},
	[IMAPITable_GetStatus] = {"IMAPITable::GetStatus", p_IMAPITable_GetStatus, N_ELEMENTS(p_IMAPITable_GetStatus)},
	[IMAPITable_SetColumns] = {"IMAPITable::SetColumns", p_IMAPITable_SetColumns, N_ELEMENTS(p_IMAPITable_SetColumns)},
	[IMAPITable_QueryColumns] = {"IMAPITable::QueryColumns", p_IMAPITable_QueryColumns, N_ELEMENTS(p_IMAPITable_QueryColumns)},
	[IMAPITable_GetRowCount] = {"IMAPITable::GetRowCount", p_IMAPITable_GetRowCount, N_ELEMENTS(p_IMAPITable_GetRowCount)},
	[IMAPITable_SeekRow] = {"IMAPITable::SeekRow", p_IMAPITable_SeekRow, N_ELEMENTS(p_IMAPITable_SeekRow)},
	[IMAPITable_SeekRowApprox] = {"IMAPITable::SeekRowApprox", p_IMAPITable_SeekRowApprox, N_ELEMENTS(p_IMAPITable_SeekRowApprox)},
	[IMAPITable_QueryPosition] = {"IMAPITable::QueryPosition", p_IMAPITable_QueryPosition, N_ELEMENTS(p_IMAPITable_QueryPosition)},
	[IMAPITable_FindRow] = {"IMAPITable::FindRow", p_IMAPITable_FindRow, N_ELEMENTS(p_IMAPITable_FindRow)},
	[IMAPITable_Restrict] = {"IMAPITable::Restrict", p_IMAPITable_Restrict, N_ELEMENTS(p_IMAPITable_Restrict)},
	[IMAPITable_CreateBookmark] = {"IMAPITable::CreateBookmark", p_IMAPITable_CreateBookmark, N_ELEMENTS(p_IMAPITable_CreateBookmark)},
	[IMAPITable_FreeBookmark] = {"IMAPITable::FreeBookmark", p_IMAPITable_FreeBookmark, N_ELEMENTS(p_IMAPITable_FreeBookmark)},
	[IMAPITable_SortTable] = {"IMAPITable::SortTable", p_IMAPITable_SortTable, N_ELEMENTS(p_IMAPITable_SortTable)},
	[IMAPITable_QuerySortOrder] = {"IMAPITable::QuerySortOrder", p_IMAPITable_QuerySortOrder, N_ELEMENTS(p_IMAPITable_QuerySortOrder)},
	[IMAPITable_QueryRows] = {"IMAPITable::QueryRows", p_IMAPITable_QueryRows, N_ELEMENTS(p_IMAPITable_QueryRows)},
	[IMAPITable_Abort] = {"IMAPITable::Abort", NULL, 0},
	[IMAPITable_ExpandRow] = {"IMAPITable::ExpandRow", p_IMAPITable_ExpandRow, N_ELEMENTS(p_IMAPITable_ExpandRow)},
	[IMAPITable_CollapseRow] = {"IMAPITable::CollapseRow", p_IMAPITable_CollapseRow, N_ELEMENTS(p_IMAPITable_CollapseRow)},
	[IMAPITable_WaitForCompletion] = {"IMAPITable::WaitForCompletion", p_IMAPITable_WaitForCompletion, N_ELEMENTS(p_IMAPITable_WaitForCompletion)},
	[IMAPITable_GetCollapseState] = {"IMAPITable::GetCollapseState", p_IMAPITable_GetCollapseState, N_ELEMENTS(p_IMAPITable_GetCollapseState)},
	[IMAPITable_SetCollapseState] = {"IMAPITable::SetCollapseState", p_IMAPITable_SetCollapseState, N_ELEMENTS(p_IMAPITable_SetCollapseState)},
	[IMAPIContainer_GetContentsTable] = {"IMAPIContainer::GetContentsTable", p_IMAPIContainer_GetContentsTable, N_ELEMENTS(p_IMAPIContainer_GetContentsTable)},
	[IMAPIContainer_GetHierarchyTable] = {"IMAPIContainer::GetHierarchyTable", p_IMAPIContainer_GetHierarchyTable, N_ELEMENTS(p_IMAPIContainer_GetHierarchyTable)},
	[IMAPIContainer_OpenEntry] = {"IMAPIContainer::OpenEntry", p_IMAPIContainer_OpenEntry, N_ELEMENTS(p_IMAPIContainer_OpenEntry)},
	[IMAPIContainer_SetSearchCriteria] = {"IMAPIContainer::SetSearchCriteria", p_IMAPIContainer_SetSearchCriteria, N_ELEMENTS(p_IMAPIContainer_SetSearchCriteria)},
	[IMAPIContainer_GetSearchCriteria] = {"IMAPIContainer::GetSearchCriteria", p_IMAPIContainer_GetSearchCriteria, N_ELEMENTS(p_IMAPIContainer_GetSearchCriteria)},
	[IABContainer_CreateEntry] = {"IABContainer::CreateEntry", p_IABContainer_CreateEntry, N_ELEMENTS(p_IABContainer_CreateEntry)},
	[IABContainer_CopyEntries] = {"IABContainer::CopyEntries", p_IABContainer_CopyEntries, N_ELEMENTS(p_IABContainer_CopyEntries)},
	[IABContainer_DeleteEntries] = {"IABContainer::DeleteEntries", p_IABContainer_DeleteEntries, N_ELEMENTS(p_IABContainer_DeleteEntries)},
	[IABContainer_ResolveNames] = {"IABContainer::ResolveNames", p_IABContainer_ResolveNames, N_ELEMENTS(p_IABContainer_ResolveNames)},
	[IDistList_CreateEntry] = {"IDistList::CreateEntry", p_IDistList_CreateEntry, N_ELEMENTS(p_IDistList_CreateEntry)},
	[IDistList_CopyEntries] = {"IDistList::CopyEntries", p_IDistList_CopyEntries, N_ELEMENTS(p_IDistList_CopyEntries)},
	[IDistList_DeleteEntries] = {"IDistList::DeleteEntries", p_IDistList_DeleteEntries, N_ELEMENTS(p_IDistList_DeleteEntries)},
	[IDistList_ResolveNames] = {"IDistList::ResolveNames", p_IDistList_ResolveNames, N_ELEMENTS(p_IDistList_ResolveNames)},
	[IMAPIFolder_CreateMessage] = {"IMAPIFolder::CreateMessage", p_IMAPIFolder_CreateMessage, N_ELEMENTS(p_IMAPIFolder_CreateMessage)},
	[IMAPIFolder_CopyMessages] = {"IMAPIFolder::CopyMessages", p_IMAPIFolder_CopyMessages, N_ELEMENTS(p_IMAPIFolder_CopyMessages)},
	[IMAPIFolder_DeleteMessages] = {"IMAPIFolder::DeleteMessages", p_IMAPIFolder_DeleteMessages, N_ELEMENTS(p_IMAPIFolder_DeleteMessages)},
	[IMAPIFolder_CreateFolder] = {"IMAPIFolder::CreateFolder", p_IMAPIFolder_CreateFolder, N_ELEMENTS(p_IMAPIFolder_CreateFolder)},
	[IMAPIFolder_CopyFolder] = {"IMAPIFolder::CopyFolder", p_IMAPIFolder_CopyFolder, N_ELEMENTS(p_IMAPIFolder_CopyFolder)},
	[IMAPIFolder_DeleteFolder] = {"IMAPIFolder::DeleteFolder", p_IMAPIFolder_DeleteFolder, N_ELEMENTS(p_IMAPIFolder_DeleteFolder)},
	[IMAPIFolder_SetReadFlags] = {"IMAPIFolder::SetReadFlags", p_IMAPIFolder_SetReadFlags, N_ELEMENTS(p_IMAPIFolder_SetReadFlags)},
	[IMAPIFolder_GetMessageStatus] = {"IMAPIFolder::GetMessageStatus", p_IMAPIFolder_GetMessageStatus, N_ELEMENTS(p_IMAPIFolder_GetMessageStatus)},
	[IMAPIFolder_SetMessageStatus] = {"IMAPIFolder::SetMessageStatus", p_IMAPIFolder_SetMessageStatus, N_ELEMENTS(p_IMAPIFolder_SetMessageStatus)},
	[IMAPIFolder_SaveContentsSort] = {"IMAPIFolder::SaveContentsSort", p_IMAPIFolder_SaveContentsSort, N_ELEMENTS(p_IMAPIFolder_SaveContentsSort)},
	[IMAPIFolder_EmptyFolder] = {"IMAPIFolder::EmptyFolder", p_IMAPIFolder_EmptyFolder, N_ELEMENTS(p_IMAPIFolder_EmptyFolder)},
	[IMsgStore_Advise] = {"IMsgStore::Advise", p_IMsgStore_Advise, N_ELEMENTS(p_IMsgStore_Advise)},
	[IMsgStore_Unadvise] = {"IMsgStore::Unadvise", p_IMsgStore_Unadvise, N_ELEMENTS(p_IMsgStore_Unadvise)},
	[IMsgStore_CompareEntryIDs] = {"IMsgStore::CompareEntryIDs", p_IMsgStore_CompareEntryIDs, N_ELEMENTS(p_IMsgStore_CompareEntryIDs)},
	[IMsgStore_OpenEntry] = {"IMsgStore::OpenEntry", p_IMsgStore_OpenEntry, N_ELEMENTS(p_IMsgStore_OpenEntry)},
	[IMsgStore_SetReceiveFolder] = {"IMsgStore::SetReceiveFolder", p_IMsgStore_SetReceiveFolder, N_ELEMENTS(p_IMsgStore_SetReceiveFolder)},
	[IMsgStore_GetReceiveFolder] = {"IMsgStore::GetReceiveFolder", p_IMsgStore_GetReceiveFolder, N_ELEMENTS(p_IMsgStore_GetReceiveFolder)},
	[IMsgStore_GetReceiveFolderTable] = {"IMsgStore::GetReceiveFolderTable", p_IMsgStore_GetReceiveFolderTable, N_ELEMENTS(p_IMsgStore_GetReceiveFolderTable)},
	[IMsgStore_StoreLogoff] = {"IMsgStore::StoreLogoff", p_IMsgStore_StoreLogoff, N_ELEMENTS(p_IMsgStore_StoreLogoff)},
	[IMsgStore_AbortSubmit] = {"IMsgStore::AbortSubmit", p_IMsgStore_AbortSubmit, N_ELEMENTS(p_IMsgStore_AbortSubmit)},
	[IMsgStore_GetOutgoingQueue] = {"IMsgStore::GetOutgoingQueue", p_IMsgStore_GetOutgoingQueue, N_ELEMENTS(p_IMsgStore_GetOutgoingQueue)},
	[IMsgStore_SetLockState] = {"IMsgStore::SetLockState", p_IMsgStore_SetLockState, N_ELEMENTS(p_IMsgStore_SetLockState)},
	[IMsgStore_FinishedMsg] = {"IMsgStore::FinishedMsg", p_IMsgStore_FinishedMsg, N_ELEMENTS(p_IMsgStore_FinishedMsg)},
	[IMsgStore_NotifyNewMail] = {"IMsgStore::NotifyNewMail", p_IMsgStore_NotifyNewMail, N_ELEMENTS(p_IMsgStore_NotifyNewMail)},
	[IMessage_GetAttachmentTable] = {"IMessage::GetAttachmentTable", p_IMessage_GetAttachmentTable, N_ELEMENTS(p_IMessage_GetAttachmentTable)},
	[IMessage_OpenAttach] = {"IMessage::OpenAttach", p_IMessage_OpenAttach, N_ELEMENTS(p_IMessage_OpenAttach)},
	[IMessage_CreateAttach] = {"IMessage::CreateAttach", p_IMessage_CreateAttach, N_ELEMENTS(p_IMessage_CreateAttach)},
	[IMessage_DeleteAttach] = {"IMessage::DeleteAttach", p_IMessage_DeleteAttach, N_ELEMENTS(p_IMessage_DeleteAttach)},
	[IMessage_GetRecipientTable] = {"IMessage::GetRecipientTable", p_IMessage_GetRecipientTable, N_ELEMENTS(p_IMessage_GetRecipientTable)},
	[IMessage_ModifyRecipients] = {"IMessage::ModifyRecipients", p_IMessage_ModifyRecipients, N_ELEMENTS(p_IMessage_ModifyRecipients)},
	[IMessage_SubmitMessage] = {"IMessage::SubmitMessage", p_IMessage_SubmitMessage, N_ELEMENTS(p_IMessage_SubmitMessage)},
	[IMessage_SetReadFlag] = {"IMessage::SetReadFlag", p_IMessage_SetReadFlag, N_ELEMENTS(p_IMessage_SetReadFlag)},
	[IABProvider_Shutdown] = {"IABProvider::Shutdown", p_IABProvider_Shutdown, N_ELEMENTS(p_IABProvider_Shutdown)},
	[IABProvider_Logon] = {"IABProvider::Logon", p_IABProvider_Logon, N_ELEMENTS(p_IABProvider_Logon)},
	[IABLogon_GetLastError] = {"IABLogon::GetLastError", p_IABLogon_GetLastError, N_ELEMENTS(p_IABLogon_GetLastError)},
	[IABLogon_Logoff] = {"IABLogon::Logoff", p_IABLogon_Logoff, N_ELEMENTS(p_IABLogon_Logoff)},
	[IABLogon_OpenEntry] = {"IABLogon::OpenEntry", p_IABLogon_OpenEntry, N_ELEMENTS(p_IABLogon_OpenEntry)},
	[IABLogon_CompareEntryIDs] = {"IABLogon::CompareEntryIDs", p_IABLogon_CompareEntryIDs, N_ELEMENTS(p_IABLogon_CompareEntryIDs)},
	[IABLogon_Advise] = {"IABLogon::Advise", p_IABLogon_Advise, N_ELEMENTS(p_IABLogon_Advise)},
	[IABLogon_Unadvise] = {"IABLogon::Unadvise", p_IABLogon_Unadvise, N_ELEMENTS(p_IABLogon_Unadvise)},
	[IABLogon_OpenStatusEntry] = {"IABLogon::OpenStatusEntry", p_IABLogon_OpenStatusEntry, N_ELEMENTS(p_IABLogon_OpenStatusEntry)},
	[IABLogon_OpenTemplateID] = {"IABLogon::OpenTemplateID", p_IABLogon_OpenTemplateID, N_ELEMENTS(p_IABLogon_OpenTemplateID)},
	[IABLogon_GetOneOffTable] = {"IABLogon::GetOneOffTable", p_IABLogon_GetOneOffTable, N_ELEMENTS(p_IABLogon_GetOneOffTable)},
	[IABLogon_PrepareRecips] = {"IABLogon::PrepareRecips", p_IABLogon_PrepareRecips, N_ELEMENTS(p_IABLogon_PrepareRecips)},
	[IXPProvider_Shutdown] = {"IXPProvider::Shutdown", p_IXPProvider_Shutdown, N_ELEMENTS(p_IXPProvider_Shutdown)},
	[IXPProvider_TransportLogon] = {"IXPProvider::TransportLogon", p_IXPProvider_TransportLogon, N_ELEMENTS(p_IXPProvider_TransportLogon)},
	[IXPLogon_AddressTypes] = {"IXPLogon::AddressTypes", p_IXPLogon_AddressTypes, N_ELEMENTS(p_IXPLogon_AddressTypes)},
	[IXPLogon_RegisterOptions] = {"IXPLogon::RegisterOptions", p_IXPLogon_RegisterOptions, N_ELEMENTS(p_IXPLogon_RegisterOptions)},
	[IXPLogon_TransportNotify] = {"IXPLogon::TransportNotify", p_IXPLogon_TransportNotify, N_ELEMENTS(p_IXPLogon_TransportNotify)},
	[IXPLogon_Idle] = {"IXPLogon::Idle", p_IXPLogon_Idle, N_ELEMENTS(p_IXPLogon_Idle)},
	[IXPLogon_TransportLogoff] = {"IXPLogon::TransportLogoff", p_IXPLogon_TransportLogoff, N_ELEMENTS(p_IXPLogon_TransportLogoff)},
	[IXPLogon_SubmitMessage] = {"IXPLogon::SubmitMessage", p_IXPLogon_SubmitMessage, N_ELEMENTS(p_IXPLogon_SubmitMessage)},
	[IXPLogon_EndMessage] = {"IXPLogon::EndMessage", p_IXPLogon_EndMessage, N_ELEMENTS(p_IXPLogon_EndMessage)},
	[IXPLogon_Poll] = {"IXPLogon::Poll", p_IXPLogon_Poll, N_ELEMENTS(p_IXPLogon_Poll)},
	[IXPLogon_StartMessage] = {"IXPLogon::StartMessage", p_IXPLogon_StartMessage, N_ELEMENTS(p_IXPLogon_StartMessage)},
	[IXPLogon_OpenStatusEntry] = {"IXPLogon::OpenStatusEntry", p_IXPLogon_OpenStatusEntry, N_ELEMENTS(p_IXPLogon_OpenStatusEntry)},
	[IXPLogon_ValidateState] = {"IXPLogon::ValidateState", p_IXPLogon_ValidateState, N_ELEMENTS(p_IXPLogon_ValidateState)},
	[IXPLogon_FlushQueues] = {"IXPLogon::FlushQueues", p_IXPLogon_FlushQueues, N_ELEMENTS(p_IXPLogon_FlushQueues)},
	[IMSProvider_Shutdown] = {"IMSProvider::Shutdown", p_IMSProvider_Shutdown, N_ELEMENTS(p_IMSProvider_Shutdown)},
	[IMSProvider_Logon] = {"IMSProvider::Logon", p_IMSProvider_Logon, N_ELEMENTS(p_IMSProvider_Logon)},
	[IMSProvider_SpoolerLogon] = {"IMSProvider::SpoolerLogon", p_IMSProvider_SpoolerLogon, N_ELEMENTS(p_IMSProvider_SpoolerLogon)},
	[IMSProvider_CompareStoreIDs] = {"IMSProvider::CompareStoreIDs", p_IMSProvider_CompareStoreIDs, N_ELEMENTS(p_IMSProvider_CompareStoreIDs)},
	[IMSLogon_GetLastError] = {"IMSLogon::GetLastError", p_IMSLogon_GetLastError, N_ELEMENTS(p_IMSLogon_GetLastError)},
	[IMSLogon_Logoff] = {"IMSLogon::Logoff", p_IMSLogon_Logoff, N_ELEMENTS(p_IMSLogon_Logoff)},
	[IMSLogon_OpenEntry] = {"IMSLogon::OpenEntry", p_IMSLogon_OpenEntry, N_ELEMENTS(p_IMSLogon_OpenEntry)},
	[IMSLogon_CompareEntryIDs] = {"IMSLogon::CompareEntryIDs", p_IMSLogon_CompareEntryIDs, N_ELEMENTS(p_IMSLogon_CompareEntryIDs)},
	[IMSLogon_Advise] = {"IMSLogon::Advise", p_IMSLogon_Advise, N_ELEMENTS(p_IMSLogon_Advise)},
	[IMSLogon_Unadvise] = {"IMSLogon::Unadvise", p_IMSLogon_Unadvise, N_ELEMENTS(p_IMSLogon_Unadvise)},
	[IMSLogon_OpenStatusEntry] = {"IMSLogon::OpenStatusEntry", p_IMSLogon_OpenStatusEntry, N_ELEMENTS(p_IMSLogon_OpenStatusEntry)},
	[IMAPIControl_GetLastError] = {"IMAPIControl::GetLastError", p_IMAPIControl_GetLastError, N_ELEMENTS(p_IMAPIControl_GetLastError)},
	[IMAPIControl_Activate] = {"IMAPIControl::Activate", p_IMAPIControl_Activate, N_ELEMENTS(p_IMAPIControl_Activate)},
	[IMAPIControl_GetState] = {"IMAPIControl::GetState", p_IMAPIControl_GetState, N_ELEMENTS(p_IMAPIControl_GetState)},
	[IMAPIStatus_ValidateState] = {"IMAPIStatus::ValidateState", p_IMAPIStatus_ValidateState, N_ELEMENTS(p_IMAPIStatus_ValidateState)},
	[IMAPIStatus_SettingsDialog] = {"IMAPIStatus::SettingsDialog", p_IMAPIStatus_SettingsDialog, N_ELEMENTS(p_IMAPIStatus_SettingsDialog)},
	[IMAPIStatus_ChangePassword] = {"IMAPIStatus::ChangePassword", p_IMAPIStatus_ChangePassword, N_ELEMENTS(p_IMAPIStatus_ChangePassword)},
	[IMAPIStatus_FlushQueues] = {"IMAPIStatus::FlushQueues", p_IMAPIStatus_FlushQueues, N_ELEMENTS(p_IMAPIStatus_FlushQueues)},
	[IStream__Read] = {"IStream::Read", p_IStream__Read, N_ELEMENTS(p_IStream__Read)},
	[IStream__Write] = {"IStream::Write", p_IStream__Write, N_ELEMENTS(p_IStream__Write)},
	[IStream_Seek] = {"IStream::Seek", p_IStream_Seek, N_ELEMENTS(p_IStream_Seek)},
	[IStream_SetSize] = {"IStream::SetSize", p_IStream_SetSize, N_ELEMENTS(p_IStream_SetSize)},
	[IStream_CopyTo] = {"IStream::CopyTo", p_IStream_CopyTo, N_ELEMENTS(p_IStream_CopyTo)},
	[IStream_Commit] = {"IStream::Commit", p_IStream_Commit, N_ELEMENTS(p_IStream_Commit)},
	[IStream_Revert] = {"IStream::Revert", NULL, 0},
	[IStream_LockRegion] = {"IStream::LockRegion", p_IStream_LockRegion, N_ELEMENTS(p_IStream_LockRegion)},
	[IStream_UnlockRegion] = {"IStream::UnlockRegion", p_IStream_UnlockRegion, N_ELEMENTS(p_IStream_UnlockRegion)},
	[IStream_Stat] = {"IStream::Stat", p_IStream_Stat, N_ELEMENTS(p_IStream_Stat)},
	[IStream_Clone] = {"IStream::Clone", p_IStream_Clone, N_ELEMENTS(p_IStream_Clone)},
	[IMAPIAdviseSink_OnNotify] = {"IMAPIAdviseSink::OnNotify", p_IMAPIAdviseSink_OnNotify, N_ELEMENTS(p_IMAPIAdviseSink_OnNotify)},
};

const unsigned int mapival_method_count = N_ELEMENTS(mapival_methods);
/* clang-format on */
