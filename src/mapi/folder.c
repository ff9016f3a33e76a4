/*
 * folder.c - IMAPIFolder over a folder of a store-ops mailbox.
 *
 * A folder object is its folder ID and the store: every call goes to the
 * store ops at once (folders have no edit transaction, so SaveChanges has
 * nothing to do).  Entry lists name messages of this folder; their IDs
 * are parsed by the store, and an ID of another store is
 * MAPI_E_INVALID_ENTRYID.
 */
#include "folder.h"

#include <errno.h>
#include <stdio.h>
#include <string.h>

#include <edkmdb.h>
#include <mapiguid.h>
#include <mapiutil.h>

#include "alloc.h"
#include "maptable.h"
#include "message.h"

#define FOLDER_MAGIC 0x4d50464cu /* "MPFL" */

struct folder {
	struct mapiobj obj;
	storeops_id_t fid;
	bool writable;
	/* SaveContentsSort: applied to the contents tables opened through
	 * this object (a MAPI buffer, or NULL). */
	SSortOrderSet *sort;
};

static const IMAPIFolderVtbl folder_vtbl;
static const IID *const folder_iids[] = {&IID_IMAPIFolder, &IID_IMAPIContainer,
					 &IID_IMAPIProp, NULL};

static void folder_destroy(struct mapiobj *o);
static int folder_get(struct mapiobj *o, const SPropTagArray *tags,
		      ULONG *count_r, SPropValue **props_r);
static int folder_set(struct mapiobj *o, ULONG count, const SPropValue *props);
static int folder_del(struct mapiobj *o, const SPropTagArray *tags);
static HRESULT folder_open_property(struct mapiobj *o, ULONG tag, LPCIID iid,
				    ULONG options, ULONG flags,
				    LPUNKNOWN *unk_r);

static const struct mapiobj_class folder_class = {
    .magic = FOLDER_MAGIC,
    .name = "IMAPIFolder",
    .vtbl = &folder_vtbl,
    .iids = folder_iids,
    .destroy = folder_destroy,
    .get_props = folder_get,
    .set_props = folder_set,
    .delete_props = folder_del,
    .open_property = folder_open_property,
};

static struct folder *folder_of(struct mapiobj *o)
{
	return container_of(o, struct folder, obj);
}

int folder_open(struct mstore *st, storeops_id_t fid, bool writable,
		IMAPIFolder **folder_r)
{
	SizedSPropTagArray(1, tags) = {1, {PR_FOLDER_TYPE}};
	SPropValue *props = NULL;
	struct folder *f;
	ULONG count = 0;
	int ret;

	/* The folder must exist (and be visible) to be opened. */
	ret = storeops_folder_get_props(&st->mb, fid, (SPropTagArray *)&tags,
					&count, &props);
	MAPIFreeBuffer(props);
	if (ret < 0)
		return ret;
	f = mapiobj_new(sizeof(*f), &folder_class, st, NULL);
	if (f == NULL)
		return -ENOMEM;
	f->fid = fid;
	f->writable = writable;
	*folder_r = &f->obj.iface.folder;
	return 0;
}

static void folder_destroy(struct mapiobj *o)
{
	MAPIFreeBuffer(folder_of(o)->sort);
}

static int folder_get(struct mapiobj *o, const SPropTagArray *tags,
		      ULONG *count_r, SPropValue **props_r)
{
	struct mstore *st = o->store;

	return storeops_folder_get_props(&st->mb, folder_of(o)->fid, tags,
					 count_r, props_r);
}

static int folder_set(struct mapiobj *o, ULONG count, const SPropValue *props)
{
	struct mstore *st = o->store;

	if (!folder_of(o)->writable)
		return -EACCES;
	return storeops_folder_set_props(&st->mb, folder_of(o)->fid, count,
					 props);
}

static int folder_del(struct mapiobj *o, const SPropTagArray *tags)
{
	struct mstore *st = o->store;

	if (!folder_of(o)->writable)
		return -EACCES;
	return storeops_folder_delete_props(&st->mb, folder_of(o)->fid, tags);
}

/* A table of the folder as an IMAPITable. */
static HRESULT open_table(struct folder *f, enum storeops_table_kind kind,
			  ULONG flags, const char *what, LPMAPITABLE *table_r)
{
	struct mstore *st = f->obj.store;
	struct storeops_table *t = NULL;
	int ret;

	ret = storeops_table_open(&st->mb, f->fid, kind, flags, &t);
	if (ret == 0 && f->sort != NULL && kind != STOREOPS_TABLE_HIERARCHY) {
		ret = storeops_table_sort(&st->mb, t, f->sort);
		if (ret < 0)
			storeops_table_close(&st->mb, t);
	}
	if (ret == 0)
		ret = maptable_new(st, &f->obj, t, table_r);
	if (ret == 0)
		maptable_watch(*table_r, f->fid, kind);
	return ret < 0 ? mapiobj_fail_ret(&f->obj, ret, what)
		       : mapiobj_ok(&f->obj);
}

