/*
 * test_propdata.c - CreateIProp and the in-memory property object: every
 * IMAPIProp and IPropData method with good and bad input, the access rules
 * Wine's test_IProp pins down, string width conversion, CopyTo/CopyProps
 * into another object, the named-property map, ownership of returned
 * memory, out-of-memory behaviour, concurrent use, and the security
 * context checks every method makes first (objhdr.h; core only here, so a
 * context is a plain id and an instance an objhdr generation).
 *
 * Every test runs between a setup and a teardown that compare alloc_live(),
 * so a leak anywhere fails the test that caused it.
 */
#include <stdarg.h>
#include <stddef.h>
#include <setjmp.h>
#include <stdint.h>
#include <cmocka.h>

#include <pthread.h>
#include <string.h>

#include <mapix.h>
#include <mapiutil.h>

#include "alloc.h"
#include "objhdr.h"

#define PR_OBJ1  PROP_TAG(PT_OBJECT, 0x6100)
#define PR_LONG1 PROP_TAG(PT_LONG, 0x6101)
#define PR_LONG2 PROP_TAG(PT_LONG, 0x6102)
#define PR_LONG3 PROP_TAG(PT_LONG, 0x6103)

static GUID guid_a = {0x11111111, 0x2222, 0x3333, {4, 5, 6, 7, 8, 9, 10, 11}};
static GUID guid_b = {0x99999999, 0x8888, 0x7777, {6, 5, 4, 3, 2, 1, 0, 1}};

/* ---------------------------------------------------------------------------
 * Helpers
 */

static int setup(void **state)
{
	*state = (void *)(intptr_t)alloc_live();
	return 0;
}

static int teardown(void **state)
{
	alloc_fail_after(0);
	assert_int_equal(alloc_live(), (long)(intptr_t)*state);
	return 0;
}

static LPPROPDATA new_obj(void)
{
	LPPROPDATA obj = NULL;

	assert_int_equal(CreateIProp(&IID_IMAPIPropData, MAPIAllocateBuffer,
				     MAPIAllocateMore, MAPIFreeBuffer, NULL,
				     &obj),
			 S_OK);
	assert_non_null(obj);
	return obj;
}

static void release(LPPROPDATA obj)
{
	assert_int_equal(IPropData_Release(obj), 0);
}

static SPropValue long_val(ULONG tag, LONG v)
{
	SPropValue pv;

	memset(&pv, 0, sizeof(pv));
	pv.ulPropTag = tag;
	pv.Value.l = v;
	return pv;
}

static void set_long(LPPROPDATA obj, ULONG tag, LONG v)
{
	SPropValue pv = long_val(tag, v);
	LPSPropProblemArray probs = NULL;

	assert_int_equal(IPropData_SetProps(obj, 1, &pv, &probs), S_OK);
	assert_null(probs);
}

/* Reads one property; returns its value or fails on anything but S_OK. */
static LPSPropValue get_one(LPPROPDATA obj, ULONG tag, ULONG flags)
{
	SizedSPropTagArray(1, tags) = {1, {tag}};
	LPSPropValue got = NULL;
	ULONG count = 0;

	assert_int_equal(IPropData_GetProps(obj, (LPSPropTagArray)&tags, flags,
					    &count, &got),
			 S_OK);
	assert_int_equal(count, 1);
	assert_non_null(got);
	return got;
}

/* The error a GetProps of one tag gives (MAPI_W_ERRORS_RETURNED). */
static SCODE get_error(LPPROPDATA obj, ULONG tag)
{
	SizedSPropTagArray(1, tags) = {1, {tag}};
	LPSPropValue got = NULL;
	ULONG count = 0;
	SCODE sc;

	assert_int_equal(
	    IPropData_GetProps(obj, (LPSPropTagArray)&tags, 0, &count, &got),
	    MAPI_W_ERRORS_RETURNED);
	assert_int_equal(count, 1);
	assert_int_equal(got[0].ulPropTag, CHANGE_PROP_TYPE(tag, PT_ERROR));
	sc = got[0].Value.err;
	MAPIFreeBuffer(got);
	return sc;
}

static ULONG prop_count(LPPROPDATA obj)
{
	LPSPropTagArray tags = NULL;
	ULONG n;

	assert_int_equal(IPropData_GetPropList(obj, 0, &tags), S_OK);
	assert_non_null(tags);
	n = tags->cValues;
	MAPIFreeBuffer(tags);
	return n;
}

static ULONG access_of(LPPROPDATA obj, ULONG tag)
{
	SizedSPropTagArray(1, tags) = {1, {tag}};
	LPSPropTagArray in = (LPSPropTagArray)&tags;
	ULONG *access = NULL, a;

	assert_int_equal(IPropData_HrGetPropAccess(obj, &in, &access), S_OK);
	assert_ptr_equal(in, (LPSPropTagArray)&tags);
	assert_non_null(access);
	a = access[0];
	MAPIFreeBuffer(access);
	return a;
}

static void set_access(LPPROPDATA obj, ULONG tag, ULONG access)
{
	SizedSPropTagArray(1, tags) = {1, {tag}};

	assert_int_equal(
	    IPropData_HrSetPropAccess(obj, (LPSPropTagArray)&tags, &access),
	    S_OK);
}

static size_t wlen(const WCHAR *s)
{
	size_t n = 0;

	while (s[n] != 0)
		n++;
	return n;
}

static void assert_wstr_equal(const WCHAR *a, const WCHAR *b)
{
	assert_non_null(a);
	assert_int_equal(wlen(a), wlen(b));
	assert_memory_equal(a, b, wlen(b) * sizeof(WCHAR));
}

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

/* ---------------------------------------------------------------------------
 * CopyTo and CopyProps
 */

