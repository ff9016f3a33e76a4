/*
 * dir_config.c - where mapix keeps its state: the configuration file's
 * `key = value` lines and the state directory (MAPIX_STATE_DIR, the
 * configuration's state_dir, or /var/lib/mapix), created 0700 on demand,
 * and the private (0600) files that backends keep inside it.
 *
 * Every tool and test can so run against a private state directory; the
 * directory's sqlite backend, and later the profile and store layers, put
 * their files inside it.
 */
#include "directory_backend.h"

#include <ctype.h>
#include <errno.h>
#include <fcntl.h>
#include <limits.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#define CONFIG_DEFAULT_PATH "/etc/mapix/mapix.conf"
#define CONFIG_ENV          "MAPIX_CONFIG"
#define STATE_DIR_ENV       "MAPIX_STATE_DIR"
#define STATE_DIR_DEFAULT   "/var/lib/mapix"
#define CONFIG_LINE_MAX     (PATH_MAX + 256)

static char *trim(char *s)
{
	char *end;

	while (isspace((unsigned char)*s))
		s++;
	end = s + strlen(s);
	while (end > s && isspace((unsigned char)end[-1]))
		end--;
	*end = '\0';
	return s;
}

int dir_config_get(const char *key, char *buf, size_t size,
		   const char **error_r)
{
	const char *path = getenv(CONFIG_ENV);
	char line[CONFIG_LINE_MAX];
	unsigned int lineno = 0;
	int ret = 0;
	FILE *f;

	if (path == NULL || path[0] == '\0')
		path = CONFIG_DEFAULT_PATH;
	f = fopen(path, "re");
	if (f == NULL) {
		if (errno == ENOENT)
			return 0;
		return dir_error(error_r, -errno, "cannot read %s: %s", path,
				 strerror(errno));
	}
	while (fgets(line, sizeof(line), f) != NULL) {
		char *k, *value, *eq;

		lineno++;
		if (strchr(line, '\n') == NULL && !feof(f)) {
			ret = dir_error(error_r, -EINVAL,
					"%s:%u: line too long", path, lineno);
			break;
		}
		k = trim(line);
		if (*k == '\0' || *k == '#' || *k == ';' || *k == '[')
			continue;
		eq = strchr(k, '=');
		if (eq == NULL)
			continue;
		*eq = '\0';
		if (strcmp(trim(k), key) != 0)
			continue;
		value = trim(eq + 1);
		if (strlen(value) >= size) {
			ret = dir_error(error_r, -ENAMETOOLONG,
					"%s:%u: value of %s is too long", path,
					lineno, key);
		} else {
			strcpy(buf, value);
			ret = 1;
		}
		break;
	}
	if (ret == 0 && ferror(f)) {
		ret = dir_error(error_r, -EIO, "cannot read %s: read error",
				path);
	}
	fclose(f);
	return ret;
}

/*
 * mkdir -p with mode 0700 for every directory it creates; path is
 * absolute.  Existing directories are left as they are.
 */
static int make_dirs(const char *path, const char **error_r)
{
	char tmp[PATH_MAX];
	struct stat st;
	size_t i, len = strlen(path);

	if (len >= sizeof(tmp))
		return dir_error(error_r, -ENAMETOOLONG, "path too long");
	memcpy(tmp, path, len + 1);
	for (i = 1; i <= len; i++) {
		if (tmp[i] != '/' && tmp[i] != '\0')
			continue;
		if (tmp[i - 1] == '/')
			continue;
		tmp[i] = '\0';
		if (mkdir(tmp, 0700) < 0 && errno != EEXIST) {
			int err = errno;

			return dir_error(error_r, -err, "cannot create %s: %s",
					 tmp, strerror(err));
		}
		tmp[i] = path[i];
	}
	if (stat(path, &st) < 0) {
		int err = errno;

		return dir_error(error_r, -err, "cannot use %s: %s", path,
				 strerror(err));
	}
	if (!S_ISDIR(st.st_mode)) {
		return dir_error(error_r, -ENOTDIR,
				 "state directory %s is not a directory", path);
	}
	return 0;
}

int directory_state_dir_path(char *buf, size_t size, const char **error_r)
{
	char conf[PATH_MAX];
	const char *path, *origin;
	int ret;

	path = getenv(STATE_DIR_ENV);
	origin = STATE_DIR_ENV;
	if (path == NULL || path[0] == '\0') {
		ret = dir_config_get("state_dir", conf, sizeof(conf), error_r);
		if (ret < 0)
			return ret;
		path = ret > 0 ? conf : STATE_DIR_DEFAULT;
		origin = "state_dir in the configuration";
	}
	if (path[0] != '/') {
		return dir_error(error_r, -EINVAL,
				 "%s must be an absolute path, not '%s'",
				 origin, path);
	}
	if (strlen(path) >= size) {
		return dir_error(error_r, -ENAMETOOLONG,
				 "state directory path is too long");
	}
	memmove(buf, path, strlen(path) + 1);
	return 0;
}

int directory_state_dir(char *buf, size_t size, const char **error_r)
{
	int ret = directory_state_dir_path(buf, size, error_r);

	return ret < 0 ? ret : make_dirs(buf, error_r);
}

/*
 * Gives a file that root just created the owner of its directory, so that
 * root running `mapix admin` in a service's state directory leaves files
 * the service can open.  (SQLite, running as root, gives its -wal and
 * -shm files the owner of the database file.)
 */
static int adopt_dir_owner(int fd, const char *path, const char **error_r)
{
	char dir[PATH_MAX];
	const char *slash = strrchr(path, '/');
	struct stat st;
	size_t len;

	if (geteuid() != 0 || slash == NULL)
		return 0;
	len = slash == path ? 1 : (size_t)(slash - path);
	if (len >= sizeof(dir))
		return 0;
	memcpy(dir, path, len);
	dir[len] = '\0';
	if (stat(dir, &st) < 0 || (st.st_uid == 0 && st.st_gid == 0))
		return 0;
	if (fchown(fd, st.st_uid, st.st_gid) < 0) {
		int err = errno;

		return dir_error(error_r, -err, "cannot chown %s: %s", path,
				 strerror(err));
	}
	return 0;
}

int dir_prepare_private_file(const char *path, const char **error_r)
{
	struct stat st;
	bool created = true;
	int fd, err, ret;

	fd = open(path, O_RDWR | O_CREAT | O_EXCL | O_NOFOLLOW | O_CLOEXEC,
		  0600);
	if (fd < 0 && errno == EEXIST) {
		created = false;
		fd = open(path, O_RDWR | O_NOFOLLOW | O_CLOEXEC);
	}
	if (fd < 0) {
		err = errno;
		return dir_error(error_r, -err, "cannot open %s: %s", path,
				 strerror(err));
	}
	if (fstat(fd, &st) < 0) {
		err = errno;
		close(fd);
		return dir_error(error_r, -err, "cannot stat %s: %s", path,
				 strerror(err));
	}
	if (!S_ISREG(st.st_mode)) {
		close(fd);
		return dir_error(error_r, -EINVAL, "%s is not a regular file",
				 path);
	}
	if ((st.st_mode & 0177) != 0 && st.st_uid == geteuid() &&
	    fchmod(fd, 0600) < 0) {
		err = errno;
		close(fd);
		return dir_error(error_r, -err, "cannot chmod %s: %s", path,
				 strerror(err));
	}
	ret = created ? adopt_dir_owner(fd, path, error_r) : 0;
	close(fd);
	return ret;
}
