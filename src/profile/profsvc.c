/*
 * profsvc.c - message services and providers inside a profile, and the
 * registry of service entries; see profsvc.h.
 */
#include "profsvc.h"

#include <errno.h>
#include <pthread.h>
#include <stdio.h>
#include <string.h>
#include <sys/random.h>

#include <edkmdb.h>
#include <mapitags.h>
#include <mapix.h>
#include <mapiutil.h>

#include "alloc.h"
#include "array.h"
#include "profroot.h"
#include "profutil.h"
#include "utf8.h"
#include "ustring.h"

/* ============================= Registry ============================== */

#define ENTRIES_MAX 32

static pthread_mutex_t entries_lock = PTHREAD_MUTEX_INITIALIZER;
static const struct profsvc_entry *entries[ENTRIES_MAX];
static size_t entries_count;
static bool builtins_done;

static void register_builtins_locked(void);
static const struct profsvc_entry server_entry, local_entry;

int profsvc_entry_register(const struct profsvc_entry *entry)
{
	size_t i;
	int ret = 0;

	if (entry == NULL || entry->version != PROFSVC_ENTRY_VERSION ||
	    entry->name == NULL || entry->name[0] == '\0' ||
	    entry->configure == NULL)
		return -EINVAL;
	pthread_mutex_lock(&entries_lock);
	register_builtins_locked();
	for (i = 0; i < entries_count; i++) {
		if (strcmp(entries[i]->name, entry->name) != 0)
			continue;
		/* A layer above may extend one of the built-in entries. */
		if (entries[i] == &server_entry || entries[i] == &local_entry)
			entries[i] = entry;
		else
			ret = -EEXIST;
		pthread_mutex_unlock(&entries_lock);
		return ret;
	}
	if (ret == 0 && entries_count == ENTRIES_MAX)
		ret = -ENOSPC;
	if (ret == 0)
		entries[entries_count++] = entry;
	pthread_mutex_unlock(&entries_lock);
	return ret;
}

const struct profsvc_entry *profsvc_entry_find(const char *name)
{
	const struct profsvc_entry *found = NULL;
	size_t i;

	pthread_mutex_lock(&entries_lock);
	register_builtins_locked();
	for (i = 0; i < entries_count; i++) {
		if (strcmp(entries[i]->name, name) == 0)
			found = entries[i];
	}
	pthread_mutex_unlock(&entries_lock);
	return found;
}

/* ============================= Helpers =============================== */

static int random_uid(MAPIUID *uid, const char **error_r)
{
	if (getrandom(uid->ab, sizeof(uid->ab), 0) != (ssize_t)sizeof(uid->ab))
		return prof_error(error_r, -EIO, "no random numbers for a UID");
	return 0;
}

/* The binary property tag of section as a MAPIUID, or -ENOENT. */
static int get_uid_prop(const struct proffile *pf, const MAPIUID *section,
			ULONG tag, MAPIUID *uid_r)
{
	LPSPropValue prop = NULL;
	int ret = proffile_get_prop(pf, section, tag, &prop);

	if (ret == 0) {
		if (PROP_TYPE(prop->ulPropTag) == PT_BINARY &&
		    prop->Value.bin.cb == sizeof(MAPIUID))
			memcpy(uid_r, prop->Value.bin.lpb, sizeof(MAPIUID));
		else
			ret = -ENOENT;
		MAPIFreeBuffer(prop);
	}
	return ret;
}

/* True when section's tag holds the UID uid. */
static bool has_uid(const struct proffile *pf, const MAPIUID *section,
		    ULONG tag, const MAPIUID *uid)
{
	MAPIUID got;

	return get_uid_prop(pf, section, tag, &got) == 0 &&
	       memcmp(&got, uid, sizeof(got)) == 0;
}

bool profsvc_exists(const struct proffile *pf, const MAPIUID *service)
{
	return has_uid(pf, service, PR_SERVICE_UID, service);
}

static bool is_provider(const struct proffile *pf, const MAPIUID *section)
{
	return has_uid(pf, section, PR_PROVIDER_UID, section);
}

static LONG get_long(const struct proffile *pf, const MAPIUID *section,
		     ULONG tag, LONG fallback)
{
	LPSPropValue prop = NULL;
	LONG value = fallback;

	if (proffile_get_prop(pf, section, tag, &prop) == 0) {
		if (PROP_TYPE(prop->ulPropTag) == PT_LONG)
			value = prop->Value.l;
		MAPIFreeBuffer(prop);
	}
	return value;
}

/* A copy of an 8-bit string property (alloc_malloc), or NULL. */
static char *get_string(const struct proffile *pf, const MAPIUID *section,
			ULONG tag)
{
	LPSPropValue prop = NULL;
	char *s = NULL;

	if (proffile_get_prop(pf, section, tag, &prop) == 0) {
		if (PROP_TYPE(prop->ulPropTag) == PT_STRING8)
			s = alloc_strdup(prop->Value.lpszA);
		MAPIFreeBuffer(prop);
	}
	return s;
}

