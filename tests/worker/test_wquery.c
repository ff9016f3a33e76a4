/*
 * test_wquery.c - the example worker's JSON to MAPI mapping (wquery.h):
 * restrictions of every form become the SRestriction trees they mean,
 * hostile ones become errors (never a crash), and sort orders, columns,
 * times and binaries map both ways.
 */
#include <stdarg.h>
#include <stddef.h>
#include <setjmp.h>
#include <stdint.h>
#include <cmocka.h>

#include <string.h>

#include <json-c/json.h>

#include <mapitags.h>

#include "wquery.h"

static HRESULT map(const char *text, SRestriction **res, struct warena *a)
{
	json_object *j = json_tokener_parse(text);
	const char *error = NULL;
	HRESULT hr;

	assert_non_null(j);
	hr = wquery_restriction(a, j, res, &error);
	if (hr != S_OK)
		assert_non_null(error);
	json_object_put(j);
	return hr;
}

static void test_forms(void **state)
{
	struct warena a = {0};
	SRestriction *r = NULL, *t;

	(void)state;
	assert_int_equal(
	    map("{\"and\":[{\"prop\":\"PR_SUBJECT\",\"op\":\"contains\","
		"\"value\":\"x\"},{\"not\":{\"prop\":\"PR_IMPORTANCE\","
		"\"op\":\"ge\",\"value\":2}},{\"or\":[]},{\"prop\":"
		"\"PR_HASATTACH\",\"op\":\"exists\"}]}",
		&r, &a),
	    S_OK);
	assert_int_equal(r->rt, RES_AND);
	assert_int_equal(r->res.resAnd.cRes, 4);
	t = r->res.resAnd.lpRes;
	assert_int_equal(t[0].rt, RES_CONTENT);
	assert_int_equal(t[0].res.resContent.ulPropTag, PR_SUBJECT_A);
	assert_int_equal(t[0].res.resContent.ulFuzzyLevel,
			 FL_SUBSTRING | FL_IGNORECASE);
	assert_string_equal(t[0].res.resContent.lpProp->Value.lpszA, "x");
	assert_int_equal(t[1].rt, RES_NOT);
	assert_int_equal(t[1].res.resNot.lpRes->rt, RES_PROPERTY);
	assert_int_equal(t[1].res.resNot.lpRes->res.resProperty.relop,
			 RELOP_GE);
	assert_int_equal(t[1].res.resNot.lpRes->res.resProperty.lpProp->Value.l,
			 2);
	assert_int_equal(t[2].rt, RES_OR);
	assert_int_equal(t[2].res.resOr.cRes, 0);
	assert_int_equal(t[3].rt, RES_EXIST);
	assert_int_equal(t[3].res.resExist.ulPropTag, PR_HASATTACH);

	assert_int_equal(map("{\"prop\":\"PR_SUBJECT_W\",\"op\":\"prefix\","
			     "\"value\":\"Re\"}",
			     &r, &a),
			 S_OK);
	assert_int_equal(r->res.resContent.ulFuzzyLevel,
			 FL_PREFIX | FL_IGNORECASE);
	assert_int_equal(r->res.resContent.ulPropTag, PR_SUBJECT_A);
	assert_int_equal(map("{\"prop\":\"PR_MESSAGE_DELIVERY_TIME\",\"op\":"
			     "\"lt\",\"value\":\"1970-01-02T00:00:00Z\"}",
			     &r, &a),
			 S_OK);
	assert_int_equal(
	    r->res.resProperty.lpProp->Value.ft.dwHighDateTime,
	    (DWORD)((116444736000000000ULL + 864000000000ULL) >> 32));
	assert_int_equal(map("{\"prop\":\"PR_ENTRYID\",\"op\":\"eq\","
			     "\"value\":\"00ff\"}",
			     &r, &a),
			 S_OK);
	assert_int_equal(r->res.resProperty.lpProp->Value.bin.cb, 2);
	assert_int_equal(r->res.resProperty.lpProp->Value.bin.lpb[1], 0xff);
	warena_free(&a);
}

