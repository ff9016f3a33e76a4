/*
 * launch.c - fork, drop to the user, verify, exec (launch.h).
 *
 * Everything the child needs -- the environment, argv, the sorted group
 * list -- is built before the fork, so the child only makes system calls.
 * The child reports a failure as {step, errno} on a close-on-exec pipe and
 * ends with _exit(127); a successful exec closes the pipe, which the
 * parent reads as end-of-file.
 */
#include "launch.h"

#include <errno.h>
#include <fcntl.h>
#include <limits.h>
#include <signal.h>
#include <stdbool.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/prctl.h>
#include <sys/wait.h>
#include <unistd.h>

#include "broker_sys.h"
#include "errmsg.h"

/* The status pipe's fd in the child once the descriptors are arranged. */
#define STATUS_FD    4
#define CHILD_FAILED 127
#define ENV_COUNT    8

struct launch_report {
	int step;
	int err;
};

const char *launch_step_name(enum launch_step step)
{
	static const char *const names[] = {
	    [LAUNCH_STEP_SETUP] = "setup",
	    [LAUNCH_STEP_SETGROUPS] = "setgroups",
	    [LAUNCH_STEP_SETRESGID] = "setresgid",
	    [LAUNCH_STEP_SETRESUID] = "setresuid",
	    [LAUNCH_STEP_VERIFY] = "verification of the ids",
	    [LAUNCH_STEP_NO_NEW_PRIVS] = "PR_SET_NO_NEW_PRIVS",
	    [LAUNCH_STEP_RLIMIT] = "setrlimit",
	    [LAUNCH_STEP_EXEC] = "execve",
	};

	if ((unsigned int)step >= sizeof(names) / sizeof(names[0]))
		return "unknown step";
	return names[step];
}

/* What the child needs, all prepared by the parent. */
struct child_plan {
	const struct launch_settings *s;
	gid_t *groups;
	unsigned int groups_count;
	char *env[ENV_COUNT + 1];
	char *argv[2];
	int null_fd;
	int channel_fd;
	int log_fd;
	int status_fd;
};

/* Reports the failed step to the parent and ends the child. */
__attribute__((noreturn)) static void child_fail(int status_fd,
						 enum launch_step step, int err)
{
	struct launch_report r = {.step = (int)step, .err = err};
	ssize_t ret;

	do {
		ret = write(status_fd, &r, sizeof(r));
	} while (ret < 0 && errno == EINTR);
	_exit(CHILD_FAILED);
}

/*
 * Arranges fds 0-4 (see launch.h; 4 is the status pipe, close-on-exec)
 * and closes every other descriptor.  Returns 0 or an errno.
 */
static int child_fds(struct child_plan *p)
{
	const struct broker_sys_ops *sys = broker_sys();
	int null_fd, chan, logfd, status;

	/* Out of the way of 0-4 first, so no dup2 below clobbers another. */
	null_fd = fcntl(p->null_fd, F_DUPFD_CLOEXEC, 10);
	chan = fcntl(p->channel_fd, F_DUPFD_CLOEXEC, 10);
	logfd = fcntl(p->log_fd, F_DUPFD_CLOEXEC, 10);
	status = fcntl(p->status_fd, F_DUPFD_CLOEXEC, 10);
	if (null_fd < 0 || chan < 0 || logfd < 0 || status < 0)
		return errno;
	p->status_fd = status;
	if (sys->dup2(null_fd, STDIN_FILENO) < 0 ||
	    sys->dup2(logfd, STDOUT_FILENO) < 0 ||
	    sys->dup2(logfd, STDERR_FILENO) < 0 ||
	    sys->dup2(chan, WORKER_CHANNEL_FD) < 0)
		return errno;
	if (dup3(status, STATUS_FD, O_CLOEXEC) < 0)
		return errno;
	p->status_fd = STATUS_FD;
	if (close_range(STATUS_FD + 1, ~0U, 0) < 0) {
		struct rlimit rl;
		int fd, max = 65536;

		if (getrlimit(RLIMIT_NOFILE, &rl) == 0 &&
		    rl.rlim_cur != RLIM_INFINITY && rl.rlim_cur < (rlim_t)max)
			max = (int)rl.rlim_cur;
		for (fd = STATUS_FD + 1; fd < max; fd++)
			close(fd);
	}
	return 0;
}

static void child_signals(void)
{
	struct sigaction sa;
	sigset_t none;
	int sig;

	memset(&sa, 0, sizeof(sa));
	sa.sa_handler = SIG_DFL;
	for (sig = 1; sig < NSIG; sig++)
		(void)sigaction(sig, &sa, NULL);
	sigemptyset(&none);
	(void)sigprocmask(SIG_SETMASK, &none, NULL);
}

