/*
 * auth.h - password checks off the broker's loop: a few threads verify
 * logons (directory_authenticate, an argon2id hash or PAM each), fairly
 * across the front ends that ask and with back-off after failures.
 *
 * Why: a password check costs about 50 ms of CPU on purpose.  Checked in
 * the broker's one loop, a burst of wrong passwords from one local process
 * made every other logon wait behind it.  Here the loop only queues a
 * check and goes on; a small pool of threads takes the checks in this
 * order:
 *
 *   - round robin over the peer uids that asked (SO_PEERCRED), so one uid
 *     flooding the broker delays other uids by at most one check per
 *     thread;
 *   - first come, first served within one uid;
 *   - not before the back-off of the job's name and uid has passed.
 *
 * Limits, each answered at once with -EBUSY (the broker tells the front
 * end to retry later, and nothing about the name): AUTH_QUEUED_MAX jobs in
 * all, max_per_uid from one uid, AUTH_PER_NAME_MAX for one name.
 *
 * Back-off: after AUTH_NAME_FREE_FAILURES failed checks of one name in a
 * row (lower case: names are case-insensitive), each further check of that
 * name waits AUTH_DELAY_BASE_MS doubled per failure, at most
 * AUTH_DELAY_MAX_MS; a success resets it.  The same for a peer uid after
 * AUTH_UID_FREE_FAILURES (higher: a web front end carries many users).
 * The back-off is by the name as written, whether or not a principal has
 * it, so it tells nothing about who exists; a refused check still costs
 * the same work, so wrong password, unknown user and disabled user keep
 * answering alike in the same time.
 *
 * Threads: auth_new() starts them with the caller's signal mask (the
 * broker blocks its signals before, so they arrive through its signalfd
 * only); auth_free() stops and joins them.  The broker runs one thread
 * fewer than there are CPUs (at least one, at most four, unless
 * configured), so that a flood of hashing leaves a CPU to its loop and
 * its workers.  The loop learns of finished
 * checks through auth_fd() (an eventfd, readable when results wait).
 */
#ifndef MAPIX_BROKER_AUTH_H
#define MAPIX_BROKER_AUTH_H

#include <stdbool.h>
#include <stdint.h>
#include <sys/types.h>

#include "directory.h"
#include "request.h"

#define AUTH_THREADS_MAX        16
#define AUTH_QUEUED_MAX         512
#define AUTH_PER_NAME_MAX       4
#define AUTH_NAME_FREE_FAILURES 3
#define AUTH_UID_FREE_FAILURES  32
#define AUTH_DELAY_BASE_MS      250
#define AUTH_DELAY_MAX_MS       8000
/* Names and uids whose failures are remembered (the oldest go first). */
#define AUTH_RECORDS_MAX 4096

struct auth_settings {
	/* Threads that check passwords: 1..AUTH_THREADS_MAX. */
	unsigned int threads;
	/* Checks one peer uid may have queued or running. */
	unsigned int max_per_uid;
};

/* A finished check. */
struct auth_result {
	/* The caller's tag given to auth_submit(). */
	void *tag;
	/* directory_authenticate()'s result: 0, -EACCES, -EPERM, ... */
	int ret;
	/* On success the principal, for the caller to free. */
	struct dir_principal *principal;
	/* Milliseconds the check waited in the queue (back-off included). */
	int64_t waited_ms;
};

struct auth;

/*
 * Starts the threads over dir (which must outlive the auth and be safe to
 * share between threads, as directory.h promises).  0, -EINVAL (bad
 * settings), -ENOMEM or the errno of creating a thread.
 */
int auth_new(struct directory *dir, const struct auth_settings *settings,
	     struct auth **auth_r, const char **error_r);
/*
 * Stops and joins the threads; checks not taken are dropped (their tags
 * are never returned).  NULL and *auth NULL are no-ops.
 */
void auth_free(struct auth **auth);

/* New limits (configuration reload); the thread count stays. */
void auth_update(struct auth *auth, const struct auth_settings *settings);

/* Readable (POLLIN) when auth_take() has results. */
int auth_fd(const struct auth *auth);

/*
 * Queues the check of req (a logon: name and password) for a front end of
 * peer_uid; tag comes back with its result.  req's password is moved into
 * the job and wiped from req.  0, or -EBUSY when a limit is reached (the
 * request is wiped too), or -ENOMEM.
 */
int auth_submit(struct auth *auth, uid_t peer_uid, struct request *req,
		void *tag);

/* One finished check: 1 with *result_r, 0 when there is none. */
int auth_take(struct auth *auth, struct auth_result *result_r);

/*
 * Test hook: while paused, the threads take no new check (queued ones
 * wait), so a test can queue several and see in which order they run.
 */
void auth_pause(struct auth *auth, bool paused);

/* Checks queued or running now (tests, logs). */
unsigned int auth_pending(struct auth *auth);

#endif
