/*
 * test_launch.c - launch_worker() (src/broker/launch.c) for real, as root:
 * a worker gets exactly its user's ids, groups, descriptors and
 * environment; and every injected failure of the identity system calls
 * (broker_sys.h) -- failing, failing half-way, or lying about success --
 * ends the launch with an error and leaves no process behind, least of all
 * one with root or mixed ids.
 *
 * The worker program is this very binary: started with MAPIX_WORKER_FD
 * set, it reports what the kernel says about it on its channel (fd 3) and
 * exits.  Without root every test is skipped.
 */
#include <dirent.h>
#include <errno.h>
#include <fcntl.h>
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/prctl.h>
#include <sys/socket.h>
#include <sys/stat.h>
#include <sys/wait.h>
#include <unistd.h>

#include <cmocka.h>

#include "broker_sys.h"
#include "launch.h"

#define TEST_UID 64101
#define TEST_GID 64102
#define TEST_G1  64110
#define TEST_G2  64111

extern char **environ;

static char self_path[4096];

/* ---------------------------------------------------------------------
 * The worker side: report and exit
 */

static int probe_main(void)
{
	char report[2048], line[256];
	gid_t groups[64];
	uid_t r, e, s;
	gid_t rg, eg, sg;
	int n, i, fds = 0;
	size_t len = 0;
	DIR *d;
	struct dirent *de;
	char **env;

	getresuid(&r, &e, &s);
	getresgid(&rg, &eg, &sg);
	n = getgroups(64, groups);
	len += (size_t)snprintf(report + len, sizeof(report) - len,
				"ids %u %u %u %u %u %u groups", r, e, s, rg, eg,
				sg);
	for (i = 0; i < n; i++)
		len += (size_t)snprintf(report + len, sizeof(report) - len,
					" %u", groups[i]);
	d = opendir("/proc/self/fd");
	while (d != NULL && (de = readdir(d)) != NULL) {
		if (de->d_name[0] != '.')
			fds++;
	}
	if (d != NULL)
		closedir(d);
	/* Minus the directory's own descriptor. */
	len += (size_t)snprintf(report + len, sizeof(report) - len,
				" fds %d nnp %d", fds - 1,
				prctl(PR_GET_NO_NEW_PRIVS, 0, 0, 0, 0));
	/* Standard output and error: one pipe, to the launcher. */
	{
		struct stat o, e;

		if (fstat(STDOUT_FILENO, &o) == 0 &&
		    fstat(STDERR_FILENO, &e) == 0 && S_ISFIFO(o.st_mode) &&
		    o.st_ino == e.st_ino)
			len += (size_t)snprintf(
			    report + len, sizeof(report) - len,
			    " out-err-pipe %lu", (unsigned long)o.st_ino);
		fputs("probe: hello on stderr\n", stderr);
	}
	for (env = environ; *env != NULL; env++) {
		snprintf(line, sizeof(line), " env %.*s",
			 (int)strcspn(*env, "="), *env);
		len += (size_t)snprintf(report + len, sizeof(report) - len,
					"%s", line);
	}
	return write(WORKER_CHANNEL_FD, report, len) == (ssize_t)len ? 0 : 1;
}

/* ---------------------------------------------------------------------
 * Helpers
 */

static int skip_unless_root(void **state)
{
	(void)state;
	if (geteuid() != 0) {
		print_message("# SKIP launching workers needs root\n");
		skip();
	}
	return 0;
}

/* Processes whose parent is this process. */
static int children_alive(void)
{
	char path[300], buf[512];
	struct dirent *de;
	int n = 0;
	DIR *d = opendir("/proc");

	while (d != NULL && (de = readdir(d)) != NULL) {
		FILE *f;
		char *p;
		long ppid;

		if (de->d_name[0] < '0' || de->d_name[0] > '9')
			continue;
		snprintf(path, sizeof(path), "/proc/%s/stat", de->d_name);
		f = fopen(path, "re");
		if (f == NULL)
			continue;
		if (fgets(buf, sizeof(buf), f) != NULL &&
		    (p = strrchr(buf, ')')) != NULL &&
		    sscanf(p + 2, "%*c %ld", &ppid) == 1 && ppid == getpid())
			n++;
		fclose(f);
	}
	if (d != NULL)
		closedir(d);
	return n;
}

