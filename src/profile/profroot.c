/*
 * profroot.c - a MAPI instance's profile root and the operations on whole
 * profiles; see profroot.h.
 */
#include "profroot.h"

#include <dirent.h>
#include <errno.h>
#include <limits.h>
#include <pthread.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/random.h>
#include <sys/stat.h>
#include <unistd.h>

#include <mapix.h>

#include "alloc.h"
#include "array.h"
#include "atomicfile.h"
#include "config.h"
#include "context.h"
#include "instance.h"
#include "profutil.h"
#include "ustring.h"

#define PROFILE_SUFFIX ".prof"
#define DEFAULT_FILE   "default"
#define TMP_PREFIX     ".tmp-"
#define DELETED_PREFIX ".deleted-"

/* PS_PROFILE_PROPERTIES: the public section of a profile's own data. */
const MAPIUID profroot_profile_section = {{0x98, 0x15, 0xAC, 0x08, 0xAA, 0xB0,
					   0x10, 0x1A, 0x8C, 0x93, 0x08, 0x00,
					   0x2B, 0x2A, 0x56, 0xC2}};

struct profref {
	struct profref *next;
	struct profroot *root;
	char path[PATH_MAX];
	/* The profile was deleted while in use: remove it at the end. */
	bool deleted;
};

struct profroot {
	char dir[PATH_MAX];
	bool temporary;
	/* Guards refs; taken inside the root lock, never around it. */
	pthread_mutex_t lock;
	struct profref *refs;
};

static void profroot_destroy(void *data);

static const struct instance_part_ops profroot_part = {
    .version = INSTANCE_PART_OPS_VERSION,
    .name = "profile root",
    .destroy = profroot_destroy,
};

/* ============================ The root ============================= */

/* Removes the files in dir (one level, as areas hold) and dir itself. */
static void remove_area(const char *dir)
{
	char path[PATH_MAX];
	struct dirent *de;
	DIR *d = opendir(dir);

	if (d != NULL) {
		while ((de = readdir(d)) != NULL) {
			if (strcmp(de->d_name, ".") == 0 ||
			    strcmp(de->d_name, "..") == 0)
				continue;
			if ((size_t)snprintf(path, sizeof(path), "%s/%s", dir,
					     de->d_name) < sizeof(path))
				unlink(path);
		}
		closedir(d);
	}
	rmdir(dir);
}

/*
 * Removes the temporary areas in dir of processes that no longer exist:
 * their instances never got to remove them.
 */
static void remove_stale_areas(const char *dir)
{
	char path[PATH_MAX];
	struct dirent *de;
	DIR *d = opendir(dir);

	if (d == NULL)
		return;
	while ((de = readdir(d)) != NULL) {
		const char *p = de->d_name;
		char *end;
		long pid;

		if (strncmp(p, TMP_PREFIX, strlen(TMP_PREFIX)) != 0)
			continue;
		pid = strtol(p + strlen(TMP_PREFIX), &end, 10);
		if (end == p + strlen(TMP_PREFIX) || *end != '-' || pid <= 0 ||
		    (kill((pid_t)pid, 0) < 0 && errno != ESRCH) ||
		    kill((pid_t)pid, 0) == 0)
			continue;
		if ((size_t)snprintf(path, sizeof(path), "%s/%s", dir, p) <
		    sizeof(path))
			remove_area(path);
	}
	closedir(d);
}

struct make_root {
	struct profroot *root;
	const char *state_dir;
	const char *principal;
	const struct context_os *os;
	const char **error_r;
};

