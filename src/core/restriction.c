/*
 * restriction.c - validation and row-by-row evaluation of SRestriction
 * trees (the semantics are described in restriction.h).
 *
 * Validation does all the type checking, so evaluation is a plain walk:
 * look the property up in the row, compare through propcmp.c or
 * ustring.c, combine.  Content restrictions on ASCII and Western European
 * strings, the common searches, run without allocating.
 */
#include "restriction.h"

#include <errno.h>
#include <stdint.h>
#include <string.h>

#include "propcmp.h"
#include "proptype.h"
#include "ustring.h"

#define MATCH_KIND_MASK ((ULONG)0x0000FFFF)

/* ---------------------------------------------------------------------------
 * Validation
 */

struct res_check {
	unsigned long nodes;
	/* Inside a RES_SUBRESTRICTION: another one is refused. */
	bool in_sub;
	const char *error;
};

static int check_fail(struct res_check *st, int ret, const char *msg)
{
	st->error = msg;
	return ret;
}

static int check_relop(struct res_check *st, ULONG relop)
{
	if (relop == RELOP_RE)
		return check_fail(st, -E2BIG, "RELOP_RE is not supported");
	if (relop > RELOP_RE)
		return check_fail(st, -EINVAL, "unknown relational operator");
	return 0;
}

/* A constant from a restriction: its pointers must be usable. */
static int check_value(struct res_check *st, const SPropValue *v)
{
	SPropValue one = *v;

	one.ulPropTag =
	    CHANGE_PROP_TYPE(v->ulPropTag, propcmp_value_type(v->ulPropTag));
	if (!proptype_pointers_ok(&one))
		return check_fail(st, -EINVAL, "NULL pointer in a value");
	return 0;
}

static bool content_type(ULONG base)
{
	return base == PT_STRING8 || base == PT_UNICODE || base == PT_BINARY;
}

static bool is_mvi(ULONG tag)
{
	return (PROP_TYPE(tag) & MVI_FLAG) == MVI_FLAG;
}

/*
 * An MVI tag names the values of a multi-valued property one at a time,
 * so that multi-valued type has to exist and compare (there is no
 * PT_MV_BOOLEAN, for one).
 */
static int check_mvi(struct res_check *st, ULONG tag)
{
	ULONG mv = PROP_TYPE(tag) & ~(ULONG)MV_INSTANCE;

	if (is_mvi(tag) && !propcmp_comparable(mv, mv))
		return check_fail(st, -E2BIG,
				  "MVI_FLAG on a type without a "
				  "multi-valued form");
	return 0;
}

static int check_content(struct res_check *st, const SContentRestriction *c)
{
	ULONG type = propcmp_value_type(c->ulPropTag);
	ULONG base = type & ~(ULONG)MV_FLAG;

	if (c->lpProp == NULL)
		return check_fail(st, -EINVAL,
				  "content restriction without a value");
	if ((c->ulFuzzyLevel & MATCH_KIND_MASK) > FL_PREFIX)
		return check_fail(st, -EINVAL, "unknown fuzzy level");
	if (!content_type(base))
		return check_fail(
		    st, -E2BIG, "content restriction on a non-string property");
	if (propcmp_value_type(c->lpProp->ulPropTag) != base)
		return check_fail(
		    st, -E2BIG,
		    "content restriction: property and value types differ");
	if (check_mvi(st, c->ulPropTag) < 0)
		return -E2BIG;
	return check_value(st, c->lpProp);
}

static int check_property(struct res_check *st, const SPropertyRestriction *p)
{
	ULONG type = propcmp_value_type(p->ulPropTag), vtype;
	int ret;

	ret = check_relop(st, p->relop);
	if (ret < 0)
		return ret;
	if (p->lpProp == NULL)
		return check_fail(st, -EINVAL,
				  "property restriction without a value");
	/* PT_ERROR is comparable for LPropCompareProp, but in a table row
	 * it only ever means "no value". */
	if (type == PT_ERROR || !propcmp_comparable(type, type))
		return check_fail(
		    st, -E2BIG,
		    "property restriction on a type that cannot be compared");
	vtype = propcmp_value_type(p->lpProp->ulPropTag);
	if (vtype != type && vtype != (type & ~(ULONG)MV_FLAG))
		return check_fail(
		    st, -E2BIG,
		    "property restriction: property and value types differ");
	if (check_mvi(st, p->ulPropTag) < 0)
		return -E2BIG;
	return check_value(st, p->lpProp);
}

