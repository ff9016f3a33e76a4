/*
 * test_store.c - the message store objects of src/mapi through the public
 * interfaces only (lpVtbl calls), over a local store provisioned in a
 * private mkdtemp() directory: provisioning and reopening, the store's
 * properties and entry IDs, folders (OpenEntry, hierarchy tables,
 * create/copy/move/delete), messages with recipients, a binary attachment
 * written through IStream and an embedded message, saved and read back
 * after a reopen; contents tables (columns, restriction, sort, seek, find,
 * bookmarks); read flags; conflicting saves; named properties; CopyTo;
 * submission; store notifications; a foreign context's calls; and bad
 * input, which must give MAPI_E_* codes and never crash.
 */
#include <stdarg.h>
#include <stddef.h>
#include <setjmp.h>
#include <stdint.h>
#include <cmocka.h>

#include <errno.h>
#include <fcntl.h>
#include <pthread.h>
#include <stdbool.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include <mapiguid.h>
#include <mapiutil.h>
#include <mapix.h>
#include <mapixsec.h>

#include "alloc.h"
#include "context.h"
#include "mapistore.h"
#include "storeops.h"
#include "thread.h"

#define PR_TEST_LONG PROP_TAG(PT_LONG, 0x6701)
#define ATT_SIZE     (300 * 1024 + 17)

struct fixture {
	char dir[64];
	char path[96];
	char principal[MAPIX_PRINCIPAL_NAME_MAX + 1];
	struct mapistore_local params;
	LPMDB store;
};

static const MAPIUID provider_uid = {{0x11, 0x22, 0x33, 0x44, 0x55, 0x66, 0x77,
				      0x88, 0x99, 0xaa, 0xbb, 0xcc, 0xdd, 0xee,
				      0xff, 0x01}};

static HRESULT open_store(struct fixture *fx, ULONG flags, LPMDB *store_r)
{
	return mapistore_local_open(&fx->params, flags, store_r);
}

static int setup(void **state)
{
	struct fixture *fx = calloc(1, sizeof(*fx));
	const char *error = NULL;

	if (fx == NULL || MAPIInitialize(NULL) != S_OK)
		return -1;
	snprintf(fx->dir, sizeof(fx->dir), "/tmp/mapix-store-XXXXXX");
	if (mkdtemp(fx->dir) == NULL)
		return -1;
	snprintf(fx->path, sizeof(fx->path), "%s/store.db", fx->dir);
	if (MapixGetTokenName(NULL, fx->principal, sizeof(fx->principal)) !=
	    S_OK)
		return -1;
	if (mapistore_local_provision(fx->path, fx->principal,
				      &fx->params.mailbox_guid, &error) != 0)
		return -1;
	fx->params.path = fx->path;
	fx->params.principal = fx->principal;
	fx->params.provider_uid = provider_uid;
	fx->params.display_name = "Test store";
	if (open_store(fx, MDB_WRITE, &fx->store) != S_OK)
		return -1;
	*state = fx;
	return 0;
}

static int teardown(void **state)
{
	struct fixture *fx = *state;
	char cmd[128];

	if (fx->store != NULL)
		fx->store->lpVtbl->Release(fx->store);
	MAPIUninitialize();
	snprintf(cmd, sizeof(cmd), "rm -rf '%s'", fx->dir);
	if (system(cmd) != 0)
		return -1;
	free(fx);
	return 0;
}

/* ------------------------------------------------------------------ */

static bool wstr_eq(const WCHAR *a, const WCHAR *b)
{
	while (*a != 0 && *a == *b) {
		a++;
		b++;
	}
	return *a == *b;
}

static void get_prop(LPVOID obj, ULONG tag, LPSPropValue *pv)
{
	assert_int_equal(HrGetOneProp((LPMAPIPROP)obj, tag, pv), S_OK);
}

static void set_prop(LPVOID obj, SPropValue *pv)
{
	assert_int_equal(HrSetOneProp((LPMAPIPROP)obj, pv), S_OK);
}

static LPMAPIFOLDER open_special(struct fixture *fx, ULONG tag)
{
	LPSPropValue pv = NULL;
	LPMAPIFOLDER f = NULL;
	ULONG type = 0;

	get_prop(fx->store, tag, &pv);
	assert_int_equal(
	    fx->store->lpVtbl->OpenEntry(fx->store, pv->Value.bin.cb,
					 (LPENTRYID)pv->Value.bin.lpb, NULL,
					 MAPI_MODIFY, &type, (LPUNKNOWN *)&f),
	    S_OK);
	assert_int_equal(type, MAPI_FOLDER);
	MAPIFreeBuffer(pv);
	return f;
}

static LPMAPIFOLDER open_inbox(struct fixture *fx)
{
	LPENTRYID eid = NULL;
	LPMAPIFOLDER f = NULL;
	ULONG cb = 0, type = 0;

	assert_int_equal(
	    fx->store->lpVtbl->GetReceiveFolder(fx->store, (LPTSTR) "IPM.Note",
						0, &cb, &eid, NULL),
	    S_OK);
	assert_int_equal(
	    fx->store->lpVtbl->OpenEntry(fx->store, cb, eid, &IID_IMAPIFolder,
					 MAPI_MODIFY, &type, (LPUNKNOWN *)&f),
	    S_OK);
	MAPIFreeBuffer(eid);
	return f;
}

static ULONG row_count(LPMAPITABLE t)
{
	ULONG n = 0;

	assert_int_equal(t->lpVtbl->GetRowCount(t, 0, &n), S_OK);
	return n;
}

static ULONG contents_count(LPMAPIFOLDER f, ULONG flags)
{
	LPMAPITABLE t = NULL;
	ULONG n;

	assert_int_equal(f->lpVtbl->GetContentsTable(f, flags, &t), S_OK);
	n = row_count(t);
	t->lpVtbl->Release(t);
	return n;
}

/* A saved message with a subject and a number; its entry ID if asked. */
static void make_message(LPMAPIFOLDER f, const char *subject, LONG num,
			 SBinary *eid_r)
{
	LPMESSAGE m = NULL;
	SPropValue pv[3];
	LPSPropValue e = NULL;

	assert_int_equal(f->lpVtbl->CreateMessage(f, NULL, 0, &m), S_OK);
	pv[0].ulPropTag = PR_SUBJECT_A;
	pv[0].Value.lpszA = (LPSTR)subject;
	pv[1].ulPropTag = PR_TEST_LONG;
	pv[1].Value.l = num;
	pv[2].ulPropTag = PR_MESSAGE_CLASS_A;
	pv[2].Value.lpszA = (LPSTR) "IPM.Note";
	assert_int_equal(m->lpVtbl->SetProps(m, 3, pv, NULL), S_OK);
	assert_int_equal(m->lpVtbl->SaveChanges(m, KEEP_OPEN_READWRITE), S_OK);
	if (eid_r != NULL) {
		get_prop(m, PR_ENTRYID, &e);
		eid_r->cb = e->Value.bin.cb;
		eid_r->lpb = malloc(e->Value.bin.cb);
		memcpy(eid_r->lpb, e->Value.bin.lpb, e->Value.bin.cb);
		MAPIFreeBuffer(e);
	}
	m->lpVtbl->Release(m);
}

/* ------------------------------------------------------------------ */

