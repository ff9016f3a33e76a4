/*
 * engine_table.c - the engine's tables (engine.h): contents, associated
 * contents, hierarchy, recipients and attachments.
 *
 * A table runs in one of two modes, chosen again at every change of its
 * restriction, sort order or columns:
 *
 * - pushed down: a contents table whose restriction and sort keys all
 *   name index columns (engine_backend.h) with operations SQL can do as
 *   core does them.  Rows are read by position (offset, limit) straight
 *   from the backend, the row count is a count query, and nothing is
 *   kept in memory but the cursor; columns that the index columns and the
 *   computed properties provide are served without reading the property
 *   blobs.  Bookmarks are positions.
 * - in memory: anything else (multi-valued instance expansion, restriction
 *   nodes SQL cannot evaluate the way core does, sorts on other
 *   properties, hierarchy, recipient and attachment tables).  The rows
 *   are loaded into core's in-memory table (CreateTable, tabledata.c) and
 *   every table operation is that table's: results are the reference
 *   results by construction.
 *
 * Folder tables are dynamic: when the backend's data version moved since
 * the rows were read, a memory table is rebuilt (keeping the cursor's row
 * number) and a pushed-down one re-counts.
 *
 * The restriction copies and their translation for the backend are in
 * engine_tplan.c.
 */
#include "engine_int.h"

#include <errno.h>
#include <string.h>

#include <mapix.h>
#include <mapiutil.h>
#include <mapiguid.h>

#include "alloc.h"
#include "restriction.h"
#include "sortorder.h"
#include "ustring.h"

#define PR_FID_TAG  PROP_TAG(PT_I8, 0x6748)
#define SQL_MAX_BMK 256
#define FIND_CHUNK  256

struct engine_table {
	struct engine_mailbox *mb;
	struct engine_actor actor;
	char *principal;
	ULONG rights;
	enum engine_table_kind kind;
	engine_id_t fid;
	ULONG flags;
	struct engine_msgdata *snap; /* recipients/attachments: a copy */
	SPropTagArray *cols;
	SRestriction *res;
	SSortOrderSet *sos;
	bool sql;
	/* Pushed down. */
	struct eb_expr *where;
	struct eb_query q;
	bool need_props;
	uint64_t pos, count, version;
	bool counted;
	uint64_t bmk[SQL_MAX_BMK];
	bool bmk_used[SQL_MAX_BMK];
	/* In memory. */
	LPTABLEDATA td;
	LPMAPITABLE view;
	SPropTagArray *view_cols; /* cols with PT_STRING8 made PT_UNICODE */
};

/* ---------------------------------------------------------------------------
 * The plan: pushed down or in memory
 */

/* Decides the mode and prepares the pushed-down query. */
static void plan(struct engine_table *t)
{
	ULONG i;

	tplan_expr_free(t->where);
	t->where = NULL;
	t->sql = false;
	if (t->kind != ENGINE_TABLE_CONTENTS &&
	    t->kind != ENGINE_TABLE_ASSOCIATED)
		return;
	for (i = 0; i < t->cols->cValues; i++)
		if ((PROP_TYPE(t->cols->aulPropTag[i]) & MVI_FLAG) == MVI_FLAG)
			return;
	memset(&t->q, 0, sizeof(t->q));
	if (t->sos) {
		if (t->sos->cCategories != 0 || t->sos->cSorts > 8)
			return;
		for (i = 0; i < t->sos->cSorts; i++) {
			int col = tplan_col_of(t->sos->aSort[i].ulPropTag);

			if (col < 0 ||
			    t->sos->aSort[i].ulOrder > TABLE_SORT_DESCEND)
				return;
			t->q.sort[i].col = (enum eb_col)col;
			t->q.sort[i].desc =
			    t->sos->aSort[i].ulOrder == TABLE_SORT_DESCEND;
		}
		t->q.nsort = t->sos->cSorts;
	}
	if (t->res) {
		t->where = tplan_expr(t->res, 0);
		if (t->where == NULL)
			return;
	}
	t->q.fid = t->fid;
	t->q.assoc = t->kind == ENGINE_TABLE_ASSOCIATED;
	t->q.where = t->where;
	t->need_props = false;
	for (i = 0; i < t->cols->cValues; i++)
		if (!tplan_col_without_blob(t->cols->aulPropTag[i]))
			t->need_props = true;
	t->sql = true;
	t->counted = false;
	memset(t->bmk_used, 0, sizeof(t->bmk_used));
}

bool engine_table_pushed_down(const struct engine_table *t)
{
	return t != NULL && t->sql;
}

/* ---------------------------------------------------------------------------
 * In-memory mode: core's table over the rows
 */

