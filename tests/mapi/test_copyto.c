/*
 * test_copyto.c - copies of whole messages through the public interfaces:
 * IMessage::CopyTo, IMAPIProp::CopyProps and IMAPIFolder::CopyMessages of
 * a message with a 100 KiB body (a value the store keeps apart, which
 * GetProps reports as MAPI_E_NOT_ENOUGH_MEMORY), a 200 KiB attachment and
 * an attachment holding an embedded message that holds another, each
 * level with its own body, recipients and attachment data.  Every byte of
 * the copy is compared with what was written; GetPropList lists the large
 * values with their real types.
 */
#include <stdarg.h>
#include <stddef.h>
#include <setjmp.h>
#include <stdint.h>
#include <cmocka.h>

#include <stdbool.h>
#include <stdlib.h>
#include <string.h>

#include <mapiguid.h>
#include <mapiutil.h>
#include <mapix.h>

#include "localstore.h"

#define BODY_CHARS (50 * 1024)  /* 100 KiB of UTF-16 */
#define DATA_SIZE  (200 * 1024) /* the top-level attachment */
#define INNER_SIZE (40 * 1024)  /* the embedded levels' attachments */
#define DEPTH      3            /* the top message and two embedded */

struct fixture {
	struct localstore ls;
	LPMAPIFOLDER inbox;
};

static int setup(void **state)
{
	struct fixture *fx = calloc(1, sizeof(*fx));
	LPENTRYID eid = NULL;
	ULONG cb = 0, type = 0;

	if (fx == NULL || localstore_open(&fx->ls, "copyto", 0x31) < 0)
		return -1;
	if (IMsgStore_GetReceiveFolder(fx->ls.store, (LPTSTR) "IPM.Note", 0,
				       &cb, &eid, NULL) != S_OK)
		return -1;
	if (IMsgStore_OpenEntry(fx->ls.store, cb, eid, &IID_IMAPIFolder,
				MAPI_MODIFY, &type,
				(LPUNKNOWN *)&fx->inbox) != S_OK)
		return -1;
	MAPIFreeBuffer(eid);
	*state = fx;
	return 0;
}

static int teardown(void **state)
{
	struct fixture *fx = *state;
	int ret;

	IMAPIFolder_Release(fx->inbox);
	ret = localstore_close(&fx->ls);
	free(fx);
	return ret;
}

/* ------------------------------------------------------------------ */

/* The bytes of a value: a pattern of its own for each seed. */
static void fill(uint8_t *p, size_t n, unsigned int seed)
{
	size_t i;

	for (i = 0; i < n; i++)
		p[i] = (uint8_t)(i * (seed * 2 + 7) + (i >> 10) + seed);
}

/* A body of BODY_CHARS letters (no NUL inside), for level seed. */
static WCHAR *make_body(unsigned int seed)
{
	WCHAR *w = malloc((BODY_CHARS + 1) * sizeof(WCHAR));
	size_t i;

	assert_non_null(w);
	for (i = 0; i < BODY_CHARS; i++)
		w[i] = (WCHAR)(0x41 + (i * (seed + 3) + i / 77) % 26 +
			       (i % 5 == 0 ? 0x3a0 : 0)); /* some Greek */
	w[BODY_CHARS] = 0;
	return w;
}

/* All bytes of a property read through IStream (malloc'd). */
static uint8_t *read_stream(LPMAPIPROP obj, ULONG tag, size_t *size_r)
{
	LPSTREAM s = NULL;
	size_t size = 0, cap = 65536;
	uint8_t *buf = malloc(cap);
	ULONG done = 0;

	assert_non_null(buf);
	assert_int_equal(IMAPIProp_OpenProperty(obj, tag, &IID_IStream, 0, 0,
						(LPUNKNOWN *)&s),
			 S_OK);
	do {
		if (cap - size < 4096) {
			cap *= 2;
			buf = realloc(buf, cap);
			assert_non_null(buf);
		}
		assert_int_equal(
		    s->lpVtbl->Read(s, buf + size, (ULONG)(cap - size), &done),
		    S_OK);
		size += done;
	} while (done > 0);
	IStream_Release(s);
	*size_r = size;
	return buf;
}

