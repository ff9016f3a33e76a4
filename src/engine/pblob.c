/*
 * pblob.c - encoding and decoding of property arrays (pblob.h), and the
 * property bags built on them.
 *
 * Decoding runs in two passes over the same checked reader: the first
 * validates everything and measures the block, the second fills it, so a
 * bad blob fails before any allocation and a good one needs exactly one.
 */
#include "pblob.h"

#include <errno.h>
#include <string.h>

#include <mapix.h>

#include "alloc.h"
#include "proptype.h"
#include "ustring.h"
#include "utf8.h"

#define PBLOB_MAGIC "MXP1"
/* Length flag of a PT_UNICODE value stored as UTF-8 bytes. */
#define PBLOB_UTF8 0x80000000u

static size_t align8(size_t n)
{
	return (n + 7) & ~(size_t)7;
}

void pbuf_free(struct pbuf *b)
{
	alloc_free(b->data);
	b->data = NULL;
	b->len = b->cap = 0;
	b->failed = false;
}

void pbuf_append(struct pbuf *b, const void *p, size_t n)
{
	if (b->failed)
		return;
	if (b->len + n > b->cap) {
		size_t cap = b->cap ? b->cap : 256;
		uint8_t *nd;

		while (cap < b->len + n)
			cap *= 2;
		nd = alloc_realloc(b->data, cap);
		if (nd == NULL) {
			b->failed = true;
			return;
		}
		b->data = nd;
		b->cap = cap;
	}
	if (n != 0 && p != NULL)
		memcpy(b->data + b->len, p, n);
	b->len += n;
}

/* Room for n more bytes at the end (NULL when out of memory). */
static uint8_t *pbuf_reserve(struct pbuf *b, size_t n)
{
	size_t at = b->len;

	pbuf_append(b, NULL, n);
	return b->failed ? NULL : b->data + at;
}

static void put_u16(struct pbuf *b, uint16_t v)
{
	uint8_t x[2] = {(uint8_t)v, (uint8_t)(v >> 8)};

	pbuf_append(b, x, 2);
}

static void put_u32(struct pbuf *b, uint32_t v)
{
	uint8_t x[4] = {(uint8_t)v, (uint8_t)(v >> 8), (uint8_t)(v >> 16),
			(uint8_t)(v >> 24)};

	pbuf_append(b, x, 4);
}

static void put_u64(struct pbuf *b, uint64_t v)
{
	put_u32(b, (uint32_t)v);
	put_u32(b, (uint32_t)(v >> 32));
}

bool pblob_type_ok(ULONG type)
{
	return proptype_storable(type);
}

