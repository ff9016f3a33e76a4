/*
 * store_read.c - the store commands that read messages and folders
 * (store.h): `ls`, a folder's contents table with the columns, sort
 * order and restriction of --columns, --sort and --where (query.h), and
 * `show`, every property of an entry, with the recipients and
 * attachments of a message.  Values print through print.h, so they look
 * the same as in `profile show`.
 */
#include <errno.h>
#include <stdbool.h>
#include <stdio.h>
#include <string.h>

#include <mapidefs.h>
#include <mapiguid.h>
#include <mapitags.h>
#include <mapiutil.h>
#include <mapix.h>

#include "cli.h"
#include "print.h"
#include "query.h"
#include "store.h"
#include "tagname.h"

/* Bytes of a large property shown by `show` (read through a stream). */
#define STREAM_SHOW_MAX (1024 * 1024)

/* ---------------------------------------------------------------------
 * ls
 */

struct ls_walk {
	const struct store_ctx *c;
	const SPropTagArray *cols;
};

static void ls_row(const SRow *row, ULONG index, void *arg)
{
	struct ls_walk *w = arg;
	char buf[32];
	ULONG i;

	if (w->c->json)
		printf("%s{", index > 0 ? "," : "");
	for (i = 0; i < w->cols->cValues; i++) {
		ULONG tag = w->cols->aulPropTag[i];
		const SPropValue *p =
		    i < row->cValues ? &row->lpProps[i] : NULL;

		if (p != NULL && PROP_TYPE(p->ulPropTag) == PT_ERROR)
			p = NULL;
		if (w->c->json) {
			if (i > 0)
				putchar(',');
			print_json_string(
			    tagname_format(tag, buf, sizeof(buf)));
			putchar(':');
			if (p != NULL)
				print_value(p, true);
			else
				fputs("null", stdout);
		} else {
			if (i > 0)
				fputs("  ", stdout);
			if (p != NULL)
				print_value(p, false);
			else
				putchar('-');
		}
	}
	if (w->c->json)
		putchar('}');
	else
		putchar('\n');
}

int store_cmd_ls(struct store_ctx *c)
{
	SizedSPropTagArray(4, default_cols) = {
	    4,
	    {PR_ENTRYID, PR_MESSAGE_DELIVERY_TIME, PR_SENDER_NAME_W,
	     PR_SUBJECT_W}};
	LPSPropTagArray cols = (LPSPropTagArray)&default_cols, own_cols = NULL;
	LPSSortOrderSet sort = NULL;
	LPSRestriction where = NULL;
	struct query_error qe;
	struct ls_walk w;
	LPMAPIFOLDER folder = NULL;
	LPMAPITABLE table = NULL;
	ULONG total = 0, i;
	char buf[32];
	HRESULT hr;
	int status = 0, ret;

	/* The query texts first: a usage error needs no session. */
	if (c->columns != NULL) {
		ret = query_parse_columns(c->columns, &own_cols, &qe);
		if (ret < 0)
			return store_query_failed(c->cmd, "--columns",
						  c->columns, ret, &qe);
		cols = own_cols;
	}
	if (c->sort != NULL) {
		ret = query_parse_sort(c->sort, &sort, &qe);
		if (ret < 0) {
			status = store_query_failed(c->cmd, "--sort", c->sort,
						    ret, &qe);
			goto done;
		}
	}
	if (c->where != NULL) {
		ret = query_parse_where(c->where, &where, &qe);
		if (ret < 0) {
			status = store_query_failed(c->cmd, "--where", c->where,
						    ret, &qe);
			goto done;
		}
	}
	status = store_session_open(c, true);
	if (status == 0)
		status = store_open_folder(c, c->pos[0], &folder, NULL, NULL);
	if (status != 0)
		goto done;
	hr = IMAPIFolder_GetContentsTable(folder, MAPI_UNICODE, &table);
	if (FAILED(hr)) {
		table = NULL;
		status = print_report(PRINT_OBJ_PROP, folder, hr,
				      "contents table of '%s'", c->pos[0]);
		goto done;
	}
	hr = IMAPITable_SetColumns(table, cols, 0);
	if (SUCCEEDED(hr) && where != NULL)
		hr = IMAPITable_Restrict(table, where, 0);
	if (SUCCEEDED(hr) && sort != NULL)
		hr = IMAPITable_SortTable(table, sort, 0);
	if (SUCCEEDED(hr))
		hr = IMAPITable_GetRowCount(table, 0, &total);
	if (FAILED(hr)) {
		status = print_report(PRINT_OBJ_TABLE, table, hr,
				      "contents table of '%s'", c->pos[0]);
		goto done;
	}
	w.c = c;
	w.cols = cols;
	if (c->json) {
		fputs("{\"folder\":", stdout);
		print_json_string(c->pos[0]);
		printf(",\"total\":%u,\"columns\":[", total);
		for (i = 0; i < cols->cValues; i++) {
			if (i > 0)
				putchar(',');
			print_json_string(tagname_format(cols->aulPropTag[i],
							 buf, sizeof(buf)));
		}
		fputs("],\"rows\":[", stdout);
	} else {
		for (i = 0; i < cols->cValues; i++)
			printf("%s%s", i > 0 ? "  " : "# ",
			       tagname_format(cols->aulPropTag[i], buf,
					      sizeof(buf)));
		putchar('\n');
	}
	status = store_each_row(table, c->limit, "contents table", ls_row, &w);
	if (c->json)
		puts("]}");
done:
	if (table != NULL)
		IMAPITable_Release(table);
	if (folder != NULL)
		IMAPIFolder_Release(folder);
	MAPIFreeBuffer(where);
	MAPIFreeBuffer(sort);
	MAPIFreeBuffer(own_cols);
	return status;
}

