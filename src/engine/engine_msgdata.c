/*
 * engine_msgdata.c - a message's data (struct engine_msgdata: properties,
 * recipients, attachments with embedded messages nested to any depth, lob
 * references) in memory, and its rows in the backend: loading, writing
 * (with the index columns and the large values moved to lobs), copying.
 *
 * Large values ("lobs", engine_backend.h) belong to top-level messages
 * and their attachments; embedded messages keep theirs inline.
 */
#include "engine_int.h"

#include <errno.h>
#include <string.h>

#include <mapix.h>
#include <mapiutil.h>

#include "alloc.h"
#include "ustring.h"

/* Values at least this big are stored as lobs (top-level messages). */
#define LOB_MIN 32768

int engine_array_grow(void **arr, ULONG *cap, ULONG n, size_t elem)
{
	ULONG nc;
	void *na;

	if (n < *cap)
		return 0;
	nc = *cap ? *cap * 2 : 4;
	na = alloc_realloc(*arr, (size_t)nc * elem);
	if (na == NULL)
		return -ENOMEM;
	memset((char *)na + (size_t)*cap * elem, 0, (size_t)(nc - *cap) * elem);
	*arr = na;
	*cap = nc;
	return 0;
}

void msgdata_free(struct engine_msgdata *d)
{
	if (d == NULL)
		return;
	msgdata_clear(d);
	alloc_free(d);
}

void msgdata_clear(struct engine_msgdata *d)
{
	ULONG i;

	pbag_clear(&d->props);
	for (i = 0; i < d->nrcpts; i++)
		pbag_clear(&d->rcpts[i].props);
	alloc_free(d->rcpts);
	for (i = 0; i < d->natts; i++) {
		pbag_clear(&d->atts[i].props);
		msgdata_free(d->atts[i].embedded);
	}
	alloc_free(d->atts);
	alloc_free(d->lobs);
	memset(d, 0, sizeof(*d));
}

struct engine_attdata *msgdata_add_att(struct engine_msgdata *d, ULONG num)
{
	struct engine_attdata *a;

	if (engine_array_grow((void **)&d->atts, &d->capatts, d->natts,
			      sizeof(*d->atts)))
		return NULL;
	a = &d->atts[d->natts++];
	memset(a, 0, sizeof(*a));
	a->num = num;
	if (num >= d->next_att)
		d->next_att = num + 1;
	return a;
}

struct engine_rcpt *msgdata_add_rcpt(struct engine_msgdata *d, ULONG rowid)
{
	struct engine_rcpt *r;

	if (engine_array_grow((void **)&d->rcpts, &d->caprcpts, d->nrcpts,
			      sizeof(*d->rcpts)))
		return NULL;
	r = &d->rcpts[d->nrcpts++];
	memset(r, 0, sizeof(*r));
	r->rowid = rowid;
	if (rowid >= d->next_rowid)
		d->next_rowid = rowid + 1;
	return r;
}

int msgdata_copy(struct engine_msgdata *dst, const struct engine_msgdata *src)
{
	ULONG i;
	int ret;

	memset(dst, 0, sizeof(*dst));
	ret = pbag_copy(&dst->props, &src->props);
	for (i = 0; i < src->nrcpts && ret == 0; i++) {
		struct engine_rcpt *r =
		    msgdata_add_rcpt(dst, src->rcpts[i].rowid);

		ret = r ? pbag_copy(&r->props, &src->rcpts[i].props) : -ENOMEM;
	}
	for (i = 0; i < src->natts && ret == 0; i++) {
		struct engine_attdata *a =
		    msgdata_add_att(dst, src->atts[i].num);

		ret = a ? pbag_copy(&a->props, &src->atts[i].props) : -ENOMEM;
		if (ret == 0 && src->atts[i].embedded) {
			a->embedded = alloc_calloc(1, sizeof(*a->embedded));
			ret = a->embedded ? msgdata_copy(a->embedded,
							 src->atts[i].embedded)
					  : -ENOMEM;
		}
	}
	dst->next_att = src->next_att;
	dst->next_rowid = src->next_rowid;
	if (ret == 0 && src->nlobs) {
		dst->lobs =
		    alloc_memdup(src->lobs, src->nlobs * sizeof(*src->lobs));
		if (dst->lobs == NULL)
			ret = -ENOMEM;
		else
			dst->nlobs = dst->caplobs = src->nlobs;
	}
	if (ret < 0)
		msgdata_clear(dst);
	return ret;
}

