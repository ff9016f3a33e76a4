/*
 * test_attack.c - mapix-broker tried as an attacker would, as root with
 * real test uids: every way in that the security review found (issue 11),
 * each a check that failed before the fix.
 *
 *  - identity change under a live pool: alice deleted and added again for
 *    another person, or remapped to another uid, or disabled, or her
 *    password changed: her open connections close within a second, the
 *    old worker is gone, and the new alice never gets the old worker nor
 *    the old alice's profile directory;
 *  - descriptors: a process of the worker's own uid cannot take the
 *    worker's descriptors (pidfd_getfd) or list them; the worker's stdout
 *    and stderr are a pipe to the broker, never the broker's log, and what
 *    a worker writes there cannot pass for a line of the broker's;
 *  - slots: a user whose worker takes no connections gets MAPI_E_BUSY and
 *    never a second worker, while other users log on;
 *  - floods: 200 parallel wrong-password logons from another uid, 300 idle
 *    connections, 200 attempts on one name: a real logon still succeeds
 *    within 2 s, at the real argon2id cost;
 *  - a front end that does not read its answers does not hold up another
 *    connection of the same worker;
 *  - names "." and "..", a name's case, a profile directory owned by
 *    someone else, a principal with group 0, a NUL inside a request;
 *  - the state directory made exactly 0711; a uid range that overlaps a
 *    trusted id is refused at start-up, and a range uid is never one a
 *    principal uses as a group;
 *  - SIGHUP reloads the configuration without dropping workers.
 *
 * The worker program is this binary: for the principal "eve" it takes no
 * connection ever; for "loud" it writes a forged log line first; for the
 * others it execs the real mapix-worker (REAL_WORKER).
 *
 * Usage: test_attack MAPIX-BROKER MAPIX-WORKER.  TAP; exits 77 (skip)
 * when not root.
 */
#include <dirent.h>
#include <errno.h>
#include <fcntl.h>
#include <grp.h>
#include <poll.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/prctl.h>
#include <sys/socket.h>
#include <sys/stat.h>
#include <sys/syscall.h>
#include <sys/wait.h>
#include <unistd.h>

#include "harness.h"

#ifndef REAL_WORKER
#error "REAL_WORKER: the path of the built mapix-worker"
#endif

#define EVE_UID       64205
#define GUS_UID       64206
#define GINA_UID      64250
#define ATTACKER_UID  64290
#define SOCKET_GROUP  64299
#define NEW_ALICE_UID 64208
#define MAP_ALICE_UID 64209

/* ---------------------------------------------------------------------
 * The worker program, when the broker starts this binary
 */

static int stub_worker(void)
{
	const char *who = getenv("MAPIX_PRINCIPAL");
	char *const argv[] = {(char *)REAL_WORKER, NULL};

	if (who != NULL && strcmp(who, "eve") == 0) {
		/* Never takes a connection: the broker's channel fills. */
		prctl(PR_SET_DUMPABLE, 0, 0, 0, 0);
		for (;;)
			pause();
	}
	if (who != NULL && strcmp(who, "loud") == 0) {
		fputs("mapix-broker[1]: info: forged by a worker\n"
		      "second\rline\x1b[2J\n",
		      stderr);
		fflush(stderr);
	}
	execv(REAL_WORKER, argv);
	return 127;
}

/* ---------------------------------------------------------------------
 * Helpers
 */

static void add_principal(struct directory *dir, const char *name, uid_t uid,
			  const gid_t *groups, unsigned int n,
			  const char *password)
{
	struct dir_os_identity os = {
	    .uid = uid, .gid = uid, .groups = groups, .groups_count = n};
	struct dir_principal_settings s = {
	    .name = name, .os = uid != 0 ? &os : NULL, .password = password};
	const char *error = NULL;

	if (directory_add(dir, &s, &error) < 0) {
		printf("Bail out! cannot add %s: %s\n", name, error);
		exit(1);
	}
}

static pid_t worker_pid(int fd)
{
	json_object *who = ask(fd, "{\"op\":\"whoami\"}");
	pid_t pid = (pid_t)field_long(who, "pid");

	json_object_put(who);
	return pid;
}

static long worker_uid(int fd)
{
	json_object *who = ask(fd, "{\"op\":\"whoami\"}");
	long uid = field_long(who, "uid");

	json_object_put(who);
	return uid;
}

