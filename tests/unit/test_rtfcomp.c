/*
 * test_rtfcomp.c - compressed RTF ([MS-OXRTFCP]): the LZFu decompressor
 * and compressor of rtfcomp.c against the specification's two byte
 * examples (3.1.1 and 3.1.2, both ways, byte for byte), round trips of
 * varied and large inputs, the uncompressed ("MELA") form, corrupt input
 * (every truncation, bad CRC, bad type, sizes that lie); the RTF/text
 * conversions of rtftext.c; and WrapCompressedRTFStream over a stream on
 * a file: reading, writing with MAPI_MODIFY (compressed on Commit and on
 * the last Release), STORE_UNCOMPRESSED_RTF, and bad arguments.
 */
#include <stdarg.h>
#include <stddef.h>
#include <setjmp.h>
#include <stdint.h>
#include <cmocka.h>

#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <mapix.h>
#include <mapiutil.h>

#include "alloc.h"
#include "rtfcomp.h"
#include "rtftext.h"

/* [MS-OXRTFCP] 3.1.1: a simple document, compressed. */
static const uint8_t example1[] = {
    0x2d, 0x00, 0x00, 0x00, 0x2b, 0x00, 0x00, 0x00, 0x4c, 0x5a,
    0x46, 0x75, 0xf1, 0xc5, 0xc7, 0xa7, 0x03, 0x00, 0x0a, 0x00,
    0x72, 0x63, 0x70, 0x67, 0x31, 0x32, 0x35, 0x42, 0x32, 0x0a,
    0xf3, 0x20, 0x68, 0x65, 0x6c, 0x09, 0x00, 0x20, 0x62, 0x77,
    0x05, 0xb0, 0x6c, 0x64, 0x7d, 0x0a, 0x80, 0x0f, 0xa0};
static const char raw1[] = "{\\rtf1\\ansi\\ansicpg1252\\pard hello world}\r\n";

/* [MS-OXRTFCP] 3.1.2: a run that refers to itself. */
static const uint8_t example2[] = {
    0x1a, 0x00, 0x00, 0x00, 0x1c, 0x00, 0x00, 0x00, 0x4c, 0x5a,
    0x46, 0x75, 0xe2, 0xd4, 0x4b, 0x51, 0x41, 0x00, 0x04, 0x20,
    0x57, 0x58, 0x59, 0x5a, 0x0d, 0x6e, 0x7d, 0x01, 0x0e, 0xb0};
static const char raw2[] = "{\\rtf1 WXYZWXYZWXYZWXYZWXYZ}";

static void expand_ok(const uint8_t *in, size_t len, const char *want)
{
	uint8_t *out = NULL;
	size_t n = 0;
	const char *error = NULL;

	assert_int_equal(rtfcomp_decompress(in, len, 1 << 20, &out, &n, &error),
			 0);
	assert_int_equal(n, strlen(want));
	assert_memory_equal(out, want, n);
	alloc_free(out);
}

static void compress_ok(const char *raw, const uint8_t *want, size_t len)
{
	uint8_t *out = NULL;
	size_t n = 0;
	const char *error = NULL;

	assert_int_equal(rtfcomp_compress((const uint8_t *)raw, strlen(raw), 0,
					  &out, &n, &error),
			 0);
	assert_int_equal(n, len);
	assert_memory_equal(out, want, len);
	alloc_free(out);
}

static void test_spec_examples(void **state)
{
	(void)state;
	expand_ok(example1, sizeof(example1), raw1);
	expand_ok(example2, sizeof(example2), raw2);
	compress_ok(raw1, example1, sizeof(example1));
	compress_ok(raw2, example2, sizeof(example2));
	/* The CRC of the examples' data (header bytes 12..15). */
	assert_int_equal(rtfcomp_crc(0, example1 + 16, sizeof(example1) - 16),
			 0xa7c7c5f1);
	assert_int_equal(rtfcomp_crc(0, example2 + 16, sizeof(example2) - 16),
			 0x514bd4e2);
}

