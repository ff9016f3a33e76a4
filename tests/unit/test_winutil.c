/*
 * test_winutil.c - the small utilities of mapiutil.h and imessage.h:
 * SzFindCh/SzFindLastCh/SzFindSz/UFromSz, the UNC conversions, the
 * rgch* sort-order tables, entry IDs as strings and compound entry IDs,
 * WrapStoreEntryID ([MS-OXCDATA] 2.2.4.3), GetInstance, the idle engine
 * (kept, never run), ScInitMapiUtil, OpenIMsgSession/CloseIMsgSession,
 * MapStorageSCode; and the functions that answer MAPI_E_NO_SUPPORT, each
 * with a message that says why.
 */
#include <stdarg.h>
#include <stddef.h>
#include <setjmp.h>
#include <stdint.h>
#include <cmocka.h>

#include <string.h>

#include <edkmdb.h>
#include <imessage.h>
#include <mapiform.h>
#include <mapiguid.h>
#include <mapispi.h>
#include <mapix.h>
#include <mapiutil.h>

#include "alloc.h"
#include "objhdr.h"

static void test_strings(void **state)
{
	static char s[] = "alpha/beta/gamma";
	char unc[32];

	(void)state;
	assert_ptr_equal(SzFindCh((LPCTSTR)s, '/'), s + 5);
	assert_ptr_equal(SzFindLastCh((LPCTSTR)s, '/'), s + 10);
	assert_null(SzFindCh((LPCTSTR)s, 'z'));
	assert_null(SzFindCh(NULL, 'a'));
	assert_ptr_equal(SzFindSz((LPCTSTR)s, (LPCTSTR) "beta"), s + 6);
	assert_null(SzFindSz((LPCTSTR)s, (LPCTSTR) "delta"));
	assert_int_equal(UFromSz((LPCTSTR) "4096 bytes"), 4096);
	assert_int_equal(UFromSz((LPCTSTR) " 12"), 0);
	assert_int_equal(UFromSz((LPCTSTR) "-5"), 0);
	assert_int_equal(UFromSz(NULL), 0);

	/* A UNC path stays itself; a local path has no share on Linux. */
	assert_int_equal(
	    ScUNCFromLocalPath("\\\\srv\\share\\f", unc, sizeof(unc)), S_OK);
	assert_string_equal(unc, "\\\\srv\\share\\f");
	assert_int_equal(ScUNCFromLocalPath("/home/a", unc, sizeof(unc)),
			 MAPI_E_NOT_FOUND);
	assert_int_equal(ScLocalPathFromUNC("/home/a", unc, sizeof(unc)), S_OK);
	assert_string_equal(unc, "/home/a");
	assert_int_equal(ScLocalPathFromUNC("/home/a", unc, 4), MAPI_E_TOO_BIG);
	assert_int_equal(ScLocalPathFromUNC("//srv/x", unc, sizeof(unc)),
			 MAPI_E_NOT_FOUND);

	/* Case-insensitive tables weigh 'A' as 'a'; sensitive ones do not. */
	assert_int_equal(rgchCids['A'], rgchCids['a']);
	assert_int_equal(rgchCidi['Z'], rgchCidi['z']);
	assert_int_not_equal(rgchCsds['A'], rgchCsds['a']);
	assert_true(rgchCsds['a'] < rgchCsds['b']);
	assert_int_equal(rgchCsdi['_'], '_');
}

static void test_entryid_strings(void **state)
{
	static BYTE eid[] = {0x00, 0x01, 0xAB, 0xFF, 0x10};
	LPTSTR sz = NULL;
	LPENTRYID back = NULL;
	ULONG cb = 0;

	(void)state;
	assert_int_equal(HrSzFromEntryID(sizeof(eid), (LPENTRYID)eid, &sz),
			 S_OK);
	assert_string_equal((char *)sz, "0001ABFF10");
	assert_int_equal(HrEntryIDFromSz(sz, &cb, &back), S_OK);
	assert_int_equal(cb, sizeof(eid));
	assert_memory_equal(back, eid, sizeof(eid));
	MAPIFreeBuffer(back);
	MAPIFreeBuffer(sz);
	assert_int_equal(HrEntryIDFromSz((LPTSTR) "0001ab", &cb, &back), S_OK);
	assert_int_equal(cb, 3);
	MAPIFreeBuffer(back);
	assert_int_equal(HrEntryIDFromSz((LPTSTR) "012", &cb, &back),
			 MAPI_E_INVALID_PARAMETER);
	assert_int_equal(HrEntryIDFromSz((LPTSTR) "zz", &cb, &back),
			 MAPI_E_INVALID_PARAMETER);
	assert_int_equal(HrSzFromEntryID(0, (LPENTRYID)eid, &sz),
			 MAPI_E_INVALID_PARAMETER);
}

