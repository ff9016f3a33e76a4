/*
 * engine.c - the generic layer of the mailbox engine (engine.h): mailbox
 * provisioning, folders, messages as edit transactions, bulk operations,
 * named properties, ACL decisions and the audit log, computed properties,
 * entry IDs and change notifications.  Storage goes through the backend
 * table (engine_backend.h); nothing here knows SQL.
 *
 * Identifiers come from one counter per mailbox (meta "globcnt"): folder
 * and message IDs and change numbers alike, so a change number is also a
 * GLOBCNT and PR_CHANGE_KEY is the database GUID followed by it.
 *
 * Events are queued while an operation runs and delivered after its
 * transaction committed (dropped when it rolled back), so a subscriber
 * never hears of a change that did not happen.
 */
#include "engine_int.h"

#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>
#include <time.h>

#include <mapix.h>
#include <mapiutil.h>
#include <sodium.h>

#include "alloc.h"
#include "eid.h"
#include "ustring.h"

#ifndef PR_INSTANCE_NUM
#define PR_INSTANCE_NUM PROP_TAG(PT_LONG, 0x674E)
#endif
#define PR_MID_TAG     PROP_TAG(PT_I8, 0x674A)
#define PR_IMPORTANCE_ PROP_TAG(PT_LONG, 0x0017)
#define PR_COMMENT_W_  PROP_TAG(PT_UNICODE, 0x3004)
#define PR_RIGHTS_     PROP_TAG(PT_LONG, 0x6639)

/* Rights of the owner and of an admin bypass. */
#define ENGINE_RIGHTS_ALL                                                      \
	((ULONG)(rightsAll | frightsContact | frightsFreeBusySimple |          \
		 frightsFreeBusyDetailed))
/* Unix epoch in FILETIME. */
#define FILETIME_UNIX_EPOCH 116444736000000000LL

static const char *const special_names[ENGINE_FOLDER_SPECIAL_COUNT] = {
    "",           "IPM_SUBTREE",   "Inbox",  "Outbox",
    "Sent Items", "Deleted Items", "Drafts", "Finder",
    "Views",      "Common Views"};

HRESULT engine_hresult(int ret)
{
	if (ret >= 0)
		return ret == 1 ? MAPI_W_ERRORS_RETURNED : S_OK;
	switch (-ret) {
	case ENOENT:
		return MAPI_E_NOT_FOUND;
	case EIDRM:
		return MAPI_E_OBJECT_DELETED;
	case EACCES:
	case EPERM:
	case EROFS:
		return MAPI_E_NO_ACCESS;
	case ESTALE:
		return MAPI_E_OBJECT_CHANGED;
	case EDQUOT:
		return MAPI_E_STORE_FULL;
	case EBADMSG:
		return MAPI_E_CORRUPT_DATA;
	case EPROTO:
		return MAPI_E_VERSION;
	case EINVAL:
		return MAPI_E_INVALID_PARAMETER;
	case EEXIST:
		return MAPI_E_COLLISION;
	case ENOTEMPTY:
		return MAPI_E_HAS_FOLDERS;
	case EBUSY:
		return MAPI_E_HAS_MESSAGES;
	case ELOOP:
		return MAPI_E_FOLDER_CYCLE;
	case E2BIG:
		return MAPI_E_TOO_COMPLEX;
	case ENOTSUP:
		return MAPI_E_NO_SUPPORT;
	case ENOMEM:
		return MAPI_E_NOT_ENOUGH_MEMORY;
	case EBADF:
		return MAPI_E_INVALID_ENTRYID;
	case ENOSPC:
		return MAPI_E_NOT_ENOUGH_DISK;
	case EIO:
		return MAPI_E_DISK_ERROR;
	default:
		return MAPI_E_CALL_FAILED;
	}
}

int engine_fail(struct engine_mailbox *mb, int ret, const char *msg)
{
	if (mb != NULL && ret < 0)
		mb->last_error = msg ? msg : strerror(-ret);
	return ret;
}

const char *engine_last_error(const struct engine_mailbox *mb)
{
	return mb && mb->last_error ? mb->last_error : "no error";
}

int64_t engine_now(void)
{
	struct timespec ts;

	clock_gettime(CLOCK_REALTIME, &ts);
	return FILETIME_UNIX_EPOCH + (int64_t)ts.tv_sec * 10000000 +
	       ts.tv_nsec / 100;
}

/* ---------------------------------------------------------------------------
 * Property collections
 */

void pcoll_free(struct pcoll *c)
{
	ULONG i;

	for (i = 0; i < c->nscratch; i++)
		alloc_free(c->scratch[i]);
	alloc_free(c->scratch);
	alloc_free(c->v);
	memset(c, 0, sizeof(*c));
}

void pcoll_add(struct pcoll *c, const SPropValue *pv)
{
	if (c->failed)
		return;
	if (c->n == c->cap) {
		ULONG cap = c->cap ? c->cap * 2 : 32;
		SPropValue *nv = alloc_realloc(c->v, cap * sizeof(*nv));

		if (nv == NULL) {
			c->failed = true;
			return;
		}
		c->v = nv;
		c->cap = cap;
	}
	c->v[c->n++] = *pv;
}

/* Keeps p until the collection is freed; NULL marks failure. */
static void *keep(struct pcoll *c, void *p)
{
	if (p == NULL) {
		c->failed = true;
		return NULL;
	}
	if (c->nscratch == c->capscratch) {
		ULONG cap = c->capscratch ? c->capscratch * 2 : 16;
		void **ns = alloc_realloc(c->scratch, cap * sizeof(*ns));

		if (ns == NULL) {
			alloc_free(p);
			c->failed = true;
			return NULL;
		}
		c->scratch = ns;
		c->capscratch = cap;
	}
	c->scratch[c->nscratch++] = p;
	return p;
}

void pcoll_long(struct pcoll *c, ULONG tag, LONG v)
{
	SPropValue pv = {.ulPropTag = tag};

	pv.Value.l = v;
	pcoll_add(c, &pv);
}

void pcoll_bool(struct pcoll *c, ULONG tag, bool v)
{
	SPropValue pv = {.ulPropTag = tag};

	pv.Value.b = v ? 1 : 0;
	pcoll_add(c, &pv);
}

void pcoll_i8(struct pcoll *c, ULONG tag, int64_t v)
{
	SPropValue pv = {.ulPropTag = tag};

	pv.Value.li.QuadPart = v;
	pcoll_add(c, &pv);
}

void pcoll_time(struct pcoll *c, ULONG tag, int64_t ft)
{
	SPropValue pv = {.ulPropTag = tag};

	pv.Value.ft.dwLowDateTime = (ULONG)(uint64_t)ft;
	pv.Value.ft.dwHighDateTime = (ULONG)((uint64_t)ft >> 32);
	pcoll_add(c, &pv);
}

void pcoll_bin(struct pcoll *c, ULONG tag, const void *p, size_t n)
{
	SPropValue pv = {.ulPropTag = tag};
	void *copy = keep(c, alloc_memdup(p, n ? n : 1));

	if (copy == NULL)
		return;
	pv.Value.bin.cb = (ULONG)n;
	pv.Value.bin.lpb = copy;
	pcoll_add(c, &pv);
}

void pcoll_str(struct pcoll *c, ULONG tag, const char *utf8)
{
	SPropValue pv = {.ulPropTag = PROP_TAG(PT_UNICODE, PROP_ID(tag))};
	WCHAR *w = keep(c, ustr_from_utf8(utf8 ? utf8 : ""));

	if (w == NULL)
		return;
	pv.Value.lpszW = w;
	pcoll_add(c, &pv);
}

int pcoll_finish(struct pcoll *c, enum pblob_alloc how, ULONG *count_r,
		 SPropValue **props_r)
{
	struct pbuf b = {0};
	int ret;

	if (c->failed)
		return -ENOMEM;
	ret = pblob_write(&b, c->n, c->v);
	if (ret == 0)
		ret = pblob_parse(b.data, b.len, how, count_r, props_r);
	pbuf_free(&b);
	return ret == -EBADMSG ? -EINVAL : ret;
}

/* A PT_UNICODE (or MV) value converted for a PT_STRING8 (MV) tag. */
static void convert_to_8(struct pcoll *c, const SPropValue *src, ULONG tag)
{
	SPropValue pv = {.ulPropTag = tag};
	ULONG i, n;

	if (!(PROP_TYPE(tag) & MV_FLAG)) {
		pv.Value.lpszA = keep(c, ustr_to_utf8(src->Value.lpszW));
		if (pv.Value.lpszA)
			pcoll_add(c, &pv);
		return;
	}
	n = src->Value.MVszW.cValues;
	pv.Value.MVszA.cValues = n;
	pv.Value.MVszA.lppszA = keep(c, alloc_calloc(n ? n : 1, sizeof(LPSTR)));
	if (pv.Value.MVszA.lppszA == NULL)
		return;
	for (i = 0; i < n; i++) {
		pv.Value.MVszA.lppszA[i] =
		    keep(c, ustr_to_utf8(src->Value.MVszW.lppszW[i]));
		if (pv.Value.MVszA.lppszA[i] == NULL)
			return;
	}
	pcoll_add(c, &pv);
}

static const SPropValue *find_id(const SPropValue *all, ULONG n, ULONG id)
{
	ULONG i;

	for (i = 0; i < n; i++)
		if (PROP_ID(all[i].ulPropTag) == id &&
		    PROP_TYPE(all[i].ulPropTag) != PT_ERROR)
			return &all[i];
	return NULL;
}

int pcoll_project(struct pcoll *c, const SPropValue *all, ULONG n,
		  const SPropTagArray *tags)
{
	int missing = 0;
	ULONG i;

	for (i = 0; i < tags->cValues; i++) {
		ULONG tag = tags->aulPropTag[i], type = PROP_TYPE(tag);
		const SPropValue *v = find_id(all, n, PROP_ID(tag));
		ULONG have = v ? PROP_TYPE(v->ulPropTag) : 0;

		if (v != NULL && (type == PT_UNSPECIFIED || type == have)) {
			pcoll_add(c, v);
		} else if (v != NULL && type == PT_STRING8 &&
			   have == PT_UNICODE) {
			convert_to_8(c, v, tag);
		} else if (v != NULL && type == PT_MV_STRING8 &&
			   have == PT_MV_UNICODE) {
			convert_to_8(c, v, tag);
		} else {
			SPropValue e = {.ulPropTag =
					    PROP_TAG(PT_ERROR, PROP_ID(tag))};

			/* A value that exists but is reported as an error. */
			e.Value.err = MAPI_E_NOT_FOUND;
			for (ULONG k = 0; k < n && v == NULL; k++)
				if (all[k].ulPropTag == e.ulPropTag)
					e.Value.err = all[k].Value.err;
			pcoll_add(c, &e);
			missing++;
		}
	}
	return c->failed ? -ENOMEM : missing;
}

/* Normalises a value for storage: 8-bit strings become Unicode. */
static int normalise(const SPropValue *in, SPropValue *out, void **scratch_r,
		     ULONG nscratch_max, ULONG *nscratch)
{
	ULONG type = PROP_TYPE(in->ulPropTag), i, n;

	*out = *in;
	if (type == PT_STRING8) {
		if (in->Value.lpszA == NULL)
			return -EINVAL;
		out->ulPropTag = CHANGE_PROP_TYPE(in->ulPropTag, PT_UNICODE);
		out->Value.lpszW = ustr_from_utf8(in->Value.lpszA);
		if (out->Value.lpszW == NULL)
			return -ENOMEM;
		scratch_r[(*nscratch)++] = out->Value.lpszW;
		return 0;
	}
	if (type != PT_MV_STRING8)
		return 0;
	n = in->Value.MVszA.cValues;
	if (n != 0 && in->Value.MVszA.lppszA == NULL)
		return -EINVAL;
	if (*nscratch + n + 1 > nscratch_max)
		return -E2BIG;
	out->ulPropTag = CHANGE_PROP_TYPE(in->ulPropTag, PT_MV_UNICODE);
	out->Value.MVszW.lppszW = alloc_calloc(n ? n : 1, sizeof(LPWSTR));
	if (out->Value.MVszW.lppszW == NULL)
		return -ENOMEM;
	scratch_r[(*nscratch)++] = out->Value.MVszW.lppszW;
	for (i = 0; i < n; i++) {
		if (in->Value.MVszA.lppszA[i] == NULL)
			return -EINVAL;
		out->Value.MVszW.lppszW[i] =
		    ustr_from_utf8(in->Value.MVszA.lppszA[i]);
		if (out->Value.MVszW.lppszW[i] == NULL)
			return -ENOMEM;
		scratch_r[(*nscratch)++] = out->Value.MVszW.lppszW[i];
	}
	return 0;
}

/* pbag_set of a normalised copy of pv. */
static int bag_set_norm(struct pbag *bag, const SPropValue *pv)
{
	void *scratch[PBLOB_MAX_MV > 4096 ? 4096 : PBLOB_MAX_MV];
	ULONG ns = 0, i;
	SPropValue norm;
	int ret;

	ret = normalise(pv, &norm, scratch, 4096, &ns);
	if (ret == 0)
		ret = pbag_set(bag, &norm);
	for (i = 0; i < ns; i++)
		alloc_free(scratch[i]);
	return ret;
}

/* ---------------------------------------------------------------------------
 * Transactions, counters, events
 */

static int tx_begin(struct engine_mailbox *mb, bool write)
{
	const char *err = NULL;
	int ret;

	ret = ebk_begin(mb, write, &err);
	if (ret < 0)
		return engine_fail(mb, ret, err);
	mb->in_tx = true;
	return 0;
}

static void flush_audits(struct engine_mailbox *mb);

static void tx_rollback(struct engine_mailbox *mb)
{
	ebk_rollback(mb);
	mb->in_tx = false;
	mb->npending = 0;
	flush_audits(mb);
}

static void deliver_events(struct engine_mailbox *mb);

static int tx_commit(struct engine_mailbox *mb)
{
	const char *err = NULL;
	int ret;

	ret = ebk_commit(mb, &err);
	mb->in_tx = false;
	flush_audits(mb);
	if (ret < 0) {
		mb->npending = 0;
		return engine_fail(mb, ret, err);
	}
	deliver_events(mb);
	return 0;
}

/* Ends a transaction: commit when ret == 0, else roll back. */
static int tx_end(struct engine_mailbox *mb, int ret)
{
	if (ret < 0) {
		tx_rollback(mb);
		return ret;
	}
	return tx_commit(mb);
}

static int meta_u64(struct engine_mailbox *mb, const char *key, uint64_t *v_r)
{
	uint8_t b[8];
	size_t len = 0;
	int ret, i;

	ret = ebk_meta_get(mb, key, b, sizeof(b), &len);
	if (ret < 0)
		return ret;
	if (len != 8)
		return -EBADMSG;
	*v_r = 0;
	for (i = 7; i >= 0; i--)
		*v_r = (*v_r << 8) | b[i];
	return 0;
}

static int meta_set_u64(struct engine_mailbox *mb, const char *key, uint64_t v)
{
	uint8_t b[8];
	int i;

	for (i = 0; i < 8; i++)
		b[i] = (uint8_t)(v >> (8 * i));
	return ebk_meta_set(mb, key, b, 8);
}

/* Takes n identifiers from the counter; inside a write transaction. */
static int alloc_ids(struct engine_mailbox *mb, uint64_t n, uint64_t *first_r)
{
	uint64_t next;
	int ret;

	ret = meta_u64(mb, "globcnt", &next);
	if (ret < 0)
		return ret;
	if (next == 0 || next + n > EID_GLOBCNT_MAX)
		return -ENOSPC;
	ret = meta_set_u64(mb, "globcnt", next + n);
	if (ret == 0)
		*first_r = next;
	return ret;
}

static void queue_event(struct engine_mailbox *mb,
			const struct engine_event *ev)
{
	if (mb->nsubs == 0)
		return;
	if (mb->npending == mb->cappending) {
		size_t cap = mb->cappending ? mb->cappending * 2 : 16;
		struct engine_event *np =
		    alloc_realloc(mb->pending, cap * sizeof(*np));

		if (np == NULL)
			return; /* events are best effort under no memory */
		mb->pending = np;
		mb->cappending = cap;
	}
	mb->pending[mb->npending++] = *ev;
}

static void event(struct engine_mailbox *mb, enum engine_event_type type,
		  ULONG otype, engine_id_t fid, engine_id_t mid,
		  enum engine_table_kind table)
{
	struct engine_event ev = {.type = type,
				  .object_type = otype,
				  .fid = fid,
				  .mid = mid,
				  .table = table};

	queue_event(mb, &ev);
}

static void deliver_events(struct engine_mailbox *mb)
{
	struct engine_event *evs = mb->pending;
	size_t n = mb->npending, i, j;

	if (n == 0)
		return;
	/* Callbacks may run operations that queue events of their own. */
	mb->pending = NULL;
	mb->npending = mb->cappending = 0;
	for (i = 0; i < n; i++) {
		for (j = 0; j < mb->nsubs; j++) {
			struct engine_sub s = mb->subs[j];

			if (!(s.mask & evs[i].type))
				continue;
			if (s.fid != 0 && s.fid != evs[i].fid &&
			    s.fid != evs[i].old_fid)
				continue;
			s.fn(s.ctx, &evs[i]);
		}
	}
	alloc_free(evs);
}

int engine_subscribe(struct engine_mailbox *mb, unsigned int mask,
		     engine_id_t fid, engine_event_fn *fn, void *ctx,
		     unsigned long *conn_r)
{
	if (mb == NULL || fn == NULL || conn_r == NULL || mask == 0 ||
	    (mask & ~(unsigned int)ENGINE_EV_ALL))
		return -EINVAL;
	if (mb->nsubs == mb->capsubs) {
		size_t cap = mb->capsubs ? mb->capsubs * 2 : 8;
		struct engine_sub *ns =
		    alloc_realloc(mb->subs, cap * sizeof(*ns));

		if (ns == NULL)
			return -ENOMEM;
		mb->subs = ns;
		mb->capsubs = cap;
	}
	mb->subs[mb->nsubs] = (struct engine_sub){.conn = ++mb->next_conn,
						  .mask = mask,
						  .fid = fid,
						  .fn = fn,
						  .ctx = ctx};
	*conn_r = mb->subs[mb->nsubs++].conn;
	return 0;
}

int engine_unsubscribe(struct engine_mailbox *mb, unsigned long conn)
{
	size_t i;

	if (mb == NULL)
		return -EINVAL;
	for (i = 0; i < mb->nsubs; i++) {
		if (mb->subs[i].conn == conn) {
			memmove(&mb->subs[i], &mb->subs[i + 1],
				(mb->nsubs - i - 1) * sizeof(*mb->subs));
			mb->nsubs--;
			return 0;
		}
	}
	return -ENOENT;
}

/* ---------------------------------------------------------------------------
 * Access control
 */

static bool is_owner(const struct engine_mailbox *mb,
		     const struct engine_actor *actor)
{
	return actor->principal != NULL && mb->owner != NULL &&
	       strcasecmp(actor->principal, mb->owner) == 0;
}

static void audits_free(struct engine_mailbox *mb)
{
	size_t i;

	for (i = 0; i < mb->naudits; i++)
		alloc_free(mb->audits[i].principal);
	mb->naudits = 0;
}

/*
 * Writes the queued audit rows in a transaction of their own: a bypass is
 * recorded whether the operation that used it succeeded or not, and also
 * when it only read.  A failure to write them is reported as the
 * mailbox's last error (the operation's own result stands).
 */
