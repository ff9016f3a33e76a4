/*
 * dir_config.c - the directory layer's view of the configuration (the
 * file and the state directory live in the context layer's config.c), the
 * private (0600) files that backends keep in the state directory, and the
 * change counter of backends whose data are files.
 */
#include "directory_backend.h"

#include <errno.h>
#include <fcntl.h>
#include <limits.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include <sodium.h>

#include "config.h"

int dir_config_get(const char *key, char *buf, size_t size,
		   const char **error_r)
{
	return config_get(key, buf, size, error_r);
}

int directory_state_dir_path(char *buf, size_t size, const char **error_r)
{
	return config_state_dir_path(buf, size, error_r);
}

int directory_state_dir(char *buf, size_t size, const char **error_r)
{
	return config_state_dir(buf, size, error_r);
}

/*
 * Gives a file that root just created the owner of its directory, so that
 * root running `mapix admin` in a service's state directory leaves files
 * the service can open.  (SQLite, running as root, gives its -wal and
 * -shm files the owner of the database file.)
 */
static int adopt_dir_owner(int fd, const char *path, const char **error_r)
{
	char dir[PATH_MAX];
	const char *slash = strrchr(path, '/');
	struct stat st;
	size_t len;

	if (geteuid() != 0 || slash == NULL)
		return 0;
	len = slash == path ? 1 : (size_t)(slash - path);
	if (len >= sizeof(dir))
		return 0;
	memcpy(dir, path, len);
	dir[len] = '\0';
	if (stat(dir, &st) < 0 || (st.st_uid == 0 && st.st_gid == 0))
		return 0;
	if (fchown(fd, st.st_uid, st.st_gid) < 0) {
		int err = errno;

		return dir_error(error_r, -err, "cannot chown %s: %s", path,
				 strerror(err));
	}
	return 0;
}

int dir_prepare_private_file(const char *path, const char **error_r)
{
	struct stat st;
	bool created = true;
	int fd, err, ret;

	fd = open(path, O_RDWR | O_CREAT | O_EXCL | O_NOFOLLOW | O_CLOEXEC,
		  0600);
	if (fd < 0 && errno == EEXIST) {
		created = false;
		fd = open(path, O_RDWR | O_NOFOLLOW | O_CLOEXEC);
	}
	if (fd < 0) {
		err = errno;
		return dir_error(error_r, -err, "cannot open %s: %s", path,
				 strerror(err));
	}
	if (fstat(fd, &st) < 0) {
		err = errno;
		close(fd);
		return dir_error(error_r, -err, "cannot stat %s: %s", path,
				 strerror(err));
	}
	if (!S_ISREG(st.st_mode)) {
		close(fd);
		return dir_error(error_r, -EINVAL, "%s is not a regular file",
				 path);
	}
	if ((st.st_mode & 0177) != 0 && st.st_uid == geteuid() &&
	    fchmod(fd, 0600) < 0) {
		err = errno;
		close(fd);
		return dir_error(error_r, -err, "cannot chmod %s: %s", path,
				 strerror(err));
	}
	ret = created ? adopt_dir_owner(fd, path, error_r) : 0;
	close(fd);
	return ret;
}

int dir_files_generation(const char *const *paths, unsigned int count,
			 uint64_t *generation_r, const char **error_r)
{
	crypto_generichash_state state;
	unsigned char digest[crypto_generichash_BYTES_MIN];
	uint64_t identity[5];
	struct stat st;
	unsigned int i;
	int err;

	*generation_r = 0;
	crypto_generichash_init(&state, NULL, 0, sizeof(digest));
	for (i = 0; i < count; i++) {
		memset(identity, 0, sizeof(identity));
		if (stat(paths[i], &st) == 0) {
			identity[0] = (uint64_t)st.st_dev;
			identity[1] = (uint64_t)st.st_ino;
			identity[2] = (uint64_t)st.st_mtim.tv_sec;
			identity[3] = (uint64_t)st.st_mtim.tv_nsec;
			identity[4] = (uint64_t)st.st_size;
		} else if (errno != ENOENT) {
			err = errno;
			return dir_error(error_r, -err, "cannot stat %s: %s",
					 paths[i], strerror(err));
		}
		crypto_generichash_update(
		    &state, (const unsigned char *)identity, sizeof(identity));
	}
	crypto_generichash_final(&state, digest, sizeof(digest));
	_Static_assert(sizeof(digest) >= sizeof(*generation_r), "digest size");
	memcpy(generation_r, digest, sizeof(*generation_r));
	return 0;
}
