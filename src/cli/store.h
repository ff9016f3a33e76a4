/*
 * store.h - private to the store commands of the mapix tool (`mapix
 * stores|folders|ls|show|put|mkdir|rmdir|mv|cp|rm`), cut by concern:
 *
 *   store.c        the command table, options, help, store_main
 *   store_nav.c    the session, finding folders and entries, reading
 *                  tables; stores, folders, mkdir, rmdir, mv, cp
 *   store_read.c   ls, show
 *   store_write.c  put, rm
 *
 * Each run_* prints what it did or why it failed and returns the exit
 * status; the helpers return 0 or EXIT_FAILED after printing why.
 */
#ifndef MAPIX_CLI_STORE_H
#define MAPIX_CLI_STORE_H

#include <stdbool.h>

#include <mapidefs.h>
#include <mapix.h>

#include "lib.h"
#include "query.h"

/* Shortest hex text taken as an entry ID rather than a folder name. */
#define EID_HEX_MIN 32

/* Options a command may take besides --help, --json and --profile. */
enum {
	SO_TREE = 1 << 0,
	SO_COLUMNS = 1 << 1,
	SO_SORT = 1 << 2,
	SO_WHERE = 1 << 3,
	SO_LIMIT = 1 << 4,
	SO_RECURSIVE = 1 << 5,
	SO_PUT = 1 << 6, /* --subject --body --from --to --date --set */
};

struct store_ctx;

struct scmd {
	const char *name;
	int (*run)(struct store_ctx *c);
	unsigned int options;
	bool json;
	int min_pos, max_pos; /* max_pos -1: any number */
	const char *synopsis;
	const char *help;
};

/* A command's options and arguments, and the session it works in. */
struct store_ctx {
	const struct scmd *cmd;
	bool json;
	const char *profile;
	bool initialized;
	LPMAPISESSION session;
	LPMDB store;
	/* options */
	bool tree, recursive;
	const char *columns, *sort, *where;
	long limit;
	const char *subject, *body, *from, *date;
	bool unread;
	char **to, **set, **named, **attach;
	int nto, nset, nnamed, nattach;
	char **pos;
	int npos;
};

/* store.c: messages */

/* A usage error of c->cmd and where to find help; returns EXIT_USAGE. */
int store_usage_error(const struct scmd *cmd, const char *fmt, ...)
    ATTR_FORMAT(2, 3);

/*
 * A query text the parser failed on with ret (query.h): when refused
 * (-EINVAL) the message, the text and a caret, and EXIT_USAGE; else
 * (-ENOMEM) a failure, EXIT_FAILED.
 */
int store_query_failed(const struct scmd *cmd, const char *option,
		       const char *text, int ret, const struct query_error *qe);

/* store_nav.c: the session */

/*
 * MAPIInitialize, MAPILogonEx (the named or the default profile) and,
 * with want_store, the store the stores table marks PR_DEFAULT_STORE,
 * opened for writing.
 */
int store_session_open(struct store_ctx *c, bool want_store);
void store_session_close(struct store_ctx *c);

/* store_nav.c: entry IDs, folders, entries */

/* Whether s is taken as a hex entry ID: hex digits, even in number, at
 * least EID_HEX_MIN. */
bool store_is_hex_eid(const char *s);

/* Opens an entry of the default store; *type_r its MAPI_* object type. */
HRESULT store_open_eid(struct store_ctx *c, const SBinary *eid, ULONG *type_r,
		       LPUNKNOWN *obj_r);

/*
 * Opens the folder a FOLDER argument names: a hex entry ID or a path
 * below IPM_SUBTREE.  With last_r, stops one component short and gives
 * the parent folder and, in *last_r, the last component (a pointer into
 * a copy kept in *buf_r, to be alloc_free()d); the path must then have
 * one.
 */
int store_open_folder(struct store_ctx *c, const char *spec,
		      LPMAPIFOLDER *folder_r, const char **last_r,
		      char **buf_r);

/* Opens what an ENTRY argument names: a hex entry ID (any object of the
 * store) or a folder path.  *type_r gets the MAPI_* object type. */
int store_open_entry(struct store_ctx *c, const char *spec, ULONG *type_r,
		     LPUNKNOWN *obj_r);

/* Opens a message by hex entry ID, the folder it is in and its
 * PR_ENTRYID (MAPIFreeBuffer it). */
int store_open_message(struct store_ctx *c, const char *spec, LPMESSAGE *msg_r,
		       LPMAPIFOLDER *parent_r, LPSPropValue *eid_r);

/* store_nav.c: tables and entry IDs on output */

/*
 * Reads rows in batches and calls each(row, index, arg) for each, up to
 * limit rows (-1: all).  what names the table in an error.
 */
int store_each_row(LPMAPITABLE table, long limit, const char *what,
		   void (*each)(const SRow *row, ULONG index, void *arg),
		   void *arg);

/* An entry ID as hex ("HEX" in JSON), or "-" (null) when there is none. */
void store_print_eid(const SBinary *eid, bool json);

/* The commands (store_nav.c, store_read.c, store_write.c). */
int store_cmd_stores(struct store_ctx *c);
int store_cmd_folders(struct store_ctx *c);
int store_cmd_mkdir(struct store_ctx *c);
int store_cmd_rmdir(struct store_ctx *c);
int store_cmd_mv(struct store_ctx *c);
int store_cmd_cp(struct store_ctx *c);
int store_cmd_ls(struct store_ctx *c);
int store_cmd_show(struct store_ctx *c);
int store_cmd_put(struct store_ctx *c);
int store_cmd_rm(struct store_ctx *c);

#endif
