/*
 * worker.c - mapix-worker, the example worker program of mapix-broker.
 *
 * The broker starts it as one user and hands it that user's front-end
 * connections (MapixWorkerAccept); it answers the line-based JSON protocol
 * of wproto.h on each, with the user's kernel credentials only.  One
 * thread, one poll loop over the channel and the connections.  When the
 * broker closes the channel the worker takes no more connections,
 * finishes the ones it has and exits 0.
 *
 * No connection can hold up another: sockets are non-blocking, and an
 * answer that a front end does not read waits in that connection's own
 * buffer.  While it waits, the worker reads no more requests from that
 * connection (a front end that sends without reading only stalls
 * itself); an answer larger than CONN_OUT_MAX, or one that makes no
 * progress for CONN_STALL_MS, ends that connection alone.
 *
 * Its store requests (wstore.h) work on the user's own profiles and
 * personal store, through MAPI, as the user: the worker logs on at the
 * first one and keeps the session.  What it writes to standard error goes
 * to the broker, which logs it under the worker's principal and pid.
 */
#include <errno.h>
#include <getopt.h>
#include <poll.h>
#include <signal.h>
#include <stdarg.h>
#include <stdbool.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/prctl.h>
#include <sys/socket.h>
#include <time.h>
#include <unistd.h>

#include <mapixsec.h>

#include "handover.h"
#include "lib.h"
#include "timeutil.h"
#include "wproto.h"
#include "wstore.h"

#define EXIT_FAILED 1
#define EXIT_USAGE  2
/* Connections served at once; more are closed at once. */
#define CONNS_MAX 256
/* Most bytes of answers one connection may have waiting. */
#define CONN_OUT_MAX (16u << 20)
/* An answer waiting this long without a byte taken ends its connection. */
#define CONN_STALL_MS 30000

#ifndef MAPIX_VERSION
#define MAPIX_VERSION "0"
#endif

struct conn {
	int fd;
	/* Received bytes not yet a complete line. */
	size_t len;
	char buf[WPROTO_LINE_MAX];
	/* Answers not yet sent: out[out_off..out_len). */
	char *out;
	size_t out_len, out_off;
	/* When the waiting answer last made progress (monotonic ms). */
	int64_t out_ms;
	/* Close once the waiting answer is out. */
	bool closing;
};

static struct conn *conns[CONNS_MAX];
static unsigned int conn_count;

/* One line on stderr, which the broker logs under our principal. */
static void wlog(const char *fmt, ...) ATTR_FORMAT(1, 2);

static void wlog(const char *fmt, ...)
{
	char line[512];
	va_list args;
	int n;

	va_start(args, fmt);
	n = vsnprintf(line, sizeof(line) - 1, fmt, args);
	va_end(args);
	if (n < 0)
		return;
	if ((size_t)n > sizeof(line) - 2)
		n = (int)sizeof(line) - 2;
	line[n++] = '\n';
	if (write(STDERR_FILENO, line, (size_t)n) < 0) {
		/* A lost log line: nothing else to do. */
	}
}

static void conn_close(unsigned int i)
{
	close(conns[i]->fd);
	free(conns[i]->out);
	free(conns[i]);
	conns[i] = conns[--conn_count];
	conns[conn_count] = NULL;
}

enum flush {
	FLUSH_GONE,    /* the front end is gone: close */
	FLUSH_WAITING, /* part of the answer waits for the front end */
	FLUSH_DONE,    /* nothing waits */
};

/* Sends what c has waiting, without blocking. */
static enum flush conn_flush(struct conn *c)
{
	ssize_t n;

	while (c->out_off < c->out_len) {
		n = send(c->fd, c->out + c->out_off, c->out_len - c->out_off,
			 MSG_NOSIGNAL | MSG_DONTWAIT);
		if (n > 0) {
			c->out_off += (size_t)n;
			c->out_ms = time_mono_ms();
			continue;
		}
		if (n < 0 && errno == EINTR)
			continue;
		if (n < 0 && (errno == EAGAIN || errno == EWOULDBLOCK))
			return FLUSH_WAITING;
		return FLUSH_GONE;
	}
	free(c->out);
	c->out = NULL;
	c->out_len = c->out_off = 0;
	return FLUSH_DONE;
}