/* A source with PR_LONG1..3, a string and an object property. */
static LPPROPDATA copy_source(void)
{
	SizedSPropTagArray(1, objtags) = {1, {PR_OBJ1}};
	LPPROPDATA src = new_obj();
	SPropValue pv;

	set_long(src, PR_LONG1, 1);
	set_long(src, PR_LONG2, 2);
	set_long(src, PR_LONG3, 3);
	memset(&pv, 0, sizeof(pv));
	pv.ulPropTag = PR_SUBJECT_W;
	pv.Value.lpszW = u"copied";
	assert_int_equal(IPropData_SetProps(src, 1, &pv, NULL), S_OK);
	assert_int_equal(
	    IPropData_HrAddObjProps(src, (LPSPropTagArray)&objtags, NULL),
	    S_OK);
	return src;
}

static LONG long_of(LPPROPDATA obj, ULONG tag)
{
	LPSPropValue got = get_one(obj, tag, 0);
	LONG v = got->Value.l;

	MAPIFreeBuffer(got);
	return v;
}

static void test_copy_to(void **state)
{
	SizedSPropTagArray(1, excl) = {
	    1, {CHANGE_PROP_TYPE(PR_LONG2, PT_UNSPECIFIED)}};
	LPSPropProblemArray probs = (LPSPropProblemArray)&probs;
	LPPROPDATA src = copy_source(), dst = new_obj();
	LPSPropValue got;

	(void)state;
	assert_int_equal(IPropData_CopyTo(src, 0, NULL, (LPSPropTagArray)&excl,
					  0, NULL, &IID_IMAPIProp, dst, 0,
					  &probs),
			 S_OK);
	assert_null(probs);
	/* All but the excluded one and the object property. */
	assert_int_equal(prop_count(dst), 3);
	assert_int_equal(long_of(dst, PR_LONG1), 1);
	assert_int_equal(long_of(dst, PR_LONG3), 3);
	assert_int_equal(get_error(dst, PR_LONG2), MAPI_E_NOT_FOUND);
	assert_int_equal(get_error(dst, PR_OBJ1), MAPI_E_NOT_FOUND);
	got = get_one(dst, PR_SUBJECT_W, 0);
	assert_wstr_equal(got->Value.lpszW, u"copied");
	MAPIFreeBuffer(got);
	/* The source is unchanged. */
	assert_int_equal(prop_count(src), 5);

	/* Copying again overwrites; MAPI_NOREPLACE keeps what is there. */
	set_long(dst, PR_LONG1, 100);
	assert_int_equal(IPropData_CopyTo(src, 0, NULL, NULL, 0, NULL, NULL,
					  dst, MAPI_NOREPLACE, NULL),
			 S_OK);
	assert_int_equal(long_of(dst, PR_LONG1), 100);
	assert_int_equal(long_of(dst, PR_LONG2), 2);
	assert_int_equal(IPropData_CopyTo(src, 0, NULL, NULL, 0, NULL,
					  &IID_IMAPIPropData, dst, 0, NULL),
			 S_OK);
	assert_int_equal(long_of(dst, PR_LONG1), 1);
	release(dst);

	/* Excluding IMAPIProp itself copies nothing. */
	dst = new_obj();
	assert_int_equal(IPropData_CopyTo(src, 1, &IID_IMAPIProp, NULL, 0, NULL,
					  &IID_IMAPIProp, dst, 0, &probs),
			 S_OK);
	assert_null(probs);
	assert_int_equal(prop_count(dst), 0);
	/* IMAPIProp's descendants are fine destinations. */
	assert_int_equal(IPropData_CopyTo(src, 0, NULL, NULL, 0, NULL,
					  &IID_IMessage, dst, MAPI_DIALOG,
					  NULL),
			 S_OK);
	assert_int_equal(prop_count(dst), 4);
	release(dst);
	release(src);
}

static void test_copy_to_bad_args(void **state)
{
	SizedSPropTagArray(1, empty) = {0, {0}};
	LPPROPDATA src = copy_source(), dst = new_obj();
	LPSPropProblemArray probs = NULL;

	(void)state;
	assert_int_equal(IPropData_CopyTo(src, 0, NULL, NULL, 0, NULL,
					  &IID_IMAPIProp, NULL, 0, &probs),
			 MAPI_E_INVALID_PARAMETER);
	assert_int_equal(IPropData_CopyTo(src, 0, NULL, NULL, 0, NULL,
					  &IID_IMAPITable, dst, 0, &probs),
			 MAPI_E_INTERFACE_NOT_SUPPORTED);
	assert_int_equal(IPropData_CopyTo(src, 0, NULL, NULL, 0, NULL,
					  &IID_IMAPIProp, dst, 0x100, &probs),
			 MAPI_E_UNKNOWN_FLAGS);
	assert_int_equal(IPropData_CopyTo(src, 0, NULL, (LPSPropTagArray)&empty,
					  0, NULL, &IID_IMAPIProp, dst, 0,
					  &probs),
			 MAPI_E_INVALID_PARAMETER);
	assert_int_equal(IPropData_CopyTo(src, 2, NULL, NULL, 0, NULL,
					  &IID_IMAPIProp, dst, 0, &probs),
			 MAPI_E_INVALID_PARAMETER);
	/* Source and destination the same: MAPI_E_NO_ACCESS. */
	assert_int_equal(IPropData_CopyTo(src, 0, NULL, NULL, 0, NULL,
					  &IID_IMAPIProp, src, 0, &probs),
			 MAPI_E_NO_ACCESS);
	assert_null(probs);
	assert_int_equal(prop_count(dst), 0);

	/* A read-only destination refuses, and the error comes back. */
	assert_int_equal(IPropData_HrSetObjAccess(dst, IPROP_READONLY), S_OK);
	assert_int_equal(IPropData_CopyTo(src, 0, NULL, NULL, 0, NULL,
					  &IID_IMAPIProp, dst, MAPI_MOVE,
					  &probs),
			 MAPI_E_NO_ACCESS);
	assert_null(probs);
	/* Nothing moved away from the source. */
	assert_int_equal(prop_count(src), 5);
	/* A read-only source cannot be moved from. */
	assert_int_equal(IPropData_HrSetObjAccess(dst, IPROP_READWRITE), S_OK);
	assert_int_equal(IPropData_HrSetObjAccess(src, IPROP_READONLY), S_OK);
	assert_int_equal(IPropData_CopyTo(src, 0, NULL, NULL, 0, NULL,
					  &IID_IMAPIProp, dst, MAPI_MOVE, NULL),
			 MAPI_E_NO_ACCESS);
	/* But copied from. */
	assert_int_equal(IPropData_CopyTo(src, 0, NULL, NULL, 0, NULL,
					  &IID_IMAPIProp, dst, 0, NULL),
			 S_OK);
	assert_int_equal(prop_count(dst), 4);
	release(dst);
	release(src);
}

