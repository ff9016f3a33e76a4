/*
 * test_ptrset.c - core's address set (ptrset.h): members are found until
 * taken out, through growth and churn (members moving back into holes),
 * also while other threads change the set; a check may refuse a
 * member and keep it; of threads racing to take one member exactly one
 * gets it.  Only addresses are used: the set never reads what they point
 * to (the tests pass addresses of nothing).
 */
#include <stdarg.h>
#include <stddef.h>
#include <setjmp.h>
#include <stdint.h>
#include <cmocka.h>

#include <errno.h>
#include <pthread.h>
#include <stdbool.h>

#include "ptrset.h"

/* Addresses spaced like heap blocks; nothing is behind them. */
static const void *addr(uintptr_t i)
{
	return (const void *)(0x10000 + i * 48);
}

static void test_add_find_take(void **state)
{
	static struct ptrset set;

	(void)state;
	assert_false(ptrset_contains(&set, addr(1)));
	assert_int_equal(ptrset_take(&set, addr(1), NULL, NULL), -ENOENT);
	assert_int_equal(ptrset_add(&set, addr(1)), 0);
	assert_int_equal(ptrset_add(&set, addr(2)), 0);
	assert_true(ptrset_contains(&set, addr(1)));
	assert_false(ptrset_contains(&set, addr(3)));
	assert_int_equal(ptrset_count(&set), 2);
	assert_int_equal(ptrset_take(&set, addr(1), NULL, NULL), 0);
	assert_int_equal(ptrset_take(&set, addr(1), NULL, NULL), -ENOENT);
	assert_false(ptrset_contains(&set, addr(1)));
	assert_true(ptrset_contains(&set, addr(2)));
	assert_false(ptrset_contains(&set, NULL));
	assert_int_equal(ptrset_count(&set), 1);
}

static int refuse_odd(const void *p, const void *arg)
{
	(void)arg;
	return (((uintptr_t)p - 0x10000) / 48) % 2 != 0 ? -EACCES : 0;
}

static void test_check_refuses(void **state)
{
	static struct ptrset set;

	(void)state;
	assert_int_equal(ptrset_add(&set, addr(7)), 0);
	assert_int_equal(ptrset_add(&set, addr(8)), 0);
	/* A refused take keeps the member. */
	assert_int_equal(ptrset_take(&set, addr(7), refuse_odd, NULL), -EACCES);
	assert_true(ptrset_contains(&set, addr(7)));
	assert_int_equal(ptrset_take(&set, addr(8), refuse_odd, NULL), 0);
	assert_false(ptrset_contains(&set, addr(8)));
	/* The check is not called for a stranger. */
	assert_int_equal(ptrset_take(&set, addr(9), refuse_odd, NULL), -ENOENT);
}

/* Many members (tables grow), then churn (members move back into the
 * holes others leave). */
static void test_growth_and_churn(void **state)
{
	static struct ptrset set;
	const uintptr_t n = 20000;

	(void)state;
	for (uintptr_t i = 0; i < n; i++)
		assert_int_equal(ptrset_add(&set, addr(i)), 0);
	assert_int_equal(ptrset_count(&set), n);
	for (uintptr_t i = 0; i < n; i += 2)
		assert_int_equal(ptrset_take(&set, addr(i), NULL, NULL), 0);
	for (uintptr_t round = 0; round < 20; round++) {
		uintptr_t base = n + round * 1000;

		for (uintptr_t i = 0; i < 1000; i++)
			assert_int_equal(ptrset_add(&set, addr(base + i)), 0);
		for (uintptr_t i = 0; i < 1000; i++)
			assert_int_equal(
			    ptrset_take(&set, addr(base + i), NULL, NULL), 0);
	}
	for (uintptr_t i = 0; i < n; i++)
		assert_int_equal(ptrset_contains(&set, addr(i)), i % 2 != 0);
	assert_int_equal(ptrset_count(&set), n / 2);
	for (uintptr_t i = 1; i < n; i += 2)
		assert_int_equal(ptrset_take(&set, addr(i), NULL, NULL), 0);
	assert_int_equal(ptrset_count(&set), 0);
}

/*
 * Random adds, takes and lookups over a small range of addresses, so
 * probe runs collide and members move often, checked against a plain
 * array of who is in.
 */
static void test_random_against_reference(void **state)
{
	static struct ptrset set;
	static bool in[4096];
	uint64_t x = 0x9e3779b97f4a7c15ull;
	size_t members = 0;

	(void)state;
	for (int op = 0; op < 300000; op++) {
		uintptr_t i;
		int ret;

		x ^= x << 13;
		x ^= x >> 7;
		x ^= x << 17;
		i = (uintptr_t)(x % 4096);
		switch ((x >> 20) % 3) {
		case 0:
			if (!in[i]) {
				assert_int_equal(ptrset_add(&set, addr(i)), 0);
				in[i] = true;
				members++;
			}
			break;
		case 1:
			ret = ptrset_take(&set, addr(i), NULL, NULL);
			assert_int_equal(ret, in[i] ? 0 : -ENOENT);
			if (in[i])
				members--;
			in[i] = false;
			break;
		default:
			assert_int_equal(ptrset_contains(&set, addr(i)), in[i]);
			break;
		}
	}
	assert_int_equal(ptrset_count(&set), members);
	for (uintptr_t i = 0; i < 4096; i++)
		assert_int_equal(ptrset_contains(&set, addr(i)), in[i]);
}

