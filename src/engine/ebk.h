/*
 * ebk.h - the one door from the engine to its storage backend: a thin
 * wrapper per method of struct engine_backend_ops, in the manner of
 * SQLite's os.c.  Nothing in src/engine calls mb->ops->method() itself.
 *
 * Each wrapper takes the mailbox (instead of the backend's struct eb_db)
 * and is the single place that
 *
 * - takes the lock the call needs: none today, because engine.h gives a
 *   mailbox and everything opened from it to one thread at a time (the
 *   registry of backends has its own lock, in engine_backend.c);
 * - asserts the backend's contract (engine_backend.h): 0 or a negative
 *   errno (methods that call back may also pass on what the callback
 *   returned), out-parameters set on success, writes only inside a write
 *   transaction, a failed commit leaves no transaction open;
 * - records a failure: every error other than the answers -ENOENT ("no
 *   such row") and -ENOBUFS ("buffer too small") becomes the mailbox's
 *   last error, "mailbox backend: <method>: <reason>", unless the engine
 *   reports something more precise afterwards (engine_last_error());
 * - answers -ENOTSUP for a method newer than the backend's version, or
 *   one it left NULL (only methods after version 1 may be NULL);
 * - injects faults for tests (ebk_fault_set() below).
 *
 * Fault injection counts the calls of the calling thread: every wrapper
 * call that can fail counts (close, rollback and lob_close cannot; nor
 * does a call answered -ENOTSUP), whichever mailbox it is for.  The
 * chosen call (and with persist every later one) returns -err without
 * reaching the backend.  An injected failure of commit rolls the
 * transaction back, as a real failed commit does; of begin or open,
 * nothing was opened.
 */
#ifndef MAPIX_ENGINE_EBK_H
#define MAPIX_ENGINE_EBK_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#include "engine_backend.h"

struct engine_mailbox;

/* ---------------------------------------------------------------------------
 * Test hooks
 */

/* The nth backend call from now on, on the calling thread, fails with -err
 * (err a positive errno; n = 1 fails the next call), and with persist
 * every call after it too (a disk that stays full).  n = 0 turns
 * injection off.  Also restarts the count of ebk_fault_calls(). */
void ebk_fault_set(unsigned long n, int err, bool persist);
/* The method whose call was the first to fail by injection since the
 * last ebk_fault_set() on this thread, or NULL when none did. */
const char *ebk_fault_injected(void);
/* Calls that could fail, made by this thread since ebk_fault_set(). */
unsigned long ebk_fault_calls(void);

/* ---------------------------------------------------------------------------
 * The wrappers, in the order of struct engine_backend_ops; each has the
 * contract of its method there.
 */

/* Opens mb->db with mb->ops (mb->db is NULL after a failure). */
int ebk_open(struct engine_mailbox *mb, const char *path, bool create,
	     const char **error_r);
/* Closes mb->db (if open) and sets it NULL. */
void ebk_close(struct engine_mailbox *mb);

int ebk_begin(struct engine_mailbox *mb, bool write, const char **error_r);
int ebk_commit(struct engine_mailbox *mb, const char **error_r);
void ebk_rollback(struct engine_mailbox *mb);

int ebk_meta_get(struct engine_mailbox *mb, const char *key, void *buf,
		 size_t cap, size_t *len_r);
int ebk_meta_set(struct engine_mailbox *mb, const char *key, const void *val,
		 size_t len);

int ebk_folder_put(struct engine_mailbox *mb, const struct eb_folder *f);
int ebk_folder_get(struct engine_mailbox *mb, uint64_t fid, eb_folder_fn *fn,
		   void *ctx);
int ebk_folder_children(struct engine_mailbox *mb, uint64_t parent,
			eb_folder_fn *fn, void *ctx);
int ebk_folder_find(struct engine_mailbox *mb, uint64_t parent,
		    const char *name, uint64_t *fid_r);
int ebk_folder_delete(struct engine_mailbox *mb, uint64_t fid);
int ebk_folder_counts(struct engine_mailbox *mb, uint64_t fid,
		      uint64_t *count_r, uint64_t *unread_r, uint64_t *assoc_r,
		      uint64_t *children_r);

int ebk_msg_put(struct engine_mailbox *mb, const struct eb_message *m);
int ebk_msg_get(struct engine_mailbox *mb, uint64_t mid, eb_message_fn *fn,
		void *ctx);
