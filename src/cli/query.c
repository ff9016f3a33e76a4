/*
 * query.c - parsing the text syntax of `mapix ls --where/--sort/--columns`
 * (query.h, docs/CLI.md) into SRestriction, SSortOrderSet and
 * SPropTagArray.
 *
 * The where-parser is a recursive descent over a small lexer.  Every node
 * of the tree is MAPIAllocateMore memory hanging from one root buffer, so
 * a caller frees the whole tree with one MAPIFreeBuffer and an error half
 * way through frees whatever was built the same way.  `a and b and c` is
 * one RES_AND of three terms, not a chain, so trees stay shallow.  The
 * recursion depth is bounded (QUERY_MAX_NESTING) before the stack could
 * be: hostile input gets an error, not a crash.
 */
#include "query.h"

#include <ctype.h>
#include <errno.h>
#include <stdarg.h>
#include <stdbool.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include <mapix.h>
#include <mapiutil.h>

#include "alloc.h"
#include "array.h"
#include "restriction.h"
#include "sortorder.h"
#include "tagname.h"
#include "ustring.h"

/* Longest tag name looked up; longer words are no tag. */
#define TAG_NAME_MAX 128

/* The two content operators, kept apart from the RELOP_* values. */
#define OP_CONTAINS 100
#define OP_PREFIX   101

enum tok_kind {
	T_END,
	T_WORD,
	T_STRING,
	T_OP,
	T_LPAREN,
	T_RPAREN,
};

struct token {
	enum tok_kind kind;
	size_t pos, len; /* where in the text, raw length */
	ULONG op;        /* T_OP: RELOP_* or OP_CONTAINS/OP_PREFIX */
};

struct parser {
	const char *text;
	size_t len, at;
	struct token tok;
	void *root; /* the MAPIAllocateBuffer block everything hangs from */
	struct query_error *err;
	int depth;
};

static int fail(struct query_error *err, size_t pos, const char *fmt, ...)
    __attribute__((format(printf, 3, 4)));

/* Fills in *err (the first failure wins) and returns -EINVAL. */
static int fail(struct query_error *err, size_t pos, const char *fmt, ...)
{
	va_list args;

	err->pos = pos;
	va_start(args, fmt);
	vsnprintf(err->msg, sizeof(err->msg), fmt, args);
	va_end(args);
	return -EINVAL;
}

static int more(struct parser *p, size_t size, void *out_r)
{
	if (MAPIAllocateMore((ULONG)size, p->root, (LPVOID *)out_r) != S_OK)
		return -ENOMEM;
	memset(*(void **)out_r, 0, size);
	return 0;
}

int query_parse_tag(const char *name, ULONG *tag_r)
{
	char wide[TAG_NAME_MAX + 3];

	if (tagname_parse(name, tag_r) == 0)
		return 0;
	if (strlen(name) > TAG_NAME_MAX)
		return -ENOENT;
	snprintf(wide, sizeof(wide), "%s_W", name);
	return tagname_parse(wide, tag_r);
}

/* ---------------------------------------------------------------------
 * Lexer
 */

static bool is_word_char(unsigned char c)
{
	/* Dates (2026-11-03T10:00:00Z) and numbers (-1.5e3) are one word. */
	return isalnum(c) || c == '_' || c == '-' || c == '+' || c == ':' ||
	       c == '.';
}

/* A character for a message: itself when printable, else its code. */
static const char *show_char(unsigned char c, char *buf, size_t size)
{
	if (isprint(c))
		snprintf(buf, size, "'%c'", c);
	else
		snprintf(buf, size, "byte 0x%02X", c);
	return buf;
}

