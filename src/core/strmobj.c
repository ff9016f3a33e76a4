/*
 * strmobj.c - the IStream methods over a strmobj.h backend.
 *
 * The stream keeps its position; Seek accepts any position from 0 up
 * (past the end too: a Write there fills the gap with zeros, a Read
 * reads nothing), Read stops at the end, Write grows the data.  Streams
 * are not transacted: Write goes to the backend at once, Commit calls the
 * backend's commit (flush a file, compress into the wrapped stream) and
 * Revert does nothing.  Region locks and Clone answer
 * STG_E_INVALIDFUNCTION.  Failures are IStream's STG_E_* codes, with a
 * message for GetLastError on the thread's record.
 */
#include "strmobj.h"

#include <errno.h>
#include <string.h>

#include <mapiguid.h>
#include <mapix.h>

#include "alloc.h"
#include "errmap.h"
#include "errmsg.h"
#include "objbase.h"
#include "ustring.h"

#define STRM_MAGIC 0x4d525453u /* "STRM" */
#define COPY_CHUNK 65536

struct strm {
	IStream iface;
	struct objbase base;
	const struct strm_backend *be;
	void *ctx;
	bool writable;
	const char *name;
	char *stat_name;
	LPALLOCATEBUFFER alloc;
	uint64_t pos;
};

static void strm_destroy(void *object, bool live)
{
	struct strm *s = object;

	s->be->destroy(s->ctx, live);
	alloc_free(s->stat_name);
}

static const IID *const strm_iids[] = {&IID_IStream, &IID_ISequentialStream,
				       NULL};

static const struct objclass strm_class = {
    .magic = STRM_MAGIC,
    .name = "IStream",
    .iids = strm_iids,
    .destroy = strm_destroy,
};

OBJBASE_IUNKNOWN_ONLY(sm, IStream, struct strm, strm_class)

/* Fails the call with the backend's errno and message. */
static HRESULT sm_fail(struct strm *s, int err, bool writing, const char *what,
		       const char *error)
{
	return objbase_fail(
	    &s->base,
	    errmap_stg(err, writing ? STG_E_WRITEFAULT : STG_E_READFAULT),
	    "%s: %s: %s", s->name, what, error != NULL ? error : "failed");
}

static HRESULT STDMETHODCALLTYPE sm_Read(IStream *This, LPVOID pv, ULONG cb,
					 ULONG *pcbRead)
{
	struct strm *s = sm_of(This);
	const char *error = NULL;
	size_t done = 0;
	int ret = 0;

	if (pcbRead != NULL)
		*pcbRead = 0;
	OBJBASE_ENTER(sm, strm_class, This, "IStream::Read");
	if (pv == NULL && cb != 0)
		return objbase_fail(&s->base, STG_E_INVALIDPOINTER,
				    "%s: Read into NULL", s->name);
	pthread_mutex_lock(&s->base.lock);
	while (done < cb) {
		size_t got = 0;

		ret = s->be->read_at(s->ctx, s->pos, (char *)pv + done,
				     cb - done, &got, &error);
		if (ret < 0 || got == 0)
			break;
		done += got;
		s->pos += got;
	}
	pthread_mutex_unlock(&s->base.lock);
	if (pcbRead != NULL)
		*pcbRead = (ULONG)done;
	if (ret < 0)
		return sm_fail(s, ret, false, "Read", error);
	return objbase_ok(&s->base);
}

static HRESULT STDMETHODCALLTYPE sm_Write(IStream *This, const void *pv,
					  ULONG cb, ULONG *pcbWritten)
{
	struct strm *s = sm_of(This);
	const char *error = NULL;
	int ret = 0;

	if (pcbWritten != NULL)
		*pcbWritten = 0;
	OBJBASE_ENTER(sm, strm_class, This, "IStream::Write");
	if (pv == NULL && cb != 0)
		return objbase_fail(&s->base, STG_E_INVALIDPOINTER,
				    "%s: Write from NULL", s->name);
	if (!s->writable)
		return objbase_fail(&s->base, STG_E_ACCESSDENIED,
				    "%s is open for reading only", s->name);
	pthread_mutex_lock(&s->base.lock);
	if (cb > 0)
		ret = s->be->write_at(s->ctx, s->pos, pv, cb, &error);
	if (ret == 0)
		s->pos += cb;
	pthread_mutex_unlock(&s->base.lock);
	if (ret < 0)
		return sm_fail(s, ret, true, "Write", error);
	if (pcbWritten != NULL)
		*pcbWritten = cb;
	return objbase_ok(&s->base);
}

