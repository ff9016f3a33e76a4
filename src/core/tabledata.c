/*
 * tabledata.c - CreateTable: the in-memory table data object (ITableData)
 * and the table views (IMAPITable) it hands out.
 *
 * The table data owns the rows.  Each row is one immutable, reference
 * counted block holding a deep copy of its properties; changing a row puts
 * a new block in its place, so a snapshot view keeps the rows it was made
 * from while dynamic views follow every change.  A view is a column set, a
 * sort order and a restriction over the data.  Its row set is built lazily:
 * SortTable, Restrict and SetColumns validate and record (the TBL_BATCH
 * behaviour, which MAPI allows for every call), and the next call that
 * needs rows builds them.  From then on the ITableData calls keep the row
 * set up to date incrementally and queue table notifications, which are
 * handed out before the ITableData call returns, after the table lock is
 * dropped, so that advise sinks may call back into the table.  When the
 * table's context has a MAPI instance they go to its notification engine
 * (notifyhook.h), which delivers them on the engine's thread or on the
 * thread that calls HrDispatchNotifications; without one (CreateTable used
 * before any MAPIInitialize) OnNotify is called synchronously, on the
 * thread that changed the data.
 *
 * This is the reference implementation of table semantics in mapix: the
 * store engine's SQL tables are checked against it.  Rows are filtered with
 * res_eval() (restriction.h) and ordered exactly as sort_compare_rows()
 * (sortorder.h) orders them, stably.  To sort fast, a view caches each
 * row's sort keys: the values are located once and strings are case-folded
 * once, by ustring.c as the comparison itself folds them, so comparing two
 * rows neither searches nor allocates.
 *
 * Not supported yet: categorized views.  ExpandRow, CollapseRow,
 * GetCollapseState and SetCollapseState return MAPI_E_NO_SUPPORT and
 * SortTable with categories MAPI_E_TOO_COMPLEX.  Asynchronous requests
 * (TBL_ASYNC) are carried out synchronously.  TBLTYPE_KEYSET views behave
 * like dynamic ones.
 */
#include "lib.h"
#include "alloc.h"
#include "errmap.h"
#include "mapierr.h"
#include "notifyhook.h"
#include "objhdr.h"
#include "propcmp.h"
#include "restriction.h"
#include "sortorder.h"
#include "ustring.h"

#include <errno.h>
#include <pthread.h>
#include <stdatomic.h>
#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>
#include <string.h>

#include <mapiguid.h>
#include <mapiutil.h>

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
 * Property values: validation, size and deep copy
 */

static size_t align8(size_t n)
{
	return (n + 7) & ~(size_t)7;
}

/* Element size of the fixed-size multi-valued types, 0 for the others. */
static size_t mv_fixed_size(ULONG base)
{
	switch (base) {
	case PT_I2:
		return sizeof(short int);
	case PT_LONG:
		return sizeof(LONG);
	case PT_R4:
		return sizeof(float);
	case PT_DOUBLE:
	case PT_APPTIME:
		return sizeof(double);
	case PT_CURRENCY:
		return sizeof(CURRENCY);
	case PT_SYSTIME:
		return sizeof(FILETIME);
	case PT_I8:
		return sizeof(LARGE_INTEGER);
	case PT_CLSID:
		return sizeof(GUID);
	default:
		return 0;
	}
}

/* The type a value is copied as: instance values of expanded rows carry
 * MV_INSTANCE on a single value. */
static ULONG pv_copy_type(ULONG tag)
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

static size_t str8_len(const char *s, unsigned fl)
{
	if (fl & PV_SRC_COUNTED)
		return (size_t)((const uint64_t *)(const void *)s)[-1];
	return strlen(s);
}

static size_t str16_len(const WCHAR *s, unsigned fl)
{
	if (fl & PV_SRC_COUNTED)
		return (size_t)((const uint64_t *)(const void *)s)[-1];
	return ustr_wlen(s);
}

/* Room for a string of bytes bytes (terminator included). */
static size_t str_room(size_t bytes, unsigned fl)
{
	return align8(bytes) + ((fl & PV_DST_COUNTED) ? 8 : 0);
}

/*
 * Bytes the value pv points to, each piece rounded up to 8 so copies stay
 * aligned.  Returns 0, or -EINVAL for a type that cannot be stored or a
 * NULL where data is needed.
 */
static int pv_data_size(const SPropValue *pv, unsigned fl, size_t *size_r)
{
	ULONG type = pv_copy_type(pv->ulPropTag), n, i;
	size_t size = 0, one;

	switch (type) {
	case PT_NULL:
	case PT_I2:
	case PT_LONG:
	case PT_R4:
	case PT_DOUBLE:
	case PT_CURRENCY:
	case PT_APPTIME:
	case PT_ERROR:
	case PT_BOOLEAN:
	case PT_OBJECT:
	case PT_I8:
	case PT_SYSTIME:
		break;
	case PT_STRING8:
		if (pv->Value.lpszA == NULL)
			return -EINVAL;
		size = str_room(str8_len(pv->Value.lpszA, fl) + 1, fl);
		break;
	case PT_UNICODE:
		if (pv->Value.lpszW == NULL)
			return -EINVAL;
		size = str_room(
		    (str16_len(pv->Value.lpszW, fl) + 1) * sizeof(WCHAR), fl);
		break;
	case PT_CLSID:
		if (pv->Value.lpguid == NULL)
			return -EINVAL;
		size = align8(sizeof(GUID));
		break;
	case PT_BINARY:
	case PT_SVREID:
		if (pv->Value.bin.cb != 0 && pv->Value.bin.lpb == NULL)
			return -EINVAL;
		size = align8(pv->Value.bin.cb);
		break;
	case PT_MV_STRING8:
		n = pv->Value.MVszA.cValues;
		if (n != 0 && pv->Value.MVszA.lppszA == NULL)
			return -EINVAL;
		size = align8((size_t)n * sizeof(LPSTR));
		for (i = 0; i < n; i++) {
			if (pv->Value.MVszA.lppszA[i] == NULL)
				return -EINVAL;
			size += str_room(
			    str8_len(pv->Value.MVszA.lppszA[i], fl) + 1, fl);
		}
		break;
	case PT_MV_UNICODE:
		n = pv->Value.MVszW.cValues;
		if (n != 0 && pv->Value.MVszW.lppszW == NULL)
			return -EINVAL;
		size = align8((size_t)n * sizeof(LPWSTR));
		for (i = 0; i < n; i++) {
			if (pv->Value.MVszW.lppszW[i] == NULL)
				return -EINVAL;
			size += str_room(
			    (str16_len(pv->Value.MVszW.lppszW[i], fl) + 1) *
				sizeof(WCHAR),
			    fl);
		}
		break;
	case PT_MV_BINARY:
		n = pv->Value.MVbin.cValues;
		if (n != 0 && pv->Value.MVbin.lpbin == NULL)
			return -EINVAL;
		size = align8((size_t)n * sizeof(SBinary));
		for (i = 0; i < n; i++) {
			const SBinary *b = &pv->Value.MVbin.lpbin[i];

			if (b->cb != 0 && b->lpb == NULL)
				return -EINVAL;
			size += align8(b->cb);
		}
		break;
	default:
		one = (type & MV_FLAG) ? mv_fixed_size(type & ~(ULONG)MV_FLAG)
				       : 0;
		if (one == 0)
			return -EINVAL;
		/* Every MV array member of the union starts with cValues. */
		n = pv->Value.MVl.cValues;
		if (n != 0 && pv->Value.MVl.lpl == NULL)
			return -EINVAL;
		size = align8((size_t)n * one);
		break;
	}
	*size_r = size;
	return 0;
}

/* Hands out len bytes (rounded up to 8) of the copy area at *cur. */
static void *take(char **cur, size_t len)
{
	void *p = *cur;

	*cur += align8(len);
	return p;
}

static void *copy_bytes(char **cur, const void *src, size_t len)
{
	void *p = take(cur, len);

	if (len != 0)
		memcpy(p, src, len);
	return p;
}

/* Copies a string of len units of size unit, counted if fl says so. */
static void *copy_str(char **cur, const void *src, size_t len, size_t unit,
		      unsigned fl)
{
	if (fl & PV_DST_COUNTED)
		*(uint64_t *)take(cur, sizeof(uint64_t)) = len;
	return copy_bytes(cur, src, (len + 1) * unit);
}

/* Deep-copies a value that pv_data_size() accepted into dst, its data
 * going to *cur (advanced by what pv_data_size() counted). */
static void pv_copy(SPropValue *dst, const SPropValue *src, char **cur,
		    unsigned fl)
{
	ULONG type = pv_copy_type(src->ulPropTag), n, i;
	size_t len;

	*dst = *src;
	switch (type) {
	case PT_STRING8:
		dst->Value.lpszA =
		    copy_str(cur, src->Value.lpszA,
			     str8_len(src->Value.lpszA, fl), 1, fl);
		break;
	case PT_UNICODE:
		dst->Value.lpszW = copy_str(cur, src->Value.lpszW,
					    str16_len(src->Value.lpszW, fl),
					    sizeof(WCHAR), fl);
		break;
	case PT_CLSID:
		dst->Value.lpguid =
		    copy_bytes(cur, src->Value.lpguid, sizeof(GUID));
		break;
	case PT_BINARY:
	case PT_SVREID:
		dst->Value.bin.lpb =
		    copy_bytes(cur, src->Value.bin.lpb, src->Value.bin.cb);
		break;
	case PT_MV_STRING8:
		n = src->Value.MVszA.cValues;
		dst->Value.MVszA.lppszA = take(cur, (size_t)n * sizeof(LPSTR));
		for (i = 0; i < n; i++) {
			const char *s = src->Value.MVszA.lppszA[i];

			dst->Value.MVszA.lppszA[i] =
			    copy_str(cur, s, str8_len(s, fl), 1, fl);
		}
		break;
	case PT_MV_UNICODE:
		n = src->Value.MVszW.cValues;
		dst->Value.MVszW.lppszW = take(cur, (size_t)n * sizeof(LPWSTR));
		for (i = 0; i < n; i++) {
			const WCHAR *s = src->Value.MVszW.lppszW[i];

			dst->Value.MVszW.lppszW[i] = copy_str(
			    cur, s, str16_len(s, fl), sizeof(WCHAR), fl);
		}
		break;
	case PT_MV_BINARY:
		n = src->Value.MVbin.cValues;
		dst->Value.MVbin.lpbin = take(cur, (size_t)n * sizeof(SBinary));
		for (i = 0; i < n; i++) {
			const SBinary *b = &src->Value.MVbin.lpbin[i];

			dst->Value.MVbin.lpbin[i].cb = b->cb;
			dst->Value.MVbin.lpbin[i].lpb =
			    copy_bytes(cur, b->lpb, b->cb);
		}
		break;
	default:
		if (!(type & MV_FLAG))
			break;
		len = (size_t)src->Value.MVl.cValues *
		      mv_fixed_size(type & ~(ULONG)MV_FLAG);
		dst->Value.MVl.lpl = copy_bytes(cur, src->Value.MVl.lpl, len);
		break;
	}
}

/* Size of a deep copy of n values: the SPropValue array, then the data. */
static int props_size(const SPropValue *p, ULONG n, unsigned fl, size_t *size_r)
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
static void props_copy(SPropValue *dst, const SPropValue *src, ULONG n,
		       unsigned fl)
{
	char *cur = (char *)dst + align8((size_t)n * sizeof(SPropValue));

	for (ULONG i = 0; i < n; i++)
		pv_copy(&dst[i], &src[i], &cur, fl);
}

/* Single-valued types a row can be indexed by (compared by their bytes). */
static bool index_type_ok(ULONG type)
{
	switch (type) {
	case PT_I2:
	case PT_LONG:
	case PT_R4:
	case PT_DOUBLE:
	case PT_CURRENCY:
	case PT_APPTIME:
	case PT_BOOLEAN:
	case PT_I8:
	case PT_SYSTIME:
	case PT_STRING8:
	case PT_UNICODE:
	case PT_CLSID:
	case PT_BINARY:
	case PT_SVREID:
		return true;
	default:
		return false;
	}
}

/* The bytes that identify an index value. */
static size_t index_bytes(const SPropValue *pv, const void **p_r)
{
	switch (PROP_TYPE(pv->ulPropTag)) {
	case PT_I2:
		*p_r = &pv->Value.i;
		return sizeof(pv->Value.i);
	case PT_LONG:
		*p_r = &pv->Value.l;
		return sizeof(pv->Value.l);
	case PT_R4:
		*p_r = &pv->Value.flt;
		return sizeof(pv->Value.flt);
	case PT_DOUBLE:
		*p_r = &pv->Value.dbl;
		return sizeof(pv->Value.dbl);
	case PT_APPTIME:
		*p_r = &pv->Value.at;
		return sizeof(pv->Value.at);
	case PT_CURRENCY:
		*p_r = &pv->Value.cur;
		return sizeof(pv->Value.cur);
	case PT_BOOLEAN:
		*p_r = &pv->Value.b;
		return sizeof(pv->Value.b);
	case PT_I8:
		*p_r = &pv->Value.li;
		return sizeof(pv->Value.li);
	case PT_SYSTIME:
		*p_r = &pv->Value.ft;
		return sizeof(pv->Value.ft);
	case PT_STRING8:
		*p_r = pv->Value.lpszA;
		return strlen(pv->Value.lpszA);
	case PT_UNICODE:
		*p_r = pv->Value.lpszW;
		return ustr_wlen(pv->Value.lpszW) * sizeof(WCHAR);
	case PT_CLSID:
		*p_r = pv->Value.lpguid;
		return sizeof(GUID);
	default: /* PT_BINARY, PT_SVREID */
		*p_r = pv->Value.bin.lpb;
		return pv->Value.bin.cb;
	}
}

static uint32_t index_hash(const SPropValue *pv)
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

/* The first value with exactly this tag. */
static const SPropValue *find_tag(const SPropValue *p, ULONG n, ULONG tag)
{
	for (ULONG i = 0; i < n; i++) {
		if (p[i].ulPropTag == tag)
			return &p[i];
	}
	return NULL;
}

/* ---------------------------------------------------------------------------
 * Rows of the table data
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

/*
 * A new row holding a deep copy of props.  Returns 0, -EINVAL for a value
 * that cannot be stored, -ENOENT when index_tag is missing, -ENOMEM.
 */
