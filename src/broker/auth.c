/*
 * auth.c - the broker's password-checking threads (auth.h).
 *
 * One mutex guards everything: the lanes (one per peer uid, in a ring),
 * their jobs, the finished list and the failure records.  Threads hold it
 * only to pick or to file a job, never while hashing.  Sizes are small
 * (at most AUTH_QUEUED_MAX jobs, AUTH_RECORDS_MAX records), so every
 * lookup is a scan.
 */
#include "auth.h"

#include <errno.h>
#include <pthread.h>
#include <signal.h>
#include <stdbool.h>
#include <stdlib.h>
#include <string.h>
#include <sys/eventfd.h>
#include <time.h>
#include <unistd.h>

#include "errmsg.h"
#include "lib.h"
#include "timeutil.h"

/* A failure record is forgotten after this long without a failure. */
#define RECORD_TTL_MS (15 * 60 * 1000)

struct job {
	struct job *next;
	struct lane *lane;
	void *tag;
	char key[DIR_NAME_MAX + 1];
	struct request req;
	int64_t queued_ms, not_before_ms;
	bool running;
	int ret;
	struct dir_principal *principal;
};

struct lane {
	struct lane *next;
	uid_t uid;
	/* Jobs of this uid, oldest first; count includes running ones. */
	struct job *head;
	unsigned int count;
};

struct record {
	/* A lower-case name, or "#<uid>"; "" for a free record. */
	char key[DIR_NAME_MAX + 2];
	unsigned int failures;
	int64_t last_ms;
};

struct auth {
	struct directory *dir;
	struct auth_settings settings;
	pthread_mutex_t lock;
	pthread_cond_t wake;
	bool stop, paused;
	pthread_t threads[AUTH_THREADS_MAX];
	unsigned int nthreads;
	int event_fd;
	/* The lanes, and the one served last (round robin starts after). */
	struct lane *lanes, *last;
	unsigned int total;
	/* Finished jobs, oldest first. */
	struct job *done_head, *done_tail;
	struct record records[AUTH_RECORDS_MAX];
};

static void name_key(const char *name, char *key)
{
	size_t i;

	for (i = 0; name[i] != '\0' && i < DIR_NAME_MAX; i++)
		key[i] = (char)(name[i] >= 'A' && name[i] <= 'Z'
				    ? name[i] - 'A' + 'a'
				    : name[i]);
	key[i] = '\0';
}

/* ---------------------------------------------------------------------
 * Failure records and back-off; the caller holds the lock
 */

static struct record *record_find(struct auth *a, const char *key, bool create,
				  int64_t now)
{
	struct record *free_rec = NULL, *oldest = NULL;
	unsigned int i;

	for (i = 0; i < AUTH_RECORDS_MAX; i++) {
		struct record *r = &a->records[i];

		if (r->key[0] != '\0' && now - r->last_ms > RECORD_TTL_MS)
			r->key[0] = '\0';
		if (r->key[0] == '\0') {
			if (free_rec == NULL)
				free_rec = r;
			continue;
		}
		if (strcmp(r->key, key) == 0)
			return r;
		if (oldest == NULL || r->last_ms < oldest->last_ms)
			oldest = r;
	}
	if (!create)
		return NULL;
	if (free_rec == NULL)
		free_rec = oldest;
	memset(free_rec, 0, sizeof(*free_rec));
	memcpy(free_rec->key, key, strlen(key) + 1);
	free_rec->last_ms = now;
	return free_rec;
}

static void uid_key(uid_t uid, char key[DIR_NAME_MAX + 2])
{
	char digits[16];
	int n = 0;

	do {
		digits[n++] = (char)('0' + uid % 10);
		uid /= 10;
	} while (uid != 0);
	key[0] = '#';
	for (int i = 0; i < n; i++)
		key[1 + i] = digits[n - 1 - i];
	key[1 + n] = '\0';
}

/* The back-off a key's record asks for now. */
static int64_t record_delay(struct auth *a, const char *key,
			    unsigned int free_failures, int64_t now)
{
	struct record *r = record_find(a, key, false, now);
	unsigned int over;
	int64_t delay;

	if (r == NULL || r->failures < free_failures)
		return 0;
	over = r->failures - free_failures;
	delay = over >= 16 ? AUTH_DELAY_MAX_MS
			   : (int64_t)AUTH_DELAY_BASE_MS << over;
	if (delay > AUTH_DELAY_MAX_MS)
		delay = AUTH_DELAY_MAX_MS;
	return delay;
}

static void record_result(struct auth *a, const char *key, bool failed,
			  int64_t now)
{
	struct record *r = record_find(a, key, failed, now);

	if (r == NULL)
		return;
	if (!failed) {
		r->key[0] = '\0';
		return;
	}
	r->failures++;
	r->last_ms = now;
}

/* ---------------------------------------------------------------------
 * Lanes and jobs; the caller holds the lock
 */

static struct lane *lane_get(struct auth *a, uid_t uid, bool create)
{
	struct lane *l;

