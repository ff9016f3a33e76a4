/*
 * ptrset.h - a thread-safe set of addresses, for telling the library's own
 * blocks from anything else a caller may pass in.
 *
 * A pointer a caller hands back (MAPIFreeBuffer's argument) may be any
 * pointer: reading a header in front of it is only safe once we know the
 * block is ours.  A ptrset answers that from the address alone, never
 * touching the memory it points to: the library adds each block it hands
 * out and takes it out when it frees it.
 *
 * The set is split into shards by a hash of the address, each an
 * open-addressing table with linear probing, at most half full.  A slot
 * holds an address or 0 (empty); a probe ends at the first empty slot.
 * Taking a member out moves the members after it in its probe run back
 * into the hole (backward-shift deletion), so the table never fills with
 * tombstones.  When members would fill more than half of a table, a table
 * twice as large replaces it.
 *
 * The shard's sequence number is both the writers' lock and the lookups'
 * check.  A writer (add, take) makes it odd with one compare-and-swap,
 * changes the table and makes it even again; another writer waits.
 * Lookups take no lock and write nothing: they read the sequence number
 * before and after probing and start again when it was odd or changed.  A
 * larger table is filled before it is published and the old one is never
 * freed, so a lookup still probing it reads valid memory and the sequence
 * check sends it to the new table.  (The old tables together are smaller
 * than the current one.)  A lookup thus answers for the set as it was at
 * one moment during the call.
 *
 * The tables' memory is the set's own bookkeeping, like malloc's: it
 * comes from malloc directly, not from alloc_*(), so it neither shows in
 * alloc_live() nor takes injected failures meant for the library's
 * allocations.  The common paths are inline: every MAPI buffer goes
 * through them, and a call into another file costs more than they do.
 *
 * A zeroed struct ptrset (a static one) is an empty set, ready for use.
 */
#ifndef MAPIX_CORE_PTRSET_H
#define MAPIX_CORE_PTRSET_H

#include <errno.h>
#include <stdatomic.h>
#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#include "lib.h"

#define PTRSET_SHARD_BITS 6
#define PTRSET_SHARDS     (1u << PTRSET_SHARD_BITS)

struct ptrset_table {
	/* The table this one replaced, kept for lookups still on it. */
	struct ptrset_table *older;
	unsigned bits;  /* 1 << bits slots */
	unsigned shift; /* 64 - bits */
	_Atomic uintptr_t slots[];
};

struct ptrset_shard {
	/*
	 * Odd while a writer holds the shard: it is the writers' lock and
	 * tells lookups to start again.  A cache line each, so shards do not
	 * slow each other down.
	 */
	_Alignas(64) _Atomic unsigned seq;
	struct ptrset_table *_Atomic table; /* NULL until the first add */
	size_t count;                       /* members */
};

struct ptrset {
	struct ptrset_shard shards[PTRSET_SHARDS];
};

/*
 * Accepts a member (0) or refuses it (a negative errno, returned as it
 * is).  ptrset_take() calls it with the shard locked, so the member
 * cannot go away meanwhile: it may read the member's memory, which is the
 * caller's own, but must not call into the set.
 */
typedef int ptrset_check_fn(const void *p, const void *arg);

/* Members in all (a moment's count, for tests). */
size_t ptrset_count(struct ptrset *set);

/* ---------------------------------------------------------------------------
 * The inline parts; ptrset.c has the slow paths.
 */

/* Waits a little for a writer (spins, then yields). */
void ptrset_wait_i(unsigned *spins);
/* Replaces a locked shard's table by one of 1 << bits slots. */
int ptrset_grow_i(struct ptrset_shard *s, unsigned bits);

static inline uint64_t ptrset_hash_i(uintptr_t key)
{
	/* Multiplicative: the top bits depend on every bit of the key. */
	return (uint64_t)key * 0x9e3779b97f4a7c15ull;
}

static inline struct ptrset_shard *ptrset_shard_i(struct ptrset *set,
						  uint64_t h)
{
	return &set->shards[h >> (64 - PTRSET_SHARD_BITS)];
}

/* The first slot to probe for hash h: the hash bits below the shard's. */
static inline size_t ptrset_home_i(const struct ptrset_table *t, uint64_t h)
{
	return (size_t)((h << PTRSET_SHARD_BITS) >> t->shift);
}

static inline uintptr_t ptrset_get_i(const struct ptrset_table *t, size_t i)
{
	return atomic_load_explicit(&t->slots[i], memory_order_relaxed);
}

static inline void ptrset_set_i(struct ptrset_table *t, size_t i, uintptr_t v)
{
	atomic_store_explicit(&t->slots[i], v, memory_order_relaxed);
}

/*
 * The slot of key in t, or SIZE_MAX when it is not there; *free_r (when
 * not NULL) gets the empty slot that ended the probe, where key would go.
 */
static inline size_t ptrset_find_i(const struct ptrset_table *t, uintptr_t key,
				   uint64_t h, size_t *free_r)
{
	size_t mask = ((size_t)1 << t->bits) - 1, i;
	uintptr_t v;

	for (i = ptrset_home_i(t, h);; i = (i + 1) & mask) {
		v = ptrset_get_i(t, i);
		if (v == key)
			return i;
		if (v == 0)
			break;
	}
	if (free_r != NULL)
		*free_r = i;
	return SIZE_MAX;
}

