/*
 * store_nav.c - finding one's way in the default store for the store
 * commands (store.h): the session and the default store, folder paths
 * and entry IDs, reading tables; and the commands that work on folders
 * as a whole: stores, folders, mkdir, rmdir, mv, cp.
 *
 * A FOLDER is a path below IPM_SUBTREE ("Inbox", "Inbox/Reports"; "/" or
 * "" is IPM_SUBTREE itself; names compare without case, as the hierarchy
 * table compares them) or a hex entry ID.  An argument of hex digits
 * only, even in number and at least EID_HEX_MIN long, is taken as an
 * entry ID.  Folder names go to the API as 8-bit (UTF-8) strings without
 * MAPI_UNICODE; tables are read with MAPI_UNICODE.
 */
#include <ctype.h>
#include <stdbool.h>
#include <stdio.h>
#include <string.h>

#include <mapidefs.h>
#include <mapitags.h>
#include <mapiutil.h>
#include <mapix.h>

#include "alloc.h"
#include "cli.h"
#include "print.h"
#include "row.h"
#include "store.h"
#include "ustring.h"

/* Rows read from a table per QueryRows call. */
#define BATCH_ROWS 256

/* ---------------------------------------------------------------------
 * Hex entry IDs
 */

bool store_is_hex_eid(const char *s)
{
	size_t n = strlen(s), i;

	if (n < EID_HEX_MIN || n % 2 != 0)
		return false;
	for (i = 0; i < n; i++) {
		if (!isxdigit((unsigned char)s[i]))
			return false;
	}
	return true;
}

/*
 * The bytes of a hex entry ID (store_is_hex_eid), in a new
 * MAPIAllocateBuffer block.
 */
static HRESULT parse_eid(const char *s, SBinary *bin)
{
	size_t n = strlen(s) / 2;
	LPBYTE b = NULL;
	HRESULT hr;

	hr = MAPIAllocateBuffer((ULONG)n, (LPVOID *)&b);
	if (FAILED(hr))
		return hr;
	if (!FBinFromHex((LPTSTR)s, b)) {
		MAPIFreeBuffer(b);
		return MAPI_E_INVALID_ENTRYID;
	}
	bin->cb = (ULONG)n;
	bin->lpb = b;
	return S_OK;
}

/* ---------------------------------------------------------------------
 * The session and the default store
 */

void store_session_close(struct store_ctx *c)
{
	if (c->store != NULL)
		IMsgStore_Release(c->store);
	c->store = NULL;
	if (c->session != NULL) {
		IMAPISession_Logoff(c->session, 0, 0, 0);
		IMAPISession_Release(c->session);
	}
	c->session = NULL;
	if (c->initialized)
		MAPIUninitialize();
	c->initialized = false;
}

int store_session_open(struct store_ctx *c, bool want_store)
{
	SizedSPropTagArray(2, cols) = {2, {PR_DEFAULT_STORE, PR_ENTRYID}};
	SPropValue yes;
	SRestriction res;
	LPMAPITABLE table = NULL;
	LPSRowSet rows = NULL;
	ULONG flags = MAPI_EXTENDED | MAPI_NEW_SESSION | MAPI_NO_MAIL;
	HRESULT hr;
	int status = 0;

	hr = MAPIInitialize(NULL);
	if (FAILED(hr))
		return print_report(PRINT_OBJ_NONE, NULL, hr, "MAPIInitialize");
	c->initialized = true;
	flags |= c->profile != NULL ? MAPI_EXPLICIT_PROFILE : MAPI_USE_DEFAULT;
	hr = MAPILogonEx(0, (LPTSTR)c->profile, NULL, flags, &c->session);
	if (FAILED(hr)) {
		c->session = NULL;
		if (c->profile != NULL)
			return print_report(PRINT_OBJ_NONE, NULL, hr,
					    "log on to profile '%s'",
					    c->profile);
		return print_report(PRINT_OBJ_NONE, NULL, hr,
				    "log on to the default profile");
	}
	if (!want_store)
		return 0;
	yes.ulPropTag = PR_DEFAULT_STORE;
	yes.Value.b = TRUE;
	res.rt = RES_PROPERTY;
	res.res.resProperty.relop = RELOP_EQ;
	res.res.resProperty.ulPropTag = PR_DEFAULT_STORE;
	res.res.resProperty.lpProp = &yes;
	hr = IMAPISession_GetMsgStoresTable(c->session, 0, &table);
	if (FAILED(hr)) {
		table = NULL;
		return print_report(PRINT_OBJ_SESSION, c->session, hr,
				    "stores table");
	}
	hr =
	    HrQueryAllRows(table, (LPSPropTagArray)&cols, &res, NULL, 0, &rows);
	if (FAILED(hr)) {
		rows = NULL;
		status =
		    print_report(PRINT_OBJ_TABLE, table, hr, "stores table");
	} else if (rows->cRows == 0 ||
		   PROP_TYPE(rows->aRow[0].lpProps[1].ulPropTag) != PT_BINARY) {
		status = print_fail(MAPI_E_NOT_FOUND, "default store",
				    "the profile has no default store");
	} else {
		const SBinary *eid = &rows->aRow[0].lpProps[1].Value.bin;

		hr = IMAPISession_OpenMsgStore(
		    c->session, 0, eid->cb, (LPENTRYID)eid->lpb, NULL,
		    MDB_WRITE | MDB_NO_DIALOG, &c->store);
		if (FAILED(hr)) {
			c->store = NULL;
			status = print_report(PRINT_OBJ_SESSION, c->session, hr,
					      "open the default store");
		}
	}
	FreeProws(rows);
	IMAPITable_Release(table);
	return status;
}

