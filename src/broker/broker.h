/*
 * broker.h - what the modules of the mapix-broker program share: its
 * settings, its state, and the functions one module offers another.
 *
 *   broker.c   main, the poll loop, signals, configuration reload
 *   bconfig.c  settings from the configuration file and options, checked
 *              for overlaps that would hand a trusted id to a worker
 *   front.c    front ends before their logon is answered: accepting with
 *              per-uid limits, reading the request line, deadlines
 *   grant.c    after authentication: the principal's identity, its
 *              profile directory, its worker, the hand-over and the answer;
 *              revalidation of live workers when the directory changes
 *
 * The modules below (auth, pool, launch, uidmap, request, broker_sys) know
 * nothing of this struct.
 */
#ifndef MAPIX_BROKER_BROKER_H
#define MAPIX_BROKER_BROKER_H

#include <limits.h>
#include <stdbool.h>
#include <stdint.h>
#include <sys/resource.h>
#include <sys/socket.h>
#include <sys/types.h>
#include <sys/un.h>

#include "auth.h"
#include "directory.h"
#include "pool.h"
#include "request.h"
#include "uidmap.h"

#define ACT_AS_UIDS_MAX 16
/* Front ends whose logon is not answered yet, in all and from one uid. */
#define FRONTS_MAX         1024
#define FRONTS_PER_UID_MAX 256
/* Seconds a front end has to send its request line. */
#define REQUEST_TIMEOUT 3
/* How often the loop asks the directory whether anything changed (ms). */
#define REVALIDATE_MS 200

struct broker_config {
	char socket_path[sizeof(((struct sockaddr_un *)0)->sun_path)];
	/* (gid_t)-1: socket mode 0600, else 0660 with this group. */
	gid_t socket_gid;
	char worker[PATH_MAX];
	char state_dir[PATH_MAX];
	/* The service catalog, passed to workers. */
	char catalog[PATH_MAX];
	unsigned int idle_timeout;
	unsigned int drain_timeout;
	unsigned int max_workers;
	unsigned int max_per_user;
	unsigned int auth_threads;
	unsigned int auth_per_uid;
	bool have_range;
	uid_t uid_first, uid_last;
	uid_t act_as_uids[ACT_AS_UIDS_MAX];
	unsigned int act_as_count;
	rlim_t max_files;
	rlim_t max_memory_mb;
};

/* Command-line values; NULL when not given. */
struct broker_options {
	const char *socket, *socket_group, *worker, *idle_timeout;
	const char *drain_timeout, *max_workers, *max_per_user, *uid_range;
	const char *act_as, *max_files, *max_memory, *auth_threads;
	const char *auth_per_uid;
};

enum front_state {
	FRONT_READING, /* waiting for the request line */
	FRONT_AUTH,    /* queued for, or in, a password check */
};

/* A front end that has not been answered yet. */
struct front {
	int fd;
	uid_t peer_uid;
	enum front_state state;
	int64_t accepted_ms, deadline_ms;
	size_t len;
	char buf[REQUEST_LINE_MAX];
};

struct broker {
	struct broker_config cfg;
	/* The options, kept for a reload (the configuration file may change;
	 * options still win). */
	struct broker_options opts;
	struct directory *dir;
	struct uidmap *uidmap;
	struct pool *pool;
	struct auth *auth;
	int listen_fd;
	int signal_fd;
	struct front *fronts[FRONTS_MAX];
	unsigned int front_count;
	/* The directory's change counter at the last revalidation. */
	uint64_t dir_generation;
	int64_t next_revalidate_ms;
	bool stop;
};

/* bconfig.c: fills cfg from the options and the configuration file, and
 * refuses settings that overlap (see bconfig.c).  0 or -EINVAL (logged). */
int config_load(const struct broker_options *o, struct broker_config *cfg);

/* front.c */
void front_accept(struct broker *b);
/* Reads what f sent; true when f is done with (answered or dropped). */
bool front_read(struct broker *b, struct front *f);
void front_close(struct broker *b, unsigned int i);
/* Index of f in b->fronts; f must be there. */
unsigned int front_index(const struct broker *b, const struct front *f);
/* Sends one answer line; a front end that cannot take it is dropped. */
void front_answer(int fd, const char *fmt, ...)
    __attribute__((format(printf, 2, 3)));

/* grant.c */
/*
 * The principal p logged on through f (authenticated, or act-as): finds
 * or starts its worker, hands f's connection over and answers.  p stays
 * the caller's.
 */
void grant_logon(struct broker *b, struct front *f,
		 const struct dir_principal *p);
/*
 * Ends the workers whose principal the directory no longer has as they
 * were started (deleted, disabled, changed), when the directory's change
 * counter moved since the last call.
 */
void grant_revalidate(struct broker *b);
/* Makes the state directory and profiles/ exactly 0711 (traversable, not
 * listable).  0 or a negative errno (logged). */
int state_prepare(const struct broker_config *cfg);

#endif
