/*
 * test_directory.c - the directory of principals (src/directory): the
 * sqlite backend against a private state directory, name rules, argon2id
 * passwords and equal failures, flags, uid mapping, file modes,
 * persistence, corrupt files, out-of-memory loops, the backend registry,
 * and the pam backend's refusals (no real system password is ever used).
 *
 * Every test gets a fresh state directory under one mkdtemp() root
 * (MAPIX_STATE_DIR), and MAPIX_PWHASH_FAST=1 keeps argon2id cheap.
 */
#include <stdarg.h>
#include <stddef.h>
#include <setjmp.h>
#include <stdint.h>
#include <cmocka.h>

#include <errno.h>
#include <ftw.h>
#include <limits.h>
#include <pthread.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include <sqlite3.h>

#include "alloc.h"
#include "directory.h"
#include "directory_backend.h"
#include "dirtest.h"

static void add_mapped(struct directory *dir, const char *name, uid_t uid,
		       gid_t gid, const gid_t *groups, unsigned int ngroups)
{
	struct dir_os_identity os = {uid, gid, groups, ngroups};
	struct dir_principal_settings s = {.name = name, .os = &os};

	assert_int_equal(directory_add(dir, &s, NULL), 0);
}

static bool guid_is_zero(const unsigned char *guid)
{
	static const unsigned char zero[DIR_GUID_SIZE];

	return memcmp(guid, zero, DIR_GUID_SIZE) == 0;
}

/* --------------------------------------------------------------------- */

static void test_state_dir(void **state)
{
	struct fixture *f = *state;
	char buf[PATH_MAX], conf[PATH_MAX], from_conf[PATH_MAX];
	const char *error = NULL;
	struct stat st;
	FILE *fp;

	assert_int_equal(directory_state_dir(buf, sizeof(buf), &error), 0);
	assert_string_equal(buf, f->state_dir);
	assert_int_equal(stat(buf, &st), 0);
	assert_true(S_ISDIR(st.st_mode));
	assert_int_equal(st.st_mode & 0777, 0711);
	/* Too small a buffer. */
	assert_int_equal(directory_state_dir(buf, 4, &error), -ENAMETOOLONG);
	/* Relative paths are refused. */
	setenv("MAPIX_STATE_DIR", "relative/dir", 1);
	assert_int_equal(directory_state_dir(buf, sizeof(buf), &error),
			 -EINVAL);
	assert_non_null(strstr(error, "absolute"));
	/* A file where the directory should be. */
	snprintf(conf, sizeof(conf), "%s/afile", f->state_dir);
	fp = fopen(conf, "w");
	assert_non_null(fp);
	fclose(fp);
	setenv("MAPIX_STATE_DIR", conf, 1);
	assert_int_equal(directory_state_dir(buf, sizeof(buf), &error),
			 -ENOTDIR);

	/* Without the variable, the configuration file's state_dir. */
	unsetenv("MAPIX_STATE_DIR");
	snprintf(from_conf, sizeof(from_conf), "%s/from-conf", f->state_dir);
	snprintf(conf, sizeof(conf), "%s/mapix.conf", f->state_dir);
	fp = fopen(conf, "w");
	assert_non_null(fp);
	fprintf(fp, "# comment\n[main]\nother = x\n  state_dir =  %s  \n",
		from_conf);
	fclose(fp);
	setenv("MAPIX_CONFIG", conf, 1);
	assert_int_equal(directory_state_dir(buf, sizeof(buf), &error), 0);
	assert_string_equal(buf, from_conf);
	assert_int_equal(stat(from_conf, &st), 0);
	assert_int_equal(st.st_mode & 0777, 0711);

	snprintf(buf, sizeof(buf), "%s/no-such.conf", root_dir);
	setenv("MAPIX_CONFIG", buf, 1);
	setenv("MAPIX_STATE_DIR", f->state_dir, 1);
}

static void test_add_get(void **state)
{
	struct fixture *f = *state;
	struct directory *dir = open_dir(f);
	static const gid_t groups[] = {27, 100, 4242};
	struct dir_os_identity os = {1000, 1001, groups, 3};
	struct dir_principal_settings s = {
	    .name = "Bob.Stone",
	    .display_name = "Bob Stone – Ops",
	    .flags = DIR_FLAG_ADMIN,
	    .os = &os,
	    .password = "hunter2",
	};
	struct dir_principal *p = NULL, *q = NULL;
	const char *error = NULL;

	assert_int_equal(directory_add(dir, &s, &error), 0);
	assert_int_equal(directory_get(dir, "bob.stone", &p, &error), 0);
	assert_non_null(p);
	assert_string_equal(p->name, "Bob.Stone");
	assert_string_equal(p->display_name, "Bob Stone – Ops");
	assert_int_equal(p->flags, DIR_FLAG_ADMIN);
	assert_true(p->has_password);
	assert_true(p->os_mapped);
	assert_int_equal(p->uid, 1000);
	assert_int_equal(p->gid, 1001);
	assert_int_equal(p->groups_count, 3);
	assert_memory_equal(p->groups, groups, sizeof(groups));
	assert_false(guid_is_zero(p->mailbox_guid));
	assert_string_equal(p->mailbox_dn,
			    "/o=mapix/ou=mailboxes/cn=Bob.Stone");

	/* Defaults: display name = name, no flags, no identity. */
	add_user(dir, "carol", NULL);
	assert_int_equal(directory_get(dir, "CAROL", &q, &error), 0);
	assert_string_equal(q->display_name, "carol");
	assert_int_equal(q->flags, 0);
	assert_false(q->has_password);
	assert_false(q->os_mapped);
	assert_int_equal(q->groups_count, 0);
	assert_null(q->groups);
	assert_memory_not_equal(p->mailbox_guid, q->mailbox_guid,
				DIR_GUID_SIZE);
	dir_principal_free(&p);
	dir_principal_free(&q);
	assert_null(p);

	assert_int_equal(directory_get(dir, "nobody", &p, &error), -ENOENT);
	assert_null(p);
	assert_string_equal(error, "no user 'nobody'");
}

