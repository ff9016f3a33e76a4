/*
 * creds.c - the calling thread's kernel credentials.
 *
 * On Linux, uids, gids and supplementary groups belong to each thread.
 * glibc's setresuid(), setresgid() and setgroups() hide that: they signal
 * every thread of the process to make the same change (POSIX semantics).
 * Impersonation must change the calling thread only, so everything here
 * goes through syscall(2) with the raw numbers (their 32-bit-id variants
 * where a platform has both), and every change is read back with the raw
 * get calls before it is trusted.
 */
#include "context_private.h"

#include <errno.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/syscall.h>
#include <unistd.h>

#include <linux/capability.h>

#include "alloc.h"

#ifdef SYS_setresuid32
#define NR_SETRESUID SYS_setresuid32
#define NR_SETRESGID SYS_setresgid32
#define NR_GETRESUID SYS_getresuid32
#define NR_GETRESGID SYS_getresgid32
#define NR_SETGROUPS SYS_setgroups32
#define NR_GETGROUPS SYS_getgroups32
#else
#define NR_SETRESUID SYS_setresuid
#define NR_SETRESGID SYS_setresgid
#define NR_GETRESUID SYS_getresuid
#define NR_GETRESGID SYS_getresgid
#define NR_SETGROUPS SYS_setgroups
#define NR_GETGROUPS SYS_getgroups
#endif

void context_log(const char *fmt, ...)
{
	char msg[512];
	va_list args;

	va_start(args, fmt);
	vsnprintf(msg, sizeof(msg), fmt, args);
	va_end(args);
	fprintf(stderr, "mapix: %s\n", msg);
}

static int sys_result(long ret)
{
	return ret < 0 ? -errno : 0;
}

/* Ids travel as longs, as syscall(2) reads them; the kernel takes the low
 * 32 bits, so (uid_t)-1 stays "unchanged". */
static int thread_setresuid(uid_t r, uid_t e, uid_t s)
{
	return sys_result(syscall(NR_SETRESUID, (long)r, (long)e, (long)s));
}

static int thread_setresgid(gid_t r, gid_t e, gid_t s)
{
	return sys_result(syscall(NR_SETRESGID, (long)r, (long)e, (long)s));
}

static int thread_setgroups(const gid_t *groups, unsigned int count)
{
	return sys_result(syscall(NR_SETGROUPS, (long)count, groups));
}

static int thread_getresuid(uid_t *r, uid_t *e, uid_t *s)
{
	return sys_result(syscall(NR_GETRESUID, r, e, s));
}

static int thread_getresgid(gid_t *r, gid_t *e, gid_t *s)
{
	return sys_result(syscall(NR_GETRESGID, r, e, s));
}

static int gid_cmp(const void *a, const void *b)
{
	gid_t x = *(const gid_t *)a, y = *(const gid_t *)b;

	return x < y ? -1 : x > y;
}

/* Sorts groups and drops duplicates; returns the new count. */
static unsigned int groups_normalize(gid_t *groups, unsigned int count)
{
	unsigned int i, n;

	if (count == 0)
		return 0;
	qsort(groups, count, sizeof(gid_t), gid_cmp);
	for (i = 1, n = 1; i < count; i++) {
		if (groups[i] != groups[n - 1])
			groups[n++] = groups[i];
	}
	return n;
}

/*
 * Reads the thread's groups, as the kernel lists them, into a new array.
 * 0, -ENOMEM or the errno of getgroups.
 */
static int groups_read(gid_t **groups_r, unsigned int *count_r)
{
	gid_t *groups = NULL;
	long n, again;

	*groups_r = NULL;
	*count_r = 0;
	for (;;) {
		n = syscall(NR_GETGROUPS, 0L, NULL);
		if (n < 0)
			return -errno;
		if (n == 0)
			return 0;
		groups = alloc_calloc((size_t)n, sizeof(gid_t));
		if (groups == NULL)
			return -ENOMEM;
		again = syscall(NR_GETGROUPS, n, groups);
		if (again >= 0)
			break;
		alloc_free(groups);
		if (errno != EINVAL) /* EINVAL: the list grew meanwhile */
			return -errno;
	}
	*groups_r = groups;
	*count_r = (unsigned int)again;
	return 0;
}

/*
 * 0 when the thread's groups are the set want (in any order, duplicates
 * allowed), -EIO when they differ, -ENOMEM or the errno of getgroups.
 */