static void flush_audits(struct engine_mailbox *mb)
{
	const char *err = NULL;
	size_t i;
	int ret;

	if (mb->naudits == 0)
		return;
	ret = ebk_begin(mb, true, &err);
	for (i = 0; i < mb->naudits && ret == 0; i++)
		ret = ebk_audit_add(
		    mb, (int64_t)time(NULL), mb->audits[i].principal,
		    mb->audits[i].operation, mb->audits[i].object);
	if (ret == 0)
		ret = ebk_commit(mb, &err);
	else
		ebk_rollback(mb);
	if (ret < 0)
		engine_fail(mb, ret, "cannot write the audit log");
	audits_free(mb);
}

static int audit(struct engine_mailbox *mb, const struct engine_actor *actor,
		 const char *op, engine_id_t object)
{
	struct engine_audit_pending *a;

	if (mb->naudits == mb->capaudits) {
		size_t cap = mb->capaudits ? mb->capaudits * 2 : 4;

		a = alloc_realloc(mb->audits, cap * sizeof(*a));
		if (a == NULL)
			return -ENOMEM;
		mb->audits = a;
		mb->capaudits = cap;
	}
	a = &mb->audits[mb->naudits];
	a->principal = alloc_strdup(actor->principal ? actor->principal : "");
	if (a->principal == NULL)
		return -ENOMEM;
	a->operation = op;
	a->object = object;
	mb->naudits++;
	if (!mb->in_tx)
		flush_audits(mb);
	return 0;
}

int engine_rights_of(struct engine_mailbox *mb,
		     const struct engine_actor *actor, engine_id_t fid,
		     const char *op, ULONG *rights_r)
{
	ULONG r = 0;
	int ret;

	if (actor == NULL)
		return -EINVAL;
	if (is_owner(mb, actor)) {
		*rights_r = ENGINE_RIGHTS_ALL;
		return 0;
	}
	if (actor->flags & ENGINE_ACTOR_ADMIN_BYPASS) {
		*rights_r = ENGINE_RIGHTS_ALL;
		return op ? audit(mb, actor, op, fid) : 0;
	}
	if (actor->principal == NULL) {
		ret = ebk_acl_get(mb, fid, "Anonymous", &r);
	} else {
		ret = ebk_acl_get(mb, fid, actor->principal, &r);
		if (ret == -ENOENT)
			ret = ebk_acl_get(mb, fid, "", &r);
	}
	if (ret == -ENOENT) {
		r = 0;
		ret = 0;
	}
	*rights_r = r;
	return ret;
}

/* Fails with -EACCES unless the actor has all of need on fid. */
static int require(struct engine_mailbox *mb, const struct engine_actor *actor,
		   engine_id_t fid, ULONG need, const char *op)
{
	ULONG r = 0;
	int ret = engine_rights_of(mb, actor, fid, op, &r);

	if (ret < 0)
		return ret;
	if ((r & need) != need)
		return engine_fail(mb, -EACCES,
				   "the actor lacks the rights for this "
				   "operation on the folder");
	return 0;
}

int engine_rights(struct engine_mailbox *mb, const struct engine_actor *actor,
		  engine_id_t fid, ULONG *rights_r)
{
	if (mb == NULL || rights_r == NULL)
		return -EINVAL;
	return engine_rights_of(mb, actor, fid, "GetRights", rights_r);
}

/* ---------------------------------------------------------------------------
 * Entry IDs
 */

void engine_folder_entryid(const struct engine_mailbox *mb, engine_id_t fid,
			   uint8_t out[ENGINE_FOLDER_EID_SIZE])
{
	eid_folder(&mb->db_guid, fid, out);
}

void engine_message_entryid(const struct engine_mailbox *mb, engine_id_t fid,
			    engine_id_t mid,
			    uint8_t out[ENGINE_MESSAGE_EID_SIZE])
{
	eid_message(&mb->db_guid, fid, mid, out);
}

int engine_entryid_parse(const struct engine_mailbox *mb, const void *eid,
			 size_t len, ULONG *type_r, engine_id_t *fid_r,
			 engine_id_t *mid_r)
{
	unsigned int type;
	GUID db;
	uint64_t fid, mid;
	int ret;

	if (mb == NULL || type_r == NULL || fid_r == NULL || mid_r == NULL)
		return -EINVAL;
	ret = eid_parse(eid, len, &type, &db, &fid, &mid);
	if (ret < 0)
		return ret;
	if (memcmp(&db, &mb->db_guid, sizeof(db)) != 0)
		return -EBADF;
	*type_r = type == EID_TYPE_PRIVATE_FOLDER ? MAPI_FOLDER : MAPI_MESSAGE;
	*fid_r = fid;
	*mid_r = mid;
	return 0;
}

static void add_store_ids(struct engine_mailbox *mb, struct pcoll *c)
{
	uint8_t seid[EID_STORE_MAX];
	size_t n = eid_store(&mb->mailbox_guid, NULL, seid);

	pcoll_bin(c, PR_STORE_ENTRYID, seid, n);
	pcoll_bin(c, PR_STORE_RECORD_KEY, &mb->mailbox_guid, 16);
}

/* PR_SOURCE_KEY, PR_CHANGE_KEY, PR_PREDECESSOR_CHANGE_LIST, PR_CHANGE_NUM */
static void add_change_ids(struct engine_mailbox *mb, struct pcoll *c,
			   engine_id_t id, uint64_t cn)
{
	uint8_t key[EID_SOURCE_KEY_SIZE], pcl[EID_SOURCE_KEY_SIZE + 1];

	eid_source_key(&mb->db_guid, id, key);
	pcoll_bin(c, PR_SOURCE_KEY, key, sizeof(key));
	eid_source_key(&mb->db_guid, cn, key);
	pcoll_bin(c, PR_CHANGE_KEY, key, sizeof(key));
	/* A PCL of one SizedXid: its size, then the XID. */
	pcl[0] = EID_SOURCE_KEY_SIZE;
	memcpy(pcl + 1, key, sizeof(key));
	pcoll_bin(c, PR_PREDECESSOR_CHANGE_LIST, pcl, sizeof(pcl));
	pcoll_i8(c, PR_CHANGE_NUM, (int64_t)cn);
}

/* ---------------------------------------------------------------------------
 * Row properties (shared with the tables)
 */

static ULONG access_of(ULONG rights, bool folder)
{
	ULONG a = 0;

	if (folder) {
		if (rights & frightsVisible)
			a |= MAPI_ACCESS_READ;
		if (rights & frightsOwner)
			a |= MAPI_ACCESS_MODIFY | MAPI_ACCESS_DELETE;
		if (rights & frightsCreateSubfolder)
			a |= MAPI_ACCESS_CREATE_HIERARCHY;
		if (rights & frightsCreate)
			a |= MAPI_ACCESS_CREATE_CONTENTS |
			     MAPI_ACCESS_CREATE_ASSOCIATED;
		return a;
	}
	if (rights & frightsReadAny)
		a |= MAPI_ACCESS_READ;
	if (rights & (frightsEditAny | frightsEditOwned))
		a |= MAPI_ACCESS_MODIFY;
	if (rights & (frightsDeleteAny | frightsDeleteOwned))
		a |= MAPI_ACCESS_DELETE;
	return a;
}

static bool msg_computed(ULONG id)
{
	switch (id) {
	case PROP_ID(PR_ENTRYID):
	case PROP_ID(PR_PARENT_ENTRYID):
	case PROP_ID(PR_STORE_ENTRYID):
	case PROP_ID(PR_STORE_RECORD_KEY):
	case PROP_ID(PR_RECORD_KEY):
	case PROP_ID(PR_INSTANCE_KEY):
	case PROP_ID(PR_SOURCE_KEY):
	case PROP_ID(PR_PARENT_SOURCE_KEY):
	case PROP_ID(PR_CHANGE_KEY):
	case PROP_ID(PR_PREDECESSOR_CHANGE_LIST):
	case PROP_ID(PR_CHANGE_NUM):
	case PROP_ID(PR_OBJECT_TYPE):
	case PROP_ID(PR_MESSAGE_SIZE):
	case PROP_ID(PR_HASATTACH):
	case PROP_ID(PR_ACCESS):
	case PROP_ID(PR_ACCESS_LEVEL):
	case PROP_ID(PR_CREATION_TIME):
	case PROP_ID(PR_LAST_MODIFICATION_TIME):
	case PROP_ID(PR_MID_TAG):
	case PROP_ID(PR_INSTANCE_NUM):
	case PROP_ID(PR_MESSAGE_RECIPIENTS):
	case PROP_ID(PR_MESSAGE_ATTACHMENTS):
	case PROP_ID(PR_RIGHTS_):
	case PROP_ID(PR_CONTENT_COUNT):
	case PROP_ID(PR_CONTENT_UNREAD):
	case PROP_ID(PR_ASSOC_CONTENT_COUNT):
	case PROP_ID(PR_FOLDER_CHILD_COUNT):
	case PROP_ID(PR_SUBFOLDERS):
	case PROP_ID(PR_DEPTH):
	case PROP_ID(PR_FOLDER_TYPE):
		return true;
	default:
		return false;
	}
}

/* True when a UTF-16 string has no unpaired surrogate (so its UTF-8 form
 * in an index column converts back to the same string). */
static bool wstr_paired(const WCHAR *w)
{
	for (; *w; w++) {
		if (*w >= 0xD800 && *w <= 0xDBFF && w[1] >= 0xDC00 &&
		    w[1] <= 0xDFFF)
			w++;
		else if (*w >= 0xD800 && *w <= 0xDFFF)
			return false;
	}
	return true;
}

/* Index columns and the property IDs they hold. */
static const ULONG col_prop_ids[EB_COL_COUNT] = {
    [EB_COL_DELIVERY_TIME] = 0x0E06, [EB_COL_SUBJECT] = 0x0037,
    [EB_COL_NORM_SUBJECT] = 0x0E1D,  [EB_COL_SENDER_NAME] = 0x0C1A,
    [EB_COL_MESSAGE_CLASS] = 0x001A, [EB_COL_IMPORTANCE] = 0x0017};

/*
 * The index columns of a message from its properties.  strip[k] tells
 * that column k holds its property exactly, so the property blob need
 * not hold it too (the loaders put it back from the column).
 */
static void msg_columns(const struct pbag *props, struct eb_message *m,
			char **texts, bool *strip)
{
	const SPropValue *v;
	int k;

	for (k = 0; k < EB_COL_COUNT; k++)
		strip[k] = false;
	v = pbag_find(props, PROP_ID(PR_MESSAGE_DELIVERY_TIME));
	if (v && PROP_TYPE(v->ulPropTag) == PT_SYSTIME) {
		uint64_t ft = ((uint64_t)v->Value.ft.dwHighDateTime << 32) |
			      v->Value.ft.dwLowDateTime;

		m->col[EB_COL_DELIVERY_TIME].present = true;
		m->col[EB_COL_DELIVERY_TIME].i = (int64_t)(ft ^ (1ULL << 63));
		strip[EB_COL_DELIVERY_TIME] = true;
	}
	for (k = EB_COL_SUBJECT; k <= EB_COL_MESSAGE_CLASS; k++) {
		v = pbag_find(props, col_prop_ids[k]);
		texts[k] = NULL;
		if (v && PROP_TYPE(v->ulPropTag) == PT_UNICODE) {
			texts[k] = ustr_to_utf8(v->Value.lpszW);
			if (texts[k]) {
				m->col[k].present = true;
				m->col[k].s = texts[k];
				m->col[k].slen = strlen(texts[k]);
				strip[k] = wstr_paired(v->Value.lpszW);
			}
		}
	}
	v = pbag_find(props, PROP_ID(PR_IMPORTANCE_));
	if (v && PROP_TYPE(v->ulPropTag) == PT_LONG) {
		m->col[EB_COL_IMPORTANCE].present = true;
		m->col[EB_COL_IMPORTANCE].i = v->Value.l;
		strip[EB_COL_IMPORTANCE] = true;
	}
}

/* The property a present index column k of m stands for, into c. */
static void col_value(const struct eb_message *m, int k, struct pcoll *c)
{
	switch (k) {
	case EB_COL_DELIVERY_TIME:
		pcoll_time(c, PR_MESSAGE_DELIVERY_TIME,
			   m->col[k].i ^ INT64_MIN);
		break;
	case EB_COL_IMPORTANCE:
		pcoll_long(c, PR_IMPORTANCE_, (LONG)m->col[k].i);
		break;
	default:
		pcoll_str(c, PROP_TAG(PT_UNICODE, col_prop_ids[k]),
			  m->col[k].s);
		break;
	}
}

/* Puts back the properties that only the index columns hold. */
static int bag_add_columns(struct pbag *bag, const struct eb_message *m)
{
	struct pcoll c = {0};
	ULONG i;
	int k, ret = 0;

	for (k = 0; k < EB_COL_COUNT; k++)
		if (col_prop_ids[k] && m->col[k].present &&
		    pbag_find(bag, col_prop_ids[k]) == NULL)
			col_value(m, k, &c);
	if (c.failed)
		ret = -ENOMEM;
	for (i = 0; i < c.n && ret == 0; i++)
		ret = pbag_set(bag, &c.v[i]);
	pcoll_free(&c);
	return ret;
}

/* Is a property of this ID among cols (NULL: all are wanted)? */
static bool wanted(const SPropTagArray *cols, ULONG tag)
{
	ULONG i;

	if (cols == NULL)
		return true;
	for (i = 0; i < cols->cValues; i++)
		if (PROP_ID(cols->aulPropTag[i]) == PROP_ID(tag))
			return true;
	return false;
}

int engine_msg_row_props(struct engine_mailbox *mb, const struct eb_message *m,
			 ULONG rights, const SPropTagArray *cols,
			 struct pcoll *c)
{
	uint8_t eid[EID_MESSAGE_SIZE], key[EID_SOURCE_KEY_SIZE], ik[8];
	SPropValue *props = NULL;
	ULONG n = 0, i, flags;
	int ret, k;

	if (m->props != NULL) {
		ret = pblob_parse(m->props, m->props_len, PBLOB_PLAIN, &n,
				  &props);
		if (ret < 0)
			return ret;
		keep(c, props);
		if (c->failed)
			return -ENOMEM;
		for (i = 0; i < n; i++)
			if (wanted(cols, props[i].ulPropTag))
				pcoll_add(c, &props[i]);
	}
	/* The values the index columns hold (and the blob does not). */
	for (k = 0; k < EB_COL_COUNT; k++) {
		bool in_blob = false;

		if (!col_prop_ids[k] || !m->col[k].present ||
		    !wanted(cols, col_prop_ids[k] << 16))
			continue;
		for (i = 0; i < n && !in_blob; i++)
			in_blob =
			    PROP_ID(props[i].ulPropTag) == col_prop_ids[k];
		if (!in_blob)
			col_value(m, k, c);
	}
	flags = (ULONG)m->col[EB_COL_FLAGS].i;
	if (m->fid != 0) {
		eid_message(&mb->db_guid, m->fid, m->mid, eid);
		if (wanted(cols, PR_ENTRYID))
			pcoll_bin(c, PR_ENTRYID, eid, sizeof(eid));
		if (wanted(cols, PR_RECORD_KEY))
			pcoll_bin(c, PR_RECORD_KEY, eid, sizeof(eid));
		eid_folder(&mb->db_guid, m->fid, eid);
		if (wanted(cols, PR_PARENT_ENTRYID))
			pcoll_bin(c, PR_PARENT_ENTRYID, eid, EID_FOLDER_SIZE);
		eid_source_key(&mb->db_guid, m->fid, key);
		if (wanted(cols, PR_PARENT_SOURCE_KEY))
			pcoll_bin(c, PR_PARENT_SOURCE_KEY, key, sizeof(key));
	}
	if (wanted(cols, PR_INSTANCE_KEY)) {
		for (k = 0; k < 8; k++)
			ik[k] = (uint8_t)(m->mid >> (8 * (7 - k)));
		pcoll_bin(c, PR_INSTANCE_KEY, ik, sizeof(ik));
	}
	if (wanted(cols, PR_MID_TAG))
		pcoll_i8(c, PR_MID_TAG, (int64_t)m->mid);
	if (wanted(cols, PR_STORE_ENTRYID) || wanted(cols, PR_STORE_RECORD_KEY))
		add_store_ids(mb, c);
	if (wanted(cols, PR_SOURCE_KEY) || wanted(cols, PR_CHANGE_KEY) ||
	    wanted(cols, PR_PREDECESSOR_CHANGE_LIST) ||
	    wanted(cols, PR_CHANGE_NUM))
		add_change_ids(mb, c, m->mid, m->change_num);
	if (wanted(cols, PR_OBJECT_TYPE))
		pcoll_long(c, PR_OBJECT_TYPE, MAPI_MESSAGE);
	if (wanted(cols, PR_MESSAGE_FLAGS))
		pcoll_long(c, PR_MESSAGE_FLAGS, (LONG)flags);
	if (wanted(cols, PR_MESSAGE_SIZE)) {
		pcoll_long(c, PR_MESSAGE_SIZE, (LONG)m->col[EB_COL_SIZE].i);
		pcoll_i8(c, PR_MESSAGE_SIZE_EXTENDED, m->col[EB_COL_SIZE].i);
	}
	if (wanted(cols, PR_HASATTACH))
		pcoll_bool(c, PR_HASATTACH, (flags & MSGFLAG_HASATTACH) != 0);
	if (wanted(cols, PR_ACCESS))
		pcoll_long(c, PR_ACCESS, (LONG)access_of(rights, false));
	if (wanted(cols, PR_ACCESS_LEVEL))
		pcoll_long(c, PR_ACCESS_LEVEL,
			   (rights & (frightsEditAny | frightsEditOwned))
			       ? MAPI_MODIFY
			       : 0);
	if (wanted(cols, PR_CREATION_TIME))
		pcoll_time(c, PR_CREATION_TIME, m->ctime);
	if (wanted(cols, PR_LAST_MODIFICATION_TIME))
		pcoll_time(c, PR_LAST_MODIFICATION_TIME, m->mtime);
	return c->failed ? -ENOMEM : 0;
}

int engine_folder_row_props(struct engine_mailbox *mb,
			    const struct eb_folder *f, ULONG rights, int depth,
			    struct pcoll *c)
{
	uint8_t eid[EID_FOLDER_SIZE], key[EID_SOURCE_KEY_SIZE];
	uint64_t count = 0, unread = 0, assoc = 0, children = 0;
	SPropValue *props = NULL;
	ULONG n = 0, i;
	int ret;

