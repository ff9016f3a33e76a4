/*
 * addrbook.c - IAddrBook, IABContainer and IMailUser over the directory
 * of principals (addrbook.h).
 *
 * The objects sit on the store objects' base (mapiobj.h) as objects of no
 * store, so the shared IMAPIProp code serves them (they have no named
 * properties).  A container or mail user holds a reference on the
 * address book it was opened from (its parent).  Properties are fixed
 * when an object is opened and kept in one MAPI buffer, with strings as
 * UTF-8 (PT_STRING8 tags); they are converted to what the caller asks for
 * on the way out, so the objects need no lock.  Building and giving out
 * the properties is abprops.c's; matching names to principals and
 * filling recipient rows is abresolve.c's; reading the directory is
 * here.
 */
#include "addrbook.h"

#include <errno.h>
#include <limits.h>
#include <stdbool.h>
#include <stdio.h>
#include <string.h>
#include <strings.h>
#include <unistd.h>

#include <mapiguid.h>
#include <mapiutil.h>

#include "abeid.h"
#include "abprops.h"
#include "abresolve.h"
#include "alloc.h"
#include "context.h"
#include "directory.h"
#include "mapiobj.h"
#include "oneoff.h"

#define AB_MAGIC   0x4d504142u /* "MPAB" */
#define CONT_MAGIC 0x4d504143u /* "MPAC" */
#define USER_MAGIC 0x4d50414du /* "MPAM" */

#ifndef MAPI_SEND_NO_RICH_INFO
#define MAPI_SEND_NO_RICH_INFO ((ULONG)0x00010000)
#endif

struct addrbook {
	struct mapiobj obj;
};

/* A container or a mail user: its properties, fixed at open. */
struct abobj {
	struct mapiobj obj;
	enum abeid_type kind;
	SPropValue *props;
	ULONG nprops;
};

static struct abobj *abobj_of(struct mapiobj *o)
{
	return container_of(o, struct abobj, obj);
}

static const IAddrBookVtbl ab_vtbl;
static const IABContainerVtbl cont_vtbl;
static const IMailUserVtbl user_vtbl;

static void abobj_destroy(struct mapiobj *o);
static int ab_get_props(struct mapiobj *o, const SPropTagArray *tags,
			ULONG *count_r, SPropValue **props_r);
static int abobj_get_props(struct mapiobj *o, const SPropTagArray *tags,
			   ULONG *count_r, SPropValue **props_r);
static int read_only(struct mapiobj *o, ULONG count, const SPropValue *props);

static const IID *const ab_iids[] = {&IID_IAddrBook, &IID_IMAPIProp,
				     &IID_IUnknown, NULL};
static const IID *const cont_iids[] = {&IID_IABContainer, &IID_IMAPIContainer,
				       &IID_IMAPIProp, &IID_IUnknown, NULL};
static const IID *const user_iids[] = {&IID_IMailUser, &IID_IMAPIProp,
				       &IID_IUnknown, NULL};

static const struct mapiobj_class ab_class = {
    .magic = AB_MAGIC,
    .name = "IAddrBook",
    .vtbl = &ab_vtbl,
    .iids = ab_iids,
    .get_props = ab_get_props,
    .set_props = read_only,
};

static const struct mapiobj_class cont_class = {
    .magic = CONT_MAGIC,
    .name = "IABContainer",
    .vtbl = &cont_vtbl,
    .iids = cont_iids,
    .destroy = abobj_destroy,
    .get_props = abobj_get_props,
    .set_props = read_only,
};

static const struct mapiobj_class user_class = {
    .magic = USER_MAGIC,
    .name = "IMailUser",
    .vtbl = &user_vtbl,
    .iids = user_iids,
    .destroy = abobj_destroy,
    .get_props = abobj_get_props,
    .set_props = read_only,
};

static int read_only(struct mapiobj *o, ULONG count, const SPropValue *props)
{
	(void)o;
	(void)count;
	(void)props;
	return -EACCES;
}

/* ============================ Property hooks ========================= */

static int abobj_get_props(struct mapiobj *o, const SPropTagArray *tags,
			   ULONG *count_r, SPropValue **props_r)
{
	struct abobj *a = abobj_of(o);

	return abprops_get(a->props, a->nprops, tags, count_r, props_r);
}

static int ab_get_props(struct mapiobj *o, const SPropTagArray *tags,
			ULONG *count_r, SPropValue **props_r)
{
	SPropValue type = {.ulPropTag = PR_OBJECT_TYPE};

	(void)o;
	type.Value.l = MAPI_ADDRBOOK;
	return abprops_get(&type, 1, tags, count_r, props_r);
}

static void abobj_destroy(struct mapiobj *o)
{
	struct abobj *a = abobj_of(o);

	MAPIFreeBuffer(a->props);
	a->props = NULL;
}

/* ============================ The directory ========================== */

struct dirload {
	/* A name to look up when the backend cannot list (pam). */
	const char *want;
	struct dir_principal **list;
	size_t count;
	/* Why the directory could not be read; "" when it was. */
	char why[256];
};

/* Runs with the process's credentials (context_as_process). */
static int dirload_work(void *arg)
{
	struct dirload *d = arg;
	char path[PATH_MAX];
	struct directory *dir = NULL;
	const char *error = NULL;
	int ret;

	ret = directory_state_dir_path(path, sizeof(path), &error);
	if (ret < 0) {
		snprintf(d->why, sizeof(d->why),
			 "the state directory is not known: %s",
			 error != NULL ? error : strerror(-ret));
		return ret;
	}
	/* Opening an address book must not create a directory. */
	ret = directory_open_existing(NULL, path, &dir, &error);
	if (ret == -ENOENT) {
		snprintf(d->why, sizeof(d->why), "there is no directory (%s)",
			 error != NULL ? error : strerror(-ret));
		return ret;
	}
	if (ret < 0) {
		snprintf(d->why, sizeof(d->why),
			 "the directory could not be read: %s",
			 error != NULL ? error : strerror(-ret));
		return ret;
	}
	ret = directory_list(dir, &d->list, &d->count, &error);
	if (ret == -EOPNOTSUPP) {
		struct dir_principal *p = NULL;

		/* A backend that cannot list still finds one name. */
		ret = 0;
		if (d->want != NULL && dir_name_valid(d->want) &&
		    directory_get(dir, d->want, &p, NULL) == 0) {
			d->list = alloc_calloc(1, sizeof(*d->list));
			if (d->list == NULL) {
				dir_principal_free(&p);
				ret = -ENOMEM;
			} else {
				d->list[0] = p;
				d->count = 1;
			}
		}
	} else if (ret < 0) {
		snprintf(d->why, sizeof(d->why),
			 "the directory could not be listed: %s",
			 error != NULL ? error : strerror(-ret));
	}
	directory_close(&dir);
	return ret;
}