static void test_compound(void **state)
{
	static BYTE key[] = {1, 2, 3, 4};
	static BYTE msg[] = {0, 0, 0, 0, 9, 9};
	LPENTRYID eid = NULL, store = NULL, m = NULL;
	ULONG cb = 0, cbs = 7, cbm = 0;
	LPTSTR id = NULL;

	(void)state;
	assert_int_equal(HrComposeEID(NULL, sizeof(key), key, sizeof(msg),
				      (LPENTRYID)msg, &cb, &eid),
			 S_OK);
	assert_int_equal(cb, 8 + sizeof(key) + sizeof(msg));
	assert_int_equal(eid->abFlags[1], MAPI_COMPOUND);
	MAPIFreeBuffer(eid);

	/* An entry ID that is not compound: the message's, no store. */
	assert_int_equal(HrDecomposeEID(NULL, sizeof(msg), (LPENTRYID)msg, &cbs,
					&store, &cbm, &m),
			 S_OK);
	assert_int_equal(cbs, 0);
	assert_null(store);
	assert_int_equal(cbm, sizeof(msg));
	assert_memory_equal(m, msg, sizeof(msg));
	MAPIFreeBuffer(m);

	/* A message ID is the compound form as a string. */
	assert_int_equal(HrComposeMsgID(NULL, sizeof(key), key, sizeof(msg),
					(LPENTRYID)msg, &id),
			 S_OK);
	assert_int_equal(strlen((char *)id), 2 * (8 + 4 + 6));
	MAPIFreeBuffer(id);
	assert_int_equal(
	    HrComposeEID(NULL, 0, key, sizeof(msg), (LPENTRYID)msg, &cb, &eid),
	    MAPI_E_INVALID_PARAMETER);
}

static void test_wrap_store(void **state)
{
	static const BYTE wrap_uid[16] = {0x38, 0xA1, 0xBB, 0x10, 0x05, 0xE5,
					  0x10, 0x1A, 0xA1, 0xBB, 0x08, 0x00,
					  0x2B, 0x2A, 0x56, 0xC2};
	static BYTE orig[] = {0, 0, 0, 0, 0xAA, 0xBB};
	LPENTRYID w = NULL;
	ULONG cb = 0;

	(void)state;
	assert_int_equal(WrapStoreEntryID(0, (LPTSTR) "msmdb.dll", sizeof(orig),
					  (LPENTRYID)orig, &cb, &w),
			 S_OK);
	/* Flags, the wrapping UID, version 0, flag 0, the DLL name with its
	 * NUL, then the original entry ID. */
	assert_int_equal(cb, 4 + 16 + 1 + 1 + 10 + sizeof(orig));
	assert_memory_equal((BYTE *)w + 4, wrap_uid, 16);
	assert_int_equal(((BYTE *)w)[20], 0);
	assert_int_equal(((BYTE *)w)[21], 0);
	assert_string_equal((char *)w + 22, "msmdb.dll");
	assert_memory_equal((BYTE *)w + 32, orig, sizeof(orig));
	MAPIFreeBuffer(w);
}

static void test_get_instance(void **state)
{
	static LONG longs[] = {10, 20, 30};
	static char a[] = "x", b[] = "y";
	static LPSTR strs[] = {a, b};
	SPropValue mv, sv;

	(void)state;
	mv.ulPropTag = PROP_TAG(PT_MV_LONG, 0x6701);
	mv.Value.MVl.cValues = 3;
	mv.Value.MVl.lpl = longs;
	memset(&sv, 0, sizeof(sv));
	GetInstance(&mv, &sv, 2);
	assert_int_equal(sv.ulPropTag, PROP_TAG(PT_LONG, 0x6701));
	assert_int_equal(sv.Value.l, 30);
	mv.ulPropTag = PROP_TAG(PT_MV_STRING8, 0x6702);
	mv.Value.MVszA.cValues = 2;
	mv.Value.MVszA.lppszA = strs;
	GetInstance(&mv, &sv, 1);
	assert_int_equal(sv.ulPropTag, PROP_TAG(PT_STRING8, 0x6702));
	assert_ptr_equal(sv.Value.lpszA, b);
	/* Out of range: nothing written. */
	sv.ulPropTag = 0;
	GetInstance(&mv, &sv, 2);
	assert_int_equal(sv.ulPropTag, 0);
}