static HRESULT folder_open_property(struct mapiobj *o, ULONG tag, LPCIID iid,
				    ULONG options, ULONG flags,
				    LPUNKNOWN *unk_r)
{
	struct folder *f = folder_of(o);
	enum storeops_table_kind kind;

	(void)options;
	if (PROP_TYPE(tag) != PT_OBJECT)
		return mapiobj_fail(o, MAPI_E_NO_SUPPORT,
				    "OpenProperty: folder properties are read "
				    "with GetProps");
	if (PROP_ID(tag) == PROP_ID(PR_CONTAINER_CONTENTS))
		kind = STOREOPS_TABLE_CONTENTS;
	else if (PROP_ID(tag) == PROP_ID(PR_FOLDER_ASSOCIATED_CONTENTS))
		kind = STOREOPS_TABLE_ASSOCIATED;
	else if (PROP_ID(tag) == PROP_ID(PR_CONTAINER_HIERARCHY))
		kind = STOREOPS_TABLE_HIERARCHY;
	else
		return mapiobj_fail(o, MAPI_E_NOT_FOUND,
				    "OpenProperty: no such object property");
	if (!IsEqualIID(iid, &IID_IMAPITable))
		return mapiobj_fail(o, MAPI_E_INTERFACE_NOT_SUPPORTED,
				    "OpenProperty: tables are opened as "
				    "IMAPITable");
	if (flags & (MAPI_CREATE | MAPI_MODIFY))
		return mapiobj_fail(o, MAPI_E_NO_ACCESS,
				    "OpenProperty: folder tables are "
				    "read-only");
	return open_table(f, kind, 0, "OpenProperty", (LPMAPITABLE *)unk_r);
}

/* ============================= IMAPIFolder ============================ */

MAPIOBJ_PROP_METHODS(fo, IMAPIFolder, folder_class)

static HRESULT STDMETHODCALLTYPE fo_GetContentsTable(IMAPIFolder *This,
						     ULONG ulFlags,
						     LPMAPITABLE *lppTable)
{
	struct folder *f = folder_of(mapiobj_of(This));

	MAPIOBJ_ENTER(This, folder_class, "GetContentsTable");
	if (lppTable == NULL)
		return mapiobj_fail(&f->obj, MAPI_E_INVALID_PARAMETER,
				    "GetContentsTable: lppTable is NULL");
	*lppTable = NULL;
	if (ulFlags & ~(ULONG)(MAPI_ASSOCIATED | MAPI_DEFERRED_ERRORS |
			       MAPI_UNICODE | SHOW_SOFT_DELETES))
		return mapiobj_fail(&f->obj, MAPI_E_UNKNOWN_FLAGS,
				    "GetContentsTable: unknown flags");
	return open_table(f,
			  (ulFlags & MAPI_ASSOCIATED)
			      ? STOREOPS_TABLE_ASSOCIATED
			      : STOREOPS_TABLE_CONTENTS,
			  0, "GetContentsTable", lppTable);
}

static HRESULT STDMETHODCALLTYPE fo_GetHierarchyTable(IMAPIFolder *This,
						      ULONG ulFlags,
						      LPMAPITABLE *lppTable)
{
	struct folder *f = folder_of(mapiobj_of(This));

	MAPIOBJ_ENTER(This, folder_class, "GetHierarchyTable");
	if (lppTable == NULL)
		return mapiobj_fail(&f->obj, MAPI_E_INVALID_PARAMETER,
				    "GetHierarchyTable: lppTable is NULL");
	*lppTable = NULL;
	if (ulFlags & ~(ULONG)(CONVENIENT_DEPTH | MAPI_DEFERRED_ERRORS |
			       MAPI_UNICODE | SHOW_SOFT_DELETES))
		return mapiobj_fail(&f->obj, MAPI_E_UNKNOWN_FLAGS,
				    "GetHierarchyTable: unknown flags");
	return open_table(f, STOREOPS_TABLE_HIERARCHY,
			  ulFlags & CONVENIENT_DEPTH, "GetHierarchyTable",
			  lppTable);
}

static HRESULT STDMETHODCALLTYPE fo_OpenEntry(
    IMAPIFolder *This, ULONG cbEntryID, LPENTRYID lpEntryID, LPCIID lpInterface,
    ULONG ulFlags, ULONG *lpulObjType, LPUNKNOWN *lppUnk)
{
	MAPIOBJ_ENTER(This, folder_class, "OpenEntry");
	return mstore_open_entry(mapiobj_of(This)->store, mapiobj_of(This),
				 cbEntryID, lpEntryID, lpInterface, ulFlags,
				 lpulObjType, lppUnk);
}