#define THREADS    4
#define PER_THREAD 20000

static struct ptrset shared_set;
static _Atomic int wins;

/* Each thread adds and takes its own addresses, over and over. */
static void *own_addresses(void *arg)
{
	uintptr_t base = (uintptr_t)arg * PER_THREAD + 1000000;

	for (int round = 0; round < 3; round++) {
		for (uintptr_t i = 0; i < PER_THREAD; i++)
			if (ptrset_add(&shared_set, addr(base + i)) < 0)
				return (void *)1;
		for (uintptr_t i = 0; i < PER_THREAD; i++)
			if (ptrset_take(&shared_set, addr(base + i), NULL,
					NULL) != 0)
				return (void *)1;
	}
	return NULL;
}

/* Every thread tries to take the same members. */
static void *take_shared(void *arg)
{
	(void)arg;
	for (uintptr_t i = 0; i < PER_THREAD; i++)
		if (ptrset_take(&shared_set, addr(i), NULL, NULL) == 0)
			atomic_fetch_add(&wins, 1);
	return NULL;
}

#define STABLE 5000

static _Atomic bool churn_done;

/* Adds and takes addresses of its own until told to stop: the tables
 * grow and get rebuilt under the readers' feet. */
static void *churn(void *arg)
{
	uintptr_t base = 3000000 + (uintptr_t)arg * 100000;

	while (!atomic_load(&churn_done)) {
		for (uintptr_t i = 0; i < 5000; i++)
			if (ptrset_add(&shared_set, addr(base + i)) < 0)
				return (void *)1;
		for (uintptr_t i = 0; i < 5000; i++)
			if (ptrset_take(&shared_set, addr(base + i), NULL,
					NULL) != 0)
				return (void *)1;
	}
	return NULL;
}

/* Looks up members that stay, and strangers, without a lock. */
static void *look_up(void *arg)
{
	(void)arg;
	for (int round = 0; round < 20; round++) {
		for (uintptr_t i = 0; i < STABLE; i++) {
			if (!ptrset_contains(&shared_set, addr(2000000 + i)))
				return (void *)1;
			if (ptrset_contains(&shared_set, addr(2500000 + i)))
				return (void *)1;
		}
	}
	return NULL;
}

/* Lock-free lookups never miss a member, nor find a stranger, while
 * other threads change the same shards. */
static void test_lookups_during_changes(void **state)
{
	pthread_t writers[2], readers[2];
	void *ret;

	(void)state;
	for (uintptr_t i = 0; i < STABLE; i++)
		assert_int_equal(ptrset_add(&shared_set, addr(2000000 + i)), 0);
	for (uintptr_t i = 0; i < 2; i++) {
		assert_int_equal(
		    pthread_create(&writers[i], NULL, churn, (void *)i), 0);
		assert_int_equal(
		    pthread_create(&readers[i], NULL, look_up, NULL), 0);
	}
	for (int i = 0; i < 2; i++) {
		assert_int_equal(pthread_join(readers[i], &ret), 0);
		assert_null(ret);
	}
	atomic_store(&churn_done, true);
	for (int i = 0; i < 2; i++) {
		assert_int_equal(pthread_join(writers[i], &ret), 0);
		assert_null(ret);
	}
	for (uintptr_t i = 0; i < STABLE; i++)
		assert_int_equal(
		    ptrset_take(&shared_set, addr(2000000 + i), NULL, NULL), 0);
	assert_int_equal(ptrset_count(&shared_set), 0);
}

static void test_threads(void **state)
{
	pthread_t t[THREADS];
	void *ret;

	(void)state;
	for (uintptr_t i = 0; i < THREADS; i++)
		assert_int_equal(
		    pthread_create(&t[i], NULL, own_addresses, (void *)i), 0);
	for (int i = 0; i < THREADS; i++) {
		assert_int_equal(pthread_join(t[i], &ret), 0);
		assert_null(ret);
	}
	assert_int_equal(ptrset_count(&shared_set), 0);

	for (uintptr_t i = 0; i < PER_THREAD; i++)
		assert_int_equal(ptrset_add(&shared_set, addr(i)), 0);
	for (int i = 0; i < THREADS; i++)
		assert_int_equal(pthread_create(&t[i], NULL, take_shared, NULL),
				 0);
	for (int i = 0; i < THREADS; i++)
		assert_int_equal(pthread_join(t[i], NULL), 0);
	/* Each member went to exactly one thread. */
	assert_int_equal(atomic_load(&wins), PER_THREAD);
	assert_int_equal(ptrset_count(&shared_set), 0);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
	    cmocka_unit_test(test_add_find_take),
	    cmocka_unit_test(test_check_refuses),
	    cmocka_unit_test(test_growth_and_churn),
	    cmocka_unit_test(test_random_against_reference),
	    cmocka_unit_test(test_threads),
	    cmocka_unit_test(test_lookups_during_changes),
	};

	return cmocka_run_group_tests(tests, NULL, NULL);
}
