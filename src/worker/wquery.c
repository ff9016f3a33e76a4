/*
 * wquery.c - JSON to MAPI tags, sort orders and restrictions, and property
 * values back to JSON (wquery.h).
 *
 * Everything a request builds lives in one arena, freed with the request.
 * The mapping trusts nothing: every key, type and size is checked before a
 * structure is filled, and the finished tree goes through res_validate().
 */
#include "wquery.h"

#include <errno.h>
#include <inttypes.h>
#include <limits.h>
#include <math.h>
#include <stdbool.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include "errmap.h"
#include "restriction.h"
#include "tagname.h"
#include "timeutil.h"

struct warena_block {
	struct warena_block *next;
	max_align_t data[];
};

void *warena_alloc(struct warena *a, size_t size)
{
	struct warena_block *b;

	if (size > SIZE_MAX - sizeof(*b))
		return NULL;
	b = calloc(1, sizeof(*b) + size);
	if (b == NULL)
		return NULL;
	b->next = a->head;
	a->head = b;
	return b->data;
}

void warena_free(struct warena *a)
{
	struct warena_block *b, *next;

	for (b = a->head; b != NULL; b = next) {
		next = b->next;
		free(b);
	}
	a->head = NULL;
}

static HRESULT fail(const char **error_r, HRESULT hr, const char *message)
{
	*error_r = message;
	return hr;
}

/* A JSON string without NUL bytes, or NULL. */
static const char *plain_string(json_object *j)
{
	const char *s;

	if (!json_object_is_type(j, json_type_string))
		return NULL;
	s = json_object_get_string(j);
	if (strlen(s) != (size_t)json_object_get_string_len(j))
		return NULL;
	return s;
}

/* A string property named without its _A or _W ("PR_SUBJECT"). */
static bool string_tag(const char *name, ULONG *tag_r)
{
	char buf[128];

	if ((size_t)snprintf(buf, sizeof(buf), "%s_A", name) >= sizeof(buf))
		return false;
	return tagname_parse(buf, tag_r) == 0;
}

HRESULT wquery_tag(json_object *name, ULONG *tag_r, const char **error_r)
{
	const char *s = plain_string(name);
	ULONG tag;

	if (s == NULL)
		return fail(error_r, MAPI_E_INVALID_PARAMETER,
			    "a property is named by a string");
	if (tagname_parse(s, &tag) < 0 && !string_tag(s, &tag))
		return fail(error_r, MAPI_E_INVALID_PARAMETER,
			    "unknown property name");
	switch (PROP_TYPE(tag)) {
	case PT_UNICODE:
	case PT_STRING8:
		tag = CHANGE_PROP_TYPE(tag, PT_STRING8);
		break;
	case PT_LONG:
	case PT_I2:
	case PT_I8:
	case PT_BOOLEAN:
	case PT_DOUBLE:
	case PT_SYSTIME:
	case PT_BINARY:
		break;
	default:
		return fail(error_r, MAPI_E_TOO_COMPLEX,
			    "the property's type has no JSON form");
	}
	*tag_r = tag;
	return S_OK;
}

int wquery_hex(struct warena *a, const char *hex, size_t max, SBinary *bin)
{
	size_t len = strlen(hex), i;
	BYTE *out;

	if (len % 2 != 0 || len / 2 > max)
		return -EINVAL;
	out = warena_alloc(a, len / 2 + 1);
	if (out == NULL)
		return -ENOMEM;
	for (i = 0; i < len; i++) {
		char ch = hex[i];
		int v;

		if (ch >= '0' && ch <= '9')
			v = ch - '0';
		else if (ch >= 'a' && ch <= 'f')
			v = ch - 'a' + 10;
		else if (ch >= 'A' && ch <= 'F')
			v = ch - 'A' + 10;
		else
			return -EINVAL;
		out[i / 2] = (BYTE)(out[i / 2] << 4 | v);
	}
	bin->cb = (ULONG)(len / 2);
	bin->lpb = out;
	return 0;
}

int wquery_parse_time(const char *text, FILETIME *ft_r)
{
	/* YYYY-MM-DDTHH:MM:SS[.fffffff]Z, 't' and 'z' allowed. */
	return time_parse_iso(text, strlen(text), TIME_PARSE_LOWER, ft_r) < 0
		   ? -EINVAL
		   : 0;
}

