/*
 * test_mapival.c - mapival.h: the Validate_/UlValidate_/CheckParameters_
 * macros a Windows provider puts at the top of its methods, the
 * HrValidateParameters they call with the method's arguments, the
 * whole-structure validators (FBadRestriction, FBadSortOrderSet,
 * FBadEntryList, FBadRglpNameID) and the FBad<Method> expressions, each on
 * good and on bad input.
 *
 * The methods under test are written here the way a provider writes them
 * (validation first, then the work), so the test also shows the macros
 * compile and return from the method as on Windows.
 */
#include <stdarg.h>
#include <stddef.h>
#include <setjmp.h>
#include <stdint.h>
#include <cmocka.h>

#include <string.h>

#include <mapiguid.h>
#include <mapival.h>
#include <mapix.h>

#include "objhdr.h"

/* A provider's GetProps: validates, then reports it was reached. */
static int reached;

static HRESULT my_get_props(LPMAPIPROP This, LPSPropTagArray lpPropTagArray,
			    ULONG ulFlags, ULONG *lpcValues,
			    LPSPropValue *lppPropArray)
{
	Validate_IMAPIProp_GetProps(This, lpPropTagArray, ulFlags, lpcValues,
				    lppPropArray);
	reached++;
	return S_OK;
}

static HRESULT my_set_props(LPMAPIPROP This, ULONG cValues,
			    LPSPropValue lpPropArray,
			    LPSPropProblemArray *lppProblems)
{
	Validate_IMAPIProp_SetProps(This, cValues, lpPropArray, lppProblems);
	reached++;
	return S_OK;
}

static HRESULT my_ids(LPMAPIPROP This, ULONG cPropNames,
		      LPMAPINAMEID *lppPropNames, ULONG ulFlags,
		      LPSPropTagArray *lppPropTags)
{
	Validate_IMAPIProp_GetIDsFromNames(This, cPropNames, lppPropNames,
					   ulFlags, lppPropTags);
	reached++;
	return S_OK;
}

static HRESULT my_restrict(LPMAPITABLE This, LPSRestriction lpRestriction,
			   ULONG ulFlags)
{
	Validate_IMAPITable_Restrict(This, lpRestriction, ulFlags);
	reached++;
	return S_OK;
}

static HRESULT my_sort(LPMAPITABLE This, LPSSortOrderSet lpSortCriteria,
		       ULONG ulFlags)
{
	Validate_IMAPITable_SortTable(This, lpSortCriteria, ulFlags);
	reached++;
	return S_OK;
}

static HRESULT my_delete(LPMAPIFOLDER This, LPENTRYLIST lpMsgList,
			 ULONG_PTR ulUIParam, LPMAPIPROGRESS lpProgress,
			 ULONG ulFlags)
{
	Validate_IMAPIFolder_DeleteMessages(This, lpMsgList, ulUIParam,
					    lpProgress, ulFlags);
	reached++;
	return S_OK;
}

static ULONG my_read(IStream *This, void *pv, ULONG cb, ULONG *pcbRead)
{
	UlValidate_IStream_Read(This, pv, cb, pcbRead);
	reached++;
	return 0;
}

static HRESULT my_check_get_props(LPMAPIPROP This, LPSPropTagArray tags,
				  ULONG ulFlags, ULONG *lpcValues,
				  LPSPropValue *lppPropArray)
{
	/* CheckParameters_ validates but never returns early. */
	CheckParameters_IMAPIProp_GetProps(This, tags, ulFlags, lpcValues,
					   lppPropArray);
	reached++;
	return S_OK;
}

