/*
 * admin.c - `mapix admin`: managing the directory of principals from the
 * command line (mapix.c calls admin_main for `mapix admin ...`).
 *
 *   mapix admin user add NAME [--display-name S] [--uid UID --gid GID
 *                             [--groups G1,G2]] [--admin]
 *                             [--password-stdin | --no-password]
 *   mapix admin user del NAME
 *   mapix admin user list [--json]
 *   mapix admin user show NAME [--json]
 *   mapix admin user passwd NAME [--password-stdin | --no-password]
 *   mapix admin user grant-admin NAME | revoke-admin NAME
 *   mapix admin user enable NAME | disable NAME
 *   mapix admin user map-uid NAME (--uid UID --gid GID [--groups ...]
 *                                 | --unmap)
 *
 * Every level takes --help.  Passwords are read from the terminal with
 * echo off (twice, to catch typos) or, with --password-stdin, as one line
 * from standard input; never from the command line, where other users
 * could read them in /proc.  The directory is the one directory_open()
 * finds: the state directory comes from MAPIX_STATE_DIR or the
 * configuration file.  Exit status: 0 success, 1 failure, 2 usage error.
 */
#include <ctype.h>
#include <errno.h>
#include <fcntl.h>
#include <getopt.h>
#include <signal.h>
#include <stdarg.h>
#include <stdbool.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <termios.h>
#include <unistd.h>

#include <mapiutil.h>
#include <sodium.h>

#include "cli.h"
#include "directory.h"
#include "print.h"

/* Room for a password, its newline and its NUL. */
#define PASSWORD_BUF_SIZE (DIR_PASSWORD_MAX + 2)

/* Options a command may take besides --help. */
enum {
	AO_JSON = 1 << 0,         /* --json */
	AO_DISPLAY_NAME = 1 << 1, /* --display-name */
	AO_ADMIN = 1 << 2,        /* --admin */
	AO_OS = 1 << 3,           /* --uid --gid --groups */
	AO_PASSWORD = 1 << 4,     /* --password-stdin --no-password */
	AO_UNMAP = 1 << 5,        /* --unmap */
};

struct admin_args;

struct admin_cmd {
	const char *name;
	int (*run)(const struct admin_cmd *cmd, const struct admin_args *a);
	unsigned int options;
	bool takes_name; /* one positional NAME, or none */
	const char *synopsis;
	const char *help;
};

static bool opt_json;

/* ---------------------------------------------------------------------
 * Messages and usage
 */

static int fail(const char *fmt, ...) __attribute__((format(printf, 1, 2)));

/* Prints "mapix admin: <message>" on stderr; returns EXIT_FAILED. */
static int fail(const char *fmt, ...)
{
	va_list args;

	fputs("mapix admin: ", stderr);
	va_start(args, fmt);
	vfprintf(stderr, fmt, args);
	va_end(args);
	fputc('\n', stderr);
	return EXIT_FAILED;
}

static int usage_error(const struct admin_cmd *cmd, const char *fmt, ...)
    ATTR_FORMAT(2, 3);

/* Prints a usage error and where to find help; returns EXIT_USAGE. */
static int usage_error(const struct admin_cmd *cmd, const char *fmt, ...)
{
	va_list args;
	int ret;

	va_start(args, fmt);
	ret = print_vusage_error("mapix admin user", cmd->name, cmd->synopsis,
				 fmt, args);
	va_end(args);
	return ret;
}

static void cmd_help(const struct admin_cmd *cmd)
{
	printf("Usage: mapix admin user %s\n\n%s", cmd->synopsis, cmd->help);
}

/*
 * Reports a getopt_long() failure ('?' or ':').  Call with opterr = 0 and
 * an optstring starting with ':'.
 */
static int option_error(const struct admin_cmd *cmd, int opt, char **argv)
{
	return print_option_error("mapix admin user", cmd->name, cmd->synopsis,
				  opt, argv);
}

