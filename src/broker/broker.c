/*
 * broker.c - mapix-broker: the root stub that logs users on and runs
 * their workers (the LogonUser + CreateProcessAsUser pattern, with
 * privilege separation after Dovecot's master).
 *
 * The broker stays minimal: it owns its listening Unix socket, reads one
 * request line per connection (front.c, request.h), has the password
 * checked off its loop by a few threads (auth.h: the same answer, after
 * the same argon2id work, for a wrong password, an unknown principal and
 * a disabled one), finds or starts the principal's worker (grant.c,
 * pool.h, launch.h) and passes it the connection (handover.h).  It does
 * no MAPI work and opens no mailbox.  One loop; signals arrive through a
 * signalfd.  docs/BROKER.md has the protocol, the settings and the threat
 * model.
 *
 * SIGHUP reloads the configuration: limits, timeouts, the trusted front
 * ends, the uid range and the worker's settings change at once, for new
 * workers and logons; running workers stay.  What needs the socket or the
 * pool rebuilt (socket, socket group, max workers, threads, the state
 * directory) is kept and logged as needing a restart.
 */
#include <errno.h>
#include <getopt.h>
#include <poll.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/resource.h>
#include <sys/signalfd.h>
#include <sys/stat.h>
#include <unistd.h>

#include "broker.h"
#include "broker_util.h"
#include "timeutil.h"

#define EXIT_FAILED 1
#define EXIT_USAGE  2

#define UIDMAP_FILE "broker-uids"
/* Descriptors the broker asks for: fronts, workers' channels and logs. */
#define NOFILE_WANTED 65536

#ifndef MAPIX_WORKER_PATH
#define MAPIX_WORKER_PATH "/usr/local/libexec/mapix-worker"
#endif
#ifndef MAPIX_VERSION
#define MAPIX_VERSION "0"
#endif

static void usage(FILE *out)
{
	fputs(
	    "Usage: mapix-broker [OPTION]...\n"
	    "Log mapix users on and run a worker process as each of them.\n"
	    "Runs as root, in the foreground; logs to standard error.\n"
	    "\n"
	    "  --socket PATH          listening socket (broker_socket; "
	    "default\n"
	    "                         /run/mapix/broker.sock)\n"
	    "  --socket-group GROUP   socket mode 0660 for GROUP instead of "
	    "0600\n"
	    "                         (broker_socket_group)\n"
	    "  --worker PATH          worker program (broker_worker; default\n"
	    "                         " MAPIX_WORKER_PATH ")\n"
	    "  --idle-timeout SEC     stop a worker idle this long, 0 never\n"
	    "                         (broker_idle_timeout; default 300)\n"
	    "  --drain-timeout SEC    end a stopped worker still serving after "
	    "SEC,\n"
	    "                         0 never (broker_drain_timeout; 3600)\n"
	    "  --max-workers N        most worker processes (broker_max_"
	    "workers; 64)\n"
	    "  --max-per-user N       most worker processes of one user\n"
	    "                         (broker_max_workers_per_user; 2)\n"
	    "  --uid-range FIRST-LAST uids for principals without an OS "
	    "identity\n"
	    "                         (broker_uid_range; default: refuse "
	    "them)\n"
	    "  --act-as USERS         uids or names of trusted front ends that "
	    "may\n"
	    "                         use act-as (broker_act_as; default: "
	    "none)\n"
	    "  --auth-threads N       threads checking passwords\n"
	    "                         (broker_auth_threads; CPUs - 1, 1-4)\n"
	    "  --auth-per-uid N       logons one peer uid may have in "
	    "progress\n"
	    "                         (broker_auth_per_uid; 64)\n"
	    "  --max-files N          RLIMIT_NOFILE of workers "
	    "(broker_worker_max_files)\n"
	    "  --max-memory MIB       RLIMIT_AS of workers, 0 none\n"
	    "                         (broker_worker_max_memory)\n"
	    "  --help                 show this help and exit\n"
	    "  --version              show the version and exit\n"
	    "\n"
	    "The state directory is $MAPIX_STATE_DIR or state_dir of the "
	    "configuration\n"
	    "file ($MAPIX_CONFIG, else /etc/mapix/mapix.conf).  SIGHUP "
	    "reloads the\n"
	    "configuration; SIGTERM or SIGINT stops the broker and its "
	    "workers.\n"
	    "Exit status: 0 after SIGTERM or SIGINT, 1 failure, 2 usage "
	    "error.\n",
	    out);
}

/* ---------------------------------------------------------------------
 * Start-up
 */

