/*
 * proffile_text.c - the text format of profile files (proffile.h): the
 * writer (proffile_format) and the parser (proffile_parse, proffile_load)
 * of the model that proffile.c keeps.  Numbers are written and read in
 * the "C" locale whatever the program's locale is.
 */
#include "proffile_private.h"

#include <errno.h>
#include <locale.h>
#include <math.h>
#include <pthread.h>
#include <stdarg.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <mapiutil.h>
#include <mapix.h>

#include "alloc.h"
#include "array.h"
#include "atomicfile.h"
#include "profutil.h"
#include "propcmp.h"
#include "proptype.h"
#include "tagname.h"
#include "timeutil.h"
#include "utf8.h"

/* ============================= The C locale ============================ */

static pthread_once_t c_locale_once = PTHREAD_ONCE_INIT;
static locale_t c_locale;

static void c_locale_init(void)
{
	c_locale = newlocale(LC_NUMERIC_MASK, "C", (locale_t)0);
}

static locale_t get_c_locale(void)
{
	pthread_once(&c_locale_once, c_locale_init);
	return c_locale;
}

/* ============================ Multi-values ============================= */

/* ================================ Writer =============================== */

static void put_escape(struct strbuf *sb, unsigned int c)
{
	switch (c) {
	case '\n':
		sb_puts(sb, "\\n");
		break;
	case '\r':
		sb_puts(sb, "\\r");
		break;
	case '\t':
		sb_puts(sb, "\\t");
		break;
	case '"':
		sb_puts(sb, "\\\"");
		break;
	case '\\':
		sb_puts(sb, "\\\\");
		break;
	default:
		sb_printf(sb, "\\x%02X", c);
		break;
	}
}

static bool needs_escape(unsigned int c)
{
	return c < 0x20 || c == 0x7F || c == '"' || c == '\\';
}

static void write_string8(struct strbuf *sb, const char *s)
{
	const unsigned char *p = (const unsigned char *)s;
	size_t len = strlen(s), i = 0;

	sb_putc(sb, '"');
	while (i < len) {
		uint32_t cp;
		size_t n;

		if (p[i] < 0x80) {
			if (needs_escape(p[i]))
				put_escape(sb, p[i]);
			else
				sb_putc(sb, (char)p[i]);
			i++;
			continue;
		}
		n = utf8_decode(p + i, len - i, &cp);
		if (n == 0) {
			sb_printf(sb, "\\x%02X", p[i]);
			i++;
		} else {
			sb_append(sb, p + i, n);
			i += n;
		}
	}
	sb_putc(sb, '"');
}

static void write_unicode(struct strbuf *sb, const WCHAR *w)
{
	size_t i = 0;

	sb_putc(sb, '"');
	while (w[i] != 0) {
		WCHAR u = w[i];
		char buf[4];
		uint32_t cp;

		if (u < 0x80 && needs_escape(u)) {
			put_escape(sb, u);
			i++;
			continue;
		}
		/* The terminator ends a pair that is cut short. */
		cp = utf16_next(w, w[i + 1] != 0 ? i + 2 : i + 1, &i);
		if (utf_is_surrogate(cp))
			sb_printf(sb, "\\u%04X", (unsigned int)u);
		else
			sb_append(sb, buf, utf8_encode(cp, buf));
	}
	sb_putc(sb, '"');
}

static void write_double(struct strbuf *sb, double d, bool single)
{
	locale_t old;
	union {
		double d;
		uint64_t u;
	} b64;
	union {
		float f;
		uint32_t u;
	} b32;

	if (isnan(d)) {
		if (single) {
			b32.f = (float)d;
			sb_printf(sb, "nan:0x%08X", (unsigned int)b32.u);
		} else {
			b64.d = d;
			sb_printf(sb, "nan:0x%016llX",
				  (unsigned long long)b64.u);
		}
		return;
	}
	old = uselocale(get_c_locale());
	if (single)
		sb_printf(sb, "%.9g", d);
	else
		sb_printf(sb, "%.17g", d);
	uselocale(old);
}

static void write_systime(struct strbuf *sb, const FILETIME *ft)
{
	char buf[TIME_ISO_SIZE];

	if (time_format_iso(*ft, TIME_ISO_FRACTION, buf, sizeof(buf)))
		sb_puts(sb, buf);
	else
		sb_printf(sb, "0x%016llX", (unsigned long long)ft_to_u64(*ft));
}

