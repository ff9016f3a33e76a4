/*
 * mapiaux.h - the later additions to MAPI that Windows keeps apart from
 * mapidefs.h: display-type extensions (PR_DISPLAY_TYPE_EX), editor formats,
 * RPC-over-HTTP profile flags, aging granularity, IID_IMessageRaw.
 *
 * Source-compatible with the Windows header of the same name.  Most of
 * what Windows declares here mapix already had in its core headers, which
 * this one includes: IMsgServiceAdmin2 (mapix.h, with its
 * MAPI_IMSGSERVICEADMIN_METHODS2 macro), MAPI_NO_COINIT, MAPI_BG_SESSION,
 * MDB_ONLINE, STORE_UNICODE_OK, PR_MSG_EDITOR_FORMAT and PR_ATTACH_CONTENT_ID.
 */
#ifndef MAPIX_MAPIAUX_H
#define MAPIX_MAPIAUX_H

#include <mapix.h>

MAPIX_BEGIN_DECLS

/* @generated-begin iids: do not edit; see scripts/mapigen.py */
/* clang-format off */
MAPIX_DEFINE_GUID(IID_IMessageRaw, 0x0002038A, 0x0000, 0x0000, 0xC0, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x46);
/* clang-format on */
/* @generated-end iids */

/*
 * PR_DISPLAY_TYPE_EX: bit 31 says the remote display type is valid, bit 30
 * that the recipient can be given permissions, bits 8-15 hold the remote
 * display type and bits 0-7 the local one (DT_MAILUSER, DT_ROOM ...).
 */
#define DTE_IS_REMOTE_VALID(v) (!!((v)&DTE_FLAG_REMOTE_VALID))
#define DTE_IS_ACL_CAPABLE(v)  (!!((v)&DTE_FLAG_ACL_CAPABLE))
#define DTE_REMOTE(v)          (((v)&DTE_MASK_REMOTE) >> 8)
#define DTE_LOCAL(v)           ((v)&DTE_MASK_LOCAL)

/* @generated-begin constants: do not edit; see scripts/mapigen.py */
/* clang-format off */
#define AG_DAYS 2
#define AG_MONTHS 0
#define AG_WEEKS 1
#define DTE_FLAG_ACL_CAPABLE 0x40000000
#define DTE_FLAG_REMOTE_VALID 0x80000000
#define DTE_MASK_LOCAL 0x000000FF
#define DTE_MASK_REMOTE 0x0000FF00
#define DT_EQUIPMENT 0x00000008
#define DT_ROOM 0x00000007
#define DT_SEC_DISTLIST 0x00000009
#define EDITOR_FORMAT_DONTKNOW 0
#define EDITOR_FORMAT_HTML 2
#define EDITOR_FORMAT_PLAINTEXT 1
#define EDITOR_FORMAT_RTF 3
#define NUM_AG_TYPES 3
#define ROHAUTH_BASIC 0x00000001
#define ROHAUTH_NTLM 0x00000002
#define ROHFLAGS_HTTP_FIRST_ON_FAST 0x00000008
#define ROHFLAGS_HTTP_FIRST_ON_SLOW 0x00000020
#define ROHFLAGS_MUTUAL_AUTH 0x00000004
#define ROHFLAGS_SSL_ONLY 0x00000002
#define ROHFLAGS_USE_ROH 0x00000001
/* clang-format on */
/* @generated-end constants */

/* @generated-begin tags: do not edit; see scripts/mapigen.py */
/* clang-format off */
#define PR_DISPLAY_TYPE_EX PROP_TAG(PT_LONG, 0x3905)
#define PR_ROH_FLAGS PROP_TAG(PT_LONG, 0x6623)
#define PR_ROH_PROXY_AUTH_SCHEME PROP_TAG(PT_LONG, 0x6627)
/* clang-format on */
/* @generated-end tags */

MAPIX_END_DECLS

#endif /* MAPIX_MAPIAUX_H */
