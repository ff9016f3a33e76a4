/*
 * test_engine_faults.c - the mailbox engine when a call fails part way:
 *
 * - the backend fault loop (in the manner of SQLite's I/O-error tests):
 *   for N = 1, 2, ... a store workload runs with backend call N failing
 *   (ebk_fault_set()): open the mailbox, create a folder, save messages
 *   with recipients and attachments (an embedded message, a large value
 *   stored as a lob), move one, copy one, delete one, read a sorted
 *   contents table, edit a saved message, write a body through a stream
 *   (two lob chunks).  Every failure
 *   must come back as the injected error; a failed save is retried once
 *   on the same handle and must then succeed; any other failure ends the
 *   run.  After each run nothing may have leaked, and the mailbox must
 *   reopen, pass the backend's check (PRAGMA integrity_check and the
 *   foreign keys) and hold exactly what was acknowledged: every message
 *   whose save returned 0 with its properties, attachments and large
 *   values, moves and deletes as they were answered, no trace of what
 *   failed.  The loop ends with the first N past the workload's last call.
 *   It runs twice: with only call N failing, and with every call from N
 *   on failing (a backend that stays broken; no retry then succeeds).
 * - a failed save of an embedded message (no memory half way) leaves its
 *   attachment as it was;
 * - backend versions: which methods a backend must have, a version-1
 *   backend without the version-2 method msg_head, the wrappers'
 *   contract check, and a backend failure as the mailbox's last error.
 *
 * Mailboxes live in a private directory under /dev/shm when it exists (the
 * loop opens and syncs hundreds of databases), else under TMPDIR.
 */
#include <stdarg.h>
#include <stddef.h>
#include <setjmp.h>
#include <stdint.h>
#include <cmocka.h>

#include <errno.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <sys/wait.h>
#include <unistd.h>

#include <mapiutil.h>

#include "alloc.h"
#include "ebk.h"
#include "engine.h"
#include "engine_backend.h"

#define INJECTED  EIO
#define BIG_ATT   40000  /* above the engine's lob threshold */
#define BIG_BODY  300000 /* more than one lob chunk of a stream */
#define MAX_CALLS 20000

static char dir[256];
static const struct engine_actor owner = {.principal = "alice"};
static const GUID mbguid = {
    0x0badf00d, 0x1234, 0x5678, {8, 7, 6, 5, 4, 3, 2, 1}};

static int group_setup(void **state)
{
	struct stat st;
	const char *base = getenv("TMPDIR") ? getenv("TMPDIR") : "/tmp";

	(void)state;
	if (stat("/dev/shm", &st) == 0 && S_ISDIR(st.st_mode) &&
	    access("/dev/shm", W_OK) == 0)
		base = "/dev/shm";
	snprintf(dir, sizeof(dir), "%s/mapix-faults-XXXXXX", base);
	return mkdtemp(dir) ? 0 : -1;
}

static int group_teardown(void **state)
{
	char cmd[512];

	(void)state;
	snprintf(cmd, sizeof(cmd), "rm -rf '%s'", dir);
	return system(cmd) == 0 ? 0 : -1;
}

static int open_mailbox(const char *path, const char *backend, bool create,
			struct engine_mailbox **mb_r)
{
	struct engine_open_params p = {.path = path,
				       .backend = backend,
				       .mailbox_guid = mbguid,
				       .owner = "alice",
				       .flags =
					   create ? ENGINE_OPEN_CREATE : 0};
	const char *err = NULL;
	int ret = engine_mailbox_open(&p, mb_r, &err);

	/* A refused open explains itself, in memory that outlives it. */
	if (ret < 0) {
		assert_non_null(err);
		assert_true(strncmp(err, "mailbox", 7) == 0);
	}
	return ret;
}

static engine_id_t special(struct engine_mailbox *mb, enum engine_special w)
{
	engine_id_t id = 0;

	assert_int_equal(engine_folder_special(mb, w, &id), 0);
	return id;
}

