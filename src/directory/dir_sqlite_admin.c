/*
 * dir_sqlite_admin.c - the write methods of the "sqlite" directory backend
 * (its struct directory_backend_admin): adding, deleting and changing
 * principals in directory.db.  See dir_sqlite.c for the file and its
 * schema.
 *
 * Every method runs in one IMMEDIATE transaction, and every one that
 * succeeds bumps the directory's change counter (meta 'generation') in it
 * and stamps the principal it changed with the new value; a delete bumps
 * it too.  So the counter, and with it directory_generation(), moves with
 * every committed change, whichever process made it, and a principal's
 * generation is never given again.
 */
#include "dir_sqlite.h"

#include <errno.h>
#include <time.h>

/* Fails a write on a handle that may only read. */
static int check_writable(struct sqlite_directory *sd, const char **error_r)
{
	if (!sd->read_only)
		return 0;
	return dir_error(error_r, -EROFS,
			 "directory database %s is read-only for this process",
			 sd->path);
}

static int write_begin(struct sqlite_directory *sd, const char **error_r)
{
	sqlite3_stmt *s = NULL;
	int ret = check_writable(sd, error_r);

	if (ret == 0)
		ret = dir_sqlite_stmt(sd, DSQ_BEGIN_WRITE, "BEGIN IMMEDIATE",
				      &s, error_r);
	return ret < 0 ? ret : dir_sqlite_run(sd, s, error_r);
}

/* Ends the write transaction: commits after ret == 0, else rolls back. */
static int write_end(struct sqlite_directory *sd, int ret, const char **error_r)
{
	if (ret == 0)
		ret = dir_sqlite_commit(sd, error_r);
	if (ret < 0)
		dir_sqlite_rollback(sd);
	return ret;
}

/* Bumps the change counter; *generation_r is its new value. */
static int bump(struct sqlite_directory *sd, int64_t *generation_r,
		const char **error_r)
{
	return dir_sqlite_counter(sd, DSQ_BUMP,
				  "UPDATE meta SET value = value + 1"
				  " WHERE key = 'generation' RETURNING value",
				  generation_r, error_r);
}

/* Bumps the counter and gives principal id the new value. */
static int touch(struct sqlite_directory *sd, int64_t id, const char **error_r)
{
	sqlite3_stmt *s;
	int64_t generation = 0;
	int ret;

	ret = bump(sd, &generation, error_r);
	if (ret == 0)
		ret = dir_sqlite_stmt(sd, DSQ_STAMP,
				      "UPDATE principals SET generation = ?2"
				      " WHERE id = ?1",
				      &s, error_r);
	if (ret < 0)
		return ret;
	sqlite3_bind_int64(s, 1, id);
	sqlite3_bind_int64(s, 2, generation);
	return dir_sqlite_run(sd, s, error_r);
}

/*
 * Checks that no principal other than id maps to uid (id -1: none at all).
 */
static int check_uid_free(struct sqlite_directory *sd, uid_t uid, int64_t id,
			  const char **error_r)
{
	sqlite3_stmt *s;
	int rc, ret;

	ret = dir_sqlite_stmt(sd, DSQ_UID_OWNER,
			      "SELECT name FROM principals"
			      " WHERE uid = ?1 AND id <> ?2",
			      &s, error_r);
	if (ret < 0)
		return ret;
	sqlite3_bind_int64(s, 1, uid);
	sqlite3_bind_int64(s, 2, id);
	rc = sqlite3_step(s);
	if (rc == SQLITE_ROW) {
		const unsigned char *owner = sqlite3_column_text(s, 0);

		ret = dir_error(error_r, -EEXIST,
				"uid %lu is already mapped to user '%s'",
				(unsigned long)uid,
				owner != NULL ? (const char *)owner : "?");
	} else if (rc != SQLITE_DONE) {
		ret = dir_sqlite_error(sd, rc, error_r);
	}
	sqlite3_reset(s);
	return ret;
}

/* Replaces the groups of principal id. */
static int write_groups(struct sqlite_directory *sd, int64_t id,
			const gid_t *groups, unsigned int count,
			const char **error_r)
{
	sqlite3_stmt *s;
	unsigned int i;
	int ret;

	ret = dir_sqlite_stmt(sd, DSQ_DELETE_GROUPS,
			      "DELETE FROM principal_groups"
			      " WHERE principal_id = ?1",
			      &s, error_r);
	if (ret < 0)
		return ret;
	sqlite3_bind_int64(s, 1, id);
	ret = dir_sqlite_run(sd, s, error_r);
	for (i = 0; ret == 0 && i < count; i++) {
		ret = dir_sqlite_stmt(sd, DSQ_INSERT_GROUP,
				      "INSERT INTO principal_groups"
				      " (principal_id, position, gid)"
				      " VALUES (?1, ?2, ?3)",
				      &s, error_r);
		if (ret < 0)
			break;
		sqlite3_bind_int64(s, 1, id);
		sqlite3_bind_int64(s, 2, i);
		sqlite3_bind_int64(s, 3, groups[i]);
		ret = dir_sqlite_run(sd, s, error_r);
	}
	return ret;
}