/* The principals, or none (with d->why) when the directory cannot be
 * read: never a failure but memory. */
static int dirload(struct dirload *d, const char *want)
{
	int ret;

	memset(d, 0, sizeof(*d));
	d->want = want;
	ret = context_as_process(dirload_work, d);
	if (ret == -ENOMEM)
		return ret;
	if (ret < 0) {
		dir_principal_list_free(&d->list, d->count);
		d->count = 0;
		if (d->why[0] == '\0')
			snprintf(d->why, sizeof(d->why),
				 "the directory could not be read: %s",
				 strerror(-ret));
	}
	return 0;
}

static void dirload_free(struct dirload *d)
{
	dir_principal_list_free(&d->list, d->count);
	d->count = 0;
}

/* " (why)" after a message when the directory was not read. */
static const char *why_suffix(const struct dirload *d, char *buf, size_t size)
{
	if (d->why[0] == '\0')
		return "";
	snprintf(buf, size, " (%.240s; only one-off addresses resolve)",
		 d->why);
	return buf;
}

/* A principal by name, in a loaded directory. */
static const struct dir_principal *find_principal(const struct dirload *d,
						  const char *name)
{
	size_t i;

	for (i = 0; i < d->count; i++)
		if (strcasecmp(d->list[i]->name, name) == 0)
			return d->list[i];
	return NULL;
}

/* ============================= Opening =============================== */

static bool iid_listed(const IID *const *iids, LPCIID iid)
{
	size_t i;

	if (iid == NULL)
		return true;
	for (i = 0; iids[i] != NULL; i++)
		if (memcmp(iids[i], iid, sizeof(*iid)) == 0)
			return true;
	return false;
}

/* The address book of the book itself or of an object opened from it. */
static struct addrbook *ab_of(struct mapiobj *o)
{
	if (o->cls != &ab_class)
		o = o->parent;
	return container_of(o, struct addrbook, obj);
}

/* A new container or mail user with props (taken over). */
static struct abobj *abobj_new(struct addrbook *ab,
			       const struct mapiobj_class *cls,
			       enum abeid_type kind, SPropValue *props,
			       ULONG nprops)
{
	struct abobj *a = mapiobj_new(sizeof(*a), cls, NULL, &ab->obj);

	if (a == NULL) {
		MAPIFreeBuffer(props);
		return NULL;
	}
	a->kind = kind;
	a->props = props;
	a->nprops = nprops;
	return a;
}

#define OPEN_FLAGS                                                             \
	(MAPI_MODIFY | MAPI_BEST_ACCESS | MAPI_DEFERRED_ERRORS |               \
	 MAPI_NO_CACHE | MAPI_CACHE_ONLY)

/*
 * OpenEntry of the address book and its containers; failures are
 * recorded on caller.
 */
static HRESULT ab_open_entry(struct mapiobj *caller, ULONG cb,
			     const ENTRYID *eid, LPCIID iface, ULONG flags,
			     ULONG *type_r, LPUNKNOWN *unk_r)
{
	struct addrbook *ab = ab_of(caller);
	const struct mapiobj_class *cls;
	char name[DIR_NAME_MAX + 1], msg[320];
	enum abeid_type kind = ABEID_ROOT;
	struct oneoff o = {0};
	SPropValue *props = NULL;
	ULONG nprops = 0;
	struct abobj *a;
	int ret;

	if (type_r == NULL || unk_r == NULL)
		return mapiobj_fail(caller, MAPI_E_INVALID_PARAMETER,
				    "OpenEntry: NULL output pointer");
	*type_r = 0;
	*unk_r = NULL;
	if (cb > 0 && eid == NULL)
		return mapiobj_fail(caller, MAPI_E_INVALID_PARAMETER,
				    "OpenEntry: lpEntryID is NULL");
	if (flags & ~(ULONG)OPEN_FLAGS)
		return mapiobj_fail(
		    caller, MAPI_E_UNKNOWN_FLAGS,
		    "OpenEntry: unknown flags 0x%lx",
		    (unsigned long)(flags & ~(ULONG)OPEN_FLAGS));
	if (flags & MAPI_MODIFY)
		return mapiobj_fail(caller, MAPI_E_NO_ACCESS,
				    "OpenEntry: the address book is "
				    "read-only");
	if (cb == 0)
		ret = 0;
	else
		ret = abeid_parse(eid, cb, &kind, name);
	if (ret == -EINVAL)
		return mapiobj_fail(caller, MAPI_E_INVALID_ENTRYID,
				    "OpenEntry: a malformed entry ID of "
				    "mapix's address book");
	if (ret == -ENOENT) {
		ret = oneoff_parse(eid, cb, &o);
		if (ret == -ENOMEM)
			return mapiobj_fail(caller, MAPI_E_NOT_ENOUGH_MEMORY,
					    "out of memory");
		if (ret == -EINVAL)
			return mapiobj_fail(caller, MAPI_E_INVALID_ENTRYID,
					    "OpenEntry: a malformed one-off "
					    "entry ID");
		if (ret < 0)
			return mapiobj_fail(caller,
					    cb < 20 ? MAPI_E_INVALID_ENTRYID
						    : MAPI_E_UNKNOWN_ENTRYID,
					    "OpenEntry: not an entry ID of "
					    "the address book");
		kind = ABEID_MAILUSER;
		ret = abprops_oneoff(&o, eid, cb, &props, &nprops);
		oneoff_free(&o);
	} else if (kind == ABEID_MAILUSER) {
		struct dirload d;
		const struct dir_principal *p;

		if (dirload(&d, name) < 0)
			return mapiobj_fail(caller, MAPI_E_NOT_ENOUGH_MEMORY,
					    "out of memory");
		p = find_principal(&d, name);
		if (p == NULL) {
			char buf[300];

			snprintf(msg, sizeof(msg),
				 "OpenEntry: no principal '%s' in the "
				 "directory%.200s",
				 name, why_suffix(&d, buf, sizeof(buf)));
			dirload_free(&d);
			return mapiobj_fail(caller, MAPI_E_NOT_FOUND, "%s",
					    msg);
		}
		ret = abprops_principal(p, &props, &nprops);
		dirload_free(&d);
	} else {
		ret = abprops_container(kind, &props, &nprops);
	}
	if (ret < 0)
		return mapiobj_fail(caller, MAPI_E_NOT_ENOUGH_MEMORY,
				    "out of memory");
	cls = kind == ABEID_MAILUSER ? &user_class : &cont_class;
	if (!iid_listed(cls->iids, iface)) {
		MAPIFreeBuffer(props);
		return mapiobj_fail(caller, MAPI_E_INTERFACE_NOT_SUPPORTED,
				    "OpenEntry: the entry is an %s", cls->name);
	}
	a = abobj_new(ab, cls, kind, props, nprops);
	if (a == NULL)
		return mapiobj_fail(caller, MAPI_E_NOT_ENOUGH_MEMORY,
				    "out of memory");
	*type_r = kind == ABEID_MAILUSER ? MAPI_MAILUSER : MAPI_ABCONT;
	*unk_r = &a->obj.iface.unk;
	return mapiobj_ok(caller);
}