/* ---------------------------------------------------------------------
 * Finding folders and entries
 */

HRESULT store_open_eid(struct store_ctx *c, const SBinary *eid, ULONG *type_r,
		       LPUNKNOWN *obj_r)
{
	return IMsgStore_OpenEntry(c->store, eid->cb, (LPENTRYID)eid->lpb, NULL,
				   MAPI_BEST_ACCESS, type_r, obj_r);
}

/*
 * The entry ID of the subfolder of parent named name (compared as the
 * table compares strings, without case), as a new MAPIAllocateBuffer
 * SPropValue in *eid_r; MAPI_E_NOT_FOUND when there is none.
 */
static HRESULT find_child(LPMAPIFOLDER parent, const char *name,
			  LPSPropValue *eid_r)
{
	SizedSPropTagArray(2, cols) = {2, {PR_ENTRYID, PR_DISPLAY_NAME_W}};
	LPMAPITABLE table = NULL;
	LPSRowSet rows = NULL;
	SPropValue want;
	SRestriction res;
	HRESULT hr;

	*eid_r = NULL;
	want.ulPropTag = PR_DISPLAY_NAME_W;
	want.Value.lpszW = ustr_from_utf8(name);
	if (want.Value.lpszW == NULL)
		return MAPI_E_NOT_ENOUGH_MEMORY;
	res.rt = RES_PROPERTY;
	res.res.resProperty.relop = RELOP_EQ;
	res.res.resProperty.ulPropTag = PR_DISPLAY_NAME_W;
	res.res.resProperty.lpProp = &want;
	hr = IMAPIFolder_GetHierarchyTable(parent, MAPI_UNICODE, &table);
	if (SUCCEEDED(hr))
		hr = HrQueryAllRows(table, (LPSPropTagArray)&cols, &res, NULL,
				    1, &rows);
	else
		table = NULL;
	if (SUCCEEDED(hr)) {
		if (rows->cRows == 0 ||
		    rows->aRow[0].lpProps[0].ulPropTag != PR_ENTRYID)
			hr = MAPI_E_NOT_FOUND;
		else
			hr = ScDupPropset(1, rows->aRow[0].lpProps,
					  MAPIAllocateBuffer, eid_r);
	} else {
		rows = NULL;
	}
	FreeProws(rows);
	if (table != NULL)
		IMAPITable_Release(table);
	alloc_free(want.Value.lpszW);
	return hr;
}

/* Opens IPM_SUBTREE, the root of folder paths. */
static int open_root(struct store_ctx *c, LPMAPIFOLDER *folder_r)
{
	LPSPropValue eid = NULL;
	LPUNKNOWN obj = NULL;
	ULONG type = 0;
	HRESULT hr;

	*folder_r = NULL;
	hr = HrGetOneProp((LPMAPIPROP)c->store, PR_IPM_SUBTREE_ENTRYID, &eid);
	if (FAILED(hr))
		return print_report(PRINT_OBJ_PROP, c->store, hr,
				    "IPM_SUBTREE");
	hr = store_open_eid(c, &eid->Value.bin, &type, &obj);
	MAPIFreeBuffer(eid);
	if (FAILED(hr))
		return print_report(PRINT_OBJ_PROP, c->store, hr,
				    "open IPM_SUBTREE");
	*folder_r = (LPMAPIFOLDER)obj;
	return 0;
}