/*
 * A list of UIDs kept as one binary property (PR_SERVICES and the like).
 * Returns 0 with an alloc_malloc()ed array (NULL for none), or -ENOMEM.
 */
static int uid_list_get(const struct proffile *pf, const MAPIUID *section,
			ULONG tag, MAPIUID **list_r, size_t *count_r)
{
	LPSPropValue prop = NULL;
	size_t n = 0;

	*list_r = NULL;
	if (proffile_get_prop(pf, section, tag, &prop) == 0) {
		n = PROP_TYPE(prop->ulPropTag) == PT_BINARY
			? prop->Value.bin.cb / sizeof(MAPIUID)
			: 0;
		if (n > 0) {
			*list_r = alloc_malloc(n * sizeof(MAPIUID));
			if (*list_r == NULL) {
				MAPIFreeBuffer(prop);
				return -ENOMEM;
			}
			memcpy(*list_r, prop->Value.bin.lpb,
			       n * sizeof(MAPIUID));
		}
		MAPIFreeBuffer(prop);
	}
	*count_r = n;
	return 0;
}

static int uid_list_set(struct proffile *pf, const MAPIUID *section, ULONG tag,
			const MAPIUID *list, size_t count, const char **error_r)
{
	SPropValue prop;

	if (count == 0) {
		proffile_delete_props(pf, section, 1, &tag);
		return 0;
	}
	prop.ulPropTag = tag;
	prop.Value.bin.cb = (ULONG)(count * sizeof(MAPIUID));
	prop.Value.bin.lpb = (LPBYTE)list;
	return proffile_set_props(pf, section, 1, &prop, error_r);
}

/* Adds uid to (add) or removes it from a UID list. */
static int uid_list_edit(struct proffile *pf, const MAPIUID *section, ULONG tag,
			 const MAPIUID *uid, bool add, const char **error_r)
{
	ARRAY(MAPIUID) kept = ARRAY_INIT;
	MAPIUID *list;
	size_t count, i;
	int ret;

	ret = uid_list_get(pf, section, tag, &list, &count);
	if (ret == 0 && array_reserve(&kept, count + 1) < 0)
		ret = -ENOMEM;
	for (i = 0; ret == 0 && i < count; i++) {
		if (memcmp(&list[i], uid, sizeof(*uid)) != 0)
			array_push_reserved(&kept, list[i]);
	}
	alloc_free(list);
	if (ret < 0) {
		array_free(&kept);
		return prof_error(error_r, ret, "out of memory");
	}
	if (add)
		array_push_reserved(&kept, *uid);
	ret =
	    uid_list_set(pf, section, tag, kept.v, array_count(&kept), error_r);
	array_free(&kept);
	return ret;
}

/* Copies the catalog section's property lines into the profile section. */
static int copy_catalog_props(struct proffile *pf, const MAPIUID *uid,
			      const struct mapisvc *catalog,
			      const char *section, const char **error_r)
{
	LPSPropValue props = NULL;
	ULONG count = 0;
	int ret;

	ret = mapisvc_section_props(catalog, section, &count, &props, error_r);
	if (ret < 0)
		return ret;
	ret = proffile_set_props(pf, uid, count, props, error_r);
	MAPIFreeBuffer(props);
	return ret;
}

/* The number of providers in the profile (for new ordinals). */
static LONG provider_count(const struct proffile *pf)
{
	size_t i, n = proffile_section_count(pf);
	LONG count = 0;

	for (i = 0; i < n; i++)
		count += is_provider(pf, proffile_section_uid(pf, i));
	return count;
}

/* Adds one provider section for the service from the catalog. */
static int add_provider(struct proffile *pf, const struct mapisvc *catalog,
			const MAPIUID *service, const char *service_name,
			const char *provider, ULONG cValues,
			const SPropValue *extra, MAPIUID *uid_r,
			const char **error_r)
{
	SPropValue props[4];
	MAPIUID uid;
	int ret;

	if (!mapisvc_has_section(catalog, provider))
		return prof_error(error_r, -ENOENT,
				  "the catalog has no provider section '%s'",
				  provider);
	ret = random_uid(&uid, error_r);
	if (ret == 0)
		ret = proffile_add_section(pf, &uid);
	if (ret < 0)
		return prof_error(error_r, ret,
				  "cannot add a provider section");
	props[0].ulPropTag = PR_SERVICE_UID;
	props[0].Value.bin.cb = sizeof(*service);
	props[0].Value.bin.lpb = (LPBYTE)service->ab;
	props[1].ulPropTag = PR_PROVIDER_UID;
	props[1].Value.bin.cb = sizeof(uid);
	props[1].Value.bin.lpb = uid.ab;
	props[2].ulPropTag = PR_SERVICE_NAME_A;
	props[2].Value.lpszA = (LPSTR)service_name;
	props[3].ulPropTag = PR_PROVIDER_ORDINAL;
	props[3].Value.l = provider_count(pf);
	ret = copy_catalog_props(pf, &uid, catalog, provider, error_r);
	if (ret == 0 && cValues > 0)
		ret = proffile_set_props(pf, &uid, cValues, extra, error_r);
	if (ret == 0)
		ret = proffile_set_props(pf, &uid, 4, props, error_r);
	if (ret == 0 &&
	    get_long(pf, &uid, PR_RESOURCE_TYPE, 0) == MAPI_TRANSPORT_PROVIDER)
		ret =
		    uid_list_edit(pf, &profroot_profile_section,
				  PR_TRANSPORT_PROVIDERS, &uid, true, error_r);
	if (ret == 0 && uid_r != NULL)
		*uid_r = uid;
	return ret;
}

