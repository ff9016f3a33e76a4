/*
 * context.c - interned security contexts, the process context and the
 * calling thread's current context.
 *
 * Principals' contexts live in a small hash table under one mutex, keyed
 * by the ASCII-folded name; a context leaves the table when its last
 * reference goes.  The process context is made once, on first use, under
 * its own mutex (the resolver may be slow: it reads the directory), and is
 * never freed.  The thread's current context is one thread-local pointer:
 * NULL means the process context.
 */
#include "context_private.h"

#include <errno.h>
#include <pthread.h>
#include <pwd.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "alloc.h"

#define CONTEXT_BUCKETS 256

struct context {
	atomic_uint refs;
	unsigned int id;
	/* A directory principal, in the intern table. */
	bool principal;
	bool has_os;
	struct context_os os;
	struct context *next;
	char name[CONTEXT_NAME_MAX + 1];
	/* os.groups points here. */
	gid_t groups[];
};

static pthread_mutex_t intern_lock = PTHREAD_MUTEX_INITIALIZER;
static struct context *intern_table[CONTEXT_BUCKETS];
static unsigned int next_id = 1;

static pthread_mutex_t process_lock = PTHREAD_MUTEX_INITIALIZER;
static struct context *_Atomic process_ctx;
static context_resolver_fn *_Atomic process_resolver;

static _Thread_local struct context *thread_ctx;
/*
 * The context a thread returns to when it is not impersonating: its
 * process's, or, for a thread of the thread factory, the context it was
 * made for (the factory holds the reference for the thread's life).
 */
static _Thread_local struct context *thread_home;

/* ---------------------------------------------------------------------
 * Names and identities
 */

static bool name_char_valid(char c)
{
	return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') ||
	       (c >= '0' && c <= '9') || strchr("._@:$+-", c) != NULL;
}

static bool name_valid(const char *name)
{
	size_t i;

	if (name == NULL || name[0] == '\0')
		return false;
	if (strcmp(name, ".") == 0 || strcmp(name, "..") == 0)
		return false;
	for (i = 0; name[i] != '\0'; i++) {
		if (i == CONTEXT_NAME_MAX || !name_char_valid(name[i]))
			return false;
	}
	return true;
}

static unsigned int name_hash(const char *name)
{
	unsigned int h = 2166136261u;
	const char *p;

	for (p = name; *p != '\0'; p++) {
		char c = *p >= 'A' && *p <= 'Z' ? *p - 'A' + 'a' : *p;

		h = (h ^ (unsigned char)c) * 16777619u;
	}
	return h % CONTEXT_BUCKETS;
}

static int gid_cmp(const void *a, const void *b)
{
	gid_t x = *(const gid_t *)a, y = *(const gid_t *)b;

	return x < y ? -1 : x > y;
}

static bool os_valid(const struct context_os *os)
{
	if (os == NULL)
		return true;
	if (os->uid == (uid_t)-1 || os->gid == (gid_t)-1)
		return false;
	if (os->groups_count > CONTEXT_GROUPS_MAX)
		return false;
	return os->groups_count == 0 || os->groups != NULL;
}

/*
 * A new context (one reference, no id yet) with name and a sorted copy of
 * os's groups without duplicates; NULL when out of memory.
 */
static struct context *
context_alloc(const char *name, const struct context_os *os, bool principal)
{
	unsigned int count = os != NULL ? os->groups_count : 0;
	struct context *ctx;
	unsigned int i, n;

	ctx = alloc_calloc(1, sizeof(*ctx) + count * sizeof(gid_t));
	if (ctx == NULL)
		return NULL;
	atomic_init(&ctx->refs, 1);
	ctx->principal = principal;
	memcpy(ctx->name, name, strlen(name) + 1);
	if (os == NULL)
		return ctx;
	ctx->has_os = true;
	ctx->os.uid = os->uid;
	ctx->os.gid = os->gid;
	if (count > 0) {
		memcpy(ctx->groups, os->groups, count * sizeof(gid_t));
		qsort(ctx->groups, count, sizeof(gid_t), gid_cmp);
		for (i = 1, n = 1; i < count; i++) {
			if (ctx->groups[i] != ctx->groups[n - 1])
				ctx->groups[n++] = ctx->groups[i];
		}
		count = n;
	}
	ctx->os.groups = count > 0 ? ctx->groups : NULL;
	ctx->os.groups_count = count;
	return ctx;
}

