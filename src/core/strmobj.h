/*
 * strmobj.h - an IStream object over a storage backend: the IStream
 * methods (position, Seek, Read, Write, SetSize, CopyTo, Stat, Commit) are
 * written once here, the backend only reads and writes at offsets.
 *
 * OpenStreamOnFile (sof.c) puts a file behind it; WrapCompressedRTFStream
 * (rtfstream.c) a memory buffer that is compressed back into the wrapped
 * stream on Commit.  The object is a core COM object (objbase.h): it
 * belongs to the security context of the thread that made it, and every
 * method but Release checks that first.
 *
 * Backend functions return 0 or a negative errno, with a message in
 * *error_r; they are called with the object's lock held, one at a time.
 */
#ifndef MAPIX_CORE_STRMOBJ_H
#define MAPIX_CORE_STRMOBJ_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#include <mapidefs.h>

struct strm_backend {
	/* Reads up to len bytes at off; *got_r is 0 at or past the end. */
	int (*read_at)(void *ctx, uint64_t off, void *buf, size_t len,
		       size_t *got_r, const char **error_r);
	/* Writes len bytes at off, growing the data (zero-filled gap). */
	int (*write_at)(void *ctx, uint64_t off, const void *buf, size_t len,
			const char **error_r);
	int (*get_size)(void *ctx, uint64_t *size_r, const char **error_r);
	int (*set_size)(void *ctx, uint64_t size, const char **error_r);
	/* IStream::Commit of a writable stream; NULL: nothing to do. */
	int (*commit)(void *ctx, const char **error_r);
	/* At the last Release (live: the object's context still has its
	 * instance); frees ctx. */
	void (*destroy)(void *ctx, bool live);
};

struct strm_info {
	const char *name; /* "the stream on a file"; for messages */
	bool writable;
	/* Stat's pwcsName (UTF-8; NULL for none), allocated with alloc for
	 * the caller (MAPIAllocateBuffer when NULL). */
	const char *stat_name;
	LPALLOCATEBUFFER alloc;
};

/*
 * Makes the stream.  On success the stream owns ctx (backend->destroy at
 * its last Release); on failure ctx is left to the caller.  Returns S_OK or
 * MAPI_E_NOT_ENOUGH_MEMORY.
 */
HRESULT strm_new(const struct strm_backend *backend, void *ctx,
		 const struct strm_info *info, LPSTREAM *stream_r);

/*
 * Helpers over any IStream (not only strm_new's):
 *
 * strm_copy: IStream::CopyTo's loop, reading up to cb bytes from src's
 * position and writing them at dst's; *read_r and *written_r (either may
 * be NULL) get the byte counts even on failure.  S_OK, the first failing
 * Read's or Write's code, or STG_E_INSUFFICIENTMEMORY.
 *
 * strm_read_all: the rest of a stream (from its position) in a new
 * alloc_malloc() buffer; 0, -ENOMEM, -EFBIG (more than max bytes) or
 * -EIO (a failing Read, whose code is in the message), with a message.
 */
HRESULT strm_copy(IStream *src, IStream *dst, uint64_t cb, uint64_t *read_r,
		  uint64_t *written_r);
int strm_read_all(IStream *src, size_t max, uint8_t **data_r, size_t *len_r,
		  const char **error_r);

#endif