/* A string property of an open message, or NULL (the caller frees). */
static char *msg_string(struct engine_message *msg, ULONG tag)
{
	SizedSPropTagArray(1, tags) = {1, {tag}};
	SPropValue *props = NULL;
	ULONG n = 0;
	char *s = NULL;

	if (engine_message_get_props(msg, (SPropTagArray *)&tags, &n, &props) ==
		0 &&
	    PROP_TYPE(props[0].ulPropTag) == PT_STRING8)
		s = strdup(props[0].Value.lpszA);
	MAPIFreeBuffer(props);
	return s;
}

/* ---------------------------------------------------------------------------
 * The workload and what it expects
 */

enum { MSG_A, MSG_B, MSG_B_COPY, MSG_C, MSG_D, MSG_COUNT };

struct expect {
	const char *subject;
	engine_id_t fid, mid;
	bool saved;   /* its save was acknowledged */
	bool deleted; /* its delete was acknowledged */
	ULONG natts;
	bool embedded;  /* attachment 1 holds the message "<subject>-inner" */
	size_t big_att; /* bytes of attachment 0's data (a lob), 0: none */
	size_t body;    /* bytes of a body written by a stream, 0: none */
	bool edited;    /* PR_COMMENT "edited" was saved */
};

struct run {
	char path[512];
	struct engine_mailbox *mb;
	engine_id_t inbox, work;
	bool work_made;
	struct expect m[MSG_COUNT];
	/* Failures seen: the step, and what it returned. */
	int failed_step, failed_ret, retried;
};

static uint8_t big[BIG_BODY];

/* Saves msg, retrying once after a failure (the fault is spent then). */
static int save(struct run *r, struct engine_message *msg, int step)
{
	int ret = engine_message_save(msg, KEEP_OPEN_READWRITE);

	if (ret < 0) {
		r->failed_step = step;
		r->failed_ret = ret;
		r->retried++;
		ret = engine_message_save(msg, KEEP_OPEN_READWRITE);
	}
	return ret;
}

static int set_subject(struct engine_message *msg, const char *subject)
{
	SPropValue pv[2];

	pv[0].ulPropTag = PR_SUBJECT_A;
	pv[0].Value.lpszA = (char *)subject;
	pv[1].ulPropTag = PR_MESSAGE_CLASS_A;
	pv[1].Value.lpszA = "IPM.Note";
	return engine_message_set_props(msg, 2, pv);
}

/* An attachment of msg: data of len bytes, or an embedded message. */
static int add_attachment(struct engine_message *msg, size_t len,
			  const char *inner)
{
	struct engine_attach *att = NULL;
	struct engine_message *e = NULL;
	SPropValue pv;
	int ret;

	ret = engine_attach_create(msg, &att, NULL);
	if (ret == 0 && inner == NULL) {
		pv.ulPropTag = PR_ATTACH_DATA_BIN;
		pv.Value.bin.cb = (ULONG)len;
		pv.Value.bin.lpb = big;
		ret = engine_attach_set_props(att, 1, &pv);
	} else if (ret == 0) {
		ret = engine_attach_open_embedded(att, MAPI_CREATE, &e);
		if (ret == 0)
			ret = set_subject(e, inner);
		if (ret == 0)
			ret = engine_message_save(e, 0);
		engine_message_close(e);
	}
	if (ret == 0)
		ret = engine_attach_save(att);
	engine_attach_close(att);
	return ret;
}

static int add_recipient(struct engine_message *msg)
{
	SPropValue rp[2];
	ADRLIST *al = malloc(CbNewADRLIST(1));
	int ret;

	rp[0].ulPropTag = PR_DISPLAY_NAME_A;
	rp[0].Value.lpszA = "Bob";
	rp[1].ulPropTag = PR_RECIPIENT_TYPE;
	rp[1].Value.l = MAPI_TO;
	al->cEntries = 1;
	al->aEntries[0].cValues = 2;
	al->aEntries[0].rgPropVals = rp;
	ret = engine_message_modify_recipients(msg, 0, al);
	free(al);
	return ret;
}

