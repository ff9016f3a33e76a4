/*
 * grant.c - what the broker does once it knows who logged on (broker.h):
 * works out the OS identity the principal's worker runs as, makes sure its
 * profile directory is its own, finds or starts its worker, hands the
 * front end's connection over and answers.  And the other direction:
 * when the directory changes, the workers of principals that were deleted,
 * disabled or changed end at once (grant_revalidate).
 *
 * The identity is checked whole before anything is created: a principal
 * that maps to uid 0, gid 0 or group 0 is refused with MAPI_E_NO_ACCESS
 * and gets no directory.  A uid from broker_uid_range is given only after
 * every source of ids has been asked (uid_taken).
 */
#include <errno.h>
#include <grp.h>
#include <pwd.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "broker.h"
#include "broker_util.h"
#include "config.h"
#include "errmap.h"
#include "errmsg.h"
#include "lib.h"
#include "mapierr.h"
#include "timeutil.h"

#define PROFILES_DIR "profiles"

/* ---------------------------------------------------------------------
 * The state directory and profile directories
 */

/* Gives path exactly mode 0711 (and refuses anything but a directory). */
static int make_0711(const char *path)
{
	struct stat st;

	if (lstat(path, &st) < 0)
		return -errno;
	if (!S_ISDIR(st.st_mode))
		return -ENOTDIR;
	if ((st.st_mode & 07777) == 0711)
		return 0;
	if (chmod(path, 0711) < 0)
		return -errno;
	broker_log(BROKER_LOG_INFO,
		   "%s: mode %04o -> 0711 (traversable, not "
		   "listable)",
		   path, (unsigned int)(st.st_mode & 07777));
	return 0;
}

int state_prepare(const struct broker_config *cfg)
{
	char path[PATH_MAX];
	int ret;

	ret = make_0711(cfg->state_dir);
	if (ret < 0) {
		broker_log(BROKER_LOG_ERROR, "cannot use %s: %s",
			   cfg->state_dir, strerror(-ret));
		return ret;
	}
	if ((size_t)snprintf(path, sizeof(path), "%s/%s", cfg->state_dir,
			     PROFILES_DIR) >= sizeof(path))
		return -ENAMETOOLONG;
	if (mkdir(path, 0711) < 0 && errno != EEXIST) {
		ret = -errno;
		broker_log(BROKER_LOG_ERROR, "cannot create %s: %s", path,
			   strerror(errno));
		return ret;
	}
	ret = make_0711(path);
	if (ret < 0)
		broker_log(BROKER_LOG_ERROR, "cannot use %s: %s", path,
			   strerror(-ret));
	return ret;
}

/*
 * The principal's profile directory (config_profile_root_path, the path
 * the profile layer uses): created 0700 and given to uid:gid when missing;
 * when it exists it must be a directory (not a link) that uid owns and
 * nobody else may write.  Anything else is refused (-EPERM), so a
 * principal never inherits a directory of someone before it: a principal
 * deleted and added again, or remapped to another uid, needs an
 * administrator to move the old one away first.  path is PATH_MAX bytes.
 */
static int profile_dir_prepare(const struct broker_config *cfg,
			       const char *name, uid_t uid, gid_t gid,
			       char *path, const char **error_r)
{
	struct stat st;
	int ret, err;

	ret = config_profile_root_path(cfg->state_dir, name, path, PATH_MAX,
				       error_r);
	if (ret < 0)
		return ret;
	if (mkdir(path, 0700) == 0) {
		if (lchown(path, uid, gid) < 0) {
			err = errno;
			rmdir(path);
			return errmsg_set(error_r, -err, "chown %s: %s", path,
					  strerror(err));
		}
		return 0;
	}
	err = errno;
	if (err != EEXIST)
		return errmsg_set(error_r, -err, "mkdir %s: %s", path,
				  strerror(err));
	if (lstat(path, &st) < 0 || !S_ISDIR(st.st_mode))
		return errmsg_set(error_r, -EPERM, "%s is not a directory",
				  path);
	if (st.st_uid != uid)
		return errmsg_set(error_r, -EPERM,
				  "%s belongs to uid %u, not to uid %u of %s: "
				  "an administrator must move it away or "
				  "give it to the user",
				  path, (unsigned int)st.st_uid,
				  (unsigned int)uid, name);
	if ((st.st_mode & 0022) != 0)
		return errmsg_set(error_r, -EPERM,
				  "%s may be written by others (mode %04o)",
				  path, (unsigned int)(st.st_mode & 07777));
	return 0;
}

/* ---------------------------------------------------------------------
 * Identities
 */

