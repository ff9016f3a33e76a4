/*
 * tabledata_row.c - the rows of CreateTable's table data: property values
 * validated, measured and deep-copied (into rows, output rows and
 * notifications), index values hashed and compared, rows made, the table
 * data's rows, index and available columns kept, and output rows: a view
 * row in the view's columns, deep-copied for QueryRows in the same file
 * as the copying it leans on.  See tabledata_int.h for how the files of
 * the table fit.
 */
#include "tabledata_int.h"

/* ---------------------------------------------------------------------------
 * Property values: validation, size and deep copy
 */

/* Room for a string of bytes bytes (terminator included). */
static size_t str_room(size_t bytes, unsigned fl)
{
	return align8(bytes) + ((fl & PV_DST_COUNTED) ? 8 : 0);
}

/* The type of a value the table stores (MV_INSTANCE dropped): any with
 * data, PT_NULL, PT_OBJECT and the multi-valued forms; NULL otherwise. */
static const struct proptype *stored_type(ULONG type)
{
	if (!proptype_storable(type) && type != PT_OBJECT)
		return NULL;
	return proptype_find(type);
}

/* Bytes the single value v of t points to, rounded up to 8; -EINVAL for
 * a NULL where data is needed. */
static int single_data_size(const struct proptype *t, const union _PV *v,
			    unsigned fl, size_t *size_r)
{
	switch (t->form) {
	case PROPTYPE_STRING8:
		if (v->lpszA == NULL)
			return -EINVAL;
		*size_r = str_room(str8_len(v->lpszA, fl) + 1, fl);
		return 0;
	case PROPTYPE_UNICODE:
		if (v->lpszW == NULL)
			return -EINVAL;
		*size_r =
		    str_room((str16_len(v->lpszW, fl) + 1) * sizeof(WCHAR), fl);
		return 0;
	case PROPTYPE_GUID:
		if (v->lpguid == NULL)
			return -EINVAL;
		*size_r = align8(sizeof(GUID));
		return 0;
	case PROPTYPE_BINARY:
		if (v->bin.cb != 0 && v->bin.lpb == NULL)
			return -EINVAL;
		*size_r = align8(v->bin.cb);
		return 0;
	default:
		*size_r = 0;
		return 0;
	}
}

/* Whether the elements of a multi-valued t point to data of their own. */
static bool mv_elems_point(const struct proptype *t)
{
	return t->form == PROPTYPE_STRING8 || t->form == PROPTYPE_UNICODE ||
	       t->form == PROPTYPE_BINARY;
}

/*
 * Bytes the value pv points to, each piece rounded up to 8 so copies stay
 * aligned.  Returns 0, or -EINVAL for a type that cannot be stored or a
 * NULL where data is needed.
 */
int pv_data_size(const SPropValue *pv, unsigned fl, size_t *size_r)
{
	ULONG type = pv_copy_type(pv->ulPropTag), n, i;
	const struct proptype *t = stored_type(type);
	size_t size, one;
	SPropValue elem;

	if (t == NULL)
		return -EINVAL;
	if (!(type & MV_FLAG))
		return single_data_size(t, &pv->Value, fl, size_r);
	n = proptype_mv_count(pv);
	if (n != 0 && proptype_mv_array(pv) == NULL)
		return -EINVAL;
	size = align8((size_t)n * t->size);
	for (i = 0; i < n && mv_elems_point(t); i++) {
		proptype_mv_get(pv, t, i, &elem);
		if (single_data_size(t, &elem.Value, fl, &one) < 0)
			return -EINVAL;
		size += one;
	}
	*size_r = size;
	return 0;
}

/* Copies a string of len units of size unit, counted if fl says so. */
static void *copy_str(char **cur, const void *src, size_t len, size_t unit,
		      unsigned fl)
{
	if (fl & PV_DST_COUNTED)
		*(uint64_t *)take(cur, sizeof(uint64_t)) = len;
	return copy_bytes(cur, src, (len + 1) * unit);
}

/* Points dst (a copy of src) at a copy of what src points to. */
static void copy_single(const struct proptype *t, union _PV *dst,
			const union _PV *src, char **cur, unsigned fl)
{
	switch (t->form) {
	case PROPTYPE_STRING8:
		dst->lpszA =
		    copy_str(cur, src->lpszA, str8_len(src->lpszA, fl), 1, fl);
		break;
	case PROPTYPE_UNICODE:
		dst->lpszW =
		    copy_str(cur, src->lpszW, str16_len(src->lpszW, fl),
			     sizeof(WCHAR), fl);
		break;
	case PROPTYPE_GUID:
		dst->lpguid = copy_bytes(cur, src->lpguid, sizeof(GUID));
		break;
	case PROPTYPE_BINARY:
		dst->bin.lpb = copy_bytes(cur, src->bin.lpb, src->bin.cb);
		break;
	default:
		break;
	}
}

