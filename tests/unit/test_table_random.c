/*
 * test_table_random.c - randomized cross-check of the in-memory table
 * (src/core/tabledata.c) against brute force.
 *
 * Each trial (fixed seeds, printed as TAP comments) fills a table with
 * random rows (PT_LONG, PT_UNICODE, PT_STRING8, PT_SYSTIME, PT_BOOLEAN,
 * PT_DOUBLE, PT_BINARY, PT_MV_LONG, PT_MV_UNICODE, any of them possibly
 * missing, multi-valued ones possibly empty; strings in mixed case with
 * Latin letters, ligatures and a few broken encodings), then checks that a
 * view with a random restriction tree (MVI tags on the multi-valued
 * columns among its leaves), random sort order and random column set
 * returns exactly the rows that res_eval() accepts, ordered as a stable
 * insertion sort with sort_compare_rows() orders them, with the right
 * values in the right columns.  Then it changes the data at random
 * (HrModifyRow, HrInsertRow, HrDeleteRow, HrModifyRows, HrDeleteRows) and
 * checks after every change that the dynamic view still matches, that a
 * snapshot view still shows the old rows, and that a client-side copy kept
 * up to date only from the table notifications equals the view.
 */
#include <stdarg.h>
#include <stddef.h>
#include <setjmp.h>
#include <stdint.h>
#include <cmocka.h>

#include <math.h>
#include <stdbool.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <mapiutil.h>
#include <mapiguid.h>

#include "restriction.h"
#include "sortorder.h"

#ifndef TAD_ALL_ROWS
#define TAD_ALL_ROWS ((ULONG)0x00000001)
#endif

#define TRIALS   200
#define MAX_ROWS 200
#define CHANGES  12

#define TAG_ID   PROP_TAG(PT_LONG, 0x6600)
#define TAG_L1   PROP_TAG(PT_LONG, 0x6601)
#define TAG_L2   PROP_TAG(PT_LONG, 0x6602)
#define TAG_W1   PROP_TAG(PT_UNICODE, 0x6603)
#define TAG_W2   PROP_TAG(PT_UNICODE, 0x6604)
#define TAG_A1   PROP_TAG(PT_STRING8, 0x6605)
#define TAG_TIME PROP_TAG(PT_SYSTIME, 0x6606)
#define TAG_BOOL PROP_TAG(PT_BOOLEAN, 0x6607)
#define TAG_DBL  PROP_TAG(PT_DOUBLE, 0x6608)
#define TAG_BIN  PROP_TAG(PT_BINARY, 0x6609)
#define TAG_NONE PROP_TAG(PT_LONG, 0x660A) /* in no row */
#define TAG_ML   PROP_TAG(PT_MV_LONG, 0x660B)
#define TAG_MW   PROP_TAG(PT_MV_UNICODE, 0x660C)

static const ULONG data_tags[] = {TAG_L1,  TAG_L2,   TAG_W1,   TAG_W2,
				  TAG_A1,  TAG_TIME, TAG_BOOL, TAG_DBL,
				  TAG_BIN, TAG_ML,   TAG_MW};
#define NDATA (sizeof(data_tags) / sizeof(data_tags[0]))

/* Words in both encodings; several fold alike, some are not ASCII. */
static const struct word {
	const char *a;
	const WCHAR *w;
} words[] = {
    {"", u""},
    {"a", u"a"},
    {"A", u"A"},
    {"ab", u"ab"},
    {"Ab", u"Ab"},
    {"abc", u"abc"},
    {"ABC", u"ABC"},
    {"abd", u"abd"},
    {"b", u"b"},
    {"Zebra", u"Zebra"},
    {"zebra", u"zebra"},
    {u8"\u00e4pfel", u"\u00e4pfel"},
    {u8"\u00c4pfel", u"\u00c4pfel"},
    {"apfel", u"apfel"},
    {u8"\u00c9mile", u"\u00c9mile"},
    {u8"e\u0301mile", u"e\u0301mile"},
    {"emile", u"emile"},
    {u8"stra\u00dfe", u"stra\u00dfe"},
    {"STRASSE", u"STRASSE"},
    {u8"\ufb01ne", u"\ufb01ne"},
    {"fine", u"fine"},
    {u8"\u01c5x", u"\u01c5x"},
    {"\xff\xfe", u"\xd800z"}, /* broken UTF-8 / unpaired surrogate */
    {"bc", u"bc"},
    /* Folds longer than their character, and to ASCII. */
    {u8"\u0149", u"\u0149"},
    {u8"\u0130stanbul", u"\u0130stanbul"},
    {"istanbul", u"istanbul"},
    {u8"\u01f0x", u"\u01f0x"},
    {u8"\u017fs", u"\u017fs"},
    {"SS", u"SS"},
    {u8"\u00b5", u"\u00b5"},
    {u8"\u03bc", u"\u03bc"},
};
#define NWORDS (sizeof(words) / sizeof(words[0]))

static const double doubles[] = {-1.5, 0.0, 0.5, 2.0, 1e9, -0.0};
static const BYTE bytes[] = {0, 1, 2, 1, 0, 2, 2};
/* Multi-valued values are runs of these, up to 3 long: equal and prefix
 * tuples come up often. */
static LONG longs[] = {1, -3, 1, 1, 4, 0, 1, -3};
static LPWSTR wides[NWORDS];

/* ---------------------------------------------------------------------------
 * Random numbers and rows
 */

