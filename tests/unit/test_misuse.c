/*
 * test_misuse.c - the misuse matrix: every method of every kind of object
 * mapix makes, called from a foreign security context and on dead
 * objects, must give its documented refusal, crash nothing, leak nothing,
 * and leave the object fully usable by its owner.
 *
 * The objects, by interface:
 *   IPropData        CreateIProp (its IMAPIProp methods included)
 *   ITableData       CreateTable
 *   IMAPITable       ITableData::HrGetView
 *   IMAPIAdviseSink  HrAllocAdviseSink, and HrThisThreadAdviseSink's wrapper
 * IMalloc (MAPIGetDefaultMalloc) is exempt: it is one stateless static
 * object with no context to check, and its blocks are plain memory that
 * belongs to no context; test_imalloc_exempt pins that down.
 *
 * Every method is called through its IFoo_Method() macro with zeroed
 * arguments by misuse_calls.h, which scripts/mapigen.py generates from
 * spec/interfaces.def, so a method added to an interface is called here
 * without anyone writing the call.  The expected answers (objhdr.h, the
 * methods' comments):
 *
 *   - HRESULT methods: MAPI_E_NO_ACCESS from another context,
 *     MAPI_E_INVALID_OBJECT on a dead object (its instance was torn down
 *     by the last MAPIUninitialize of its context), and the calling
 *     thread's record holds that code and a message naming the method;
 *   - AddRef, Release, OnNotify (ULONG): 0, the same record, and no change
 *     to the reference count;
 *   - GetLastError does not refuse: it answers from the thread's record,
 *     so the caller can read why the previous call was refused (with the
 *     zeroed arguments: MAPI_E_INVALID_PARAMETER, no out pointer);
 *   - the context is checked before liveness: another context gets
 *     MAPI_E_NO_ACCESS from a dead object too;
 *   - Release by the owner frees a dead object; MAPIFreeBuffer and
 *     MAPIAllocateMore of another context's buffer give MAPI_E_NO_ACCESS.
 *
 * Foreign contexts come two ways: a plain thread that impersonates another
 * principal with a MAPIX_LOGON_LOGICAL token (so the test needs no
 * privileges), and a thread the factory starts in a context made with
 * context_get().  The foreign side only records what it got; the main
 * thread asserts, since cmocka cannot fail from another thread.
 */
#include <stdarg.h>
#include <stddef.h>
#include <setjmp.h>
#include <stdint.h>
#include <cmocka.h>

#include <pthread.h>
#include <stdatomic.h>
#include <stdbool.h>
#include <stdio.h>
#include <string.h>

#include <mapix.h>
#include <mapixsec.h>
#include <mapiguid.h>
#include <mapiutil.h>

#include "alloc.h"
#include "context.h"
#include "mapierr.h"
#include "misuse_calls.h"
#include "objhdr.h"
#include "thread.h"

#define TAG_ID      PROP_TAG(PT_LONG, 0x6901)
#define TAG_NAME    PROP_TAG(PT_STRING8, 0x6902)
#define PR_LONG1    PROP_TAG(PT_LONG, 0x6903)
#define SLOT_BIT(n) ((uint64_t)1 << (n))
/* Slot 2 of every interface: IUnknown::Release. */
#define SLOT_RELEASE 2

/* ---------------------------------------------------------------------
 * The objects under test
 */

static LONG STDAPICALLTYPE count_cb(LPVOID ctx, ULONG c, LPNOTIFICATION n)
{
	(void)n;
	atomic_fetch_add((atomic_int *)ctx, (int)c);
	return 0;
}

struct objects {
	LPPROPDATA pd;
	LPTABLEDATA td;
	LPMAPITABLE view;
	LPMAPIADVISESINK cb; /* HrAllocAdviseSink, advised on view */
	LPMAPIADVISESINK tt; /* HrThisThreadAdviseSink wrapper */
	LPVOID buf;          /* MAPIAllocateBuffer, with a linked block */
	ULONG_PTR conn;
	atomic_int cb_calls;
	atomic_int tt_calls;
	/* Reference counts the owner holds now (sink deviations). */
	ULONG cb_refs, tt_refs;
};