int store_open_folder(struct store_ctx *c, const char *spec,
		      LPMAPIFOLDER *folder_r, const char **last_r, char **buf_r)
{
	LPMAPIFOLDER folder = NULL;
	LPSPropValue eid = NULL;
	LPUNKNOWN obj = NULL;
	char *path = NULL, *comp, *slash, *last = NULL;
	ULONG type = 0;
	HRESULT hr;

	*folder_r = NULL;
	if (buf_r != NULL)
		*buf_r = NULL;
	if (last_r == NULL && store_is_hex_eid(spec)) {
		SBinary bin;

		hr = parse_eid(spec, &bin);
		if (SUCCEEDED(hr)) {
			hr = store_open_eid(c, &bin, &type, &obj);
			MAPIFreeBuffer(bin.lpb);
		}
		if (FAILED(hr))
			return print_report(PRINT_OBJ_PROP, c->store, hr,
					    "open '%s'", spec);
		if (type != MAPI_FOLDER) {
			IUnknown_Release(obj);
			return print_fail(MAPI_E_INVALID_ENTRYID, spec,
					  "not a folder");
		}
		*folder_r = (LPMAPIFOLDER)obj;
		return 0;
	}
	path = alloc_strdup(spec);
	if (path == NULL)
		return print_fail(MAPI_E_NOT_ENOUGH_MEMORY, spec,
				  "out of memory");
	/* No empty components: "/Inbox//Sub/" is Inbox/Sub. */
	comp = path;
	if (last_r != NULL) {
		size_t n = strlen(path);

		while (n > 0 && path[n - 1] == '/')
			path[--n] = '\0';
		last = strrchr(path, '/');
		if (last != NULL) {
			*last++ = '\0';
		} else {
			last = path;
			comp = path + n; /* the parent is IPM_SUBTREE */
		}
		if (*last == '\0') {
			alloc_free(path);
			return print_fail(MAPI_E_INVALID_PARAMETER, spec,
					  "no folder name in the path");
		}
	}
	if (open_root(c, &folder) != 0) {
		alloc_free(path);
		return EXIT_FAILED;
	}
	while (comp != NULL && *comp != '\0') {
		LPMAPIFOLDER child;

		slash = strchr(comp, '/');
		if (slash != NULL)
			*slash = '\0';
		if (*comp == '\0') {
			comp = slash != NULL ? slash + 1 : NULL;
			continue;
		}
		hr = find_child(folder, comp, &eid);
		if (hr == MAPI_E_NOT_FOUND) {
			fprintf(stderr,
				"mapix: %s: no folder '%s' there "
				"(MAPI_E_NOT_FOUND)\n",
				spec, comp);
			goto failed;
		}
		if (FAILED(hr)) {
			print_report(PRINT_OBJ_PROP, folder, hr, "%s", spec);
			goto failed;
		}
		hr = store_open_eid(c, &eid->Value.bin, &type, &obj);
		MAPIFreeBuffer(eid);
		eid = NULL;
		if (FAILED(hr)) {
			print_report(PRINT_OBJ_PROP, c->store, hr, "open '%s'",
				     comp);
			goto failed;
		}
		child = (LPMAPIFOLDER)obj;
		IMAPIFolder_Release(folder);
		folder = child;
		comp = slash != NULL ? slash + 1 : NULL;
	}
	*folder_r = folder;
	if (last_r != NULL) {
		*last_r = last;
		*buf_r = path;
	} else {
		alloc_free(path);
	}
	return 0;
failed:
	IMAPIFolder_Release(folder);
	alloc_free(path);
	return EXIT_FAILED;
}

int store_open_entry(struct store_ctx *c, const char *spec, ULONG *type_r,
		     LPUNKNOWN *obj_r)
{
	SBinary bin;
	HRESULT hr;

	*obj_r = NULL;
	if (!store_is_hex_eid(spec)) {
		*type_r = MAPI_FOLDER;
		return store_open_folder(c, spec, (LPMAPIFOLDER *)obj_r, NULL,
					 NULL);
	}
	hr = parse_eid(spec, &bin);
	if (SUCCEEDED(hr)) {
		hr = IMAPISession_OpenEntry(c->session, bin.cb,
					    (LPENTRYID)bin.lpb, NULL,
					    MAPI_BEST_ACCESS, type_r, obj_r);
		MAPIFreeBuffer(bin.lpb);
	}
	if (FAILED(hr)) {
		*obj_r = NULL;
		return print_report(PRINT_OBJ_SESSION, c->session, hr,
				    "open '%s'", spec);
	}
	return 0;
}

