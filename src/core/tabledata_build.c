/*
 * tabledata_build.c - a table view's row set: which rows a data row
 * stands for (multi-valued expansion), their sort keys, prepared once so
 * that the sort neither searches nor allocates, the stable sort, the
 * view's restriction compiled for evaluation over many rows, and the row
 * set built, kept or dropped.  See tabledata_int.h for how the files of
 * the table fit.
 */
#include "tabledata_int.h"

#include "propcmp.h"
#include "restriction.h"
#include "sortorder.h"

/* ---------------------------------------------------------------------------
 * View rows: multi-valued expansion and sort keys
 */

/* The multi-valued property behind an MVI column in t, or NULL. */
static const SPropValue *row_mv(const struct trow *t, ULONG mvi_tag)
{
	return find_tag(t->props, t->cvals, mvi_tag & ~(ULONG)MV_INSTANCE);
}

/* Values of the multi-valued property mv; none when there is none. */
static ULONG mv_count(const SPropValue *mv)
{
	return mv == NULL ? 0 : propcmp_mv_count(mv);
}

/* Number of rows t stands for in v: the product of the value counts of
 * the MVI columns, a missing or empty one counting once. */
static int view_instances(const struct view *v, const struct trow *t,
			  size_t *n_r)
{
	size_t n = 1;

	for (ULONG j = 0; j < v->nexp; j++) {
		ULONG c = mv_count(row_mv(t, v->exp[j]));

		if (c > 1) {
			if (n > TBL_MAX_VIEW_ROWS / c)
				return -E2BIG;
			n *= c;
		}
	}
	*n_r = n;
	return 0;
}

static void put_le(unsigned char *p, uint64_t x, unsigned n)
{
	for (unsigned i = 0; i < n; i++)
		p[i] = (unsigned char)(x >> (8 * i));
}

/*
 * The synthesized values of instance inst of t in an expanded view, into
 * x (2 + 2 * nexp values), the instance key bytes into ikey.  Instance
 * numbers run over the MVI columns like digits, the last one fastest.
 */
static void view_xprops(const struct view *v, const struct trow *t, ULONG inst,
			SPropValue *x, unsigned char *ikey)
{
	ULONG rest = inst;

	put_le(ikey, t->serial, 8);
	put_le(ikey + 8, inst, 4);
	memset(x, 0, 2 * sizeof(*x));
	x[0].ulPropTag = PR_INSTANCE_KEY;
	x[0].Value.bin.cb = TBL_IKEY_SIZE;
	x[0].Value.bin.lpb = ikey;
	x[1].ulPropTag = PR_INSTANCE_NUM;
	x[1].Value.l = (LONG)inst;
	for (ULONG j = v->nexp; j-- > 0;) {
		const SPropValue *mv = row_mv(t, v->exp[j]);
		ULONG c = mv_count(mv), k;
		SPropValue *a = &x[2 + j], *b = &x[2 + v->nexp + j];

		k = c > 1 ? rest % c : 0;
		rest = c > 1 ? rest / c : rest;
		if (c == 0) {
			memset(a, 0, sizeof(*a));
			a->ulPropTag = PROP_TAG(PT_ERROR, PROP_ID(v->exp[j]));
			a->Value.err = MAPI_E_NOT_FOUND;
		} else {
			propcmp_mv_element(mv, k, a);
			a->ulPropTag = inst_tag(v->exp[j]);
		}
		*b = *a;
		if (c != 0)
			b->ulPropTag = v->exp[j];
	}
}

/* Values of the view row: synthesized ones first, then the data row's. */
static const SPropValue *vr_find(const SPropValue *x, ULONG nx,
				 const struct trow *t, ULONG tag)
{
	const SPropValue *p = find_tag(x, nx, tag);

	return p != NULL ? p : find_tag(t->props, t->cvals, tag);
}

/* Where sort_compare_rows() finds a key in the same row. */
static const SPropValue *key_find(const SPropValue *x, ULONG nx,
				  const struct trow *t, ULONG tag)
{
	const SPropValue *p;

	if (!is_mvi(tag))
		return vr_find(x, nx, t, tag);
	p = vr_find(x, nx, t, inst_tag(tag));
	return p != NULL ? p : vr_find(x, nx, t, tag);
}

