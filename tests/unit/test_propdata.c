/*
 * test_propdata.c - CreateIProp and the in-memory property object: the
 * IMAPIProp and IPropData methods on values with good and bad input, the
 * access rules Wine's test_IProp pins down, string width conversion.
 * CopyTo/CopyProps and the named-property map are in
 * test_propdata_copy.c; ownership of returned memory, out of memory,
 * concurrent use and the security context checks in
 * test_propdata_shared.c.
 *
 * Every test runs between a setup and a teardown that compare alloc_live(),
 * so a leak anywhere fails the test that caused it.
 */
#include <stdarg.h>
#include <stddef.h>
#include <setjmp.h>
#include <stdint.h>
#include <cmocka.h>

#include "test_propdata.h"

/* ---------------------------------------------------------------------------
 * CreateIProp and IUnknown
 */

static void test_create_args(void **state)
{
	LPPROPDATA obj = (LPPROPDATA)&obj;

	(void)state;
	assert_int_equal(CreateIProp(&IID_IMAPIProp, MAPIAllocateBuffer,
				     MAPIAllocateMore, MAPIFreeBuffer, NULL,
				     &obj),
			 MAPI_E_INTERFACE_NOT_SUPPORTED);
	assert_null(obj);
	obj = (LPPROPDATA)&obj;
	assert_int_equal(CreateIProp(&IID_IUnknown, MAPIAllocateBuffer,
				     MAPIAllocateMore, MAPIFreeBuffer, NULL,
				     &obj),
			 MAPI_E_INTERFACE_NOT_SUPPORTED);
	assert_null(obj);
	assert_int_equal(CreateIProp(&IID_IMAPIPropData, NULL, MAPIAllocateMore,
				     MAPIFreeBuffer, NULL, &obj),
			 MAPI_E_INVALID_PARAMETER);
	assert_int_equal(CreateIProp(&IID_IMAPIPropData, MAPIAllocateBuffer,
				     NULL, MAPIFreeBuffer, NULL, &obj),
			 MAPI_E_INVALID_PARAMETER);
	assert_int_equal(CreateIProp(&IID_IMAPIPropData, MAPIAllocateBuffer,
				     MAPIAllocateMore, NULL, NULL, &obj),
			 MAPI_E_INVALID_PARAMETER);
	assert_int_equal(CreateIProp(&IID_IMAPIPropData, MAPIAllocateBuffer,
				     MAPIAllocateMore, MAPIFreeBuffer, &obj,
				     &obj),
			 MAPI_E_INVALID_PARAMETER);
	assert_null(obj);
	assert_int_equal(CreateIProp(&IID_IMAPIPropData, MAPIAllocateBuffer,
				     MAPIAllocateMore, MAPIFreeBuffer, NULL,
				     NULL),
			 MAPI_E_INVALID_PARAMETER);

	/* NULL asks for the standard interface. */
	assert_int_equal(CreateIProp(NULL, MAPIAllocateBuffer, MAPIAllocateMore,
				     MAPIFreeBuffer, NULL, &obj),
			 S_OK);
	assert_non_null(obj);
	release(obj);
}

static void test_query_interface(void **state)
{
	LPPROPDATA obj = new_obj();
	LPVOID out = NULL;

	(void)state;
	assert_int_equal(IPropData_QueryInterface(obj, &IID_IUnknown, &out),
			 S_OK);
	assert_ptr_equal(out, obj);
	assert_int_equal(IPropData_QueryInterface(obj, &IID_IMAPIProp, &out),
			 S_OK);
	assert_ptr_equal(out, obj);
	assert_int_equal(
	    IPropData_QueryInterface(obj, &IID_IMAPIPropData, &out), S_OK);
	assert_ptr_equal(out, obj);
	/* Three successful QueryInterface calls took three references. */
	assert_int_equal(IPropData_Release(obj), 3);
	assert_int_equal(IPropData_Release(obj), 2);
	assert_int_equal(IPropData_Release(obj), 1);

	out = &out;
	assert_int_equal(IPropData_QueryInterface(obj, &IID_IMAPITable, &out),
			 MAPI_E_INTERFACE_NOT_SUPPORTED);
	assert_null(out);
	out = &out;
	assert_int_equal(IPropData_QueryInterface(obj, NULL, &out),
			 MAPI_E_INVALID_PARAMETER);
	assert_null(out);
	assert_int_equal(IPropData_QueryInterface(obj, &IID_IUnknown, NULL),
			 MAPI_E_INVALID_PARAMETER);
	release(obj);
}

static void test_refcount_frees(void **state)
{
	long before = alloc_live();
	LPPROPDATA obj = new_obj();

	(void)state;
	set_long(obj, PR_IMPORTANCE, 2);
	assert_true(alloc_live() > before);
	assert_int_equal(IPropData_AddRef(obj), 2);
	assert_int_equal(IPropData_AddRef(obj), 3);
	assert_int_equal(IPropData_Release(obj), 2);
	assert_int_equal(IPropData_Release(obj), 1);
	assert_true(alloc_live() > before);
	assert_int_equal(IPropData_Release(obj), 0);
	assert_int_equal(alloc_live(), before);
}

/* ---------------------------------------------------------------------------
 * GetProps, GetPropList, SetProps
 */

