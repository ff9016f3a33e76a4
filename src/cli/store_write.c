/*
 * store_write.c - the store commands that write messages (store.h):
 * `put`, a new message from the command line (subject, body, sender,
 * recipients, any property by --set, named properties, attachments
 * streamed from files), and `rm`, deleting messages by entry ID.
 */
#include <errno.h>
#include <stdbool.h>
#include <stdio.h>
#include <string.h>
#include <time.h>

#include <mapidefs.h>
#include <mapiguid.h>
#include <mapitags.h>
#include <mapiutil.h>
#include <mapix.h>

#include "alloc.h"
#include "cli.h"
#include "print.h"
#include "query.h"
#include "store.h"
#include "ustring.h"

/* ---------------------------------------------------------------------
 * put
 */

/* A UTF-8 string property, in memory hung from base (NULL: a root
 * buffer of its own, for MAPIFreeBuffer). */
static HRESULT set_string(SPropValue *p, ULONG tag, const char *s, void *base)
{
	WCHAR *w = ustr_from_utf8(s);
	size_t len;
	HRESULT hr;

	if (w == NULL)
		return MAPI_E_NOT_ENOUGH_MEMORY;
	len = (ustr_wlen(w) + 1) * sizeof(WCHAR);
	hr = MAPIAllocateMore((ULONG)len, base, (LPVOID *)&p->Value.lpszW);
	if (SUCCEEDED(hr)) {
		memcpy(p->Value.lpszW, w, len);
		p->ulPropTag = tag;
	}
	alloc_free(w);
	return hr;
}

/* The recipients of --to, each an SMTP address. */
static HRESULT put_recipients(struct store_ctx *c, LPMESSAGE msg)
{
	LPADRLIST list = NULL;
	HRESULT hr;
	int i;

	hr = MAPIAllocateBuffer(CbNewADRLIST(c->nto), (LPVOID *)&list);
	if (FAILED(hr))
		return hr;
	list->cEntries = 0;
	for (i = 0; i < c->nto && SUCCEEDED(hr); i++) {
		LPSPropValue p = NULL;
		ADRENTRY *e = &list->aEntries[i];

		hr = MAPIAllocateBuffer(4 * sizeof(SPropValue), (LPVOID *)&p);
		if (FAILED(hr))
			break;
		memset(p, 0, 4 * sizeof(SPropValue));
		e->ulReserved1 = 0;
		e->cValues = 4;
		e->rgPropVals = p;
		list->cEntries++;
		hr = set_string(&p[0], PR_DISPLAY_NAME_W, c->to[i], p);
		if (SUCCEEDED(hr))
			hr = set_string(&p[1], PR_EMAIL_ADDRESS_W, c->to[i], p);
		if (SUCCEEDED(hr))
			hr = set_string(&p[2], PR_ADDRTYPE_W, "SMTP", p);
		p[3].ulPropTag = PR_RECIPIENT_TYPE;
		p[3].Value.l = MAPI_TO;
	}
	if (SUCCEEDED(hr))
		hr = IMessage_ModifyRecipients(msg, MODRECIP_ADD, list);
	FreePadrlist(list);
	return hr;
}

/*
 * --named NAME=TEXT: a string property named NAME in PS_PUBLIC_STRINGS,
 * its tag mapped (and created) with GetIDsFromNames.
 */
static HRESULT put_named(LPMESSAGE msg, const char *arg)
{
	const char *eq = strchr(arg, '=');
	LPSPropTagArray tags = NULL;
	MAPINAMEID nm, *names[1] = {&nm};
	SPropValue v;
	char *name;
	HRESULT hr;

	name = alloc_memdup(arg, (size_t)(eq - arg) + 1);
	if (name == NULL)
		return MAPI_E_NOT_ENOUGH_MEMORY;
	name[eq - arg] = '\0';
	nm.lpguid = (LPGUID)&PS_PUBLIC_STRINGS;
	nm.ulKind = MNID_STRING;
	nm.Kind.lpwstrName = ustr_from_utf8(name);
	alloc_free(name);
	if (nm.Kind.lpwstrName == NULL)
		return MAPI_E_NOT_ENOUGH_MEMORY;
	hr = IMessage_GetIDsFromNames(msg, 1, names, MAPI_CREATE, &tags);
	alloc_free(nm.Kind.lpwstrName);
	if (hr == S_OK && PROP_TYPE(tags->aulPropTag[0]) == PT_ERROR)
		hr = MAPI_E_NOT_FOUND;
	if (hr != S_OK) {
		MAPIFreeBuffer(tags);
		return FAILED(hr) ? hr : MAPI_E_CALL_FAILED;
	}
	v.ulPropTag = PROP_TAG(PT_UNICODE, PROP_ID(tags->aulPropTag[0]));
	v.Value.lpszW = ustr_from_utf8(eq + 1);
	MAPIFreeBuffer(tags);
	if (v.Value.lpszW == NULL)
		return MAPI_E_NOT_ENOUGH_MEMORY;
	hr = IMessage_SetProps(msg, 1, &v, NULL);
	alloc_free(v.Value.lpszW);
	return hr;
}

