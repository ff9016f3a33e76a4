/*
 * instance.c - MAPIInitialize, MAPIUninitialize and the per-context
 * instances behind them.
 *
 * The registry is a list of live instances, one per context id, under
 * reg_lock; the lock also guards each instance's reference count and the
 * begin/end of its objhdr generation, so a context's old instance always
 * ends its generation before a new one begins.  Creation (engine and
 * dispatcher thread included) happens under the lock; teardown unlinks the
 * instance under the lock and stops its engine outside it, since the
 * dispatcher may be inside OnNotify calling MAPI.
 *
 * Each thread keeps a short list of records, one per context it
 * initialized: the instance and how many MAPIInitialize calls it made
 * there.  Adopted library threads have a record with no count.
 */
#include "instance.h"

#include "alloc.h"
#include "cancel.h"
#include "config.h"
#include "errmsg.h"
#include "notify.h"
#include "notifyhook.h"
#include "objhdr.h"

#include <errno.h>
#include <limits.h>
#include <pthread.h>
#include <stdio.h>
#include <string.h>

struct instance {
	struct instance *next;
	struct context *ctx;
	unsigned int ctx_id;
	/* MAPIInitialize calls not yet matched, all threads; reg_lock. */
	unsigned int refs;
	ULONG flags;
	struct notify_engine *notify;
	struct cancel_table *cancel;
	char name[CONTEXT_NAME_MAX + 1];
	/* instance_path(): the path, or the error and its message. */
	struct instance_config_path {
		int err;
		char *text;
	} paths[2];
	/* Higher layers' parts, newest first; parts_lock. */
	pthread_mutex_t parts_lock;
	struct instance_part *parts;
};

struct instance_part {
	struct instance_part *next;
	const struct instance_part_ops *ops;
	void *data;
};

struct thread_rec {
	struct thread_rec *next;
	struct instance *inst;
	unsigned int ctx_id;
	/* This thread's unmatched MAPIInitialize calls. */
	unsigned int count;
	/* A library thread of inst (kept while count is 0). */
	bool adopted;
	char name[CONTEXT_NAME_MAX + 1];
};

static pthread_mutex_t reg_lock = PTHREAD_MUTEX_INITIALIZER;
static struct instance *instances;
static _Thread_local struct thread_rec *thread_recs;

/* Names a context id for objhdr messages, from the live instances. */
static void instance_namer(unsigned int id, char *buf, size_t size)
{
	const struct instance *inst;
	struct context *cur = context_thread();

	if (cur != NULL && context_id(cur) == id) {
		snprintf(buf, size, "'%s' (context %u)", context_principal(cur),
			 id);
		return;
	}
	pthread_mutex_lock(&reg_lock);
	for (inst = instances; inst != NULL; inst = inst->next) {
		if (inst->ctx_id == id)
			break;
	}
	if (inst != NULL)
		snprintf(buf, size, "'%s' (context %u)", inst->name, id);
	else
		snprintf(buf, size, "context %u", id);
	pthread_mutex_unlock(&reg_lock);
}

/* Sets the core layer's record of the thread's context. */
static void thread_resolver(void)
{
	(void)context_thread();
}

static struct instance *registry_find(unsigned int ctx_id);

/*
 * Core's objects (tables) notify through this (notifyhook.h): the engine of
 * the live instance of their context takes the notifications.  The engine
 * is held, not the registry lock, while posting: posting AddRefs the sink,
 * whose refusal message may need the namer, which takes reg_lock.
 */
static int core_notify_hook(unsigned int ctx_id, LPMAPIADVISESINK sink,
			    ULONG cNotif, const NOTIFICATION *notifs)
{
	struct notify_engine *eng = NULL;
	struct instance *inst;
	int err;

	pthread_mutex_lock(&reg_lock);
	inst = registry_find(ctx_id);
	if (inst != NULL) {
		eng = inst->notify;
		notify_engine_hold(eng);
	}
	pthread_mutex_unlock(&reg_lock);
	if (eng == NULL)
		return 0;
	err = notify_engine_post(eng, sink, cNotif, notifs);
	notify_engine_drop(eng);
	return err < 0 ? err : 1;
}

