/*
 * mapisvc.c - the service catalog (MAPISVC.INF) as a model of lines: the
 * parser, the look-ups that turn property lines into SPropValue arrays,
 * the edits and the writer.  The format is described in mapisvc.h.
 *
 * A catalog is a list of sections, each a list of lines; section 0 holds
 * the lines before the first header and has no name.  Every line keeps its
 * text and line end, so formatting writes back exactly what was read.
 * Parsing classifies each line and checks every value once; look-ups parse
 * the values again into MAPI buffers (the same code, so they cannot fail
 * but for memory).
 *
 * Edits work on a copy (the catalog formatted and parsed again), change
 * lines of text there, then format and parse the copy once more: what the
 * writer produces is, by construction, a catalog the reader accepts.  Only
 * then does the copy replace the catalog's contents.  Catalogs are small
 * and edits rare, so the simplicity is worth the copying.
 */
#include "mapisvc.h"

#include <errno.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include <edkmdb.h>
#include <mapix.h>

#include "alloc.h"
#include "atomicfile.h"
#include "profutil.h"
#include "tagname.h"

#define SEC_SERVICES "Services"
#define SEC_DEFAULTS "Default Services"
#define SEC_HELP     "Help File Mappings"

/* Values of flag names not defined in mapix's headers (MAPIHook.h). */
#define INF_HOOK_INBOUND  0x00000200
#define INF_HOOK_OUTBOUND 0x00000400

enum line_kind {
	L_OTHER,     /* blank line or comment */
	L_HEADER,    /* [section] */
	L_ENTRY,     /* key=value that is no property (list sections too) */
	L_PROP,      /* a property line */
	L_PROVIDERS, /* Providers= */
	L_SECTIONS,  /* Sections= */
	L_UID,       /* UID= */
	L_NEW,       /* added by an edit, classified when parsed again */
};

/* EOL_DEFAULT: a new line, ended as the file's first line is. */
enum line_eol { EOL_LF, EOL_CRLF, EOL_NONE, EOL_DEFAULT };

struct line {
	char *text; /* as in the file, without the line end */
	enum line_kind kind;
	enum line_eol eol;
	unsigned int lineno;
	char *key;    /* L_ENTRY and later: the name before '=', trimmed */
	char *value;  /* and the value, trimmed */
	ULONG tag;    /* L_PROP */
	char **items; /* L_PROVIDERS, L_SECTIONS */
	size_t nitems;
	MAPIUID uid; /* L_UID */
};

struct section {
	char *name; /* NULL for the lines before the first section */
	struct line *lines;
	size_t count, cap;
};

struct mapisvc {
	char *name; /* for messages */
	bool bom;
	struct section *secs;
	size_t count, cap;
};

/* ============================= Flag names ============================= */

static const struct {
	const char *name;
	ULONG value;
} flag_names[] = {
    {"STATUS_DEFAULT_OUTBOUND", STATUS_DEFAULT_OUTBOUND},
    {"STATUS_DEFAULT_STORE", STATUS_DEFAULT_STORE},
    {"STATUS_PRIMARY_IDENTITY", STATUS_PRIMARY_IDENTITY},
    {"STATUS_SIMPLE_STORE", STATUS_SIMPLE_STORE},
    {"STATUS_XP_PREFER_LAST", STATUS_XP_PREFER_LAST},
    {"STATUS_NO_PRIMARY_IDENTITY", STATUS_NO_PRIMARY_IDENTITY},
    {"STATUS_NO_DEFAULT_STORE", STATUS_NO_DEFAULT_STORE},
    {"STATUS_TEMP_SECTION", STATUS_TEMP_SECTION},
    {"STATUS_OWN_STORE", STATUS_OWN_STORE},
    {"HOOK_INBOUND", INF_HOOK_INBOUND},
    {"HOOK_OUTBOUND", INF_HOOK_OUTBOUND},
    {"STATUS_NEED_IPM_TREE", STATUS_NEED_IPM_TREE},
    {"STATUS_PRIMARY_STORE", STATUS_PRIMARY_STORE},
    {"STATUS_SECONDARY_STORE", STATUS_SECONDARY_STORE},
    {"SERVICE_DEFAULT_STORE", SERVICE_DEFAULT_STORE},
    {"SERVICE_SINGLE_COPY", SERVICE_SINGLE_COPY},
    {"SERVICE_CREATE_WITH_STORE", SERVICE_CREATE_WITH_STORE},
    {"SERVICE_PRIMARY_IDENTITY", SERVICE_PRIMARY_IDENTITY},
    {"SERVICE_NO_PRIMARY_IDENTITY", SERVICE_NO_PRIMARY_IDENTITY},
    {"MAPI_STORE_PROVIDER", MAPI_STORE_PROVIDER},
    {"MAPI_AB", MAPI_AB},
    {"MAPI_AB_PROVIDER", MAPI_AB_PROVIDER},
    {"MAPI_TRANSPORT_PROVIDER", MAPI_TRANSPORT_PROVIDER},
    {"MAPI_SPOOLER", MAPI_SPOOLER},
    {"MAPI_PROFILE_PROVIDER", MAPI_PROFILE_PROVIDER},
    {"MAPI_SUBSYSTEM", MAPI_SUBSYSTEM},
    {"MAPI_HOOK_PROVIDER", MAPI_HOOK_PROVIDER},
    {"OPENSTORE_USE_ADMIN_PRIVILEGE", OPENSTORE_USE_ADMIN_PRIVILEGE},
    {"OPENSTORE_PUBLIC", OPENSTORE_PUBLIC},
    {"OPENSTORE_HOME_LOGON", OPENSTORE_HOME_LOGON},
    {"OPENSTORE_TAKE_OWNERSHIP", OPENSTORE_TAKE_OWNERSHIP},
    {"OPENSTORE_OVERRIDE_HOME_MDB", OPENSTORE_OVERRIDE_HOME_MDB},
    {"OPENSTORE_TRANSPORT", OPENSTORE_TRANSPORT},
    {"OPENSTORE_REMOTE_TRANSPORT", OPENSTORE_REMOTE_TRANSPORT},
    {"OPENSTORE_LOCAL", OPENSTORE_LOCAL},
    {"PROFILE_PRIMARY_USER", PROFILE_PRIMARY_USER},
    {"PROFILE_DELEGATE", PROFILE_DELEGATE},
};

static int flag_lookup(const char *name, size_t len, ULONG *value_r)
{
	size_t i;

	for (i = 0; i < sizeof(flag_names) / sizeof(flag_names[0]); i++) {
		if (strlen(flag_names[i].name) == len &&
		    strncasecmp(flag_names[i].name, name, len) == 0) {
			*value_r = flag_names[i].value;
			return 0;
		}
	}
	return -ENOENT;
}

/* ============================== Helpers =============================== */

static bool is_space(char c)
{
	return c == ' ' || c == '\t';
}

/* Trims spaces and tabs off both ends of [*s, *s + *len). */
static void trim(const char **s, size_t *len)
{
	while (*len > 0 && is_space(**s)) {
		(*s)++;
		(*len)--;
	}
	while (*len > 0 && is_space((*s)[*len - 1]))
		(*len)--;
}

static bool all_hex(const char *s, size_t len)
{
	size_t i;

	for (i = 0; i < len; i++) {
		if (prof_hexval((unsigned char)s[i]) < 0)
			return false;
	}
	return true;
}

/* Little-endian hex bytes ("0C000000") to a number. */
static uint64_t le_hex(const char *s, size_t nbytes)
{
	uint64_t v = 0;
	size_t i;

	for (i = nbytes; i-- > 0;) {
		v = v << 8 |
		    (uint64_t)(prof_hexval((unsigned char)s[2 * i]) << 4 |
			       prof_hexval((unsigned char)s[2 * i + 1]));
	}
	return v;
}

static bool is_list_section(const char *name)
{
	return name != NULL && (strcasecmp(name, SEC_SERVICES) == 0 ||
				strcasecmp(name, SEC_DEFAULTS) == 0 ||
				strcasecmp(name, SEC_HELP) == 0);
}

static bool type_supported(ULONG type)
{
	switch (type) {
	case PT_I2:
	case PT_LONG:
	case PT_BOOLEAN:
	case PT_I8:
	case PT_STRING8:
	case PT_UNICODE:
	case PT_BINARY:
	case PT_CLSID:
	case PT_MV_LONG:
	case PT_MV_STRING8:
	case PT_MV_UNICODE:
	case PT_MV_BINARY:
		return true;
	default:
		return false;
	}
}

/* ============================ Value parser ============================ */

#define WHY_SIZE 128

/*
 * A number: terms joined by '|' (flag names, 0x hex, decimal), OR-ed, at
 * most max.  Returns 0 or -EINVAL with the reason in why.
 */
