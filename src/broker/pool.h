/*
 * pool.h - mapix-broker's workers: one per principal by default, reused
 * for that principal's next logons.
 *
 * A worker is RUNNING while the broker may hand it connections (its
 * channel is open), then STOPPING once the broker closed its channel (idle
 * too long, gone bad, broker shutting down): it finishes the connections
 * it holds and exits, and another worker may already run for the same
 * principal.  Every worker process, RUNNING or STOPPING, counts towards
 * max_workers until it is reaped.  pool_reap() collects exited workers
 * (call it when SIGCHLD arrives); a worker that died of a signal or with
 * a failure status is logged as crashed, and the principal's next logon
 * starts a new one.  Nothing a worker does affects another worker or the
 * broker: each is its own process, uid and channel.
 *
 * Every start, stop and exit is logged (broker_log).
 */
#ifndef MAPIX_BROKER_POOL_H
#define MAPIX_BROKER_POOL_H

#include <stdbool.h>
#include <sys/types.h>
#include <time.h>

#include "directory.h"
#include "launch.h"

struct pool_settings {
	/* Most worker processes alive at once (RUNNING and STOPPING). */
	unsigned int max_workers;
	/* Seconds without a new connection before a worker is stopped;
	 * 0: never. */
	unsigned int idle_timeout;
};

enum pool_state {
	POOL_FREE,
	POOL_RUNNING,
	POOL_STOPPING,
};

struct pool_worker {
	enum pool_state state;
	char principal[DIR_NAME_MAX + 1];
	pid_t pid;
	/* The broker's end of the channel; -1 unless RUNNING. */
	int channel_fd;
	uid_t uid;
	gid_t gid;
	/* Monotonic seconds of the last hand-over (or of the start). */
	time_t last_used;
	unsigned long handovers;
};

struct pool;

/* A new, empty pool; -EINVAL (max_workers 0) or -ENOMEM. */
int pool_new(const struct pool_settings *settings, struct pool **pool_r);
/*
 * Stops every worker (pool_shutdown with no grace) and frees the pool;
 * NULL and *pool NULL are no-ops.
 */
void pool_free(struct pool **pool);

/* The RUNNING worker of principal (any case), or NULL. */
struct pool_worker *pool_find(struct pool *pool, const char *principal);

/*
 * Starts a worker for s->principal (s->channel_fd is set here).  On
 * success *worker_r is RUNNING.  -EAGAIN when max_workers processes are
 * alive, or the error of launch_worker().
 */
int pool_start(struct pool *pool, struct launch_settings *s,
	       struct pool_worker **worker_r, const char **error_r);

/*
 * Hands conn_fd to worker (the caller still closes its copy).  0; -EPIPE
 * when the worker is gone or stuck (it is then STOPPING, and the caller
 * may start another); or another errno.
 */
int pool_handover(struct pool *pool, struct pool_worker *worker, int conn_fd,
		  const char **error_r);

/* Reaps every exited child without blocking; logs each. */
void pool_reap(struct pool *pool);

/* Stops the RUNNING workers idle for idle_timeout seconds at now. */
void pool_expire(struct pool *pool, time_t now);

/* Worker processes alive (RUNNING and STOPPING). */
unsigned int pool_alive(const struct pool *pool);

/*
 * Closes every channel, sends SIGTERM to every worker, waits up to
 * grace_ms for them to exit, then SIGKILLs and reaps the rest.
 */
void pool_shutdown(struct pool *pool, unsigned int grace_ms);

/* Seconds of CLOCK_MONOTONIC. */
time_t pool_now(void);

#endif
