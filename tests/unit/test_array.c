/*
 * test_array.c - core's growable array (array.h): growth, insertion and
 * removal keep every element; a failed allocation or an impossible size
 * leaves the array as it was and leaks nothing; a bad index stops the
 * process (i_assert).
 */
#include <stdarg.h>
#include <stddef.h>
#include <setjmp.h>
#include <stdint.h>
#include <cmocka.h>

#include <fcntl.h>
#include <signal.h>
#include <string.h>
#include <sys/wait.h>
#include <unistd.h>

#include "alloc.h"
#include "array.h"

struct pair {
	int key;
	double value;
};

ARRAY_DEFINE_TYPE(pair, struct pair);

/* Fills arr with n pairs through a function taking the named type. */
static int fill(ARRAY_TYPE(pair) * arr, int n)
{
	for (int i = 0; i < n; i++) {
		struct pair p = {i, i * 0.5};

		if (array_push(arr, p) < 0)
			return -ENOMEM;
	}
	return 0;
}

static void test_push_grow_keeps_elements(void **state)
{
	ARRAY_TYPE(pair) arr = ARRAY_INIT;
	long live = alloc_live();

	(void)state;
	assert_true(array_is_empty(&arr));
	assert_null(arr.v);
	assert_int_equal(fill(&arr, 1000), 0);
	assert_int_equal(array_count(&arr), 1000);
	assert_true(array_capacity(&arr) >= 1000);
	/* One block, however many times it grew. */
	assert_int_equal(alloc_live(), live + 1);
	for (int i = 0; i < 1000; i++) {
		assert_int_equal(arr.v[i].key, i);
		assert_true(array_idx(&arr, (size_t)i)->value == i * 0.5);
	}
	assert_int_equal(array_back(&arr)->key, 999);
	assert_int_equal(array_pop(&arr).key, 999);
	assert_int_equal(array_count(&arr), 999);
	array_free(&arr);
	assert_null(arr.v);
	assert_int_equal(array_count(&arr), 0);
	assert_int_equal(alloc_live(), live);
}

static void test_zeroed_is_empty(void **state)
{
	struct holder {
		int before;
		ARRAY(char *) names;
	} h;
	char one[] = "one", two[] = "two";

	(void)state;
	memset(&h, 0, sizeof(h));
	assert_int_equal(array_count(&h.names), 0);
	assert_int_equal(array_push(&h.names, one), 0);
	assert_int_equal(array_push(&h.names, two), 0);
	assert_string_equal(h.names.v[1], "two");
	array_free(&h.names);
	/* Freeing an empty array is harmless. */
	array_free(&h.names);
	assert_int_equal(h.before, 0);
}

static void test_insert_delete(void **state)
{
	ARRAY(int) arr = ARRAY_INIT;
	const int head[] = {1, 2, 3}, mid[] = {10, 11};
	const int want[] = {1, 10, 11, 3};

	(void)state;
	assert_int_equal(array_append(&arr, head, 3), 0);
	assert_int_equal(array_insert(&arr, 1, mid, 2), 0);
	/* 1 10 11 2 3: take the 2 out. */
	array_delete(&arr, 3, 1);
	assert_int_equal(array_count(&arr), 4);
	assert_memory_equal(arr.v, want, sizeof(want));
	/* At the end, and nothing at all. */
	assert_int_equal(array_insert(&arr, 4, head, 1), 0);
	assert_int_equal(arr.v[4], 1);
	assert_int_equal(array_insert(&arr, 0, head, 0), 0);
	array_delete(&arr, 0, 0);
	assert_int_equal(array_count(&arr), 5);
	array_delete(&arr, 0, 5);
	assert_true(array_is_empty(&arr));
	array_free(&arr);
}

static void test_append_space_truncate_clear(void **state)
{
	ARRAY_TYPE(pair) arr = ARRAY_INIT;
	struct pair *p;

	(void)state;
	assert_int_equal(fill(&arr, 3), 0);
	p = array_append_space(&arr, 2);
	assert_non_null(p);
	/* New room is zeroed. */
	assert_int_equal(p[0].key, 0);
	assert_int_equal(p[1].key, 0);
	assert_ptr_equal(p, &arr.v[3]);
	assert_int_equal(array_count(&arr), 5);
	array_truncate(&arr, 2);
	assert_int_equal(array_count(&arr), 2);
	assert_int_equal(arr.v[1].key, 1);
	array_clear(&arr);
	assert_true(array_is_empty(&arr));
	assert_non_null(arr.v);
	array_free(&arr);
}