/*
 * The context layer's hooks into core (objhdr's namer, alloc's resolver,
 * the tables' notification hook), installed when the library is loaded:
 * before any object exists, whichever entry point comes first.
 */
__attribute__((constructor)) static void instance_install_hooks(void)
{
	objhdr_set_namer(instance_namer);
	alloc_set_context_resolver(thread_resolver);
	core_notify_set_hook(core_notify_hook);
}

static struct thread_rec *thread_rec_find(unsigned int ctx_id)
{
	struct thread_rec *rec;

	for (rec = thread_recs; rec != NULL; rec = rec->next) {
		if (rec->ctx_id == ctx_id)
			return rec;
	}
	return NULL;
}

static void thread_rec_remove(struct thread_rec *rec)
{
	struct thread_rec **pp;

	for (pp = &thread_recs; *pp != NULL; pp = &(*pp)->next) {
		if (*pp == rec) {
			*pp = rec->next;
			break;
		}
	}
	alloc_free(rec);
}

/* Under reg_lock. */
static struct instance *registry_find(unsigned int ctx_id)
{
	struct instance *inst;

	for (inst = instances; inst != NULL; inst = inst->next) {
		if (inst->ctx_id == ctx_id)
			return inst;
	}
	return NULL;
}

/* Frees an instance that is out of the registry and has no references. */
static void instance_free(struct instance *inst)
{
	struct instance_part *part;
	size_t i;

	while ((part = inst->parts) != NULL) {
		inst->parts = part->next;
		part->ops->destroy(part->data);
		alloc_free(part);
	}
	pthread_mutex_destroy(&inst->parts_lock);
	for (i = 0; i < (sizeof(inst->paths) / sizeof(inst->paths[0])); i++)
		alloc_free(inst->paths[i].text);
	notify_engine_destroy(&inst->notify);
	cancel_table_destroy(&inst->cancel);
	context_unref(&inst->ctx);
	alloc_free(inst);
}

/* Resolves one configured path into slot (see instance_path). */
static int config_path_fill(struct instance_config_path *slot,
			    int (*get)(char *, size_t, const char **))
{
	char buf[PATH_MAX];
	const char *error = NULL;

	slot->err = get(buf, sizeof(buf), &error);
	slot->text = alloc_strdup(slot->err == 0  ? buf
				  : error != NULL ? error
						  : "configuration error");
	return slot->text == NULL ? -ENOMEM : 0;
}

/*
 * Snapshots the configured paths: a broken configuration does not stop
 * MAPIInitialize (programs that never touch profiles keep working); the
 * error reaches whoever asks for the path.
 */
static int instance_config_paths(struct instance *inst)
{
	int err = config_path_fill(&inst->paths[INSTANCE_STATE_DIR],
				   config_state_dir_path);

	if (err == 0)
		err = config_path_fill(&inst->paths[INSTANCE_CATALOG],
				       config_catalog_path);
	return err;
}

/*
 * Creates the instance of ctx and links it, under reg_lock.  Returns 0 or
 * a negative errno (-ENOMEM, or the notification engine's error).
 */
static int instance_create(struct context *ctx, ULONG flags,
			   struct instance **inst_r)
{
	struct instance *inst;
	int err;