static HRESULT put_row(LPTABLEDATA td, LONG id, const char *name)
{
	SPropValue p[2];
	SRow r = {0, 2, p};

	memset(p, 0, sizeof(p));
	p[0].ulPropTag = TAG_ID;
	p[0].Value.l = id;
	p[1].ulPropTag = TAG_NAME;
	p[1].Value.lpszA = (LPSTR)name;
	return ITableData_HrModifyRow(td, &r);
}

/* Made by the calling thread, which has initialized MAPI. */
static void objects_make(struct objects *o)
{
	SizedSPropTagArray(2, cols) = {2, {TAG_ID, TAG_NAME}};
	SizedSSortOrderSet(1,
			   sos) = {1, 0, 0, {{TAG_NAME, TABLE_SORT_DESCEND}}};
	LPMAPIADVISESINK inner = NULL;
	SPropValue pv[2];
	LPVOID more = NULL;
	LPSRowSet rows = NULL;

	memset(o, 0, sizeof(*o));
	assert_int_equal(CreateIProp(&IID_IMAPIPropData, MAPIAllocateBuffer,
				     MAPIAllocateMore, MAPIFreeBuffer, NULL,
				     &o->pd),
			 S_OK);
	memset(pv, 0, sizeof(pv));
	pv[0].ulPropTag = PR_LONG1;
	pv[0].Value.l = 5;
	pv[1].ulPropTag = PR_SUBJECT_A;
	pv[1].Value.lpszA = (LPSTR) "hello";
	assert_int_equal(IPropData_SetProps(o->pd, 2, pv, NULL), S_OK);
	/* A last error of its own, which no refused call may overwrite. */
	assert_int_equal(IPropData_SaveChanges(o->pd, 0x80000000),
			 MAPI_E_UNKNOWN_FLAGS);

	assert_int_equal(CreateTable(&IID_IMAPITableData, NULL, NULL, NULL,
				     NULL, TBLTYPE_DYNAMIC, TAG_ID,
				     (LPSPropTagArray)&cols, &o->td),
			 S_OK);
	assert_int_equal(put_row(o->td, 1, "a"), S_OK);
	assert_int_equal(put_row(o->td, 2, "b"), S_OK);
	assert_int_equal(put_row(o->td, 3, "c"), S_OK);
	assert_int_equal(ITableData_HrGetView(o->td, NULL, NULL, 0, &o->view),
			 S_OK);
	assert_int_equal(
	    IMAPITable_SortTable(o->view, (LPSSortOrderSet)&sos, 0), S_OK);
	assert_int_equal(IMAPITable_QueryRows(o->view, 1, 0, &rows), S_OK);
	FreeProws(rows);
	assert_int_equal(IMAPITable_QueryRows(o->view, 0, 0, &rows),
			 MAPI_E_INVALID_PARAMETER);

	assert_int_equal(HrAllocAdviseSink(count_cb, &o->cb_calls, &o->cb),
			 S_OK);
	assert_int_equal(
	    IMAPITable_Advise(o->view, fnevTableModified, o->cb, &o->conn),
	    S_OK);
	assert_int_equal(HrAllocAdviseSink(count_cb, &o->tt_calls, &inner),
			 S_OK);
	assert_int_equal(HrThisThreadAdviseSink(inner, &o->tt), S_OK);
	IMAPIAdviseSink_Release(inner); /* the wrapper holds it */

	assert_int_equal(MAPIAllocateBuffer(32, &o->buf), S_OK);
	assert_int_equal(MAPIAllocateMore(16, o->buf, &more), S_OK);

	/* The owner's sink counts: its own and the view's. */
	o->cb_refs = IMAPIAdviseSink_AddRef(o->cb) - 1;
	IMAPIAdviseSink_Release(o->cb);
	o->tt_refs = IMAPIAdviseSink_AddRef(o->tt) - 1;
	IMAPIAdviseSink_Release(o->tt);
	assert_int_equal(o->cb_refs, 2);
	assert_int_equal(o->tt_refs, 1);
}

/* Everything the owner can see of the objects is as objects_make left it;
 * then one more change of each kind works. */