/* Deep-copies a value that pv_data_size() accepted into dst, its data
 * going to *cur (advanced by what pv_data_size() counted). */
void pv_copy(SPropValue *dst, const SPropValue *src, char **cur, unsigned fl)
{
	ULONG type = pv_copy_type(src->ulPropTag), n, i;
	const struct proptype *t = stored_type(type);
	SPropValue from, to;
	void *arr;

	*dst = *src;
	if (!(type & MV_FLAG)) {
		copy_single(t, &dst->Value, &src->Value, cur, fl);
		return;
	}
	n = proptype_mv_count(src);
	if (!mv_elems_point(t)) {
		proptype_mv_set_array(dst,
				      copy_bytes(cur, proptype_mv_array(src),
						 (size_t)n * t->size));
		return;
	}
	arr = take(cur, (size_t)n * t->size);
	for (i = 0; i < n; i++) {
		proptype_mv_get(src, t, i, &from);
		to = from;
		copy_single(t, &to.Value, &from.Value, cur, fl);
		proptype_mv_put(arr, t, i, &to);
	}
	proptype_mv_set_array(dst, arr);
}

/* Size of a deep copy of n values: the SPropValue array, then the data. */
int props_size(const SPropValue *p, ULONG n, unsigned fl, size_t *size_r)
{
	size_t size = align8((size_t)n * sizeof(SPropValue)), one;
	int ret;

	for (ULONG i = 0; i < n; i++) {
		ret = pv_data_size(&p[i], fl, &one);
		if (ret < 0)
			return ret;
		size += one;
	}
	*size_r = size;
	return 0;
}

/* Deep-copies n values to dst, an area of props_size() bytes. */
void props_copy(SPropValue *dst, const SPropValue *src, ULONG n, unsigned fl)
{
	char *cur = (char *)dst + align8((size_t)n * sizeof(SPropValue));

	for (ULONG i = 0; i < n; i++)
		pv_copy(&dst[i], &src[i], &cur, fl);
}

/* ---------------------------------------------------------------------------
 * Index values
 */

/* Single-valued types a row can be indexed by (compared by their bytes):
 * those with data, but PT_ERROR. */
bool index_type_ok(ULONG type)
{
	const struct proptype *t = proptype_base(type);

	return t != NULL && t->form != PROPTYPE_EMPTY && type != PT_ERROR;
}

/* The bytes that identify an index value. */
static size_t index_bytes(const SPropValue *pv, const void **p_r)
{
	const struct proptype *t = proptype_base(PROP_TYPE(pv->ulPropTag));

	switch (t->form) {
	case PROPTYPE_STRING8:
		*p_r = pv->Value.lpszA;
		return strlen(pv->Value.lpszA);
	case PROPTYPE_UNICODE:
		*p_r = pv->Value.lpszW;
		return ustr_wlen(pv->Value.lpszW) * sizeof(WCHAR);
	case PROPTYPE_GUID:
		*p_r = pv->Value.lpguid;
		return sizeof(GUID);
	case PROPTYPE_BINARY:
		*p_r = pv->Value.bin.lpb;
		return pv->Value.bin.cb;
	default:
		*p_r = &pv->Value;
		return t->size;
	}
}

uint32_t index_hash(const SPropValue *pv)
{
	const unsigned char *p;
	const void *v;
	size_t n = index_bytes(pv, &v);
	uint32_t h = 2166136261u ^ pv->ulPropTag;

	p = v;
	for (size_t i = 0; i < n; i++)
		h = (h ^ p[i]) * 16777619u;
	return h;
}

static bool index_equal(const SPropValue *a, const SPropValue *b)
{
	const void *pa, *pb;
	size_t na, nb;

	if (a->ulPropTag != b->ulPropTag)
		return false;
	na = index_bytes(a, &pa);
	nb = index_bytes(b, &pb);
	return na == nb && (na == 0 || memcmp(pa, pb, na) == 0);
}

/* ---------------------------------------------------------------------------
 * Rows
 */

