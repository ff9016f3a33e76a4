/*
 * test_notifutil.c - ScCountNotifications, ScCopyNotifications and
 * ScRelocNotifications over every kind of notification.
 *
 * A copy is one block: the count matches the bytes written, every pointer
 * of the copy points inside the block (and not at the source), the data
 * is equal to the source's, and the block can be moved (memcpy) and its
 * pointers fixed, or written out relative to base 0 and read back at a
 * new place, with the same result.  Bad input (negative counts, unknown
 * event types, a NULL entry ID with a byte count, a malformed property
 * value, a misaligned block) is refused without writing.
 */
#include <stdarg.h>
#include <stddef.h>
#include <setjmp.h>
#include <stdint.h>
#include <cmocka.h>

#include <stdbool.h>
#include <stdlib.h>
#include <string.h>

#include <mapix.h>
#include <mapiutil.h>

static BYTE eid1[] = {0, 0, 0, 0, 1, 2, 3, 4, 5};
static BYTE eid2[] = {0, 0, 0, 0, 9, 8, 7};
static BYTE ext_data[] = {0xCA, 0xFE, 0xBA, 0xBE, 0x01};
static char msg_class[] = "IPM.Note";
static WCHAR err_text[] = u"disk on fire";
static WCHAR err_comp[] = u"store";
static char mv_a[] = "one", mv_b[] = "two";
static LPSTR mv_strings[] = {mv_a, mv_b};
static char row_str[] = "subject";
static BYTE row_bin[] = {1, 2, 3};

struct block {
	unsigned char *p;
	size_t size;
};

static bool inside(const struct block *b, const void *p)
{
	return p == NULL || ((const unsigned char *)p >= b->p &&
			     (const unsigned char *)p < b->p + b->size);
}

/* Seven notifications, one of each kind with pointers. */
static int make_source(NOTIFICATION *n, MAPIERROR *err, SPropValue *row,
		       LPSPropTagArray tags, SPropValue *stat)
{
	memset(n, 0, 7 * sizeof(*n));

	n[0].ulEventType = fnevNewMail;
	n[0].info.newmail.cbEntryID = sizeof(eid1);
	n[0].info.newmail.lpEntryID = (LPENTRYID)eid1;
	n[0].info.newmail.cbParentID = sizeof(eid2);
	n[0].info.newmail.lpParentID = (LPENTRYID)eid2;
	n[0].info.newmail.lpszMessageClass = (LPTSTR)msg_class;
	n[0].info.newmail.ulMessageFlags = MSGFLAG_UNSENT;

	err->ulVersion = MAPI_ERROR_VERSION;
	err->lpszError = (LPTSTR)err_text;
	err->lpszComponent = (LPTSTR)err_comp;
	err->ulLowLevelError = 5;
	n[1].ulEventType = fnevCriticalError;
	n[1].info.err.scode = MAPI_E_DISK_ERROR;
	n[1].info.err.ulFlags = MAPI_UNICODE;
	n[1].info.err.cbEntryID = sizeof(eid1);
	n[1].info.err.lpEntryID = (LPENTRYID)eid1;
	n[1].info.err.lpMAPIError = err;

	tags->cValues = 2;
	tags->aulPropTag[0] = PR_SUBJECT_A;
	tags->aulPropTag[1] = PR_BODY_A;
	n[2].ulEventType = fnevObjectMoved;
	n[2].info.obj.cbEntryID = sizeof(eid1);
	n[2].info.obj.lpEntryID = (LPENTRYID)eid1;
	n[2].info.obj.ulObjType = MAPI_MESSAGE;
	n[2].info.obj.cbParentID = sizeof(eid2);
	n[2].info.obj.lpParentID = (LPENTRYID)eid2;
	n[2].info.obj.cbOldID = sizeof(eid2);
	n[2].info.obj.lpOldID = (LPENTRYID)eid2;
	n[2].info.obj.cbOldParentID = sizeof(eid1);
	n[2].info.obj.lpOldParentID = (LPENTRYID)eid1;
	n[2].info.obj.lpPropTagArray = tags;

	row[0].ulPropTag = PR_SUBJECT_A;
	row[0].Value.lpszA = row_str;
	row[1].ulPropTag = PR_ENTRYID;
	row[1].Value.bin.cb = sizeof(row_bin);
	row[1].Value.bin.lpb = row_bin;
	row[2].ulPropTag = PROP_TAG(PT_MV_STRING8, 0x6701);
	row[2].Value.MVszA.cValues = 2;
	row[2].Value.MVszA.lppszA = mv_strings;
	row[3].ulPropTag = PR_IMPORTANCE;
	row[3].Value.l = 2;
	n[3].ulEventType = fnevTableModified;
	n[3].info.tab.ulTableEvent = TABLE_ROW_ADDED;
	n[3].info.tab.propIndex.ulPropTag = PR_INSTANCE_KEY;
	n[3].info.tab.propIndex.Value.bin.cb = sizeof(eid2);
	n[3].info.tab.propIndex.Value.bin.lpb = eid2;
	n[3].info.tab.propPrior.ulPropTag = PR_NULL;
	n[3].info.tab.row.cValues = 4;
	n[3].info.tab.row.lpProps = row;

	stat[0].ulPropTag = PR_DISPLAY_NAME_A;
	stat[0].Value.lpszA = row_str;
	n[4].ulEventType = fnevStatusObjectModified;
	n[4].info.statobj.cbEntryID = sizeof(eid2);
	n[4].info.statobj.lpEntryID = (LPENTRYID)eid2;
	n[4].info.statobj.cValues = 1;
	n[4].info.statobj.lpPropVals = stat;

	n[5].ulEventType = fnevExtended;
	n[5].info.ext.ulEvent = 0x1234;
	n[5].info.ext.cb = sizeof(ext_data);
	n[5].info.ext.pbEventParameters = ext_data;

	n[6].ulEventType = fnevSearchComplete;
	n[6].info.obj.cbEntryID = sizeof(eid1);
	n[6].info.obj.lpEntryID = (LPENTRYID)eid1;
	n[6].info.obj.ulObjType = MAPI_FOLDER;
	return 7;
}