static uint64_t rng_state;

static uint64_t rnd(void)
{
	/* xorshift64* */
	rng_state ^= rng_state >> 12;
	rng_state ^= rng_state << 25;
	rng_state ^= rng_state >> 27;
	return rng_state * 0x2545F4914F6CDD1DULL;
}

static unsigned rn(unsigned n)
{
	return (unsigned)(rnd() % n);
}

/* A model row: values point at static data or into the row itself. */
struct mrow {
	struct mrow *next_alloc;
	LONG id;
	ULONG n;
	SPropValue props[1 + NDATA];
};

static struct mrow *allocated;

static void random_value(SPropValue *v, ULONG tag)
{
	const struct word *w = &words[rn(NWORDS)];

	memset(v, 0, sizeof(*v));
	v->ulPropTag = tag;
	switch (PROP_TYPE(tag)) {
	case PT_LONG:
		v->Value.l = (LONG)rn(11) - 5;
		break;
	case PT_UNICODE:
		v->Value.lpszW = (LPWSTR)w->w;
		break;
	case PT_STRING8:
		v->Value.lpszA = (LPSTR)w->a;
		break;
	case PT_SYSTIME:
		v->Value.ft.dwLowDateTime = rn(4);
		v->Value.ft.dwHighDateTime = rn(3) == 0 ? 0x80000000u : rn(2);
		break;
	case PT_BOOLEAN:
		v->Value.b = (unsigned short)rn(2);
		break;
	case PT_DOUBLE:
		v->Value.dbl = rn(15) == 0 ? NAN : doubles[rn(6)];
		break;
	case PT_BINARY:
		v->Value.bin.cb = rn(4);
		v->Value.bin.lpb = (LPBYTE)&bytes[rn(4)];
		break;
	case PT_MV_LONG:
		v->Value.MVl.cValues = rn(4);
		v->Value.MVl.lpl = &longs[rn(5)];
		break;
	case PT_MV_UNICODE:
		if (wides[0] == NULL)
			for (size_t i = 0; i < NWORDS; i++)
				wides[i] = (LPWSTR)words[i].w;
		v->Value.MVszW.cValues = rn(4);
		v->Value.MVszW.lppszW = &wides[rn(NWORDS - 3)];
		break;
	default:
		fail_msg("no random value for tag 0x%08x", tag);
	}
}

static struct mrow *random_row(LONG id)
{
	struct mrow *r = calloc(1, sizeof(*r));

	assert_non_null(r);
	r->next_alloc = allocated;
	allocated = r;
	r->id = id;
	r->props[0].ulPropTag = TAG_ID;
	r->props[0].Value.l = id;
	r->n = 1;
	for (unsigned i = 0; i < NDATA; i++) {
		if (rn(5) == 0)
			continue; /* missing */
		random_value(&r->props[r->n++], data_tags[i]);
	}
	/* Shuffle, so rows do not all share one layout. */
	for (ULONG i = r->n - 1; i > 1; i--) {
		ULONG j = 1 + rn(i);
		SPropValue t = r->props[i];

		r->props[i] = r->props[j];
		r->props[j] = t;
	}
	return r;
}

static SRow srow_of(const struct mrow *r)
{
	SRow s = {0, r->n, (LPSPropValue)r->props};

	return s;
}

/* ---------------------------------------------------------------------------
 * Random restrictions and sort orders
 */

#define MAX_NODES 64

struct rbuild {
	SRestriction nodes[MAX_NODES];
	SPropValue vals[MAX_NODES];
	unsigned nnodes, nvals;
};

static SRestriction *new_nodes(struct rbuild *b, unsigned n)
{
	SRestriction *r;

	assert_true(b->nnodes + n <= MAX_NODES);
	r = &b->nodes[b->nnodes];
	b->nnodes += n;
	memset(r, 0, n * sizeof(*r));
	return r;
}