static int filter_calls;

static void drop_rowid(LPSPropTagArray cols)
{
	ULONG i, n = 0;

	filter_calls++;
	for (i = 0; i < cols->cValues; i++)
		if (cols->aulPropTag[i] != PR_ROWID)
			cols->aulPropTag[n++] = cols->aulPropTag[i];
	cols->cValues = n;
}

static void test_add_columns(void **state)
{
	SizedSPropTagArray(3, cols) = {3,
				       {PR_ROWID, PR_SUBJECT_A, PR_IMPORTANCE}};
	SizedSPropTagArray(2, front) = {2, {PR_ENTRYID, PR_IMPORTANCE}};
	LPTABLEDATA td = NULL;
	LPMAPITABLE view = NULL;
	LPSPropTagArray now = NULL;

	(void)state;
	assert_int_equal(CreateTable(&IID_IMAPITableData, MAPIAllocateBuffer,
				     MAPIAllocateMore, MAPIFreeBuffer, NULL,
				     TBLTYPE_DYNAMIC, PR_ROWID,
				     (LPSPropTagArray)&cols, &td),
			 S_OK);
	assert_int_equal(ITableData_HrGetView(td, NULL, NULL, 0, &view), S_OK);
	/* The new columns first, then the others in their order. */
	assert_int_equal(HrAddColumns(view, (LPSPropTagArray)&front,
				      MAPIAllocateBuffer, MAPIFreeBuffer),
			 S_OK);
	assert_int_equal(IMAPITable_QueryColumns(view, 0, &now), S_OK);
	assert_int_equal(now->cValues, 4);
	assert_int_equal(now->aulPropTag[0], PR_ENTRYID);
	assert_int_equal(now->aulPropTag[1], PR_IMPORTANCE);
	assert_int_equal(now->aulPropTag[2], PR_ROWID);
	assert_int_equal(now->aulPropTag[3], PR_SUBJECT_A);
	MAPIFreeBuffer(now);
	/* The filter sees (and changes) the current columns. */
	assert_int_equal(HrAddColumnsEx(view, (LPSPropTagArray)&front,
					MAPIAllocateBuffer, MAPIFreeBuffer,
					drop_rowid),
			 S_OK);
	assert_int_equal(filter_calls, 1);
	assert_int_equal(IMAPITable_QueryColumns(view, 0, &now), S_OK);
	assert_int_equal(now->cValues, 3);
	assert_int_equal(now->aulPropTag[2], PR_SUBJECT_A);
	MAPIFreeBuffer(now);
	assert_int_equal(HrAddColumns(NULL, (LPSPropTagArray)&front,
				      MAPIAllocateBuffer, MAPIFreeBuffer),
			 MAPI_E_INVALID_PARAMETER);
	IMAPITable_Release(view);
	ITableData_Release(td);
}

static BOOL STDAPICALLTYPE idle_fn(LPVOID param)
{
	(*(int *)param)++;
	return TRUE;
}

static void test_idle(void **state)
{
	int calls = 0;
	FTG a, b;

	(void)state;
	assert_int_equal(ScInitMapiUtil(0), S_OK);
	assert_int_equal(ScInitMapiUtil(1), MAPI_E_UNKNOWN_FLAGS);
	assert_int_equal(MAPIInitIdle(NULL), 0);
	a = FtgRegisterIdleRoutine(idle_fn, &calls, 1, 0, FIROWAIT);
	b = FtgRegisterIdleRoutine(idle_fn, &calls, 1, 10, FIRODISABLED);
	assert_non_null(a);
	assert_non_null(b);
	assert_ptr_not_equal(a, b);
	assert_null(FtgRegisterIdleRoutine(NULL, NULL, 0, 0, 0));
	EnableIdleRoutine(b, TRUE);
	ChangeIdleRoutine(a, idle_fn, &calls, 2, 5, 0, FIRCPRI | FIRCCSEC);
	DeregisterIdleRoutine(a);
	DeregisterIdleRoutine(a); /* unknown now: ignored */
	/* No message loop: routines are never run. */
	assert_int_equal(calls, 0);
	MAPIDeinitIdle();
	DeinitMapiUtil();
}