static int listen_socket(const struct broker_config *cfg)
{
	struct sockaddr_un addr = {.sun_family = AF_UNIX};
	struct stat st;
	int fd, err;

	memcpy(addr.sun_path, cfg->socket_path, strlen(cfg->socket_path) + 1);
	/* A socket left by an earlier broker; anything else stays. */
	if (lstat(cfg->socket_path, &st) == 0 && S_ISSOCK(st.st_mode))
		unlink(cfg->socket_path);
	fd = socket(AF_UNIX, SOCK_STREAM | SOCK_NONBLOCK | SOCK_CLOEXEC, 0);
	if (fd < 0)
		return -errno;
	/* umask 077 is in force: nobody else can connect before chmod. */
	if (bind(fd, (struct sockaddr *)&addr, sizeof(addr)) < 0)
		goto fail;
	if (cfg->socket_gid != (gid_t)-1) {
		if (chown(cfg->socket_path, 0, cfg->socket_gid) < 0 ||
		    chmod(cfg->socket_path, 0660) < 0)
			goto fail_unlink;
	} else if (chmod(cfg->socket_path, 0600) < 0) {
		goto fail_unlink;
	}
	if (listen(fd, 512) < 0)
		goto fail_unlink;
	return fd;
fail_unlink:
	err = errno;
	unlink(cfg->socket_path);
	close(fd);
	return -err;
fail:
	err = errno;
	close(fd);
	return -err;
}

static int signals_setup(void)
{
	sigset_t set;

	signal(SIGPIPE, SIG_IGN);
	sigemptyset(&set);
	sigaddset(&set, SIGCHLD);
	sigaddset(&set, SIGTERM);
	sigaddset(&set, SIGINT);
	sigaddset(&set, SIGHUP);
	/* Before any thread exists: they all inherit the mask. */
	if (sigprocmask(SIG_BLOCK, &set, NULL) < 0)
		return -errno;
	return signalfd(-1, &set, SFD_NONBLOCK | SFD_CLOEXEC);
}

/* Room for FRONTS_MAX front ends and the workers' descriptors. */
static void raise_nofile(void)
{
	struct rlimit rl;

	if (getrlimit(RLIMIT_NOFILE, &rl) < 0)
		return;
	if (rl.rlim_cur >= NOFILE_WANTED || rl.rlim_cur == rl.rlim_max)
		return;
	rl.rlim_cur = rl.rlim_max < NOFILE_WANTED ? rl.rlim_max : NOFILE_WANTED;
	(void)setrlimit(RLIMIT_NOFILE, &rl);
}

/* Opens the uid map of cfg's range (or none); 0 or -1 (logged). */
static int uidmap_load(const struct broker_config *cfg, struct uidmap **map_r)
{
	char path[PATH_MAX];
	const char *error;

	*map_r = NULL;
	if (!cfg->have_range)
		return 0;
	if ((size_t)snprintf(path, sizeof(path), "%s/%s", cfg->state_dir,
			     UIDMAP_FILE) >= sizeof(path)) {
		broker_log(BROKER_LOG_ERROR, "state path too long");
		return -1;
	}
	if (uidmap_open(path, cfg->uid_first, cfg->uid_last, map_r, &error) <
	    0) {
		broker_log(BROKER_LOG_ERROR, "%s", error);
		return -1;
	}
	return 0;
}

static void pool_settings_of(const struct broker_config *cfg,
			     struct pool_settings *ps)
{
	ps->max_workers = cfg->max_workers;
	ps->max_per_user = cfg->max_per_user;
	ps->idle_timeout = cfg->idle_timeout;
	ps->drain_timeout = cfg->drain_timeout;
}

/* ---------------------------------------------------------------------
 * Reload
 */

/* Keeps old's value of a setting that needs a restart, and says so. */
#define KEEP_FOR_RESTART(field, what)                                          \
	do {                                                                   \
		if (memcmp(&next.field, &b->cfg.field, sizeof(next.field)) !=  \
		    0) {                                                       \
			broker_log(BROKER_LOG_WARNING,                         \
				   "reload: %s changed; it takes effect at "   \
				   "the next start",                           \
				   what);                                      \
			memcpy(&next.field, &b->cfg.field,                     \
			       sizeof(next.field));                            \
		}                                                              \
	} while (0)