static void write_single(struct strbuf *sb, ULONG type, const SPropValue *pv)
{
	const GUID *g;
	uint64_t mag;

	switch (type) {
	case PT_NULL:
		sb_puts(sb, "null");
		break;
	case PT_BOOLEAN:
		sb_puts(sb, pv->Value.b ? "true" : "false");
		break;
	case PT_I2:
		sb_printf(sb, "%d", (int)pv->Value.i);
		break;
	case PT_LONG:
		sb_printf(sb, "%ld", (long)pv->Value.l);
		break;
	case PT_ERROR:
		sb_printf(sb, "0x%08X", (unsigned int)pv->Value.err);
		break;
	case PT_I8:
		sb_printf(sb, "%lld", (long long)pv->Value.li.QuadPart);
		break;
	case PT_R4:
		write_double(sb, pv->Value.flt, true);
		break;
	case PT_DOUBLE:
		write_double(sb, pv->Value.dbl, false);
		break;
	case PT_APPTIME:
		write_double(sb, pv->Value.at, false);
		break;
	case PT_CURRENCY:
		mag = pv->Value.cur.int64 < 0
			  ? 0 - (uint64_t)pv->Value.cur.int64
			  : (uint64_t)pv->Value.cur.int64;
		sb_printf(sb, "%s%llu.%04llu",
			  pv->Value.cur.int64 < 0 ? "-" : "",
			  (unsigned long long)(mag / 10000),
			  (unsigned long long)(mag % 10000));
		break;
	case PT_SYSTIME:
		write_systime(sb, &pv->Value.ft);
		break;
	case PT_CLSID:
		g = pv->Value.lpguid;
		sb_printf(sb, "{%08X-%04X-%04X-", (unsigned int)g->Data1,
			  (unsigned int)g->Data2, (unsigned int)g->Data3);
		sb_hex(sb, g->Data4, 2);
		sb_putc(sb, '-');
		sb_hex(sb, g->Data4 + 2, 6);
		sb_putc(sb, '}');
		break;
	case PT_BINARY:
	case PT_SVREID:
		sb_putc(sb, '<');
		sb_hex(sb, pv->Value.bin.lpb, pv->Value.bin.cb);
		sb_putc(sb, '>');
		break;
	case PT_STRING8:
		write_string8(sb, pv->Value.lpszA);
		break;
	case PT_UNICODE:
		write_unicode(sb, pv->Value.lpszW);
		break;
	default:
		break;
	}
}

static void write_prop(struct strbuf *sb, const SPropValue *pv)
{
	ULONG type = PROP_TYPE(pv->ulPropTag), i, n;
	const char *name = tagname_lookup(pv->ulPropTag);
	ULONG back;

	if (name != NULL && tagname_parse(name, &back) == 0 &&
	    back == pv->ulPropTag)
		sb_puts(sb, name);
	else
		sb_printf(sb, "0x%08X", (unsigned int)pv->ulPropTag);
	sb_puts(sb, " = ");
	if (!(type & MV_FLAG)) {
		write_single(sb, type, pv);
	} else {
		n = propcmp_mv_count(pv);
		sb_putc(sb, '[');
		for (i = 0; i < n; i++) {
			SPropValue one;

			propcmp_mv_element(pv, i, &one);
			if (i > 0)
				sb_puts(sb, ", ");
			write_single(sb, type & ~MV_FLAG, &one);
		}
		sb_putc(sb, ']');
	}
	sb_putc(sb, '\n');
}

int proffile_format(const struct proffile *pf, char **data_r, size_t *size_r)
{
	struct strbuf sb = {0};
	size_t i, j;

	sb_printf(&sb, "%s%d\n", MAGIC, PROFFILE_VERSION);
	sb_puts(
	    &sb,
	    "# A mapix profile: sections in brackets, each the MAPIUID of a\n"
	    "# profile section (32 hex digits), then its properties, one a\n"
	    "# line: TAG = VALUE.  TAG is a property name or 0x and 8 hex\n"
	    "# digits; the value is written as its type requires: numbers,\n"
	    "# true/false, \"strings\" with \\-escapes, <hex> binaries,\n"
	    "# {GUID}s, ISO 8601 UTC times, [lists].  The format is\n"
	    "# described in src/profile/proffile.h.  mapix rewrites this\n"
	    "# file whole on every change and keeps no other comments.\n");
	for (i = 0; i < pf->count; i++) {
		const struct psec *s = &pf->secs[i];

		sb_puts(&sb, "\n[");
		sb_hex(&sb, s->uid.ab, 16);
		sb_puts(&sb, "]\n");
		for (j = 0; j < s->count; j++)
			write_prop(&sb, &s->props[j].v);
	}
	return sb_finish(&sb, data_r, size_r);
}
/* ================================ Parser =============================== */

