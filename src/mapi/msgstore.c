/*
 * msgstore.c - IMsgStore over a store-ops mailbox, and the session's
 * entry points for local stores (mapistore.h).
 *
 * The store object owns the mailbox handle; every other object holds a
 * reference on it, so the mailbox is closed when the last object goes.
 * Store notifications (Advise) are engine events subscribed through the
 * store ops and handed to the calling context's notification engine
 * (notifyhook.h), or, without a MAPI instance, to the sink at once.
 */
#include "msgstore.h"

#include <errno.h>
#include <stdio.h>
#include <string.h>
#include <sys/random.h>
#include <sys/stat.h>

#include <edkmdb.h>
#include <mapiguid.h>
#include <mapiutil.h>

#include "alloc.h"
#include "folder.h"
#include "mapistore.h"
#include "maptable.h"
#include "message.h"
#include "notifyhook.h"
#include "profadmin.h"

#define MSTORE_MAGIC 0x4d504d53u /* "MPMS" */

struct mstore_advise {
	struct mstore_advise *next;
	struct mstore *st;
	ULONG_PTR conn;
	unsigned long ops_conn;
	LPMAPIADVISESINK sink;
	ULONG mask;        /* fnev* */
	storeops_id_t mid; /* a message's events only, or 0 */
};

static const IMsgStoreVtbl mstore_vtbl;
static const IID *const mstore_iids[] = {&IID_IMsgStore, &IID_IMAPIProp, NULL};

static void mstore_destroy(struct mapiobj *o);
static int mstore_get(struct mapiobj *o, const SPropTagArray *tags,
		      ULONG *count_r, SPropValue **props_r);
static int mstore_set(struct mapiobj *o, ULONG count, const SPropValue *props);

static const struct mapiobj_class mstore_class = {
    .magic = MSTORE_MAGIC,
    .name = "IMsgStore",
    .vtbl = &mstore_vtbl,
    .iids = mstore_iids,
    .destroy = mstore_destroy,
    .get_props = mstore_get,
    .set_props = mstore_set,
};

/* ======================== Shared with the objects ===================== */

static struct mstore *mstore_from(IMsgStore *iface)
{
	return container_of(mapiobj_of(iface), struct mstore, obj);
}

/* The store behind its own object (the property hooks' argument). */
static struct mstore *mstore_self(struct mapiobj *o)
{
	return container_of(o, struct mstore, obj);
}

void mstore_lock(struct mstore *st)
{
	storeops_mailbox_lock(&st->mb);
}

void mstore_unlock(struct mstore *st)
{
	storeops_mailbox_unlock(&st->mb);
}

int mstore_fix_props(struct mstore *st, bool is_store, ULONG count,
		     SPropValue *props, void *base)
{
	int ret = 0;
	ULONG i;

	for (i = 0; i < count; i++) {
		ULONG tag = props[i].ulPropTag;
		void *copy;

		if (PROP_TYPE(tag) == PT_ERROR)
			ret = 1;
		if (tag != PR_STORE_ENTRYID && !(is_store && tag == PR_ENTRYID))
			continue;
		if (MAPIAllocateMore(sizeof(st->eid), base, &copy) != S_OK)
			return -ENOMEM;
		memcpy(copy, st->eid, sizeof(st->eid));
		props[i].Value.bin.cb = sizeof(st->eid);
		props[i].Value.bin.lpb = copy;
	}
	return ret;
}

int mstore_want_write(struct mstore *st, ULONG flags, bool *write_r)
{
	if ((flags & MAPI_MODIFY) && !st->writable)
		return -EACCES;
	*write_r = (flags & MAPI_MODIFY) ||
		   ((flags & MAPI_BEST_ACCESS) && st->writable);
	return 0;
}

int mstore_parse_eid(struct mstore *st, ULONG cb, const ENTRYID *eid,
		     ULONG *type_r, storeops_id_t *fid_r, storeops_id_t *mid_r)
{
	if (eid == NULL || cb == 0)
		return -EINVAL;
	return storeops_entryid_parse(&st->mb, eid, cb, type_r, fid_r, mid_r);
}

HRESULT mstore_eid_arg(struct mstore *st, struct mapiobj *caller, ULONG cb,
		       const ENTRYID *eid, ULONG want, const char *what,
		       ULONG *type_r, storeops_id_t *fid_r,
		       storeops_id_t *mid_r)
{
	ULONG type = 0;
	int ret = mstore_parse_eid(st, cb, eid, &type, fid_r, mid_r);

	if (ret < 0 && ret != -EINVAL && ret != -EBADF)
		return mapiobj_fail_ret(caller, ret, what);
	if (ret == -EBADF)
		return mapiobj_fail(caller, MAPI_E_INVALID_ENTRYID,
				    "%s: the entry ID is of another store",
				    what);
	if (ret < 0 || (want != 0 && type != want))
		return mapiobj_fail(caller, MAPI_E_INVALID_ENTRYID,
				    "%s: not a %s of this store", what,
				    want == MAPI_FOLDER ? "folder"
				    : want == MAPI_MESSAGE
					? "message"
					: "folder or message");
	if (type_r != NULL)
		*type_r = type;
	return S_OK;
}

/* Whether iface (NULL: the default) names an interface of kind. */
static bool iface_ok(LPCIID iface, ULONG type)
{
	if (iface == NULL || IsEqualIID(iface, &IID_IUnknown) ||
	    IsEqualIID(iface, &IID_IMAPIProp))
		return true;
	switch (type) {
	case MAPI_STORE:
		return IsEqualIID(iface, &IID_IMsgStore);
	case MAPI_FOLDER:
		return IsEqualIID(iface, &IID_IMAPIFolder) ||
		       IsEqualIID(iface, &IID_IMAPIContainer);
	case MAPI_MESSAGE:
		return IsEqualIID(iface, &IID_IMessage);
	}
	return false;
}

