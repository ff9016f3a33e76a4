/*
 * config.h - mapix's configuration: the `key = value` file and the paths
 * derived from it (the state directory, the profile roots inside it, the
 * service catalog).
 *
 * The file is $MAPIX_CONFIG, else /etc/mapix/mapix.conf; a missing file is
 * an empty configuration.  Keys in use:
 *   state_dir = PATH   where mapix keeps its state (default /var/lib/mapix;
 *                      $MAPIX_STATE_DIR overrides it)
 *   catalog = PATH     the service catalog, mapisvc.inf (default
 *                      <sysconfdir>/mapix/mapisvc.inf; $MAPIX_CATALOG
 *                      overrides it)
 *   directory = NAME   the directory backend (src/directory)
 * Paths must be absolute.
 *
 * The process environment is read here and nowhere else, and only when a
 * MAPI instance is created (instance.h snapshots the paths it needs) or a
 * tool asks: a thread acting for a user never changes what an instance
 * already uses.
 *
 * Conventions: int functions return 0 (or a documented positive value) or
 * a negative errno, with a message through error_r (errmsg.h).
 */
#ifndef MAPIX_CONTEXT_CONFIG_H
#define MAPIX_CONTEXT_CONFIG_H

#include <stddef.h>
#include <sys/types.h>

/*
 * Reads `key = value` from the configuration file.  Lines starting with
 * '#' or ';' and section headers ("[name]") are skipped; the first line
 * with the key wins; the value is trimmed.  Returns 1 with the value in
 * buf, 0 when the file or the key does not exist, or a negative errno.
 */
int config_get(const char *key, char *buf, size_t size, const char **error_r);

/*
 * The state directory's path, without creating anything: $MAPIX_STATE_DIR
 * when set and not empty, else state_dir, else /var/lib/mapix.  Returns 0,
 * -ENAMETOOLONG, -EINVAL for a relative path, or the configuration's error.
 */
int config_state_dir_path(char *buf, size_t size, const char **error_r);

/*
 * The same, creating the directory (and missing parents) when it is
 * missing, mode 0711: searchable, so that a thread acting with a user's
 * kernel credentials reaches its own profile root inside, but not
 * listable; the files in it are private (0600) anyway.
 */
int config_state_dir(char *buf, size_t size, const char **error_r);

/*
 * The profile root of a principal: "<state_dir>/profiles/<principal in
 * ASCII lower case>", so that the names of one principal in any case
 * share one directory, into buf.  Nothing is created.  Returns 0, -EINVAL
 * when principal is NULL, empty, "." or "..", or contains a '/' (so it
 * always names one entry of <state_dir>/profiles), or -ENAMETOOLONG when
 * buf is too small.  The one rule for file names derived from principals.
 */
int config_profile_root_path(const char *state_dir, const char *principal,
			     char *buf, size_t size, const char **error_r);

/* The service catalog's path: $MAPIX_CATALOG, else catalog, else the
 * installed default. */
int config_catalog_path(char *buf, size_t size, const char **error_r);

/*
 * mkdir -p path with mode for every directory it creates; existing ones
 * are left as they are.  path is absolute.  Returns 0, or -ENOTDIR when
 * path exists and is no directory, or the errno of a failed call.
 */
int config_make_dirs(const char *path, mode_t mode, const char **error_r);

#endif