static void broker_reload(struct broker *b)
{
	struct broker_config next;
	struct pool_settings ps;
	struct auth_settings as;
	struct uidmap *map = NULL;

	broker_log(BROKER_LOG_INFO, "reloading the configuration");
	if (config_load(&b->opts, &next) < 0) {
		broker_log(BROKER_LOG_ERROR, "reload: the configuration is "
					     "refused; the old one stays");
		return;
	}
	KEEP_FOR_RESTART(socket_path, "broker_socket");
	KEEP_FOR_RESTART(socket_gid, "broker_socket_group");
	KEEP_FOR_RESTART(state_dir, "the state directory");
	KEEP_FOR_RESTART(max_workers, "broker_max_workers");
	KEEP_FOR_RESTART(auth_threads, "broker_auth_threads");
	if (next.have_range != b->cfg.have_range ||
	    next.uid_first != b->cfg.uid_first ||
	    next.uid_last != b->cfg.uid_last) {
		if (uidmap_load(&next, &map) < 0) {
			broker_log(BROKER_LOG_ERROR, "reload: the old "
						     "configuration stays");
			return;
		}
		uidmap_free(&b->uidmap);
		b->uidmap = map;
	}
	b->cfg = next;
	pool_settings_of(&b->cfg, &ps);
	if (pool_update(b->pool, &ps) < 0)
		broker_log(BROKER_LOG_ERROR, "reload: pool settings refused");
	as.threads = b->cfg.auth_threads;
	as.max_per_uid = b->cfg.auth_per_uid;
	auth_update(b->auth, &as);
	/* The directory may have changed meanwhile too. */
	b->dir_generation = 0;
	b->next_revalidate_ms = 0;
	broker_log(BROKER_LOG_INFO,
		   "configuration reloaded (idle timeout %us, %u workers per "
		   "user, %u trusted front ends)",
		   b->cfg.idle_timeout, b->cfg.max_per_user,
		   b->cfg.act_as_count);
}

/* ---------------------------------------------------------------------
 * The loop
 */

static void signals_read(struct broker *b)
{
	struct signalfd_siginfo si;

	while (read(b->signal_fd, &si, sizeof(si)) == (ssize_t)sizeof(si)) {
		switch (si.ssi_signo) {
		case SIGCHLD:
			pool_reap(b->pool);
			break;
		case SIGTERM:
		case SIGINT:
			b->stop = true;
			break;
		case SIGHUP:
			broker_reload(b);
			break;
		default:
			break;
		}
	}
}

/* Answers the front ends whose password check finished. */
static void auth_results(struct broker *b)
{
	struct auth_result r;

	while (auth_take(b->auth, &r) == 1) {
		struct front *f = r.tag;
		unsigned int i = front_index(b, f);

		if (r.ret == 0) {
			grant_logon(b, f, r.principal);
		} else if (r.ret == -EACCES || r.ret == -EPERM) {
			/* One answer for every cause. */
			broker_log(BROKER_LOG_INFO,
				   "logon refused front-uid=%u (%s)",
				   (unsigned int)f->peer_uid,
				   r.ret == -EPERM ? "disabled"
						   : "unknown user or bad "
						     "password");
			front_answer(f->fd, "FAIL MAPI_E_LOGON_FAILED logon "
					    "failed");
		} else {
			broker_log(BROKER_LOG_ERROR, "directory: %s",
				   strerror(-r.ret));
			front_answer(f->fd, "FAIL MAPI_E_CALL_FAILED "
					    "directory unavailable");
		}
		dir_principal_free(&r.principal);
		front_close(b, i);
	}
}

/*
 * The poll set: signals, listener, auth results (entries 0-2), then the
 * fronts still reading and the workers' log pipes.  Sized once for
 * FRONTS_MAX fronts and max_workers workers.
 */
struct pollset {
	struct pollfd *pfd;
	/* What entry 3 + k is: front[k] or worker[k]. */
	struct front **front;
	struct pool_worker **worker;
	unsigned int n, size;
};

static int pollset_init(struct pollset *ps, unsigned int max_workers)
{
	ps->size = 3 + FRONTS_MAX + max_workers;
	ps->pfd = calloc(ps->size, sizeof(*ps->pfd));
	ps->front = calloc(ps->size, sizeof(*ps->front));
	ps->worker = calloc(ps->size, sizeof(*ps->worker));
	return ps->pfd != NULL && ps->front != NULL && ps->worker != NULL
		   ? 0
		   : -ENOMEM;
}

static void pollset_free(struct pollset *ps)
{
	free(ps->pfd);
	free(ps->front);
	free(ps->worker);
	memset(ps, 0, sizeof(*ps));
}