static void round_trip(const uint8_t *raw, size_t len, int uncompressed)
{
	uint8_t *c = NULL, *d = NULL;
	size_t clen = 0, dlen = 0;
	const char *error = NULL;

	assert_int_equal(
	    rtfcomp_compress(raw, len, uncompressed, &c, &clen, &error), 0);
	assert_true(clen >= RTFCOMP_HEADER_SIZE);
	assert_int_equal(c[8] | c[9] << 8 | c[10] << 16 | (uint32_t)c[11] << 24,
			 uncompressed ? RTFCOMP_TYPE_MELA : RTFCOMP_TYPE_LZFU);
	assert_int_equal(
	    rtfcomp_decompress(c, clen, len + 1, &d, &dlen, &error), 0);
	assert_int_equal(dlen, len);
	if (len > 0)
		assert_memory_equal(d, raw, len);
	alloc_free(c);
	alloc_free(d);
}

static void test_round_trips(void **state)
{
	static const char doc[] =
	    "{\\rtf1\\ansi\\ansicpg1252\\deff0{\\fonttbl{\\f0\\fswiss "
	    "Arial;}}\\pard\\f0\\fs20 Dear team,\\par\\par the quarterly "
	    "numbers are in.\\par Regards\\par}";
	size_t big = 300000, i;
	uint8_t *buf = malloc(big);
	uint32_t x = 12345;

	(void)state;
	round_trip((const uint8_t *)"", 0, 0);
	round_trip((const uint8_t *)"a", 1, 0);
	round_trip((const uint8_t *)doc, sizeof(doc) - 1, 0);
	round_trip((const uint8_t *)doc, sizeof(doc) - 1, 1);
	assert_non_null(buf);
	/* Repetitive text much larger than the 4096-byte dictionary ... */
	for (i = 0; i < big; i++)
		buf[i] = (uint8_t) "{\\par lorem ipsum dolor}"[i % 24];
	round_trip(buf, big, 0);
	/* ... and noise, which does not compress. */
	for (i = 0; i < big; i++) {
		x = x * 1103515245 + 12345;
		buf[i] = (uint8_t)(x >> 16);
	}
	round_trip(buf, 70000, 0);
	/* Runs of one byte (overlapping references), every length. */
	for (i = 0; i < 40; i++) {
		memset(buf, 'A', i);
		round_trip(buf, i, 0);
	}
	free(buf);
}

static void test_corrupt(void **state)
{
	uint8_t bad[sizeof(example1)];
	uint8_t *out = NULL;
	size_t n = 0, i;
	const char *error = NULL;

	(void)state;
	/* Every truncation fails cleanly. */
	for (i = 0; i < sizeof(example1); i++) {
		out = NULL;
		assert_true(rtfcomp_decompress(example1, i, 1 << 20, &out, &n,
					       &error) < 0);
		assert_null(out);
		assert_non_null(error);
	}
	/* A flipped data bit: the CRC no longer matches. */
	memcpy(bad, example1, sizeof(bad));
	bad[20] ^= 0x01;
	assert_int_equal(
	    rtfcomp_decompress(bad, sizeof(bad), 1 << 20, &out, &n, &error),
	    -EINVAL);
	assert_non_null(strstr(error, "CRC"));
	/* An unknown COMPTYPE. */
	memcpy(bad, example1, sizeof(bad));
	bad[8] = 'X';
	assert_int_equal(
	    rtfcomp_decompress(bad, sizeof(bad), 1 << 20, &out, &n, &error),
	    -EINVAL);
	/* COMPSIZE larger than the data. */
	memcpy(bad, example1, sizeof(bad));
	bad[0] = 0xFF;
	assert_int_equal(
	    rtfcomp_decompress(bad, sizeof(bad), 1 << 20, &out, &n, &error),
	    -EINVAL);
	/* RAWSIZE above the caller's limit. */
	assert_int_equal(rtfcomp_decompress(example1, sizeof(example1), 10,
					    &out, &n, &error),
			 -E2BIG);
	/* RAWSIZE smaller than what the data expands to: the output stops
	 * at RAWSIZE. */
	memcpy(bad, example1, sizeof(bad));
	bad[4] = 5;
	assert_int_equal(
	    rtfcomp_decompress(bad, sizeof(bad), 1 << 20, &out, &n, &error), 0);
	assert_int_equal(n, 5);
	assert_memory_equal(out, raw1, 5);
	alloc_free(out);
}

