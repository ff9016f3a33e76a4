/*
 * mfcstyle.c - the calls a typical Windows MAPI tool (MFCMAPI and the
 * like) makes outside a session, written the Windows way and built, like
 * winprog.c, with and without UNICODE against the public headers only:
 *
 *   - flag values named as the tool's flag dictionary names them
 *     (address book, access and dialog flags);
 *   - a conversation index for a new message and for a reply, its time
 *     read back and compared with the clock through the Ft* functions;
 *   - FILETIME arithmetic for a "delivered in the last N days"
 *     restriction, validated with FBadRestriction;
 *   - streams on files: compressed RTF written through
 *     WrapCompressedRTFStream into a unique temporary file, read back,
 *     and saved to a named file with CopyTo (WriteStreamToFile), sizes
 *     checked with Stat;
 *   - a rule's actions as data (move, reply, forward, tag, bounce,
 *     defer), described the way a rules viewer does, and the serializer
 *     answering MAPI_E_NO_SUPPORT;
 *   - an advise sink's copy of its notifications (ScCopyNotifications);
 *   - a provider method that validates its arguments with mapival.h.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include <edkmdb.h>
#include <mapidefs.h>
#include <mapiutil.h>
#include <mapival.h>
#include <mapix.h>

static int failures;

#define CHECK(cond)                                                            \
	do {                                                                   \
		if (!(cond)) {                                                 \
			printf("FAILED line %d: %s\n", __LINE__, #cond);       \
			failures++;                                            \
		}                                                              \
	} while (0)

/* ------------------------------------------------------------------ */
/* Flags, as a tool's flag dictionary names them. */

struct flag_name {
	ULONG value;
	const char *name;
};

static const struct flag_name ab_flags[] = {
    {AB_NO_DIALOG, "AB_NO_DIALOG"},
    {MAPI_DEFERRED_ERRORS, "MAPI_DEFERRED_ERRORS"},
    {MAPI_BEST_ACCESS, "MAPI_BEST_ACCESS"},
    {AB_RESOLVE, "AB_RESOLVE"},
    {MAPI_CACHE_ONLY, "MAPI_CACHE_ONLY"},
    {MAPI_UNICODE, "MAPI_UNICODE"},
};

static void flags_to_string(ULONG flags, const struct flag_name *names,
			    size_t count, char *out, size_t cap)
{
	size_t i, len = 0;

	out[0] = '\0';
	for (i = 0; i < count; i++) {
		if ((flags & names[i].value) == names[i].value) {
			len +=
			    (size_t)snprintf(out + len, cap - len, "%s%s",
					     len ? " | " : "", names[i].name);
			flags &= ~names[i].value;
		}
	}
	if (flags != 0)
		snprintf(out + len, cap - len, "%s0x%lX", len ? " | " : "",
			 (unsigned long)flags);
}

static void flags(void)
{
	char buf[256];

	flags_to_string(AB_NO_DIALOG | MAPI_BEST_ACCESS | fMapiUnicode,
			ab_flags, sizeof(ab_flags) / sizeof(ab_flags[0]), buf,
			sizeof(buf));
#ifdef UNICODE
	CHECK(strcmp(buf, "AB_NO_DIALOG | MAPI_BEST_ACCESS | MAPI_UNICODE") ==
	      0);
#else
	CHECK(strcmp(buf, "AB_NO_DIALOG | MAPI_BEST_ACCESS") == 0);
#endif
	CHECK(AB_NO_DIALOG == 0x00000001);
	CHECK(MAPI_DIALOG == 0x00000008);
	CHECK(DIALOG_MODAL == 0x00000001 && DIALOG_SDI == 0x00000002);
	CHECK(AB_RESOLVE == 0x00000020 && AB_SELECTONLY == 0x00000010);
	CHECK(ADDRESS_ONE == 0x00000008);
	flags_to_string(0x100 | AB_RESOLVE, ab_flags,
			sizeof(ab_flags) / sizeof(ab_flags[0]), buf,
			sizeof(buf));
	CHECK(strcmp(buf, "AB_RESOLVE | 0x100") == 0);
}

