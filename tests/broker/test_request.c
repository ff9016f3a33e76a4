/*
 * test_request.c - the parser of front-end requests (src/broker/request.c):
 * what it accepts, everything it refuses, and that a refusal never keeps
 * a password.
 */
#include <errno.h>
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <string.h>

#include <cmocka.h>

#include "request.h"

static int parse(const char *line, struct request *req)
{
	return request_parse(line, strlen(line), req, NULL);
}

static void test_logon(void **state)
{
	struct request req;

	(void)state;
	assert_int_equal(parse("logon alice s3cret", &req), 0);
	assert_int_equal(req.op, REQUEST_LOGON);
	assert_string_equal(req.name, "alice");
	assert_string_equal(req.password, "s3cret");
	/* The password is the rest of the line, spaces included. */
	assert_int_equal(parse("logon bob.x@y  two words ", &req), 0);
	assert_string_equal(req.name, "bob.x@y");
	assert_string_equal(req.password, " two words ");
	/* A CR before the LF is dropped. */
	assert_int_equal(parse("logon bob pw\r", &req), 0);
	assert_string_equal(req.password, "pw");
	request_wipe(&req);
	assert_string_equal(req.password, "");
}

static void test_act_as(void **state)
{
	struct request req;

	(void)state;
	assert_int_equal(parse("act-as alice", &req), 0);
	assert_int_equal(req.op, REQUEST_ACT_AS);
	assert_string_equal(req.name, "alice");
	assert_string_equal(req.password, "");
	assert_int_equal(parse("act-as alice x", &req), -EINVAL);
	assert_int_equal(parse("act-as ", &req), -EINVAL);
}

static void test_refused(void **state)
{
	static const char *const bad[] = {
	    "",
	    "logon",
	    "logon ",
	    "logon alice",
	    "logon alice ",
	    "logon  alice pw",
	    "logon al/ice pw",
	    "logon ../x pw",
	    "LOGON alice pw",
	    "logoff alice",
	    "logon alice pw\rmore",
	    "act-as",
	    "act-as bad name",
	};
	char long_name[DIR_NAME_MAX + 32], long_pw[DIR_PASSWORD_MAX + 32];
	const char *error = NULL;
	struct request req;
	size_t i;

	(void)state;
	for (i = 0; i < sizeof(bad) / sizeof(bad[0]); i++) {
		memset(&req, 'x', sizeof(req));
		assert_int_equal(parse(bad[i], &req), -EINVAL);
		/* Nothing survives a refusal. */
		assert_string_equal(req.password, "");
		assert_string_equal(req.name, "");
	}
	/* Embedded NUL bytes, in the name or the password. */
	assert_int_equal(request_parse("logon al\0ce pw", 14, &req, NULL),
			 -EINVAL);
	assert_int_equal(
	    request_parse("logon alice SECRET\0w", 20, &req, &error), -EINVAL);
	assert_non_null(error);
	assert_null(strstr(error, "SECRET"));

	/* Names of 64 bytes pass, 65 do not. */
	memcpy(long_name, "logon ", 6);
	memset(long_name + 6, 'a', DIR_NAME_MAX);
	memcpy(long_name + 6 + DIR_NAME_MAX, " pw", 4);
	assert_int_equal(parse(long_name, &req), 0);
	memset(long_name + 6, 'a', DIR_NAME_MAX + 1);
	memcpy(long_name + 7 + DIR_NAME_MAX, " pw", 4);
	assert_int_equal(parse(long_name, &req), -EINVAL);

	/* Passwords of DIR_PASSWORD_MAX bytes pass, one more does not. */
	memcpy(long_pw, "logon a ", 8);
	memset(long_pw + 8, 'p', DIR_PASSWORD_MAX);
	long_pw[8 + DIR_PASSWORD_MAX] = '\0';
	assert_int_equal(parse(long_pw, &req), 0);
	assert_int_equal(strlen(req.password), DIR_PASSWORD_MAX);
	long_pw[8 + DIR_PASSWORD_MAX] = 'p';
	long_pw[9 + DIR_PASSWORD_MAX] = '\0';
	assert_int_equal(parse(long_pw, &req), -EINVAL);
	assert_true(strlen(long_pw) + 1 <= REQUEST_LINE_MAX);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
	    cmocka_unit_test(test_logon),
	    cmocka_unit_test(test_act_as),
	    cmocka_unit_test(test_refused),
	};

	return cmocka_run_group_tests(tests, NULL, NULL);
}