/* ============================== Tables =============================== */

static const ULONG contents_columns[] = {
    PR_ENTRYID,      S8(PR_DISPLAY_NAME), S8(PR_EMAIL_ADDRESS),
    S8(PR_ADDRTYPE), PR_OBJECT_TYPE,      PR_DISPLAY_TYPE,
    PR_SEARCH_KEY,   PR_RECORD_KEY,       PR_INSTANCE_KEY,
};

static const ULONG hierarchy_columns[] = {
    PR_ENTRYID,      S8(PR_DISPLAY_NAME), PR_OBJECT_TYPE,
    PR_DISPLAY_TYPE, PR_CONTAINER_FLAGS,  PR_DEPTH,
    PR_RECORD_KEY,   PR_INSTANCE_KEY,
};

#define NCOLS(a) ((ULONG)(sizeof(a) / sizeof((a)[0])))

/* One table row of the columns from internal props; key: the instance
 * key.  0 or -ENOMEM. */
static int table_row(const SPropValue *props, ULONG n, const ULONG *cols,
		     ULONG ncols, ULONG key, bool wide, SRow *row)
{
	SPropValue *out = NULL;
	ULONG i;
	BYTE *kb = NULL;

	if (MAPIAllocateBuffer(ncols * sizeof(SPropValue), (LPVOID *)&out) !=
	    S_OK)
		return -ENOMEM;
	for (i = 0; i < ncols; i++) {
		const SPropValue *v = abprops_find(props, n, cols[i]);

		if (cols[i] == PR_INSTANCE_KEY) {
			if (MAPIAllocateMore(sizeof(key), out, (LPVOID *)&kb) !=
			    S_OK)
				goto nomem;
			memcpy(kb, &key, sizeof(key));
			out[i].ulPropTag = PR_INSTANCE_KEY;
			out[i].Value.bin.cb = sizeof(key);
			out[i].Value.bin.lpb = kb;
		} else if (cols[i] == PR_DEPTH) {
			out[i].ulPropTag = PR_DEPTH;
			out[i].Value.l = 0;
		} else if (v == NULL) {
			out[i].ulPropTag = CHANGE_PROP_TYPE(cols[i], PT_ERROR);
			out[i].Value.err = MAPI_E_NOT_FOUND;
		} else if (abprops_out(v, wide, &out[i], out) < 0) {
			goto nomem;
		}
	}
	row->ulAdrEntryPad = 0;
	row->cValues = ncols;
	row->lpProps = out;
	return 0;
nomem:
	MAPIFreeBuffer(out);
	return -ENOMEM;
}

/*
 * A table of rows (taken over; may be NULL for none) with the columns
 * (strings as PT_UNICODE when wide).  Failures are recorded on o.
 */
static HRESULT make_table(struct mapiobj *o, SRowSet *rows, const ULONG *cols,
			  ULONG ncols, bool wide, LPMAPITABLE *table_r)
{
	SizedSPropTagArray(16, tags);
	LPTABLEDATA td = NULL;
	HRESULT hr;
	ULONG i;

	tags.cValues = ncols;
	for (i = 0; i < ncols; i++)
		tags.aulPropTag[i] = wide && PROP_TYPE(cols[i]) == PT_STRING8
					 ? CHANGE_PROP_TYPE(cols[i], PT_UNICODE)
					 : cols[i];
	hr = CreateTable(&IID_IMAPITableData, MAPIAllocateBuffer,
			 MAPIAllocateMore, MAPIFreeBuffer, NULL,
			 TBLTYPE_SNAPSHOT, PR_INSTANCE_KEY,
			 (LPSPropTagArray)&tags, &td);
	if (hr == S_OK && rows != NULL && rows->cRows > 0)
		hr = ITableData_HrModifyRows(td, 0, rows);
	if (hr == S_OK)
		hr = ITableData_HrGetView(td, NULL, NULL, 0, table_r);
	if (td != NULL)
		ITableData_Release(td);
	if (rows != NULL)
		FreeProws(rows);
	if (hr != S_OK)
		return mapiobj_fail(o, hr, "the table could not be made");
	return mapiobj_ok(o);
}

static SRowSet *rowset_new(ULONG n)
{
	SRowSet *rows = NULL;

	if (MAPIAllocateBuffer(CbNewSRowSet(n > 0 ? n : 1), (LPVOID *)&rows) !=
	    S_OK)
		return NULL;
	rows->cRows = 0;
	return rows;
}

/* The principals' rows (directory container) or none. */
static HRESULT contents_table(struct abobj *a, ULONG flags,
			      LPMAPITABLE *table_r)
{
	bool wide = (flags & MAPI_UNICODE) != 0;
	struct dirload d = {0};
	SRowSet *rows;
	size_t i;
	int ret = 0;

	if (a->kind == ABEID_DIRECTORY && dirload(&d, NULL) < 0)
		return mapiobj_fail(&a->obj, MAPI_E_NOT_ENOUGH_MEMORY,
				    "out of memory");
	rows = rowset_new((ULONG)d.count);
	for (i = 0; rows != NULL && ret == 0 && i < d.count; i++) {
		SPropValue *props = NULL;
		ULONG n = 0;

		ret = abprops_principal(d.list[i], &props, &n);
		if (ret == 0)
			ret = table_row(props, n, contents_columns,
					NCOLS(contents_columns), (ULONG)i + 1,
					wide, &rows->aRow[rows->cRows]);
		if (ret == 0)
			rows->cRows++;
		MAPIFreeBuffer(props);
	}
	dirload_free(&d);
	if (rows == NULL || ret < 0) {
		if (rows != NULL)
			FreeProws(rows);
		return mapiobj_fail(&a->obj, MAPI_E_NOT_ENOUGH_MEMORY,
				    "out of memory");
	}
	return make_table(&a->obj, rows, contents_columns,
			  NCOLS(contents_columns), wide, table_r);
}