/* Reads the next token into p->tok. */
static int next(struct parser *p)
{
	const char *s = p->text;
	struct token *t = &p->tok;
	char cbuf[16];

	while (p->at < p->len && isspace((unsigned char)s[p->at]))
		p->at++;
	t->pos = p->at;
	t->len = 1;
	t->op = 0;
	if (p->at >= p->len) {
		t->kind = T_END;
		t->len = 0;
		return 0;
	}
	switch (s[p->at]) {
	case '(':
		t->kind = T_LPAREN;
		break;
	case ')':
		t->kind = T_RPAREN;
		break;
	case '"': {
		size_t i = p->at + 1;

		while (i < p->len && s[i] != '"') {
			if (s[i] == '\\')
				i++;
			i++;
		}
		if (i >= p->len)
			return fail(p->err, t->pos, "unterminated string");
		t->kind = T_STRING;
		t->len = i + 1 - p->at;
		break;
	}
	case '=':
		t->kind = T_OP;
		t->op = RELOP_EQ;
		break;
	case '!':
		if (p->at + 1 >= p->len || s[p->at + 1] != '=')
			return fail(p->err, t->pos, "'!' must be '!='");
		t->kind = T_OP;
		t->op = RELOP_NE;
		t->len = 2;
		break;
	case '<':
	case '>': {
		bool eq = p->at + 1 < p->len && s[p->at + 1] == '=';
		bool lt = s[p->at] == '<';

		t->kind = T_OP;
		t->op = lt ? (eq ? RELOP_LE : RELOP_LT)
			   : (eq ? RELOP_GE : RELOP_GT);
		t->len = eq ? 2 : 1;
		break;
	}
	case '~':
		t->kind = T_OP;
		t->op = OP_CONTAINS;
		break;
	case '^':
		t->kind = T_OP;
		t->op = OP_PREFIX;
		break;
	default:
		if (!is_word_char((unsigned char)s[p->at]))
			return fail(p->err, t->pos, "unexpected %s",
				    show_char((unsigned char)s[p->at], cbuf,
					      sizeof(cbuf)));
		t->kind = T_WORD;
		t->len = 0;
		while (p->at + t->len < p->len &&
		       is_word_char((unsigned char)s[p->at + t->len]))
			t->len++;
		break;
	}
	p->at += t->len;
	return 0;
}

static bool tok_is_word(const struct parser *p, const char *word)
{
	return p->tok.kind == T_WORD && strlen(word) == p->tok.len &&
	       strncasecmp(p->text + p->tok.pos, word, p->tok.len) == 0;
}

/*
 * The text of a word or string token: a new alloc_malloc()ed,
 * NUL-terminated copy, escapes of a string resolved.
 */
static int tok_text(struct parser *p, char **out_r)
{
	const char *s = p->text + p->tok.pos;
	size_t n = p->tok.len, i, o = 0;
	char *out;

	*out_r = NULL;
	if (p->tok.kind == T_STRING) {
		s++;
		n -= 2;
	}
	out = alloc_malloc(n + 1);
	if (out == NULL)
		return -ENOMEM;
	for (i = 0; i < n; i++) {
		if (p->tok.kind == T_STRING && s[i] == '\\') {
			i++;
			if (i >= n || (s[i] != '"' && s[i] != '\\')) {
				alloc_free(out);
				return fail(p->err, p->tok.pos + i,
					    "only \\\" and \\\\ are escapes "
					    "in strings");
			}
		}
		out[o++] = s[i];
	}
	out[o] = '\0';
	*out_r = out;
	return 0;
}

/* A word token as a property tag. */
static int tok_tag(struct parser *p, ULONG *tag_r)
{
	char name[TAG_NAME_MAX + 1];

	if (p->tok.kind != T_WORD)
		return fail(p->err, p->tok.pos, "expected a property tag");
	if (p->tok.len > TAG_NAME_MAX)
		return fail(p->err, p->tok.pos, "unknown property tag");
	memcpy(name, p->text + p->tok.pos, p->tok.len);
	name[p->tok.len] = '\0';
	if (query_parse_tag(name, tag_r) < 0)
		return fail(p->err, p->tok.pos, "unknown property tag '%s'",
			    name);
	return 0;
}

/* ---------------------------------------------------------------------
 * Values
 */

/*
 * An integer in [min, max]: decimal, or hex after "0x", with an optional
 * '-'.  strtoull alone would take spaces, '+' and octal.
 */
static bool parse_integer(const char *s, long long min, unsigned long long max,
			  long long *out)
{
	bool neg = *s == '-';
	unsigned long long v;
	int base = 10;
	char *end;

	if (neg)
		s++;
	if (s[0] == '0' && (s[1] == 'x' || s[1] == 'X')) {
		base = 16;
		s += 2;
	}
	if (!isxdigit((unsigned char)*s) ||
	    (base == 10 && !isdigit((unsigned char)*s)))
		return false;
	errno = 0;
	v = strtoull(s, &end, base);
	if (errno != 0 || *end != '\0')
		return false;
	if (neg) {
		/* -min fits an unsigned long long for any min we are given. */
		if (v > (unsigned long long)(-(min + 1)) + 1)
			return false;
		*out = v == 0 ? 0 : -(long long)(v - 1) - 1;
		return true;
	}
	if (v > max)
		return false;
	*out = (long long)v;
	return true;
}

