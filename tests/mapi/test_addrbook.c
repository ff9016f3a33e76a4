/*
 * test_addrbook.c - IMAPISession::OpenAddressBook and the address book
 * through the public API: ResolveName of exact, prefix, ambiguous,
 * unknown and SMTP names against principals added to a private
 * directory, the containers and their tables, OpenEntry of resolved
 * entries, CreateOneOff, CompareEntryIDs, bad input, a state directory
 * without a directory, and objects used from another security context.
 */
#include <stdarg.h>
#include <stddef.h>
#include <setjmp.h>
#include <stdint.h>
#include <cmocka.h>

#include <errno.h>
#include <fcntl.h>
#include <limits.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include <mapiguid.h>
#include <mapix.h>
#include <mapixsec.h>
#include <mapiutil.h>
#include <mspst.h>

#include "addrbook.h"
#include "alloc.h"
#include "context.h"
#include "directory.h"
#include "mapitest.h"
#include "ustring.h"

#ifndef AB_NO_DIALOG
#define AB_NO_DIALOG 0x00000001
#endif

static char root_dir[256];
static char state_dir[512];
static char empty_state_dir[512];
static char store_path[512];

static LPMAPISESSION session;
static LPADRBOOK ab;

static int add_user(struct directory *dir, const char *name,
		    const char *display)
{
	struct dir_principal_settings s = {
	    .name = name, .display_name = display, .password = "secret"};

	return directory_add(dir, &s, NULL);
}

static int group_setup(void **state)
{
	struct directory *dir = NULL;
	int ret;

	(void)state;
	if (mapitest_env("ab", root_dir, sizeof(root_dir)) < 0)
		return -1;
	snprintf(state_dir, sizeof(state_dir), "%s/state", root_dir);
	snprintf(empty_state_dir, sizeof(empty_state_dir), "%s/empty",
		 root_dir);
	snprintf(store_path, sizeof(store_path), "%s/store.mapix", root_dir);
	if (mkdir(empty_state_dir, 0711) < 0)
		return -1;
	setenv(DIR_PWHASH_FAST_ENV, "1", 1);

	if (directory_open(NULL, NULL, &dir, NULL) < 0)
		return -1;
	ret = add_user(dir, "alice", "Alice Liddell");
	if (ret == 0)
		ret = add_user(dir, "alfred", "Alfred Pennyworth");
	if (ret == 0)
		ret = add_user(dir, "bob", "Bob Builder");
	if (ret == 0)
		ret = add_user(dir, "carol", "Carol Danvers");
	/* Two principals with one display name. */
	if (ret == 0)
		ret = add_user(dir, "dave1", "Dave Twin");
	if (ret == 0)
		ret = add_user(dir, "dave2", "Dave Twin");
	/* A principal mapped to an OS user who may not read directory.db. */
	if (ret == 0) {
		struct dir_os_identity os = {.uid = 65534, .gid = 65534};
		struct dir_principal_settings s = {
		    .name = "erin", .display_name = "Erin Hunt", .os = &os};

		ret = directory_add(dir, &s, NULL);
	}
	directory_close(&dir);
	if (ret < 0)
		return -1;

	if (MAPIInitialize(NULL) != S_OK)
		return -1;
	if (mapitest_make_profile("Local", store_path) != S_OK)
		return -1;
	if (MAPILogonEx(0, "Local", NULL, MAPI_EXTENDED, &session) != S_OK)
		return -1;
	return IMAPISession_OpenAddressBook(session, 0, NULL, AB_NO_DIALOG,
					    &ab) == S_OK
		   ? 0
		   : -1;
}

static int group_teardown(void **state)
{
	(void)state;
	if (ab != NULL)
		IAddrBook_Release(ab);
	if (session != NULL) {
		IMAPISession_Logoff(session, 0, 0, 0);
		IMAPISession_Release(session);
	}
	MAPIUninitialize();
	mapitest_env_remove(root_dir);
	return 0;
}

/* An address list of one row per name: PR_DISPLAY_NAME (8-bit, or
 * PT_UNICODE when wide) and PR_RECIPIENT_TYPE. */
