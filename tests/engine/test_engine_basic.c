/*
 * test_engine_basic.c - the mailbox engine (src/engine) through its API:
 * provisioning and the store's properties, entry IDs, folders (create,
 * OPEN_IF_EXISTS, rename, copy, move, cycles, delete rules), messages as
 * edit transactions (save, KEEP_OPEN_*, conflicting saves and FORCE_SAVE,
 * computed properties), recipients, attachments with embedded messages
 * nested three deep (and copied with their message), bulk operations,
 * named properties, ACLs and the audit log of admin bypasses,
 * notifications, quotas, and refusal of foreign, damaged and newer
 * databases.
 *
 * Every test works on a fresh mailbox file in a private mkdtemp()
 * directory.
 */
#include <stdarg.h>
#include <stddef.h>
#include <setjmp.h>
#include <stdint.h>
#include <cmocka.h>

#include <errno.h>
#include <fcntl.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include <sqlite3.h>
#include <mapiutil.h>

#include "alloc.h"
#include "eid.h"
#include "engine.h"
#include "pblob.h"

static char dir[256];
static int serial;

static const struct engine_actor owner = {.principal = "alice"};
static const struct engine_actor bob = {.principal = "bob"};
static const struct engine_actor admin = {.principal = "root",
					  .flags = ENGINE_ACTOR_ADMIN_BYPASS};
static const GUID mbguid = {
    0x11223344, 0x5566, 0x7788, {1, 2, 3, 4, 5, 6, 7, 8}};

struct fx {
	char path[512];
	struct engine_mailbox *mb;
};

static int group_setup(void **state)
{
	(void)state;
	snprintf(dir, sizeof(dir), "%s/mapix-engine-XXXXXX",
		 getenv("TMPDIR") ? getenv("TMPDIR") : "/tmp");
	return mkdtemp(dir) ? 0 : -1;
}

static int group_teardown(void **state)
{
	char cmd[512];

	(void)state;
	snprintf(cmd, sizeof(cmd), "rm -rf '%s'", dir);
	return system(cmd) == 0 ? 0 : -1;
}

static void open_mb(struct fx *f, unsigned int flags, int expect)
{
	struct engine_open_params p = {.path = f->path,
				       .mailbox_guid = mbguid,
				       .owner = "alice",
				       .flags = flags};
	const char *err = NULL;
	int ret = engine_mailbox_open(&p, &f->mb, &err);

	if (ret != expect)
		fail_msg("open: %d (%s), expected %d", ret, err ? err : "",
			 expect);
}

static int setup(void **state)
{
	struct fx *f = calloc(1, sizeof(*f));

	snprintf(f->path, sizeof(f->path), "%s/mb%d.db", dir, ++serial);
	open_mb(f, ENGINE_OPEN_CREATE, 0);
	*state = f;
	return 0;
}

static int teardown(void **state)
{
	struct fx *f = *state;

	engine_mailbox_close(f->mb);
	free(f);
	return 0;
}

static engine_id_t special(struct fx *f, enum engine_special w)
{
	engine_id_t id = 0;

	assert_int_equal(engine_folder_special(f->mb, w, &id), 0);
	assert_true(id != 0);
	return id;
}

static engine_id_t new_message(struct fx *f, const struct engine_actor *a,
			       engine_id_t fid, const char *subject)
{
	struct engine_message *msg = NULL;
	SPropValue pv[2];
	engine_id_t mid = 0;

	assert_int_equal(engine_message_create(f->mb, a, fid, 0, &msg), 0);
	pv[0].ulPropTag = PR_SUBJECT_A;
	pv[0].Value.lpszA = (char *)subject;
	pv[1].ulPropTag = PR_MESSAGE_CLASS_A;
	pv[1].Value.lpszA = "IPM.Note";
	assert_int_equal(engine_message_set_props(msg, 2, pv), 0);
	assert_int_equal(engine_message_save(msg, KEEP_OPEN_READWRITE), 0);
	engine_message_ids(msg, NULL, &mid);
	engine_message_close(msg);
	assert_true(mid != 0);
	return mid;
}

/* ---------------------------------------------------------------------- */

static void test_provision(void **state)
{
	struct fx *f = *state;
	SizedSPropTagArray(4, tags) = {4,
				       {PR_IPM_SUBTREE_ENTRYID,
					PR_VALID_FOLDER_MASK, PR_MDB_PROVIDER,
					PR_IPM_WASTEBASKET_ENTRYID}};
	SPropValue *props = NULL;
	ULONG n = 0, type;
	engine_id_t fid, mid, inbox, got;
	uint8_t eid[ENGINE_FOLDER_EID_SIZE];

	assert_int_equal(engine_store_get_props(
			     f->mb, &owner, (SPropTagArray *)&tags, &n, &props),
			 0);
	assert_int_equal(n, 4);
	assert_int_equal(props[0].ulPropTag, PR_IPM_SUBTREE_ENTRYID);
	assert_int_equal(props[0].Value.bin.cb, ENGINE_FOLDER_EID_SIZE);
	assert_int_equal(engine_entryid_parse(f->mb, props[0].Value.bin.lpb,
					      props[0].Value.bin.cb, &type,
					      &fid, &mid),
			 0);
	assert_int_equal(type, MAPI_FOLDER);
	assert_int_equal(fid, special(f, ENGINE_FOLDER_IPM_SUBTREE));
	assert_int_equal(props[1].Value.l, 0xFF);
	assert_memory_equal(props[2].Value.bin.lpb,
			    "\x3C\x7A\xCC\x59\x3E\x96\xEA\x1A\x7E\x3B\xBB\x42"
			    "\xAC\x05\x37\xF6",
			    16);
	MAPIFreeBuffer(props);

	/* Receive folders: "" and "IPM" and their subclasses go to Inbox. */
	inbox = special(f, ENGINE_FOLDER_INBOX);
	assert_int_equal(
	    engine_receive_folder_get(f->mb, &owner, "IPM.Note", &got), 0);
	assert_int_equal(got, inbox);
	assert_int_equal(engine_receive_folder_get(f->mb, &owner, "X.Y", &got),
			 0);
	assert_int_equal(got, inbox);

	/* Reopen: the standard folders are found again. */
	engine_folder_entryid(f->mb, inbox, eid);
	engine_mailbox_close(f->mb);
	open_mb(f, 0, 0);
	assert_int_equal(special(f, ENGINE_FOLDER_INBOX), inbox);
	assert_int_equal(
	    engine_entryid_parse(f->mb, eid, sizeof(eid), &type, &fid, &mid),
	    0);
	assert_int_equal(fid, inbox);
	assert_int_equal(engine_entryid_parse(f->mb, eid, sizeof(eid) - 1,
					      &type, &fid, &mid),
			 -EINVAL);
}

static void test_refuse_bad_files(void **state)
{
	struct fx *f = *state;
	struct fx g = {0};
	sqlite3 *db;
	int fd;
	GUID other = mbguid;
	struct engine_open_params p = {.mailbox_guid = other};
	const char *err = NULL;

	/* Another mailbox's GUID. */
	other.Data1++;
	p.mailbox_guid = other;
	p.path = f->path;
	assert_int_equal(engine_mailbox_open(&p, &g.mb, &err), -EBADF);
	assert_non_null(err);

	/* Garbage bytes. */
	snprintf(g.path, sizeof(g.path), "%s/garbage%d", dir, serial);
	fd = open(g.path, O_WRONLY | O_CREAT | O_TRUNC, 0600);
	assert_true(fd >= 0);
	for (int i = 0; i < 100; i++)
		assert_int_equal(write(fd, "not a database at all.. ", 24), 24);
	close(fd);
	open_mb(&g, 0, -EBADMSG);
	open_mb(&g, ENGINE_OPEN_CREATE, -EBADMSG);

	/* A database of another application. */
	snprintf(g.path, sizeof(g.path), "%s/foreign%d.db", dir, serial);
	assert_int_equal(sqlite3_open(g.path, &db), SQLITE_OK);
	assert_int_equal(sqlite3_exec(db, "CREATE TABLE t(x)", 0, 0, 0), 0);
	sqlite3_close(db);
	open_mb(&g, ENGINE_OPEN_CREATE, -EBADMSG);

	/* A newer schema. */
	engine_mailbox_close(f->mb);
	f->mb = NULL;
	assert_int_equal(sqlite3_open(f->path, &db), SQLITE_OK);
	assert_int_equal(sqlite3_exec(db, "PRAGMA user_version=99", 0, 0, 0),
			 0);
	sqlite3_close(db);
	open_mb(f, 0, -EPROTO);
	assert_int_equal(engine_hresult(-EPROTO), MAPI_E_VERSION);
	assert_int_equal(engine_hresult(-EBADMSG), MAPI_E_CORRUPT_DATA);

	/* Missing file without CREATE. */
	snprintf(g.path, sizeof(g.path), "%s/missing%d.db", dir, serial);
	open_mb(&g, 0, -ENOENT);
}

