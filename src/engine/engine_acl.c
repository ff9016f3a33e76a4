/*
 * engine_acl.c - access control: the rights of an actor on a folder (the
 * owner has all, others those of their ACL row or the default or
 * anonymous member), the audit log of admin bypasses, and the ACL and
 * audit calls of engine.h.
 */
#include "engine_int.h"

#include <errno.h>
#include <string.h>
#include <strings.h>
#include <time.h>

#include <mapix.h>
#include <mapiutil.h>

#include "alloc.h"

/* Rights of the owner and of an admin bypass. */
#define ENGINE_RIGHTS_ALL                                                      \
	((ULONG)(rightsAll | frightsContact | frightsFreeBusySimple |          \
		 frightsFreeBusyDetailed))

bool engine_is_owner(const struct engine_mailbox *mb,
		     const struct engine_actor *actor)
{
	return actor->principal != NULL && mb->owner != NULL &&
	       strcasecmp(actor->principal, mb->owner) == 0;
}

void engine_audits_free(struct engine_mailbox *mb)
{
	size_t i;

	for (i = 0; i < array_count(&mb->audits); i++)
		alloc_free(mb->audits.v[i].principal);
	array_clear(&mb->audits);
}

/*
 * Writes the queued audit rows in a transaction of their own: a bypass is
 * recorded whether the operation that used it succeeded or not, and also
 * when it only read.  A failure to write them is reported as the
 * mailbox's last error (the operation's own result stands).
 */
void engine_audits_flush(struct engine_mailbox *mb)
{
	const char *err = NULL;
	size_t i;
	int ret;

	if (array_is_empty(&mb->audits))
		return;
	ret = ebk_begin(mb, true, &err);
	for (i = 0; i < array_count(&mb->audits) && ret == 0; i++)
		ret = ebk_audit_add(
		    mb, (int64_t)time(NULL), mb->audits.v[i].principal,
		    mb->audits.v[i].operation, mb->audits.v[i].object);
	if (ret == 0)
		ret = ebk_commit(mb, &err);
	else
		ebk_rollback(mb);
	if (ret < 0)
		engine_fail(mb, ret, "cannot write the audit log");
	engine_audits_free(mb);
}

int engine_audit(struct engine_mailbox *mb, const struct engine_actor *actor,
		 const char *op, engine_id_t object)
{
	struct engine_audit_pending *a;
	char *principal =
	    alloc_strdup(actor->principal ? actor->principal : "");

	if (principal == NULL)
		return -ENOMEM;
	a = array_append_space(&mb->audits, 1);
	if (a == NULL) {
		alloc_free(principal);
		return -ENOMEM;
	}
	a->principal = principal;
	a->operation = op;
	a->object = object;
	if (!mb->in_tx)
		engine_audits_flush(mb);
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
	if (engine_is_owner(mb, actor)) {
		*rights_r = ENGINE_RIGHTS_ALL;
		return 0;
	}
	if (actor->flags & ENGINE_ACTOR_ADMIN_BYPASS) {
		*rights_r = ENGINE_RIGHTS_ALL;
		return op ? engine_audit(mb, actor, op, fid) : 0;
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
int engine_require(struct engine_mailbox *mb, const struct engine_actor *actor,
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

/* The ACL rows read, each with its member's name (copied). */
struct acl_row {
	struct engine_acl_entry e;
	char *name;
};
struct acl_ctx {
	ARRAY(struct acl_row) rows;
	bool have_default, have_anon;
};

static void acl_ctx_free(struct acl_ctx *a)
{
	for (size_t i = 0; i < array_count(&a->rows); i++)
		alloc_free(a->rows.v[i].name);
	array_free(&a->rows);
}

static int acl_cb(void *ctx, int64_t id, const char *member, ULONG rights)
{
	struct acl_ctx *a = ctx;
	char *name = alloc_strdup(member);
	struct acl_row *r;

	if (name == NULL)
		return -ENOMEM;
	r = array_append_space(&a->rows, 1);
	if (r == NULL) {
		alloc_free(name);
		return -ENOMEM;
	}
	r->name = name;
	r->e.member_id = id;
	if (member[0] == 0) {
		r->e.member_id = ACL_DEFAULT_MEMBER_ID;
		a->have_default = true;
	} else if (strcmp(member, "Anonymous") == 0) {
		r->e.member_id = ACL_ANONYMOUS_MEMBER_ID;
		a->have_anon = true;
	}
	r->e.rights = rights;
	r->e.row_flags = 0;
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
	ret = engine_tx_begin(mb, false);
	if (ret < 0)
		return ret;
	ret = engine_folder_exists(mb, fid);
	if (ret == 0)
		ret = engine_require(mb, actor, fid, frightsVisible, "GetACL");
	if (ret == 0)
		ret = ebk_acl_list(mb, fid, acl_cb, &a);
	engine_tx_rollback(mb);
	if (ret == 0 && !a.have_default)
		ret = acl_cb(&a, 0, "", 0);
	if (ret == 0 && !a.have_anon)
		ret = acl_cb(&a, -1, "Anonymous", 0);
	n = (ULONG)array_count(&a.rows);
	if (ret == 0) {
		for (i = 0; i < n; i++)
			names += strlen(a.rows.v[i].name) + 1;
		size = n * sizeof(*out) + names;
		if (MAPIAllocateBuffer((ULONG)size, (void **)&out) != S_OK)
			ret = -ENOMEM;
	}
	if (ret == 0) {
		p = (char *)(out + n);
		for (i = 0; i < n; i++) {
			out[i] = a.rows.v[i].e;
			strcpy(p, a.rows.v[i].name);
			out[i].member_name = p;
			p += strlen(p) + 1;
		}
		*count_r = n;
		*entries_r = out;
	}
	acl_ctx_free(&a);
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
	ret = engine_tx_begin(mb, true);
	if (ret < 0)
		return ret;
	ret = engine_folder_exists(mb, fid);
	if (ret == 0)
		ret = engine_require(mb, actor, fid, frightsOwner, "ModifyACL");
	if (ret == 0 && (flags & ROWLIST_REPLACE)) {
		ret = ebk_acl_list(mb, fid, acl_cb, &a);
		for (i = 0; i < array_count(&a.rows) && ret == 0; i++) {
			const char *name = a.rows.v[i].name;

			if (name[0] != 0 && strcmp(name, "Anonymous") != 0)
				ret = ebk_acl_delete(mb, fid, name);
		}
	}
	for (i = 0; i < count && ret == 0; i++) {
		const char *m = acl_member(&rows[i]);

		if (rows[i].row_flags == ROW_REMOVE)
			ret = ebk_acl_delete(mb, fid, m);
		else
			ret = ebk_acl_set(mb, fid, m, rows[i].rights);
	}
	acl_ctx_free(&a);
	if (ret == 0)
		engine_event(mb, ENGINE_EV_OBJECT_MODIFIED, MAPI_FOLDER, fid, 0,
			     0);
	return engine_tx_end(mb, ret);
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
	ret = engine_tx_begin(mb, false);
	if (ret < 0)
		return ret;
	ret = ebk_audit_list(mb, audit_cb, &a);
	engine_tx_rollback(mb);
	return ret;
}
