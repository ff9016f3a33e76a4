/*
 * engine_mailbox.c - the mailbox handle (engine.h): opening a database and
 * provisioning a new one with the standard folders, the store's own
 * properties and its quotas, named properties, the consistency check, and
 * the errno -> HRESULT map of the whole engine.
 */
#include "engine_int.h"

#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include <mapix.h>
#include <mapiutil.h>
#include <sodium.h>

#include "alloc.h"
#include "eid.h"
#include "errmap.h"
#include "errmsg.h"
#include "ftutil.h"
#include "ustring.h"

static const char *const special_names[ENGINE_FOLDER_SPECIAL_COUNT] = {
    "",           "IPM_SUBTREE",   "Inbox",  "Outbox",
    "Sent Items", "Deleted Items", "Drafts", "Finder",
    "Views",      "Common Views"};

HRESULT engine_hresult(int ret)
{
	return ret == 1 ? MAPI_W_ERRORS_RETURNED : errmap_hr(ret);
}

int engine_fail(struct engine_mailbox *mb, int ret, const char *msg)
{
	/* The message goes to the thread's record (errmsg.h), as every
	 * layer's does; the mailbox points at it until its next failure. */
	if (mb != NULL && ret < 0)
		errmsg_set(&mb->last_error, ret, "%s",
			   msg != NULL ? msg : strerror(-ret));
	return ret;
}

const char *engine_last_error(const struct engine_mailbox *mb)
{
	return mb && mb->last_error ? mb->last_error : "no error";
}

int64_t engine_now(void)
{
	return (int64_t)ft_to_u64(ft_now());
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
		ret = engine_meta_set_u64(mb, "globcnt", 1);
	for (i = 0; i < ENGINE_FOLDER_SPECIAL_COUNT && ret == 0; i++) {
		engine_id_t parent =
		    parent_of[i] < 0 ? 0 : mb->special[parent_of[i]];

		ret = engine_folder_new(mb, parent, special_names[i],
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
	array_clear(&mb->pending);
	return ret;
}

/* A meta value that is missing or malformed is a damaged database (with
 * msg); any other failure is the backend's, already recorded. */
static int meta_damaged(struct engine_mailbox *mb, int ret, const char *msg)
{
	if (ret < 0 && ret != -ENOENT && ret != -ENOBUFS)
		return ret;
	return engine_fail(mb, -EBADMSG, msg);
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
		return meta_damaged(mb, ret,
				    "mailbox database: no mailbox GUID");
	if (!(p->flags & ENGINE_OPEN_ANY_GUID) &&
	    memcmp(&mb->mailbox_guid, &p->mailbox_guid, 16) != 0)
		return engine_fail(mb, -EBADF,
				   "mailbox database: of another mailbox");
	ret = ebk_meta_get(mb, "db_guid", &mb->db_guid, 16, &len);
	if (ret < 0 || len != 16)
		return meta_damaged(mb, ret,
				    "mailbox database: no database GUID");
	ret = ebk_meta_get(mb, "owner", owner, sizeof(owner) - 1, &len);
	if (ret < 0)
		return meta_damaged(mb, ret, "mailbox database: no owner");
	owner[len] = 0;
	mb->owner = alloc_strdup(owner);
	if (mb->owner == NULL)
		return -ENOMEM;
	ret = ebk_meta_get(mb, "special", special, sizeof(special), &len);
	if (ret < 0 || len != sizeof(special))
		return meta_damaged(mb, ret,
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
	ret = engine_tx_begin(mb, create);
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
		ret = engine_tx_end(mb, ret);
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
		if (ret == -EBUSY || ret == -EEXIST)
			ret = -EBADMSG;
		/* The message may live in the handle or its connection: it
		 * moves to the thread's buffer before they go. */
		errmsg_set(error_r, ret, "%s",
			   mb->last_error
			       ? mb->last_error
			       : "mailbox: cannot open the database");
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
	engine_audits_free(mb);
	array_free(&mb->audits);
	alloc_free(mb->owner);
	array_free(&mb->subs);
	array_free(&mb->pending);
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
	ret = engine_tx_begin(mb, false);
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
	engine_tx_rollback(mb);
	if (ret < 0) {
		pbag_clear(&bag);
		return ret;
	}
	for (i = 0; i < bag.count; i++)
		pcoll_add(&c, bag.v[i]);
	eid_add_store_ids(mb, &c);
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
	ret = engine_props_finish(&c, tags, count_r, props_r);
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
	if (!engine_is_owner(mb, actor) &&
	    !(actor->flags & ENGINE_ACTOR_ADMIN_BYPASS))
		return engine_fail(mb, -EACCES,
				   "only the owner sets store properties");
	for (i = 0; i < count; i++)
		if (!pblob_type_ok(PROP_TYPE(props[i].ulPropTag)) ||
		    PROP_TYPE(props[i].ulPropTag) == PT_NULL ||
		    PROP_TYPE(props[i].ulPropTag) == PT_ERROR)
			return -EINVAL;
	ret = engine_tx_begin(mb, true);
	if (ret < 0)
		return ret;
	if (actor->flags & ENGINE_ACTOR_ADMIN_BYPASS &&
	    !engine_is_owner(mb, actor))
		ret = engine_audit(mb, actor, "SetStoreProps", 0);
	if (ret == 0)
		ret = store_bag(mb, &bag);
	for (i = 0; i < count && ret == 0; i++)
		ret = engine_bag_set(&bag, &props[i]);
	if (ret == 0)
		ret = pbag_write(&bag, &b);
	if (ret == 0)
		ret = ebk_meta_set(mb, "store_props", b.data, b.len);
	pbuf_free(&b);
	pbag_clear(&bag);
	return engine_tx_end(mb, ret);
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
int engine_check_quota(struct engine_mailbox *mb, bool delivery, bool sending)
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

/* Whether any quota is set (one read of the store's properties). */
bool engine_quotas_set(struct engine_mailbox *mb)
{
	static const ULONG ids[] = {PROP_ID(PR_STORAGE_QUOTA_LIMIT),
				    PROP_ID(PR_PROHIBIT_RECEIVE_QUOTA),
				    PROP_ID(PR_PROHIBIT_SEND_QUOTA)};
	struct pbag bag = {0};
	bool any = false;
	unsigned int i;

	if (store_bag(mb, &bag) < 0) {
		pbag_clear(&bag);
		return true; /* let engine_check_quota() report the failure */
	}
	for (i = 0; i < 3; i++) {
		const SPropValue *v = pbag_find(&bag, ids[i]);

		if (v && PROP_TYPE(v->ulPropTag) == PT_LONG && v->Value.l > 0)
			any = true;
	}
	pbag_clear(&bag);
	return any;
}

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
	ret = engine_tx_begin(mb, create);
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
		ret = engine_tx_end(mb, ret);
	else
		engine_tx_rollback(mb);
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
	ret = engine_tx_begin(mb, false);
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
		engine_tx_rollback(mb);
	if (ret < 0) {
		MAPIFreeBuffer(out);
		return ret;
	}
	*names_r = out;
	return missing ? 1 : 0;
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