/* How the fold of one string key is made (see key_plan()). */
enum fold_kind {
	FOLD_NONE,  /* not a string */
	FOLD_CHARS, /* ustr_fold_chars(), straight into the vrow block */
	FOLD_TEMP,  /* ustr_fold_mixed(), in a temporary buffer */
};

struct key_plan {
	enum fold_kind kind;
	struct ustr src;
	size_t len;
	char *tmp;
};

/*
 * Plans the fold of sort key value p the way ustr_compare_mixed() folds
 * for FL_IGNORECASE, so that comparing two folds bytewise orders the keys
 * as sort_compare_rows() does.  Text below U+0250 folds character by
 * character into the vrow block later, anything else now into kp->tmp.
 * Adds the bytes the fold needs in the vrow block to *size.  Returns 0 or
 * -ENOMEM.
 */
static int key_plan(const SPropValue *p, struct key_plan *kp, size_t *size)
{
	ULONG type = pv_copy_type(p->ulPropTag);
	int ret;

	kp->kind = FOLD_NONE;
	kp->tmp = NULL;
	/* Rows are table data: counted strings, measured without a scan. */
	if (type == PT_STRING8) {
		kp->src.p = p->Value.lpszA;
		kp->src.len = str8_len(p->Value.lpszA, PV_SRC_COUNTED);
		kp->src.wide = false;
	} else if (type == PT_UNICODE) {
		kp->src.p = p->Value.lpszW;
		kp->src.len = str16_len(p->Value.lpszW, PV_SRC_COUNTED);
		kp->src.wide = true;
	} else {
		return 0;
	}
	if (ustr_fold_chars(&kp->src, FL_IGNORECASE, NULL, SIZE_MAX,
			    &kp->len)) {
		kp->kind = FOLD_CHARS;
	} else {
		ret = ustr_fold_mixed(&kp->src, FL_IGNORECASE, &kp->tmp,
				      &kp->len);
		if (ret < 0)
			return ret;
		kp->kind = FOLD_TEMP;
	}
	*size += align8(kp->len);
	return 0;
}

static void key_num(struct skey *k);

/* Writes the planned fold into the vrow block at *cur (k->v is set). */
static void key_fold(const struct key_plan *kp, struct skey *k, char **cur)
{
	char *out;

	k->fold_len = kp->len;
	k->kind = kp->kind == FOLD_NONE ? SKEY_OTHER : SKEY_FOLD;
	k->num = 0;
	switch (kp->kind) {
	case FOLD_NONE:
		k->fold = NULL;
		if (k->v != NULL)
			key_num(k);
		break;
	case FOLD_CHARS:
		out = take(cur, kp->len);
		/* Measured by key_plan(): it fits. */
		ustr_fold_chars(&kp->src, FL_IGNORECASE, out, kp->len,
				&k->fold_len);
		k->fold = out;
		break;
	case FOLD_TEMP:
		k->fold = copy_bytes(cur, kp->tmp, kp->len);
		break;
	}
}

void vrow_free(struct vrow *vr)
{
	if (vr != NULL) {
		trow_unref(vr->row);
		alloc_free(vr);
	}
}

/*
 * The view row for instance inst of t; x holds the synthesized values of
 * expanded views (view_xprops()), NULL otherwise.  Returns 0, -ENOMEM.
 */
