/*
 * bconfig.c - mapix-broker's settings (broker.h): the `broker_*` keys of
 * the configuration file (config_get: $MAPIX_CONFIG, else
 * /etc/mapix/mapix.conf) and the command-line options, which win; every
 * value checked, and the combination too.
 *
 * The combination: the uids the broker hands to principals without an OS
 * identity (broker_uid_range, each with the gid of the same number) must
 * not be ids the broker trusts.  A worker running as a trusted front end's
 * uid could use act-as for anyone; a worker whose gid is the socket's
 * group could reach the broker as a front end.  Such a configuration is
 * refused at start-up (and at reload), and grant.c checks every source
 * again before it hands out a uid.
 */
#include <errno.h>
#include <grp.h>
#include <pwd.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "broker.h"
#include "broker_util.h"
#include "config.h"

#define DEFAULT_SOCKET        "/run/mapix/broker.sock"
#define DEFAULT_IDLE_TIMEOUT  300
#define DEFAULT_DRAIN_TIMEOUT 3600
#define DEFAULT_MAX_WORKERS   64
#define DEFAULT_MAX_PER_USER  2
#define DEFAULT_MAX_FILES     1024
#define DEFAULT_AUTH_PER_UID  64

#ifndef MAPIX_WORKER_PATH
#define MAPIX_WORKER_PATH "/usr/local/libexec/mapix-worker"
#endif

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
	ret = config_get(key, buf, size, &error);
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

/* One password thread fewer than CPUs online: 1 to 4. */
static unsigned long default_auth_threads(void)
{
	long cpus = sysconf(_SC_NPROCESSORS_ONLN);

	if (cpus <= 2)
		return 1;
	return cpus - 1 > 4 ? 4 : (unsigned long)(cpus - 1);
}

/* Refuses a uid range that contains an id the broker trusts. */
static int config_check_overlaps(const struct broker_config *cfg)
{
	unsigned int i;

	if (!cfg->have_range)
		return 0;
	for (i = 0; i < cfg->act_as_count; i++) {
		if (cfg->act_as_uids[i] >= cfg->uid_first &&
		    cfg->act_as_uids[i] <= cfg->uid_last) {
			broker_log(BROKER_LOG_ERROR,
				   "uid range %u-%u contains uid %u of a "
				   "trusted front end (broker_act_as)",
				   (unsigned int)cfg->uid_first,
				   (unsigned int)cfg->uid_last,
				   (unsigned int)cfg->act_as_uids[i]);
			return -EINVAL;
		}
	}
	if (cfg->socket_gid != (gid_t)-1 && cfg->socket_gid >= cfg->uid_first &&
	    cfg->socket_gid <= cfg->uid_last) {
		broker_log(BROKER_LOG_ERROR,
			   "uid range %u-%u contains gid %u of the broker's "
			   "socket group (broker_socket_group)",
			   (unsigned int)cfg->uid_first,
			   (unsigned int)cfg->uid_last,
			   (unsigned int)cfg->socket_gid);
		return -EINVAL;
	}
	return 0;
}

#define BAD_SETTING(what, value)                                               \
	do {                                                                   \
		broker_log(BROKER_LOG_ERROR, "invalid %s '%s'", what, value);  \
		return -EINVAL;                                                \
	} while (0)

int config_load(const struct broker_options *o, struct broker_config *cfg)
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

	if (setting(o->max_per_user, "broker_max_workers_per_user", buf,
		    sizeof(buf), &v) < 0)
		return -EINVAL;
	n = DEFAULT_MAX_PER_USER;
	if (v != NULL && (parse_uint(v, 64, &n) < 0 || n == 0))
		BAD_SETTING("maximum of workers per user", v);
	cfg->max_per_user = (unsigned int)n;

	if (setting(o->drain_timeout, "broker_drain_timeout", buf, sizeof(buf),
		    &v) < 0)
		return -EINVAL;
	n = DEFAULT_DRAIN_TIMEOUT;
	if (v != NULL && parse_uint(v, 86400 * 365, &n) < 0)
		BAD_SETTING("drain timeout", v);
	cfg->drain_timeout = (unsigned int)n;

	if (setting(o->auth_threads, "broker_auth_threads", buf, sizeof(buf),
		    &v) < 0)
		return -EINVAL;
	n = default_auth_threads();
	if (v != NULL && (parse_uint(v, AUTH_THREADS_MAX, &n) < 0 || n == 0))
		BAD_SETTING("number of authentication threads", v);
	cfg->auth_threads = (unsigned int)n;

	if (setting(o->auth_per_uid, "broker_auth_per_uid", buf, sizeof(buf),
		    &v) < 0)
		return -EINVAL;
	n = DEFAULT_AUTH_PER_UID;
	if (v != NULL && (parse_uint(v, AUTH_QUEUED_MAX, &n) < 0 || n == 0))
		BAD_SETTING("logons in progress per uid", v);
	cfg->auth_per_uid = (unsigned int)n;

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

	if (config_state_dir(cfg->state_dir, sizeof(cfg->state_dir), &error) <
	    0) {
		broker_log(BROKER_LOG_ERROR, "%s", error);
		return -EINVAL;
	}
	if (config_catalog_path(cfg->catalog, sizeof(cfg->catalog), &error) <
	    0) {
		broker_log(BROKER_LOG_ERROR, "%s", error);
		return -EINVAL;
	}
	return config_check_overlaps(cfg);
}
