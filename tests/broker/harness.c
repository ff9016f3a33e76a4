/*
 * harness.c - the shared part of the broker's end-to-end tests
 * (harness.h).
 */
#include "harness.h"

#include <dirent.h>
#include <errno.h>
#include <fcntl.h>
#include <poll.h>
#include <signal.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/socket.h>
#include <sys/stat.h>
#include <sys/un.h>
#include <sys/wait.h>
#include <time.h>
#include <unistd.h>

const char *broker_path, *worker_path;
char tmp[64];
int n_test, n_failed;

void ok(bool cond, const char *fmt, ...)
{
	va_list args;

	n_test++;
	printf("%sok %d - ", cond ? "" : "not ", n_test);
	va_start(args, fmt);
	vprintf(fmt, args);
	va_end(args);
	putchar('\n');
	fflush(stdout);
	if (!cond)
		n_failed++;
}

void diag(const char *fmt, ...)
{
	va_list args;

	fputs("# ", stdout);
	va_start(args, fmt);
	vprintf(fmt, args);
	va_end(args);
	putchar('\n');
	fflush(stdout);
}

double now_ms(void)
{
	struct timespec ts;

	clock_gettime(CLOCK_MONOTONIC, &ts);
	return ts.tv_sec * 1000.0 + ts.tv_nsec / 1e6;
}

/* ---------------------------------------------------------------------
 * Instances: a state directory with users, and a broker running on it
 */

void add_user(struct directory *dir, const char *name, uid_t uid,
	      const gid_t *groups, unsigned int ngroups, bool disabled)
{
	struct dir_os_identity os = {
	    .uid = uid, .gid = uid, .groups = groups, .groups_count = ngroups};
	struct dir_principal_settings s = {
	    .name = name,
	    .os = uid != 0 ? &os : NULL,
	    .password = PASSWORD,
	    .flags = disabled ? DIR_FLAG_DISABLED : 0,
	};
	const char *error = NULL;

	if (directory_add(dir, &s, &error) < 0) {
		printf("Bail out! cannot add %s: %s\n", name, error);
		exit(1);
	}
}

/*
 * Creates the instance's state directory and users: alice (groups 64210),
 * bob (64211, 64212), carol (no OS identity), dave (disabled).  fast:
 * hashes at the minimum cost.
 */
void instance_init(struct instance *in, const char *name, bool fast,
		   const char *config_text)
{
	static const gid_t alice_groups[] = {64210};
	static const gid_t bob_groups[] = {64211, 64212};
	struct directory *dir = NULL;
	const char *error = NULL;
	FILE *f;

	snprintf(in->state, sizeof(in->state), "%s/%s", tmp, name);
	snprintf(in->sock, sizeof(in->sock), "%s/%s.sock", tmp, name);
	snprintf(in->log, sizeof(in->log), "%s/%s.log", tmp, name);
	snprintf(in->config, sizeof(in->config), "%s/%s.conf", tmp, name);
	f = fopen(in->config, "w");
	fputs(config_text, f);
	fclose(f);
	if (fast)
		setenv(DIR_PWHASH_FAST_ENV, "1", 1);
	else
		unsetenv(DIR_PWHASH_FAST_ENV);
	mkdir(in->state, 0700);
	if (directory_open("sqlite", in->state, &dir, &error) < 0) {
		printf("Bail out! directory: %s\n", error);
		exit(1);
	}
	add_user(dir, "alice", ALICE_UID, alice_groups, 1, false);
	add_user(dir, "bob", BOB_UID, bob_groups, 2, false);
	add_user(dir, "carol", 0, NULL, 0, false);
	add_user(dir, "dave", DAVE_UID, NULL, 0, true);
	directory_close(&dir);
}

/*
 * Under AddressSanitizer (make check), freed blocks sit in a quarantine
 * of up to 256 MiB on purpose, which would hide whether the broker's
 * memory returns to its start; the broker runs without it (every other
 * check of ASan stays on).
 */
void asan_no_quarantine(void)
{
	const char *old = getenv("ASAN_OPTIONS");
	char buf[1024];

	snprintf(buf, sizeof(buf), "%s%squarantine_size_mb=0",
		 old != NULL ? old : "",
		 old != NULL && old[0] != '\0' ? ":" : "");
	setenv("ASAN_OPTIONS", buf, 1);
}

