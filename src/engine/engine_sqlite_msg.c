/*
 * engine_sqlite_msg.c - the "sqlite" backend's messages (top level and
 * embedded) with their index columns, and their recipient and attachment
 * rows.  Deleting a message deletes its lobs and, through the foreign
 * keys, its recipients, attachments and embedded messages.
 */
#include "engine_sqlite_int.h"

#include <errno.h>
#include <string.h>

const char *const esq_col_names[EB_COL_COUNT] = {
    "dtime", "subject", "nsubject", "sender",
    "class", "flags",   "size",     "importance"};

const bool esq_col_text[EB_COL_COUNT] = {false, true,  true,  true,
					 true,  false, false, false};

/* ---------------------------------------------------------------------------
 * Messages
 */

void esq_bind_val(sqlite3_stmt *s, int i, const struct eb_val *v, bool text)
{
	if (!v->present)
		sqlite3_bind_null(s, i);
	else if (text)
		sqlite3_bind_text(s, i, v->s, (int)v->slen, SQLITE_STATIC);
	else
		sqlite3_bind_int64(s, i, v->i);
}

int esq_msg_put(struct eb_db *d, const struct eb_message *m)
{
	sqlite3_stmt *s = esq_stmt(d, S_MSG_PUT);
	int c;

	if (s == NULL)
		return esq_err(d, sqlite3_errcode(d->db), NULL);
	sqlite3_bind_int64(s, 1, (int64_t)m->mid);
	if (m->fid)
		sqlite3_bind_int64(s, 2, (int64_t)m->fid);
	if (m->parent_mid) {
		sqlite3_bind_int64(s, 3, (int64_t)m->parent_mid);
		sqlite3_bind_int64(s, 4, m->parent_num);
	}
	sqlite3_bind_int(s, 5, m->assoc);
	sqlite3_bind_int64(s, 6, (int64_t)m->change_num);
	sqlite3_bind_int64(s, 7, m->ctime);
	sqlite3_bind_int64(s, 8, m->mtime);
	esq_bind_text(s, 9, m->creator);
	for (c = 0; c < EB_COL_COUNT; c++)
		esq_bind_val(s, 10 + c, &m->col[c], esq_col_text[c]);
	esq_bind_blob(s, 18, m->props, m->props_len);
	return esq_run(d, s);
}

/* Columns 0..16 as MSG_COLUMNS, props at 17 when with_props. */
void esq_read_msg(sqlite3_stmt *s, struct eb_message *m, bool with_props)
{
	int c;

	memset(m, 0, sizeof(*m));
	m->mid = (uint64_t)sqlite3_column_int64(s, 0);
	m->fid = (uint64_t)sqlite3_column_int64(s, 1);
	m->parent_mid = (uint64_t)sqlite3_column_int64(s, 2);
	m->parent_num = (uint32_t)sqlite3_column_int64(s, 3);
	m->assoc = sqlite3_column_int(s, 4) != 0;
	m->change_num = (uint64_t)sqlite3_column_int64(s, 5);
	m->ctime = sqlite3_column_int64(s, 6);
	m->mtime = sqlite3_column_int64(s, 7);
	m->creator = (const char *)sqlite3_column_text(s, 8);
	for (c = 0; c < EB_COL_COUNT; c++) {
		struct eb_val *v = &m->col[c];

		if (sqlite3_column_type(s, 9 + c) == SQLITE_NULL)
			continue;
		v->present = true;
		if (esq_col_text[c]) {
			v->s = (const char *)sqlite3_column_text(s, 9 + c);
			v->slen = (size_t)sqlite3_column_bytes(s, 9 + c);
		} else {
			v->i = sqlite3_column_int64(s, 9 + c);
		}
	}
	if (with_props) {
		m->props = sqlite3_column_blob(s, 17);
		m->props_len = (size_t)sqlite3_column_bytes(s, 17);
	}
}

/* One message row: with its property blob (msg_get) or without it
 * (msg_head). */
static int msg_row(struct eb_db *d, uint64_t mid, bool with_props,
		   eb_message_fn *fn, void *ctx)
{
	sqlite3_stmt *s = esq_stmt(d, with_props ? S_MSG_GET : S_MSG_HEAD);
	struct eb_message m;
	int rc, ret;

	if (s == NULL)
		return esq_err(d, sqlite3_errcode(d->db), NULL);
	sqlite3_bind_int64(s, 1, (int64_t)mid);
	rc = sqlite3_step(s);
	if (rc == SQLITE_ROW) {
		esq_read_msg(s, &m, with_props);
		ret = fn(ctx, &m);
	} else if (rc == SQLITE_DONE) {
		ret = -ENOENT;
	} else {
		ret = esq_err(d, rc, NULL);
	}
	sqlite3_reset(s);
	return ret;
}

int esq_msg_get(struct eb_db *d, uint64_t mid, eb_message_fn *fn, void *ctx)
{
	return msg_row(d, mid, true, fn, ctx);
}