/* Creates and saves message k in fid with what r->m[k] describes. */
static int new_message(struct run *r, int k, engine_id_t fid, int step)
{
	struct expect *e = &r->m[k];
	struct engine_message *msg = NULL;
	struct engine_stream *s = NULL;
	char inner[32];
	int ret;

	ret = engine_message_create(r->mb, &owner, fid, 0, &msg);
	if (ret == 0)
		ret = set_subject(msg, e->subject);
	if (ret == 0)
		ret = add_recipient(msg);
	if (ret == 0 && e->big_att)
		ret = add_attachment(msg, e->big_att, NULL);
	if (ret == 0 && e->embedded) {
		ret = add_attachment(msg, 5, NULL);
		snprintf(inner, sizeof(inner), "%s-inner", e->subject);
		if (ret == 0)
			ret = add_attachment(msg, 0, inner);
	}
	if (ret == 0 && e->body) {
		ret = engine_stream_open_message(msg, PR_BODY_W,
						 ENGINE_STREAM_WRITE, &s);
		for (size_t off = 0; ret == 0 && off < e->body; off += 50000)
			ret = engine_stream_write(s, big + off, 50000);
		if (ret == 0)
			ret = engine_stream_commit(s);
		engine_stream_close(s);
	}
	if (ret < 0) {
		r->failed_step = step;
		r->failed_ret = ret;
	} else {
		ret = save(r, msg, step);
	}
	if (ret == 0) {
		engine_message_ids(msg, NULL, &e->mid);
		e->fid = fid;
		e->saved = true;
	}
	engine_message_close(msg);
	return ret;
}

/* The sorted contents table of the inbox must list exactly the expected
 * subjects there. */
static int read_table(struct run *r)
{
	SizedSPropTagArray(2, cols) = {2, {PR_SUBJECT_A, PR_MESSAGE_SIZE}};
	SSortOrderSet sos = {1, 0, 0, {{PR_SUBJECT_A, TABLE_SORT_ASCEND}}};
	struct engine_table *t = NULL;
	SRowSet *rows = NULL;
	const char *prev = "";
	ULONG count = 0, want = 0, i;
	int ret, k;

	for (k = 0; k < MSG_COUNT; k++)
		if (r->m[k].saved && !r->m[k].deleted &&
		    r->m[k].fid == r->inbox)
			want++;
	ret = engine_table_open(r->mb, &owner, r->inbox, ENGINE_TABLE_CONTENTS,
				0, &t);
	if (ret == 0)
		ret = engine_table_set_columns(t, (SPropTagArray *)&cols);
	if (ret == 0)
		ret = engine_table_sort(t, &sos);
	if (ret == 0)
		ret = engine_table_row_count(t, &count);
	if (ret == 0)
		ret = engine_table_query_rows(t, 10, 0, &rows);
	if (ret == 0) {
		assert_int_equal(count, want);
		assert_int_equal(rows->cRows, want);
		for (i = 0; i < rows->cRows; i++) {
			const char *s = rows->aRow[i].lpProps[0].Value.lpszA;

			assert_int_equal(rows->aRow[i].lpProps[0].ulPropTag,
					 PR_SUBJECT_A);
			assert_true(strcmp(prev, s) < 0);
			prev = s;
		}
		FreeProws(rows);
	}
	engine_table_close(t);
	return ret;
}

/* Opens B for editing, sets PR_COMMENT, saves. */
static int edit_b(struct run *r, int step)
{
	struct engine_message *msg = NULL;
	SPropValue pv;
	int ret;

	ret = engine_message_open(r->mb, &owner, r->m[MSG_B].fid,
				  r->m[MSG_B].mid, ENGINE_MSG_WRITE, &msg);
	pv.ulPropTag = PR_COMMENT_A;
	pv.Value.lpszA = "edited";
	if (ret == 0)
		ret = engine_message_set_props(msg, 1, &pv);
	if (ret < 0) {
		r->failed_step = step;
		r->failed_ret = ret;
	} else {
		ret = save(r, msg, step);
	}
	if (ret == 0)
		r->m[MSG_B].edited = true;
	engine_message_close(msg);
	return ret;
}