struct rows {
	SRow *rows;
	SPropValue **blocks;
	ULONG n, cap;
};

static void rows_free(struct rows *r)
{
	ULONG i;

	for (i = 0; i < r->n; i++)
		alloc_free(r->blocks[i]);
	alloc_free(r->blocks);
	alloc_free(r->rows);
	memset(r, 0, sizeof(*r));
}

/* Adds the values collected in c as one row. */
static int rows_add(struct rows *r, struct pcoll *c)
{
	SPropValue *block;
	ULONG n;
	int ret;

	if (r->n == r->cap) {
		ULONG cap = r->cap ? r->cap * 2 : 64;
		SRow *nr = alloc_realloc(r->rows, cap * sizeof(*nr));
		SPropValue **nb;

		if (nr == NULL)
			return -ENOMEM;
		r->rows = nr;
		nb = alloc_realloc(r->blocks, cap * sizeof(*nb));
		if (nb == NULL)
			return -ENOMEM;
		r->blocks = nb;
		r->cap = cap;
	}
	ret = pcoll_finish(c, PBLOB_PLAIN, &n, &block);
	if (ret < 0)
		return ret;
	r->blocks[r->n] = block;
	r->rows[r->n].ulAdrEntryPad = 0;
	r->rows[r->n].cValues = n;
	r->rows[r->n].lpProps = block;
	r->n++;
	return 0;
}

struct load {
	struct engine_table *t;
	struct rows *rows;
	int depth;
};

static int msg_row_cb(void *ctx, const struct eb_message *m)
{
	struct load *l = ctx;
	struct pcoll c = {0};
	int ret;

	ret = engine_msg_row_props(l->t->mb, m, l->t->rights, NULL, &c);
	if (ret == 0)
		ret = rows_add(l->rows, &c);
	pcoll_free(&c);
	return ret;
}

static int folder_row_cb(void *ctx, const struct eb_folder *f);

static int folder_rows(struct load *l, engine_id_t parent)
{
	return ebk_folder_children(l->t->mb, parent, folder_row_cb, l);
}

static int folder_row_cb(void *ctx, const struct eb_folder *f)
{
	struct load *l = ctx;
	struct engine_table *t = l->t;
	struct pcoll c = {0};
	ULONG rights = 0;
	int ret;

	ret = engine_rights_of(t->mb, &t->actor, f->fid, NULL, &rights);
	if (ret < 0)
		return ret;
	if (!(rights & frightsVisible))
		return 0;
	ret = engine_folder_row_props(t->mb, f, rights, l->depth, &c);
	if (ret == 0)
		pcoll_i8(&c, PR_FID_TAG, (int64_t)f->fid);
	if (ret == 0)
		ret = rows_add(l->rows, &c);
	pcoll_free(&c);
	if (ret == 0 && (t->flags & CONVENIENT_DEPTH) && l->depth < 1000) {
		struct load sub = *l;

		sub.depth = l->depth + 1;
		ret = folder_rows(&sub, f->fid);
	}
	return ret;
}

static int snapshot_rows(struct engine_table *t, struct rows *rows)
{
	const struct engine_msgdata *d = t->snap;
	struct pcoll c = {0};
	ULONG i, j;
	int ret = 0;

	if (t->kind == ENGINE_TABLE_RECIPIENTS) {
		for (i = 0; i < d->nrcpts && ret == 0; i++) {
			const struct pbag *b = &d->rcpts[i].props;

			for (j = 0; j < b->count; j++)
				pcoll_add(&c, b->v[j]);
			pcoll_long(&c, PR_ROWID, (LONG)d->rcpts[i].rowid);
			pcoll_long(&c, PR_OBJECT_TYPE, MAPI_MAILUSER);
			ret = rows_add(rows, &c);
			pcoll_free(&c);
		}
		return ret;
	}
	for (i = 0; i < d->natts && ret == 0; i++) {
		const struct pbag *b = &d->atts[i].props;

		for (j = 0; j < b->count; j++)
			if (PROP_ID(b->v[j]->ulPropTag) !=
			    PROP_ID(PR_ATTACH_NUM))
				pcoll_add(&c, b->v[j]);
		pcoll_long(&c, PR_ATTACH_NUM, (LONG)d->atts[i].num);
		pcoll_long(&c, PR_OBJECT_TYPE, MAPI_ATTACH);
		ret = rows_add(rows, &c);
		pcoll_free(&c);
	}
	return ret;
}

static ULONG index_tag(const struct engine_table *t)
{
	switch (t->kind) {
	case ENGINE_TABLE_HIERARCHY:
		return PR_FID_TAG;
	case ENGINE_TABLE_RECIPIENTS:
		return PR_ROWID;
	case ENGINE_TABLE_ATTACHMENTS:
		return PR_ATTACH_NUM;
	default:
		return PR_MID_TAG;
	}
}

