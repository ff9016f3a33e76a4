/*
 * mapixsec.h - mapix's additions to MAPI: security contexts, logon tokens
 * and impersonation, pollable notifications.  Nothing here exists on
 * Windows; everything is named Mapix... so it never collides with MAPI.
 *
 * A thread acts in one security context at a time: a principal from the
 * mapix directory, plus, where one is mapped, an OS identity.  It starts in
 * its process's context.  MapixLogonUser (the LogonUser step) or, for a
 * privileged caller, MapixTokenForUser yields a token; MapixImpersonate
 * makes the calling thread -- only that thread -- act as the token's
 * principal until MapixRevertToSelf.  When the process may change
 * credentials and the principal maps to an OS identity, the thread's
 * kernel uid, gid and groups change too (per-thread system calls), so the
 * files the thread touches are checked by the kernel as that user.
 *
 * Every MAPI call uses the calling thread's current context: its profiles,
 * its MAPI instance (MAPIInitialize is per context), its objects.  Objects
 * and buffers of one context cannot be used or released from another.
 */
#ifndef MAPIX_MAPIXSEC_H
#define MAPIX_MAPIXSEC_H

#include <mapix.h>

MAPIX_BEGIN_DECLS

/* An opaque, reference-counted logon token. */
typedef struct MAPIXTOKEN MAPIXTOKEN, *LPMAPIXTOKEN;

/* Longest principal name, in bytes. */
#define MAPIX_PRINCIPAL_NAME_MAX 64

/* Flags of MapixLogonUser and MapixTokenForUser. */
#define MAPIX_LOGON_LOGICAL ((ULONG)0x00000001) /* never change kernel creds */

/*
 * MapixLogonUser: authenticates a principal (directory or PAM) and returns
 * a token for it.  A wrong password and an unknown principal give the same
 * MAPI_E_LOGON_FAILED after the same work; a disabled principal gives
 * MAPI_E_ACCOUNT_DISABLED once its password was right.  A name that is
 * empty, longer than MAPIX_PRINCIPAL_NAME_MAX, not of [A-Za-z0-9._@-] or
 * not starting with a letter or digit gives MAPI_E_INVALID_PARAMETER.  Any thread may log on, impersonating or
 * not.
 */
STDAPI MapixLogonUser(LPCSTR lpszName, LPCSTR lpszPassword, ULONG ulFlags,
		      LPMAPIXTOKEN *lppToken);

/*
 * MapixTokenForUser: a token without a password, for a privileged caller
 * only: a thread whose kernel credentials have effective uid 0 or
 * CAP_SETUID, or a thread acting as a directory principal that holds the
 * admin right.  Anyone else gets MAPI_E_NO_ACCESS -- a thread that
 * impersonates an ordinary user with kernel credentials included.
 */
STDAPI MapixTokenForUser(LPCSTR lpszName, ULONG ulFlags,
			 LPMAPIXTOKEN *lppToken);

/*
 * Makes the calling thread act as the token's principal.  The thread takes
 * its own reference to the token.  Impersonating while impersonating
 * switches directly (no nesting).  NULL, garbage and closed tokens give
 * MAPI_E_INVALID_PARAMETER.
 */
STDAPI MapixImpersonate(LPMAPIXTOKEN lpToken);
/*
 * Returns the calling thread to its process's context, exactly: its real,
 * effective and saved uid and gid and its groups become those it had
 * before it impersonated.  S_OK when the thread does not impersonate.
 */
STDAPI MapixRevertToSelf(void);
/* A new reference to the thread's token; MAPI_E_NOT_FOUND if it has none. */
STDAPI MapixGetThreadToken(LPMAPIXTOKEN *lppToken);
/*
 * Drops one reference; the last one frees the token.  A token whose last
 * reference is gone is refused (MAPI_E_INVALID_PARAMETER), never freed
 * twice.
 */
STDAPI MapixCloseToken(LPMAPIXTOKEN lpToken);
/*
 * The principal name of a token (or of the thread's current context when
 * lpToken is NULL), copied into lpszName of cchName bytes;
 * MAPI_E_STRING_TOO_LONG, with lpszName "", when it does not fit.
 */
STDAPI MapixGetTokenName(LPMAPIXTOKEN lpToken, LPSTR lpszName, ULONG cchName);

/*
 * MapixGetNotificationFd: an eventfd of the calling thread that is readable
 * while notifications wait for it to call HrDispatchNotifications (the
 * default engine, which creates no thread).  The library owns the fd.
 */
STDAPI MapixGetNotificationFd(int *pfd);

/*
 * Cancelling a long call from another thread of the same context (the
 * Cancel RPC role): MapixGetCallId names the call a thread is in, and
 * MapixCancelCall makes it return MAPI_E_USER_CANCEL.
 */
STDAPI MapixGetCallId(ULONG ulThreadId, ULONG *lpulCallId);
STDAPI MapixCancelCall(ULONG ulCallId);

/*
 * The worker side of mapix-broker.  The broker starts a worker program as
 * a user (its uid, gid and groups, nothing of root left) and passes it the
 * connections of front ends that logged on as that user.  The worker finds
 * its channel to the broker with MapixWorkerGetChannel (the descriptor
 * named by $MAPIX_WORKER_FD), polls it for reading, and takes each
 * connection with MapixWorkerAccept; the front end then talks to the
 * worker directly.
 */

/*
 * MapixWorkerGetChannel: the worker's channel descriptor, from
 * $MAPIX_WORKER_FD.  MAPI_E_NOT_FOUND when the process was not started by
 * mapix-broker (no such variable, or no such open descriptor).  It also
 * makes the process non-dumpable (PR_SET_DUMPABLE 0), as a worker must be:
 * other processes of the same user can then neither trace it nor take its
 * descriptors (its channel, its front ends' connections) with
 * pidfd_getfd, and it leaves no core file.
 */
STDAPI MapixWorkerGetChannel(int *pfdChannel);

/*
 * MapixWorkerAccept: receives the next connection the broker hands over
 * on fdChannel (-1: the channel of MapixWorkerGetChannel), waiting for one
 * when the channel is blocking.  *lpfdConn is then a connected stream
 * socket, close-on-exec, owned by the caller.  MAPI_E_END_OF_SESSION when
 * the broker closed the channel: take no more, finish the connections
 * held, exit.  MAPI_E_BUSY when a non-blocking channel has nothing yet,
 * MAPI_E_CORRUPT_DATA for a message that is not a hand-over (descriptors
 * that came with it are closed), MAPI_E_UNKNOWN_FLAGS (ulFlags must be 0),
 * MAPI_E_INVALID_PARAMETER, MAPI_E_CALL_FAILED.
 */
STDAPI MapixWorkerAccept(int fdChannel, ULONG ulFlags, int *lpfdConn);

MAPIX_END_DECLS

#endif /* MAPIX_MAPIXSEC_H */