static int groups_check(const gid_t *want, unsigned int want_count)
{
	unsigned int count, wcount;
	gid_t *groups, *wanted = NULL;
	int ret;

	ret = groups_read(&groups, &count);
	if (ret < 0)
		return ret;
	if (want_count > 0) {
		wanted = alloc_memdup(want, want_count * sizeof(gid_t));
		if (wanted == NULL) {
			alloc_free(groups);
			return -ENOMEM;
		}
	}
	count = groups_normalize(groups, count);
	wcount = groups_normalize(wanted, want_count);
	if (count != wcount ||
	    (count > 0 && memcmp(groups, wanted, count * sizeof(gid_t)) != 0))
		ret = -EIO;
	alloc_free(wanted);
	alloc_free(groups);
	return ret;
}

int creds_read(struct thread_creds *creds)
{
	int ret;

	memset(creds, 0, sizeof(*creds));
	ret = thread_getresuid(&creds->ruid, &creds->euid, &creds->suid);
	if (ret == 0)
		ret =
		    thread_getresgid(&creds->rgid, &creds->egid, &creds->sgid);
	if (ret == 0)
		ret = groups_read(&creds->groups, &creds->groups_count);
	if (ret < 0)
		creds_free(creds);
	return ret;
}

void creds_free(struct thread_creds *creds)
{
	alloc_free(creds->groups);
	memset(creds, 0, sizeof(*creds));
}

/* The calling thread's effective capability set (its first 32 bits). */
static bool caps_effective_have(unsigned int cap1, unsigned int cap2)
{
	struct __user_cap_header_struct header = {
	    .version = _LINUX_CAPABILITY_VERSION_3,
	    .pid = 0,
	};
	struct __user_cap_data_struct data[_LINUX_CAPABILITY_U32S_3];

	memset(data, 0, sizeof(data));
	if (syscall(SYS_capget, &header, data) < 0)
		return false;
	return (data[CAP_TO_INDEX(cap1)].effective & CAP_TO_MASK(cap1)) != 0 &&
	       (data[CAP_TO_INDEX(cap2)].effective & CAP_TO_MASK(cap2)) != 0;
}

static bool thread_euid_is_root(void)
{
	uid_t r, e, s;

	return thread_getresuid(&r, &e, &s) == 0 && e == 0;
}

bool creds_may_change(void)
{
	return thread_euid_is_root() ||
	       caps_effective_have(CAP_SETUID, CAP_SETGID);
}

bool context_thread_privileged(void)
{
	return thread_euid_is_root() ||
	       caps_effective_have(CAP_SETUID, CAP_SETUID);
}

/* Checks the thread's ids against what was asked for. */
static int ids_check(uid_t ru, uid_t eu, uid_t su, gid_t rg, gid_t eg, gid_t sg)
{
	uid_t r, e, s;
	gid_t gr, ge, gs;
	int ret;

	ret = thread_getresuid(&r, &e, &s);
	if (ret == 0)
		ret = thread_getresgid(&gr, &ge, &gs);
	if (ret < 0)
		return ret;
	if (r != ru || e != eu || s != su || gr != rg || ge != eg || gs != sg)
		return -EIO;
	return 0;
}

int creds_restore(const struct thread_creds *orig)
{
	int ret;

	/* Take the effective uid back first: it brings the capabilities. */
	ret = thread_setresuid((uid_t)-1, orig->euid, (uid_t)-1);
	if (ret == 0)
		ret = thread_setresuid(orig->ruid, orig->euid, orig->suid);
	if (ret == 0)
		ret = thread_setresgid(orig->rgid, orig->egid, orig->sgid);
	if (ret == 0)
		ret = thread_setgroups(orig->groups, orig->groups_count);
	if (ret == 0)
		ret = ids_check(orig->ruid, orig->euid, orig->suid, orig->rgid,
				orig->egid, orig->sgid);
	if (ret == 0)
		ret = groups_check(orig->groups, orig->groups_count);
	return ret;
}

int creds_enter(const struct context_os *os, const struct thread_creds *orig)
{
	int ret, ret2;

	/* Groups and gid need the privileges that the uid change drops. */
	ret = thread_setgroups(os->groups, os->groups_count);
	if (ret == 0)
		ret = thread_setresgid(os->gid, os->gid, os->gid);
	if (ret == 0)
		ret = thread_setresuid(os->uid, os->uid, orig->euid);
	if (ret == 0) {
		ret = ids_check(os->uid, os->uid, orig->euid, os->gid, os->gid,
				os->gid);
	}
	if (ret == 0)
		ret = groups_check(os->groups, os->groups_count);
	if (ret == 0)
		return 0;

	ret2 = creds_restore(orig);
	if (ret2 < 0) {
		context_log("cannot restore thread credentials (uid %u) after "
			    "a failed change to uid %u: %s",
			    (unsigned int)orig->euid, (unsigned int)os->uid,
			    strerror(-ret2));
		return -ENOTRECOVERABLE;
	}
	return ret;
}
