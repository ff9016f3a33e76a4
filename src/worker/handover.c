/*
 * handover.c - sending and receiving front-end connections over a
 * worker's channel (handover.h).
 */
#include "handover.h"

#include <errno.h>
#include <string.h>
#include <sys/socket.h>
#include <unistd.h>

/* Room for more descriptors than one, to see (and close) extra ones. */
#define RECV_FDS_MAX 8

int handover_send(int channel_fd, int conn_fd)
{
	char payload[HANDOVER_MAGIC_SIZE] = HANDOVER_MAGIC;
	union {
		char buf[CMSG_SPACE(sizeof(int))];
		struct cmsghdr align;
	} control;
	struct iovec iov = {.iov_base = payload, .iov_len = sizeof(payload)};
	struct msghdr msg = {
	    .msg_iov = &iov,
	    .msg_iovlen = 1,
	    .msg_control = control.buf,
	    .msg_controllen = sizeof(control.buf),
	};
	struct cmsghdr *cmsg;
	ssize_t ret;

	memset(control.buf, 0, sizeof(control.buf));
	cmsg = CMSG_FIRSTHDR(&msg);
	cmsg->cmsg_level = SOL_SOCKET;
	cmsg->cmsg_type = SCM_RIGHTS;
	cmsg->cmsg_len = CMSG_LEN(sizeof(int));
	memcpy(CMSG_DATA(cmsg), &conn_fd, sizeof(int));
	do {
		ret = sendmsg(channel_fd, &msg, MSG_DONTWAIT | MSG_NOSIGNAL);
	} while (ret < 0 && errno == EINTR);
	if (ret < 0)
		return errno == EWOULDBLOCK ? -EAGAIN : -errno;
	return ret == (ssize_t)sizeof(payload) ? 0 : -EIO;
}

/* Closes every descriptor of every SCM_RIGHTS message in msg. */
static void close_received(struct msghdr *msg, int keep)
{
	struct cmsghdr *cmsg;
	size_t i, n;
	int fd;

	for (cmsg = CMSG_FIRSTHDR(msg); cmsg != NULL;
	     cmsg = CMSG_NXTHDR(msg, cmsg)) {
		if (cmsg->cmsg_level != SOL_SOCKET ||
		    cmsg->cmsg_type != SCM_RIGHTS ||
		    cmsg->cmsg_len < CMSG_LEN(0))
			continue;
		n = (cmsg->cmsg_len - CMSG_LEN(0)) / sizeof(int);
		for (i = 0; i < n; i++) {
			memcpy(&fd, CMSG_DATA(cmsg) + i * sizeof(int),
			       sizeof(int));
			if (fd != keep)
				close(fd);
		}
	}
}

int handover_recv(int channel_fd, int *conn_fd_r)
{
	char payload[HANDOVER_MAGIC_SIZE + 1];
	union {
		char buf[CMSG_SPACE(RECV_FDS_MAX * sizeof(int))];
		struct cmsghdr align;
	} control;
	struct iovec iov = {.iov_base = payload, .iov_len = sizeof(payload)};
	struct msghdr msg = {
	    .msg_iov = &iov,
	    .msg_iovlen = 1,
	    .msg_control = control.buf,
	    .msg_controllen = sizeof(control.buf),
	};
	struct cmsghdr *cmsg;
	ssize_t ret;
	int fd = -1;

	*conn_fd_r = -1;
	do {
		ret = recvmsg(channel_fd, &msg, MSG_CMSG_CLOEXEC);
	} while (ret < 0 && errno == EINTR);
	if (ret < 0)
		return errno == EWOULDBLOCK ? -EAGAIN : -errno;
	if (ret == 0 && msg.msg_controllen == 0)
		return -ESHUTDOWN;

	cmsg = CMSG_FIRSTHDR(&msg);
	if (ret != HANDOVER_MAGIC_SIZE ||
	    memcmp(payload, HANDOVER_MAGIC, HANDOVER_MAGIC_SIZE) != 0 ||
	    (msg.msg_flags & (MSG_CTRUNC | MSG_TRUNC)) != 0 || cmsg == NULL ||
	    cmsg->cmsg_level != SOL_SOCKET || cmsg->cmsg_type != SCM_RIGHTS ||
	    cmsg->cmsg_len != CMSG_LEN(sizeof(int)) ||
	    CMSG_NXTHDR(&msg, cmsg) != NULL) {
		close_received(&msg, -1);
		return -EBADMSG;
	}
	memcpy(&fd, CMSG_DATA(cmsg), sizeof(int));
	*conn_fd_r = fd;
	return 0;
}