/*
 * --attach FILE: an attachment by value named after the file, its bytes
 * written through OpenProperty(PR_ATTACH_DATA_BIN, IID_IStream) as a
 * program would stream a large file.  MAPI_E_NOT_FOUND when the file
 * cannot be read.
 */
static HRESULT put_attachment(LPMESSAGE msg, const char *path)
{
	const char *base = strrchr(path, '/');
	LPATTACH att = NULL;
	LPSTREAM stream = NULL;
	SPropValue props[2];
	ULONG num = 0, written;
	char chunk[65536];
	size_t got;
	HRESULT hr;
	FILE *f;

	f = fopen(path, "rb");
	if (f == NULL)
		return MAPI_E_NOT_FOUND;
	hr = IMessage_CreateAttach(msg, NULL, 0, &num, &att);
	if (FAILED(hr)) {
		fclose(f);
		return hr;
	}
	props[0].ulPropTag = PR_ATTACH_METHOD;
	props[0].Value.l = ATTACH_BY_VALUE;
	hr = set_string(&props[1], PR_ATTACH_FILENAME_W,
			base != NULL ? base + 1 : path, NULL);
	if (SUCCEEDED(hr)) {
		hr = IAttach_SetProps(att, 2, props, NULL);
		MAPIFreeBuffer(props[1].Value.lpszW);
	}
	if (SUCCEEDED(hr))
		hr = IAttach_OpenProperty(att, PR_ATTACH_DATA_BIN, &IID_IStream,
					  0, MAPI_CREATE | MAPI_MODIFY,
					  (LPUNKNOWN *)&stream);
	while (SUCCEEDED(hr) && (got = fread(chunk, 1, sizeof(chunk), f)) > 0)
		hr = IStream_Write(stream, chunk, (ULONG)got, &written);
	if (SUCCEEDED(hr) && ferror(f))
		hr = MAPI_E_NOT_FOUND;
	if (SUCCEEDED(hr))
		hr = IStream_Commit(stream, 0);
	if (stream != NULL)
		IStream_Release(stream);
	if (SUCCEEDED(hr))
		hr = IAttach_SaveChanges(att, 0);
	IAttach_Release(att);
	fclose(f);
	return hr;
}