/* Damaged pages: every call fails cleanly or works, none crashes. */
static void test_damaged_pages(void **state)
{
	struct fx *f = *state;
	engine_id_t inbox = special(f, ENGINE_FOLDER_INBOX), mids[40];
	struct engine_new_message nm[40];
	SPropValue pv[40];
	char copy[520], cmd[2000];
	uint64_t rng = 0x12345;
	int refused = 0, damaged = 0;

	for (int i = 0; i < 40; i++) {
		pv[i].ulPropTag = PR_SUBJECT_A;
		pv[i].Value.lpszA = "some subject text to fill pages";
		nm[i].count = 1;
		nm[i].props = &pv[i];
		nm[i].recipients = NULL;
		nm[i].flags = 0;
	}
	for (int k = 0; k < 5; k++)
		assert_int_equal(engine_messages_create(f->mb, &owner, inbox,
							40, nm, 0, mids),
				 0);
	engine_mailbox_close(f->mb); /* checkpoints the WAL into the file */
	f->mb = NULL;
	assert_true(strlen(f->path) < 500);
	memcpy(copy, f->path, strlen(f->path));
	memcpy(copy + strlen(f->path), ".damaged", 9);
	for (int round = 0; round < 30; round++) {
		struct fx g = {0};
		FILE *fp;
		long size;

		snprintf(cmd, sizeof(cmd), "cp '%s' '%s' && rm -f '%s-wal'",
			 f->path, copy, copy);
		assert_int_equal(system(cmd), 0);
		fp = fopen(copy, "r+b");
		assert_non_null(fp);
		fseek(fp, 0, SEEK_END);
		size = ftell(fp);
		for (int b = 0; b < 16; b++) {
			rng = rng * 6364136223846793005ULL +
			      1442695040888963407ULL;
			/* Past the 100-byte header: the file stays a database.
			 */
			fseek(fp,
			      100 +
				  (long)((rng >> 33) % (uint64_t)(size - 100)),
			      SEEK_SET);
			fputc((int)(rng >> 17) & 0xff, fp);
		}
		fclose(fp);
		memcpy(g.path, copy, sizeof(g.path) - 1);
		{
			struct engine_open_params p = {.path = g.path,
						       .mailbox_guid = mbguid};
			const char *err = NULL;
			struct engine_table *t = NULL;
			SRowSet *rows = NULL;
			SPropValue *props = NULL;
			ULONG n;

			if (engine_mailbox_open(&p, &g.mb, &err) != 0) {
				/* The message outlives the refused handle. */
				assert_non_null(err);
				assert_true(strncmp(err, "mailbox", 7) == 0);
				refused++;
				continue;
			}
			if (engine_folder_get_props(g.mb, &owner, inbox, NULL,
						    &n, &props) >= 0)
				MAPIFreeBuffer(props);
			if (engine_table_open(g.mb, &owner, inbox,
					      ENGINE_TABLE_CONTENTS, 0,
					      &t) == 0) {
				if (engine_table_query_rows(t, 1000, 0,
							    &rows) == 0)
					FreeProws(rows);
				engine_table_close(t);
			}
			for (int i = 0; i < 40; i += 7) {
				struct engine_message *msg = NULL;

				if (engine_message_open(g.mb, &owner, 0,
							mids[i], 0, &msg) == 0)
					engine_message_close(msg);
			}
			if (engine_mailbox_check(g.mb, &err) != 0)
				damaged++;
			engine_mailbox_close(g.mb);
		}
	}
	print_message("# damaged copies: %d refused at open, %d found by the "
		      "check\n",
		      refused, damaged);
	/* The damage must have been noticed somewhere, or it hit nothing. */
	assert_true(refused + damaged > 0);
	open_mb(f, 0, 0);
}

static void test_folders(void **state)
{
	struct fx *f = *state;
	engine_id_t ipm = special(f, ENGINE_FOLDER_IPM_SUBTREE), a, a2, b, c;
	SPropValue *props = NULL, pv;
	ULONG n;
	SizedSPropTagArray(4,
			   tags) = {4,
				    {PR_DISPLAY_NAME_A, PR_FOLDER_CHILD_COUNT,
				     PR_SUBFOLDERS, PR_PARENT_ENTRYID}};

	assert_int_equal(engine_folder_create(f->mb, &owner, ipm, "Projects",
					      FOLDER_GENERIC, 0, &a),
			 0);
	assert_int_equal(engine_folder_create(f->mb, &owner, ipm, "projects",
					      FOLDER_GENERIC, 0, &a2),
			 -EEXIST);
	assert_int_equal(engine_hresult(-EEXIST), MAPI_E_COLLISION);
	assert_int_equal(engine_folder_create(f->mb, &owner, ipm, "PROJECTS",
					      FOLDER_GENERIC, OPEN_IF_EXISTS,
					      &a2),
			 0);
	assert_int_equal(a, a2);
	assert_int_equal(
	    engine_folder_create(f->mb, &owner, a, "B", FOLDER_GENERIC, 0, &b),
	    0);
	assert_int_equal(
	    engine_folder_create(f->mb, &owner, b, "C", FOLDER_GENERIC, 0, &c),
	    0);
	assert_int_equal(engine_folder_get_props(f->mb, &owner, a,
						 (SPropTagArray *)&tags, &n,
						 &props),
			 0);
	assert_string_equal(props[0].Value.lpszA, "Projects");
	assert_int_equal(props[1].Value.l, 1);
	assert_true(props[2].Value.b);
	MAPIFreeBuffer(props);

	/* Rename. */
	pv.ulPropTag = PR_DISPLAY_NAME_A;
	pv.Value.lpszA = "Work";
	assert_int_equal(engine_folder_set_props(f->mb, &owner, a, 1, &pv), 0);
	assert_int_equal(engine_folder_create(f->mb, &owner, ipm, "work",
					      FOLDER_GENERIC, OPEN_IF_EXISTS,
					      &a2),
			 0);
	assert_int_equal(a2, a);

	/* A folder cannot move below itself. */
	assert_int_equal(
	    engine_folder_copy(f->mb, &owner, a, c, NULL, FOLDER_MOVE, NULL),
	    -ELOOP);
	assert_int_equal(engine_hresult(-ELOOP), MAPI_E_FOLDER_CYCLE);
	/* Copy with subfolders, then move. */
	new_message(f, &owner, b, "in b");
	assert_int_equal(engine_folder_copy(f->mb, &owner, a, ipm, "Copy",
					    COPY_SUBFOLDERS, &a2),
			 0);
	assert_true(a2 != a);
	assert_int_equal(engine_folder_create(f->mb, &owner, a2, "B",
					      FOLDER_GENERIC, OPEN_IF_EXISTS,
					      &b),
			 0);
	{
		SizedSPropTagArray(1, cc) = {1, {PR_CONTENT_COUNT}};

		assert_int_equal(engine_folder_get_props(f->mb, &owner, b,
							 (SPropTagArray *)&cc,
							 &n, &props),
				 0);
		assert_int_equal(props[0].Value.l, 1);
		MAPIFreeBuffer(props);
	}
	assert_int_equal(
	    engine_folder_copy(f->mb, &owner, c, ipm, NULL, FOLDER_MOVE, NULL),
	    0);
	/* Delete rules. */
	assert_int_equal(engine_folder_delete(f->mb, &owner, a2, 0),
			 -ENOTEMPTY);
	assert_int_equal(engine_folder_delete(f->mb, &owner, b, 0), -ENOTEMPTY);
	assert_int_equal(engine_folder_create(f->mb, &owner, b, "C",
					      FOLDER_GENERIC, OPEN_IF_EXISTS,
					      &c),
			 0);
	assert_int_equal(engine_folder_delete(f->mb, &owner, c, 0), 0);
	assert_int_equal(engine_folder_delete(f->mb, &owner, b, 0), -EBUSY);
	assert_int_equal(
	    engine_folder_delete(f->mb, &owner, a2, DEL_FOLDERS | DEL_MESSAGES),
	    0);
	assert_int_equal(
	    engine_folder_get_props(f->mb, &owner, b, NULL, &n, &props),
	    -ENOENT);
	assert_int_equal(engine_folder_delete(f->mb, &owner, ipm, DEL_FOLDERS),
			 -EACCES);
}

