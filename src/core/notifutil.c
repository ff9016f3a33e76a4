/*
 * notifutil.c - mapiutil.h's notification array utilities:
 * ScCountNotifications, ScCopyNotifications and ScRelocNotifications, the
 * NOTIFICATION counterparts of ScCountProps, ScCopyProps and ScRelocProps.
 *
 * A copied array is one block: the NOTIFICATION structures first, then,
 * notification by notification, everything they point to, each piece
 * aligned for its type: entry IDs, message classes, MAPIERRORs and their
 * strings, property tag arrays, property values (laid out by ScCopyProps,
 * so a value inside a notification is copied exactly as a property array
 * is) and extended-event bytes.  Every pointer in the block points into
 * it, so the block can be moved and its pointers fixed with
 * ScRelocNotifications, or written out relative to base 0.  One walker,
 * lay_notif(), measures and copies, so ScCountNotifications reports the
 * bytes ScCopyNotifications writes.
 *
 * The string of a new-mail notification and of a critical error's
 * MAPIERROR is 8-bit or UTF-16 as its ulFlags says (MAPI_UNICODE).
 * TABLE_NOTIFICATION embeds two property values (propIndex, propPrior):
 * their data is laid out with ScCopyProps as a one-value array, whose
 * SPropValue copy stays unused in the block.
 */
#include <mapiutil.h>

#include <stdbool.h>
#include <stdint.h>
#include <string.h>

#include "proptype.h"
#include "ustring.h"

/* Where copied data goes: base NULL measures only. */
struct nlay {
	unsigned char *base;
	size_t off;
};

/* Reserves size bytes aligned to align; the destination, or NULL when
 * measuring (or when size is 0). */
static void *nlay_take(struct nlay *lay, size_t size, size_t align)
{
	void *p;

	lay->off = (lay->off + align - 1) & ~(align - 1);
	p = lay->base != NULL && size != 0 ? lay->base + lay->off : NULL;
	lay->off += size;
	return p;
}

/* Copies n bytes (NULL with n != 0 is bad); *dst_r gets the copy. */
static bool nlay_bytes(struct nlay *lay, const void *src, size_t n,
		       size_t align, void **dst_r)
{
	void *dst;

	*dst_r = NULL;
	if (n == 0)
		return true;
	if (src == NULL)
		return false;
	dst = nlay_take(lay, n, align);
	if (dst != NULL) {
		memcpy(dst, src, n);
		*dst_r = dst;
	}
	return true;
}

/* Copies a NUL-terminated string, UTF-16 when wide; NULL stays NULL. */
static bool nlay_str(struct nlay *lay, const void *s, bool wide, void **dst_r)
{
	size_t n;

	*dst_r = NULL;
	if (s == NULL)
		return true;
	n = wide ? (ustr_wlen(s) + 1) * sizeof(WCHAR) : strlen(s) + 1;
	return nlay_bytes(lay, s, n, wide ? _Alignof(WCHAR) : 1, dst_r);
}

/* Copies an array of property values with ScCopyProps. */
static bool nlay_props(struct nlay *lay, ULONG count, LPSPropValue src,
		       LPSPropValue *dst_r)
{
	ULONG cb;
	void *dst;

	*dst_r = NULL;
	if (count == 0)
		return true;
	if (count > INT32_MAX || src == NULL ||
	    FAILED(ScCountProps((int)count, src, &cb)))
		return false;
	dst = nlay_take(lay, cb, _Alignof(SPropValue));
	if (dst != NULL) {
		ScCopyProps((int)count, src, dst, NULL);
		*dst_r = dst;
	}
	return true;
}

/*
 * Whether a value points to data: strings, binaries, GUIDs and multi-valued
 * values.  Other values (PR_NULL, an unset PT_UNSPECIFIED index of a
 * TABLE_RELOAD notification, scalars) are complete in the structure.
 */
static bool value_has_data(ULONG tag)
{
	const struct proptype *t = proptype_base(PROP_TYPE(tag));

	if (PROP_TYPE(tag) & MV_FLAG)
		return true;
	return t != NULL && (t->flags & PROPTYPE_TAG) &&
	       t->form != PROPTYPE_EMPTY && t->form != PROPTYPE_FIXED;
}

/* Copies the data of a property value embedded in a notification. */
static bool nlay_embedded(struct nlay *lay, SPropValue *v)
{
	LPSPropValue copy;

	if (!value_has_data(v->ulPropTag))
		return true;
	if (!nlay_props(lay, 1, v, &copy))
		return false;
	if (copy != NULL)
		*v = *copy;
	return true;
}

