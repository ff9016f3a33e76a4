/*
 * test_engine_table.c - the engine's tables checked against core's
 * in-memory table (CreateTable), the reference semantics.
 *
 * Each trial (seeded; the seed is printed as a TAP comment and in every
 * failure) fills a new folder with random messages through the bulk API:
 * index-column properties (subject, sender, class, delivery time,
 * importance, flags) and others (a long, a string, a double, a binary,
 * multi-valued longs and strings), any of them possibly missing, strings
 * in mixed case and several scripts.  The same rows go into a CreateTable
 * in creation order.  Then both get the same random restriction, sort
 * order and columns; every other trial only uses index columns, so the
 * engine pushes it down to SQL, the rest run in memory.  The row sets
 * must be identical, row by row and value by value, read in random chunk
 * sizes, and so must the row count, seeks, positions, bookmarks and
 * FindRow.  Finally the table must notice a change of the folder.
 */
#include <stdarg.h>
#include <stddef.h>
#include <setjmp.h>
#include <stdint.h>
#include <cmocka.h>

#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <mapiguid.h>
#include <mapiutil.h>

#include "engine.h"
#include "propcmp.h"
#include "restriction.h"

#define TRIALS   150
#define MAX_ROWS 120

#define PR_MID_   PROP_TAG(PT_I8, 0x674A)
#define PR_IMP    PROP_TAG(PT_LONG, 0x0017)
#define PR_CLASSW PROP_TAG(PT_UNICODE, 0x001A)
#define TAG_L1    PROP_TAG(PT_LONG, 0x6601)
#define TAG_W1    PROP_TAG(PT_UNICODE, 0x6603)
#define TAG_DBL   PROP_TAG(PT_DOUBLE, 0x6608)
#define TAG_BIN   PROP_TAG(PT_BINARY, 0x6609)
#define TAG_ML    PROP_TAG(PT_MV_LONG, 0x660B)
#define TAG_MW    PROP_TAG(PT_MV_UNICODE, 0x660C)

static const ULONG index_tags[] = {PR_SUBJECT_W, PR_SENDER_NAME_W,
				   PR_CLASSW,    PR_MESSAGE_DELIVERY_TIME,
				   PR_IMP,       PR_NORMALIZED_SUBJECT_W};
#define NINDEX (sizeof(index_tags) / sizeof(index_tags[0]))
static const ULONG other_tags[] = {TAG_L1,  TAG_W1, TAG_DBL,
				   TAG_BIN, TAG_ML, TAG_MW};
#define NOTHER (sizeof(other_tags) / sizeof(other_tags[0]))

static const WCHAR *const words[] = {u"",           u"a",
				     u"A",          u"ab",
				     u"Ab",         u"abc",
				     u"ABC",        u"abd",
				     u"b",          u"Zebra",
				     u"zebra",      u"\u00e4pfel",
				     u"\u00c4pfel", u"apfel",
				     u"\u00c9mile", u"e\u0301mile",
				     u"emile",      u"stra\u00dfe",
				     u"STRASSE",    u"\ufb01ne",
				     u"fine",       u"\u0130stanbul",
				     u"istanbul",   u"\u03bc",
				     u"\u00b5",     u"SS"};
#define NWORDS (sizeof(words) / sizeof(words[0]))
/* Only for the non-index string: an unpaired surrogate. */
static const WCHAR broken[] = u"\xd800z";
static LONG longs[] = {1, -3, 1, 1, 4, 0, 1, -3};
static LPWSTR wides[NWORDS];
static const BYTE bytes[] = {0, 1, 2, 1, 0, 2, 2};
static const double doubles[] = {-1.5, 0.0, 0.5, 2.0, 1e9, -0.0};

static uint64_t rng_state, seed;

static uint64_t rnd(void)
{
	rng_state ^= rng_state >> 12;
	rng_state ^= rng_state << 25;
	rng_state ^= rng_state >> 27;
	return rng_state * 0x2545F4914F6CDD1DULL;
}

static unsigned rn(unsigned n)
{
	return (unsigned)(rnd() % n);
}

#define check(cond, ...)                                                       \
	do {                                                                   \
		if (!(cond))                                                   \
			fail_msg("seed %llu: " __VA_ARGS__,                    \
				 (unsigned long long)seed);                    \
	} while (0)

