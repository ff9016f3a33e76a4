/*
 * eidutil.c - mapiutil.h's entry-ID helpers: entry IDs as strings
 * (HrSzFromEntryID, HrEntryIDFromSz), compound entry IDs that name a
 * message together with its store (HrComposeEID, HrDecomposeEID,
 * HrComposeMsgID, HrDecomposeMsgID), and WrapStoreEntryID.
 *
 * Windows leaves the string and compound forms undocumented ("use the
 * matching function to decode"); mapix's are:
 *
 *   string       the entry ID's bytes as upper-case hex digits
 *   compound     abFlags {0, MAPI_COMPOUND, 0, 0}, the store key's length
 *                (4 bytes, little-endian), the store key, then the
 *                message's entry ID
 *   message ID   the compound form of (store search key, message entry
 *                ID) as a string
 *
 * Decomposing finds the store by its key in the session's message stores
 * table (PR_RECORD_KEY, PR_STORE_RECORD_KEY or PR_SEARCH_KEY).  The
 * wrapped store entry ID is [MS-OXCDATA] 2.2.4.3's: flags, MAPI's
 * store-wrapping UID, version and flag bytes, the provider's DLL name and
 * the original entry ID.  Results are MAPIAllocateBuffer blocks.
 */
#include <mapiutil.h>

#include <string.h>

#include "objhdr.h"

#define COMPOUND_HEAD 8 /* abFlags and the key length */

/* MAPI's store-wrapping UID ([MS-OXCDATA] 2.2.4.3). */
static const BYTE store_wrap_uid[16] = {0x38, 0xA1, 0xBB, 0x10, 0x05, 0xE5,
					0x10, 0x1A, 0xA1, 0xBB, 0x08, 0x00,
					0x2B, 0x2A, 0x56, 0xC2};

/* A MAPI buffer holding a copy of len bytes, or NULL. */
static void *dup_buffer(const void *src, size_t len)
{
	void *p = NULL;

	if (len > UINT32_MAX || FAILED(MAPIAllocateBuffer((ULONG)len, &p)))
		return NULL;
	if (len > 0)
		memcpy(p, src, len);
	return p;
}

/*
 * HrSzFromEntryID
 *
 * Encodes an entry ID as a string (hex digits).
 *
 * RETURNS
 *  S_OK with the string in *lpsz (a MAPIAllocateBuffer block);
 *  MAPI_E_INVALID_PARAMETER for NULL arguments or an empty entry ID;
 *  MAPI_E_NOT_ENOUGH_MEMORY.
 */
STDAPI HrSzFromEntryID(ULONG cb, LPENTRYID lpEntryID, LPTSTR *lpsz)
{
	void *sz = NULL;

	if (lpsz != NULL)
		*lpsz = NULL;
	if (lpEntryID == NULL || lpsz == NULL || cb == 0 || cb > INT32_MAX / 2)
		return objhdr_thread_seterr(MAPI_E_INVALID_PARAMETER,
					    "HrSzFromEntryID: no entry ID");
	if (FAILED(MAPIAllocateBuffer(cb * 2 + 1, &sz)))
		return MAPI_E_NOT_ENOUGH_MEMORY;
	HexFromBin((LPBYTE)lpEntryID, (int)cb, sz);
	*lpsz = sz;
	return S_OK;
}

/*
 * HrEntryIDFromSz
 *
 * Decodes a string of HrSzFromEntryID.
 *
 * RETURNS
 *  S_OK with the entry ID in *lppEntryID (a MAPIAllocateBuffer block) and
 *  its size in *lpcb; MAPI_E_INVALID_PARAMETER for NULL arguments or a
 *  string that is not an even number of hex digits; MAPI_E_NOT_ENOUGH_MEMORY.
 */
STDAPI HrEntryIDFromSz(LPTSTR lpsz, ULONG *lpcb, LPENTRYID *lppEntryID)
{
	size_t len;
	void *eid = NULL;

	if (lppEntryID != NULL)
		*lppEntryID = NULL;
	if (lpsz == NULL || lpcb == NULL || lppEntryID == NULL)
		return objhdr_thread_seterr(MAPI_E_INVALID_PARAMETER,
					    "HrEntryIDFromSz: NULL argument");
	len = strlen((const char *)lpsz);
	if (len == 0 || len % 2 != 0 || len / 2 > UINT32_MAX)
		return objhdr_thread_seterr(MAPI_E_INVALID_PARAMETER,
					    "HrEntryIDFromSz: not an encoded "
					    "entry ID");
	if (FAILED(MAPIAllocateBuffer((ULONG)(len / 2), &eid)))
		return MAPI_E_NOT_ENOUGH_MEMORY;
	if (!FBinFromHex(lpsz, eid)) {
		MAPIFreeBuffer(eid);
		return objhdr_thread_seterr(MAPI_E_INVALID_PARAMETER,
					    "HrEntryIDFromSz: not an encoded "
					    "entry ID");
	}
	*lpcb = (ULONG)(len / 2);
	*lppEntryID = eid;
	return S_OK;
}

