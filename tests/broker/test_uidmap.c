/*
 * test_uidmap.c - uids for principals without an OS identity
 * (src/broker/uidmap.c): one per principal -- a name together with its
 * mailbox GUID, so a principal added again under an old name gets a new
 * uid -- stable across reopening, never one that is in use, never outside
 * the range, never given twice, and a broken file is refused rather than
 * guessed at.
 */
#include <errno.h>
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include <cmocka.h>

#include "uidmap.h"

static char dir[] = "/tmp/mapix-uidmap-XXXXXX";
static char path[256];

static int setup(void **state)
{
	(void)state;
	if (mkdtemp(dir) == NULL)
		return -1;
	snprintf(path, sizeof(path), "%s/broker-uids", dir);
	return 0;
}

static int teardown(void **state)
{
	(void)state;
	unlink(path);
	rmdir(dir);
	return 0;
}

static const unsigned char guid_a[16] = {1, 2, 3};
static const unsigned char guid_b[16] = {4, 5, 6};
static const unsigned char guid_c[16] = {7, 8, 9};

static bool odd_in_use(uid_t uid, void *context)
{
	(*(int *)context)++;
	return (uid % 2) == 1;
}

static void test_assign_and_reload(void **state)
{
	struct uidmap *map = NULL;
	struct stat st;
	uid_t a, b, again;
	int calls = 0;

	(void)state;
	unlink(path);
	assert_int_equal(uidmap_open(path, 1000, 1003, &map, NULL), 0);
	assert_int_equal(
	    uidmap_get(map, "Alice", guid_a, odd_in_use, &calls, &a, NULL), 0);
	assert_int_equal(a, 1000);
	assert_int_equal(
	    uidmap_get(map, "bob", guid_b, odd_in_use, &calls, &b, NULL), 0);
	/* 1001 is in use: skipped. */
	assert_int_equal(b, 1002);
	assert_int_equal(
	    uidmap_get(map, "ALICE", guid_a, odd_in_use, &calls, &again, NULL),
	    0);
	assert_int_equal(again, 1000);
	/* 1003 is in use too: the range is exhausted. */
	assert_int_equal(
	    uidmap_get(map, "carol", guid_c, odd_in_use, &calls, &again, NULL),
	    -ENOSPC);
	uidmap_free(&map);
	assert_null(map);

	assert_int_equal(stat(path, &st), 0);
	assert_int_equal(st.st_mode & 0777, 0600);
	/* Reopened: the same answers, without asking who is in use. */
	assert_int_equal(uidmap_open(path, 1000, 1003, &map, NULL), 0);
	calls = 0;
	assert_int_equal(
	    uidmap_get(map, "bob", guid_b, odd_in_use, &calls, &b, NULL), 0);
	assert_int_equal(b, 1002);
	assert_int_equal(calls, 0);
	assert_int_equal(uidmap_lookup(map, "BOB", guid_b, &b), 0);
	assert_int_equal(b, 1002);
	uidmap_free(&map);
}

/* alice deleted and added again: a new GUID, so not the old uid. */
static void test_readded_principal(void **state)
{
	struct uidmap *map = NULL;
	uid_t a, a2;
	FILE *f;
	char line[128];

	(void)state;
	unlink(path);
	assert_int_equal(uidmap_open(path, 2000, 2009, &map, NULL), 0);
	assert_int_equal(uidmap_get(map, "alice", guid_a, NULL, NULL, &a, NULL),
			 0);
	assert_int_equal(uidmap_lookup(map, "alice", guid_b, &a2), -ENOENT);
	assert_int_equal(
	    uidmap_get(map, "alice", guid_b, NULL, NULL, &a2, NULL), 0);
	assert_true(a2 != a);
	uidmap_free(&map);
	/* The file names the GUID. */
	f = fopen(path, "r");
	assert_non_null(f);
	assert_non_null(fgets(line, sizeof(line), f));
	assert_non_null(fgets(line, sizeof(line), f));
	assert_string_equal(line,
			    "alice 01020300000000000000000000000000 2000\n");
	fclose(f);

	/* A line of the old format keeps its uid reserved, for nobody. */
	f = fopen(path, "w");
	assert_non_null(f);
	fputs("carol 2000\n", f);
	fclose(f);
	assert_int_equal(uidmap_open(path, 2000, 2009, &map, NULL), 0);
	assert_int_equal(uidmap_lookup(map, "carol", guid_c, &a), -ENOENT);
	assert_int_equal(uidmap_get(map, "carol", guid_c, NULL, NULL, &a, NULL),
			 0);
	assert_int_equal(a, 2001);
	uidmap_free(&map);
	unlink(path);
}

static void test_bad_input(void **state)
{
	struct uidmap *map = NULL;
	const char *error = NULL;
	uid_t first, last;
	FILE *f;

	(void)state;
	assert_int_equal(uidmap_parse_range("100-200", &first, &last), 0);
	assert_int_equal(first, 100);
	assert_int_equal(last, 200);
	assert_int_equal(uidmap_parse_range("0-200", &first, &last), -EINVAL);
	assert_int_equal(uidmap_parse_range("200-100", &first, &last), -EINVAL);
	assert_int_equal(uidmap_parse_range("1-2x", &first, &last), -EINVAL);
	assert_int_equal(uidmap_parse_range("-1-2", &first, &last), -EINVAL);
	assert_int_equal(uidmap_parse_range("", &first, &last), -EINVAL);

	f = fopen(path, "w");
	assert_non_null(f);
	fputs("alice 1000\nbad/name 1001\n", f);
	fclose(f);
	assert_int_equal(uidmap_open(path, 1000, 1003, &map, &error), -EINVAL);
	assert_null(map);
	assert_non_null(strstr(error, ":2:"));

	f = fopen(path, "w");
	assert_non_null(f);
	fputs("alice 1000", f);
	fclose(f);
	assert_int_equal(uidmap_open(path, 1000, 1003, &map, NULL), -EINVAL);
	assert_int_equal(uidmap_open(path, 0, 1003, &map, NULL), -EINVAL);

	f = fopen(path, "w");
	assert_non_null(f);
	fputs("alice 0102 1000\n", f);
	fclose(f);
	assert_int_equal(uidmap_open(path, 1000, 1003, &map, NULL), -EINVAL);
	f = fopen(path, "w");
	assert_non_null(f);
	fputs("alice 0102030000000000000000000000000g 1000\n", f);
	fclose(f);
	assert_int_equal(uidmap_open(path, 1000, 1003, &map, NULL), -EINVAL);
	unlink(path);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
	    cmocka_unit_test(test_assign_and_reload),
	    cmocka_unit_test(test_readded_principal),
	    cmocka_unit_test(test_bad_input),
	};

	return cmocka_run_group_tests(tests, setup, teardown);
}