static void test_case_insensitive_unique(void **state)
{
	struct fixture *f = *state;
	struct directory *dir = open_dir(f);
	struct dir_principal_settings s = {.name = "alice"};
	const char *error = NULL;

	add_user(dir, "Alice", NULL);
	assert_int_equal(directory_add(dir, &s, &error), -EEXIST);
	assert_string_equal(error, "user 'Alice' already exists");
	s.name = "ALICE";
	assert_int_equal(directory_add(dir, &s, &error), -EEXIST);
	/* The failed adds changed nothing. */
	struct dir_principal **list = NULL;
	size_t count = 0;

	assert_int_equal(directory_list(dir, &list, &count, &error), 0);
	assert_int_equal(count, 1);
	dir_principal_list_free(&list, count);
	assert_null(list);
}

static void test_name_validation(void **state)
{
	struct fixture *f = *state;
	struct directory *dir = open_dir(f);
	static const char *const bad[] = {
	    "",      "bad name", "a/b",    "b\xc3\xbc", "x:y",
	    "semi;", "tab\t",    "quote'", "new\nline", ".",
	    "..",    ".x",       "-x",     "_x",        "@x",
	};
	static const char *const bad_start[] = {".",  "..", ".x",
						"-x", "_x", "@x"};
	char name[DIR_NAME_MAX + 2];
	struct dir_principal_settings s = {0};
	const char *error = NULL;
	unsigned int i;

	for (i = 0; i < sizeof(bad) / sizeof(bad[0]); i++) {
		s.name = bad[i];
		assert_false(dir_name_valid(bad[i]));
		assert_int_equal(directory_add(dir, &s, &error), -EINVAL);
		assert_non_null(error);
	}
	assert_false(dir_name_valid(NULL));
	s.name = NULL;
	assert_int_equal(directory_add(dir, &s, &error), -EINVAL);
	/* The first byte is a letter or a digit, and the message says so. */
	for (i = 0; i < sizeof(bad_start) / sizeof(bad_start[0]); i++) {
		assert_int_equal(dir_name_check(bad_start[i], &error), -EINVAL);
		assert_non_null(
		    strstr(error, "begin with a letter or a digit"));
	}
	assert_true(dir_name_valid("9lives"));
	assert_true(dir_name_valid("a."));
	assert_true(dir_name_valid("Z-"));

	memset(name, 'a', DIR_NAME_MAX + 1);
	name[DIR_NAME_MAX + 1] = '\0';
	s.name = name;
	assert_int_equal(directory_add(dir, &s, &error), -EINVAL);
	assert_non_null(strstr(error, "longer than 64"));
	name[DIR_NAME_MAX] = '\0';
	assert_true(dir_name_valid(name));
	assert_int_equal(directory_add(dir, &s, &error), 0);
	s.name = "a.b_c@d-e.F9";
	assert_int_equal(directory_add(dir, &s, &error), 0);

	/* Display names: UTF-8 without control characters. */
	s.name = "dn";
	s.display_name = "bad\x01";
	assert_int_equal(directory_add(dir, &s, &error), -EINVAL);
	s.display_name = "bad \xc3";
	assert_int_equal(directory_add(dir, &s, &error), -EINVAL);
	s.display_name = "overlong \xc0\xaf";
	assert_int_equal(directory_add(dir, &s, &error), -EINVAL);
	s.display_name = "surrogate \xed\xa0\x80";
	assert_int_equal(directory_add(dir, &s, &error), -EINVAL);
	s.display_name = "Zoë \"Q\" \\ 漢字 \xf0\x9f\x98\x80";
	assert_int_equal(directory_add(dir, &s, &error), 0);
	/* Unknown flags. */
	s.name = "flagged";
	s.display_name = NULL;
	s.flags = 0x80;
	assert_int_equal(directory_add(dir, &s, &error), -EINVAL);
}

static void test_list(void **state)
{
	struct fixture *f = *state;
	struct directory *dir = open_dir(f);
	struct dir_principal **list = NULL;
	static const gid_t groups[] = {5, 6};
	const char *error = NULL;
	size_t count = 99;

	assert_int_equal(directory_list(dir, &list, &count, &error), 0);
	assert_int_equal(count, 0);
	assert_null(list);

	add_user(dir, "zed", NULL);
	add_mapped(dir, "Mike", 2000, 2000, groups, 2);
	add_user(dir, "alpha", NULL);
	assert_int_equal(directory_list(dir, &list, &count, &error), 0);
	assert_int_equal(count, 3);
	assert_string_equal(list[0]->name, "alpha");
	assert_string_equal(list[1]->name, "Mike");
	assert_string_equal(list[2]->name, "zed");
	assert_int_equal(list[1]->groups_count, 2);
	assert_int_equal(list[1]->groups[1], 6);
	dir_principal_list_free(&list, count);
}

static void test_delete(void **state)
{
	struct fixture *f = *state;
	struct directory *dir = open_dir(f);
	static const gid_t groups[] = {7};
	struct dir_principal *p = NULL;
	const char *error = NULL;

	add_mapped(dir, "dora", 3000, 3000, groups, 1);
	assert_int_equal(directory_delete(dir, "DORA", &error), 0);
	assert_int_equal(directory_get(dir, "dora", &p, &error), -ENOENT);
	assert_int_equal(directory_delete(dir, "dora", &error), -ENOENT);
	assert_string_equal(error, "no user 'dora'");
	assert_int_equal(directory_delete(dir, "bad name", &error), -EINVAL);
	/* Its uid and groups went with it. */
	add_mapped(dir, "dora", 3000, 3000, NULL, 0);
	assert_int_equal(directory_get_by_uid(dir, 3000, &p, &error), 0);
	assert_int_equal(p->groups_count, 0);
	dir_principal_free(&p);
}