static HRESULT STDMETHODCALLTYPE
fo_SetSearchCriteria(IMAPIFolder *This, LPSRestriction lpRestriction,
		     LPENTRYLIST lpContainerList, ULONG ulSearchFlags)
{
	(void)lpRestriction;
	(void)lpContainerList;
	(void)ulSearchFlags;
	MAPIOBJ_ENTER(This, folder_class, "SetSearchCriteria");
	return mapiobj_fail(mapiobj_of(This), MAPI_E_NO_SUPPORT,
			    "SetSearchCriteria: search folders are not "
			    "supported yet");
}

static HRESULT STDMETHODCALLTYPE fo_GetSearchCriteria(
    IMAPIFolder *This, ULONG ulFlags, LPSRestriction *lppRestriction,
    LPENTRYLIST *lppContainerList, ULONG *lpulSearchState)
{
	(void)ulFlags;
	(void)lppRestriction;
	(void)lppContainerList;
	(void)lpulSearchState;
	MAPIOBJ_ENTER(This, folder_class, "GetSearchCriteria");
	return mapiobj_fail(mapiobj_of(This), MAPI_E_NO_SUPPORT,
			    "GetSearchCriteria: search folders are not "
			    "supported yet");
}

static HRESULT STDMETHODCALLTYPE fo_CreateMessage(IMAPIFolder *This,
						  LPCIID lpInterface,
						  ULONG ulFlags,
						  LPMESSAGE *lppMessage)
{
	struct folder *f = folder_of(mapiobj_of(This));
	int ret;

	MAPIOBJ_ENTER(This, folder_class, "CreateMessage");
	if (lppMessage == NULL)
		return mapiobj_fail(&f->obj, MAPI_E_INVALID_PARAMETER,
				    "CreateMessage: lppMessage is NULL");
	*lppMessage = NULL;
	if (ulFlags & ~(ULONG)(MAPI_ASSOCIATED | MAPI_DEFERRED_ERRORS))
		return mapiobj_fail(&f->obj, MAPI_E_UNKNOWN_FLAGS,
				    "CreateMessage: unknown flags");
	if (lpInterface != NULL && !IsEqualIID(lpInterface, &IID_IMessage) &&
	    !IsEqualIID(lpInterface, &IID_IMAPIProp) &&
	    !IsEqualIID(lpInterface, &IID_IUnknown))
		return mapiobj_fail(&f->obj, MAPI_E_INTERFACE_NOT_SUPPORTED,
				    "CreateMessage: messages are IMessage");
	if (!f->obj.store->writable)
		return mapiobj_fail(&f->obj, MAPI_E_NO_ACCESS,
				    "CreateMessage: the store is read-only");
	ret = message_create(f->obj.store, f->fid, ulFlags & MAPI_ASSOCIATED,
			     lppMessage);
	return ret < 0 ? mapiobj_fail_ret(&f->obj, ret, "CreateMessage")
		       : mapiobj_ok(&f->obj);
}

/*
 * The message IDs of an entry list of this folder's messages, in an
 * alloc_malloc()ed array (*mids_r NULL for an empty list).
 */
static HRESULT list_mids(struct folder *f, const ENTRYLIST *list,
			 const char *what, storeops_id_t **mids_r)
{
	storeops_id_t *mids, fid, mid;
	ULONG i;

	*mids_r = NULL;
	if (list == NULL || (list->cValues != 0 && list->lpbin == NULL))
		return mapiobj_fail(&f->obj, MAPI_E_INVALID_PARAMETER,
				    "%s: no message list", what);
	if (list->cValues == 0)
		return S_OK;
	mids = alloc_calloc(list->cValues, sizeof(*mids));
	if (mids == NULL)
		return mapiobj_fail(&f->obj, MAPI_E_NOT_ENOUGH_MEMORY,
				    "out of memory");
	for (i = 0; i < list->cValues; i++) {
		char entry[64];
		HRESULT hr;

		snprintf(entry, sizeof(entry), "%s: entry %lu", what,
			 (unsigned long)i);
		hr = mstore_eid_arg(f->obj.store, &f->obj, list->lpbin[i].cb,
				    (const ENTRYID *)list->lpbin[i].lpb,
				    MAPI_MESSAGE, entry, NULL, &fid, &mid);
		if (hr != S_OK) {
			alloc_free(mids);
			return hr;
		}
		mids[i] = mid;
	}
	*mids_r = mids;
	return S_OK;
}

