/*
 * test_headers.c - the public headers against Windows facts: type widths
 * and struct layouts of 64-bit Windows MAPI, values of codes, tags and
 * IIDs; and the name tables and GetLastError support built on them.
 */
#include <stdarg.h>
#include <stddef.h>
#include <setjmp.h>
#include <stdint.h>
#include <cmocka.h>

#include <errno.h>
#include <string.h>

#include <mapix.h>
#include <mapiutil.h>
#include <edkmdb.h>

#include "alloc.h"
#include "mapierr.h"
#include "tagname.h"

static void test_type_widths(void **state)
{
	(void)state;
	assert_int_equal(sizeof(ULONG), 4);
	assert_int_equal(sizeof(LONG), 4);
	assert_int_equal(sizeof(ULONG_PTR), sizeof(void *));
	assert_int_equal(sizeof(WCHAR), 2);
	assert_int_equal(sizeof(BOOL), 4);
	assert_int_equal(sizeof(FILETIME), 8);
	assert_int_equal(sizeof(LARGE_INTEGER), 8);
	assert_int_equal(sizeof(CURRENCY), 8);
	assert_int_equal(sizeof(GUID), 16);
	assert_int_equal(sizeof(MAPIUID), 16);
	assert_int_equal(sizeof(HRESULT), 4);
	assert_int_equal(sizeof(BOOKMARK), sizeof(void *));
}

/* Offsets and sizes of 64-bit Windows (LLP64) builds of the same structs. */
static void test_struct_layouts(void **state)
{
	(void)state;
	assert_int_equal(sizeof(SPropValue), 24);
	assert_int_equal(offsetof(SPropValue, Value), 8);
	assert_int_equal(sizeof(union _PV), 16);
	assert_int_equal(sizeof(SBinary), 16);
	assert_int_equal(offsetof(SBinary, lpb), 8);
	assert_int_equal(offsetof(SPropTagArray, aulPropTag), 4);
	assert_int_equal(CbNewSPropTagArray(3), 16);
	assert_int_equal(sizeof(SRow), 16);
	assert_int_equal(offsetof(SRow, lpProps), 8);
	assert_int_equal(offsetof(SRowSet, aRow), 8);
	assert_int_equal(CbNewSRowSet(2), 40);
	assert_int_equal(sizeof(ADRENTRY), sizeof(SRow));
	assert_int_equal(offsetof(ADRENTRY, rgPropVals),
			 offsetof(SRow, lpProps));
	assert_int_equal(offsetof(SSortOrderSet, aSort), 12);
	assert_int_equal(CbNewSSortOrderSet(2), 28);
	assert_int_equal(offsetof(ENTRYID, ab), 4);
	assert_int_equal(sizeof(SPropProblem), 12);
	assert_int_equal(offsetof(SPropProblemArray, aProblem), 4);
	assert_int_equal(sizeof(MAPINAMEID), 24);
	assert_int_equal(offsetof(MAPINAMEID, Kind), 16);
	assert_int_equal(sizeof(SRestriction), 32);
	assert_int_equal(offsetof(SRestriction, res), 8);
	assert_int_equal(offsetof(NOTIFICATION, info), 8);
	assert_int_equal(sizeof(TABLE_NOTIFICATION), 80);
	assert_int_equal(offsetof(TABLE_NOTIFICATION, row), 56);
	assert_int_equal(sizeof(MAPIERROR), 32);
	assert_int_equal(sizeof(MAPIINIT_0), 8);
	assert_int_equal(sizeof(ROWENTRY), 16);
}

static void test_values(void **state)
{
	(void)state;
	assert_int_equal(PR_SUBJECT_W, 0x0037001F);
	assert_int_equal(PR_SUBJECT_A, 0x0037001E);
	assert_int_equal(PR_SUBJECT, 0x0037001E); /* built without UNICODE */
	assert_int_equal(PR_ENTRYID, 0x0FFF0102);
	assert_int_equal(PR_DEFAULT_PROFILE, 0x3D04000B);
	assert_int_equal(PR_MEMBER_RIGHTS, 0x66730003);
	assert_int_equal(PR_NULL, 0x00000001);
	assert_int_equal(PROP_TAG(PT_LONG, 0x0E07), PR_MESSAGE_FLAGS);
	assert_int_equal(CHANGE_PROP_TYPE(PR_SUBJECT_W, PT_ERROR), 0x0037000A);
	assert_int_equal(MVI_PROP(PR_DISPLAY_NAME_W), 0x3001301F);
	assert_int_equal((ULONG)MAPI_E_NOT_FOUND, 0x8004010F);
	assert_int_equal((ULONG)MAPI_E_NO_ACCESS, 0x80070005);
	assert_int_equal((ULONG)MAPI_E_NOT_ENOUGH_MEMORY, 0x8007000E);
	assert_int_equal((ULONG)MAPI_E_TOO_COMPLEX, 0x80040117);
	assert_int_equal((ULONG)MAPI_E_INVALID_BOOKMARK, 0x80040405);
	assert_int_equal(MAPI_W_ERRORS_RETURNED, 0x00040380);
	assert_true(SUCCEEDED(MAPI_W_ERRORS_RETURNED));
	assert_true(HR_FAILED(MAPI_E_CALL_FAILED));
	assert_int_equal(rightsAll, 0x5FB);
	assert_int_equal(OPENSTORE_HOME_LOGON | OPENSTORE_TAKE_OWNERSHIP, 0xC);
}