static bool nlay_mapierror(struct nlay *lay, ULONG flags, LPMAPIERROR *err)
{
	LPMAPIERROR src = *err, dst;
	void *p;

	if (src == NULL)
		return true;
	dst = nlay_take(lay, sizeof(*src), _Alignof(MAPIERROR));
	if (dst != NULL) {
		*dst = *src;
		*err = dst;
	}
	if (!nlay_str(lay, src->lpszError, flags & MAPI_UNICODE, &p))
		return false;
	if (dst != NULL)
		dst->lpszError = p;
	if (!nlay_str(lay, src->lpszComponent, flags & MAPI_UNICODE, &p))
		return false;
	if (dst != NULL)
		dst->lpszComponent = p;
	return true;
}

#define NLAY_EID(lay, s, cb, ptr)                                              \
	nlay_bytes((lay), (s)->ptr, (s)->cb, 1, (void **)&(s)->ptr)

/*
 * Lays out what one notification points to.  n is the copy being filled
 * (a scratch copy when measuring); its pointers are replaced by pointers
 * into the block.  False for a notification that cannot be copied.
 */
static bool lay_notif(struct nlay *lay, NOTIFICATION *n)
{
	void *p;

	switch (n->ulEventType) {
	case fnevCriticalError: {
		ERROR_NOTIFICATION *e = &n->info.err;

		return NLAY_EID(lay, e, cbEntryID, lpEntryID) &&
		       nlay_mapierror(lay, e->ulFlags, &e->lpMAPIError);
	}
	case fnevNewMail: {
		NEWMAIL_NOTIFICATION *m = &n->info.newmail;

		if (!NLAY_EID(lay, m, cbEntryID, lpEntryID) ||
		    !NLAY_EID(lay, m, cbParentID, lpParentID) ||
		    !nlay_str(lay, m->lpszMessageClass,
			      m->ulFlags & MAPI_UNICODE, &p))
			return false;
		m->lpszMessageClass = p;
		return true;
	}
	case fnevObjectCreated:
	case fnevObjectDeleted:
	case fnevObjectModified:
	case fnevObjectMoved:
	case fnevObjectCopied:
	case fnevSearchComplete: {
		OBJECT_NOTIFICATION *o = &n->info.obj;
		size_t tags = 0;

		if (o->lpPropTagArray != NULL)
			tags = CbSPropTagArray(o->lpPropTagArray);
		return NLAY_EID(lay, o, cbEntryID, lpEntryID) &&
		       NLAY_EID(lay, o, cbParentID, lpParentID) &&
		       NLAY_EID(lay, o, cbOldID, lpOldID) &&
		       NLAY_EID(lay, o, cbOldParentID, lpOldParentID) &&
		       nlay_bytes(lay, o->lpPropTagArray, tags,
				  _Alignof(SPropTagArray),
				  (void **)&o->lpPropTagArray);
	}
	case fnevTableModified: {
		TABLE_NOTIFICATION *t = &n->info.tab;

		return nlay_embedded(lay, &t->propIndex) &&
		       nlay_embedded(lay, &t->propPrior) &&
		       nlay_props(lay, t->row.cValues, t->row.lpProps,
				  &t->row.lpProps);
	}
	case fnevStatusObjectModified: {
		STATUS_OBJECT_NOTIFICATION *s = &n->info.statobj;

		return NLAY_EID(lay, s, cbEntryID, lpEntryID) &&
		       nlay_props(lay, s->cValues, s->lpPropVals,
				  &s->lpPropVals);
	}
	case fnevExtended: {
		EXTENDED_NOTIFICATION *x = &n->info.ext;

		return nlay_bytes(lay, x->pbEventParameters, x->cb, 1,
				  (void **)&x->pbEventParameters);
	}
	default:
		return false;
	}
}

/* Lays out a whole array; dst is the block (NULL to measure). */
static bool lay_all(struct nlay *lay, int count, const NOTIFICATION *src,
		    NOTIFICATION *dst)
{
	NOTIFICATION scratch;
	int i;

	lay->off = (size_t)count * sizeof(NOTIFICATION);
	for (i = 0; i < count; i++) {
		NOTIFICATION *n = dst != NULL ? &dst[i] : &scratch;

		*n = src[i];
		if (!lay_notif(lay, n))
			return false;
		if (lay->off > UINT32_MAX)
			return false;
	}
	return true;
}