static bool same_bytes(const void *a, const void *b, size_t n)
{
	return (a == NULL && b == NULL) ||
	       (a != NULL && b != NULL && memcmp(a, b, n) == 0);
}

/* The copy n (in block b) equals the source s, and points only into b. */
static void check_copy(const NOTIFICATION *s, const NOTIFICATION *n,
		       const struct block *b)
{
	const SPropValue *r;

	/* new mail */
	assert_true(inside(b, n[0].info.newmail.lpEntryID));
	assert_ptr_not_equal(n[0].info.newmail.lpEntryID,
			     s[0].info.newmail.lpEntryID);
	assert_true(
	    same_bytes(n[0].info.newmail.lpEntryID, eid1, sizeof(eid1)));
	assert_true(
	    same_bytes(n[0].info.newmail.lpParentID, eid2, sizeof(eid2)));
	assert_true(inside(b, n[0].info.newmail.lpszMessageClass));
	assert_string_equal((const char *)n[0].info.newmail.lpszMessageClass,
			    "IPM.Note");
	assert_int_equal(n[0].info.newmail.ulMessageFlags, MSGFLAG_UNSENT);

	/* critical error, UTF-16 strings */
	assert_true(inside(b, n[1].info.err.lpMAPIError));
	assert_true(inside(b, n[1].info.err.lpMAPIError->lpszError));
	assert_true(same_bytes(n[1].info.err.lpMAPIError->lpszError, err_text,
			       sizeof(err_text)));
	assert_true(same_bytes(n[1].info.err.lpMAPIError->lpszComponent,
			       err_comp, sizeof(err_comp)));
	assert_int_equal(n[1].info.err.lpMAPIError->ulLowLevelError, 5);
	assert_int_equal(n[1].info.err.scode, MAPI_E_DISK_ERROR);

	/* object */
	assert_true(
	    same_bytes(n[2].info.obj.lpOldParentID, eid1, sizeof(eid1)));
	assert_true(same_bytes(n[2].info.obj.lpOldID, eid2, sizeof(eid2)));
	assert_true(inside(b, n[2].info.obj.lpPropTagArray));
	assert_int_equal(n[2].info.obj.lpPropTagArray->cValues, 2);
	assert_int_equal(n[2].info.obj.lpPropTagArray->aulPropTag[1],
			 PR_BODY_A);

	/* table: the index value, the row with a string, a binary, a
	 * multi-valued string and a scalar */
	assert_true(inside(b, n[3].info.tab.propIndex.Value.bin.lpb));
	assert_true(same_bytes(n[3].info.tab.propIndex.Value.bin.lpb, eid2,
			       sizeof(eid2)));
	assert_int_equal(n[3].info.tab.propPrior.ulPropTag, PR_NULL);
	r = n[3].info.tab.row.lpProps;
	assert_true(inside(b, r));
	assert_true(inside(b, r[0].Value.lpszA));
	assert_string_equal(r[0].Value.lpszA, "subject");
	assert_true(same_bytes(r[1].Value.bin.lpb, row_bin, sizeof(row_bin)));
	assert_true(inside(b, r[2].Value.MVszA.lppszA));
	assert_true(inside(b, r[2].Value.MVszA.lppszA[1]));
	assert_string_equal(r[2].Value.MVszA.lppszA[0], "one");
	assert_string_equal(r[2].Value.MVszA.lppszA[1], "two");
	assert_int_equal(r[3].Value.l, 2);

	/* status object */
	assert_true(inside(b, n[4].info.statobj.lpPropVals));
	assert_string_equal(n[4].info.statobj.lpPropVals[0].Value.lpszA,
			    "subject");

	/* extended */
	assert_true(inside(b, n[5].info.ext.pbEventParameters));
	assert_true(same_bytes(n[5].info.ext.pbEventParameters, ext_data,
			       sizeof(ext_data)));

	/* search complete: no parent */
	assert_null(n[6].info.obj.lpParentID);
	assert_true(same_bytes(n[6].info.obj.lpEntryID, eid1, sizeof(eid1)));
}

