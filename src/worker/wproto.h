/*
 * wproto.h - the line protocol of the example worker, mapix-worker: what
 * a front end says to a worker once the broker has handed its connection
 * over.
 *
 * One JSON object per line, each way, lines of at most WPROTO_LINE_MAX
 * bytes.  A request names its operation in "op" and may carry an "id"
 * (a number or a string) that the answer repeats.  An answer is
 * {"ok":true, ...} or {"error":"MAPI_E_...", "message":"..."}.
 *
 *   {"op":"ping"}                    -> {"ok":true}
 *   {"op":"whoami"}                  -> the worker's principal, pid and
 *                                       kernel ids: "uid","euid","suid",
 *                                       "gid","egid","sgid","groups":[..]
 *   {"op":"profiles"}                -> {"ok":true,"profiles":[names]}: the
 *                                       files of <state>/profiles/<me>/
 *                                       whose names do not start with '.'
 *   {"op":"profiles","principal":P}  -> the same for another principal's
 *                                       directory: the kernel decides,
 *                                       MAPI_E_NO_ACCESS when it refuses
 *   {"op":"probe","path":"/x"}       -> {"ok":true} when the worker may open
 *                                       the path for reading (a diagnostic:
 *                                       the kernel decides, as the user),
 *                                       else MAPI_E_NO_ACCESS or
 *                                       MAPI_E_NOT_FOUND
 *   {"op":"logoff"}                  -> {"ok":true}, then the worker closes
 *                                       the connection
 *   setup_store, list_folders, list_messages, read_message,
 *   create_message                   -> the store requests of wstore.h,
 *                                       over the user's own profile and
 *                                       store (docs/BROKER.md)
 *
 * Malformed JSON, a line that is not one object, a missing or unknown op:
 * MAPI_E_INVALID_PARAMETER (the connection stays open).  A line longer
 * than WPROTO_LINE_MAX: MAPI_E_TOO_BIG, then the worker closes.
 */
#ifndef MAPIX_BROKER_WPROTO_H
#define MAPIX_BROKER_WPROTO_H

#include <stdbool.h>
#include <stddef.h>

struct wstore;

/* Longest request line, '\n' included. */
#define WPROTO_LINE_MAX 65536
/* Deepest nesting of a request. */
#define WPROTO_DEPTH_MAX 16

struct wproto_env {
	/* The worker's principal. */
	const char *principal;
	/* The state directory; NULL: profiles answer MAPI_E_NOT_FOUND. */
	const char *state_dir;
	/* The probe op opens files; fuzzing turns it off. */
	bool allow_probe;
	/* The store requests' MAPI state (wstore.h); NULL: they check their
	 * arguments, then answer MAPI_E_NO_SUPPORT. */
	struct wstore *store;
};

/*
 * Answers one request line (len bytes, without its '\n').  Returns 0 with
 * *reply_r a malloc'd answer line ending in '\n' (and *close_r true when
 * the connection must close after it), or -ENOMEM.
 */
int wproto_handle(const struct wproto_env *env, const char *line, size_t len,
		  char **reply_r, bool *close_r);

/* The answer to a line over WPROTO_LINE_MAX, as wproto_handle. */
int wproto_too_long(char **reply_r);

#endif