/* A malloc()ed UTF-16 copy of a UTF-8 string (BMP only, for tests). */
static WCHAR *ustr_w(const char *s)
{
	size_t n = strlen(s), k = 0;
	WCHAR *w = malloc((n + 1) * sizeof(WCHAR));
	const unsigned char *p = (const unsigned char *)s;

	while (*p) {
		if (*p < 0x80) {
			w[k++] = *p++;
		} else if ((*p & 0xE0) == 0xC0) {
			w[k++] = (WCHAR)(((p[0] & 0x1F) << 6) | (p[1] & 0x3F));
			p += 2;
		} else {
			w[k++] = (WCHAR)(((p[0] & 0x0F) << 12) |
					 ((p[1] & 0x3F) << 6) | (p[2] & 0x3F));
			p += 3;
		}
	}
	w[k] = 0;
	return w;
}

static void random_value(SPropValue *v, ULONG tag)
{
	memset(v, 0, sizeof(*v));
	v->ulPropTag = tag;
	switch (PROP_TYPE(tag)) {
	case PT_LONG:
		v->Value.l = rn(8) == 0 ? 0x7fffffff : (LONG)rn(7) - 3;
		break;
	case PT_UNICODE:
		v->Value.lpszW = (LPWSTR)words[rn(NWORDS)];
		if (tag == TAG_W1 && rn(10) == 0)
			v->Value.lpszW = (LPWSTR)broken;
		break;
	case PT_SYSTIME:
		v->Value.ft.dwLowDateTime = rn(4);
		v->Value.ft.dwHighDateTime = rn(3) == 0 ? 0x80000000u : rn(2);
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
		v->Value.MVszW.cValues = rn(4);
		v->Value.MVszW.lppszW = &wides[rn(NWORDS - 3)];
		break;
	default:
		fail_msg("no random value for 0x%08x", tag);
	}
}

/* ---------------------------------------------------------------------------
 * Random restrictions and sort orders.  Nodes live in a pool freed per
 * trial.
 */

static void *pool[4096];
static unsigned npool;

static void *palloc(size_t n)
{
	void *p = calloc(1, n);

	assert_non_null(p);
	assert_true(npool < 4096);
	pool[npool++] = p;
	return p;
}

static void pool_free(void)
{
	while (npool)
		free(pool[--npool]);
}

static ULONG pick_tag(bool index_only)
{
	if (index_only || rn(2) == 0)
		return rn(6) == 0 ? PR_MESSAGE_FLAGS : index_tags[rn(NINDEX)];
	return other_tags[rn(NOTHER)];
}

static void random_res(SRestriction *r, int depth, bool index_only)
{
	unsigned kind = depth >= 3 ? 3 + rn(5) : rn(8);
	ULONG tag;
	SPropValue *v;

	memset(r, 0, sizeof(*r));
	switch (kind) {
	case 0:
	case 1:
		r->rt = kind == 0 ? RES_AND : RES_OR;
		r->res.resAnd.cRes = rn(4);
		r->res.resAnd.lpRes =
		    palloc(sizeof(SRestriction) * (r->res.resAnd.cRes + 1));
		for (ULONG i = 0; i < r->res.resAnd.cRes; i++)
			random_res(&r->res.resAnd.lpRes[i], depth + 1,
				   index_only);
		return;
	case 2:
		r->rt = RES_NOT;
		r->res.resNot.lpRes = palloc(sizeof(SRestriction));
		random_res(r->res.resNot.lpRes, depth + 1, index_only);
		return;
	case 3:
	case 4:
		tag = pick_tag(index_only);
		if (PROP_TYPE(tag) == PT_BINARY || PROP_TYPE(tag) == PT_DOUBLE)
			tag = PR_SUBJECT_W;
		if (PROP_TYPE(tag) & MV_FLAG) {
			/* Restrictions on multi-valued properties compare
			 * any value: the MVI tag form. */
			tag |= MV_INSTANCE;
		}
		r->rt = RES_PROPERTY;
		r->res.resProperty.relop = rn(6);
		r->res.resProperty.ulPropTag = tag;
		v = palloc(sizeof(*v));
		random_value(v, tag == PR_MESSAGE_FLAGS
				    ? PR_MESSAGE_FLAGS
				    : (tag & ~(ULONG)MVI_FLAG));
		if (tag == PR_MESSAGE_FLAGS)
			v->Value.l = (LONG)rn(16);
		r->res.resProperty.lpProp = v;
		return;
	case 5: {
		static const ULONG strs[] = {PR_SUBJECT_W, PR_SENDER_NAME_W,
					     PR_CLASSW, PR_NORMALIZED_SUBJECT_W,
					     TAG_W1};
		static const ULONG kinds[] = {FL_FULLSTRING, FL_SUBSTRING,
					      FL_PREFIX};
		static const ULONG mods[] = {0, FL_IGNORECASE,
					     FL_IGNORECASE | FL_IGNORENONSPACE,
					     FL_LOOSE};

		tag = strs[rn(index_only ? 4 : 5)];
		r->rt = RES_CONTENT;
		r->res.resContent.ulFuzzyLevel = kinds[rn(3)] | mods[rn(4)];
		r->res.resContent.ulPropTag = tag;
		v = palloc(sizeof(*v));
		random_value(v, tag);
		if (v->Value.lpszW == broken)
			v->Value.lpszW = (LPWSTR)u"z";
		r->res.resContent.lpProp = v;
		return;
	}
	case 6:
		r->rt = RES_EXIST;
		r->res.resExist.ulPropTag = pick_tag(index_only);
		return;
	default:
		r->rt = RES_BITMASK;
		r->res.resBitMask.relBMR = rn(2);
		r->res.resBitMask.ulPropTag =
		    rn(2) || index_only ? PR_MESSAGE_FLAGS : TAG_L1;
		if (!index_only && rn(3) == 0)
			r->res.resBitMask.ulPropTag = PR_IMP;
		r->res.resBitMask.ulMask = 1u << rn(4);
		return;
	}
}

