/*
 * proffile_private.h - what the files of the profile file module share
 * and nobody else sees: the model (sections of stored properties) and
 * the look-ups the parser builds it with.
 *
 *   proffile.c       the model, and profiles as files
 *   proffile_text.c  the text format: the writer and the parser
 */
#ifndef MAPIX_PROFILE_PROFFILE_PRIVATE_H
#define MAPIX_PROFILE_PROFFILE_PRIVATE_H

#include <stdbool.h>
#include <stddef.h>

#include "proffile.h"

#define MAGIC "# mapix profile "

struct pprop {
	SPropValue v;
	void *data; /* what v points to, one block; NULL for scalars */
};

struct psec {
	MAPIUID uid;
	struct pprop *props; /* sorted by property ID */
	size_t count, cap;
};

struct proffile {
	struct psec *secs; /* sorted by MAPIUID */
	size_t count, cap;
};

/* Where section uid is (or goes: *found false) in pf's sorted array. */
size_t proffile_sec_index(const struct proffile *pf, const MAPIUID *uid,
			  bool *found);
/* Where property tag (by ID) is (or goes) in s's sorted array. */
size_t proffile_prop_index(const struct psec *s, ULONG tag, bool *found);
/* The section uid, or NULL. */
struct psec *proffile_find_sec(const struct proffile *pf, const MAPIUID *uid);
/* The section uid, made when missing; NULL when memory runs out. */
struct psec *proffile_need_sec(struct proffile *pf, const MAPIUID *uid);

#endif