static bool os_equal(const struct context *a, const struct context *b)
{
	if (a->has_os != b->has_os)
		return false;
	if (!a->has_os)
		return true;
	return a->os.uid == b->os.uid && a->os.gid == b->os.gid &&
	       a->os.groups_count == b->os.groups_count &&
	       (a->os.groups_count == 0 ||
		memcmp(a->os.groups, b->os.groups,
		       a->os.groups_count * sizeof(gid_t)) == 0);
}

/* ---------------------------------------------------------------------
 * Interned contexts
 */

int context_get(const char *principal, const struct context_os *os,
		struct context **ctx_r)
{
	struct context *ctx, *found;
	unsigned int bucket;
	int ret = 0;

	if (ctx_r == NULL)
		return -EINVAL;
	*ctx_r = NULL;
	if (!name_valid(principal) || !os_valid(os))
		return -EINVAL;
	/* Build first: comparing needs the normalised groups. */
	ctx = context_alloc(principal, os, true);
	if (ctx == NULL)
		return -ENOMEM;

	bucket = name_hash(principal);
	pthread_mutex_lock(&intern_lock);
	for (found = intern_table[bucket]; found != NULL; found = found->next) {
		if (strcasecmp(found->name, principal) == 0)
			break;
	}
	if (found == NULL) {
		ctx->id = next_id++;
		ctx->next = intern_table[bucket];
		intern_table[bucket] = ctx;
		*ctx_r = ctx;
		ctx = NULL;
	} else if (os_equal(found, ctx)) {
		atomic_fetch_add(&found->refs, 1);
		*ctx_r = found;
	} else {
		ret = -EEXIST;
	}
	pthread_mutex_unlock(&intern_lock);
	alloc_free(ctx);
	return ret;
}

void context_ref(struct context *ctx)
{
	atomic_fetch_add(&ctx->refs, 1);
}

/* Takes ctx out of the intern table; the caller holds intern_lock. */
static void intern_remove_locked(struct context *ctx)
{
	struct context **p = &intern_table[name_hash(ctx->name)];

	for (; *p != NULL; p = &(*p)->next) {
		if (*p == ctx) {
			*p = ctx->next;
			return;
		}
	}
}

void context_unref(struct context **ctxp)
{
	struct context *ctx;
	unsigned int refs;

	if (ctxp == NULL || *ctxp == NULL)
		return;
	ctx = *ctxp;
	*ctxp = NULL;

	/* Not the last reference: no lock needed. */
	refs = atomic_load(&ctx->refs);
	while (refs > 1) {
		if (atomic_compare_exchange_weak(&ctx->refs, &refs, refs - 1))
			return;
	}
	/*
	 * Possibly the last: decide under the lock, so context_get() cannot
	 * hand out a context that is being freed.
	 */
	pthread_mutex_lock(&intern_lock);
	if (atomic_fetch_sub(&ctx->refs, 1) != 1) {
		pthread_mutex_unlock(&intern_lock);
		return;
	}
	if (ctx->principal)
		intern_remove_locked(ctx);
	pthread_mutex_unlock(&intern_lock);
	alloc_free(ctx);
}

unsigned int context_id(const struct context *ctx)
{
	return ctx != NULL ? ctx->id : 0;
}

const char *context_principal(const struct context *ctx)
{
	return ctx != NULL ? ctx->name : NULL;
}

const struct context_os *context_os(const struct context *ctx)
{
	return ctx != NULL && ctx->has_os ? &ctx->os : NULL;
}

bool context_is_principal(const struct context *ctx)
{
	return ctx != NULL && ctx->principal;
}