int ebk_msg_delete(struct engine_mailbox *mb, uint64_t mid);
int ebk_msg_embedded(struct engine_mailbox *mb, uint64_t parent_mid,
		     uint32_t num, uint64_t *mid_r);
int ebk_msg_set_flags(struct engine_mailbox *mb, uint64_t mid, int64_t set,
		      int64_t clear, uint64_t change_num);
int ebk_msg_query(struct engine_mailbox *mb, const struct eb_query *q,
		  eb_message_fn *fn, void *ctx);
int ebk_msg_count(struct engine_mailbox *mb, const struct eb_query *q,
		  uint64_t *count_r);
int ebk_msg_total_size(struct engine_mailbox *mb, uint64_t *size_r);

int ebk_sub_put(struct engine_mailbox *mb, enum eb_sub_kind kind, uint64_t mid,
		unsigned int count, const struct eb_sub *rows);
int ebk_sub_list(struct engine_mailbox *mb, enum eb_sub_kind kind, uint64_t mid,
		 eb_sub_fn *fn, void *ctx);

int ebk_named_find(struct engine_mailbox *mb, const GUID *guid, ULONG kind,
		   LONG lid, const char *name, ULONG *id_r);
int ebk_named_add(struct engine_mailbox *mb, const GUID *guid, ULONG kind,
		  LONG lid, const char *name, ULONG *id_r);
int ebk_named_get(struct engine_mailbox *mb, ULONG id, GUID *guid_r,
		  ULONG *kind_r, LONG *lid_r, char **name_r);

int ebk_acl_get(struct engine_mailbox *mb, uint64_t fid, const char *member,
		ULONG *rights_r);
int ebk_acl_list(struct engine_mailbox *mb, uint64_t fid, eb_acl_fn *fn,
		 void *ctx);
int ebk_acl_set(struct engine_mailbox *mb, uint64_t fid, const char *member,
		ULONG rights);
int ebk_acl_delete(struct engine_mailbox *mb, uint64_t fid, const char *member);

int ebk_audit_add(struct engine_mailbox *mb, int64_t time,
		  const char *principal, const char *operation,
		  uint64_t object);
int ebk_audit_list(struct engine_mailbox *mb, eb_audit_fn *fn, void *ctx);

int ebk_receive_get(struct engine_mailbox *mb, const char *cls,
		    uint64_t *fid_r);
int ebk_receive_set(struct engine_mailbox *mb, const char *cls, uint64_t fid);
int ebk_receive_list(struct engine_mailbox *mb, eb_receive_fn *fn, void *ctx);

int ebk_data_version(struct engine_mailbox *mb, uint64_t *version_r);
int ebk_check(struct engine_mailbox *mb, const char **error_r);

int ebk_lob_new(struct engine_mailbox *mb, int64_t now, int64_t *lob_r);
int ebk_lob_append(struct engine_mailbox *mb, int64_t lob, uint32_t seq,
		   const void *data, size_t len);
int ebk_lob_attach(struct engine_mailbox *mb, int64_t lob, uint64_t mid,
		   uint32_t num, ULONG tag, uint64_t size);
int ebk_lob_detach(struct engine_mailbox *mb, uint64_t mid);
int ebk_lob_drop_detached(struct engine_mailbox *mb, uint64_t mid);
int ebk_lob_delete(struct engine_mailbox *mb, int64_t lob);
int ebk_lob_copy(struct engine_mailbox *mb, int64_t lob, int64_t now,
		 int64_t *copy_r);
int ebk_lob_list(struct engine_mailbox *mb, uint64_t mid, eb_lob_fn *fn,
		 void *ctx);
int ebk_lob_gc(struct engine_mailbox *mb, int64_t before);
int ebk_lob_open(struct engine_mailbox *mb, int64_t lob, struct eb_lob **r_r);
int ebk_lob_read(struct engine_mailbox *mb, struct eb_lob *r, uint64_t offset,
		 void *buf, size_t len, size_t *done_r);
void ebk_lob_close(struct engine_mailbox *mb, struct eb_lob *r);

/* Version 2.  -ENOTSUP from a backend without it. */
int ebk_msg_head(struct engine_mailbox *mb, uint64_t mid, eb_message_fn *fn,
		 void *ctx);

#endif