struct source {
	NOTIFICATION n[7];
	MAPIERROR err;
	SPropValue row[4];
	SizedSPropTagArray(2, tags);
	SPropValue stat[1];
	int count;
};

static void source_init(struct source *s)
{
	s->count = make_source(s->n, &s->err, s->row, (LPSPropTagArray)&s->tags,
			       s->stat);
}

static void test_count_copy(void **state)
{
	struct source s;
	struct block b;
	ULONG cb = 0, written = 0;

	(void)state;
	source_init(&s);
	assert_int_equal(ScCountNotifications(s.count, s.n, &cb), S_OK);
	assert_true(cb > 7 * sizeof(NOTIFICATION));
	assert_int_equal(ScCountNotifications(s.count, s.n, NULL), S_OK);
	assert_int_equal(MAPIAllocateBuffer(cb, (void **)&b.p), S_OK);
	b.size = cb;
	assert_int_equal(ScCopyNotifications(s.count, s.n, b.p, &written),
			 S_OK);
	assert_int_equal(written, cb);
	check_copy(s.n, (NOTIFICATION *)b.p, &b);
	/* Counting the copy gives the same size. */
	assert_int_equal(
	    ScCountNotifications(s.count, (NOTIFICATION *)b.p, &written), S_OK);
	assert_int_equal(written, cb);
	MAPIFreeBuffer(b.p);

	/* Nothing to copy. */
	assert_int_equal(ScCountNotifications(0, NULL, &cb), S_OK);
	assert_int_equal(cb, 0);
}

/* The source copied into a new block a; b is a second block as large. */
static ULONG copy_to_block(struct source *s, struct block *a, struct block *b)
{
	ULONG cb = 0;

	source_init(s);
	assert_int_equal(ScCountNotifications(s->count, s->n, &cb), S_OK);
	a->p = aligned_alloc(8, (cb + 7) & ~7u);
	b->p = aligned_alloc(8, (cb + 7) & ~7u);
	assert_non_null(a->p);
	assert_non_null(b->p);
	a->size = b->size = cb;
	assert_int_equal(ScCopyNotifications(s->count, s->n, a->p, NULL), S_OK);
	return cb;
}

