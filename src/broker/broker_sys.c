/*
 * broker_sys.c - the default table of identity and process system calls
 * (broker_sys.h) and the switch tests use to replace entries.
 */
#include "broker_sys.h"

#include <errno.h>
#include <fcntl.h>
#include <grp.h>
#include <stddef.h>
#include <sys/prctl.h>
#include <sys/wait.h>
#include <unistd.h>

static int sys_prctl(int option, unsigned long arg2)
{
	return prctl(option, arg2, 0UL, 0UL, 0UL);
}

static int sys_open(const char *path, int flags)
{
	return open(path, flags);
}

static int sys_setrlimit(int resource, const struct rlimit *rlim)
{
	return setrlimit((__rlimit_resource_t)resource, rlim);
}

/* One initializer for the default table and the table in force. */
#define DEFAULT_OPS                                                            \
	{                                                                      \
		.version = BROKER_SYS_VERSION, .fork = fork,                   \
		.setgroups = setgroups, .setresgid = setresgid,                \
		.setresuid = setresuid, .getresuid = getresuid,                \
		.getresgid = getresgid, .getgroups = getgroups,                \
		.prctl = sys_prctl, .setrlimit = sys_setrlimit,                \
		.execve = execve, .pipe2 = pipe2, .open = sys_open,            \
		.dup2 = dup2, .waitpid = waitpid,                              \
	}

const struct broker_sys_ops broker_sys_default = DEFAULT_OPS;

static struct broker_sys_ops current = DEFAULT_OPS;

const struct broker_sys_ops *broker_sys(void)
{
	return &current;
}

/* Takes entry from ops unless it is NULL. */
#define TAKE(field)                                                            \
	next.field = ops->field != NULL ? ops->field : broker_sys_default.field

int broker_sys_set(const struct broker_sys_ops *ops)
{
	struct broker_sys_ops next = broker_sys_default;

	if (ops == NULL) {
		current = broker_sys_default;
		return 0;
	}
	if (ops->version == 0 || ops->version > BROKER_SYS_VERSION)
		return -EINVAL;
	TAKE(fork);
	TAKE(setgroups);
	TAKE(setresgid);
	TAKE(setresuid);
	TAKE(getresuid);
	TAKE(getresgid);
	TAKE(getgroups);
	TAKE(prctl);
	TAKE(setrlimit);
	TAKE(execve);
	if (ops->version >= 2) {
		TAKE(pipe2);
		TAKE(open);
		TAKE(dup2);
		TAKE(waitpid);
	}
	current = next;
	return 0;
}
