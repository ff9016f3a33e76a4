/*
 * mailbox_tour.c - a MAPI program written from Microsoft's Extended MAPI
 * documentation, as a Windows program would be: only the Windows header
 * names, objects driven through lpVtbl, MAPI's memory functions.  It
 * builds unchanged against mapix.
 *
 *   MAPIInitialize -> a profile with the MAPIX_LOCAL service (a personal
 *   store in one file) -> MAPILogonEx -> the default store from the
 *   stores table -> OpenMsgStore -> the Inbox via GetReceiveFolder ->
 *   1,000 messages with recipients and an attachment -> a restricted,
 *   sorted contents table -> read back and compare -> named properties
 *   -> a 20 MiB attachment streamed in and out -> Logoff ->
 *   MAPIUninitialize.
 *
 * Usage: mailbox_tour DIRECTORY [MESSAGES]
 * DIRECTORY (made when missing) receives the store file.  mapix finds its
 * profiles and its service catalog through its configuration ($MAPIX_STATE_DIR,
 * $MAPIX_CONFIG); the test suite runs this program against a private
 * one.  Exit status 0 when every check passed.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>

#include <mapix.h>
#include <mapiutil.h>
#include <mapidefs.h>
#include <mapiguid.h>
#include <mspst.h>

#define PROFILE_NAME "Mailbox Tour"
#define BIG_SIZE     (20u * 1024 * 1024)
#define CHUNK        (64u * 1024)

static int failures;

#define CHECK(cond)                                                            \
	do {                                                                   \
		if (!(cond)) {                                                 \
			fprintf(stderr, "FAILED line %d: %s\n", __LINE__,      \
				#cond);                                        \
			failures++;                                            \
		}                                                              \
	} while (0)

/* Stops the tour on a failed call: later steps need its result. */
#define TRY(expr)                                                              \
	do {                                                                   \
		HRESULT try_hr_ = (expr);                                      \
		if (FAILED(try_hr_)) {                                         \
			fprintf(stderr, "FAILED line %d: %s: 0x%08lx\n",       \
				__LINE__, #expr, (unsigned long)try_hr_);      \
			failures++;                                            \
			goto done;                                             \
		}                                                              \
	} while (0)

/* The byte at offset i of the big attachment: a pattern that shows
 * misplaced chunks. */
static BYTE pattern(size_t i)
{
	return (BYTE)((i * 2654435761u) >> 13);
}

/* Removes a store file and the journal files that may go with it. */
static void remove_store(const char *path)
{
	static const char *const suffixes[] = {"", "-wal", "-shm", "-journal"};
	char name[4200];
	size_t i;

	for (i = 0; i < sizeof(suffixes) / sizeof(*suffixes); i++) {
		snprintf(name, sizeof(name), "%s%s", path, suffixes[i]);
		remove(name);
	}
}

/* Creates the profile and configures its personal store at path. */
static HRESULT make_profile(const char *path)
{
	LPPROFADMIN lpProfAdmin = NULL;
	LPSERVICEADMIN lpServiceAdmin = NULL;
	LPMAPITABLE lpTable = NULL;
	LPSRowSet lpRows = NULL;
	SizedSPropTagArray(2, sptCols) = {2, {PR_SERVICE_NAME, PR_SERVICE_UID}};
	SPropValue spvPath;
	MAPIUID uidService;
	HRESULT hRes;
	ULONG i;
	int found = 0;

	hRes = MAPIAdminProfiles(0, &lpProfAdmin);
	if (FAILED(hRes))
		return hRes;
	/* A profile left by an earlier run goes first (MAPI_E_NOT_FOUND is
	 * what a first run gets), and so does its store file. */
	lpProfAdmin->lpVtbl->DeleteProfile(lpProfAdmin, (LPTSTR)PROFILE_NAME,
					   0);
	remove_store(path);
	hRes = lpProfAdmin->lpVtbl->CreateProfile(
	    lpProfAdmin, (LPTSTR)PROFILE_NAME, NULL, 0, 0);
	if (SUCCEEDED(hRes))
		hRes = lpProfAdmin->lpVtbl->AdminServices(
		    lpProfAdmin, (LPTSTR)PROFILE_NAME, NULL, 0, 0,
		    &lpServiceAdmin);
	if (SUCCEEDED(hRes))
		hRes = lpServiceAdmin->lpVtbl->CreateMsgService(
		    lpServiceAdmin, (LPTSTR) "MAPIX_LOCAL",
		    (LPTSTR) "Personal Folders", 0, 0);
	/* CreateMsgService gives no UID: the documented way is to find the
	 * service in the message service table. */
	if (SUCCEEDED(hRes))
		hRes = lpServiceAdmin->lpVtbl->GetMsgServiceTable(
		    lpServiceAdmin, 0, &lpTable);
	if (SUCCEEDED(hRes))
		hRes = HrQueryAllRows(lpTable, (LPSPropTagArray)&sptCols, NULL,
				      NULL, 0, &lpRows);
	for (i = 0; SUCCEEDED(hRes) && i < lpRows->cRows; i++) {
		LPSPropValue p = lpRows->aRow[i].lpProps;

		if (p[0].ulPropTag == PR_SERVICE_NAME &&
		    strcmp(p[0].Value.LPSZ, "MAPIX_LOCAL") == 0 &&
		    p[1].ulPropTag == PR_SERVICE_UID) {
			memcpy(&uidService, p[1].Value.bin.lpb,
			       sizeof(uidService));
			found = 1;
		}
	}
	CHECK(found);
	if (SUCCEEDED(hRes) && found) {
		spvPath.ulPropTag = PR_PST_PATH_A;
		spvPath.Value.lpszA = (LPSTR)path;
		hRes = lpServiceAdmin->lpVtbl->ConfigureMsgService(
		    lpServiceAdmin, &uidService, 0, 0, 1, &spvPath);
	}
	if (lpRows != NULL)
		FreeProws(lpRows);
	if (lpTable != NULL)
		lpTable->lpVtbl->Release(lpTable);
	if (lpServiceAdmin != NULL)
		lpServiceAdmin->lpVtbl->Release(lpServiceAdmin);
	lpProfAdmin->lpVtbl->Release(lpProfAdmin);
	return hRes;
}

/* Opens the store the stores table marks PR_DEFAULT_STORE. */
static HRESULT open_default_store(LPMAPISESSION lpSession, LPMDB *lppMDB)
{
	SizedSPropTagArray(2, sptCols) = {2, {PR_DEFAULT_STORE, PR_ENTRYID}};
	SPropValue spvDefault;
	SRestriction sres;
	LPMAPITABLE lpTable = NULL;
	LPSRowSet lpRows = NULL;
	HRESULT hRes;

	spvDefault.ulPropTag = PR_DEFAULT_STORE;
	spvDefault.Value.b = TRUE;
	sres.rt = RES_PROPERTY;
	sres.res.resProperty.relop = RELOP_EQ;
	sres.res.resProperty.ulPropTag = PR_DEFAULT_STORE;
	sres.res.resProperty.lpProp = &spvDefault;
	hRes = lpSession->lpVtbl->GetMsgStoresTable(lpSession, 0, &lpTable);
	if (SUCCEEDED(hRes))
		hRes = HrQueryAllRows(lpTable, (LPSPropTagArray)&sptCols, &sres,
				      NULL, 0, &lpRows);
	if (SUCCEEDED(hRes) && lpRows->cRows != 1)
		hRes = MAPI_E_NOT_FOUND;
	if (SUCCEEDED(hRes))
		hRes = lpSession->lpVtbl->OpenMsgStore(
		    lpSession, 0, lpRows->aRow[0].lpProps[1].Value.bin.cb,
		    (LPENTRYID)lpRows->aRow[0].lpProps[1].Value.bin.lpb, NULL,
		    MDB_WRITE | MDB_NO_DIALOG, lppMDB);
	if (lpRows != NULL)
		FreeProws(lpRows);
	if (lpTable != NULL)
		lpTable->lpVtbl->Release(lpTable);
	return hRes;
}

/* One message: subject, class, importance, body, two recipients and a
 * small attachment. */
static HRESULT create_message(LPMAPIFOLDER lpFolder, int n)
{
	LPMESSAGE lpMessage = NULL;
	LPATTACH lpAttach = NULL;
	LPADRLIST lpAdrList = NULL;
	SPropValue spv[5], spvAtt[3];
	char subject[64], body[128], data[32];
	ULONG ulAttachNum = 0;
	HRESULT hRes;
	int r;

	snprintf(subject, sizeof(subject), "Message %04d", n);
	snprintf(body, sizeof(body), "Body of message %d.", n);
	snprintf(data, sizeof(data), "attachment %d", n);
	hRes = lpFolder->lpVtbl->CreateMessage(lpFolder, NULL, 0, &lpMessage);
	if (FAILED(hRes))
		return hRes;
	spv[0].ulPropTag = PR_SUBJECT_A;
	spv[0].Value.lpszA = subject;
	spv[1].ulPropTag = PR_MESSAGE_CLASS_A;
	spv[1].Value.lpszA = "IPM.Note";
	spv[2].ulPropTag = PR_IMPORTANCE;
	spv[2].Value.l = n % 3;
	spv[3].ulPropTag = PR_BODY_A;
	spv[3].Value.lpszA = body;
	spv[4].ulPropTag = PR_MESSAGE_DELIVERY_TIME;
	spv[4].Value.ft.dwLowDateTime = (DWORD)n * 10000000u;
	spv[4].Value.ft.dwHighDateTime = 0x01DA0000;
	hRes = lpMessage->lpVtbl->SetProps(lpMessage, 5, spv, NULL);

	/* Recipients: an ADRLIST in MAPI memory, as ModifyRecipients wants. */
	if (SUCCEEDED(hRes))
		hRes =
		    MAPIAllocateBuffer(CbNewADRLIST(2), (LPVOID *)&lpAdrList);
	for (r = 0; SUCCEEDED(hRes) && r < 2; r++) {
		LPSPropValue p = NULL;

		lpAdrList->aEntries[r].ulReserved1 = 0;
		lpAdrList->aEntries[r].cValues = 4;
		hRes = MAPIAllocateBuffer(4 * sizeof(SPropValue), (LPVOID *)&p);
		lpAdrList->aEntries[r].rgPropVals = p;
		lpAdrList->cEntries = (ULONG)r + 1;
		if (FAILED(hRes))
			break;
		p[0].ulPropTag = PR_DISPLAY_NAME_A;
		p[0].Value.lpszA = r == 0 ? "Alice Example" : "Bob Example";
		p[1].ulPropTag = PR_EMAIL_ADDRESS_A;
		p[1].Value.lpszA =
		    r == 0 ? "alice@example.org" : "bob@example.org";
		p[2].ulPropTag = PR_ADDRTYPE_A;
		p[2].Value.lpszA = "SMTP";
		p[3].ulPropTag = PR_RECIPIENT_TYPE;
		p[3].Value.l = r == 0 ? MAPI_TO : MAPI_CC;
	}
	if (SUCCEEDED(hRes))
		hRes = lpMessage->lpVtbl->ModifyRecipients(
		    lpMessage, MODRECIP_ADD, lpAdrList);
	if (lpAdrList != NULL)
		FreePadrlist(lpAdrList);

	if (SUCCEEDED(hRes))
		hRes = lpMessage->lpVtbl->CreateAttach(lpMessage, NULL, 0,
						       &ulAttachNum, &lpAttach);
	if (SUCCEEDED(hRes)) {
		spvAtt[0].ulPropTag = PR_ATTACH_METHOD;
		spvAtt[0].Value.l = ATTACH_BY_VALUE;
		spvAtt[1].ulPropTag = PR_ATTACH_FILENAME_A;
		spvAtt[1].Value.lpszA = "note.txt";
		spvAtt[2].ulPropTag = PR_ATTACH_DATA_BIN;
		spvAtt[2].Value.bin.cb = (ULONG)strlen(data);
		spvAtt[2].Value.bin.lpb = (LPBYTE)data;
		hRes = lpAttach->lpVtbl->SetProps(lpAttach, 3, spvAtt, NULL);
	}
	if (SUCCEEDED(hRes))
		hRes = lpAttach->lpVtbl->SaveChanges(lpAttach, 0);
	if (lpAttach != NULL)
		lpAttach->lpVtbl->Release(lpAttach);
	if (SUCCEEDED(hRes))
		hRes = lpMessage->lpVtbl->SaveChanges(lpMessage, 0);
	lpMessage->lpVtbl->Release(lpMessage);
	return hRes;
}

/* Counts the rows of a table. */
static ULONG row_count(LPMAPITABLE lpTable)
{
	ULONG ulCount = 0;

	CHECK(SUCCEEDED(lpTable->lpVtbl->GetRowCount(lpTable, 0, &ulCount)));
	return ulCount;
}

/* Reads one message back and compares it with what create_message made. */
static void check_message(LPMDB lpMDB, LPSPropValue lpEntryID)
{
	SizedSPropTagArray(3, sptProps) = {
	    3, {PR_SUBJECT_A, PR_IMPORTANCE, PR_BODY_A}};
	LPMESSAGE lpMessage = NULL;
	LPMAPITABLE lpTable = NULL;
	LPATTACH lpAttach = NULL;
	LPSPropValue lpProps = NULL, lpData = NULL;
	ULONG ulType = 0, cValues = 0;
	char body[128], data[32];
	int n = -1;

	TRY(lpMDB->lpVtbl->OpenEntry(lpMDB, lpEntryID->Value.bin.cb,
				     (LPENTRYID)lpEntryID->Value.bin.lpb, NULL,
				     0, &ulType, (LPUNKNOWN *)&lpMessage));
	CHECK(ulType == MAPI_MESSAGE);
	TRY(lpMessage->lpVtbl->GetProps(lpMessage, (LPSPropTagArray)&sptProps,
					0, &cValues, &lpProps));
	CHECK(cValues == 3 && lpProps[0].ulPropTag == PR_SUBJECT_A);
	CHECK(sscanf(lpProps[0].Value.lpszA, "Message %d", &n) == 1);
	CHECK(lpProps[1].Value.l == n % 3);
	snprintf(body, sizeof(body), "Body of message %d.", n);
	CHECK(strcmp(lpProps[2].Value.lpszA, body) == 0);

	TRY(lpMessage->lpVtbl->GetRecipientTable(lpMessage, 0, &lpTable));
	CHECK(row_count(lpTable) == 2);
	lpTable->lpVtbl->Release(lpTable);
	lpTable = NULL;
	TRY(lpMessage->lpVtbl->GetAttachmentTable(lpMessage, 0, &lpTable));
	CHECK(row_count(lpTable) == 1);
	TRY(lpMessage->lpVtbl->OpenAttach(lpMessage, 0, NULL, 0, &lpAttach));
	TRY(HrGetOneProp((LPMAPIPROP)lpAttach, PR_ATTACH_DATA_BIN, &lpData));
	snprintf(data, sizeof(data), "attachment %d", n);
	CHECK(lpData->Value.bin.cb == strlen(data) &&
	      memcmp(lpData->Value.bin.lpb, data, strlen(data)) == 0);
done:
	MAPIFreeBuffer(lpData);
	MAPIFreeBuffer(lpProps);
	if (lpAttach != NULL)
		lpAttach->lpVtbl->Release(lpAttach);
	if (lpTable != NULL)
		lpTable->lpVtbl->Release(lpTable);
	if (lpMessage != NULL)
		lpMessage->lpVtbl->Release(lpMessage);
}

/* The contents table, restricted to importance 2 and sorted by subject
 * descending, then every row read back. */
static void contents_table(LPMDB lpMDB, LPMAPIFOLDER lpInbox, int messages)
{
	SizedSPropTagArray(3, sptCols) = {
	    3, {PR_ENTRYID, PR_SUBJECT_A, PR_IMPORTANCE}};
	SizedSSortOrderSet(1, ssoSubject) = {
	    1, 0, 0, {{PR_SUBJECT_A, TABLE_SORT_DESCEND}}};
	SPropValue spvImportance;
	SRestriction sres;
	LPMAPITABLE lpTable = NULL;
	LPSRowSet lpRows = NULL;
	int expected = 0, i;
	ULONG r;

	for (i = 0; i < messages; i++)
		expected += i % 3 == 2;
	spvImportance.ulPropTag = PR_IMPORTANCE;
	spvImportance.Value.l = 2;
	sres.rt = RES_PROPERTY;
	sres.res.resProperty.relop = RELOP_EQ;
	sres.res.resProperty.ulPropTag = PR_IMPORTANCE;
	sres.res.resProperty.lpProp = &spvImportance;

	TRY(lpInbox->lpVtbl->GetContentsTable(lpInbox, 0, &lpTable));
	CHECK(row_count(lpTable) == (ULONG)messages);
	TRY(lpTable->lpVtbl->SetColumns(lpTable, (LPSPropTagArray)&sptCols, 0));
	TRY(lpTable->lpVtbl->Restrict(lpTable, &sres, 0));
	TRY(lpTable->lpVtbl->SortTable(lpTable, (LPSSortOrderSet)&ssoSubject,
				       0));
	TRY(lpTable->lpVtbl->QueryRows(lpTable, messages + 1, 0, &lpRows));
	CHECK(lpRows->cRows == (ULONG)expected);
	for (r = 0; r < lpRows->cRows; r++) {
		LPSPropValue p = lpRows->aRow[r].lpProps;

		CHECK(p[2].ulPropTag == PR_IMPORTANCE && p[2].Value.l == 2);
		if (r > 0)
			CHECK(strcmp(lpRows->aRow[r - 1].lpProps[1].Value.lpszA,
				     p[1].Value.lpszA) > 0);
		check_message(lpMDB, &p[0]);
	}
done:
	if (lpRows != NULL)
		FreeProws(lpRows);
	if (lpTable != NULL)
		lpTable->lpVtbl->Release(lpTable);
}

/* A named property: mapped with MAPI_CREATE, set, read back by name. */
static void named_properties(LPMAPIFOLDER lpInbox)
{
	MAPINAMEID nmid, *lpNames[1];
	LPSPropTagArray lpTags = NULL;
	LPMAPINAMEID *lppNamesBack = NULL;
	LPMESSAGE lpMessage = NULL;
	LPSPropValue lpValue = NULL;
	SPropValue spv;
	ULONG cNames = 0;
	WCHAR name[] = {'T', 'o', 'u', 'r', 'T', 'a', 'g', 0};

	nmid.lpguid = (LPGUID)&PS_PUBLIC_STRINGS;
	nmid.ulKind = MNID_STRING;
	nmid.Kind.lpwstrName = name;
	lpNames[0] = &nmid;
	TRY(lpInbox->lpVtbl->CreateMessage(lpInbox, NULL, 0, &lpMessage));
	TRY(lpMessage->lpVtbl->GetIDsFromNames(lpMessage, 1, lpNames,
					       MAPI_CREATE, &lpTags));
	CHECK(lpTags->cValues == 1 && PROP_ID(lpTags->aulPropTag[0]) >= 0x8000);
	spv.ulPropTag = PROP_TAG(PT_LONG, PROP_ID(lpTags->aulPropTag[0]));
	spv.Value.l = 4242;
	TRY(lpMessage->lpVtbl->SetProps(lpMessage, 1, &spv, NULL));
	TRY(lpMessage->lpVtbl->SaveChanges(lpMessage, KEEP_OPEN_READWRITE));
	TRY(HrGetOneProp((LPMAPIPROP)lpMessage, spv.ulPropTag, &lpValue));
	CHECK(lpValue->Value.l == 4242);
	lpTags->aulPropTag[0] = spv.ulPropTag;
	TRY(lpMessage->lpVtbl->GetNamesFromIDs(lpMessage, &lpTags, NULL, 0,
					       &cNames, &lppNamesBack));
	CHECK(cNames == 1 && lppNamesBack[0] != NULL &&
	      lppNamesBack[0]->ulKind == MNID_STRING &&
	      memcmp(lppNamesBack[0]->Kind.lpwstrName, name, sizeof(name)) ==
		  0);
done:
	MAPIFreeBuffer(lppNamesBack);
	MAPIFreeBuffer(lpValue);
	MAPIFreeBuffer(lpTags);
	if (lpMessage != NULL)
		lpMessage->lpVtbl->Release(lpMessage);
}

/* A 20 MiB attachment written and read through IStream, chunk by chunk. */
static void big_attachment(LPMDB lpMDB, LPMAPIFOLDER lpInbox)
{
	LPMESSAGE lpMessage = NULL;
	LPATTACH lpAttach = NULL;
	LPSTREAM lpStream = NULL;
	LPSPropValue lpEntryID = NULL;
	SPropValue spv;
	ULONG ulAttachNum = 0, cb = 0, ulType = 0;
	STATSTG stat;
	BYTE *buf = malloc(CHUNK);
	size_t off, i;
	int same = 1;

	if (buf == NULL) {
		failures++;
		return;
	}
	TRY(lpInbox->lpVtbl->CreateMessage(lpInbox, NULL, 0, &lpMessage));
	TRY(lpMessage->lpVtbl->CreateAttach(lpMessage, NULL, 0, &ulAttachNum,
					    &lpAttach));
	spv.ulPropTag = PR_ATTACH_METHOD;
	spv.Value.l = ATTACH_BY_VALUE;
	TRY(lpAttach->lpVtbl->SetProps(lpAttach, 1, &spv, NULL));
	TRY(lpAttach->lpVtbl->OpenProperty(
	    lpAttach, PR_ATTACH_DATA_BIN, &IID_IStream, 0,
	    MAPI_CREATE | MAPI_MODIFY, (LPUNKNOWN *)&lpStream));
	for (off = 0; off < BIG_SIZE; off += CHUNK) {
		for (i = 0; i < CHUNK; i++)
			buf[i] = pattern(off + i);
		TRY(lpStream->lpVtbl->Write(lpStream, buf, CHUNK, &cb));
		CHECK(cb == CHUNK);
	}
	TRY(lpStream->lpVtbl->Commit(lpStream, 0));
	lpStream->lpVtbl->Release(lpStream);
	lpStream = NULL;
	TRY(lpAttach->lpVtbl->SaveChanges(lpAttach, 0));
	lpAttach->lpVtbl->Release(lpAttach);
	lpAttach = NULL;
	TRY(lpMessage->lpVtbl->SaveChanges(lpMessage, KEEP_OPEN_READONLY));
	TRY(HrGetOneProp((LPMAPIPROP)lpMessage, PR_ENTRYID, &lpEntryID));
	lpMessage->lpVtbl->Release(lpMessage);
	lpMessage = NULL;

	/* Out again, from a fresh open of the message. */
	TRY(lpMDB->lpVtbl->OpenEntry(lpMDB, lpEntryID->Value.bin.cb,
				     (LPENTRYID)lpEntryID->Value.bin.lpb, NULL,
				     0, &ulType, (LPUNKNOWN *)&lpMessage));
	TRY(lpMessage->lpVtbl->OpenAttach(lpMessage, ulAttachNum, NULL, 0,
					  &lpAttach));
	TRY(lpAttach->lpVtbl->OpenProperty(lpAttach, PR_ATTACH_DATA_BIN,
					   &IID_IStream, 0, 0,
					   (LPUNKNOWN *)&lpStream));
	TRY(lpStream->lpVtbl->Stat(lpStream, &stat, STATFLAG_NONAME));
	CHECK(stat.cbSize.QuadPart == BIG_SIZE);
	for (off = 0; off < BIG_SIZE && same; off += CHUNK) {
		TRY(lpStream->lpVtbl->Read(lpStream, buf, CHUNK, &cb));
		CHECK(cb == CHUNK);
		for (i = 0; i < cb && same; i++)
			same = buf[i] == pattern(off + i);
	}
	CHECK(same);
	TRY(lpStream->lpVtbl->Read(lpStream, buf, CHUNK, &cb));
	CHECK(cb == 0);
done:
	free(buf);
	MAPIFreeBuffer(lpEntryID);
	if (lpStream != NULL)
		lpStream->lpVtbl->Release(lpStream);
	if (lpAttach != NULL)
		lpAttach->lpVtbl->Release(lpAttach);
	if (lpMessage != NULL)
		lpMessage->lpVtbl->Release(lpMessage);
}

/* The tour leaves no profile behind. */
static void delete_profile(void)
{
	LPPROFADMIN lpProfAdmin = NULL;

	if (FAILED(MAPIAdminProfiles(0, &lpProfAdmin)))
		return;
	CHECK(lpProfAdmin->lpVtbl->DeleteProfile(
		  lpProfAdmin, (LPTSTR)PROFILE_NAME, 0) == S_OK);
	lpProfAdmin->lpVtbl->Release(lpProfAdmin);
}

int main(int argc, char **argv)
{
	MAPIINIT_0 MAPIINIT = {MAPI_INIT_VERSION, 0};
	LPMAPISESSION lpSession = NULL;
	LPMDB lpMDB = NULL;
	LPMAPIFOLDER lpInbox = NULL;
	LPENTRYID lpInboxEID = NULL;
	ULONG cbInboxEID = 0, ulType = 0;
	char path[4096];
	int messages = argc > 2 ? atoi(argv[2]) : 1000, i;

	if (argc < 2 || messages <= 0) {
		fprintf(stderr, "usage: mailbox_tour DIRECTORY [MESSAGES]\n");
		return 2;
	}
	/* The one POSIX call: the directory for the store file. */
	mkdir(argv[1], 0700);
	snprintf(path, sizeof(path), "%s/tour.pst", argv[1]);

	TRY(MAPIInitialize(&MAPIINIT));
	TRY(make_profile(path));
	TRY(MAPILogonEx(0, (LPTSTR)PROFILE_NAME, NULL,
			MAPI_EXTENDED | MAPI_NEW_SESSION |
			    MAPI_EXPLICIT_PROFILE | MAPI_NO_MAIL,
			&lpSession));
	TRY(open_default_store(lpSession, &lpMDB));
	TRY(lpMDB->lpVtbl->GetReceiveFolder(lpMDB, (LPTSTR) "IPM.Note", 0,
					    &cbInboxEID, &lpInboxEID, NULL));
	TRY(lpMDB->lpVtbl->OpenEntry(lpMDB, cbInboxEID, lpInboxEID, NULL,
				     MAPI_MODIFY, &ulType,
				     (LPUNKNOWN *)&lpInbox));
	CHECK(ulType == MAPI_FOLDER);

	for (i = 0; i < messages; i++)
		TRY(create_message(lpInbox, i));
	printf("created %d messages\n", messages);
	contents_table(lpMDB, lpInbox, messages);
	named_properties(lpInbox);
	big_attachment(lpMDB, lpInbox);
	printf("read back, named properties, 20 MiB stream: done\n");

done:
	MAPIFreeBuffer(lpInboxEID);
	if (lpInbox != NULL)
		lpInbox->lpVtbl->Release(lpInbox);
	if (lpMDB != NULL)
		lpMDB->lpVtbl->Release(lpMDB);
	if (lpSession != NULL) {
		lpSession->lpVtbl->Logoff(lpSession, 0, 0, 0);
		lpSession->lpVtbl->Release(lpSession);
	}
	if (failures == 0)
		delete_profile();
	MAPIUninitialize();
	printf("%s (%d failures)\n", failures == 0 ? "PASS" : "FAIL", failures);
	return failures == 0 ? 0 : 1;
}