	ret = pblob_parse(f->props, f->props_len, PBLOB_PLAIN, &n, &props);
	if (ret < 0)
		return ret;
	keep(c, props);
	if (c->failed)
		return -ENOMEM;
	for (i = 0; i < n; i++)
		pcoll_add(c, &props[i]);
	ret = ebk_folder_counts(mb, f->fid, &count, &unread, &assoc, &children);
	if (ret < 0)
		return ret;
	eid_folder(&mb->db_guid, f->fid, eid);
	pcoll_bin(c, PR_ENTRYID, eid, sizeof(eid));
	pcoll_bin(c, PR_RECORD_KEY, eid, sizeof(eid));
	pcoll_bin(c, PR_INSTANCE_KEY, eid + 38, 6);
	if (f->parent != 0) {
		eid_folder(&mb->db_guid, f->parent, eid);
		pcoll_bin(c, PR_PARENT_ENTRYID, eid, sizeof(eid));
		eid_source_key(&mb->db_guid, f->parent, key);
		pcoll_bin(c, PR_PARENT_SOURCE_KEY, key, sizeof(key));
	}
	add_store_ids(mb, c);
	add_change_ids(mb, c, f->fid, f->change_num);
	pcoll_long(c, PR_OBJECT_TYPE, MAPI_FOLDER);
	pcoll_long(c, PR_FOLDER_TYPE, (LONG)f->type);
	pcoll_long(c, PR_CONTENT_COUNT, (LONG)count);
	pcoll_long(c, PR_CONTENT_UNREAD, (LONG)unread);
	pcoll_long(c, PR_ASSOC_CONTENT_COUNT, (LONG)assoc);
	pcoll_long(c, PR_FOLDER_CHILD_COUNT, (LONG)children);
	pcoll_bool(c, PR_SUBFOLDERS, children != 0);
	pcoll_long(c, PR_ACCESS, (LONG)access_of(rights, true));
	pcoll_long(c, PR_ACCESS_LEVEL,
		   (rights & frightsOwner) ? MAPI_MODIFY : 0);
	pcoll_long(c, PR_RIGHTS_, (LONG)rights);
	pcoll_time(c, PR_CREATION_TIME, f->ctime);
	pcoll_time(c, PR_LAST_MODIFICATION_TIME, f->mtime);
	if (depth >= 0)
		pcoll_long(c, PR_DEPTH, depth);
	return c->failed ? -ENOMEM : 0;
}

int engine_col_of_tag(ULONG tag)
{
	switch (tag) {
	case PR_MESSAGE_DELIVERY_TIME:
		return EB_COL_DELIVERY_TIME;
	case PR_SUBJECT_W:
		return EB_COL_SUBJECT;
	case PR_NORMALIZED_SUBJECT_W:
		return EB_COL_NORM_SUBJECT;
	case PR_SENDER_NAME_W:
		return EB_COL_SENDER_NAME;
	case PROP_TAG(PT_UNICODE, 0x001A):
		return EB_COL_MESSAGE_CLASS;
	case PR_MESSAGE_FLAGS:
		return EB_COL_FLAGS;
	case PR_MESSAGE_SIZE:
		return EB_COL_SIZE;
	case PR_IMPORTANCE_:
		return EB_COL_IMPORTANCE;
	default:
		return -1;
	}
}

/* Returns props as the caller asked: all of them, or projected on tags. */
static int finish_props(struct pcoll *all, const SPropTagArray *tags,
			ULONG *count_r, SPropValue **props_r)
{
	struct pcoll out = {0};
	int missing = 0, ret;

	if (tags == NULL)
		return pcoll_finish(all, PBLOB_MAPI, count_r, props_r);
	if (tags->cValues == 0)
		return -EINVAL;
	missing = pcoll_project(&out, all->v, all->n, tags);
	if (missing < 0) {
		pcoll_free(&out);
		return missing;
	}
	ret = pcoll_finish(&out, PBLOB_MAPI, count_r, props_r);
	pcoll_free(&out);
	if (ret < 0)
		return ret;
	return missing ? 1 : 0;
}

/* ---------------------------------------------------------------------------
 * Mailboxes
 */

struct folder_copy {
	struct eb_folder f;
	struct pbag props;
	char *name;
	bool found;
};

static int folder_copy_cb(void *ctx, const struct eb_folder *f)
{
	struct folder_copy *fc = ctx;
	int ret;

	fc->f = *f;
	fc->f.props = NULL;
	fc->f.name = NULL;
	fc->found = true;
	fc->name = alloc_strdup(f->name ? f->name : "");
	if (fc->name == NULL)
		return -ENOMEM;
	ret = pbag_load(&fc->props, f->props, f->props_len);
	return ret;
}

static void folder_copy_free(struct folder_copy *fc)
{
	pbag_clear(&fc->props);
	alloc_free(fc->name);
	fc->name = NULL;
}

static int folder_load(struct engine_mailbox *mb, engine_id_t fid,
		       struct folder_copy *fc)
{
	int ret;

	memset(fc, 0, sizeof(*fc));
	ret = ebk_folder_get(mb, fid, folder_copy_cb, fc);
	if (ret < 0)
		folder_copy_free(fc);
	return ret;
}

/* Writes a folder row from fc (props from the bag). */
static int folder_store(struct engine_mailbox *mb, struct folder_copy *fc)
{
	struct pbuf b = {0};
	int ret;

	ret = pbag_write(&fc->props, &b);
	if (ret == 0) {
		fc->f.name = fc->name;
		fc->f.props = b.data;
		fc->f.props_len = b.len;
		ret = ebk_folder_put(mb, &fc->f);
		fc->f.props = NULL;
		fc->f.name = NULL;
	}
	pbuf_free(&b);
	return ret;
}

static int new_folder(struct engine_mailbox *mb, engine_id_t parent,
		      const char *name, ULONG type, engine_id_t *fid_r)
{
	struct folder_copy fc = {0};
	SPropValue pv = {.ulPropTag = PR_DISPLAY_NAME_W};
	uint64_t id, cn;
	int ret;

	ret = alloc_ids(mb, 2, &id);
	if (ret < 0)
		return ret;
	cn = id + 1;
	pv.Value.lpszW = ustr_from_utf8(name);
	if (pv.Value.lpszW == NULL)
		return -ENOMEM;
	ret = pbag_set(&fc.props, &pv);
	alloc_free(pv.Value.lpszW);
	fc.name = alloc_strdup(name);
	if (ret == 0 && fc.name == NULL)
		ret = -ENOMEM;
	if (ret == 0) {
		fc.f.fid = id;
		fc.f.parent = parent;
		fc.f.type = type;
		fc.f.change_num = cn;
		fc.f.ctime = fc.f.mtime = engine_now();
		ret = folder_store(mb, &fc);
		if (ret == -EEXIST)
			ret = engine_fail(mb, -EEXIST,
					  "a folder of that name exists");
	}
	folder_copy_free(&fc);
	if (ret == 0) {
		*fid_r = id;
		event(mb, ENGINE_EV_OBJECT_CREATED, MAPI_FOLDER, id, 0, 0);
		event(mb, ENGINE_EV_TABLE_ROW_ADDED, MAPI_FOLDER, parent, id,
		      ENGINE_TABLE_HIERARCHY);
	}
	return ret;
}

static int provision(struct engine_mailbox *mb,
		     const struct engine_open_params *p)
{
	static const int parent_of[ENGINE_FOLDER_SPECIAL_COUNT] = {
	    -1,
	    ENGINE_FOLDER_ROOT,
	    ENGINE_FOLDER_IPM_SUBTREE,
	    ENGINE_FOLDER_IPM_SUBTREE,
	    ENGINE_FOLDER_IPM_SUBTREE,
	    ENGINE_FOLDER_IPM_SUBTREE,
	    ENGINE_FOLDER_IPM_SUBTREE,
	    ENGINE_FOLDER_ROOT,
	    ENGINE_FOLDER_ROOT,
	    ENGINE_FOLDER_ROOT};
	uint8_t special[8 * ENGINE_FOLDER_SPECIAL_COUNT];
	int ret, i, k;

	randombytes_buf(&mb->db_guid, sizeof(mb->db_guid));
	ret = ebk_meta_set(mb, "mailbox_guid", &p->mailbox_guid, 16);
	if (ret == 0)
		ret = ebk_meta_set(mb, "db_guid", &mb->db_guid, 16);
	if (ret == 0)
		ret = ebk_meta_set(mb, "owner", p->owner, strlen(p->owner));
	if (ret == 0)
		ret = meta_set_u64(mb, "globcnt", 1);
	for (i = 0; i < ENGINE_FOLDER_SPECIAL_COUNT && ret == 0; i++) {
		engine_id_t parent =
		    parent_of[i] < 0 ? 0 : mb->special[parent_of[i]];

		ret = new_folder(mb, parent, special_names[i],
				 i == 0 ? FOLDER_ROOT
					: (i == ENGINE_FOLDER_FINDER
					       ? FOLDER_SEARCH
					       : FOLDER_GENERIC),
				 &mb->special[i]);
	}
	for (i = 0; i < ENGINE_FOLDER_SPECIAL_COUNT; i++)
		for (k = 0; k < 8; k++)
			special[8 * i + k] =
			    (uint8_t)(mb->special[i] >> (8 * k));
	if (ret == 0)
		ret = ebk_meta_set(mb, "special", special, sizeof(special));
	if (ret == 0)
		ret = ebk_receive_set(mb, "", mb->special[ENGINE_FOLDER_INBOX]);
	if (ret == 0)
		ret = ebk_receive_set(mb, "IPM",
				      mb->special[ENGINE_FOLDER_INBOX]);
	mb->npending = 0;
	return ret;
}

static int load_meta(struct engine_mailbox *mb,
		     const struct engine_open_params *p)
{
	uint8_t special[8 * ENGINE_FOLDER_SPECIAL_COUNT];
	char owner[512];
	size_t len = 0;
	int ret, i, k;

	ret = ebk_meta_get(mb, "mailbox_guid", &mb->mailbox_guid, 16, &len);
	if (ret < 0 || len != 16)
		return engine_fail(mb,
				   ret == -ENOENT || ret == 0 ? -EBADMSG : ret,
				   "mailbox database: no mailbox GUID");
	if (!(p->flags & ENGINE_OPEN_ANY_GUID) &&
	    memcmp(&mb->mailbox_guid, &p->mailbox_guid, 16) != 0)
		return engine_fail(mb, -EBADF,
				   "mailbox database: of another mailbox");
	ret = ebk_meta_get(mb, "db_guid", &mb->db_guid, 16, &len);
	if (ret < 0 || len != 16)
		return engine_fail(mb, -EBADMSG,
				   "mailbox database: no database GUID");
	ret = ebk_meta_get(mb, "owner", owner, sizeof(owner) - 1, &len);
	if (ret < 0)
		return engine_fail(mb, -EBADMSG, "mailbox database: no owner");
	owner[len] = 0;
	mb->owner = alloc_strdup(owner);
	if (mb->owner == NULL)
		return -ENOMEM;
	ret = ebk_meta_get(mb, "special", special, sizeof(special), &len);
	if (ret < 0 || len != sizeof(special))
		return engine_fail(mb, -EBADMSG,
				   "mailbox database: no standard folders");
	for (i = 0; i < ENGINE_FOLDER_SPECIAL_COUNT; i++) {
		mb->special[i] = 0;
		for (k = 7; k >= 0; k--)
			mb->special[i] =
			    (mb->special[i] << 8) | special[8 * i + k];
	}
	return 0;
}

int engine_mailbox_open(const struct engine_open_params *p,
			struct engine_mailbox **mb_r, const char **error_r)
{
	const char *err = "mailbox: invalid parameters";
	struct engine_mailbox *mb;
	bool create;
	size_t len;
	int ret;

	if (error_r == NULL)
		error_r = &err;
	if (p == NULL || mb_r == NULL || p->path == NULL) {
		*error_r = err;
		return -EINVAL;
	}
	if (sodium_init() < 0) {
		*error_r = "mailbox: cannot initialise libsodium";
		return -EIO;
	}
	mb = alloc_calloc(1, sizeof(*mb));
	if (mb == NULL)
		return -ENOMEM;
	mb->ops = engine_backend_find(p->backend);
	if (mb->ops == NULL) {
		alloc_free(mb);
		*error_r = "mailbox: no such backend";
		return -ENOENT;
	}
	create = (p->flags & ENGINE_OPEN_CREATE) != 0;
	if (create && (p->owner == NULL || p->owner[0] == 0)) {
		alloc_free(mb);
		*error_r = "mailbox: a new mailbox needs an owner";
		return -EINVAL;
	}
	ret = ebk_open(mb, p->path, create, error_r);
	if (ret < 0) {
		alloc_free(mb);
		return ret;
	}
	ret = tx_begin(mb, create);
	if (ret == 0) {
		ret = ebk_meta_get(mb, "mailbox_guid", NULL, 0, &len);
		if (ret == -ENOBUFS)
			ret = 0;
		if (ret == -ENOENT && create)
			ret = provision(mb, p);
		else if (ret == -ENOENT)
			ret = engine_fail(mb, -EBADMSG,
					  "mailbox database: not provisioned");
		if (ret == 0)
			ret = load_meta(mb, p);
		ret = tx_end(mb, ret);
	}
	if (ret == 0 && ebk_begin(mb, true, NULL) == 0) {
		/* Stream data of handles that died before saving: anything
		 * unowned and older than a day.  A read-only file skips it. */
		if (ebk_lob_gc(mb, engine_now() - 864000000000LL) == 0)
			ebk_commit(mb, NULL);
		else
			ebk_rollback(mb);
	}
	if (ret < 0) {
		*error_r = mb->last_error ? mb->last_error
					  : "mailbox: cannot open the database";
		if (ret == -EBUSY || ret == -EEXIST)
			ret = -EBADMSG;
		engine_mailbox_close(mb);
		return ret;
	}
	*mb_r = mb;
	return 0;
}

void engine_mailbox_close(struct engine_mailbox *mb)
{
	if (mb == NULL)
		return;
	ebk_close(mb);
	audits_free(mb);
	alloc_free(mb->audits);
	alloc_free(mb->owner);
	alloc_free(mb->subs);
	alloc_free(mb->pending);
	alloc_free(mb);
}

int engine_folder_special(struct engine_mailbox *mb, enum engine_special which,
			  engine_id_t *fid_r)
{
	if (mb == NULL || fid_r == NULL ||
	    (unsigned int)which >= ENGINE_FOLDER_SPECIAL_COUNT)
		return -EINVAL;
	*fid_r = mb->special[which];
	return 0;
}

/* The store's own properties (meta "store_props"). */
static int store_bag(struct engine_mailbox *mb, struct pbag *bag)
{
	uint8_t *buf = NULL;
	size_t len = 0;
	int ret;

	ret = ebk_meta_get(mb, "store_props", NULL, 0, &len);
	if (ret == -ENOENT)
		return 0;
	if (ret < 0 && ret != -ENOBUFS)
		return ret;
	buf = alloc_malloc(len ? len : 1);
	if (buf == NULL)
		return -ENOMEM;
	ret = ebk_meta_get(mb, "store_props", buf, len, &len);
	if (ret == 0)
		ret = pbag_load(bag, buf, len);
	alloc_free(buf);
	return ret;
}

int engine_store_get_props(struct engine_mailbox *mb,
			   const struct engine_actor *actor,
			   const SPropTagArray *tags, ULONG *count_r,
			   SPropValue **props_r)
{
	static const struct {
		ULONG tag;
		enum engine_special which;
	} ids[] = {
	    {PR_IPM_SUBTREE_ENTRYID, ENGINE_FOLDER_IPM_SUBTREE},
	    {PR_IPM_OUTBOX_ENTRYID, ENGINE_FOLDER_OUTBOX},
	    {PR_IPM_SENTMAIL_ENTRYID, ENGINE_FOLDER_SENT},
	    {PR_IPM_WASTEBASKET_ENTRYID, ENGINE_FOLDER_DELETED},
	    {PR_IPM_DRAFTS_ENTRYID, ENGINE_FOLDER_DRAFTS},
	    {PR_FINDER_ENTRYID, ENGINE_FOLDER_FINDER},
	    {PR_VIEWS_ENTRYID, ENGINE_FOLDER_VIEWS},
	    {PR_COMMON_VIEWS_ENTRYID, ENGINE_FOLDER_COMMON_VIEWS},
	};
	struct pbag bag = {0};
	struct pcoll c = {0};
	uint8_t eid[EID_FOLDER_SIZE];
	uint64_t size = 0;
	ULONG i, rights;
	int ret;

	if (mb == NULL || actor == NULL || count_r == NULL || props_r == NULL)
		return -EINVAL;
	ret = tx_begin(mb, false);
	if (ret < 0)
		return ret;
	ret = engine_rights_of(mb, actor, mb->special[ENGINE_FOLDER_ROOT],
			       "GetStoreProps", &rights);
	if (ret == 0 && !(rights & frightsVisible))
		ret = engine_fail(mb, -EACCES, "no access to the store");
	if (ret == 0)
		ret = store_bag(mb, &bag);
	if (ret == 0)
		ret = ebk_msg_total_size(mb, &size);
	tx_rollback(mb);
	if (ret < 0) {
		pbag_clear(&bag);
		return ret;
	}
	for (i = 0; i < bag.count; i++)
		pcoll_add(&c, bag.v[i]);
	add_store_ids(mb, &c);
	{
		uint8_t seid[EID_STORE_MAX];
		size_t n = eid_store(&mb->mailbox_guid, NULL, seid);

		pcoll_bin(&c, PR_ENTRYID, seid, n);
		pcoll_bin(&c, PR_RECORD_KEY, &mb->mailbox_guid, 16);
	}
	pcoll_bin(&c, PR_MDB_PROVIDER, EID_STORE_PROVIDER_UID, 16);
	for (i = 0; i < sizeof(ids) / sizeof(ids[0]); i++) {
		eid_folder(&mb->db_guid, mb->special[ids[i].which], eid);
		pcoll_bin(&c, ids[i].tag, eid, sizeof(eid));
	}
	pcoll_long(&c, PR_VALID_FOLDER_MASK, 0xFF);
	pcoll_long(&c, PR_OBJECT_TYPE, MAPI_STORE);
	pcoll_long(&c, PR_MESSAGE_SIZE, (LONG)size);
	pcoll_i8(&c, PR_MESSAGE_SIZE_EXTENDED, (int64_t)size);
	pcoll_str(&c, PR_MAILBOX_OWNER_NAME_W, mb->owner);
	ret = finish_props(&c, tags, count_r, props_r);
	pcoll_free(&c);
	pbag_clear(&bag);
	return ret;
}

int engine_store_set_props(struct engine_mailbox *mb,
			   const struct engine_actor *actor, ULONG count,
			   const SPropValue *props)
{
	struct pbag bag = {0};
	struct pbuf b = {0};
	ULONG i;
	int ret;

	if (mb == NULL || actor == NULL || (count && props == NULL))
		return -EINVAL;
	if (!is_owner(mb, actor) && !(actor->flags & ENGINE_ACTOR_ADMIN_BYPASS))
		return engine_fail(mb, -EACCES,
				   "only the owner sets store properties");
	for (i = 0; i < count; i++)
		if (!pblob_type_ok(PROP_TYPE(props[i].ulPropTag)) ||
		    PROP_TYPE(props[i].ulPropTag) == PT_NULL ||
		    PROP_TYPE(props[i].ulPropTag) == PT_ERROR)
			return -EINVAL;
	ret = tx_begin(mb, true);
	if (ret < 0)
		return ret;
	if (actor->flags & ENGINE_ACTOR_ADMIN_BYPASS && !is_owner(mb, actor))
		ret = audit(mb, actor, "SetStoreProps", 0);
	if (ret == 0)
		ret = store_bag(mb, &bag);
	for (i = 0; i < count && ret == 0; i++)
		ret = bag_set_norm(&bag, &props[i]);
	if (ret == 0)
		ret = pbag_write(&bag, &b);
	if (ret == 0)
		ret = ebk_meta_set(mb, "store_props", b.data, b.len);
	pbuf_free(&b);
	pbag_clear(&bag);
	return tx_end(mb, ret);
}

/* A quota of the store in KiB (0: none). */
static int quota_of(struct engine_mailbox *mb, ULONG tag, uint64_t *kib_r)
{
	struct pbag bag = {0};
	const SPropValue *v;
	int ret = store_bag(mb, &bag);

	*kib_r = 0;
	if (ret == 0 && (v = pbag_find(&bag, PROP_ID(tag))) != NULL &&
	    PROP_TYPE(v->ulPropTag) == PT_LONG && v->Value.l > 0)
		*kib_r = (uint64_t)v->Value.l;
	pbag_clear(&bag);
	return ret;
}

