/*
 * test_cliquery.c - the query syntax of `mapix ls` (src/cli/query.c):
 * --where text -> SRestriction, --sort -> SSortOrderSet, --columns ->
 * SPropTagArray, put --set -> SPropValue.
 *
 * Trees are compared structurally through a canonical rendering made
 * here (dump() below: node kinds, relops, fuzzy levels, tags and typed
 * values), so an expected tree reads like the expression it comes from.
 * Errors are checked for their byte position and message; every parse,
 * failed or not, must leave no allocation behind, also when memory runs
 * out half way.
 */
#include <stdarg.h>
#include <stddef.h>
#include <setjmp.h>
#include <stdint.h>
#include <cmocka.h>

#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <mapidefs.h>
#include <mapitags.h>
#include <mapix.h>

#include "alloc.h"
#include "query.h"

/* ---------------------------------------------------------------------
 * A canonical text form of restrictions
 */

struct buf {
	char s[4096];
	size_t n;
};

static void put(struct buf *b, const char *fmt, ...)
    __attribute__((format(printf, 2, 3)));

static void put(struct buf *b, const char *fmt, ...)
{
	va_list args;
	int r;

	va_start(args, fmt);
	r = vsnprintf(b->s + b->n, sizeof(b->s) - b->n, fmt, args);
	va_end(args);
	assert_true(r >= 0 && (size_t)r < sizeof(b->s) - b->n);
	b->n += (size_t)r;
}

static void dump_value(struct buf *b, const SPropValue *v)
{
	ULONG i;

	put(b, "%08X:", v->ulPropTag);
	switch (PROP_TYPE(v->ulPropTag)) {
	case PT_I2:
		put(b, "%d", v->Value.i);
		break;
	case PT_LONG:
		put(b, "%d", v->Value.l);
		break;
	case PT_I8:
		put(b, "%lld", (long long)v->Value.li.QuadPart);
		break;
	case PT_BOOLEAN:
		put(b, "%s", v->Value.b ? "true" : "false");
		break;
	case PT_DOUBLE:
		put(b, "%g", v->Value.dbl);
		break;
	case PT_CURRENCY:
		put(b, "%lld", (long long)v->Value.cur.int64);
		break;
	case PT_SYSTIME:
		put(b, "%08X%08X", v->Value.ft.dwHighDateTime,
		    v->Value.ft.dwLowDateTime);
		break;
	case PT_STRING8:
		put(b, "a\"%s\"", v->Value.lpszA);
		break;
	case PT_UNICODE:
		/* ASCII only in these tests: one char per WCHAR. */
		put(b, "w\"");
		for (i = 0; v->Value.lpszW[i] != 0; i++)
			put(b, "%c", (char)v->Value.lpszW[i]);
		put(b, "\"");
		break;
	case PT_BINARY:
		put(b, "x");
		for (i = 0; i < v->Value.bin.cb; i++)
			put(b, "%02X", v->Value.bin.lpb[i]);
		break;
	default:
		put(b, "?");
		break;
	}
}

static const char *const relops[] = {"<", "<=", ">", ">=", "=", "!=", "RE"};

static void dump(struct buf *b, const SRestriction *r)
{
	ULONG i;

	switch (r->rt) {
	case RES_AND:
	case RES_OR:
		put(b, r->rt == RES_AND ? "AND(" : "OR(");
		for (i = 0; i < r->res.resAnd.cRes; i++) {
			if (i > 0)
				put(b, ",");
			dump(b, &r->res.resAnd.lpRes[i]);
		}
		put(b, ")");
		break;
	case RES_NOT:
		put(b, "NOT(");
		dump(b, r->res.resNot.lpRes);
		put(b, ")");
		break;
	case RES_EXIST:
		put(b, "EXIST(%08X)", r->res.resExist.ulPropTag);
		break;
	case RES_CONTENT:
		put(b, "CONTENT(%08X,%s%s,", r->res.resContent.ulPropTag,
		    (r->res.resContent.ulFuzzyLevel & 0xFFFF) == FL_PREFIX
			? "PREFIX"
			: "SUB",
		    (r->res.resContent.ulFuzzyLevel & FL_IGNORECASE) ? "|IC"
								     : "");
		dump_value(b, r->res.resContent.lpProp);
		put(b, ")");
		break;
	case RES_PROPERTY:
		put(b, "PROP(%08X%s", r->res.resProperty.ulPropTag,
		    relops[r->res.resProperty.relop]);
		dump_value(b, r->res.resProperty.lpProp);
		put(b, ")");
		break;
	default:
		put(b, "?%u", r->rt);
		break;
	}
}