/* Processes anywhere whose real, effective or saved uid is TEST_UID. */
static int test_uid_processes(void)
{
	char path[300], line[256];
	struct dirent *de;
	int n = 0;
	DIR *d = opendir("/proc");

	while (d != NULL && (de = readdir(d)) != NULL) {
		FILE *f;
		unsigned int u[4];

		if (de->d_name[0] < '0' || de->d_name[0] > '9')
			continue;
		snprintf(path, sizeof(path), "/proc/%s/status", de->d_name);
		f = fopen(path, "re");
		if (f == NULL)
			continue;
		while (fgets(line, sizeof(line), f) != NULL) {
			if (sscanf(line, "Uid: %u %u %u %u", &u[0], &u[1],
				   &u[2], &u[3]) == 4) {
				if (u[0] == TEST_UID || u[1] == TEST_UID ||
				    u[2] == TEST_UID || u[3] == TEST_UID)
					n++;
				break;
			}
		}
		fclose(f);
	}
	if (d != NULL)
		closedir(d);
	return n;
}

static const gid_t test_groups[] = {TEST_G2, TEST_G1, TEST_G2};

static void settings_init(struct launch_settings *s, int channel)
{
	memset(s, 0, sizeof(*s));
	s->program = self_path;
	s->principal = "tester";
	s->uid = TEST_UID;
	s->gid = TEST_GID;
	s->groups = test_groups;
	s->groups_count = 3;
	s->home = "/nonexistent";
	s->state_dir = "/nonexistent/state";
	s->channel_fd = channel;
	s->max_files = 64;
}

/*
 * Launches with the current table; returns launch_worker's result, the
 * worker's report in report (empty when it sent none) and its exit status.
 */
static char last_log[512];

static int run_launch(struct launch_settings *s, char *report, size_t size,
		      const char **error_r)
{
	int sv[2], logfd[2], ret, status;
	struct stat pst;
	ssize_t n;
	pid_t pid;

	assert_int_equal(
	    socketpair(AF_UNIX, SOCK_SEQPACKET | SOCK_CLOEXEC, 0, sv), 0);
	assert_int_equal(pipe2(logfd, O_CLOEXEC), 0);
	assert_int_equal(fstat(logfd[0], &pst), 0);
	s->channel_fd = sv[1];
	s->log_fd = logfd[1];
	ret = launch_worker(s, &pid, error_r);
	close(sv[1]);
	close(logfd[1]);
	report[0] = '\0';
	last_log[0] = '\0';
	if (ret == 0) {
		char want[64];

		n = recv(sv[0], report, size - 1, 0);
		report[n > 0 ? n : 0] = '\0';
		assert_int_equal(waitpid(pid, &status, 0), pid);
		assert_true(WIFEXITED(status) && WEXITSTATUS(status) == 0);
		n = read(logfd[0], last_log, sizeof(last_log) - 1);
		last_log[n > 0 ? n : 0] = '\0';
		/* Its stdout and stderr were our pipe, not our stderr. */
		snprintf(want, sizeof(want), " out-err-pipe %lu ",
			 (unsigned long)pst.st_ino);
		assert_non_null(strstr(report, want));
		assert_string_equal(last_log, "probe: hello on stderr\n");
	} else {
		/* Nothing may have run: no report on the channel. */
		n = recv(sv[0], report, size - 1, MSG_DONTWAIT);
		assert_true(n <= 0);
		report[0] = '\0';
	}
	close(sv[0]);
	close(logfd[0]);
	return ret;
}

/* ---------------------------------------------------------------------
 * Tests
 */

static void test_launch_drops_everything(void **state)
{
	struct launch_settings s;
	char report[2048], want[256];
	const char *error = NULL;
	int canary;

	(void)state;
	broker_sys_set(NULL);
	setenv("MAPIX_TEST_CANARY", "inherited", 1);
	/* A descriptor without close-on-exec must not reach the worker. */
	canary = open("/dev/null", O_RDONLY);
	assert_true(canary >= 0);
	settings_init(&s, -1);
	assert_int_equal(run_launch(&s, report, sizeof(report), &error), 0);
	close(canary);
	unsetenv("MAPIX_TEST_CANARY");

	snprintf(want, sizeof(want), "ids %d %d %d %d %d %d groups %d %d ",
		 TEST_UID, TEST_UID, TEST_UID, TEST_GID, TEST_GID, TEST_GID,
		 TEST_G1, TEST_G2);
	print_message("# report: %s\n", report);
	assert_true(strncmp(report, want, strlen(want)) == 0);
	/* 0, 1, 2 and the channel; nnp set. */
	assert_non_null(strstr(report, " fds 4 nnp 1"));
	assert_null(strstr(report, "MAPIX_TEST_CANARY"));
	assert_non_null(strstr(report, " env HOME"));
	assert_non_null(strstr(report, " env MAPIX_WORKER_FD"));
	assert_non_null(strstr(report, " env MAPIX_PRINCIPAL"));
	assert_int_equal(children_alive(), 0);
}

