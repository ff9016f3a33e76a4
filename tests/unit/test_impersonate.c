/*
 * test_impersonate.c - logon tokens and impersonation with real kernel
 * credentials: MapixLogonUser and MapixTokenForUser against a private
 * directory, the per-thread uid, gid and groups seen in
 * /proc/self/task/<tid>/status, files created and refused as the
 * impersonated user, 2 and 16 threads impersonating different uids at
 * once, logical identities, bad input, and 10,000 logon/impersonate/
 * revert/close cycles that must give back every fd and every byte; and,
 * in a fresh process, MapixImpersonate when the process context cannot
 * be made (its groups cannot be read, or memory runs out).
 *
 * The principals are made through the directory API in a mkdtemp() state
 * directory; their uids (31001..31016, 31098, 31099) need no /etc/passwd
 * entries.  Credential changes need root: those tests say why and skip
 * elsewhere (CI runs as root).  A skipped part prints "# skipped: ...".
 */
#include <stdarg.h>
#include <stddef.h>
#include <setjmp.h>
#include <stdint.h>
#include <cmocka.h>

#include <dirent.h>
#include <errno.h>
#include <fcntl.h>
#include <ftw.h>
#include <limits.h>
#include <malloc.h>
#include <pthread.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <sys/syscall.h>
#include <sys/wait.h>
#include <time.h>
#include <unistd.h>

/* glibc's fcntl.h (with _GNU_SOURCE) and mapiwin.h both define LOCK_WRITE. */
#undef LOCK_WRITE
#include <mapixsec.h>

#include "alloc.h"
#include "context_private.h"
#include "directory.h"

#define BASE_UID     31000
#define GROUP_31500  31500
#define CAROL_UID    31099
#define DAVE_UID     31098
#define THREADS_MAX  16
#define CYCLES       10000
#define LOGON_CYCLES 300

static char root_dir[256];
static char state_dir[512];
static char shared_dir[512];
static char secret_path[512];
static bool is_root;

/* ---------------------------------------------------------------------
 * A seam: the process context reads the process's groups with
 * getgroups(), which this definition replaces at link time, so that a
 * test can make it fail.  creds.c reads threads' groups with the raw
 * system call and does not come here.
 */

static int getgroups_errno;

int getgroups(int size, gid_t list[])
{
	if (__atomic_load_n(&getgroups_errno, __ATOMIC_SEQ_CST) != 0) {
		errno = getgroups_errno;
		return -1;
	}
	return (int)syscall(SYS_getgroups, size, list);
}

/* ---------------------------------------------------------------------
 * Helpers
 */

static bool need_root(void)
{
	if (is_root)
		return true;
	printf("# skipped: needs root to change thread credentials\n");
	return false;
}

static pid_t thread_id(void)
{
	return (pid_t)syscall(SYS_gettid);
}

/* The ids of one status line ("Uid:", "Gid:", "Groups:") of a thread. */
struct ids {
	unsigned int count;
	unsigned long v[64];
};

static int read_status_ids(pid_t tid, const char *key, struct ids *ids)
{
	char path[64], line[4096];
	size_t keylen = strlen(key);
	int ret = -1;
	FILE *f;

	memset(ids, 0, sizeof(*ids));
	snprintf(path, sizeof(path), "/proc/self/task/%d/status", (int)tid);
	f = fopen(path, "re");
	if (f == NULL)
		return -1;
	while (fgets(line, sizeof(line), f) != NULL) {
		char *p = line + keylen, *end;

		if (strncmp(line, key, keylen) != 0)
			continue;
		for (;;) {
			unsigned long v = strtoul(p, &end, 10);

			if (end == p || ids->count == 64)
				break;
			ids->v[ids->count++] = v;
			p = end;
		}
		ret = 0;
		break;
	}
	fclose(f);
	return ret;
}

/* The Uid, Gid and Groups lines of one thread. */
struct task_creds {
	struct ids uid, gid, groups;
};

static int read_task_creds(pid_t tid, struct task_creds *c)
{
	if (read_status_ids(tid, "Uid:", &c->uid) < 0 ||
	    read_status_ids(tid, "Gid:", &c->gid) < 0 ||
	    read_status_ids(tid, "Groups:", &c->groups) < 0)
		return -1;
	return 0;
}

static bool ids_equal(const struct ids *a, const struct ids *b)
{
	return a->count == b->count &&
	       memcmp(a->v, b->v, a->count * sizeof(a->v[0])) == 0;
}

static bool task_creds_equal(const struct task_creds *a,
			     const struct task_creds *b)
{
	return ids_equal(&a->uid, &b->uid) && ids_equal(&a->gid, &b->gid) &&
	       ids_equal(&a->groups, &b->groups);
}

/*
 * Checks that c shows uid and gid as real, effective and filesystem ids,
 * the saved uid of the thread's own (root), gid as saved gid, and exactly
 * the groups given.  Writes what differs to why.
 */