/* Queues text (a whole answer line) on c; false: c must close. */
static bool conn_queue(struct conn *c, const char *text)
{
	size_t len = strlen(text), left = c->out_len - c->out_off;
	char *out;

	if (len > CONN_OUT_MAX - left) {
		wlog("connection dropped: an answer of %zu bytes waits for a "
		     "front end that does not read",
		     len + left);
		return false;
	}
	if (c->out_len == 0)
		c->out_ms = time_mono_ms();
	out = realloc(c->out, c->out_len + len);
	if (out == NULL)
		return false;
	memcpy(out + c->out_len, text, len);
	c->out = out;
	c->out_len += len;
	return true;
}

/*
 * Answers the complete lines c has buffered, one at a time, as long as no
 * answer waits for the front end; false when c must be closed now.
 */
static bool conn_answer(const struct wproto_env *env, struct conn *c)
{
	char *reply, *nl, *start = c->buf;
	size_t left = c->len;
	bool close_it = false, ok = true;

	while (ok && !c->closing && c->out_len == 0 &&
	       (nl = memchr(start, '\n', left)) != NULL) {
		if (wproto_handle(env, start, (size_t)(nl - start), &reply,
				  &close_it) < 0)
			return false;
		ok = conn_queue(c, reply);
		free(reply);
		c->closing = close_it;
		left -= (size_t)(nl - start) + 1;
		start = nl + 1;
		if (ok && conn_flush(c) == FLUSH_GONE)
			ok = false;
	}
	if (!ok)
		return false;
	memmove(c->buf, start, left);
	c->len = left;
	if (c->len == sizeof(c->buf) && memchr(c->buf, '\n', c->len) == NULL) {
		/* A line over the limit: say so, then close. */
		c->len = 0;
		c->closing = true;
		if (wproto_too_long(&reply) == 0) {
			ok = conn_queue(c, reply);
			free(reply);
			if (ok && conn_flush(c) == FLUSH_WAITING)
				return true;
		}
		return false;
	}
	return !(c->closing && c->out_len == 0);
}

/* Reads what c sent and answers it; false when c must be closed. */
static bool conn_read(const struct wproto_env *env, struct conn *c)
{
	ssize_t n;

	n = recv(c->fd, c->buf + c->len, sizeof(c->buf) - c->len, MSG_DONTWAIT);
	if (n < 0)
		return errno == EAGAIN || errno == EWOULDBLOCK ||
		       errno == EINTR;
	if (n == 0)
		return false;
	c->len += (size_t)n;
	return conn_answer(env, c);
}

/* The waiting answer could move: send it, then go on with requests. */
static bool conn_write_ready(const struct wproto_env *env, struct conn *c)
{
	switch (conn_flush(c)) {
	case FLUSH_GONE:
		return false;
	case FLUSH_WAITING:
		return true;
	case FLUSH_DONE:
		break;
	}
	if (c->closing)
		return false;
	return conn_answer(env, c);
}

/* Takes the connection waiting on the channel; false: take no more. */
static bool take_connection(int channel)
{
	struct conn *c;
	HRESULT hr;
	int fd;

	hr = MapixWorkerAccept(channel, 0, &fd);
	if (hr == MAPI_E_BUSY)
		return true;
	if (hr == MAPI_E_CORRUPT_DATA) {
		wlog("bad message on the channel");
		return true;
	}
	if (hr != S_OK) {
		if (hr != MAPI_E_END_OF_SESSION)
			wlog("channel failed (0x%08x)", (unsigned int)hr);
		return false;
	}
	c = conn_count < CONNS_MAX ? calloc(1, sizeof(*c)) : NULL;
	if (c == NULL) {
		wlog("connection refused: too many");
		close(fd);
		return true;
	}
	c->fd = fd;
	conns[conn_count++] = c;
	return true;
}

/* What c waits for: its answer to be taken, or a request. */
static short conn_events(const struct conn *c)
{
	return c->out_len != 0 ? POLLOUT : POLLIN;
}

