/*
 * test_str.c - core's string buffer (str.h): appends and formatting grow
 * it and keep it NUL-terminated; a failed allocation leaves the text as it
 * was and leaks nothing.
 */
#include <stdarg.h>
#include <stddef.h>
#include <setjmp.h>
#include <stdint.h>
#include <cmocka.h>

#include <string.h>

#include "alloc.h"
#include "str.h"

static void test_empty(void **state)
{
	struct str s = STR_INIT;
	long live = alloc_live();
	char *text;

	(void)state;
	assert_string_equal(str_c(&s), "");
	assert_int_equal(str_len(&s), 0);
	str_truncate(&s, 0);
	str_free(&s);
	assert_int_equal(alloc_live(), live);
	/* Stealing an empty buffer gives an empty string to free. */
	text = str_steal(&s);
	assert_non_null(text);
	assert_string_equal(text, "");
	alloc_free(text);
	assert_int_equal(alloc_live(), live);
}

static void test_append_and_format(void **state)
{
	struct str s = STR_INIT;
	char longer[300];

	(void)state;
	assert_int_equal(str_append(&s, "to: "), 0);
	assert_int_equal(str_append_n(&s, "alice@example.org", 5), 0);
	assert_int_equal(str_append_c(&s, ' '), 0);
	assert_int_equal(str_printfa(&s, "<%s> %d", "a@x", 42), 0);
	assert_string_equal(str_c(&s), "to: alice <a@x> 42");
	assert_int_equal(str_len(&s), strlen("to: alice <a@x> 42"));
	/* A formatted piece larger than the room there is. */
	memset(longer, 'z', sizeof(longer) - 1);
	longer[sizeof(longer) - 1] = '\0';
	assert_int_equal(str_printfa(&s, "[%s]", longer), 0);
	assert_int_equal(str_len(&s), 18 + 2 + 299);
	assert_int_equal(str_c(&s)[str_len(&s)], '\0');
	assert_int_equal(str_c(&s)[str_len(&s) - 1], ']');
	str_truncate(&s, 2);
	assert_string_equal(str_c(&s), "to");
	assert_int_equal(str_printfa(&s, "%s", ""), 0);
	assert_string_equal(str_c(&s), "to");
	str_free(&s);
	assert_string_equal(str_c(&s), "");
}

static void test_steal(void **state)
{
	struct str s = STR_INIT;
	long live = alloc_live();
	char *text;

	(void)state;
	assert_int_equal(str_printfa(&s, "%u-%s", 7u, "seven"), 0);
	text = str_steal(&s);
	assert_string_equal(text, "7-seven");
	/* The buffer owns nothing any more. */
	assert_int_equal(str_len(&s), 0);
	assert_string_equal(str_c(&s), "");
	str_free(&s);
	assert_int_equal(alloc_live(), live + 1);
	alloc_free(text);
	assert_int_equal(alloc_live(), live);
}

/*
 * Every call that must grow fails under an injected allocation failure
 * with -ENOMEM, leaving the text as it was, NUL-terminated.
 */
static void test_allocation_failure(void **state)
{
	struct str s = STR_INIT;
	char big[200];
	long live = alloc_live();

	(void)state;
	alloc_fail_after(1);
	assert_int_equal(str_append(&s, "x"), -ENOMEM);
	assert_true(alloc_injected());
	alloc_fail_after(1);
	assert_int_equal(str_printfa(&s, "%d", 5), -ENOMEM);
	alloc_fail_after(0);
	assert_string_equal(str_c(&s), "");
	assert_int_equal(alloc_live(), live);

	assert_int_equal(str_append(&s, "kept"), 0);
	memset(big, 'b', sizeof(big) - 1);
	big[sizeof(big) - 1] = '\0';
	alloc_fail_after(1);
	assert_int_equal(str_append(&s, big), -ENOMEM);
	assert_string_equal(str_c(&s), "kept");
	/* The format is tried in the room there is first: the cut copy
	 * must not stay behind. */
	alloc_fail_after(1);
	assert_int_equal(str_printfa(&s, "%s", big), -ENOMEM);
	assert_int_equal(str_len(&s), 4);
	assert_string_equal(str_c(&s), "kept");
	/* What fits needs no allocation. */
	alloc_fail_after(1);
	assert_int_equal(str_append_c(&s, '!'), 0);
	assert_false(alloc_injected());
	alloc_fail_after(0);
	assert_string_equal(str_c(&s), "kept!");
	str_free(&s);
	assert_int_equal(alloc_live(), live);
}

/* The OOM loop over building a longer text piece by piece. */
static void test_oom_loop(void **state)
{
	long live = alloc_live();
	unsigned long n;
	bool done = false;

	(void)state;
	for (n = 1; !done && n < 100; n++) {
		struct str s = STR_INIT;
		int ret = 0, i;

		alloc_fail_after(n);
		for (i = 0; i < 100 && ret == 0; i++)
			ret = str_printfa(&s, "%d,", i);
		if (!alloc_injected()) {
			assert_int_equal(ret, 0);
			assert_int_equal(strncmp(str_c(&s), "0,1,2,", 6), 0);
			assert_int_equal(str_len(&s), 10 * 2 + 90 * 3);
			done = true;
		} else {
			assert_int_equal(ret, -ENOMEM);
			assert_int_equal(strlen(str_c(&s)), str_len(&s));
		}
		alloc_fail_after(0);
		str_free(&s);
		assert_int_equal(alloc_live(), live);
	}
	assert_true(done);
	assert_true(n > 2);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
	    cmocka_unit_test(test_empty),
	    cmocka_unit_test(test_append_and_format),
	    cmocka_unit_test(test_steal),
	    cmocka_unit_test(test_allocation_failure),
	    cmocka_unit_test(test_oom_loop),
	};

	return cmocka_run_group_tests(tests, NULL, NULL);
}
