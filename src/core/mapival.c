/*
 * mapival.c - mapival.h's validators: HrValidateParameters, which the
 * Validate_/UlValidate_/CheckParameters_ macros call with a method's
 * arguments, and the whole-structure checks FBadRestriction,
 * FBadSortOrderSet, FBadEntryList and FBadRglpNameID.
 *
 * The per-method rules are data (mapival_table.c, generated; see
 * mapival_int.h); this file reads the argument slots and applies them,
 * reusing the validators core already has: FBadColumnSet and FBadRowSet
 * (propvalid.c), res_validate and sort_validate, ScCountProps and
 * ScCountNotifications.  A failure says which argument was bad on the
 * calling thread's record, where GetLastError of any object finds it.
 * Like every mapix validator these check structure; memory cannot be
 * probed, so a non-NULL pointer is taken to point at something.
 */
#include <mapival.h>

#include <errno.h>
#include <string.h>

#include "lib.h"
#include "mapival_int.h"
#include "objhdr.h"
#include "restriction.h"
#include "sortorder.h"

/*
 * FBadRestriction
 *
 * Validates a restriction tree.
 *
 * PARAMS
 *  lpres [I] the restriction
 *
 * RETURNS
 *  TRUE when it is NULL or malformed (an unknown rt, a NULL pointer, a
 *  relation or fuzzy level out of range, a malformed value), FALSE
 *  otherwise.
 *
 * NOTES
 *  The rules are res_validate()'s, the ones IMAPITable::Restrict applies.
 *  A well-formed restriction that mapix cannot evaluate (RELOP_RE, nested
 *  subrestrictions, too deep, a value of another type than its property)
 *  is not bad: Restrict answers MAPI_E_TOO_COMPLEX for it.
 */
STDAPI_(ULONG) FBadRestriction(LPSRestriction lpres)
{
	if (lpres == NULL)
		return TRUE;
	return res_validate(lpres, NULL) == -EINVAL;
}

/*
 * FBadSortOrderSet
 *
 * Validates a sort order set.
 *
 * PARAMS
 *  lpsos [I] the set
 *
 * RETURNS
 *  TRUE when it is NULL or malformed (more categories than sort keys, an
 *  unknown ulOrder, a tag whose values cannot be ordered), FALSE
 *  otherwise.  More keys than mapix sorts by is not bad (SortTable answers
 *  MAPI_E_TOO_COMPLEX).
 */
STDAPI_(ULONG) FBadSortOrderSet(LPSSortOrderSet lpsos)
{
	if (lpsos == NULL)
		return TRUE;
	return sort_validate(lpsos, NULL) == -EINVAL;
}

/*
 * FBadEntryList
 *
 * Validates an entry list (an array of entry IDs).
 *
 * PARAMS
 *  lpEntryList [I] the list
 *
 * RETURNS
 *  TRUE when the list is NULL, its array is NULL while cValues is not 0,
 *  or an entry has no bytes or a NULL pointer; FALSE otherwise.
 */
STDAPI_(BOOL) FBadEntryList(LPENTRYLIST lpEntryList)
{
	ULONG i;

	if (lpEntryList == NULL)
		return TRUE;
	if (lpEntryList->cValues == 0)
		return FALSE;
	if (lpEntryList->lpbin == NULL)
		return TRUE;
	for (i = 0; i < lpEntryList->cValues; i++) {
		const SBinary *bin = &lpEntryList->lpbin[i];

		if (bin->cb == 0 || bin->lpb == NULL)
			return TRUE;
	}
	return FALSE;
}

/*
 * FBadRglpNameID
 *
 * Validates an array of named-property names (GetIDsFromNames' input).
 *
 * PARAMS
 *  lppNameId [I] the names
 *  cNames    [I] how many
 *
 * RETURNS
 *  TRUE when the array is NULL (with cNames not 0), or a name is NULL, has
 *  no property set GUID, a ulKind other than MNID_ID and MNID_STRING, or
 *  a NULL string; FALSE otherwise.
 */
STDAPI_(BOOL) FBadRglpNameID(LPMAPINAMEID *lppNameId, ULONG cNames)
{
	ULONG i;

	if (cNames == 0)
		return FALSE;
	if (lppNameId == NULL)
		return TRUE;
	for (i = 0; i < cNames; i++) {
		const MAPINAMEID *name = lppNameId[i];

		if (name == NULL || name->lpguid == NULL)
			return TRUE;
		if (name->ulKind == MNID_STRING) {
			if (name->Kind.lpwstrName == NULL)
				return TRUE;
		} else if (name->ulKind != MNID_ID) {
			return TRUE;
		}
	}
	return FALSE;
}

/* The argument in slot i, read as the type the rule expects. */
static void *slot_ptr(LPVOID *args, unsigned int i)
{
	void *p;

	memcpy(&p, &args[i], sizeof(p));
	return p;
}