static void test_copy_move_and_problems(void **state)
{
	LPSPropProblemArray probs = NULL;
	LPPROPDATA src = copy_source(), dst = new_obj();

	(void)state;
	/* A read-only property in the destination: a problem, and that one
	 * stays in the source; a read-only one in the source is copied but
	 * not removed. */
	set_long(dst, PR_LONG2, 20);
	set_access(dst, PR_LONG2, IPROP_READONLY | IPROP_CLEAN);
	set_access(src, PR_LONG3, IPROP_READONLY | IPROP_CLEAN);
	assert_int_equal(IPropData_CopyTo(src, 0, NULL, NULL, 0, NULL,
					  &IID_IMAPIProp, dst, MAPI_MOVE,
					  &probs),
			 S_OK);
	assert_non_null(probs);
	assert_int_equal(probs->cProblem, 2);
	/* Source order: PR_LONG1, PR_LONG2, PR_LONG3, subject, object. */
	assert_int_equal(probs->aProblem[0].ulIndex, 1);
	assert_int_equal(probs->aProblem[0].ulPropTag, PR_LONG2);
	assert_int_equal(probs->aProblem[0].scode, MAPI_E_NO_ACCESS);
	assert_int_equal(probs->aProblem[1].ulIndex, 2);
	assert_int_equal(probs->aProblem[1].ulPropTag, PR_LONG3);
	assert_int_equal(probs->aProblem[1].scode, MAPI_E_NO_ACCESS);
	MAPIFreeBuffer(probs);

	assert_int_equal(long_of(dst, PR_LONG1), 1);
	assert_int_equal(long_of(dst, PR_LONG2), 20);
	assert_int_equal(long_of(dst, PR_LONG3), 3);
	/* Left in the source: PR_LONG2, PR_LONG3 and the object. */
	assert_int_equal(prop_count(src), 3);
	assert_int_equal(get_error(src, PR_LONG1), MAPI_E_NOT_FOUND);
	assert_int_equal(long_of(src, PR_LONG2), 2);
	release(dst);
	release(src);
}

static void test_copy_props(void **state)
{
	SizedSPropTagArray(4, incl) = {
	    4,
	    {PR_LONG3, PR_IMPORTANCE, PR_OBJ1,
	     CHANGE_PROP_TYPE(PR_LONG1, PT_UNSPECIFIED)}};
	SizedSPropTagArray(1, empty) = {0, {0}};
	LPSPropProblemArray probs = NULL;
	LPPROPDATA src = copy_source(), dst = new_obj();

	(void)state;
	assert_int_equal(IPropData_CopyProps(src, (LPSPropTagArray)&incl, 0,
					     NULL, &IID_IMAPIProp, dst, 0,
					     &probs),
			 S_OK);
	assert_non_null(probs);
	assert_int_equal(probs->cProblem, 2);
	assert_int_equal(probs->aProblem[0].ulIndex, 1);
	assert_int_equal(probs->aProblem[0].ulPropTag, PR_IMPORTANCE);
	assert_int_equal(probs->aProblem[0].scode, MAPI_E_NOT_FOUND);
	assert_int_equal(probs->aProblem[1].ulIndex, 2);
	assert_int_equal(probs->aProblem[1].scode, MAPI_E_NO_SUPPORT);
	MAPIFreeBuffer(probs);
	assert_int_equal(prop_count(dst), 2);
	assert_int_equal(long_of(dst, PR_LONG3), 3);
	assert_int_equal(long_of(dst, PR_LONG1), 1);

	/* Move with MAPI_NOREPLACE: the kept one is not moved away. */
	set_long(dst, PR_LONG2, 50);
	incl.cValues = 2;
	incl.aulPropTag[0] = PR_LONG2;
	incl.aulPropTag[1] = PR_SUBJECT_W;
	assert_int_equal(
	    IPropData_CopyProps(src, (LPSPropTagArray)&incl, 0, NULL, NULL, dst,
				MAPI_MOVE | MAPI_NOREPLACE, &probs),
	    S_OK);
	assert_null(probs);
	assert_int_equal(long_of(dst, PR_LONG2), 50);
	assert_int_equal(long_of(src, PR_LONG2), 2);
	assert_int_equal(get_error(src, PR_SUBJECT_W), MAPI_E_NOT_FOUND);
	assert_int_equal(prop_count(dst), 4);

	assert_int_equal(
	    IPropData_CopyProps(src, NULL, 0, NULL, NULL, dst, 0, NULL),
	    MAPI_E_INVALID_PARAMETER);
	assert_int_equal(IPropData_CopyProps(src, (LPSPropTagArray)&empty, 0,
					     NULL, NULL, dst, 0, NULL),
			 MAPI_E_INVALID_PARAMETER);
	assert_int_equal(IPropData_CopyProps(src, (LPSPropTagArray)&incl, 0,
					     NULL, NULL, src, 0, NULL),
			 MAPI_E_NO_ACCESS);
	assert_int_equal(IPropData_CopyProps(src, (LPSPropTagArray)&incl, 0,
					     NULL, &IID_IMAPISession, dst, 0,
					     NULL),
			 MAPI_E_INTERFACE_NOT_SUPPORTED);
	release(dst);
	release(src);
}

/* ---------------------------------------------------------------------------
 * Named properties
 */