static int vrow_new(const struct view *v, struct trow *t, ULONG inst,
		    const SPropValue *x, struct vrow **vr_r)
{
	struct key_plan plan[SORT_MAX_KEYS];
	const SPropValue *kv[SORT_MAX_KEYS];
	ULONG nx = x != NULL ? 2 + 2 * v->nexp : 0, nk = v->nkeys;
	size_t head, size;
	struct vrow *vr;
	char *cur;
	int ret = 0;
	ULONG i;

	head = align8(offsetof(struct vrow, keys) + nk * sizeof(struct skey));
	size = head + align8(nx * sizeof(SPropValue)) +
	       (nx != 0 ? align8(TBL_IKEY_SIZE) : 0);
	/* Keys are located in x, whose values are copied into the vrow:
	 * remember indexes into x, pointers into t stay as they are. */
	for (i = 0; i < nk; i++) {
		kv[i] = key_find(x, nx, t, v->keys[i].tag);
		plan[i].kind = FOLD_NONE;
		plan[i].tmp = NULL;
		if (kv[i] != NULL && ret == 0)
			ret = key_plan(kv[i], &plan[i], &size);
	}
	vr = ret == 0 ? alloc_malloc(size) : NULL;
	if (vr == NULL) {
		for (i = 0; i < nk; i++)
			alloc_free(plan[i].tmp);
		return ret < 0 ? ret : -ENOMEM;
	}
	trow_ref(t);
	vr->row = t;
	vr->inst = inst;
	vr->nx = nx;
	vr->xprops = NULL;
	cur = (char *)vr + head;
	if (nx != 0) {
		unsigned char *ikey;

		vr->xprops = take(&cur, nx * sizeof(SPropValue));
		memcpy(vr->xprops, x, nx * sizeof(SPropValue));
		ikey = copy_bytes(&cur, x[0].Value.bin.lpb, TBL_IKEY_SIZE);
		vr->xprops[0].Value.bin.lpb = ikey;
	}
	for (i = 0; i < nk; i++) {
		const SPropValue *p = kv[i];

		/* A key found among x points at the vrow's own copy. */
		if (p != NULL && nx != 0 && p >= x && p < x + nx)
			p = &vr->xprops[p - x];
		vr->keys[i].v = p;
		/* Strings inside x point into t or the ikey: both stable. */
		key_fold(&plan[i], &vr->keys[i], &cur);
		alloc_free(plan[i].tmp);
	}
	*vr_r = vr;
	return 0;
}

/*
 * The numbers integer keys compare by, as propcmp.c compares them: signed
 * for PT_I2, PT_LONG, PT_I8 and PT_CURRENCY, unsigned 64 bits for
 * PT_SYSTIME, false below true for PT_BOOLEAN.
 */
static void key_num(struct skey *k)
{
	const SPropValue *p = k->v;

	switch (pv_copy_type(p->ulPropTag)) {
	case PT_I2:
		k->kind = SKEY_SIGNED;
		k->num = (uint64_t)(int64_t)p->Value.i;
		break;
	case PT_LONG:
		k->kind = SKEY_SIGNED;
		k->num = (uint64_t)(int64_t)p->Value.l;
		break;
	case PT_I8:
		k->kind = SKEY_SIGNED;
		k->num = (uint64_t)p->Value.li.QuadPart;
		break;
	case PT_CURRENCY:
		k->kind = SKEY_SIGNED;
		k->num = (uint64_t)p->Value.cur.int64;
		break;
	case PT_SYSTIME:
		k->kind = SKEY_UNSIGNED;
		k->num = ((uint64_t)p->Value.ft.dwHighDateTime << 32) |
			 p->Value.ft.dwLowDateTime;
		break;
	case PT_BOOLEAN:
		k->kind = SKEY_UNSIGNED;
		k->num = p->Value.b != 0;
		break;
	default:
		break;
	}
}

/*
 * One key of two rows, as sort_compare_rows() compares it.  Two present
 * keys of a precomputed kind compare here; everything else, missing
 * values above all, goes through sort_compare_values(), the one place
 * that says where they sort.
 */
static int skey_cmp(const struct skey *a, const struct skey *b, bool desc)
{
	int c;

	if (a->v == NULL || b->v == NULL || a->kind != b->kind)
		return sort_compare_values(a->v, b->v, desc);
	switch (a->kind) {
	case SKEY_FOLD:
		c = ustr_fold_cmp(a->fold, a->fold_len, b->fold, b->fold_len);
		break;
	case SKEY_SIGNED:
		c = ((int64_t)a->num > (int64_t)b->num) -
		    ((int64_t)a->num < (int64_t)b->num);
		break;
	case SKEY_UNSIGNED:
		c = (a->num > b->num) - (a->num < b->num);
		break;
	default:
		return sort_compare_values(a->v, b->v, desc);
	}
	return desc ? -c : c;
}

static int vrow_cmp(const struct view *v, const struct vrow *a,
		    const struct vrow *b)
{
	int c;

	for (ULONG i = 0; i < v->nkeys; i++) {
		c = skey_cmp(&a->keys[i], &b->keys[i], v->keys[i].desc);
		if (c != 0)
			return c;
	}
	return 0;
}