static void mem_drop(struct engine_table *t)
{
	if (t->view)
		IMAPITable_Release(t->view);
	if (t->td)
		ITableData_Release(t->td);
	t->view = NULL;
	t->td = NULL;
}

static int hr_errno(HRESULT hr)
{
	switch (hr) {
	case S_OK:
		return 0;
	case MAPI_E_NOT_ENOUGH_MEMORY:
		return -ENOMEM;
	case MAPI_E_TOO_COMPLEX:
		return -E2BIG;
	case MAPI_E_NOT_FOUND:
		return -ENOENT;
	case MAPI_E_INVALID_BOOKMARK:
		return -EINVAL;
	case MAPI_E_INVALID_PARAMETER:
		return -EINVAL;
	default:
		return -EIO;
	}
}

static int view_columns(struct engine_table *t)
{
	ULONG i;

	alloc_free(t->view_cols);
	t->view_cols =
	    alloc_memdup(t->cols, CbNewSPropTagArray(t->cols->cValues));
	if (t->view_cols == NULL)
		return -ENOMEM;
	for (i = 0; i < t->cols->cValues; i++) {
		ULONG tag = t->cols->aulPropTag[i], type = PROP_TYPE(tag);

		if ((type & ~(ULONG)MV_INSTANCE) == PT_STRING8 ||
		    (type & ~(ULONG)MV_INSTANCE) == PT_MV_STRING8)
			t->view_cols->aulPropTag[i] = CHANGE_PROP_TYPE(
			    tag, type + (PT_UNICODE - PT_STRING8));
	}
	return 0;
}

/* (Re)builds the in-memory table; keeps the cursor's row number. */
static int mem_build(struct engine_table *t, bool keep_pos)
{
	struct rows rows = {0};
	struct load l = {.t = t, .rows = &rows, .depth = 0};
	SRowSet *set = NULL;
	ULONG pos = 0, num, den, i;
	HRESULT hr;
	int ret;

	if (keep_pos && t->view)
		IMAPITable_QueryPosition(t->view, &pos, &num, &den);
	mem_drop(t);
	if (t->snap) {
		ret = snapshot_rows(t, &rows);
	} else {
		ret = ebk_begin(t->mb, false, NULL);
		if (ret < 0)
			return ret;
		if (t->kind == ENGINE_TABLE_HIERARCHY) {
			l.depth = (t->flags & CONVENIENT_DEPTH) ? 1 : -1;
			ret = folder_rows(&l, t->fid);
		} else {
			struct eb_query q = {.fid = t->fid,
					     .assoc = t->kind ==
						      ENGINE_TABLE_ASSOCIATED,
					     .with_props = true};

			ret = ebk_msg_query(t->mb, &q, msg_row_cb, &l);
		}
		if (ret == 0)
			ret = ebk_data_version(t->mb, &t->version);
		ebk_rollback(t->mb);
	}
	if (ret == 0)
		ret = view_columns(t);
	if (ret == 0) {
		hr = CreateTable(&IID_IMAPITableData, MAPIAllocateBuffer,
				 MAPIAllocateMore, MAPIFreeBuffer, NULL,
				 TBLTYPE_DYNAMIC, index_tag(t), t->view_cols,
				 &t->td);
		ret = hr_errno(hr);
	}
	if (ret == 0 && rows.n) {
		set = alloc_malloc(CbNewSRowSet(rows.n));
		if (set == NULL) {
			ret = -ENOMEM;
		} else {
			set->cRows = rows.n;
			for (i = 0; i < rows.n; i++)
				set->aRow[i] = rows.rows[i];
			ret = hr_errno(ITableData_HrModifyRows(t->td, 0, set));
			alloc_free(set);
		}
	}
	rows_free(&rows);
	if (ret == 0)
		ret = hr_errno(
		    ITableData_HrGetView(t->td, NULL, NULL, 0, &t->view));
	if (ret == 0)
		ret = hr_errno(IMAPITable_SetColumns(t->view, t->view_cols, 0));
	if (ret == 0 && t->res)
		ret = hr_errno(IMAPITable_Restrict(t->view, t->res, 0));
	if (ret == 0 && t->sos)
		ret = hr_errno(IMAPITable_SortTable(t->view, t->sos, 0));
	if (ret == 0 && pos)
		IMAPITable_SeekRow(t->view, BOOKMARK_BEGINNING, (LONG)pos,
				   NULL);
	if (ret < 0)
		mem_drop(t);
	return ret;
}