static MAPINAMEID name_id(GUID *g, LONG id)
{
	MAPINAMEID n;

	memset(&n, 0, sizeof(n));
	n.lpguid = g;
	n.ulKind = MNID_ID;
	n.Kind.lID = id;
	return n;
}

static MAPINAMEID name_str(GUID *g, WCHAR *s)
{
	MAPINAMEID n;

	memset(&n, 0, sizeof(n));
	n.lpguid = g;
	n.ulKind = MNID_STRING;
	n.Kind.lpwstrName = s;
	return n;
}

/* Names: a:0x10, a:"Name", a:"name", b:0x10. */
static void make_names(LPPROPDATA obj, ULONG ids[4])
{
	static WCHAR upper[] = u"Name", lower[] = u"name";
	MAPINAMEID n[4] = {name_id(&guid_a, 0x10), name_str(&guid_a, upper),
			   name_str(&guid_a, lower), name_id(&guid_b, 0x10)};
	LPMAPINAMEID names[4] = {&n[0], &n[1], &n[2], &n[3]};
	LPSPropTagArray tags = NULL;
	int i;

	assert_int_equal(
	    IPropData_GetIDsFromNames(obj, 4, names, MAPI_CREATE, &tags), S_OK);
	assert_int_equal(tags->cValues, 4);
	for (i = 0; i < 4; i++) {
		ids[i] = tags->aulPropTag[i];
		assert_int_equal(PROP_TYPE(ids[i]), PT_UNSPECIFIED);
		assert_true(PROP_ID(ids[i]) >= 0x8000);
		assert_true(PROP_ID(ids[i]) <= 0xFFFE);
	}
	MAPIFreeBuffer(tags);
	/* All different: case matters, and so do the GUID and the kind. */
	assert_int_not_equal(ids[0], ids[1]);
	assert_int_not_equal(ids[1], ids[2]);
	assert_int_not_equal(ids[0], ids[3]);
	assert_int_not_equal(ids[2], ids[3]);
}

static void test_ids_from_names(void **state)
{
	static WCHAR upper[] = u"Name", other[] = u"other";
	MAPINAMEID n[3] = {name_str(&guid_a, upper), name_id(&guid_a, 0x11),
			   name_id(&guid_b, 0x10)};
	LPMAPINAMEID names[3] = {&n[0], &n[1], &n[2]};
	LPSPropTagArray tags = NULL;
	LPPROPDATA obj = new_obj();
	ULONG ids[4];
	MAPINAMEID bad;

	(void)state;
	/* Unknown names without MAPI_CREATE: PT_ERROR, ID 0. */
	assert_int_equal(IPropData_GetIDsFromNames(obj, 3, names, 0, &tags),
			 MAPI_W_ERRORS_RETURNED);
	assert_int_equal(tags->cValues, 3);
	assert_int_equal(tags->aulPropTag[0], PROP_TAG(PT_ERROR, 0));
	assert_int_equal(tags->aulPropTag[2], PROP_TAG(PT_ERROR, 0));
	MAPIFreeBuffer(tags);

	make_names(obj, ids);
	assert_int_equal(PROP_ID(ids[0]), 0x8000);
	/* Known names map to the same IDs; unknown ones still fail. */
	assert_int_equal(IPropData_GetIDsFromNames(obj, 3, names, 0, &tags),
			 MAPI_W_ERRORS_RETURNED);
	assert_int_equal(tags->aulPropTag[0], ids[1]);
	assert_int_equal(tags->aulPropTag[1], PROP_TAG(PT_ERROR, 0));
	assert_int_equal(tags->aulPropTag[2], ids[3]);
	MAPIFreeBuffer(tags);
	/* The name strings were copied: changing ours changes nothing. */
	n[0].Kind.lpwstrName = other;
	assert_int_equal(IPropData_GetIDsFromNames(obj, 1, names, 0, &tags),
			 MAPI_W_ERRORS_RETURNED);
	MAPIFreeBuffer(tags);

	/* 0 and NULL: every name the object knows, in ID order. */
	assert_int_equal(IPropData_GetIDsFromNames(obj, 0, NULL, 0, &tags),
			 S_OK);
	assert_int_equal(tags->cValues, 4);
	assert_memory_equal(tags->aulPropTag, ids, sizeof(ids));
	MAPIFreeBuffer(tags);

	/* Bad input. */
	tags = NULL;
	assert_int_equal(
	    IPropData_GetIDsFromNames(obj, 0, NULL, MAPI_CREATE, &tags),
	    MAPI_E_INVALID_PARAMETER);
	assert_int_equal(IPropData_GetIDsFromNames(obj, 2, NULL, 0, &tags),
			 MAPI_E_INVALID_PARAMETER);
	assert_int_equal(IPropData_GetIDsFromNames(obj, 0, names, 0, &tags),
			 MAPI_E_INVALID_PARAMETER);
	assert_int_equal(IPropData_GetIDsFromNames(obj, 1, names, 0, NULL),
			 MAPI_E_INVALID_PARAMETER);
	assert_int_equal(IPropData_GetIDsFromNames(obj, 1, names, 0x10, &tags),
			 MAPI_E_UNKNOWN_FLAGS);
	names[1] = NULL;
	assert_int_equal(
	    IPropData_GetIDsFromNames(obj, 2, names, MAPI_CREATE, &tags),
	    MAPI_E_INVALID_PARAMETER);
	bad = name_id(NULL, 1);
	names[1] = &bad;
	assert_int_equal(
	    IPropData_GetIDsFromNames(obj, 2, names, MAPI_CREATE, &tags),
	    MAPI_E_INVALID_PARAMETER);
	bad = name_id(&guid_a, 1);
	bad.ulKind = 2;
	assert_int_equal(
	    IPropData_GetIDsFromNames(obj, 2, names, MAPI_CREATE, &tags),
	    MAPI_E_INVALID_PARAMETER);
	bad = name_str(&guid_a, NULL);
	assert_int_equal(
	    IPropData_GetIDsFromNames(obj, 2, names, MAPI_CREATE, &tags),
	    MAPI_E_INVALID_PARAMETER);
	assert_null(tags);
	/* No failed call created a name. */
	assert_int_equal(IPropData_GetIDsFromNames(obj, 0, NULL, 0, &tags),
			 S_OK);
	assert_int_equal(tags->cValues, 4);
	MAPIFreeBuffer(tags);
	release(obj);
}