/* ============================= Services ============================== */

/* True when the profile has a service named name already. */
static bool has_service_named(const struct proffile *pf, const char *name)
{
	size_t i, n = proffile_section_count(pf);
	bool found = false;

	for (i = 0; i < n && !found; i++) {
		const MAPIUID *uid = proffile_section_uid(pf, i);
		char *s;

		if (!profsvc_exists(pf, uid))
			continue;
		s = get_string(pf, uid, PR_SERVICE_NAME_A);
		found = s != NULL && strcmp(s, name) == 0;
		alloc_free(s);
	}
	return found;
}

int profsvc_create(struct proffile *pf, const struct mapisvc *catalog,
		   const char *service, const char *display_name,
		   MAPIUID *uid_r, const char **error_r)
{
	const char *const *names;
	const char *display;
	SPropValue props[3];
	MAPIUID uid, extra;
	size_t count, i;
	int ret;

	display = mapisvc_service_display_name(catalog, service);
	if (display == NULL)
		return prof_error(error_r, -ENOENT,
				  "the service catalog has no service '%s'",
				  service);
	if (display_name != NULL && display_name[0] != '\0')
		display = display_name;
	ret = random_uid(&uid, error_r);
	if (ret < 0)
		return ret;
	ret = proffile_add_section(pf, &uid);
	if (ret == 0)
		ret = copy_catalog_props(pf, &uid, catalog, service, error_r);
	else
		prof_error(error_r, ret, "cannot add a service section");
	if (ret == 0 &&
	    (get_long(pf, &uid, PR_RESOURCE_FLAGS, 0) & SERVICE_SINGLE_COPY) &&
	    has_service_named(pf, service))
		ret = prof_error(error_r, -EEXIST,
				 "service '%s' may appear once in a profile "
				 "(SERVICE_SINGLE_COPY)",
				 service);
	props[0].ulPropTag = PR_SERVICE_UID;
	props[0].Value.bin.cb = sizeof(uid);
	props[0].Value.bin.lpb = uid.ab;
	props[1].ulPropTag = PR_SERVICE_NAME_A;
	props[1].Value.lpszA = (LPSTR)service;
	props[2].ulPropTag = PR_DISPLAY_NAME_A;
	props[2].Value.lpszA = (LPSTR)display;
	if (ret == 0)
		ret = proffile_set_props(pf, &uid, 3, props, error_r);
	if (ret == 0)
		ret =
		    mapisvc_service_providers(catalog, service, &names, &count);
	for (i = 0; ret == 0 && i < count; i++)
		ret = add_provider(pf, catalog, &uid, service, names[i], 0,
				   NULL, NULL, error_r);
	if (ret == 0)
		ret =
		    mapisvc_service_sections(catalog, service, &names, &count);
	for (i = 0; ret == 0 && i < count; i++) {
		if (mapisvc_section_uid(catalog, names[i], &extra) < 0)
			ret = random_uid(&extra, error_r);
		if (ret == 0 && !proffile_has_section(pf, &extra))
			ret = proffile_add_section(pf, &extra);
		if (ret == 0)
			ret = copy_catalog_props(pf, &extra, catalog, names[i],
						 error_r);
		if (ret == 0)
			ret = proffile_set_props(pf, &extra, 1, &props[0],
						 error_r);
		if (ret == 0)
			ret = uid_list_edit(pf, &uid, PR_SERVICE_EXTRA_UIDS,
					    &extra, true, error_r);
	}
	if (ret == 0)
		ret = uid_list_edit(pf, &profroot_profile_section, PR_SERVICES,
				    &uid, true, error_r);
	if (ret == 0 && uid_r != NULL)
		*uid_r = uid;
	/* The caller abandons the edit on failure: no half service stays. */
	return ret;
}

static int no_service(const MAPIUID *service, const char **error_r)
{
	char hex[2 * sizeof(MAPIUID) + 1];
	size_t i;

	for (i = 0; i < sizeof(MAPIUID); i++)
		snprintf(hex + 2 * i, 3, "%02X", service->ab[i]);
	return prof_error(error_r, -ENOENT, "the profile has no service %s",
			  hex);
}