static void test_hostile(void **state)
{
	static const struct {
		const char *text;
		HRESULT hr;
	} cases[] = {
	    {"[]", MAPI_E_INVALID_PARAMETER},
	    {"{}", MAPI_E_INVALID_PARAMETER},
	    {"{\"and\":{}}", MAPI_E_INVALID_PARAMETER},
	    {"{\"and\":[1]}", MAPI_E_INVALID_PARAMETER},
	    {"{\"and\":[],\"or\":[]}", MAPI_E_INVALID_PARAMETER},
	    {"{\"nand\":[]}", MAPI_E_INVALID_PARAMETER},
	    {"{\"not\":null}", MAPI_E_INVALID_PARAMETER},
	    {"{\"prop\":\"PR_NOPE\",\"op\":\"eq\",\"value\":1}",
	     MAPI_E_INVALID_PARAMETER},
	    {"{\"prop\":7,\"op\":\"eq\",\"value\":1}",
	     MAPI_E_INVALID_PARAMETER},
	    {"{\"prop\":\"PR_SUBJECT\",\"op\":\"eq\",\"value\":1}",
	     MAPI_E_INVALID_PARAMETER},
	    {"{\"prop\":\"PR_SUBJECT\",\"op\":\"eq\"}",
	     MAPI_E_INVALID_PARAMETER},
	    {"{\"prop\":\"PR_SUBJECT\",\"op\":\"like\",\"value\":\"x\"}",
	     MAPI_E_INVALID_PARAMETER},
	    {"{\"prop\":\"PR_SUBJECT\",\"op\":\"eq\",\"value\":\"x\","
	     "\"extra\":1}",
	     MAPI_E_INVALID_PARAMETER},
	    {"{\"prop\":\"PR_SUBJECT\",\"op\":\"exists\",\"value\":\"x\"}",
	     MAPI_E_INVALID_PARAMETER},
	    {"{\"prop\":\"PR_IMPORTANCE\",\"op\":\"eq\",\"value\":4294967296}",
	     MAPI_E_INVALID_PARAMETER},
	    {"{\"prop\":\"PR_IMPORTANCE\",\"op\":\"contains\",\"value\":1}",
	     MAPI_E_TOO_COMPLEX},
	    {"{\"prop\":\"PR_MESSAGE_DELIVERY_TIME\",\"op\":\"eq\","
	     "\"value\":\"2024-02-30T00:00:00Z\"}",
	     MAPI_E_INVALID_PARAMETER},
	    {"{\"prop\":\"PR_MESSAGE_DELIVERY_TIME\",\"op\":\"eq\","
	     "\"value\":\"2024-02-01 00:00:00\"}",
	     MAPI_E_INVALID_PARAMETER},
	    {"{\"prop\":\"PR_ENTRYID\",\"op\":\"eq\",\"value\":\"abc\"}",
	     MAPI_E_INVALID_PARAMETER},
	    {"{\"prop\":\"PR_ENTRYID\",\"op\":\"eq\",\"value\":\"zz\"}",
	     MAPI_E_INVALID_PARAMETER},
	    {"{\"prop\":\"0x0037101E\",\"op\":\"eq\",\"value\":\"x\"}",
	     MAPI_E_TOO_COMPLEX},
	    {"{\"prop\":\"PR_HASATTACH\",\"op\":\"eq\",\"value\":1}",
	     MAPI_E_INVALID_PARAMETER},
	};
	struct warena a = {0};
	SRestriction *r;
	size_t i;

	(void)state;
	for (i = 0; i < sizeof(cases) / sizeof(cases[0]); i++) {
		r = (SRestriction *)&a;
		assert_int_equal(map(cases[i].text, &r, &a), cases[i].hr);
		assert_null(r);
	}
	warena_free(&a);
}

