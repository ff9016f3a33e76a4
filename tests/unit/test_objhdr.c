/*
 * test_objhdr.c - object headers: the context and liveness check, the
 * generation table, refusal messages and GetLastError for refused calls.
 * Core only: contexts are plain ids here (alloc_set_thread_context).
 */
#include <stdarg.h>
#include <stddef.h>
#include <setjmp.h>
#include <stdint.h>
#include <cmocka.h>

#include <errno.h>
#include <pthread.h>
#include <stdatomic.h>
#include <stdio.h>
#include <string.h>

#include <mapix.h>

#include "alloc.h"
#include "objhdr.h"

#define MAGIC 0x54455354u /* "TEST" */

static int setup(void **state)
{
	(void)state;
	alloc_set_thread_context(0);
	return 0;
}

static void test_same_context(void **state)
{
	struct objhdr h;

	(void)state;
	alloc_set_thread_context(3);
	assert_int_equal(objhdr_init(&h, MAGIC), 0);
	assert_int_equal(h.context_id, 3);
	assert_int_equal(h.generation, 0); /* context 3 has no instance */
	assert_int_equal(objhdr_check(&h, MAGIC), 0);
	alloc_set_thread_context(0);
}

static void test_foreign_context(void **state)
{
	struct objhdr h;

	(void)state;
	alloc_set_thread_context(4);
	assert_int_equal(objhdr_init(&h, MAGIC), 0);
	alloc_set_thread_context(5);
	assert_int_equal(objhdr_check(&h, MAGIC), -EACCES);
	alloc_set_thread_context(0);
	assert_int_equal(objhdr_check(&h, MAGIC), -EACCES);
	/* The owner still uses it. */
	alloc_set_thread_context(4);
	assert_int_equal(objhdr_check(&h, MAGIC), 0);
	alloc_set_thread_context(0);
}

static void test_context_zero(void **state)
{
	struct objhdr h;

	(void)state;
	alloc_set_thread_context(0);
	assert_int_equal(objhdr_init(&h, MAGIC), 0);
	assert_int_equal(h.context_id, 0);
	assert_int_equal(h.generation, 0);
	assert_int_equal(objhdr_check(&h, MAGIC), 0);
	alloc_set_thread_context(9);
	assert_int_equal(objhdr_check(&h, MAGIC), -EACCES);
	alloc_set_thread_context(0);
	assert_int_equal(objhdr_generation_begin(0), -EINVAL);
	assert_int_equal(objhdr_generation(0), 0);
}

static void test_generations(void **state)
{
	struct objhdr before, first, second;
	uint32_t g1, g2;

	(void)state;
	alloc_set_thread_context(11);
	/* Made while context 11 has no instance: never dies. */
	assert_int_equal(objhdr_init(&before, MAGIC), 0);

	assert_int_equal(objhdr_generation_begin(11), 0);
	g1 = objhdr_generation(11);
	assert_int_not_equal(g1, 0);
	assert_int_equal(objhdr_init(&first, MAGIC), 0);
	assert_int_equal(first.generation, g1);
	assert_int_equal(objhdr_check(&first, MAGIC), 0);

	objhdr_generation_end(11);
	assert_int_equal(objhdr_generation(11), 0);
	assert_int_equal(objhdr_check(&first, MAGIC), -ESTALE);
	assert_int_equal(objhdr_hresult(objhdr_check(&first, MAGIC)),
			 MAPI_E_INVALID_OBJECT);
	assert_int_equal(objhdr_check(&before, MAGIC), 0);

	/* A new instance of the same context does not revive old objects. */
	assert_int_equal(objhdr_generation_begin(11), 0);
	g2 = objhdr_generation(11);
	assert_int_not_equal(g2, 0);
	assert_int_not_equal(g2, g1);
	assert_int_equal(objhdr_check(&first, MAGIC), -ESTALE);
	assert_int_equal(objhdr_init(&second, MAGIC), 0);
	assert_int_equal(objhdr_check(&second, MAGIC), 0);
	assert_int_equal(objhdr_check(&before, MAGIC), 0);

	/* A foreign thread learns nothing of liveness: -EACCES first. */
	objhdr_generation_end(11);
	alloc_set_thread_context(12);
	assert_int_equal(objhdr_check(&second, MAGIC), -EACCES);
	alloc_set_thread_context(11);
	assert_int_equal(objhdr_check(&second, MAGIC), -ESTALE);
	alloc_set_thread_context(0);
}