/* Brings the table up to date before an operation that reads rows. */
static int refresh(struct engine_table *t)
{
	uint64_t v = 0;
	int ret;

	if (t->snap) {
		if (t->view == NULL)
			return mem_build(t, false);
		return 0;
	}
	ret = ebk_data_version(t->mb, &v);
	if (ret < 0)
		return ret;
	if (t->sql) {
		/* The count is taken only when an operation needs it:
		 * reading forward does not. */
		if (v != t->version) {
			mem_drop(t);
			t->version = v;
			t->counted = false;
		}
		return 0;
	}
	if (t->view == NULL || v != t->version)
		return mem_build(t, t->view != NULL);
	return 0;
}

/* A pushed-down table's row count, taken when needed. */
static int need_count(struct engine_table *t)
{
	int ret;

	if (t->counted)
		return 0;
	ret = ebk_msg_count(t->mb, &t->q, &t->count);
	if (ret < 0)
		return ret;
	t->counted = true;
	if (t->pos > t->count)
		t->pos = t->count;
	return 0;
}

/* Refreshes, and for a pushed-down table counts its rows. */
static int refresh_counted(struct engine_table *t)
{
	int ret = refresh(t);

	if (ret == 0 && t->sql)
		ret = need_count(t);
	return ret;
}

/* ---------------------------------------------------------------------------
 * Opening and configuring
 */

static const SizedSPropTagArray(6, default_contents) = {
    6,
    {PR_ENTRYID, PR_INSTANCE_KEY, PR_SUBJECT_W, PR_MESSAGE_DELIVERY_TIME,
     PR_MESSAGE_FLAGS, PR_MESSAGE_SIZE}};
static const SizedSPropTagArray(6, default_hierarchy) = {
    6,
    {PR_ENTRYID, PR_INSTANCE_KEY, PR_DISPLAY_NAME_W, PR_CONTENT_COUNT,
     PR_SUBFOLDERS, PR_DEPTH}};
static const SizedSPropTagArray(4, default_rcpt) = {
    4, {PR_ROWID, PR_DISPLAY_NAME_W, PR_RECIPIENT_TYPE, PR_ENTRYID}};
static const SizedSPropTagArray(4, default_att) = {
    4,
    {PR_ATTACH_NUM, PR_ATTACH_METHOD, PROP_TAG(PT_UNICODE, 0x3707),
     PROP_TAG(PT_LONG, 0x0E20)}};

static int table_new(struct engine_mailbox *mb,
		     const struct engine_actor *actor,
		     enum engine_table_kind kind, struct engine_table **t_r)
{
	const SPropTagArray *cols;
	struct engine_table *t = alloc_calloc(1, sizeof(*t));

	if (t == NULL)
		return -ENOMEM;
	t->mb = mb;
	t->kind = kind;
	t->actor = *actor;
	if (actor->principal) {
		t->principal = alloc_strdup(actor->principal);
		if (t->principal == NULL) {
			alloc_free(t);
			return -ENOMEM;
		}
	}
	t->actor.principal = t->principal;
	switch (kind) {
	case ENGINE_TABLE_HIERARCHY:
		cols = (const SPropTagArray *)&default_hierarchy;
		break;
	case ENGINE_TABLE_RECIPIENTS:
		cols = (const SPropTagArray *)&default_rcpt;
		break;
	case ENGINE_TABLE_ATTACHMENTS:
		cols = (const SPropTagArray *)&default_att;
		break;
	default:
		cols = (const SPropTagArray *)&default_contents;
	}
	t->cols = alloc_memdup(cols, CbNewSPropTagArray(cols->cValues));
	if (t->cols == NULL) {
		alloc_free(t->principal);
		alloc_free(t);
		return -ENOMEM;
	}
	mb->open_objects++;
	*t_r = t;
	return 0;
}

void engine_table_close(struct engine_table *t)
{
	if (t == NULL)
		return;
	mem_drop(t);
	tplan_expr_free(t->where);
	tplan_res_free(t->res);
	alloc_free(t->sos);
	alloc_free(t->cols);
	alloc_free(t->view_cols);
	alloc_free(t->principal);
	if (t->snap) {
		struct engine_msgdata *d = t->snap;
		ULONG i;

		for (i = 0; i < d->nrcpts; i++)
			pbag_clear(&d->rcpts[i].props);
		for (i = 0; i < d->natts; i++)
			pbag_clear(&d->atts[i].props);
		alloc_free(d->rcpts);
		alloc_free(d->atts);
		alloc_free(d);
	}
	t->mb->open_objects--;
	alloc_free(t);
}

static int exists_cb(void *ctx, const struct eb_folder *f)
{
	(void)ctx;
	(void)f;
	return 0;
}