static void test_names_from_ids(void **state)
{
	SizedSPropTagArray(3, want) = {3, {0, 0, PROP_TAG(PT_LONG, 0x9000)}};
	SizedSPropTagArray(1, empty) = {0, {0}};
	LPSPropTagArray tags;
	LPMAPINAMEID *names = NULL;
	LPPROPDATA obj = new_obj();
	ULONG ids[4], count = 0;

	(void)state;
	/* No names yet: S_OK, nothing. */
	tags = NULL;
	assert_int_equal(
	    IPropData_GetNamesFromIDs(obj, &tags, NULL, 0, &count, &names),
	    S_OK);
	assert_int_equal(count, 0);
	assert_null(names);
	assert_null(tags);

	make_names(obj, ids);
	want.aulPropTag[0] = CHANGE_PROP_TYPE(ids[3], PT_LONG);
	want.aulPropTag[1] = ids[1];
	tags = (LPSPropTagArray)&want;
	assert_int_equal(
	    IPropData_GetNamesFromIDs(obj, &tags, NULL, 0, &count, &names),
	    MAPI_W_ERRORS_RETURNED);
	assert_ptr_equal(tags, (LPSPropTagArray)&want);
	assert_int_equal(count, 3);
	assert_memory_equal(names[0]->lpguid, &guid_b, sizeof(GUID));
	assert_int_equal(names[0]->ulKind, MNID_ID);
	assert_int_equal(names[0]->Kind.lID, 0x10);
	assert_memory_equal(names[1]->lpguid, &guid_a, sizeof(GUID));
	assert_int_equal(names[1]->ulKind, MNID_STRING);
	assert_wstr_equal(names[1]->Kind.lpwstrName, u"Name");
	assert_null(names[2]);
	MAPIFreeBuffer(names);

	/* The flags leave out a kind. */
	assert_int_equal(IPropData_GetNamesFromIDs(obj, &tags, NULL,
						   MAPI_NO_IDS, &count, &names),
			 MAPI_W_ERRORS_RETURNED);
	assert_null(names[0]);
	assert_non_null(names[1]);
	MAPIFreeBuffer(names);

	/* Every name: a new tag array, positional with the names. */
	tags = NULL;
	assert_int_equal(
	    IPropData_GetNamesFromIDs(obj, &tags, NULL, 0, &count, &names),
	    S_OK);
	assert_int_equal(count, 4);
	assert_int_equal(tags->cValues, 4);
	assert_memory_equal(tags->aulPropTag, ids, sizeof(ids));
	assert_wstr_equal(names[2]->Kind.lpwstrName, u"name");
	MAPIFreeBuffer(tags);
	MAPIFreeBuffer(names);

	/* Filtered by property set and by kind. */
	tags = NULL;
	assert_int_equal(IPropData_GetNamesFromIDs(obj, &tags, &guid_a,
						   MAPI_NO_IDS, &count, &names),
			 S_OK);
	assert_int_equal(count, 2);
	assert_int_equal(tags->aulPropTag[0], ids[1]);
	assert_int_equal(tags->aulPropTag[1], ids[2]);
	assert_int_equal(names[0]->ulKind, MNID_STRING);
	MAPIFreeBuffer(tags);
	MAPIFreeBuffer(names);
	tags = NULL;
	assert_int_equal(IPropData_GetNamesFromIDs(obj, &tags, &guid_b,
						   MAPI_NO_STRINGS, &count,
						   &names),
			 S_OK);
	assert_int_equal(count, 1);
	assert_int_equal(tags->aulPropTag[0], ids[3]);
	MAPIFreeBuffer(tags);
	MAPIFreeBuffer(names);
	/* Both flags: no names at all. */
	tags = NULL;
	assert_int_equal(IPropData_GetNamesFromIDs(
			     obj, &tags, NULL, MAPI_NO_IDS | MAPI_NO_STRINGS,
			     &count, &names),
			 S_OK);
	assert_int_equal(count, 0);
	assert_null(names);
	assert_null(tags);

	/* Bad input. */
	assert_int_equal(
	    IPropData_GetNamesFromIDs(obj, NULL, NULL, 0, &count, &names),
	    MAPI_E_INVALID_PARAMETER);
	assert_int_equal(
	    IPropData_GetNamesFromIDs(obj, &tags, NULL, 0, NULL, &names),
	    MAPI_E_INVALID_PARAMETER);
	assert_int_equal(
	    IPropData_GetNamesFromIDs(obj, &tags, NULL, 0, &count, NULL),
	    MAPI_E_INVALID_PARAMETER);
	assert_int_equal(
	    IPropData_GetNamesFromIDs(obj, &tags, NULL, 0x4, &count, &names),
	    MAPI_E_UNKNOWN_FLAGS);
	tags = (LPSPropTagArray)&empty;
	assert_int_equal(
	    IPropData_GetNamesFromIDs(obj, &tags, NULL, 0, &count, &names),
	    MAPI_E_INVALID_PARAMETER);
	release(obj);
}

/* ---------------------------------------------------------------------------
 * Ownership, out of memory, threads
 */

/* Allocators that count live roots, to show the object uses them. */
static long custom_roots;

static SCODE custom_alloc(ULONG cb, LPVOID *pp)
{
	SCODE sc = MAPIAllocateBuffer(cb, pp);

	if (sc == S_OK)
		custom_roots++;
	return sc;
}

static SCODE custom_more(ULONG cb, LPVOID root, LPVOID *pp)
{
	return MAPIAllocateMore(cb, root, pp);
}

static ULONG custom_free(LPVOID p)
{
	if (p != NULL)
		custom_roots--;
	return MAPIFreeBuffer(p);
}

