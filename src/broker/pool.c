/*
 * pool.c - the broker's worker processes (pool.h).  A fixed array of
 * max_workers slots: lookups are a scan, which for the tens of workers a
 * broker runs costs less than keeping an index.
 */
#include "pool.h"

#include <errno.h>
#include <fcntl.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/socket.h>
#include <sys/wait.h>
#include <unistd.h>

#include "broker_sys.h"
#include "broker_util.h"
#include "errmsg.h"
#include "handover.h"
#include "lib.h"
#include "timeutil.h"

struct pool {
	struct pool_settings settings;
	struct pool_worker *slots;
};

/* ---------------------------------------------------------------------
 * Identities
 */

static int gid_cmp(const void *a, const void *b)
{
	gid_t x = *(const gid_t *)a, y = *(const gid_t *)b;

	return x < y ? -1 : x > y;
}

int worker_id_set(struct worker_id *id, const struct dir_principal *p,
		  uid_t uid, gid_t gid, const gid_t *groups,
		  unsigned int groups_count)
{
	unsigned int i, n = 0;

	memset(id, 0, sizeof(*id));
	i_assert(strlen(p->name) < sizeof(id->name_key));
	for (i = 0; p->name[i] != '\0'; i++)
		id->name_key[i] =
		    (char)((p->name[i] >= 'A' && p->name[i] <= 'Z')
			       ? p->name[i] - 'A' + 'a'
			       : p->name[i]);
	memcpy(id->guid, p->mailbox_guid, sizeof(id->guid));
	id->generation = p->generation;
	id->uid = uid;
	id->gid = gid;
	if (groups_count > 0) {
		id->groups = malloc(groups_count * sizeof(gid_t));
		if (id->groups == NULL) {
			memset(id, 0, sizeof(*id));
			return -ENOMEM;
		}
		memcpy(id->groups, groups, groups_count * sizeof(gid_t));
		qsort(id->groups, groups_count, sizeof(gid_t), gid_cmp);
		for (i = 0; i < groups_count; i++) {
			if (n == 0 || id->groups[i] != id->groups[n - 1])
				id->groups[n++] = id->groups[i];
		}
	}
	id->groups_count = n;
	return 0;
}

void worker_id_clear(struct worker_id *id)
{
	free(id->groups);
	memset(id, 0, sizeof(*id));
}

bool worker_id_equal(const struct worker_id *a, const struct worker_id *b)
{
	return strcmp(a->name_key, b->name_key) == 0 &&
	       memcmp(a->guid, b->guid, sizeof(a->guid)) == 0 &&
	       a->generation == b->generation && a->uid == b->uid &&
	       a->gid == b->gid && a->groups_count == b->groups_count &&
	       (a->groups_count == 0 ||
		memcmp(a->groups, b->groups, a->groups_count * sizeof(gid_t)) ==
		    0);
}

static int worker_id_copy(struct worker_id *dst, const struct worker_id *src)
{
	*dst = *src;
	dst->groups = NULL;
	if (src->groups_count > 0) {
		dst->groups = malloc(src->groups_count * sizeof(gid_t));
		if (dst->groups == NULL) {
			memset(dst, 0, sizeof(*dst));
			return -ENOMEM;
		}
		memcpy(dst->groups, src->groups,
		       src->groups_count * sizeof(gid_t));
	}
	return 0;
}

/* ---------------------------------------------------------------------
 * The pool
 */

static void slot_clear(struct pool_worker *w)
{
	worker_id_clear(&w->id);
	memset(w, 0, sizeof(*w));
	w->state = POOL_FREE;
	w->channel_fd = -1;
	w->log_fd = -1;
}

static bool settings_valid(const struct pool_settings *s)
{
	return s->max_workers > 0 && s->max_per_user > 0;
}

