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

#endif
