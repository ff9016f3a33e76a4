/*
 * mapisvc.h - the service catalog: reader and writer of MAPISVC.INF.
 *
 * The format (Microsoft's "File Format of MapiSvc.inf"; a sample is in
 * ../shared/reference/mapi-facts.md section 2.5):
 *
 *   [Services]             <service>=<display name>, one per service
 *   [Help File Mappings]   <service>=<help file>
 *   [Default Services]     a subset of [Services], same form; the services
 *                          CreateProfile(MAPI_DEFAULT_SERVICES) adds
 *   [<service>]            property lines, Providers=<sec>, <sec>, ...
 *                          (required, at least one) and optionally
 *                          Sections=<sec>, ... (extra profile sections)
 *   [<provider>]           property lines
 *   [<extra section>]      property lines and optionally UID=<32 hex
 *                          digits>, the MAPIUID of its profile section
 *
 * A property line is NAME=value or TAG=value:
 *   NAME  a property name from spec/tags.def, any case (PR_RESOURCE_TYPE).
 *         Names of string properties are given without suffix, as on
 *         Windows: PR_DISPLAY_NAME means PR_DISPLAY_NAME_A (mapix reads the
 *         catalog as 8-bit strings, UTF-8).  The _A and _W names work too.
 *   TAG   8 hex digits, property ID and type (66090003).
 * The value, by the property's type:
 *   PT_LONG     8 hex digits are 4 bytes, least significant first
 *               (66090003=0C000000 is 12); anything else is one or more
 *               terms joined by '|': a flag name (STATUS_DEFAULT_STORE,
 *               SERVICE_SINGLE_COPY, MAPI_STORE_PROVIDER, HOOK_INBOUND,
 *               OPENSTORE_HOME_LOGON, PROFILE_PRIMARY_USER, ...), 0x and
 *               hex digits, or decimal digits; the terms are OR-ed.
 *   PT_I2       the same with 4 hex digits (2 bytes, low first).
 *   PT_I8       16 hex digits (8 bytes, low first), 0x hex or decimal.
 *   PT_BOOLEAN  0, 1, TRUE, FALSE, or 4 or 8 hex digits (non-zero: TRUE).
 *   PT_STRING8, PT_UNICODE  the text as it stands (UTF-8).
 *   PT_BINARY   hex digits, two a byte (may be empty).
 *   PT_CLSID    32 hex digits, the 16 bytes in memory order.
 *   PT_MV_STRING8, PT_MV_UNICODE, PT_MV_LONG, PT_MV_BINARY  items of the
 *               single type, separated by commas (an empty value is an
 *               empty list).
 * Other property types are refused.  Lines whose name is not a property
 * name, a tag, Providers, Sections or UID (WIZARD_ENTRY_NAME=...) are
 * kept, and ignored.  Lines starting with ';' or '#' are comments.  Space
 * around names and values is ignored.  Section names and keys are matched
 * without regard to ASCII case.  Lines end in LF or CRLF; a UTF-8 byte
 * order mark is allowed.
 *
 * The catalog is kept as lines: comments, unknown lines, line ends and
 * the spelling of untouched lines survive a rewrite byte for byte.  Edits
 * change, add or remove single lines; the writer spells new property lines
 * with the name (without _A) when the property has one, else the tag, and
 * numbers in the hex form above.
 *
 * Loading is all or nothing: the first error stops it and nothing is
 * returned.  Errors (-EBADMSG) name the file, the line and the reason:
 * lines longer than MAPISVC_LINE_MAX, NUL bytes, control characters,
 * invalid UTF-8, malformed section headers, invalid or repeated section
 * names, entries outside a section, lines without '=', unknown property
 * names, unsupported types, bad values, repeated properties or list lines
 * in a section, services without a section or without providers, list
 * entries without a section, default services not in [Services].
 *
 * Every edit is checked by formatting and re-reading the result: an edit
 * that would leave a catalog the reader refuses fails with -EINVAL and
 * changes nothing.  Edits of a catalog file go through mapisvc_edit(),
 * which re-reads the file under atomicfile's lock, so concurrent editors
 * (threads or processes) never lose each other's changes.
 *
 * Errors and messages follow profutil.h.  A struct mapisvc is not locked:
 * one thread at a time.
 */