static void test_empty_object(void **state)
{
	SizedSPropTagArray(1, tags) = {1, {PR_IMPORTANCE}};
	LPSPropValue got = (LPSPropValue)&got;
	LPSPropTagArray list = NULL;
	LPPROPDATA obj = new_obj();
	ULONG count = 99;

	(void)state;
	assert_int_equal(IPropData_GetPropList(obj, 0, &list), S_OK);
	assert_non_null(list);
	assert_int_equal(list->cValues, 0);
	MAPIFreeBuffer(list);

	/* All properties of an empty object: S_OK, 0 and NULL. */
	assert_int_equal(IPropData_GetProps(obj, NULL, 0, &count, &got), S_OK);
	assert_int_equal(count, 0);
	assert_null(got);

	/* Wine test_IProp: an absent property comes back as PT_ERROR. */
	assert_int_equal(
	    IPropData_GetProps(obj, (LPSPropTagArray)&tags, 0, &count, &got),
	    MAPI_W_ERRORS_RETURNED);
	assert_int_equal(count, 1);
	assert_int_equal(got[0].ulPropTag,
			 CHANGE_PROP_TYPE(PR_IMPORTANCE, PT_ERROR));
	assert_int_equal(got[0].Value.err, MAPI_E_NOT_FOUND);
	MAPIFreeBuffer(got);
	release(obj);
}

static void test_set_get_values(void **state)
{
	static BYTE bytes[] = {0, 1, 2, 0xfe, 0xff};
	static LONG longs[] = {-1, 0, 7};
	static char *strs[] = {"one", "two"};
	SizedSPropTagArray(6, tags) = {
	    6,
	    {PR_IMPORTANCE, PR_SUBJECT_A, PR_RECORD_KEY,
	     PROP_TAG(PT_CLSID, 0x6001), PROP_TAG(PT_MV_LONG, 0x6002),
	     PROP_TAG(PT_MV_STRING8, 0x6003)}};
	SPropValue in[6];
	LPSPropValue got = NULL;
	LPPROPDATA obj = new_obj();
	LPSPropProblemArray probs = (LPSPropProblemArray)&probs;
	ULONG count = 0;

	(void)state;
	memset(in, 0, sizeof(in));
	in[0].ulPropTag = PR_IMPORTANCE;
	in[0].Value.l = IMPORTANCE_HIGH;
	in[1].ulPropTag = PR_SUBJECT_A;
	in[1].Value.lpszA = "hello";
	in[2].ulPropTag = PR_RECORD_KEY;
	in[2].Value.bin.cb = sizeof(bytes);
	in[2].Value.bin.lpb = bytes;
	in[3].ulPropTag = PROP_TAG(PT_CLSID, 0x6001);
	in[3].Value.lpguid = &guid_a;
	in[4].ulPropTag = PROP_TAG(PT_MV_LONG, 0x6002);
	in[4].Value.MVl.cValues = 3;
	in[4].Value.MVl.lpl = longs;
	in[5].ulPropTag = PROP_TAG(PT_MV_STRING8, 0x6003);
	in[5].Value.MVszA.cValues = 2;
	in[5].Value.MVszA.lppszA = strs;
	assert_int_equal(IPropData_SetProps(obj, 6, in, &probs), S_OK);
	assert_null(probs);
	assert_int_equal(prop_count(obj), 6);

	assert_int_equal(
	    IPropData_GetProps(obj, (LPSPropTagArray)&tags, 0, &count, &got),
	    S_OK);
	assert_int_equal(count, 6);
	assert_int_equal(got[0].ulPropTag, PR_IMPORTANCE);
	assert_int_equal(got[0].Value.l, IMPORTANCE_HIGH);
	assert_string_equal(got[1].Value.lpszA, "hello");
	/* The object keeps its own copy, not the caller's pointers. */
	assert_ptr_not_equal(got[1].Value.lpszA, in[1].Value.lpszA);
	assert_int_equal(got[2].Value.bin.cb, sizeof(bytes));
	assert_memory_equal(got[2].Value.bin.lpb, bytes, sizeof(bytes));
	assert_memory_equal(got[3].Value.lpguid, &guid_a, sizeof(GUID));
	assert_int_equal(got[4].Value.MVl.cValues, 3);
	assert_memory_equal(got[4].Value.MVl.lpl, longs, sizeof(longs));
	assert_int_equal(got[5].Value.MVszA.cValues, 2);
	assert_string_equal(got[5].Value.MVszA.lppszA[1], "two");
	MAPIFreeBuffer(got);

	/* The same array twice gives the values in the order asked. */
	tags.aulPropTag[0] = PR_SUBJECT_A;
	tags.aulPropTag[1] = PR_IMPORTANCE;
	tags.cValues = 2;
	assert_int_equal(
	    IPropData_GetProps(obj, (LPSPropTagArray)&tags, 0, &count, &got),
	    S_OK);
	assert_int_equal(count, 2);
	assert_string_equal(got[0].Value.lpszA, "hello");
	assert_int_equal(got[1].Value.l, IMPORTANCE_HIGH);
	MAPIFreeBuffer(got);

	/* All properties, in the order they were first set. */
	assert_int_equal(IPropData_GetProps(obj, NULL, 0, &count, &got), S_OK);
	assert_int_equal(count, 6);
	assert_int_equal(got[0].ulPropTag, PR_IMPORTANCE);
	assert_int_equal(got[5].ulPropTag, PROP_TAG(PT_MV_STRING8, 0x6003));
	MAPIFreeBuffer(got);
	release(obj);
}