	for (l = a->lanes; l != NULL; l = l->next) {
		if (l->uid == uid)
			return l;
	}
	if (!create)
		return NULL;
	l = calloc(1, sizeof(*l));
	if (l == NULL)
		return NULL;
	l->uid = uid;
	l->next = a->lanes;
	a->lanes = l;
	return l;
}

static void lane_drop_if_empty(struct auth *a, struct lane *l)
{
	struct lane **pp;

	if (l->count > 0)
		return;
	for (pp = &a->lanes; *pp != l; pp = &(*pp)->next)
		;
	*pp = l->next;
	if (a->last == l)
		a->last = NULL;
	free(l);
}

static unsigned int name_count(const struct auth *a, const char *key)
{
	const struct lane *l;
	const struct job *j;
	unsigned int n = 0;

	for (l = a->lanes; l != NULL; l = l->next) {
		for (j = l->head; j != NULL; j = j->next) {
			if (strcmp(j->key, key) == 0)
				n++;
		}
	}
	return n;
}

/*
 * The next job a thread should run: the first due one of the lane after
 * the last served, round robin.  NULL when none is due; then *wait_ms is
 * how long until the first delayed one is (-1: there is none).
 */
static struct job *job_pick(struct auth *a, int64_t now, int64_t *wait_ms)
{
	struct lane *start, *l;
	struct job *j;

	*wait_ms = -1;
	if (a->lanes == NULL)
		return NULL;
	start =
	    a->last != NULL && a->last->next != NULL ? a->last->next : a->lanes;
	l = start;
	do {
		for (j = l->head; j != NULL; j = j->next) {
			if (j->running)
				continue;
			if (j->not_before_ms <= now) {
				a->last = l;
				return j;
			}
			if (*wait_ms < 0 || j->not_before_ms - now < *wait_ms)
				*wait_ms = j->not_before_ms - now;
		}
		l = l->next != NULL ? l->next : a->lanes;
	} while (l != start);
	return NULL;
}

static void job_unlink(struct auth *a, struct job *job)
{
	struct lane *l = job->lane;
	struct job **pp;

	for (pp = &l->head; *pp != job; pp = &(*pp)->next)
		;
	*pp = job->next;
	job->next = NULL;
	l->count--;
	a->total--;
	lane_drop_if_empty(a, l);
	job->lane = NULL;
}

static void job_free(struct job *job)
{
	request_wipe(&job->req);
	dir_principal_free(&job->principal);
	free(job);
}

/* ---------------------------------------------------------------------
 * Threads
 */

static void *auth_thread(void *arg)
{
	struct auth *a = arg;
	uint64_t one = 1;
	int64_t wait_ms;
	struct job *job;

	pthread_mutex_lock(&a->lock);
	while (!a->stop) {
		job = a->paused ? NULL : job_pick(a, time_mono_ms(), &wait_ms);
		if (a->paused)
			wait_ms = -1;
		if (job == NULL) {
			if (wait_ms < 0) {
				pthread_cond_wait(&a->wake, &a->lock);
			} else {
				struct timespec ts;

				clock_gettime(CLOCK_MONOTONIC, &ts);
				ts.tv_sec += wait_ms / 1000;
				ts.tv_nsec += (wait_ms % 1000) * 1000000;
				if (ts.tv_nsec >= 1000000000) {
					ts.tv_sec++;
					ts.tv_nsec -= 1000000000;
				}
				pthread_cond_timedwait(&a->wake, &a->lock, &ts);
			}
			continue;
		}
		job->running = true;
		pthread_mutex_unlock(&a->lock);

		job->ret = directory_authenticate(a->dir, job->req.name,
						  job->req.password,
						  &job->principal, NULL);
		request_wipe(&job->req);

		pthread_mutex_lock(&a->lock);
		{
			char ukey[DIR_NAME_MAX + 2];
			int64_t now = time_mono_ms();
			bool failed = job->ret == -EACCES || job->ret == -EPERM;

			uid_key(job->lane->uid, ukey);
			record_result(a, job->key, failed, now);
			record_result(a, ukey, failed, now);
		}
		job_unlink(a, job);
		if (a->done_tail != NULL)
			a->done_tail->next = job;
		else
			a->done_head = job;
		a->done_tail = job;
		if (write(a->event_fd, &one, sizeof(one)) < 0) {
			/* The counter cannot overflow in practice. */
		}
	}
	pthread_mutex_unlock(&a->lock);
	return NULL;
}

int auth_new(struct directory *dir, const struct auth_settings *settings,
	     struct auth **auth_r, const char **error_r)
{
	pthread_condattr_t cattr;
	struct auth *a;
	unsigned int i;
	int ret;

