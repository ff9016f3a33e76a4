/*
 * engine_tplan.c - what a table is asked, in the forms the table needs:
 * the caller's restriction copied with 8-bit string types made Unicode
 * (the form properties are stored in), and a restriction translated to
 * the backend's expression over index columns (engine_backend.h), which
 * the table runs pushed down -- or NULL when some node cannot be run
 * there exactly as core's res_eval() would.  engine_table.c decides the
 * plan from these.
 */
#include "engine_int.h"

#include <errno.h>
#include <string.h>

#include <mapix.h>
#include <mapiutil.h>

#include "alloc.h"
#include "restriction.h"
#include "ustring.h"

/* ---------------------------------------------------------------------------
 * Copies of the caller's restriction and sort order
 */

static int props_dup(const SPropValue *src, ULONG n, SPropValue **dst_r)
{
	struct pbuf b = {0};
	ULONG cnt;
	int ret;

	if (src == NULL) {
		*dst_r = NULL;
		return n ? -EINVAL : 0;
	}
	ret = pblob_write(&b, n, src);
	if (ret == 0)
		ret = pblob_parse(b.data, b.len, PBLOB_PLAIN, &cnt, dst_r);
	pbuf_free(&b);
	return ret == -EBADMSG ? -EINVAL : ret;
}

static void res_free_inner(SRestriction *r, int depth);

/* The tag a property of an 8-bit string type is stored under (strings are
 * kept in Unicode); other tags unchanged. */
ULONG tplan_wide_tag(ULONG tag)
{
	ULONG type = PROP_TYPE(tag), base = type & ~(ULONG)MVI_FLAG;

	if (base == PT_STRING8)
		return CHANGE_PROP_TYPE(tag, type - PT_STRING8 + PT_UNICODE);
	return tag;
}

/* A copy of a single PT_STRING8 value as PT_UNICODE (for restrictions
 * rewritten to the stored types); other values are duplicated. */
static int prop_wide_dup(const SPropValue *src, SPropValue **dst_r)
{
	struct pcoll c = {0};
	ULONG n;
	int ret;

	if (src == NULL || PROP_TYPE(src->ulPropTag) != PT_STRING8)
		return props_dup(src, 1, dst_r);
	if (src->Value.lpszA == NULL)
		return -EINVAL;
	pcoll_str(&c, src->ulPropTag, src->Value.lpszA);
	ret = pcoll_finish(&c, PBLOB_PLAIN, &n, dst_r);
	pcoll_free(&c);
	return ret;
}

void tplan_res_free(SRestriction *r)
{
	if (r == NULL)
		return;
	res_free_inner(r, 0);
	alloc_free(r);
}

static void res_free_inner(SRestriction *r, int depth)
{
	ULONG i;

	if (depth > RES_MAX_DEPTH + 1)
		return;
	switch (r->rt) {
	case RES_AND:
	case RES_OR:
		for (i = 0; r->res.resAnd.lpRes && i < r->res.resAnd.cRes; i++)
			res_free_inner(&r->res.resAnd.lpRes[i], depth + 1);
		alloc_free(r->res.resAnd.lpRes);
		break;
	case RES_NOT:
	case RES_SUBRESTRICTION:
	case RES_COUNT:
		if (r->res.resNot.lpRes)
			tplan_res_free(r->res.resNot.lpRes);
		break;
	case RES_COMMENT:
	case RES_ANNOTATION:
		if (r->res.resComment.lpRes)
			tplan_res_free(r->res.resComment.lpRes);
		alloc_free(r->res.resComment.lpProp);
		break;
	case RES_CONTENT:
		alloc_free(r->res.resContent.lpProp);
		break;
	case RES_PROPERTY:
		alloc_free(r->res.resProperty.lpProp);
		break;
	default:
		break;
	}
}