static void test_custom_allocators(void **state)
{
	LPPROPDATA obj = NULL;
	LPSPropValue got = NULL;
	LPSPropTagArray list = NULL;
	SPropValue pv;
	ULONG count;

	(void)state;
	custom_roots = 0;
	assert_int_equal(CreateIProp(NULL, custom_alloc, custom_more,
				     custom_free, NULL, &obj),
			 S_OK);
	memset(&pv, 0, sizeof(pv));
	pv.ulPropTag = PR_SUBJECT_A;
	pv.Value.lpszA = "stored with the caller's allocator";
	assert_int_equal(IPropData_SetProps(obj, 1, &pv, NULL), S_OK);
	/* The stored value is one of the caller's blocks. */
	assert_int_equal(custom_roots, 1);
	assert_int_equal(
	    IPropData_GetProps(obj, NULL, MAPI_UNICODE, &count, &got), S_OK);
	assert_int_equal(IPropData_GetPropList(obj, 0, &list), S_OK);
	/* And so are the returned arrays. */
	assert_int_equal(custom_roots, 3);
	custom_free(got);
	custom_free(list);
	assert_int_equal(custom_roots, 1);
	release(obj);
	assert_int_equal(custom_roots, 0);
}

/*
 * Runs op with allocation n failing for n = 1, 2, ... until it succeeds:
 * each failure must be MAPI_E_NOT_ENOUGH_MEMORY, leak nothing and leave
 * the object as check finds it.
 */
#define OOM_LOOP(op, check)                                                    \
	do {                                                                   \
		long live_ = alloc_live();                                     \
		unsigned long n_;                                              \
		HRESULT hr_;                                                   \
		for (n_ = 1; n_ < 100000; n_++) {                              \
			alloc_fail_after(n_);                                  \
			hr_ = (op);                                            \
			if (!alloc_injected())                                 \
				break;                                         \
			alloc_fail_after(0);                                   \
			assert_int_equal(hr_, MAPI_E_NOT_ENOUGH_MEMORY);       \
			assert_int_equal(alloc_live(), live_);                 \
			check;                                                 \
		}                                                              \
		alloc_fail_after(0);                                           \
		assert_true(n_ > 1);                                           \
		assert_true(SUCCEEDED(hr_));                                   \
	} while (0)

static HRESULT create_and_fill(LPPROPDATA *obj_r)
{
	static WCHAR w[] = u"wide value";
	static LPSTR list[] = {"a", "bb", "ccc"};
	MAPINAMEID n = name_str(&guid_a, w);
	LPMAPINAMEID names[1] = {&n};
	LPSPropTagArray tags = NULL;
	LPPROPDATA obj = NULL;
	SPropValue pv[3];
	HRESULT hr;

	*obj_r = NULL;
	memset(pv, 0, sizeof(pv));
	pv[0].ulPropTag = PR_SUBJECT_W;
	pv[0].Value.lpszW = w;
	pv[1].ulPropTag = PROP_TAG(PT_MV_STRING8, 0x6000);
	pv[1].Value.MVszA.cValues = 3;
	pv[1].Value.MVszA.lppszA = list;
	pv[2] = long_val(PR_IMPORTANCE, 1);
	hr = CreateIProp(NULL, MAPIAllocateBuffer, MAPIAllocateMore,
			 MAPIFreeBuffer, NULL, &obj);
	if (FAILED(hr))
		return hr;
	hr = IPropData_SetProps(obj, 3, pv, NULL);
	if (SUCCEEDED(hr))
		hr = IPropData_GetIDsFromNames(obj, 1, names, MAPI_CREATE,
					       &tags);
	if (FAILED(hr)) {
		IPropData_Release(obj);
		return hr;
	}
	MAPIFreeBuffer(tags);
	*obj_r = obj;
	return S_OK;
}

static void test_out_of_memory(void **state)
{
	SizedSPropTagArray(2, want) = {
	    2, {PR_SUBJECT_A, PROP_TAG(PT_MV_UNICODE, 0x6000)}};
	static WCHAR w2[] = u"second name";
	MAPINAMEID n = name_str(&guid_b, w2);
	LPMAPINAMEID names[1] = {&n};
	LPPROPDATA obj = NULL, dst = NULL;
	LPSPropValue got = NULL;
	LPSPropTagArray tags = NULL, ntags;
	LPMAPINAMEID *nnames = NULL;
	SPropValue pv;
	ULONG count = 0;

	(void)state;
	OOM_LOOP(create_and_fill(&obj), assert_null(obj));
	assert_non_null(obj);

	/* GetProps with conversions; nothing is returned on failure. */
	OOM_LOOP(
	    IPropData_GetProps(obj, (LPSPropTagArray)&want, 0, &count, &got),
	    assert_null(got));
	assert_string_equal(got[0].Value.lpszA, "wide value");
	MAPIFreeBuffer(got);
	got = NULL;
	OOM_LOOP(IPropData_GetProps(obj, NULL, MAPI_UNICODE, &count, &got),
		 assert_null(got));
	MAPIFreeBuffer(got);

	/* A failed SetProps leaves the old value. */
	memset(&pv, 0, sizeof(pv));
	pv.ulPropTag = PR_SUBJECT_A;
	pv.Value.lpszA = "replacement";
	OOM_LOOP(IPropData_SetProps(obj, 1, &pv, NULL), {
		got = get_one(obj, PR_SUBJECT_W, 0);
		assert_wstr_equal(got->Value.lpszW, u"wide value");
		MAPIFreeBuffer(got);
	});
	got = get_one(obj, PR_SUBJECT_A, 0);
	assert_string_equal(got->Value.lpszA, "replacement");
	MAPIFreeBuffer(got);

	/* A failed MAPI_CREATE adds no name. */
	OOM_LOOP(IPropData_GetIDsFromNames(obj, 1, names, MAPI_CREATE, &tags), {
		assert_null(tags);
		assert_int_equal(
		    IPropData_GetIDsFromNames(obj, 0, NULL, 0, &ntags), S_OK);
		assert_int_equal(ntags->cValues, 1);
		MAPIFreeBuffer(ntags);
	});
	assert_int_equal(tags->aulPropTag[0], PROP_TAG(PT_UNSPECIFIED, 0x8001));
	MAPIFreeBuffer(tags);
	tags = NULL;
	OOM_LOOP(
	    IPropData_GetNamesFromIDs(obj, &tags, NULL, 0, &count, &nnames), {
		    assert_null(tags);
		    assert_null(nnames);
	    });
	assert_int_equal(count, 2);
	MAPIFreeBuffer(tags);
	MAPIFreeBuffer(nnames);
	tags = NULL;
	OOM_LOOP(IPropData_GetPropList(obj, 0, &tags), assert_null(tags));
	MAPIFreeBuffer(tags);

	/* CopyTo: a failure leaves both objects as they were. */
	dst = new_obj();
	OOM_LOOP(IPropData_CopyTo(obj, 0, NULL, NULL, 0, NULL, NULL, dst,
				  MAPI_MOVE, NULL),
		 {
			 assert_int_equal(prop_count(dst), 0);
			 assert_int_equal(prop_count(obj), 3);
		 });
	assert_int_equal(prop_count(dst), 3);
	assert_int_equal(prop_count(obj), 0);
	release(dst);
	release(obj);
}

