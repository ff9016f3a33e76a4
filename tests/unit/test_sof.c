/*
 * test_sof.c - OpenStreamOnFile: the modes (read-only, read-write,
 * STGM_CREATE on a new and on an existing file), SOF_UNIQUEFILENAME with
 * a directory and a prefix, STGM_DELETEONRELEASE, and the IStream on the
 * file: Read, Write, Seek (past the end too), SetSize, CopyTo, Commit,
 * Stat (name and size), QueryInterface (E_NOINTERFACE for an interface a
 * stream is not); bad arguments and the MAPI codes of failed opens.
 */
#include <stdarg.h>
#include <stddef.h>
#include <setjmp.h>
#include <stdint.h>
#include <cmocka.h>

#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include <edkguid.h>
#include <mapiguid.h>
#include <mapix.h>
#include <mapiutil.h>

#include "alloc.h"
#include "objhdr.h"
#include "ustring.h"

struct fixture {
	char dir[64];
	char path[128];
};

static int setup(void **state)
{
	struct fixture *fx = calloc(1, sizeof(*fx));

	if (fx == NULL)
		return -1;
	snprintf(fx->dir, sizeof(fx->dir), "/tmp/mapix-sof-XXXXXX");
	if (mkdtemp(fx->dir) == NULL)
		return -1;
	snprintf(fx->path, sizeof(fx->path), "%s/file.bin", fx->dir);
	*state = fx;
	return 0;
}

static int teardown(void **state)
{
	struct fixture *fx = *state;
	char cmd[128];

	snprintf(cmd, sizeof(cmd), "rm -rf '%s'", fx->dir);
	if (system(cmd) != 0)
		return -1;
	free(fx);
	return 0;
}

static HRESULT sof(ULONG flags, const char *name, const char *prefix,
		   LPSTREAM *s)
{
	return OpenStreamOnFile(MAPIAllocateBuffer, MAPIFreeBuffer, flags,
				(LPCTSTR)name, (LPCTSTR)prefix, s);
}

static void write_file(const char *path, const char *text)
{
	FILE *f = fopen(path, "w");

	assert_non_null(f);
	fputs(text, f);
	fclose(f);
}

static off_t file_size(const char *path)
{
	struct stat st;

	return stat(path, &st) == 0 ? st.st_size : -1;
}

static void seek_to(LPSTREAM s, int64_t off, DWORD origin, uint64_t want)
{
	LARGE_INTEGER li;
	ULARGE_INTEGER pos;

	li.QuadPart = off;
	assert_int_equal(IStream_Seek(s, li, origin, &pos), S_OK);
	assert_int_equal(pos.QuadPart, want);
}

static void test_read_only(void **state)
{
	struct fixture *fx = *state;
	LPSTREAM s = NULL;
	char buf[32];
	ULONG n = 0;

	write_file(fx->path, "hello, world");
	assert_int_equal(sof(STGM_READ, fx->path, NULL, &s), S_OK);
	assert_int_equal(IStream_Read(s, buf, 5, &n), S_OK);
	assert_int_equal(n, 5);
	assert_memory_equal(buf, "hello", 5);
	/* Read stops at the end. */
	assert_int_equal(IStream_Read(s, buf, sizeof(buf), &n), S_OK);
	assert_int_equal(n, 7);
	assert_memory_equal(buf, ", world", 7);
	assert_int_equal(IStream_Read(s, buf, sizeof(buf), &n), S_OK);
	assert_int_equal(n, 0);
	/* Writing a read-only stream is refused. */
	assert_int_equal(IStream_Write(s, "x", 1, &n), STG_E_ACCESSDENIED);
	assert_int_equal(IStream_SetSize(s, (ULARGE_INTEGER){.QuadPart = 0}),
			 STG_E_ACCESSDENIED);
	seek_to(s, -5, STREAM_SEEK_END, 7);
	assert_int_equal(IStream_Read(s, buf, 5, &n), S_OK);
	assert_memory_equal(buf, "world", 5);
	IStream_Release(s);
	assert_int_equal(file_size(fx->path), 12);
}