static int check_node(struct res_check *st, const SRestriction *res,
		      unsigned depth);

static int check_children(struct res_check *st, ULONG count,
			  const SRestriction *children, unsigned depth)
{
	int ret;

	if (count == 0)
		return 0;
	if (children == NULL)
		return check_fail(st, -EINVAL, "NULL restriction array");
	if (count > RES_MAX_NODES)
		return check_fail(st, -E2BIG, "restriction has too many nodes");
	for (ULONG i = 0; i < count; i++) {
		ret = check_node(st, &children[i], depth + 1);
		if (ret < 0)
			return ret;
	}
	return 0;
}

static int check_child(struct res_check *st, const SRestriction *child,
		       unsigned depth)
{
	if (child == NULL)
		return check_fail(st, -EINVAL, "NULL nested restriction");
	return check_node(st, child, depth + 1);
}

static int check_node(struct res_check *st, const SRestriction *res,
		      unsigned depth)
{
	const SComparePropsRestriction *cp;
	int ret;

	if (res == NULL)
		return check_fail(st, -EINVAL, "NULL restriction");
	if (depth > RES_MAX_DEPTH)
		return check_fail(st, -E2BIG, "restriction nested too deeply");
	if (++st->nodes > RES_MAX_NODES)
		return check_fail(st, -E2BIG, "restriction has too many nodes");

	switch (res->rt) {
	case RES_AND:
		return check_children(st, res->res.resAnd.cRes,
				      res->res.resAnd.lpRes, depth);
	case RES_OR:
		return check_children(st, res->res.resOr.cRes,
				      res->res.resOr.lpRes, depth);
	case RES_NOT:
		return check_child(st, res->res.resNot.lpRes, depth);
	case RES_CONTENT:
		return check_content(st, &res->res.resContent);
	case RES_PROPERTY:
		return check_property(st, &res->res.resProperty);
	case RES_COMPAREPROPS:
		cp = &res->res.resCompareProps;
		ret = check_relop(st, cp->relop);
		if (ret < 0)
			return ret;
		if (!propcmp_comparable(cp->ulPropTag1, cp->ulPropTag2))
			return check_fail(
			    st, -E2BIG,
			    "compared properties have incompatible types");
		return 0;
	case RES_BITMASK:
		if (res->res.resBitMask.relBMR > BMR_NEZ)
			return check_fail(st, -EINVAL,
					  "unknown bitmask relation");
		if (PROP_TYPE(res->res.resBitMask.ulPropTag) != PT_LONG &&
		    PROP_TYPE(res->res.resBitMask.ulPropTag) !=
			(PT_MV_LONG | MV_INSTANCE))
			return check_fail(
			    st, -E2BIG,
			    "bitmask restriction on a non-PT_LONG property");
		return 0;
	case RES_SIZE:
		ret = check_relop(st, res->res.resSize.relop);
		if (ret == 0)
			ret = check_mvi(st, res->res.resSize.ulPropTag);
		return ret;
	case RES_EXIST:
		return 0;
	case RES_SUBRESTRICTION:
		/* Each level multiplies the sub-rows walked per row, so
		 * nesting would make evaluation exponential in the depth. */
		if (st->in_sub)
			return check_fail(st, -E2BIG,
					  "subrestriction inside a "
					  "subrestriction");
		st->in_sub = true;
		ret = check_child(st, res->res.resSub.lpRes, depth);
		st->in_sub = false;
		return ret;
	case RES_COMMENT:
	case RES_ANNOTATION:
		/* The two share one layout; the values are not evaluated. */
		if (res->res.resComment.cValues != 0 &&
		    res->res.resComment.lpProp == NULL)
			return check_fail(st, -EINVAL,
					  "comment without its values");
		if (res->res.resComment.lpRes == NULL)
			return 0;
		return check_child(st, res->res.resComment.lpRes, depth);
	case RES_COUNT:
		return check_child(st, res->res.resCount.lpRes, depth);
	default:
		return check_fail(st, -EINVAL, "unknown restriction type");
	}
}