static void test_provision_and_entryids(void **state)
{
	struct fixture *fx = *state;
	struct mapistore_local other = fx->params;
	LPSPropValue pv = NULL;
	LPENTRYID seid = NULL;
	MAPIUID uid;
	ULONG cb = 0, type = 0;
	LPMDB st2 = NULL;
	GUID again;
	const char *error = NULL;
	char junk[128];
	int fd;

	/* Provisioning an existing store opens it: the same GUID. */
	assert_int_equal(
	    mapistore_local_provision(fx->path, fx->principal, &again, &error),
	    0);
	assert_memory_equal(&again, &fx->params.mailbox_guid, sizeof(GUID));
	/* A file that is no mailbox. */
	snprintf(junk, sizeof(junk), "%s/junk.db", fx->dir);
	fd = open(junk, O_WRONLY | O_CREAT, 0600);
	assert_true(fd >= 0);
	assert_int_equal(
	    write(fd, "not a database, just some text here....", 40), 40);
	close(fd);
	assert_int_equal(
	    mapistore_local_provision(junk, fx->principal, &again, &error),
	    -EBADMSG);
	assert_int_equal(mapistore_local_provision(NULL, "x", &again, &error),
			 -EINVAL);

	/* The store entry ID: ours, with the provider section in it. */
	assert_int_equal(mapistore_local_entryid(&fx->params, &cb, &seid),
			 S_OK);
	assert_int_equal(cb, STOREEID_SIZE);
	assert_int_equal(mapistore_entryid_provider(cb, seid, &uid), 0);
	assert_memory_equal(&uid, &provider_uid, sizeof(uid));
	assert_int_equal(mapistore_entryid_provider(cb - 1, seid, &uid),
			 -EINVAL);
	assert_int_equal(mapistore_entryid_provider(0, NULL, &uid), -EINVAL);
	get_prop(fx->store, PR_STORE_ENTRYID, &pv);
	assert_int_equal(pv->Value.bin.cb, cb);
	assert_memory_equal(pv->Value.bin.lpb, seid, cb);
	MAPIFreeBuffer(pv);
	get_prop(fx->store, PR_ENTRYID, &pv);
	assert_memory_equal(pv->Value.bin.lpb, seid, cb);
	MAPIFreeBuffer(pv);
	get_prop(fx->store, PR_STORE_RECORD_KEY, &pv);
	assert_memory_equal(pv->Value.bin.lpb, &fx->params.mailbox_guid, 16);
	MAPIFreeBuffer(pv);
	/* OpenEntry of the store's own ID is the store. */
	assert_int_equal(fx->store->lpVtbl->OpenEntry(fx->store, cb, seid, NULL,
						      0, &type,
						      (LPUNKNOWN *)&st2),
			 S_OK);
	assert_int_equal(type, MAPI_STORE);
	assert_ptr_equal(st2, fx->store);
	st2->lpVtbl->Release(st2);
	MAPIFreeBuffer(seid);

	/* Wrong GUID, missing file, bad flags. */
	other.mailbox_guid.Data1 ^= 1;
	assert_int_equal(mapistore_local_open(&other, 0, &st2),
			 MAPI_E_INVALID_ENTRYID);
	other = fx->params;
	other.path = junk;
	assert_int_equal(mapistore_local_open(&other, 0, &st2),
			 MAPI_E_CORRUPT_DATA);
	snprintf(junk, sizeof(junk), "%s/missing.db", fx->dir);
	assert_int_equal(mapistore_local_open(&other, 0, &st2),
			 MAPI_E_NOT_FOUND);
	assert_int_equal(mapistore_local_open(&fx->params, 0x40000000, &st2),
			 MAPI_E_UNKNOWN_FLAGS);
	assert_null(st2);
}

static void test_folders(void **state)
{
	struct fixture *fx = *state;
	SizedSPropTagArray(2, cols) = {2, {PR_DISPLAY_NAME_A, PR_DEPTH}};
	LPMAPIFOLDER root = NULL, ipm, a = NULL, b = NULL, again = NULL;
	LPMAPITABLE t = NULL;
	LPSRowSet rows = NULL;
	LPSPropValue pv = NULL, eid = NULL;
	ULONG type = 0, i;
	bool inbox = false;

	/* NULL entry ID: the root folder. */
	assert_int_equal(fx->store->lpVtbl->OpenEntry(fx->store, 0, NULL, NULL,
						      0, &type,
						      (LPUNKNOWN *)&root),
			 S_OK);
	assert_int_equal(type, MAPI_FOLDER);
	assert_int_equal(
	    root->lpVtbl->GetHierarchyTable(root, CONVENIENT_DEPTH, &t), S_OK);
	assert_int_equal(t->lpVtbl->SetColumns(t, (LPSPropTagArray)&cols, 0),
			 S_OK);
	assert_int_equal(t->lpVtbl->QueryRows(t, 100, 0, &rows), S_OK);
	assert_true(rows->cRows >= 9);
	for (i = 0; i < rows->cRows; i++)
		if (rows->aRow[i].lpProps[0].ulPropTag == PR_DISPLAY_NAME_A &&
		    strcmp(rows->aRow[i].lpProps[0].Value.lpszA, "Inbox") ==
			0) {
			inbox = true;
			assert_int_equal(rows->aRow[i].lpProps[1].Value.l, 2);
		}
	assert_true(inbox);
	FreeProws(rows);
	t->lpVtbl->Release(t);
	/* The root was opened read-only. */
	pv = NULL;
	{
		SPropValue c = {.ulPropTag = PR_COMMENT_A};

		c.Value.lpszA = (LPSTR) "x";
		assert_int_equal(root->lpVtbl->SetProps(root, 1, &c, NULL),
				 MAPI_E_NO_ACCESS);
	}
	root->lpVtbl->Release(root);

	ipm = open_special(fx, PR_IPM_SUBTREE_ENTRYID);
	assert_int_equal(
	    ipm->lpVtbl->CreateFolder(ipm, FOLDER_GENERIC, (LPTSTR) "Projects",
				      (LPTSTR) "work", NULL, 0, &a),
	    S_OK);
	assert_int_equal(ipm->lpVtbl->CreateFolder(ipm, FOLDER_GENERIC,
						   (LPTSTR) "Projects", NULL,
						   NULL, 0, &b),
			 MAPI_E_COLLISION);
	assert_int_equal(ipm->lpVtbl->CreateFolder(
			     ipm, FOLDER_GENERIC, (LPTSTR)u"Projects", NULL,
			     NULL, MAPI_UNICODE | OPEN_IF_EXISTS, &again),
			 S_OK);
	get_prop(a, PR_ENTRYID, &eid);
	get_prop(again, PR_ENTRYID, &pv);
	assert_int_equal(pv->Value.bin.cb, eid->Value.bin.cb);
	assert_memory_equal(pv->Value.bin.lpb, eid->Value.bin.lpb,
			    pv->Value.bin.cb);
	MAPIFreeBuffer(pv);
	get_prop(a, PR_COMMENT_A, &pv);
	assert_string_equal(pv->Value.lpszA, "work");
	MAPIFreeBuffer(pv);
	again->lpVtbl->Release(again);
	assert_int_equal(ipm->lpVtbl->CreateFolder(ipm, FOLDER_SEARCH,
						   (LPTSTR) "S", NULL, NULL, 0,
						   &b),
			 MAPI_E_NO_SUPPORT);
	assert_int_equal(a->lpVtbl->CreateFolder(a, FOLDER_GENERIC,
						 (LPTSTR) "Sub", NULL, NULL, 0,
						 &b),
			 S_OK);
	make_message(a, "in projects", 1, NULL);

	/* Copy Projects (with its subfolder) below Inbox, then move. */
	{
		LPMAPIFOLDER in = open_inbox(fx);
		LPMAPITABLE h = NULL;

		assert_int_equal(ipm->lpVtbl->CopyFolder(
				     ipm, eid->Value.bin.cb,
				     (LPENTRYID)eid->Value.bin.lpb, NULL, in,
				     (LPTSTR) "Copy", 0, NULL, COPY_SUBFOLDERS),
				 S_OK);
		assert_int_equal(
		    in->lpVtbl->GetHierarchyTable(in, CONVENIENT_DEPTH, &h),
		    S_OK);
		assert_int_equal(row_count(h), 2);
		h->lpVtbl->Release(h);
		/* Not a subfolder of Inbox: refused. */
		assert_int_equal(
		    in->lpVtbl->DeleteFolder(in, eid->Value.bin.cb,
					     (LPENTRYID)eid->Value.bin.lpb, 0,
					     NULL, DEL_FOLDERS | DEL_MESSAGES),
		    MAPI_E_NOT_FOUND);
		assert_int_equal(
		    ipm->lpVtbl->CopyFolder(ipm, eid->Value.bin.cb,
					    (LPENTRYID)eid->Value.bin.lpb, NULL,
					    in, NULL, 0, NULL, FOLDER_MOVE),
		    S_OK);
		/* The moved folder is still the same object. */
		assert_int_equal(contents_count(a, 0), 1);
		assert_int_equal(in->lpVtbl->DeleteFolder(
				     in, eid->Value.bin.cb,
				     (LPENTRYID)eid->Value.bin.lpb, 0, NULL, 0),
				 MAPI_E_HAS_FOLDERS);
		assert_int_equal(
		    in->lpVtbl->DeleteFolder(in, eid->Value.bin.cb,
					     (LPENTRYID)eid->Value.bin.lpb, 0,
					     NULL, DEL_FOLDERS | DEL_MESSAGES),
		    S_OK);
		assert_int_equal(in->lpVtbl->GetHierarchyTable(in, 0, &h),
				 S_OK);
		assert_int_equal(row_count(h), 1); /* "Copy" */
		h->lpVtbl->Release(h);
		in->lpVtbl->Release(in);
	}
	assert_int_equal(
	    fx->store->lpVtbl->OpenEntry(fx->store, eid->Value.bin.cb,
					 (LPENTRYID)eid->Value.bin.lpb, NULL, 0,
					 &type, (LPUNKNOWN *)&again),
	    MAPI_E_NOT_FOUND);
	assert_int_equal(
	    ipm->lpVtbl->GetSearchCriteria(ipm, 0, NULL, NULL, NULL),
	    MAPI_E_NO_SUPPORT);
	MAPIFreeBuffer(eid);
	b->lpVtbl->Release(b);
	a->lpVtbl->Release(a);
	ipm->lpVtbl->Release(ipm);
}