void wquery_format_time(const FILETIME *ft, char buf[48])
{
	/* After 9999 ISO 8601 has no form: the 64-bit value, as the tool
	 * and profile files write it. */
	if (!time_format_iso(*ft, 0, buf, 48))
		snprintf(buf, 48, "0x%08X%08X",
			 (unsigned int)ft->dwHighDateTime,
			 (unsigned int)ft->dwLowDateTime);
}

HRESULT wquery_value(struct warena *a, ULONG tag, json_object *value,
		     SPropValue *pv, const char **error_r)
{
	const char *s;
	int64_t n;
	size_t len;
	char *copy;
	int ret;

	pv->ulPropTag = tag;
	switch (PROP_TYPE(tag)) {
	case PT_STRING8:
		s = plain_string(value);
		if (s == NULL)
			return fail(error_r, MAPI_E_INVALID_PARAMETER,
				    "the value must be a string");
		len = strlen(s);
		copy = warena_alloc(a, len + 1);
		if (copy == NULL)
			return fail(error_r, MAPI_E_NOT_ENOUGH_MEMORY,
				    "out of memory");
		memcpy(copy, s, len);
		pv->Value.lpszA = copy;
		return S_OK;
	case PT_LONG:
	case PT_I2:
	case PT_I8:
		if (!json_object_is_type(value, json_type_int))
			return fail(error_r, MAPI_E_INVALID_PARAMETER,
				    "the value must be an integer");
		errno = 0;
		n = json_object_get_int64(value);
		if (errno != 0 ||
		    (PROP_TYPE(tag) == PT_LONG &&
		     (n < INT32_MIN || n > INT32_MAX)) ||
		    (PROP_TYPE(tag) == PT_I2 &&
		     (n < INT16_MIN || n > INT16_MAX)))
			return fail(error_r, MAPI_E_INVALID_PARAMETER,
				    "the integer is out of range");
		if (PROP_TYPE(tag) == PT_LONG)
			pv->Value.l = (LONG)n;
		else if (PROP_TYPE(tag) == PT_I2)
			pv->Value.i = (short)n;
		else
			pv->Value.li.QuadPart = n;
		return S_OK;
	case PT_BOOLEAN:
		if (!json_object_is_type(value, json_type_boolean))
			return fail(error_r, MAPI_E_INVALID_PARAMETER,
				    "the value must be true or false");
		pv->Value.b = json_object_get_boolean(value) ? 1 : 0;
		return S_OK;
	case PT_DOUBLE:
		if (!json_object_is_type(value, json_type_double) &&
		    !json_object_is_type(value, json_type_int))
			return fail(error_r, MAPI_E_INVALID_PARAMETER,
				    "the value must be a number");
		pv->Value.dbl = json_object_get_double(value);
		if (!isfinite(pv->Value.dbl))
			return fail(error_r, MAPI_E_INVALID_PARAMETER,
				    "the number must be finite");
		return S_OK;
	case PT_SYSTIME:
		s = plain_string(value);
		if (s == NULL || wquery_parse_time(s, &pv->Value.ft) < 0)
			return fail(error_r, MAPI_E_INVALID_PARAMETER,
				    "the value must be an ISO 8601 UTC time "
				    "(YYYY-MM-DDTHH:MM:SSZ)");
		return S_OK;
	case PT_BINARY:
		s = plain_string(value);
		if (s == NULL)
			return fail(error_r, MAPI_E_INVALID_PARAMETER,
				    "the value must be a hex string");
		ret = wquery_hex(a, s, WQUERY_BINARY_MAX, &pv->Value.bin);
		if (ret == -ENOMEM)
			return fail(error_r, MAPI_E_NOT_ENOUGH_MEMORY,
				    "out of memory");
		if (ret < 0)
			return fail(error_r, MAPI_E_INVALID_PARAMETER,
				    "the value must be a hex string of at "
				    "most 4096 bytes");
		return S_OK;
	default:
		return fail(error_r, MAPI_E_TOO_COMPLEX,
			    "the property's type has no JSON form");
	}
}

struct build {
	struct warena *a;
	unsigned int nodes;
};

static HRESULT build_node(struct build *b, json_object *j, unsigned int depth,
			  SRestriction *res, const char **error_r);