/* ---------------------------------------------------------------------
 * show
 */

/* How show prints property lists: named properties with their names. */
static unsigned int props_flags(bool json)
{
	return PRINT_NAMED | (json ? PRINT_JSON : 0);
}

static const char *type_word(ULONG type)
{
	switch (type) {
	case MAPI_STORE:
		return "store";
	case MAPI_FOLDER:
		return "folder";
	case MAPI_MESSAGE:
		return "message";
	case MAPI_ATTACH:
		return "attachment";
	default:
		return "other";
	}
}

/*
 * A string or binary property too large for GetProps, read through
 * OpenProperty(IID_IStream), up to STREAM_SHOW_MAX bytes, into *p (its
 * memory hung from base).  Leaves *p as it was when that fails.
 */
static void read_stream_value(LPMAPIPROP obj, LPSPropValue p, void *base)
{
	static const ULONG tags[] = {PT_UNICODE, PT_STRING8, PT_BINARY};
	LPSTREAM stream = NULL;
	LPBYTE data = NULL;
	ULONG got = 0, total = 0;
	size_t i;
	HRESULT hr = MAPI_E_NOT_FOUND;

	for (i = 0; i < sizeof(tags) / sizeof(tags[0]) && FAILED(hr); i++)
		hr = IMAPIProp_OpenProperty(
		    obj, PROP_TAG(tags[i], PROP_ID(p->ulPropTag)), &IID_IStream,
		    0, 0, (LPUNKNOWN *)&stream);
	if (FAILED(hr))
		return;
	i--;
	if (MAPIAllocateMore(STREAM_SHOW_MAX + 2, base, (LPVOID *)&data) !=
	    S_OK) {
		IStream_Release(stream);
		return;
	}
	do {
		hr = IStream_Read(stream, data + total, STREAM_SHOW_MAX - total,
				  &got);
		total += got;
	} while (SUCCEEDED(hr) && got > 0 && total < STREAM_SHOW_MAX);
	IStream_Release(stream);
	if (FAILED(hr))
		return;
	data[total] = 0;
	data[total + 1] = 0;
	p->ulPropTag = PROP_TAG(tags[i], PROP_ID(p->ulPropTag));
	if (tags[i] == PT_UNICODE) {
		total &= ~1u;
		data[total] = data[total + 1] = 0;
		p->Value.lpszW = (LPWSTR)data;
	} else if (tags[i] == PT_STRING8) {
		p->Value.lpszA = (LPSTR)data;
	} else {
		p->Value.bin.cb = total;
		p->Value.bin.lpb = data;
	}
}

/* Drops the columns a row has no value for (MAPI_E_NOT_FOUND errors). */
static void drop_missing(SRow *row)
{
	ULONG j, n = 0;

	for (j = 0; j < row->cValues; j++) {
		if (PROP_TYPE(row->lpProps[j].ulPropTag) == PT_ERROR &&
		    row->lpProps[j].Value.err == MAPI_E_NOT_FOUND)
			continue;
		row->lpProps[n++] = row->lpProps[j];
	}
	row->cValues = n;
}