static int parse_terms(const char *s, size_t len, uint64_t max,
		       uint64_t *value_r, char *why)
{
	const char *end = s + len;
	uint64_t v = 0;

	for (;;) {
		const char *bar = memchr(s, '|', (size_t)(end - s));
		const char *t = s;
		size_t tlen = (size_t)((bar != NULL ? bar : end) - s), i;
		int shown;
		uint64_t term = 0;

		trim(&t, &tlen);
		shown = (int)(tlen > 48 ? 48 : tlen);
		if (tlen == 0) {
			snprintf(why, WHY_SIZE, "an empty number or flag");
			return -EINVAL;
		}
		if (tlen > 2 && t[0] == '0' && (t[1] == 'x' || t[1] == 'X')) {
			if (tlen - 2 > 16 || !all_hex(t + 2, tlen - 2))
				goto bad;
			for (i = 2; i < tlen; i++) {
				term = term << 4 | (uint64_t)prof_hexval(
						       (unsigned char)t[i]);
			}
		} else if (t[0] >= '0' && t[0] <= '9') {
			for (i = 0; i < tlen; i++) {
				uint64_t d = (uint64_t)(t[i] - '0');

				if (t[i] < '0' || t[i] > '9')
					goto bad;
				if (term > (UINT64_MAX - d) / 10)
					goto large;
				term = term * 10 + d;
			}
		} else {
			ULONG f;

			if (flag_lookup(t, tlen, &f) < 0) {
				snprintf(why, WHY_SIZE,
					 "unknown flag name \"%.*s\"", shown,
					 t);
				return -EINVAL;
			}
			term = f;
		}
		if (term > max)
			goto large;
		v |= term;
		if (bar == NULL)
			break;
		s = bar + 1;
		continue;
	bad:
		snprintf(why, WHY_SIZE, "\"%.*s\" is no number or flag name",
			 shown, t);
		return -EINVAL;
	large:
		snprintf(why, WHY_SIZE, "\"%.*s\" is too large", shown, t);
		return -EINVAL;
	}
	*value_r = v;
	return 0;
}

/* One value of a single-valued type into *pv; data from root. */
static int parse_single(ULONG type, const char *s, size_t len, SPropValue *pv,
			void *root, char *why)
{
	uint64_t v;
	void *p;
	int ret;

	switch (type) {
	case PT_I2:
		if (len == 4 && all_hex(s, 4))
			v = le_hex(s, 2);
		else if ((ret = parse_terms(s, len, 0xFFFF, &v, why)) < 0)
			return ret;
		pv->Value.i = (short)(unsigned short)v;
		return 0;
	case PT_LONG:
		if (len == 8 && all_hex(s, 8))
			v = le_hex(s, 4);
		else if ((ret = parse_terms(s, len, 0xFFFFFFFFu, &v, why)) < 0)
			return ret;
		pv->Value.l = (LONG)(ULONG)v;
		return 0;
	case PT_I8:
		if (len == 16 && all_hex(s, 16))
			v = le_hex(s, 8);
		else if ((ret = parse_terms(s, len, UINT64_MAX, &v, why)) < 0)
			return ret;
		pv->Value.li.QuadPart = (LONGLONG)v;
		return 0;
	case PT_BOOLEAN:
		if ((len == 4 || len == 8) && all_hex(s, len)) {
			pv->Value.b = le_hex(s, len / 2) != 0;
		} else if (len == 1 && (s[0] == '0' || s[0] == '1')) {
			pv->Value.b = s[0] == '1';
		} else if (len == 4 && strncasecmp(s, "TRUE", 4) == 0) {
			pv->Value.b = 1;
		} else if (len == 5 && strncasecmp(s, "FALSE", 5) == 0) {
			pv->Value.b = 0;
		} else {
			snprintf(why, WHY_SIZE,
				 "not a boolean (0, 1, TRUE, "
				 "FALSE or hex)");
			return -EINVAL;
		}
		return 0;
	case PT_STRING8:
		if (MAPIAllocateMore((ULONG)len + 1, root, &p) != S_OK)
			return -ENOMEM;
		memcpy(p, s, len);
		((char *)p)[len] = '\0';
		pv->Value.lpszA = p;
		return 0;
	case PT_UNICODE: {
		size_t n = prof_utf8_to_utf16(s, len, NULL);

		if (MAPIAllocateMore((ULONG)((n + 1) * sizeof(WCHAR)), root,
				     &p) != S_OK)
			return -ENOMEM;
		prof_utf8_to_utf16(s, len, p);
		((WCHAR *)p)[n] = 0;
		pv->Value.lpszW = p;
		return 0;
	}
	case PT_BINARY:
		if (len % 2 != 0 || !all_hex(s, len)) {
			snprintf(why, WHY_SIZE,
				 "not an even number of hex digits");
			return -EINVAL;
		}
		if (MAPIAllocateMore((ULONG)(len / 2 + 1), root, &p) != S_OK)
			return -ENOMEM;
		prof_unhex(s, p, len / 2);
		pv->Value.bin.cb = (ULONG)(len / 2);
		pv->Value.bin.lpb = p;
		return 0;
	case PT_CLSID:
		if (len != 32 || !all_hex(s, len)) {
			snprintf(why, WHY_SIZE, "not 32 hex digits");
			return -EINVAL;
		}
		if (MAPIAllocateMore(sizeof(GUID), root, &p) != S_OK)
			return -ENOMEM;
		prof_unhex(s, p, 16);
		pv->Value.lpguid = p;
		return 0;
	default:
		snprintf(why, WHY_SIZE, "unsupported type");
		return -EINVAL;
	}
}

/*
 * Parses the value text of a property of tag into *pv, its data linked to
 * root.  s is trimmed.  Returns 0, -EINVAL with the reason in why, or
 * -ENOMEM.
 */
static int parse_value(ULONG tag, const char *s, size_t len, SPropValue *pv,
		       void *root, char *why)
{
	ULONG type = PROP_TYPE(tag), base = type & ~MV_FLAG, n = 0, i;
	size_t esize;
	const char *p;
	void *arr;
	int ret;

	pv->ulPropTag = tag;
	pv->dwAlignPad = 0;
	if (!(type & MV_FLAG))
		return parse_single(type, s, len, pv, root, why);

	if (len > 0) {
		n = 1;
		for (p = s; (p = memchr(p, ',', len - (size_t)(p - s))) != NULL;
		     p++)
			n++;
	}
	switch (base) {
	case PT_LONG:
		esize = sizeof(LONG);
		break;
	case PT_STRING8:
		esize = sizeof(LPSTR);
		break;
	case PT_UNICODE:
		esize = sizeof(LPWSTR);
		break;
	case PT_BINARY:
		esize = sizeof(SBinary);
		break;
	default:
		snprintf(why, WHY_SIZE, "unsupported type");
		return -EINVAL;
	}
	if (MAPIAllocateMore((ULONG)(esize * (n > 0 ? n : 1)), root, &arr) !=
	    S_OK)
		return -ENOMEM;
	for (i = 0, p = s; i < n; i++) {
		const char *comma = memchr(p, ',', len - (size_t)(p - s));
		size_t ilen =
		    comma != NULL ? (size_t)(comma - p) : len - (size_t)(p - s);
		const char *item = p;
		SPropValue one;

		trim(&item, &ilen);
		if (ilen == 0) {
			snprintf(why, WHY_SIZE, "an empty list item");
			return -EINVAL;
		}
		ret = parse_single(base, item, ilen, &one, root, why);
		if (ret < 0)
			return ret;
		switch (base) {
		case PT_LONG:
			((LONG *)arr)[i] = one.Value.l;
			break;
		case PT_STRING8:
			((LPSTR *)arr)[i] = one.Value.lpszA;
			break;
		case PT_UNICODE:
			((LPWSTR *)arr)[i] = one.Value.lpszW;
			break;
		default:
			((SBinary *)arr)[i] = one.Value.bin;
			break;
		}
		p = comma != NULL ? comma + 1 : s + len;
	}
	/* Every MV array has the count first and the pointer second. */
	pv->Value.MVl.cValues = n;
	pv->Value.MVl.lpl = arr;
	return 0;
}

/* Checks a value by parsing it into a scratch buffer. */
static int check_value(ULONG tag, const char *s, size_t len, char *why)
{
	SPropValue pv;
	void *root;
	int ret;

	if (MAPIAllocateBuffer(0, &root) != S_OK)
		return -ENOMEM;
	ret = parse_value(tag, s, len, &pv, root, why);
	MAPIFreeBuffer(root);
	return ret;
}

/*
 * The tag of a property line's key: 8 hex digits, or a name ("PR_" and
 * any case), where a name without suffix may stand for its _A form.
 * Returns 0, or -ENOENT when key is neither.
 */
static int key_tag(const char *key, ULONG *tag_r)
{
	char buf[160];
	size_t len = strlen(key);

	if (len == 8 && all_hex(key, 8)) {
		*tag_r = (ULONG)strtoul(key, NULL, 16);
		return 0;
	}
	if (len < 4 || strncasecmp(key, "PR_", 3) != 0 || len + 3 > sizeof(buf))
		return -ENOENT;
	if (tagname_parse(key, tag_r) == 0)
		return 0;
	snprintf(buf, sizeof(buf), "%s_A", key);
	return tagname_parse(buf, tag_r);
}

/* True when key is the property-line form of a property name or tag. */
static bool key_is_property(const char *key)
{
	size_t len = strlen(key);

	return (len == 8 && all_hex(key, 8)) ||
	       (len >= 3 && strncasecmp(key, "PR_", 3) == 0);
}

/* ============================ Model basics ============================ */

static void line_clear(struct line *l)
{
	size_t i;

	alloc_free(l->text);
	alloc_free(l->key);
	alloc_free(l->value);
	for (i = 0; i < l->nitems; i++)
		alloc_free(l->items[i]);
	alloc_free(l->items);
	memset(l, 0, sizeof(*l));
}

static void section_clear(struct section *sec)
{
	size_t i;

	for (i = 0; i < sec->count; i++)
		line_clear(&sec->lines[i]);
	alloc_free(sec->lines);
	alloc_free(sec->name);
	memset(sec, 0, sizeof(*sec));
}

static void svc_clear(struct mapisvc *svc)
{
	size_t i;

	for (i = 0; i < svc->count; i++)
		section_clear(&svc->secs[i]);
	alloc_free(svc->secs);
	svc->secs = NULL;
	svc->count = svc->cap = 0;
}

