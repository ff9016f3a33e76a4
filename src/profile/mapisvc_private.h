/*
 * mapisvc_private.h - what the files of the service catalog module share
 * and nobody else sees: the model of lines (struct mapisvc, its sections
 * and lines) and the functions one file of the module gives the others.
 *
 *   mapisvc.c        the model, the parser of lines, the writer, the
 *                    look-ups and the files
 *   mapisvc_value.c  property lines: flag names, the value parser, and
 *                    the value writer
 *   mapisvc_edit.c   the edits
 *
 * Conventions as in mapisvc.h: 0 or a negative errno, with a message in
 * *error_r (or in why, a buffer of MAPISVC_WHY_SIZE bytes) where given.
 */
#ifndef MAPIX_PROFILE_MAPISVC_PRIVATE_H
#define MAPIX_PROFILE_MAPISVC_PRIVATE_H

#include <stdbool.h>
#include <stddef.h>

#include "mapisvc.h"
#include "profutil.h"

#define SEC_SERVICES "Services"
#define SEC_DEFAULTS "Default Services"
#define SEC_HELP     "Help File Mappings"

/* The size of a why buffer: the reason a value is refused. */
#define MAPISVC_WHY_SIZE 128

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

/* ------------------------------------------------------------------
 * The model (mapisvc.c)
 */

void mapisvc_section_clear(struct section *sec);
/* Frees everything the catalog holds but the struct itself. */
void mapisvc_clear(struct mapisvc *svc);
/* Inserts a zeroed section at index at; returns it or NULL. */
struct section *mapisvc_insert_section(struct mapisvc *svc, size_t at);
/* Inserts a zeroed line at index at of sec; returns it or NULL. */
struct line *mapisvc_insert_line(struct section *sec, size_t at);
void mapisvc_remove_line(struct section *sec, size_t at);
/* The section named name (ASCII case ignored), or NULL. */
struct section *mapisvc_find_section(const struct mapisvc *svc,
				     const char *name);
/* The first line of kind (and key, for L_ENTRY and L_PROP by ID). */
struct line *mapisvc_find_line(const struct section *sec, enum line_kind kind,
			       const char *key, ULONG tag);
/* The sections that are lists ([Services], [Default Services], [Help
 * File Mappings]). */
bool mapisvc_is_list_section(const char *name);

/* ------------------------------------------------------------------
 * Property lines (mapisvc_value.c)
 */

/* Trims spaces and tabs off both ends of [*s, *s + *len). */
void mapisvc_trim(const char **s, size_t *len);
/* The property types a catalog can hold. */
bool mapisvc_type_supported(ULONG type);
/*
 * Parses the value text of a property of tag into *pv, its data linked to
 * root.  s is trimmed.  Returns 0, -EINVAL with the reason in why, or
 * -ENOMEM.
 */
int mapisvc_parse_value(ULONG tag, const char *s, size_t len, SPropValue *pv,
			void *root, char *why);
/* Checks a value by parsing it into a scratch buffer. */
int mapisvc_check_value(ULONG tag, const char *s, size_t len, char *why);
/*
 * The tag of a property line's key: 8 hex digits, or a name ("PR_" and
 * any case), where a name without suffix may stand for its _A form.
 * Returns 0, or -ENOENT when key is neither.
 */
int mapisvc_key_tag(const char *key, ULONG *tag_r);
/* True when key is the property-line form of a property name or tag. */
bool mapisvc_key_is_property(const char *key);
/*
 * Checks that s can be written as a string value (or list item) and read
 * back the same: UTF-8, no control characters, no space at the ends, and
 * for list items no comma and not empty.
 */
int mapisvc_check_text(const char *what, const char *s, size_t len,
		       bool list_item, const char **error_r);
/* Writes "KEY=value" for pv into sb. */
int mapisvc_format_prop(struct strbuf *sb, const char *key,
			const SPropValue *pv, const char **error_r);

#endif
