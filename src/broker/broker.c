/*
 * broker.c - mapix-broker: the root stub that logs users on and runs
 * their workers (the LogonUser + CreateProcessAsUser pattern, with
 * privilege separation after Dovecot's master).
 *
 * The broker stays minimal: it owns its listening Unix socket, reads one
 * request line per connection (request.h), authenticates through the
 * directory exactly as MapixLogonUser does (directory_authenticate: the
 * same answer, after the same argon2id work, for a wrong password, an
 * unknown principal and a disabled one), finds or starts the principal's
 * worker (pool.h, launch.h) and passes it the connection (handover.h).  It
 * does no MAPI work and opens no mailbox.  One thread, one poll loop;
 * signals arrive through a signalfd.
 *
 * Settings come from the configuration file (dir_config.c: $MAPIX_CONFIG,
 * else /etc/mapix/mapix.conf), `broker_*` keys, and command-line options,
 * which win.  See usage() and docs/BROKER.md.
 */
#include <errno.h>
#include <fcntl.h>
#include <getopt.h>
#include <grp.h>
#include <limits.h>
#include <poll.h>
#include <pwd.h>
#include <signal.h>
#include <stdbool.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/signalfd.h>
#include <sys/socket.h>
#include <sys/stat.h>
#include <sys/un.h>
#include <unistd.h>

#include "broker_util.h"
#include "config.h"
#include "directory.h"
#include "directory_backend.h"
#include "launch.h"
#include "pool.h"
#include "request.h"
#include "uidmap.h"

#define EXIT_FAILED 1
#define EXIT_USAGE  2

#define DEFAULT_SOCKET       "/run/mapix/broker.sock"
#define DEFAULT_IDLE_TIMEOUT 300
#define DEFAULT_MAX_WORKERS  64
#define DEFAULT_MAX_FILES    1024
/* Front ends waiting for an answer at once, and how long each may take
 * to send its request. */
#define FRONTS_MAX      64
#define REQUEST_TIMEOUT 10
#define ACT_AS_UIDS_MAX 16
#define UIDMAP_FILE     "broker-uids"
#define PROFILES_DIR    "profiles"

#ifndef MAPIX_WORKER_PATH
#define MAPIX_WORKER_PATH "/usr/local/libexec/mapix-worker"
#endif
#ifndef MAPIX_VERSION
#define MAPIX_VERSION "0"
#endif

struct broker_config {
	char socket_path[sizeof(((struct sockaddr_un *)0)->sun_path)];
	/* (gid_t)-1: socket mode 0600, else 0660 with this group. */
	gid_t socket_gid;
	char worker[PATH_MAX];
	char state_dir[PATH_MAX];
	/* The service catalog, passed to workers. */
	char catalog[PATH_MAX];
	unsigned int idle_timeout;
	unsigned int max_workers;
	bool have_range;
	uid_t uid_first, uid_last;
	uid_t act_as_uids[ACT_AS_UIDS_MAX];
	unsigned int act_as_count;
	rlim_t max_files;
	rlim_t max_memory_mb;
};

/* A front end that has not been answered yet. */
struct front {
	int fd;
	uid_t peer_uid;
	time_t deadline;
	size_t len;
	char buf[REQUEST_LINE_MAX];
};

struct broker {
	struct broker_config cfg;
	struct directory *dir;
	struct uidmap *uidmap;
	struct pool *pool;
	int listen_fd;
	int signal_fd;
	struct front *fronts[FRONTS_MAX];
	unsigned int front_count;
	bool stop;
};

/* ---------------------------------------------------------------------
 * Settings
 */

/* Command-line values; NULL when not given. */
struct options {
	const char *socket, *socket_group, *worker, *idle_timeout;
	const char *max_workers, *uid_range, *act_as, *max_files;
	const char *max_memory;
};