/* Parses text, which must succeed, and checks its rendering. */
static void where_ok(const char *text, const char *want)
{
	long live = alloc_live();
	struct query_error err;
	LPSRestriction res = NULL;
	struct buf b = {.n = 0};
	int ret;

	ret = query_parse_where(text, &res, &err);
	if (ret != 0)
		fail_msg("'%s': %d at %zu: %s", text, ret, err.pos, err.msg);
	dump(&b, res);
	if (strcmp(b.s, want) != 0)
		fail_msg("'%s'\n  got  %s\n  want %s", text, b.s, want);
	MAPIFreeBuffer(res);
	assert_int_equal(alloc_live(), live);
}

/* Parses text, which must fail at pos with msg in the message. */
static void where_bad(const char *text, size_t pos, const char *msg)
{
	long live = alloc_live();
	struct query_error err;
	LPSRestriction res = (LPSRestriction)&err;
	int ret;

	ret = query_parse_where(text, &res, &err);
	if (ret != -EINVAL)
		fail_msg("'%s' parsed (%d)", text, ret);
	assert_null(res);
	if (err.pos != pos || strstr(err.msg, msg) == NULL)
		fail_msg("'%s': error at %zu '%s', wanted at %zu '%s'", text,
			 err.pos, err.msg, pos, msg);
	assert_int_equal(alloc_live(), live);
}

/* ---------------------------------------------------------------------
 * --where
 */

static void test_where_comparisons(void **state)
{
	(void)state;
	where_ok("PR_IMPORTANCE = 2", "PROP(00170003=00170003:2)");
	where_ok("PR_IMPORTANCE!=2", "PROP(00170003!=00170003:2)");
	where_ok("PR_IMPORTANCE < -5", "PROP(00170003<00170003:-5)");
	where_ok("PR_IMPORTANCE <= 0x10", "PROP(00170003<=00170003:16)");
	where_ok("PR_IMPORTANCE > 4294967295", "PROP(00170003>00170003:-1)");
	where_ok("PR_IMPORTANCE >= -2147483648",
		 "PROP(00170003>=00170003:-2147483648)");
	where_ok("PR_SUBJECT_W = \"Hello world\"",
		 "PROP(0037001F=0037001F:w\"Hello world\")");
	where_ok("PR_SUBJECT_A = hello", "PROP(0037001E=0037001E:a\"hello\")");
	where_ok("PR_SUBJECT = \"say \\\"hi\\\" \\\\ bye\"",
		 "PROP(0037001F=0037001F:w\"say \"hi\" \\ bye\")");
	where_ok("PR_SUBJECT = \"\"", "PROP(0037001F=0037001F:w\"\")");
	where_ok("PR_HASATTACH = true", "PROP(0E1B000B=0E1B000B:true)");
	where_ok("PR_HASATTACH = FALSE", "PROP(0E1B000B=0E1B000B:false)");
	where_ok("PR_HASATTACH = 1", "PROP(0E1B000B=0E1B000B:true)");
	where_ok("PR_ENTRYID = 00aBff", "PROP(0FFF0102=0FFF0102:x00ABFF)");
	where_ok("PR_ENTRYID = \"\"", "PROP(0FFF0102=0FFF0102:x)");
	where_ok("PR_MESSAGE_SIZE_EXTENDED > -9223372036854775808",
		 "PROP(0E080014>0E080014:-9223372036854775808)");
	where_ok("0x80010005 = 1.5e3", "PROP(80010005=80010005:1500)");
	where_ok("0x80010006 = 12.34567", "PROP(80010006=80010006:123457)");
	where_ok("0x80010002 = -32768", "PROP(80010002=80010002:-32768)");
	where_ok("0x80010002 = 65535", "PROP(80010002=80010002:-1)");
}

