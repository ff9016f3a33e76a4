/*
 * test_engine_durability.c - a save that returned success survives kill -9,
 * and a crash in the middle of a transaction leaves the previous state.
 *
 * A child process opens the mailbox and saves messages as fast as it can:
 * single saves of new messages, bulk creates of five, and changes of
 * messages it saved before.  After each call returns success it writes an
 * acknowledgement (message ID and subject) to a pipe.  The parent kills it
 * with SIGKILL after a random few milliseconds, ITERATIONS times, and after
 * every kill opens the mailbox itself: the database must pass the backend's
 * integrity check (PRAGMA integrity_check and the foreign keys), and every
 * acknowledged message must be there with the subject of its last
 * acknowledged save.  The seed is printed; suite 'engine-stress'.
 */
#include <stdarg.h>
#include <stddef.h>
#include <setjmp.h>
#include <stdint.h>
#include <cmocka.h>

#include <errno.h>
#include <fcntl.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <poll.h>
#include <sys/wait.h>
#include <time.h>
#include <unistd.h>

#include <mapiutil.h>

#include "engine.h"

#define ITERATIONS 220
#define MAX_ACKS   200000

/* An acknowledgement, or (intent) a change about to be saved: a crash
 * may come after its commit but before its acknowledgement, so either
 * subject is then a correct result. */
struct ack {
	uint64_t mid;
	uint32_t intent;
	char subject[48];
	char pending[48]; /* parent's record only */
};

static const struct engine_actor owner = {.principal = "alice"};
static const GUID guid = {0xd0ab1e, 1, 2, {3, 4, 5, 6, 7, 8, 9, 10}};
static char path[300];

/* The latest acknowledged subject per message. */
static struct ack *acks;
static size_t nacks;

static uint64_t rng;

static unsigned rn(unsigned n)
{
	rng ^= rng >> 12;
	rng ^= rng << 25;
	rng ^= rng >> 27;
	return (unsigned)((rng * 0x2545F4914F6CDD1DULL) % n);
}

static struct engine_mailbox *open_mb(void)
{
	struct engine_open_params p = {.path = path,
				       .mailbox_guid = guid,
				       .owner = "alice",
				       .flags = ENGINE_OPEN_CREATE};
	struct engine_mailbox *mb = NULL;
	const char *err = NULL;
	int ret = engine_mailbox_open(&p, &mb, &err);

	if (ret < 0)
		fail_msg("open after crash: %d %s", ret, err ? err : "");
	return mb;
}

static void record(const struct ack *a)
{
	for (size_t i = 0; i < nacks; i++) {
		if (acks[i].mid == a->mid) {
			if (a->intent) {
				memcpy(acks[i].pending, a->subject,
				       sizeof(a->subject));
			} else {
				memcpy(acks[i].subject, a->subject,
				       sizeof(a->subject));
				acks[i].pending[0] = 0;
			}
			return;
		}
	}
	assert_false(a->intent); /* changes are of acknowledged messages */
	assert_true(nacks < MAX_ACKS);
	acks[nacks] = *a;
	acks[nacks++].pending[0] = 0;
}

static void send_ack(int fd, uint64_t mid, const char *subject, uint32_t intent)
{
	struct ack a = {.mid = mid, .intent = intent};

	memcpy(a.subject, subject, strnlen(subject, sizeof(a.subject) - 1));
	if (write(fd, &a, sizeof(a)) != sizeof(a))
		_exit(3);
}

static void save_one(struct engine_mailbox *mb, engine_id_t fid,
		     const char *subject, uint64_t *mid_r)
{
	struct engine_message *msg = NULL;
	SPropValue pv = {.ulPropTag = PR_SUBJECT_A};

	pv.Value.lpszA = (char *)subject;
	if (engine_message_create(mb, &owner, fid, 0, &msg) != 0 ||
	    engine_message_set_props(msg, 1, &pv) != 0 ||
	    engine_message_save(msg, KEEP_OPEN_READONLY) != 0)
		_exit(4);
	engine_message_ids(msg, NULL, mid_r);
	engine_message_close(msg);
}

/* The child: saves until it is killed. */
static void writer(int fd, int iteration, uint64_t seed)
{
	struct engine_mailbox *mb;
	struct engine_open_params p = {.path = path, .mailbox_guid = guid};
	const char *err;
	engine_id_t inbox, own[1024];
	unsigned nown = 0;
	char subject[40];

	rng = seed;
	if (engine_mailbox_open(&p, &mb, &err) != 0)
		_exit(2);
	engine_folder_special(mb, ENGINE_FOLDER_INBOX, &inbox);
	for (unsigned k = 0;; k++) {
		unsigned what = rn(10);

		snprintf(subject, sizeof(subject), "it%d-op%u", iteration, k);
		if (what < 6 || nown == 0) {
			uint64_t mid;

			save_one(mb, inbox, subject, &mid);
			if (nown < 1024)
				own[nown++] = mid;
			send_ack(fd, mid, subject, 0);
		} else if (what < 8) {
			struct engine_new_message nm[5];
			SPropValue pv[5];
			char subj[5][64];
			engine_id_t mids[5];

			for (int i = 0; i < 5; i++) {
				snprintf(subj[i], sizeof(subj[i]), "%s-b%d",
					 subject, i);
				pv[i].ulPropTag = PR_SUBJECT_A;
				pv[i].Value.lpszA = subj[i];
				nm[i].count = 1;
				nm[i].props = &pv[i];
				nm[i].recipients = NULL;
				nm[i].flags = 0;
			}
			if (engine_messages_create(mb, &owner, inbox, 5, nm, 0,
						   mids) != 0)
				_exit(5);
			for (int i = 0; i < 5; i++)
				send_ack(fd, mids[i], subj[i], 0);
		} else {
			struct engine_message *msg = NULL;
			SPropValue pv = {.ulPropTag = PR_SUBJECT_A};
			uint64_t mid = own[rn(nown)];

			snprintf(subject, sizeof(subject), "it%d-mod%u",
				 iteration, k);
			pv.Value.lpszA = subject;
			send_ack(fd, mid, subject, 1);
			if (engine_message_open(mb, &owner, inbox, mid,
						ENGINE_MSG_WRITE, &msg) != 0 ||
			    engine_message_set_props(msg, 1, &pv) != 0 ||
			    engine_message_save(msg, 0) != 0)
				_exit(6);
			engine_message_close(msg);
			send_ack(fd, mid, subject, 0);
		}
	}
}