#define WHY_SIZE 160

struct cur {
	const char *p, *end;
	void *root; /* MAPI buffer the parsed data is linked to */
	char *why;
};

static void skip_ws(struct cur *c)
{
	while (c->p < c->end && (*c->p == ' ' || *c->p == '\t'))
		c->p++;
}

static int fail(struct cur *c, const char *fmt, ...)
    __attribute__((format(printf, 2, 3)));

static int fail(struct cur *c, const char *fmt, ...)
{
	va_list args;

	va_start(args, fmt);
	vsnprintf(c->why, WHY_SIZE, fmt, args);
	va_end(args);
	return -EBADMSG;
}

static void *more(struct cur *c, size_t size)
{
	void *p;

	if (size > UINT32_MAX ||
	    MAPIAllocateMore((ULONG)(size > 0 ? size : 1), c->root, &p) != S_OK)
		return NULL;
	return p;
}

/* A number-like token: up to a space, ',' or ']'; NUL-terminated copy. */
static int token(struct cur *c, char *buf, size_t cap)
{
	size_t n = 0;

	while (c->p + n < c->end && c->p[n] != ' ' && c->p[n] != '\t' &&
	       c->p[n] != ',' && c->p[n] != ']')
		n++;
	if (n == 0)
		return fail(c, "a value is missing");
	if (n >= cap)
		return fail(c, "a value is too long");
	memcpy(buf, c->p, n);
	buf[n] = '\0';
	c->p += n;
	return 0;
}

static int hex_u64(const char *s, size_t max_digits, uint64_t *v_r)
{
	size_t n = strlen(s), i;
	uint64_t v = 0;

	if (n == 0 || n > max_digits)
		return -1;
	for (i = 0; i < n; i++) {
		int h = prof_hexval((unsigned char)s[i]);

		if (h < 0)
			return -1;
		v = v << 4 | (uint64_t)h;
	}
	*v_r = v;
	return 0;
}

/*
 * An integer of bits bits: decimal in the signed range, or 0x hex up to
 * the unsigned range (the bit pattern).
 */
static int parse_int(struct cur *c, unsigned int bits, uint64_t *v_r)
{
	uint64_t umax = bits == 64 ? UINT64_MAX : (1ULL << bits) - 1;
	uint64_t smax = umax >> 1, v = 0;
	char tok[64];
	const char *s = tok;
	bool neg;
	int ret = token(c, tok, sizeof(tok));

	if (ret < 0)
		return ret;
	if (s[0] == '0' && (s[1] == 'x' || s[1] == 'X')) {
		if (hex_u64(s + 2, 16, &v) < 0 || v > umax)
			return fail(c, "\"%s\" is no %u-bit number", tok, bits);
		*v_r = v;
		return 0;
	}
	neg = s[0] == '-';
	s += neg;
	if (*s == '\0')
		return fail(c, "\"%s\" is no number", tok);
	for (; *s != '\0'; s++) {
		uint64_t d = (uint64_t)(*s - '0');

		if (*s < '0' || *s > '9')
			return fail(c, "\"%s\" is no number", tok);
		if (v > (UINT64_MAX - d) / 10)
			return fail(c, "\"%s\" is too large", tok);
		v = v * 10 + d;
	}
	if (v > smax + neg)
		return fail(c, "\"%s\" does not fit %u bits", tok, bits);
	*v_r = neg ? 0 - v : v;
	return 0;
}

