/*
 * test_dirgen.c - versions of principals in the directory (src/directory):
 * every change gives the principal a new, higher generation and moves the
 * directory's change counter, across processes too; a deleted and re-added
 * principal is a new version; a schema-1 file is upgraded in place by a
 * process that may write it and read as it is by one that may not;
 * directory_open_existing() creates nothing; the pam backend's counter
 * follows its files.
 *
 * The fixture is dirtest.h's.  The read-only tests run as root (they drop
 * a forked child to uid 65534) and are skipped otherwise.
 */
#include <stdarg.h>
#include <stddef.h>
#include <setjmp.h>
#include <stdint.h>
#include <cmocka.h>

#include <errno.h>
#include <fcntl.h>
#include <grp.h>
#include <limits.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <sys/wait.h>
#include <time.h>
#include <unistd.h>

#include <sqlite3.h>

#include "alloc.h"
#include "directory.h"
#include "directory_backend.h"
#include "dirtest.h"
#include "lib.h"

#define NOBODY 65534

/* Makes the fixture's state directory, as directory_open() would. */
static void make_state_dir(struct fixture *f)
{
	char buf[PATH_MAX];

	assert_int_equal(directory_state_dir(buf, sizeof(buf), NULL), 0);
	assert_string_equal(buf, f->state_dir);
}

static uint64_t counter_of(struct directory *dir)
{
	const char *error = NULL;
	uint64_t generation = 0;
	int ret = directory_generation(dir, &generation, &error);

	if (ret != 0)
		fail_msg("directory_generation: %d %s", ret, error);
	return generation;
}

static uint64_t generation_of(struct directory *dir, const char *name)
{
	struct dir_principal *p = NULL;
	uint64_t generation;

	assert_int_equal(directory_get(dir, name, &p, NULL), 0);
	generation = p->generation;
	dir_principal_free(&p);
	return generation;
}

/*
 * Checks that the last write moved the counter above before and stamped
 * name with the counter's new value; returns that value.
 */
static uint64_t expect_change(struct directory *dir, const char *name,
			      uint64_t before)
{
	uint64_t now = counter_of(dir);

	assert_true(now > before);
	assert_int_equal(generation_of(dir, name), now);
	return now;
}

/* ------------------------------------------------------------------ */

/* Every kind of change gives a new, higher generation. */
static void test_every_change(void **state)
{
	struct fixture *f = *state;
	struct directory *dir = open_dir(f);
	static const gid_t groups[] = {100, 200};
	struct dir_os_identity os = {7001, 7001, groups, 2};
	struct dir_principal_settings dup = {.name = "ALICE"};
	struct dir_principal **list = NULL;
	const char *error = NULL;
	uint64_t c, other;
	size_t count = 0;

	c = counter_of(dir);
	assert_int_equal(c, 0);
	add_user(dir, "alice", NULL);
	c = expect_change(dir, "alice", c);
	add_user(dir, "bob", NULL);
	other = expect_change(dir, "bob", c);
	/* A change of bob leaves alice's generation alone. */
	assert_true(generation_of(dir, "alice") < other);
	c = other;

	assert_int_equal(directory_set_password(dir, "alice", "pw", &error), 0);
	c = expect_change(dir, "alice", c);
	assert_int_equal(directory_set_password(dir, "alice", NULL, &error), 0);
	c = expect_change(dir, "alice", c);
	assert_int_equal(
	    directory_set_flags(dir, "alice", DIR_FLAG_ADMIN, 0, &error), 0);
	c = expect_change(dir, "alice", c);
	/* Even a write that leaves the values as they were. */
	assert_int_equal(
	    directory_set_flags(dir, "alice", DIR_FLAG_ADMIN, 0, &error), 0);
	c = expect_change(dir, "alice", c);
	assert_int_equal(directory_map_os(dir, "alice", &os, &error), 0);
	c = expect_change(dir, "alice", c);
	os.groups_count = 1;
	assert_int_equal(directory_map_os(dir, "alice", &os, &error), 0);
	c = expect_change(dir, "alice", c);
	assert_int_equal(directory_map_os(dir, "alice", NULL, &error), 0);
	c = expect_change(dir, "alice", c);

	/* Failed writes and reads change nothing. */
	assert_int_equal(directory_add(dir, &dup, &error), -EEXIST);
	assert_int_equal(directory_set_flags(dir, "nobody", 0, 0, &error),
			 -ENOENT);
	assert_int_equal(directory_delete(dir, "nobody", &error), -ENOENT);
	os.uid = 7001;
	assert_int_equal(directory_map_os(dir, "bob", &os, &error), 0);
	c = expect_change(dir, "bob", c);
	assert_int_equal(directory_map_os(dir, "alice", &os, &error), -EEXIST);
	assert_int_equal(directory_set_password(dir, "alice", "", &error),
			 -EINVAL);
	assert_int_equal(directory_authenticate(dir, "alice", "x", NULL, NULL),
			 -EACCES);
	assert_int_equal(directory_list(dir, &list, &count, &error), 0);
	assert_int_equal(count, 2);
	/* The list carries the same generations as get. */
	assert_int_equal(list[0]->generation, generation_of(dir, "alice"));
	assert_int_equal(list[1]->generation, c);
	dir_principal_list_free(&list, count);
	assert_int_equal(counter_of(dir), c);
}