/*
 * A new row holding a deep copy of props.  Returns 0, -EINVAL for a value
 * that cannot be stored, -ENOENT when index_tag is missing, -ENOMEM.
 */
int trow_new(const SPropValue *props, ULONG cvals, ULONG index_tag,
	     struct trow **row_r)
{
	size_t head = align8(sizeof(struct trow)), size;
	const SPropValue *index;
	struct trow *t;
	int ret;

	if (cvals > TBL_MAX_PROPS || (cvals != 0 && props == NULL))
		return -EINVAL;
	for (ULONG i = 0; i < cvals; i++) {
		/* MV_INSTANCE only exists in view rows, never in data. */
		if (PROP_TYPE(props[i].ulPropTag) & MV_INSTANCE)
			return -EINVAL;
	}
	ret = props_size(props, cvals, PV_DST_COUNTED, &size);
	if (ret < 0)
		return ret;
	index = find_tag(props, cvals, index_tag);
	if (index == NULL)
		return -ENOENT;
	t = alloc_malloc(head + size);
	if (t == NULL)
		return -ENOMEM;
	atomic_init(&t->refs, 1);
	t->hnext = NULL;
	t->pos = 0;
	t->serial = 0;
	t->cvals = cvals;
	t->props = (SPropValue *)(void *)((char *)t + head);
	props_copy(t->props, props, cvals, PV_DST_COUNTED);
	t->index = &t->props[index - props];
	t->hash = index_hash(t->index);
	*row_r = t;
	return 0;
}

/* ---------------------------------------------------------------------------
 * Table data: index, positions, columns
 */

struct trow *td_lookup(const struct tdata *td, const SPropValue *key,
		       uint32_t hash)
{
	struct trow *t;

	for (t = td->hash[hash & (td->hash_size - 1)]; t != NULL; t = t->hnext)
		if (t->hash == hash && index_equal(t->index, key))
			return t;
	return NULL;
}

static void td_hash_add(struct tdata *td, struct trow *t)
{
	struct trow **b = &td->hash[t->hash & (td->hash_size - 1)];

	t->hnext = *b;
	*b = t;
}

static void td_hash_del(struct tdata *td, struct trow *t)
{
	struct trow **p = &td->hash[t->hash & (td->hash_size - 1)];

	while (*p != t)
		p = &(*p)->hnext;
	*p = t->hnext;
	t->hnext = NULL;
}

/* Makes room for extra more rows (array and index).  0 or -ENOMEM. */
int td_reserve(struct tdata *td, size_t extra)
{
	size_t want = array_count(&td->rows) + extra, hsize;
	struct trow **p;

	if (want > TBL_MAX_VIEW_ROWS || array_reserve(&td->rows, extra) < 0)
		return -ENOMEM;
	if (want > td->hash_size) {
		hsize = td->hash_size;
		while (hsize < want * 2)
			hsize *= 2;
		p = alloc_calloc(hsize, sizeof(*p));
		if (p == NULL)
			return -ENOMEM;
		alloc_free(td->hash);
		td->hash = p;
		td->hash_size = hsize;
		for (size_t i = 0; i < array_count(&td->rows); i++)
			td_hash_add(td, td->rows.v[i]);
	}
	return 0;
}

static bool td_has_col(const struct tdata *td, ULONG tag, ULONG hint)
{
	if (hint < array_count(&td->cols) && td->cols.v[hint] == tag)
		return true;
	for (ULONG i = 0; i < array_count(&td->cols); i++) {
		if (td->cols.v[i] == tag)
			return true;
	}
	return false;
}

/* Makes room for the new columns n rows may bring.  0 or -ENOMEM. */
int td_reserve_cols(struct tdata *td, struct trow *const *rows, size_t n)
{
	size_t more = 0;

	for (size_t r = 0; r < n; r++)
		for (ULONG i = 0; i < rows[r]->cvals; i++)
			if (!td_has_col(td, rows[r]->props[i].ulPropTag, i))
				more++;
	/* More than that is taken as running out of memory. */
	if (array_count(&td->cols) + more > array_capacity(&td->cols) &&
	    array_count(&td->cols) + more > TBL_MAX_PROPS * 16)
		return -ENOMEM;
	return array_reserve(&td->cols, more);
}

/*
 * New tags of t become available columns, in room td_reserve_cols()
 * made: it counted every tag then missing, so each one it counted is
 * pushed once at the most.
 */
