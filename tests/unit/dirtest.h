/*
 * dirtest.h - the fixture the directory's unit tests (test_directory.c,
 * test_dirgen.c) share: one mkdtemp() root for the whole run (mode 0711,
 * so that a child dropped to another uid reaches the files inside), no
 * system configuration, cheap argon2id, and a fresh state directory per
 * test, named but not created (directory_open() creates it).
 *
 * Include it after cmocka.h; each test program includes it once.
 */
#ifndef MAPIX_TESTS_DIRTEST_H
#define MAPIX_TESTS_DIRTEST_H

#include <ftw.h>
#include <limits.h>
#include <stdio.h>
#include <stdlib.h>
#include <sys/stat.h>

#include "directory.h"
#include "lib.h"

static char root_dir[256];

struct fixture {
	char state_dir[512];
	char db_path[1024];
	struct directory *dir;
};

static int remove_entry(const char *path, const struct stat *st, int flag,
			struct FTW *ftw)
{
	(void)st;
	(void)flag;
	(void)ftw;
	return remove(path);
}

static void remove_tree(const char *path)
{
	(void)nftw(path, remove_entry, 16, FTW_DEPTH | FTW_PHYS);
}

static int group_setup(void **state)
{
	char conf[PATH_MAX];

	(void)state;
	snprintf(root_dir, sizeof(root_dir), "%s/mapix-dirtest-XXXXXX",
		 getenv("TMPDIR") != NULL ? getenv("TMPDIR") : "/tmp");
	if (mkdtemp(root_dir) == NULL || chmod(root_dir, 0711) < 0)
		return -1;
	/* Keep a system-wide /etc/mapix/mapix.conf out of the tests. */
	snprintf(conf, sizeof(conf), "%s/no-such.conf", root_dir);
	setenv("MAPIX_CONFIG", conf, 1);
	setenv(DIR_PWHASH_FAST_ENV, "1", 1);
	unsetenv("MAPIX_PAM_SERVICE");
	return 0;
}

static int group_teardown(void **state)
{
	(void)state;
	remove_tree(root_dir);
	return 0;
}

/* A fresh state directory, named but not created (open creates it). */
static int setup(void **state)
{
	static unsigned int counter;
	struct fixture *f = calloc(1, sizeof(*f));

	if (f == NULL)
		return -1;
	snprintf(f->state_dir, sizeof(f->state_dir), "%s/state%u/sub", root_dir,
		 ++counter);
	snprintf(f->db_path, sizeof(f->db_path), "%s/%s", f->state_dir,
		 DIRECTORY_DB_NAME);
	setenv("MAPIX_STATE_DIR", f->state_dir, 1);
	*state = f;
	return 0;
}

static int teardown(void **state)
{
	struct fixture *f = *state;

	directory_close(&f->dir);
	remove_tree(f->state_dir);
	free(f);
	return 0;
}

/* Opens the default (sqlite) directory of the fixture into f->dir. */
ATTR_UNUSED static struct directory *open_dir(struct fixture *f)
{
	const char *error = NULL;
	int ret = directory_open(NULL, NULL, &f->dir, &error);

	if (ret != 0)
		fail_msg("open: %d %s", ret, error);
	assert_non_null(f->dir);
	assert_string_equal(directory_backend_name(f->dir), "sqlite");
	return f->dir;
}

ATTR_UNUSED static void add_user(struct directory *dir, const char *name,
				 const char *password)
{
	struct dir_principal_settings s = {.name = name, .password = password};
	const char *error = NULL;
	int ret = directory_add(dir, &s, &error);

	if (ret != 0)
		fail_msg("add %s: %d %s", name, ret, error);
}

#endif