static void test_message_transaction(void **state)
{
	struct fx *f = *state;
	engine_id_t inbox = special(f, ENGINE_FOLDER_INBOX), mid, fid;
	struct engine_message *m1 = NULL, *m2 = NULL;
	SPropValue pv, *props = NULL;
	ULONG n;
	SizedSPropTagArray(6, tags) = {6,
				       {PR_SUBJECT_W, PR_SUBJECT_A,
					PR_MESSAGE_FLAGS, PR_ENTRYID,
					PR_CHANGE_KEY, PR_BODY_A}};
	uint8_t key1[22];

	mid = new_message(f, &owner, inbox, "first");
	assert_int_equal(engine_message_open(f->mb, &owner, inbox, mid,
					     ENGINE_MSG_WRITE, &m1),
			 0);
	assert_int_equal(
	    engine_message_open(f->mb, &owner, 0, mid, ENGINE_MSG_WRITE, &m2),
	    0);
	engine_message_ids(m1, &fid, NULL);
	assert_int_equal(fid, inbox);
	assert_int_equal(
	    engine_message_get_props(m1, (SPropTagArray *)&tags, &n, &props),
	    1);
	assert_int_equal(n, 6);
	assert_true(props[0].Value.lpszW[0] == 'f');
	assert_string_equal(props[1].Value.lpszA, "first");
	assert_int_equal(props[2].Value.l & (MSGFLAG_UNSENT | MSGFLAG_READ),
			 MSGFLAG_UNSENT | MSGFLAG_READ);
	assert_int_equal(props[3].Value.bin.cb, ENGINE_MESSAGE_EID_SIZE);
	assert_int_equal(props[4].Value.bin.cb, 22);
	memcpy(key1, props[4].Value.bin.lpb, 22);
	assert_int_equal(PROP_TYPE(props[5].ulPropTag), PT_ERROR);
	MAPIFreeBuffer(props);

	/* Unsaved changes are invisible to others. */
	pv.ulPropTag = PR_BODY_A;
	pv.Value.lpszA = "hello";
	assert_int_equal(engine_message_set_props(m1, 1, &pv), 0);
	assert_int_equal(
	    engine_message_get_props(m2, (SPropTagArray *)&tags, &n, &props),
	    1);
	assert_int_equal(PROP_TYPE(props[5].ulPropTag), PT_ERROR);
	MAPIFreeBuffer(props);
	/* Computed properties are refused. */
	pv.ulPropTag = PR_ENTRYID;
	pv.Value.bin.cb = 0;
	pv.Value.bin.lpb = NULL;
	assert_int_equal(engine_message_set_props(m1, 1, &pv), -EACCES);

	/* First save wins; the second conflicts, FORCE_SAVE overrides. */
	assert_int_equal(engine_message_save(m1, KEEP_OPEN_READONLY), 0);
	assert_int_equal(engine_message_set_props(m1, 1, &pv), -EACCES);
	pv.ulPropTag = PR_SUBJECT_A;
	pv.Value.lpszA = "second";
	assert_int_equal(engine_message_set_props(m2, 1, &pv), 0);
	assert_int_equal(engine_message_save(m2, KEEP_OPEN_READWRITE), -ESTALE);
	assert_int_equal(engine_hresult(-ESTALE), MAPI_E_OBJECT_CHANGED);
	assert_int_equal(engine_message_save(m2, FORCE_SAVE), 0);
	assert_int_equal(engine_message_set_props(m2, 1, &pv), -EACCES);
	engine_message_close(m1);
	engine_message_close(m2);

	assert_int_equal(engine_message_open(f->mb, &owner, inbox, mid, 0, &m1),
			 0);
	assert_int_equal(
	    engine_message_get_props(m1, (SPropTagArray *)&tags, &n, &props),
	    1);
	assert_string_equal(props[1].Value.lpszA, "second");
	assert_memory_not_equal(props[4].Value.bin.lpb, key1, 22);
	MAPIFreeBuffer(props);
	assert_int_equal(engine_message_set_props(m1, 1, &pv), -EACCES);
	/* SetReadFlag on an open message is written at once. */
	assert_int_equal(engine_message_set_read_flag(m1, CLEAR_READ_FLAG), 0);
	engine_message_close(m1);
	{
		SizedSPropTagArray(2, cu) = {
		    2, {PR_CONTENT_UNREAD, PR_CONTENT_COUNT}};

		assert_int_equal(engine_folder_get_props(f->mb, &owner, inbox,
							 (SPropTagArray *)&cu,
							 &n, &props),
				 0);
		assert_int_equal(props[0].Value.l, 1);
		assert_int_equal(props[1].Value.l, 1);
		MAPIFreeBuffer(props);
	}
	assert_int_equal(
	    engine_message_open(f->mb, &owner, inbox, mid + 1000, 0, &m1),
	    -ENOENT);
}

/* Index-column properties are kept once, in their columns, unless the
 * column cannot hold them exactly (an unpaired surrogate). */
static void test_column_values(void **state)
{
	struct fx *f = *state;
	engine_id_t inbox = special(f, ENGINE_FOLDER_INBOX), mid;
	static const WCHAR broken[] = u"ab\xd800"
				      u"c",
			   fine[] = u"\xe9t\xe9";
	struct engine_message *msg = NULL;
	SPropValue pv[4], *props;
	ULONG n;
	SizedSPropTagArray(4, tags) = {4,
				       {PR_SUBJECT_W, PR_SENDER_NAME_W,
					PR_MESSAGE_DELIVERY_TIME,
					PROP_TAG(PT_LONG, 0x0017)}};

	pv[0].ulPropTag = PR_SUBJECT_W;
	pv[0].Value.lpszW = (LPWSTR)broken;
	pv[1].ulPropTag = PR_SENDER_NAME_W;
	pv[1].Value.lpszW = (LPWSTR)fine;
	pv[2].ulPropTag = PR_MESSAGE_DELIVERY_TIME;
	pv[2].Value.ft.dwLowDateTime = 7;
	pv[2].Value.ft.dwHighDateTime = 0x90000000u;
	pv[3].ulPropTag = PROP_TAG(PT_LONG, 0x0017);
	pv[3].Value.l = 2;
	assert_int_equal(engine_message_create(f->mb, &owner, inbox, 0, &msg),
			 0);
	assert_int_equal(engine_message_set_props(msg, 4, pv), 0);
	assert_int_equal(engine_message_save(msg, 0), 0);
	engine_message_ids(msg, NULL, &mid);
	engine_message_close(msg);
	assert_int_equal(
	    engine_message_open(f->mb, &owner, inbox, mid, 0, &msg), 0);
	assert_int_equal(
	    engine_message_get_props(msg, (SPropTagArray *)&tags, &n, &props),
	    0);
	assert_memory_equal(props[0].Value.lpszW, broken, sizeof(broken));
	assert_memory_equal(props[1].Value.lpszW, fine, sizeof(fine));
	assert_int_equal(props[2].Value.ft.dwHighDateTime, 0x90000000u);
	assert_int_equal(props[2].Value.ft.dwLowDateTime, 7);
	assert_int_equal(props[3].Value.l, 2);
	MAPIFreeBuffer(props);
	engine_message_close(msg);
}

