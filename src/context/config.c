/*
 * config.c - the configuration file and the paths derived from it; see
 * config.h.
 */
#include "config.h"

#include <ctype.h>
#include <errno.h>
#include <limits.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>

#include "config_paths.h"
#include "errmsg.h"

#define CONFIG_DEFAULT_PATH "/etc/mapix/mapix.conf"
#define CONFIG_ENV          "MAPIX_CONFIG"
#define STATE_DIR_ENV       "MAPIX_STATE_DIR"
#define CATALOG_ENV         "MAPIX_CATALOG"
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

int config_get(const char *key, char *buf, size_t size, const char **error_r)
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
		return errmsg_set(error_r, -errno, "cannot read %s: %s", path,
				  strerror(errno));
	}
	while (fgets(line, sizeof(line), f) != NULL) {
		char *k, *value, *eq;

		lineno++;
		if (strchr(line, '\n') == NULL && !feof(f)) {
			ret = errmsg_set(error_r, -EINVAL,
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
			ret = errmsg_set(error_r, -ENAMETOOLONG,
					 "%s:%u: value of %s is too long", path,
					 lineno, key);
		} else {
			strcpy(buf, value);
			ret = 1;
		}
		break;
	}
	if (ret == 0 && ferror(f)) {
		ret = errmsg_set(error_r, -EIO, "cannot read %s: read error",
				 path);
	}
	fclose(f);
	return ret;
}

int config_make_dirs(const char *path, mode_t mode, const char **error_r)
{
	char tmp[PATH_MAX];
	struct stat st;
	size_t i, len = strlen(path);

	if (len >= sizeof(tmp))
		return errmsg_set(error_r, -ENAMETOOLONG, "path too long");
	memcpy(tmp, path, len + 1);
	for (i = 1; i <= len; i++) {
		if (tmp[i] != '/' && tmp[i] != '\0')
			continue;
		if (tmp[i - 1] == '/')
			continue;
		tmp[i] = '\0';
		if (mkdir(tmp, mode) < 0 && errno != EEXIST) {
			int err = errno;

			return errmsg_set(error_r, -err, "cannot create %s: %s",
					  tmp, strerror(err));
		}
		tmp[i] = path[i];
	}
	if (stat(path, &st) < 0) {
		int err = errno;

		return errmsg_set(error_r, -err, "cannot use %s: %s", path,
				  strerror(err));
	}
	if (!S_ISDIR(st.st_mode))
		return errmsg_set(error_r, -ENOTDIR, "%s is not a directory",
				  path);
	return 0;
}

/*
 * An absolute path from the environment variable env, else the
 * configuration's key, else fallback, into buf.
 */
static int config_path(const char *env, const char *key, const char *what,
		       const char *fallback, char *buf, size_t size,
		       const char **error_r)
{
	char conf[PATH_MAX];
	const char *path = env == NULL ? NULL : getenv(env);
	const char *origin = env;
	int ret;

	if (path == NULL || path[0] == '\0') {
		ret = config_get(key, conf, sizeof(conf), error_r);
		if (ret < 0)
			return ret;
		path = ret > 0 ? conf : fallback;
		origin = ret > 0 ? key : "the default";
	}
	if (path[0] != '/') {
		return errmsg_set(error_r, -EINVAL,
				  "%s must be an absolute path, not '%s' "
				  "(from %s)",
				  what, path, origin);
	}
	if (strlen(path) >= size)
		return errmsg_set(error_r, -ENAMETOOLONG, "%s path is too long",
				  what);
	memmove(buf, path, strlen(path) + 1);
	return 0;
}

int config_state_dir_path(char *buf, size_t size, const char **error_r)
{
	return config_path(STATE_DIR_ENV, "state_dir", "the state directory",
			   STATE_DIR_DEFAULT, buf, size, error_r);
}

int config_state_dir(char *buf, size_t size, const char **error_r)
{
	int ret = config_state_dir_path(buf, size, error_r);

	return ret < 0 ? ret : config_make_dirs(buf, 0711, error_r);
}

int config_profile_root_path(const char *state_dir, const char *principal,
			     char *buf, size_t size, const char **error_r)
{
	size_t len;
	char *p;
	int n;

	if (state_dir == NULL || principal == NULL)
		return errmsg_set(error_r, -EINVAL, "invalid arguments");
	if (principal[0] == '\0' || strcmp(principal, ".") == 0 ||
	    strcmp(principal, "..") == 0 || strchr(principal, '/') != NULL) {
		return errmsg_set(error_r, -EINVAL,
				  "'%s' cannot name a profile directory: it "
				  "is empty, \".\" or \"..\", or has a '/'",
				  principal);
	}
	n = snprintf(buf, size, "%s/profiles/%s", state_dir, principal);
	if (n < 0 || (size_t)n >= size)
		return errmsg_set(error_r, -ENAMETOOLONG,
				  "profile root path too long");
	/* Principals are case-insensitive: one directory per principal. */
	len = strlen(principal);
	for (p = buf + n - len; *p != '\0'; p++) {
		if (*p >= 'A' && *p <= 'Z')
			*p = (char)(*p - 'A' + 'a');
	}
	return 0;
}

int config_catalog_path(char *buf, size_t size, const char **error_r)
{
	return config_path(CATALOG_ENV, "catalog", "the service catalog",
			   CONFIG_CATALOG_DEFAULT, buf, size, error_r);
}
