/*
 * test_context.c - security contexts (src/context): interning and ids,
 * the process context (resolver hook, OS user's name), the thread's
 * current context and the core layer's record of it, isolation between
 * threads, tokens' reference counts and bad input.  Nothing here needs
 * root: tokens are logical.
 *
 * The process context is made once per process, so the resolver tests run
 * first, each in a forked child that reports by its exit status.
 */
#include <stdarg.h>
#include <stddef.h>
#include <setjmp.h>
#include <stdint.h>
#include <cmocka.h>

#include <errno.h>
#include <pthread.h>
#include <pwd.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/wait.h>
#include <unistd.h>

#include <mapixsec.h>

#include "alloc.h"
#include "context_private.h"
#include "thread.h"

/* ---------------------------------------------------------------------
 * Helpers
 */

/* Runs fn in a child; fn returns 0 on success or a line number. */
static void run_in_child(int (*fn)(void))
{
	int status = 0;
	pid_t pid;

	fflush(NULL);
	pid = fork();
	assert_true(pid >= 0);
	if (pid == 0)
		_exit(fn());
	assert_int_equal(waitpid(pid, &status, 0), pid);
	assert_true(WIFEXITED(status));
	if (WEXITSTATUS(status) != 0)
		fail_msg("child check failed near line %d",
			 WEXITSTATUS(status));
}

/* In a child: fails with the line number (mod 256, never 0). */
#define CHILD_CHECK(cond)                                                      \
	do {                                                                   \
		if (!(cond))                                                   \
			return __LINE__ % 255 + 1;                             \
	} while (0)

static LPMAPIXTOKEN logical_token(const char *name)
{
	struct context *ctx = NULL;
	LPMAPIXTOKEN token = NULL;

	assert_int_equal(context_get(name, NULL, &ctx), 0);
	assert_int_equal(context_token_new(ctx, MAPIX_LOGON_LOGICAL, &token),
			 0);
	context_unref(&ctx);
	return token;
}

static void thread_name(char *buf, size_t size)
{
	assert_int_equal(MapixGetTokenName(NULL, buf, (ULONG)size), S_OK);
}

/* ---------------------------------------------------------------------
 * Resolver (forked children; must run before anything makes the process
 * context in this process)
 */

static const gid_t resolver_groups[] = {7003, 7001, 7003};
static int resolver_calls;

static int fake_resolver(uid_t uid, char *name, struct context_os *os_r)
{
	resolver_calls++;
	snprintf(name, CONTEXT_NAME_MAX + 1, "svc-%u", (unsigned int)uid);
	os_r->uid = 7000;
	os_r->gid = 7002;
	os_r->groups = resolver_groups;
	os_r->groups_count = 3;
	return 0;
}

static int failing_resolver(uid_t uid, char *name, struct context_os *os_r)
{
	(void)uid;
	(void)name;
	(void)os_r;
	resolver_calls++;
	return -ENOENT;
}

static int bad_name_resolver(uid_t uid, char *name, struct context_os *os_r)
{
	(void)uid;
	resolver_calls++;
	snprintf(name, CONTEXT_NAME_MAX + 1, "has space");
	memset(os_r, 0, sizeof(*os_r));
	return 0;
}

static int child_resolver_used(void)
{
	struct context *ctx, *again = NULL;
	const struct context_os *os;
	char want[64];

	context_set_process_resolver(fake_resolver);
	CHILD_CHECK(alloc_thread_context() == 0);
	ctx = context_thread();
	CHILD_CHECK(ctx != NULL && ctx == context_process());
	CHILD_CHECK(resolver_calls == 1);
	snprintf(want, sizeof(want), "svc-%u", (unsigned int)geteuid());
	CHILD_CHECK(strcmp(context_principal(ctx), want) == 0);
	CHILD_CHECK(context_is_principal(ctx));
	os = context_os(ctx);
	CHILD_CHECK(os != NULL && os->uid == 7000 && os->gid == 7002);
	CHILD_CHECK(os->groups_count == 2 && os->groups[0] == 7001 &&
		    os->groups[1] == 7003);
	CHILD_CHECK(alloc_thread_context() == context_id(ctx));
	/* A principal: interned, found again by name. */
	CHILD_CHECK(context_get(want, os, &again) == 0 && again == ctx);
	context_unref(&again);
	/* Made once. */
	CHILD_CHECK(context_process() == ctx && resolver_calls == 1);
	return 0;
}