/*
 * ScCountNotifications
 *
 * Computes how many bytes ScCopyNotifications needs for an array of
 * notifications.
 *
 * PARAMS
 *  cNotifications  [I] number of notifications
 *  lpNotifications [I] the notifications
 *  lpcb            [O] optional; receives the byte count
 *
 * RETURNS
 *  S_OK, or MAPI_E_INVALID_PARAMETER for a negative count, a NULL array
 *  with a positive count, an unknown event type, a NULL pointer where a
 *  count says there is data (an entry ID of cbEntryID bytes, a property
 *  array), a property value ScCountProps rejects, or a total above 4 GiB.
 *  *lpcb is untouched on error; with lpcb NULL the call only validates.
 */
STDAPI_(SCODE)
ScCountNotifications(int cNotifications, LPNOTIFICATION lpNotifications,
		     ULONG *lpcb)
{
	struct nlay lay = {0};

	if (cNotifications < 0 ||
	    (cNotifications > 0 && lpNotifications == NULL))
		return MAPI_E_INVALID_PARAMETER;
	if (!lay_all(&lay, cNotifications, lpNotifications, NULL))
		return MAPI_E_INVALID_PARAMETER;
	if (lpcb != NULL)
		*lpcb = (ULONG)lay.off;
	return S_OK;
}

/*
 * ScCopyNotifications
 *
 * Copies an array of notifications and everything they point to into one
 * caller-supplied block.
 *
 * PARAMS
 *  cNotification   [I] number of notifications
 *  lpNotifications [I] the notifications
 *  lpvDst          [O] the block: ScCountNotifications bytes, aligned for
 *                      NOTIFICATION (8 bytes; MAPI buffers are)
 *  lpcb            [O] optional; receives the number of bytes written
 *
 * RETURNS
 *  S_OK, or MAPI_E_INVALID_PARAMETER for what ScCountNotifications
 *  rejects and for a NULL or misaligned lpvDst.  Nothing is written on
 *  error.  The source must not overlap the block.
 */
STDAPI_(SCODE)
ScCopyNotifications(int cNotification, LPNOTIFICATION lpNotifications,
		    LPVOID lpvDst, ULONG *lpcb)
{
	struct nlay lay = {0};
	SCODE sc;

	if (lpvDst == NULL || (uintptr_t)lpvDst % _Alignof(NOTIFICATION) != 0)
		return MAPI_E_INVALID_PARAMETER;
	sc = ScCountNotifications(cNotification, lpNotifications, NULL);
	if (FAILED(sc))
		return sc;
	lay.base = lpvDst;
	lay_all(&lay, cNotification, lpNotifications, lpvDst);
	if (lpcb != NULL)
		*lpcb = (ULONG)lay.off;
	return S_OK;
}

/* Moves a pointer from one base to the other; NULL stays NULL. */
static void *reloc(const void *p, uintptr_t from, uintptr_t to)
{
	return p == NULL ? NULL : (void *)((uintptr_t)p - from + to);
}

#define RELOC(field) ((field) = reloc((field), from, to))

/* The event types a NOTIFICATION can carry (each one bit). */
#define FNEV_KNOWN                                                             \
	(fnevCriticalError | fnevNewMail | fnevObjectCreated |                 \
	 fnevObjectDeleted | fnevObjectModified | fnevObjectMoved |            \
	 fnevObjectCopied | fnevSearchComplete | fnevTableModified |           \
	 fnevStatusObjectModified | fnevExtended)

/*
 * Relocates property values at v (count of them).  ScRelocProps reads
 * multi-valued arrays at the new base unless the values start at the old
 * one; shifting both bases by the same amount keeps the relocation and
 * makes it read where the data is.
 */
static void reloc_props(SPropValue *v, ULONG count, uintptr_t from,
			uintptr_t to, bool moved)
{
	uintptr_t shift = (uintptr_t)v - (moved ? to : from);

	if (v != NULL && count > 0)
		ScRelocProps((int)count, v, (LPVOID)(from + shift),
			     (LPVOID)(to + shift), NULL);
}

