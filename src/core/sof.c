/*
 * sof.c - OpenStreamOnFile: an IStream on a file (the "stream on file" of
 * mapiutil.h), for attachments saved to disk, exported bodies and
 * temporary spill files.
 *
 * The stream is strmobj.h's over a file descriptor: reads and writes go to
 * the file at the stream's position (pread/pwrite), SetSize truncates or
 * extends it, Commit flushes it to disk (fdatasync).  The file name is
 * 8-bit (UTF-8), as on Windows, whose OpenStreamOnFile takes no Unicode
 * names either.
 */
#include <mapiutil.h>

#include <errno.h>
#include <fcntl.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "alloc.h"
#include "errmap.h"
#include "errmsg.h"
#include "objhdr.h"
#include "strmobj.h"

/* Longest path OpenStreamOnFile builds for SOF_UNIQUEFILENAME. */
#define SOF_PATH_MAX 4096

struct sof_file {
	int fd;
	bool delete_on_release;
	char *path;
};

static int sof_read_at(void *ctx, uint64_t off, void *buf, size_t len,
		       size_t *got_r, const char **error_r)
{
	struct sof_file *f = ctx;
	ssize_t n;

	do {
		n = pread(f->fd, buf, len, (off_t)off);
	} while (n < 0 && errno == EINTR);
	if (n < 0)
		return errmsg_set(error_r, -errno, "reading %s: %s", f->path,
				  strerror(errno));
	*got_r = (size_t)n;
	return 0;
}

static int sof_write_at(void *ctx, uint64_t off, const void *buf, size_t len,
			const char **error_r)
{
	struct sof_file *f = ctx;
	size_t done = 0;

	while (done < len) {
		ssize_t n = pwrite(f->fd, (const char *)buf + done, len - done,
				   (off_t)(off + done));

		if (n < 0 && errno == EINTR)
			continue;
		if (n <= 0)
			return errmsg_set(error_r, n < 0 ? -errno : -EIO,
					  "writing %s: %s", f->path,
					  n < 0 ? strerror(errno)
						: "nothing written");
		done += (size_t)n;
	}
	return 0;
}

static int sof_get_size(void *ctx, uint64_t *size_r, const char **error_r)
{
	struct sof_file *f = ctx;
	struct stat st;

	if (fstat(f->fd, &st) < 0)
		return errmsg_set(error_r, -errno, "%s: %s", f->path,
				  strerror(errno));
	*size_r = (uint64_t)st.st_size;
	return 0;
}

static int sof_set_size(void *ctx, uint64_t size, const char **error_r)
{
	struct sof_file *f = ctx;

	if (size > INT64_MAX)
		return errmsg_set(error_r, -EFBIG, "%s: size too large",
				  f->path);
	if (ftruncate(f->fd, (off_t)size) < 0)
		return errmsg_set(error_r, -errno, "resizing %s: %s", f->path,
				  strerror(errno));
	return 0;
}

static int sof_commit(void *ctx, const char **error_r)
{
	struct sof_file *f = ctx;

	if (fdatasync(f->fd) < 0)
		return errmsg_set(error_r, -errno, "flushing %s: %s", f->path,
				  strerror(errno));
	return 0;
}

static void sof_destroy(void *ctx, bool live)
{
	struct sof_file *f = ctx;

	(void)live;
	close(f->fd);
	if (f->delete_on_release)
		unlink(f->path);
	alloc_free(f->path);
	alloc_free(f);
}

static const struct strm_backend sof_backend = {
    .read_at = sof_read_at,
    .write_at = sof_write_at,
    .get_size = sof_get_size,
    .set_size = sof_set_size,
    .commit = sof_commit,
    .destroy = sof_destroy,
};

/* A new file in dir, named prefix followed by six random characters. */
static int open_unique(const char *dir, const char *prefix, char *path,
		       size_t cap)
{
	int n, fd;

	if (dir == NULL || *dir == '\0') {
		dir = getenv("TMPDIR");
		if (dir == NULL || *dir == '\0')
			dir = "/tmp";
	}
	if (prefix == NULL)
		prefix = "SOF";
	if (strchr(prefix, '/') != NULL) {
		errno = EINVAL;
		return -1;
	}
	n = snprintf(path, cap, "%s%s%sXXXXXX", dir,
		     dir[strlen(dir) - 1] == '/' ? "" : "/", prefix);
	if (n < 0 || (size_t)n >= cap) {
		errno = ENAMETOOLONG;
		return -1;
	}
	fd = mkostemp(path, O_CLOEXEC);
	return fd;
}