static void pollset_build(struct broker *b, struct pollset *ps)
{
	struct pool_worker *slots;
	unsigned int i, count;

	ps->pfd[0] = (struct pollfd){.fd = b->signal_fd, .events = POLLIN};
	ps->pfd[1] = (struct pollfd){.fd = b->listen_fd, .events = POLLIN};
	ps->pfd[2] = (struct pollfd){.fd = auth_fd(b->auth), .events = POLLIN};
	ps->n = 3;
	for (i = 0; i < b->front_count; i++) {
		if (b->fronts[i]->state != FRONT_READING)
			continue;
		ps->front[ps->n - 3] = b->fronts[i];
		ps->worker[ps->n - 3] = NULL;
		ps->pfd[ps->n++] =
		    (struct pollfd){.fd = b->fronts[i]->fd, .events = POLLIN};
	}
	slots = pool_slots(b->pool, &count);
	for (i = 0; i < count && ps->n < ps->size; i++) {
		if (slots[i].state == POOL_FREE || slots[i].log_fd < 0)
			continue;
		ps->front[ps->n - 3] = NULL;
		ps->worker[ps->n - 3] = &slots[i];
		ps->pfd[ps->n++] =
		    (struct pollfd){.fd = slots[i].log_fd, .events = POLLIN};
	}
}

/* Milliseconds until the next deadline of a reading front end. */
static int fronts_timeout(const struct broker *b, int64_t now, int max_ms)
{
	unsigned int i;
	int64_t t = max_ms;

	for (i = 0; i < b->front_count; i++) {
		const struct front *f = b->fronts[i];

		if (f->state == FRONT_READING && f->deadline_ms - now < t)
			t = f->deadline_ms > now ? f->deadline_ms - now : 0;
	}
	return (int)t;
}

static void broker_loop(struct broker *b)
{
	struct pollset ps;
	unsigned int i, j;
	int64_t now;
	int timeout;

	if (pollset_init(&ps, b->cfg.max_workers) < 0) {
		broker_log(BROKER_LOG_ERROR, "out of memory");
		pollset_free(&ps);
		return;
	}
	while (!b->stop) {
		now = time_mono_ms();
		timeout = pool_tick(b->pool, now, REVALIDATE_MS);
		timeout = fronts_timeout(b, now, timeout);
		pollset_build(b, &ps);
		if (poll(ps.pfd, ps.n, timeout) < 0 && errno != EINTR) {
			broker_log(BROKER_LOG_ERROR, "poll: %s",
				   strerror(errno));
			break;
		}
		/* Exits first: a dead worker must not be handed anything. */
		if (ps.pfd[0].revents != 0)
			signals_read(b);
		if (b->stop)
			break;
		/* The directory next: a revoked principal gets nothing. */
		grant_revalidate(b);
		for (j = 3; j < ps.n; j++) {
			if (ps.pfd[j].revents != 0 && ps.worker[j - 3] != NULL)
				pool_log_read(b->pool, ps.worker[j - 3]);
		}
		if (ps.pfd[2].revents != 0)
			auth_results(b);
		now = time_mono_ms();
		for (j = 3; j < ps.n; j++) {
			struct front *f = ps.front[j - 3];

			if (f == NULL || ps.pfd[j].revents == 0)
				continue;
			i = front_index(b, f);
			if (front_read(b, f))
				front_close(b, i);
		}
		/* Back to front: front_close moves the last entry down. */
		for (i = b->front_count; i-- > 0;) {
			struct front *f = b->fronts[i];

			if (f->state == FRONT_READING && now >= f->deadline_ms)
				front_close(b, i);
		}
		if (ps.pfd[1].revents != 0)
			front_accept(b);
	}
	pollset_free(&ps);
}

