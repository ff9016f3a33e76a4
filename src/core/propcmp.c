/*
 * propcmp.c - the ordering of property values shared by restrictions,
 * sorting and the mapiutil comparison functions.
 *
 * Everything reduces to comparing two single values of one base type; a
 * multi-valued property is walked element by element, each element seen
 * as a single value (the way GetInstance copies it out).  Strings go to
 * ustring.c, which compares PT_STRING8 and PT_UNICODE in place when they
 * are ASCII.
 */
#include "propcmp.h"

#include <errno.h>
#include <math.h>
#include <stdint.h>
#include <string.h>

#include "proptype.h"
#include "ustring.h"

ULONG propcmp_value_type(ULONG tag)
{
	ULONG type = PROP_TYPE(tag);

	if (type & MV_INSTANCE)
		return type & ~(ULONG)MVI_FLAG;
	return type;
}

static bool is_string(ULONG base)
{
	return base == PT_STRING8 || base == PT_UNICODE;
}

/* Types with a comparison: single values of PROPTYPE_CMP types, and the
 * multi-valued forms those have. */
static bool type_comparable(ULONG type)
{
	const struct proptype *t = proptype_find(type);

	return t != NULL && (t->flags & PROPTYPE_CMP);
}

bool propcmp_comparable(ULONG type_a, ULONG type_b)
{
	ULONG a = propcmp_value_type(type_a), b = propcmp_value_type(type_b);

	if ((a & MV_FLAG) != (b & MV_FLAG))
		return false;
	if (!type_comparable(a) || !type_comparable(b))
		return false;
	if (is_string(a & ~(ULONG)MV_FLAG) && is_string(b & ~(ULONG)MV_FLAG))
		return true;
	return a == b;
}

/* Number of elements of a multi-valued value; 0 when its array is NULL. */
static ULONG mv_count(const SPropValue *v, ULONG base)
{
	const struct proptype *t = proptype_find(base | MV_FLAG);

	if (t == NULL || proptype_mv_array(v) == NULL)
		return 0;
	return proptype_mv_count(v);
}

/* Element i of a multi-valued value as a single value (pointers shared). */
static void mv_element(const SPropValue *v, ULONG base, ULONG i,
		       SPropValue *out)
{
	const struct proptype *t = proptype_find(base | MV_FLAG);

	if (t != NULL) {
		proptype_mv_get(v, t, i, out);
		return;
	}
	memset(out, 0, sizeof(*out));
	out->ulPropTag = CHANGE_PROP_TYPE(v->ulPropTag, base);
}

/* The base type of multi-valued v, or 0 when v is single-valued. */
static ULONG mv_base(const SPropValue *v)
{
	ULONG type = propcmp_value_type(v->ulPropTag);

	return (type & MV_FLAG) ? type & ~(ULONG)MV_FLAG : 0;
}

ULONG propcmp_mv_count(const SPropValue *v)
{
	ULONG base = mv_base(v);

	return base != 0 ? mv_count(v, base) : 0;
}

void propcmp_mv_element(const SPropValue *v, ULONG i, SPropValue *out)
{
	mv_element(v, mv_base(v), i, out);
}

#define CMP3(x, y) ((x) < (y) ? -1 : ((x) > (y) ? 1 : 0))

static int cmp_double(double x, double y)
{
	bool nx = isnan(x), ny = isnan(y);

	if (nx || ny)
		return (int)nx - (int)ny;
	return CMP3(x, y);
}

static struct ustr string_of(const SPropValue *v, ULONG base)
{
	struct ustr s;

	if (base == PT_UNICODE) {
		s.wide = true;
		s.p = v->Value.lpszW;
		s.len = ustr_wlen(v->Value.lpszW);
	} else {
		s.wide = false;
		s.p = v->Value.lpszA;
		s.len = v->Value.lpszA == NULL ? 0 : strlen(v->Value.lpszA);
	}
	if (s.p == NULL)
		s.p = "";
	return s;
}

static int cmp_binary(const SBinary *a, const SBinary *b)
{
	ULONG na = a->lpb == NULL ? 0 : a->cb, nb = b->lpb == NULL ? 0 : b->cb;
	int c;

	if (na != nb)
		return na < nb ? -1 : 1;
	if (na == 0)
		return 0;
	c = memcmp(a->lpb, b->lpb, na);
	return CMP3(c, 0);
}

static uint64_t filetime_u64(FILETIME ft)
{
	return ((uint64_t)ft.dwHighDateTime << 32) | ft.dwLowDateTime;
}

/*
 * Compares two single values; ta is the base type of a, tb of b (equal
 * except for the two string types).  Returns 0 or -ENOMEM.
 */