static void test_where_dates(void **state)
{
	(void)state;
	/* 1601-01-01 is FILETIME 0; 1970-01-01 is 116444736000000000. */
	where_ok("PR_MESSAGE_DELIVERY_TIME = 1601-01-01",
		 "PROP(0E060040=0E060040:0000000000000000)");
	where_ok("PR_MESSAGE_DELIVERY_TIME = 1970-01-01T00:00:00Z",
		 "PROP(0E060040=0E060040:019DB1DED53E8000)");
	/* +1 day 1 h 1 min 1.5 s = 90061.5 s after 1970. */
	where_ok("PR_MESSAGE_DELIVERY_TIME = \"1970-01-02 01:01:01.5\"",
		 "PROP(0E060040=0E060040:019DB2B08614CFC0)");
	where_ok("PR_MESSAGE_DELIVERY_TIME < 2024-02-29",
		 "PROP(0E060040<0E060040:01DA6AA23CE90000)");
	where_bad("PR_MESSAGE_DELIVERY_TIME < 2023-02-29", 27,
		  "not a value of type PT_SYSTIME");
	where_bad("PR_MESSAGE_DELIVERY_TIME < 2023-13-01", 27, "PT_SYSTIME");
	where_bad("PR_MESSAGE_DELIVERY_TIME < 1600-12-31", 27, "PT_SYSTIME");
	where_bad("PR_MESSAGE_DELIVERY_TIME < 2023-01-01T24:00", 27,
		  "PT_SYSTIME");
	where_bad("PR_MESSAGE_DELIVERY_TIME < 2023-01-01T10:00:00.", 27,
		  "PT_SYSTIME");
	where_bad("PR_MESSAGE_DELIVERY_TIME < 2023-1-1", 27, "PT_SYSTIME");
	where_bad("PR_MESSAGE_DELIVERY_TIME < 2023-01-01X", 27, "PT_SYSTIME");
}

static void test_where_content(void **state)
{
	(void)state;
	where_ok("PR_SUBJECT ~ report",
		 "CONTENT(0037001F,SUB|IC,0037001F:w\"report\")");
	where_ok("PR_SUBJECT_A ^ \"Re:\"",
		 "CONTENT(0037001E,PREFIX|IC,0037001E:a\"Re:\")");
	where_ok("PR_ENTRYID ~ 0102",
		 "CONTENT(0FFF0102,SUB|IC,0FFF0102:x0102)");
	where_bad("PR_IMPORTANCE ~ 1", 16, "need a string or binary");
	where_bad("PR_MESSAGE_DELIVERY_TIME ^ 2020-01-01", 27,
		  "need a string or binary");
}

static void test_where_logic(void **state)
{
	(void)state;
	where_ok("exists PR_BODY", "EXIST(1000001F)");
	where_ok("EXISTS PR_BODY_A", "EXIST(1000001E)");
	where_ok("not exists PR_BODY", "NOT(EXIST(1000001F))");
	where_ok("not not exists PR_BODY", "NOT(NOT(EXIST(1000001F)))");
	where_ok("((exists PR_BODY))", "EXIST(1000001F)");
	where_ok("exists PR_BODY and exists PR_SUBJECT and exists 0x00170003",
		 "AND(EXIST(1000001F),EXIST(0037001F),EXIST(00170003))");
	/* 'and' binds tighter than 'or'. */
	where_ok("exists PR_BODY or exists PR_SUBJECT AND exists PR_IMPORTANCE",
		 "OR(EXIST(1000001F),AND(EXIST(0037001F),EXIST(00170003)))");
	where_ok("(exists PR_BODY or exists PR_SUBJECT) and exists "
		 "PR_IMPORTANCE",
		 "AND(OR(EXIST(1000001F),EXIST(0037001F)),EXIST(00170003))");
	where_ok("not PR_IMPORTANCE = 1 and PR_SUBJECT ~ x",
		 "AND(NOT(PROP(00170003=00170003:1)),"
		 "CONTENT(0037001F,SUB|IC,0037001F:w\"x\"))");
	where_ok("  \tPR_IMPORTANCE=1\n", "PROP(00170003=00170003:1)");
}