	inst = alloc_calloc(1, sizeof(*inst));
	if (inst == NULL)
		return -ENOMEM;
	context_ref(ctx);
	inst->ctx = ctx;
	inst->ctx_id = context_id(ctx);
	inst->flags = flags;
	snprintf(inst->name, sizeof(inst->name), "%s", context_principal(ctx));
	pthread_mutex_init(&inst->parts_lock, NULL);
	err = instance_config_paths(inst);
	if (err == 0)
		err = cancel_table_create(&inst->cancel);
	if (err == 0)
		err = objhdr_generation_begin(inst->ctx_id);
	if (err < 0) {
		instance_free(inst);
		return err;
	}
	err = notify_engine_create(
	    inst, ctx, (flags & MAPI_MULTITHREAD_NOTIFICATIONS) != 0,
	    &inst->notify);
	if (err < 0) {
		objhdr_generation_end(inst->ctx_id);
		instance_free(inst);
		return err;
	}
	inst->next = instances;
	instances = inst;
	*inst_r = inst;
	return 0;
}

/*
 * MAPIInitialize
 *
 * Joins, or creates, the MAPI instance of the calling thread's current
 * security context, and counts the call for this thread and the instance.
 *
 * PARAMS
 *  lpMapiInit [I] a MAPIINIT_0, or NULL for no flags.  ulVersion must be
 *                 MAPI_INIT_VERSION; ulFlags may hold
 *                 MAPI_MULTITHREAD_NOTIFICATIONS (a dispatcher thread
 *                 delivers notifications), MAPI_TEMPORARY_PROFILES (read by
 *                 the profile layer), MAPI_NO_COINIT and MAPI_NT_SERVICE
 *                 (accepted, nothing to do on Linux).
 *
 * RETURNS
 *  S_OK, MAPI_E_VERSION (ulVersion), MAPI_E_UNKNOWN_FLAGS,
 *  MAPI_E_NOT_ENOUGH_MEMORY, MAPI_E_INVALID_OBJECT (the notification engine
 *  could not start).
 *
 * NOTES
 *  As on Windows, the first call that creates an instance chooses its
 *  flags; later calls of the same context join it as it is.  The thread's
 *  MAPI buffers and objects belong to the context from now on.
 */
HRESULT MAPIInitialize(LPVOID lpMapiInit)
{
	const MAPIINIT_0 *init = lpMapiInit;
	ULONG flags = 0;
	struct context *ctx;
	struct thread_rec *rec, *fresh = NULL;
	struct instance *inst;
	unsigned int id;
	int err;

	if (init != NULL) {
		if (init->ulVersion != MAPI_INIT_VERSION)
			return objhdr_thread_seterr(
			    MAPI_E_VERSION,
			    "MAPIInitialize: MAPIINIT_0.ulVersion is %lu, "
			    "only MAPI_INIT_VERSION (%d) is known",
			    (unsigned long)init->ulVersion, MAPI_INIT_VERSION);
		if (init->ulFlags & ~(ULONG)INSTANCE_KNOWN_FLAGS)
			return objhdr_thread_seterr(
			    MAPI_E_UNKNOWN_FLAGS,
			    "MAPIInitialize: unknown flags 0x%08lx",
			    (unsigned long)(init->ulFlags &
					    ~(ULONG)INSTANCE_KNOWN_FLAGS));
		flags = init->ulFlags;
	}
	ctx = context_thread();
	if (ctx == NULL)
		return objhdr_thread_seterr(
		    MAPI_E_NOT_ENOUGH_MEMORY,
		    "MAPIInitialize: the thread's security context could "
		    "not be set up");
	id = context_id(ctx);
	rec = thread_rec_find(id);
	if (rec == NULL) {
		fresh = alloc_calloc(1, sizeof(*fresh));
		if (fresh == NULL)
			return objhdr_thread_seterr(MAPI_E_NOT_ENOUGH_MEMORY,
						    "MAPIInitialize: out of "
						    "memory");
	}

	pthread_mutex_lock(&reg_lock);
	inst = registry_find(id);
	if (inst == NULL) {
		err = instance_create(ctx, flags, &inst);
		if (err < 0) {
			pthread_mutex_unlock(&reg_lock);
			alloc_free(fresh);
			if (err == -ENOMEM)
				return objhdr_thread_seterr(
				    MAPI_E_NOT_ENOUGH_MEMORY,
				    "MAPIInitialize: out of memory");
			return objhdr_thread_seterr(
			    MAPI_E_INVALID_OBJECT,
			    "MAPIInitialize: the notification engine of "
			    "'%s' could not start (error %d)",
			    context_principal(ctx), -err);
		}
	}
	inst->refs++;
	pthread_mutex_unlock(&reg_lock);

	if (fresh != NULL) {
		fresh->ctx_id = id;
		snprintf(fresh->name, sizeof(fresh->name), "%s",
			 context_principal(ctx));
		fresh->next = thread_recs;
		thread_recs = fresh;
		rec = fresh;
	}
	/* An adopted library thread may initialize too: it then counts. */
	rec->inst = inst;
	rec->count++;
	alloc_set_thread_context(id);
	objhdr_thread_seterr(S_OK, NULL);
	return S_OK;
}