static void usage(FILE *out)
{
	fputs(
	    "Usage: mapix-broker [OPTION]...\n"
	    "Log mapix users on and run a worker process as each of them.\n"
	    "Runs as root, in the foreground; logs to standard error.\n"
	    "\n"
	    "  --socket PATH          listening socket (broker_socket; "
	    "default " DEFAULT_SOCKET ")\n"
	    "  --socket-group GROUP   socket mode 0660 for GROUP instead of "
	    "0600\n"
	    "                         (broker_socket_group)\n"
	    "  --worker PATH          worker program (broker_worker; default\n"
	    "                         " MAPIX_WORKER_PATH ")\n"
	    "  --idle-timeout SEC     stop a worker idle this long, 0 never\n"
	    "                         (broker_idle_timeout; default 300)\n"
	    "  --max-workers N        most worker processes (broker_max_"
	    "workers; 64)\n"
	    "  --uid-range FIRST-LAST uids for principals without an OS "
	    "identity\n"
	    "                         (broker_uid_range; default: refuse "
	    "them)\n"
	    "  --act-as USERS         uids or names of trusted front ends that "
	    "may\n"
	    "                         use act-as (broker_act_as; default: "
	    "none)\n"
	    "  --max-files N          RLIMIT_NOFILE of workers "
	    "(broker_worker_max_files)\n"
	    "  --max-memory MIB       RLIMIT_AS of workers, 0 none\n"
	    "                         (broker_worker_max_memory)\n"
	    "  --help                 show this help and exit\n"
	    "  --version              show the version and exit\n"
	    "\n"
	    "The state directory is $MAPIX_STATE_DIR or state_dir of the "
	    "configuration\n"
	    "file ($MAPIX_CONFIG, else /etc/mapix/mapix.conf).\n"
	    "Exit status: 0 after SIGTERM or SIGINT, 1 failure, 2 usage "
	    "error.\n",
	    out);
}

/* value: the option, else the configuration's key, else NULL in *out. */
static int setting(const char *opt, const char *key, char *buf, size_t size,
		   const char **value_r)
{
	const char *error;
	int ret;

	*value_r = NULL;
	if (opt != NULL) {
		*value_r = opt;
		return 0;
	}
	ret = dir_config_get(key, buf, size, &error);
	if (ret < 0) {
		broker_log(BROKER_LOG_ERROR, "%s", error);
		return ret;
	}
	if (ret > 0)
		*value_r = buf;
	return 0;
}

static int parse_uint(const char *text, unsigned long max,
		      unsigned long *value_r)
{
	unsigned long v;
	char *end;

	if (text[0] < '0' || text[0] > '9')
		return -EINVAL;
	errno = 0;
	v = strtoul(text, &end, 10);
	if (errno != 0 || *end != '\0' || v > max)
		return -EINVAL;
	*value_r = v;
	return 0;
}

static int parse_group(const char *text, gid_t *gid_r)
{
	struct group gr, *res = NULL;
	char buf[4096];
	unsigned long v;

	if (parse_uint(text, (gid_t)-2, &v) == 0) {
		*gid_r = (gid_t)v;
		return 0;
	}
	if (getgrnam_r(text, &gr, buf, sizeof(buf), &res) != 0 || res == NULL)
		return -ENOENT;
	*gid_r = gr.gr_gid;
	return 0;
}

static int parse_user(const char *text, uid_t *uid_r)
{
	struct passwd pw, *res = NULL;
	char buf[4096];
	unsigned long v;

	if (parse_uint(text, (uid_t)-2, &v) == 0) {
		*uid_r = (uid_t)v;
		return 0;
	}
	if (getpwnam_r(text, &pw, buf, sizeof(buf), &res) != 0 || res == NULL)
		return -ENOENT;
	*uid_r = pw.pw_uid;
	return 0;
}

/* "0,www-data": the trusted front ends' uids. */
static int parse_act_as(const char *text, struct broker_config *cfg)
{
	char copy[1024], *save = NULL, *tok;

	if (strlen(text) >= sizeof(copy))
		return -EINVAL;
	memcpy(copy, text, strlen(text) + 1);
	for (tok = strtok_r(copy, ", ", &save); tok != NULL;
	     tok = strtok_r(NULL, ", ", &save)) {
		if (cfg->act_as_count == ACT_AS_UIDS_MAX ||
		    parse_user(tok, &cfg->act_as_uids[cfg->act_as_count]) < 0)
			return -EINVAL;
		cfg->act_as_count++;
	}
	return 0;
}

#define BAD_SETTING(what, value)                                               \
	do {                                                                   \
		broker_log(BROKER_LOG_ERROR, "invalid %s '%s'", what, value);  \
		return -EINVAL;                                                \
	} while (0)