void td_add_cols(struct tdata *td, const struct trow *t)
{
	for (ULONG i = 0; i < t->cvals; i++) {
		ULONG tag = t->props[i].ulPropTag;

		if (!td_has_col(td, tag, i))
			array_push_reserved(&td->cols, tag);
	}
}

/* Puts t at data position pos (0..nrows); room reserved before. */
void td_insert_at(struct tdata *td, struct trow *t, size_t pos)
{
	int ret = array_insert(&td->rows, pos, &t, 1);

	/* td_reserve() made the room: nothing to allocate. */
	i_assert(ret == 0);
	for (size_t i = pos; i < array_count(&td->rows); i++)
		td->rows.v[i]->pos = i;
	t->serial = td->next_serial++;
	td_hash_add(td, t);
}

/* Takes t out of the data; the caller owns the data's reference. */
void td_remove(struct tdata *td, struct trow *t)
{
	size_t pos = t->pos;

	td_hash_del(td, t);
	array_delete(&td->rows, pos, 1);
	for (size_t i = pos; i < array_count(&td->rows); i++)
		td->rows.v[i]->pos = i;
}

/* Puts t in the place of old (same index value, position and serial). */
void td_replace(struct tdata *td, struct trow *old, struct trow *t)
{
	td_hash_del(td, old);
	t->pos = old->pos;
	t->serial = old->serial;
	td->rows.v[t->pos] = t;
	td_hash_add(td, t);
}

/* ---------------------------------------------------------------------------
 * Output rows
 */

/*
 * The value of column tag in view row vr (shallow, into out): the value
 * itself; for PR_NULL a PR_NULL; for a column the row lacks a PT_ERROR
 * value MAPI_E_NOT_FOUND (or the row's own PT_ERROR value for that ID).
 * hint remembers where the previous row had the column.
 */
static void column_value(const struct vrow *vr, ULONG tag, ULONG *hint,
			 SPropValue *out)
{
	const struct trow *t = vr->row;
	const SPropValue *p = NULL;
	ULONG id = PROP_ID(tag), i;

	if (tag == PR_NULL) {
		memset(out, 0, sizeof(*out));
		out->ulPropTag = PR_NULL;
		return;
	}
	if (vr->nx != 0) {
		ULONG want = is_mvi(tag) ? inst_tag(tag) : tag;

		p = find_tag(vr->xprops, vr->nx, want);
		if (p == NULL && is_mvi(tag))
			p = find_tag(vr->xprops, vr->nx,
				     PROP_TAG(PT_ERROR, id));
	}
	if (p == NULL && *hint < t->cvals && t->props[*hint].ulPropTag == tag)
		p = &t->props[*hint];
	if (p == NULL && !is_mvi(tag)) {
		for (i = 0; i < t->cvals; i++) {
			if (t->props[i].ulPropTag == tag) {
				*hint = i;
				p = &t->props[i];
				break;
			}
		}
		if (p == NULL)
			p = find_tag(t->props, t->cvals,
				     PROP_TAG(PT_ERROR, id));
	}
	if (p != NULL) {
		*out = *p;
		return;
	}
	memset(out, 0, sizeof(*out));
	out->ulPropTag = PROP_TAG(PT_ERROR, id);
	out->Value.err = MAPI_E_NOT_FOUND;
}

/* The values of vr in the view's columns, shallow, in v->outvals. */
void view_row_values(struct view *v, const struct vrow *vr)
{
	for (ULONG j = 0; j < v->ncols; j++)
		column_value(vr, v->cols[j], &v->colhint[j], &v->outvals[j]);
}

/*
 * A deep copy of vr in the view's columns, in one block from the table's
 * allocator.  Returns 0 with the values in *props_r, or an HRESULT.
 */
HRESULT view_copy_row(struct view *v, const struct vrow *vr,
		      SPropValue **props_r)
{
	size_t size;
	void *p;
	SCODE sc;

	view_row_values(v, vr);
	if (props_size(v->outvals, v->ncols, PV_SRC_COUNTED, &size) < 0 ||
	    size > TBL_ULONG_MAX)
		return MAPI_E_CALL_FAILED;
	sc = v->td->alloc_buf((ULONG)size, &p);
	if (sc != S_OK || p == NULL)
		return MAPI_E_NOT_ENOUGH_MEMORY;
	props_copy(p, v->outvals, v->ncols, PV_SRC_COUNTED);
	*props_r = p;
	return S_OK;
}