static void test_message_round_trip(void **state)
{
	struct fixture *fx = *state;
	SizedSPropTagArray(2, rcols) = {2,
					{PR_DISPLAY_NAME_A, PR_RECIPIENT_TYPE}};
	LPMAPIFOLDER in = open_inbox(fx);
	LPMESSAGE m = NULL, emb = NULL;
	LPATTACH att = NULL;
	LPSTREAM s = NULL;
	LPMAPITABLE t = NULL;
	LPSRowSet rows = NULL;
	LPSPropValue pv = NULL, eid = NULL;
	LPADRLIST al = NULL;
	SPropValue p[4];
	ULONG num = 0, done = 0, type = 0, i;
	uint8_t *data = malloc(ATT_SIZE), *back = malloc(ATT_SIZE);
	LARGE_INTEGER zero = {.QuadPart = 0};
	ULARGE_INTEGER pos;
	STATSTG stat;

	for (i = 0; i < ATT_SIZE; i++)
		data[i] = (uint8_t)(i * 7 + (i >> 9));
	assert_int_equal(in->lpVtbl->CreateMessage(in, NULL, 0, &m), S_OK);
	p[0].ulPropTag = PR_SUBJECT_W;
	p[0].Value.lpszW = (LPWSTR)u"Grüße";
	p[1].ulPropTag = PR_MESSAGE_CLASS_A;
	p[1].Value.lpszA = (LPSTR) "IPM.Note";
	assert_int_equal(m->lpVtbl->SetProps(m, 2, p, NULL), S_OK);
	/* The body through a stream. */
	assert_int_equal(m->lpVtbl->OpenProperty(m, PR_BODY_W, &IID_IStream, 0,
						 MAPI_CREATE | MAPI_MODIFY,
						 (LPUNKNOWN *)&s),
			 S_OK);
	assert_int_equal(
	    s->lpVtbl->Write(s, u"hello", 5 * sizeof(WCHAR), &done), S_OK);
	assert_int_equal(s->lpVtbl->Commit(s, 0), S_OK);
	s->lpVtbl->Release(s);
	/* Two recipients. */
	assert_int_equal(MAPIAllocateBuffer(CbNewADRLIST(2), (void **)&al),
			 S_OK);
	al->cEntries = 2;
	for (i = 0; i < 2; i++) {
		assert_int_equal(
		    MAPIAllocateBuffer(2 * sizeof(SPropValue),
				       (void **)&al->aEntries[i].rgPropVals),
		    S_OK);
		al->aEntries[i].cValues = 2;
		al->aEntries[i].rgPropVals[0].ulPropTag = PR_DISPLAY_NAME_A;
		al->aEntries[i].rgPropVals[0].Value.lpszA =
		    (LPSTR)(i == 0 ? "Alice" : "Bob");
		al->aEntries[i].rgPropVals[1].ulPropTag = PR_RECIPIENT_TYPE;
		al->aEntries[i].rgPropVals[1].Value.l =
		    i == 0 ? MAPI_TO : MAPI_CC;
	}
	assert_int_equal(m->lpVtbl->ModifyRecipients(m, 0, al), S_OK);
	FreePadrlist(al);
	/* A binary attachment written through IStream. */
	assert_int_equal(m->lpVtbl->CreateAttach(m, NULL, 0, &num, &att), S_OK);
	p[0].ulPropTag = PR_ATTACH_METHOD;
	p[0].Value.l = ATTACH_BY_VALUE;
	p[1].ulPropTag = PR_ATTACH_LONG_FILENAME_A;
	p[1].Value.lpszA = (LPSTR) "data.bin";
	assert_int_equal(att->lpVtbl->SetProps(att, 2, p, NULL), S_OK);
	assert_int_equal(att->lpVtbl->OpenProperty(
			     att, PR_ATTACH_DATA_BIN, &IID_IStream, 0,
			     MAPI_CREATE | MAPI_MODIFY, (LPUNKNOWN *)&s),
			 S_OK);
	assert_int_equal(s->lpVtbl->Write(s, data, ATT_SIZE / 2, &done), S_OK);
	assert_int_equal(s->lpVtbl->Write(s, data + ATT_SIZE / 2,
					  ATT_SIZE - ATT_SIZE / 2, &done),
			 S_OK);
	assert_int_equal(s->lpVtbl->Stat(s, &stat, STATFLAG_NONAME), S_OK);
	assert_int_equal(stat.cbSize.QuadPart, ATT_SIZE);
	/* Released without Commit: the data still joins the attachment. */
	s->lpVtbl->Release(s);
	assert_int_equal(att->lpVtbl->SaveChanges(att, 0), S_OK);
	att->lpVtbl->Release(att);
	/* An embedded message. */
	assert_int_equal(m->lpVtbl->CreateAttach(m, NULL, 0, &num, &att), S_OK);
	p[0].ulPropTag = PR_ATTACH_METHOD;
	p[0].Value.l = ATTACH_EMBEDDED_MSG;
	assert_int_equal(att->lpVtbl->SetProps(att, 1, p, NULL), S_OK);
	assert_int_equal(att->lpVtbl->OpenProperty(
			     att, PR_ATTACH_DATA_OBJ, &IID_IMessage, 0,
			     MAPI_CREATE | MAPI_MODIFY, (LPUNKNOWN *)&emb),
			 S_OK);
	p[0].ulPropTag = PR_SUBJECT_A;
	p[0].Value.lpszA = (LPSTR) "inner";
	assert_int_equal(emb->lpVtbl->SetProps(emb, 1, p, NULL), S_OK);
	assert_int_equal(emb->lpVtbl->SaveChanges(emb, 0), S_OK);
	emb->lpVtbl->Release(emb);
	assert_int_equal(att->lpVtbl->SaveChanges(att, 0), S_OK);
	att->lpVtbl->Release(att);
	assert_int_equal(m->lpVtbl->SaveChanges(m, KEEP_OPEN_READONLY), S_OK);
	get_prop(m, PR_ENTRYID, &eid);
	m->lpVtbl->Release(m);
	in->lpVtbl->Release(in);

	/* Reopen the store and read everything back. */
	fx->store->lpVtbl->Release(fx->store);
	fx->store = NULL;
	assert_int_equal(open_store(fx, 0, &fx->store), S_OK);
	assert_int_equal(fx->store->lpVtbl->OpenEntry(
			     fx->store, eid->Value.bin.cb,
			     (LPENTRYID)eid->Value.bin.lpb, &IID_IMessage, 0,
			     &type, (LPUNKNOWN *)&m),
			 S_OK);
	assert_int_equal(type, MAPI_MESSAGE);
	get_prop(m, PR_SUBJECT_W, &pv);
	assert_true(wstr_eq(pv->Value.lpszW, u"Grüße"));
	MAPIFreeBuffer(pv);
	get_prop(m, PR_SUBJECT_A, &pv);
	assert_string_equal(pv->Value.lpszA, "Grüße");
	MAPIFreeBuffer(pv);
	get_prop(m, PR_BODY_W, &pv);
	assert_true(wstr_eq(pv->Value.lpszW, u"hello"));
	MAPIFreeBuffer(pv);
	get_prop(m, PR_MESSAGE_FLAGS, &pv);
	assert_true(pv->Value.l & MSGFLAG_HASATTACH);
	MAPIFreeBuffer(pv);
	/* Read-only: no changes. */
	p[0].ulPropTag = PR_SUBJECT_A;
	assert_int_equal(m->lpVtbl->SetProps(m, 1, p, NULL), MAPI_E_NO_ACCESS);
	assert_int_equal(m->lpVtbl->GetRecipientTable(m, 0, &t), S_OK);
	assert_int_equal(t->lpVtbl->SetColumns(t, (LPSPropTagArray)&rcols, 0),
			 S_OK);
	assert_int_equal(t->lpVtbl->QueryRows(t, 10, 0, &rows), S_OK);
	assert_int_equal(rows->cRows, 2);
	assert_string_equal(rows->aRow[0].lpProps[0].Value.lpszA, "Alice");
	assert_int_equal(rows->aRow[1].lpProps[1].Value.l, MAPI_CC);
	FreeProws(rows);
	t->lpVtbl->Release(t);
	assert_int_equal(m->lpVtbl->GetAttachmentTable(m, 0, &t), S_OK);
	assert_int_equal(row_count(t), 2);
	t->lpVtbl->Release(t);
	assert_int_equal(m->lpVtbl->OpenAttach(m, 0, NULL, 0, &att), S_OK);
	get_prop(att, PR_ATTACH_LONG_FILENAME_A, &pv);
	assert_string_equal(pv->Value.lpszA, "data.bin");
	MAPIFreeBuffer(pv);
	assert_int_equal(att->lpVtbl->OpenProperty(att, PR_ATTACH_DATA_BIN,
						   &IID_IStream, 0, 0,
						   (LPUNKNOWN *)&s),
			 S_OK);
	assert_int_equal(s->lpVtbl->Read(s, back, ATT_SIZE, &done), S_OK);
	assert_int_equal(done, ATT_SIZE);
	assert_memory_equal(back, data, ATT_SIZE);
	assert_int_equal(s->lpVtbl->Read(s, back, 10, &done), S_OK);
	assert_int_equal(done, 0);
	zero.QuadPart = -10;
	assert_int_equal(s->lpVtbl->Seek(s, zero, STREAM_SEEK_END, &pos), S_OK);
	assert_int_equal(pos.QuadPart, ATT_SIZE - 10);
	assert_int_equal(s->lpVtbl->Read(s, back, 100, &done), S_OK);
	assert_int_equal(done, 10);
	assert_memory_equal(back, data + ATT_SIZE - 10, 10);
	zero.QuadPart = -1;
	assert_int_equal(s->lpVtbl->Seek(s, zero, STREAM_SEEK_SET, &pos),
			 STG_E_INVALIDFUNCTION);
	assert_int_equal(s->lpVtbl->Write(s, data, 1, &done),
			 STG_E_ACCESSDENIED);
	s->lpVtbl->Release(s);
	assert_int_equal(att->lpVtbl->OpenProperty(att, PR_ATTACH_DATA_BIN,
						   &IID_IMAPITable, 0, 0,
						   (LPUNKNOWN *)&s),
			 MAPI_E_INTERFACE_NOT_SUPPORTED);
	att->lpVtbl->Release(att);
	assert_int_equal(m->lpVtbl->OpenAttach(m, 1, NULL, 0, &att), S_OK);
	assert_int_equal(att->lpVtbl->OpenProperty(att, PR_ATTACH_DATA_OBJ,
						   &IID_IMessage, 0, 0,
						   (LPUNKNOWN *)&emb),
			 S_OK);
	get_prop(emb, PR_SUBJECT_A, &pv);
	assert_string_equal(pv->Value.lpszA, "inner");
	MAPIFreeBuffer(pv);
	emb->lpVtbl->Release(emb);
	att->lpVtbl->Release(att);
	assert_int_equal(m->lpVtbl->OpenAttach(m, 7, NULL, 0, &att),
			 MAPI_E_NOT_FOUND);
	m->lpVtbl->Release(m);
	MAPIFreeBuffer(eid);
	free(data);
	free(back);
}