/* A compound entry ID of (key, message entry ID). */
static HRESULT compose(ULONG cbKey, const BYTE *key, ULONG cbMsg,
		       const void *msg, ULONG *lpcb, LPENTRYID *lppEntryID)
{
	BYTE *p = NULL;
	size_t len = (size_t)COMPOUND_HEAD + cbKey + cbMsg;

	if (len > UINT32_MAX ||
	    FAILED(MAPIAllocateBuffer((ULONG)len, (void **)&p)))
		return MAPI_E_NOT_ENOUGH_MEMORY;
	memset(p, 0, 4);
	p[1] = MAPI_COMPOUND;
	p[4] = (BYTE)cbKey;
	p[5] = (BYTE)(cbKey >> 8);
	p[6] = (BYTE)(cbKey >> 16);
	p[7] = (BYTE)(cbKey >> 24);
	memcpy(p + COMPOUND_HEAD, key, cbKey);
	memcpy(p + COMPOUND_HEAD + cbKey, msg, cbMsg);
	*lpcb = (ULONG)len;
	*lppEntryID = (LPENTRYID)p;
	return S_OK;
}

/* Splits a compound entry ID: 1 and the parts, 0 when it is not one. */
static int split(ULONG cb, const BYTE *eid, ULONG *cbKey_r, const BYTE **key_r,
		 ULONG *cbMsg_r, const BYTE **msg_r)
{
	ULONG cbKey;

	if (cb < COMPOUND_HEAD || !(eid[1] & MAPI_COMPOUND))
		return 0;
	cbKey = (ULONG)eid[4] | (ULONG)eid[5] << 8 | (ULONG)eid[6] << 16 |
		(ULONG)eid[7] << 24;
	if (cbKey > cb - COMPOUND_HEAD)
		return 0;
	*cbKey_r = cbKey;
	*key_r = eid + COMPOUND_HEAD;
	*cbMsg_r = cb - COMPOUND_HEAD - cbKey;
	*msg_r = eid + COMPOUND_HEAD + cbKey;
	return 1;
}

/* The entry ID of the session's store whose key is key. */
static HRESULT find_store(LPMAPISESSION session, ULONG cbKey, const BYTE *key,
			  ULONG *lpcb, LPENTRYID *lppEntryID)
{
	SizedSPropTagArray(4, cols) = {
	    4, {PR_ENTRYID, PR_RECORD_KEY, PR_STORE_RECORD_KEY, PR_SEARCH_KEY}};
	LPMAPITABLE table = NULL;
	LPSRowSet rows = NULL;
	HRESULT hr;
	ULONG r, c;

	if (session == NULL || session->lpVtbl == NULL)
		return MAPI_E_INVALID_PARAMETER;
	hr = session->lpVtbl->GetMsgStoresTable(session, 0, &table);
	if (hr == S_OK)
		hr = HrQueryAllRows(table, (LPSPropTagArray)&cols, NULL, NULL,
				    0, &rows);
	if (table != NULL)
		table->lpVtbl->Release(table);
	if (hr != S_OK)
		return hr;
	hr = MAPI_E_NOT_FOUND;
	for (r = 0; r < rows->cRows && hr == MAPI_E_NOT_FOUND; r++) {
		const SRow *row = &rows->aRow[r];

		if (row->cValues < 4 ||
		    PROP_TYPE(row->lpProps[0].ulPropTag) != PT_BINARY)
			continue;
		for (c = 1; c < 4; c++) {
			const SPropValue *v = &row->lpProps[c];

			if (PROP_TYPE(v->ulPropTag) == PT_BINARY &&
			    v->Value.bin.cb == cbKey &&
			    memcmp(v->Value.bin.lpb, key, cbKey) == 0)
				break;
		}
		if (c == 4)
			continue;
		*lppEntryID = dup_buffer(row->lpProps[0].Value.bin.lpb,
					 row->lpProps[0].Value.bin.cb);
		*lpcb = row->lpProps[0].Value.bin.cb;
		hr = *lppEntryID != NULL ? S_OK : MAPI_E_NOT_ENOUGH_MEMORY;
	}
	FreeProws(rows);
	return hr;
}