static SSortOrderSet *random_sort(bool index_only)
{
	unsigned n = rn(3);
	SSortOrderSet *s = palloc(CbNewSSortOrderSet(3));

	s->cSorts = n;
	for (unsigned i = 0; i < n; i++) {
		ULONG tag = pick_tag(index_only);

		if (!index_only && rn(8) == 0)
			tag = TAG_ML | MV_INSTANCE;
		s->aSort[i].ulPropTag = tag;
		s->aSort[i].ulOrder =
		    rn(2) ? TABLE_SORT_DESCEND : TABLE_SORT_ASCEND;
	}
	return s;
}

static SPropTagArray *random_cols(bool index_only, bool expanded)
{
	SPropTagArray *c = palloc(CbNewSPropTagArray(10));
	ULONG n = 0;

	c->aulPropTag[n++] = PR_MID_;
	for (unsigned i = 0; i < NINDEX; i++)
		if (rn(2))
			c->aulPropTag[n++] = index_tags[i];
	if (rn(2))
		c->aulPropTag[n++] = PR_MESSAGE_FLAGS;
	if (!index_only) {
		c->aulPropTag[n++] = other_tags[rn(NOTHER)];
		if (rn(4) == 0)
			c->aulPropTag[n++] = TAG_MW | MV_INSTANCE;
	}
	if (expanded)
		c->aulPropTag[n++] = TAG_ML | MV_INSTANCE;
	c->cValues = n;
	return c;
}

/* ---------------------------------------------------------------------------
 * Comparison
 */

static void same_rows(const SRowSet *got, const SRowSet *want, const char *what)
{
	check(got->cRows == want->cRows, "%s: %u rows, reference %u", what,
	      got->cRows, want->cRows);
	for (ULONG r = 0; r < got->cRows; r++) {
		const SRow *a = &got->aRow[r], *b = &want->aRow[r];

		check(a->cValues == b->cValues, "%s row %u: %u values, %u",
		      what, r, a->cValues, b->cValues);
		for (ULONG i = 0; i < a->cValues; i++) {
			const SPropValue *x = &a->lpProps[i],
					 *y = &b->lpProps[i];
			int cmp = 1;

			check(x->ulPropTag == y->ulPropTag,
			      "%s row %u col %u: tag 0x%08x, reference 0x%08x",
			      what, r, i, x->ulPropTag, y->ulPropTag);
			if (PROP_TYPE(x->ulPropTag) == PT_ERROR)
				continue;
			if (PROP_TYPE(x->ulPropTag) == PT_DOUBLE &&
			    isnan(x->Value.dbl) && isnan(y->Value.dbl))
				continue;
			check(propcmp_values(x, y, 0, &cmp) == 0 && cmp == 0,
			      "%s row %u col %u (0x%08x): values differ", what,
			      r, i, x->ulPropTag);
		}
	}
}

struct ref {
	LPTABLEDATA td;
	LPMAPITABLE view;
};

static void ref_apply(struct ref *ref, SPropTagArray *cols, SRestriction *res,
		      SSortOrderSet *sos)
{
	assert_int_equal(
	    ITableData_HrGetView(ref->td, NULL, NULL, 0, &ref->view), S_OK);
	assert_int_equal(IMAPITable_SetColumns(ref->view, cols, 0), S_OK);
	if (res)
		assert_int_equal(IMAPITable_Restrict(ref->view, res, 0), S_OK);
	if (sos)
		assert_int_equal(IMAPITable_SortTable(ref->view, sos, 0), S_OK);
}

