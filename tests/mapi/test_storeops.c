/*
 * test_storeops.c - the store-ops wrappers (storeops.h) and the store-ops
 * fault loop.
 *
 * The wrappers: the registry refuses incomplete tables, a function a
 * table leaves NULL answers -ENOTSUP, an injected fault fails exactly the
 * nth call that can fail, and the trace hook sees calls and messages.
 *
 * The fault loop, in the manner of the out-of-memory loop (test_oom.c):
 * for N = 1, 2, ... a store workload runs through the public MAPI API only
 * -- MAPILogonEx on a profile with the MAPIX_LOCAL service, IMsgStore,
 * IMAPIFolder (create two folders), IMessage and IAttach (save three
 * messages with attachments, one written through IStream), a move, a
 * delete, and a restricted, sorted contents table -- with store-ops call
 * N failing, until a run goes through with no call failed.  For every N:
 *
 *   - the call in which the fault happened returns a failure HRESULT
 *     (never S_OK), the one the injected error stands for, with its
 *     output pointer NULL, and no call fails without a fault; the run
 *     then stops and releases what it holds;
 *   - every object is released and alloc_live() is back where it was;
 *   - after a new logon, every message whose SaveChanges succeeded is
 *     there (in the folder a successful move took it to, gone when a
 *     delete succeeded), no message whose save failed is, and the table
 *     rows the run read matched that; and the mailbox file passes
 *     SQLite's integrity_check (engine_mailbox_check).
 *
 * The loop runs once with -EIO and once with -ENOMEM as the injected
 * error.
 */
#include <stdarg.h>
#include <stddef.h>
#include <setjmp.h>
#include <stdint.h>
#include <cmocka.h>

#include <errno.h>
#include <stdbool.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <time.h>
#include <unistd.h>

#include <edkmdb.h>
#include <mapiguid.h>
#include <mapix.h>
#include <mapiutil.h>
#include <mapixsec.h>
#include <mspst.h>

#include "alloc.h"
#include "engine.h"
#include "lib.h"
#include "mapitest.h"
#include "storeops.h"

#define PROFILE    "Faults"
#define NMSG       3
#define STREAM_LEN 70000
#define MAX_RUNS   5000

static char root_dir[256];
static char store_path[512];

static int group_setup(void **state)
{
	(void)state;
	if (mapitest_env("faults", root_dir, sizeof(root_dir)) < 0)
		return -1;
	snprintf(store_path, sizeof(store_path), "%s/store.mapix", root_dir);
	if (MAPIInitialize(NULL) != S_OK)
		return -1;
	return mapitest_make_profile(PROFILE, store_path) == S_OK ? 0 : -1;
}

static int group_teardown(void **state)
{
	(void)state;
	MAPIUninitialize();
	mapitest_env_remove(root_dir);
	return 0;
}

/* ========================== The wrappers ============================== */

/* What the trace hook saw. */
struct trace_log {
	unsigned long calls;
	char last_call[64];
	int last_ret;
	char last_error[256];
	/* The call an injected fault hit. */
	char injected_call[64];
};

static void trace_fn(void *ctx, const char *call, int ret, const char *error)
{
	struct trace_log *log = ctx;

	log->calls++;
	snprintf(log->last_call, sizeof(log->last_call), "%s", call);
	log->last_ret = ret;
	snprintf(log->last_error, sizeof(log->last_error), "%s",
		 error != NULL ? error : "");
	if (ret < 0 && error != NULL && strcmp(error, "injected fault") == 0)
		snprintf(log->injected_call, sizeof(log->injected_call), "%s",
			 call);
}

