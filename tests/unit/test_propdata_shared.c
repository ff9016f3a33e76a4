/*
 * test_propdata_shared.c - CreateIProp's property object as others see
 * it: ownership of the memory it returns, out-of-memory behaviour,
 * concurrent use, and the security context checks every method makes
 * first (objhdr.h; core only here, so a context is a plain id and an
 * instance an objhdr generation).  Every test runs between a setup and a
 * teardown that compare alloc_live().
 */
#include <stdarg.h>
#include <stddef.h>
#include <setjmp.h>
#include <stdint.h>
#include <cmocka.h>

#include "test_propdata.h"

/* ---------------------------------------------------------------------------
 * Ownership, out of memory, threads
 */

/* Allocators that count live roots, to show the object uses them. */
static long custom_roots;

static SCODE custom_alloc(ULONG cb, LPVOID *pp)
{
	SCODE sc = MAPIAllocateBuffer(cb, pp);

	if (sc == S_OK)
		custom_roots++;
	return sc;
}

static SCODE custom_more(ULONG cb, LPVOID root, LPVOID *pp)
{
	return MAPIAllocateMore(cb, root, pp);
}

static ULONG custom_free(LPVOID p)
{
	if (p != NULL)
		custom_roots--;
	return MAPIFreeBuffer(p);
}

static void test_custom_allocators(void **state)
{
	LPPROPDATA obj = NULL;
	LPSPropValue got = NULL;
	LPSPropTagArray list = NULL;
	SPropValue pv;
	ULONG count;

	(void)state;
	custom_roots = 0;
	assert_int_equal(CreateIProp(NULL, custom_alloc, custom_more,
				     custom_free, NULL, &obj),
			 S_OK);
	memset(&pv, 0, sizeof(pv));
	pv.ulPropTag = PR_SUBJECT_A;
	pv.Value.lpszA = "stored with the caller's allocator";
	assert_int_equal(IPropData_SetProps(obj, 1, &pv, NULL), S_OK);
	/* The stored value is one of the caller's blocks. */
	assert_int_equal(custom_roots, 1);
	assert_int_equal(
	    IPropData_GetProps(obj, NULL, MAPI_UNICODE, &count, &got), S_OK);
	assert_int_equal(IPropData_GetPropList(obj, 0, &list), S_OK);
	/* And so are the returned arrays. */
	assert_int_equal(custom_roots, 3);
	custom_free(got);
	custom_free(list);
	assert_int_equal(custom_roots, 1);
	release(obj);
	assert_int_equal(custom_roots, 0);
}

/*
 * Runs op with allocation n failing for n = 1, 2, ... until it succeeds:
 * each failure must be MAPI_E_NOT_ENOUGH_MEMORY, leak nothing and leave
 * the object as check finds it.
 */
#define OOM_LOOP(op, check)                                                    \
	do {                                                                   \
		long live_ = alloc_live();                                     \
		unsigned long n_;                                              \
		HRESULT hr_;                                                   \
		for (n_ = 1; n_ < 100000; n_++) {                              \
			alloc_fail_after(n_);                                  \
			hr_ = (op);                                            \
			if (!alloc_injected())                                 \
				break;                                         \
			alloc_fail_after(0);                                   \
			assert_int_equal(hr_, MAPI_E_NOT_ENOUGH_MEMORY);       \
			assert_int_equal(alloc_live(), live_);                 \
			check;                                                 \
		}                                                              \
		alloc_fail_after(0);                                           \
		assert_true(n_ > 1);                                           \
		assert_true(SUCCEEDED(hr_));                                   \
	} while (0)

static HRESULT create_and_fill(LPPROPDATA *obj_r)
{
	static WCHAR w[] = u"wide value";
	static LPSTR list[] = {"a", "bb", "ccc"};
	MAPINAMEID n = name_str(&guid_a, w);
	LPMAPINAMEID names[1] = {&n};
	LPSPropTagArray tags = NULL;
	LPPROPDATA obj = NULL;
	SPropValue pv[3];
	HRESULT hr;

	*obj_r = NULL;
	memset(pv, 0, sizeof(pv));
	pv[0].ulPropTag = PR_SUBJECT_W;
	pv[0].Value.lpszW = w;
	pv[1].ulPropTag = PROP_TAG(PT_MV_STRING8, 0x6000);
	pv[1].Value.MVszA.cValues = 3;
	pv[1].Value.MVszA.lppszA = list;
	pv[2] = long_val(PR_IMPORTANCE, 1);
	hr = CreateIProp(NULL, MAPIAllocateBuffer, MAPIAllocateMore,
			 MAPIFreeBuffer, NULL, &obj);
	if (FAILED(hr))
		return hr;
	hr = IPropData_SetProps(obj, 3, pv, NULL);
	if (SUCCEEDED(hr))
		hr = IPropData_GetIDsFromNames(obj, 1, names, MAPI_CREATE,
					       &tags);
	if (FAILED(hr)) {
		IPropData_Release(obj);
		return hr;
	}
	MAPIFreeBuffer(tags);
	*obj_r = obj;
	return S_OK;
}

