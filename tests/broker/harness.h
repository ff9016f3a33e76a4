/*
 * harness.h - what the end-to-end tests of mapix-broker share: TAP output,
 * a scratch state directory with test principals and a broker running on
 * it, a front end's side of the protocols, and /proc readings.
 *
 * The principals instance_init() adds (password PASSWORD): alice (uid
 * ALICE_UID, group 64210), bob (BOB_UID, groups 64211 64212), carol (no OS
 * identity: a uid of the range RANGE_FIRST-RANGE_LAST when the broker has
 * one), dave (DAVE_UID, disabled).
 */
#ifndef MAPIX_TESTS_BROKER_HARNESS_H
#define MAPIX_TESTS_BROKER_HARNESS_H

#include <stdbool.h>
#include <stddef.h>
#include <sys/types.h>

#include <json-c/json.h>

#include "directory.h"

#define ALICE_UID   64201
#define BOB_UID     64202
#define DAVE_UID    64204
#define RANGE_FIRST 64300
#define RANGE_LAST  64309
/* Every uid and gid the broker's tests give out. */
#define TEST_UID_FIRST 64200
#define TEST_UID_LAST  64699
#define PASSWORD    "correct horse"
/* The service catalog the workers get (the test's environment names it). */
#define CATALOG_ENV "MAPIX_TEST_CATALOG"

extern const char *broker_path, *worker_path;
/* The test's scratch directory. */
extern char tmp[64];
extern int n_test, n_failed;

void ok(bool cond, const char *fmt, ...) __attribute__((format(printf, 2, 3)));
void diag(const char *fmt, ...) __attribute__((format(printf, 1, 2)));
double now_ms(void);

/*
 * Checks the arguments (MAPIX-BROKER MAPIX-WORKER ...) and root, makes the
 * scratch directory, ignores SIGPIPE.  Exits 77 (skip) when not root.
 */
void harness_init(const char *name, int argc, char **argv);
/* Prints the TAP plan, removes the scratch directory unless something
 * failed; the exit status. */
int harness_done(void);

struct instance {
	char state[512];
	char sock[512];
	char log[512];
	char config[512];
	pid_t pid;
};

void add_user(struct directory *dir, const char *name, uid_t uid,
	      const gid_t *groups, unsigned int ngroups, bool disabled);
void instance_init(struct instance *in, const char *name, bool fast,
		   const char *config_text);
/* Starts the broker with extra options (NULL-terminated). */
void instance_start(struct instance *in, bool fast, ...);
/* SIGTERM; true when the broker exited 0. */
bool instance_stop(struct instance *in);
bool log_contains(const struct instance *in, const char *text);
/* Opens the instance's directory (to change principals under a live
 * broker); exits on failure. */
struct directory *instance_directory(const struct instance *in);

/* Reads one line (without '\n') into buf; false on EOF/timeout. */
bool read_line(int fd, char *buf, size_t size);
int connect_to(const struct instance *in);
/* Sends request (a line without '\n'); the answer in reply. */
int send_request(const struct instance *in, const char *request, char *reply,
		 size_t size);
/* Logs name on; the connection, now the worker's, or -1. */
int logon(const struct instance *in, const char *name, const char *password);
/* One JSON request to a worker; the parsed answer or NULL. */
json_object *ask(int fd, const char *request);
long field_long(json_object *obj, const char *key);
const char *field_str(json_object *obj, const char *key);
bool answer_is(int fd, const char *request, const char *error);
/* True when fd's peer closed it within ms milliseconds. */
bool closed_within(int fd, int ms);

/* "Uid:", "Gid:" or "Groups:" of pid's status, the tabs as spaces. */
bool proc_status(pid_t pid, const char *key, char *buf, size_t size);
int proc_fd_count(pid_t pid);
long proc_rss_kib(pid_t pid);
/* Processes of our brokers' workers whose real, effective, saved or fs
 * uid is a test uid. */
int test_uid_processes(void);
/* whoami, and /proc/PID/status, say exactly uid/gid/groups. */
pid_t check_identity(int fd, const char *name, uid_t uid, const char *groups);

#endif
