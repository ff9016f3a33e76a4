/*
 * ptrset.c - the sharded address set of ptrset.h.
 *
 * Each shard is an open-addressing table with linear probing.  A slot
 * holds an address, EMPTY or TOMB (a member taken out in the middle of a
 * probe run); a probe ends at the first EMPTY slot, so a table always
 * keeps one.  Before members and tombstones fill three quarters of a
 * table it is replaced by one twice as large when members fill half of
 * it, else rebuilt in place to drop the tombstones.
 *
 * Writers (add, take) hold the shard's spin lock, which yields the CPU
 * when it waits long: their critical sections are a handful of
 * instructions, cheaper to wait for than a mutex's system call.  Lookups
 * take no lock; what makes that safe:
 *
 *   - A writer changes one slot at a time, with atomic stores, and never
 *     empties a slot that a probe for another member must pass: a taken
 *     member's slot becomes EMPTY only when the next slot is EMPTY (no
 *     probe goes on from there), else TOMB.  So a lookup never misses a
 *     member that was there before it started.
 *   - A larger table is filled before it is published, and the old one
 *     is left as it was and never freed: a lookup still probing it sees
 *     the set as it was a moment ago.
 *   - A rebuild in place moves members around, so it makes the shard's
 *     sequence number odd while it runs; a lookup that saw an odd number,
 *     or a different one at its end, starts again.
 *
 * A lookup can thus only be wrong about the one address that another
 * thread is adding or taking out at the same time, which the caller
 * could not have asked about meaningfully anyway.
 */
#include "ptrset.h"

#include <errno.h>
#include <sched.h>
#include <stdlib.h>

#define EMPTY    ((uintptr_t)0)
#define TOMB     UINTPTR_MAX
#define MIN_BITS 6

struct ptrset_table {
	/* The table this one replaced, kept for lookups still on it. */
	struct ptrset_table *older;
	unsigned bits; /* 1 << bits slots */
	_Atomic uintptr_t slots[];
};

static void cpu_relax(void)
{
#if defined(__x86_64__) || defined(__i386__)
	__builtin_ia32_pause();
#elif defined(__aarch64__)
	__asm__ __volatile__("yield");
#endif
}

static void shard_lock(struct ptrset_shard *s)
{
	unsigned spins = 0;

	while (
	    atomic_exchange_explicit(&s->locked, true, memory_order_acquire)) {
		while (atomic_load_explicit(&s->locked, memory_order_relaxed)) {
			if (++spins < 100) {
				cpu_relax();
			} else {
				/* The holder may be off the CPU. */
				sched_yield();
				spins = 0;
			}
		}
	}
}

static void shard_unlock(struct ptrset_shard *s)
{
	atomic_store_explicit(&s->locked, false, memory_order_release);
}

/* A multiplicative hash: its top bits depend on every bit of p. */
static uint64_t hash_of(uintptr_t key)
{
	return (uint64_t)key * 0x9e3779b97f4a7c15ull;
}

/* The shard of key and key's hash; NULL for the two values that are no
 * address (EMPTY and TOMB). */
static struct ptrset_shard *shard_of(struct ptrset *set, uintptr_t key,
				     uint64_t *h_r)
{
	if (key == EMPTY || key == TOMB)
		return NULL;
	*h_r = hash_of(key);
	return &set->shards[*h_r >> (64 - PTRSET_SHARD_BITS)];
}

/* The first slot to probe for hash h: the hash bits below the shard's. */
static size_t home_of(uint64_t h, unsigned bits)
{
	return (size_t)((h << PTRSET_SHARD_BITS) >> (64 - bits));
}

static uintptr_t slot_get(const struct ptrset_table *t, size_t i)
{
	return atomic_load_explicit(&t->slots[i], memory_order_relaxed);
}

static void slot_set(struct ptrset_table *t, size_t i, uintptr_t v)
{
	atomic_store_explicit(&t->slots[i], v, memory_order_relaxed);
}

/*
 * The slot of key in t, or SIZE_MAX when it is not there; *free_r (when
 * not NULL) gets the slot where it would go: the first tombstone of the
 * probe, else the EMPTY slot that ended it.
 */
static size_t slot_find(const struct ptrset_table *t, uintptr_t key, uint64_t h,
			size_t *free_r)
{
	size_t mask = ((size_t)1 << t->bits) - 1, i, free_slot = SIZE_MAX;
	uintptr_t v;

	for (i = home_of(h, t->bits);; i = (i + 1) & mask) {
		v = slot_get(t, i);
		if (v == key)
			return i;
		if (v == TOMB && free_slot == SIZE_MAX)
			free_slot = i;
		if (v == EMPTY)
			break;
	}
	if (free_r != NULL)
		*free_r = free_slot != SIZE_MAX ? free_slot : i;
	return SIZE_MAX;
}

/* Puts key into a table that has no tombstones and room for it. */
static void slot_put(struct ptrset_table *t, uintptr_t key)
{
	size_t mask = ((size_t)1 << t->bits) - 1, i;

	for (i = home_of(hash_of(key), t->bits); slot_get(t, i) != EMPTY;
	     i = (i + 1) & mask)
		;
	slot_set(t, i, key);
}

static size_t table_size(const struct ptrset_table *t)
{
	return t != NULL ? (size_t)1 << t->bits : 0;
}