static LPADRLIST make_list(const char *const *names, ULONG n, bool wide)
{
	LPADRLIST list = NULL;
	ULONG i;

	assert_int_equal(MAPIAllocateBuffer(CbNewADRLIST(n), (LPVOID *)&list),
			 S_OK);
	list->cEntries = n;
	for (i = 0; i < n; i++) {
		LPSPropValue v = NULL;

		assert_int_equal(
		    MAPIAllocateBuffer(2 * sizeof(SPropValue), (LPVOID *)&v),
		    S_OK);
		if (wide) {
			WCHAR *w = ustr_from_utf8(names[i]);
			size_t cb = (ustr_wlen(w) + 1) * sizeof(WCHAR);
			void *copy = NULL;

			assert_int_equal(MAPIAllocateMore((ULONG)cb, v, &copy),
					 S_OK);
			memcpy(copy, w, cb);
			alloc_free(w);
			v[0].ulPropTag = PR_DISPLAY_NAME_W;
			v[0].Value.lpszW = copy;
		} else {
			v[0].ulPropTag = PR_DISPLAY_NAME_A;
			v[0].Value.lpszA = (LPSTR)names[i];
		}
		v[1].ulPropTag = PR_RECIPIENT_TYPE;
		v[1].Value.l = MAPI_TO;
		list->aEntries[i].ulReserved1 = 0;
		list->aEntries[i].cValues = 2;
		list->aEntries[i].rgPropVals = v;
	}
	return list;
}

static LPSPropValue row_prop(LPADRLIST list, ULONG i, ULONG tag)
{
	return PpropFindProp(list->aEntries[i].rgPropVals,
			     list->aEntries[i].cValues, tag);
}

static const char *row_str(LPADRLIST list, ULONG i, ULONG tag)
{
	LPSPropValue v = row_prop(list, i, tag);

	return v != NULL ? v->Value.lpszA : "(missing)";
}

static char *last_error(LPADRBOOK book, HRESULT hr)
{
	static char buf[512];
	LPMAPIERROR err = NULL;

	buf[0] = '\0';
	if (IAddrBook_GetLastError(book, hr, 0, &err) == S_OK && err != NULL) {
		snprintf(buf, sizeof(buf), "%s",
			 err->lpszError != NULL ? (char *)err->lpszError : "");
		MAPIFreeBuffer(err);
	}
	return buf;
}

static void test_resolve(void **state)
{
	static const char *const names[] = {
	    "alice", "Bob", "Alice Liddell", "car", "someone@example.com",
	    "ALFRED"};
	LPADRLIST list = make_list(names, 6, false);
	LPSPropValue v;

	(void)state;
	assert_int_equal(IAddrBook_ResolveName(ab, 0, 0, NULL, list), S_OK);
	assert_string_equal(row_str(list, 0, PR_DISPLAY_NAME_A),
			    "Alice Liddell");
	assert_string_equal(row_str(list, 0, PR_EMAIL_ADDRESS_A), "alice");
	assert_string_equal(row_str(list, 0, PR_ADDRTYPE_A), "MAPIX");
	assert_string_equal(row_str(list, 1, PR_EMAIL_ADDRESS_A), "bob");
	assert_string_equal(row_str(list, 1, PR_DISPLAY_NAME_A), "Bob Builder");
	assert_string_equal(row_str(list, 2, PR_EMAIL_ADDRESS_A), "alice");
	assert_string_equal(row_str(list, 3, PR_EMAIL_ADDRESS_A), "carol");
	assert_string_equal(row_str(list, 4, PR_ADDRTYPE_A), "SMTP");
	assert_string_equal(row_str(list, 4, PR_EMAIL_ADDRESS_A),
			    "someone@example.com");
	assert_string_equal(row_str(list, 5, PR_EMAIL_ADDRESS_A), "alfred");
	for (ULONG i = 0; i < 6; i++) {
		assert_non_null(row_prop(list, i, PR_ENTRYID));
		v = row_prop(list, i, PR_OBJECT_TYPE);
		assert_non_null(v);
		assert_int_equal(v->Value.l, MAPI_MAILUSER);
		v = row_prop(list, i, PR_DISPLAY_TYPE);
		assert_non_null(v);
		assert_int_equal(v->Value.l, DT_MAILUSER);
		assert_non_null(row_prop(list, i, PR_SEARCH_KEY));
		/* The caller's other properties stay. */
		v = row_prop(list, i, PR_RECIPIENT_TYPE);
		assert_non_null(v);
		assert_int_equal(v->Value.l, MAPI_TO);
	}
	v = row_prop(list, 0, PR_SEARCH_KEY);
	assert_int_equal(v->Value.bin.cb, sizeof("MAPIX:ALICE"));
	assert_memory_equal(v->Value.bin.lpb, "MAPIX:ALICE",
			    sizeof("MAPIX:ALICE"));
	/* A second pass leaves resolved rows alone. */
	assert_int_equal(IAddrBook_ResolveName(ab, 0, 0, NULL, list), S_OK);
	assert_string_equal(row_str(list, 0, PR_EMAIL_ADDRESS_A), "alice");
	FreePadrlist(list);
}