HRESULT mstore_open_entry(struct mstore *st, struct mapiobj *caller, ULONG cb,
			  const ENTRYID *eid, LPCIID iface, ULONG flags,
			  ULONG *type_r, LPUNKNOWN *unk_r)
{
	storeops_id_t fid = 0, mid = 0;
	ULONG type = MAPI_FOLDER;
	bool write = false;
	int ret;

	if (type_r == NULL || unk_r == NULL || (cb != 0 && eid == NULL))
		return mapiobj_fail(caller, MAPI_E_INVALID_PARAMETER,
				    "OpenEntry: NULL argument");
	*unk_r = NULL;
	*type_r = 0;
	if (flags &
	    ~(ULONG)(MAPI_MODIFY | MAPI_BEST_ACCESS | MAPI_DEFERRED_ERRORS |
		     MAPI_NO_CACHE | SHOW_SOFT_DELETES))
		return mapiobj_fail(caller, MAPI_E_UNKNOWN_FLAGS,
				    "OpenEntry: unknown flags 0x%lx",
				    (unsigned long)flags);
	ret = mstore_want_write(st, flags, &write);
	if (ret < 0)
		return mapiobj_fail(caller, MAPI_E_NO_ACCESS,
				    "OpenEntry: the store was opened "
				    "read-only (no MDB_WRITE)");
	if (eid == NULL || cb == 0) {
		ret = storeops_special_folder(&st->mb, STOREOPS_FOLDER_ROOT,
					      &fid);
		if (ret < 0)
			return mapiobj_fail_ret(caller, ret, "OpenEntry");
	} else if (cb == sizeof(st->eid) &&
		   memcmp(eid, st->eid, sizeof(st->eid)) == 0) {
		type = MAPI_STORE;
	} else {
		HRESULT hr = mstore_eid_arg(st, caller, cb, eid, 0, "OpenEntry",
					    &type, &fid, &mid);

		if (hr != S_OK)
			return hr;
	}
	if (!iface_ok(iface, type))
		return mapiobj_fail(caller, MAPI_E_INTERFACE_NOT_SUPPORTED,
				    "OpenEntry: the object does not have the "
				    "interface asked for");
	if (type == MAPI_STORE) {
		mapiobj_hold(&st->obj);
		*unk_r = (LPUNKNOWN)&st->obj.iface.unk;
		ret = 0;
	} else if (type == MAPI_FOLDER) {
		ret = folder_open(st, fid, write, (IMAPIFolder **)unk_r);
	} else {
		ret = message_open(st, fid, mid, write, (IMessage **)unk_r);
	}
	if (ret < 0)
		return mapiobj_fail_ret(caller, ret, "OpenEntry");
	*type_r = type;
	return mapiobj_ok(caller);
}

/* ============================ Property hooks ========================== */

static int mstore_get(struct mapiobj *o, const SPropTagArray *tags,
		      ULONG *count_r, SPropValue **props_r)
{
	struct mstore *st = mstore_self(o);

	return storeops_store_get_props(&st->mb, tags, count_r, props_r);
}

static int mstore_set(struct mapiobj *o, ULONG count, const SPropValue *props)
{
	struct mstore *st = mstore_self(o);

	if (!st->writable)
		return -EACCES;
	return storeops_store_set_props(&st->mb, count, props);
}

static void advise_free(struct mstore *st, struct mstore_advise *a)
{
	storeops_unsubscribe(&st->mb, a->ops_conn);
	a->sink->lpVtbl->Release(a->sink);
	alloc_free(a);
}

static void mstore_destroy(struct mapiobj *o)
{
	struct mstore *st = mstore_self(o);
	struct mstore_advise *a, *next;

	for (a = st->advises; a != NULL; a = next) {
		next = a->next;
		advise_free(st, a);
	}
	storeops_mailbox_close(&st->mb);
}

/* ============================== IMsgStore ============================= */

MAPIOBJ_PROP_METHODS(ms, IMsgStore, mstore_class)

/* The fnev* bit of an event, 0 for table events. */
static ULONG fnev_of(unsigned int type)
{
	switch (type) {
	case STOREOPS_EV_OBJECT_CREATED:
		return fnevObjectCreated;
	case STOREOPS_EV_OBJECT_MODIFIED:
		return fnevObjectModified;
	case STOREOPS_EV_OBJECT_DELETED:
		return fnevObjectDeleted;
	case STOREOPS_EV_OBJECT_MOVED:
		return fnevObjectMoved;
	case STOREOPS_EV_OBJECT_COPIED:
		return fnevObjectCopied;
	case STOREOPS_EV_NEW_MAIL:
		return fnevNewMail;
	}
	return 0;
}