/* Replaces s's table by one of 1 << bits slots holding its members. */
static int table_grow(struct ptrset_shard *s, unsigned bits)
{
	struct ptrset_table *old = atomic_load(&s->table), *t;
	size_t n = (size_t)1 << bits, old_n = table_size(old), i;
	uintptr_t v;

	t = calloc(1, sizeof(*t) + n * sizeof(t->slots[0]));
	if (t == NULL)
		return -ENOMEM;
	t->bits = bits;
	t->older = old;
	for (i = 0; i < old_n; i++) {
		v = slot_get(old, i);
		if (v != EMPTY && v != TOMB)
			slot_put(t, v);
	}
	/* Filled before lookups can see it. */
	atomic_store_explicit(&s->table, t, memory_order_release);
	s->used = s->live;
	return 0;
}

/* Rebuilds s's table in place without its tombstones. */
static int table_clean(struct ptrset_shard *s)
{
	struct ptrset_table *t = atomic_load(&s->table);
	size_t n = table_size(t), i, k = 0;
	uintptr_t *keep, v;

	keep = malloc((s->live != 0 ? s->live : 1) * sizeof(*keep));
	if (keep == NULL)
		return -ENOMEM;
	for (i = 0; i < n; i++) {
		v = slot_get(t, i);
		if (v != EMPTY && v != TOMB)
			keep[k++] = v;
	}
	/* Lookups meanwhile start again (see the top of the file). */
	atomic_fetch_add_explicit(&s->seq, 1, memory_order_relaxed);
	atomic_thread_fence(memory_order_release);
	for (i = 0; i < n; i++)
		slot_set(t, i, EMPTY);
	for (i = 0; i < k; i++)
		slot_put(t, keep[i]);
	atomic_fetch_add_explicit(&s->seq, 1, memory_order_release);
	s->used = s->live;
	free(keep);
	return 0;
}

int ptrset_add(struct ptrset *set, const void *p)
{
	uintptr_t key = (uintptr_t)p;
	uint64_t h = 0;
	struct ptrset_shard *s = shard_of(set, key, &h);
	struct ptrset_table *t;
	size_t n, at = SIZE_MAX;
	int ret = 0;

	i_assert(s != NULL);
	shard_lock(s);
	t = atomic_load_explicit(&s->table, memory_order_relaxed);
	n = table_size(t);
	if ((s->used + 1) * 4 > n * 3) {
		if (t == NULL)
			ret = table_grow(s, MIN_BITS);
		else if ((s->live + 1) * 2 > n)
			ret = table_grow(s, t->bits + 1);
		else
			ret = table_clean(s);
		/* Without a new table, the old one still takes members as
		 * long as an EMPTY slot stays to end the probes. */
		if (ret < 0 && s->used + 1 < n)
			ret = 0;
		t = atomic_load_explicit(&s->table, memory_order_relaxed);
	}
	if (ret == 0) {
		/* Not a member yet, and there is room. */
		i_assert(slot_find(t, key, h, &at) == SIZE_MAX &&
			 at != SIZE_MAX);
		if (slot_get(t, at) == EMPTY)
			s->used++;
		slot_set(t, at, key);
		s->live++;
	}
	shard_unlock(s);
	return ret;
}

int ptrset_find(struct ptrset *set, const void *p, ptrset_check_fn *check,
		const void *arg)
{
	uintptr_t key = (uintptr_t)p;
	uint64_t h = 0;
	struct ptrset_shard *s = shard_of(set, key, &h);
	struct ptrset_table *t;
	unsigned seq;
	bool found;

	if (s == NULL)
		return -ENOENT;
	for (;;) {
		seq = atomic_load_explicit(&s->seq, memory_order_acquire);
		if (seq & 1) {
			cpu_relax();
			continue;
		}
		t = atomic_load_explicit(&s->table, memory_order_acquire);
		found = t != NULL && slot_find(t, key, h, NULL) != SIZE_MAX;
		atomic_thread_fence(memory_order_acquire);
		if (atomic_load_explicit(&s->seq, memory_order_relaxed) == seq)
			break;
	}
	if (!found)
		return -ENOENT;
	return check != NULL ? check(p, arg) : 0;
}

int ptrset_take(struct ptrset *set, const void *p, ptrset_check_fn *check,
		const void *arg)
{
	uintptr_t key = (uintptr_t)p;
	uint64_t h = 0;
	struct ptrset_shard *s = shard_of(set, key, &h);
	struct ptrset_table *t;
	size_t at, mask;
	int ret = -ENOENT;

	if (s == NULL)
		return -ENOENT;
	shard_lock(s);
	t = atomic_load_explicit(&s->table, memory_order_relaxed);
	at = t != NULL ? slot_find(t, key, h, NULL) : SIZE_MAX;
	if (at != SIZE_MAX) {
		ret = check != NULL ? check(p, arg) : 0;
		if (ret == 0) {
			mask = table_size(t) - 1;
			/* Before an EMPTY slot no probe needs this one. */
			if (slot_get(t, (at + 1) & mask) == EMPTY) {
				slot_set(t, at, EMPTY);
				s->used--;
			} else {
				slot_set(t, at, TOMB);
			}
			s->live--;
		}
	}
	shard_unlock(s);
	return ret;
}

size_t ptrset_count(struct ptrset *set)
{
	size_t n = 0;

	for (unsigned i = 0; i < PTRSET_SHARDS; i++) {
		shard_lock(&set->shards[i]);
		n += set->shards[i].live;
		shard_unlock(&set->shards[i]);
	}
	return n;
}
