/*
 * rtfstream.c - mapiutil.h's compressed-RTF functions:
 * WrapCompressedRTFStream (an IStream of the RTF in a PR_RTF_COMPRESSED
 * stream) and RTFSync (PR_BODY and PR_RTF_COMPRESSED kept in step).
 *
 * The wrapped stream is strmobj.h's over a memory buffer.  For reading,
 * the buffer is the decompressed contents of the compressed stream, read
 * once when it is wrapped.  With MAPI_MODIFY the buffer starts empty and
 * takes the new RTF; Commit (and the last Release after uncommitted
 * writes) compresses it (rtfcomp.c) and writes it over the compressed
 * stream, which the caller then commits as usual.
 */
#include <mapiutil.h>

#include <errno.h>
#include <string.h>

#include "alloc.h"
#include "errmsg.h"
#include "objhdr.h"
#include "rtfcomp.h"
#include "rtftext.h"
#include "strmobj.h"
#include "ustring.h"

struct rtfbuf {
	uint8_t *data;
	size_t len, cap;
	LPSTREAM compressed; /* AddRef'ed */
	bool uncompressed;   /* STORE_UNCOMPRESSED_RTF: write "MELA" */
	bool dirty;
};

static int rb_reserve(struct rtfbuf *b, size_t need, const char **error_r)
{
	size_t cap = b->cap == 0 ? 4096 : b->cap;
	uint8_t *p;

	if (need <= b->cap)
		return 0;
	if (need > RTFCOMP_RTF_MAX)
		return errmsg_set(error_r, -EFBIG, "RTF larger than %u bytes",
				  RTFCOMP_RTF_MAX);
	while (cap < need)
		cap *= 2;
	p = alloc_realloc(b->data, cap);
	if (p == NULL)
		return errmsg_set(error_r, -ENOMEM, "out of memory");
	b->data = p;
	b->cap = cap;
	return 0;
}

static int rb_read_at(void *ctx, uint64_t off, void *buf, size_t len,
		      size_t *got_r, const char **error_r)
{
	struct rtfbuf *b = ctx;

	(void)error_r;
	*got_r = 0;
	if (off >= b->len)
		return 0;
	if (len > b->len - off)
		len = b->len - (size_t)off;
	memcpy(buf, b->data + off, len);
	*got_r = len;
	return 0;
}

static int rb_set_size(void *ctx, uint64_t size, const char **error_r)
{
	struct rtfbuf *b = ctx;
	int ret;

	if (size > RTFCOMP_RTF_MAX)
		return errmsg_set(error_r, -EFBIG, "RTF larger than %u bytes",
				  RTFCOMP_RTF_MAX);
	ret = rb_reserve(b, (size_t)size, error_r);
	if (ret < 0)
		return ret;
	if (size > b->len)
		memset(b->data + b->len, 0, (size_t)size - b->len);
	b->len = (size_t)size;
	b->dirty = true;
	return 0;
}

static int rb_write_at(void *ctx, uint64_t off, const void *buf, size_t len,
		       const char **error_r)
{
	struct rtfbuf *b = ctx;
	int ret;

	if (off > RTFCOMP_RTF_MAX || len > RTFCOMP_RTF_MAX - off)
		return errmsg_set(error_r, -EFBIG, "RTF larger than %u bytes",
				  RTFCOMP_RTF_MAX);
	if (off + len > b->len) {
		ret = rb_set_size(b, off + len, error_r);
		if (ret < 0)
			return ret;
	}
	memcpy(b->data + off, buf, len);
	b->dirty = true;
	return 0;
}

static int rb_get_size(void *ctx, uint64_t *size_r, const char **error_r)
{
	struct rtfbuf *b = ctx;

	(void)error_r;
	*size_r = b->len;
	return 0;
}

/* Writes value over the whole of stream. */
static int stream_replace(LPSTREAM stream, const uint8_t *value, size_t len,
			  const char **error_r)
{
	LARGE_INTEGER zero = {.QuadPart = 0};
	ULARGE_INTEGER size = {.QuadPart = len};
	ULONG put = 0;
	HRESULT hr;

	hr = IStream_Seek(stream, zero, STREAM_SEEK_SET, NULL);
	if (hr == S_OK)
		hr = IStream_SetSize(stream, size);
	if (hr == S_OK)
		hr = IStream_Write(stream, value, (ULONG)len, &put);
	if (hr == S_OK && put != len)
		hr = STG_E_MEDIUMFULL;
	if (hr != S_OK)
		return errmsg_set(error_r, -EIO,
				  "writing the compressed RTF stream failed "
				  "(0x%08X)",
				  (unsigned int)hr);
	return 0;
}

static int rb_commit(void *ctx, const char **error_r)
{
	struct rtfbuf *b = ctx;
	uint8_t *value;
	size_t len;
	int ret;

	if (!b->dirty)
		return 0;
	ret = rtfcomp_compress(b->data, b->len, b->uncompressed, &value, &len,
			       error_r);
	if (ret < 0)
		return ret;
	ret = stream_replace(b->compressed, value, len, error_r);
	alloc_free(value);
	if (ret == 0)
		b->dirty = false;
	return ret;
}