static int res_copy_into(SRestriction *dst, const SRestriction *src, int depth)
{
	ULONG i, n;
	int ret = 0;

	if (depth > RES_MAX_DEPTH + 1)
		return -E2BIG;
	*dst = *src;
	switch (src->rt) {
	case RES_AND:
	case RES_OR:
		n = src->res.resAnd.cRes;
		dst->res.resAnd.lpRes = alloc_calloc(n ? n : 1, sizeof(*dst));
		if (dst->res.resAnd.lpRes == NULL) {
			dst->res.resAnd.cRes = 0;
			return -ENOMEM;
		}
		for (i = 0; i < n && ret == 0; i++)
			ret =
			    res_copy_into(&dst->res.resAnd.lpRes[i],
					  &src->res.resAnd.lpRes[i], depth + 1);
		if (ret < 0)
			dst->res.resAnd.cRes = i;
		return ret;
	case RES_NOT:
	case RES_SUBRESTRICTION:
	case RES_COUNT:
		dst->res.resNot.lpRes = NULL;
		if (src->res.resNot.lpRes == NULL)
			return 0;
		dst->res.resNot.lpRes = alloc_calloc(1, sizeof(*dst));
		if (dst->res.resNot.lpRes == NULL)
			return -ENOMEM;
		return res_copy_into(dst->res.resNot.lpRes,
				     src->res.resNot.lpRes, depth + 1);
	case RES_COMMENT:
	case RES_ANNOTATION:
		dst->res.resComment.lpRes = NULL;
		dst->res.resComment.lpProp = NULL;
		ret = props_dup(src->res.resComment.lpProp,
				src->res.resComment.cValues,
				&dst->res.resComment.lpProp);
		if (ret == 0 && src->res.resComment.lpRes) {
			dst->res.resComment.lpRes =
			    alloc_calloc(1, sizeof(*dst));
			if (dst->res.resComment.lpRes == NULL)
				return -ENOMEM;
			ret =
			    res_copy_into(dst->res.resComment.lpRes,
					  src->res.resComment.lpRes, depth + 1);
		}
		return ret;
	case RES_CONTENT:
		dst->res.resContent.lpProp = NULL;
		dst->res.resContent.ulPropTag =
		    tplan_wide_tag(src->res.resContent.ulPropTag);
		return prop_wide_dup(src->res.resContent.lpProp,
				     &dst->res.resContent.lpProp);
	case RES_PROPERTY:
		dst->res.resProperty.lpProp = NULL;
		dst->res.resProperty.ulPropTag =
		    tplan_wide_tag(src->res.resProperty.ulPropTag);
		return prop_wide_dup(src->res.resProperty.lpProp,
				     &dst->res.resProperty.lpProp);
	case RES_COMPAREPROPS:
		dst->res.resCompareProps.ulPropTag1 =
		    tplan_wide_tag(src->res.resCompareProps.ulPropTag1);
		dst->res.resCompareProps.ulPropTag2 =
		    tplan_wide_tag(src->res.resCompareProps.ulPropTag2);
		return 0;
	case RES_EXIST:
		dst->res.resExist.ulPropTag =
		    tplan_wide_tag(src->res.resExist.ulPropTag);
		return 0;
	case RES_SIZE:
		/* Sizes are of the stored form: not rewritten. */
		return 0;
	default:
		return 0;
	}
}

int tplan_res_copy(const SRestriction *src, SRestriction **dst_r)
{
	SRestriction *r = alloc_calloc(1, sizeof(*r));
	int ret;

	if (r == NULL)
		return -ENOMEM;
	ret = res_copy_into(r, src, 0);
	if (ret < 0) {
		tplan_res_free(r);
		return ret;
	}
	*dst_r = r;
	return 0;
}

/* ---------------------------------------------------------------------------
 * Push-down: restriction and sort order to the backend's expressions
 */

void tplan_expr_free(struct eb_expr *x)
{
	unsigned int i;

	if (x == NULL)
		return;
	for (i = 0; i < x->n; i++)
		tplan_expr_free(x->sub[i]);
	alloc_free(x->sub);
	alloc_free((void *)x->val.s);
	alloc_free(x);
}

/* The index column of a tag (strings of either width), or -1. */
int tplan_col_of(ULONG tag)
{
	ULONG type = PROP_TYPE(tag);

	if (type == PT_STRING8)
		tag = CHANGE_PROP_TYPE(tag, PT_UNICODE);
	return engine_col_of_tag(tag);
}

static bool col_is_text(int col)
{
	return col >= EB_COL_SUBJECT && col <= EB_COL_MESSAGE_CLASS;
}

/* The value of lpProp as an index column value; false when it cannot be
 * one. */
static bool to_val(int col, const SPropValue *pv, struct eb_val *v)
{
	ULONG type = PROP_TYPE(pv->ulPropTag);

	memset(v, 0, sizeof(*v));
	v->present = true;
	if (col_is_text(col)) {
		char *s;

		if (type == PT_UNICODE)
			s = ustr_to_utf8(pv->Value.lpszW);
		else if (type == PT_STRING8)
			s = alloc_strdup(pv->Value.lpszA);
		else
			return false;
		if (s == NULL)
			return false;
		v->s = s;
		v->slen = strlen(s);
		return true;
	}
	if (col == EB_COL_DELIVERY_TIME) {
		uint64_t ft;

		if (type != PT_SYSTIME)
			return false;
		ft = ((uint64_t)pv->Value.ft.dwHighDateTime << 32) |
		     pv->Value.ft.dwLowDateTime;
		v->i = (int64_t)(ft ^ (1ULL << 63));
		return true;
	}
	if (type != PT_LONG)
		return false;
	v->i = pv->Value.l;
	return true;
}