static void test_reserve_then_push_cannot_fail(void **state)
{
	ARRAY(unsigned) arr = ARRAY_INIT;
	long live = alloc_live();

	(void)state;
	assert_int_equal(array_reserve(&arr, 100), 0);
	/* The next allocation would fail: none is made. */
	alloc_fail_after(1);
	for (unsigned i = 0; i < 100; i++)
		array_push_reserved(&arr, i * 3);
	assert_int_equal(array_push(&arr, 1u), 0);
	assert_false(alloc_injected());
	alloc_fail_after(0);
	assert_int_equal(arr.v[99], 297);
	assert_int_equal(alloc_live(), live + 1);
	array_free(&arr);
	assert_int_equal(alloc_live(), live);
}

/*
 * The out-of-memory loop: fail allocation n for n = 1, 2, ... while
 * building 200 elements; a failed push reports -ENOMEM and leaves the
 * elements that were there.
 */
static void test_allocation_failure(void **state)
{
	long live = alloc_live();
	unsigned long n;
	bool done = false;

	(void)state;
	for (n = 1; !done && n < 100; n++) {
		ARRAY(long) arr = ARRAY_INIT;
		long i;
		int ret = 0;

		alloc_fail_after(n);
		for (i = 0; i < 200; i++) {
			ret = array_push(&arr, i * i);
			if (ret < 0)
				break;
		}
		if (!alloc_injected()) {
			alloc_fail_after(0);
			assert_int_equal(ret, 0);
			done = true;
		} else {
			alloc_fail_after(0);
			assert_int_equal(ret, -ENOMEM);
			/* What was pushed before the failure is intact. */
			assert_int_equal(array_count(&arr), (size_t)i);
			for (long j = 0; j < i; j++)
				assert_int_equal(arr.v[j], j * j);
			/* Room failed to grow: the next push would need it. */
			assert_int_equal(array_capacity(&arr), (size_t)i);
			/* Insert and append fail alike, changing nothing. */
			alloc_fail_after(1);
			assert_int_equal(array_insert(&arr, 0, &i, 1), -ENOMEM);
			alloc_fail_after(1);
			assert_null(array_append_space(&arr, 1));
			alloc_fail_after(0);
			assert_int_equal(array_count(&arr), (size_t)i);
		}
		array_free(&arr);
		assert_int_equal(alloc_live(), live);
	}
	assert_true(done);
	assert_true(n > 2);
}

/* Sizes that cannot be represented fail without any allocation. */
static void test_size_overflow(void **state)
{
	struct big {
		char bytes[1 << 16];
	};
	ARRAY(struct big) arr = ARRAY_INIT;
	ARRAY(char) bytes = ARRAY_INIT;
	long live = alloc_live();

	(void)state;
	alloc_fail_after(1);
	assert_int_equal(array_reserve(&arr, SIZE_MAX / 1024), -ENOMEM);
	assert_false(alloc_injected());
	alloc_fail_after(0);
	assert_int_equal(array_push(&bytes, 'x'), 0);
	assert_int_equal(array_reserve(&bytes, SIZE_MAX), -ENOMEM);
	assert_int_equal(array_reserve(&bytes, SIZE_MAX - 1), -ENOMEM);
	assert_int_equal(array_count(&bytes), 1);
	assert_null(arr.v);
	array_free(&bytes);
	assert_int_equal(alloc_live(), live);
}

/* An index past the end is a bug of ours: i_assert stops the process. */
static void test_bad_index_asserts(void **state)
{
	ARRAY(int) arr = ARRAY_INIT;
	int status;
	pid_t pid;

	(void)state;
	assert_int_equal(array_push(&arr, 5), 0);
	pid = fork();
	assert_true(pid >= 0);
	if (pid == 0) {
		int fd = open("/dev/null", O_WRONLY);

		if (fd >= 0)
			dup2(fd, STDERR_FILENO);
		signal(SIGABRT, SIG_DFL);
		(void)*array_idx(&arr, 1);
		_exit(0);
	}
	assert_int_equal(waitpid(pid, &status, 0), pid);
	assert_true(WIFSIGNALED(status));
	assert_int_equal(WTERMSIG(status), SIGABRT);
	assert_int_equal(*array_idx(&arr, 0), 5);
	array_free(&arr);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
	    cmocka_unit_test(test_push_grow_keeps_elements),
	    cmocka_unit_test(test_zeroed_is_empty),
	    cmocka_unit_test(test_insert_delete),
	    cmocka_unit_test(test_append_space_truncate_clear),
	    cmocka_unit_test(test_reserve_then_push_cannot_fail),
	    cmocka_unit_test(test_allocation_failure),
	    cmocka_unit_test(test_size_overflow),
	    cmocka_unit_test(test_bad_index_asserts),
	};

	return cmocka_run_group_tests(tests, NULL, NULL);
}
