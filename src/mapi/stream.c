/*
 * stream.c - IStream over one property of an open message or attachment
 * (bodies, PR_ATTACH_DATA_BIN), for values too large for GetProps.
 *
 * The store ops keep the value and its position; this object adds
 * SEEK_CUR/SEEK_END, SetSize, Stat and CopyTo.  What is written becomes
 * part of the message's or attachment's changes on Commit, and on
 * Release when it was not committed (as MAPI stores do), so the owner's
 * SaveChanges writes it.  Streams are not transacted: Revert does
 * nothing; region locks and Clone are not supported.
 */
#include "stream.h"

#include <errno.h>
#include <string.h>

#include <mapiguid.h>
#include <mapiutil.h>

#include "alloc.h"

#define STREAM_MAGIC 0x4d505354u /* "MPST" */
#define COPY_CHUNK   65536

struct mstream {
	struct mapiobj obj;
	struct storeops_stream *s;
	struct stream_owner owner;
	bool write, dirty;
	uint64_t pos;
};

static const IStreamVtbl stream_vtbl;
static const IID *const stream_iids[] = {&IID_IStream, &IID_ISequentialStream,
					 NULL};

static void stream_destroy(struct mapiobj *o);

static const struct mapiobj_class stream_class = {
    .magic = STREAM_MAGIC,
    .name = "IStream",
    .vtbl = &stream_vtbl,
    .iids = stream_iids,
    .destroy = stream_destroy,
};

static struct mstream *stm_of(struct mapiobj *o)
{
	return container_of(o, struct mstream, obj);
}

/* Opens owner's stream with store-ops flags. */
static int raw_open(struct mstore *st, const struct stream_owner *owner,
		    unsigned int flags, struct storeops_stream **s_r)
{
	return owner->msg != NULL
		   ? storeops_stream_open_message(&st->mb, owner->msg,
						  owner->tag, flags, s_r)
		   : storeops_stream_open_attach(&st->mb, owner->att,
						 owner->tag, flags, s_r);
}

/*
 * Replaces s (a write stream) with a new one holding the first keep bytes
 * of its data: the store ops' write streams start empty, so the data is
 * read out first.
 */
static int refill(struct mstore *st, const struct stream_owner *owner,
		  struct storeops_stream **s, uint64_t keep)
{
	struct storeops_stream *old = *s, *fresh = NULL;
	uint8_t *buf = NULL;
	size_t done = 0;
	int ret;

	if (keep > 0) {
		buf = alloc_malloc((size_t)keep);
		if (buf == NULL)
			return -ENOMEM;
		ret = storeops_stream_seek(&st->mb, old, 0);
		if (ret == 0)
			ret = storeops_stream_read(&st->mb, old, buf,
						   (size_t)keep, &done);
		if (ret < 0) {
			alloc_free(buf);
			return ret;
		}
	}
	ret = raw_open(st, owner, STOREOPS_STREAM_WRITE, &fresh);
	if (ret == 0 && done > 0)
		ret = storeops_stream_write(&st->mb, fresh, buf, done);
	alloc_free(buf);
	if (ret < 0) {
		if (fresh != NULL)
			storeops_stream_close(&st->mb, fresh);
		return ret;
	}
	storeops_stream_close(&st->mb, old);
	*s = fresh;
	return 0;
}

int stream_large_tags(struct mstore *st, const struct stream_owner *owner,
		      SPropTagArray **tags_r)
{
	int ret = owner->msg != NULL
		      ? storeops_message_large_tags(&st->mb, owner->msg, tags_r)
		      : storeops_attach_large_tags(&st->mb, owner->att, tags_r);

	if (ret == -ENOTSUP) {
		*tags_r = NULL;
		return 0;
	}
	return ret;
}

int stream_copy_raw(struct mstore *st, const struct stream_owner *from,
		    const struct stream_owner *to)
{
	struct storeops_stream *in = NULL, *out = NULL;
	uint8_t *buf = alloc_malloc(COPY_CHUNK);
	size_t done = 0;
	int ret;

	if (buf == NULL)
		return -ENOMEM;
	ret = raw_open(st, from, 0, &in);
	if (ret == 0)
		ret = raw_open(st, to, STOREOPS_STREAM_WRITE, &out);
	while (ret == 0) {
		ret = storeops_stream_read(&st->mb, in, buf, COPY_CHUNK, &done);
		if (ret < 0 || done == 0)
			break;
		ret = storeops_stream_write(&st->mb, out, buf, done);
	}
	if (ret == 0)
		ret = storeops_stream_commit(&st->mb, out);
	storeops_stream_close(&st->mb, out);
	storeops_stream_close(&st->mb, in);
	alloc_free(buf);
	return ret;
}