static void test_bad_headers(void **state)
{
	struct objhdr h;

	(void)state;
	assert_int_equal(objhdr_init(NULL, MAGIC), -EINVAL);
	assert_int_equal(objhdr_init(&h, 0), -EINVAL);
	assert_int_equal(objhdr_check(NULL, MAGIC), -ESTALE);
	assert_int_equal(objhdr_init(&h, MAGIC), 0);
	assert_int_equal(objhdr_check(&h, MAGIC + 1), -ESTALE);
	objhdr_fini(&h);
	assert_int_equal(h.magic, OBJHDR_MAGIC_DEAD);
	assert_int_equal(objhdr_check(&h, MAGIC), -ESTALE);
	assert_int_equal(objhdr_check_release(&h, MAGIC), -ESTALE);
	objhdr_fini(NULL);
}

static void test_check_release(void **state)
{
	struct objhdr h;

	(void)state;
	alloc_set_thread_context(21);
	assert_int_equal(objhdr_generation_begin(21), 0);
	assert_int_equal(objhdr_init(&h, MAGIC), 0);
	assert_int_equal(objhdr_check_release(&h, MAGIC), 0);
	objhdr_generation_end(21);
	/* Dead, but its owner may still free its memory. */
	assert_int_equal(objhdr_check_release(&h, MAGIC), 1);
	alloc_set_thread_context(22);
	assert_int_equal(objhdr_check_release(&h, MAGIC), -EACCES);
	alloc_set_thread_context(0);
}

static void test_hresults(void **state)
{
	(void)state;
	assert_int_equal(objhdr_hresult(0), S_OK);
	assert_int_equal(objhdr_hresult(-EACCES), MAPI_E_NO_ACCESS);
	assert_int_equal(objhdr_hresult(-ESTALE), MAPI_E_INVALID_OBJECT);
	assert_int_equal(objhdr_hresult(-ENOMEM), MAPI_E_NOT_ENOUGH_MEMORY);
	/* Other errnos: errmap.h's answers. */
	assert_int_equal(objhdr_hresult(-EIO), MAPI_E_DISK_ERROR);
	assert_int_equal(objhdr_hresult(-ERANGE), MAPI_E_CALL_FAILED);
}

static void namer(unsigned int id, char *buf, size_t size)
{
	snprintf(buf, size, "'user%u' (context %u)", id, id);
}

static void test_refuse_messages(void **state)
{
	struct objhdr h;
	LPMAPIERROR err = NULL;
	long live;

	(void)state;
	alloc_set_thread_context(31);
	assert_int_equal(objhdr_init(&h, MAGIC), 0);
	alloc_set_thread_context(32);
	assert_int_equal(
	    objhdr_refuse(&h, objhdr_check(&h, MAGIC), "ITest::Frob"),
	    MAPI_E_NO_ACCESS);
	assert_int_equal(objhdr_thread_hresult(), MAPI_E_NO_ACCESS);
	assert_non_null(strstr(objhdr_thread_message(), "ITest::Frob"));
	assert_non_null(strstr(objhdr_thread_message(), "context 31"));
	assert_non_null(strstr(objhdr_thread_message(), "context 32"));

	objhdr_set_namer(namer);
	objhdr_refuse(&h, -EACCES, "ITest::Frob");
	assert_non_null(strstr(objhdr_thread_message(), "'user31'"));
	assert_non_null(strstr(objhdr_thread_message(), "'user32'"));
	objhdr_set_namer(NULL);

	/* GetLastError of the refused call, built in the caller's context. */
	live = alloc_live();
	assert_int_equal(objhdr_last_error(MAPI_E_NO_ACCESS, 0, "ITest", &err),
			 S_OK);
	assert_non_null(err);
	assert_non_null(strstr((const char *)err->lpszError, "'user31'"));
	assert_int_equal(MAPIFreeBuffer(err), S_OK);
	assert_int_equal(alloc_live(), live);

	assert_int_equal(objhdr_refuse(&h, -ESTALE, "ITest::Frob"),
			 MAPI_E_INVALID_OBJECT);
	assert_non_null(strstr(objhdr_thread_message(), "dead object"));
	assert_int_equal(objhdr_thread_seterr(S_OK, NULL), S_OK);
	assert_string_equal(objhdr_thread_message(), "");
	alloc_set_thread_context(0);
}

