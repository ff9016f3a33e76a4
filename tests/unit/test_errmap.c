/*
 * test_errmap.c - the errno -> HRESULT map (src/core/errmap.c, generated
 * from spec/errmap.def).
 *
 * Walks every row: the look-ups give the row's codes, the row's name is
 * the name of its errno's value (strerrorname_np), no value is listed
 * twice (EAGAIN is EWOULDBLOCK, ENOTSUP is EOPNOTSUPP on Linux), every
 * MAPI code is a failure with a name.  Every errno the table does not
 * list falls back as documented.  The answers the eight maps before it
 * disagreed on are pinned by name.
 */
#include <stdarg.h>
#include <stddef.h>
#include <setjmp.h>
#include <stdint.h>
#include <cmocka.h>

#include <errno.h>
#include <stdbool.h>
#include <string.h>

#include <mapix.h>

#include "errmap.h"
#include "mapierr.h"

/*
 * Whether name is what the C library calls errno err: its own name, or
 * one Linux gives the same value (ENOTSUP is EOPNOTSUPP).
 */
static bool names_errno(const char *name, int err)
{
	static const char *const aliases[][2] = {
	    {"ENOTSUP", "EOPNOTSUPP"},
	    {"EWOULDBLOCK", "EAGAIN"},
	    {"EDEADLOCK", "EDEADLK"},
	};
	const char *libc = strerrorname_np(err);

	if (libc == NULL)
		return false;
	if (strcmp(name, libc) == 0)
		return true;
	for (size_t i = 0; i < sizeof(aliases) / sizeof(aliases[0]); i++)
		if (strcmp(name, aliases[i][0]) == 0 &&
		    strcmp(libc, aliases[i][1]) == 0)
			return true;
	return false;
}

/* A code no row uses, to see the fallbacks come through. */
#define SENTINEL ((HRESULT)0x8FFF1234)

static void test_every_row(void **state)
{
	(void)state;
	assert_true(errmap_count > 20);
	for (size_t i = 0; i < errmap_count; i++) {
		const struct errmap_row *r = &errmap_rows[i];

		assert_true(r->err > 0);
		if (!names_errno(r->name, r->err))
			fail_msg("row %s has errno %d, which is %s", r->name,
				 r->err, strerrorname_np(r->err));
		assert_ptr_equal(errmap_find(-r->err), r);
		assert_int_equal(errmap_hr(-r->err), r->hr);
		assert_int_equal(errmap_hr_or(-r->err, SENTINEL), r->hr);
		assert_true(HR_FAILED(r->hr));
		/* Every code has a name, but Exchange's store code, which
		 * mapicode.h does not define (errmap.h does). */
		if (r->hr != MAPI_E_STORE_FULL)
			assert_non_null(mapierr_name(r->hr));
		if (r->stg != 0) {
			assert_true(HR_FAILED(r->stg));
			assert_int_equal(errmap_stg(-r->err, SENTINEL), r->stg);
		} else {
			assert_int_equal(errmap_stg(-r->err, SENTINEL),
					 SENTINEL);
		}
		for (size_t j = 0; j < i; j++)
			if (errmap_rows[j].err == r->err)
				fail_msg("%s and %s are one errno",
					 errmap_rows[j].name, r->name);
	}
}

static void test_unlisted(void **state)
{
	size_t unlisted = 0;

	(void)state;
	for (int err = 1; err < 4096; err++) {
		if (errmap_find(-err) != NULL)
			continue;
		unlisted++;
		assert_int_equal(errmap_hr(-err), MAPI_E_CALL_FAILED);
		assert_int_equal(errmap_hr_or(-err, SENTINEL), SENTINEL);
		assert_int_equal(errmap_stg(-err, STG_E_WRITEFAULT),
				 STG_E_WRITEFAULT);
	}
	assert_true(unlisted > 4000);
	assert_null(errmap_find(-ENOEXEC));
	assert_null(errmap_find(ENOENT)); /* positive: not an errno code */
	assert_null(errmap_find(INT32_MIN));
}

static void test_success(void **state)
{
	(void)state;
	assert_int_equal(errmap_hr(0), S_OK);
	assert_int_equal(errmap_hr(1), S_OK);
	assert_int_equal(errmap_hr(ENOENT), S_OK);
	assert_int_equal(errmap_hr_or(0, SENTINEL), S_OK);
	assert_int_equal(errmap_stg(0, SENTINEL), S_OK);
	assert_int_equal(errmap_stg(7, SENTINEL), S_OK);
}

/* The rows the hand-written maps disagreed on. */
static void test_settled(void **state)
{
	(void)state;
	/* engine.c said NO_SUPPORT, profadmin.c VERSION: a newer format is
	 * -EPROTO now, and ENOTSUP means what it says. */
	assert_int_equal(errmap_hr(-ENOTSUP), MAPI_E_NO_SUPPORT);
	assert_int_equal(errmap_hr(-EPROTO), MAPI_E_VERSION);
	/* engine.c said HAS_MESSAGES, but SQLITE_BUSY and the broker's
	 * limits are -EBUSY too: DeleteFolder says HAS_MESSAGES itself. */
	assert_int_equal(errmap_hr(-EBUSY), MAPI_E_BUSY);
	/* objhdr.c said INVALID_OBJECT: objhdr_hresult keeps that for its
	 * own dead handles; a lost save is OBJECT_CHANGED. */
	assert_int_equal(errmap_hr(-ESTALE), MAPI_E_OBJECT_CHANGED);
	/* objhdr.c, restriction.c and impersonate.c fell back to
	 * CALL_FAILED: an I/O error is a disk error. */
	assert_int_equal(errmap_hr(-EIO), MAPI_E_DISK_ERROR);
	/* The storage codes of IStream (strmobj.c). */
	assert_int_equal(errmap_stg(-EDQUOT, SENTINEL), STG_E_MEDIUMFULL);
	assert_int_equal(errmap_stg(-EBADF, SENTINEL), STG_E_ACCESSDENIED);
	assert_int_equal(errmap_stg(-ENOMEM, SENTINEL),
			 STG_E_INSUFFICIENTMEMORY);
	assert_int_equal(errmap_stg(-EIO, STG_E_READFAULT), STG_E_READFAULT);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
	    cmocka_unit_test(test_every_row),
	    cmocka_unit_test(test_unlisted),
	    cmocka_unit_test(test_success),
	    cmocka_unit_test(test_settled),
	};

	return cmocka_run_group_tests(tests, NULL, NULL);
}