static bool parse_double(const char *s, double *out)
{
	char *end;

	if (*s == '\0' || isspace((unsigned char)*s))
		return false;
	errno = 0;
	*out = strtod(s, &end);
	return errno == 0 && *end == '\0' && *out == *out &&
	       *out - *out == 0; /* finite */
}

/*
 * The value token as a property of tag's base type, in MAPIAllocateMore
 * memory.  content tells that it is for ~ or ^.
 */
static int parse_value(struct parser *p, ULONG tag, bool content,
		       LPSPropValue *out_r)
{
	ULONG type = PROP_TYPE(tag) & ~(ULONG)MVI_FLAG;
	const char *tname = tagname_type_name(type);
	size_t pos = p->tok.pos;
	LPSPropValue v = NULL;
	char *text = NULL;
	long long n;
	double dbl;
	int ret;

	*out_r = NULL;
	if (p->tok.kind != T_WORD && p->tok.kind != T_STRING)
		return fail(p->err, pos, "expected a value");
	if (content && type != PT_STRING8 && type != PT_UNICODE &&
	    type != PT_BINARY)
		return fail(p->err, pos,
			    "'~' and '^' need a string or binary property, "
			    "not %s",
			    tname != NULL ? tname : "this type");
	ret = tok_text(p, &text);
	if (ret == 0)
		ret = more(p, sizeof(*v), &v);
	if (ret < 0)
		goto done;
	v->ulPropTag = PROP_TAG(type, PROP_ID(tag));
	switch (type) {
	case PT_I2:
		if (!parse_integer(text, -32768, 65535, &n))
			goto bad;
		v->Value.i = (short)(unsigned short)n;
		break;
	case PT_LONG:
		if (!parse_integer(text, -2147483648ll, 4294967295ull, &n))
			goto bad;
		v->Value.ul = (ULONG)n;
		break;
	case PT_I8:
		if (!parse_integer(text, -9223372036854775807ll - 1,
				   9223372036854775807ull, &n))
			goto bad;
		v->Value.li.QuadPart = n;
		break;
	case PT_BOOLEAN:
		if (strcasecmp(text, "true") == 0 || strcmp(text, "1") == 0)
			v->Value.b = TRUE;
		else if (strcasecmp(text, "false") == 0 ||
			 strcmp(text, "0") == 0)
			v->Value.b = FALSE;
		else
			goto bad;
		break;
	case PT_R4:
		if (!parse_double(text, &dbl) || dbl > 3.4e38 || dbl < -3.4e38)
			goto bad;
		v->Value.flt = (float)dbl;
		break;
	case PT_DOUBLE:
	case PT_APPTIME:
		if (!parse_double(text, &dbl))
			goto bad;
		v->Value.dbl = dbl;
		break;
	case PT_CURRENCY:
		/* Ten-thousandths in an integer, rounded half away from 0. */
		if (!parse_double(text, &dbl) || dbl > 9.2e14 || dbl < -9.2e14)
			goto bad;
		v->Value.cur.int64 =
		    (LONGLONG)(dbl * 10000.0 + (dbl < 0 ? -0.5 : 0.5));
		break;
	case PT_SYSTIME:
		if (time_parse_iso(text, strlen(text), QUERY_TIME_FLAGS,
				   &v->Value.ft) < 0)
			goto bad;
		break;
	case PT_STRING8: {
		size_t len = strlen(text);

		ret = more(p, len + 1, &v->Value.lpszA);
		if (ret == 0)
			memcpy(v->Value.lpszA, text, len + 1);
		break;
	}
	case PT_UNICODE: {
		WCHAR *w = ustr_from_utf8(text);
		size_t len;

		if (w == NULL) {
			ret = -ENOMEM;
			break;
		}
		len = (ustr_wlen(w) + 1) * sizeof(WCHAR);
		ret = more(p, len, &v->Value.lpszW);
		if (ret == 0)
			memcpy(v->Value.lpszW, w, len);
		alloc_free(w);
		break;
	}
	case PT_BINARY: {
		size_t len = strlen(text);

		if (len % 2 != 0)
			goto bad;
		/* One byte more, so an empty value still has a buffer. */
		ret = more(p, len / 2 + 1, &v->Value.bin.lpb);
		if (ret == 0 && !FBinFromHex(text, v->Value.bin.lpb))
			goto bad;
		v->Value.bin.cb = (ULONG)(len / 2);
		break;
	}
	default:
		ret = fail(p->err, pos,
			   "values of type %s cannot be compared here",
			   tname != NULL ? tname : "(unknown)");
		break;
	}
	goto done;
bad:
	ret = fail(p->err, pos, "'%s' is not a value of type %s", text,
		   tname != NULL ? tname : "(unknown)");
done:
	alloc_free(text);
	if (ret == 0)
		*out_r = v;
	return ret;
}