static void compare_all(struct engine_table *t, LPMAPITABLE view)
{
	ULONG n1 = 0, n2 = 0;
	SRowSet *a = NULL, *b = NULL;
	int chunks = 0;

	check(engine_table_row_count(t, &n1) == 0, "row count");
	assert_int_equal(IMAPITable_GetRowCount(view, 0, &n2), S_OK);
	check(n1 == n2, "row count %u, reference %u", n1, n2);
	assert_int_equal(engine_table_seek(t, BOOKMARK_BEGINNING, 0, NULL), 0);
	assert_int_equal(IMAPITable_SeekRow(view, BOOKMARK_BEGINNING, 0, NULL),
			 S_OK);
	for (;;) {
		LONG chunk = 1 + (LONG)rn(40);

		check(engine_table_query_rows(t, chunk, 0, &a) == 0,
		      "query rows");
		assert_int_equal(IMAPITable_QueryRows(view, chunk, 0, &b),
				 S_OK);
		same_rows(a, b, "forward");
		chunks++;
		if (a->cRows == 0) {
			FreeProws(a);
			FreeProws(b);
			break;
		}
		FreeProws(a);
		FreeProws(b);
		assert_true(chunks < 1000);
	}
}

static void compare_cursor(struct engine_table *t, LPMAPITABLE view)
{
	ULONG row1, num1, den1, row2, num2, den2, n = 0;
	LONG s1 = 0, s2 = 0, off;
	BOOKMARK b1, b2;
	SRowSet *a, *b;

	assert_int_equal(IMAPITable_GetRowCount(view, 0, &n), S_OK);
	off = (LONG)rn(n + 3);
	check(engine_table_seek(t, BOOKMARK_BEGINNING, off, &s1) == 0, "seek");
	assert_int_equal(IMAPITable_SeekRow(view, BOOKMARK_BEGINNING, off, &s2),
			 S_OK);
	check(s1 == s2, "seek sought %d, reference %d", s1, s2);
	check(engine_table_bookmark_create(t, &b1) == 0, "bookmark");
	assert_int_equal(IMAPITable_CreateBookmark(view, &b2), S_OK);
	check(engine_table_query_rows(t, -3, 0, &a) == 0, "backwards");
	assert_int_equal(IMAPITable_QueryRows(view, -3, 0, &b), S_OK);
	same_rows(a, b, "backward");
	FreeProws(a);
	FreeProws(b);
	check(engine_table_position(t, &row1, &num1, &den1) == 0, "position");
	assert_int_equal(IMAPITable_QueryPosition(view, &row2, &num2, &den2),
			 S_OK);
	check(row1 == row2, "position %u, reference %u", row1, row2);
	check(engine_table_seek(t, b1, 1, &s1) == 0, "seek bookmark");
	assert_int_equal(IMAPITable_SeekRow(view, b2, 1, &s2), S_OK);
	check(s1 == s2, "bookmark seek %d, reference %d", s1, s2);
	check(engine_table_query_rows(t, 2, TBL_NOADVANCE, &a) == 0, "rows");
	assert_int_equal(IMAPITable_QueryRows(view, 2, TBL_NOADVANCE, &b),
			 S_OK);
	same_rows(a, b, "after bookmark");
	FreeProws(a);
	FreeProws(b);
	check(engine_table_bookmark_free(t, b1) == 0, "free bookmark");
	assert_int_equal(IMAPITable_FreeBookmark(view, b2), S_OK);
	check(engine_table_seek_approx(t, 1, 2) == 0, "approx");
	assert_int_equal(IMAPITable_SeekRowApprox(view, 1, 2), S_OK);
	check(engine_table_query_rows(t, 3, 0, &a) == 0, "rows");
	assert_int_equal(IMAPITable_QueryRows(view, 3, 0, &b), S_OK);
	same_rows(a, b, "after approx");
	FreeProws(a);
	FreeProws(b);
	/* A seek that does not ask how far it got, maybe past the end. */
	off = (LONG)rn(n + 5);
	check(engine_table_seek(t, BOOKMARK_BEGINNING, off, NULL) == 0, "seek");
	assert_int_equal(
	    IMAPITable_SeekRow(view, BOOKMARK_BEGINNING, off, NULL), S_OK);
	check(engine_table_query_rows(t, 2, 0, &a) == 0, "rows");
	assert_int_equal(IMAPITable_QueryRows(view, 2, 0, &b), S_OK);
	same_rows(a, b, "after a blind seek");
	FreeProws(a);
	FreeProws(b);
	check(engine_table_position(t, &row1, &num1, &den1) == 0, "position");
	assert_int_equal(IMAPITable_QueryPosition(view, &row2, &num2, &den2),
			 S_OK);
	check(row1 == row2 && num1 == num2 && den1 == den2,
	      "position %u %u/%u, reference %u %u/%u", row1, num1, den1, row2,
	      num2, den2);
	check(engine_table_query_rows(t, -4, 0, &a) == 0, "rows");
	assert_int_equal(IMAPITable_QueryRows(view, -4, 0, &b), S_OK);
	same_rows(a, b, "backwards after a blind seek");
	FreeProws(a);
	FreeProws(b);
}

