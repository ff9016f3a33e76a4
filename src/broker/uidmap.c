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

#include "array.h"
#include "errmsg.h"
#include "directory.h"

struct uidmap_entry {
	char name[DIR_NAME_MAX + 1];
	/* The principal's mailbox GUID; a legacy line has none and matches
	 * no principal (its uid stays reserved). */
	bool has_guid;
	unsigned char guid[DIR_GUID_SIZE];
	uid_t uid;
};

struct uidmap {
	char *path;
	uid_t first, last;
	ARRAY(struct uidmap_entry) entries;
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

static int add_entry(struct uidmap *map, const char *name,
		     const unsigned char *guid, uid_t uid)
{
	struct uidmap_entry *e = array_append_space(&map->entries, 1);

	if (e == NULL)
		return -ENOMEM;
	memcpy(e->name, name, strlen(name) + 1);
	lower(e->name);
	e->has_guid = guid != NULL;
	if (guid != NULL)
		memcpy(e->guid, guid, DIR_GUID_SIZE);
	e->uid = uid;
	return 0;
}

static int hex_nibble(char c)
{
	if (c >= '0' && c <= '9')
		return c - '0';
	if (c >= 'a' && c <= 'f')
		return c - 'a' + 10;
	return -1;
}

/* 32 lower-case hex digits into guid; 0 or -EINVAL. */
static int parse_guid(const char *text, size_t len, unsigned char *guid)
{
	size_t i;

	if (len != 2 * DIR_GUID_SIZE)
		return -EINVAL;
	for (i = 0; i < DIR_GUID_SIZE; i++) {
		int hi = hex_nibble(text[2 * i]),
		    lo = hex_nibble(text[2 * i + 1]);

		if (hi < 0 || lo < 0)
			return -EINVAL;
		guid[i] = (unsigned char)(hi << 4 | lo);
	}
	return 0;
}

/*
 * Parses one "NAME GUID UID" line, or a legacy "NAME UID" line (written
 * before assignments were tied to the principal's mailbox GUID: its uid
 * stays reserved but goes to nobody).  0 or -EINVAL.
 */
static int parse_line(struct uidmap *map, char *line)
{
	unsigned char guid[DIR_GUID_SIZE];
	char *space = strchr(line, ' '), *second, *end;
	bool has_guid = false;
	uid_t uid;

	if (space == NULL)
		return -EINVAL;
	*space = '\0';
	if (!dir_name_valid(line))
		return -EINVAL;
	second = strchr(space + 1, ' ');
	if (second != NULL) {
		if (parse_guid(space + 1, (size_t)(second - space - 1), guid) <
		    0)
			return -EINVAL;
		has_guid = true;
		space = second;
	}
	if (parse_uid(space + 1, &end, &uid) < 0 || *end != '\0')
		return -EINVAL;
	return add_entry(map, line, has_guid ? guid : NULL, uid);
}

int uidmap_open(const char *path, uid_t first, uid_t last,
		struct uidmap **map_r, const char **error_r)
{
	char line[DIR_NAME_MAX + 2 * DIR_GUID_SIZE + 32];
	struct uidmap *map;
	unsigned int lineno = 0;
	int ret = 0;
	FILE *f;