static void test_resolve_failures(void **state)
{
	static const char *const amb[] = {"al", "bob"};
	static const char *const twins[] = {"dave twin"};
	static const char *const none[] = {"zed", "bob"};
	LPADRLIST list;

	(void)state;
	/* "al": alice and alfred.  bob still resolves. */
	list = make_list(amb, 2, false);
	assert_int_equal(IAddrBook_ResolveName(ab, 0, 0, NULL, list),
			 MAPI_E_AMBIGUOUS_RECIP);
	assert_int_equal(list->aEntries[0].cValues, 2);
	assert_null(row_prop(list, 0, PR_ENTRYID));
	assert_string_equal(row_str(list, 0, PR_DISPLAY_NAME_A), "al");
	assert_string_equal(row_str(list, 1, PR_EMAIL_ADDRESS_A), "bob");
	assert_non_null(strstr(last_error(ab, MAPI_E_AMBIGUOUS_RECIP), "al"));
	FreePadrlist(list);

	/* One display name, two principals: ambiguous even when exact. */
	list = make_list(twins, 1, false);
	assert_int_equal(IAddrBook_ResolveName(ab, 0, 0, NULL, list),
			 MAPI_E_AMBIGUOUS_RECIP);
	assert_null(row_prop(list, 0, PR_ENTRYID));
	FreePadrlist(list);

	list = make_list(none, 2, false);
	assert_int_equal(IAddrBook_ResolveName(ab, 0, 0, NULL, list),
			 MAPI_E_NOT_FOUND);
	assert_int_equal(list->aEntries[0].cValues, 2);
	assert_null(row_prop(list, 0, PR_ENTRYID));
	assert_string_equal(row_str(list, 0, PR_DISPLAY_NAME_A), "zed");
	assert_non_null(row_prop(list, 1, PR_ENTRYID));
	assert_non_null(strstr(last_error(ab, MAPI_E_NOT_FOUND), "zed"));
	FreePadrlist(list);
}

static void test_resolve_unicode(void **state)
{
	static const char *const names[] = {"Carol D", "x@example.org"};
	LPADRLIST list = make_list(names, 2, true);
	LPSPropValue v;
	char *s;

	(void)state;
	assert_int_equal(IAddrBook_ResolveName(ab, 0, MAPI_UNICODE, NULL, list),
			 S_OK);
	v = row_prop(list, 0, PR_DISPLAY_NAME_W);
	assert_non_null(v);
	s = ustr_to_utf8(v->Value.lpszW);
	assert_string_equal(s, "Carol Danvers");
	alloc_free(s);
	assert_null(row_prop(list, 0, PR_DISPLAY_NAME_A));
	v = row_prop(list, 1, PROP_TAG(PT_UNICODE, PROP_ID(PR_ADDRTYPE)));
	assert_non_null(v);
	s = ustr_to_utf8(v->Value.lpszW);
	assert_string_equal(s, "SMTP");
	alloc_free(s);
	FreePadrlist(list);
}

static ULONG row_long(const SRow *row, ULONG tag)
{
	LPSPropValue v = PpropFindProp(row->lpProps, row->cValues, tag);

	assert_non_null(v);
	return (ULONG)v->Value.l;
}