/* ---------------------------------------------------------------------
 * Parsing
 */

/* Parses a decimal uid or gid: digits only, below (uint32_t)-1. */
static bool parse_id(const char *s, uint32_t *id_r)
{
	unsigned long long v = 0;

	if (*s == '\0')
		return false;
	for (; *s != '\0'; s++) {
		if (*s < '0' || *s > '9')
			return false;
		v = v * 10 + (unsigned int)(*s - '0');
		if (v >= UINT32_MAX)
			return false;
	}
	*id_r = (uint32_t)v;
	return true;
}

/* Parses "G1,G2,..." ("" is no group) into groups. */
static bool parse_groups(const char *s, gid_t *groups, unsigned int *count_r)
{
	char item[16];
	unsigned int count = 0;
	uint32_t id;
	size_t len;

	while (*s != '\0') {
		len = strcspn(s, ",");
		if (len == 0 || len >= sizeof(item) || count == DIR_GROUPS_MAX)
			return false;
		memcpy(item, s, len);
		item[len] = '\0';
		if (!parse_id(item, &id))
			return false;
		groups[count++] = id;
		s += len;
		if (*s == ',' && *++s == '\0')
			return false;
	}
	*count_r = count;
	return true;
}

/* --uid, --gid and --groups, shared by `add` and `map-uid`. */
struct os_options {
	struct dir_os_identity os;
	gid_t groups[DIR_GROUPS_MAX];
	bool have_uid, have_gid, have_groups;
};

/* What a command's options and arguments came to. */
struct admin_args {
	const char *name; /* NAME, when the command takes one */
	const char *display_name;
	bool json, admin, from_stdin, no_password, unmap;
	struct os_options os;
};

/* Takes one of those options: 0, or the exit code of a usage error. */
static int os_option(const struct admin_cmd *cmd, int opt, const char *arg,
		     struct os_options *o)
{
	uint32_t id;

	switch (opt) {
	case 'u':
		if (!parse_id(arg, &id))
			return usage_error(cmd, "invalid uid '%s'", arg);
		o->os.uid = id;
		o->have_uid = true;
		break;
	case 'g':
		if (!parse_id(arg, &id))
			return usage_error(cmd, "invalid gid '%s'", arg);
		o->os.gid = id;
		o->have_gid = true;
		break;
	default:
		if (!parse_groups(arg, o->groups, &o->os.groups_count))
			return usage_error(cmd, "invalid group list '%s'", arg);
		o->have_groups = true;
		break;
	}
	o->os.groups = o->os.groups_count > 0 ? o->groups : NULL;
	return 0;
}

/*
 * Takes the one positional NAME of a command; reports usage errors.
 * Returns NULL after printing the error.
 */
static const char *one_name(const struct admin_cmd *cmd, int argc, char **argv)
{
	if (optind >= argc) {
		usage_error(cmd, "missing NAME");
		return NULL;
	}
	if (optind + 1 < argc) {
		usage_error(cmd, "unexpected argument '%s'", argv[optind + 1]);
		return NULL;
	}
	return argv[optind];
}

/* ---------------------------------------------------------------------
 * Passwords
 */

static volatile sig_atomic_t prompt_signal;

static void prompt_on_signal(int signo)
{
	prompt_signal = signo;
}

/*
 * Reads one line from fd into buf without stdio (so nothing of it stays in
 * a stdio buffer).  Returns its length without the newline, -1 on a read
 * error or a signal, -2 when the line does not fit.
 */
static ssize_t read_line_fd(int fd, char *buf, size_t size)
{
	size_t len = 0;
	bool too_long = false;
	char c;

	for (;;) {
		ssize_t n = read(fd, &c, 1);

		if (n < 0) {
			if (errno == EINTR && prompt_signal == 0)
				continue;
			return -1;
		}
		if (n == 0 || c == '\n')
			break;
		if (len + 1 < size)
			buf[len++] = c;
		else
			too_long = true;
	}
	buf[len] = '\0';
	if (len > 0 && buf[len - 1] == '\r')
		buf[--len] = '\0';
	return too_long ? -2 : (ssize_t)len;
}