struct engine_lobref *lobref_find(const struct engine_msgdata *d, uint32_t num,
				  ULONG prop_id)
{
	ULONG i;

	for (i = 0; i < d->nlobs; i++)
		if (d->lobs[i].num == num && PROP_ID(d->lobs[i].tag) == prop_id)
			return &d->lobs[i];
	return NULL;
}

/* Sets (replacing one of the same property) a lob reference. */
int lobref_put(struct engine_msgdata *d, uint32_t num, ULONG tag, int64_t lob,
	       uint64_t size)
{
	struct engine_lobref *r = lobref_find(d, num, PROP_ID(tag));

	if (r == NULL) {
		if (engine_array_grow((void **)&d->lobs, &d->caplobs, d->nlobs,
				      sizeof(*d->lobs)))
			return -ENOMEM;
		r = &d->lobs[d->nlobs++];
	}
	r->num = num;
	r->tag = tag;
	r->lob = lob;
	r->size = size;
	return 0;
}

/* Forgets lob references: of one property (prop_id != 0) or of all of an
 * attachment's. */
void lobref_forget(struct engine_msgdata *d, uint32_t num, ULONG prop_id)
{
	ULONG i = 0;

	while (i < d->nlobs) {
		if (d->lobs[i].num == num &&
		    (prop_id == 0 || PROP_ID(d->lobs[i].tag) == prop_id)) {
			d->lobs[i] = d->lobs[--d->nlobs];
			continue;
		}
		i++;
	}
}

bool lobref_has(const struct engine_msgdata *d, int64_t lob)
{
	ULONG i;

	for (i = 0; i < d->nlobs; i++)
		if (d->lobs[i].lob == lob)
			return true;
	return false;
}

/* Large values are read through streams: GetProps reports them as
 * MAPI_E_NOT_ENOUGH_MEMORY, as Exchange does for values too big for it. */
void lobref_add_errors(struct pcoll *c, const struct engine_msgdata *d,
		       uint32_t num)
{
	ULONG i;

	for (i = 0; i < d->nlobs; i++) {
		SPropValue e = {0};

		if (d->lobs[i].num != num)
			continue;
		e.ulPropTag = PROP_TAG(PT_ERROR, PROP_ID(d->lobs[i].tag));
		e.Value.err = MAPI_E_NOT_ENOUGH_MEMORY;
		pcoll_add(c, &e);
	}
}

int lobref_tags(const struct engine_msgdata *d, uint32_t num,
		SPropTagArray **tags_r)
{
	SPropTagArray *tags = NULL;
	ULONG i, n = 0;

	if (MAPIAllocateBuffer(CbNewSPropTagArray(d->nlobs), (void **)&tags) !=
	    S_OK)
		return -ENOMEM;
	for (i = 0; i < d->nlobs; i++)
		if (d->lobs[i].num == num)
			tags->aulPropTag[n++] = d->lobs[i].tag;
	tags->cValues = n;
	*tags_r = tags;
	return 0;
}

static int lob_list_cb(void *ctx, int64_t lob, uint32_t num, ULONG tag,
		       uint64_t size)
{
	return lobref_put(ctx, num, tag, lob, size);
}

/* True for values that go to a lob when they are large. */
static bool lob_type(ULONG tag)
{
	ULONG t = PROP_TYPE(tag);

	return t == PT_BINARY || t == PT_UNICODE || t == PT_STRING8;
}

/* The stream bytes of a value: binary as is, strings as a stream of
 * them reads (UTF-16LE for PT_UNICODE). */
void engine_value_bytes(const SPropValue *v, const void **p_r, size_t *n_r)
{
	switch (PROP_TYPE(v->ulPropTag)) {
	case PT_BINARY:
		*p_r = v->Value.bin.lpb;
		*n_r = v->Value.bin.cb;
		break;
	case PT_UNICODE:
		*p_r = v->Value.lpszW;
		*n_r = ustr_wlen(v->Value.lpszW) * sizeof(WCHAR);
		break;
	default:
		*p_r = v->Value.lpszA;
		*n_r = strlen(v->Value.lpszA);
		break;
	}
}