static void test_registry(void **state)
{
	static struct storeops v1;
	struct storeops copy = storeops_local;

	(void)state;
	assert_int_equal(storeops_register(NULL), -EINVAL);
	copy.name = NULL;
	assert_int_equal(storeops_register(&copy), -EINVAL);
	copy.name = "copy";
	copy.version = STOREOPS_VERSION + 1;
	assert_int_equal(storeops_register(&copy), -EINVAL);
	copy.version = 0;
	assert_int_equal(storeops_register(&copy), -EINVAL);
	copy.version = STOREOPS_VERSION;
	/* Every function of version 1 is required: a table without one,
	 * at the start, the middle or the end, is refused. */
	copy.open = NULL;
	assert_int_equal(storeops_register(&copy), -EINVAL);
	copy.open = storeops_local.open;
	copy.message_save = NULL;
	assert_int_equal(storeops_register(&copy), -EINVAL);
	copy.message_save = storeops_local.message_save;
	copy.unsubscribe = NULL;
	assert_int_equal(storeops_register(&copy), -EINVAL);
	copy.unsubscribe = storeops_local.unsubscribe;
	copy.name = "local";
	assert_int_equal(storeops_register(&copy), -EEXIST);
	copy.name = "copy";
	assert_null(storeops_find("copy"));
	assert_int_equal(storeops_register(&copy), 0);
	assert_int_equal(storeops_register(&copy), -EEXIST);
	assert_ptr_equal(storeops_find("copy"), &copy);
	assert_ptr_equal(storeops_find("local"), &storeops_local);
	/* An older table, without the functions added after version 1. */
	v1 = storeops_local;
	v1.name = "v1";
	v1.version = 1;
	v1.message_large_tags = NULL;
	v1.attach_large_tags = NULL;
	assert_int_equal(storeops_register(&v1), 0);
	assert_ptr_equal(storeops_find("v1"), &v1);
}

static void test_wrappers(void **state)
{
	static struct storeops partial;
	struct storeops_open_params p = {0};
	struct storeops_mailbox m;
	struct trace_log log = {0};
	char principal[MAPIX_PRINCIPAL_NAME_MAX + 1];
	const char *error = NULL;
	storeops_id_t fid = 0;
	long live = alloc_live();

	(void)state;
	assert_int_equal(MapixGetTokenName(NULL, principal, sizeof(principal)),
			 S_OK);
	partial = storeops_local;
	partial.receive_folder_list = NULL;
	partial.message_large_tags = NULL;
	p.path = store_path;
	p.principal = principal;
	p.flags = STOREOPS_OPEN_ANY_GUID;
	storeops_set_trace(trace_fn, &log);

	/* A function the table leaves NULL: -ENOTSUP, nothing called. */
	assert_int_equal(storeops_mailbox_open(&m, &partial, &p, &error), 0);
	assert_string_equal(log.last_call, "open");
	assert_int_equal(storeops_receive_folder_list(&m, NULL, NULL),
			 -ENOTSUP);
	assert_string_equal(log.last_call, "receive_folder_list");
	assert_int_equal(log.last_ret, -ENOTSUP);
	assert_non_null(strstr(storeops_error(), "not support"));
	assert_string_equal(log.last_error, storeops_error());
	/* So is one added after version 1. */
	assert_int_equal(
	    storeops_message_large_tags(&m, NULL, &(SPropTagArray *){NULL}),
	    -ENOTSUP);
	assert_string_equal(log.last_call, "message_large_tags");

	/* The nth call that can fail fails; calls that cannot are not
	 * counted, nor are the ones after it. */
	storeops_fail_after(2, -EACCES);
	assert_int_equal(
	    storeops_special_folder(&m, STOREOPS_FOLDER_INBOX, &fid), 0);
	assert_false(storeops_injected());
	fid = 0;
	storeops_stream_close(&m, NULL);
	assert_int_equal(
	    storeops_special_folder(&m, STOREOPS_FOLDER_INBOX, &fid), -EACCES);
	assert_true(storeops_injected());
	assert_int_equal(fid, 0);
	assert_string_equal(log.injected_call, "special_folder");
	assert_string_equal(storeops_error(), "injected fault");
	assert_int_equal(
	    storeops_special_folder(&m, STOREOPS_FOLDER_INBOX, &fid), 0);
	assert_int_not_equal(fid, 0);
	assert_string_equal(storeops_error(), "");
	storeops_fail_after(0, 0);

	/* A failure of the table itself, with its message. */
	assert_int_equal(storeops_folder_get_props(&m, 0xFFFFFFFFFFFFull, NULL,
						   &(ULONG){0},
						   &(SPropValue *){NULL}),
			 -ENOENT);
	assert_string_not_equal(storeops_error(), "");
	assert_int_equal(log.last_ret, -ENOENT);
	storeops_mailbox_close(&m);
	/* Closing twice, or a mailbox never opened, is harmless. */
	storeops_mailbox_close(&m);

	/* An injected fault in open: no mailbox, a message. */
	storeops_fail_after(1, -EIO);
	assert_int_equal(storeops_mailbox_open(&m, &storeops_local, &p, &error),
			 -EIO);
	assert_string_equal(error, "injected fault");
	assert_null(m.mbx);
	storeops_mailbox_close(&m);
	storeops_fail_after(0, 0);
	storeops_set_trace(NULL, NULL);
	assert_int_equal(alloc_live(), live);
}

