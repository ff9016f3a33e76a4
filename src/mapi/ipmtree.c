/*
 * ipmtree.c - HrValidateIPMSubtree: checks, and creates where missing, the
 * standard folders of a message store, through the store's public
 * interfaces only (any IMsgStore, not only mapix's own).
 *
 * The folders, their store properties and PR_VALID_FOLDER_MASK bits are
 * those of Microsoft's MAPI reference ("HrValidateIPMSubtree",
 * "PidTagValidFolderMask"): without MAPI_FULL_IPM_TREE the minimum set
 * (IPM subtree, Search Root, Deleted Items); with it also Folder Views,
 * Common Views (under the store's root), Inbox, Outbox and Sent Items
 * (under the IPM subtree).  A folder whose mask bit is set is trusted
 * unless MAPI_FORCE_CREATE asks for it to be opened; a folder that does
 * not open is created (or found, OPEN_IF_EXISTS) by name in its parent
 * and its entry ID recorded on the store (SetProps; the Inbox with
 * SetReceiveFolder).  The returned array holds PR_VALID_FOLDER_MASK, the
 * entry ID of each folder looked at, and the Inbox's under the tag
 * PROP_TAG(PT_BINARY, PROP_ID_NULL).
 */
#include <stdbool.h>
#include <string.h>

#include <mapiutil.h>
#include <mapix.h>

#include "mapierr.h"
#include "objhdr.h"

#define PR_IPM_INBOX_NULL PROP_TAG(PT_BINARY, PROP_ID_NULL)

struct ipm_folder {
	ULONG tag;      /* store property; PR_IPM_INBOX_NULL: the Inbox */
	ULONG bit;      /* its PR_VALID_FOLDER_MASK bit */
	bool under_ipm; /* parent: the IPM subtree (else the root) */
	bool minimal;   /* checked even without MAPI_FULL_IPM_TREE */
	const char *name;
};

/* Parents come before their children. */
static const struct ipm_folder ipm_folders[] = {
    {PR_IPM_SUBTREE_ENTRYID, FOLDER_IPM_SUBTREE_VALID, false, true,
     "IPM Subtree"},
    {PR_FINDER_ENTRYID, FOLDER_FINDER_VALID, false, true, "Search Root"},
    {PR_VIEWS_ENTRYID, FOLDER_VIEWS_VALID, false, false, "Folder Views"},
    {PR_COMMON_VIEWS_ENTRYID, FOLDER_COMMON_VIEWS_VALID, false, false,
     "Common Views"},
    {PR_IPM_WASTEBASKET_ENTRYID, FOLDER_IPM_WASTEBASKET_VALID, true, true,
     "Deleted Items"},
    {PR_IPM_INBOX_NULL, FOLDER_IPM_INBOX_VALID, true, false, "Inbox"},
    {PR_IPM_OUTBOX_ENTRYID, FOLDER_IPM_OUTBOX_VALID, true, false, "Outbox"},
    {PR_IPM_SENTMAIL_ENTRYID, FOLDER_IPM_SENTMAIL_VALID, true, false,
     "Sent Items"},
};

#define IPM_COUNT (sizeof(ipm_folders) / sizeof(ipm_folders[0]))

struct ipm_state {
	LPMDB mdb;
	ULONG flags;
	/* the store's mask, then with the bit of each folder checked */
	ULONG mask;
	LPSPropValue store_props; /* PR_VALID_FOLDER_MASK, then the tags */
	LPMAPIFOLDER root, subtree;
	LPSPropValue out; /* the result being built */
	ULONG count;
};

/* The entry ID the store gives for folder i (NULL if none). */
static HRESULT current_eid(struct ipm_state *st, size_t i, ULONG *cb_r,
			   LPENTRYID *eid_r, bool *owned_r)
{
	const SPropValue *pv = &st->store_props[1 + i];
	HRESULT hr;

	*owned_r = false;
	*cb_r = 0;
	*eid_r = NULL;
	if (ipm_folders[i].tag != PR_IPM_INBOX_NULL) {
		if (PROP_TYPE(pv->ulPropTag) == PT_BINARY &&
		    pv->Value.bin.cb != 0) {
			*cb_r = pv->Value.bin.cb;
			*eid_r = (LPENTRYID)pv->Value.bin.lpb;
		}
		return S_OK;
	}
	hr = IMsgStore_GetReceiveFolder(st->mdb, (LPTSTR) "IPM", 0, cb_r, eid_r,
					NULL);
	if (hr == MAPI_E_NOT_FOUND) {
		*cb_r = 0;
		*eid_r = NULL;
		return S_OK;
	}
	if (FAILED(hr))
		return objhdr_thread_seterr(
		    hr,
		    "HrValidateIPMSubtree: the store's receive folder "
		    "for IPM could not be read (%s)",
		    mapierr_name(hr) ? mapierr_name(hr) : "unknown code");
	*owned_r = *eid_r != NULL;
	return S_OK;
}