/* Writes a value as a new lob (inside the caller's transaction). */
static int lob_write_value(struct engine_mailbox *mb, const SPropValue *v,
			   int64_t *lob_r, uint64_t *size_r)
{
	const void *p;
	size_t n, off;
	uint32_t seq = 0;
	int ret;

	engine_value_bytes(v, &p, &n);
	ret = ebk_lob_new(mb, engine_now(), lob_r);
	for (off = 0; off < n && ret == 0; off += ENGINE_LOB_CHUNK, seq++)
		ret = ebk_lob_append(
		    mb, *lob_r, seq, (const char *)p + off,
		    n - off < ENGINE_LOB_CHUNK ? n - off : ENGINE_LOB_CHUNK);
	*size_r = n;
	return ret;
}

size_t engine_bag_size(const struct pbag *bag)
{
	size_t s = 0;
	ULONG i;

	for (i = 0; i < bag->count; i++)
		s += pblob_value_size(bag->v[i]) + 4;
	return s;
}

size_t msgdata_size(const struct engine_msgdata *d)
{
	size_t s = engine_bag_size(&d->props);
	ULONG i;

	for (i = 0; i < d->nlobs; i++)
		s += (size_t)d->lobs[i].size;
	for (i = 0; i < d->nrcpts; i++)
		s += engine_bag_size(&d->rcpts[i].props);
	for (i = 0; i < d->natts; i++) {
		s += engine_bag_size(&d->atts[i].props);
		if (d->atts[i].embedded)
			s += msgdata_size(d->atts[i].embedded);
	}
	return s;
}

static int load_row_cb(void *ctx, const struct eb_message *m)
{
	struct msgdata_load_ctx *lc = ctx;
	int ret;

	lc->fid = m->fid;
	lc->assoc = m->assoc;
	lc->cn = m->change_num;
	lc->ctime = m->ctime;
	lc->mtime = m->mtime;
	lc->flags = m->col[EB_COL_FLAGS].i;
	lc->size = m->col[EB_COL_SIZE].i;
	lc->is_embedded = m->parent_mid != 0;
	lc->creator = alloc_strdup(m->creator ? m->creator : "");
	if (lc->creator == NULL)
		return -ENOMEM;
	ret = pbag_load(&lc->d->props, m->props, m->props_len);
	if (ret == 0)
		ret = engine_bag_add_columns(&lc->d->props, m);
	return ret;
}

static int load_rcpt_cb(void *ctx, const struct eb_sub *s)
{
	struct engine_msgdata *d = ctx;
	struct engine_rcpt *r = msgdata_add_rcpt(d, s->num);

	return r ? pbag_load(&r->props, s->props, s->props_len) : -ENOMEM;
}

static int load_att_cb(void *ctx, const struct eb_sub *s)
{
	struct engine_msgdata *d = ctx;
	struct engine_attdata *a = msgdata_add_att(d, s->num);

	return a ? pbag_load(&a->props, s->props, s->props_len) : -ENOMEM;
}

int msgdata_load(struct engine_mailbox *mb, uint64_t mid,
		 struct msgdata_load_ctx *lc, int depth)
{
	ULONG i;
	int ret;

	if (depth > 100)
		return -EBADMSG;
	ret = ebk_msg_get(mb, mid, load_row_cb, lc);
	if (ret == 0 && depth == 0)
		ret = ebk_lob_list(mb, mid, lob_list_cb, lc->d);
	if (ret == 0)
		ret = ebk_sub_list(mb, EB_SUB_RECIPIENT, mid, load_rcpt_cb,
				   lc->d);
	if (ret == 0)
		ret = ebk_sub_list(mb, EB_SUB_ATTACHMENT, mid, load_att_cb,
				   lc->d);
	for (i = 0; i < lc->d->natts && ret == 0; i++) {
		uint64_t emid;
		struct msgdata_load_ctx sub = {0};

		ret = ebk_msg_embedded(mb, mid, lc->d->atts[i].num, &emid);
		if (ret == -ENOENT) {
			ret = 0;
			continue;
		}
		if (ret < 0)
			break;
		sub.d = alloc_calloc(1, sizeof(*sub.d));
		if (sub.d == NULL) {
			ret = -ENOMEM;
			break;
		}
		ret = msgdata_load(mb, emid, &sub, depth + 1);
		alloc_free(sub.creator);
		if (ret < 0) {
			msgdata_free(sub.d);
			break;
		}
		lc->d->atts[i].embedded = sub.d;
	}
	return ret;
}

