/*
 * test_ipmtree.c - HrValidateIPMSubtree over a local store: the minimum
 * and the full set of folders, the array it returns (PR_VALID_FOLDER_MASK,
 * the entry IDs, the Inbox under PROP_TAG(PT_BINARY, PROP_ID_NULL)), and,
 * through a proxy store that hides or damages some of the store's
 * answers, the folders it re-creates, the mask it trusts unless
 * MAPI_FORCE_CREATE, what it records on the store, and bad arguments.
 */
#include <stdarg.h>
#include <stddef.h>
#include <setjmp.h>
#include <stdint.h>
#include <cmocka.h>

#include <stdbool.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <mapiutil.h>
#include <mapix.h>

#include "localstore.h"

#define PR_INBOX_NULL PROP_TAG(PT_BINARY, PROP_ID_NULL)

struct fixture {
	struct localstore ls;
	LPMDB store;
};

static int setup(void **state)
{
	struct fixture *fx = calloc(1, sizeof(*fx));

	if (fx == NULL || localstore_open(&fx->ls, "ipm", 0x21) < 0)
		return -1;
	fx->store = fx->ls.store;
	*state = fx;
	return 0;
}

static int teardown(void **state)
{
	struct fixture *fx = *state;
	int ret = localstore_close(&fx->ls);

	free(fx);
	return ret;
}

/* ------------------------------------------------------------------ */
/* A proxy IMsgStore: the calls HrValidateIPMSubtree makes go through
 * these, which can hide a property, hand out a damaged entry ID, hide the
 * receive folder, and record what is written back. */

struct proxy {
	IMsgStore iface;
	IMsgStoreVtbl vtbl;
	LPMDB real;
	ULONG hide_tag;   /* a store property answered as missing */
	ULONG damage_tag; /* a store property answered with junk */
	bool hide_inbox;  /* GetReceiveFolder answers MAPI_E_NOT_FOUND */
	bool set_mask;    /* PR_VALID_FOLDER_MASK forced to mask */
	ULONG mask;
	ULONG set_tags[8]; /* SetProps calls, in order */
	ULONG nset;
	ULONG set_mask_value;
	bool receive_set;
};

static struct proxy *proxy_of(IMsgStore *This)
{
	return (struct proxy *)This;
}

static HRESULT STDMETHODCALLTYPE p_get_props(IMsgStore *This,
					     LPSPropTagArray tags, ULONG flags,
					     ULONG *count, LPSPropValue *props)
{
	static BYTE junk[] = {0, 0, 0, 0, 1, 2, 3, 4};
	struct proxy *p = proxy_of(This);
	HRESULT hr;
	ULONG i;

	hr = IMsgStore_GetProps(p->real, tags, flags, count, props);
	if (FAILED(hr))
		return hr;
	for (i = 0; i < *count; i++) {
		LPSPropValue pv = &(*props)[i];

		if (pv->ulPropTag == p->hide_tag) {
			pv->ulPropTag =
			    PROP_TAG(PT_ERROR, PROP_ID(p->hide_tag));
			pv->Value.err = MAPI_E_NOT_FOUND;
			hr = MAPI_W_ERRORS_RETURNED;
		} else if (pv->ulPropTag == p->damage_tag) {
			pv->Value.bin.cb = sizeof(junk);
			pv->Value.bin.lpb = junk;
		} else if (pv->ulPropTag == PR_VALID_FOLDER_MASK &&
			   p->set_mask) {
			pv->Value.l = (LONG)p->mask;
		}
	}
	return hr;
}

static HRESULT STDMETHODCALLTYPE p_set_props(IMsgStore *This, ULONG count,
					     LPSPropValue props,
					     LPSPropProblemArray *problems)
{
	struct proxy *p = proxy_of(This);
	ULONG i;

	if (problems != NULL)
		*problems = NULL;
	for (i = 0; i < count; i++) {
		if (p->nset < 8)
			p->set_tags[p->nset++] = props[i].ulPropTag;
		if (props[i].ulPropTag == PR_VALID_FOLDER_MASK)
			p->set_mask_value = (ULONG)props[i].Value.l;
	}
	return S_OK;
}

static HRESULT STDMETHODCALLTYPE p_open_entry(IMsgStore *This, ULONG cb,
					      LPENTRYID eid, LPCIID iid,
					      ULONG flags, ULONG *type,
					      LPUNKNOWN *unk)
{
	return IMsgStore_OpenEntry(proxy_of(This)->real, cb, eid, iid, flags,
				   type, unk);
}

static HRESULT STDMETHODCALLTYPE p_get_receive(IMsgStore *This, LPTSTR cls,
					       ULONG flags, ULONG *cb,
					       LPENTRYID *eid, LPTSTR *explicit)
{
	struct proxy *p = proxy_of(This);

	if (p->hide_inbox)
		return MAPI_E_NOT_FOUND;
	return IMsgStore_GetReceiveFolder(p->real, cls, flags, cb, eid,
					  explicit);
}