static void test_large_ids(void **state)
{
	struct objhdr h;
	unsigned int id = 5000; /* beyond the static chunk */

	(void)state;
	assert_int_equal(objhdr_generation(id), 0);
	assert_int_equal(objhdr_generation_begin(id), 0);
	alloc_set_thread_context(id);
	assert_int_equal(objhdr_init(&h, MAGIC), 0);
	assert_int_not_equal(h.generation, 0);
	assert_int_equal(objhdr_check(&h, MAGIC), 0);
	objhdr_generation_end(id);
	assert_int_equal(objhdr_check(&h, MAGIC), -ESTALE);
	assert_int_equal(objhdr_generation_begin(0xFFFFFFFFu), -ERANGE);
	alloc_set_thread_context(0);
}

static void test_begin_oom(void **state)
{
	unsigned int id = 3u << 12; /* a chunk nobody used yet */
	long live = alloc_live();

	(void)state;
	alloc_fail_after(1);
	assert_int_equal(objhdr_generation_begin(id), -ENOMEM);
	alloc_fail_after(0);
	assert_int_equal(alloc_live(), live);
	assert_int_equal(objhdr_generation(id), 0);
	assert_int_equal(objhdr_generation_begin(id), 0);
	objhdr_generation_end(id);
}

/* Readers check while a writer begins and ends generations. */
static atomic_bool stop;
static atomic_ulong checks;

static void *checker(void *arg)
{
	struct objhdr *h = arg;
	int r;

	alloc_set_thread_context(41);
	while (!atomic_load(&stop)) {
		r = objhdr_check(h, MAGIC);
		if (r != 0 && r != -ESTALE)
			return (void *)1;
		atomic_fetch_add(&checks, 1);
	}
	return NULL;
}

static void test_concurrent(void **state)
{
	struct objhdr h;
	pthread_t t[2];
	void *ret;
	int i;

	(void)state;
	alloc_set_thread_context(41);
	assert_int_equal(objhdr_generation_begin(41), 0);
	assert_int_equal(objhdr_init(&h, MAGIC), 0);
	atomic_store(&stop, false);
	for (i = 0; i < 2; i++)
		assert_int_equal(pthread_create(&t[i], NULL, checker, &h), 0);
	atomic_store(&checks, 0);
	for (i = 0; i < 2000 || atomic_load(&checks) < 20000; i++) {
		objhdr_generation_end(41);
		assert_int_equal(objhdr_generation_begin(41), 0);
	}
	atomic_store(&stop, true);
	for (i = 0; i < 2; i++) {
		assert_int_equal(pthread_join(t[i], &ret), 0);
		assert_null(ret);
	}
	assert_int_equal(objhdr_check(&h, MAGIC), -ESTALE);
	objhdr_generation_end(41);
	alloc_set_thread_context(0);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
	    cmocka_unit_test_setup(test_same_context, setup),
	    cmocka_unit_test_setup(test_foreign_context, setup),
	    cmocka_unit_test_setup(test_context_zero, setup),
	    cmocka_unit_test_setup(test_generations, setup),
	    cmocka_unit_test_setup(test_bad_headers, setup),
	    cmocka_unit_test_setup(test_check_release, setup),
	    cmocka_unit_test_setup(test_hresults, setup),
	    cmocka_unit_test_setup(test_refuse_messages, setup),
	    cmocka_unit_test_setup(test_large_ids, setup),
	    cmocka_unit_test_setup(test_begin_oom, setup),
	    cmocka_unit_test_setup(test_concurrent, setup),
	};

	return cmocka_run_group_tests(tests, NULL, NULL);
}