/* ============================ The fault loop =========================== */

/* One run of the workload: what it holds and what it learnt. */
struct run {
	unsigned int n;
	struct trace_log *log;
	/* A fault has been seen by some call of this run. */
	bool injected_seen;
	/* A call returned a failure: which, and what. */
	bool failed;
	const char *failed_what;
	HRESULT failed_hr;

	LPMAPISESSION session;
	LPMDB mdb;
	LPMAPIFOLDER ipm, folder, dest;
	LPMESSAGE msg;
	LPATTACH att;
	LPSTREAM stream;
	LPMAPITABLE table;
	LPSRowSet rows;
	LPSPropValue props;
	LPMAPITABLE stores;

	/* The model: saves acknowledged, entry IDs, move and delete. */
	bool acked[NMSG];
	SBinary eid[NMSG];
	BYTE eid_data[NMSG][128];
	bool moved, deleted;
};

static void subject_of(unsigned int n, unsigned int i, char *buf, size_t size)
{
	snprintf(buf, size, "run %u message %u", n, i);
}

/*
 * Checks one call of the workload: a call in which the fault happened
 * must fail (and with out NULL, when it has an output); a call in which
 * it did not must not.  Returns whether the run goes on.
 */
static bool check_call(struct run *r, const char *what, HRESULT hr,
		       const void *out)
{
	bool fired = storeops_injected() && !r->injected_seen;

	r->injected_seen = storeops_injected();
	if (fired && !FAILED(hr))
		fail_msg("run %u: %s returned 0x%08x although store-ops call "
			 "%s failed in it",
			 r->n, what, (unsigned int)hr, r->log->injected_call);
	if (FAILED(hr) && !fired)
		fail_msg("run %u: %s failed (0x%08x) without a fault", r->n,
			 what, (unsigned int)hr);
	if (!FAILED(hr))
		return true;
	if (out != NULL && *(void *const *)out != NULL)
		fail_msg("run %u: %s failed but set its output", r->n, what);
	r->failed = true;
	r->failed_what = what;
	r->failed_hr = hr;
	return false;
}

#define CALL(r, what, call) check_call((r), (what), (call), NULL)
#define CALL_OUT(r, what, out, call)                                           \
	check_call((r), (what), (call), (const void *)(out))

#define RELEASE(p)                                                             \
	do {                                                                   \
		if ((p) != NULL) {                                             \
			(p)->lpVtbl->Release(p);                               \
			(p) = NULL;                                            \
		}                                                              \
	} while (0)

/* The default store's entry ID from the stores table: S_OK and a copy in
 * eid (cb 0 when there is none). */
static HRESULT default_store(struct run *r, SBinary *eid, BYTE *data,
			     size_t size)
{
	HRESULT hr;
	ULONG i;

	eid->cb = 0;
	eid->lpb = data;
	hr = IMAPISession_GetMsgStoresTable(r->session, 0, &r->stores);
	if (hr == S_OK)
		hr = IMAPITable_QueryRows(r->stores, 10, 0, &r->rows);
	for (i = 0; hr == S_OK && i < r->rows->cRows; i++) {
		SRow *row = &r->rows->aRow[i];
		LPSPropValue def =
		    PpropFindProp(row->lpProps, row->cValues, PR_DEFAULT_STORE);
		LPSPropValue e =
		    PpropFindProp(row->lpProps, row->cValues, PR_ENTRYID);

		if (def != NULL && def->Value.b && e != NULL &&
		    e->Value.bin.cb <= size) {
			eid->cb = e->Value.bin.cb;
			memcpy(data, e->Value.bin.lpb, eid->cb);
		}
	}
	FreeProws(r->rows);
	r->rows = NULL;
	RELEASE(r->stores);
	return hr;
}