/* Inserts the row of p, stamped with generation; *id_r is its row id. */
static int insert(struct sqlite_directory *sd, const struct dir_principal *p,
		  const char *password_hash, int64_t generation, int64_t *id_r,
		  const char **error_r)
{
	sqlite3_stmt *s;
	int ret;

	ret = dir_sqlite_stmt(sd, DSQ_INSERT,
			      "INSERT INTO principals (name, display_name,"
			      " flags, uid, gid, password_hash, mailbox_guid,"
			      " mailbox_dn, created, generation)"
			      " VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9,"
			      " ?10)",
			      &s, error_r);
	if (ret < 0)
		return ret;
	sqlite3_bind_text(s, 1, p->name, -1, SQLITE_STATIC);
	sqlite3_bind_text(s, 2, p->display_name, -1, SQLITE_STATIC);
	sqlite3_bind_int64(s, 3, p->flags);
	if (p->os_mapped) {
		sqlite3_bind_int64(s, 4, p->uid);
		sqlite3_bind_int64(s, 5, p->gid);
	}
	if (password_hash != NULL)
		sqlite3_bind_text(s, 6, password_hash, -1, SQLITE_STATIC);
	sqlite3_bind_blob(s, 7, p->mailbox_guid, DIR_GUID_SIZE, SQLITE_STATIC);
	sqlite3_bind_text(s, 8, p->mailbox_dn, -1, SQLITE_STATIC);
	sqlite3_bind_int64(s, 9, (int64_t)time(NULL));
	sqlite3_bind_int64(s, 10, generation);
	ret = dir_sqlite_run(sd, s, error_r);
	if (ret == 0)
		*id_r = sqlite3_last_insert_rowid(sd->db);
	return ret;
}

static int sqlite_add(struct directory *dir, const struct dir_principal *p,
		      const char *password_hash, const char **error_r)
{
	struct sqlite_directory *sd = sqlite_dir(dir);
	struct dir_principal *existing = NULL;
	int64_t id, generation;
	int ret;

	pthread_mutex_lock(&sd->lock);
	ret = write_begin(sd, error_r);
	if (ret < 0)
		goto out;
	ret = dir_sqlite_find(sd, p->name, 0, NULL, &existing, NULL, error_r);
	if (ret == 0) {
		ret = dir_error(error_r, -EEXIST, "user '%s' already exists",
				existing->name);
		goto out;
	}
	if (ret != -ENOENT)
		goto out;
	ret = p->os_mapped ? check_uid_free(sd, p->uid, -1, error_r) : 0;
	if (ret == 0)
		ret = bump(sd, &generation, error_r);
	if (ret == 0)
		ret = insert(sd, p, password_hash, generation, &id, error_r);
	if (ret == 0 && p->os_mapped && p->groups_count > 0)
		ret = write_groups(sd, id, p->groups, p->groups_count, error_r);
out:
	ret = write_end(sd, ret, error_r);
	pthread_mutex_unlock(&sd->lock);
	dir_principal_free(&existing);
	return ret;
}

/* Changes the row of principal id, found as p, as a change method asks. */
typedef int change_fn(struct sqlite_directory *sd, int64_t id,
		      const struct dir_principal *p, const void *arg,
		      const char **error_r);

/*
 * Finds principal name and changes it with change, in one write
 * transaction that also bumps the counter and stamps the principal (a
 * deleted one: then the stamp finds no row, and only the counter moves).
 */
static int change_principal(struct directory *dir, const char *name,
			    change_fn *change, const void *arg,
			    const char **error_r)
{
	struct sqlite_directory *sd = sqlite_dir(dir);
	struct dir_principal *p = NULL;
	int64_t id;
	int ret;

	pthread_mutex_lock(&sd->lock);
	ret = write_begin(sd, error_r);
	if (ret == 0)
		ret = dir_sqlite_find(sd, name, 0, &id, &p, NULL, error_r);
	if (ret == 0)
		ret = change(sd, id, p, arg, error_r);
	if (ret == 0)
		ret = touch(sd, id, error_r);
	ret = write_end(sd, ret, error_r);
	pthread_mutex_unlock(&sd->lock);
	dir_principal_free(&p);
	return ret;
}

