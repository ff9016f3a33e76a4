/*
 * test_rtfsync.c - RTFSync and WrapCompressedRTFStream on messages of a
 * local store, and QueryInterface of the store objects for the
 * interfaces the Windows headers declare but mapix has no object behind
 * (E_NOINTERFACE, as Windows answers for what a provider lacks).
 *
 * RTFSync: a new plain-text body gives PR_RTF_COMPRESSED (RTF of the
 * text) and the sync properties (count and CRC of the significant
 * characters, the tag, PR_RTF_IN_SYNC); with no flag nothing changes while
 * the body matches them and the RTF is remade when it does not; new RTF
 * written through WrapCompressedRTFStream gives PR_BODY; bad arguments,
 * a missing and a corrupt PR_RTF_COMPRESSED.
 */
#include <stdarg.h>
#include <stddef.h>
#include <setjmp.h>
#include <stdint.h>
#include <cmocka.h>

#include <stdbool.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <edkguid.h>
#include <edkmdb.h>
#include <mapiguid.h>
#include <mapispi.h>
#include <mapiutil.h>
#include <mapix.h>

#include "localstore.h"
#include "rtfcomp.h"

struct fixture {
	struct localstore ls;
	LPMDB store;
	LPMAPIFOLDER inbox;
	LPMESSAGE msg;
};

static int setup(void **state)
{
	struct fixture *fx = calloc(1, sizeof(*fx));
	LPENTRYID eid = NULL;
	ULONG cb = 0, type = 0;

	if (fx == NULL || localstore_open(&fx->ls, "rtf", 0x31) < 0)
		return -1;
	fx->store = fx->ls.store;
	if (IMsgStore_GetReceiveFolder(fx->store, (LPTSTR) "IPM.Note", 0, &cb,
				       &eid, NULL) != S_OK)
		return -1;
	if (IMsgStore_OpenEntry(fx->store, cb, eid, NULL, MAPI_MODIFY, &type,
				(LPUNKNOWN *)&fx->inbox) != S_OK)
		return -1;
	MAPIFreeBuffer(eid);
	if (IMAPIFolder_CreateMessage(fx->inbox, NULL, 0, &fx->msg) != S_OK)
		return -1;
	*state = fx;
	return 0;
}

static int teardown(void **state)
{
	struct fixture *fx = *state;
	int ret;

	if (fx->msg != NULL)
		IMessage_Release(fx->msg);
	if (fx->inbox != NULL)
		IMAPIFolder_Release(fx->inbox);
	ret = localstore_close(&fx->ls);
	free(fx);
	return ret;
}

static void set_body(LPMESSAGE msg, const WCHAR *body)
{
	SPropValue pv;

	pv.ulPropTag = PR_BODY_W;
	pv.Value.lpszW = (LPWSTR)body;
	assert_int_equal(HrSetOneProp((LPMAPIPROP)msg, &pv), S_OK);
}

/* The RTF of the message, NUL-terminated, in buf. */
static size_t read_rtf(LPMESSAGE msg, char *buf, size_t cap)
{
	LPSTREAM comp = NULL, rtf = NULL;
	ULONG n = 0;
	size_t total = 0;

	assert_int_equal(IMessage_OpenProperty(msg, PR_RTF_COMPRESSED,
					       &IID_IStream, 0, 0,
					       (LPUNKNOWN *)&comp),
			 S_OK);
	assert_int_equal(WrapCompressedRTFStream(comp, 0, &rtf), S_OK);
	do {
		assert_int_equal(IStream_Read(rtf, buf + total,
					      (ULONG)(cap - 1 - total), &n),
				 S_OK);
		total += n;
	} while (n != 0 && total < cap - 1);
	buf[total] = '\0';
	IStream_Release(rtf);
	IStream_Release(comp);
	return total;
}

static LONG get_long(LPMESSAGE msg, ULONG tag)
{
	LPSPropValue pv = NULL;
	LONG v;

	assert_int_equal(HrGetOneProp((LPMAPIPROP)msg, tag, &pv), S_OK);
	v = PROP_TYPE(tag) == PT_BOOLEAN ? (LONG)pv->Value.b : pv->Value.l;
	MAPIFreeBuffer(pv);
	return v;
}

