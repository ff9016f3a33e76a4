/*
 * test_config.c - the paths the context layer derives from the state
 * directory (src/context/config.c): config_profile_root_path(), the one
 * rule that turns a principal into a file name -- ASCII lower case, one
 * entry of <state_dir>/profiles, never ".", ".." or a path.
 */
#include <stdarg.h>
#include <stddef.h>
#include <setjmp.h>
#include <stdint.h>
#include <cmocka.h>

#include <errno.h>
#include <string.h>

#include "config.h"
#include "lib.h"

static void test_lower_case(void **state)
{
	char buf[256];
	const char *error = NULL;

	(void)state;
	assert_int_equal(config_profile_root_path("/var/lib/mapix", "Bob.Stone",
						  buf, sizeof(buf), &error),
			 0);
	assert_string_equal(buf, "/var/lib/mapix/profiles/bob.stone");
	/* Every spelling of a principal names one directory. */
	assert_int_equal(config_profile_root_path("/s", "ALICE@EXAMPLE-1", buf,
						  sizeof(buf), &error),
			 0);
	assert_string_equal(buf, "/s/profiles/alice@example-1");
	/* Only the principal is lowered, not the state directory. */
	assert_int_equal(config_profile_root_path("/State/Dir", "X", buf,
						  sizeof(buf), &error),
			 0);
	assert_string_equal(buf, "/State/Dir/profiles/x");
	/* ASCII only: other bytes stay as they are. */
	assert_int_equal(config_profile_root_path("/s", "\xc3\x89Z", buf,
						  sizeof(buf), &error),
			 0);
	assert_string_equal(buf, "/s/profiles/\xc3\x89z");
	/* Dots are fine when they are not the whole name. */
	assert_int_equal(
	    config_profile_root_path("/s", "...", buf, sizeof(buf), &error), 0);
	assert_string_equal(buf, "/s/profiles/...");
	assert_int_equal(
	    config_profile_root_path("/s", ".x", buf, sizeof(buf), &error), 0);
	assert_string_equal(buf, "/s/profiles/.x");
}

static void test_refused(void **state)
{
	static const char *const bad[] = {"",  ".",    "..", "a/b",
					  "/", "../x", "x/"};
	char buf[256] = "untouched";
	const char *error;
	unsigned int i;

	(void)state;
	for (i = 0; i < N_ELEMENTS(bad); i++) {
		error = NULL;
		assert_int_equal(config_profile_root_path("/s", bad[i], buf,
							  sizeof(buf), &error),
				 -EINVAL);
		assert_non_null(error);
		assert_non_null(strstr(error, "profile directory"));
	}
	assert_int_equal(
	    config_profile_root_path("/s", NULL, buf, sizeof(buf), &error),
	    -EINVAL);
	assert_int_equal(
	    config_profile_root_path(NULL, "x", buf, sizeof(buf), &error),
	    -EINVAL);
}

static void test_too_long(void **state)
{
	/* "/s/profiles/abc" is 15 bytes, 16 with its NUL. */
	char buf[16];
	const char *error = NULL;

	(void)state;
	assert_int_equal(
	    config_profile_root_path("/s", "abcd", buf, sizeof(buf), &error),
	    -ENAMETOOLONG);
	assert_non_null(strstr(error, "too long"));
	assert_int_equal(
	    config_profile_root_path("/s", "ABC", buf, sizeof(buf), &error), 0);
	assert_string_equal(buf, "/s/profiles/abc");
	assert_int_equal(config_profile_root_path("/s", "ABC", buf, 15, &error),
			 -ENAMETOOLONG);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
	    cmocka_unit_test(test_lower_case),
	    cmocka_unit_test(test_refused),
	    cmocka_unit_test(test_too_long),
	};

	return cmocka_run_group_tests(tests, NULL, NULL);
}