static void test_read_write(void **state)
{
	struct fixture *fx = *state;
	LPSTREAM s = NULL, t = NULL;
	ULARGE_INTEGER rd, wr;
	STATSTG st;
	char buf[32];
	ULONG n = 0;

	write_file(fx->path, "0123456789");
	assert_int_equal(sof(STGM_READWRITE, fx->path, NULL, &s), S_OK);
	seek_to(s, 4, STREAM_SEEK_SET, 4);
	assert_int_equal(IStream_Write(s, "ab", 2, &n), S_OK);
	assert_int_equal(n, 2);
	seek_to(s, 0, STREAM_SEEK_CUR, 6);
	/* Past the end: the gap reads as zeros. */
	seek_to(s, 12, STREAM_SEEK_SET, 12);
	assert_int_equal(IStream_Write(s, "Z", 1, NULL), S_OK);
	assert_int_equal(IStream_Commit(s, STGC_DEFAULT), S_OK);
	assert_int_equal(file_size(fx->path), 13);
	seek_to(s, 0, STREAM_SEEK_SET, 0);
	assert_int_equal(IStream_Read(s, buf, sizeof(buf), &n), S_OK);
	assert_int_equal(n, 13);
	assert_memory_equal(buf, "0123ab6789\0\0Z", 13);

	/* Stat: the file's path as name, the size. */
	assert_int_equal(IStream_Stat(s, &st, STATFLAG_DEFAULT), S_OK);
	assert_int_equal(st.cbSize.QuadPart, 13);
	assert_int_equal(st.type, STGTY_STREAM);
	assert_non_null(st.pwcsName);
	MAPIFreeBuffer(st.pwcsName);
	assert_int_equal(IStream_Stat(s, &st, STATFLAG_NONAME), S_OK);
	assert_null(st.pwcsName);

	/* SetSize truncates. */
	assert_int_equal(IStream_SetSize(s, (ULARGE_INTEGER){.QuadPart = 3}),
			 S_OK);
	assert_int_equal(file_size(fx->path), 3);

	/* CopyTo another file stream (the file rewritten behind s). */
	write_file(fx->path, "abcdef");
	assert_int_equal(
	    sof(SOF_UNIQUEFILENAME | STGM_DELETEONRELEASE, fx->dir, "cp", &t),
	    S_OK);
	seek_to(s, 1, STREAM_SEEK_SET, 1);
	assert_int_equal(
	    IStream_CopyTo(s, t, (ULARGE_INTEGER){.QuadPart = 4}, &rd, &wr),
	    S_OK);
	assert_int_equal(rd.QuadPart, 4);
	assert_int_equal(wr.QuadPart, 4);
	seek_to(t, 0, STREAM_SEEK_SET, 0);
	assert_int_equal(IStream_Read(t, buf, sizeof(buf), &n), S_OK);
	assert_int_equal(n, 4);
	assert_memory_equal(buf, "bcde", 4);
	IStream_Release(t);
	IStream_Release(s);
}

static void test_create(void **state)
{
	struct fixture *fx = *state;
	LPSTREAM s = NULL;
	char buf[8];
	ULONG n = 0;

	/* A file that is not there: MAPI_E_NOT_FOUND without STGM_CREATE. */
	assert_int_equal(sof(STGM_READ, fx->path, NULL, &s), MAPI_E_NOT_FOUND);
	assert_null(s);
	assert_non_null(strstr(objhdr_thread_message(), "file.bin"));
	/* STGM_CREATE makes it ... */
	assert_int_equal(sof(STGM_READWRITE | STGM_CREATE, fx->path, NULL, &s),
			 S_OK);
	assert_int_equal(IStream_Write(s, "new", 3, NULL), S_OK);
	IStream_Release(s);
	assert_int_equal(file_size(fx->path), 3);
	/* ... and empties an existing one. */
	assert_int_equal(sof(STGM_CREATE, fx->path, NULL, &s), S_OK);
	assert_int_equal(IStream_Read(s, buf, sizeof(buf), &n), S_OK);
	assert_int_equal(n, 0);
	IStream_Release(s);
	assert_int_equal(file_size(fx->path), 0);

	/* STGM_DELETEONRELEASE removes it at the last Release. */
	assert_int_equal(
	    sof(STGM_READWRITE | STGM_DELETEONRELEASE, fx->path, NULL, &s),
	    S_OK);
	IStream_AddRef(s);
	IStream_Release(s);
	assert_int_equal(file_size(fx->path), 0);
	IStream_Release(s);
	assert_int_equal(file_size(fx->path), -1);
}