/* Logs on and opens the default store and its IPM subtree. */
static bool open_store(struct run *r)
{
	SizedSPropTagArray(1, tags) = {1, {PR_IPM_SUBTREE_ENTRYID}};
	BYTE data[128];
	SBinary eid;
	ULONG count = 0, type = 0;

	if (!CALL_OUT(r, "MAPILogonEx", &r->session,
		      MAPILogonEx(0, (LPTSTR)PROFILE, NULL,
				  MAPI_EXTENDED | MAPI_NEW_SESSION |
				      MAPI_EXPLICIT_PROFILE | MAPI_NO_MAIL,
				  &r->session)))
		return false;
	if (!CALL(r, "GetMsgStoresTable",
		  default_store(r, &eid, data, sizeof(data))))
		return false;
	assert_int_not_equal(eid.cb, 0);
	if (!CALL_OUT(r, "OpenMsgStore", &r->mdb,
		      IMAPISession_OpenMsgStore(
			  r->session, 0, eid.cb, (LPENTRYID)eid.lpb, NULL,
			  MDB_WRITE | MDB_NO_DIALOG, &r->mdb)))
		return false;
	if (!CALL_OUT(r, "IMsgStore::GetProps", &r->props,
		      IMsgStore_GetProps(r->mdb, (LPSPropTagArray)&tags, 0,
					 &count, &r->props)))
		return false;
	assert_int_equal(r->props[0].ulPropTag, PR_IPM_SUBTREE_ENTRYID);
	if (!CALL_OUT(r, "IMsgStore::OpenEntry", &r->ipm,
		      IMsgStore_OpenEntry(r->mdb, r->props[0].Value.bin.cb,
					  (LPENTRYID)r->props[0].Value.bin.lpb,
					  NULL, MAPI_MODIFY, &type,
					  (LPUNKNOWN *)&r->ipm)))
		return false;
	MAPIFreeBuffer(r->props);
	r->props = NULL;
	assert_int_equal(type, MAPI_FOLDER);
	return true;
}

/* The run's two folders (made, or opened when they exist). */
static bool open_folders(struct run *r)
{
	char name[64];

	snprintf(name, sizeof(name), "faults %u", r->n);
	if (!CALL_OUT(r, "CreateFolder", &r->folder,
		      IMAPIFolder_CreateFolder(r->ipm, FOLDER_GENERIC, name,
					       "the fault loop's messages",
					       NULL, OPEN_IF_EXISTS,
					       &r->folder)))
		return false;
	snprintf(name, sizeof(name), "moved %u", r->n);
	return CALL_OUT(r, "CreateFolder", &r->dest,
			IMAPIFolder_CreateFolder(r->ipm, FOLDER_GENERIC, name,
						 NULL, NULL, OPEN_IF_EXISTS,
						 &r->dest));
}

/* Message i with an attachment: its data set as a property, or for
 * message 1 written through IStream.  Saved; its entry ID kept. */