static void test_iids(void **state)
{
	static const GUID prop = {0x00020303, 0x0000, 0x0000,
				  {0xC0, 0, 0, 0, 0, 0, 0, 0x46}};
	static const GUID ems = {0x559D10B0, 0xA772, 0x11CD,
				 {0x9B, 0xC8, 0x00, 0xAA, 0x00, 0x2F, 0xC4,
				  0x5A}};

	(void)state;
	assert_true(IsEqualIID(&IID_IMAPIProp, &prop));
	assert_true(IsEqualIID(&IID_IExchangeManageStore, &ems));
	assert_false(IsEqualIID(&IID_IMAPIProp, &IID_IMAPITable));
	assert_int_equal(IID_IMAPITable.Data1, 0x00020301);
	assert_int_equal(IID_IMsgServiceAdmin2.Data1, 0x00020387);
	assert_int_equal(PS_PUBLIC_STRINGS.Data1, 0x00020329);
}

static void test_tag_names(void **state)
{
	char buf[32];
	ULONG tag = 0;

	(void)state;
	assert_string_equal(tagname_lookup(PR_SUBJECT_W), "PR_SUBJECT_W");
	assert_string_equal(tagname_lookup(PR_SUBJECT_A), "PR_SUBJECT_A");
	assert_string_equal(tagname_lookup(PR_ENTRYID), "PR_ENTRYID");
	assert_null(tagname_lookup(0x7FFF1234));

	assert_int_equal(tagname_parse("PR_SUBJECT_W", &tag), 0);
	assert_int_equal(tag, 0x0037001F);
	assert_int_equal(tagname_parse("pr_message_size", &tag), 0);
	assert_int_equal(tag, PR_MESSAGE_SIZE);
	assert_int_equal(tagname_parse("0x0E070003", &tag), 0);
	assert_int_equal(tag, PR_MESSAGE_FLAGS);
	assert_int_equal(tagname_parse("3001001f", &tag), 0);
	assert_int_equal(tag, PR_DISPLAY_NAME_W);
	assert_int_equal(tagname_parse("PR_NO_SUCH_TAG", &tag), -ENOENT);
	assert_int_equal(tagname_parse("0x123456789", &tag), -ENOENT);
	assert_int_equal(tagname_parse("", &tag), -ENOENT);
	assert_int_equal(tagname_parse(NULL, &tag), -ENOENT);

	assert_string_equal(tagname_format(PR_BODY_W, buf, sizeof(buf)),
			    "PR_BODY_W");
	assert_string_equal(tagname_format(0x81230003, buf, sizeof(buf)),
			    "0x81230003");
	assert_string_equal(tagname_type_name(PT_MV_UNICODE), "PT_MV_UNICODE");
	assert_null(tagname_type_name(0x0999));
}

static void test_every_tag_round_trips(void **state)
{
	static const ULONG tags[] = {
		PR_DISPLAY_NAME_W, PR_DISPLAY_NAME_A, PR_RECORD_KEY,
		PR_CONTENT_COUNT, PR_HASATTACH,	     PR_MESSAGE_DELIVERY_TIME,
		PR_MEMBER_ID,	   PR_PST_PATH_W,     PR_SERVICE_SUPPORT_FILES_W,
	};
	size_t i;

	(void)state;
	for (i = 0; i < sizeof(tags) / sizeof(tags[0]); i++) {
		const char *name = tagname_lookup(tags[i]);
		ULONG back = 0;

		assert_non_null(name);
		assert_int_equal(tagname_parse(name, &back), 0);
		assert_int_equal(back, tags[i]);
	}
}