/* The workload; stops at the first failure that is not a save's. */
static void workload(struct run *r)
{
	engine_id_t ipm;
	int ret, step = 1;

	ret = open_mailbox(r->path, NULL, false, &r->mb);
	if (ret == 0) {
		ipm = special(r->mb, ENGINE_FOLDER_IPM_SUBTREE);
		r->inbox = special(r->mb, ENGINE_FOLDER_INBOX);
		step++;
		ret = engine_folder_create(r->mb, &owner, ipm, "Work",
					   FOLDER_GENERIC, 0, &r->work);
		r->work_made = ret == 0;
	}
	if (ret == 0 && ++step)
		ret = new_message(r, MSG_A, r->work, step);
	if (ret == 0 && ++step)
		ret = new_message(r, MSG_B, r->work, step);
	if (ret == 0 && ++step)
		ret = new_message(r, MSG_C, r->inbox, step);
	if (ret == 0 && ++step) {
		engine_id_t moved = 0;

		ret = engine_messages_copy(r->mb, &owner, r->work, 1,
					   &r->m[MSG_A].mid, r->inbox,
					   MESSAGE_MOVE, &moved);
		if (ret == 0) {
			assert_int_equal(moved, r->m[MSG_A].mid);
			r->m[MSG_A].fid = r->inbox;
		}
	}
	if (ret == 0 && ++step) {
		/* A copy: its large value is copied too. */
		ret = engine_messages_copy(r->mb, &owner, r->work, 1,
					   &r->m[MSG_B].mid, r->inbox, 0,
					   &r->m[MSG_B_COPY].mid);
		if (ret == 0) {
			r->m[MSG_B_COPY].fid = r->inbox;
			r->m[MSG_B_COPY].saved = true;
		}
	}
	if (ret == 0 && ++step) {
		ret = engine_messages_delete(r->mb, &owner, r->inbox, 1,
					     &r->m[MSG_C].mid);
		r->m[MSG_C].deleted = ret == 0;
	}
	if (ret == 0 && ++step)
		ret = read_table(r);
	if (ret == 0 && ++step)
		ret = edit_b(r, step);
	if (ret == 0 && ++step)
		ret = new_message(r, MSG_D, r->work, step);
	if (ret < 0 && r->failed_step == 0) {
		r->failed_step = step;
		r->failed_ret = ret;
	}
	engine_mailbox_close(r->mb);
	r->mb = NULL;
}

/* What a reopened mailbox must hold after a run. */
static void verify(struct run *r)
{
	struct engine_mailbox *mb = NULL;
	const char *err = NULL;
	engine_id_t fid;
	int k;

	assert_int_equal(open_mailbox(r->path, NULL, false, &mb), 0);
	if (engine_mailbox_check(mb, &err) != 0)
		fail_msg("check after a failed call: %s", err);
	for (k = 0; k < MSG_COUNT; k++) {
		struct expect *e = &r->m[k];
		struct engine_message *msg = NULL;
		struct engine_attach *att = NULL;
		struct engine_message *inner = NULL;
		struct engine_stream *s = NULL;
		struct engine_table *t = NULL;
		ULONG n = 0;
		char *str, want[32];

		if (!e->saved)
			continue;
		if (e->deleted) {
			assert_int_equal(
			    engine_message_open(mb, &owner, 0, e->mid, 0, &msg),
			    -ENOENT);
			continue;
		}
		assert_int_equal(
		    engine_message_open(mb, &owner, e->fid, e->mid, 0, &msg),
		    0);
		str = msg_string(msg, PR_SUBJECT_A);
		assert_non_null(str);
		assert_string_equal(str, e->subject);
		free(str);
		str = msg_string(msg, PR_COMMENT_A);
		assert_true(e->edited ? str && strcmp(str, "edited") == 0
				      : str == NULL);
		free(str);
		assert_int_equal(engine_table_open_message(
				     msg, ENGINE_TABLE_ATTACHMENTS, &t),
				 0);
		assert_int_equal(engine_table_row_count(t, &n), 0);
		assert_int_equal(n, e->natts);
		engine_table_close(t);
		if (e->big_att) {
			assert_int_equal(engine_attach_open(msg, 0, 0, &att),
					 0);
			assert_int_equal(engine_stream_open_attach(
					     att, PR_ATTACH_DATA_BIN, 0, &s),
					 0);
			assert_int_equal(engine_stream_size(s), e->big_att);
			engine_stream_close(s);
			engine_attach_close(att);
		}
		if (e->embedded) {
			assert_int_equal(engine_attach_open(msg, 1, 0, &att),
					 0);
			assert_int_equal(
			    engine_attach_open_embedded(att, 0, &inner), 0);
			str = msg_string(inner, PR_SUBJECT_A);
			snprintf(want, sizeof(want), "%s-inner", e->subject);
			assert_non_null(str);
			assert_string_equal(str, want);
			free(str);
			engine_message_close(inner);
			engine_attach_close(att);
		}
		if (e->body) {
			size_t done = 0;
			uint8_t buf[64];

			assert_int_equal(
			    engine_stream_open_message(msg, PR_BODY_W, 0, &s),
			    0);
			assert_int_equal(engine_stream_size(s), e->body);
			assert_int_equal(engine_stream_seek(s, e->body - 64),
					 0);
			assert_int_equal(
			    engine_stream_read(s, buf, sizeof(buf), &done), 0);
			assert_int_equal(done, sizeof(buf));
			assert_memory_equal(buf, big + e->body - 64, 64);
			engine_stream_close(s);
		}
		engine_message_close(msg);
	}
	/* Nothing more than what was acknowledged: every folder holds
	 * exactly its expected messages, and a folder whose creation
	 * failed does not exist. */
	for (k = 0; k < 2; k++) {
		struct engine_table *t = NULL;
		ULONG n = 0, want = 0;

		fid = k == 0 ? r->inbox : r->work;
		if (fid == 0 || (k == 1 && !r->work_made))
			continue;
		for (int j = 0; j < MSG_COUNT; j++)
			if (r->m[j].saved && !r->m[j].deleted &&
			    r->m[j].fid == fid)
				want++;
		assert_int_equal(engine_table_open(mb, &owner, fid,
						   ENGINE_TABLE_CONTENTS, 0,
						   &t),
				 0);
		assert_int_equal(engine_table_row_count(t, &n), 0);
		assert_int_equal(n, want);
		engine_table_close(t);
	}
	if (!r->work_made)
		assert_int_equal(
		    engine_folder_create(mb, &owner,
					 special(mb, ENGINE_FOLDER_IPM_SUBTREE),
					 "Work", FOLDER_GENERIC, 0, &fid),
		    0);
	engine_mailbox_close(mb);
}