static void text_of(const char *rtf, const char *want)
{
	char *text = NULL;
	size_t n = 0;

	assert_int_equal(rtf_to_text(rtf, strlen(rtf), &text, &n), 0);
	assert_string_equal(text, want);
	assert_int_equal(n, strlen(want));
	alloc_free(text);
}

static void test_rtf_text(void **state)
{
	char *rtf = NULL, *text = NULL;
	size_t n = 0;
	static const char body[] =
	    "Line one\r\nTab\there {braces} \\ back\r\nS\xC3\xBC\xC3\x9F "
	    "\xE2\x82\xAC \xF0\x9F\x98\x80";

	(void)state;
	text_of(raw1, "hello world");
	text_of(raw2, "WXYZWXYZWXYZWXYZWXYZ");
	text_of(
	    "{\\rtf1\\ansi{\\fonttbl{\\f0 Arial;}}{\\colortbl;\\red0;}"
	    "{\\*\\generator x;}{\\info{\\title T}}\\pard one\\par two\\tab "
	    "three}",
	    "one\r\ntwo\tthree");
	/* \'hh in code page 1252, \uN with its fallback skipped. */
	text_of("{\\rtf1\\ansi\\ansicpg1252 caf\\'e9 \\'80 \\uc1\\u8364?!}",
		"caf\xC3\xA9 \xE2\x82\xAC \xE2\x82\xAC!");
	text_of("{\\rtf1 \\{x\\}\\\\}", "{x}\\");

	/* Text to RTF and back gives the text (with CRLF line breaks). */
	assert_int_equal(text_to_rtf(body, sizeof(body) - 1, &rtf, &n), 0);
	assert_int_equal(strncmp(rtf, "{\\rtf1", 6), 0);
	assert_int_equal(rtf[n - 1], '}');
	assert_int_equal(rtf_to_text(rtf, n, &text, &n), 0);
	assert_string_equal(text, body);
	alloc_free(rtf);
	alloc_free(text);

	/* Not RTF. */
	assert_true(rtf_to_text("plain", 5, &text, &n) < 0);
}

/* ------------------------------------------------------------------ */

static LPSTREAM temp_stream(void)
{
	LPSTREAM s = NULL;

	assert_int_equal(
	    OpenStreamOnFile(MAPIAllocateBuffer, MAPIFreeBuffer,
			     SOF_UNIQUEFILENAME | STGM_DELETEONRELEASE, NULL,
			     (LPCTSTR) "rtf", &s),
	    S_OK);
	return s;
}

static void rewind_stream(LPSTREAM s)
{
	LARGE_INTEGER zero = {.QuadPart = 0};

	assert_int_equal(IStream_Seek(s, zero, STREAM_SEEK_SET, NULL), S_OK);
}

static size_t read_all(LPSTREAM s, char *buf, size_t cap)
{
	ULONG n = 0;
	size_t total = 0;

	do {
		assert_int_equal(
		    IStream_Read(s, buf + total, (ULONG)(cap - total), &n),
		    S_OK);
		total += n;
	} while (n != 0 && total < cap);
	return total;
}

static void test_wrap_read(void **state)
{
	LPSTREAM comp = temp_stream(), rtf = NULL;
	char buf[256];

	(void)state;
	assert_int_equal(IStream_Write(comp, example1, sizeof(example1), NULL),
			 S_OK);
	rewind_stream(comp);
	assert_int_equal(WrapCompressedRTFStream(comp, 0, &rtf), S_OK);
	assert_int_equal(read_all(rtf, buf, sizeof(buf)), strlen(raw1));
	assert_memory_equal(buf, raw1, strlen(raw1));
	/* A read-only wrapper refuses writes. */
	assert_int_equal(IStream_Write(rtf, "x", 1, NULL), STG_E_ACCESSDENIED);
	IStream_Release(rtf);

	/* An empty compressed stream reads as empty RTF. */
	assert_int_equal(IStream_SetSize(comp, (ULARGE_INTEGER){.QuadPart = 0}),
			 S_OK);
	rewind_stream(comp);
	assert_int_equal(WrapCompressedRTFStream(comp, 0, &rtf), S_OK);
	assert_int_equal(read_all(rtf, buf, sizeof(buf)), 0);
	IStream_Release(rtf);

	/* Garbage is MAPI_E_CORRUPT_DATA. */
	assert_int_equal(
	    IStream_Write(comp, "not compressed rtf at all", 25, NULL), S_OK);
	rewind_stream(comp);
	assert_int_equal(WrapCompressedRTFStream(comp, 0, &rtf),
			 MAPI_E_CORRUPT_DATA);
	assert_null(rtf);
	IStream_Release(comp);
}