static void test_set_props_invalid(void **state)
{
	static char *none[1] = {NULL};
	LPPROPDATA obj = new_obj();
	LPSPropProblemArray probs = NULL;
	SPropValue pv[2];
	static const ULONG bad_tags[] = {
	    PROP_TAG(PT_NULL, 0x6000),
	    PROP_TAG(PT_OBJECT, 0x6000),
	    PROP_TAG(PT_ERROR, 0x6000),
	    PROP_TAG(PT_UNSPECIFIED, 0x6000),
	    PROP_TAG(0x0099, 0x6000),
	    PROP_TAG(PT_LONG, PROP_ID_NULL),
	    PROP_TAG(PT_LONG, PROP_ID_INVALID),
	    PT_LONG | MV_INSTANCE,
	    PROP_TAG(PT_MV_LONG | MV_INSTANCE, 0x6000),
	};
	size_t i;

	(void)state;
	set_long(obj, PR_IMPORTANCE, 1);
	for (i = 0; i < sizeof(bad_tags) / sizeof(bad_tags[0]); i++) {
		/* A good value first: the call must not store it either. */
		pv[0] = long_val(PR_PRIORITY, 1);
		pv[1] = long_val(bad_tags[i], 0);
		assert_int_equal(IPropData_SetProps(obj, 2, pv, &probs),
				 MAPI_E_INVALID_PARAMETER);
		assert_null(probs);
	}

	/* Values whose pointers are missing. */
	pv[1].ulPropTag = PR_SUBJECT_A;
	pv[1].Value.lpszA = NULL;
	assert_int_equal(IPropData_SetProps(obj, 2, pv, &probs),
			 MAPI_E_INVALID_PARAMETER);
	pv[1].ulPropTag = PR_RECORD_KEY;
	pv[1].Value.bin.cb = 4;
	pv[1].Value.bin.lpb = NULL;
	assert_int_equal(IPropData_SetProps(obj, 2, pv, &probs),
			 MAPI_E_INVALID_PARAMETER);
	pv[1].ulPropTag = PROP_TAG(PT_MV_STRING8, 0x6000);
	pv[1].Value.MVszA.cValues = 1;
	pv[1].Value.MVszA.lppszA = none;
	assert_int_equal(IPropData_SetProps(obj, 2, pv, &probs),
			 MAPI_E_INVALID_PARAMETER);
	pv[1].Value.MVszA.cValues = 0;
	assert_int_equal(IPropData_SetProps(obj, 2, pv, &probs),
			 MAPI_E_INVALID_PARAMETER);
	pv[1].ulPropTag = PROP_TAG(PT_CLSID, 0x6000);
	pv[1].Value.lpguid = NULL;
	assert_int_equal(IPropData_SetProps(obj, 2, pv, &probs),
			 MAPI_E_INVALID_PARAMETER);
	assert_null(probs);

	assert_int_equal(IPropData_SetProps(obj, 1, NULL, &probs),
			 MAPI_E_INVALID_PARAMETER);
	assert_int_equal(IPropData_SetProps(obj, 0, pv, &probs),
			 MAPI_E_INVALID_PARAMETER);

	/* Nothing of the failed calls was stored. */
	assert_int_equal(prop_count(obj), 1);
	assert_int_equal(get_error(obj, PR_PRIORITY), MAPI_E_NOT_FOUND);
	/* A binary value of 0 bytes needs no pointer. */
	pv[0].ulPropTag = PR_RECORD_KEY;
	pv[0].Value.bin.cb = 0;
	pv[0].Value.bin.lpb = NULL;
	assert_int_equal(IPropData_SetProps(obj, 1, pv, NULL), S_OK);
	assert_int_equal(prop_count(obj), 2);
	release(obj);
}

static void test_set_replaces_by_id(void **state)
{
	LPPROPDATA obj = new_obj();
	LPSPropTagArray list = NULL;
	LPSPropValue got;
	SPropValue pv[2];

	(void)state;
	set_long(obj, PROP_TAG(PT_LONG, 0x6000), 5);
	memset(pv, 0, sizeof(pv));
	pv[0].ulPropTag = PROP_TAG(PT_STRING8, 0x6000);
	pv[0].Value.lpszA = "now a string";
	assert_int_equal(IPropData_SetProps(obj, 1, pv, NULL), S_OK);
	assert_int_equal(IPropData_GetPropList(obj, 0, &list), S_OK);
	assert_int_equal(list->cValues, 1);
	assert_int_equal(list->aulPropTag[0], PROP_TAG(PT_STRING8, 0x6000));
	MAPIFreeBuffer(list);
	assert_int_equal(get_error(obj, PROP_TAG(PT_LONG, 0x6000)),
			 MAPI_E_NOT_FOUND);

	/* Two values of one ID in one call: the last one wins. */
	pv[0] = long_val(PR_LONG1, 1);
	pv[1] = long_val(PR_LONG1, 2);
	assert_int_equal(IPropData_SetProps(obj, 2, pv, NULL), S_OK);
	got = get_one(obj, PR_LONG1, 0);
	assert_int_equal(got->Value.l, 2);
	MAPIFreeBuffer(got);
	assert_int_equal(prop_count(obj), 2);
	release(obj);
}

