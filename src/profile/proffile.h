/*
 * proffile.h - profile files: a profile's sections and their properties
 * in a text file that a person can read and diff.
 *
 * ----------------------------------------------------------------------
 * The format (version 1)
 *
 *   # mapix profile 1
 *   # ... more comment lines ...
 *
 *   [9815AC08AAB0101A8C9308002B2A56C2]
 *   PR_PROFILE_NAME_W = "Alice"
 *   PR_RESOURCE_FLAGS = 4096
 *   0x66010003 = 3
 *
 * - The first line is "# mapix profile " and the format version.  A file
 *   that lacks it is not a profile (-EBADMSG); a newer version is refused
 *   (-ENOTSUP).
 * - Lines end in LF (a CR before it is ignored).  Blank lines and lines
 *   starting with '#' are ignored; the writer does not keep them (it
 *   writes its own header comment).  The file is UTF-8.
 * - A section starts with its MAPIUID in brackets: 32 hex digits, the 16
 *   bytes in order.  Each section appears once.
 * - Each property is one line: TAG = VALUE.  TAG is the property's name
 *   from spec/tags.def (the exact name: PR_DISPLAY_NAME_W, any case) or
 *   its tag in hex (0x66010003).  The name or tag gives the type; a
 *   property ID appears once per section.
 * - VALUE by type (space around values is ignored):
 *     PT_NULL        null
 *     PT_BOOLEAN     true | false  (any non-zero value is written true)
 *     PT_I2, PT_LONG, PT_I8
 *                    decimal with optional '-', or 0x and hex digits (the
 *                    two's-complement bits); written in decimal
 *     PT_ERROR       as PT_LONG; written 0x and 8 hex digits
 *     PT_R4, PT_DOUBLE, PT_APPTIME
 *                    a C floating-point number ("C" locale); written with
 *                    9 (PT_R4) or 17 significant digits, which read back
 *                    to the same bits; inf, -inf; a NaN is written
 *                    nan:0x and its bits in hex (8 or 16 digits)
 *     PT_CURRENCY    decimal with up to 4 places: 12.3456 (the scaled
 *                    64-bit integer 123456); written with 4 places
 *     PT_SYSTIME     UTC, ISO 8601 with 100 ns: 2024-05-06T07:08:09.0000000Z
 *                    (1 to 7 fraction digits, or none, on input), for years
 *                    1601 to 9999; other FILETIMEs as 0x and 16 hex digits
 *     PT_CLSID       {00020387-0000-0000-C000-000000000046}
 *     PT_BINARY, PT_SVREID
 *                    <hex digits>, two a byte: <> is empty
 *     PT_STRING8, PT_UNICODE
 *                    "text" in double quotes, with the escapes \\ \" \n
 *                    \r \t and \xHH (a byte in PT_STRING8, U+00HH in
 *                    PT_UNICODE); PT_UNICODE also \uHHHH, one UTF-16
 *                    unit.  The writer escapes control characters, and
 *                    bytes that are not UTF-8 (PT_STRING8) or unpaired
 *                    surrogates (PT_UNICODE); everything else is written
 *                    as UTF-8.  NUL cannot appear.
 *     PT_MV_*        [item, item, ...] in the single type's form: []
 *                    is empty
 *   PT_OBJECT, PT_UNSPECIFIED, PT_PTR, PT_SRESTRICTION, PT_ACTIONS and
 *   MV_INSTANCE types are refused.
 * - The writer puts sections in the order of their MAPIUIDs and
 *   properties in the order of their tags, so equal profiles are equal
 *   files and a change shows as a small diff.
 * ----------------------------------------------------------------------
 *
 * No secrets: properties that hold passwords (proffile_tag_denied():
 * PR_PST_PW_SZ_OLD and PR_PST_PW_SZ_NEW) are refused with -EPERM, when set
 * and when read from a file.  Credentials come from the context's token.
 *
 * Every function returns 0 or a negative errno, with messages as in
 * profutil.h; parse errors are -EBADMSG (-EPERM for a denied property,
 * -ENOTSUP for a newer format) and name the file, the line and the
 * reason.  Parsing is all or nothing.  A struct proffile is not locked:
 * one thread at a time.  Edits of a profile file go through
 * proffile_edit(), which re-reads the file under atomicfile's lock.
 */
#ifndef MAPIX_PROFILE_PROFFILE_H
#define MAPIX_PROFILE_PROFFILE_H

#include <stdbool.h>
#include <stddef.h>

#include <mapidefs.h>

#define PROFFILE_VERSION  1
#define PROFFILE_MAX_SIZE (16u * 1024 * 1024)