static void random_res(struct rbuild *b, SRestriction *r, unsigned depth)
{
	unsigned kind = rn(depth >= 3 ? 6 : 9);
	SPropValue *v;
	ULONG tag;

	switch (kind) {
	case 0: /* content */
		tag = rn(2) == 0 ? TAG_W1 : TAG_A1;
		if (rn(4) == 0)
			tag = TAG_W2;
		v = &b->vals[b->nvals++];
		random_value(v, tag);
		/* Any value of the multi-valued column, through MVI_FLAG. */
		if (rn(5) == 0) {
			tag = MVI_PROP(TAG_MW);
			random_value(v, CHANGE_PROP_TYPE(TAG_MW, PT_UNICODE));
		}
		r->rt = RES_CONTENT;
		r->res.resContent.ulPropTag = tag;
		r->res.resContent.lpProp = v;
		r->res.resContent.ulFuzzyLevel =
		    rn(3) | (rn(2) == 0 ? FL_IGNORECASE : 0);
		if (rn(10) == 0)
			r->res.resContent.ulFuzzyLevel |= FL_IGNORENONSPACE;
		break;
	case 1: /* property */
		tag = data_tags[rn(NDATA)];
		v = &b->vals[b->nvals++];
		random_value(v, tag);
		if (rn(4) == 0) {
			tag = rn(2) == 0 ? TAG_ML : TAG_MW;
			random_value(v, CHANGE_PROP_TYPE(tag, PROP_TYPE(tag) &
								  ~MV_FLAG));
			tag = MVI_PROP(tag);
		}
		r->rt = RES_PROPERTY;
		r->res.resProperty.relop = rn(6);
		r->res.resProperty.ulPropTag = tag;
		r->res.resProperty.lpProp = v;
		break;
	case 2: /* bitmask */
		r->rt = RES_BITMASK;
		r->res.resBitMask.relBMR = rn(2);
		r->res.resBitMask.ulPropTag = rn(2) == 0 ? TAG_L1 : TAG_L2;
		if (rn(3) == 0)
			r->res.resBitMask.ulPropTag = MVI_PROP(TAG_ML);
		r->res.resBitMask.ulMask = 1 + rn(15);
		break;
	case 3: /* exist */
		r->rt = RES_EXIST;
		r->res.resExist.ulPropTag =
		    rn(8) == 0 ? TAG_NONE : data_tags[rn(NDATA)];
		break;
	case 4: /* size */
		r->rt = RES_SIZE;
		r->res.resSize.relop = rn(6);
		r->res.resSize.ulPropTag = data_tags[rn(NDATA)];
		if (PROP_TYPE(r->res.resSize.ulPropTag) & MV_FLAG && rn(2))
			r->res.resSize.ulPropTag =
			    MVI_PROP(r->res.resSize.ulPropTag);
		r->res.resSize.cb = rn(12);
		break;
	case 5: { /* compare props */
		static const ULONG pairs[][2] = {{TAG_L1, TAG_L2},
						 {TAG_W1, TAG_W2},
						 {TAG_W1, TAG_A1},
						 {TAG_TIME, TAG_TIME},
						 {TAG_DBL, TAG_DBL}};
		unsigned p = rn(5);

		r->rt = RES_COMPAREPROPS;
		r->res.resCompareProps.relop = rn(6);
		r->res.resCompareProps.ulPropTag1 = pairs[p][rn(2)];
		r->res.resCompareProps.ulPropTag2 = pairs[p][rn(2)];
		break;
	}
	case 6: /* not */
		r->rt = RES_NOT;
		r->res.resNot.lpRes = new_nodes(b, 1);
		random_res(b, r->res.resNot.lpRes, depth + 1);
		break;
	default: { /* and / or */
		unsigned n = rn(4);
		SRestriction *kids = n != 0 ? new_nodes(b, n) : NULL;

		r->rt = kind == 7 ? RES_AND : RES_OR;
		r->res.resAnd.cRes = n;
		r->res.resAnd.lpRes = kids;
		for (unsigned i = 0; i < n; i++)
			random_res(b, &kids[i], depth + 1);
		break;
	}
	}
}

static const ULONG sort_tags[] = {
    TAG_ID,   TAG_L1,  TAG_L2,  TAG_W1,   TAG_W2, TAG_A1, TAG_TIME,
    TAG_BOOL, TAG_DBL, TAG_BIN, TAG_NONE, TAG_ML, TAG_MW};

static void random_sort(SSortOrderSet *sos)
{
	sos->cSorts = 1 + rn(3);
	sos->cCategories = 0;
	sos->cExpanded = 0;
	for (ULONG i = 0; i < sos->cSorts; i++) {
		sos->aSort[i].ulPropTag =
		    sort_tags[rn(sizeof(sort_tags) / sizeof(sort_tags[0]))];
		sos->aSort[i].ulOrder =
		    rn(2) == 0 ? TABLE_SORT_ASCEND : TABLE_SORT_DESCEND;
	}
}

/* ---------------------------------------------------------------------------
 * The model and what a view of it must show
 */

struct model {
	struct mrow *rows[MAX_ROWS * 4];
	unsigned n;
	LONG next_id;
};

struct expect {
	const SRestriction *res;
	const SSortOrderSet *sos;
};

static uint64_t seed_now;

static const SPropValue *find(const SPropValue *p, ULONG n, ULONG tag)
{
	for (ULONG i = 0; i < n; i++)
		if (p[i].ulPropTag == tag)
			return &p[i];
	return NULL;
}

/*
 * Checked without sort_compare_rows(), which the order below comes from:
 * rows without a value for the first key come after all rows with one,
 * whichever the direction ("all NULL entries positioned last").
 */
static void check_missing_last(const struct expect *e, struct mrow *const *out,
			       unsigned n)
{
	ULONG tag;
	bool gap = false;

	if (e->sos == NULL || e->sos->cSorts == 0)
		return;
	tag = e->sos->aSort[0].ulPropTag;
	for (unsigned i = 0; i < n; i++) {
		bool has = find(out[i]->props, out[i]->n, tag) != NULL;

		if (has && gap)
			fail_msg("seed %llu: row %d has key 0x%08x after a "
				 "row without it",
				 (unsigned long long)seed_now, out[i]->id, tag);
		gap = gap || !has;
	}
}

/* The rows res accepts, in insertion order, sorted stably by sos. */
static unsigned expected(const struct model *m, const struct expect *e,
			 struct mrow **out)
{
	unsigned n = 0;

	for (unsigned i = 0; i < m->n; i++) {
		SRow row = srow_of(m->rows[i]);
		int ret =
		    e->res != NULL ? res_eval(e->res, &row, NULL, NULL) : 1;
		unsigned lo, hi;

		assert_true(ret >= 0);
		if (!ret)
			continue;
		/* Binary insertion after every equal row: stable. */
		lo = 0;
		hi = n;
		while (lo < hi) {
			unsigned mid = (lo + hi) / 2;
			SRow a = srow_of(out[mid]);

			if (e->sos != NULL &&
			    sort_compare_rows(e->sos, &a, &row) > 0)
				hi = mid;
			else
				lo = mid + 1;
		}
		memmove(&out[lo + 1], &out[lo], (n - lo) * sizeof(*out));
		out[lo] = m->rows[i];
		n++;
	}
	check_missing_last(e, out, n);
	return n;
}