static bool task_creds_are(const struct task_creds *c, unsigned long uid,
			   unsigned long gid, const unsigned long *groups,
			   unsigned int ngroups, char *why, size_t size)
{
	unsigned int i;

	if (c->uid.count != 4 || c->uid.v[0] != uid || c->uid.v[1] != uid ||
	    c->uid.v[2] != 0 || c->uid.v[3] != uid) {
		snprintf(why, size, "Uid %lu %lu %lu %lu, wanted %lu %lu 0 %lu",
			 c->uid.v[0], c->uid.v[1], c->uid.v[2], c->uid.v[3],
			 uid, uid, uid);
		return false;
	}
	if (c->gid.count != 4 || c->gid.v[0] != gid || c->gid.v[1] != gid ||
	    c->gid.v[2] != gid || c->gid.v[3] != gid) {
		snprintf(why, size, "Gid %lu %lu %lu %lu, wanted %lu",
			 c->gid.v[0], c->gid.v[1], c->gid.v[2], c->gid.v[3],
			 gid);
		return false;
	}
	if (c->groups.count != ngroups) {
		snprintf(why, size, "%u groups, wanted %u", c->groups.count,
			 ngroups);
		return false;
	}
	for (i = 0; i < ngroups; i++) {
		if (c->groups.v[i] != groups[i]) {
			snprintf(why, size, "group %lu, wanted %lu",
				 c->groups.v[i], groups[i]);
			return false;
		}
	}
	return true;
}

static void assert_task_creds_are(pid_t tid, unsigned long uid,
				  unsigned long gid,
				  const unsigned long *groups,
				  unsigned int ngroups)
{
	struct task_creds c;
	char why[256];

	assert_int_equal(read_task_creds(tid, &c), 0);
	if (!task_creds_are(&c, uid, gid, groups, ngroups, why, sizeof(why)))
		fail_msg("task %d: %s", (int)tid, why);
}

static unsigned int count_fds(void)
{
	unsigned int n = 0;
	struct dirent *de;
	DIR *d = opendir("/proc/self/fd");

	assert_non_null(d);
	while ((de = readdir(d)) != NULL) {
		if (de->d_name[0] != '.')
			n++;
	}
	closedir(d);
	return n - 1; /* the DIR's own fd */
}

static size_t heap_in_use(void)
{
	return mallinfo2().uordblks;
}

static double now_us(void)
{
	struct timespec ts;

	clock_gettime(CLOCK_MONOTONIC, &ts);
	return ts.tv_sec * 1e6 + ts.tv_nsec / 1e3;
}

/* The principal with uid BASE_UID + i: alice, bob, user31003... */
static const char *user_name(unsigned int i, char *buf, size_t size)
{
	if (i == 1)
		snprintf(buf, size, "alice");
	else if (i == 2)
		snprintf(buf, size, "bob");
	else
		snprintf(buf, size, "user%u", BASE_UID + i);
	return buf;
}

static LPMAPIXTOKEN token_for(const char *name, ULONG flags)
{
	LPMAPIXTOKEN token = NULL;
	HRESULT hr = MapixTokenForUser(name, flags, &token);

	if (hr != S_OK)
		fail_msg("MapixTokenForUser(%s): 0x%08x", name, (unsigned)hr);
	return token;
}

static LPMAPIXTOKEN logon(const char *name, const char *password, ULONG flags)
{
	LPMAPIXTOKEN token = NULL;
	HRESULT hr = MapixLogonUser(name, password, flags, &token);

	if (hr != S_OK)
		fail_msg("MapixLogonUser(%s): 0x%08x", name, (unsigned)hr);
	return token;
}

static void assert_thread_name(const char *want)
{
	char name[MAPIX_PRINCIPAL_NAME_MAX + 1];

	assert_int_equal(MapixGetTokenName(NULL, name, sizeof(name)), S_OK);
	assert_string_equal(name, want);
}

/* ---------------------------------------------------------------------
 * Fixture: one state directory with every principal, for the program
 */

static void add_principal(struct directory *dir, const char *name,
			  const char *password, unsigned int flags, uid_t uid,
			  const gid_t *groups, unsigned int ngroups)
{
	struct dir_os_identity os = {uid, uid, groups, ngroups};
	struct dir_principal_settings s = {
	    .name = name,
	    .flags = flags,
	    .os = uid != 0 ? &os : NULL,
	    .password = password,
	};
	const char *error = NULL;

	if (directory_add(dir, &s, &error) != 0)
		fail_msg("add %s: %s", name, error);
}

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
	static const gid_t alice_groups[] = {GROUP_31500};
	struct directory *dir = NULL;
	const char *error = NULL;
	char conf[PATH_MAX], name[32];
	unsigned int i;
	int fd;

	(void)state;
	is_root = geteuid() == 0;
	snprintf(root_dir, sizeof(root_dir), "%s/mapix-imptest-XXXXXX",
		 getenv("TMPDIR") != NULL ? getenv("TMPDIR") : "/tmp");
	if (mkdtemp(root_dir) == NULL)
		return -1;
	/* Others may pass through to the shared directory only. */
	if (chmod(root_dir, 0711) < 0)
		return -1;
	snprintf(state_dir, sizeof(state_dir), "%s/state", root_dir);
	snprintf(shared_dir, sizeof(shared_dir), "%s/shared", root_dir);
	snprintf(secret_path, sizeof(secret_path), "%s/secret", root_dir);
	snprintf(conf, sizeof(conf), "%s/no-such.conf", root_dir);
	setenv("MAPIX_CONFIG", conf, 1);
	setenv("MAPIX_STATE_DIR", state_dir, 1);
	setenv(DIR_PWHASH_FAST_ENV, "1", 1);

	if (mkdir(shared_dir, 0700) < 0 || chmod(shared_dir, 01777) < 0)
		return -1;
	fd = open(secret_path, O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0600);
	if (fd < 0 || write(fd, "secret\n", 7) != 7)
		return -1;
	close(fd);

	if (directory_open(NULL, NULL, &dir, &error) < 0) {
		fprintf(stderr, "directory_open: %s\n", error);
		return -1;
	}
	add_principal(dir, "alice", "alice-pw", 0, BASE_UID + 1, alice_groups,
		      1);
	add_principal(dir, "bob", "bob-pw", 0, BASE_UID + 2, NULL, 0);
	for (i = 3; i <= THREADS_MAX; i++) {
		add_principal(dir, user_name(i, name, sizeof(name)), NULL, 0,
			      BASE_UID + i, NULL, 0);
	}
	add_principal(dir, "carol", "carol-pw", DIR_FLAG_ADMIN, CAROL_UID, NULL,
		      0);
	add_principal(dir, "dave", "dave-pw", DIR_FLAG_DISABLED, DAVE_UID, NULL,
		      0);
	add_principal(dir, "erin", "erin-pw", 0, 0, NULL, 0);
	directory_close(&dir);
	return 0;
}