/*
 * Whether uid (with the gid of the same number) may not be given to a
 * principal without an OS identity: a system account or group has it, a
 * directory principal runs as or with it, a trusted front end has it, or
 * it is the socket's group.
 */
static bool uid_taken(uid_t uid, void *context)
{
	struct broker *b = context;
	struct dir_principal **all = NULL, *p = NULL;
	struct passwd pw, *pwres = NULL;
	struct group gr, *grres = NULL;
	char buf[8192];
	size_t i, n = 0;
	unsigned int j;
	bool taken = false;

	for (j = 0; j < b->cfg.act_as_count; j++) {
		if (b->cfg.act_as_uids[j] == uid)
			return true;
	}
	if (b->cfg.socket_gid != (gid_t)-1 && b->cfg.socket_gid == uid)
		return true;
	if (getpwuid_r(uid, &pw, buf, sizeof(buf), &pwres) != 0 ||
	    pwres != NULL)
		return true;
	if (getgrgid_r((gid_t)uid, &gr, buf, sizeof(buf), &grres) != 0 ||
	    grres != NULL)
		return true;
	if (directory_get_by_uid(b->dir, uid, &p, NULL) != -ENOENT) {
		dir_principal_free(&p);
		return true;
	}
	/* A principal's gid or groups: its files are group-readable. */
	if (directory_list(b->dir, &all, &n, NULL) == 0) {
		for (i = 0; i < n && !taken; i++) {
			if (!all[i]->os_mapped)
				continue;
			taken = all[i]->gid == (gid_t)uid;
			for (j = 0; j < all[i]->groups_count && !taken; j++)
				taken = all[i]->groups[j] == (gid_t)uid;
		}
		dir_principal_list_free(&all, n);
	}
	return taken;
}

/*
 * The identity p's worker runs as.  With assign false a principal without
 * an OS identity must have its uid recorded already (revalidation never
 * assigns).  -EPERM for a principal that may not run a worker.
 */
static int identity_resolve(struct broker *b, const struct dir_principal *p,
			    bool assign, struct worker_id *id,
			    const char **error_r)
{
	const gid_t *groups = NULL;
	unsigned int groups_count = 0, i;
	uid_t uid;
	gid_t gid;
	int ret;

	if (p->os_mapped) {
		uid = p->uid;
		gid = p->gid;
		groups = p->groups;
		groups_count = p->groups_count;
	} else if (b->uidmap != NULL) {
		ret = assign ? uidmap_get(b->uidmap, p->name, p->mailbox_guid,
					  uid_taken, b, &uid, error_r)
			     : uidmap_lookup(b->uidmap, p->name,
					     p->mailbox_guid, &uid);
		if (ret < 0)
			return ret;
		gid = (gid_t)uid;
	} else {
		return errmsg_set(error_r, -EPERM,
				  "%s has no OS identity and no uid range is "
				  "configured",
				  p->name);
	}
	if (uid == 0 || gid == 0)
		return errmsg_set(error_r, -EPERM,
				  "%s maps to uid %u gid %u: no worker runs "
				  "as root",
				  p->name, (unsigned int)uid,
				  (unsigned int)gid);
	for (i = 0; i < groups_count; i++) {
		if (groups[i] == 0)
			return errmsg_set(error_r, -EPERM,
					  "%s has group 0: no worker runs "
					  "with root's group",
					  p->name);
	}
	if (worker_id_set(id, p, uid, gid, groups, groups_count) < 0)
		return errmsg_set(error_r, -ENOMEM, "out of memory");
	return 0;
}

/* ---------------------------------------------------------------------
 * Logons
 */

/* p's RUNNING worker for identity id, started when it has none. */
static int worker_get(struct broker *b, const struct dir_principal *p,
		      const struct worker_id *id, struct pool_worker **w_r,
		      const char **error_r)
{
	struct passwd pw, *res = NULL;
	struct launch_settings s;
	char home[PATH_MAX], buf[4096];
	int ret;

	*w_r = pool_find(b->pool, id);
	if (*w_r != NULL)
		return 0;
	ret = profile_dir_prepare(&b->cfg, p->name, id->uid, id->gid, home,
				  error_r);
	if (ret < 0)
		return ret;
	/* A system account's home wins over the profile directory. */
	if (p->os_mapped &&
	    getpwuid_r(id->uid, &pw, buf, sizeof(buf), &res) == 0 &&
	    res != NULL && pw.pw_dir != NULL && pw.pw_dir[0] == '/' &&
	    strlen(pw.pw_dir) < sizeof(home))
		memcpy(home, pw.pw_dir, strlen(pw.pw_dir) + 1);
	memset(&s, 0, sizeof(s));
	s.program = b->cfg.worker;
	s.principal = p->name;
	s.uid = id->uid;
	s.gid = id->gid;
	s.groups = id->groups;
	s.groups_count = id->groups_count;
	s.home = home;
	s.state_dir = b->cfg.state_dir;
	s.catalog = b->cfg.catalog;
	s.max_files = b->cfg.max_files;
	s.max_address_space = b->cfg.max_memory_mb * 1024 * 1024;
	return pool_start(b->pool, id, &s, w_r, error_r);
}

