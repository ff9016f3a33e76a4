/*
 * tagname.h - property tag names both ways, for tools and messages:
 * "PR_SUBJECT_W" <-> 0x0037001F.  The table is generated from
 * spec/tags.def.
 */
#ifndef MAPIX_CORE_TAGNAME_H
#define MAPIX_CORE_TAGNAME_H

#include <stddef.h>

#include <mapidefs.h>

/*
 * The name of a tag ("PR_SUBJECT_W"), or NULL when the tag has none.  A
 * tag with several names (aliases) gives the first in spec/tags.def order.
 */
const char *tagname_lookup(ULONG tag);

/*
 * Parses a tag name ("PR_SUBJECT_W", case-insensitive) or a hex tag
 * ("0x0037001F" or "0037001F").  Returns 0 and sets *tag_r, or -ENOENT.
 */
int tagname_parse(const char *name, ULONG *tag_r);

/* The name of a property type ("PT_UNICODE", "PT_MV_LONG"), or NULL. */
const char *tagname_type_name(ULONG type);

/* Formats tag as its name or as "0x%08X" into buf; returns buf. */
const char *tagname_format(ULONG tag, char *buf, size_t size);

#endif
