/*
 * test_atomicfile.c - the edit primitive of the profile layer
 * (src/profile/atomicfile.c): edits apply, callbacks decide (write,
 * nothing, delete, fail), modes are kept, bad paths are refused with
 * messages that name them; 4 threads x 250 edits of one file lose
 * nothing; 3 processes x 100 edits lose nothing; a writer killed with
 * SIGKILL at random points (250 times) leaves the old or the new file,
 * never a mix, and its temporary files are swept by the next edit; a
 * waiter whose lock file is removed starts over; out-of-memory loops.
 *
 * Every test runs between a setup and a teardown that compare
 * alloc_live(), so a leak fails the test that caused it.
 */
#include <stdarg.h>
#include <stddef.h>
#include <setjmp.h>
#include <stdint.h>
#include <cmocka.h>

#include <dirent.h>
#include <errno.h>
#include <ftw.h>
#include <pthread.h>
#include <signal.h>
#include <stdbool.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <sys/wait.h>
#include <time.h>
#include <unistd.h>

#include "alloc.h"
#include "atomicfile.h"

#define THREADS          4
#define EDITS_PER_THREAD 250
#define PROCS            3
#define EDITS_PER_PROC   100
#define KILLS            250

static char tmp_dir[256];

/* ------------------------------------------------------------------------
 * Helpers
 */

static int remove_entry(const char *path, const struct stat *st, int flag,
			struct FTW *ftw)
{
	(void)st;
	(void)flag;
	(void)ftw;
	return remove(path);
}

static int group_setup(void **state)
{
	(void)state;
	snprintf(tmp_dir, sizeof(tmp_dir), "/tmp/mapix-afiletest-XXXXXX");
	return mkdtemp(tmp_dir) != NULL ? 0 : -1;
}

static int group_teardown(void **state)
{
	(void)state;
	return nftw(tmp_dir, remove_entry, 16, FTW_DEPTH | FTW_PHYS);
}

static int setup(void **state)
{
	*state = (void *)(intptr_t)alloc_live();
	return 0;
}

static int teardown(void **state)
{
	alloc_fail_after(0);
	assert_int_equal(alloc_live(), (long)(intptr_t)*state);
	return 0;
}

static void make_path(char *buf, size_t size, const char *name)
{
	snprintf(buf, size, "%s/%s", tmp_dir, name);
}

static char *read_ok(const char *path, size_t *size_r)
{
	const char *error = NULL;
	char *data;
	size_t size;
	int ret = atomicfile_read(path, &data, &size, &error);

	if (ret != 0)
		fail_msg("read %s: %s", path, error);
	if (size_r != NULL)
		*size_r = size;
	return data;
}

/* Counts the files in the test directory whose name starts with prefix. */
static unsigned int count_prefix(const char *prefix)
{
	unsigned int n = 0;
	struct dirent *de;
	DIR *d = opendir(tmp_dir);

	assert_non_null(d);
	while ((de = readdir(d)) != NULL)
		n += strncmp(de->d_name, prefix, strlen(prefix)) == 0;
	closedir(d);
	return n;
}

/* An edit that appends the context string. */
static int append_cb(void *context, const char *old, size_t old_size,
		     char **new_r, size_t *new_size_r, const char **error_r)
{
	const char *add = context;
	size_t len = strlen(add);
	char *p;

	(void)error_r;
	p = alloc_malloc(old_size + len + 1);
	if (p == NULL)
		return -ENOMEM;
	if (old != NULL)
		memcpy(p, old, old_size);
	else
		old_size = 0;
	memcpy(p + old_size, add, len + 1);
	*new_r = p;
	*new_size_r = old_size + len;
	return 0;
}

static int return_cb(void *context, const char *old, size_t old_size,
		     char **new_r, size_t *new_size_r, const char **error_r)
{
	(void)old;
	(void)old_size;
	(void)new_r;
	(void)new_size_r;
	*error_r = "callback says no";
	return *(int *)context;
}

/* ------------------------------------------------------------------------
 * Basics
 */