static void run_init(struct run *r, const char *path)
{
	memset(r, 0, sizeof(*r));
	snprintf(r->path, sizeof(r->path), "%s", path);
	r->m[MSG_A] =
	    (struct expect){.subject = "A", .natts = 2, .embedded = true};
	r->m[MSG_B] =
	    (struct expect){.subject = "B", .natts = 1, .big_att = BIG_ATT};
	r->m[MSG_B_COPY] =
	    (struct expect){.subject = "B", .natts = 1, .big_att = BIG_ATT};
	r->m[MSG_C] = (struct expect){.subject = "C"};
	r->m[MSG_D] = (struct expect){.subject = "D", .body = BIG_BODY};
}

/* Writes the template's bytes as a fresh mailbox file at path. */
static void fresh_copy(const char *path, const void *db, size_t len)
{
	char side[600];
	FILE *f;

	snprintf(side, sizeof(side), "%s-wal", path);
	unlink(side);
	snprintf(side, sizeof(side), "%s-shm", path);
	unlink(side);
	f = fopen(path, "wb");
	assert_non_null(f);
	assert_int_equal(fwrite(db, 1, len, f), len);
	assert_int_equal(fclose(f), 0);
}

/*
 * Runs the workload on a fresh copy of the template db (len bytes) with
 * backend call n = 1, 2, ... failing (persist: and every call after it),
 * until n passes the workload's last call.  Returns how many runs had a
 * failure surface.
 */