static void compare_find(struct engine_table *t, LPMAPITABLE view,
			 bool index_only)
{
	SRestriction r;
	SRowSet *a, *b;
	int r1;
	HRESULT r2;
	ULONG flags = rn(2) ? DIR_BACKWARD : 0;
	BOOKMARK origin = flags ? BOOKMARK_END : BOOKMARK_BEGINNING;

	random_res(&r, 2, index_only);
	if (res_validate(&r, NULL) != 0)
		return;
	r1 = engine_table_find_row(t, &r, origin, flags);
	r2 = IMAPITable_FindRow(view, &r, origin, flags);
	check((r1 == 0) == (r2 == S_OK), "find row %d vs 0x%08x", r1, r2);
	if (r1 != 0)
		return;
	check(engine_table_query_rows(t, 1, 0, &a) == 0, "rows");
	assert_int_equal(IMAPITable_QueryRows(view, 1, 0, &b), S_OK);
	same_rows(a, b, "found row");
	FreeProws(a);
	FreeProws(b);
}

/* ---------------------------------------------------------------------------
 * The trials
 */

static const struct engine_actor owner = {.principal = "alice"};
static char dir[256];

static void test_random_tables(void **state)
{
	struct engine_open_params p = {.owner = "alice",
				       .flags = ENGINE_OPEN_CREATE};
	struct engine_mailbox *mb = NULL;
	char path[512], name[32];
	const char *err = NULL;
	engine_id_t ipm;
	int pushed = 0, memory = 0;

	(void)state;
	for (size_t i = 0; i < NWORDS; i++)
		wides[i] = (LPWSTR)words[i];
	snprintf(dir, sizeof(dir), "/tmp/mapix-etable-XXXXXX");
	assert_non_null(mkdtemp(dir));
	snprintf(path, sizeof(path), "%s/mb.db", dir);
	p.path = path;
	assert_int_equal(engine_mailbox_open(&p, &mb, &err), 0);
	assert_int_equal(
	    engine_folder_special(mb, ENGINE_FOLDER_IPM_SUBTREE, &ipm), 0);
	for (int trial = 0; trial < TRIALS; trial++) {
		static SPropValue vals[MAX_ROWS][NINDEX + NOTHER + 2];
		struct engine_new_message nm[MAX_ROWS];
		engine_id_t mids[MAX_ROWS], fid;
		unsigned nrows = rn(MAX_ROWS + 1);
		bool index_only = trial % 2 == 0, expanded;
		SPropTagArray *cols;
		SRestriction *res = NULL;
		SSortOrderSet *sos;
		struct ref ref = {0};
		struct engine_table *t = NULL;
		SRowSet *rs;

		seed = 0x5eed0000u + (uint64_t)trial;
		rng_state = seed * 0x9E3779B97F4A7C15ULL + 1;
		print_message("# trial %d seed %llu\n", trial,
			      (unsigned long long)seed);
		snprintf(name, sizeof(name), "t%d", trial);
		assert_int_equal(engine_folder_create(mb, &owner, ipm, name,
						      FOLDER_GENERIC, 0, &fid),
				 0);
		for (unsigned r = 0; r < nrows; r++) {
			ULONG n = 0;

			for (unsigned i = 0; i < NINDEX; i++)
				if (rn(5))
					random_value(&vals[r][n++],
						     index_tags[i]);
			for (unsigned i = 0; i < NOTHER; i++)
				if (rn(5))
					random_value(&vals[r][n++],
						     other_tags[i]);
			vals[r][n].ulPropTag = PR_MESSAGE_FLAGS;
			vals[r][n++].Value.l =
			    (LONG)rn(16) & ~MSGFLAG_UNMODIFIED;
			nm[r].count = n;
			nm[r].props = vals[r];
			nm[r].recipients = NULL;
			nm[r].flags = 0;
		}
		assert_int_equal(
		    engine_messages_create(mb, &owner, fid, nrows, nm, 0, mids),
		    0);
		/* The reference: the same rows with their IDs, in creation
		 * order. */
		{
			SizedSPropTagArray(1, one) = {1, {PR_MID_}};
			SRowSet *set = malloc(CbNewSRowSet(nrows + 1));

			assert_int_equal(
			    CreateTable(&IID_IMAPITableData, MAPIAllocateBuffer,
					MAPIAllocateMore, MAPIFreeBuffer, NULL,
					TBLTYPE_DYNAMIC, PR_MID_,
					(LPSPropTagArray)&one, &ref.td),
			    S_OK);
			set->cRows = nrows;
			for (unsigned r = 0; r < nrows; r++) {
				SPropValue *row = &vals[r][nm[r].count];

				row->ulPropTag = PR_MID_;
				row->Value.li.QuadPart = (LONGLONG)mids[r];
				set->aRow[r].cValues = nm[r].count + 1;
				set->aRow[r].lpProps = vals[r];
			}
			if (nrows)
				assert_int_equal(
				    ITableData_HrModifyRows(ref.td, 0, set),
				    S_OK);
			free(set);
		}
		expanded = !index_only && rn(6) == 0;
		cols = random_cols(index_only, expanded);
		if (rn(4)) {
			res = palloc(sizeof(*res));
			random_res(res, 0, index_only);
			if (res_validate(res, NULL) != 0)
				res = NULL;
		}
		sos = random_sort(index_only);
		ref_apply(&ref, cols, res, sos);
		assert_int_equal(engine_table_open(mb, &owner, fid,
						   ENGINE_TABLE_CONTENTS, 0,
						   &t),
				 0);
		check(engine_table_set_columns(t, cols) == 0, "columns");
		check(engine_table_restrict(t, res) == 0, "restrict");
		check(engine_table_sort(t, sos) == 0, "sort");
		if (engine_table_pushed_down(t))
			pushed++;
		else
			memory++;
		check(!index_only || expanded || engine_table_pushed_down(t),
		      "an index-column table was not pushed down");
		compare_all(t, ref.view);
		compare_cursor(t, ref.view);
		compare_find(t, ref.view, index_only);

		/* The table follows changes of the folder. */
		if (nrows) {
			ULONG n1 = 0, n2 = 0;

			assert_int_equal(engine_messages_delete(mb, &owner, fid,
								1, &mids[0]),
					 0);
			{
				SPropValue key = {.ulPropTag = PR_MID_};

				key.Value.li.QuadPart = (LONGLONG)mids[0];
				assert_int_equal(
				    ITableData_HrDeleteRow(ref.td, &key), S_OK);
			}
			check(engine_table_row_count(t, &n1) == 0, "count");
			assert_int_equal(
			    IMAPITable_GetRowCount(ref.view, 0, &n2), S_OK);
			check(n1 == n2, "after delete: %u rows, reference %u",
			      n1, n2);
			compare_all(t, ref.view);
		}
		assert_int_equal(engine_table_query_rows(t, 1, 0, &rs), 0);
		FreeProws(rs);
		engine_table_close(t);
		IMAPITable_Release(ref.view);
		ITableData_Release(ref.td);
		pool_free();
	}
	print_message("# %d trials pushed down, %d in memory\n", pushed,
		      memory);
	assert_true(pushed >= TRIALS / 3);
	assert_true(memory >= TRIALS / 3);
	engine_mailbox_close(mb);
	{
		char cmd[300];

		snprintf(cmd, sizeof(cmd), "rm -rf '%s'", dir);
		assert_int_equal(system(cmd), 0);
	}
}