static int config_load(const struct options *o, struct broker_config *cfg)
{
	char buf[PATH_MAX];
	const char *v, *error;
	unsigned long n;

	memset(cfg, 0, sizeof(*cfg));
	if (setting(o->socket, "broker_socket", buf, sizeof(buf), &v) < 0)
		return -EINVAL;
	v = v != NULL ? v : DEFAULT_SOCKET;
	if (v[0] != '/' || strlen(v) >= sizeof(cfg->socket_path))
		BAD_SETTING("socket path", v);
	memcpy(cfg->socket_path, v, strlen(v) + 1);

	cfg->socket_gid = (gid_t)-1;
	if (setting(o->socket_group, "broker_socket_group", buf, sizeof(buf),
		    &v) < 0)
		return -EINVAL;
	if (v != NULL && v[0] != '\0' && parse_group(v, &cfg->socket_gid) < 0)
		BAD_SETTING("socket group", v);

	if (setting(o->worker, "broker_worker", buf, sizeof(buf), &v) < 0)
		return -EINVAL;
	v = v != NULL ? v : MAPIX_WORKER_PATH;
	if (v[0] != '/' || strlen(v) >= sizeof(cfg->worker))
		BAD_SETTING("worker program (an absolute path)", v);
	memcpy(cfg->worker, v, strlen(v) + 1);

	if (setting(o->idle_timeout, "broker_idle_timeout", buf, sizeof(buf),
		    &v) < 0)
		return -EINVAL;
	n = DEFAULT_IDLE_TIMEOUT;
	if (v != NULL && parse_uint(v, 86400 * 365, &n) < 0)
		BAD_SETTING("idle timeout", v);
	cfg->idle_timeout = (unsigned int)n;

	if (setting(o->max_workers, "broker_max_workers", buf, sizeof(buf),
		    &v) < 0)
		return -EINVAL;
	n = DEFAULT_MAX_WORKERS;
	if (v != NULL && (parse_uint(v, 65536, &n) < 0 || n == 0))
		BAD_SETTING("maximum of workers", v);
	cfg->max_workers = (unsigned int)n;

	if (setting(o->uid_range, "broker_uid_range", buf, sizeof(buf), &v) < 0)
		return -EINVAL;
	if (v != NULL && v[0] != '\0') {
		if (uidmap_parse_range(v, &cfg->uid_first, &cfg->uid_last) < 0)
			BAD_SETTING("uid range", v);
		cfg->have_range = true;
	}

	if (setting(o->act_as, "broker_act_as", buf, sizeof(buf), &v) < 0)
		return -EINVAL;
	if (v != NULL && parse_act_as(v, cfg) < 0)
		BAD_SETTING("act-as list", v);

	if (setting(o->max_files, "broker_worker_max_files", buf, sizeof(buf),
		    &v) < 0)
		return -EINVAL;
	n = DEFAULT_MAX_FILES;
	if (v != NULL && (parse_uint(v, 1 << 20, &n) < 0 || n < 16))
		BAD_SETTING("maximum of open files", v);
	cfg->max_files = n;

	if (setting(o->max_memory, "broker_worker_max_memory", buf, sizeof(buf),
		    &v) < 0)
		return -EINVAL;
	n = 0;
	if (v != NULL && parse_uint(v, 1 << 24, &n) < 0)
		BAD_SETTING("memory limit", v);
	cfg->max_memory_mb = n;

	if (directory_state_dir(cfg->state_dir, sizeof(cfg->state_dir),
				&error) < 0) {
		broker_log(BROKER_LOG_ERROR, "%s", error);
		return -EINVAL;
	}
	if (config_catalog_path(cfg->catalog, sizeof(cfg->catalog), &error) <
	    0) {
		broker_log(BROKER_LOG_ERROR, "%s", error);
		return -EINVAL;
	}
	return 0;
}

/* ---------------------------------------------------------------------
 * The state directory: workers reach their own profile directory in it
 */

/*
 * Lets everyone traverse path (adds o+x and g+x; never r or w), so that a
 * worker can reach <state>/profiles/<its principal>/ while the state
 * directory's files (0600) and listing stay root's.
 */