/* The folder object of ours behind a destination argument. */
static HRESULT dest_folder(struct folder *f, LPCIID iface, LPVOID dest,
			   const char *what, struct folder **dest_r)
{
	struct mapiobj *d;
	HRESULT hr;

	if (dest == NULL)
		return mapiobj_fail(&f->obj, MAPI_E_INVALID_PARAMETER,
				    "%s: no destination folder", what);
	if (iface != NULL && !IsEqualIID(iface, &IID_IMAPIFolder) &&
	    !IsEqualIID(iface, &IID_IMAPIContainer) &&
	    !IsEqualIID(iface, &IID_IUnknown))
		return mapiobj_fail(&f->obj, MAPI_E_INTERFACE_NOT_SUPPORTED,
				    "%s: the destination must be a folder",
				    what);
	d = mapiobj_from(dest, &folder_class);
	if (d == NULL)
		return mapiobj_fail(&f->obj, MAPI_E_NO_SUPPORT,
				    "%s: the destination is not a folder of "
				    "this library",
				    what);
	hr = mapiobj_enter(d, &folder_class, what);
	if (hr != S_OK)
		return hr;
	if (d->store != f->obj.store)
		return mapiobj_fail(&f->obj, MAPI_E_NO_SUPPORT,
				    "%s: copies between stores are not "
				    "supported yet",
				    what);
	*dest_r = folder_of(d);
	return S_OK;
}

static HRESULT STDMETHODCALLTYPE
fo_CopyMessages(IMAPIFolder *This, LPENTRYLIST lpMsgList, LPCIID lpInterface,
		LPVOID lpDestFolder, ULONG_PTR ulUIParam,
		LPMAPIPROGRESS lpProgress, ULONG ulFlags)
{
	struct folder *f = folder_of(mapiobj_of(This)), *d = NULL;
	struct mstore *st;
	storeops_id_t *mids = NULL;
	HRESULT hr;
	int ret = 0;

	(void)ulUIParam;
	(void)lpProgress;
	MAPIOBJ_ENTER(This, folder_class, "CopyMessages");
	if (ulFlags & ~(ULONG)(MESSAGE_MOVE | MESSAGE_DIALOG | MAPI_DECLINE_OK))
		return mapiobj_fail(&f->obj, MAPI_E_UNKNOWN_FLAGS,
				    "CopyMessages: unknown flags");
	hr = dest_folder(f, lpInterface, lpDestFolder, "CopyMessages", &d);
	if (hr == S_OK)
		hr = list_mids(f, lpMsgList, "CopyMessages", &mids);
	if (hr != S_OK)
		return hr;
	st = f->obj.store;
	if (mids != NULL) {
		ret = storeops_messages_copy(&st->mb, f->fid,
					     lpMsgList->cValues, mids, d->fid,
					     ulFlags & MESSAGE_MOVE, NULL);
	}
	alloc_free(mids);
	return ret < 0 ? mapiobj_fail_ret(&f->obj, ret, "CopyMessages")
		       : mapiobj_ok(&f->obj);
}

static HRESULT STDMETHODCALLTYPE fo_DeleteMessages(IMAPIFolder *This,
						   LPENTRYLIST lpMsgList,
						   ULONG_PTR ulUIParam,
						   LPMAPIPROGRESS lpProgress,
						   ULONG ulFlags)
{
	struct folder *f = folder_of(mapiobj_of(This));
	struct mstore *st;
	storeops_id_t *mids = NULL;
	HRESULT hr;
	int ret = 0;

	(void)ulUIParam;
	(void)lpProgress;
	MAPIOBJ_ENTER(This, folder_class, "DeleteMessages");
	if (ulFlags & ~(ULONG)(MESSAGE_DIALOG | DELETE_HARD_DELETE))
		return mapiobj_fail(&f->obj, MAPI_E_UNKNOWN_FLAGS,
				    "DeleteMessages: unknown flags");
	hr = list_mids(f, lpMsgList, "DeleteMessages", &mids);
	if (hr != S_OK)
		return hr;
	st = f->obj.store;
	if (mids != NULL) {
		ret = storeops_messages_delete(&st->mb, f->fid,
					       lpMsgList->cValues, mids);
	}
	alloc_free(mids);
	return ret < 0 ? mapiobj_fail_ret(&f->obj, ret, "DeleteMessages")
		       : mapiobj_ok(&f->obj);
}