static int broker_run(const struct broker_options *o)
{
	struct broker b;
	struct pool_settings ps;
	struct auth_settings as;
	const char *error;
	int ret, status = EXIT_FAILED;

	memset(&b, 0, sizeof(b));
	b.listen_fd = b.signal_fd = -1;
	b.opts = *o;
	umask(077);
	raise_nofile();
	if (config_load(o, &b.cfg) < 0)
		return EXIT_FAILED;
	if (state_prepare(&b.cfg) < 0)
		return EXIT_FAILED;
	b.signal_fd = signals_setup();
	if (b.signal_fd < 0) {
		broker_log(BROKER_LOG_ERROR, "signalfd: %s", strerror(errno));
		return EXIT_FAILED;
	}
	ret = directory_open(NULL, b.cfg.state_dir, &b.dir, &error);
	if (ret < 0) {
		broker_log(BROKER_LOG_ERROR, "directory: %s", error);
		goto out;
	}
	if (directory_generation(b.dir, &b.dir_generation, &error) < 0) {
		broker_log(BROKER_LOG_ERROR, "directory: %s", error);
		goto out;
	}
	if (uidmap_load(&b.cfg, &b.uidmap) < 0)
		goto out;
	pool_settings_of(&b.cfg, &ps);
	if (pool_new(&ps, &b.pool) < 0)
		goto out;
	as.threads = b.cfg.auth_threads;
	as.max_per_uid = b.cfg.auth_per_uid;
	if (auth_new(b.dir, &as, &b.auth, &error) < 0) {
		broker_log(BROKER_LOG_ERROR, "%s", error);
		goto out;
	}
	b.listen_fd = listen_socket(&b.cfg);
	if (b.listen_fd < 0) {
		broker_log(BROKER_LOG_ERROR, "cannot listen on %s: %s",
			   b.cfg.socket_path, strerror(-b.listen_fd));
		goto out;
	}
	broker_log(BROKER_LOG_INFO,
		   "listening on %s (state %s, worker %s, max %u workers, %u "
		   "per user, idle timeout %us, %u password threads)",
		   b.cfg.socket_path, b.cfg.state_dir, b.cfg.worker,
		   b.cfg.max_workers, b.cfg.max_per_user, b.cfg.idle_timeout,
		   b.cfg.auth_threads);
	broker_loop(&b);
	status = b.stop ? EXIT_SUCCESS : EXIT_FAILED;
	broker_log(BROKER_LOG_INFO, "shutting down");
	unlink(b.cfg.socket_path);
out:
	/* The threads first: fronts waiting for them are freed below. */
	auth_free(&b.auth);
	while (b.front_count > 0)
		front_close(&b, b.front_count - 1);
	if (b.pool != NULL)
		pool_shutdown(b.pool, 2000);
	pool_free(&b.pool);
	if (b.listen_fd >= 0)
		close(b.listen_fd);
	if (b.signal_fd >= 0)
		close(b.signal_fd);
	uidmap_free(&b.uidmap);
	directory_close(&b.dir);
	return status;
}

int main(int argc, char **argv)
{
	static const struct option longopts[] = {
	    {"socket", required_argument, NULL, 's'},
	    {"socket-group", required_argument, NULL, 'g'},
	    {"worker", required_argument, NULL, 'w'},
	    {"idle-timeout", required_argument, NULL, 'i'},
	    {"drain-timeout", required_argument, NULL, 'd'},
	    {"max-workers", required_argument, NULL, 'm'},
	    {"max-per-user", required_argument, NULL, 'p'},
	    {"uid-range", required_argument, NULL, 'u'},
	    {"act-as", required_argument, NULL, 'a'},
	    {"auth-threads", required_argument, NULL, 't'},
	    {"auth-per-uid", required_argument, NULL, 'q'},
	    {"max-files", required_argument, NULL, 'f'},
	    {"max-memory", required_argument, NULL, 'M'},
	    {"help", no_argument, NULL, 'h'},
	    {"version", no_argument, NULL, 'V'},
	    {NULL, 0, NULL, 0},
	};
	struct broker_options o;
	int c;

	memset(&o, 0, sizeof(o));
	while ((c = getopt_long(argc, argv, "", longopts, NULL)) != -1) {
		switch (c) {
		case 's':
			o.socket = optarg;
			break;
		case 'g':
			o.socket_group = optarg;
			break;
		case 'w':
			o.worker = optarg;
			break;
		case 'i':
			o.idle_timeout = optarg;
			break;
		case 'd':
			o.drain_timeout = optarg;
			break;
		case 'm':
			o.max_workers = optarg;
			break;
		case 'p':
			o.max_per_user = optarg;
			break;
		case 'u':
			o.uid_range = optarg;
			break;
		case 'a':
			o.act_as = optarg;
			break;
		case 't':
			o.auth_threads = optarg;
			break;
		case 'q':
			o.auth_per_uid = optarg;
			break;
		case 'f':
			o.max_files = optarg;
			break;
		case 'M':
			o.max_memory = optarg;
			break;
		case 'h':
			usage(stdout);
			return EXIT_SUCCESS;
		case 'V':
			printf("mapix-broker %s\n", MAPIX_VERSION);
			return EXIT_SUCCESS;
		default:
			fputs("Try 'mapix-broker --help'.\n", stderr);
			return EXIT_USAGE;
		}
	}
	if (optind < argc) {
		fprintf(stderr,
			"mapix-broker: unexpected argument '%s'\n"
			"Try 'mapix-broker --help'.\n",
			argv[optind]);
		return EXIT_USAGE;
	}
	if (geteuid() != 0) {
		broker_log(BROKER_LOG_ERROR, "must run as root");
		return EXIT_FAILED;
	}
	return broker_run(&o);
}