static void test_containers(void **state)
{
	static const char *const expect[] = {"alfred", "alice", "bob", "carol",
					     "dave1",  "dave2", "erin"};
	LPABCONT root = NULL, dir = NULL;
	LPMAPITABLE table = NULL;
	LPSRowSet rows = NULL, path = NULL;
	LPENTRYID eid = NULL;
	ULONG cb = 0, type = 0, i, same = 0;
	LPSPropValue v;

	(void)state;
	assert_int_equal(IAddrBook_OpenEntry(ab, 0, NULL, NULL, 0, &type,
					     (LPUNKNOWN *)&root),
			 S_OK);
	assert_int_equal(type, MAPI_ABCONT);
	assert_int_equal(IABContainer_GetHierarchyTable(root, 0, &table), S_OK);
	assert_int_equal(IMAPITable_QueryRows(table, 10, 0, &rows), S_OK);
	assert_int_equal(rows->cRows, 1);
	assert_int_equal(row_long(&rows->aRow[0], PR_OBJECT_TYPE), MAPI_ABCONT);
	assert_int_equal(IAddrBook_GetDefaultDir(ab, &cb, &eid), S_OK);
	v = PpropFindProp(rows->aRow[0].lpProps, rows->aRow[0].cValues,
			  PR_ENTRYID);
	assert_non_null(v);
	assert_int_equal(IAddrBook_CompareEntryIDs(ab, cb, eid, v->Value.bin.cb,
						   (LPENTRYID)v->Value.bin.lpb,
						   0, &same),
			 S_OK);
	assert_true(same);
	FreeProws(rows);
	IMAPITable_Release(table);
	/* The root holds no recipients itself. */
	assert_int_equal(IABContainer_GetContentsTable(root, 0, &table), S_OK);
	assert_int_equal(IMAPITable_QueryRows(table, 10, 0, &rows), S_OK);
	assert_int_equal(rows->cRows, 0);
	FreeProws(rows);
	IMAPITable_Release(table);
	IABContainer_Release(root);

	assert_int_equal(IAddrBook_GetSearchPath(ab, 0, &path), S_OK);
	assert_int_equal(path->cRows, 1);
	FreeProws(path);

	assert_int_equal(IAddrBook_OpenEntry(ab, cb, eid, &IID_IABContainer, 0,
					     &type, (LPUNKNOWN *)&dir),
			 S_OK);
	assert_int_equal(type, MAPI_ABCONT);
	assert_int_equal(IABContainer_GetHierarchyTable(dir, 0, &table), S_OK);
	assert_int_equal(IMAPITable_QueryRows(table, 10, 0, &rows), S_OK);
	assert_int_equal(rows->cRows, 0);
	FreeProws(rows);
	IMAPITable_Release(table);
	assert_int_equal(IABContainer_GetContentsTable(dir, 0, &table), S_OK);
	assert_int_equal(IMAPITable_QueryRows(table, 100, 0, &rows), S_OK);
	assert_int_equal(rows->cRows, 7);
	for (i = 0; i < rows->cRows; i++) {
		SRow *row = &rows->aRow[i];

		v = PpropFindProp(row->lpProps, row->cValues,
				  PR_EMAIL_ADDRESS_A);
		assert_non_null(v);
		assert_string_equal(v->Value.lpszA, expect[i]);
		v = PpropFindProp(row->lpProps, row->cValues, PR_ADDRTYPE_A);
		assert_non_null(v);
		assert_string_equal(v->Value.lpszA, "MAPIX");
		assert_int_equal(row_long(row, PR_OBJECT_TYPE), MAPI_MAILUSER);
		assert_int_equal(row_long(row, PR_DISPLAY_TYPE), DT_MAILUSER);
		assert_non_null(
		    PpropFindProp(row->lpProps, row->cValues, PR_ENTRYID));
		assert_non_null(
		    PpropFindProp(row->lpProps, row->cValues, PR_INSTANCE_KEY));
	}
	FreeProws(rows);
	IMAPITable_Release(table);

	/* The container resolves too (flags per row, S_OK). */
	{
		static const char *const names[] = {"bo", "al", "nobody"};
		LPADRLIST list = make_list(names, 3, false);
		LPFlagList flags = NULL;

		assert_int_equal(
		    MAPIAllocateBuffer(CbNewFlagList(3), (LPVOID *)&flags),
		    S_OK);
		flags->cFlags = 3;
		for (i = 0; i < 3; i++)
			flags->ulFlag[i] = MAPI_UNRESOLVED;
		assert_int_equal(
		    IABContainer_ResolveNames(dir, NULL, 0, list, flags), S_OK);
		assert_int_equal(flags->ulFlag[0], MAPI_RESOLVED);
		assert_int_equal(flags->ulFlag[1], MAPI_AMBIGUOUS);
		assert_int_equal(flags->ulFlag[2], MAPI_UNRESOLVED);
		assert_string_equal(row_str(list, 0, PR_EMAIL_ADDRESS_A),
				    "bob");
		MAPIFreeBuffer(flags);
		FreePadrlist(list);
	}
	IABContainer_Release(dir);
	MAPIFreeBuffer(eid);
}