/* Starts the broker with extra options (NULL-terminated). */
void instance_start(struct instance *in, bool fast, ...)
{
	const char *argv[32];
	struct sockaddr_un addr = {.sun_family = AF_UNIX};
	va_list args;
	int n = 0, fd, i;

	argv[n++] = broker_path;
	argv[n++] = "--socket";
	argv[n++] = in->sock;
	argv[n++] = "--worker";
	argv[n++] = worker_path;
	va_start(args, fast);
	while (n < 31 && (argv[n] = va_arg(args, const char *)) != NULL)
		n++;
	va_end(args);
	argv[n] = NULL;

	in->pid = fork();
	if (in->pid == 0) {
		int log = open(in->log, O_WRONLY | O_CREAT | O_APPEND, 0600);

		dup2(log, 2);
		asan_no_quarantine();
		setenv("MAPIX_STATE_DIR", in->state, 1);
		setenv("MAPIX_CONFIG", in->config, 1);
		if (fast)
			setenv(DIR_PWHASH_FAST_ENV, "1", 1);
		else
			unsetenv(DIR_PWHASH_FAST_ENV);
		execv(broker_path, (char **)argv);
		_exit(127);
	}
	memcpy(addr.sun_path, in->sock, strlen(in->sock) + 1);
	for (i = 0; i < 500; i++) {
		if (waitpid(in->pid, NULL, WNOHANG) == in->pid)
			break;
		fd = socket(AF_UNIX, SOCK_STREAM | SOCK_CLOEXEC, 0);
		if (connect(fd, (struct sockaddr *)&addr, sizeof(addr)) == 0) {
			close(fd);
			return;
		}
		close(fd);
		usleep(10000);
	}
	printf("Bail out! broker on %s did not start\n", in->sock);
	exit(1);
}

/* SIGTERM; true when the broker exited 0. */
bool instance_stop(struct instance *in)
{
	int status;

	kill(in->pid, SIGTERM);
	if (waitpid(in->pid, &status, 0) != in->pid)
		return false;
	return WIFEXITED(status) && WEXITSTATUS(status) == 0;
}

bool log_contains(const struct instance *in, const char *text)
{
	char buf[65536];
	FILE *f = fopen(in->log, "r");
	size_t n;
	bool found = false;

	while (f != NULL && !found &&
	       (n = fread(buf, 1, sizeof(buf) - 1, f)) > 0) {
		buf[n] = '\0';
		found = strstr(buf, text) != NULL;
	}
	if (f != NULL)
		fclose(f);
	return found;
}

/* ---------------------------------------------------------------------
 * A front end
 */

/* Reads one line (without '\n') into buf; false on EOF/timeout. */
bool read_line(int fd, char *buf, size_t size)
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
		if (buf[len - 1] == '\n') {
			buf[len - 1] = '\0';
			return true;
		}
	}
	return false;
}

int connect_to(const struct instance *in)
{
	struct sockaddr_un addr = {.sun_family = AF_UNIX};
	int fd = socket(AF_UNIX, SOCK_STREAM | SOCK_CLOEXEC, 0);

	memcpy(addr.sun_path, in->sock, strlen(in->sock) + 1);
	if (connect(fd, (struct sockaddr *)&addr, sizeof(addr)) < 0) {
		close(fd);
		return -1;
	}
	return fd;
}

/* Sends request (a line without '\n'); the answer in reply. */
int send_request(const struct instance *in, const char *request, char *reply,
		 size_t size)
{
	char line[2048];
	int fd = connect_to(in);
	size_t len;

	reply[0] = '\0';
	if (fd < 0)
		return -1;
	len = (size_t)snprintf(line, sizeof(line), "%s\n", request);
	if (send(fd, line, len, MSG_NOSIGNAL) != (ssize_t)len ||
	    !read_line(fd, reply, size)) {
		close(fd);
		return -1;
	}
	return fd;
}

/* Logs name on; the connection, now the worker's, or -1. */
int logon(const struct instance *in, const char *name, const char *password)
{
	char req[256], reply[256], want[128];
	int fd;

	snprintf(req, sizeof(req), "logon %s %s", name, password);
	fd = send_request(in, req, reply, sizeof(reply));
	snprintf(want, sizeof(want), "OK %s", name);
	if (fd >= 0 && strcmp(reply, want) != 0) {
		diag("logon %s: %s", name, reply);
		close(fd);
		return -1;
	}
	return fd;
}