#ifndef MAPIX_PROFILE_MAPISVC_H
#define MAPIX_PROFILE_MAPISVC_H

#include <stdbool.h>
#include <stddef.h>

#include <mapidefs.h>

#define MAPISVC_LINE_MAX 4096
#define MAPISVC_MAX_SIZE (4u * 1024 * 1024)

struct mapisvc;

/* ------------------------------ Loading ------------------------------ */

/*
 * Reads and parses the catalog at path.  Returns 0 with the catalog in
 * *svc_r, or -ENOENT (missing), -EACCES (unreadable) or another errno with
 * a message naming the path, or -EBADMSG with file, line and reason.
 */
int mapisvc_load(const char *path, struct mapisvc **svc_r,
		 const char **error_r);

/*
 * Parses size bytes at data (not NUL-terminated); name stands for the
 * file in messages.  Returns 0, -EBADMSG, -EFBIG or -ENOMEM.
 */
int mapisvc_parse(const char *name, const char *data, size_t size,
		  struct mapisvc **svc_r, const char **error_r);

/* An empty catalog (no sections), named name in messages. */
int mapisvc_new(const char *name, struct mapisvc **svc_r);

/* Frees *svc and sets it to NULL; NULL is fine. */
void mapisvc_free(struct mapisvc **svc);

/*
 * The catalog as text.  Returns 0 with the text (alloc_malloc()ed,
 * NUL-terminated) in *data_r and its size in *size_r, or -ENOMEM.
 */
int mapisvc_format(const struct mapisvc *svc, char **data_r, size_t *size_r);

/* ------------------------------ Look-up ------------------------------ */

/* The services of [Services], in file order; i < the count. */
size_t mapisvc_service_count(const struct mapisvc *svc);
const char *mapisvc_service_name(const struct mapisvc *svc, size_t i);

/* The display name in [Services], or NULL when name is no service. */
const char *mapisvc_service_display_name(const struct mapisvc *svc,
					 const char *name);

/* True when the service is listed in [Default Services]. */
bool mapisvc_service_is_default(const struct mapisvc *svc, const char *name);

/* The file [Help File Mappings] gives for the service, or NULL. */
const char *mapisvc_help_file(const struct mapisvc *svc, const char *name);

/* True when the catalog has a section of that name. */
bool mapisvc_has_section(const struct mapisvc *svc, const char *name);

/*
 * The provider sections (Providers=) or extra sections (Sections=) of a
 * service, in their order.  Returns 0 with an array of *count_r names
 * that stays valid until the catalog is edited or freed (no Sections=
 * line: 0 names), or -ENOENT when name is no service.
 */
int mapisvc_service_providers(const struct mapisvc *svc, const char *name,
			      const char *const **names_r, size_t *count_r);
int mapisvc_service_sections(const struct mapisvc *svc, const char *name,
			     const char *const **names_r, size_t *count_r);

/* The UID= of a section: 0, or -ENOENT (no such section or no UID=). */
int mapisvc_section_uid(const struct mapisvc *svc, const char *section,
			MAPIUID *uid_r);

/*
 * The property lines of a section (service, provider or extra section) as
 * an SPropValue array in file order, in one MAPI buffer: free *props_r
 * with MAPIFreeBuffer.  A section without properties gives 0 values and a
 * valid buffer.  Returns 0, -ENOENT (no such section, or one of the three
 * list sections) or -ENOMEM.
 */
int mapisvc_section_props(const struct mapisvc *svc, const char *section,
			  ULONG *count_r, LPSPropValue *props_r,
			  const char **error_r);

/*
 * One property of a section, matched by property ID (the type of tag is
 * ignored), in its own MAPI buffer.  Returns 0, -ENOENT or -ENOMEM.
 */
int mapisvc_section_prop(const struct mapisvc *svc, const char *section,
			 ULONG tag, LPSPropValue *prop_r);

/* ------------------------------ Editing ------------------------------ */

/* Flags of mapisvc_add_service(). */
#define MAPISVC_DEFAULT 0x1 /* also list it in [Default Services] */