static bool same_wide(const WCHAR *a, const WCHAR *b)
{
	size_t i = 0;

	for (; a[i] != 0; i++)
		if (a[i] != b[i])
			return false;
	return b[i] == 0;
}

static bool same_value(const SPropValue *a, const SPropValue *b)
{
	if (a->ulPropTag != b->ulPropTag)
		return false;
	switch (PROP_TYPE(a->ulPropTag)) {
	case PT_LONG:
		return a->Value.l == b->Value.l;
	case PT_UNICODE:
		return same_wide(a->Value.lpszW, b->Value.lpszW);
	case PT_MV_LONG:
		return a->Value.MVl.cValues == b->Value.MVl.cValues &&
		       (a->Value.MVl.cValues == 0 ||
			memcmp(a->Value.MVl.lpl, b->Value.MVl.lpl,
			       a->Value.MVl.cValues * sizeof(LONG)) == 0);
	case PT_MV_UNICODE:
		if (a->Value.MVszW.cValues != b->Value.MVszW.cValues)
			return false;
		for (ULONG i = 0; i < a->Value.MVszW.cValues; i++)
			if (!same_wide(a->Value.MVszW.lppszW[i],
				       b->Value.MVszW.lppszW[i]))
				return false;
		return true;
	case PT_STRING8:
		return strcmp(a->Value.lpszA, b->Value.lpszA) == 0;
	case PT_SYSTIME:
		return a->Value.ft.dwLowDateTime == b->Value.ft.dwLowDateTime &&
		       a->Value.ft.dwHighDateTime == b->Value.ft.dwHighDateTime;
	case PT_BOOLEAN:
		return a->Value.b == b->Value.b;
	case PT_DOUBLE:
		return memcmp(&a->Value.dbl, &b->Value.dbl, sizeof(double)) ==
		       0;
	case PT_BINARY:
		return a->Value.bin.cb == b->Value.bin.cb &&
		       (a->Value.bin.cb == 0 ||
			memcmp(a->Value.bin.lpb, b->Value.bin.lpb,
			       a->Value.bin.cb) == 0);
	default:
		return false;
	}
}

/* Reads the whole view in random batches; checks rows and values. */
static void check_view(LPMAPITABLE t, const struct model *m,
		       const struct expect *e, const SPropTagArray *cols,
		       const char *what)
{
	static struct mrow *want[MAX_ROWS * 4];
	unsigned nwant = expected(m, e, want), got = 0;
	ULONG count = 0, idpos = 0;
	LPSRowSet rows;

	for (ULONG c = 0; c < cols->cValues; c++)
		if (cols->aulPropTag[c] == TAG_ID)
			idpos = c;
	assert_int_equal(IMAPITable_GetRowCount(t, 0, &count), S_OK);
	if (count != nwant)
		fail_msg("seed %llu, %s: %u rows, expected %u",
			 (unsigned long long)seed_now, what, count, nwant);
	assert_int_equal(IMAPITable_SeekRow(t, BOOKMARK_BEGINNING, 0, NULL),
			 S_OK);
	for (;;) {
		assert_int_equal(
		    IMAPITable_QueryRows(t, 1 + (LONG)rn(60), 0, &rows), S_OK);
		if (rows->cRows == 0) {
			FreeProws(rows);
			break;
		}
		for (ULONG i = 0; i < rows->cRows; i++, got++) {
			const SRow *r = &rows->aRow[i];
			const struct mrow *w;

			if (got >= nwant)
				fail_msg("seed %llu, %s: extra rows",
					 (unsigned long long)seed_now, what);
			w = want[got];
			assert_int_equal(r->cValues, cols->cValues);
			if (r->lpProps[idpos].Value.l != w->id)
				fail_msg("seed %llu, %s: row %u is %d, "
					 "expected %d",
					 (unsigned long long)seed_now, what,
					 got, r->lpProps[idpos].Value.l, w->id);
			for (ULONG c = 0; c < cols->cValues; c++) {
				ULONG tag = cols->aulPropTag[c];
				const SPropValue *have = &r->lpProps[c];
				const SPropValue *model =
				    find(w->props, w->n, tag);

				if (tag == PR_NULL) {
					assert_int_equal(have->ulPropTag,
							 PR_NULL);
				} else if (model == NULL) {
					assert_int_equal(
					    have->ulPropTag,
					    PROP_TAG(PT_ERROR, PROP_ID(tag)));
					assert_int_equal(have->Value.err,
							 MAPI_E_NOT_FOUND);
				} else if (!same_value(have, model)) {
					fail_msg("seed %llu, %s: row %d "
						 "column 0x%08x differs",
						 (unsigned long long)seed_now,
						 what, w->id, tag);
				}
			}
		}
		FreeProws(rows);
	}
	if (got != nwant)
		fail_msg("seed %llu, %s: read %u rows, expected %u",
			 (unsigned long long)seed_now, what, got, nwant);
}