static int group_teardown(void **state)
{
	(void)state;
	(void)nftw(root_dir, remove_entry, 16, FTW_DEPTH | FTW_PHYS);
	return 0;
}

/* ---------------------------------------------------------------------
 * Logon
 */

static void test_logon_codes(void **state)
{
	LPMAPIXTOKEN token = (LPMAPIXTOKEN)&token;
	char name[MAPIX_PRINCIPAL_NAME_MAX + 1];

	(void)state;
	token = logon("alice", "alice-pw", 0);
	assert_int_equal(MapixGetTokenName(token, name, sizeof(name)), S_OK);
	assert_string_equal(name, "alice");
	assert_int_equal(MapixCloseToken(token), S_OK);
	/* Names in any case; the token has the directory's spelling. */
	token = logon("ALICE", "alice-pw", 0);
	assert_int_equal(MapixGetTokenName(token, name, sizeof(name)), S_OK);
	assert_string_equal(name, "alice");
	assert_int_equal(MapixCloseToken(token), S_OK);

	/* Unknown user and wrong password: one answer. */
	token = (LPMAPIXTOKEN)&token;
	assert_int_equal(MapixLogonUser("alice", "wrong", 0, &token),
			 MAPI_E_LOGON_FAILED);
	assert_null(token);
	assert_int_equal(MapixLogonUser("nosuchuser", "alice-pw", 0, &token),
			 MAPI_E_LOGON_FAILED);
	assert_null(token);
	assert_int_equal(MapixLogonUser("alice", "", 0, &token),
			 MAPI_E_LOGON_FAILED);
	/* No password set. */
	assert_int_equal(MapixLogonUser("user31003", "x", 0, &token),
			 MAPI_E_LOGON_FAILED);
	/* Disabled: told only to who knows the password. */
	assert_int_equal(MapixLogonUser("dave", "dave-pw", 0, &token),
			 MAPI_E_ACCOUNT_DISABLED);
	assert_null(token);
	assert_int_equal(MapixLogonUser("dave", "wrong", 0, &token),
			 MAPI_E_LOGON_FAILED);
	assert_int_equal(MapixLogonUser("alice", "alice-pw", 0x10, &token),
			 MAPI_E_UNKNOWN_FLAGS);
	assert_null(token);
}

/* The privilege rule of MapixTokenForUser, both ways. */
static void test_token_for_user(void **state)
{
	LPMAPIXTOKEN token = NULL, alice, carol;

	(void)state;
	if (!is_root && context_thread_privileged()) {
		printf("# skipped: CAP_SETUID without root is not modelled "
		       "here\n");
		skip();
		return;
	}
	if (!is_root) {
		/* An ordinary user is refused... */
		assert_int_equal(MapixTokenForUser("bob", 0, &token),
				 MAPI_E_NO_ACCESS);
		assert_null(token);
		/* ...an admin principal is not, logical or not. */
		carol = logon("carol", "carol-pw", 0);
		assert_int_equal(MapixImpersonate(carol), S_OK);
		token = token_for("bob", 0);
		assert_int_equal(MapixCloseToken(token), S_OK);
		assert_int_equal(MapixRevertToSelf(), S_OK);
		alice = logon("alice", "alice-pw", 0);
		assert_int_equal(MapixImpersonate(alice), S_OK);
		assert_int_equal(MapixTokenForUser("bob", 0, &token),
				 MAPI_E_NO_ACCESS);
		assert_int_equal(MapixRevertToSelf(), S_OK);
		assert_int_equal(MapixCloseToken(alice), S_OK);
		assert_int_equal(MapixCloseToken(carol), S_OK);
		printf("# skipped: the root half (needs root to change "
		       "thread credentials)\n");
		return;
	}

	assert_true(context_thread_privileged());
	token = token_for("bob", 0);
	assert_int_equal(MapixCloseToken(token), S_OK);
	assert_int_equal(MapixTokenForUser("nosuchuser", 0, &token),
			 MAPI_E_NOT_FOUND);
	assert_int_equal(MapixTokenForUser("dave", 0, &token),
			 MAPI_E_ACCOUNT_DISABLED);

	/* As alice, kernel and all: not root, not an admin. */
	alice = token_for("alice", 0);
	assert_int_equal(MapixImpersonate(alice), S_OK);
	assert_int_equal(geteuid(), BASE_UID + 1);
	assert_false(context_thread_privileged());
	assert_int_equal(MapixTokenForUser("bob", 0, &token), MAPI_E_NO_ACCESS);
	assert_null(token);
	/* Logging on with a password works for anyone. */
	token = logon("bob", "bob-pw", 0);
	assert_int_equal(MapixCloseToken(token), S_OK);
	assert_int_equal(geteuid(), BASE_UID + 1);
	assert_int_equal(MapixRevertToSelf(), S_OK);

	/* As carol, kernel and all: not root, but an admin. */
	carol = token_for("carol", 0);
	assert_int_equal(MapixImpersonate(carol), S_OK);
	assert_int_equal(geteuid(), CAROL_UID);
	assert_false(context_thread_privileged());
	token = token_for("bob", 0);
	assert_int_equal(MapixCloseToken(token), S_OK);
	/* The directory was read as root; the thread is carol again. */
	assert_task_creds_are(thread_id(), CAROL_UID, CAROL_UID, NULL, 0);
	assert_int_equal(MapixRevertToSelf(), S_OK);

	/* Logical alice: the thread is still root in the kernel. */
	assert_int_equal(MapixCloseToken(alice), S_OK);
	alice = token_for("alice", MAPIX_LOGON_LOGICAL);
	assert_int_equal(MapixImpersonate(alice), S_OK);
	token = token_for("bob", 0);
	assert_int_equal(MapixCloseToken(token), S_OK);
	assert_int_equal(MapixRevertToSelf(), S_OK);
	assert_int_equal(MapixCloseToken(alice), S_OK);
	assert_int_equal(MapixCloseToken(carol), S_OK);
}