static void test_get_props_args(void **state)
{
	SizedSPropTagArray(1, tags) = {0, {PR_IMPORTANCE}};
	LPSPropTagArray list = NULL;
	LPSPropValue got = NULL;
	LPPROPDATA obj = new_obj();
	ULONG count = 0;

	(void)state;
	set_long(obj, PR_IMPORTANCE, 1);
	assert_int_equal(IPropData_GetProps(obj, NULL, 0, NULL, &got),
			 MAPI_E_INVALID_PARAMETER);
	assert_int_equal(IPropData_GetProps(obj, NULL, 0, &count, NULL),
			 MAPI_E_INVALID_PARAMETER);
	assert_int_equal(
	    IPropData_GetProps(obj, (LPSPropTagArray)&tags, 0, &count, &got),
	    MAPI_E_INVALID_PARAMETER);
	assert_int_equal(IPropData_GetProps(obj, NULL, 0x1, &count, &got),
			 MAPI_E_UNKNOWN_FLAGS);
	assert_null(got);
	assert_int_equal(IPropData_GetPropList(obj, 0, NULL),
			 MAPI_E_INVALID_PARAMETER);
	assert_int_equal(IPropData_GetPropList(obj, 0x1, &list),
			 MAPI_E_UNKNOWN_FLAGS);
	assert_null(list);

	/* A value asked for in a type it does not have is not found. */
	assert_int_equal(get_error(obj, CHANGE_PROP_TYPE(PR_IMPORTANCE, PT_I2)),
			 MAPI_E_NOT_FOUND);
	assert_int_equal(
	    get_error(obj, CHANGE_PROP_TYPE(PR_IMPORTANCE, PT_MV_LONG)),
	    MAPI_E_NOT_FOUND);
	got = get_one(obj, CHANGE_PROP_TYPE(PR_IMPORTANCE, PT_UNSPECIFIED), 0);
	assert_int_equal(got->ulPropTag, PR_IMPORTANCE);
	assert_int_equal(got->Value.l, 1);
	MAPIFreeBuffer(got);
	release(obj);
}

static void test_string_widths(void **state)
{
	static WCHAR wide[] = u"gr\u00fc\u00dfe \u20ac";
	static char narrow[] = "gr\xc3\xbc\xc3\x9f"
			       "e \xe2\x82\xac";
	static WCHAR w1[] = u"alpha", w2[] = u"\u03b2eta";
	static LPWSTR wlist[] = {w1, w2};
	LPPROPDATA obj = new_obj();
	LPSPropTagArray list = NULL;
	LPSPropValue got;
	SPropValue pv[3];
	ULONG count;

	(void)state;
	memset(pv, 0, sizeof(pv));
	pv[0].ulPropTag = PR_SUBJECT_A;
	pv[0].Value.lpszA = narrow;
	pv[1].ulPropTag = PR_DISPLAY_NAME_W;
	pv[1].Value.lpszW = wide;
	pv[2].ulPropTag = PROP_TAG(PT_MV_UNICODE, 0x6000);
	pv[2].Value.MVszW.cValues = 2;
	pv[2].Value.MVszW.lppszW = wlist;
	assert_int_equal(IPropData_SetProps(obj, 3, pv, NULL), S_OK);

	/* A stored PT_STRING8 read as PT_UNICODE, and the other way. */
	got = get_one(obj, PR_SUBJECT_W, 0);
	assert_int_equal(got->ulPropTag, PR_SUBJECT_W);
	assert_wstr_equal(got->Value.lpszW, wide);
	MAPIFreeBuffer(got);
	got = get_one(obj, PR_DISPLAY_NAME_A, 0);
	assert_int_equal(got->ulPropTag, PR_DISPLAY_NAME_A);
	assert_string_equal(got->Value.lpszA, narrow);
	MAPIFreeBuffer(got);
	got = get_one(obj, PROP_TAG(PT_MV_STRING8, 0x6000), 0);
	assert_int_equal(got->Value.MVszA.cValues, 2);
	assert_string_equal(got->Value.MVszA.lppszA[0], "alpha");
	assert_string_equal(got->Value.MVszA.lppszA[1], "\xce\xb2"
							"eta");
	MAPIFreeBuffer(got);

	/* PT_UNSPECIFIED: the width MAPI_UNICODE asks for. */
	got = get_one(obj, PROP_TAG(PT_UNSPECIFIED, 0x0037), MAPI_UNICODE);
	assert_int_equal(got->ulPropTag, PR_SUBJECT_W);
	assert_wstr_equal(got->Value.lpszW, wide);
	MAPIFreeBuffer(got);
	got = get_one(obj, PROP_TAG(PT_UNSPECIFIED, 0x3001), 0);
	assert_int_equal(got->ulPropTag, PR_DISPLAY_NAME_A);
	assert_string_equal(got->Value.lpszA, narrow);
	MAPIFreeBuffer(got);
	got = get_one(obj, PROP_TAG(PT_UNSPECIFIED, 0x6000), MAPI_UNICODE);
	assert_int_equal(got->ulPropTag, PROP_TAG(PT_MV_UNICODE, 0x6000));
	assert_wstr_equal(got->Value.MVszW.lppszW[1], w2);
	MAPIFreeBuffer(got);
	/* An explicit type wins over the flag. */
	got = get_one(obj, PR_SUBJECT_A, MAPI_UNICODE);
	assert_int_equal(got->ulPropTag, PR_SUBJECT_A);
	MAPIFreeBuffer(got);
	/* A string is not a multi-valued string. */
	assert_int_equal(get_error(obj, PROP_TAG(PT_MV_STRING8, 0x0037)),
			 MAPI_E_NOT_FOUND);

	/* All properties, and the property list, in one width. */
	assert_int_equal(
	    IPropData_GetProps(obj, NULL, MAPI_UNICODE, &count, &got), S_OK);
	assert_int_equal(count, 3);
	assert_int_equal(got[0].ulPropTag, PR_SUBJECT_W);
	assert_int_equal(got[1].ulPropTag, PR_DISPLAY_NAME_W);
	assert_int_equal(got[2].ulPropTag, PROP_TAG(PT_MV_UNICODE, 0x6000));
	MAPIFreeBuffer(got);
	assert_int_equal(IPropData_GetProps(obj, NULL, 0, &count, &got), S_OK);
	assert_int_equal(got[0].ulPropTag, PR_SUBJECT_A);
	assert_int_equal(got[1].ulPropTag, PR_DISPLAY_NAME_A);
	assert_string_equal(got[1].Value.lpszA, narrow);
	assert_int_equal(got[2].ulPropTag, PROP_TAG(PT_MV_STRING8, 0x6000));
	MAPIFreeBuffer(got);
	assert_int_equal(IPropData_GetPropList(obj, MAPI_UNICODE, &list), S_OK);
	assert_int_equal(list->cValues, 3);
	assert_int_equal(list->aulPropTag[0], PR_SUBJECT_W);
	assert_int_equal(list->aulPropTag[2], PROP_TAG(PT_MV_UNICODE, 0x6000));
	MAPIFreeBuffer(list);
	assert_int_equal(IPropData_GetPropList(obj, 0, &list), S_OK);
	assert_int_equal(list->aulPropTag[1], PR_DISPLAY_NAME_A);
	MAPIFreeBuffer(list);
	release(obj);
}

