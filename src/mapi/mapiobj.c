/*
 * mapiobj.c - the shared part of the objects of src/mapi: the object base
 * (context check, references, last error) and IMAPIProp over the
 * per-class hooks; see mapiobj.h.
 */
#include "lib.h"
#include "mapiobj.h"

#include <errno.h>
#include <stdarg.h>
#include <stdbool.h>
#include <stdio.h>
#include <string.h>

#include <mapiguid.h>
#include <mapiutil.h>

#include "alloc.h"
#include "errmsg.h"
#include "msgstore.h"
#include "utf8.h"
#include "ustring.h"

/* ============================== The base ============================== */

void *mapiobj_new(size_t size, const struct mapiobj_class *cls,
		  struct mstore *store, struct mapiobj *parent)
{
	struct mapiobj *o = alloc_calloc(1, size);

	if (o == NULL)
		return NULL;
	o->iface.unk.lpVtbl = cls->vtbl;
	objbase_init(&o->base, cls->magic);
	o->cls = cls;
	if (store != NULL) {
		mapiobj_hold(&store->obj);
		o->store = store;
	}
	if (parent != NULL) {
		mapiobj_hold(parent);
		o->parent = parent;
	}
	return o;
}

void mapiobj_hold(struct mapiobj *o)
{
	atomic_fetch_add(&o->base.refs, 1);
}

void mapiobj_drop(struct mapiobj *o)
{
	struct mapiobj *parent;
	struct mstore *store;

	if (o == NULL || atomic_fetch_sub(&o->base.refs, 1) != 1)
		return;
	if (o->cls->destroy != NULL)
		o->cls->destroy(o);
	parent = o->parent;
	/* A store's reference on itself is not counted. */
	store = o->store != NULL && &o->store->obj != o ? o->store : NULL;
	objbase_fini(&o->base);
	alloc_free(o);
	/* Parents after children: the mailbox closes last. */
	if (parent != NULL)
		mapiobj_drop(parent);
	if (store != NULL)
		mapiobj_drop(&store->obj);
}

HRESULT mapiobj_enter(struct mapiobj *o, const struct mapiobj_class *cls,
		      const char *what)
{
	char name[96];
	int err = objhdr_check(o == NULL ? NULL : &o->base.hdr, cls->magic);

	if (err == 0)
		return S_OK;
	snprintf(name, sizeof(name), "%s::%s", cls->name, what);
	return objhdr_refuse(o == NULL ? NULL : &o->base.hdr, err, name);
}

HRESULT mapiobj_fail(struct mapiobj *o, HRESULT hr, const char *fmt, ...)
{
	char msg[ERRMSG_SIZE];
	va_list args;

	va_start(args, fmt);
	vsnprintf(msg, sizeof(msg), fmt, args);
	va_end(args);
	return objbase_fail(&o->base, hr, "%s", msg);
}

HRESULT mapiobj_fail_ret(struct mapiobj *o, int ret, const char *what)
{
	const char *msg = ret == -ENOMEM ? "out of memory" : storeops_error();

	if (msg[0] == '\0')
		msg = strerror(-ret);
	return mapiobj_fail(o, storeops_hresult(ret), "%s: %s", what, msg);
}

HRESULT mapiobj_ok(struct mapiobj *o)
{
	return objbase_ok(&o->base);
}

HRESULT mapiobj_tstr(struct mapiobj *o, const void *s, ULONG flags,
		     const char *what, char **out_r)
{
	int ret;

	*out_r = NULL;
	if (s == NULL)
		return S_OK;
	/* Wide strings with unpaired surrogates are taken, as U+FFFD. */
	ret =
	    utf8_from_tstr(s, (flags & MAPI_UNICODE) != 0, UTF_REPLACE, out_r);
	if (ret == -EILSEQ)
		return mapiobj_fail(o, MAPI_E_INVALID_PARAMETER,
				    "%s is not valid UTF-8", what);
	if (ret < 0)
		return mapiobj_fail(o, MAPI_E_NOT_ENOUGH_MEMORY,
				    "out of memory");
	return S_OK;
}

