/*
 * rtfcomp.c - LZFu compression and decompression of RTF ([MS-OXRTFCP]);
 * the format is summed up in rtfcomp.h.
 *
 * The decompressor keeps the 4096-byte dictionary of the format and copies
 * references byte by byte, so a reference may overlap the bytes it is
 * writing (the way runs like "WXYZWXYZ..." are encoded).  Every read is
 * bounds-checked against the input, and the output against RAWSIZE and the
 * caller's limit, so malformed values fail instead of overrunning.
 *
 * The compressor is the format's greedy one: at each position it looks for
 * the longest match (2 to 17 bytes) anywhere in the dictionary, the first
 * of equal ones in dictionary order, and treats the bytes the match itself
 * will write as already there, so it finds the overlapping runs the
 * decompressor can expand.  It produces the byte sequences of the
 * specification's examples.
 */
#include "rtfcomp.h"

#include <errno.h>
#include <string.h>

#include "alloc.h"
#include "errmsg.h"

#define DICT_SIZE 4096
#define DICT_MASK (DICT_SIZE - 1)
#define MATCH_MIN 2
#define MATCH_MAX 17

/* The dictionary's initial contents; the write position starts after. */
static const char rtf_prefix[] =
    "{\\rtf1\\ansi\\mac\\deff0\\deftab720{\\fonttbl;}"
    "{\\f0\\fnil \\froman \\fswiss \\fmodern \\fscript "
    "\\fdecor MS Sans SerifSymbolArialTimes New RomanCourier"
    "{\\colortbl\\red0\\green0\\blue0\r\n\\par "
    "\\pard\\plain\\f0\\fs20\\b\\i\\u\\tab\\tx";

#define PREFIX_LEN (sizeof(rtf_prefix) - 1)
_Static_assert(PREFIX_LEN == 207, "the [MS-OXRTFCP] dictionary prefix");

struct dict {
	uint8_t b[DICT_SIZE];
	unsigned int write;
};

static void dict_init(struct dict *d)
{
	memset(d->b, 0, sizeof(d->b));
	memcpy(d->b, rtf_prefix, PREFIX_LEN);
	d->write = PREFIX_LEN;
}

static void dict_put(struct dict *d, uint8_t c)
{
	d->b[d->write] = c;
	d->write = (d->write + 1) & DICT_MASK;
}

uint32_t rtfcomp_crc(uint32_t crc, const uint8_t *data, size_t len)
{
	size_t i;
	int k;

	/* The reflected CRC-32 polynomial, bit by bit. */
	for (i = 0; i < len; i++) {
		crc ^= data[i];
		for (k = 0; k < 8; k++)
			crc = (crc >> 1) ^ (0xEDB88320U & (0U - (crc & 1)));
	}
	return crc;
}

static uint32_t get_le32(const uint8_t *p)
{
	return (uint32_t)p[0] | (uint32_t)p[1] << 8 | (uint32_t)p[2] << 16 |
	       (uint32_t)p[3] << 24;
}

static void put_le32(uint8_t *p, uint32_t v)
{
	p[0] = (uint8_t)v;
	p[1] = (uint8_t)(v >> 8);
	p[2] = (uint8_t)(v >> 16);
	p[3] = (uint8_t)(v >> 24);
}

/* Expands LZFu data into out (raw bytes expected); *len_r gets the length. */
static int lzfu_expand(const uint8_t *in, size_t in_len, uint8_t *out,
		       size_t raw, size_t *len_r, const char **error_r)
{
	struct dict *d;
	size_t ip = 0, op = 0;
	int ret = 0;

	d = alloc_malloc(sizeof(*d));
	if (d == NULL)
		return errmsg_set(error_r, -ENOMEM, "out of memory");
	dict_init(d);
	while (op < raw) {
		unsigned int control, bit;

		if (ip >= in_len) {
			ret = errmsg_set(error_r, -EINVAL,
					 "compressed RTF ends without its end "
					 "marker (%zu of %zu bytes)",
					 op, raw);
			break;
		}
		control = in[ip++];
		for (bit = 0; bit < 8 && op < raw; bit++) {
			unsigned int token, off, len;

			if (!(control & (1u << bit))) {
				if (ip >= in_len)
					break;
				out[op++] = in[ip];
				dict_put(d, in[ip++]);
				continue;
			}
			if (in_len - ip < 2) {
				ip = in_len;
				break;
			}
			token = (unsigned int)in[ip] << 8 | in[ip + 1];
			ip += 2;
			off = token >> 4;
			len = (token & 0x0F) + MATCH_MIN;
			if (off == d->write) {
				*len_r = op;
				alloc_free(d);
				return 0;
			}
			while (len-- > 0 && op < raw) {
				uint8_t c = d->b[off];

				off = (off + 1) & DICT_MASK;
				out[op++] = c;
				dict_put(d, c);
			}
		}
	}
	alloc_free(d);
	if (ret == 0)
		*len_r = op;
	return ret;
}