/* Reads the stored hash of name straight from the database file. */
static void stored_hash(struct fixture *f, const char *name, char *buf,
			size_t size)
{
	sqlite3 *db = NULL;
	sqlite3_stmt *s = NULL;
	const unsigned char *text;

	assert_int_equal(
	    sqlite3_open_v2(f->db_path, &db, SQLITE_OPEN_READONLY, NULL),
	    SQLITE_OK);
	assert_int_equal(sqlite3_prepare_v2(db,
					    "SELECT password_hash FROM "
					    "principals WHERE name = ?1",
					    -1, &s, NULL),
			 SQLITE_OK);
	sqlite3_bind_text(s, 1, name, -1, SQLITE_STATIC);
	assert_int_equal(sqlite3_step(s), SQLITE_ROW);
	text = sqlite3_column_text(s, 0);
	snprintf(buf, size, "%s", text != NULL ? (const char *)text : "");
	sqlite3_finalize(s);
	sqlite3_close(db);
}

static void test_password(void **state)
{
	struct fixture *f = *state;
	struct directory *dir = open_dir(f);
	struct dir_principal *p = NULL;
	char hash[256], longpw[DIR_PASSWORD_MAX + 2];
	const char *error = NULL;

	add_user(dir, "erin", "correct horse");
	stored_hash(f, "erin", hash, sizeof(hash));
	assert_memory_equal(hash, "$argon2id$", 10);
	assert_null(strstr(hash, "correct horse"));

	assert_int_equal(
	    directory_authenticate(dir, "ERIN", "correct horse", &p, &error),
	    0);
	assert_non_null(p);
	assert_string_equal(p->name, "erin");
	dir_principal_free(&p);
	assert_int_equal(
	    directory_authenticate(dir, "erin", "correct horse", NULL, NULL),
	    0);
	assert_int_equal(
	    directory_authenticate(dir, "erin", "Correct horse", &p, &error),
	    -EACCES);
	assert_null(p);
	assert_int_equal(directory_authenticate(dir, "erin", "", &p, &error),
			 -EACCES);

	/* Change it. */
	assert_int_equal(
	    directory_set_password(dir, "erin", "battery staple", &error), 0);
	assert_int_equal(
	    directory_authenticate(dir, "erin", "correct horse", NULL, &error),
	    -EACCES);
	assert_int_equal(
	    directory_authenticate(dir, "erin", "battery staple", NULL, &error),
	    0);
	/* Bad passwords are refused before anything changes. */
	assert_int_equal(directory_set_password(dir, "erin", "", &error),
			 -EINVAL);
	memset(longpw, 'p', sizeof(longpw) - 1);
	longpw[sizeof(longpw) - 1] = '\0';
	assert_int_equal(directory_set_password(dir, "erin", longpw, &error),
			 -EINVAL);
	assert_int_equal(
	    directory_authenticate(dir, "erin", longpw, NULL, &error), -EACCES);
	assert_int_equal(directory_set_password(dir, "nobody", "pw", &error),
			 -ENOENT);
	assert_int_equal(
	    directory_authenticate(dir, "erin", "battery staple", NULL, &error),
	    0);
	/* Removing it: no password logs on. */
	assert_int_equal(directory_set_password(dir, "erin", NULL, &error), 0);
	assert_int_equal(directory_get(dir, "erin", &p, &error), 0);
	assert_false(p->has_password);
	dir_principal_free(&p);
	assert_int_equal(
	    directory_authenticate(dir, "erin", "battery staple", NULL, &error),
	    -EACCES);
	assert_int_equal(directory_authenticate(dir, "erin", "", NULL, &error),
			 -EACCES);
	/* Bad arguments. */
	assert_int_equal(directory_authenticate(dir, NULL, "x", NULL, &error),
			 -EINVAL);
	assert_int_equal(
	    directory_authenticate(dir, "erin", NULL, NULL, &error), -EINVAL);
	assert_int_equal(
	    directory_authenticate(NULL, "erin", "x", NULL, &error), -EINVAL);
}

/*
 * Unknown user, invalid name, no password and wrong password: the same
 * error, the same message, and one argon2id verification each (which is
 * what makes them take the same time).
 */
static void test_auth_equal_failures(void **state)
{
	struct fixture *f = *state;
	struct directory *dir = open_dir(f);
	static const char *const names[] = {"frank", "ghost", "no such name!",
					    "nopass"};
	char first[256] = "";
	const char *error;
	unsigned long before;
	unsigned int i;

	add_user(dir, "frank", "right");
	add_user(dir, "nopass", NULL);
	for (i = 0; i < sizeof(names) / sizeof(names[0]); i++) {
		struct dir_principal *p = (struct dir_principal *)&first;

		error = NULL;
		before = dir_password_verifications();
		assert_int_equal(
		    directory_authenticate(dir, names[i], "wrong", &p, &error),
		    -EACCES);
		assert_null(p);
		assert_int_equal(dir_password_verifications(), before + 1);
		assert_non_null(error);
		assert_string_equal(error, DIR_AUTH_FAILED_MSG);
	}
	/* The right password costs one verification too. */
	before = dir_password_verifications();
	assert_int_equal(
	    directory_authenticate(dir, "frank", "right", NULL, NULL), 0);
	assert_int_equal(dir_password_verifications(), before + 1);
}