static HRESULT STDMETHODCALLTYPE
fo_CreateFolder(IMAPIFolder *This, ULONG ulFolderType, LPTSTR lpszFolderName,
		LPTSTR lpszFolderComment, LPCIID lpInterface, ULONG ulFlags,
		LPMAPIFOLDER *lppFolder)
{
	struct folder *f = folder_of(mapiobj_of(This));
	struct mstore *st = f->obj.store;
	storeops_id_t fid = 0;
	char *name = NULL, *comment = NULL;
	HRESULT hr;
	int ret;

	MAPIOBJ_ENTER(This, folder_class, "CreateFolder");
	if (lppFolder == NULL || lpszFolderName == NULL)
		return mapiobj_fail(&f->obj, MAPI_E_INVALID_PARAMETER,
				    "CreateFolder: no name or lppFolder");
	*lppFolder = NULL;
	if (ulFlags &
	    ~(ULONG)(MAPI_UNICODE | OPEN_IF_EXISTS | MAPI_DEFERRED_ERRORS))
		return mapiobj_fail(&f->obj, MAPI_E_UNKNOWN_FLAGS,
				    "CreateFolder: unknown flags");
	if (ulFolderType == FOLDER_SEARCH)
		return mapiobj_fail(&f->obj, MAPI_E_NO_SUPPORT,
				    "CreateFolder: search folders are not "
				    "supported yet");
	if (ulFolderType != FOLDER_GENERIC)
		return mapiobj_fail(&f->obj, MAPI_E_INVALID_PARAMETER,
				    "CreateFolder: bad folder type %lu",
				    (unsigned long)ulFolderType);
	if (lpInterface != NULL && !IsEqualIID(lpInterface, &IID_IMAPIFolder) &&
	    !IsEqualIID(lpInterface, &IID_IUnknown))
		return mapiobj_fail(&f->obj, MAPI_E_INTERFACE_NOT_SUPPORTED,
				    "CreateFolder: folders are IMAPIFolder");
	if (!st->writable)
		return mapiobj_fail(&f->obj, MAPI_E_NO_ACCESS,
				    "CreateFolder: the store is read-only");
	hr = mapiobj_tstr(&f->obj, lpszFolderName, ulFlags, "the folder name",
			  &name);
	if (hr == S_OK)
		hr = mapiobj_tstr(&f->obj, lpszFolderComment, ulFlags,
				  "the comment", &comment);
	if (hr != S_OK) {
		alloc_free(name);
		return hr;
	}
	if (name[0] == '\0') {
		alloc_free(name);
		alloc_free(comment);
		return mapiobj_fail(&f->obj, MAPI_E_INVALID_PARAMETER,
				    "CreateFolder: the name is empty");
	}
	ret = storeops_folder_create(&st->mb, f->fid, name, ulFolderType,
				     ulFlags & OPEN_IF_EXISTS, &fid);
	if (ret == 0 && comment != NULL) {
		SPropValue pv;

		pv.ulPropTag = PR_COMMENT_A;
		pv.Value.lpszA = comment;
		ret = storeops_folder_set_props(&st->mb, fid, 1, &pv);
	}
	alloc_free(name);
	alloc_free(comment);
	if (ret == 0)
		ret = folder_open(st, fid, true, lppFolder);
	return ret < 0 ? mapiobj_fail_ret(&f->obj, ret, "CreateFolder")
		       : mapiobj_ok(&f->obj);
}

/* A folder of this store named by an entry ID argument. */
static HRESULT arg_folder(struct folder *f, ULONG cb, const ENTRYID *eid,
			  const char *what, storeops_id_t *fid_r)
{
	storeops_id_t mid;

	return mstore_eid_arg(f->obj.store, &f->obj, cb, eid, MAPI_FOLDER, what,
			      NULL, fid_r, &mid);
}

/* Whether fid is a subfolder of f (the folder whose method is called
 * names only its own subfolders). */
static int is_child(struct folder *f, storeops_id_t fid)
{
	SizedSPropTagArray(1, tags) = {1, {PR_PARENT_ENTRYID}};
	struct mstore *st = f->obj.store;
	SPropValue *props = NULL;
	storeops_id_t parent = 0, mid;
	ULONG count = 0, type;
	int ret;

	ret = storeops_folder_get_props(&st->mb, fid, (SPropTagArray *)&tags,
					&count, &props);
	if (ret >= 0 && count == 1 && props[0].ulPropTag == PR_PARENT_ENTRYID &&
	    storeops_entryid_parse(&st->mb, props[0].Value.bin.lpb,
				   props[0].Value.bin.cb, &type, &parent,
				   &mid) == 0)
		ret = parent == f->fid ? 0 : -ENOENT;
	else if (ret >= 0)
		ret = -ENOENT;
	MAPIFreeBuffer(props);
	return ret;
}

