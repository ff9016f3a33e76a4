/*
 * store.c - `mapix stores|folders|ls|show|put|mkdir|rmdir|mv|cp|rm`:
 * browsing and editing the default message store of a profile from the
 * command line (the role of MFCMAPI and MrMapi).  mapix.c calls
 * store_main for these commands.  This file holds the command table, the
 * options and store_main; the commands themselves are cut by concern
 * into store_nav.c, store_read.c and store_write.c (see store.h).
 *
 *   mapix [--profile NAME] [--json] COMMAND [ARGS]
 *     stores                     the session's stores table
 *     folders [--tree]           the folders below IPM_SUBTREE
 *     ls FOLDER [--columns TAGS] [--sort KEYS] [--where EXPR] [--limit N]
 *     show ENTRY                 every property, recipients, attachments
 *     put FOLDER --subject S [--body B] [--from NAME] [--to ADDR]...
 *         [--date ISO] [--set TAG=VALUE]...
 *     mkdir PATH | rmdir PATH [--recursive]
 *     mv SRC DEST | cp SRC DEST  folders by path, messages by entry ID
 *     rm ENTRY...                messages by entry ID
 *
 * Only the public MAPI API does the work, as a Windows program would do
 * it: MAPIInitialize -> MAPILogonEx -> the stores table -> OpenMsgStore
 * -> OpenEntry, tables, IMAPIFolder / IMessage methods.  The tool so
 * exercises exactly what applications get.  Folder names go to the API as
 * 8-bit (UTF-8) strings without MAPI_UNICODE; property values are read
 * with MAPI_UNICODE so strings come as PT_UNICODE.
 *
 * A FOLDER is a path below IPM_SUBTREE ("Inbox", "Inbox/Reports"; "/" or
 * "" is IPM_SUBTREE itself; names compare without case) or a hex entry
 * ID.  An argument of hex digits only, even in number and at least 32
 * long, is taken as an entry ID.
 *
 * JSON (--json) keys, kept stable:
 *   stores   [{"name": S, "default": B, "entryid": HEX}]
 *   folders  [{"name": S, "path": S, "depth": N, "count": N,
 *              "unread": N, "subfolders": B, "entryid": HEX}]
 *   ls       {"folder": S, "total": N, "columns": [TAGNAME],
 *             "rows": [{TAGNAME: V|null}]}
 *   show     {"entryid": HEX, "type": "folder"|"message"|"store"|...,
 *             "properties": P, "recipients": [P], "attachments": [P]}
 *            where P is [{"tag": "0x%08X", "name": S|null, "type": S|null,
 *            "named": null | {"guid": "{...}", "id": N} |
 *            {"guid": "{...}", "name": S}, "value": V}]
 *   put, mkdir  {"entryid": HEX}
 * TAGNAME is the tag's name from tagname.h or "0x%08X".  V by type:
 * number, boolean, string (text; binary as hex; times as ISO 8601 UTC;
 * GUIDs in braces; errors as their MAPI_E_ name), array for multi-valued
 * types, null for what has no JSON form or no value.
 *
 * Exit status: 0 success, 1 failure, 2 usage error.
 */
#include <errno.h>
#include <getopt.h>
#include <stdarg.h>
#include <stdbool.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <mapix.h>

#include "alloc.h"
#include "cli.h"
#include "print.h"
#include "query.h"
#include "store.h"

/* ---------------------------------------------------------------------
 * Messages
 */

int store_usage_error(const struct scmd *cmd, const char *fmt, ...)
{
	va_list args;
	int ret;

	va_start(args, fmt);
	ret = print_vusage_error("mapix", cmd->name, NULL, fmt, args);
	va_end(args);
	return ret;
}