static void test_contents_table(void **state)
{
	struct fixture *fx = *state;
	SizedSPropTagArray(2, cols) = {2, {PR_SUBJECT_A, PR_TEST_LONG}};
	SizedSSortOrderSet(1, desc) = {
	    1, 0, 0, {{PR_TEST_LONG, TABLE_SORT_DESCEND}}};
	LPMAPIFOLDER in = open_inbox(fx);
	LPMAPITABLE t = NULL;
	LPSRowSet rows = NULL;
	LPSSortOrderSet sos = NULL;
	LPSPropTagArray qc = NULL;
	SRestriction res, find;
	SPropValue val, fval;
	BOOKMARK bm = 0;
	ULONG row = 0, num = 0, den = 0;
	LONG sought = 0;
	char subject[32];
	int i;

	for (i = 0; i < 20; i++) {
		snprintf(subject, sizeof(subject), "msg %02d", i);
		make_message(in, subject, i, NULL);
	}
	assert_int_equal(in->lpVtbl->GetContentsTable(in, 0, &t), S_OK);
	assert_int_equal(row_count(t), 20);
	assert_int_equal(t->lpVtbl->SetColumns(t, (LPSPropTagArray)&cols, 0),
			 S_OK);
	assert_int_equal(t->lpVtbl->QueryColumns(t, 0, &qc), S_OK);
	assert_int_equal(qc->cValues, 2);
	assert_int_equal(qc->aulPropTag[1], PR_TEST_LONG);
	MAPIFreeBuffer(qc);
	/* Restrict to PR_TEST_LONG >= 10, sort descending. */
	memset(&res, 0, sizeof(res));
	res.rt = RES_PROPERTY;
	res.res.resProperty.relop = RELOP_GE;
	res.res.resProperty.ulPropTag = PR_TEST_LONG;
	val.ulPropTag = PR_TEST_LONG;
	val.Value.l = 10;
	res.res.resProperty.lpProp = &val;
	assert_int_equal(t->lpVtbl->Restrict(t, &res, 0), S_OK);
	assert_int_equal(row_count(t), 10);
	assert_int_equal(t->lpVtbl->SortTable(t, (LPSSortOrderSet)&desc, 0),
			 S_OK);
	assert_int_equal(t->lpVtbl->QuerySortOrder(t, &sos), S_OK);
	assert_int_equal(sos->cSorts, 1);
	assert_int_equal(sos->aSort[0].ulOrder, TABLE_SORT_DESCEND);
	MAPIFreeBuffer(sos);
	assert_int_equal(t->lpVtbl->QueryRows(t, 3, 0, &rows), S_OK);
	assert_int_equal(rows->cRows, 3);
	assert_string_equal(rows->aRow[0].lpProps[0].Value.lpszA, "msg 19");
	assert_int_equal(rows->aRow[2].lpProps[1].Value.l, 17);
	FreeProws(rows);
	/* Position, bookmark, seek. */
	assert_int_equal(t->lpVtbl->QueryPosition(t, &row, &num, &den), S_OK);
	assert_int_equal(row, 3);
	assert_int_equal(t->lpVtbl->CreateBookmark(t, &bm), S_OK);
	assert_int_equal(t->lpVtbl->SeekRow(t, BOOKMARK_END, -2, &sought),
			 S_OK);
	assert_int_equal(sought, -2);
	assert_int_equal(t->lpVtbl->QueryRows(t, 5, 0, &rows), S_OK);
	assert_int_equal(rows->cRows, 2);
	assert_int_equal(rows->aRow[1].lpProps[1].Value.l, 10);
	FreeProws(rows);
	assert_int_equal(t->lpVtbl->SeekRow(t, bm, 0, NULL), S_OK);
	assert_int_equal(t->lpVtbl->QueryRows(t, 1, TBL_NOADVANCE, &rows),
			 S_OK);
	assert_int_equal(rows->aRow[0].lpProps[1].Value.l, 16);
	FreeProws(rows);
	assert_int_equal(t->lpVtbl->FreeBookmark(t, bm), S_OK);
	/* FindRow: the row with 12 from the start. */
	memset(&find, 0, sizeof(find));
	find.rt = RES_PROPERTY;
	find.res.resProperty.relop = RELOP_EQ;
	find.res.resProperty.ulPropTag = PR_TEST_LONG;
	fval.ulPropTag = PR_TEST_LONG;
	fval.Value.l = 12;
	find.res.resProperty.lpProp = &fval;
	assert_int_equal(t->lpVtbl->FindRow(t, &find, BOOKMARK_BEGINNING, 0),
			 S_OK);
	assert_int_equal(t->lpVtbl->QueryRows(t, 1, 0, &rows), S_OK);
	assert_int_equal(rows->aRow[0].lpProps[1].Value.l, 12);
	FreeProws(rows);
	fval.Value.l = 3; /* restricted away */
	assert_int_equal(t->lpVtbl->FindRow(t, &find, BOOKMARK_BEGINNING, 0),
			 MAPI_E_NOT_FOUND);
	assert_int_equal(t->lpVtbl->SeekRowApprox(t, 1, 2), S_OK);
	assert_int_equal(t->lpVtbl->SeekRowApprox(t, 3, 2),
			 MAPI_E_INVALID_PARAMETER);
	/* Back to everything; categories are not supported. */
	assert_int_equal(t->lpVtbl->Restrict(t, NULL, 0), S_OK);
	assert_int_equal(row_count(t), 20);
	{
		SizedSSortOrderSet(1, cat) = {
		    1, 1, 1, {{PR_TEST_LONG, TABLE_SORT_ASCEND}}};

		assert_int_equal(
		    t->lpVtbl->SortTable(t, (LPSSortOrderSet)&cat, 0),
		    MAPI_E_NO_SUPPORT);
	}
	assert_int_equal(t->lpVtbl->QueryRows(t, 0, 0, &rows),
			 MAPI_E_INVALID_PARAMETER);
	assert_int_equal(t->lpVtbl->SetColumns(t, NULL, 0),
			 MAPI_E_INVALID_PARAMETER);
	t->lpVtbl->Release(t);
	in->lpVtbl->Release(in);
}