/* The root's hierarchy: the directory container. */
static HRESULT hierarchy_table(struct abobj *a, ULONG flags,
			       LPMAPITABLE *table_r)
{
	bool wide = (flags & MAPI_UNICODE) != 0;
	SPropValue *props = NULL;
	SRowSet *rows = NULL;
	ULONG n = 0;
	int ret = 0;

	if (a->kind == ABEID_ROOT) {
		rows = rowset_new(1);
		ret = rows == NULL
			  ? -ENOMEM
			  : abprops_container(ABEID_DIRECTORY, &props, &n);
		if (ret == 0)
			ret = table_row(props, n, hierarchy_columns,
					NCOLS(hierarchy_columns), 1, wide,
					&rows->aRow[0]);
		if (ret == 0)
			rows->cRows = 1;
		MAPIFreeBuffer(props);
		if (ret < 0) {
			if (rows != NULL)
				FreeProws(rows);
			return mapiobj_fail(&a->obj, MAPI_E_NOT_ENOUGH_MEMORY,
					    "out of memory");
		}
	}
	return make_table(&a->obj, rows, hierarchy_columns,
			  NCOLS(hierarchy_columns), wide, table_r);
}

/* =========================== IABContainer ============================ */

MAPIOBJ_PROP_METHODS(cont, IABContainer, cont_class)

#define CONT_ENTER(This, what) MAPIOBJ_ENTER(This, cont_class, what)
#define CONT_OF(This)          abobj_of(mapiobj_of(This))

static HRESULT STDMETHODCALLTYPE cont_GetContentsTable(IABContainer *This,
						       ULONG ulFlags,
						       LPMAPITABLE *lppTable)
{
	struct abobj *a = CONT_OF(This);

	CONT_ENTER(This, "GetContentsTable");
	if (lppTable == NULL)
		return mapiobj_fail(&a->obj, MAPI_E_INVALID_PARAMETER,
				    "GetContentsTable: lppTable is NULL");
	*lppTable = NULL;
	if (ulFlags & ~(ULONG)(MAPI_UNICODE | MAPI_DEFERRED_ERRORS))
		return mapiobj_fail(&a->obj, MAPI_E_UNKNOWN_FLAGS,
				    "GetContentsTable: unknown flags");
	return contents_table(a, ulFlags, lppTable);
}

static HRESULT STDMETHODCALLTYPE cont_GetHierarchyTable(IABContainer *This,
							ULONG ulFlags,
							LPMAPITABLE *lppTable)
{
	struct abobj *a = CONT_OF(This);

	CONT_ENTER(This, "GetHierarchyTable");
	if (lppTable == NULL)
		return mapiobj_fail(&a->obj, MAPI_E_INVALID_PARAMETER,
				    "GetHierarchyTable: lppTable is NULL");
	*lppTable = NULL;
	if (ulFlags &
	    ~(ULONG)(MAPI_UNICODE | MAPI_DEFERRED_ERRORS | CONVENIENT_DEPTH))
		return mapiobj_fail(&a->obj, MAPI_E_UNKNOWN_FLAGS,
				    "GetHierarchyTable: unknown flags");
	return hierarchy_table(a, ulFlags, lppTable);
}

static HRESULT STDMETHODCALLTYPE cont_OpenEntry(
    IABContainer *This, ULONG cbEntryID, LPENTRYID lpEntryID,
    LPCIID lpInterface, ULONG ulFlags, ULONG *lpulObjType, LPUNKNOWN *lppUnk)
{
	CONT_ENTER(This, "OpenEntry");
	return ab_open_entry(mapiobj_of(This), cbEntryID, lpEntryID,
			     lpInterface, ulFlags, lpulObjType, lppUnk);
}

static HRESULT STDMETHODCALLTYPE
cont_SetSearchCriteria(IABContainer *This, LPSRestriction lpRestriction,
		       LPENTRYLIST lpContainerList, ULONG ulSearchFlags)
{
	(void)lpRestriction;
	(void)lpContainerList;
	(void)ulSearchFlags;
	CONT_ENTER(This, "SetSearchCriteria");
	return mapiobj_fail(mapiobj_of(This), MAPI_E_NO_SUPPORT,
			    "SetSearchCriteria: address book containers "
			    "are not search containers");
}

static HRESULT STDMETHODCALLTYPE cont_GetSearchCriteria(
    IABContainer *This, ULONG ulFlags, LPSRestriction *lppRestriction,
    LPENTRYLIST *lppContainerList, ULONG *lpulSearchState)
{
	(void)ulFlags;
	(void)lppRestriction;
	(void)lppContainerList;
	(void)lpulSearchState;
	CONT_ENTER(This, "GetSearchCriteria");
	return mapiobj_fail(mapiobj_of(This), MAPI_E_NO_SUPPORT,
			    "GetSearchCriteria: address book containers "
			    "are not search containers");
}

static HRESULT STDMETHODCALLTYPE cont_CreateEntry(IABContainer *This,
						  ULONG cbEntryID,
						  LPENTRYID lpEntryID,
						  ULONG ulCreateFlags,
						  LPMAPIPROP *lppMAPIPropEntry)
{
	(void)cbEntryID;
	(void)lpEntryID;
	(void)ulCreateFlags;
	(void)lppMAPIPropEntry;
	CONT_ENTER(This, "CreateEntry");
	return mapiobj_fail(mapiobj_of(This), MAPI_E_NO_SUPPORT,
			    "CreateEntry: the directory is changed with "
			    "`mapix admin`, not through the address book");
}

static HRESULT STDMETHODCALLTYPE cont_CopyEntries(IABContainer *This,
						  LPENTRYLIST lpEntries,
						  ULONG_PTR ulUIParam,
						  LPMAPIPROGRESS lpProgress,
						  ULONG ulFlags)
{
	(void)lpEntries;
	(void)ulUIParam;
	(void)lpProgress;
	(void)ulFlags;
	CONT_ENTER(This, "CopyEntries");
	return mapiobj_fail(mapiobj_of(This), MAPI_E_NO_SUPPORT,
			    "CopyEntries: the directory is read-only here");
}