/* FindRow with a second random restriction lands where brute force says. */
static void check_find(LPMAPITABLE t, const struct model *m,
		       const struct expect *e)
{
	static struct mrow *want[MAX_ROWS * 4];
	unsigned nwant = expected(m, e, want), first = nwant;
	struct rbuild b;
	SRestriction r;
	ULONG row, num, den;
	HRESULT hr;

	memset(&b, 0, sizeof(b));
	random_res(&b, &r, 1);
	for (unsigned i = 0; i < nwant; i++) {
		SRow s = srow_of(want[i]);

		if (res_eval(&r, &s, NULL, NULL) == 1) {
			first = i;
			break;
		}
	}
	hr = IMAPITable_FindRow(t, &r, BOOKMARK_BEGINNING, 0);
	if (first == nwant) {
		assert_int_equal(hr, MAPI_E_NOT_FOUND);
		return;
	}
	assert_int_equal(hr, S_OK);
	assert_int_equal(IMAPITable_QueryPosition(t, &row, &num, &den), S_OK);
	if (row != first)
		fail_msg("seed %llu: FindRow at %u, expected %u",
			 (unsigned long long)seed_now, row, first);
}

/* ---------------------------------------------------------------------------
 * A client-side copy of the view kept from notifications alone
 */

struct mirror {
	IMAPIAdviseSink iface;
	ULONG refs;
	LONG ids[MAX_ROWS * 4];
	unsigned n;
	bool reread;
	unsigned events;
};

static HRESULT STDMETHODCALLTYPE mir_qi(IMAPIAdviseSink *iface, REFIID riid,
					LPVOID *ppv)
{
	(void)riid;
	*ppv = iface;
	iface->lpVtbl->AddRef(iface);
	return S_OK;
}

static ULONG STDMETHODCALLTYPE mir_addref(IMAPIAdviseSink *iface)
{
	return ++((struct mirror *)(void *)iface)->refs;
}

static ULONG STDMETHODCALLTYPE mir_release(IMAPIAdviseSink *iface)
{
	return --((struct mirror *)(void *)iface)->refs;
}

static unsigned mir_find(const struct mirror *m, LONG id)
{
	for (unsigned i = 0; i < m->n; i++)
		if (m->ids[i] == id)
			return i;
	fail_msg("seed %llu: notification names row %d the client never saw",
		 (unsigned long long)seed_now, id);
	return 0;
}

static void mir_remove(struct mirror *m, LONG id)
{
	unsigned i = mir_find(m, id);

	memmove(&m->ids[i], &m->ids[i + 1], (m->n - i - 1) * sizeof(LONG));
	m->n--;
}

static void mir_insert_after(struct mirror *m, const SPropValue *prior, LONG id)
{
	unsigned at = 0;

	if (prior->ulPropTag != PR_NULL) {
		assert_int_equal(prior->ulPropTag, TAG_ID);
		at = mir_find(m, prior->Value.l) + 1;
	}
	memmove(&m->ids[at + 1], &m->ids[at], (m->n - at) * sizeof(LONG));
	m->ids[at] = id;
	m->n++;
}

static ULONG STDMETHODCALLTYPE mir_notify(IMAPIAdviseSink *iface, ULONG n,
					  LPNOTIFICATION notif)
{
	struct mirror *m = (struct mirror *)(void *)iface;

	for (ULONG i = 0; i < n; i++) {
		const TABLE_NOTIFICATION *tab = &notif[i].info.tab;

		m->events++;
		switch (tab->ulTableEvent) {
		case TABLE_ROW_ADDED:
			mir_insert_after(m, &tab->propPrior,
					 tab->propIndex.Value.l);
			break;
		case TABLE_ROW_MODIFIED:
			mir_remove(m, tab->propIndex.Value.l);
			mir_insert_after(m, &tab->propPrior,
					 tab->propIndex.Value.l);
			break;
		case TABLE_ROW_DELETED:
			mir_remove(m, tab->propIndex.Value.l);
			break;
		case TABLE_CHANGED:
		case TABLE_RELOAD:
			m->reread = true;
			break;
		default:
			fail_msg("unexpected table event %u",
				 tab->ulTableEvent);
		}
	}
	return 0;
}

static const IMAPIAdviseSinkVtbl mir_vtbl = {mir_qi, mir_addref, mir_release,
					     mir_notify};

/* Reads the view's ids from the start (what a client does on a reload). */
static void mir_reread(struct mirror *m, LPMAPITABLE t, ULONG idpos)
{
	LPSRowSet rows;

	m->n = 0;
	assert_int_equal(IMAPITable_SeekRow(t, BOOKMARK_BEGINNING, 0, NULL),
			 S_OK);
	assert_int_equal(IMAPITable_QueryRows(t, MAX_ROWS * 4, 0, &rows), S_OK);
	for (ULONG i = 0; i < rows->cRows; i++)
		m->ids[m->n++] = rows->aRow[i].lpProps[idpos].Value.l;
	FreeProws(rows);
	m->reread = false;
}

static void check_mirror(struct mirror *mir, LPMAPITABLE t, ULONG idpos,
			 const struct model *m, const struct expect *e)
{
	static struct mrow *want[MAX_ROWS * 4];
	unsigned nwant = expected(m, e, want);

	if (mir->reread)
		mir_reread(mir, t, idpos);
	if (mir->n != nwant)
		fail_msg("seed %llu: client copy has %u rows, expected %u",
			 (unsigned long long)seed_now, mir->n, nwant);
	for (unsigned i = 0; i < nwant; i++)
		if (mir->ids[i] != want[i]->id)
			fail_msg("seed %llu: client copy row %u is %d, "
				 "expected %d",
				 (unsigned long long)seed_now, i, mir->ids[i],
				 want[i]->id);
}