/* The full order of a dynamic view: keys, then data position, instance. */
int vrow_cmp_pos(const struct view *v, const struct vrow *a,
		 const struct vrow *b)
{
	int c = vrow_cmp(v, a, b);

	if (c != 0)
		return c;
	if (a->row->pos != b->row->pos)
		return a->row->pos < b->row->pos ? -1 : 1;
	return (a->inst > b->inst) - (a->inst < b->inst);
}

/* Stable merge sort of a[0..n) by the keys; tmp has room for n. */
static void vrows_sort(const struct view *v, struct vrow **a, struct vrow **tmp,
		       size_t n)
{
	const size_t run = 16;
	struct vrow **src = a, **dst = tmp, **t;

	/* Insertion sort of short runs first. */
	for (size_t lo = 0; lo < n; lo += run) {
		size_t hi = lo + run < n ? lo + run : n;

		for (size_t i = lo + 1; i < hi; i++) {
			struct vrow *x = a[i];
			size_t j = i;

			while (j > lo && vrow_cmp(v, a[j - 1], x) > 0) {
				a[j] = a[j - 1];
				j--;
			}
			a[j] = x;
		}
	}
	for (size_t width = run; width < n; width *= 2) {
		for (size_t lo = 0; lo < n; lo += 2 * width) {
			size_t mid = lo + width < n ? lo + width : n;
			size_t hi = lo + 2 * width < n ? lo + 2 * width : n;
			size_t i = lo, j = mid, k = lo;

			while (i < mid && j < hi)
				dst[k++] = vrow_cmp(v, src[j], src[i]) < 0
					       ? src[j++]
					       : src[i++];
			while (i < mid)
				dst[k++] = src[i++];
			while (j < hi)
				dst[k++] = src[j++];
		}
		t = src;
		src = dst;
		dst = t;
	}
	if (src != a)
		memcpy(a, src, n * sizeof(*a));
}

/* ---------------------------------------------------------------------------
 * Restrictions, compiled (struct cres in tabledata_int.h)
 */

static void cres_free_kids(struct cres *c)
{
	for (ULONG i = 0; i < c->nkids; i++)
		cres_free_kids(&c->kids[i]);
	alloc_free(c->kids);
}

void cres_free(struct cres *c)
{
	if (c != NULL) {
		cres_free_kids(c);
		alloc_free(c);
	}
}

/* Compiles validated restriction r into c (zeroed).  0 or -ENOMEM. */
int cres_compile(const SRestriction *r, struct cres *c)
{
	const SContentRestriction *ct = &r->res.resContent;
	const SRestriction *kids = NULL;
	ULONG type;
	int ret;

	c->res = r;
	c->kind = CRES_EVAL;
	switch (r->rt) {
	case RES_AND:
	case RES_OR:
		c->kind = r->rt == RES_AND ? CRES_AND : CRES_OR;
		kids = r->res.resAnd.lpRes;
		c->nkids = r->res.resAnd.cRes;
		break;
	case RES_NOT:
		c->kind = CRES_NOT;
		kids = r->res.resNot.lpRes;
		c->nkids = 1;
		break;
	case RES_CONTENT:
		/* Multi-valued and MVI columns, binaries: res_eval(). */
		type = PROP_TYPE(ct->ulPropTag);
		if (type != PT_UNICODE && type != PT_STRING8)
			return 0;
		/* Validated: a string of either width, not NULL. */
		c->needle.wide =
		    propcmp_value_type(ct->lpProp->ulPropTag) == PT_UNICODE;
		c->needle.p = c->needle.wide
				  ? (const void *)ct->lpProp->Value.lpszW
				  : ct->lpProp->Value.lpszA;
		c->needle.len = c->needle.wide
				    ? ustr_wlen(ct->lpProp->Value.lpszW)
				    : strlen(ct->lpProp->Value.lpszA);
		c->kind = CRES_CONTENT;
		c->tag = ct->ulPropTag;
		return 0;
	default:
		return 0;
	}
	if (c->nkids == 0)
		return 0;
	c->kids = alloc_calloc(c->nkids, sizeof(*c->kids));
	if (c->kids == NULL) {
		c->nkids = 0;
		return -ENOMEM;
	}
	for (ULONG i = 0; i < c->nkids; i++) {
		ret = cres_compile(&kids[i], &c->kids[i]);
		if (ret < 0)
			return ret;
	}
	return 0;
}