static void test_method_macros(void **state)
{
	SizedSPropTagArray(2, tags) = {2, {PR_SUBJECT_A, PR_BODY_W}};
	SizedSPropTagArray(1, badtags) = {1, {PROP_TAG(0x0ABC, 0x3001)}};
	ULONG n = 0;
	LPSPropValue v = NULL;
	SPropValue pv[2];

	(void)state;
	reached = 0;
	assert_int_equal(my_get_props(NULL, (LPSPropTagArray)&tags, 0, &n, &v),
			 S_OK);
	assert_int_equal(my_get_props(NULL, NULL, MAPI_UNICODE, &n, &v), S_OK);
	assert_int_equal(reached, 2);
	/* A flag GetProps does not know. */
	assert_int_equal(my_get_props(NULL, NULL, 0x40000000, &n, &v),
			 MAPI_E_UNKNOWN_FLAGS);
	assert_non_null(strstr(objhdr_thread_message(), "ulFlags"));
	/* Out-pointers are required. */
	assert_int_equal(my_get_props(NULL, NULL, 0, NULL, &v),
			 MAPI_E_INVALID_PARAMETER);
	assert_non_null(strstr(objhdr_thread_message(), "lpcValues"));
	assert_int_equal(my_get_props(NULL, NULL, 0, &n, NULL),
			 MAPI_E_INVALID_PARAMETER);
	/* A malformed column set. */
	assert_int_equal(
	    my_get_props(NULL, (LPSPropTagArray)&badtags, 0, &n, &v),
	    MAPI_E_INVALID_PARAMETER);
	assert_int_equal(reached, 2);
	/* CheckParameters_ goes on regardless. */
	assert_int_equal(my_check_get_props(NULL, NULL, 0, NULL, NULL), S_OK);
	assert_int_equal(reached, 3);

	/* SetProps: the values must be well-formed; problems optional. */
	pv[0].ulPropTag = PR_SUBJECT_A;
	pv[0].Value.lpszA = (LPSTR) "hi";
	pv[1].ulPropTag = PR_IMPORTANCE;
	pv[1].Value.l = 1;
	assert_int_equal(my_set_props(NULL, 2, pv, NULL), S_OK);
	assert_int_equal(my_set_props(NULL, 0, NULL, NULL), S_OK);
	assert_int_equal(my_set_props(NULL, 2, NULL, NULL),
			 MAPI_E_INVALID_PARAMETER);
	pv[0].Value.lpszA = NULL;
	assert_int_equal(my_set_props(NULL, 2, pv, NULL),
			 MAPI_E_INVALID_PARAMETER);
}

static void test_structures_in_methods(void **state)
{
	MAPINAMEID name = {(LPGUID)&PS_PUBLIC_STRINGS, MNID_ID, {0x8001}};
	MAPINAMEID badname = {NULL, MNID_ID, {0x8001}};
	LPMAPINAMEID names[1] = {&name}, badnames[1] = {&badname};
	LPSPropTagArray out = NULL;
	SRestriction res;
	SPropValue val;
	SizedSSortOrderSet(1, sort) = {
	    1, 0, 0, {{PR_SUBJECT_A, TABLE_SORT_ASCEND}}};
	SizedSSortOrderSet(1, badsort) = {1, 2, 0, {{PR_SUBJECT_A, 7}}};
	SBinary bin = {3, (LPBYTE) "abc"};
	ENTRYLIST list = {1, &bin};
	SBinary badbin = {0, NULL};
	ENTRYLIST badlist = {1, &badbin};
	IStream *stream = NULL;
	char buf[4];
	ULONG got = 0;

	(void)state;
	reached = 0;
	assert_int_equal(my_ids(NULL, 1, names, MAPI_CREATE, &out), S_OK);
	assert_int_equal(my_ids(NULL, 1, badnames, 0, &out),
			 MAPI_E_INVALID_PARAMETER);
	assert_int_equal(my_ids(NULL, 1, names, MAPI_MODIFY, &out),
			 MAPI_E_UNKNOWN_FLAGS);

	val.ulPropTag = PR_SUBJECT_A;
	val.Value.lpszA = (LPSTR) "x";
	res.rt = RES_PROPERTY;
	res.res.resProperty.relop = RELOP_EQ;
	res.res.resProperty.ulPropTag = PR_SUBJECT_A;
	res.res.resProperty.lpProp = &val;
	assert_int_equal(my_restrict(NULL, &res, 0), S_OK);
	assert_int_equal(my_restrict(NULL, NULL, TBL_BATCH), S_OK);
	res.res.resProperty.relop = 99;
	assert_int_equal(my_restrict(NULL, &res, 0), MAPI_E_INVALID_PARAMETER);

	assert_int_equal(my_sort(NULL, (LPSSortOrderSet)&sort, 0), S_OK);
	assert_int_equal(my_sort(NULL, (LPSSortOrderSet)&badsort, 0),
			 MAPI_E_INVALID_PARAMETER);
	assert_int_equal(my_sort(NULL, NULL, 0), MAPI_E_INVALID_PARAMETER);

	assert_int_equal(my_delete(NULL, &list, 0, NULL, 0), S_OK);
	assert_int_equal(my_delete(NULL, &badlist, 0, NULL, 0),
			 MAPI_E_INVALID_PARAMETER);
	assert_int_equal(my_delete(NULL, NULL, 0, NULL, 0),
			 MAPI_E_INVALID_PARAMETER);

	/* UlValidate_ returns the code as a ULONG. */
	assert_int_equal(my_read(stream, buf, sizeof(buf), &got), 0);
	assert_int_equal(my_read(stream, buf, sizeof(buf), NULL), 0);
	assert_int_equal(my_read(stream, NULL, sizeof(buf), &got),
			 (ULONG)MAPI_E_INVALID_PARAMETER);
	assert_int_equal(my_read(stream, NULL, 0, &got), 0);
	assert_int_equal(reached, 8);
}

