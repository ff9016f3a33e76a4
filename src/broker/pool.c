/*
 * pool.c - the broker's worker processes (pool.h).  A fixed array of
 * max_workers slots: lookups are a scan, which for the tens of workers a
 * broker runs costs less than keeping an index.
 */
#include "pool.h"

#include <errno.h>
#include <signal.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>
#include <sys/socket.h>
#include <sys/wait.h>
#include <unistd.h>

#include "broker_util.h"
#include "handover.h"

struct pool {
	struct pool_settings settings;
	struct pool_worker *slots;
};

time_t pool_now(void)
{
	struct timespec ts;

	clock_gettime(CLOCK_MONOTONIC, &ts);
	return ts.tv_sec;
}

int pool_new(const struct pool_settings *settings, struct pool **pool_r)
{
	struct pool *pool;
	unsigned int i;

	*pool_r = NULL;
	if (settings->max_workers == 0)
		return -EINVAL;
	pool = calloc(1, sizeof(*pool));
	if (pool == NULL)
		return -ENOMEM;
	pool->slots = calloc(settings->max_workers, sizeof(*pool->slots));
	if (pool->slots == NULL) {
		free(pool);
		return -ENOMEM;
	}
	for (i = 0; i < settings->max_workers; i++)
		pool->slots[i].channel_fd = -1;
	pool->settings = *settings;
	*pool_r = pool;
	return 0;
}

void pool_free(struct pool **pool)
{
	if (pool == NULL || *pool == NULL)
		return;
	pool_shutdown(*pool, 0);
	free((*pool)->slots);
	free(*pool);
	*pool = NULL;
}

struct pool_worker *pool_find(struct pool *pool, const char *principal)
{
	unsigned int i;

	for (i = 0; i < pool->settings.max_workers; i++) {
		struct pool_worker *w = &pool->slots[i];

		if (w->state == POOL_RUNNING &&
		    strcasecmp(w->principal, principal) == 0)
			return w;
	}
	return NULL;
}

unsigned int pool_alive(const struct pool *pool)
{
	unsigned int i, n = 0;

	for (i = 0; i < pool->settings.max_workers; i++) {
		if (pool->slots[i].state != POOL_FREE)
			n++;
	}
	return n;
}

/* RUNNING -> STOPPING: no more connections for w. */
static void worker_stop(struct pool_worker *w, const char *why)
{
	if (w->state != POOL_RUNNING)
		return;
	close(w->channel_fd);
	w->channel_fd = -1;
	w->state = POOL_STOPPING;
	broker_log(BROKER_LOG_INFO, "worker stopping user=%s pid=%ld (%s)",
		   w->principal, (long)w->pid, why);
}

int pool_start(struct pool *pool, struct launch_settings *s,
	       struct pool_worker **worker_r, const char **error_r)
{
	struct pool_worker *w = NULL;
	unsigned int i;
	int sv[2], ret;
	pid_t pid;

	*worker_r = NULL;
	for (i = 0; i < pool->settings.max_workers && w == NULL; i++) {
		if (pool->slots[i].state == POOL_FREE)
			w = &pool->slots[i];
	}
	if (w == NULL) {
		return broker_error(error_r, -EAGAIN,
				    "too many workers (%u) to start one for %s",
				    pool->settings.max_workers, s->principal);
	}
	if (strlen(s->principal) >= sizeof(w->principal))
		return broker_error(error_r, -EINVAL, "name too long");
	if (socketpair(AF_UNIX, SOCK_SEQPACKET | SOCK_CLOEXEC, 0, sv) < 0) {
		ret = -errno;
		return broker_error(error_r, ret, "socketpair: %s",
				    strerror(-ret));
	}
	s->channel_fd = sv[1];
	ret = launch_worker(s, &pid, error_r);
	close(sv[1]);
	s->channel_fd = -1;
	if (ret < 0) {
		close(sv[0]);
		return ret;
	}
	memset(w, 0, sizeof(*w));
	w->state = POOL_RUNNING;
	memcpy(w->principal, s->principal, strlen(s->principal) + 1);
	w->pid = pid;
	w->channel_fd = sv[0];
	w->uid = s->uid;
	w->gid = s->gid;
	w->last_used = pool_now();
	broker_log(BROKER_LOG_INFO,
		   "worker started user=%s pid=%ld uid=%u gid=%u groups=%u",
		   w->principal, (long)pid, (unsigned int)s->uid,
		   (unsigned int)s->gid, s->groups_count);
	*worker_r = w;
	return 0;
}

