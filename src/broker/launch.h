/*
 * launch.h - starting a worker process as a user: the CreateProcessAsUser
 * step of mapix-broker.
 *
 * launch_worker() forks; the child, before it runs a single instruction of
 * the worker program:
 *   1. resets signal handlers and the signal mask, starts a new session;
 *   2. keeps only the passed descriptors -- 0 is /dev/null, 1 and 2 are
 *      the write end of the worker's own log pipe, which the broker reads
 *      and prefixes (never the broker's own standard error: a process of
 *      the user's uid could take it from the worker and write or truncate
 *      root's log), 3 is the worker's channel to the broker -- and closes
 *      every other one;
 *   3. gets a new environment built from the principal only (HOME, USER,
 *      LOGNAME, PATH, and MAPIX_STATE_DIR, MAPIX_CATALOG, MAPIX_PRINCIPAL,
 *      MAPIX_WORKER_FD); nothing of the broker's is inherited;
 *   4. setgroups, setresgid, setresuid (real, effective and saved ids all
 *      the user's);
 *   5. verifies the drop: getresuid, getresgid and getgroups must return
 *      exactly the user's ids and groups, and taking uid 0 or gid 0 back
 *      must fail;
 *   6. PR_SET_NO_NEW_PRIVS (read back), resource limits (no core files;
 *      optionally open files and address space);
 *   7. execs the worker program.
 * A step that fails, or a check that does not hold, ends the child with
 * _exit(127) at once: no code of the broker or the worker runs with mixed
 * or root ids.  The child reports the step and errno through a close-on-
 * exec pipe, so the parent knows, before launch_worker() returns, whether
 * the exec happened; a child that failed has been reaped when it returns.
 *
 * Every system call of the sequence goes through broker_sys(), so tests
 * can make each fail.  The broker is single-threaded; callers with threads
 * must not launch while another thread holds a libc lock (the child only
 * calls async-signal-safe functions, and everything is prepared before the
 * fork).
 */
#ifndef MAPIX_BROKER_LAUNCH_H
#define MAPIX_BROKER_LAUNCH_H

#include <sys/resource.h>
#include <sys/types.h>

#include "handover.h"

#define LAUNCH_PATH "/usr/local/bin:/usr/bin:/bin"
/* Most supplementary groups a worker may have. */
#define LAUNCH_GROUPS_MAX 1024

/* The steps of the child, as failures name them. */
enum launch_step {
	LAUNCH_STEP_SETUP,
	LAUNCH_STEP_SETGROUPS,
	LAUNCH_STEP_SETRESGID,
	LAUNCH_STEP_SETRESUID,
	LAUNCH_STEP_VERIFY,
	LAUNCH_STEP_NO_NEW_PRIVS,
	LAUNCH_STEP_RLIMIT,
	LAUNCH_STEP_EXEC,
};

struct launch_settings {
	/* Absolute path of the worker program. */
	const char *program;
	/* The principal, for the environment and messages. */
	const char *principal;
	/* The user: neither may be 0.  groups need not be sorted. */
	uid_t uid;
	gid_t gid;
	const gid_t *groups;
	unsigned int groups_count;
	/* HOME of the worker. */
	const char *home;
	/* MAPIX_STATE_DIR of the worker (NULL: not set). */
	const char *state_dir;
	/* MAPIX_CATALOG of the worker, the service catalog the broker's
	 * configuration names (NULL: not set).  Workers cannot read that
	 * configuration file, which is root's. */
	const char *catalog;
	/* The broker's end stays with the broker; this one becomes fd 3. */
	int channel_fd;
	/* The write end of the worker's log pipe: becomes fds 1 and 2. */
	int log_fd;
	/* RLIMIT_NOFILE and RLIMIT_AS; 0 leaves the broker's. */
	rlim_t max_files;
	rlim_t max_address_space;
};

/*
 * Starts the worker described by s.  Returns 0 with *pid_r the worker's
 * pid once it has exec'd the program; the caller reaps it later.  On
 * failure nothing runs any more: -EINVAL (bad settings), -EPERM (uid,
 * gid or a group 0: never a worker as root), -ENOMEM, the errno of the fork, or
 * the errno of the child's failed step
 * (-EPERM for a check that did not hold), with a message naming the step.
 */
int launch_worker(const struct launch_settings *s, pid_t *pid_r,
		  const char **error_r);

/* "setresuid" etc.: the name of a step. */
const char *launch_step_name(enum launch_step step);

#endif