static void test_many_props(void **state)
{
	LPPROPDATA obj = new_obj();
	SPropValue pv[300];
	LPSPropValue got = NULL;
	ULONG count, i;

	(void)state;
	for (i = 0; i < 300; i++)
		pv[i] = long_val(PROP_TAG(PT_LONG, 0x4000 + i), (LONG)i * 3);
	assert_int_equal(IPropData_SetProps(obj, 300, pv, NULL), S_OK);
	assert_int_equal(IPropData_GetProps(obj, NULL, 0, &count, &got), S_OK);
	assert_int_equal(count, 300);
	for (i = 0; i < 300; i++) {
		assert_int_equal(got[i].ulPropTag,
				 PROP_TAG(PT_LONG, 0x4000 + i));
		assert_int_equal(got[i].Value.l, (LONG)i * 3);
	}
	MAPIFreeBuffer(got);
	release(obj);
}

/* ---------------------------------------------------------------------------
 * Access levels: HrSetObjAccess, HrSetPropAccess, HrGetPropAccess,
 * DeleteProps
 */

static void test_object_access(void **state)
{
	SizedSPropTagArray(1, tags) = {1, {PR_IMPORTANCE}};
	SizedSPropTagArray(1, objtags) = {1, {PR_OBJ1}};
	ULONG rw_clean = IPROP_READWRITE | IPROP_CLEAN;
	LPSPropProblemArray probs = NULL;
	LPPROPDATA obj = new_obj();
	SPropValue pv = long_val(PR_IMPORTANCE, 2);
	LPSPropValue got;

	(void)state;
	set_long(obj, PR_IMPORTANCE, 1);
	assert_int_equal(IPropData_HrSetObjAccess(obj, 0),
			 MAPI_E_INVALID_PARAMETER);
	assert_int_equal(
	    IPropData_HrSetObjAccess(obj, IPROP_READONLY | IPROP_READWRITE),
	    MAPI_E_INVALID_PARAMETER);
	assert_int_equal(IPropData_HrSetObjAccess(obj, IPROP_CLEAN),
			 MAPI_E_INVALID_PARAMETER);
	assert_int_equal(
	    IPropData_HrSetObjAccess(obj, IPROP_READONLY | IPROP_CLEAN),
	    MAPI_E_INVALID_PARAMETER);
	assert_int_equal(IPropData_HrSetObjAccess(obj, 0x4),
			 MAPI_E_INVALID_PARAMETER);

	assert_int_equal(IPropData_HrSetObjAccess(obj, IPROP_READONLY), S_OK);
	assert_int_equal(IPropData_SetProps(obj, 1, &pv, &probs),
			 MAPI_E_NO_ACCESS);
	assert_null(probs);
	assert_int_equal(
	    IPropData_DeleteProps(obj, (LPSPropTagArray)&tags, &probs),
	    E_ACCESSDENIED);
	assert_null(probs);
	assert_int_equal(
	    IPropData_HrAddObjProps(obj, (LPSPropTagArray)&objtags, &probs),
	    MAPI_E_NO_ACCESS);
	assert_int_equal(
	    IPropData_HrSetPropAccess(obj, (LPSPropTagArray)&tags, &rw_clean),
	    MAPI_E_NO_ACCESS);
	/* Reading still works, and nothing changed. */
	got = get_one(obj, PR_IMPORTANCE, 0);
	assert_int_equal(got->Value.l, 1);
	MAPIFreeBuffer(got);
	assert_int_equal(prop_count(obj), 1);

	assert_int_equal(IPropData_HrSetObjAccess(obj, IPROP_READWRITE), S_OK);
	assert_int_equal(IPropData_SetProps(obj, 1, &pv, NULL), S_OK);
	got = get_one(obj, PR_IMPORTANCE, 0);
	assert_int_equal(got->Value.l, 2);
	MAPIFreeBuffer(got);
	release(obj);
}