/* Makes a directory that must end up owned by owner, mode mode. */
static int make_owned_dir(const char *path, mode_t mode, uid_t owner,
			  gid_t group, const char **error_r)
{
	struct stat st;

	if (mkdir(path, mode) < 0 && errno != EEXIST)
		return prof_error(error_r, -errno, "cannot create %s: %s", path,
				  strerror(errno));
	if (lstat(path, &st) < 0)
		return prof_error(error_r, -errno, "cannot use %s: %s", path,
				  strerror(errno));
	if (!S_ISDIR(st.st_mode))
		return prof_error(error_r, -ENOTDIR, "%s is not a directory",
				  path);
	if (st.st_uid != owner && geteuid() == 0 &&
	    chown(path, owner, group) < 0)
		return prof_error(error_r, -errno,
				  "cannot give %s to uid %u: %s", path,
				  (unsigned)owner, strerror(errno));
	if (st.st_uid != owner && geteuid() != 0)
		return prof_error(error_r, -EACCES,
				  "%s belongs to uid %u, not to uid %u", path,
				  (unsigned)st.st_uid, (unsigned)owner);
	if ((st.st_mode & 0777) != mode && chmod(path, mode) < 0)
		return prof_error(error_r, -errno, "cannot chmod %s: %s", path,
				  strerror(errno));
	return 0;
}

/* Runs with the process's credentials: see profroot.h, "Where". */
static int make_root_dirs(void *arg)
{
	struct make_root *m = arg;
	struct profroot *root = m->root;
	char base[PATH_MAX], dir[PATH_MAX];
	const char *area;
	uid_t owner = m->os != NULL ? m->os->uid : geteuid();
	gid_t group = m->os != NULL ? m->os->gid : getegid();
	int ret;

	ret = config_make_dirs(m->state_dir, 0711, m->error_r);
	if (ret < 0)
		return ret;
	if ((size_t)snprintf(base, sizeof(base), "%s/profiles", m->state_dir) >=
	    sizeof(base))
		return prof_error(m->error_r, -ENAMETOOLONG,
				  "profile root path too long");
	if (mkdir(base, 0711) < 0 && errno != EEXIST)
		return prof_error(m->error_r, -errno, "cannot create %s: %s",
				  base, strerror(errno));
	ret = config_profile_root_path(m->state_dir, m->principal, dir,
				       sizeof(dir), m->error_r);
	if (ret < 0)
		return ret;
	ret = make_owned_dir(dir, 0700, owner, group, m->error_r);
	if (ret < 0)
		return ret;
	if (!root->temporary) {
		memcpy(root->dir, dir, strlen(dir) + 1);
		return 0;
	}
	remove_stale_areas(dir);
	if ((size_t)snprintf(root->dir, sizeof(root->dir),
			     "%s/" TMP_PREFIX "%ld-XXXXXX", dir,
			     (long)getpid()) >= sizeof(root->dir))
		return prof_error(m->error_r, -ENAMETOOLONG,
				  "profile root path too long");
	area = mkdtemp(root->dir);
	if (area == NULL)
		return prof_error(m->error_r, -errno, "cannot create %s: %s",
				  dir, strerror(errno));
	if (geteuid() == 0 && owner != 0 && chown(area, owner, group) < 0) {
		ret = prof_error(m->error_r, -errno,
				 "cannot give %s to uid %u: %s", area,
				 (unsigned)owner, strerror(errno));
		rmdir(area);
		return ret;
	}
	return 0;
}

int profroot_get(struct instance *inst, struct profroot **root_r,
		 const char **error_r)
{
	struct context *ctx = instance_context(inst);
	struct profroot *root, *attached;
	struct make_root m = {0};
	void *part;
	int ret;

	root = instance_part(inst, &profroot_part);
	if (root != NULL) {
		*root_r = root;
		return 0;
	}
	root = alloc_calloc(1, sizeof(*root));
	if (root == NULL)
		return prof_error(error_r, -ENOMEM, "out of memory");
	pthread_mutex_init(&root->lock, NULL);
	root->temporary = (instance_flags(inst) & MAPI_TEMPORARY_PROFILES) != 0;
	m.root = root;
	m.principal = context_principal(ctx);
	m.os = context_os(ctx);
	m.error_r = error_r;
	ret = instance_path(inst, INSTANCE_STATE_DIR, &m.state_dir, error_r);
	if (ret == 0)
		ret = context_as_process(make_root_dirs, &m);
	if (ret == 0)
		ret = instance_part_attach(inst, &profroot_part, root, &part);
	if (ret < 0) {
		if (ret == -ENOMEM)
			prof_error(error_r, ret, "out of memory");
		if (ret == -ENOMEM && root->temporary && root->dir[0] != '\0')
			remove_area(root->dir);
		pthread_mutex_destroy(&root->lock);
		alloc_free(root);
		return ret;
	}
	attached = part;
	if (attached != root) {
		/* Another thread made the root first: use that one. */
		if (root->temporary)
			remove_area(root->dir);
		pthread_mutex_destroy(&root->lock);
		alloc_free(root);
	}
	*root_r = attached;
	return 0;
}