static void test_open_entry(void **state)
{
	static const char *const names[] = {"alice"};
	LPADRLIST list = make_list(names, 1, false);
	LPSPropValue e, props = NULL;
	LPMAILUSER user = NULL;
	SizedSPropTagArray(3, tags) = {
	    3, {PR_DISPLAY_NAME_W, PR_EMAIL_ADDRESS_A, PR_BODY_A}};
	SPropValue set;
	ULONG type = 0, n = 0;
	char *s;

	(void)state;
	assert_int_equal(IAddrBook_ResolveName(ab, 0, 0, NULL, list), S_OK);
	e = row_prop(list, 0, PR_ENTRYID);
	assert_non_null(e);
	assert_int_equal(IAddrBook_OpenEntry(
			     ab, e->Value.bin.cb, (LPENTRYID)e->Value.bin.lpb,
			     NULL, MAPI_BEST_ACCESS, &type, (LPUNKNOWN *)&user),
			 S_OK);
	assert_int_equal(type, MAPI_MAILUSER);
	assert_int_equal(
	    IMailUser_GetProps(user, (LPSPropTagArray)&tags, 0, &n, &props),
	    MAPI_W_ERRORS_RETURNED);
	assert_int_equal(n, 3);
	assert_int_equal(props[0].ulPropTag, PR_DISPLAY_NAME_W);
	s = ustr_to_utf8(props[0].Value.lpszW);
	assert_string_equal(s, "Alice Liddell");
	alloc_free(s);
	assert_string_equal(props[1].Value.lpszA, "alice");
	assert_int_equal(PROP_TYPE(props[2].ulPropTag), PT_ERROR);
	MAPIFreeBuffer(props);
	/* All properties: strings 8-bit without MAPI_UNICODE. */
	assert_int_equal(IMailUser_GetProps(user, NULL, 0, &n, &props), S_OK);
	assert_non_null(PpropFindProp(props, n, PR_ACCOUNT_A));
	assert_null(PpropFindProp(props, n, PR_DISPLAY_NAME_W));
	e = PpropFindProp(props, n, PR_ENTRYID);
	assert_non_null(e);
	assert_int_equal(e->Value.bin.cb,
			 row_prop(list, 0, PR_ENTRYID)->Value.bin.cb);
	MAPIFreeBuffer(props);
	/* Read-only. */
	set.ulPropTag = PR_DISPLAY_NAME_A;
	set.Value.lpszA = "Mallory";
	assert_int_equal(IMailUser_SetProps(user, 1, &set, NULL),
			 MAPI_E_NO_ACCESS);
	IMailUser_Release(user);
	/* Read-only, and the wrong interface. */
	e = row_prop(list, 0, PR_ENTRYID);
	assert_int_equal(IAddrBook_OpenEntry(
			     ab, e->Value.bin.cb, (LPENTRYID)e->Value.bin.lpb,
			     NULL, MAPI_MODIFY, &type, (LPUNKNOWN *)&user),
			 MAPI_E_NO_ACCESS);
	assert_int_equal(IAddrBook_OpenEntry(
			     ab, e->Value.bin.cb, (LPENTRYID)e->Value.bin.lpb,
			     &IID_IABContainer, 0, &type, (LPUNKNOWN *)&user),
			 MAPI_E_INTERFACE_NOT_SUPPORTED);
	assert_null(user);
	FreePadrlist(list);
}

static void test_one_off(void **state)
{
	LPENTRYID e1 = NULL, e2 = NULL, id = NULL;
	ULONG c1 = 0, c2 = 0, cid = 0, type = 0, n = 0, same = 0;
	LPMAILUSER user = NULL;
	LPSPropValue props = NULL, v;
	WCHAR *wname = ustr_from_utf8("Zoë Example");
	WCHAR *wtype = ustr_from_utf8("SMTP");
	WCHAR *waddr = ustr_from_utf8("ZOE@example.com");

	(void)state;
	assert_int_equal(
	    IAddrBook_CreateOneOff(ab, (LPTSTR) "Zoë Example", (LPTSTR) "SMTP",
				   (LPTSTR) "zoe@example.com", 0, &c1, &e1),
	    S_OK);
	assert_int_equal(IAddrBook_CreateOneOff(ab, (LPTSTR)wname,
						(LPTSTR)wtype, (LPTSTR)waddr,
						MAPI_UNICODE, &c2, &e2),
			 S_OK);
	assert_int_not_equal(c1, c2);
	/* SMTP addresses compare without regard to case. */
	assert_int_equal(
	    IAddrBook_CompareEntryIDs(ab, c1, e1, c2, e2, 0, &same), S_OK);
	assert_true(same);
	MAPIFreeBuffer(e2);
	e2 = NULL;
	assert_int_equal(IAddrBook_OpenEntry(ab, c1, e1, &IID_IMailUser, 0,
					     &type, (LPUNKNOWN *)&user),
			 S_OK);
	assert_int_equal(type, MAPI_MAILUSER);
	assert_int_equal(IMailUser_GetProps(user, NULL, 0, &n, &props), S_OK);
	v = PpropFindProp(props, n, PR_DISPLAY_NAME_A);
	assert_non_null(v);
	assert_string_equal(v->Value.lpszA, "Zoë Example");
	v = PpropFindProp(props, n, PR_ADDRTYPE_A);
	assert_string_equal(v->Value.lpszA, "SMTP");
	v = PpropFindProp(props, n, PR_EMAIL_ADDRESS_A);
	assert_string_equal(v->Value.lpszA, "zoe@example.com");
	v = PpropFindProp(props, n, PR_ENTRYID);
	assert_int_equal(v->Value.bin.cb, c1);
	assert_memory_equal(v->Value.bin.lpb, e1, c1);
	MAPIFreeBuffer(props);
	IMailUser_Release(user);

	/* The session's identity is a one-off the address book opens. */
	assert_int_equal(IMAPISession_QueryIdentity(session, &cid, &id), S_OK);
	assert_int_equal(IAddrBook_OpenEntry(ab, cid, id, NULL, 0, &type,
					     (LPUNKNOWN *)&user),
			 S_OK);
	assert_int_equal(IMailUser_GetProps(user, NULL, 0, &n, &props), S_OK);
	v = PpropFindProp(props, n, PR_ADDRTYPE_A);
	assert_string_equal(v->Value.lpszA, "MAPIX");
	MAPIFreeBuffer(props);
	IMailUser_Release(user);
	assert_int_equal(
	    IAddrBook_CompareEntryIDs(ab, c1, e1, cid, id, 0, &same), S_OK);
	assert_false(same);

	/* Bad one-offs. */
	assert_int_equal(IAddrBook_CreateOneOff(ab, (LPTSTR) "x", (LPTSTR) "",
						(LPTSTR) "a@b", 0, &c2, &e2),
			 MAPI_E_INVALID_PARAMETER);
	assert_int_equal(IAddrBook_CreateOneOff(ab, (LPTSTR) "x", NULL,
						(LPTSTR) "a@b", 0, &c2, &e2),
			 MAPI_E_INVALID_PARAMETER);
	assert_int_equal(IAddrBook_OpenEntry(ab, c1 - 1, e1, NULL, 0, &type,
					     (LPUNKNOWN *)&user),
			 MAPI_E_INVALID_ENTRYID);
	MAPIFreeBuffer(e1);
	MAPIFreeBuffer(id);
	alloc_free(wname);
	alloc_free(wtype);
	alloc_free(waddr);
}

