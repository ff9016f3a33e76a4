/*
 * fuzz_restriction.c - libFuzzer target for restrictions and sort orders.
 *
 * The input describes a restriction tree, a row, the row's sub-rows, a
 * sort order set and a second row (format below).  The target validates
 * the tree and, when it is valid, evaluates it against the row; it
 * validates the sort order and, when valid, compares the rows both ways.
 * It checks what must hold for any input and calls abort() (the fuzzer's
 * crash signal) when something does not:
 * - res_validate returns 0, -EINVAL or -E2BIG, with a message on error;
 * - res_eval of a valid tree returns 1 or 0, the same twice in a row, and
 *   -ENOMEM or -EIO only when allocation failure or a failing sub-row
 *   callback was asked for;
 * - sort_compare_rows is reflexive and antisymmetric;
 * - every block allocated through alloc_*() is freed again.
 *
 * Input format (all reads past the end give 0 bytes):
 *   header   u8: bit 0 fail allocation number (header >> 2) + 1 during
 *            evaluation; bit 1 the sub-row callback fails with -EIO
 *   tree     node (below)
 *   row      u8 n (n % 8 properties), then n x (tag, value)
 *   subrows  u8 n (n % 3 rows), then n rows
 *   sort     u8 s: 0xFF = SORT_MAX_KEYS + 1 keys (no more bytes); else
 *            s % 6 keys, u8 cCategories and u8 cExpanded (each modulo
 *            keys + 2), then per key: tag, u8 order (% 10)
 *   row2     as row
 * node: u8 rt (% 16; 13..15 are unknown types), then by rt:
 *   AND/OR        u8 c: 0xFF = two terms and a NULL array, else c % 5
 *                 terms (nodes) follow
 *   NOT, SUB      u8 f: 0xFF = NULL, else a node follows
 *   CONTENT       u8 fuzzy (bits 0-1 match kind, 2-4 the FL_* bits), tag,
 *                 u8 v: 0xFF = NULL lpProp; bit 0 set: lpProp of the tag's
 *                 base type, else of type (v >> 1) % 32; then the value
 *   PROPERTY      u8 relop (% 8), tag, u8 v: 0xFF = NULL lpProp; v % 4:
 *                 0 the tag's type, 1 its base type, else type
 *                 (v >> 2) % 32; then the value
 *   COMPAREPROPS  u8 relop (% 8), tag, tag
 *   BITMASK       u8 rel (% 3), tag, u32 mask
 *   SIZE          u8 relop (% 8), tag, u8 cb
 *   EXIST         tag
 *   COMMENT, ANNOTATION  u8 c: 0xFF = one value, NULL array; else c % 3
 *                 values (tag, value); then u8 f: bit 0 set: a node
 *   COUNT         u8 count, u8 f: 0xFF = NULL, else a node follows
 * tag: u8 t: type fuzz_types[t % 32], ID 0x8000 + (t >> 5).
 * value by type (MV_INSTANCE types hold one value of the base type):
 *   I2, BOOLEAN u16; LONG, R4, ERROR u32; DOUBLE, APPTIME, CURRENCY, I8,
 *   SYSTIME u64; STRING8 u8 n (0xFF = NULL) then n % 24 bytes; UNICODE
 *   u8 n (0xFF = NULL) then n % 16 u16; BINARY u8 n (0xFF = NULL lpb,
 *   cb 5) then n % 24 bytes; CLSID u8 (0xFF = NULL) then 16 bytes;
 *   multi-valued u8 n (0xFF = NULL array, 3 values) then n % 5
 *   elements; other types u32.
 */
#include <errno.h>
#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include <mapidefs.h>

#include "alloc.h"
#include "errmap.h"
#include "proptype.h"
#include "restriction.h"
#include "sortorder.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

#define FZ_MAX_NODES 300
#define FZ_MAX_DEPTH (RES_MAX_DEPTH + 4)

/* clang-format off */
static const ULONG fuzz_types[32] = {
	PT_I2, PT_LONG, PT_R4, PT_DOUBLE, PT_CURRENCY, PT_APPTIME, PT_ERROR,
	PT_BOOLEAN, PT_I8, PT_STRING8, PT_UNICODE, PT_SYSTIME, PT_CLSID,
	PT_BINARY, PT_MV_I2, PT_MV_LONG, PT_MV_R4, PT_MV_DOUBLE,
	PT_MV_CURRENCY, PT_MV_APPTIME, PT_MV_I8, PT_MV_STRING8, PT_MV_UNICODE,
	PT_MV_SYSTIME, PT_MV_CLSID, PT_MV_BINARY, PT_NULL, PT_OBJECT,
	PT_UNSPECIFIED, PT_STRING8 | MV_INSTANCE, PT_UNICODE | MVI_FLAG, 0x0999,
};
/* clang-format on */