static void verify(struct engine_mailbox *mb, size_t from)
{
	SizedSPropTagArray(1, tags) = {1, {PR_SUBJECT_A}};
	const char *err = NULL;
	int ret;

	ret = engine_mailbox_check(mb, &err);
	if (ret != 0)
		fail_msg("integrity: %s", err ? err : "?");
	for (size_t i = from; i < nacks; i++) {
		struct engine_message *msg = NULL;
		SPropValue *props = NULL;
		ULONG n;

		ret = engine_message_open(mb, &owner, 0, acks[i].mid, 0, &msg);
		if (ret != 0)
			fail_msg("acknowledged message %llu lost (%d)",
				 (unsigned long long)acks[i].mid, ret);
		assert_int_equal(engine_message_get_props(
				     msg, (SPropTagArray *)&tags, &n, &props),
				 0);
		if (strcmp(props[0].Value.lpszA, acks[i].subject) != 0 &&
		    (acks[i].pending[0] == 0 ||
		     strcmp(props[0].Value.lpszA, acks[i].pending) != 0))
			fail_msg(
			    "message %llu: subject '%s', acknowledged '%s'",
			    (unsigned long long)acks[i].mid,
			    props[0].Value.lpszA, acks[i].subject);
		MAPIFreeBuffer(props);
		engine_message_close(msg);
	}
}

static void test_kill9(void **state)
{
	char dir[] = "/tmp/mapix-durable-XXXXXX";
	struct engine_mailbox *mb;
	uint64_t seed = (uint64_t)time(NULL);
	int killed_busy = 0;

	(void)state;
	if (getenv("MAPIX_TEST_SEED"))
		seed = strtoull(getenv("MAPIX_TEST_SEED"), NULL, 0);
	print_message("# seed %llu (MAPIX_TEST_SEED to repeat)\n",
		      (unsigned long long)seed);
	rng = seed | 1;
	acks = calloc(MAX_ACKS, sizeof(*acks));
	assert_non_null(acks);
	assert_non_null(mkdtemp(dir));
	snprintf(path, sizeof(path), "%s/mb.db", dir);
	mb = open_mb();
	engine_mailbox_close(mb);
	for (int it = 0; it < ITERATIONS; it++) {
		int fds[2], status;
		pid_t pid;
		struct ack a;
		unsigned got = 0;
		unsigned wait_us = rn(20000);
		struct timespec ts = {0, (long)wait_us * 1000};
		ssize_t r;

		assert_int_equal(pipe(fds), 0);
		pid = fork();
		assert_true(pid >= 0);
		if (pid == 0) {
			close(fds[0]);
			writer(fds[1], it, seed * 1000003u + (uint64_t)it);
			_exit(0);
		}
		close(fds[1]);
		/* Kill at a random point once the writer is saving (its first
		 * acknowledgement), however slow its start (sanitizers, a
		 * busy machine). */
		{
			struct pollfd pfd = {.fd = fds[0], .events = POLLIN};

			if (poll(&pfd, 1, 10000) == 1 &&
			    read(fds[0], &a, sizeof(a)) == sizeof(a)) {
				record(&a);
				got++;
			}
		}
		nanosleep(&ts, NULL);
		kill(pid, SIGKILL);
		assert_int_equal(waitpid(pid, &status, 0), pid);
		if (!(WIFSIGNALED(status) && WTERMSIG(status) == SIGKILL))
			fail_msg("seed %llu iteration %d: writer ended with "
				 "status 0x%x",
				 (unsigned long long)seed, it, status);
		/* Every acknowledgement written before the kill. */
		while ((r = read(fds[0], &a, sizeof(a))) == sizeof(a)) {
			record(&a);
			got++;
		}
		close(fds[0]);
		if (got)
			killed_busy++;
		mb = open_mb();
		verify(mb, 0);
		engine_mailbox_close(mb);
	}
	print_message("# %zu messages acknowledged, %d of %d kills after "
		      "saves\n",
		      nacks, killed_busy, ITERATIONS);
	/* Every writer got to save before it was killed. */
	assert_int_equal(killed_busy, ITERATIONS);
	free(acks);
	{
		char cmd[100];

		snprintf(cmd, sizeof(cmd), "rm -rf '%s'", dir);
		assert_int_equal(system(cmd), 0);
	}
}

int main(void)
{
	const struct CMUnitTest tests[] = {
	    cmocka_unit_test(test_kill9),
	};

	return cmocka_run_group_tests(tests, NULL, NULL);
}