/* The embedded message three levels below attachment 0 of msg is
 * "level3" (and, change not NULL, read-only). */
static void check_level3(struct engine_message *msg, const SPropValue *change)
{
	struct engine_message *e1 = NULL, *e2 = NULL, *e3 = NULL;
	struct engine_attach *a = NULL, *a2 = NULL, *a3 = NULL;
	SPropValue *props;
	ULONG n;

	assert_int_equal(engine_attach_open(msg, 0, 0, &a), 0);
	assert_int_equal(engine_attach_open_embedded(a, 0, &e1), 0);
	assert_int_equal(engine_attach_open(e1, 0, 0, &a2), 0);
	assert_int_equal(engine_attach_open_embedded(a2, 0, &e2), 0);
	assert_int_equal(engine_attach_open(e2, 0, 0, &a3), 0);
	assert_int_equal(engine_attach_open_embedded(a3, 0, &e3), 0);
	{
		SizedSPropTagArray(1, st) = {1, {PR_SUBJECT_A}};

		assert_int_equal(engine_message_get_props(
				     e3, (SPropTagArray *)&st, &n, &props),
				 0);
		assert_string_equal(props[0].Value.lpszA, "level3");
		MAPIFreeBuffer(props);
	}
	if (change != NULL)
		assert_int_equal(engine_message_set_props(e3, 1, change),
				 -EACCES);
	engine_message_close(e3);
	engine_attach_close(a3);
	engine_message_close(e2);
	engine_attach_close(a2);
	engine_message_close(e1);
	engine_attach_close(a);
}

static void test_recipients_attachments(void **state)
{
	struct fx *f = *state;
	engine_id_t drafts = special(f, ENGINE_FOLDER_DRAFTS), mid, copy;
	struct engine_message *msg = NULL, *e1 = NULL, *e2 = NULL, *e3 = NULL;
	struct engine_attach *a = NULL, *a2 = NULL, *a3 = NULL;
	struct engine_table *t = NULL;
	SRowSet *rows = NULL;
	SPropValue rp[2], pv, *props;
	ADRLIST *al = malloc(CbNewADRLIST(2));
	ULONG num, n;
	SizedSPropTagArray(2, flags) = {2, {PR_HASATTACH, PR_MESSAGE_FLAGS}};

	assert_int_equal(engine_message_create(f->mb, &owner, drafts, 0, &msg),
			 0);
	rp[0].ulPropTag = PR_DISPLAY_NAME_A;
	rp[0].Value.lpszA = "Bob";
	rp[1].ulPropTag = PR_RECIPIENT_TYPE;
	rp[1].Value.l = MAPI_TO;
	al->cEntries = 2;
	al->aEntries[0].cValues = 2;
	al->aEntries[0].rgPropVals = rp;
	al->aEntries[1].cValues = 2;
	al->aEntries[1].rgPropVals = rp;
	assert_int_equal(engine_message_modify_recipients(msg, 0, al), 0);
	/* Remove row 0. */
	pv.ulPropTag = PR_ROWID;
	pv.Value.l = 0;
	al->cEntries = 1;
	al->aEntries[0].cValues = 1;
	al->aEntries[0].rgPropVals = &pv;
	assert_int_equal(
	    engine_message_modify_recipients(msg, MODRECIP_REMOVE, al), 0);
	free(al);

	/* Attachment -> embedded -> attachment -> embedded -> attachment ->
	 * embedded: three levels. */
	assert_int_equal(engine_attach_create(msg, &a, &num), 0);
	assert_int_equal(engine_attach_open_embedded(a, MAPI_CREATE, &e1), 0);
	pv.ulPropTag = PR_SUBJECT_A;
	pv.Value.lpszA = "level1";
	assert_int_equal(engine_message_set_props(e1, 1, &pv), 0);
	assert_int_equal(engine_attach_create(e1, &a2, NULL), 0);
	assert_int_equal(engine_attach_open_embedded(a2, MAPI_CREATE, &e2), 0);
	assert_int_equal(engine_attach_create(e2, &a3, NULL), 0);
	assert_int_equal(engine_attach_open_embedded(a3, MAPI_CREATE, &e3), 0);
	pv.Value.lpszA = "level3";
	assert_int_equal(engine_message_set_props(e3, 1, &pv), 0);
	assert_int_equal(engine_message_save(e3, 0), 0);
	engine_message_close(e3);
	assert_int_equal(engine_attach_save(a3), 0);
	engine_attach_close(a3);
	assert_int_equal(engine_message_save(e2, 0), 0);
	engine_message_close(e2);
	assert_int_equal(engine_attach_save(a2), 0);
	engine_attach_close(a2);
	assert_int_equal(engine_message_save(e1, 0), 0);
	engine_message_close(e1);
	assert_int_equal(engine_attach_save(a), 0);
	engine_attach_close(a);
	/* A plain attachment with data. */
	assert_int_equal(engine_attach_create(msg, &a, &num), 0);
	pv.ulPropTag = PR_ATTACH_DATA_BIN;
	pv.Value.bin.cb = 5;
	pv.Value.bin.lpb = (BYTE *)"abcde";
	assert_int_equal(engine_attach_set_props(a, 1, &pv), 0);
	assert_int_equal(engine_attach_save(a), 0);
	engine_attach_close(a);
	assert_int_equal(engine_message_save(msg, 0), 0);
	engine_message_ids(msg, NULL, &mid);
	engine_message_close(msg);

	/* Read everything back. */
	assert_int_equal(
	    engine_message_open(f->mb, &owner, drafts, mid, 0, &msg), 0);
	assert_int_equal(
	    engine_message_get_props(msg, (SPropTagArray *)&flags, &n, &props),
	    0);
	assert_true(props[0].Value.b);
	assert_true(props[1].Value.l & MSGFLAG_HASATTACH);
	MAPIFreeBuffer(props);
	assert_int_equal(
	    engine_table_open_message(msg, ENGINE_TABLE_RECIPIENTS, &t), 0);
	assert_int_equal(engine_table_query_rows(t, 10, 0, &rows), 0);
	assert_int_equal(rows->cRows, 1);
	assert_int_equal(rows->aRow[0].lpProps[0].ulPropTag, PR_ROWID);
	assert_int_equal(rows->aRow[0].lpProps[0].Value.l, 1);
	FreeProws(rows);
	engine_table_close(t);
	assert_int_equal(
	    engine_table_open_message(msg, ENGINE_TABLE_ATTACHMENTS, &t), 0);
	assert_int_equal(engine_table_row_count(t, &n), 0);
	assert_int_equal(n, 2);
	engine_table_close(t);
	/* Read-only: cannot change. */
	check_level3(msg, &pv);
	engine_message_close(msg);

	/* A copy (CopyMessages) holds the embedded messages, to any depth. */
	assert_int_equal(engine_messages_copy(f->mb, &owner, drafts, 1, &mid,
					      special(f, ENGINE_FOLDER_INBOX),
					      0, &copy),
			 0);
	assert_int_equal(engine_message_open(f->mb, &owner, 0, copy, 0, &msg),
			 0);
	check_level3(msg, NULL);
	engine_message_close(msg);

	/* Deleting the message removes everything below it. */
	assert_int_equal(engine_messages_delete(f->mb, &owner, drafts, 1, &mid),
			 0);
	assert_int_equal(engine_mailbox_check(f->mb, NULL), 0);
}