/* ---------------------------------------------------------------------
 * Grammar
 */

static int parse_or(struct parser *p, SRestriction *out);

/* TAG OP VALUE, the tag being the current token. */
static int parse_comparison(struct parser *p, SRestriction *out)
{
	LPSPropValue value;
	ULONG tag, op;
	int ret;

	ret = tok_tag(p, &tag);
	if (ret == 0)
		ret = next(p);
	if (ret < 0)
		return ret;
	if (p->tok.kind != T_OP)
		return fail(p->err, p->tok.pos,
			    "expected an operator (= != < <= > >= ~ ^)");
	op = p->tok.op;
	ret = next(p);
	if (ret == 0)
		ret = parse_value(p, tag, op == OP_CONTAINS || op == OP_PREFIX,
				  &value);
	if (ret == 0)
		ret = next(p);
	if (ret < 0)
		return ret;
	if (op == OP_CONTAINS || op == OP_PREFIX) {
		out->rt = RES_CONTENT;
		out->res.resContent.ulFuzzyLevel =
		    (op == OP_CONTAINS ? FL_SUBSTRING : FL_PREFIX) |
		    FL_IGNORECASE;
		out->res.resContent.ulPropTag = tag;
		out->res.resContent.lpProp = value;
	} else {
		out->rt = RES_PROPERTY;
		out->res.resProperty.relop = op;
		out->res.resProperty.ulPropTag = tag;
		out->res.resProperty.lpProp = value;
	}
	return 0;
}

static int parse_unary(struct parser *p, SRestriction *out)
{
	SRestriction *sub;
	ULONG tag;
	int ret;

	if (++p->depth > QUERY_MAX_NESTING)
		return fail(p->err, p->tok.pos, "nested more than %d deep",
			    QUERY_MAX_NESTING);
	if (tok_is_word(p, "not")) {
		ret = next(p);
		if (ret == 0)
			ret = more(p, sizeof(*sub), &sub);
		if (ret == 0)
			ret = parse_unary(p, sub);
		if (ret == 0) {
			out->rt = RES_NOT;
			out->res.resNot.lpRes = sub;
		}
	} else if (tok_is_word(p, "exists")) {
		ret = next(p);
		if (ret == 0)
			ret = tok_tag(p, &tag);
		if (ret == 0)
			ret = next(p);
		if (ret == 0) {
			out->rt = RES_EXIST;
			out->res.resExist.ulPropTag = tag;
		}
	} else if (p->tok.kind == T_LPAREN) {
		ret = next(p);
		if (ret == 0)
			ret = parse_or(p, out);
		if (ret == 0 && p->tok.kind != T_RPAREN)
			ret = fail(p->err, p->tok.pos, "expected ')'");
		if (ret == 0)
			ret = next(p);
	} else if (p->tok.kind == T_WORD && !tok_is_word(p, "and") &&
		   !tok_is_word(p, "or")) {
		ret = parse_comparison(p, out);
	} else {
		ret = fail(p->err, p->tok.pos,
			   "expected a property tag, 'not', 'exists' or '('");
	}
	p->depth--;
	return ret;
}

/*
 * term (KEYWORD term)*, as one RES_AND/RES_OR node of all the terms (or
 * the term alone).  The terms collect in an array until their number is
 * known.
 */