/* ---------------------------------------------------------------------
 * Kernel credentials
 */

struct other_thread {
	pthread_barrier_t barrier;
	pid_t tid;
	struct task_creds during;
	uid_t euid_during;
	int read_error;
};

static void *other_main(void *data)
{
	struct other_thread *o = data;

	o->tid = thread_id();
	pthread_barrier_wait(&o->barrier); /* tid published */
	pthread_barrier_wait(&o->barrier); /* main impersonates */
	o->read_error = read_task_creds(o->tid, &o->during);
	o->euid_during = geteuid();
	pthread_barrier_wait(&o->barrier); /* read */
	return NULL;
}

static void test_impersonate_kernel(void **state)
{
	static const unsigned long alice_groups[] = {GROUP_31500};
	struct task_creds before, after;
	struct other_thread o;
	LPMAPIXTOKEN alice, got = NULL;
	pthread_t thread;
	pid_t tid = thread_id();

	(void)state;
	if (!need_root()) {
		skip();
		return;
	}
	assert_int_equal(read_task_creds(tid, &before), 0);
	memset(&o, 0, sizeof(o));
	pthread_barrier_init(&o.barrier, NULL, 2);
	assert_int_equal(pthread_create(&thread, NULL, other_main, &o), 0);
	pthread_barrier_wait(&o.barrier);

	alice = logon("alice", "alice-pw", 0);
	assert_int_equal(MapixImpersonate(alice), S_OK);
	assert_int_equal(MapixCloseToken(alice), S_OK);
	/* This thread: exactly alice's ids; the saved uid stays root's. */
	assert_task_creds_are(tid, BASE_UID + 1, BASE_UID + 1, alice_groups, 1);
	assert_int_equal(geteuid(), BASE_UID + 1);
	assert_int_equal(getegid(), BASE_UID + 1);
	assert_thread_name("alice");
	assert_int_equal(alloc_thread_context(), context_id(context_thread()));
	assert_int_equal(MapixGetThreadToken(&got), S_OK);
	assert_ptr_equal(got, alice);
	assert_int_equal(MapixCloseToken(got), S_OK);

	/* The other thread of the process: still root. */
	pthread_barrier_wait(&o.barrier);
	pthread_barrier_wait(&o.barrier);
	pthread_join(thread, NULL);
	pthread_barrier_destroy(&o.barrier);
	assert_int_equal(o.read_error, 0);
	assert_true(task_creds_equal(&o.during, &before));
	assert_int_equal(o.euid_during, 0);

	assert_int_equal(MapixRevertToSelf(), S_OK);
	assert_int_equal(read_task_creds(tid, &after), 0);
	assert_true(task_creds_equal(&after, &before));
	assert_int_equal(geteuid(), 0);
	assert_int_equal(MapixGetThreadToken(&got), MAPI_E_NOT_FOUND);
}