static void test_edits_apply(void **state)
{
	const char *error = NULL;
	char path[512], *data;
	struct stat st1, st2;
	size_t size;
	int rc;

	(void)state;
	make_path(path, sizeof(path), "basic");
	assert_int_equal(atomicfile_read(path, &data, &size, &error), -ENOENT);
	assert_non_null(strstr(error, path));
	assert_int_equal(atomicfile_edit(path, append_cb, "one\n", &error), 0);
	assert_int_equal(atomicfile_edit(path, append_cb, "two\n", &error), 0);
	data = read_ok(path, &size);
	assert_string_equal(data, "one\ntwo\n");
	assert_int_equal(size, 8);
	alloc_free(data);
	assert_int_equal(stat(path, &st1), 0);
	assert_int_equal(st1.st_mode & 07777, 0600);

	/* The target's mode is kept. */
	assert_int_equal(chmod(path, 0640), 0);
	assert_int_equal(atomicfile_write(path, "x", 1, &error), 0);
	assert_int_equal(stat(path, &st2), 0);
	assert_int_equal(st2.st_mode & 07777, 0640);
	assert_true(st1.st_ino != st2.st_ino);

	/* No change: the very same file stays. */
	rc = ATOMICFILE_NO_CHANGE;
	assert_int_equal(atomicfile_edit(path, return_cb, &rc, &error), 0);
	assert_int_equal(stat(path, &st1), 0);
	assert_int_equal(st1.st_ino, st2.st_ino);

	/* A failing callback changes nothing and its message comes back. */
	rc = -EXDEV;
	assert_int_equal(atomicfile_edit(path, return_cb, &rc, &error), -EXDEV);
	assert_string_equal(error, "callback says no");
	rc = 7;
	assert_int_equal(atomicfile_edit(path, return_cb, &rc, &error),
			 -EINVAL);
	data = read_ok(path, NULL);
	assert_string_equal(data, "x");
	alloc_free(data);

	/* Empty contents are a file too. */
	assert_int_equal(atomicfile_write(path, NULL, 0, &error), 0);
	data = read_ok(path, &size);
	assert_int_equal(size, 0);
	alloc_free(data);

	/* Delete, through the callback and directly. */
	rc = ATOMICFILE_DELETE;
	assert_int_equal(atomicfile_edit(path, return_cb, &rc, &error), 0);
	assert_int_equal(stat(path, &st1), -1);
	assert_int_equal(count_prefix(".basic.lock"), 0);
	assert_int_equal(atomicfile_edit(path, return_cb, &rc, &error), 0);
	assert_int_equal(atomicfile_remove(path, &error), -ENOENT);
	assert_non_null(strstr(error, path));
	assert_int_equal(atomicfile_write(path, "y", 1, &error), 0);
	assert_int_equal(count_prefix(".basic.lock"), 1);
	assert_int_equal(atomicfile_remove(path, &error), 0);
	assert_int_equal(stat(path, &st1), -1);
	assert_int_equal(count_prefix(".basic"), 0);
}

static void test_bad_paths(void **state)
{
	const char *error = NULL;
	char path[1024], *data;
	size_t size;
	int rc = 0;

	(void)state;
	assert_int_equal(atomicfile_edit("", append_cb, "x", &error), -EINVAL);
	assert_int_equal(atomicfile_edit(NULL, append_cb, "x", &error),
			 -EINVAL);
	assert_int_equal(atomicfile_read(NULL, &data, &size, &error), -EINVAL);
	make_path(path, sizeof(path), "nodir/file");
	assert_int_equal(atomicfile_edit(path, append_cb, "x", &error),
			 -ENOENT);
	assert_non_null(strstr(error, "nodir"));
	make_path(path, sizeof(path), "dir/");
	assert_int_equal(atomicfile_edit(path, append_cb, "x", &error),
			 -EINVAL);
	make_path(path, sizeof(path), "..");
	assert_int_equal(atomicfile_edit(path, append_cb, "x", &error),
			 -EINVAL);
	make_path(path, sizeof(path), "");
	memset(path + strlen(path), 'n', 240);
	path[strlen(tmp_dir) + 1 + 240] = '\0';
	assert_int_equal(atomicfile_edit(path, append_cb, "x", &error),
			 -ENAMETOOLONG);
	assert_int_equal(atomicfile_edit(tmp_dir, NULL, NULL, &error), -EINVAL);

	/* Not a regular file, or a symbolic link: refused, named. */
	assert_int_equal(atomicfile_read(tmp_dir, &data, &size, &error),
			 -EINVAL);
	assert_non_null(strstr(error, tmp_dir));
	make_path(path, sizeof(path), "subdir");
	assert_int_equal(mkdir(path, 0700), 0);
	assert_int_equal(atomicfile_edit(path, return_cb, &rc, &error),
			 -EINVAL);
	assert_non_null(strstr(error, "not a regular file"));
	make_path(path, sizeof(path), "link");
	assert_int_equal(symlink("/etc/hostname", path), 0);
	assert_int_equal(atomicfile_read(path, &data, &size, &error), -EINVAL);
	assert_non_null(strstr(error, "symbolic link"));
	assert_int_equal(atomicfile_edit(path, return_cb, &rc, &error),
			 -EINVAL);
	assert_int_equal(unlink(path), 0);
}

