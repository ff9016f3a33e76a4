/*
 * array.h - growable arrays of any element type, the one way mapix grows
 * a list in memory.
 *
 * An array is a struct array (the elements' block, how many are in use,
 * how many fit) wrapped in a union with a pointer of the element type, so
 * the macros know the element size and the compiler checks what goes in:
 *
 *	ARRAY(struct trow *) rows = ARRAY_INIT;
 *
 *	if (array_push(&rows, t) < 0)
 *		return -ENOMEM;
 *	for (size_t i = 0; i < array_count(&rows); i++)
 *		use(rows.v[i]);
 *	array_free(&rows);
 *
 * A zeroed array is empty and owns nothing, so a calloc'ed struct needs no
 * init call.  Every growth goes through alloc_realloc(), so the test
 * suite's allocation failures reach it, and every size is checked for
 * overflow: a request that cannot be represented fails like one that
 * cannot be allocated.  A failed call returns -ENOMEM and leaves the array
 * exactly as it was.
 *
 * arr.v points at the first element (NULL while nothing was allocated).
 * It may be indexed directly below array_count() -- the hot loops of the
 * tables do -- and it moves when the array grows, so pointers into the
 * array are good until the next call that may grow it.  array_idx()
 * checks the index (i_assert) for code that wants the check.
 *
 * Macros evaluate their array argument more than once: pass a plain
 * pointer, not an expression with side effects.  ARRAY(type) makes a new
 * union type at each use; to pass arrays between functions, name the type
 * once with ARRAY_DEFINE_TYPE(name, type) and use ARRAY_TYPE(name).
 */
#ifndef MAPIX_CORE_ARRAY_H
#define MAPIX_CORE_ARRAY_H

#include <errno.h>
#include <stddef.h>

#include "lib.h"

struct array {
	void *data;   /* the elements; NULL until the first growth */
	size_t count; /* elements in use */
	size_t cap;   /* elements the block has room for */
};

#define ARRAY(type)                                                            \
	union {                                                                \
		struct array a;                                                \
		type *v;                                                       \
	}
#define ARRAY_DEFINE_TYPE(name, type)                                          \
	union array_##name {                                                   \
		struct array a;                                                \
		type *v;                                                       \
	}
#define ARRAY_TYPE(name) union array_##name

/* An empty array, for initializers. */
#define ARRAY_INIT                                                             \
	{                                                                      \
		.a = { NULL, 0, 0 }                                            \
	}

/* The functions behind the macros; elem is the element size in bytes. */
ATTR_NODISCARD int array_reserve_i(struct array *a, size_t elem, size_t more);
ATTR_NODISCARD int array_append_i(struct array *a, size_t elem, const void *src,
				  size_t n);
ATTR_NODISCARD int array_insert_i(struct array *a, size_t elem, size_t idx,
				  const void *src, size_t n);
void *array_append_space_i(struct array *a, size_t elem, size_t n);
void array_delete_i(struct array *a, size_t elem, size_t idx, size_t n);
void array_free_i(struct array *a);

/* array_reserve_i() with the common case, room enough, inline. */
ATTR_NODISCARD static inline int array_room_i(struct array *a, size_t elem,
					      size_t more)
{
	if (likely(more <= a->cap - a->count))
		return 0;
	return array_reserve_i(a, elem, more);
}

/* Makes a macro's result one the caller must look at. */
ATTR_NODISCARD static inline int array_result_i(int ret)
{
	return ret;
}

static inline size_t array_idx_i(const struct array *a, size_t i)
{
	i_assert(i < a->count);
	return i;
}

static inline size_t array_pop_i(struct array *a)
{
	i_assert(a->count > 0);
	return --a->count;
}

static inline size_t array_take_reserved_i(struct array *a)
{
	i_assert(a->count < a->cap);
	return a->count++;
}

static inline void array_truncate_i(struct array *a, size_t count)
{
	i_assert(count <= a->count);
	a->count = count;
}

/* A compile-time check that src points at the element type of arr. */
#define ARRAY_TYPECHECK_(arr, src) (1 ? (src) : (arr)->v)

/* Elements in use. */
#define array_count(arr) ((arr)->a.count)
/* Elements that fit before the next growth. */
#define array_capacity(arr) ((arr)->a.cap)
#define array_is_empty(arr) ((arr)->a.count == 0)

/*
 * Room for at least more elements after the ones in use, so that the next
 * pushes up to that many cannot fail.  0 or -ENOMEM.
 */
#define array_reserve(arr, more)                                               \
	array_room_i(&(arr)->a, sizeof(*(arr)->v), (more))

/* Appends val (an element, copied).  0 or -ENOMEM. */
#define array_push(arr, val)                                                   \
	array_result_i(array_room_i(&(arr)->a, sizeof(*(arr)->v), 1) < 0       \
			   ? -ENOMEM                                           \
			   : ((arr)->v[(arr)->a.count++] = (val), 0))

/* Appends val into room that array_reserve() made; cannot fail. */
#define array_push_reserved(arr, val)                                          \
	((void)((arr)->v[array_take_reserved_i(&(arr)->a)] = (val)))

/* Appends n elements copied from src.  0 or -ENOMEM. */
#define array_append(arr, src, n)                                              \
	array_append_i(&(arr)->a, sizeof(*(arr)->v),                           \
		       ARRAY_TYPECHECK_(arr, src), (n))

/*
 * Appends n zeroed elements and returns a pointer to the first, or NULL
 * (the array unchanged) when memory runs out.
 */
#define array_append_space(arr, n)                                             \
	array_append_space_i(&(arr)->a, sizeof(*(arr)->v), (n))

/* Inserts n elements copied from src before element idx (<= count). */
#define array_insert(arr, idx, src, n)                                         \
	array_insert_i(&(arr)->a, sizeof(*(arr)->v), (idx),                    \
		       ARRAY_TYPECHECK_(arr, src), (n))

/* Removes n elements from idx on; the ones after move down. */
#define array_delete(arr, idx, n)                                              \
	array_delete_i(&(arr)->a, sizeof(*(arr)->v), (idx), (n))

/* A pointer to element i, which must exist (i_assert). */
#define array_idx(arr, i) (&(arr)->v[array_idx_i(&(arr)->a, (i))])
/* The last element (the array must not be empty). */
#define array_back(arr) array_idx(arr, array_count(arr) - 1)
/* Removes the last element and gives its value. */
#define array_pop(arr) ((arr)->v[array_pop_i(&(arr)->a)])

/* Keeps the first count elements (count <= array_count()). */
#define array_truncate(arr, count) array_truncate_i(&(arr)->a, (count))
/* Empties the array, keeping its memory for reuse. */
#define array_clear(arr) ((void)((arr)->a.count = 0))
/* Frees the elements' block; the array is empty and owns nothing. */
#define array_free(arr) array_free_i(&(arr)->a)

#endif
