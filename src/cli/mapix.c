/*
 * mapix.c - the mapix command-line tool.
 *
 * It grows with the project (profiles, stores, import/export, admin).  For
 * now it exposes the core layer: property tag and status code lookups, and
 * a demonstration that builds an in-memory table with the public MAPI API
 * (CreateTable, IMAPITable) and sorts, restricts and reads it the way a
 * Windows MAPI client would.
 */
#include <errno.h>
#include <getopt.h>
#include <stdbool.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <mapix.h>
#include <mapiutil.h>

#include "alloc.h"
#include "cli.h"
#include "mapierr.h"
#include "print.h"
#include "tagname.h"
#include "ustring.h"

static bool opt_json;
static const char *opt_profile;

static void usage(FILE *out)
{
	fputs("Usage: mapix [--json] [--profile NAME] COMMAND [ARGS]\n"
	      "\n"
	      "Commands:\n"
	      "  demo [--filter TEXT]  build an in-memory MAPI table of sample\n"
	      "                        messages, sort it by sender and date,\n"
	      "                        restrict it to subjects containing TEXT\n"
	      "                        (case-insensitive) and print the rows\n"
	      "  admin user COMMAND    manage mapix users (mapix admin --help)\n"
	      "  profile COMMAND       manage MAPI profiles and their services\n"
	      "                        (mapix profile --help)\n"
	      "  stores                the stores of the profile's session\n"
	      "  folders [--tree]      the folders of the default store\n"
	      "  ls FOLDER [...]       a folder's contents table, with\n"
	      "                        --columns, --sort, --where, --limit\n"
	      "  show ENTRY            every property of a folder or message\n"
	      "  put FOLDER --subject TEXT [...]  create a message\n"
	      "  mkdir PATH            create a folder\n"
	      "  rmdir PATH            delete a folder (--recursive)\n"
	      "  mv SRC DEST, cp SRC DEST  move, copy folders or messages\n"
	      "  rm ENTRY...           delete messages\n"
	      "                        (mapix COMMAND --help for each)\n"
	      "  tag NAME|HEX...       show property tags by name or value\n"
	      "                        (PR_SUBJECT_W, 0x0037001F)\n"
	      "  error CODE...         name and explain status codes\n"
	      "                        (0x8004010F, MAPI_E_NOT_FOUND)\n"
	      "\n"
	      "Options:\n"
	      "  --json                print machine-readable JSON\n"
	      "  --profile NAME        the profile the store commands use\n"
	      "                        (default: the default profile)\n"
	      "  -h, --help            show this help\n"
	      "  --version             show the version\n"
	      "\n"
	      "Exit status: 0 success, 1 failure, 2 usage error.\n",
	      out);
}

static int cmd_tag(int argc, char **argv)
{
	int i, status = 0;

	if (argc < 1) {
		fprintf(stderr, "mapix tag: give at least one tag\n");
		return EXIT_USAGE;
	}
	if (opt_json)
		putchar('[');
	for (i = 0; i < argc; i++) {
		const char *name, *type;
		ULONG tag;

		if (tagname_parse(argv[i], &tag) < 0) {
			fprintf(stderr, "mapix tag: unknown tag '%s'\n",
				argv[i]);
			status = 1;
			continue;
		}
		name = tagname_lookup(tag);
		type = tagname_type_name(PROP_TYPE(tag));
		if (opt_json) {
			printf("%s{\"tag\":\"0x%08X\",\"id\":\"0x%04X\","
			       "\"name\":",
			       i > 0 ? "," : "", tag, PROP_ID(tag));
			print_json_or_null(name);
			fputs(",\"type\":", stdout);
			print_json_or_null(type);
			putchar('}');
		} else {
			printf("0x%08X  %-40s %s\n", tag,
			       name != NULL ? name : "(no name)",
			       type != NULL ? type : "(unknown type)");
		}
	}
	if (opt_json)
		puts("]");
	return status;
}

static int parse_code(const char *s, HRESULT *hr_r)
{
	char *end;
	unsigned long v;

	errno = 0;
	v = strtoul(s, &end, 16);
	if (errno == 0 && *end == '\0' && *s != '\0' && v <= 0xFFFFFFFFul) {
		*hr_r = (HRESULT)(ULONG)v;
		return 0;
	}
	return mapierr_parse_name(s, hr_r);
}

static int cmd_error(int argc, char **argv)
{
	int i, status = 0;

	if (argc < 1) {
		fprintf(stderr, "mapix error: give at least one code\n");
		return EXIT_USAGE;
	}
	if (opt_json)
		putchar('[');
	for (i = 0; i < argc; i++) {
		const char *name;
		HRESULT hr;

		if (parse_code(argv[i], &hr) < 0) {
			fprintf(stderr, "mapix error: unknown code '%s'\n",
				argv[i]);
			status = 1;
			continue;
		}
		name = mapierr_name(hr);
		if (opt_json) {
			printf("%s{\"code\":\"0x%08X\",\"name\":",
			       i > 0 ? "," : "", (ULONG)hr);
			print_json_or_null(name);
			fputs(",\"message\":", stdout);
			print_json_string(mapierr_message(hr));
			printf(",\"failure\":%s}", FAILED(hr) ? "true" : "false");
		} else {
			printf("0x%08X  %s: %s\n", (ULONG)hr,
			       name != NULL ? name : "(unknown)",
			       mapierr_message(hr));
		}
	}
	if (opt_json)
		puts("]");
	return status;
}

