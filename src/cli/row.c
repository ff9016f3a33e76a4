/*
 * row.c - typed access to the columns of a table row (see row.h).
 */
#include "row.h"

#include "alloc.h"
#include "ustring.h"

const SPropValue *row_find(const SRow *row, ULONG tag)
{
	ULONG i;

	for (i = 0; i < row->cValues; i++) {
		if (PROP_ID(row->lpProps[i].ulPropTag) == PROP_ID(tag) &&
		    PROP_TYPE(row->lpProps[i].ulPropTag) != PT_ERROR)
			return &row->lpProps[i];
	}
	return NULL;
}

char *row_string(const SRow *row, ULONG tag)
{
	const SPropValue *p = row_find(row, tag);

	if (p != NULL && PROP_TYPE(p->ulPropTag) == PT_UNICODE)
		return ustr_to_utf8(p->Value.lpszW);
	if (p != NULL && PROP_TYPE(p->ulPropTag) == PT_STRING8)
		return alloc_strdup(p->Value.lpszA != NULL ? p->Value.lpszA
							   : "");
	return NULL;
}

LONG row_long(const SRow *row, ULONG tag)
{
	const SPropValue *p = row_find(row, tag);

	return p != NULL && PROP_TYPE(p->ulPropTag) == PT_LONG ? p->Value.l : 0;
}

bool row_bool(const SRow *row, ULONG tag)
{
	const SPropValue *p = row_find(row, tag);

	return p != NULL && PROP_TYPE(p->ulPropTag) == PT_BOOLEAN &&
	       p->Value.b != 0;
}

const SBinary *row_bin(const SRow *row, ULONG tag)
{
	const SPropValue *p = row_find(row, tag);

	return p != NULL && PROP_TYPE(p->ulPropTag) == PT_BINARY ? &p->Value.bin
								 : NULL;
}