static int parse_float(struct cur *c, bool single, double *d_r, float *f_r)
{
	char tok[128], *end;
	uint64_t bits;
	union {
		double d;
		uint64_t u;
	} b64;
	union {
		float f;
		uint32_t u;
	} b32;
	int ret = token(c, tok, sizeof(tok));

	if (ret < 0)
		return ret;
	if (strncmp(tok, "nan:0x", 6) == 0) {
		if (strlen(tok + 6) != (single ? 8u : 16u) ||
		    hex_u64(tok + 6, 16, &bits) < 0)
			return fail(c, "\"%s\": bad NaN bits", tok);
		if (single) {
			b32.u = (uint32_t)bits;
			*f_r = b32.f;
		} else {
			b64.u = bits;
			*d_r = b64.d;
		}
		return 0;
	}
	if (get_c_locale() == (locale_t)0)
		return -ENOMEM;
	if (single)
		*f_r = strtof_l(tok, &end, get_c_locale());
	else
		*d_r = strtod_l(tok, &end, get_c_locale());
	if (end == tok || *end != '\0')
		return fail(c, "\"%s\" is no floating-point number", tok);
	return 0;
}

static int parse_currency(struct cur *c, CURRENCY *cur)
{
	char tok[64];
	const char *s = tok;
	uint64_t ip = 0, frac = 0;
	unsigned int places = 0;
	bool neg;
	int ret = token(c, tok, sizeof(tok));

	if (ret < 0)
		return ret;
	neg = *s == '-';
	s += neg;
	if (*s < '0' || *s > '9')
		return fail(c, "\"%s\" is no amount", tok);
	for (; *s >= '0' && *s <= '9'; s++) {
		ip = ip * 10 + (uint64_t)(*s - '0');
		if (ip > INT64_MAX / 10000 + 1)
			return fail(c, "\"%s\" is too large", tok);
	}
	if (*s == '.') {
		for (s++; *s >= '0' && *s <= '9' && places < 4; s++, places++)
			frac = frac * 10 + (uint64_t)(*s - '0');
		if (places == 0)
			return fail(c, "\"%s\" is no amount", tok);
	}
	if (*s != '\0')
		return fail(c, "\"%s\" is no amount (at most 4 places)", tok);
	for (; places < 4; places++)
		frac *= 10;
	ip = ip * 10000 + frac;
	if (ip > (uint64_t)INT64_MAX + neg)
		return fail(c, "\"%s\" is too large", tok);
	cur->int64 = (LONGLONG)(neg ? 0 - ip : ip);
	return 0;
}

static int parse_systime(struct cur *c, FILETIME *ft)
{
	char tok[64];
	uint64_t t;
	int ret = token(c, tok, sizeof(tok));
	size_t len = strlen(tok);

	if (ret < 0)
		return ret;
	if (tok[0] == '0' && (tok[1] == 'x' || tok[1] == 'X')) {
		if (len != 18 || hex_u64(tok + 2, 16, &t) < 0)
			return fail(c, "\"%s\" is no time", tok);
		*ft = ft_from_u64(t);
		return 0;
	}
	ret = time_parse_iso(tok, len, 0, ft);
	if (ret == -ERANGE)
		return fail(c, "\"%s\" is no valid time from 1601 to 9999",
			    tok);
	if (ret < 0)
		return fail(
		    c, "\"%s\" is no time (YYYY-MM-DDTHH:MM:SS.fffffffZ)", tok);
	return 0;
}

static int parse_clsid(struct cur *c, GUID *g)
{
	char tok[64];
	uint64_t v;
	int ret = token(c, tok, sizeof(tok));

	if (ret < 0)
		return ret;
	if (strlen(tok) != 38 || tok[0] != '{' || tok[9] != '-' ||
	    tok[14] != '-' || tok[19] != '-' || tok[24] != '-' ||
	    tok[37] != '}')
		goto bad;
	tok[9] = tok[14] = tok[19] = tok[24] = tok[37] = '\0';
	if (hex_u64(tok + 1, 8, &v) < 0 || strlen(tok + 1) != 8)
		goto bad;
	g->Data1 = (uint32_t)v;
	if (hex_u64(tok + 10, 4, &v) < 0 || strlen(tok + 10) != 4)
		goto bad;
	g->Data2 = (uint16_t)v;
	if (hex_u64(tok + 15, 4, &v) < 0 || strlen(tok + 15) != 4)
		goto bad;
	g->Data3 = (uint16_t)v;
	if (strlen(tok + 20) != 4 || prof_unhex(tok + 20, g->Data4, 2) < 0 ||
	    strlen(tok + 25) != 12 || prof_unhex(tok + 25, g->Data4 + 2, 6) < 0)
		goto bad;
	return 0;
bad:
	return fail(c, "a GUID must look like "
		       "{00020387-0000-0000-C000-000000000046}");
}