/* A principal deleted and added again is a new version. */
static void test_delete_readd(void **state)
{
	struct fixture *f = *state;
	struct directory *dir = open_dir(f);
	struct dir_principal *before = NULL, *after = NULL;
	uint64_t c;

	add_user(dir, "carol", "pw");
	add_user(dir, "dave", NULL);
	assert_int_equal(directory_get(dir, "carol", &before, NULL), 0);
	c = counter_of(dir);
	assert_int_equal(directory_delete(dir, "Carol", NULL), 0);
	/* The delete moved the counter too. */
	assert_true(counter_of(dir) > c);
	c = counter_of(dir);
	add_user(dir, "carol", "pw");
	assert_int_equal(directory_get(dir, "carol", &after, NULL), 0);
	assert_true(after->generation > c);
	assert_true(after->generation > before->generation);
	assert_memory_not_equal(after->mailbox_guid, before->mailbox_guid,
				DIR_GUID_SIZE);
	dir_principal_free(&before);
	dir_principal_free(&after);
}

/* Waits for pid and checks that it exited with 0. */
static void expect_child_ok(pid_t pid)
{
	int status = 0;

	assert_int_equal(waitpid(pid, &status, 0), pid);
	assert_true(WIFEXITED(status));
	assert_int_equal(WEXITSTATUS(status), 0);
}

/* In a child: opens its own handle and runs one change. */
static int child_change(const char *state_dir, int what)
{
	struct directory *dir = NULL;
	int ret;

	if (directory_open("sqlite", state_dir, &dir, NULL) < 0)
		return 10;
	if (what == 0)
		ret = directory_set_flags(dir, "erin", DIR_FLAG_DISABLED, 0,
					  NULL);
	else
		ret = directory_delete(dir, "erin", NULL);
	directory_close(&dir);
	return ret == 0 ? 0 : 11;
}

/* Another process's changes move this handle's counter. */
static void test_across_processes(void **state)
{
	struct fixture *f = *state;
	struct directory *dir = open_dir(f);
	uint64_t c0, c1, c2;
	pid_t pid;

	add_user(dir, "erin", NULL);
	c0 = counter_of(dir);
	assert_int_equal(generation_of(dir, "erin"), c0);

	pid = fork();
	assert_true(pid >= 0);
	if (pid == 0)
		_exit(child_change(f->state_dir, 0));
	expect_child_ok(pid);
	c1 = counter_of(dir);
	assert_true(c1 > c0);
	assert_int_equal(generation_of(dir, "erin"), c1);

	pid = fork();
	assert_true(pid >= 0);
	if (pid == 0)
		_exit(child_change(f->state_dir, 1));
	expect_child_ok(pid);
	c2 = counter_of(dir);
	assert_true(c2 > c1);
	/* This handle writes above what the other process wrote. */
	add_user(dir, "erin", NULL);
	assert_true(generation_of(dir, "erin") > c2);
}