/* The OS user's name, else "uid:N". */
static void os_user_name(char *buf, size_t size)
{
	struct passwd pw, *result = NULL;
	char pwbuf[4096];

	if (getpwuid_r(geteuid(), &pw, pwbuf, sizeof(pwbuf), &result) == 0 &&
	    result != NULL && strlen(pw.pw_name) <= CONTEXT_NAME_MAX &&
	    strspn(pw.pw_name, "abcdefghijklmnopqrstuvwxyz"
			       "ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789._@:$+-") ==
		strlen(pw.pw_name))
		snprintf(buf, size, "%s", pw.pw_name);
	else
		snprintf(buf, size, "uid:%u", (unsigned int)geteuid());
}

static int child_resolver_fails(void)
{
	struct context *ctx;
	char want[CONTEXT_NAME_MAX + 8];

	context_set_process_resolver(failing_resolver);
	ctx = context_process();
	CHILD_CHECK(ctx != NULL && resolver_calls == 1);
	os_user_name(want, sizeof(want));
	CHILD_CHECK(strcmp(context_principal(ctx), want) == 0);
	CHILD_CHECK(!context_is_principal(ctx));
	CHILD_CHECK(context_os(ctx) != NULL);
	CHILD_CHECK(context_os(ctx)->uid == geteuid());
	CHILD_CHECK(context_os(ctx)->gid == getegid());
	return 0;
}

static int child_resolver_bad_name(void)
{
	struct context *ctx;
	char want[CONTEXT_NAME_MAX + 8];

	context_set_process_resolver(bad_name_resolver);
	ctx = context_process();
	CHILD_CHECK(ctx != NULL && resolver_calls == 1);
	os_user_name(want, sizeof(want));
	CHILD_CHECK(strcmp(context_principal(ctx), want) == 0);
	CHILD_CHECK(!context_is_principal(ctx));
	return 0;
}

static void test_resolver_used(void **state)
{
	(void)state;
	run_in_child(child_resolver_used);
}

static void test_resolver_fails(void **state)
{
	(void)state;
	run_in_child(child_resolver_fails);
}

static void test_resolver_bad_name(void **state)
{
	(void)state;
	run_in_child(child_resolver_bad_name);
}

/* ---------------------------------------------------------------------
 * Interning and ids
 */

static void test_intern(void **state)
{
	static const gid_t g1[] = {30, 10, 20, 10};
	static const gid_t g2[] = {10, 20, 30};
	struct context_os os1 = {500, 501, g1, 4}, os2 = {500, 501, g2, 3};
	struct context_os other = {502, 501, g2, 3};
	struct context *a = NULL, *b = NULL, *c = NULL, *d = NULL;
	unsigned int id;
	long live = alloc_live();

	(void)state;
	assert_int_equal(context_get("Intern.User", &os1, &a), 0);
	assert_non_null(a);
	assert_int_not_equal(context_id(a), 0);
	assert_string_equal(context_principal(a), "Intern.User");
	assert_true(context_is_principal(a));
	/* Groups sorted, duplicates dropped. */
	assert_int_equal(context_os(a)->groups_count, 3);
	assert_int_equal(context_os(a)->groups[0], 10);
	assert_int_equal(context_os(a)->groups[2], 30);

	/* Same principal in another case and the same set of groups. */
	assert_int_equal(context_get("intern.user", &os2, &b), 0);
	assert_ptr_equal(a, b);
	assert_string_equal(context_principal(b), "Intern.User");

	/* Same name, other identity: refused while the first lives. */
	assert_int_equal(context_get("INTERN.USER", &other, &c), -EEXIST);
	assert_null(c);
	assert_int_equal(context_get("intern.user", NULL, &c), -EEXIST);

	/* Another principal: another id. */
	assert_int_equal(context_get("intern.other", NULL, &d), 0);
	assert_int_not_equal(context_id(d), context_id(a));
	assert_null(context_os(d));

	id = context_id(a);
	context_unref(&b);
	assert_null(b);
	/* a still holds the name. */
	assert_int_equal(context_get("intern.user", NULL, &c), -EEXIST);
	/* The last reference frees it; the name's next context is new. */
	context_unref(&a);
	assert_null(a);
	assert_int_equal(context_get("intern.user", &other, &c), 0);
	assert_true(context_id(c) > id);
	assert_int_equal(context_os(c)->uid, 502);
	context_unref(&c);
	context_unref(&d);
	assert_int_equal(alloc_live(), live);
}

