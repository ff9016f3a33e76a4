/*
 * test_table.h - what the tests of CreateTable's table share: tags, a
 * table of five rows, row and cursor checks, and an advise sink that
 * records table notifications.  Included by test_table.c,
 * test_table_values.c and test_table_shared.c; everything is static
 * inline, so each test uses what it needs.
 */
#ifndef MAPIX_TEST_TABLE_H
#define MAPIX_TEST_TABLE_H

#include <stdarg.h>
#include <stddef.h>
#include <setjmp.h>
#include <stdint.h>
#include <cmocka.h>

#include <pthread.h>
#include <sched.h>
#include <stdatomic.h>
#include <stdbool.h>
#include <stdio.h>
#include <string.h>

#include <mapiutil.h>
#include <mapiguid.h>

#include "alloc.h"
#include "lib.h"
#include "mapierr.h"
#include "objhdr.h"

#ifndef TAD_ALL_ROWS
#define TAD_ALL_ROWS ((ULONG)0x00000001)
#endif

#define TAG_ID     PROP_TAG(PT_LONG, 0x6701)
#define TAG_NAME   PROP_TAG(PT_UNICODE, 0x6702)
#define TAG_SIZE   PROP_TAG(PT_LONG, 0x6703)
#define TAG_NOTE   PROP_TAG(PT_STRING8, 0x6704)
#define TAG_MV     PROP_TAG(PT_MV_LONG, 0x6705)
#define TAG_MVS    PROP_TAG(PT_MV_UNICODE, 0x6706)
#define TAG_ABSENT PROP_TAG(PT_LONG, 0x6710)

/* ---------------------------------------------------------------------------
 * Helpers
 */

static inline void check_hr(HRESULT want, HRESULT got, const char *expr,
			    const char *file, int line)
{
	const char *wn = mapierr_name(want), *gn = mapierr_name(got);

	if (want == got)
		return;
	fail_msg("%s:%d: %s\n  expected %s (0x%08x), got %s (0x%08x)", file,
		 line, expr, wn != NULL ? wn : "?", (unsigned)want,
		 gn != NULL ? gn : "?", (unsigned)got);
}