static bool folder_opens(struct ipm_state *st, ULONG cb, LPENTRYID eid,
			 LPMAPIFOLDER *folder_r)
{
	ULONG type = 0;
	LPUNKNOWN unk = NULL;
	HRESULT hr;

	hr = IMsgStore_OpenEntry(st->mdb, cb, eid, NULL, MAPI_BEST_ACCESS,
				 &type, &unk);
	if (FAILED(hr) || unk == NULL)
		return false;
	if (type != MAPI_FOLDER) {
		IUnknown_Release(unk);
		return false;
	}
	if (folder_r != NULL)
		*folder_r = (LPMAPIFOLDER)unk;
	else
		IUnknown_Release(unk);
	return true;
}

/* Creates (or finds) folder i in its parent; its entry ID in *eid_r. */
static HRESULT create_folder(struct ipm_state *st, size_t i,
			     LPSPropValue *eid_r, LPMAPIFOLDER *folder_r)
{
	const struct ipm_folder *f = &ipm_folders[i];
	LPMAPIFOLDER parent = f->under_ipm ? st->subtree : st->root;
	LPMAPIFOLDER folder = NULL;
	HRESULT hr;

	if (parent == NULL)
		return objhdr_thread_seterr(
		    MAPI_E_NOT_FOUND,
		    "HrValidateIPMSubtree: no IPM subtree to create "
		    "\"%s\" in",
		    f->name);
	hr = IMAPIFolder_CreateFolder(parent, FOLDER_GENERIC, (LPTSTR)f->name,
				      NULL, NULL, OPEN_IF_EXISTS, &folder);
	if (FAILED(hr))
		return objhdr_thread_seterr(
		    hr,
		    "HrValidateIPMSubtree: folder \"%s\" could not be "
		    "created (%s)",
		    f->name,
		    mapierr_name(hr) ? mapierr_name(hr) : "unknown code");
	hr = HrGetOneProp((LPMAPIPROP)folder, PR_ENTRYID, eid_r);
	if (FAILED(hr)) {
		IMAPIFolder_Release(folder);
		return objhdr_thread_seterr(
		    hr,
		    "HrValidateIPMSubtree: the new folder \"%s\" has no "
		    "entry ID",
		    f->name);
	}
	if (f->tag == PR_IPM_INBOX_NULL) {
		hr = IMsgStore_SetReceiveFolder(
		    st->mdb, (LPTSTR) "IPM", 0, (*eid_r)->Value.bin.cb,
		    (LPENTRYID)(*eid_r)->Value.bin.lpb);
	} else {
		SPropValue pv = **eid_r;

		pv.ulPropTag = f->tag;
		hr = IMsgStore_SetProps(st->mdb, 1, &pv, NULL);
	}
	/* A store that computes these properties itself may refuse to
	 * take them; the folder exists all the same. */
	(void)hr;
	if (folder_r != NULL)
		*folder_r = folder;
	else
		IMAPIFolder_Release(folder);
	return S_OK;
}

static HRESULT add_eid(struct ipm_state *st, ULONG tag, ULONG cb,
		       const void *eid)
{
	LPSPropValue pv = &st->out[st->count];
	SCODE sc;

	pv->ulPropTag = tag;
	pv->Value.bin.cb = cb;
	pv->Value.bin.lpb = NULL;
	if (cb != 0) {
		sc =
		    MAPIAllocateMore(cb, st->out, (LPVOID *)&pv->Value.bin.lpb);
		if (FAILED(sc))
			return sc;
		memcpy(pv->Value.bin.lpb, eid, cb);
	}
	st->count++;
	return S_OK;
}

/* Checks, or creates, folder i and adds its entry ID to the result. */
static HRESULT validate_one(struct ipm_state *st, size_t i)
{
	const struct ipm_folder *f = &ipm_folders[i];
	LPMAPIFOLDER *keep = NULL;
	LPSPropValue created = NULL;
	LPENTRYID eid = NULL;
	bool owned = false, valid;
	ULONG cb = 0;
	HRESULT hr;

	if (f->tag == PR_IPM_SUBTREE_ENTRYID)
		keep = &st->subtree;
	hr = current_eid(st, i, &cb, &eid, &owned);
	if (FAILED(hr))
		return hr;
	/* The stored mask is trusted unless MAPI_FORCE_CREATE; the IPM
	 * subtree is opened all the same, as the parent of the others. */
	valid = eid != NULL && (st->mask & f->bit) &&
		!(st->flags & MAPI_FORCE_CREATE) && keep == NULL;
	if (!valid && eid != NULL)
		valid = folder_opens(st, cb, eid, keep);
	if (!valid) {
		hr = create_folder(st, i, &created, keep);
		if (FAILED(hr))
			goto out;
		cb = created->Value.bin.cb;
		if (owned)
			MAPIFreeBuffer(eid);
		owned = false;
		eid = (LPENTRYID)created->Value.bin.lpb;
	}
	st->mask |= f->bit;
	hr = add_eid(st, f->tag, cb, eid);
out:
	if (owned)
		MAPIFreeBuffer(eid);
	MAPIFreeBuffer(created);
	return hr;
}