/* A provider section to create: its name and its properties. */
struct mapisvc_provider {
	const char *name;
	ULONG cValues;
	const SPropValue *props;
};

/*
 * Adds a service: its [Services] line (and [Default Services] line with
 * MAPISVC_DEFAULT), its section with PR_DISPLAY_NAME (unless props has
 * one), props and a Providers= line, and a section per provider.  The
 * sections that do not exist yet are made; new sections go at the end.
 * Returns 0; -EINVAL for an invalid name (see prof_check_section_name),
 * display name, property value or no providers; -EEXIST when the service
 * or a section of one of the names exists; -ENOMEM.
 */
int mapisvc_add_service(struct mapisvc *svc, const char *name,
			const char *display_name, unsigned int flags,
			ULONG cValues, const SPropValue *props,
			const struct mapisvc_provider *providers,
			size_t nproviders, const char **error_r);

/*
 * Removes a service: its lines in the three list sections, its section,
 * and its provider and extra sections unless another service lists them.
 * Returns 0, -ENOENT or -ENOMEM.
 */
int mapisvc_remove_service(struct mapisvc *svc, const char *name,
			   const char **error_r);

/* Adds a provider section to a service's Providers=. -ENOENT, -EEXIST. */
int mapisvc_add_provider(struct mapisvc *svc, const char *service,
			 const struct mapisvc_provider *provider,
			 const char **error_r);

/*
 * Removes a provider from a service's Providers= and its section unless
 * another service lists it.  -ENOENT; -EINVAL for the last provider.
 */
int mapisvc_remove_provider(struct mapisvc *svc, const char *service,
			    const char *provider, const char **error_r);

/*
 * Adds a section with an optional UID= and properties.  With service not
 * NULL it also joins the service's Sections= (made when missing).
 * Returns 0, -EINVAL, -EEXIST, -ENOENT (no such service) or -ENOMEM.
 */
int mapisvc_add_section(struct mapisvc *svc, const char *service,
			const char *name, const MAPIUID *uid, ULONG cValues,
			const SPropValue *props, const char **error_r);

/*
 * Sets properties of a section: a property that has a line (same ID) gets
 * its value there, others are added at the end of the section.  Returns
 * 0, -ENOENT (no such section; the list sections do not count), -EINVAL
 * (a value the format cannot hold, or an ID given twice), -ENOMEM.
 */
int mapisvc_set_props(struct mapisvc *svc, const char *section, ULONG cValues,
		      const SPropValue *props, const char **error_r);

/* Removes the lines of these property IDs from a section; -ENOENT. */
int mapisvc_delete_props(struct mapisvc *svc, const char *section, ULONG cTags,
			 const ULONG *tags, const char **error_r);

/* Lists the service in [Default Services] or takes it out; -ENOENT. */
int mapisvc_set_default(struct mapisvc *svc, const char *service,
			bool is_default, const char **error_r);

/* ------------------------------- Files ------------------------------- */

/* Writes the whole catalog to path through atomicfile_write(). */
int mapisvc_save(const struct mapisvc *svc, const char *path,
		 const char **error_r);

/* What a mapisvc_edit() callback returns to write nothing. */
#define MAPISVC_NO_CHANGE 1

/* Flags of mapisvc_edit(). */
#define MAPISVC_CREATE 0x1 /* a missing file is an empty catalog */

/*
 * The caller's part of an edit: changes svc (the catalog as it is in the
 * file now) with the functions above.  Returns 0 to write the result,
 * MAPISVC_NO_CHANGE, or a negative errno to abandon the edit.
 */
typedef int mapisvc_edit_fn(struct mapisvc *svc, void *context,
			    const char **error_r);

/*
 * One locked edit of the catalog file at path: lock, re-read and parse
 * the file, call fn, write the result (unless it is unchanged) by
 * atomicfile's rename.  Returns 0 or a negative errno: fn's error, -ENOENT
 * for a missing file without MAPISVC_CREATE, the parse error of a broken
 * file (which is left alone), or atomicfile's errors.
 */
int mapisvc_edit(const char *path, unsigned int flags, mapisvc_edit_fn *fn,
		 void *context, const char **error_r);

#endif