/* ------------------------------------------------------------------ */
/* FILETIME and the conversation index. */

/* The current time as a FILETIME, from the C library's clock. */
static FILETIME file_time_now(void)
{
	FILETIME epoch = {0xD53E8000, 0x019DB1DE}; /* 1970-01-01 */
	FILETIME secs = FtMulDwDw((DWORD)time(NULL), 10000000);

	return FtAddFt(epoch, secs);
}

static void conversation_index(void)
{
	LPBYTE lpbIndex = NULL, lpbReply = NULL;
	ULONG cbIndex = 0, cbReply = 0;
	FILETIME ftHeader, ftNow, ftDiff;
	SCODE sc;

	sc = ScCreateConversationIndex(0, NULL, &cbIndex, &lpbIndex);
	CHECK(sc == S_OK && cbIndex == 22 && lpbIndex[0] == 0x01);
	if (sc != S_OK)
		return;
	/* Bytes 1-5: the high 40 bits of the time, most significant first. */
	ftHeader.dwHighDateTime = (DWORD)lpbIndex[1] << 24 |
				  (DWORD)lpbIndex[2] << 16 |
				  (DWORD)lpbIndex[3] << 8 | lpbIndex[4];
	ftHeader.dwLowDateTime = (DWORD)lpbIndex[5] << 24;
	ftNow = file_time_now();
	ftDiff = FtSubFt(ftNow, ftHeader);
	if (ftDiff.dwHighDateTime & 0x80000000)
		ftDiff = FtNegFt(ftDiff);
	/* Within ten minutes (the header keeps 1.7-second steps). */
	CHECK(ftDiff.dwHighDateTime == 0 &&
	      ftDiff.dwLowDateTime < 10 * 60 * 10000000UL);

	sc = ScCreateConversationIndex(cbIndex, lpbIndex, &cbReply, &lpbReply);
	CHECK(sc == S_OK && cbReply == 27);
	if (sc == S_OK)
		CHECK(memcmp(lpbReply, lpbIndex, 22) == 0);
	MAPIFreeBuffer(lpbReply);
	MAPIFreeBuffer(lpbIndex);
}

static void recent_restriction(void)
{
	FILETIME ftNow = file_time_now(), ftDay, ftSince;
	SPropValue spvSince;
	SRestriction sres;

	ftDay = FtMulDwDw(86400, 10000000);
	ftSince = FtSubFt(ftNow, FtMulDw(7, ftDay));
	CHECK(FtAddFt(ftSince, FtMulDw(7, ftDay)).dwLowDateTime ==
	      ftNow.dwLowDateTime);
	spvSince.ulPropTag = PR_MESSAGE_DELIVERY_TIME;
	spvSince.Value.ft = ftSince;
	sres.rt = RES_PROPERTY;
	sres.res.resProperty.relop = RELOP_GE;
	sres.res.resProperty.ulPropTag = PR_MESSAGE_DELIVERY_TIME;
	sres.res.resProperty.lpProp = &spvSince;
	CHECK(!FBadRestriction(&sres));
	sres.res.resProperty.lpProp = NULL;
	CHECK(FBadRestriction(&sres));
}

/* ------------------------------------------------------------------ */
/* Streams on files and compressed RTF. */

static const char szRTF[] = "{\\rtf1\\ansi\\ansicpg1252\\pard hello world}\r\n";

static ULONG stream_size(LPSTREAM lpStream)
{
	STATSTG statstg = {0};

	if (FAILED(IStream_Stat(lpStream, &statstg, STATFLAG_NONAME)))
		return (ULONG)-1;
	return statstg.cbSize.LowPart;
}