struct thread_arg {
	LPPROPDATA obj;
	ULONG id;
};

static void *hammer(void *p)
{
	struct thread_arg *arg = p;
	SizedSPropTagArray(1, tags) = {1, {PROP_TAG(PT_LONG, arg->id)}};
	LPSPropValue got;
	SPropValue pv;
	ULONG count;
	int i;

	for (i = 0; i < 300; i++) {
		pv = long_val(PROP_TAG(PT_LONG, arg->id), i);
		if (IPropData_SetProps(arg->obj, 1, &pv, NULL) != S_OK)
			return (void *)1;
		if (IPropData_GetProps(arg->obj, (LPSPropTagArray)&tags, 0,
				       &count, &got) != S_OK)
			return (void *)1;
		if (got[0].Value.l != i)
			return (void *)1;
		MAPIFreeBuffer(got);
		/* Shared property, and reads of everything. */
		pv = long_val(PR_IMPORTANCE, i);
		if (IPropData_SetProps(arg->obj, 1, &pv, NULL) != S_OK)
			return (void *)1;
		if (FAILED(IPropData_GetProps(arg->obj, NULL, 0, &count, &got)))
			return (void *)1;
		MAPIFreeBuffer(got);
		if (i % 3 == 0 &&
		    IPropData_DeleteProps(arg->obj, (LPSPropTagArray)&tags,
					  NULL) != S_OK)
			return (void *)1;
	}
	return NULL;
}

static void test_threads(void **state)
{
	LPPROPDATA obj = new_obj();
	struct thread_arg args[4];
	pthread_t threads[4];
	void *ret;
	int i;

	(void)state;
	for (i = 0; i < 4; i++) {
		args[i].obj = obj;
		args[i].id = 0x6000 + (ULONG)i;
		assert_int_equal(
		    pthread_create(&threads[i], NULL, hammer, &args[i]), 0);
	}
	for (i = 0; i < 4; i++) {
		assert_int_equal(pthread_join(threads[i], &ret), 0);
		assert_null(ret);
	}
	/* Each thread's last value (299) stayed: 299 % 3 != 0. */
	for (i = 0; i < 4; i++)
		assert_int_equal(long_of(obj, PROP_TAG(PT_LONG, 0x6000 + i)),
				 299);
	assert_int_equal(prop_count(obj), 5);
	release(obj);
}

/* ---------------------------------------------------------------------------
 * Security contexts: the object header check of every method
 */

/* Context ids of these tests; the core layer needs nothing more. */
#define CTX_OWNER   41
#define CTX_FOREIGN 42
#define CTX_PLAIN   43

static void test_foreign_context(void **state)
{
	SizedSPropTagArray(1, tags) = {1, {PR_LONG1}};
	SPropValue pv = long_val(PR_LONG2, 7);
	LPPROPDATA obj, other;
	LPSPropValue got = NULL;
	LPMAPIERROR err = NULL;
	LPVOID unk = (LPVOID)&unk;
	ULONG count = 0;

	(void)state;
	alloc_set_thread_context(CTX_OWNER);
	assert_int_equal(objhdr_generation_begin(CTX_OWNER), 0);
	obj = new_obj();
	set_long(obj, PR_LONG1, 5);

	/* Another context: refused before anything is read or written. */
	alloc_set_thread_context(CTX_FOREIGN);
	assert_int_equal(
	    IPropData_QueryInterface(obj, &IID_IMAPIPropData, &unk),
	    MAPI_E_NO_ACCESS);
	assert_null(unk);
	assert_int_equal(
	    IPropData_GetProps(obj, (LPSPropTagArray)&tags, 0, &count, &got),
	    MAPI_E_NO_ACCESS);
	assert_null(got);
	assert_int_equal(IPropData_SetProps(obj, 1, &pv, NULL),
			 MAPI_E_NO_ACCESS);
	assert_int_equal(
	    IPropData_DeleteProps(obj, (LPSPropTagArray)&tags, NULL),
	    MAPI_E_NO_ACCESS);
	assert_int_equal(IPropData_HrSetObjAccess(obj, IPROP_READONLY),
			 MAPI_E_NO_ACCESS);
	/* The message names the call and both contexts... */
	assert_non_null(
	    strstr(objhdr_thread_message(), "IPropData::HrSetObjAccess"));
	assert_non_null(strstr(objhdr_thread_message(), "context 41"));
	assert_non_null(strstr(objhdr_thread_message(), "context 42"));
	/* ...and GetLastError gives it, from the thread, not the object. */
	assert_int_equal(IPropData_GetLastError(obj, MAPI_E_NO_ACCESS, 0, &err),
			 S_OK);
	assert_non_null(err);
	assert_non_null(strstr((const char *)err->lpszError, "context 41"));
	assert_int_equal(MAPIFreeBuffer(err), S_OK);
	/* Counting is refused: 0, and the count stays. */
	assert_int_equal(IPropData_AddRef(obj), 0);
	assert_int_equal(IPropData_Release(obj), 0);
	assert_int_equal(IPropData_Release(obj), 0);
	other = new_obj(); /* of the foreign context */

	/* The owner finds it as it was. */
	alloc_set_thread_context(CTX_OWNER);
	assert_int_equal(long_of(obj, PR_LONG1), 5);
	assert_int_equal(prop_count(obj), 1);
	assert_int_equal(access_of(obj, PR_LONG1),
			 IPROP_READWRITE | IPROP_DIRTY);
	assert_int_equal(IPropData_SetProps(obj, 1, &pv, NULL), S_OK);
	assert_int_equal(IPropData_AddRef(obj), 2);
	assert_int_equal(IPropData_Release(obj), 1);
	/* A destination of another context refuses a copy into it. */
	assert_int_equal(
	    IPropData_CopyTo(obj, 0, NULL, NULL, 0, NULL, NULL, other, 0, NULL),
	    MAPI_E_NO_ACCESS);
	assert_int_equal(IPropData_Release(other), 0);
	alloc_set_thread_context(CTX_FOREIGN);
	release(other);
	alloc_set_thread_context(CTX_OWNER);
	release(obj);
	objhdr_generation_end(CTX_OWNER);
	alloc_set_thread_context(0);
}