void mapisvc_free(struct mapisvc **svc)
{
	if (svc == NULL || *svc == NULL)
		return;
	svc_clear(*svc);
	alloc_free((*svc)->name);
	alloc_free(*svc);
	*svc = NULL;
}

/* Inserts a zeroed section at index at; returns it or NULL. */
static struct section *svc_insert_section(struct mapisvc *svc, size_t at)
{
	if (svc->count == svc->cap) {
		size_t cap = svc->cap != 0 ? svc->cap * 2 : 16;
		struct section *p = alloc_realloc(svc->secs, cap * sizeof(*p));

		if (p == NULL)
			return NULL;
		svc->secs = p;
		svc->cap = cap;
	}
	memmove(&svc->secs[at + 1], &svc->secs[at],
		(svc->count - at) * sizeof(svc->secs[0]));
	svc->count++;
	memset(&svc->secs[at], 0, sizeof(svc->secs[at]));
	return &svc->secs[at];
}

/* Inserts a zeroed line at index at of sec; returns it or NULL. */
static struct line *sec_insert_line(struct section *sec, size_t at)
{
	if (sec->count == sec->cap) {
		size_t cap = sec->cap != 0 ? sec->cap * 2 : 8;
		struct line *p = alloc_realloc(sec->lines, cap * sizeof(*p));

		if (p == NULL)
			return NULL;
		sec->lines = p;
		sec->cap = cap;
	}
	memmove(&sec->lines[at + 1], &sec->lines[at],
		(sec->count - at) * sizeof(sec->lines[0]));
	sec->count++;
	memset(&sec->lines[at], 0, sizeof(sec->lines[at]));
	return &sec->lines[at];
}

static void sec_remove_line(struct section *sec, size_t at)
{
	line_clear(&sec->lines[at]);
	memmove(&sec->lines[at], &sec->lines[at + 1],
		(sec->count - at - 1) * sizeof(sec->lines[0]));
	sec->count--;
}

static struct section *find_section(const struct mapisvc *svc, const char *name)
{
	size_t i;

	if (name == NULL)
		return NULL;
	for (i = 1; i < svc->count; i++) {
		if (strcasecmp(svc->secs[i].name, name) == 0)
			return &svc->secs[i];
	}
	return NULL;
}

/* The first line of kind (and key, for L_ENTRY and L_PROP by ID). */
static struct line *find_line(const struct section *sec, enum line_kind kind,
			      const char *key, ULONG tag)
{
	size_t i;

	if (sec == NULL)
		return NULL;
	for (i = 0; i < sec->count; i++) {
		struct line *l = &sec->lines[i];

		if (l->kind != kind)
			continue;
		if (kind == L_ENTRY && strcasecmp(l->key, key) != 0)
			continue;
		if (kind == L_PROP && PROP_ID(l->tag) != PROP_ID(tag))
			continue;
		return l;
	}
	return NULL;
}

int mapisvc_new(const char *name, struct mapisvc **svc_r)
{
	struct mapisvc *svc = alloc_calloc(1, sizeof(*svc));

	*svc_r = NULL;
	if (svc == NULL)
		return -ENOMEM;
	svc->name = alloc_strdup(name != NULL ? name : "mapisvc.inf");
	if (svc->name == NULL || svc_insert_section(svc, 0) == NULL) {
		mapisvc_free(&svc);
		return -ENOMEM;
	}
	*svc_r = svc;
	return 0;
}

/* =============================== Parser =============================== */

struct parser {
	struct mapisvc *svc;
	const char **error_r;
	struct section *cur;
};

static int perr(struct parser *ps, unsigned int lineno, int err,
		const char *fmt, ...) __attribute__((format(printf, 4, 5)));

static int perr(struct parser *ps, unsigned int lineno, int err,
		const char *fmt, ...)
{
	char reason[PROF_ERROR_SIZE];
	va_list args;

	va_start(args, fmt);
	vsnprintf(reason, sizeof(reason), fmt, args);
	va_end(args);
	if (err == -ENOMEM)
		return prof_error(ps->error_r, err, "out of memory");
	return prof_error(ps->error_r, err, "%s:%u: %s", ps->svc->name, lineno,
			  reason);
}

/* Parses "a, b, c" into l->items; every item a valid section name. */
static int parse_list(struct parser *ps, struct line *l)
{
	const char *s = l->value, *p = s;
	size_t len = strlen(s), n = 1, i;

	if (len == 0) {
		return perr(ps, l->lineno, -EBADMSG, "%s= lists nothing",
			    l->key);
	}
	for (i = 0; i < len; i++)
		n += s[i] == ',';
	l->items = alloc_calloc(n, sizeof(char *));
	if (l->items == NULL)
		return -ENOMEM;
	for (i = 0; i < n; i++) {
		const char *comma = strchr(p, ',');
		size_t ilen = comma != NULL ? (size_t)(comma - p) : strlen(p);
		const char *item = p;
		const char *msg;
		size_t j;

		trim(&item, &ilen);
		l->items[i] = alloc_malloc(ilen + 1);
		if (l->items[i] == NULL)
			return -ENOMEM;
		memcpy(l->items[i], item, ilen);
		l->items[i][ilen] = '\0';
		l->nitems++;
		if (prof_check_section_name("section name", l->items[i], &msg) <
		    0) {
			return perr(ps, l->lineno, -EBADMSG, "%s= item %zu: %s",
				    l->key, i + 1, msg);
		}
		for (j = 0; j < i; j++) {
			if (strcasecmp(l->items[j], l->items[i]) == 0) {
				return perr(ps, l->lineno, -EBADMSG,
					    "%s= lists [%s] twice", l->key,
					    l->items[i]);
			}
		}
		p = comma != NULL ? comma + 1 : p + strlen(p);
	}
	return 0;
}

/* Classifies and checks a key=value line of a section. */
static int parse_entry(struct parser *ps, struct line *l)
{
	struct section *sec = ps->cur;
	char why[WHY_SIZE];
	const char *msg;
	struct line *prev;
	int ret;

	if (is_list_section(sec->name)) {
		prev = find_line(sec, L_ENTRY, l->key, 0);
		ret = prof_check_section_name("service name", l->key, &msg);
		if (ret < 0)
			return perr(ps, l->lineno, -EBADMSG, "%s", msg);
		if (is_list_section(l->key)) {
			return perr(ps, l->lineno, -EBADMSG,
				    "a service may not be named [%s]", l->key);
		}
		if (prev != NULL) {
			return perr(ps, l->lineno, -EBADMSG,
				    "%s is listed twice in [%s] (first on "
				    "line %u)",
				    l->key, sec->name, prev->lineno);
		}
		if (l->value[0] == '\0') {
			return perr(ps, l->lineno, -EBADMSG,
				    "no value for %s in [%s]", l->key,
				    sec->name);
		}
		l->kind = L_ENTRY;
		return 0;
	}
	if (strcasecmp(l->key, "Providers") == 0 ||
	    strcasecmp(l->key, "Sections") == 0) {
		enum line_kind kind = strcasecmp(l->key, "Providers") == 0
					  ? L_PROVIDERS
					  : L_SECTIONS;

		prev = find_line(sec, kind, NULL, 0);
		if (prev != NULL) {
			return perr(ps, l->lineno, -EBADMSG,
				    "a second %s= line in [%s] (first on line "
				    "%u)",
				    l->key, sec->name, prev->lineno);
		}
		ret = parse_list(ps, l);
		if (ret < 0)
			return ret == -ENOMEM ? perr(ps, 0, ret, "-") : ret;
		l->kind = kind;
		return 0;
	}
	if (strcasecmp(l->key, "UID") == 0) {
		prev = find_line(sec, L_UID, NULL, 0);
		if (prev != NULL) {
			return perr(ps, l->lineno, -EBADMSG,
				    "a second UID= line in [%s] (first on line "
				    "%u)",
				    sec->name, prev->lineno);
		}
		if (strlen(l->value) != 32 ||
		    prof_unhex(l->value, l->uid.ab, 16) < 0) {
			return perr(ps, l->lineno, -EBADMSG,
				    "UID= needs 32 hex digits");
		}
		l->kind = L_UID;
		return 0;
	}
	if (!key_is_property(l->key)) {
		l->kind = L_ENTRY; /* not ours: kept as it is */
		return 0;
	}
	if (key_tag(l->key, &l->tag) < 0) {
		return perr(ps, l->lineno, -EBADMSG,
			    "unknown property name %.80s", l->key);
	}
	if (!type_supported(PROP_TYPE(l->tag))) {
		const char *tn = tagname_type_name(PROP_TYPE(l->tag));

		if (tn != NULL) {
			return perr(ps, l->lineno, -EBADMSG,
				    "%s: type %s is not supported in "
				    "mapisvc.inf",
				    l->key, tn);
		}
		return perr(ps, l->lineno, -EBADMSG,
			    "%s: type 0x%04X is not supported in mapisvc.inf",
			    l->key, (unsigned int)PROP_TYPE(l->tag));
	}
	prev = find_line(sec, L_PROP, NULL, l->tag);
	if (prev != NULL) {
		return perr(ps, l->lineno, -EBADMSG,
			    "%s: property 0x%04X given twice in [%s] (first on "
			    "line %u)",
			    l->key, (unsigned int)PROP_ID(l->tag), sec->name,
			    prev->lineno);
	}
	ret = check_value(l->tag, l->value, strlen(l->value), why);
	if (ret == -ENOMEM)
		return perr(ps, l->lineno, ret, "-");
	if (ret < 0)
		return perr(ps, l->lineno, -EBADMSG, "%s: %s", l->key, why);
	l->kind = L_PROP;
	return 0;
}