static int make_traversable(const char *path)
{
	struct stat st;

	if (lstat(path, &st) < 0 || !S_ISDIR(st.st_mode))
		return -errno;
	if ((st.st_mode & 0011) == 0011)
		return 0;
	if (chmod(path, (st.st_mode & 07777) | 0011) < 0)
		return -errno;
	broker_log(BROKER_LOG_INFO, "made %s traversable (mode %04o)", path,
		   (unsigned int)((st.st_mode & 07777) | 0011));
	return 0;
}

static int state_prepare(const struct broker_config *cfg)
{
	char path[PATH_MAX];
	int ret;

	ret = make_traversable(cfg->state_dir);
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
	ret = make_traversable(path);
	if (ret < 0) {
		broker_log(BROKER_LOG_ERROR, "cannot use %s: %s", path,
			   strerror(-ret));
	}
	return ret;
}

/*
 * Creates <state>/profiles/<name>, 0700, owned by uid:gid, when it does
 * not exist, and writes its path to path (PATH_MAX bytes).  An existing
 * one is left alone (its owner decides), but must be a directory.
 */
static int profile_dir_prepare(const struct broker_config *cfg,
			       const char *name, uid_t uid, gid_t gid,
			       char *path, const char **error_r)
{
	struct stat st;
	int err;

	if ((size_t)snprintf(path, PATH_MAX, "%s/%s/%s", cfg->state_dir,
			     PROFILES_DIR, name) >= PATH_MAX)
		return broker_error(error_r, -ENAMETOOLONG, "path too long");
	if (mkdir(path, 0700) == 0) {
		if (lchown(path, uid, gid) < 0) {
			err = errno;
			rmdir(path);
			return broker_error(error_r, -err, "chown %s: %s", path,
					    strerror(err));
		}
		return 0;
	}
	err = errno;
	if (err != EEXIST)
		return broker_error(error_r, -err, "mkdir %s: %s", path,
				    strerror(err));
	if (lstat(path, &st) < 0 || !S_ISDIR(st.st_mode))
		return broker_error(error_r, -ENOTDIR, "%s is not a directory",
				    path);
	return 0;
}

/* ---------------------------------------------------------------------
 * Logons
 */

/* Sends one answer line; a front end that cannot take it is dropped. */
static void answer(int fd, const char *fmt, ...)
    __attribute__((format(printf, 2, 3)));

static void answer(int fd, const char *fmt, ...)
{
	char line[256];
	va_list args;
	int n;

	va_start(args, fmt);
	n = vsnprintf(line, sizeof(line) - 1, fmt, args);
	va_end(args);
	if (n < 0)
		return;
	if ((size_t)n > sizeof(line) - 2)
		n = sizeof(line) - 2;
	line[n++] = '\n';
	if (send(fd, line, (size_t)n, MSG_NOSIGNAL | MSG_DONTWAIT) < 0)
		errno = 0;
}

static bool uid_taken(uid_t uid, void *context)
{
	struct broker *b = context;
	struct dir_principal *p = NULL;
	struct passwd pw, *res = NULL;
	char buf[4096];

	if (getpwuid_r(uid, &pw, buf, sizeof(buf), &res) == 0 && res != NULL)
		return true;
	if (directory_get_by_uid(b->dir, uid, &p, NULL) == 0) {
		dir_principal_free(&p);
		return true;
	}
	return false;
}

/* The OS identity and home of a principal's worker. */
struct identity {
	uid_t uid;
	gid_t gid;
	const gid_t *groups;
	unsigned int groups_count;
	char home[PATH_MAX];
};

static int identity_resolve(struct broker *b, const struct dir_principal *p,
			    struct identity *id, const char **error_r)
{
	struct passwd pw, *res = NULL;
	char buf[4096];
	int ret;

