/*
 * engine_sqlite_query.c - the queries of tables in the "sqlite" backend:
 * a restriction (struct eb_expr over index columns) and sort order become
 * one SELECT with bound parameters, read by LIMIT/OFFSET, or a count.
 *
 * Text columns compare with the collation MAPIX_CI and content
 * restrictions call mapix_match() (engine_sqlite.c), so what SQL filters
 * and sorts is what core's in-memory table would.  Every leaf is 0 or 1,
 * never NULL: a missing value is false, as in core.
 */
#include "engine_sqlite_int.h"

#include <errno.h>
#include <stdio.h>
#include <string.h>

#include "alloc.h"
#include "str.h"

/* Building the WHERE and ORDER BY of a query. */
struct qbuild {
	struct str sql;
	bool failed; /* an append failed: qb_prepare() says so */
	const struct eb_val *params[256];
	bool param_text[256];
	int64_t iparams[256];
	bool is_iparam[256];
	unsigned int np;
};

static void qb_add(struct qbuild *q, const char *s)
{
	if (!q->failed && str_append(&q->sql, s) < 0)
		q->failed = true;
}

static int qb_param(struct qbuild *q, const struct eb_val *v, bool text)
{
	if (q->np == 256)
		return -E2BIG;
	q->params[q->np] = v;
	q->param_text[q->np] = text;
	q->is_iparam[q->np] = false;
	q->np++;
	qb_add(q, "?");
	return 0;
}

static int qb_iparam(struct qbuild *q, int64_t v)
{
	if (q->np == 256)
		return -E2BIG;
	q->iparams[q->np] = v;
	q->is_iparam[q->np] = true;
	q->np++;
	qb_add(q, "?");
	return 0;
}

static int qb_expr(struct qbuild *q, const struct eb_expr *x, int depth)
{
	static const char *const ops[] = {"<", "<=", ">", ">=", "=", "<>"};
	const char *col;
	unsigned int i;
	int ret = 0;

	if (depth > 64)
		return -E2BIG;
	switch (x->kind) {
	case EB_X_AND:
	case EB_X_OR:
		if (x->n == 0) {
			qb_add(q, x->kind == EB_X_AND ? "1" : "0");
			return 0;
		}
		qb_add(q, "(");
		for (i = 0; i < x->n && ret == 0; i++) {
			if (i)
				qb_add(q,
				       x->kind == EB_X_AND ? " AND " : " OR ");
			ret = qb_expr(q, x->sub[i], depth + 1);
		}
		qb_add(q, ")");
		return ret;
	case EB_X_NOT:
		if (x->n != 1)
			return -EINVAL;
		qb_add(q, "(NOT ");
		ret = qb_expr(q, x->sub[0], depth + 1);
		qb_add(q, ")");
		return ret;
	default:
		break;
	}
	if ((unsigned int)x->col >= EB_COL_COUNT)
		return -EINVAL;
	col = esq_col_names[x->col];
	/* Every leaf is 0 or 1, never NULL: a missing value is false. */
	qb_add(q, "(");
	qb_add(q, col);
	qb_add(q, " IS NOT NULL");
	switch (x->kind) {
	case EB_X_CMP:
		if (x->relop > RELOP_NE)
			return -EINVAL;
		qb_add(q, " AND ");
		qb_add(q, col);
		qb_add(q, " ");
		qb_add(q, ops[x->relop]);
		qb_add(q, " ");
		ret = qb_param(q, &x->val, esq_col_text[x->col]);
		break;
	case EB_X_MATCH:
		if (!esq_col_text[x->col])
			return -EINVAL;
		qb_add(q, " AND mapix_match(");
		qb_add(q, col);
		qb_add(q, ", ");
		ret = qb_param(q, &x->val, true);
		qb_add(q, ", ");
		if (ret == 0)
			ret = qb_iparam(q, (int64_t)x->fuzzy);
		qb_add(q, ")");
		break;
	case EB_X_EXISTS:
		break;
	case EB_X_BITMASK:
		qb_add(q, " AND (");
		qb_add(q, col);
		qb_add(q, " & ");
		ret = qb_iparam(q, x->val.i);
		qb_add(q, x->eqz ? ") = 0" : ") <> 0");
		break;
	default:
		return -EINVAL;
	}
	qb_add(q, ")");
	return ret;
}