/* Parses one line of len bytes at s (line end removed). */
static int parse_line(struct parser *ps, const char *s, size_t len,
		      enum line_eol eol, unsigned int lineno)
{
	struct line *l;
	const char *t = s, *eq;
	size_t tlen = len, i;
	const char *msg;

	if (len > MAPISVC_LINE_MAX) {
		return perr(ps, lineno, -EBADMSG, "line longer than %d bytes",
			    MAPISVC_LINE_MAX);
	}
	for (i = 0; i < len; i++) {
		unsigned char c = (unsigned char)s[i];

		if (c == '\0')
			return perr(ps, lineno, -EBADMSG, "a NUL byte");
		if ((c < 0x20 && c != '\t') || c == 0x7F) {
			return perr(ps, lineno, -EBADMSG,
				    "control character 0x%02X", c);
		}
	}
	if (!prof_utf8_valid(s, len))
		return perr(ps, lineno, -EBADMSG, "not valid UTF-8");

	trim(&t, &tlen);
	if (tlen > 0 && t[0] == '[') {
		struct section *sec, *dup;

		if (t[tlen - 1] != ']') {
			return perr(ps, lineno, -EBADMSG,
				    "malformed section header (no ']' at the "
				    "end)");
		}
		t++;
		tlen -= 2;
		trim(&t, &tlen);
		sec = svc_insert_section(ps->svc, ps->svc->count);
		if (sec == NULL)
			return perr(ps, lineno, -ENOMEM, "-");
		sec->name = alloc_malloc(tlen + 1);
		if (sec->name == NULL)
			return perr(ps, lineno, -ENOMEM, "-");
		memcpy(sec->name, t, tlen);
		sec->name[tlen] = '\0';
		if (prof_check_section_name("section name", sec->name, &msg) <
		    0)
			return perr(ps, lineno, -EBADMSG, "%s", msg);
		ps->svc->count--; /* not yet: look for a duplicate */
		dup = find_section(ps->svc, sec->name);
		ps->svc->count++;
		if (dup != NULL) {
			return perr(ps, lineno, -EBADMSG,
				    "section [%s] appears twice (first on line "
				    "%u)",
				    sec->name, dup->lines[0].lineno);
		}
		ps->cur = sec;
		l = sec_insert_line(sec, 0);
		if (l == NULL)
			return perr(ps, lineno, -ENOMEM, "-");
		l->kind = L_HEADER;
	} else {
		l = sec_insert_line(ps->cur, ps->cur->count);
		if (l == NULL)
			return perr(ps, lineno, -ENOMEM, "-");
		l->kind = L_OTHER;
	}
	l->eol = eol;
	l->lineno = lineno;
	l->text = alloc_malloc(len + 1);
	if (l->text == NULL)
		return perr(ps, lineno, -ENOMEM, "-");
	memcpy(l->text, s, len);
	l->text[len] = '\0';
	if (l->kind == L_HEADER || tlen == 0 || t[0] == ';' || t[0] == '#')
		return 0;

	if (ps->cur->name == NULL) {
		return perr(ps, lineno, -EBADMSG,
			    "an entry before the first [section]");
	}
	eq = memchr(t, '=', tlen);
	if (eq == NULL) {
		return perr(ps, lineno, -EBADMSG,
			    "expected name=value, a [section] or a comment");
	}
	{
		const char *k = t, *v = eq + 1;
		size_t klen = (size_t)(eq - t), vlen = tlen - klen - 1;

		trim(&k, &klen);
		trim(&v, &vlen);
		if (klen == 0)
			return perr(ps, lineno, -EBADMSG, "no name before '='");
		l->key = alloc_malloc(klen + 1);
		l->value = alloc_malloc(vlen + 1);
		if (l->key == NULL || l->value == NULL)
			return perr(ps, lineno, -ENOMEM, "-");
		memcpy(l->key, k, klen);
		l->key[klen] = '\0';
		memcpy(l->value, v, vlen);
		l->value[vlen] = '\0';
	}
	return parse_entry(ps, l);
}

/* The cross-references between sections, after all lines are read. */
static int validate(struct parser *ps)
{
	struct mapisvc *svc = ps->svc;
	struct section *services = find_section(svc, SEC_SERVICES);
	struct section *defaults = find_section(svc, SEC_DEFAULTS);
	size_t i, j;

	for (i = 0; services != NULL && i < services->count; i++) {
		struct line *l = &services->lines[i], *list;
		struct section *sec;
		int pass;

		if (l->kind != L_ENTRY)
			continue;
		sec = find_section(svc, l->key);
		if (sec == NULL) {
			return perr(ps, l->lineno, -EBADMSG,
				    "service %s has no section [%s]", l->key,
				    l->key);
		}
		if (find_line(sec, L_PROVIDERS, NULL, 0) == NULL) {
			return perr(ps, sec->lines[0].lineno, -EBADMSG,
				    "service section [%s] has no Providers= "
				    "line",
				    sec->name);
		}
		for (pass = 0; pass < 2; pass++) {
			list = find_line(
			    sec, pass == 0 ? L_PROVIDERS : L_SECTIONS, NULL, 0);
			for (j = 0; list != NULL && j < list->nitems; j++) {
				struct section *ref =
				    find_section(svc, list->items[j]);

				if (ref == NULL) {
					return perr(ps, list->lineno, -EBADMSG,
						    "%s= names [%s], which is "
						    "missing",
						    list->key, list->items[j]);
				}
				if (ref == sec || is_list_section(ref->name)) {
					return perr(ps, list->lineno, -EBADMSG,
						    "%s= may not name [%s]",
						    list->key, ref->name);
				}
			}
		}
	}
	for (i = 0; defaults != NULL && i < defaults->count; i++) {
		struct line *l = &defaults->lines[i];

		if (l->kind == L_ENTRY &&
		    find_line(services, L_ENTRY, l->key, 0) == NULL) {
			return perr(ps, l->lineno, -EBADMSG,
				    "default service %s is not in [%s]", l->key,
				    SEC_SERVICES);
		}
	}
	return 0;
}

int mapisvc_parse(const char *name, const char *data, size_t size,
		  struct mapisvc **svc_r, const char **error_r)
{
	struct parser ps = {.error_r = error_r};
	const char *p = data, *end = data + size;
	unsigned int lineno = 0;
	int ret;

	*svc_r = NULL;
	if (name == NULL)
		name = "mapisvc.inf";
	if (data == NULL && size > 0)
		return prof_error(error_r, -EINVAL, "%s: no data", name);
	if (size > MAPISVC_MAX_SIZE) {
		return prof_error(error_r, -EFBIG, "%s: larger than %u bytes",
				  name, MAPISVC_MAX_SIZE);
	}
	if (mapisvc_new(name, &ps.svc) < 0)
		return prof_error(error_r, -ENOMEM, "out of memory");
	ps.cur = &ps.svc->secs[0];
	if (size >= 3 && memcmp(p, "\xEF\xBB\xBF", 3) == 0) {
		ps.svc->bom = true;
		p += 3;
	}
	ret = 0;
	while (p < end && ret == 0) {
		const char *nl = memchr(p, '\n', (size_t)(end - p));
		size_t len = nl != NULL ? (size_t)(nl - p) : (size_t)(end - p);
		enum line_eol eol = nl != NULL ? EOL_LF : EOL_NONE;

		if (nl != NULL && len > 0 && p[len - 1] == '\r') {
			len--;
			eol = EOL_CRLF;
		}
		if (++lineno == 0) {
			ret = prof_error(error_r, -EFBIG, "%s: too many lines",
					 name);
			break;
		}
		ret = parse_line(&ps, p, len, eol, lineno);
		ps.cur = &ps.svc->secs[ps.svc->count - 1];
		p = nl != NULL ? nl + 1 : end;
	}
	if (ret == 0)
		ret = validate(&ps);
	if (ret < 0) {
		mapisvc_free(&ps.svc);
		return ret;
	}
	*svc_r = ps.svc;
	return 0;
}

int mapisvc_load(const char *path, struct mapisvc **svc_r, const char **error_r)
{
	char *data;
	size_t size;
	int ret;

	*svc_r = NULL;
	ret = atomicfile_read(path, &data, &size, error_r);
	if (ret < 0)
		return ret;
	ret = mapisvc_parse(path, data, size, svc_r, error_r);
	alloc_free(data);
	return ret;
}

/* =============================== Writer =============================== */

int mapisvc_format(const struct mapisvc *svc, char **data_r, size_t *size_r)
{
	struct strbuf sb = {0};
	size_t i, j, total = 0, n = 0;
	const char *deol = "\n";

	for (i = 0; i < svc->count; i++)
		total += svc->secs[i].count;
	/* New lines follow the first line's convention. */
	for (i = 0; i < svc->count && svc->secs[i].count == 0; i++)
		;
	if (i < svc->count && svc->secs[i].lines[0].eol == EOL_CRLF)
		deol = "\r\n";
	if (svc->bom)
		sb_append(&sb, "\xEF\xBB\xBF", 3);
	for (i = 0; i < svc->count; i++) {
		const struct section *sec = &svc->secs[i];

		for (j = 0; j < sec->count; j++) {
			const struct line *l = &sec->lines[j];

			n++;
			sb_puts(&sb, l->text);
			if (l->eol == EOL_LF)
				sb_putc(&sb, '\n');
			else if (l->eol == EOL_CRLF)
				sb_puts(&sb, "\r\n");
			else if (l->eol == EOL_DEFAULT || n < total)
				sb_puts(&sb, deol); /* new, or no longer last */
		}
	}
	return sb_finish(&sb, data_r, size_r);
}