int stream_copy_large(struct mstore *st, const struct stream_owner *from,
		      const struct stream_owner *to)
{
	struct stream_owner f = *from, t = *to;
	SPropTagArray *tags = NULL;
	ULONG i;
	int ret;

	ret = stream_large_tags(st, from, &tags);
	for (i = 0; ret == 0 && tags != NULL && i < tags->cValues; i++) {
		f.tag = t.tag = tags->aulPropTag[i];
		ret = stream_copy_raw(st, &f, &t);
	}
	MAPIFreeBuffer(tags);
	return ret;
}

int stream_open(struct mstore *st, struct mapiobj *parent,
		const struct stream_owner *owner, ULONG flags,
		IStream **stream_r)
{
	struct storeops_stream *s = NULL;
	struct mstream *ms;
	bool write = (flags & (MAPI_CREATE | MAPI_MODIFY)) != 0;
	int ret;

	if (flags & MAPI_CREATE) {
		ret = raw_open(st, owner, STOREOPS_STREAM_WRITE, &s);
	} else {
		/* Read (and for MAPI_MODIFY, keep) the current value. */
		ret = raw_open(st, owner, 0, &s);
		if (ret == 0 && write)
			ret = refill(st, owner, &s,
				     storeops_stream_size(&st->mb, s));
		if (ret == 0)
			ret = storeops_stream_seek(&st->mb, s, 0);
	}
	if (ret < 0 && s != NULL)
		storeops_stream_close(&st->mb, s);
	if (ret < 0)
		return ret;
	ms = mapiobj_new(sizeof(*ms), &stream_class, st, parent);
	if (ms == NULL) {
		storeops_stream_close(&st->mb, s);
		return -ENOMEM;
	}
	ms->s = s;
	ms->owner = *owner;
	ms->write = write;
	*stream_r = &ms->obj.iface.stream;
	return 0;
}

static void stream_destroy(struct mapiobj *o)
{
	struct mstream *ms = stm_of(o);
	struct mstore *st = o->store;

	/* Written data not committed yet joins its owner's changes. */
	if (ms->dirty)
		storeops_stream_commit(&st->mb, ms->s);
	storeops_stream_close(&st->mb, ms->s);
}

MAPIOBJ_UNKNOWN_METHODS(sm, IStream, stream_class)

static HRESULT stream_fail(struct mstream *ms, int ret, const char *what)
{
	return mapiobj_fail_ret(&ms->obj, ret, what);
}

static HRESULT STDMETHODCALLTYPE sm_Read(IStream *This, LPVOID pv, ULONG cb,
					 ULONG *pcbRead)
{
	struct mstream *ms = stm_of(mapiobj_of(This));
	struct mstore *st;
	size_t done = 0;
	int ret;

	MAPIOBJ_ENTER(This, stream_class, "Read");
	if (pcbRead != NULL)
		*pcbRead = 0;
	if (pv == NULL && cb != 0)
		return mapiobj_fail(&ms->obj, STG_E_INVALIDPOINTER,
				    "Read: no buffer");
	st = ms->obj.store;
	ret = storeops_stream_read(&st->mb, ms->s, pv, cb, &done);
	if (ret < 0)
		return stream_fail(ms, ret, "Read");
	ms->pos += done;
	if (pcbRead != NULL)
		*pcbRead = (ULONG)done;
	return mapiobj_ok(&ms->obj);
}

static HRESULT STDMETHODCALLTYPE sm_Write(IStream *This, const void *pv,
					  ULONG cb, ULONG *pcbWritten)
{
	struct mstream *ms = stm_of(mapiobj_of(This));
	struct mstore *st;
	int ret;

	MAPIOBJ_ENTER(This, stream_class, "Write");
	if (pcbWritten != NULL)
		*pcbWritten = 0;
	if (pv == NULL && cb != 0)
		return mapiobj_fail(&ms->obj, STG_E_INVALIDPOINTER,
				    "Write: no buffer");
	if (!ms->write)
		return mapiobj_fail(&ms->obj, STG_E_ACCESSDENIED,
				    "Write: the stream was opened for "
				    "reading (no MAPI_MODIFY or MAPI_CREATE)");
	st = ms->obj.store;
	ret = storeops_stream_write(&st->mb, ms->s, pv, cb);
	if (ret < 0)
		return stream_fail(ms, ret, "Write");
	ms->pos += cb;
	ms->dirty = true;
	if (pcbWritten != NULL)
		*pcbWritten = cb;
	return mapiobj_ok(&ms->obj);
}