/* Too deep and too wide trees are refused, not walked. */
static void test_limits(void **state)
{
	struct warena a = {0};
	SRestriction *r;
	json_object *j, *inner, *list;
	const char *error = NULL;
	int i;

	(void)state;
	j = json_tokener_parse(
	    "{\"prop\":\"PR_IMPORTANCE\",\"op\":\"exists\"}");
	for (i = 0; i < WQUERY_DEPTH_MAX; i++) {
		inner = json_object_new_object();
		json_object_object_add(inner, "not", j);
		j = inner;
	}
	assert_int_equal(wquery_restriction(&a, j, &r, &error),
			 MAPI_E_TOO_COMPLEX);
	json_object_put(j);
	list = json_object_new_array();
	for (i = 0; i <= WQUERY_TERMS_MAX; i++)
		json_object_array_add(list, json_object_new_object());
	j = json_object_new_object();
	json_object_object_add(j, "or", list);
	assert_int_equal(wquery_restriction(&a, j, &r, &error),
			 MAPI_E_TOO_COMPLEX);
	json_object_put(j);
	warena_free(&a);
}

static void test_sort_columns(void **state)
{
	struct warena a = {0};
	SSortOrderSet *sort;
	SPropTagArray *cols;
	const char **names;
	const char *error = NULL;
	json_object *j;

	(void)state;
	j = json_tokener_parse("[\"PR_SUBJECT\",{\"prop\":\"PR_IMPORTANCE\","
			       "\"desc\":true}]");
	assert_int_equal(wquery_sort(&a, j, &sort, &error), S_OK);
	assert_int_equal(sort->cSorts, 2);
	assert_int_equal(sort->aSort[0].ulPropTag, PR_SUBJECT_A);
	assert_int_equal(sort->aSort[0].ulOrder, TABLE_SORT_ASCEND);
	assert_int_equal(sort->aSort[1].ulOrder, TABLE_SORT_DESCEND);
	json_object_put(j);
	j = json_tokener_parse("[{\"prop\":\"PR_SUBJECT\",\"desc\":1}]");
	assert_int_equal(wquery_sort(&a, j, &sort, &error),
			 MAPI_E_INVALID_PARAMETER);
	json_object_put(j);
	j = json_tokener_parse("[\"PR_SUBJECT\",\"PR_ENTRYID\"]");
	assert_int_equal(wquery_columns(&a, j, &cols, &names, &error), S_OK);
	assert_int_equal(cols->cValues, 2);
	assert_int_equal(cols->aulPropTag[1], PR_ENTRYID);
	assert_string_equal(names[0], "PR_SUBJECT");
	json_object_put(j);
	j = json_tokener_parse("[]");
	assert_int_equal(wquery_columns(&a, j, &cols, &names, &error),
			 MAPI_E_INVALID_PARAMETER);
	json_object_put(j);
	warena_free(&a);
}

static void test_values_out(void **state)
{
	SPropValue pv;
	json_object *j;
	FILETIME ft;
	char buf[48];
	BYTE bytes[] = {0x01, 0xab};

	(void)state;
	assert_int_equal(wquery_parse_time("2024-05-01T10:20:30.5Z", &ft), 0);
	wquery_format_time(&ft, buf);
	assert_string_equal(buf, "2024-05-01T10:20:30.5000000Z");
	assert_int_equal(wquery_parse_time("2024-05-01T10:20:30Z", &ft), 0);
	wquery_format_time(&ft, buf);
	assert_string_equal(buf, "2024-05-01T10:20:30Z");
	pv.ulPropTag = PR_ENTRYID;
	pv.Value.bin.cb = 2;
	pv.Value.bin.lpb = bytes;
	j = wquery_json_value(&pv);
	assert_string_equal(json_object_get_string(j), "01AB");
	json_object_put(j);
	pv.ulPropTag = PR_HASATTACH;
	pv.Value.b = 1;
	j = wquery_json_value(&pv);
	assert_true(json_object_get_boolean(j));
	json_object_put(j);
	pv.ulPropTag = PROP_TAG(PT_ERROR, 0x0037);
	assert_null(wquery_json_value(&pv));
}

int main(void)
{
	const struct CMUnitTest tests[] = {
	    cmocka_unit_test(test_forms),
	    cmocka_unit_test(test_hostile),
	    cmocka_unit_test(test_limits),
	    cmocka_unit_test(test_sort_columns),
	    cmocka_unit_test(test_values_out),
	};

	return cmocka_run_group_tests(tests, NULL, NULL);
}