static unsigned long fault_loop(const void *db, size_t len, const char *path,
				unsigned long calls, bool persist)
{
	unsigned long n, failures = 0, absorbed = 0, retried = 0;
	struct run r;
	long live;

	for (n = 1;; n++) {
		const char *method;

		fresh_copy(path, db, len);
		run_init(&r, path);
		live = alloc_live();
		ebk_fault_set(n, INJECTED, persist);
		workload(&r);
		method = ebk_fault_injected();
		ebk_fault_set(0, 0, false);
		retried += (unsigned long)r.retried;
		assert_int_equal(alloc_live(), live);
		if (method == NULL) {
			/* Past the last call: the whole workload ran. */
			assert_int_equal(n, calls + 1);
			assert_int_equal(r.failed_step, 0);
			verify(&r);
			break;
		}
		if (r.failed_step != 0) {
			failures++;
			if (r.failed_ret != -INJECTED)
				fail_msg("call %lu (%s) failed, step %d "
					 "returned %d, not the injected %d",
					 n, method, r.failed_step, r.failed_ret,
					 -INJECTED);
		} else {
			/* Work whose failure the engine recovers from:
			 * collecting old unsaved lobs at open, the read of
			 * the store properties that the quota check makes
			 * again. */
			assert_false(persist);
			absorbed++;
			print_message("# call %lu (%s): absorbed\n", n, method);
		}
		verify(&r);
		assert_true(n < MAX_CALLS);
	}
	print_message("# %s faults: %lu backend calls, %lu failures "
		      "surfaced, %lu absorbed\n",
		      persist ? "persistent" : "one-shot", calls, failures,
		      absorbed);
	/* Saves that failed once were saved by their retry. */
	assert_true(persist || retried > 10);
	return failures;
}

static void test_backend_fault_loop(void **state)
{
	char tpath[300], path[300];
	struct engine_mailbox *mb = NULL;
	struct run r;
	unsigned long calls;
	void *db;
	size_t len;
	FILE *f;

	(void)state;
	for (size_t i = 0; i < sizeof(big); i++)
		big[i] = (uint8_t)(i * 7 + i / 251);
	snprintf(tpath, sizeof(tpath), "%s/template.db", dir);
	snprintf(path, sizeof(path), "%s/run.db", dir);
	assert_int_equal(open_mailbox(tpath, NULL, true, &mb), 0);
	engine_mailbox_close(mb);
	f = fopen(tpath, "rb");
	assert_non_null(f);
	fseek(f, 0, SEEK_END);
	len = (size_t)ftell(f);
	rewind(f);
	db = malloc(len);
	assert_int_equal(fread(db, 1, len, f), len);
	fclose(f);

	/* The workload without faults: its call count bounds the loop. */
	fresh_copy(path, db, len);
	run_init(&r, path);
	ebk_fault_set(0, 0, false);
	workload(&r);
	calls = ebk_fault_calls();
	assert_int_equal(r.failed_step, 0);
	verify(&r);
	assert_true(calls > 100 && calls < MAX_CALLS);

	/* Most calls are on paths that fail the operation; the rest are
	 * recovered from (one-shot) -- never silently lost (verify). */
	assert_true(fault_loop(db, len, path, calls, false) > calls * 3 / 4);
	/* A backend that keeps failing: every run fails, cleanly. */
	assert_true(fault_loop(db, len, path, calls, true) > calls * 3 / 4);
	free(db);
}

/* ---------------------------------------------------------------------------
 * A failed save of an embedded message
 */

static void test_embedded_save_no_memory(void **state)
{
	char path[300];
	struct engine_mailbox *mb = NULL;
	struct engine_message *msg = NULL, *e = NULL, *probe = NULL;
	struct engine_attach *att = NULL;
	unsigned long n;
	int ret = -ENOMEM, failures = 0;

	(void)state;
	snprintf(path, sizeof(path), "%s/embedded.db", dir);
	assert_int_equal(open_mailbox(path, NULL, true, &mb), 0);
	assert_int_equal(
	    engine_message_create(mb, &owner, special(mb, ENGINE_FOLDER_DRAFTS),
				  0, &msg),
	    0);
	assert_int_equal(engine_attach_create(msg, &att, NULL), 0);
	assert_int_equal(engine_attach_open_embedded(att, MAPI_CREATE, &e), 0);
	assert_int_equal(set_subject(e, "inner"), 0);
	for (n = 1; n < 1000 && ret != 0; n++) {
		alloc_fail_after(n);
		ret = engine_message_save(e, KEEP_OPEN_READWRITE);
		alloc_fail_after(0);
		if (ret == 0)
			break;
		failures++;
		assert_int_equal(ret, -ENOMEM);
		/* Nothing changed: the attachment has no embedded message
		 * yet, and the embedded message is still new. */
		assert_int_equal(engine_attach_open_embedded(att, 0, &probe),
				 -ENOENT);
	}
	assert_int_equal(ret, 0);
	assert_true(failures > 2);
	assert_int_equal(engine_attach_open_embedded(att, 0, &probe), 0);
	{
		char *s = msg_string(probe, PR_SUBJECT_A);

		assert_non_null(s);
		assert_string_equal(s, "inner");
		free(s);
	}
	engine_message_close(probe);
	engine_message_close(e);
	engine_attach_close(att);
	engine_message_close(msg);
	engine_mailbox_close(mb);
}