int profsvc_delete(struct proffile *pf, const MAPIUID *service,
		   const char **error_r)
{
	MAPIUID *extras = NULL, *doomed;
	size_t n_extras = 0, i, n, ndoomed = 0;
	int ret;

	if (!profsvc_exists(pf, service))
		return no_service(service, error_r);
	ret = uid_list_get(pf, service, PR_SERVICE_EXTRA_UIDS, &extras,
			   &n_extras);
	n = proffile_section_count(pf);
	doomed = alloc_malloc((n + 1) * sizeof(MAPIUID));
	if (ret < 0 || doomed == NULL) {
		alloc_free(extras);
		alloc_free(doomed);
		return prof_error(error_r, -ENOMEM, "out of memory");
	}
	/* Collect first: deleting sections moves the indexes. */
	for (i = 0; i < n; i++) {
		const MAPIUID *uid = proffile_section_uid(pf, i);

		if (has_uid(pf, uid, PR_SERVICE_UID, service))
			doomed[ndoomed++] = *uid;
	}
	for (i = 0; ret == 0 && i < ndoomed; i++) {
		if (is_provider(pf, &doomed[i]))
			ret = uid_list_edit(pf, &profroot_profile_section,
					    PR_TRANSPORT_PROVIDERS, &doomed[i],
					    false, error_r);
		if (ret == 0)
			proffile_delete_section(pf, &doomed[i]);
	}
	for (i = 0; ret == 0 && i < n_extras; i++)
		proffile_delete_section(pf, &extras[i]);
	if (ret == 0)
		ret = uid_list_edit(pf, &profroot_profile_section, PR_SERVICES,
				    service, false, error_r);
	alloc_free(extras);
	alloc_free(doomed);
	return ret;
}

int profsvc_rename(struct proffile *pf, const MAPIUID *service,
		   const char *display_name, const char **error_r)
{
	SPropValue prop;

	if (!profsvc_exists(pf, service))
		return no_service(service, error_r);
	if (display_name == NULL || display_name[0] == '\0')
		return prof_error(error_r, -EINVAL,
				  "the display name is empty");
	prop.ulPropTag = PR_DISPLAY_NAME_A;
	prop.Value.lpszA = (LPSTR)display_name;
	return proffile_set_props(pf, service, 1, &prop, error_r);
}

/* Copies every property of section from in src to to in dst. */
static int copy_section(const struct proffile *src, const MAPIUID *from,
			struct proffile *dst, const MAPIUID *to,
			const char **error_r)
{
	LPSPropValue props = NULL;
	ULONG count = 0;
	int ret;

	ret = proffile_get_props(src, from, &count, &props);
	if (ret < 0)
		return prof_error(error_r, ret, "cannot read a section");
	if (!proffile_has_section(dst, to))
		ret = proffile_add_section(dst, to);
	if (ret == 0)
		ret = proffile_set_props(dst, to, count, props, error_r);
	MAPIFreeBuffer(props);
	return ret;
}

int profsvc_copy(const struct proffile *src, const MAPIUID *service,
		 struct proffile *dst, const char *display_name, MAPIUID *uid_r,
		 const char **error_r)
{
	MAPIUID uid, fresh, *sections = NULL;
	size_t i, n = proffile_section_count(src), count = 0;
	SPropValue props[3];
	char *name;
	int ret;

	if (!profsvc_exists(src, service))
		return no_service(service, error_r);
	name = get_string(src, service, PR_SERVICE_NAME_A);
	if (name != NULL && src != dst &&
	    (get_long(src, service, PR_RESOURCE_FLAGS, 0) &
	     SERVICE_SINGLE_COPY) &&
	    has_service_named(dst, name)) {
		alloc_free(name);
		return prof_error(error_r, -EEXIST,
				  "the target profile has this single-copy "
				  "service already");
	}
	alloc_free(name);
	sections = alloc_malloc((n + 1) * sizeof(MAPIUID));
	if (sections == NULL)
		return prof_error(error_r, -ENOMEM, "out of memory");
	for (i = 0; i < n; i++) {
		const MAPIUID *s = proffile_section_uid(src, i);

		if (memcmp(s, service, sizeof(*s)) != 0 &&
		    has_uid(src, s, PR_SERVICE_UID, service))
			sections[count++] = *s;
	}
	ret = random_uid(&uid, error_r);
	if (ret == 0)
		ret = copy_section(src, service, dst, &uid, error_r);
	props[0].ulPropTag = PR_SERVICE_UID;
	props[0].Value.bin.cb = sizeof(uid);
	props[0].Value.bin.lpb = uid.ab;
	props[1].ulPropTag = PR_PROVIDER_UID;
	props[1].Value.bin.cb = sizeof(fresh);
	props[1].Value.bin.lpb = fresh.ab;
	if (ret == 0)
		ret = proffile_set_props(dst, &uid, 1, props, error_r);
	if (ret == 0)
		ret = uid_list_set(dst, &uid, PR_SERVICE_EXTRA_UIDS, NULL, 0,
				   error_r);
	for (i = 0; ret == 0 && i < count; i++) {
		bool provider = is_provider(src, &sections[i]);

		/* Extra sections with a catalog UID keep it. */
		if (provider || dst != src)
			ret = random_uid(&fresh, error_r);
		if (ret == 0 && !provider && dst == src)
			continue;
		if (ret == 0 && !provider)
			fresh = sections[i];
		if (ret == 0)
			ret = copy_section(src, &sections[i], dst, &fresh,
					   error_r);
		if (ret == 0)
			ret = proffile_set_props(dst, &fresh, provider ? 2 : 1,
						 props, error_r);
		if (ret == 0 && !provider)
			ret = uid_list_edit(dst, &uid, PR_SERVICE_EXTRA_UIDS,
					    &fresh, true, error_r);
		if (ret == 0 && provider &&
		    get_long(dst, &fresh, PR_RESOURCE_TYPE, 0) ==
			MAPI_TRANSPORT_PROVIDER)
			ret = uid_list_edit(dst, &profroot_profile_section,
					    PR_TRANSPORT_PROVIDERS, &fresh,
					    true, error_r);
	}
	if (ret == 0 && display_name != NULL && display_name[0] != '\0')
		ret = profsvc_rename(dst, &uid, display_name, error_r);
	if (ret == 0)
		ret = uid_list_edit(dst, &profroot_profile_section, PR_SERVICES,
				    &uid, true, error_r);
	if (ret == 0 && uid_r != NULL)
		*uid_r = uid;
	alloc_free(sections);
	return ret;
}