static void test_ids_unique(void **state)
{
	struct context *ctx[32];
	unsigned int i, j;
	char name[32];

	(void)state;
	for (i = 0; i < 32; i++) {
		snprintf(name, sizeof(name), "ids-%u", i);
		assert_int_equal(context_get(name, NULL, &ctx[i]), 0);
		assert_int_not_equal(context_id(ctx[i]), 0);
		assert_int_not_equal(context_id(ctx[i]),
				     context_id(context_process()));
	}
	for (i = 0; i < 32; i++) {
		for (j = i + 1; j < 32; j++)
			assert_int_not_equal(context_id(ctx[i]),
					     context_id(ctx[j]));
	}
	for (i = 0; i < 32; i++)
		context_unref(&ctx[i]);
}

static void test_process_context(void **state)
{
	char want[CONTEXT_NAME_MAX + 8], name[CONTEXT_NAME_MAX + 1];
	struct context *ctx = context_process();
	gid_t groups[256];
	int n;

	(void)state;
	assert_non_null(ctx);
	os_user_name(want, sizeof(want));
	assert_string_equal(context_principal(ctx), want);
	assert_false(context_is_principal(ctx));
	assert_int_equal(context_os(ctx)->uid, geteuid());
	assert_int_equal(context_os(ctx)->gid, getegid());
	n = getgroups(256, groups);
	assert_true(n >= 0);
	assert_true(context_os(ctx)->groups_count <= (unsigned int)n);
	assert_ptr_equal(context_thread(), ctx);
	assert_int_equal(alloc_thread_context(), context_id(ctx));
	thread_name(name, sizeof(name));
	assert_string_equal(name, want);
	/* Not interned: the OS user's name is not a principal. */
	if (strchr(want, ':') == NULL) {
		struct context *p = NULL;

		assert_int_equal(context_get(want, NULL, &p), 0);
		assert_ptr_not_equal(p, ctx);
		assert_true(context_is_principal(p));
		context_unref(&p);
	}
	/* The process keeps its own reference. */
	context_ref(ctx);
	context_unref(&ctx);
	assert_non_null(context_process());
	assert_string_equal(context_principal(context_process()), want);
}

/* ---------------------------------------------------------------------
 * The thread's context
 */

struct iso_arg {
	LPMAPIXTOKEN token;
	pthread_barrier_t *barrier;
	unsigned int record_before;
	unsigned int id_seen;
	unsigned int record_seen;
	char name_seen[CONTEXT_NAME_MAX + 1];
	unsigned int id_after;
	unsigned int record_after;
	HRESULT hr;
};

static void *iso_thread(void *data)
{
	struct iso_arg *arg = data;

	arg->record_before = alloc_thread_context();
	if (arg->token != NULL)
		arg->hr = MapixImpersonate(arg->token);
	pthread_barrier_wait(arg->barrier);
	/* Everyone has (or has not) impersonated: look. */
	arg->id_seen = context_id(context_thread());
	arg->record_seen = alloc_thread_context();
	(void)MapixGetTokenName(NULL, arg->name_seen, sizeof(arg->name_seen));
	pthread_barrier_wait(arg->barrier);
	if (arg->token != NULL)
		(void)MapixRevertToSelf();
	arg->id_after = context_id(context_thread());
	arg->record_after = alloc_thread_context();
	return NULL;
}

static void test_thread_isolation(void **state)
{
	LPMAPIXTOKEN carol = logical_token("carol"), dan = logical_token("dan");
	unsigned int proc_id = context_id(context_process());
	struct iso_arg args[3];
	pthread_t threads[3];
	pthread_barrier_t barrier;
	char name[CONTEXT_NAME_MAX + 1];
	unsigned int i;

	(void)state;
	pthread_barrier_init(&barrier, NULL, 3);
	memset(args, 0, sizeof(args));
	args[0].token = carol;
	args[1].token = dan;
	args[2].token = NULL;
	for (i = 0; i < 3; i++) {
		args[i].barrier = &barrier;
		assert_int_equal(
		    pthread_create(&threads[i], NULL, iso_thread, &args[i]), 0);
	}
	for (i = 0; i < 3; i++)
		pthread_join(threads[i], NULL);
	pthread_barrier_destroy(&barrier);

	assert_int_equal(args[0].hr, S_OK);
	assert_int_equal(args[1].hr, S_OK);
	for (i = 0; i < 3; i++) {
		/* A new thread's record is "none yet". */
		assert_int_equal(args[i].record_before, 0);
		assert_int_equal(args[i].record_seen, args[i].id_seen);
		assert_int_equal(args[i].id_after, proc_id);
		assert_int_equal(args[i].record_after, proc_id);
	}
	assert_string_equal(args[0].name_seen, "carol");
	assert_string_equal(args[1].name_seen, "dan");
	assert_int_not_equal(args[0].id_seen, args[1].id_seen);
	assert_int_not_equal(args[0].id_seen, proc_id);
	assert_int_equal(args[2].id_seen, proc_id);

	/* The main thread never moved. */
	assert_int_equal(context_id(context_thread()), proc_id);
	thread_name(name, sizeof(name));
	assert_string_not_equal(name, "carol");
	assert_int_equal(MapixCloseToken(carol), S_OK);
	assert_int_equal(MapixCloseToken(dan), S_OK);
}

