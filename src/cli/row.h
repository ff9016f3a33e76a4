/*
 * row.h - reading the columns of a table row (SRow) by tag, for the
 * listings of the mapix tool (stores, folders, profiles, services,
 * providers).  A column is found by its property ID, whatever type the
 * table gave it; a getter whose type does not match, or a column the
 * row has only as an error (PT_ERROR), gives the "none" value.
 */
#ifndef MAPIX_CLI_ROW_H
#define MAPIX_CLI_ROW_H

#include <stdbool.h>

#include <mapidefs.h>

/* The column with tag's property ID, not PT_ERROR; NULL when none. */
const SPropValue *row_find(const SRow *row, ULONG tag);

/*
 * A string column (PT_UNICODE or PT_STRING8) as a new alloc_malloc()ed
 * UTF-8 string; NULL when the row has none or memory runs out.
 */
char *row_string(const SRow *row, ULONG tag);

/* A PT_LONG column, or 0. */
LONG row_long(const SRow *row, ULONG tag);

/* A PT_BOOLEAN column, or false. */
bool row_bool(const SRow *row, ULONG tag);

/* A PT_BINARY column, or NULL. */
const SBinary *row_bin(const SRow *row, ULONG tag);

#endif
