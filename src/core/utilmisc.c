/*
 * utilmisc.c - the rest of mapiutil.h's small utilities: GetInstance,
 * HrAddColumns and HrAddColumnsEx, ScInitMapiUtil and DeinitMapiUtil, and
 * the idle engine (MAPIInitIdle ... ChangeIdleRoutine).
 *
 * Windows' idle engine runs registered routines from the message loop of
 * a GUI thread when it is idle.  mapix has no message loop, so the engine
 * keeps the registrations (so programs that register, change and
 * deregister routines work) but never calls a routine; this is listed in
 * docs/CONFORMANCE.md.
 */
#include <mapiutil.h>

#include <pthread.h>
#include <string.h>

#include "alloc.h"
#include "lib.h"
#include "objhdr.h"
#include "propcmp.h"

/*
 * GetInstance
 *
 * Copies one value of a multi-valued property into a single value.
 *
 * PARAMS
 *  lpPropMv [I] the multi-valued property
 *  lpPropSv [O] receives value uliInst, tagged with the single-valued type
 *  uliInst  [I] which value
 *
 * NOTES
 *  The single value shares its pointers (strings, binaries, GUIDs) with
 *  the multi-valued one.  Nothing is written when an argument is NULL,
 *  lpPropMv is not multi-valued, or uliInst is out of range.
 */
STDAPI_(void)
GetInstance(LPSPropValue lpPropMv, LPSPropValue lpPropSv, ULONG uliInst)
{
	if (lpPropMv == NULL || lpPropSv == NULL ||
	    uliInst >= propcmp_mv_count(lpPropMv))
		return;
	propcmp_mv_element(lpPropMv, uliInst, lpPropSv);
}

/*
 * HrAddColumnsEx
 *
 * Puts columns at the front of a table's column set.
 *
 * PARAMS
 *  lptbl               [I] the table
 *  lpproptagColumnsNew [I] the columns to have first, in this order
 *  lpAllocateBuffer    [I] allocator for the working set
 *  lpFreeBuffer        [I] the matching free function
 *  lpfnFilterColumns   [I] optional; called with the table's current
 *                          columns before they are merged, may change them
 *
 * RETURNS
 *  S_OK, MAPI_E_INVALID_PARAMETER for NULL arguments, the allocator's or
 *  the table's error.
 *
 * NOTES
 *  The new column set is lpproptagColumnsNew followed by the table's
 *  columns that are not among them, in their order.
 */
STDAPI_(HRESULT)
HrAddColumnsEx(LPMAPITABLE lptbl, LPSPropTagArray lpproptagColumnsNew,
	       LPALLOCATEBUFFER lpAllocateBuffer, LPFREEBUFFER lpFreeBuffer,
	       void (*lpfnFilterColumns)(LPSPropTagArray ptaga))
{
	LPSPropTagArray cur = NULL, merged = NULL;
	ULONG i, j, n;
	HRESULT hr;

	if (lptbl == NULL || lptbl->lpVtbl == NULL ||
	    lpproptagColumnsNew == NULL || lpAllocateBuffer == NULL ||
	    lpFreeBuffer == NULL)
		return objhdr_thread_seterr(MAPI_E_INVALID_PARAMETER,
					    "HrAddColumns: NULL argument");
	hr = lptbl->lpVtbl->QueryColumns(lptbl, 0, &cur);
	if (hr != S_OK)
		return hr;
	if (lpfnFilterColumns != NULL)
		lpfnFilterColumns(cur);
	n = lpproptagColumnsNew->cValues + cur->cValues;
	hr = lpAllocateBuffer((ULONG)CbNewSPropTagArray(n), (void **)&merged);
	if (hr != S_OK) {
		MAPIFreeBuffer(cur);
		return hr;
	}
	n = 0;
	for (i = 0; i < lpproptagColumnsNew->cValues; i++)
		merged->aulPropTag[n++] = lpproptagColumnsNew->aulPropTag[i];
	for (i = 0; i < cur->cValues; i++) {
		for (j = 0; j < lpproptagColumnsNew->cValues; j++) {
			if (lpproptagColumnsNew->aulPropTag[j] ==
			    cur->aulPropTag[i])
				break;
		}
		if (j == lpproptagColumnsNew->cValues)
			merged->aulPropTag[n++] = cur->aulPropTag[i];
	}
	merged->cValues = n;
	hr = lptbl->lpVtbl->SetColumns(lptbl, merged, 0);
	lpFreeBuffer(merged);
	MAPIFreeBuffer(cur);
	return hr;
}

/*
 * HrAddColumns
 *
 * HrAddColumnsEx without a filter.
 */
STDAPI_(HRESULT)
HrAddColumns(LPMAPITABLE lptbl, LPSPropTagArray lpproptagColumnsNew,
	     LPALLOCATEBUFFER lpAllocateBuffer, LPFREEBUFFER lpFreeBuffer)
{
	return HrAddColumnsEx(lptbl, lpproptagColumnsNew, lpAllocateBuffer,
			      lpFreeBuffer, NULL);
}