static void streams_on_files(void)
{
	const char *tmp = getenv("TMPDIR") ? getenv("TMPDIR") : "/tmp";
	LPSTREAM lpCompressed = NULL, lpRTF = NULL, lpFile = NULL;
	LARGE_INTEGER liZero = {0};
	ULARGE_INTEGER uliMax, uliRead, uliWritten;
	char szPath[512], buf[128];
	ULONG cbRead = 0;
	HRESULT hRes;

	/* A temporary file that goes away with its stream. */
	hRes = OpenStreamOnFile(MAPIAllocateBuffer, MAPIFreeBuffer,
				SOF_UNIQUEFILENAME | STGM_DELETEONRELEASE |
				    STGM_READWRITE,
				(LPTSTR)tmp, (LPTSTR) "mfc", &lpCompressed);
	CHECK(hRes == S_OK);
	if (hRes != S_OK)
		return;
	hRes = WrapCompressedRTFStream(lpCompressed, MAPI_MODIFY, &lpRTF);
	CHECK(hRes == S_OK);
	if (hRes == S_OK) {
		CHECK(IStream_Write(lpRTF, szRTF, sizeof(szRTF) - 1, NULL) ==
		      S_OK);
		CHECK(IStream_Commit(lpRTF, STGC_DEFAULT) == S_OK);
		IStream_Release(lpRTF);
	}
	/* The compressed form of [MS-OXRTFCP]'s first example. */
	CHECK(stream_size(lpCompressed) == 49);

	CHECK(IStream_Seek(lpCompressed, liZero, STREAM_SEEK_SET, NULL) ==
	      S_OK);
	lpRTF = NULL;
	hRes = WrapCompressedRTFStream(lpCompressed, 0, &lpRTF);
	CHECK(hRes == S_OK);
	if (hRes == S_OK) {
		CHECK(IStream_Read(lpRTF, buf, sizeof(buf), &cbRead) == S_OK);
		CHECK(cbRead == sizeof(szRTF) - 1 &&
		      memcmp(buf, szRTF, cbRead) == 0);
		IStream_Release(lpRTF);
	}

	/* WriteStreamToFile: the compressed bytes into a named file. */
	snprintf(szPath, sizeof(szPath), "%s/mfcstyle-%ld.bin", tmp,
		 (long)time(NULL));
	hRes = OpenStreamOnFile(MAPIAllocateBuffer, MAPIFreeBuffer,
				STGM_CREATE | STGM_READWRITE |
				    STGM_DELETEONRELEASE,
				(LPTSTR)szPath, NULL, &lpFile);
	CHECK(hRes == S_OK);
	if (hRes == S_OK) {
		uliMax.QuadPart = (ULONGLONG)-1;
		CHECK(IStream_Seek(lpCompressed, liZero, STREAM_SEEK_SET,
				   NULL) == S_OK);
		CHECK(IStream_CopyTo(lpCompressed, lpFile, uliMax, &uliRead,
				     &uliWritten) == S_OK);
		CHECK(uliRead.QuadPart == 49 && uliWritten.QuadPart == 49);
		CHECK(IStream_Commit(lpFile, STGC_DEFAULT) == S_OK);
		CHECK(stream_size(lpFile) == 49);
		IStream_Release(lpFile);
	}
	IStream_Release(lpCompressed);

	/* Opening a file that is not there. */
	lpFile = NULL;
	hRes = OpenStreamOnFile(MAPIAllocateBuffer, MAPIFreeBuffer, STGM_READ,
				(LPTSTR)szPath, NULL, &lpFile);
	CHECK(hRes == MAPI_E_NOT_FOUND && lpFile == NULL);
}

/* ------------------------------------------------------------------ */
/* A rule's actions as data. */

