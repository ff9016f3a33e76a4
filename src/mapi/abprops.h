/*
 * abprops.h - the properties of the address book's objects (addrbook.c):
 * a mail user of the directory, a one-off address, a container.
 *
 * An object's properties are made when it is opened and kept in one MAPI
 * buffer, strings as UTF-8 under PT_STRING8 tags (S8()); they are given
 * out as the caller asks, PT_UNICODE or PT_STRING8.
 *
 * Conventions: 0 or a negative errno (-ENOMEM: the only failure).
 */
#ifndef MAPIX_MAPI_ABPROPS_H
#define MAPIX_MAPI_ABPROPS_H

#include <stdbool.h>

#include <mapidefs.h>

#include "abeid.h"
#include "directory.h"
#include "oneoff.h"

#ifndef AB_RECIPIENTS
#define AB_RECIPIENTS    ((ULONG)0x00000001)
#define AB_SUBCONTAINERS ((ULONG)0x00000002)
#define AB_UNMODIFIABLE  ((ULONG)0x00000008)
#endif
#ifndef DT_CONTAINER
#define DT_CONTAINER ((ULONG)0x00000100)
#endif

/* Internal string tags: the UTF-8 form of a PT_TSTRING property. */
#define S8(tag) CHANGE_PROP_TYPE(tag, PT_STRING8)

#define ADDRTYPE_MAPIX "MAPIX"
#define ADDRTYPE_SMTP  "SMTP"
#define DIRECTORY_NAME "mapix directory"

/* The properties of a principal as a mail user, in one MAPI buffer. */
int abprops_principal(const struct dir_principal *p, SPropValue **props_r,
		      ULONG *n_r);
/* The properties of a one-off address; eid NULL builds its entry ID
 * (flags: MAPI_ONE_OFF_*). */
int abprops_oneoff(const struct oneoff *o, const void *eid, ULONG cb,
		   SPropValue **props_r, ULONG *n_r);
/* The properties of a container. */
int abprops_container(enum abeid_type kind, SPropValue **props_r, ULONG *n_r);

/* The property with tag's ID among props, or NULL. */
const SPropValue *abprops_find(const SPropValue *props, ULONG n, ULONG tag);
/*
 * One internal value as the caller wants it, allocated on base: strings
 * as PT_UNICODE when wide, else PT_STRING8.  0 or -ENOMEM.
 */
int abprops_out(const SPropValue *in, bool wide, SPropValue *out, void *base);
/*
 * The get_props hook over an internal property array: every property
 * (strings as PT_UNICODE) when tags is NULL, else the tags asked for,
 * PT_ERROR for what is missing.  0, 1 (errors returned) or -ENOMEM.
 */
int abprops_get(const SPropValue *props, ULONG n, const SPropTagArray *tags,
		ULONG *count_r, SPropValue **props_r);

#endif