/*
 * MAPIUninitialize
 *
 * Gives back one MAPIInitialize of the calling thread in its current
 * context.  The last one of the context, over all threads, tears down that
 * context's instance: its objects become dead (MAPI_E_INVALID_OBJECT), its
 * notification engine stops.
 *
 * NOTES
 *  Without a matching MAPIInitialize of the current context on this thread
 *  it does nothing but record a message: an unpaired call never tears down
 *  an instance other threads use, and never aborts.
 */
void MAPIUninitialize(void)
{
	struct context *ctx = context_thread();
	struct thread_rec *rec;
	struct instance *inst;
	bool last;

	rec = ctx == NULL ? NULL : thread_rec_find(context_id(ctx));
	if (rec == NULL || rec->count == 0) {
		objhdr_thread_seterr(
		    MAPI_E_NOT_INITIALIZED,
		    "MAPIUninitialize: this thread has no MAPIInitialize "
		    "of %s%s%s to match; ignored",
		    ctx == NULL ? "its context" : "'",
		    ctx == NULL ? "" : context_principal(ctx),
		    ctx == NULL ? "" : "'");
		return;
	}
	inst = rec->inst;
	if (--rec->count == 0 && !rec->adopted) {
		notify_thread_detach(inst->notify);
		thread_rec_remove(rec);
		rec = NULL;
	}

	pthread_mutex_lock(&reg_lock);
	last = --inst->refs == 0;
	if (last) {
		struct instance **pp;

		for (pp = &instances; *pp != inst; pp = &(*pp)->next)
			;
		*pp = inst->next;
		objhdr_generation_end(inst->ctx_id);
	}
	pthread_mutex_unlock(&reg_lock);
	if (last) {
		/* The instance's own dispatcher ended it: no longer adopted. */
		if (rec != NULL)
			thread_rec_remove(rec);
		instance_free(inst);
	}
}

HRESULT instance_check_thread(struct instance **inst_r)
{
	struct context *ctx = context_thread();
	const struct thread_rec *rec;
	unsigned int id;

	if (inst_r != NULL)
		*inst_r = NULL;
	if (ctx == NULL)
		return objhdr_thread_seterr(
		    MAPI_E_NOT_INITIALIZED,
		    "the thread's security context could not be set up");
	id = context_id(ctx);
	rec = thread_rec_find(id);
	if (rec != NULL) {
		if (inst_r != NULL)
			*inst_r = rec->inst;
		return S_OK;
	}
	if (thread_recs != NULL)
		return objhdr_thread_seterr(
		    MAPI_E_NOT_INITIALIZED,
		    "MAPI is not initialized for '%s' (context %u) on this "
		    "thread: it called MAPIInitialize as '%s' (context "
		    "%u) and then changed context.  Call MAPIInitialize "
		    "again after impersonating (and MAPIUninitialize "
		    "before reverting); contexts never share objects",
		    context_principal(ctx), id, thread_recs->name,
		    thread_recs->ctx_id);
	return objhdr_thread_seterr(
	    MAPI_E_NOT_INITIALIZED,
	    "MAPI is not initialized on this thread (context '%s'): call "
	    "MAPIInitialize first",
	    context_principal(ctx));
}