int res_validate(const SRestriction *res, const char **error_r)
{
	struct res_check st = {0, false, NULL};
	int ret;

	ret = check_node(&st, res, 1);
	if (ret < 0 && error_r != NULL)
		*error_r = st.error;
	return ret;
}

/* ---------------------------------------------------------------------------
 * Evaluation
 */

struct res_eval_ctx {
	res_subrows_fn *subrows;
	void *subrows_ctx;
	/* Inside a RES_SUBRESTRICTION (see check_node()). */
	bool in_sub;
};

static const SPropValue *row_find_exact(const SRow *row, ULONG tag)
{
	const SPropValue *p;
	ULONG i, id;

	if (row == NULL || row->lpProps == NULL)
		return NULL;
	p = row->lpProps;
	if (PROP_TYPE(tag) != PT_UNSPECIFIED) {
		for (i = 0; i < row->cValues; i++) {
			if (p[i].ulPropTag == tag)
				return &p[i];
		}
		return NULL;
	}
	id = PROP_ID(tag);
	for (i = 0; i < row->cValues; i++) {
		if (PROP_ID(p[i].ulPropTag) == id &&
		    PROP_TYPE(p[i].ulPropTag) != PT_ERROR)
			return &p[i];
	}
	return NULL;
}

/*
 * The value a restriction on tag looks at.  An MVI tag finds the single
 * instance value a view that expands the column stores under it, and in
 * any other row the multi-valued property itself (the tag without
 * MV_INSTANCE), whose values are then tried one by one (any_value()).
 */
static const SPropValue *row_find(const SRow *row, ULONG tag)
{
	const SPropValue *p = row_find_exact(row, tag);

	if (p == NULL && is_mvi(tag))
		p = row_find_exact(row, tag & ~(ULONG)MV_INSTANCE);
	return p;
}

static bool is_multi(const SPropValue *v)
{
	return (propcmp_value_type(v->ulPropTag) & MV_FLAG) != 0;
}

/*
 * Applies one(res, value) to v, or when v is multi-valued to each of its
 * values until one matches: a restriction through an MVI tag works like
 * one on a single-valued property, value by value (IMAPITable::Restrict),
 * and so does a content restriction on any multi-valued property.  No
 * values, no match.  Returns 1, 0 or a negative errno.
 */
static int any_value(int (*one)(const SRestriction *, const SPropValue *),
		     const SRestriction *res, const SPropValue *v)
{
	SPropValue e;
	ULONG n, i;
	int ret;

	if (!is_multi(v))
		return one(res, v);
	n = propcmp_mv_count(v);
	for (i = 0; i < n; i++) {
		propcmp_mv_element(v, i, &e);
		ret = one(res, &e);
		if (ret != 0)
			return ret;
	}
	return 0;
}

static void string_view(const void *p, bool wide, struct ustr *s)
{
	s->wide = wide;
	if (p == NULL) {
		s->p = "";
		s->len = 0;
	} else if (wide) {
		s->p = p;
		s->len = ustr_wlen(p);
	} else {
		s->p = p;
		s->len = strlen(p);
	}
}

static int binary_match(const SBinary *hay, const SBinary *needle, ULONG kind)
{
	ULONG hn = hay->lpb == NULL ? 0 : hay->cb;
	ULONG nn = needle->lpb == NULL ? 0 : needle->cb;

	if (nn == 0)
		return kind != FL_FULLSTRING || hn == 0;
	switch (kind) {
	case FL_FULLSTRING:
		return hn == nn && memcmp(hay->lpb, needle->lpb, nn) == 0;
	case FL_PREFIX:
		return hn >= nn && memcmp(hay->lpb, needle->lpb, nn) == 0;
	default:
		return hn >= nn &&
		       memmem(hay->lpb, hn, needle->lpb, nn) != NULL;
	}
}