/*
 * Asks for a password on /dev/tty with echo off.  A signal that would end
 * the process (SIGINT, SIGTERM, ...) restores the terminal first and is
 * then delivered.  Returns 0, or EXIT_FAILED after printing why.
 */
static int prompt_password(const char *prompt, char *buf, size_t size)
{
	static const int signals[] = {SIGINT, SIGQUIT, SIGTERM, SIGHUP};
	struct sigaction sa, old[sizeof(signals) / sizeof(signals[0])];
	struct termios saved, quiet;
	ssize_t len;
	unsigned int i;
	int fd, ret = 0;

	fd = open("/dev/tty", O_RDWR | O_NOCTTY | O_CLOEXEC);
	if (fd < 0) {
		return fail("no terminal to ask for the password on; use "
			    "--password-stdin");
	}
	if (tcgetattr(fd, &saved) < 0) {
		close(fd);
		return fail("cannot read the terminal's settings: %s",
			    strerror(errno));
	}
	memset(&sa, 0, sizeof(sa));
	sa.sa_handler = prompt_on_signal;
	sigemptyset(&sa.sa_mask);
	/* No SA_RESTART: the signal must interrupt read(). */
	prompt_signal = 0;
	for (i = 0; i < sizeof(signals) / sizeof(signals[0]); i++)
		sigaction(signals[i], &sa, &old[i]);

	quiet = saved;
	quiet.c_lflag &= ~(tcflag_t)(ECHO | ECHOE | ECHOK | ECHONL);
	if (tcsetattr(fd, TCSAFLUSH, &quiet) < 0) {
		ret = fail("cannot turn off echo: %s", strerror(errno));
	} else {
		if (write(fd, prompt, strlen(prompt)) < 0) {
			/* The prompt is a courtesy; read anyway. */
		}
		len = read_line_fd(fd, buf, size);
		(void)tcsetattr(fd, TCSAFLUSH, &saved);
		if (write(fd, "\n", 1) < 0) {
			/* Only cosmetic. */
		}
		if (len == -2)
			ret = fail("the password is longer than %d bytes",
				   DIR_PASSWORD_MAX);
		else if (len < 0 && prompt_signal == 0)
			ret = fail("cannot read the password: %s",
				   strerror(errno));
		else if (len < 0)
			ret = EXIT_FAILED;
	}
	for (i = 0; i < sizeof(signals) / sizeof(signals[0]); i++)
		sigaction(signals[i], &old[i], NULL);
	close(fd);
	if (prompt_signal != 0) {
		sodium_memzero(buf, size);
		raise(prompt_signal);
		return fail("interrupted");
	}
	return ret;
}

/*
 * Gets a new password for name into buf (PASSWORD_BUF_SIZE bytes): one
 * line of standard input when from_stdin, else twice from the terminal.
 * Returns 0, or EXIT_FAILED after printing why.
 */
static int read_new_password(const char *name, bool from_stdin, char *buf)
{
	char again[PASSWORD_BUF_SIZE], prompt[128];
	ssize_t len;
	int ret;

	if (from_stdin) {
		len = read_line_fd(STDIN_FILENO, buf, PASSWORD_BUF_SIZE);
		if (len == -2)
			return fail("the password is longer than %d bytes",
				    DIR_PASSWORD_MAX);
		if (len < 0)
			return fail("cannot read the password from standard "
				    "input: %s",
				    strerror(errno));
		if (len == 0)
			return fail("no password on standard input");
		return 0;
	}
	snprintf(prompt, sizeof(prompt), "New password for %s: ", name);
	ret = prompt_password(prompt, buf, PASSWORD_BUF_SIZE);
	if (ret != 0)
		return ret;
	if (buf[0] == '\0')
		return fail("the password is empty");
	ret = prompt_password("Retype the password: ", again, sizeof(again));
	if (ret == 0 && strcmp(buf, again) != 0)
		ret = fail("the passwords do not match");
	sodium_memzero(again, sizeof(again));
	if (ret != 0)
		sodium_memzero(buf, PASSWORD_BUF_SIZE);
	return ret;
}