int pool_handover(struct pool *pool, struct pool_worker *worker, int conn_fd,
		  const char **error_r)
{
	int ret;

	(void)pool;
	if (worker->state != POOL_RUNNING)
		return broker_error(error_r, -EPIPE, "worker is stopping");
	ret = handover_send(worker->channel_fd, conn_fd);
	if (ret == 0) {
		worker->last_used = pool_now();
		worker->handovers++;
		return 0;
	}
	if (ret == -EPIPE || ret == -ECONNRESET || ret == -EAGAIN) {
		/* Dead, or so far behind that it is as good as stuck. */
		worker_stop(worker, ret == -EAGAIN ? "not taking connections"
						   : "channel closed");
		return broker_error(error_r, -EPIPE,
				    "worker of %s is gone or stuck",
				    worker->principal);
	}
	return broker_error(error_r, ret, "hand-over to the worker of %s: %s",
			    worker->principal, strerror(-ret));
}

static struct pool_worker *worker_of_pid(struct pool *pool, pid_t pid)
{
	unsigned int i;

	for (i = 0; i < pool->settings.max_workers; i++) {
		if (pool->slots[i].state != POOL_FREE &&
		    pool->slots[i].pid == pid)
			return &pool->slots[i];
	}
	return NULL;
}

/* Logs how w ended and frees its slot. */
static void worker_reaped(struct pool_worker *w, int status)
{
	if (WIFSIGNALED(status) && WTERMSIG(status) == SIGTERM &&
	    w->state == POOL_STOPPING) {
		broker_log(BROKER_LOG_INFO, "worker stopped user=%s pid=%ld",
			   w->principal, (long)w->pid);
	} else if (WIFSIGNALED(status)) {
		broker_log(BROKER_LOG_WARNING,
			   "worker crashed user=%s pid=%ld signal=%d",
			   w->principal, (long)w->pid, WTERMSIG(status));
	} else if (WEXITSTATUS(status) != 0) {
		broker_log(BROKER_LOG_WARNING,
			   "worker crashed user=%s pid=%ld status=%d",
			   w->principal, (long)w->pid, WEXITSTATUS(status));
	} else {
		broker_log(BROKER_LOG_INFO, "worker exited user=%s pid=%ld",
			   w->principal, (long)w->pid);
	}
	if (w->channel_fd >= 0)
		close(w->channel_fd);
	memset(w, 0, sizeof(*w));
	w->state = POOL_FREE;
	w->channel_fd = -1;
}

void pool_reap(struct pool *pool)
{
	struct pool_worker *w;
	int status;
	pid_t pid;

	for (;;) {
		pid = waitpid(-1, &status, WNOHANG);
		if (pid < 0 && errno == EINTR)
			continue;
		if (pid <= 0)
			return;
		w = worker_of_pid(pool, pid);
		if (w != NULL)
			worker_reaped(w, status);
	}
}

void pool_expire(struct pool *pool, time_t now)
{
	unsigned int i;

	if (pool->settings.idle_timeout == 0)
		return;
	for (i = 0; i < pool->settings.max_workers; i++) {
		struct pool_worker *w = &pool->slots[i];

		if (w->state == POOL_RUNNING &&
		    now - w->last_used >= (time_t)pool->settings.idle_timeout)
			worker_stop(w, "idle");
	}
}

void pool_shutdown(struct pool *pool, unsigned int grace_ms)
{
	unsigned int i, waited = 0;

	for (i = 0; i < pool->settings.max_workers; i++) {
		struct pool_worker *w = &pool->slots[i];

		if (w->state == POOL_FREE)
			continue;
		worker_stop(w, "shutdown");
		kill(w->pid, SIGTERM);
	}
	for (;;) {
		pool_reap(pool);
		if (pool_alive(pool) == 0 || waited >= grace_ms)
			break;
		usleep(10 * 1000);
		waited += 10;
	}
	for (i = 0; i < pool->settings.max_workers; i++) {
		struct pool_worker *w = &pool->slots[i];
		int status = 0;

		if (w->state == POOL_FREE)
			continue;
		kill(w->pid, SIGKILL);
		while (waitpid(w->pid, &status, 0) < 0 && errno == EINTR)
			;
		worker_reaped(w, status);
	}
}
