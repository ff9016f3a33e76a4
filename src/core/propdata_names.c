/*
 * propdata_names.c - the named-property map of CreateIProp's property
 * object: IDs handed out from 0x8000 for names (GUID and number or
 * string), GetIDsFromNames and GetNamesFromIDs.  See propdata_int.h for
 * how the files fit.
 */
#include "propdata_int.h"

#include "ustring.h"

/* ---------------------------------------------------------------------------
 * Named properties
 */

static bool name_ok(const MAPINAMEID *name)
{
	if (name == NULL || name->lpguid == NULL)
		return false;
	if (name->ulKind == MNID_ID)
		return true;
	return name->ulKind == MNID_STRING && name->Kind.lpwstrName != NULL;
}

/* A MAPINAMEID that points into entry e, for FEqualNames. */
static MAPINAMEID name_view(struct named *e)
{
	MAPINAMEID view = {.lpguid = &e->guid, .ulKind = e->kind};

	if (e->kind == MNID_ID)
		view.Kind.lID = e->id;
	else
		view.Kind.lpwstrName = e->name;
	return view;
}

/* Index of the entry equal to name (FEqualNames), or -1. */
static long name_find(struct propdata *pd, const MAPINAMEID *name)
{
	MAPINAMEID view;
	size_t i;

	for (i = 0; i < array_count(&pd->names); i++) {
		view = name_view(&pd->names.v[i]);
		if (FEqualNames(&view, (LPMAPINAMEID)name))
			return (long)i;
	}
	return -1;
}

/* Appends name to the map.  Returns its index, or -ENOMEM. */
static long name_add(struct propdata *pd, const MAPINAMEID *name)
{
	struct named e;

	memset(&e, 0, sizeof(e));
	e.guid = *name->lpguid;
	e.kind = name->ulKind;
	if (name->ulKind == MNID_ID) {
		e.id = name->Kind.lID;
	} else {
		e.name = alloc_memdup(name->Kind.lpwstrName,
				      (ustr_wlen(name->Kind.lpwstrName) + 1) *
					  sizeof(WCHAR));
		if (e.name == NULL)
			return -ENOMEM;
	}
	if (array_push(&pd->names, e) < 0) {
		alloc_free(e.name);
		return -ENOMEM;
	}
	return (long)array_count(&pd->names) - 1;
}

/*
 * Forgets the entries from index keep on (undoing a failed call), and the
 * array itself when that leaves it empty, so that a failed call leaves no
 * trace.
 */
static void names_truncate(struct propdata *pd, size_t keep)
{
	while (array_count(&pd->names) > keep)
		alloc_free(array_pop(&pd->names).name);
	if (array_is_empty(&pd->names))
		array_free(&pd->names);
}

/*
 * IMAPIProp::GetIDsFromNames
 *
 * PARAMS
 *  cPropNames   [I] number of names; 0 with lppPropNames NULL asks for
 *                   the IDs of every name the object knows
 *  lppPropNames [I] the names (GUID plus MNID_ID number or MNID_STRING
 *                   name, matched as FEqualNames does), or NULL
 *  ulFlags      [I] MAPI_CREATE: give unknown names new IDs (0x8000 up)
 *  lppPropTags  [O] PT_UNSPECIFIED tags in the order of the names; an
 *                   unknown name without MAPI_CREATE gets PT_ERROR with ID
 *                   0 (so does a name when the ID range is used up)
 *
 * RETURNS
 *  S_OK, MAPI_W_ERRORS_RETURNED (some PT_ERROR entries),
 *  MAPI_E_INVALID_PARAMETER (counts and array disagree, a NULL name, no
 *  GUID, a bad kind, MAPI_CREATE without names), MAPI_E_UNKNOWN_FLAGS,
 *  MAPI_E_NOT_ENOUGH_MEMORY (no name added then).
 */