static void test_error_names(void **state)
{
	HRESULT hr = 0;

	(void)state;
	assert_string_equal(mapierr_name(MAPI_E_NOT_FOUND), "MAPI_E_NOT_FOUND");
	assert_string_equal(mapierr_name(MAPI_E_CALL_FAILED),
			    "MAPI_E_CALL_FAILED");
	assert_string_equal(mapierr_name(S_OK), "S_OK");
	assert_null(mapierr_name((HRESULT)0x80049999));
	assert_true(strlen(mapierr_message(MAPI_E_TOO_COMPLEX)) > 0);
	assert_string_equal(mapierr_message((HRESULT)0x80049999),
			    "unknown status code");
	assert_int_equal(mapierr_parse_name("mapi_e_no_access", &hr), 0);
	assert_int_equal(hr, MAPI_E_NO_ACCESS);
	assert_int_equal(mapierr_parse_name("MAPI_E_NOPE", &hr), -ENOENT);
}

static void test_last_error(void **state)
{
	struct mapierr_last last = {0};
	LPMAPIERROR err = (LPMAPIERROR)1;
	long live = alloc_live();

	(void)state;
	/* Success codes give no error record. */
	assert_int_equal(mapierr_get(&last, S_OK, 0, "IThing", &err), S_OK);
	assert_null(err);

	assert_int_equal(mapierr_set(&last, MAPI_E_NOT_FOUND,
				     "no row with key %d", 42),
			 MAPI_E_NOT_FOUND);
	assert_int_equal(mapierr_get(&last, MAPI_E_NOT_FOUND, 0, "IThing",
				     &err),
			 S_OK);
	assert_non_null(err);
	assert_int_equal(err->ulVersion, MAPI_ERROR_VERSION);
	assert_string_equal((char *)err->lpszError, "no row with key 42");
	assert_string_equal((char *)err->lpszComponent, "IThing");
	assert_int_equal(err->ulLowLevelError, (ULONG)MAPI_E_NOT_FOUND);
	MAPIFreeBuffer(err);

	/* Wide strings with MAPI_UNICODE. */
	assert_int_equal(mapierr_get(&last, MAPI_E_NOT_FOUND, MAPI_UNICODE,
				     "IThing", &err),
			 S_OK);
	assert_int_equal(((WCHAR *)err->lpszError)[0], u'n');
	assert_int_equal(((WCHAR *)err->lpszComponent)[5], u'g');
	assert_int_equal(((WCHAR *)err->lpszComponent)[6], 0);
	MAPIFreeBuffer(err);

	/* Another code gets its generic message. */
	assert_int_equal(mapierr_get(&last, MAPI_E_NO_SUPPORT, 0, "IThing",
				     &err),
			 S_OK);
	assert_string_equal((char *)err->lpszError,
			    mapierr_message(MAPI_E_NO_SUPPORT));
	MAPIFreeBuffer(err);

	assert_int_equal(mapierr_get(&last, MAPI_E_NOT_FOUND, 0x1, "IThing",
				     &err),
			 MAPI_E_UNKNOWN_FLAGS);
	assert_int_equal(mapierr_get(&last, MAPI_E_NOT_FOUND, 0, "IThing",
				     NULL),
			 MAPI_E_INVALID_PARAMETER);
	assert_int_equal(alloc_live(), live);
}

static void test_last_error_out_of_memory(void **state)
{
	struct mapierr_last last = {0};
	long live = alloc_live();
	unsigned long n;

	(void)state;
	mapierr_set(&last, MAPI_E_CALL_FAILED, "it broke");
	for (n = 1;; n++) {
		LPMAPIERROR err = NULL;
		HRESULT hr;

		alloc_fail_after(n);
		hr = mapierr_get(&last, MAPI_E_CALL_FAILED, MAPI_UNICODE, "X",
				 &err);
		if (!alloc_injected()) {
			assert_int_equal(hr, S_OK);
			MAPIFreeBuffer(err);
			break;
		}
		assert_int_equal(hr, MAPI_E_NOT_ENOUGH_MEMORY);
		assert_null(err);
		assert_int_equal(alloc_live(), live);
	}
	alloc_fail_after(0);
	assert_true(n > 1);
	assert_int_equal(alloc_live(), live);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_type_widths),
		cmocka_unit_test(test_struct_layouts),
		cmocka_unit_test(test_values),
		cmocka_unit_test(test_iids),
		cmocka_unit_test(test_tag_names),
		cmocka_unit_test(test_every_tag_round_trips),
		cmocka_unit_test(test_error_names),
		cmocka_unit_test(test_last_error),
		cmocka_unit_test(test_last_error_out_of_memory),
	};
	return cmocka_run_group_tests(tests, NULL, NULL);
}