static void test_streams(void **state)
{
	struct fx *f = *state;
	engine_id_t inbox = special(f, ENGINE_FOLDER_INBOX);
	struct engine_message *msg = NULL;
	struct engine_stream *s = NULL;
	char buf[100000], out[4096];
	size_t done, total = 0;

	for (size_t i = 0; i < sizeof(buf); i++)
		buf[i] = (char)('a' + i % 26);
	assert_int_equal(engine_message_create(f->mb, &owner, inbox, 0, &msg),
			 0);
	assert_int_equal(
	    engine_stream_open_message(msg, PR_BODY_W, ENGINE_STREAM_WRITE, &s),
	    0);
	for (size_t i = 0; i < sizeof(buf); i += 1000)
		assert_int_equal(engine_stream_write(s, buf + i, 1000), 0);
	assert_int_equal(engine_stream_commit(s), 0);
	engine_stream_close(s);
	assert_int_equal(engine_message_save(msg, KEEP_OPEN_READONLY), 0);
	assert_int_equal(engine_stream_open_message(msg, PR_BODY_W, 0, &s), 0);
	assert_int_equal(engine_stream_size(s), sizeof(buf));
	do {
		assert_int_equal(engine_stream_read(s, out, sizeof(out), &done),
				 0);
		assert_memory_equal(out, buf + total, done);
		total += done;
	} while (done);
	assert_int_equal(total, sizeof(buf));
	engine_stream_close(s);
	assert_int_equal(
	    engine_stream_open_message(msg, PR_BODY_W, ENGINE_STREAM_WRITE, &s),
	    -EACCES);
	engine_message_close(msg);
}

static int count_rows(const char *path, const char *table)
{
	sqlite3 *db;
	sqlite3_stmt *st;
	char sql[100];
	int n = -1;

	snprintf(sql, sizeof(sql), "SELECT count(*) FROM %s", table);
	assert_int_equal(sqlite3_open(path, &db), SQLITE_OK);
	assert_int_equal(sqlite3_prepare_v2(db, sql, -1, &st, NULL), SQLITE_OK);
	if (sqlite3_step(st) == SQLITE_ROW)
		n = sqlite3_column_int(st, 0);
	sqlite3_finalize(st);
	sqlite3_close(db);
	return n;
}

/* Reads a whole stream in odd-sized pieces and compares it. */
static void check_stream(struct engine_stream *s, const uint8_t *want,
			 size_t len)
{
	static uint8_t buf[70001];
	size_t done, total = 0;

	assert_int_equal(engine_stream_size(s), len);
	do {
		assert_int_equal(engine_stream_read(s, buf, sizeof(buf), &done),
				 0);
		assert_true(total + done <= len);
		assert_memory_equal(buf, want + total, done);
		total += done;
	} while (done);
	assert_int_equal(total, len);
	/* And from the middle. */
	assert_int_equal(engine_stream_seek(s, len / 3), 0);
	assert_int_equal(engine_stream_read(s, buf, 1000, &done), 0);
	assert_memory_equal(buf, want + len / 3, done);
}

/* Large values: written by streams chunk by chunk, stored apart, read
 * incrementally, kept across saves, copied with copies, deleted with
 * their messages, dropped when unsaved. */
static void test_large_values(void **state)
{
	struct fx *f = *state;
	engine_id_t inbox = special(f, ENGINE_FOLDER_INBOX),
		    sent = special(f, ENGINE_FOLDER_SENT), mid, copy;
	size_t big = 1300000;
	uint8_t *data = malloc(big);
	struct engine_message *msg = NULL;
	struct engine_attach *att = NULL;
	struct engine_stream *s = NULL;
	SPropValue pv, *props;
	ULONG n, num;
	SizedSPropTagArray(2, tags) = {2, {PR_BODY_W, PR_SUBJECT_A}};
	SizedSPropTagArray(1, sz) = {1, {PR_MESSAGE_SIZE}};

	for (size_t i = 0; i < big; i++)
		data[i] = (uint8_t)(i * 7 + i / 1000);
	assert_int_equal(engine_message_create(f->mb, &owner, inbox, 0, &msg),
			 0);
	pv.ulPropTag = PR_SUBJECT_A;
	pv.Value.lpszA = "big";
	assert_int_equal(engine_message_set_props(msg, 1, &pv), 0);
	assert_int_equal(
	    engine_stream_open_message(msg, PR_BODY_W, ENGINE_STREAM_WRITE, &s),
	    0);
	for (size_t off = 0; off < big; off += 10000)
		assert_int_equal(
		    engine_stream_write(s, data + off,
					big - off < 10000 ? big - off : 10000),
		    0);
	/* Spilled chunks cannot be rewritten. */
	assert_int_equal(engine_stream_seek(s, 0), 0);
	assert_int_equal(engine_stream_write(s, data, 1), -ENOTSUP);
	assert_int_equal(engine_stream_seek(s, big), 0);
	assert_int_equal(engine_stream_commit(s), 0);
	engine_stream_close(s);
	/* An attachment with 100 KB of data set as a property. */
	assert_int_equal(engine_attach_create(msg, &att, &num), 0);
	pv.ulPropTag = PR_ATTACH_DATA_BIN;
	pv.Value.bin.cb = 100000;
	pv.Value.bin.lpb = data + 5;
	assert_int_equal(engine_attach_set_props(att, 1, &pv), 0);
	assert_int_equal(engine_attach_save(att), 0);
	engine_attach_close(att);
	assert_int_equal(engine_message_save(msg, 0), 0);
	engine_message_ids(msg, NULL, &mid);
	engine_message_close(msg);
	assert_int_equal(count_rows(f->path, "lobs"), 2);

	/* Reopened: GetProps reports the body as too big, streams read it. */
	assert_int_equal(engine_message_open(f->mb, &owner, inbox, mid,
					     ENGINE_MSG_WRITE, &msg),
			 0);
	assert_int_equal(
	    engine_message_get_props(msg, (SPropTagArray *)&tags, &n, &props),
	    1);
	assert_int_equal(props[0].ulPropTag, PROP_TAG(PT_ERROR, 0x1000));
	assert_int_equal(props[0].Value.err, MAPI_E_NOT_ENOUGH_MEMORY);
	assert_string_equal(props[1].Value.lpszA, "big");
	MAPIFreeBuffer(props);
	assert_int_equal(
	    engine_message_get_props(msg, (SPropTagArray *)&sz, &n, &props), 0);
	assert_true((size_t)props[0].Value.l >= big + 100000);
	MAPIFreeBuffer(props);
	assert_int_equal(engine_stream_open_message(msg, PR_BODY_W, 0, &s), 0);
	check_stream(s, data, big);
	engine_stream_close(s);
	assert_int_equal(engine_attach_open(msg, num, 0, &att), 0);
	assert_int_equal(
	    engine_stream_open_attach(att, PR_ATTACH_DATA_BIN, 0, &s), 0);
	check_stream(s, data + 5, 100000);
	engine_stream_close(s);
	engine_attach_close(att);
	/* Changing another property keeps the large values. */
	pv.ulPropTag = PR_SUBJECT_A;
	pv.Value.lpszA = "big, renamed";
	assert_int_equal(engine_message_set_props(msg, 1, &pv), 0);
	assert_int_equal(engine_message_save(msg, KEEP_OPEN_READWRITE), 0);
	assert_int_equal(count_rows(f->path, "lobs"), 2);
	assert_int_equal(engine_stream_open_message(msg, PR_BODY_W, 0, &s), 0);
	check_stream(s, data, big);
	engine_stream_close(s);
	/* A stream written but not saved leaves nothing behind. */
	assert_int_equal(
	    engine_stream_open_message(msg, PR_BODY_W, ENGINE_STREAM_WRITE, &s),
	    0);
	assert_int_equal(engine_stream_write(s, data, 600000), 0);
	assert_int_equal(engine_stream_commit(s), 0);
	engine_stream_close(s);
	assert_int_equal(count_rows(f->path, "lobs"), 3);
	engine_message_close(msg);
	assert_int_equal(count_rows(f->path, "lobs"), 2);

	/* A copy has its own large values. */
	assert_int_equal(
	    engine_messages_copy(f->mb, &owner, inbox, 1, &mid, sent, 0, &copy),
	    0);
	assert_int_equal(count_rows(f->path, "lobs"), 4);
	assert_int_equal(engine_messages_delete(f->mb, &owner, inbox, 1, &mid),
			 0);
	assert_int_equal(count_rows(f->path, "lobs"), 2);
	assert_int_equal(
	    engine_message_open(f->mb, &owner, sent, copy, 0, &msg), 0);
	assert_int_equal(engine_stream_open_message(msg, PR_BODY_W, 0, &s), 0);
	check_stream(s, data, big);
	engine_stream_close(s);
	engine_message_close(msg);
	/* A small value set over a large one replaces it. */
	assert_int_equal(engine_message_open(f->mb, &owner, sent, copy,
					     ENGINE_MSG_WRITE, &msg),
			 0);
	pv.ulPropTag = PR_BODY_A;
	pv.Value.lpszA = "short now";
	assert_int_equal(engine_message_set_props(msg, 1, &pv), 0);
	assert_int_equal(engine_message_save(msg, 0), 0);
	engine_message_close(msg);
	assert_int_equal(count_rows(f->path, "lobs"), 1);
	assert_int_equal(count_rows(f->path, "lob_chunks"), 1);
	assert_int_equal(engine_mailbox_check(f->mb, NULL), 0);
	free(data);
}