/* ---------------------------------------------------------------------------
 * Reading the input, and memory that is freed all at once
 */

struct fz {
	const uint8_t *p;
	size_t n;
};

static uint8_t fz_u8(struct fz *f)
{
	if (f->n == 0)
		return 0;
	f->n--;
	return *f->p++;
}

static uint16_t fz_u16(struct fz *f)
{
	uint16_t lo = fz_u8(f);

	return (uint16_t)(lo | (uint16_t)fz_u8(f) << 8);
}

static uint32_t fz_u32(struct fz *f)
{
	uint32_t lo = fz_u16(f);

	return lo | (uint32_t)fz_u16(f) << 16;
}

static uint64_t fz_u64(struct fz *f)
{
	uint64_t lo = fz_u32(f);

	return lo | (uint64_t)fz_u32(f) << 32;
}

struct arena {
	void **blocks;
	size_t count, cap;
	bool failed;
};

static void *arena_alloc(struct arena *a, size_t size)
{
	void **grown, *p;
	size_t cap;

	if (a->failed)
		return NULL;
	if (a->count == a->cap) {
		cap = a->cap == 0 ? 64 : a->cap * 2;
		grown = alloc_realloc(a->blocks, cap * sizeof(*grown));
		if (grown == NULL) {
			a->failed = true;
			return NULL;
		}
		a->blocks = grown;
		a->cap = cap;
	}
	p = alloc_calloc(1, size == 0 ? 1 : size);
	if (p == NULL) {
		a->failed = true;
		return NULL;
	}
	a->blocks[a->count++] = p;
	return p;
}

static void arena_free(struct arena *a)
{
	for (size_t i = 0; i < a->count; i++)
		alloc_free(a->blocks[i]);
	alloc_free(a->blocks);
}

struct build {
	struct fz *f;
	struct arena *a;
	unsigned nodes;
};

/* ---------------------------------------------------------------------------
 * Values and rows
 */

static ULONG fz_tag(struct build *b)
{
	uint8_t t = fz_u8(b->f);

	return PROP_TAG(fuzz_types[t % 32], 0x8000 + (t >> 5));
}

static ULONG base_type(ULONG type)
{
	return type & ~(ULONG)MVI_FLAG;
}

static char *fz_string8(struct build *b)
{
	uint8_t n = fz_u8(b->f);
	char *s;

	if (n == 0xFF)
		return NULL;
	n %= 24;
	s = arena_alloc(b->a, (size_t)n + 1);
	for (uint8_t i = 0; i < n; i++) {
		uint8_t c = fz_u8(b->f);

		if (s != NULL)
			s[i] = (char)c;
	}
	return s;
}

static WCHAR *fz_unicode(struct build *b)
{
	uint8_t n = fz_u8(b->f);
	WCHAR *s;

	if (n == 0xFF)
		return NULL;
	n %= 16;
	s = arena_alloc(b->a, ((size_t)n + 1) * sizeof(WCHAR));
	for (uint8_t i = 0; i < n; i++) {
		uint16_t c = fz_u16(b->f);

		if (s != NULL)
			s[i] = c;
	}
	return s;
}

static void fz_binary(struct build *b, SBinary *bin)
{
	uint8_t n = fz_u8(b->f);

	if (n == 0xFF) {
		bin->cb = 5;
		bin->lpb = NULL;
		return;
	}
	n %= 24;
	bin->cb = n;
	bin->lpb = n == 0 ? NULL : arena_alloc(b->a, n);
	for (uint8_t i = 0; i < n; i++) {
		uint8_t c = fz_u8(b->f);

		if (bin->lpb != NULL)
			bin->lpb[i] = c;
	}
}

static GUID *fz_guid(struct build *b)
{
	uint8_t flag = fz_u8(b->f);
	GUID *g;
	uint8_t raw[16];

	if (flag == 0xFF)
		return NULL;
	for (int i = 0; i < 16; i++)
		raw[i] = fz_u8(b->f);
	g = arena_alloc(b->a, sizeof(*g));
	if (g != NULL)
		memcpy(g, raw, sizeof(*g));
	return g;
}