static void profroot_destroy(void *data)
{
	struct profroot *root = data;
	struct profref *ref;

	while ((ref = root->refs) != NULL) {
		root->refs = ref->next;
		if (ref->deleted)
			atomicfile_remove(ref->path, NULL);
		alloc_free(ref);
	}
	if (root->temporary)
		remove_area(root->dir);
	pthread_mutex_destroy(&root->lock);
	alloc_free(root);
}

const char *profroot_dir(const struct profroot *root)
{
	return root->dir;
}

bool profroot_temporary(const struct profroot *root)
{
	return root->temporary;
}

/* ============================== Names ============================== */

static bool names_equal(const char *a, const char *b)
{
	return ustr_match(a, strlen(a), b, strlen(b),
			  FL_FULLSTRING | FL_IGNORECASE) == 1;
}

static int profile_path(const struct profroot *root, const char *name,
			char *path, size_t size, const char **error_r)
{
	if ((size_t)snprintf(path, size, "%s/%s" PROFILE_SUFFIX, root->dir,
			     name) >= size)
		return prof_error(error_r, -ENAMETOOLONG,
				  "profile path too long");
	return 0;
}

/* The profile name of a directory entry, or NULL when it is none. */
static const char *entry_name(const char *file, char *buf, size_t size)
{
	size_t len = strlen(file), slen = strlen(PROFILE_SUFFIX);

	if (file[0] == '.' || len <= slen || len - slen >= size ||
	    strcmp(file + len - slen, PROFILE_SUFFIX) != 0)
		return NULL;
	memcpy(buf, file, len - slen);
	buf[len - slen] = '\0';
	return prof_check_profile_name(buf, NULL) == 0 ? buf : NULL;
}

int profroot_find(struct profroot *root, const char *name, char *path,
		  size_t path_size, char *canonical, size_t canonical_size,
		  const char **error_r)
{
	char buf[PROF_PROFILE_NAME_BYTES + 1];
	const char *found = NULL;
	struct dirent *de;
	struct stat st;
	DIR *d;
	int ret;

	ret = prof_check_profile_name(name, error_r);
	if (ret < 0)
		return ret;
	ret = profile_path(root, name, path, path_size, error_r);
	if (ret < 0)
		return ret;
	if (lstat(path, &st) == 0 && S_ISREG(st.st_mode)) {
		found = name;
	} else {
		d = opendir(root->dir);
		if (d == NULL)
			return prof_error(error_r, -errno, "cannot read %s: %s",
					  root->dir, strerror(errno));
		while ((de = readdir(d)) != NULL) {
			const char *n =
			    entry_name(de->d_name, buf, sizeof(buf));

			if (n != NULL && names_equal(n, name)) {
				found = n;
				break;
			}
		}
		closedir(d);
	}
	if (found == NULL)
		return prof_error(error_r, -ENOENT, "no profile named '%s'",
				  name);
	if (strlen(found) >= canonical_size)
		return prof_error(error_r, -ENAMETOOLONG, "name too long");
	memmove(canonical, found, strlen(found) + 1);
	return profile_path(root, canonical, path, path_size, error_r);
}

/* The default profile's name from the file's contents ("" when none). */
static void default_name(const char *data, size_t size, char *buf,
			 size_t bufsize)
{
	size_t len = 0;

	buf[0] = '\0';
	if (data == NULL)
		return;
	while (len < size && data[len] != '\n' && data[len] != '\0')
		len++;
	if (len == 0 || len >= bufsize)
		return;
	memcpy(buf, data, len);
	buf[len] = '\0';
	if (prof_check_profile_name(buf, NULL) < 0)
		buf[0] = '\0';
}