static void test_bulk(void **state)
{
	struct fx *f = *state;
	engine_id_t inbox = special(f, ENGINE_FOLDER_INBOX),
		    sent = special(f, ENGINE_FOLDER_SENT);
	struct engine_new_message nm[50];
	SPropValue pv[50];
	engine_id_t mids[50], copies[50];
	SPropValue *props;
	ULONG n;
	SizedSPropTagArray(2, cu) = {2, {PR_CONTENT_UNREAD, PR_CONTENT_COUNT}};

	for (int i = 0; i < 50; i++) {
		pv[i].ulPropTag = PR_SUBJECT_A;
		pv[i].Value.lpszA = "bulk";
		nm[i].count = 1;
		nm[i].props = &pv[i];
		nm[i].recipients = NULL;
		nm[i].flags = 0;
	}
	assert_int_equal(engine_messages_create(f->mb, &owner, inbox, 50, nm,
						ENGINE_CREATE_DELIVERY, mids),
			 0);
	assert_int_equal(engine_folder_get_props(f->mb, &owner, inbox,
						 (SPropTagArray *)&cu, &n,
						 &props),
			 0);
	assert_int_equal(props[0].Value.l, 50);
	assert_int_equal(props[1].Value.l, 50);
	MAPIFreeBuffer(props);
	assert_int_equal(
	    engine_messages_set_read_flag(f->mb, &owner, inbox, 20, mids, 0),
	    0);
	assert_int_equal(engine_folder_get_props(f->mb, &owner, inbox,
						 (SPropTagArray *)&cu, &n,
						 &props),
			 0);
	assert_int_equal(props[0].Value.l, 30);
	MAPIFreeBuffer(props);
	assert_int_equal(
	    engine_messages_set_read_flag(f->mb, &owner, inbox, 0, NULL, 0), 0);
	assert_int_equal(engine_messages_copy(f->mb, &owner, inbox, 10, mids,
					      sent, MESSAGE_MOVE, copies),
			 0);
	assert_int_equal(copies[0], mids[0]);
	assert_int_equal(engine_messages_copy(f->mb, &owner, inbox, 10,
					      mids + 10, sent, 0, copies),
			 0);
	assert_true(copies[0] != mids[10]);
	assert_int_equal(
	    engine_messages_delete(f->mb, &owner, inbox, 20, mids + 10), 0);
	assert_int_equal(engine_folder_get_props(f->mb, &owner, inbox,
						 (SPropTagArray *)&cu, &n,
						 &props),
			 0);
	/* 50 - 10 moved - 20 deleted. */
	assert_int_equal(props[0].Value.l, 0);
	assert_int_equal(props[1].Value.l, 20);
	MAPIFreeBuffer(props);
	/* A failing batch leaves nothing behind: a bad message in it. */
	nm[7].count = 1;
	pv[7].ulPropTag = PROP_TAG(PT_OBJECT, 0x1234);
	assert_int_equal(
	    engine_messages_create(f->mb, &owner, inbox, 50, nm, 0, NULL),
	    -EINVAL);
}

static void test_named(void **state)
{
	struct fx *f = *state;
	GUID ps = {0x00062008, 0, 0, {0xC0, 0, 0, 0, 0, 0, 0, 0x46}};
	MAPINAMEID n1 = {.lpguid = &ps, .ulKind = MNID_ID, .Kind.lID = 0x8503};
	MAPINAMEID n2 = {.lpguid = &ps,
			 .ulKind = MNID_STRING,
			 .Kind.lpwstrName = (LPWSTR)u"Keywords"};
	MAPINAMEID *names[2] = {&n1, &n2}, **back = NULL;
	ULONG ids[2], ids2[2];

	assert_int_equal(engine_names_to_ids(f->mb, &owner, 2, names, 0, ids),
			 1);
	assert_int_equal(ids[0], 0);
	assert_int_equal(
	    engine_names_to_ids(f->mb, &owner, 2, names, MAPI_CREATE, ids), 0);
	assert_int_equal(ids[0], 0x8000);
	assert_int_equal(ids[1], 0x8001);
	assert_int_equal(engine_names_to_ids(f->mb, &owner, 2, names, 0, ids2),
			 0);
	assert_memory_equal(ids, ids2, sizeof(ids));
	assert_int_equal(engine_ids_to_names(f->mb, 2, ids, &back), 0);
	assert_int_equal(back[0]->ulKind, MNID_ID);
	assert_int_equal(back[0]->Kind.lID, 0x8503);
	assert_int_equal(back[1]->ulKind, MNID_STRING);
	assert_true(back[1]->Kind.lpwstrName[0] == 'K');
	MAPIFreeBuffer(back);
}

static int count_audit(void *ctx, const struct engine_audit_row *row)
{
	int *n = ctx;

	assert_string_equal(row->principal, "root");
	(*n)++;
	return 0;
}

static void test_acl(void **state)
{
	struct fx *f = *state;
	engine_id_t inbox = special(f, ENGINE_FOLDER_INBOX), mid, fid;
	struct engine_message *msg = NULL;
	struct engine_acl_entry rows[2], *got = NULL;
	ULONG n, rights;
	int audits = 0;

	mid = new_message(f, &owner, inbox, "private");
	/* Bob has no rights by default. */
	assert_int_equal(engine_rights(f->mb, &bob, inbox, &rights), 0);
	assert_int_equal(rights, 0);
	assert_int_equal(engine_message_open(f->mb, &bob, inbox, mid, 0, &msg),
			 -EACCES);
	assert_int_equal(engine_hresult(-EACCES), MAPI_E_NO_ACCESS);
	assert_int_equal(engine_folder_create(f->mb, &bob, inbox, "x",
					      FOLDER_GENERIC, 0, &fid),
			 -EACCES);
	/* Bob may not change the ACL; the owner may. */
	memset(rows, 0, sizeof(rows));
	rows[0].member_name = "bob";
	rows[0].rights = rightsReadOnly | frightsVisible;
	rows[0].row_flags = ROW_ADD;
	assert_int_equal(engine_acl_modify(f->mb, &bob, inbox, 0, 1, rows),
			 -EACCES);
	assert_int_equal(engine_acl_modify(f->mb, &owner, inbox, 0, 1, rows),
			 0);
	assert_int_equal(engine_message_open(f->mb, &bob, inbox, mid, 0, &msg),
			 0);
	engine_message_close(msg);
	assert_int_equal(engine_message_open(f->mb, &bob, inbox, mid,
					     ENGINE_MSG_WRITE, &msg),
			 -EACCES);
	assert_int_equal(engine_messages_delete(f->mb, &bob, inbox, 1, &mid),
			 -EACCES);
	/* Default member rights apply to everyone without a row. */
	rows[0].member_id = ACL_DEFAULT_MEMBER_ID;
	rows[0].member_name = NULL;
	rows[0].rights = rightsReadWrite | frightsVisible;
	rows[0].row_flags = ROW_MODIFY;
	assert_int_equal(engine_acl_modify(f->mb, &owner, inbox, 0, 1, rows),
			 0);
	{
		struct engine_actor carol = {.principal = "carol"};

		assert_int_equal(engine_rights(f->mb, &carol, inbox, &rights),
				 0);
		assert_int_equal(rights, rightsReadWrite | frightsVisible);
	}
	assert_int_equal(engine_acl_get(f->mb, &owner, inbox, &n, &got), 0);
	assert_int_equal(n, 3);
	MAPIFreeBuffer(got);
	/* Anonymous has nothing. */
	{
		struct engine_actor anon = {0};

		assert_int_equal(engine_rights(f->mb, &anon, inbox, &rights),
				 0);
		assert_int_equal(rights, 0);
	}
	/* Admin bypass works and is audited. */
	assert_int_equal(engine_audit_list(f->mb, count_audit, &audits), 0);
	assert_int_equal(audits, 0);
	rows[0].member_id = 5;
	rows[0].member_name = "bob";
	rows[0].row_flags = ROW_REMOVE;
	assert_int_equal(engine_acl_modify(f->mb, &admin, inbox, 0, 1, rows),
			 0);
	assert_int_equal(engine_message_open(f->mb, &admin, inbox, mid,
					     ENGINE_MSG_WRITE, &msg),
			 0);
	engine_message_close(msg);
	assert_int_equal(engine_audit_list(f->mb, count_audit, &audits), 0);
	assert_int_equal(audits, 2);
}

