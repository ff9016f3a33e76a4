/*
 * bench_broker.c - what a logon through mapix-broker costs, against a
 * bare fork + exec of /bin/true measured in the same run.
 *
 *   broker_logon_start  connect, "logon", the broker authenticates, forks,
 *                       drops to the user, execs mapix-worker and hands the
 *                       connection over; the front end reads "OK" and the
 *                       worker's answer to a first ping.  Each logon is a
 *                       different user, so each starts a worker.
 *   broker_logon_reuse  the same for a user whose worker runs already.
 *   broker_logon_flood  a logon at the real argon2id cost while another
 *                       local uid keeps 200 wrong-password logons of
 *                       unknown names in flight (each checked at the real
 *                       cost too), against the same logon with no flood in
 *                       the same run: what a user waits while someone
 *                       floods the broker (target: within 3 checks).
 *
 * The users' passwords are hashed at the minimum argon2id cost
 * (MAPIX_PWHASH_FAST), so the figures are the broker's own work; in
 * production every logon adds one argon2id verification at the
 * INTERACTIVE cost (about 50 ms on the reference machine, deliberately).
 * The flood's unknown names are checked against the dummy hash at the
 * real cost (the flood's broker runs without MAPIX_PWHASH_FAST).
 *
 * Needs root (the broker drops workers to test uids); without it prints
 * nothing on stdout and says why on stderr.  Best of 5 runs per figure.
 *   BENCH name=... value=<us> unit=us baseline=<us> ratio=<x> target=<x>
 */
#include <errno.h>
#include <grp.h>
#include <fcntl.h>
#include <poll.h>
#include <signal.h>
#include <stdbool.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/socket.h>
#include <sys/stat.h>
#include <sys/un.h>
#include <sys/wait.h>
#include <time.h>
#include <unistd.h>

#include "directory.h"

#define USERS     60
#define REUSES    1000
#define FORKS     300
#define RUNS      5
#define FIRST_UID 64500
#define PASSWORD  "bench password"
/* The flooding uid, and the socket group that lets it connect. */
#define FLOOD_UID    64598
#define FLOOD_GROUP  64597
#define FLOODERS     200
#define FLOOD_LOGONS 20

static char tmp[] = "/tmp/mapix-bench-broker-XXXXXX";
static char sock_path[256], state[256];

static double now_us(void)
{
	struct timespec ts;

	clock_gettime(CLOCK_MONOTONIC, &ts);
	return ts.tv_sec * 1e6 + ts.tv_nsec / 1e3;
}

static void die(const char *what)
{
	fprintf(stderr, "bench_broker: %s: %s\n", what, strerror(errno));
	exit(1);
}

/* Mean microseconds of one fork + exec /bin/true + wait. */
static double bare_fork_exec(void)
{
	char *const argv[] = {"/bin/true", NULL};
	double start = now_us();
	int i, status;
	pid_t pid;

	for (i = 0; i < FORKS; i++) {
		pid = fork();
		if (pid == 0) {
			execv(argv[0], argv);
			_exit(127);
		}
		if (pid < 0 || waitpid(pid, &status, 0) != pid)
			die("fork");
	}
	return (now_us() - start) / FORKS;
}

static bool read_line(int fd, char *buf, size_t size)
{
	struct pollfd pfd = {.fd = fd, .events = POLLIN};
	size_t len = 0;
	ssize_t n;

	while (len < size - 1) {
		if (poll(&pfd, 1, 10000) <= 0)
			return false;
		n = recv(fd, buf + len, size - 1 - len, 0);
		if (n <= 0)
			return false;
		len += (size_t)n;
		if (buf[len - 1] == '\n')
			return true;
	}
	return false;
}

/* One logon of name plus a ping; false when anything failed. */
static bool logon_ping(const char *name)
{
	struct sockaddr_un addr = {.sun_family = AF_UNIX};
	char line[256];
	int fd, len;
	bool good;

	memcpy(addr.sun_path, sock_path, strlen(sock_path) + 1);
	fd = socket(AF_UNIX, SOCK_STREAM | SOCK_CLOEXEC, 0);
	if (connect(fd, (struct sockaddr *)&addr, sizeof(addr)) < 0) {
		close(fd);
		return false;
	}
	len = snprintf(line, sizeof(line), "logon %s %s\n", name, PASSWORD);
	good = send(fd, line, (size_t)len, MSG_NOSIGNAL) == len &&
	       read_line(fd, line, sizeof(line)) &&
	       strncmp(line, "OK ", 3) == 0 &&
	       send(fd, "{\"op\":\"ping\"}\n", 14, MSG_NOSIGNAL) == 14 &&
	       read_line(fd, line, sizeof(line)) &&
	       strstr(line, "\"ok\":true") != NULL;
	close(fd);
	return good;
}