static void test_where_errors(void **state)
{
	char deep[QUERY_MAX_NESTING + 2];
	size_t i;

	(void)state;
	where_bad("", 0, "empty expression");
	where_bad("   ", 0, "empty expression");
	where_bad("PR_NOPE = 1", 0, "unknown property tag 'PR_NOPE'");
	where_bad("PR_SUBJECT", 10, "expected an operator");
	where_bad("PR_SUBJECT =", 12, "expected a value");
	where_bad("PR_SUBJECT = (", 13, "expected a value");
	where_bad("PR_SUBJECT = \"abc", 13, "unterminated string");
	where_bad("PR_SUBJECT = \"a\\", 13, "unterminated string");
	where_bad("PR_SUBJECT = \"a\\nb\"", 15, "escapes");
	where_bad("PR_IMPORTANCE = abc", 16,
		  "'abc' is not a value of type PT_LONG");
	where_bad("PR_IMPORTANCE = 4294967296", 16, "PT_LONG");
	where_bad("PR_IMPORTANCE = -2147483649", 16, "PT_LONG");
	where_bad("PR_IMPORTANCE = 010x", 16, "PT_LONG");
	where_bad("PR_IMPORTANCE = 0x", 16, "PT_LONG");
	where_bad("PR_IMPORTANCE = --1", 16, "PT_LONG");
	where_bad("PR_HASATTACH = yes", 15, "PT_BOOLEAN");
	where_bad("PR_ENTRYID = abc", 13, "PT_BINARY");
	where_bad("PR_ENTRYID = zz", 13, "PT_BINARY");
	where_bad("0x80010005 = nan", 13, "PT_DOUBLE");
	where_bad("0x80010005 = 1e999", 13, "PT_DOUBLE");
	where_bad("0x80010002 = 65536", 13, "PT_I2");
	where_bad("PR_ATTACH_DATA_OBJ = 1", 21, "cannot be compared");
	where_bad("PR_IMPORTANCE = 1 2", 18, "expected 'and', 'or' or the end");
	where_bad("PR_IMPORTANCE = 1 and", 21, "expected a property tag");
	where_bad("and PR_IMPORTANCE = 1", 0, "expected a property tag");
	where_bad("(PR_IMPORTANCE = 1", 18, "expected ')'");
	where_bad("PR_IMPORTANCE = 1)", 17, "expected 'and', 'or'");
	where_bad("()", 1, "expected a property tag");
	where_bad("PR_IMPORTANCE % 1", 14, "unexpected '%'");
	where_bad("PR_IMPORTANCE ! 1", 14, "'!' must be '!='");
	where_bad("PR_IMPORTANCE = 1 \x01", 18, "unexpected byte 0x01");
	where_bad("exists", 6, "expected a property tag");
	where_bad("exists (", 7, "expected a property tag");
	where_bad("not", 3, "expected a property tag");

	/* Nesting is bounded before the stack is. */
	deep[0] = '\0';
	for (i = 0; i < QUERY_MAX_NESTING + 1; i++)
		strcat(deep, "(");
	where_bad(deep, QUERY_MAX_NESTING, "nested more than");
}

/* Parses text, which must succeed; the tree is not looked at. */
static void where_parses(const char *text)
{
	struct query_error err;
	LPSRestriction res = NULL;

	assert_int_equal(query_parse_where(text, &res, &err), 0);
	MAPIFreeBuffer(res);
}

