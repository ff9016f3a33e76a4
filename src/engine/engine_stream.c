/*
 * engine_stream.c - streams over one property of an open message or
 * attachment.
 *
 * A stream edits one property of an open object, so what it writes
 * belongs to the object's edit transaction.  Small values are kept in
 * memory and become the property's value on commit.  Larger ones (top-
 * level messages and their attachments) spill into a new lob chunk by
 * chunk, each chunk written in a transaction of its own and invisible
 * until the object is saved (an unsaved lob is deleted with the handle,
 * or collected by a later open after a crash).  Reading a value stored as
 * a lob goes through the backend's incremental reader: it is never loaded
 * whole.
 */
#include "engine_int.h"

#include <errno.h>
#include <string.h>

#include <mapix.h>
#include <mapiutil.h>

#include "alloc.h"

struct engine_stream {
	struct engine_mailbox *mb;
	struct engine_message *msg;  /* owns fresh lobs */
	struct pbag *bag;            /* the object's inline values */
	struct engine_msgdata *lobs; /* its lob references; NULL: none */
	uint32_t num;
	ULONG tag;
	bool write, committed;
	struct eb_lob *reader; /* reading a lob */
	uint64_t size;         /* its size */
	struct pbuf buf;       /* inline data, or what is not flushed yet */
	uint64_t pos;
	bool have_lob;
	int64_t lob;
	uint32_t seq;
	uint64_t flushed; /* bytes already in chunks */
};

static int stream_open(struct engine_message *msg, struct pbag *bag,
		       struct engine_msgdata *lobs, uint32_t num, bool writable,
		       ULONG tag, unsigned int flags,
		       struct engine_stream **s_r)
{
	struct engine_mailbox *mb = msg->mb;
	ULONG type = PROP_TYPE(tag);
	const struct engine_lobref *r = NULL;
	struct engine_stream *s;
	const SPropValue *v;
	int ret;

	if (s_r == NULL || (flags & ~ENGINE_STREAM_WRITE) ||
	    (type != PT_BINARY && type != PT_UNICODE && type != PT_STRING8))
		return -EINVAL;
	if ((flags & ENGINE_STREAM_WRITE) && !writable)
		return engine_fail(mb, -EACCES, "the object is read-only");
	v = pbag_find(bag, PROP_ID(tag));
	if (lobs)
		r = lobref_find(lobs, num, PROP_ID(tag));
	if (!(flags & ENGINE_STREAM_WRITE) && v == NULL && r == NULL)
		return engine_fail(mb, -ENOENT, "no such property");
	s = alloc_calloc(1, sizeof(*s));
	if (s == NULL)
		return -ENOMEM;
	s->mb = mb;
	s->msg = msg;
	s->bag = bag;
	s->lobs = lobs;
	s->num = num;
	s->tag = type == PT_STRING8 ? CHANGE_PROP_TYPE(tag, PT_UNICODE) : tag;
	s->write = (flags & ENGINE_STREAM_WRITE) != 0;
	if (!s->write && r != NULL) {
		ret = ebk_lob_open(mb, r->lob, &s->reader);
		if (ret < 0) {
			alloc_free(s);
			return engine_fail(mb, ret, "cannot read the value");
		}
		s->size = r->size;
	} else if (!s->write) {
		const void *p;
		size_t n;

		/* The bytes of the value as a stream gives them. */
		engine_value_bytes(v, &p, &n);
		if (PROP_TYPE(v->ulPropTag) == PT_STRING8 &&
		    PROP_TYPE(tag) == PT_UNICODE)
			n = 0; /* stored values are never 8-bit strings */
		pbuf_append(&s->buf, p, n);
		if (s->buf.failed) {
			pbuf_free(&s->buf);
			alloc_free(s);
			return -ENOMEM;
		}
		s->size = s->buf.len;
	}
	mb->open_objects++;
	*s_r = s;
	return 0;
}

int engine_stream_open_message(struct engine_message *msg, ULONG tag,
			       unsigned int flags,
			       struct engine_stream **stream_r)
{
	if (msg == NULL)
		return -EINVAL;
	return stream_open(msg, &msg->data.props,
			   msg->parent ? NULL : &msg->data, EB_LOB_MESSAGE,
			   msg->writable && !msg->finished, tag, flags,
			   stream_r);
}

int engine_stream_open_attach(struct engine_attach *att, ULONG tag,
			      unsigned int flags,
			      struct engine_stream **stream_r)
{
	if (att == NULL)
		return -EINVAL;
	return stream_open(att->msg, &att->props,
			   att->msg->parent ? NULL : &att->lobs, att->num,
			   att->writable, tag, flags, stream_r);
}

