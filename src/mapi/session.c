/*
 * session.c - MAPILogonEx and IMAPISession: a session on one profile of
 * the calling thread's security context.  (Being written.)
 */
#include "mapistore.h"