static HRESULT read_store(struct ipm_state *st)
{
	SizedSPropTagArray(1 + IPM_COUNT, tags);
	ULONG n = 0;
	size_t i;
	HRESULT hr;

	tags.cValues = 1 + IPM_COUNT;
	tags.aulPropTag[0] = PR_VALID_FOLDER_MASK;
	for (i = 0; i < IPM_COUNT; i++)
		tags.aulPropTag[1 + i] = ipm_folders[i].tag;
	hr = IMsgStore_GetProps(st->mdb, (LPSPropTagArray)&tags, 0, &n,
				&st->store_props);
	if (FAILED(hr) || n != 1 + IPM_COUNT) {
		if (SUCCEEDED(hr))
			hr = MAPI_E_CALL_FAILED;
		return objhdr_thread_seterr(
		    hr, "HrValidateIPMSubtree: the store's properties could "
			"not be read");
	}
	if (st->store_props[0].ulPropTag == PR_VALID_FOLDER_MASK)
		st->mask = (ULONG)st->store_props[0].Value.l;
	return S_OK;
}

static HRESULT open_root(struct ipm_state *st)
{
	ULONG type = 0;
	LPUNKNOWN unk = NULL;
	HRESULT hr;

	hr = IMsgStore_OpenEntry(st->mdb, 0, NULL, NULL, MAPI_BEST_ACCESS,
				 &type, &unk);
	if (FAILED(hr))
		return objhdr_thread_seterr(
		    hr, "HrValidateIPMSubtree: the store's root folder could "
			"not be opened");
	st->root = (LPMAPIFOLDER)unk;
	return S_OK;
}

/* Checks the folders flags asks for; the result in st->out. */
static HRESULT validate_all(struct ipm_state *st)
{
	SPropValue mask;
	size_t i;
	HRESULT hr;

	st->count = 1;
	hr = read_store(st);
	if (SUCCEEDED(hr))
		hr = open_root(st);
	for (i = 0; SUCCEEDED(hr) && i < IPM_COUNT; i++)
		if (ipm_folders[i].minimal || (st->flags & MAPI_FULL_IPM_TREE))
			hr = validate_one(st, i);
	if (st->subtree != NULL)
		IMAPIFolder_Release(st->subtree);
	if (st->root != NULL)
		IMAPIFolder_Release(st->root);
	MAPIFreeBuffer(st->store_props);
	if (FAILED(hr))
		return hr;
	mask.ulPropTag = PR_VALID_FOLDER_MASK;
	mask.Value.l = (LONG)st->mask;
	st->out[0] = mask;
	/* As with the entry IDs, a store may compute the mask itself. */
	(void)IMsgStore_SetProps(st->mdb, 1, &mask, NULL);
	return S_OK;
}

STDAPI HrValidateIPMSubtree(LPMDB lpMDB, ULONG ulFlags, ULONG *lpcValues,
			    LPSPropValue *lppProps, LPMAPIERROR *lppMapiError)
{
	struct ipm_state st = {.mdb = lpMDB, .flags = ulFlags};
	const ULONG known = MAPI_FORCE_CREATE | MAPI_FULL_IPM_TREE;
	HRESULT hr;

	if (lppMapiError != NULL)
		*lppMapiError = NULL;
	if (lppProps != NULL)
		*lppProps = NULL;
	if (lpcValues != NULL)
		*lpcValues = 0;
	if (lpMDB == NULL || (lppProps != NULL && lpcValues == NULL))
		hr = objhdr_thread_seterr(
		    MAPI_E_INVALID_PARAMETER,
		    "HrValidateIPMSubtree: lpMDB is NULL, or lppProps is given "
		    "without lpcValues");
	else if (ulFlags & ~known)
		hr = objhdr_thread_seterr(
		    MAPI_E_UNKNOWN_FLAGS,
		    "HrValidateIPMSubtree: unknown flags 0x%lx",
		    (unsigned long)(ulFlags & ~known));
	else
		hr = MAPIAllocateBuffer((1 + IPM_COUNT) * sizeof(SPropValue),
					(LPVOID *)&st.out);
	if (SUCCEEDED(hr))
		hr = validate_all(&st);
	if (FAILED(hr) || lppProps == NULL)
		MAPIFreeBuffer(st.out);
	if (FAILED(hr)) {
		if (lppMapiError != NULL)
			(void)objhdr_last_error(hr, 0, "HrValidateIPMSubtree",
						lppMapiError);
		return hr;
	}
	if (lppProps != NULL) {
		*lpcValues = st.count;
		*lppProps = st.out;
	}
	return S_OK;
}