/* Takes the shard for a writer: its sequence number becomes odd. */
static inline void ptrset_lock_i(struct ptrset_shard *s)
{
	unsigned seq = atomic_load_explicit(&s->seq, memory_order_relaxed);
	unsigned spins = 0;

	while ((seq & 1) != 0 ||
	       !atomic_compare_exchange_weak_explicit(&s->seq, &seq, seq + 1,
						      memory_order_acquire,
						      memory_order_relaxed)) {
		if ((seq & 1) != 0) {
			ptrset_wait_i(&spins);
			seq =
			    atomic_load_explicit(&s->seq, memory_order_relaxed);
		}
	}
	/* The odd number is seen before any change the writer makes. */
	atomic_thread_fence(memory_order_release);
}

/* Gives the shard back: the sequence number is even again, and new. */
static inline void ptrset_unlock_i(struct ptrset_shard *s)
{
	unsigned seq = atomic_load_explicit(&s->seq, memory_order_relaxed);

	atomic_store_explicit(&s->seq, seq + 1, memory_order_release);
}

/*
 * Empties slot at of t, moving back the members after it that could not
 * be found past an empty slot there (the shard is locked: lookups retry).
 */
static inline void ptrset_remove_i(struct ptrset_table *t, size_t at)
{
	size_t mask = ((size_t)1 << t->bits) - 1, j = at, home;
	uintptr_t v;

	for (;;) {
		j = (j + 1) & mask;
		v = ptrset_get_i(t, j);
		if (v == 0)
			break;
		home = ptrset_home_i(t, ptrset_hash_i(v));
		/* v stays unless its home lies cyclically in (at, j]. */
		if (at <= j ? (home <= at || home > j)
			    : (home <= at && home > j)) {
			ptrset_set_i(t, at, v);
			at = j;
		}
	}
	ptrset_set_i(t, at, 0);
}

/* ---------------------------------------------------------------------------
 * The set's calls
 */

/*
 * Adds p (not NULL, not already a member).  Returns 0 or -ENOMEM when the
 * table is full and cannot grow.
 */
ATTR_NODISCARD static inline int ptrset_add(struct ptrset *set, const void *p)
{
	uintptr_t key = (uintptr_t)p;
	uint64_t h = ptrset_hash_i(key);
	struct ptrset_shard *s = ptrset_shard_i(set, h);
	struct ptrset_table *t;
	size_t n, at = SIZE_MAX;
	int ret = 0;

	i_assert(key != 0);
	ptrset_lock_i(s);
	t = atomic_load_explicit(&s->table, memory_order_relaxed);
	n = t != NULL ? (size_t)1 << t->bits : 0;
	if (unlikely((s->count + 1) * 2 > n)) {
		ret = ptrset_grow_i(s, t == NULL ? 6 : t->bits + 1);
		/* Without a larger table, the old one still takes members as
		 * long as an empty slot stays to end the probes. */
		if (ret < 0 && s->count + 1 < n)
			ret = 0;
		t = atomic_load_explicit(&s->table, memory_order_relaxed);
	}
	if (ret == 0) {
		/* Not a member yet, and there is room. */
		i_assert(ptrset_find_i(t, key, h, &at) == SIZE_MAX);
		ptrset_set_i(t, at, key);
		s->count++;
	}
	ptrset_unlock_i(s);
	return ret;
}

/*
 * Is p a member?  No lock, no write: a caller that then reads the
 * member's memory can only meet a freed block when another thread takes
 * that member out at that very moment -- a use racing with a free, the
 * caller's own bug.
 */
static inline bool ptrset_contains(struct ptrset *set, const void *p)
{
	uintptr_t key = (uintptr_t)p;
	uint64_t h = ptrset_hash_i(key);
	struct ptrset_shard *s = ptrset_shard_i(set, h);
	struct ptrset_table *t;
	unsigned seq, spins = 0;
	bool found;

	if (key == 0)
		return false;
	for (;;) {
		seq = atomic_load_explicit(&s->seq, memory_order_acquire);
		if (unlikely(seq & 1)) {
			ptrset_wait_i(&spins);
			continue;
		}
		t = atomic_load_explicit(&s->table, memory_order_acquire);
		found = t != NULL && ptrset_find_i(t, key, h, NULL) != SIZE_MAX;
		/* A writer that was at work meanwhile: look again. */
		atomic_thread_fence(memory_order_acquire);
		if (atomic_load_explicit(&s->seq, memory_order_relaxed) == seq)
			return found;
	}
}

/*
 * Takes p out of the set: -ENOENT when it is not a member; else what
 * check (when not NULL) says about it, and p goes only when that is 0.
 * Of two threads taking the same member, one gets 0 and the other
 * -ENOENT.
 */
static inline int ptrset_take(struct ptrset *set, const void *p,
			      ptrset_check_fn *check, const void *arg)
{
	uintptr_t key = (uintptr_t)p;
	uint64_t h = ptrset_hash_i(key);
	struct ptrset_shard *s = ptrset_shard_i(set, h);
	struct ptrset_table *t;
	size_t at;
	int ret = -ENOENT;

	if (key == 0)
		return -ENOENT;
	ptrset_lock_i(s);
	t = atomic_load_explicit(&s->table, memory_order_relaxed);
	at = t != NULL ? ptrset_find_i(t, key, h, NULL) : SIZE_MAX;
	if (at != SIZE_MAX) {
		ret = check != NULL ? check(p, arg) : 0;
		if (ret == 0) {
			ptrset_remove_i(t, at);
			s->count--;
		}
	}
	ptrset_unlock_i(s);
	return ret;
}

#endif