int engine_table_open(struct engine_mailbox *mb,
		      const struct engine_actor *actor, engine_id_t fid,
		      enum engine_table_kind kind, ULONG flags,
		      struct engine_table **table_r)
{
	struct engine_table *t;
	ULONG need;
	int ret;

	if (mb == NULL || actor == NULL || table_r == NULL ||
	    kind > ENGINE_TABLE_HIERARCHY ||
	    (flags & ~(ULONG)(CONVENIENT_DEPTH | MAPI_UNICODE)) ||
	    ((flags & CONVENIENT_DEPTH) && kind != ENGINE_TABLE_HIERARCHY))
		return -EINVAL;
	ret = table_new(mb, actor, kind, &t);
	if (ret < 0)
		return ret;
	t->fid = fid;
	t->flags = flags;
	need = kind == ENGINE_TABLE_HIERARCHY ? frightsVisible : frightsReadAny;
	ret = ebk_begin(mb, false, NULL);
	if (ret == 0) {
		ret = ebk_folder_get(mb, fid, exists_cb, NULL);
		ebk_rollback(mb);
		if (ret == -ENOENT)
			engine_fail(mb, ret, "no such folder");
	}
	if (ret == 0)
		ret = engine_rights_of(mb, actor, fid, "OpenTable", &t->rights);
	if (ret == 0 && (t->rights & need) != need)
		ret = engine_fail(mb, -EACCES, "no right to read the folder");
	if (ret < 0) {
		engine_table_close(t);
		return ret;
	}
	plan(t);
	*table_r = t;
	return 0;
}

int engine_table_open_message(struct engine_message *msg,
			      enum engine_table_kind kind,
			      struct engine_table **table_r)
{
	const struct engine_msgdata *d;
	struct engine_msgdata *snap;
	struct engine_table *t;
	struct engine_actor actor = {0};
	struct engine_mailbox *mb;
	ULONG i;
	int ret = 0;

	if (msg == NULL || table_r == NULL ||
	    (kind != ENGINE_TABLE_RECIPIENTS &&
	     kind != ENGINE_TABLE_ATTACHMENTS))
		return -EINVAL;
	d = engine_message_data(msg);
	mb = engine_message_mailbox(msg);
	snap = alloc_calloc(1, sizeof(*snap));
	if (snap == NULL)
		return -ENOMEM;
	if (kind == ENGINE_TABLE_RECIPIENTS && d->nrcpts) {
		snap->rcpts = alloc_calloc(d->nrcpts, sizeof(*snap->rcpts));
		ret = snap->rcpts ? 0 : -ENOMEM;
		for (i = 0; i < d->nrcpts && ret == 0; i++) {
			snap->rcpts[i].rowid = d->rcpts[i].rowid;
			ret = pbag_copy(&snap->rcpts[i].props,
					&d->rcpts[i].props);
			snap->nrcpts = i + 1;
		}
	} else if (kind == ENGINE_TABLE_ATTACHMENTS && d->natts) {
		snap->atts = alloc_calloc(d->natts, sizeof(*snap->atts));
		ret = snap->atts ? 0 : -ENOMEM;
		for (i = 0; i < d->natts && ret == 0; i++) {
			snap->atts[i].num = d->atts[i].num;
			ret =
			    pbag_copy(&snap->atts[i].props, &d->atts[i].props);
			snap->natts = i + 1;
		}
	}
	if (ret == 0)
		ret = table_new(mb, &actor, kind, &t);
	if (ret < 0) {
		for (i = 0; i < snap->nrcpts; i++)
			pbag_clear(&snap->rcpts[i].props);
		for (i = 0; i < snap->natts; i++)
			pbag_clear(&snap->atts[i].props);
		alloc_free(snap->rcpts);
		alloc_free(snap->atts);
		alloc_free(snap);
		return ret;
	}
	t->snap = snap;
	*table_r = t;
	return 0;
}

int engine_table_set_columns(struct engine_table *t, const SPropTagArray *cols)
{
	SPropTagArray *copy;

	if (t == NULL || cols == NULL || cols->cValues == 0 ||
	    cols->cValues > 0x10000)
		return -EINVAL;
	copy = alloc_memdup(cols, CbNewSPropTagArray(cols->cValues));
	if (copy == NULL)
		return -ENOMEM;
	alloc_free(t->cols);
	t->cols = copy;
	if (t->view) {
		int ret = view_columns(t);

		if (ret == 0)
			ret = hr_errno(
			    IMAPITable_SetColumns(t->view, t->view_cols, 0));
		if (ret < 0) {
			mem_drop(t);
			return ret;
		}
	}
	if (!t->snap) {
		bool was_sql = t->sql;

		plan(t);
		if (was_sql && !t->sql)
			mem_drop(t);
	}
	return 0;
}