/* Impersonating while impersonating switches; one revert restores. */
static void test_switch(void **state)
{
	struct task_creds before, after;
	LPMAPIXTOKEN alice, bob, erin;
	pid_t tid = thread_id();

	(void)state;
	if (!need_root()) {
		skip();
		return;
	}
	assert_int_equal(read_task_creds(tid, &before), 0);
	alice = token_for("alice", 0);
	bob = token_for("bob", 0);
	erin = token_for("erin", 0);
	assert_int_equal(MapixImpersonate(alice), S_OK);
	assert_int_equal(MapixImpersonate(bob), S_OK);
	assert_task_creds_are(tid, BASE_UID + 2, BASE_UID + 2, NULL, 0);
	assert_thread_name("bob");
	assert_int_equal(MapixImpersonate(alice), S_OK);
	assert_task_creds_are(tid, BASE_UID + 1, BASE_UID + 1,
			      (const unsigned long[]){GROUP_31500}, 1);
	/* erin has no OS identity: the thread is itself again. */
	assert_int_equal(MapixImpersonate(erin), S_OK);
	assert_thread_name("erin");
	assert_int_equal(read_task_creds(tid, &after), 0);
	assert_true(task_creds_equal(&after, &before));
	assert_int_equal(MapixImpersonate(bob), S_OK);
	assert_int_equal(MapixImpersonate(bob), S_OK);
	assert_task_creds_are(tid, BASE_UID + 2, BASE_UID + 2, NULL, 0);
	assert_int_equal(MapixRevertToSelf(), S_OK);
	assert_int_equal(read_task_creds(tid, &after), 0);
	assert_true(task_creds_equal(&after, &before));
	assert_int_equal(MapixRevertToSelf(), S_OK);
	assert_int_equal(MapixCloseToken(alice), S_OK);
	assert_int_equal(MapixCloseToken(bob), S_OK);
	assert_int_equal(MapixCloseToken(erin), S_OK);
}

struct worker {
	unsigned int index;
	pthread_barrier_t *barrier;
	char error[256];
};

#define WORKER_FAIL(w, ...)                                                    \
	do {                                                                   \
		if ((w)->error[0] == '\0')                                     \
			snprintf((w)->error, sizeof((w)->error), __VA_ARGS__); \
	} while (0)

/* Impersonates user index, checks what the kernel sees, reverts. */
static void *worker_main(void *data)
{
	static const unsigned long alice_groups[] = {GROUP_31500};
	struct worker *w = data;
	unsigned long uid = BASE_UID + w->index;
	char name[32], path[600], why[256];
	char got[MAPIX_PRINCIPAL_NAME_MAX + 1];
	struct task_creds before, now;
	LPMAPIXTOKEN token = NULL;
	pid_t tid = thread_id();
	bool impersonating = false;
	struct stat st;
	HRESULT hr;
	int fd;

	user_name(w->index, name, sizeof(name));
	snprintf(path, sizeof(path), "%s/file-%lu", shared_dir, uid);
	if (read_task_creds(tid, &before) < 0)
		WORKER_FAIL(w, "cannot read own status");
	hr = MapixTokenForUser(name, 0, &token);
	if (hr != S_OK)
		WORKER_FAIL(w, "MapixTokenForUser: 0x%08x", (unsigned)hr);
	else if ((hr = MapixImpersonate(token)) != S_OK)
		WORKER_FAIL(w, "MapixImpersonate: 0x%08x", (unsigned)hr);
	else
		impersonating = true;
	(void)MapixCloseToken(token);

	/* Every thread impersonates now. */
	pthread_barrier_wait(w->barrier);
	if (impersonating) {
		if (read_task_creds(tid, &now) < 0) {
			WORKER_FAIL(w, "cannot read own status");
		} else if (!task_creds_are(&now, uid, uid,
					   w->index == 1 ? alice_groups : NULL,
					   w->index == 1 ? 1 : 0, why,
					   sizeof(why))) {
			WORKER_FAIL(w, "%s", why);
		}
		if (MapixGetTokenName(NULL, got, sizeof(got)) != S_OK ||
		    strcmp(got, name) != 0)
			WORKER_FAIL(w, "context is '%s'", got);
		fd = open(path, O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0600);
		if (fd < 0) {
			WORKER_FAIL(w, "create: %s", strerror(errno));
		} else {
			if (fstat(fd, &st) < 0 || st.st_uid != uid ||
			    st.st_gid != uid)
				WORKER_FAIL(w, "file owned by %u:%u",
					    (unsigned)st.st_uid,
					    (unsigned)st.st_gid);
			close(fd);
		}
		fd = open(secret_path, O_RDONLY | O_CLOEXEC);
		if (fd >= 0) {
			WORKER_FAIL(w, "read root's 0600 file");
			close(fd);
		} else if (errno != EACCES) {
			WORKER_FAIL(w, "secret: %s, wanted EACCES",
				    strerror(errno));
		}
	}
	/* Every thread has looked while all impersonate. */
	pthread_barrier_wait(w->barrier);
	if ((hr = MapixRevertToSelf()) != S_OK)
		WORKER_FAIL(w, "MapixRevertToSelf: 0x%08x", (unsigned)hr);
	if (read_task_creds(tid, &now) < 0 || !task_creds_equal(&now, &before))
		WORKER_FAIL(w, "not restored");
	if (impersonating && unlink(path) < 0)
		WORKER_FAIL(w, "unlink as root: %s", strerror(errno));
	return NULL;
}

static void run_workers(unsigned int n)
{
	struct worker workers[THREADS_MAX];
	pthread_t threads[THREADS_MAX];
	pthread_barrier_t barrier;
	struct task_creds before, after;
	unsigned int i;

	assert_int_equal(read_task_creds(thread_id(), &before), 0);
	pthread_barrier_init(&barrier, NULL, n);
	memset(workers, 0, sizeof(workers));
	for (i = 0; i < n; i++) {
		workers[i].index = i + 1;
		workers[i].barrier = &barrier;
		assert_int_equal(
		    pthread_create(&threads[i], NULL, worker_main, &workers[i]),
		    0);
	}
	for (i = 0; i < n; i++)
		pthread_join(threads[i], NULL);
	pthread_barrier_destroy(&barrier);
	for (i = 0; i < n; i++) {
		if (workers[i].error[0] != '\0')
			fail_msg("thread %u (uid %u): %s", i + 1,
				 BASE_UID + i + 1, workers[i].error);
	}
	/* The main thread never moved. */
	assert_int_equal(read_task_creds(thread_id(), &after), 0);
	assert_true(task_creds_equal(&after, &before));
}