static HRESULT STDMETHODCALLTYPE sm_Seek(IStream *This, LARGE_INTEGER dlibMove,
					 DWORD dwOrigin,
					 ULARGE_INTEGER *plibNewPosition)
{
	struct mstream *ms = stm_of(mapiobj_of(This));
	struct mstore *st;
	int64_t base, target;
	int ret;

	MAPIOBJ_ENTER(This, stream_class, "Seek");
	st = ms->obj.store;
	switch (dwOrigin) {
	case STREAM_SEEK_SET:
		base = 0;
		break;
	case STREAM_SEEK_CUR:
		base = (int64_t)ms->pos;
		break;
	case STREAM_SEEK_END:
		base = (int64_t)storeops_stream_size(&st->mb, ms->s);
		break;
	default:
		return mapiobj_fail(&ms->obj, STG_E_INVALIDFUNCTION,
				    "Seek: bad origin %lu",
				    (unsigned long)dwOrigin);
	}
	if ((dlibMove.QuadPart > 0 && base > INT64_MAX - dlibMove.QuadPart) ||
	    base + dlibMove.QuadPart < 0) {
		return mapiobj_fail(&ms->obj, STG_E_INVALIDFUNCTION,
				    "Seek: before the start of the stream");
	}
	target = base + dlibMove.QuadPart;
	ret = storeops_stream_seek(&st->mb, ms->s, (uint64_t)target);
	if (ret < 0)
		return mapiobj_fail(&ms->obj, STG_E_INVALIDFUNCTION,
				    "Seek: the position is out of range");
	ms->pos = (uint64_t)target;
	if (plibNewPosition != NULL)
		plibNewPosition->QuadPart = (ULONGLONG)target;
	return mapiobj_ok(&ms->obj);
}

static HRESULT STDMETHODCALLTYPE sm_SetSize(IStream *This,
					    ULARGE_INTEGER libNewSize)
{
	static const uint8_t zero[4096];
	struct mstream *ms = stm_of(mapiobj_of(This));
	struct mstore *st;
	uint64_t size, want = libNewSize.QuadPart;
	int ret = 0;

	MAPIOBJ_ENTER(This, stream_class, "SetSize");
	if (!ms->write)
		return mapiobj_fail(&ms->obj, STG_E_ACCESSDENIED,
				    "SetSize: the stream is read-only");
	if (want > 0x7FFFFFF0u)
		return mapiobj_fail(&ms->obj, STG_E_MEDIUMFULL,
				    "SetSize: too large");
	st = ms->obj.store;
	size = storeops_stream_size(&st->mb, ms->s);
	if (want < size) {
		ret = refill(st, &ms->owner, &ms->s, want);
	} else if (want > size) {
		ret = storeops_stream_seek(&st->mb, ms->s, size);
		while (ret == 0 && size < want) {
			size_t n = want - size > sizeof(zero)
				       ? sizeof(zero)
				       : (size_t)(want - size);

			ret = storeops_stream_write(&st->mb, ms->s, zero, n);
			size += n;
		}
	}
	if (ret == 0)
		ret = storeops_stream_seek(&st->mb, ms->s, ms->pos);
	if (ret < 0)
		return stream_fail(ms, ret, "SetSize");
	ms->dirty = true;
	return mapiobj_ok(&ms->obj);
}

static HRESULT STDMETHODCALLTYPE sm_CopyTo(IStream *This, IStream *pstm,
					   ULARGE_INTEGER cb,
					   ULARGE_INTEGER *pcbRead,
					   ULARGE_INTEGER *pcbWritten)
{
	struct mstream *ms = stm_of(mapiobj_of(This));
	uint64_t total_r = 0, total_w = 0, left = cb.QuadPart;
	uint8_t *buf;
	HRESULT hr = S_OK;

	MAPIOBJ_ENTER(This, stream_class, "CopyTo");
	if (pstm == NULL)
		return mapiobj_fail(&ms->obj, STG_E_INVALIDPOINTER,
				    "CopyTo: no destination");
	buf = alloc_malloc(COPY_CHUNK);
	if (buf == NULL)
		return mapiobj_fail(&ms->obj, STG_E_INSUFFICIENTMEMORY,
				    "out of memory");
	while (left > 0 && hr == S_OK) {
		ULONG want = left > COPY_CHUNK ? COPY_CHUNK : (ULONG)left;
		ULONG got = 0, put = 0;

		hr = This->lpVtbl->Read(This, buf, want, &got);
		if (hr != S_OK || got == 0)
			break;
		total_r += got;
		hr = pstm->lpVtbl->Write(pstm, buf, got, &put);
		total_w += put;
		left -= got;
	}
	alloc_free(buf);
	if (pcbRead != NULL)
		pcbRead->QuadPart = total_r;
	if (pcbWritten != NULL)
		pcbWritten->QuadPart = total_w;
	return hr;
}