static void test_copy_move_delete_read(void **state)
{
	struct fixture *fx = *state;
	LPMAPIFOLDER in = open_inbox(fx), dest = NULL;
	SBinary eids[3];
	ENTRYLIST list = {3, eids};
	LPMAPITABLE t = NULL;
	LPSRowSet rows = NULL;
	SizedSPropTagArray(1, cols) = {1, {PR_MESSAGE_FLAGS}};
	ULONG i, status = 0, old = 0;

	for (i = 0; i < 3; i++)
		make_message(in, "m", (LONG)i, &eids[i]);
	assert_int_equal(in->lpVtbl->CreateFolder(in, FOLDER_GENERIC,
						  (LPTSTR) "Dest", NULL, NULL,
						  0, &dest),
			 S_OK);
	/* Copy two, move one. */
	list.cValues = 2;
	assert_int_equal(
	    in->lpVtbl->CopyMessages(in, &list, NULL, dest, 0, NULL, 0), S_OK);
	assert_int_equal(contents_count(dest, 0), 2);
	assert_int_equal(contents_count(in, 0), 3);
	list.lpbin = &eids[2];
	list.cValues = 1;
	assert_int_equal(in->lpVtbl->CopyMessages(in, &list, NULL, dest, 0,
						  NULL, MESSAGE_MOVE),
			 S_OK);
	assert_int_equal(contents_count(dest, 0), 3);
	assert_int_equal(contents_count(in, 0), 2);
	/* Read flags: all of the folder, then clear one. */
	assert_int_equal(in->lpVtbl->SetReadFlags(in, NULL, 0, NULL, 0), S_OK);
	list.lpbin = &eids[0];
	assert_int_equal(
	    in->lpVtbl->SetReadFlags(in, &list, 0, NULL, CLEAR_READ_FLAG),
	    S_OK);
	assert_int_equal(in->lpVtbl->GetContentsTable(in, 0, &t), S_OK);
	assert_int_equal(t->lpVtbl->SetColumns(t, (LPSPropTagArray)&cols, 0),
			 S_OK);
	assert_int_equal(t->lpVtbl->QueryRows(t, 10, 0, &rows), S_OK);
	assert_int_equal(rows->cRows, 2);
	assert_int_equal(rows->aRow[0].lpProps[0].Value.l & MSGFLAG_READ, 0);
	assert_int_equal(rows->aRow[1].lpProps[0].Value.l & MSGFLAG_READ,
			 MSGFLAG_READ);
	FreeProws(rows);
	t->lpVtbl->Release(t);
	/* Message status. */
	assert_int_equal(in->lpVtbl->SetMessageStatus(
			     in, eids[0].cb, (LPENTRYID)eids[0].lpb,
			     MSGSTATUS_TAGGED, MSGSTATUS_TAGGED, &old),
			 S_OK);
	assert_int_equal(old, 0);
	assert_int_equal(in->lpVtbl->GetMessageStatus(in, eids[0].cb,
						      (LPENTRYID)eids[0].lpb, 0,
						      &status),
			 S_OK);
	assert_int_equal(status, MSGSTATUS_TAGGED);
	/* Delete the one left of the first two. */
	list.lpbin = &eids[0];
	list.cValues = 2;
	assert_int_equal(in->lpVtbl->DeleteMessages(in, &list, 0, NULL, 0),
			 S_OK);
	assert_int_equal(contents_count(in, 0), 0);
	/* A message entry ID that is garbage. */
	eids[0].lpb[10] ^= 0xff;
	list.cValues = 1;
	assert_int_equal(in->lpVtbl->DeleteMessages(in, &list, 0, NULL, 0),
			 MAPI_E_INVALID_ENTRYID);
	/* EmptyFolder. */
	assert_int_equal(dest->lpVtbl->EmptyFolder(dest, 0, NULL, 0), S_OK);
	assert_int_equal(contents_count(dest, 0), 0);
	for (i = 0; i < 3; i++)
		free(eids[i].lpb);
	dest->lpVtbl->Release(dest);
	in->lpVtbl->Release(in);
}