static void test_msg_session(void **state)
{
	LPMALLOC m = MAPIGetDefaultMalloc();
	LPMSGSESS s = NULL;
	LPMESSAGE msg = (LPMESSAGE)1;

	(void)state;
	assert_int_equal(OpenIMsgSession(m, 0, &s), S_OK);
	assert_non_null(s);
	/* A message on a compound file needs structured storage. */
	assert_int_equal(OpenIMsgOnIStg(s, MAPIAllocateBuffer, MAPIAllocateMore,
					MAPIFreeBuffer, m, NULL, NULL, NULL, 0,
					0, &msg),
			 MAPI_E_NO_SUPPORT);
	assert_null(msg);
	assert_non_null(strstr(objhdr_thread_message(), "OpenIMsgOnIStg"));
	CloseIMsgSession(s);
	CloseIMsgSession(NULL);
	assert_int_equal(OpenIMsgSession(NULL, 0, &s),
			 MAPI_E_INVALID_PARAMETER);
	assert_int_equal(OpenIMsgSession(m, 1, &s), MAPI_E_UNKNOWN_FLAGS);

	assert_int_equal(MapStorageSCode(S_OK), S_OK);
	assert_int_equal(MapStorageSCode(STG_E_INSUFFICIENTMEMORY),
			 MAPI_E_NOT_ENOUGH_MEMORY);
	assert_int_equal(MapStorageSCode(STG_E_ACCESSDENIED), MAPI_E_NO_ACCESS);
	assert_int_equal(MapStorageSCode(STG_E_FILENOTFOUND), MAPI_E_NOT_FOUND);
	assert_int_equal(MapStorageSCode(STG_E_MEDIUMFULL),
			 MAPI_E_NOT_ENOUGH_DISK);
	assert_int_equal(MapStorageSCode(MAPI_E_BUSY), MAPI_E_BUSY);
}

/* Each unsupported function: MAPI_E_NO_SUPPORT, its name in the message,
 * outputs cleared. */
static void assert_no_support(HRESULT hr, const char *fn)
{
	assert_int_equal(hr, MAPI_E_NO_SUPPORT);
	assert_non_null(strstr(objhdr_thread_message(), fn));
	assert_int_equal(objhdr_thread_hresult(), MAPI_E_NO_SUPPORT);
}

static void test_no_support(void **state)
{
	LPMAPITABLE table = (LPMAPITABLE)1;
	LPTABLEDATA td = (LPTABLEDATA)1;
	LPSTORAGE stg = (LPSTORAGE)1;
	LPMAPIFORMMGR mgr = (LPMAPIFORMMGR)1;
	LPMAPIFORMCONTAINER fc = (LPMAPIFORMCONTAINER)1;
	LPSRestriction res = (LPSRestriction)1;
	ACTIONS *acts = (ACTIONS *)1;
	LPSPropAttrArray attrs = (LPSPropAttrArray)1;
	BYTE bytes[4] = {0};

	(void)state;
	assert_no_support(BuildDisplayTable(MAPIAllocateBuffer,
					    MAPIAllocateMore, MAPIFreeBuffer,
					    NULL, NULL, 0, NULL, 0, &table,
					    &td),
			  "BuildDisplayTable");
	assert_null(table);
	assert_null(td);
	assert_no_support(HrIStorageFromStream(NULL, NULL, 0, &stg),
			  "HrIStorageFromStream");
	assert_null(stg);
	assert_no_support(MAPIOpenFormMgr(NULL, &mgr), "MAPIOpenFormMgr");
	assert_null(mgr);
	assert_no_support(MAPIOpenLocalFormContainer(&fc),
			  "MAPIOpenLocalFormContainer");
	assert_null(fc);
	assert_no_support(GetAttribIMsgOnIStg(NULL, NULL, &attrs),
			  "GetAttribIMsgOnIStg");
	assert_no_support(SetAttribIMsgOnIStg(NULL, NULL, NULL, NULL),
			  "SetAttribIMsgOnIStg");
	assert_no_support(
	    HrDeserializeSRestriction(NULL, bytes, sizeof(bytes), &res),
	    "HrDeserializeSRestriction");
	assert_null(res);
	assert_no_support(
	    HrDeserializeActions(NULL, bytes, sizeof(bytes), &acts),
	    "HrDeserializeActions");
	assert_null(acts);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
	    cmocka_unit_test(test_strings),
	    cmocka_unit_test(test_entryid_strings),
	    cmocka_unit_test(test_compound),
	    cmocka_unit_test(test_wrap_store),
	    cmocka_unit_test(test_get_instance),
	    cmocka_unit_test(test_add_columns),
	    cmocka_unit_test(test_idle),
	    cmocka_unit_test(test_msg_session),
	    cmocka_unit_test(test_no_support),
	};

	return cmocka_run_group_tests(tests, NULL, NULL);
}