static HRESULT STDMETHODCALLTYPE cont_DeleteEntries(IABContainer *This,
						    LPENTRYLIST lpEntries,
						    ULONG ulFlags)
{
	(void)lpEntries;
	(void)ulFlags;
	CONT_ENTER(This, "DeleteEntries");
	return mapiobj_fail(mapiobj_of(This), MAPI_E_NO_SUPPORT,
			    "DeleteEntries: the directory is read-only here");
}

static HRESULT STDMETHODCALLTYPE
cont_ResolveNames(IABContainer *This, LPSPropTagArray lpPropTagArray,
		  ULONG ulFlags, LPADRLIST lpAdrList, LPFlagList lpFlagList)
{
	struct abobj *a = CONT_OF(This);
	struct dirload d = {0};
	ULONG i;
	int ret = 0;

	(void)lpPropTagArray;
	CONT_ENTER(This, "ResolveNames");
	if (abresolve_list_bad(lpAdrList) || lpFlagList == NULL ||
	    lpFlagList->cFlags != lpAdrList->cEntries)
		return mapiobj_fail(&a->obj, MAPI_E_INVALID_PARAMETER,
				    "ResolveNames: a NULL or inconsistent "
				    "address or flag list");
	if (ulFlags & ~(ULONG)MAPI_UNICODE)
		return mapiobj_fail(&a->obj, MAPI_E_UNKNOWN_FLAGS,
				    "ResolveNames: unknown flags");
	if (a->kind == ABEID_DIRECTORY && dirload(&d, NULL) < 0)
		return mapiobj_fail(&a->obj, MAPI_E_NOT_ENOUGH_MEMORY,
				    "out of memory");
	for (i = 0; ret == 0 && i < lpAdrList->cEntries; i++) {
		ULONG status;

		if (lpFlagList->ulFlag[i] != MAPI_UNRESOLVED)
			continue;
		ret = abresolve_row(d.list, d.count, &lpAdrList->aEntries[i],
				    (ulFlags & MAPI_UNICODE) != 0, false,
				    &status);
		if (ret == 0)
			lpFlagList->ulFlag[i] = status;
	}
	dirload_free(&d);
	if (ret < 0)
		return mapiobj_fail(&a->obj, MAPI_E_NOT_ENOUGH_MEMORY,
				    "out of memory");
	return mapiobj_ok(&a->obj);
}

static const IABContainerVtbl cont_vtbl = {
    MAPIOBJ_PROP_VTBL(cont), cont_GetContentsTable,  cont_GetHierarchyTable,
    cont_OpenEntry,          cont_SetSearchCriteria, cont_GetSearchCriteria,
    cont_CreateEntry,        cont_CopyEntries,       cont_DeleteEntries,
    cont_ResolveNames,
};

/* ============================= IMailUser ============================= */

MAPIOBJ_PROP_METHODS(user, IMailUser, user_class)

static const IMailUserVtbl user_vtbl = {MAPIOBJ_PROP_VTBL(user)};

/* ============================= IAddrBook ============================= */

MAPIOBJ_PROP_METHODS(ab, IAddrBook, ab_class)

#define AB_ENTER(This, what) MAPIOBJ_ENTER(This, ab_class, what)
#define AB_OBJ(This)         mapiobj_of(This)

static HRESULT no_support(IAddrBook *This, const char *what, const char *why)
{
	return mapiobj_fail(AB_OBJ(This), MAPI_E_NO_SUPPORT, "%s: %s", what,
			    why);
}

static HRESULT STDMETHODCALLTYPE ab_OpenEntry(IAddrBook *This, ULONG cbEntryID,
					      LPENTRYID lpEntryID,
					      LPCIID lpInterface, ULONG ulFlags,
					      ULONG *lpulObjType,
					      LPUNKNOWN *lppUnk)
{
	AB_ENTER(This, "OpenEntry");
	return ab_open_entry(AB_OBJ(This), cbEntryID, lpEntryID, lpInterface,
			     ulFlags, lpulObjType, lppUnk);
}

/*
 * What an entry ID stands for, as a string that is equal for equal
 * entries: 0, -ENOENT (not ours), -EINVAL (malformed) or -ENOMEM.
 */
static int eid_key(ULONG cb, const ENTRYID *eid, char **key_r)
{
	char name[DIR_NAME_MAX + 1], *key = NULL;
	enum abeid_type kind;
	struct oneoff o;
	size_t n, i;
	int ret;

	*key_r = NULL;
	ret = abeid_parse(eid, cb, &kind, name);
	if (ret == 0) {
		n = sizeof(name) + 16;
		key = alloc_malloc(n);
		if (key == NULL)
			return -ENOMEM;
		snprintf(key, n, "ab:%d:%s", (int)kind, name);
		for (i = 0; key[i] != '\0'; i++)
			if (key[i] >= 'A' && key[i] <= 'Z')
				key[i] = (char)(key[i] - 'A' + 'a');
		*key_r = key;
		return 0;
	}
	if (ret != -ENOENT)
		return ret;
	ret = oneoff_parse(eid, cb, &o);
	if (ret < 0)
		return ret;
	/* Address types and SMTP addresses ignore case. */
	n = strlen(o.type) + strlen(o.address) + 8;
	key = alloc_malloc(n);
	if (key != NULL) {
		bool smtp = strcasecmp(o.type, ADDRTYPE_SMTP) == 0;
		size_t t = strlen(o.type);

		snprintf(key, n, "oo:%s:%s", o.type, o.address);
		for (i = 0; key[i] != '\0'; i++)
			if ((i < 3 + t || smtp) && key[i] >= 'A' &&
			    key[i] <= 'Z')
				key[i] = (char)(key[i] - 'A' + 'a');
	}
	oneoff_free(&o);
	if (key == NULL)
		return -ENOMEM;
	*key_r = key;
	return 0;
}

static HRESULT eid_fail(struct mapiobj *o, int ret, ULONG cb, const char *what)
{
	if (ret == -ENOMEM)
		return mapiobj_fail(o, MAPI_E_NOT_ENOUGH_MEMORY,
				    "out of memory");
	if (ret == -ENOENT && cb >= 20)
		return mapiobj_fail(o, MAPI_E_UNKNOWN_ENTRYID,
				    "%s: not an entry ID of the address book",
				    what);
	return mapiobj_fail(o, MAPI_E_INVALID_ENTRYID,
			    "%s: a malformed entry ID", what);
}