static bool save_message(struct run *r, unsigned int i)
{
	SizedSPropTagArray(1, eid_tag) = {1, {PR_ENTRYID}};
	static BYTE data[STREAM_LEN];
	char subject[64];
	SPropValue pv[3];
	ULONG num = 0, count = 0, written = 0;

	memset(data, 'a' + (int)i, sizeof(data));
	subject_of(r->n, i, subject, sizeof(subject));
	if (!CALL_OUT(r, "CreateMessage", &r->msg,
		      IMAPIFolder_CreateMessage(r->folder, NULL, 0, &r->msg)))
		return false;
	pv[0].ulPropTag = PR_SUBJECT_A;
	pv[0].Value.lpszA = subject;
	pv[1].ulPropTag = PR_BODY_A;
	pv[1].Value.lpszA = "a message of the fault loop";
	pv[2].ulPropTag = PR_MESSAGE_CLASS_A;
	pv[2].Value.lpszA = "IPM.Note";
	if (!CALL(r, "IMessage::SetProps",
		  IMessage_SetProps(r->msg, 3, pv, NULL)))
		return false;
	if (!CALL_OUT(r, "CreateAttach", &r->att,
		      IMessage_CreateAttach(r->msg, NULL, 0, &num, &r->att)))
		return false;
	pv[0].ulPropTag = PR_ATTACH_FILENAME_A;
	pv[0].Value.lpszA = "data.bin";
	pv[1].ulPropTag = PR_ATTACH_METHOD;
	pv[1].Value.l = ATTACH_BY_VALUE;
	pv[2].ulPropTag = PR_ATTACH_DATA_BIN;
	pv[2].Value.bin.cb = 100;
	pv[2].Value.bin.lpb = data;
	if (!CALL(r, "IAttach::SetProps",
		  IAttach_SetProps(r->att, i == 1 ? 2 : 3, pv, NULL)))
		return false;
	if (i == 1) {
		if (!CALL_OUT(r, "IAttach::OpenProperty", &r->stream,
			      IAttach_OpenProperty(r->att, PR_ATTACH_DATA_BIN,
						   &IID_IStream, 0,
						   MAPI_CREATE | MAPI_MODIFY,
						   (LPUNKNOWN *)&r->stream)))
			return false;
		if (!CALL(
			r, "IStream::Write",
			IStream_Write(r->stream, data, sizeof(data), &written)))
			return false;
		assert_int_equal(written, sizeof(data));
		if (!CALL(r, "IStream::Commit", IStream_Commit(r->stream, 0)))
			return false;
		RELEASE(r->stream);
	}
	if (!CALL(r, "IAttach::SaveChanges", IAttach_SaveChanges(r->att, 0)))
		return false;
	RELEASE(r->att);
	if (!CALL(r, "IMessage::SaveChanges",
		  IMessage_SaveChanges(r->msg, KEEP_OPEN_READWRITE)))
		return false;
	r->acked[i] = true;
	if (!CALL_OUT(r, "IMessage::GetProps", &r->props,
		      IMessage_GetProps(r->msg, (LPSPropTagArray)&eid_tag, 0,
					&count, &r->props)))
		return false;
	assert_int_equal(r->props[0].ulPropTag, PR_ENTRYID);
	assert_true(r->props[0].Value.bin.cb <= sizeof(r->eid_data[i]));
	r->eid[i].cb = r->props[0].Value.bin.cb;
	r->eid[i].lpb = r->eid_data[i];
	memcpy(r->eid_data[i], r->props[0].Value.bin.lpb, r->eid[i].cb);
	MAPIFreeBuffer(r->props);
	r->props = NULL;
	RELEASE(r->msg);
	return true;
}

/* The subjects of the rows a table gives, as a bit set of message
 * numbers; fails the test for a row of another run or twice. */
static unsigned int row_set(struct run *r, const SRowSet *rows,
			    const char *where)
{
	unsigned int set = 0, i, k;

	for (i = 0; i < rows->cRows; i++) {
		const SPropValue *s = &rows->aRow[i].lpProps[0];
		char subject[64];
		bool known = false;

		assert_int_equal(s->ulPropTag, PR_SUBJECT_A);
		for (k = 0; k < NMSG && !known; k++) {
			subject_of(r->n, k, subject, sizeof(subject));
			if (strcmp(s->Value.lpszA, subject) == 0) {
				if (set & (1u << k))
					fail_msg("run %u: %s: message %u is "
						 "there twice",
						 r->n, where, k);
				set |= 1u << k;
				known = true;
			}
		}
		if (!known)
			fail_msg("run %u: %s: a row '%s' of no message of the "
				 "run",
				 r->n, where, s->Value.lpszA);
	}
	return set;
}

/* Which of the run's messages the folder of the fault loop must hold. */
static unsigned int expected_in_folder(const struct run *r)
{
	unsigned int set = 0, i;

	for (i = 0; i < NMSG; i++)
		if (r->acked[i] && !(i == 0 && r->moved) &&
		    !(i == 1 && r->deleted))
			set |= 1u << i;
	return set;
}