/* True when the kernel reports exactly the planned ids and groups. */
static bool child_ids_verified(const struct child_plan *p)
{
	const struct broker_sys_ops *sys = broker_sys();
	gid_t got[LAUNCH_GROUPS_MAX];
	uid_t ru, eu, su;
	gid_t rg, eg, sg;
	unsigned int i, j;
	int n;

	if (sys->getresuid(&ru, &eu, &su) < 0 || ru != p->s->uid ||
	    eu != p->s->uid || su != p->s->uid)
		return false;
	if (sys->getresgid(&rg, &eg, &sg) < 0 || rg != p->s->gid ||
	    eg != p->s->gid || sg != p->s->gid)
		return false;
	n = sys->getgroups(LAUNCH_GROUPS_MAX, got);
	if (n < 0 || (unsigned int)n != p->groups_count)
		return false;
	/* The plan has no duplicates, so equal counts + inclusion = equal. */
	for (i = 0; i < (unsigned int)n; i++) {
		for (j = 0; j < p->groups_count; j++) {
			if (got[i] == p->groups[j])
				break;
		}
		if (j == p->groups_count)
			return false;
	}
	/* Root must be out of reach for good. */
	if (sys->setresuid(0, 0, 0) == 0 || sys->setresgid(0, 0, 0) == 0)
		return false;
	return true;
}

__attribute__((noreturn)) static void child_run(struct child_plan *p)
{
	const struct broker_sys_ops *sys = broker_sys();
	const struct launch_settings *s = p->s;
	struct rlimit rl;
	int err;

	child_signals();
	if (setsid() < 0)
		child_fail(p->status_fd, LAUNCH_STEP_SETUP, errno);
	err = child_fds(p);
	if (err != 0)
		child_fail(p->status_fd, LAUNCH_STEP_SETUP, err);

	if (sys->setgroups(p->groups_count, p->groups) < 0)
		child_fail(p->status_fd, LAUNCH_STEP_SETGROUPS, errno);
	if (sys->setresgid(s->gid, s->gid, s->gid) < 0)
		child_fail(p->status_fd, LAUNCH_STEP_SETRESGID, errno);
	if (sys->setresuid(s->uid, s->uid, s->uid) < 0)
		child_fail(p->status_fd, LAUNCH_STEP_SETRESUID, errno);
	if (!child_ids_verified(p))
		child_fail(p->status_fd, LAUNCH_STEP_VERIFY, EPERM);

	if (sys->prctl(PR_SET_NO_NEW_PRIVS, 1) < 0)
		child_fail(p->status_fd, LAUNCH_STEP_NO_NEW_PRIVS, errno);
	if (sys->prctl(PR_GET_NO_NEW_PRIVS, 0) != 1)
		child_fail(p->status_fd, LAUNCH_STEP_NO_NEW_PRIVS, EPERM);

	rl.rlim_cur = rl.rlim_max = 0;
	if (sys->setrlimit(RLIMIT_CORE, &rl) < 0)
		child_fail(p->status_fd, LAUNCH_STEP_RLIMIT, errno);
	if (s->max_files != 0) {
		rl.rlim_cur = rl.rlim_max = s->max_files;
		if (sys->setrlimit(RLIMIT_NOFILE, &rl) < 0)
			child_fail(p->status_fd, LAUNCH_STEP_RLIMIT, errno);
	}
	if (s->max_address_space != 0) {
		rl.rlim_cur = rl.rlim_max = s->max_address_space;
		if (sys->setrlimit(RLIMIT_AS, &rl) < 0)
			child_fail(p->status_fd, LAUNCH_STEP_RLIMIT, errno);
	}

	sys->execve(s->program, p->argv, p->env);
	child_fail(p->status_fd, LAUNCH_STEP_EXEC, errno);
}

static int gid_cmp(const void *a, const void *b)
{
	gid_t x = *(const gid_t *)a, y = *(const gid_t *)b;

	return x < y ? -1 : x > y;
}

static void plan_free(struct child_plan *p)
{
	unsigned int i;

	for (i = 0; i < ENV_COUNT; i++)
		free(p->env[i]);
	free(p->groups);
}