HRESULT mapiobj_query_interface(struct mapiobj *o,
				const struct mapiobj_class *cls, REFIID riid,
				LPVOID *ppv)
{
	return objbase_query_interface(o == NULL ? NULL : &o->base, cls->magic,
				       cls->name, cls->iids, o, riid, ppv);
}

ULONG mapiobj_addref(struct mapiobj *o, const struct mapiobj_class *cls)
{
	if (mapiobj_enter(o, cls, "AddRef") != S_OK)
		return 0;
	return atomic_fetch_add(&o->base.refs, 1) + 1;
}

ULONG mapiobj_release(struct mapiobj *o, const struct mapiobj_class *cls)
{
	ULONG left;
	int err =
	    objhdr_check_release(o == NULL ? NULL : &o->base.hdr, cls->magic);

	if (err < 0) {
		char name[96];

		snprintf(name, sizeof(name), "%s::Release", cls->name);
		objhdr_refuse(o == NULL ? NULL : &o->base.hdr, err, name);
		return 0;
	}
	left = atomic_load(&o->base.refs) - 1;
	mapiobj_drop(o);
	return left;
}

HRESULT mapiobj_last_error(struct mapiobj *o, const struct mapiobj_class *cls,
			   HRESULT hr, ULONG flags, LPMAPIERROR *err_r)
{
	return objbase_last_error(o == NULL ? NULL : &o->base, cls->magic,
				  cls->name, hr, flags, err_r);
}

struct mapiobj *mapiobj_from(const void *p, const struct mapiobj_class *cls)
{
	const IUnknown *u = p;

	if (u == NULL || u->lpVtbl != cls->vtbl)
		return NULL;
	return mapiobj_of((IUnknown *)u);
}

/* ============================== IMAPIProp ============================== */

static bool is_unicode_type(ULONG type)
{
	return type == PT_UNICODE || type == PT_MV_UNICODE;
}

/*
 * Every property of o with string types as the caller wants them:
 * without MAPI_UNICODE, PT_UNICODE tags come back as PT_STRING8 (MAPI's
 * rule for "all properties").  0, 1 (errors returned) or -errno.
 */
static int get_all(struct mapiobj *o, ULONG flags, ULONG *count_r,
		   SPropValue **props_r)
{
	SPropTagArray *tags = NULL;
	SPropValue *props = NULL;
	ULONG count = 0, i;
	bool narrow = false;
	int ret;

	ret = o->cls->get_props(o, NULL, &count, &props);
	if (ret < 0)
		return ret;
	for (i = 0; i < count && !(flags & MAPI_UNICODE); i++)
		if (is_unicode_type(PROP_TYPE(props[i].ulPropTag)))
			narrow = true;
	if (!narrow) {
		*count_r = count;
		*props_r = props;
		return ret;
	}
	if (MAPIAllocateBuffer(CbNewSPropTagArray(count), (void **)&tags) !=
	    S_OK) {
		MAPIFreeBuffer(props);
		return -ENOMEM;
	}
	tags->cValues = count;
	for (i = 0; i < count; i++) {
		ULONG tag = props[i].ulPropTag;

		if (PROP_TYPE(tag) == PT_UNICODE)
			tag = CHANGE_PROP_TYPE(tag, PT_STRING8);
		else if (PROP_TYPE(tag) == PT_MV_UNICODE)
			tag = CHANGE_PROP_TYPE(tag, PT_MV_STRING8);
		tags->aulPropTag[i] = tag;
	}
	MAPIFreeBuffer(props);
	ret = o->cls->get_props(o, tags, count_r, props_r);
	MAPIFreeBuffer(tags);
	return ret;
}

HRESULT mapiprop_save_changes(struct mapiobj *o,
			      const struct mapiobj_class *cls, ULONG flags)
{
	HRESULT hr = mapiobj_enter(o, cls, "SaveChanges");

	if (hr != S_OK)
		return hr;
	if (flags &
	    ~(ULONG)(KEEP_OPEN_READONLY | KEEP_OPEN_READWRITE | FORCE_SAVE |
		     MAPI_DEFERRED_ERRORS | SPAMFILTER_ONSAVE | ITEMPROC_FORCE |
		     NON_EMS_XP_SAVE))
		return mapiobj_fail(o, MAPI_E_UNKNOWN_FLAGS,
				    "SaveChanges: unknown flags 0x%lx",
				    (unsigned long)flags);
	if (cls->save == NULL)
		/* Stores and folders write every change at once. */
		return mapiobj_ok(o);
	return cls->save(o, flags);
}