static int qb_query(struct qbuild *q, const struct eb_query *query, bool count)
{
	unsigned int i;
	int ret = 0;

	qb_add(q, count ? "SELECT count(*) FROM messages"
			: (query->with_props
			       ? "SELECT " MSG_COLUMNS ", props FROM messages"
			       : "SELECT " MSG_COLUMNS " FROM messages"));
	qb_add(q, " WHERE fid = ");
	ret = qb_iparam(q, (int64_t)query->fid);
	qb_add(q, query->assoc ? " AND assoc = 1" : " AND assoc = 0");
	if (ret == 0 && query->where) {
		qb_add(q, " AND ");
		ret = qb_expr(q, query->where, 0);
	}
	if (ret < 0 || count)
		return ret;
	qb_add(q, " ORDER BY ");
	for (i = 0; i < query->nsort && i < 8; i++) {
		if ((unsigned int)query->sort[i].col >= EB_COL_COUNT)
			return -EINVAL;
		qb_add(q, esq_col_names[query->sort[i].col]);
		qb_add(q, query->sort[i].desc ? " DESC NULLS LAST, "
					      : " ASC NULLS LAST, ");
	}
	qb_add(q, "mid");
	if (query->limit || query->offset) {
		if (!q->failed &&
		    str_printfa(&q->sql, " LIMIT %lld OFFSET %lld",
				query->limit ? (long long)query->limit : -1LL,
				(long long)query->offset) < 0)
			q->failed = true;
	}
	return 0;
}

static int qb_prepare(struct eb_db *d, struct qbuild *q, sqlite3_stmt **s_r)
{
	unsigned int i;
	int rc;

	if (q->failed)
		return -ENOMEM;
	rc = sqlite3_prepare_v2(d->db, str_c(&q->sql), -1, s_r, NULL);
	if (rc != SQLITE_OK)
		return esq_err(d, rc, NULL);
	for (i = 0; i < q->np; i++) {
		if (q->is_iparam[i])
			sqlite3_bind_int64(*s_r, (int)i + 1, q->iparams[i]);
		else
			esq_bind_val(*s_r, (int)i + 1, q->params[i],
				     q->param_text[i]);
	}
	return 0;
}

int esq_msg_query(struct eb_db *d, const struct eb_query *query,
		  eb_message_fn *fn, void *ctx)
{
	struct qbuild q = {0};
	struct eb_message m;
	sqlite3_stmt *s = NULL;
	int rc, ret;

	ret = qb_query(&q, query, false);
	if (ret == 0)
		ret = qb_prepare(d, &q, &s);
	str_free(&q.sql);
	if (ret < 0)
		return ret;
	while ((rc = sqlite3_step(s)) == SQLITE_ROW) {
		esq_read_msg(s, &m, query->with_props);
		ret = fn(ctx, &m);
		if (ret != 0)
			break;
	}
	if (ret == 0 && rc != SQLITE_DONE)
		ret = esq_err(d, rc, NULL);
	sqlite3_finalize(s);
	return ret;
}

int esq_msg_count(struct eb_db *d, const struct eb_query *query,
		  uint64_t *count_r)
{
	struct qbuild q = {0};
	sqlite3_stmt *s = NULL;
	int64_t v = 0;
	int rc, ret;

	ret = qb_query(&q, query, true);
	if (ret == 0)
		ret = qb_prepare(d, &q, &s);
	str_free(&q.sql);
	if (ret < 0)
		return ret;
	rc = sqlite3_step(s);
	if (rc == SQLITE_ROW)
		v = sqlite3_column_int64(s, 0);
	else
		ret = esq_err(d, rc, NULL);
	sqlite3_finalize(s);
	*count_r = (uint64_t)v;
	return ret;
}
