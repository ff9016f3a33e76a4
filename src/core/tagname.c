/*
 * tagname.c - property tag names both ways, from the generated tables.
 *
 * The tables are sorted at generation time (by name with strcmp, and by
 * tag value), so both lookups are binary searches.
 */
#include "tagname.h"

#include <ctype.h>
#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "proptype.h"
#include "tagname_table.c"

#define N_TAGNAMES (sizeof(tagname_by_tag) / sizeof(tagname_by_tag[0]))

static int compare_by_tag(const void *key, const void *elem)
{
	ULONG tag = *(const ULONG *)key;
	ULONG other = ((const struct tagname_entry *)elem)->tag;

	return tag < other ? -1 : tag > other ? 1 : 0;
}

static int compare_by_name(const void *key, const void *elem)
{
	return strcmp(key, ((const struct tagname_entry *)elem)->name);
}

const char *tagname_lookup(ULONG tag)
{
	const struct tagname_entry *e;

	e = bsearch(&tag, tagname_by_tag, N_TAGNAMES, sizeof(*e),
		    compare_by_tag);
	if (e == NULL)
		return NULL;
	/* Several names may share a value: report the first of them. */
	while (e > tagname_by_tag && e[-1].tag == tag)
		e--;
	return e->name;
}

static int parse_hex_tag(const char *s, ULONG *tag_r)
{
	char *end;
	unsigned long v;

	if (s[0] == '0' && (s[1] == 'x' || s[1] == 'X'))
		s += 2;
	if (*s == '\0' || strlen(s) > 8)
		return -ENOENT;
	errno = 0;
	v = strtoul(s, &end, 16);
	if (errno != 0 || *end != '\0')
		return -ENOENT;
	*tag_r = (ULONG)v;
	return 0;
}

int tagname_parse(const char *name, ULONG *tag_r)
{
	const struct tagname_entry *e;
	char upper[128];
	size_t i;

	if (name == NULL || *name == '\0')
		return -ENOENT;
	if (parse_hex_tag(name, tag_r) == 0)
		return 0;
	for (i = 0; name[i] != '\0'; i++) {
		if (i + 1 >= sizeof(upper))
			return -ENOENT;
		upper[i] = (char)toupper((unsigned char)name[i]);
	}
	upper[i] = '\0';
	e = bsearch(upper, tagname_by_name, N_TAGNAMES, sizeof(*e),
		    compare_by_name);
	if (e == NULL)
		return -ENOENT;
	*tag_r = e->tag;
	return 0;
}

const char *tagname_type_name(ULONG type)
{
	return proptype_name(type);
}

const char *tagname_format(ULONG tag, char *buf, size_t size)
{
	const char *name = tagname_lookup(tag);

	if (name != NULL)
		snprintf(buf, size, "%s", name);
	else
		snprintf(buf, size, "0x%08X", tag);
	return buf;
}