static HRESULT STDMETHODCALLTYPE p_set_receive(IMsgStore *This, LPTSTR cls,
					       ULONG flags, ULONG cb,
					       LPENTRYID eid)
{
	(void)cls;
	(void)flags;
	(void)cb;
	(void)eid;
	proxy_of(This)->receive_set = true;
	return S_OK;
}

static void proxy_init(struct proxy *p, LPMDB real)
{
	memset(p, 0, sizeof(*p));
	p->real = real;
	p->vtbl = *real->lpVtbl;
	p->vtbl.GetProps = p_get_props;
	p->vtbl.SetProps = p_set_props;
	p->vtbl.OpenEntry = p_open_entry;
	p->vtbl.GetReceiveFolder = p_get_receive;
	p->vtbl.SetReceiveFolder = p_set_receive;
	p->iface.lpVtbl = &p->vtbl;
}

/* ------------------------------------------------------------------ */

static const SPropValue *find(const SPropValue *v, ULONG n, ULONG tag)
{
	ULONG i;

	for (i = 0; i < n; i++)
		if (v[i].ulPropTag == tag)
			return &v[i];
	return NULL;
}

static bool same_eid(const SPropValue *a, ULONG cb, const void *eid)
{
	return a != NULL && a->Value.bin.cb == cb &&
	       memcmp(a->Value.bin.lpb, eid, cb) == 0;
}

static void assert_store_eid(LPMDB store, const SPropValue *v, ULONG n,
			     ULONG tag)
{
	LPSPropValue pv = NULL;

	assert_int_equal(HrGetOneProp((LPMAPIPROP)store, tag, &pv), S_OK);
	assert_true(
	    same_eid(find(v, n, tag), pv->Value.bin.cb, pv->Value.bin.lpb));
	MAPIFreeBuffer(pv);
}

static void assert_inbox(LPMDB store, const SPropValue *v, ULONG n)
{
	LPENTRYID eid = NULL;
	ULONG cb = 0;

	assert_int_equal(IMsgStore_GetReceiveFolder(store, (LPTSTR) "IPM", 0,
						    &cb, &eid, NULL),
			 S_OK);
	assert_true(same_eid(find(v, n, PR_INBOX_NULL), cb, eid));
	MAPIFreeBuffer(eid);
}

static void assert_opens(LPMDB store, const SPropValue *pv)
{
	LPUNKNOWN unk = NULL;
	ULONG type = 0;

	assert_non_null(pv);
	assert_int_equal(IMsgStore_OpenEntry(store, pv->Value.bin.cb,
					     (LPENTRYID)pv->Value.bin.lpb, NULL,
					     0, &type, &unk),
			 S_OK);
	assert_int_equal(type, MAPI_FOLDER);
	IUnknown_Release(unk);
}

static void test_minimal(void **state)
{
	struct fixture *fx = *state;
	LPSPropValue v = NULL;
	LPMAPIERROR err = NULL;
	ULONG n = 0;

	assert_int_equal(HrValidateIPMSubtree(fx->store, 0, &n, &v, &err),
			 S_OK);
	assert_null(err);
	/* The mask and the three folders of the minimum set. */
	assert_int_equal(n, 4);
	assert_int_equal(v[0].ulPropTag, PR_VALID_FOLDER_MASK);
	assert_int_equal((ULONG)v[0].Value.l & 0x89,
			 FOLDER_IPM_SUBTREE_VALID | FOLDER_FINDER_VALID |
			     FOLDER_IPM_WASTEBASKET_VALID);
	assert_store_eid(fx->store, v, n, PR_IPM_SUBTREE_ENTRYID);
	assert_store_eid(fx->store, v, n, PR_FINDER_ENTRYID);
	assert_store_eid(fx->store, v, n, PR_IPM_WASTEBASKET_ENTRYID);
	assert_null(find(v, n, PR_IPM_OUTBOX_ENTRYID));
	assert_null(find(v, n, PR_INBOX_NULL));
	MAPIFreeBuffer(v);

	/* lppProps may be NULL; lpcValues then too. */
	assert_int_equal(HrValidateIPMSubtree(fx->store, MAPI_FORCE_CREATE,
					      NULL, NULL, NULL),
			 S_OK);
}

static void test_full(void **state)
{
	struct fixture *fx = *state;
	LPSPropValue v = NULL;
	ULONG n = 0, i;

	assert_int_equal(HrValidateIPMSubtree(
			     fx->store, MAPI_FULL_IPM_TREE | MAPI_FORCE_CREATE,
			     &n, &v, NULL),
			 S_OK);
	assert_int_equal(n, 9);
	assert_int_equal(v[0].ulPropTag, PR_VALID_FOLDER_MASK);
	assert_int_equal((ULONG)v[0].Value.l & 0xFF, 0xFF);
	assert_store_eid(fx->store, v, n, PR_IPM_SUBTREE_ENTRYID);
	assert_store_eid(fx->store, v, n, PR_FINDER_ENTRYID);
	assert_store_eid(fx->store, v, n, PR_VIEWS_ENTRYID);
	assert_store_eid(fx->store, v, n, PR_COMMON_VIEWS_ENTRYID);
	assert_store_eid(fx->store, v, n, PR_IPM_WASTEBASKET_ENTRYID);
	assert_store_eid(fx->store, v, n, PR_IPM_OUTBOX_ENTRYID);
	assert_store_eid(fx->store, v, n, PR_IPM_SENTMAIL_ENTRYID);
	assert_inbox(fx->store, v, n);
	for (i = 1; i < n; i++)
		assert_opens(fx->store, &v[i]);
	MAPIFreeBuffer(v);
}

