/*
 * convidx.h - conversation indexes (PR_CONVERSATION_INDEX, [MS-OXOMSG]
 * 2.2.1.3), the part of ScCreateConversationIndex that does not depend on
 * the clock or on chance, so tests can check the bytes.
 *
 * A new thread's index is 22 bytes: 0x01, bits 63..24 of the time (five
 * bytes, big-endian), and the thread's GUID (Data1-3 big-endian).  A reply
 * appends a 5-byte response level to its parent's index: a delta code bit
 * and 31 bits of the time since the parent's header time (shifted right by
 * 18 bits, or by 23 when the difference reaches about 1.7 years, which the
 * delta code then says), and one random byte.
 */
#ifndef MAPIX_CORE_CONVIDX_H
#define MAPIX_CORE_CONVIDX_H

#include <mapiutil.h>

#define CONVIDX_HEADER_SIZE 22
#define CONVIDX_LEVEL_SIZE  5

/* Writes a new thread's 22-byte header. */
void convidx_header(uint8_t out[CONVIDX_HEADER_SIZE], FILETIME now,
		    const GUID *guid);

/*
 * Writes one response level for a reply made at now to a thread whose
 * index starts with header (at least the first 6 bytes are read).
 */
void convidx_level(uint8_t out[CONVIDX_LEVEL_SIZE],
		   const uint8_t header[CONVIDX_HEADER_SIZE], FILETIME now,
		   uint8_t random);

/* The time a header records (its 40 bits shifted back into place). */
FILETIME convidx_header_time(const uint8_t header[CONVIDX_HEADER_SIZE]);

#endif