static void test_bad_input(void **state)
{
	static const BYTE garbage[40] = {0, 0, 0, 0, 1, 2, 3, 4, 5, 6};
	static const BYTE ab_uid[16] = {0xC9, 0xAF, 0x1A, 0x05, 0x7E, 0xF6,
					0x42, 0xA3, 0x83, 0x30, 0xA7, 0x00,
					0x81, 0x35, 0x85, 0x5E};
	BYTE bad[40] = {0};
	LPADRBOOK other = NULL;
	LPUNKNOWN unk = NULL;
	ULONG type = 0, same = 0, cb;
	HRESULT hr;

	(void)state;
	assert_int_equal(
	    IMAPISession_OpenAddressBook(session, 0, NULL, 0, NULL),
	    MAPI_E_INVALID_PARAMETER);
	assert_int_equal(
	    IMAPISession_OpenAddressBook(session, 0, &IID_IMsgStore, 0, &other),
	    MAPI_E_INTERFACE_NOT_SUPPORTED);
	assert_null(other);
	assert_int_equal(IAddrBook_ResolveName(ab, 0, 0, NULL, NULL),
			 MAPI_E_INVALID_PARAMETER);
	assert_int_equal(IAddrBook_OpenEntry(ab, 0, NULL, NULL, 0, NULL, &unk),
			 MAPI_E_INVALID_PARAMETER);
	assert_int_equal(IAddrBook_OpenEntry(ab, 3, (LPENTRYID)garbage, NULL, 0,
					     &type, &unk),
			 MAPI_E_INVALID_ENTRYID);
	assert_int_equal(IAddrBook_OpenEntry(ab, sizeof(garbage),
					     (LPENTRYID)garbage, NULL, 0, &type,
					     &unk),
			 MAPI_E_UNKNOWN_ENTRYID);
	assert_int_equal(IAddrBook_CompareEntryIDs(
			     ab, sizeof(garbage), (LPENTRYID)garbage,
			     sizeof(garbage), (LPENTRYID)garbage, 0, &same),
			 MAPI_E_UNKNOWN_ENTRYID);
	/* Ours, with a bad type, then a mail user nobody is. */
	memcpy(bad + 4, ab_uid, 16);
	bad[20] = 1;
	bad[21] = 9;
	assert_int_equal(
	    IAddrBook_OpenEntry(ab, 24, (LPENTRYID)bad, NULL, 0, &type, &unk),
	    MAPI_E_INVALID_ENTRYID);
	bad[21] = 2;
	memcpy(bad + 24, "nobody", 7);
	cb = 31;
	hr = IAddrBook_OpenEntry(ab, cb, (LPENTRYID)bad, NULL, 0, &type, &unk);
	assert_int_equal(hr, MAPI_E_NOT_FOUND);
	assert_non_null(strstr(last_error(ab, hr), "nobody"));
	/* Unterminated name. */
	assert_int_equal(
	    IAddrBook_OpenEntry(ab, 30, (LPENTRYID)bad, NULL, 0, &type, &unk),
	    MAPI_E_INVALID_ENTRYID);
	assert_null(unk);
	assert_int_equal(
	    IAddrBook_OpenEntry(ab, 0, NULL, NULL, 0x40000000, &type, &unk),
	    MAPI_E_UNKNOWN_FLAGS);
	/* No UI, ever. */
	assert_int_equal(IAddrBook_Address(ab, NULL, NULL, &(LPADRLIST){NULL}),
			 MAPI_E_NO_SUPPORT);
	assert_int_equal(IAddrBook_Details(ab, NULL, NULL, NULL, 0, NULL, NULL,
					   NULL, NULL, 0),
			 MAPI_E_NO_SUPPORT);
	assert_int_equal(
	    IAddrBook_NewEntry(ab, 0, 0, 0, NULL, 0, NULL, NULL, NULL),
	    MAPI_E_NO_SUPPORT);
	assert_int_equal(
	    IAddrBook_Advise(ab, 0, NULL, 0, NULL, &(ULONG_PTR){0}),
	    MAPI_E_NO_SUPPORT);
	/* Named properties are not offered. */
	{
		MAPINAMEID nm = {(LPGUID)&PS_PUBLIC_STRINGS, MNID_ID, {1}};
		LPMAPINAMEID pn = &nm;
		LPSPropTagArray tags = NULL;

		assert_int_equal(
		    IAddrBook_GetIDsFromNames(ab, 1, &pn, 0, &tags),
		    MAPI_E_NO_SUPPORT);
		assert_null(tags);
	}
}