/* One JSON request to a worker; the parsed answer or NULL. */
json_object *ask(int fd, const char *request)
{
	char line[65536];
	size_t len = strlen(request);

	if (send(fd, request, len, MSG_NOSIGNAL) != (ssize_t)len ||
	    send(fd, "\n", 1, MSG_NOSIGNAL) != 1 ||
	    !read_line(fd, line, sizeof(line)))
		return NULL;
	return json_tokener_parse(line);
}

long field_long(json_object *obj, const char *key)
{
	json_object *v;

	if (obj == NULL || !json_object_object_get_ex(obj, key, &v))
		return -1;
	return (long)json_object_get_int64(v);
}

const char *field_str(json_object *obj, const char *key)
{
	json_object *v;

	if (obj == NULL || !json_object_object_get_ex(obj, key, &v))
		return "";
	return json_object_get_string(v);
}

/* ---------------------------------------------------------------------
 * /proc
 */

/* "Uid:", "Gid:" or "Groups:" of pid's status, the tabs as spaces. */
bool proc_status(pid_t pid, const char *key, char *buf, size_t size)
{
	char path[64], line[1024];
	FILE *f;
	bool found = false;

	snprintf(path, sizeof(path), "/proc/%ld/status", (long)pid);
	f = fopen(path, "r");
	while (f != NULL && fgets(line, sizeof(line), f) != NULL) {
		size_t klen = strlen(key), i, len;

		if (strncmp(line, key, klen) != 0)
			continue;
		/* Collapse tabs and spaces, drop the ends. */
		len = 0;
		for (i = klen; line[i] != '\0' && line[i] != '\n'; i++) {
			bool sp = line[i] == ' ' || line[i] == '\t';

			if (sp && (len == 0 || buf[len - 1] == ' '))
				continue;
			if (len < size - 1)
				buf[len++] = sp ? ' ' : line[i];
		}
		while (len > 0 && buf[len - 1] == ' ')
			len--;
		buf[len] = '\0';
		found = true;
		break;
	}
	if (f != NULL)
		fclose(f);
	return found;
}

int proc_fd_count(pid_t pid)
{
	char path[64];
	struct dirent *de;
	int n = 0;
	DIR *d;

	snprintf(path, sizeof(path), "/proc/%ld/fd", (long)pid);
	d = opendir(path);
	while (d != NULL && (de = readdir(d)) != NULL) {
		if (de->d_name[0] != '.')
			n++;
	}
	if (d != NULL)
		closedir(d);
	return n;
}

long proc_rss_kib(pid_t pid)
{
	char buf[64];

	if (!proc_status(pid, "VmRSS:", buf, sizeof(buf)))
		return -1;
	return atol(buf);
}

/* Processes whose real, effective, saved or fs uid is one of ours. */
/* True when pid's environment says it works on a state directory of ours
 * (every worker gets MAPIX_STATE_DIR from the broker). */
static bool proc_is_ours(pid_t pid)
{
	char path[64], env[16384], want[128];
	size_t n, i, wlen;
	FILE *f;

	snprintf(path, sizeof(path), "/proc/%ld/environ", (long)pid);
	f = fopen(path, "r");
	if (f == NULL)
		return false;
	n = fread(env, 1, sizeof(env) - 1, f);
	fclose(f);
	env[n] = '\0';
	wlen = (size_t)snprintf(want, sizeof(want), "MAPIX_STATE_DIR=%s/", tmp);
	for (i = 0; i < n; i += strlen(env + i) + 1) {
		if (strncmp(env + i, want, wlen) == 0)
			return true;
	}
	return false;
}

int test_uid_processes(void)
{
	struct dirent *de;
	int n = 0;
	DIR *d = opendir("/proc");

	while (d != NULL && (de = readdir(d)) != NULL) {
		char buf[128];
		unsigned int u[4], i;
		pid_t pid;

		if (de->d_name[0] < '0' || de->d_name[0] > '9')
			continue;
		pid = (pid_t)atoi(de->d_name);
		if (!proc_status(pid, "Uid:", buf, sizeof(buf)) ||
		    sscanf(buf, "%u %u %u %u", &u[0], &u[1], &u[2], &u[3]) != 4)
			continue;
		for (i = 0; i < 4; i++) {
			/* Every uid the broker tests use, and only workers of
			 * our own brokers: other test runs may share the
			 * machine. */
			if (u[i] >= TEST_UID_FIRST && u[i] <= TEST_UID_LAST &&
			    proc_is_ours(pid)) {
				n++;
				break;
			}
		}
	}
	if (d != NULL)
		closedir(d);
	return n;
}