/* True when pid is gone (or a zombie nobody reaped yet) within ms. */
static bool gone_within(pid_t pid, int ms)
{
	char buf[64];
	double end = now_ms() + ms;

	do {
		if (kill(pid, 0) < 0 && errno == ESRCH)
			return true;
		if (proc_status(pid, "State:", buf, sizeof(buf)) &&
		    buf[0] == 'Z')
			return true;
		usleep(20 * 1000);
	} while (now_ms() < end);
	return false;
}

/* Live processes whose real uid is uid. */
static int processes_of(uid_t uid)
{
	char want[32], got[128];
	struct dirent *de;
	DIR *d = opendir("/proc");
	int n = 0;

	snprintf(want, sizeof(want), "%u ", (unsigned int)uid);
	while (d != NULL && (de = readdir(d)) != NULL) {
		pid_t pid = (pid_t)atol(de->d_name);

		if (pid <= 0)
			continue;
		if (proc_status(pid, "Uid:", got, sizeof(got)) &&
		    strncmp(got, want, strlen(want)) == 0 &&
		    proc_status(pid, "State:", got, sizeof(got)) &&
		    got[0] != 'Z')
			n++;
	}
	if (d != NULL)
		closedir(d);
	return n;
}

/* Drops the calling (forked) process to uid with the given groups. */
static void become(uid_t uid, const gid_t *groups, size_t n)
{
	if (setgroups(n, groups) < 0 || setresgid(uid, uid, uid) < 0 ||
	    setresuid(uid, uid, uid) < 0)
		_exit(99);
}

static void rm_rf(const char *path)
{
	char cmd[1200];

	snprintf(cmd, sizeof(cmd), "rm -rf '%s'", path);
	if (system(cmd) != 0)
		diag("could not remove %s", path);
}

static int logon_pw(const struct instance *in, const char *name,
		    const char *password, char *reply, size_t size)
{
	char req[256];

	snprintf(req, sizeof(req), "logon %s %s", name, password);
	return send_request(in, req, reply, size);
}

/* ---------------------------------------------------------------------
 * Identity changes under a live pool
 */

static void check_identity_change(void)
{
	struct instance in;
	struct directory *dir;
	char reply[256], path[700];
	const char *error = NULL;
	int a1, a2;
	pid_t p1, p2;

	instance_init(&in, "ident", true, "");
	instance_start(&in, true, NULL);
	a1 = logon(&in, "alice", PASSWORD);
	p1 = worker_pid(a1);
	ok(a1 >= 0 && p1 > 0 && worker_uid(a1) == ALICE_UID,
	   "identity: alice's worker %ld runs as %d", (long)p1, ALICE_UID);

	/* The admin deletes alice and adds another person as alice. */
	dir = instance_directory(&in);
	ok(directory_delete(dir, "alice", &error) == 0, "identity: del alice");
	add_principal(dir, "alice", NEW_ALICE_UID, NULL, 0, "new password");
	ok(closed_within(a1, 1000),
	   "identity: the former alice's connection closes within 1 s");
	ok(gone_within(p1, 2000), "identity: her worker %ld is gone", (long)p1);
	close(a1);
	a2 = logon_pw(&in, "alice", "new password", reply, sizeof(reply));
	ok(strstr(reply, "FAIL MAPI_E_NO_ACCESS") != NULL &&
	       log_contains(&in, "belongs to uid 64201"),
	   "identity: the new alice does not get the old one's profile "
	   "directory: %s",
	   reply);
	close(a2);
	snprintf(path, sizeof(path), "%s/profiles/alice", in.state);
	rm_rf(path);
	a2 = logon(&in, "alice", "new password");
	p2 = worker_pid(a2);
	ok(a2 >= 0 && worker_uid(a2) == NEW_ALICE_UID && p2 != p1,
	   "identity: once it is moved away, the new alice gets her own "
	   "worker (uid %ld)",
	   worker_uid(a2));
	a1 = logon(&in, "alice", PASSWORD);
	ok(a1 < 0, "identity: the old password is refused");

	/* Remapped to another uid: the worker goes, the next is the new uid. */
	ok(directory_map_os(dir, "alice",
			    &(struct dir_os_identity){.uid = MAP_ALICE_UID,
						      .gid = MAP_ALICE_UID},
			    &error) == 0,
	   "identity: map-uid alice %d", MAP_ALICE_UID);
	ok(closed_within(a2, 1000),
	   "identity: her open connection closes within 1 s of map-uid");
	ok(gone_within(p2, 2000), "identity: the worker of the old uid is "
				  "gone");
	close(a2);
	chown(path, MAP_ALICE_UID, MAP_ALICE_UID);
	a2 = logon(&in, "alice", "new password");
	ok(a2 >= 0 && worker_uid(a2) == MAP_ALICE_UID,
	   "identity: the next logon runs as uid %d", MAP_ALICE_UID);
	p2 = worker_pid(a2);

	/* A password change ends open sessions too. */
	ok(directory_set_password(dir, "alice", "third password", &error) == 0,
	   "identity: alice's password changes");
	ok(closed_within(a2, 1000),
	   "identity: her open connection closes within 1 s");
	close(a2);

	/* Disabled, then deleted: revocation within a second. */
	a2 = logon(&in, "alice", "third password");
	ok(a2 >= 0, "identity: alice logs on with her new password");
	ok(directory_set_flags(dir, "alice", DIR_FLAG_DISABLED, 0, &error) == 0,
	   "identity: admin disables alice");
	ok(closed_within(a2, 1000),
	   "identity: a disabled user's open connection closes within 1 s");
	close(a2);
	a2 = logon_pw(&in, "alice", "third password", reply, sizeof(reply));
	ok(strcmp(reply, "FAIL MAPI_E_LOGON_FAILED logon failed") == 0,
	   "identity: the disabled user cannot log on: %s", reply);
	close(a2);
	a1 = logon(&in, "bob", PASSWORD);
	ok(a1 >= 0 && directory_delete(dir, "bob", &error) == 0 &&
	       closed_within(a1, 1000),
	   "identity: a deleted user's open connection closes within 1 s");
	close(a1);
	ok(log_contains(&in, "(principal disabled)") &&
	       log_contains(&in, "(principal deleted)") &&
	       log_contains(&in, "(principal changed)"),
	   "identity: each revocation is logged with its reason");
	directory_close(&dir);
	ok(instance_stop(&in), "identity: broker exits 0");
}

