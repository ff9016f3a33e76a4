/*
 * tabledata_int.h - what the files of CreateTable's table share: the
 * objects (table data, rows, views, view rows) and the functions one file
 * calls in another.  Not for use outside them; the module's entry point
 * is CreateTable (mapiutil.h), its semantics are described in tabledata.c.
 *
 * The files, by concern:
 *   tabledata.c         ITableData itself and CreateTable
 *   tabledata_row.c     property values (size, deep copy, index values),
 *                       rows, the table data's rows, index and columns,
 *                       and output rows (a view row in the view's columns)
 *   tabledata_build.c   building a view's row set: multi-valued
 *                       expansion, sort keys and the sort, compiled
 *                       restrictions, copies of restrictions
 *   tabledata_notify.c  keeping built dynamic views up to date and the
 *                       table notifications that go with it
 *   tabledata_view.c    IMAPITable: the views and their configuration
 *
 * Locking: the table data's lock (td_lock) guards the table data and
 * every view of it; functions here expect it held unless they say
 * otherwise.
 */
#ifndef MAPIX_CORE_TABLEDATA_INT_H
#define MAPIX_CORE_TABLEDATA_INT_H

#include <errno.h>
#include <pthread.h>
#include <stdatomic.h>
#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>
#include <string.h>

#include <mapiutil.h>

#include "lib.h"
#include "alloc.h"
#include "array.h"
#include "errmap.h"
#include "mapierr.h"
#include "objbase.h"
#include "objhdr.h"
#include "proptype.h"
#include "ustring.h"

/* Most properties in one row and columns in one column set. */
#define TBL_MAX_PROPS 0x10000
/* Most bookmarks a view hands out (then MAPI_E_UNABLE_TO_COMPLETE). */
#define TBL_MAX_BOOKMARKS 0x10000
/* Most rows in a view, multi-valued expansion included. */
#define TBL_MAX_VIEW_ROWS 0x7fffffffu
/* HrModifyRows/HrDeleteRows send row notifications for at most this many
 * rows, as Windows does; more make one TABLE_CHANGED. */
#define TBL_DETAILED_MAX 8
/* Largest MAPI buffer (sizes are ULONG). */
#define TBL_ULONG_MAX ((size_t)0xFFFFFFFFu)
/* Bytes of a synthesized PR_INSTANCE_KEY: row serial (8), instance (4). */
#define TBL_IKEY_SIZE 12
/* Object header magics (objhdr.h). */
#define TDATA_MAGIC 0x4d544244u /* "MTBD" */
#define VIEW_MAGIC  0x4d544256u /* "MTBV" */

/* ---------------------------------------------------------------------------
 * Property values and the copy area their deep copies are taken from
 */

static inline size_t align8(size_t n)
{
	return (n + 7) & ~(size_t)7;
}

/* The type a value is copied as: instance values of expanded rows carry
 * MV_INSTANCE on a single value. */
static inline ULONG pv_copy_type(ULONG tag)
{
	return PROP_TYPE(tag) & ~(ULONG)MV_INSTANCE;
}

/*
 * Strings in the table's own row blocks are counted: the 8 bytes before
 * each one hold its length (in bytes or WCHARs, without the terminator),
 * so views measure them without scanning.  Flags of the copy functions:
 */
#define PV_SRC_COUNTED 1 /* the source is table data */
#define PV_DST_COUNTED 2 /* the copy is table data */

static inline size_t str8_len(const char *s, unsigned fl)
{
	if (fl & PV_SRC_COUNTED)
		return (size_t)((const uint64_t *)(const void *)s)[-1];
	return strlen(s);
}

static inline size_t str16_len(const WCHAR *s, unsigned fl)
{
	if (fl & PV_SRC_COUNTED)
		return (size_t)((const uint64_t *)(const void *)s)[-1];
	return ustr_wlen(s);
}

/* Hands out len bytes (rounded up to 8) of the copy area at *cur. */
static inline void *take(char **cur, size_t len)
{
	void *p = *cur;

	*cur += align8(len);
	return p;
}

static inline void *copy_bytes(char **cur, const void *src, size_t len)
{
	void *p = take(cur, len);

	if (len != 0)
		memcpy(p, src, len);
	return p;
}

/* The first value with exactly this tag. */
static inline const SPropValue *find_tag(const SPropValue *p, ULONG n,
					 ULONG tag)
{
	for (ULONG i = 0; i < n; i++) {
		if (p[i].ulPropTag == tag)
			return &p[i];
	}
	return NULL;
}

/* Tag of the single instance values of an MVI column (MV_FLAG cleared). */
static inline ULONG inst_tag(ULONG mvi_tag)
{
	return mvi_tag & ~(ULONG)MV_FLAG;
}