HRESULT STDMETHODCALLTYPE pd_GetIDsFromNames(IPropData *This, ULONG cPropNames,
					     LPMAPINAMEID *lppPropNames,
					     ULONG ulFlags,
					     LPSPropTagArray *lppPropTags)
{
	struct propdata *pd = propdata_of(This);
	LPSPropTagArray tags = NULL;
	bool errors = false;
	size_t old_nnames;
	ULONG i, n;
	HRESULT hr = S_OK;
	void *mem;
	long idx;

	OBJBASE_ENTER(propdata, propdata_class, This,
		      "IPropData::GetIDsFromNames");
	pd_lock(pd);
	old_nnames = array_count(&pd->names);
	if ((ulFlags & ~MAPI_CREATE) != 0) {
		hr = mapierr_set(&pd->base.err, MAPI_E_UNKNOWN_FLAGS,
				 "GetIDsFromNames: unknown flags 0x%08x",
				 (unsigned)ulFlags);
		goto out;
	}
	if (lppPropTags == NULL ||
	    (lppPropNames == NULL &&
	     (cPropNames != 0 || (ulFlags & MAPI_CREATE) != 0)) ||
	    (lppPropNames != NULL && cPropNames == 0))
		goto invalid;
	for (i = 0; lppPropNames != NULL && i < cPropNames; i++) {
		if (!name_ok(lppPropNames[i]))
			goto invalid;
	}

	n = lppPropNames != NULL ? cPropNames : (ULONG)array_count(&pd->names);
	if (pd_buf_alloc(pd, CbNewSPropTagArray(n), &mem) < 0)
		goto oom;
	tags = mem;
	tags->cValues = n;
	for (i = 0; i < n; i++) {
		idx = lppPropNames != NULL ? name_find(pd, lppPropNames[i])
					   : (long)i;
		if (idx < 0 && (ulFlags & MAPI_CREATE) != 0 &&
		    array_count(&pd->names) <= NAMED_ID_LAST - NAMED_ID_FIRST) {
			idx = name_add(pd, lppPropNames[i]);
			if (idx < 0)
				goto oom;
		}
		if (idx < 0) {
			tags->aulPropTag[i] = PROP_TAG(PT_ERROR, 0);
			errors = true;
		} else {
			tags->aulPropTag[i] = PROP_TAG(
			    PT_UNSPECIFIED, NAMED_ID_FIRST + (ULONG)idx);
		}
	}
	*lppPropTags = tags;
	hr = errors ? MAPI_W_ERRORS_RETURNED : S_OK;
	goto out;
invalid:
	hr = mapierr_set(&pd->base.err, MAPI_E_INVALID_PARAMETER,
			 "GetIDsFromNames: bad name array");
	goto out;
oom:
	names_truncate(pd, old_nnames);
	pd_buf_free(pd, tags);
	hr = mapierr_set(&pd->base.err, MAPI_E_NOT_ENOUGH_MEMORY,
			 "GetIDsFromNames: out of memory");
out:
	pd_unlock(pd);
	return hr;
}

static bool name_selected(const struct named *e, const GUID *guid, ULONG flags)
{
	if (guid != NULL && !IsEqualGUID(&e->guid, guid))
		return false;
	if (e->kind == MNID_ID)
		return (flags & MAPI_NO_IDS) == 0;
	return (flags & MAPI_NO_STRINGS) == 0;
}

/* A copy of entry e, linked to root.  Returns 0 or -ENOMEM. */
static int name_export(const struct propdata *pd, void *root,
		       const struct named *e, LPMAPINAMEID *name_r)
{
	struct {
		MAPINAMEID name;
		GUID guid;
	} * block;
	void *p;
	size_t size;

	if (pd_buf_more(pd, sizeof(*block), root, &p) < 0)
		return -ENOMEM;
	block = p;
	block->guid = e->guid;
	block->name.lpguid = &block->guid;
	block->name.ulKind = e->kind;
	if (e->kind == MNID_ID) {
		block->name.Kind.lID_Reserved = 0;
		block->name.Kind.lID = e->id;
	} else {
		size = (ustr_wlen(e->name) + 1) * sizeof(WCHAR);
		if (pd_buf_more(pd, size, root, &p) < 0)
			return -ENOMEM;
		memcpy(p, e->name, size);
		block->name.Kind.lpwstrName = p;
	}
	*name_r = &block->name;
	return 0;
}