/* ---------------------------------------------------------------------
 * Output
 */

/* A mailbox GUID as 32 lowercase hex digits. */
static void format_guid(const unsigned char *guid, char *out)
{
	size_t i;

	HexFromBin((LPBYTE)guid, DIR_GUID_SIZE, out);
	for (i = 0; out[i] != '\0'; i++)
		out[i] = (char)tolower((unsigned char)out[i]);
}

static void print_principal_json(const struct dir_principal *p)
{
	char guid[2 * DIR_GUID_SIZE + 1];
	unsigned int i;

	format_guid(p->mailbox_guid, guid);
	fputs("{\"name\":", stdout);
	print_json_string(p->name);
	fputs(",\"display_name\":", stdout);
	print_json_string(p->display_name);
	printf(",\"admin\":%s,\"disabled\":%s,\"has_password\":%s",
	       (p->flags & DIR_FLAG_ADMIN) != 0 ? "true" : "false",
	       (p->flags & DIR_FLAG_DISABLED) != 0 ? "true" : "false",
	       p->has_password ? "true" : "false");
	if (p->os_mapped) {
		printf(",\"uid\":%lu,\"gid\":%lu,\"groups\":[",
		       (unsigned long)p->uid, (unsigned long)p->gid);
		for (i = 0; i < p->groups_count; i++)
			printf("%s%lu", i > 0 ? "," : "",
			       (unsigned long)p->groups[i]);
		putchar(']');
	} else {
		fputs(",\"uid\":null,\"gid\":null,\"groups\":[]", stdout);
	}
	printf(",\"mailbox_guid\":\"%s\",\"mailbox_dn\":", guid);
	print_json_string(p->mailbox_dn);
	putchar('}');
}

static const char *flags_text(unsigned int flags)
{
	switch (flags & DIR_FLAGS_ALL) {
	case DIR_FLAG_ADMIN:
		return "admin";
	case DIR_FLAG_DISABLED:
		return "disabled";
	case DIR_FLAG_ADMIN | DIR_FLAG_DISABLED:
		return "admin,disabled";
	default:
		return "-";
	}
}

static void print_principal_text(const struct dir_principal *p)
{
	char guid[2 * DIR_GUID_SIZE + 1];
	unsigned int i;

	format_guid(p->mailbox_guid, guid);
	printf("name:          %s\n", p->name);
	printf("display name:  %s\n", p->display_name);
	printf("flags:         %s\n", flags_text(p->flags));
	printf("password:      %s\n", p->has_password ? "set" : "not set");
	if (p->os_mapped) {
		printf("uid:           %lu\n", (unsigned long)p->uid);
		printf("gid:           %lu\n", (unsigned long)p->gid);
		fputs("groups:        ", stdout);
		for (i = 0; i < p->groups_count; i++)
			printf("%s%lu", i > 0 ? "," : "",
			       (unsigned long)p->groups[i]);
		fputs(p->groups_count == 0 ? "-\n" : "\n", stdout);
	} else {
		fputs("uid:           not mapped\n", stdout);
	}
	printf("mailbox guid:  %s\n", guid);
	printf("mailbox dn:    %s\n", p->mailbox_dn);
}

/* Flushes stdout; EXIT_FAILED when writing failed. */
static int finish_output(void)
{
	if (fflush(stdout) != 0 || ferror(stdout))
		return fail("cannot write the output: %s", strerror(errno));
	return 0;
}

/* ---------------------------------------------------------------------
 * Commands
 */