int store_open_message(struct store_ctx *c, const char *spec, LPMESSAGE *msg_r,
		       LPMAPIFOLDER *parent_r, LPSPropValue *eid_r)
{
	LPSPropValue pfid = NULL;
	LPUNKNOWN obj = NULL;
	ULONG type = 0;
	HRESULT hr;

	*msg_r = NULL;
	*parent_r = NULL;
	*eid_r = NULL;
	if (store_open_entry(c, spec, &type, &obj) != 0)
		return EXIT_FAILED;
	if (type != MAPI_MESSAGE) {
		IUnknown_Release(obj);
		return print_fail(MAPI_E_INVALID_ENTRYID, spec,
				  "not a message");
	}
	*msg_r = (LPMESSAGE)obj;
	hr = HrGetOneProp((LPMAPIPROP)obj, PR_PARENT_ENTRYID, &pfid);
	if (SUCCEEDED(hr))
		hr = HrGetOneProp((LPMAPIPROP)obj, PR_ENTRYID, eid_r);
	if (SUCCEEDED(hr))
		hr = store_open_eid(c, &pfid->Value.bin, &type, &obj);
	MAPIFreeBuffer(pfid);
	if (FAILED(hr)) {
		print_report(PRINT_OBJ_PROP, *msg_r, hr, "the folder of '%s'",
			     spec);
		IMessage_Release(*msg_r);
		*msg_r = NULL;
		MAPIFreeBuffer(*eid_r);
		*eid_r = NULL;
		return EXIT_FAILED;
	}
	*parent_r = (LPMAPIFOLDER)obj;
	return 0;
}

/* ---------------------------------------------------------------------
 * Reading tables
 */

int store_each_row(LPMAPITABLE table, long limit, const char *what,
		   void (*each)(const SRow *row, ULONG index, void *arg),
		   void *arg)
{
	LPSRowSet rows = NULL;
	ULONG index = 0, i;
	HRESULT hr;

	for (;;) {
		LONG want = BATCH_ROWS;

		if (limit >= 0 && (long)index + want > limit)
			want = (LONG)(limit - (long)index);
		if (want <= 0)
			break;
		hr = IMAPITable_QueryRows(table, want, 0, &rows);
		if (FAILED(hr))
			return print_report(PRINT_OBJ_TABLE, table, hr, "%s",
					    what);
		if (rows->cRows == 0) {
			FreeProws(rows);
			break;
		}
		for (i = 0; i < rows->cRows; i++)
			each(&rows->aRow[i], index++, arg);
		FreeProws(rows);
		rows = NULL;
	}
	return 0;
}

void store_print_eid(const SBinary *eid, bool json)
{
	if (eid == NULL) {
		fputs(json ? "null" : "-", stdout);
		return;
	}
	if (json)
		putchar('"');
	print_hex(eid->lpb, eid->cb);
	if (json)
		putchar('"');
}

/* ---------------------------------------------------------------------
 * stores
 */

static void stores_row(const SRow *row, ULONG index, void *arg)
{
	struct store_ctx *c = arg;
	char *name = row_string(row, PR_DISPLAY_NAME_W);
	bool def = row_bool(row, PR_DEFAULT_STORE);

	if (c->json) {
		printf("%s{\"name\":", index > 0 ? "," : "");
		print_json_string(name != NULL ? name : "");
		printf(",\"default\":%s,\"entryid\":", def ? "true" : "false");
		store_print_eid(row_bin(row, PR_ENTRYID), true);
		putchar('}');
	} else {
		printf("%s ", def ? "*" : " ");
		print_plain(name != NULL ? name : "");
		fputs("  ", stdout);
		store_print_eid(row_bin(row, PR_ENTRYID), false);
		putchar('\n');
	}
	alloc_free(name);
}

