/*
 * broker_sys.h - the system calls with which mapix-broker creates worker
 * processes and changes their identity, behind one overridable table.
 *
 * The shape is SQLite's aSyscall[]: every call that forks, changes uids,
 * gids or groups, reads them back, sets process attributes or execs goes
 * through broker_sys(), never straight to libc.  Tests install a table in
 * which one entry fails (or lies: returns success without doing anything)
 * and check that the launch fails cleanly and that no process survives
 * with root or mixed ids.
 *
 * Version 2 added the descriptor and process calls of a launch (pipe2,
 * open, dup2, waitpid), so that the failure-injection test reaches them
 * too.
 *
 * Every entry has the prototype and the result convention of the libc
 * function it stands for (-1 with errno set on failure).  The ids-setting
 * calls are glibc's process-wide wrappers: they run in the freshly forked
 * child, which has one thread.
 *
 * Versioning: the table only grows at its end.  A table states the
 * BROKER_SYS_VERSION it was written for; broker_sys_set() refuses tables of
 * another major layout (version 0 or above the current one), and entries
 * a table leaves NULL take the default.
 */
#ifndef MAPIX_BROKER_SYS_H
#define MAPIX_BROKER_SYS_H

#include <sys/resource.h>
#include <sys/types.h>

#define BROKER_SYS_VERSION 2

struct broker_sys_ops {
	unsigned int version;

	/* -- Version 1 -- */
	pid_t (*fork)(void);
	int (*setgroups)(size_t count, const gid_t *groups);
	int (*setresgid)(gid_t rgid, gid_t egid, gid_t sgid);
	int (*setresuid)(uid_t ruid, uid_t euid, uid_t suid);
	int (*getresuid)(uid_t *ruid, uid_t *euid, uid_t *suid);
	int (*getresgid)(gid_t *rgid, gid_t *egid, gid_t *sgid);
	int (*getgroups)(int size, gid_t list[]);
	/* prctl(option, arg2, 0, 0, 0) */
	int (*prctl)(int option, unsigned long arg2);
	int (*setrlimit)(int resource, const struct rlimit *rlim);
	int (*execve)(const char *path, char *const argv[], char *const envp[]);

	/* -- Version 2 -- */
	int (*pipe2)(int fds[2], int flags);
	/* open(path, flags) without a mode: nothing is created. */
	int (*open)(const char *path, int flags);
	int (*dup2)(int oldfd, int newfd);
	pid_t (*waitpid)(pid_t pid, int *status, int options);
};

/* The table in force (never NULL). */
const struct broker_sys_ops *broker_sys(void);

/*
 * Installs ops (copied; NULL entries take the default), or the defaults
 * again when ops is NULL.  Returns 0, or -EINVAL for a table of an unknown
 * version (the table in force is then unchanged).  Not thread-safe: call
 * it before launching anything.
 */
int broker_sys_set(const struct broker_sys_ops *ops);

/* The default table: libc's functions. */
extern const struct broker_sys_ops broker_sys_default;

#endif