static const struct {
	const char *name;
	ULONG relop;
} relops[] = {
    {"eq", RELOP_EQ}, {"ne", RELOP_NE}, {"lt", RELOP_LT},
    {"le", RELOP_LE}, {"gt", RELOP_GT}, {"ge", RELOP_GE},
};

/* {"prop":..., "op":..., "value":...} */
static HRESULT build_prop(struct build *b, json_object *j, SRestriction *res,
			  const char **error_r)
{
	json_object *jprop, *jop, *jvalue = NULL;
	const char *op;
	SPropValue *pv;
	ULONG tag;
	HRESULT hr;
	size_t i;
	int keys = json_object_object_length(j);

	if (!json_object_object_get_ex(j, "prop", &jprop) ||
	    !json_object_object_get_ex(j, "op", &jop))
		return fail(error_r, MAPI_E_INVALID_PARAMETER,
			    "a property term needs \"prop\" and \"op\"");
	op = plain_string(jop);
	if (op == NULL)
		return fail(error_r, MAPI_E_INVALID_PARAMETER,
			    "\"op\" must be a string");
	hr = wquery_tag(jprop, &tag, error_r);
	if (hr != S_OK)
		return hr;
	if (strcmp(op, "exists") == 0) {
		if (keys != 2)
			return fail(error_r, MAPI_E_INVALID_PARAMETER,
				    "\"exists\" takes no value");
		res->rt = RES_EXIST;
		res->res.resExist.ulPropTag = tag;
		return S_OK;
	}
	if (!json_object_object_get_ex(j, "value", &jvalue) || keys != 3)
		return fail(error_r, MAPI_E_INVALID_PARAMETER,
			    "a property term is {\"prop\",\"op\",\"value\"}");
	pv = warena_alloc(b->a, sizeof(*pv));
	if (pv == NULL)
		return fail(error_r, MAPI_E_NOT_ENOUGH_MEMORY, "out of memory");
	hr = wquery_value(b->a, tag, jvalue, pv, error_r);
	if (hr != S_OK)
		return hr;
	if (strcmp(op, "contains") == 0 || strcmp(op, "prefix") == 0) {
		if (PROP_TYPE(tag) != PT_STRING8 && PROP_TYPE(tag) != PT_BINARY)
			return fail(error_r, MAPI_E_TOO_COMPLEX,
				    "contains and prefix need a string or "
				    "binary property");
		res->rt = RES_CONTENT;
		res->res.resContent.ulFuzzyLevel =
		    (op[0] == 'c' ? FL_SUBSTRING : FL_PREFIX) | FL_IGNORECASE;
		res->res.resContent.ulPropTag = tag;
		res->res.resContent.lpProp = pv;
		return S_OK;
	}
	for (i = 0; i < sizeof(relops) / sizeof(relops[0]); i++) {
		if (strcmp(op, relops[i].name) == 0) {
			res->rt = RES_PROPERTY;
			res->res.resProperty.relop = relops[i].relop;
			res->res.resProperty.ulPropTag = tag;
			res->res.resProperty.lpProp = pv;
			return S_OK;
		}
	}
	return fail(error_r, MAPI_E_INVALID_PARAMETER,
		    "unknown op (eq ne lt le gt ge contains prefix exists)");
}

/* {"and":[...]} or {"or":[...]} */
static HRESULT build_list(struct build *b, json_object *list,
			  unsigned int depth, bool is_and, SRestriction *res,
			  const char **error_r)
{
	SRestriction *terms = NULL;
	size_t n, i;
	HRESULT hr;

	if (!json_object_is_type(list, json_type_array))
		return fail(error_r, MAPI_E_INVALID_PARAMETER,
			    "\"and\" and \"or\" take an array");
	n = json_object_array_length(list);
	if (n > WQUERY_TERMS_MAX)
		return fail(error_r, MAPI_E_TOO_COMPLEX,
			    "too many terms in \"and\" or \"or\"");
	if (n > 0) {
		terms = warena_alloc(b->a, n * sizeof(*terms));
		if (terms == NULL)
			return fail(error_r, MAPI_E_NOT_ENOUGH_MEMORY,
				    "out of memory");
	}
	for (i = 0; i < n; i++) {
		hr = build_node(b, json_object_array_get_idx(list, i),
				depth + 1, &terms[i], error_r);
		if (hr != S_OK)
			return hr;
	}
	res->rt = is_and ? RES_AND : RES_OR;
	if (is_and) {
		res->res.resAnd.cRes = (ULONG)n;
		res->res.resAnd.lpRes = terms;
	} else {
		res->res.resOr.cRes = (ULONG)n;
		res->res.resOr.lpRes = terms;
	}
	return S_OK;
}