/* ============================== Listing ============================ */

static int cmp_names(const void *a, const void *b)
{
	const char *const *x = a, *const *y = b;

	return strcmp(*x, *y);
}

void profroot_list_free(struct profroot_list *list)
{
	size_t i;

	for (i = 0; i < list->count; i++)
		alloc_free(list->names[i]);
	alloc_free(list->names);
	list->names = NULL;
	list->count = 0;
}

int profroot_list(struct profroot *root, struct profroot_list *list_r,
		  const char **error_r)
{
	char buf[PROF_PROFILE_NAME_BYTES + 1], def[PROF_PROFILE_NAME_BYTES + 1];
	char path[PATH_MAX], *data = NULL;
	struct profroot_list list = {NULL, 0, (size_t)-1};
	ARRAY(char *) names = ARRAY_INIT;
	size_t size = 0, i;
	struct dirent *de;
	DIR *d;
	int ret = 0;

	d = opendir(root->dir);
	if (d == NULL)
		return prof_error(error_r, -errno, "cannot read %s: %s",
				  root->dir, strerror(errno));
	while ((de = readdir(d)) != NULL) {
		const char *n = entry_name(de->d_name, buf, sizeof(buf));
		char *copy;

		if (n == NULL)
			continue;
		copy = alloc_strdup(n);
		if (copy == NULL || array_push(&names, copy) < 0) {
			alloc_free(copy);
			ret = -ENOMEM;
			break;
		}
	}
	closedir(d);
	/* The list takes the array's block over. */
	list.names = names.v;
	list.count = array_count(&names);
	if (ret < 0) {
		profroot_list_free(&list);
		return prof_error(error_r, ret, "out of memory");
	}
	if (list.count > 1)
		qsort(list.names, list.count, sizeof(*list.names), cmp_names);

	if ((size_t)snprintf(path, sizeof(path), "%s/" DEFAULT_FILE,
			     root->dir) >= sizeof(path))
		ret = prof_error(error_r, -ENAMETOOLONG, "path too long");
	else
		ret = atomicfile_read(path, &data, &size, error_r);
	if (ret < 0 && ret != -ENOENT) {
		profroot_list_free(&list);
		return ret;
	}
	default_name(data, size, def, sizeof(def));
	alloc_free(data);
	for (i = 0; def[0] != '\0' && i < list.count; i++) {
		if (names_equal(list.names[i], def)) {
			list.default_index = i;
			break;
		}
	}
	*list_r = list;
	return 0;
}

/* ============================== Edits ============================== */

/* An operation under the root lock; see root_edit(). */
struct root_op {
	struct profroot *root;
	const char *name;
	const char *other;
	struct proffile *pf;
	/* Filled by the operation: the new default, or NULL to keep it. */
	const char *new_default;
	char canonical[PROF_PROFILE_NAME_BYTES + 1];
	int (*run)(struct root_op *op, const char *old_default,
		   const char **error_r);
};

static int root_edit_cb(void *context, const char *old, size_t old_size,
			char **new_r, size_t *new_size_r, const char **error_r)
{
	struct root_op *op = context;
	char def[PROF_PROFILE_NAME_BYTES + 1];
	size_t len;
	int ret;

	default_name(old, old_size, def, sizeof(def));
	ret = op->run(op, def, error_r);
	if (ret < 0)
		return ret;
	if (op->new_default == NULL)
		return ATOMICFILE_NO_CHANGE;
	len = strlen(op->new_default);
	*new_r = alloc_malloc(len + 2);
	if (*new_r == NULL)
		return prof_error(error_r, -ENOMEM, "out of memory");
	memcpy(*new_r, op->new_default, len);
	(*new_r)[len] = '\n';
	(*new_r)[len + 1] = '\0';
	*new_size_r = len == 0 ? 0 : len + 1;
	return 0;
}

