/*
 * winprog.c - a program written the way Windows Extended MAPI programs are
 * written, to prove source compatibility: only the Windows header names
 * are included, objects are driven through lpVtbl and the IFoo_Method()
 * macros, memory is MAPI's, and the results checked are the ones
 * Microsoft's documentation gives.  Built twice, with and without UNICODE,
 * against the public headers only, and linked with libmapix.
 */
#include <stdio.h>
#include <string.h>

#include <mapix.h>
#include <mapiutil.h>
#include <mapidefs.h>
#include <edkmdb.h>

static int failures;

#define CHECK(cond)                                                            \
	do {                                                                   \
		if (!(cond)) {                                                 \
			printf("FAILED line %d: %s\n", __LINE__, #cond);       \
			failures++;                                            \
		}                                                              \
	} while (0)

static void property_object(void)
{
	LPPROPDATA lpPropData = NULL;
	SPropValue spv[2];
	LPSPropValue lpProps = NULL;
	LPSPropProblemArray lpProblems = NULL;
	SizedSPropTagArray(2, sptTags) = {2, {PR_SUBJECT, PR_IMPORTANCE}};
	ULONG cValues = 0;
	HRESULT hRes;

	hRes = CreateIProp(&IID_IMAPIPropData, MAPIAllocateBuffer,
			   MAPIAllocateMore, MAPIFreeBuffer, NULL, &lpPropData);
	CHECK(hRes == S_OK && lpPropData != NULL);
	if (lpPropData == NULL)
		return;

	spv[0].ulPropTag = PR_SUBJECT;
	spv[0].Value.LPSZ = TEXT("Hello from a Windows program");
	hRes = lpPropData->lpVtbl->SetProps(lpPropData, 1, spv, &lpProblems);
	CHECK(hRes == S_OK);
	MAPIFreeBuffer(lpProblems);

	/* A property that is not there comes back as PT_ERROR. */
	hRes = IPropData_GetProps(lpPropData, (LPSPropTagArray)&sptTags,
				  fMapiUnicode, &cValues, &lpProps);
	CHECK(hRes == MAPI_W_ERRORS_RETURNED);
	CHECK(cValues == 2);
	if (lpProps != NULL && cValues == 2) {
		CHECK(lpProps[0].ulPropTag == PR_SUBJECT);
		CHECK(lpProps[1].ulPropTag ==
		      CHANGE_PROP_TYPE(PR_IMPORTANCE, PT_ERROR));
		CHECK(lpProps[1].Value.err == MAPI_E_NOT_FOUND);
	}
	MAPIFreeBuffer(lpProps);
	lpProps = NULL;

	hRes = HrGetOneProp((LPMAPIPROP)lpPropData, PR_SUBJECT, &lpProps);
	CHECK(hRes == S_OK);
	MAPIFreeBuffer(lpProps);
	hRes = HrGetOneProp((LPMAPIPROP)lpPropData, PR_IMPORTANCE, &lpProps);
	CHECK(hRes == MAPI_E_NOT_FOUND);

	/* PT_NULL cannot be set (documented). */
	spv[1].ulPropTag = PROP_TAG(PT_NULL, 0x6001);
	spv[1].Value.x = 0;
	hRes = IPropData_SetProps(lpPropData, 1, &spv[1], NULL);
	CHECK(hRes == MAPI_E_INVALID_PARAMETER);

	CHECK(IPropData_Release(lpPropData) == 0);
}

static void table(void)
{
	SizedSPropTagArray(2, sptCols) = {2, {PR_ROWID, PR_DISPLAY_NAME}};
	SizedSSortOrderSet(1, sosName) = {1, 0, 0,
					  {{PR_DISPLAY_NAME, TABLE_SORT_DESCEND}}};
	static LPTSTR names[] = {TEXT("alpha"), TEXT("Bravo"), TEXT("charlie")};
	LPTABLEDATA lpTableData = NULL;
	LPMAPITABLE lpTable = NULL;
	LPSRowSet lpRows = NULL;
	ULONG ulCount = 0, i;
	HRESULT hRes;

	hRes = CreateTable(&IID_IMAPITableData, MAPIAllocateBuffer,
			   MAPIAllocateMore, MAPIFreeBuffer, NULL,
			   TBLTYPE_DYNAMIC, PR_ROWID, (LPSPropTagArray)&sptCols,
			   &lpTableData);
	CHECK(hRes == S_OK);
	if (lpTableData == NULL)
		return;
	for (i = 0; i < 3; i++) {
		SPropValue spv[2];
		SRow row;

		spv[0].ulPropTag = PR_ROWID;
		spv[0].Value.l = (LONG)i;
		spv[1].ulPropTag = PR_DISPLAY_NAME;
		spv[1].Value.LPSZ = names[i];
		row.ulAdrEntryPad = 0;
		row.cValues = 2;
		row.lpProps = spv;
		CHECK(lpTableData->lpVtbl->HrModifyRow(lpTableData, &row) ==
		      S_OK);
	}
	hRes = ITableData_HrGetView(lpTableData, NULL, NULL, 0, &lpTable);
	CHECK(hRes == S_OK);
	if (lpTable == NULL) {
		ITableData_Release(lpTableData);
		return;
	}
	CHECK(lpTable->lpVtbl->GetRowCount(lpTable, 0, &ulCount) == S_OK);
	CHECK(ulCount == 3);

	/* Case-insensitive descending sort: charlie, Bravo, alpha. */
	hRes = HrQueryAllRows(lpTable, NULL, NULL, (LPSSortOrderSet)&sosName,
			      0, &lpRows);
	CHECK(hRes == S_OK);
	if (lpRows != NULL) {
		CHECK(lpRows->cRows == 3);
		if (lpRows->cRows == 3) {
			CHECK(lpRows->aRow[0].lpProps[0].Value.l == 2);
			CHECK(lpRows->aRow[1].lpProps[0].Value.l == 1);
			CHECK(lpRows->aRow[2].lpProps[0].Value.l == 0);
		}
	}
	FreeProws(lpRows);

	CHECK(IMAPITable_SeekRow(lpTable, BOOKMARK_BEGINNING, 0, NULL) ==
	      S_OK);
	CHECK(IMAPITable_ExpandRow(lpTable, 0, NULL, 0, 0, NULL, NULL) ==
	      MAPI_E_NO_SUPPORT);
	IMAPITable_Release(lpTable);
	ITableData_Release(lpTableData);
}

static void utilities(void)
{
	SPropValue src, dst;
	LPVOID lpRoot = NULL;
	BYTE bin[3] = {0x01, 0xAB, 0xFF};
	CHAR hex[7];

	CHECK(MAPIAllocateBuffer(16, &lpRoot) == S_OK);
	src.ulPropTag = PR_SUBJECT_A;
	src.Value.lpszA = (LPSTR) "copied";
	CHECK(PropCopyMore(&dst, &src, MAPIAllocateMore, lpRoot) == S_OK);
	CHECK(strcmp(dst.Value.lpszA, "copied") == 0);
	CHECK(dst.Value.lpszA != src.Value.lpszA);
	CHECK(UlPropSize(&src) == 7);
	CHECK(MAPIFreeBuffer(lpRoot) == S_OK);
	CHECK(MAPIFreeBuffer(NULL) == S_OK);

	HexFromBin(bin, 3, (LPTSTR)hex);
	CHECK(strcmp(hex, "01ABFF") == 0);
	CHECK(UlFromSzHex((LPCTSTR) "fF") == 0xff);
	CHECK(FBadPropTag(PR_SUBJECT_W) == 0);
}

int main(void)
{
	property_object();
	table();
	utilities();
	if (failures == 0)
		printf("winprog: all checks passed\n");
	return failures == 0 ? 0 : 1;
}
