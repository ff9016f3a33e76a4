/*
 * test_propdata.h - what the tests of CreateIProp's property object
 * share: tags, GUIDs, a setup and teardown that compare alloc_live() (so
 * a leak fails the test that caused it), and helpers that make, read and
 * change objects.  Included by test_propdata.c, test_propdata_copy.c and
 * test_propdata_shared.c; everything is static inline.
 */
#ifndef MAPIX_TEST_PROPDATA_H
#define MAPIX_TEST_PROPDATA_H

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
#include "lib.h"
#include "objhdr.h"

#define PR_OBJ1  PROP_TAG(PT_OBJECT, 0x6100)
#define PR_LONG1 PROP_TAG(PT_LONG, 0x6101)
#define PR_LONG2 PROP_TAG(PT_LONG, 0x6102)
#define PR_LONG3 PROP_TAG(PT_LONG, 0x6103)

static GUID guid_a ATTR_UNUSED = {
    0x11111111, 0x2222, 0x3333, {4, 5, 6, 7, 8, 9, 10, 11}};
static GUID guid_b ATTR_UNUSED = {
    0x99999999, 0x8888, 0x7777, {6, 5, 4, 3, 2, 1, 0, 1}};

/* ---------------------------------------------------------------------------
 * Helpers
 */

static inline int setup(void **state)
{
	*state = (void *)(intptr_t)alloc_live();
	return 0;
}

static inline int teardown(void **state)
{
	alloc_fail_after(0);
	assert_int_equal(alloc_live(), (long)(intptr_t)*state);
	return 0;
}

static inline LPPROPDATA new_obj(void)
{
	LPPROPDATA obj = NULL;

	assert_int_equal(CreateIProp(&IID_IMAPIPropData, MAPIAllocateBuffer,
				     MAPIAllocateMore, MAPIFreeBuffer, NULL,
				     &obj),
			 S_OK);
	assert_non_null(obj);
	return obj;
}

static inline void release(LPPROPDATA obj)
{
	assert_int_equal(IPropData_Release(obj), 0);
}

static inline SPropValue long_val(ULONG tag, LONG v)
{
	SPropValue pv;

	memset(&pv, 0, sizeof(pv));
	pv.ulPropTag = tag;
	pv.Value.l = v;
	return pv;
}

static inline void set_long(LPPROPDATA obj, ULONG tag, LONG v)
{
	SPropValue pv = long_val(tag, v);
	LPSPropProblemArray probs = NULL;

	assert_int_equal(IPropData_SetProps(obj, 1, &pv, &probs), S_OK);
	assert_null(probs);
}

/* Reads one property; returns its value or fails on anything but S_OK. */
static inline LPSPropValue get_one(LPPROPDATA obj, ULONG tag, ULONG flags)
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
static inline SCODE get_error(LPPROPDATA obj, ULONG tag)
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

static inline ULONG prop_count(LPPROPDATA obj)
{
	LPSPropTagArray tags = NULL;
	ULONG n;

	assert_int_equal(IPropData_GetPropList(obj, 0, &tags), S_OK);
	assert_non_null(tags);
	n = tags->cValues;
	MAPIFreeBuffer(tags);
	return n;
}

static inline ULONG access_of(LPPROPDATA obj, ULONG tag)
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

static inline void set_access(LPPROPDATA obj, ULONG tag, ULONG access)
{
	SizedSPropTagArray(1, tags) = {1, {tag}};

	assert_int_equal(
	    IPropData_HrSetPropAccess(obj, (LPSPropTagArray)&tags, &access),
	    S_OK);
}

static inline size_t wlen(const WCHAR *s)
{
	size_t n = 0;

	while (s[n] != 0)
		n++;
	return n;
}

static inline void assert_wstr_equal(const WCHAR *a, const WCHAR *b)
{
	assert_non_null(a);
	assert_int_equal(wlen(a), wlen(b));
	assert_memory_equal(a, b, wlen(b) * sizeof(WCHAR));
}

/* A source with PR_LONG1..3, a string and an object property. */
static inline LPPROPDATA copy_source(void)
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

static inline LONG long_of(LPPROPDATA obj, ULONG tag)
{
	LPSPropValue got = get_one(obj, tag, 0);
	LONG v = got->Value.l;

	MAPIFreeBuffer(got);
	return v;
}

static inline MAPINAMEID name_id(GUID *g, LONG id)
{
	MAPINAMEID n;

	memset(&n, 0, sizeof(n));
	n.lpguid = g;
	n.ulKind = MNID_ID;
	n.Kind.lID = id;
	return n;
}

static inline MAPINAMEID name_str(GUID *g, WCHAR *s)
{
	MAPINAMEID n;

	memset(&n, 0, sizeof(n));
	n.lpguid = g;
	n.ulKind = MNID_STRING;
	n.Kind.lpwstrName = s;
	return n;
}

/* Names: a:0x10, a:"Name", a:"name", b:0x10. */
static inline void make_names(LPPROPDATA obj, ULONG ids[4])
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

#define T(f) cmocka_unit_test_setup_teardown(f, setup, teardown)

#endif