/* The schema of mapix's version-1 directory.db, as it made it. */
static const char schema_v1_sql[] =
    "PRAGMA journal_mode = WAL;"
    "CREATE TABLE principals ("
    " id INTEGER PRIMARY KEY,"
    " name TEXT NOT NULL UNIQUE COLLATE NOCASE,"
    " display_name TEXT NOT NULL,"
    " flags INTEGER NOT NULL DEFAULT 0,"
    " uid INTEGER UNIQUE,"
    " gid INTEGER,"
    " password_hash TEXT,"
    " mailbox_guid BLOB NOT NULL UNIQUE CHECK (length(mailbox_guid) = 16),"
    " mailbox_dn TEXT NOT NULL,"
    " created INTEGER NOT NULL,"
    " CHECK ((uid IS NULL) = (gid IS NULL)));"
    "CREATE TABLE principal_groups ("
    " principal_id INTEGER NOT NULL"
    "  REFERENCES principals (id) ON DELETE CASCADE,"
    " position INTEGER NOT NULL,"
    " gid INTEGER NOT NULL,"
    " PRIMARY KEY (principal_id, position)) WITHOUT ROWID;"
    "PRAGMA application_id = 1296126020;"
    "PRAGMA user_version = 1;"
    "INSERT INTO principals (id, name, display_name, flags, uid, gid,"
    " mailbox_guid, mailbox_dn, created) VALUES"
    " (1, 'Frank', 'Frank F', 1, 8001, 8002, "
    "x'00000000000000000000000000000001',"
    "  '/o=mapix/ou=mailboxes/cn=Frank', 0),"
    " (2, 'gone', 'gone', 0, NULL, NULL, x'00000000000000000000000000000002',"
    "  '/o=mapix/ou=mailboxes/cn=gone', 0),"
    " (5, 'grace', 'Grace', 2, NULL, NULL, x'00000000000000000000000000000005',"
    "  '/o=mapix/ou=mailboxes/cn=grace', 0);"
    "INSERT INTO principal_groups VALUES (1, 0, 30), (1, 1, 31);"
    "DELETE FROM principals WHERE id = 2;";

/* Makes a version-1 directory.db in the fixture's state directory. */
static void make_v1_file(struct fixture *f, sqlite3 **keep_open)
{
	sqlite3 *db = NULL;

	make_state_dir(f);
	assert_int_equal(sqlite3_open(f->db_path, &db), SQLITE_OK);
	assert_int_equal(sqlite3_exec(db, schema_v1_sql, NULL, NULL, NULL),
			 SQLITE_OK);
	if (keep_open != NULL)
		*keep_open = db;
	else
		sqlite3_close(db);
}

/* PRAGMA user_version of the file, read without mapix. */
static int64_t file_version(struct fixture *f)
{
	sqlite3 *db = NULL;
	sqlite3_stmt *s = NULL;
	int64_t version = -1;

	assert_int_equal(
	    sqlite3_open_v2(f->db_path, &db, SQLITE_OPEN_READONLY, NULL),
	    SQLITE_OK);
	assert_int_equal(
	    sqlite3_prepare_v2(db, "PRAGMA user_version", -1, &s, NULL),
	    SQLITE_OK);
	if (sqlite3_step(s) == SQLITE_ROW)
		version = sqlite3_column_int64(s, 0);
	sqlite3_finalize(s);
	sqlite3_close(db);
	return version;
}

static void check_v1_principals(struct directory *dir)
{
	struct dir_principal *p = NULL;

	assert_int_equal(directory_get(dir, "frank", &p, NULL), 0);
	assert_string_equal(p->name, "Frank");
	assert_string_equal(p->display_name, "Frank F");
	assert_int_equal(p->flags, DIR_FLAG_ADMIN);
	assert_true(p->os_mapped);
	assert_int_equal(p->uid, 8001);
	assert_int_equal(p->groups_count, 2);
	assert_int_equal(p->groups[1], 31);
	assert_int_equal(p->mailbox_guid[15], 1);
	/* The row id stands for the first generation. */
	assert_int_equal(p->generation, 1);
	dir_principal_free(&p);
	assert_int_equal(generation_of(dir, "grace"), 5);
}