static void test_threads_2(void **state)
{
	(void)state;
	if (!need_root()) {
		skip();
		return;
	}
	run_workers(2);
}

static void test_threads_16(void **state)
{
	(void)state;
	if (!need_root()) {
		skip();
		return;
	}
	run_workers(16);
}

/* ---------------------------------------------------------------------
 * Logical identities
 */

static void test_logical(void **state)
{
	struct task_creds before, now;
	LPMAPIXTOKEN alice, erin;
	pid_t tid = thread_id();

	(void)state;
	assert_int_equal(read_task_creds(tid, &before), 0);
	alice = logon("alice", "alice-pw", MAPIX_LOGON_LOGICAL);
	erin = logon("erin", "erin-pw", 0);

	assert_int_equal(MapixImpersonate(alice), S_OK);
	assert_thread_name("alice");
	assert_int_equal(read_task_creds(tid, &now), 0);
	assert_true(task_creds_equal(&now, &before));

	/* No OS identity: logical without the flag. */
	assert_int_equal(MapixImpersonate(erin), S_OK);
	assert_thread_name("erin");
	assert_int_equal(read_task_creds(tid, &now), 0);
	assert_true(task_creds_equal(&now, &before));
	assert_int_equal(MapixRevertToSelf(), S_OK);
	assert_int_equal(MapixCloseToken(alice), S_OK);
	assert_int_equal(MapixCloseToken(erin), S_OK);

	if (!is_root) {
		/* Without privilege a mapped principal is logical too. */
		alice = logon("alice", "alice-pw", 0);
		assert_int_equal(MapixImpersonate(alice), S_OK);
		assert_thread_name("alice");
		assert_int_equal(read_task_creds(tid, &now), 0);
		assert_true(task_creds_equal(&now, &before));
		assert_int_equal(MapixRevertToSelf(), S_OK);
		assert_int_equal(MapixCloseToken(alice), S_OK);
	}
}

/* ---------------------------------------------------------------------
 * Bad input
 */

static void test_bad_input(void **state)
{
	char long_name[MAPIX_PRINCIPAL_NAME_MAX + 2], name[8];
	LPMAPIXTOKEN token = NULL, closed;
	unsigned char *garbage;
	char *huge;

	(void)state;
	/* NULL and garbage tokens. */
	garbage = malloc(sizeof(void *) * 16);
	assert_non_null(garbage);
	memset(garbage, 0xa5, sizeof(void *) * 16);
	assert_int_equal(MapixImpersonate(NULL), MAPI_E_INVALID_PARAMETER);
	assert_int_equal(MapixImpersonate((LPMAPIXTOKEN)garbage),
			 MAPI_E_INVALID_PARAMETER);
	assert_int_equal(MapixImpersonate((LPMAPIXTOKEN)(garbage + 3)),
			 MAPI_E_INVALID_PARAMETER);
	assert_int_equal(MapixCloseToken(NULL), MAPI_E_INVALID_PARAMETER);
	assert_int_equal(MapixCloseToken((LPMAPIXTOKEN)garbage),
			 MAPI_E_INVALID_PARAMETER);
	assert_int_equal(
	    MapixGetTokenName((LPMAPIXTOKEN)garbage, name, sizeof(name)),
	    MAPI_E_INVALID_PARAMETER);
	free(garbage);

	/* A closed token, closed again. */
	closed = logon("bob", "bob-pw", 0);
	assert_int_equal(MapixCloseToken(closed), S_OK);
	assert_int_equal(MapixImpersonate(closed), MAPI_E_INVALID_PARAMETER);
	assert_int_equal(MapixCloseToken(closed), MAPI_E_INVALID_PARAMETER);
	assert_int_equal(MapixGetTokenName(closed, name, sizeof(name)),
			 MAPI_E_INVALID_PARAMETER);
	assert_thread_name(context_principal(context_process()));

	/* Revert without impersonation; no thread token. */
	assert_int_equal(MapixRevertToSelf(), S_OK);
	assert_int_equal(MapixRevertToSelf(), S_OK);
	assert_int_equal(MapixGetThreadToken(&token), MAPI_E_NOT_FOUND);
	assert_null(token);
	assert_int_equal(MapixGetThreadToken(NULL), MAPI_E_INVALID_PARAMETER);

	/* Names: over-long, empty, invalid, NULL. */
	memset(long_name, 'a', sizeof(long_name) - 1);
	long_name[sizeof(long_name) - 1] = '\0';
	huge = malloc(1 << 20);
	assert_non_null(huge);
	memset(huge, 'b', (1 << 20) - 1);
	huge[(1 << 20) - 1] = '\0';
	assert_int_equal(MapixLogonUser(long_name, "pw", 0, &token),
			 MAPI_E_INVALID_PARAMETER);
	assert_int_equal(MapixLogonUser(huge, "pw", 0, &token),
			 MAPI_E_INVALID_PARAMETER);
	assert_int_equal(MapixTokenForUser(long_name, 0, &token),
			 MAPI_E_INVALID_PARAMETER);
	assert_int_equal(MapixTokenForUser(huge, 0, &token),
			 MAPI_E_INVALID_PARAMETER);
	/* An over-long password. */
	huge[DIR_PASSWORD_MAX + 1] = '\0';
	assert_int_equal(MapixLogonUser("alice", huge, 0, &token),
			 MAPI_E_INVALID_PARAMETER);
	free(huge);
	assert_int_equal(MapixLogonUser("", "pw", 0, &token),
			 MAPI_E_INVALID_PARAMETER);
	assert_int_equal(MapixLogonUser("a/b", "pw", 0, &token),
			 MAPI_E_INVALID_PARAMETER);
	assert_int_equal(MapixLogonUser(NULL, "pw", 0, &token),
			 MAPI_E_INVALID_PARAMETER);
	assert_int_equal(MapixLogonUser("alice", NULL, 0, &token),
			 MAPI_E_INVALID_PARAMETER);
	assert_int_equal(MapixLogonUser("alice", "alice-pw", 0, NULL),
			 MAPI_E_INVALID_PARAMETER);
	assert_int_equal(MapixTokenForUser(NULL, 0, &token),
			 MAPI_E_INVALID_PARAMETER);
	assert_int_equal(MapixTokenForUser("alice", 0, NULL),
			 MAPI_E_INVALID_PARAMETER);
	assert_int_equal(MapixTokenForUser("alice", 2, &token),
			 MAPI_E_UNKNOWN_FLAGS);
	assert_null(token);
	/* The name fits or is refused whole. */
	token = logon("alice", "alice-pw", 0);
	assert_int_equal(MapixGetTokenName(token, name, 5),
			 MAPI_E_STRING_TOO_LONG);
	assert_string_equal(name, "");
	assert_int_equal(MapixGetTokenName(token, name, 6), S_OK);
	assert_string_equal(name, "alice");
	assert_int_equal(MapixCloseToken(token), S_OK);
}