static bool bad_tags(const SPropTagArray *tags)
{
	return tags == NULL || FBadColumnSet((LPSPropTagArray)tags);
}

HRESULT mapiprop_get_props(struct mapiobj *o, const struct mapiobj_class *cls,
			   LPSPropTagArray tags, ULONG flags, ULONG *count_r,
			   LPSPropValue *props_r)
{
	SPropValue *props = NULL;
	ULONG count = 0;
	HRESULT hr = mapiobj_enter(o, cls, "GetProps");
	int ret;

	if (hr != S_OK)
		return hr;
	if (count_r == NULL || props_r == NULL)
		return mapiobj_fail(o, MAPI_E_INVALID_PARAMETER,
				    "GetProps: NULL output pointer");
	*count_r = 0;
	*props_r = NULL;
	if (flags & ~(ULONG)MAPI_UNICODE)
		return mapiobj_fail(o, MAPI_E_UNKNOWN_FLAGS,
				    "GetProps: unknown flags");
	if (tags != NULL && (tags->cValues == 0 || bad_tags(tags)))
		return mapiobj_fail(o, MAPI_E_INVALID_PARAMETER,
				    "GetProps: bad property tag array");
	ret = tags == NULL ? get_all(o, flags, &count, &props)
			   : o->cls->get_props(o, tags, &count, &props);
	if (ret < 0)
		return mapiobj_fail_ret(o, ret, "GetProps");
	if (o->store != NULL)
		ret = mstore_fix_props(o->store, o == &o->store->obj, count,
				       props, props);
	if (ret < 0) {
		MAPIFreeBuffer(props);
		return mapiobj_fail_ret(o, ret, "GetProps");
	}
	*count_r = count;
	*props_r = props;
	if (ret == 1 || (tags != NULL && count != tags->cValues))
		return MAPI_W_ERRORS_RETURNED;
	for (ULONG i = 0; i < count; i++)
		if (PROP_TYPE(props[i].ulPropTag) == PT_ERROR)
			return MAPI_W_ERRORS_RETURNED;
	return mapiobj_ok(o);
}

bool mapiprop_is_large(const SPropValue *v)
{
	return PROP_TYPE(v->ulPropTag) == PT_ERROR &&
	       v->Value.err == MAPI_E_NOT_ENOUGH_MEMORY;
}

/* The real tag of the large value tag (PT_ERROR) names, as GetPropList
 * lists it: strings 8-bit without MAPI_UNICODE; tag itself when large
 * does not know it. */
static ULONG large_tag(const SPropTagArray *large, ULONG tag, ULONG flags)
{
	ULONG i;

	for (i = 0; large != NULL && i < large->cValues; i++) {
		ULONG real = large->aulPropTag[i];

		if (PROP_ID(real) != PROP_ID(tag))
			continue;
		if (!(flags & MAPI_UNICODE) && PROP_TYPE(real) == PT_UNICODE)
			real = CHANGE_PROP_TYPE(real, PT_STRING8);
		return real;
	}
	return tag;
}