/* A folder the store no longer names, and no Inbox: both are found again
 * by name (OPEN_IF_EXISTS) and written back to the store. */
static void test_recreate(void **state)
{
	struct fixture *fx = *state;
	struct proxy p;
	LPSPropValue v = NULL;
	ULONG n = 0, i;
	bool outbox_set = false;

	proxy_init(&p, fx->store);
	p.hide_tag = PR_IPM_OUTBOX_ENTRYID;
	p.hide_inbox = true;
	p.set_mask = true;
	p.mask = 0xFF & ~(FOLDER_IPM_OUTBOX_VALID | FOLDER_IPM_INBOX_VALID);
	assert_int_equal(
	    HrValidateIPMSubtree(&p.iface, MAPI_FULL_IPM_TREE, &n, &v, NULL),
	    S_OK);
	assert_int_equal(n, 9);
	assert_int_equal((ULONG)v[0].Value.l, 0xFF);
	assert_store_eid(fx->store, v, n, PR_IPM_OUTBOX_ENTRYID);
	assert_inbox(fx->store, v, n);
	assert_true(p.receive_set);
	for (i = 0; i < p.nset; i++)
		outbox_set |= p.set_tags[i] == PR_IPM_OUTBOX_ENTRYID;
	assert_true(outbox_set);
	assert_int_equal(p.set_mask_value, 0xFF);
	MAPIFreeBuffer(v);
}

/* A damaged entry ID is trusted while the mask says it is valid, and
 * replaced under MAPI_FORCE_CREATE or when the mask bit is clear. */
static void test_damaged(void **state)
{
	struct fixture *fx = *state;
	struct proxy p;
	LPSPropValue v = NULL;
	const SPropValue *sent;
	ULONG n = 0;

	proxy_init(&p, fx->store);
	p.damage_tag = PR_IPM_SENTMAIL_ENTRYID;
	assert_int_equal(
	    HrValidateIPMSubtree(&p.iface, MAPI_FULL_IPM_TREE, &n, &v, NULL),
	    S_OK);
	sent = find(v, n, PR_IPM_SENTMAIL_ENTRYID);
	assert_non_null(sent);
	assert_int_equal(sent->Value.bin.cb, 8);
	MAPIFreeBuffer(v);

	assert_int_equal(
	    HrValidateIPMSubtree(
		&p.iface, MAPI_FULL_IPM_TREE | MAPI_FORCE_CREATE, &n, &v, NULL),
	    S_OK);
	assert_store_eid(fx->store, v, n, PR_IPM_SENTMAIL_ENTRYID);
	MAPIFreeBuffer(v);

	p.set_mask = true;
	p.mask = 0xFF & ~FOLDER_IPM_SENTMAIL_VALID;
	assert_int_equal(
	    HrValidateIPMSubtree(&p.iface, MAPI_FULL_IPM_TREE, &n, &v, NULL),
	    S_OK);
	assert_store_eid(fx->store, v, n, PR_IPM_SENTMAIL_ENTRYID);
	MAPIFreeBuffer(v);

	/* Without MAPI_FULL_IPM_TREE, Sent Items is not looked at. */
	assert_int_equal(HrValidateIPMSubtree(&p.iface, 0, &n, &v, NULL), S_OK);
	assert_null(find(v, n, PR_IPM_SENTMAIL_ENTRYID));
	MAPIFreeBuffer(v);
}

static void test_bad_input(void **state)
{
	struct fixture *fx = *state;
	LPSPropValue v = (LPSPropValue)1;
	LPMAPIERROR err = NULL;
	ULONG n = 7;

	assert_int_equal(HrValidateIPMSubtree(NULL, 0, &n, &v, &err),
			 MAPI_E_INVALID_PARAMETER);
	assert_null(v);
	assert_int_equal(n, 0);
	assert_non_null(err);
	assert_non_null(err->lpszError);
	assert_non_null(strstr((const char *)err->lpszError, "lpMDB"));
	MAPIFreeBuffer(err);
	assert_int_equal(HrValidateIPMSubtree(fx->store, 0x100, &n, &v, NULL),
			 MAPI_E_UNKNOWN_FLAGS);
	assert_int_equal(HrValidateIPMSubtree(fx->store, 0, NULL, &v, NULL),
			 MAPI_E_INVALID_PARAMETER);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
	    cmocka_unit_test_setup_teardown(test_minimal, setup, teardown),
	    cmocka_unit_test_setup_teardown(test_full, setup, teardown),
	    cmocka_unit_test_setup_teardown(test_recreate, setup, teardown),
	    cmocka_unit_test_setup_teardown(test_damaged, setup, teardown),
	    cmocka_unit_test_setup_teardown(test_bad_input, setup, teardown),
	};

	return cmocka_run_group_tests(tests, NULL, NULL);
}