static int open_directory(struct directory **dir_r)
{
	const char *error;

	if (directory_open(NULL, NULL, dir_r, &error) < 0)
		return fail("%s", error);
	return 0;
}

/* The options every command knows; each takes those its mask allows. */
static const struct option admin_longopts[] = {
    {"help", no_argument, NULL, 'h'},
    {"json", no_argument, NULL, 'j'},
    {"display-name", required_argument, NULL, 'd'},
    {"admin", no_argument, NULL, 'a'},
    {"uid", required_argument, NULL, 'u'},
    {"gid", required_argument, NULL, 'g'},
    {"groups", required_argument, NULL, 'G'},
    {"password-stdin", no_argument, NULL, 's'},
    {"no-password", no_argument, NULL, 'n'},
    {"unmap", no_argument, NULL, 'U'},
    {NULL, 0, NULL, 0},
};

/* The AO_ bit of an option, 0 for --help. */
static unsigned int option_bit(int opt)
{
	switch (opt) {
	case 'j':
		return AO_JSON;
	case 'd':
		return AO_DISPLAY_NAME;
	case 'a':
		return AO_ADMIN;
	case 'u':
	case 'g':
	case 'G':
		return AO_OS;
	case 's':
	case 'n':
		return AO_PASSWORD;
	case 'U':
		return AO_UNMAP;
	default:
		return 0;
	}
}

/*
 * Parses a command's options and its NAME.  argv[0] is the command's
 * name.  Returns -1 to go on, or the exit status to end with (0 after
 * --help).
 */
static int admin_parse(const struct admin_cmd *cmd, int argc, char **argv,
		       struct admin_args *a)
{
	int opt, ret;

	memset(a, 0, sizeof(*a));
	a->json = opt_json;
	optind = 0;
	opterr = 0;
	while ((opt = getopt_long(argc, argv, ":h", admin_longopts, NULL)) !=
	       -1) {
		/* A value missing for an option the command does not take:
		 * the option is what is wrong. */
		if (opt == ':' && (option_bit(optopt) & ~cmd->options) != 0)
			opt = '?';
		if (opt == ':' || opt == '?' ||
		    (option_bit(opt) & ~cmd->options) != 0)
			return option_error(cmd, opt, argv);
		switch (opt) {
		case 'h':
			cmd_help(cmd);
			return 0;
		case 'j':
			a->json = true;
			break;
		case 'd':
			a->display_name = optarg;
			break;
		case 'a':
			a->admin = true;
			break;
		case 'u':
		case 'g':
		case 'G':
			ret = os_option(cmd, opt, optarg, &a->os);
			if (ret != 0)
				return ret;
			break;
		case 's':
			a->from_stdin = true;
			break;
		case 'n':
			a->no_password = true;
			break;
		case 'U':
			a->unmap = true;
			break;
		}
	}
	if (!cmd->takes_name) {
		if (optind < argc)
			return usage_error(cmd, "unexpected argument '%s'",
					   argv[optind]);
		return -1;
	}
	a->name = one_name(cmd, argc, argv);
	return a->name == NULL ? EXIT_USAGE : -1;
}

/* --password-stdin and --no-password: 0, or a usage error's status. */
static int password_options(const struct admin_cmd *cmd,
			    const struct admin_args *a)
{
	if (a->from_stdin && a->no_password)
		return usage_error(cmd, "--password-stdin and --no-password "
					"exclude each other");
	return 0;
}

