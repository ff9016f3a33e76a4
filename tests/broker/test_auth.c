/*
 * test_auth.c - the broker's password threads (auth.h) against a real
 * directory in a scratch state directory: results, the order in which
 * peer uids are served, the limits, the back-off after failures, and
 * freeing with checks still queued.  Hashes at the minimum cost
 * (MAPIX_PWHASH_FAST), so a check takes a few milliseconds.
 */
#include <stdarg.h>
#include <stddef.h>
#include <setjmp.h>
#include <stdint.h>
#include <cmocka.h>

#include <errno.h>
#include <poll.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "auth.h"
#include "directory.h"

#define PASSWORD "right password"

struct fixture {
	char state[64];
	struct directory *dir;
};

static void add(struct directory *dir, const char *name)
{
	struct dir_principal_settings s = {.name = name, .password = PASSWORD};

	assert_int_equal(directory_add(dir, &s, NULL), 0);
}

static int setup(void **state)
{
	struct fixture *fx = calloc(1, sizeof(*fx));

	setenv(DIR_PWHASH_FAST_ENV, "1", 1);
	strcpy(fx->state, "/tmp/mapix-test-auth-XXXXXX");
	assert_non_null(mkdtemp(fx->state));
	assert_int_equal(directory_open("sqlite", fx->state, &fx->dir, NULL),
			 0);
	add(fx->dir, "alice");
	add(fx->dir, "bob");
	*state = fx;
	return 0;
}

static int teardown(void **state)
{
	struct fixture *fx = *state;
	char cmd[128];

	directory_close(&fx->dir);
	snprintf(cmd, sizeof(cmd), "rm -rf %s", fx->state);
	assert_int_equal(system(cmd), 0);
	free(fx);
	return 0;
}

static int submit(struct auth *a, uid_t uid, const char *name,
		  const char *password, void *tag)
{
	struct request req;

	memset(&req, 0, sizeof(req));
	req.op = REQUEST_LOGON;
	snprintf(req.name, sizeof(req.name), "%s", name);
	snprintf(req.password, sizeof(req.password), "%s", password);
	return auth_submit(a, uid, &req, tag);
}

/* Waits for the next result (at most 20 s). */
static void next_result(struct auth *a, struct auth_result *r)
{
	struct pollfd pfd = {.fd = auth_fd(a), .events = POLLIN};
	int i;

	for (i = 0; i < 2000; i++) {
		if (auth_take(a, r) == 1)
			return;
		(void)poll(&pfd, 1, 10);
	}
	fail_msg("no result within 20 s");
}

static void test_results(void **state)
{
	struct fixture *fx = *state;
	struct auth_settings as = {.threads = 2, .max_per_uid = 8};
	struct auth_result r;
	struct auth *a = NULL;
	int tags[3], seen = 0, i;

	assert_int_equal(auth_new(fx->dir, &as, &a, NULL), 0);
	assert_int_equal(submit(a, 1000, "alice", PASSWORD, &tags[0]), 0);
	assert_int_equal(submit(a, 1000, "bob", "wrong", &tags[1]), 0);
	assert_int_equal(submit(a, 1000, "nobody", PASSWORD, &tags[2]), 0);
	for (i = 0; i < 3; i++) {
		next_result(a, &r);
		if (r.tag == &tags[0]) {
			assert_int_equal(r.ret, 0);
			assert_non_null(r.principal);
			assert_string_equal(r.principal->name, "alice");
		} else {
			assert_true(r.tag == &tags[1] || r.tag == &tags[2]);
			assert_int_equal(r.ret, -EACCES);
			assert_null(r.principal);
		}
		seen |= 1 << (r.tag == &tags[0]   ? 0
			      : r.tag == &tags[1] ? 1
						  : 2);
		dir_principal_free(&r.principal);
	}
	assert_int_equal(seen, 7);
	assert_int_equal(auth_take(a, &r), 0);
	assert_int_equal(auth_pending(a), 0);
	auth_free(&a);
	assert_null(a);
}

/* One thread; uid 2000 queues 8 checks, then uid 3000 one: uid 3000's
 * comes back among the first two, not last. */
static void test_round_robin(void **state)
{
	struct fixture *fx = *state;
	struct auth_settings as = {.threads = 1, .max_per_uid = 16};
	struct auth_result r;
	struct auth *a = NULL;
	char name[16];
	int flood[8], good, i, pos = -1;

	assert_int_equal(auth_new(fx->dir, &as, &a, NULL), 0);
	auth_pause(a, true);
	for (i = 0; i < 8; i++) {
		snprintf(name, sizeof(name), "user%d", i);
		assert_int_equal(submit(a, 2000, name, "wrong", &flood[i]), 0);
	}
	assert_int_equal(submit(a, 3000, "alice", PASSWORD, &good), 0);
	auth_pause(a, false);
	for (i = 0; i < 9; i++) {
		next_result(a, &r);
		if (r.tag == &good) {
			pos = i;
			assert_int_equal(r.ret, 0);
		}
		dir_principal_free(&r.principal);
	}
	assert_true(pos >= 0 && pos <= 1);
	auth_free(&a);
}