	memset(id, 0, sizeof(*id));
	if (p->os_mapped) {
		id->uid = p->uid;
		id->gid = p->gid;
		id->groups = p->groups;
		id->groups_count = p->groups_count;
	} else if (b->uidmap != NULL) {
		ret = uidmap_get(b->uidmap, p->name, uid_taken, b, &id->uid,
				 error_r);
		if (ret < 0)
			return ret;
		id->gid = (gid_t)id->uid;
	} else {
		return broker_error(error_r, -EPERM,
				    "%s has no OS identity and no uid range "
				    "is configured",
				    p->name);
	}
	if (id->uid == 0 || id->gid == 0)
		return broker_error(error_r, -EPERM,
				    "%s maps to root: no worker", p->name);
	ret = profile_dir_prepare(&b->cfg, p->name, id->uid, id->gid, id->home,
				  error_r);
	if (ret < 0)
		return ret;
	/* A system account's home wins over the profile directory. */
	if (p->os_mapped &&
	    getpwuid_r(id->uid, &pw, buf, sizeof(buf), &res) == 0 &&
	    res != NULL && pw.pw_dir != NULL && pw.pw_dir[0] == '/' &&
	    strlen(pw.pw_dir) < sizeof(id->home))
		memcpy(id->home, pw.pw_dir, strlen(pw.pw_dir) + 1);
	return 0;
}

/* The principal's RUNNING worker, started when it has none. */
static int worker_get(struct broker *b, const struct dir_principal *p,
		      struct pool_worker **w_r, const char **error_r)
{
	struct identity id;
	struct launch_settings s;
	int ret;

	*w_r = pool_find(b->pool, p->name);
	if (*w_r != NULL)
		return 0;
	ret = identity_resolve(b, p, &id, error_r);
	if (ret < 0)
		return ret;
	memset(&s, 0, sizeof(s));
	s.program = b->cfg.worker;
	s.principal = p->name;
	s.uid = id.uid;
	s.gid = id.gid;
	s.groups = id.groups;
	s.groups_count = id.groups_count;
	s.home = id.home;
	s.state_dir = b->cfg.state_dir;
	s.catalog = b->cfg.catalog;
	s.max_files = b->cfg.max_files;
	s.max_address_space = b->cfg.max_memory_mb * 1024 * 1024;
	return pool_start(b->pool, &s, w_r, error_r);
}

static bool act_as_allowed(const struct broker *b, uid_t uid)
{
	unsigned int i;

	for (i = 0; i < b->cfg.act_as_count; i++) {
		if (b->cfg.act_as_uids[i] == uid)
			return true;
	}
	return false;
}

/*
 * Authenticates req: 0 with *p_r, or -1 after answering FAIL.  The
 * refusal of a logon is one answer whatever the cause.
 */
static int authenticate(struct broker *b, const struct front *f,
			const struct request *req, struct dir_principal **p_r)
{
	const char *error = NULL;
	int ret;

	if (req->op == REQUEST_LOGON) {
		ret = directory_authenticate(b->dir, req->name, req->password,
					     p_r, &error);
		if (ret == -EACCES || ret == -EPERM) {
			broker_log(BROKER_LOG_INFO,
				   "logon refused user=%s uid=%u (%s)",
				   req->name, (unsigned int)f->peer_uid,
				   ret == -EPERM ? "disabled"
						 : "unknown user or bad "
						   "password");
			answer(f->fd, "FAIL MAPI_E_LOGON_FAILED logon failed");
			return -1;
		}
	} else {
		if (!act_as_allowed(b, f->peer_uid)) {
			broker_log(BROKER_LOG_WARNING,
				   "act-as refused: uid %u is not a trusted "
				   "front end",
				   (unsigned int)f->peer_uid);
			answer(f->fd, "FAIL MAPI_E_NO_ACCESS act-as is not "
				      "allowed for this front end");
			return -1;
		}
		ret = directory_get(b->dir, req->name, p_r, &error);
		if (ret == -ENOENT) {
			answer(f->fd, "FAIL MAPI_E_NOT_FOUND no such user");
			return -1;
		}
		if (ret == 0 && ((*p_r)->flags & DIR_FLAG_DISABLED) != 0) {
			dir_principal_free(p_r);
			answer(f->fd, "FAIL MAPI_E_ACCOUNT_DISABLED user is "
				      "disabled");
			return -1;
		}
	}
	if (ret < 0) {
		broker_log(BROKER_LOG_ERROR, "directory: %s",
			   error != NULL ? error : strerror(-ret));
		answer(f->fd, "FAIL MAPI_E_CALL_FAILED directory unavailable");
		return -1;
	}
	return 0;
}