static int run_add(const struct admin_cmd *cmd, const struct admin_args *a)
{
	struct dir_principal_settings settings = {0};
	struct dir_principal *existing = NULL;
	char password[PASSWORD_BUF_SIZE];
	struct directory *dir = NULL;
	const char *error;
	int ret;

	settings.name = a->name;
	settings.display_name = a->display_name;
	if (a->admin)
		settings.flags |= DIR_FLAG_ADMIN;
	if (a->os.have_uid != a->os.have_gid)
		return usage_error(cmd, "--uid and --gid go together");
	if (a->os.have_groups && !a->os.have_uid)
		return usage_error(cmd, "--groups needs --uid and --gid");
	ret = password_options(cmd, a);
	if (ret != 0)
		return ret;
	if (dir_name_check(settings.name, &error) < 0)
		return fail("%s", error);
	if (a->os.have_uid)
		settings.os = &a->os.os;

	ret = open_directory(&dir);
	if (ret != 0)
		return ret;
	/* Say "already exists" before asking for a password in vain. */
	if (directory_get(dir, settings.name, &existing, &error) == 0) {
		ret = fail("user '%s' already exists", existing->name);
		dir_principal_free(&existing);
		directory_close(&dir);
		return ret;
	}
	if (!a->no_password) {
		ret = read_new_password(settings.name, a->from_stdin, password);
		if (ret != 0) {
			directory_close(&dir);
			return ret;
		}
		settings.password = password;
	}
	if (directory_add(dir, &settings, &error) < 0)
		ret = fail("%s", error);
	sodium_memzero(password, sizeof(password));
	directory_close(&dir);
	return ret;
}

static int run_del(const struct admin_cmd *cmd, const struct admin_args *a)
{
	struct directory *dir = NULL;
	const char *error;
	int ret;

	(void)cmd;
	ret = open_directory(&dir);
	if (ret != 0)
		return ret;
	if (directory_delete(dir, a->name, &error) < 0)
		ret = fail("%s", error);
	directory_close(&dir);
	return ret;
}

static int run_list(const struct admin_cmd *cmd, const struct admin_args *a)
{
	struct dir_principal **list = NULL;
	struct directory *dir = NULL;
	const char *error;
	size_t count = 0, i;
	int ret;

	(void)cmd;
	ret = open_directory(&dir);
	if (ret != 0)
		return ret;
	if (directory_list(dir, &list, &count, &error) < 0) {
		ret = fail("%s", error);
		directory_close(&dir);
		return ret;
	}
	if (a->json) {
		putchar('[');
		for (i = 0; i < count; i++) {
			if (i > 0)
				putchar(',');
			print_principal_json(list[i]);
		}
		puts("]");
	} else if (count > 0) {
		printf("%-24s %-15s %-10s %-10s %s\n", "NAME", "FLAGS", "UID",
		       "GID", "DISPLAY NAME");
		for (i = 0; i < count; i++) {
			const struct dir_principal *p = list[i];
			char uid[16] = "-", gid[16] = "-";

			if (p->os_mapped) {
				snprintf(uid, sizeof(uid), "%lu",
					 (unsigned long)p->uid);
				snprintf(gid, sizeof(gid), "%lu",
					 (unsigned long)p->gid);
			}
			printf("%-24s %-15s %-10s %-10s %s\n", p->name,
			       flags_text(p->flags), uid, gid, p->display_name);
		}
	}
	dir_principal_list_free(&list, count);
	directory_close(&dir);
	return finish_output();
}

static int run_show(const struct admin_cmd *cmd, const struct admin_args *a)
{
	struct dir_principal *p = NULL;
	struct directory *dir = NULL;
	const char *error;
	int ret;

	(void)cmd;
	ret = open_directory(&dir);
	if (ret != 0)
		return ret;
	if (directory_get(dir, a->name, &p, &error) < 0) {
		ret = fail("%s", error);
	} else {
		if (a->json) {
			print_principal_json(p);
			putchar('\n');
		} else {
			print_principal_text(p);
		}
		ret = finish_output();
	}
	dir_principal_free(&p);
	directory_close(&dir);
	return ret;
}