static void test_conflict_and_names(void **state)
{
	struct fixture *fx = *state;
	LPMAPIFOLDER in = open_inbox(fx);
	LPMESSAGE a = NULL, b = NULL, c = NULL;
	SBinary eid;
	SPropValue pv;
	LPSPropValue got = NULL;
	LPSPropTagArray tags = NULL;
	LPMAPINAMEID *names = NULL;
	MAPINAMEID nm, *pnm = &nm;
	ULONG type = 0, count = 0;
	GUID set = {0x12345678, 0x1234, 0x5678, {1, 2, 3, 4, 5, 6, 7, 8}};

	make_message(in, "conflict", 1, &eid);
	assert_int_equal(in->lpVtbl->OpenEntry(in, eid.cb, (LPENTRYID)eid.lpb,
					       NULL, MAPI_MODIFY, &type,
					       (LPUNKNOWN *)&a),
			 S_OK);
	assert_int_equal(in->lpVtbl->OpenEntry(in, eid.cb, (LPENTRYID)eid.lpb,
					       NULL, MAPI_MODIFY, &type,
					       (LPUNKNOWN *)&b),
			 S_OK);
	pv.ulPropTag = PR_TEST_LONG;
	pv.Value.l = 100;
	set_prop(a, &pv);
	pv.Value.l = 200;
	set_prop(b, &pv);
	assert_int_equal(a->lpVtbl->SaveChanges(a, 0), S_OK);
	assert_int_equal(b->lpVtbl->SaveChanges(b, KEEP_OPEN_READWRITE),
			 MAPI_E_OBJECT_CHANGED);
	assert_int_equal(b->lpVtbl->SaveChanges(b, FORCE_SAVE), S_OK);
	assert_int_equal(in->lpVtbl->OpenEntry(in, eid.cb, (LPENTRYID)eid.lpb,
					       NULL, 0, &type, (LPUNKNOWN *)&c),
			 S_OK);
	get_prop(c, PR_TEST_LONG, &got);
	assert_int_equal(got->Value.l, 200);
	MAPIFreeBuffer(got);

	/* Named properties. */
	nm.lpguid = &set;
	nm.ulKind = MNID_STRING;
	nm.Kind.lpwstrName = (LPWSTR)u"Color";
	assert_int_equal(c->lpVtbl->GetIDsFromNames(c, 1, &pnm, 0, &tags),
			 MAPI_W_ERRORS_RETURNED);
	assert_int_equal(PROP_TYPE(tags->aulPropTag[0]), PT_ERROR);
	MAPIFreeBuffer(tags);
	assert_int_equal(
	    c->lpVtbl->GetIDsFromNames(c, 1, &pnm, MAPI_CREATE, &tags), S_OK);
	assert_true(PROP_ID(tags->aulPropTag[0]) >= 0x8000);
	tags->aulPropTag[0] =
	    PROP_TAG(PT_UNICODE, PROP_ID(tags->aulPropTag[0]));
	assert_int_equal(
	    c->lpVtbl->GetNamesFromIDs(c, &tags, NULL, 0, &count, &names),
	    S_OK);
	assert_int_equal(count, 1);
	assert_int_equal(names[0]->ulKind, MNID_STRING);
	assert_true(wstr_eq(names[0]->Kind.lpwstrName, u"Color"));
	MAPIFreeBuffer(names);
	MAPIFreeBuffer(tags);
	assert_int_equal(c->lpVtbl->GetIDsFromNames(c, 1, NULL, 0, &tags),
			 MAPI_E_NO_SUPPORT);

	c->lpVtbl->Release(c);
	b->lpVtbl->Release(b);
	a->lpVtbl->Release(a);
	free(eid.lpb);
	in->lpVtbl->Release(in);
}

static void test_copyto_and_submit(void **state)
{
	struct fixture *fx = *state;
	LPMAPIFOLDER in = open_inbox(fx), outbox;
	LPMESSAGE src = NULL, dst = NULL;
	LPADRLIST al = NULL;
	LPSPropValue got = NULL;
	LPMAPITABLE t = NULL;
	SPropValue pv[2];
	SizedSPropTagArray(1, only) = {1, {PR_TEST_LONG}};
	ULONG num = 0;
	LPATTACH att = NULL;

	assert_int_equal(in->lpVtbl->CreateMessage(in, NULL, 0, &src), S_OK);
	pv[0].ulPropTag = PR_SUBJECT_A;
	pv[0].Value.lpszA = (LPSTR) "original";
	pv[1].ulPropTag = PR_TEST_LONG;
	pv[1].Value.l = 5;
	assert_int_equal(src->lpVtbl->SetProps(src, 2, pv, NULL), S_OK);
	assert_int_equal(MAPIAllocateBuffer(CbNewADRLIST(1), (void **)&al),
			 S_OK);
	al->cEntries = 1;
	assert_int_equal(
	    MAPIAllocateBuffer(2 * sizeof(SPropValue),
			       (void **)&al->aEntries[0].rgPropVals),
	    S_OK);
	al->aEntries[0].cValues = 2;
	al->aEntries[0].rgPropVals[0].ulPropTag = PR_DISPLAY_NAME_A;
	al->aEntries[0].rgPropVals[0].Value.lpszA = (LPSTR) "Carol";
	al->aEntries[0].rgPropVals[1].ulPropTag = PR_RECIPIENT_TYPE;
	al->aEntries[0].rgPropVals[1].Value.l = MAPI_TO;
	assert_int_equal(src->lpVtbl->ModifyRecipients(src, 0, al), S_OK);
	FreePadrlist(al);
	assert_int_equal(src->lpVtbl->CreateAttach(src, NULL, 0, &num, &att),
			 S_OK);
	pv[0].ulPropTag = PR_ATTACH_LONG_FILENAME_A;
	pv[0].Value.lpszA = (LPSTR) "a.txt";
	assert_int_equal(att->lpVtbl->SetProps(att, 1, pv, NULL), S_OK);
	assert_int_equal(att->lpVtbl->SaveChanges(att, 0), S_OK);
	att->lpVtbl->Release(att);

	/* CopyTo another new message: properties, recipients, attachments. */
	assert_int_equal(in->lpVtbl->CreateMessage(in, NULL, 0, &dst), S_OK);
	pv[0].ulPropTag = PR_TEST_LONG;
	pv[0].Value.l = 9;
	set_prop(dst, pv);
	assert_int_equal(src->lpVtbl->CopyTo(src, 0, NULL, NULL, 0, NULL,
					     &IID_IMessage, dst, MAPI_NOREPLACE,
					     NULL),
			 S_OK);
	get_prop(dst, PR_SUBJECT_A, &got);
	assert_string_equal(got->Value.lpszA, "original");
	MAPIFreeBuffer(got);
	get_prop(dst, PR_TEST_LONG, &got);
	assert_int_equal(got->Value.l, 9); /* not replaced */
	MAPIFreeBuffer(got);
	assert_int_equal(dst->lpVtbl->GetRecipientTable(dst, 0, &t), S_OK);
	assert_int_equal(row_count(t), 1);
	t->lpVtbl->Release(t);
	assert_int_equal(dst->lpVtbl->GetAttachmentTable(dst, 0, &t), S_OK);
	assert_int_equal(row_count(t), 1);
	t->lpVtbl->Release(t);
	/* CopyProps with MAPI_MOVE: gone from the source. */
	assert_int_equal(src->lpVtbl->CopyProps(src, (LPSPropTagArray)&only, 0,
						NULL, &IID_IMessage, dst,
						MAPI_MOVE, NULL),
			 S_OK);
	get_prop(dst, PR_TEST_LONG, &got);
	assert_int_equal(got->Value.l, 5);
	MAPIFreeBuffer(got);
	assert_int_equal(HrGetOneProp((LPMAPIPROP)src, PR_TEST_LONG, &got),
			 MAPI_E_NOT_FOUND);
	/* Not an object of ours; itself. */
	assert_int_equal(src->lpVtbl->CopyTo(src, 0, NULL, NULL, 0, NULL,
					     &IID_IMessage, in, 0, NULL),
			 MAPI_E_NO_SUPPORT);
	assert_int_equal(src->lpVtbl->CopyTo(src, 0, NULL, NULL, 0, NULL,
					     &IID_IMessage, src, 0, NULL),
			 MAPI_E_NO_ACCESS);
	dst->lpVtbl->Release(dst);

	/* Submit: into the outgoing queue, in the Outbox. */
	assert_int_equal(src->lpVtbl->SubmitMessage(src, 0), S_OK);
	src->lpVtbl->Release(src);
	assert_int_equal(fx->store->lpVtbl->GetOutgoingQueue(fx->store, 0, &t),
			 S_OK);
	assert_int_equal(row_count(t), 1);
	t->lpVtbl->Release(t);
	outbox = open_special(fx, PR_IPM_OUTBOX_ENTRYID);
	assert_int_equal(contents_count(outbox, 0), 1);
	outbox->lpVtbl->Release(outbox);
	/* No recipients: refused. */
	assert_int_equal(in->lpVtbl->CreateMessage(in, NULL, 0, &src), S_OK);
	assert_int_equal(src->lpVtbl->SubmitMessage(src, 0),
			 MAPI_E_NO_RECIPIENTS);
	src->lpVtbl->Release(src);
	in->lpVtbl->Release(in);
}