/* Writes one element of base type from a pointer to its storage. */
static int put_elem(struct pbuf *b, ULONG base, const void *p)
{
	switch (base) {
	case PT_I2:
		put_u16(b, (uint16_t) * (const short *)p);
		return 0;
	case PT_BOOLEAN:
		put_u16(b, *(const unsigned short *)p ? 1 : 0);
		return 0;
	case PT_LONG:
	case PT_ERROR:
		put_u32(b, *(const uint32_t *)p);
		return 0;
	case PT_R4: {
		uint32_t u;

		memcpy(&u, p, 4);
		put_u32(b, u);
		return 0;
	}
	case PT_DOUBLE:
	case PT_APPTIME:
	case PT_CURRENCY:
	case PT_I8:
	case PT_SYSTIME: {
		uint64_t u;

		memcpy(&u, p, 8);
		if (base == PT_SYSTIME) {
			const FILETIME *ft = p;

			u = ((uint64_t)ft->dwHighDateTime << 32) |
			    ft->dwLowDateTime;
		}
		put_u64(b, u);
		return 0;
	}
	case PT_CLSID:
		if (p == NULL)
			return -EINVAL;
		pbuf_append(b, p, 16);
		return 0;
	case PT_STRING8: {
		const char *s = *(const char *const *)p;
		size_t n;

		if (s == NULL)
			return -EINVAL;
		n = strlen(s);
		if (n > UINT32_MAX)
			return -EINVAL;
		put_u32(b, (uint32_t)n);
		pbuf_append(b, s, n);
		return 0;
	}
	case PT_UNICODE: {
		const WCHAR *s = *(const WCHAR *const *)p;
		size_t n, u8, i;
		uint8_t *o;

		if (s == NULL)
			return -EINVAL;
		n = ustr_wlen(s);
		if (n > 0x7FFFFFFF / 2)
			return -EINVAL;
		/* UTF-8 when every surrogate is paired (then it round-trips
		 * exactly), else the UTF-16 units as they are. */
		if (utf16_to_utf8(s, n, NULL, 0, UTF_REJECT, &u8) < 0) {
			put_u32(b, (uint32_t)n);
			o = pbuf_reserve(b, n * 2);
			for (i = 0; o && i < n; i++) {
				o[2 * i] = (uint8_t)s[i];
				o[2 * i + 1] = (uint8_t)(s[i] >> 8);
			}
			return 0;
		}
		if (u8 > 0x7FFFFFFF)
			return -EINVAL;
		put_u32(b, (uint32_t)u8 | PBLOB_UTF8);
		o = pbuf_reserve(b, u8);
		if (o)
			utf16_to_utf8(s, n, (char *)o, u8, UTF_REJECT, &u8);
		return 0;
	}
	case PT_BINARY:
	case PT_SVREID: {
		const SBinary *bin = p;

		if (bin->cb != 0 && bin->lpb == NULL)
			return -EINVAL;
		put_u32(b, bin->cb);
		pbuf_append(b, bin->lpb, bin->cb);
		return 0;
	}
	default:
		return -EINVAL;
	}
}

static int put_value(struct pbuf *b, const SPropValue *pv)
{
	ULONG type = PROP_TYPE(pv->ulPropTag), base = type & ~(ULONG)MV_FLAG;
	const char *arr;
	size_t esize;
	ULONG n, i;
	int ret;

	if (!pblob_type_ok(type))
		return -EINVAL;
	put_u32(b, pv->ulPropTag);
	if (!(type & MV_FLAG)) {
		switch (base) {
		case PT_NULL:
			return 0;
		case PT_CLSID:
			return put_elem(b, base, pv->Value.lpguid);
		case PT_BINARY:
		case PT_SVREID:
			return put_elem(b, base, &pv->Value.bin);
		default:
			return put_elem(b, base, &pv->Value);
		}
	}
	n = proptype_mv_count(pv);
	arr = proptype_mv_array(pv);
	if (n > PBLOB_MAX_MV)
		return -EINVAL;
	if (n != 0 && arr == NULL)
		return -EINVAL;
	put_u32(b, n);
	esize = proptype_base(base)->size;
	for (i = 0; i < n; i++) {
		ret = put_elem(b, base, arr + (size_t)i * esize);
		if (ret < 0)
			return ret;
	}
	return 0;
}

int pblob_write(struct pbuf *b, ULONG count, const SPropValue *props)
{
	ULONG i;
	int ret;

	if (count > PBLOB_MAX_PROPS)
		return -EINVAL;
	pbuf_append(b, PBLOB_MAGIC, 4);
	put_u32(b, count);
	for (i = 0; i < count; i++) {
		ret = put_value(b, &props[i]);
		if (ret < 0)
			return ret;
	}
	return b->failed ? -ENOMEM : 0;
}

/* ---------------------------------------------------------------------------
 * Decoding
 */

struct reader {
	const uint8_t *p;
	size_t left;
	/* second pass: where data goes */
	uint8_t *out;
	size_t used;
};

static int get(struct reader *r, void *dst, size_t n)
{
	if (r->left < n)
		return -EBADMSG;
	if (dst != NULL)
		memcpy(dst, r->p, n);
	r->p += n;
	r->left -= n;
	return 0;
}

static int get_u16(struct reader *r, uint16_t *v)
{
	uint8_t x[2];

	if (get(r, x, 2) < 0)
		return -EBADMSG;
	*v = (uint16_t)(x[0] | (x[1] << 8));
	return 0;
}