/*
 * Checks that s can be written as a string value (or list item) and read
 * back the same: UTF-8, no control characters, no space at the ends, and
 * for list items no comma and not empty.
 */
static int check_text(const char *what, const char *s, size_t len,
		      bool list_item, const char **error_r)
{
	size_t i;

	if (!prof_utf8_valid(s, len))
		return prof_error(error_r, -EINVAL, "%s: not valid UTF-8",
				  what);
	for (i = 0; i < len; i++) {
		unsigned char c = (unsigned char)s[i];

		if (c < 0x20 || c == 0x7F) {
			return prof_error(error_r, -EINVAL,
					  "%s: holds a control character",
					  what);
		}
		if (list_item && c == ',') {
			return prof_error(error_r, -EINVAL,
					  "%s: a list item may not hold ','",
					  what);
		}
	}
	if (len > 0 && (is_space(s[0]) || is_space(s[len - 1]))) {
		return prof_error(error_r, -EINVAL,
				  "%s: space at the start or end would be lost",
				  what);
	}
	if (list_item && len == 0) {
		return prof_error(error_r, -EINVAL,
				  "%s: a list item may not be empty", what);
	}
	return 0;
}

/* Writes a property line's key: the name without _A, or 8 hex digits. */
static void format_key(struct strbuf *sb, ULONG tag)
{
	const char *name = tagname_lookup(tag);
	char buf[160];
	ULONG back;
	size_t len;

	if (name != NULL && (len = strlen(name)) < sizeof(buf)) {
		memcpy(buf, name, len + 1);
		if (len > 2 && strcmp(buf + len - 2, "_A") == 0) {
			buf[len - 2] = '\0';
			if (tagname_parse(buf, &back) < 0 &&
			    key_tag(buf, &back) == 0 && back == tag) {
				sb_puts(sb, buf);
				return;
			}
			buf[len - 2] = '_';
		}
		if (key_tag(buf, &back) == 0 && back == tag) {
			sb_puts(sb, buf);
			return;
		}
	}
	sb_printf(sb, "%08X", (unsigned int)tag);
}

static void put_le(struct strbuf *sb, uint64_t v, size_t nbytes)
{
	BYTE b[8];
	size_t i;

	for (i = 0; i < nbytes; i++)
		b[i] = (BYTE)(v >> (8 * i));
	sb_hex(sb, b, nbytes);
}

/* Writes one value of a single type; checks that it reads back. */
static int format_single(struct strbuf *sb, ULONG type, const SPropValue *pv,
			 bool list_item, const char **error_r)
{
	const char *what = "property value";
	char *u8;
	long n;
	int ret;

	switch (type) {
	case PT_I2:
		put_le(sb, (unsigned short)pv->Value.i, 2);
		return 0;
	case PT_LONG:
		put_le(sb, (ULONG)pv->Value.l, 4);
		return 0;
	case PT_I8:
		put_le(sb, (uint64_t)pv->Value.li.QuadPart, 8);
		return 0;
	case PT_BOOLEAN:
		sb_putc(sb, pv->Value.b ? '1' : '0');
		return 0;
	case PT_STRING8:
		if (pv->Value.lpszA == NULL) {
			return prof_error(error_r, -EINVAL, "%s: a NULL string",
					  what);
		}
		ret = check_text(what, pv->Value.lpszA, strlen(pv->Value.lpszA),
				 list_item, error_r);
		if (ret == 0)
			sb_puts(sb, pv->Value.lpszA);
		return ret;
	case PT_UNICODE: {
		size_t wlen = 0;

		if (pv->Value.lpszW == NULL) {
			return prof_error(error_r, -EINVAL, "%s: a NULL string",
					  what);
		}
		while (pv->Value.lpszW[wlen] != 0)
			wlen++;
		n = prof_utf16_to_utf8(pv->Value.lpszW, wlen, NULL, 0);
		if (n < 0) {
			return prof_error(error_r, -EINVAL,
					  "%s: an unpaired UTF-16 surrogate",
					  what);
		}
		u8 = alloc_malloc((size_t)n + 1);
		if (u8 == NULL)
			return prof_error(error_r, -ENOMEM, "out of memory");
		prof_utf16_to_utf8(pv->Value.lpszW, wlen, u8, (size_t)n);
		u8[n] = '\0';
		ret = check_text(what, u8, (size_t)n, list_item, error_r);
		if (ret == 0)
			sb_append(sb, u8, (size_t)n);
		alloc_free(u8);
		return ret;
	}
	case PT_BINARY:
		if (pv->Value.bin.cb > 0 && pv->Value.bin.lpb == NULL) {
			return prof_error(error_r, -EINVAL,
					  "%s: binary without data", what);
		}
		if (list_item && pv->Value.bin.cb == 0) {
			return prof_error(error_r, -EINVAL,
					  "%s: a list item may not be empty",
					  what);
		}
		sb_hex(sb, pv->Value.bin.lpb, pv->Value.bin.cb);
		return 0;
	case PT_CLSID:
		if (pv->Value.lpguid == NULL) {
			return prof_error(error_r, -EINVAL, "%s: a NULL GUID",
					  what);
		}
		sb_hex(sb, (const BYTE *)pv->Value.lpguid, sizeof(GUID));
		return 0;
	default:
		return prof_error(error_r, -EINVAL,
				  "type 0x%04X is not supported in "
				  "mapisvc.inf",
				  (unsigned int)type);
	}
}

/* Writes "KEY=value" for pv into sb. */
static int format_prop(struct strbuf *sb, const char *key, const SPropValue *pv,
		       const char **error_r)
{
	ULONG type = PROP_TYPE(pv->ulPropTag), i;
	SPropValue one;
	int ret;

	if (!type_supported(type) || PROP_ID(pv->ulPropTag) == 0) {
		return prof_error(error_r, -EINVAL,
				  "property 0x%08X: type not supported in "
				  "mapisvc.inf",
				  (unsigned int)pv->ulPropTag);
	}
	if (key != NULL)
		sb_puts(sb, key);
	else
		format_key(sb, pv->ulPropTag);
	sb_putc(sb, '=');
	if (!(type & MV_FLAG))
		return format_single(sb, type, pv, false, error_r);
	if (pv->Value.MVl.cValues > 0 && pv->Value.MVl.lpl == NULL) {
		return prof_error(error_r, -EINVAL,
				  "property 0x%08X: values missing",
				  (unsigned int)pv->ulPropTag);
	}
	for (i = 0; i < pv->Value.MVl.cValues; i++) {
		switch (type & ~MV_FLAG) {
		case PT_LONG:
			one.Value.l = pv->Value.MVl.lpl[i];
			break;
		case PT_STRING8:
			one.Value.lpszA = pv->Value.MVszA.lppszA[i];
			break;
		case PT_UNICODE:
			one.Value.lpszW = pv->Value.MVszW.lppszW[i];
			break;
		default:
			one.Value.bin = pv->Value.MVbin.lpbin[i];
			break;
		}
		if (i > 0)
			sb_putc(sb, ',');
		ret = format_single(sb, type & ~MV_FLAG, &one, true, error_r);
		if (ret < 0)
			return ret;
	}
	return 0;
}

/* ============================== Look-ups ============================== */

size_t mapisvc_service_count(const struct mapisvc *svc)
{
	const struct section *sec = find_section(svc, SEC_SERVICES);
	size_t i, n = 0;

	for (i = 0; sec != NULL && i < sec->count; i++)
		n += sec->lines[i].kind == L_ENTRY;
	return n;
}

const char *mapisvc_service_name(const struct mapisvc *svc, size_t idx)
{
	const struct section *sec = find_section(svc, SEC_SERVICES);
	size_t i;

	for (i = 0; sec != NULL && i < sec->count; i++) {
		if (sec->lines[i].kind == L_ENTRY && idx-- == 0)
			return sec->lines[i].key;
	}
	return NULL;
}

static const char *list_value(const struct mapisvc *svc, const char *list,
			      const char *name)
{
	const struct line *l;

	if (name == NULL)
		return NULL;
	l = find_line(find_section(svc, list), L_ENTRY, name, 0);
	return l != NULL ? l->value : NULL;
}

const char *mapisvc_service_display_name(const struct mapisvc *svc,
					 const char *name)
{
	return list_value(svc, SEC_SERVICES, name);
}

bool mapisvc_service_is_default(const struct mapisvc *svc, const char *name)
{
	return list_value(svc, SEC_DEFAULTS, name) != NULL;
}

const char *mapisvc_help_file(const struct mapisvc *svc, const char *name)
{
	return list_value(svc, SEC_HELP, name);
}

bool mapisvc_has_section(const struct mapisvc *svc, const char *name)
{
	return find_section(svc, name) != NULL;
}

static int service_list(const struct mapisvc *svc, const char *name,
			enum line_kind kind, const char *const **names_r,
			size_t *count_r)
{
	const struct line *l;

	*names_r = NULL;
	*count_r = 0;
	if (mapisvc_service_display_name(svc, name) == NULL)
		return -ENOENT;
	l = find_line(find_section(svc, name), kind, NULL, 0);
	if (l != NULL) {
		*names_r = (const char *const *)l->items;
		*count_r = l->nitems;
	}
	return 0;
}

int mapisvc_service_providers(const struct mapisvc *svc, const char *name,
			      const char *const **names_r, size_t *count_r)
{
	return service_list(svc, name, L_PROVIDERS, names_r, count_r);
}