static HRESULT STDMETHODCALLTYPE
fo_CopyFolder(IMAPIFolder *This, ULONG cbEntryID, LPENTRYID lpEntryID,
	      LPCIID lpInterface, LPVOID lpDestFolder, LPTSTR lpszNewFolderName,
	      ULONG_PTR ulUIParam, LPMAPIPROGRESS lpProgress, ULONG ulFlags)
{
	struct folder *f = folder_of(mapiobj_of(This)), *d = NULL;
	struct mstore *st = f->obj.store;
	storeops_id_t fid = 0, new_fid = 0;
	char *name = NULL;
	HRESULT hr;
	int ret;

	(void)ulUIParam;
	(void)lpProgress;
	MAPIOBJ_ENTER(This, folder_class, "CopyFolder");
	if (ulFlags & ~(ULONG)(FOLDER_MOVE | COPY_SUBFOLDERS | MAPI_UNICODE |
			       FOLDER_DIALOG | MAPI_DECLINE_OK))
		return mapiobj_fail(&f->obj, MAPI_E_UNKNOWN_FLAGS,
				    "CopyFolder: unknown flags");
	hr = arg_folder(f, cbEntryID, lpEntryID, "CopyFolder", &fid);
	if (hr == S_OK)
		hr =
		    dest_folder(f, lpInterface, lpDestFolder, "CopyFolder", &d);
	if (hr != S_OK)
		return hr;
	ret = is_child(f, fid);
	if (ret < 0)
		return ret == -ENOENT
			   ? mapiobj_fail(&f->obj, MAPI_E_NOT_FOUND,
					  "CopyFolder: not a subfolder of "
					  "this folder")
			   : mapiobj_fail_ret(&f->obj, ret, "CopyFolder");
	hr = mapiobj_tstr(&f->obj, lpszNewFolderName, ulFlags,
			  "the new folder name", &name);
	if (hr != S_OK)
		return hr;
	ret = storeops_folder_copy(&st->mb, fid, d->fid, name,
				   ulFlags & (FOLDER_MOVE | COPY_SUBFOLDERS),
				   &new_fid);
	alloc_free(name);
	return ret < 0 ? mapiobj_fail_ret(&f->obj, ret, "CopyFolder")
		       : mapiobj_ok(&f->obj);
}

static HRESULT STDMETHODCALLTYPE
fo_DeleteFolder(IMAPIFolder *This, ULONG cbEntryID, LPENTRYID lpEntryID,
		ULONG_PTR ulUIParam, LPMAPIPROGRESS lpProgress, ULONG ulFlags)
{
	struct folder *f = folder_of(mapiobj_of(This));
	struct mstore *st = f->obj.store;
	storeops_id_t fid = 0;
	HRESULT hr;
	int ret;

	(void)ulUIParam;
	(void)lpProgress;
	MAPIOBJ_ENTER(This, folder_class, "DeleteFolder");
	if (ulFlags & ~(ULONG)(DEL_FOLDERS | DEL_MESSAGES | FOLDER_DIALOG |
			       DELETE_HARD_DELETE))
		return mapiobj_fail(&f->obj, MAPI_E_UNKNOWN_FLAGS,
				    "DeleteFolder: unknown flags");
	hr = arg_folder(f, cbEntryID, lpEntryID, "DeleteFolder", &fid);
	if (hr != S_OK)
		return hr;
	ret = is_child(f, fid);
	if (ret == -ENOENT)
		return mapiobj_fail(&f->obj, MAPI_E_NOT_FOUND,
				    "DeleteFolder: not a subfolder of this "
				    "folder");
	if (ret == 0) {
		ret = storeops_folder_delete(
		    &st->mb, fid, ulFlags & (DEL_FOLDERS | DEL_MESSAGES));
	}
	/* folder_delete's -EBUSY is a folder that still holds messages
	 * (engine.h), not the busy database the map means by it. */
	if (ret == -EBUSY)
		return mapiobj_fail(&f->obj, MAPI_E_HAS_MESSAGES,
				    "DeleteFolder: %s", storeops_error());
	return ret < 0 ? mapiobj_fail_ret(&f->obj, ret, "DeleteFolder")
		       : mapiobj_ok(&f->obj);
}