static int get_u32(struct reader *r, uint32_t *v)
{
	uint8_t x[4];

	if (get(r, x, 4) < 0)
		return -EBADMSG;
	*v = (uint32_t)x[0] | ((uint32_t)x[1] << 8) | ((uint32_t)x[2] << 16) |
	     ((uint32_t)x[3] << 24);
	return 0;
}

static int get_u64(struct reader *r, uint64_t *v)
{
	uint32_t lo, hi;

	if (get_u32(r, &lo) < 0 || get_u32(r, &hi) < 0)
		return -EBADMSG;
	*v = ((uint64_t)hi << 32) | lo;
	return 0;
}

/* Reserves n bytes of output (8-aligned); NULL in the measuring pass. */
static void *reserve(struct reader *r, size_t n)
{
	void *p = r->out ? r->out + r->used : NULL;

	r->used += align8(n);
	return p;
}

/* Reads one element of base type into dst (which may be NULL while
 * measuring). */
static int get_elem(struct reader *r, ULONG base, void *dst)
{
	uint16_t u16;
	uint32_t u32;
	uint64_t u64;

	switch (base) {
	case PT_I2:
		if (get_u16(r, &u16) < 0)
			return -EBADMSG;
		if (dst)
			*(short *)dst = (short)u16;
		return 0;
	case PT_BOOLEAN:
		if (get_u16(r, &u16) < 0 || u16 > 1)
			return -EBADMSG;
		if (dst)
			*(unsigned short *)dst = u16;
		return 0;
	case PT_LONG:
	case PT_ERROR:
	case PT_R4:
		if (get_u32(r, &u32) < 0)
			return -EBADMSG;
		if (dst)
			memcpy(dst, &u32, 4);
		return 0;
	case PT_DOUBLE:
	case PT_APPTIME:
	case PT_CURRENCY:
	case PT_I8:
	case PT_SYSTIME:
		if (get_u64(r, &u64) < 0)
			return -EBADMSG;
		if (dst && base == PT_SYSTIME) {
			FILETIME *ft = dst;

			ft->dwLowDateTime = (ULONG)u64;
			ft->dwHighDateTime = (ULONG)(u64 >> 32);
		} else if (dst) {
			memcpy(dst, &u64, 8);
		}
		return 0;
	case PT_CLSID: {
		GUID *g = reserve(r, sizeof(GUID));

		if (get(r, g, 16) < 0)
			return -EBADMSG;
		if (dst)
			*(GUID **)dst = g;
		return 0;
	}
	case PT_STRING8: {
		char *s;

		if (get_u32(r, &u32) < 0 || u32 > r->left)
			return -EBADMSG;
		/* A counted string holds no NUL: it could not be written
		 * back the same. */
		if (memchr(r->p, 0, u32) != NULL)
			return -EBADMSG;
		s = reserve(r, (size_t)u32 + 1);
		if (get(r, s, u32) < 0)
			return -EBADMSG;
		if (s)
			s[u32] = 0;
		if (dst)
			*(char **)dst = s;
		return 0;
	}
	case PT_UNICODE: {
		WCHAR *s;
		size_t i, units;
		bool paired_only = true;

		if (get_u32(r, &u32) < 0)
			return -EBADMSG;
		if (u32 & PBLOB_UTF8) {
			u32 &= ~PBLOB_UTF8;
			/* Strict UTF-8 without a NUL, as written above. */
			if (u32 > r->left || memchr(r->p, 0, u32) != NULL ||
			    utf8_to_utf16((const char *)r->p, u32, NULL, 0,
					  UTF_REJECT, &units) < 0)
				return -EBADMSG;
			s = reserve(r, (units + 1) * sizeof(WCHAR));
			if (s) {
				utf8_to_utf16((const char *)r->p, u32, s, units,
					      UTF_REJECT, &units);
				s[units] = 0;
			}
			get(r, NULL, u32);
			if (dst)
				*(WCHAR **)dst = s;
			return 0;
		}
		if (u32 > r->left / 2)
			return -EBADMSG;
		s = reserve(r, ((size_t)u32 + 1) * sizeof(WCHAR));
		for (i = 0; i < u32; i++) {
			uint16_t c =
			    (uint16_t)(r->p[2 * i] | (r->p[2 * i + 1] << 8));

			if (c == 0)
				return -EBADMSG;
			if (utf_is_surrogate(c)) {
				uint16_t d =
				    i + 1 < u32
					? (uint16_t)(r->p[2 * i + 2] |
						     (r->p[2 * i + 3] << 8))
					: 0;

				if (utf_is_high_surrogate(c) &&
				    utf_is_low_surrogate(d)) {
					if (s) {
						s[i] = c;
						s[i + 1] = d;
					}
					i++;
					continue;
				}
				paired_only = false;
			}
			if (s)
				s[i] = c;
		}
		/* Strings without unpaired surrogates are written as UTF-8:
		 * this form of one is not canonical. */
		if (paired_only)
			return -EBADMSG;
		get(r, NULL, (size_t)u32 * 2);
		if (s)
			s[u32] = 0;
		if (dst)
			*(WCHAR **)dst = s;
		return 0;
	}
	case PT_BINARY:
	case PT_SVREID: {
		SBinary *bin = dst;
		uint8_t *d;

		if (get_u32(r, &u32) < 0 || u32 > r->left)
			return -EBADMSG;
		d = reserve(r, u32);
		if (get(r, d, u32) < 0)
			return -EBADMSG;
		if (bin) {
			bin->cb = u32;
			bin->lpb = d;
		}
		return 0;
	}
	default:
		return -EBADMSG;
	}
}