void grant_logon(struct broker *b, struct front *f,
		 const struct dir_principal *p)
{
	struct worker_id id;
	struct pool_worker *w = NULL;
	const char *error = NULL, *name;
	HRESULT hr;
	int ret, tries;

	ret = identity_resolve(b, p, true, &id, &error);
	if (ret == 0) {
		if (pool_terminate_stale(b->pool, &id, "principal changed") > 0)
			pool_reap(b->pool);
		for (tries = 0; tries < 2; tries++) {
			ret = worker_get(b, p, &id, &w, &error);
			if (ret < 0)
				break;
			ret = pool_handover(b->pool, w, f->fd, &error);
			if (ret != -EPIPE)
				break;
			/* The worker died since we last looked. */
			pool_reap(b->pool);
		}
		worker_id_clear(&id);
	}
	if (ret == 0) {
		broker_log(BROKER_LOG_INFO,
			   "logon user=%s uid=%u front-uid=%u worker=%ld",
			   p->name, (unsigned int)w->id.uid,
			   (unsigned int)f->peer_uid, (long)w->pid);
		front_answer(f->fd, "OK %s", p->name);
		return;
	}
	broker_log(BROKER_LOG_ERROR, "no worker for %s: %s", p->name,
		   error != NULL ? error : strerror(-ret));
	/* The pool's -EAGAIN is its limit of workers: resources, not the
	 * "try again" the map means by it. */
	hr = ret == -EAGAIN ? MAPI_E_NOT_ENOUGH_RESOURCES : errmap_hr(ret);
	name = mapierr_name(hr);
	front_answer(f->fd, "FAIL %s %s",
		     name != NULL ? name : "MAPI_E_CALL_FAILED",
		     ret == -EAGAIN  ? "too many workers"
		     : ret == -EBUSY ? "the user's worker is busy, try again "
				       "later"
		     : ret == -EPERM ? "user may not run a worker"
				     : "cannot start a worker");
}

/* ---------------------------------------------------------------------
 * Revalidation
 */

/*
 * Whether w may go on: its principal is there, enabled and exactly the
 * one it was started for.  -EAGAIN when the directory cannot tell now.
 */
static int worker_still_valid(struct broker *b, const struct pool_worker *w,
			      const char **why_r)
{
	struct dir_principal *p = NULL;
	struct worker_id now;
	int ret;

	ret = directory_get(b->dir, w->principal, &p, NULL);
	if (ret == -ENOENT) {
		*why_r = "principal deleted";
		return 0;
	}
	if (ret < 0)
		return -EAGAIN;
	if ((p->flags & DIR_FLAG_DISABLED) != 0) {
		*why_r = "principal disabled";
		dir_principal_free(&p);
		return 0;
	}
	ret = identity_resolve(b, p, false, &now, NULL);
	dir_principal_free(&p);
	if (ret == -ENOMEM)
		return -EAGAIN;
	if (ret < 0) {
		*why_r = "principal has no identity any more";
		return 0;
	}
	if (!worker_id_equal(&now, &w->id))
		*why_r = "principal changed";
	worker_id_clear(&now);
	return 0;
}

void grant_revalidate(struct broker *b)
{
	struct pool_worker *slots;
	int64_t now = time_mono_ms();
	unsigned int i, count;
	uint64_t generation;
	bool complete = true;

	if (now < b->next_revalidate_ms)
		return;
	b->next_revalidate_ms = now + REVALIDATE_MS;
	if (directory_generation(b->dir, &generation, NULL) < 0 ||
	    generation == b->dir_generation)
		return;
	slots = pool_slots(b->pool, &count);
	for (i = 0; i < count; i++) {
		const char *why = NULL;

		if (slots[i].state == POOL_FREE || slots[i].terminated_ms != 0)
			continue;
		if (worker_still_valid(b, &slots[i], &why) < 0) {
			complete = false;
			continue;
		}
		if (why != NULL)
			pool_terminate(b->pool, &slots[i], why);
	}
	/* What could not be looked at is looked at again next time. */
	if (complete)
		b->dir_generation = generation;
}