/* PrepareRecips fills rows that carry a directory entry ID; the address
 * book itself is an IMAPIProp of type MAPI_ADDRBOOK. */
static void test_prepare_recips(void **state)
{
	static const char *const names[] = {"carol", "zed"};
	LPADRLIST list = make_list(names, 2, false);
	LPSPropValue e, v, props = NULL;
	SizedSPropTagArray(1, tags) = {1, {PR_OBJECT_TYPE}};
	ULONG n = 0;

	(void)state;
	assert_int_equal(IAddrBook_ResolveName(ab, 0, 0, NULL, list),
			 MAPI_E_NOT_FOUND);
	/* Keep only carol's entry ID (and the recipient type). */
	e = row_prop(list, 0, PR_ENTRYID);
	assert_non_null(e);
	list->aEntries[0].rgPropVals[0] = *e;
	list->aEntries[0].rgPropVals[1] = *row_prop(list, 0, PR_RECIPIENT_TYPE);
	list->aEntries[0].cValues = 2;
	assert_null(row_prop(list, 0, PR_EMAIL_ADDRESS_A));
	assert_int_equal(IAddrBook_PrepareRecips(ab, 0, NULL, list), S_OK);
	assert_string_equal(row_str(list, 0, PR_EMAIL_ADDRESS_A), "carol");
	assert_string_equal(row_str(list, 0, PR_DISPLAY_NAME_A),
			    "Carol Danvers");
	v = row_prop(list, 0, PR_RECIPIENT_TYPE);
	assert_non_null(v);
	assert_int_equal(v->Value.l, MAPI_TO);
	/* The unresolved row is left alone. */
	assert_int_equal(list->aEntries[1].cValues, 2);
	assert_int_equal(IAddrBook_PrepareRecips(ab, 0, NULL, NULL),
			 MAPI_E_INVALID_PARAMETER);
	FreePadrlist(list);

	assert_int_equal(
	    IAddrBook_GetProps(ab, (LPSPropTagArray)&tags, 0, &n, &props),
	    S_OK);
	assert_int_equal(n, 1);
	assert_int_equal(props[0].Value.l, MAPI_ADDRBOOK);
	MAPIFreeBuffer(props);
}

/* A state directory without a directory: an empty directory container,
 * one-offs still resolve, and the message says why. */
static void test_no_directory(void **state)
{
	static const char *const names[] = {"alice", "mail@example.com"};
	LPADRLIST list = make_list(names, 2, false);
	LPABCONT dir = NULL;
	LPMAPITABLE table = NULL;
	LPSRowSet rows = NULL;
	LPENTRYID eid = NULL;
	ULONG cb = 0, type = 0;
	char msg[1024];

	(void)state;
	setenv("MAPIX_STATE_DIR", empty_state_dir, 1);
	assert_int_equal(IAddrBook_ResolveName(ab, 0, 0, NULL, list),
			 MAPI_E_NOT_FOUND);
	snprintf(msg, sizeof(msg), "%s", last_error(ab, MAPI_E_NOT_FOUND));
	assert_non_null(strstr(msg, "no directory"));
	assert_null(row_prop(list, 0, PR_ENTRYID));
	assert_string_equal(row_str(list, 1, PR_ADDRTYPE_A), "SMTP");
	assert_int_equal(IAddrBook_GetDefaultDir(ab, &cb, &eid), S_OK);
	assert_int_equal(
	    IAddrBook_OpenEntry(ab, cb, eid, NULL, 0, &type, (LPUNKNOWN *)&dir),
	    S_OK);
	assert_int_equal(IABContainer_GetContentsTable(dir, 0, &table), S_OK);
	assert_int_equal(IMAPITable_QueryRows(table, 10, 0, &rows), S_OK);
	assert_int_equal(rows->cRows, 0);
	FreeProws(rows);
	IMAPITable_Release(table);
	IABContainer_Release(dir);
	MAPIFreeBuffer(eid);
	setenv("MAPIX_STATE_DIR", state_dir, 1);
	/* Nothing was created there. */
	snprintf(msg, sizeof(msg), "%s/directory.db", empty_state_dir);
	assert_int_not_equal(access(msg, F_OK), 0);
	FreePadrlist(list);
}