int engine_stream_read(struct engine_stream *s, void *buf, size_t len,
		       size_t *done_r)
{
	size_t n;
	int ret;

	if (s == NULL || done_r == NULL || (len && buf == NULL))
		return -EINVAL;
	if (s->reader) {
		ret = ebk_lob_read(s->mb, s->reader, s->pos, buf, len, done_r);
		if (ret < 0)
			return engine_fail(s->mb, ret, "cannot read the value");
		s->pos += *done_r;
		return 0;
	}
	if (s->write && s->have_lob)
		return -ENOTSUP; /* its beginning is in chunks already */
	n = s->pos >= s->buf.len ? 0 : s->buf.len - (size_t)s->pos;
	if (n > len)
		n = len;
	if (n)
		memcpy(buf, s->buf.data + s->pos, n);
	s->pos += n;
	*done_r = n;
	return 0;
}

/* Writes the first n buffered bytes as the lob's next chunk, in a
 * transaction of its own. */
static int stream_flush(struct engine_stream *s, size_t n)
{
	struct engine_mailbox *mb = s->mb;
	int ret;

	ret = ebk_begin(mb, true, NULL);
	if (ret == 0 && !s->have_lob) {
		ret = ebk_lob_new(mb, engine_now(), &s->lob);
		if (ret == 0) {
			ret = engine_msg_fresh_add(s->msg, s->lob);
			s->have_lob = ret == 0;
		}
	}
	if (ret == 0)
		ret = ebk_lob_append(mb, s->lob, s->seq, s->buf.data, n);
	if (ret == 0)
		ret = ebk_commit(mb, NULL);
	else
		ebk_rollback(mb);
	if (ret < 0)
		return engine_fail(mb, ret, "cannot write the stream");
	s->seq++;
	s->flushed += n;
	memmove(s->buf.data, s->buf.data + n, s->buf.len - n);
	s->buf.len -= n;
	return 0;
}

int engine_stream_write(struct engine_stream *s, const void *buf, size_t len)
{
	size_t at, over;
	int ret;

	if (s == NULL || (len && buf == NULL))
		return -EINVAL;
	if (!s->write || s->committed)
		return -EACCES;
	if (s->pos < s->flushed)
		return -ENOTSUP; /* rewriting written chunks */
	if (s->lobs == NULL && s->pos + len > 0x7FFFFFF0u)
		return -EDQUOT;
	at = (size_t)(s->pos - s->flushed);
	while (s->buf.len < at && !s->buf.failed) {
		static const uint8_t zero[64];
		size_t gap = at - s->buf.len;

		pbuf_append(&s->buf, zero, gap > 64 ? 64 : gap);
	}
	over = s->buf.len - at < len ? s->buf.len - at : len;
	if (over)
		memcpy(s->buf.data + at, buf, over);
	pbuf_append(&s->buf, (const uint8_t *)buf + over, len - over);
	if (s->buf.failed)
		return -ENOMEM;
	s->pos += len;
	while (s->lobs != NULL && s->buf.len >= ENGINE_LOB_CHUNK &&
	       s->pos - s->flushed >= ENGINE_LOB_CHUNK) {
		ret = stream_flush(s, ENGINE_LOB_CHUNK);
		if (ret < 0)
			return ret;
	}
	return 0;
}

int engine_stream_seek(struct engine_stream *s, uint64_t offset)
{
	if (s == NULL || (s->lobs == NULL && offset > 0x7FFFFFF0u))
		return -EINVAL;
	s->pos = offset;
	return 0;
}

uint64_t engine_stream_size(const struct engine_stream *s)
{
	if (s == NULL)
		return 0;
	if (!s->write)
		return s->size;
	return s->flushed + s->buf.len;
}

int engine_stream_commit(struct engine_stream *s)
{
	SPropValue pv = {.ulPropTag = 0};
	WCHAR *w = NULL;
	int ret;

	if (s == NULL)
		return -EINVAL;
	if (!s->write || s->committed)
		return 0;
	if (s->have_lob) {
		if (s->buf.len) {
			ret = stream_flush(s, s->buf.len);
			if (ret < 0)
				return ret;
		}
		ret = lobref_put(s->lobs, s->num, s->tag, s->lob, s->flushed);
		if (ret < 0)
			return ret;
		pbag_delete(s->bag, PROP_ID(s->tag));
		s->committed = true;
		return 0;
	}
	pv.ulPropTag = s->tag;
	if (PROP_TYPE(s->tag) == PT_BINARY) {
		pv.Value.bin.cb = (ULONG)s->buf.len;
		pv.Value.bin.lpb = s->buf.data;
	} else {
		size_t n = s->buf.len / sizeof(WCHAR);

		w = alloc_malloc((n + 1) * sizeof(WCHAR));
		if (w == NULL)
			return -ENOMEM;
		if (n)
			memcpy(w, s->buf.data, n * sizeof(WCHAR));
		w[n] = 0;
		pv.Value.lpszW = w;
	}
	ret = pbag_set(s->bag, &pv);
	alloc_free(w);
	if (ret == 0 && s->lobs)
		lobref_forget(s->lobs, s->num, PROP_ID(s->tag));
	return ret;
}

void engine_stream_close(struct engine_stream *s)
{
	if (s == NULL)
		return;
	if (s->reader)
		ebk_lob_close(s->mb, s->reader);
	pbuf_free(&s->buf);
	s->mb->open_objects--;
	alloc_free(s);
}
