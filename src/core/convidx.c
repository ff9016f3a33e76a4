/*
 * convidx.c - ScCreateConversationIndex: the PR_CONVERSATION_INDEX of a
 * new message or of a reply, laid out as convidx.h describes.
 */
#include <mapiutil.h>

#include <errno.h>
#include <string.h>
#include <sys/random.h>

#include "convidx.h"
#include "ftutil.h"

static void put_be32(uint8_t *p, uint32_t v)
{
	p[0] = (uint8_t)(v >> 24);
	p[1] = (uint8_t)(v >> 16);
	p[2] = (uint8_t)(v >> 8);
	p[3] = (uint8_t)v;
}

void convidx_header(uint8_t out[CONVIDX_HEADER_SIZE], FILETIME now,
		    const GUID *guid)
{
	uint64_t t = ft_to_u64(now) >> 24;

	out[0] = 0x01;
	out[1] = (uint8_t)(t >> 32);
	put_be32(out + 2, (uint32_t)t);
	put_be32(out + 6, guid->Data1);
	out[10] = (uint8_t)(guid->Data2 >> 8);
	out[11] = (uint8_t)guid->Data2;
	out[12] = (uint8_t)(guid->Data3 >> 8);
	out[13] = (uint8_t)guid->Data3;
	memcpy(out + 14, guid->Data4, sizeof(guid->Data4));
}

FILETIME convidx_header_time(const uint8_t header[CONVIDX_HEADER_SIZE])
{
	uint64_t t = 0;
	int i;

	for (i = 1; i <= 5; i++)
		t = (t << 8) | header[i];
	return ft_from_u64(t << 24);
}

void convidx_level(uint8_t out[CONVIDX_LEVEL_SIZE],
		   const uint8_t header[CONVIDX_HEADER_SIZE], FILETIME now,
		   uint8_t random)
{
	uint64_t diff = ft_to_u64(FtSubFt(now, convidx_header_time(header)));
	uint32_t level;

	/* A reply made "before" its thread (a clock set back) counts as made
	 * at the same time. */
	if (diff >> 63)
		diff = 0;
	if (((diff >> 32) & 0x00FE0000) == 0)
		level = (uint32_t)(diff >> 18) & 0x7FFFFFFF;
	else
		level = 0x80000000 | ((uint32_t)(diff >> 23) & 0x7FFFFFFF);
	put_be32(out, level);
	out[4] = random;
}

/* Fills buf with random bytes (getrandom, which does not fail for small
 * requests once the pool is ready). */
static int random_bytes(void *buf, size_t size)
{
	ssize_t n = getrandom(buf, size, 0);

	return n == (ssize_t)size ? 0 : -EIO;
}

/*
 * ScCreateConversationIndex
 *
 * Creates the conversation index of a message.
 *
 * PARAMS
 *  cbParent      [I] size of the parent message's index; 0 for a message
 *                    that starts a thread
 *  lpbParent     [I] the parent's PR_CONVERSATION_INDEX (ignored when
 *                    cbParent is 0)
 *  lpcbConvIndex [O] receives the size of the new index
 *  lppbConvIndex [O] receives the index, a MAPIAllocateBuffer block the
 *                    caller frees with MAPIFreeBuffer
 *
 * RETURNS
 *  S_OK, MAPI_E_INVALID_PARAMETER (NULL out-pointers, a parent shorter
 *  than the 22-byte header, lpbParent NULL with cbParent not 0, an index
 *  that would exceed 4 GiB), MAPI_E_NOT_ENOUGH_MEMORY, or MAPI_E_CALL_FAILED
 *  when no random numbers can be had for the GUID.
 *
 * NOTES
 *  A new thread gets 22 bytes with the current time and a new random GUID
 *  (version 4); a reply gets its parent's bytes followed by one 5-byte
 *  response level for the current time.  The parent's bytes are copied as
 *  they are: an index of another client with longer levels stays intact.
 */
STDAPI_(SCODE)
ScCreateConversationIndex(ULONG cbParent, LPBYTE lpbParent,
			  ULONG *lpcbConvIndex, LPBYTE *lppbConvIndex)
{
	FILETIME now = ft_now();
	uint8_t *out;
	ULONG cb;
	SCODE sc;

	if (lpcbConvIndex == NULL || lppbConvIndex == NULL)
		return MAPI_E_INVALID_PARAMETER;
	if (cbParent != 0 &&
	    (lpbParent == NULL || cbParent < CONVIDX_HEADER_SIZE ||
	     cbParent > UINT32_MAX - CONVIDX_LEVEL_SIZE))
		return MAPI_E_INVALID_PARAMETER;

	cb =
	    cbParent == 0 ? CONVIDX_HEADER_SIZE : cbParent + CONVIDX_LEVEL_SIZE;
	sc = MAPIAllocateBuffer(cb, (void **)&out);
	if (FAILED(sc))
		return sc;
	if (cbParent == 0) {
		GUID guid;

		if (random_bytes(&guid, sizeof(guid)) < 0) {
			MAPIFreeBuffer(out);
			return MAPI_E_CALL_FAILED;
		}
		/* RFC 4122 version 4, variant 1. */
		guid.Data3 = (uint16_t)((guid.Data3 & 0x0FFF) | 0x4000);
		guid.Data4[0] = (uint8_t)((guid.Data4[0] & 0x3F) | 0x80);
		convidx_header(out, now, &guid);
	} else {
		uint8_t rnd = 0;

		if (random_bytes(&rnd, sizeof(rnd)) < 0)
			rnd = (uint8_t)ft_to_u64(now);
		memcpy(out, lpbParent, cbParent);
		convidx_level(out + cbParent, lpbParent, now, rnd);
	}
	*lpcbConvIndex = cb;
	*lppbConvIndex = out;
	return S_OK;
}