static int cres_content(const struct cres *c, const SRow *row)
{
	const SPropValue *p = find_tag(row->lpProps, row->cValues, c->tag);
	struct ustr h;

	if (p == NULL)
		return 0;
	/* A plain string tag is never among the values an expanded view
	 * adds to a row: this one is table data, counted. */
	h.wide = PROP_TYPE(c->tag) == PT_UNICODE;
	if (h.wide) {
		h.p = p->Value.lpszW;
		h.len = str16_len(p->Value.lpszW, PV_SRC_COUNTED);
	} else {
		h.p = p->Value.lpszA;
		h.len = str8_len(p->Value.lpszA, PV_SRC_COUNTED);
	}
	return ustr_match_mixed(&h, &c->needle,
				c->res->res.resContent.ulFuzzyLevel);
}

/* res_eval() of the compiled tree: 1, 0 or -ENOMEM. */
static int cres_eval(const struct cres *c, const SRow *row)
{
	int ret;

	switch (c->kind) {
	case CRES_AND:
	case CRES_OR:
		for (ULONG i = 0; i < c->nkids; i++) {
			ret = cres_eval(&c->kids[i], row);
			if (ret < 0)
				return ret;
			if ((ret != 0) == (c->kind == CRES_OR))
				return ret;
		}
		return c->kind == CRES_AND;
	case CRES_NOT:
		ret = cres_eval(&c->kids[0], row);
		return ret < 0 ? ret : !ret;
	case CRES_CONTENT:
		return cres_content(c, row);
	default:
		return res_eval(c->res, row, NULL, NULL);
	}
}

/* ---------------------------------------------------------------------------
 * Building a view's row set
 */

/* Room for n values in the scratch area (never counted: only its room is
 * used).  0 or -ENOMEM. */
static int view_scratch(struct view *v, size_t n)
{
	return array_reserve(&v->scratch, n);
}

/*
 * The row that restrictions see for instance inst of t: the data row, or
 * for expanded views the synthesized values followed by the data row, in
 * the scratch area (x receives the synthesized values).  0 or -ENOMEM.
 */
int view_eval_row(struct view *v, const struct trow *t, ULONG inst,
		  unsigned char *ikey, SRow *row, SPropValue **x_r)
{
	ULONG nx;
	int ret;

	row->ulAdrEntryPad = 0;
	*x_r = NULL;
	if (v->nexp == 0) {
		row->cValues = t->cvals;
		row->lpProps = t->props;
		return 0;
	}
	nx = 2 + 2 * v->nexp;
	ret = view_scratch(v, (size_t)nx + t->cvals);
	if (ret < 0)
		return ret;
	view_xprops(v, t, inst, v->scratch.v, ikey);
	memcpy(v->scratch.v + nx, t->props, t->cvals * sizeof(SPropValue));
	row->cValues = nx + t->cvals;
	row->lpProps = v->scratch.v;
	*x_r = v->scratch.v;
	return 0;
}

/* Does the row pass the view's restriction?  1, 0 or -ENOMEM. */
static int view_match(const struct view *v, const SRow *row)
{
	if (v->cres == NULL)
		return 1;
	return cres_eval(v->cres, row);
}

/*
 * The view rows of data row t that pass the restriction, appended to
 * rows.  Returns 0, -ENOMEM or -E2BIG.
 */
int view_rows_of(struct view *v, struct trow *t, ARRAY_TYPE(vrows) * rows)
{
	unsigned char ikey[TBL_IKEY_SIZE];
	struct vrow *vr;
	SPropValue *x;
	size_t ninst;
	SRow row;
	int ret;

	ret = view_instances(v, t, &ninst);
	if (ret < 0)
		return ret;
	for (size_t k = 0; k < ninst; k++) {
		ret = view_eval_row(v, t, (ULONG)k, ikey, &row, &x);
		if (ret == 0)
			ret = view_match(v, &row);
		if (ret <= 0) {
			if (ret < 0)
				return ret;
			continue;
		}
		if (array_count(rows) >= TBL_MAX_VIEW_ROWS)
			return -E2BIG;
		if (array_reserve(rows, 1) < 0)
			return -ENOMEM;
		ret = vrow_new(v, t, (ULONG)k, x, &vr);
		if (ret < 0)
			return ret;
		array_push_reserved(rows, vr);
	}
	return 0;
}