static HRESULT STDMETHODCALLTYPE sm_Seek(IStream *This, LARGE_INTEGER dlibMove,
					 DWORD dwOrigin,
					 ULARGE_INTEGER *plibNewPosition)
{
	struct strm *s = sm_of(This);
	const char *error = NULL;
	uint64_t base = 0;
	int ret = 0;

	OBJBASE_ENTER(sm, strm_class, This, "IStream::Seek");
	pthread_mutex_lock(&s->base.lock);
	switch (dwOrigin) {
	case STREAM_SEEK_SET:
		break;
	case STREAM_SEEK_CUR:
		base = s->pos;
		break;
	case STREAM_SEEK_END:
		ret = s->be->get_size(s->ctx, &base, &error);
		break;
	default:
		pthread_mutex_unlock(&s->base.lock);
		return objbase_fail(&s->base, STG_E_INVALIDFUNCTION,
				    "%s: Seek origin %u is unknown", s->name,
				    (unsigned int)dwOrigin);
	}
	if (ret == 0 && dlibMove.QuadPart < 0 &&
	    (uint64_t) - (dlibMove.QuadPart + 1) + 1 > base) {
		pthread_mutex_unlock(&s->base.lock);
		return objbase_fail(&s->base, STG_E_INVALIDFUNCTION,
				    "%s: Seek before the start", s->name);
	}
	if (ret == 0) {
		s->pos = base + (uint64_t)dlibMove.QuadPart;
		if (plibNewPosition != NULL)
			plibNewPosition->QuadPart = s->pos;
	}
	pthread_mutex_unlock(&s->base.lock);
	if (ret < 0)
		return sm_fail(s, ret, false, "Seek", error);
	return objbase_ok(&s->base);
}

static HRESULT STDMETHODCALLTYPE sm_SetSize(IStream *This,
					    ULARGE_INTEGER libNewSize)
{
	struct strm *s = sm_of(This);
	const char *error = NULL;
	int ret;

	OBJBASE_ENTER(sm, strm_class, This, "IStream::SetSize");
	if (!s->writable)
		return objbase_fail(&s->base, STG_E_ACCESSDENIED,
				    "%s is open for reading only", s->name);
	pthread_mutex_lock(&s->base.lock);
	ret = s->be->set_size(s->ctx, libNewSize.QuadPart, &error);
	pthread_mutex_unlock(&s->base.lock);
	if (ret < 0)
		return sm_fail(s, ret, true, "SetSize", error);
	return objbase_ok(&s->base);
}

HRESULT strm_copy(IStream *src, IStream *dst, uint64_t cb, uint64_t *read_r,
		  uint64_t *written_r)
{
	uint64_t total_r = 0, total_w = 0, left = cb;
	uint8_t *buf = alloc_malloc(COPY_CHUNK);
	HRESULT hr = buf != NULL ? S_OK : STG_E_INSUFFICIENTMEMORY;

	while (left > 0 && hr == S_OK) {
		ULONG want = left > COPY_CHUNK ? COPY_CHUNK : (ULONG)left;
		ULONG got = 0, put = 0;

		hr = src->lpVtbl->Read(src, buf, want, &got);
		if (hr != S_OK || got == 0)
			break;
		total_r += got;
		hr = dst->lpVtbl->Write(dst, buf, got, &put);
		total_w += put;
		left -= got;
	}
	alloc_free(buf);
	if (read_r != NULL)
		*read_r = total_r;
	if (written_r != NULL)
		*written_r = total_w;
	return hr;
}