/* ---------------------------------------------------------------------
 * Descriptors and logs
 */

static void check_descriptors(void)
{
	struct instance in;
	struct directory *dir;
	char link[512], path[64];
	int fd, status, loud;
	pid_t pid, child;
	ssize_t n;

	instance_init(&in, "fds", true, "");
	dir = instance_directory(&in);
	add_principal(dir, "loud", EVE_UID, NULL, 0, PASSWORD);
	directory_close(&dir);
	{
		char self[512];

		n = readlink("/proc/self/exe", self, sizeof(self) - 1);
		self[n > 0 ? n : 0] = '\0';
		instance_start(&in, true, "--worker", self, NULL);
	}
	fd = logon(&in, "bob", PASSWORD);
	pid = worker_pid(fd);
	ok(fd >= 0 && pid > 0, "fds: bob's worker %ld", (long)pid);
	snprintf(path, sizeof(path), "/proc/%ld/fd/2", (long)pid);
	n = readlink(path, link, sizeof(link) - 1);
	link[n > 0 ? n : 0] = '\0';
	ok(strncmp(link, "pipe:", 5) == 0,
	   "fds: the worker's stderr is a pipe (%s), not the broker's log",
	   link);
	snprintf(path, sizeof(path), "/proc/%ld/fd/1", (long)pid);
	n = readlink(path, link, sizeof(link) - 1);
	link[n > 0 ? n : 0] = '\0';
	ok(strncmp(link, "pipe:", 5) == 0, "fds: its stdout too (%s)", link);

	/* A plain process of bob's uid tries to take the worker's fds. */
	child = fork();
	if (child == 0) {
		static const gid_t none[1];
		int pidfd, got, dfd;

		become(BOB_UID, none, 0);
		pidfd = (int)syscall(SYS_pidfd_open, pid, 0);
		if (pidfd < 0)
			_exit(10);
		got = (int)syscall(SYS_pidfd_getfd, pidfd, 2, 0);
		if (got >= 0)
			_exit(1);
		if (errno != EPERM)
			_exit(2);
		got = (int)syscall(SYS_pidfd_getfd, pidfd, 3, 0);
		if (got >= 0)
			_exit(3);
		snprintf(path, sizeof(path), "/proc/%ld/fd", (long)pid);
		dfd = open(path, O_RDONLY | O_DIRECTORY);
		if (dfd >= 0)
			_exit(4);
		_exit(0);
	}
	waitpid(child, &status, 0);
	ok(WIFEXITED(status) && WEXITSTATUS(status) == 0,
	   "fds: a process of bob's uid can take none of his worker's "
	   "descriptors, nor list them (status %d)",
	   WIFEXITED(status) ? WEXITSTATUS(status) : -1);
	close(fd);

	loud = logon(&in, "loud", PASSWORD);
	ok(loud >= 0 && answer_is(loud, "{\"op\":\"ping\"}", NULL),
	   "fds: loud's worker logged on");
	usleep(300 * 1000);
	snprintf(link, sizeof(link),
		 "worker user=loud pid=%ld: mapix-broker[1]: "
		 "info: forged by a worker",
		 (long)worker_pid(loud));
	ok(log_contains(&in, link),
	   "fds: a worker's line lands in the log prefixed with its user and "
	   "pid");
	ok(!log_contains(&in, "\nmapix-broker[1]:"),
	   "fds: no line of the log is the worker's forgery");
	ok(log_contains(&in, "second?line?[2J"),
	   "fds: control characters of a worker's line are replaced");
	close(loud);
	ok(instance_stop(&in), "fds: broker exits 0");
}

