/*
 * test_proptype.c - the property type table (src/core/proptype.h): every
 * MAPI type is there with the C layout of its SPropValue member, the
 * multi-valued forms exist exactly for the types with an array member,
 * lookups refuse what is not a type, names agree with tagname's, and the
 * walkers (multi-valued elements, data sizes, pointer checks) read values
 * of every form.
 */
#include <stdarg.h>
#include <stddef.h>
#include <setjmp.h>
#include <stdint.h>
#include <cmocka.h>

#include <string.h>

#include <mapiutil.h>

#include "proptype.h"
#include "tagname.h"

static const struct {
	ULONG type;
	enum proptype_form form;
	size_t size;
	bool mv;
} expect[] = {
    {PT_UNSPECIFIED, PROPTYPE_EMPTY, 0, false},
    {PT_NULL, PROPTYPE_EMPTY, 0, false},
    {PT_I2, PROPTYPE_FIXED, 2, true},
    {PT_LONG, PROPTYPE_FIXED, 4, true},
    {PT_R4, PROPTYPE_FIXED, 4, true},
    {PT_DOUBLE, PROPTYPE_FIXED, 8, true},
    {PT_CURRENCY, PROPTYPE_FIXED, 8, true},
    {PT_APPTIME, PROPTYPE_FIXED, 8, true},
    {PT_ERROR, PROPTYPE_FIXED, 4, false},
    {PT_BOOLEAN, PROPTYPE_FIXED, 2, false},
    {PT_OBJECT, PROPTYPE_EMPTY, 0, false},
    {PT_I8, PROPTYPE_FIXED, 8, true},
    {PT_STRING8, PROPTYPE_STRING8, sizeof(LPSTR), true},
    {PT_UNICODE, PROPTYPE_UNICODE, sizeof(LPWSTR), true},
    {PT_SYSTIME, PROPTYPE_FIXED, 8, true},
    {PT_CLSID, PROPTYPE_GUID, 16, true},
    {PT_SVREID, PROPTYPE_BINARY, sizeof(SBinary), false},
    {PT_SRESTRICTION, PROPTYPE_EMPTY, 0, false},
    {PT_ACTIONS, PROPTYPE_EMPTY, 0, false},
    {PT_BINARY, PROPTYPE_BINARY, sizeof(SBinary), true},
};

static void test_table(void **state)
{
	size_t i;
	ULONG type, known = 0;

	(void)state;
	for (i = 0; i < sizeof(expect) / sizeof(expect[0]); i++) {
		const struct proptype *t = proptype_base(expect[i].type);

		assert_non_null(t);
		assert_int_equal(t->type, expect[i].type);
		assert_int_equal(t->form, expect[i].form);
		assert_int_equal(t->size, expect[i].size);
		assert_int_equal((t->flags & PROPTYPE_MV) != 0, expect[i].mv);
		assert_true(t->align == 0 || t->size % t->align == 0);
		assert_string_equal(t->name, tagname_type_name(t->type));
		assert_string_equal(proptype_name(t->type), t->name);
		if (expect[i].mv) {
			assert_string_equal(
			    t->mv_name, tagname_type_name(t->type | MV_FLAG));
			assert_ptr_equal(proptype_find(t->type | MV_FLAG), t);
		} else {
			assert_null(t->mv_name);
			assert_null(proptype_find(t->type | MV_FLAG));
			assert_null(proptype_name(t->type | MV_FLAG));
		}
		/* FBadPropTag and the table agree. */
		assert_int_equal(FBadPropTag(PROP_TAG(t->type, 0x6700)),
				 !(t->flags & PROPTYPE_TAG));
	}
	/* Nothing else is a type. */
	for (type = 0; type < 0x2000; type++)
		if (proptype_base(type) != NULL)
			known++;
	assert_int_equal(known, sizeof(expect) / sizeof(expect[0]));
	assert_null(proptype_find(PT_MV_LONG | MV_INSTANCE));
	assert_null(proptype_find(0x0103));
	assert_null(proptype_base(0xFFFF));
	/* Comparable: the types with a value order. */
	assert_true(proptype_base(PT_ERROR)->flags & PROPTYPE_CMP);
	assert_false(proptype_base(PT_OBJECT)->flags & PROPTYPE_CMP);
	assert_false(proptype_base(PT_SVREID)->flags & PROPTYPE_CMP);
}

static void test_storable(void **state)
{
	(void)state;
	assert_true(proptype_storable(PT_NULL));
	assert_true(proptype_storable(PT_SVREID));
	assert_true(proptype_storable(PT_MV_CLSID));
	assert_true(proptype_storable(PT_ERROR));
	assert_false(proptype_storable(PT_UNSPECIFIED));
	assert_false(proptype_storable(PT_OBJECT));
	assert_false(proptype_storable(PT_ACTIONS));
	assert_false(proptype_storable(MV_FLAG | PT_BOOLEAN));
	assert_false(proptype_storable(PT_MV_LONG | MV_INSTANCE));
}