/* Runs op->run under the root lock (the edit lock of "default"). */
static int root_edit(struct root_op *op, const char **error_r)
{
	char path[PATH_MAX];

	if ((size_t)snprintf(path, sizeof(path), "%s/" DEFAULT_FILE,
			     op->root->dir) >= sizeof(path))
		return prof_error(error_r, -ENAMETOOLONG,
				  "profile root path too long");
	return atomicfile_edit(path, root_edit_cb, op, error_r);
}

/* Gives the profile section its name and a new search key. */
static int stamp_profile(struct proffile *pf, const char *name, bool new_key,
			 const char **error_r)
{
	BYTE key[16];
	SPropValue props[2];
	ULONG n = 0;

	props[n].ulPropTag = PR_PROFILE_NAME_A;
	props[n].Value.lpszA = (LPSTR)name;
	n++;
	if (new_key) {
		if (getrandom(key, sizeof(key), 0) != (ssize_t)sizeof(key))
			return prof_error(error_r, -EIO,
					  "no random numbers for the profile "
					  "search key");
		props[n].ulPropTag = PR_SEARCH_KEY;
		props[n].Value.bin.cb = sizeof(key);
		props[n].Value.bin.lpb = key;
		n++;
	}
	return proffile_set_props(pf, &profroot_profile_section, n, props,
				  error_r);
}

static int run_create(struct root_op *op, const char *old_default,
		      const char **error_r)
{
	char path[PATH_MAX], canonical[PROF_PROFILE_NAME_BYTES + 1];
	int ret;

	(void)old_default;
	ret = profroot_find(op->root, op->name, path, sizeof(path), canonical,
			    sizeof(canonical), NULL);
	if (ret == 0)
		return prof_error(error_r, -EEXIST,
				  "a profile named '%s' exists", canonical);
	if (ret != -ENOENT)
		return profroot_find(op->root, op->name, path, sizeof(path),
				     canonical, sizeof(canonical), error_r);
	ret = stamp_profile(op->pf, op->name, true, error_r);
	if (ret == 0)
		ret = profile_path(op->root, op->name, path, sizeof(path),
				   error_r);
	return ret < 0 ? ret : proffile_save(op->pf, path, error_r);
}

int profroot_create(struct profroot *root, const char *name,
		    struct proffile *pf, const char **error_r)
{
	struct root_op op = {
	    .root = root, .name = name, .pf = pf, .run = run_create};
	int ret = prof_check_profile_name(name, error_r);

	return ret < 0 ? ret : root_edit(&op, error_r);
}

/* Whether a session of this root uses path; root->lock held. */
static bool in_use(const struct profroot *root, const char *path)
{
	const struct profref *ref;

	for (ref = root->refs; ref != NULL; ref = ref->next) {
		if (strcmp(ref->path, path) == 0)
			return true;
	}
	return false;
}

/* Points the sessions on from at to; root->lock held. */
static void move_refs(struct profroot *root, const char *from, const char *to,
		      bool deleted)
{
	struct profref *ref;

	for (ref = root->refs; ref != NULL; ref = ref->next) {
		if (strcmp(ref->path, from) == 0) {
			memcpy(ref->path, to, strlen(to) + 1);
			ref->deleted = ref->deleted || deleted;
		}
	}
}

/* Moves a profile file under its own lock: see move_profile(). */
struct move {
	const char *to;
	const char *name; /* the new PR_PROFILE_NAME, or NULL */
};

static int move_cb(struct proffile *pf, void *context, const char **error_r)
{
	struct move *mv = context;
	int ret = 0;

	if (mv->name != NULL)
		ret = stamp_profile(pf, mv->name, false, error_r);
	if (ret == 0)
		ret = proffile_save(pf, mv->to, error_r);
	return ret < 0 ? ret : PROFFILE_DELETE;
}

/*
 * Moves the profile at from to to while holding from's lock, so that an
 * edit of its contents waiting for that lock finds it gone (-ENOENT) and
 * cannot write it back under the old name.
 */
