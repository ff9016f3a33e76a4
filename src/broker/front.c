/*
 * front.c - front ends before their logon is answered (broker.h): taking
 * connections, reading the one request line, and sending a logon to the
 * password threads (auth.h) or an act-as straight to grant.c.
 *
 * Nobody can keep others out by connecting and waiting: a front end has
 * REQUEST_TIMEOUT seconds to send its line; one peer uid may hold at most
 * FRONTS_PER_UID_MAX connections that are still reading, and when it (or
 * the broker as a whole) is at its limit, the oldest connection still
 * reading of that uid (or of the uid holding the most) is closed to make
 * room for the new one.  A front end that sends its request at once is
 * past the reading stage in one poll round, so churn cannot starve it.
 */
#include <errno.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/socket.h>
#include <unistd.h>

#include "broker.h"
#include "broker_util.h"
#include "lib.h"
#include "timeutil.h"

void front_answer(int fd, const char *fmt, ...)
{
	char line[256];
	va_list args;
	int n;

	va_start(args, fmt);
	n = vsnprintf(line, sizeof(line) - 1, fmt, args);
	va_end(args);
	if (n < 0)
		return;
	if ((size_t)n > sizeof(line) - 2)
		n = sizeof(line) - 2;
	line[n++] = '\n';
	if (send(fd, line, (size_t)n, MSG_NOSIGNAL | MSG_DONTWAIT) < 0)
		errno = 0;
}

unsigned int front_index(const struct broker *b, const struct front *f)
{
	unsigned int i;

	for (i = 0; i < b->front_count; i++) {
		if (b->fronts[i] == f)
			return i;
	}
	i_unreached();
}

void front_close(struct broker *b, unsigned int i)
{
	struct front *f = b->fronts[i];

	close(f->fd);
	explicit_bzero(f, sizeof(*f));
	free(f);
	b->fronts[i] = b->fronts[--b->front_count];
	b->fronts[b->front_count] = NULL;
}

/* Front ends of uid still reading, and the oldest of them. */
static unsigned int reading_of(const struct broker *b, uid_t uid,
			       unsigned int *oldest_r)
{
	unsigned int i, n = 0;

	*oldest_r = b->front_count;
	for (i = 0; i < b->front_count; i++) {
		const struct front *f = b->fronts[i];

		if (f->peer_uid != uid || f->state != FRONT_READING)
			continue;
		if (n == 0 ||
		    f->accepted_ms < b->fronts[*oldest_r]->accepted_ms)
			*oldest_r = i;
		n++;
	}
	return n;
}

/*
 * Makes room for one more front end of uid; false when none can be made
 * (every slot waits for a password check).
 */
static bool make_room(struct broker *b, uid_t uid)
{
	unsigned int i, victim, n, most = 0;
	uid_t busiest = uid;

	n = reading_of(b, uid, &victim);
	if (n < FRONTS_PER_UID_MAX && b->front_count < FRONTS_MAX)
		return true;
	if (n < FRONTS_PER_UID_MAX) {
		/* The broker is full: take from the uid holding the most. */
		for (i = 0; i < b->front_count; i++) {
			unsigned int dummy, m;

			m = reading_of(b, b->fronts[i]->peer_uid, &dummy);
			if (m > most) {
				most = m;
				busiest = b->fronts[i]->peer_uid;
			}
		}
		if (most == 0)
			return false;
		(void)reading_of(b, busiest, &victim);
	}
	broker_log(BROKER_LOG_WARNING,
		   "front end of uid %u closed before its request: too many "
		   "connections waiting",
		   (unsigned int)b->fronts[victim]->peer_uid);
	front_close(b, victim);
	return true;
}

void front_accept(struct broker *b)
{
	struct ucred cred;
	socklen_t len;
	struct front *f;
	int64_t now;
	int fd;

	for (;;) {
		fd = accept4(b->listen_fd, NULL, NULL,
			     SOCK_NONBLOCK | SOCK_CLOEXEC);
		if (fd < 0)
			return;
		len = sizeof(cred);
		if (getsockopt(fd, SOL_SOCKET, SO_PEERCRED, &cred, &len) < 0 ||
		    !make_room(b, cred.uid)) {
			front_answer(fd, "FAIL MAPI_E_BUSY too many logons in "
					 "progress");
			close(fd);
			continue;
		}
		f = calloc(1, sizeof(*f));
		if (f == NULL) {
			close(fd);
			continue;
		}
		now = time_mono_ms();
		f->fd = fd;
		f->peer_uid = cred.uid;
		f->state = FRONT_READING;
		f->accepted_ms = now;
		f->deadline_ms = now + REQUEST_TIMEOUT * 1000;
		b->fronts[b->front_count++] = f;
	}
}