/*
 * OpenStreamOnFile
 *
 * Opens (or creates) a file and returns an IStream on it.
 *
 * PARAMS
 *  lpAllocateBuffer [I] allocator for what the stream hands out (Stat's
 *                       name), normally MAPIAllocateBuffer
 *  lpFreeBuffer     [I] the matching free function, normally
 *                       MAPIFreeBuffer
 *  ulFlags          [I] STGM_READ (default) or STGM_READWRITE / STGM_WRITE;
 *                       STGM_CREATE creates the file or empties an existing
 *                       one; STGM_DELETEONRELEASE removes the file at the
 *                       stream's last Release; SOF_UNIQUEFILENAME creates a
 *                       new file with a unique name (read-write)
 *  lpszFileName     [I] the file; with SOF_UNIQUEFILENAME the directory to
 *                       create it in (NULL: $TMPDIR, else /tmp)
 *  lpszPrefix       [I] with SOF_UNIQUEFILENAME, the start of the new
 *                       file's name (NULL: "SOF"); ignored otherwise
 *  lppStream        [O] receives the stream
 *
 * RETURNS
 *  S_OK; MAPI_E_INVALID_PARAMETER (NULL allocators, lppStream or
 *  lpszFileName, a directory, a prefix with '/'); MAPI_E_UNKNOWN_FLAGS;
 *  MAPI_E_NOT_FOUND (no such file, without STGM_CREATE); MAPI_E_NO_ACCESS;
 *  MAPI_E_NOT_ENOUGH_MEMORY; MAPI_E_DISK_ERROR for other system errors.
 *  The reason is on the calling thread's record.
 *
 * NOTES
 *  Names are 8-bit (UTF-8) strings in every build, as Windows documents
 *  for this function.  Stat reports the file's path as the stream's name.
 *  The sharing modes (STGM_SHARE_*) and STGM_TRANSACTED are accepted and
 *  ignored: the stream is not transacted, Write reaches the file at once
 *  and Commit flushes it to disk.
 */
STDAPI OpenStreamOnFile(LPALLOCATEBUFFER lpAllocateBuffer,
			LPFREEBUFFER lpFreeBuffer, ULONG ulFlags,
			LPCTSTR lpszFileName, LPCTSTR lpszPrefix,
			LPSTREAM *lppStream)
{
	const ULONG known =
	    STGM_WRITE | STGM_READWRITE | STGM_CREATE | STGM_DELETEONRELEASE |
	    SOF_UNIQUEFILENAME | STGM_SHARE_EXCLUSIVE | STGM_SHARE_DENY_WRITE |
	    STGM_SHARE_DENY_READ | STGM_SHARE_DENY_NONE | STGM_TRANSACTED;
	const char *name = (const char *)lpszFileName;
	char path[SOF_PATH_MAX];
	struct sof_file *f;
	struct strm_info info = {.name = "the stream on a file"};
	struct stat st;
	int fd, oflags;
	HRESULT hr;

	if (lppStream != NULL)
		*lppStream = NULL;
	if (lpAllocateBuffer == NULL || lpFreeBuffer == NULL ||
	    lppStream == NULL)
		return objhdr_thread_seterr(MAPI_E_INVALID_PARAMETER,
					    "OpenStreamOnFile: NULL allocator "
					    "or lppStream");
	if (ulFlags & ~known)
		return objhdr_thread_seterr(MAPI_E_UNKNOWN_FLAGS,
					    "OpenStreamOnFile: unknown flags "
					    "0x%08X",
					    (unsigned int)(ulFlags & ~known));
	info.writable = (ulFlags & (STGM_WRITE | STGM_READWRITE)) != 0 ||
			(ulFlags & SOF_UNIQUEFILENAME) != 0;
	if (ulFlags & SOF_UNIQUEFILENAME) {
		fd = open_unique(name, (const char *)lpszPrefix, path,
				 sizeof(path));
	} else {
		if (name == NULL)
			return objhdr_thread_seterr(MAPI_E_INVALID_PARAMETER,
						    "OpenStreamOnFile: no "
						    "file name");
		if (strlen(name) >= sizeof(path))
			return objhdr_thread_seterr(MAPI_E_INVALID_PARAMETER,
						    "OpenStreamOnFile: file "
						    "name too long");
		strcpy(path, name);
		/* Creating needs write access even for a read-only stream. */
		if (ulFlags & STGM_CREATE)
			oflags = O_CLOEXEC | O_RDWR | O_CREAT | O_TRUNC;
		else
			oflags =
			    O_CLOEXEC | (info.writable ? O_RDWR : O_RDONLY);
		fd = open(path, oflags, 0666);
	}
	if (fd < 0) {
		int err = errno;

		/* What the map does not list is a disk error, as for a
		 * failed read or write; ELOOP is a symbolic-link loop here,
		 * not the folder cycle the map means by it. */
		return objhdr_thread_seterr(
		    err == ELOOP ? MAPI_E_DISK_ERROR
				 : errmap_hr_or(-err, MAPI_E_DISK_ERROR),
		    "OpenStreamOnFile: %s: %s",
		    ulFlags & SOF_UNIQUEFILENAME ? "creating a unique file"
						 : path,
		    strerror(err));
	}
	if (fstat(fd, &st) == 0 && S_ISDIR(st.st_mode)) {
		close(fd);
		return objhdr_thread_seterr(MAPI_E_INVALID_PARAMETER,
					    "OpenStreamOnFile: %s is a "
					    "directory",
					    path);
	}
	f = alloc_calloc(1, sizeof(*f));
	if (f != NULL)
		f->path = alloc_strdup(path);
	if (f == NULL || f->path == NULL) {
		alloc_free(f);
		close(fd);
		if (ulFlags & SOF_UNIQUEFILENAME)
			unlink(path);
		return objhdr_thread_seterr(MAPI_E_NOT_ENOUGH_MEMORY,
					    "OpenStreamOnFile: out of memory");
	}
	f->fd = fd;
	f->delete_on_release = (ulFlags & STGM_DELETEONRELEASE) != 0;
	info.stat_name = path;
	info.alloc = lpAllocateBuffer;
	hr = strm_new(&sof_backend, f, &info, lppStream);
	if (hr != S_OK) {
		sof_destroy(f, true);
		return objhdr_thread_seterr(hr, "OpenStreamOnFile: out of "
						"memory");
	}
	return S_OK;
}