/*
 * The recipient table: its columns and the usual recipient properties
 * besides (a table's TBL_ALL_COLUMNS may name only its current set).
 */
static int show_recipients(LPMESSAGE msg, bool json)
{
	static const ULONG extra[] = {
	    PR_DISPLAY_NAME_W, PR_EMAIL_ADDRESS_W, PR_ADDRTYPE_W,
	    PR_SMTP_ADDRESS_W, PR_RECIPIENT_TYPE,  PR_DISPLAY_TYPE,
	    PR_OBJECT_TYPE,    PR_ENTRYID,         PR_SEARCH_KEY,
	};
	const size_t nextra = sizeof(extra) / sizeof(extra[0]);
	LPSPropTagArray cur = NULL, cols = NULL;
	LPMAPITABLE table = NULL;
	LPSRowSet rows = NULL;
	HRESULT hr;
	ULONG i, j;
	int status = 0;

	hr = IMessage_GetRecipientTable(msg, MAPI_UNICODE, &table);
	if (FAILED(hr))
		return print_report(PRINT_OBJ_PROP, msg, hr, "recipient table");
	hr = IMAPITable_QueryColumns(table, TBL_ALL_COLUMNS, &cur);
	if (SUCCEEDED(hr))
		hr = MAPIAllocateBuffer(
		    CbNewSPropTagArray(cur->cValues + nextra), (LPVOID *)&cols);
	if (SUCCEEDED(hr)) {
		cols->cValues = 0;
		for (i = 0; i < cur->cValues; i++)
			cols->aulPropTag[cols->cValues++] = cur->aulPropTag[i];
		for (i = 0; i < nextra; i++) {
			for (j = 0; j < cur->cValues; j++) {
				if (PROP_ID(cur->aulPropTag[j]) ==
				    PROP_ID(extra[i]))
					break;
			}
			if (j == cur->cValues)
				cols->aulPropTag[cols->cValues++] = extra[i];
		}
		hr = HrQueryAllRows(table, cols, NULL, NULL, 0, &rows);
	}
	if (FAILED(hr)) {
		rows = NULL;
		status =
		    print_report(PRINT_OBJ_TABLE, table, hr, "recipient table");
	} else {
		if (json)
			putchar('[');
		else
			printf("Recipients (%u):\n", rows->cRows);
		for (i = 0; i < rows->cRows; i++) {
			drop_missing(&rows->aRow[i]);
			if (json && i > 0)
				putchar(',');
			if (!json)
				printf("  [%u]\n", i);
			print_props(NULL, rows->aRow[i].cValues,
				    rows->aRow[i].lpProps, props_flags(json),
				    4);
		}
		if (json)
			putchar(']');
	}
	FreeProws(rows);
	MAPIFreeBuffer(cols);
	MAPIFreeBuffer(cur);
	IMAPITable_Release(table);
	return status;
}

/*
 * One attachment's properties, from the attachment itself (OpenAttach,
 * GetPropList, GetProps): all but the data, which PR_ATTACH_SIZE
 * measures and which would be unreadable as hex anyway.
 */
static int show_attachment(LPMESSAGE msg, ULONG num, bool json)
{
	LPATTACH att = NULL;
	LPSPropTagArray tags = NULL;
	LPSPropValue props = NULL;
	ULONG count = 0, i, n = 0;
	HRESULT hr;

	hr = IMessage_OpenAttach(msg, num, NULL, 0, &att);
	if (FAILED(hr))
		return print_report(PRINT_OBJ_PROP, msg, hr, "attachment %u",
				    num);
	hr = IAttach_GetPropList(att, MAPI_UNICODE, &tags);
	if (SUCCEEDED(hr)) {
		for (i = 0; i < tags->cValues; i++) {
			if (PROP_ID(tags->aulPropTag[i]) !=
			    PROP_ID(PR_ATTACH_DATA_BIN))
				tags->aulPropTag[n++] = tags->aulPropTag[i];
		}
		tags->cValues = n;
		hr = IAttach_GetProps(att, tags, MAPI_UNICODE, &count, &props);
	}
	if (FAILED(hr)) {
		props = NULL;
		print_report(PRINT_OBJ_PROP, att, hr, "attachment %u", num);
	} else {
		print_props((LPMAPIPROP)att, count, props, props_flags(json),
			    4);
	}
	MAPIFreeBuffer(props);
	MAPIFreeBuffer(tags);
	IAttach_Release(att);
	return FAILED(hr) ? EXIT_FAILED : 0;
}