/* Store ops event -> one MAPI notification for the sink of a. */
static void advise_event(void *ctx, const struct storeops_event *ev)
{
	struct mstore_advise *a = ctx;
	struct mstore *st = a->st;
	uint8_t eid[STOREOPS_MESSAGE_EID_SIZE],
	    parent[STOREOPS_FOLDER_EID_SIZE];
	uint8_t old[STOREOPS_MESSAGE_EID_SIZE],
	    old_parent[STOREOPS_FOLDER_EID_SIZE];
	NOTIFICATION n;
	ULONG fnev = fnev_of(ev->type), cb;
	bool msg = ev->object_type == MAPI_MESSAGE;

	if (!(a->mask & fnev) || (a->mid != 0 && ev->mid != a->mid))
		return;
	memset(&n, 0, sizeof(n));
	n.ulEventType = fnev;
	if (msg) {
		storeops_message_entryid(&st->mb, ev->fid, ev->mid, eid);
		cb = STOREOPS_MESSAGE_EID_SIZE;
	} else {
		storeops_folder_entryid(&st->mb, ev->fid, eid);
		cb = STOREOPS_FOLDER_EID_SIZE;
	}
	if (fnev == fnevNewMail) {
		storeops_folder_entryid(&st->mb, ev->fid, parent);
		n.info.newmail.cbEntryID = cb;
		n.info.newmail.lpEntryID = (LPENTRYID)eid;
		n.info.newmail.cbParentID = sizeof(parent);
		n.info.newmail.lpParentID = (LPENTRYID)parent;
		n.info.newmail.lpszMessageClass = (LPTSTR)ev->message_class;
		n.info.newmail.ulMessageFlags = ev->message_flags;
	} else {
		n.info.obj.cbEntryID = cb;
		n.info.obj.lpEntryID = (LPENTRYID)eid;
		n.info.obj.ulObjType = ev->object_type;
		if (msg) {
			storeops_folder_entryid(&st->mb, ev->fid, parent);
			n.info.obj.cbParentID = sizeof(parent);
			n.info.obj.lpParentID = (LPENTRYID)parent;
		}
		if (ev->old_fid != 0 && msg) {
			storeops_message_entryid(
			    &st->mb, ev->old_fid,
			    ev->old_mid != 0 ? ev->old_mid : ev->mid, old);
			storeops_folder_entryid(&st->mb, ev->old_fid,
						old_parent);
			n.info.obj.cbOldID = sizeof(old);
			n.info.obj.lpOldID = (LPENTRYID)old;
			n.info.obj.cbOldParentID = sizeof(old_parent);
			n.info.obj.lpOldParentID = (LPENTRYID)old_parent;
		} else if (ev->old_fid != 0) {
			storeops_folder_entryid(&st->mb, ev->old_fid,
						old_parent);
			n.info.obj.cbOldParentID = sizeof(old_parent);
			n.info.obj.lpOldParentID = (LPENTRYID)old_parent;
		}
	}
	/* The context's engine delivers later; without one, now. */
	if (core_notify(st->obj.base.hdr.context_id, a->sink, 1, &n) == 0)
		a->sink->lpVtbl->OnNotify(a->sink, 1, &n);
}

#define STORE_FNEV                                                             \
	(fnevNewMail | fnevObjectCreated | fnevObjectDeleted |                 \
	 fnevObjectModified | fnevObjectMoved | fnevObjectCopied)

static HRESULT STDMETHODCALLTYPE ms_Advise(IMsgStore *This, ULONG cbEntryID,
					   LPENTRYID lpEntryID,
					   ULONG ulEventMask,
					   LPMAPIADVISESINK lpAdviseSink,
					   ULONG_PTR *lpulConnection)
{
	struct mstore *st = mstore_from(This);
	struct mstore_advise *a;
	storeops_id_t fid = 0, mid = 0;
	unsigned int mask = 0;
	ULONG type;
	int ret;

	MAPIOBJ_ENTER(This, mstore_class, "Advise");
	if (lpAdviseSink == NULL || lpulConnection == NULL || ulEventMask == 0)
		return mapiobj_fail(&st->obj, MAPI_E_INVALID_PARAMETER,
				    "Advise: no sink, connection or events");
	*lpulConnection = 0;
	if (ulEventMask &
	    ~(ULONG)(STORE_FNEV | fnevCriticalError | fnevSearchComplete |
		     fnevTableModified | fnevExtended))
		return mapiobj_fail(&st->obj, MAPI_E_INVALID_PARAMETER,
				    "Advise: unknown event types");
	if (cbEntryID != 0 && lpEntryID != NULL &&
	    !(cbEntryID == sizeof(st->eid) &&
	      memcmp(lpEntryID, st->eid, sizeof(st->eid)) == 0)) {
		HRESULT hr = mstore_eid_arg(st, &st->obj, cbEntryID, lpEntryID,
					    0, "Advise", &type, &fid, &mid);

		if (hr != S_OK)
			return hr;
	}
	if (ulEventMask & fnevObjectCreated)
		mask |= STOREOPS_EV_OBJECT_CREATED;
	if (ulEventMask & fnevObjectModified)
		mask |= STOREOPS_EV_OBJECT_MODIFIED;
	if (ulEventMask & fnevObjectDeleted)
		mask |= STOREOPS_EV_OBJECT_DELETED;
	if (ulEventMask & fnevObjectMoved)
		mask |= STOREOPS_EV_OBJECT_MOVED;
	if (ulEventMask & fnevObjectCopied)
		mask |= STOREOPS_EV_OBJECT_COPIED;
	if (ulEventMask & fnevNewMail)
		mask |= STOREOPS_EV_NEW_MAIL;
	a = alloc_calloc(1, sizeof(*a));
	if (a == NULL)
		return mapiobj_fail(&st->obj, MAPI_E_NOT_ENOUGH_MEMORY,
				    "out of memory");
	a->st = st;
	a->sink = lpAdviseSink;
	a->mask = ulEventMask;
	a->mid = mid;
	mstore_lock(st);
	/* Events of nothing subscribable (critical errors, searches)
	 * never come: the connection is still valid. */
	ret = mask == 0 ? 0
			: storeops_subscribe(&st->mb, mask, fid, advise_event,
					     a, &a->ops_conn);
	if (ret == 0) {
		lpAdviseSink->lpVtbl->AddRef(lpAdviseSink);
		a->conn = ++st->next_conn;
		a->next = st->advises;
		st->advises = a;
	}
	mstore_unlock(st);
	if (ret < 0) {
		alloc_free(a);
		return mapiobj_fail_ret(&st->obj, ret, "Advise");
	}
	*lpulConnection = a->conn;
	return mapiobj_ok(&st->obj);
}