static void test_unique(void **state)
{
	struct fixture *fx = *state;
	LPSTREAM a = NULL, b = NULL;
	STATSTG sa, sb;
	char *na, *nb;

	assert_int_equal(sof(SOF_UNIQUEFILENAME, fx->dir, "att", &a), S_OK);
	assert_int_equal(sof(SOF_UNIQUEFILENAME, fx->dir, "att", &b), S_OK);
	assert_int_equal(IStream_Write(a, "A", 1, NULL), S_OK);
	assert_int_equal(IStream_Stat(a, &sa, STATFLAG_DEFAULT), S_OK);
	assert_int_equal(IStream_Stat(b, &sb, STATFLAG_DEFAULT), S_OK);
	/* Two files in the directory, named with the prefix, different. */
	na = ustr_to_utf8(sa.pwcsName);
	nb = ustr_to_utf8(sb.pwcsName);
	assert_non_null(na);
	assert_non_null(nb);
	assert_int_equal(strncmp(na, fx->dir, strlen(fx->dir)), 0);
	assert_int_equal(strncmp(na + strlen(fx->dir), "/att", 4), 0);
	assert_int_equal(strncmp(nb + strlen(fx->dir), "/att", 4), 0);
	assert_string_not_equal(na, nb);
	alloc_free(na);
	alloc_free(nb);
	assert_int_equal(sa.cbSize.QuadPart, 1);
	assert_int_equal(sb.cbSize.QuadPart, 0);
	MAPIFreeBuffer(sa.pwcsName);
	MAPIFreeBuffer(sb.pwcsName);
	IStream_Release(a);
	IStream_Release(b);
	{
		char cmd[160];
		FILE *p;
		int count = 0;

		snprintf(cmd, sizeof(cmd), "ls '%s' | grep -c '^att'", fx->dir);
		p = popen(cmd, "r");
		assert_non_null(p);
		assert_int_equal(fscanf(p, "%d", &count), 1);
		pclose(p);
		assert_int_equal(count, 2);
	}

	/* With STGM_DELETEONRELEASE, a temporary file that goes away. */
	assert_int_equal(
	    sof(SOF_UNIQUEFILENAME | STGM_DELETEONRELEASE, fx->dir, NULL, &a),
	    S_OK);
	assert_int_equal(IStream_Stat(a, &sa, STATFLAG_DEFAULT), S_OK);
	MAPIFreeBuffer(sa.pwcsName);
	IStream_Release(a);
	{
		char cmd[160];
		FILE *p;
		int count = -1;

		snprintf(cmd, sizeof(cmd), "ls '%s' | grep -c '^SOF' || true",
			 fx->dir);
		p = popen(cmd, "r");
		assert_non_null(p);
		assert_int_equal(fscanf(p, "%d", &count), 1);
		pclose(p);
		assert_int_equal(count, 0);
	}

	/* A prefix with a '/' is refused. */
	assert_int_equal(sof(SOF_UNIQUEFILENAME, fx->dir, "a/b", &a),
			 MAPI_E_INVALID_PARAMETER);
}

static void test_query_interface(void **state)
{
	struct fixture *fx = *state;
	LPSTREAM s = NULL;
	LPUNKNOWN unk = NULL;

	write_file(fx->path, "x");
	assert_int_equal(sof(STGM_READ, fx->path, NULL, &s), S_OK);
	assert_int_equal(IStream_QueryInterface(s, &IID_IStream, (void **)&unk),
			 S_OK);
	IUnknown_Release(unk);
	assert_int_equal(
	    IStream_QueryInterface(s, &IID_ISequentialStream, (void **)&unk),
	    S_OK);
	IUnknown_Release(unk);
	assert_int_equal(
	    IStream_QueryInterface(s, &IID_IMAPIProp, (void **)&unk),
	    E_NOINTERFACE);
	assert_null(unk);
	assert_int_equal(IStream_QueryInterface(s, &IID_IExchangeExportChanges,
						(void **)&unk),
			 E_NOINTERFACE);
	IStream_Release(s);
}

static void test_bad_input(void **state)
{
	struct fixture *fx = *state;
	LPSTREAM s = (LPSTREAM)1;

	assert_int_equal(OpenStreamOnFile(NULL, MAPIFreeBuffer, STGM_READ,
					  (LPCTSTR)fx->path, NULL, &s),
			 MAPI_E_INVALID_PARAMETER);
	assert_null(s);
	assert_int_equal(OpenStreamOnFile(MAPIAllocateBuffer, MAPIFreeBuffer,
					  STGM_READ, (LPCTSTR)fx->path, NULL,
					  NULL),
			 MAPI_E_INVALID_PARAMETER);
	assert_int_equal(sof(STGM_READ, NULL, NULL, &s),
			 MAPI_E_INVALID_PARAMETER);
	assert_int_equal(sof(0x00000100, fx->path, NULL, &s),
			 MAPI_E_UNKNOWN_FLAGS);
	/* A directory is not a file. */
	assert_int_equal(sof(STGM_READ, fx->dir, NULL, &s),
			 MAPI_E_INVALID_PARAMETER);
	/* A directory that does not exist. */
	assert_int_equal(
	    sof(SOF_UNIQUEFILENAME, "/nonexistent-mapix-dir", NULL, &s),
	    MAPI_E_NOT_FOUND);
	if (geteuid() != 0) {
		write_file(fx->path, "secret");
		chmod(fx->path, 0);
		assert_int_equal(sof(STGM_READ, fx->path, NULL, &s),
				 MAPI_E_NO_ACCESS);
	}
}

int main(void)
{
	const struct CMUnitTest tests[] = {
	    cmocka_unit_test_setup_teardown(test_read_only, setup, teardown),
	    cmocka_unit_test_setup_teardown(test_read_write, setup, teardown),
	    cmocka_unit_test_setup_teardown(test_create, setup, teardown),
	    cmocka_unit_test_setup_teardown(test_unique, setup, teardown),
	    cmocka_unit_test_setup_teardown(test_query_interface, setup,
					    teardown),
	    cmocka_unit_test_setup_teardown(test_bad_input, setup, teardown),
	};

	return cmocka_run_group_tests(tests, NULL, NULL);
}