static void write_stream(LPMAPIPROP obj, ULONG tag, const void *p, size_t n)
{
	LPSTREAM s = NULL;
	ULONG done = 0;

	assert_int_equal(IMAPIProp_OpenProperty(obj, tag, &IID_IStream, 0,
						MAPI_CREATE | MAPI_MODIFY,
						(LPUNKNOWN *)&s),
			 S_OK);
	assert_int_equal(s->lpVtbl->Write(s, p, (ULONG)n, &done), S_OK);
	assert_int_equal(done, n);
	assert_int_equal(s->lpVtbl->Commit(s, 0), S_OK);
	IStream_Release(s);
}

static bool listed(LPMAPIPROP obj, ULONG flags, ULONG tag)
{
	LPSPropTagArray tags = NULL;
	bool found = false;
	ULONG i;

	assert_int_equal(IMAPIProp_GetPropList(obj, flags, &tags), S_OK);
	for (i = 0; i < tags->cValues; i++)
		if (tags->aulPropTag[i] == tag)
			found = true;
	MAPIFreeBuffer(tags);
	return found;
}

/* The error GetProps gives for tag (S_OK for a value). */
static SCODE prop_error(LPMAPIPROP obj, ULONG tag)
{
	SizedSPropTagArray(1, tags) = {1, {tag}};
	LPSPropValue pv = NULL;
	ULONG n = 0;
	SCODE err = S_OK;
	HRESULT hr;

	hr = IMAPIProp_GetProps(obj, (LPSPropTagArray)&tags, MAPI_UNICODE, &n,
				&pv);
	assert_true(hr == S_OK || hr == MAPI_W_ERRORS_RETURNED);
	assert_int_equal(n, 1);
	if (PROP_TYPE(pv->ulPropTag) == PT_ERROR)
		err = pv->Value.err;
	else
		assert_int_equal(pv->ulPropTag, tag);
	MAPIFreeBuffer(pv);
	return err;
}

static void set_string(LPMAPIPROP obj, ULONG tag, const char *s)
{
	SPropValue pv = {.ulPropTag = tag, .Value.lpszA = (LPSTR)s};

	assert_int_equal(HrSetOneProp(obj, &pv), S_OK);
}

static void add_recipient(LPMESSAGE m, const char *name)
{
	LPADRLIST al = NULL;

	assert_int_equal(MAPIAllocateBuffer(CbNewADRLIST(1), (void **)&al),
			 S_OK);
	al->cEntries = 1;
	assert_int_equal(
	    MAPIAllocateBuffer(2 * sizeof(SPropValue),
			       (void **)&al->aEntries[0].rgPropVals),
	    S_OK);
	al->aEntries[0].cValues = 2;
	al->aEntries[0].rgPropVals[0].ulPropTag = PR_DISPLAY_NAME_A;
	al->aEntries[0].rgPropVals[0].Value.lpszA = (LPSTR)name;
	al->aEntries[0].rgPropVals[1].ulPropTag = PR_RECIPIENT_TYPE;
	al->aEntries[0].rgPropVals[1].Value.l = MAPI_TO;
	assert_int_equal(IMessage_ModifyRecipients(m, 0, al), S_OK);
	FreePadrlist(al);
}

static const char *const subjects[DEPTH] = {"top", "level 1", "level 2"};
static const char *const names[DEPTH] = {"Alice", "Bob", "Carol"};

/*
 * Fills m as level (0: the top message): subject, a body (100 KiB at the
 * top, set through SetProps; the embedded levels' through a stream), a
 * recipient, an attachment of data (200 KiB at the top) and, but for the
 * last level, an attachment holding the next level.
 */