static int notified;

static LONG STDAPICALLTYPE on_notify(LPVOID ctx, ULONG c, LPNOTIFICATION n)
{
	(void)ctx;
	if (c > 0 && n[0].ulEventType == fnevObjectCreated &&
	    n[0].info.obj.ulObjType == MAPI_MESSAGE)
		notified++;
	return 0;
}

static void test_advise(void **state)
{
	struct fixture *fx = *state;
	LPMAPIFOLDER in = open_inbox(fx);
	LPMAPIADVISESINK sink = NULL;
	ULONG_PTR conn = 0;

	assert_int_equal(HrAllocAdviseSink(on_notify, NULL, &sink), S_OK);
	assert_int_equal(fx->store->lpVtbl->Advise(fx->store, 0, NULL,
						   fnevObjectCreated, sink,
						   &conn),
			 S_OK);
	assert_true(conn != 0);
	notified = 0;
	make_message(in, "new", 1, NULL);
	assert_int_equal(HrDispatchNotifications(0), S_OK);
	assert_true(notified >= 1);
	assert_int_equal(fx->store->lpVtbl->Unadvise(fx->store, conn), S_OK);
	assert_int_equal(fx->store->lpVtbl->Unadvise(fx->store, conn),
			 MAPI_E_NOT_FOUND);
	notified = 0;
	make_message(in, "new", 2, NULL);
	HrDispatchNotifications(0);
	assert_int_equal(notified, 0);
	sink->lpVtbl->Release(sink);
	in->lpVtbl->Release(in);
}

static int table_changed;

static LONG STDAPICALLTYPE on_table(LPVOID ctx, ULONG c, LPNOTIFICATION n)
{
	(void)ctx;
	for (ULONG i = 0; i < c; i++)
		if (n[i].ulEventType == fnevTableModified &&
		    n[i].info.tab.ulTableEvent == TABLE_CHANGED)
			table_changed++;
	return 0;
}

/* Receive folders: a class set is listed, and new mail of it goes there. */
static void test_receive_folders(void **state)
{
	struct fixture *fx = *state;
	LPMAPIFOLDER in = open_inbox(fx), sub = NULL;
	LPSPropValue eid = NULL;
	LPMAPITABLE table = NULL;
	LPSRowSet rows = NULL;
	LPENTRYID got = NULL;
	ULONG cb = 0, i, result = 0;
	bool listed = false;

	assert_int_equal(in->lpVtbl->CreateFolder(in, FOLDER_GENERIC,
						  (LPTSTR) "Reports", NULL,
						  NULL, 0, &sub),
			 S_OK);
	assert_int_equal(HrGetOneProp((LPMAPIPROP)sub, PR_ENTRYID, &eid), S_OK);
	assert_int_equal(fx->store->lpVtbl->SetReceiveFolder(
			     fx->store, (LPTSTR) "IPM.Note.Report", 0,
			     eid->Value.bin.cb, (LPENTRYID)eid->Value.bin.lpb),
			 S_OK);
	assert_int_equal(
	    fx->store->lpVtbl->GetReceiveFolderTable(fx->store, 0, &table),
	    S_OK);
	assert_int_equal(table->lpVtbl->QueryRows(table, 10, 0, &rows), S_OK);
	assert_int_equal(rows->cRows, 3); /* "", "IPM" and the new class */
	for (i = 0; i < rows->cRows; i++) {
		LPSPropValue c =
		    PpropFindProp(rows->aRow[i].lpProps, rows->aRow[i].cValues,
				  PR_MESSAGE_CLASS_A);
		LPSPropValue e = PpropFindProp(
		    rows->aRow[i].lpProps, rows->aRow[i].cValues, PR_ENTRYID);

		assert_non_null(c);
		assert_non_null(e);
		if (strcmp(c->Value.lpszA, "IPM.Note.Report") == 0) {
			listed = true;
			assert_memory_equal(e->Value.bin.lpb,
					    eid->Value.bin.lpb,
					    eid->Value.bin.cb);
		}
	}
	assert_true(listed);
	FreeProws(rows);
	table->lpVtbl->Release(table);
	/* A more specific class finds the folder of its prefix. */
	assert_int_equal(fx->store->lpVtbl->GetReceiveFolder(
			     fx->store, (LPTSTR) "IPM.Note.Report.Daily", 0,
			     &cb, &got, NULL),
			 S_OK);
	assert_int_equal(fx->store->lpVtbl->CompareEntryIDs(
			     fx->store, cb, got, eid->Value.bin.cb,
			     (LPENTRYID)eid->Value.bin.lpb, 0, &result),
			 S_OK);
	assert_true(result);
	MAPIFreeBuffer(got);
	MAPIFreeBuffer(eid);
	sub->lpVtbl->Release(sub);
	in->lpVtbl->Release(in);
}

/* A folder's contents table tells its sink when its rows change. */
static void test_table_advise(void **state)
{
	struct fixture *fx = *state;
	LPMAPIFOLDER in = open_inbox(fx);
	LPMAPITABLE table = NULL, recips = NULL;
	LPMAPIADVISESINK sink = NULL;
	LPMESSAGE msg = NULL;
	ULONG_PTR conn = 0, none = 0;
	ULONG count = 0;

	assert_int_equal(HrAllocAdviseSink(on_table, NULL, &sink), S_OK);
	assert_int_equal(in->lpVtbl->GetContentsTable(in, 0, &table), S_OK);
	assert_int_equal(
	    table->lpVtbl->Advise(table, fnevObjectCreated, sink, &none),
	    MAPI_E_INVALID_PARAMETER);
	assert_int_equal(
	    table->lpVtbl->Advise(table, fnevTableModified, sink, &conn), S_OK);
	assert_true(conn != 0);
	table_changed = 0;
	make_message(in, "row", 1, NULL);
	assert_int_equal(HrDispatchNotifications(0), S_OK);
	assert_true(table_changed >= 1);
	/* Reading again shows the new row. */
	assert_int_equal(table->lpVtbl->GetRowCount(table, 0, &count), S_OK);
	assert_true(count >= 1);
	assert_int_equal(table->lpVtbl->Unadvise(table, conn), S_OK);
	assert_int_equal(table->lpVtbl->Unadvise(table, conn),
			 MAPI_E_NOT_FOUND);
	table_changed = 0;
	make_message(in, "row", 2, NULL);
	HrDispatchNotifications(0);
	assert_int_equal(table_changed, 0);
	/* A message's tables are snapshots: nothing to watch. */
	assert_int_equal(in->lpVtbl->CreateMessage(in, NULL, 0, &msg), S_OK);
	assert_int_equal(msg->lpVtbl->GetRecipientTable(msg, 0, &recips), S_OK);
	assert_int_equal(
	    recips->lpVtbl->Advise(recips, fnevTableModified, sink, &none),
	    MAPI_E_NO_SUPPORT);
	/* A connection left open goes with its table. */
	assert_int_equal(
	    table->lpVtbl->Advise(table, fnevTableModified, sink, &conn), S_OK);
	recips->lpVtbl->Release(recips);
	msg->lpVtbl->Release(msg);
	table->lpVtbl->Release(table);
	sink->lpVtbl->Release(sink);
	in->lpVtbl->Release(in);
}