static void test_prop_access_flags(void **state)
{
	SizedSPropTagArray(1, tags) = {1, {PR_IMPORTANCE}};
	LPPROPDATA obj = new_obj();
	static const ULONG bad[] = {
	    0,
	    IPROP_READWRITE,
	    IPROP_CLEAN,
	    IPROP_READONLY,
	    IPROP_DIRTY,
	    IPROP_READONLY | IPROP_READWRITE | IPROP_CLEAN,
	    IPROP_READONLY | IPROP_CLEAN | IPROP_DIRTY,
	    IPROP_READWRITE | IPROP_DIRTY | 0x100,
	};
	ULONG a;
	size_t i;

	(void)state;
	set_long(obj, PR_IMPORTANCE, 1);
	/* Set properties are read-write and dirty. */
	assert_int_equal(access_of(obj, PR_IMPORTANCE),
			 IPROP_READWRITE | IPROP_DIRTY);
	for (i = 0; i < sizeof(bad) / sizeof(bad[0]); i++) {
		a = bad[i];
		assert_int_equal(
		    IPropData_HrSetPropAccess(obj, (LPSPropTagArray)&tags, &a),
		    MAPI_E_INVALID_PARAMETER);
	}
	a = IPROP_READWRITE | IPROP_CLEAN;
	assert_int_equal(IPropData_HrSetPropAccess(obj, NULL, &a),
			 MAPI_E_INVALID_PARAMETER);
	assert_int_equal(
	    IPropData_HrSetPropAccess(obj, (LPSPropTagArray)&tags, NULL),
	    MAPI_E_INVALID_PARAMETER);
	assert_int_equal(access_of(obj, PR_IMPORTANCE),
			 IPROP_READWRITE | IPROP_DIRTY);

	set_access(obj, PR_IMPORTANCE, IPROP_READWRITE | IPROP_CLEAN);
	assert_int_equal(access_of(obj, PR_IMPORTANCE),
			 IPROP_READWRITE | IPROP_CLEAN);
	/* Setting the property again makes it dirty. */
	set_long(obj, PR_IMPORTANCE, 2);
	assert_int_equal(access_of(obj, PR_IMPORTANCE),
			 IPROP_READWRITE | IPROP_DIRTY);
	/* A tag the object does not have is skipped, and reads as 0. */
	set_access(obj, PR_PRIORITY, IPROP_READONLY | IPROP_CLEAN);
	assert_int_equal(access_of(obj, PR_PRIORITY), 0);
	/* SaveChanges leaves the status alone. */
	assert_int_equal(IPropData_SaveChanges(obj, KEEP_OPEN_READWRITE), S_OK);
	assert_int_equal(access_of(obj, PR_IMPORTANCE),
			 IPROP_READWRITE | IPROP_DIRTY);
	release(obj);
}

static void test_readonly_prop(void **state)
{
	SizedSPropTagArray(1, tags) = {1, {PR_IMPORTANCE}};
	SizedSPropTagArray(2, two) = {2, {PR_PRIORITY, PR_IMPORTANCE}};
	LPSPropProblemArray probs = NULL;
	LPPROPDATA obj = new_obj();
	SPropValue pv[2];
	LPSPropValue got;

	(void)state;
	set_long(obj, PR_IMPORTANCE, 1);
	set_long(obj, PR_PRIORITY, 1);
	set_access(obj, PR_IMPORTANCE, IPROP_READONLY | IPROP_CLEAN);
	assert_int_equal(access_of(obj, PR_IMPORTANCE),
			 IPROP_READONLY | IPROP_CLEAN);

	/* SetProps: the others are set, the read-only one is a problem. */
	pv[0] = long_val(PR_PRIORITY, 5);
	pv[1] = long_val(PR_IMPORTANCE, 5);
	assert_int_equal(IPropData_SetProps(obj, 2, pv, &probs), S_OK);
	assert_non_null(probs);
	assert_int_equal(probs->cProblem, 1);
	assert_int_equal(probs->aProblem[0].ulIndex, 1);
	assert_int_equal(probs->aProblem[0].ulPropTag, PR_IMPORTANCE);
	assert_int_equal(probs->aProblem[0].scode, MAPI_E_NO_ACCESS);
	MAPIFreeBuffer(probs);
	probs = NULL;
	got = get_one(obj, PR_IMPORTANCE, 0);
	assert_int_equal(got->Value.l, 1);
	MAPIFreeBuffer(got);
	got = get_one(obj, PR_PRIORITY, 0);
	assert_int_equal(got->Value.l, 5);
	MAPIFreeBuffer(got);
	/* Without a problem pointer the call still succeeds. */
	assert_int_equal(IPropData_SetProps(obj, 2, pv, NULL), S_OK);

	/* Wine test_IProp: deleting a read-only property of a writable
	 * object is S_OK with {0, PR_IMPORTANCE, E_ACCESSDENIED}. */
	assert_int_equal(
	    IPropData_DeleteProps(obj, (LPSPropTagArray)&tags, &probs), S_OK);
	assert_non_null(probs);
	assert_int_equal(probs->cProblem, 1);
	assert_int_equal(probs->aProblem[0].ulIndex, 0);
	assert_int_equal(probs->aProblem[0].ulPropTag, PR_IMPORTANCE);
	assert_int_equal(probs->aProblem[0].scode, E_ACCESSDENIED);
	MAPIFreeBuffer(probs);
	probs = NULL;
	assert_int_equal(prop_count(obj), 2);

	/* The writable one goes, the read-only one stays. */
	assert_int_equal(
	    IPropData_DeleteProps(obj, (LPSPropTagArray)&two, &probs), S_OK);
	assert_non_null(probs);
	assert_int_equal(probs->cProblem, 1);
	assert_int_equal(probs->aProblem[0].ulIndex, 1);
	MAPIFreeBuffer(probs);
	assert_int_equal(prop_count(obj), 1);
	assert_int_equal(get_error(obj, PR_PRIORITY), MAPI_E_NOT_FOUND);

	/* Writable again: it can be deleted. */
	set_access(obj, PR_IMPORTANCE, IPROP_READWRITE | IPROP_CLEAN);
	assert_int_equal(
	    IPropData_DeleteProps(obj, (LPSPropTagArray)&tags, NULL), S_OK);
	assert_int_equal(prop_count(obj), 0);
	release(obj);
}