int strm_read_all(IStream *src, size_t max, uint8_t **data_r, size_t *len_r,
		  const char **error_r)
{
	uint8_t *data = NULL, *p;
	size_t len = 0, cap = 0;
	HRESULT hr;

	*data_r = NULL;
	*len_r = 0;
	for (;;) {
		ULONG got = 0;

		if (cap - len < COPY_CHUNK) {
			if (cap > max) {
				alloc_free(data);
				return errmsg_set(error_r, -EFBIG,
						  "stream larger than %zu "
						  "bytes",
						  max);
			}
			cap = cap == 0 ? COPY_CHUNK * 2 : cap * 2;
			p = alloc_realloc(data, cap);
			if (p == NULL) {
				alloc_free(data);
				return errmsg_set(error_r, -ENOMEM,
						  "out of memory");
			}
			data = p;
		}
		hr = src->lpVtbl->Read(src, data + len, COPY_CHUNK, &got);
		if (FAILED(hr)) {
			alloc_free(data);
			return errmsg_set(error_r, -EIO,
					  "reading the stream failed (0x%08X)",
					  (unsigned int)hr);
		}
		if (got == 0)
			break;
		len += got;
	}
	if (len > max) {
		alloc_free(data);
		return errmsg_set(error_r, -EFBIG,
				  "stream larger than %zu bytes", max);
	}
	*data_r = data;
	*len_r = len;
	return 0;
}

static HRESULT STDMETHODCALLTYPE sm_CopyTo(IStream *This, IStream *pstm,
					   ULARGE_INTEGER cb,
					   ULARGE_INTEGER *pcbRead,
					   ULARGE_INTEGER *pcbWritten)
{
	struct strm *s = sm_of(This);
	uint64_t total_r = 0, total_w = 0;
	HRESULT hr;

	OBJBASE_ENTER(sm, strm_class, This, "IStream::CopyTo");
	if (pstm == NULL || pstm->lpVtbl == NULL)
		return objbase_fail(&s->base, STG_E_INVALIDPOINTER,
				    "%s: CopyTo without a destination",
				    s->name);
	hr = strm_copy(This, pstm, cb.QuadPart, &total_r, &total_w);
	if (pcbRead != NULL)
		pcbRead->QuadPart = total_r;
	if (pcbWritten != NULL)
		pcbWritten->QuadPart = total_w;
	if (hr == STG_E_INSUFFICIENTMEMORY)
		return objbase_fail(&s->base, hr, "%s: CopyTo: out of memory",
				    s->name);
	return hr;
}

static HRESULT STDMETHODCALLTYPE sm_Commit(IStream *This, DWORD grfCommitFlags)
{
	struct strm *s = sm_of(This);
	const char *error = NULL;
	int ret = 0;

	OBJBASE_ENTER(sm, strm_class, This, "IStream::Commit");
	if (grfCommitFlags & ~(DWORD)(STGC_OVERWRITE | STGC_ONLYIFCURRENT |
				      STGC_DANGEROUSLYCOMMITMERELYTODISKCACHE))
		return objbase_fail(&s->base, STG_E_INVALIDPARAMETER,
				    "%s: Commit: unknown flags 0x%X", s->name,
				    (unsigned int)grfCommitFlags);
	if (!s->writable || s->be->commit == NULL)
		return objbase_ok(&s->base);
	pthread_mutex_lock(&s->base.lock);
	ret = s->be->commit(s->ctx, &error);
	pthread_mutex_unlock(&s->base.lock);
	if (ret < 0)
		return sm_fail(s, ret, true, "Commit", error);
	return objbase_ok(&s->base);
}

static HRESULT STDMETHODCALLTYPE sm_Revert(IStream *This)
{
	OBJBASE_ENTER(sm, strm_class, This, "IStream::Revert");
	/* Not transacted: there is nothing to go back to. */
	return objbase_ok(sm_base(This));
}

static HRESULT STDMETHODCALLTYPE sm_LockRegion(IStream *This,
					       ULARGE_INTEGER libOffset,
					       ULARGE_INTEGER cb,
					       DWORD dwLockType)
{
	(void)libOffset;
	(void)cb;
	(void)dwLockType;
	OBJBASE_ENTER(sm, strm_class, This, "IStream::LockRegion");
	return objbase_fail(sm_base(This), STG_E_INVALIDFUNCTION,
			    "%s: region locks are not supported",
			    sm_of(This)->name);
}

static HRESULT STDMETHODCALLTYPE sm_UnlockRegion(IStream *This,
						 ULARGE_INTEGER libOffset,
						 ULARGE_INTEGER cb,
						 DWORD dwLockType)
{
	(void)libOffset;
	(void)cb;
	(void)dwLockType;
	OBJBASE_ENTER(sm, strm_class, This, "IStream::UnlockRegion");
	return objbase_fail(sm_base(This), STG_E_INVALIDFUNCTION,
			    "%s: region locks are not supported",
			    sm_of(This)->name);
}

