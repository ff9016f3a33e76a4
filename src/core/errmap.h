/*
 * errmap.h - mapix's one errno -> HRESULT map.
 *
 * Internal functions return 0 or a negative errno (with an error_r
 * message, errmsg.h); the public call that ran them returns an HRESULT
 * made here.  The rows live in spec/errmap.def, each with the reason for
 * its code, and scripts/mapigen.py writes them into errmap.c.
 *
 * A caller that needs another answer for one errno (CreateProfile's
 * taken name is MAPI_E_NO_ACCESS, not MAPI_E_COLLISION) tests for it
 * before calling the map, with a comment; no layer keeps a map of its own.
 */
#ifndef MAPIX_CORE_ERRMAP_H
#define MAPIX_CORE_ERRMAP_H

#include <stddef.h>

#include <mapicode.h>
#include <mapiwin.h>

/* Exchange's code for a store over its quota (edkmdb.h on Windows). */
#ifndef MAPI_E_STORE_FULL
#define MAPI_E_STORE_FULL MAKE_MAPI_E(0x60C)
#endif

/* One row of spec/errmap.def. */
struct errmap_row {
	int err;          /* the errno (positive) */
	const char *name; /* its name, "ENOENT" */
	HRESULT hr;       /* what a MAPI call returns */
	HRESULT stg;      /* what an IStream method returns; 0: the default */
};

/* Every row, in the order of spec/errmap.def (for tests and tools). */
extern const struct errmap_row errmap_rows[];
extern const size_t errmap_count;

/*
 * The HRESULT of err, a negative errno: its row's code, or fallback for
 * an errno the map does not list.  0 and positive values are S_OK.
 */
HRESULT errmap_hr_or(int err, HRESULT fallback);

/* errmap_hr_or() with MAPI_E_CALL_FAILED for an unlisted errno. */
HRESULT errmap_hr(int err);

/*
 * The STG_E_* code an IStream method returns for err (negative errno):
 * its row's, or fallback (STG_E_READFAULT or STG_E_WRITEFAULT, as the
 * method read or wrote) when the row names none or there is no row.
 * 0 and positive values are S_OK.
 */
HRESULT errmap_stg(int err, HRESULT fallback);

/* The row of err (negative errno), or NULL. */
const struct errmap_row *errmap_find(int err);

#endif