int mapisvc_service_sections(const struct mapisvc *svc, const char *name,
			     const char *const **names_r, size_t *count_r)
{
	return service_list(svc, name, L_SECTIONS, names_r, count_r);
}

int mapisvc_section_uid(const struct mapisvc *svc, const char *section,
			MAPIUID *uid_r)
{
	const struct line *l =
	    find_line(find_section(svc, section), L_UID, NULL, 0);

	if (l == NULL)
		return -ENOENT;
	*uid_r = l->uid;
	return 0;
}

int mapisvc_section_props(const struct mapisvc *svc, const char *section,
			  ULONG *count_r, LPSPropValue *props_r,
			  const char **error_r)
{
	const struct section *sec = find_section(svc, section);
	char why[WHY_SIZE];
	SPropValue *props;
	ULONG n = 0;
	size_t i;
	int ret;

	*count_r = 0;
	*props_r = NULL;
	if (sec == NULL || is_list_section(sec->name)) {
		return prof_error(error_r, -ENOENT, "%s: no section [%s]",
				  svc->name, section != NULL ? section : "");
	}
	for (i = 0; i < sec->count; i++)
		n += sec->lines[i].kind == L_PROP;
	if (MAPIAllocateBuffer((ULONG)((n > 0 ? n : 1) * sizeof(SPropValue)),
			       (void **)&props) != S_OK)
		return prof_error(error_r, -ENOMEM, "out of memory");
	for (i = 0, n = 0; i < sec->count; i++) {
		const struct line *l = &sec->lines[i];

		if (l->kind != L_PROP)
			continue;
		ret = parse_value(l->tag, l->value, strlen(l->value), &props[n],
				  props, why);
		if (ret < 0) {
			/* Only memory: every value was checked on load. */
			MAPIFreeBuffer(props);
			return prof_error(
			    error_r, ret == -ENOMEM ? ret : -EIO, "%s",
			    ret == -ENOMEM ? "out of memory" : why);
		}
		n++;
	}
	*count_r = n;
	*props_r = props;
	return 0;
}

int mapisvc_section_prop(const struct mapisvc *svc, const char *section,
			 ULONG tag, LPSPropValue *prop_r)
{
	const struct section *sec = find_section(svc, section);
	const struct line *l;
	char why[WHY_SIZE];
	SPropValue *pv;
	int ret;

	*prop_r = NULL;
	if (sec == NULL || is_list_section(sec->name))
		return -ENOENT;
	l = find_line(sec, L_PROP, NULL, tag);
	if (l == NULL)
		return -ENOENT;
	if (MAPIAllocateBuffer(sizeof(SPropValue), (void **)&pv) != S_OK)
		return -ENOMEM;
	ret = parse_value(l->tag, l->value, strlen(l->value), pv, pv, why);
	if (ret < 0) {
		MAPIFreeBuffer(pv);
		return ret;
	}
	*prop_r = pv;
	return 0;
}

/* =============================== Edits ================================ */

/* A copy of svc to edit: formatted and parsed again. */
static int work_begin(const struct mapisvc *svc, struct mapisvc **work_r,
		      const char **error_r)
{
	char *data;
	size_t size;
	int ret;

	*work_r = NULL;
	if (mapisvc_format(svc, &data, &size) < 0)
		return prof_error(error_r, -ENOMEM, "out of memory");
	ret = mapisvc_parse(svc->name, data, size, work_r, error_r);
	alloc_free(data);
	return ret;
}

/*
 * Checks the edited copy by formatting and parsing it; on success its
 * re-read form replaces svc's contents.  Frees work in any case.
 */
static int work_commit(struct mapisvc *svc, struct mapisvc *work,
		       const char **error_r)
{
	struct mapisvc *fresh = NULL;
	char *data;
	size_t size;
	int ret;

	ret = mapisvc_format(work, &data, &size);
	mapisvc_free(&work);
	if (ret < 0)
		return prof_error(error_r, -ENOMEM, "out of memory");
	ret = mapisvc_parse(svc->name, data, size, &fresh, error_r);
	alloc_free(data);
	if (ret == -ENOMEM)
		return ret;
	if (ret < 0) {
		return prof_error(error_r, -EINVAL,
				  "the change would leave an invalid catalog: "
				  "%s",
				  *error_r);
	}
	svc_clear(svc);
	svc->secs = fresh->secs;
	svc->count = fresh->count;
	svc->cap = fresh->cap;
	svc->bom = fresh->bom;
	fresh->secs = NULL;
	fresh->count = fresh->cap = 0;
	mapisvc_free(&fresh);
	return 0;
}

/* Where a new entry of sec goes: after its last line that is no blank
 * line or comment. */
static size_t entry_slot(const struct section *sec)
{
	size_t at = sec->count;

	while (at > 1 && sec->lines[at - 1].kind == L_OTHER)
		at--;
	return at;
}

/* Inserts a line of text (taken over) at index at; -ENOMEM. */
static int insert_text(struct section *sec, size_t at, char *text)
{
	struct line *l;

	if (text == NULL)
		return -ENOMEM;
	l = sec_insert_line(sec, at);
	if (l == NULL) {
		alloc_free(text);
		return -ENOMEM;
	}
	l->text = text;
	l->kind = text[0] != '\0' ? L_NEW : L_OTHER;
	l->eol = EOL_DEFAULT;
	return 0;
}

static int add_entry_text(struct section *sec, char *text)
{
	return insert_text(sec, entry_slot(sec), text);
}

static char *strcat3(const char *a, const char *b, const char *c)
{
	size_t la = strlen(a), lb = strlen(b), lc = strlen(c);
	char *s = alloc_malloc(la + lb + lc + 1);

	if (s == NULL)
		return NULL;
	memcpy(s, a, la);
	memcpy(s + la, b, lb);
	memcpy(s + la + lb, c, lc + 1);
	return s;
}

/*
 * Adds a section named name at index at (count: the end), after a blank
 * line when the file separates its sections with blank lines.
 */
static struct section *add_section_at(struct mapisvc *svc, size_t at,
				      const char *name)
{
	struct section *prev = &svc->secs[at - 1], *sec;
	bool blank = false;
	size_t i, j;

	for (i = 0; i < svc->count && !blank; i++) {
		for (j = 0; j < svc->secs[i].count; j++) {
			if (svc->secs[i].lines[j].kind == L_OTHER &&
			    svc->secs[i].lines[j].text[0] == '\0') {
				blank = true;
				break;
			}
		}
	}
	if (blank && prev->count > 0 &&
	    prev->lines[prev->count - 1].text[0] != '\0') {
		if (insert_text(prev, prev->count, alloc_strdup("")) < 0)
			return NULL;
	}
	sec = svc_insert_section(svc, at);
	if (sec == NULL)
		return NULL;
	sec->name = alloc_strdup(name);
	if (sec->name == NULL ||
	    insert_text(sec, 0, strcat3("[", name, "]")) < 0)
		return NULL;
	sec->lines[0].kind = L_HEADER;
	/* A blank line after it keeps the next section apart. */
	if (blank && at < svc->count - 1 &&
	    insert_text(sec, 1, alloc_strdup("")) < 0)
		return NULL;
	return sec;
}

/* The list section name, made (after [Services], or first) if missing. */
static struct section *need_list_section(struct mapisvc *svc, const char *name)
{
	struct section *sec = find_section(svc, name);
	size_t at = 1;

	if (sec != NULL)
		return sec;
	if (strcmp(name, SEC_SERVICES) != 0) {
		sec = find_section(svc, SEC_SERVICES);
		if (sec != NULL)
			at = (size_t)(sec - svc->secs) + 1;
	}
	return add_section_at(svc, at, name);
}

/* Appends "key=value" (value formatted from pv) to sec. */
static int add_prop_line(struct section *sec, const SPropValue *pv,
			 const char **error_r)
{
	struct strbuf sb = {0};
	char *text;
	size_t len;
	int ret;

	ret = format_prop(&sb, NULL, pv, error_r);
	if (ret < 0) {
		sb_free(&sb);
		return ret;
	}
	if (sb_finish(&sb, &text, &len) < 0)
		return -ENOMEM;
	return add_entry_text(sec, text);
}

/* Checks an array of values: each writable, no property ID twice. */
static int check_props(ULONG cValues, const SPropValue *props,
		       const char **error_r)
{
	ULONG i, j;
	int ret;

	if (cValues > 0 && props == NULL)
		return prof_error(error_r, -EINVAL, "no properties given");
	for (i = 0; i < cValues; i++) {
		struct strbuf sb = {0};

		ret = format_prop(&sb, NULL, &props[i], error_r);
		sb_free(&sb);
		if (ret < 0)
			return ret;
		for (j = 0; j < i; j++) {
			if (PROP_ID(props[j].ulPropTag) ==
			    PROP_ID(props[i].ulPropTag)) {
				return prof_error(
				    error_r, -EINVAL,
				    "property 0x%04X given twice",
				    (unsigned int)PROP_ID(props[i].ulPropTag));
			}
		}
	}
	return 0;
}

/* Makes the joined "key=a, b" text of a list line. */
static char *list_text(const char *key, char *const *items, size_t n,
		       const char *extra, const char *skip)
{
	struct strbuf sb = {0};
	bool first = true;
	char *text;
	size_t i, len;

	sb_puts(&sb, key);
	sb_putc(&sb, '=');
	for (i = 0; i < n; i++) {
		if (skip != NULL && strcasecmp(items[i], skip) == 0)
			continue;
		if (!first)
			sb_puts(&sb, ", ");
		sb_puts(&sb, items[i]);
		first = false;
	}
	if (extra != NULL) {
		if (!first)
			sb_puts(&sb, ", ");
		sb_puts(&sb, extra);
	}
	if (sb_finish(&sb, &text, &len) < 0)
		return NULL;
	return text;
}