static void test_wrap_write(void **state)
{
	LPSTREAM comp = temp_stream(), rtf = NULL;
	char buf[256];
	size_t n;

	(void)state;
	/* Written RTF is compressed into the stream on Commit ... */
	assert_int_equal(WrapCompressedRTFStream(comp, MAPI_MODIFY, &rtf),
			 S_OK);
	assert_int_equal(IStream_Write(rtf, raw2, strlen(raw2), NULL), S_OK);
	assert_int_equal(IStream_Commit(rtf, STGC_DEFAULT), S_OK);
	rewind_stream(comp);
	n = read_all(comp, buf, sizeof(buf));
	assert_int_equal(n, sizeof(example2));
	assert_memory_equal(buf, example2, n);
	/* ... and on the last Release after more writes. */
	assert_int_equal(IStream_Write(rtf, "!", 1, NULL), S_OK);
	IStream_Release(rtf);
	rewind_stream(comp);
	assert_int_equal(WrapCompressedRTFStream(comp, 0, &rtf), S_OK);
	n = read_all(rtf, buf, sizeof(buf));
	assert_int_equal(n, strlen(raw2) + 1);
	assert_memory_equal(buf, "{\\rtf1 WXYZWXYZWXYZWXYZWXYZ}!", n);
	IStream_Release(rtf);

	/* STORE_UNCOMPRESSED_RTF writes the "MELA" form. */
	assert_int_equal(IStream_SetSize(comp, (ULARGE_INTEGER){.QuadPart = 0}),
			 S_OK);
	rewind_stream(comp);
	assert_int_equal(WrapCompressedRTFStream(
			     comp, MAPI_MODIFY | STORE_UNCOMPRESSED_RTF, &rtf),
			 S_OK);
	assert_int_equal(IStream_Write(rtf, raw1, strlen(raw1), NULL), S_OK);
	IStream_Release(rtf);
	rewind_stream(comp);
	n = read_all(comp, buf, sizeof(buf));
	assert_int_equal(n, 16 + strlen(raw1));
	assert_memory_equal(buf + 8, "MELA", 4);
	assert_memory_equal(buf + 16, raw1, strlen(raw1));
	rewind_stream(comp);
	assert_int_equal(WrapCompressedRTFStream(comp, 0, &rtf), S_OK);
	n = read_all(rtf, buf, sizeof(buf));
	assert_int_equal(n, strlen(raw1));
	IStream_Release(rtf);
	IStream_Release(comp);
}

static void test_wrap_bad(void **state)
{
	LPSTREAM comp = temp_stream(), rtf = (LPSTREAM)1;

	(void)state;
	assert_int_equal(WrapCompressedRTFStream(NULL, 0, &rtf),
			 MAPI_E_INVALID_PARAMETER);
	assert_null(rtf);
	assert_int_equal(WrapCompressedRTFStream(comp, 0, NULL),
			 MAPI_E_INVALID_PARAMETER);
	assert_int_equal(WrapCompressedRTFStream(comp, 0x1000, &rtf),
			 MAPI_E_UNKNOWN_FLAGS);
	IStream_Release(comp);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
	    cmocka_unit_test(test_spec_examples),
	    cmocka_unit_test(test_round_trips),
	    cmocka_unit_test(test_corrupt),
	    cmocka_unit_test(test_rtf_text),
	    cmocka_unit_test(test_wrap_read),
	    cmocka_unit_test(test_wrap_write),
	    cmocka_unit_test(test_wrap_bad),
	};

	return cmocka_run_group_tests(tests, NULL, NULL);
}