static void test_launch_refuses_root(void **state)
{
	static const gid_t root_group[] = {TEST_G1, 0};
	struct launch_settings s;
	char report[64];
	const char *error = NULL;

	(void)state;
	broker_sys_set(NULL);
	settings_init(&s, -1);
	s.uid = 0;
	assert_int_equal(run_launch(&s, report, sizeof(report), &error),
			 -EPERM);
	settings_init(&s, -1);
	s.gid = 0;
	assert_int_equal(run_launch(&s, report, sizeof(report), &error),
			 -EPERM);
	settings_init(&s, -1);
	s.groups = root_group;
	s.groups_count = 2;
	assert_int_equal(run_launch(&s, report, sizeof(report), &error),
			 -EPERM);
	settings_init(&s, -1);
	s.uid = (uid_t)-1;
	assert_int_equal(run_launch(&s, report, sizeof(report), &error),
			 -EINVAL);
	assert_int_equal(children_alive(), 0);
}

/* -- Injected failures -- */

static pid_t fail_fork(void)
{
	errno = EAGAIN;
	return -1;
}

static int fail_setgroups(size_t n, const gid_t *g)
{
	(void)n;
	(void)g;
	errno = EPERM;
	return -1;
}

static int lie_setgroups(size_t n, const gid_t *g)
{
	(void)n;
	(void)g;
	return 0;
}

static int fail_setresgid(gid_t r, gid_t e, gid_t s)
{
	(void)r;
	(void)e;
	(void)s;
	errno = EPERM;
	return -1;
}

static int lie_setresgid(gid_t r, gid_t e, gid_t s)
{
	/* Half-way: the real gid only, then "success". */
	(void)e;
	(void)s;
	if (r != 0 && setresgid(r, (gid_t)-1, (gid_t)-1) < 0)
		return -1;
	return 0;
}

static int fail_setresuid(uid_t r, uid_t e, uid_t s)
{
	(void)r;
	(void)e;
	(void)s;
	errno = EPERM;
	return -1;
}

static int half_setresuid(uid_t r, uid_t e, uid_t s)
{
	/* Changes the real uid, leaves euid 0: mixed ids, then fails. */
	(void)e;
	(void)s;
	if (r != 0 && setresuid(r, (uid_t)-1, (uid_t)-1) < 0)
		return -1;
	errno = EAGAIN;
	return -1;
}

static int lie_setresuid(uid_t r, uid_t e, uid_t s)
{
	/* Real and effective, never the saved uid: root could come back. */
	if (r == 0)
		return setresuid(r, e, s);
	return setresuid(r, e, (uid_t)-1);
}

static int fail_prctl(int option, unsigned long arg)
{
	(void)option;
	(void)arg;
	errno = EINVAL;
	return -1;
}

static int fail_setrlimit(int resource, const struct rlimit *rl)
{
	(void)resource;
	(void)rl;
	errno = EPERM;
	return -1;
}

static int fail_execve(const char *path, char *const argv[], char *const envp[])
{
	(void)path;
	(void)argv;
	(void)envp;
	errno = ENOEXEC;
	return -1;
}

static int fail_pipe2(int fds[2], int flags)
{
	(void)fds;
	(void)flags;
	errno = EMFILE;
	return -1;
}

static int fail_open(const char *path, int flags)
{
	(void)path;
	(void)flags;
	errno = ENFILE;
	return -1;
}

static int fail_dup2(int oldfd, int newfd)
{
	(void)oldfd;
	(void)newfd;
	errno = EBADF;
	return -1;
}

/* Interrupted twice, then the real call: the child is still reaped. */
static pid_t eintr_waitpid(pid_t pid, int *status, int options)
{
	static int calls;

	if (calls++ % 3 < 2) {
		errno = EINTR;
		return -1;
	}
	return waitpid(pid, status, options);
}

struct injection {
	const char *what;
	struct broker_sys_ops ops;
	/* The step the error message must name. */
	const char *step;
};