static void test_out_of_memory(void **state)
{
	SizedSPropTagArray(2, want) = {
	    2, {PR_SUBJECT_A, PROP_TAG(PT_MV_UNICODE, 0x6000)}};
	static WCHAR w2[] = u"second name";
	MAPINAMEID n = name_str(&guid_b, w2);
	LPMAPINAMEID names[1] = {&n};
	LPPROPDATA obj = NULL, dst = NULL;
	LPSPropValue got = NULL;
	LPSPropTagArray tags = NULL, ntags;
	LPMAPINAMEID *nnames = NULL;
	SPropValue pv;
	ULONG count = 0;

	(void)state;
	OOM_LOOP(create_and_fill(&obj), assert_null(obj));
	assert_non_null(obj);

	/* GetProps with conversions; nothing is returned on failure. */
	OOM_LOOP(
	    IPropData_GetProps(obj, (LPSPropTagArray)&want, 0, &count, &got),
	    assert_null(got));
	assert_string_equal(got[0].Value.lpszA, "wide value");
	MAPIFreeBuffer(got);
	got = NULL;
	OOM_LOOP(IPropData_GetProps(obj, NULL, MAPI_UNICODE, &count, &got),
		 assert_null(got));
	MAPIFreeBuffer(got);

	/* A failed SetProps leaves the old value. */
	memset(&pv, 0, sizeof(pv));
	pv.ulPropTag = PR_SUBJECT_A;
	pv.Value.lpszA = "replacement";
	OOM_LOOP(IPropData_SetProps(obj, 1, &pv, NULL), {
		got = get_one(obj, PR_SUBJECT_W, 0);
		assert_wstr_equal(got->Value.lpszW, u"wide value");
		MAPIFreeBuffer(got);
	});
	got = get_one(obj, PR_SUBJECT_A, 0);
	assert_string_equal(got->Value.lpszA, "replacement");
	MAPIFreeBuffer(got);

	/* A failed MAPI_CREATE adds no name. */
	OOM_LOOP(IPropData_GetIDsFromNames(obj, 1, names, MAPI_CREATE, &tags), {
		assert_null(tags);
		assert_int_equal(
		    IPropData_GetIDsFromNames(obj, 0, NULL, 0, &ntags), S_OK);
		assert_int_equal(ntags->cValues, 1);
		MAPIFreeBuffer(ntags);
	});
	assert_int_equal(tags->aulPropTag[0], PROP_TAG(PT_UNSPECIFIED, 0x8001));
	MAPIFreeBuffer(tags);
	tags = NULL;
	OOM_LOOP(
	    IPropData_GetNamesFromIDs(obj, &tags, NULL, 0, &count, &nnames), {
		    assert_null(tags);
		    assert_null(nnames);
	    });
	assert_int_equal(count, 2);
	MAPIFreeBuffer(tags);
	MAPIFreeBuffer(nnames);
	tags = NULL;
	OOM_LOOP(IPropData_GetPropList(obj, 0, &tags), assert_null(tags));
	MAPIFreeBuffer(tags);

	/* CopyTo: a failure leaves both objects as they were. */
	dst = new_obj();
	OOM_LOOP(IPropData_CopyTo(obj, 0, NULL, NULL, 0, NULL, NULL, dst,
				  MAPI_MOVE, NULL),
		 {
			 assert_int_equal(prop_count(dst), 0);
			 assert_int_equal(prop_count(obj), 3);
		 });
	assert_int_equal(prop_count(dst), 3);
	assert_int_equal(prop_count(obj), 0);
	release(dst);
	release(obj);
}

struct thread_arg {
	LPPROPDATA obj;
	ULONG id;
};

static void *hammer(void *p)
{
	struct thread_arg *arg = p;
	SizedSPropTagArray(1, tags) = {1, {PROP_TAG(PT_LONG, arg->id)}};
	LPSPropValue got;
	SPropValue pv;
	ULONG count;
	int i;

	for (i = 0; i < 300; i++) {
		pv = long_val(PROP_TAG(PT_LONG, arg->id), i);
		if (IPropData_SetProps(arg->obj, 1, &pv, NULL) != S_OK)
			return (void *)1;
		if (IPropData_GetProps(arg->obj, (LPSPropTagArray)&tags, 0,
				       &count, &got) != S_OK)
			return (void *)1;
		if (got[0].Value.l != i)
			return (void *)1;
		MAPIFreeBuffer(got);
		/* Shared property, and reads of everything. */
		pv = long_val(PR_IMPORTANCE, i);
		if (IPropData_SetProps(arg->obj, 1, &pv, NULL) != S_OK)
			return (void *)1;
		if (FAILED(IPropData_GetProps(arg->obj, NULL, 0, &count, &got)))
			return (void *)1;
		MAPIFreeBuffer(got);
		if (i % 3 == 0 &&
		    IPropData_DeleteProps(arg->obj, (LPSPropTagArray)&tags,
					  NULL) != S_OK)
			return (void *)1;
	}
	return NULL;
}