/* ---------------------------------------------------------------------
 * 10,000 cycles
 */

static void fail_hr(const char *what, unsigned int i, HRESULT hr)
{
	fail_msg("cycle %u: %s: 0x%08x", i, what, (unsigned)hr);
}

/* One logon (or token), impersonate, revert, close. */
static void cycle(unsigned int i, bool with_password)
{
	static const unsigned long alice_groups[] = {GROUP_31500};
	LPMAPIXTOKEN token = NULL;
	HRESULT hr;

	if (with_password)
		hr = MapixLogonUser("alice", "alice-pw", 0, &token);
	else
		hr = MapixTokenForUser("alice", 0, &token);
	if (hr != S_OK)
		fail_hr("logon", i, hr);
	if ((hr = MapixImpersonate(token)) != S_OK)
		fail_hr("impersonate", i, hr);
	/* Now and then, look at what the kernel has. */
	if (i % 1000 == 0)
		assert_task_creds_are(thread_id(), BASE_UID + 1, BASE_UID + 1,
				      alice_groups, 1);
	if ((hr = MapixRevertToSelf()) != S_OK)
		fail_hr("revert", i, hr);
	if ((hr = MapixCloseToken(token)) != S_OK)
		fail_hr("close", i, hr);
}

/* Without root: logons, and impersonation cycles of one logical token. */
static void cycle_logical(unsigned int i, LPMAPIXTOKEN token)
{
	LPMAPIXTOKEN got = NULL;
	HRESULT hr;

	if ((hr = MapixImpersonate(token)) != S_OK)
		fail_hr("impersonate", i, hr);
	if ((hr = MapixGetThreadToken(&got)) != S_OK)
		fail_hr("thread token", i, hr);
	if ((hr = MapixRevertToSelf()) != S_OK)
		fail_hr("revert", i, hr);
	if ((hr = MapixCloseToken(got)) != S_OK)
		fail_hr("close", i, hr);
}

static void test_cycles(void **state)
{
	struct task_creds before, after;
	unsigned int fds0, fds1, i;
	unsigned long tokens0;
	LPMAPIXTOKEN token = NULL;
	size_t heap0, heap1;
	double t0, t1, t2;
	long live0, live1;

	(void)state;
	assert_int_equal(read_task_creds(thread_id(), &before), 0);
	if (!is_root)
		token = logon("alice", "alice-pw", 0);
	/* Warm up: caches, the directory handle, the token registry. */
	for (i = 0; i < 20; i++) {
		if (is_root)
			cycle(i + 1, i % 10 == 0);
		else
			cycle_logical(i + 1, token);
	}
	fds0 = count_fds();
	live0 = alloc_live();
	heap0 = heap_in_use();
	tokens0 = token_live_count();

	t0 = now_us();
	for (i = 0; i < CYCLES; i++) {
		if (is_root)
			cycle(i, false);
		else
			cycle_logical(i, token);
	}
	t1 = now_us();
	for (i = 0; i < LOGON_CYCLES; i++) {
		if (is_root) {
			cycle(i, true);
		} else {
			LPMAPIXTOKEN t = logon("alice", "alice-pw", 0);

			cycle_logical(i, t);
			assert_int_equal(MapixCloseToken(t), S_OK);
		}
	}
	t2 = now_us();

	fds1 = count_fds();
	live1 = alloc_live();
	heap1 = heap_in_use();
	printf("# %s: %u token cycles %.1f us each, %u logon cycles %.1f us "
	       "each\n",
	       is_root ? "kernel" : "logical (not root)", CYCLES,
	       (t1 - t0) / CYCLES, LOGON_CYCLES, (t2 - t1) / LOGON_CYCLES);
	printf("# open fds %u -> %u, alloc_live %ld -> %ld, heap in use %zu "
	       "-> %zu, live tokens %lu -> %lu\n",
	       fds0, fds1, live0, live1, heap0, heap1, tokens0,
	       token_live_count());
	assert_int_equal(fds1, fds0);
	assert_int_equal(live1, live0);
	assert_int_equal(heap1, heap0);
	assert_int_equal(token_live_count(), tokens0);
	assert_int_equal(read_task_creds(thread_id(), &after), 0);
	assert_true(task_creds_equal(&after, &before));
	if (token != NULL)
		assert_int_equal(MapixCloseToken(token), S_OK);
}