static pid_t broker_start(const char *broker, const char *worker, bool fast)
{
	struct sockaddr_un addr = {.sun_family = AF_UNIX};
	pid_t pid;
	int i, fd;

	pid = fork();
	if (pid == 0) {
		int null = open("/dev/null", O_WRONLY);

		dup2(null, 2);
		if (!fast)
			unsetenv(DIR_PWHASH_FAST_ENV);
		execl(broker, broker, "--socket", sock_path, "--worker", worker,
		      "--max-workers", "100", "--socket-group", "64597",
		      (char *)NULL);
		_exit(127);
	}
	memcpy(addr.sun_path, sock_path, strlen(sock_path) + 1);
	for (i = 0; i < 500; i++) {
		fd = socket(AF_UNIX, SOCK_STREAM | SOCK_CLOEXEC, 0);
		if (connect(fd, (struct sockaddr *)&addr, sizeof(addr)) == 0) {
			close(fd);
			return pid;
		}
		close(fd);
		usleep(10000);
	}
	errno = ETIMEDOUT;
	die("broker start");
	return -1;
}

static void broker_stop(pid_t pid)
{
	kill(pid, SIGTERM);
	waitpid(pid, NULL, 0);
}

static void users_create(void)
{
	struct directory *dir = NULL;
	const char *error = NULL;
	char name[32];
	int i;

	if (directory_open("sqlite", state, &dir, &error) < 0) {
		fprintf(stderr, "bench_broker: %s\n", error);
		exit(1);
	}
	for (i = 0; i < USERS; i++) {
		struct dir_os_identity os = {.uid = FIRST_UID + (uid_t)i,
					     .gid = FIRST_UID + (gid_t)i};
		struct dir_principal_settings s = {
		    .name = name, .os = &os, .password = PASSWORD};

		snprintf(name, sizeof(name), "bench%d", i);
		if (directory_add(dir, &s, &error) < 0) {
			fprintf(stderr, "bench_broker: %s\n", error);
			exit(1);
		}
	}
	/* One user at the real cost, for the flood's figures. */
	{
		struct dir_os_identity os = {.uid = FIRST_UID + USERS,
					     .gid = FIRST_UID + USERS};
		struct dir_principal_settings s = {
		    .name = "benchreal", .os = &os, .password = PASSWORD};

		unsetenv(DIR_PWHASH_FAST_ENV);
		if (directory_add(dir, &s, &error) < 0) {
			fprintf(stderr, "bench_broker: %s\n", error);
			exit(1);
		}
		setenv(DIR_PWHASH_FAST_ENV, "1", 1);
	}
	directory_close(&dir);
}

/* Mean microseconds of n logon + ping of name. */
static double timed_logons(const char *name, int n)
{
	double t = now_us();
	int i;

	for (i = 0; i < n; i++) {
		if (!logon_ping(name))
			die("logon");
	}
	return (now_us() - t) / n;
}

/*
 * A child of FLOOD_UID that keeps FLOODERS wrong-password logons of
 * unknown names in flight until it is killed.
 */