static void test_dead_object(void **state)
{
	SizedSPropTagArray(1, tags) = {1, {PR_LONG1}};
	SPropValue pv = long_val(PR_LONG2, 7);
	LPPROPDATA obj, plain;
	LPSPropValue got = NULL;
	LPMAPIERROR err = NULL;
	LPVOID unk = (LPVOID)&unk;
	ULONG count = 0;

	(void)state;
	alloc_set_thread_context(CTX_OWNER);
	assert_int_equal(objhdr_generation_begin(CTX_OWNER), 0);
	obj = new_obj();
	set_long(obj, PR_LONG1, 5);
	pv.ulPropTag = PR_SUBJECT_A;
	pv.Value.lpszA = (LPSTR) "kept in a MAPI buffer";
	assert_int_equal(IPropData_SetProps(obj, 1, &pv, NULL), S_OK);
	pv = long_val(PR_LONG2, 7);
	assert_int_equal(IPropData_AddRef(obj), 2);
	objhdr_generation_end(CTX_OWNER); /* its last MAPIUninitialize */

	assert_int_equal(
	    IPropData_QueryInterface(obj, &IID_IMAPIPropData, &unk),
	    MAPI_E_INVALID_OBJECT);
	assert_null(unk);
	assert_int_equal(
	    IPropData_GetProps(obj, (LPSPropTagArray)&tags, 0, &count, &got),
	    MAPI_E_INVALID_OBJECT);
	assert_null(got);
	assert_int_equal(IPropData_SetProps(obj, 1, &pv, NULL),
			 MAPI_E_INVALID_OBJECT);
	assert_non_null(strstr(objhdr_thread_message(), "dead object"));
	assert_int_equal(
	    IPropData_GetLastError(obj, MAPI_E_INVALID_OBJECT, 0, &err), S_OK);
	assert_non_null(strstr((const char *)err->lpszError, "dead object"));
	assert_int_equal(MAPIFreeBuffer(err), S_OK);
	assert_int_equal(IPropData_AddRef(obj), 0);

	/* A new instance of the context does not bring it back. */
	assert_int_equal(objhdr_generation_begin(CTX_OWNER), 0);
	assert_int_equal(IPropData_SaveChanges(obj, 0), MAPI_E_INVALID_OBJECT);
	/* Another context is told "no access", not "dead", and frees
	 * nothing. */
	alloc_set_thread_context(CTX_FOREIGN);
	assert_int_equal(IPropData_SaveChanges(obj, 0), MAPI_E_NO_ACCESS);
	assert_int_equal(IPropData_Release(obj), 0);
	/* Its owner releases it, values and all (the teardown counts). */
	alloc_set_thread_context(CTX_OWNER);
	assert_int_equal(IPropData_Release(obj), 1);
	assert_int_equal(IPropData_Release(obj), 0);
	objhdr_generation_end(CTX_OWNER);

	/* Made while its context had no instance: never dies. */
	alloc_set_thread_context(CTX_PLAIN);
	plain = new_obj();
	assert_int_equal(objhdr_generation_begin(CTX_PLAIN), 0);
	objhdr_generation_end(CTX_PLAIN);
	set_long(plain, PR_LONG1, 9);
	assert_int_equal(long_of(plain, PR_LONG1), 9);
	release(plain);
	alloc_set_thread_context(0);
}

/* A NULL object is refused as invalid, not dereferenced. */
static void test_null_object(void **state)
{
	LPPROPDATA obj = new_obj();
	const IPropDataVtbl *vt = obj->lpVtbl;

	(void)state;
	assert_int_equal(vt->SaveChanges(NULL, 0), MAPI_E_INVALID_OBJECT);
	assert_int_equal(vt->AddRef(NULL), 0);
	assert_int_equal(vt->Release(NULL), 0);
	release(obj);
}

#define T(f) cmocka_unit_test_setup_teardown(f, setup, teardown)

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
	    T(test_copy_to),
	    T(test_copy_to_bad_args),
	    T(test_copy_move_and_problems),
	    T(test_copy_props),
	    T(test_ids_from_names),
	    T(test_names_from_ids),
	    T(test_custom_allocators),
	    T(test_out_of_memory),
	    T(test_threads),
	    T(test_foreign_context),
	    T(test_dead_object),
	    T(test_null_object),
	};

	return cmocka_run_group_tests(tests, NULL, NULL);
}