/* The workload; it stops at the first failed call. */
static void workload(struct run *r)
{
	SizedSPropTagArray(2, cols) = {2, {PR_SUBJECT_A, PR_HASATTACH}};
	SizedSSortOrderSet(1, sort) = {
	    1, 0, 0, {{PR_SUBJECT_A, TABLE_SORT_DESCEND}}};
	SPropValue has_attach = {.ulPropTag = PR_HASATTACH, .Value.b = TRUE};
	SRestriction res;
	ENTRYLIST list;
	unsigned int i;

	if (!open_store(r) || !open_folders(r))
		return;
	for (i = 0; i < NMSG; i++)
		if (!save_message(r, i))
			return;
	list.cValues = 1;
	list.lpbin = &r->eid[0];
	if (!CALL(r, "CopyMessages",
		  IMAPIFolder_CopyMessages(r->folder, &list, NULL, r->dest, 0,
					   NULL, MESSAGE_MOVE)))
		return;
	r->moved = true;
	list.lpbin = &r->eid[1];
	if (!CALL(r, "DeleteMessages",
		  IMAPIFolder_DeleteMessages(r->folder, &list, 0, NULL, 0)))
		return;
	r->deleted = true;

	if (!CALL_OUT(r, "GetContentsTable", &r->table,
		      IMAPIFolder_GetContentsTable(r->folder, 0, &r->table)))
		return;
	if (!CALL(r, "SetColumns",
		  IMAPITable_SetColumns(r->table, (LPSPropTagArray)&cols, 0)))
		return;
	memset(&res, 0, sizeof(res));
	res.rt = RES_PROPERTY;
	res.res.resProperty.relop = RELOP_EQ;
	res.res.resProperty.ulPropTag = PR_HASATTACH;
	res.res.resProperty.lpProp = &has_attach;
	if (!CALL(r, "Restrict", IMAPITable_Restrict(r->table, &res, 0)))
		return;
	if (!CALL(r, "SortTable",
		  IMAPITable_SortTable(r->table, (LPSSortOrderSet)&sort, 0)))
		return;
	if (!CALL_OUT(r, "QueryRows", &r->rows,
		      IMAPITable_QueryRows(r->table, 50, 0, &r->rows)))
		return;
	/* What the table gives is what the run made, newest first. */
	assert_int_equal(row_set(r, r->rows, "the table"),
			 expected_in_folder(r));
	for (i = 1; i < r->rows->cRows; i++)
		assert_true(strcmp(r->rows->aRow[i - 1].lpProps[0].Value.lpszA,
				   r->rows->aRow[i].lpProps[0].Value.lpszA) >
			    0);
}

/* Releases what the run holds and logs off. */
static void run_end(struct run *r)
{
	FreeProws(r->rows);
	r->rows = NULL;
	MAPIFreeBuffer(r->props);
	r->props = NULL;
	RELEASE(r->table);
	RELEASE(r->stream);
	RELEASE(r->att);
	RELEASE(r->msg);
	RELEASE(r->dest);
	RELEASE(r->folder);
	RELEASE(r->ipm);
	RELEASE(r->mdb);
	RELEASE(r->stores);
	if (r->session != NULL) {
		IMAPISession_Logoff(r->session, 0, 0, 0);
		RELEASE(r->session);
	}
}

/* The messages a folder holds, as a bit set of the run's message
 * numbers (every one with its attachment). */
static unsigned int folder_set(struct run *r, struct run *v, const char *name)
{
	SizedSPropTagArray(2, cols) = {2, {PR_SUBJECT_A, PR_HASATTACH}};
	LPMAPIFOLDER f = NULL;
	LPMAPITABLE t = NULL;
	LPSRowSet rows = NULL;
	unsigned int set, i;

	assert_int_equal(IMAPIFolder_CreateFolder(v->ipm, FOLDER_GENERIC,
						  (LPTSTR)name, NULL, NULL,
						  OPEN_IF_EXISTS, &f),
			 S_OK);
	assert_int_equal(IMAPIFolder_GetContentsTable(f, 0, &t), S_OK);
	assert_int_equal(IMAPITable_SetColumns(t, (LPSPropTagArray)&cols, 0),
			 S_OK);
	assert_int_equal(IMAPITable_QueryRows(t, 50, 0, &rows), S_OK);
	set = row_set(r, rows, name);
	for (i = 0; i < rows->cRows; i++) {
		assert_int_equal(rows->aRow[i].lpProps[1].ulPropTag,
				 PR_HASATTACH);
		assert_true(rows->aRow[i].lpProps[1].Value.b);
	}
	FreeProws(rows);
	IMAPITable_Release(t);
	IMAPIFolder_Release(f);
	return set;
}

