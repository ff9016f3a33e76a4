/*
 * uidmap.h - uids for principals that have no OS identity.
 *
 * Such a principal's worker runs under a uid taken from a configured
 * range (broker_uid_range), one uid per principal, with the gid of the
 * same number and no supplementary groups.  The assignment is stable and
 * belongs to one principal, not to a name: it is recorded in the broker's
 * state, a file (normally <state dir>/broker-uids, mode 0600, root's) of
 * lines "NAME GUID UID", where NAME is the principal's name in lower case
 * and GUID its mailbox GUID in hex.  A principal deleted and added again
 * under the same name has a new GUID, so it gets a new uid and never the
 * files of the one before.  A uid once given is never given again.  Every
 * new assignment rewrites the file atomically (temporary file, fsync,
 * rename), so a crash never loses or mixes up an earlier one.  The caller
 * says which other uids are taken (system accounts, groups, directory
 * principals, trusted front ends).
 */
#ifndef MAPIX_BROKER_UIDMAP_H
#define MAPIX_BROKER_UIDMAP_H

#include <stdbool.h>
#include <sys/types.h>

#include "directory.h"

struct uidmap;

/*
 * Loads the assignments of path (a missing file is an empty map) for the
 * range first..last.  Entries outside the range are kept but never given
 * out again.  -EINVAL for a bad range or a malformed file (the message
 * names the line), -ENOMEM, or the errno of reading.
 */
int uidmap_open(const char *path, uid_t first, uid_t last,
		struct uidmap **map_r, const char **error_r);
void uidmap_free(struct uidmap **map);

/*
 * Says whether uid belongs to someone else already (a system account, a
 * directory principal); used when a new uid is chosen.
 */
typedef bool uidmap_in_use_fn(uid_t uid, void *context);

/*
 * The uid of principal (any case) with mailbox GUID guid: the recorded
 * one, or else the lowest uid of the range that is neither recorded nor
 * in_use, recorded before it is returned.  -ENOSPC when the range is
 * exhausted, or the errno of writing the file.
 */
int uidmap_get(struct uidmap *map, const char *principal,
	       const unsigned char guid[DIR_GUID_SIZE],
	       uidmap_in_use_fn *in_use, void *context, uid_t *uid_r,
	       const char **error_r);

/* The recorded uid of principal with guid: 0, or -ENOENT (none yet). */
int uidmap_lookup(const struct uidmap *map, const char *principal,
		  const unsigned char guid[DIR_GUID_SIZE], uid_t *uid_r);

/*
 * Parses "FIRST-LAST" (decimal uids, 0 < FIRST <= LAST).  0 or -EINVAL.
 */
int uidmap_parse_range(const char *text, uid_t *first_r, uid_t *last_r);

#endif