static int move_profile(const char *from, const char *to, const char *name,
			const char **error_r)
{
	struct move mv = {to, name};

	return proffile_edit(from, 0, move_cb, &mv, error_r);
}

static int run_delete(struct root_op *op, const char *old_default,
		      const char **error_r)
{
	struct profroot *root = op->root;
	char path[PATH_MAX], canonical[PROF_PROFILE_NAME_BYTES + 1];
	char hidden[PATH_MAX];
	unsigned char rnd[8];
	int ret;

	ret = profroot_find(root, op->name, path, sizeof(path), canonical,
			    sizeof(canonical), error_r);
	if (ret < 0)
		return ret;
	pthread_mutex_lock(&root->lock);
	if (in_use(root, path)) {
		if (getrandom(rnd, sizeof(rnd), 0) != (ssize_t)sizeof(rnd)) {
			ret = prof_error(error_r, -EIO, "no random numbers");
		} else if ((size_t)snprintf(hidden, sizeof(hidden),
					    "%s/" DELETED_PREFIX
					    "%02x%02x%02x%02x%02x%02x%02x%"
					    "02x" PROFILE_SUFFIX,
					    root->dir, rnd[0], rnd[1], rnd[2],
					    rnd[3], rnd[4], rnd[5], rnd[6],
					    rnd[7]) >= sizeof(hidden)) {
			ret =
			    prof_error(error_r, -ENAMETOOLONG, "path too long");
		} else {
			ret = move_profile(path, hidden, NULL, error_r);
			if (ret == 0)
				move_refs(root, path, hidden, true);
		}
	} else {
		ret = atomicfile_remove(path, error_r);
	}
	pthread_mutex_unlock(&root->lock);
	if (ret == 0 && names_equal(old_default, canonical))
		op->new_default = "";
	return ret;
}

int profroot_delete(struct profroot *root, const char *name,
		    const char **error_r)
{
	struct root_op op = {.root = root, .name = name, .run = run_delete};

	return root_edit(&op, error_r);
}

static int run_copy(struct root_op *op, const char *old_default,
		    const char **error_r)
{
	char from[PATH_MAX], to[PATH_MAX];
	char canonical[PROF_PROFILE_NAME_BYTES + 1];
	struct proffile *pf = NULL;
	int ret;

	(void)old_default;
	ret = profroot_find(op->root, op->name, from, sizeof(from), canonical,
			    sizeof(canonical), error_r);
	if (ret < 0)
		return ret;
	ret = profroot_find(op->root, op->other, to, sizeof(to), canonical,
			    sizeof(canonical), NULL);
	if (ret == 0)
		return prof_error(error_r, -EEXIST,
				  "a profile named '%s' exists", canonical);
	ret = profile_path(op->root, op->other, to, sizeof(to), error_r);
	if (ret == 0)
		ret = proffile_load(from, &pf, error_r);
	if (ret == 0)
		ret = stamp_profile(pf, op->other, true, error_r);
	if (ret == 0)
		ret = proffile_save(pf, to, error_r);
	proffile_free(&pf);
	return ret;
}

int profroot_copy(struct profroot *root, const char *from, const char *to,
		  const char **error_r)
{
	struct root_op op = {
	    .root = root, .name = from, .other = to, .run = run_copy};
	int ret = prof_check_profile_name(to, error_r);

	return ret < 0 ? ret : root_edit(&op, error_r);
}

static int run_rename(struct root_op *op, const char *old_default,
		      const char **error_r)
{
	struct profroot *root = op->root;
	char from[PATH_MAX], to[PATH_MAX];
	char canonical[PROF_PROFILE_NAME_BYTES + 1];
	char other[PROF_PROFILE_NAME_BYTES + 1];
	int ret;

	ret = profroot_find(root, op->name, from, sizeof(from), canonical,
			    sizeof(canonical), error_r);
	if (ret < 0)
		return ret;
	ret = profroot_find(root, op->other, to, sizeof(to), other,
			    sizeof(other), NULL);
	if (ret == 0 && strcmp(from, to) != 0 && !names_equal(canonical, other))
		return prof_error(error_r, -EEXIST,
				  "a profile named '%s' exists", other);
	ret = profile_path(root, op->other, to, sizeof(to), error_r);
	if (ret < 0)
		return ret;
	if (strcmp(from, to) == 0)
		return 0;
	pthread_mutex_lock(&root->lock);
	ret = move_profile(from, to, op->other, error_r);
	if (ret == 0)
		move_refs(root, from, to, false);
	pthread_mutex_unlock(&root->lock);
	if (ret == 0 && names_equal(old_default, canonical))
		op->new_default = op->other;
	return ret;
}