static HRESULT build_node(struct build *b, json_object *j, unsigned int depth,
			  SRestriction *res, const char **error_r)
{
	json_object *sub;
	SRestriction *inner;
	HRESULT hr;

	if (depth > WQUERY_DEPTH_MAX)
		return fail(error_r, MAPI_E_TOO_COMPLEX,
			    "the restriction is too deep");
	if (++b->nodes > WQUERY_NODES_MAX)
		return fail(error_r, MAPI_E_TOO_COMPLEX,
			    "the restriction has too many terms");
	if (!json_object_is_type(j, json_type_object))
		return fail(error_r, MAPI_E_INVALID_PARAMETER,
			    "a restriction term is a JSON object");
	if (json_object_object_get_ex(j, "prop", NULL))
		return build_prop(b, j, res, error_r);
	if (json_object_object_length(j) != 1)
		return fail(error_r, MAPI_E_INVALID_PARAMETER,
			    "a restriction term has one key: and, or, not "
			    "or prop");
	if (json_object_object_get_ex(j, "and", &sub))
		return build_list(b, sub, depth, true, res, error_r);
	if (json_object_object_get_ex(j, "or", &sub))
		return build_list(b, sub, depth, false, res, error_r);
	if (json_object_object_get_ex(j, "not", &sub)) {
		inner = warena_alloc(b->a, sizeof(*inner));
		if (inner == NULL)
			return fail(error_r, MAPI_E_NOT_ENOUGH_MEMORY,
				    "out of memory");
		hr = build_node(b, sub, depth + 1, inner, error_r);
		if (hr != S_OK)
			return hr;
		res->rt = RES_NOT;
		res->res.resNot.lpRes = inner;
		return S_OK;
	}
	return fail(error_r, MAPI_E_INVALID_PARAMETER,
		    "unknown restriction term (and, or, not, prop)");
}

HRESULT wquery_restriction(struct warena *a, json_object *j,
			   SRestriction **res_r, const char **error_r)
{
	struct build b = {.a = a};
	SRestriction *res;
	HRESULT hr;
	int ret;

	*res_r = NULL;
	res = warena_alloc(a, sizeof(*res));
	if (res == NULL)
		return fail(error_r, MAPI_E_NOT_ENOUGH_MEMORY, "out of memory");
	hr = build_node(&b, j, 1, res, error_r);
	if (hr != S_OK)
		return hr;
	ret = res_validate(res, error_r);
	if (ret < 0)
		return errmap_hr(ret);
	*res_r = res;
	return S_OK;
}

HRESULT wquery_sort(struct warena *a, json_object *j, SSortOrderSet **sort_r,
		    const char **error_r)
{
	SSortOrderSet *sort;
	json_object *key, *jprop, *jdesc;
	size_t n, i;
	HRESULT hr;

	*sort_r = NULL;
	if (!json_object_is_type(j, json_type_array))
		return fail(error_r, MAPI_E_INVALID_PARAMETER,
			    "\"sort\" is an array");
	n = json_object_array_length(j);
	if (n > WQUERY_SORT_MAX)
		return fail(error_r, MAPI_E_TOO_COMPLEX, "too many sort keys");
	sort = warena_alloc(a, CbNewSSortOrderSet(n));
	if (sort == NULL)
		return fail(error_r, MAPI_E_NOT_ENOUGH_MEMORY, "out of memory");
	sort->cSorts = (ULONG)n;
	for (i = 0; i < n; i++) {
		key = json_object_array_get_idx(j, i);
		jdesc = NULL;
		if (json_object_is_type(key, json_type_object)) {
			if (!json_object_object_get_ex(key, "prop", &jprop) ||
			    json_object_object_length(key) >
				(json_object_object_get_ex(key, "desc", &jdesc)
				     ? 2
				     : 1))
				return fail(error_r, MAPI_E_INVALID_PARAMETER,
					    "a sort key is \"PR_X\" or "
					    "{\"prop\":\"PR_X\",\"desc\":"
					    "BOOL}");
			if (jdesc != NULL &&
			    !json_object_is_type(jdesc, json_type_boolean))
				return fail(error_r, MAPI_E_INVALID_PARAMETER,
					    "\"desc\" is true or false");
		} else {
			jprop = key;
		}
		hr = wquery_tag(jprop, &sort->aSort[i].ulPropTag, error_r);
		if (hr != S_OK)
			return hr;
		sort->aSort[i].ulOrder =
		    jdesc != NULL && json_object_get_boolean(jdesc)
			? TABLE_SORT_DESCEND
			: TABLE_SORT_ASCEND;
	}
	*sort_r = sort;
	return S_OK;
}