static void objects_check_usable(struct objects *o)
{
	SizedSPropTagArray(2, tags) = {2, {PR_LONG1, PR_SUBJECT_A}};
	SPropValue id = {TAG_ID, 0, {.l = 2}};
	LPSSortOrderSet sos = NULL;
	LPSPropValue vals = NULL;
	LPSPropTagArray list = NULL;
	LPMAPIERROR err = NULL;
	NOTIFICATION n;
	LPSRow row = NULL;
	LPVOID more = NULL;
	ULONG count = 0;

	/* IPropData: counts, values, its own last error. */
	assert_int_equal(IPropData_AddRef(o->pd), 2);
	assert_int_equal(IPropData_Release(o->pd), 1);
	assert_int_equal(
	    IPropData_GetProps(o->pd, (LPSPropTagArray)&tags, 0, &count, &vals),
	    S_OK);
	assert_int_equal(count, 2);
	assert_int_equal(vals[0].Value.l, 5);
	assert_string_equal(vals[1].Value.lpszA, "hello");
	MAPIFreeBuffer(vals);
	assert_int_equal(IPropData_GetPropList(o->pd, 0, &list), S_OK);
	assert_int_equal(list->cValues, 2);
	MAPIFreeBuffer(list);
	assert_int_equal(
	    IPropData_GetLastError(o->pd, MAPI_E_UNKNOWN_FLAGS, 0, &err), S_OK);
	assert_non_null(strstr((const char *)err->lpszError, "SaveChanges"));
	MAPIFreeBuffer(err);
	assert_int_equal(IPropData_HrSetObjAccess(o->pd, IPROP_READONLY), S_OK);
	assert_int_equal(IPropData_HrSetObjAccess(o->pd, IPROP_READWRITE),
			 S_OK);

	/* ITableData and IMAPITable: counts, rows, order, last error. */
	assert_int_equal(ITableData_AddRef(o->td), 3); /* ours, the view's */
	assert_int_equal(ITableData_Release(o->td), 2);
	assert_int_equal(IMAPITable_AddRef(o->view), 2);
	assert_int_equal(IMAPITable_Release(o->view), 1);
	assert_int_equal(ITableData_HrQueryRow(o->td, &id, &row, NULL), S_OK);
	MAPIFreeBuffer(row);
	assert_int_equal(IMAPITable_GetRowCount(o->view, 0, &count), S_OK);
	assert_int_equal(count, 3);
	assert_int_equal(IMAPITable_QuerySortOrder(o->view, &sos), S_OK);
	assert_int_equal(sos->cSorts, 1);
	assert_int_equal(sos->aSort[0].ulOrder, TABLE_SORT_DESCEND);
	MAPIFreeBuffer(sos);
	assert_int_equal(
	    IMAPITable_GetLastError(o->view, MAPI_E_INVALID_PARAMETER, 0, &err),
	    S_OK);
	assert_non_null(strstr((const char *)err->lpszError, "QueryRows"));
	MAPIFreeBuffer(err);

	/* The advise connection still works, through the owner's engine. */
	assert_int_equal(atomic_load(&o->cb_calls), 0);
	assert_int_equal(put_row(o->td, 4, "d"), S_OK);
	assert_int_equal(HrDispatchNotifications(0), S_OK);
	assert_int_equal(atomic_load(&o->cb_calls), 1);
	assert_int_equal(IMAPITable_GetRowCount(o->view, 0, &count), S_OK);
	assert_int_equal(count, 4);

	/* The sinks: counts, and OnNotify reaches the callbacks. */
	assert_int_equal(IMAPIAdviseSink_AddRef(o->cb), o->cb_refs + 1);
	assert_int_equal(IMAPIAdviseSink_Release(o->cb), o->cb_refs);
	assert_int_equal(IMAPIAdviseSink_AddRef(o->tt), o->tt_refs + 1);
	assert_int_equal(IMAPIAdviseSink_Release(o->tt), o->tt_refs);
	memset(&n, 0, sizeof(n));
	n.ulEventType = fnevExtended;
	IMAPIAdviseSink_OnNotify(o->cb, 1, &n);
	assert_int_equal(atomic_load(&o->cb_calls), 2);
	assert_int_equal(atomic_load(&o->tt_calls), 0);
	IMAPIAdviseSink_OnNotify(o->tt, 1, &n);
	assert_int_equal(atomic_load(&o->tt_calls), 1);

	/* The buffer. */
	assert_int_equal(MAPIAllocateMore(8, o->buf, &more), S_OK);
}