static void rb_destroy(void *ctx, bool live)
{
	struct rtfbuf *b = ctx;

	/* Uncommitted RTF still reaches the compressed stream, as it does
	 * on Windows when a wrapper is released. */
	if (live && b->dirty)
		rb_commit(b, NULL);
	if (live)
		IStream_Release(b->compressed);
	alloc_free(b->data);
	alloc_free(b);
}

static const struct strm_backend rtf_backend = {
    .read_at = rb_read_at,
    .write_at = rb_write_at,
    .get_size = rb_get_size,
    .set_size = rb_set_size,
    .commit = rb_commit,
    .destroy = rb_destroy,
};

/*
 * WrapCompressedRTFStream
 *
 * Wraps a PR_RTF_COMPRESSED stream in a stream of the RTF itself.
 *
 * PARAMS
 *  lpCompressedRTFStream   [I] the compressed stream (from
 *                              OpenProperty(PR_RTF_COMPRESSED)), read
 *                              from its current position
 *  ulFlags                 [I] MAPI_MODIFY to write new RTF;
 *                              STORE_UNCOMPRESSED_RTF to store it in the
 *                              uncompressed form
 *  lpUncompressedRTFStream [O] receives the RTF stream
 *
 * RETURNS
 *  S_OK; MAPI_E_INVALID_PARAMETER (NULL streams); MAPI_E_UNKNOWN_FLAGS;
 *  MAPI_E_CORRUPT_DATA (not compressed RTF: bad header or CRC, data that
 *  stops short); MAPI_E_NOT_ENOUGH_MEMORY; MAPI_E_CALL_FAILED when the
 *  compressed stream cannot be read.  The reason is on the calling
 *  thread's record.
 *
 * NOTES
 *  An empty compressed stream reads as empty RTF.  With MAPI_MODIFY the
 *  RTF stream starts empty (the new text replaces the old); Commit
 *  compresses what was written and writes it over the compressed stream,
 *  and so does the last Release if something was written after the last
 *  Commit.  The compressed stream still needs its own Commit.
 */
STDAPI_(HRESULT)
WrapCompressedRTFStream(LPSTREAM lpCompressedRTFStream, ULONG ulFlags,
			LPSTREAM *lpUncompressedRTFStream)
{
	struct strm_info info = {.name = "the RTF stream"};
	const char *error = NULL;
	struct rtfbuf *b;
	uint8_t *raw;
	size_t raw_len;
	HRESULT hr;
	int ret;

	if (lpUncompressedRTFStream != NULL)
		*lpUncompressedRTFStream = NULL;
	if (lpCompressedRTFStream == NULL ||
	    lpCompressedRTFStream->lpVtbl == NULL ||
	    lpUncompressedRTFStream == NULL)
		return objhdr_thread_seterr(MAPI_E_INVALID_PARAMETER,
					    "WrapCompressedRTFStream: NULL "
					    "stream");
	if (ulFlags & ~(ULONG)(MAPI_MODIFY | STORE_UNCOMPRESSED_RTF))
		return objhdr_thread_seterr(MAPI_E_UNKNOWN_FLAGS,
					    "WrapCompressedRTFStream: unknown "
					    "flags 0x%08X",
					    (unsigned int)ulFlags);
	b = alloc_calloc(1, sizeof(*b));
	if (b == NULL)
		return objhdr_thread_seterr(MAPI_E_NOT_ENOUGH_MEMORY,
					    "WrapCompressedRTFStream: out of "
					    "memory");
	b->uncompressed = (ulFlags & STORE_UNCOMPRESSED_RTF) != 0;
	if (!(ulFlags & MAPI_MODIFY)) {
		ret = strm_read_all(lpCompressedRTFStream, RTFCOMP_RTF_MAX,
				    &raw, &raw_len, &error);
		if (ret == 0) {
			if (raw_len > 0) {
				ret = rtfcomp_decompress(
				    raw, raw_len, RTFCOMP_RTF_MAX, &b->data,
				    &b->len, &error);
				b->cap = b->len + 1;
			}
			alloc_free(raw);
		}
		if (ret < 0) {
			alloc_free(b);
			hr = ret == -ENOMEM ? MAPI_E_NOT_ENOUGH_MEMORY
			     : ret == -EIO  ? MAPI_E_CALL_FAILED
					    : MAPI_E_CORRUPT_DATA;
			return objhdr_thread_seterr(hr,
						    "WrapCompressedRTFStream: "
						    "%s",
						    error);
		}
	}
	info.writable = (ulFlags & MAPI_MODIFY) != 0;
	hr = strm_new(&rtf_backend, b, &info, lpUncompressedRTFStream);
	if (hr != S_OK) {
		alloc_free(b->data);
		alloc_free(b);
		return objhdr_thread_seterr(hr, "WrapCompressedRTFStream: out "
						"of memory");
	}
	IStream_AddRef(lpCompressedRTFStream);
	b->compressed = lpCompressedRTFStream;
	return S_OK;
}