static int serve(const struct wproto_env *env, int channel)
{
	struct pollfd pfd[CONNS_MAX + 1];
	struct conn *polled[CONNS_MAX];
	bool accepting = true;
	unsigned int i, j, n;
	int timeout;

	while (accepting || conn_count > 0) {
		pfd[0] = (struct pollfd){.fd = accepting ? channel : -1,
					 .events = POLLIN};
		n = conn_count;
		timeout = -1;
		for (i = 0; i < n; i++) {
			polled[i] = conns[i];
			pfd[i + 1] =
			    (struct pollfd){.fd = conns[i]->fd,
					    .events = conn_events(conns[i])};
			if (conns[i]->out_len != 0)
				timeout = 1000;
		}
		if (poll(pfd, n + 1, timeout) < 0) {
			if (errno == EINTR)
				continue;
			wlog("poll: %s", strerror(errno));
			return EXIT_FAILED;
		}
		for (i = conn_count; i-- > 0;) {
			struct conn *c = conns[i];
			bool keep = true;

			for (j = 0; j < n && polled[j] != c; j++)
				;
			if (j < n && pfd[j + 1].revents != 0) {
				keep = (pfd[j + 1].events & POLLOUT) != 0
					   ? conn_write_ready(env, c)
					   : conn_read(env, c);
			}
			if (keep && c->out_len != 0 &&
			    time_mono_ms() - c->out_ms > CONN_STALL_MS) {
				wlog("connection dropped: its front end took "
				     "nothing for %d s",
				     CONN_STALL_MS / 1000);
				keep = false;
			}
			if (!keep)
				conn_close(i);
		}
		if (pfd[0].revents != 0 && !take_connection(channel)) {
			accepting = false;
			close(channel);
		}
	}
	return EXIT_SUCCESS;
}

static void usage(FILE *out)
{
	fputs("Usage: mapix-worker [--help | --version]\n"
	      "The example worker of mapix-broker: serves the connections the "
	      "broker\n"
	      "hands over, one JSON request per line (see docs/BROKER.md).  "
	      "Started by\n"
	      "mapix-broker only; it finds its channel in $MAPIX_WORKER_FD.\n"
	      "Exit status: 0 when the broker stopped it, 1 failure, 2 usage "
	      "error.\n",
	      out);
}

int main(int argc, char **argv)
{
	static const struct option longopts[] = {
	    {"help", no_argument, NULL, 'h'},
	    {"version", no_argument, NULL, 'V'},
	    {NULL, 0, NULL, 0},
	};
	struct wproto_env env = {.allow_probe = true};
	int c, channel, status;

	/* First of all: no other process of the user may read our memory
	 * or take our descriptors (pidfd_getfd, ptrace). */
	(void)prctl(PR_SET_DUMPABLE, 0, 0, 0, 0);
	while ((c = getopt_long(argc, argv, "", longopts, NULL)) != -1) {
		switch (c) {
		case 'h':
			usage(stdout);
			return EXIT_SUCCESS;
		case 'V':
			printf("mapix-worker %s\n", MAPIX_VERSION);
			return EXIT_SUCCESS;
		default:
			fputs("Try 'mapix-worker --help'.\n", stderr);
			return EXIT_USAGE;
		}
	}
	if (optind < argc) {
		fputs("mapix-worker: takes no arguments\n", stderr);
		return EXIT_USAGE;
	}
	env.principal = getenv(WORKER_PRINCIPAL_ENV);
	env.state_dir = getenv(WORKER_STATE_DIR_ENV);
	if (env.principal == NULL || MapixWorkerGetChannel(&channel) != S_OK) {
		wlog("not started by mapix-broker");
		return EXIT_FAILED;
	}
	if (wstore_new(env.principal, &env.store) < 0) {
		wlog("no store state for %s", env.principal);
		close(channel);
		return EXIT_FAILED;
	}
	signal(SIGPIPE, SIG_IGN);
	status = serve(&env, channel);
	while (conn_count > 0)
		conn_close(conn_count - 1);
	wstore_free(&env.store);
	return status;
}
