/*
 * profile.h - private to `mapix profile` (profile_main), cut by concern:
 *
 *   profile.c          the command table, options, the session (the
 *                      context to act in, MAPI, IProfAdmin), and the
 *                      commands on whole profiles: list, create, delete,
 *                      copy, rename, default
 *   profile_service.c  PROP=VALUE arguments and the service commands:
 *                      service list, add, remove, configure
 *   profile_show.c     show: services, providers and every section
 *
 * Each profile_cmd_* prints what it did or why it failed and returns the
 * exit status; the helpers return 0 or EXIT_FAILED after printing why.
 */
#ifndef MAPIX_CLI_PROFILE_H
#define MAPIX_CLI_PROFILE_H

#include <stdbool.h>

#include <mapix.h>
#include <mapixsec.h>

#include "lib.h"

/* Hex digits of a MAPIUID, and room for them and a NUL. */
#define UID_HEX_LEN  32
#define UID_HEX_SIZE (UID_HEX_LEN + 1)

/* Options a command may take besides --help, --json and --user. */
enum {
	PO_DEFAULT_SERVICES = 1 << 0,
	PO_DEFAULT = 1 << 1,
	PO_DISPLAY_NAME = 1 << 2,
	PO_CLEAR = 1 << 3,
};

/* The context a command acts in, MAPI there and IProfAdmin. */
struct profile_session {
	LPMAPIXTOKEN token;
	bool impersonating;
	bool initialized;
	LPPROFADMIN admin;
};

/* What a command's options and arguments came to. */
struct pcmd_args {
	bool json;        /* --json, before or after the command */
	const char *user; /* --user NAME, or NULL */
	bool default_services, make_default, clear;
	char *display_name;
	char **pos; /* the positional arguments */
	int npos;
};

struct pcmd {
	const char *name; /* "list", "service add" */
	/* Runs in the session profile_main opened for it. */
	int (*run)(const struct pcmd *cmd, struct pcmd_args *a,
		   struct profile_session *s);
	unsigned int options;
	bool json;            /* takes --json */
	int min_pos, max_pos; /* max_pos -1: any number */
	const char *synopsis; /* after "mapix profile " */
	const char *help;
};

/* profile.c */

/* A usage error of cmd, its synopsis and where to find help; returns
 * EXIT_USAGE. */
int profile_usage_error(const struct pcmd *cmd, const char *fmt, ...)
    ATTR_FORMAT(2, 3);

/*
 * Enters the context to act in (user, from --user, or NULL for the
 * caller's own) and opens MAPI and IProfAdmin there; on failure
 * everything is undone.
 */
int profile_session_open(struct profile_session *s, const char *user);
void profile_session_close(struct profile_session *s);

/* IProfAdmin::AdminServices for a profile. */
int profile_open_services(struct profile_session *s, char *profile,
			  LPSERVICEADMIN *sa_r);

/* The profile table's rows, sorted by name (FreeProws them). */
int profile_table_rows(struct profile_session *s, LPSRowSet *rows_r);

/* The MAPIUID in a 16-byte binary column, or NULL. */
const BYTE *profile_row_uid(const SRow *row, ULONG tag);

/* profile_service.c */

/* The rows of the message service table, or with providers of the
 * provider table, of sa's profile (FreeProws them). */
int profile_service_rows(LPSERVICEADMIN sa, const char *profile, bool providers,
			 LPSRowSet *rows_r);

/* The commands. */
int profile_cmd_show(const struct pcmd *cmd, struct pcmd_args *a,
		     struct profile_session *s);
int profile_cmd_service_list(const struct pcmd *cmd, struct pcmd_args *a,
			     struct profile_session *s);
int profile_cmd_service_add(const struct pcmd *cmd, struct pcmd_args *a,
			    struct profile_session *s);
int profile_cmd_service_edit(const struct pcmd *cmd, struct pcmd_args *a,
			     struct profile_session *s);

#endif