int instance_thread_adopt(struct instance *inst)
{
	struct thread_rec *rec = thread_rec_find(inst->ctx_id);

	if (rec != NULL) {
		rec->adopted = true;
		return 0;
	}
	rec = alloc_calloc(1, sizeof(*rec));
	if (rec == NULL)
		return -ENOMEM;
	rec->inst = inst;
	rec->ctx_id = inst->ctx_id;
	rec->adopted = true;
	snprintf(rec->name, sizeof(rec->name), "%s", inst->name);
	rec->next = thread_recs;
	thread_recs = rec;
	return 0;
}

void instance_thread_unadopt(unsigned int context_id)
{
	struct thread_rec *rec = thread_rec_find(context_id);

	if (rec == NULL || !rec->adopted)
		return;
	rec->adopted = false;
	if (rec->count == 0)
		thread_rec_remove(rec);
}

int instance_path(const struct instance *inst, enum instance_path which,
		  const char **path_r, const char **error_r)
{
	const struct instance_config_path *slot;

	if ((size_t)which >= (sizeof(inst->paths) / sizeof(inst->paths[0])))
		return errmsg_set(error_r, -EINVAL, "unknown instance path %d",
				  (int)which);
	slot = &inst->paths[which];
	if (slot->err < 0)
		return errmsg_set(error_r, slot->err, "%s", slot->text);
	*path_r = slot->text;
	return 0;
}

void *instance_part(struct instance *inst, const struct instance_part_ops *ops)
{
	struct instance_part *part;
	void *data = NULL;

	pthread_mutex_lock(&inst->parts_lock);
	for (part = inst->parts; part != NULL; part = part->next) {
		if (part->ops == ops) {
			data = part->data;
			break;
		}
	}
	pthread_mutex_unlock(&inst->parts_lock);
	return data;
}

int instance_part_attach(struct instance *inst,
			 const struct instance_part_ops *ops, void *data,
			 void **part_r)
{
	struct instance_part *part, *fresh;

	if (ops == NULL || ops->version != INSTANCE_PART_OPS_VERSION ||
	    ops->destroy == NULL)
		return -EINVAL;
	fresh = alloc_calloc(1, sizeof(*fresh));
	if (fresh == NULL)
		return -ENOMEM;
	pthread_mutex_lock(&inst->parts_lock);
	for (part = inst->parts; part != NULL; part = part->next) {
		if (part->ops == ops)
			break;
	}
	if (part == NULL) {
		fresh->ops = ops;
		fresh->data = data;
		fresh->next = inst->parts;
		inst->parts = fresh;
		fresh = NULL;
		*part_r = data;
	} else {
		*part_r = part->data;
	}
	pthread_mutex_unlock(&inst->parts_lock);
	alloc_free(fresh);
	return 0;
}

ULONG instance_flags(const struct instance *inst)
{
	return inst->flags;
}

struct context *instance_context(const struct instance *inst)
{
	return inst->ctx;
}

unsigned int instance_context_id(const struct instance *inst)
{
	return inst->ctx_id;
}

struct notify_engine *instance_notify(const struct instance *inst)
{
	return inst->notify;
}

struct cancel_table *instance_cancel(const struct instance *inst)
{
	return inst->cancel;
}

unsigned int instance_refs(unsigned int context_id)
{
	const struct instance *inst;
	unsigned int refs;

	pthread_mutex_lock(&reg_lock);
	inst = registry_find(context_id);
	refs = inst == NULL ? 0 : inst->refs;
	pthread_mutex_unlock(&reg_lock);
	return refs;
}

unsigned int instance_count(void)
{
	const struct instance *inst;
	unsigned int n = 0;

	pthread_mutex_lock(&reg_lock);
	for (inst = instances; inst != NULL; inst = inst->next)
		n++;
	pthread_mutex_unlock(&reg_lock);
	return n;
}