/* A process that may write a version-1 file upgrades it in place. */
static void test_upgrade_v1(void **state)
{
	struct fixture *f = *state;
	struct directory *dir;
	uint64_t c;

	make_v1_file(f, NULL);
	assert_int_equal(file_version(f), 1);
	dir = open_dir(f);
	assert_int_equal(file_version(f), 2);
	check_v1_principals(dir);
	/* The counter starts above every generation the upgrade gave. */
	c = counter_of(dir);
	assert_int_equal(c, 5);
	add_user(dir, "heidi", NULL);
	c = expect_change(dir, "heidi", c);
	assert_int_equal(c, 6);
	assert_int_equal(
	    directory_set_flags(dir, "frank", 0, DIR_FLAG_ADMIN, NULL), 0);
	c = expect_change(dir, "frank", c);
	directory_close(&f->dir);

	/* Opening it again changes nothing. */
	dir = open_dir(f);
	assert_int_equal(counter_of(dir), c);
	assert_int_equal(generation_of(dir, "grace"), 5);
}

/* directory_open_existing() upgrades a file it may write, too. */
static void test_upgrade_v1_existing(void **state)
{
	struct fixture *f = *state;
	const char *error = NULL;

	make_v1_file(f, NULL);
	assert_int_equal(
	    directory_open_existing("sqlite", f->state_dir, &f->dir, &error),
	    0);
	assert_int_equal(file_version(f), 2);
	check_v1_principals(f->dir);
	assert_int_equal(counter_of(f->dir), 5);
}

/* A version-1 file of another application is refused, not upgraded. */
static void test_upgrade_foreign(void **state)
{
	struct fixture *f = *state;
	const char *error = NULL;
	sqlite3 *db = NULL;

	make_v1_file(f, &db);
	assert_int_equal(
	    sqlite3_exec(db, "PRAGMA application_id = 7;", NULL, NULL, NULL),
	    SQLITE_OK);
	sqlite3_close(db);
	assert_int_equal(
	    directory_open("sqlite", f->state_dir, &f->dir, &error), -EBADMSG);
	assert_non_null(strstr(error, "not a mapix directory"));
	assert_int_equal(file_version(f), 1);
}

/* directory_open_existing() creates nothing. */
static void test_open_existing(void **state)
{
	struct fixture *f = *state;
	const char *error = NULL;
	struct stat st;
	char link[PATH_MAX + 8];
	int fd;

	/* No state directory: -ENOENT naming the file, and still none. */
	assert_int_equal(directory_open_existing(NULL, NULL, &f->dir, &error),
			 -ENOENT);
	assert_null(f->dir);
	assert_non_null(strstr(error, f->db_path));
	assert_int_equal(stat(f->state_dir, &st), -1);
	/* A state directory without directory.db: the same. */
	make_state_dir(f);
	assert_int_equal(
	    directory_open_existing("sqlite", f->state_dir, &f->dir, &error),
	    -ENOENT);
	assert_non_null(strstr(error, f->db_path));
	assert_int_equal(stat(f->db_path, &st), -1);
	/* An empty file holds no directory, and stays empty. */
	fd = open(f->db_path, O_CREAT | O_WRONLY, 0600);
	assert_true(fd >= 0);
	close(fd);
	assert_int_equal(
	    directory_open_existing("sqlite", f->state_dir, &f->dir, &error),
	    -ENOENT);
	assert_non_null(strstr(error, f->db_path));
	assert_int_equal(stat(f->db_path, &st), 0);
	assert_int_equal(st.st_size, 0);
	assert_int_equal(unlink(f->db_path), 0);

	/* Once directory_open() made it, it opens and sees the same. */
	add_user(open_dir(f), "ivan", NULL);
	directory_close(&f->dir);
	assert_int_equal(directory_open_existing(NULL, NULL, &f->dir, &error),
			 0);
	assert_string_equal(directory_backend_name(f->dir), "sqlite");
	assert_int_equal(generation_of(f->dir, "ivan"), counter_of(f->dir));
	/* This process may write the file, so the handle writes. */
	add_user(f->dir, "judy", NULL);
	directory_close(&f->dir);

	/* A symbolic link is refused. */
	snprintf(link, sizeof(link), "%s.real", f->db_path);
	assert_int_equal(rename(f->db_path, link), 0);
	assert_int_equal(symlink(link, f->db_path), 0);
	assert_int_equal(directory_open_existing(NULL, NULL, &f->dir, &error),
			 -ELOOP);
	assert_non_null(strstr(error, f->db_path));

	/* pam keeps nothing: it opens without a state directory. */
	assert_int_equal(directory_open_existing("pam", "/nonexistent/state",
						 &f->dir, &error),
			 0);
	assert_string_equal(directory_backend_name(f->dir), "pam");
	directory_close(&f->dir);
	assert_int_equal(directory_open_existing(NULL, NULL, NULL, &error),
			 -EINVAL);
	assert_int_equal(directory_open_existing("ldap", NULL, &f->dir, &error),
			 -ENOENT);
}