static int run_passwd(const struct admin_cmd *cmd, const struct admin_args *a)
{
	char password[PASSWORD_BUF_SIZE];
	struct dir_principal *p = NULL;
	struct directory *dir = NULL;
	const char *name = a->name, *error;
	int ret;

	ret = password_options(cmd, a);
	if (ret != 0)
		return ret;
	ret = open_directory(&dir);
	if (ret != 0)
		return ret;
	/* Say "no user" before asking for a password in vain. */
	if (directory_get(dir, name, &p, &error) < 0) {
		ret = fail("%s", error);
	} else if (a->no_password) {
		if (directory_set_password(dir, name, NULL, &error) < 0)
			ret = fail("%s", error);
	} else {
		ret = read_new_password(p->name, a->from_stdin, password);
		if (ret == 0 &&
		    directory_set_password(dir, name, password, &error) < 0)
			ret = fail("%s", error);
		sodium_memzero(password, sizeof(password));
	}
	dir_principal_free(&p);
	directory_close(&dir);
	return ret;
}

/* grant-admin, revoke-admin, enable, disable. */
static int run_flag(const struct admin_cmd *cmd, const struct admin_args *a)
{
	unsigned int set = 0, clear = 0;
	struct directory *dir = NULL;
	const char *error;
	int ret;

	if (strcmp(cmd->name, "grant-admin") == 0)
		set = DIR_FLAG_ADMIN;
	else if (strcmp(cmd->name, "revoke-admin") == 0)
		clear = DIR_FLAG_ADMIN;
	else if (strcmp(cmd->name, "disable") == 0)
		set = DIR_FLAG_DISABLED;
	else
		clear = DIR_FLAG_DISABLED;
	ret = open_directory(&dir);
	if (ret != 0)
		return ret;
	if (directory_set_flags(dir, a->name, set, clear, &error) < 0)
		ret = fail("%s", error);
	directory_close(&dir);
	return ret;
}

static int run_map_uid(const struct admin_cmd *cmd, const struct admin_args *a)
{
	struct directory *dir = NULL;
	const char *error;
	int ret;

	if (a->unmap && (a->os.have_uid || a->os.have_gid || a->os.have_groups))
		return usage_error(cmd, "--unmap takes no --uid, --gid or "
					"--groups");
	if (!a->unmap && (!a->os.have_uid || !a->os.have_gid))
		return usage_error(cmd, "give --uid and --gid, or --unmap");
	ret = open_directory(&dir);
	if (ret != 0)
		return ret;
	if (directory_map_os(dir, a->name, a->unmap ? NULL : &a->os.os,
			     &error) < 0)
		ret = fail("%s", error);
	directory_close(&dir);
	return ret;
}

static const struct admin_cmd user_cmds[] = {
    {"add", run_add, AO_DISPLAY_NAME | AO_ADMIN | AO_OS | AO_PASSWORD, true,
     "add NAME [--display-name S] [--admin] [--uid UID --gid GID\n"
     "      [--groups G1,G2]] [--password-stdin | --no-password]",
     "Adds a user (a principal) with a new mailbox GUID.  NAME is 1 to 64\n"
     "letters, digits and . _ @ -; names are unique regardless of case.\n"
     "\n"
     "  --display-name S   the name people see (UTF-8); default NAME\n"
     "  --uid UID          the OS user the principal's threads run as\n"
     "  --gid GID          its primary group (with --uid)\n"
     "  --groups G1,G2     its supplementary groups (numeric ids)\n"
     "  --admin            may open every mailbox and act for any user\n"
     "  --password-stdin   read the password as one line of standard input\n"
     "  --no-password      no password: the user cannot log on with one\n"
     "\n"
     "Without --password-stdin or --no-password the password is asked for\n"
     "on the terminal, twice.\n"},
    {"del", run_del, 0, true, "del NAME", "Deletes a user.\n"},
    {"list", run_list, AO_JSON, false, "list [--json]",
     "Lists every user: name, flags, uid, gid and display name.\n"
     "\n"
     "  --json   print a JSON array of users instead\n"},
    {"show", run_show, AO_JSON, true, "show NAME [--json]",
     "Shows everything the directory knows about a user.\n"
     "\n"
     "  --json   print a JSON object instead\n"},
    {"passwd", run_passwd, AO_PASSWORD, true,
     "passwd NAME [--password-stdin | --no-password]",
     "Sets a user's password, asked for on the terminal (twice) or read\n"
     "as one line of standard input; --no-password removes it.\n"},
    {"grant-admin", run_flag, 0, true, "grant-admin NAME",
     "Gives a user the admin right: opening any mailbox and acting for\n"
     "any user without a password.\n"},
    {"revoke-admin", run_flag, 0, true, "revoke-admin NAME",
     "Takes the admin right away from a user.\n"},
    {"disable", run_flag, 0, true, "disable NAME",
     "Stops a user from logging on (the data stays).\n"},
    {"enable", run_flag, 0, true, "enable NAME",
     "Lets a disabled user log on again.\n"},
    {"map-uid", run_map_uid, AO_OS | AO_UNMAP, true,
     "map-uid NAME (--uid UID --gid GID [--groups G1,G2] | --unmap)",
     "Maps a user to an OS identity, which impersonation switches the\n"
     "thread's kernel credentials to, or removes the mapping.  One uid maps\n"
     "to at most one user.\n"},
};