/* ---------------------------------------------------------------------
 * Slots
 */

static void check_slots(void)
{
	struct instance in;
	struct directory *dir;
	char reply[256], self[512];
	int i, busy = 0, okays = 0, other = 0, alice, bob;
	ssize_t n;

	n = readlink("/proc/self/exe", self, sizeof(self) - 1);
	self[n > 0 ? n : 0] = '\0';
	instance_init(&in, "slots", true, "broker_act_as = 0\n");
	dir = instance_directory(&in);
	add_principal(dir, "eve", EVE_UID, NULL, 0, PASSWORD);
	directory_close(&dir);
	instance_start(&in, true, "--worker", self, "--max-workers", "4",
		       "--max-per-user", "2", NULL);
	for (i = 0; i < 600 && busy < 20; i++) {
		int fd = send_request(&in, "act-as eve", reply, sizeof(reply));

		if (strcmp(reply, "OK eve") == 0)
			okays++;
		else if (strncmp(reply, "FAIL MAPI_E_BUSY", 16) == 0)
			busy++;
		else
			other++;
		if (fd >= 0)
			close(fd);
	}
	ok(busy >= 20 && other == 0,
	   "slots: eve's stuck worker: %d hand-overs, then MAPI_E_BUSY (%d), "
	   "nothing else (%d)",
	   okays, busy, other);
	ok(processes_of(EVE_UID) == 1,
	   "slots: eve never gets a second worker (%d processes)",
	   processes_of(EVE_UID));
	alice = logon(&in, "alice", PASSWORD);
	bob = logon(&in, "bob", PASSWORD);
	ok(alice >= 0 && bob >= 0 &&
	       answer_is(alice, "{\"op\":\"ping\"}", NULL) &&
	       answer_is(bob, "{\"op\":\"ping\"}", NULL),
	   "slots: alice and bob log on and are served meanwhile");
	close(alice);
	close(bob);
	ok(instance_stop(&in), "slots: broker exits 0");
}

/* ---------------------------------------------------------------------
 * Floods
 */

/* Milliseconds a logon of alice takes (-1 when it fails). */
static double timed_logon(const struct instance *in)
{
	double start = now_ms();
	int fd = logon(in, "alice", PASSWORD);

	if (fd < 0)
		return -1;
	close(fd);
	return now_ms() - start;
}

/*
 * In a child of uid ATTACKER_UID (group SOCKET_GROUP): opens n
 * connections, sends request on each unless it is NULL, tells the parent
 * (a byte on ready), then waits up to wait_ms for every connection to be
 * answered or closed; exits with how many were closed by the broker
 * (capped at 250).
 */