/* Serves one complete request line of f. */
static void front_request(struct broker *b, struct front *f, size_t line_len)
{
	struct request req;
	struct dir_principal *p = NULL;
	struct pool_worker *w;
	const char *error;
	int ret, tries;

	ret = request_parse(f->buf, line_len, &req, &error);
	explicit_bzero(f->buf, sizeof(f->buf));
	if (ret < 0) {
		answer(f->fd, "FAIL MAPI_E_INVALID_PARAMETER %s", error);
		return;
	}
	ret = authenticate(b, f, &req, &p);
	request_wipe(&req);
	if (ret < 0)
		return;

	for (tries = 0; tries < 2; tries++) {
		ret = worker_get(b, p, &w, &error);
		if (ret < 0)
			break;
		ret = pool_handover(b->pool, w, f->fd, &error);
		if (ret != -EPIPE)
			break;
		/* The worker died since we last looked: reap, start anew. */
		pool_reap(b->pool);
	}
	if (ret == 0) {
		answer(f->fd, "OK %s", p->name);
	} else {
		broker_log(BROKER_LOG_ERROR, "no worker for %s: %s", p->name,
			   error);
		if (ret == -EAGAIN) {
			answer(f->fd, "FAIL MAPI_E_NOT_ENOUGH_RESOURCES too "
				      "many workers");
		} else if (ret == -EPERM) {
			answer(f->fd, "FAIL MAPI_E_NO_ACCESS user may not "
				      "run a worker");
		} else {
			answer(f->fd, "FAIL MAPI_E_CALL_FAILED cannot start "
				      "a worker");
		}
	}
	dir_principal_free(&p);
}

/* ---------------------------------------------------------------------
 * Front-end connections
 */

static void front_close(struct broker *b, unsigned int i)
{
	struct front *f = b->fronts[i];

	close(f->fd);
	explicit_bzero(f, sizeof(*f));
	free(f);
	b->fronts[i] = b->fronts[--b->front_count];
	b->fronts[b->front_count] = NULL;
}

/* Reads what f sent; true when f is done with (answered or dropped). */
static bool front_read(struct broker *b, struct front *f)
{
	char *nl;
	ssize_t n;

	n = recv(f->fd, f->buf + f->len, sizeof(f->buf) - f->len, 0);
	if (n < 0)
		return errno != EAGAIN && errno != EINTR;
	if (n == 0)
		return true;
	nl = memchr(f->buf + f->len, '\n', (size_t)n);
	f->len += (size_t)n;
	if (nl == NULL) {
		if (f->len < sizeof(f->buf))
			return false;
		answer(f->fd, "FAIL MAPI_E_INVALID_PARAMETER request too "
			      "long");
		return true;
	}
	if ((size_t)(nl - f->buf) + 1 != f->len) {
		answer(f->fd, "FAIL MAPI_E_INVALID_PARAMETER data after the "
			      "request");
		return true;
	}
	front_request(b, f, (size_t)(nl - f->buf));
	return true;
}

static void accept_fronts(struct broker *b)
{
	struct ucred cred;
	socklen_t len;
	struct front *f;
	int fd;

	while (b->front_count < FRONTS_MAX) {
		fd = accept4(b->listen_fd, NULL, NULL,
			     SOCK_NONBLOCK | SOCK_CLOEXEC);
		if (fd < 0)
			return;
		len = sizeof(cred);
		f = calloc(1, sizeof(*f));
		if (f == NULL ||
		    getsockopt(fd, SOL_SOCKET, SO_PEERCRED, &cred, &len) < 0) {
			free(f);
			close(fd);
			continue;
		}
		f->fd = fd;
		f->peer_uid = cred.uid;
		f->deadline = pool_now() + REQUEST_TIMEOUT;
		b->fronts[b->front_count++] = f;
	}
}

/* ---------------------------------------------------------------------
 * Start-up and the loop
 */