/* ---------------------------------------------------------------------
 * The checks
 */

/* whoami, and /proc/PID/status, say exactly uid/gid/groups. */
pid_t check_identity(int fd, const char *name, uid_t uid, const char *groups)
{
	json_object *who = ask(fd, "{\"op\":\"whoami\"}");
	char want[128], got[256];
	pid_t pid = (pid_t)field_long(who, "pid");

	ok(who != NULL && strcmp(field_str(who, "principal"), name) == 0,
	   "%s: whoami answers as %s", name, name);
	snprintf(want, sizeof(want), "%u %u %u %u", uid, uid, uid, uid);
	ok(proc_status(pid, "Uid:", got, sizeof(got)) && strcmp(got, want) == 0,
	   "%s: worker %ld Uid: %s (want %s)", name, (long)pid, got, want);
	ok(proc_status(pid, "Gid:", got, sizeof(got)) && strcmp(got, want) == 0,
	   "%s: worker Gid: %s (want %s)", name, got, want);
	ok(proc_status(pid, "Groups:", got, sizeof(got)) &&
	       strcmp(got, groups) == 0,
	   "%s: worker Groups: '%s' (want '%s')", name, got, groups);
	ok(proc_status(pid, "NoNewPrivs:", got, sizeof(got)) &&
	       strcmp(got, "1") == 0,
	   "%s: worker has no_new_privs", name);
	ok(proc_status(pid, "CapEff:", got, sizeof(got)) &&
	       strcmp(got, "0000000000000000") == 0,
	   "%s: worker has no capabilities (%s)", name, got);
	json_object_put(who);
	return pid;
}

bool answer_is(int fd, const char *request, const char *error)
{
	json_object *a = ask(fd, request);
	bool good;

	if (error == NULL)
		good = a != NULL && strcmp(field_str(a, "ok"), "true") == 0;
	else
		good = a != NULL && strcmp(field_str(a, "error"), error) == 0;
	if (!good)
		diag("%s -> %s", request,
		     a != NULL ? json_object_to_json_string(a) : "(nothing)");
	json_object_put(a);
	return good;
}

struct directory *instance_directory(const struct instance *in)
{
	struct directory *dir = NULL;
	const char *error = NULL;

	if (directory_open("sqlite", in->state, &dir, &error) < 0) {
		printf("Bail out! directory: %s\n", error);
		exit(1);
	}
	return dir;
}

bool closed_within(int fd, int ms)
{
	struct pollfd pfd = {.fd = fd, .events = POLLIN};
	double end = now_ms() + ms;
	char buf[256];

	while (now_ms() < end) {
		int left = (int)(end - now_ms());

		if (poll(&pfd, 1, left > 0 ? left : 0) <= 0)
			continue;
		if (recv(fd, buf, sizeof(buf), MSG_DONTWAIT) <= 0)
			return true;
	}
	return false;
}

void harness_init(const char *name, int argc, char **argv)
{
	if (argc < 3) {
		fprintf(stderr, "usage: %s MAPIX-BROKER MAPIX-WORKER ...\n",
			name);
		exit(2);
	}
	broker_path = realpath(argv[1], NULL);
	worker_path = realpath(argv[2], NULL);
	if (broker_path == NULL || worker_path == NULL) {
		printf("Bail out! no broker or worker program\n");
		exit(1);
	}
	if (geteuid() != 0) {
		printf("1..0 # SKIP %s needs root\n", name);
		exit(77);
	}
	snprintf(tmp, sizeof(tmp), "/tmp/mapix-%s-XXXXXX", name);
	if (mkdtemp(tmp) == NULL || chmod(tmp, 0711) < 0) {
		printf("Bail out! %s: %s\n", tmp, strerror(errno));
		exit(1);
	}
	signal(SIGPIPE, SIG_IGN);
}

int harness_done(void)
{
	printf("1..%d\n", n_test);
	if (n_failed == 0) {
		char cmd[600];

		snprintf(cmd, sizeof(cmd), "rm -rf '%s'", tmp);
		if (system(cmd) != 0)
			diag("could not remove %s", tmp);
	} else {
		diag("logs kept in %s", tmp);
	}
	return n_failed == 0 ? 0 : 1;
}