static FILETIME fz_filetime(struct build *b)
{
	uint64_t t = fz_u64(b->f);
	FILETIME ft = {(DWORD)t, (DWORD)(t >> 32)};

	return ft;
}

/* One value of a single-valued base type into v->Value. */
static void fz_single(struct build *b, ULONG base, SPropValue *v)
{
	uint32_t u;
	uint64_t q;

	switch (base) {
	case PT_I2:
		v->Value.i = (short)fz_u16(b->f);
		break;
	case PT_BOOLEAN:
		v->Value.b = fz_u16(b->f);
		break;
	case PT_R4:
		u = fz_u32(b->f);
		memcpy(&v->Value.flt, &u, sizeof(u));
		break;
	case PT_DOUBLE:
	case PT_APPTIME:
		q = fz_u64(b->f);
		memcpy(&v->Value.dbl, &q, sizeof(q));
		break;
	case PT_CURRENCY:
	case PT_I8:
		v->Value.li.QuadPart = (LONGLONG)fz_u64(b->f);
		break;
	case PT_SYSTIME:
		v->Value.ft = fz_filetime(b);
		break;
	case PT_STRING8:
		v->Value.lpszA = fz_string8(b);
		break;
	case PT_UNICODE:
		v->Value.lpszW = fz_unicode(b);
		break;
	case PT_BINARY:
		fz_binary(b, &v->Value.bin);
		break;
	case PT_CLSID:
		v->Value.lpguid = fz_guid(b);
		break;
	default:
		v->Value.ul = fz_u32(b->f);
		break;
	}
}

static void fz_value(struct build *b, ULONG tag, SPropValue *v)
{
	ULONG type = PROP_TYPE(tag), base = base_type(type), n;
	const struct proptype *t = proptype_find(type & ~(ULONG)MV_INSTANCE);
	uint8_t count;
	void *array;

	memset(v, 0, sizeof(*v));
	v->ulPropTag = tag;
	if ((type & MV_INSTANCE) || !(type & MV_FLAG) || t == NULL) {
		fz_single(b, base, v);
		return;
	}
	count = fz_u8(b->f);
	if (count == 0xFF) {
		/* A count without its array: only a row may carry this. */
		v->Value.MVl.cValues = 3;
		proptype_mv_set_array(v, NULL);
		return;
	}
	n = count % 5;
	array = arena_alloc(b->a, t->size * (n == 0 ? 1 : n));
	for (ULONG i = 0; i < n; i++) {
		SPropValue e;

		memset(&e, 0, sizeof(e));
		fz_single(b, base, &e);
		if (array != NULL &&
		    (t->form != PROPTYPE_GUID || e.Value.lpguid != NULL))
			proptype_mv_put(array, t, i, &e);
	}
	v->Value.MVl.cValues = n;
	proptype_mv_set_array(v, array);
}

static void fz_row(struct build *b, SRow *row)
{
	ULONG n = fz_u8(b->f) % 8;
	SPropValue *props = arena_alloc(b->a, sizeof(*props) * (n ? n : 1));

	memset(row, 0, sizeof(*row));
	for (ULONG i = 0; i < n; i++) {
		SPropValue v;

		fz_value(b, fz_tag(b), &v);
		if (props != NULL)
			props[i] = v;
	}
	row->cValues = props != NULL ? n : 0;
	row->lpProps = props;
}

/* ---------------------------------------------------------------------------
 * Restriction trees
 */

static SPropValue *fz_new_value(struct build *b, ULONG tag)
{
	SPropValue v, *p;

	fz_value(b, tag, &v);
	p = arena_alloc(b->a, sizeof(*p));
	if (p != NULL)
		*p = v;
	return p;
}

static void fz_node(struct build *b, SRestriction *r, unsigned depth);

static SRestriction *fz_child(struct build *b, unsigned depth)
{
	SRestriction *child = arena_alloc(b->a, sizeof(*child));
	SRestriction scratch;

	/* Consume the child's bytes even when memory ran out. */
	fz_node(b, child != NULL ? child : &scratch, depth + 1);
	return child;
}