static int show_attachments(LPMESSAGE msg, bool json)
{
	SizedSPropTagArray(1, cols) = {1, {PR_ATTACH_NUM}};
	LPMAPITABLE table = NULL;
	LPSRowSet rows = NULL;
	HRESULT hr;
	ULONG i;
	int status = 0;

	hr = IMessage_GetAttachmentTable(msg, MAPI_UNICODE, &table);
	if (FAILED(hr))
		return print_report(PRINT_OBJ_PROP, msg, hr,
				    "attachment table");
	hr =
	    HrQueryAllRows(table, (LPSPropTagArray)&cols, NULL, NULL, 0, &rows);
	if (FAILED(hr)) {
		status = print_report(PRINT_OBJ_TABLE, table, hr,
				      "attachment table");
		IMAPITable_Release(table);
		return status;
	}
	if (json)
		putchar('[');
	else
		printf("Attachments (%u):\n", rows->cRows);
	for (i = 0; i < rows->cRows; i++) {
		const SPropValue *p = rows->aRow[i].lpProps;

		if (json && i > 0)
			putchar(',');
		if (!json)
			printf("  [%u]\n", i);
		if (p[0].ulPropTag != PR_ATTACH_NUM ||
		    show_attachment(msg, p[0].Value.ul, json) != 0) {
			status = EXIT_FAILED;
			if (json)
				fputs("null", stdout);
		}
	}
	if (json)
		putchar(']');
	FreeProws(rows);
	IMAPITable_Release(table);
	return status;
}

int store_cmd_show(struct store_ctx *c)
{
	LPUNKNOWN obj = NULL;
	LPSPropValue props = NULL, eid = NULL;
	ULONG type = 0, count = 0, i;
	HRESULT hr;
	int status;

	status = store_session_open(c, true);
	if (status == 0)
		status = store_open_entry(c, c->pos[0], &type, &obj);
	if (status != 0)
		return status;
	hr = IMAPIProp_GetProps((LPMAPIPROP)obj, NULL, MAPI_UNICODE, &count,
				&props);
	if (FAILED(hr)) {
		props = NULL;
		status = print_report(PRINT_OBJ_PROP, obj, hr,
				      "properties of '%s'", c->pos[0]);
		goto done;
	}
	/* Values too large for GetProps come as MAPI_E_NOT_ENOUGH_MEMORY
	 * errors: read those through a stream. */
	for (i = 0; i < count; i++) {
		if (PROP_TYPE(props[i].ulPropTag) == PT_ERROR &&
		    props[i].Value.err == MAPI_E_NOT_ENOUGH_MEMORY)
			read_stream_value((LPMAPIPROP)obj, &props[i], props);
	}
	(void)HrGetOneProp((LPMAPIPROP)obj, PR_ENTRYID, &eid);
	if (c->json) {
		fputs("{\"entryid\":", stdout);
		store_print_eid(eid != NULL ? &eid->Value.bin : NULL, true);
		printf(",\"type\":\"%s\",\"properties\":", type_word(type));
	} else {
		printf("# %s ", type_word(type));
		store_print_eid(eid != NULL ? &eid->Value.bin : NULL, false);
		putchar('\n');
	}
	print_props((LPMAPIPROP)obj, count, props, props_flags(c->json), 0);
	if (type == MAPI_MESSAGE) {
		if (c->json)
			fputs(",\"recipients\":", stdout);
		if (show_recipients((LPMESSAGE)obj, c->json) != 0) {
			status = EXIT_FAILED;
			if (c->json)
				fputs("null", stdout);
		}
		if (c->json)
			fputs(",\"attachments\":", stdout);
		if (show_attachments((LPMESSAGE)obj, c->json) != 0) {
			status = EXIT_FAILED;
			if (c->json)
				fputs("null", stdout);
		}
	}
	if (c->json)
		puts("}");
done:
	MAPIFreeBuffer(eid);
	MAPIFreeBuffer(props);
	IUnknown_Release(obj);
	return status;
}