static void test_delete_props(void **state)
{
	SizedSPropTagArray(1, tags) = {1, {PR_IMPORTANCE}};
	SizedSPropTagArray(1, other) = {
	    1, {CHANGE_PROP_TYPE(PR_LONG1, PT_STRING8)}};
	LPSPropProblemArray probs = (LPSPropProblemArray)&probs;
	LPPROPDATA obj = new_obj();

	(void)state;
	/* Wine test_IProp: deleting an absent property is S_OK, no
	 * problems. */
	assert_int_equal(
	    IPropData_DeleteProps(obj, (LPSPropTagArray)&tags, &probs), S_OK);
	assert_null(probs);
	/* Properties are matched by ID, whatever type the tag has. */
	set_long(obj, PR_LONG1, 1);
	set_long(obj, PR_LONG2, 2);
	assert_int_equal(
	    IPropData_DeleteProps(obj, (LPSPropTagArray)&other, &probs), S_OK);
	assert_null(probs);
	assert_int_equal(prop_count(obj), 1);
	assert_int_equal(get_error(obj, PR_LONG1), MAPI_E_NOT_FOUND);

	assert_int_equal(IPropData_DeleteProps(obj, NULL, &probs),
			 MAPI_E_INVALID_PARAMETER);
	tags.cValues = 0;
	assert_int_equal(
	    IPropData_DeleteProps(obj, (LPSPropTagArray)&tags, &probs),
	    MAPI_E_INVALID_PARAMETER);
	release(obj);
}

static void test_get_prop_access(void **state)
{
	SizedSPropTagArray(1, empty) = {0, {0}};
	LPSPropTagArray tags = NULL;
	LPPROPDATA obj = new_obj();
	ULONG *access = NULL;

	(void)state;
	/* No properties: empty arrays. */
	assert_int_equal(IPropData_HrGetPropAccess(obj, &tags, &access), S_OK);
	assert_non_null(tags);
	assert_int_equal(tags->cValues, 0);
	assert_non_null(access);
	MAPIFreeBuffer(tags);
	MAPIFreeBuffer(access);

	set_long(obj, PR_LONG1, 1);
	set_long(obj, PR_LONG2, 2);
	set_access(obj, PR_LONG2, IPROP_READONLY | IPROP_CLEAN);
	tags = NULL;
	access = NULL;
	assert_int_equal(IPropData_HrGetPropAccess(obj, &tags, &access), S_OK);
	assert_int_equal(tags->cValues, 2);
	assert_int_equal(tags->aulPropTag[0], PR_LONG1);
	assert_int_equal(tags->aulPropTag[1], PR_LONG2);
	assert_int_equal(access[0], IPROP_READWRITE | IPROP_DIRTY);
	assert_int_equal(access[1], IPROP_READONLY | IPROP_CLEAN);
	MAPIFreeBuffer(tags);
	MAPIFreeBuffer(access);

	tags = NULL;
	assert_int_equal(IPropData_HrGetPropAccess(obj, NULL, &access),
			 MAPI_E_INVALID_PARAMETER);
	assert_int_equal(IPropData_HrGetPropAccess(obj, &tags, NULL),
			 MAPI_E_INVALID_PARAMETER);
	tags = (LPSPropTagArray)&empty;
	assert_int_equal(IPropData_HrGetPropAccess(obj, &tags, &access),
			 MAPI_E_INVALID_PARAMETER);
	release(obj);
}

/* ---------------------------------------------------------------------------
 * HrAddObjProps, OpenProperty, SaveChanges, GetLastError
 */

