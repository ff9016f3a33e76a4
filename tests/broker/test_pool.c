/*
 * test_pool.c - the parts of the broker's worker pool that need no root:
 * worker identities (what makes two workers "the same principal") and
 * the log pipe, through which nothing a worker writes can pass for a
 * line of the broker's own or flood its log.  Starting, reusing and
 * ending real workers is tests/broker/test_broker.c and test_attack.c.
 */
#include <stdarg.h>
#include <stddef.h>
#include <setjmp.h>
#include <stdint.h>
#include <cmocka.h>

#include <errno.h>
#include <fcntl.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "pool.h"
#include "timeutil.h"

static void principal_init(struct dir_principal *p, char *name,
			   unsigned char guid0, uint64_t generation)
{
	memset(p, 0, sizeof(*p));
	p->name = name;
	p->mailbox_guid[0] = guid0;
	p->generation = generation;
}

static void test_identity(void **state)
{
	static const gid_t g1[] = {30, 10, 20, 10};
	static const gid_t g2[] = {10, 20, 30};
	static const gid_t g3[] = {10, 20};
	char alice[] = "Alice", alice2[] = "alice";
	struct dir_principal p, q;
	struct worker_id a, b;

	(void)state;
	principal_init(&p, alice, 1, 7);
	principal_init(&q, alice2, 1, 7);
	assert_int_equal(worker_id_set(&a, &p, 1000, 1000, g1, 4), 0);
	assert_string_equal(a.name_key, "alice");
	/* Sorted, without duplicates. */
	assert_int_equal(a.groups_count, 3);
	assert_int_equal(a.groups[0], 10);
	assert_int_equal(a.groups[2], 30);
	assert_int_equal(worker_id_set(&b, &q, 1000, 1000, g2, 3), 0);
	assert_true(worker_id_equal(&a, &b));
	worker_id_clear(&b);

	/* Each part of the identity matters. */
	assert_int_equal(worker_id_set(&b, &q, 1001, 1000, g2, 3), 0);
	assert_false(worker_id_equal(&a, &b));
	worker_id_clear(&b);
	assert_int_equal(worker_id_set(&b, &q, 1000, 1001, g2, 3), 0);
	assert_false(worker_id_equal(&a, &b));
	worker_id_clear(&b);
	assert_int_equal(worker_id_set(&b, &q, 1000, 1000, g3, 2), 0);
	assert_false(worker_id_equal(&a, &b));
	worker_id_clear(&b);
	q.generation = 8;
	assert_int_equal(worker_id_set(&b, &q, 1000, 1000, g2, 3), 0);
	assert_false(worker_id_equal(&a, &b));
	worker_id_clear(&b);
	/* The same name, another principal (deleted and added again). */
	principal_init(&q, alice2, 2, 7);
	assert_int_equal(worker_id_set(&b, &q, 1000, 1000, g2, 3), 0);
	assert_false(worker_id_equal(&a, &b));
	worker_id_clear(&b);
	worker_id_clear(&a);
	assert_null(a.groups);
}

/*
 * Runs pool_log_read over what a worker "wrote" (text) and returns what
 * the broker logged (stderr captured).
 */
static char *logged(const char *text, size_t len, unsigned int repeat)
{
	struct pool_settings ps = {.max_workers = 1, .max_per_user = 1};
	struct pool *pool = NULL;
	struct pool_worker w;
	int in[2], out[2], saved;
	static char buf[1 << 20];
	ssize_t n;
	size_t got = 0;
	unsigned int i;

	assert_int_equal(pool_new(&ps, &pool), 0);
	assert_int_equal(pipe2(in, O_NONBLOCK), 0);
	assert_int_equal(pipe2(out, O_NONBLOCK), 0);
	assert_int_equal(fcntl(in[1], F_SETPIPE_SZ, 1 << 20) > 0, 1);
	assert_int_equal(fcntl(out[1], F_SETPIPE_SZ, 1 << 20) > 0, 1);
	for (i = 0; i < repeat; i++)
		assert_int_equal(write(in[1], text, len), (ssize_t)len);
	close(in[1]);
	memset(&w, 0, sizeof(w));
	w.state = POOL_RUNNING;
	w.pid = 4242;
	w.log_fd = in[0];
	w.channel_fd = -1;
	strcpy(w.principal, "eve");
	w.log_tokens = POOL_LOG_BURST;
	w.log_refill_ms = time_mono_ms();

	saved = dup(STDERR_FILENO);
	dup2(out[1], STDERR_FILENO);
	pool_log_read(pool, &w);
	dup2(saved, STDERR_FILENO);
	close(saved);
	close(out[1]);
	while ((n = read(out[0], buf + got, sizeof(buf) - 1 - got)) > 0)
		got += (size_t)n;
	buf[got] = '\0';
	close(out[0]);
	/* At the end of its pipe the worker's log is closed. */
	assert_int_equal(w.log_fd, -1);
	pool_free(&pool);
	return buf;
}