static int cmp_single(const SPropValue *a, ULONG ta, const SPropValue *b,
		      ULONG tb, ULONG flags, int *cmp_r)
{
	struct ustr sa, sb;
	int c;

	switch (ta) {
	case PT_I2:
		*cmp_r = CMP3(a->Value.i, b->Value.i);
		return 0;
	case PT_LONG:
		*cmp_r = CMP3(a->Value.l, b->Value.l);
		return 0;
	case PT_R4:
		*cmp_r = cmp_double(a->Value.flt, b->Value.flt);
		return 0;
	case PT_DOUBLE:
		*cmp_r = cmp_double(a->Value.dbl, b->Value.dbl);
		return 0;
	case PT_APPTIME:
		*cmp_r = cmp_double(a->Value.at, b->Value.at);
		return 0;
	case PT_CURRENCY:
		*cmp_r = CMP3(a->Value.cur.int64, b->Value.cur.int64);
		return 0;
	case PT_ERROR:
		*cmp_r = CMP3((ULONG)a->Value.err, (ULONG)b->Value.err);
		return 0;
	case PT_BOOLEAN:
		*cmp_r = CMP3(a->Value.b != 0, b->Value.b != 0);
		return 0;
	case PT_I8:
		*cmp_r = CMP3(a->Value.li.QuadPart, b->Value.li.QuadPart);
		return 0;
	case PT_SYSTIME:
		*cmp_r =
		    CMP3(filetime_u64(a->Value.ft), filetime_u64(b->Value.ft));
		return 0;
	case PT_CLSID:
		if (a->Value.lpguid == NULL || b->Value.lpguid == NULL) {
			*cmp_r = CMP3(a->Value.lpguid != NULL,
				      b->Value.lpguid != NULL);
			return 0;
		}
		c = memcmp(a->Value.lpguid, b->Value.lpguid, sizeof(GUID));
		*cmp_r = CMP3(c, 0);
		return 0;
	case PT_BINARY:
		*cmp_r = cmp_binary(&a->Value.bin, &b->Value.bin);
		return 0;
	case PT_STRING8:
	case PT_UNICODE:
		sa = string_of(a, ta);
		sb = string_of(b, tb);
		return ustr_compare_mixed(&sa, &sb, flags, cmp_r);
	default:
		*cmp_r = 0;
		return -EINVAL;
	}
}

int propcmp_values(const SPropValue *a, const SPropValue *b, ULONG flags,
		   int *cmp_r)
{
	SPropValue ea, eb;
	ULONG ta, tb, ba, bb, na, nb, i;
	int ret, c;

	if (a == NULL || b == NULL || cmp_r == NULL)
		return -EINVAL;
	ta = propcmp_value_type(a->ulPropTag);
	tb = propcmp_value_type(b->ulPropTag);
	if (!propcmp_comparable(ta, tb))
		return -EINVAL;
	if (!(ta & MV_FLAG)) {
		ret = cmp_single(a, ta, b, tb, flags, &c);
		if (ret == 0)
			*cmp_r = CMP3(c, 0);
		return ret;
	}
	ba = ta & ~(ULONG)MV_FLAG;
	bb = tb & ~(ULONG)MV_FLAG;
	na = mv_count(a, ba);
	nb = mv_count(b, bb);
	for (i = 0; i < na && i < nb; i++) {
		mv_element(a, ba, i, &ea);
		mv_element(b, bb, i, &eb);
		ret = cmp_single(&ea, ba, &eb, bb, flags, &c);
		if (ret < 0)
			return ret;
		if (c != 0) {
			*cmp_r = CMP3(c, 0);
			return 0;
		}
	}
	*cmp_r = CMP3(na, nb);
	return 0;
}

static int relop_holds(ULONG relop, int cmp)
{
	switch (relop) {
	case RELOP_LT:
		return cmp < 0;
	case RELOP_LE:
		return cmp <= 0;
	case RELOP_GT:
		return cmp > 0;
	case RELOP_GE:
		return cmp >= 0;
	case RELOP_EQ:
		return cmp == 0;
	default:
		return cmp != 0;
	}
}

int propcmp_relop(const SPropValue *a, ULONG relop, const SPropValue *b,
		  ULONG flags)
{
	SPropValue elem;
	ULONG ta, tb, base, n, i;
	int ret, cmp;

	if (a == NULL || b == NULL || relop > RELOP_NE)
		return -EINVAL;
	ta = propcmp_value_type(a->ulPropTag);
	tb = propcmp_value_type(b->ulPropTag);
	if ((ta & MV_FLAG) && !(tb & MV_FLAG)) {
		/* Any element of a that satisfies the relation. */
		base = ta & ~(ULONG)MV_FLAG;
		if (!propcmp_comparable(base, tb))
			return -EINVAL;
		n = mv_count(a, base);
		for (i = 0; i < n; i++) {
			mv_element(a, base, i, &elem);
			ret = cmp_single(&elem, base, b, tb, flags, &cmp);
			if (ret < 0)
				return ret;
			if (relop_holds(relop, cmp))
				return 1;
		}
		return 0;
	}
	ret = propcmp_values(a, b, flags, &cmp);
	if (ret < 0)
		return ret;
	return relop_holds(relop, cmp);
}