static HRESULT STDMETHODCALLTYPE ab_CompareEntryIDs(
    IAddrBook *This, ULONG cbEntryID1, LPENTRYID lpEntryID1, ULONG cbEntryID2,
    LPENTRYID lpEntryID2, ULONG ulFlags, ULONG *lpulResult)
{
	struct mapiobj *o = AB_OBJ(This);
	char *k1 = NULL, *k2 = NULL;
	int ret;

	AB_ENTER(This, "CompareEntryIDs");
	if (lpulResult == NULL || lpEntryID1 == NULL || lpEntryID2 == NULL)
		return mapiobj_fail(o, MAPI_E_INVALID_PARAMETER,
				    "CompareEntryIDs: NULL argument");
	*lpulResult = FALSE;
	if (ulFlags != 0)
		return mapiobj_fail(o, MAPI_E_UNKNOWN_FLAGS,
				    "CompareEntryIDs: unknown flags");
	ret = eid_key(cbEntryID1, lpEntryID1, &k1);
	if (ret < 0)
		return eid_fail(o, ret, cbEntryID1, "CompareEntryIDs");
	ret = eid_key(cbEntryID2, lpEntryID2, &k2);
	if (ret < 0) {
		alloc_free(k1);
		return eid_fail(o, ret, cbEntryID2, "CompareEntryIDs");
	}
	*lpulResult = strcmp(k1, k2) == 0 ? TRUE : FALSE;
	alloc_free(k1);
	alloc_free(k2);
	return mapiobj_ok(o);
}

static HRESULT STDMETHODCALLTYPE ab_Advise(IAddrBook *This, ULONG cbEntryID,
					   LPENTRYID lpEntryID,
					   ULONG ulEventMask,
					   LPMAPIADVISESINK lpAdviseSink,
					   ULONG_PTR *lpulConnection)
{
	(void)cbEntryID;
	(void)lpEntryID;
	(void)ulEventMask;
	(void)lpAdviseSink;
	AB_ENTER(This, "Advise");
	if (lpulConnection != NULL)
		*lpulConnection = 0;
	return no_support(This, "Advise",
			  "the directory sends no notifications");
}

static HRESULT STDMETHODCALLTYPE ab_Unadvise(IAddrBook *This,
					     ULONG_PTR ulConnection)
{
	(void)ulConnection;
	AB_ENTER(This, "Unadvise");
	return no_support(This, "Unadvise",
			  "the directory sends no notifications");
}

static HRESULT STDMETHODCALLTYPE ab_CreateOneOff(
    IAddrBook *This, LPTSTR lpszName, LPTSTR lpszAdrType, LPTSTR lpszAddress,
    ULONG ulFlags, ULONG *lpcbEntryID, LPENTRYID *lppEntryID)
{
	struct mapiobj *o = AB_OBJ(This);
	char *name = NULL, *type = NULL, *address = NULL;
	uint16_t oflags = 0;
	HRESULT hr;
	int ret;

	AB_ENTER(This, "CreateOneOff");
	if (lpcbEntryID == NULL || lppEntryID == NULL || lpszAdrType == NULL ||
	    lpszAddress == NULL)
		return mapiobj_fail(o, MAPI_E_INVALID_PARAMETER,
				    "CreateOneOff: NULL argument");
	*lpcbEntryID = 0;
	*lppEntryID = NULL;
	if (ulFlags & ~(ULONG)(MAPI_UNICODE | MAPI_SEND_NO_RICH_INFO))
		return mapiobj_fail(o, MAPI_E_UNKNOWN_FLAGS,
				    "CreateOneOff: unknown flags");
	hr =
	    mapiobj_tstr(o, lpszName, ulFlags, "CreateOneOff: the name", &name);
	if (hr == S_OK)
		hr = mapiobj_tstr(o, lpszAdrType, ulFlags,
				  "CreateOneOff: the address type", &type);
	if (hr == S_OK)
		hr = mapiobj_tstr(o, lpszAddress, ulFlags,
				  "CreateOneOff: the address", &address);
	if (hr == S_OK) {
		if (ulFlags & MAPI_UNICODE)
			oflags |= MAPI_ONE_OFF_UNICODE;
		if (ulFlags & MAPI_SEND_NO_RICH_INFO)
			oflags |= MAPI_ONE_OFF_NO_RICH_INFO;
		ret = oneoff_build(name, type, address, oflags, NULL,
				   lpcbEntryID, lppEntryID);
		if (ret == -ENOMEM)
			hr = mapiobj_fail(o, MAPI_E_NOT_ENOUGH_MEMORY,
					  "out of memory");
		else if (ret < 0)
			hr = mapiobj_fail(o, MAPI_E_INVALID_PARAMETER,
					  "CreateOneOff: the address type "
					  "and the address may not be empty");
		else
			hr = mapiobj_ok(o);
	}
	alloc_free(name);
	alloc_free(type);
	alloc_free(address);
	return hr;
}

static HRESULT STDMETHODCALLTYPE
ab_NewEntry(IAddrBook *This, ULONG_PTR ulUIParam, ULONG ulFlags,
	    ULONG cbEIDContainer, LPENTRYID lpEIDContainer,
	    ULONG cbEIDNewEntryTpl, LPENTRYID lpEIDNewEntryTpl,
	    ULONG *lpcbEIDNewEntry, LPENTRYID *lppEIDNewEntry)
{
	(void)ulUIParam;
	(void)ulFlags;
	(void)cbEIDContainer;
	(void)lpEIDContainer;
	(void)cbEIDNewEntryTpl;
	(void)lpEIDNewEntryTpl;
	(void)lpcbEIDNewEntry;
	(void)lppEIDNewEntry;
	AB_ENTER(This, "NewEntry");
	return no_support(This, "NewEntry", "mapix shows no dialogs");
}