int pool_new(const struct pool_settings *settings, struct pool **pool_r)
{
	struct pool *pool;
	unsigned int i;

	*pool_r = NULL;
	if (!settings_valid(settings))
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
		slot_clear(&pool->slots[i]);
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

int pool_update(struct pool *pool, const struct pool_settings *settings)
{
	if (!settings_valid(settings) ||
	    settings->max_workers != pool->settings.max_workers)
		return -EINVAL;
	pool->settings = *settings;
	return 0;
}

struct pool_worker *pool_slots(struct pool *pool, unsigned int *count_r)
{
	*count_r = pool->settings.max_workers;
	return pool->slots;
}

struct pool_worker *pool_find(struct pool *pool, const struct worker_id *id)
{
	unsigned int i;

	for (i = 0; i < pool->settings.max_workers; i++) {
		struct pool_worker *w = &pool->slots[i];

		if (w->state == POOL_RUNNING && w->terminated_ms == 0 &&
		    worker_id_equal(&w->id, id))
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

unsigned int pool_alive_of(const struct pool *pool, const char *name_key)
{
	unsigned int i, n = 0;

	for (i = 0; i < pool->settings.max_workers; i++) {
		const struct pool_worker *w = &pool->slots[i];

		if (w->state != POOL_FREE &&
		    strcmp(w->id.name_key, name_key) == 0)
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
	w->stopping_ms = time_mono_ms();
	broker_log(BROKER_LOG_INFO, "worker stopping user=%s pid=%ld (%s)",
		   w->principal, (long)w->pid, why);
}

/* Ends w now: no more connections, SIGTERM, SIGKILL after the grace. */
static void worker_terminate(struct pool_worker *w, const char *why)
{
	if (w->state == POOL_FREE || w->terminated_ms != 0)
		return;
	worker_stop(w, why);
	w->terminated_ms = time_mono_ms();
	kill(w->pid, SIGTERM);
	broker_log(BROKER_LOG_INFO, "worker terminated user=%s pid=%ld (%s)",
		   w->principal, (long)w->pid, why);
}

void pool_terminate(struct pool *pool, struct pool_worker *worker,
		    const char *why)
{
	(void)pool;
	worker_terminate(worker, why);
}

unsigned int pool_terminate_stale(struct pool *pool, const struct worker_id *id,
				  const char *why)
{
	unsigned int i, n = 0;

	for (i = 0; i < pool->settings.max_workers; i++) {
		struct pool_worker *w = &pool->slots[i];

		if (w->state != POOL_FREE && w->terminated_ms == 0 &&
		    strcmp(w->id.name_key, id->name_key) == 0 &&
		    !worker_id_equal(&w->id, id)) {
			worker_terminate(w, why);
			n++;
		}
	}
	return n;
}

/*
 * Makes room for one more process of id's principal: when it has
 * max_per_user, terminates its oldest STOPPING worker that is not
 * terminated yet.  A terminated one still counts until it is reaped, so
 * the caller may have to refuse now; the kill escalation frees the slot
 * within POOL_KILL_GRACE_MS.
 */
static void make_room_for(struct pool *pool, const struct worker_id *id)
{
	struct pool_worker *oldest = NULL;
	unsigned int i;

	if (pool_alive_of(pool, id->name_key) < pool->settings.max_per_user)
		return;
	for (i = 0; i < pool->settings.max_workers; i++) {
		struct pool_worker *w = &pool->slots[i];

		if (w->state == POOL_STOPPING && w->terminated_ms == 0 &&
		    strcmp(w->id.name_key, id->name_key) == 0 &&
		    (oldest == NULL || w->stopping_ms < oldest->stopping_ms))
			oldest = w;
	}
	if (oldest != NULL)
		worker_terminate(oldest, "too many workers for one user");
}

/* A pipe for the worker's stdout/stderr: the read end non-blocking. */
static int log_pipe(int fds[2], const char **error_r)
{
	int flags;

	if (broker_sys()->pipe2(fds, O_CLOEXEC) < 0)
		return errmsg_set(error_r, -errno, "pipe: %s", strerror(errno));
	flags = fcntl(fds[0], F_GETFL);
	if (flags < 0 || fcntl(fds[0], F_SETFL, flags | O_NONBLOCK) < 0) {
		int err = errno;

		close(fds[0]);
		close(fds[1]);
		return errmsg_set(error_r, -err, "pipe: %s", strerror(err));
	}
	return 0;
}

int pool_start(struct pool *pool, const struct worker_id *id,
	       struct launch_settings *s, struct pool_worker **worker_r,
	       const char **error_r)
{
	struct pool_worker *w = NULL;
	unsigned int i;
	int sv[2], logfd[2], ret;
	pid_t pid;

	*worker_r = NULL;
	i_assert(s->uid == id->uid && s->gid == id->gid);
	make_room_for(pool, id);
	if (pool_alive_of(pool, id->name_key) >= pool->settings.max_per_user)
		return errmsg_set(error_r, -EAGAIN, "%s has %u workers already",
				  s->principal, pool->settings.max_per_user);
	for (i = 0; i < pool->settings.max_workers && w == NULL; i++) {
		if (pool->slots[i].state == POOL_FREE)
			w = &pool->slots[i];
	}
	if (w == NULL)
		return errmsg_set(error_r, -EAGAIN,
				  "too many workers (%u) to start one for %s",
				  pool->settings.max_workers, s->principal);
	if (strlen(s->principal) >= sizeof(w->principal))
		return errmsg_set(error_r, -EINVAL, "name too long");
	if (socketpair(AF_UNIX, SOCK_SEQPACKET | SOCK_CLOEXEC, 0, sv) < 0) {
		ret = -errno;
		return errmsg_set(error_r, ret, "socketpair: %s",
				  strerror(-ret));
	}
	ret = log_pipe(logfd, error_r);
	if (ret < 0) {
		close(sv[0]);
		close(sv[1]);
		return ret;
	}
	s->channel_fd = sv[1];
	s->log_fd = logfd[1];
	ret = launch_worker(s, &pid, error_r);
	close(sv[1]);
	close(logfd[1]);
	s->channel_fd = -1;
	s->log_fd = -1;
	if (ret < 0) {
		close(sv[0]);
		close(logfd[0]);
		return ret;
	}
	slot_clear(w);
	if (worker_id_copy(&w->id, id) < 0) {
		/* Cannot track it: it must not run untracked. */
		kill(pid, SIGKILL);
		while (broker_sys()->waitpid(pid, NULL, 0) < 0 &&
		       errno == EINTR)
			;
		close(sv[0]);
		close(logfd[0]);
		return errmsg_set(error_r, -ENOMEM, "out of memory");
	}
	w->state = POOL_RUNNING;
	memcpy(w->principal, s->principal, strlen(s->principal) + 1);
	w->pid = pid;
	w->channel_fd = sv[0];
	w->log_fd = logfd[0];
	w->started_ms = w->last_used_ms = time_mono_ms();
	w->log_tokens = POOL_LOG_BURST;
	w->log_refill_ms = w->started_ms;
	broker_log(BROKER_LOG_INFO,
		   "worker started user=%s pid=%ld uid=%u gid=%u groups=%u "
		   "generation=%llu",
		   w->principal, (long)pid, (unsigned int)id->uid,
		   (unsigned int)id->gid, id->groups_count,
		   (unsigned long long)id->generation);
	*worker_r = w;
	return 0;
}

int pool_handover(struct pool *pool, struct pool_worker *worker, int conn_fd,
		  const char **error_r)
{
	int ret;

	(void)pool;
	if (worker->state != POOL_RUNNING || worker->terminated_ms != 0)
		return errmsg_set(error_r, -EPIPE, "worker is stopping");
	ret = handover_send(worker->channel_fd, conn_fd);
	if (ret == 0) {
		worker->last_used_ms = time_mono_ms();
		worker->busy_ms = 0;
		worker->handovers++;
		return 0;
	}
	if (ret == -EAGAIN) {
		/* Slow, not replaced: pool_tick ends it if it stays so. */
		if (worker->busy_ms == 0)
			worker->busy_ms = time_mono_ms();
		return errmsg_set(error_r, -EBUSY,
				  "the worker of %s is not taking connections",
				  worker->principal);
	}
	if (ret == -EPIPE || ret == -ECONNRESET) {
		worker_stop(worker, "channel closed");
		return errmsg_set(error_r, -EPIPE, "worker of %s is gone",
				  worker->principal);
	}
	return errmsg_set(error_r, ret, "hand-over to the worker of %s: %s",
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

/* Logs how w ended, takes its last log lines and frees its slot. */
static void worker_reaped(struct pool *pool, struct pool_worker *w, int status)
{
	bool asked = w->terminated_ms != 0 || w->state == POOL_STOPPING;

	if (w->log_fd >= 0)
		pool_log_read(pool, w);
	if (WIFSIGNALED(status) && asked &&
	    (WTERMSIG(status) == SIGTERM || WTERMSIG(status) == SIGKILL)) {
		broker_log(BROKER_LOG_INFO,
			   "worker stopped user=%s pid=%ld signal=%d",
			   w->principal, (long)w->pid, WTERMSIG(status));
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
	if (w->log_fd >= 0)
		close(w->log_fd);
	slot_clear(w);
}

void pool_reap(struct pool *pool)
{
	struct pool_worker *w;
	int status;
	pid_t pid;

	for (;;) {
		pid = broker_sys()->waitpid(-1, &status, WNOHANG);
		if (pid < 0 && errno == EINTR)
			continue;
		if (pid <= 0)
			return;
		w = worker_of_pid(pool, pid);
		if (w != NULL)
			worker_reaped(pool, w, status);
	}
}

/* Milliseconds from now to at, at least 0. */
static int64_t until(int64_t now, int64_t at)
{
	return at > now ? at - now : 0;
}

int pool_tick(struct pool *pool, int64_t now, int max_ms)
{
	const struct pool_settings *st = &pool->settings;
	int64_t next = max_ms;
	unsigned int i;

	for (i = 0; i < st->max_workers; i++) {
		struct pool_worker *w = &pool->slots[i];
		int64_t at;

		if (w->state == POOL_FREE)
			continue;
		if (w->terminated_ms != 0) {
			at = w->terminated_ms + POOL_KILL_GRACE_MS;
			if (!w->killed && now >= at) {
				kill(w->pid, SIGKILL);
				w->killed = true;
				broker_log(BROKER_LOG_WARNING,
					   "worker killed user=%s pid=%ld "
					   "(no exit %d ms after SIGTERM)",
					   w->principal, (long)w->pid,
					   POOL_KILL_GRACE_MS);
			} else if (!w->killed) {
				next = next < until(now, at) ? next
							     : until(now, at);
			}
			continue;
		}
		if (w->state == POOL_RUNNING && w->busy_ms != 0) {
			at = w->busy_ms + POOL_STUCK_SECONDS * 1000;
			if (now >= at) {
				worker_terminate(w, "hung: not taking "
						    "connections");
				continue;
			}
		}
		if (w->state == POOL_RUNNING && st->idle_timeout != 0) {
			at = w->last_used_ms + (int64_t)st->idle_timeout * 1000;
			if (now >= at)
				worker_stop(w, "idle");
			else
				next = next < until(now, at) ? next
							     : until(now, at);
		}
		if (w->state == POOL_STOPPING && st->drain_timeout != 0) {
			at = w->stopping_ms + (int64_t)st->drain_timeout * 1000;
			if (now >= at)
				worker_terminate(w, "drain timeout");
			else
				next = next < until(now, at) ? next
							     : until(now, at);
		}
	}
	return (int)next;
}

/* ---------------------------------------------------------------------
 * Workers' log lines
 */

/* Takes one token of w's rate limit; false when none is left. */
static bool log_token(struct pool_worker *w, int64_t now)
{
	w->log_tokens +=
	    (double)(now - w->log_refill_ms) * POOL_LOG_RATE / 1000.0;
	w->log_refill_ms = now;
	if (w->log_tokens > POOL_LOG_BURST)
		w->log_tokens = POOL_LOG_BURST;
	if (w->log_tokens < 1.0)
		return false;
	w->log_tokens -= 1.0;
	return true;
}

/* Says how many of w's lines the rate limit dropped since it last did. */
static void log_dropped_note(struct pool_worker *w)
{
	if (w->log_dropped == 0)
		return;
	broker_log(BROKER_LOG_WARNING,
		   "worker user=%s pid=%ld: %lu log lines dropped (rate limit)",
		   w->principal, (long)w->pid, w->log_dropped);
	w->log_dropped = 0;
}

/* Logs w's buffered line (complete or cut) and empties the buffer. */
static void log_line(struct pool_worker *w, int64_t now)
{
	w->log_buf[w->log_len] = '\0';
	if (!log_token(w, now)) {
		w->log_dropped++;
	} else {
		log_dropped_note(w);
		broker_log(BROKER_LOG_INFO, "worker user=%s pid=%ld: %s%s",
			   w->principal, (long)w->pid, w->log_buf,
			   w->log_cut ? " [cut]" : "");
	}
	w->log_len = 0;
}

void pool_log_read(struct pool *pool, struct pool_worker *w)
{
	char buf[4096];
	int64_t now = time_mono_ms();
	ssize_t n, i;

	(void)pool;
	for (;;) {
		n = read(w->log_fd, buf, sizeof(buf));
		if (n < 0 && errno == EINTR)
			continue;
		if (n < 0 && errno == EAGAIN)
			return;
		if (n <= 0)
			break;
		for (i = 0; i < n; i++) {
			unsigned char ch = (unsigned char)buf[i];

			if (ch == '\n') {
				if (!w->log_cut || w->log_len > 0)
					log_line(w, now);
				w->log_cut = false;
				continue;
			}
			if (w->log_cut)
				continue;
			if (w->log_len == POOL_LOG_LINE_MAX) {
				w->log_cut = true;
				log_line(w, now);
				continue;
			}
			/* Nothing a worker writes may look like more lines or
			 * steer a terminal. */
			w->log_buf[w->log_len++] =
			    (ch < 0x20 && ch != '\t') || ch == 0x7f ? '?'
								    : (char)ch;
		}
	}
	if (w->log_len > 0)
		log_line(w, now);
	log_dropped_note(w);
	close(w->log_fd);
	w->log_fd = -1;
}

void pool_shutdown(struct pool *pool, unsigned int grace_ms)
{
	unsigned int i, waited = 0;

	for (i = 0; i < pool->settings.max_workers; i++) {
		struct pool_worker *w = &pool->slots[i];

		if (w->state == POOL_FREE)
			continue;
		worker_stop(w, "shutdown");
		if (w->terminated_ms == 0) {
			w->terminated_ms = time_mono_ms();
			kill(w->pid, SIGTERM);
		}
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
		while (broker_sys()->waitpid(w->pid, &status, 0) < 0 &&
		       errno == EINTR)
			;
		worker_reaped(pool, w, status);
	}
}
