/*
 * propvalid.c - the mapival.h validation helpers that service providers
 * call on caller data: FBadPropTag, FBadProp, FBadRow, FBadRowSet,
 * FBadColumnSet, FBadRglpszA and FBadRglpszW.
 *
 * Each returns nonzero (TRUE) when its argument is bad.  They check
 * structure only: tags, counts and that the pointers a value needs are
 * present.  Unlike Windows they cannot probe whether memory is readable, so
 * a non-NULL pointer is taken as valid.
 *
 * Which property types count as valid follows native Windows as pinned down
 * by its conformance tests (mapi-facts.md 5.2 and 8.1): the base types
 * {UNSPECIFIED, NULL, I2, LONG, R4, DOUBLE, CURRENCY, APPTIME, ERROR,
 * BOOLEAN, OBJECT, I8, STRING8, UNICODE, SYSTIME, CLSID, BINARY}, each with
 * or without MV_FLAG.  Any other bit, MV_INSTANCE included, makes a tag
 * bad: native FBadPropTag and FBadColumnSet reject MVI_PROP() tags too.
 */
#include <mapiutil.h>

#include <stdbool.h>

#include "proptype.h"

/*
 * FBadPropTag
 *
 * Validates a property tag.
 *
 * PARAMS
 *  ulPropTag [I] the tag
 *
 * RETURNS
 *  TRUE when the tag's type is not one MAPI defines, FALSE otherwise.
 *
 * NOTES
 *  Only the type is checked; Windows documents that it also checks that
 *  the identifier is "defined to be of that type", which no implementation
 *  can know for arbitrary identifiers.  PT_UNSPECIFIED and MV_FLAG forms of
 *  every base type are valid; MV_INSTANCE is not (as on Windows).
 */
STDAPI_(ULONG) FBadPropTag(ULONG ulPropTag)
{
	const struct proptype *t =
	    proptype_base(PROP_TYPE(ulPropTag) & ~(ULONG)MV_FLAG);

	return t == NULL || !(t->flags & PROPTYPE_TAG);
}

/*
 * FBadProp
 *
 * Validates a property value.
 *
 * PARAMS
 *  lpProp [I] the value
 *
 * RETURNS
 *  TRUE when the value is bad: NULL, a bad tag, a string or GUID pointer
 *  that is NULL, a binary or multi-valued array with a count but no data,
 *  a NULL element in a multi-valued string array, or a PT_BOOLEAN that is
 *  neither TRUE (1) nor FALSE (0).  FALSE otherwise.
 *
 * NOTES
 *  Windows documents the boolean check ("either TRUE or FALSE").  A
 *  multi-valued value with cValues 0 is valid without an array, even for
 *  MV_FLAG forms of PT_NULL, PT_ERROR, PT_BOOLEAN and PT_OBJECT, which have
 *  no array type: native accepts them, and with a nonzero count mapix
 *  rejects them because no element could be read.
 */
STDAPI_(ULONG) FBadProp(LPSPropValue lpProp)
{
	const SPropValue *v = lpProp;
	ULONG type;

	if (v == NULL || FBadPropTag(v->ulPropTag))
		return TRUE;
	type = PROP_TYPE(v->ulPropTag);
	if (type == PT_BOOLEAN)
		return v->Value.b != 0 && v->Value.b != 1;
	/* MV_FLAG forms without an array type: cValues sits at the same
	 * place in every MV array, and no element could be read. */
	if ((type & MV_FLAG) && proptype_find(type) == NULL)
		return proptype_mv_count(v) != 0;
	/* Scalars: any bit pattern is a value. */
	return !proptype_pointers_ok(v);
}

/*
 * FBadRow
 *
 * Validates a table row.
 *
 * PARAMS
 *  lpRow [I] the row
 *
 * RETURNS
 *  TRUE when lpRow is NULL, has values but no array, or any of its values
 *  fails FBadProp.  FALSE otherwise.
 *
 * NOTES
 *  PT_ERROR values are fine: rows report missing columns that way.
 */