static void fill_message(LPMESSAGE m, unsigned int level)
{
	size_t size = level == 0 ? DATA_SIZE : INNER_SIZE;
	uint8_t *data = malloc(size);
	WCHAR *body = make_body(level);
	LPATTACH att = NULL;
	LPMESSAGE emb = NULL;
	SPropValue pv[2];
	ULONG num = 0;

	assert_non_null(data);
	set_string((LPMAPIPROP)m, PR_SUBJECT_A, subjects[level]);
	set_string((LPMAPIPROP)m, PR_MESSAGE_CLASS_A, "IPM.Note");
	if (level == 0) {
		pv[0].ulPropTag = PR_BODY_W;
		pv[0].Value.lpszW = body;
		assert_int_equal(HrSetOneProp((LPMAPIPROP)m, pv), S_OK);
	} else {
		write_stream((LPMAPIPROP)m, PR_BODY_W, body,
			     BODY_CHARS * sizeof(WCHAR));
	}
	add_recipient(m, names[level]);

	assert_int_equal(IMessage_CreateAttach(m, NULL, 0, &num, &att), S_OK);
	pv[0].ulPropTag = PR_ATTACH_METHOD;
	pv[0].Value.l = ATTACH_BY_VALUE;
	pv[1].ulPropTag = PR_ATTACH_LONG_FILENAME_A;
	pv[1].Value.lpszA = (LPSTR) "data.bin";
	assert_int_equal(IAttach_SetProps(att, 2, pv, NULL), S_OK);
	fill(data, size, level);
	write_stream((LPMAPIPROP)att, PR_ATTACH_DATA_BIN, data, size);
	assert_int_equal(IAttach_SaveChanges(att, 0), S_OK);
	IAttach_Release(att);

	if (level + 1 < DEPTH) {
		assert_int_equal(IMessage_CreateAttach(m, NULL, 0, &num, &att),
				 S_OK);
		pv[0].ulPropTag = PR_ATTACH_METHOD;
		pv[0].Value.l = ATTACH_EMBEDDED_MSG;
		assert_int_equal(IAttach_SetProps(att, 1, pv, NULL), S_OK);
		assert_int_equal(IAttach_OpenProperty(att, PR_ATTACH_DATA_OBJ,
						      &IID_IMessage, 0,
						      MAPI_CREATE | MAPI_MODIFY,
						      (LPUNKNOWN *)&emb),
				 S_OK);
		fill_message(emb, level + 1);
		assert_int_equal(IMessage_SaveChanges(emb, 0), S_OK);
		IMessage_Release(emb);
		assert_int_equal(IAttach_SaveChanges(att, 0), S_OK);
		IAttach_Release(att);
	}
	free(data);
	free(body);
}

static ULONG table_rows(LPMAPITABLE t)
{
	ULONG n = 0;

	assert_int_equal(IMAPITable_GetRowCount(t, 0, &n), S_OK);
	IMAPITable_Release(t);
	return n;
}

/* Checks that m holds level exactly as fill_message wrote it, every
 * byte, down to the last embedded message. */
static void check_message(LPMESSAGE m, unsigned int level)
{
	size_t size = level == 0 ? DATA_SIZE : INNER_SIZE, got = 0;
	uint8_t *data = malloc(size), *back;
	WCHAR *body = make_body(level);
	SizedSPropTagArray(1, rcols) = {1, {PR_DISPLAY_NAME_A}};
	LPSPropValue pv = NULL;
	LPMAPITABLE t = NULL;
	LPSRowSet rows = NULL;
	LPATTACH att = NULL;
	LPMESSAGE emb = NULL;

	assert_non_null(data);
	assert_int_equal(HrGetOneProp((LPMAPIPROP)m, PR_SUBJECT_A, &pv), S_OK);
	assert_string_equal(pv->Value.lpszA, subjects[level]);
	MAPIFreeBuffer(pv);
	back = read_stream((LPMAPIPROP)m, PR_BODY_W, &got);
	assert_int_equal(got, BODY_CHARS * sizeof(WCHAR));
	assert_memory_equal(back, body, got);
	free(back);

	assert_int_equal(IMessage_GetRecipientTable(m, 0, &t), S_OK);
	assert_int_equal(IMAPITable_SetColumns(t, (LPSPropTagArray)&rcols, 0),
			 S_OK);
	assert_int_equal(IMAPITable_QueryRows(t, 10, 0, &rows), S_OK);
	assert_int_equal(rows->cRows, 1);
	assert_string_equal(rows->aRow[0].lpProps[0].Value.lpszA, names[level]);
	FreeProws(rows);
	IMAPITable_Release(t);

	assert_int_equal(IMessage_GetAttachmentTable(m, 0, &t), S_OK);
	assert_int_equal(table_rows(t), level + 1 < DEPTH ? 2 : 1);
	assert_int_equal(IMessage_OpenAttach(m, 0, NULL, 0, &att), S_OK);
	assert_int_equal(
	    HrGetOneProp((LPMAPIPROP)att, PR_ATTACH_LONG_FILENAME_A, &pv),
	    S_OK);
	assert_string_equal(pv->Value.lpszA, "data.bin");
	MAPIFreeBuffer(pv);
	back = read_stream((LPMAPIPROP)att, PR_ATTACH_DATA_BIN, &got);
	fill(data, size, level);
	assert_int_equal(got, size);
	assert_memory_equal(back, data, size);
	free(back);
	IAttach_Release(att);

	if (level + 1 < DEPTH) {
		assert_int_equal(IMessage_OpenAttach(m, 1, NULL, 0, &att),
				 S_OK);
		assert_int_equal(
		    HrGetOneProp((LPMAPIPROP)att, PR_ATTACH_METHOD, &pv), S_OK);
		assert_int_equal(pv->Value.l, ATTACH_EMBEDDED_MSG);
		MAPIFreeBuffer(pv);
		assert_int_equal(IAttach_OpenProperty(att, PR_ATTACH_DATA_OBJ,
						      &IID_IMessage, 0, 0,
						      (LPUNKNOWN *)&emb),
				 S_OK);
		check_message(emb, level + 1);
		IMessage_Release(emb);
		IAttach_Release(att);
	}
	free(data);
	free(body);
}