int store_query_failed(const struct scmd *cmd, const char *option,
		       const char *text, int ret, const struct query_error *qe)
{
	size_t len = strlen(text), i;

	if (ret != -EINVAL)
		return print_fail(MAPI_E_NOT_ENOUGH_MEMORY, option,
				  "out of memory");
	fprintf(stderr, "mapix %s: %s: at column %zu: %s\n", cmd->name, option,
		qe->pos + 1, qe->msg);
	if (len <= 200 && qe->pos <= len) {
		fputs("  ", stderr);
		for (i = 0; i < len; i++)
			fputc((unsigned char)text[i] < 0x20 ? ' ' : text[i],
			      stderr);
		fprintf(stderr, "\n  %*s^\n", (int)qe->pos, "");
	}
	fprintf(stderr, "Try 'mapix %s --help'.\n", cmd->name);
	return EXIT_USAGE;
}

/* ---------------------------------------------------------------------
 * Commands and options
 */

#define FOLDER_HELP                                                            \
	"FOLDER is a path below IPM_SUBTREE (Inbox, Inbox/Reports; names\n"    \
	"compare without case) or a hex entry ID.\n"

static const struct scmd commands[] = {
    {"stores", store_cmd_stores, 0, true, 0, 0, "stores",
     "The session's message stores: name, whether it is the default (*)\n"
     "and the entry ID.\n"},
    {"folders", store_cmd_folders, SO_TREE, true, 0, 0, "folders [--tree]",
     "The folders below IPM_SUBTREE of the default store with their\n"
     "message and unread counts and entry IDs; --tree lists every level\n"
     "(CONVENIENT_DEPTH), indented.\n"},
    {"ls", store_cmd_ls, SO_COLUMNS | SO_SORT | SO_WHERE | SO_LIMIT, true, 1, 1,
     "ls FOLDER [--columns TAGS] [--sort KEYS] [--where EXPR] [--limit N]",
     "The contents table of a folder.  " FOLDER_HELP "\n"
     "  --columns TAG,TAG...   columns (default PR_ENTRYID,\n"
     "                         PR_MESSAGE_DELIVERY_TIME, PR_SENDER_NAME_W,\n"
     "                         PR_SUBJECT_W)\n"
     "  --sort [-]TAG,...      sort keys; '-' descending\n"
     "  --where EXPR           restrict the rows (below)\n"
     "  --limit N              at most N rows\n"
     "\n"
     "A TAG is a name (PR_SUBJECT_W; PR_SUBJECT means PR_SUBJECT_W) or a\n"
     "hex tag (0x0037001F).  EXPR:\n"
     "  TAG = VALUE, !=, <, <=, >, >=   compare (RES_PROPERTY)\n"
     "  TAG ~ \"text\"                    contains, any case (RES_CONTENT)\n"
     "  TAG ^ \"text\"                    starts with, any case\n"
     "  exists TAG                      has the property (RES_EXIST)\n"
     "  not E, E and E, E or E, ( E )   ('and' binds tighter than 'or')\n"
     "VALUE is read as the tag's type asks: integers (decimal, 0x hex),\n"
     "true/false, decimals, \"strings\" (\\\" and \\\\ escape; a single\n"
     "word needs no quotes), hex bytes for binaries, ISO 8601 dates\n"
     "(2026-11-03, 2026-11-03T14:05:00Z; UTC) for times.  Strings compare\n"
     "without case.  Example:\n"
     "  --where 'PR_SUBJECT ~ \"report\" and PR_IMPORTANCE >= 1'\n"},
    {"show", store_cmd_show, 0, true, 1, 1, "show ENTRY",
     "Every property of a folder or message (ENTRY: a hex entry ID or a\n"
     "folder path), named properties with their names, and the\n"
     "recipients and attachments of a message.\n"},
    {"put", store_cmd_put, SO_PUT, true, 1, 1,
     "put FOLDER --subject TEXT [--body TEXT] [--from NAME] [--to ADDR]...\n"
     "          [--date ISO-DATE] [--set TAG=VALUE]... [--named NAME=TEXT]...\n"
     "          [--unread] [--attach FILE]...",
     "Creates a message (IPM.Note) in FOLDER and prints its entry ID.\n"
     "--to adds an SMTP recipient; --date sets PR_MESSAGE_DELIVERY_TIME\n"
     "(default now); --set sets any single-valued property, its value\n"
     "written as in `ls --where`; --named sets a string property named\n"
     "NAME in PS_PUBLIC_STRINGS (GetIDsFromNames with MAPI_CREATE);\n"
     "--unread clears the read flag; --attach adds FILE as an attachment\n"
     "(its bytes streamed into PR_ATTACH_DATA_BIN).  " FOLDER_HELP},
    {"mkdir", store_cmd_mkdir, 0, true, 1, 1, "mkdir PATH",
     "Creates the folder PATH (its parent must exist).\n"},
    {"rmdir", store_cmd_rmdir, SO_RECURSIVE, false, 1, 1,
     "rmdir PATH [--recursive]",
     "Deletes the folder PATH; it must be empty unless --recursive.\n"},
    {"mv", store_cmd_mv, 0, false, 2, 2, "mv SRC DEST",
     "Moves a folder (SRC a path) into the folder DEST or, when DEST does\n"
     "not exist, to DEST's parent under DEST's name (a rename); or a\n"
     "message (SRC its hex entry ID) into the folder DEST.\n"},
    {"cp", store_cmd_cp, 0, false, 2, 2, "cp SRC DEST",
     "Copies a folder with everything in it, or a message, as mv moves.\n"},
    {"rm", store_cmd_rm, 0, false, 1, -1, "rm ENTRY...",
     "Deletes messages, each named by its hex entry ID.\n"},
};