static pid_t attacker(const struct instance *in, int n, const char *request,
		      int ready, int wait_ms)
{
	static const gid_t group[] = {SOCKET_GROUP};
	pid_t pid = fork();
	int *fds, i, closed = 0;
	double end;

	if (pid != 0)
		return pid;
	become(ATTACKER_UID, group, 1);
	fds = calloc((size_t)n, sizeof(int));
	for (i = 0; i < n; i++) {
		char line[128];

		fds[i] = connect_to(in);
		if (fds[i] >= 0 && request != NULL) {
			snprintf(line, sizeof(line), "%s%d x\n", request, i);
			(void)send(fds[i], line, strlen(line), MSG_NOSIGNAL);
		}
	}
	(void)write(ready, "r", 1);
	end = now_ms() + wait_ms;
	for (i = 0; i < n; i++) {
		struct pollfd pfd = {.fd = fds[i], .events = POLLIN};
		char buf[256];
		int left = (int)(end - now_ms());

		if (fds[i] < 0 || poll(&pfd, 1, left > 0 ? left : 0) <= 0)
			continue;
		while (recv(fds[i], buf, sizeof(buf), 0) > 0)
			;
		closed++;
	}
	_exit(closed > 250 ? 250 : closed);
}

static void check_floods(void)
{
	struct instance in;
	char reply[256];
	int pipefd[2], status, i, fds[200];
	double t;
	pid_t child;
	char c;

	/* The real argon2id cost. */
	instance_init(&in, "flood", false, "");
	instance_start(&in, false, "--socket-group", "64299", NULL);
	t = timed_logon(&in);
	ok(t > 0, "flood: alice logs on alone in %.0f ms", t);

	/* 200 wrong passwords at once from another uid. */
	if (pipe(pipefd) < 0)
		return;
	child = attacker(&in, 200, "logon user", pipefd[1], 60000);
	(void)read(pipefd[0], &c, 1);
	t = timed_logon(&in);
	ok(t > 0 && t < 2000,
	   "flood: under 200 parallel bad logons from uid %d, alice logs on "
	   "in %.0f ms (< 2000)",
	   ATTACKER_UID, t);
	waitpid(child, &status, 0);
	ok(WIFEXITED(status) && WEXITSTATUS(status) == 200,
	   "flood: every attempt is answered (%d of 200)",
	   WIFEXITED(status) ? WEXITSTATUS(status) : -1);

	/* 300 connections that never send a thing. */
	child = attacker(&in, 300, NULL, pipefd[1], 8000);
	(void)read(pipefd[0], &c, 1);
	t = timed_logon(&in);
	ok(t > 0 && t < 2000,
	   "flood: with 300 idle connections open, alice logs on in %.0f ms",
	   t);
	waitpid(child, &status, 0);
	ok(WIFEXITED(status) && WEXITSTATUS(status) == 250,
	   "flood: the idle connections are closed within seconds (%d)",
	   WIFEXITED(status) ? WEXITSTATUS(status) : -1);

	/* 200 attempts on bob from our own uid, then alice's. */
	for (i = 0; i < 200; i++) {
		static const char req[] = "logon bob wrong\n";

		fds[i] = connect_to(&in);
		if (fds[i] >= 0)
			(void)send(fds[i], req, sizeof(req) - 1, MSG_NOSIGNAL);
	}
	usleep(50 * 1000);
	t = timed_logon(&in);
	ok(t > 0 && t < 2000,
	   "flood: with 200 attempts on bob queued, alice logs on in %.0f ms",
	   t);
	for (i = 0; i < 200; i++) {
		if (fds[i] >= 0)
			close(fds[i]);
	}
	close(pipefd[0]);
	close(pipefd[1]);
	/* Back-off: bob's next right password waits, but works. */
	{
		int fd = logon_pw(&in, "bob", PASSWORD, reply, sizeof(reply));

		ok(strcmp(reply, "OK bob") == 0 ||
		       strncmp(reply, "FAIL MAPI_E_BUSY", 16) == 0,
		   "flood: bob himself is slowed down, not locked out: %s",
		   reply);
		close(fd);
	}
	ok(instance_stop(&in), "flood: broker exits 0");
}

/* ---------------------------------------------------------------------
 * A front end that does not read
 */