static void test_stale_tmp_swept(void **state)
{
	static const char *const names[] = {
	    ".sweep.tmp-0123456789abcdef",     /* ours: swept */
	    ".sweep.tmp-0123456789abcdeF0",    /* too long: kept */
	    ".sweep.tmp-xyz",                  /* kept */
	    ".sweep.tmp.tmp-0123456789abcdef", /* another target's: kept */
	    ".other.tmp-0123456789abcdef",     /* another target's: kept */
	};
	const char *error = NULL;
	char path[512];
	size_t i;

	(void)state;
	for (i = 0; i < sizeof(names) / sizeof(names[0]); i++) {
		FILE *f;

		make_path(path, sizeof(path), names[i]);
		f = fopen(path, "w");
		assert_non_null(f);
		fclose(f);
	}
	make_path(path, sizeof(path), "sweep");
	assert_int_equal(atomicfile_write(path, "x", 1, &error), 0);
	assert_int_equal(count_prefix(".sweep.tmp-"), 2);
	assert_int_equal(count_prefix(".sweep.tmp.tmp-"), 1);
	assert_int_equal(count_prefix(".other.tmp-"), 1);
	for (i = 1; i < sizeof(names) / sizeof(names[0]); i++) {
		make_path(path, sizeof(path), names[i]);
		unlink(path);
	}
}

/* ------------------------------------------------------------------------
 * Threads and processes
 */

struct worker {
	const char *path;
	unsigned int id;
	int failures;
};

static void *thread_main(void *arg)
{
	struct worker *w = arg;
	const char *error;
	char line[64];
	unsigned int k;

	for (k = 0; k < EDITS_PER_THREAD; k++) {
		snprintf(line, sizeof(line), "t%u-%u\n", w->id, k);
		if (atomicfile_edit(w->path, append_cb, line, &error) != 0)
			w->failures++;
	}
	return NULL;
}

/* Every line "<prefix><i>-<k>" for i < n, k < per is there once. */
static void check_lines(const char *data, char prefix, unsigned int n,
			unsigned int per)
{
	unsigned char *seen = calloc((size_t)n * per, 1);
	unsigned int lines = 0, i, k;
	const char *p = data;

	assert_non_null(seen);
	while (*p != '\0') {
		char c;

		assert_int_equal(sscanf(p, "%c%u-%u\n", &c, &i, &k), 3);
		assert_int_equal(c, prefix);
		assert_true(i < n && k < per);
		assert_int_equal(seen[i * per + k], 0);
		seen[i * per + k] = 1;
		lines++;
		p = strchr(p, '\n');
		assert_non_null(p);
		p++;
	}
	assert_int_equal(lines, n * per);
	free(seen);
}

static void test_threads_lose_nothing(void **state)
{
	struct worker w[THREADS];
	pthread_t th[THREADS];
	char path[512], *data;
	unsigned int i;

	(void)state;
	make_path(path, sizeof(path), "threads");
	for (i = 0; i < THREADS; i++) {
		w[i].path = path;
		w[i].id = i;
		w[i].failures = 0;
		assert_int_equal(
		    pthread_create(&th[i], NULL, thread_main, &w[i]), 0);
	}
	for (i = 0; i < THREADS; i++) {
		assert_int_equal(pthread_join(th[i], NULL), 0);
		assert_int_equal(w[i].failures, 0);
	}
	data = read_ok(path, NULL);
	check_lines(data, 't', THREADS, EDITS_PER_THREAD);
	alloc_free(data);
	assert_int_equal(count_prefix(".threads.tmp-"), 0);
}