int esq_msg_head(struct eb_db *d, uint64_t mid, eb_message_fn *fn, void *ctx)
{
	return msg_row(d, mid, false, fn, ctx);
}

int esq_msg_delete(struct eb_db *d, uint64_t mid)
{
	static const enum stmt_id ids[] = {S_MSG_DEL_LOB_CHUNKS, S_MSG_DEL_LOBS,
					   S_MSG_DELETE};
	unsigned int i;
	int ret = 0;

	for (i = 0; i < 3 && ret == 0; i++) {
		sqlite3_stmt *s = esq_stmt(d, ids[i]);

		if (s == NULL)
			return esq_err(d, sqlite3_errcode(d->db), NULL);
		sqlite3_bind_int64(s, 1, (int64_t)mid);
		ret = esq_run(d, s);
	}
	return ret;
}

int esq_msg_embedded(struct eb_db *d, uint64_t parent_mid, uint32_t num,
		     uint64_t *mid_r)
{
	sqlite3_stmt *s = esq_stmt(d, S_MSG_EMBEDDED);
	int64_t v = 0;
	int ret;

	if (s == NULL)
		return esq_err(d, sqlite3_errcode(d->db), NULL);
	sqlite3_bind_int64(s, 1, (int64_t)parent_mid);
	sqlite3_bind_int64(s, 2, num);
	ret = esq_one_int(d, s, &v);
	if (ret == 0)
		*mid_r = (uint64_t)v;
	return ret;
}

int esq_msg_set_flags(struct eb_db *d, uint64_t mid, int64_t set, int64_t clear,
		      uint64_t change_num)
{
	sqlite3_stmt *s = esq_stmt(d, S_MSG_FLAGS);

	if (s == NULL)
		return esq_err(d, sqlite3_errcode(d->db), NULL);
	sqlite3_bind_int64(s, 1, (int64_t)mid);
	sqlite3_bind_int64(s, 2, set);
	sqlite3_bind_int64(s, 3, clear);
	sqlite3_bind_int64(s, 4, (int64_t)change_num);
	return esq_run(d, s);
}

int esq_msg_total_size(struct eb_db *d, uint64_t *size_r)
{
	sqlite3_stmt *s = esq_stmt(d, S_MSG_TOTAL);
	int64_t v = 0;
	int ret;

	if (s == NULL)
		return esq_err(d, sqlite3_errcode(d->db), NULL);
	ret = esq_one_int(d, s, &v);
	*size_r = (uint64_t)v;
	return ret;
}

/* ---------------------------------------------------------------------------
 * Recipients and attachments
 */

int esq_sub_put(struct eb_db *d, enum eb_sub_kind kind, uint64_t mid,
		unsigned int count, const struct eb_sub *rows)
{
	sqlite3_stmt *s;
	unsigned int i;
	int ret;

	s = esq_stmt(d, kind == EB_SUB_RECIPIENT ? S_RCPT_DEL : S_ATT_DEL);
	if (s == NULL)
		return esq_err(d, sqlite3_errcode(d->db), NULL);
	sqlite3_bind_int64(s, 1, (int64_t)mid);
	ret = esq_run(d, s);
	for (i = 0; i < count && ret == 0; i++) {
		s = esq_stmt(d,
			     kind == EB_SUB_RECIPIENT ? S_RCPT_PUT : S_ATT_PUT);
		if (s == NULL)
			return esq_err(d, sqlite3_errcode(d->db), NULL);
		sqlite3_bind_int64(s, 1, (int64_t)mid);
		sqlite3_bind_int64(s, 2, rows[i].num);
		esq_bind_blob(s, 3, rows[i].props, rows[i].props_len);
		ret = esq_run(d, s);
	}
	return ret;
}

int esq_sub_list(struct eb_db *d, enum eb_sub_kind kind, uint64_t mid,
		 eb_sub_fn *fn, void *ctx)
{
	sqlite3_stmt *s;
	struct eb_sub row;
	int rc, ret = 0;

	s = esq_stmt(d, kind == EB_SUB_RECIPIENT ? S_RCPT_LIST : S_ATT_LIST);
	if (s == NULL)
		return esq_err(d, sqlite3_errcode(d->db), NULL);
	sqlite3_bind_int64(s, 1, (int64_t)mid);
	while ((rc = sqlite3_step(s)) == SQLITE_ROW) {
		row.num = (uint32_t)sqlite3_column_int64(s, 0);
		row.props = sqlite3_column_blob(s, 1);
		row.props_len = (size_t)sqlite3_column_bytes(s, 1);
		ret = fn(ctx, &row);
		if (ret != 0)
			break;
	}
	if (ret == 0 && rc != SQLITE_DONE)
		ret = esq_err(d, rc, NULL);
	sqlite3_reset(s);
	return ret;
}
