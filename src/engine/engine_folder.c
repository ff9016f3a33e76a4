/*
 * engine_folder.c - folders: create, properties, delete, copy and move
 * (with their messages and subfolders), empty, and the receive folders of
 * message classes.
 */
#include "engine_int.h"

#include <errno.h>
#include <string.h>

#include <mapix.h>
#include <mapiutil.h>

#include "alloc.h"
#include "ustring.h"

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

int engine_folder_new(struct engine_mailbox *mb, engine_id_t parent,
		      const char *name, ULONG type, engine_id_t *fid_r)
{
	struct folder_copy fc = {0};
	SPropValue pv = {.ulPropTag = PR_DISPLAY_NAME_W};
	uint64_t id, cn;
	int ret;

	ret = engine_alloc_ids(mb, 2, &id);
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
		engine_event(mb, ENGINE_EV_OBJECT_CREATED, MAPI_FOLDER, id, 0,
			     0);
		engine_event(mb, ENGINE_EV_TABLE_ROW_ADDED, MAPI_FOLDER, parent,
			     id, ENGINE_TABLE_HIERARCHY);
	}
	return ret;
}

static bool is_special(const struct engine_mailbox *mb, engine_id_t fid)
{
	int i;

	for (i = 0; i < ENGINE_FOLDER_SPECIAL_COUNT; i++)
		if (mb->special[i] == fid)
			return true;
	return false;
}

int engine_folder_exists(struct engine_mailbox *mb, engine_id_t fid)
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
	ret = engine_tx_begin(mb, true);
	if (ret < 0)
		return ret;
	ret = engine_folder_exists(mb, parent);
	if (ret == 0)
		ret = engine_require(mb, actor, parent, frightsCreateSubfolder,
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
			return engine_tx_end(mb, ret);
		}
		if (ret == -ENOENT)
			ret = engine_folder_new(mb, parent, name, folder_type,
						fid_r);
	}
	return engine_tx_end(mb, ret);
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
	ret = engine_tx_begin(mb, false);
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
	engine_tx_rollback(mb);
	if (ret == 0)
		ret = engine_props_finish(&fx.c, tags, count_r, props_r);
	pcoll_free(&fx.c);
	return ret;
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
	int ret = engine_alloc_ids(mb, 1, &cn);

	if (ret < 0)
		return ret;
	fc->f.change_num = cn;
	fc->f.mtime = engine_now();
	ret = folder_store(mb, fc);
	if (ret == -EEXIST)
		ret = engine_fail(mb, ret, "a folder of that name exists");
	if (ret == 0) {
		engine_event(mb, ENGINE_EV_OBJECT_MODIFIED, MAPI_FOLDER,
			     fc->f.fid, 0, 0);
		engine_event(mb, ENGINE_EV_TABLE_ROW_MODIFIED, MAPI_FOLDER,
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
	ret = engine_props_settable(count, props);
	if (ret < 0)
		return engine_fail(mb, ret, "property cannot be set");
	ret = engine_tx_begin(mb, true);
	if (ret < 0)
		return ret;
	ret = engine_require(mb, actor, fid, frightsOwner, "SetFolderProps");
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
		ret = engine_bag_set(&fc.props, &props[i]);
	}
	if (ret == 0)
		ret = folder_touch(mb, &fc);
	folder_copy_free(&fc);
	return engine_tx_end(mb, ret);
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
	ret = engine_tx_begin(mb, true);
	if (ret < 0)
		return ret;
	ret = engine_require(mb, actor, fid, frightsOwner, "DeleteFolderProps");
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
	return engine_tx_end(mb, ret);
}

int engine_idlist_add(struct engine_idlist *l, uint64_t id)
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
	return engine_idlist_add(ctx, f->fid);
}

int engine_idlist_msg_cb(void *ctx, const struct eb_message *m)
{
	return engine_idlist_add(ctx, m->mid);
}