/* ---------------------------------------------------------------------
 * No process context
 */

#define NO_PROCESS_CONTEXT "--no-process-context"

/* This program's path, to run it again (argv[0]: under valgrind,
 * /proc/self/exe is valgrind's own). */
static char self_path[PATH_MAX];

#define CHILD_CHECK(cond)                                                      \
	do {                                                                   \
		if (!(cond)) {                                                 \
			fprintf(stderr, "%s:%d: failed: %s\n", __FILE__,       \
				__LINE__, #cond);                              \
			return 1;                                              \
		}                                                              \
	} while (0)

/*
 * Runs in a fresh process, where the process context does not exist yet:
 * while the process's groups cannot be read, or memory runs out, it
 * cannot be made, and MapixImpersonate must say which and impersonate
 * nothing; once it can be made, the same token works.  Returns the exit
 * status.
 */
static int no_process_context_main(void)
{
	struct context *ctx = NULL;
	LPMAPIXTOKEN token = NULL, got = NULL;
	HRESULT hr;

	__atomic_store_n(&getgroups_errno, EIO, __ATOMIC_SEQ_CST);
	/* A logical token: no credentials to change, only the context. */
	CHILD_CHECK(context_get("nopc", NULL, &ctx) == 0);
	CHILD_CHECK(context_token_new(ctx, MAPIX_LOGON_LOGICAL, &token) == 0);
	context_unref(&ctx);
	CHILD_CHECK(context_process() == NULL);

	/* The groups cannot be read: not a memory shortage. */
	hr = MapixImpersonate(token);
	fprintf(stderr, "# no process context: 0x%08x\n", (unsigned int)hr);
	CHILD_CHECK(hr == MAPI_E_CALL_FAILED);
	CHILD_CHECK(MapixGetThreadToken(&got) == MAPI_E_NOT_FOUND);

	/* Memory runs out while it is made: that is one. */
	__atomic_store_n(&getgroups_errno, 0, __ATOMIC_SEQ_CST);
	alloc_fail_after(1);
	hr = MapixImpersonate(token);
	alloc_fail_after(0);
	CHILD_CHECK(hr == MAPI_E_NOT_ENOUGH_MEMORY);
	CHILD_CHECK(MapixGetThreadToken(&got) == MAPI_E_NOT_FOUND);

	/* Now it can be made, and the thread impersonates. */
	CHILD_CHECK(MapixImpersonate(token) == S_OK);
	CHILD_CHECK(context_process() != NULL);
	CHILD_CHECK(MapixGetThreadToken(&got) == S_OK && got == token);
	CHILD_CHECK(MapixCloseToken(got) == S_OK);
	CHILD_CHECK(MapixRevertToSelf() == S_OK);
	CHILD_CHECK(MapixCloseToken(token) == S_OK);
	return 0;
}

static void test_no_process_context(void **state)
{
	int status = 0;
	pid_t pid;

	(void)state;
	fflush(NULL);
	pid = fork();
	assert_true(pid >= 0);
	if (pid == 0) {
		execl(self_path, "test_impersonate", NO_PROCESS_CONTEXT,
		      (char *)NULL);
		_exit(127);
	}
	assert_int_equal(waitpid(pid, &status, 0), pid);
	assert_true(WIFEXITED(status));
	assert_int_equal(WEXITSTATUS(status), 0);
}

int main(int argc, char **argv)
{
	const struct CMUnitTest tests[] = {
	    cmocka_unit_test(test_logon_codes),
	    cmocka_unit_test(test_token_for_user),
	    cmocka_unit_test(test_impersonate_kernel),
	    cmocka_unit_test(test_switch),
	    cmocka_unit_test(test_threads_2),
	    cmocka_unit_test(test_threads_16),
	    cmocka_unit_test(test_logical),
	    cmocka_unit_test(test_bad_input),
	    cmocka_unit_test(test_cycles),
	    cmocka_unit_test(test_no_process_context),
	};

	if (argc == 2 && strcmp(argv[1], NO_PROCESS_CONTEXT) == 0)
		return no_process_context_main();
	if (realpath(argv[0], self_path) == NULL)
		return 1;
	return cmocka_run_group_tests(tests, group_setup, group_teardown);
}
