/*
 * pool.h - mapix-broker's workers: at most one taking new connections per
 * principal, reused for that principal's next logons as long as the
 * principal is exactly the one it was started for.
 *
 * A worker is keyed by its full identity (struct worker_id): the
 * principal's name, its mailbox GUID (random when the principal was
 * created, so a principal deleted and added again under the same name is
 * another principal), the generation the directory stamps on every change
 * of the principal, and the uid, gid and groups it runs as.  A logon is
 * handed only to a worker whose identity equals what the directory says
 * now; any other worker of the same name is stale and is terminated.
 *
 * States.  RUNNING: the broker may hand it connections (its channel is
 * open).  STOPPING: the broker closed its channel (idle too long, broker
 * shutting down): it finishes the connections it holds and exits; it may
 * do so for at most drain_timeout seconds, then it is terminated.
 * Terminated workers (revoked, stale, stuck, drained too long) get SIGTERM
 * and, if still there after POOL_KILL_GRACE_MS, SIGKILL.  Every process
 * counts against max_workers and max_per_user until it is reaped, but none
 * lives unboundedly: revocation, the drain timeout and the kill escalation
 * all end it.
 *
 * A worker is never replaced because it is slow: a hand-over that finds
 * its channel full fails with -EBUSY (the front end is told to retry), and
 * only a worker whose channel stayed full for POOL_STUCK_SECONDS is
 * considered hung and terminated.  So one principal holds at most
 * max_per_user processes whatever it does.
 *
 * Each worker's standard output and error are a pipe to the broker
 * (log_fd), never the broker's own log: pool_log_read() turns what it
 * wrote into the broker's log lines, prefixed with the worker's principal
 * and pid, control characters replaced, rate-limited.
 *
 * Every start, stop, termination and exit is logged (broker_log).
 */
#ifndef MAPIX_BROKER_POOL_H
#define MAPIX_BROKER_POOL_H

#include <stdbool.h>
#include <stdint.h>
#include <sys/types.h>
#include <time.h>

#include "directory.h"
#include "launch.h"

/* After SIGTERM, how long a terminated worker has before SIGKILL. */
#define POOL_KILL_GRACE_MS 500
/* A channel full for this long means the worker is hung. */
#define POOL_STUCK_SECONDS 30
/* Longest log line taken from a worker; the rest of the line is cut. */
#define POOL_LOG_LINE_MAX 400
/* Log lines a worker may write in a burst, and per second after it. */
#define POOL_LOG_BURST 100
#define POOL_LOG_RATE  10

/* Who a worker runs for and as. */
struct worker_id {
	/* The principal's name in lower case (names are case-insensitive). */
	char name_key[DIR_NAME_MAX + 1];
	unsigned char guid[DIR_GUID_SIZE];
	uint64_t generation;
	uid_t uid;
	gid_t gid;
	/* Sorted, without duplicates. */
	gid_t *groups;
	unsigned int groups_count;
};

struct pool_settings {
	/* Most worker processes alive at once, all principals together. */
	unsigned int max_workers;
	/* Most worker processes of one principal (RUNNING and STOPPING). */
	unsigned int max_per_user;
	/* Seconds without a new connection before a worker is stopped;
	 * 0: never. */
	unsigned int idle_timeout;
	/* Seconds a STOPPING worker may keep serving; 0: no limit. */
	unsigned int drain_timeout;
};

enum pool_state {
	POOL_FREE,
	POOL_RUNNING,
	POOL_STOPPING,
};

struct pool_worker {
	enum pool_state state;
	struct worker_id id;
	/* The principal's spelling, for log lines. */
	char principal[DIR_NAME_MAX + 1];
	pid_t pid;
	/* The broker's end of the channel; -1 unless RUNNING. */
	int channel_fd;
	/* The read end of the worker's stdout/stderr pipe; -1 at its end. */
	int log_fd;
	/* Monotonic milliseconds: start, last hand-over, state changes. */
	int64_t started_ms, last_used_ms, stopping_ms, busy_ms;
	/* SIGTERM sent at terminated_ms (0: not terminated); SIGKILL sent. */
	int64_t terminated_ms;
	bool killed;
	unsigned long handovers;
	/* The log pipe: a partial line, and the rate limit's state. */
	char log_buf[POOL_LOG_LINE_MAX + 1];
	size_t log_len;
	bool log_cut;
	double log_tokens;
	int64_t log_refill_ms;
	unsigned long log_dropped;
};

