/*
 * token.c - logon tokens (MAPIXTOKEN) and the registry of live ones.
 *
 * A token is a context, MAPIX_LOGON_* flags and a reference count.  The
 * registry is a hash set of the live tokens' addresses, chained through
 * the tokens themselves, under one mutex.  A pointer from an application
 * is looked up by its value: only a pointer found in the set is ever read
 * through, so NULL, garbage and closed tokens are refused without a crash,
 * and a second close cannot free twice.  Taking or dropping a reference
 * through an unchecked pointer happens under the same mutex, so a token
 * cannot be freed between the check and the use.
 *
 * Limit: a closed token's address may be reused by a newer token; a stale
 * pointer then names that newer token, as a reused handle value does on
 * Windows.  Using a token after closing it is an application bug that is
 * refused when it can be seen, not an interface.
 */
#include "context_private.h"

#include <errno.h>
#include <pthread.h>
#include <stdint.h>

#include "alloc.h"

#define REGISTRY_MIN_BUCKETS 64

static pthread_mutex_t registry_lock = PTHREAD_MUTEX_INITIALIZER;
static struct MAPIXTOKEN **buckets;
static size_t bucket_count;
static unsigned long live_count;

static size_t bucket_of(const void *ptr, size_t count)
{
	uint64_t x = (uint64_t)(uintptr_t)ptr;

	/* Fibonacci hashing: the high bits mix every bit of the address. */
	x *= UINT64_C(0x9e3779b97f4a7c15);
	return (size_t)(x >> 32) & (count - 1);
}

/* Doubles the bucket array when chains grow long; the caller holds the lock. */
static void registry_grow_locked(void)
{
	struct MAPIXTOKEN **fresh, *t, *next;
	size_t count, i, b;

	if (buckets != NULL && live_count < bucket_count * 2)
		return;
	count = buckets == NULL ? REGISTRY_MIN_BUCKETS : bucket_count * 2;
	fresh = alloc_calloc(count, sizeof(*fresh));
	if (fresh == NULL)
		return; /* longer chains, still correct */
	for (i = 0; i < bucket_count; i++) {
		for (t = buckets[i]; t != NULL; t = next) {
			next = t->next;
			b = bucket_of(t, count);
			t->next = fresh[b];
			fresh[b] = t;
		}
	}
	alloc_free(buckets);
	buckets = fresh;
	bucket_count = count;
}

/* True when token is in the set; compares addresses, reads only members. */
static bool registry_has_locked(const struct MAPIXTOKEN *token)
{
	const struct MAPIXTOKEN *t;

	if (token == NULL || buckets == NULL)
		return false;
	for (t = buckets[bucket_of(token, bucket_count)]; t != NULL;
	     t = t->next) {
		if (t == token)
			return t->magic == TOKEN_MAGIC;
	}
	return false;
}

static void registry_remove_locked(struct MAPIXTOKEN *token)
{
	struct MAPIXTOKEN **p = &buckets[bucket_of(token, bucket_count)];

	for (; *p != NULL; p = &(*p)->next) {
		if (*p == token) {
			*p = token->next;
			live_count--;
			return;
		}
	}
}

int context_token_new(struct context *ctx, unsigned int flags,
		      LPMAPIXTOKEN *token_r)
{
	struct MAPIXTOKEN *token;

	if (token_r == NULL)
		return -EINVAL;
	*token_r = NULL;
	if (ctx == NULL || (flags & ~MAPIX_LOGON_LOGICAL) != 0)
		return -EINVAL;
	token = alloc_calloc(1, sizeof(*token));
	if (token == NULL)
		return -ENOMEM;
	token->magic = TOKEN_MAGIC;
	token->flags = flags;
	atomic_init(&token->refs, 1);
	context_ref(ctx);
	token->ctx = ctx;

	pthread_mutex_lock(&registry_lock);
	registry_grow_locked();
	if (buckets == NULL) {
		pthread_mutex_unlock(&registry_lock);
		context_unref(&token->ctx);
		alloc_free(token);
		return -ENOMEM;
	}
	token->next = buckets[bucket_of(token, bucket_count)];
	buckets[bucket_of(token, bucket_count)] = token;
	live_count++;
	pthread_mutex_unlock(&registry_lock);
	*token_r = token;
	return 0;
}

static void token_free(struct MAPIXTOKEN *token)
{
	token->magic = 0;
	context_unref(&token->ctx);
	alloc_free(token);
}

int token_ref_checked(struct MAPIXTOKEN *token)
{
	int ret = -EINVAL;

	pthread_mutex_lock(&registry_lock);
	if (registry_has_locked(token)) {
		atomic_fetch_add(&token->refs, 1);
		ret = 0;
	}
	pthread_mutex_unlock(&registry_lock);
	return ret;
}

int token_unref_checked(struct MAPIXTOKEN *token)
{
	bool last = false;

	pthread_mutex_lock(&registry_lock);
	if (!registry_has_locked(token)) {
		pthread_mutex_unlock(&registry_lock);
		return -EINVAL;
	}
	if (atomic_fetch_sub(&token->refs, 1) == 1) {
		registry_remove_locked(token);
		last = true;
	}
	pthread_mutex_unlock(&registry_lock);
	if (last)
		token_free(token);
	return 0;
}

void token_unref(struct MAPIXTOKEN **token)
{
	if (token == NULL || *token == NULL)
		return;
	(void)token_unref_checked(*token);
	*token = NULL;
}

unsigned long token_live_count(void)
{
	unsigned long count;

	pthread_mutex_lock(&registry_lock);
	count = live_count;
	pthread_mutex_unlock(&registry_lock);
	return count;
}
