/*
 * cli.h - what the parts of the mapix tool share besides their printing
 * (print.h): the exit statuses and the entry point of each command
 * family, which mapix.c dispatches to.
 *
 *   admin.c          mapix admin user ...
 *   profile*.c       mapix profile ...
 *   store*.c         mapix stores|folders|ls|show|put|mkdir|rmdir|mv|cp|rm
 *
 * Each *_main takes argv with the command's first word in argv[0] and
 * returns the process's exit status.
 */
#ifndef MAPIX_CLI_CLI_H
#define MAPIX_CLI_CLI_H

#include <stdbool.h>
#include <string.h>

/* Exit statuses of every command: 0 success, 1 failure, 2 usage error. */
#define EXIT_FAILED 1
#define EXIT_USAGE  2

/* json: mapix's global --json. */
int admin_main(int argc, char **argv, bool json);
int profile_main(int argc, char **argv, bool json);

/* profile: mapix's global --profile, NULL for the default profile. */
int store_main(int argc, char **argv, bool json, const char *profile);

/* Whether name is one of the commands store_main runs. */
bool store_is_command(const char *name);

/* A word asking for help where a command is expected. */
static inline bool cli_is_help(const char *arg)
{
	return strcmp(arg, "--help") == 0 || strcmp(arg, "-h") == 0 ||
	       strcmp(arg, "help") == 0;
}

#endif