static int listen_socket(const struct broker_config *cfg)
{
	struct sockaddr_un addr = {.sun_family = AF_UNIX};
	struct stat st;
	int fd, err;

	memcpy(addr.sun_path, cfg->socket_path, strlen(cfg->socket_path) + 1);
	/* A socket left by an earlier broker; anything else stays. */
	if (lstat(cfg->socket_path, &st) == 0 && S_ISSOCK(st.st_mode))
		unlink(cfg->socket_path);
	fd = socket(AF_UNIX, SOCK_STREAM | SOCK_NONBLOCK | SOCK_CLOEXEC, 0);
	if (fd < 0)
		return -errno;
	/* umask 077 is in force: nobody else can connect before chmod. */
	if (bind(fd, (struct sockaddr *)&addr, sizeof(addr)) < 0)
		goto fail;
	if (cfg->socket_gid != (gid_t)-1) {
		if (chown(cfg->socket_path, 0, cfg->socket_gid) < 0 ||
		    chmod(cfg->socket_path, 0660) < 0)
			goto fail_unlink;
	} else if (chmod(cfg->socket_path, 0600) < 0) {
		goto fail_unlink;
	}
	if (listen(fd, 128) < 0)
		goto fail_unlink;
	return fd;
fail_unlink:
	err = errno;
	unlink(cfg->socket_path);
	close(fd);
	return -err;
fail:
	err = errno;
	close(fd);
	return -err;
}

static int signals_setup(void)
{
	sigset_t set;

	signal(SIGPIPE, SIG_IGN);
	sigemptyset(&set);
	sigaddset(&set, SIGCHLD);
	sigaddset(&set, SIGTERM);
	sigaddset(&set, SIGINT);
	sigaddset(&set, SIGHUP);
	if (sigprocmask(SIG_BLOCK, &set, NULL) < 0)
		return -errno;
	return signalfd(-1, &set, SFD_NONBLOCK | SFD_CLOEXEC);
}

static void signals_read(struct broker *b)
{
	struct signalfd_siginfo si;

	while (read(b->signal_fd, &si, sizeof(si)) == (ssize_t)sizeof(si)) {
		switch (si.ssi_signo) {
		case SIGCHLD:
			pool_reap(b->pool);
			break;
		case SIGTERM:
		case SIGINT:
			b->stop = true;
			break;
		default:
			broker_log(BROKER_LOG_INFO, "signal %u ignored",
				   si.ssi_signo);
			break;
		}
	}
}

static void broker_loop(struct broker *b)
{
	struct pollfd pfd[FRONTS_MAX + 2];
	struct front *polled[FRONTS_MAX];
	unsigned int i, n;
	time_t now;

	while (!b->stop) {
		pfd[0] = (struct pollfd){.fd = b->signal_fd, .events = POLLIN};
		pfd[1] = (struct pollfd){
		    .fd = b->front_count < FRONTS_MAX ? b->listen_fd : -1,
		    .events = POLLIN};
		n = b->front_count;
		for (i = 0; i < n; i++) {
			polled[i] = b->fronts[i];
			pfd[i + 2] = (struct pollfd){.fd = polled[i]->fd,
						     .events = POLLIN};
		}
		if (poll(pfd, n + 2, 1000) < 0 && errno != EINTR) {
			broker_log(BROKER_LOG_ERROR, "poll: %s",
				   strerror(errno));
			return;
		}
		/* Exits first: a dead worker must not be handed anything. */
		if (pfd[0].revents != 0)
			signals_read(b);
		now = pool_now();
		/* Back to front: front_close moves the last entry down. */
		for (i = b->front_count; i-- > 0;) {
			struct front *f = b->fronts[i];
			unsigned int j;
			bool done = false;

			for (j = 0; j < n && polled[j] != f; j++)
				;
			if (j < n && pfd[j + 2].revents != 0)
				done = front_read(b, f);
			else if (now >= f->deadline)
				done = true;
			if (done)
				front_close(b, i);
		}
		if (pfd[1].revents != 0)
			accept_fronts(b);
		pool_expire(b->pool, now);
	}
}