/* ---------------------------------------------------------------------------
 * Random changes through ITableData, mirrored in the model
 */

static unsigned model_pos(const struct model *m, LONG id)
{
	for (unsigned i = 0; i < m->n; i++)
		if (m->rows[i]->id == id)
			return i;
	return m->n;
}

/* Replaces row r->id in the model, or appends r. */
static void model_put(struct model *m, struct mrow *r)
{
	unsigned i = model_pos(m, r->id);

	if (i == m->n)
		m->n++;
	m->rows[i] = r;
}

static void model_del(struct model *m, LONG id)
{
	unsigned i = model_pos(m, id);

	if (i == m->n)
		return;
	memmove(&m->rows[i], &m->rows[i + 1],
		(m->n - i - 1) * sizeof(m->rows[0]));
	m->n--;
}

/* An id that exists (if any) or a new one. */
static LONG pick_id(struct model *m, bool existing)
{
	if (existing && m->n != 0)
		return m->rows[rn(m->n)]->id;
	return m->next_id++;
}

static void random_change(LPTABLEDATA td, struct model *m)
{
	SizedSRowSet(12, set);
	SPropValue keys[12];
	struct mrow *r;
	SRow s;
	ULONG n, deleted;
	unsigned k;

	switch (rn(6)) {
	case 0: /* modify or add one */
		r = random_row(pick_id(m, rn(3) != 0));
		s = srow_of(r);
		assert_int_equal(ITableData_HrModifyRow(td, &s), S_OK);
		model_put(m, r);
		break;
	case 1: { /* insert at a position */
		unsigned at = rn(m->n + 1);

		r = random_row(m->next_id++);
		s = srow_of(r);
		assert_int_equal(ITableData_HrInsertRow(td, at, &s), S_OK);
		memmove(&m->rows[at + 1], &m->rows[at],
			(m->n - at) * sizeof(m->rows[0]));
		m->rows[at] = r;
		m->n++;
		break;
	}
	case 2: /* delete one */
		if (m->n == 0)
			break;
		keys[0] = m->rows[rn(m->n)]->props[0];
		assert_int_equal(ITableData_HrDeleteRow(td, &keys[0]), S_OK);
		model_del(m, keys[0].Value.l);
		break;
	case 3:
	case 4: /* several at once: row by row up to 8, then a summary */
		n = 1 + rn(12);
		for (k = 0; k < n; k++) {
			r = random_row(pick_id(m, rn(2) == 0));
			set.aRow[k] = srow_of(r);
			model_put(m, r);
		}
		set.cRows = n;
		assert_int_equal(
		    ITableData_HrModifyRows(td, 0, (LPSRowSet)&set), S_OK);
		break;
	default:
		n = 1 + rn(12);
		for (k = 0; k < n; k++) {
			keys[k].ulPropTag = TAG_ID;
			keys[k].Value.l = pick_id(m, rn(4) != 0);
			set.aRow[k].ulAdrEntryPad = 0;
			set.aRow[k].cValues = 1;
			set.aRow[k].lpProps = &keys[k];
		}
		set.cRows = n;
		deleted = 0;
		assert_int_equal(
		    ITableData_HrDeleteRows(td, 0, (LPSRowSet)&set, &deleted),
		    S_OK);
		k = m->n;
		for (ULONG i = 0; i < n; i++)
			model_del(m, keys[i].Value.l);
		assert_int_equal(deleted, k - m->n);
		break;
	}
}

/* ---------------------------------------------------------------------------
 * The trial
 */

static SPropTagArray *random_columns(void)
{
	static SizedSPropTagArray(16, cols);
	ULONG n = 0;

	cols.aulPropTag[n++] = TAG_ID;
	for (unsigned i = 0; i < NDATA; i++)
		if (rn(3) != 0)
			cols.aulPropTag[n++] = data_tags[i];
	if (rn(3) == 0)
		cols.aulPropTag[n++] = TAG_NONE;
	if (rn(4) == 0)
		cols.aulPropTag[n++] = PR_NULL;
	/* Shuffle (TAG_ID included). */
	for (ULONG i = n - 1; i > 0; i--) {
		ULONG j = rn(i + 1), t = cols.aulPropTag[i];

		cols.aulPropTag[i] = cols.aulPropTag[j];
		cols.aulPropTag[j] = t;
	}
	cols.cValues = n;
	return (SPropTagArray *)&cols;
}

static void free_allocated(void)
{
	while (allocated != NULL) {
		struct mrow *next = allocated->next_alloc;

		free(allocated);
		allocated = next;
	}
}