/*
 * HrComposeEID
 *
 * Makes a compound entry ID of a message's entry ID and its store's
 * record key.
 *
 * RETURNS
 *  S_OK with the entry ID in *lppEntryID (a MAPIAllocateBuffer block);
 *  MAPI_E_INVALID_PARAMETER for NULL arguments or an empty store key;
 *  MAPI_E_NOT_ENOUGH_MEMORY.  The session is not needed to compose.
 */
STDAPI HrComposeEID(LPMAPISESSION lpSession, ULONG cbStoreRecordKey,
		    LPBYTE lpStoreRecordKey, ULONG cbMsgEntryID,
		    LPENTRYID lpMsgEntryID, ULONG *lpcbEID,
		    LPENTRYID *lppEntryID)
{
	(void)lpSession;
	if (lppEntryID != NULL)
		*lppEntryID = NULL;
	if (lpStoreRecordKey == NULL || cbStoreRecordKey == 0 ||
	    (lpMsgEntryID == NULL && cbMsgEntryID != 0) || lpcbEID == NULL ||
	    lppEntryID == NULL)
		return objhdr_thread_seterr(MAPI_E_INVALID_PARAMETER,
					    "HrComposeEID: NULL or empty "
					    "argument");
	return compose(cbStoreRecordKey, lpStoreRecordKey, cbMsgEntryID,
		       lpMsgEntryID, lpcbEID, lppEntryID);
}

/*
 * HrDecomposeEID
 *
 * Splits a compound entry ID into the store's and the message's entry IDs.
 *
 * RETURNS
 *  S_OK with both entry IDs (MAPIAllocateBuffer blocks); for an entry ID
 *  that is not compound, a copy of it as the message's and no store's
 *  (NULL, 0), as Windows documents.  MAPI_E_NOT_FOUND when no store of
 *  the session has the key; MAPI_E_INVALID_PARAMETER for NULL arguments;
 *  the session's errors.
 */
STDAPI HrDecomposeEID(LPMAPISESSION lpSession, ULONG cbEntryID,
		      LPENTRYID lpEntryID, ULONG *lpcbStoreEntryID,
		      LPENTRYID *lppStoreEntryID, ULONG *lpcbMsgEntryID,
		      LPENTRYID *lppMsgEntryID)
{
	const BYTE *key, *msg;
	ULONG cbKey, cbMsg;
	HRESULT hr;

	if (lppStoreEntryID != NULL)
		*lppStoreEntryID = NULL;
	if (lppMsgEntryID != NULL)
		*lppMsgEntryID = NULL;
	if (lpEntryID == NULL || cbEntryID == 0 || lpcbStoreEntryID == NULL ||
	    lppStoreEntryID == NULL || lpcbMsgEntryID == NULL ||
	    lppMsgEntryID == NULL)
		return objhdr_thread_seterr(MAPI_E_INVALID_PARAMETER,
					    "HrDecomposeEID: NULL argument");
	if (!split(cbEntryID, (const BYTE *)lpEntryID, &cbKey, &key, &cbMsg,
		   &msg)) {
		*lppMsgEntryID = dup_buffer(lpEntryID, cbEntryID);
		if (*lppMsgEntryID == NULL)
			return MAPI_E_NOT_ENOUGH_MEMORY;
		*lpcbMsgEntryID = cbEntryID;
		*lpcbStoreEntryID = 0;
		return S_OK;
	}
	hr = find_store(lpSession, cbKey, key, lpcbStoreEntryID,
			lppStoreEntryID);
	if (hr != S_OK)
		return objhdr_thread_seterr(hr, "HrDecomposeEID: no store of "
						"the session has the entry "
						"ID's store key");
	*lppMsgEntryID = dup_buffer(msg, cbMsg);
	if (*lppMsgEntryID == NULL && cbMsg > 0) {
		MAPIFreeBuffer(*lppStoreEntryID);
		*lppStoreEntryID = NULL;
		return MAPI_E_NOT_ENOUGH_MEMORY;
	}
	*lpcbMsgEntryID = cbMsg;
	return S_OK;
}

/*
 * HrComposeMsgID
 *
 * Makes a message ID string from a store's search key and a message's
 * entry ID.
 *
 * RETURNS
 *  S_OK with the string in *lpszMsgID (a MAPIAllocateBuffer block);
 *  MAPI_E_INVALID_PARAMETER; MAPI_E_NOT_ENOUGH_MEMORY.
 */