/* A version-1 backend (no generation, no open_existing). */
static int old_open(const struct directory_backend *backend,
		    const char *state_dir, struct directory **dir_r,
		    const char **error_r)
{
	static struct directory old_dir;

	(void)state_dir;
	(void)error_r;
	old_dir.backend = backend;
	*dir_r = &old_dir;
	return 0;
}

static void old_close(struct directory *dir)
{
	(void)dir;
}

static int old_get(struct directory *dir, const char *name,
		   struct dir_principal **principal_r, const char **error_r)
{
	(void)dir;
	(void)principal_r;
	return dir_error(error_r, -ENOENT, "no '%s'", name);
}

/* Would answer if the public calls wrongly used version-2 members. */
static int old_generation(struct directory *dir, uint64_t *generation_r,
			  const char **error_r)
{
	(void)dir;
	(void)error_r;
	*generation_r = 42;
	return 0;
}

static const struct directory_backend old_backend = {
    .version = 1,
    .name = "old",
    .open = old_open,
    .close = old_close,
    .get = old_get,
    .generation = old_generation,
    .open_existing = old_open,
};

static void test_version1_backend(void **state)
{
	struct fixture *f = *state;
	const char *error = NULL;
	uint64_t generation = 7;

	if (directory_backend_find("old") == NULL)
		assert_int_equal(directory_backend_register(&old_backend), 0);
	assert_int_equal(directory_open_existing("old", NULL, &f->dir, &error),
			 -EOPNOTSUPP);
	assert_null(f->dir);
	assert_int_equal(directory_open("old", NULL, &f->dir, &error), 0);
	assert_int_equal(directory_generation(f->dir, &generation, &error),
			 -EOPNOTSUPP);
	assert_int_equal(generation, 0);
	assert_string_equal(error,
			    "the old directory cannot count its changes");
	/* No write or auth methods anywhere: -EOPNOTSUPP, not a crash. */
	assert_int_equal(directory_delete(f->dir, "x", &error), -EOPNOTSUPP);
	assert_int_equal(directory_authenticate(f->dir, "x", "y", NULL, &error),
			 -EOPNOTSUPP);
	assert_int_equal(directory_generation(NULL, &generation, &error),
			 -EINVAL);
	assert_int_equal(directory_generation(f->dir, NULL, &error), -EINVAL);
}

/* The registries of admin and auth tables. */
static void test_table_registries(void **state)
{
	static const struct directory_backend_admin no_name = {.version = 1};
	static const struct directory_backend_auth no_method = {.version = 1,
								.name = "x"};

	(void)state;
	assert_int_equal(directory_backend_admin_register(&dir_sqlite_admin),
			 -EEXIST);
	assert_int_equal(directory_backend_auth_register(&dir_pam_auth),
			 -EEXIST);
	assert_int_equal(directory_backend_admin_register(&no_name), -EINVAL);
	assert_int_equal(directory_backend_admin_register(NULL), -EINVAL);
	assert_int_equal(directory_backend_auth_register(&no_method), -EINVAL);
}

/*
 * The read-only tests' child: drops to uid and gid 65534 and opens the
 * directory with directory_open_existing().
 */
static struct directory *child_open_as_nobody(const char *state_dir)
{
	struct directory *dir = NULL;
	const char *error = NULL;
	int ret;

	if (setgroups(0, NULL) < 0 || setresgid(NOBODY, NOBODY, NOBODY) < 0 ||
	    setresuid(NOBODY, NOBODY, NOBODY) < 0)
		_exit(20);
	ret = directory_open_existing("sqlite", state_dir, &dir, &error);
	if (ret < 0) {
		fprintf(stderr, "open_existing: %d %s\n", ret, error);
		_exit(21);
	}
	return dir;
}