static HRESULT STDMETHODCALLTYPE ms_Unadvise(IMsgStore *This,
					     ULONG_PTR ulConnection)
{
	struct mstore *st = mstore_from(This);
	struct mstore_advise **pp, *a = NULL;

	MAPIOBJ_ENTER(This, mstore_class, "Unadvise");
	mstore_lock(st);
	for (pp = &st->advises; *pp != NULL; pp = &(*pp)->next)
		if ((*pp)->conn == ulConnection) {
			a = *pp;
			*pp = a->next;
			break;
		}
	if (a != NULL)
		advise_free(st, a);
	mstore_unlock(st);
	if (a == NULL)
		return mapiobj_fail(&st->obj, MAPI_E_NOT_FOUND,
				    "Unadvise: no such connection");
	return mapiobj_ok(&st->obj);
}

static HRESULT STDMETHODCALLTYPE ms_CompareEntryIDs(
    IMsgStore *This, ULONG cbEntryID1, LPENTRYID lpEntryID1, ULONG cbEntryID2,
    LPENTRYID lpEntryID2, ULONG ulFlags, ULONG *lpulResult)
{
	struct mstore *st = mstore_from(This);
	storeops_id_t f1, m1, f2, m2;
	ULONG t1, t2;
	HRESULT hr;

	MAPIOBJ_ENTER(This, mstore_class, "CompareEntryIDs");
	if (lpulResult == NULL || lpEntryID1 == NULL || lpEntryID2 == NULL)
		return mapiobj_fail(&st->obj, MAPI_E_INVALID_PARAMETER,
				    "CompareEntryIDs: NULL argument");
	if (ulFlags != 0)
		return mapiobj_fail(&st->obj, MAPI_E_UNKNOWN_FLAGS,
				    "CompareEntryIDs: unknown flags");
	*lpulResult = FALSE;
	if (cbEntryID1 == sizeof(st->eid) && cbEntryID2 == sizeof(st->eid) &&
	    memcmp(lpEntryID1, st->eid, sizeof(st->eid)) == 0) {
		*lpulResult = memcmp(lpEntryID2, st->eid, sizeof(st->eid)) == 0;
		return mapiobj_ok(&st->obj);
	}
	hr = mstore_eid_arg(st, &st->obj, cbEntryID1, lpEntryID1, 0,
			    "CompareEntryIDs", &t1, &f1, &m1);
	if (hr == S_OK)
		hr = mstore_eid_arg(st, &st->obj, cbEntryID2, lpEntryID2, 0,
				    "CompareEntryIDs", &t2, &f2, &m2);
	if (hr != S_OK)
		return hr;
	/* A message is itself in whatever folder its ID names. */
	*lpulResult = t1 == t2 && (t1 == MAPI_MESSAGE ? m1 == m2 : f1 == f2);
	return mapiobj_ok(&st->obj);
}

static HRESULT STDMETHODCALLTYPE ms_OpenEntry(IMsgStore *This, ULONG cbEntryID,
					      LPENTRYID lpEntryID,
					      LPCIID lpInterface, ULONG ulFlags,
					      ULONG *lpulObjType,
					      LPUNKNOWN *lppUnk)
{
	MAPIOBJ_ENTER(This, mstore_class, "OpenEntry");
	return mstore_open_entry(mstore_from(This), mapiobj_of(This), cbEntryID,
				 lpEntryID, lpInterface, ulFlags, lpulObjType,
				 lppUnk);
}

/*
 * A message class argument as UTF-8 (NULL and "" are the default
 * class).  Returns S_OK with an alloc_malloc()ed copy in *out_r.
 */
static HRESULT class_arg(struct mstore *st, const void *s, ULONG flags,
			 const char *what, char **out_r)
{
	size_t i, n;

	*out_r = NULL;
	if (s == NULL) {
		*out_r = alloc_strdup("");
	} else if (flags & MAPI_UNICODE) {
		const WCHAR *w = s;

		/* Message classes are ASCII ([MS-OXCMSG] 2.2.1.3). */
		for (n = 0; w[n] != 0; n++)
			if (w[n] < 32 || w[n] > 126)
				return mapiobj_fail(&st->obj,
						    MAPI_E_INVALID_PARAMETER,
						    "%s: the message class is "
						    "not ASCII",
						    what);
		*out_r = alloc_malloc(n + 1);
		if (*out_r != NULL) {
			for (i = 0; i < n; i++)
				(*out_r)[i] = (char)w[i];
			(*out_r)[n] = '\0';
		}
	} else {
		for (i = 0; ((const char *)s)[i] != '\0'; i++)
			if (((const unsigned char *)s)[i] < 32 ||
			    ((const unsigned char *)s)[i] > 126)
				return mapiobj_fail(&st->obj,
						    MAPI_E_INVALID_PARAMETER,
						    "%s: the message class is "
						    "not ASCII",
						    what);
		*out_r = alloc_strdup(s);
	}
	if (*out_r == NULL)
		return mapiobj_fail(&st->obj, MAPI_E_NOT_ENOUGH_MEMORY,
				    "out of memory");
	return S_OK;
}

