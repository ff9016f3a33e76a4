/*
 * wstore.h - the example worker's store requests (docs/BROKER.md): the
 * MAPI work of mapix-worker over the user's own profiles and personal
 * store, as the user.
 *
 * The worker logs on lazily, on its first store request: MAPIInitialize,
 * MAPILogonEx to the user's default profile (or the one a request names),
 * the default store of the stores table (PR_DEFAULT_STORE).  The session
 * is kept for the next requests; setup_store ends it.
 *
 * Each request's arguments are checked in full before anything is opened;
 * with a NULL store (the fuzz target) a well-formed request then answers
 * MAPI_E_NO_SUPPORT.  An operation returns S_OK with its fields added to
 * reply, or an HRESULT with a message in msg (reply untouched).
 */
#ifndef MAPIX_BROKER_WSTORE_H
#define MAPIX_BROKER_WSTORE_H

#include <stddef.h>

#include <json-c/json.h>

#include <mapidefs.h>

/* Most rows of one list_messages answer, and the default. */
#define WSTORE_LIMIT_MAX     1000
#define WSTORE_LIMIT_DEFAULT 50
/* Most recipients of a created message. */
#define WSTORE_RECIPS_MAX 100
/* Longest message of an error answer. */
#define WSTORE_MSG_MAX 512

struct wstore;

/*
 * The worker's MAPI state, for principal (the broker's name of the user,
 * as MAPIX_PRINCIPAL says): the process's MAPI context will carry that
 * name, so the user's profiles are <state>/profiles/<principal>/.  Call
 * before any other MAPI function.  -ENOMEM, -EINVAL for a bad name.
 */
int wstore_new(const char *principal, struct wstore **ws_r);
/* Logs off, MAPIUninitialize; sets *ws to NULL.  NULL is a no-op. */
void wstore_free(struct wstore **ws);

typedef HRESULT wstore_op_fn(struct wstore *ws, json_object *req,
			     json_object *reply, char *msg, size_t size);

wstore_op_fn wstore_setup_store;
wstore_op_fn wstore_list_folders;
wstore_op_fn wstore_list_messages;
wstore_op_fn wstore_read_message;
wstore_op_fn wstore_create_message;

#endif