static inline bool is_mvi(ULONG tag)
{
	return (PROP_TYPE(tag) & MVI_FLAG) == MVI_FLAG;
}

/* ---------------------------------------------------------------------------
 * Objects
 */

struct trow {
	atomic_ulong refs;
	/* Chain of the index hash; table data rows only, under the lock. */
	struct trow *hnext;
	/* Position in the table data (insertion order), under the lock;
	 * ties of a sort keep this order. */
	size_t pos;
	/* Identifies the row for its life, across HrModifyRow too. */
	uint64_t serial;
	uint32_t hash;
	ULONG cvals;
	SPropValue *props;
	const SPropValue *index;
};

static inline void trow_ref(struct trow *t)
{
	atomic_fetch_add_explicit(&t->refs, 1, memory_order_relaxed);
}

static inline void trow_unref(struct trow *t)
{
	if (t != NULL && atomic_fetch_sub(&t->refs, 1) == 1)
		alloc_free(t);
}

struct view;
struct vrow;

/* A view's rows. */
ARRAY_DEFINE_TYPE(vrows, struct vrow *);

struct tdata {
	ITableData iface;
	/* Checked first by every method (objbase.h).  Its lock (td_lock)
	 * guards everything below and every view of this table. */
	struct objbase base;
	ALLOCATEBUFFER *alloc_buf;
	ALLOCATEMORE *alloc_more;
	FREEBUFFER *free_buf;
	ULONG type;
	ULONG index_tag;
	/* Available columns: CreateTable's, then new tags rows brought. */
	ARRAY(ULONG) cols;
	/* Rows in insertion order; each holds a reference. */
	ARRAY(struct trow *) rows;
	/* Index: buckets of trow chains, a power of two. */
	struct trow **hash;
	size_t hash_size;
	uint64_t next_serial;
	struct view *views;
};

/* How a sort key compares: by its fold, by num, or (SKEY_OTHER, which
 * includes whole multi-valued keys) through sort_compare_values(). */
enum skey_kind {
	SKEY_OTHER,
	SKEY_FOLD,
	SKEY_SIGNED,
	SKEY_UNSIGNED,
};

/* A sort key of one view row, located and prepared once. */
struct skey {
	const SPropValue *v; /* NULL: the row has no value for the key */
	enum skey_kind kind;
	const char *fold; /* SKEY_FOLD: UTF-8 case fold */
	size_t fold_len;
	uint64_t num; /* SKEY_SIGNED (as int64_t), SKEY_UNSIGNED */
};

/* One row of a view: a data row, or one instance of it when the view
 * expands multi-valued columns. */
struct vrow {
	struct trow *row; /* holds a reference */
	ULONG inst;
	/* Expanded views: PR_INSTANCE_KEY, PR_INSTANCE_NUM, then per MVI
	 * column its instance value, under the tag with MV_FLAG cleared and
	 * again under the MVI tag (restrictions name that one). */
	ULONG nx;
	SPropValue *xprops;
	struct skey keys[];
};

struct bookmark {
	struct bookmark *next;
	BOOKMARK id;
	size_t pos;
	/* Its row left the view since the bookmark was last used. */
	bool moved;
};

struct sink {
	struct sink *next, *prev;
	ULONG_PTR conn;
	IMAPIAdviseSink *sink;
	/* Deliveries in progress; an unadvised sink is freed at 0. */
	unsigned long busy;
	bool dead;
};

/* A queued table notification; its data follows it. */
struct tevent {
	struct tevent *next;
	NOTIFICATION n;
};

struct keyinfo {
	ULONG tag;
	bool desc;
};

struct view {
	IMAPITable iface;
	/* Checked first by every method (objbase.h).  Its lock guards only
	 * the last error; the rest is the table data's lock's. */
	struct objbase base;
	struct tdata *td; /* holds a reference */
	struct view *next, *prev;
	CALLERRELEASE *release_cb;
	ULONG_PTR release_data;
	bool dynamic;
	/* Configuration. */
	ULONG *cols;
	ULONG ncols;
	SSortOrderSet *sort; /* NULL: unsorted */
	struct keyinfo *keys;
	ULONG nkeys;
	SRestriction *res; /* NULL: every row */
	struct cres *cres; /* res, compiled */
	ULONG *exp;        /* MVI tags of columns and sort keys */
	ULONG nexp;
	/* Snapshot views: the rows at HrGetView time, referenced. */
	struct trow **snap;
	size_t nsnap;
	/* The row set, valid unless stale; each row is the view's. */
	bool stale;
	ARRAY_TYPE(vrows) rows;
	size_t cursor;
	struct bookmark *bookmarks;
	ULONG nbookmarks;
	BOOKMARK next_bookmark;
	/* Advise sinks and queued notifications. */
	struct sink *sinks;
	ULONG_PTR next_conn;
	struct tevent *evq, **evq_tail;
	bool ev_changed, ev_reload;
	bool touched;
	struct view *touch_next;
	/* Scratch: evaluation rows of expanded views (room only, no count),
	 * output values. */
	ARRAY(SPropValue) scratch;
	SPropValue *outvals;
	ULONG *colhint;
};