int store_cmd_stores(struct store_ctx *c)
{
	SizedSPropTagArray(3, cols) = {
	    3, {PR_DISPLAY_NAME_W, PR_DEFAULT_STORE, PR_ENTRYID}};
	LPMAPITABLE table = NULL;
	HRESULT hr;
	int status;

	status = store_session_open(c, false);
	if (status != 0)
		return status;
	hr = IMAPISession_GetMsgStoresTable(c->session, MAPI_UNICODE, &table);
	if (FAILED(hr))
		return print_report(PRINT_OBJ_SESSION, c->session, hr,
				    "stores table");
	hr = IMAPITable_SetColumns(table, (LPSPropTagArray)&cols, 0);
	if (FAILED(hr)) {
		status =
		    print_report(PRINT_OBJ_TABLE, table, hr, "stores table");
	} else {
		if (c->json)
			putchar('[');
		status =
		    store_each_row(table, -1, "stores table", stores_row, c);
		if (c->json)
			puts("]");
	}
	IMAPITable_Release(table);
	return status;
}

/* ---------------------------------------------------------------------
 * folders
 */

/* Names of the folders above the current row, by depth, for paths. */
#define MAX_TREE_DEPTH 64

struct folders_walk {
	struct store_ctx *c;
	char *names[MAX_TREE_DEPTH];
};

static void folders_row(const SRow *row, ULONG index, void *arg)
{
	struct folders_walk *w = arg;
	char *name = row_string(row, PR_DISPLAY_NAME_W);
	LONG depth = row_long(row, PR_DEPTH), d;
	LONG count = row_long(row, PR_CONTENT_COUNT);
	LONG unread = row_long(row, PR_CONTENT_UNREAD);
	bool subfolders = row_bool(row, PR_SUBFOLDERS);
	const SBinary *eid = row_bin(row, PR_ENTRYID);

	if (name == NULL)
		name = alloc_strdup("");
	if (name == NULL)
		return;
	/* PR_DEPTH counts from 1 below the table's folder; rows come
	 * depth first, so a row's ancestors are the last ones seen at each
	 * smaller depth. */
	if (depth < 1)
		depth = 1;
	if (depth > MAX_TREE_DEPTH)
		depth = MAX_TREE_DEPTH;
	alloc_free(w->names[depth - 1]);
	w->names[depth - 1] = name;
	if (w->c->json) {
		printf("%s{\"name\":", index > 0 ? "," : "");
		print_json_string(name);
		fputs(",\"path\":\"", stdout);
		for (d = 0; d < depth; d++) {
			const char *s = w->names[d] != NULL ? w->names[d] : "";

			if (d > 0)
				putchar('/');
			print_json_chars(s, strlen(s));
		}
		printf("\",\"depth\":%d,\"count\":%d,\"unread\":%d,"
		       "\"subfolders\":%s,\"entryid\":",
		       depth, count, unread, subfolders ? "true" : "false");
		store_print_eid(eid, true);
		putchar('}');
	} else {
		printf("%*s", (int)(depth - 1) * 2, "");
		print_plain(name);
		printf("  (%d, %d unread)  ", count, unread);
		store_print_eid(eid, false);
		putchar('\n');
	}
}

int store_cmd_folders(struct store_ctx *c)
{
	SizedSPropTagArray(6, cols) = {6,
				       {PR_DISPLAY_NAME_W, PR_DEPTH,
					PR_CONTENT_COUNT, PR_CONTENT_UNREAD,
					PR_SUBFOLDERS, PR_ENTRYID}};
	struct folders_walk w;
	LPMAPIFOLDER root = NULL;
	LPMAPITABLE table = NULL;
	HRESULT hr;
	int status, i;

	status = store_session_open(c, true);
	if (status != 0)
		return status;
	if (open_root(c, &root) != 0)
		return EXIT_FAILED;
	memset(&w, 0, sizeof(w));
	w.c = c;
	hr = IMAPIFolder_GetHierarchyTable(
	    root, MAPI_UNICODE | (c->tree ? CONVENIENT_DEPTH : 0), &table);
	if (FAILED(hr)) {
		status =
		    print_report(PRINT_OBJ_PROP, root, hr, "hierarchy table");
		IMAPIFolder_Release(root);
		return status;
	}
	hr = IMAPITable_SetColumns(table, (LPSPropTagArray)&cols, 0);
	if (FAILED(hr)) {
		status =
		    print_report(PRINT_OBJ_TABLE, table, hr, "hierarchy table");
	} else {
		if (c->json)
			putchar('[');
		status = store_each_row(table, -1, "hierarchy table",
					folders_row, &w);
		if (c->json)
			puts("]");
	}
	for (i = 0; i < MAX_TREE_DEPTH; i++)
		alloc_free(w.names[i]);
	IMAPITable_Release(table);
	IMAPIFolder_Release(root);
	return status;
}