static HRESULT STDMETHODCALLTYPE fo_SetReadFlags(IMAPIFolder *This,
						 LPENTRYLIST lpMsgList,
						 ULONG_PTR ulUIParam,
						 LPMAPIPROGRESS lpProgress,
						 ULONG ulFlags)
{
	struct folder *f = folder_of(mapiobj_of(This));
	struct mstore *st = f->obj.store;
	storeops_id_t *mids = NULL;
	HRESULT hr;
	int ret;

	(void)ulUIParam;
	(void)lpProgress;
	MAPIOBJ_ENTER(This, folder_class, "SetReadFlags");
	if (ulFlags & ~(ULONG)(CLEAR_READ_FLAG | SUPPRESS_RECEIPT |
			       GENERATE_RECEIPT_ONLY | FOLDER_DIALOG |
			       MAPI_DEFERRED_ERRORS | CLEAR_RN_PENDING |
			       CLEAR_NRN_PENDING))
		return mapiobj_fail(&f->obj, MAPI_E_UNKNOWN_FLAGS,
				    "SetReadFlags: unknown flags");
	if ((ulFlags & CLEAR_READ_FLAG) &&
	    (ulFlags & (SUPPRESS_RECEIPT | GENERATE_RECEIPT_ONLY)))
		return mapiobj_fail(&f->obj, MAPI_E_INVALID_PARAMETER,
				    "SetReadFlags: CLEAR_READ_FLAG with a "
				    "receipt flag");
	/* No receipts are generated here: a receipt-only call changes
	 * nothing. */
	if (ulFlags & GENERATE_RECEIPT_ONLY)
		return mapiobj_ok(&f->obj);
	if (lpMsgList != NULL) {
		hr = list_mids(f, lpMsgList, "SetReadFlags", &mids);
		if (hr != S_OK)
			return hr;
		if (mids == NULL)
			return mapiobj_ok(&f->obj);
	}
	ret = storeops_messages_set_read_flag(
	    &st->mb, f->fid, lpMsgList != NULL ? lpMsgList->cValues : 0, mids,
	    ulFlags & CLEAR_READ_FLAG);
	alloc_free(mids);
	return ret < 0 ? mapiobj_fail_ret(&f->obj, ret, "SetReadFlags")
		       : mapiobj_ok(&f->obj);
}

/*
 * PR_MSG_STATUS of a message of this folder: read, or with mask != 0 set
 * to (old & ~mask) | (status & mask) and saved.  *old_r gets the old one.
 */
static int msg_status(struct folder *f, ULONG cb, const ENTRYID *eid,
		      ULONG status, ULONG mask, ULONG *old_r)
{
	SizedSPropTagArray(1, tags) = {1, {PR_MSG_STATUS}};
	struct mstore *st = f->obj.store;
	struct storeops_msg *msg = NULL;
	storeops_id_t fid, mid;
	SPropValue *props = NULL, pv;
	ULONG type, count = 0, old = 0;
	int ret;

	/* -EBADF: not a message of this store. */
	ret = mstore_parse_eid(st, cb, eid, &type, &fid, &mid);
	if (ret == -EINVAL || (ret == 0 && type != MAPI_MESSAGE))
		ret = -EBADF;
	if (ret < 0)
		return ret;
	ret = storeops_message_open(&st->mb, f->fid, mid,
				    mask != 0 ? MAPI_MODIFY : 0, &msg);
	if (ret == 0)
		ret = storeops_message_get_props(
		    &st->mb, msg, (SPropTagArray *)&tags, &count, &props);
	if (ret >= 0 && count == 1 && props[0].ulPropTag == PR_MSG_STATUS)
		old = (ULONG)props[0].Value.l;
	if (ret >= 0 && mask != 0) {
		pv.ulPropTag = PR_MSG_STATUS;
		pv.Value.l = (LONG)((old & ~mask) | (status & mask));
		ret = storeops_message_set_props(&st->mb, msg, 1, &pv);
		if (ret == 0)
			ret = storeops_message_save(&st->mb, msg, 0);
	}
	storeops_message_close(&st->mb, msg);
	MAPIFreeBuffer(props);
	*old_r = old;
	return ret < 0 ? ret : 0;
}

static HRESULT STDMETHODCALLTYPE fo_GetMessageStatus(IMAPIFolder *This,
						     ULONG cbEntryID,
						     LPENTRYID lpEntryID,
						     ULONG ulFlags,
						     ULONG *lpulMessageStatus)
{
	struct folder *f = folder_of(mapiobj_of(This));
	int ret;

	MAPIOBJ_ENTER(This, folder_class, "GetMessageStatus");
	if (lpulMessageStatus == NULL)
		return mapiobj_fail(&f->obj, MAPI_E_INVALID_PARAMETER,
				    "GetMessageStatus: NULL argument");
	if (ulFlags != 0)
		return mapiobj_fail(&f->obj, MAPI_E_UNKNOWN_FLAGS,
				    "GetMessageStatus: unknown flags");
	ret = msg_status(f, cbEntryID, lpEntryID, 0, 0, lpulMessageStatus);
	if (ret == -EBADF)
		return mapiobj_fail(&f->obj, MAPI_E_INVALID_ENTRYID,
				    "GetMessageStatus: not a message of this "
				    "store");
	return ret < 0 ? mapiobj_fail_ret(&f->obj, ret, "GetMessageStatus")
		       : mapiobj_ok(&f->obj);
}