/* ---------------------------------------------------------------------
 * The process context
 */

void context_set_process_resolver(context_resolver_fn *fn)
{
	atomic_store(&process_resolver, fn);
}

/* The principal the resolver maps uid to; NULL when there is none. */
static struct context *process_from_resolver(uid_t uid)
{
	context_resolver_fn *fn = atomic_load(&process_resolver);
	char name[CONTEXT_NAME_MAX + 1];
	struct context_os os;
	struct context *ctx;

	if (fn == NULL)
		return NULL;
	memset(name, 0, sizeof(name));
	memset(&os, 0, sizeof(os));
	if (fn(uid, name, &os) < 0)
		return NULL;
	name[CONTEXT_NAME_MAX] = '\0';
	if (context_get(name, &os, &ctx) < 0)
		return NULL;
	return ctx;
}

/*
 * The OS user's context: its passwd name, else "uid:N".  0, -ENOMEM, or
 * the errno of reading the process's groups.
 */
static int process_from_os(uid_t uid, struct context **ctx_r)
{
	char name[CONTEXT_NAME_MAX + 1];
	struct passwd pw, *result = NULL;
	struct context_os os = {.uid = uid, .gid = getegid()};
	gid_t *groups = NULL;
	char buf[4096];
	int n, ret = 0;

	if (getpwuid_r(uid, &pw, buf, sizeof(buf), &result) == 0 &&
	    result != NULL && name_valid(pw.pw_name))
		snprintf(name, sizeof(name), "%s", pw.pw_name);
	else
		snprintf(name, sizeof(name), "uid:%u", (unsigned int)uid);

	n = getgroups(0, NULL);
	if (n > 0) {
		groups = alloc_calloc((size_t)n, sizeof(gid_t));
		if (groups == NULL)
			return -ENOMEM;
		n = getgroups(n, groups);
	}
	if (n < 0) {
		ret = errno > 0 ? -errno : -EIO;
	} else {
		os.groups = groups;
		os.groups_count = (unsigned int)n;
		*ctx_r = context_alloc(name, &os, false);
		if (*ctx_r == NULL)
			ret = -ENOMEM;
	}
	alloc_free(groups);
	return ret;
}

int context_process_get(struct context **ctx_r)
{
	struct context *ctx;
	int ret = 0;

	ctx = atomic_load_explicit(&process_ctx, memory_order_acquire);
	if (ctx != NULL) {
		*ctx_r = ctx;
		return 0;
	}

	pthread_mutex_lock(&process_lock);
	ctx = atomic_load_explicit(&process_ctx, memory_order_acquire);
	if (ctx == NULL) {
		uid_t uid = geteuid();

		ctx = process_from_resolver(uid);
		if (ctx == NULL)
			ret = process_from_os(uid, &ctx);
		if (ret == 0) {
			if (!ctx->principal) {
				pthread_mutex_lock(&intern_lock);
				ctx->id = next_id++;
				pthread_mutex_unlock(&intern_lock);
			}
			/* Its reference is the process's, for good. */
			atomic_store_explicit(&process_ctx, ctx,
					      memory_order_release);
		}
	}
	pthread_mutex_unlock(&process_lock);
	if (ret == 0)
		*ctx_r = ctx;
	return ret;
}

struct context *context_process(void)
{
	struct context *ctx = NULL;

	return context_process_get(&ctx) == 0 ? ctx : NULL;
}

/* ---------------------------------------------------------------------
 * The thread's context
 */

struct context *context_thread(void)
{
	struct context *ctx = thread_ctx;

	if (ctx == NULL)
		ctx = thread_home;
	if (ctx == NULL)
		ctx = context_process();
	if (alloc_thread_context() != context_id(ctx))
		alloc_set_thread_context(context_id(ctx));
	return ctx;
}

void context_thread_set_home(struct context *ctx)
{
	thread_home = ctx;
	(void)context_thread();
}

void context_thread_set(struct context *ctx)
{
	thread_ctx = ctx;
	(void)context_thread();
}