static void trial(uint64_t seed)
{
	static SizedSPropTagArray(1, init) = {1, {TAG_ID}};
	static struct model m, old;
	SizedSSortOrderSet(3, sos);
	struct rbuild b;
	SRestriction res;
	struct expect e;
	struct mirror mir;
	LPTABLEDATA td = NULL, sd = NULL;
	LPMAPITABLE view, snapv;
	SPropTagArray *cols;
	ULONG_PTR conn;
	ULONG idpos = 0, nrows;
	const char *why = NULL;
	bool sorted, restricted;

	seed_now = seed;
	rng_state = seed * 0x9E3779B97F4A7C15ULL + 1;
	memset(&m, 0, sizeof(m));
	m.next_id = 1;
	nrows = rn(MAX_ROWS + 1);

	assert_int_equal(CreateTable(NULL, NULL, NULL, NULL, NULL,
				     TBLTYPE_DYNAMIC, TAG_ID,
				     (LPSPropTagArray)&init, &td),
			 S_OK);
	assert_int_equal(CreateTable(NULL, NULL, NULL, NULL, NULL,
				     TBLTYPE_SNAPSHOT, TAG_ID,
				     (LPSPropTagArray)&init, &sd),
			 S_OK);
	for (ULONG i = 0; i < nrows; i++) {
		struct mrow *r = random_row(m.next_id++);
		SRow s = srow_of(r);

		assert_int_equal(ITableData_HrModifyRow(td, &s), S_OK);
		assert_int_equal(ITableData_HrModifyRow(sd, &s), S_OK);
		model_put(&m, r);
	}

	memset(&b, 0, sizeof(b));
	random_res(&b, &res, 1);
	assert_int_equal(res_validate(&res, &why), 0);
	random_sort((SSortOrderSet *)&sos);
	sorted = rn(5) != 0;
	restricted = rn(5) != 0;
	e.res = restricted ? &res : NULL;
	e.sos = sorted ? (SSortOrderSet *)&sos : NULL;
	cols = random_columns();
	for (ULONG c = 0; c < cols->cValues; c++)
		if (cols->aulPropTag[c] == TAG_ID)
			idpos = c;

	/* The same view over both tables; order of the calls at random. */
	for (int k = 0; k < 2; k++) {
		LPTABLEDATA d = k == 0 ? td : sd;
		LPMAPITABLE *v = k == 0 ? &view : &snapv;

		assert_int_equal(
		    ITableData_HrGetView(
			d, rn(2) && sorted ? (LPSSortOrderSet)e.sos : NULL,
			NULL, 0, v),
		    S_OK);
		if (rn(2) && restricted)
			assert_int_equal(IMAPITable_Restrict(*v, &res, 0),
					 S_OK);
		if (sorted)
			assert_int_equal(
			    IMAPITable_SortTable(*v, (LPSSortOrderSet)e.sos, 0),
			    S_OK);
		if (restricted)
			assert_int_equal(
			    IMAPITable_Restrict(*v, &res, TBL_BATCH), S_OK);
		assert_int_equal(IMAPITable_SetColumns(*v, cols, 0), S_OK);
	}
	check_view(view, &m, &e, cols, "dynamic view");
	check_view(snapv, &m, &e, cols, "snapshot view");
	check_find(view, &m, &e);

	/* Change the data; the dynamic view and the client copy follow,
	 * the snapshot stays. */
	old = m;
	memset(&mir, 0, sizeof(mir));
	mir.iface.lpVtbl = &mir_vtbl;
	mir.refs = 1;
	assert_int_equal(
	    IMAPITable_Advise(view, fnevTableModified, &mir.iface, &conn),
	    S_OK);
	mir_reread(&mir, view, idpos);
	for (unsigned c = 0; c < CHANGES; c++) {
		random_change(td, &m);
		check_mirror(&mir, view, idpos, &m, &e);
	}
	check_view(view, &m, &e, cols, "dynamic view after changes");
	check_view(snapv, &old, &e, cols, "snapshot view after changes");
	assert_int_equal(IMAPITable_Unadvise(view, conn), S_OK);
	assert_int_equal(mir.refs, 1);

	assert_int_equal(IMAPITable_Release(view), 0);
	assert_int_equal(IMAPITable_Release(snapv), 0);
	assert_int_equal(ITableData_Release(td), 0);
	assert_int_equal(ITableData_Release(sd), 0);
	free_allocated();
}

static void test_random_tables(void **state)
{
	(void)state;
	printf("# seeds 1..%d, up to %d rows each\n", TRIALS, MAX_ROWS);
	for (uint64_t seed = 1; seed <= TRIALS; seed++)
		trial(seed);
}

/*
 * Reads the whole view and checks that each row sorts, by sos, after the
 * one before it, as sort_compare_rows() orders them, ties in insertion
 * (here ID) order.  props[id - first] are the rows' values.
 */
static void check_sorted(LPMAPITABLE view, const SSortOrderSet *sos,
			 SPropValue (*props)[3], unsigned first, ULONG nrows)
{
	LPSRowSet rows;
	LONG prev = -1;
	ULONG seen = 0;

	assert_int_equal(IMAPITable_SeekRow(view, BOOKMARK_BEGINNING, 0, NULL),
			 S_OK);
	for (;;) {
		assert_int_equal(IMAPITable_QueryRows(view, 100, 0, &rows),
				 S_OK);
		if (rows->cRows == 0)
			break;
		for (ULONG i = 0; i < rows->cRows; i++, seen++) {
			LONG id = rows->aRow[i].lpProps[0].Value.l;
			int cmp;

			if (prev >= 0) {
				SRow a = {0, 3, props[prev - (LONG)first]};
				SRow b = {0, 3, props[id - (LONG)first]};

				cmp = sort_compare_rows(sos, &a, &b);
				if (cmp > 0 || (cmp == 0 && prev > id))
					fail_msg("rows U+%04X and U+%04X out "
						 "of order",
						 (unsigned)prev, (unsigned)id);
			}
			prev = id;
		}
		FreeProws(rows);
	}
	FreeProws(rows);
	assert_int_equal(seen, nrows);
}