/* The child's checks of a version-1 file it may only read. */
static int child_read_v1(const char *state_dir, int go_fd, int done_fd)
{
	struct directory *dir = child_open_as_nobody(state_dir);
	struct dir_principal_settings s = {.name = "mallory"};
	struct dir_principal *p = NULL, **list = NULL;
	uint64_t c = 0, c2 = 0;
	size_t count = 0;
	char byte;

	/* Read as it is: generation = row id, no counter of its own. */
	if (directory_get(dir, "grace", &p, NULL) < 0 || p->generation != 5)
		return 30;
	dir_principal_free(&p);
	if (directory_list(dir, &list, &count, NULL) < 0 || count != 2 ||
	    list[0]->generation != 1)
		return 31;
	dir_principal_list_free(&list, count);
	if (directory_generation(dir, &c, NULL) < 0 || (c >> 63) != 1)
		return 32;
	if (directory_add(dir, &s, NULL) != -EROFS ||
	    directory_set_flags(dir, "grace", 0, 0, NULL) != -EROFS)
		return 33;
	if (directory_generation(dir, &c2, NULL) < 0 || c2 != c)
		return 34;

	/* The parent upgrades the file and changes grace. */
	if (write(done_fd, "1", 1) != 1 || read(go_fd, &byte, 1) != 1)
		return 35;
	if (directory_get(dir, "grace", &p, NULL) < 0 || p->generation != 6)
		return 36;
	dir_principal_free(&p);
	if (directory_generation(dir, &c2, NULL) < 0 || c2 != 6)
		return 37;
	if (directory_add(dir, &s, NULL) != -EROFS)
		return 38;
	directory_close(&dir);
	return 0;
}

/* Gives the directory's files to everyone to read. */
static void share_files(struct fixture *f)
{
	static const char *const suffixes[] = {"", "-wal", "-shm"};
	char path[PATH_MAX];
	unsigned int i;

	for (i = 0; i < N_ELEMENTS(suffixes); i++) {
		snprintf(path, sizeof(path), "%s%s", f->db_path, suffixes[i]);
		assert_int_equal(chmod(path, 0644), 0);
	}
}

/*
 * A child that writes a byte to done_fd when it wants the parent's
 * change, then waits for a byte on go_fd; returns its exit status.
 */
typedef int child_fn(const char *state_dir, int go_fd, int done_fd);

/*
 * Forks child, runs between(f) in the parent when the child asks for it,
 * lets the child go on and checks that it exits with 0.
 */
static void run_with_child(struct fixture *f, child_fn *child,
			   void (*between)(struct fixture *f))
{
	int go[2], done[2];
	char byte;
	pid_t pid;

	assert_int_equal(pipe(go), 0);
	assert_int_equal(pipe(done), 0);
	pid = fork();
	assert_true(pid >= 0);
	if (pid == 0) {
		close(go[1]);
		close(done[0]);
		_exit(child(f->state_dir, go[0], done[1]));
	}
	close(go[0]);
	close(done[1]);
	if (read(done[0], &byte, 1) == 1)
		between(f);
	assert_int_equal(write(go[1], "1", 1), 1);
	close(go[1]);
	close(done[0]);
	expect_child_ok(pid);
}

/*
 * A process that may only read a version-1 file reads it as it is, and
 * follows the upgrade another process makes while it has it open.
 */
/* The parent's change while read_v1's child waits. */
static void upgrade_and_change(struct fixture *f)
{
	/* The child left the file as it was. */
	assert_int_equal(file_version(f), 1);
	assert_int_equal(
	    directory_set_flags(open_dir(f), "grace", DIR_FLAG_ADMIN, 0, NULL),
	    0);
	assert_int_equal(file_version(f), 2);
	assert_int_equal(generation_of(f->dir, "grace"), 6);
}

static void test_read_only_v1(void **state)
{
	struct fixture *f = *state;
	sqlite3 *holder = NULL;

	if (geteuid() != 0)
		skip();
	/* SQLite reads a WAL file read-only while another has it open. */
	make_v1_file(f, &holder);
	share_files(f);
	run_with_child(f, child_read_v1, upgrade_and_change);
	sqlite3_close(holder);
}