static void test_injected_failures(void **state)
{
	const struct injection cases[] = {
	    {"fork fails", {.version = 1, .fork = fail_fork}, "fork"},
	    {"setgroups fails",
	     {.version = 1, .setgroups = fail_setgroups},
	     "setgroups"},
	    {"setgroups lies",
	     {.version = 1, .setgroups = lie_setgroups},
	     "verification"},
	    {"setresgid fails",
	     {.version = 1, .setresgid = fail_setresgid},
	     "setresgid"},
	    {"setresgid half-way",
	     {.version = 1, .setresgid = lie_setresgid},
	     "verification"},
	    {"setresuid fails",
	     {.version = 1, .setresuid = fail_setresuid},
	     "setresuid"},
	    {"setresuid half-way",
	     {.version = 1, .setresuid = half_setresuid},
	     "setresuid"},
	    {"setresuid keeps saved root",
	     {.version = 1, .setresuid = lie_setresuid},
	     "verification"},
	    {"prctl fails", {.version = 1, .prctl = fail_prctl}, "NO_NEW"},
	    {"setrlimit fails",
	     {.version = 1, .setrlimit = fail_setrlimit},
	     "setrlimit"},
	    {"execve fails", {.version = 1, .execve = fail_execve}, "execve"},
	    {"pipe2 fails", {.version = 2, .pipe2 = fail_pipe2}, "pipe"},
	    {"open of /dev/null fails",
	     {.version = 2, .open = fail_open},
	     "/dev/null"},
	    {"dup2 fails in the child",
	     {.version = 2, .dup2 = fail_dup2},
	     "setup"},
	    {"waitpid interrupted after a failed exec",
	     {.version = 2, .execve = fail_execve, .waitpid = eintr_waitpid},
	     "execve"},
	    /* A version-1 table leaves the version-2 calls alone. */
	    {"version-1 table with a failing fork",
	     {.version = 1, .fork = fail_fork, .pipe2 = fail_pipe2},
	     "fork"},
	};
	struct launch_settings s;
	char report[2048];
	size_t i;

	(void)state;
	for (i = 0; i < sizeof(cases) / sizeof(cases[0]); i++) {
		const char *error = NULL;
		int ret;

		assert_int_equal(broker_sys_set(&cases[i].ops), 0);
		settings_init(&s, -1);
		ret = run_launch(&s, report, sizeof(report), &error);
		broker_sys_set(NULL);
		print_message("# %s: %d %s\n", cases[i].what, ret,
			      error != NULL ? error : "");
		assert_true(ret < 0);
		assert_non_null(error);
		assert_non_null(strstr(error, cases[i].step));
		/* The child is reaped, and nothing runs as the user. */
		assert_int_equal(children_alive(), 0);
		assert_int_equal(test_uid_processes(), 0);
		assert_int_equal(waitpid(-1, NULL, WNOHANG), -1);
	}
	/* A missing program fails at exec, for real. */
	settings_init(&s, -1);
	s.program = "/nonexistent/mapix-worker";
	{
		const char *error = NULL;

		assert_int_equal(run_launch(&s, report, sizeof(report), &error),
				 -ENOENT);
		assert_non_null(strstr(error, "execve"));
	}
	assert_int_equal(children_alive(), 0);
	assert_int_equal(test_uid_processes(), 0);
}

static void test_sys_versions(void **state)
{
	struct broker_sys_ops ops = {.version = 0};

	(void)state;
	assert_int_equal(broker_sys_set(&ops), -EINVAL);
	ops.version = BROKER_SYS_VERSION + 1;
	assert_int_equal(broker_sys_set(&ops), -EINVAL);
	ops.version = BROKER_SYS_VERSION;
	ops.fork = fail_fork;
	assert_int_equal(broker_sys_set(&ops), 0);
	assert_ptr_equal(broker_sys()->fork, fail_fork);
	assert_ptr_equal(broker_sys()->execve, broker_sys_default.execve);
	/* Version 1 tables cannot set the entries of version 2. */
	ops.version = 1;
	ops.waitpid = eintr_waitpid;
	assert_int_equal(broker_sys_set(&ops), 0);
	assert_ptr_equal(broker_sys()->waitpid, broker_sys_default.waitpid);
	ops.version = 2;
	assert_int_equal(broker_sys_set(&ops), 0);
	assert_ptr_equal(broker_sys()->waitpid, eintr_waitpid);
	assert_int_equal(broker_sys_set(NULL), 0);
	assert_ptr_equal(broker_sys()->fork, broker_sys_default.fork);
}

int main(int argc, char **argv)
{
	const struct CMUnitTest tests[] = {
	    cmocka_unit_test(test_sys_versions),
	    cmocka_unit_test_setup(test_launch_drops_everything,
				   skip_unless_root),
	    cmocka_unit_test_setup(test_launch_refuses_root, skip_unless_root),
	    cmocka_unit_test_setup(test_injected_failures, skip_unless_root),
	};
	ssize_t n;

	(void)argc;
	if (getenv(WORKER_CHANNEL_ENV) != NULL)
		return probe_main();
	n = readlink("/proc/self/exe", self_path, sizeof(self_path) - 1);
	if (n <= 0) {
		perror("readlink /proc/self/exe");
		return 1;
	}
	self_path[n] = '\0';
	(void)argv;
	return cmocka_run_group_tests(tests, NULL, NULL);
}