static void test_where_limits(void **state)
{
	char deep[8 * QUERY_MAX_NESTING + 64];
	char *big;
	size_t i;

	(void)state;
	deep[0] = '\0';
	for (i = 0; i < QUERY_MAX_NESTING - 1; i++)
		strcat(deep, "not ");
	strcat(deep, "exists PR_BODY");
	where_parses(deep);
	strcpy(deep, "not ");
	for (i = 0; i < QUERY_MAX_NESTING; i++)
		strcat(deep, "not ");
	strcat(deep, "exists PR_BODY");
	where_bad(deep, 4 * QUERY_MAX_NESTING, "nested more than");

	/* Text longer than the limit is refused without being read. */
	big = malloc(QUERY_MAX_TEXT + 2);
	assert_non_null(big);
	memset(big, ' ', QUERY_MAX_TEXT + 1);
	big[QUERY_MAX_TEXT + 1] = '\0';
	where_bad(big, QUERY_MAX_TEXT, "longer than");
	/* A long flat list at the limit is one node with many terms. */
	big[0] = '\0';
	for (i = 0; strlen(big) + 40 < QUERY_MAX_TEXT; i++)
		strcat(big, i == 0 ? "exists PR_BODY" : " or exists PR_BODY");
	where_parses(big);
	free(big);
}

/* Every allocation failure gives -ENOMEM and leaves nothing behind. */
static void test_where_oom(void **state)
{
	const char *text =
	    "(PR_SUBJECT ~ \"report\" or PR_IMPORTANCE >= 1) and not "
	    "exists PR_BODY and PR_ENTRYID = 0102 or "
	    "PR_MESSAGE_DELIVERY_TIME < 2020-01-01";
	struct query_error err;
	LPSRestriction res;
	unsigned long n;
	long live = alloc_live();
	int ret;

	(void)state;
	for (n = 1;; n++) {
		res = NULL;
		alloc_fail_after(n);
		ret = query_parse_where(text, &res, &err);
		alloc_fail_after(0);
		if (ret == 0) {
			MAPIFreeBuffer(res);
			assert_int_equal(alloc_live(), live);
			break;
		}
		assert_int_equal(ret, -ENOMEM);
		assert_null(res);
		assert_int_equal(alloc_live(), live);
	}
	assert_true(n > 5);
}

/* ---------------------------------------------------------------------
 * --sort, --columns, --set
 */

static void test_sort(void **state)
{
	long live = alloc_live();
	struct query_error err;
	LPSSortOrderSet sos = NULL;
	char many[65 * 12];
	int i;

	(void)state;
	assert_int_equal(query_parse_sort(" -PR_MESSAGE_DELIVERY_TIME , "
					  "PR_SUBJECT,+0x00170003",
					  &sos, &err),
			 0);
	assert_int_equal(sos->cSorts, 3);
	assert_int_equal(sos->cCategories, 0);
	assert_int_equal(sos->cExpanded, 0);
	assert_int_equal(sos->aSort[0].ulPropTag, PR_MESSAGE_DELIVERY_TIME);
	assert_int_equal(sos->aSort[0].ulOrder, TABLE_SORT_DESCEND);
	assert_int_equal(sos->aSort[1].ulPropTag, PR_SUBJECT_W);
	assert_int_equal(sos->aSort[1].ulOrder, TABLE_SORT_ASCEND);
	assert_int_equal(sos->aSort[2].ulPropTag, PR_IMPORTANCE);
	assert_int_equal(sos->aSort[2].ulOrder, TABLE_SORT_ASCEND);
	MAPIFreeBuffer(sos);

	assert_int_equal(query_parse_sort("", &sos, &err), -EINVAL);
	assert_null(sos);
	assert_int_equal(err.pos, 0);
	assert_int_equal(query_parse_sort("PR_SUBJECT,", &sos, &err), -EINVAL);
	assert_int_equal(err.pos, 11);
	assert_int_equal(query_parse_sort("PR_SUBJECT, -PR_NOPE", &sos, &err),
			 -EINVAL);
	assert_int_equal(err.pos, 13);
	assert_non_null(strstr(err.msg, "PR_NOPE"));
	assert_int_equal(query_parse_sort("--PR_SUBJECT", &sos, &err), -EINVAL);
	assert_int_equal(query_parse_sort("PR_ATTACH_DATA_OBJ", &sos, &err),
			 -EINVAL);
	assert_non_null(strstr(err.msg, "cannot sort"));

	/* More keys than tables take. */
	many[0] = '\0';
	for (i = 0; i < 65; i++)
		strcat(many, i == 0 ? "PR_SUBJECT" : ",PR_SUBJECT");
	assert_int_equal(query_parse_sort(many, &sos, &err), -EINVAL);
	assert_non_null(strstr(err.msg, "sort keys"));
	assert_null(sos);
	assert_int_equal(alloc_live(), live);
}