/* Does the single string or binary value v contain the needle? */
static int content_one(const SRestriction *res, const SPropValue *v)
{
	const SContentRestriction *c = &res->res.resContent;
	ULONG type = propcmp_value_type(v->ulPropTag);
	ULONG ntype = propcmp_value_type(c->lpProp->ulPropTag);
	struct ustr h, n;

	if (type == PT_BINARY) {
		if (ntype != PT_BINARY)
			return 0;
		return binary_match(&v->Value.bin, &c->lpProp->Value.bin,
				    c->ulFuzzyLevel & MATCH_KIND_MASK);
	}
	if (type != PT_STRING8 && type != PT_UNICODE)
		return 0;
	if (ntype == PT_STRING8)
		string_view(c->lpProp->Value.lpszA, false, &n);
	else if (ntype == PT_UNICODE)
		string_view(c->lpProp->Value.lpszW, true, &n);
	else
		return 0;
	if (type == PT_UNICODE)
		string_view(v->Value.lpszW, true, &h);
	else
		string_view(v->Value.lpszA, false, &h);
	return ustr_match_mixed(&h, &n, c->ulFuzzyLevel);
}

static int eval_content(const SRestriction *res, const SRow *row)
{
	const SPropValue *p = row_find(row, res->res.resContent.ulPropTag);

	return p == NULL ? 0 : any_value(content_one, res, p);
}

/* A comparison that the row's types do not allow is simply false. */
static int relop_result(int ret)
{
	return ret == -EINVAL ? 0 : ret;
}

static int eval_property(const SPropertyRestriction *p, const SRow *row)
{
	const SPropValue *v = row_find(row, p->ulPropTag);

	if (v == NULL)
		return 0;
	return relop_result(
	    propcmp_relop(v, p->relop, p->lpProp, FL_IGNORECASE));
}

static int eval_compareprops(const SComparePropsRestriction *c, const SRow *row)
{
	/* Exact lookups: pairs of values of two multi-valued properties
	 * are not compared, only instances an expanded view stores. */
	const SPropValue *a = row_find_exact(row, c->ulPropTag1);
	const SPropValue *b = row_find_exact(row, c->ulPropTag2);

	if (a == NULL || b == NULL)
		return 0;
	return relop_result(propcmp_relop(a, c->relop, b, FL_IGNORECASE));
}

static int bitmask_one(const SRestriction *res, const SPropValue *v)
{
	const SBitMaskRestriction *b = &res->res.resBitMask;
	bool zero;

	if (propcmp_value_type(v->ulPropTag) != PT_LONG)
		return 0;
	zero = (v->Value.ul & b->ulMask) == 0;
	return b->relBMR == BMR_EQZ ? zero : !zero;
}

static int eval_bitmask(const SRestriction *res, const SRow *row)
{
	ULONG tag = res->res.resBitMask.ulPropTag;
	const SPropValue *v = row_find(row, tag);

	if (v == NULL)
		return 0;
	/* Only an MVI tag reaches a multi-valued PT_MV_LONG here. */
	return is_mvi(tag) ? any_value(bitmask_one, res, v)
			   : bitmask_one(res, v);
}

/* Size of a value as UlPropSize reports it (0 for a multi-valued value
 * without its array). */
static uint64_t value_size(const SPropValue *v)
{
	SPropValue one = *v;

	one.ulPropTag =
	    CHANGE_PROP_TYPE(v->ulPropTag, propcmp_value_type(v->ulPropTag));
	if ((PROP_TYPE(one.ulPropTag) & MV_FLAG) &&
	    proptype_mv_array(&one) == NULL)
		return 0;
	return proptype_value_size(&one);
}