static void check_slow_reader(void)
{
	struct instance in;
	int slow, other, rcv = 4096, i, sent = 0;
	double t;

	instance_init(&in, "slowread", true, "");
	instance_start(&in, true, NULL);
	slow = logon(&in, "alice", PASSWORD);
	other = logon(&in, "alice", PASSWORD);
	ok(slow >= 0 && other >= 0 && worker_pid(slow) == worker_pid(other),
	   "slow reader: two connections of alice, one worker");
	setsockopt(slow, SOL_SOCKET, SO_RCVBUF, &rcv, sizeof(rcv));
	for (i = 0; i < 50000; i++) {
		static const char req[] = "{\"op\":\"whoami\"}\n";

		if (send(slow, req, sizeof(req) - 1,
			 MSG_NOSIGNAL | MSG_DONTWAIT) != sizeof(req) - 1)
			break;
		sent++;
	}
	usleep(200 * 1000);
	t = now_ms();
	ok(answer_is(other, "{\"op\":\"ping\"}", NULL) && now_ms() - t < 1000,
	   "slow reader: %d unread answers on one connection; the other is "
	   "answered in %.0f ms",
	   sent, now_ms() - t);
	close(slow);
	close(other);
	ok(instance_stop(&in), "slow reader: broker exits 0");
}

/* ---------------------------------------------------------------------
 * Names, modes, the uid range, reload
 */

static void check_names(void)
{
	static const gid_t root_group[] = {0};
	struct instance in;
	struct directory *dir;
	char reply[256], path[700];
	struct stat st;
	int fd;

	instance_init(&in, "names", true, "broker_act_as = 0\n");
	chmod(in.state, 0755);
	dir = instance_directory(&in);
	add_principal(dir, "Eve", EVE_UID, NULL, 0, PASSWORD);
	add_principal(dir, "gus", GUS_UID, root_group, 1, PASSWORD);
	directory_close(&dir);
	/* bob's profile directory, made by someone else. */
	snprintf(path, sizeof(path), "%s/profiles", in.state);
	mkdir(path, 0711);
	snprintf(path, sizeof(path), "%s/profiles/bob", in.state);
	mkdir(path, 0700);
	chown(path, ALICE_UID, ALICE_UID);
	instance_start(&in, true, NULL);

	ok(stat(in.state, &st) == 0 && (st.st_mode & 07777) == 0711,
	   "names: the state directory is made 0711 (was 0755): %04o",
	   (unsigned int)(st.st_mode & 07777));
	fd = send_request(&in, "logon .. x", reply, sizeof(reply));
	ok(strncmp(reply, "FAIL MAPI_E_INVALID_PARAMETER", 29) == 0,
	   "names: '..' is not a name: %s", reply);
	close(fd);
	fd = send_request(&in, "act-as .", reply, sizeof(reply));
	ok(strncmp(reply, "FAIL MAPI_E_INVALID_PARAMETER", 29) == 0,
	   "names: '.' is not a name: %s", reply);
	close(fd);

	fd = logon(&in, "Eve", PASSWORD);
	snprintf(path, sizeof(path), "%s/profiles/eve", in.state);
	ok(fd >= 0 && stat(path, &st) == 0 && st.st_uid == EVE_UID,
	   "names: Eve's profile directory is profiles/eve, hers");
	snprintf(path, sizeof(path), "%s/profiles/Eve", in.state);
	ok(stat(path, &st) < 0, "names: no profiles/Eve");
	ok(answer_is(fd, "{\"op\":\"ping\\u0000x\"}",
		     "MAPI_E_INVALID_PARAMETER"),
	   "names: \"ping\\u0000x\" is not ping");
	close(fd);

	fd = send_request(&in, "act-as bob", reply, sizeof(reply));
	ok(strcmp(reply, "FAIL MAPI_E_NO_ACCESS user may not run a worker") ==
		   0 &&
	       log_contains(&in, "belongs to uid 64201, not to uid 64202"),
	   "names: a profile directory owned by another uid is refused: %s",
	   reply);
	close(fd);
	fd = send_request(&in, "act-as gus", reply, sizeof(reply));
	snprintf(path, sizeof(path), "%s/profiles/gus", in.state);
	ok(strcmp(reply, "FAIL MAPI_E_NO_ACCESS user may not run a worker") ==
		   0 &&
	       stat(path, &st) < 0,
	   "names: group 0 is MAPI_E_NO_ACCESS, before any directory is "
	   "made: %s",
	   reply);
	close(fd);
	ok(instance_stop(&in), "names: broker exits 0");
}

/* Starts the broker expecting it to refuse; true when it exits 1 and
 * logs text. */