static void test_disabled(void **state)
{
	struct fixture *f = *state;
	struct directory *dir = open_dir(f);
	struct dir_principal *p = NULL;
	const char *error = NULL;
	unsigned long before;

	add_user(dir, "gina", "pw1");
	assert_int_equal(
	    directory_set_flags(dir, "gina", DIR_FLAG_DISABLED, 0, &error), 0);
	before = dir_password_verifications();
	assert_int_equal(directory_authenticate(dir, "gina", "pw1", &p, &error),
			 -EPERM);
	assert_null(p);
	assert_int_equal(dir_password_verifications(), before + 1);
	assert_string_equal(error, "user 'gina' is disabled");
	/* A wrong password does not learn that the account is disabled. */
	assert_int_equal(directory_authenticate(dir, "gina", "pw2", &p, &error),
			 -EACCES);
	assert_string_equal(error, DIR_AUTH_FAILED_MSG);
	assert_int_equal(
	    directory_set_flags(dir, "gina", 0, DIR_FLAG_DISABLED, &error), 0);
	assert_int_equal(directory_authenticate(dir, "gina", "pw1", &p, &error),
			 0);
	dir_principal_free(&p);
}

static unsigned int flags_of(struct directory *dir, const char *name)
{
	struct dir_principal *p = NULL;
	unsigned int flags;

	assert_int_equal(directory_get(dir, name, &p, NULL), 0);
	flags = p->flags;
	dir_principal_free(&p);
	return flags;
}

static void test_flags(void **state)
{
	struct fixture *f = *state;
	struct directory *dir = open_dir(f);
	const char *error = NULL;

	add_user(dir, "hank", NULL);
	assert_int_equal(flags_of(dir, "hank"), 0);
	assert_int_equal(
	    directory_set_flags(dir, "hank", DIR_FLAG_ADMIN, 0, &error), 0);
	assert_int_equal(flags_of(dir, "hank"), DIR_FLAG_ADMIN);
	/* Idempotent. */
	assert_int_equal(
	    directory_set_flags(dir, "HANK", DIR_FLAG_ADMIN, 0, &error), 0);
	assert_int_equal(directory_set_flags(dir, "hank", DIR_FLAG_DISABLED,
					     DIR_FLAG_ADMIN, &error),
			 0);
	assert_int_equal(flags_of(dir, "hank"), DIR_FLAG_DISABLED);
	/* set wins over clear. */
	assert_int_equal(directory_set_flags(dir, "hank", DIR_FLAG_ADMIN,
					     DIR_FLAGS_ALL, &error),
			 0);
	assert_int_equal(flags_of(dir, "hank"), DIR_FLAG_ADMIN);
	assert_int_equal(directory_set_flags(dir, "hank", 0x10, 0, &error),
			 -EINVAL);
	assert_int_equal(
	    directory_set_flags(dir, "nobody", DIR_FLAG_ADMIN, 0, &error),
	    -ENOENT);
	assert_int_equal(flags_of(dir, "hank"), DIR_FLAG_ADMIN);
}

static void test_uid_mapping(void **state)
{
	struct fixture *f = *state;
	struct directory *dir = open_dir(f);
	static const gid_t groups[] = {10, 20};
	struct dir_os_identity os = {1000, 1000, groups, 2};
	struct dir_principal *p = NULL;
	const char *error = NULL;

	add_user(dir, "ivy", NULL);
	add_user(dir, "jack", NULL);
	assert_int_equal(directory_get_by_uid(dir, 1000, &p, &error), -ENOENT);
	assert_string_equal(error, "no user is mapped to uid 1000");
	assert_int_equal(directory_map_os(dir, "ivy", &os, &error), 0);
	assert_int_equal(directory_get_by_uid(dir, 1000, &p, &error), 0);
	assert_string_equal(p->name, "ivy");
	assert_int_equal(p->gid, 1000);
	assert_int_equal(p->groups_count, 2);
	assert_int_equal(p->groups[0], 10);
	assert_int_equal(p->groups[1], 20);
	dir_principal_free(&p);

	/* One uid, one principal. */
	assert_int_equal(directory_map_os(dir, "jack", &os, &error), -EEXIST);
	assert_string_equal(error, "uid 1000 is already mapped to user 'ivy'");
	{
		struct dir_principal_settings s = {.name = "kim", .os = &os};

		assert_int_equal(directory_add(dir, &s, &error), -EEXIST);
		assert_int_equal(directory_get(dir, "kim", &p, NULL), -ENOENT);
	}
	/* Remapping the same principal to its own uid is fine. */
	os.gid = 1001;
	os.groups_count = 0;
	os.groups = NULL;
	assert_int_equal(directory_map_os(dir, "ivy", &os, &error), 0);
	assert_int_equal(directory_get(dir, "ivy", &p, &error), 0);
	assert_int_equal(p->gid, 1001);
	assert_int_equal(p->groups_count, 0);
	dir_principal_free(&p);

	/* uid 0 is a uid like any other. */
	os.uid = 0;
	os.gid = 0;
	assert_int_equal(directory_map_os(dir, "jack", &os, &error), 0);
	assert_int_equal(directory_get_by_uid(dir, 0, &p, &error), 0);
	assert_string_equal(p->name, "jack");
	dir_principal_free(&p);

	/* Unmapping. */
	assert_int_equal(directory_map_os(dir, "ivy", NULL, &error), 0);
	assert_int_equal(directory_get_by_uid(dir, 1000, &p, &error), -ENOENT);
	assert_int_equal(directory_get(dir, "ivy", &p, &error), 0);
	assert_false(p->os_mapped);
	dir_principal_free(&p);

	/* Bad identities. */
	os.uid = (uid_t)-1;
	assert_int_equal(directory_map_os(dir, "ivy", &os, &error), -EINVAL);
	os.uid = 5;
	os.gid = (gid_t)-1;
	assert_int_equal(directory_map_os(dir, "ivy", &os, &error), -EINVAL);
	os.gid = 5;
	os.groups_count = DIR_GROUPS_MAX + 1;
	os.groups = groups;
	assert_int_equal(directory_map_os(dir, "ivy", &os, &error), -EINVAL);
	os.groups_count = 1;
	assert_int_equal(directory_map_os(dir, "nobody", &os, &error), -ENOENT);
}