/*
 * Every character below U+0300, between ASCII letters, in a PT_UNICODE and
 * a PT_STRING8 column: for groups of them, a view restricted to an OR of
 * case-insensitive FL_FULLSTRING matches (needles in another case) counts
 * the rows that res_eval() counts, and a view sorted on either column
 * orders the rows as sort_compare_rows() does.  This pins the folds the
 * table makes once per row (the content needles' matches, the sort keys)
 * to ustring.c's comparisons, character by character, on both sides of
 * the per-character tables' end at U+0250.
 */
static void test_fold_every_latin_char(void **state)
{
	enum { FIRST = 0x80, END = 0x300, GROUP = 32 };
	static WCHAR wide[END - FIRST][4], wneedle[GROUP][4];
	static char narrow[END - FIRST][5], nneedle[GROUP][5];
	static SPropValue props[END - FIRST][3];
	SizedSPropTagArray(1, init) = {1, {TAG_ID}};
	LPTABLEDATA td = NULL;
	LPMAPITABLE view = NULL;
	SRestriction kids[GROUP], or ;
	SPropValue needles[GROUP];

	(void)state;
	assert_int_equal(CreateTable(NULL, NULL, NULL, NULL, NULL,
				     TBLTYPE_DYNAMIC, TAG_ID,
				     (LPSPropTagArray)&init, &td),
			 S_OK);
	for (unsigned c = FIRST; c < END; c++) {
		unsigned i = c - FIRST;
		SRow r = {0, 3, props[i]};

		wide[i][0] = u'A';
		wide[i][1] = (WCHAR)c;
		wide[i][2] = u'b';
		narrow[i][0] = 'A';
		narrow[i][1] = (char)(0xC0 | (c >> 6));
		narrow[i][2] = (char)(0x80 | (c & 0x3F));
		narrow[i][3] = 'b';
		props[i][0].ulPropTag = TAG_ID;
		props[i][0].Value.l = (LONG)c;
		props[i][1].ulPropTag = TAG_W1;
		props[i][1].Value.lpszW = wide[i];
		props[i][2].ulPropTag = TAG_A1;
		props[i][2].Value.lpszA = narrow[i];
		assert_int_equal(ITableData_HrModifyRow(td, &r), S_OK);
	}
	assert_int_equal(ITableData_HrGetView(td, NULL, NULL, 0, &view), S_OK);
	for (int col = 0; col < 2; col++) {
		for (unsigned g = FIRST; g < END; g += GROUP) {
			ULONG count = 0, want = 0;

			for (unsigned k = 0; k < GROUP; k++) {
				unsigned c = g + k;

				memset(&needles[k], 0, sizeof(needles[k]));
				if (col == 0) {
					wneedle[k][0] = u'a';
					wneedle[k][1] = (WCHAR)c;
					wneedle[k][2] = u'B';
					needles[k].ulPropTag = TAG_W1;
					needles[k].Value.lpszW = wneedle[k];
				} else {
					memcpy(nneedle[k], narrow[c - FIRST],
					       5);
					nneedle[k][0] = 'a';
					nneedle[k][3] = 'B';
					needles[k].ulPropTag = TAG_A1;
					needles[k].Value.lpszA = nneedle[k];
				}
				kids[k].rt = RES_CONTENT;
				kids[k].res.resContent.ulFuzzyLevel =
				    FL_FULLSTRING | FL_IGNORECASE;
				kids[k].res.resContent.ulPropTag =
				    needles[k].ulPropTag;
				kids[k].res.resContent.lpProp = &needles[k];
			}
			or.rt = RES_OR;
			or.res.resOr.cRes = GROUP;
			or.res.resOr.lpRes = kids;
			for (unsigned i = 0; i < END - FIRST; i++) {
				SRow r = {0, 3, props[i]};

				want += res_eval(& or, &r, NULL, NULL) == 1;
			}
			assert_int_equal(IMAPITable_Restrict(view, & or, 0),
					 S_OK);
			assert_int_equal(
			    IMAPITable_GetRowCount(view, 0, &count), S_OK);
			if (count != want)
				fail_msg("characters U+%04X..U+%04X (%s): %u "
					 "rows match, res_eval says %u",
					 g, g + GROUP - 1,
					 col == 0 ? "PT_UNICODE" : "PT_STRING8",
					 count, want);
			/* Each needle at least matches its own row. */
			assert_true(want >= GROUP);
		}
	}
	assert_int_equal(IMAPITable_Restrict(view, NULL, 0), S_OK);
	for (int k = 0; k < 4; k++) {
		SizedSSortOrderSet(1, sos) = {
		    1,
		    0,
		    0,
		    {{k < 2 ? TAG_W1 : TAG_A1,
		      k % 2 ? TABLE_SORT_DESCEND : TABLE_SORT_ASCEND}}};

		assert_int_equal(
		    IMAPITable_SortTable(view, (LPSSortOrderSet)&sos, 0), S_OK);
		check_sorted(view, (SSortOrderSet *)&sos, props, FIRST,
			     END - FIRST);
	}
	assert_int_equal(IMAPITable_Release(view), 0);
	assert_int_equal(ITableData_Release(td), 0);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
	    cmocka_unit_test(test_random_tables),
	    cmocka_unit_test(test_fold_every_latin_char),
	};
	return cmocka_run_group_tests(tests, NULL, NULL);
}