static int parse_binary(struct cur *c, SBinary *bin)
{
	const char *start;
	size_t n;
	BYTE *p;

	if (c->p >= c->end || *c->p != '<')
		return fail(c, "a binary value must look like <0A1B>");
	start = ++c->p;
	while (c->p < c->end && *c->p != '>')
		c->p++;
	if (c->p >= c->end)
		return fail(c, "a binary value without '>'");
	n = (size_t)(c->p - start);
	c->p++;
	if (n % 2 != 0)
		return fail(c, "an odd number of hex digits");
	p = more(c, n / 2);
	if (p == NULL)
		return -ENOMEM;
	if (prof_unhex(start, p, n / 2) < 0)
		return fail(c, "a binary value holds a non-hex character");
	bin->cb = (ULONG)(n / 2);
	bin->lpb = p;
	return 0;
}

/*
 * A quoted string.  For PT_STRING8 the result is bytes in *s8_r; for
 * PT_UNICODE UTF-16 units in *w_r.
 */
static int parse_string(struct cur *c, bool wide, char **s8_r, WCHAR **w_r)
{
	const char *start = c->p + 1, *p;
	size_t cap, n = 0;
	char *bytes = NULL;
	WCHAR *units = NULL;

	if (c->p >= c->end || *c->p != '"')
		return fail(c, "a string must be in double quotes");
	/* The result is never longer than the text (in units or bytes). */
	for (p = start; p < c->end && *p != '"'; p++) {
		if (*p == '\\')
			p++;
	}
	if (p >= c->end)
		return fail(c, "a string without its closing '\"'");
	cap = (size_t)(p - start) + 1;
	if (wide)
		units = more(c, cap * sizeof(WCHAR));
	else
		bytes = more(c, cap);
	if (units == NULL && bytes == NULL)
		return -ENOMEM;

	for (p = start; *p != '"';) {
		unsigned int v = 0;
		uint32_t cp;
		int h1, h2, h3, h4;
		size_t k;

		if (*p != '\\') {
			if (!wide) {
				bytes[n++] = *p++;
				continue;
			}
			k = utf8_decode((const unsigned char *)p,
					(size_t)(c->end - p), &cp);
			if (k == 0)
				return fail(c, "a string is not valid UTF-8");
			n += utf16_encode(cp, units + n);
			p += k;
			continue;
		}
		p++;
		switch (*p) {
		case 'n':
			v = '\n';
			break;
		case 'r':
			v = '\r';
			break;
		case 't':
			v = '\t';
			break;
		case '"':
		case '\\':
			v = (unsigned char)*p;
			break;
		case 'x':
			h1 = prof_hexval((unsigned char)p[1]);
			h2 = h1 < 0 ? -1 : prof_hexval((unsigned char)p[2]);
			if (h1 < 0 || h2 < 0)
				return fail(c, "\\x needs two hex digits");
			v = (unsigned int)(h1 << 4 | h2);
			p += 2;
			break;
		case 'u':
			if (!wide)
				return fail(c,
					    "\\u only in PT_UNICODE strings");
			h1 = prof_hexval((unsigned char)p[1]);
			h2 = h1 < 0 ? -1 : prof_hexval((unsigned char)p[2]);
			h3 = h2 < 0 ? -1 : prof_hexval((unsigned char)p[3]);
			h4 = h3 < 0 ? -1 : prof_hexval((unsigned char)p[4]);
			if (h4 < 0)
				return fail(c, "\\u needs four hex digits");
			v = (unsigned int)(h1 << 12 | h2 << 8 | h3 << 4 | h4);
			p += 4;
			break;
		default:
			return fail(c, "unknown escape \\%c", *p);
		}
		if (v == 0)
			return fail(c, "a string may not hold NUL");
		p++;
		if (wide)
			units[n++] = (WCHAR)v;
		else
			bytes[n++] = (char)v;
	}
	c->p = p + 1;
	if (wide) {
		units[n] = 0;
		*w_r = units;
	} else {
		bytes[n] = '\0';
		*s8_r = bytes;
	}
	return 0;
}