static HRESULT STDMETHODCALLTYPE ms_SetReceiveFolder(IMsgStore *This,
						     LPTSTR lpszMessageClass,
						     ULONG ulFlags,
						     ULONG cbEntryID,
						     LPENTRYID lpEntryID)
{
	struct mstore *st = mstore_from(This);
	storeops_id_t fid = 0, mid = 0;
	char *cls = NULL;
	HRESULT hr;
	int ret;

	MAPIOBJ_ENTER(This, mstore_class, "SetReceiveFolder");
	if (ulFlags & ~(ULONG)MAPI_UNICODE)
		return mapiobj_fail(&st->obj, MAPI_E_UNKNOWN_FLAGS,
				    "SetReceiveFolder: unknown flags");
	if (!st->writable)
		return mapiobj_fail(&st->obj, MAPI_E_NO_ACCESS,
				    "SetReceiveFolder: the store is "
				    "read-only");
	if (lpEntryID == NULL || cbEntryID == 0)
		/* Removing a class's setting is not offered by the store
		 * ops: say so rather than pretend. */
		return mapiobj_fail(&st->obj, MAPI_E_NO_SUPPORT,
				    "SetReceiveFolder: removing a receive "
				    "folder setting is not supported");
	hr = mstore_eid_arg(st, &st->obj, cbEntryID, lpEntryID, MAPI_FOLDER,
			    "SetReceiveFolder", NULL, &fid, &mid);
	if (hr != S_OK)
		return hr;
	hr = class_arg(st, lpszMessageClass, ulFlags, "SetReceiveFolder", &cls);
	if (hr != S_OK)
		return hr;
	ret = storeops_receive_folder_set(&st->mb, cls, fid);
	alloc_free(cls);
	return ret < 0 ? mapiobj_fail_ret(&st->obj, ret, "SetReceiveFolder")
		       : mapiobj_ok(&st->obj);
}

static HRESULT STDMETHODCALLTYPE ms_GetReceiveFolder(
    IMsgStore *This, LPTSTR lpszMessageClass, ULONG ulFlags, ULONG *lpcbEntryID,
    LPENTRYID *lppEntryID, LPTSTR *lppszExplicitClass)
{
	struct mstore *st = mstore_from(This);
	storeops_id_t fid = 0;
	void *eid = NULL;
	char *cls = NULL;
	HRESULT hr;
	int ret;

	MAPIOBJ_ENTER(This, mstore_class, "GetReceiveFolder");
	if (lpcbEntryID == NULL || lppEntryID == NULL)
		return mapiobj_fail(&st->obj, MAPI_E_INVALID_PARAMETER,
				    "GetReceiveFolder: NULL argument");
	*lpcbEntryID = 0;
	*lppEntryID = NULL;
	if (lppszExplicitClass != NULL)
		*lppszExplicitClass = NULL;
	if (ulFlags & ~(ULONG)MAPI_UNICODE)
		return mapiobj_fail(&st->obj, MAPI_E_UNKNOWN_FLAGS,
				    "GetReceiveFolder: unknown flags");
	hr = class_arg(st, lpszMessageClass, ulFlags, "GetReceiveFolder", &cls);
	if (hr != S_OK)
		return hr;
	ret = storeops_receive_folder_get(&st->mb, cls, &fid);
	alloc_free(cls);
	if (ret < 0)
		return mapiobj_fail_ret(&st->obj, ret, "GetReceiveFolder");
	if (MAPIAllocateBuffer(STOREOPS_FOLDER_EID_SIZE, &eid) != S_OK)
		return mapiobj_fail(&st->obj, MAPI_E_NOT_ENOUGH_MEMORY,
				    "out of memory");
	storeops_folder_entryid(&st->mb, fid, eid);
	/* The explicit class is not reported by the store ops: the
	 * documented answer for "no explicit class" is NULL. */
	*lpcbEntryID = STOREOPS_FOLDER_EID_SIZE;
	*lppEntryID = eid;
	return mapiobj_ok(&st->obj);
}

/* One row of the receive folder table. */
static HRESULT receive_row(struct mstore *st, const char *cls,
			   storeops_id_t fid, ULONG index, SRow *row)
{
	SPropValue *p = NULL;
	size_t len = strlen(cls) + 1;

	if (MAPIAllocateBuffer(3 * sizeof(SPropValue) + len +
				   STOREOPS_FOLDER_EID_SIZE + sizeof(ULONG),
			       (void **)&p) != S_OK)
		return MAPI_E_NOT_ENOUGH_MEMORY;
	p[0].ulPropTag = PR_MESSAGE_CLASS_A;
	p[0].Value.lpszA = (char *)&p[3];
	memcpy(p[0].Value.lpszA, cls, len);
	p[1].ulPropTag = PR_ENTRYID;
	p[1].Value.bin.cb = STOREOPS_FOLDER_EID_SIZE;
	p[1].Value.bin.lpb = (LPBYTE)p[0].Value.lpszA + len;
	storeops_folder_entryid(&st->mb, fid, p[1].Value.bin.lpb);
	p[2].ulPropTag = PR_INSTANCE_KEY;
	p[2].Value.bin.cb = sizeof(ULONG);
	p[2].Value.bin.lpb = p[1].Value.bin.lpb + STOREOPS_FOLDER_EID_SIZE;
	memcpy(p[2].Value.bin.lpb, &index, sizeof(index));
	row->ulAdrEntryPad = 0;
	row->cValues = 3;
	row->lpProps = p;
	return S_OK;
}

/*
 * The receive folder table lists the classes every store is provisioned
 * with ("" and "IPM"): the store ops cannot enumerate the settings yet.
 */
/* Collects the receive-folder settings for the table. */
struct receive_rows {
	struct mstore *st;
	LPSRowSet rows;
	ULONG cap;
	HRESULT hr;
};

static int receive_collect(void *ctx, const char *cls, storeops_id_t fid)
{
	struct receive_rows *r = ctx;
	LPSRowSet grown = NULL;

	if (r->rows->cRows == r->cap) {
		if (MAPIAllocateBuffer(CbNewSRowSet(r->cap * 2),
				       (void **)&grown) != S_OK) {
			r->hr = MAPI_E_NOT_ENOUGH_MEMORY;
			return 1;
		}
		memcpy(grown, r->rows, CbNewSRowSet(r->cap));
		MAPIFreeBuffer(r->rows);
		r->rows = grown;
		r->cap *= 2;
	}
	r->hr = receive_row(r->st, cls, fid, r->rows->cRows,
			    &r->rows->aRow[r->rows->cRows]);
	if (r->hr != S_OK)
		return 1;
	r->rows->cRows++;
	return 0;
}