/* Tags of 8-bit strings name the stored Unicode properties: the same
 * rows, in the same order, pushed down or in memory. */
static void test_string8_tags(void **state)
{
	struct engine_open_params p = {.owner = "alice",
				       .flags = ENGINE_OPEN_CREATE};
	struct engine_mailbox *mb = NULL;
	struct engine_new_message nm[80];
	SPropValue vals[80][2];
	char path[512];
	const char *err;
	engine_id_t inbox;
	int modes_seen[2] = {0, 0};

	(void)state;
	snprintf(dir, sizeof(dir), "/tmp/mapix-e8bit-XXXXXX");
	assert_non_null(mkdtemp(dir));
	snprintf(path, sizeof(path), "%s/mb.db", dir);
	p.path = path;
	assert_int_equal(engine_mailbox_open(&p, &mb, &err), 0);
	engine_folder_special(mb, ENGINE_FOLDER_INBOX, &inbox);
	rng_state = seed = 0x8b17;
	for (int i = 0; i < 80; i++) {
		vals[i][0].ulPropTag = PR_SUBJECT_W;
		vals[i][0].Value.lpszW = (LPWSTR)words[rn(NWORDS)];
		vals[i][1].ulPropTag = TAG_L1;
		vals[i][1].Value.l = (LONG)rn(5);
		nm[i].count = 2;
		nm[i].props = vals[i];
		nm[i].recipients = NULL;
		nm[i].flags = 0;
	}
	assert_int_equal(
	    engine_messages_create(mb, &owner, inbox, 80, nm, 0, NULL), 0);
	for (int mode = 0; mode < 2; mode++) {
		for (int k = 0; k < 3; k++) {
			static const char *const needles[] = {"ab", "A",
							      u8"\u00e4pfel"};
			SPropValue va = {.ulPropTag = PR_SUBJECT_A},
				   vw = {.ulPropTag = PR_SUBJECT_W};
			SRestriction ra = {.rt = RES_CONTENT},
				     rw = {.rt = RES_CONTENT};
			SSortOrderSet *sa = malloc(CbNewSSortOrderSet(2)),
				      *sw = malloc(CbNewSSortOrderSet(2));
			SizedSPropTagArray(2, ca) = {2,
						     {PR_MID_, PR_SUBJECT_A}};
			SizedSPropTagArray(2, cw) = {2,
						     {PR_MID_, PR_SUBJECT_W}};
			struct engine_table *ta = NULL, *tw = NULL;
			SRowSet *a = NULL, *b = NULL;

			va.Value.lpszA = (char *)needles[k];
			vw.Value.lpszW = ustr_w(needles[k]);
			ra.res.resContent.ulFuzzyLevel =
			    FL_SUBSTRING | FL_IGNORECASE;
			ra.res.resContent.ulPropTag = PR_SUBJECT_A;
			ra.res.resContent.lpProp = &va;
			rw.res.resContent = ra.res.resContent;
			rw.res.resContent.ulPropTag = PR_SUBJECT_W;
			rw.res.resContent.lpProp = &vw;
			sa->cSorts = sw->cSorts = mode == 0 ? 1 : 2;
			sa->cCategories = sw->cCategories = 0;
			sa->cExpanded = sw->cExpanded = 0;
			sa->aSort[0].ulPropTag = PR_SUBJECT_A;
			sw->aSort[0].ulPropTag = PR_SUBJECT_W;
			sa->aSort[0].ulOrder = sw->aSort[0].ulOrder =
			    TABLE_SORT_DESCEND;
			sa->aSort[1].ulPropTag = sw->aSort[1].ulPropTag =
			    TAG_L1;
			sa->aSort[1].ulOrder = sw->aSort[1].ulOrder =
			    TABLE_SORT_ASCEND;
			assert_int_equal(
			    engine_table_open(mb, &owner, inbox,
					      ENGINE_TABLE_CONTENTS, 0, &ta),
			    0);
			assert_int_equal(
			    engine_table_open(mb, &owner, inbox,
					      ENGINE_TABLE_CONTENTS, 0, &tw),
			    0);
			assert_int_equal(
			    engine_table_set_columns(ta, (SPropTagArray *)&ca),
			    0);
			assert_int_equal(
			    engine_table_set_columns(tw, (SPropTagArray *)&cw),
			    0);
			assert_int_equal(engine_table_restrict(ta, &ra), 0);
			assert_int_equal(engine_table_restrict(tw, &rw), 0);
			assert_int_equal(engine_table_sort(ta, sa), 0);
			assert_int_equal(engine_table_sort(tw, sw), 0);
			assert_int_equal(engine_table_pushed_down(ta),
					 engine_table_pushed_down(tw));
			modes_seen[engine_table_pushed_down(ta) ? 1 : 0]++;
			assert_int_equal(
			    engine_table_query_rows(ta, 100, 0, &a), 0);
			assert_int_equal(
			    engine_table_query_rows(tw, 100, 0, &b), 0);
			assert_int_equal(a->cRows, b->cRows);
			assert_true(a->cRows > 0);
			for (ULONG r = 0; r < a->cRows; r++) {
				int cmp = 1;

				assert_int_equal(
				    a->aRow[r].lpProps[0].Value.li.QuadPart,
				    b->aRow[r].lpProps[0].Value.li.QuadPart);
				assert_int_equal(
				    a->aRow[r].lpProps[1].ulPropTag,
				    PR_SUBJECT_A);
				assert_int_equal(
				    propcmp_values(&a->aRow[r].lpProps[1],
						   &b->aRow[r].lpProps[1], 0,
						   &cmp),
				    0);
				assert_int_equal(cmp, 0);
			}
			FreeProws(a);
			FreeProws(b);
			engine_table_close(ta);
			engine_table_close(tw);
			free(vw.Value.lpszW);
			free(sa);
			free(sw);
		}
	}
	assert_int_equal(modes_seen[0], 3);
	assert_int_equal(modes_seen[1], 3);
	engine_mailbox_close(mb);
	{
		char cmd[300];

		snprintf(cmd, sizeof(cmd), "rm -rf '%s'", dir);
		assert_int_equal(system(cmd), 0);
	}
}