static void test_mv_elements(void **state)
{
	LONG longs[3] = {7, -1, 42};
	GUID guids[2] = {{1, 2, 3, {4}}, {5, 6, 7, {8}}};
	LPSTR strs[2] = {"a", "bc"};
	BYTE b1[3] = {1, 2, 3};
	SBinary bins[2] = {{3, b1}, {0, NULL}};
	SPropValue v, one;
	LONG out[3];
	GUID gout[2];

	(void)state;
	v.ulPropTag = PROP_TAG(PT_MV_LONG, 0x6701);
	v.Value.MVl.cValues = 3;
	v.Value.MVl.lpl = longs;
	assert_int_equal(proptype_mv_count(&v), 3);
	assert_ptr_equal(proptype_mv_array(&v), longs);
	proptype_mv_get(&v, proptype_base(PT_LONG), 2, &one);
	assert_int_equal(one.ulPropTag, PROP_TAG(PT_LONG, 0x6701));
	assert_int_equal(one.Value.l, 42);
	proptype_mv_put(out, proptype_base(PT_LONG), 1, &one);
	assert_int_equal(out[1], 42);
	assert_int_equal(proptype_value_size(&v), 12);

	v.ulPropTag = PROP_TAG(PT_MV_CLSID, 0x6702);
	v.Value.MVguid.cValues = 2;
	v.Value.MVguid.lpguid = guids;
	proptype_mv_get(&v, proptype_base(PT_CLSID), 1, &one);
	assert_ptr_equal(one.Value.lpguid, &guids[1]);
	proptype_mv_put(gout, proptype_base(PT_CLSID), 0, &one);
	assert_memory_equal(&gout[0], &guids[1], sizeof(GUID));
	assert_int_equal(proptype_value_size(&v), 32);

	v.ulPropTag = PROP_TAG(PT_MV_STRING8, 0x6703);
	v.Value.MVszA.cValues = 2;
	v.Value.MVszA.lppszA = strs;
	proptype_mv_get(&v, proptype_base(PT_STRING8), 1, &one);
	assert_string_equal(one.Value.lpszA, "bc");
	assert_int_equal(proptype_value_size(&v), 2 + 3);
	assert_true(proptype_pointers_ok(&v));
	strs[1] = NULL;
	assert_false(proptype_pointers_ok(&v));
	assert_int_equal(proptype_value_size(&v), 2);

	v.ulPropTag = PROP_TAG(PT_MV_BINARY, 0x6704);
	v.Value.MVbin.cValues = 2;
	v.Value.MVbin.lpbin = bins;
	proptype_mv_get(&v, proptype_base(PT_BINARY), 0, &one);
	assert_int_equal(one.Value.bin.cb, 3);
	assert_ptr_equal(one.Value.bin.lpb, b1);
	assert_int_equal(proptype_value_size(&v), 3);
	assert_true(proptype_pointers_ok(&v));
	bins[1].cb = 1;
	assert_false(proptype_pointers_ok(&v));
	/* A count without an array. */
	v.Value.MVbin.lpbin = NULL;
	assert_false(proptype_pointers_ok(&v));
	assert_int_equal(proptype_value_size(&v), 0);
	/* Fixed-size elements are counted, never read. */
	v.ulPropTag = PROP_TAG(PT_MV_I8, 0x6705);
	v.Value.MVli.cValues = 3;
	v.Value.MVli.lpli = NULL;
	assert_int_equal(proptype_value_size(&v), 24);
	assert_false(proptype_pointers_ok(&v));
	v.Value.MVbin.cValues = 0;
	assert_true(proptype_pointers_ok(&v));
}

static void test_single_values(void **state)
{
	SPropValue v;
	GUID g = {0};

	(void)state;
	v.ulPropTag = PROP_TAG(PT_UNICODE, 0x6710);
	v.Value.lpszW = (LPWSTR)u"hé";
	assert_int_equal(proptype_value_size(&v), 6);
	assert_true(proptype_pointers_ok(&v));
	v.Value.lpszW = NULL;
	assert_false(proptype_pointers_ok(&v));
	assert_int_equal(proptype_value_size(&v), 0);
	v.ulPropTag = PROP_TAG(PT_CLSID, 0x6711);
	v.Value.lpguid = &g;
	assert_int_equal(proptype_value_size(&v), 16);
	v.Value.lpguid = NULL;
	assert_false(proptype_pointers_ok(&v));
	v.ulPropTag = PROP_TAG(PT_SYSTIME, 0x6712);
	assert_int_equal(proptype_value_size(&v), 8);
	assert_true(proptype_pointers_ok(&v));
	v.ulPropTag = PROP_TAG(PT_OBJECT, 0x6713);
	assert_int_equal(proptype_value_size(&v), 0);
	v.ulPropTag = PROP_TAG(PT_SVREID, 0x6715);
	v.Value.bin.cb = 5;
	v.Value.bin.lpb = (LPBYTE) "abcde";
	assert_int_equal(proptype_value_size(&v), 5);
	assert_int_equal(UlPropSize(&v), 0); /* not a MAPI tag type */
	v.ulPropTag = PROP_TAG(0x0999, 0x6714);
	assert_int_equal(proptype_value_size(&v), 0);
	assert_true(proptype_pointers_ok(&v));
}

int main(void)
{
	const struct CMUnitTest tests[] = {
	    cmocka_unit_test(test_table),
	    cmocka_unit_test(test_storable),
	    cmocka_unit_test(test_mv_elements),
	    cmocka_unit_test(test_single_values),
	};

	return cmocka_run_group_tests(tests, NULL, NULL);
}