/* Sets props on the service section and on each of its providers. */
static int configure_everywhere(struct proffile *pf, const MAPIUID *service,
				ULONG cValues, const SPropValue *props,
				const char **error_r)
{
	size_t i, n = proffile_section_count(pf);
	MAPIUID *providers;
	size_t count = 0;
	int ret;

	providers = alloc_malloc((n + 1) * sizeof(MAPIUID));
	if (providers == NULL)
		return prof_error(error_r, -ENOMEM, "out of memory");
	for (i = 0; i < n; i++) {
		const MAPIUID *s = proffile_section_uid(pf, i);

		if (is_provider(pf, s) &&
		    has_uid(pf, s, PR_SERVICE_UID, service))
			providers[count++] = *s;
	}
	ret = proffile_set_props(pf, service, cValues, props, error_r);
	for (i = 0; ret == 0 && i < count; i++)
		ret = proffile_set_props(pf, &providers[i], cValues, props,
					 error_r);
	alloc_free(providers);
	return ret;
}

/* Tags a service's configuration may not change: the layout's own. */
static bool reserved_tag(ULONG tag)
{
	switch (PROP_ID(tag)) {
	case PROP_ID(PR_SERVICE_UID):
	case PROP_ID(PR_PROVIDER_UID):
	case PROP_ID(PR_SERVICE_NAME):
	case PROP_ID(PR_SERVICE_EXTRA_UIDS):
	case PROP_ID(PR_PROVIDER_ORDINAL):
		return true;
	}
	return false;
}

int profsvc_configure(struct proffile *pf, const MAPIUID *service,
		      ULONG cValues, const SPropValue *props,
		      const char **error_r)
{
	const struct profsvc_entry *entry;
	char *entry_name;
	ULONG i;
	int ret;

	if (!profsvc_exists(pf, service))
		return no_service(service, error_r);
	if (cValues > 0 && props == NULL)
		return prof_error(error_r, -EINVAL, "no properties given");
	for (i = 0; i < cValues; i++) {
		if (reserved_tag(props[i].ulPropTag))
			return prof_error(error_r, -EINVAL,
					  "property 0x%08X belongs to the "
					  "profile's layout and cannot be "
					  "configured",
					  (unsigned)props[i].ulPropTag);
	}
	entry_name = get_string(pf, service, PR_SERVICE_ENTRY_NAME);
	entry = entry_name == NULL ? NULL : profsvc_entry_find(entry_name);
	alloc_free(entry_name);
	if (entry != NULL)
		ret = entry->configure(pf, service, cValues, props, error_r);
	else
		ret =
		    configure_everywhere(pf, service, cValues, props, error_r);
	return ret;
}

/* The profile's transport providers, in section order. */
static int transports(const struct proffile *pf, MAPIUID **list_r,
		      size_t *count_r)
{
	size_t i, n = proffile_section_count(pf), count = 0;
	MAPIUID *list = alloc_malloc((n + 1) * sizeof(MAPIUID));

	if (list == NULL)
		return -ENOMEM;
	for (i = 0; i < n; i++) {
		const MAPIUID *s = proffile_section_uid(pf, i);

		if (is_provider(pf, s) &&
		    get_long(pf, s, PR_RESOURCE_TYPE, 0) ==
			MAPI_TRANSPORT_PROVIDER)
			list[count++] = *s;
	}
	*list_r = list;
	*count_r = count;
	return 0;
}

