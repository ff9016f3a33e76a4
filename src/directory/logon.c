/*
 * logon.c - MapixLogonUser and MapixTokenForUser (mapixsec.h): the
 * LogonUser and service-for-user steps on top of the directory, and the
 * resolver that names the process context after the principal mapped to
 * the process's uid.  Part of the directory's authenticating files: it
 * calls directory_authenticate(), so a program that only reads
 * principals must not reference anything here.
 *
 * The directory is opened once per process and state directory and kept:
 * opening one checks the sqlite backend's schema and prepares its reads,
 * which costs far more than a lookup.  The open handle is shared by all
 * threads (a struct directory is thread-safe) and reopened when the state
 * directory changes ($MAPIX_STATE_DIR or the configuration file's
 * state_dir); a handle still in use by another thread is closed by its
 * last user.  A forked child opens its own and leaves its parent's alone.
 *
 * Every directory access runs with the thread's own kernel credentials
 * (context_as_process): a thread impersonating a user must still be able
 * to log another one on, and the user may not read the directory.
 */
#include <errno.h>
#include <limits.h>
#include <pthread.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include <mapixsec.h>

#include "alloc.h"
#include "context.h"
#include "directory.h"
#include "errmap.h"

struct dir_cache {
	struct directory *dir;
	/* Threads using dir right now. */
	unsigned int users;
	/* No longer the cache's: the last user closes it. */
	bool stale;
	pid_t pid;
	char state_dir[PATH_MAX];
};

static pthread_mutex_t cache_lock = PTHREAD_MUTEX_INITIALIZER;
static struct dir_cache *cache;

/* The resolver runs one at a time (context.h), so one buffer is enough. */
static gid_t resolver_groups[DIR_GROUPS_MAX];

static void dir_cache_free(struct dir_cache *c)
{
	directory_close(&c->dir);
	alloc_free(c);
}

/*
 * The process's open directory for the current state directory, opened
 * when needed; release it with dir_release().  0 or a negative errno.
 */
static int dir_acquire(struct dir_cache **cache_r)
{
	char path[PATH_MAX];
	struct dir_cache *c;
	pid_t pid = getpid();
	int ret;

	*cache_r = NULL;
	ret = directory_state_dir(path, sizeof(path), NULL);
	if (ret < 0)
		return ret;

	pthread_mutex_lock(&cache_lock);
	c = cache;
	if (c != NULL && c->pid == pid && strcmp(c->state_dir, path) == 0) {
		c->users++;
		pthread_mutex_unlock(&cache_lock);
		*cache_r = c;
		return 0;
	}
	if (c != NULL) {
		cache = NULL;
		/* A parent's handle is not ours to use or close. */
		if (c->pid == pid) {
			if (c->users == 0)
				dir_cache_free(c);
			else
				c->stale = true;
		}
	}
	c = alloc_calloc(1, sizeof(*c));
	if (c == NULL) {
		pthread_mutex_unlock(&cache_lock);
		return -ENOMEM;
	}
	ret = directory_open(NULL, path, &c->dir, NULL);
	if (ret < 0) {
		alloc_free(c);
		pthread_mutex_unlock(&cache_lock);
		return ret;
	}
	c->pid = pid;
	c->users = 1;
	memcpy(c->state_dir, path, strlen(path) + 1);
	cache = c;
	pthread_mutex_unlock(&cache_lock);
	*cache_r = c;
	return 0;
}

static void dir_release(struct dir_cache *c)
{
	pthread_mutex_lock(&cache_lock);
	if (--c->users == 0 && c->stale)
		dir_cache_free(c);
	pthread_mutex_unlock(&cache_lock);
}

/* ---------------------------------------------------------------------
 * Logons
 */

struct logon_call {
	const char *name;
	/* NULL: look the principal up without a password. */
	const char *password;
	/* Not NULL: the principal that must hold DIR_FLAG_ADMIN. */
	const char *admin;
	/* The open failed (not the lookup). */
	bool open_failed;
	struct dir_principal *principal;
};

/* True when the directory says name is an enabled admin. */
static bool principal_is_admin(struct directory *dir, const char *name)
{
	struct dir_principal *p = NULL;
	bool admin;

	if (directory_get(dir, name, &p, NULL) < 0)
		return false;
	admin = (p->flags & DIR_FLAG_ADMIN) != 0 &&
		(p->flags & DIR_FLAG_DISABLED) == 0;
	dir_principal_free(&p);
	return admin;
}

/*
 * Runs with the thread's own credentials: the directory part of a logon.
 * -EACCES for a failed authentication or a caller that is not an admin,
 * -EPERM for a disabled principal, -ENOENT for an unknown one (lookups).
 */
