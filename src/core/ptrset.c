/*
 * ptrset.c - the sharded address set of ptrset.h.
 *
 * Each shard is an open-addressing table with linear probing, at most
 * half full, so probes are short.  A slot holds an address or EMPTY; a
 * probe ends at the first EMPTY slot.  Taking a member out moves the
 * members after it in its probe run back into the hole (backward-shift
 * deletion), so the table never fills with tombstones.  When members
 * would fill more than half of a table, a table twice as large replaces
 * it.
 *
 * The shard's sequence number is both the writers' lock and the lookups'
 * check.  A writer (add, take) makes it odd with one compare-and-swap,
 * changes the table and makes it even again; another writer waits (a
 * spin that yields the CPU when it waits long: the critical sections are
 * a handful of instructions, cheaper to wait for than a mutex's system
 * call).  Lookups take no lock; what makes that safe:
 *
 *   - A lookup reads the sequence number before and after probing and
 *     starts again when it was odd or changed: it never acts on a table
 *     a writer was changing under it.
 *   - A larger table is filled before it is published, and the old one
 *     is left as it was and never freed: a lookup still probing it reads
 *     valid memory, and the sequence check sends it to the new table.
 *     (The old tables together are smaller than the current one.)
 *
 * A lookup thus answers for the set as it was at one moment during the
 * call.
 */
#include "ptrset.h"

#include <errno.h>
#include <sched.h>
#include <stdlib.h>

#define EMPTY    ((uintptr_t)0)
#define MIN_BITS 6

/* Waiting for a writer: spin a little, then let others run (the writer
 * may be off the CPU). */
void ptrset_wait_i(unsigned *spins)
{
	if (++*spins < 100) {
#if defined(__x86_64__) || defined(__i386__)
		__builtin_ia32_pause();
#elif defined(__aarch64__)
		__asm__ __volatile__("yield");
#endif
	} else {
		sched_yield();
		*spins = 0;
	}
}

/* Takes the shard for a writer: its sequence number becomes odd. */
static void shard_lock(struct ptrset_shard *s)
{
	unsigned seq = atomic_load_explicit(&s->seq, memory_order_relaxed);
	unsigned spins = 0;

	for (;;) {
		if ((seq & 1) == 0 &&
		    atomic_compare_exchange_weak_explicit(
			&s->seq, &seq, seq + 1, memory_order_acquire,
			memory_order_relaxed))
			break;
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
static void shard_unlock(struct ptrset_shard *s)
{
	unsigned seq = atomic_load_explicit(&s->seq, memory_order_relaxed);

	atomic_store_explicit(&s->seq, seq + 1, memory_order_release);
}

/* The shard of key and key's hash; NULL for EMPTY, which is no address. */
static struct ptrset_shard *shard_of(struct ptrset *set, uintptr_t key,
				     uint64_t *h_r)
{
	if (key == EMPTY)
		return NULL;
	*h_r = ptrset_hash_i(key);
	return &set->shards[*h_r >> (64 - PTRSET_SHARD_BITS)];
}

/* The first slot to probe for hash h: the hash bits below the shard's. */
static size_t home_of(uint64_t h, const struct ptrset_table *t)
{
	return (size_t)((h << PTRSET_SHARD_BITS) >> t->shift);
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
 * not NULL) gets the EMPTY slot that ended the probe, where key would go.
 */
static size_t slot_find(const struct ptrset_table *t, uintptr_t key, uint64_t h,
			size_t *free_r)
{
	size_t mask = ((size_t)1 << t->bits) - 1, i;
	uintptr_t v;

	for (i = home_of(h, t);; i = (i + 1) & mask) {
		v = slot_get(t, i);
		if (v == key)
			return i;
		if (v == EMPTY)
			break;
	}
	if (free_r != NULL)
		*free_r = i;
	return SIZE_MAX;
}

static size_t table_size(const struct ptrset_table *t)
{
	return t != NULL ? (size_t)1 << t->bits : 0;
}

/* Replaces s's table by one of 1 << bits slots holding its members. */
static int table_grow(struct ptrset_shard *s, unsigned bits)
{
	struct ptrset_table *old = atomic_load(&s->table), *t;
	size_t n = (size_t)1 << bits, old_n = table_size(old), i, at = 0;
	uintptr_t v;

	t = calloc(1, sizeof(*t) + n * sizeof(t->slots[0]));
	if (t == NULL)
		return -ENOMEM;
	t->bits = bits;
	t->shift = 64 - bits;
	t->older = old;
	for (i = 0; i < old_n; i++) {
		v = slot_get(old, i);
		if (v != EMPTY) {
			slot_find(t, v, ptrset_hash_i(v), &at);
			slot_set(t, at, v);
		}
	}
	/* Filled before lookups can see it. */
	atomic_store_explicit(&s->table, t, memory_order_release);
	return 0;
}

/*
 * Empties slot at of t, moving back the members after it that could not
 * be found past an EMPTY slot there (the shard is locked: lookups retry).
 */
static void slot_remove(struct ptrset_table *t, size_t at)
{
	size_t mask = table_size(t) - 1, j = at, home;
	uintptr_t v;

	for (;;) {
		j = (j + 1) & mask;
		v = slot_get(t, j);
		if (v == EMPTY)
			break;
		home = home_of(ptrset_hash_i(v), t);
		/* v stays unless its home lies cyclically in (at, j]. */
		if (at <= j ? (home <= at || home > j)
			    : (home <= at && home > j)) {
			slot_set(t, at, v);
			at = j;
		}
	}
	slot_set(t, at, EMPTY);
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
	if ((s->count + 1) * 2 > n) {
		ret = table_grow(s, t == NULL ? MIN_BITS : t->bits + 1);
		/* Without a larger table, the old one still takes members as
		 * long as an EMPTY slot stays to end the probes. */
		if (ret < 0 && s->count + 1 < n)
			ret = 0;
		t = atomic_load_explicit(&s->table, memory_order_relaxed);
	}
	if (ret == 0) {
		/* Not a member yet, and there is room. */
		i_assert(slot_find(t, key, h, &at) == SIZE_MAX);
		slot_set(t, at, key);
		s->count++;
	}
	shard_unlock(s);
	return ret;
}

int ptrset_take(struct ptrset *set, const void *p, ptrset_check_fn *check,
		const void *arg)
{
	uintptr_t key = (uintptr_t)p;
	uint64_t h = 0;
	struct ptrset_shard *s = shard_of(set, key, &h);
	struct ptrset_table *t;
	size_t at;
	int ret = -ENOENT;

	if (s == NULL)
		return -ENOENT;
	shard_lock(s);
	t = atomic_load_explicit(&s->table, memory_order_relaxed);
	at = t != NULL ? slot_find(t, key, h, NULL) : SIZE_MAX;
	if (at != SIZE_MAX) {
		ret = check != NULL ? check(p, arg) : 0;
		if (ret == 0) {
			slot_remove(t, at);
			s->count--;
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
		n += set->shards[i].count;
		shard_unlock(&set->shards[i]);
	}
	return n;
}