int profsvc_transport_order(struct proffile *pf, ULONG count,
			    const MAPIUID *uids, const char **error_r)
{
	MAPIUID *have;
	size_t n, i, j;
	SPropValue prop;
	int ret;

	if (count > 0 && uids == NULL)
		return prof_error(error_r, -EINVAL, "no UIDs given");
	if (transports(pf, &have, &n) < 0)
		return prof_error(error_r, -ENOMEM, "out of memory");
	ret = count == n ? 0
			 : prof_error(error_r, -EINVAL,
				      "%lu UIDs given, the profile has %zu "
				      "transport providers",
				      (unsigned long)count, n);
	for (i = 0; ret == 0 && i < count; i++) {
		for (j = 0; j < n; j++) {
			if (memcmp(&have[j], &uids[i], sizeof(MAPIUID)) == 0)
				break;
		}
		if (j == n)
			ret = prof_error(error_r, -ENOENT,
					 "UID %lu is no transport provider "
					 "of the profile",
					 (unsigned long)i);
		for (j = 0; ret == 0 && j < i; j++) {
			if (memcmp(&uids[j], &uids[i], sizeof(MAPIUID)) == 0)
				ret = prof_error(error_r, -EINVAL,
						 "UID %lu is given twice",
						 (unsigned long)i);
		}
	}
	alloc_free(have);
	for (i = 0; ret == 0 && i < count; i++) {
		prop.ulPropTag = PR_PROVIDER_ORDINAL;
		prop.Value.l = (LONG)i;
		ret = proffile_set_props(pf, &uids[i], 1, &prop, error_r);
	}
	if (ret == 0)
		ret =
		    uid_list_set(pf, &profroot_profile_section,
				 PR_TRANSPORT_PROVIDERS, uids, count, error_r);
	return ret;
}

/* Sets or clears bits of PR_RESOURCE_FLAGS in a section. */
static int edit_flags(struct proffile *pf, const MAPIUID *section, LONG set,
		      LONG clear, const char **error_r)
{
	SPropValue prop;

	prop.ulPropTag = PR_RESOURCE_FLAGS;
	prop.Value.l =
	    (get_long(pf, section, PR_RESOURCE_FLAGS, 0) & ~clear) | set;
	return proffile_set_props(pf, section, 1, &prop, error_r);
}

int profsvc_set_primary_identity(struct proffile *pf, const MAPIUID *service,
				 const char **error_r)
{
	size_t i, n = proffile_section_count(pf);
	int ret = 0;

	if (service != NULL) {
		if (!profsvc_exists(pf, service))
			return no_service(service, error_r);
		if (get_long(pf, service, PR_RESOURCE_FLAGS, 0) &
		    SERVICE_NO_PRIMARY_IDENTITY)
			return prof_error(error_r, -EPERM,
					  "the service cannot be the primary "
					  "identity "
					  "(SERVICE_NO_PRIMARY_IDENTITY)");
	}
	for (i = 0; ret == 0 && i < n; i++) {
		MAPIUID s = *proffile_section_uid(pf, i);
		bool mine =
		    service != NULL && has_uid(pf, &s, PR_SERVICE_UID, service);

		if (profsvc_exists(pf, &s))
			ret =
			    mine
				? edit_flags(pf, &s, SERVICE_PRIMARY_IDENTITY,
					     0, error_r)
				: edit_flags(pf, &s, 0,
					     SERVICE_PRIMARY_IDENTITY, error_r);
		else if (is_provider(pf, &s))
			ret =
			    mine ? edit_flags(pf, &s, STATUS_PRIMARY_IDENTITY,
					      0, error_r)
				 : edit_flags(pf, &s, 0,
					      STATUS_PRIMARY_IDENTITY, error_r);
	}
	return ret;
}

/* ============================= Providers ============================= */

int profsvc_create_provider(struct proffile *pf, const struct mapisvc *catalog,
			    const MAPIUID *service, const char *provider,
			    ULONG cValues, const SPropValue *props,
			    MAPIUID *uid_r, const char **error_r)
{
	char *name;
	ULONG i;
	int ret;

	if (!profsvc_exists(pf, service))
		return no_service(service, error_r);
	for (i = 0; i < cValues; i++) {
		if (reserved_tag(props[i].ulPropTag))
			return prof_error(error_r, -EINVAL,
					  "property 0x%08X belongs to the "
					  "profile's layout",
					  (unsigned)props[i].ulPropTag);
	}
	name = get_string(pf, service, PR_SERVICE_NAME_A);
	if (name == NULL)
		return prof_error(error_r, -ENOMEM, "out of memory");
	ret = add_provider(pf, catalog, service, name, provider, cValues, props,
			   uid_r, error_r);
	alloc_free(name);
	return ret;
}

int profsvc_delete_provider(struct proffile *pf, const MAPIUID *service,
			    const MAPIUID *provider, const char **error_r)
{
	int ret;

	if (!is_provider(pf, provider) ||
	    !has_uid(pf, provider, PR_SERVICE_UID, service))
		return prof_error(error_r, -ENOENT,
				  "the service has no such provider");
	ret = uid_list_edit(pf, &profroot_profile_section,
			    PR_TRANSPORT_PROVIDERS, provider, false, error_r);
	if (ret == 0)
		proffile_delete_section(pf, provider);
	return ret;
}

/* ============================== Tables =============================== */