int engine_table_query_columns(struct engine_table *t, SPropTagArray **cols_r)
{
	size_t size;

	if (t == NULL || cols_r == NULL)
		return -EINVAL;
	size = CbNewSPropTagArray(t->cols->cValues);
	if (MAPIAllocateBuffer((ULONG)size, (void **)cols_r) != S_OK)
		return -ENOMEM;
	memcpy(*cols_r, t->cols, size);
	return 0;
}

int engine_table_restrict(struct engine_table *t, const SRestriction *res)
{
	const char *err = NULL;
	SRestriction *copy = NULL;
	int ret;

	if (t == NULL)
		return -EINVAL;
	if (res) {
		ret = res_validate(res, &err);
		if (ret < 0)
			return engine_fail(t->mb, ret, err);
		ret = tplan_res_copy(res, &copy);
		if (ret < 0)
			return ret;
	}
	tplan_res_free(t->res);
	t->res = copy;
	t->pos = 0;
	mem_drop(t);
	if (!t->snap)
		plan(t);
	return 0;
}

int engine_table_sort(struct engine_table *t, const SSortOrderSet *sos)
{
	const char *err = NULL;
	SSortOrderSet *copy = NULL;
	int ret;

	if (t == NULL)
		return -EINVAL;
	if (sos && sos->cSorts) {
		ret = sort_validate(sos, &err);
		if (ret < 0)
			return engine_fail(t->mb, ret, err);
		copy = alloc_memdup(sos, CbSSortOrderSet(sos));
		if (copy == NULL)
			return -ENOMEM;
		for (ULONG i = 0; i < copy->cSorts; i++)
			copy->aSort[i].ulPropTag =
			    tplan_wide_tag(copy->aSort[i].ulPropTag);
	}
	alloc_free(t->sos);
	t->sos = copy;
	t->pos = 0;
	mem_drop(t);
	if (!t->snap)
		plan(t);
	return 0;
}

/* ---------------------------------------------------------------------------
 * Reading
 */

int engine_table_row_count(struct engine_table *t, ULONG *count_r)
{
	int ret;

	if (t == NULL || count_r == NULL)
		return -EINVAL;
	ret = refresh_counted(t);
	if (ret < 0)
		return ret;
	if (t->sql) {
		*count_r = (ULONG)t->count;
		return 0;
	}
	return hr_errno(IMAPITable_GetRowCount(t->view, 0, count_r));
}

/* Converts the values of PT_STRING8 columns that came back as Unicode. */
static int fix_row_types(struct engine_table *t, SRow *row)
{
	ULONG i;

	for (i = 0; i < row->cValues && i < t->cols->cValues; i++) {
		ULONG want = t->cols->aulPropTag[i];
		SPropValue *v = &row->lpProps[i];
		char *s;
		void *copy;

		if (PROP_TYPE(want) != PT_STRING8 ||
		    PROP_TYPE(v->ulPropTag) != PT_UNICODE)
			continue;
		s = ustr_to_utf8(v->Value.lpszW);
		if (s == NULL)
			return -ENOMEM;
		if (MAPIAllocateMore((ULONG)strlen(s) + 1, row->lpProps,
				     &copy) != S_OK) {
			alloc_free(s);
			return -ENOMEM;
		}
		memcpy(copy, s, strlen(s) + 1);
		alloc_free(s);
		v->ulPropTag = want;
		v->Value.lpszA = copy;
	}
	return 0;
}

struct sqlrows {
	struct engine_table *t;
	SRowSet *set;
	int ret;
};

static int sql_row_cb(void *ctx, const struct eb_message *m)
{
	struct sqlrows *s = ctx;
	struct pcoll all = {0}, out = {0};
	SRow *row = &s->set->aRow[s->set->cRows];
	int ret;

	ret = engine_msg_row_props(s->t->mb, m, s->t->rights, s->t->cols, &all);
	if (ret == 0)
		ret = pcoll_project(&out, all.v, all.n, s->t->cols);
	if (ret >= 0)
		ret = pcoll_finish(&out, PBLOB_MAPI, &row->cValues,
				   &row->lpProps);
	pcoll_free(&all);
	pcoll_free(&out);
	if (ret < 0)
		return ret;
	s->set->cRows++;
	return 0;
}

static int sql_query(struct engine_table *t, uint64_t start, uint64_t n,
		     SRowSet **rows_r)
{
	struct sqlrows s = {.t = t};
	struct eb_query q = t->q;
	int ret;

	if (MAPIAllocateBuffer((ULONG)CbNewSRowSet(n ? n : 1),
			       (void **)&s.set) != S_OK)
		return -ENOMEM;
	s.set->cRows = 0;
	if (n) {
		q.offset = start;
		q.limit = n;
		q.with_props = t->need_props;
		/* One statement: its own consistent read. */
		ret = ebk_msg_query(t->mb, &q, sql_row_cb, &s);
		if (ret < 0) {
			FreeProws(s.set);
			return ret;
		}
	}
	*rows_r = s.set;
	return 0;
}