HRESULT mapiprop_get_prop_list(struct mapiobj *o,
			       const struct mapiobj_class *cls, ULONG flags,
			       LPSPropTagArray *tags_r)
{
	SPropTagArray *tags = NULL, *large = NULL;
	SPropValue *props = NULL;
	ULONG count = 0, i, n = 0;
	HRESULT hr = mapiobj_enter(o, cls, "GetPropList");
	int ret;

	if (hr != S_OK)
		return hr;
	if (tags_r == NULL)
		return mapiobj_fail(o, MAPI_E_INVALID_PARAMETER,
				    "GetPropList: lppPropTagArray is NULL");
	*tags_r = NULL;
	if (flags & ~(ULONG)MAPI_UNICODE)
		return mapiobj_fail(o, MAPI_E_UNKNOWN_FLAGS,
				    "GetPropList: unknown flags");
	ret = get_all(o, flags, &count, &props);
	if (ret < 0)
		return mapiobj_fail_ret(o, ret, "GetPropList");
	if (MAPIAllocateBuffer(CbNewSPropTagArray(count), (void **)&tags) !=
	    S_OK) {
		MAPIFreeBuffer(props);
		return mapiobj_fail(o, MAPI_E_NOT_ENOUGH_MEMORY,
				    "out of memory");
	}
	if (o->cls->large_tags != NULL)
		ret = o->cls->large_tags(o, &large);
	if (ret < 0) {
		MAPIFreeBuffer(tags);
		MAPIFreeBuffer(props);
		return mapiobj_fail_ret(o, ret, "GetPropList");
	}
	for (i = 0; i < count; i++) {
		ULONG tag = props[i].ulPropTag;

		/* Large values are listed with their real types. */
		if (mapiprop_is_large(&props[i]))
			tag = large_tag(large, tag, flags);
		if (PROP_TYPE(tag) != PT_ERROR)
			tags->aulPropTag[n++] = tag;
	}
	tags->cValues = n;
	MAPIFreeBuffer(large);
	MAPIFreeBuffer(props);
	*tags_r = tags;
	return mapiobj_ok(o);
}

HRESULT mapiprop_open_property(struct mapiobj *o,
			       const struct mapiobj_class *cls, ULONG tag,
			       LPCIID iid, ULONG options, ULONG flags,
			       LPUNKNOWN *unk_r)
{
	HRESULT hr = mapiobj_enter(o, cls, "OpenProperty");

	if (hr != S_OK)
		return hr;
	if (iid == NULL || unk_r == NULL || FBadPropTag(tag))
		return mapiobj_fail(o, MAPI_E_INVALID_PARAMETER,
				    "OpenProperty: bad tag or NULL argument");
	*unk_r = NULL;
	if (flags & ~(ULONG)(MAPI_CREATE | MAPI_MODIFY | MAPI_DEFERRED_ERRORS |
			     MAPI_BEST_ACCESS | STREAM_APPEND))
		return mapiobj_fail(o, MAPI_E_UNKNOWN_FLAGS,
				    "OpenProperty: unknown flags");
	if (cls->open_property == NULL)
		return mapiobj_fail(o, MAPI_E_NO_SUPPORT,
				    "OpenProperty: %s has no properties to "
				    "open as objects",
				    cls->name);
	return cls->open_property(o, tag, iid, options, flags, unk_r);
}

/* Property values the caller gives must be well-formed. */
static HRESULT check_values(struct mapiobj *o, ULONG count,
			    const SPropValue *props, const char *what)
{
	ULONG i;

	if (count == 0 || props == NULL)
		return mapiobj_fail(o, MAPI_E_INVALID_PARAMETER,
				    "%s: no properties", what);
	for (i = 0; i < count; i++)
		if (FBadProp((LPSPropValue)&props[i]))
			return mapiobj_fail(o, MAPI_E_INVALID_PARAMETER,
					    "%s: property %lu (0x%08lx) is "
					    "malformed",
					    what, (unsigned long)i,
					    (unsigned long)props[i].ulPropTag);
	return S_OK;
}

HRESULT mapiprop_set_props(struct mapiobj *o, const struct mapiobj_class *cls,
			   ULONG count, LPSPropValue props,
			   LPSPropProblemArray *problems_r)
{
	HRESULT hr = mapiobj_enter(o, cls, "SetProps");
	int ret;

	if (hr != S_OK)
		return hr;
	if (problems_r != NULL)
		*problems_r = NULL;
	hr = check_values(o, count, props, "SetProps");
	if (hr != S_OK)
		return hr;
	ret = cls->set_props(o, count, props);
	return ret < 0 ? mapiobj_fail_ret(o, ret, "SetProps") : mapiobj_ok(o);
}