static void describe_action(const ACTION *a, char *out, size_t cap)
{
	switch (a->acttype) {
	case OP_MOVE:
	case OP_COPY:
		snprintf(out, cap, "%s to folder (%lu-byte entry ID)",
			 a->acttype == OP_MOVE ? "move" : "copy",
			 (unsigned long)a->actMoveCopy.cbFldEntryId);
		break;
	case OP_REPLY:
	case OP_OOF_REPLY:
		snprintf(out, cap, "reply with template %08lX",
			 (unsigned long)a->actReply.guidReplyTemplate.Data1);
		break;
	case OP_FORWARD:
	case OP_DELEGATE:
		snprintf(out, cap, "forward to %lu recipient(s)%s",
			 (unsigned long)a->lpadrlist->cEntries,
			 a->ulActionFlavor & FWD_PRESERVE_SENDER
			     ? ", preserving the sender"
			     : "");
		break;
	case OP_TAG:
		snprintf(out, cap, "set 0x%08lX to %ld",
			 (unsigned long)a->propTag.ulPropTag,
			 (long)a->propTag.Value.l);
		break;
	case OP_BOUNCE:
		snprintf(out, cap, "bounce with code %ld",
			 (long)a->scBounceCode);
		break;
	case OP_DEFER_ACTION:
		snprintf(out, cap, "defer (%lu bytes)",
			 (unsigned long)a->actDeferAction.cbData);
		break;
	default:
		snprintf(out, cap, "action %d", (int)a->acttype);
		break;
	}
}

static void rule_actions(void)
{
	static BYTE abFolder[] = {0, 0, 0, 0, 1, 2, 3, 4, 5, 6};
	static BYTE abTemplate[] = {0, 0, 0, 0, 7, 7};
	static BYTE abDefer[] = {0xDE, 0xFE, 0x44};
	static const GUID guidTemplate = {
	    0x12345678, 0x1234, 0x5678, {1, 2, 3, 4, 5, 6, 7, 8}};
	static const char *const want[] = {
	    "move to folder (10-byte entry ID)",
	    "reply with template 12345678",
	    "forward to 1 recipient(s), preserving the sender",
	    "set 0x00170003 to 2",
	    "bounce with code 38",
	    "defer (3 bytes)",
	};
	SizedADRLIST(1, adrlist);
	SPropValue rgRecip[3];
	ACTION rgAction[6];
	ACTIONS actions;
	BYTE *pb = NULL;
	ULONG cb = 0, i;
	char buf[128];
	HRESULT hRes;

	memset(rgAction, 0, sizeof(rgAction));
	rgAction[0].acttype = OP_MOVE;
	rgAction[0].actMoveCopy.cbFldEntryId = sizeof(abFolder);
	rgAction[0].actMoveCopy.lpFldEntryId = (LPENTRYID)abFolder;

	rgAction[1].acttype = OP_REPLY;
	rgAction[1].actReply.cbEntryId = sizeof(abTemplate);
	rgAction[1].actReply.lpEntryId = (LPENTRYID)abTemplate;
	rgAction[1].actReply.guidReplyTemplate = guidTemplate;

	rgRecip[0].ulPropTag = PR_DISPLAY_NAME;
	rgRecip[0].Value.LPSZ = TEXT("Rule Target");
	rgRecip[1].ulPropTag = PR_ADDRTYPE;
	rgRecip[1].Value.LPSZ = TEXT("SMTP");
	rgRecip[2].ulPropTag = PR_EMAIL_ADDRESS;
	rgRecip[2].Value.LPSZ = TEXT("target@example.com");
	adrlist.cEntries = 1;
	adrlist.aEntries[0].ulReserved1 = 0;
	adrlist.aEntries[0].cValues = 3;
	adrlist.aEntries[0].rgPropVals = rgRecip;
	rgAction[2].acttype = OP_FORWARD;
	rgAction[2].ulActionFlavor = FWD_PRESERVE_SENDER;
	rgAction[2].lpadrlist = (LPADRLIST)&adrlist;
	CHECK(!FBadAdrList((LPADRLIST)&adrlist));

	rgAction[3].acttype = OP_TAG;
	rgAction[3].propTag.ulPropTag = PR_IMPORTANCE;
	rgAction[3].propTag.Value.l = IMPORTANCE_HIGH;

	rgAction[4].acttype = OP_BOUNCE;
	rgAction[4].scBounceCode = BOUNCE_ACCESS_DENIED;

	rgAction[5].acttype = OP_DEFER_ACTION;
	rgAction[5].actDeferAction.cbData = sizeof(abDefer);
	rgAction[5].actDeferAction.pbData = abDefer;

	actions.ulVersion = EDK_RULES_VERSION;
	actions.cActions = 6;
	actions.lpAction = rgAction;
	for (i = 0; i < actions.cActions; i++) {
		describe_action(&actions.lpAction[i], buf, sizeof(buf));
		CHECK(strcmp(buf, want[i]) == 0);
	}

	/* The rules table's binary form is not there yet. */
	hRes = HrSerializeActions(NULL, &actions, &pb, &cb);
	CHECK(hRes == MAPI_E_NO_SUPPORT && pb == NULL);
}

