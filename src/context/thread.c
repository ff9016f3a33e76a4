/*
 * thread.c - the thread factory.
 *
 * The creator fills a start record and waits on it until the new thread
 * has taken its context (thread_assume) and reported the result:
 * a thread that could not take its context ends without running the
 * caller's function and the creator joins it and returns the error, so a
 * library thread with the wrong identity never runs.  Signals are blocked
 * around pthread_create so the new thread starts with all of them blocked.
 *
 * Counts of running threads per context are kept for tests and
 * diagnostics in a small list under count_lock.
 */
#include "thread.h"

#include "alloc.h"
#include "context_private.h"

#include <errno.h>
#include <signal.h>
#include <stdbool.h>
#include <stdlib.h>

struct thread_start {
	struct context *ctx;
	void *(*fn)(void *);
	void *arg;
	pthread_mutex_t lock;
	pthread_cond_t cond;
	bool reported;
	int result;
};

struct thread_count {
	struct thread_count *next;
	unsigned int context_id;
	unsigned int count;
};

static pthread_mutex_t count_lock = PTHREAD_MUTEX_INITIALIZER;
static struct thread_count *counts;
static unsigned int count_total;

/* Adds delta to the count of id; -ENOMEM when a new entry is needed. */
static int count_add(unsigned int id, int delta)
{
	struct thread_count *c;

	pthread_mutex_lock(&count_lock);
	for (c = counts; c != NULL; c = c->next) {
		if (c->context_id == id)
			break;
	}
	if (c == NULL) {
		c = alloc_calloc(1, sizeof(*c));
		if (c == NULL) {
			pthread_mutex_unlock(&count_lock);
			return -ENOMEM;
		}
		c->context_id = id;
		c->next = counts;
		counts = c;
	}
	c->count += (unsigned int)delta;
	count_total += (unsigned int)delta;
	if (c->count == 0) {
		struct thread_count **pp;

		for (pp = &counts; *pp != c; pp = &(*pp)->next)
			;
		*pp = c->next;
		alloc_free(c);
	}
	pthread_mutex_unlock(&count_lock);
	return 0;
}

unsigned int context_thread_count(unsigned int context_id)
{
	const struct thread_count *c;
	unsigned int n = 0;

	pthread_mutex_lock(&count_lock);
	for (c = counts; c != NULL; c = c->next) {
		if (c->context_id == context_id)
			n = c->count;
	}
	pthread_mutex_unlock(&count_lock);
	return n;
}

unsigned int context_thread_total(void)
{
	unsigned int n;

	pthread_mutex_lock(&count_lock);
	n = count_total;
	pthread_mutex_unlock(&count_lock);
	return n;
}

static void start_report(struct thread_start *st, int result)
{
	pthread_mutex_lock(&st->lock);
	st->result = result;
	st->reported = true;
	pthread_cond_signal(&st->cond);
	pthread_mutex_unlock(&st->lock);
}

/*
 * Makes the calling new thread act in ctx: its kernel credentials first
 * (when ctx has an OS identity and the thread may change them; it started
 * with the creator's own), then its current context, which also sets the
 * core layer's record.  0 or a negative errno.
 */
static int thread_assume(struct context *ctx)
{
	const struct context_os *os = context_os(ctx);
	struct thread_creds orig;
	int err;

	if (os != NULL && creds_may_change()) {
		err = creds_read(&orig);
		if (err < 0)
			return err;
		err = creds_enter(os, &orig);
		creds_free(&orig);
		if (err < 0)
			return err;
	}
	context_thread_set_home(ctx);
	return 0;
}

static void *thread_main(void *p)
{
	struct thread_start *st = p;
	struct context *ctx = st->ctx;
	void *(*fn)(void *) = st->fn;
	void *arg = st->arg, *ret;
	unsigned int id = context_id(ctx);
	int err;

	err = thread_assume(ctx);
	if (err == 0)
		err = count_add(id, 1);
	/* st belongs to the creator and is gone once reported. */
	start_report(st, err);
	if (err < 0) {
		context_unref(&ctx);
		return NULL;
	}
	ret = fn(arg);
	count_add(id, -1);
	/* The home context's reference is ours; drop the borrow first. */
	context_thread_set_home(NULL);
	context_unref(&ctx);
	return ret;
}

struct create_args {
	struct thread_start *st;
	pthread_t thread;
	bool created;
};

/* Under the creator's own credentials: a positive pthread error or 0. */
static int create_thread(void *p)
{
	struct create_args *a = p;
	sigset_t all, old;
	int err;

	sigfillset(&all);
	pthread_sigmask(SIG_SETMASK, &all, &old);
	err = pthread_create(&a->thread, NULL, thread_main, a->st);
	pthread_sigmask(SIG_SETMASK, &old, NULL);
	a->created = err == 0;
	return err;
}

int context_thread_create(struct context *ctx, void *(*fn)(void *), void *arg,
			  pthread_t *thread_r)
{
	struct thread_start st = {
	    .ctx = ctx,
	    .fn = fn,
	    .arg = arg,
	};
	struct create_args args = {.st = &st};
	int err;

	if (ctx == NULL || fn == NULL || thread_r == NULL)
		return -EINVAL;
	pthread_mutex_init(&st.lock, NULL);
	pthread_cond_init(&st.cond, NULL);
	context_ref(ctx);

	/*
	 * If the creator cannot take its impersonation back afterwards
	 * (logged by the context layer), the new thread is still good.
	 */
	err = context_as_process(create_thread, &args);
	if (!args.created) {
		context_unref(&ctx);
		pthread_cond_destroy(&st.cond);
		pthread_mutex_destroy(&st.lock);
		return err > 0 ? -err : err < 0 ? err : -EAGAIN;
	}

	pthread_mutex_lock(&st.lock);
	while (!st.reported)
		pthread_cond_wait(&st.cond, &st.lock);
	err = st.result;
	pthread_mutex_unlock(&st.lock);
	pthread_cond_destroy(&st.cond);
	pthread_mutex_destroy(&st.lock);
	if (err < 0) {
		pthread_join(args.thread, NULL);
		return err;
	}
	*thread_r = args.thread;
	return 0;
}