static void *exit_impersonating(void *data)
{
	LPMAPIXTOKEN token = data;

	if (MapixImpersonate(token) != S_OK)
		return (void *)1;
	return NULL;
}

/* A thread that ends while impersonating gives its reference back. */
static void test_thread_exit_impersonating(void **state)
{
	LPMAPIXTOKEN token = logical_token("erin");
	unsigned long tokens = token_live_count();
	void *result = (void *)2;
	pthread_t thread;

	(void)state;
	assert_int_equal(
	    pthread_create(&thread, NULL, exit_impersonating, token), 0);
	pthread_join(thread, &result);
	assert_null(result);
	assert_int_equal(MapixCloseToken(token), S_OK);
	assert_int_equal(token_live_count(), tokens - 1);
	assert_int_equal(MapixCloseToken(token), MAPI_E_INVALID_PARAMETER);
}

static void test_impersonate_logical(void **state)
{
	LPMAPIXTOKEN frank = logical_token("frank"),
		     gina = logical_token("gina");
	LPMAPIXTOKEN got = NULL;
	struct context *proc = context_process();
	char name[CONTEXT_NAME_MAX + 1];
	long live = alloc_live();

	(void)state;
	assert_int_equal(MapixGetThreadToken(&got), MAPI_E_NOT_FOUND);
	assert_null(got);
	assert_int_equal(MapixImpersonate(frank), S_OK);
	/* The thread holds its own reference. */
	assert_int_equal(MapixCloseToken(frank), S_OK);
	thread_name(name, sizeof(name));
	assert_string_equal(name, "frank");
	assert_int_equal(alloc_thread_context(), context_id(context_thread()));
	assert_int_equal(MapixGetThreadToken(&got), S_OK);
	assert_ptr_equal(got, frank);
	assert_int_equal(MapixGetTokenName(got, name, sizeof(name)), S_OK);
	assert_string_equal(name, "frank");
	assert_int_equal(MapixCloseToken(got), S_OK);

	/* Switching is direct; one revert goes all the way back. */
	assert_int_equal(MapixImpersonate(gina), S_OK);
	thread_name(name, sizeof(name));
	assert_string_equal(name, "gina");
	assert_int_equal(MapixRevertToSelf(), S_OK);
	assert_ptr_equal(context_thread(), proc);
	assert_int_equal(alloc_thread_context(), context_id(proc));
	/* frank's last reference went with the switch. */
	assert_int_equal(MapixCloseToken(frank), MAPI_E_INVALID_PARAMETER);
	assert_int_equal(MapixRevertToSelf(), S_OK);
	assert_int_equal(MapixCloseToken(gina), S_OK);
	assert_int_equal(alloc_live(), live - 4);
}

struct share_arg {
	LPMAPIXTOKEN token;
	unsigned int failures;
};

/* Takes and drops references to one shared token, many times. */
static void *share_thread(void *data)
{
	struct share_arg *arg = data;
	char name[CONTEXT_NAME_MAX + 1];
	LPMAPIXTOKEN got;
	unsigned int i;

	for (i = 0; i < 2000; i++) {
		got = NULL;
		if (MapixImpersonate(arg->token) != S_OK ||
		    MapixGetThreadToken(&got) != S_OK || got != arg->token ||
		    MapixGetTokenName(got, name, sizeof(name)) != S_OK ||
		    strcmp(name, "shared") != 0 ||
		    MapixCloseToken(got) != S_OK ||
		    MapixRevertToSelf() != S_OK ||
		    alloc_thread_context() != context_id(context_process()))
			arg->failures++;
	}
	return NULL;
}