int profroot_rename(struct profroot *root, const char *from, const char *to,
		    const char **error_r)
{
	struct root_op op = {
	    .root = root, .name = from, .other = to, .run = run_rename};
	int ret = prof_check_profile_name(to, error_r);

	return ret < 0 ? ret : root_edit(&op, error_r);
}

static int run_set_default(struct root_op *op, const char *old_default,
			   const char **error_r)
{
	char path[PATH_MAX];
	int ret;

	(void)old_default;
	if (op->name == NULL) {
		op->new_default = "";
		return 0;
	}
	ret = profroot_find(op->root, op->name, path, sizeof(path),
			    op->canonical, sizeof(op->canonical), error_r);
	if (ret == 0)
		op->new_default = op->canonical;
	return ret;
}

int profroot_set_default(struct profroot *root, const char *name,
			 const char **error_r)
{
	struct root_op op = {
	    .root = root, .name = name, .run = run_set_default};

	return root_edit(&op, error_r);
}

/* ============================== Logons ============================= */

int profroot_logon(struct profroot *root, const char *name,
		   struct profref **ref_r, const char **error_r)
{
	char canonical[PROF_PROFILE_NAME_BYTES + 1], path[PATH_MAX];
	struct profroot_list list;
	struct profref *ref;
	int ret;

	if (name == NULL) {
		ret = profroot_list(root, &list, error_r);
		if (ret < 0)
			return ret;
		if (list.default_index == (size_t)-1) {
			profroot_list_free(&list);
			return prof_error(error_r, -ENOENT,
					  "there is no default profile");
		}
		snprintf(canonical, sizeof(canonical), "%s",
			 list.names[list.default_index]);
		profroot_list_free(&list);
		name = canonical;
	}
	ref = alloc_calloc(1, sizeof(*ref));
	if (ref == NULL)
		return prof_error(error_r, -ENOMEM, "out of memory");
	ref->root = root;
	/* Under the lock: a delete cannot slip between the find and the ref. */
	pthread_mutex_lock(&root->lock);
	ret = profroot_find(root, name, path, sizeof(path), canonical,
			    sizeof(canonical), error_r);
	if (ret == 0) {
		memcpy(ref->path, path, strlen(path) + 1);
		ref->next = root->refs;
		root->refs = ref;
	}
	pthread_mutex_unlock(&root->lock);
	if (ret < 0) {
		alloc_free(ref);
		return ret;
	}
	*ref_r = ref;
	return 0;
}

int profref_path(struct profref *ref, char *buf, size_t size)
{
	struct profroot *root = ref->root;
	int ret = 0;

	pthread_mutex_lock(&root->lock);
	if (strlen(ref->path) >= size)
		ret = -ENAMETOOLONG;
	else
		memcpy(buf, ref->path, strlen(ref->path) + 1);
	pthread_mutex_unlock(&root->lock);
	return ret;
}

void profroot_logoff(struct profref **refp)
{
	struct profref *ref = *refp, **pp;
	struct profroot *root;

	if (ref == NULL)
		return;
	*refp = NULL;
	root = ref->root;
	pthread_mutex_lock(&root->lock);
	for (pp = &root->refs; *pp != NULL && *pp != ref; pp = &(*pp)->next)
		;
	if (*pp == ref)
		*pp = ref->next;
	if (ref->deleted && !in_use(root, ref->path))
		atomicfile_remove(ref->path, NULL);
	pthread_mutex_unlock(&root->lock);
	alloc_free(ref);
}