static pid_t flood_start(void)
{
	static const gid_t group[] = {FLOOD_GROUP};
	struct sockaddr_un addr = {.sun_family = AF_UNIX};
	struct pollfd pfd[FLOODERS];
	pid_t pid = fork();
	unsigned long n = 0;
	int i;

	if (pid != 0)
		return pid;
	if (setgroups(1, group) < 0 ||
	    setresgid(FLOOD_UID, FLOOD_UID, FLOOD_UID) < 0 ||
	    setresuid(FLOOD_UID, FLOOD_UID, FLOOD_UID) < 0)
		_exit(1);
	memcpy(addr.sun_path, sock_path, strlen(sock_path) + 1);
	for (i = 0; i < FLOODERS; i++)
		pfd[i] = (struct pollfd){.fd = -1, .events = POLLIN};
	for (;;) {
		for (i = 0; i < FLOODERS; i++) {
			char line[64];
			int len;

			if (pfd[i].fd >= 0)
				continue;
			pfd[i].fd =
			    socket(AF_UNIX, SOCK_STREAM | SOCK_CLOEXEC, 0);
			if (connect(pfd[i].fd, (struct sockaddr *)&addr,
				    sizeof(addr)) < 0) {
				close(pfd[i].fd);
				pfd[i].fd = -1;
				continue;
			}
			len = snprintf(line, sizeof(line),
				       "logon nobody%lu wrong\n", n++);
			(void)send(pfd[i].fd, line, (size_t)len, MSG_NOSIGNAL);
		}
		if (poll(pfd, FLOODERS, 100) <= 0)
			continue;
		for (i = 0; i < FLOODERS; i++) {
			if (pfd[i].fd >= 0 && pfd[i].revents != 0) {
				close(pfd[i].fd);
				pfd[i].fd = -1;
			}
		}
	}
}

int main(int argc, char **argv)
{
	const char *broker = argc > 1 ? argv[1] : BROKER_PATH;
	const char *worker = argc > 2 ? argv[2] : WORKER_PATH;
	double base = 1e30, start_us = 1e30, reuse_us = 1e30, t, b;
	double quiet_us, flood_us;
	pid_t flooder;
	char name[32], cmd[300];
	int run, i;
	pid_t pid;

	if (geteuid() != 0) {
		fprintf(stderr, "bench_broker: needs root (workers run as test "
				"uids); skipped\n");
		return 0;
	}
	if (mkdtemp(tmp) == NULL || chmod(tmp, 0711) < 0)
		die(tmp);
	snprintf(sock_path, sizeof(sock_path), "%s/broker.sock", tmp);
	snprintf(state, sizeof(state), "%s/state", tmp);
	setenv("MAPIX_STATE_DIR", state, 1);
	setenv("MAPIX_CONFIG", "/nonexistent", 1);
	setenv(DIR_PWHASH_FAST_ENV, "1", 1);
	signal(SIGPIPE, SIG_IGN);
	if (mkdir(state, 0700) < 0)
		die(state);
	users_create();

	for (run = 0; run < RUNS; run++) {
		b = bare_fork_exec();
		base = b < base ? b : base;

		pid = broker_start(broker, worker, true);
		t = now_us();
		for (i = 0; i < USERS; i++) {
			snprintf(name, sizeof(name), "bench%d", i);
			if (!logon_ping(name))
				die("logon (start)");
		}
		t = (now_us() - t) / USERS;
		start_us = t < start_us ? t : start_us;

		t = now_us();
		for (i = 0; i < REUSES; i++) {
			if (!logon_ping("bench0"))
				die("logon (reuse)");
		}
		t = (now_us() - t) / REUSES;
		reuse_us = t < reuse_us ? t : reuse_us;
		broker_stop(pid);
	}

	/* The flood: a broker that checks unknown names at the real cost. */
	pid = broker_start(broker, worker, false);
	quiet_us = timed_logons("benchreal", FLOOD_LOGONS);
	flooder = flood_start();
	usleep(300 * 1000);
	flood_us = timed_logons("benchreal", FLOOD_LOGONS);
	kill(flooder, SIGKILL);
	waitpid(flooder, NULL, 0);
	broker_stop(pid);

	printf("BENCH name=broker_logon_start value=%.1f unit=us "
	       "baseline=%.1f ratio=%.2f target=3.0\n",
	       start_us, base, start_us / base);
	printf("BENCH name=broker_logon_reuse value=%.1f unit=us "
	       "baseline=%.1f ratio=%.2f target=0.5\n",
	       reuse_us, base, reuse_us / base);
	printf("BENCH name=broker_logon_flood value=%.1f unit=us "
	       "baseline=%.1f ratio=%.2f target=3.0\n",
	       flood_us, quiet_us, flood_us / quiet_us);
	snprintf(cmd, sizeof(cmd), "rm -rf '%s'", tmp);
	return system(cmd) == 0 ? 0 : 1;
}