static inline void td_lock(struct tdata *td)
{
	pthread_mutex_lock(&td->base.lock);
}

static inline void td_unlock(struct tdata *td)
{
	pthread_mutex_unlock(&td->base.lock);
}

/*
 * A view's restriction as it is evaluated: AND, OR and NOT nodes, content
 * restrictions on a single-valued string column, and every other node
 * handed to res_eval().  A content leaf does what res_eval() does, through
 * ustr_match_mixed(), with the lengths known: the needle measured once,
 * the row's string by its count (table data is counted), where res_eval()
 * scans both on every row.  Over many rows those scans were a good part
 * of the work.
 */
enum cres_kind {
	CRES_EVAL,
	CRES_AND,
	CRES_OR,
	CRES_NOT,
	CRES_CONTENT,
};

struct cres {
	enum cres_kind kind;
	const SRestriction *res;
	ULONG nkids;
	struct cres *kids;
	/* CRES_CONTENT: the column and the needle. */
	ULONG tag;
	struct ustr needle;
};

/*
 * What a failing call takes back: the row set it built and the scratch
 * areas it made, so that a failure leaves the view, and the allocation
 * count, as they were.  (A stale view has its cursor at the beginning and
 * no bookmarks, so dropping the rows again loses nothing.)
 */
struct view_undo {
	bool stale, scratch;
};

/* tabledata_row.c */
int pv_data_size(const SPropValue *pv, unsigned fl, size_t *size_r);
void pv_copy(SPropValue *dst, const SPropValue *src, char **cur, unsigned fl);
int props_size(const SPropValue *p, ULONG n, unsigned fl, size_t *size_r);
void props_copy(SPropValue *dst, const SPropValue *src, ULONG n, unsigned fl);
bool index_type_ok(ULONG type);
uint32_t index_hash(const SPropValue *pv);
int trow_new(const SPropValue *props, ULONG cvals, ULONG index_tag,
	     struct trow **row_r);
struct trow *td_lookup(const struct tdata *td, const SPropValue *key,
		       uint32_t hash);
int td_reserve(struct tdata *td, size_t extra);
int td_reserve_cols(struct tdata *td, struct trow *const *rows, size_t n);
void td_add_cols(struct tdata *td, const struct trow *t);
void td_insert_at(struct tdata *td, struct trow *t, size_t pos);
void td_remove(struct tdata *td, struct trow *t);
void td_replace(struct tdata *td, struct trow *old, struct trow *t);
void view_row_values(struct view *v, const struct vrow *vr);
HRESULT view_copy_row(struct view *v, const struct vrow *vr,
		      SPropValue **props_r);

/* tabledata_build.c */
void vrow_free(struct vrow *vr);
int vrow_cmp_pos(const struct view *v, const struct vrow *a,
		 const struct vrow *b);
void cres_free(struct cres *c);
int cres_compile(const SRestriction *r, struct cres *c);
int view_eval_row(struct view *v, const struct trow *t, ULONG inst,
		  unsigned char *ikey, SRow *row, SPropValue **x_r);
int view_rows_of(struct view *v, struct trow *t, ARRAY_TYPE(vrows) * rows);
void vrows_free(ARRAY_TYPE(vrows) * rows);
void view_invalidate(struct view *v);
void view_undo_mark(const struct view *v, struct view_undo *u);
void view_undo(struct view *v, const struct view_undo *u);
int view_ready(struct view *v);
int view_rebuild(struct view *v);
int res_dup(const SRestriction *res, SRestriction **copy_r);

/* tabledata_notify.c */
void view_drop_events(struct view *v);
void sink_unlink(struct view *v, struct sink *s);
void td_flush(struct tdata *td, struct view *touched);
void view_summary(struct view *v, bool reload);
void td_prepare_views(struct tdata *td);
void td_apply_views(struct tdata *td, struct trow *old, struct trow *new,
		    bool detailed);
void td_bulk_views(struct tdata *td);
void td_touch_views(struct tdata *td, struct view **touched);

/* tabledata_view.c */
int view_create(struct tdata *td, const SSortOrderSet *sos,
		CALLERRELEASE *release_cb, ULONG_PTR release_data,
		struct view **v_r);
ULONG view_unref(struct view *v);

/* tabledata.c */
ULONG td_unref(struct tdata *td);

#endif