static HRESULT STDMETHODCALLTYPE ab_ResolveName(IAddrBook *This,
						ULONG_PTR ulUIParam,
						ULONG ulFlags,
						LPTSTR lpszNewEntryTitle,
						LPADRLIST lpAdrList)
{
	struct mapiobj *o = AB_OBJ(This);
	bool wide = (ulFlags & MAPI_UNICODE) != 0;
	ULONG i, ambiguous = 0, unresolved = 0;
	char first[96] = "", buf[300];
	struct dirload d;
	int ret = 0;

	(void)ulUIParam;
	(void)lpszNewEntryTitle;
	AB_ENTER(This, "ResolveName");
	if (abresolve_list_bad(lpAdrList))
		return mapiobj_fail(o, MAPI_E_INVALID_PARAMETER,
				    "ResolveName: lpAdrList is NULL or has a "
				    "row without properties");
	/* MAPI_DIALOG is accepted and ignored: no UI, ever. */
	if (ulFlags & ~(ULONG)(MAPI_UNICODE | MAPI_DIALOG | MAPI_CACHE_ONLY))
		return mapiobj_fail(o, MAPI_E_UNKNOWN_FLAGS,
				    "ResolveName: unknown flags");
	if (dirload(&d, NULL) < 0)
		return mapiobj_fail(o, MAPI_E_NOT_ENOUGH_MEMORY,
				    "out of memory");
	for (i = 0; ret == 0 && i < lpAdrList->cEntries; i++) {
		ADRENTRY *row = &lpAdrList->aEntries[i];
		ULONG status;

		if (abresolve_has_entryid(row))
			continue;
		ret = abresolve_row(d.list, d.count, row, wide, true, &status);
		if (ret < 0 || status == MAPI_RESOLVED)
			continue;
		if (status == MAPI_AMBIGUOUS)
			ambiguous++;
		else
			unresolved++;
		if (first[0] == '\0') {
			int err;
			char *name = abresolve_display_name(row, &err);

			snprintf(first, sizeof(first), "%s",
				 name != NULL ? name : "(no display name)");
			alloc_free(name);
		}
	}
	why_suffix(&d, buf, sizeof(buf));
	if (d.why[0] == '\0')
		buf[0] = '\0';
	dirload_free(&d);
	if (ret < 0)
		return mapiobj_fail(o, MAPI_E_NOT_ENOUGH_MEMORY,
				    "out of memory");
	if (ambiguous > 0)
		return mapiobj_fail(o, MAPI_E_AMBIGUOUS_RECIP,
				    "ResolveName: %lu recipient(s) match more "
				    "than one entry, %lu none (first: '%s')",
				    (unsigned long)ambiguous,
				    (unsigned long)unresolved, first);
	if (unresolved > 0)
		return mapiobj_fail(o, MAPI_E_NOT_FOUND,
				    "ResolveName: %lu recipient(s) match no "
				    "entry (first: '%s')%s",
				    (unsigned long)unresolved, first, buf);
	return mapiobj_ok(o);
}

static HRESULT STDMETHODCALLTYPE ab_Address(IAddrBook *This,
					    ULONG_PTR *lpulUIParam,
					    LPADRPARM lpAdrParms,
					    LPADRLIST *lppAdrList)
{
	(void)lpulUIParam;
	(void)lpAdrParms;
	(void)lppAdrList;
	AB_ENTER(This, "Address");
	return no_support(This, "Address", "mapix shows no dialogs");
}

static HRESULT STDMETHODCALLTYPE
ab_Details(IAddrBook *This, ULONG_PTR *lpulUIParam, LPFNDISMISS lpfnDismiss,
	   LPVOID lpvDismissContext, ULONG cbEntryID, LPENTRYID lpEntryID,
	   LPFNBUTTON lpfButtonCallback, LPVOID lpvButtonContext,
	   LPTSTR lpszButtonText, ULONG ulFlags)
{
	(void)lpulUIParam;
	(void)lpfnDismiss;
	(void)lpvDismissContext;
	(void)cbEntryID;
	(void)lpEntryID;
	(void)lpfButtonCallback;
	(void)lpvButtonContext;
	(void)lpszButtonText;
	(void)ulFlags;
	AB_ENTER(This, "Details");
	return no_support(This, "Details", "mapix shows no dialogs");
}

static HRESULT STDMETHODCALLTYPE ab_RecipOptions(IAddrBook *This,
						 ULONG_PTR ulUIParam,
						 ULONG ulFlags,
						 LPADRENTRY lpRecip)
{
	(void)ulUIParam;
	(void)ulFlags;
	(void)lpRecip;
	AB_ENTER(This, "RecipOptions");
	return no_support(This, "RecipOptions", "mapix shows no dialogs");
}

static HRESULT STDMETHODCALLTYPE
ab_QueryDefaultRecipOpt(IAddrBook *This, LPTSTR lpszAdrType, ULONG ulFlags,
			ULONG *lpcValues, LPSPropValue *lppOptions)
{
	(void)lpszAdrType;
	(void)ulFlags;
	AB_ENTER(This, "QueryDefaultRecipOpt");
	if (lpcValues != NULL)
		*lpcValues = 0;
	if (lppOptions != NULL)
		*lppOptions = NULL;
	return no_support(This, "QueryDefaultRecipOpt",
			  "there are no transports with recipient options");
}

static HRESULT STDMETHODCALLTYPE ab_GetPAB(IAddrBook *This, ULONG *lpcbEntryID,
					   LPENTRYID *lppEntryID)
{
	AB_ENTER(This, "GetPAB");
	if (lpcbEntryID == NULL || lppEntryID == NULL)
		return mapiobj_fail(AB_OBJ(This), MAPI_E_INVALID_PARAMETER,
				    "GetPAB: NULL argument");
	*lpcbEntryID = 0;
	*lppEntryID = NULL;
	return mapiobj_fail(AB_OBJ(This), MAPI_E_NOT_FOUND,
			    "GetPAB: mapix has no personal address book");
}

static HRESULT STDMETHODCALLTYPE ab_SetPAB(IAddrBook *This, ULONG cbEntryID,
					   LPENTRYID lpEntryID)
{
	(void)cbEntryID;
	(void)lpEntryID;
	AB_ENTER(This, "SetPAB");
	return no_support(This, "SetPAB", "mapix has no personal address book");
}

/* The directory container's entry ID (MAPI buffer). */
static HRESULT directory_eid(struct mapiobj *o, ULONG *cb_r, LPENTRYID *eid_r)
{
	if (abeid_build(ABEID_DIRECTORY, NULL, NULL, cb_r, eid_r) < 0)
		return mapiobj_fail(o, MAPI_E_NOT_ENOUGH_MEMORY,
				    "out of memory");
	return mapiobj_ok(o);
}

static HRESULT STDMETHODCALLTYPE ab_GetDefaultDir(IAddrBook *This,
						  ULONG *lpcbEntryID,
						  LPENTRYID *lppEntryID)
{
	AB_ENTER(This, "GetDefaultDir");
	if (lpcbEntryID == NULL || lppEntryID == NULL)
		return mapiobj_fail(AB_OBJ(This), MAPI_E_INVALID_PARAMETER,
				    "GetDefaultDir: NULL argument");
	return directory_eid(AB_OBJ(This), lpcbEntryID, lppEntryID);
}