	*map_r = NULL;
	if (first == 0 || first > last)
		return errmsg_set(error_r, -EINVAL, "bad uid range");
	map = calloc(1, sizeof(*map));
	if (map == NULL || (map->path = strdup(path)) == NULL) {
		free(map);
		return errmsg_set(error_r, -ENOMEM, "out of memory");
	}
	map->first = first;
	map->last = last;
	f = fopen(path, "re");
	if (f == NULL && errno != ENOENT) {
		ret = errmsg_set(error_r, -errno, "cannot read %s: %s", path,
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
		ret = errmsg_set(error_r, ret, "%s:%u: malformed line", path,
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
	array_free(&(*map)->entries);
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
		return errmsg_set(error_r, -ENAMETOOLONG, "path too long");
	fd = open(tmp, O_WRONLY | O_CREAT | O_TRUNC | O_NOFOLLOW | O_CLOEXEC,
		  0600);
	if (fd < 0) {
		err = errno;
		return errmsg_set(error_r, -err, "cannot create %s: %s", tmp,
				  strerror(err));
	}
	f = fdopen(fd, "w");
	if (f == NULL) {
		err = errno;
		close(fd);
		unlink(tmp);
		return errmsg_set(error_r, -err, "fdopen: %s", strerror(err));
	}
	fputs("# mapix-broker: uids of principals without an OS identity\n", f);
	for (i = 0; i < array_count(&map->entries); i++) {
		const struct uidmap_entry *e = &map->entries.v[i];
		size_t j;

		fputs(e->name, f);
		if (e->has_guid) {
			fputc(' ', f);
			for (j = 0; j < DIR_GUID_SIZE; j++)
				fprintf(f, "%02x", e->guid[j]);
		}
		fprintf(f, " %lu\n", (unsigned long)e->uid);
	}
	if (fflush(f) != 0 || fsync(fileno(f)) < 0) {
		err = errno;
		fclose(f);
		unlink(tmp);
		return errmsg_set(error_r, -err, "cannot write %s: %s", tmp,
				  strerror(err));
	}
	if (fclose(f) != 0 || rename(tmp, map->path) < 0) {
		err = errno;
		unlink(tmp);
		return errmsg_set(error_r, -err, "cannot write %s: %s",
				  map->path, strerror(err));
	}
	return 0;
}

static bool uid_recorded(const struct uidmap *map, uid_t uid)
{
	size_t i;

	for (i = 0; i < array_count(&map->entries); i++) {
		if (map->entries.v[i].uid == uid)
			return true;
	}
	return false;
}

/* The entry of principal (any case) with guid, or NULL. */
static const struct uidmap_entry *entry_find(const struct uidmap *map,
					     const char *principal,
					     const unsigned char *guid)
{
	char key[DIR_NAME_MAX + 1];
	size_t i;

	if (strlen(principal) >= sizeof(key))
		return NULL;
	memcpy(key, principal, strlen(principal) + 1);
	lower(key);
	for (i = 0; i < array_count(&map->entries); i++) {
		const struct uidmap_entry *e = &map->entries.v[i];

		if (e->has_guid && strcmp(e->name, key) == 0 &&
		    memcmp(e->guid, guid, DIR_GUID_SIZE) == 0)
			return e;
	}
	return NULL;
}

int uidmap_lookup(const struct uidmap *map, const char *principal,
		  const unsigned char guid[DIR_GUID_SIZE], uid_t *uid_r)
{
	const struct uidmap_entry *e = entry_find(map, principal, guid);

	if (e == NULL)
		return -ENOENT;
	*uid_r = e->uid;
	return 0;
}

int uidmap_get(struct uidmap *map, const char *principal,
	       const unsigned char guid[DIR_GUID_SIZE],
	       uidmap_in_use_fn *in_use, void *context, uid_t *uid_r,
	       const char **error_r)
{
	uid_t uid;
	int ret;

	if (!dir_name_valid(principal))
		return errmsg_set(error_r, -EINVAL, "invalid name");
	if (uidmap_lookup(map, principal, guid, uid_r) == 0)
		return 0;
	for (uid = map->first;; uid++) {
		if (!uid_recorded(map, uid) &&
		    (in_use == NULL || !in_use(uid, context)))
			break;
		if (uid == map->last) {
			return errmsg_set(error_r, -ENOSPC,
					  "the uid range is exhausted");
		}
	}
	ret = add_entry(map, principal, guid, uid);
	if (ret < 0)
		return errmsg_set(error_r, ret, "out of memory");
	ret = uidmap_save(map, error_r);
	if (ret < 0) {
		array_truncate(&map->entries, array_count(&map->entries) - 1);
		return ret;
	}
	*uid_r = uid;
	return 0;
}