/* The owner lets go of everything: each last Release frees. */
static void objects_release(struct objects *o)
{
	if (o->conn != 0)
		assert_int_equal(IMAPITable_Unadvise(o->view, o->conn), S_OK);
	assert_int_equal(IMAPITable_Release(o->view), 0);
	assert_int_equal(ITableData_Release(o->td), 0);
	assert_int_equal(IPropData_Release(o->pd), 0);
	assert_int_equal(IMAPIAdviseSink_Release(o->cb), 0);
	assert_int_equal(IMAPIAdviseSink_Release(o->tt), 0);
	assert_int_equal(MAPIFreeBuffer(o->buf), S_OK);
	memset(o, 0, sizeof(*o));
}

/* ---------------------------------------------------------------------
 * Calling every method, recording the answers
 */

/* One call's answer, with what the calling thread's record said after. */
struct logged {
	struct misuse_result r;
	HRESULT thread_hr;
	char thread_msg[160];
};

struct call_log {
	struct logged e[64];
	int n;
};

static void log_result(void *arg, const struct misuse_result *r)
{
	struct call_log *log = arg;
	struct logged *e;

	if (log->n == 64)
		return;
	e = &log->e[log->n++];
	e->r = *r;
	e->thread_hr = objhdr_thread_hresult();
	snprintf(e->thread_msg, sizeof(e->thread_msg), "%s",
		 objhdr_thread_message());
	/* The next call starts from a clean record. */
	objhdr_thread_seterr(S_OK, NULL);
}

/* A kind of object: how to call all its methods, what refusals name. */
enum target_id {
	T_PROPDATA,
	T_TABLEDATA,
	T_TABLE,
	T_CB_SINK,
	T_TT_SINK,
	T_COUNT,
};

static const struct target {
	const char *name;
	const char *prefix; /* refusal messages name "prefix::Method" */
	int slots;
	bool notify_sink; /* a sink of notify.c: its deviations apply */
} targets[T_COUNT] = {
    [T_PROPDATA] = {"IPropData", "IPropData", MISUSE_SLOTS_IPropData, false},
    [T_TABLEDATA] = {"ITableData", "ITableData", MISUSE_SLOTS_ITableData,
		     false},
    [T_TABLE] = {"IMAPITable", "IMAPITable", MISUSE_SLOTS_IMAPITable, false},
    [T_CB_SINK] = {"HrAllocAdviseSink", "IMAPIAdviseSink",
		   MISUSE_SLOTS_IMAPIAdviseSink, true},
    [T_TT_SINK] = {"HrThisThreadAdviseSink", "IMAPIAdviseSink",
		   MISUSE_SLOTS_IMAPIAdviseSink, true},
};

/* Calls every method of target t of o not in skip, into log. */
static void call_all(struct objects *o, enum target_id t, uint64_t skip,
		     struct call_log *log)
{
	memset(log, 0, sizeof(*log));
	objhdr_thread_seterr(S_OK, NULL);
	switch (t) {
	case T_PROPDATA:
		misuse_each_IPropData(o->pd, skip, log_result, log);
		break;
	case T_TABLEDATA:
		misuse_each_ITableData(o->td, skip, log_result, log);
		break;
	case T_TABLE:
		misuse_each_IMAPITable(o->view, skip, log_result, log);
		break;
	case T_CB_SINK:
		misuse_each_IMAPIAdviseSink(o->cb, skip, log_result, log);
		break;
	case T_TT_SINK:
		misuse_each_IMAPIAdviseSink(o->tt, skip, log_result, log);
		break;
	default:
		break;
	}
}

/* What the foreign side did and got; checked on the main thread. */
struct foreign_run {
	struct objects *o;
	struct context *ctx; /* to impersonate (plain thread) */
	bool impersonate;
	int failed;
	struct call_log logs[T_COUNT];
	HRESULT free_hr, more_hr;
	char free_msg[200];
	HRESULT pd_lasterr_hr, view_lasterr_hr;
	char pd_lasterr[200], view_lasterr[200];
	char self_name[MAPIX_PRINCIPAL_NAME_MAX + 1];
};