/* A new saved message of all levels, opened for writing. */
static LPMESSAGE make_source(struct fixture *fx)
{
	LPMESSAGE m = NULL;

	assert_int_equal(IMAPIFolder_CreateMessage(fx->inbox, NULL, 0, &m),
			 S_OK);
	fill_message(m, 0);
	assert_int_equal(IMessage_SaveChanges(m, KEEP_OPEN_READWRITE), S_OK);
	return m;
}

/* Opens the saved message m again from its entry ID (releasing m). */
static LPMESSAGE reopen(struct fixture *fx, LPMESSAGE m, ULONG flags)
{
	LPSPropValue eid = NULL;
	LPMESSAGE back = NULL;
	ULONG type = 0;

	assert_int_equal(HrGetOneProp((LPMAPIPROP)m, PR_ENTRYID, &eid), S_OK);
	IMessage_Release(m);
	assert_int_equal(IMsgStore_OpenEntry(fx->ls.store, eid->Value.bin.cb,
					     (LPENTRYID)eid->Value.bin.lpb,
					     &IID_IMessage, flags, &type,
					     (LPUNKNOWN *)&back),
			 S_OK);
	assert_int_equal(type, MAPI_MESSAGE);
	MAPIFreeBuffer(eid);
	return back;
}

/* ------------------------------------------------------------------ */

/* GetProps hides the large values; GetPropList names them. */
static void test_large_values_listed(void **state)
{
	struct fixture *fx = *state;
	LPMESSAGE m = reopen(fx, make_source(fx), 0);
	LPATTACH att = NULL;

	assert_int_equal(prop_error((LPMAPIPROP)m, PR_BODY_W),
			 MAPI_E_NOT_ENOUGH_MEMORY);
	assert_true(listed((LPMAPIPROP)m, MAPI_UNICODE, PR_BODY_W));
	assert_false(listed((LPMAPIPROP)m, MAPI_UNICODE, PR_BODY_A));
	assert_true(listed((LPMAPIPROP)m, 0, PR_BODY_A));
	assert_false(listed((LPMAPIPROP)m, MAPI_UNICODE,
			    PROP_TAG(PT_ERROR, PROP_ID(PR_BODY_W))));
	assert_true(listed((LPMAPIPROP)m, MAPI_UNICODE, PR_SUBJECT_W));
	assert_int_equal(IMessage_OpenAttach(m, 0, NULL, 0, &att), S_OK);
	assert_true(listed((LPMAPIPROP)att, 0, PR_ATTACH_DATA_BIN));
	IAttach_Release(att);
	check_message(m, 0);
	IMessage_Release(m);
}

/* CopyTo a new message: everything, to the last level, every byte;
 * saved and opened again. */
static void test_copyto_deep(void **state)
{
	struct fixture *fx = *state;
	LPMESSAGE src = reopen(fx, make_source(fx), 0), dst = NULL;

	assert_int_equal(IMAPIFolder_CreateMessage(fx->inbox, NULL, 0, &dst),
			 S_OK);
	assert_int_equal(IMessage_CopyTo(src, 0, NULL, NULL, 0, NULL,
					 &IID_IMessage, dst, 0, NULL),
			 S_OK);
	/* Before the save too. */
	check_message(dst, 0);
	assert_int_equal(IMessage_SaveChanges(dst, KEEP_OPEN_READWRITE), S_OK);
	dst = reopen(fx, dst, 0);
	check_message(dst, 0);
	assert_true(listed((LPMAPIPROP)dst, MAPI_UNICODE, PR_BODY_W));
	IMessage_Release(dst);
	/* The source is as it was. */
	src = reopen(fx, src, 0);
	check_message(src, 0);
	IMessage_Release(src);
}