static int get_value(struct reader *r, SPropValue *pv)
{
	uint32_t tag, n, i;
	ULONG type, base;
	uint8_t *arr;
	size_t esize;
	int ret;

	if (get_u32(r, &tag) < 0)
		return -EBADMSG;
	type = PROP_TYPE(tag);
	base = type & ~(ULONG)MV_FLAG;
	if (!pblob_type_ok(type))
		return -EBADMSG;
	if (pv) {
		memset(pv, 0, sizeof(*pv));
		pv->ulPropTag = tag;
	}
	if (!(type & MV_FLAG)) {
		if (base == PT_NULL)
			return 0;
		if (base == PT_CLSID)
			return get_elem(r, base, pv ? &pv->Value.lpguid : NULL);
		if (base == PT_BINARY || base == PT_SVREID)
			return get_elem(r, base, pv ? &pv->Value.bin : NULL);
		return get_elem(r, base, pv ? (void *)&pv->Value : NULL);
	}
	if (get_u32(r, &n) < 0 || n > PBLOB_MAX_MV)
		return -EBADMSG;
	/* Each element takes at least 2 bytes of input. */
	if (n > r->left / 2)
		return -EBADMSG;
	esize = proptype_base(base)->size;
	arr = reserve(r, (size_t)n * esize);
	for (i = 0; i < n; i++) {
		void *slot = arr ? arr + (size_t)i * esize : NULL;

		if (base == PT_CLSID) {
			/* MV CLSID elements are GUIDs in place, not pointers.
			 */
			if (get(r, slot, 16) < 0)
				return -EBADMSG;
			continue;
		}
		ret = get_elem(r, base, slot);
		if (ret < 0)
			return ret;
	}
	if (pv) {
		pv->Value.MVl.cValues = n;
		proptype_mv_set_array(pv, arr);
	}
	return 0;
}

static int parse_pass(const void *data, size_t len, SPropValue *props,
		      uint8_t *out, size_t *size_r, uint32_t *count_r)
{
	struct reader r = {.p = data, .left = len, .out = out};
	uint32_t count, i;
	int ret;

	if (get(&r, NULL, 4) < 0 || memcmp(data, PBLOB_MAGIC, 4) != 0)
		return -EBADMSG;
	if (get_u32(&r, &count) < 0 || count > PBLOB_MAX_PROPS)
		return -EBADMSG;
	if (count > r.left / 4)
		return -EBADMSG;
	r.used = align8((size_t)count * sizeof(SPropValue));
	for (i = 0; i < count; i++) {
		ret = get_value(&r, props ? &props[i] : NULL);
		if (ret < 0)
			return ret;
	}
	if (r.left != 0)
		return -EBADMSG;
	*size_r = r.used;
	*count_r = count;
	return 0;
}

