/*
 * mapisvc.c - the service catalog (MAPISVC.INF) as a model of lines: the
 * model, the parser of lines, the writer, the look-ups that turn property
 * lines into SPropValue arrays, and the catalog as a file.  The format is
 * described in mapisvc.h; property values are read and written by
 * mapisvc_value.c, and the edits are mapisvc_edit.c's.
 *
 * A catalog is a list of sections, each a list of lines; section 0 holds
 * the lines before the first header and has no name.  Every line keeps its
 * text and line end, so formatting writes back exactly what was read.
 * Parsing classifies each line and checks every value once; look-ups parse
 * the values again into MAPI buffers (the same code, so they cannot fail
 * but for memory).
 */
#include "mapisvc.h"

#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include <mapix.h>

#include "alloc.h"
#include "atomicfile.h"
#include "mapisvc_private.h"
#include "profutil.h"
#include "utf8.h"
#include "tagname.h"

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

void mapisvc_section_clear(struct section *sec)
{
	size_t i;

	for (i = 0; i < sec->count; i++)
		line_clear(&sec->lines[i]);
	alloc_free(sec->lines);
	alloc_free(sec->name);
	memset(sec, 0, sizeof(*sec));
}

void mapisvc_clear(struct mapisvc *svc)
{
	size_t i;

	for (i = 0; i < svc->count; i++)
		mapisvc_section_clear(&svc->secs[i]);
	alloc_free(svc->secs);
	svc->secs = NULL;
	svc->count = svc->cap = 0;
}

void mapisvc_free(struct mapisvc **svc)
{
	if (svc == NULL || *svc == NULL)
		return;
	mapisvc_clear(*svc);
	alloc_free((*svc)->name);
	alloc_free(*svc);
	*svc = NULL;
}

/* Inserts a zeroed section at index at; returns it or NULL. */
struct section *mapisvc_insert_section(struct mapisvc *svc, size_t at)
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
struct line *mapisvc_insert_line(struct section *sec, size_t at)
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

void mapisvc_remove_line(struct section *sec, size_t at)
{
	line_clear(&sec->lines[at]);
	memmove(&sec->lines[at], &sec->lines[at + 1],
		(sec->count - at - 1) * sizeof(sec->lines[0]));
	sec->count--;
}

struct section *mapisvc_find_section(const struct mapisvc *svc,
				     const char *name)
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
struct line *mapisvc_find_line(const struct section *sec, enum line_kind kind,
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
	if (svc->name == NULL || mapisvc_insert_section(svc, 0) == NULL) {
		mapisvc_free(&svc);
		return -ENOMEM;
	}
	*svc_r = svc;
	return 0;
}