/* Deletes the messages of fid (assoc: the associated ones too). */
static int delete_folder_messages(struct engine_mailbox *mb, engine_id_t fid,
				  bool assoc)
{
	struct engine_idlist l = {0};
	struct eb_query q = {.fid = fid};
	size_t i;
	int ret, pass;

	for (pass = 0; pass < (assoc ? 2 : 1); pass++) {
		l.n = 0;
		q.assoc = pass == 1;
		ret = ebk_msg_query(mb, &q, engine_idlist_msg_cb, &l);
		for (i = 0; i < l.n && ret == 0; i++) {
			ret = ebk_msg_delete(mb, l.ids[i]);
			engine_event(mb, ENGINE_EV_OBJECT_DELETED, MAPI_MESSAGE,
				     fid, l.ids[i], 0);
			engine_event(mb, ENGINE_EV_TABLE_ROW_DELETED,
				     MAPI_MESSAGE, fid, l.ids[i],
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
	struct engine_idlist l = {0};
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
		engine_event(mb, ENGINE_EV_OBJECT_DELETED, MAPI_FOLDER, fid, 0,
			     0);
		engine_event(mb, ENGINE_EV_TABLE_ROW_DELETED, MAPI_FOLDER,
			     parent, fid, ENGINE_TABLE_HIERARCHY);
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
	ret = engine_tx_begin(mb, true);
	if (ret < 0)
		return ret;
	ret = folder_load(mb, fid, &fc);
	if (ret == 0)
		ret = engine_require(mb, actor, fid, frightsOwner,
				     "DeleteFolder");
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
	return engine_tx_end(mb, ret);
}

static int copy_tree(struct engine_mailbox *mb, engine_id_t fid,
		     engine_id_t dest, const char *name, bool recurse,
		     int depth, engine_id_t *new_r)
{
	struct folder_copy fc = {0};
	struct engine_idlist l = {0};
	struct eb_query q = {.fid = fid};
	engine_id_t nf = 0;
	uint64_t ids;
	size_t i;
	int ret, pass;

	if (depth > 1000)
		return -ELOOP;
	ret = folder_load(mb, fid, &fc);
	if (ret == 0)
		ret = engine_alloc_ids(mb, 2, &ids);
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
		ret = ebk_msg_query(mb, &q, engine_idlist_msg_cb, &l);
		for (i = 0; i < l.n && ret == 0; i++)
			ret =
			    engine_msg_copy_rows(mb, l.ids[i], nf, false, NULL);
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
		engine_event(mb, ENGINE_EV_TABLE_ROW_ADDED, MAPI_FOLDER, dest,
			     nf, ENGINE_TABLE_HIERARCHY);
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
	ret = engine_tx_begin(mb, true);
	if (ret < 0)
		return ret;
	ret = engine_folder_exists(mb, dest);
	if (ret == 0)
		ret = engine_require(mb, actor, fid,
				     move ? frightsOwner | frightsReadAny
					  : frightsReadAny | frightsVisible,
				     move ? "MoveFolder" : "CopyFolder");
	if (ret == 0)
		ret = engine_require(mb, actor, dest, frightsCreateSubfolder,
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

			engine_event_queue(mb, &ev);
			engine_event(mb, ENGINE_EV_TABLE_ROW_DELETED,
				     MAPI_FOLDER, old_parent, fid,
				     ENGINE_TABLE_HIERARCHY);
			engine_event(mb, ENGINE_EV_TABLE_ROW_ADDED, MAPI_FOLDER,
				     dest, fid, ENGINE_TABLE_HIERARCHY);
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

			engine_event_queue(mb, &ev);
		}
	}
	if (ret == 0 && new_fid_r)
		*new_fid_r = nf;
	return engine_tx_end(mb, ret);
}

int engine_folder_empty(struct engine_mailbox *mb,
			const struct engine_actor *actor, engine_id_t fid,
			ULONG flags)
{
	struct engine_idlist l = {0};
	size_t i;
	int ret;

	if (mb == NULL || actor == NULL ||
	    (flags & ~(ULONG)(DEL_ASSOCIATED | DEL_FOLDERS)))
		return -EINVAL;
	ret = engine_tx_begin(mb, true);
	if (ret < 0)
		return ret;
	ret = engine_folder_exists(mb, fid);
	if (ret == 0)
		ret = engine_require(mb, actor, fid, frightsDeleteAny,
				     "EmptyFolder");
	if (ret == 0)
		ret = delete_folder_messages(mb, fid,
					     (flags & DEL_ASSOCIATED) != 0);
	if (ret == 0 && (flags & DEL_FOLDERS)) {
		ret = ebk_folder_children(mb, fid, child_cb, &l);
		for (i = 0; i < l.n && ret == 0; i++)
			ret = delete_tree(mb, l.ids[i], fid, 0);
	}
	alloc_free(l.ids);
	return engine_tx_end(mb, ret);
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
	ret = engine_tx_begin(mb, false);
	if (ret < 0)
		return ret;
	ret = receive_lookup(mb, message_class ? message_class : "", fid_r);
	engine_tx_rollback(mb);
	return ret;
}

int engine_receive_folder_list(struct engine_mailbox *mb,
			       const struct engine_actor *actor,
			       engine_receive_fn *fn, void *ctx)
{
	int ret;

	if (mb == NULL || actor == NULL || fn == NULL)
		return -EINVAL;
	ret = engine_tx_begin(mb, false);
	if (ret < 0)
		return ret;
	ret = ebk_receive_list(mb, fn, ctx);
	engine_tx_rollback(mb);
	return ret;
}

int engine_receive_folder_set(struct engine_mailbox *mb,
			      const struct engine_actor *actor,
			      const char *message_class, engine_id_t fid)
{
	int ret;

	if (mb == NULL || actor == NULL || message_class == NULL)
		return -EINVAL;
	if (!engine_is_owner(mb, actor) &&
	    !(actor->flags & ENGINE_ACTOR_ADMIN_BYPASS))
		return engine_fail(mb, -EACCES,
				   "only the owner sets receive folders");
	ret = engine_tx_begin(mb, true);
	if (ret < 0)
		return ret;
	ret = engine_folder_exists(mb, fid);
	if (ret == 0 && !engine_is_owner(mb, actor))
		ret = engine_audit(mb, actor, "SetReceiveFolder", fid);
	if (ret == 0)
		ret = ebk_receive_set(mb, message_class, fid);
	return engine_tx_end(mb, ret);
}