static void test_file_mode(void **state)
{
	struct fixture *f = *state;
	char wal[PATH_MAX + 8];
	struct stat st;
	mode_t old = umask(0);
	struct directory *dir = open_dir(f);

	umask(old);
	add_user(dir, "lena", "pw");
	assert_int_equal(stat(f->db_path, &st), 0);
	assert_int_equal(st.st_mode & 0777, 0600);
	snprintf(wal, sizeof(wal), "%s-wal", f->db_path);
	assert_int_equal(stat(wal, &st), 0);
	assert_int_equal(st.st_mode & 0777, 0600);
	assert_int_equal(stat(f->state_dir, &st), 0);
	assert_int_equal(st.st_mode & 0777, 0711);
	directory_close(&f->dir);

	/* A wider mode is narrowed again on open. */
	assert_int_equal(chmod(f->db_path, 0644), 0);
	open_dir(f);
	assert_int_equal(stat(f->db_path, &st), 0);
	assert_int_equal(st.st_mode & 0777, 0600);
}

/* Root creating the file in a service's state directory gives it away. */
static void test_root_gives_owner(void **state)
{
	struct fixture *f = *state;
	char wal[PATH_MAX + 8];
	const char *error = NULL;
	char buf[PATH_MAX];
	struct stat st;

	if (geteuid() != 0)
		skip();
	assert_int_equal(directory_state_dir(buf, sizeof(buf), &error), 0);
	assert_int_equal(chown(f->state_dir, 4321, 4322), 0);
	add_user(open_dir(f), "uma", "pw");
	assert_int_equal(stat(f->db_path, &st), 0);
	assert_int_equal(st.st_uid, 4321);
	assert_int_equal(st.st_gid, 4322);
	snprintf(wal, sizeof(wal), "%s-wal", f->db_path);
	assert_int_equal(stat(wal, &st), 0);
	assert_int_equal(st.st_uid, 4321);
}

static void test_symlink_refused(void **state)
{
	struct fixture *f = *state;
	char target[PATH_MAX + 8];
	const char *error = NULL;

	open_dir(f);
	directory_close(&f->dir);
	snprintf(target, sizeof(target), "%s.real", f->db_path);
	assert_int_equal(rename(f->db_path, target), 0);
	assert_int_equal(symlink(target, f->db_path), 0);
	assert_int_equal(directory_open("sqlite", NULL, &f->dir, &error),
			 -ELOOP);
	assert_null(f->dir);
	assert_non_null(strstr(error, f->db_path));
}

static void test_persistence(void **state)
{
	struct fixture *f = *state;
	struct directory *dir = open_dir(f);
	struct dir_principal *p = NULL;
	unsigned char guid[DIR_GUID_SIZE];
	static const gid_t groups[] = {44};
	const char *error = NULL;

	add_user(dir, "mona", "pw");
	assert_int_equal(directory_get(dir, "mona", &p, &error), 0);
	memcpy(guid, p->mailbox_guid, sizeof(guid));
	dir_principal_free(&p);
	add_mapped(dir, "ned", 4000, 4001, groups, 1);
	assert_int_equal(
	    directory_set_flags(dir, "ned", DIR_FLAG_ADMIN, 0, &error), 0);
	directory_close(&f->dir);
	assert_null(f->dir);
	directory_close(&f->dir);

	dir = open_dir(f);
	assert_int_equal(directory_authenticate(dir, "mona", "pw", &p, &error),
			 0);
	assert_memory_equal(p->mailbox_guid, guid, sizeof(guid));
	dir_principal_free(&p);
	assert_int_equal(directory_get_by_uid(dir, 4000, &p, &error), 0);
	assert_string_equal(p->name, "ned");
	assert_int_equal(p->flags, DIR_FLAG_ADMIN);
	assert_int_equal(p->groups_count, 1);
	assert_int_equal(p->groups[0], 44);
	dir_principal_free(&p);
}

/* Two handles on one file (two processes, in effect) see each other. */
static void test_two_handles(void **state)
{
	struct fixture *f = *state;
	struct directory *a = open_dir(f), *b = NULL;
	struct dir_principal *p = NULL;
	const char *error = NULL;

	assert_int_equal(directory_open("sqlite", f->state_dir, &b, &error), 0);
	add_user(a, "olga", NULL);
	assert_int_equal(directory_get(b, "olga", &p, &error), 0);
	dir_principal_free(&p);
	assert_int_equal(directory_delete(b, "olga", &error), 0);
	assert_int_equal(directory_get(a, "olga", &p, &error), -ENOENT);
	directory_close(&b);
}

/* Writes size bytes of data at offset of path ("w" mode truncates). */
static void write_file(const char *path, const char *mode, long offset,
		       const void *data, size_t size)
{
	FILE *fp = fopen(path, mode);

	assert_non_null(fp);
	assert_int_equal(fseek(fp, offset, SEEK_SET), 0);
	assert_int_equal(fwrite(data, 1, size, fp), size);
	assert_int_equal(fclose(fp), 0);
}

static void exec_sql(const char *path, const char *sql)
{
	sqlite3 *db = NULL;

	assert_int_equal(sqlite3_open(path, &db), SQLITE_OK);
	assert_int_equal(sqlite3_exec(db, sql, NULL, NULL, NULL), SQLITE_OK);
	sqlite3_close(db);
}