/* ---------------------------------------------------------------------------
 * Backend versions and the wrappers
 */

static int head_must_not_run(struct eb_db *db, uint64_t mid, eb_message_fn *fn,
			     void *ctx)
{
	(void)db;
	(void)mid;
	(void)fn;
	(void)ctx;
	fail_msg("msg_head of a version-1 backend was called");
	return -EIO;
}

static int head_cb(void *ctx, const struct eb_message *m)
{
	*(const void **)ctx = m->props;
	return 0;
}

static void test_backend_versions(void **state)
{
	static struct engine_backend_ops v1, v2, bad, newer;
	char path[300];
	struct engine_mailbox *mb = NULL;
	struct engine_message *msg = NULL;
	engine_id_t inbox, sent, mids[3];
	const void *props = &props;
	char *s;
	int i;

	(void)state;
	/* Every version-1 method is required; later ones are not. */
	bad = engine_sqlite_backend;
	bad.name = "faults-bad";
	bad.lob_gc = NULL;
	assert_int_equal(engine_backend_register(&bad), -EINVAL);
	newer = engine_sqlite_backend;
	newer.name = "faults-newer";
	newer.version = ENGINE_BACKEND_VERSION + 1;
	assert_int_equal(engine_backend_register(&newer), -EINVAL);
	newer.version = 0;
	assert_int_equal(engine_backend_register(&newer), -EINVAL);
	v2 = engine_sqlite_backend;
	v2.name = "faults-v2";
	v2.msg_head = NULL;
	assert_int_equal(engine_backend_register(&v2), 0);
	assert_int_equal(engine_backend_register(&v2), -EEXIST);
	/* A version-1 backend: its msg_head member is never read. */
	v1 = engine_sqlite_backend;
	v1.name = "faults-v1";
	v1.version = 1;
	v1.msg_head = head_must_not_run;
	assert_int_equal(engine_backend_register(&v1), 0);
	assert_ptr_equal(engine_backend_find("faults-v1"), &v1);

	for (i = 0; i < 2; i++) {
		snprintf(path, sizeof(path), "%s/v%d.db", dir, i + 1);
		assert_int_equal(open_mailbox(path,
					      i ? "faults-v2" : "faults-v1",
					      true, &mb),
				 0);
		inbox = special(mb, ENGINE_FOLDER_INBOX);
		sent = special(mb, ENGINE_FOLDER_SENT);
		assert_int_equal(ebk_msg_head(mb, 1, head_cb, &props),
				 -ENOTSUP);
		/* What msg_head would serve works through msg_get. */
		for (int k = 0; k < 3; k++) {
			assert_int_equal(
			    engine_message_create(mb, &owner, inbox, 0, &msg),
			    0);
			assert_int_equal(set_subject(msg, "x"), 0);
			assert_int_equal(engine_message_save(msg, 0), 0);
			engine_message_ids(msg, NULL, &mids[k]);
			engine_message_close(msg);
		}
		assert_int_equal(engine_message_open(mb, &owner, inbox, mids[0],
						     ENGINE_MSG_WRITE, &msg),
				 0);
		assert_int_equal(set_subject(msg, "edited"), 0);
		assert_int_equal(engine_message_save(msg, 0), 0);
		engine_message_close(msg);
		assert_int_equal(engine_messages_set_read_flag(
				     mb, &owner, inbox, 1, &mids[0], 0),
				 0);
		assert_int_equal(engine_messages_copy(mb, &owner, inbox, 1,
						      &mids[1], sent,
						      MESSAGE_MOVE, NULL),
				 0);
		assert_int_equal(
		    engine_messages_delete(mb, &owner, inbox, 1, &mids[2]), 0);
		assert_int_equal(
		    engine_message_open(mb, &owner, sent, mids[1], 0, &msg), 0);
		engine_message_close(msg);
		assert_int_equal(
		    engine_message_open(mb, &owner, 0, mids[2], 0, &msg),
		    -ENOENT);
		assert_int_equal(
		    engine_message_open(mb, &owner, inbox, mids[0], 0, &msg),
		    0);
		s = msg_string(msg, PR_SUBJECT_A);
		assert_string_equal(s, "edited");
		free(s);
		engine_message_close(msg);
		assert_int_equal(engine_mailbox_check(mb, NULL), 0);
		engine_mailbox_close(mb);
	}

	/* The built-in backend has msg_head: the row without its blob. */
	snprintf(path, sizeof(path), "%s/v2.db", dir);
	assert_int_equal(open_mailbox(path, NULL, false, &mb), 0);
	assert_int_equal(ebk_msg_head(mb, mids[0], head_cb, &props), 0);
	assert_null(props);
	assert_int_equal(ebk_msg_head(mb, mids[2], head_cb, &props), -ENOENT);
	engine_mailbox_close(mb);
}