static void test_bad_input(void **state)
{
	struct fixture *fx = *state;
	LPMAPIFOLDER in = open_inbox(fx), f = NULL;
	LPSPropValue pv = NULL;
	LPMAPIERROR err = NULL;
	LPUNKNOWN unk = NULL;
	LPMDB ro = NULL;
	uint8_t junk[46];
	ULONG type = 0, count = 0;
	SPropValue bad;

	memset(junk, 0x41, sizeof(junk));
	assert_int_equal(fx->store->lpVtbl->OpenEntry(fx->store, sizeof(junk),
						      (LPENTRYID)junk, NULL, 0,
						      &type, &unk),
			 MAPI_E_INVALID_ENTRYID);
	assert_int_equal(fx->store->lpVtbl->GetLastError(
			     fx->store, MAPI_E_INVALID_ENTRYID, 0, &err),
			 S_OK);
	assert_non_null(err);
	assert_non_null(strstr((const char *)err->lpszError, "OpenEntry"));
	MAPIFreeBuffer(err);
	get_prop(in, PR_ENTRYID, &pv);
	/* Truncated, and with the wrong interface. */
	assert_int_equal(
	    fx->store->lpVtbl->OpenEntry(fx->store, pv->Value.bin.cb - 1,
					 (LPENTRYID)pv->Value.bin.lpb, NULL, 0,
					 &type, &unk),
	    MAPI_E_INVALID_ENTRYID);
	assert_int_equal(
	    fx->store->lpVtbl->OpenEntry(fx->store, pv->Value.bin.cb,
					 (LPENTRYID)pv->Value.bin.lpb,
					 &IID_IMessage, 0, &type, &unk),
	    MAPI_E_INTERFACE_NOT_SUPPORTED);
	assert_int_equal(fx->store->lpVtbl->OpenEntry(
			     fx->store, pv->Value.bin.cb,
			     (LPENTRYID)pv->Value.bin.lpb, NULL, 0, NULL, &unk),
			 MAPI_E_INVALID_PARAMETER);
	/* CompareEntryIDs. */
	assert_int_equal(fx->store->lpVtbl->CompareEntryIDs(
			     fx->store, pv->Value.bin.cb,
			     (LPENTRYID)pv->Value.bin.lpb, pv->Value.bin.cb,
			     (LPENTRYID)pv->Value.bin.lpb, 0, &count),
			 S_OK);
	assert_int_equal(count, TRUE);
	assert_int_equal(fx->store->lpVtbl->CompareEntryIDs(
			     fx->store, pv->Value.bin.cb,
			     (LPENTRYID)pv->Value.bin.lpb, sizeof(junk),
			     (LPENTRYID)junk, 0, &count),
			 MAPI_E_INVALID_ENTRYID);
	/* A read-only store refuses writes; its folders open read-only. */
	assert_int_equal(open_store(fx, 0, &ro), S_OK);
	assert_int_equal(ro->lpVtbl->OpenEntry(
			     ro, pv->Value.bin.cb, (LPENTRYID)pv->Value.bin.lpb,
			     NULL, MAPI_MODIFY, &type, (LPUNKNOWN *)&f),
			 MAPI_E_NO_ACCESS);
	assert_int_equal(ro->lpVtbl->OpenEntry(ro, pv->Value.bin.cb,
					       (LPENTRYID)pv->Value.bin.lpb,
					       NULL, 0, &type, (LPUNKNOWN *)&f),
			 S_OK);
	assert_int_equal(
	    f->lpVtbl->CreateMessage(f, NULL, 0, (LPMESSAGE *)&unk),
	    MAPI_E_NO_ACCESS);
	f->lpVtbl->Release(f);
	ro->lpVtbl->Release(ro);
	MAPIFreeBuffer(pv);
	/* Property calls. */
	assert_int_equal(in->lpVtbl->GetProps(in, NULL, 0, NULL, &pv),
			 MAPI_E_INVALID_PARAMETER);
	assert_int_equal(
	    in->lpVtbl->GetProps(in, NULL, 0x40000000u, &count, &pv),
	    MAPI_E_UNKNOWN_FLAGS);
	bad.ulPropTag = PROP_TAG(PT_OBJECT, 0x6800);
	bad.Value.l = 0;
	assert_int_equal(in->lpVtbl->SetProps(in, 1, &bad, NULL),
			 MAPI_E_INVALID_PARAMETER);
	assert_int_equal(in->lpVtbl->SetProps(in, 0, NULL, NULL),
			 MAPI_E_INVALID_PARAMETER);
	assert_int_equal(in->lpVtbl->OpenProperty(in, PR_CONTAINER_CONTENTS,
						  &IID_IStream, 0, 0, &unk),
			 MAPI_E_INTERFACE_NOT_SUPPORTED);
	assert_int_equal(
	    in->lpVtbl->QueryInterface(in, &IID_IMessage, (void **)&unk),
	    MAPI_E_INTERFACE_NOT_SUPPORTED);
	assert_int_equal(
	    in->lpVtbl->QueryInterface(in, &IID_IMAPIContainer, (void **)&unk),
	    S_OK);
	unk->lpVtbl->Release(unk);
	assert_int_equal(fx->store->lpVtbl->GetReceiveFolder(
			     fx->store, (LPTSTR) "IPM\x01", 0, &count,
			     (LPENTRYID *)&pv, NULL),
			 MAPI_E_INVALID_PARAMETER);
	in->lpVtbl->Release(in);
}

/* The foreign side: calls the owner's objects, records what it got. */
struct foreign {
	LPMDB store;
	LPMAPIFOLDER folder;
	HRESULT store_hr, folder_hr, release_hr;
	ULONG addref;
};

static void *foreign_main(void *arg)
{
	struct foreign *f = arg;
	LPSPropValue pv = NULL;
	ULONG count = 0;
	LPMAPITABLE t = NULL;

	f->store_hr =
	    f->store->lpVtbl->GetProps(f->store, NULL, 0, &count, &pv);
	f->folder_hr = f->folder->lpVtbl->GetContentsTable(f->folder, 0, &t);
	f->addref = f->folder->lpVtbl->AddRef(f->folder);
	f->release_hr = (HRESULT)f->store->lpVtbl->Release(f->store);
	return NULL;
}

static void test_foreign_context(void **state)
{
	struct fixture *fx = *state;
	struct context *ctx = NULL;
	struct foreign f = {0};
	LPSPropValue pv = NULL;
	pthread_t th;

	f.store = fx->store;
	f.folder = open_inbox(fx);
	assert_int_equal(context_get("store-mallory", NULL, &ctx), 0);
	assert_int_equal(context_thread_create(ctx, foreign_main, &f, &th), 0);
	assert_int_equal(pthread_join(th, NULL), 0);
	assert_int_equal(f.store_hr, MAPI_E_NO_ACCESS);
	assert_int_equal(f.folder_hr, MAPI_E_NO_ACCESS);
	assert_int_equal(f.addref, 0);
	assert_int_equal(f.release_hr, 0);
	/* Still fully usable by its owner. */
	get_prop(fx->store, PR_STORE_RECORD_KEY, &pv);
	MAPIFreeBuffer(pv);
	assert_int_equal(contents_count(f.folder, 0), 0);
	f.folder->lpVtbl->Release(f.folder);
	context_unref(&ctx);
}

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
	    cmocka_unit_test_setup_teardown(test_provision_and_entryids, setup,
					    teardown),
	    cmocka_unit_test_setup_teardown(test_folders, setup, teardown),
	    cmocka_unit_test_setup_teardown(test_message_round_trip, setup,
					    teardown),
	    cmocka_unit_test_setup_teardown(test_contents_table, setup,
					    teardown),
	    cmocka_unit_test_setup_teardown(test_copy_move_delete_read, setup,
					    teardown),
	    cmocka_unit_test_setup_teardown(test_conflict_and_names, setup,
					    teardown),
	    cmocka_unit_test_setup_teardown(test_copyto_and_submit, setup,
					    teardown),
	    cmocka_unit_test_setup_teardown(test_advise, setup, teardown),
	    cmocka_unit_test_setup_teardown(test_table_advise, setup, teardown),
	    cmocka_unit_test_setup_teardown(test_receive_folders, setup,
					    teardown),
	    cmocka_unit_test_setup_teardown(test_bad_input, setup, teardown),
	    cmocka_unit_test_setup_teardown(test_foreign_context, setup,
					    teardown),
	};

	return cmocka_run_group_tests(tests, group_setup, NULL);
}
