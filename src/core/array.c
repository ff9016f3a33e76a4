/*
 * array.c - the out-of-line half of array.h: growth, insertion and
 * removal on a struct array whose element size the macros pass in.
 */
#include "array.h"

#include <stdint.h>
#include <string.h>

#include "alloc.h"

/* The smallest block a growing array gets, in elements. */
#define ARRAY_MIN_CAP 8

int array_reserve_i(struct array *a, size_t elem, size_t more)
{
	/* No object may be larger than PTRDIFF_MAX bytes. */
	size_t limit = PTRDIFF_MAX / elem, want, cap;
	void *p;

	if (more > limit || a->count > limit - more)
		return -ENOMEM;
	want = a->count + more;
	if (want <= a->cap)
		return 0;
	/* Doubling keeps n pushes at O(n) copies in all. */
	cap = a->cap < ARRAY_MIN_CAP ? ARRAY_MIN_CAP : a->cap;
	if (cap > limit)
		cap = limit;
	while (cap < want)
		cap = cap > limit / 2 ? limit : cap * 2;
	p = alloc_realloc(a->data, cap * elem);
	if (p == NULL)
		return -ENOMEM;
	a->data = p;
	a->cap = cap;
	return 0;
}

void *array_append_space_i(struct array *a, size_t elem, size_t n)
{
	unsigned char *p;

	if (array_reserve_i(a, elem, n) < 0)
		return NULL;
	p = (unsigned char *)a->data + a->count * elem;
	if (n != 0)
		memset(p, 0, n * elem);
	a->count += n;
	return p;
}

int array_append_i(struct array *a, size_t elem, const void *src, size_t n)
{
	if (array_reserve_i(a, elem, n) < 0)
		return -ENOMEM;
	if (n != 0)
		memcpy((unsigned char *)a->data + a->count * elem, src,
		       n * elem);
	a->count += n;
	return 0;
}

int array_insert_i(struct array *a, size_t elem, size_t idx, const void *src,
		   size_t n)
{
	unsigned char *at;

	i_assert(idx <= a->count);
	if (array_reserve_i(a, elem, n) < 0)
		return -ENOMEM;
	if (n == 0)
		return 0;
	at = (unsigned char *)a->data + idx * elem;
	memmove(at + n * elem, at, (a->count - idx) * elem);
	memcpy(at, src, n * elem);
	a->count += n;
	return 0;
}

void array_delete_i(struct array *a, size_t elem, size_t idx, size_t n)
{
	unsigned char *at;

	i_assert(idx <= a->count && n <= a->count - idx);
	if (n == 0)
		return;
	at = (unsigned char *)a->data + idx * elem;
	memmove(at, at + n * elem, (a->count - idx - n) * elem);
	a->count -= n;
}

void array_free_i(struct array *a)
{
	alloc_free(a->data);
	a->data = NULL;
	a->count = 0;
	a->cap = 0;
}