static void test_body_changed(void **state)
{
	struct fixture *fx = *state;
	char rtf[1024];
	BOOL updated = FALSE;
	LPSPropValue pv = NULL;

	set_body(fx->msg, u"Hello\r\nw\u00f6rld {x}");
	assert_int_equal(RTFSync(fx->msg, RTF_SYNC_BODY_CHANGED, &updated),
			 S_OK);
	assert_true(updated);
	read_rtf(fx->msg, rtf, sizeof(rtf));
	assert_int_equal(strncmp(rtf, "{\\rtf1", 6), 0);
	assert_non_null(strstr(rtf, "Hello\\par"));
	assert_non_null(strstr(rtf, "w\\u246?rld \\{x\\}"));
	assert_true(get_long(fx->msg, PR_RTF_IN_SYNC));
	/* "Hello", "wörld", "{x}": 13 significant characters. */
	assert_int_equal(get_long(fx->msg, PR_RTF_SYNC_BODY_COUNT), 13);
	assert_int_equal(
	    (ULONG)get_long(fx->msg, PR_RTF_SYNC_BODY_CRC),
	    rtfcomp_crc(0, (const uint8_t *)"Hellow\xC3\xB6rld{x}", 14));
	assert_int_equal(
	    HrGetOneProp((LPMAPIPROP)fx->msg, PR_RTF_SYNC_BODY_TAG_A, &pv),
	    S_OK);
	assert_string_equal(pv->Value.lpszA, "Hellow\xC3\xB6rld{x}");
	MAPIFreeBuffer(pv);
	assert_int_equal(get_long(fx->msg, PR_RTF_SYNC_PREFIX_COUNT), 0);

	/* In step: nothing to do. */
	assert_int_equal(RTFSync(fx->msg, 0, &updated), S_OK);
	assert_false(updated);
	/* White space does not count ... */
	set_body(fx->msg, u"Hello  w\u00f6rld\t{x}");
	assert_int_equal(RTFSync(fx->msg, 0, &updated), S_OK);
	assert_false(updated);
	/* ... text does. */
	set_body(fx->msg, u"Goodbye");
	assert_int_equal(RTFSync(fx->msg, 0, &updated), S_OK);
	assert_true(updated);
	read_rtf(fx->msg, rtf, sizeof(rtf));
	assert_non_null(strstr(rtf, "Goodbye"));
	assert_int_equal(get_long(fx->msg, PR_RTF_SYNC_BODY_COUNT), 7);
	assert_int_equal(IMessage_SaveChanges(fx->msg, KEEP_OPEN_READWRITE),
			 S_OK);
}

static void test_rtf_changed(void **state)
{
	static const char doc[] = "{\\rtf1\\ansi\\ansicpg1252{\\fonttbl{\\f0 "
				  "Arial;}}\\pard new \\b bold\\b0  "
				  "caf\\'e9\\par second line}";
	struct fixture *fx = *state;
	LPSTREAM comp = NULL, rtf = NULL;
	BOOL updated = FALSE;
	LPSPropValue pv = NULL;

	assert_int_equal(IMessage_OpenProperty(fx->msg, PR_RTF_COMPRESSED,
					       &IID_IStream, STGM_WRITE,
					       MAPI_CREATE | MAPI_MODIFY,
					       (LPUNKNOWN *)&comp),
			 S_OK);
	assert_int_equal(WrapCompressedRTFStream(comp, MAPI_MODIFY, &rtf),
			 S_OK);
	assert_int_equal(IStream_Write(rtf, doc, sizeof(doc) - 1, NULL), S_OK);
	assert_int_equal(IStream_Commit(rtf, STGC_DEFAULT), S_OK);
	IStream_Release(rtf);
	assert_int_equal(IStream_Commit(comp, STGC_DEFAULT), S_OK);
	IStream_Release(comp);

	assert_int_equal(RTFSync(fx->msg, RTF_SYNC_RTF_CHANGED, &updated),
			 S_OK);
	assert_true(updated);
	assert_int_equal(HrGetOneProp((LPMAPIPROP)fx->msg, PR_BODY_A, &pv),
			 S_OK);
	assert_string_equal(pv->Value.lpszA,
			    "new bold caf\xC3\xA9\r\nsecond line");
	MAPIFreeBuffer(pv);
	assert_true(get_long(fx->msg, PR_RTF_IN_SYNC));
	/* The body now matches the sync properties. */
	assert_int_equal(RTFSync(fx->msg, 0, &updated), S_OK);
	assert_false(updated);
}