struct pool;

/* A new, empty pool; -EINVAL (a limit of 0) or -ENOMEM. */
int pool_new(const struct pool_settings *settings, struct pool **pool_r);
/*
 * Stops every worker (pool_shutdown with no grace) and frees the pool;
 * NULL and *pool NULL are no-ops.
 */
void pool_free(struct pool **pool);
/*
 * New limits and timeouts (configuration reload).  Workers keep running;
 * max_workers may not change (the pool's size).  -EINVAL otherwise.
 */
int pool_update(struct pool *pool, const struct pool_settings *settings);

/*
 * Builds a worker identity from a principal and the OS identity it runs
 * as; groups are copied, sorted and made unique.  0 or -ENOMEM (id is
 * then empty).  Free with worker_id_clear().
 */
int worker_id_set(struct worker_id *id, const struct dir_principal *p,
		  uid_t uid, gid_t gid, const gid_t *groups,
		  unsigned int groups_count);
void worker_id_clear(struct worker_id *id);
bool worker_id_equal(const struct worker_id *a, const struct worker_id *b);

/* The RUNNING worker whose identity equals id, or NULL. */
struct pool_worker *pool_find(struct pool *pool, const struct worker_id *id);

/*
 * Terminates every worker of id's principal name whose identity differs
 * from id (the principal changed or is another one now).  Returns how
 * many it terminated.
 */
unsigned int pool_terminate_stale(struct pool *pool, const struct worker_id *id,
				  const char *why);

/* Terminates one worker (SIGTERM now, SIGKILL after the grace). */
void pool_terminate(struct pool *pool, struct pool_worker *worker,
		    const char *why);

/*
 * Starts a worker for s->principal running as id (s->channel_fd and
 * s->log_fd are set here; s's ids must be id's).  When the principal
 * already has max_per_user processes, its oldest STOPPING one is
 * terminated first (its connections end).  On success *worker_r is
 * RUNNING.  -EAGAIN when max_workers processes are alive or the principal
 * has max_per_user processes none of which may go; or the error of
 * launch_worker().
 */
int pool_start(struct pool *pool, const struct worker_id *id,
	       struct launch_settings *s, struct pool_worker **worker_r,
	       const char **error_r);

/*
 * Hands conn_fd to worker (the caller still closes its copy).  0; -EBUSY
 * when its channel is full (the worker is slow: it is not replaced);
 * -EPIPE when the worker is gone (it is then STOPPING); or another errno.
 */
int pool_handover(struct pool *pool, struct pool_worker *worker, int conn_fd,
		  const char **error_r);

/* Reaps every exited child without blocking; logs each. */
void pool_reap(struct pool *pool);

/*
 * The pool's clock work at now_ms: stops idle RUNNING workers, terminates
 * those drained too long or hung, SIGKILLs those terminated
 * POOL_KILL_GRACE_MS ago.  Returns the milliseconds until it next has
 * work (for the poll timeout), at most max_ms.
 */
int pool_tick(struct pool *pool, int64_t now_ms, int max_ms);

/* Workers alive (RUNNING and STOPPING), all or of one principal. */
unsigned int pool_alive(const struct pool *pool);
unsigned int pool_alive_of(const struct pool *pool, const char *name_key);

/*
 * Every slot, for the broker's loop (poll the log_fd of busy slots, walk
 * the live workers when the directory changed).  *count_r is max_workers.
 */
struct pool_worker *pool_slots(struct pool *pool, unsigned int *count_r);

/*
 * Reads what the worker wrote to its log pipe and logs each complete line
 * as "worker user=NAME pid=PID: TEXT" (control characters replaced by
 * '?', long lines cut, at most POOL_LOG_BURST lines at once and
 * POOL_LOG_RATE a second; a note says how many were dropped).  Closes the
 * pipe at its end.
 */
void pool_log_read(struct pool *pool, struct pool_worker *worker);

/*
 * Closes every channel, sends SIGTERM to every worker, waits up to
 * grace_ms for them to exit, then SIGKILLs and reaps the rest.
 */
void pool_shutdown(struct pool *pool, unsigned int grace_ms);

#endif