int pblob_parse(const void *data, size_t len, enum pblob_alloc how,
		ULONG *count_r, SPropValue **props_r)
{
	size_t size = 0;
	uint32_t count = 0;
	uint8_t *block;
	int ret;

	if (len == 0) {
		size = sizeof(SPropValue);
	} else {
		ret = parse_pass(data, len, NULL, NULL, &size, &count);
		if (ret < 0)
			return ret;
		if (size > 0xFFFFFFF0u)
			return -EBADMSG;
		if (size == 0)
			size = sizeof(SPropValue);
	}
	if (how == PBLOB_MAPI) {
		void *p = NULL;

		if (MAPIAllocateBuffer((ULONG)size, &p) != S_OK)
			return -ENOMEM;
		block = p;
	} else {
		block = alloc_malloc(size);
		if (block == NULL)
			return -ENOMEM;
	}
	memset(block, 0, size);
	if (len != 0) {
		ret = parse_pass(data, len, (SPropValue *)(void *)block, block,
				 &size, &count);
		/* The first pass accepted the same bytes. */
		if (ret < 0) {
			if (how == PBLOB_MAPI)
				MAPIFreeBuffer(block);
			else
				alloc_free(block);
			return ret;
		}
	}
	*count_r = count;
	*props_r = (SPropValue *)(void *)block;
	return 0;
}

size_t pblob_value_size(const SPropValue *pv)
{
	if (!proptype_storable(PROP_TYPE(pv->ulPropTag)))
		return 0;
	return (size_t)proptype_value_size(pv);
}

/* ---------------------------------------------------------------------------
 * Property bags
 */

void pbag_clear(struct pbag *bag)
{
	ULONG i;

	for (i = 0; i < bag->count; i++)
		if (!bag->borrowed[i])
			alloc_free(bag->v[i]);
	alloc_free(bag->v);
	alloc_free(bag->borrowed);
	bag->v = NULL;
	bag->borrowed = NULL;
	bag->count = bag->cap = 0;
}

/* Index of the first value whose ID is >= id. */
static ULONG bag_pos(const struct pbag *bag, ULONG id)
{
	ULONG lo = 0, hi = bag->count;

	while (lo < hi) {
		ULONG mid = (lo + hi) / 2;

		if (PROP_ID(bag->v[mid]->ulPropTag) < id)
			lo = mid + 1;
		else
			hi = mid;
	}
	return lo;
}

/* One value in one block. */
static int copy_one(const SPropValue *pv, SPropValue **copy_r)
{
	struct pbuf b = {0};
	ULONG n;
	int ret;

	ret = pblob_write(&b, 1, pv);
	if (ret == 0)
		ret = pblob_parse(b.data, b.len, PBLOB_PLAIN, &n, copy_r);
	pbuf_free(&b);
	if (ret == -EBADMSG)
		ret = -EINVAL;
	return ret;
}

static int bag_put(struct pbag *bag, SPropValue *copy, bool borrowed)
{
	ULONG id = PROP_ID(copy->ulPropTag), pos = bag_pos(bag, id);

	if (pos < bag->count && PROP_ID(bag->v[pos]->ulPropTag) == id) {
		if (!bag->borrowed[pos])
			alloc_free(bag->v[pos]);
		bag->v[pos] = copy;
		bag->borrowed[pos] = borrowed;
		return 0;
	}
	if (bag->count == bag->cap) {
		ULONG cap = bag->cap ? bag->cap * 2 : 16;
		SPropValue **nv = alloc_realloc(bag->v, cap * sizeof(*nv));
		bool *nb;

		if (nv == NULL) {
			if (!borrowed)
				alloc_free(copy);
			return -ENOMEM;
		}
		bag->v = nv;
		nb = alloc_realloc(bag->borrowed, cap * sizeof(*nb));
		if (nb == NULL) {
			if (!borrowed)
				alloc_free(copy);
			return -ENOMEM;
		}
		bag->borrowed = nb;
		bag->cap = cap;
	}
	memmove(&bag->v[pos + 1], &bag->v[pos],
		(bag->count - pos) * sizeof(*bag->v));
	memmove(&bag->borrowed[pos + 1], &bag->borrowed[pos],
		(bag->count - pos) * sizeof(*bag->borrowed));
	bag->v[pos] = copy;
	bag->borrowed[pos] = borrowed;
	bag->count++;
	return 0;
}