/* Hierarchy tables: CONVENIENT_DEPTH lists the subtree with PR_DEPTH. */
static void test_hierarchy(void **state)
{
	struct engine_open_params p = {.owner = "alice",
				       .flags = ENGINE_OPEN_CREATE};
	struct engine_mailbox *mb = NULL;
	struct engine_table *t = NULL;
	char path[512];
	const char *err;
	engine_id_t root, ipm, a, b;
	SRowSet *rows;
	ULONG n;
	SizedSPropTagArray(2, cols) = {2, {PR_DISPLAY_NAME_A, PR_DEPTH}};
	SSortOrderSet sos = {1, 0, 0, {{PR_DISPLAY_NAME_W, TABLE_SORT_ASCEND}}};

	(void)state;
	snprintf(dir, sizeof(dir), "/tmp/mapix-ehier-XXXXXX");
	assert_non_null(mkdtemp(dir));
	snprintf(path, sizeof(path), "%s/mb.db", dir);
	p.path = path;
	assert_int_equal(engine_mailbox_open(&p, &mb, &err), 0);
	engine_folder_special(mb, ENGINE_FOLDER_ROOT, &root);
	engine_folder_special(mb, ENGINE_FOLDER_IPM_SUBTREE, &ipm);
	assert_int_equal(
	    engine_folder_create(mb, &owner, ipm, "zz", FOLDER_GENERIC, 0, &a),
	    0);
	assert_int_equal(
	    engine_folder_create(mb, &owner, a, "deep", FOLDER_GENERIC, 0, &b),
	    0);
	assert_int_equal(
	    engine_table_open(mb, &owner, root, ENGINE_TABLE_HIERARCHY, 0, &t),
	    0);
	assert_int_equal(engine_table_row_count(t, &n), 0);
	assert_int_equal(n, 4); /* IPM_SUBTREE, Finder, Views, Common Views */
	engine_table_close(t);
	assert_int_equal(engine_table_open(mb, &owner, ipm,
					   ENGINE_TABLE_HIERARCHY,
					   CONVENIENT_DEPTH, &t),
			 0);
	assert_int_equal(engine_table_set_columns(t, (SPropTagArray *)&cols),
			 0);
	assert_int_equal(engine_table_sort(t, &sos), 0);
	assert_int_equal(engine_table_query_rows(t, 100, 0, &rows), 0);
	assert_int_equal(rows->cRows, 7);
	assert_string_equal(rows->aRow[0].lpProps[0].Value.lpszA, "deep");
	assert_int_equal(rows->aRow[0].lpProps[1].Value.l, 2);
	assert_string_equal(rows->aRow[6].lpProps[0].Value.lpszA, "zz");
	assert_int_equal(rows->aRow[6].lpProps[1].Value.l, 1);
	FreeProws(rows);
	/* A new folder shows up. */
	assert_int_equal(
	    engine_folder_create(mb, &owner, ipm, "new", FOLDER_GENERIC, 0, &b),
	    0);
	assert_int_equal(engine_table_row_count(t, &n), 0);
	assert_int_equal(n, 8);
	engine_table_close(t);
	engine_mailbox_close(mb);
	{
		char cmd[300];

		snprintf(cmd, sizeof(cmd), "rm -rf '%s'", dir);
		assert_int_equal(system(cmd), 0);
	}
}

int main(void)
{
	const struct CMUnitTest tests[] = {
	    cmocka_unit_test(test_random_tables),
	    cmocka_unit_test(test_hierarchy),
	    cmocka_unit_test(test_string8_tags),
	};

	return cmocka_run_group_tests(tests, NULL, NULL);
}