static void test_bad(void **state)
{
	struct fixture *fx = *state;
	BOOL updated = TRUE;
	SPropValue pv;

	assert_int_equal(RTFSync(NULL, 0, &updated), MAPI_E_INVALID_PARAMETER);
	assert_false(updated);
	assert_int_equal(RTFSync(fx->msg, 0, NULL), MAPI_E_INVALID_PARAMETER);
	assert_int_equal(RTFSync(fx->msg,
				 RTF_SYNC_RTF_CHANGED | RTF_SYNC_BODY_CHANGED,
				 &updated),
			 MAPI_E_INVALID_PARAMETER);
	assert_int_equal(RTFSync(fx->msg, 0x100, &updated),
			 MAPI_E_UNKNOWN_FLAGS);
	/* Nothing to sync from. */
	assert_int_equal(RTFSync(fx->msg, RTF_SYNC_RTF_CHANGED, &updated),
			 MAPI_E_NOT_FOUND);
	assert_int_equal(RTFSync(fx->msg, RTF_SYNC_BODY_CHANGED, &updated),
			 MAPI_E_NOT_FOUND);
	/* PR_RTF_COMPRESSED that is not compressed RTF. */
	pv.ulPropTag = PR_RTF_COMPRESSED;
	pv.Value.bin.cb = 20;
	pv.Value.bin.lpb = (LPBYTE) "twenty bytes of junk";
	assert_int_equal(HrSetOneProp((LPMAPIPROP)fx->msg, &pv), S_OK);
	assert_int_equal(RTFSync(fx->msg, RTF_SYNC_RTF_CHANGED, &updated),
			 MAPI_E_CORRUPT_DATA);
	assert_false(updated);
}

/* Interfaces declared in the headers with no mapix object behind them. */
static const IID *const absent[] = {
    &IID_IExchangeExportChanges,
    &IID_IExchangeImportContentsChanges,
    &IID_IExchangeImportHierarchyChanges,
    &IID_IExchangeFastTransfer,
    &IID_IExchangeChangeAdvisor,
    &IID_IExchangeManageStore2,
    &IID_IExchangeManageStore3,
    &IID_IExchangeManageStore4,
    &IID_IExchangeRuleAction,
    &IID_IMAPIControl,
    &IID_IMAPIClientShutdown,
    &IID_IMAPIProviderShutdown,
    &IID_IMAPISup,
    &IID_IMSLogon,
    &IID_IABLogon,
    &IID_IXPLogon,
};

static void assert_absent(LPUNKNOWN obj)
{
	size_t i;

	for (i = 0; i < sizeof(absent) / sizeof(absent[0]); i++) {
		LPUNKNOWN out = (LPUNKNOWN)1;

		assert_int_equal(
		    IUnknown_QueryInterface(obj, absent[i], (void **)&out),
		    E_NOINTERFACE);
		assert_null(out);
	}
}

static void test_query_interface(void **state)
{
	struct fixture *fx = *state;
	LPMAPITABLE table = NULL;
	LPUNKNOWN unk = NULL;

	assert_absent((LPUNKNOWN)fx->store);
	assert_absent((LPUNKNOWN)fx->inbox);
	assert_absent((LPUNKNOWN)fx->msg);
	assert_int_equal(IMAPIFolder_GetContentsTable(fx->inbox, 0, &table),
			 S_OK);
	assert_absent((LPUNKNOWN)table);
	IMAPITable_Release(table);
	/* What the objects are still answers. */
	assert_int_equal(
	    IMsgStore_QueryInterface(fx->store, &IID_IMsgStore, (void **)&unk),
	    S_OK);
	IUnknown_Release(unk);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
	    cmocka_unit_test_setup_teardown(test_body_changed, setup, teardown),
	    cmocka_unit_test_setup_teardown(test_rtf_changed, setup, teardown),
	    cmocka_unit_test_setup_teardown(test_bad, setup, teardown),
	    cmocka_unit_test_setup_teardown(test_query_interface, setup,
					    teardown),
	};

	return cmocka_run_group_tests(tests, NULL, NULL);
}