/* ------------------------------------------------------------------ */
/* An advise sink keeping its notifications. */

static void notification_copy(void)
{
	static BYTE abEntry[] = {0, 0, 0, 0, 0xAA, 0xBB, 0xCC};
	NOTIFICATION notif[2];
	LPNOTIFICATION lpCopy = NULL;
	ULONG cb = 0;

	memset(notif, 0, sizeof(notif));
	notif[0].ulEventType = fnevNewMail;
	notif[0].info.newmail.cbEntryID = sizeof(abEntry);
	notif[0].info.newmail.lpEntryID = (LPENTRYID)abEntry;
	notif[0].info.newmail.lpszMessageClass = (LPTSTR) "IPM.Note";
	notif[1].ulEventType = fnevObjectDeleted;
	notif[1].info.obj.cbEntryID = sizeof(abEntry);
	notif[1].info.obj.lpEntryID = (LPENTRYID)abEntry;
	notif[1].info.obj.ulObjType = MAPI_MESSAGE;

	CHECK(ScCountNotifications(2, notif, &cb) == S_OK);
	CHECK(MAPIAllocateBuffer(cb, (LPVOID *)&lpCopy) == S_OK);
	if (lpCopy == NULL)
		return;
	CHECK(ScCopyNotifications(2, notif, lpCopy, NULL) == S_OK);
	CHECK(lpCopy[0].info.newmail.lpEntryID !=
	      notif[0].info.newmail.lpEntryID);
	CHECK(memcmp(lpCopy[1].info.obj.lpEntryID, abEntry, sizeof(abEntry)) ==
	      0);
	CHECK(strcmp((char *)lpCopy[0].info.newmail.lpszMessageClass,
		     "IPM.Note") == 0);
	MAPIFreeBuffer(lpCopy);
}

/* ------------------------------------------------------------------ */
/* A provider method validating its arguments. */

static int cReached;

static STDMETHODIMP MyProp_GetProps(LPMAPIPROP lpMAPIProp,
				    LPSPropTagArray lpPropTagArray,
				    ULONG ulFlags, ULONG FAR *lpcValues,
				    LPSPropValue FAR *lppPropArray)
{
	Validate_IMAPIProp_GetProps(lpMAPIProp, lpPropTagArray, ulFlags,
				    lpcValues, lppPropArray);
	cReached++;
	return S_OK;
}

static void provider_validation(void)
{
	ULONG cValues = 0;
	LPSPropValue lpProps = NULL;

	CHECK(MyProp_GetProps(NULL, NULL, fMapiUnicode, &cValues, &lpProps) ==
	      S_OK);
	CHECK(MyProp_GetProps(NULL, NULL, 0x4000, &cValues, &lpProps) ==
	      MAPI_E_UNKNOWN_FLAGS);
	CHECK(MyProp_GetProps(NULL, NULL, 0, NULL, &lpProps) ==
	      MAPI_E_INVALID_PARAMETER);
	CHECK(cReached == 1);
	CHECK(IMAPIProp_GetProps == 5);
}

int main(void)
{
	flags();
	conversation_index();
	recent_restriction();
	streams_on_files();
	rule_actions();
	notification_copy();
	provider_validation();
	printf("mfcstyle: %s\n",
	       failures == 0 ? "all checks passed" : "some checks FAILED");
	return failures == 0 ? 0 : 1;
}