static int set_line_text(struct line *l, char *text)
{
	if (text == NULL)
		return -ENOMEM;
	alloc_free(l->text);
	l->text = text;
	return 0;
}

/* Creates the section of a provider with its properties. */
static int add_provider_section(struct mapisvc *work,
				const struct mapisvc_provider *p,
				const char **error_r)
{
	struct section *sec = add_section_at(work, work->count, p->name);
	ULONG i;
	int ret;

	if (sec == NULL)
		return -ENOMEM;
	for (i = 0; i < p->cValues; i++) {
		ret = add_prop_line(sec, &p->props[i], error_r);
		if (ret < 0)
			return ret;
	}
	return 0;
}

/* Checks a provider definition against svc; names must be new. */
static int check_provider(const struct mapisvc *svc,
			  const struct mapisvc_provider *p,
			  const char **error_r)
{
	int ret;

	if (p->name == NULL)
		return prof_error(error_r, -EINVAL, "a provider without name");
	ret = prof_check_section_name("provider name", p->name, error_r);
	if (ret < 0)
		return ret;
	if (is_list_section(p->name) || find_section(svc, p->name) != NULL) {
		return prof_error(error_r, -EEXIST,
				  "%s: a section [%s] exists already",
				  svc->name, p->name);
	}
	return check_props(p->cValues, p->props, error_r);
}

static int finish_edit(struct mapisvc *svc, struct mapisvc *work, int ret,
		       const char **error_r)
{
	if (ret < 0) {
		mapisvc_free(&work);
		if (ret == -ENOMEM)
			return prof_error(error_r, ret, "out of memory");
		return ret;
	}
	return work_commit(svc, work, error_r);
}

int mapisvc_add_service(struct mapisvc *svc, const char *name,
			const char *display_name, unsigned int flags,
			ULONG cValues, const SPropValue *props,
			const struct mapisvc_provider *providers,
			size_t nproviders, const char **error_r)
{
	struct mapisvc *work;
	struct section *sec;
	SPropValue dn;
	size_t i, j;
	int ret;

	ret = prof_check_section_name("service name", name, error_r);
	if (ret < 0)
		return ret;
	if (display_name == NULL || display_name[0] == '\0') {
		return prof_error(error_r, -EINVAL,
				  "service %s: no display name", name);
	}
	ret = check_text("display name", display_name, strlen(display_name),
			 false, error_r);
	if (ret < 0)
		return ret;
	if (is_list_section(name) ||
	    mapisvc_service_display_name(svc, name) != NULL ||
	    find_section(svc, name) != NULL) {
		return prof_error(error_r, -EEXIST,
				  "%s: service or section %s exists already",
				  svc->name, name);
	}
	if (nproviders == 0 || providers == NULL) {
		return prof_error(error_r, -EINVAL,
				  "service %s: no providers given", name);
	}
	ret = check_props(cValues, props, error_r);
	for (i = 0; ret == 0 && i < nproviders; i++) {
		ret = check_provider(svc, &providers[i], error_r);
		if (ret == 0 && strcasecmp(providers[i].name, name) == 0) {
			ret = prof_error(error_r, -EINVAL,
					 "provider %s has the service's name",
					 name);
		}
		for (j = 0; ret == 0 && j < i; j++) {
			if (strcasecmp(providers[i].name, providers[j].name) ==
			    0) {
				ret = prof_error(error_r, -EINVAL,
						 "provider %s given twice",
						 providers[i].name);
			}
		}
	}
	if (ret < 0)
		return ret;

	ret = work_begin(svc, &work, error_r);
	if (ret < 0)
		return ret;
	sec = need_list_section(work, SEC_SERVICES);
	ret = sec == NULL
		  ? -ENOMEM
		  : add_entry_text(sec, strcat3(name, "=", display_name));
	if (ret == 0 && (flags & MAPISVC_DEFAULT)) {
		sec = need_list_section(work, SEC_DEFAULTS);
		ret =
		    sec == NULL
			? -ENOMEM
			: add_entry_text(sec, strcat3(name, "=", display_name));
	}
	sec = ret == 0 ? add_section_at(work, work->count, name) : NULL;
	if (ret == 0 && sec == NULL)
		ret = -ENOMEM;
	for (i = 0; i < cValues; i++) {
		if (PROP_ID(props[i].ulPropTag) == PROP_ID(PR_DISPLAY_NAME_A))
			break;
	}
	if (ret == 0 && i == cValues) {
		dn.ulPropTag = PR_DISPLAY_NAME_A;
		dn.Value.lpszA = (char *)display_name;
		ret = add_prop_line(sec, &dn, error_r);
	}
	for (i = 0; ret == 0 && i < cValues; i++)
		ret = add_prop_line(sec, &props[i], error_r);
	if (ret == 0) {
		char **items = alloc_calloc(nproviders, sizeof(char *));

		if (items == NULL) {
			ret = -ENOMEM;
		} else {
			for (i = 0; i < nproviders; i++)
				items[i] = (char *)providers[i].name;
			ret = add_entry_text(sec,
					     list_text("Providers", items,
						       nproviders, NULL, NULL));
			alloc_free(items);
		}
	}
	for (i = 0; ret == 0 && i < nproviders; i++)
		ret = add_provider_section(work, &providers[i], error_r);
	return finish_edit(svc, work, ret, error_r);
}

/* True when a service other than except lists section in a list. */
static bool section_referenced(const struct mapisvc *svc, const char *section,
			       const char *except)
{
	const struct section *services = find_section(svc, SEC_SERVICES);
	size_t i, j;
	int pass;

	for (i = 0; services != NULL && i < services->count; i++) {
		const struct line *l = &services->lines[i];
		const struct section *sec;

		if (l->kind != L_ENTRY || strcasecmp(l->key, except) == 0)
			continue;
		sec = find_section(svc, l->key);
		for (pass = 0; pass < 2; pass++) {
			const struct line *list = find_line(
			    sec, pass == 0 ? L_PROVIDERS : L_SECTIONS, NULL, 0);

			for (j = 0; list != NULL && j < list->nitems; j++) {
				if (strcasecmp(list->items[j], section) == 0)
					return true;
			}
		}
	}
	return false;
}

/*
 * Removes a section: its header and entries, but not the blank lines and
 * comments at its end, which most likely introduce the next section.
 */
static int remove_section(struct mapisvc *svc, const char *name)
{
	struct section *sec = find_section(svc, name), *prev;
	size_t keep_from, i;

	if (sec == NULL)
		return 0;
	keep_from = entry_slot(sec);
	prev = sec - 1;
	for (i = keep_from; i < sec->count; i++) {
		struct line *l = sec_insert_line(prev, prev->count);

		if (l == NULL)
			return -ENOMEM;
		*l = sec->lines[i];
		memset(&sec->lines[i], 0, sizeof(sec->lines[i]));
	}
	section_clear(sec);
	memmove(sec, sec + 1,
		(size_t)(&svc->secs[svc->count] - (sec + 1)) * sizeof(*sec));
	svc->count--;
	return 0;
}

static void remove_entry(struct mapisvc *svc, const char *list, const char *key)
{
	struct section *sec = find_section(svc, list);
	size_t i;

	for (i = 0; sec != NULL && i < sec->count; i++) {
		if (sec->lines[i].kind == L_ENTRY &&
		    strcasecmp(sec->lines[i].key, key) == 0) {
			sec_remove_line(sec, i);
			return;
		}
	}
}

int mapisvc_remove_service(struct mapisvc *svc, const char *name,
			   const char **error_r)
{
	struct mapisvc *work;
	const struct line *list;
	struct section *sec;
	char **gone = NULL;
	size_t ngone = 0, i;
	int pass, ret;

	if (name == NULL || mapisvc_service_display_name(svc, name) == NULL) {
		return prof_error(error_r, -ENOENT, "%s: no service %s",
				  svc->name, name != NULL ? name : "(null)");
	}
	ret = work_begin(svc, &work, error_r);
	if (ret < 0)
		return ret;
	/* The sections only this service lists go with it. */
	sec = find_section(work, name);
	for (pass = 0; pass < 2 && ret == 0; pass++) {
		list = find_line(sec, pass == 0 ? L_PROVIDERS : L_SECTIONS,
				 NULL, 0);
		for (i = 0; list != NULL && i < list->nitems; i++) {
			char **p;

			if (section_referenced(work, list->items[i], name) ||
			    mapisvc_service_display_name(
				work, list->items[i]) != NULL)
				continue;
			p = alloc_realloc(gone, (ngone + 1) * sizeof(char *));
			if (p == NULL) {
				ret = -ENOMEM;
				break;
			}
			gone = p;
			gone[ngone] = alloc_strdup(list->items[i]);
			if (gone[ngone] == NULL) {
				ret = -ENOMEM;
				break;
			}
			ngone++;
		}
	}
	if (ret == 0) {
		remove_entry(work, SEC_SERVICES, name);
		remove_entry(work, SEC_DEFAULTS, name);
		remove_entry(work, SEC_HELP, name);
		ret = remove_section(work, name);
	}
	for (i = 0; ret == 0 && i < ngone; i++)
		ret = remove_section(work, gone[i]);
	for (i = 0; i < ngone; i++)
		alloc_free(gone[i]);
	alloc_free(gone);
	return finish_edit(svc, work, ret, error_r);
}