static void test_corrupt(void **state)
{
	struct fixture *f = *state;
	char garbage[8192];
	const char *error = NULL;
	unsigned int i;

	/* Not a database at all. */
	open_dir(f);
	directory_close(&f->dir);
	for (i = 0; i < sizeof(garbage); i++)
		garbage[i] = (char)(i * 7 + 3);
	write_file(f->db_path, "wb", 0, garbage, sizeof(garbage));
	assert_int_equal(directory_open(NULL, NULL, &f->dir, &error), -EBADMSG);
	assert_null(f->dir);
	assert_non_null(strstr(error, "corrupt"));
	assert_non_null(strstr(error, f->db_path));

	/* A valid header followed by garbage pages. */
	unlink(f->db_path);
	open_dir(f);
	add_user(f->dir, "pat", NULL);
	directory_close(&f->dir);
	{
		char wal[PATH_MAX + 8];

		snprintf(wal, sizeof(wal), "%s-wal", f->db_path);
		assert_true(access(wal, F_OK) != 0); /* checkpointed */
		write_file(f->db_path, "r+b", 4096, garbage, 4096);
	}
	if (directory_open(NULL, NULL, &f->dir, &error) == 0) {
		struct dir_principal *p = NULL;
		int ret = directory_get(f->dir, "pat", &p, &error);

		assert_true(ret == -EBADMSG || ret == -ENOENT || ret == 0);
		dir_principal_free(&p);
		directory_close(&f->dir);
	} else {
		assert_non_null(error);
	}

	/* Another application's database. */
	unlink(f->db_path);
	exec_sql(f->db_path, "CREATE TABLE t (x); INSERT INTO t VALUES (1);");
	assert_int_equal(directory_open(NULL, NULL, &f->dir, &error), -EBADMSG);
	assert_non_null(strstr(error, "not a mapix directory"));

	/* A newer mapix's database. */
	unlink(f->db_path);
	open_dir(f);
	directory_close(&f->dir);
	exec_sql(f->db_path, "PRAGMA user_version = 99;");
	assert_int_equal(directory_open(NULL, NULL, &f->dir, &error), -ENOTSUP);
	assert_non_null(strstr(error, "newer mapix"));

	/* An empty file is a new database. */
	unlink(f->db_path);
	write_file(f->db_path, "wb", 0, "", 0);
	open_dir(f);
}

static void test_oom_get(void **state)
{
	struct fixture *f = *state;
	struct directory *dir = open_dir(f);
	static const gid_t groups[] = {1, 2, 3};
	struct dir_principal *p = NULL;
	const char *error = NULL;
	long live = alloc_live();
	unsigned long n;
	int ret;

	add_mapped(dir, "quinn", 5000, 5000, groups, 3);
	for (n = 1; n < 100; n++) {
		alloc_fail_after(n);
		ret = directory_get(dir, "quinn", &p, &error);
		alloc_fail_after(0);
		if (ret == 0)
			break;
		assert_int_equal(ret, -ENOMEM);
		assert_null(p);
		assert_int_equal(alloc_live(), live);
	}
	/* The loop met every allocation before it got through. */
	assert_true(n > 5);
	assert_non_null(p);
	assert_int_equal(p->groups_count, 3);
	dir_principal_free(&p);
	assert_int_equal(alloc_live(), live);
}

static void test_oom_list_auth(void **state)
{
	struct fixture *f = *state;
	struct directory *dir = open_dir(f);
	struct dir_principal **list = NULL, *p = NULL;
	const char *error = NULL;
	size_t count = 0;
	long live;
	unsigned long n;
	int ret;

	add_user(dir, "rita", "pw");
	add_user(dir, "sam", NULL);
	add_user(dir, "tom", NULL);
	live = alloc_live();
	for (n = 1; n < 100; n++) {
		alloc_fail_after(n);
		ret = directory_list(dir, &list, &count, &error);
		alloc_fail_after(0);
		if (ret == 0)
			break;
		assert_int_equal(ret, -ENOMEM);
		assert_null(list);
		assert_int_equal(count, 0);
		assert_int_equal(alloc_live(), live);
	}
	assert_true(n > 10);
	assert_int_equal(count, 3);
	dir_principal_list_free(&list, count);
	assert_int_equal(alloc_live(), live);

	for (n = 1; n < 100; n++) {
		alloc_fail_after(n);
		ret = directory_authenticate(dir, "rita", "pw", &p, &error);
		alloc_fail_after(0);
		if (ret == 0)
			break;
		assert_int_equal(ret, -ENOMEM);
		assert_null(p);
		assert_int_equal(alloc_live(), live);
	}
	assert_true(n > 1);
	dir_principal_free(&p);
	assert_int_equal(alloc_live(), live);

	/* Opening, too. */
	directory_close(&f->dir);
	live = alloc_live();
	for (n = 1; n < 100; n++) {
		alloc_fail_after(n);
		ret = directory_open("sqlite", NULL, &f->dir, &error);
		alloc_fail_after(0);
		if (ret == 0)
			break;
		assert_int_equal(ret, -ENOMEM);
		assert_null(f->dir);
		assert_int_equal(alloc_live(), live);
	}
	assert_non_null(f->dir);
}