/* Stat's name: UTF-16, in a buffer of the stream's allocator. */
static HRESULT stat_name(struct strm *s, LPOLESTR *name_r)
{
	WCHAR *w;
	size_t n;
	void *buf = NULL;

	*name_r = NULL;
	if (s->stat_name == NULL)
		return S_OK;
	w = ustr_from_utf8(s->stat_name);
	if (w == NULL)
		return STG_E_INSUFFICIENTMEMORY;
	n = (ustr_wlen(w) + 1) * sizeof(WCHAR);
	if (n > UINT32_MAX || FAILED(s->alloc((ULONG)n, &buf)) || buf == NULL) {
		alloc_free(w);
		return STG_E_INSUFFICIENTMEMORY;
	}
	memcpy(buf, w, n);
	alloc_free(w);
	*name_r = buf;
	return S_OK;
}

static HRESULT STDMETHODCALLTYPE sm_Stat(IStream *This, STATSTG *pstatstg,
					 DWORD grfStatFlag)
{
	struct strm *s = sm_of(This);
	const char *error = NULL;
	uint64_t size = 0;
	HRESULT hr;
	int ret;

	OBJBASE_ENTER(sm, strm_class, This, "IStream::Stat");
	if (pstatstg == NULL)
		return objbase_fail(&s->base, STG_E_INVALIDPOINTER,
				    "%s: Stat into NULL", s->name);
	if (grfStatFlag & ~(DWORD)(STATFLAG_NONAME | STATFLAG_NOOPEN))
		return objbase_fail(&s->base, STG_E_INVALIDFUNCTION,
				    "%s: Stat: unknown flags 0x%X", s->name,
				    (unsigned int)grfStatFlag);
	pthread_mutex_lock(&s->base.lock);
	ret = s->be->get_size(s->ctx, &size, &error);
	pthread_mutex_unlock(&s->base.lock);
	if (ret < 0)
		return sm_fail(s, ret, false, "Stat", error);
	memset(pstatstg, 0, sizeof(*pstatstg));
	if (!(grfStatFlag & STATFLAG_NONAME)) {
		hr = stat_name(s, &pstatstg->pwcsName);
		if (hr != S_OK)
			return objbase_fail(&s->base, hr,
					    "%s: Stat: out of memory", s->name);
	}
	pstatstg->type = STGTY_STREAM;
	pstatstg->cbSize.QuadPart = size;
	pstatstg->grfMode = s->writable ? STGM_READWRITE : STGM_READ;
	return objbase_ok(&s->base);
}

static HRESULT STDMETHODCALLTYPE sm_Clone(IStream *This, IStream **ppstm)
{
	if (ppstm != NULL)
		*ppstm = NULL;
	OBJBASE_ENTER(sm, strm_class, This, "IStream::Clone");
	return objbase_fail(sm_base(This), STG_E_INVALIDFUNCTION,
			    "%s: Clone is not supported; open it again",
			    sm_of(This)->name);
}

static const IStreamVtbl strm_vtbl = {
    sm_QueryInterface, sm_AddRef,       sm_Release, sm_Read,   sm_Write,
    sm_Seek,           sm_SetSize,      sm_CopyTo,  sm_Commit, sm_Revert,
    sm_LockRegion,     sm_UnlockRegion, sm_Stat,    sm_Clone,
};

HRESULT strm_new(const struct strm_backend *backend, void *ctx,
		 const struct strm_info *info, LPSTREAM *stream_r)
{
	struct strm *s;

	*stream_r = NULL;
	s = alloc_calloc(1, sizeof(*s));
	if (s == NULL)
		return MAPI_E_NOT_ENOUGH_MEMORY;
	if (info->stat_name != NULL) {
		s->stat_name = alloc_strdup(info->stat_name);
		if (s->stat_name == NULL) {
			alloc_free(s);
			return MAPI_E_NOT_ENOUGH_MEMORY;
		}
	}
	s->iface.lpVtbl = &strm_vtbl;
	objbase_init(&s->base, STRM_MAGIC);
	s->be = backend;
	s->ctx = ctx;
	s->writable = info->writable;
	s->name = info->name;
	s->alloc = info->alloc != NULL ? info->alloc : MAPIAllocateBuffer;
	*stream_r = &s->iface;
	return S_OK;
}