HRESULT mapiprop_delete_props(struct mapiobj *o,
			      const struct mapiobj_class *cls,
			      LPSPropTagArray tags,
			      LPSPropProblemArray *problems_r)
{
	HRESULT hr = mapiobj_enter(o, cls, "DeleteProps");
	int ret;

	if (hr != S_OK)
		return hr;
	if (problems_r != NULL)
		*problems_r = NULL;
	if (bad_tags(tags) || tags->cValues == 0)
		return mapiobj_fail(o, MAPI_E_INVALID_PARAMETER,
				    "DeleteProps: bad property tag array");
	if (cls->delete_props == NULL)
		return mapiobj_fail(o, MAPI_E_NO_ACCESS,
				    "DeleteProps: %s properties cannot be "
				    "deleted",
				    cls->name);
	ret = cls->delete_props(o, tags);
	return ret < 0 ? mapiobj_fail_ret(o, ret, "DeleteProps")
		       : mapiobj_ok(o);
}

static bool tag_listed(const SPropTagArray *list, ULONG tag)
{
	ULONG i;

	if (list == NULL)
		return false;
	for (i = 0; i < list->cValues; i++)
		if (PROP_ID(list->aulPropTag[i]) == PROP_ID(tag))
			return true;
	return false;
}

bool mapiprop_identity_tag(ULONG tag)
{
	switch (PROP_ID(tag)) {
	case PROP_ID(PR_ENTRYID):
	case PROP_ID(PR_PARENT_ENTRYID):
	case PROP_ID(PR_STORE_ENTRYID):
	case PROP_ID(PR_RECORD_KEY):
	case PROP_ID(PR_STORE_RECORD_KEY):
	case PROP_ID(PR_INSTANCE_KEY):
	case PROP_ID(PR_OBJECT_TYPE):
	case PROP_ID(PR_SOURCE_KEY):
	case PROP_ID(PR_PARENT_SOURCE_KEY):
	case PROP_ID(PR_CHANGE_KEY):
	case PROP_ID(PR_PREDECESSOR_CHANGE_LIST):
	case PROP_ID(PR_ACCESS):
	case PROP_ID(PR_ACCESS_LEVEL):
	case PROP_ID(PR_MESSAGE_SIZE):
	case PROP_ID(PR_HASATTACH):
	case PROP_ID(PR_CREATION_TIME):
	case PROP_ID(PR_LAST_MODIFICATION_TIME):
	case 0x67A4: /* PR_CHANGE_NUM */
	case PROP_ID(PR_ATTACH_NUM):
	case PROP_ID(PR_ATTACH_SIZE):
		return true;
	}
	return false;
}

/* Whether dest's properties (MAPI_NOREPLACE) hold one of tag's ID. */
static bool dest_has(const SPropValue *have, ULONG nhave, ULONG tag)
{
	ULONG k;

	for (k = 0; k < nhave; k++)
		if (PROP_ID(have[k].ulPropTag) == PROP_ID(tag) &&
		    (PROP_TYPE(have[k].ulPropTag) != PT_ERROR ||
		     mapiprop_is_large(&have[k])))
			return true;
	return false;
}

/* Deletes the moved properties from src (MAPI_MOVE); computed values
 * cannot go, and the copy still happened. */
static int move_done(struct mapiobj *src, const SPropTagArray *moved)
{
	int ret;

	if (moved->cValues == 0 || src->cls->delete_props == NULL)
		return 0;
	ret = src->cls->delete_props(src, moved);
	return ret == -EACCES ? 0 : ret;
}

/*
 * The values too large for get_props that copy_props copies: through the
 * class's streams, with the same choice (include, exclude, MAPI_NOREPLACE
 * against have), then deleted from src for MAPI_MOVE.
 */