/*
 * The store file passes SQLite's integrity_check (and its foreign key
 * check): the engine's own check, which opens the database with the
 * collation its indexes use.
 */
static void check_integrity(unsigned int n)
{
	struct engine_open_params p = {.path = store_path,
				       .flags = ENGINE_OPEN_ANY_GUID};
	struct engine_mailbox *mb = NULL;
	const char *error = NULL;

	assert_int_equal(engine_mailbox_open(&p, &mb, &error), 0);
	if (engine_mailbox_check(mb, &error) != 0)
		fail_msg("run %u: integrity check: %s", n, error);
	engine_mailbox_close(mb);
}

/* After a run: a new logon finds what the run's acknowledged calls did. */
static void verify(struct run *r)
{
	struct run v = {.n = r->n, .log = r->log};
	char name[64];

	assert_true(open_store(&v));
	snprintf(name, sizeof(name), "faults %u", r->n);
	assert_int_equal(folder_set(r, &v, name), expected_in_folder(r));
	snprintf(name, sizeof(name), "moved %u", r->n);
	assert_int_equal(folder_set(r, &v, name),
			 r->acked[0] && r->moved ? 1u : 0u);
	run_end(&v);
	check_integrity(r->n);
}

static double now_s(void)
{
	struct timespec ts;

	clock_gettime(CLOCK_MONOTONIC, &ts);
	return (double)ts.tv_sec + (double)ts.tv_nsec / 1e9;
}

/*
 * Runs the workload with store-ops call n failing with err for n = 1, 2,
 * ... until a run has no call failed; *next numbers the runs across
 * loops (each has its own folders).
 */
static void fault_loop(int err, unsigned int *next)
{
	struct trace_log log = {0};
	unsigned long n;
	unsigned int failures = 0;
	double t0 = now_s();

	storeops_set_trace(trace_fn, &log);
	for (n = 1; n <= MAX_RUNS; n++) {
		struct run r = {.n = (*next)++, .log = &log};
		long live = alloc_live();
		bool injected;

		log.injected_call[0] = '\0';
		storeops_fail_after(n, err);
		workload(&r);
		run_end(&r);
		injected = storeops_injected();
		storeops_fail_after(0, 0);
		if (injected && !r.failed)
			fail_msg("run %u: store-ops call %lu (%s) failed and "
				 "no call said so",
				 r.n, n, log.injected_call);
		assert_int_equal(alloc_live(), live);
		/* The failure is the store's, not some other one. */
		if (r.failed && r.failed_hr != storeops_hresult(err))
			fail_msg("run %u: %s failed with 0x%08x when "
				 "store-ops call %s failed with %d",
				 r.n, r.failed_what, (unsigned int)r.failed_hr,
				 log.injected_call, err);
		verify(&r);
		if (!injected)
			break;
		failures++;
	}
	storeops_set_trace(NULL, NULL);
	assert_true(n <= MAX_RUNS);
	printf("# %s: %u runs with a failed store-ops call (of %lu calls "
	       "in a whole run), each failure surfaced; %.1f s\n",
	       err == -EIO ? "EIO" : "ENOMEM", failures, n - 1, now_s() - t0);
	/* The workload makes dozens of calls: the loop went through them. */
	assert_true(failures >= 30);
}

static void test_fault_loop(void **state)
{
	unsigned int next = 0;
	struct run r = {.n = next++};
	struct trace_log log = {0};

	(void)state;
	/* A run without faults first, which also warms up what the
	 * profile layer keeps. */
	r.log = &log;
	workload(&r);
	run_end(&r);
	assert_false(r.failed);
	verify(&r);
	fault_loop(-EIO, &next);
	fault_loop(-ENOMEM, &next);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
	    cmocka_unit_test(test_registry),
	    cmocka_unit_test(test_wrappers),
	    cmocka_unit_test(test_fault_loop),
	};

	return cmocka_run_group_tests(tests, group_setup, group_teardown);
}