/* The child's checks of a current file it may only read. */
static int child_read_v2(const char *state_dir, int go_fd, int done_fd)
{
	struct directory *dir = child_open_as_nobody(state_dir);
	struct dir_principal *p = NULL;
	uint64_t c = 0, c2 = 0;
	char byte;

	if (directory_generation(dir, &c, NULL) < 0 || (c >> 63) != 0)
		return 40;
	if (directory_delete(dir, "kate", NULL) != -EROFS)
		return 41;
	if (write(done_fd, "1", 1) != 1 || read(go_fd, &byte, 1) != 1)
		return 42;
	/* The parent's change shows in the counter and the principal. */
	if (directory_generation(dir, &c2, NULL) < 0 || c2 <= c)
		return 43;
	if (directory_get(dir, "kate", &p, NULL) < 0 || p->generation != c2 ||
	    (p->flags & DIR_FLAG_DISABLED) == 0)
		return 44;
	dir_principal_free(&p);
	directory_close(&dir);
	return 0;
}

/* The child's open of a file nobody else has open. */
static int child_open_alone(const char *state_dir)
{
	struct directory *dir = NULL;
	const char *error = NULL;
	int ret;

	if (setgroups(0, NULL) < 0 || setresgid(NOBODY, NOBODY, NOBODY) < 0 ||
	    setresuid(NOBODY, NOBODY, NOBODY) < 0)
		return 20;
	ret = directory_open_existing("sqlite", state_dir, &dir, &error);
	if (ret == 0) {
		directory_close(&dir);
		return 50;
	}
	fprintf(stderr, "# expected: %d %s\n", ret, error);
	return strstr(error, "without write access") != NULL ? 0 : 51;
}

/* A reader without write access polls the counter of a current file. */
/* The parent's change while read_v2's child waits. */
static void disable_kate(struct fixture *f)
{
	assert_int_equal(
	    directory_set_flags(f->dir, "kate", DIR_FLAG_DISABLED, 0, NULL), 0);
}

static void test_read_only_poll(void **state)
{
	struct fixture *f = *state;
	pid_t pid;

	if (geteuid() != 0)
		skip();
	add_user(open_dir(f), "kate", NULL);
	share_files(f);
	run_with_child(f, child_read_v2, disable_kate);

	/*
	 * With no process holding it open, SQLite cannot read the WAL file
	 * without write access (it needs the -shm file): a clear error.
	 */
	directory_close(&f->dir);
	pid = fork();
	assert_true(pid >= 0);
	if (pid == 0)
		_exit(child_open_alone(f->state_dir));
	expect_child_ok(pid);
}

/* Writes text to path, replacing it. */
static void write_text(const char *path, const char *text)
{
	FILE *fp = fopen(path, "w");

	assert_non_null(fp);
	fputs(text, fp);
	assert_int_equal(fclose(fp), 0);
}

static uint64_t files_generation(const char *const *paths, unsigned int n)
{
	const char *error = NULL;
	uint64_t generation = 0;

	if (dir_files_generation(paths, n, &generation, &error) != 0)
		fail_msg("dir_files_generation: %s", error);
	return generation;
}

/* The counter of data in files follows every kind of edit. */
static void test_files_generation(void **state)
{
	struct fixture *f = *state;
	char a[PATH_MAX], b[PATH_MAX], tmp[PATH_MAX];
	const char *paths[] = {a, b};
	struct timespec times[2];
	struct stat st;
	uint64_t g0, g;

	make_state_dir(f);
	snprintf(a, sizeof(a), "%s/passwd", f->state_dir);
	snprintf(b, sizeof(b), "%s/group", f->state_dir);
	snprintf(tmp, sizeof(tmp), "%s/passwd.new", f->state_dir);
	write_text(a, "alice:x:1000:1000::/home/alice:/bin/sh\n");
	write_text(b, "staff:x:50:\n");
	g0 = files_generation(paths, 2);
	/* Stable while nothing changes. */
	assert_int_equal(files_generation(paths, 2), g0);
	/* Only the nanoseconds of the mtime change. */
	assert_int_equal(stat(b, &st), 0);
	times[0] = st.st_atim;
	times[1] = st.st_mtim;
	times[1].tv_nsec = (times[1].tv_nsec + 1) % 1000000000;
	assert_int_equal(utimensat(AT_FDCWD, b, times, 0), 0);
	g = files_generation(paths, 2);
	assert_true(g != g0);
	/* Putting the mtime back gives the old value: it is the identity. */
	times[1] = st.st_mtim;
	assert_int_equal(utimensat(AT_FDCWD, b, times, 0), 0);
	assert_int_equal(files_generation(paths, 2), g0);
	/* Replaced by rename with the same bytes and mtime: a new inode. */
	assert_int_equal(stat(a, &st), 0);
	write_text(tmp, "alice:x:1000:1000::/home/alice:/bin/sh\n");
	times[0] = st.st_atim;
	times[1] = st.st_mtim;
	assert_int_equal(utimensat(AT_FDCWD, tmp, times, 0), 0);
	assert_int_equal(rename(tmp, a), 0);
	g = files_generation(paths, 2);
	assert_true(g != g0);
	/* A missing file counts, without an error. */
	g0 = g;
	assert_int_equal(unlink(b), 0);
	g = files_generation(paths, 2);
	assert_true(g != g0);
	/* The order of the files matters too. */
	write_text(b, "staff:x:50:\n");
	{
		const char *reversed[] = {b, a};

		assert_true(files_generation(reversed, 2) !=
			    files_generation(paths, 2));
	}
}

