/*
 * mapitags.h - property tags.
 *
 * Each string property is defined three ways, as on Windows: PR_X follows
 * UNICODE (PT_TSTRING), PR_X_W is always PT_UNICODE and PR_X_A always
 * PT_STRING8.  The list is spec/tags.def; scripts/mapigen.py writes it here
 * and into the name table that tools use to print tag names.
 */
#ifndef MAPIX_MAPITAGS_H
#define MAPIX_MAPITAGS_H

#include <mapidefs.h>

/* @generated-begin tags: do not edit; see scripts/mapigen.py */
/* @generated-end tags */

#endif /* MAPIX_MAPITAGS_H */