static void fz_node(struct build *b, SRestriction *r, unsigned depth)
{
	uint8_t op = fz_u8(b->f), c, v;
	ULONG tag, n;

	memset(r, 0, sizeof(*r));
	if (++b->nodes > FZ_MAX_NODES || depth >= FZ_MAX_DEPTH) {
		r->rt = RES_EXIST;
		return;
	}
	r->rt = op % 16;
	switch (r->rt) {
	case RES_AND:
	case RES_OR:
		c = fz_u8(b->f);
		if (c == 0xFF) {
			r->res.resAnd.cRes = 2;
			break;
		}
		n = c % 5;
		r->res.resAnd.cRes = n;
		r->res.resAnd.lpRes =
		    arena_alloc(b->a, sizeof(SRestriction) * (n ? n : 1));
		for (ULONG i = 0; i < n; i++) {
			SRestriction scratch, *t = &scratch;

			if (r->res.resAnd.lpRes != NULL)
				t = &r->res.resAnd.lpRes[i];
			fz_node(b, t, depth + 1);
		}
		break;
	case RES_NOT:
	case RES_SUBRESTRICTION:
		if (r->rt == RES_SUBRESTRICTION)
			r->res.resSub.ulSubObject = PROP_TAG(PT_OBJECT, 0x0E12);
		/* resNot.lpRes and resSub.lpRes share their place. */
		if (fz_u8(b->f) != 0xFF)
			r->res.resNot.lpRes = fz_child(b, depth);
		break;
	case RES_CONTENT:
		c = fz_u8(b->f);
		r->res.resContent.ulFuzzyLevel =
		    (ULONG)(c & 3) | (ULONG)((c >> 2) & 7) << 16;
		tag = fz_tag(b);
		r->res.resContent.ulPropTag = tag;
		v = fz_u8(b->f);
		if (v == 0xFF)
			break;
		if (v & 1)
			tag = CHANGE_PROP_TYPE(tag, base_type(PROP_TYPE(tag)));
		else
			tag = CHANGE_PROP_TYPE(tag, fuzz_types[(v >> 1) % 32]);
		r->res.resContent.lpProp = fz_new_value(b, tag);
		break;
	case RES_PROPERTY:
		r->res.resProperty.relop = fz_u8(b->f) % 8;
		tag = fz_tag(b);
		r->res.resProperty.ulPropTag = tag;
		v = fz_u8(b->f);
		if (v == 0xFF)
			break;
		if (v % 4 == 1)
			tag = CHANGE_PROP_TYPE(tag, base_type(PROP_TYPE(tag)));
		else if (v % 4 > 1)
			tag = CHANGE_PROP_TYPE(tag, fuzz_types[(v >> 2) % 32]);
		r->res.resProperty.lpProp = fz_new_value(b, tag);
		break;
	case RES_COMPAREPROPS:
		r->res.resCompareProps.relop = fz_u8(b->f) % 8;
		r->res.resCompareProps.ulPropTag1 = fz_tag(b);
		r->res.resCompareProps.ulPropTag2 = fz_tag(b);
		break;
	case RES_BITMASK:
		r->res.resBitMask.relBMR = fz_u8(b->f) % 3;
		r->res.resBitMask.ulPropTag = fz_tag(b);
		r->res.resBitMask.ulMask = fz_u32(b->f);
		break;
	case RES_SIZE:
		r->res.resSize.relop = fz_u8(b->f) % 8;
		r->res.resSize.ulPropTag = fz_tag(b);
		r->res.resSize.cb = fz_u8(b->f);
		break;
	case RES_EXIST:
		r->res.resExist.ulPropTag = fz_tag(b);
		break;
	case RES_COMMENT:
	case RES_ANNOTATION:
		c = fz_u8(b->f);
		if (c == 0xFF) {
			r->res.resComment.cValues = 1;
		} else {
			SPropValue *vals;

			n = c % 3;
			vals = arena_alloc(b->a, sizeof(*vals) * (n ? n : 1));
			for (ULONG i = 0; i < n; i++) {
				SPropValue val;

				fz_value(b, fz_tag(b), &val);
				if (vals != NULL)
					vals[i] = val;
			}
			r->res.resComment.cValues = n;
			r->res.resComment.lpProp = vals;
		}
		if (fz_u8(b->f) & 1)
			r->res.resComment.lpRes = fz_child(b, depth);
		break;
	case RES_COUNT:
		r->res.resCount.ulCount = fz_u8(b->f);
		if (fz_u8(b->f) != 0xFF)
			r->res.resCount.lpRes = fz_child(b, depth);
		break;
	default:
		/* 13..15: types that do not exist. */
		break;
	}
}

/* ---------------------------------------------------------------------------
 * Sort orders
 */

