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

struct ptrset_table;

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
 * is).  It may read the member's memory, which is the caller's own, but
 * must not call into the set.  ptrset_take() calls it under the shard's
 * lock, so the member cannot go away meanwhile; ptrset_find() without
 * one: there only a thread taking that same member out at that moment --
 * a use racing with a free, the caller's own bug -- could pull the memory
 * away under it.
 */
typedef int ptrset_check_fn(const void *p, const void *arg);

/*
 * Adds p (not NULL, not already a member).  Returns 0 or -ENOMEM when the
 * table is full and cannot grow.
 */
ATTR_NODISCARD int ptrset_add(struct ptrset *set, const void *p);

/*
 * Is p a member?  Returns -ENOENT when it is not; else 0, or what check
 * (when not NULL) says about it.
 */
int ptrset_find(struct ptrset *set, const void *p, ptrset_check_fn *check,
		const void *arg);

/*
 * As ptrset_find(), and takes p out of the set when the answer is 0.  Of
 * two threads taking the same member, one gets 0 and the other -ENOENT.
 */
int ptrset_take(struct ptrset *set, const void *p, ptrset_check_fn *check,
		const void *arg);

/* Members in all (a moment's count, for tests). */
size_t ptrset_count(struct ptrset *set);

#endif