/* Excluded properties stay behind; MAPI_NOREPLACE keeps the
 * destination's large values; CopyProps copies a large value named. */
static void test_copy_flags_large(void **state)
{
	struct fixture *fx = *state;
	SizedSPropTagArray(1, body) = {1, {PR_BODY_W}};
	LPMESSAGE src = reopen(fx, make_source(fx), 0), dst = NULL;
	WCHAR *other = make_body(9);
	SPropValue set;
	uint8_t *back;
	size_t got = 0;

	/* exclude: no body copied. */
	assert_int_equal(IMAPIFolder_CreateMessage(fx->inbox, NULL, 0, &dst),
			 S_OK);
	assert_int_equal(IMessage_CopyTo(src, 0, NULL, (LPSPropTagArray)&body,
					 0, NULL, &IID_IMessage, dst, 0, NULL),
			 S_OK);
	assert_int_equal(prop_error((LPMAPIPROP)dst, PR_BODY_W),
			 MAPI_E_NOT_FOUND);
	assert_int_equal(prop_error((LPMAPIPROP)dst, PR_SUBJECT_W), S_OK);
	IMessage_Release(dst);

	/* MAPI_NOREPLACE: the destination's own large body stays. */
	assert_int_equal(IMAPIFolder_CreateMessage(fx->inbox, NULL, 0, &dst),
			 S_OK);
	set.ulPropTag = PR_BODY_W;
	set.Value.lpszW = other;
	assert_int_equal(HrSetOneProp((LPMAPIPROP)dst, &set), S_OK);
	assert_int_equal(IMessage_SaveChanges(dst, KEEP_OPEN_READWRITE), S_OK);
	dst = reopen(fx, dst, MAPI_MODIFY);
	assert_int_equal(prop_error((LPMAPIPROP)dst, PR_BODY_W),
			 MAPI_E_NOT_ENOUGH_MEMORY);
	assert_int_equal(IMessage_CopyTo(src, 0, NULL, NULL, 0, NULL,
					 &IID_IMessage, dst, MAPI_NOREPLACE,
					 NULL),
			 S_OK);
	back = read_stream((LPMAPIPROP)dst, PR_BODY_W, &got);
	assert_int_equal(got, BODY_CHARS * sizeof(WCHAR));
	assert_memory_equal(back, other, got);
	free(back);
	IMessage_Release(dst);

	/* CopyProps of the body alone. */
	assert_int_equal(IMAPIFolder_CreateMessage(fx->inbox, NULL, 0, &dst),
			 S_OK);
	assert_int_equal(IMessage_CopyProps(src, (LPSPropTagArray)&body, 0,
					    NULL, &IID_IMessage, dst, 0, NULL),
			 S_OK);
	back = read_stream((LPMAPIPROP)dst, PR_BODY_W, &got);
	free(other);
	other = make_body(0);
	assert_int_equal(got, BODY_CHARS * sizeof(WCHAR));
	assert_memory_equal(back, other, got);
	free(back);
	assert_int_equal(prop_error((LPMAPIPROP)dst, PR_SUBJECT_W),
			 MAPI_E_NOT_FOUND);
	IMessage_Release(dst);
	IMessage_Release(src);
	free(other);
}