/* Builds p from s; 0, -EINVAL or -ENOMEM. */
static int plan_build(const struct launch_settings *s, struct child_plan *p,
		      const char **error_r)
{
	unsigned int i, n = 0, e = 0;
	int len[ENV_COUNT];

	memset(p, 0, sizeof(*p));
	p->s = s;
	if (s->program == NULL || s->program[0] != '/' ||
	    s->principal == NULL || s->home == NULL || s->channel_fd < 0 ||
	    s->log_fd < 0)
		return errmsg_set(error_r, -EINVAL, "bad launch settings");
	if (s->uid == (uid_t)-1 || s->gid == (gid_t)-1)
		return errmsg_set(error_r, -EINVAL, "bad ids for %s",
				  s->principal);
	if (s->uid == 0 || s->gid == 0) {
		return errmsg_set(error_r, -EPERM,
				  "refusing to run a worker for %s as "
				  "uid %u gid %u",
				  s->principal, (unsigned int)s->uid,
				  (unsigned int)s->gid);
	}
	if (s->groups_count > LAUNCH_GROUPS_MAX)
		return errmsg_set(error_r, -EINVAL, "too many groups");
	if (s->groups_count > 0) {
		p->groups = malloc(s->groups_count * sizeof(gid_t));
		if (p->groups == NULL)
			return errmsg_set(error_r, -ENOMEM, "out of memory");
		memcpy(p->groups, s->groups, s->groups_count * sizeof(gid_t));
		qsort(p->groups, s->groups_count, sizeof(gid_t), gid_cmp);
		for (i = 0; i < s->groups_count; i++) {
			if (p->groups[i] == 0 || p->groups[i] == (gid_t)-1) {
				gid_t bad = p->groups[i];

				plan_free(p);
				return errmsg_set(error_r,
						  bad == 0 ? -EPERM : -EINVAL,
						  "refusing group %u for a "
						  "worker",
						  (unsigned int)bad);
			}
			if (n == 0 || p->groups[i] != p->groups[n - 1])
				p->groups[n++] = p->groups[i];
		}
	}
	p->groups_count = n;

	len[e++] = asprintf(&p->env[0], "HOME=%s", s->home);
	len[e++] = asprintf(&p->env[1], "USER=%s", s->principal);
	len[e++] = asprintf(&p->env[2], "LOGNAME=%s", s->principal);
	len[e++] = asprintf(&p->env[3], "PATH=%s", LAUNCH_PATH);
	len[e++] = asprintf(&p->env[4], "%s=%d", WORKER_CHANNEL_ENV,
			    WORKER_CHANNEL_FD);
	len[e++] =
	    asprintf(&p->env[5], "%s=%s", WORKER_PRINCIPAL_ENV, s->principal);
	if (s->state_dir != NULL) {
		len[e] = asprintf(&p->env[e], "%s=%s", WORKER_STATE_DIR_ENV,
				  s->state_dir);
		e++;
	}
	if (s->catalog != NULL) {
		len[e] = asprintf(&p->env[e], "%s=%s", WORKER_CATALOG_ENV,
				  s->catalog);
		e++;
	}
	for (i = 0; i < e; i++) {
		if (len[i] < 0) {
			/* asprintf leaves the pointer undefined on failure. */
			p->env[i] = NULL;
			plan_free(p);
			return errmsg_set(error_r, -ENOMEM, "out of memory");
		}
	}
	p->argv[0] = (char *)s->program;
	p->argv[1] = NULL;
	return 0;
}

int launch_worker(const struct launch_settings *s, pid_t *pid_r,
		  const char **error_r)
{
	struct child_plan plan;
	struct launch_report report;
	int pipefd[2], err, ret;
	ssize_t got;
	pid_t pid;

	*pid_r = -1;
	ret = plan_build(s, &plan, error_r);
	if (ret < 0)
		return ret;
	if (broker_sys()->pipe2(pipefd, O_CLOEXEC) < 0) {
		err = errno;
		plan_free(&plan);
		return errmsg_set(error_r, -err, "pipe: %s", strerror(err));
	}
	plan.null_fd = broker_sys()->open("/dev/null", O_RDWR | O_CLOEXEC);
	if (plan.null_fd < 0) {
		err = errno;
		close(pipefd[0]);
		close(pipefd[1]);
		plan_free(&plan);
		return errmsg_set(error_r, -err, "/dev/null: %s",
				  strerror(err));
	}
	plan.channel_fd = s->channel_fd;
	plan.log_fd = s->log_fd;
	plan.status_fd = pipefd[1];

	pid = broker_sys()->fork();
	if (pid == 0)
		child_run(&plan);
	err = errno;
	close(pipefd[1]);
	close(plan.null_fd);
	plan_free(&plan);
	if (pid < 0) {
		close(pipefd[0]);
		return errmsg_set(error_r, -err,
				  "cannot fork a worker for %s: %s",
				  s->principal, strerror(err));
	}

	do {
		got = read(pipefd[0], &report, sizeof(report));
	} while (got < 0 && errno == EINTR);
	err = errno;
	close(pipefd[0]);
	if (got == 0) {
		*pid_r = pid;
		return 0;
	}
	if (got != (ssize_t)sizeof(report)) {
		/* Cannot tell what the child did: make sure it is gone. */
		kill(pid, SIGKILL);
		report.step = LAUNCH_STEP_SETUP;
		report.err = got < 0 ? err : EIO;
	}
	while (broker_sys()->waitpid(pid, NULL, 0) < 0 && errno == EINTR)
		;
	if (report.err <= 0)
		report.err = EIO;
	return errmsg_set(error_r, -report.err,
			  "worker for %s failed at %s: %s", s->principal,
			  launch_step_name((enum launch_step)report.step),
			  strerror(report.err));
}