static int parse_single(struct cur *c, ULONG type, SPropValue *pv)
{
	uint64_t v;
	int ret;

	skip_ws(c);
	switch (type) {
	case PT_NULL:
		if (c->end - c->p >= 4 && memcmp(c->p, "null", 4) == 0) {
			c->p += 4;
			pv->Value.x = 0;
			return 0;
		}
		return fail(c, "PT_NULL is written null");
	case PT_BOOLEAN:
		if (c->end - c->p >= 4 && memcmp(c->p, "true", 4) == 0) {
			c->p += 4;
			pv->Value.b = 1;
			return 0;
		}
		if (c->end - c->p >= 5 && memcmp(c->p, "false", 5) == 0) {
			c->p += 5;
			pv->Value.b = 0;
			return 0;
		}
		return fail(c, "a boolean is true or false");
	case PT_I2:
		ret = parse_int(c, 16, &v);
		pv->Value.i = (short)(uint16_t)v;
		return ret;
	case PT_LONG:
		ret = parse_int(c, 32, &v);
		pv->Value.l = (LONG)(uint32_t)v;
		return ret;
	case PT_ERROR:
		ret = parse_int(c, 32, &v);
		pv->Value.err = (SCODE)(uint32_t)v;
		return ret;
	case PT_I8:
		ret = parse_int(c, 64, &v);
		pv->Value.li.QuadPart = (LONGLONG)v;
		return ret;
	case PT_R4:
		return parse_float(c, true, NULL, &pv->Value.flt);
	case PT_DOUBLE:
		return parse_float(c, false, &pv->Value.dbl, NULL);
	case PT_APPTIME:
		return parse_float(c, false, &pv->Value.at, NULL);
	case PT_CURRENCY:
		return parse_currency(c, &pv->Value.cur);
	case PT_SYSTIME:
		return parse_systime(c, &pv->Value.ft);
	case PT_CLSID:
		pv->Value.lpguid = more(c, sizeof(GUID));
		if (pv->Value.lpguid == NULL)
			return -ENOMEM;
		return parse_clsid(c, pv->Value.lpguid);
	case PT_BINARY:
	case PT_SVREID:
		return parse_binary(c, &pv->Value.bin);
	case PT_STRING8:
		return parse_string(c, false, &pv->Value.lpszA, NULL);
	case PT_UNICODE:
		return parse_string(c, true, NULL, &pv->Value.lpszW);
	default:
		return fail(c, "this type cannot be stored");
	}
}

static int parse_mv(struct cur *c, ULONG base, SPropValue *pv)
{
	const struct proptype *t = proptype_base(base);
	ARRAY(SPropValue) items = ARRAY_INIT;
	SPropValue *item;
	size_t n, i;
	void *arr;
	int ret = 0;

	skip_ws(c);
	if (c->p >= c->end || *c->p != '[')
		return fail(c, "a list must be in brackets: [a, b]");
	c->p++;
	skip_ws(c);
	if (c->p < c->end && *c->p == ']') {
		c->p++;
	} else {
		for (;;) {
			item = array_append_space(&items, 1);
			if (item == NULL) {
				ret = -ENOMEM;
				break;
			}
			ret = parse_single(c, base, item);
			if (ret < 0)
				break;
			skip_ws(c);
			if (c->p < c->end && *c->p == ',') {
				c->p++;
				continue;
			}
			if (c->p < c->end && *c->p == ']') {
				c->p++;
				break;
			}
			ret = fail(c, "expected ',' or ']' in a list");
			break;
		}
	}
	n = array_count(&items);
	if (ret == 0 && n > UINT32_MAX / 16)
		ret = fail(c, "a list is too long");
	if (ret == 0) {
		arr = more(c, t->size * (n > 0 ? n : 1));
		if (arr == NULL)
			ret = -ENOMEM;
		for (i = 0; ret == 0 && i < n; i++)
			proptype_mv_put(arr, t, i, &items.v[i]);
		if (ret == 0) {
			pv->Value.MVl.cValues = (ULONG)n;
			proptype_mv_set_array(pv, arr);
		}
	}
	array_free(&items);
	return ret;
}

