/*
 * mapisvc_edit.c - the edits of the service catalog (mapisvc.h): adding
 * and removing services, providers and sections, setting and deleting
 * properties, the default services.
 *
 * Edits work on a copy (the catalog formatted and parsed again), change
 * lines of text there, then format and parse the copy once more: what the
 * writer produces is, by construction, a catalog the reader accepts.  Only
 * then does the copy replace the catalog's contents.  Catalogs are small
 * and edits rare, so the simplicity is worth the copying.
 */
#include "mapisvc_private.h"

#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include <mapix.h>

#include "alloc.h"
#include "array.h"
#include "profutil.h"

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
	mapisvc_clear(svc);
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
	l = mapisvc_insert_line(sec, at);
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
	sec = mapisvc_insert_section(svc, at);
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
	struct section *sec = mapisvc_find_section(svc, name);
	size_t at = 1;

	if (sec != NULL)
		return sec;
	if (strcmp(name, SEC_SERVICES) != 0) {
		sec = mapisvc_find_section(svc, SEC_SERVICES);
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

	ret = mapisvc_format_prop(&sb, NULL, pv, error_r);
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

		ret = mapisvc_format_prop(&sb, NULL, &props[i], error_r);
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
	if (mapisvc_is_list_section(p->name) ||
	    mapisvc_find_section(svc, p->name) != NULL) {
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
	ret = mapisvc_check_text("display name", display_name,
				 strlen(display_name), false, error_r);
	if (ret < 0)
		return ret;
	if (mapisvc_is_list_section(name) ||
	    mapisvc_service_display_name(svc, name) != NULL ||
	    mapisvc_find_section(svc, name) != NULL) {
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
	const struct section *services =
	    mapisvc_find_section(svc, SEC_SERVICES);
	size_t i, j;
	int pass;

	for (i = 0; services != NULL && i < services->count; i++) {
		const struct line *l = &services->lines[i];
		const struct section *sec;

		if (l->kind != L_ENTRY || strcasecmp(l->key, except) == 0)
			continue;
		sec = mapisvc_find_section(svc, l->key);
		for (pass = 0; pass < 2; pass++) {
			const struct line *list = mapisvc_find_line(
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
	struct section *sec = mapisvc_find_section(svc, name), *prev;
	size_t keep_from, i;

	if (sec == NULL)
		return 0;
	keep_from = entry_slot(sec);
	prev = sec - 1;
	for (i = keep_from; i < sec->count; i++) {
		struct line *l = mapisvc_insert_line(prev, prev->count);

		if (l == NULL)
			return -ENOMEM;
		*l = sec->lines[i];
		memset(&sec->lines[i], 0, sizeof(sec->lines[i]));
	}
	mapisvc_section_clear(sec);
	memmove(sec, sec + 1,
		(size_t)(&svc->secs[svc->count] - (sec + 1)) * sizeof(*sec));
	svc->count--;
	return 0;
}

static void remove_entry(struct mapisvc *svc, const char *list, const char *key)
{
	struct section *sec = mapisvc_find_section(svc, list);
	size_t i;

	for (i = 0; sec != NULL && i < sec->count; i++) {
		if (sec->lines[i].kind == L_ENTRY &&
		    strcasecmp(sec->lines[i].key, key) == 0) {
			mapisvc_remove_line(sec, i);
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
	ARRAY(char *) gone = ARRAY_INIT;
	char *copy;
	size_t i;
	int pass, ret;

	if (name == NULL || mapisvc_service_display_name(svc, name) == NULL) {
		return prof_error(error_r, -ENOENT, "%s: no service %s",
				  svc->name, name != NULL ? name : "(null)");
	}
	ret = work_begin(svc, &work, error_r);
	if (ret < 0)
		return ret;
	/* The sections only this service lists go with it. */
	sec = mapisvc_find_section(work, name);
	for (pass = 0; pass < 2 && ret == 0; pass++) {
		list = mapisvc_find_line(
		    sec, pass == 0 ? L_PROVIDERS : L_SECTIONS, NULL, 0);
		for (i = 0; list != NULL && i < list->nitems; i++) {
			if (section_referenced(work, list->items[i], name) ||
			    mapisvc_service_display_name(
				work, list->items[i]) != NULL)
				continue;
			copy = alloc_strdup(list->items[i]);
			if (copy == NULL || array_push(&gone, copy) < 0) {
				alloc_free(copy);
				ret = -ENOMEM;
				break;
			}
		}
	}
	if (ret == 0) {
		remove_entry(work, SEC_SERVICES, name);
		remove_entry(work, SEC_DEFAULTS, name);
		remove_entry(work, SEC_HELP, name);
		ret = remove_section(work, name);
	}
	for (i = 0; ret == 0 && i < array_count(&gone); i++)
		ret = remove_section(work, gone.v[i]);
	for (i = 0; i < array_count(&gone); i++)
		alloc_free(gone.v[i]);
	array_free(&gone);
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
	list = mapisvc_find_line(mapisvc_find_section(work, service),
				 L_PROVIDERS, NULL, 0);
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
	list = mapisvc_find_line(mapisvc_find_section(svc, service),
				 L_PROVIDERS, NULL, 0);
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
	list = mapisvc_find_line(mapisvc_find_section(work, service),
				 L_PROVIDERS, NULL, 0);
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
		sec = mapisvc_find_section(work, service);
		list = mapisvc_find_line(sec, L_SECTIONS, NULL, 0);
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
	if (section == NULL || mapisvc_is_list_section(section) ||
	    mapisvc_find_section(svc, section) == NULL) {
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
	sec = mapisvc_find_section(work, section);
	for (i = 0; ret == 0 && i < cValues; i++) {
		struct line *l =
		    mapisvc_find_line(sec, L_PROP, NULL, props[i].ulPropTag);

		if (l == NULL) {
			ret = add_prop_line(sec, &props[i], error_r);
		} else {
			struct strbuf sb = {0};
			char *text;
			size_t len;

			/* Keep the key's spelling when the tag is the same.
			 * Keep the leading space of an indented line. */
			sb_append(&sb, l->text, strspn(l->text, " \t"));
			ret = mapisvc_format_prop(
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
	sec = mapisvc_find_section(work, section);
	for (i = 0; i < cTags; i++) {
		for (j = 0; j < sec->count; j++) {
			if (sec->lines[j].kind == L_PROP &&
			    PROP_ID(sec->lines[j].tag) == PROP_ID(tags[i])) {
				mapisvc_remove_line(sec, j);
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