static HRESULT STDMETHODCALLTYPE ms_GetReceiveFolderTable(IMsgStore *This,
							  ULONG ulFlags,
							  LPMAPITABLE *lppTable)
{
	static const ULONG columns[] = {PR_MESSAGE_CLASS_A, PR_ENTRYID};
	struct mstore *st = mstore_from(This);
	struct receive_rows r = {st, NULL, 8, S_OK};
	HRESULT hr;
	int ret;

	MAPIOBJ_ENTER(This, mstore_class, "GetReceiveFolderTable");
	if (lppTable == NULL)
		return mapiobj_fail(&st->obj, MAPI_E_INVALID_PARAMETER,
				    "GetReceiveFolderTable: NULL argument");
	*lppTable = NULL;
	if (ulFlags & ~(ULONG)(MAPI_UNICODE | MAPI_DEFERRED_ERRORS))
		return mapiobj_fail(&st->obj, MAPI_E_UNKNOWN_FLAGS,
				    "GetReceiveFolderTable: unknown flags");
	if (MAPIAllocateBuffer(CbNewSRowSet(r.cap), (void **)&r.rows) != S_OK)
		return mapiobj_fail(&st->obj, MAPI_E_NOT_ENOUGH_MEMORY,
				    "out of memory");
	r.rows->cRows = 0;
	ret = storeops_receive_folder_list(&st->mb, receive_collect, &r);
	if (ret < 0 || r.hr != S_OK) {
		FreeProws(r.rows);
		return ret < 0 ? mapiobj_fail_ret(&st->obj, ret,
						  "GetReceiveFolderTable")
			       : mapiobj_fail(&st->obj, r.hr,
					      "GetReceiveFolderTable: cannot "
					      "read the settings");
	}
	hr = profadmin_table(r.rows, columns, 2, ulFlags & MAPI_UNICODE,
			     lppTable);
	return hr != S_OK ? mapiobj_fail(&st->obj, hr,
					 "GetReceiveFolderTable: cannot make "
					 "the table")
			  : mapiobj_ok(&st->obj);
}

static HRESULT STDMETHODCALLTYPE ms_StoreLogoff(IMsgStore *This,
						ULONG *lpulFlags)
{
	MAPIOBJ_ENTER(This, mstore_class, "StoreLogoff");
	if (lpulFlags == NULL)
		return mapiobj_fail(mapiobj_of(This), MAPI_E_INVALID_PARAMETER,
				    "StoreLogoff: lpulFlags is NULL");
	/* Nothing is queued in a local store: the logoff is complete, and
	 * the mailbox closes when the last object is released. */
	*lpulFlags = LOGOFF_COMPLETE;
	return mapiobj_ok(mapiobj_of(This));
}

static HRESULT STDMETHODCALLTYPE ms_AbortSubmit(IMsgStore *This,
						ULONG cbEntryID,
						LPENTRYID lpEntryID,
						ULONG ulFlags)
{
	struct mstore *st = mstore_from(This);
	SizedSPropTagArray(1, tags) = {1, {PR_MESSAGE_FLAGS}};
	struct storeops_msg *msg = NULL;
	storeops_id_t fid, mid;
	SPropValue *props = NULL, pv;
	ULONG count = 0;
	HRESULT hr;
	int ret;

	MAPIOBJ_ENTER(This, mstore_class, "AbortSubmit");
	if (ulFlags != 0)
		return mapiobj_fail(&st->obj, MAPI_E_UNKNOWN_FLAGS,
				    "AbortSubmit: unknown flags");
	hr = mstore_eid_arg(st, &st->obj, cbEntryID, lpEntryID, MAPI_MESSAGE,
			    "AbortSubmit", NULL, &fid, &mid);
	if (hr != S_OK)
		return hr;
	ret = storeops_message_open(&st->mb, fid, mid, MAPI_MODIFY, &msg);
	if (ret == 0)
		ret = storeops_message_get_props(
		    &st->mb, msg, (SPropTagArray *)&tags, &count, &props);
	if (ret >= 0 &&
	    (count != 1 || PROP_TYPE(props[0].ulPropTag) == PT_ERROR ||
	     !(props[0].Value.l & MSGFLAG_SUBMIT)))
		ret = -ENOENT; /* not in the queue */
	if (ret >= 0) {
		pv.ulPropTag = PR_MESSAGE_FLAGS;
		pv.Value.l = props[0].Value.l & ~(LONG)MSGFLAG_SUBMIT;
		ret = storeops_message_set_props(&st->mb, msg, 1, &pv);
	}
	if (ret >= 0)
		ret = storeops_message_save(&st->mb, msg, 0);
	storeops_message_close(&st->mb, msg);
	MAPIFreeBuffer(props);
	if (ret == -ENOENT)
		return mapiobj_fail(&st->obj, MAPI_E_NOT_IN_QUEUE,
				    "AbortSubmit: the message is not "
				    "submitted");
	return ret < 0 ? mapiobj_fail_ret(&st->obj, ret, "AbortSubmit")
		       : mapiobj_ok(&st->obj);
}

/* The outgoing queue: the Outbox's contents, restricted to the submitted
 * messages (MSGFLAG_SUBMIT). */