static void test_hr_validate_parameters(void **state)
{
	(void)state;
	/* A method without arguments to check, and an unknown method. */
	assert_int_equal(HrValidateParameters(IUnknown_AddRef, NULL), S_OK);
	assert_int_equal(HrValidateParameters((METHODS)100000, NULL),
			 MAPI_E_INVALID_PARAMETER);
	assert_int_equal(HrValidateParameters(IMAPIProp_GetProps, NULL),
			 MAPI_E_INVALID_PARAMETER);
	/* The explicit form. */
	{
		ULONG n;
		LPSPropValue v;
		DWORD_PTR args[4] = {0};

		memcpy(&args[0], &(LPSPropTagArray){NULL}, sizeof(void *));
		memcpy(&args[2], &(ULONG *){&n}, sizeof(void *));
		memcpy(&args[3], &(LPSPropValue *){&v}, sizeof(void *));
		assert_int_equal(
		    HrValidateParameters(IMAPIProp_GetProps, (LPVOID *)args),
		    S_OK);
		args[3] = 0;
		assert_int_equal(
		    HrValidateParameters(IMAPIProp_GetProps, (LPVOID *)args),
		    MAPI_E_INVALID_PARAMETER);
	}
}

static void test_fbad_structures(void **state)
{
	SRestriction and_res, sub[2];
	SPropValue val;
	SizedSSortOrderSet(2, sort) = {2,
				       1,
				       1,
				       {{PR_SUBJECT_A, TABLE_SORT_ASCEND},
					{PR_IMPORTANCE, TABLE_SORT_DESCEND}}};
	SBinary bins[2] = {{2, (LPBYTE) "ab"}, {1, (LPBYTE) "c"}};
	ENTRYLIST list = {2, bins};
	MAPINAMEID n1 = {(LPGUID)&PS_PUBLIC_STRINGS, MNID_STRING, {0}};
	LPMAPINAMEID names[1] = {&n1};
	WCHAR wname[] = u"Keywords";

	(void)state;
	val.ulPropTag = PR_IMPORTANCE;
	val.Value.l = 2;
	sub[0].rt = RES_EXIST;
	sub[0].res.resExist.ulPropTag = PR_SUBJECT_A;
	sub[1].rt = RES_PROPERTY;
	sub[1].res.resProperty.relop = RELOP_GE;
	sub[1].res.resProperty.ulPropTag = PR_IMPORTANCE;
	sub[1].res.resProperty.lpProp = &val;
	and_res.rt = RES_AND;
	and_res.res.resAnd.cRes = 2;
	and_res.res.resAnd.lpRes = sub;
	assert_false(FBadRestriction(&and_res));
	assert_true(FBadRestriction(NULL));
	and_res.res.resAnd.lpRes = NULL;
	assert_true(FBadRestriction(&and_res));
	and_res.res.resAnd.lpRes = sub;
	sub[0].rt = 0x77;
	assert_true(FBadRestriction(&and_res));
	sub[0].rt = RES_EXIST;
	/* A malformed value (a string that is NULL). */
	sub[1].res.resProperty.ulPropTag = PR_SUBJECT_A;
	val.ulPropTag = PR_SUBJECT_A;
	val.Value.lpszA = NULL;
	assert_true(FBadRestriction(&and_res));
	/* Types that differ are not malformed: Restrict answers
	 * MAPI_E_TOO_COMPLEX for them. */
	val.ulPropTag = PR_IMPORTANCE;
	val.Value.l = 1;
	assert_false(FBadRestriction(&and_res));

	assert_false(FBadSortOrderSet((LPSSortOrderSet)&sort));
	assert_true(FBadSortOrderSet(NULL));
	sort.cCategories = 3;
	assert_true(FBadSortOrderSet((LPSSortOrderSet)&sort));
	sort.cCategories = 1;
	sort.aSort[1].ulOrder = 42;
	assert_true(FBadSortOrderSet((LPSSortOrderSet)&sort));

	assert_false(FBadEntryList(&list));
	assert_true(FBadEntryList(NULL));
	bins[1].cb = 0;
	assert_true(FBadEntryList(&list));
	list.cValues = 0;
	list.lpbin = NULL;
	assert_false(FBadEntryList(&list));
	list.cValues = 1;
	assert_true(FBadEntryList(&list));

	n1.Kind.lpwstrName = wname;
	assert_false(FBadRglpNameID(names, 1));
	assert_false(FBadRglpNameID(NULL, 0));
	assert_true(FBadRglpNameID(NULL, 1));
	n1.Kind.lpwstrName = NULL;
	assert_true(FBadRglpNameID(names, 1));
	n1.ulKind = 5;
	assert_true(FBadRglpNameID(names, 1));
}