/* IAttach::CopyTo copies the attachment's large data. */
static void test_attach_copyto(void **state)
{
	struct fixture *fx = *state;
	LPMESSAGE src = reopen(fx, make_source(fx), MAPI_MODIFY), emb = NULL;
	LPATTACH from = NULL, to = NULL;
	uint8_t *data = malloc(DATA_SIZE), *back;
	size_t got = 0;
	ULONG num = 0;

	assert_non_null(data);
	assert_int_equal(IMessage_OpenAttach(src, 0, NULL, MAPI_MODIFY, &from),
			 S_OK);
	assert_int_equal(IMessage_CreateAttach(src, NULL, 0, &num, &to), S_OK);
	assert_int_equal(IAttach_CopyTo(from, 0, NULL, NULL, 0, NULL,
					&IID_IAttachment, to, 0, NULL),
			 S_OK);
	back = read_stream((LPMAPIPROP)to, PR_ATTACH_DATA_BIN, &got);
	fill(data, DATA_SIZE, 0);
	assert_int_equal(got, DATA_SIZE);
	assert_memory_equal(back, data, DATA_SIZE);
	free(back);
	IAttach_Release(to);
	IAttach_Release(from);
	/* An attachment holding an embedded message: it comes along,
	 * whole. */
	assert_int_equal(IMessage_OpenAttach(src, 1, NULL, MAPI_MODIFY, &from),
			 S_OK);
	assert_int_equal(IMessage_CreateAttach(src, NULL, 0, &num, &to), S_OK);
	assert_int_equal(IAttach_CopyTo(from, 0, NULL, NULL, 0, NULL,
					&IID_IAttachment, to, 0, NULL),
			 S_OK);
	assert_int_equal(IAttach_SaveChanges(to, 0), S_OK);
	IAttach_Release(to);
	IAttach_Release(from);
	assert_int_equal(IMessage_SaveChanges(src, KEEP_OPEN_READWRITE), S_OK);
	src = reopen(fx, src, 0);
	assert_int_equal(IMessage_OpenAttach(src, num, NULL, 0, &to), S_OK);
	assert_int_equal(IAttach_OpenProperty(to, PR_ATTACH_DATA_OBJ,
					      &IID_IMessage, 0, 0,
					      (LPUNKNOWN *)&emb),
			 S_OK);
	check_message(emb, 1);
	IMessage_Release(emb);
	IAttach_Release(to);
	IMessage_Release(src);
	free(data);
}

/* CopyMessages to another folder: the copy is whole too. */
static void test_copymessages_deep(void **state)
{
	struct fixture *fx = *state;
	LPMESSAGE m = make_source(fx);
	LPMAPIFOLDER sub = NULL;
	LPMAPITABLE t = NULL;
	LPSRowSet rows = NULL;
	LPSPropValue eid = NULL;
	SizedSPropTagArray(1, cols) = {1, {PR_ENTRYID}};
	ENTRYLIST list;
	ULONG type = 0;

	assert_int_equal(HrGetOneProp((LPMAPIPROP)m, PR_ENTRYID, &eid), S_OK);
	IMessage_Release(m);
	assert_int_equal(IMAPIFolder_CreateFolder(fx->inbox, FOLDER_GENERIC,
						  (LPTSTR) "copies", NULL, NULL,
						  0, &sub),
			 S_OK);
	list.cValues = 1;
	list.lpbin = &eid->Value.bin;
	assert_int_equal(
	    IMAPIFolder_CopyMessages(fx->inbox, &list, NULL, sub, 0, NULL, 0),
	    S_OK);
	MAPIFreeBuffer(eid);
	assert_int_equal(IMAPIFolder_GetContentsTable(sub, 0, &t), S_OK);
	assert_int_equal(IMAPITable_SetColumns(t, (LPSPropTagArray)&cols, 0),
			 S_OK);
	assert_int_equal(IMAPITable_QueryRows(t, 10, 0, &rows), S_OK);
	assert_int_equal(rows->cRows, 1);
	assert_int_equal(IMAPIFolder_OpenEntry(
			     sub, rows->aRow[0].lpProps[0].Value.bin.cb,
			     (LPENTRYID)rows->aRow[0].lpProps[0].Value.bin.lpb,
			     &IID_IMessage, 0, &type, (LPUNKNOWN *)&m),
			 S_OK);
	FreeProws(rows);
	IMAPITable_Release(t);
	check_message(m, 0);
	IMessage_Release(m);
	IMAPIFolder_Release(sub);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
	    cmocka_unit_test_setup_teardown(test_large_values_listed, setup,
					    teardown),
	    cmocka_unit_test_setup_teardown(test_copyto_deep, setup, teardown),
	    cmocka_unit_test_setup_teardown(test_copy_flags_large, setup,
					    teardown),
	    cmocka_unit_test_setup_teardown(test_attach_copyto, setup,
					    teardown),
	    cmocka_unit_test_setup_teardown(test_copymessages_deep, setup,
					    teardown),
	};

	return cmocka_run_group_tests(tests, NULL, NULL);
}