/* One row: every property of the section, and PR_INSTANCE_KEY = its UID. */
static int section_row(const struct proffile *pf, const MAPIUID *section,
		       SRow *row)
{
	LPSPropValue props = NULL, out = NULL;
	ULONG count = 0, i;
	int ret = proffile_get_props(pf, section, &count, &props);

	if (ret < 0)
		return ret;
	if (MAPIAllocateBuffer((count + 1) * sizeof(SPropValue),
			       (LPVOID *)&out) != S_OK) {
		MAPIFreeBuffer(props);
		return -ENOMEM;
	}
	for (i = 0; i < count && ret == 0; i++) {
		if (PropCopyMore(&out[i], &props[i], MAPIAllocateMore, out) !=
		    S_OK)
			ret = -ENOMEM;
	}
	out[count].ulPropTag = PR_INSTANCE_KEY;
	out[count].Value.bin.cb = sizeof(MAPIUID);
	if (ret == 0 &&
	    MAPIAllocateMore(sizeof(MAPIUID), out,
			     (LPVOID *)&out[count].Value.bin.lpb) != S_OK)
		ret = -ENOMEM;
	if (ret == 0)
		memcpy(out[count].Value.bin.lpb, section, sizeof(MAPIUID));
	MAPIFreeBuffer(props);
	if (ret < 0) {
		MAPIFreeBuffer(out);
		return ret;
	}
	row->ulAdrEntryPad = 0;
	row->cValues = count + 1;
	row->lpProps = out;
	return 0;
}

/* Rows of the sections for which keep() holds, in the order of uids. */
static int rows_of(const struct proffile *pf, const MAPIUID *uids, size_t count,
		   LPSRowSet *rows_r)
{
	LPSRowSet rows = NULL;
	size_t i;
	int ret = 0;

	if (MAPIAllocateBuffer(CbNewSRowSet(count == 0 ? 1 : count),
			       (LPVOID *)&rows) != S_OK)
		return -ENOMEM;
	rows->cRows = 0;
	for (i = 0; i < count && ret == 0; i++) {
		ret = section_row(pf, &uids[i], &rows->aRow[rows->cRows]);
		if (ret == 0)
			rows->cRows++;
	}
	if (ret < 0) {
		FreeProws(rows);
		return ret;
	}
	*rows_r = rows;
	return 0;
}

int profsvc_service_rows(const struct proffile *pf, LPSRowSet *rows_r)
{
	MAPIUID *list, *live;
	size_t count, i, n = 0;
	int ret;

	ret = uid_list_get(pf, &profroot_profile_section, PR_SERVICES, &list,
			   &count);
	if (ret < 0)
		return ret;
	live = alloc_malloc((count + 1) * sizeof(MAPIUID));
	if (live == NULL) {
		alloc_free(list);
		return -ENOMEM;
	}
	for (i = 0; i < count; i++) {
		if (profsvc_exists(pf, &list[i]))
			live[n++] = list[i];
	}
	ret = rows_of(pf, live, n, rows_r);
	alloc_free(list);
	alloc_free(live);
	return ret;
}

int profsvc_provider_rows(const struct proffile *pf, const MAPIUID *service,
			  LPSRowSet *rows_r)
{
	size_t i, n = proffile_section_count(pf), count = 0, t, ntrans = 0;
	MAPIUID *list, *order = NULL;
	int ret;

	list = alloc_malloc((n + 1) * sizeof(MAPIUID));
	if (list == NULL)
		return -ENOMEM;
	/* Transports first in transport order, then the others. */
	if (service == NULL) {
		ret = uid_list_get(pf, &profroot_profile_section,
				   PR_TRANSPORT_PROVIDERS, &order, &ntrans);
		if (ret < 0) {
			alloc_free(list);
			return ret;
		}
		for (t = 0; t < ntrans; t++) {
			if (is_provider(pf, &order[t]))
				list[count++] = order[t];
		}
	}
	for (i = 0; i < n; i++) {
		const MAPIUID *s = proffile_section_uid(pf, i);
		bool listed = false;

		if (!is_provider(pf, s))
			continue;
		if (service != NULL && !has_uid(pf, s, PR_SERVICE_UID, service))
			continue;
		for (t = 0; t < ntrans; t++)
			listed =
			    listed || memcmp(&order[t], s, sizeof(*s)) == 0;
		if (!listed)
			list[count++] = *s;
	}
	ret = rows_of(pf, list, count, rows_r);
	alloc_free(order);
	alloc_free(list);
	return ret;
}

/* ========================== mapix's services ========================= */

/* An 8-bit copy of a string property given in either width, or NULL. */
static char *string_value(const SPropValue *prop)
{
	ULONG type = PROP_TYPE(prop->ulPropTag);
	char *s = NULL;

	if ((type != PT_STRING8 && type != PT_UNICODE) ||
	    prop->Value.lpszA == NULL)
		return NULL;
	utf8_from_tstr(type == PT_UNICODE ? (const void *)prop->Value.lpszW
					  : prop->Value.lpszA,
		       type == PT_UNICODE, UTF_REJECT, &s);
	return s;
}