/* Translates r; NULL when some node cannot be pushed down exactly. */
struct eb_expr *tplan_expr(const SRestriction *r, int depth)
{
	struct eb_expr *x;
	ULONG i, n;
	int col;

	if (depth > 32)
		return NULL;
	x = alloc_calloc(1, sizeof(*x));
	if (x == NULL)
		return NULL;
	switch (r->rt) {
	case RES_AND:
	case RES_OR:
		x->kind = r->rt == RES_AND ? EB_X_AND : EB_X_OR;
		n = r->res.resAnd.cRes;
		if (n > 64)
			goto fail;
		x->sub = alloc_calloc(n ? n : 1, sizeof(*x->sub));
		if (x->sub == NULL)
			goto fail;
		for (i = 0; i < n; i++) {
			x->sub[i] =
			    tplan_expr(&r->res.resAnd.lpRes[i], depth + 1);
			x->n = i + 1;
			if (x->sub[i] == NULL)
				goto fail;
		}
		x->n = n;
		return x;
	case RES_NOT:
		x->kind = EB_X_NOT;
		x->sub = alloc_calloc(1, sizeof(*x->sub));
		if (x->sub == NULL)
			goto fail;
		x->n = 1;
		x->sub[0] = tplan_expr(r->res.resNot.lpRes, depth + 1);
		if (x->sub[0] == NULL)
			goto fail;
		return x;
	case RES_PROPERTY:
		col = tplan_col_of(r->res.resProperty.ulPropTag);
		if (col < 0 || r->res.resProperty.relop > RELOP_NE ||
		    PROP_TYPE(r->res.resProperty.lpProp->ulPropTag) !=
			PROP_TYPE(r->res.resProperty.ulPropTag))
			goto fail;
		x->kind = EB_X_CMP;
		x->col = (enum eb_col)col;
		x->relop = r->res.resProperty.relop;
		if (!to_val(col, r->res.resProperty.lpProp, &x->val))
			goto fail;
		return x;
	case RES_CONTENT:
		col = tplan_col_of(r->res.resContent.ulPropTag);
		if (col < 0 || !col_is_text(col))
			goto fail;
		x->kind = EB_X_MATCH;
		x->col = (enum eb_col)col;
		x->fuzzy = r->res.resContent.ulFuzzyLevel;
		if (!to_val(col, r->res.resContent.lpProp, &x->val))
			goto fail;
		return x;
	case RES_EXIST:
		col = tplan_col_of(r->res.resExist.ulPropTag);
		if (col < 0)
			goto fail;
		x->kind = EB_X_EXISTS;
		x->col = (enum eb_col)col;
		return x;
	case RES_BITMASK:
		col = tplan_col_of(r->res.resBitMask.ulPropTag);
		if (col < 0 || col_is_text(col) || col == EB_COL_DELIVERY_TIME)
			goto fail;
		x->kind = EB_X_BITMASK;
		x->col = (enum eb_col)col;
		x->eqz = r->res.resBitMask.relBMR == BMR_EQZ;
		x->val.present = true;
		x->val.i = (int64_t)(uint32_t)r->res.resBitMask.ulMask;
		return x;
	default:
		goto fail;
	}
fail:
	tplan_expr_free(x);
	return NULL;
}

/* Tags the pushed-down path can serve without the property blob. */
bool tplan_col_without_blob(ULONG tag)
{
	if (tplan_col_of(tag) >= 0)
		return true;
	switch (PROP_ID(tag)) {
	case PROP_ID(PR_ENTRYID):
	case PROP_ID(PR_RECORD_KEY):
	case PROP_ID(PR_PARENT_ENTRYID):
	case PROP_ID(PR_PARENT_SOURCE_KEY):
	case PROP_ID(PR_INSTANCE_KEY):
	case PROP_ID(PR_MID_TAG):
	case PROP_ID(PR_STORE_ENTRYID):
	case PROP_ID(PR_STORE_RECORD_KEY):
	case PROP_ID(PR_SOURCE_KEY):
	case PROP_ID(PR_CHANGE_KEY):
	case PROP_ID(PR_PREDECESSOR_CHANGE_LIST):
	case PROP_ID(PR_CHANGE_NUM):
	case PROP_ID(PR_OBJECT_TYPE):
	case PROP_ID(PR_MESSAGE_FLAGS):
	case PROP_ID(PR_MESSAGE_SIZE):
	case PROP_ID(PR_HASATTACH):
	case PROP_ID(PR_ACCESS):
	case PROP_ID(PR_ACCESS_LEVEL):
	case PROP_ID(PR_CREATION_TIME):
	case PROP_ID(PR_LAST_MODIFICATION_TIME):
		return true;
	default:
		return false;
	}
}