/*
 * mspst.h - the personal store service's properties, where Windows
 * programs include them from.
 *
 * On Windows this header belongs to Outlook's PST service (MSPST MS) and
 * declares PR_PST_PATH, the file of a personal store, among the service's
 * configuration properties.  mapix's MAPIX_LOCAL service plays that role
 * (one store in one file) and reads the same property: configure it with
 * IMsgServiceAdmin::ConfigureMsgService and PR_PST_PATH_W.  The tags are
 * generated into mapitags.h with every other tag; this header makes them
 * available under the name Windows code includes.
 *
 * PR_PST_PW_SZ_OLD and PR_PST_PW_SZ_NEW exist for source compatibility
 * only: mapix keeps no passwords in profiles and refuses them.
 */
#ifndef MAPIX_MSPST_H
#define MAPIX_MSPST_H

#include <mapidefs.h>
#include <mapitags.h>

/* The first property ID of the PST service's configuration range. */
#define PST_EXTERN_PROPID_BASE 0x6700

/*
 * PR_MDB_PROVIDER of a personal folders store: the MAPIUID of the PST
 * provider, as an initializer of MAPIUID.ab.
 */
#define MSPST_UID_PROVIDER                                                     \
	{                                                                      \
		0x4E, 0x49, 0x54, 0x41, 0xF9, 0xBF, 0xB8, 0x01, 0x00, 0xAA,    \
		    0x00, 0x37, 0xD9, 0x6E, 0x00, 0x00                         \
	}

/* PR_PST_ENCRYPTION values (spec/constants.def), and the tags of this
 * header that mapitags.h does not already have (spec/tags.def). */
/* @generated-begin constants: do not edit; see scripts/mapigen.py */
/* clang-format off */
#define PSTF_BEST_ENCRYPTION 0x20000000
#define PSTF_COMPRESSABLE_ENCRYPTION 0x40000000
#define PSTF_NO_ENCRYPTION 0x80000000
/* clang-format on */
/* @generated-end constants */

/* @generated-begin tags: do not edit; see scripts/mapigen.py */
/* clang-format off */
/* clang-format on */
/* @generated-end tags */

#endif /* MAPIX_MSPST_H */