static HRESULT STDMETHODCALLTYPE fo_SetMessageStatus(
    IMAPIFolder *This, ULONG cbEntryID, LPENTRYID lpEntryID, ULONG ulNewStatus,
    ULONG ulNewStatusMask, ULONG *lpulOldStatus)
{
	struct folder *f = folder_of(mapiobj_of(This));
	ULONG old = 0;
	int ret;

	MAPIOBJ_ENTER(This, folder_class, "SetMessageStatus");
	if (ulNewStatusMask == 0)
		ret = msg_status(f, cbEntryID, lpEntryID, 0, 0, &old);
	else
		ret = msg_status(f, cbEntryID, lpEntryID, ulNewStatus,
				 ulNewStatusMask, &old);
	if (ret == -EBADF)
		return mapiobj_fail(&f->obj, MAPI_E_INVALID_ENTRYID,
				    "SetMessageStatus: not a message of this "
				    "store");
	if (ret < 0)
		return mapiobj_fail_ret(&f->obj, ret, "SetMessageStatus");
	if (lpulOldStatus != NULL)
		*lpulOldStatus = old;
	return mapiobj_ok(&f->obj);
}

/*
 * The sort order is kept by this folder object and applied to the
 * contents tables it opens; the store ops have no place to persist it.
 */
static HRESULT STDMETHODCALLTYPE fo_SaveContentsSort(
    IMAPIFolder *This, LPSSortOrderSet lpSortCriteria, ULONG ulFlags)
{
	struct folder *f = folder_of(mapiobj_of(This));
	SSortOrderSet *copy = NULL;
	size_t size;

	MAPIOBJ_ENTER(This, folder_class, "SaveContentsSort");
	if (lpSortCriteria == NULL)
		return mapiobj_fail(&f->obj, MAPI_E_INVALID_PARAMETER,
				    "SaveContentsSort: no sort order");
	if (ulFlags & ~(ULONG)RECURSIVE_SORT)
		return mapiobj_fail(&f->obj, MAPI_E_UNKNOWN_FLAGS,
				    "SaveContentsSort: unknown flags");
	if (lpSortCriteria->cSorts > 64 ||
	    lpSortCriteria->cCategories > lpSortCriteria->cSorts)
		return mapiobj_fail(&f->obj, MAPI_E_INVALID_PARAMETER,
				    "SaveContentsSort: bad sort order");
	size = CbSSortOrderSet(lpSortCriteria);
	if (MAPIAllocateBuffer((ULONG)size, (void **)&copy) != S_OK)
		return mapiobj_fail(&f->obj, MAPI_E_NOT_ENOUGH_MEMORY,
				    "out of memory");
	memcpy(copy, lpSortCriteria, size);
	MAPIFreeBuffer(f->sort);
	f->sort = copy;
	return mapiobj_ok(&f->obj);
}

static HRESULT STDMETHODCALLTYPE fo_EmptyFolder(IMAPIFolder *This,
						ULONG_PTR ulUIParam,
						LPMAPIPROGRESS lpProgress,
						ULONG ulFlags)
{
	struct folder *f = folder_of(mapiobj_of(This));
	struct mstore *st = f->obj.store;
	int ret;

	(void)ulUIParam;
	(void)lpProgress;
	MAPIOBJ_ENTER(This, folder_class, "EmptyFolder");
	if (ulFlags &
	    ~(ULONG)(DEL_ASSOCIATED | FOLDER_DIALOG | DELETE_HARD_DELETE))
		return mapiobj_fail(&f->obj, MAPI_E_UNKNOWN_FLAGS,
				    "EmptyFolder: unknown flags");
	if (!st->writable)
		return mapiobj_fail(&f->obj, MAPI_E_NO_ACCESS,
				    "EmptyFolder: the store is read-only");
	/* EmptyFolder removes the subfolders too. */
	ret = storeops_folder_empty(&st->mb, f->fid,
				    DEL_FOLDERS | (ulFlags & DEL_ASSOCIATED));
	return ret < 0 ? mapiobj_fail_ret(&f->obj, ret, "EmptyFolder")
		       : mapiobj_ok(&f->obj);
}

static const IMAPIFolderVtbl folder_vtbl = {
    MAPIOBJ_PROP_VTBL(fo), fo_GetContentsTable,  fo_GetHierarchyTable,
    fo_OpenEntry,          fo_SetSearchCriteria, fo_GetSearchCriteria,
    fo_CreateMessage,      fo_CopyMessages,      fo_DeleteMessages,
    fo_CreateFolder,       fo_CopyFolder,        fo_DeleteFolder,
    fo_SetReadFlags,       fo_GetMessageStatus,  fo_SetMessageStatus,
    fo_SaveContentsSort,   fo_EmptyFolder,
};