static HRESULT STDMETHODCALLTYPE ms_GetOutgoingQueue(IMsgStore *This,
						     ULONG ulFlags,
						     LPMAPITABLE *lppTable)
{
	struct mstore *st = mstore_from(This);
	struct storeops_table *t = NULL;
	storeops_id_t outbox = 0;
	SRestriction res;
	int ret;

	MAPIOBJ_ENTER(This, mstore_class, "GetOutgoingQueue");
	if (lppTable == NULL)
		return mapiobj_fail(&st->obj, MAPI_E_INVALID_PARAMETER,
				    "GetOutgoingQueue: NULL argument");
	*lppTable = NULL;
	if (ulFlags != 0)
		return mapiobj_fail(&st->obj, MAPI_E_UNKNOWN_FLAGS,
				    "GetOutgoingQueue: unknown flags");
	memset(&res, 0, sizeof(res));
	res.rt = RES_BITMASK;
	res.res.resBitMask.relBMR = BMR_NEZ;
	res.res.resBitMask.ulPropTag = PR_MESSAGE_FLAGS;
	res.res.resBitMask.ulMask = MSGFLAG_SUBMIT;
	ret = storeops_special_folder(&st->mb, STOREOPS_FOLDER_OUTBOX, &outbox);
	if (ret == 0)
		ret = storeops_table_open(&st->mb, outbox,
					  STOREOPS_TABLE_CONTENTS, 0, &t);
	if (ret == 0) {
		ret = storeops_table_restrict(&st->mb, t, &res);
		if (ret < 0)
			storeops_table_close(&st->mb, t);
	}
	if (ret < 0)
		return mapiobj_fail_ret(&st->obj, ret, "GetOutgoingQueue");
	ret = maptable_new(st, NULL, t, lppTable);
	if (ret == 0)
		maptable_watch(*lppTable, outbox, STOREOPS_TABLE_CONTENTS);
	return ret < 0 ? mapiobj_fail_ret(&st->obj, ret, "GetOutgoingQueue")
		       : mapiobj_ok(&st->obj);
}

static HRESULT STDMETHODCALLTYPE ms_SetLockState(IMsgStore *This,
						 LPMESSAGE lpMessage,
						 ULONG ulLockState)
{
	MAPIOBJ_ENTER(This, mstore_class, "SetLockState");
	if (lpMessage == NULL ||
	    (ulLockState != MSG_LOCKED && ulLockState != MSG_UNLOCKED))
		return mapiobj_fail(mapiobj_of(This), MAPI_E_INVALID_PARAMETER,
				    "SetLockState: bad message or state");
	/* The spooler locks messages it sends; a local store has no
	 * spooler, and its messages are saved as transactions: a lock has
	 * nothing to protect. */
	return mapiobj_ok(mapiobj_of(This));
}

static HRESULT STDMETHODCALLTYPE ms_FinishedMsg(IMsgStore *This, ULONG ulFlags,
						ULONG cbEntryID,
						LPENTRYID lpEntryID)
{
	struct mstore *st = mstore_from(This);
	storeops_id_t fid, mid, sent = 0, new_mid = 0;
	HRESULT hr;
	int ret;

	MAPIOBJ_ENTER(This, mstore_class, "FinishedMsg");
	if (ulFlags != 0)
		return mapiobj_fail(&st->obj, MAPI_E_UNKNOWN_FLAGS,
				    "FinishedMsg: unknown flags");
	hr = mstore_eid_arg(st, &st->obj, cbEntryID, lpEntryID, MAPI_MESSAGE,
			    "FinishedMsg", NULL, &fid, &mid);
	if (hr != S_OK)
		return hr;
	/* Sent: the message moves to Sent Items. */
	ret = storeops_special_folder(&st->mb, STOREOPS_FOLDER_SENT, &sent);
	if (ret == 0)
		ret = storeops_messages_copy(&st->mb, fid, 1, &mid, sent,
					     MESSAGE_MOVE, &new_mid);
	return ret < 0 ? mapiobj_fail_ret(&st->obj, ret, "FinishedMsg")
		       : mapiobj_ok(&st->obj);
}

static HRESULT STDMETHODCALLTYPE ms_NotifyNewMail(IMsgStore *This,
						  LPNOTIFICATION lpNotification)
{
	struct mstore *st = mstore_from(This);
	struct mstore_advise *a;

	MAPIOBJ_ENTER(This, mstore_class, "NotifyNewMail");
	if (lpNotification == NULL ||
	    lpNotification->ulEventType != fnevNewMail)
		return mapiobj_fail(&st->obj, MAPI_E_INVALID_PARAMETER,
				    "NotifyNewMail: not a new mail "
				    "notification");
	/* Delivery tells the store's advise sinks of new mail. */
	mstore_lock(st);
	for (a = st->advises; a != NULL; a = a->next)
		if ((a->mask & fnevNewMail) &&
		    core_notify(st->obj.base.hdr.context_id, a->sink, 1,
				lpNotification) == 0)
			a->sink->lpVtbl->OnNotify(a->sink, 1, lpNotification);
	mstore_unlock(st);
	return mapiobj_ok(&st->obj);
}

static const IMsgStoreVtbl mstore_vtbl = {
    MAPIOBJ_PROP_VTBL(ms), ms_Advise,
    ms_Unadvise,           ms_CompareEntryIDs,
    ms_OpenEntry,          ms_SetReceiveFolder,
    ms_GetReceiveFolder,   ms_GetReceiveFolderTable,
    ms_StoreLogoff,        ms_AbortSubmit,
    ms_GetOutgoingQueue,   ms_SetLockState,
    ms_FinishedMsg,        ms_NotifyNewMail,
};

/* ========================== Session entry points ====================== */