/* The demo's sample data: a small inbox. */
static const struct sample {
	const char *subject;
	const char *sender;
	int day;
	LONG size;
} samples[] = {
	{"Quarterly report draft", "Alice Martin", 3, 48211},
	{"Re: Quarterly REPORT draft", "Bob Stone", 4, 51877},
	{"Lunch on Friday?", "Chloé Dubois", 2, 1290},
	{"Server maintenance window", "Operations", 5, 3310},
	{"Re: Lunch on Friday?", "Alice Martin", 2, 1822},
	{"Invoice 2026-113", "Billing", 1, 20412},
	{"Report: disk usage", "Operations", 6, 7650},
	{"Weekly planning", "Bob Stone", 7, 2200},
};

#define DEMO_NCOLS 5

static void filetime_of_day(int day, FILETIME *ft)
{
	/* 2026-11-01 00:00 UTC in 100 ns units since 1601, plus days. */
	ULONGLONG t = 134064576000000000ull + (ULONGLONG)day * 864000000000ull;

	ft->dwLowDateTime = (DWORD)t;
	ft->dwHighDateTime = (DWORD)(t >> 32);
}

static HRESULT demo_fill(LPTABLEDATA data)
{
	size_t i;

	for (i = 0; i < sizeof(samples) / sizeof(samples[0]); i++) {
		SPropValue props[DEMO_NCOLS];
		WCHAR *subject, *sender;
		SRow row;
		HRESULT hr;

		subject = ustr_from_utf8(samples[i].subject);
		sender = ustr_from_utf8(samples[i].sender);
		if (subject == NULL || sender == NULL) {
			alloc_free(subject);
			alloc_free(sender);
			return MAPI_E_NOT_ENOUGH_MEMORY;
		}
		props[0].ulPropTag = PR_ROWID;
		props[0].Value.l = (LONG)i + 1;
		props[1].ulPropTag = PR_SUBJECT_W;
		props[1].Value.lpszW = subject;
		props[2].ulPropTag = PR_SENDER_NAME_W;
		props[2].Value.lpszW = sender;
		props[3].ulPropTag = PR_MESSAGE_DELIVERY_TIME;
		filetime_of_day(samples[i].day, &props[3].Value.ft);
		props[4].ulPropTag = PR_MESSAGE_SIZE;
		props[4].Value.l = samples[i].size;
		row.ulAdrEntryPad = 0;
		row.cValues = DEMO_NCOLS;
		row.lpProps = props;
		hr = ITableData_HrModifyRow(data, &row);
		alloc_free(subject);
		alloc_free(sender);
		if (FAILED(hr))
			return hr;
	}
	return S_OK;
}

static void demo_print_row(const SRow *row, bool first)
{
	char *subject = NULL, *sender = NULL;
	ULONGLONG t = 0;
	LONG size = 0;
	ULONG i;

	for (i = 0; i < row->cValues; i++) {
		const SPropValue *p = &row->lpProps[i];

		switch (p->ulPropTag) {
		case PR_SUBJECT_W:
			subject = ustr_to_utf8(p->Value.lpszW);
			break;
		case PR_SENDER_NAME_W:
			sender = ustr_to_utf8(p->Value.lpszW);
			break;
		case PR_MESSAGE_DELIVERY_TIME:
			t = ((ULONGLONG)p->Value.ft.dwHighDateTime << 32) |
			    p->Value.ft.dwLowDateTime;
			break;
		case PR_MESSAGE_SIZE:
			size = p->Value.l;
			break;
		}
	}
	/* Days since 2026-11-01, as the sample data counts them. */
	int day = (int)((t - 134064576000000000ull) / 864000000000ull);

	if (opt_json) {
		printf("%s{\"sender\":", first ? "" : ",");
		print_json_string(sender != NULL ? sender : "");
		printf(",\"date\":\"2026-11-%02d\",\"size\":%d,\"subject\":",
		       day + 1, size);
		print_json_string(subject != NULL ? subject : "");
		putchar('}');
	} else {
		printf("%-14s 2026-11-%02d %7d  %s\n",
		       sender != NULL ? sender : "", day + 1, size,
		       subject != NULL ? subject : "");
	}
	alloc_free(subject);
	alloc_free(sender);
}