static HRESULT STDMETHODCALLTYPE ab_SetDefaultDir(IAddrBook *This,
						  ULONG cbEntryID,
						  LPENTRYID lpEntryID)
{
	char name[DIR_NAME_MAX + 1];
	enum abeid_type kind;
	int ret;

	AB_ENTER(This, "SetDefaultDir");
	ret = abeid_parse(lpEntryID, cbEntryID, &kind, name);
	if (ret < 0)
		return eid_fail(AB_OBJ(This), ret, cbEntryID, "SetDefaultDir");
	if (kind != ABEID_DIRECTORY)
		return mapiobj_fail(AB_OBJ(This), MAPI_E_INVALID_PARAMETER,
				    "SetDefaultDir: only the directory "
				    "container holds recipients");
	return mapiobj_ok(AB_OBJ(This));
}

static HRESULT STDMETHODCALLTYPE ab_GetSearchPath(IAddrBook *This,
						  ULONG ulFlags,
						  LPSRowSet *lppSearchPath)
{
	struct mapiobj *o = AB_OBJ(This);
	SPropValue *props = NULL;
	SRowSet *rows = NULL;
	ULONG n = 0;
	int ret;

	AB_ENTER(This, "GetSearchPath");
	if (lppSearchPath == NULL)
		return mapiobj_fail(o, MAPI_E_INVALID_PARAMETER,
				    "GetSearchPath: lppSearchPath is NULL");
	*lppSearchPath = NULL;
	if (ulFlags & ~(ULONG)MAPI_UNICODE)
		return mapiobj_fail(o, MAPI_E_UNKNOWN_FLAGS,
				    "GetSearchPath: unknown flags");
	rows = rowset_new(1);
	ret = rows == NULL ? -ENOMEM
			   : abprops_container(ABEID_DIRECTORY, &props, &n);
	if (ret == 0)
		ret = table_row(props, n, hierarchy_columns,
				NCOLS(hierarchy_columns), 1,
				(ulFlags & MAPI_UNICODE) != 0, &rows->aRow[0]);
	MAPIFreeBuffer(props);
	if (ret < 0) {
		if (rows != NULL)
			FreeProws(rows);
		return mapiobj_fail(o, MAPI_E_NOT_ENOUGH_MEMORY,
				    "out of memory");
	}
	rows->cRows = 1;
	*lppSearchPath = rows;
	return mapiobj_ok(o);
}

static HRESULT STDMETHODCALLTYPE ab_SetSearchPath(IAddrBook *This,
						  ULONG ulFlags,
						  LPSRowSet lpSearchPath)
{
	(void)ulFlags;
	(void)lpSearchPath;
	AB_ENTER(This, "SetSearchPath");
	return no_support(This, "SetSearchPath",
			  "the search path is the one directory container");
}

/*
 * Rows that carry an entry ID of this address book get the entry's
 * current properties (other properties are kept); other rows are left
 * alone.  lpPropTagArray is not used: every recipient property is set.
 */
static HRESULT STDMETHODCALLTYPE
ab_PrepareRecips(IAddrBook *This, ULONG ulFlags, LPSPropTagArray lpPropTagArray,
		 LPADRLIST lpRecipList)
{
	struct mapiobj *o = AB_OBJ(This);
	bool wide = (ulFlags & MAPI_UNICODE) != 0;
	struct dirload d;
	ULONG i;
	int ret = 0;

	(void)lpPropTagArray;
	AB_ENTER(This, "PrepareRecips");
	if (abresolve_list_bad(lpRecipList))
		return mapiobj_fail(o, MAPI_E_INVALID_PARAMETER,
				    "PrepareRecips: lpRecipList is NULL or "
				    "malformed");
	if (ulFlags & ~(ULONG)(MAPI_UNICODE | MAPI_CACHE_ONLY))
		return mapiobj_fail(o, MAPI_E_UNKNOWN_FLAGS,
				    "PrepareRecips: unknown flags");
	if (dirload(&d, NULL) < 0)
		return mapiobj_fail(o, MAPI_E_NOT_ENOUGH_MEMORY,
				    "out of memory");
	for (i = 0; ret == 0 && i < lpRecipList->cEntries; i++) {
		ADRENTRY *row = &lpRecipList->aEntries[i];
		const SPropValue *e =
		    abprops_find(row->rgPropVals, row->cValues, PR_ENTRYID);
		char name[DIR_NAME_MAX + 1];
		enum abeid_type kind;
		const struct dir_principal *p;
		SPropValue *props = NULL;
		ULONG n = 0;

		if (e == NULL || e->ulPropTag != PR_ENTRYID ||
		    abeid_parse(e->Value.bin.lpb, e->Value.bin.cb, &kind,
				name) < 0 ||
		    kind != ABEID_MAILUSER)
			continue;
		p = find_principal(&d, name);
		if (p == NULL)
			continue;
		ret = abprops_principal(p, &props, &n);
		if (ret == 0)
			ret = abresolve_merge_row(row, props, n, NULL, 0, wide);
		MAPIFreeBuffer(props);
	}
	dirload_free(&d);
	if (ret < 0)
		return mapiobj_fail(o, MAPI_E_NOT_ENOUGH_MEMORY,
				    "out of memory");
	return mapiobj_ok(o);
}

static const IAddrBookVtbl ab_vtbl = {
    MAPIOBJ_PROP_VTBL(ab),
    ab_OpenEntry,
    ab_CompareEntryIDs,
    ab_Advise,
    ab_Unadvise,
    ab_CreateOneOff,
    ab_NewEntry,
    ab_ResolveName,
    ab_Address,
    ab_Details,
    ab_RecipOptions,
    ab_QueryDefaultRecipOpt,
    ab_GetPAB,
    ab_SetPAB,
    ab_GetDefaultDir,
    ab_SetDefaultDir,
    ab_GetSearchPath,
    ab_SetSearchPath,
    ab_PrepareRecips,
};

HRESULT addrbook_new(LPADRBOOK *ab_r)
{
	struct addrbook *ab;

	*ab_r = NULL;
	ab = mapiobj_new(sizeof(*ab), &ab_class, NULL, NULL);
	if (ab == NULL)
		return MAPI_E_NOT_ENOUGH_MEMORY;
	*ab_r = &ab->obj.iface.ab;
	return S_OK;
}