static int logon_work(void *arg)
{
	struct logon_call *call = arg;
	struct dir_cache *c;
	int ret;

	ret = dir_acquire(&c);
	if (ret < 0) {
		call->open_failed = true;
		return ret;
	}
	if (call->password != NULL) {
		ret = directory_authenticate(c->dir, call->name, call->password,
					     &call->principal, NULL);
	} else if (call->admin != NULL &&
		   !principal_is_admin(c->dir, call->admin)) {
		ret = -EACCES;
	} else {
		ret = directory_get(c->dir, call->name, &call->principal, NULL);
		if (ret == 0 && (call->principal->flags & DIR_FLAG_DISABLED)) {
			dir_principal_free(&call->principal);
			ret = -EPERM;
		}
	}
	dir_release(c);
	return ret;
}

/*
 * What a failure to open or read the directory means to a caller: the
 * map's code, except that the directory's own file missing or being a
 * symbolic link (-ENOENT, -ELOOP) says nothing about the principal named:
 * the call failed.
 */
static HRESULT hr_of_directory_errno(int err)
{
	if (err == -ENOENT || err == -ELOOP)
		return MAPI_E_CALL_FAILED;
	return errmap_hr(err);
}

/* Builds the principal's context and a token for it. */
static HRESULT token_of_principal(const struct dir_principal *p, ULONG flags,
				  LPMAPIXTOKEN *lppToken)
{
	struct context_os os = {
	    .uid = p->uid,
	    .gid = p->gid,
	    .groups = p->groups,
	    .groups_count = p->groups_count,
	};
	struct context *ctx = NULL;
	int ret;

	ret = context_get(p->name, p->os_mapped ? &os : NULL, &ctx);
	if (ret == 0)
		ret = context_token_new(ctx, flags, lppToken);
	context_unref(&ctx);
	if (ret == -ENOMEM)
		return MAPI_E_NOT_ENOUGH_MEMORY;
	/*
	 * -EEXIST: the principal was mapped to other ids while contexts
	 * of its old mapping live.
	 */
	return ret < 0 ? MAPI_E_CALL_FAILED : S_OK;
}

static HRESULT logon_check_args(LPCSTR name, ULONG flags,
				LPMAPIXTOKEN *lppToken)
{
	if (lppToken == NULL)
		return MAPI_E_INVALID_PARAMETER;
	*lppToken = NULL;
	if (dir_name_check(name, NULL) < 0)
		return MAPI_E_INVALID_PARAMETER;
	if ((flags & ~MAPIX_LOGON_LOGICAL) != 0)
		return MAPI_E_UNKNOWN_FLAGS;
	return S_OK;
}

/*
 * MapixLogonUser
 *
 * PARAMS
 *  lpszName     [I] the principal's name (any case)
 *  lpszPassword [I] its password, 1 to DIR_PASSWORD_MAX bytes
 *  ulFlags      [I] 0 or MAPIX_LOGON_LOGICAL (impersonating the token
 *                   never changes kernel credentials)
 *  lppToken     [O] the new token, for MapixCloseToken; NULL on failure
 *
 * RETURNS
 *  S_OK, MAPI_E_LOGON_FAILED (unknown principal, wrong password, or no
 *  password set: one answer after the same work), MAPI_E_ACCOUNT_DISABLED
 *  (the password was right), MAPI_E_INVALID_PARAMETER (NULL arguments, a
 *  name that is empty, longer than MAPIX_PRINCIPAL_NAME_MAX, has other
 *  characters than [A-Za-z0-9._@-] or does not begin with a letter or a
 *  digit, a password over DIR_PASSWORD_MAX bytes), MAPI_E_UNKNOWN_FLAGS,
 *  MAPI_E_NO_ACCESS (the directory may not be read),
 *  MAPI_E_NOT_ENOUGH_MEMORY, MAPI_E_CALL_FAILED (no directory, or the
 *  principal's OS identity changed while contexts of its old one are
 *  alive).
 *
 * NOTES
 *  Works in any thread, impersonating or not: the directory is read with
 *  the thread's own credentials.
 */
HRESULT MapixLogonUser(LPCSTR lpszName, LPCSTR lpszPassword, ULONG ulFlags,
		       LPMAPIXTOKEN *lppToken)
{
	struct logon_call call = {.name = lpszName, .password = lpszPassword};
	HRESULT hr;
	int ret;

	hr = logon_check_args(lpszName, ulFlags, lppToken);
	if (hr != S_OK)
		return hr;
	if (lpszPassword == NULL ||
	    strnlen(lpszPassword, DIR_PASSWORD_MAX + 1) > DIR_PASSWORD_MAX)
		return MAPI_E_INVALID_PARAMETER;

	ret = context_as_process(logon_work, &call);
	if (ret < 0 && !call.open_failed) {
		if (ret == -EACCES)
			return MAPI_E_LOGON_FAILED;
		if (ret == -EPERM)
			return MAPI_E_ACCOUNT_DISABLED;
	}
	if (ret < 0)
		return hr_of_directory_errno(ret);
	hr = token_of_principal(call.principal, ulFlags, lppToken);
	dir_principal_free(&call.principal);
	return hr;
}