/*
 * A root service acting for a user with her kernel credentials: she may
 * not read directory.db, yet her address book resolves names (the
 * directory is read with the process's credentials).
 */
static void test_acting_for_user(void **state)
{
	static const char *const names[] = {"alice"};
	LPADRLIST list;
	LPMAPIXTOKEN token = NULL;
	LPADRBOOK book = NULL;
	char db[1024];
	int fd;

	(void)state;
	if (geteuid() != 0)
		skip();
	snprintf(db, sizeof(db), "%s/directory.db", state_dir);
	assert_int_equal(MapixTokenForUser("erin", 0, &token), S_OK);
	assert_int_equal(MapixImpersonate(token), S_OK);
	fd = open(db, O_RDONLY);
	if (fd >= 0)
		close(fd);
	assert_true(fd < 0);
	assert_int_equal(MAPIInitialize(NULL), S_OK);
	assert_int_equal(addrbook_new(&book), S_OK);
	list = make_list(names, 1, false);
	assert_int_equal(IAddrBook_ResolveName(book, 0, 0, NULL, list), S_OK);
	assert_string_equal(row_str(list, 0, PR_EMAIL_ADDRESS_A), "alice");
	FreePadrlist(list);
	IAddrBook_Release(book);
	MAPIUninitialize();
	assert_int_equal(MapixRevertToSelf(), S_OK);
	MapixCloseToken(token);
}

static void test_other_context(void **state)
{
	static const char *const names[] = {"bob"};
	LPADRLIST list = make_list(names, 1, false);
	struct context *ctx = NULL;
	LPMAPIXTOKEN token = NULL;
	LPABCONT root = NULL;
	LPMAPITABLE table = NULL;
	ULONG type = 0;

	(void)state;
	assert_int_equal(IAddrBook_OpenEntry(ab, 0, NULL, NULL, 0, &type,
					     (LPUNKNOWN *)&root),
			 S_OK);
	assert_int_equal(context_get("intruder", NULL, &ctx), 0);
	assert_int_equal(context_token_new(ctx, MAPIX_LOGON_LOGICAL, &token),
			 0);
	context_unref(&ctx);
	assert_int_equal(MapixImpersonate(token), S_OK);
	assert_int_equal(MAPIInitialize(NULL), S_OK);
	assert_int_equal(IAddrBook_ResolveName(ab, 0, 0, NULL, list),
			 MAPI_E_NO_ACCESS);
	assert_int_equal(IABContainer_GetHierarchyTable(root, 0, &table),
			 MAPI_E_NO_ACCESS);
	assert_int_equal(IMAPISession_OpenAddressBook(session, 0, NULL, 0,
						      &(LPADRBOOK){NULL}),
			 MAPI_E_NO_ACCESS);
	assert_int_equal(IAddrBook_Release(ab), 0);
	MAPIUninitialize();
	assert_int_equal(MapixRevertToSelf(), S_OK);
	MapixCloseToken(token);
	/* Left intact. */
	assert_null(row_prop(list, 0, PR_ENTRYID));
	assert_int_equal(IAddrBook_ResolveName(ab, 0, 0, NULL, list), S_OK);
	assert_string_equal(row_str(list, 0, PR_EMAIL_ADDRESS_A), "bob");
	assert_int_equal(IABContainer_GetHierarchyTable(root, 0, &table), S_OK);
	IMAPITable_Release(table);
	IABContainer_Release(root);
	FreePadrlist(list);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
	    cmocka_unit_test(test_resolve),
	    cmocka_unit_test(test_resolve_failures),
	    cmocka_unit_test(test_resolve_unicode),
	    cmocka_unit_test(test_containers),
	    cmocka_unit_test(test_open_entry),
	    cmocka_unit_test(test_one_off),
	    cmocka_unit_test(test_bad_input),
	    cmocka_unit_test(test_prepare_recips),
	    cmocka_unit_test(test_no_directory),
	    cmocka_unit_test(test_acting_for_user),
	    cmocka_unit_test(test_other_context),
	};

	return cmocka_run_group_tests(tests, group_setup, group_teardown);
}