int mapisvc_add_provider(struct mapisvc *svc, const char *service,
			 const struct mapisvc_provider *provider,
			 const char **error_r)
{
	struct mapisvc *work;
	struct line *list;
	int ret;

	if (service == NULL ||
	    mapisvc_service_display_name(svc, service) == NULL) {
		return prof_error(error_r, -ENOENT, "%s: no service %s",
				  svc->name,
				  service != NULL ? service : "(null)");
	}
	if (provider == NULL)
		return prof_error(error_r, -EINVAL, "no provider given");
	ret = check_provider(svc, provider, error_r);
	if (ret < 0)
		return ret;
	ret = work_begin(svc, &work, error_r);
	if (ret < 0)
		return ret;
	list = find_line(find_section(work, service), L_PROVIDERS, NULL, 0);
	ret =
	    set_line_text(list, list_text(list->key, list->items, list->nitems,
					  provider->name, NULL));
	if (ret == 0)
		ret = add_provider_section(work, provider, error_r);
	return finish_edit(svc, work, ret, error_r);
}

int mapisvc_remove_provider(struct mapisvc *svc, const char *service,
			    const char *provider, const char **error_r)
{
	struct mapisvc *work;
	struct line *list;
	size_t i;
	int ret;

	if (service == NULL ||
	    mapisvc_service_display_name(svc, service) == NULL) {
		return prof_error(error_r, -ENOENT, "%s: no service %s",
				  svc->name,
				  service != NULL ? service : "(null)");
	}
	list = find_line(find_section(svc, service), L_PROVIDERS, NULL, 0);
	for (i = 0; provider != NULL && i < list->nitems; i++) {
		if (strcasecmp(list->items[i], provider) == 0)
			break;
	}
	if (provider == NULL || i == list->nitems) {
		return prof_error(
		    error_r, -ENOENT, "%s: service %s has no provider %s",
		    svc->name, service, provider != NULL ? provider : "(null)");
	}
	if (list->nitems == 1) {
		return prof_error(error_r, -EINVAL,
				  "%s: %s is the last provider of %s",
				  svc->name, provider, service);
	}
	ret = work_begin(svc, &work, error_r);
	if (ret < 0)
		return ret;
	list = find_line(find_section(work, service), L_PROVIDERS, NULL, 0);
	ret = set_line_text(list, list_text(list->key, list->items,
					    list->nitems, NULL, provider));
	if (ret == 0 && !section_referenced(work, provider, service))
		ret = remove_section(work, provider);
	return finish_edit(svc, work, ret, error_r);
}

int mapisvc_add_section(struct mapisvc *svc, const char *service,
			const char *name, const MAPIUID *uid, ULONG cValues,
			const SPropValue *props, const char **error_r)
{
	struct mapisvc_provider def = {name, cValues, props};
	struct mapisvc *work;
	struct section *sec;
	struct line *list;
	int ret;

	if (service != NULL &&
	    mapisvc_service_display_name(svc, service) == NULL) {
		return prof_error(error_r, -ENOENT, "%s: no service %s",
				  svc->name, service);
	}
	ret = check_provider(svc, &def, error_r);
	if (ret < 0)
		return ret;
	ret = work_begin(svc, &work, error_r);
	if (ret < 0)
		return ret;
	if (service != NULL) {
		sec = find_section(work, service);
		list = find_line(sec, L_SECTIONS, NULL, 0);
		if (list != NULL) {
			ret = set_line_text(
			    list, list_text(list->key, list->items,
					    list->nitems, name, NULL));
		} else {
			ret =
			    add_entry_text(sec, strcat3("Sections=", name, ""));
		}
	}
	sec = ret == 0 ? add_section_at(work, work->count, name) : NULL;
	if (ret == 0 && sec == NULL)
		ret = -ENOMEM;
	if (ret == 0 && uid != NULL) {
		char hex[40];
		size_t i;

		for (i = 0; i < 16; i++)
			snprintf(hex + 2 * i, 3, "%02X", uid->ab[i]);
		ret = add_entry_text(sec, strcat3("UID=", hex, ""));
	}
	for (ULONG i = 0; ret == 0 && i < cValues; i++)
		ret = add_prop_line(sec, &props[i], error_r);
	return finish_edit(svc, work, ret, error_r);
}

/* The section name to edit properties of, or an error. */
static int props_section(const struct mapisvc *svc, const char *section,
			 const char **error_r)
{
	if (section == NULL || is_list_section(section) ||
	    find_section(svc, section) == NULL) {
		return prof_error(error_r, -ENOENT, "%s: no section [%s]",
				  svc->name, section != NULL ? section : "");
	}
	return 0;
}

int mapisvc_set_props(struct mapisvc *svc, const char *section, ULONG cValues,
		      const SPropValue *props, const char **error_r)
{
	struct mapisvc *work;
	struct section *sec;
	ULONG i;
	int ret;

	ret = props_section(svc, section, error_r);
	if (ret == 0)
		ret = check_props(cValues, props, error_r);
	if (ret < 0)
		return ret;
	ret = work_begin(svc, &work, error_r);
	if (ret < 0)
		return ret;
	sec = find_section(work, section);
	for (i = 0; ret == 0 && i < cValues; i++) {
		struct line *l =
		    find_line(sec, L_PROP, NULL, props[i].ulPropTag);

		if (l == NULL) {
			ret = add_prop_line(sec, &props[i], error_r);
		} else {
			struct strbuf sb = {0};
			char *text;
			size_t len;

			/* Keep the key's spelling when the tag is the same.
			 * Keep the leading space of an indented line. */
			sb_append(&sb, l->text, strspn(l->text, " \t"));
			ret = format_prop(
			    &sb, l->tag == props[i].ulPropTag ? l->key : NULL,
			    &props[i], error_r);
			if (ret < 0) {
				sb_free(&sb);
				break;
			}
			ret = sb_finish(&sb, &text, &len);
			if (ret == 0)
				ret = set_line_text(l, text);
		}
	}
	return finish_edit(svc, work, ret, error_r);
}

int mapisvc_delete_props(struct mapisvc *svc, const char *section, ULONG cTags,
			 const ULONG *tags, const char **error_r)
{
	struct mapisvc *work;
	struct section *sec;
	ULONG i;
	size_t j;
	int ret;

	ret = props_section(svc, section, error_r);
	if (ret < 0)
		return ret;
	if (cTags > 0 && tags == NULL)
		return prof_error(error_r, -EINVAL, "no tags given");
	ret = work_begin(svc, &work, error_r);
	if (ret < 0)
		return ret;
	sec = find_section(work, section);
	for (i = 0; i < cTags; i++) {
		for (j = 0; j < sec->count; j++) {
			if (sec->lines[j].kind == L_PROP &&
			    PROP_ID(sec->lines[j].tag) == PROP_ID(tags[i])) {
				sec_remove_line(sec, j);
				break;
			}
		}
	}
	return finish_edit(svc, work, 0, error_r);
}

int mapisvc_set_default(struct mapisvc *svc, const char *service,
			bool is_default, const char **error_r)
{
	const char *display = mapisvc_service_display_name(svc, service);
	struct mapisvc *work;
	struct section *sec;
	int ret = 0;

	if (display == NULL) {
		return prof_error(error_r, -ENOENT, "%s: no service %s",
				  svc->name,
				  service != NULL ? service : "(null)");
	}
	if (mapisvc_service_is_default(svc, service) == is_default)
		return 0;
	ret = work_begin(svc, &work, error_r);
	if (ret < 0)
		return ret;
	if (is_default) {
		sec = need_list_section(work, SEC_DEFAULTS);
		ret = sec == NULL
			  ? -ENOMEM
			  : add_entry_text(sec, strcat3(service, "=", display));
	} else {
		remove_entry(work, SEC_DEFAULTS, service);
	}
	return finish_edit(svc, work, ret, error_r);
}

/* =============================== Files ================================ */

/* The catalog as a document type of atomicfile's. */
static int doc_create(const char *path, void **doc_r)
{
	return mapisvc_new(path, (struct mapisvc **)doc_r);
}

static int doc_parse(const char *path, const char *data, size_t size,
		     void **doc_r, const char **error_r)
{
	return mapisvc_parse(path, data, size, (struct mapisvc **)doc_r,
			     error_r);
}

static int doc_format(const void *doc, char **data_r, size_t *size_r)
{
	return mapisvc_format(doc, data_r, size_r);
}

static void doc_free(void *doc)
{
	struct mapisvc *svc = doc;

	mapisvc_free(&svc);
}

static const struct atomicfile_doc_type catalog_doc = {
    "catalog", doc_create, doc_parse, doc_format, doc_free};

int mapisvc_save(const struct mapisvc *svc, const char *path,
		 const char **error_r)
{
	return atomicfile_save_doc(path, &catalog_doc, svc, error_r);
}

_Static_assert(MAPISVC_NO_CHANGE == ATOMICFILE_NO_CHANGE,
	       "mapisvc's no-change result is atomicfile's");

struct edit_ctx {
	mapisvc_edit_fn *fn;
	void *context;
};

static int edit_cb(void *doc, void *context, const char **error_r)
{
	struct edit_ctx *ctx = context;

	return ctx->fn(doc, ctx->context, error_r);
}

int mapisvc_edit(const char *path, unsigned int flags, mapisvc_edit_fn *fn,
		 void *context, const char **error_r)
{
	struct edit_ctx ctx = {fn, context};

	if (fn == NULL)
		return prof_error(error_r, -EINVAL, "no edit callback given");
	return atomicfile_edit_doc(
	    path, &catalog_doc,
	    (flags & MAPISVC_CREATE) ? ATOMICFILE_DOC_CREATE : 0, edit_cb, &ctx,
	    error_r);
}