static int cmd_demo(int argc, char **argv)
{
	SizedSPropTagArray(DEMO_NCOLS, cols) = {
		DEMO_NCOLS,
		{PR_ROWID, PR_SUBJECT_W, PR_SENDER_NAME_W,
		 PR_MESSAGE_DELIVERY_TIME, PR_MESSAGE_SIZE}};
	SizedSSortOrderSet(2, sort) = {
		2, 0, 0,
		{{PR_SENDER_NAME_W, TABLE_SORT_ASCEND},
		 {PR_MESSAGE_DELIVERY_TIME, TABLE_SORT_DESCEND}}};
	const char *filter = "report";
	LPTABLEDATA data = NULL;
	LPMAPITABLE view = NULL;
	LPSRowSet rows = NULL;
	SPropValue needle;
	SRestriction res;
	WCHAR *wfilter = NULL;
	ULONG count = 0, i;
	HRESULT hr;
	int opt;

	static const struct option longopts[] = {
		{"filter", required_argument, NULL, 'f'},
		{NULL, 0, NULL, 0},
	};
	optind = 1;
	while ((opt = getopt_long(argc, argv, "f:", longopts, NULL)) != -1) {
		if (opt != 'f')
			return EXIT_USAGE;
		filter = optarg;
	}

	hr = CreateTable(&IID_IMAPITableData, MAPIAllocateBuffer,
			 MAPIAllocateMore, MAPIFreeBuffer, NULL,
			 TBLTYPE_DYNAMIC, PR_ROWID, (LPSPropTagArray)&cols,
			 &data);
	if (SUCCEEDED(hr))
		hr = demo_fill(data);
	if (SUCCEEDED(hr))
		hr = ITableData_HrGetView(data, NULL, NULL, 0, &view);
	if (SUCCEEDED(hr))
		hr = IMAPITable_SortTable(view, (LPSSortOrderSet)&sort, 0);
	if (SUCCEEDED(hr) && *filter != '\0') {
		wfilter = ustr_from_utf8(filter);
		if (wfilter == NULL) {
			hr = MAPI_E_NOT_ENOUGH_MEMORY;
		} else {
			needle.ulPropTag = PR_SUBJECT_W;
			needle.Value.lpszW = wfilter;
			res.rt = RES_CONTENT;
			res.res.resContent.ulFuzzyLevel =
				FL_SUBSTRING | FL_IGNORECASE;
			res.res.resContent.ulPropTag = PR_SUBJECT_W;
			res.res.resContent.lpProp = &needle;
			hr = IMAPITable_Restrict(view, &res, 0);
		}
	}
	if (SUCCEEDED(hr))
		hr = IMAPITable_GetRowCount(view, 0, &count);
	if (SUCCEEDED(hr))
		hr = IMAPITable_QueryRows(view, 100, 0, &rows);
	if (FAILED(hr)) {
		fprintf(stderr, "mapix demo: %s (%s)\n", mapierr_message(hr),
			mapierr_name(hr) != NULL ? mapierr_name(hr) : "?");
	} else {
		if (opt_json) {
			printf("{\"filter\":");
			print_json_string(filter);
			printf(",\"count\":%u,\"rows\":[", count);
		} else {
			printf("%u of %zu sample messages have \"%s\" in the "
			       "subject (sorted by sender, newest first):\n\n",
			       count, sizeof(samples) / sizeof(samples[0]),
			       filter);
		}
		for (i = 0; i < rows->cRows; i++)
			demo_print_row(&rows->aRow[i], i == 0);
		if (opt_json)
			puts("]}");
	}
	FreeProws(rows);
	if (view != NULL)
		IMAPITable_Release(view);
	if (data != NULL)
		ITableData_Release(data);
	alloc_free(wfilter);
	return FAILED(hr) ? 1 : 0;
}

int main(int argc, char **argv)
{
	static const struct option longopts[] = {
		{"json", no_argument, NULL, 'j'},
		{"profile", required_argument, NULL, 'P'},
		{"help", no_argument, NULL, 'h'},
		{"version", no_argument, NULL, 'V'},
		{NULL, 0, NULL, 0},
	};
	const char *cmd;
	int opt;

	while ((opt = getopt_long(argc, argv, "+h", longopts, NULL)) != -1) {
		switch (opt) {
		case 'j':
			opt_json = true;
			break;
		case 'P':
			opt_profile = optarg;
			break;
		case 'h':
			usage(stdout);
			return 0;
		case 'V':
			puts("mapix " MAPIX_VERSION);
			return 0;
		default:
			usage(stderr);
			return EXIT_USAGE;
		}
	}
	if (optind >= argc) {
		usage(stderr);
		return EXIT_USAGE;
	}
	cmd = argv[optind];
	argc -= optind;
	argv += optind;
	if (strcmp(cmd, "tag") == 0)
		return cmd_tag(argc - 1, argv + 1);
	if (strcmp(cmd, "error") == 0)
		return cmd_error(argc - 1, argv + 1);
	if (strcmp(cmd, "demo") == 0)
		return cmd_demo(argc, argv);
	if (strcmp(cmd, "admin") == 0)
		return admin_main(argc, argv, opt_json);
	if (strcmp(cmd, "profile") == 0)
		return profile_main(argc, argv, opt_json);
	if (store_is_command(cmd))
		return store_main(argc, argv, opt_json, opt_profile);
	if (strcmp(cmd, "help") == 0) {
		usage(stdout);
		return 0;
	}
	fprintf(stderr, "mapix: unknown command '%s'\n", cmd);
	usage(stderr);
	return EXIT_USAGE;
}