STDAPI HrComposeMsgID(LPMAPISESSION lpSession, ULONG cbStoreSearchKey,
		      LPBYTE pStoreSearchKey, ULONG cbMsgEntryID,
		      LPENTRYID lpMsgEntryID, LPTSTR *lpszMsgID)
{
	LPENTRYID eid = NULL;
	ULONG cb = 0;
	HRESULT hr;

	if (lpszMsgID != NULL)
		*lpszMsgID = NULL;
	if (lpszMsgID == NULL)
		return objhdr_thread_seterr(MAPI_E_INVALID_PARAMETER,
					    "HrComposeMsgID: NULL argument");
	hr = HrComposeEID(lpSession, cbStoreSearchKey, pStoreSearchKey,
			  cbMsgEntryID, lpMsgEntryID, &cb, &eid);
	if (hr != S_OK)
		return hr;
	hr = HrSzFromEntryID(cb, eid, lpszMsgID);
	MAPIFreeBuffer(eid);
	return hr;
}

/*
 * HrDecomposeMsgID
 *
 * Splits a message ID string of HrComposeMsgID into the store's and the
 * message's entry IDs (as HrDecomposeEID does).
 */
STDAPI HrDecomposeMsgID(LPMAPISESSION lpSession, LPTSTR lpszMsgID,
			ULONG *lpcbStoreEntryID, LPENTRYID *lppStoreEntryID,
			ULONG *lppcbMsgEntryID, LPENTRYID *lppMsgEntryID)
{
	LPENTRYID eid = NULL;
	ULONG cb = 0;
	HRESULT hr;

	hr = HrEntryIDFromSz(lpszMsgID, &cb, &eid);
	if (hr != S_OK)
		return hr;
	hr = HrDecomposeEID(lpSession, cb, eid, lpcbStoreEntryID,
			    lppStoreEntryID, lppcbMsgEntryID, lppMsgEntryID);
	MAPIFreeBuffer(eid);
	return hr;
}

/*
 * WrapStoreEntryID
 *
 * Wraps a store provider's entry ID the way MAPI hands store entry IDs to
 * clients, naming the provider.
 *
 * PARAMS
 *  ulFlags          [I] reserved, 0
 *  lpszDLLName      [I] the provider's DLL name ("emsmdb.dll"); 8-bit
 *  cbOrigEntry      [I] size of the provider's entry ID
 *  lpOrigEntry      [I] the provider's entry ID
 *  lpcbWrappedEntry [O] receives the wrapped size
 *  lppWrappedEntry  [O] receives the wrapped entry ID (MAPIAllocateBuffer)
 *
 * RETURNS
 *  S_OK; MAPI_E_UNKNOWN_FLAGS; MAPI_E_INVALID_PARAMETER for NULL
 *  arguments or an empty entry ID; MAPI_E_NOT_ENOUGH_MEMORY.
 */
STDAPI WrapStoreEntryID(ULONG ulFlags, LPTSTR lpszDLLName, ULONG cbOrigEntry,
			LPENTRYID lpOrigEntry, ULONG *lpcbWrappedEntry,
			LPENTRYID *lppWrappedEntry)
{
	const char *dll = (const char *)lpszDLLName;
	size_t dll_len, len;
	BYTE *p = NULL;

	if (lppWrappedEntry != NULL)
		*lppWrappedEntry = NULL;
	if (ulFlags != 0)
		return objhdr_thread_seterr(MAPI_E_UNKNOWN_FLAGS,
					    "WrapStoreEntryID: flags are "
					    "reserved");
	if (dll == NULL || lpOrigEntry == NULL || cbOrigEntry == 0 ||
	    lpcbWrappedEntry == NULL || lppWrappedEntry == NULL)
		return objhdr_thread_seterr(MAPI_E_INVALID_PARAMETER,
					    "WrapStoreEntryID: NULL or empty "
					    "argument");
	dll_len = strlen(dll) + 1;
	len = 4 + sizeof(store_wrap_uid) + 2 + dll_len + cbOrigEntry;
	if (len > UINT32_MAX ||
	    FAILED(MAPIAllocateBuffer((ULONG)len, (void **)&p)))
		return MAPI_E_NOT_ENOUGH_MEMORY;
	memset(p, 0, 4);
	memcpy(p + 4, store_wrap_uid, sizeof(store_wrap_uid));
	p[20] = 0; /* version */
	p[21] = 0; /* flag */
	memcpy(p + 22, dll, dll_len);
	memcpy(p + 22 + dll_len, lpOrigEntry, cbOrigEntry);
	*lpcbWrappedEntry = (ULONG)len;
	*lppWrappedEntry = (LPENTRYID)p;
	return S_OK;
}