/* -EDQUOT when the mailbox is over a quota that applies (inside a write
 * transaction, after the change): the storage limit always, the receive
 * limit for deliveries, the send limit for saves of messages to send. */
static int check_quota(struct engine_mailbox *mb, bool delivery, bool sending)
{
	uint64_t size = 0, kib;
	int ret;

	ret = ebk_msg_total_size(mb, &size);
	if (ret < 0)
		return ret;
	ret = quota_of(mb, PR_STORAGE_QUOTA_LIMIT, &kib);
	if (ret == 0 && kib && size > kib * 1024)
		return engine_fail(mb, -EDQUOT, "the mailbox is full");
	if (ret == 0 && delivery) {
		ret = quota_of(mb, PR_PROHIBIT_RECEIVE_QUOTA, &kib);
		if (ret == 0 && kib && size > kib * 1024)
			return engine_fail(mb, -EDQUOT,
					   "the mailbox is over its receive "
					   "quota");
	}
	if (ret == 0 && sending) {
		ret = quota_of(mb, PR_PROHIBIT_SEND_QUOTA, &kib);
		if (ret == 0 && kib && size > kib * 1024)
			return engine_fail(
			    mb, -EDQUOT, "the mailbox is over its send quota");
	}
	return ret;
}

/* ---------------------------------------------------------------------------
 * Folders
 */

static bool is_special(const struct engine_mailbox *mb, engine_id_t fid)
{
	int i;

	for (i = 0; i < ENGINE_FOLDER_SPECIAL_COUNT; i++)
		if (mb->special[i] == fid)
			return true;
	return false;
}

static int folder_exists(struct engine_mailbox *mb, engine_id_t fid)
{
	struct folder_copy fc;
	int ret = folder_load(mb, fid, &fc);

	folder_copy_free(&fc);
	if (ret == -ENOENT)
		return engine_fail(mb, ret, "no such folder");
	return ret;
}

int engine_folder_create(struct engine_mailbox *mb,
			 const struct engine_actor *actor, engine_id_t parent,
			 const char *name, ULONG folder_type, ULONG flags,
			 engine_id_t *fid_r)
{
	uint64_t existing;
	int ret;

	if (mb == NULL || actor == NULL || name == NULL || name[0] == 0 ||
	    fid_r == NULL ||
	    (flags & ~(ULONG)(OPEN_IF_EXISTS | MAPI_UNICODE)) ||
	    (folder_type != FOLDER_GENERIC && folder_type != FOLDER_SEARCH))
		return engine_fail(mb, -EINVAL, "invalid folder parameters");
	ret = tx_begin(mb, true);
	if (ret < 0)
		return ret;
	ret = folder_exists(mb, parent);
	if (ret == 0)
		ret = require(mb, actor, parent, frightsCreateSubfolder,
			      "CreateFolder");
	if (ret == 0) {
		ret = ebk_folder_find(mb, parent, name, &existing);
		if (ret == 0) {
			if (flags & OPEN_IF_EXISTS)
				*fid_r = existing;
			else
				ret = engine_fail(mb, -EEXIST,
						  "a folder of that name "
						  "exists");
			return tx_end(mb, ret);
		}
		if (ret == -ENOENT)
			ret = new_folder(mb, parent, name, folder_type, fid_r);
	}
	return tx_end(mb, ret);
}

int engine_folder_get_props(struct engine_mailbox *mb,
			    const struct engine_actor *actor, engine_id_t fid,
			    const SPropTagArray *tags, ULONG *count_r,
			    SPropValue **props_r)
{
	struct folder_ctx {
		struct engine_mailbox *mb;
		ULONG rights;
		struct pcoll c;
	} fx = {.mb = mb};
	ULONG rights = 0;
	int ret;

	if (mb == NULL || actor == NULL || count_r == NULL || props_r == NULL)
		return -EINVAL;
	ret = tx_begin(mb, false);
	if (ret < 0)
		return ret;
	ret = engine_rights_of(mb, actor, fid, "GetFolderProps", &rights);
	if (ret == 0 && !(rights & frightsVisible))
		ret = engine_fail(mb, -EACCES, "the folder is not visible");
	if (ret == 0) {
		struct folder_copy fc;

		ret = folder_load(mb, fid, &fc);
		if (ret == 0) {
			struct pbuf b = {0};

			ret = pbag_write(&fc.props, &b);
			fc.f.props = b.data;
			fc.f.props_len = b.len;
			if (ret == 0)
				ret = engine_folder_row_props(mb, &fc.f, rights,
							      -1, &fx.c);
			fc.f.props = NULL;
			pbuf_free(&b);
		} else if (ret == -ENOENT) {
			engine_fail(mb, ret, "no such folder");
		}
		folder_copy_free(&fc);
	}
	tx_rollback(mb);
	if (ret == 0)
		ret = finish_props(&fx.c, tags, count_r, props_r);
	pcoll_free(&fx.c);
	return ret;
}

static int check_settable(ULONG count, const SPropValue *props)
{
	ULONG i, type;

	if (count && props == NULL)
		return -EINVAL;
	for (i = 0; i < count; i++) {
		type = PROP_TYPE(props[i].ulPropTag);
		if (!pblob_type_ok(type) || type == PT_NULL ||
		    type == PT_ERROR || type == PT_UNSPECIFIED)
			return -EINVAL;
		if (msg_computed(PROP_ID(props[i].ulPropTag)))
			return -EACCES;
	}
	return 0;
}

/* The UTF-8 text of a string value (either width), or NULL. */
static char *value_utf8(const SPropValue *v)
{
	if (v == NULL)
		return NULL;
	if (PROP_TYPE(v->ulPropTag) == PT_UNICODE)
		return ustr_to_utf8(v->Value.lpszW);
	if (PROP_TYPE(v->ulPropTag) == PT_STRING8)
		return alloc_strdup(v->Value.lpszA);
	return NULL;
}

static int folder_touch(struct engine_mailbox *mb, struct folder_copy *fc)
{
	uint64_t cn;
	int ret = alloc_ids(mb, 1, &cn);

	if (ret < 0)
		return ret;
	fc->f.change_num = cn;
	fc->f.mtime = engine_now();
	ret = folder_store(mb, fc);
	if (ret == -EEXIST)
		ret = engine_fail(mb, ret, "a folder of that name exists");
	if (ret == 0) {
		event(mb, ENGINE_EV_OBJECT_MODIFIED, MAPI_FOLDER, fc->f.fid, 0,
		      0);
		event(mb, ENGINE_EV_TABLE_ROW_MODIFIED, MAPI_FOLDER,
		      fc->f.parent, fc->f.fid, ENGINE_TABLE_HIERARCHY);
	}
	return ret;
}

int engine_folder_set_props(struct engine_mailbox *mb,
			    const struct engine_actor *actor, engine_id_t fid,
			    ULONG count, const SPropValue *props)
{
	struct folder_copy fc = {0};
	ULONG i;
	int ret;

	if (mb == NULL || actor == NULL)
		return -EINVAL;
	ret = check_settable(count, props);
	if (ret < 0)
		return engine_fail(mb, ret, "property cannot be set");
	ret = tx_begin(mb, true);
	if (ret < 0)
		return ret;
	ret = require(mb, actor, fid, frightsOwner, "SetFolderProps");
	if (ret == 0)
		ret = folder_load(mb, fid, &fc);
	for (i = 0; i < count && ret == 0; i++) {
		if (PROP_ID(props[i].ulPropTag) == PROP_ID(PR_DISPLAY_NAME_W)) {
			char *name = value_utf8(&props[i]);

			if (name == NULL || name[0] == 0 ||
			    fid == mb->special[ENGINE_FOLDER_ROOT]) {
				alloc_free(name);
				ret = -EINVAL;
				break;
			}
			alloc_free(fc.name);
			fc.name = name;
		}
		ret = bag_set_norm(&fc.props, &props[i]);
	}
	if (ret == 0)
		ret = folder_touch(mb, &fc);
	folder_copy_free(&fc);
	return tx_end(mb, ret);
}

int engine_folder_delete_props(struct engine_mailbox *mb,
			       const struct engine_actor *actor,
			       engine_id_t fid, const SPropTagArray *tags)
{
	struct folder_copy fc = {0};
	ULONG i;
	int ret;

	if (mb == NULL || actor == NULL || tags == NULL)
		return -EINVAL;
	ret = tx_begin(mb, true);
	if (ret < 0)
		return ret;
	ret = require(mb, actor, fid, frightsOwner, "DeleteFolderProps");
	if (ret == 0)
		ret = folder_load(mb, fid, &fc);
	for (i = 0; i < tags->cValues && ret == 0; i++) {
		if (PROP_ID(tags->aulPropTag[i]) == PROP_ID(PR_DISPLAY_NAME_W))
			ret = -EACCES;
		else
			pbag_delete(&fc.props, PROP_ID(tags->aulPropTag[i]));
	}
	if (ret == 0)
		ret = folder_touch(mb, &fc);
	folder_copy_free(&fc);
	return tx_end(mb, ret);
}

/* Collects a folder's children IDs. */
struct idlist {
	uint64_t *ids;
	size_t n, cap;
};

static int idlist_add(struct idlist *l, uint64_t id)
{
	if (l->n == l->cap) {
		size_t cap = l->cap ? l->cap * 2 : 16;
		uint64_t *ni = alloc_realloc(l->ids, cap * sizeof(*ni));

		if (ni == NULL)
			return -ENOMEM;
		l->ids = ni;
		l->cap = cap;
	}
	l->ids[l->n++] = id;
	return 0;
}

static int child_cb(void *ctx, const struct eb_folder *f)
{
	return idlist_add(ctx, f->fid);
}

static int msg_id_cb(void *ctx, const struct eb_message *m)
{
	return idlist_add(ctx, m->mid);
}

/* Deletes the messages of fid (assoc: the associated ones too). */
static int delete_folder_messages(struct engine_mailbox *mb, engine_id_t fid,
				  bool assoc)
{
	struct idlist l = {0};
	struct eb_query q = {.fid = fid};
	size_t i;
	int ret, pass;

	for (pass = 0; pass < (assoc ? 2 : 1); pass++) {
		l.n = 0;
		q.assoc = pass == 1;
		ret = ebk_msg_query(mb, &q, msg_id_cb, &l);
		for (i = 0; i < l.n && ret == 0; i++) {
			ret = ebk_msg_delete(mb, l.ids[i]);
			event(mb, ENGINE_EV_OBJECT_DELETED, MAPI_MESSAGE, fid,
			      l.ids[i], 0);
			event(mb, ENGINE_EV_TABLE_ROW_DELETED, MAPI_MESSAGE,
			      fid, l.ids[i],
			      q.assoc ? ENGINE_TABLE_ASSOCIATED
				      : ENGINE_TABLE_CONTENTS);
		}
		if (ret < 0)
			break;
	}
	alloc_free(l.ids);
	return ret;
}

static int delete_tree(struct engine_mailbox *mb, engine_id_t fid,
		       engine_id_t parent, int depth)
{
	struct idlist l = {0};
	size_t i;
	int ret;

	if (depth > 1000)
		return -ELOOP;
	ret = ebk_folder_children(mb, fid, child_cb, &l);
	for (i = 0; i < l.n && ret == 0; i++)
		ret = delete_tree(mb, l.ids[i], fid, depth + 1);
	alloc_free(l.ids);
	if (ret == 0)
		ret = delete_folder_messages(mb, fid, true);
	if (ret == 0)
		ret = ebk_folder_delete(mb, fid);
	if (ret == 0) {
		event(mb, ENGINE_EV_OBJECT_DELETED, MAPI_FOLDER, fid, 0, 0);
		event(mb, ENGINE_EV_TABLE_ROW_DELETED, MAPI_FOLDER, parent, fid,
		      ENGINE_TABLE_HIERARCHY);
	}
	return ret;
}

int engine_folder_delete(struct engine_mailbox *mb,
			 const struct engine_actor *actor, engine_id_t fid,
			 ULONG flags)
{
	struct folder_copy fc = {0};
	uint64_t count, unread, assoc, children;
	int ret;

	if (mb == NULL || actor == NULL ||
	    (flags & ~(ULONG)(DEL_FOLDERS | DEL_MESSAGES | DEL_ASSOCIATED)))
		return -EINVAL;
	if (is_special(mb, fid))
		return engine_fail(mb, -EACCES,
				   "standard folders cannot be deleted");
	ret = tx_begin(mb, true);
	if (ret < 0)
		return ret;
	ret = folder_load(mb, fid, &fc);
	if (ret == 0)
		ret = require(mb, actor, fid, frightsOwner, "DeleteFolder");
	if (ret == 0)
		ret = ebk_folder_counts(mb, fid, &count, &unread, &assoc,
					&children);
	if (ret == 0 && children && !(flags & DEL_FOLDERS))
		ret = engine_fail(mb, -ENOTEMPTY, "the folder has subfolders");
	if (ret == 0 && (count || assoc) && !(flags & DEL_MESSAGES))
		ret = engine_fail(mb, -EBUSY, "the folder has messages");
	if (ret == 0)
		ret = delete_tree(mb, fid, fc.f.parent, 0);
	folder_copy_free(&fc);
	return tx_end(mb, ret);
}

static int copy_message_rows(struct engine_mailbox *mb, uint64_t mid,
			     engine_id_t dest, bool move, uint64_t *new_r);

static int copy_tree(struct engine_mailbox *mb, engine_id_t fid,
		     engine_id_t dest, const char *name, bool recurse,
		     int depth, engine_id_t *new_r)
{
	struct folder_copy fc = {0};
	struct idlist l = {0};
	struct eb_query q = {.fid = fid};
	engine_id_t nf = 0;
	uint64_t ids;
	size_t i;
	int ret, pass;

	if (depth > 1000)
		return -ELOOP;
	ret = folder_load(mb, fid, &fc);
	if (ret == 0)
		ret = alloc_ids(mb, 2, &ids);
	if (ret == 0 && name != NULL) {
		SPropValue pv = {.ulPropTag = PR_DISPLAY_NAME_W};

		alloc_free(fc.name);
		fc.name = alloc_strdup(name);
		pv.Value.lpszW = ustr_from_utf8(name);
		ret = fc.name && pv.Value.lpszW ? pbag_set(&fc.props, &pv)
						: -ENOMEM;
		alloc_free(pv.Value.lpszW);
	}
	if (ret == 0) {
		nf = ids;
		fc.f.fid = nf;
		fc.f.parent = dest;
		fc.f.change_num = ids + 1;
		fc.f.ctime = fc.f.mtime = engine_now();
		ret = folder_store(mb, &fc);
		if (ret == -EEXIST)
			ret = engine_fail(mb, ret,
					  "a folder of that name exists");
	}
	folder_copy_free(&fc);
	for (pass = 0; pass < 2 && ret == 0; pass++) {
		l.n = 0;
		q.assoc = pass == 1;
		ret = ebk_msg_query(mb, &q, msg_id_cb, &l);
		for (i = 0; i < l.n && ret == 0; i++)
			ret = copy_message_rows(mb, l.ids[i], nf, false, NULL);
	}
	if (ret == 0 && recurse) {
		l.n = 0;
		ret = ebk_folder_children(mb, fid, child_cb, &l);
		for (i = 0; i < l.n && ret == 0; i++)
			ret = copy_tree(mb, l.ids[i], nf, NULL, true, depth + 1,
					NULL);
	}
	alloc_free(l.ids);
	if (ret == 0 && new_r)
		*new_r = nf;
	if (ret == 0)
		event(mb, ENGINE_EV_TABLE_ROW_ADDED, MAPI_FOLDER, dest, nf,
		      ENGINE_TABLE_HIERARCHY);
	return ret;
}

/* -ELOOP when dest is fid or below it. */
static int check_cycle(struct engine_mailbox *mb, engine_id_t fid,
		       engine_id_t dest)
{
	engine_id_t cur = dest;
	int n = 0, ret;

	while (cur != 0 && n++ < 10000) {
		struct folder_copy fc;

		if (cur == fid)
			return engine_fail(mb, -ELOOP,
					   "a folder cannot go below itself");
		ret = folder_load(mb, cur, &fc);
		folder_copy_free(&fc);
		if (ret < 0)
			return ret;
		cur = fc.f.parent;
	}
	return 0;
}

int engine_folder_copy(struct engine_mailbox *mb,
		       const struct engine_actor *actor, engine_id_t fid,
		       engine_id_t dest, const char *new_name, ULONG flags,
		       engine_id_t *new_fid_r)
{
	struct folder_copy fc = {0};
	bool move = (flags & FOLDER_MOVE) != 0;
	engine_id_t old_parent = 0, nf = 0;
	int ret;

	if (mb == NULL || actor == NULL ||
	    (flags & ~(ULONG)(FOLDER_MOVE | COPY_SUBFOLDERS | MAPI_UNICODE)))
		return -EINVAL;
	if (move && is_special(mb, fid))
		return engine_fail(mb, -EACCES,
				   "standard folders cannot be moved");
	ret = tx_begin(mb, true);
	if (ret < 0)
		return ret;
	ret = folder_exists(mb, dest);
	if (ret == 0)
		ret = require(mb, actor, fid,
			      move ? frightsOwner | frightsReadAny
				   : frightsReadAny | frightsVisible,
			      move ? "MoveFolder" : "CopyFolder");
	if (ret == 0)
		ret = require(mb, actor, dest, frightsCreateSubfolder,
			      move ? "MoveFolder" : "CopyFolder");
	if (ret == 0)
		ret = check_cycle(mb, fid, dest);
	if (ret == 0 && move) {
		ret = folder_load(mb, fid, &fc);
		if (ret == 0) {
			old_parent = fc.f.parent;
			fc.f.parent = dest;
			if (new_name) {
				SPropValue pv = {.ulPropTag =
						     PR_DISPLAY_NAME_W};

				alloc_free(fc.name);
				fc.name = alloc_strdup(new_name);
				pv.Value.lpszW = ustr_from_utf8(new_name);
				ret = fc.name && pv.Value.lpszW
					  ? pbag_set(&fc.props, &pv)
					  : -ENOMEM;
				alloc_free(pv.Value.lpszW);
			}
		}
		if (ret == 0)
			ret = folder_touch(mb, &fc);
		nf = fid;
		if (ret == 0) {
			struct engine_event ev = {.type =
						      ENGINE_EV_OBJECT_MOVED,
						  .object_type = MAPI_FOLDER,
						  .fid = fid,
						  .old_fid = old_parent};

			queue_event(mb, &ev);
			event(mb, ENGINE_EV_TABLE_ROW_DELETED, MAPI_FOLDER,
			      old_parent, fid, ENGINE_TABLE_HIERARCHY);
			event(mb, ENGINE_EV_TABLE_ROW_ADDED, MAPI_FOLDER, dest,
			      fid, ENGINE_TABLE_HIERARCHY);
		}
		folder_copy_free(&fc);
	} else if (ret == 0) {
		ret = copy_tree(mb, fid, dest, new_name,
				(flags & COPY_SUBFOLDERS) != 0, 0, &nf);
		if (ret == 0) {
			struct engine_event ev = {.type =
						      ENGINE_EV_OBJECT_COPIED,
						  .object_type = MAPI_FOLDER,
						  .fid = nf,
						  .old_fid = fid};

			queue_event(mb, &ev);
		}
	}
	if (ret == 0 && new_fid_r)
		*new_fid_r = nf;
	return tx_end(mb, ret);
}

