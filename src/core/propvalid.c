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

/* True for the base types (MV_FLAG already stripped) MAPI defines. */
static bool base_type_valid(ULONG type)
{
	switch (type) {
	case PT_UNSPECIFIED:
	case PT_NULL:
	case PT_I2:
	case PT_LONG:
	case PT_R4:
	case PT_DOUBLE:
	case PT_CURRENCY:
	case PT_APPTIME:
	case PT_ERROR:
	case PT_BOOLEAN:
	case PT_OBJECT:
	case PT_I8:
	case PT_STRING8:
	case PT_UNICODE:
	case PT_SYSTIME:
	case PT_CLSID:
	case PT_BINARY:
		return true;
	default:
		return false;
	}
}

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
	return !base_type_valid(PROP_TYPE(ulPropTag) & ~(ULONG)MV_FLAG);
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
	ULONG i;

	if (v == NULL || FBadPropTag(v->ulPropTag))
		return TRUE;

	switch (PROP_TYPE(v->ulPropTag)) {
	case PT_BOOLEAN:
		return v->Value.b != 0 && v->Value.b != 1;
	case PT_STRING8:
		return v->Value.lpszA == NULL;
	case PT_UNICODE:
		return v->Value.lpszW == NULL;
	case PT_CLSID:
		return v->Value.lpguid == NULL;
	case PT_BINARY:
		return v->Value.bin.cb != 0 && v->Value.bin.lpb == NULL;
	case PT_MV_I2:
		return v->Value.MVi.cValues != 0 && v->Value.MVi.lpi == NULL;
	case PT_MV_LONG:
		return v->Value.MVl.cValues != 0 && v->Value.MVl.lpl == NULL;
	case PT_MV_R4:
		return v->Value.MVflt.cValues != 0 &&
		       v->Value.MVflt.lpflt == NULL;
	case PT_MV_DOUBLE:
		return v->Value.MVdbl.cValues != 0 &&
		       v->Value.MVdbl.lpdbl == NULL;
	case PT_MV_CURRENCY:
		return v->Value.MVcur.cValues != 0 &&
		       v->Value.MVcur.lpcur == NULL;
	case PT_MV_APPTIME:
		return v->Value.MVat.cValues != 0 && v->Value.MVat.lpat == NULL;
	case PT_MV_SYSTIME:
		return v->Value.MVft.cValues != 0 && v->Value.MVft.lpft == NULL;
	case PT_MV_I8:
		return v->Value.MVli.cValues != 0 && v->Value.MVli.lpli == NULL;
	case PT_MV_CLSID:
		return v->Value.MVguid.cValues != 0 &&
		       v->Value.MVguid.lpguid == NULL;
	case PT_MV_STRING8:
		if (v->Value.MVszA.cValues == 0)
			return FALSE;
		return FBadRglpszA(v->Value.MVszA.lppszA,
				   v->Value.MVszA.cValues);
	case PT_MV_UNICODE:
		if (v->Value.MVszW.cValues == 0)
			return FALSE;
		return FBadRglpszW(v->Value.MVszW.lppszW,
				   v->Value.MVszW.cValues);
	case PT_MV_BINARY:
		if (v->Value.MVbin.cValues == 0)
			return FALSE;
		if (v->Value.MVbin.lpbin == NULL)
			return TRUE;
		for (i = 0; i < v->Value.MVbin.cValues; i++) {
			const SBinary *bin = &v->Value.MVbin.lpbin[i];

			if (bin->cb != 0 && bin->lpb == NULL)
				return TRUE;
		}
		return FALSE;
	case MV_FLAG | PT_UNSPECIFIED:
	case MV_FLAG | PT_NULL:
	case MV_FLAG | PT_ERROR:
	case MV_FLAG | PT_BOOLEAN:
	case MV_FLAG | PT_OBJECT:
		/* cValues sits at the same place in every MV array. */
		return v->Value.MVl.cValues != 0;
	default:
		/* Scalars: any bit pattern is a value. */
		return FALSE;
	}
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
