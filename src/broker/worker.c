/*
 * worker.c - mapix-worker, the example worker program of mapix-broker.
 *
 * The broker starts it as one user (launch.h) and hands it that user's
 * front-end connections (MapixWorkerAccept); it answers the line-based
 * JSON protocol of wproto.h on each, with the user's kernel credentials
 * only.  One thread, one poll loop over the channel and the connections.
 * When the broker closes the channel the worker takes no more connections,
 * finishes the ones it has and exits 0.
 *
 * Its store requests (wstore.h) work on the user's own profiles and
 * personal store, through MAPI, as the user: the worker logs on at the
 * first one and keeps the session.
 */
#include <errno.h>
#include <getopt.h>
#include <poll.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/socket.h>
#include <unistd.h>

#include <mapixsec.h>

#include "broker_util.h"
#include "launch.h"
#include "wproto.h"
#include "wstore.h"

#define EXIT_FAILED 1
#define EXIT_USAGE  2
/* Connections served at once; more are closed at once. */
#define CONNS_MAX 256
/* How long a front end may keep an answer waiting in its socket. */
#define WRITE_TIMEOUT_MS 5000

#ifndef MAPIX_VERSION
#define MAPIX_VERSION "0"
#endif

struct conn {
	int fd;
	size_t len;
	char buf[WPROTO_LINE_MAX];
};

static struct conn *conns[CONNS_MAX];
static unsigned int conn_count;

static void conn_close(unsigned int i)
{
	close(conns[i]->fd);
	free(conns[i]);
	conns[i] = conns[--conn_count];
	conns[conn_count] = NULL;
}

/* Writes all of text; false when the front end is gone or too slow. */
static bool conn_write(int fd, const char *text)
{
	size_t len = strlen(text), done = 0;
	struct pollfd pfd = {.fd = fd, .events = POLLOUT};
	ssize_t n;

	while (done < len) {
		n = send(fd, text + done, len - done, MSG_NOSIGNAL);
		if (n > 0) {
			done += (size_t)n;
			continue;
		}
		if (n < 0 && errno == EINTR)
			continue;
		if (n < 0 && errno != EAGAIN)
			return false;
		if (poll(&pfd, 1, WRITE_TIMEOUT_MS) <= 0)
			return false;
	}
	return true;
}

/*
 * Reads from c and answers every complete line; false when c must be
 * closed (end of file, error, logoff, over-long line).
 */
static bool conn_serve(const struct wproto_env *env, struct conn *c)
{
	char *reply, *nl, *start;
	bool close_it = false;
	ssize_t n;
	size_t left;

	n = recv(c->fd, c->buf + c->len, sizeof(c->buf) - c->len, 0);
	if (n < 0)
		return errno == EAGAIN || errno == EINTR;
	if (n == 0)
		return false;
	c->len += (size_t)n;
	start = c->buf;
	left = c->len;
	while (!close_it && (nl = memchr(start, '\n', left)) != NULL) {
		if (wproto_handle(env, start, (size_t)(nl - start), &reply,
				  &close_it) < 0)
			return false;
		if (!conn_write(c->fd, reply))
			close_it = true;
		free(reply);
		left -= (size_t)(nl - start) + 1;
		start = nl + 1;
	}
	if (close_it)
		return false;
	if (left == sizeof(c->buf)) {
		if (wproto_too_long(&reply) == 0) {
			conn_write(c->fd, reply);
			free(reply);
		}
		return false;
	}
	memmove(c->buf, start, left);
	c->len = left;
	return true;
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
		broker_log(BROKER_LOG_WARNING, "bad message on the channel");
		return true;
	}
	if (hr != S_OK) {
		if (hr != MAPI_E_END_OF_SESSION)
			broker_log(BROKER_LOG_ERROR, "channel failed (0x%08x)",
				   (unsigned int)hr);
		return false;
	}
	c = conn_count < CONNS_MAX ? malloc(sizeof(*c)) : NULL;
	if (c == NULL) {
		broker_log(BROKER_LOG_WARNING, "connection refused: too many");
		close(fd);
		return true;
	}
	c->fd = fd;
	c->len = 0;
	conns[conn_count++] = c;
	return true;
}

static int serve(const struct wproto_env *env, int channel)
{
	struct pollfd pfd[CONNS_MAX + 1];
	struct conn *polled[CONNS_MAX];
	bool accepting = true;
	unsigned int i, j, n;

	while (accepting || conn_count > 0) {
		pfd[0] = (struct pollfd){.fd = accepting ? channel : -1,
					 .events = POLLIN};
		n = conn_count;
		for (i = 0; i < n; i++) {
			polled[i] = conns[i];
			pfd[i + 1] = (struct pollfd){.fd = conns[i]->fd,
						     .events = POLLIN};
		}
		if (poll(pfd, n + 1, -1) < 0) {
			if (errno == EINTR)
				continue;
			broker_log(BROKER_LOG_ERROR, "poll: %s",
				   strerror(errno));
			return EXIT_FAILED;
		}
		for (i = conn_count; i-- > 0;) {
			for (j = 0; j < n && polled[j] != conns[i]; j++)
				;
			if (j < n && pfd[j + 1].revents != 0 &&
			    !conn_serve(env, conns[i]))
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
	broker_log_set_ident("mapix-worker");
	env.principal = getenv(LAUNCH_PRINCIPAL_ENV);
	env.state_dir = getenv(LAUNCH_STATE_DIR_ENV);
	if (env.principal == NULL || MapixWorkerGetChannel(&channel) != S_OK) {
		broker_log(BROKER_LOG_ERROR, "not started by mapix-broker");
		return EXIT_FAILED;
	}
	if (wstore_new(env.principal, &env.store) < 0) {
		broker_log(BROKER_LOG_ERROR, "no store state for %s",
			   env.principal);
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