#define assert_hr(want, expr)                                                  \
	check_hr((want), (expr), #expr, __FILE__, __LINE__)

static inline SPropTagArray *tags3(void)
{
	static SizedSPropTagArray(3, cols) = {3, {TAG_ID, TAG_NAME, TAG_SIZE}};

	return (SPropTagArray *)&cols;
}

static inline LPTABLEDATA make_table(ULONG type)
{
	LPTABLEDATA td = NULL;

	assert_hr(S_OK, CreateTable(&IID_IMAPITableData, MAPIAllocateBuffer,
				    MAPIAllocateMore, MAPIFreeBuffer, NULL,
				    type, TAG_ID, tags3(), &td));
	assert_non_null(td);
	return td;
}

/* Adds or replaces row id; name NULL leaves the name out. */
static inline HRESULT put_row(LPTABLEDATA td, LONG id, const WCHAR *name,
			      LONG size)
{
	SPropValue p[3];
	SRow r;
	ULONG n = 0;

	memset(p, 0, sizeof(p));
	p[n].ulPropTag = TAG_ID;
	p[n++].Value.l = id;
	if (name != NULL) {
		p[n].ulPropTag = TAG_NAME;
		p[n++].Value.lpszW = (LPWSTR)name;
	}
	p[n].ulPropTag = TAG_SIZE;
	p[n++].Value.l = size;
	r.ulAdrEntryPad = 0;
	r.cValues = n;
	r.lpProps = p;
	return ITableData_HrModifyRow(td, &r);
}

static inline SPropValue id_value(LONG id)
{
	SPropValue v;

	memset(&v, 0, sizeof(v));
	v.ulPropTag = TAG_ID;
	v.Value.l = id;
	return v;
}

static const SPropValue *find(const SRow *r, ULONG tag)
{
	for (ULONG i = 0; i < r->cValues; i++)
		if (r->lpProps[i].ulPropTag == tag)
			return &r->lpProps[i];
	return NULL;
}

static inline LONG row_id(const SRow *r)
{
	const SPropValue *p = find(r, TAG_ID);

	assert_non_null(p);
	return p->Value.l;
}

/* Asks for ask rows from the cursor and checks that ids come back. */
static inline void expect_query(LPMAPITABLE t, LONG ask, const LONG *ids,
				ULONG n)
{
	LPSRowSet rows = NULL;

	assert_hr(S_OK, IMAPITable_QueryRows(t, ask, 0, &rows));
	if (rows->cRows != n)
		fail_msg("expected %u rows, got %u", n, rows->cRows);
	for (ULONG i = 0; i < n; i++)
		if (row_id(&rows->aRow[i]) != ids[i])
			fail_msg("row %u: expected id %d, got %d", i, ids[i],
				 row_id(&rows->aRow[i]));
	FreeProws(rows);
}

/* The next n rows from the cursor. */
static inline void expect_next(LPMAPITABLE t, const LONG *ids, ULONG n)
{
	expect_query(t, (LONG)n, ids, n);
}

/* The whole view from the beginning, and nothing more. */
static inline void expect_ids(LPMAPITABLE t, const LONG *ids, ULONG n)
{
	assert_hr(S_OK, IMAPITable_SeekRow(t, BOOKMARK_BEGINNING, 0, NULL));
	expect_query(t, (LONG)n + 1, ids, n);
}

static inline void free_view(LPMAPITABLE t)
{
	assert_int_equal(IMAPITable_Release(t), 0);
}

static inline void free_table(LPTABLEDATA td)
{
	assert_int_equal(ITableData_Release(td), 0);
}

/* A table with rows 1..5 named e, D, c, B, a and sizes 50, 40, .. 10. */
static inline LPTABLEDATA table5(ULONG type)
{
	static const WCHAR *names[] = {u"e", u"D", u"c", u"B", u"a"};
	LPTABLEDATA td = make_table(type);

	for (LONG i = 0; i < 5; i++)
		assert_hr(S_OK, put_row(td, i + 1, names[i], 50 - 10 * i));
	return td;
}

static inline LPMAPITABLE view_of(LPTABLEDATA td)
{
	LPMAPITABLE t = NULL;

	assert_hr(S_OK, ITableData_HrGetView(td, NULL, NULL, 0, &t));
	assert_non_null(t);
	return t;
}

static inline void sort1(LPMAPITABLE t, ULONG tag, ULONG order)
{
	SizedSSortOrderSet(1, sos) = {1, 0, 0, {{tag, order}}};

	assert_hr(S_OK, IMAPITable_SortTable(t, (LPSSortOrderSet)&sos, 0));
}

/* ---------------------------------------------------------------------------
 * An advise sink that records table notifications
 */

struct rec {
	ULONG event;
	ULONG index_tag;
	LONG index;
	ULONG prior_tag;
	LONG prior;
	ULONG ncols;
	LONG row_id; /* -1: no TAG_ID in the row */
};

struct test_sink {
	IMAPIAdviseSink iface;
	atomic_ulong refs;
	struct rec recs[64];
	unsigned nrecs;
	/* Optional re-entrant behaviour. */
	LPMAPITABLE view;
	ULONG_PTR unadvise_conn;
	ULONG reentrant_rows;
};

static inline struct test_sink *sink_of(IMAPIAdviseSink *iface)
{
	return (struct test_sink *)(void *)iface;
}

static inline HRESULT STDMETHODCALLTYPE sink_qi(IMAPIAdviseSink *iface,
						REFIID riid, LPVOID *ppv)
{
	if (IsEqualIID(riid, &IID_IUnknown) ||
	    IsEqualIID(riid, &IID_IMAPIAdviseSink)) {
		iface->lpVtbl->AddRef(iface);
		*ppv = iface;
		return S_OK;
	}
	*ppv = NULL;
	return MAPI_E_INTERFACE_NOT_SUPPORTED;
}

static inline ULONG STDMETHODCALLTYPE sink_addref(IMAPIAdviseSink *iface)
{
	return (ULONG)(atomic_fetch_add(&sink_of(iface)->refs, 1) + 1);
}

static inline ULONG STDMETHODCALLTYPE sink_release(IMAPIAdviseSink *iface)
{
	/* The test owns the memory; only the count matters. */
	return (ULONG)(atomic_fetch_sub(&sink_of(iface)->refs, 1) - 1);
}

static inline ULONG STDMETHODCALLTYPE sink_notify(IMAPIAdviseSink *iface,
						  ULONG n, LPNOTIFICATION notif)
{
	struct test_sink *s = sink_of(iface);

	for (ULONG i = 0; i < n; i++) {
		const TABLE_NOTIFICATION *tab = &notif[i].info.tab;
		const SPropValue *id;
		struct rec *r;

		assert_int_equal(notif[i].ulEventType, fnevTableModified);
		if (s->nrecs == 64)
			fail_msg("too many notifications");
		r = &s->recs[s->nrecs++];
		r->event = tab->ulTableEvent;
		r->index_tag = tab->propIndex.ulPropTag;
		r->index = tab->propIndex.Value.l;
		r->prior_tag = tab->propPrior.ulPropTag;
		r->prior = tab->propPrior.Value.l;
		r->ncols = tab->row.cValues;
		id = tab->row.cValues != 0 ? find(&tab->row, TAG_ID) : NULL;
		r->row_id = id != NULL ? id->Value.l : -1;
		if (tab->row.cValues == 0)
			assert_null(tab->row.lpProps);
	}
	if (s->view != NULL) {
		/* Calling back into the table from OnNotify must work. */
		LPSRowSet rows = NULL;

		assert_hr(S_OK, IMAPITable_SeekRow(s->view, BOOKMARK_BEGINNING,
						   0, NULL));
		assert_hr(S_OK, IMAPITable_QueryRows(s->view, 100, 0, &rows));
		s->reentrant_rows = rows->cRows;
		FreeProws(rows);
		if (s->unadvise_conn != 0) {
			assert_hr(S_OK, IMAPITable_Unadvise(s->view,
							    s->unadvise_conn));
			s->unadvise_conn = 0;
		}
	}
	return 0;
}

static const IMAPIAdviseSinkVtbl sink_vtbl ATTR_UNUSED = {
    sink_qi, sink_addref, sink_release, sink_notify};

static inline void sink_init(struct test_sink *s)
{
	memset(s, 0, sizeof(*s));
	s->iface.lpVtbl = &sink_vtbl;
	atomic_init(&s->refs, 1);
}

static inline ULONG_PTR advise(LPMAPITABLE t, struct test_sink *s)
{
	ULONG_PTR conn = 0;

	assert_hr(S_OK,
		  IMAPITable_Advise(t, fnevTableModified, &s->iface, &conn));
	assert_true(conn != 0);
	return conn;
}

static inline void expect_rec(const struct test_sink *s, unsigned i,
			      ULONG event, LONG index, LONG prior, LONG row_id)
{
	const struct rec *r;

	if (i >= s->nrecs)
		fail_msg("notification %u missing (got %u)", i, s->nrecs);
	r = &s->recs[i];
	assert_int_equal(r->event, event);
	if (event == TABLE_CHANGED || event == TABLE_RELOAD) {
		assert_int_equal(r->ncols, 0);
		return;
	}
	assert_int_equal(r->index_tag, TAG_ID);
	assert_int_equal(r->index, index);
	if (prior < 0) {
		assert_int_equal(r->prior_tag, PR_NULL);
	} else {
		assert_int_equal(r->prior_tag, TAG_ID);
		assert_int_equal(r->prior, prior);
	}
	assert_int_equal(r->row_id, row_id);
}

#endif