/*
 * Stores the settings of a mapix service: the string properties in
 * wanted (by ID) must be present and pass check; everything given is
 * stored on the service and its providers (strings as 8-bit), and also in
 * the section global when it is not NULL and the profile has it.
 */
static int
configure_mapix(struct proffile *pf, const MAPIUID *service, ULONG cValues,
		const SPropValue *props, const ULONG *wanted, size_t nwanted,
		int (*check)(ULONG id, const char *value, const char **error_r),
		const MAPIUID *global, const char **error_r)
{
	LPSPropValue copy = NULL;
	char **strings;
	ULONG i;
	size_t w;
	int ret = 0;

	strings = alloc_calloc(cValues + 1, sizeof(*strings));
	if (strings == NULL ||
	    MAPIAllocateBuffer((cValues + 1) * sizeof(SPropValue),
			       (LPVOID *)&copy) != S_OK) {
		alloc_free(strings);
		return prof_error(error_r, -ENOMEM, "out of memory");
	}
	for (i = 0; i < cValues && ret == 0; i++) {
		copy[i] = props[i];
		if (PROP_TYPE(props[i].ulPropTag) != PT_UNICODE)
			continue;
		strings[i] = string_value(&props[i]);
		if (strings[i] == NULL)
			ret = prof_error(error_r, -EINVAL,
					 "property 0x%08X is not a valid "
					 "string",
					 (unsigned)props[i].ulPropTag);
		copy[i].ulPropTag =
		    CHANGE_PROP_TYPE(props[i].ulPropTag, PT_STRING8);
		copy[i].Value.lpszA = strings[i];
	}
	for (w = 0; w < nwanted && ret == 0; w++) {
		const char *value = NULL;

		for (i = 0; i < cValues; i++) {
			if (PROP_ID(copy[i].ulPropTag) == wanted[w] &&
			    PROP_TYPE(copy[i].ulPropTag) == PT_STRING8)
				value = copy[i].Value.lpszA;
		}
		if (value == NULL) {
			char *stored = get_string(
			    pf, service, PROP_TAG(PT_STRING8, wanted[w]));

			if (stored == NULL)
				ret = prof_error(error_r, -EINVAL,
						 "the service needs property "
						 "0x%04X",
						 (unsigned)wanted[w]);
			alloc_free(stored);
			continue;
		}
		ret = check(wanted[w], value, error_r);
	}
	if (ret == 0)
		ret = configure_everywhere(pf, service, cValues, copy, error_r);
	if (ret == 0 && global != NULL && proffile_has_section(pf, global))
		ret = proffile_set_props(pf, global, cValues, copy, error_r);
	for (i = 0; i < cValues; i++)
		alloc_free(strings[i]);
	alloc_free(strings);
	MAPIFreeBuffer(copy);
	return ret;
}

static int check_local(ULONG id, const char *value, const char **error_r)
{
	(void)id;
	if (value[0] != '/')
		return prof_error(error_r, -EINVAL,
				  "PR_PST_PATH must be an absolute path, not "
				  "'%s'",
				  value);
	if (strlen(value) >= 4096)
		return prof_error(error_r, -EINVAL, "PR_PST_PATH is too long");
	return 0;
}

int profsvc_local_configure(struct proffile *pf, const MAPIUID *service,
			    ULONG cValues, const SPropValue *props,
			    const char **error_r)
{
	static const ULONG wanted[] = {PROP_ID(PR_PST_PATH_W)};

	return configure_mapix(pf, service, cValues, props, wanted, 1,
			       check_local, NULL, error_r);
}

static int check_server(ULONG id, const char *value, const char **error_r)
{
	if (value[0] == '\0')
		return prof_error(error_r, -EINVAL, "%s is empty",
				  id == PROP_ID(PR_PROFILE_USER)
				      ? "PR_PROFILE_USER"
				      : "PR_PROFILE_HOME_SERVER");
	return 0;
}

static int server_configure(struct proffile *pf, const MAPIUID *service,
			    ULONG cValues, const SPropValue *props,
			    const char **error_r)
{
	static const ULONG wanted[] = {PROP_ID(PR_PROFILE_HOME_SERVER),
				       PROP_ID(PR_PROFILE_USER)};
	MAPIUID global;

	memcpy(global.ab, pbGlobalProfileSectionGuid, sizeof(global.ab));
	return configure_mapix(pf, service, cValues, props, wanted, 2,
			       check_server, &global, error_r);
}

static const struct profsvc_entry local_entry = {
    .version = PROFSVC_ENTRY_VERSION,
    .name = "MapixLocalServiceEntry",
    .configure = profsvc_local_configure,
};

static const struct profsvc_entry server_entry = {
    .version = PROFSVC_ENTRY_VERSION,
    .name = "MapixServerServiceEntry",
    .configure = server_configure,
};

static void register_builtins_locked(void)
{
	if (builtins_done)
		return;
	builtins_done = true;
	entries[entries_count++] = &server_entry;
	entries[entries_count++] = &local_entry;
}