struct proffile;

/* An empty profile. */
int proffile_new(struct proffile **pf_r);

/* Frees *pf and sets it to NULL; NULL is fine. */
void proffile_free(struct proffile **pf);

/*
 * Parses size bytes at data; name stands for the file in messages.
 * Returns 0 with the profile in *pf_r, -EBADMSG, -EPERM, -ENOTSUP, -EFBIG
 * or -ENOMEM.
 */
int proffile_parse(const char *name, const char *data, size_t size,
		   struct proffile **pf_r, const char **error_r);

/* Reads and parses the file at path; -ENOENT and the like name it. */
int proffile_load(const char *path, struct proffile **pf_r,
		  const char **error_r);

/*
 * The profile as text (format above).  Returns 0 with the text
 * (alloc_malloc()ed, NUL-terminated) in *data_r and its size in *size_r,
 * or -ENOMEM.
 */
int proffile_format(const struct proffile *pf, char **data_r, size_t *size_r);

/* True for the property IDs a profile never stores (passwords). */
bool proffile_tag_denied(ULONG tag);

/* The sections, in MAPIUID order; i < the count. */
size_t proffile_section_count(const struct proffile *pf);
const MAPIUID *proffile_section_uid(const struct proffile *pf, size_t i);
bool proffile_has_section(const struct proffile *pf, const MAPIUID *uid);

/* Adds an empty section: 0 or -EEXIST, -ENOMEM. */
int proffile_add_section(struct proffile *pf, const MAPIUID *uid);

/* Removes a section and its properties: 0 or -ENOENT. */
int proffile_delete_section(struct proffile *pf, const MAPIUID *uid);

/*
 * Sets properties of a section, which is made when it does not exist.  A
 * property replaces the one with the same ID (whatever its type).  All or
 * nothing: returns 0; -EPERM for a denied tag; -EINVAL for a type that
 * cannot be stored, a value with a NULL pointer, a string the format
 * cannot hold (NUL is impossible anyway) or an ID given twice; -ENOMEM.
 */
int proffile_set_props(struct proffile *pf, const MAPIUID *uid, ULONG cValues,
		       const SPropValue *props, const char **error_r);

/*
 * Removes properties (by ID) from a section; IDs it lacks are ignored.
 * Returns 0 or -ENOENT (no such section).
 */
int proffile_delete_props(struct proffile *pf, const MAPIUID *uid, ULONG cTags,
			  const ULONG *tags);

/*
 * The properties of a section in tag order, in one MAPI buffer (free it
 * with MAPIFreeBuffer; 0 values still give a buffer).  Returns 0, -ENOENT
 * or -ENOMEM.
 */
int proffile_get_props(const struct proffile *pf, const MAPIUID *uid,
		       ULONG *count_r, LPSPropValue *props_r);

/*
 * One property by ID (and by type, unless tag's type is PT_UNSPECIFIED),
 * in its own MAPI buffer.  Returns 0, -ENOENT or -ENOMEM.
 */
int proffile_get_prop(const struct proffile *pf, const MAPIUID *uid, ULONG tag,
		      LPSPropValue *prop_r);

/* Writes the whole profile to path through atomicfile_write(). */
int proffile_save(const struct proffile *pf, const char *path,
		  const char **error_r);

/* What a proffile_edit() callback may return besides 0 and an error. */
#define PROFFILE_NO_CHANGE 1 /* write nothing */
#define PROFFILE_DELETE    2 /* remove the profile file */

/* Flags of proffile_edit(). */
#define PROFFILE_CREATE 0x1 /* a missing file is an empty profile */
#define PROFFILE_EXCL   0x2 /* with CREATE: an existing file is -EEXIST */

/*
 * The caller's part of an edit: changes pf (the profile as it is in the
 * file now).  Returns 0 to write it, PROFFILE_NO_CHANGE, PROFFILE_DELETE
 * or a negative errno to abandon the edit.
 */
typedef int proffile_edit_fn(struct proffile *pf, void *context,
			     const char **error_r);

/*
 * One locked edit of the profile file at path: lock, re-read and parse
 * it, call fn, write the result unless it is unchanged.  Returns 0 or a
 * negative errno: fn's error, -ENOENT for a missing file without
 * PROFFILE_CREATE, -EEXIST for an existing one with PROFFILE_EXCL, the
 * parse error of a broken file (left alone), or atomicfile's errors.
 */
int proffile_edit(const char *path, unsigned int flags, proffile_edit_fn *fn,
		  void *context, const char **error_r);

#endif