static void *foreign_main(void *arg)
{
	struct foreign_run *f = arg;
	LPMAPIXTOKEN tok = NULL;
	LPMAPIERROR err = NULL;
	LPVOID more = NULL;
	int t;

	if (f->impersonate &&
	    (context_token_new(f->ctx, MAPIX_LOGON_LOGICAL, &tok) != 0 ||
	     MapixImpersonate(tok) != S_OK || MapixCloseToken(tok) != S_OK)) {
		f->failed = 1;
		return NULL;
	}
	if (MapixGetTokenName(NULL, f->self_name, sizeof(f->self_name)) != S_OK)
		f->failed = 2;
	for (t = 0; t < T_COUNT; t++)
		call_all(f->o, (enum target_id)t, 0, &f->logs[t]);

	/* GetLastError with real arguments explains the last refusal. */
	f->pd_lasterr_hr =
	    IPropData_QueryInterface(f->o->pd, &IID_IUnknown, &more);
	if (f->pd_lasterr_hr == MAPI_E_NO_ACCESS)
		f->pd_lasterr_hr =
		    IPropData_GetLastError(f->o->pd, MAPI_E_NO_ACCESS, 0, &err);
	if (err != NULL) {
		snprintf(f->pd_lasterr, sizeof(f->pd_lasterr), "%s",
			 (const char *)err->lpszError);
		MAPIFreeBuffer(err);
		err = NULL;
	}
	f->view_lasterr_hr =
	    IMAPITable_SeekRow(f->o->view, BOOKMARK_BEGINNING, 0, NULL);
	if (f->view_lasterr_hr == MAPI_E_NO_ACCESS)
		f->view_lasterr_hr = IMAPITable_GetLastError(
		    f->o->view, MAPI_E_NO_ACCESS, MAPI_UNICODE, &err);
	if (err != NULL) {
		/* MAPI_UNICODE: a WCHAR string; keep its ASCII part. */
		const WCHAR *w = (const WCHAR *)err->lpszError;
		size_t i;

		for (i = 0; w[i] != 0 && i + 1 < sizeof(f->view_lasterr); i++)
			f->view_lasterr[i] = w[i] < 128 ? (char)w[i] : '?';
		f->view_lasterr[i] = '\0';
		MAPIFreeBuffer(err);
	}

	/* Another context's MAPI buffer is not ours to free or extend. */
	f->free_hr = (HRESULT)MAPIFreeBuffer(f->o->buf);
	snprintf(f->free_msg, sizeof(f->free_msg), "%s",
		 objhdr_thread_message());
	f->more_hr = MAPIAllocateMore(8, f->o->buf, &more);

	if (f->impersonate && MapixRevertToSelf() != S_OK)
		f->failed = 3;
	return NULL;
}

/* ---------------------------------------------------------------------
 * The expected answers
 */

static const char *hr_name(HRESULT hr)
{
	const char *n = mapierr_name(hr);

	return n != NULL ? n : "?";
}

/*
 * Checks a log of calls on target id against the rule: every slot not in
 * skip was called, and each gave the refusal.
 */
