/*
 * engine_sqlite_lob.c - large values in the "sqlite" backend: lobs rows
 * (owner message, attachment number, tag, size) and their bytes in
 * lob_chunks rows, read incrementally with sqlite3_blob.
 *
 * A lob's owner_mid is NULL while it is written, the message's mid once
 * attached, and -mid while its message is rewritten (detach; what is not
 * attached again is dropped).
 */
#include "engine_sqlite_int.h"

#include <errno.h>
#include <string.h>

#include "alloc.h"

struct eb_lob {
	struct eb_db *d;
	/* The chunks: rowid and size each, in order. */
	int64_t *rowid;
	uint64_t *start;
	unsigned int n;
	uint64_t size;
	sqlite3_blob *blob; /* open on chunk cur */
	unsigned int cur;
};

static int one_stmt(struct eb_db *d, enum stmt_id id, int64_t a, int64_t b)
{
	sqlite3_stmt *s = esq_stmt(d, id);

	if (s == NULL)
		return esq_err(d, sqlite3_errcode(d->db), NULL);
	sqlite3_bind_int64(s, 1, a);
	sqlite3_bind_int64(s, 2, b);
	return esq_run(d, s);
}

int esq_lob_new(struct eb_db *d, int64_t now, int64_t *lob_r)
{
	int ret = one_stmt(d, S_LOB_NEW, now, 0);

	if (ret == 0)
		*lob_r = sqlite3_last_insert_rowid(d->db);
	return ret;
}

int esq_lob_append(struct eb_db *d, int64_t lob, uint32_t seq, const void *data,
		   size_t len)
{
	sqlite3_stmt *s = esq_stmt(d, S_LOB_APPEND);

	if (s == NULL)
		return esq_err(d, sqlite3_errcode(d->db), NULL);
	sqlite3_bind_int64(s, 1, lob);
	sqlite3_bind_int64(s, 2, seq);
	esq_bind_blob(s, 3, data, len);
	return esq_run(d, s);
}

int esq_lob_attach(struct eb_db *d, int64_t lob, uint64_t mid, uint32_t num,
		   ULONG tag, uint64_t size)
{
	sqlite3_stmt *s = esq_stmt(d, S_LOB_ATTACH);

	if (s == NULL)
		return esq_err(d, sqlite3_errcode(d->db), NULL);
	sqlite3_bind_int64(s, 1, lob);
	sqlite3_bind_int64(s, 2, (int64_t)mid);
	sqlite3_bind_int64(s, 3, num);
	sqlite3_bind_int64(s, 4, tag);
	sqlite3_bind_int64(s, 5, (int64_t)size);
	return esq_run(d, s);
}

int esq_lob_detach(struct eb_db *d, uint64_t mid)
{
	return one_stmt(d, S_LOB_DETACH, (int64_t)mid, 0);
}

int esq_lob_drop_detached(struct eb_db *d, uint64_t mid)
{
	int ret = one_stmt(d, S_LOB_DROP_CHUNKS, (int64_t)mid, 0);

	return ret ? ret : one_stmt(d, S_LOB_DROP, (int64_t)mid, 0);
}

int esq_lob_delete(struct eb_db *d, int64_t lob)
{
	int ret = one_stmt(d, S_LOB_DEL_CHUNKS, lob, 0);

	return ret ? ret : one_stmt(d, S_LOB_DEL, lob, 0);
}

int esq_lob_copy(struct eb_db *d, int64_t lob, int64_t now, int64_t *copy_r)
{
	int64_t copy;
	int ret = one_stmt(d, S_LOB_COPY, lob, now);

	if (ret < 0)
		return ret;
	if (sqlite3_changes(d->db) != 1)
		return -ENOENT;
	copy = sqlite3_last_insert_rowid(d->db);
	ret = one_stmt(d, S_LOB_COPY_CHUNKS, lob, copy);
	if (ret == 0)
		*copy_r = copy;
	return ret;
}

int esq_lob_list(struct eb_db *d, uint64_t mid, eb_lob_fn *fn, void *ctx)
{
	sqlite3_stmt *s;
	int rc, ret = 0;

	if (sqlite3_prepare_v2(d->db, esq_stmt_sql[S_LOB_LIST], -1, &s, NULL) !=
	    SQLITE_OK)
		return esq_err(d, sqlite3_errcode(d->db), NULL);
	sqlite3_bind_int64(s, 1, (int64_t)mid);
	while ((rc = sqlite3_step(s)) == SQLITE_ROW) {
		ret = fn(ctx, sqlite3_column_int64(s, 0),
			 (uint32_t)sqlite3_column_int64(s, 1),
			 (ULONG)sqlite3_column_int64(s, 2),
			 (uint64_t)sqlite3_column_int64(s, 3));
		if (ret != 0)
			break;
	}
	if (ret == 0 && rc != SQLITE_DONE)
		ret = esq_err(d, rc, NULL);
	sqlite3_finalize(s);
	return ret;
}

