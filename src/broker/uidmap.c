/*
 * uidmap.c - the broker's record of uids given to principals without an
 * OS identity (uidmap.h).
 */
#include "uidmap.h"

#include <ctype.h>
#include <errno.h>
#include <fcntl.h>
#include <limits.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "broker_util.h"
#include "directory.h"

struct uidmap_entry {
	char name[DIR_NAME_MAX + 1];
	uid_t uid;
};

struct uidmap {
	char *path;
	uid_t first, last;
	struct uidmap_entry *entries;
	size_t count, alloc;
};

static void lower(char *s)
{
	for (; *s != '\0'; s++)
		*s = (char)tolower((unsigned char)*s);
}

static int parse_uid(const char *s, char **end_r, uid_t *uid_r)
{
	unsigned long v;

	if (!isdigit((unsigned char)*s))
		return -EINVAL;
	errno = 0;
	v = strtoul(s, end_r, 10);
	if (errno != 0 || v == 0 || v >= (unsigned long)(uid_t)-1)
		return -EINVAL;
	*uid_r = (uid_t)v;
	return 0;
}

int uidmap_parse_range(const char *text, uid_t *first_r, uid_t *last_r)
{
	char *end;
	uid_t first, last;

	if (parse_uid(text, &end, &first) < 0 || *end != '-')
		return -EINVAL;
	if (parse_uid(end + 1, &end, &last) < 0 || *end != '\0')
		return -EINVAL;
	if (first > last)
		return -EINVAL;
	*first_r = first;
	*last_r = last;
	return 0;
}

static int add_entry(struct uidmap *map, const char *name, uid_t uid)
{
	struct uidmap_entry *e;

	if (map->count == map->alloc) {
		size_t n = map->alloc == 0 ? 16 : map->alloc * 2;

		e = realloc(map->entries, n * sizeof(*e));
		if (e == NULL)
			return -ENOMEM;
		map->entries = e;
		map->alloc = n;
	}
	e = &map->entries[map->count++];
	memcpy(e->name, name, strlen(name) + 1);
	lower(e->name);
	e->uid = uid;
	return 0;
}

/* Parses one "NAME UID" line; 0 or -EINVAL. */
static int parse_line(struct uidmap *map, char *line)
{
	char *space = strchr(line, ' ');
	char *end;
	uid_t uid;

	if (space == NULL)
		return -EINVAL;
	*space = '\0';
	if (!dir_name_valid(line))
		return -EINVAL;
	if (parse_uid(space + 1, &end, &uid) < 0 || *end != '\0')
		return -EINVAL;
	return add_entry(map, line, uid);
}

int uidmap_open(const char *path, uid_t first, uid_t last,
		struct uidmap **map_r, const char **error_r)
{
	char line[DIR_NAME_MAX + 32];
	struct uidmap *map;
	unsigned int lineno = 0;
	int ret = 0;
	FILE *f;

	*map_r = NULL;
	if (first == 0 || first > last)
		return broker_error(error_r, -EINVAL, "bad uid range");
	map = calloc(1, sizeof(*map));
	if (map == NULL || (map->path = strdup(path)) == NULL) {
		free(map);
		return broker_error(error_r, -ENOMEM, "out of memory");
	}
	map->first = first;
	map->last = last;
	f = fopen(path, "re");
	if (f == NULL && errno != ENOENT) {
		ret = broker_error(error_r, -errno, "cannot read %s: %s", path,
				   strerror(errno));
		uidmap_free(&map);
		return ret;
	}
	while (f != NULL && fgets(line, sizeof(line), f) != NULL) {
		size_t len = strlen(line);

		lineno++;
		if (len == 0 || line[len - 1] != '\n') {
			ret = -EINVAL;
			break;
		}
		line[len - 1] = '\0';
		if (line[0] == '#' || line[0] == '\0')
			continue;
		ret = parse_line(map, line);
		if (ret < 0)
			break;
	}
	if (f != NULL)
		fclose(f);
	if (ret < 0) {
		ret = broker_error(error_r, ret, "%s:%u: malformed line", path,
				   lineno);
		uidmap_free(&map);
		return ret;
	}
	*map_r = map;
	return 0;
}

void uidmap_free(struct uidmap **map)
{
	if (map == NULL || *map == NULL)
		return;
	free((*map)->entries);
	free((*map)->path);
	free(*map);
	*map = NULL;
}

/* Writes every entry to a temporary file and renames it over the file. */
static int uidmap_save(struct uidmap *map, const char **error_r)
{
	char tmp[PATH_MAX];
	size_t i;
	FILE *f;
	int fd, err;

	if ((size_t)snprintf(tmp, sizeof(tmp), "%s.tmp", map->path) >=
	    sizeof(tmp))
		return broker_error(error_r, -ENAMETOOLONG, "path too long");
	fd = open(tmp, O_WRONLY | O_CREAT | O_TRUNC | O_NOFOLLOW | O_CLOEXEC,
		  0600);
	if (fd < 0) {
		err = errno;
		return broker_error(error_r, -err, "cannot create %s: %s", tmp,
				    strerror(err));
	}
	f = fdopen(fd, "w");
	if (f == NULL) {
		err = errno;
		close(fd);
		unlink(tmp);
		return broker_error(error_r, -err, "fdopen: %s", strerror(err));
	}
	fputs("# mapix-broker: uids of principals without an OS identity\n", f);
	for (i = 0; i < map->count; i++) {
		fprintf(f, "%s %lu\n", map->entries[i].name,
			(unsigned long)map->entries[i].uid);
	}
	if (fflush(f) != 0 || fsync(fileno(f)) < 0) {
		err = errno;
		fclose(f);
		unlink(tmp);
		return broker_error(error_r, -err, "cannot write %s: %s", tmp,
				    strerror(err));
	}
	if (fclose(f) != 0 || rename(tmp, map->path) < 0) {
		err = errno;
		unlink(tmp);
		return broker_error(error_r, -err, "cannot write %s: %s",
				    map->path, strerror(err));
	}
	return 0;
}

static bool uid_recorded(const struct uidmap *map, uid_t uid)
{
	size_t i;

	for (i = 0; i < map->count; i++) {
		if (map->entries[i].uid == uid)
			return true;
	}
	return false;
}

int uidmap_get(struct uidmap *map, const char *principal,
	       uidmap_in_use_fn *in_use, void *context, uid_t *uid_r,
	       const char **error_r)
{
	char key[DIR_NAME_MAX + 1];
	size_t i;
	uid_t uid;
	int ret;

	if (!dir_name_valid(principal))
		return broker_error(error_r, -EINVAL, "invalid name");
	memcpy(key, principal, strlen(principal) + 1);
	lower(key);
	for (i = 0; i < map->count; i++) {
		if (strcmp(map->entries[i].name, key) == 0) {
			*uid_r = map->entries[i].uid;
			return 0;
		}
	}
	for (uid = map->first;; uid++) {
		if (!uid_recorded(map, uid) &&
		    (in_use == NULL || !in_use(uid, context)))
			break;
		if (uid == map->last) {
			return broker_error(error_r, -ENOSPC,
					    "the uid range is exhausted");
		}
	}
	ret = add_entry(map, key, uid);
	if (ret < 0)
		return broker_error(error_r, ret, "out of memory");
	ret = uidmap_save(map, error_r);
	if (ret < 0) {
		map->count--;
		return ret;
	}
	*uid_r = uid;
	return 0;
}