static int trow_new(const SPropValue *props, ULONG cvals, ULONG index_tag,
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

static void trow_ref(struct trow *t)
{
	atomic_fetch_add_explicit(&t->refs, 1, memory_order_relaxed);
}

static void trow_unref(struct trow *t)
{
	if (t != NULL && atomic_fetch_sub(&t->refs, 1) == 1)
		alloc_free(t);
}

/* ---------------------------------------------------------------------------
 * Objects
 */

struct view;

struct tdata {
	ITableData iface;
	/* Checked first by every method; see objhdr.h. */
	struct objhdr hdr;
	atomic_ulong refs;
	/* Guards everything below and every view of this table. */
	pthread_mutex_t lock;
	ALLOCATEBUFFER *alloc_buf;
	ALLOCATEMORE *alloc_more;
	FREEBUFFER *free_buf;
	ULONG type;
	ULONG index_tag;
	/* Available columns: CreateTable's, then new tags rows brought. */
	ULONG *cols;
	ULONG ncols, cols_cap;
	/* Rows in insertion order; each holds a reference. */
	struct trow **rows;
	size_t nrows, rows_cap;
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
	/* Checked first by every method; see objhdr.h. */
	struct objhdr hdr;
	atomic_ulong refs;
	struct tdata *td; /* holds a reference */
	struct view *next, *prev;
	CALLERRELEASE *release_cb;
	ULONG_PTR release_data;
	bool dynamic;
	struct mapierr_last err;
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
	/* The row set, valid unless stale. */
	bool stale;
	struct vrow **rows;
	size_t nrows, rows_cap;
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
	/* Scratch: evaluation rows of expanded views, output values. */
	SPropValue *scratch;
	size_t scratch_cap;
	SPropValue *outvals;
	ULONG *colhint;
};

static inline struct tdata *tdata_of(ITableData *iface)
{
	return container_of(iface, struct tdata, iface);
}

static inline struct view *view_of(IMAPITable *iface)
{
	return container_of(iface, struct view, iface);
}

/* The headers of the interfaces, NULL for NULL (objhdr_check refuses). */
static inline struct objhdr *td_hdr(ITableData *iface)
{
	return iface == NULL ? NULL : &tdata_of(iface)->hdr;
}

static inline struct objhdr *view_hdr(IMAPITable *iface)
{
	return iface == NULL ? NULL : &view_of(iface)->hdr;
}

/*
 * The first step of every method but AddRef, Release and GetLastError:
 * S_OK when the calling thread acts in the object's context and the object
 * is alive, else the refusal (MAPI_E_NO_ACCESS, MAPI_E_INVALID_OBJECT),
 * recorded on the calling thread, with the object untouched.
 */
static inline HRESULT td_enter(ITableData *iface, const char *what)
{
	int err = objhdr_check(td_hdr(iface), TDATA_MAGIC);

	return err == 0 ? S_OK : objhdr_refuse(td_hdr(iface), err, what);
}

static inline HRESULT view_enter(IMAPITable *iface, const char *what)
{
	int err = objhdr_check(view_hdr(iface), VIEW_MAGIC);

	return err == 0 ? S_OK : objhdr_refuse(view_hdr(iface), err, what);
}

static void td_lock(struct tdata *td)
{
	pthread_mutex_lock(&td->lock);
}

static void td_unlock(struct tdata *td)
{
	pthread_mutex_unlock(&td->lock);
}

/* Records hr as the view's last error (under the lock) and returns it. */
static HRESULT vfail(struct view *v, HRESULT hr, const char *msg)
{
	return mapierr_set(&v->err, hr, "%s", msg);
}

/* ---------------------------------------------------------------------------
 * Table data: index, positions, columns
 */

static struct trow *td_lookup(const struct tdata *td, const SPropValue *key,
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
static int td_reserve(struct tdata *td, size_t extra)
{
	size_t want = td->nrows + extra, cap, hsize;
	struct trow **p;

	if (want > TBL_MAX_VIEW_ROWS)
		return -ENOMEM;
	if (want > td->rows_cap) {
		cap = td->rows_cap < 64 ? 64 : td->rows_cap;
		while (cap < want)
			cap *= 2;
		p = alloc_realloc(td->rows, cap * sizeof(*p));
		if (p == NULL)
			return -ENOMEM;
		td->rows = p;
		td->rows_cap = cap;
	}
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
		for (size_t i = 0; i < td->nrows; i++)
			td_hash_add(td, td->rows[i]);
	}
	return 0;
}

static bool td_has_col(const struct tdata *td, ULONG tag, ULONG hint)
{
	if (hint < td->ncols && td->cols[hint] == tag)
		return true;
	for (ULONG i = 0; i < td->ncols; i++) {
		if (td->cols[i] == tag)
			return true;
	}
	return false;
}

/* Makes room for the new columns n rows may bring.  0 or -ENOMEM. */
static int td_reserve_cols(struct tdata *td, struct trow *const *rows, size_t n)
{
	size_t want = td->ncols;
	ULONG *p, cap;

	for (size_t r = 0; r < n; r++)
		for (ULONG i = 0; i < rows[r]->cvals; i++)
			if (!td_has_col(td, rows[r]->props[i].ulPropTag, i))
				want++;
	if (want <= td->cols_cap)
		return 0;
	if (want > TBL_MAX_PROPS * 16)
		return -ENOMEM;
	cap = td->cols_cap < 16 ? 16 : td->cols_cap;
	while (cap < want)
		cap *= 2;
	p = alloc_realloc(td->cols, cap * sizeof(*p));
	if (p == NULL)
		return -ENOMEM;
	td->cols = p;
	td->cols_cap = cap;
	return 0;
}

/* New tags of t become available columns (room reserved before). */
static void td_add_cols(struct tdata *td, const struct trow *t)
{
	for (ULONG i = 0; i < t->cvals; i++) {
		ULONG tag = t->props[i].ulPropTag;

		if (!td_has_col(td, tag, i) && td->ncols < td->cols_cap)
			td->cols[td->ncols++] = tag;
	}
}

/* Puts t at data position pos (0..nrows); room reserved before. */
static void td_insert_at(struct tdata *td, struct trow *t, size_t pos)
{
	memmove(&td->rows[pos + 1], &td->rows[pos],
		(td->nrows - pos) * sizeof(*td->rows));
	td->rows[pos] = t;
	td->nrows++;
	for (size_t i = pos; i < td->nrows; i++)
		td->rows[i]->pos = i;
	t->serial = td->next_serial++;
	td_hash_add(td, t);
}

/* Takes t out of the data; the caller owns the data's reference. */
static void td_remove(struct tdata *td, struct trow *t)
{
	size_t pos = t->pos;

	td_hash_del(td, t);
	memmove(&td->rows[pos], &td->rows[pos + 1],
		(td->nrows - pos - 1) * sizeof(*td->rows));
	td->nrows--;
	for (size_t i = pos; i < td->nrows; i++)
		td->rows[i]->pos = i;
}

/* Puts t in the place of old (same index value, position and serial). */
static void td_replace(struct tdata *td, struct trow *old, struct trow *t)
{
	td_hash_del(td, old);
	t->pos = old->pos;
	t->serial = old->serial;
	td->rows[t->pos] = t;
	td_hash_add(td, t);
}

/* ---------------------------------------------------------------------------
 * View rows: multi-valued expansion and sort keys
 */

/* Tag of the single instance values of an MVI column (MV_FLAG cleared). */
static ULONG inst_tag(ULONG mvi_tag)
{
	return mvi_tag & ~(ULONG)MV_FLAG;
}

static bool is_mvi(ULONG tag)
{
	return (PROP_TYPE(tag) & MVI_FLAG) == MVI_FLAG;
}

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

static void vrow_free(struct vrow *vr)
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
static int vrow_cmp_pos(const struct view *v, const struct vrow *a,
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
 * Restrictions, compiled
 */

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

static void cres_free_kids(struct cres *c)
{
	for (ULONG i = 0; i < c->nkids; i++)
		cres_free_kids(&c->kids[i]);
	alloc_free(c->kids);
}

static void cres_free(struct cres *c)
{
	if (c != NULL) {
		cres_free_kids(c);
		alloc_free(c);
	}
}

/* Compiles validated restriction r into c (zeroed).  0 or -ENOMEM. */
static int cres_compile(const SRestriction *r, struct cres *c)
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

/* Room for n values in the scratch area.  0 or -ENOMEM. */
static int view_scratch(struct view *v, size_t n)
{
	SPropValue *p;

	if (n <= v->scratch_cap)
		return 0;
	p = alloc_realloc(v->scratch, n * sizeof(*p));
	if (p == NULL)
		return -ENOMEM;
	v->scratch = p;
	v->scratch_cap = n;
	return 0;
}

/*
 * The row that restrictions see for instance inst of t: the data row, or
 * for expanded views the synthesized values followed by the data row, in
 * the scratch area (x receives the synthesized values).  0 or -ENOMEM.
 */
static int view_eval_row(struct view *v, const struct trow *t, ULONG inst,
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
	view_xprops(v, t, inst, v->scratch, ikey);
	memcpy(v->scratch + nx, t->props, t->cvals * sizeof(SPropValue));
	row->cValues = nx + t->cvals;
	row->lpProps = v->scratch;
	*x_r = v->scratch;
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
 * *rows (grown as needed).  Returns 0, -ENOMEM or -E2BIG.
 */
static int view_rows_of(struct view *v, struct trow *t, struct vrow ***rows,
			size_t *n, size_t *cap)
{
	unsigned char ikey[TBL_IKEY_SIZE];
	struct vrow **p, *vr;
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
		if (*n == *cap) {
			size_t c = *cap < 64 ? 64 : *cap * 2;

			if (*n >= TBL_MAX_VIEW_ROWS)
				return -E2BIG;
			p = alloc_realloc(*rows, c * sizeof(*p));
			if (p == NULL)
				return -ENOMEM;
			*rows = p;
			*cap = c;
		}
		ret = vrow_new(v, t, (ULONG)k, x, &vr);
		if (ret < 0)
			return ret;
		(*rows)[(*n)++] = vr;
	}
	return 0;
}

static void vrows_free(struct vrow **rows, size_t n)
{
	for (size_t i = 0; i < n; i++)
		vrow_free(rows[i]);
	alloc_free(rows);
}

/*
 * Builds the row set from the data (dynamic views) or the snapshot, into
 * *rows_r / *n_r / *cap_r.  Returns 0, -ENOMEM or -E2BIG.
 */
static int view_build(struct view *v, struct vrow ***rows_r, size_t *n_r,
		      size_t *cap_r)
{
	struct tdata *td = v->td;
	struct trow **src = v->dynamic ? td->rows : v->snap;
	size_t nsrc = v->dynamic ? td->nrows : v->nsnap;
	struct vrow **rows = NULL, **tmp;
	size_t n = 0, cap = 0;
	int ret = 0;

	for (size_t i = 0; i < nsrc && ret == 0; i++)
		ret = view_rows_of(v, src[i], &rows, &n, &cap);
	if (ret == 0 && v->nkeys != 0 && n > 1) {
		tmp = alloc_malloc(n * sizeof(*tmp));
		if (tmp == NULL) {
			ret = -ENOMEM;
		} else {
			vrows_sort(v, rows, tmp, n);
			alloc_free(tmp);
		}
	}
	if (ret < 0) {
		vrows_free(rows, n);
		return ret;
	}
	*rows_r = rows;
	*n_r = n;
	*cap_r = cap;
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
static void view_invalidate(struct view *v)
{
	vrows_free(v->rows, v->nrows);
	v->rows = NULL;
	v->nrows = 0;
	v->rows_cap = 0;
	v->stale = true;
	v->cursor = 0;
	view_free_bookmarks(v);
}

/*
 * What a failing call takes back: the row set it built and the scratch
 * areas it made, so that a failure leaves the view, and the allocation
 * count, as they were.  (A stale view has its cursor at the beginning and
 * no bookmarks, so dropping the rows again loses nothing.)
 */
struct view_undo {
	bool stale, scratch;
};

static void view_undo_mark(const struct view *v, struct view_undo *u)
{
	u->stale = v->stale;
	u->scratch = v->scratch == NULL;
}

static void view_undo(struct view *v, const struct view_undo *u)
{
	if (u->stale && !v->stale)
		view_invalidate(v);
	if (u->scratch) {
		alloc_free(v->scratch);
		v->scratch = NULL;
		v->scratch_cap = 0;
	}
}

/* Makes sure the row set is built.  0, -ENOMEM or -E2BIG. */
static int view_ready(struct view *v)
{
	int ret;

	if (!v->stale)
		return 0;
	ret = view_build(v, &v->rows, &v->nrows, &v->rows_cap);
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
static int view_rebuild(struct view *v)
{
	struct vrow **rows;
	size_t n, cap;
	int ret;

	ret = view_build(v, &rows, &n, &cap);
	if (ret < 0) {
		view_invalidate(v);
		return ret;
	}
	vrows_free(v->rows, v->nrows);
	v->rows = rows;
	v->nrows = n;
	v->rows_cap = cap;
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
static void view_row_values(struct view *v, const struct vrow *vr)
{
	for (ULONG j = 0; j < v->ncols; j++)
		column_value(vr, v->cols[j], &v->colhint[j], &v->outvals[j]);
}

/*
 * A deep copy of vr in the view's columns, in one block from the table's
 * allocator.  Returns 0 with the values in *props_r, or an HRESULT.
 */
static HRESULT view_copy_row(struct view *v, const struct vrow *vr,
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

/*
 * An SRow with a deep copy of every value of t, all in one block from the
 * table's allocator (one FreeBuffer releases it).
 */
static HRESULT td_copy_srow(struct tdata *td, const struct trow *t,
			    LPSRow *row_r)
{
	size_t head = align8(sizeof(SRow)), size;
	SRow *row;
	void *p;
	SCODE sc;

	if (props_size(t->props, t->cvals, PV_SRC_COUNTED, &size) < 0 ||
	    head + size > TBL_ULONG_MAX)
		return MAPI_E_CALL_FAILED;
	sc = td->alloc_buf((ULONG)(head + size), &p);
	if (sc != S_OK || p == NULL)
		return MAPI_E_NOT_ENOUGH_MEMORY;
	row = p;
	row->ulAdrEntryPad = 0;
	row->cValues = t->cvals;
	row->lpProps = (SPropValue *)(void *)((char *)p + head);
	props_copy(row->lpProps, t->props, t->cvals, PV_SRC_COUNTED);
	*row_r = row;
	return S_OK;
}

/* ---------------------------------------------------------------------------
 * Notifications
 */

static bool view_has_sinks(const struct view *v)
{
	for (const struct sink *s = v->sinks; s != NULL; s = s->next)
		if (!s->dead)
			return true;
	return false;
}

static void view_queue(struct view *v, struct tevent *e)
{
	e->next = NULL;
	*v->evq_tail = e;
	v->evq_tail = &e->next;
}

static void view_drop_events(struct view *v)
{
	struct tevent *e, *next;

	for (e = v->evq; e != NULL; e = next) {
		next = e->next;
		alloc_free(e);
	}
	v->evq = NULL;
	v->evq_tail = &v->evq;
}

/*
 * Queues a row notification: event TABLE_ROW_ADDED or TABLE_ROW_MODIFIED
 * for the view row at pos, or TABLE_ROW_DELETED for data row gone.  The
 * index column stands in propIndex and propPrior (the row before, PR_NULL
 * for the first row), the row in the view's columns.  Without memory the
 * view gets one TABLE_CHANGED instead.
 */
static void view_row_event(struct view *v, ULONG event, size_t pos,
			   const struct trow *gone)
{
	const struct vrow *vr = gone == NULL ? v->rows[pos] : NULL;
	const SPropValue *index = gone != NULL ? gone->index : vr->row->index;
	const SPropValue *prior = NULL;
	size_t head = align8(sizeof(struct tevent)), isize, psize = 0;
	size_t rsize = 0;
	struct tevent *e;
	TABLE_NOTIFICATION *tab;
	char *cur;

	if (gone == NULL && pos > 0)
		prior = v->rows[pos - 1]->row->index;
	if (pv_data_size(index, PV_SRC_COUNTED, &isize) < 0 ||
	    (prior != NULL && pv_data_size(prior, PV_SRC_COUNTED, &psize) < 0))
		goto changed;
	if (vr != NULL) {
		view_row_values(v, vr);
		if (props_size(v->outvals, v->ncols, PV_SRC_COUNTED, &rsize) <
		    0)
			goto changed;
	}
	e = alloc_malloc(head + isize + psize + rsize);
	if (e == NULL)
		goto changed;
	memset(e, 0, sizeof(*e));
	e->n.ulEventType = fnevTableModified;
	tab = &e->n.info.tab;
	tab->ulTableEvent = event;
	tab->hResult = S_OK;
	cur = (char *)e + head;
	pv_copy(&tab->propIndex, index, &cur, PV_SRC_COUNTED);
	if (prior != NULL)
		pv_copy(&tab->propPrior, prior, &cur, PV_SRC_COUNTED);
	else
		tab->propPrior.ulPropTag = PR_NULL;
	if (vr != NULL) {
		tab->row.cValues = v->ncols;
		tab->row.lpProps = (SPropValue *)(void *)cur;
		props_copy(tab->row.lpProps, v->outvals, v->ncols,
			   PV_SRC_COUNTED);
	}
	view_queue(v, e);
	return;
changed:
	v->ev_changed = true;
}

/* Takes a reference unless the view is already being destroyed. */
static bool view_pin(struct view *v)
{
	unsigned long r = atomic_load(&v->refs);

	while (r != 0)
		if (atomic_compare_exchange_weak(&v->refs, &r, r + 1))
			return true;
	return false;
}

/*
 * Adds v to the list of views whose notifications the caller delivers.  A
 * dead view (made under a MAPI instance that was torn down since; the
 * caller passed the table data's check, so the context is the same) keeps
 * its rows up to date but notifies no one: its sinks belong to a session
 * that is over.
 */
static void view_touch(struct view *v, struct view **touched)
{
	if (v->touched || !view_has_sinks(v) ||
	    objhdr_check(&v->hdr, VIEW_MAGIC) != 0)
		return;
	if (v->evq == NULL && !v->ev_changed && !v->ev_reload)
		return;
	if (!view_pin(v))
		return;
	v->touched = true;
	v->touch_next = *touched;
	*touched = v;
}

static unsigned long view_unref(struct view *v);

/* Takes sink s out of v's list (the table locked); the caller frees it. */
static void sink_unlink(struct view *v, struct sink *s)
{
	if (s->prev != NULL)
		s->prev->next = s->next;
	else
		v->sinks = s->next;
	if (s->next != NULL)
		s->next->prev = s->prev;
}

/*
 * Gives n to every live sink of v, the table unlocked: to the engine of
 * the view's context when it has a MAPI instance (which AddRefs the sink
 * until it delivers), else straight to OnNotify.
 */
static void view_deliver(struct view *v, NOTIFICATION *n)
{
	struct tdata *td = v->td;
	struct sink *s, *next, *gone;

	td_lock(td);
	for (s = v->sinks; s != NULL && s->dead; s = s->next)
		;
	if (s != NULL)
		s->busy++;
	td_unlock(td);
	while (s != NULL) {
		if (core_notify(v->hdr.context_id, s->sink, 1, n) == 0)
			IMAPIAdviseSink_OnNotify(s->sink, 1, n);
		gone = NULL;
		td_lock(td);
		for (next = s->next; next != NULL && next->dead;
		     next = next->next)
			;
		if (next != NULL)
			next->busy++;
		if (--s->busy == 0 && s->dead) {
			sink_unlink(v, s);
			gone = s;
		}
		td_unlock(td);
		if (gone != NULL) {
			IMAPIAdviseSink_Release(gone->sink);
			alloc_free(gone);
		}
		s = next;
	}
}

/*
 * Delivers the notifications queued on the touched views, in order, and
 * drops the references view_touch() took.  Called without the lock.
 */
static void td_flush(struct tdata *td, struct view *touched)
{
	struct view *v, *next;
	struct tevent *q, *e;
	NOTIFICATION n;
	bool changed, reload;

	for (v = touched; v != NULL; v = next) {
		td_lock(td);
		next = v->touch_next;
		v->touched = false;
		q = v->evq;
		v->evq = NULL;
		v->evq_tail = &v->evq;
		changed = v->ev_changed;
		reload = v->ev_reload;
		v->ev_changed = false;
		v->ev_reload = false;
		td_unlock(td);
		if (changed || reload) {
			/* One summary replaces the row events. */
			memset(&n, 0, sizeof(n));
			n.ulEventType = fnevTableModified;
			n.info.tab.ulTableEvent =
			    reload ? TABLE_RELOAD : TABLE_CHANGED;
			n.info.tab.propIndex.ulPropTag = PR_NULL;
			n.info.tab.propPrior.ulPropTag = PR_NULL;
			view_deliver(v, &n);
		} else {
			for (e = q; e != NULL; e = e->next)
				view_deliver(v, &e->n);
		}
		while (q != NULL) {
			e = q->next;
			alloc_free(q);
			q = e;
		}
		view_unref(v);
	}
}

/* ---------------------------------------------------------------------------
 * Keeping dynamic views up to date
 */

/* Replaces the row events of v by one TABLE_CHANGED (or TABLE_RELOAD),
 * if anyone listens. */
static void view_summary(struct view *v, bool reload)
{
	if (!view_has_sinks(v))
		return;
	if (reload)
		v->ev_reload = true;
	else
		v->ev_changed = true;
}

static void view_removed_at(struct view *v, size_t p)
{
	memmove(&v->rows[p], &v->rows[p + 1],
		(v->nrows - p - 1) * sizeof(*v->rows));
	v->nrows--;
	if (v->cursor > p)
		v->cursor--;
	for (struct bookmark *b = v->bookmarks; b != NULL; b = b->next) {
		if (b->pos > p)
			b->pos--;
		else if (b->pos == p)
			b->moved = true;
	}
}

/* Inserts vr in order (room reserved); returns its position.  The cursor
 * and bookmarks stay with the rows they were on. */
static size_t view_insert(struct view *v, struct vrow *vr)
{
	size_t lo = 0, hi = v->nrows, mid;

	while (lo < hi) {
		mid = lo + (hi - lo) / 2;
		if (vrow_cmp_pos(v, v->rows[mid], vr) < 0)
			lo = mid + 1;
		else
			hi = mid;
	}
	memmove(&v->rows[lo + 1], &v->rows[lo],
		(v->nrows - lo) * sizeof(*v->rows));
	v->rows[lo] = vr;
	v->nrows++;
	if (v->cursor >= lo)
		v->cursor++;
	for (struct bookmark *b = v->bookmarks; b != NULL; b = b->next)
		if (b->pos >= lo)
			b->pos++;
	return lo;
}

static int view_reserve(struct view *v, size_t want)
{
	struct vrow **p;
	size_t cap;

	if (want <= v->rows_cap)
		return 0;
	if (want > TBL_MAX_VIEW_ROWS)
		return -E2BIG;
	cap = v->rows_cap < 64 ? 64 : v->rows_cap;
	while (cap < want)
		cap *= 2;
	p = alloc_realloc(v->rows, cap * sizeof(*p));
	if (p == NULL)
		return -ENOMEM;
	v->rows = p;
	v->rows_cap = cap;
	return 0;
}

/*
 * Brings built dynamic view v in line with data row old being replaced by
 * new (old NULL: added; new NULL: deleted; old == new: HrNotify).  With
 * detailed, row notifications are queued when the view has sinks (a view
 * expanding multi-valued columns gets TABLE_CHANGED instead); otherwise a
 * visible change sets TABLE_CHANGED.  When memory runs out the view goes
 * stale and gets TABLE_RELOAD.
 */
static void view_apply(struct view *v, struct trow *old, struct trow *new,
		       bool detailed)
{
	struct vrow **add = NULL;
	size_t nadd = 0, addcap = 0, nold = 0, p_old = SIZE_MAX, pos = 0;
	bool events = detailed && v->nexp == 0 && view_has_sinks(v);
	int ret = 0;

	if (old == new) {
		/* HrNotify: the row as it is, where it is visible. */
		for (size_t i = 0; i < v->nrows; i++) {
			if (v->rows[i]->row != old)
				continue;
			if (events)
				view_row_event(v, TABLE_ROW_MODIFIED, i, NULL);
			else
				view_summary(v, false);
			if (v->nexp == 0)
				break;
		}
		return;
	}
	if (new != NULL)
		ret = view_rows_of(v, new, &add, &nadd, &addcap);
	if (old != NULL && ret == 0) {
		for (size_t i = 0; i < v->nrows; i++)
			if (v->rows[i]->row == old)
				nold++;
	}
	if (ret == 0 && nadd > nold)
		ret = view_reserve(v, v->nrows - nold + nadd);
	if (ret < 0) {
		vrows_free(add, nadd);
		view_invalidate(v);
		view_summary(v, true);
		return;
	}
	for (size_t i = v->nrows; nold != 0 && i-- > 0;) {
		if (v->rows[i]->row != old)
			continue;
		vrow_free(v->rows[i]);
		view_removed_at(v, i);
		p_old = i;
	}
	for (size_t i = 0; i < nadd; i++)
		pos = view_insert(v, add[i]);
	alloc_free(add);
	if (nold == 0 && nadd == 0)
		return;
	if (!events) {
		view_summary(v, false);
		return;
	}
	if (nadd != 0)
		view_row_event(
		    v, p_old != SIZE_MAX ? TABLE_ROW_MODIFIED : TABLE_ROW_ADDED,
		    pos, NULL);
	else
		view_row_event(v, TABLE_ROW_DELETED, 0, old);
}

/*
 * Before a change with row notifications: a stale dynamic view that has
 * sinks is built now, from the data as it was, so the change can be
 * reported row by row.  A view that cannot be built gets TABLE_RELOAD.
 */
static void td_prepare_views(struct tdata *td)
{
	for (struct view *v = td->views; v != NULL; v = v->next) {
		if (v->dynamic && v->stale && view_has_sinks(v) &&
		    view_ready(v) < 0)
			v->ev_reload = true;
	}
}

static void td_apply_views(struct tdata *td, struct trow *old, struct trow *new,
			   bool detailed)
{
	for (struct view *v = td->views; v != NULL; v = v->next)
		if (v->dynamic && !v->stale)
			view_apply(v, old, new, detailed);
}

/* After many changes at once: rebuild the built dynamic views and tell
 * their sinks TABLE_CHANGED (TABLE_RELOAD when the rebuild failed). */
static void td_bulk_views(struct tdata *td)
{
	for (struct view *v = td->views; v != NULL; v = v->next) {
		if (!v->dynamic)
			continue;
		if (!v->stale && view_rebuild(v) < 0)
			view_summary(v, true);
		else
			view_summary(v, false);
	}
}

static void td_touch_views(struct tdata *td, struct view **touched)
{
	for (struct view *v = td->views; v != NULL; v = v->next)
		view_touch(v, touched);
}

/* ---------------------------------------------------------------------------
 * View configuration: columns, sort order, restriction
 */

/* The MVI tags among columns and sort keys, each once (NULL if none). */
static int view_exp_of(const ULONG *cols, ULONG ncols,
		       const struct keyinfo *keys, ULONG nkeys, ULONG **exp_r,
		       ULONG *n_r)
{
	ULONG *exp, n = 0, i, j;

	*exp_r = NULL;
	*n_r = 0;
	exp = alloc_malloc(((size_t)ncols + nkeys) * sizeof(*exp));
	if (exp == NULL)
		return -ENOMEM;
	for (i = 0; i < ncols + nkeys; i++) {
		ULONG tag = i < ncols ? cols[i] : keys[i - ncols].tag;

		if (!is_mvi(tag))
			continue;
		for (j = 0; j < n && exp[j] != tag; j++)
			;
		if (j == n)
			exp[n++] = tag;
	}
	if (n == 0) {
		alloc_free(exp);
		return 0;
	}
	*exp_r = exp;
	*n_r = n;
	return 0;
}

static bool exp_equal(const ULONG *a, ULONG na, const ULONG *b, ULONG nb)
{
	return na == nb && (na == 0 || memcmp(a, b, na * sizeof(*a)) == 0);
}

/*
 * Sets the column set.  The row set survives unless the multi-valued
 * expansion changes (then it is rebuilt, and bookmarks and the cursor
 * reset).  Returns 0 or -ENOMEM, leaving the view as it was.
 */
static int view_set_columns(struct view *v, const ULONG *tags, ULONG n)
{
	ULONG *cols, *hint, *exp, nexp;
	SPropValue *out;

	cols = alloc_memdup(tags, (size_t)n * sizeof(*cols));
	hint = alloc_calloc(n, sizeof(*hint));
	out = alloc_malloc((size_t)n * sizeof(*out));
	if (cols == NULL || hint == NULL || out == NULL ||
	    view_exp_of(cols, n, v->keys, v->nkeys, &exp, &nexp) < 0) {
		alloc_free(cols);
		alloc_free(hint);
		alloc_free(out);
		return -ENOMEM;
	}
	if (!exp_equal(exp, nexp, v->exp, v->nexp))
		view_invalidate(v);
	alloc_free(v->cols);
	alloc_free(v->colhint);
	alloc_free(v->outvals);
	alloc_free(v->exp);
	v->cols = cols;
	v->ncols = n;
	v->colhint = hint;
	v->outvals = out;
	v->exp = exp;
	v->nexp = nexp;
	return 0;
}

/* Sets the sort order (NULL or no keys: unsorted).  0 or -ENOMEM. */
static int view_set_sort(struct view *v, const SSortOrderSet *sos)
{
	SSortOrderSet *copy = NULL;
	struct keyinfo *keys = NULL;
	ULONG nkeys = sos != NULL ? sos->cSorts : 0, *exp, nexp;

	if (nkeys != 0) {
		copy = alloc_memdup(sos, CbSSortOrderSet(sos));
		keys = alloc_malloc(nkeys * sizeof(*keys));
		if (copy == NULL || keys == NULL)
			goto fail;
		for (ULONG i = 0; i < nkeys; i++) {
			keys[i].tag = sos->aSort[i].ulPropTag;
			keys[i].desc =
			    (sos->aSort[i].ulOrder & TABLE_SORT_DESCEND) != 0;
		}
	}
	if (view_exp_of(v->cols, v->ncols, keys, nkeys, &exp, &nexp) < 0)
		goto fail;
	view_invalidate(v);
	alloc_free(v->sort);
	alloc_free(v->keys);
	alloc_free(v->exp);
	v->sort = copy;
	v->keys = keys;
	v->nkeys = nkeys;
	v->exp = exp;
	v->nexp = nexp;
	return 0;
fail:
	alloc_free(copy);
	alloc_free(keys);
	return -ENOMEM;
}

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

static int res_dup(const SRestriction *res, SRestriction **copy_r)
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

/* ---------------------------------------------------------------------------
 * IMAPITable
 *
 * Every method of both interfaces first checks the object header
 * (objhdr.h): a thread acting in another security context gets
 * MAPI_E_NO_ACCESS, a call on a dead object (its MAPI instance was torn
 * down) MAPI_E_INVALID_OBJECT; the object is left exactly as it was and the
 * message goes to the calling thread's record, which GetLastError answers
 * from.  AddRef and Release return ULONG: a refused one returns 0 and does
 * not change the count.  The owner may still Release a dead object, so
 * nothing leaks.  A view belongs to the context of the table data it came
 * from (HrGetView is checked), and dies with the instance it was made
 * under.
 */

/*
 * IMAPITable::QueryInterface - IID_IUnknown and IID_IMAPITable give this
 * view, AddRef'ed.
 *
 * RETURNS
 *  S_OK, MAPI_E_INVALID_PARAMETER, MAPI_E_INTERFACE_NOT_SUPPORTED,
 *  MAPI_E_NO_ACCESS, MAPI_E_INVALID_OBJECT; *ppvObj is NULL on failure.
 */
static HRESULT STDMETHODCALLTYPE view_QueryInterface(IMAPITable *iface,
						     REFIID riid,
						     LPVOID *ppvObj)
{
	HRESULT hr = view_enter(iface, "IMAPITable::QueryInterface");

	if (ppvObj != NULL)
		*ppvObj = NULL;
	if (hr != S_OK)
		return hr;
	if (ppvObj == NULL || riid == NULL)
		return MAPI_E_INVALID_PARAMETER;
	if (!IsEqualIID(riid, &IID_IUnknown) &&
	    !IsEqualIID(riid, &IID_IMAPITable))
		return MAPI_E_INTERFACE_NOT_SUPPORTED;
	atomic_fetch_add(&view_of(iface)->refs, 1);
	*ppvObj = iface;
	return S_OK;
}

/* IUnknown::AddRef: the new count; 0 for a refused call (see above). */
static ULONG STDMETHODCALLTYPE view_AddRef(IMAPITable *iface)
{
	if (view_enter(iface, "IMAPITable::AddRef") != S_OK)
		return 0;
	return (ULONG)(atomic_fetch_add(&view_of(iface)->refs, 1) + 1);
}

static unsigned long td_unref(struct tdata *td);

static void view_destroy(struct view *v)
{
	struct tdata *td = v->td;
	struct sink *s, *next;

	/* The caller's callback first: it commonly releases the table data,
	 * which this view still holds a reference on. */
	if (v->release_cb != NULL)
		v->release_cb(v->release_data, &td->iface, &v->iface);
	td_lock(td);
	if (v->prev != NULL)
		v->prev->next = v->next;
	else
		td->views = v->next;
	if (v->next != NULL)
		v->next->prev = v->prev;
	view_invalidate(v);
	view_drop_events(v);
	td_unlock(td);
	/* No delivery can be running: it would hold a reference. */
	for (s = v->sinks; s != NULL; s = next) {
		next = s->next;
		IMAPIAdviseSink_Release(s->sink);
		alloc_free(s);
	}
	for (size_t i = 0; i < v->nsnap; i++)
		trow_unref(v->snap[i]);
	alloc_free(v->snap);
	alloc_free(v->cols);
	alloc_free(v->colhint);
	alloc_free(v->outvals);
	alloc_free(v->sort);
	alloc_free(v->keys);
	cres_free(v->cres);
	alloc_free(v->res);
	alloc_free(v->exp);
	alloc_free(v->scratch);
	objhdr_fini(&v->hdr);
	alloc_free(v);
	td_unref(td);
}

/*
 * Drops a reference the library holds itself (a delivery's pin), unchecked:
 * the caller already passed a check of the table data.
 */
static unsigned long view_unref(struct view *v)
{
	unsigned long r = atomic_fetch_sub(&v->refs, 1);

	if (r == 1)
		view_destroy(v);
	return r - 1;
}

/*
 * IUnknown::Release: the count left; the last one destroys the view (after
 * the caller's CALLERRELEASE callback) and releases its sinks and its
 * reference to the table data.  Its owner may release a dead view.  A
 * refused call returns 0 and changes nothing.
 */
static ULONG STDMETHODCALLTYPE view_Release(IMAPITable *iface)
{
	int err = objhdr_check_release(view_hdr(iface), VIEW_MAGIC);

	if (err < 0) {
		objhdr_refuse(view_hdr(iface), err, "IMAPITable::Release");
		return 0;
	}
	return (ULONG)view_unref(view_of(iface));
}

/*
 * IMAPITable::GetLastError
 *
 * PARAMS
 *  hResult      [I] a code this view returned
 *  ulFlags      [I] 0 or MAPI_UNICODE
 *  lppMAPIError [O] a MAPIAllocateBuffer'ed MAPIERROR, NULL for success
 *
 * RETURNS
 *  S_OK, MAPI_E_INVALID_PARAMETER, MAPI_E_UNKNOWN_FLAGS,
 *  MAPI_E_NOT_ENOUGH_MEMORY.
 *
 * NOTES
 *  Called from another context or on a dead view, it does not refuse: it
 *  explains the refusal the caller just got, from the calling thread's
 *  record (objhdr_last_error), without touching the view.
 */
static HRESULT STDMETHODCALLTYPE view_GetLastError(IMAPITable *iface,
						   HRESULT hResult,
						   ULONG ulFlags,
						   LPMAPIERROR *lppMAPIError)
{
	struct view *v;
	struct mapierr_last last;

	if (objhdr_check(view_hdr(iface), VIEW_MAGIC) != 0)
		return objhdr_last_error(hResult, ulFlags, "IMAPITable",
					 lppMAPIError);
	v = view_of(iface);
	td_lock(v->td);
	last = v->err;
	td_unlock(v->td);
	return mapierr_get(&last, hResult, ulFlags, "IMAPITable", lppMAPIError);
}

/*
 * IMAPITable::Advise
 *
 * PARAMS
 *  ulEventMask    [I] fnevTableModified, the only table event
 *  lpAdviseSink   [I] receives the notifications; AddRef'ed until Unadvise
 *  lpulConnection [O] a non-zero connection number
 *
 * RETURNS
 *  S_OK, MAPI_E_INVALID_PARAMETER, MAPI_E_NOT_ENOUGH_MEMORY.
 *
 * NOTES
 *  When the view's context has a MAPI instance, notifications go through
 *  its engine: with the default engine OnNotify runs on a thread of the
 *  context that calls HrDispatchNotifications, with
 *  MAPI_MULTITHREAD_NOTIFICATIONS on the instance's dispatcher thread, and
 *  notifications queued before an Unadvise may still arrive after it.
 *  Without an instance they are sent synchronously from the ITableData
 *  call that changed the data, on its thread, without the table lock held.
 */
static HRESULT STDMETHODCALLTYPE view_Advise(IMAPITable *iface,
					     ULONG ulEventMask,
					     LPMAPIADVISESINK lpAdviseSink,
					     ULONG_PTR *lpulConnection)
{
	struct view *v = view_of(iface);
	struct sink *s;
	HRESULT hr;

	hr = view_enter(iface, "IMAPITable::Advise");
	if (hr != S_OK)
		return hr;
	td_lock(v->td);
	if (lpAdviseSink == NULL || lpulConnection == NULL ||
	    ulEventMask != fnevTableModified) {
		hr = vfail(v, MAPI_E_INVALID_PARAMETER,
			   "Advise needs a sink, a connection pointer and "
			   "fnevTableModified");
		goto out;
	}
	s = alloc_calloc(1, sizeof(*s));
	if (s == NULL) {
		hr = vfail(v, MAPI_E_NOT_ENOUGH_MEMORY, "out of memory");
		goto out;
	}
	IMAPIAdviseSink_AddRef(lpAdviseSink);
	s->sink = lpAdviseSink;
	s->conn = ++v->next_conn;
	s->next = v->sinks;
	if (s->next != NULL)
		s->next->prev = s;
	v->sinks = s;
	*lpulConnection = s->conn;
out:
	td_unlock(v->td);
	return hr;
}

/*
 * IMAPITable::Unadvise
 *
 * RETURNS
 *  S_OK, MAPI_E_NOT_FOUND for a connection this view did not make.
 *
 * NOTES
 *  When another thread is delivering to the sink, its Release is delayed
 *  until OnNotify returns.
 */
static HRESULT STDMETHODCALLTYPE view_Unadvise(IMAPITable *iface,
					       ULONG_PTR ulConnection)
{
	struct view *v = view_of(iface);
	struct sink *s, *gone = NULL;
	HRESULT hr;

	hr = view_enter(iface, "IMAPITable::Unadvise");
	if (hr != S_OK)
		return hr;
	td_lock(v->td);
	for (s = v->sinks; s != NULL; s = s->next)
		if (s->conn == ulConnection && !s->dead)
			break;
	if (s == NULL || ulConnection == 0) {
		hr = vfail(v, MAPI_E_NOT_FOUND, "no such advise connection");
	} else {
		s->dead = true;
		if (s->busy == 0) {
			sink_unlink(v, s);
			gone = s;
		}
	}
	td_unlock(v->td);
	if (gone != NULL) {
		IMAPIAdviseSink_Release(gone->sink);
		alloc_free(gone);
	}
	return hr;
}

/*
 * IMAPITable::GetStatus
 *
 * RETURNS
 *  S_OK with TBLSTAT_COMPLETE (nothing runs asynchronously) and the type
 *  given to CreateTable; MAPI_E_INVALID_PARAMETER for NULL pointers.
 */
static HRESULT STDMETHODCALLTYPE view_GetStatus(IMAPITable *iface,
						ULONG *lpulTableStatus,
						ULONG *lpulTableType)
{
	struct view *v = view_of(iface);
	HRESULT hr;

	hr = view_enter(iface, "IMAPITable::GetStatus");
	if (hr != S_OK)
		return hr;
	td_lock(v->td);
	if (lpulTableStatus == NULL || lpulTableType == NULL) {
		hr = vfail(v, MAPI_E_INVALID_PARAMETER, "NULL out pointer");
	} else {
		*lpulTableStatus = TBLSTAT_COMPLETE;
		*lpulTableType = v->td->type;
	}
	td_unlock(v->td);
	return hr;
}

/*
 * IMAPITable::SetColumns
 *
 * PARAMS
 *  lpPropTagArray [I] at least one tag.  PR_NULL reserves a column (it
 *                     comes back as PR_NULL); a tag with MVI_FLAG expands
 *                     a multi-valued property into one row per value.
 *  ulFlags        [I] TBL_ASYNC, TBL_BATCH (both honoured synchronously)
 *
 * RETURNS
 *  S_OK, MAPI_E_INVALID_PARAMETER, MAPI_E_UNKNOWN_FLAGS,
 *  MAPI_E_NOT_ENOUGH_MEMORY.
 *
 * NOTES
 *  Columns a row lacks come back as PT_ERROR values of MAPI_E_NOT_FOUND.
 *  An MVI column comes back as a single value tagged with MV_FLAG cleared
 *  (MV_INSTANCE kept); a row without values for it appears once, with
 *  MAPI_E_NOT_FOUND.  Each instance row gets its own PR_INSTANCE_KEY (12
 *  bytes: the row's serial and the instance number) and PR_INSTANCE_NUM
 *  (the instance number, 0 upwards).  When the expansion changes, the
 *  bookmarks are discarded and the cursor goes to the beginning.
 */
static HRESULT STDMETHODCALLTYPE view_SetColumns(IMAPITable *iface,
						 LPSPropTagArray lpPropTagArray,
						 ULONG ulFlags)
{
	struct view *v = view_of(iface);
	HRESULT hr;

	hr = view_enter(iface, "IMAPITable::SetColumns");
	if (hr != S_OK)
		return hr;
	td_lock(v->td);
	if (lpPropTagArray == NULL || lpPropTagArray->cValues == 0 ||
	    lpPropTagArray->cValues > TBL_MAX_PROPS)
		hr = vfail(v, MAPI_E_INVALID_PARAMETER,
			   "SetColumns needs 1 to 65536 columns");
	else if (ulFlags & ~(TBL_ASYNC | TBL_BATCH))
		hr = vfail(v, MAPI_E_UNKNOWN_FLAGS, "unknown flags");
	else if (view_set_columns(v, lpPropTagArray->aulPropTag,
				  lpPropTagArray->cValues) < 0)
		hr = vfail(v, MAPI_E_NOT_ENOUGH_MEMORY, "out of memory");
	td_unlock(v->td);
	return hr;
}

/* A MAPI buffer with a copy of n tags. */
static HRESULT tags_out(struct tdata *td, const ULONG *tags, ULONG n,
			LPSPropTagArray *out_r)
{
	SPropTagArray *a;
	void *p;

	if (td->alloc_buf((ULONG)CbNewSPropTagArray(n), &p) != S_OK ||
	    p == NULL)
		return MAPI_E_NOT_ENOUGH_MEMORY;
	a = p;
	a->cValues = n;
	if (n != 0)
		memcpy(a->aulPropTag, tags, n * sizeof(ULONG));
	*out_r = a;
	return S_OK;
}

/*
 * IMAPITable::QueryColumns
 *
 * PARAMS
 *  ulFlags         [I] TBL_ALL_COLUMNS: every column the table can show,
 *                      which is every tag any row has had (deleting rows
 *                      does not shrink it); else the current column set
 *  lpPropTagArray  [O] a buffer from the table's allocator
 *
 * RETURNS
 *  S_OK, MAPI_E_INVALID_PARAMETER, MAPI_E_UNKNOWN_FLAGS,
 *  MAPI_E_NOT_ENOUGH_MEMORY.
 */
static HRESULT STDMETHODCALLTYPE view_QueryColumns(
    IMAPITable *iface, ULONG ulFlags, LPSPropTagArray *lppPropTagArray)
{
	struct view *v = view_of(iface);
	struct tdata *td = v->td;
	HRESULT hr;

	hr = view_enter(iface, "IMAPITable::QueryColumns");
	if (hr != S_OK)
		return hr;
	td_lock(td);
	if (lppPropTagArray == NULL)
		hr = vfail(v, MAPI_E_INVALID_PARAMETER, "NULL out pointer");
	else if (ulFlags & ~TBL_ALL_COLUMNS)
		hr = vfail(v, MAPI_E_UNKNOWN_FLAGS, "unknown flags");
	else if (ulFlags & TBL_ALL_COLUMNS)
		hr = tags_out(td, td->cols, td->ncols, lppPropTagArray);
	else
		hr = tags_out(td, v->cols, v->ncols, lppPropTagArray);
	if (FAILED(hr) && hr != MAPI_E_INVALID_PARAMETER &&
	    hr != MAPI_E_UNKNOWN_FLAGS)
		vfail(v, hr, "out of memory");
	td_unlock(td);
	return hr;
}

/* view_ready() with the HRESULT recorded. */
static HRESULT view_ready_hr(struct view *v)
{
	int ret = view_ready(v);

	if (ret == 0)
		return S_OK;
	if (ret == -E2BIG)
		return vfail(v, MAPI_E_TOO_COMPLEX,
			     "multi-valued expansion makes too many rows");
	return vfail(v, MAPI_E_NOT_ENOUGH_MEMORY, "out of memory");
}

/*
 * IMAPITable::GetRowCount
 *
 * RETURNS
 *  S_OK with the number of rows in the view (after restriction and
 *  multi-valued expansion), MAPI_E_INVALID_PARAMETER,
 *  MAPI_E_UNKNOWN_FLAGS (ulFlags is reserved), MAPI_E_NOT_ENOUGH_MEMORY,
 *  MAPI_E_TOO_COMPLEX.
 */
static HRESULT STDMETHODCALLTYPE view_GetRowCount(IMAPITable *iface,
						  ULONG ulFlags,
						  ULONG *lpulCount)
{
	struct view *v = view_of(iface);
	HRESULT hr;

	hr = view_enter(iface, "IMAPITable::GetRowCount");
	if (hr != S_OK)
		return hr;
	td_lock(v->td);
	if (lpulCount == NULL)
		hr = vfail(v, MAPI_E_INVALID_PARAMETER, "NULL out pointer");
	else if (ulFlags != 0)
		hr = vfail(v, MAPI_E_UNKNOWN_FLAGS, "unknown flags");
	else
		hr = view_ready_hr(v);
	if (hr == S_OK)
		*lpulCount = (ULONG)v->nrows;
	td_unlock(v->td);
	return hr;
}

/*
 * The position a bookmark stands for, into *pos_r; *moved_r tells whether
 * its row went away since it was last used (and clears that).  S_OK or
 * MAPI_E_INVALID_BOOKMARK.
 */
static HRESULT view_origin(struct view *v, BOOKMARK bk, size_t *pos_r,
			   bool *moved_r)
{
	struct bookmark *b;

	*moved_r = false;
	switch (bk) {
	case BOOKMARK_BEGINNING:
		*pos_r = 0;
		return S_OK;
	case BOOKMARK_CURRENT:
		*pos_r = v->cursor;
		return S_OK;
	case BOOKMARK_END:
		*pos_r = v->nrows;
		return S_OK;
	default:
		break;
	}
	for (b = v->bookmarks; b != NULL; b = b->next) {
		if (b->id == bk) {
			*pos_r = b->pos;
			*moved_r = b->moved;
			b->moved = false;
			return S_OK;
		}
	}
	return vfail(v, MAPI_E_INVALID_BOOKMARK, "no such bookmark");
}

/*
 * IMAPITable::SeekRow
 *
 * PARAMS
 *  bkOrigin      [I] BOOKMARK_BEGINNING / CURRENT / END or a bookmark
 *  lRowCount     [I] rows to move, negative backwards
 *  lplRowsSought [O] optional: rows actually moved, signed
 *
 * RETURNS
 *  S_OK, MAPI_W_POSITION_CHANGED (the bookmark's row is gone; the cursor
 *  moved from the row that followed it), MAPI_E_INVALID_BOOKMARK,
 *  MAPI_E_NOT_ENOUGH_MEMORY, MAPI_E_TOO_COMPLEX.
 *
 * NOTES
 *  Moving past either end stops there (after the last row, at the first).
 */
static HRESULT STDMETHODCALLTYPE view_SeekRow(IMAPITable *iface,
					      BOOKMARK bkOrigin, LONG lRowCount,
					      LONG *lplRowsSought)
{
	struct view *v = view_of(iface);
	int64_t target;
	size_t origin = 0;
	bool moved;
	HRESULT hr;

	hr = view_enter(iface, "IMAPITable::SeekRow");
	if (hr != S_OK)
		return hr;
	td_lock(v->td);
	if (v->stale && lRowCount <= 0 &&
	    (bkOrigin == BOOKMARK_BEGINNING || bkOrigin == BOOKMARK_CURRENT)) {
		/* The beginning needs no rows: leave building to the call
		 * that reads them (a stale view's cursor is there already). */
		v->cursor = 0;
		if (lplRowsSought != NULL)
			*lplRowsSought = 0;
		td_unlock(v->td);
		return S_OK;
	}
	hr = view_ready_hr(v);
	if (hr == S_OK)
		hr = view_origin(v, bkOrigin, &origin, &moved);
	if (hr == S_OK) {
		target = (int64_t)origin + lRowCount;
		if (target < 0)
			target = 0;
		if (target > (int64_t)v->nrows)
			target = (int64_t)v->nrows;
		v->cursor = (size_t)target;
		if (lplRowsSought != NULL)
			*lplRowsSought = (LONG)(target - (int64_t)origin);
		if (moved)
			hr = MAPI_W_POSITION_CHANGED;
	}
	td_unlock(v->td);
	return hr;
}

/*
 * IMAPITable::SeekRowApprox
 *
 * RETURNS
 *  S_OK (the cursor goes to row count * num / den exactly),
 *  MAPI_E_INVALID_PARAMETER (den 0 or num > den), MAPI_E_NOT_ENOUGH_MEMORY,
 *  MAPI_E_TOO_COMPLEX.
 */
static HRESULT STDMETHODCALLTYPE view_SeekRowApprox(IMAPITable *iface,
						    ULONG ulNumerator,
						    ULONG ulDenominator)
{
	struct view *v = view_of(iface);
	HRESULT hr;

	hr = view_enter(iface, "IMAPITable::SeekRowApprox");
	if (hr != S_OK)
		return hr;
	td_lock(v->td);
	if (ulDenominator == 0 || ulNumerator > ulDenominator)
		hr = vfail(v, MAPI_E_INVALID_PARAMETER,
			   "fraction must be between 0 and 1");
	else
		hr = view_ready_hr(v);
	if (hr == S_OK)
		v->cursor =
		    (size_t)((uint64_t)v->nrows * ulNumerator / ulDenominator);
	td_unlock(v->td);
	return hr;
}

/*
 * IMAPITable::QueryPosition
 *
 * RETURNS
 *  S_OK with the cursor's row number (the next row to read; the row count
 *  at the end), and the fraction row / row count (denominator 1 for an
 *  empty table), MAPI_E_INVALID_PARAMETER, MAPI_E_NOT_ENOUGH_MEMORY,
 *  MAPI_E_TOO_COMPLEX.
 */
static HRESULT STDMETHODCALLTYPE view_QueryPosition(IMAPITable *iface,
						    ULONG *lpulRow,
						    ULONG *lpulNumerator,
						    ULONG *lpulDenominator)
{
	struct view *v = view_of(iface);
	HRESULT hr;

	hr = view_enter(iface, "IMAPITable::QueryPosition");
	if (hr != S_OK)
		return hr;
	td_lock(v->td);
	if (lpulRow == NULL || lpulNumerator == NULL || lpulDenominator == NULL)
		hr = vfail(v, MAPI_E_INVALID_PARAMETER, "NULL out pointer");
	else
		hr = view_ready_hr(v);
	if (hr == S_OK) {
		*lpulRow = (ULONG)v->cursor;
		*lpulNumerator = (ULONG)v->cursor;
		*lpulDenominator = v->nrows == 0 ? 1 : (ULONG)v->nrows;
	}
	td_unlock(v->td);
	return hr;
}

/* Does view row i match res?  1, 0 or -ENOMEM. */
static int view_row_matches(struct view *v, size_t i, const SRestriction *res)
{
	unsigned char ikey[TBL_IKEY_SIZE];
	const struct vrow *vr = v->rows[i];
	SPropValue *x;
	SRow row;
	int ret;

	ret = view_eval_row(v, vr->row, vr->inst, ikey, &row, &x);
	if (ret < 0)
		return ret;
	return res_eval(res, &row, NULL, NULL);
}

/*
 * IMAPITable::FindRow
 *
 * PARAMS
 *  lpRestriction [I] what the row must match
 *  bkOrigin      [I] where to start: forward from that row, or with
 *                    DIR_BACKWARD from the row before it
 *  ulFlags       [I] 0 or DIR_BACKWARD
 *
 * RETURNS
 *  S_OK with the cursor on the row found, MAPI_W_POSITION_CHANGED (found,
 *  the bookmark had moved), MAPI_E_NOT_FOUND (cursor unchanged),
 *  MAPI_E_INVALID_BOOKMARK, MAPI_E_INVALID_PARAMETER, MAPI_E_TOO_COMPLEX,
 *  MAPI_E_UNKNOWN_FLAGS, MAPI_E_NOT_ENOUGH_MEMORY.
 */
static HRESULT STDMETHODCALLTYPE view_FindRow(IMAPITable *iface,
					      LPSRestriction lpRestriction,
					      BOOKMARK bkOrigin, ULONG ulFlags)
{
	struct view *v = view_of(iface);
	const char *why = "invalid restriction";
	struct view_undo undo;
	size_t origin = 0, i;
	bool moved;
	HRESULT hr;
	int ret;

	hr = view_enter(iface, "IMAPITable::FindRow");
	if (hr != S_OK)
		return hr;
	td_lock(v->td);
	if (lpRestriction == NULL) {
		hr = vfail(v, MAPI_E_INVALID_PARAMETER, "NULL restriction");
		goto out;
	}
	if (ulFlags & ~DIR_BACKWARD) {
		hr = vfail(v, MAPI_E_UNKNOWN_FLAGS, "unknown flags");
		goto out;
	}
	ret = res_validate(lpRestriction, &why);
	if (ret < 0) {
		hr = vfail(v, errmap_hr(ret), why);
		goto out;
	}
	view_undo_mark(v, &undo);
	hr = view_ready_hr(v);
	if (hr == S_OK)
		hr = view_origin(v, bkOrigin, &origin, &moved);
	if (hr != S_OK)
		goto out;
	ret = 0;
	if (ulFlags & DIR_BACKWARD) {
		for (i = origin; i-- > 0;) {
			ret = view_row_matches(v, i, lpRestriction);
			if (ret != 0)
				break;
		}
	} else {
		for (i = origin; i < v->nrows; i++) {
			ret = view_row_matches(v, i, lpRestriction);
			if (ret != 0)
				break;
		}
	}
	if (ret < 0) {
		hr = vfail(v, MAPI_E_NOT_ENOUGH_MEMORY, "out of memory");
		view_undo(v, &undo);
	} else if (ret == 0) {
		hr = vfail(v, MAPI_E_NOT_FOUND, "no row matches");
	} else {
		v->cursor = i;
		hr = moved ? MAPI_W_POSITION_CHANGED : S_OK;
	}
out:
	td_unlock(v->td);
	return hr;
}

/*
 * IMAPITable::Restrict
 *
 * PARAMS
 *  lpRestriction [I] the filter (copied), NULL to remove it
 *  ulFlags       [I] TBL_ASYNC, TBL_BATCH
 *
 * RETURNS
 *  S_OK, MAPI_E_INVALID_PARAMETER, MAPI_E_TOO_COMPLEX (res_validate()'s
 *  verdict), MAPI_E_UNKNOWN_FLAGS, MAPI_E_NOT_ENOUGH_MEMORY.
 *
 * NOTES
 *  Bookmarks are discarded and the cursor goes to the beginning.  The rows
 *  are filtered when next needed.  Multi-valued columns are not expanded
 *  by a restriction; in a view that expands them, the MVI tag and the
 *  instance tag (MV_FLAG cleared) both name the row's single value.
 */
static HRESULT STDMETHODCALLTYPE view_Restrict(IMAPITable *iface,
					       LPSRestriction lpRestriction,
					       ULONG ulFlags)
{
	struct view *v = view_of(iface);
	const char *why = "invalid restriction";
	SRestriction *copy = NULL;
	struct cres *compiled = NULL;
	HRESULT hr = S_OK;
	int ret;

	hr = view_enter(iface, "IMAPITable::Restrict");
	if (hr != S_OK)
		return hr;
	td_lock(v->td);
	if (ulFlags & ~(TBL_ASYNC | TBL_BATCH)) {
		hr = vfail(v, MAPI_E_UNKNOWN_FLAGS, "unknown flags");
		goto out;
	}
	if (lpRestriction != NULL) {
		ret = res_validate(lpRestriction, &why);
		if (ret == 0)
			ret = res_dup(lpRestriction, &copy);
		if (ret == 0) {
			compiled = alloc_calloc(1, sizeof(*compiled));
			ret = compiled == NULL ? -ENOMEM
					       : cres_compile(copy, compiled);
		}
		if (ret < 0) {
			cres_free(compiled);
			alloc_free(copy);
			hr = vfail(v, errmap_hr(ret),
				   ret == -ENOMEM ? "out of memory" : why);
			goto out;
		}
	}
	view_invalidate(v);
	cres_free(v->cres);
	alloc_free(v->res);
	v->res = copy;
	v->cres = compiled;
out:
	td_unlock(v->td);
	return hr;
}

/*
 * IMAPITable::CreateBookmark
 *
 * RETURNS
 *  S_OK with a bookmark on the cursor's position, MAPI_E_INVALID_PARAMETER,
 *  MAPI_E_UNABLE_TO_COMPLETE (65536 bookmarks are out),
 *  MAPI_E_NOT_ENOUGH_MEMORY, MAPI_E_TOO_COMPLEX.
 *
 * NOTES
 *  A bookmark follows its row as rows come and go; when the row leaves
 *  the view it moves to the next row and its next use returns
 *  MAPI_W_POSITION_CHANGED.  SortTable, Restrict and a SetColumns that
 *  changes the expansion discard all bookmarks.
 */
static HRESULT STDMETHODCALLTYPE view_CreateBookmark(IMAPITable *iface,
						     BOOKMARK *lpbkPosition)
{
	struct view *v = view_of(iface);
	struct view_undo undo;
	struct bookmark *b;
	HRESULT hr;

	hr = view_enter(iface, "IMAPITable::CreateBookmark");
	if (hr != S_OK)
		return hr;
	td_lock(v->td);
	if (lpbkPosition == NULL) {
		hr = vfail(v, MAPI_E_INVALID_PARAMETER, "NULL out pointer");
		goto out;
	}
	view_undo_mark(v, &undo);
	hr = view_ready_hr(v);
	if (hr != S_OK)
		goto out;
	if (v->nbookmarks >= TBL_MAX_BOOKMARKS) {
		hr = vfail(v, MAPI_E_UNABLE_TO_COMPLETE, "too many bookmarks");
		goto out;
	}
	b = alloc_malloc(sizeof(*b));
	if (b == NULL) {
		hr = vfail(v, MAPI_E_NOT_ENOUGH_MEMORY, "out of memory");
		view_undo(v, &undo);
		goto out;
	}
	/* Numbers never repeat, so a freed bookmark stays invalid. */
	b->id = v->next_bookmark++;
	b->pos = v->cursor;
	b->moved = false;
	b->next = v->bookmarks;
	v->bookmarks = b;
	v->nbookmarks++;
	*lpbkPosition = b->id;
out:
	td_unlock(v->td);
	return hr;
}

/*
 * IMAPITable::FreeBookmark
 *
 * RETURNS
 *  S_OK (also for the three predefined bookmarks, which are left alone),
 *  MAPI_E_INVALID_BOOKMARK.
 */
static HRESULT STDMETHODCALLTYPE view_FreeBookmark(IMAPITable *iface,
						   BOOKMARK bkPosition)
{
	struct view *v = view_of(iface);
	struct bookmark **p, *b;
	HRESULT hr;

	hr = view_enter(iface, "IMAPITable::FreeBookmark");
	if (hr != S_OK)
		return hr;
	if (bkPosition <= BOOKMARK_END)
		return S_OK;
	td_lock(v->td);
	for (p = &v->bookmarks; *p != NULL; p = &(*p)->next)
		if ((*p)->id == bkPosition)
			break;
	b = *p;
	if (b == NULL) {
		hr = vfail(v, MAPI_E_INVALID_BOOKMARK, "no such bookmark");
	} else {
		*p = b->next;
		v->nbookmarks--;
		alloc_free(b);
	}
	td_unlock(v->td);
	return hr;
}

/*
 * IMAPITable::SortTable
 *
 * PARAMS
 *  lpSortCriteria [I] the order (copied); no keys means insertion order
 *  ulFlags        [I] TBL_ASYNC, TBL_BATCH
 *
 * RETURNS
 *  S_OK, MAPI_E_INVALID_PARAMETER, MAPI_E_TOO_COMPLEX (too many keys, or
 *  categories, which this table does not support yet),
 *  MAPI_E_UNKNOWN_FLAGS, MAPI_E_NOT_ENOUGH_MEMORY.
 *
 * NOTES
 *  The sort is stable: rows with equal keys keep their insertion order.
 *  Missing values sort after all others ascending, before them
 *  descending; strings ignore case.  An MVI key expands the rows like an
 *  MVI column.  Bookmarks are discarded and the cursor goes to the
 *  beginning; on failure the previous order stays.
 */
static HRESULT STDMETHODCALLTYPE view_SortTable(IMAPITable *iface,
						LPSSortOrderSet lpSortCriteria,
						ULONG ulFlags)
{
	struct view *v = view_of(iface);
	const char *why = "invalid sort order";
	HRESULT hr = S_OK;
	int ret;

	hr = view_enter(iface, "IMAPITable::SortTable");
	if (hr != S_OK)
		return hr;
	td_lock(v->td);
	if (lpSortCriteria == NULL) {
		hr = vfail(v, MAPI_E_INVALID_PARAMETER, "NULL sort order");
		goto out;
	}
	if (ulFlags & ~(TBL_ASYNC | TBL_BATCH)) {
		hr = vfail(v, MAPI_E_UNKNOWN_FLAGS, "unknown flags");
		goto out;
	}
	ret = sort_validate(lpSortCriteria, &why);
	if (ret < 0) {
		hr = vfail(v, errmap_hr(ret), why);
		goto out;
	}
	if (lpSortCriteria->cCategories != 0) {
		hr = vfail(v, MAPI_E_TOO_COMPLEX,
			   "categorized sorting is not supported");
		goto out;
	}
	if (view_set_sort(v, lpSortCriteria) < 0)
		hr = vfail(v, MAPI_E_NOT_ENOUGH_MEMORY, "out of memory");
out:
	td_unlock(v->td);
	return hr;
}

/*
 * IMAPITable::QuerySortOrder
 *
 * RETURNS
 *  S_OK with a copy of the current sort order (cSorts 0 when unsorted) in
 *  a buffer from the table's allocator, MAPI_E_INVALID_PARAMETER,
 *  MAPI_E_NOT_ENOUGH_MEMORY.
 */
static HRESULT STDMETHODCALLTYPE
view_QuerySortOrder(IMAPITable *iface, LPSSortOrderSet *lppSortCriteria)
{
	struct view *v = view_of(iface);
	size_t size;
	void *p;
	HRESULT hr;

	hr = view_enter(iface, "IMAPITable::QuerySortOrder");
	if (hr != S_OK)
		return hr;
	td_lock(v->td);
	if (lppSortCriteria == NULL) {
		hr = vfail(v, MAPI_E_INVALID_PARAMETER, "NULL out pointer");
		goto out;
	}
	size =
	    v->sort != NULL ? CbSSortOrderSet(v->sort) : CbNewSSortOrderSet(0);
	if (size < sizeof(SSortOrderSet))
		size = sizeof(SSortOrderSet);
	if (v->td->alloc_buf((ULONG)size, &p) != S_OK || p == NULL) {
		hr = vfail(v, MAPI_E_NOT_ENOUGH_MEMORY, "out of memory");
		goto out;
	}
	memset(p, 0, size);
	if (v->sort != NULL)
		memcpy(p, v->sort, CbSSortOrderSet(v->sort));
	*lppSortCriteria = p;
out:
	td_unlock(v->td);
	return hr;
}

/*
 * IMAPITable::QueryRows
 *
 * PARAMS
 *  lRowCount [I] most rows to return: forward from the cursor, or when
 *                negative the rows before the cursor (returned in forward
 *                order)
 *  ulFlags   [I] 0 or TBL_NOADVANCE (the cursor does not move)
 *  lppRows   [O] an SRowSet from the table's allocator, each row's values
 *                in a buffer of their own (FreeProws releases it all)
 *
 * RETURNS
 *  S_OK (0 rows at either end), MAPI_E_INVALID_PARAMETER (lRowCount 0),
 *  MAPI_E_UNKNOWN_FLAGS, MAPI_E_NOT_ENOUGH_MEMORY, MAPI_E_TOO_COMPLEX.
 *
 * NOTES
 *  Without TBL_NOADVANCE the cursor ends after the last row returned when
 *  reading forward, and on the first row returned when reading backward,
 *  so repeated negative counts page backwards.  On failure nothing is
 *  returned and the cursor stays.
 */
static HRESULT STDMETHODCALLTYPE view_QueryRows(IMAPITable *iface,
						LONG lRowCount, ULONG ulFlags,
						LPSRowSet *lppRows)
{
	struct view *v = view_of(iface);
	struct tdata *td = v->td;
	struct view_undo undo;
	size_t start, n, cursor, i;
	SRowSet *rs = NULL;
	void *p;
	HRESULT hr;

	hr = view_enter(iface, "IMAPITable::QueryRows");
	if (hr != S_OK)
		return hr;
	if (lppRows != NULL)
		*lppRows = NULL;
	td_lock(td);
	if (lppRows == NULL || lRowCount == 0) {
		hr = vfail(v, MAPI_E_INVALID_PARAMETER,
			   "QueryRows needs a row count and an out pointer");
		goto out;
	}
	if (ulFlags & ~TBL_NOADVANCE) {
		hr = vfail(v, MAPI_E_UNKNOWN_FLAGS, "unknown flags");
		goto out;
	}
	view_undo_mark(v, &undo);
	hr = view_ready_hr(v);
	if (hr != S_OK)
		goto fail;
	if (lRowCount > 0) {
		start = v->cursor;
		n = v->nrows - start;
		if (n > (size_t)lRowCount)
			n = (size_t)lRowCount;
		cursor = start + n;
	} else {
		uint64_t back = (uint64_t)(-(int64_t)lRowCount);

		start = v->cursor > back ? v->cursor - (size_t)back : 0;
		n = v->cursor - start;
		cursor = start;
	}
	/* A row count is a request: keep the SRowSet inside a ULONG. */
	if (n > (TBL_ULONG_MAX - sizeof(SRowSet)) / sizeof(SRow))
		n = (TBL_ULONG_MAX - sizeof(SRowSet)) / sizeof(SRow);
	if (td->alloc_buf((ULONG)(n == 0 ? sizeof(SRowSet) : CbNewSRowSet(n)),
			  &p) != S_OK ||
	    p == NULL) {
		hr = vfail(v, MAPI_E_NOT_ENOUGH_MEMORY, "out of memory");
		goto fail;
	}
	rs = p;
	rs->cRows = 0;
	for (i = 0; i < n; i++) {
		SPropValue *props;

		hr = view_copy_row(v, v->rows[start + i], &props);
		if (hr != S_OK)
			break;
		rs->aRow[i].ulAdrEntryPad = 0;
		rs->aRow[i].cValues = v->ncols;
		rs->aRow[i].lpProps = props;
		rs->cRows = (ULONG)(i + 1);
	}
	if (hr != S_OK) {
		for (i = 0; i < rs->cRows; i++)
			td->free_buf(rs->aRow[i].lpProps);
		td->free_buf(rs);
		vfail(v, hr, "out of memory");
		goto fail;
	}
	if (!(ulFlags & TBL_NOADVANCE))
		v->cursor = cursor;
	*lppRows = rs;
	goto out;
fail:
	view_undo(v, &undo);
out:
	td_unlock(td);
	return hr;
}

/* IMAPITable::Abort: nothing runs asynchronously.  Returns S_OK. */
static HRESULT STDMETHODCALLTYPE view_Abort(IMAPITable *iface)
{
	return view_enter(iface, "IMAPITable::Abort");
}

static HRESULT no_categories(struct view *v)
{
	HRESULT hr;

	td_lock(v->td);
	hr = vfail(v, MAPI_E_NO_SUPPORT, "categorized views are not supported");
	td_unlock(v->td);
	return hr;
}

/* IMAPITable::ExpandRow: no categories yet.  MAPI_E_NO_SUPPORT. */
static HRESULT STDMETHODCALLTYPE view_ExpandRow(
    IMAPITable *iface, ULONG cbInstanceKey, LPBYTE pbInstanceKey,
    ULONG ulRowCount, ULONG ulFlags, LPSRowSet *lppRows, ULONG *lpulMoreRows)
{
	HRESULT hr = view_enter(iface, "IMAPITable::ExpandRow");

	if (hr != S_OK)
		return hr;
	(void)cbInstanceKey;
	(void)pbInstanceKey;
	(void)ulRowCount;
	(void)ulFlags;
	if (lppRows != NULL)
		*lppRows = NULL;
	if (lpulMoreRows != NULL)
		*lpulMoreRows = 0;
	return no_categories(view_of(iface));
}

/* IMAPITable::CollapseRow: no categories yet.  MAPI_E_NO_SUPPORT. */
static HRESULT STDMETHODCALLTYPE view_CollapseRow(IMAPITable *iface,
						  ULONG cbInstanceKey,
						  LPBYTE pbInstanceKey,
						  ULONG ulFlags,
						  ULONG *lpulRowCount)
{
	HRESULT hr = view_enter(iface, "IMAPITable::CollapseRow");

	if (hr != S_OK)
		return hr;
	(void)cbInstanceKey;
	(void)pbInstanceKey;
	(void)ulFlags;
	if (lpulRowCount != NULL)
		*lpulRowCount = 0;
	return no_categories(view_of(iface));
}

/*
 * IMAPITable::WaitForCompletion
 *
 * RETURNS
 *  S_OK at once with TBLSTAT_COMPLETE in the optional status (nothing runs
 *  asynchronously), MAPI_E_UNKNOWN_FLAGS (ulFlags is reserved).
 */
static HRESULT STDMETHODCALLTYPE view_WaitForCompletion(IMAPITable *iface,
							ULONG ulFlags,
							ULONG ulTimeout,
							ULONG *lpulTableStatus)
{
	struct view *v = view_of(iface);
	HRESULT hr;

	hr = view_enter(iface, "IMAPITable::WaitForCompletion");
	if (hr != S_OK)
		return hr;
	(void)ulTimeout;
	if (ulFlags == 0) {
		if (lpulTableStatus != NULL)
			*lpulTableStatus = TBLSTAT_COMPLETE;
		return S_OK;
	}
	td_lock(v->td);
	hr = vfail(v, MAPI_E_UNKNOWN_FLAGS, "unknown flags");
	td_unlock(v->td);
	return hr;
}

/* IMAPITable::GetCollapseState: no categories yet.  MAPI_E_NO_SUPPORT. */
static HRESULT STDMETHODCALLTYPE view_GetCollapseState(
    IMAPITable *iface, ULONG ulFlags, ULONG cbInstanceKey,
    LPBYTE lpbInstanceKey, ULONG *lpcbCollapseState, LPBYTE *lppbCollapseState)
{
	HRESULT hr = view_enter(iface, "IMAPITable::GetCollapseState");

	if (hr != S_OK)
		return hr;
	(void)ulFlags;
	(void)cbInstanceKey;
	(void)lpbInstanceKey;
	if (lpcbCollapseState != NULL)
		*lpcbCollapseState = 0;
	if (lppbCollapseState != NULL)
		*lppbCollapseState = NULL;
	return no_categories(view_of(iface));
}

/* IMAPITable::SetCollapseState: no categories yet.  MAPI_E_NO_SUPPORT. */
static HRESULT STDMETHODCALLTYPE view_SetCollapseState(IMAPITable *iface,
						       ULONG ulFlags,
						       ULONG cbCollapseState,
						       LPBYTE pbCollapseState,
						       BOOKMARK *lpbkLocation)
{
	HRESULT hr = view_enter(iface, "IMAPITable::SetCollapseState");

	if (hr != S_OK)
		return hr;
	(void)ulFlags;
	(void)cbCollapseState;
	(void)pbCollapseState;
	(void)lpbkLocation;
	return no_categories(view_of(iface));
}

static const IMAPITableVtbl view_vtbl = {
    view_QueryInterface,   view_AddRef,           view_Release,
    view_GetLastError,     view_Advise,           view_Unadvise,
    view_GetStatus,        view_SetColumns,       view_QueryColumns,
    view_GetRowCount,      view_SeekRow,          view_SeekRowApprox,
    view_QueryPosition,    view_FindRow,          view_Restrict,
    view_CreateBookmark,   view_FreeBookmark,     view_SortTable,
    view_QuerySortOrder,   view_QueryRows,        view_Abort,
    view_ExpandRow,        view_CollapseRow,      view_WaitForCompletion,
    view_GetCollapseState, view_SetCollapseState,
};

/* ---------------------------------------------------------------------------
 * ITableData
 */

/*
 * ITableData::QueryInterface - IID_IUnknown and IID_IMAPITableData give
 * this object, AddRef'ed.
 *
 * RETURNS
 *  S_OK, MAPI_E_INVALID_PARAMETER, MAPI_E_INTERFACE_NOT_SUPPORTED,
 *  MAPI_E_NO_ACCESS, MAPI_E_INVALID_OBJECT; *ppvObj is NULL on failure.
 */
static HRESULT STDMETHODCALLTYPE td_QueryInterface(ITableData *iface,
						   REFIID riid, LPVOID *ppvObj)
{
	HRESULT hr = td_enter(iface, "ITableData::QueryInterface");

	if (ppvObj != NULL)
		*ppvObj = NULL;
	if (hr != S_OK)
		return hr;
	if (ppvObj == NULL || riid == NULL)
		return MAPI_E_INVALID_PARAMETER;
	if (!IsEqualIID(riid, &IID_IUnknown) &&
	    !IsEqualIID(riid, &IID_IMAPITableData))
		return MAPI_E_INTERFACE_NOT_SUPPORTED;
	atomic_fetch_add(&tdata_of(iface)->refs, 1);
	*ppvObj = iface;
	return S_OK;
}

/* IUnknown::AddRef: the new count; 0 for a refused call. */
static ULONG STDMETHODCALLTYPE td_AddRef(ITableData *iface)
{
	if (td_enter(iface, "ITableData::AddRef") != S_OK)
		return 0;
	return (ULONG)(atomic_fetch_add(&tdata_of(iface)->refs, 1) + 1);
}

static void td_destroy(struct tdata *td)
{
	/* Views hold references: none is left. */
	for (size_t i = 0; i < td->nrows; i++)
		trow_unref(td->rows[i]);
	alloc_free(td->rows);
	alloc_free(td->hash);
	alloc_free(td->cols);
	pthread_mutex_destroy(&td->lock);
	objhdr_fini(&td->hdr);
	alloc_free(td);
}

/* Drops a reference, unchecked: a view's own, when the view goes. */
static unsigned long td_unref(struct tdata *td)
{
	unsigned long r = atomic_fetch_sub(&td->refs, 1);

	if (r == 1)
		td_destroy(td);
	return r - 1;
}

/*
 * IUnknown::Release: the count left; each view holds a reference too, so
 * the rows go with the last of them.  Its owner may release a dead object.
 * A refused call returns 0 and changes nothing.
 */
static ULONG STDMETHODCALLTYPE td_Release(ITableData *iface)
{
	int err = objhdr_check_release(td_hdr(iface), TDATA_MAGIC);

	if (err < 0) {
		objhdr_refuse(td_hdr(iface), err, "ITableData::Release");
		return 0;
	}
	return (ULONG)td_unref(tdata_of(iface));
}

/*
 * ITableData::HrGetView
 *
 * PARAMS
 *  lpSSortOrderSet  [I] initial sort order, NULL for insertion order
 *  lpfCallerRelease [I] optional; called when the view's last reference
 *                       goes, with ulCallerData, this table and the view
 *  ulCallerData     [I] passed to lpfCallerRelease
 *  lppMAPITable     [O] the new view
 *
 * RETURNS
 *  S_OK, MAPI_E_INVALID_PARAMETER, MAPI_E_TOO_COMPLEX (sort order with
 *  categories or too many keys), MAPI_E_NOT_ENOUGH_MEMORY.
 *
 * NOTES
 *  The view starts with every column the table has seen, the cursor at
 *  the beginning.  Views of a TBLTYPE_SNAPSHOT table keep the rows of the
 *  moment they were made; the others follow the data and notify.
 */
static HRESULT STDMETHODCALLTYPE td_HrGetView(ITableData *iface,
					      LPSSortOrderSet lpSSortOrderSet,
					      CALLERRELEASE *lpfCallerRelease,
					      ULONG_PTR ulCallerData,
					      LPMAPITABLE *lppMAPITable)
{
	struct tdata *td = tdata_of(iface);
	struct view *v;
	HRESULT hr;
	int ret;

	hr = td_enter(iface, "ITableData::HrGetView");
	if (hr != S_OK)
		return hr;
	if (lppMAPITable == NULL)
		return MAPI_E_INVALID_PARAMETER;
	*lppMAPITable = NULL;
	if (lpSSortOrderSet != NULL) {
		ret = sort_validate(lpSSortOrderSet, NULL);
		if (ret < 0)
			return errmap_hr(ret);
		if (lpSSortOrderSet->cCategories != 0)
			return MAPI_E_TOO_COMPLEX;
	}
	v = alloc_calloc(1, sizeof(*v));
	if (v == NULL)
		return MAPI_E_NOT_ENOUGH_MEMORY;
	v->iface.lpVtbl = &view_vtbl;
	/* The thread passed td's check: the view gets td's context. */
	objhdr_init(&v->hdr, VIEW_MAGIC);
	atomic_init(&v->refs, 1);
	v->td = td;
	v->release_cb = lpfCallerRelease;
	v->release_data = ulCallerData;
	v->dynamic = td->type != TBLTYPE_SNAPSHOT;
	v->stale = true;
	v->next_bookmark = BOOKMARK_END + 1;
	v->evq_tail = &v->evq;
	td_lock(td);
	ret = view_set_columns(v, td->cols, td->ncols);
	if (ret == 0)
		ret = view_set_sort(v, lpSSortOrderSet);
	if (ret == 0 && !v->dynamic && td->nrows != 0) {
		v->snap = alloc_malloc(td->nrows * sizeof(*v->snap));
		if (v->snap == NULL) {
			ret = -ENOMEM;
		} else {
			for (size_t i = 0; i < td->nrows; i++) {
				trow_ref(td->rows[i]);
				v->snap[i] = td->rows[i];
			}
			v->nsnap = td->nrows;
		}
	}
	if (ret == 0) {
		atomic_fetch_add(&td->refs, 1);
		v->next = td->views;
		if (v->next != NULL)
			v->next->prev = v;
		td->views = v;
	}
	td_unlock(td);
	if (ret < 0) {
		alloc_free(v->cols);
		alloc_free(v->colhint);
		alloc_free(v->outvals);
		alloc_free(v->sort);
		alloc_free(v->keys);
		alloc_free(v->exp);
		alloc_free(v);
		return MAPI_E_NOT_ENOUGH_MEMORY;
	}
	*lppMAPITable = &v->iface;
	return S_OK;
}

/*
 * trow_new()'s verdict as an HRESULT.  Its -ENOENT is a row without the
 * index column: an invalid parameter, as HrModifyRow documents, not the
 * missing object the map means by it.
 */
static HRESULT row_hr(int ret)
{
	return ret == -ENOENT ? MAPI_E_INVALID_PARAMETER : errmap_hr(ret);
}

/*
 * Inserts or replaces n new rows (taking them over) and updates the views.
 * Under the lock; *touched collects views to notify.  S_OK or
 * MAPI_E_NOT_ENOUGH_MEMORY with nothing changed (the rows are freed).
 */
static HRESULT td_modify(struct tdata *td, struct trow **rows, size_t n,
			 struct view **touched)
{
	bool detailed = n <= TBL_DETAILED_MAX;

	if (td_reserve(td, n) < 0 || td_reserve_cols(td, rows, n) < 0) {
		for (size_t i = 0; i < n; i++)
			trow_unref(rows[i]);
		return MAPI_E_NOT_ENOUGH_MEMORY;
	}
	if (detailed)
		td_prepare_views(td);
	for (size_t i = 0; i < n; i++) {
		struct trow *t = rows[i];
		struct trow *old = td_lookup(td, t->index, t->hash);

		if (old != NULL)
			td_replace(td, old, t);
		else
			td_insert_at(td, t, td->nrows);
		td_add_cols(td, t);
		if (detailed)
			td_apply_views(td, old, t, true);
		trow_unref(old);
	}
	if (!detailed)
		td_bulk_views(td);
	td_touch_views(td, touched);
	return S_OK;
}

/*
 * ITableData::HrModifyRow
 *
 * PARAMS
 *  lpSRow [I] the row, copied; it must hold the index column
 *
 * RETURNS
 *  S_OK, MAPI_E_INVALID_PARAMETER (no row, no index column, a value that
 *  cannot be stored), MAPI_E_NOT_ENOUGH_MEMORY.
 *
 * NOTES
 *  A row with the index value of an existing row replaces it in place;
 *  otherwise it is added at the end.  Tags new to the table become
 *  available columns (QueryColumns TBL_ALL_COLUMNS, later views).  Views
 *  where the row is visible get TABLE_ROW_ADDED or TABLE_ROW_MODIFIED
 *  (TABLE_ROW_DELETED when the change hides it), before this returns.
 */
static HRESULT STDMETHODCALLTYPE td_HrModifyRow(ITableData *iface,
						LPSRow lpSRow)
{
	struct tdata *td = tdata_of(iface);
	struct view *touched = NULL;
	struct trow *t;
	HRESULT hr;
	int ret;

	hr = td_enter(iface, "ITableData::HrModifyRow");
	if (hr != S_OK)
		return hr;
	if (lpSRow == NULL)
		return MAPI_E_INVALID_PARAMETER;
	ret = trow_new(lpSRow->lpProps, lpSRow->cValues, td->index_tag, &t);
	if (ret < 0)
		return row_hr(ret);
	td_lock(td);
	hr = td_modify(td, &t, 1, &touched);
	td_unlock(td);
	td_flush(td, touched);
	return hr;
}

/*
 * ITableData::HrModifyRows
 *
 * PARAMS
 *  ulFlags   [I] reserved, 0
 *  lpSRowSet [I] rows to insert or replace, as HrModifyRow does, in order
 *
 * RETURNS
 *  S_OK, MAPI_E_INVALID_PARAMETER (then no row is changed),
 *  MAPI_E_UNKNOWN_FLAGS, MAPI_E_NOT_ENOUGH_MEMORY (no row changed).
 *
 * NOTES
 *  Up to 8 rows are notified row by row; more make one TABLE_CHANGED.
 */
static HRESULT STDMETHODCALLTYPE td_HrModifyRows(ITableData *iface,
						 ULONG ulFlags,
						 LPSRowSet lpSRowSet)
{
	struct tdata *td = tdata_of(iface);
	struct view *touched = NULL;
	struct trow **rows;
	HRESULT hr = S_OK;
	ULONG i, n;
	int ret;

	hr = td_enter(iface, "ITableData::HrModifyRows");
	if (hr != S_OK)
		return hr;
	if (ulFlags != 0)
		return MAPI_E_UNKNOWN_FLAGS;
	if (lpSRowSet == NULL)
		return MAPI_E_INVALID_PARAMETER;
	n = lpSRowSet->cRows;
	if (n == 0)
		return S_OK;
	if (n > TBL_MAX_VIEW_ROWS)
		return MAPI_E_INVALID_PARAMETER;
	rows = alloc_malloc((size_t)n * sizeof(*rows));
	if (rows == NULL)
		return MAPI_E_NOT_ENOUGH_MEMORY;
	for (i = 0; i < n; i++) {
		ret = trow_new(lpSRowSet->aRow[i].lpProps,
			       lpSRowSet->aRow[i].cValues, td->index_tag,
			       &rows[i]);
		if (ret < 0) {
			hr = row_hr(ret);
			break;
		}
	}
	if (hr != S_OK) {
		while (i-- > 0)
			trow_unref(rows[i]);
		alloc_free(rows);
		return hr;
	}
	td_lock(td);
	hr = td_modify(td, rows, n, &touched);
	td_unlock(td);
	alloc_free(rows);
	td_flush(td, touched);
	return hr;
}

/* Checks an index value given by the caller.  S_OK or INVALID_PARAMETER. */
static HRESULT check_index(const struct tdata *td, const SPropValue *pv)
{
	size_t size;

	if (pv == NULL || pv->ulPropTag != td->index_tag ||
	    pv_data_size(pv, 0, &size) < 0)
		return MAPI_E_INVALID_PARAMETER;
	return S_OK;
}

/* Removes data row old (found by its index) and updates the views. */
static void td_delete(struct tdata *td, struct trow *old, bool detailed)
{
	td_remove(td, old);
	if (detailed)
		td_apply_views(td, old, NULL, true);
	trow_unref(old);
}

/*
 * ITableData::HrDeleteRow
 *
 * PARAMS
 *  lpSPropValue [I] the index column value of the row
 *
 * RETURNS
 *  S_OK, MAPI_E_NOT_FOUND, MAPI_E_INVALID_PARAMETER (NULL, or not the
 *  index column's tag).
 *
 * NOTES
 *  Views where the row was visible get TABLE_ROW_DELETED; snapshot views
 *  keep it.  The available columns do not shrink.
 */
static HRESULT STDMETHODCALLTYPE td_HrDeleteRow(ITableData *iface,
						LPSPropValue lpSPropValue)
{
	struct tdata *td = tdata_of(iface);
	struct view *touched = NULL;
	struct trow *old;
	HRESULT hr;

	hr = td_enter(iface, "ITableData::HrDeleteRow");
	if (hr != S_OK)
		return hr;
	hr = check_index(td, lpSPropValue);
	if (hr != S_OK)
		return hr;
	td_lock(td);
	old = td_lookup(td, lpSPropValue, index_hash(lpSPropValue));
	if (old == NULL) {
		hr = MAPI_E_NOT_FOUND;
	} else {
		td_prepare_views(td);
		td_delete(td, old, true);
		td_touch_views(td, &touched);
	}
	td_unlock(td);
	td_flush(td, touched);
	return hr;
}

/*
 * ITableData::HrDeleteRows
 *
 * PARAMS
 *  ulFlags          [I] 0 or TAD_ALL_ROWS (every row; dynamic views get
 *                       TABLE_RELOAD)
 *  lprowsetToDelete [I] rows identified by their index column; ignored
 *                       with TAD_ALL_ROWS
 *  cRowsDeleted     [O] optional: rows actually deleted
 *
 * RETURNS
 *  S_OK (rows not found are skipped), MAPI_E_INVALID_PARAMETER (no row
 *  set, or a row without a valid index value: then nothing is deleted),
 *  MAPI_E_UNKNOWN_FLAGS.
 *
 * NOTES
 *  Up to 8 rows are notified row by row; more make one TABLE_CHANGED.
 */
static HRESULT STDMETHODCALLTYPE td_HrDeleteRows(ITableData *iface,
						 ULONG ulFlags,
						 LPSRowSet lprowsetToDelete,
						 ULONG *cRowsDeleted)
{
	struct tdata *td = tdata_of(iface);
	struct view *touched = NULL;
	const SPropValue *key;
	struct trow *old;
	ULONG i, count = 0;
	bool detailed;
	HRESULT hr;

	hr = td_enter(iface, "ITableData::HrDeleteRows");
	if (hr != S_OK)
		return hr;
	if (ulFlags & ~TAD_ALL_ROWS)
		return MAPI_E_UNKNOWN_FLAGS;
	if (ulFlags & TAD_ALL_ROWS) {
		td_lock(td);
		count = (ULONG)td->nrows;
		for (size_t j = 0; j < td->nrows; j++)
			trow_unref(td->rows[j]);
		td->nrows = 0;
		memset(td->hash, 0, td->hash_size * sizeof(*td->hash));
		for (struct view *v = td->views; v != NULL; v = v->next) {
			if (!v->dynamic)
				continue;
			view_invalidate(v);
			view_summary(v, true);
		}
		td_touch_views(td, &touched);
		td_unlock(td);
		td_flush(td, touched);
		if (cRowsDeleted != NULL)
			*cRowsDeleted = count;
		return S_OK;
	}
	if (lprowsetToDelete == NULL)
		return MAPI_E_INVALID_PARAMETER;
	for (i = 0; i < lprowsetToDelete->cRows; i++) {
		const SRow *r = &lprowsetToDelete->aRow[i];

		if (r->cValues > TBL_MAX_PROPS ||
		    (r->cValues != 0 && r->lpProps == NULL))
			return MAPI_E_INVALID_PARAMETER;
		key = find_tag(r->lpProps, r->cValues, td->index_tag);
		if (check_index(td, key) != S_OK)
			return MAPI_E_INVALID_PARAMETER;
	}
	detailed = lprowsetToDelete->cRows <= TBL_DETAILED_MAX;
	td_lock(td);
	if (detailed)
		td_prepare_views(td);
	for (i = 0; i < lprowsetToDelete->cRows; i++) {
		const SRow *r = &lprowsetToDelete->aRow[i];

		key = find_tag(r->lpProps, r->cValues, td->index_tag);
		old = td_lookup(td, key, index_hash(key));
		if (old == NULL)
			continue;
		td_delete(td, old, detailed);
		count++;
	}
	if (!detailed && count != 0)
		td_bulk_views(td);
	td_touch_views(td, &touched);
	td_unlock(td);
	td_flush(td, touched);
	if (cRowsDeleted != NULL)
		*cRowsDeleted = count;
	return S_OK;
}

/*
 * ITableData::HrQueryRow
 *
 * PARAMS
 *  lpSPropValue [I] the index column value of the row
 *  lppSRow      [O] the row with all its values, in one buffer from the
 *                   table's allocator
 *  lpuliRow     [O] optional: the row's position in insertion order
 *
 * RETURNS
 *  S_OK, MAPI_E_NOT_FOUND, MAPI_E_INVALID_PARAMETER,
 *  MAPI_E_NOT_ENOUGH_MEMORY.
 */
static HRESULT STDMETHODCALLTYPE td_HrQueryRow(ITableData *iface,
					       LPSPropValue lpSPropValue,
					       LPSRow *lppSRow, ULONG *lpuliRow)
{
	struct tdata *td = tdata_of(iface);
	struct trow *t;
	HRESULT hr;

	hr = td_enter(iface, "ITableData::HrQueryRow");
	if (hr != S_OK)
		return hr;
	if (lppSRow == NULL)
		return MAPI_E_INVALID_PARAMETER;
	*lppSRow = NULL;
	hr = check_index(td, lpSPropValue);
	if (hr != S_OK)
		return hr;
	td_lock(td);
	t = td_lookup(td, lpSPropValue, index_hash(lpSPropValue));
	if (t == NULL) {
		hr = MAPI_E_NOT_FOUND;
	} else {
		hr = td_copy_srow(td, t, lppSRow);
		if (hr == S_OK && lpuliRow != NULL)
			*lpuliRow = (ULONG)t->pos;
	}
	td_unlock(td);
	return hr;
}

/*
 * ITableData::HrEnumRow
 *
 * PARAMS
 *  ulRowNumber [I] position in insertion order, 0 first
 *  lppSRow     [O] the row as HrQueryRow returns it; NULL past the end
 *
 * RETURNS
 *  S_OK (also past the end), MAPI_E_INVALID_PARAMETER,
 *  MAPI_E_NOT_ENOUGH_MEMORY.
 */
static HRESULT STDMETHODCALLTYPE td_HrEnumRow(ITableData *iface,
					      ULONG ulRowNumber,
					      LPSRow *lppSRow)
{
	struct tdata *td = tdata_of(iface);
	HRESULT hr;

	hr = td_enter(iface, "ITableData::HrEnumRow");
	if (hr != S_OK)
		return hr;
	if (lppSRow == NULL)
		return MAPI_E_INVALID_PARAMETER;
	*lppSRow = NULL;
	td_lock(td);
	if (ulRowNumber < td->nrows)
		hr = td_copy_srow(td, td->rows[ulRowNumber], lppSRow);
	td_unlock(td);
	return hr;
}

/*
 * ITableData::HrNotify
 *
 * PARAMS
 *  ulFlags      [I] reserved, 0
 *  cValues      [I] values in lpSPropValue
 *  lpSPropValue [I] values of the row; its index column picks the row
 *
 * RETURNS
 *  S_OK, MAPI_E_NOT_FOUND (no such row), MAPI_E_INVALID_PARAMETER (no
 *  index column), MAPI_E_UNKNOWN_FLAGS.
 *
 * NOTES
 *  Sends TABLE_ROW_MODIFIED with the row as stored to every view where it
 *  is visible, whether or not it changed.
 */
static HRESULT STDMETHODCALLTYPE td_HrNotify(ITableData *iface, ULONG ulFlags,
					     ULONG cValues,
					     LPSPropValue lpSPropValue)
{
	struct tdata *td = tdata_of(iface);
	struct view *touched = NULL;
	const SPropValue *key;
	struct trow *t;
	HRESULT hr;

	hr = td_enter(iface, "ITableData::HrNotify");
	if (hr != S_OK)
		return hr;
	if (ulFlags != 0)
		return MAPI_E_UNKNOWN_FLAGS;
	if (cValues > TBL_MAX_PROPS || (cValues != 0 && lpSPropValue == NULL))
		return MAPI_E_INVALID_PARAMETER;
	key = find_tag(lpSPropValue, cValues, td->index_tag);
	hr = check_index(td, key);
	if (hr != S_OK)
		return hr;
	td_lock(td);
	t = td_lookup(td, key, index_hash(key));
	if (t == NULL) {
		hr = MAPI_E_NOT_FOUND;
	} else {
		td_prepare_views(td);
		td_apply_views(td, t, t, true);
		td_touch_views(td, &touched);
	}
	td_unlock(td);
	td_flush(td, touched);
	return hr;
}

/*
 * ITableData::HrInsertRow
 *
 * PARAMS
 *  uliRow [I] position the row gets in insertion order: after the first
 *             uliRow rows (0 first, the row count appends)
 *  lpSRow [I] the row, copied; it must hold the index column
 *
 * RETURNS
 *  S_OK, MAPI_E_INVALID_PARAMETER (index value already present, no index
 *  column, uliRow past the row count), MAPI_E_NOT_ENOUGH_MEMORY.
 */
static HRESULT STDMETHODCALLTYPE td_HrInsertRow(ITableData *iface, ULONG uliRow,
						LPSRow lpSRow)
{
	struct tdata *td = tdata_of(iface);
	struct view *touched = NULL;
	struct trow *t;
	HRESULT hr = S_OK;
	int ret;

	hr = td_enter(iface, "ITableData::HrInsertRow");
	if (hr != S_OK)
		return hr;
	if (lpSRow == NULL)
		return MAPI_E_INVALID_PARAMETER;
	ret = trow_new(lpSRow->lpProps, lpSRow->cValues, td->index_tag, &t);
	if (ret < 0)
		return row_hr(ret);
	td_lock(td);
	if (uliRow > td->nrows || td_lookup(td, t->index, t->hash) != NULL)
		hr = MAPI_E_INVALID_PARAMETER;
	else if (td_reserve(td, 1) < 0 || td_reserve_cols(td, &t, 1) < 0)
		hr = MAPI_E_NOT_ENOUGH_MEMORY;
	if (hr != S_OK) {
		td_unlock(td);
		trow_unref(t);
		return hr;
	}
	td_prepare_views(td);
	td_insert_at(td, t, uliRow);
	td_add_cols(td, t);
	td_apply_views(td, NULL, t, true);
	td_touch_views(td, &touched);
	td_unlock(td);
	td_flush(td, touched);
	return S_OK;
}

static const ITableDataVtbl td_vtbl = {
    td_QueryInterface, td_AddRef,      td_Release,      td_HrGetView,
    td_HrModifyRow,    td_HrDeleteRow, td_HrQueryRow,   td_HrEnumRow,
    td_HrNotify,       td_HrInsertRow, td_HrModifyRows, td_HrDeleteRows,
};

/*
 * CreateTable
 *
 * PARAMS
 *  lpInterface           [I] NULL or &IID_IMAPITableData
 *  lpAllocateBuffer      [I] allocator for what the table returns (rows,
 *                            column sets, sort orders); NULL for
 *                            MAPIAllocateBuffer
 *  lpAllocateMore        [I] kept for the caller's set; NULL for
 *                            MAPIAllocateMore
 *  lpFreeBuffer          [I] frees what lpAllocateBuffer gave; NULL for
 *                            MAPIFreeBuffer
 *  lpvReserved           [I] must be NULL
 *  ulTableType           [I] TBLTYPE_SNAPSHOT, TBLTYPE_KEYSET or
 *                            TBLTYPE_DYNAMIC, as the views report it
 *  ulPropTagIndexColumn  [I] tag of the column that identifies rows: a
 *                            single-valued type
 *  lpSPropTagArrayColumns [I] the table's initial columns
 *  lppTableData          [O] the new table data object
 *
 * RETURNS
 *  S_OK, MAPI_E_INVALID_PARAMETER, MAPI_E_INTERFACE_NOT_SUPPORTED,
 *  MAPI_E_NOT_ENOUGH_MEMORY.
 *
 * NOTES
 *  The object is safe to use from several threads.  It and its views
 *  belong to the calling thread's security context.  Table notifications
 *  go through the notification engine of that context's MAPI instance;
 *  when there is none they are delivered on the thread that changed the
 *  data (see IMAPITable::Advise).
 */
STDAPI_(SCODE)
CreateTable(LPCIID lpInterface, ALLOCATEBUFFER FAR *lpAllocateBuffer,
	    ALLOCATEMORE FAR *lpAllocateMore, FREEBUFFER FAR *lpFreeBuffer,
	    LPVOID lpvReserved, ULONG ulTableType, ULONG ulPropTagIndexColumn,
	    LPSPropTagArray lpSPropTagArrayColumns,
	    LPTABLEDATA FAR *lppTableData)
{
	struct tdata *td;
	ULONG ncols;

	if (lppTableData == NULL)
		return MAPI_E_INVALID_PARAMETER;
	*lppTableData = NULL;
	if (lpInterface != NULL &&
	    !IsEqualIID(lpInterface, &IID_IMAPITableData))
		return MAPI_E_INTERFACE_NOT_SUPPORTED;
	if (lpvReserved != NULL || ulTableType > TBLTYPE_DYNAMIC ||
	    !index_type_ok(PROP_TYPE(ulPropTagIndexColumn)) ||
	    lpSPropTagArrayColumns == NULL ||
	    lpSPropTagArrayColumns->cValues > TBL_MAX_PROPS)
		return MAPI_E_INVALID_PARAMETER;
	ncols = lpSPropTagArrayColumns->cValues;
	td = alloc_calloc(1, sizeof(*td));
	if (td == NULL)
		return MAPI_E_NOT_ENOUGH_MEMORY;
	td->cols_cap = ncols < 16 ? 16 : ncols;
	td->cols = alloc_malloc(td->cols_cap * sizeof(*td->cols));
	td->hash_size = 64;
	td->hash = alloc_calloc(td->hash_size, sizeof(*td->hash));
	if (td->cols == NULL || td->hash == NULL ||
	    pthread_mutex_init(&td->lock, NULL) != 0) {
		alloc_free(td->cols);
		alloc_free(td->hash);
		alloc_free(td);
		return MAPI_E_NOT_ENOUGH_MEMORY;
	}
	if (ncols != 0)
		memcpy(td->cols, lpSPropTagArrayColumns->aulPropTag,
		       ncols * sizeof(ULONG));
	td->ncols = ncols;
	td->iface.lpVtbl = &td_vtbl;
	/* The calling thread's context owns it; cannot fail here. */
	objhdr_init(&td->hdr, TDATA_MAGIC);
	atomic_init(&td->refs, 1);
	td->alloc_buf =
	    lpAllocateBuffer != NULL ? lpAllocateBuffer : MAPIAllocateBuffer;
	td->alloc_more =
	    lpAllocateMore != NULL ? lpAllocateMore : MAPIAllocateMore;
	td->free_buf = lpFreeBuffer != NULL ? lpFreeBuffer : MAPIFreeBuffer;
	td->type = ulTableType;
	td->index_tag = ulPropTagIndexColumn;
	td->next_serial = 1;
	*lppTableData = &td->iface;
	return S_OK;
}