int mapistore_local_provision(const char *path, const char *owner, GUID *guid_r,
			      const char **error_r)
{
	SizedSPropTagArray(1, tags) = {1, {PR_STORE_RECORD_KEY}};
	struct storeops_open_params p = {0};
	struct storeops_mailbox mb;
	SPropValue *props = NULL;
	ULONG count = 0;
	int ret;

	if (path == NULL || owner == NULL || owner[0] == '\0' ||
	    guid_r == NULL) {
		if (error_r != NULL)
			*error_r = "local store: no path or owner";
		return -EINVAL;
	}
	if (getrandom(&p.mailbox_guid, sizeof(p.mailbox_guid), 0) !=
	    (ssize_t)sizeof(p.mailbox_guid)) {
		if (error_r != NULL)
			*error_r = "local store: no random bytes";
		return -EIO;
	}
	p.path = path;
	p.principal = owner;
	p.flags = STOREOPS_OPEN_CREATE | STOREOPS_OPEN_ANY_GUID;
	ret = storeops_mailbox_open(&mb, &storeops_local, &p, error_r);
	if (ret < 0)
		return ret;
	ret = storeops_store_get_props(&mb, (SPropTagArray *)&tags, &count,
				       &props);
	if (ret < 0 && error_r != NULL)
		*error_r = storeops_error();
	if (ret >= 0 &&
	    (count != 1 || props[0].ulPropTag != PR_STORE_RECORD_KEY ||
	     props[0].Value.bin.cb != sizeof(GUID))) {
		if (error_r != NULL)
			*error_r = "local store: the mailbox has no GUID";
		ret = -EBADMSG;
	}
	if (ret >= 0) {
		memcpy(guid_r, props[0].Value.bin.lpb, sizeof(GUID));
		ret = 0;
	}
	MAPIFreeBuffer(props);
	storeops_mailbox_close(&mb);
	return ret;
}

/*
 * A store without PR_DISPLAY_NAME takes the profile's name for it (the
 * provider section's PR_DISPLAY_NAME), as stores list under their name.
 * A store the principal may not write keeps none; other failures are
 * the open's.
 */
static int store_name(struct mstore *st, const char *name)
{
	SizedSPropTagArray(1, tags) = {1, {PR_DISPLAY_NAME_A}};
	SPropValue prop;
	LPSPropValue have = NULL;
	ULONG count = 0;
	int ret;

	if (name == NULL || name[0] == '\0')
		return 0;
	ret = storeops_store_get_props(&st->mb, (SPropTagArray *)&tags, &count,
				       &have);
	MAPIFreeBuffer(have);
	if (ret <= 0)
		return ret; /* it has one, or the store failed */
	prop.ulPropTag = PR_DISPLAY_NAME_A;
	prop.Value.lpszA = (LPSTR)name;
	ret = storeops_store_set_props(&st->mb, 1, &prop);
	return ret == -EACCES || ret == -EPERM ? 0 : ret;
}

HRESULT mapistore_local_open(const struct mapistore_local *params, ULONG flags,
			     LPMDB *store_r)
{
	struct storeops_open_params p = {0};
	struct storeeid id;
	struct mstore *st;
	const char *error = NULL;
	struct stat sb;
	int ret;

	if (store_r == NULL || params == NULL || params->path == NULL)
		return objhdr_thread_seterr(MAPI_E_INVALID_PARAMETER,
					    "open store: NULL argument");
	*store_r = NULL;
	if (flags &
	    ~(ULONG)(MDB_WRITE | MDB_NO_DIALOG | MDB_TEMPORARY | MDB_NO_MAIL |
		     MAPI_BEST_ACCESS | MAPI_DEFERRED_ERRORS))
		return objhdr_thread_seterr(MAPI_E_UNKNOWN_FLAGS,
					    "open store: unknown flags 0x%lx",
					    (unsigned long)flags);
	if (stat(params->path, &sb) != 0)
		return objhdr_thread_seterr(
		    errno == EACCES ? MAPI_E_NO_ACCESS : MAPI_E_NOT_FOUND,
		    "open store: %s: %s", params->path, strerror(errno));
	st = mapiobj_new(sizeof(*st), &mstore_class, NULL, NULL);
	if (st == NULL)
		return objhdr_thread_seterr(MAPI_E_NOT_ENOUGH_MEMORY,
					    "open store: out of memory");
	/* The store's own store is itself (not a counted reference). */
	st->obj.store = st;
	st->open_flags = flags;
	st->writable = (flags & (MDB_WRITE | MAPI_BEST_ACCESS)) != 0;
	p.path = params->path;
	p.mailbox_guid = params->mailbox_guid;
	p.principal = params->principal;
	ret = storeops_mailbox_open(&st->mb, &storeops_local, &p, &error);
	if (ret == 0) {
		id.provider_uid = params->provider_uid;
		id.mailbox_guid = params->mailbox_guid;
		storeeid_build(&id, st->eid);
		ret = store_name(st, params->display_name);
		error = storeops_error();
	}
	if (ret < 0) {
		mapiobj_drop(&st->obj);
		return objhdr_thread_seterr(
		    storeops_hresult(ret), "open store: %s: %s", params->path,
		    error != NULL && error[0] != '\0' ? error : strerror(-ret));
	}
	*store_r = &st->obj.iface.store;
	return S_OK;
}

HRESULT mapistore_local_entryid(const struct mapistore_local *params,
				ULONG *cb_r, LPENTRYID *eid_r)
{
	struct storeeid id;
	void *buf = NULL;

	if (params == NULL || cb_r == NULL || eid_r == NULL)
		return MAPI_E_INVALID_PARAMETER;
	if (MAPIAllocateBuffer(STOREEID_SIZE, &buf) != S_OK)
		return MAPI_E_NOT_ENOUGH_MEMORY;
	id.provider_uid = params->provider_uid;
	id.mailbox_guid = params->mailbox_guid;
	storeeid_build(&id, buf);
	*cb_r = STOREEID_SIZE;
	*eid_r = buf;
	return S_OK;
}

int mapistore_entryid_provider(ULONG cb, const ENTRYID *eid,
			       MAPIUID *provider_uid_r)
{
	struct storeeid id;

	if (storeeid_parse(eid, cb, &id) < 0)
		return -EINVAL;
	if (provider_uid_r != NULL)
		*provider_uid_r = id.provider_uid;
	return 0;
}