static void test_processes_lose_nothing(void **state)
{
	pid_t pids[PROCS];
	char path[512], *data;
	unsigned int i, k;

	(void)state;
	make_path(path, sizeof(path), "procs");
	for (i = 0; i < PROCS; i++) {
		pids[i] = fork();
		assert_true(pids[i] >= 0);
		if (pids[i] == 0) {
			int bad = 0;

			for (k = 0; k < EDITS_PER_PROC; k++) {
				char line[64];
				const char *error;

				snprintf(line, sizeof(line), "p%u-%u\n", i, k);
				bad |= atomicfile_edit(path, append_cb, line,
						       &error) != 0;
			}
			_exit(bad);
		}
	}
	for (i = 0; i < PROCS; i++) {
		int status;

		assert_int_equal(waitpid(pids[i], &status, 0), pids[i]);
		assert_true(WIFEXITED(status));
		assert_int_equal(WEXITSTATUS(status), 0);
	}
	data = read_ok(path, NULL);
	check_lines(data, 'p', PROCS, EDITS_PER_PROC);
	alloc_free(data);
}

/* ------------------------------------------------------------------------
 * Kill -9 at random points
 *
 * A version of the file is "gen <g>\n", a payload of payload_size(g)
 * bytes derived from g, and "end <g> <sum>\n".  Each edit reads the
 * current version and writes the next one, so the file only ever holds
 * whole versions in order.
 */

static size_t payload_size(unsigned long g)
{
	return (size_t)((g * 7919) % 60000) + 1;
}

static unsigned int payload_sum(unsigned long g, char *out)
{
	size_t n = payload_size(g), i;
	unsigned int sum = 0;

	for (i = 0; i < n; i++) {
		char c = (char)('a' + (g + i * 31) % 26);

		if (out != NULL)
			out[i] = c;
		sum = sum * 33 + (unsigned char)c;
	}
	return sum;
}

/* Checks a version; returns its generation or -1 when it is a mix. */
static long version_of(const char *data, size_t size)
{
	unsigned long g;
	unsigned int sum;
	size_t n;
	int used;
	char *want;

	if (size == 0)
		return 0; /* the start */
	if (sscanf(data, "gen %lu\n%n", &g, &used) != 1)
		return -1;
	n = payload_size(g);
	if ((size_t)used + n > size)
		return -1;
	want = malloc(n);
	if (want == NULL)
		return -1;
	sum = payload_sum(g, want);
	if (memcmp(data + used, want, n) != 0) {
		free(want);
		return -1;
	}
	free(want);
	{
		char tail[64];

		snprintf(tail, sizeof(tail), "end %lu %u\n", g, sum);
		if (size != (size_t)used + n + strlen(tail) ||
		    memcmp(data + used + n, tail, strlen(tail)) != 0)
			return -1;
	}
	return (long)g;
}

static int next_version_cb(void *context, const char *old, size_t old_size,
			   char **new_r, size_t *new_size_r,
			   const char **error_r)
{
	long g = old != NULL ? version_of(old, old_size) : 0;
	char head[64], tail[64];
	size_t n, hl, tl;
	unsigned int sum;
	char *p;

	(void)context;
	if (g < 0) {
		*error_r = "the file is a mix of versions";
		return -EBADMSG;
	}
	g++;
	n = payload_size((unsigned long)g);
	hl = (size_t)snprintf(head, sizeof(head), "gen %ld\n", g);
	p = alloc_malloc(hl + n + 64);
	if (p == NULL)
		return -ENOMEM;
	sum = payload_sum((unsigned long)g, p + hl);
	tl = (size_t)snprintf(tail, sizeof(tail), "end %ld %u\n", g, sum);
	memcpy(p, head, hl);
	memcpy(p + hl + n, tail, tl);
	*new_r = p;
	*new_size_r = hl + n + tl;
	return 0;
}

static void test_kill_writer(void **state)
{
	const char *error = NULL;
	char path[512], *data;
	unsigned int i, stale_seen = 0;
	long last = 0, g = 0;
	size_t size;

	(void)state;
	make_path(path, sizeof(path), "crash");
	srand((unsigned int)time(NULL) ^ (unsigned int)getpid());
	for (i = 0; i < KILLS; i++) {
		pid_t pid = fork();
		int status;

		assert_true(pid >= 0);
		if (pid == 0) {
			for (;;) {
				if (atomicfile_edit(path, next_version_cb, NULL,
						    &error) != 0)
					_exit(3);
			}
		}
		/* From right away to a few edits' time. */
		if (i % 10 != 0)
			usleep((useconds_t)(rand() % 3000));
		assert_int_equal(kill(pid, SIGKILL), 0);
		assert_int_equal(waitpid(pid, &status, 0), pid);
		assert_true(WIFSIGNALED(status)); /* never a failed edit */

		if (atomicfile_read(path, &data, &size, &error) == -ENOENT)
			continue; /* killed before the first rename */
		g = version_of(data, size);
		alloc_free(data);
		if (g < 0)
			fail_msg("kill %u: the file is a mix of versions", i);
		assert_true(g >= last);
		last = g;
		stale_seen += count_prefix(".crash.tmp-") > 0;
	}
	/* The next edit continues from the last whole version and sweeps. */
	assert_int_equal(atomicfile_edit(path, next_version_cb, NULL, &error),
			 0);
	data = read_ok(path, &size);
	assert_int_equal(version_of(data, size), last + 1);
	alloc_free(data);
	assert_int_equal(count_prefix(".crash.tmp-"), 0);
	print_message("# %u kills, %ld versions written, %u kills left a "
		      "temporary file behind\n",
		      KILLS, last + 1, stale_seen);
}