int rtfcomp_decompress(const uint8_t *in, size_t in_len, size_t max_out,
		       uint8_t **out_r, size_t *out_len_r, const char **error_r)
{
	uint32_t compsize, rawsize, type, crc;
	const uint8_t *data;
	size_t data_len, len = 0;
	uint8_t *out;
	int ret;

	*out_r = NULL;
	*out_len_r = 0;
	if (in_len < RTFCOMP_HEADER_SIZE)
		return errmsg_set(error_r, -EINVAL,
				  "compressed RTF of %zu bytes has no header",
				  in_len);
	compsize = get_le32(in);
	rawsize = get_le32(in + 4);
	type = get_le32(in + 8);
	crc = get_le32(in + 12);
	if (compsize < RTFCOMP_HEADER_SIZE - 4 || (size_t)compsize + 4 > in_len)
		return errmsg_set(
		    error_r, -EINVAL,
		    "compressed RTF: COMPSIZE %u does not fit its "
		    "%zu bytes",
		    (unsigned int)compsize, in_len);
	if (rawsize > max_out)
		return errmsg_set(error_r, -E2BIG,
				  "compressed RTF: %u bytes uncompressed is "
				  "more than the limit of %zu",
				  (unsigned int)rawsize, max_out);
	data = in + RTFCOMP_HEADER_SIZE;
	data_len = (size_t)compsize + 4 - RTFCOMP_HEADER_SIZE;
	/* One byte more than needed, so an empty result is not NULL. */
	out = alloc_malloc((size_t)rawsize + 1);
	if (out == NULL)
		return errmsg_set(error_r, -ENOMEM, "out of memory");
	if (type == RTFCOMP_TYPE_MELA) {
		if (data_len < rawsize) {
			alloc_free(out);
			return errmsg_set(error_r, -EINVAL,
					  "uncompressed RTF: %zu bytes of "
					  "data for a RAWSIZE of %u",
					  data_len, (unsigned int)rawsize);
		}
		memcpy(out, data, rawsize);
		len = rawsize;
	} else if (type == RTFCOMP_TYPE_LZFU) {
		if (rtfcomp_crc(0, data, data_len) != crc) {
			alloc_free(out);
			return errmsg_set(error_r, -EINVAL,
					  "compressed RTF: CRC mismatch");
		}
		ret = lzfu_expand(data, data_len, out, rawsize, &len, error_r);
		if (ret < 0) {
			alloc_free(out);
			return ret;
		}
	} else {
		alloc_free(out);
		return errmsg_set(error_r, -EINVAL,
				  "compressed RTF: unknown COMPTYPE 0x%08X",
				  (unsigned int)type);
	}
	*out_r = out;
	*out_len_r = len;
	return 0;
}

/*
 * The compressor's index of the dictionary: for every 2-byte sequence the
 * positions that start it, newest first (head and prev, -1 for none).  A
 * position rewritten since it was indexed is found by checking its bytes;
 * a chain broken by such a rewrite only costs compression, never
 * correctness.
 */
#define CHAIN_MAX 1024

struct matcher {
	struct dict d;
	int16_t head[65536];
	int16_t prev[DICT_SIZE];
};

static unsigned int key_at(const struct dict *d, unsigned int pos)
{
	return (unsigned int)d->b[pos] << 8 | d->b[(pos + 1) & DICT_MASK];
}

static void index_pos(struct matcher *m, unsigned int pos)
{
	unsigned int key = key_at(&m->d, pos);

	m->prev[pos] = m->head[key];
	m->head[key] = (int16_t)pos;
}

static void matcher_init(struct matcher *m)
{
	unsigned int pos;

	dict_init(&m->d);
	memset(m->head, 0xFF, sizeof(m->head));
	memset(m->prev, 0xFF, sizeof(m->prev));
	for (pos = 0; pos + 1 < PREFIX_LEN; pos++)
		index_pos(m, pos);
}

/* Writes one byte; the sequence that now ends at it is indexed. */
static void matcher_put(struct matcher *m, uint8_t c)
{
	dict_put(&m->d, c);
	index_pos(m, (m->d.write - 2) & DICT_MASK);
}

/*
 * How many of in[0..max) the dictionary holds from start.  Positions the
 * match itself writes (from the write position on) read as the input bytes
 * they will hold, so a match may run into its own output.
 */
static unsigned int match_len(const struct dict *d, unsigned int start,
			      const uint8_t *in, unsigned int max)
{
	unsigned int len = 0;

	while (len < max) {
		unsigned int pos = (start + len) & DICT_MASK;
		unsigned int ahead = (pos - d->write) & DICT_MASK;
		uint8_t c = ahead < len ? in[ahead] : d->b[pos];

		if (c != in[len])
			break;
		len++;
	}
	return len;
}