STDAPI_(ULONG) FBadRow(LPSRow lpRow)
{
	ULONG i;

	if (lpRow == NULL)
		return TRUE;
	if (lpRow->cValues != 0 && lpRow->lpProps == NULL)
		return TRUE;
	for (i = 0; i < lpRow->cValues; i++) {
		if (FBadProp(&lpRow->lpProps[i]))
			return TRUE;
	}
	return FALSE;
}

/*
 * FBadRowSet
 *
 * Validates a row set.
 *
 * PARAMS
 *  lpRowSet [I] the row set
 *
 * RETURNS
 *  TRUE when lpRowSet is NULL or any row fails FBadRow, FALSE otherwise.
 */
STDAPI_(ULONG) FBadRowSet(LPSRowSet lpRowSet)
{
	ULONG i;

	if (lpRowSet == NULL)
		return TRUE;
	for (i = 0; i < lpRowSet->cRows; i++) {
		if (FBadRow(&lpRowSet->aRow[i]))
			return TRUE;
	}
	return FALSE;
}

/*
 * FBadColumnSet
 *
 * Validates a column set before IMAPITable::SetColumns.
 *
 * PARAMS
 *  lpptaCols [I] the column tags
 *
 * RETURNS
 *  TRUE when lpptaCols is NULL, or a tag fails FBadPropTag or has type
 *  PT_ERROR.  FALSE otherwise.
 *
 * NOTES
 *  Windows documents that PT_ERROR columns are invalid and PT_NULL columns
 *  valid.  Native only rejects single-valued PT_ERROR: MV_FLAG | PT_ERROR
 *  passes, and mapix does the same.  MVI_PROP() columns fail (MV_INSTANCE
 *  is not a type bit FBadPropTag accepts), as on Windows; a provider that
 *  supports them must strip MV_INSTANCE before checking.
 */
STDAPI_(ULONG) FBadColumnSet(LPSPropTagArray lpptaCols)
{
	ULONG i;

	if (lpptaCols == NULL)
		return TRUE;
	for (i = 0; i < lpptaCols->cValues; i++) {
		ULONG tag = lpptaCols->aulPropTag[i];

		if (PROP_TYPE(tag) == PT_ERROR || FBadPropTag(tag))
			return TRUE;
	}
	return FALSE;
}

/*
 * FBadRglpszA
 *
 * Validates an array of 8-bit strings.
 *
 * PARAMS
 *  lppszA   [I] the array
 *  cStrings [I] number of strings in it
 *
 * RETURNS
 *  TRUE when lppszA is NULL (and cStrings is not 0) or any of the first
 *  cStrings entries is NULL, FALSE otherwise.
 */
STDAPI_(ULONG) FBadRglpszA(LPSTR *lppszA, ULONG cStrings)
{
	ULONG i;

	if (cStrings == 0)
		return FALSE;
	if (lppszA == NULL)
		return TRUE;
	for (i = 0; i < cStrings; i++) {
		if (lppszA[i] == NULL)
			return TRUE;
	}
	return FALSE;
}

/*
 * FBadRglpszW
 *
 * Validates an array of UTF-16 strings.
 *
 * PARAMS
 *  lppszW   [I] the array
 *  cStrings [I] number of strings in it
 *
 * RETURNS
 *  TRUE when lppszW is NULL (and cStrings is not 0) or any of the first
 *  cStrings entries is NULL, FALSE otherwise.
 */
STDAPI_(ULONG) FBadRglpszW(LPWSTR *lppszW, ULONG cStrings)
{
	ULONG i;

	if (cStrings == 0)
		return FALSE;
	if (lppszW == NULL)
		return TRUE;
	for (i = 0; i < cStrings; i++) {
		if (lppszW[i] == NULL)
			return TRUE;
	}
	return FALSE;
}