int engine_table_query_rows(struct engine_table *t, LONG count, ULONG flags,
			    SRowSet **rows_r)
{
	SRowSet *rows = NULL;
	ULONG i;
	int ret;

	if (t == NULL || rows_r == NULL || count == 0 ||
	    (flags & ~(ULONG)TBL_NOADVANCE))
		return -EINVAL;
	ret = refresh(t);
	if (ret < 0)
		return ret;
	if (t->sql) {
		uint64_t start, n;

		if (count > 0) {
			start = t->pos;
			n = (uint64_t)count;
			/* Large requests are sized by the count first. */
			if (n > 4096) {
				ret = need_count(t);
				if (ret < 0)
					return ret;
				if (n > t->count - t->pos)
					n = t->count - t->pos;
			}
		} else {
			ret = need_count(t);
			if (ret < 0)
				return ret;
			n = (uint64_t) - (int64_t)count;
			if (n > t->pos)
				n = t->pos;
			start = t->pos - n;
		}
		ret = sql_query(t, start, n, &rows);
		if (ret < 0)
			return ret;
		if (!(flags & TBL_NOADVANCE))
			t->pos = count > 0 ? start + rows->cRows : start;
		*rows_r = rows;
		return 0;
	}
	ret = hr_errno(IMAPITable_QueryRows(t->view, count, flags, &rows));
	for (i = 0; ret == 0 && i < rows->cRows; i++)
		ret = fix_row_types(t, &rows->aRow[i]);
	if (ret < 0) {
		if (rows)
			FreeProws(rows);
		return ret;
	}
	*rows_r = rows;
	return 0;
}

static int sql_origin(struct engine_table *t, BOOKMARK origin, uint64_t *pos_r)
{
	if (origin == BOOKMARK_BEGINNING)
		*pos_r = 0;
	else if (origin == BOOKMARK_CURRENT)
		*pos_r = t->pos;
	else if (origin == BOOKMARK_END)
		*pos_r = t->count;
	else if (origin >= 3 && origin < 3 + SQL_MAX_BMK &&
		 t->bmk_used[origin - 3])
		*pos_r = t->bmk[origin - 3] > t->count ? t->count
						       : t->bmk[origin - 3];
	else
		return -EINVAL;
	return 0;
}

int engine_table_seek(struct engine_table *t, BOOKMARK origin, LONG count,
		      LONG *sought_r)
{
	uint64_t base;
	int64_t target;
	int ret;

	if (t == NULL)
		return -EINVAL;
	/* Forward from the start or the cursor without asking how far it
	 * got: the cursor is clamped when the count is next needed, so a
	 * pushed-down table need not count its rows here. */
	if (sought_r == NULL && count >= 0 &&
	    (origin == BOOKMARK_BEGINNING || origin == BOOKMARK_CURRENT)) {
		ret = refresh(t);
		if (ret < 0)
			return ret;
		if (t->sql) {
			base = origin == BOOKMARK_BEGINNING ? 0 : t->pos;
			t->pos = base + (uint64_t)count;
			if (t->counted && t->pos > t->count)
				t->pos = t->count;
			return 0;
		}
	}
	ret = refresh_counted(t);
	if (ret < 0)
		return ret;
	if (!t->sql)
		return hr_errno(
		    IMAPITable_SeekRow(t->view, origin, count, sought_r));
	ret = sql_origin(t, origin, &base);
	if (ret < 0)
		return ret;
	target = (int64_t)base + count;
	if (target < 0)
		target = 0;
	if ((uint64_t)target > t->count)
		target = (int64_t)t->count;
	t->pos = (uint64_t)target;
	if (sought_r)
		*sought_r = (LONG)(target - (int64_t)base);
	return 0;
}

int engine_table_seek_approx(struct engine_table *t, ULONG num, ULONG den)
{
	int ret;

	if (t == NULL || den == 0 || num > den)
		return -EINVAL;
	ret = refresh_counted(t);
	if (ret < 0)
		return ret;
	if (!t->sql)
		return hr_errno(IMAPITable_SeekRowApprox(t->view, num, den));
	t->pos = num == den ? t->count : t->count * num / den;
	return 0;
}