static int parse_list(struct parser *p, SRestriction *out, const char *keyword,
		      ULONG rt, int (*term)(struct parser *, SRestriction *))
{
	ARRAY(SRestriction) terms = ARRAY_INIT;
	SRestriction *t, *arr;
	size_t n;
	int ret;

	for (;;) {
		t = array_append_space(&terms, 1);
		if (t == NULL) {
			ret = -ENOMEM;
			goto done;
		}
		ret = term(p, t);
		if (ret < 0)
			goto done;
		if (!tok_is_word(p, keyword))
			break;
		ret = next(p);
		if (ret < 0)
			goto done;
	}
	n = array_count(&terms);
	if (n == 1) {
		*out = terms.v[0];
	} else {
		ret = more(p, n * sizeof(*arr), &arr);
		if (ret < 0)
			goto done;
		memcpy(arr, terms.v, n * sizeof(*arr));
		out->rt = rt;
		/* resAnd and resOr have the same layout. */
		out->res.resAnd.cRes = (ULONG)n;
		out->res.resAnd.lpRes = arr;
	}
done:
	array_free(&terms);
	return ret;
}

static int parse_and(struct parser *p, SRestriction *out)
{
	return parse_list(p, out, "and", RES_AND, parse_unary);
}

static int parse_or(struct parser *p, SRestriction *out)
{
	return parse_list(p, out, "or", RES_OR, parse_and);
}

/*
 * Starts a parser on text (no root buffer yet); -EINVAL when the text is
 * longer than QUERY_MAX_TEXT.
 */
static int parser_init(struct parser *p, const char *text,
		       struct query_error *err)
{
	memset(err, 0, sizeof(*err));
	memset(p, 0, sizeof(*p));
	p->text = text;
	p->len = strnlen(text, QUERY_MAX_TEXT + 1);
	p->err = err;
	if (p->len > QUERY_MAX_TEXT)
		return fail(err, QUERY_MAX_TEXT, "longer than %d bytes",
			    QUERY_MAX_TEXT);
	return 0;
}

int query_parse_where(const char *text, LPSRestriction *out_r,
		      struct query_error *err)
{
	struct parser p;
	const char *why = NULL;
	int ret;

	*out_r = NULL;
	ret = parser_init(&p, text, err);
	if (ret < 0)
		return ret;
	if (MAPIAllocateBuffer(sizeof(SRestriction), &p.root) != S_OK)
		return -ENOMEM;
	memset(p.root, 0, sizeof(SRestriction));
	ret = next(&p);
	if (ret == 0 && p.tok.kind == T_END)
		ret = fail(err, 0, "empty expression");
	if (ret == 0)
		ret = parse_or(&p, p.root);
	if (ret == 0 && p.tok.kind != T_END)
		ret = fail(err, p.tok.pos, "expected 'and', 'or' or the end");
	if (ret == 0 && res_validate(p.root, &why) < 0)
		ret = fail(err, 0, "tables cannot take this: %s",
			   why != NULL ? why : "invalid");
	if (ret < 0) {
		MAPIFreeBuffer(p.root);
		return ret;
	}
	*out_r = p.root;
	return 0;
}

int query_parse_assignment(const char *text, void *base, LPSPropValue *out_r,
			   struct query_error *err)
{
	struct parser p;
	ULONG tag = 0;
	int ret;

	*out_r = NULL;
	ret = parser_init(&p, text, err);
	if (ret < 0)
		return ret;
	p.root = base;
	ret = next(&p);
	if (ret == 0)
		ret = tok_tag(&p, &tag);
	if (ret == 0 && (PROP_TYPE(tag) & MV_FLAG) != 0)
		ret = fail(err, p.tok.pos,
			   "multi-valued properties cannot be set here");
	if (ret == 0)
		ret = next(&p);
	if (ret == 0 && (p.tok.kind != T_OP || p.tok.op != RELOP_EQ))
		ret = fail(err, p.tok.pos, "expected '='");
	if (ret == 0)
		ret = next(&p);
	if (ret == 0)
		ret = parse_value(&p, tag, false, out_r);
	if (ret == 0)
		ret = next(&p);
	if (ret == 0 && p.tok.kind != T_END)
		ret = fail(err, p.tok.pos, "expected the end after the value");
	if (ret < 0)
		*out_r = NULL;
	return ret;
}

/* ---------------------------------------------------------------------
 * Comma-separated tag lists: --sort and --columns
 */

