/*
 * pblob.h - the engine's byte encoding of property arrays, and property
 * bags: the in-memory property sets of objects open for editing.
 *
 * Every object's properties are kept in the database as one pblob: a
 * magic, a count, then each property as its tag and its value in a fixed
 * little-endian form (strings counted, PT_UNICODE as UTF-16 units, so
 * values round-trip exactly).  The backend stores the bytes without
 * looking into them; the bytes of a damaged database reach the parser, so
 * it checks every count and length against what is left and against the
 * limits below, and never trusts a length to allocate.
 *
 * Layout (all integers little-endian):
 *   "MXP1"  u32 count  { u32 tag, value }*count
 *   value:  PT_I2 2 bytes; PT_LONG, PT_R4, PT_ERROR 4; PT_BOOLEAN 2;
 *           PT_DOUBLE, PT_APPTIME, PT_CURRENCY, PT_I8, PT_SYSTIME 8;
 *           PT_CLSID 16; PT_STRING8 u32 bytes + bytes (no NUL);
 *           PT_UNICODE u32 with the top bit set + that many bytes of
 *           strict UTF-8 when every surrogate is paired (the common case,
 *           half the size of UTF-16 for Latin text), else u32 units +
 *           2*units bytes of UTF-16 (which must hold an unpaired
 *           surrogate: each string has exactly one encoding);
 *           PT_BINARY, PT_SVREID u32 + bytes;
 *           PT_MV_x u32 n + n values of x; PT_NULL nothing.
 */
#ifndef MAPIX_ENGINE_PBLOB_H
#define MAPIX_ENGINE_PBLOB_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#include <mapidefs.h>

/* Most properties in one blob, most elements in one multi-valued value. */
#define PBLOB_MAX_PROPS 0x10000
#define PBLOB_MAX_MV    0x100000

/* A growing byte buffer (alloc_*). */
struct pbuf {
	uint8_t *data;
	size_t len, cap;
	bool failed; /* an append ran out of memory */
};
void pbuf_free(struct pbuf *b);
void pbuf_append(struct pbuf *b, const void *p, size_t n);

/* True for the types a pblob can hold (single or multi-valued). */
bool pblob_type_ok(ULONG type);

/* Appends the encoding of count values (the header included).  Returns 0,
 * -EINVAL for a type that cannot be stored or a NULL pointer in a value,
 * -ENOMEM. */
int pblob_write(struct pbuf *b, ULONG count, const SPropValue *props);

/* How a parse allocates its result: one block, alloc_malloc (free with
 * alloc_free) or MAPIAllocateBuffer (free with MAPIFreeBuffer). */
enum pblob_alloc { PBLOB_PLAIN, PBLOB_MAPI };

/*
 * Decodes a pblob into one block holding the SPropValue array and all the
 * data it points to.  Returns 0, -EBADMSG for bytes that are no valid
 * pblob (bad magic, truncated, over a limit, unknown type, trailing
 * bytes), -ENOMEM.  An empty input (len 0) is an empty array.
 */
int pblob_parse(const void *data, size_t len, enum pblob_alloc how,
		ULONG *count_r, SPropValue **props_r);

/* Bytes of the data one value carries (its UlPropSize, roughly): used for
 * PR_MESSAGE_SIZE. */
size_t pblob_value_size(const SPropValue *pv);

/*
 * A property bag: each value in its own alloc_malloc()ed block (an
 * SPropValue followed by its data), kept in tag-ID order.
 */
struct pbag {
	ULONG count, cap;
	SPropValue **v;
	bool *borrowed; /* v[i] belongs to the caller of pbag_borrow() */
};
void pbag_clear(struct pbag *bag);
/* Sets (replacing any value of the same property ID). 0, -EINVAL,
 * -ENOMEM. */
int pbag_set(struct pbag *bag, const SPropValue *pv);
/* Like pbag_set, but keeps a pointer to pv itself, which must stay valid
 * and unchanged until the bag is cleared (no copy: for bulk writes). */
int pbag_borrow(struct pbag *bag, const SPropValue *pv);
/* Removes the property with this ID; true when there was one. */
bool pbag_delete(struct pbag *bag, ULONG prop_id);
/* The value with this property ID, or NULL. */
const SPropValue *pbag_find(const struct pbag *bag, ULONG prop_id);
/* Replaces the contents by the properties of a pblob. */
int pbag_load(struct pbag *bag, const void *data, size_t len);
/* Deep copy. */
int pbag_copy(struct pbag *dst, const struct pbag *src);
/* Encodes the bag as a pblob. */
int pbag_write(const struct pbag *bag, struct pbuf *b);
/* Encodes the bag without the properties whose IDs are in skip. */
int pbag_write_skip(const struct pbag *bag, const ULONG *skip, ULONG nskip,
		    struct pbuf *b);

#endif