static void test_columns(void **state)
{
	long live = alloc_live();
	struct query_error err;
	LPSPropTagArray tags = NULL;

	(void)state;
	assert_int_equal(query_parse_columns(
			     "PR_ENTRYID, PR_SUBJECT ,0x0E060040", &tags, &err),
			 0);
	assert_int_equal(tags->cValues, 3);
	assert_int_equal(tags->aulPropTag[0], PR_ENTRYID);
	assert_int_equal(tags->aulPropTag[1], PR_SUBJECT_W);
	assert_int_equal(tags->aulPropTag[2], PR_MESSAGE_DELIVERY_TIME);
	MAPIFreeBuffer(tags);
	assert_int_equal(
	    query_parse_columns("PR_ENTRYID,,PR_SUBJECT", &tags, &err),
	    -EINVAL);
	assert_int_equal(err.pos, 11);
	assert_int_equal(query_parse_columns("-PR_SUBJECT", &tags, &err),
			 -EINVAL);
	assert_null(tags);
	assert_int_equal(alloc_live(), live);
}

static void test_assignment(void **state)
{
	long live = alloc_live();
	struct query_error err;
	LPSPropValue v = NULL;
	struct buf b = {.n = 0};
	void *base = NULL;

	(void)state;
	assert_int_equal(MAPIAllocateBuffer(1, &base), S_OK);
	assert_int_equal(
	    query_parse_assignment("PR_IMPORTANCE=2", base, &v, &err), 0);
	dump_value(&b, v);
	assert_string_equal(b.s, "00170003:2");
	b.n = 0;
	assert_int_equal(
	    query_parse_assignment("PR_SUBJECT = \"a b\"", base, &v, &err), 0);
	dump_value(&b, v);
	assert_string_equal(b.s, "0037001F:w\"a b\"");
	assert_int_equal(
	    query_parse_assignment("PR_IMPORTANCE<2", base, &v, &err), -EINVAL);
	assert_int_equal(err.pos, 13);
	assert_null(v);
	assert_int_equal(
	    query_parse_assignment("PR_IMPORTANCE=2 3", base, &v, &err),
	    -EINVAL);
	assert_int_equal(err.pos, 16);
	assert_int_equal(query_parse_assignment("0x80011003=1", base, &v, &err),
			 -EINVAL);
	assert_non_null(strstr(err.msg, "multi-valued"));
	MAPIFreeBuffer(base);
	assert_int_equal(alloc_live(), live);
}

static void test_tag_names(void **state)
{
	ULONG tag = 0;

	(void)state;
	assert_int_equal(query_parse_tag("PR_SUBJECT", &tag), 0);
	assert_int_equal(tag, PR_SUBJECT_W);
	assert_int_equal(query_parse_tag("pr_subject_a", &tag), 0);
	assert_int_equal(tag, PR_SUBJECT_A);
	assert_int_equal(query_parse_tag("0x0037001F", &tag), 0);
	assert_int_equal(tag, PR_SUBJECT_W);
	assert_int_equal(query_parse_tag("PR_NOPE", &tag), -ENOENT);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
	    cmocka_unit_test(test_where_comparisons),
	    cmocka_unit_test(test_where_dates),
	    cmocka_unit_test(test_where_content),
	    cmocka_unit_test(test_where_logic),
	    cmocka_unit_test(test_where_errors),
	    cmocka_unit_test(test_where_limits),
	    cmocka_unit_test(test_where_oom),
	    cmocka_unit_test(test_sort),
	    cmocka_unit_test(test_columns),
	    cmocka_unit_test(test_assignment),
	    cmocka_unit_test(test_tag_names),
	};

	return cmocka_run_group_tests(tests, NULL, NULL);
}