struct parser {
	const char *name;
	const char **error_r;
	struct proffile *pf;
	struct psec *cur;
	bool has_cur;
	MAPIUID cur_uid;
};

static int perr(struct parser *ps, unsigned int lineno, int err,
		const char *fmt, ...) __attribute__((format(printf, 4, 5)));

static int perr(struct parser *ps, unsigned int lineno, int err,
		const char *fmt, ...)
{
	char reason[PROF_ERROR_SIZE];
	va_list args;

	if (err == -ENOMEM)
		return prof_error(ps->error_r, err, "out of memory");
	va_start(args, fmt);
	vsnprintf(reason, sizeof(reason), fmt, args);
	va_end(args);
	return prof_error(ps->error_r, err, "%s:%u: %s", ps->name, lineno,
			  reason);
}

/* One property line "TAG = VALUE" of len bytes at s (trimmed). */
static int parse_prop_line(struct parser *ps, unsigned int lineno,
			   const char *s, size_t len)
{
	const char *eq = memchr(s, '=', len), *k = s;
	char key[128], why[WHY_SIZE];
	size_t klen;
	struct cur c;
	SPropValue pv = {0};
	ULONG tag, type;
	const char *msg;
	void *root;
	bool found;
	int ret;

	if (!ps->has_cur)
		return perr(ps, lineno, -EBADMSG,
			    "a property before the first [section]");
	if (eq == NULL)
		return perr(ps, lineno, -EBADMSG,
			    "expected TAG = VALUE, a [MAPIUID] or a comment");
	klen = (size_t)(eq - s);
	while (klen > 0 && (k[klen - 1] == ' ' || k[klen - 1] == '\t'))
		klen--;
	if (klen == 0)
		return perr(ps, lineno, -EBADMSG, "no tag before '='");
	if (klen >= sizeof(key))
		return perr(ps, lineno, -EBADMSG, "the tag is too long");
	memcpy(key, k, klen);
	key[klen] = '\0';
	if (tagname_parse(key, &tag) < 0)
		return perr(ps, lineno, -EBADMSG, "unknown property %s", key);
	type = PROP_TYPE(tag);
	if (proffile_tag_denied(tag))
		return perr(ps, lineno, -EPERM,
			    "%s: passwords are not kept in profiles", key);
	if (!proptype_storable(type) || PROP_ID(tag) == 0)
		return perr(ps, lineno, -EBADMSG,
			    "%s: this property type cannot be stored", key);
	if (ps->cur != NULL) {
		proffile_prop_index(ps->cur, tag, &found);
		if (found)
			return perr(ps, lineno, -EBADMSG,
				    "%s: property 0x%04X appears twice in the "
				    "section",
				    key, (unsigned int)PROP_ID(tag));
	}
	if (MAPIAllocateBuffer(0, &root) != S_OK)
		return perr(ps, lineno, -ENOMEM, "-");
	c.p = eq + 1;
	c.end = s + len;
	c.root = root;
	c.why = why;
	pv.ulPropTag = tag;
	if (type & MV_FLAG)
		ret = parse_mv(&c, type & ~MV_FLAG, &pv);
	else
		ret = parse_single(&c, type, &pv);
	if (ret == 0) {
		skip_ws(&c);
		if (c.p != c.end)
			ret = fail(&c, "unexpected text after the value");
	}
	if (ret == 0) {
		if (ps->cur == NULL) {
			ps->cur = proffile_need_sec(ps->pf, &ps->cur_uid);
			if (ps->cur == NULL)
				ret = -ENOMEM;
		}
	}
	if (ret == 0) {
		ret = proffile_set_props(ps->pf, &ps->cur_uid, 1, &pv, &msg);
		ps->cur = proffile_find_sec(ps->pf, &ps->cur_uid);
	}
	MAPIFreeBuffer(root);
	if (ret == -EBADMSG)
		return perr(ps, lineno, ret, "%s: %s", key, why);
	if (ret < 0)
		return perr(ps, lineno, ret, "%s", "-");
	return 0;
}