/*
 * The longest match for in[0..avail), the one at the lowest offset among
 * equally long ones: its length (0 when shorter than MATCH_MIN) and offset.
 */
static unsigned int find_match(const struct matcher *m, const uint8_t *in,
			       size_t avail, unsigned int *off_r)
{
	const struct dict *d = &m->d;
	unsigned int max = avail < MATCH_MAX ? (unsigned int)avail : MATCH_MAX;
	unsigned int key, best = 0, best_off = 0, steps = 0, last;
	int pos;

	if (max < MATCH_MIN)
		return 0;
	key = (unsigned int)in[0] << 8 | in[1];
	for (pos = m->head[key]; pos >= 0 && steps < CHAIN_MAX;
	     pos = m->prev[pos], steps++) {
		unsigned int len;

		if ((unsigned int)pos == d->write ||
		    key_at(d, (unsigned int)pos) != key)
			continue;
		len = match_len(d, (unsigned int)pos, in, max);
		if (len > best ||
		    (len == best && (unsigned int)pos < best_off)) {
			best = len;
			best_off = (unsigned int)pos;
		}
	}
	/* The byte before the write position is not indexed yet: its
	 * sequence ends in the byte the match writes first. */
	last = (d->write - 1) & DICT_MASK;
	if (d->b[last] == in[0]) {
		unsigned int len = match_len(d, last, in, max);

		if (len > best || (len == best && last < best_off)) {
			best = len;
			best_off = last;
		}
	}
	*off_r = best_off;
	return best >= MATCH_MIN ? best : 0;
}

int rtfcomp_compress(const uint8_t *in, size_t in_len, int uncompressed,
		     uint8_t **out_r, size_t *out_len_r, const char **error_r)
{
	struct matcher *m;
	uint8_t *out;
	size_t cap, op = RTFCOMP_HEADER_SIZE, ip = 0, control_at = 0;
	unsigned int bit = 8;
	uint32_t crc;

	*out_r = NULL;
	*out_len_r = 0;
	/* Worst case: a control byte per 8 literals, the end token. */
	if (in_len > UINT32_MAX - 64 - in_len / 8)
		return errmsg_set(error_r, -E2BIG,
				  "RTF of %zu bytes is too large to compress",
				  in_len);
	cap = RTFCOMP_HEADER_SIZE + in_len + in_len / 8 + 4;
	out = alloc_malloc(cap);
	if (out == NULL)
		return errmsg_set(error_r, -ENOMEM, "out of memory");
	if (uncompressed) {
		if (in_len > 0)
			memcpy(out + RTFCOMP_HEADER_SIZE, in, in_len);
		op = RTFCOMP_HEADER_SIZE + in_len;
		put_le32(out, (uint32_t)(op - 4));
		put_le32(out + 4, (uint32_t)in_len);
		put_le32(out + 8, RTFCOMP_TYPE_MELA);
		put_le32(out + 12, 0);
		*out_r = out;
		*out_len_r = op;
		return 0;
	}
	m = alloc_malloc(sizeof(*m));
	if (m == NULL) {
		alloc_free(out);
		return errmsg_set(error_r, -ENOMEM, "out of memory");
	}
	matcher_init(m);
	for (;;) {
		unsigned int off = 0, len;

		if (bit == 8) {
			control_at = op++;
			out[control_at] = 0;
			bit = 0;
		}
		if (ip == in_len) {
			/* The end token: a reference to the write position. */
			out[control_at] |= (uint8_t)(1u << bit);
			out[op++] = (uint8_t)(m->d.write >> 4);
			out[op++] = (uint8_t)(m->d.write << 4);
			break;
		}
		len = find_match(m, in + ip, in_len - ip, &off);
		if (len > 0) {
			unsigned int token = off << 4 | (len - MATCH_MIN);

			out[control_at] |= (uint8_t)(1u << bit);
			out[op++] = (uint8_t)(token >> 8);
			out[op++] = (uint8_t)token;
			while (len-- > 0)
				matcher_put(m, in[ip++]);
		} else {
			out[op++] = in[ip];
			matcher_put(m, in[ip++]);
		}
		bit++;
	}
	alloc_free(m);
	crc =
	    rtfcomp_crc(0, out + RTFCOMP_HEADER_SIZE, op - RTFCOMP_HEADER_SIZE);
	put_le32(out, (uint32_t)(op - 4));
	put_le32(out + 4, (uint32_t)in_len);
	put_le32(out + 8, RTFCOMP_TYPE_LZFU);
	put_le32(out + 12, crc);
	*out_r = out;
	*out_len_r = op;
	return 0;
}
