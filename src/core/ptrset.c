/*
 * ptrset.c - the slow paths of the address set of ptrset.h (how it works
 * is described there): waiting for a writer, growing a shard's table, and
 * counting members.
 */
#include "ptrset.h"

#include <sched.h>
#include <stdlib.h>

void ptrset_wait_i(unsigned *spins)
{
	if (++*spins < 100) {
#if defined(__x86_64__) || defined(__i386__)
		__builtin_ia32_pause();
#elif defined(__aarch64__)
		__asm__ __volatile__("yield");
#endif
	} else {
		/* The writer may be off the CPU. */
		sched_yield();
		*spins = 0;
	}
}

int ptrset_grow_i(struct ptrset_shard *s, unsigned bits)
{
	struct ptrset_table *old = atomic_load(&s->table), *t;
	size_t n = (size_t)1 << bits, i, at = 0;
	size_t old_n = old != NULL ? (size_t)1 << old->bits : 0;
	uintptr_t v;

	t = calloc(1, sizeof(*t) + n * sizeof(t->slots[0]));
	if (t == NULL)
		return -ENOMEM;
	t->bits = bits;
	t->shift = 64 - bits;
	t->older = old;
	for (i = 0; i < old_n; i++) {
		v = ptrset_get_i(old, i);
		if (v != 0) {
			ptrset_find_i(t, v, ptrset_hash_i(v), &at);
			ptrset_set_i(t, at, v);
		}
	}
	/* Filled before lookups can see it. */
	atomic_store_explicit(&s->table, t, memory_order_release);
	return 0;
}

size_t ptrset_count(struct ptrset *set)
{
	size_t n = 0;

	for (unsigned i = 0; i < PTRSET_SHARDS; i++) {
		ptrset_lock_i(&set->shards[i]);
		n += set->shards[i].count;
		ptrset_unlock_i(&set->shards[i]);
	}
	return n;
}