struct evlog {
	int created, modified, deleted, newmail, rows_added, moved;
};

static void on_event(void *ctx, const struct engine_event *ev)
{
	struct evlog *l = ctx;

	switch (ev->type) {
	case ENGINE_EV_OBJECT_CREATED:
		l->created++;
		break;
	case ENGINE_EV_OBJECT_MODIFIED:
		l->modified++;
		break;
	case ENGINE_EV_OBJECT_DELETED:
		l->deleted++;
		break;
	case ENGINE_EV_NEW_MAIL:
		l->newmail++;
		break;
	case ENGINE_EV_TABLE_ROW_ADDED:
		l->rows_added++;
		break;
	case ENGINE_EV_OBJECT_MOVED:
		l->moved++;
		break;
	default:
		break;
	}
}

static void test_notifications(void **state)
{
	struct fx *f = *state;
	engine_id_t inbox = special(f, ENGINE_FOLDER_INBOX),
		    sent = special(f, ENGINE_FOLDER_SENT), mid;
	struct evlog all = {0}, in_sent = {0};
	unsigned long c1, c2;
	struct engine_new_message nm = {0};
	struct engine_message *msg = NULL;

	assert_int_equal(
	    engine_subscribe(f->mb, ENGINE_EV_ALL, 0, on_event, &all, &c1), 0);
	assert_int_equal(engine_subscribe(f->mb, ENGINE_EV_ALL, sent, on_event,
					  &in_sent, &c2),
			 0);
	assert_true(c1 != 0 && c2 != 0 && c1 != c2);
	mid = new_message(f, &owner, inbox, "x");
	assert_int_equal(all.created, 1);
	assert_int_equal(all.rows_added, 1);
	assert_int_equal(in_sent.created, 0);
	assert_int_equal(engine_messages_create(f->mb, &owner, inbox, 1, &nm,
						ENGINE_CREATE_DELIVERY, NULL),
			 0);
	assert_int_equal(all.newmail, 1);
	assert_int_equal(engine_messages_copy(f->mb, &owner, inbox, 1, &mid,
					      sent, MESSAGE_MOVE, NULL),
			 0);
	assert_int_equal(all.moved, 1);
	assert_int_equal(in_sent.moved, 1);
	/* A failed save says nothing. */
	assert_int_equal(engine_message_open(f->mb, &owner, sent, mid,
					     ENGINE_MSG_WRITE, &msg),
			 0);
	assert_int_equal(engine_messages_delete(f->mb, &owner, sent, 1, &mid),
			 0);
	assert_int_equal(all.deleted, 1);
	assert_int_equal(engine_message_save(msg, 0), -EIDRM);
	assert_int_equal(engine_hresult(-EIDRM), MAPI_E_OBJECT_DELETED);
	assert_int_equal(all.modified, 0);
	engine_message_close(msg);
	assert_int_equal(engine_unsubscribe(f->mb, c1), 0);
	assert_int_equal(engine_unsubscribe(f->mb, c1), -ENOENT);
	new_message(f, &owner, inbox, "y");
	assert_int_equal(all.created, 2);
	assert_int_equal(engine_unsubscribe(f->mb, c2), 0);
}

static void test_quota(void **state)
{
	struct fx *f = *state;
	engine_id_t inbox = special(f, ENGINE_FOLDER_INBOX);
	SPropValue q = {.ulPropTag = PR_STORAGE_QUOTA_LIMIT};
	struct engine_message *msg = NULL;
	struct engine_new_message nm;
	SPropValue body = {.ulPropTag = PR_BODY_A};
	char *big = malloc(3000);

	memset(big, 'x', 2999);
	big[2999] = 0;
	body.Value.lpszA = big;
	q.Value.l = 4; /* KiB */
	assert_int_equal(engine_store_set_props(f->mb, &bob, 1, &q), -EACCES);
	assert_int_equal(engine_store_set_props(f->mb, &owner, 1, &q), 0);
	assert_int_equal(engine_message_create(f->mb, &owner, inbox, 0, &msg),
			 0);
	assert_int_equal(engine_message_set_props(msg, 1, &body), 0);
	/* 3000 characters are 6000 bytes of UTF-16: over 4 KiB. */
	assert_int_equal(engine_message_save(msg, KEEP_OPEN_READWRITE),
			 -EDQUOT);
	assert_int_equal(engine_hresult(-EDQUOT), MAPI_E_STORE_FULL);
	engine_message_close(msg);
	q.ulPropTag = PR_PROHIBIT_RECEIVE_QUOTA;
	q.Value.l = 1;
	assert_int_equal(engine_store_set_props(f->mb, &owner, 1, &q), 0);
	q.ulPropTag = PR_STORAGE_QUOTA_LIMIT;
	q.Value.l = 100;
	assert_int_equal(engine_store_set_props(f->mb, &owner, 1, &q), 0);
	nm.count = 1;
	nm.props = &body;
	nm.recipients = NULL;
	nm.flags = 0;
	assert_int_equal(engine_messages_create(f->mb, &owner, inbox, 1, &nm,
						ENGINE_CREATE_DELIVERY, NULL),
			 -EDQUOT);
	assert_int_equal(
	    engine_messages_create(f->mb, &owner, inbox, 1, &nm, 0, NULL), 0);
	free(big);
}

/*
 * The out-of-memory loop over an edit transaction and a table: fail the
 * Nth allocation for N = 1, 2, ... until the whole sequence succeeds.
 * Every failure must come back as -ENOMEM (or an error the failing call
 * passes on), leave the mailbox usable and leak nothing.
 */