static void test_threads(void **state)
{
	LPPROPDATA obj = new_obj();
	struct thread_arg args[4];
	pthread_t threads[4];
	void *ret;
	int i;

	(void)state;
	for (i = 0; i < 4; i++) {
		args[i].obj = obj;
		args[i].id = 0x6000 + (ULONG)i;
		assert_int_equal(
		    pthread_create(&threads[i], NULL, hammer, &args[i]), 0);
	}
	for (i = 0; i < 4; i++) {
		assert_int_equal(pthread_join(threads[i], &ret), 0);
		assert_null(ret);
	}
	/* Each thread's last value (299) stayed: 299 % 3 != 0. */
	for (i = 0; i < 4; i++)
		assert_int_equal(long_of(obj, PROP_TAG(PT_LONG, 0x6000 + i)),
				 299);
	assert_int_equal(prop_count(obj), 5);
	release(obj);
}

/* ---------------------------------------------------------------------------
 * Security contexts: the object header check of every method
 */

/* Context ids of these tests; the core layer needs nothing more. */
#define CTX_OWNER   41
#define CTX_FOREIGN 42
#define CTX_PLAIN   43

static void test_foreign_context(void **state)
{
	SizedSPropTagArray(1, tags) = {1, {PR_LONG1}};
	SPropValue pv = long_val(PR_LONG2, 7);
	LPPROPDATA obj, other;
	LPSPropValue got = NULL;
	LPMAPIERROR err = NULL;
	LPVOID unk = (LPVOID)&unk;
	ULONG count = 0;

	(void)state;
	alloc_set_thread_context(CTX_OWNER);
	assert_int_equal(objhdr_generation_begin(CTX_OWNER), 0);
	obj = new_obj();
	set_long(obj, PR_LONG1, 5);

	/* Another context: refused before anything is read or written. */
	alloc_set_thread_context(CTX_FOREIGN);
	assert_int_equal(
	    IPropData_QueryInterface(obj, &IID_IMAPIPropData, &unk),
	    MAPI_E_NO_ACCESS);
	assert_null(unk);
	assert_int_equal(
	    IPropData_GetProps(obj, (LPSPropTagArray)&tags, 0, &count, &got),
	    MAPI_E_NO_ACCESS);
	assert_null(got);
	assert_int_equal(IPropData_SetProps(obj, 1, &pv, NULL),
			 MAPI_E_NO_ACCESS);
	assert_int_equal(
	    IPropData_DeleteProps(obj, (LPSPropTagArray)&tags, NULL),
	    MAPI_E_NO_ACCESS);
	assert_int_equal(IPropData_HrSetObjAccess(obj, IPROP_READONLY),
			 MAPI_E_NO_ACCESS);
	/* The message names the call and both contexts... */
	assert_non_null(
	    strstr(objhdr_thread_message(), "IPropData::HrSetObjAccess"));
	assert_non_null(strstr(objhdr_thread_message(), "context 41"));
	assert_non_null(strstr(objhdr_thread_message(), "context 42"));
	/* ...and GetLastError gives it, from the thread, not the object. */
	assert_int_equal(IPropData_GetLastError(obj, MAPI_E_NO_ACCESS, 0, &err),
			 S_OK);
	assert_non_null(err);
	assert_non_null(strstr((const char *)err->lpszError, "context 41"));
	assert_int_equal(MAPIFreeBuffer(err), S_OK);
	/* Counting is refused: 0, and the count stays. */
	assert_int_equal(IPropData_AddRef(obj), 0);
	assert_int_equal(IPropData_Release(obj), 0);
	assert_int_equal(IPropData_Release(obj), 0);
	other = new_obj(); /* of the foreign context */

	/* The owner finds it as it was. */
	alloc_set_thread_context(CTX_OWNER);
	assert_int_equal(long_of(obj, PR_LONG1), 5);
	assert_int_equal(prop_count(obj), 1);
	assert_int_equal(access_of(obj, PR_LONG1),
			 IPROP_READWRITE | IPROP_DIRTY);
	assert_int_equal(IPropData_SetProps(obj, 1, &pv, NULL), S_OK);
	assert_int_equal(IPropData_AddRef(obj), 2);
	assert_int_equal(IPropData_Release(obj), 1);
	/* A destination of another context refuses a copy into it. */
	assert_int_equal(
	    IPropData_CopyTo(obj, 0, NULL, NULL, 0, NULL, NULL, other, 0, NULL),
	    MAPI_E_NO_ACCESS);
	assert_int_equal(IPropData_Release(other), 0);
	alloc_set_thread_context(CTX_FOREIGN);
	release(other);
	alloc_set_thread_context(CTX_OWNER);
	release(obj);
	objhdr_generation_end(CTX_OWNER);
	alloc_set_thread_context(0);
}