static void test_reloc_moved(void **state)
{
	struct source s;
	struct block a, b;
	ULONG cb = 0, size = 0;

	(void)state;
	cb = copy_to_block(&s, &a, &b);

	/* Moved first, then fixed: the data is read at the new place. */
	memcpy(b.p, a.p, cb);
	memset(a.p, 0xEE, cb);
	assert_int_equal(
	    ScRelocNotifications(s.count, (NOTIFICATION *)b.p, a.p, b.p, &size),
	    S_OK);
	assert_int_equal(size, cb);
	check_copy(s.n, (NOTIFICATION *)b.p, &b);
	free(a.p);
	free(b.p);
}

static void test_reloc_base0(void **state)
{
	struct source s;
	struct block a, b;
	ULONG cb = 0, size = 0;

	(void)state;
	cb = copy_to_block(&s, &a, &b);

	/* Made relative to 0 in place (not moved: read at the old base),
	 * as before writing it out ... */
	assert_int_equal(ScRelocNotifications(s.count, (NOTIFICATION *)a.p, a.p,
					      NULL, &size),
			 S_OK);
	assert_int_equal(size, cb);
	assert_true(((NOTIFICATION *)a.p)[0].info.newmail.lpEntryID != NULL);
	assert_false(inside(&a, ((NOTIFICATION *)a.p)[3].info.tab.row.lpProps));
	/* ... then read back somewhere else and made absolute. */
	memcpy(b.p, a.p, cb);
	free(a.p);
	assert_int_equal(ScRelocNotifications(s.count, (NOTIFICATION *)b.p,
					      NULL, b.p, &size),
			 S_OK);
	assert_int_equal(size, cb);
	check_copy(s.n, (NOTIFICATION *)b.p, &b);
	free(b.p);
}

static void test_bad_input(void **state)
{
	struct source s;
	union {
		NOTIFICATION n;
		unsigned char b[4096];
	} dst;
	NOTIFICATION bad;
	SPropValue badv;
	ULONG cb = 77;

	(void)state;
	source_init(&s);
	assert_int_equal(ScCountNotifications(-1, s.n, &cb),
			 MAPI_E_INVALID_PARAMETER);
	assert_int_equal(ScCountNotifications(1, NULL, &cb),
			 MAPI_E_INVALID_PARAMETER);
	assert_int_equal(cb, 77);

	memset(&bad, 0, sizeof(bad));
	bad.ulEventType = 0x12345;
	assert_int_equal(ScCountNotifications(1, &bad, &cb),
			 MAPI_E_INVALID_PARAMETER);
	assert_int_equal(ScRelocNotifications(1, &bad, NULL, NULL, NULL),
			 MAPI_E_INVALID_PARAMETER);

	/* An entry ID that is missing its bytes. */
	bad = s.n[0];
	bad.info.newmail.lpEntryID = NULL;
	assert_int_equal(ScCountNotifications(1, &bad, &cb),
			 MAPI_E_INVALID_PARAMETER);

	/* A row whose string value is NULL. */
	badv.ulPropTag = PR_SUBJECT_A;
	badv.Value.lpszA = NULL;
	bad = s.n[3];
	bad.info.tab.row.cValues = 1;
	bad.info.tab.row.lpProps = &badv;
	assert_int_equal(ScCountNotifications(1, &bad, &cb),
			 MAPI_E_INVALID_PARAMETER);
	memset(dst.b, 0x5C, sizeof(dst.b));
	assert_int_equal(ScCopyNotifications(1, &bad, dst.b, &cb),
			 MAPI_E_INVALID_PARAMETER);
	assert_int_equal(dst.b[0], 0x5C);

	/* A misaligned or missing block. */
	assert_int_equal(ScCopyNotifications(1, s.n, dst.b + 1, NULL),
			 MAPI_E_INVALID_PARAMETER);
	assert_int_equal(ScCopyNotifications(1, s.n, NULL, NULL),
			 MAPI_E_INVALID_PARAMETER);
	assert_int_equal(ScRelocNotifications(-2, s.n, NULL, NULL, NULL),
			 MAPI_E_INVALID_PARAMETER);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
	    cmocka_unit_test(test_count_copy),
	    cmocka_unit_test(test_reloc_moved),
	    cmocka_unit_test(test_reloc_base0),
	    cmocka_unit_test(test_bad_input),
	};

	return cmocka_run_group_tests(tests, NULL, NULL);
}