static int oom_sequence(struct fx *f, engine_id_t fid)
{
	struct engine_message *msg = NULL;
	struct engine_attach *att = NULL;
	struct engine_table *t = NULL;
	SRowSet *rows = NULL;
	SPropValue pv[3], rp[2], *props = NULL;
	ADRLIST *al;
	ULONG n;
	int ret;

	al = alloc_malloc(CbNewADRLIST(1));
	if (al == NULL)
		return -ENOMEM;
	pv[0].ulPropTag = PR_SUBJECT_A;
	pv[0].Value.lpszA = "oom \xc3\xa9";
	pv[1].ulPropTag = PR_BODY_W;
	pv[1].Value.lpszW = (LPWSTR)u"body text";
	pv[2].ulPropTag = PR_MESSAGE_DELIVERY_TIME;
	pv[2].Value.ft.dwLowDateTime = 1;
	pv[2].Value.ft.dwHighDateTime = 2;
	rp[0].ulPropTag = PR_DISPLAY_NAME_A;
	rp[0].Value.lpszA = "Bob";
	rp[1].ulPropTag = PR_RECIPIENT_TYPE;
	rp[1].Value.l = MAPI_TO;
	al->cEntries = 1;
	al->aEntries[0].cValues = 2;
	al->aEntries[0].rgPropVals = rp;
	ret = engine_message_create(f->mb, &owner, fid, 0, &msg);
	if (ret == 0)
		ret = engine_message_set_props(msg, 3, pv);
	if (ret == 0)
		ret = engine_message_modify_recipients(msg, 0, al);
	if (ret == 0)
		ret = engine_attach_create(msg, &att, NULL);
	if (ret == 0)
		ret = engine_attach_set_props(att, 1, pv);
	if (ret == 0)
		ret = engine_attach_save(att);
	engine_attach_close(att);
	if (ret == 0)
		ret = engine_message_save(msg, KEEP_OPEN_READONLY);
	if (ret == 0)
		ret = engine_message_get_props(msg, NULL, &n, &props);
	if (ret >= 0 && props)
		MAPIFreeBuffer(props);
	engine_message_close(msg);
	if (ret >= 0)
		ret = engine_table_open(f->mb, &owner, fid,
					ENGINE_TABLE_CONTENTS, 0, &t);
	if (ret >= 0) {
		SSortOrderSet sos = {1, 0, 0, {{PR_BODY_W, TABLE_SORT_ASCEND}}};

		ret = engine_table_sort(t, &sos); /* an in-memory table */
		if (ret == 0)
			ret = engine_table_query_rows(t, 10, 0, &rows);
		if (ret == 0)
			FreeProws(rows);
		engine_table_close(t);
	}
	alloc_free(al);
	return ret < 0 ? ret : 0;
}

static void test_out_of_memory(void **state)
{
	struct fx *f = *state;
	engine_id_t fid = special(f, ENGINE_FOLDER_DRAFTS);
	int ret = -ENOMEM, failures = 0;

	for (unsigned long n = 1; n < 5000 && ret != 0; n++) {
		long live = alloc_live();

		alloc_fail_after(n);
		ret = oom_sequence(f, fid);
		alloc_fail_after(0);
		if (ret != 0) {
			failures++;
			assert_int_equal(ret, -ENOMEM);
		}
		assert_int_equal(alloc_live(), live);
	}
	assert_int_equal(ret, 0);
	assert_true(failures > 20);
	/* The mailbox still works and is consistent. */
	assert_int_equal(oom_sequence(f, fid), 0);
	assert_int_equal(engine_mailbox_check(f->mb, NULL), 0);
}

static void test_entryid_bytes(void **state)
{
	GUID db = mbguid;
	uint8_t e[EID_MESSAGE_SIZE], st[EID_STORE_MAX];
	unsigned int type;
	GUID g;
	uint64_t fid, mid;
	size_t n;

	(void)state;
	eid_message(&db, 0x123456789ABCull, 0x42, e);
	assert_int_equal(e[20], EID_TYPE_PRIVATE_MESSAGE);
	assert_int_equal(e[38], 0x12);
	assert_int_equal(e[43], 0xBC);
	assert_int_equal(eid_parse(e, sizeof(e), &type, &g, &fid, &mid), 0);
	assert_int_equal(fid, 0x123456789ABCull);
	assert_int_equal(mid, 0x42);
	e[68] = 1;
	assert_int_equal(eid_parse(e, sizeof(e), &type, &g, &fid, &mid),
			 -EINVAL);
	n = eid_store(&db, "host", st);
	assert_int_equal(eid_store_parse(st, n, &g), 0);
	assert_memory_equal(&g, &db, sizeof(g));
	assert_int_equal(eid_store_parse(st, n - 1, &g), -EINVAL);
	assert_int_equal(eid_parse(NULL, 46, &type, &g, &fid, &mid), -EINVAL);
}

static void test_pblob_roundtrip(void **state)
{
	SPropValue in[6], *out = NULL;
	LONG longs[3] = {1, -2, 3};
	LPWSTR ws[2] = {(LPWSTR)u"a\xD800", (LPWSTR)u""};
	struct pbuf b = {0};
	ULONG n;

	(void)state;
	in[0].ulPropTag = PR_SUBJECT_W;
	in[0].Value.lpszW = (LPWSTR)u"h\xE9llo";
	in[1].ulPropTag = PROP_TAG(PT_MV_LONG, 0x6601);
	in[1].Value.MVl.cValues = 3;
	in[1].Value.MVl.lpl = longs;
	in[2].ulPropTag = PROP_TAG(PT_MV_UNICODE, 0x6602);
	in[2].Value.MVszW.cValues = 2;
	in[2].Value.MVszW.lppszW = ws;
	in[3].ulPropTag = PR_MESSAGE_DELIVERY_TIME;
	in[3].Value.ft.dwLowDateTime = 5;
	in[3].Value.ft.dwHighDateTime = 0x80000000u;
	in[4].ulPropTag = PROP_TAG(PT_BINARY, 0x6603);
	in[4].Value.bin.cb = 0;
	in[4].Value.bin.lpb = NULL;
	in[5].ulPropTag = PROP_TAG(PT_BOOLEAN, 0x6604);
	in[5].Value.b = 1;
	assert_int_equal(pblob_write(&b, 6, in), 0);
	assert_int_equal(pblob_parse(b.data, b.len, PBLOB_PLAIN, &n, &out), 0);
	assert_int_equal(n, 6);
	assert_true(out[0].Value.lpszW[1] == 0xE9);
	assert_int_equal(out[1].Value.MVl.lpl[1], -2);
	assert_true(out[2].Value.MVszW.lppszW[0][1] == 0xD800);
	assert_int_equal(out[3].Value.ft.dwHighDateTime, 0x80000000u);
	assert_int_equal(out[4].Value.bin.cb, 0);
	assert_int_equal(out[5].Value.b, 1);
	alloc_free(out);
	/* Every truncation is refused. */
	for (size_t len = 1; len < b.len; len++)
		assert_int_equal(
		    pblob_parse(b.data, len, PBLOB_PLAIN, &n, &out), -EBADMSG);
	pbuf_free(&b);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
	    cmocka_unit_test_setup_teardown(test_provision, setup, teardown),
	    cmocka_unit_test_setup_teardown(test_refuse_bad_files, setup,
					    teardown),
	    cmocka_unit_test_setup_teardown(test_damaged_pages, setup,
					    teardown),
	    cmocka_unit_test_setup_teardown(test_folders, setup, teardown),
	    cmocka_unit_test_setup_teardown(test_message_transaction, setup,
					    teardown),
	    cmocka_unit_test_setup_teardown(test_column_values, setup,
					    teardown),
	    cmocka_unit_test_setup_teardown(test_recipients_attachments, setup,
					    teardown),
	    cmocka_unit_test_setup_teardown(test_streams, setup, teardown),
	    cmocka_unit_test_setup_teardown(test_large_values, setup, teardown),
	    cmocka_unit_test_setup_teardown(test_bulk, setup, teardown),
	    cmocka_unit_test_setup_teardown(test_named, setup, teardown),
	    cmocka_unit_test_setup_teardown(test_acl, setup, teardown),
	    cmocka_unit_test_setup_teardown(test_notifications, setup,
					    teardown),
	    cmocka_unit_test_setup_teardown(test_quota, setup, teardown),
	    cmocka_unit_test_setup_teardown(test_out_of_memory, setup,
					    teardown),
	    cmocka_unit_test(test_entryid_bytes),
	    cmocka_unit_test(test_pblob_roundtrip),
	};

	return cmocka_run_group_tests(tests, group_setup, group_teardown);
}
