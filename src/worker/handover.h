/*
 * handover.h - the channel between mapix-broker and one of its workers,
 * over which the broker passes front-end connections (SCM_RIGHTS).
 *
 * The channel is a SOCK_SEQPACKET socket pair made by the broker; the
 * worker gets its end as fd 3 (WORKER_CHANNEL_FD).  Each message is the 8 bytes
 * HANDOVER_MAGIC with exactly one descriptor attached: a connected stream
 * socket whose front end has been told "OK" by the broker and now talks to
 * the worker.  The broker closing its end means "no more connections":
 * the worker finishes the ones it has and exits.  Anything else on the
 * channel is a protocol error; descriptors that came with it are closed.
 *
 * Used by both sides: the broker sends, the worker library receives
 * (MapixWorkerAccept in mapixsec.h).
 */
#ifndef MAPIX_WORKER_HANDOVER_H
#define MAPIX_WORKER_HANDOVER_H

/*
 * What a worker finds when it starts: its channel as this descriptor, and
 * these environment variables (set by the broker's launcher, launch.h).
 */
#define WORKER_CHANNEL_FD    3
#define WORKER_CHANNEL_ENV   "MAPIX_WORKER_FD"
#define WORKER_PRINCIPAL_ENV "MAPIX_PRINCIPAL"
#define WORKER_STATE_DIR_ENV "MAPIX_STATE_DIR"
#define WORKER_CATALOG_ENV   "MAPIX_CATALOG"

#define HANDOVER_MAGIC      "MAPIXC1"
#define HANDOVER_MAGIC_SIZE 8

/*
 * Passes conn_fd over channel_fd without blocking.  The caller keeps its
 * copy of conn_fd (and closes it).  0, -EAGAIN (the worker's queue is
 * full), -EPIPE or -ECONNRESET (the worker is gone), or another errno.
 */
int handover_send(int channel_fd, int conn_fd);

/*
 * Receives one connection from channel_fd; blocks when the channel does.
 * On success *conn_fd_r is a new close-on-exec descriptor owned by the
 * caller; on failure it is -1.  -ESHUTDOWN when the broker closed its end,
 * -EAGAIN when a non-blocking channel has nothing, -EBADMSG for anything
 * that is not one magic message with one descriptor (every descriptor that
 * came with it is closed), or the errno of recvmsg.
 */
int handover_recv(int channel_fd, int *conn_fd_r);

#endif
