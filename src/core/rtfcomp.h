/*
 * rtfcomp.h - compressed RTF ([MS-OXRTFCP]): the LZFu format of
 * PR_RTF_COMPRESSED, and its uncompressed "MELA" variant.
 *
 * A compressed value is a 16-byte header (COMPSIZE: the bytes after that
 * field; RAWSIZE: the size uncompressed; COMPTYPE: "LZFu" or "MELA"; CRC:
 * CRC-32 of the data after the header, 0 for MELA) and the data.  LZFu
 * data is runs of a control byte and eight tokens, low bit first: a 0 bit
 * is a literal byte, a 1 bit a big-endian 16-bit reference into a
 * 4096-byte dictionary (12 bits of offset, 4 bits of length - 2) that
 * starts with a fixed RTF prefix of 207 bytes; a reference to the current
 * write position ends the data.
 *
 * WrapCompressedRTFStream and RTFSync use these, and so will the .msg
 * reader.  Functions return 0 or a negative errno with a message:
 * -EINVAL for malformed input (bad header, CRC, reference past the end of
 * the output), -E2BIG for a value above the caller's limit, -ENOMEM.
 */
#ifndef MAPIX_CORE_RTFCOMP_H
#define MAPIX_CORE_RTFCOMP_H

#include <stddef.h>
#include <stdint.h>

#define RTFCOMP_HEADER_SIZE 16
#define RTFCOMP_TYPE_LZFU   0x75465A4CU /* "LZFu" */
#define RTFCOMP_TYPE_MELA   0x414C454DU /* "MELA" */

/* Largest RTF mapix reads or writes in one piece (1 GiB). */
#define RTFCOMP_RTF_MAX (1u << 30)

/* The CRC-32 of [MS-OXRTFCP] (initial value 0, no final complement). */
uint32_t rtfcomp_crc(uint32_t crc, const uint8_t *data, size_t len);

/*
 * Decompresses in (in_len bytes: header and data) into a new alloc_malloc()
 * buffer *out_r of *out_len_r bytes.  Output beyond max_out bytes is
 * -E2BIG.  The output ends at the end token or at RAWSIZE bytes, whichever
 * comes first; data that ends before either is -EINVAL.
 */
int rtfcomp_decompress(const uint8_t *in, size_t in_len, size_t max_out,
		       uint8_t **out_r, size_t *out_len_r,
		       const char **error_r);

/*
 * Compresses in (raw RTF) into a new alloc_malloc() buffer holding a
 * complete LZFu value (header included), or a MELA value when
 * uncompressed is set.  Inputs of 4 GiB and more are -E2BIG.
 */
int rtfcomp_compress(const uint8_t *in, size_t in_len, int uncompressed,
		     uint8_t **out_r, size_t *out_len_r, const char **error_r);

#endif