/* ---------------------------------------------------------------------
 * mkdir, rmdir
 */

/* The session, and the parent folder of the PATH a command works on. */
static int open_parent(struct store_ctx *c, LPMAPIFOLDER *parent_r,
		       const char **name_r, char **buf_r)
{
	int status = store_session_open(c, true);

	if (status != 0)
		return status;
	return store_open_folder(c, c->pos[0], parent_r, name_r, buf_r);
}

/*
 * The entry ID of the folder a command works on (its first argument,
 * SRC), found by name in its parent (MAPIFreeBuffer it).  Reports a
 * failure as "<command> 'SRC'".
 */
static int source_child(struct store_ctx *c, LPMAPIFOLDER parent,
			const char *name, LPSPropValue *eid_r)
{
	HRESULT hr = find_child(parent, name, eid_r);

	if (hr == MAPI_E_NOT_FOUND) {
		fprintf(stderr,
			"mapix: %s '%s': no folder '%s' there "
			"(MAPI_E_NOT_FOUND)\n",
			c->cmd->name, c->pos[0], name);
		return EXIT_FAILED;
	}
	if (FAILED(hr))
		return print_report(PRINT_OBJ_PROP, parent, hr, "%s '%s'",
				    c->cmd->name, c->pos[0]);
	return 0;
}

int store_cmd_mkdir(struct store_ctx *c)
{
	LPMAPIFOLDER parent = NULL, folder = NULL;
	LPSPropValue eid = NULL;
	const char *name;
	char *buf = NULL;
	HRESULT hr;
	int status;

	status = open_parent(c, &parent, &name, &buf);
	if (status != 0)
		return status;
	hr = IMAPIFolder_CreateFolder(parent, FOLDER_GENERIC, (LPTSTR)name,
				      NULL, NULL, 0, &folder);
	if (SUCCEEDED(hr))
		hr = HrGetOneProp((LPMAPIPROP)folder, PR_ENTRYID, &eid);
	if (FAILED(hr)) {
		status = print_report(PRINT_OBJ_PROP,
				      folder != NULL ? folder : parent, hr,
				      "mkdir '%s'", c->pos[0]);
	} else if (c->json) {
		fputs("{\"entryid\":", stdout);
		store_print_eid(&eid->Value.bin, true);
		puts("}");
	}
	MAPIFreeBuffer(eid);
	if (folder != NULL)
		IMAPIFolder_Release(folder);
	IMAPIFolder_Release(parent);
	alloc_free(buf);
	return status;
}

int store_cmd_rmdir(struct store_ctx *c)
{
	LPMAPIFOLDER parent = NULL;
	LPSPropValue eid = NULL;
	const char *name;
	char *buf = NULL;
	HRESULT hr;
	int status;

	status = open_parent(c, &parent, &name, &buf);
	if (status != 0)
		return status;
	status = source_child(c, parent, name, &eid);
	if (status == 0) {
		hr = IMAPIFolder_DeleteFolder(
		    parent, eid->Value.bin.cb, (LPENTRYID)eid->Value.bin.lpb, 0,
		    NULL, c->recursive ? DEL_FOLDERS | DEL_MESSAGES : 0);
		if (FAILED(hr))
			status = print_report(PRINT_OBJ_PROP, parent, hr,
					      "rmdir '%s'%s", c->pos[0],
					      hr == MAPI_E_HAS_FOLDERS ||
						      hr == MAPI_E_HAS_MESSAGES
						  ? " (not empty: --recursive "
						    "deletes its contents)"
						  : "");
	}
	MAPIFreeBuffer(eid);
	IMAPIFolder_Release(parent);
	alloc_free(buf);
	return status;
}

/* ---------------------------------------------------------------------
 * mv, cp
 */