/*
 * IMAPIProp::GetNamesFromIDs
 *
 * PARAMS
 *  lppPropTags   [I/O] *lppPropTags: the IDs to name, or NULL for every
 *                      name in the property set lpPropSetGuid (all sets
 *                      when that is NULL); then *lppPropTags receives a new
 *                      array of their PT_UNSPECIFIED tags
 *  lpPropSetGuid [I] filters the names when *lppPropTags is NULL, and is
 *                    ignored otherwise, as the reference page says
 *  ulFlags       [I] MAPI_NO_STRINGS: leave out string names; MAPI_NO_IDS:
 *                    leave out numeric names
 *  lpcPropNames  [O] number of entries in *lpppPropNames
 *  lpppPropNames [O] the names, positional with the tags; NULL entries for
 *                    IDs without a name (or left out by the flags)
 *
 * RETURNS
 *  S_OK; MAPI_W_ERRORS_RETURNED when some entries are NULL;
 *  MAPI_E_INVALID_PARAMETER (a NULL pointer, a tag array with cValues 0);
 *  MAPI_E_UNKNOWN_FLAGS; MAPI_E_NOT_ENOUGH_MEMORY.
 *
 * NOTES
 *  No names to return for *lppPropTags NULL: S_OK, count 0, NULL arrays.
 *  A caller's tag array is not written to.
 */
HRESULT STDMETHODCALLTYPE pd_GetNamesFromIDs(IPropData *This,
					     LPSPropTagArray *lppPropTags,
					     LPGUID lpPropSetGuid,
					     ULONG ulFlags, ULONG *lpcPropNames,
					     LPMAPINAMEID **lpppPropNames)
{
	struct propdata *pd = propdata_of(This);
	LPSPropTagArray tags = NULL, in;
	LPMAPINAMEID *names = NULL;
	bool errors = false;
	ULONG i, n, k, id;
	HRESULT hr = S_OK;
	void *p;

	OBJBASE_ENTER(propdata, propdata_class, This,
		      "IPropData::GetNamesFromIDs");
	pd_lock(pd);
	if ((ulFlags & ~(MAPI_NO_STRINGS | MAPI_NO_IDS)) != 0) {
		hr = mapierr_set(&pd->base.err, MAPI_E_UNKNOWN_FLAGS,
				 "GetNamesFromIDs: unknown flags 0x%08x",
				 (unsigned)ulFlags);
		goto out;
	}
	if (lppPropTags == NULL || lpcPropNames == NULL ||
	    lpppPropNames == NULL ||
	    (*lppPropTags != NULL && (*lppPropTags)->cValues == 0)) {
		hr = mapierr_set(&pd->base.err, MAPI_E_INVALID_PARAMETER,
				 "GetNamesFromIDs: bad arguments");
		goto out;
	}
	in = *lppPropTags;

	if (in == NULL) {
		for (i = 0, n = 0; i < array_count(&pd->names); i++)
			n += name_selected(&pd->names.v[i], lpPropSetGuid,
					   ulFlags);
		if (n == 0) {
			*lpcPropNames = 0;
			*lpppPropNames = NULL;
			hr = S_OK;
			goto out;
		}
		if (pd_buf_alloc(pd, CbNewSPropTagArray(n), &p) < 0)
			goto oom;
		tags = p;
		tags->cValues = n;
	} else {
		n = in->cValues;
	}
	if (pd_buf_alloc(pd, pd_array_size(0, n, sizeof(*names)), &p) < 0)
		goto oom;
	names = p;

	if (in == NULL) {
		for (i = 0, k = 0; i < array_count(&pd->names); i++) {
			if (!name_selected(&pd->names.v[i], lpPropSetGuid,
					   ulFlags))
				continue;
			tags->aulPropTag[k] =
			    PROP_TAG(PT_UNSPECIFIED, NAMED_ID_FIRST + i);
			if (name_export(pd, names, &pd->names.v[i], &names[k]) <
			    0)
				goto oom;
			k++;
		}
	} else {
		for (i = 0; i < n; i++) {
			id = PROP_ID(in->aulPropTag[i]);
			names[i] = NULL;
			if (id >= NAMED_ID_FIRST &&
			    id - NAMED_ID_FIRST < array_count(&pd->names) &&
			    name_selected(&pd->names.v[id - NAMED_ID_FIRST],
					  NULL, ulFlags)) {
				if (name_export(
					pd, names,
					&pd->names.v[id - NAMED_ID_FIRST],
					&names[i]) < 0)
					goto oom;
			} else {
				errors = true;
			}
		}
	}
	if (tags != NULL)
		*lppPropTags = tags;
	*lpcPropNames = n;
	*lpppPropNames = names;
	hr = errors ? MAPI_W_ERRORS_RETURNED : S_OK;
	goto out;
oom:
	pd_buf_free(pd, tags);
	pd_buf_free(pd, names);
	hr = mapierr_set(&pd->base.err, MAPI_E_NOT_ENOUGH_MEMORY,
			 "GetNamesFromIDs: out of memory");
out:
	pd_unlock(pd);
	return hr;
}