HRESULT wquery_columns(struct warena *a, json_object *j, SPropTagArray **tags_r,
		       const char ***names_r, const char **error_r)
{
	SPropTagArray *tags;
	const char **names;
	size_t n, i;
	HRESULT hr;

	*tags_r = NULL;
	*names_r = NULL;
	if (!json_object_is_type(j, json_type_array))
		return fail(error_r, MAPI_E_INVALID_PARAMETER,
			    "\"columns\" is an array of property names");
	n = json_object_array_length(j);
	if (n == 0 || n > WQUERY_COLUMNS_MAX)
		return fail(error_r, MAPI_E_INVALID_PARAMETER,
			    "\"columns\" names 1 to 64 properties");
	tags = warena_alloc(a, CbNewSPropTagArray(n));
	names = warena_alloc(a, n * sizeof(*names));
	if (tags == NULL || names == NULL)
		return fail(error_r, MAPI_E_NOT_ENOUGH_MEMORY, "out of memory");
	tags->cValues = (ULONG)n;
	for (i = 0; i < n; i++) {
		json_object *name = json_object_array_get_idx(j, i);

		hr = wquery_tag(name, &tags->aulPropTag[i], error_r);
		if (hr != S_OK)
			return hr;
		names[i] = json_object_get_string(name);
	}
	*tags_r = tags;
	*names_r = names;
	return S_OK;
}

json_object *wquery_json_hex(const SBinary *bin)
{
	static const char digits16[] = "0123456789ABCDEF";
	json_object *j;
	char *text;
	ULONG i;

	text = malloc((size_t)bin->cb * 2 + 1);
	if (text == NULL)
		return NULL;
	for (i = 0; i < bin->cb; i++) {
		text[2 * i] = digits16[bin->lpb[i] >> 4];
		text[2 * i + 1] = digits16[bin->lpb[i] & 15];
	}
	text[(size_t)bin->cb * 2] = '\0';
	j = json_object_new_string(text);
	free(text);
	return j;
}

json_object *wquery_json_value(const SPropValue *pv)
{
	char buf[48];
	json_object *list;
	ULONG i;

	switch (PROP_TYPE(pv->ulPropTag)) {
	case PT_STRING8:
		return json_object_new_string(pv->Value.lpszA);
	case PT_LONG:
		return json_object_new_int64(pv->Value.l);
	case PT_I2:
		return json_object_new_int64(pv->Value.i);
	case PT_I8:
		return json_object_new_int64(pv->Value.li.QuadPart);
	case PT_BOOLEAN:
		return json_object_new_boolean(pv->Value.b != 0);
	case PT_DOUBLE:
		return isfinite(pv->Value.dbl)
			   ? json_object_new_double(pv->Value.dbl)
			   : json_object_new_null();
	case PT_SYSTIME:
		wquery_format_time(&pv->Value.ft, buf);
		return json_object_new_string(buf);
	case PT_BINARY:
		return wquery_json_hex(&pv->Value.bin);
	case PT_MV_STRING8:
		list = json_object_new_array();
		for (i = 0; list != NULL && i < pv->Value.MVszA.cValues; i++)
			json_object_array_add(
			    list,
			    json_object_new_string(pv->Value.MVszA.lppszA[i]));
		return list;
	case PT_MV_LONG:
		list = json_object_new_array();
		for (i = 0; list != NULL && i < pv->Value.MVl.cValues; i++)
			json_object_array_add(
			    list, json_object_new_int64(pv->Value.MVl.lpl[i]));
		return list;
	default:
		return json_object_new_null();
	}
}