static bool act_as_allowed(const struct broker *b, uid_t uid)
{
	unsigned int i;

	for (i = 0; i < b->cfg.act_as_count; i++) {
		if (b->cfg.act_as_uids[i] == uid)
			return true;
	}
	return false;
}

/* An act-as request of a trusted front end: no password to check. */
static void act_as(struct broker *b, struct front *f, const struct request *req)
{
	struct dir_principal *p = NULL;
	const char *error = NULL;
	int ret;

	if (!act_as_allowed(b, f->peer_uid)) {
		broker_log(BROKER_LOG_WARNING,
			   "act-as refused: uid %u is not a trusted front end",
			   (unsigned int)f->peer_uid);
		front_answer(f->fd, "FAIL MAPI_E_NO_ACCESS act-as is not "
				    "allowed for this front end");
		return;
	}
	ret = directory_get(b->dir, req->name, &p, &error);
	if (ret == -ENOENT) {
		front_answer(f->fd, "FAIL MAPI_E_NOT_FOUND no such user");
		return;
	}
	if (ret < 0) {
		broker_log(BROKER_LOG_ERROR, "directory: %s",
			   error != NULL ? error : strerror(-ret));
		front_answer(f->fd, "FAIL MAPI_E_CALL_FAILED directory "
				    "unavailable");
		return;
	}
	if ((p->flags & DIR_FLAG_DISABLED) != 0) {
		front_answer(f->fd, "FAIL MAPI_E_ACCOUNT_DISABLED user is "
				    "disabled");
	} else {
		broker_log(BROKER_LOG_INFO, "act-as user=%s front-uid=%u",
			   p->name, (unsigned int)f->peer_uid);
		grant_logon(b, f, p);
	}
	dir_principal_free(&p);
}

/* Serves f's complete request line; true when f is done with. */
static bool front_request(struct broker *b, struct front *f, size_t line_len)
{
	struct request req;
	const char *error;
	int ret;

	ret = request_parse(f->buf, line_len, &req, &error);
	explicit_bzero(f->buf, sizeof(f->buf));
	f->len = 0;
	if (ret < 0) {
		front_answer(f->fd, "FAIL MAPI_E_INVALID_PARAMETER %s", error);
		return true;
	}
	if (req.op == REQUEST_ACT_AS) {
		act_as(b, f, &req);
		request_wipe(&req);
		return true;
	}
	ret = auth_submit(b->auth, f->peer_uid, &req, f);
	if (ret == -EBUSY) {
		broker_log(BROKER_LOG_WARNING,
			   "logon refused front-uid=%u: too many logons in "
			   "progress",
			   (unsigned int)f->peer_uid);
		front_answer(f->fd, "FAIL MAPI_E_BUSY too many logons in "
				    "progress, try again later");
		return true;
	}
	if (ret < 0) {
		front_answer(f->fd, "FAIL MAPI_E_NOT_ENOUGH_MEMORY out of "
				    "memory");
		return true;
	}
	f->state = FRONT_AUTH;
	return false;
}

bool front_read(struct broker *b, struct front *f)
{
	char *nl;
	ssize_t n;

	n = recv(f->fd, f->buf + f->len, sizeof(f->buf) - f->len, 0);
	if (n < 0)
		return errno != EAGAIN && errno != EINTR;
	if (n == 0)
		return true;
	nl = memchr(f->buf + f->len, '\n', (size_t)n);
	f->len += (size_t)n;
	if (nl == NULL) {
		if (f->len < sizeof(f->buf))
			return false;
		front_answer(f->fd, "FAIL MAPI_E_INVALID_PARAMETER request "
				    "too long");
		return true;
	}
	if ((size_t)(nl - f->buf) + 1 != f->len) {
		front_answer(f->fd, "FAIL MAPI_E_INVALID_PARAMETER data after "
				    "the request");
		return true;
	}
	return front_request(b, f, (size_t)(nl - f->buf));
}