bool mapisvc_is_list_section(const char *name)
{
	return name != NULL && (strcasecmp(name, SEC_SERVICES) == 0 ||
				strcasecmp(name, SEC_DEFAULTS) == 0 ||
				strcasecmp(name, SEC_HELP) == 0);
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

		mapisvc_trim(&item, &ilen);
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
	char why[MAPISVC_WHY_SIZE];
	const char *msg;
	struct line *prev;
	int ret;

	if (mapisvc_is_list_section(sec->name)) {
		prev = mapisvc_find_line(sec, L_ENTRY, l->key, 0);
		ret = prof_check_section_name("service name", l->key, &msg);
		if (ret < 0)
			return perr(ps, l->lineno, -EBADMSG, "%s", msg);
		if (mapisvc_is_list_section(l->key)) {
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

		prev = mapisvc_find_line(sec, kind, NULL, 0);
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
		prev = mapisvc_find_line(sec, L_UID, NULL, 0);
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
	if (!mapisvc_key_is_property(l->key)) {
		l->kind = L_ENTRY; /* not ours: kept as it is */
		return 0;
	}
	if (mapisvc_key_tag(l->key, &l->tag) < 0) {
		return perr(ps, l->lineno, -EBADMSG,
			    "unknown property name %.80s", l->key);
	}
	if (!mapisvc_type_supported(PROP_TYPE(l->tag))) {
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
	prev = mapisvc_find_line(sec, L_PROP, NULL, l->tag);
	if (prev != NULL) {
		return perr(ps, l->lineno, -EBADMSG,
			    "%s: property 0x%04X given twice in [%s] (first on "
			    "line %u)",
			    l->key, (unsigned int)PROP_ID(l->tag), sec->name,
			    prev->lineno);
	}
	ret = mapisvc_check_value(l->tag, l->value, strlen(l->value), why);
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
	if (!utf8_valid(s, len))
		return perr(ps, lineno, -EBADMSG, "not valid UTF-8");

	mapisvc_trim(&t, &tlen);
	if (tlen > 0 && t[0] == '[') {
		struct section *sec, *dup;

		if (t[tlen - 1] != ']') {
			return perr(ps, lineno, -EBADMSG,
				    "malformed section header (no ']' at the "
				    "end)");
		}
		t++;
		tlen -= 2;
		mapisvc_trim(&t, &tlen);
		sec = mapisvc_insert_section(ps->svc, ps->svc->count);
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
		dup = mapisvc_find_section(ps->svc, sec->name);
		ps->svc->count++;
		if (dup != NULL) {
			return perr(ps, lineno, -EBADMSG,
				    "section [%s] appears twice (first on line "
				    "%u)",
				    sec->name, dup->lines[0].lineno);
		}
		ps->cur = sec;
		l = mapisvc_insert_line(sec, 0);
		if (l == NULL)
			return perr(ps, lineno, -ENOMEM, "-");
		l->kind = L_HEADER;
	} else {
		l = mapisvc_insert_line(ps->cur, ps->cur->count);
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

		mapisvc_trim(&k, &klen);
		mapisvc_trim(&v, &vlen);
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
	struct section *services = mapisvc_find_section(svc, SEC_SERVICES);
	struct section *defaults = mapisvc_find_section(svc, SEC_DEFAULTS);
	size_t i, j;

	for (i = 0; services != NULL && i < services->count; i++) {
		struct line *l = &services->lines[i], *list;
		struct section *sec;
		int pass;

		if (l->kind != L_ENTRY)
			continue;
		sec = mapisvc_find_section(svc, l->key);
		if (sec == NULL) {
			return perr(ps, l->lineno, -EBADMSG,
				    "service %s has no section [%s]", l->key,
				    l->key);
		}
		if (mapisvc_find_line(sec, L_PROVIDERS, NULL, 0) == NULL) {
			return perr(ps, sec->lines[0].lineno, -EBADMSG,
				    "service section [%s] has no Providers= "
				    "line",
				    sec->name);
		}
		for (pass = 0; pass < 2; pass++) {
			list = mapisvc_find_line(
			    sec, pass == 0 ? L_PROVIDERS : L_SECTIONS, NULL, 0);
			for (j = 0; list != NULL && j < list->nitems; j++) {
				struct section *ref =
				    mapisvc_find_section(svc, list->items[j]);

				if (ref == NULL) {
					return perr(ps, list->lineno, -EBADMSG,
						    "%s= names [%s], which is "
						    "missing",
						    list->key, list->items[j]);
				}
				if (ref == sec ||
				    mapisvc_is_list_section(ref->name)) {
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
		    mapisvc_find_line(services, L_ENTRY, l->key, 0) == NULL) {
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

/* ============================== Look-ups ============================== */

size_t mapisvc_service_count(const struct mapisvc *svc)
{
	const struct section *sec = mapisvc_find_section(svc, SEC_SERVICES);
	size_t i, n = 0;

	for (i = 0; sec != NULL && i < sec->count; i++)
		n += sec->lines[i].kind == L_ENTRY;
	return n;
}

const char *mapisvc_service_name(const struct mapisvc *svc, size_t idx)
{
	const struct section *sec = mapisvc_find_section(svc, SEC_SERVICES);
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
	l = mapisvc_find_line(mapisvc_find_section(svc, list), L_ENTRY, name,
			      0);
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
	return mapisvc_find_section(svc, name) != NULL;
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
	l = mapisvc_find_line(mapisvc_find_section(svc, name), kind, NULL, 0);
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
	const struct line *l = mapisvc_find_line(
	    mapisvc_find_section(svc, section), L_UID, NULL, 0);

	if (l == NULL)
		return -ENOENT;
	*uid_r = l->uid;
	return 0;
}

int mapisvc_section_props(const struct mapisvc *svc, const char *section,
			  ULONG *count_r, LPSPropValue *props_r,
			  const char **error_r)
{
	const struct section *sec = mapisvc_find_section(svc, section);
	char why[MAPISVC_WHY_SIZE];
	SPropValue *props;
	ULONG n = 0;
	size_t i;
	int ret;

	*count_r = 0;
	*props_r = NULL;
	if (sec == NULL || mapisvc_is_list_section(sec->name)) {
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
		ret = mapisvc_parse_value(l->tag, l->value, strlen(l->value),
					  &props[n], props, why);
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
	const struct section *sec = mapisvc_find_section(svc, section);
	const struct line *l;
	char why[MAPISVC_WHY_SIZE];
	SPropValue *pv;
	int ret;

	*prop_r = NULL;
	if (sec == NULL || mapisvc_is_list_section(sec->name))
		return -ENOENT;
	l = mapisvc_find_line(sec, L_PROP, NULL, tag);
	if (l == NULL)
		return -ENOENT;
	if (MAPIAllocateBuffer(sizeof(SPropValue), (void **)&pv) != S_OK)
		return -ENOMEM;
	ret = mapisvc_parse_value(l->tag, l->value, strlen(l->value), pv, pv,
				  why);
	if (ret < 0) {
		MAPIFreeBuffer(pv);
		return ret;
	}
	*prop_r = pv;
	return 0;
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