static void test_add_obj_props(void **state)
{
	SizedSPropTagArray(2, tags) = {2, {PR_OBJ1, PR_ATTACH_DATA_OBJ}};
	SizedSPropTagArray(2, mixed) = {
	    2, {PROP_TAG(PT_OBJECT, 0x6200), PR_IMPORTANCE}};
	SizedSPropTagArray(1, noid) = {1, {PROP_TAG(PT_OBJECT, 0)}};
	SizedSPropTagArray(1, ro) = {1,
				     {CHANGE_PROP_TYPE(PR_LONG1, PT_OBJECT)}};
	LPSPropProblemArray probs = (LPSPropProblemArray)&probs;
	LPSPropTagArray list = NULL;
	LPPROPDATA obj = new_obj();
	LPSPropValue got = NULL;
	ULONG count;

	(void)state;
	assert_int_equal(
	    IPropData_HrAddObjProps(obj, (LPSPropTagArray)&tags, &probs), S_OK);
	assert_null(probs);
	assert_int_equal(IPropData_GetPropList(obj, 0, &list), S_OK);
	assert_int_equal(list->cValues, 2);
	assert_int_equal(list->aulPropTag[0], PR_OBJ1);
	assert_int_equal(list->aulPropTag[1], PR_ATTACH_DATA_OBJ);
	MAPIFreeBuffer(list);
	/* An object property has no value to read. */
	assert_int_equal(get_error(obj, PR_OBJ1), MAPI_E_NO_SUPPORT);
	assert_int_equal(IPropData_GetProps(obj, NULL, 0, &count, &got),
			 MAPI_W_ERRORS_RETURNED);
	assert_int_equal(count, 2);
	assert_int_equal(got[0].ulPropTag, CHANGE_PROP_TYPE(PR_OBJ1, PT_ERROR));
	MAPIFreeBuffer(got);

	/* Any other type: MAPI_E_INVALID_TYPE and nothing is added. */
	assert_int_equal(
	    IPropData_HrAddObjProps(obj, (LPSPropTagArray)&mixed, NULL),
	    MAPI_E_INVALID_TYPE);
	assert_int_equal(
	    IPropData_HrAddObjProps(obj, (LPSPropTagArray)&noid, NULL),
	    MAPI_E_INVALID_PARAMETER);
	assert_int_equal(IPropData_HrAddObjProps(obj, NULL, NULL),
			 MAPI_E_INVALID_PARAMETER);
	assert_int_equal(prop_count(obj), 2);

	/* A read-only property of that ID stays: partial completion. */
	set_long(obj, PR_LONG1, 1);
	set_access(obj, PR_LONG1, IPROP_READONLY | IPROP_CLEAN);
	assert_int_equal(
	    IPropData_HrAddObjProps(obj, (LPSPropTagArray)&ro, &probs),
	    MAPI_W_PARTIAL_COMPLETION);
	assert_non_null(probs);
	assert_int_equal(probs->cProblem, 1);
	assert_int_equal(probs->aProblem[0].scode, MAPI_E_NO_ACCESS);
	MAPIFreeBuffer(probs);
	got = get_one(obj, PR_LONG1, 0);
	assert_int_equal(got->Value.l, 1);
	MAPIFreeBuffer(got);

	/* Object properties are deleted like any other. */
	tags.cValues = 1;
	assert_int_equal(
	    IPropData_DeleteProps(obj, (LPSPropTagArray)&tags, NULL), S_OK);
	assert_int_equal(prop_count(obj), 2);
	release(obj);
}

static void test_open_property_save_changes(void **state)
{
	LPPROPDATA obj = new_obj();
	LPUNKNOWN unk = NULL;
	LPSPropValue got;

	(void)state;
	set_long(obj, PR_IMPORTANCE, 1);
	assert_int_equal(IPropData_OpenProperty(obj, PR_IMPORTANCE,
						&IID_IUnknown, 0, 0, &unk),
			 MAPI_E_NO_SUPPORT);
	assert_null(unk);
	assert_int_equal(IPropData_OpenProperty(obj, PR_ATTACH_DATA_OBJ,
						&IID_IMessage, 0, MAPI_MODIFY,
						&unk),
			 MAPI_E_NO_SUPPORT);
	assert_int_equal(IPropData_SaveChanges(obj, 0), S_OK);
	assert_int_equal(
	    IPropData_SaveChanges(obj, KEEP_OPEN_READONLY | FORCE_SAVE), S_OK);
	assert_int_equal(IPropData_SaveChanges(obj, 0x40000000),
			 MAPI_E_UNKNOWN_FLAGS);
	/* Saving changes nothing, and the object stays writable. */
	set_long(obj, PR_IMPORTANCE, 2);
	got = get_one(obj, PR_IMPORTANCE, 0);
	assert_int_equal(got->Value.l, 2);
	MAPIFreeBuffer(got);
	release(obj);
}

static void test_get_last_error(void **state)
{
	LPPROPDATA obj = new_obj();
	LPMAPIERROR err = (LPMAPIERROR)&err;
	SPropValue pv = long_val(PROP_TAG(PT_NULL, 0x6000), 0);

	(void)state;
	/* Wine test_IProp: nothing recorded gives S_OK and NULL. */
	assert_int_equal(IPropData_GetLastError(obj, S_OK, 0, &err), S_OK);
	assert_null(err);

	assert_int_equal(IPropData_SetProps(obj, 1, &pv, NULL),
			 MAPI_E_INVALID_PARAMETER);
	assert_int_equal(
	    IPropData_GetLastError(obj, MAPI_E_INVALID_PARAMETER, 0, &err),
	    S_OK);
	assert_non_null(err);
	assert_non_null(err->lpszError);
	assert_non_null(strstr((char *)err->lpszError, "SetProps"));
	MAPIFreeBuffer(err);

	assert_int_equal(
	    IPropData_GetLastError(obj, MAPI_E_INVALID_PARAMETER, 0, NULL),
	    MAPI_E_INVALID_PARAMETER);
	assert_int_equal(
	    IPropData_GetLastError(obj, MAPI_E_INVALID_PARAMETER, 0x1, &err),
	    MAPI_E_UNKNOWN_FLAGS);
	release(obj);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
	    T(test_create_args),
	    T(test_query_interface),
	    T(test_refcount_frees),
	    T(test_empty_object),
	    T(test_set_get_values),
	    T(test_set_props_invalid),
	    T(test_set_replaces_by_id),
	    T(test_get_props_args),
	    T(test_string_widths),
	    T(test_many_props),
	    T(test_object_access),
	    T(test_prop_access_flags),
	    T(test_readonly_prop),
	    T(test_delete_props),
	    T(test_get_prop_access),
	    T(test_add_obj_props),
	    T(test_open_property_save_changes),
	    T(test_get_last_error),
	};
	return cmocka_run_group_tests(tests, NULL, NULL);
}