static ULONG slot_ulong(LPVOID *args, unsigned int i)
{
	ULONG v;

	memcpy(&v, &args[i], sizeof(v));
	return v;
}

/* The element count of a counted argument (1 when it has no count). */
static ULONG param_count(LPVOID *args, const struct mapival_param *p)
{
	return p->aux == 0 ? 1 : slot_ulong(args, p->aux - 1);
}

/* NULL where a pointer is required; a counted array missing its data. */
static bool missing(LPVOID *args, unsigned int i, const struct mapival_param *p)
{
	void *v = slot_ptr(args, i);

	switch (p->kind) {
	case MVP_OUT:
	case MVP_PTR:
	case MVP_OBJ:
	case MVP_STR:
	case MVP_TAGS:
	case MVP_RES:
	case MVP_SORT:
	case MVP_ENTRYLIST:
	case MVP_ROWSET:
		return p->req && v == NULL;
	case MVP_PROPS:
	case MVP_EID:
	case MVP_BUF:
	case MVP_IIDS:
	case MVP_NAMES:
	case MVP_NOTIFS:
		return v == NULL && param_count(args, p) != 0;
	default:
		return false;
	}
}

/* Whether a given (non-NULL, or counted) argument's contents are bad. */
static bool malformed(LPVOID *args, unsigned int i,
		      const struct mapival_param *p)
{
	void *v = slot_ptr(args, i);
	ULONG count;

	if (v == NULL)
		return false;
	switch (p->kind) {
	case MVP_OBJ: {
		const IUnknown *unk = v;

		return unk->lpVtbl == NULL;
	}
	case MVP_TAGS:
		return FBadColumnSet(v) != 0;
	case MVP_RES:
		return FBadRestriction(v) != 0;
	case MVP_SORT:
		return FBadSortOrderSet(v) != 0;
	case MVP_ENTRYLIST:
		return FBadEntryList(v) != 0;
	case MVP_ROWSET:
		return FBadRowSet(v) != 0;
	case MVP_PROPS:
		count = param_count(args, p);
		return count > INT32_MAX ||
		       FAILED(ScCountProps((int)count, v, NULL));
	case MVP_NAMES:
		return FBadRglpNameID(v, param_count(args, p)) != 0;
	case MVP_NOTIFS:
		count = param_count(args, p);
		return count > INT32_MAX ||
		       FAILED(ScCountNotifications((int)count, v, NULL));
	default:
		return false;
	}
}

/*
 * HrValidateParameters
 *
 * Validates the arguments of a MAPI method, as the mapival.h macros pass
 * them.
 *
 * PARAMS
 *  eMethod    [I] the method (IMAPIProp_GetProps ...)
 *  ppFirstArg [I] the argument slots after This (MakeArrayN of mapival.h):
 *                 one pointer-sized slot per argument, its bytes at the
 *                 start; may be NULL for a method without arguments
 *
 * RETURNS
 *  S_OK; MAPI_E_UNKNOWN_FLAGS when a flags argument has a bit the method
 *  does not define; MAPI_E_INVALID_PARAMETER for an unknown eMethod, a
 *  NULL ppFirstArg, a required pointer that is NULL, an array missing for a
 *  non-zero count, or a malformed structure (see mapival.h and
 *  spec/mapival.def for each method's rules).  The failing argument is
 *  named on the calling thread's record.
 */
STDAPI HrValidateParameters(METHODS eMethod, LPVOID *ppFirstArg)
{
	const struct mapival_method *m;
	unsigned int i;

	if ((unsigned int)eMethod >= mapival_method_count)
		return objhdr_thread_seterr(MAPI_E_INVALID_PARAMETER,
					    "HrValidateParameters: %d is not "
					    "a method of METHODS",
					    (int)eMethod);
	m = &mapival_methods[eMethod];
	if (m->count == 0)
		return S_OK;
	if (ppFirstArg == NULL)
		return objhdr_thread_seterr(MAPI_E_INVALID_PARAMETER,
					    "%s: no arguments to validate "
					    "(ppFirstArg is NULL)",
					    m->name);
	for (i = 0; i < m->count; i++) {
		const struct mapival_param *p = &m->params[i];

		if (p->kind == MVP_FLAGS) {
			ULONG bad = slot_ulong(ppFirstArg, i) & ~p->aux;

			if (bad != 0)
				return objhdr_thread_seterr(
				    MAPI_E_UNKNOWN_FLAGS,
				    "%s: %s holds flags 0x%08X the method "
				    "does not know",
				    m->name, p->name, (unsigned int)bad);
			continue;
		}
		if (missing(ppFirstArg, i, p))
			return objhdr_thread_seterr(MAPI_E_INVALID_PARAMETER,
						    "%s: %s is NULL", m->name,
						    p->name);
		if (malformed(ppFirstArg, i, p))
			return objhdr_thread_seterr(MAPI_E_INVALID_PARAMETER,
						    "%s: %s is malformed",
						    m->name, p->name);
	}
	return S_OK;
}