/* Eight threads share one token: the count ends where it began. */
static void test_token_shared_by_threads(void **state)
{
	LPMAPIXTOKEN token = logical_token("shared");
	unsigned long tokens = token_live_count();
	struct share_arg args[8];
	pthread_t threads[8];
	long live = alloc_live();
	unsigned int i;

	(void)state;
	for (i = 0; i < 8; i++) {
		args[i] = (struct share_arg){token, 0};
		assert_int_equal(
		    pthread_create(&threads[i], NULL, share_thread, &args[i]),
		    0);
	}
	for (i = 0; i < 8; i++) {
		pthread_join(threads[i], NULL);
		assert_int_equal(args[i].failures, 0);
	}
	assert_int_equal(token_live_count(), tokens);
	assert_int_equal(alloc_live(), live);
	assert_int_equal(MapixCloseToken(token), S_OK);
	assert_int_equal(token_live_count(), tokens - 1);
	assert_int_equal(MapixCloseToken(token), MAPI_E_INVALID_PARAMETER);
}

/* ---------------------------------------------------------------------
 * Bad input
 */

static void test_bad_input(void **state)
{
	static const gid_t groups[] = {1};
	char long_name[CONTEXT_NAME_MAX + 2];
	struct context_os bad_uid = {(uid_t)-1, 1, NULL, 0};
	struct context_os bad_gid = {1, (gid_t)-1, NULL, 0};
	struct context_os no_groups = {1, 1, NULL, 2};
	struct context_os ok = {1, 1, groups, 1};
	struct context *ctx = (struct context *)&ok;
	LPMAPIXTOKEN token = (LPMAPIXTOKEN)&ok;
	char name[8];
	unsigned char *garbage;

	(void)state;
	memset(long_name, 'a', sizeof(long_name) - 1);
	long_name[sizeof(long_name) - 1] = '\0';
	assert_int_equal(context_get(NULL, NULL, &ctx), -EINVAL);
	assert_null(ctx);
	assert_int_equal(context_get("", NULL, &ctx), -EINVAL);
	assert_int_equal(context_get(long_name, NULL, &ctx), -EINVAL);
	long_name[CONTEXT_NAME_MAX] = '\0';
	assert_int_equal(context_get(long_name, NULL, &ctx), 0);
	context_unref(&ctx);
	assert_int_equal(context_get("a/b", NULL, &ctx), -EINVAL);
	assert_int_equal(context_get("a b", NULL, &ctx), -EINVAL);
	assert_int_equal(context_get(".", NULL, &ctx), -EINVAL);
	assert_int_equal(context_get("..", NULL, &ctx), -EINVAL);
	assert_int_equal(context_get("x", &bad_uid, &ctx), -EINVAL);
	assert_int_equal(context_get("x", &bad_gid, &ctx), -EINVAL);
	assert_int_equal(context_get("x", &no_groups, &ctx), -EINVAL);
	assert_int_equal(context_get("x", &ok, NULL), -EINVAL);
	context_unref(NULL);
	context_unref(&ctx);
	assert_int_equal(context_id(NULL), 0);
	assert_null(context_principal(NULL));
	assert_null(context_os(NULL));
	assert_false(context_is_principal(NULL));

	assert_int_equal(context_token_new(NULL, 0, &token), -EINVAL);
	assert_null(token);
	assert_int_equal(context_get("x", NULL, &ctx), 0);
	assert_int_equal(context_token_new(ctx, 0x100, &token), -EINVAL);
	assert_int_equal(context_token_new(ctx, 0, NULL), -EINVAL);
	assert_int_equal(context_as_process(NULL, NULL), -EINVAL);

	/* Garbage that is not a token is refused without being read. */
	garbage = malloc(256);
	assert_non_null(garbage);
	memset(garbage, 0x5a, 256);
	assert_int_equal(MapixImpersonate(NULL), MAPI_E_INVALID_PARAMETER);
	assert_int_equal(MapixImpersonate((LPMAPIXTOKEN)garbage),
			 MAPI_E_INVALID_PARAMETER);
	assert_int_equal(MapixImpersonate((LPMAPIXTOKEN)(uintptr_t)1),
			 MAPI_E_INVALID_PARAMETER);
	assert_int_equal(MapixCloseToken((LPMAPIXTOKEN)garbage),
			 MAPI_E_INVALID_PARAMETER);
	assert_int_equal(MapixCloseToken((LPMAPIXTOKEN)UINTPTR_MAX),
			 MAPI_E_INVALID_PARAMETER);
	assert_int_equal(
	    MapixGetTokenName((LPMAPIXTOKEN)garbage, name, sizeof(name)),
	    MAPI_E_INVALID_PARAMETER);
	free(garbage);

	/* Names and buffers. */
	assert_int_equal(context_token_new(ctx, 0, &token), 0);
	assert_int_equal(MapixGetTokenName(token, NULL, 8),
			 MAPI_E_INVALID_PARAMETER);
	assert_int_equal(MapixGetTokenName(token, name, 0),
			 MAPI_E_INVALID_PARAMETER);
	assert_int_equal(MapixGetTokenName(token, name, 1),
			 MAPI_E_STRING_TOO_LONG);
	assert_string_equal(name, "");
	assert_int_equal(MapixGetTokenName(token, name, 2), S_OK);
	assert_string_equal(name, "x");
	assert_int_equal(MapixGetThreadToken(NULL), MAPI_E_INVALID_PARAMETER);
	assert_int_equal(MapixCloseToken(token), S_OK);
	assert_int_equal(MapixCloseToken(token), MAPI_E_INVALID_PARAMETER);
	assert_int_equal(MapixImpersonate(token), MAPI_E_INVALID_PARAMETER);
	assert_int_equal(MapixGetTokenName(token, name, sizeof(name)),
			 MAPI_E_INVALID_PARAMETER);
	assert_int_equal(MapixRevertToSelf(), S_OK);
	context_unref(&ctx);
}