static unsigned int count_lines(const char *s)
{
	unsigned int n = 0;

	for (; *s != '\0'; s++)
		n += *s == '\n';
	return n;
}

static void test_log_prefix_and_controls(void **state)
{
	static const char forged[] =
	    "ok\nmapix-broker[1]: info: worker stopped\rx\x1b[2J\n";
	const char *out;

	(void)state;
	out = logged(forged, sizeof(forged) - 1, 1);
	assert_int_equal(count_lines(out), 2);
	/* Every line is the broker's, naming the worker. */
	assert_non_null(strstr(out, "info: worker user=eve pid=4242: ok\n"));
	assert_non_null(strstr(out, "info: worker user=eve pid=4242: "
				    "mapix-broker[1]: info: worker stopped?x?"
				    "[2J\n"));
	/* No line starts with the forged text. */
	assert_null(strstr(out, "\nmapix-broker[1]"));
	assert_null(strchr(out, '\r'));
	assert_null(strchr(out, '\x1b'));
}

static void test_log_long_line(void **state)
{
	char line[3 * POOL_LOG_LINE_MAX];
	const char *out;

	(void)state;
	memset(line, 'a', sizeof(line) - 1);
	line[sizeof(line) - 1] = '\n';
	out = logged(line, sizeof(line), 1);
	assert_int_equal(count_lines(out), 1);
	assert_non_null(strstr(out, " [cut]\n"));
	assert_true(strlen(out) < POOL_LOG_LINE_MAX + 100);
}

static void test_log_rate_limit(void **state)
{
	const char *out;

	(void)state;
	out = logged("spam\n", 5, 5000);
	/* A burst, then a note of what was dropped, at most. */
	assert_true(count_lines(out) <= POOL_LOG_BURST + 2);
	assert_true(count_lines(out) >= POOL_LOG_BURST);
	/* A line without its newline at the end is logged too. */
	out = logged("last words", 10, 1);
	assert_non_null(strstr(out, ": last words\n"));
}

static void test_settings(void **state)
{
	struct pool_settings ps = {.max_workers = 4, .max_per_user = 2};
	struct pool *pool = NULL;
	struct pool_worker *slots;
	unsigned int count;

	(void)state;
	ps.max_per_user = 0;
	assert_int_equal(pool_new(&ps, &pool), -EINVAL);
	ps.max_per_user = 2;
	ps.max_workers = 0;
	assert_int_equal(pool_new(&ps, &pool), -EINVAL);
	ps.max_workers = 4;
	assert_int_equal(pool_new(&ps, &pool), 0);
	slots = pool_slots(pool, &count);
	assert_int_equal(count, 4);
	assert_int_equal(slots[3].channel_fd, -1);
	assert_int_equal(slots[3].log_fd, -1);
	assert_int_equal(pool_alive(pool), 0);
	assert_int_equal(pool_alive_of(pool, "alice"), 0);
	ps.idle_timeout = 9;
	assert_int_equal(pool_update(pool, &ps), 0);
	ps.max_workers = 5;
	assert_int_equal(pool_update(pool, &ps), -EINVAL);
	/* Nothing to do, nothing due. */
	assert_int_equal(pool_tick(pool, time_mono_ms(), 777), 777);
	pool_free(&pool);
	assert_null(pool);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
	    cmocka_unit_test(test_identity),
	    cmocka_unit_test(test_log_prefix_and_controls),
	    cmocka_unit_test(test_log_long_line),
	    cmocka_unit_test(test_log_rate_limit),
	    cmocka_unit_test(test_settings),
	};

	return cmocka_run_group_tests(tests, NULL, NULL);
}