int store_cmd_put(struct store_ctx *c)
{
	LPSPropValue props = NULL, eid = NULL;
	LPSPropValue extra;
	LPMAPIFOLDER folder = NULL;
	LPMESSAGE msg = NULL;
	struct query_error qe;
	ULONG n = 0;
	HRESULT hr;
	int status, i, ret;

	/* The properties first: bad --set or --date is a usage error. */
	hr = MAPIAllocateBuffer((ULONG)(8 + c->nset) * sizeof(SPropValue),
				(LPVOID *)&props);
	if (FAILED(hr))
		return print_fail(hr, "put", "out of memory");
	for (i = 0; i < c->nset; i++) {
		ret = query_parse_assignment(c->set[i], props, &extra, &qe);
		if (ret < 0) {
			MAPIFreeBuffer(props);
			return store_query_failed(c->cmd, "--set", c->set[i],
						  ret, &qe);
		}
		props[n++] = *extra;
	}
	props[n].ulPropTag = PR_MESSAGE_DELIVERY_TIME;
	if (c->date == NULL) {
		/* Now, in whole seconds. */
		time_ft_from_unix(time(NULL), 0, &props[n++].Value.ft);
	} else if (time_parse_iso(c->date, strlen(c->date), QUERY_TIME_FLAGS,
				  &props[n++].Value.ft) < 0) {
		MAPIFreeBuffer(props);
		return store_usage_error(
		    c->cmd, "--date: '%s' is not an ISO 8601 date", c->date);
	}
	hr = set_string(&props[n++], PR_MESSAGE_CLASS_W, "IPM.Note", props);
	if (SUCCEEDED(hr))
		hr = set_string(&props[n++], PR_SUBJECT_W, c->subject, props);
	if (SUCCEEDED(hr) && c->body != NULL)
		hr = set_string(&props[n++], PR_BODY_W, c->body, props);
	if (SUCCEEDED(hr) && c->from != NULL) {
		hr = set_string(&props[n++], PR_SENDER_NAME_W, c->from, props);
		if (SUCCEEDED(hr))
			hr =
			    set_string(&props[n++], PR_SENT_REPRESENTING_NAME_W,
				       c->from, props);
	}
	if (FAILED(hr)) {
		MAPIFreeBuffer(props);
		return print_fail(hr, "put", "out of memory");
	}
	status = store_session_open(c, true);
	if (status == 0)
		status = store_open_folder(c, c->pos[0], &folder, NULL, NULL);
	if (status != 0)
		goto done;
	hr = IMAPIFolder_CreateMessage(folder, NULL, 0, &msg);
	if (FAILED(hr)) {
		msg = NULL;
		status = print_report(PRINT_OBJ_PROP, folder, hr,
				      "create a message in '%s'", c->pos[0]);
		goto done;
	}
	hr = IMessage_SetProps(msg, n, props, NULL);
	for (i = 0; SUCCEEDED(hr) && i < c->nnamed; i++)
		hr = put_named(msg, c->named[i]);
	if (SUCCEEDED(hr) && c->nto > 0)
		hr = put_recipients(c, msg);
	for (i = 0; SUCCEEDED(hr) && i < c->nattach; i++) {
		hr = put_attachment(msg, c->attach[i]);
		if (hr == MAPI_E_NOT_FOUND) {
			status = print_fail(hr, c->attach[i],
					    "cannot read the file");
			goto done;
		}
	}
	if (SUCCEEDED(hr))
		hr = IMessage_SaveChanges(msg, KEEP_OPEN_READWRITE);
	if (SUCCEEDED(hr) && c->unread)
		hr = IMessage_SetReadFlag(msg, CLEAR_READ_FLAG);
	if (SUCCEEDED(hr))
		hr = HrGetOneProp((LPMAPIPROP)msg, PR_ENTRYID, &eid);
	if (FAILED(hr)) {
		status = print_report(PRINT_OBJ_PROP, msg, hr,
				      "create a message in '%s'", c->pos[0]);
		goto done;
	}
	if (c->json) {
		fputs("{\"entryid\":", stdout);
		store_print_eid(&eid->Value.bin, true);
		puts("}");
	} else {
		store_print_eid(&eid->Value.bin, false);
		putchar('\n');
	}
done:
	MAPIFreeBuffer(eid);
	if (msg != NULL)
		IMessage_Release(msg);
	if (folder != NULL)
		IMAPIFolder_Release(folder);
	MAPIFreeBuffer(props);
	return status;
}

/* ---------------------------------------------------------------------
 * rm
 */

int store_cmd_rm(struct store_ctx *c)
{
	int status, i;

	for (i = 0; i < c->npos; i++) {
		if (!store_is_hex_eid(c->pos[i]))
			return store_usage_error(
			    c->cmd,
			    "'%s' is not a message entry ID "
			    "(rmdir removes folders)",
			    c->pos[i]);
	}
	status = store_session_open(c, true);
	for (i = 0; status == 0 && i < c->npos; i++) {
		LPMESSAGE msg = NULL;
		LPMAPIFOLDER folder = NULL;
		LPSPropValue eid = NULL;
		ENTRYLIST list;
		HRESULT hr;

		status = store_open_message(c, c->pos[i], &msg, &folder, &eid);
		if (status != 0)
			break;
		IMessage_Release(msg);
		list.cValues = 1;
		list.lpbin = &eid->Value.bin;
		hr = IMAPIFolder_DeleteMessages(folder, &list, 0, NULL, 0);
		if (FAILED(hr))
			status = print_report(PRINT_OBJ_PROP, folder, hr,
					      "rm '%s'", c->pos[i]);
		IMAPIFolder_Release(folder);
		MAPIFreeBuffer(eid);
	}
	return status;
}
