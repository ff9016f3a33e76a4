/*
 * mapitest.h - what the client-layer tests of tests/mapi share: a private
 * environment (state directory and configuration in a mkdtemp() root)
 * and a profile with the MAPIX_LOCAL service, made through the public
 * API as a Windows program makes one.
 */
#ifndef MAPIX_TESTS_MAPITEST_H
#define MAPIX_TESTS_MAPITEST_H

#include <stddef.h>

#include <mapix.h>

/*
 * Makes a root directory (mode 0711) named after tag in $TMPDIR or /tmp,
 * with the state directory <root>/state and the configuration
 * <root>/mapix.conf, which names the source tree's service catalog, and
 * points MAPIX_STATE_DIR and MAPIX_CONFIG at them.  The root's path goes
 * to root (size bytes).  0, or -1 with nothing made.
 */
int mapitest_env(const char *tag, char *root, size_t size);

/* Removes the root and all it holds. */
void mapitest_env_remove(const char *root);

/*
 * Makes the profile name with the MAPIX_LOCAL service whose store is at
 * path (configuring it provisions the store): S_OK or the failure.
 */
HRESULT mapitest_make_profile(const char *name, const char *path);

#endif
