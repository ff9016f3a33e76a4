/*
 * mapiguid.h - interface identifiers and the well-known MAPI GUIDs.
 *
 * As on Windows, a program that defines INITGUID before including this
 * header gets definitions; otherwise it gets declarations that libmapix
 * satisfies.  The interface IDs come from spec/interfaces.def.
 */
#ifndef MAPIX_MAPIGUID_H
#define MAPIX_MAPIGUID_H

#include <mapiwin.h>

/* @generated-begin iids: do not edit; see scripts/mapigen.py */
/* @generated-end iids */

/* Property sets and other identifiers. */
DEFINE_OLEGUID(PS_MAPI, 0x00020328, 0, 0);
DEFINE_OLEGUID(PS_PUBLIC_STRINGS, 0x00020329, 0, 0);
DEFINE_OLEGUID(MUID_PROFILE_INSTANCE, 0x00020385, 0, 0);

#endif /* MAPIX_MAPIGUID_H */