#define USER_CMDS_COUNT N_ELEMENTS(user_cmds)

static void admin_usage(FILE *out)
{
	unsigned int i;

	fputs("Usage: mapix admin user COMMAND [ARGS]\n"
	      "\n"
	      "Manages the directory of mapix users (principals).  The\n"
	      "directory lives in the state directory: $MAPIX_STATE_DIR, else\n"
	      "state_dir in /etc/mapix/mapix.conf ($MAPIX_CONFIG), else\n"
	      "/var/lib/mapix.\n"
	      "\n"
	      "Commands:\n",
	      out);
	for (i = 0; i < USER_CMDS_COUNT; i++)
		fprintf(out, "  %s\n", user_cmds[i].synopsis);
	fputs("\n"
	      "Environment:\n"
	      "  MAPIX_STATE_DIR     the state directory (absolute path)\n"
	      "  MAPIX_CONFIG        the configuration file\n"
	      "  MAPIX_PAM_SERVICE   the PAM service of the pam directory\n"
	      "  MAPIX_PWHASH_FAST   1: cheap password hashes, for tests only\n"
	      "\n"
	      "'mapix admin user COMMAND --help' describes a command.\n"
	      "Exit status: 0 success, 1 failure, 2 usage error.\n",
	      out);
}

/*
 * `mapix admin ...`.  argv[0] is "admin"; json is mapix's global --json.
 * Returns the process exit status.
 */
int admin_main(int argc, char **argv, bool json)
{
	unsigned int i;

	opt_json = json;
	if (argc < 2) {
		admin_usage(stderr);
		return EXIT_USAGE;
	}
	if (cli_is_help(argv[1])) {
		admin_usage(stdout);
		return 0;
	}
	if (strcmp(argv[1], "user") != 0) {
		fprintf(stderr, "mapix admin: unknown command '%s'\n", argv[1]);
		admin_usage(stderr);
		return EXIT_USAGE;
	}
	if (argc < 3) {
		admin_usage(stderr);
		return EXIT_USAGE;
	}
	if (cli_is_help(argv[2])) {
		admin_usage(stdout);
		return 0;
	}
	for (i = 0; i < USER_CMDS_COUNT; i++) {
		struct admin_args a;
		int ret;

		if (strcmp(argv[2], user_cmds[i].name) != 0)
			continue;
		ret = admin_parse(&user_cmds[i], argc - 2, argv + 2, &a);
		if (ret >= 0)
			return ret;
		return user_cmds[i].run(&user_cmds[i], &a);
	}
	fprintf(stderr, "mapix admin user: unknown command '%s'\n", argv[2]);
	admin_usage(stderr);
	return EXIT_USAGE;
}
