/*
 * isotime.h - the mapix tool's one conversion between FILETIME (100 ns
 * units since 1601-01-01 UTC, what PT_SYSTIME holds) and ISO 8601 text in
 * UTC: the form values are printed in (`show`, `ls`, `profile show`) and
 * the form `--where`, `--set` and `--date` read.  query.c parses with it
 * and print.c formats with it, so both directions agree on one calendar.
 *
 * It lives in the library the query parser's unit test and fuzz target
 * link (src/cli/meson.build), and is meant to move into a core time
 * module as it is.
 */
#ifndef MAPIX_CLI_ISOTIME_H
#define MAPIX_CLI_ISOTIME_H

#include <stdbool.h>
#include <stddef.h>

#include <mapidefs.h>

/* Room for the longest text isotime_format writes, with its NUL. */
#define ISOTIME_TEXT_SIZE 32

/*
 * Writes ft as "2026-11-03T14:05:09Z", with ".fffffff" (seven digits)
 * before the Z when the time is not a whole second.  Returns false, and
 * writes nothing, for a time after year 9999 or a buffer smaller than
 * ISOTIME_TEXT_SIZE.
 */
bool isotime_format(const FILETIME *ft, char *buf, size_t size);

/*
 * Reads YYYY-MM-DD (from 1601), optionally followed by T (or a space, or
 * t) and HH:MM, then :SS, then .fraction (1 to 7 digits), then an
 * optional Z.  Every time is UTC.  Returns false for anything else: a day
 * the month does not have, 24:00, trailing text.
 */
bool isotime_parse(const char *s, FILETIME *ft);

/* The current time (time(2), whole seconds) as a FILETIME. */
void isotime_now(FILETIME *ft);

#endif