int pbag_borrow(struct pbag *bag, const SPropValue *pv)
{
	if (!pblob_type_ok(PROP_TYPE(pv->ulPropTag)))
		return -EINVAL;
	return bag_put(bag, (SPropValue *)pv, true);
}

int pbag_set(struct pbag *bag, const SPropValue *pv)
{
	SPropValue *copy;
	int ret;

	ret = copy_one(pv, &copy);
	if (ret < 0)
		return ret;
	return bag_put(bag, copy, false);
}

bool pbag_delete(struct pbag *bag, ULONG prop_id)
{
	ULONG pos = bag_pos(bag, prop_id);

	if (pos >= bag->count || PROP_ID(bag->v[pos]->ulPropTag) != prop_id)
		return false;
	if (!bag->borrowed[pos])
		alloc_free(bag->v[pos]);
	memmove(&bag->v[pos], &bag->v[pos + 1],
		(bag->count - pos - 1) * sizeof(*bag->v));
	memmove(&bag->borrowed[pos], &bag->borrowed[pos + 1],
		(bag->count - pos - 1) * sizeof(*bag->borrowed));
	bag->count--;
	return true;
}

const SPropValue *pbag_find(const struct pbag *bag, ULONG prop_id)
{
	ULONG pos = bag_pos(bag, prop_id);

	if (pos < bag->count && PROP_ID(bag->v[pos]->ulPropTag) == prop_id)
		return bag->v[pos];
	return NULL;
}

int pbag_load(struct pbag *bag, const void *data, size_t len)
{
	SPropValue *props;
	ULONG n, i;
	int ret;

	pbag_clear(bag);
	ret = pblob_parse(data, len, PBLOB_PLAIN, &n, &props);
	if (ret < 0)
		return ret;
	for (i = 0; i < n && ret == 0; i++)
		ret = pbag_set(bag, &props[i]);
	alloc_free(props);
	if (ret < 0)
		pbag_clear(bag);
	return ret;
}

int pbag_copy(struct pbag *dst, const struct pbag *src)
{
	ULONG i;
	int ret = 0;

	pbag_clear(dst);
	for (i = 0; i < src->count && ret == 0; i++)
		ret = pbag_set(dst, src->v[i]);
	if (ret < 0)
		pbag_clear(dst);
	return ret;
}

int pbag_write(const struct pbag *bag, struct pbuf *b)
{
	ULONG i;
	int ret;

	pbuf_append(b, PBLOB_MAGIC, 4);
	put_u32(b, bag->count);
	for (i = 0; i < bag->count; i++) {
		ret = put_value(b, bag->v[i]);
		if (ret < 0)
			return ret;
	}
	return b->failed ? -ENOMEM : 0;
}

int pbag_write_skip(const struct pbag *bag, const ULONG *skip, ULONG nskip,
		    struct pbuf *b)
{
	ULONG i, j, count = 0;
	int ret;

	for (i = 0; i < bag->count; i++) {
		for (j = 0; j < nskip; j++)
			if (PROP_ID(bag->v[i]->ulPropTag) == skip[j])
				break;
		if (j == nskip)
			count++;
	}
	pbuf_append(b, PBLOB_MAGIC, 4);
	put_u32(b, count);
	for (i = 0; i < bag->count; i++) {
		for (j = 0; j < nskip; j++)
			if (PROP_ID(bag->v[i]->ulPropTag) == skip[j])
				break;
		if (j < nskip)
			continue;
		ret = put_value(b, bag->v[i]);
		if (ret < 0)
			return ret;
	}
	return b->failed ? -ENOMEM : 0;
}
