/*
 * test_propdata_copy.c - CreateIProp's property object: CopyTo and
 * CopyProps into another object (exclusions, MAPI_NOREPLACE, MAPI_MOVE,
 * problems), and the named-property map (GetIDsFromNames,
 * GetNamesFromIDs).  Every test runs between a setup and a teardown that
 * compare alloc_live().
 */
#include <stdarg.h>
#include <stddef.h>
#include <setjmp.h>
#include <stdint.h>
#include <cmocka.h>

#include "test_propdata.h"

/* ---------------------------------------------------------------------------
 * CopyTo and CopyProps
 */

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

int main(void)
{
	const struct CMUnitTest tests[] = {
	    T(test_copy_to),
	    T(test_copy_to_bad_args),
	    T(test_copy_move_and_problems),
	    T(test_copy_props),
	    T(test_ids_from_names),
	    T(test_names_from_ids),
	};
	return cmocka_run_group_tests(tests, NULL, NULL);
}