int engine_table_position(struct engine_table *t, ULONG *row_r, ULONG *num_r,
			  ULONG *den_r)
{
	int ret;

	if (t == NULL || row_r == NULL || num_r == NULL || den_r == NULL)
		return -EINVAL;
	ret = refresh_counted(t);
	if (ret < 0)
		return ret;
	if (!t->sql)
		return hr_errno(
		    IMAPITable_QueryPosition(t->view, row_r, num_r, den_r));
	*row_r = (ULONG)t->pos;
	*num_r = (ULONG)t->pos;
	*den_r = t->count ? (ULONG)t->count : 1;
	return 0;
}

int engine_table_bookmark_create(struct engine_table *t, BOOKMARK *bm_r)
{
	unsigned int i;
	int ret;

	if (t == NULL || bm_r == NULL)
		return -EINVAL;
	ret = refresh_counted(t);
	if (ret < 0)
		return ret;
	if (!t->sql)
		return hr_errno(IMAPITable_CreateBookmark(t->view, bm_r));
	for (i = 0; i < SQL_MAX_BMK; i++) {
		if (!t->bmk_used[i]) {
			t->bmk_used[i] = true;
			t->bmk[i] = t->pos;
			*bm_r = 3 + i;
			return 0;
		}
	}
	return engine_fail(t->mb, -ENOSPC, "too many bookmarks");
}

int engine_table_bookmark_free(struct engine_table *t, BOOKMARK bm)
{
	if (t == NULL)
		return -EINVAL;
	if (!t->sql) {
		if (t->view == NULL)
			return -EINVAL;
		return hr_errno(IMAPITable_FreeBookmark(t->view, bm));
	}
	if (bm < 3)
		return 0;
	if (bm >= 3 + SQL_MAX_BMK || !t->bmk_used[bm - 3])
		return -EINVAL;
	t->bmk_used[bm - 3] = false;
	return 0;
}

struct find {
	struct engine_table *t;
	const SRestriction *res;
	uint64_t index, found;
	bool hit, backward;
	int err;
};

static int find_cb(void *ctx, const struct eb_message *m)
{
	struct find *f = ctx;
	struct pcoll all = {0};
	SRow row;
	int ret;

	ret = engine_msg_row_props(f->t->mb, m, f->t->rights, NULL, &all);
	if (ret == 0) {
		row.ulAdrEntryPad = 0;
		row.cValues = all.n;
		row.lpProps = all.v;
		ret = res_eval(f->res, &row, NULL, NULL);
	}
	pcoll_free(&all);
	if (ret < 0)
		return ret;
	if (ret == 1) {
		f->hit = true;
		f->found = f->index;
		if (!f->backward)
			return 1; /* stop */
	}
	f->index++;
	return 0;
}

int engine_table_find_row(struct engine_table *t, const SRestriction *res,
			  BOOKMARK origin, ULONG flags)
{
	struct find f = {.t = t, .res = res};
	const char *err = NULL;
	uint64_t base, start;
	int ret;

	if (t == NULL || res == NULL || (flags & ~(ULONG)DIR_BACKWARD))
		return -EINVAL;
	ret = res_validate(res, &err);
	if (ret < 0)
		return engine_fail(t->mb, ret, err);
	ret = refresh_counted(t);
	if (ret < 0)
		return ret;
	if (!t->sql)
		return hr_errno(IMAPITable_FindRow(t->view, (LPSRestriction)res,
						   origin, flags));
	ret = sql_origin(t, origin, &base);
	if (ret < 0)
		return ret;
	f.backward = (flags & DIR_BACKWARD) != 0;
	/* Chunks forward from base, or backward chunks ending at base. */
	if (!f.backward) {
		for (start = base; start < t->count && !f.hit;
		     start += FIND_CHUNK) {
			struct eb_query q = t->q;

			q.offset = start;
			q.limit = FIND_CHUNK;
			q.with_props = true;
			f.index = start;
			ret = ebk_begin(t->mb, false, NULL);
			if (ret == 0) {
				ret = ebk_msg_query(t->mb, &q, find_cb, &f);
				ebk_rollback(t->mb);
			}
			if (ret < 0)
				return ret;
		}
	} else {
		uint64_t end = base;

		while (end > 0 && !f.hit) {
			struct eb_query q = t->q;

			start = end > FIND_CHUNK ? end - FIND_CHUNK : 0;
			q.offset = start;
			q.limit = end - start;
			q.with_props = true;
			f.index = start;
			ret = ebk_begin(t->mb, false, NULL);
			if (ret == 0) {
				ret = ebk_msg_query(t->mb, &q, find_cb, &f);
				ebk_rollback(t->mb);
			}
			if (ret < 0)
				return ret;
			end = start;
		}
	}
	if (!f.hit)
		return engine_fail(t->mb, -ENOENT, "no row matches");
	t->pos = f.found;
	return 0;
}