static void test_pam_backend(void **state)
{
	struct fixture *f = *state;
	struct dir_principal_settings s = {.name = "pamuser"};
	struct dir_principal *p = NULL, **list = NULL;
	const char *error = NULL;
	size_t count = 0;
	long live = alloc_live();

	assert_int_equal(directory_open("pam", NULL, &f->dir, &error), 0);
	assert_string_equal(directory_backend_name(f->dir), "pam");

	/* Lookups read the system user database: root always exists. */
	assert_int_equal(directory_get(f->dir, "root", &p, &error), 0);
	assert_string_equal(p->name, "root");
	assert_true(p->os_mapped);
	assert_int_equal(p->uid, 0);
	assert_int_equal(p->gid, 0);
	assert_false(guid_is_zero(p->mailbox_guid));
	assert_string_equal(p->mailbox_dn, "/o=mapix/ou=mailboxes/cn=root");
	dir_principal_free(&p);
	assert_int_equal(directory_get_by_uid(f->dir, 0, &p, &error), 0);
	assert_string_equal(p->name, "root");
	dir_principal_free(&p);
	assert_int_equal(
	    directory_get(f->dir, "mapix-no-such-user-4711", &p, &error),
	    -ENOENT);

	/* Read-only. */
	assert_int_equal(directory_add(f->dir, &s, &error), -EROFS);
	assert_non_null(strstr(error, "read-only"));
	assert_int_equal(directory_delete(f->dir, "root", &error), -EROFS);
	assert_int_equal(directory_set_password(f->dir, "root", "x", &error),
			 -EROFS);
	assert_int_equal(
	    directory_set_flags(f->dir, "root", DIR_FLAG_ADMIN, 0, &error),
	    -EROFS);
	assert_int_equal(directory_map_os(f->dir, "root", NULL, &error),
			 -EROFS);
	assert_int_equal(directory_list(f->dir, &list, &count, &error),
			 -EOPNOTSUPP);

	/*
	 * A user the system does not have fails cleanly through PAM (this
	 * waits for PAM's fail delay, a few seconds).
	 */
	assert_int_equal(directory_authenticate(f->dir,
						"mapix-no-such-user-4711",
						"not-a-password", &p, &error),
			 -EACCES);
	assert_null(p);
	assert_string_equal(error, DIR_AUTH_FAILED_MSG);
	/* An invalid name never reaches PAM. */
	assert_int_equal(
	    directory_authenticate(f->dir, "bad name", "x", &p, &error),
	    -EACCES);
	directory_close(&f->dir);
	assert_int_equal(alloc_live(), live);
}

/* A minimal backend: only the mandatory methods. */
static int mini_open(const struct directory_backend *backend,
		     const char *state_dir, struct directory **dir_r,
		     const char **error_r)
{
	static struct directory mini_dir;

	(void)state_dir;
	(void)error_r;
	mini_dir.backend = backend;
	*dir_r = &mini_dir;
	return 0;
}

static void mini_close(struct directory *dir)
{
	(void)dir;
}

static int mini_get(struct directory *dir, const char *name,
		    struct dir_principal **principal_r, const char **error_r)
{
	(void)dir;
	(void)principal_r;
	return dir_error(error_r, -ENOENT, "mini has no '%s'", name);
}

static int mini_authenticate(struct directory *dir, const char *name,
			     const char *password,
			     struct dir_principal **principal_r,
			     const char **error_r)
{
	(void)dir;
	(void)name;
	(void)principal_r;
	return dir_password_verify(NULL, password, error_r);
}

static const struct directory_backend mini_backend = {
    .version = DIRECTORY_BACKEND_VERSION,
    .name = "mini",
    .open = mini_open,
    .close = mini_close,
    .get = mini_get,
    .authenticate = mini_authenticate,
};

static void test_registry(void **state)
{
	struct fixture *f = *state;
	struct directory_backend broken = mini_backend;
	struct dir_principal_settings s = {.name = "x"};
	struct dir_principal *p = NULL, **list = NULL;
	const char *error = NULL;
	size_t count;

	assert_ptr_equal(directory_backend_find("sqlite"), &dir_sqlite_backend);
	assert_ptr_equal(directory_backend_find("pam"), &dir_pam_backend);
	assert_null(directory_backend_find("ldap"));
	assert_null(directory_backend_find(NULL));
	assert_int_equal(directory_backend_register(&dir_sqlite_backend),
			 -EEXIST);
	broken.version = 0;
	assert_int_equal(directory_backend_register(&broken), -EINVAL);
	broken = mini_backend;
	broken.get = NULL;
	assert_int_equal(directory_backend_register(&broken), -EINVAL);
	assert_int_equal(directory_backend_register(NULL), -EINVAL);

	assert_int_equal(directory_open("ldap", NULL, &f->dir, &error),
			 -ENOENT);
	assert_string_equal(error, "no directory backend named 'ldap'");

	if (directory_backend_find("mini") == NULL)
		assert_int_equal(directory_backend_register(&mini_backend), 0);
	assert_int_equal(directory_open("mini", NULL, &f->dir, &error), 0);
	assert_string_equal(directory_backend_name(f->dir), "mini");
	assert_int_equal(directory_get(f->dir, "x", &p, &error), -ENOENT);
	assert_string_equal(error, "mini has no 'x'");
	/* Missing optional methods give -EOPNOTSUPP. */
	assert_int_equal(directory_add(f->dir, &s, &error), -EOPNOTSUPP);
	assert_string_equal(error, "the mini directory cannot add users");
	assert_int_equal(directory_delete(f->dir, "x", &error), -EOPNOTSUPP);
	assert_int_equal(directory_list(f->dir, &list, &count, &error),
			 -EOPNOTSUPP);
	assert_int_equal(directory_get_by_uid(f->dir, 1, &p, &error),
			 -EOPNOTSUPP);
	assert_int_equal(directory_set_password(f->dir, "x", "y", &error),
			 -EOPNOTSUPP);
	assert_int_equal(directory_set_flags(f->dir, "x", 0, 0, &error),
			 -EOPNOTSUPP);
	assert_int_equal(directory_map_os(f->dir, "x", NULL, &error),
			 -EOPNOTSUPP);
	assert_int_equal(directory_authenticate(f->dir, "x", "y", &p, &error),
			 -EACCES);
	directory_close(&f->dir);
}

static void test_config_backend(void **state)
{
	struct fixture *f = *state;
	char conf[PATH_MAX];
	const char *error = NULL;
	FILE *fp;

	snprintf(conf, sizeof(conf), "%s/backend.conf", root_dir);
	fp = fopen(conf, "w");
	assert_non_null(fp);
	fputs("directory = pam\n", fp);
	fclose(fp);
	setenv("MAPIX_CONFIG", conf, 1);
	assert_int_equal(directory_open(NULL, NULL, &f->dir, &error), 0);
	assert_string_equal(directory_backend_name(f->dir), "pam");
	directory_close(&f->dir);

	fp = fopen(conf, "w");
	assert_non_null(fp);
	fputs("directory = ldap\n", fp);
	fclose(fp);
	assert_int_equal(directory_open(NULL, NULL, &f->dir, &error), -ENOENT);

	snprintf(conf, sizeof(conf), "%s/no-such.conf", root_dir);
	setenv("MAPIX_CONFIG", conf, 1);
	unlink(conf);
}