static void test_fbad_macros(void **state)
{
	SizedSPropTagArray(1, tags) = {1, {PR_SUBJECT_A}};
	ULONG n = 0;
	LPSPropValue v = NULL;
	SPropValue pv = {PR_IMPORTANCE, 0, {.l = 1}};
	LPSPropProblemArray probs = NULL;
	LPUNKNOWN unk = NULL;

	(void)state;
	assert_false(FBadGetProps(NULL, (LPSPropTagArray)&tags, &n, &v));
	assert_true(FBadGetProps(NULL, NULL, NULL, &v));
	assert_false(FBadSetProps(NULL, 1, &pv, &probs));
	assert_false(FBadSetProps(NULL, 1, &pv, NULL));
	pv.ulPropTag = PR_SUBJECT_A;
	pv.Value.lpszA = NULL;
	assert_true(FBadSetProps(NULL, 1, &pv, NULL));
	assert_true(FBadPropVal(&pv));
	assert_true(FBadQueryInterface(NULL, NULL, (void **)&unk));
	assert_false(FBadQueryInterface(NULL, &IID_IUnknown, (void **)&unk));
	assert_true(FBadDeleteProps(NULL, NULL, NULL));
	assert_false(FBadDeleteProps(NULL, (LPSPropTagArray)&tags, NULL));
	assert_true(IsBadReadPtr(NULL, 1));
	assert_false(IsBadReadPtr(NULL, 0));
	assert_false(IsBadWritePtr(&n, sizeof(n)));
}

int main(void)
{
	const struct CMUnitTest tests[] = {
	    cmocka_unit_test(test_method_macros),
	    cmocka_unit_test(test_structures_in_methods),
	    cmocka_unit_test(test_hr_validate_parameters),
	    cmocka_unit_test(test_fbad_structures),
	    cmocka_unit_test(test_fbad_macros),
	};

	return cmocka_run_group_tests(tests, NULL, NULL);
}