static void check_log(enum target_id id, const struct call_log *log,
		      uint64_t skip, HRESULT refusal)
{
	const struct target *t = &targets[id];
	int i, want_calls = 0, slot;

	for (slot = 0; slot < t->slots; slot++)
		want_calls += (skip & SLOT_BIT(slot)) == 0;
	if (log->n != want_calls)
		fail_msg("%s: %d calls logged, %d expected", t->name, log->n,
			 want_calls);
	for (i = 0; i < log->n; i++) {
		const struct logged *e = &log->e[i];
		const char *m = e->r.method;
		HRESULT want_hr = refusal, want_thread = refusal;
		ULONG want_ul = 0;
		char needle[64];

		if (e->r.method == NULL)
			fail_msg("%s: slot %d not called", t->name, e->r.slot);
		if (strcmp(m, "GetLastError") == 0) {
			/* Answers from the thread's record, no refusal;
			 * the zeroed out pointer is a bad argument. */
			want_hr = MAPI_E_INVALID_PARAMETER;
			want_thread = S_OK;
		}
		switch (e->r.kind) {
		case MISUSE_HRESULT:
			if (e->r.hr != want_hr)
				fail_msg("%s::%s (slot %d): got %s (0x%08x), "
					 "expected %s",
					 t->name, m, e->r.slot,
					 hr_name(e->r.hr), (unsigned)e->r.hr,
					 hr_name(want_hr));
			break;
		case MISUSE_ULONG:
			if (e->r.ul != want_ul)
				fail_msg("%s::%s (slot %d): returned %lu, "
					 "expected %lu",
					 t->name, m, e->r.slot,
					 (unsigned long)e->r.ul,
					 (unsigned long)want_ul);
			break;
		default:
			fail_msg("%s::%s: unexpected result kind", t->name, m);
		}
		if (e->thread_hr != want_thread)
			fail_msg("%s::%s (slot %d): the thread's record says "
				 "%s, expected %s",
				 t->name, m, e->r.slot, hr_name(e->thread_hr),
				 hr_name(want_thread));
		if (want_thread == S_OK)
			continue;
		snprintf(needle, sizeof(needle), "%s::%s", t->prefix, m);
		if (strstr(e->thread_msg, needle) == NULL)
			fail_msg("%s::%s (slot %d): the refusal message does "
				 "not name the call: \"%s\"",
				 t->name, m, e->r.slot, e->thread_msg);
	}
}

/* ---------------------------------------------------------------------
 * Foreign contexts
 */

static void foreign_matrix(bool impersonate, const char *principal)
{
	struct objects o;
	struct foreign_run *f;
	char owner[MAPIX_PRINCIPAL_NAME_MAX + 1];
	pthread_t th;
	int t;
	long live = alloc_live();

	f = test_calloc(1, sizeof(*f));
	assert_non_null(f);
	assert_int_equal(MAPIInitialize(NULL), S_OK);
	assert_int_equal(MapixGetTokenName(NULL, owner, sizeof(owner)), S_OK);
	objects_make(&o);
	f->o = &o;
	f->impersonate = impersonate;
	assert_int_equal(context_get(principal, NULL, &f->ctx), 0);
	if (impersonate)
		assert_int_equal(pthread_create(&th, NULL, foreign_main, f), 0);
	else
		assert_int_equal(
		    context_thread_create(f->ctx, foreign_main, f, &th), 0);
	assert_int_equal(pthread_join(th, NULL), 0);
	assert_int_equal(f->failed, 0);
	assert_string_equal(f->self_name, principal);

	for (t = 0; t < T_COUNT; t++)
		check_log((enum target_id)t, &f->logs[t], 0, MAPI_E_NO_ACCESS);
	/* GetLastError explains, naming both contexts. */
	assert_int_equal(f->pd_lasterr_hr, S_OK);
	assert_non_null(strstr(f->pd_lasterr, "IPropData::QueryInterface"));
	assert_non_null(strstr(f->pd_lasterr, owner));
	assert_non_null(strstr(f->pd_lasterr, principal));
	assert_int_equal(f->view_lasterr_hr, S_OK);
	assert_non_null(strstr(f->view_lasterr, "IMAPITable::SeekRow"));
	assert_non_null(strstr(f->view_lasterr, principal));
	assert_int_equal(f->free_hr, MAPI_E_NO_ACCESS);
	assert_non_null(strstr(f->free_msg, "MAPIFreeBuffer"));
	assert_int_equal(f->more_hr, MAPI_E_NO_ACCESS);
	/* No callback ran on the foreign side. */
	assert_int_equal(atomic_load(&o.cb_calls), 0);
	assert_int_equal(atomic_load(&o.tt_calls), 0);

	objects_check_usable(&o);
	objects_release(&o);
	MAPIUninitialize();
	context_unref(&f->ctx);
	test_free(f);
	assert_int_equal(alloc_live(), live);
}

static void test_foreign_impersonating(void **state)
{
	(void)state;
	foreign_matrix(true, "misuse-mallory");
}

static void test_foreign_factory_thread(void **state)
{
	(void)state;
	foreign_matrix(false, "misuse-trudy");
}

/* ---------------------------------------------------------------------
 * Dead objects
 */

