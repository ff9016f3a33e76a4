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
 * open-addressing table.  Adding and taking out lock the shard (one
 * atomic instruction); looking up takes no lock at all, so the frequent
 * question "is this one of ours?" costs a few loads.  Tables grow as needed and
 * never shrink; a table outgrown stays allocated (a lookup may still be
 * reading it), which at most doubles the memory.  That memory is the
 * set's own bookkeeping, like malloc's: it comes from malloc directly, not
 * from alloc_*(), so it neither shows in alloc_live() nor takes injected
 * failures meant for the library's allocations.
 *
 * A zeroed struct ptrset (a static one) is an empty set, ready for use.
 */
#ifndef MAPIX_CORE_PTRSET_H
#define MAPIX_CORE_PTRSET_H

#include <stdatomic.h>
#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#include "lib.h"

#define PTRSET_SHARD_BITS 6
#define PTRSET_SHARDS     (1u << PTRSET_SHARD_BITS)

/* A shard's table (ptrset.c says how it works); in the header only for
 * the inline lookup. */
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
 * is).  ptrset_take() calls it under the shard's lock, so the member
 * cannot go away meanwhile: it may read the member's memory, which is the
 * caller's own, but must not call into the set.
 */
typedef int ptrset_check_fn(const void *p, const void *arg);

/*
 * Adds p (not NULL, not already a member).  Returns 0 or -ENOMEM when the
 * table is full and cannot grow.
 */
ATTR_NODISCARD int ptrset_add(struct ptrset *set, const void *p);

/* The inline lookup's parts; use ptrset_contains(). */
static inline uint64_t ptrset_hash_i(uintptr_t key)
{
	/* Multiplicative: the top bits depend on every bit of the key. */
	return (uint64_t)key * 0x9e3779b97f4a7c15ull;
}

void ptrset_wait_i(unsigned *spins);

/*
 * Is p a member?  It takes no lock and writes nothing: the answer is the
 * set as it was at one moment during the call.  A caller that then reads
 * the member's memory can only meet a freed block when another thread
 * takes that member out at that very moment -- a use racing with a free,
 * the caller's own bug.  Inline: the library asks it of every
 * MAPIAllocateMore.
 */
static inline bool ptrset_contains(struct ptrset *set, const void *p)
{
	uintptr_t key = (uintptr_t)p, v;
	uint64_t h = ptrset_hash_i(key);
	struct ptrset_shard *s = &set->shards[h >> (64 - PTRSET_SHARD_BITS)];
	struct ptrset_table *t;
	unsigned seq, spins = 0;
	size_t i, mask;
	bool found;

	if (key == 0)
		return false;
	for (;;) {
		seq = atomic_load_explicit(&s->seq, memory_order_acquire);
		if (unlikely(seq & 1)) {
			ptrset_wait_i(&spins);
			continue;
		}
		found = false;
		t = atomic_load_explicit(&s->table, memory_order_acquire);
		if (t != NULL) {
			mask = ((size_t)1 << t->bits) - 1;
			i = (size_t)((h << PTRSET_SHARD_BITS) >> t->shift);
			while ((v = atomic_load_explicit(
				    &t->slots[i], memory_order_relaxed)) != 0) {
				if (v == key) {
					found = true;
					break;
				}
				i = (i + 1) & mask;
			}
		}
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
int ptrset_take(struct ptrset *set, const void *p, ptrset_check_fn *check,
		const void *arg);

/* Members in all (a moment's count, for tests). */
size_t ptrset_count(struct ptrset *set);

#endif