static int add_one(void *arg)
{
	return ++*(int *)arg;
}

/* Without kernel credentials, context_as_process just calls. */
static void test_as_process(void **state)
{
	LPMAPIXTOKEN token = logical_token("hank");
	int n = 0;

	(void)state;
	assert_int_equal(context_as_process(add_one, &n), 1);
	assert_int_equal(MapixImpersonate(token), S_OK);
	assert_int_equal(context_as_process(add_one, &n), 2);
	assert_int_equal(MapixRevertToSelf(), S_OK);
	assert_int_equal(MapixCloseToken(token), S_OK);
}

/*
 * A thread of the factory acts in the context it was made for; when code
 * on it impersonates and reverts (an OnNotify might), it returns to that
 * context, not to the process's.
 */
static void *home_thread(void *arg)
{
	struct context *home = arg, *other = NULL;
	LPMAPIXTOKEN token = NULL;
	intptr_t bad = 0;

	bad |= context_thread() != home;
	bad |= context_get("elsewhere", NULL, &other) != 0;
	bad |= context_token_new(other, MAPIX_LOGON_LOGICAL, &token) != 0;
	bad |= MapixImpersonate(token) != S_OK;
	bad |= context_thread() != other;
	bad |= MapixRevertToSelf() != S_OK;
	bad |= context_thread() != home;
	bad |= alloc_thread_context() != context_id(home);
	MapixCloseToken(token);
	context_unref(&other);
	return (void *)bad;
}

static void test_factory_thread_reverts_home(void **state)
{
	struct context *home = NULL;
	pthread_t thread;
	void *bad = (void *)1;

	(void)state;
	assert_int_equal(context_get("homebody", NULL, &home), 0);
	assert_int_equal(
	    context_thread_create(home, home_thread, home, &thread), 0);
	assert_int_equal(pthread_join(thread, &bad), 0);
	assert_null(bad);
	context_unref(&home);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
	    cmocka_unit_test(test_resolver_used),
	    cmocka_unit_test(test_resolver_fails),
	    cmocka_unit_test(test_resolver_bad_name),
	    cmocka_unit_test(test_intern),
	    cmocka_unit_test(test_ids_unique),
	    cmocka_unit_test(test_process_context),
	    cmocka_unit_test(test_thread_isolation),
	    cmocka_unit_test(test_thread_exit_impersonating),
	    cmocka_unit_test(test_impersonate_logical),
	    cmocka_unit_test(test_token_shared_by_threads),
	    cmocka_unit_test(test_bad_input),
	    cmocka_unit_test(test_as_process),
	    cmocka_unit_test(test_factory_thread_reverts_home),
	};

	return cmocka_run_group_tests(tests, NULL, NULL);
}