int engine_folder_empty(struct engine_mailbox *mb,
			const struct engine_actor *actor, engine_id_t fid,
			ULONG flags)
{
	struct idlist l = {0};
	size_t i;
	int ret;

	if (mb == NULL || actor == NULL ||
	    (flags & ~(ULONG)(DEL_ASSOCIATED | DEL_FOLDERS)))
		return -EINVAL;
	ret = tx_begin(mb, true);
	if (ret < 0)
		return ret;
	ret = folder_exists(mb, fid);
	if (ret == 0)
		ret = require(mb, actor, fid, frightsDeleteAny, "EmptyFolder");
	if (ret == 0)
		ret = delete_folder_messages(mb, fid,
					     (flags & DEL_ASSOCIATED) != 0);
	if (ret == 0 && (flags & DEL_FOLDERS)) {
		ret = ebk_folder_children(mb, fid, child_cb, &l);
		for (i = 0; i < l.n && ret == 0; i++)
			ret = delete_tree(mb, l.ids[i], fid, 0);
	}
	alloc_free(l.ids);
	return tx_end(mb, ret);
}

/* The registered class that is the longest dot-separated prefix of cls. */
static int receive_lookup(struct engine_mailbox *mb, const char *cls,
			  engine_id_t *fid_r)
{
	char buf[256];
	size_t len = strlen(cls);
	int ret;

	if (len >= sizeof(buf))
		len = sizeof(buf) - 1;
	memcpy(buf, cls, len);
	buf[len] = 0;
	for (;;) {
		ret = ebk_receive_get(mb, buf, fid_r);
		if (ret != -ENOENT || buf[0] == 0)
			return ret;
		while (len > 0 && buf[len - 1] != '.')
			len--;
		if (len > 0)
			len--;
		buf[len] = 0;
	}
}

int engine_receive_folder_get(struct engine_mailbox *mb,
			      const struct engine_actor *actor,
			      const char *message_class, engine_id_t *fid_r)
{
	int ret;

	if (mb == NULL || actor == NULL || fid_r == NULL)
		return -EINVAL;
	ret = tx_begin(mb, false);
	if (ret < 0)
		return ret;
	ret = receive_lookup(mb, message_class ? message_class : "", fid_r);
	tx_rollback(mb);
	return ret;
}

int engine_receive_folder_list(struct engine_mailbox *mb,
			       const struct engine_actor *actor,
			       engine_receive_fn *fn, void *ctx)
{
	int ret;

	if (mb == NULL || actor == NULL || fn == NULL)
		return -EINVAL;
	ret = tx_begin(mb, false);
	if (ret < 0)
		return ret;
	ret = ebk_receive_list(mb, fn, ctx);
	tx_rollback(mb);
	return ret;
}

int engine_receive_folder_set(struct engine_mailbox *mb,
			      const struct engine_actor *actor,
			      const char *message_class, engine_id_t fid)
{
	int ret;

	if (mb == NULL || actor == NULL || message_class == NULL)
		return -EINVAL;
	if (!is_owner(mb, actor) && !(actor->flags & ENGINE_ACTOR_ADMIN_BYPASS))
		return engine_fail(mb, -EACCES,
				   "only the owner sets receive folders");
	ret = tx_begin(mb, true);
	if (ret < 0)
		return ret;
	ret = folder_exists(mb, fid);
	if (ret == 0 && !is_owner(mb, actor))
		ret = audit(mb, actor, "SetReceiveFolder", fid);
	if (ret == 0)
		ret = ebk_receive_set(mb, message_class, fid);
	return tx_end(mb, ret);
}

/* ---------------------------------------------------------------------------
 * Message data
 */

static int grow(void **arr, ULONG *cap, ULONG n, size_t elem)
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

struct engine_message {
	struct engine_mailbox *mb;
	char *principal;
	unsigned int actor_flags;
	engine_id_t fid, mid;
	bool is_new, writable, assoc, finished;
	uint64_t base_cn, cn;
	int64_t ctime, mtime;
	char *creator;
	ULONG flags; /* stored PR_MESSAGE_FLAGS bits */
	ULONG size;  /* as last saved */
	ULONG rights;
	struct engine_msgdata data;
	struct engine_attach *parent; /* embedded messages */
	/* Lobs written by streams of this message (and its attachments)
	 * and not yet part of a save: deleted when they are dropped. */
	int64_t *fresh;
	ULONG nfresh, capfresh;
};

struct engine_attach {
	struct engine_message *msg;
	ULONG num;
	bool writable;
	struct pbag props;
	struct engine_msgdata *embedded;
	int open_embedded;
	struct engine_msgdata lobs; /* only its lob references are used */
};

/* The top-level message of a message or attachment handle. */
static struct engine_message *top_message(struct engine_message *msg)
{
	while (msg->parent)
		msg = msg->parent->msg;
	return msg;
}

static int fresh_add(struct engine_message *msg, int64_t lob)
{
	msg = top_message(msg);
	if (grow((void **)&msg->fresh, &msg->capfresh, msg->nfresh,
		 sizeof(*msg->fresh)))
		return -ENOMEM;
	msg->fresh[msg->nfresh++] = lob;
	return 0;
}

static bool lob_in(const struct engine_msgdata *d, int64_t lob)
{
	ULONG i;

	for (i = 0; i < d->nlobs; i++)
		if (d->lobs[i].lob == lob)
			return true;
	return false;
}

/* Deletes the fresh lobs that keep (may be NULL) does not reference;
 * inside the caller's transaction when in_tx, else in one of its own. */
static int fresh_drop(struct engine_message *msg,
		      const struct engine_msgdata *keep, bool in_tx)
{
	struct engine_mailbox *mb = msg->mb;
	ULONG i;
	int ret = 0;

	if (msg->nfresh == 0)
		return 0;
	if (!in_tx)
		ret = ebk_begin(mb, true, NULL);
	for (i = 0; i < msg->nfresh && ret == 0; i++)
		if (keep == NULL || !lob_in(keep, msg->fresh[i]))
			ret = ebk_lob_delete(mb, msg->fresh[i]);
	if (!in_tx) {
		if (ret == 0)
			ret = ebk_commit(mb, NULL);
		else
			ebk_rollback(mb);
	}
	return ret;
}

static void msgdata_clear(struct engine_msgdata *d);

static void msgdata_free(struct engine_msgdata *d)
{
	if (d == NULL)
		return;
	msgdata_clear(d);
	alloc_free(d);
}

static void msgdata_clear(struct engine_msgdata *d)
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

static struct engine_attdata *msgdata_add_att(struct engine_msgdata *d,
					      ULONG num)
{
	struct engine_attdata *a;

	if (grow((void **)&d->atts, &d->capatts, d->natts, sizeof(*d->atts)))
		return NULL;
	a = &d->atts[d->natts++];
	memset(a, 0, sizeof(*a));
	a->num = num;
	if (num >= d->next_att)
		d->next_att = num + 1;
	return a;
}

static struct engine_rcpt *msgdata_add_rcpt(struct engine_msgdata *d,
					    ULONG rowid)
{
	struct engine_rcpt *r;

	if (grow((void **)&d->rcpts, &d->caprcpts, d->nrcpts,
		 sizeof(*d->rcpts)))
		return NULL;
	r = &d->rcpts[d->nrcpts++];
	memset(r, 0, sizeof(*r));
	r->rowid = rowid;
	if (rowid >= d->next_rowid)
		d->next_rowid = rowid + 1;
	return r;
}

static int msgdata_copy(struct engine_msgdata *dst,
			const struct engine_msgdata *src)
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

/* ---------------------------------------------------------------------------
 * Large values: lob references of a message's data
 */

/* Values at least this big are stored as lobs (top-level messages). */
#define LOB_MIN 32768
/* Bytes per lob chunk row. */
#define LOB_CHUNK 262144

static struct engine_lobref *lob_find(const struct engine_msgdata *d,
				      uint32_t num, ULONG prop_id)
{
	ULONG i;

	for (i = 0; i < d->nlobs; i++)
		if (d->lobs[i].num == num && PROP_ID(d->lobs[i].tag) == prop_id)
			return &d->lobs[i];
	return NULL;
}