static int copy_large_values(struct mapiobj *src, struct mapiobj *dest,
			     const SPropTagArray *include,
			     const SPropTagArray *exclude, ULONG flags,
			     const SPropValue *have, ULONG nhave)
{
	SPropTagArray *large = NULL;
	ULONG i, n = 0;
	int ret;

	if (src->cls->large_tags == NULL || src->cls->copy_large == NULL)
		return 0;
	ret = src->cls->large_tags(src, &large);
	if (ret < 0 || large == NULL)
		return ret;
	for (i = 0; ret == 0 && i < large->cValues; i++) {
		ULONG tag = large->aulPropTag[i];

		if ((include != NULL && !tag_listed(include, tag)) ||
		    tag_listed(exclude, tag) || mapiprop_identity_tag(tag) ||
		    dest_has(have, nhave, tag))
			continue;
		ret = src->cls->copy_large(src, dest, tag);
		large->aulPropTag[n++] = tag;
	}
	large->cValues = n;
	if (ret == 0 && (flags & MAPI_MOVE))
		ret = move_done(src, large);
	MAPIFreeBuffer(large);
	return ret;
}

/*
 * Copies the properties of src listed in include (all but exclude when
 * include is NULL) to dest; MAPI_NOREPLACE keeps dest's values,
 * MAPI_MOVE deletes them from src afterwards.  Both are objects of ours
 * of one store.  Values too large for get_props go through streams.
 */
static int copy_props(struct mapiobj *src, struct mapiobj *dest,
		      const SPropTagArray *include,
		      const SPropTagArray *exclude, ULONG flags)
{
	SPropValue *props = NULL, *have = NULL;
	SPropTagArray *moved = NULL;
	ULONG count = 0, nhave = 0, i, n = 0;
	int ret;

	ret = src->cls->get_props(src, include, &count, &props);
	if (ret < 0)
		return ret;
	if (flags & MAPI_NOREPLACE) {
		ret = dest->cls->get_props(dest, NULL, &nhave, &have);
		if (ret < 0)
			goto out;
	}
	for (i = 0; i < count; i++) {
		ULONG tag = props[i].ulPropTag;

		if (PROP_TYPE(tag) == PT_ERROR || mapiprop_identity_tag(tag) ||
		    PROP_TYPE(tag) == PT_OBJECT || tag_listed(exclude, tag) ||
		    dest_has(have, nhave, tag))
			continue;
		props[n++] = props[i];
	}
	ret = 0;
	if (n > 0 && dest->cls->set_props != NULL)
		ret = dest->cls->set_props(dest, n, props);
	if (ret == 0 && (flags & MAPI_MOVE) && n > 0) {
		if (MAPIAllocateBuffer(CbNewSPropTagArray(n),
				       (void **)&moved) != S_OK) {
			ret = -ENOMEM;
			goto out;
		}
		moved->cValues = n;
		for (i = 0; i < n; i++)
			moved->aulPropTag[i] = props[i].ulPropTag;
		ret = move_done(src, moved);
	}
	if (ret == 0)
		ret = copy_large_values(src, dest, include, exclude, flags,
					have, nhave);
out:
	MAPIFreeBuffer(moved);
	MAPIFreeBuffer(have);
	MAPIFreeBuffer(props);
	return ret;
}

/* The destination of CopyTo/CopyProps: an object of ours, same class. */
static HRESULT copy_dest(struct mapiobj *o, const struct mapiobj_class *cls,
			 LPCIID iface, LPVOID dest, ULONG flags,
			 const char *what, struct mapiobj **dest_r)
{
	struct mapiobj *d;
	HRESULT hr;

	if (dest == NULL || iface == NULL)
		return mapiobj_fail(o, MAPI_E_INVALID_PARAMETER,
				    "%s: no destination", what);
	if (flags & ~(ULONG)(MAPI_MOVE | MAPI_NOREPLACE | MAPI_DIALOG |
			     MAPI_DECLINE_OK))
		return mapiobj_fail(o, MAPI_E_UNKNOWN_FLAGS,
				    "%s: unknown flags", what);
	d = mapiobj_from(dest, cls);
	if (d == NULL)
		return mapiobj_fail(o, MAPI_E_NO_SUPPORT,
				    "%s: the destination must be an %s of "
				    "this library",
				    what, cls->name);
	hr = mapiobj_enter(d, cls, what);
	if (hr != S_OK)
		return hr;
	if (d == o)
		return mapiobj_fail(o, MAPI_E_NO_ACCESS,
				    "%s: source and destination are one "
				    "object",
				    what);
	if (d->store != o->store)
		return mapiobj_fail(o, MAPI_E_NO_SUPPORT,
				    "%s: copies between stores are not "
				    "supported yet",
				    what);
	*dest_r = d;
	return S_OK;
}