static void test_bad_args(void **state)
{
	struct fixture *f = *state;
	struct directory *dir = open_dir(f);
	struct dir_principal *p = NULL, **list = NULL;
	size_t count = 0;
	const char *error = NULL;

	directory_close(NULL);
	dir_principal_free(NULL);
	dir_principal_free(&p);
	dir_principal_list_free(NULL, 0);
	dir_principal_list_free(&list, 0);
	assert_null(directory_backend_name(NULL));
	assert_int_equal(directory_open(NULL, NULL, NULL, &error), -EINVAL);
	assert_int_equal(directory_add(NULL, NULL, &error), -EINVAL);
	assert_int_equal(directory_add(dir, NULL, &error), -EINVAL);
	assert_int_equal(directory_get(dir, "x", NULL, &error), -EINVAL);
	assert_int_equal(directory_get(NULL, "x", &p, &error), -EINVAL);
	assert_int_equal(directory_get(dir, NULL, &p, &error), -EINVAL);
	assert_int_equal(directory_get_by_uid(NULL, 0, &p, &error), -EINVAL);
	assert_int_equal(directory_list(dir, NULL, &count, &error), -EINVAL);
	assert_int_equal(directory_list(dir, &list, NULL, &error), -EINVAL);
	assert_int_equal(directory_delete(dir, NULL, NULL), -EINVAL);
	assert_int_equal(directory_set_flags(NULL, "x", 0, 0, NULL), -EINVAL);
	assert_int_equal(directory_map_os(NULL, "x", NULL, NULL), -EINVAL);
	assert_int_equal(directory_set_password(NULL, "x", "y", NULL), -EINVAL);
	assert_int_equal(dir_mailbox_dn("abc", (char[8]){0}, 8), -ENAMETOOLONG);
}

struct thread_arg {
	struct directory *dir;
	unsigned int index;
	int failures;
};

static void *thread_main(void *data)
{
	struct thread_arg *arg = data;
	char name[32];
	unsigned int i;

	for (i = 0; i < 20; i++) {
		struct dir_principal_settings s = {.name = name,
						   .password = "pw"};
		struct dir_principal *p = NULL;

		snprintf(name, sizeof(name), "t%u-%u", arg->index, i);
		if (directory_add(arg->dir, &s, NULL) != 0)
			arg->failures++;
		if (directory_authenticate(arg->dir, name, "pw", &p, NULL) != 0)
			arg->failures++;
		if (directory_authenticate(arg->dir, "shared", "bad", NULL,
					   NULL) != -EACCES)
			arg->failures++;
		dir_principal_free(&p);
	}
	return NULL;
}

static void test_threads(void **state)
{
	struct fixture *f = *state;
	struct directory *dir = open_dir(f);
	struct thread_arg args[4];
	pthread_t threads[4];
	struct dir_principal **list = NULL;
	size_t count = 0;
	unsigned int i;

	add_user(dir, "shared", "pw");
	for (i = 0; i < 4; i++) {
		args[i] = (struct thread_arg){dir, i, 0};
		assert_int_equal(
		    pthread_create(&threads[i], NULL, thread_main, &args[i]),
		    0);
	}
	for (i = 0; i < 4; i++) {
		pthread_join(threads[i], NULL);
		assert_int_equal(args[i].failures, 0);
	}
	assert_int_equal(directory_list(dir, &list, &count, NULL), 0);
	assert_int_equal(count, 81);
	dir_principal_list_free(&list, count);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
	    cmocka_unit_test_setup_teardown(test_state_dir, setup, teardown),
	    cmocka_unit_test_setup_teardown(test_add_get, setup, teardown),
	    cmocka_unit_test_setup_teardown(test_case_insensitive_unique, setup,
					    teardown),
	    cmocka_unit_test_setup_teardown(test_name_validation, setup,
					    teardown),
	    cmocka_unit_test_setup_teardown(test_list, setup, teardown),
	    cmocka_unit_test_setup_teardown(test_delete, setup, teardown),
	    cmocka_unit_test_setup_teardown(test_password, setup, teardown),
	    cmocka_unit_test_setup_teardown(test_auth_equal_failures, setup,
					    teardown),
	    cmocka_unit_test_setup_teardown(test_disabled, setup, teardown),
	    cmocka_unit_test_setup_teardown(test_flags, setup, teardown),
	    cmocka_unit_test_setup_teardown(test_uid_mapping, setup, teardown),
	    cmocka_unit_test_setup_teardown(test_file_mode, setup, teardown),
	    cmocka_unit_test_setup_teardown(test_root_gives_owner, setup,
					    teardown),
	    cmocka_unit_test_setup_teardown(test_symlink_refused, setup,
					    teardown),
	    cmocka_unit_test_setup_teardown(test_persistence, setup, teardown),
	    cmocka_unit_test_setup_teardown(test_two_handles, setup, teardown),
	    cmocka_unit_test_setup_teardown(test_corrupt, setup, teardown),
	    cmocka_unit_test_setup_teardown(test_oom_get, setup, teardown),
	    cmocka_unit_test_setup_teardown(test_oom_list_auth, setup,
					    teardown),
	    cmocka_unit_test_setup_teardown(test_registry, setup, teardown),
	    cmocka_unit_test_setup_teardown(test_config_backend, setup,
					    teardown),
	    cmocka_unit_test_setup_teardown(test_bad_args, setup, teardown),
	    cmocka_unit_test_setup_teardown(test_threads, setup, teardown),
	    cmocka_unit_test_setup_teardown(test_pam_backend, setup, teardown),
	};

	return cmocka_run_group_tests(tests, group_setup, group_teardown);
}