static void test_dead_objects(void **state)
{
	struct call_log *log;
	struct foreign_run *f;
	struct objects o;
	pthread_t th;
	LPMAPIERROR err = NULL;
	int t;
	long live = alloc_live();

	(void)state;
	log = test_calloc(1, sizeof(*log));
	f = test_calloc(1, sizeof(*f));
	assert_non_null(log);
	assert_non_null(f);
	assert_int_equal(MAPIInitialize(NULL), S_OK);
	objects_make(&o);
	MAPIUninitialize(); /* the last: every object dies */

	/* The owner: every method but Release says so. */
	for (t = 0; t < T_COUNT; t++) {
		call_all(&o, (enum target_id)t, SLOT_BIT(SLOT_RELEASE), log);
		check_log((enum target_id)t, log, SLOT_BIT(SLOT_RELEASE),
			  MAPI_E_INVALID_OBJECT);
	}
	assert_int_equal(IPropData_SaveChanges(o.pd, 0), MAPI_E_INVALID_OBJECT);
	assert_int_equal(
	    IPropData_GetLastError(o.pd, MAPI_E_INVALID_OBJECT, 0, &err), S_OK);
	assert_non_null(strstr((const char *)err->lpszError, "dead object"));
	MAPIFreeBuffer(err);

	/* Another context is told "no access" first, Release included. */
	f->o = &o;
	assert_int_equal(context_get("misuse-eve", NULL, &f->ctx), 0);
	assert_int_equal(context_thread_create(f->ctx, foreign_main, f, &th),
			 0);
	assert_int_equal(pthread_join(th, NULL), 0);
	assert_int_equal(f->failed, 0);
	for (t = 0; t < T_COUNT; t++)
		check_log((enum target_id)t, &f->logs[t], 0, MAPI_E_NO_ACCESS);
	assert_int_equal(f->free_hr, MAPI_E_NO_ACCESS);
	assert_int_equal(atomic_load(&o.cb_calls), 0);
	assert_int_equal(atomic_load(&o.tt_calls), 0);

	/* The owner's Release still frees them all (alloc_live below). */
	o.conn = 0; /* Unadvise is refused now; Release lets go of it */
	objects_release(&o);
	context_unref(&f->ctx);
	test_free(f);
	test_free(log);
	assert_int_equal(alloc_live(), live);
}

/* ---------------------------------------------------------------------
 * IMalloc: exempt
 */

struct malloc_run {
	LPVOID block;
	int failed;
};

static void *malloc_foreign(void *arg)
{
	struct malloc_run *r = arg;
	LPMALLOC m = MAPIGetDefaultMalloc();

	/* Any context may use it, and free blocks made in another. */
	if (IMalloc_GetSize(m, r->block) != 24)
		r->failed = 1;
	IMalloc_Free(m, r->block);
	return NULL;
}

static void test_imalloc_exempt(void **state)
{
	LPMALLOC m = MAPIGetDefaultMalloc();
	struct context *ctx = NULL;
	struct malloc_run r = {NULL, 0};
	pthread_t th;
	long live = alloc_live();

	(void)state;
	r.block = IMalloc_Alloc(m, 24);
	assert_non_null(r.block);
	assert_int_equal(context_get("misuse-malloc", NULL, &ctx), 0);
	assert_int_equal(context_thread_create(ctx, malloc_foreign, &r, &th),
			 0);
	assert_int_equal(pthread_join(th, NULL), 0);
	assert_int_equal(r.failed, 0);
	context_unref(&ctx);
	assert_int_equal(alloc_live(), live);
}

/*
 * Made once, on first use, and kept: the process context and the token
 * registry's buckets.  Made here, they are not counted as leaks.
 */
static int group_setup(void **state)
{
	LPMAPIXTOKEN tok = NULL;

	(void)state;
	if (context_thread() == NULL ||
	    context_token_new(context_thread(), MAPIX_LOGON_LOGICAL, &tok) != 0)
		return -1;
	return MapixCloseToken(tok) == S_OK ? 0 : -1;
}

int main(void)
{
	const struct CMUnitTest tests[] = {
	    cmocka_unit_test(test_foreign_impersonating),
	    cmocka_unit_test(test_foreign_factory_thread),
	    cmocka_unit_test(test_dead_objects),
	    cmocka_unit_test(test_imalloc_exempt),
	};

	return cmocka_run_group_tests(tests, group_setup, NULL);
}