static int size_one(const SRestriction *res, const SPropValue *v)
{
	const SSizeRestriction *s = &res->res.resSize;
	uint64_t size = value_size(v);

	switch (s->relop) {
	case RELOP_LT:
		return size < s->cb;
	case RELOP_LE:
		return size <= s->cb;
	case RELOP_GT:
		return size > s->cb;
	case RELOP_GE:
		return size >= s->cb;
	case RELOP_EQ:
		return size == s->cb;
	case RELOP_NE:
		return size != s->cb;
	default:
		return -EINVAL;
	}
}

/* The size of a multi-valued property is the sum over its values; through
 * an MVI tag each value is sized on its own. */
static int eval_size(const SRestriction *res, const SRow *row)
{
	ULONG tag = res->res.resSize.ulPropTag;
	const SPropValue *v = row_find(row, tag);

	if (v == NULL)
		return 0;
	return is_mvi(tag) ? any_value(size_one, res, v) : size_one(res, v);
}

static int eval_node(struct res_eval_ctx *ctx, const SRestriction *res,
		     const SRow *row, unsigned depth);

static int eval_sub(struct res_eval_ctx *ctx, const SSubRestriction *s,
		    const SRow *row, unsigned depth)
{
	const SRowSet *rows = NULL;
	int ret;

	if (ctx->in_sub)
		return -E2BIG;
	if (ctx->subrows == NULL)
		return 0;
	ret = ctx->subrows(ctx->subrows_ctx, row, s->ulSubObject, &rows);
	if (ret < 0)
		return ret;
	if (rows == NULL)
		return 0;
	ctx->in_sub = true;
	for (ULONG i = 0; i < rows->cRows; i++) {
		ret = eval_node(ctx, s->lpRes, &rows->aRow[i], depth + 1);
		if (ret != 0)
			break;
	}
	ctx->in_sub = false;
	return ret;
}

static int eval_node(struct res_eval_ctx *ctx, const SRestriction *res,
		     const SRow *row, unsigned depth)
{
	const SRestriction *sub;
	ULONG i, n;
	int ret;

	if (res == NULL)
		return -EINVAL;
	if (depth > RES_MAX_DEPTH)
		return -E2BIG;
	switch (res->rt) {
	case RES_AND:
		n = res->res.resAnd.cRes;
		sub = res->res.resAnd.lpRes;
		for (i = 0; i < n; i++) {
			ret = eval_node(ctx, &sub[i], row, depth + 1);
			if (ret <= 0)
				return ret;
		}
		return 1;
	case RES_OR:
		n = res->res.resOr.cRes;
		sub = res->res.resOr.lpRes;
		for (i = 0; i < n; i++) {
			ret = eval_node(ctx, &sub[i], row, depth + 1);
			if (ret != 0)
				return ret;
		}
		return 0;
	case RES_NOT:
		ret = eval_node(ctx, res->res.resNot.lpRes, row, depth + 1);
		return ret < 0 ? ret : !ret;
	case RES_CONTENT:
		return eval_content(res, row);
	case RES_PROPERTY:
		return eval_property(&res->res.resProperty, row);
	case RES_COMPAREPROPS:
		return eval_compareprops(&res->res.resCompareProps, row);
	case RES_BITMASK:
		return eval_bitmask(res, row);
	case RES_SIZE:
		return eval_size(res, row);
	case RES_EXIST:
		return row_find(row, res->res.resExist.ulPropTag) != NULL;
	case RES_SUBRESTRICTION:
		return eval_sub(ctx, &res->res.resSub, row, depth);
	case RES_COMMENT:
	case RES_ANNOTATION:
		if (res->res.resComment.lpRes == NULL)
			return 1;
		return eval_node(ctx, res->res.resComment.lpRes, row,
				 depth + 1);
	case RES_COUNT:
		return eval_node(ctx, res->res.resCount.lpRes, row, depth + 1);
	default:
		return -EINVAL;
	}
}

int res_eval(const SRestriction *res, const SRow *row, res_subrows_fn *subrows,
	     void *subrows_ctx)
{
	struct res_eval_ctx ctx = {subrows, subrows_ctx, false};

	return eval_node(&ctx, res, row, 1);
}