/* A backend that breaks the contract: a positive result. */
static int count_positive(struct eb_db *db, const struct eb_query *q,
			  uint64_t *count_r)
{
	(void)db;
	(void)q;
	*count_r = 0;
	return 7;
}

static void test_contract_checked(void **state)
{
	static struct engine_backend_ops broken;
	char path[300];
	struct engine_mailbox *mb = NULL;
	struct engine_table *t = NULL;
	ULONG n = 0;
	pid_t pid;
	int status = 0;

	(void)state;
	broken = engine_sqlite_backend;
	broken.name = "faults-broken";
	broken.msg_count = count_positive;
	assert_int_equal(engine_backend_register(&broken), 0);
	snprintf(path, sizeof(path), "%s/broken.db", dir);
	assert_int_equal(open_mailbox(path, "faults-broken", true, &mb), 0);
	assert_int_equal(engine_table_open(mb, &owner,
					   special(mb, ENGINE_FOLDER_INBOX),
					   ENGINE_TABLE_CONTENTS, 0, &t),
			 0);
	fflush(NULL);
	pid = fork();
	assert_true(pid >= 0);
	if (pid == 0) {
		/* The wrapper stops the process at the broken result. */
		(void)engine_table_row_count(t, &n);
		_exit(0);
	}
	assert_int_equal(waitpid(pid, &status, 0), pid);
	assert_true(WIFSIGNALED(status));
	assert_int_equal(WTERMSIG(status), SIGABRT);
	engine_table_close(t);
	engine_mailbox_close(mb);
}

/* A backend failure becomes the mailbox's last error, with the method. */
static void test_failure_recorded(void **state)
{
	char path[300];
	struct engine_mailbox *mb = NULL;
	struct engine_message *msg = NULL;
	engine_id_t inbox;

	(void)state;
	snprintf(path, sizeof(path), "%s/recorded.db", dir);
	assert_int_equal(open_mailbox(path, NULL, true, &mb), 0);
	inbox = special(mb, ENGINE_FOLDER_INBOX);
	assert_int_equal(engine_message_create(mb, &owner, inbox, 0, &msg), 0);
	assert_int_equal(set_subject(msg, "x"), 0);
	ebk_fault_set(1, ENOSPC, false);
	assert_int_equal(engine_message_save(msg, KEEP_OPEN_READWRITE),
			 -ENOSPC);
	assert_string_equal(ebk_fault_injected(), "begin");
	ebk_fault_set(0, 0, false);
	assert_non_null(
	    strstr(engine_last_error(mb), "mailbox backend: begin"));
	assert_true(engine_hresult(-ENOSPC) == MAPI_E_NOT_ENOUGH_DISK);
	/* The same handle saves once the backend works again. */
	assert_int_equal(engine_message_save(msg, 0), 0);
	engine_message_close(msg);
	engine_mailbox_close(mb);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
	    cmocka_unit_test(test_backend_fault_loop),
	    cmocka_unit_test(test_embedded_save_no_memory),
	    cmocka_unit_test(test_backend_versions),
	    cmocka_unit_test(test_contract_checked),
	    cmocka_unit_test(test_failure_recorded),
	};

	return cmocka_run_group_tests(tests, group_setup, group_teardown);
}