/* pam: the counter of /etc/passwd and /etc/group; generations are 0. */
static void test_pam_generation(void **state)
{
	struct fixture *f = *state;
	static const char *const files[] = {"/etc/passwd", "/etc/group"};
	struct dir_principal *p = NULL;
	const char *error = NULL;
	uint64_t c = 0;

	assert_int_equal(directory_open("pam", NULL, &f->dir, &error), 0);
	assert_int_equal(directory_generation(f->dir, &c, &error), 0);
	assert_int_equal(c, files_generation(files, N_ELEMENTS(files)));
	assert_int_equal(counter_of(f->dir), c);
	assert_int_equal(directory_get(f->dir, "root", &p, &error), 0);
	assert_int_equal(p->generation, 0);
	dir_principal_free(&p);
}

/* Polling the counter is cheap: one small read. */
static void test_counter_cost(void **state)
{
	struct fixture *f = *state;
	struct directory *dir = open_dir(f);
	struct timespec t0, t1;
	const unsigned int n = 2000;
	unsigned int i;
	uint64_t c = 0;
	double ns;

	add_user(dir, "leo", NULL);
	clock_gettime(CLOCK_MONOTONIC, &t0);
	for (i = 0; i < n; i++)
		assert_int_equal(directory_generation(dir, &c, NULL), 0);
	clock_gettime(CLOCK_MONOTONIC, &t1);
	ns = ((double)(t1.tv_sec - t0.tv_sec) * 1e9 +
	      (double)(t1.tv_nsec - t0.tv_nsec)) /
	     n;
	printf("# directory_generation (sqlite): %.0f ns per call\n", ns);
	/* Generous even under valgrind: a few calls a second cost nothing. */
	assert_true(ns < 5e6);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
	    cmocka_unit_test_setup_teardown(test_every_change, setup, teardown),
	    cmocka_unit_test_setup_teardown(test_delete_readd, setup, teardown),
	    cmocka_unit_test_setup_teardown(test_across_processes, setup,
					    teardown),
	    cmocka_unit_test_setup_teardown(test_upgrade_v1, setup, teardown),
	    cmocka_unit_test_setup_teardown(test_upgrade_v1_existing, setup,
					    teardown),
	    cmocka_unit_test_setup_teardown(test_upgrade_foreign, setup,
					    teardown),
	    cmocka_unit_test_setup_teardown(test_open_existing, setup,
					    teardown),
	    cmocka_unit_test_setup_teardown(test_version1_backend, setup,
					    teardown),
	    cmocka_unit_test(test_table_registries),
	    cmocka_unit_test_setup_teardown(test_read_only_v1, setup, teardown),
	    cmocka_unit_test_setup_teardown(test_read_only_poll, setup,
					    teardown),
	    cmocka_unit_test_setup_teardown(test_files_generation, setup,
					    teardown),
	    cmocka_unit_test_setup_teardown(test_pam_generation, setup,
					    teardown),
	    cmocka_unit_test_setup_teardown(test_counter_cost, setup, teardown),
	};

	return cmocka_run_group_tests(tests, group_setup, group_teardown);
}