/*
 * Calls item(ctx, index, name, sign, pos) for each comma-separated item
 * of text, with blanks around it trimmed; with signs, a leading '-' or
 * '+' is taken off and passed.  Returns the number of items, or -EINVAL.
 */
static int split_tags(const char *text, bool signs, struct query_error *err,
		      int (*item)(void *ctx, size_t i, ULONG tag, char sign),
		      void *ctx)
{
	char name[TAG_NAME_MAX + 1];
	size_t len = strnlen(text, QUERY_MAX_TEXT + 1), at = 0, n = 0;

	if (len > QUERY_MAX_TEXT)
		return fail(err, QUERY_MAX_TEXT, "longer than %d bytes",
			    QUERY_MAX_TEXT);
	for (;;) {
		size_t start, end;
		char sign = '+';
		ULONG tag;
		int ret;

		while (at < len && isspace((unsigned char)text[at]))
			at++;
		if (signs && at < len && (text[at] == '-' || text[at] == '+'))
			sign = text[at++];
		start = at;
		while (at < len && text[at] != ',')
			at++;
		end = at;
		while (end > start && isspace((unsigned char)text[end - 1]))
			end--;
		if (end == start)
			return fail(err, start, "expected a property tag");
		if (end - start > TAG_NAME_MAX)
			return fail(err, start, "unknown property tag");
		memcpy(name, text + start, end - start);
		name[end - start] = '\0';
		if (query_parse_tag(name, &tag) < 0)
			return fail(err, start, "unknown property tag '%s'",
				    name);
		if (item != NULL) {
			ret = item(ctx, n, tag, sign);
			if (ret < 0)
				return fail(err, start, "%s",
					    "cannot use this tag");
		}
		n++;
		if (at >= len)
			break;
		at++; /* the comma */
	}
	return n > 0x7FFFFFFF ? -EINVAL : (int)n;
}

static int sort_item(void *ctx, size_t i, ULONG tag, char sign)
{
	LPSSortOrderSet sos = ctx;

	sos->aSort[i].ulPropTag = tag;
	sos->aSort[i].ulOrder =
	    sign == '-' ? TABLE_SORT_DESCEND : TABLE_SORT_ASCEND;
	return 0;
}

int query_parse_sort(const char *text, LPSSortOrderSet *out_r,
		     struct query_error *err)
{
	LPSSortOrderSet sos = NULL;
	const char *why = NULL;
	int n;

	*out_r = NULL;
	memset(err, 0, sizeof(*err));
	/* A first pass counts and checks the keys, the second fills. */
	n = split_tags(text, true, err, NULL, NULL);
	if (n < 0)
		return n;
	if (n > SORT_MAX_KEYS)
		return fail(err, 0, "more than %d sort keys", SORT_MAX_KEYS);
	if (MAPIAllocateBuffer(CbNewSSortOrderSet(n), (LPVOID *)&sos) != S_OK)
		return -ENOMEM;
	memset(sos, 0, CbNewSSortOrderSet(n));
	sos->cSorts = (ULONG)n;
	n = split_tags(text, true, err, sort_item, sos);
	if (n >= 0 && sort_validate(sos, &why) < 0)
		n = fail(err, 0, "tables cannot sort so: %s",
			 why != NULL ? why : "invalid");
	if (n < 0) {
		MAPIFreeBuffer(sos);
		return n;
	}
	*out_r = sos;
	return 0;
}

static int column_item(void *ctx, size_t i, ULONG tag, char sign)
{
	LPSPropTagArray tags = ctx;

	(void)sign;
	tags->aulPropTag[i] = tag;
	return 0;
}

int query_parse_columns(const char *text, LPSPropTagArray *out_r,
			struct query_error *err)
{
	LPSPropTagArray tags = NULL;
	int n;

	*out_r = NULL;
	memset(err, 0, sizeof(*err));
	n = split_tags(text, false, err, NULL, NULL);
	if (n < 0)
		return n;
	if (MAPIAllocateBuffer(CbNewSPropTagArray(n), (LPVOID *)&tags) != S_OK)
		return -ENOMEM;
	tags->cValues = (ULONG)n;
	n = split_tags(text, false, err, column_item, tags);
	if (n < 0) {
		MAPIFreeBuffer(tags);
		return n;
	}
	*out_r = tags;
	return 0;
}