int esq_lob_gc(struct eb_db *d, int64_t before)
{
	int ret = one_stmt(d, S_LOB_GC_CHUNKS, before, 0);

	return ret ? ret : one_stmt(d, S_LOB_GC, before, 0);
}

void esq_lob_close(struct eb_lob *r)
{
	if (r == NULL)
		return;
	if (r->blob)
		sqlite3_blob_close(r->blob);
	alloc_free(r->rowid);
	alloc_free(r->start);
	alloc_free(r);
}

int esq_lob_open(struct eb_db *d, int64_t lob, struct eb_lob **r_r)
{
	struct eb_lob *r = alloc_calloc(1, sizeof(*r));
	sqlite3_stmt *s;
	unsigned int cap = 0;
	int rc, ret = 0;

	if (r == NULL)
		return -ENOMEM;
	r->d = d;
	if (sqlite3_prepare_v2(d->db,
			       "SELECT rowid, length(data) FROM lob_chunks "
			       "WHERE lob = ?1 ORDER BY seq",
			       -1, &s, NULL) != SQLITE_OK) {
		alloc_free(r);
		return esq_err(d, sqlite3_errcode(d->db), NULL);
	}
	sqlite3_bind_int64(s, 1, lob);
	while ((rc = sqlite3_step(s)) == SQLITE_ROW) {
		if (r->n == cap) {
			unsigned int nc = cap ? cap * 2 : 8;
			int64_t *nr = alloc_realloc(r->rowid, nc * sizeof(*nr));
			uint64_t *ns;

			if (nr == NULL) {
				ret = -ENOMEM;
				break;
			}
			r->rowid = nr;
			ns = alloc_realloc(r->start, nc * sizeof(*ns));
			if (ns == NULL) {
				ret = -ENOMEM;
				break;
			}
			r->start = ns;
			cap = nc;
		}
		r->rowid[r->n] = sqlite3_column_int64(s, 0);
		r->start[r->n] = r->size;
		r->size += (uint64_t)sqlite3_column_int64(s, 1);
		r->n++;
	}
	if (ret == 0 && rc != SQLITE_DONE)
		ret = esq_err(d, rc, NULL);
	sqlite3_finalize(s);
	if (ret < 0) {
		esq_lob_close(r);
		return ret;
	}
	*r_r = r;
	return 0;
}

int esq_lob_read(struct eb_lob *r, uint64_t offset, void *buf, size_t len,
		 size_t *done_r)
{
	size_t done = 0;
	int rc;

	while (done < len && offset < r->size) {
		unsigned int c = r->cur;
		uint64_t end;
		size_t n;

		/* The chunk holding offset (readers mostly go forward). */
		if (c >= r->n || offset < r->start[c] ||
		    (c + 1 < r->n && offset >= r->start[c + 1])) {
			for (c = 0; c + 1 < r->n && r->start[c + 1] <= offset;
			     c++)
				;
		}
		if (r->blob == NULL || c != r->cur) {
			rc = r->blob
				 ? sqlite3_blob_reopen(r->blob, r->rowid[c])
				 : sqlite3_blob_open(r->d->db, "main",
						     "lob_chunks", "data",
						     r->rowid[c], 0, &r->blob);
			if (rc != SQLITE_OK)
				return rc == SQLITE_ABORT
					   ? -ESTALE
					   : esq_err(r->d, rc, NULL);
			r->cur = c;
		}
		end = c + 1 < r->n ? r->start[c + 1] : r->size;
		n = (size_t)(end - offset) < len - done ? (size_t)(end - offset)
							: len - done;
		rc = sqlite3_blob_read(r->blob, (char *)buf + done, (int)n,
				       (int)(offset - r->start[c]));
		if (rc != SQLITE_OK)
			return rc == SQLITE_ABORT ? -ESTALE
						  : esq_err(r->d, rc, NULL);
		done += n;
		offset += n;
	}
	*done_r = done;
	return 0;
}