static SSortOrderSet *fz_sort(struct build *b)
{
	uint8_t s = fz_u8(b->f);
	ULONG n = s == 0xFF ? SORT_MAX_KEYS + 1 : s % 6u;
	SSortOrderSet *sos = arena_alloc(b->a, CbNewSSortOrderSet(n));

	if (s == 0xFF) {
		if (sos != NULL) {
			sos->cSorts = n;
			for (ULONG i = 0; i < n; i++)
				sos->aSort[i].ulPropTag =
				    PROP_TAG(PT_LONG, 0x8000);
		}
		return sos;
	}
	{
		ULONG categories = fz_u8(b->f) % (n + 2);
		ULONG expanded = fz_u8(b->f) % (n + 2);

		if (sos != NULL) {
			sos->cSorts = n;
			sos->cCategories = categories;
			sos->cExpanded = expanded;
		}
	}
	for (ULONG i = 0; i < n; i++) {
		ULONG tag = fz_tag(b), order = fz_u8(b->f) % 10u;

		if (sos != NULL) {
			sos->aSort[i].ulPropTag = tag;
			sos->aSort[i].ulOrder = order;
		}
	}
	return sos;
}

/* ---------------------------------------------------------------------------
 * The target
 */

struct subrows_ctx {
	const SRow *top;
	const SRowSet *rows;
	bool fail;
};

/*
 * Like a message's recipient table: the top row has the sub-rows, the
 * sub-rows have none (handing the same rows to every level would make a
 * chain of subrestrictions exponential, which no store does).
 */
static int fuzz_subrows(void *vctx, const SRow *row, ULONG sub_object,
			const SRowSet **rows_r)
{
	const struct subrows_ctx *ctx = vctx;

	(void)sub_object;
	if (ctx->fail)
		return -EIO;
	*rows_r = row == ctx->top ? ctx->rows : NULL;
	return 0;
}

static int sign(int v)
{
	return (v > 0) - (v < 0);
}

static void check_restriction(const SRestriction *res, const SRow *row,
			      struct subrows_ctx *sub, uint8_t header)
{
	const char *error = NULL;
	bool oom = (header & 1) != 0;
	int ret, again;

	ret = res_validate(res, &error);
	(void)errmap_hr(ret);
	if (ret != 0) {
		if ((ret != -EINVAL && ret != -E2BIG) || error == NULL)
			abort();
		return;
	}
	if (oom)
		alloc_fail_after((unsigned long)(header >> 2) + 1);
	ret = res_eval(res, row, fuzz_subrows, sub);
	oom = oom && alloc_injected();
	alloc_fail_after(0);
	if (ret == -ENOMEM && oom)
		return;
	if (ret == -EIO && sub->fail)
		return;
	if (ret != 0 && ret != 1)
		abort();
	again = res_eval(res, row, fuzz_subrows, sub);
	if (again != ret)
		abort();
}

static void check_sort(const SSortOrderSet *sos, const SRow *a, const SRow *b)
{
	const char *error = NULL;
	int ret = sort_validate(sos, &error);

	if (ret != 0) {
		if ((ret != -EINVAL && ret != -E2BIG) || error == NULL)
			abort();
		return;
	}
	if (sort_compare_rows(sos, a, a) != 0 ||
	    sort_compare_rows(sos, b, b) != 0)
		abort();
	if (sign(sort_compare_rows(sos, a, b)) !=
	    -sign(sort_compare_rows(sos, b, a)))
		abort();
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	struct fz f = {data, size};
	struct arena a = {NULL, 0, 0, false};
	struct build b = {&f, &a, 0};
	struct subrows_ctx sub = {NULL, NULL, false};
	long live = alloc_live();
	SRestriction res;
	SRow row, row2;
	SRowSet *subrows;
	SSortOrderSet *sos;
	uint8_t header;
	ULONG nsub;

	header = fz_u8(&f);
	fz_node(&b, &res, 1);
	fz_row(&b, &row);
	nsub = fz_u8(&f) % 3;
	subrows = arena_alloc(&a, CbNewSRowSet(nsub));
	for (ULONG i = 0; i < nsub; i++) {
		SRow r;

		fz_row(&b, &r);
		if (subrows != NULL)
			subrows->aRow[i] = r;
	}
	if (subrows != NULL)
		subrows->cRows = nsub;
	sos = fz_sort(&b);
	fz_row(&b, &row2);

	if (!a.failed) {
		sub.top = &row;
		sub.rows = subrows;
		sub.fail = (header & 2) != 0;
		check_restriction(&res, &row, &sub, header);
		check_sort(sos, &row, &row2);
	}
	arena_free(&a);
	if (alloc_live() != live)
		abort();
	return 0;
}