static int sub_rows(const struct pbag *bags, size_t stride, ULONG n,
		    const ULONG *nums, size_t numstride, struct eb_sub **rows_r,
		    struct pbuf **bufs_r)
{
	struct eb_sub *rows = alloc_calloc(n ? n : 1, sizeof(*rows));
	struct pbuf *bufs = alloc_calloc(n ? n : 1, sizeof(*bufs));
	ULONG i;
	int ret = 0;

	if (rows == NULL || bufs == NULL) {
		alloc_free(rows);
		alloc_free(bufs);
		return -ENOMEM;
	}
	for (i = 0; i < n && ret == 0; i++) {
		const struct pbag *bag =
		    (const struct pbag *)((const char *)bags + i * stride);

		ret = pbag_write(bag, &bufs[i]);
		rows[i].num =
		    *(const ULONG *)((const char *)nums + i * numstride);
		rows[i].props = bufs[i].data;
		rows[i].props_len = bufs[i].len;
	}
	*rows_r = rows;
	*bufs_r = bufs;
	return ret;
}

static void sub_rows_free(struct eb_sub *rows, struct pbuf *bufs, ULONG n)
{
	ULONG i;

	for (i = 0; i < n; i++)
		pbuf_free(&bufs[i]);
	alloc_free(bufs);
	alloc_free(rows);
}

/*
 * Moves the large values of bag (top-level messages and attachments only)
 * to lobs owned by (mid, num): *skip_r becomes a new array of the IDs in
 * skip (nskip of them) plus those of the values moved, for
 * pbag_write_skip(); NULL when nothing moved.
 */
static int persist_lobs(struct engine_mailbox *mb, const struct pbag *bag,
			uint64_t mid, uint32_t num, const ULONG *skip,
			ULONG *nskip, ULONG **skip_r)
{
	ULONG i, n = *nskip, j;
	int ret = 0;

	*skip_r = NULL;
	for (i = 0; i < bag->count && ret == 0; i++) {
		const SPropValue *v = bag->v[i];
		int64_t lob;
		uint64_t size;
		bool skipped = false;

		if (!lob_type(v->ulPropTag) || pblob_value_size(v) < LOB_MIN)
			continue;
		for (j = 0; j < *nskip; j++)
			skipped |= skip[j] == PROP_ID(v->ulPropTag);
		if (skipped)
			continue;
		if (*skip_r == NULL) {
			*skip_r =
			    alloc_malloc((*nskip + bag->count) * sizeof(ULONG));
			if (*skip_r == NULL)
				return -ENOMEM;
			if (*nskip)
				memcpy(*skip_r, skip, *nskip * sizeof(ULONG));
		}
		ret = lob_write_value(mb, v, &lob, &size);
		if (ret == 0)
			ret = ebk_lob_attach(mb, lob, mid, num, v->ulPropTag,
					     size);
		(*skip_r)[n++] = PROP_ID(v->ulPropTag);
	}
	*nskip = n;
	return ret;
}

/* The attachment rows of a message; lobs: move large values to lobs. */
static int att_rows(struct engine_mailbox *mb, const struct engine_msgdata *d,
		    uint64_t mid, bool lobs, struct eb_sub **rows_r,
		    struct pbuf **bufs_r)
{
	struct eb_sub *rows =
	    alloc_calloc(d->natts ? d->natts : 1, sizeof(*rows));
	struct pbuf *bufs =
	    alloc_calloc(d->natts ? d->natts : 1, sizeof(*bufs));
	ULONG i;
	int ret = 0;

	if (rows == NULL || bufs == NULL) {
		alloc_free(rows);
		alloc_free(bufs);
		return -ENOMEM;
	}
	for (i = 0; i < d->natts && ret == 0; i++) {
		ULONG nskip = 0, *skip = NULL;

		if (lobs)
			ret = persist_lobs(mb, &d->atts[i].props, mid,
					   d->atts[i].num, NULL, &nskip, &skip);
		if (ret == 0)
			ret = pbag_write_skip(&d->atts[i].props, skip, nskip,
					      &bufs[i]);
		alloc_free(skip);
		rows[i].num = d->atts[i].num;
		rows[i].props = bufs[i].data;
		rows[i].props_len = bufs[i].len;
	}
	*rows_r = rows;
	*bufs_r = bufs;
	return ret;
}

