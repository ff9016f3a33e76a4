/*
 * test_lib.c - core's lib.h: container_of, N_ELEMENTS and i_assert, whose
 * failure must stop the process with the file, line and expression.
 */
#include <stdarg.h>
#include <stddef.h>
#include <setjmp.h>
#include <stdint.h>
#include <cmocka.h>

#include <signal.h>
#include <string.h>
#include <sys/wait.h>
#include <unistd.h>

#include "lib.h"

struct outer {
	int before;
	double member;
	char after[3];
};

static void test_container_of(void **state)
{
	struct outer o;
	double *m = &o.member;
	char *a = o.after;

	(void)state;
	assert_ptr_equal(container_of(m, struct outer, member), &o);
	assert_ptr_equal(container_of(a, struct outer, after), &o);
	assert_int_equal(N_ELEMENTS(o.after), 3);
}

static void test_assert_holds(void **state)
{
	int x = 1;

	(void)state;
	i_assert(x == 1);
	assert_int_equal(x, 1);
}

/* A failed i_assert: SIGABRT, and one line naming file and expression. */
static void test_assert_fails(void **state)
{
	char out[512];
	int pipefd[2], status;
	ssize_t n;
	size_t got = 0;
	pid_t pid;

	(void)state;
	assert_int_equal(pipe(pipefd), 0);
	pid = fork();
	assert_true(pid >= 0);
	if (pid == 0) {
		int y = 2;

		dup2(pipefd[1], STDERR_FILENO);
		signal(SIGABRT, SIG_DFL);
		i_assert(y == 3);
		_exit(0);
	}
	close(pipefd[1]);
	while ((n = read(pipefd[0], out + got, sizeof(out) - 1 - got)) > 0)
		got += (size_t)n;
	out[got] = '\0';
	close(pipefd[0]);
	assert_int_equal(waitpid(pid, &status, 0), pid);
	assert_true(WIFSIGNALED(status));
	assert_int_equal(WTERMSIG(status), SIGABRT);
	assert_non_null(strstr(out, "test_lib.c:"));
	assert_non_null(strstr(out, "assertion failed: y == 3"));
	assert_non_null(strstr(out, "test_assert_fails"));
}

int main(void)
{
	const struct CMUnitTest tests[] = {
	    cmocka_unit_test(test_container_of),
	    cmocka_unit_test(test_assert_holds),
	    cmocka_unit_test(test_assert_fails),
	};

	return cmocka_run_group_tests(tests, NULL, NULL);
}