static int delete_row(struct sqlite_directory *sd, int64_t id,
		      const struct dir_principal *p, const void *arg,
		      const char **error_r)
{
	sqlite3_stmt *s;
	int ret;

	(void)p;
	(void)arg;
	ret = dir_sqlite_stmt(sd, DSQ_DELETE,
			      "DELETE FROM principals WHERE id = ?1", &s,
			      error_r);
	if (ret < 0)
		return ret;
	sqlite3_bind_int64(s, 1, id);
	return dir_sqlite_run(sd, s, error_r);
}

static int sqlite_del(struct directory *dir, const char *name,
		      const char **error_r)
{
	return change_principal(dir, name, delete_row, NULL, error_r);
}

/* arg: the new hash, or NULL. */
static int change_hash(struct sqlite_directory *sd, int64_t id,
		       const struct dir_principal *p, const void *arg,
		       const char **error_r)
{
	sqlite3_stmt *s;
	int ret;

	(void)p;
	ret = dir_sqlite_stmt(sd, DSQ_SET_HASH,
			      "UPDATE principals SET password_hash = ?2"
			      " WHERE id = ?1",
			      &s, error_r);
	if (ret < 0)
		return ret;
	sqlite3_bind_int64(s, 1, id);
	if (arg != NULL)
		sqlite3_bind_text(s, 2, arg, -1, SQLITE_STATIC);
	return dir_sqlite_run(sd, s, error_r);
}

static int sqlite_set_password_hash(struct directory *dir, const char *name,
				    const char *password_hash,
				    const char **error_r)
{
	return change_principal(dir, name, change_hash, password_hash, error_r);
}

struct flags_change {
	unsigned int set, clear;
};

static int change_flags(struct sqlite_directory *sd, int64_t id,
			const struct dir_principal *p, const void *arg,
			const char **error_r)
{
	const struct flags_change *fc = arg;
	sqlite3_stmt *s;
	int ret;

	ret = dir_sqlite_stmt(sd, DSQ_SET_FLAGS,
			      "UPDATE principals SET flags = ?2 WHERE id = ?1",
			      &s, error_r);
	if (ret < 0)
		return ret;
	sqlite3_bind_int64(s, 1, id);
	sqlite3_bind_int64(s, 2, (p->flags | fc->set) & ~fc->clear);
	return dir_sqlite_run(sd, s, error_r);
}

static int sqlite_set_flags(struct directory *dir, const char *name,
			    unsigned int set, unsigned int clear,
			    const char **error_r)
{
	struct flags_change fc = {set, clear};

	return change_principal(dir, name, change_flags, &fc, error_r);
}

/* arg: the new struct dir_os_identity, or NULL. */
static int change_os(struct sqlite_directory *sd, int64_t id,
		     const struct dir_principal *p, const void *arg,
		     const char **error_r)
{
	const struct dir_os_identity *os = arg;
	sqlite3_stmt *s;
	int ret;

	(void)p;
	ret = os != NULL ? check_uid_free(sd, os->uid, id, error_r) : 0;
	if (ret == 0)
		ret = dir_sqlite_stmt(sd, DSQ_SET_OS,
				      "UPDATE principals SET uid = ?2, gid = ?3"
				      " WHERE id = ?1",
				      &s, error_r);
	if (ret < 0)
		return ret;
	sqlite3_bind_int64(s, 1, id);
	if (os != NULL) {
		sqlite3_bind_int64(s, 2, os->uid);
		sqlite3_bind_int64(s, 3, os->gid);
	}
	ret = dir_sqlite_run(sd, s, error_r);
	if (ret == 0)
		ret = write_groups(sd, id, os != NULL ? os->groups : NULL,
				   os != NULL ? os->groups_count : 0, error_r);
	return ret;
}

static int sqlite_map_os(struct directory *dir, const char *name,
			 const struct dir_os_identity *os, const char **error_r)
{
	return change_principal(dir, name, change_os, os, error_r);
}

const struct directory_backend_admin dir_sqlite_admin = {
    .version = DIRECTORY_BACKEND_ADMIN_VERSION,
    .name = "sqlite",
    .add = sqlite_add,
    .del = sqlite_del,
    .set_password_hash = sqlite_set_password_hash,
    .set_flags = sqlite_set_flags,
    .map_os = sqlite_map_os,
};