/*
 * ScInitMapiUtil
 *
 * Prepares the utility functions for a program that does not call
 * MAPIInitialize.  mapix's utilities need no preparation.
 *
 * RETURNS
 *  S_OK, or MAPI_E_UNKNOWN_FLAGS (every flag is reserved).
 */
STDAPI_(SCODE) ScInitMapiUtil(ULONG ulFlags)
{
	return ulFlags == 0 ? S_OK : MAPI_E_UNKNOWN_FLAGS;
}

/* DeinitMapiUtil: the counterpart of ScInitMapiUtil; nothing to undo. */
STDAPI_(void) DeinitMapiUtil(void)
{
}

/* ------------------------------ Idle engine ------------------------------ */

struct idle_routine {
	struct idle_routine *next;
	PFNIDLE fn;
	LPVOID param;
	short priority;
	ULONG csec;
	USHORT iro;
	BOOL enabled;
};

static pthread_mutex_t idle_lock = PTHREAD_MUTEX_INITIALIZER;
static struct idle_routine *idle_list;

/* The registration ftg, or NULL; with the lock held. */
static struct idle_routine *idle_find(FTG ftg)
{
	struct idle_routine *r;

	for (r = idle_list; r != NULL; r = r->next) {
		if ((FTG)r == ftg)
			return r;
	}
	return NULL;
}

/*
 * MAPIInitIdle
 *
 * Starts the idle engine.
 *
 * RETURNS
 *  0 (the engine needs nothing started); -1 when lpvReserved is not NULL.
 */
STDAPI_(LONG) MAPIInitIdle(LPVOID lpvReserved)
{
	return lpvReserved == NULL ? 0 : -1;
}

/* MAPIDeinitIdle: forgets every registered routine. */
STDAPI_(void) MAPIDeinitIdle(void)
{
	struct idle_routine *r, *next;

	pthread_mutex_lock(&idle_lock);
	r = idle_list;
	idle_list = NULL;
	pthread_mutex_unlock(&idle_lock);
	for (; r != NULL; r = next) {
		next = r->next;
		alloc_free(r);
	}
}

/*
 * FtgRegisterIdleRoutine
 *
 * Registers an idle routine.
 *
 * RETURNS
 *  Its tag, or FTGNULL when lpfnIdle is NULL or memory runs out.
 *
 * NOTES
 *  The routine is kept but never called: mapix has no message loop to be
 *  idle in.  FIRODISABLED registers it disabled.
 */
STDAPI_(FTG)
FtgRegisterIdleRoutine(PFNIDLE lpfnIdle, LPVOID lpvIdleParam, short priIdle,
		       ULONG csecIdle, USHORT iroIdle)
{
	struct idle_routine *r;

	if (lpfnIdle == NULL)
		return FTGNULL;
	r = alloc_calloc(1, sizeof(*r));
	if (r == NULL)
		return FTGNULL;
	r->fn = lpfnIdle;
	r->param = lpvIdleParam;
	r->priority = priIdle;
	r->csec = csecIdle;
	r->iro = iroIdle;
	r->enabled = !(iroIdle & FIRODISABLED);
	pthread_mutex_lock(&idle_lock);
	r->next = idle_list;
	idle_list = r;
	pthread_mutex_unlock(&idle_lock);
	return (FTG)r;
}

/* DeregisterIdleRoutine: removes a registration (unknown tags ignored). */
STDAPI_(void) DeregisterIdleRoutine(FTG ftg)
{
	struct idle_routine **p, *found = NULL;

	pthread_mutex_lock(&idle_lock);
	for (p = &idle_list; *p != NULL; p = &(*p)->next) {
		if ((FTG)*p == ftg) {
			found = *p;
			*p = found->next;
			break;
		}
	}
	pthread_mutex_unlock(&idle_lock);
	alloc_free(found);
}

/* EnableIdleRoutine: enables or disables a registration. */
STDAPI_(void) EnableIdleRoutine(FTG ftg, BOOL fEnable)
{
	struct idle_routine *r;

	pthread_mutex_lock(&idle_lock);
	r = idle_find(ftg);
	if (r != NULL)
		r->enabled = fEnable;
	pthread_mutex_unlock(&idle_lock);
}

/* ChangeIdleRoutine: changes what ircIdle names (FIRCPFN, FIRCPV ...). */
STDAPI_(void)
ChangeIdleRoutine(FTG ftg, PFNIDLE lpfnIdle, LPVOID lpvIdleParam, short priIdle,
		  ULONG csecIdle, USHORT iroIdle, USHORT ircIdle)
{
	struct idle_routine *r;

	pthread_mutex_lock(&idle_lock);
	r = idle_find(ftg);
	if (r != NULL) {
		if ((ircIdle & FIRCPFN) && lpfnIdle != NULL)
			r->fn = lpfnIdle;
		if (ircIdle & FIRCPV)
			r->param = lpvIdleParam;
		if (ircIdle & FIRCPRI)
			r->priority = priIdle;
		if (ircIdle & FIRCCSEC)
			r->csec = csecIdle;
		if (ircIdle & FIRCIRO)
			r->iro = iroIdle;
	}
	pthread_mutex_unlock(&idle_lock);
}