static int broker_run(const struct options *o)
{
	struct broker b;
	struct pool_settings ps;
	char path[PATH_MAX];
	const char *error;
	int ret, status = EXIT_FAILED;

	memset(&b, 0, sizeof(b));
	b.listen_fd = b.signal_fd = -1;
	umask(077);
	if (config_load(o, &b.cfg) < 0)
		return EXIT_FAILED;
	if (state_prepare(&b.cfg) < 0)
		return EXIT_FAILED;
	ret = directory_open(NULL, b.cfg.state_dir, &b.dir, &error);
	if (ret < 0) {
		broker_log(BROKER_LOG_ERROR, "directory: %s", error);
		return EXIT_FAILED;
	}
	if (b.cfg.have_range) {
		if ((size_t)snprintf(path, sizeof(path), "%s/%s",
				     b.cfg.state_dir,
				     UIDMAP_FILE) >= sizeof(path)) {
			broker_log(BROKER_LOG_ERROR, "state path too long");
			goto out;
		}
		ret = uidmap_open(path, b.cfg.uid_first, b.cfg.uid_last,
				  &b.uidmap, &error);
		if (ret < 0) {
			broker_log(BROKER_LOG_ERROR, "%s", error);
			goto out;
		}
	}
	ps.max_workers = b.cfg.max_workers;
	ps.idle_timeout = b.cfg.idle_timeout;
	if (pool_new(&ps, &b.pool) < 0)
		goto out;
	b.signal_fd = signals_setup();
	if (b.signal_fd < 0) {
		broker_log(BROKER_LOG_ERROR, "signalfd: %s", strerror(errno));
		goto out;
	}
	b.listen_fd = listen_socket(&b.cfg);
	if (b.listen_fd < 0) {
		broker_log(BROKER_LOG_ERROR, "cannot listen on %s: %s",
			   b.cfg.socket_path, strerror(-b.listen_fd));
		goto out;
	}
	broker_log(BROKER_LOG_INFO,
		   "listening on %s (state %s, worker %s, max %u workers, "
		   "idle timeout %us)",
		   b.cfg.socket_path, b.cfg.state_dir, b.cfg.worker,
		   b.cfg.max_workers, b.cfg.idle_timeout);
	broker_loop(&b);
	status = b.stop ? EXIT_SUCCESS : EXIT_FAILED;
	broker_log(BROKER_LOG_INFO, "shutting down");
	unlink(b.cfg.socket_path);
out:
	while (b.front_count > 0)
		front_close(&b, b.front_count - 1);
	if (b.pool != NULL)
		pool_shutdown(b.pool, 2000);
	pool_free(&b.pool);
	if (b.listen_fd >= 0)
		close(b.listen_fd);
	if (b.signal_fd >= 0)
		close(b.signal_fd);
	uidmap_free(&b.uidmap);
	directory_close(&b.dir);
	return status;
}

int main(int argc, char **argv)
{
	static const struct option longopts[] = {
	    {"socket", required_argument, NULL, 's'},
	    {"socket-group", required_argument, NULL, 'g'},
	    {"worker", required_argument, NULL, 'w'},
	    {"idle-timeout", required_argument, NULL, 'i'},
	    {"max-workers", required_argument, NULL, 'm'},
	    {"uid-range", required_argument, NULL, 'u'},
	    {"act-as", required_argument, NULL, 'a'},
	    {"max-files", required_argument, NULL, 'f'},
	    {"max-memory", required_argument, NULL, 'M'},
	    {"help", no_argument, NULL, 'h'},
	    {"version", no_argument, NULL, 'V'},
	    {NULL, 0, NULL, 0},
	};
	struct options o;
	int c;

	memset(&o, 0, sizeof(o));
	while ((c = getopt_long(argc, argv, "", longopts, NULL)) != -1) {
		switch (c) {
		case 's':
			o.socket = optarg;
			break;
		case 'g':
			o.socket_group = optarg;
			break;
		case 'w':
			o.worker = optarg;
			break;
		case 'i':
			o.idle_timeout = optarg;
			break;
		case 'm':
			o.max_workers = optarg;
			break;
		case 'u':
			o.uid_range = optarg;
			break;
		case 'a':
			o.act_as = optarg;
			break;
		case 'f':
			o.max_files = optarg;
			break;
		case 'M':
			o.max_memory = optarg;
			break;
		case 'h':
			usage(stdout);
			return EXIT_SUCCESS;
		case 'V':
			printf("mapix-broker %s\n", MAPIX_VERSION);
			return EXIT_SUCCESS;
		default:
			fputs("Try 'mapix-broker --help'.\n", stderr);
			return EXIT_USAGE;
		}
	}
	if (optind < argc) {
		fprintf(stderr,
			"mapix-broker: unexpected argument '%s'\n"
			"Try 'mapix-broker --help'.\n",
			argv[optind]);
		return EXIT_USAGE;
	}
	if (geteuid() != 0) {
		broker_log(BROKER_LOG_ERROR, "must run as root");
		return EXIT_FAILED;
	}
	return broker_run(&o);
}