static int parse_line(struct parser *ps, unsigned int lineno, const char *s,
		      size_t len)
{
	size_t i;
	bool found;

	for (i = 0; i < len; i++) {
		unsigned char ch = (unsigned char)s[i];

		if (ch == '\0')
			return perr(ps, lineno, -EBADMSG, "a NUL byte");
		if ((ch < 0x20 && ch != '\t') || ch == 0x7F)
			return perr(ps, lineno, -EBADMSG,
				    "control character 0x%02X", ch);
	}
	if (!utf8_valid(s, len))
		return perr(ps, lineno, -EBADMSG, "not valid UTF-8");
	while (len > 0 && (*s == ' ' || *s == '\t')) {
		s++;
		len--;
	}
	while (len > 0 && (s[len - 1] == ' ' || s[len - 1] == '\t'))
		len--;
	if (len == 0 || s[0] == '#')
		return 0;
	if (s[0] != '[')
		return parse_prop_line(ps, lineno, s, len);
	if (len != 34 || s[33] != ']' ||
	    prof_unhex(s + 1, ps->cur_uid.ab, 16) < 0)
		return perr(ps, lineno, -EBADMSG,
			    "a section header is [32 hex digits]");
	proffile_sec_index(ps->pf, &ps->cur_uid, &found);
	if (found)
		return perr(ps, lineno, -EBADMSG,
			    "section [%.32s] appears twice", s + 1);
	ps->cur = proffile_need_sec(ps->pf, &ps->cur_uid);
	if (ps->cur == NULL)
		return perr(ps, lineno, -ENOMEM, "-");
	ps->has_cur = true;
	return 0;
}

int proffile_parse(const char *name, const char *data, size_t size,
		   struct proffile **pf_r, const char **error_r)
{
	struct parser ps = {.error_r = error_r};
	const char *p = data, *end = data + size;
	unsigned int lineno = 0, version = 0;
	size_t i;
	int ret = 0;

	*pf_r = NULL;
	ps.name = name != NULL ? name : "profile";
	if (data == NULL && size > 0)
		return prof_error(error_r, -EINVAL, "%s: no data", ps.name);
	if (size > PROFFILE_MAX_SIZE)
		return prof_error(error_r, -EFBIG, "%s: larger than %u bytes",
				  ps.name, PROFFILE_MAX_SIZE);
	/* The first line: "# mapix profile <version>". */
	i = strlen(MAGIC);
	if (size < i || memcmp(data, MAGIC, i) != 0)
		return prof_error(
		    error_r, -EBADMSG,
		    "%s:1: not a mapix profile (no \"%s<version>\" "
		    "line)",
		    ps.name, MAGIC);
	for (; i < size && data[i] >= '0' && data[i] <= '9'; i++) {
		if (version > 100000)
			break;
		version = version * 10 + (unsigned int)(data[i] - '0');
	}
	if (i < size && data[i] == '\r')
		i++;
	if (version == 0 || (i < size && data[i] != '\n'))
		return prof_error(error_r, -EBADMSG,
				  "%s:1: not a mapix profile (bad version)",
				  ps.name);
	if (version > PROFFILE_VERSION)
		return prof_error(error_r, -EPROTO,
				  "%s: profile format %u is newer than this "
				  "mapix reads (%d)",
				  ps.name, version, PROFFILE_VERSION);
	if (proffile_new(&ps.pf) < 0)
		return prof_error(error_r, -ENOMEM, "out of memory");
	while (p < end && ret == 0) {
		const char *nl = memchr(p, '\n', (size_t)(end - p));
		size_t len = nl != NULL ? (size_t)(nl - p) : (size_t)(end - p);

		if (nl != NULL && len > 0 && p[len - 1] == '\r')
			len--;
		if (++lineno == 0)
			ret = prof_error(error_r, -EFBIG, "%s: too many lines",
					 ps.name);
		else
			ret = parse_line(&ps, lineno, p, len);
		p = nl != NULL ? nl + 1 : end;
	}
	if (ret < 0) {
		proffile_free(&ps.pf);
		return ret;
	}
	*pf_r = ps.pf;
	return 0;
}

int proffile_load(const char *path, struct proffile **pf_r,
		  const char **error_r)
{
	char *data;
	size_t size;
	int ret;

	*pf_r = NULL;
	ret = atomicfile_read(path, &data, &size, error_r);
	if (ret < 0)
		return ret;
	ret = proffile_parse(path, data, size, pf_r, error_r);
	alloc_free(data);
	return ret;
}