HRESULT mapiprop_copy_to(struct mapiobj *o, const struct mapiobj_class *cls,
			 ULONG ciid, LPCIID iids, LPSPropTagArray exclude,
			 LPCIID iface, LPVOID dest, ULONG flags,
			 LPSPropProblemArray *problems_r)
{
	struct mapiobj *d = NULL;
	HRESULT hr = mapiobj_enter(o, cls, "CopyTo");
	int ret;

	if (hr != S_OK)
		return hr;
	if (problems_r != NULL)
		*problems_r = NULL;
	if (ciid != 0 && iids == NULL)
		return mapiobj_fail(o, MAPI_E_INVALID_PARAMETER,
				    "CopyTo: no interfaces to exclude");
	if (exclude != NULL && bad_tags(exclude))
		return mapiobj_fail(o, MAPI_E_INVALID_PARAMETER,
				    "CopyTo: bad exclude list");
	hr = copy_dest(o, cls, iface, dest, flags, "CopyTo", &d);
	if (hr != S_OK)
		return hr;
	ret = copy_props(o, d, NULL, exclude, flags);
	if (ret < 0)
		return mapiobj_fail_ret(o, ret, "CopyTo");
	if (cls->copy_extra != NULL) {
		hr = cls->copy_extra(o, d, exclude, flags);
		if (hr != S_OK)
			return hr;
	}
	return mapiobj_ok(o);
}

HRESULT mapiprop_copy_props(struct mapiobj *o, const struct mapiobj_class *cls,
			    LPSPropTagArray include, LPCIID iface, LPVOID dest,
			    ULONG flags, LPSPropProblemArray *problems_r)
{
	struct mapiobj *d = NULL;
	HRESULT hr = mapiobj_enter(o, cls, "CopyProps");
	int ret;

	if (hr != S_OK)
		return hr;
	if (problems_r != NULL)
		*problems_r = NULL;
	if (bad_tags(include) || include->cValues == 0)
		return mapiobj_fail(o, MAPI_E_INVALID_PARAMETER,
				    "CopyProps: bad property tag array");
	hr = copy_dest(o, cls, iface, dest, flags, "CopyProps", &d);
	if (hr != S_OK)
		return hr;
	ret = copy_props(o, d, include, NULL, flags);
	return ret < 0 ? mapiobj_fail_ret(o, ret, "CopyProps") : mapiobj_ok(o);
}

/* Named properties are a store's: objects of no store have none. */
static HRESULT no_names(struct mapiobj *o, const struct mapiobj_class *cls,
			const char *what)
{
	return mapiobj_fail(o, MAPI_E_NO_SUPPORT,
			    "%s: an %s has no named properties", what,
			    cls->name);
}