	*auth_r = NULL;
	if (settings->threads == 0 || settings->threads > AUTH_THREADS_MAX ||
	    settings->max_per_uid == 0)
		return errmsg_set(error_r, -EINVAL,
				  "bad authentication "
				  "settings");
	a = calloc(1, sizeof(*a));
	if (a == NULL)
		return errmsg_set(error_r, -ENOMEM, "out of memory");
	a->dir = dir;
	a->settings = *settings;
	a->event_fd = eventfd(0, EFD_NONBLOCK | EFD_CLOEXEC);
	if (a->event_fd < 0) {
		ret = -errno;
		free(a);
		return errmsg_set(error_r, ret, "eventfd: %s", strerror(-ret));
	}
	pthread_mutex_init(&a->lock, NULL);
	pthread_condattr_init(&cattr);
	pthread_condattr_setclock(&cattr, CLOCK_MONOTONIC);
	pthread_cond_init(&a->wake, &cattr);
	pthread_condattr_destroy(&cattr);
	for (i = 0; i < settings->threads; i++) {
		ret = pthread_create(&a->threads[i], NULL, auth_thread, a);
		if (ret != 0) {
			auth_free(&a);
			return errmsg_set(error_r, -ret,
					  "cannot start a thread: %s",
					  strerror(ret));
		}
		a->nthreads++;
	}
	*auth_r = a;
	return 0;
}

void auth_free(struct auth **auth)
{
	struct auth *a;
	struct job *job;
	unsigned int i;

	if (auth == NULL || *auth == NULL)
		return;
	a = *auth;
	pthread_mutex_lock(&a->lock);
	a->stop = true;
	pthread_cond_broadcast(&a->wake);
	pthread_mutex_unlock(&a->lock);
	for (i = 0; i < a->nthreads; i++)
		pthread_join(a->threads[i], NULL);
	while (a->lanes != NULL) {
		job = a->lanes->head;
		job_unlink(a, job);
		job_free(job);
	}
	while ((job = a->done_head) != NULL) {
		a->done_head = job->next;
		job_free(job);
	}
	explicit_bzero(a->records, sizeof(a->records));
	close(a->event_fd);
	pthread_cond_destroy(&a->wake);
	pthread_mutex_destroy(&a->lock);
	free(a);
	*auth = NULL;
}

void auth_update(struct auth *a, const struct auth_settings *settings)
{
	pthread_mutex_lock(&a->lock);
	if (settings->max_per_uid > 0)
		a->settings.max_per_uid = settings->max_per_uid;
	pthread_mutex_unlock(&a->lock);
}

int auth_fd(const struct auth *a)
{
	return a->event_fd;
}

int auth_submit(struct auth *a, uid_t peer_uid, struct request *req, void *tag)
{
	char ukey[DIR_NAME_MAX + 2];
	struct job *job, **pp;
	struct lane *lane;
	int64_t now = time_mono_ms(), delay, udelay;
	int ret = 0;

	job = calloc(1, sizeof(*job));
	if (job == NULL) {
		request_wipe(req);
		return -ENOMEM;
	}
	job->tag = tag;
	job->req = *req;
	request_wipe(req);
	name_key(job->req.name, job->key);
	uid_key(peer_uid, ukey);

	pthread_mutex_lock(&a->lock);
	lane = lane_get(a, peer_uid, false);
	if (a->total >= AUTH_QUEUED_MAX ||
	    (lane != NULL && lane->count >= a->settings.max_per_uid) ||
	    name_count(a, job->key) >= AUTH_PER_NAME_MAX) {
		ret = -EBUSY;
		goto out;
	}
	if (lane == NULL && (lane = lane_get(a, peer_uid, true)) == NULL) {
		ret = -ENOMEM;
		goto out;
	}
	delay = record_delay(a, job->key, AUTH_NAME_FREE_FAILURES, now);
	udelay = record_delay(a, ukey, AUTH_UID_FREE_FAILURES, now);
	job->queued_ms = now;
	job->not_before_ms = now + (delay > udelay ? delay : udelay);
	job->lane = lane;
	for (pp = &lane->head; *pp != NULL; pp = &(*pp)->next)
		;
	*pp = job;
	lane->count++;
	a->total++;
	job = NULL;
	pthread_cond_signal(&a->wake);
out:
	pthread_mutex_unlock(&a->lock);
	if (job != NULL)
		job_free(job);
	return ret;
}

int auth_take(struct auth *a, struct auth_result *result_r)
{
	uint64_t count;
	struct job *job;

	memset(result_r, 0, sizeof(*result_r));
	pthread_mutex_lock(&a->lock);
	job = a->done_head;
	if (job != NULL) {
		a->done_head = job->next;
		if (a->done_head == NULL)
			a->done_tail = NULL;
	} else if (read(a->event_fd, &count, sizeof(count)) < 0) {
		/* Nothing counted: the loop polls again. */
	}
	pthread_mutex_unlock(&a->lock);
	if (job == NULL)
		return 0;
	result_r->tag = job->tag;
	result_r->ret = job->ret;
	result_r->principal = job->principal;
	job->principal = NULL;
	result_r->waited_ms = time_mono_ms() - job->queued_ms;
	job_free(job);
	return 1;
}

void auth_pause(struct auth *a, bool paused)
{
	pthread_mutex_lock(&a->lock);
	a->paused = paused;
	pthread_cond_broadcast(&a->wake);
	pthread_mutex_unlock(&a->lock);
}

unsigned int auth_pending(struct auth *a)
{
	unsigned int n;

	pthread_mutex_lock(&a->lock);
	n = a->total;
	pthread_mutex_unlock(&a->lock);
	return n;
}