/* ------------------------------------------------------------------------
 * A lock file removed under a waiter
 */

struct remover {
	const char *path;
	pthread_mutex_t mutex;
	pthread_cond_t cond;
	bool inside;
};

static int delete_slowly_cb(void *context, const char *old, size_t old_size,
			    char **new_r, size_t *new_size_r,
			    const char **error_r)
{
	struct remover *r = context;

	(void)old;
	(void)old_size;
	(void)new_r;
	(void)new_size_r;
	(void)error_r;
	pthread_mutex_lock(&r->mutex);
	r->inside = true;
	pthread_cond_signal(&r->cond);
	pthread_mutex_unlock(&r->mutex);
	usleep(200000); /* the other thread now waits for the lock */
	return ATOMICFILE_DELETE;
}

static void *remover_main(void *arg)
{
	struct remover *r = arg;
	const char *error;

	return (void *)(intptr_t)atomicfile_edit(r->path, delete_slowly_cb, r,
						 &error);
}

static void test_lock_file_removed(void **state)
{
	struct remover r = {.mutex = PTHREAD_MUTEX_INITIALIZER,
			    .cond = PTHREAD_COND_INITIALIZER};
	const char *error = NULL;
	char path[512], lock[600], *data;
	struct stat st;
	pthread_t th;
	void *ret;

	(void)state;
	make_path(path, sizeof(path), "removed");
	snprintf(lock, sizeof(lock), "%s/.removed.lock", tmp_dir);
	assert_int_equal(atomicfile_write(path, "old", 3, &error), 0);
	r.path = path;
	assert_int_equal(pthread_create(&th, NULL, remover_main, &r), 0);
	pthread_mutex_lock(&r.mutex);
	while (!r.inside)
		pthread_cond_wait(&r.cond, &r.mutex);
	pthread_mutex_unlock(&r.mutex);
	/* Waits for the remover, then must not use the removed lock. */
	assert_int_equal(atomicfile_edit(path, append_cb, "new", &error), 0);
	assert_int_equal(pthread_join(th, &ret), 0);
	assert_int_equal((intptr_t)ret, 0);
	data = read_ok(path, NULL);
	assert_string_equal(data, "new");
	alloc_free(data);
	assert_int_equal(stat(lock, &st), 0); /* a new lock file */
}

/* ------------------------------------------------------------------------
 * Out of memory
 */

static void test_oom(void **state)
{
	const char *error = NULL;
	char path[512], *data;
	unsigned long n;
	int ret;

	(void)state;
	make_path(path, sizeof(path), "oom");
	assert_int_equal(atomicfile_write(path, "base", 4, &error), 0);
	for (n = 1;; n++) {
		alloc_fail_after(n);
		ret = atomicfile_edit(path, append_cb, "+more", &error);
		alloc_fail_after(0);
		if (ret == 0)
			break;
		assert_int_equal(ret, -ENOMEM);
		data = read_ok(path, NULL);
		assert_string_equal(data, "base");
		alloc_free(data);
	}
	assert_true(n > 1);
	data = read_ok(path, NULL);
	assert_string_equal(data, "base+more");
	alloc_free(data);
}

int main(void)
{
#define T(f) cmocka_unit_test_setup_teardown(f, setup, teardown)
	const struct CMUnitTest tests[] = {
	    T(test_edits_apply),
	    T(test_bad_paths),
	    T(test_stale_tmp_swept),
	    T(test_threads_lose_nothing),
	    T(test_processes_lose_nothing),
	    T(test_kill_writer),
	    T(test_lock_file_removed),
	    T(test_oom),
	};

	return cmocka_run_group_tests(tests, group_setup, group_teardown);
}