/* mv/cp of a message: CopyMessages from its folder into DEST. */
static int copy_message(struct store_ctx *c, bool move)
{
	LPMESSAGE msg = NULL;
	LPMAPIFOLDER from = NULL, to = NULL;
	LPSPropValue eid = NULL;
	ENTRYLIST list;
	HRESULT hr;
	int status;

	status = store_open_message(c, c->pos[0], &msg, &from, &eid);
	if (status != 0)
		return status;
	/* The source object must not hold the message open while it moves. */
	IMessage_Release(msg);
	status = store_open_folder(c, c->pos[1], &to, NULL, NULL);
	if (status == 0) {
		list.cValues = 1;
		list.lpbin = &eid->Value.bin;
		hr = IMAPIFolder_CopyMessages(from, &list, NULL, to, 0, NULL,
					      move ? MESSAGE_MOVE : 0);
		if (FAILED(hr))
			status =
			    print_report(PRINT_OBJ_PROP, from, hr, "%s '%s'",
					 move ? "mv" : "cp", c->pos[0]);
		IMAPIFolder_Release(to);
	}
	IMAPIFolder_Release(from);
	MAPIFreeBuffer(eid);
	return status;
}

/*
 * mv/cp of a folder.  DEST an existing folder: SRC goes into it under
 * its own name; else DEST's parent must exist and SRC goes there under
 * DEST's last component (a rename when the parent is SRC's own).
 */
static int copy_folder(struct store_ctx *c, bool move)
{
	LPMAPIFOLDER src_parent = NULL, dest = NULL;
	LPSPropValue eid = NULL, probe = NULL;
	const char *src_name, *dest_name = NULL;
	char *src_buf = NULL, *dest_buf = NULL;
	HRESULT hr;
	int status;

	status =
	    store_open_folder(c, c->pos[0], &src_parent, &src_name, &src_buf);
	if (status != 0)
		return status;
	status = source_child(c, src_parent, src_name, &eid);
	if (status != 0)
		goto done;
	/* A DEST that is an entry ID or IPM_SUBTREE ("/") is the folder
	 * to go into; else DEST may be a folder or its parent and a name. */
	if (store_is_hex_eid(c->pos[1]) ||
	    strspn(c->pos[1], "/") == strlen(c->pos[1])) {
		status = store_open_folder(c, c->pos[1], &dest, NULL, NULL);
		if (status != 0)
			goto done;
		hr = MAPI_E_NOT_FOUND;
	} else {
		status = store_open_folder(c, c->pos[1], &dest, &dest_name,
					   &dest_buf);
		if (status != 0)
			goto done;
		hr = find_child(dest, dest_name, &probe);
	}
	if (SUCCEEDED(hr)) {
		LPUNKNOWN obj = NULL;
		ULONG type = 0;

		hr = store_open_eid(c, &probe->Value.bin, &type, &obj);
		if (FAILED(hr)) {
			status = print_report(PRINT_OBJ_PROP, c->store, hr,
					      "open '%s'", c->pos[1]);
			goto done;
		}
		IMAPIFolder_Release(dest);
		dest = (LPMAPIFOLDER)obj;
		dest_name = NULL; /* keep SRC's name */
	} else if (hr != MAPI_E_NOT_FOUND) {
		status = print_report(PRINT_OBJ_PROP, dest, hr, "%s '%s'",
				      move ? "mv" : "cp", c->pos[1]);
		goto done;
	}
	hr = IMAPIFolder_CopyFolder(src_parent, eid->Value.bin.cb,
				    (LPENTRYID)eid->Value.bin.lpb, NULL, dest,
				    (LPTSTR)dest_name, 0, NULL,
				    move ? FOLDER_MOVE : COPY_SUBFOLDERS);
	if (FAILED(hr))
		status =
		    print_report(PRINT_OBJ_PROP, src_parent, hr, "%s '%s' '%s'",
				 move ? "mv" : "cp", c->pos[0], c->pos[1]);
done:
	MAPIFreeBuffer(probe);
	MAPIFreeBuffer(eid);
	if (dest != NULL)
		IMAPIFolder_Release(dest);
	IMAPIFolder_Release(src_parent);
	alloc_free(src_buf);
	alloc_free(dest_buf);
	return status;
}

static int run_copy(struct store_ctx *c, bool move)
{
	int status = store_session_open(c, true);

	if (status != 0)
		return status;
	return store_is_hex_eid(c->pos[0]) ? copy_message(c, move)
					   : copy_folder(c, move);
}

int store_cmd_mv(struct store_ctx *c)
{
	return run_copy(c, true);
}

int store_cmd_cp(struct store_ctx *c)
{
	return run_copy(c, false);
}