/* Writes a message with everything below it; returns its size in
 * *size_r.  The old rows of p->mid must be gone. */
int msgdata_persist(struct engine_mailbox *mb, const struct engine_msgdata *d,
		    const struct msgdata_row *p, int depth)
{
	struct eb_message m = {0};
	char *texts[EB_COL_COUNT] = {0};
	bool strip[EB_COL_COUNT];
	ULONG skip[EB_COL_COUNT], nskip = 0, *lobskip = NULL;
	struct pbuf b = {0};
	struct eb_sub *rows = NULL;
	struct pbuf *bufs = NULL;
	ULONG flags = p->flags, i;
	int ret, k;

	if (depth > 100)
		return -E2BIG;
	flags &= ~(ULONG)(MSGFLAG_HASATTACH | MSGFLAG_ASSOCIATED);
	if (d->natts)
		flags |= MSGFLAG_HASATTACH;
	if (p->assoc)
		flags |= MSGFLAG_ASSOCIATED;
	m.mid = p->mid;
	m.fid = p->fid;
	m.parent_mid = p->parent_mid;
	m.parent_num = p->parent_num;
	m.assoc = p->assoc;
	m.change_num = p->cn;
	m.ctime = p->ctime;
	m.mtime = p->mtime;
	m.creator = p->creator;
	engine_msg_columns(&d->props, &m, texts, strip);
	for (k = 0; k < EB_COL_COUNT; k++)
		if (strip[k])
			skip[nskip++] = engine_col_prop_ids[k];
	m.col[EB_COL_FLAGS].present = true;
	m.col[EB_COL_FLAGS].i = flags;
	m.col[EB_COL_SIZE].present = true;
	m.col[EB_COL_SIZE].i = (int64_t)msgdata_size(d);
	ret = 0;
	if (depth == 0)
		ret = persist_lobs(mb, &d->props, p->mid, EB_LOB_MESSAGE, skip,
				   &nskip, &lobskip);
	if (ret == 0)
		ret = pbag_write_skip(&d->props, lobskip ? lobskip : skip,
				      nskip, &b);
	alloc_free(lobskip);
	if (ret == 0) {
		m.props = b.data;
		m.props_len = b.len;
		ret = ebk_msg_put(mb, &m);
	}
	pbuf_free(&b);
	for (k = 0; k < EB_COL_COUNT; k++)
		alloc_free(texts[k]);
	if (ret == 0 && d->nrcpts) {
		ret = sub_rows(&d->rcpts[0].props, sizeof(d->rcpts[0]),
			       d->nrcpts, &d->rcpts[0].rowid,
			       sizeof(d->rcpts[0]), &rows, &bufs);
		if (ret == 0)
			ret = ebk_sub_put(mb, EB_SUB_RECIPIENT, p->mid,
					  d->nrcpts, rows);
		sub_rows_free(rows, bufs, d->nrcpts);
	}
	if (ret == 0 && d->natts) {
		ret = att_rows(mb, d, p->mid, depth == 0, &rows, &bufs);
		if (ret == 0)
			ret = ebk_sub_put(mb, EB_SUB_ATTACHMENT, p->mid,
					  d->natts, rows);
		sub_rows_free(rows, bufs, d->natts);
	}
	/* The lobs the message had (and streams made) become its own. */
	for (i = 0; i < d->nlobs && ret == 0 && depth == 0; i++)
		ret = ebk_lob_attach(mb, d->lobs[i].lob, p->mid, d->lobs[i].num,
				     d->lobs[i].tag, d->lobs[i].size);
	for (i = 0; i < d->natts && ret == 0; i++) {
		struct msgdata_row sub = *p;

		if (d->atts[i].embedded == NULL)
			continue;
		ret = engine_alloc_ids(mb, 1, &sub.mid);
		if (ret < 0)
			break;
		sub.fid = 0;
		sub.parent_mid = p->mid;
		sub.parent_num = d->atts[i].num;
		sub.assoc = false;
		sub.flags = 0;
		{
			const SPropValue *f =
			    pbag_find(&d->atts[i].embedded->props,
				      PROP_ID(PR_MESSAGE_FLAGS));

			if (f && PROP_TYPE(f->ulPropTag) == PT_LONG)
				sub.flags = (ULONG)f->Value.l;
		}
		ret = msgdata_persist(mb, d->atts[i].embedded, &sub, depth + 1);
	}
	return ret;
}