/* Frees the rows and the array; it is empty afterwards. */
void vrows_free(ARRAY_TYPE(vrows) * rows)
{
	for (size_t i = 0; i < array_count(rows); i++)
		vrow_free(rows->v[i]);
	array_free(rows);
}

/*
 * Builds the row set from the data (dynamic views) or the snapshot, into
 * *rows_r.  Returns 0, -ENOMEM or -E2BIG.
 */
static int view_build(struct view *v, ARRAY_TYPE(vrows) * rows_r)
{
	struct tdata *td = v->td;
	struct trow **src = v->dynamic ? td->rows.v : v->snap;
	size_t nsrc = v->dynamic ? array_count(&td->rows) : v->nsnap, n;
	ARRAY_TYPE(vrows) rows = ARRAY_INIT;
	struct vrow **tmp;
	int ret = 0;

	for (size_t i = 0; i < nsrc && ret == 0; i++)
		ret = view_rows_of(v, src[i], &rows);
	n = array_count(&rows);
	if (ret == 0 && v->nkeys != 0 && n > 1) {
		tmp = alloc_malloc(n * sizeof(*tmp));
		if (tmp == NULL) {
			ret = -ENOMEM;
		} else {
			vrows_sort(v, rows.v, tmp, n);
			alloc_free(tmp);
		}
	}
	if (ret < 0) {
		vrows_free(&rows);
		return ret;
	}
	*rows_r = rows;
	return 0;
}

static void view_free_bookmarks(struct view *v)
{
	struct bookmark *b, *next;

	for (b = v->bookmarks; b != NULL; b = next) {
		next = b->next;
		alloc_free(b);
	}
	v->bookmarks = NULL;
	v->nbookmarks = 0;
}

/* Drops the row set, the cursor and the bookmarks; rebuilt when needed. */
void view_invalidate(struct view *v)
{
	vrows_free(&v->rows);
	v->stale = true;
	v->cursor = 0;
	view_free_bookmarks(v);
}

void view_undo_mark(const struct view *v, struct view_undo *u)
{
	u->stale = v->stale;
	u->scratch = v->scratch.v == NULL;
}

void view_undo(struct view *v, const struct view_undo *u)
{
	if (u->stale && !v->stale)
		view_invalidate(v);
	if (u->scratch)
		array_free(&v->scratch);
}

/* Makes sure the row set is built.  0, -ENOMEM or -E2BIG. */
int view_ready(struct view *v)
{
	int ret;

	if (!v->stale)
		return 0;
	ret = view_build(v, &v->rows);
	if (ret == 0)
		v->stale = false;
	return ret;
}

/*
 * Rebuilds a built row set after many changes at once, keeping the cursor
 * and bookmarks where they were as far as the new row count allows (the
 * bookmarks report MAPI_W_POSITION_CHANGED).  On failure the view goes
 * stale.  Returns 0 or a negative errno.
 */
int view_rebuild(struct view *v)
{
	ARRAY_TYPE(vrows) rows;
	size_t n;
	int ret;

	ret = view_build(v, &rows);
	if (ret < 0) {
		view_invalidate(v);
		return ret;
	}
	vrows_free(&v->rows);
	v->rows = rows;
	n = array_count(&rows);
	if (v->cursor > n)
		v->cursor = n;
	for (struct bookmark *b = v->bookmarks; b != NULL; b = b->next) {
		if (b->pos > n)
			b->pos = n;
		b->moved = true;
	}
	return 0;
}

/* ---------------------------------------------------------------------------
 * Copies of restrictions (a view keeps its own)
 */

/*
 * The pointer members of restriction node r: where its nested nodes and
 * its values hang (*kids_r, *vals_r; NULL when it has no such member) and
 * how many each holds.  Returns 0, or -EINVAL for an unknown rt.
 */