HRESULT mapiprop_names_from_ids(struct mapiobj *o,
				const struct mapiobj_class *cls,
				LPSPropTagArray *tags, LPGUID guid, ULONG flags,
				ULONG *count_r, LPMAPINAMEID **names_r)
{
	SPropTagArray *list = NULL;
	MAPINAMEID **names = NULL;
	ULONG *ids = NULL, i, n = 0;
	HRESULT hr = mapiobj_enter(o, cls, "GetNamesFromIDs");
	int ret;

	if (hr != S_OK)
		return hr;
	if (tags == NULL || count_r == NULL || names_r == NULL)
		return mapiobj_fail(o, MAPI_E_INVALID_PARAMETER,
				    "GetNamesFromIDs: NULL argument");
	*count_r = 0;
	*names_r = NULL;
	if (flags & ~(ULONG)(MAPI_NO_STRINGS | MAPI_NO_IDS))
		return mapiobj_fail(o, MAPI_E_UNKNOWN_FLAGS,
				    "GetNamesFromIDs: unknown flags");
	if (*tags != NULL && bad_tags(*tags))
		return mapiobj_fail(o, MAPI_E_INVALID_PARAMETER,
				    "GetNamesFromIDs: bad tag array");
	if (o->store == NULL)
		return no_names(o, cls, "GetNamesFromIDs");
	if (*tags == NULL)
		/* Listing every mapped name is not offered by the store
		 * ops yet. */
		return mapiobj_fail(o, MAPI_E_NO_SUPPORT,
				    "GetNamesFromIDs: listing all named "
				    "properties is not supported; pass tags");
	list = *tags;
	ids = alloc_calloc(list->cValues + 1, sizeof(*ids));
	if (ids == NULL)
		return mapiobj_fail(o, MAPI_E_NOT_ENOUGH_MEMORY,
				    "out of memory");
	for (i = 0; i < list->cValues; i++)
		ids[i] = PROP_ID(list->aulPropTag[i]);
	ret = storeops_ids_to_names(&o->store->mb, list->cValues, ids, &names);
	alloc_free(ids);
	if (ret < 0)
		return mapiobj_fail_ret(o, ret, "GetNamesFromIDs");
	for (i = 0; i < list->cValues; i++) {
		MAPINAMEID *nm = names[i];

		if (nm != NULL &&
		    ((guid != NULL && !IsEqualGUID(nm->lpguid, guid)) ||
		     ((flags & MAPI_NO_STRINGS) && nm->ulKind == MNID_STRING) ||
		     ((flags & MAPI_NO_IDS) && nm->ulKind == MNID_ID)))
			names[i] = NULL;
		if (names[i] == NULL)
			n++;
	}
	*count_r = list->cValues;
	*names_r = names;
	return n > 0 ? MAPI_W_ERRORS_RETURNED : mapiobj_ok(o);
}

HRESULT mapiprop_ids_from_names(struct mapiobj *o,
				const struct mapiobj_class *cls, ULONG count,
				LPMAPINAMEID *names, ULONG flags,
				LPSPropTagArray *tags_r)
{
	SPropTagArray *tags = NULL;
	ULONG i;
	HRESULT hr = mapiobj_enter(o, cls, "GetIDsFromNames");
	int ret;

	if (hr != S_OK)
		return hr;
	if (tags_r == NULL)
		return mapiobj_fail(o, MAPI_E_INVALID_PARAMETER,
				    "GetIDsFromNames: lppPropTags is NULL");
	*tags_r = NULL;
	if (flags & ~(ULONG)MAPI_CREATE)
		return mapiobj_fail(o, MAPI_E_UNKNOWN_FLAGS,
				    "GetIDsFromNames: unknown flags");
	if (o->store == NULL)
		return no_names(o, cls, "GetIDsFromNames");
	if (count == 0 || names == NULL)
		return mapiobj_fail(o, MAPI_E_NO_SUPPORT,
				    "GetIDsFromNames: listing all named "
				    "properties is not supported");
	for (i = 0; i < count; i++)
		if (names[i] == NULL || names[i]->lpguid == NULL ||
		    (names[i]->ulKind != MNID_ID &&
		     (names[i]->ulKind != MNID_STRING ||
		      names[i]->Kind.lpwstrName == NULL)))
			return mapiobj_fail(o, MAPI_E_INVALID_PARAMETER,
					    "GetIDsFromNames: name %lu is "
					    "malformed",
					    (unsigned long)i);
	if (MAPIAllocateBuffer(CbNewSPropTagArray(count), (void **)&tags) !=
	    S_OK)
		return mapiobj_fail(o, MAPI_E_NOT_ENOUGH_MEMORY,
				    "out of memory");
	ret = storeops_names_to_ids(&o->store->mb, count, names, flags,
				    tags->aulPropTag);
	if (ret < 0) {
		MAPIFreeBuffer(tags);
		return mapiobj_fail_ret(o, ret, "GetIDsFromNames");
	}
	tags->cValues = count;
	for (i = 0; i < count; i++)
		tags->aulPropTag[i] =
		    tags->aulPropTag[i] == 0
			? PROP_TAG(PT_ERROR, 0)
			: PROP_TAG(PT_UNSPECIFIED, tags->aulPropTag[i]);
	*tags_r = tags;
	return ret == 1 ? MAPI_W_ERRORS_RETURNED : mapiobj_ok(o);
}