static bool refused_at_start(struct instance *in, const char *name,
			     const char *text, const char *opt, const char *val)
{
	int status;

	instance_init(in, name, true, "");
	in->pid = fork();
	if (in->pid == 0) {
		int log = open(in->log, O_WRONLY | O_CREAT | O_APPEND, 0600);

		dup2(log, 2);
		setenv("MAPIX_STATE_DIR", in->state, 1);
		setenv("MAPIX_CONFIG", in->config, 1);
		execl(broker_path, broker_path, "--socket", in->sock,
		      "--uid-range", "64300-64309", opt, val, (char *)NULL);
		_exit(127);
	}
	waitpid(in->pid, &status, 0);
	return WIFEXITED(status) && WEXITSTATUS(status) == 1 &&
	       log_contains(in, text);
}

static void check_uid_range(void)
{
	static const gid_t gina_groups[] = {RANGE_FIRST};
	struct instance in;
	struct directory *dir;
	long uid;
	int fd;

	ok(refused_at_start(&in, "refuse1", "contains uid 64305", "--act-as",
			    "64305"),
	   "range: a range holding a trusted front end's uid is refused");
	rm_rf(in.state);
	ok(refused_at_start(&in, "refuse2", "contains gid 64303",
			    "--socket-group", "64303"),
	   "range: a range holding the socket's group is refused");
	rm_rf(in.state);

	instance_init(&in, "range", true, "");
	dir = instance_directory(&in);
	add_principal(dir, "gina", GINA_UID, gina_groups, 1, PASSWORD);
	directory_close(&dir);
	instance_start(&in, true, "--uid-range", "64300-64309", NULL);
	fd = logon(&in, "carol", PASSWORD);
	uid = worker_uid(fd);
	ok(fd >= 0 && uid > RANGE_FIRST && uid <= RANGE_LAST,
	   "range: carol gets uid %ld, not %d, gina's group", uid, RANGE_FIRST);
	close(fd);
	ok(instance_stop(&in), "range: broker exits 0");
}

static void check_reload(void)
{
	struct instance in;
	char reply[256];
	FILE *f;
	int fd, again, i;
	pid_t pid;

	instance_init(&in, "reload", true, "");
	instance_start(&in, true, NULL);
	fd = logon(&in, "alice", PASSWORD);
	pid = worker_pid(fd);
	again = send_request(&in, "act-as alice", reply, sizeof(reply));
	ok(strncmp(reply, "FAIL MAPI_E_NO_ACCESS", 21) == 0,
	   "reload: act-as is refused before: %s", reply);
	close(again);
	f = fopen(in.config, "w");
	fputs("broker_act_as = 0\n", f);
	fclose(f);
	kill(in.pid, SIGHUP);
	for (i = 0; i < 100 && !log_contains(&in, "configuration reloaded");
	     i++)
		usleep(20 * 1000);
	again = send_request(&in, "act-as alice", reply, sizeof(reply));
	ok(strcmp(reply, "OK alice") == 0 && worker_pid(again) == pid,
	   "reload: after SIGHUP act-as works, on the same worker %ld",
	   (long)pid);
	ok(answer_is(fd, "{\"op\":\"ping\"}", NULL),
	   "reload: the connection from before goes on");
	close(again);

	f = fopen(in.config, "w");
	fputs("broker_max_workers_per_user = 0\n", f);
	fclose(f);
	kill(in.pid, SIGHUP);
	for (i = 0; i < 100 && !log_contains(&in, "old one stays"); i++)
		usleep(20 * 1000);
	again = send_request(&in, "act-as alice", reply, sizeof(reply));
	ok(log_contains(&in, "old one stays") && strcmp(reply, "OK alice") == 0,
	   "reload: a broken configuration is refused, the old one stays");
	close(again);
	close(fd);
	ok(instance_stop(&in), "reload: broker exits 0");
}

int main(int argc, char **argv)
{
	if (getenv("MAPIX_WORKER_FD") != NULL)
		return stub_worker();
	harness_init("broker-attack", argc, argv);
	check_identity_change();
	check_descriptors();
	check_slots();
	check_slow_reader();
	check_names();
	check_uid_range();
	check_reload();
	check_floods();
	usleep(300 * 1000);
	ok(test_uid_processes() == 0,
	   "no process runs under a test uid any more");
	return harness_done();
}