static void test_limits(void **state)
{
	struct fixture *fx = *state;
	struct auth_settings as = {.threads = 1, .max_per_uid = 6};
	struct auth_result r;
	struct auth *a = NULL;
	int tag, i, n = 0;

	assert_int_equal(auth_new(fx->dir, &as, &a, NULL), 0);
	auth_pause(a, true);
	/* AUTH_PER_NAME_MAX checks of one name, in any case. */
	for (i = 0; i < AUTH_PER_NAME_MAX; i++)
		assert_int_equal(
		    submit(a, 4000, i % 2 ? "BOB" : "bob", "wrong", &tag), 0);
	assert_int_equal(submit(a, 4001, "Bob", "wrong", &tag), -EBUSY);
	/* max_per_uid checks of one uid. */
	assert_int_equal(submit(a, 4000, "x1", "wrong", &tag), 0);
	assert_int_equal(submit(a, 4000, "x2", "wrong", &tag), 0);
	assert_int_equal(submit(a, 4000, "x3", "wrong", &tag), -EBUSY);
	/* Another uid is not held back by uid 4000's limit. */
	assert_int_equal(submit(a, 4002, "alice", PASSWORD, &tag), 0);
	assert_int_equal(auth_pending(a), AUTH_PER_NAME_MAX + 3);
	auth_pause(a, false);
	while (n < AUTH_PER_NAME_MAX + 3) {
		next_result(a, &r);
		dir_principal_free(&r.principal);
		n++;
	}
	/* Once done, the limits are free again. */
	assert_int_equal(auth_pending(a), 0);
	assert_int_equal(submit(a, 4000, "x3", "wrong", &tag), 0);
	next_result(a, &r);
	auth_free(&a);
}

/* After AUTH_NAME_FREE_FAILURES failures of a name, its checks wait;
 * another name does not; a success resets the name. */
static void test_backoff(void **state)
{
	struct fixture *fx = *state;
	struct auth_settings as = {.threads = 2, .max_per_uid = 16};
	struct auth_result r;
	struct auth *a = NULL;
	int tag, i;

	assert_int_equal(auth_new(fx->dir, &as, &a, NULL), 0);
	for (i = 0; i < AUTH_NAME_FREE_FAILURES; i++) {
		assert_int_equal(submit(a, 5000, "bob", "wrong", &tag), 0);
		next_result(a, &r);
		assert_int_equal(r.ret, -EACCES);
		assert_true(r.waited_ms < AUTH_DELAY_BASE_MS);
	}
	assert_int_equal(submit(a, 5001, "bob", "wrong", &tag), 0);
	next_result(a, &r);
	assert_int_equal(r.ret, -EACCES);
	assert_true(r.waited_ms >= AUTH_DELAY_BASE_MS);
	assert_int_equal(submit(a, 5001, "BOB", PASSWORD, &tag), 0);
	next_result(a, &r);
	assert_int_equal(r.ret, 0);
	assert_true(r.waited_ms >= 2 * AUTH_DELAY_BASE_MS);
	dir_principal_free(&r.principal);
	/* alice was never held back. */
	assert_int_equal(submit(a, 5000, "alice", PASSWORD, &tag), 0);
	next_result(a, &r);
	assert_true(r.waited_ms < AUTH_DELAY_BASE_MS);
	dir_principal_free(&r.principal);
	/* bob's success reset his record. */
	assert_int_equal(submit(a, 5000, "bob", "wrong", &tag), 0);
	next_result(a, &r);
	assert_true(r.waited_ms < AUTH_DELAY_BASE_MS);
	auth_free(&a);
}

/* Freed with checks queued behind a back-off: nothing leaks or hangs. */
static void test_free_with_queue(void **state)
{
	struct fixture *fx = *state;
	struct auth_settings as = {.threads = 1, .max_per_uid = 16};
	struct auth_result r;
	struct auth *a = NULL;
	int tag, i;

	assert_int_equal(auth_new(fx->dir, &as, &a, NULL), 0);
	for (i = 0; i < AUTH_NAME_FREE_FAILURES + 1; i++) {
		assert_int_equal(submit(a, 6000, "carol", "wrong", &tag), 0);
		next_result(a, &r);
	}
	for (i = 0; i < AUTH_PER_NAME_MAX; i++)
		assert_int_equal(submit(a, 6000, "carol", "wrong", &tag), 0);
	assert_true(auth_pending(a) > 0);
	auth_free(&a);
	assert_null(a);
}

static void test_bad_settings(void **state)
{
	struct fixture *fx = *state;
	struct auth_settings as = {.threads = 0, .max_per_uid = 1};
	struct auth *a = NULL;

	assert_int_equal(auth_new(fx->dir, &as, &a, NULL), -EINVAL);
	as.threads = AUTH_THREADS_MAX + 1;
	assert_int_equal(auth_new(fx->dir, &as, &a, NULL), -EINVAL);
	as.threads = 1;
	as.max_per_uid = 0;
	assert_int_equal(auth_new(fx->dir, &as, &a, NULL), -EINVAL);
	assert_null(a);
	auth_free(NULL);
	auth_free(&a);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
	    cmocka_unit_test_setup_teardown(test_results, setup, teardown),
	    cmocka_unit_test_setup_teardown(test_round_robin, setup, teardown),
	    cmocka_unit_test_setup_teardown(test_limits, setup, teardown),
	    cmocka_unit_test_setup_teardown(test_backoff, setup, teardown),
	    cmocka_unit_test_setup_teardown(test_free_with_queue, setup,
					    teardown),
	    cmocka_unit_test_setup_teardown(test_bad_settings, setup, teardown),
	};

	return cmocka_run_group_tests(tests, NULL, NULL);
}