static void test_dead_object(void **state)
{
	SizedSPropTagArray(1, tags) = {1, {PR_LONG1}};
	SPropValue pv = long_val(PR_LONG2, 7);
	LPPROPDATA obj, plain;
	LPSPropValue got = NULL;
	LPMAPIERROR err = NULL;
	LPVOID unk = (LPVOID)&unk;
	ULONG count = 0;

	(void)state;
	alloc_set_thread_context(CTX_OWNER);
	assert_int_equal(objhdr_generation_begin(CTX_OWNER), 0);
	obj = new_obj();
	set_long(obj, PR_LONG1, 5);
	pv.ulPropTag = PR_SUBJECT_A;
	pv.Value.lpszA = (LPSTR) "kept in a MAPI buffer";
	assert_int_equal(IPropData_SetProps(obj, 1, &pv, NULL), S_OK);
	pv = long_val(PR_LONG2, 7);
	assert_int_equal(IPropData_AddRef(obj), 2);
	objhdr_generation_end(CTX_OWNER); /* its last MAPIUninitialize */

	assert_int_equal(
	    IPropData_QueryInterface(obj, &IID_IMAPIPropData, &unk),
	    MAPI_E_INVALID_OBJECT);
	assert_null(unk);
	assert_int_equal(
	    IPropData_GetProps(obj, (LPSPropTagArray)&tags, 0, &count, &got),
	    MAPI_E_INVALID_OBJECT);
	assert_null(got);
	assert_int_equal(IPropData_SetProps(obj, 1, &pv, NULL),
			 MAPI_E_INVALID_OBJECT);
	assert_non_null(strstr(objhdr_thread_message(), "dead object"));
	assert_int_equal(
	    IPropData_GetLastError(obj, MAPI_E_INVALID_OBJECT, 0, &err), S_OK);
	assert_non_null(strstr((const char *)err->lpszError, "dead object"));
	assert_int_equal(MAPIFreeBuffer(err), S_OK);
	assert_int_equal(IPropData_AddRef(obj), 0);

	/* A new instance of the context does not bring it back. */
	assert_int_equal(objhdr_generation_begin(CTX_OWNER), 0);
	assert_int_equal(IPropData_SaveChanges(obj, 0), MAPI_E_INVALID_OBJECT);
	/* Another context is told "no access", not "dead", and frees
	 * nothing. */
	alloc_set_thread_context(CTX_FOREIGN);
	assert_int_equal(IPropData_SaveChanges(obj, 0), MAPI_E_NO_ACCESS);
	assert_int_equal(IPropData_Release(obj), 0);
	/* Its owner releases it, values and all (the teardown counts). */
	alloc_set_thread_context(CTX_OWNER);
	assert_int_equal(IPropData_Release(obj), 1);
	assert_int_equal(IPropData_Release(obj), 0);
	objhdr_generation_end(CTX_OWNER);

	/* Made while its context had no instance: never dies. */
	alloc_set_thread_context(CTX_PLAIN);
	plain = new_obj();
	assert_int_equal(objhdr_generation_begin(CTX_PLAIN), 0);
	objhdr_generation_end(CTX_PLAIN);
	set_long(plain, PR_LONG1, 9);
	assert_int_equal(long_of(plain, PR_LONG1), 9);
	release(plain);
	alloc_set_thread_context(0);
}

/* A NULL object is refused as invalid, not dereferenced. */
static void test_null_object(void **state)
{
	LPPROPDATA obj = new_obj();
	const IPropDataVtbl *vt = obj->lpVtbl;

	(void)state;
	assert_int_equal(vt->SaveChanges(NULL, 0), MAPI_E_INVALID_OBJECT);
	assert_int_equal(vt->AddRef(NULL), 0);
	assert_int_equal(vt->Release(NULL), 0);
	release(obj);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
	    T(test_custom_allocators), T(test_out_of_memory),
	    T(test_threads),           T(test_foreign_context),
	    T(test_dead_object),       T(test_null_object),
	};
	return cmocka_run_group_tests(tests, NULL, NULL);
}