/* Sets (replacing one of the same property) a lob reference. */
static int lob_put(struct engine_msgdata *d, uint32_t num, ULONG tag,
		   int64_t lob, uint64_t size)
{
	struct engine_lobref *r = lob_find(d, num, PROP_ID(tag));

	if (r == NULL) {
		if (grow((void **)&d->lobs, &d->caplobs, d->nlobs,
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
static void lob_forget(struct engine_msgdata *d, uint32_t num, ULONG prop_id)
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

static int lob_list_cb(void *ctx, int64_t lob, uint32_t num, ULONG tag,
		       uint64_t size)
{
	return lob_put(ctx, num, tag, lob, size);
}

/* True for values that go to a lob when they are large. */
static bool lob_type(ULONG tag)
{
	ULONG t = PROP_TYPE(tag);

	return t == PT_BINARY || t == PT_UNICODE || t == PT_STRING8;
}

/* The stream bytes of a value: binary as is, strings as a stream of
 * them reads (UTF-16LE for PT_UNICODE). */
static void value_bytes(const SPropValue *v, const void **p_r, size_t *n_r)
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

	value_bytes(v, &p, &n);
	ret = ebk_lob_new(mb, engine_now(), lob_r);
	for (off = 0; off < n && ret == 0; off += LOB_CHUNK, seq++)
		ret = ebk_lob_append(mb, *lob_r, seq, (const char *)p + off,
				     n - off < LOB_CHUNK ? n - off : LOB_CHUNK);
	*size_r = n;
	return ret;
}

static size_t bag_size(const struct pbag *bag)
{
	size_t s = 0;
	ULONG i;

	for (i = 0; i < bag->count; i++)
		s += pblob_value_size(bag->v[i]) + 4;
	return s;
}

static size_t msgdata_size(const struct engine_msgdata *d)
{
	size_t s = bag_size(&d->props);
	ULONG i;

	for (i = 0; i < d->nlobs; i++)
		s += (size_t)d->lobs[i].size;
	for (i = 0; i < d->nrcpts; i++)
		s += bag_size(&d->rcpts[i].props);
	for (i = 0; i < d->natts; i++) {
		s += bag_size(&d->atts[i].props);
		if (d->atts[i].embedded)
			s += msgdata_size(d->atts[i].embedded);
	}
	return s;
}

/* Loading from the database. */
struct load_ctx {
	struct engine_msgdata *d;
	struct engine_message *msg; /* top level: gets the row fields */
	uint64_t fid;
	bool assoc;
	uint64_t cn;
	int64_t ctime, mtime;
	char *creator;
	int64_t flags, size;
	bool is_embedded;
};

static int load_row_cb(void *ctx, const struct eb_message *m)
{
	struct load_ctx *lc = ctx;
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
		ret = bag_add_columns(&lc->d->props, m);
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

static int msgdata_load(struct engine_mailbox *mb, uint64_t mid,
			struct load_ctx *lc, int depth)
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
		struct load_ctx sub = {0};

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

struct persist {
	uint64_t mid, fid, parent_mid;
	uint32_t parent_num;
	bool assoc;
	uint64_t cn;
	int64_t ctime, mtime;
	const char *creator;
	ULONG flags;
};

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
static int msgdata_persist(struct engine_mailbox *mb,
			   const struct engine_msgdata *d,
			   const struct persist *p, int depth)
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
	msg_columns(&d->props, &m, texts, strip);
	for (k = 0; k < EB_COL_COUNT; k++)
		if (strip[k])
			skip[nskip++] = col_prop_ids[k];
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
		struct persist sub = *p;

		if (d->atts[i].embedded == NULL)
			continue;
		ret = alloc_ids(mb, 1, &sub.mid);
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

/* ---------------------------------------------------------------------------
 * Messages
 */

/* A message's row without its property blob, from a backend that can
 * give one (version 2), else the whole row. */
static int msg_head(struct engine_mailbox *mb, uint64_t mid, eb_message_fn *fn,
		    void *ctx)
{
	int ret = ebk_msg_head(mb, mid, fn, ctx);

	return ret == -ENOTSUP ? ebk_msg_get(mb, mid, fn, ctx) : ret;
}

static bool actor_is(const struct engine_message *msg, const char *who)
{
	return msg->principal && who && strcasecmp(msg->principal, who) == 0;
}

static struct engine_message *msg_new(struct engine_mailbox *mb,
				      const struct engine_actor *actor)
{
	struct engine_message *msg = alloc_calloc(1, sizeof(*msg));

	if (msg == NULL)
		return NULL;
	msg->mb = mb;
	msg->actor_flags = actor->flags;
	if (actor->principal) {
		msg->principal = alloc_strdup(actor->principal);
		if (msg->principal == NULL) {
			alloc_free(msg);
			return NULL;
		}
	}
	mb->open_objects++;
	return msg;
}

void engine_message_close(struct engine_message *msg)
{
	if (msg == NULL)
		return;
	if (msg->parent)
		msg->parent->open_embedded--;
	/* Unsaved stream data; what fails here the next open collects. */
	if (fresh_drop(msg, NULL, false) < 0)
		engine_fail(msg->mb, -EIO, "cannot drop unsaved stream data");
	alloc_free(msg->fresh);
	msgdata_clear(&msg->data);
	alloc_free(msg->principal);
	alloc_free(msg->creator);
	msg->mb->open_objects--;
	alloc_free(msg);
}

int engine_message_create(struct engine_mailbox *mb,
			  const struct engine_actor *actor, engine_id_t fid,
			  ULONG flags, struct engine_message **msg_r)
{
	struct engine_message *msg;
	ULONG rights = 0;
	int ret;

	if (mb == NULL || actor == NULL || msg_r == NULL ||
	    (flags & ~(ULONG)ENGINE_MSG_ASSOCIATED))
		return -EINVAL;
	ret = tx_begin(mb, false);
	if (ret < 0)
		return ret;
	ret = folder_exists(mb, fid);
	if (ret == 0)
		ret =
		    engine_rights_of(mb, actor, fid, "CreateMessage", &rights);
	tx_rollback(mb);
	if (ret < 0)
		return ret;
	if (!(rights & frightsCreate))
		return engine_fail(mb, -EACCES, "no right to create messages");
	msg = msg_new(mb, actor);
	if (msg == NULL)
		return -ENOMEM;
	msg->fid = fid;
	msg->is_new = true;
	msg->writable = true;
	msg->assoc = (flags & ENGINE_MSG_ASSOCIATED) != 0;
	msg->flags = MSGFLAG_UNSENT | MSGFLAG_READ;
	msg->rights = rights | frightsEditOwned;
	msg->ctime = msg->mtime = engine_now();
	msg->creator = alloc_strdup(actor->principal ? actor->principal : "");
	if (msg->creator == NULL) {
		engine_message_close(msg);
		return -ENOMEM;
	}
	*msg_r = msg;
	return 0;
}

static bool may_edit(ULONG rights, bool own)
{
	return (rights & frightsEditAny) ||
	       ((rights & frightsEditOwned) && own);
}

static bool may_delete(ULONG rights, bool own)
{
	return (rights & frightsDeleteAny) ||
	       ((rights & frightsDeleteOwned) && own);
}

int engine_message_open(struct engine_mailbox *mb,
			const struct engine_actor *actor, engine_id_t fid,
			engine_id_t mid, ULONG flags,
			struct engine_message **msg_r)
{
	struct engine_message *msg;
	struct load_ctx lc = {0};
	ULONG rights = 0;
	int ret;

	if (mb == NULL || actor == NULL || msg_r == NULL ||
	    (flags & ~(ULONG)(ENGINE_MSG_WRITE | MAPI_BEST_ACCESS)))
		return -EINVAL;
	msg = msg_new(mb, actor);
	if (msg == NULL)
		return -ENOMEM;
	lc.d = &msg->data;
	ret = tx_begin(mb, false);
	if (ret < 0) {
		engine_message_close(msg);
		return ret;
	}
	ret = msgdata_load(mb, mid, &lc, 0);
	if (ret == 0 && (lc.is_embedded || (fid != 0 && lc.fid != fid)))
		ret = -ENOENT;
	if (ret == -ENOENT)
		engine_fail(mb, ret, "no such message");
	if (ret == 0)
		ret =
		    engine_rights_of(mb, actor, lc.fid, "OpenMessage", &rights);
	tx_rollback(mb);
	msg->creator = lc.creator;
	if (ret == 0 && !(rights & frightsReadAny))
		ret = engine_fail(mb, -EACCES, "no right to read the message");
	if (ret == 0 && (flags & ENGINE_MSG_WRITE)) {
		if (may_edit(rights, actor_is(msg, lc.creator)))
			msg->writable = true;
		else if (!(flags & MAPI_BEST_ACCESS))
			ret = engine_fail(mb, -EACCES,
					  "no right to change the message");
	}
	if (ret < 0) {
		engine_message_close(msg);
		return ret;
	}
	msg->fid = lc.fid;
	msg->mid = mid;
	msg->assoc = lc.assoc;
	msg->base_cn = msg->cn = lc.cn;
	msg->ctime = lc.ctime;
	msg->mtime = lc.mtime;
	msg->flags = (ULONG)lc.flags;
	msg->size = (ULONG)lc.size;
	msg->rights = rights;
	*msg_r = msg;
	return 0;
}

void engine_message_ids(const struct engine_message *msg, engine_id_t *fid_r,
			engine_id_t *mid_r)
{
	const struct engine_message *top = msg;

	while (top->parent)
		top = top->parent->msg;
	if (fid_r)
		*fid_r = top->fid;
	if (mid_r)
		*mid_r = msg->parent ? 0 : msg->mid;
}

struct engine_mailbox *engine_message_mailbox(const struct engine_message *msg)
{
	return msg->mb;
}

const struct engine_msgdata *
engine_message_data(const struct engine_message *msg)
{
	return &msg->data;
}

/* Large values are read through streams: GetProps reports them as
 * MAPI_E_NOT_ENOUGH_MEMORY, as Exchange does for values too big for it. */
static void add_lob_errors(struct pcoll *c, const struct engine_msgdata *d,
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

/* All properties of an open message, computed ones included. */
static int message_all_props(struct engine_message *msg, struct pcoll *c)
{
	struct engine_mailbox *mb = msg->mb;
	ULONG i, flags = msg->flags;
	uint8_t eid[EID_MESSAGE_SIZE], key[EID_SOURCE_KEY_SIZE];
	size_t size = msgdata_size(&msg->data);

	for (i = 0; i < msg->data.props.count; i++)
		if (PROP_ID(msg->data.props.v[i]->ulPropTag) !=
		    PROP_ID(PR_MESSAGE_FLAGS))
			pcoll_add(c, msg->data.props.v[i]);
	add_lob_errors(c, &msg->data, EB_LOB_MESSAGE);
	flags &= ~(ULONG)(MSGFLAG_HASATTACH | MSGFLAG_ASSOCIATED);
	if (msg->data.natts)
		flags |= MSGFLAG_HASATTACH;
	if (msg->assoc)
		flags |= MSGFLAG_ASSOCIATED;
	if (msg->mid != 0 && msg->parent == NULL) {
		eid_message(&mb->db_guid, msg->fid, msg->mid, eid);
		pcoll_bin(c, PR_ENTRYID, eid, sizeof(eid));
		pcoll_bin(c, PR_RECORD_KEY, eid, sizeof(eid));
		add_change_ids(mb, c, msg->mid, msg->cn);
	}
	if (msg->parent == NULL) {
		eid_folder(&mb->db_guid, msg->fid, eid);
		pcoll_bin(c, PR_PARENT_ENTRYID, eid, EID_FOLDER_SIZE);
		eid_source_key(&mb->db_guid, msg->fid, key);
		pcoll_bin(c, PR_PARENT_SOURCE_KEY, key, sizeof(key));
	}
	add_store_ids(mb, c);
	pcoll_long(c, PR_OBJECT_TYPE, MAPI_MESSAGE);
	pcoll_long(c, PR_MESSAGE_FLAGS, (LONG)flags);
	pcoll_long(c, PR_MESSAGE_SIZE, (LONG)size);
	pcoll_i8(c, PR_MESSAGE_SIZE_EXTENDED, (int64_t)size);
	pcoll_bool(c, PR_HASATTACH, msg->data.natts != 0);
	pcoll_long(c, PR_ACCESS, (LONG)access_of(msg->rights, false));
	pcoll_long(c, PR_ACCESS_LEVEL, msg->writable ? MAPI_MODIFY : 0);
	pcoll_time(c, PR_CREATION_TIME, msg->ctime);
	pcoll_time(c, PR_LAST_MODIFICATION_TIME, msg->mtime);
	return c->failed ? -ENOMEM : 0;
}

int engine_message_get_props(struct engine_message *msg,
			     const SPropTagArray *tags, ULONG *count_r,
			     SPropValue **props_r)
{
	struct pcoll c = {0};
	int ret;

	if (msg == NULL || count_r == NULL || props_r == NULL)
		return -EINVAL;
	ret = message_all_props(msg, &c);
	if (ret == 0)
		ret = finish_props(&c, tags, count_r, props_r);
	pcoll_free(&c);
	return ret;
}

static int msg_writable(struct engine_message *msg)
{
	if (msg == NULL)
		return -EINVAL;
	if (!msg->writable || msg->finished)
		return engine_fail(msg->mb, -EACCES,
				   "the message is open read-only");
	return 0;
}

int engine_message_set_props(struct engine_message *msg, ULONG count,
			     const SPropValue *props)
{
	ULONG i;
	int ret;

	ret = msg_writable(msg);
	if (ret < 0)
		return ret;
	ret = check_settable(count, props);
	if (ret < 0)
		return engine_fail(msg->mb, ret, "property cannot be set");
	for (i = 0; i < count; i++) {
		if (PROP_ID(props[i].ulPropTag) == PROP_ID(PR_MESSAGE_FLAGS)) {
			/* Settable until the first save only. */
			if (!msg->is_new ||
			    PROP_TYPE(props[i].ulPropTag) != PT_LONG)
				return engine_fail(msg->mb, -EACCES,
						   "PR_MESSAGE_FLAGS is read-"
						   "only once saved");
			msg->flags = (ULONG)props[i].Value.l;
			continue;
		}
		ret = bag_set_norm(&msg->data.props, &props[i]);
		if (ret < 0)
			return ret;
		lob_forget(&msg->data, EB_LOB_MESSAGE,
			   PROP_ID(props[i].ulPropTag));
	}
	return 0;
}

int engine_message_delete_props(struct engine_message *msg,
				const SPropTagArray *tags)
{
	ULONG i;
	int ret;

	ret = msg_writable(msg);
	if (ret < 0)
		return ret;
	if (tags == NULL)
		return -EINVAL;
	for (i = 0; i < tags->cValues; i++) {
		if (msg_computed(PROP_ID(tags->aulPropTag[i])))
			return engine_fail(msg->mb, -EACCES,
					   "computed properties cannot be "
					   "deleted");
		pbag_delete(&msg->data.props, PROP_ID(tags->aulPropTag[i]));
		lob_forget(&msg->data, EB_LOB_MESSAGE,
			   PROP_ID(tags->aulPropTag[i]));
	}
	return 0;
}

/* Fills a recipient's bag from an ADRENTRY (PR_ROWID dropped); borrow:
 * keep pointers to the caller's values where no conversion is needed
 * (bulk creates, whose input outlives the bag). */
static int rcpt_fill(struct pbag *bag, const ADRENTRY *e, bool borrow)
{
	ULONG i;
	int ret;

	if (e->cValues && e->rgPropVals == NULL)
		return -EINVAL;
	for (i = 0; i < e->cValues; i++) {
		ULONG type = PROP_TYPE(e->rgPropVals[i].ulPropTag);

		if (PROP_ID(e->rgPropVals[i].ulPropTag) == PROP_ID(PR_ROWID) ||
		    type == PT_ERROR || type == PT_NULL)
			continue;
		if (!pblob_type_ok(type) || type == PT_UNSPECIFIED)
			return -EINVAL;
		if (borrow && type != PT_STRING8 && type != PT_MV_STRING8)
			ret = pbag_borrow(bag, &e->rgPropVals[i]);
		else
			ret = bag_set_norm(bag, &e->rgPropVals[i]);
		if (ret < 0)
			return ret;
	}
	return 0;
}

static const SPropValue *entry_rowid(const ADRENTRY *e)
{
	ULONG i;

	for (i = 0; i < e->cValues; i++)
		if (e->rgPropVals[i].ulPropTag == PR_ROWID)
			return &e->rgPropVals[i];
	return NULL;
}

static int rcpts_modify(struct engine_msgdata *d, ULONG flags,
			const ADRLIST *list, bool borrow)
{
	ULONG i, j;
	int ret = 0;

	if (flags == 0) {
		for (j = 0; j < d->nrcpts; j++)
			pbag_clear(&d->rcpts[j].props);
		d->nrcpts = 0;
		d->next_rowid = 0;
		flags = MODRECIP_ADD;
	}
	for (i = 0; list && i < list->cEntries && ret == 0; i++) {
		const ADRENTRY *e = &list->aEntries[i];
		const SPropValue *rowid = entry_rowid(e);

		if (flags & MODRECIP_ADD) {
			struct engine_rcpt *r =
			    msgdata_add_rcpt(d, d->next_rowid);

			ret = r ? rcpt_fill(&r->props, e, borrow) : -ENOMEM;
			continue;
		}
		if (rowid == NULL)
			return -EINVAL;
		for (j = 0; j < d->nrcpts; j++)
			if (d->rcpts[j].rowid == (ULONG)rowid->Value.l)
				break;
		if (j == d->nrcpts) {
			if (flags & MODRECIP_REMOVE)
				continue;
			return -ENOENT;
		}
		pbag_clear(&d->rcpts[j].props);
		if (flags & MODRECIP_REMOVE) {
			memmove(&d->rcpts[j], &d->rcpts[j + 1],
				(d->nrcpts - j - 1) * sizeof(*d->rcpts));
			d->nrcpts--;
		} else {
			ret = rcpt_fill(&d->rcpts[j].props, e, borrow);
		}
	}
	return ret;
}

int engine_message_modify_recipients(struct engine_message *msg, ULONG flags,
				     const ADRLIST *list)
{
	int ret;

	ret = msg_writable(msg);
	if (ret < 0)
		return ret;
	if (flags != 0 && flags != MODRECIP_ADD && flags != MODRECIP_MODIFY &&
	    flags != MODRECIP_REMOVE)
		return -EINVAL;
	if (list == NULL && flags != 0)
		return -EINVAL;
	return rcpts_modify(&msg->data, flags, list, false);
}

int engine_message_set_read_flag(struct engine_message *msg, ULONG flags)
{
	struct engine_mailbox *mb;
	ULONG set, clear;
	uint64_t cn;
	int ret;

	if (msg == NULL ||
	    (flags & ~(ULONG)(CLEAR_READ_FLAG | SUPPRESS_RECEIPT |
			      0x8 /* GENERATE_RECEIPT_ONLY */)))
		return -EINVAL;
	mb = msg->mb;
	set = (flags & CLEAR_READ_FLAG) ? 0 : MSGFLAG_READ;
	clear = (flags & CLEAR_READ_FLAG) ? MSGFLAG_READ : 0;
	msg->flags = (msg->flags | set) & ~clear;
	if (msg->is_new || msg->parent)
		return 0;
	ret = tx_begin(mb, true);
	if (ret < 0)
		return ret;
	ret = alloc_ids(mb, 1, &cn);
	if (ret == 0)
		ret = ebk_msg_set_flags(mb, msg->mid, set, clear, cn);
	if (ret == 0) {
		/* Our own change does not conflict with our save. */
		if (msg->base_cn == msg->cn)
			msg->base_cn = cn;
		msg->cn = cn;
		event(mb, ENGINE_EV_OBJECT_MODIFIED, MAPI_MESSAGE, msg->fid,
		      msg->mid, 0);
		event(mb, ENGINE_EV_TABLE_ROW_MODIFIED, MAPI_MESSAGE, msg->fid,
		      msg->mid,
		      msg->assoc ? ENGINE_TABLE_ASSOCIATED
				 : ENGINE_TABLE_CONTENTS);
	}
	return tx_end(mb, ret);
}

struct cn_ctx {
	uint64_t cn;
	int64_t size;
};

static int cn_cb(void *ctx, const struct eb_message *m)
{
	struct cn_ctx *c = ctx;

	c->cn = m->change_num;
	c->size = m->col[EB_COL_SIZE].i;
	return 0;
}

static bool is_sending(const struct engine_message *msg)
{
	const SPropValue *v =
	    pbag_find(&msg->data.props, PROP_ID(PR_SUBMIT_FLAGS));

	return msg->fid == msg->mb->special[ENGINE_FOLDER_OUTBOX] ||
	       (msg->flags & MSGFLAG_SUBMIT) || v != NULL;
}

/* Whether any quota is set (one read of the store's properties). */
static bool quotas_set(struct engine_mailbox *mb)
{
	static const ULONG ids[] = {PROP_ID(PR_STORAGE_QUOTA_LIMIT),
				    PROP_ID(PR_PROHIBIT_RECEIVE_QUOTA),
				    PROP_ID(PR_PROHIBIT_SEND_QUOTA)};
	struct pbag bag = {0};
	bool any = false;
	unsigned int i;

	if (store_bag(mb, &bag) < 0) {
		pbag_clear(&bag);
		return true; /* let check_quota() report the failure */
	}
	for (i = 0; i < 3; i++) {
		const SPropValue *v = pbag_find(&bag, ids[i]);

		if (v && PROP_TYPE(v->ulPropTag) == PT_LONG && v->Value.l > 0)
			any = true;
	}
	pbag_clear(&bag);
	return any;
}

/* Saves a top-level message: one write transaction. */
static int save_top(struct engine_message *msg, ULONG flags)
{
	struct engine_mailbox *mb = msg->mb;
	struct cn_ctx cur = {0};
	struct persist p = {0};
	uint64_t ids;
	int ret;

	ret = tx_begin(mb, true);
	if (ret < 0)
		return ret;
	if (!msg->is_new) {
		ret = msg_head(mb, msg->mid, cn_cb, &cur);
		if (ret == -ENOENT)
			ret =
			    engine_fail(mb, -EIDRM, "the message was deleted");
		else if (ret == 0 && cur.cn != msg->base_cn &&
			 !(flags & FORCE_SAVE))
			ret = engine_fail(mb, -ESTALE,
					  "the message was changed by "
					  "another save");
		/* The lobs it keeps are attached again by the persist;
		 * the others go with drop_detached below. */
		if (ret == 0)
			ret = ebk_lob_detach(mb, msg->mid);
		if (ret == 0)
			ret = ebk_msg_delete(mb, msg->mid);
	} else {
		ret = folder_exists(mb, msg->fid);
	}
	if (ret == 0)
		ret = alloc_ids(mb, msg->is_new ? 2 : 1, &ids);
	if (ret == 0) {
		p.mid = msg->is_new ? ids : msg->mid;
		p.cn = msg->is_new ? ids + 1 : ids;
		p.fid = msg->fid;
		p.assoc = msg->assoc;
		p.ctime = msg->ctime;
		p.mtime = engine_now();
		p.creator = msg->creator;
		p.flags = msg->flags;
		ret = msgdata_persist(mb, &msg->data, &p, 0);
	}
	if (ret == 0 && !msg->is_new)
		ret = ebk_lob_drop_detached(mb, p.mid);
	if (ret == 0)
		ret = fresh_drop(msg, &msg->data, true);
	if (ret == 0 && quotas_set(mb))
		ret = check_quota(mb, false, is_sending(msg));
	if (ret == 0) {
		enum engine_table_kind tk = msg->assoc ? ENGINE_TABLE_ASSOCIATED
						       : ENGINE_TABLE_CONTENTS;

		event(mb,
		      msg->is_new ? ENGINE_EV_OBJECT_CREATED
				  : ENGINE_EV_OBJECT_MODIFIED,
		      MAPI_MESSAGE, msg->fid, p.mid, 0);
		event(mb,
		      msg->is_new ? ENGINE_EV_TABLE_ROW_ADDED
				  : ENGINE_EV_TABLE_ROW_MODIFIED,
		      MAPI_MESSAGE, msg->fid, p.mid, tk);
	}
	ret = tx_end(mb, ret);
	if (ret == 0) {
		msg->nfresh = 0; /* attached, or deleted */
		msg->mid = p.mid;
		msg->cn = msg->base_cn = p.cn;
		msg->mtime = p.mtime;
		msg->is_new = false;
	}
	return ret;
}

int engine_message_save(struct engine_message *msg, ULONG flags)
{
	int ret;

	ret = msg_writable(msg);
	if (ret < 0)
		return ret;
	if (flags & ~(ULONG)(KEEP_OPEN_READONLY | KEEP_OPEN_READWRITE |
			     FORCE_SAVE | MAPI_DEFERRED_ERRORS))
		return -EINVAL;
	if (msg->parent) {
		struct engine_attach *att = msg->parent;
		struct engine_msgdata *copy = alloc_calloc(1, sizeof(*copy));

		if (copy == NULL)
			return -ENOMEM;
		ret = msgdata_copy(copy, &msg->data);
		if (ret < 0) {
			alloc_free(copy);
			return ret;
		}
		if (msg->flags) {
			SPropValue f = {.ulPropTag = PR_MESSAGE_FLAGS};

			f.Value.l = (LONG)msg->flags;
			ret = pbag_set(&copy->props, &f);
		}
		msgdata_free(att->embedded);
		att->embedded = copy;
		msg->is_new = false;
	} else {
		ret = save_top(msg, flags);
	}
	if (ret < 0)
		return ret;
	if (flags & KEEP_OPEN_READONLY)
		msg->writable = false;
	else if (!(flags & KEEP_OPEN_READWRITE))
		msg->finished = true;
	return 0;
}

/* ---------------------------------------------------------------------------
 * Attachments
 */

static struct engine_attdata *find_att(struct engine_msgdata *d, ULONG num)
{
	ULONG i;

	for (i = 0; i < d->natts; i++)
		if (d->atts[i].num == num)
			return &d->atts[i];
	return NULL;
}

static struct engine_attach *att_new(struct engine_message *msg, ULONG num)
{
	struct engine_attach *att = alloc_calloc(1, sizeof(*att));

	if (att == NULL)
		return NULL;
	att->msg = msg;
	att->num = num;
	att->writable = msg->writable && !msg->finished;
	for (ULONG i = 0; i < msg->data.nlobs; i++) {
		const struct engine_lobref *r = &msg->data.lobs[i];

		if (r->num == num &&
		    lob_put(&att->lobs, num, r->tag, r->lob, r->size) < 0) {
			msgdata_clear(&att->lobs);
			alloc_free(att);
			return NULL;
		}
	}
	msg->mb->open_objects++;
	return att;
}

void engine_attach_close(struct engine_attach *att)
{
	if (att == NULL)
		return;
	pbag_clear(&att->props);
	msgdata_free(att->embedded);
	msgdata_clear(&att->lobs);
	att->msg->mb->open_objects--;
	alloc_free(att);
}

int engine_attach_create(struct engine_message *msg,
			 struct engine_attach **att_r, ULONG *num_r)
{
	struct engine_attach *att;
	SPropValue pv = {.ulPropTag = PR_ATTACH_NUM};
	int ret;

	ret = msg_writable(msg);
	if (ret < 0)
		return ret;
	if (att_r == NULL)
		return -EINVAL;
	att = att_new(msg, msg->data.next_att++);
	if (att == NULL)
		return -ENOMEM;
	pv.Value.l = (LONG)att->num;
	ret = pbag_set(&att->props, &pv);
	if (ret < 0) {
		engine_attach_close(att);
		return ret;
	}
	*att_r = att;
	if (num_r)
		*num_r = att->num;
	return 0;
}

int engine_attach_open(struct engine_message *msg, ULONG num, ULONG flags,
		       struct engine_attach **att_r)
{
	struct engine_attdata *a;
	struct engine_attach *att;
	int ret;

	if (msg == NULL || att_r == NULL ||
	    (flags & ~(ULONG)(MAPI_MODIFY | MAPI_BEST_ACCESS)))
		return -EINVAL;
	a = find_att(&msg->data, num);
	if (a == NULL)
		return engine_fail(msg->mb, -ENOENT, "no such attachment");
	if ((flags & MAPI_MODIFY) && !(flags & MAPI_BEST_ACCESS) &&
	    (!msg->writable || msg->finished))
		return engine_fail(msg->mb, -EACCES,
				   "the message is open read-only");
	att = att_new(msg, num);
	if (att == NULL)
		return -ENOMEM;
	att->writable = att->writable && (flags & MAPI_MODIFY);
	ret = pbag_copy(&att->props, &a->props);
	if (ret == 0 && a->embedded) {
		att->embedded = alloc_calloc(1, sizeof(*att->embedded));
		ret = att->embedded ? msgdata_copy(att->embedded, a->embedded)
				    : -ENOMEM;
	}
	if (ret < 0) {
		engine_attach_close(att);
		return ret;
	}
	*att_r = att;
	return 0;
}

int engine_attach_delete(struct engine_message *msg, ULONG num)
{
	struct engine_attdata *a;
	ULONG i;
	int ret;

	ret = msg_writable(msg);
	if (ret < 0)
		return ret;
	a = find_att(&msg->data, num);
	if (a == NULL)
		return engine_fail(msg->mb, -ENOENT, "no such attachment");
	i = (ULONG)(a - msg->data.atts);
	lob_forget(&msg->data, num, 0);
	pbag_clear(&a->props);
	msgdata_free(a->embedded);
	memmove(&msg->data.atts[i], &msg->data.atts[i + 1],
		(msg->data.natts - i - 1) * sizeof(*a));
	msg->data.natts--;
	return 0;
}

int engine_attach_get_props(struct engine_attach *att,
			    const SPropTagArray *tags, ULONG *count_r,
			    SPropValue **props_r)
{
	struct pcoll c = {0};
	ULONG i;
	size_t size;
	int ret;

	if (att == NULL || count_r == NULL || props_r == NULL)
		return -EINVAL;
	for (i = 0; i < att->props.count; i++)
		pcoll_add(&c, att->props.v[i]);
	add_lob_errors(&c, &att->lobs, att->num);
	size = bag_size(&att->props) +
	       (att->embedded ? msgdata_size(att->embedded) : 0);
	for (i = 0; i < att->lobs.nlobs; i++)
		size += (size_t)att->lobs.lobs[i].size;
	pcoll_long(&c, PR_OBJECT_TYPE, MAPI_ATTACH);
	pcoll_long(&c, PROP_TAG(PT_LONG, 0x0E20) /* PR_ATTACH_SIZE */,
		   (LONG)size);
	pcoll_long(&c, PR_ACCESS_LEVEL, att->writable ? MAPI_MODIFY : 0);
	ret = finish_props(&c, tags, count_r, props_r);
	pcoll_free(&c);
	return ret;
}

int engine_attach_set_props(struct engine_attach *att, ULONG count,
			    const SPropValue *props)
{
	ULONG i;
	int ret;

	if (att == NULL || (count && props == NULL))
		return -EINVAL;
	if (!att->writable)
		return engine_fail(att->msg->mb, -EACCES,
				   "the attachment is read-only");
	for (i = 0; i < count; i++) {
		ULONG type = PROP_TYPE(props[i].ulPropTag);

		if (PROP_ID(props[i].ulPropTag) == PROP_ID(PR_ATTACH_NUM))
			return -EACCES;
		if (!pblob_type_ok(type) || type == PT_NULL ||
		    type == PT_ERROR || type == PT_UNSPECIFIED)
			return -EINVAL;
		ret = bag_set_norm(&att->props, &props[i]);
		if (ret < 0)
			return ret;
		lob_forget(&att->lobs, att->num, PROP_ID(props[i].ulPropTag));
	}
	return 0;
}

int engine_attach_delete_props(struct engine_attach *att,
			       const SPropTagArray *tags)
{
	ULONG i;

	if (att == NULL || tags == NULL)
		return -EINVAL;
	if (!att->writable)
		return -EACCES;
	for (i = 0; i < tags->cValues; i++) {
		if (PROP_ID(tags->aulPropTag[i]) == PROP_ID(PR_ATTACH_NUM))
			continue;
		pbag_delete(&att->props, PROP_ID(tags->aulPropTag[i]));
		lob_forget(&att->lobs, att->num, PROP_ID(tags->aulPropTag[i]));
	}
	return 0;
}

int engine_attach_open_embedded(struct engine_attach *att, ULONG flags,
				struct engine_message **msg_r)
{
	struct engine_message *top, *msg;
	struct engine_actor actor;
	SPropValue meth = {.ulPropTag = PR_ATTACH_METHOD};
	int ret;

	if (att == NULL || msg_r == NULL ||
	    (flags & ~(ULONG)(MAPI_CREATE | MAPI_MODIFY | MAPI_BEST_ACCESS)))
		return -EINVAL;
	if (att->embedded == NULL && !(flags & MAPI_CREATE))
		return engine_fail(att->msg->mb, -ENOENT,
				   "the attachment has no embedded message");
	if ((flags & (MAPI_CREATE | MAPI_MODIFY)) && !att->writable)
		return engine_fail(att->msg->mb, -EACCES,
				   "the attachment is read-only");
	top = att->msg;
	actor.principal = top->principal;
	actor.flags = top->actor_flags;
	msg = msg_new(top->mb, &actor);
	if (msg == NULL)
		return -ENOMEM;
	msg->parent = att;
	msg->rights = top->rights;
	msg->writable = att->writable && (flags & (MAPI_CREATE | MAPI_MODIFY));
	msg->ctime = msg->mtime = engine_now();
	msg->creator = alloc_strdup(top->creator ? top->creator : "");
	ret = msg->creator ? 0 : -ENOMEM;
	if (ret == 0 && att->embedded) {
		const SPropValue *f;

		ret = msgdata_copy(&msg->data, att->embedded);
		f = pbag_find(&msg->data.props, PROP_ID(PR_MESSAGE_FLAGS));
		if (f && PROP_TYPE(f->ulPropTag) == PT_LONG)
			msg->flags = (ULONG)f->Value.l;
		pbag_delete(&msg->data.props, PROP_ID(PR_MESSAGE_FLAGS));
	} else if (ret == 0) {
		msg->is_new = true;
		msg->flags = MSGFLAG_UNSENT | MSGFLAG_READ;
		meth.Value.l = ATTACH_EMBEDDED_MSG;
		ret = pbag_set(&att->props, &meth);
	}
	att->open_embedded++;
	if (ret < 0) {
		engine_message_close(msg);
		return ret;
	}
	*msg_r = msg;
	return 0;
}

int engine_attach_save(struct engine_attach *att)
{
	struct engine_message *msg;
	struct engine_attdata *a;
	int ret;

	if (att == NULL)
		return -EINVAL;
	msg = att->msg;
	ret = msg_writable(msg);
	if (ret < 0)
		return ret;
	if (!att->writable)
		return engine_fail(msg->mb, -EACCES,
				   "the attachment is read-only");
	a = find_att(&msg->data, att->num);
	if (a == NULL) {
		a = msgdata_add_att(&msg->data, att->num);
		if (a == NULL)
			return -ENOMEM;
	} else {
		pbag_clear(&a->props);
		msgdata_free(a->embedded);
		a->embedded = NULL;
	}
	ret = pbag_copy(&a->props, &att->props);
	if (ret == 0 && att->embedded) {
		a->embedded = alloc_calloc(1, sizeof(*a->embedded));
		ret = a->embedded ? msgdata_copy(a->embedded, att->embedded)
				  : -ENOMEM;
	}
	if (ret == 0) {
		ULONG i;

		lob_forget(&msg->data, att->num, 0);
		for (i = 0; i < att->lobs.nlobs && ret == 0; i++)
			ret = lob_put(
			    &msg->data, att->num, att->lobs.lobs[i].tag,
			    att->lobs.lobs[i].lob, att->lobs.lobs[i].size);
	}
	return ret;
}

/* ---------------------------------------------------------------------------
 * Streams.  A stream edits one property of an open object, so what it
 * writes belongs to the object's edit transaction.  Small values are kept
 * in memory and become the property's value on commit.  Larger ones (top-
 * level messages and their attachments) spill into a new lob chunk by
 * chunk, each chunk written in a transaction of its own and invisible
 * until the object is saved (an unsaved lob is deleted with the handle,
 * or collected by a later open after a crash).  Reading a value stored as
 * a lob goes through the backend's incremental reader: it is never loaded
 * whole.
 */

struct engine_stream {
	struct engine_mailbox *mb;
	struct engine_message *msg;  /* owns fresh lobs */
	struct pbag *bag;            /* the object's inline values */
	struct engine_msgdata *lobs; /* its lob references; NULL: none */
	uint32_t num;
	ULONG tag;
	bool write, committed;
	struct eb_lob *reader; /* reading a lob */
	uint64_t size;         /* its size */
	struct pbuf buf;       /* inline data, or what is not flushed yet */
	uint64_t pos;
	bool have_lob;
	int64_t lob;
	uint32_t seq;
	uint64_t flushed; /* bytes already in chunks */
};

static int stream_open(struct engine_message *msg, struct pbag *bag,
		       struct engine_msgdata *lobs, uint32_t num, bool writable,
		       ULONG tag, unsigned int flags,
		       struct engine_stream **s_r)
{
	struct engine_mailbox *mb = msg->mb;
	ULONG type = PROP_TYPE(tag);
	const struct engine_lobref *r = NULL;
	struct engine_stream *s;
	const SPropValue *v;
	int ret;

	if (s_r == NULL || (flags & ~ENGINE_STREAM_WRITE) ||
	    (type != PT_BINARY && type != PT_UNICODE && type != PT_STRING8))
		return -EINVAL;
	if ((flags & ENGINE_STREAM_WRITE) && !writable)
		return engine_fail(mb, -EACCES, "the object is read-only");
	v = pbag_find(bag, PROP_ID(tag));
	if (lobs)
		r = lob_find(lobs, num, PROP_ID(tag));
	if (!(flags & ENGINE_STREAM_WRITE) && v == NULL && r == NULL)
		return engine_fail(mb, -ENOENT, "no such property");
	s = alloc_calloc(1, sizeof(*s));
	if (s == NULL)
		return -ENOMEM;
	s->mb = mb;
	s->msg = msg;
	s->bag = bag;
	s->lobs = lobs;
	s->num = num;
	s->tag = type == PT_STRING8 ? CHANGE_PROP_TYPE(tag, PT_UNICODE) : tag;
	s->write = (flags & ENGINE_STREAM_WRITE) != 0;
	if (!s->write && r != NULL) {
		ret = ebk_lob_open(mb, r->lob, &s->reader);
		if (ret < 0) {
			alloc_free(s);
			return engine_fail(mb, ret, "cannot read the value");
		}
		s->size = r->size;
	} else if (!s->write) {
		const void *p;
		size_t n;

		/* The bytes of the value as a stream gives them. */
		value_bytes(v, &p, &n);
		if (PROP_TYPE(v->ulPropTag) == PT_STRING8 &&
		    PROP_TYPE(tag) == PT_UNICODE)
			n = 0; /* stored values are never 8-bit strings */
		pbuf_append(&s->buf, p, n);
		if (s->buf.failed) {
			pbuf_free(&s->buf);
			alloc_free(s);
			return -ENOMEM;
		}
		s->size = s->buf.len;
	}
	mb->open_objects++;
	*s_r = s;
	return 0;
}

int engine_stream_open_message(struct engine_message *msg, ULONG tag,
			       unsigned int flags,
			       struct engine_stream **stream_r)
{
	if (msg == NULL)
		return -EINVAL;
	return stream_open(msg, &msg->data.props,
			   msg->parent ? NULL : &msg->data, EB_LOB_MESSAGE,
			   msg->writable && !msg->finished, tag, flags,
			   stream_r);
}

int engine_stream_open_attach(struct engine_attach *att, ULONG tag,
			      unsigned int flags,
			      struct engine_stream **stream_r)
{
	if (att == NULL)
		return -EINVAL;
	return stream_open(att->msg, &att->props,
			   att->msg->parent ? NULL : &att->lobs, att->num,
			   att->writable, tag, flags, stream_r);
}

int engine_stream_read(struct engine_stream *s, void *buf, size_t len,
		       size_t *done_r)
{
	size_t n;
	int ret;

	if (s == NULL || done_r == NULL || (len && buf == NULL))
		return -EINVAL;
	if (s->reader) {
		ret = ebk_lob_read(s->mb, s->reader, s->pos, buf, len, done_r);
		if (ret < 0)
			return engine_fail(s->mb, ret, "cannot read the value");
		s->pos += *done_r;
		return 0;
	}
	if (s->write && s->have_lob)
		return -ENOTSUP; /* its beginning is in chunks already */
	n = s->pos >= s->buf.len ? 0 : s->buf.len - (size_t)s->pos;
	if (n > len)
		n = len;
	if (n)
		memcpy(buf, s->buf.data + s->pos, n);
	s->pos += n;
	*done_r = n;
	return 0;
}

/* Writes the first n buffered bytes as the lob's next chunk, in a
 * transaction of its own. */
static int stream_flush(struct engine_stream *s, size_t n)
{
	struct engine_mailbox *mb = s->mb;
	int ret;

	ret = ebk_begin(mb, true, NULL);
	if (ret == 0 && !s->have_lob) {
		ret = ebk_lob_new(mb, engine_now(), &s->lob);
		if (ret == 0) {
			ret = fresh_add(s->msg, s->lob);
			s->have_lob = ret == 0;
		}
	}
	if (ret == 0)
		ret = ebk_lob_append(mb, s->lob, s->seq, s->buf.data, n);
	if (ret == 0)
		ret = ebk_commit(mb, NULL);
	else
		ebk_rollback(mb);
	if (ret < 0)
		return engine_fail(mb, ret, "cannot write the stream");
	s->seq++;
	s->flushed += n;
	memmove(s->buf.data, s->buf.data + n, s->buf.len - n);
	s->buf.len -= n;
	return 0;
}

int engine_stream_write(struct engine_stream *s, const void *buf, size_t len)
{
	size_t at, over;
	int ret;

	if (s == NULL || (len && buf == NULL))
		return -EINVAL;
	if (!s->write || s->committed)
		return -EACCES;
	if (s->pos < s->flushed)
		return -ENOTSUP; /* rewriting written chunks */
	if (s->lobs == NULL && s->pos + len > 0x7FFFFFF0u)
		return -EDQUOT;
	at = (size_t)(s->pos - s->flushed);
	while (s->buf.len < at && !s->buf.failed) {
		static const uint8_t zero[64];
		size_t gap = at - s->buf.len;

		pbuf_append(&s->buf, zero, gap > 64 ? 64 : gap);
	}
	over = s->buf.len - at < len ? s->buf.len - at : len;
	if (over)
		memcpy(s->buf.data + at, buf, over);
	pbuf_append(&s->buf, (const uint8_t *)buf + over, len - over);
	if (s->buf.failed)
		return -ENOMEM;
	s->pos += len;
	while (s->lobs != NULL && s->buf.len >= LOB_CHUNK &&
	       s->pos - s->flushed >= LOB_CHUNK) {
		ret = stream_flush(s, LOB_CHUNK);
		if (ret < 0)
			return ret;
	}
	return 0;
}

int engine_stream_seek(struct engine_stream *s, uint64_t offset)
{
	if (s == NULL || (s->lobs == NULL && offset > 0x7FFFFFF0u))
		return -EINVAL;
	s->pos = offset;
	return 0;
}

uint64_t engine_stream_size(const struct engine_stream *s)
{
	if (s == NULL)
		return 0;
	if (!s->write)
		return s->size;
	return s->flushed + s->buf.len;
}

int engine_stream_commit(struct engine_stream *s)
{
	SPropValue pv = {.ulPropTag = 0};
	WCHAR *w = NULL;
	int ret;

	if (s == NULL)
		return -EINVAL;
	if (!s->write || s->committed)
		return 0;
	if (s->have_lob) {
		if (s->buf.len) {
			ret = stream_flush(s, s->buf.len);
			if (ret < 0)
				return ret;
		}
		ret = lob_put(s->lobs, s->num, s->tag, s->lob, s->flushed);
		if (ret < 0)
			return ret;
		pbag_delete(s->bag, PROP_ID(s->tag));
		s->committed = true;
		return 0;
	}
	pv.ulPropTag = s->tag;
	if (PROP_TYPE(s->tag) == PT_BINARY) {
		pv.Value.bin.cb = (ULONG)s->buf.len;
		pv.Value.bin.lpb = s->buf.data;
	} else {
		size_t n = s->buf.len / sizeof(WCHAR);

		w = alloc_malloc((n + 1) * sizeof(WCHAR));
		if (w == NULL)
			return -ENOMEM;
		if (n)
			memcpy(w, s->buf.data, n * sizeof(WCHAR));
		w[n] = 0;
		pv.Value.lpszW = w;
	}
	ret = pbag_set(s->bag, &pv);
	alloc_free(w);
	if (ret == 0 && s->lobs)
		lob_forget(s->lobs, s->num, PROP_ID(s->tag));
	return ret;
}

void engine_stream_close(struct engine_stream *s)
{
	if (s == NULL)
		return;
	if (s->reader)
		ebk_lob_close(s->mb, s->reader);
	pbuf_free(&s->buf);
	s->mb->open_objects--;
	alloc_free(s);
}

/* ---------------------------------------------------------------------------
 * Bulk operations
 */

int engine_messages_create(struct engine_mailbox *mb,
			   const struct engine_actor *actor, engine_id_t fid,
			   ULONG count, const struct engine_new_message *msgs,
			   ULONG flags, engine_id_t *mids_r)
{
	struct engine_msgdata d = {0};
	uint64_t ids = 0;
	int64_t now = engine_now();
	ULONG i, j, rights = 0;
	int ret;

	if (mb == NULL || actor == NULL || (count && msgs == NULL) ||
	    (flags & ~ENGINE_CREATE_DELIVERY))
		return -EINVAL;
	for (i = 0; i < count; i++) {
		if (msgs[i].flags & ~(ULONG)ENGINE_MSG_ASSOCIATED)
			return -EINVAL;
		ret = check_settable(msgs[i].count, msgs[i].props);
		if (ret < 0)
			return engine_fail(mb, ret, "property cannot be set");
	}
	ret = tx_begin(mb, true);
	if (ret < 0)
		return ret;
	ret = folder_exists(mb, fid);
	if (ret == 0)
		ret =
		    engine_rights_of(mb, actor, fid, "CreateMessages", &rights);
	if (ret == 0 && !(rights & frightsCreate))
		ret = engine_fail(mb, -EACCES, "no right to create messages");
	if (ret == 0 && count)
		ret = alloc_ids(mb, 2 * (uint64_t)count, &ids);
	for (i = 0; i < count && ret == 0; i++) {
		struct persist p = {
		    .fid = fid,
		    .mid = ids + 2 * i,
		    .cn = ids + 2 * i + 1,
		    .ctime = now,
		    .mtime = now,
		    .creator = actor->principal ? actor->principal : "",
		    .assoc = (msgs[i].flags & ENGINE_MSG_ASSOCIATED) != 0};

		p.flags = (flags & ENGINE_CREATE_DELIVERY) ? 0 : MSGFLAG_READ;
		for (j = 0; j < msgs[i].count && ret == 0; j++) {
			ULONG type = PROP_TYPE(msgs[i].props[j].ulPropTag);

			if (PROP_ID(msgs[i].props[j].ulPropTag) ==
			    PROP_ID(PR_MESSAGE_FLAGS)) {
				p.flags = (ULONG)msgs[i].props[j].Value.l;
				continue;
			}
			/* The caller's values are used in place unless they
			 * need converting; the batch does not outlive the
			 * call. */
			if (type == PT_STRING8 || type == PT_MV_STRING8)
				ret = bag_set_norm(&d.props, &msgs[i].props[j]);
			else
				ret = pbag_borrow(&d.props, &msgs[i].props[j]);
		}
		if (ret == 0 && msgs[i].recipients)
			ret = rcpts_modify(&d, 0, msgs[i].recipients, true);
		if (ret == 0)
			ret = msgdata_persist(mb, &d, &p, 0);
		if (ret == 0) {
			const SPropValue *cls =
			    pbag_find(&d.props, PROP_ID(PR_MESSAGE_CLASS));

			event(mb, ENGINE_EV_OBJECT_CREATED, MAPI_MESSAGE, fid,
			      p.mid, 0);
			event(mb, ENGINE_EV_TABLE_ROW_ADDED, MAPI_MESSAGE, fid,
			      p.mid,
			      p.assoc ? ENGINE_TABLE_ASSOCIATED
				      : ENGINE_TABLE_CONTENTS);
			if (flags & ENGINE_CREATE_DELIVERY) {
				struct engine_event ev = {
				    .type = ENGINE_EV_NEW_MAIL,
				    .object_type = MAPI_MESSAGE,
				    .fid = fid,
				    .mid = p.mid,
				    .message_flags = p.flags};

				(void)cls;
				queue_event(mb, &ev);
			}
			if (mids_r)
				mids_r[i] = p.mid;
		}
		msgdata_clear(&d);
	}
	if (ret == 0 && quotas_set(mb))
		ret = check_quota(mb, (flags & ENGINE_CREATE_DELIVERY) != 0,
				  false);
	return tx_end(mb, ret);
}

struct owner_ctx {
	char *creator;
	uint64_t fid;
	bool assoc;
};

static int owner_cb(void *ctx, const struct eb_message *m)
{
	struct owner_ctx *o = ctx;

	o->fid = m->fid;
	o->assoc = m->assoc;
	o->creator = alloc_strdup(m->creator ? m->creator : "");
	return o->creator ? 0 : -ENOMEM;
}

/* The folder, kind and creator of a message; -ENOENT when not in fid. */
static int msg_owner(struct engine_mailbox *mb, engine_id_t fid,
		     engine_id_t mid, struct owner_ctx *o)
{
	int ret;

	memset(o, 0, sizeof(*o));
	ret = msg_head(mb, mid, owner_cb, o);
	if (ret == 0 && o->fid != fid)
		ret = -ENOENT;
	if (ret < 0) {
		alloc_free(o->creator);
		o->creator = NULL;
	}
	return ret;
}

/* The mids to work on: the given ones, or every normal message of fid. */
static int target_ids(struct engine_mailbox *mb, engine_id_t fid, ULONG count,
		      const engine_id_t *mids, struct idlist *l)
{
	struct eb_query q = {.fid = fid};
	ULONG i;
	int ret = 0;

	if (mids == NULL)
		return ebk_msg_query(mb, &q, msg_id_cb, l);
	for (i = 0; i < count && ret == 0; i++)
		ret = idlist_add(l, mids[i]);
	return ret;
}

int engine_messages_set_read_flag(struct engine_mailbox *mb,
				  const struct engine_actor *actor,
				  engine_id_t fid, ULONG count,
				  const engine_id_t *mids, ULONG flags)
{
	struct idlist l = {0};
	struct owner_ctx o;
	ULONG rights = 0;
	int64_t set, clear;
	uint64_t cn;
	size_t i;
	int ret;

	if (mb == NULL || actor == NULL ||
	    (flags & ~(ULONG)(CLEAR_READ_FLAG | SUPPRESS_RECEIPT)))
		return -EINVAL;
	set = (flags & CLEAR_READ_FLAG) ? 0 : MSGFLAG_READ;
	clear = (flags & CLEAR_READ_FLAG) ? MSGFLAG_READ : 0;
	ret = tx_begin(mb, true);
	if (ret < 0)
		return ret;
	ret = engine_rights_of(mb, actor, fid, "SetReadFlags", &rights);
	if (ret == 0 && !(rights & frightsReadAny))
		ret = engine_fail(mb, -EACCES, "no right to read messages");
	if (ret == 0)
		ret = target_ids(mb, fid, count, mids, &l);
	if (ret == 0 && l.n)
		ret = alloc_ids(mb, l.n, &cn);
	for (i = 0; i < l.n && ret == 0; i++) {
		ret = msg_owner(mb, fid, l.ids[i], &o);
		if (ret == -ENOENT) {
			ret = 0;
			continue;
		}
		alloc_free(o.creator);
		if (ret == 0)
			ret =
			    ebk_msg_set_flags(mb, l.ids[i], set, clear, cn + i);
		event(mb, ENGINE_EV_OBJECT_MODIFIED, MAPI_MESSAGE, fid,
		      l.ids[i], 0);
		event(mb, ENGINE_EV_TABLE_ROW_MODIFIED, MAPI_MESSAGE, fid,
		      l.ids[i],
		      o.assoc ? ENGINE_TABLE_ASSOCIATED
			      : ENGINE_TABLE_CONTENTS);
	}
	alloc_free(l.ids);
	return tx_end(mb, ret);
}

int engine_messages_delete(struct engine_mailbox *mb,
			   const struct engine_actor *actor, engine_id_t fid,
			   ULONG count, const engine_id_t *mids)
{
	struct owner_ctx o;
	ULONG rights = 0, i;
	int ret;

	if (mb == NULL || actor == NULL || (count && mids == NULL))
		return -EINVAL;
	ret = tx_begin(mb, true);
	if (ret < 0)
		return ret;
	ret = engine_rights_of(mb, actor, fid, "DeleteMessages", &rights);
	for (i = 0; i < count && ret == 0; i++) {
		ret = msg_owner(mb, fid, mids[i], &o);
		if (ret == -ENOENT) {
			ret = 0; /* already gone: not an error of the batch */
			continue;
		}
		if (ret < 0)
			break;
		if (!may_delete(rights, actor->principal &&
					    strcasecmp(o.creator,
						       actor->principal) == 0))
			ret = engine_fail(mb, -EACCES,
					  "no right to delete the message");
		alloc_free(o.creator);
		if (ret == 0)
			ret = ebk_msg_delete(mb, mids[i]);
		if (ret == 0) {
			event(mb, ENGINE_EV_OBJECT_DELETED, MAPI_MESSAGE, fid,
			      mids[i], 0);
			event(mb, ENGINE_EV_TABLE_ROW_DELETED, MAPI_MESSAGE,
			      fid, mids[i],
			      o.assoc ? ENGINE_TABLE_ASSOCIATED
				      : ENGINE_TABLE_CONTENTS);
		}
	}
	return tx_end(mb, ret);
}

/* Copies (or moves) one message with everything below it. */
static int copy_message_rows(struct engine_mailbox *mb, uint64_t mid,
			     engine_id_t dest, bool move, uint64_t *new_r)
{
	struct engine_msgdata d = {0};
	struct load_ctx lc = {.d = &d};
	struct persist p = {0};
	uint64_t ids;
	int ret;

	ret = msgdata_load(mb, mid, &lc, 0);
	if (ret == 0)
		ret = alloc_ids(mb, move ? 1 : 2, &ids);
	if (ret == 0 && move)
		ret = ebk_lob_detach(mb, mid);
	if (ret == 0 && move)
		ret = ebk_msg_delete(mb, mid);
	for (ULONG i = 0; i < d.nlobs && ret == 0 && !move; i++)
		ret = ebk_lob_copy(mb, d.lobs[i].lob, engine_now(),
				   &d.lobs[i].lob);
	if (ret == 0) {
		p.mid = move ? mid : ids;
		p.cn = move ? ids : ids + 1;
		p.fid = dest;
		p.assoc = lc.assoc;
		p.ctime = move ? lc.ctime : engine_now();
		p.mtime = engine_now();
		p.creator = lc.creator;
		p.flags = (ULONG)lc.flags;
		ret = msgdata_persist(mb, &d, &p, 0);
	}
	if (ret == 0 && move)
		ret = ebk_lob_drop_detached(mb, mid);
	if (ret == 0 && new_r)
		*new_r = p.mid;
	if (ret == 0) {
		enum engine_table_kind tk =
		    lc.assoc ? ENGINE_TABLE_ASSOCIATED : ENGINE_TABLE_CONTENTS;

		if (move)
			event(mb, ENGINE_EV_TABLE_ROW_DELETED, MAPI_MESSAGE,
			      lc.fid, mid, tk);
		event(mb, ENGINE_EV_TABLE_ROW_ADDED, MAPI_MESSAGE, dest, p.mid,
		      tk);
	}
	alloc_free(lc.creator);
	msgdata_clear(&d);
	return ret;
}

int engine_messages_copy(struct engine_mailbox *mb,
			 const struct engine_actor *actor, engine_id_t fid,
			 ULONG count, const engine_id_t *mids, engine_id_t dest,
			 ULONG flags, engine_id_t *new_mids_r)
{
	bool move = (flags & MESSAGE_MOVE) != 0;
	struct owner_ctx o;
	ULONG rights = 0, drights = 0, i;
	uint64_t nm;
	int ret;

	if (mb == NULL || actor == NULL || (count && mids == NULL) ||
	    (flags & ~(ULONG)(MESSAGE_MOVE | MESSAGE_DIALOG)))
		return -EINVAL;
	ret = tx_begin(mb, true);
	if (ret < 0)
		return ret;
	ret = folder_exists(mb, dest);
	if (ret == 0)
		ret = engine_rights_of(mb, actor, fid,
				       move ? "MoveMessages" : "CopyMessages",
				       &rights);
	if (ret == 0)
		ret = engine_rights_of(mb, actor, dest, NULL, &drights);
	if (ret == 0 &&
	    (!(rights & frightsReadAny) || !(drights & frightsCreate)))
		ret =
		    engine_fail(mb, -EACCES, "no right to copy these messages");
	for (i = 0; i < count && ret == 0; i++) {
		ret = msg_owner(mb, fid, mids[i], &o);
		if (ret < 0) {
			if (ret == -ENOENT)
				engine_fail(mb, ret, "no such message");
			break;
		}
		if (move &&
		    !may_delete(rights, actor->principal &&
					    strcasecmp(o.creator,
						       actor->principal) == 0))
			ret = engine_fail(mb, -EACCES,
					  "no right to move the message");
		alloc_free(o.creator);
		if (ret == 0)
			ret = copy_message_rows(mb, mids[i], dest, move, &nm);
		if (ret == 0) {
			struct engine_event ev = {
			    .type = move ? ENGINE_EV_OBJECT_MOVED
					 : ENGINE_EV_OBJECT_COPIED,
			    .object_type = MAPI_MESSAGE,
			    .fid = dest,
			    .mid = nm,
			    .old_fid = fid,
			    .old_mid = mids[i]};

			queue_event(mb, &ev);
			if (new_mids_r)
				new_mids_r[i] = nm;
		}
	}
	if (ret == 0 && !move && quotas_set(mb))
		ret = check_quota(mb, false, false);
	return tx_end(mb, ret);
}

/* ---------------------------------------------------------------------------
 * Named properties
 */

static int name_key(const MAPINAMEID *n, char **name_r)
{
	*name_r = NULL;
	if (n == NULL || n->lpguid == NULL)
		return -EINVAL;
	if (n->ulKind == MNID_ID)
		return 0;
	if (n->ulKind != MNID_STRING || n->Kind.lpwstrName == NULL)
		return -EINVAL;
	*name_r = ustr_to_utf8(n->Kind.lpwstrName);
	return *name_r ? 0 : -ENOMEM;
}

int engine_names_to_ids(struct engine_mailbox *mb,
			const struct engine_actor *actor, ULONG count,
			MAPINAMEID *const *names, ULONG flags, ULONG *ids_r)
{
	bool create = (flags & MAPI_CREATE) != 0, missing = false;
	ULONG i;
	int ret;

	if (mb == NULL || actor == NULL ||
	    (count && (names == NULL || ids_r == NULL)) ||
	    (flags & ~(ULONG)MAPI_CREATE))
		return -EINVAL;
	ret = tx_begin(mb, create);
	if (ret < 0)
		return ret;
	for (i = 0; i < count && ret == 0; i++) {
		char *name = NULL;

		ret = name_key(names[i], &name);
		if (ret < 0)
			break;
		ret = ebk_named_find(
		    mb, names[i]->lpguid, names[i]->ulKind,
		    names[i]->ulKind == MNID_ID ? names[i]->Kind.lID : 0, name,
		    &ids_r[i]);
		if (ret == -ENOENT && create) {
			ret = ebk_named_add(
			    mb, names[i]->lpguid, names[i]->ulKind,
			    names[i]->ulKind == MNID_ID ? names[i]->Kind.lID
							: 0,
			    name, &ids_r[i]);
			if (ret == -ENOSPC)
				engine_fail(mb, ret,
					    "no named property IDs left");
		} else if (ret == -ENOENT) {
			ids_r[i] = 0;
			missing = true;
			ret = 0;
		}
		alloc_free(name);
	}
	if (create)
		ret = tx_end(mb, ret);
	else
		tx_rollback(mb);
	if (ret < 0)
		return ret;
	return missing ? 1 : 0;
}

int engine_ids_to_names(struct engine_mailbox *mb, ULONG count,
			const ULONG *ids, MAPINAMEID ***names_r)
{
	MAPINAMEID **out = NULL;
	bool missing = false;
	ULONG i;
	int ret;

	if (mb == NULL || names_r == NULL || (count && ids == NULL))
		return -EINVAL;
	if (MAPIAllocateBuffer((ULONG)((count ? count : 1) * sizeof(*out)),
			       (void **)&out) != S_OK)
		return -ENOMEM;
	memset(out, 0, (count ? count : 1) * sizeof(*out));
	ret = tx_begin(mb, false);
	for (i = 0; i < count && ret == 0; i++) {
		GUID g;
		ULONG kind;
		LONG lid;
		char *name = NULL;
		MAPINAMEID *n;
		GUID *gp;

		ret = ebk_named_get(mb, ids[i], &g, &kind, &lid, &name);
		if (ret == -ENOENT) {
			missing = true;
			ret = 0;
			continue;
		}
		if (ret < 0)
			break;
		if (MAPIAllocateMore(sizeof(*n), out, (void **)&n) != S_OK ||
		    MAPIAllocateMore(sizeof(*gp), out, (void **)&gp) != S_OK) {
			alloc_free(name);
			ret = -ENOMEM;
			break;
		}
		*gp = g;
		n->lpguid = gp;
		n->ulKind = kind;
		if (kind == MNID_ID) {
			n->Kind.lID = lid;
		} else {
			WCHAR *w = ustr_from_utf8(name ? name : "");
			size_t len = ustr_wlen(w);
			WCHAR *copy;

			if (w == NULL ||
			    MAPIAllocateMore((ULONG)((len + 1) * sizeof(WCHAR)),
					     out, (void **)&copy) != S_OK) {
				alloc_free(w);
				alloc_free(name);
				ret = -ENOMEM;
				break;
			}
			memcpy(copy, w, (len + 1) * sizeof(WCHAR));
			alloc_free(w);
			n->Kind.lpwstrName = copy;
		}
		alloc_free(name);
		out[i] = n;
	}
	if (mb->in_tx)
		tx_rollback(mb);
	if (ret < 0) {
		MAPIFreeBuffer(out);
		return ret;
	}
	*names_r = out;
	return missing ? 1 : 0;
}

/* ---------------------------------------------------------------------------
 * ACL and audit
 */

struct acl_ctx {
	struct engine_acl_entry *rows;
	ULONG n, cap;
	char **names;
	bool have_default, have_anon;
};

static int acl_cb(void *ctx, int64_t id, const char *member, ULONG rights)
{
	struct acl_ctx *a = ctx;

	if (a->n == a->cap) {
		ULONG cap = a->cap ? a->cap * 2 : 8;
		struct engine_acl_entry *nr =
		    alloc_realloc(a->rows, cap * sizeof(*nr));
		char **nn;

		if (nr == NULL)
			return -ENOMEM;
		a->rows = nr;
		nn = alloc_realloc(a->names, cap * sizeof(*nn));
		if (nn == NULL)
			return -ENOMEM;
		a->names = nn;
		a->cap = cap;
	}
	a->names[a->n] = alloc_strdup(member);
	if (a->names[a->n] == NULL)
		return -ENOMEM;
	a->rows[a->n].member_id = id;
	if (member[0] == 0) {
		a->rows[a->n].member_id = ACL_DEFAULT_MEMBER_ID;
		a->have_default = true;
	} else if (strcmp(member, "Anonymous") == 0) {
		a->rows[a->n].member_id = ACL_ANONYMOUS_MEMBER_ID;
		a->have_anon = true;
	}
	a->rows[a->n].rights = rights;
	a->rows[a->n].row_flags = 0;
	a->n++;
	return 0;
}

int engine_acl_get(struct engine_mailbox *mb, const struct engine_actor *actor,
		   engine_id_t fid, ULONG *count_r,
		   struct engine_acl_entry **entries_r)
{
	struct acl_ctx a = {0};
	struct engine_acl_entry *out = NULL;
	size_t size, names = 0;
	ULONG i, n;
	char *p;
	int ret;

	if (mb == NULL || actor == NULL || count_r == NULL || entries_r == NULL)
		return -EINVAL;
	ret = tx_begin(mb, false);
	if (ret < 0)
		return ret;
	ret = folder_exists(mb, fid);
	if (ret == 0)
		ret = require(mb, actor, fid, frightsVisible, "GetACL");
	if (ret == 0)
		ret = ebk_acl_list(mb, fid, acl_cb, &a);
	tx_rollback(mb);
	if (ret == 0 && !a.have_default)
		ret = acl_cb(&a, 0, "", 0);
	if (ret == 0 && !a.have_anon)
		ret = acl_cb(&a, -1, "Anonymous", 0);
	if (ret == 0) {
		n = a.n;
		for (i = 0; i < n; i++)
			names += strlen(a.names[i]) + 1;
		size = n * sizeof(*out) + names;
		if (MAPIAllocateBuffer((ULONG)size, (void **)&out) != S_OK)
			ret = -ENOMEM;
	}
	if (ret == 0) {
		p = (char *)(out + a.n);
		for (i = 0; i < a.n; i++) {
			out[i] = a.rows[i];
			strcpy(p, a.names[i]);
			out[i].member_name = p;
			p += strlen(p) + 1;
		}
		*count_r = a.n;
		*entries_r = out;
	}
	for (i = 0; i < a.n; i++)
		alloc_free(a.names[i]);
	alloc_free(a.names);
	alloc_free(a.rows);
	return ret;
}

static const char *acl_member(const struct engine_acl_entry *e)
{
	if (e->member_name != NULL)
		return e->member_name;
	if (e->member_id == ACL_DEFAULT_MEMBER_ID)
		return "";
	if (e->member_id == ACL_ANONYMOUS_MEMBER_ID)
		return "Anonymous";
	return NULL;
}

int engine_acl_modify(struct engine_mailbox *mb,
		      const struct engine_actor *actor, engine_id_t fid,
		      ULONG flags, ULONG count,
		      const struct engine_acl_entry *rows)
{
	struct acl_ctx a = {0};
	ULONG i;
	int ret;

	if (mb == NULL || actor == NULL || (count && rows == NULL) ||
	    (flags & ~(ULONG)ROWLIST_REPLACE))
		return -EINVAL;
	for (i = 0; i < count; i++) {
		const char *m = acl_member(&rows[i]);

		if (m == NULL ||
		    (rows[i].row_flags != ROW_ADD &&
		     rows[i].row_flags != ROW_MODIFY &&
		     rows[i].row_flags != ROW_REMOVE) ||
		    (rows[i].rights & ~(ULONG)0x1FFB))
			return -EINVAL;
	}
	ret = tx_begin(mb, true);
	if (ret < 0)
		return ret;
	ret = folder_exists(mb, fid);
	if (ret == 0)
		ret = require(mb, actor, fid, frightsOwner, "ModifyACL");
	if (ret == 0 && (flags & ROWLIST_REPLACE)) {
		ret = ebk_acl_list(mb, fid, acl_cb, &a);
		for (i = 0; i < a.n && ret == 0; i++)
			if (a.names[i][0] != 0 &&
			    strcmp(a.names[i], "Anonymous") != 0)
				ret = ebk_acl_delete(mb, fid, a.names[i]);
	}
	for (i = 0; i < count && ret == 0; i++) {
		const char *m = acl_member(&rows[i]);

		if (rows[i].row_flags == ROW_REMOVE)
			ret = ebk_acl_delete(mb, fid, m);
		else
			ret = ebk_acl_set(mb, fid, m, rows[i].rights);
	}
	for (i = 0; i < a.n; i++)
		alloc_free(a.names[i]);
	alloc_free(a.names);
	alloc_free(a.rows);
	if (ret == 0)
		event(mb, ENGINE_EV_OBJECT_MODIFIED, MAPI_FOLDER, fid, 0, 0);
	return tx_end(mb, ret);
}

struct audit_ctx {
	engine_audit_fn *fn;
	void *ctx;
};

static int audit_cb(void *ctx, int64_t time, const char *principal,
		    const char *operation, uint64_t object)
{
	struct audit_ctx *a = ctx;
	struct engine_audit_row row = {.time = time,
				       .principal = principal,
				       .operation = operation,
				       .object = object};

	return a->fn(a->ctx, &row);
}

int engine_audit_list(struct engine_mailbox *mb, engine_audit_fn *fn, void *ctx)
{
	struct audit_ctx a = {.fn = fn, .ctx = ctx};
	int ret;

	if (mb == NULL || fn == NULL)
		return -EINVAL;
	ret = tx_begin(mb, false);
	if (ret < 0)
		return ret;
	ret = ebk_audit_list(mb, audit_cb, &a);
	tx_rollback(mb);
	return ret;
}

int engine_mailbox_check(struct engine_mailbox *mb, const char **error_r)
{
	const char *err = NULL;
	int ret;

	if (mb == NULL)
		return -EINVAL;
	ret = ebk_check(mb, &err);
	if (error_r)
		*error_r = err;
	return ret;
}