static HRESULT STDMETHODCALLTYPE sm_Commit(IStream *This, DWORD grfCommitFlags)
{
	struct mstream *ms = stm_of(mapiobj_of(This));
	struct mstore *st;
	int ret = 0;

	MAPIOBJ_ENTER(This, stream_class, "Commit");
	if (grfCommitFlags & ~(DWORD)(STGC_OVERWRITE | STGC_ONLYIFCURRENT |
				      STGC_DANGEROUSLYCOMMITMERELYTODISKCACHE))
		return mapiobj_fail(&ms->obj, STG_E_INVALIDPARAMETER,
				    "Commit: unknown flags");
	if (!ms->write)
		return mapiobj_ok(&ms->obj);
	st = ms->obj.store;
	ret = storeops_stream_commit(&st->mb, ms->s);
	if (ret < 0)
		return stream_fail(ms, ret, "Commit");
	ms->dirty = false;
	return mapiobj_ok(&ms->obj);
}

static HRESULT STDMETHODCALLTYPE sm_Revert(IStream *This)
{
	MAPIOBJ_ENTER(This, stream_class, "Revert");
	/* Not transacted: there is nothing to revert to. */
	return mapiobj_ok(mapiobj_of(This));
}

static HRESULT STDMETHODCALLTYPE sm_LockRegion(IStream *This,
					       ULARGE_INTEGER libOffset,
					       ULARGE_INTEGER cb,
					       DWORD dwLockType)
{
	(void)libOffset;
	(void)cb;
	(void)dwLockType;
	MAPIOBJ_ENTER(This, stream_class, "LockRegion");
	return mapiobj_fail(mapiobj_of(This), STG_E_INVALIDFUNCTION,
			    "LockRegion: region locks are not supported");
}

static HRESULT STDMETHODCALLTYPE sm_UnlockRegion(IStream *This,
						 ULARGE_INTEGER libOffset,
						 ULARGE_INTEGER cb,
						 DWORD dwLockType)
{
	(void)libOffset;
	(void)cb;
	(void)dwLockType;
	MAPIOBJ_ENTER(This, stream_class, "UnlockRegion");
	return mapiobj_fail(mapiobj_of(This), STG_E_INVALIDFUNCTION,
			    "UnlockRegion: region locks are not supported");
}

static HRESULT STDMETHODCALLTYPE sm_Stat(IStream *This, STATSTG *pstatstg,
					 DWORD grfStatFlag)
{
	struct mstream *ms = stm_of(mapiobj_of(This));
	struct mstore *st;

	MAPIOBJ_ENTER(This, stream_class, "Stat");
	if (pstatstg == NULL)
		return mapiobj_fail(&ms->obj, STG_E_INVALIDPOINTER,
				    "Stat: NULL argument");
	if (grfStatFlag & ~(DWORD)(STATFLAG_NONAME | STATFLAG_NOOPEN))
		return mapiobj_fail(&ms->obj, STG_E_INVALIDFUNCTION,
				    "Stat: unknown flags");
	memset(pstatstg, 0, sizeof(*pstatstg));
	pstatstg->type = STGTY_STREAM;
	st = ms->obj.store;
	pstatstg->cbSize.QuadPart = storeops_stream_size(&st->mb, ms->s);
	pstatstg->grfMode = ms->write ? STGM_READWRITE : STGM_READ;
	return mapiobj_ok(&ms->obj);
}

static HRESULT STDMETHODCALLTYPE sm_Clone(IStream *This, IStream **ppstm)
{
	if (ppstm != NULL)
		*ppstm = NULL;
	MAPIOBJ_ENTER(This, stream_class, "Clone");
	return mapiobj_fail(mapiobj_of(This), STG_E_INVALIDFUNCTION,
			    "Clone: not supported; open the property again");
}

static const IStreamVtbl stream_vtbl = {
    sm_QueryInterface, sm_AddRef,       sm_Release, sm_Read,   sm_Write,
    sm_Seek,           sm_SetSize,      sm_CopyTo,  sm_Commit, sm_Revert,
    sm_LockRegion,     sm_UnlockRegion, sm_Stat,    sm_Clone,
};