#define NCOMMANDS N_ELEMENTS(commands)

bool store_is_command(const char *name)
{
	size_t i;

	for (i = 0; i < NCOMMANDS; i++) {
		if (strcmp(commands[i].name, name) == 0)
			return true;
	}
	return false;
}

static void cmd_help(const struct scmd *cmd)
{
	printf("Usage: mapix [--profile NAME] %s%s\n\n%s", cmd->synopsis,
	       cmd->json ? " [--json]" : "", cmd->help);
	printf("\nWithout --profile the default profile is used.\n"
	       "Exit status: 0 success, 1 failure, 2 usage error.\n");
}

static int parse_args(struct store_ctx *c, int argc, char **argv)
{
	static const struct option longopts[] = {
	    {"help", no_argument, NULL, 'h'},
	    {"json", no_argument, NULL, 'j'},
	    {"profile", required_argument, NULL, 'P'},
	    {"tree", no_argument, NULL, 't'},
	    {"columns", required_argument, NULL, 'c'},
	    {"sort", required_argument, NULL, 's'},
	    {"where", required_argument, NULL, 'w'},
	    {"limit", required_argument, NULL, 'n'},
	    {"recursive", no_argument, NULL, 'r'},
	    {"subject", required_argument, NULL, 'S'},
	    {"body", required_argument, NULL, 'b'},
	    {"from", required_argument, NULL, 'f'},
	    {"to", required_argument, NULL, 'T'},
	    {"date", required_argument, NULL, 'd'},
	    {"set", required_argument, NULL, 'e'},
	    {"named", required_argument, NULL, 'N'},
	    {"unread", no_argument, NULL, 'u'},
	    {"attach", required_argument, NULL, 'a'},
	    {NULL, 0, NULL, 0},
	};
	const struct scmd *cmd = c->cmd;
	unsigned int need;
	char *end;
	int opt;

	c->to = alloc_calloc((size_t)argc + 1, sizeof(char *));
	c->set = alloc_calloc((size_t)argc + 1, sizeof(char *));
	c->named = alloc_calloc((size_t)argc + 1, sizeof(char *));
	c->attach = alloc_calloc((size_t)argc + 1, sizeof(char *));
	if (c->to == NULL || c->set == NULL || c->named == NULL ||
	    c->attach == NULL)
		return print_fail(MAPI_E_NOT_ENOUGH_MEMORY, cmd->name,
				  "out of memory");
	/* 0, not 1: GNU getopt then forgets the "+" (stop at the first
	 * argument) of mapix's own option parsing; ours permutes. */
	optind = 0;
	opterr = 0;
	while ((opt = getopt_long(argc, argv, ":h", longopts, NULL)) != -1) {
		switch (opt) {
		case 'h':
			cmd_help(cmd);
			return -1;
		case 'j':
			if (!cmd->json)
				return store_usage_error(cmd,
							 "no --json output");
			c->json = true;
			continue;
		case 'P':
			c->profile = optarg;
			continue;
		case 't':
			need = SO_TREE;
			c->tree = true;
			break;
		case 'c':
			need = SO_COLUMNS;
			c->columns = optarg;
			break;
		case 's':
			need = SO_SORT;
			c->sort = optarg;
			break;
		case 'w':
			need = SO_WHERE;
			c->where = optarg;
			break;
		case 'n':
			need = SO_LIMIT;
			errno = 0;
			c->limit = strtol(optarg, &end, 10);
			if (errno != 0 || *end != '\0' || *optarg == '\0' ||
			    c->limit < 0 || c->limit > 0x7FFFFFFF)
				return store_usage_error(
				    cmd,
				    "--limit wants a number "
				    "from 0, not '%s'",
				    optarg);
			break;
		case 'r':
			need = SO_RECURSIVE;
			c->recursive = true;
			break;
		case 'S':
			need = SO_PUT;
			c->subject = optarg;
			break;
		case 'b':
			need = SO_PUT;
			c->body = optarg;
			break;
		case 'f':
			need = SO_PUT;
			c->from = optarg;
			break;
		case 'T':
			need = SO_PUT;
			c->to[c->nto++] = optarg;
			break;
		case 'd':
			need = SO_PUT;
			c->date = optarg;
			break;
		case 'e':
			need = SO_PUT;
			c->set[c->nset++] = optarg;
			break;
		case 'N':
			need = SO_PUT;
			if (strchr(optarg, '=') == NULL || *optarg == '=')
				return store_usage_error(
				    cmd, "--named wants NAME=TEXT");
			c->named[c->nnamed++] = optarg;
			break;
		case 'u':
			need = SO_PUT;
			c->unread = true;
			break;
		case 'a':
			need = SO_PUT;
			c->attach[c->nattach++] = optarg;
			break;
		case ':':
			return store_usage_error(cmd, "%s needs a value",
						 argv[optind - 1]);
		default:
			return store_usage_error(cmd, "unknown option '%s'",
						 argv[optind - 1]);
		}
		if ((cmd->options & need) == 0)
			return store_usage_error(cmd, "no such option '%s'",
						 print_option_word(argv));
	}
	c->pos = argv + optind;
	c->npos = argc - optind;
	if (c->npos < cmd->min_pos)
		return store_usage_error(cmd, "missing argument (%s)",
					 cmd->synopsis);
	if (cmd->max_pos >= 0 && c->npos > cmd->max_pos)
		return store_usage_error(cmd, "too many arguments (%s)",
					 cmd->synopsis);
	if ((cmd->options & SO_PUT) && c->subject == NULL)
		return store_usage_error(cmd, "--subject is required");
	return 0;
}

/*
 * argv[0] is the command's name; json and profile come from mapix's
 * global options.  Returns the exit status.
 */
int store_main(int argc, char **argv, bool json, const char *profile)
{
	struct store_ctx c;
	size_t i;
	int status;

	memset(&c, 0, sizeof(c));
	c.json = json;
	c.profile = profile;
	c.limit = -1;
	for (i = 0; i < NCOMMANDS; i++) {
		if (strcmp(commands[i].name, argv[0]) == 0)
			c.cmd = &commands[i];
	}
	if (c.cmd == NULL)
		return EXIT_USAGE;
	if (json && !c.cmd->json) {
		fprintf(stderr, "mapix %s: no --json output\n", argv[0]);
		return EXIT_USAGE;
	}
	status = parse_args(&c, argc, argv);
	if (status == 0)
		status = c.cmd->run(&c);
	else if (status < 0)
		status = 0; /* --help */
	fflush(stdout);
	store_session_close(&c);
	alloc_free(c.to);
	alloc_free(c.set);
	alloc_free(c.named);
	alloc_free(c.attach);
	return status;
}