static int res_parts(SRestriction *r, SRestriction ***kids_r, ULONG *nkids_r,
		     SPropValue ***vals_r, ULONG *nvals_r)
{
	*kids_r = NULL;
	*vals_r = NULL;
	*nkids_r = 0;
	*nvals_r = 0;
	switch (r->rt) {
	case RES_AND:
	case RES_OR:
		/* Both have the layout {cRes, lpRes}. */
		*kids_r = &r->res.resAnd.lpRes;
		*nkids_r = r->res.resAnd.cRes;
		return 0;
	case RES_NOT:
		*kids_r = &r->res.resNot.lpRes;
		*nkids_r = 1;
		return 0;
	case RES_CONTENT:
		*vals_r = &r->res.resContent.lpProp;
		*nvals_r = 1;
		return 0;
	case RES_PROPERTY:
		*vals_r = &r->res.resProperty.lpProp;
		*nvals_r = 1;
		return 0;
	case RES_SUBRESTRICTION:
		*kids_r = &r->res.resSub.lpRes;
		*nkids_r = 1;
		return 0;
	case RES_COMMENT:
	case RES_ANNOTATION:
		/* Both have the layout {cValues, lpRes, lpProp}. */
		*vals_r = &r->res.resComment.lpProp;
		*nvals_r = r->res.resComment.cValues;
		*kids_r = &r->res.resComment.lpRes;
		*nkids_r = r->res.resComment.lpRes != NULL ? 1 : 0;
		return 0;
	case RES_COUNT:
		*kids_r = &r->res.resCount.lpRes;
		*nkids_r = 1;
		return 0;
	case RES_COMPAREPROPS:
	case RES_BITMASK:
	case RES_SIZE:
	case RES_EXIST:
		return 0;
	default:
		return -EINVAL;
	}
}

/* Bytes a deep copy of the nodes and values below r needs (r itself not
 * counted).  0 or -EINVAL. */
static int res_size(const SRestriction *r, size_t *size)
{
	SRestriction **kids;
	SPropValue **vals;
	ULONG nkids, nvals;
	size_t one;
	int ret;

	/* Only read through: the members' addresses are for res_copy(). */
	ret = res_parts((SRestriction *)r, &kids, &nkids, &vals, &nvals);
	if (ret < 0)
		return ret;
	if ((nkids != 0 && *kids == NULL) || (nvals != 0 && *vals == NULL))
		return -EINVAL;
	*size += align8((size_t)nkids * sizeof(SRestriction));
	for (ULONG i = 0; i < nkids; i++) {
		ret = res_size(&(*kids)[i], size);
		if (ret < 0)
			return ret;
	}
	if (nvals != 0) {
		ret = props_size(*vals, nvals, 0, &one);
		if (ret < 0)
			return ret;
		*size += one;
	}
	return 0;
}

/*
 * Node dst is a copy of a node that res_size() accepted, its members
 * still pointing into the source: gives it copies of what they point to,
 * taken from *cur.
 */
static void res_copy(SRestriction *dst, char **cur)
{
	SRestriction **kids, *out;
	SPropValue **vals, *pv;
	ULONG nkids, nvals;
	size_t size = 0;

	if (res_parts(dst, &kids, &nkids, &vals, &nvals) < 0)
		return;
	if (kids != NULL) {
		/* No nested nodes: no pointer back into the source either. */
		out = NULL;
		if (nkids != 0)
			out = take(cur, (size_t)nkids * sizeof(SRestriction));
		for (ULONG i = 0; i < nkids; i++) {
			out[i] = (*kids)[i];
			res_copy(&out[i], cur);
		}
		*kids = out;
	}
	if (vals != NULL) {
		pv = NULL;
		if (nvals != 0) {
			props_size(*vals, nvals, 0, &size);
			pv = take(cur, size);
			props_copy(pv, *vals, nvals, 0);
		}
		*vals = pv;
	}
}

int res_dup(const SRestriction *res, SRestriction **copy_r)
{
	size_t size = align8(sizeof(SRestriction));
	SRestriction *copy;
	char *cur;
	int ret;

	ret = res_size(res, &size);
	if (ret < 0)
		return ret;
	copy = alloc_malloc(size);
	if (copy == NULL)
		return -ENOMEM;
	*copy = *res;
	cur = (char *)copy + align8(sizeof(SRestriction));
	res_copy(copy, &cur);
	*copy_r = copy;
	return 0;
}
