/*
 * profsvc.h - message services and providers inside a profile: what
 * IMsgServiceAdmin and IProviderAdmin are made of, on a struct proffile
 * that the caller edits under the profile file's lock (proffile_edit).
 *
 * Layout of a profile (all sections keyed by MAPIUID, proffile.h):
 *   profile section (profroot_profile_section)
 *       PR_PROFILE_NAME, PR_SEARCH_KEY, PR_SERVICES (the service UIDs in
 *       the order they were added), PR_TRANSPORT_PROVIDERS (transport
 *       provider UIDs in transport order)
 *   one section per service, its UID = PR_SERVICE_UID
 *       the catalog's service properties, PR_SERVICE_NAME,
 *       PR_DISPLAY_NAME, PR_SERVICE_UID, PR_SERVICE_EXTRA_UIDS
 *   one section per provider, its UID = PR_PROVIDER_UID
 *       the catalog's provider properties, PR_SERVICE_UID,
 *       PR_SERVICE_NAME, PR_PROVIDER_UID, PR_PROVIDER_ORDINAL
 *   the service's extra sections (the catalog's Sections=), with the UID
 *       the catalog gives (UID=) or a new one, and PR_SERVICE_UID.
 * Strings are stored as PT_STRING8 (UTF-8, as mapix treats 8-bit
 * strings); readers convert to PT_UNICODE on request.
 *
 * Services are provided in-process and found by the catalog's
 * PR_SERVICE_ENTRY_NAME in a registry of entries (a versioned table, like
 * every pluggable part of mapix); nothing is loaded from a path.  An entry
 * checks and places the properties that ConfigureMsgService passes.  mapix
 * registers its two services (MapixServerServiceEntry,
 * MapixLocalServiceEntry); a service without a registered entry takes
 * the properties into its service and provider sections as they are.
 *
 * Conventions: 0 or a negative errno with a message (profutil.h):
 * -ENOENT unknown service, provider or catalog service; -EINVAL bad
 * argument; -EEXIST a single-copy service added twice; -EPERM a primary
 * identity the service refuses.
 */
#ifndef MAPIX_PROFILE_PROFSVC_H
#define MAPIX_PROFILE_PROFSVC_H

#include <stdbool.h>
#include <stddef.h>

#include <mapidefs.h>

#include "mapisvc.h"
#include "proffile.h"

/* ---------------------------- Service entries ------------------------- */

#define PROFSVC_ENTRY_VERSION 1

struct profsvc_entry {
	unsigned int version; /* PROFSVC_ENTRY_VERSION */
	/* The catalog's PR_SERVICE_ENTRY_NAME. */
	const char *name;
	/*
	 * ConfigureMsgService: checks props and stores them where the
	 * service's providers read them.  Returns 0 or a negative errno.
	 */
	int (*configure)(struct proffile *pf, const MAPIUID *service,
			 ULONG cValues, const SPropValue *props,
			 const char **error_r);
};

/*
 * Registers an entry (the table must outlive the process's use of it).
 * An entry named as one of mapix's built-in ones replaces it: that is how
 * the client layer extends MapixLocalServiceEntry to provision the store.
 * 0, -EINVAL (bad version or name), -EEXIST, -ENOSPC.
 */
int profsvc_entry_register(const struct profsvc_entry *entry);
/* The entry of that name, or NULL. */
const struct profsvc_entry *profsvc_entry_find(const char *name);

/*
 * The built-in configure of MAPIX_LOCAL: checks PR_PST_PATH (an absolute
 * path) and stores the properties on the service and its providers.
 */
int profsvc_local_configure(struct proffile *pf, const MAPIUID *service,
			    ULONG cValues, const SPropValue *props,
			    const char **error_r);

/* ------------------------------ Services ------------------------------ */

/*
 * Adds the catalog's service to the profile: its section, one per
 * provider and one per extra section, copied from the catalog.
 * display_name NULL keeps the catalog's.  The new PR_SERVICE_UID goes to
 * *uid_r (may be NULL).
 */
int profsvc_create(struct proffile *pf, const struct mapisvc *catalog,
		   const char *service, const char *display_name,
		   MAPIUID *uid_r, const char **error_r);

/* True when the profile has a service of that UID. */
bool profsvc_exists(const struct proffile *pf, const MAPIUID *service);

/* Removes a service, its providers and its extra sections. */
int profsvc_delete(struct proffile *pf, const MAPIUID *service,
		   const char **error_r);

/* Sets the service's PR_DISPLAY_NAME. */
int profsvc_rename(struct proffile *pf, const MAPIUID *service,
		   const char *display_name, const char **error_r);

/*
 * Copies a service of src into dst (which may be src) with new UIDs
 * (extra sections with a fixed UID keep it), display_name NULL keeping
 * the old one.  The new service's UID goes to *uid_r (may be NULL).
 */
int profsvc_copy(const struct proffile *src, const MAPIUID *service,
		 struct proffile *dst, const char *display_name, MAPIUID *uid_r,
		 const char **error_r);

/* ConfigureMsgService without UI: through the service's entry. */
int profsvc_configure(struct proffile *pf, const MAPIUID *service,
		      ULONG cValues, const SPropValue *props,
		      const char **error_r);

/*
 * MsgServiceTransportOrder: count transport provider UIDs, each one of
 * the profile's, each once, all of them.  -ENOENT, -EINVAL.
 */
int profsvc_transport_order(struct proffile *pf, ULONG count,
			    const MAPIUID *uids, const char **error_r);

/*
 * SetPrimaryIdentity: service NULL clears it.  -EPERM when the service
 * has SERVICE_NO_PRIMARY_IDENTITY.
 */
int profsvc_set_primary_identity(struct proffile *pf, const MAPIUID *service,
				 const char **error_r);

/* ------------------------------ Providers ----------------------------- */

/*
 * IProviderAdmin::CreateProvider: a provider from the catalog's section
 * provider, added to service, with props on top.  New UID in *uid_r.
 */
int profsvc_create_provider(struct proffile *pf, const struct mapisvc *catalog,
			    const MAPIUID *service, const char *provider,
			    ULONG cValues, const SPropValue *props,
			    MAPIUID *uid_r, const char **error_r);

/* IProviderAdmin::DeleteProvider: a provider of service.  -ENOENT. */
int profsvc_delete_provider(struct proffile *pf, const MAPIUID *service,
			    const MAPIUID *provider, const char **error_r);

/* -------------------------------- Tables ------------------------------ */

/*
 * The rows of the message service table (one per service, in the order
 * they were added) and of the provider table (providers of service, or of
 * all services for NULL; then in transport order for transports), with
 * PR_INSTANCE_KEY filled, strings as PT_STRING8.  *rows_r is one MAPI
 * buffer per row as FreeProws frees.  0 or -ENOMEM.
 */
int profsvc_service_rows(const struct proffile *pf, LPSRowSet *rows_r);
int profsvc_provider_rows(const struct proffile *pf, const MAPIUID *service,
			  LPSRowSet *rows_r);

#endif