static void reloc_notif(NOTIFICATION *n, uintptr_t from, uintptr_t to,
			bool moved)
{
	switch (n->ulEventType) {
	case fnevCriticalError: {
		ERROR_NOTIFICATION *e = &n->info.err;
		MAPIERROR *err;

		RELOC(e->lpEntryID);
		err = e->lpMAPIError;
		RELOC(e->lpMAPIError);
		if (err != NULL) {
			err = moved ? e->lpMAPIError : err;
			RELOC(err->lpszError);
			RELOC(err->lpszComponent);
		}
		break;
	}
	case fnevNewMail:
		RELOC(n->info.newmail.lpEntryID);
		RELOC(n->info.newmail.lpParentID);
		RELOC(n->info.newmail.lpszMessageClass);
		break;
	case fnevObjectCreated:
	case fnevObjectDeleted:
	case fnevObjectModified:
	case fnevObjectMoved:
	case fnevObjectCopied:
	case fnevSearchComplete:
		RELOC(n->info.obj.lpEntryID);
		RELOC(n->info.obj.lpParentID);
		RELOC(n->info.obj.lpOldID);
		RELOC(n->info.obj.lpOldParentID);
		RELOC(n->info.obj.lpPropTagArray);
		break;
	case fnevTableModified: {
		TABLE_NOTIFICATION *t = &n->info.tab;
		SPropValue *rows = t->row.lpProps;

		if (value_has_data(t->propIndex.ulPropTag))
			reloc_props(&t->propIndex, 1, from, to, moved);
		if (value_has_data(t->propPrior.ulPropTag))
			reloc_props(&t->propPrior, 1, from, to, moved);
		RELOC(t->row.lpProps);
		reloc_props(moved ? t->row.lpProps : rows, t->row.cValues, from,
			    to, moved);
		break;
	}
	case fnevStatusObjectModified: {
		STATUS_OBJECT_NOTIFICATION *s = &n->info.statobj;
		SPropValue *vals = s->lpPropVals;

		RELOC(s->lpEntryID);
		RELOC(s->lpPropVals);
		reloc_props(moved ? s->lpPropVals : vals, s->cValues, from, to,
			    moved);
		break;
	}
	case fnevExtended:
		RELOC(n->info.ext.pbEventParameters);
		break;
	default:
		break;
	}
}

/*
 * ScRelocNotifications
 *
 * Adjusts the pointers of a notification array copied by
 * ScCopyNotifications after its block was moved (or before it is written
 * out, with a base of 0).
 *
 * PARAMS
 *  cNotification   [I]   number of notifications
 *  lpNotifications [I/O] the array whose pointers are adjusted
 *  lpvBaseOld      [I]   the base the pointers are relative to now
 *  lpvBaseNew      [I]   the base they should be relative to
 *  lpcb            [O]   optional; receives the size of the block
 *
 * RETURNS
 *  S_OK, or MAPI_E_INVALID_PARAMETER for a negative count, a NULL array
 *  or an unknown event type; the array is untouched then.
 *
 * NOTES
 *  As with ScRelocProps, the data is read where it physically is: at
 *  lpvBaseOld when lpNotifications is lpvBaseOld (the block has not moved
 *  yet), otherwise at lpvBaseNew.  NULL pointers stay NULL.
 */
STDAPI_(SCODE)
ScRelocNotifications(int cNotification, LPNOTIFICATION lpNotifications,
		     LPVOID lpvBaseOld, LPVOID lpvBaseNew, ULONG *lpcb)
{
	uintptr_t from = (uintptr_t)lpvBaseOld, to = (uintptr_t)lpvBaseNew;
	bool moved = (void *)lpNotifications != lpvBaseOld;
	ULONG cb = 0;
	int i;

	if (cNotification < 0 || (cNotification > 0 && lpNotifications == NULL))
		return MAPI_E_INVALID_PARAMETER;
	for (i = 0; i < cNotification; i++) {
		ULONG type = lpNotifications[i].ulEventType;

		/* One event bit, of a kind reloc_notif() knows. */
		if ((type & (type - 1)) != 0 || (type & FNEV_KNOWN) == 0)
			return MAPI_E_INVALID_PARAMETER;
	}
	/* Measure while the pointers lead to where the data is. */
	if (!moved && lpcb != NULL)
		ScCountNotifications(cNotification, lpNotifications, &cb);
	for (i = 0; i < cNotification; i++)
		reloc_notif(&lpNotifications[i], from, to, moved);
	if (moved && lpcb != NULL)
		ScCountNotifications(cNotification, lpNotifications, &cb);
	if (lpcb != NULL)
		*lpcb = cb;
	return S_OK;
}