/*
 * MapixTokenForUser
 *
 * PARAMS
 *  lpszName [I] the principal's name (any case)
 *  ulFlags  [I] 0 or MAPIX_LOGON_LOGICAL
 *  lppToken [O] the new token, for MapixCloseToken; NULL on failure
 *
 * RETURNS
 *  S_OK, MAPI_E_NO_ACCESS (the caller is not privileged),
 *  MAPI_E_NOT_FOUND (no such principal), MAPI_E_ACCOUNT_DISABLED,
 *  MAPI_E_INVALID_PARAMETER, MAPI_E_UNKNOWN_FLAGS,
 *  MAPI_E_NOT_ENOUGH_MEMORY, MAPI_E_CALL_FAILED (as MapixLogonUser).
 *
 * NOTES
 *  Privileged callers: a thread whose kernel credentials have effective
 *  uid 0 or CAP_SETUID, or whose current context is a directory principal
 *  that holds the admin right now (and is not disabled).  A thread that
 *  impersonates a user with kernel credentials has only the user's rights.
 *  The checks run before the principal is looked up, so an unprivileged
 *  caller learns nothing about which principals exist.
 */
HRESULT MapixTokenForUser(LPCSTR lpszName, ULONG ulFlags,
			  LPMAPIXTOKEN *lppToken)
{
	struct logon_call call = {.name = lpszName};
	char admin[CONTEXT_NAME_MAX + 1];
	struct context *ctx;
	HRESULT hr;
	int ret;

	hr = logon_check_args(lpszName, ulFlags, lppToken);
	if (hr != S_OK)
		return hr;
	if (!context_thread_privileged()) {
		ctx = context_thread();
		if (!context_is_principal(ctx))
			return MAPI_E_NO_ACCESS;
		/* A copy: the borrowed name is the thread's context's. */
		memcpy(admin, context_principal(ctx),
		       strlen(context_principal(ctx)) + 1);
		call.admin = admin;
	}

	ret = context_as_process(logon_work, &call);
	if (ret < 0 && !call.open_failed) {
		if (ret == -EACCES)
			return MAPI_E_NO_ACCESS;
		if (ret == -EPERM)
			return MAPI_E_ACCOUNT_DISABLED;
		if (ret == -ENOENT)
			return MAPI_E_NOT_FOUND;
	}
	if (ret < 0)
		return call.admin != NULL ? MAPI_E_NO_ACCESS
					  : hr_of_directory_errno(ret);
	hr = token_of_principal(call.principal, ulFlags, lppToken);
	dir_principal_free(&call.principal);
	return hr;
}

/* ---------------------------------------------------------------------
 * The process context's principal
 */

struct resolve_call {
	uid_t uid;
	char *name;
	struct context_os *os;
};

static int resolve_work(void *arg)
{
	static const char db[] = "/" DIRECTORY_DB_NAME;
	struct resolve_call *call = arg;
	char path[PATH_MAX];
	struct dir_principal *p = NULL;
	struct dir_cache *c;
	int ret;

	/*
	 * Naming the process context must not create a state directory or
	 * a directory.db as a side effect: look only when one exists.
	 */
	if (directory_state_dir_path(path, sizeof(path) - sizeof(db), NULL) < 0)
		return -ENOENT;
	strcat(path, db);
	if (access(path, F_OK) < 0)
		return -ENOENT;
	if (dir_acquire(&c) < 0)
		return -ENOENT;
	ret = directory_get_by_uid(c->dir, call->uid, &p, NULL);
	dir_release(c);
	if (ret < 0 || !p->os_mapped || strlen(p->name) > CONTEXT_NAME_MAX ||
	    p->groups_count > DIR_GROUPS_MAX) {
		dir_principal_free(&p);
		return -ENOENT;
	}
	memcpy(call->name, p->name, strlen(p->name) + 1);
	if (p->groups_count > 0) {
		memcpy(resolver_groups, p->groups,
		       p->groups_count * sizeof(gid_t));
	}
	call->os->uid = p->uid;
	call->os->gid = p->gid;
	call->os->groups = p->groups_count > 0 ? resolver_groups : NULL;
	call->os->groups_count = p->groups_count;
	dir_principal_free(&p);
	return 0;
}

/*
 * The resolver of context.h: the principal mapped to uid, or -ENOENT when
 * there is none or no directory can be opened (no directory.db yet, a user
 * who may not read it).
 */
static int logon_resolve_uid(uid_t uid, char *name, struct context_os *os_r)
{
	struct resolve_call call = {.uid = uid, .name = name, .os = os_r};

	return context_as_process(resolve_work, &call) < 0 ? -ENOENT : 0;
}

__attribute__((constructor)) static void logon_install_resolver(void)
{
	context_set_process_resolver(logon_resolve_uid);
}
