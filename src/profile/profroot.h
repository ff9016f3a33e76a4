/*
 * profroot.h - the profiles of a MAPI instance: where they live, and the
 * operations on whole profiles that IProfAdmin is made of.
 *
 * Where.  Each instance (one per security context, instance.h) has one
 * profile root, found on its first use:
 *   - persistent: <state dir>/profiles/<principal>/ (the principal's name
 *     in lower case), mode 0700, owned by the principal's OS uid when its
 *     context maps to one.  It is made with the process's own credentials
 *     (context_as_process) and then given to the principal, so a thread
 *     acting with alice's kernel credentials can use her root and nobody
 *     else's: the kernel enforces it, whatever the thread asks for;
 *   - with MAPI_TEMPORARY_PROFILES: a fresh directory
 *     .tmp-<pid>-XXXXXX inside that root, removed with everything in it
 *     when the instance ends.  Areas left by processes that died are
 *     removed the next time one is made.
 * Nothing here reads $HOME, the environment or the process's identity:
 * the root follows the instance, and the instance the thread's context.
 *
 * Layout.  A profile is the file "<name>.prof" in the root (proffile.h
 * format).  The default profile's name is the one line of the file
 * "default".  Names follow prof_check_profile_name() and are unique
 * without regard to case ("Work" and "work" are one profile), as on
 * Windows; a profile keeps the spelling it was created with.
 *
 * Locking.  Changes of the set of profiles (create, delete, copy, rename,
 * default) are atomicfile edits of "default": its lock is the root lock,
 * so two of them never interleave, across threads and processes.  A
 * change of one profile's file also takes that file's own lock (proffile
 * edits of its contents take only that one), always after the root lock.
 *
 * Logons.  The session layer holds a profref for each session on a
 * profile.  Deleting a profile that sessions of this instance are logged
 * on to marks it, as on Windows: its file moves to a hidden name, it is
 * no longer listed and no new logon finds it, the sessions keep using it,
 * and the last logoff removes it.  Renaming one moves the file at once
 * and the sessions follow.  Sessions of other processes are not known
 * here: their profile disappears under them.
 *
 * Conventions: int functions return 0 or a negative errno with a message
 * (profutil.h): -EINVAL bad name, -ENOENT no such profile, -EEXIST the
 * name is taken, -EACCES the OS refused.
 */
#ifndef MAPIX_PROFILE_PROFROOT_H
#define MAPIX_PROFILE_PROFROOT_H

#include <stdbool.h>
#include <stddef.h>

#include "proffile.h"

struct instance;
struct profroot;
struct profref;

/*
 * The profile root of inst, made on first use (see above); borrowed, it
 * lives as long as inst.  Returns 0, or the configuration's error, or the
 * errno of the directory that could not be made (the message names it).
 */
int profroot_get(struct instance *inst, struct profroot **root_r,
		 const char **error_r);

/* The root's directory. */
const char *profroot_dir(const struct profroot *root);
/* True for a MAPI_TEMPORARY_PROFILES root. */
bool profroot_temporary(const struct profroot *root);

/* The profiles, in name order, and which one is the default. */
struct profroot_list {
	char **names;
	size_t count;
	/* Index of the default profile, or (size_t)-1 when none. */
	size_t default_index;
};

/* Lists the profiles (without locking).  0 or -ENOMEM, -EACCES, ... */
int profroot_list(struct profroot *root, struct profroot_list *list_r,
		  const char **error_r);
void profroot_list_free(struct profroot_list *list);

/*
 * The path of the profile's file, and its name as created, for a name
 * given in any case.  0 or -ENOENT, -EINVAL.
 */
int profroot_find(struct profroot *root, const char *name, char *path,
		  size_t path_size, char *canonical, size_t canonical_size,
		  const char **error_r);

/*
 * Creates the profile name with the contents pf (its profile section gets
 * PR_PROFILE_NAME and a fresh PR_SEARCH_KEY here).  -EEXIST when a
 * profile of that name (in any case) exists.
 */
int profroot_create(struct profroot *root, const char *name,
		    struct proffile *pf, const char **error_r);

/* Deletes (or marks, see above) a profile.  0 or -ENOENT. */
int profroot_delete(struct profroot *root, const char *name,
		    const char **error_r);

/*
 * Copies from to a new profile to, which gets its own PR_SEARCH_KEY.
 * -ENOENT, -EEXIST.
 */
int profroot_copy(struct profroot *root, const char *from, const char *to,
		  const char **error_r);

/*
 * Renames from to to (a change of case only is allowed); the default
 * follows.  -ENOENT, -EEXIST.
 */
int profroot_rename(struct profroot *root, const char *from, const char *to,
		    const char **error_r);

/* Makes name the default profile; NULL clears the default.  -ENOENT. */
int profroot_set_default(struct profroot *root, const char *name,
			 const char **error_r);

/*
 * For the session layer: logs on to the profile name (NULL: the default
 * profile; -ENOENT when there is none).  The reference keeps the profile
 * usable until profroot_logoff().
 */
int profroot_logon(struct profroot *root, const char *name,
		   struct profref **ref_r, const char **error_r);
/* The profile file's current path (it moves when renamed or deleted). */
int profref_path(struct profref *ref, char *buf, size_t size);
/* Ends a logon; a profile marked deleted goes with its last one. */
void profroot_logoff(struct profref **ref);

/* The section of a profile's own properties: PS_PROFILE_PROPERTIES. */
extern const MAPIUID profroot_profile_section;

#endif
