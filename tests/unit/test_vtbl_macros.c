/*
 * test_vtbl_macros.c - every IFoo_Method() call macro reaches its own slot.
 *
 * GENERATED FILE: do not edit.  scripts/mapigen.py writes it from
 * spec/interfaces.def; change the spec and rerun the script instead.
 *
 * For each interface the test builds an object whose vtable is filled, in
 * slot order, with stubs of exactly the declared signatures (so a member of
 * the wrong type fails to compile).  It then calls every call macro of the
 * interface, inherited ones included, with zeroed arguments and checks that
 * the stub which ran is the one for that macro's slot.
 */
/* clang-format off */
#include <stdarg.h>
#include <stddef.h>
#include <setjmp.h>
#include <stdint.h>
#include <string.h>
#include <cmocka.h>

#include <mapix.h>
#include <mapiutil.h>
#include <mapispi.h>
#include <edkmdb.h>
#include <mapiform.h>

/* The stub that ran last: its interface and vtable slot. */
static struct {
	const char *iface;
	int slot;
} last_called;

static void record_call(const char *iface, int slot)
{
	last_called.iface = iface;
	last_called.slot = slot;
}

static void forget_call(void)
{
	last_called.iface = NULL;
	last_called.slot = -1;
}

/* A macro, so that a failure is reported at the line of the call. */
#define check_call(want_iface, want_slot) \
	do { \
		assert_non_null(last_called.iface); \
		assert_string_equal(last_called.iface, (want_iface)); \
		assert_int_equal(last_called.slot, (want_slot)); \
	} while (0)

/* IUnknown */

static HRESULT STDMETHODCALLTYPE stub_IUnknown_0(IUnknown *This, REFIID riid, LPVOID *ppvObj)
{
	(void)This;
	(void)riid;
	(void)ppvObj;
	record_call("IUnknown", 0);
	return 0;
}

static ULONG STDMETHODCALLTYPE stub_IUnknown_1(IUnknown *This)
{
	(void)This;
	record_call("IUnknown", 1);
	return 0;
}

static ULONG STDMETHODCALLTYPE stub_IUnknown_2(IUnknown *This)
{
	(void)This;
	record_call("IUnknown", 2);
	return 0;
}

static CONST_VTBL IUnknownVtbl stub_vtbl_IUnknown = {
	stub_IUnknown_0,
	stub_IUnknown_1,
	stub_IUnknown_2,
};

static void test_IUnknown(void **state)
{
	IUnknown object = {&stub_vtbl_IUnknown};
	IUnknown *obj = &object;

	(void)state;

	/* slot 0: IUnknown::QueryInterface */
	{
		REFIID a1;
		LPVOID *a2;

		memset(&a1, 0, sizeof(a1));
		memset(&a2, 0, sizeof(a2));
		forget_call();
		IUnknown_QueryInterface(obj, a1, a2);
		check_call("IUnknown", 0);
	}

	/* slot 1: IUnknown::AddRef */
	{
		forget_call();
		IUnknown_AddRef(obj);
		check_call("IUnknown", 1);
	}

	/* slot 2: IUnknown::Release */
	{
		forget_call();
		IUnknown_Release(obj);
		check_call("IUnknown", 2);
	}
}

/* IMalloc */

static HRESULT STDMETHODCALLTYPE stub_IMalloc_0(IMalloc *This, REFIID riid, LPVOID *ppvObj)
{
	(void)This;
	(void)riid;
	(void)ppvObj;
	record_call("IMalloc", 0);
	return 0;
}

static ULONG STDMETHODCALLTYPE stub_IMalloc_1(IMalloc *This)
{
	(void)This;
	record_call("IMalloc", 1);
	return 0;
}

static ULONG STDMETHODCALLTYPE stub_IMalloc_2(IMalloc *This)
{
	(void)This;
	record_call("IMalloc", 2);
	return 0;
}

static LPVOID STDMETHODCALLTYPE stub_IMalloc_3(IMalloc *This, SIZE_T cb)
{
	(void)This;
	(void)cb;
	record_call("IMalloc", 3);
	return NULL;
}

static LPVOID STDMETHODCALLTYPE stub_IMalloc_4(IMalloc *This, LPVOID pv, SIZE_T cb)
{
	(void)This;
	(void)pv;
	(void)cb;
	record_call("IMalloc", 4);
	return NULL;
}

static void STDMETHODCALLTYPE stub_IMalloc_5(IMalloc *This, LPVOID pv)
{
	(void)This;
	(void)pv;
	record_call("IMalloc", 5);
}

static SIZE_T STDMETHODCALLTYPE stub_IMalloc_6(IMalloc *This, LPVOID pv)
{
	(void)This;
	(void)pv;
	record_call("IMalloc", 6);
	return 0;
}

static int STDMETHODCALLTYPE stub_IMalloc_7(IMalloc *This, LPVOID pv)
{
	(void)This;
	(void)pv;
	record_call("IMalloc", 7);
	return 0;
}

static void STDMETHODCALLTYPE stub_IMalloc_8(IMalloc *This)
{
	(void)This;
	record_call("IMalloc", 8);
}

static CONST_VTBL IMallocVtbl stub_vtbl_IMalloc = {
	stub_IMalloc_0,
	stub_IMalloc_1,
	stub_IMalloc_2,
	stub_IMalloc_3,
	stub_IMalloc_4,
	stub_IMalloc_5,
	stub_IMalloc_6,
	stub_IMalloc_7,
	stub_IMalloc_8,
};

static void test_IMalloc(void **state)
{
	IMalloc object = {&stub_vtbl_IMalloc};
	IMalloc *obj = &object;

	(void)state;

	/* slot 0: IUnknown::QueryInterface */
	{
		REFIID a1;
		LPVOID *a2;

		memset(&a1, 0, sizeof(a1));
		memset(&a2, 0, sizeof(a2));
		forget_call();
		IMalloc_QueryInterface(obj, a1, a2);
		check_call("IMalloc", 0);
	}

	/* slot 1: IUnknown::AddRef */
	{
		forget_call();
		IMalloc_AddRef(obj);
		check_call("IMalloc", 1);
	}

	/* slot 2: IUnknown::Release */
	{
		forget_call();
		IMalloc_Release(obj);
		check_call("IMalloc", 2);
	}

	/* slot 3: IMalloc::Alloc */
	{
		SIZE_T a1;

		memset(&a1, 0, sizeof(a1));
		forget_call();
		IMalloc_Alloc(obj, a1);
		check_call("IMalloc", 3);
	}

	/* slot 4: IMalloc::Realloc */
	{
		LPVOID a1;
		SIZE_T a2;

		memset(&a1, 0, sizeof(a1));
		memset(&a2, 0, sizeof(a2));
		forget_call();
		IMalloc_Realloc(obj, a1, a2);
		check_call("IMalloc", 4);
	}

	/* slot 5: IMalloc::Free */
	{
		LPVOID a1;

		memset(&a1, 0, sizeof(a1));
		forget_call();
		IMalloc_Free(obj, a1);
		check_call("IMalloc", 5);
	}

	/* slot 6: IMalloc::GetSize */
	{
		LPVOID a1;

		memset(&a1, 0, sizeof(a1));
		forget_call();
		IMalloc_GetSize(obj, a1);
		check_call("IMalloc", 6);
	}

	/* slot 7: IMalloc::DidAlloc */
	{
		LPVOID a1;

		memset(&a1, 0, sizeof(a1));
		forget_call();
		IMalloc_DidAlloc(obj, a1);
		check_call("IMalloc", 7);
	}

	/* slot 8: IMalloc::HeapMinimize */
	{
		forget_call();
		IMalloc_HeapMinimize(obj);
		check_call("IMalloc", 8);
	}
}

/* ISequentialStream */

static HRESULT STDMETHODCALLTYPE stub_ISequentialStream_0(ISequentialStream *This, REFIID riid, LPVOID *ppvObj)
{
	(void)This;
	(void)riid;
	(void)ppvObj;
	record_call("ISequentialStream", 0);
	return 0;
}

static ULONG STDMETHODCALLTYPE stub_ISequentialStream_1(ISequentialStream *This)
{
	(void)This;
	record_call("ISequentialStream", 1);
	return 0;
}

static ULONG STDMETHODCALLTYPE stub_ISequentialStream_2(ISequentialStream *This)
{
	(void)This;
	record_call("ISequentialStream", 2);
	return 0;
}

static HRESULT STDMETHODCALLTYPE stub_ISequentialStream_3(ISequentialStream *This, LPVOID pv, ULONG cb, ULONG *pcbRead)
{
	(void)This;
	(void)pv;
	(void)cb;
	(void)pcbRead;
	record_call("ISequentialStream", 3);
	return 0;
}

static HRESULT STDMETHODCALLTYPE stub_ISequentialStream_4(ISequentialStream *This, const void *pv, ULONG cb, ULONG *pcbWritten)
{
	(void)This;
	(void)pv;
	(void)cb;
	(void)pcbWritten;
	record_call("ISequentialStream", 4);
	return 0;
}

static CONST_VTBL ISequentialStreamVtbl stub_vtbl_ISequentialStream = {
	stub_ISequentialStream_0,
	stub_ISequentialStream_1,
	stub_ISequentialStream_2,
	stub_ISequentialStream_3,
	stub_ISequentialStream_4,
};

static void test_ISequentialStream(void **state)
{
	ISequentialStream object = {&stub_vtbl_ISequentialStream};
	ISequentialStream *obj = &object;

	(void)state;

	/* slot 0: IUnknown::QueryInterface */
	{
		REFIID a1;
		LPVOID *a2;

		memset(&a1, 0, sizeof(a1));
		memset(&a2, 0, sizeof(a2));
		forget_call();
		ISequentialStream_QueryInterface(obj, a1, a2);
		check_call("ISequentialStream", 0);
	}

	/* slot 1: IUnknown::AddRef */
	{
		forget_call();
		ISequentialStream_AddRef(obj);
		check_call("ISequentialStream", 1);
	}

	/* slot 2: IUnknown::Release */
	{
		forget_call();
		ISequentialStream_Release(obj);
		check_call("ISequentialStream", 2);
	}

	/* slot 3: ISequentialStream::Read */
	{
		LPVOID a1;
		ULONG a2;
		ULONG *a3;

		memset(&a1, 0, sizeof(a1));
		memset(&a2, 0, sizeof(a2));
		memset(&a3, 0, sizeof(a3));
		forget_call();
		ISequentialStream_Read(obj, a1, a2, a3);
		check_call("ISequentialStream", 3);
	}

	/* slot 4: ISequentialStream::Write */
	{
		const void *a1;
		ULONG a2;
		ULONG *a3;

		memset(&a1, 0, sizeof(a1));
		memset(&a2, 0, sizeof(a2));
		memset(&a3, 0, sizeof(a3));
		forget_call();
		ISequentialStream_Write(obj, a1, a2, a3);
		check_call("ISequentialStream", 4);
	}
}

/* IStream */

static HRESULT STDMETHODCALLTYPE stub_IStream_0(IStream *This, REFIID riid, LPVOID *ppvObj)
{
	(void)This;
	(void)riid;
	(void)ppvObj;
	record_call("IStream", 0);
	return 0;
}

static ULONG STDMETHODCALLTYPE stub_IStream_1(IStream *This)
{
	(void)This;
	record_call("IStream", 1);
	return 0;
}

static ULONG STDMETHODCALLTYPE stub_IStream_2(IStream *This)
{
	(void)This;
	record_call("IStream", 2);
	return 0;
}

static HRESULT STDMETHODCALLTYPE stub_IStream_3(IStream *This, LPVOID pv, ULONG cb, ULONG *pcbRead)
{
	(void)This;
	(void)pv;
	(void)cb;
	(void)pcbRead;
	record_call("IStream", 3);
	return 0;
}

static HRESULT STDMETHODCALLTYPE stub_IStream_4(IStream *This, const void *pv, ULONG cb, ULONG *pcbWritten)
{
	(void)This;
	(void)pv;
	(void)cb;
	(void)pcbWritten;
	record_call("IStream", 4);
	return 0;
}

static HRESULT STDMETHODCALLTYPE stub_IStream_5(IStream *This, LARGE_INTEGER dlibMove, DWORD dwOrigin, ULARGE_INTEGER *plibNewPosition)
{
	(void)This;
	(void)dlibMove;
	(void)dwOrigin;
	(void)plibNewPosition;
	record_call("IStream", 5);
	return 0;
}

static HRESULT STDMETHODCALLTYPE stub_IStream_6(IStream *This, ULARGE_INTEGER libNewSize)
{
	(void)This;
	(void)libNewSize;
	record_call("IStream", 6);
	return 0;
}

static HRESULT STDMETHODCALLTYPE stub_IStream_7(IStream *This, IStream *pstm, ULARGE_INTEGER cb, ULARGE_INTEGER *pcbRead, ULARGE_INTEGER *pcbWritten)
{
	(void)This;
	(void)pstm;
	(void)cb;
	(void)pcbRead;
	(void)pcbWritten;
	record_call("IStream", 7);
	return 0;
}

static HRESULT STDMETHODCALLTYPE stub_IStream_8(IStream *This, DWORD grfCommitFlags)
{
	(void)This;
	(void)grfCommitFlags;
	record_call("IStream", 8);
	return 0;
}

static HRESULT STDMETHODCALLTYPE stub_IStream_9(IStream *This)
{
	(void)This;
	record_call("IStream", 9);
	return 0;
}

static HRESULT STDMETHODCALLTYPE stub_IStream_10(IStream *This, ULARGE_INTEGER libOffset, ULARGE_INTEGER cb, DWORD dwLockType)
{
	(void)This;
	(void)libOffset;
	(void)cb;
	(void)dwLockType;
	record_call("IStream", 10);
	return 0;
}

static HRESULT STDMETHODCALLTYPE stub_IStream_11(IStream *This, ULARGE_INTEGER libOffset, ULARGE_INTEGER cb, DWORD dwLockType)
{
	(void)This;
	(void)libOffset;
	(void)cb;
	(void)dwLockType;
	record_call("IStream", 11);
	return 0;
}

static HRESULT STDMETHODCALLTYPE stub_IStream_12(IStream *This, STATSTG *pstatstg, DWORD grfStatFlag)
{
	(void)This;
	(void)pstatstg;
	(void)grfStatFlag;
	record_call("IStream", 12);
	return 0;
}

static HRESULT STDMETHODCALLTYPE stub_IStream_13(IStream *This, IStream **ppstm)
{
	(void)This;
	(void)ppstm;
	record_call("IStream", 13);
	return 0;
}

static CONST_VTBL IStreamVtbl stub_vtbl_IStream = {
	stub_IStream_0,
	stub_IStream_1,
	stub_IStream_2,
	stub_IStream_3,
	stub_IStream_4,
	stub_IStream_5,
	stub_IStream_6,
	stub_IStream_7,
	stub_IStream_8,
	stub_IStream_9,
	stub_IStream_10,
	stub_IStream_11,
	stub_IStream_12,
	stub_IStream_13,
};

static void test_IStream(void **state)
{
	IStream object = {&stub_vtbl_IStream};
	IStream *obj = &object;

	(void)state;

	/* slot 0: IUnknown::QueryInterface */
	{
		REFIID a1;
		LPVOID *a2;

		memset(&a1, 0, sizeof(a1));
		memset(&a2, 0, sizeof(a2));
		forget_call();
		IStream_QueryInterface(obj, a1, a2);
		check_call("IStream", 0);
	}

	/* slot 1: IUnknown::AddRef */
	{
		forget_call();
		IStream_AddRef(obj);
		check_call("IStream", 1);
	}

	/* slot 2: IUnknown::Release */
	{
		forget_call();
		IStream_Release(obj);
		check_call("IStream", 2);
	}

	/* slot 3: ISequentialStream::Read */
	{
		LPVOID a1;
		ULONG a2;
		ULONG *a3;

		memset(&a1, 0, sizeof(a1));
		memset(&a2, 0, sizeof(a2));
		memset(&a3, 0, sizeof(a3));
		forget_call();
		IStream_Read(obj, a1, a2, a3);
		check_call("IStream", 3);
	}

	/* slot 4: ISequentialStream::Write */
	{
		const void *a1;
		ULONG a2;
		ULONG *a3;

		memset(&a1, 0, sizeof(a1));
		memset(&a2, 0, sizeof(a2));
		memset(&a3, 0, sizeof(a3));
		forget_call();
		IStream_Write(obj, a1, a2, a3);
		check_call("IStream", 4);
	}

	/* slot 5: IStream::Seek */
	{
		LARGE_INTEGER a1;
		DWORD a2;
		ULARGE_INTEGER *a3;

		memset(&a1, 0, sizeof(a1));
		memset(&a2, 0, sizeof(a2));
		memset(&a3, 0, sizeof(a3));
		forget_call();
		IStream_Seek(obj, a1, a2, a3);
		check_call("IStream", 5);
	}

	/* slot 6: IStream::SetSize */
	{
		ULARGE_INTEGER a1;

		memset(&a1, 0, sizeof(a1));
		forget_call();
		IStream_SetSize(obj, a1);
		check_call("IStream", 6);
	}

	/* slot 7: IStream::CopyTo */
	{
		IStream *a1;
		ULARGE_INTEGER a2;
		ULARGE_INTEGER *a3;
		ULARGE_INTEGER *a4;

		memset(&a1, 0, sizeof(a1));
		memset(&a2, 0, sizeof(a2));
		memset(&a3, 0, sizeof(a3));
		memset(&a4, 0, sizeof(a4));
		forget_call();
		IStream_CopyTo(obj, a1, a2, a3, a4);
		check_call("IStream", 7);
	}

	/* slot 8: IStream::Commit */
	{
		DWORD a1;

		memset(&a1, 0, sizeof(a1));
		forget_call();
		IStream_Commit(obj, a1);
		check_call("IStream", 8);
	}

	/* slot 9: IStream::Revert */
	{
		forget_call();
		IStream_Revert(obj);
		check_call("IStream", 9);
	}

	/* slot 10: IStream::LockRegion */
	{
		ULARGE_INTEGER a1;
		ULARGE_INTEGER a2;
		DWORD a3;

		memset(&a1, 0, sizeof(a1));
		memset(&a2, 0, sizeof(a2));
		memset(&a3, 0, sizeof(a3));
		forget_call();
		IStream_LockRegion(obj, a1, a2, a3);
		check_call("IStream", 10);
	}

	/* slot 11: IStream::UnlockRegion */
	{
		ULARGE_INTEGER a1;
		ULARGE_INTEGER a2;
		DWORD a3;

		memset(&a1, 0, sizeof(a1));
		memset(&a2, 0, sizeof(a2));
		memset(&a3, 0, sizeof(a3));
		forget_call();
		IStream_UnlockRegion(obj, a1, a2, a3);
		check_call("IStream", 11);
	}

	/* slot 12: IStream::Stat */
	{
		STATSTG *a1;
		DWORD a2;

		memset(&a1, 0, sizeof(a1));
		memset(&a2, 0, sizeof(a2));
		forget_call();
		IStream_Stat(obj, a1, a2);
		check_call("IStream", 12);
	}

	/* slot 13: IStream::Clone */
	{
		IStream **a1;

		memset(&a1, 0, sizeof(a1));
		forget_call();
		IStream_Clone(obj, a1);
		check_call("IStream", 13);
	}
}

/* IEnumSTATSTG */

static HRESULT STDMETHODCALLTYPE stub_IEnumSTATSTG_0(IEnumSTATSTG *This, REFIID riid, LPVOID *ppvObj)
{
	(void)This;
	(void)riid;
	(void)ppvObj;
	record_call("IEnumSTATSTG", 0);
	return 0;
}

static ULONG STDMETHODCALLTYPE stub_IEnumSTATSTG_1(IEnumSTATSTG *This)
{
	(void)This;
	record_call("IEnumSTATSTG", 1);
	return 0;
}

static ULONG STDMETHODCALLTYPE stub_IEnumSTATSTG_2(IEnumSTATSTG *This)
{
	(void)This;
	record_call("IEnumSTATSTG", 2);
	return 0;
}

static HRESULT STDMETHODCALLTYPE stub_IEnumSTATSTG_3(IEnumSTATSTG *This, ULONG celt, STATSTG *rgelt, ULONG *pceltFetched)
{
	(void)This;
	(void)celt;
	(void)rgelt;
	(void)pceltFetched;
	record_call("IEnumSTATSTG", 3);
	return 0;
}

static HRESULT STDMETHODCALLTYPE stub_IEnumSTATSTG_4(IEnumSTATSTG *This, ULONG celt)
{
	(void)This;
	(void)celt;
	record_call("IEnumSTATSTG", 4);
	return 0;
}

static HRESULT STDMETHODCALLTYPE stub_IEnumSTATSTG_5(IEnumSTATSTG *This)
{
	(void)This;
	record_call("IEnumSTATSTG", 5);
	return 0;
}

static HRESULT STDMETHODCALLTYPE stub_IEnumSTATSTG_6(IEnumSTATSTG *This, IEnumSTATSTG **ppenum)
{
	(void)This;
	(void)ppenum;
	record_call("IEnumSTATSTG", 6);
	return 0;
}

static CONST_VTBL IEnumSTATSTGVtbl stub_vtbl_IEnumSTATSTG = {
	stub_IEnumSTATSTG_0,
	stub_IEnumSTATSTG_1,
	stub_IEnumSTATSTG_2,
	stub_IEnumSTATSTG_3,
	stub_IEnumSTATSTG_4,
	stub_IEnumSTATSTG_5,
	stub_IEnumSTATSTG_6,
};

static void test_IEnumSTATSTG(void **state)
{
	IEnumSTATSTG object = {&stub_vtbl_IEnumSTATSTG};
	IEnumSTATSTG *obj = &object;

	(void)state;

	/* slot 0: IUnknown::QueryInterface */
	{
		REFIID a1;
		LPVOID *a2;

		memset(&a1, 0, sizeof(a1));
		memset(&a2, 0, sizeof(a2));
		forget_call();
		IEnumSTATSTG_QueryInterface(obj, a1, a2);
		check_call("IEnumSTATSTG", 0);
	}

	/* slot 1: IUnknown::AddRef */
	{
		forget_call();
		IEnumSTATSTG_AddRef(obj);
		check_call("IEnumSTATSTG", 1);
	}

	/* slot 2: IUnknown::Release */
	{
		forget_call();
		IEnumSTATSTG_Release(obj);
		check_call("IEnumSTATSTG", 2);
	}

	/* slot 3: IEnumSTATSTG::Next */
	{
		ULONG a1;
		STATSTG *a2;
		ULONG *a3;

		memset(&a1, 0, sizeof(a1));
		memset(&a2, 0, sizeof(a2));
		memset(&a3, 0, sizeof(a3));
		forget_call();
		IEnumSTATSTG_Next(obj, a1, a2, a3);
		check_call("IEnumSTATSTG", 3);
	}

	/* slot 4: IEnumSTATSTG::Skip */
	{
		ULONG a1;

		memset(&a1, 0, sizeof(a1));
		forget_call();
		IEnumSTATSTG_Skip(obj, a1);
		check_call("IEnumSTATSTG", 4);
	}

	/* slot 5: IEnumSTATSTG::Reset */
	{
		forget_call();
		IEnumSTATSTG_Reset(obj);
		check_call("IEnumSTATSTG", 5);
	}

	/* slot 6: IEnumSTATSTG::Clone */
	{
		IEnumSTATSTG **a1;

		memset(&a1, 0, sizeof(a1));
		forget_call();
		IEnumSTATSTG_Clone(obj, a1);
		check_call("IEnumSTATSTG", 6);
	}
}

/* IStorage */

static HRESULT STDMETHODCALLTYPE stub_IStorage_0(IStorage *This, REFIID riid, LPVOID *ppvObj)
{
	(void)This;
	(void)riid;
	(void)ppvObj;
	record_call("IStorage", 0);
	return 0;
}

static ULONG STDMETHODCALLTYPE stub_IStorage_1(IStorage *This)
{
	(void)This;
	record_call("IStorage", 1);
	return 0;
}

static ULONG STDMETHODCALLTYPE stub_IStorage_2(IStorage *This)
{
	(void)This;
	record_call("IStorage", 2);
	return 0;
}

static HRESULT STDMETHODCALLTYPE stub_IStorage_3(IStorage *This, const OLECHAR *pwcsName, DWORD grfMode, DWORD reserved1, DWORD reserved2, IStream **ppstm)
{
	(void)This;
	(void)pwcsName;
	(void)grfMode;
	(void)reserved1;
	(void)reserved2;
	(void)ppstm;
	record_call("IStorage", 3);
	return 0;
}

static HRESULT STDMETHODCALLTYPE stub_IStorage_4(IStorage *This, const OLECHAR *pwcsName, void *reserved1, DWORD grfMode, DWORD reserved2, IStream **ppstm)
{
	(void)This;
	(void)pwcsName;
	(void)reserved1;
	(void)grfMode;
	(void)reserved2;
	(void)ppstm;
	record_call("IStorage", 4);
	return 0;
}

static HRESULT STDMETHODCALLTYPE stub_IStorage_5(IStorage *This, const OLECHAR *pwcsName, DWORD grfMode, DWORD reserved1, DWORD reserved2, IStorage **ppstg)
{
	(void)This;
	(void)pwcsName;
	(void)grfMode;
	(void)reserved1;
	(void)reserved2;
	(void)ppstg;
	record_call("IStorage", 5);
	return 0;
}

static HRESULT STDMETHODCALLTYPE stub_IStorage_6(IStorage *This, const OLECHAR *pwcsName, IStorage *pstgPriority, DWORD grfMode, SNB snbExclude, DWORD reserved, IStorage **ppstg)
{
	(void)This;
	(void)pwcsName;
	(void)pstgPriority;
	(void)grfMode;
	(void)snbExclude;
	(void)reserved;
	(void)ppstg;
	record_call("IStorage", 6);
	return 0;
}

static HRESULT STDMETHODCALLTYPE stub_IStorage_7(IStorage *This, DWORD ciidExclude, const IID *rgiidExclude, SNB snbExclude, IStorage *pstgDest)
{
	(void)This;
	(void)ciidExclude;
	(void)rgiidExclude;
	(void)snbExclude;
	(void)pstgDest;
	record_call("IStorage", 7);
	return 0;
}

static HRESULT STDMETHODCALLTYPE stub_IStorage_8(IStorage *This, const OLECHAR *pwcsName, IStorage *pstgDest, const OLECHAR *pwcsNewName, DWORD grfFlags)
{
	(void)This;
	(void)pwcsName;
	(void)pstgDest;
	(void)pwcsNewName;
	(void)grfFlags;
	record_call("IStorage", 8);
	return 0;
}

static HRESULT STDMETHODCALLTYPE stub_IStorage_9(IStorage *This, DWORD grfCommitFlags)
{
	(void)This;
	(void)grfCommitFlags;
	record_call("IStorage", 9);
	return 0;
}

static HRESULT STDMETHODCALLTYPE stub_IStorage_10(IStorage *This)
{
	(void)This;
	record_call("IStorage", 10);
	return 0;
}

static HRESULT STDMETHODCALLTYPE stub_IStorage_11(IStorage *This, DWORD reserved1, void *reserved2, DWORD reserved3, IEnumSTATSTG **ppenum)
{
	(void)This;
	(void)reserved1;
	(void)reserved2;
	(void)reserved3;
	(void)ppenum;
	record_call("IStorage", 11);
	return 0;
}

static HRESULT STDMETHODCALLTYPE stub_IStorage_12(IStorage *This, const OLECHAR *pwcsName)
{
	(void)This;
	(void)pwcsName;
	record_call("IStorage", 12);
	return 0;
}

static HRESULT STDMETHODCALLTYPE stub_IStorage_13(IStorage *This, const OLECHAR *pwcsOldName, const OLECHAR *pwcsNewName)
{
	(void)This;
	(void)pwcsOldName;
	(void)pwcsNewName;
	record_call("IStorage", 13);
	return 0;
}

static HRESULT STDMETHODCALLTYPE stub_IStorage_14(IStorage *This, const OLECHAR *pwcsName, const FILETIME *pctime, const FILETIME *patime, const FILETIME *pmtime)
{
	(void)This;
	(void)pwcsName;
	(void)pctime;
	(void)patime;
	(void)pmtime;
	record_call("IStorage", 14);
	return 0;
}

static HRESULT STDMETHODCALLTYPE stub_IStorage_15(IStorage *This, REFCLSID clsid)
{
	(void)This;
	(void)clsid;
	record_call("IStorage", 15);
	return 0;
}

static HRESULT STDMETHODCALLTYPE stub_IStorage_16(IStorage *This, DWORD grfStateBits, DWORD grfMask)
{
	(void)This;
	(void)grfStateBits;
	(void)grfMask;
	record_call("IStorage", 16);
	return 0;
}

static HRESULT STDMETHODCALLTYPE stub_IStorage_17(IStorage *This, STATSTG *pstatstg, DWORD grfStatFlag)
{
	(void)This;
	(void)pstatstg;
	(void)grfStatFlag;
	record_call("IStorage", 17);
	return 0;
}

static CONST_VTBL IStorageVtbl stub_vtbl_IStorage = {
	stub_IStorage_0,
	stub_IStorage_1,
	stub_IStorage_2,
	stub_IStorage_3,
	stub_IStorage_4,
	stub_IStorage_5,
	stub_IStorage_6,
	stub_IStorage_7,
	stub_IStorage_8,
	stub_IStorage_9,
	stub_IStorage_10,
	stub_IStorage_11,
	stub_IStorage_12,
	stub_IStorage_13,
	stub_IStorage_14,
	stub_IStorage_15,
	stub_IStorage_16,
	stub_IStorage_17,
};

static void test_IStorage(void **state)
{
	IStorage object = {&stub_vtbl_IStorage};
	IStorage *obj = &object;

	(void)state;

	/* slot 0: IUnknown::QueryInterface */
	{
		REFIID a1;
		LPVOID *a2;

		memset(&a1, 0, sizeof(a1));
		memset(&a2, 0, sizeof(a2));
		forget_call();
		IStorage_QueryInterface(obj, a1, a2);
		check_call("IStorage", 0);
	}

	/* slot 1: IUnknown::AddRef */
	{
		forget_call();
		IStorage_AddRef(obj);
		check_call("IStorage", 1);
	}

	/* slot 2: IUnknown::Release */
	{
		forget_call();
		IStorage_Release(obj);
		check_call("IStorage", 2);
	}

	/* slot 3: IStorage::CreateStream */
	{
		const OLECHAR *a1;
		DWORD a2;
		DWORD a3;
		DWORD a4;
		IStream **a5;

		memset(&a1, 0, sizeof(a1));
		memset(&a2, 0, sizeof(a2));
		memset(&a3, 0, sizeof(a3));
		memset(&a4, 0, sizeof(a4));
		memset(&a5, 0, sizeof(a5));
		forget_call();
		IStorage_CreateStream(obj, a1, a2, a3, a4, a5);
		check_call("IStorage", 3);
	}

	/* slot 4: IStorage::OpenStream */
	{
		const OLECHAR *a1;
		void *a2;
		DWORD a3;
		DWORD a4;
		IStream **a5;

		memset(&a1, 0, sizeof(a1));
		memset(&a2, 0, sizeof(a2));
		memset(&a3, 0, sizeof(a3));
		memset(&a4, 0, sizeof(a4));
		memset(&a5, 0, sizeof(a5));
		forget_call();
		IStorage_OpenStream(obj, a1, a2, a3, a4, a5);
		check_call("IStorage", 4);
	}

	/* slot 5: IStorage::CreateStorage */
	{
		const OLECHAR *a1;
		DWORD a2;
		DWORD a3;
		DWORD a4;
		IStorage **a5;

		memset(&a1, 0, sizeof(a1));
		memset(&a2, 0, sizeof(a2));
		memset(&a3, 0, sizeof(a3));
		memset(&a4, 0, sizeof(a4));
		memset(&a5, 0, sizeof(a5));
		forget_call();
		IStorage_CreateStorage(obj, a1, a2, a3, a4, a5);
		check_call("IStorage", 5);
	}

	/* slot 6: IStorage::OpenStorage */
	{
		const OLECHAR *a1;
		IStorage *a2;
		DWORD a3;
		SNB a4;
		DWORD a5;
		IStorage **a6;

		memset(&a1, 0, sizeof(a1));
		memset(&a2, 0, sizeof(a2));
		memset(&a3, 0, sizeof(a3));
		memset(&a4, 0, sizeof(a4));
		memset(&a5, 0, sizeof(a5));
		memset(&a6, 0, sizeof(a6));
		forget_call();
		IStorage_OpenStorage(obj, a1, a2, a3, a4, a5, a6);
		check_call("IStorage", 6);
	}

	/* slot 7: IStorage::CopyTo */
	{
		DWORD a1;
		const IID *a2;
		SNB a3;
		IStorage *a4;

		memset(&a1, 0, sizeof(a1));
		memset(&a2, 0, sizeof(a2));
		memset(&a3, 0, sizeof(a3));
		memset(&a4, 0, sizeof(a4));
		forget_call();
		IStorage_CopyTo(obj, a1, a2, a3, a4);
		check_call("IStorage", 7);
	}

	/* slot 8: IStorage::MoveElementTo */
	{
		const OLECHAR *a1;
		IStorage *a2;
		const OLECHAR *a3;
		DWORD a4;

		memset(&a1, 0, sizeof(a1));
		memset(&a2, 0, sizeof(a2));
		memset(&a3, 0, sizeof(a3));
		memset(&a4, 0, sizeof(a4));
		forget_call();
		IStorage_MoveElementTo(obj, a1, a2, a3, a4);
		check_call("IStorage", 8);
	}

	/* slot 9: IStorage::Commit */
	{
		DWORD a1;

		memset(&a1, 0, sizeof(a1));
		forget_call();
		IStorage_Commit(obj, a1);
		check_call("IStorage", 9);
	}

	/* slot 10: IStorage::Revert */
	{
		forget_call();
		IStorage_Revert(obj);
		check_call("IStorage", 10);
	}

	/* slot 11: IStorage::EnumElements */
	{
		DWORD a1;
		void *a2;
		DWORD a3;
		IEnumSTATSTG **a4;

		memset(&a1, 0, sizeof(a1));
		memset(&a2, 0, sizeof(a2));
		memset(&a3, 0, sizeof(a3));
		memset(&a4, 0, sizeof(a4));
		forget_call();
		IStorage_EnumElements(obj, a1, a2, a3, a4);
		check_call("IStorage", 11);
	}

	/* slot 12: IStorage::DestroyElement */
	{
		const OLECHAR *a1;

		memset(&a1, 0, sizeof(a1));
		forget_call();
		IStorage_DestroyElement(obj, a1);
		check_call("IStorage", 12);
	}

	/* slot 13: IStorage::RenameElement */
	{
		const OLECHAR *a1;
		const OLECHAR *a2;

		memset(&a1, 0, sizeof(a1));
		memset(&a2, 0, sizeof(a2));
		forget_call();
		IStorage_RenameElement(obj, a1, a2);
		check_call("IStorage", 13);
	}

	/* slot 14: IStorage::SetElementTimes */
	{
		const OLECHAR *a1;
		const FILETIME *a2;
		const FILETIME *a3;
		const FILETIME *a4;

		memset(&a1, 0, sizeof(a1));
		memset(&a2, 0, sizeof(a2));
		memset(&a3, 0, sizeof(a3));
		memset(&a4, 0, sizeof(a4));
		forget_call();
		IStorage_SetElementTimes(obj, a1, a2, a3, a4);
		check_call("IStorage", 14);
	}

	/* slot 15: IStorage::SetClass */
	{
		REFCLSID a1;

		memset(&a1, 0, sizeof(a1));
		forget_call();
		IStorage_SetClass(obj, a1);
		check_call("IStorage", 15);
	}

	/* slot 16: IStorage::SetStateBits */
	{
		DWORD a1;
		DWORD a2;

		memset(&a1, 0, sizeof(a1));
		memset(&a2, 0, sizeof(a2));
		forget_call();
		IStorage_SetStateBits(obj, a1, a2);
		check_call("IStorage", 16);
	}

	/* slot 17: IStorage::Stat */
	{
		STATSTG *a1;
		DWORD a2;

		memset(&a1, 0, sizeof(a1));
		memset(&a2, 0, sizeof(a2));
		forget_call();
		IStorage_Stat(obj, a1, a2);
		check_call("IStorage", 17);
	}
}

/* IClassFactory */

static HRESULT STDMETHODCALLTYPE stub_IClassFactory_0(IClassFactory *This, REFIID riid, LPVOID *ppvObj)
{
	(void)This;
	(void)riid;
	(void)ppvObj;
	record_call("IClassFactory", 0);
	return 0;
}

static ULONG STDMETHODCALLTYPE stub_IClassFactory_1(IClassFactory *This)
{
	(void)This;
	record_call("IClassFactory", 1);
	return 0;
}

static ULONG STDMETHODCALLTYPE stub_IClassFactory_2(IClassFactory *This)
{
	(void)This;
	record_call("IClassFactory", 2);
	return 0;
}

static HRESULT STDMETHODCALLTYPE stub_IClassFactory_3(IClassFactory *This, LPUNKNOWN pUnkOuter, REFIID riid, LPVOID *ppvObject)
{
	(void)This;
	(void)pUnkOuter;
	(void)riid;
	(void)ppvObject;
	record_call("IClassFactory", 3);
	return 0;
}

static HRESULT STDMETHODCALLTYPE stub_IClassFactory_4(IClassFactory *This, BOOL fLock)
{
	(void)This;
	(void)fLock;
	record_call("IClassFactory", 4);
	return 0;
}

static CONST_VTBL IClassFactoryVtbl stub_vtbl_IClassFactory = {
	stub_IClassFactory_0,
	stub_IClassFactory_1,
	stub_IClassFactory_2,
	stub_IClassFactory_3,
	stub_IClassFactory_4,
};

static void test_IClassFactory(void **state)
{
	IClassFactory object = {&stub_vtbl_IClassFactory};
	IClassFactory *obj = &object;

	(void)state;

	/* slot 0: IUnknown::QueryInterface */
	{
		REFIID a1;
		LPVOID *a2;

		memset(&a1, 0, sizeof(a1));
		memset(&a2, 0, sizeof(a2));
		forget_call();
		IClassFactory_QueryInterface(obj, a1, a2);
		check_call("IClassFactory", 0);
	}

	/* slot 1: IUnknown::AddRef */
	{
		forget_call();
		IClassFactory_AddRef(obj);
		check_call("IClassFactory", 1);
	}

	/* slot 2: IUnknown::Release */
	{
		forget_call();
		IClassFactory_Release(obj);
		check_call("IClassFactory", 2);
	}

	/* slot 3: IClassFactory::CreateInstance */
	{
		LPUNKNOWN a1;
		REFIID a2;
		LPVOID *a3;

		memset(&a1, 0, sizeof(a1));
		memset(&a2, 0, sizeof(a2));
		memset(&a3, 0, sizeof(a3));
		forget_call();
		IClassFactory_CreateInstance(obj, a1, a2, a3);
		check_call("IClassFactory", 3);
	}

	/* slot 4: IClassFactory::LockServer */
	{
		BOOL a1;

		memset(&a1, 0, sizeof(a1));
		forget_call();
		IClassFactory_LockServer(obj, a1);
		check_call("IClassFactory", 4);
	}
}

/* IMAPIAdviseSink */

static HRESULT STDMETHODCALLTYPE stub_IMAPIAdviseSink_0(IMAPIAdviseSink *This, REFIID riid, LPVOID *ppvObj)
{
	(void)This;
	(void)riid;
	(void)ppvObj;
	record_call("IMAPIAdviseSink", 0);
	return 0;
}

static ULONG STDMETHODCALLTYPE stub_IMAPIAdviseSink_1(IMAPIAdviseSink *This)
{
	(void)This;
	record_call("IMAPIAdviseSink", 1);
	return 0;
}

static ULONG STDMETHODCALLTYPE stub_IMAPIAdviseSink_2(IMAPIAdviseSink *This)
{
	(void)This;
	record_call("IMAPIAdviseSink", 2);
	return 0;
}

static ULONG STDMETHODCALLTYPE stub_IMAPIAdviseSink_3(IMAPIAdviseSink *This, ULONG cNotif, LPNOTIFICATION lpNotifications)
{
	(void)This;
	(void)cNotif;
	(void)lpNotifications;
	record_call("IMAPIAdviseSink", 3);
	return 0;
}

static CONST_VTBL IMAPIAdviseSinkVtbl stub_vtbl_IMAPIAdviseSink = {
	stub_IMAPIAdviseSink_0,
	stub_IMAPIAdviseSink_1,
	stub_IMAPIAdviseSink_2,
	stub_IMAPIAdviseSink_3,
};

static void test_IMAPIAdviseSink(void **state)
{
	IMAPIAdviseSink object = {&stub_vtbl_IMAPIAdviseSink};
	IMAPIAdviseSink *obj = &object;

	(void)state;

	/* slot 0: IUnknown::QueryInterface */
	{
		REFIID a1;
		LPVOID *a2;

		memset(&a1, 0, sizeof(a1));
		memset(&a2, 0, sizeof(a2));
		forget_call();
		IMAPIAdviseSink_QueryInterface(obj, a1, a2);
		check_call("IMAPIAdviseSink", 0);
	}

	/* slot 1: IUnknown::AddRef */
	{
		forget_call();
		IMAPIAdviseSink_AddRef(obj);
		check_call("IMAPIAdviseSink", 1);
	}

	/* slot 2: IUnknown::Release */
	{
		forget_call();
		IMAPIAdviseSink_Release(obj);
		check_call("IMAPIAdviseSink", 2);
	}

	/* slot 3: IMAPIAdviseSink::OnNotify */
	{
		ULONG a1;
		LPNOTIFICATION a2;

		memset(&a1, 0, sizeof(a1));
		memset(&a2, 0, sizeof(a2));
		forget_call();
		IMAPIAdviseSink_OnNotify(obj, a1, a2);
		check_call("IMAPIAdviseSink", 3);
	}
}

/* IMAPIProgress */

static HRESULT STDMETHODCALLTYPE stub_IMAPIProgress_0(IMAPIProgress *This, REFIID riid, LPVOID *ppvObj)
{
	(void)This;
	(void)riid;
	(void)ppvObj;
	record_call("IMAPIProgress", 0);
	return 0;
}

static ULONG STDMETHODCALLTYPE stub_IMAPIProgress_1(IMAPIProgress *This)
{
	(void)This;
	record_call("IMAPIProgress", 1);
	return 0;
}

static ULONG STDMETHODCALLTYPE stub_IMAPIProgress_2(IMAPIProgress *This)
{
	(void)This;
	record_call("IMAPIProgress", 2);
	return 0;
}

static HRESULT STDMETHODCALLTYPE stub_IMAPIProgress_3(IMAPIProgress *This, ULONG ulValue, ULONG ulCount, ULONG ulTotal)
{
	(void)This;
	(void)ulValue;
	(void)ulCount;
	(void)ulTotal;
	record_call("IMAPIProgress", 3);
	return 0;
}

static HRESULT STDMETHODCALLTYPE stub_IMAPIProgress_4(IMAPIProgress *This, ULONG *lpulFlags)
{
	(void)This;
	(void)lpulFlags;
	record_call("IMAPIProgress", 4);
	return 0;
}

static HRESULT STDMETHODCALLTYPE stub_IMAPIProgress_5(IMAPIProgress *This, ULONG *lpulMax)
{
	(void)This;
	(void)lpulMax;
	record_call("IMAPIProgress", 5);
	return 0;
}

static HRESULT STDMETHODCALLTYPE stub_IMAPIProgress_6(IMAPIProgress *This, ULONG *lpulMin)
{
	(void)This;
	(void)lpulMin;
	record_call("IMAPIProgress", 6);
	return 0;
}

static HRESULT STDMETHODCALLTYPE stub_IMAPIProgress_7(IMAPIProgress *This, ULONG *lpulMin, ULONG *lpulMax, ULONG *lpulFlags)
{
	(void)This;
	(void)lpulMin;
	(void)lpulMax;
	(void)lpulFlags;
	record_call("IMAPIProgress", 7);
	return 0;
}

static CONST_VTBL IMAPIProgressVtbl stub_vtbl_IMAPIProgress = {
	stub_IMAPIProgress_0,
	stub_IMAPIProgress_1,
	stub_IMAPIProgress_2,
	stub_IMAPIProgress_3,
	stub_IMAPIProgress_4,
	stub_IMAPIProgress_5,
	stub_IMAPIProgress_6,
	stub_IMAPIProgress_7,
};

static void test_IMAPIProgress(void **state)
{
	IMAPIProgress object = {&stub_vtbl_IMAPIProgress};
	IMAPIProgress *obj = &object;

	(void)state;

	/* slot 0: IUnknown::QueryInterface */
	{
		REFIID a1;
		LPVOID *a2;

		memset(&a1, 0, sizeof(a1));
		memset(&a2, 0, sizeof(a2));
		forget_call();
		IMAPIProgress_QueryInterface(obj, a1, a2);
		check_call("IMAPIProgress", 0);
	}

	/* slot 1: IUnknown::AddRef */
	{
		forget_call();
		IMAPIProgress_AddRef(obj);
		check_call("IMAPIProgress", 1);
	}

	/* slot 2: IUnknown::Release */
	{
		forget_call();
		IMAPIProgress_Release(obj);
		check_call("IMAPIProgress", 2);
	}

	/* slot 3: IMAPIProgress::Progress */
	{
		ULONG a1;
		ULONG a2;
		ULONG a3;

		memset(&a1, 0, sizeof(a1));
		memset(&a2, 0, sizeof(a2));
		memset(&a3, 0, sizeof(a3));
		forget_call();
		IMAPIProgress_Progress(obj, a1, a2, a3);
		check_call("IMAPIProgress", 3);
	}

	/* slot 4: IMAPIProgress::GetFlags */
	{
		ULONG *a1;

		memset(&a1, 0, sizeof(a1));
		forget_call();
		IMAPIProgress_GetFlags(obj, a1);
		check_call("IMAPIProgress", 4);
	}

	/* slot 5: IMAPIProgress::GetMax */
	{
		ULONG *a1;

		memset(&a1, 0, sizeof(a1));
		forget_call();
		IMAPIProgress_GetMax(obj, a1);
		check_call("IMAPIProgress", 5);
	}

	/* slot 6: IMAPIProgress::GetMin */
	{
		ULONG *a1;

		memset(&a1, 0, sizeof(a1));
		forget_call();
		IMAPIProgress_GetMin(obj, a1);
		check_call("IMAPIProgress", 6);
	}

	/* slot 7: IMAPIProgress::SetLimits */
	{
		ULONG *a1;
		ULONG *a2;
		ULONG *a3;

		memset(&a1, 0, sizeof(a1));
		memset(&a2, 0, sizeof(a2));
		memset(&a3, 0, sizeof(a3));
		forget_call();
		IMAPIProgress_SetLimits(obj, a1, a2, a3);
		check_call("IMAPIProgress", 7);
	}
}

/* IMAPIProp */

static HRESULT STDMETHODCALLTYPE stub_IMAPIProp_0(IMAPIProp *This, REFIID riid, LPVOID *ppvObj)
{
	(void)This;
	(void)riid;
	(void)ppvObj;
	record_call("IMAPIProp", 0);
	return 0;
}

static ULONG STDMETHODCALLTYPE stub_IMAPIProp_1(IMAPIProp *This)
{
	(void)This;
	record_call("IMAPIProp", 1);
	return 0;
}

static ULONG STDMETHODCALLTYPE stub_IMAPIProp_2(IMAPIProp *This)
{
	(void)This;
	record_call("IMAPIProp", 2);
	return 0;
}

static HRESULT STDMETHODCALLTYPE stub_IMAPIProp_3(IMAPIProp *This, HRESULT hResult, ULONG ulFlags, LPMAPIERROR *lppMAPIError)
{
	(void)This;
	(void)hResult;
	(void)ulFlags;
	(void)lppMAPIError;
	record_call("IMAPIProp", 3);
	return 0;
}

static HRESULT STDMETHODCALLTYPE stub_IMAPIProp_4(IMAPIProp *This, ULONG ulFlags)
{
	(void)This;
	(void)ulFlags;
	record_call("IMAPIProp", 4);
	return 0;
}

static HRESULT STDMETHODCALLTYPE stub_IMAPIProp_5(IMAPIProp *This, LPSPropTagArray lpPropTagArray, ULONG ulFlags, ULONG *lpcValues, LPSPropValue *lppPropArray)
{
	(void)This;
	(void)lpPropTagArray;
	(void)ulFlags;
	(void)lpcValues;
	(void)lppPropArray;
	record_call("IMAPIProp", 5);
	return 0;
}

static HRESULT STDMETHODCALLTYPE stub_IMAPIProp_6(IMAPIProp *This, ULONG ulFlags, LPSPropTagArray *lppPropTagArray)
{
	(void)This;
	(void)ulFlags;
	(void)lppPropTagArray;
	record_call("IMAPIProp", 6);
	return 0;
}

static HRESULT STDMETHODCALLTYPE stub_IMAPIProp_7(IMAPIProp *This, ULONG ulPropTag, LPCIID lpiid, ULONG ulInterfaceOptions, ULONG ulFlags, LPUNKNOWN *lppUnk)
{
	(void)This;
	(void)ulPropTag;
	(void)lpiid;
	(void)ulInterfaceOptions;
	(void)ulFlags;
	(void)lppUnk;
	record_call("IMAPIProp", 7);
	return 0;
}

static HRESULT STDMETHODCALLTYPE stub_IMAPIProp_8(IMAPIProp *This, ULONG cValues, LPSPropValue lpPropArray, LPSPropProblemArray *lppProblems)
{
	(void)This;
	(void)cValues;
	(void)lpPropArray;
	(void)lppProblems;
	record_call("IMAPIProp", 8);
	return 0;
}

static HRESULT STDMETHODCALLTYPE stub_IMAPIProp_9(IMAPIProp *This, LPSPropTagArray lpPropTagArray, LPSPropProblemArray *lppProblems)
{
	(void)This;
	(void)lpPropTagArray;
	(void)lppProblems;
	record_call("IMAPIProp", 9);
	return 0;
}

static HRESULT STDMETHODCALLTYPE stub_IMAPIProp_10(IMAPIProp *This, ULONG ciidExclude, LPCIID rgiidExclude, LPSPropTagArray lpExcludeProps, ULONG_PTR ulUIParam, LPMAPIPROGRESS lpProgress, LPCIID lpInterface, LPVOID lpDestObj, ULONG ulFlags, LPSPropProblemArray *lppProblems)
{
	(void)This;
	(void)ciidExclude;
	(void)rgiidExclude;
	(void)lpExcludeProps;
	(void)ulUIParam;
	(void)lpProgress;
	(void)lpInterface;
	(void)lpDestObj;
	(void)ulFlags;
	(void)lppProblems;
	record_call("IMAPIProp", 10);
	return 0;
}

static HRESULT STDMETHODCALLTYPE stub_IMAPIProp_11(IMAPIProp *This, LPSPropTagArray lpIncludeProps, ULONG_PTR ulUIParam, LPMAPIPROGRESS lpProgress, LPCIID lpInterface, LPVOID lpDestObj, ULONG ulFlags, LPSPropProblemArray *lppProblems)
{
	(void)This;
	(void)lpIncludeProps;
	(void)ulUIParam;
	(void)lpProgress;
	(void)lpInterface;
	(void)lpDestObj;
	(void)ulFlags;
	(void)lppProblems;
	record_call("IMAPIProp", 11);
	return 0;
}

static HRESULT STDMETHODCALLTYPE stub_IMAPIProp_12(IMAPIProp *This, LPSPropTagArray *lppPropTags, LPGUID lpPropSetGuid, ULONG ulFlags, ULONG *lpcPropNames, LPMAPINAMEID **lpppPropNames)
{
	(void)This;
	(void)lppPropTags;
	(void)lpPropSetGuid;
	(void)ulFlags;
	(void)lpcPropNames;
	(void)lpppPropNames;
	record_call("IMAPIProp", 12);
	return 0;
}

static HRESULT STDMETHODCALLTYPE stub_IMAPIProp_13(IMAPIProp *This, ULONG cPropNames, LPMAPINAMEID *lppPropNames, ULONG ulFlags, LPSPropTagArray *lppPropTags)
{
	(void)This;
	(void)cPropNames;
	(void)lppPropNames;
	(void)ulFlags;
	(void)lppPropTags;
	record_call("IMAPIProp", 13);
	return 0;
}

static CONST_VTBL IMAPIPropVtbl stub_vtbl_IMAPIProp = {
	stub_IMAPIProp_0,
	stub_IMAPIProp_1,
	stub_IMAPIProp_2,
	stub_IMAPIProp_3,
	stub_IMAPIProp_4,
	stub_IMAPIProp_5,
	stub_IMAPIProp_6,
	stub_IMAPIProp_7,
	stub_IMAPIProp_8,
	stub_IMAPIProp_9,
	stub_IMAPIProp_10,
	stub_IMAPIProp_11,
	stub_IMAPIProp_12,
	stub_IMAPIProp_13,
};

static void test_IMAPIProp(void **state)
{
	IMAPIProp object = {&stub_vtbl_IMAPIProp};
	IMAPIProp *obj = &object;

	(void)state;

	/* slot 0: IUnknown::QueryInterface */
	{
		REFIID a1;
		LPVOID *a2;

		memset(&a1, 0, sizeof(a1));
		memset(&a2, 0, sizeof(a2));
		forget_call();
		IMAPIProp_QueryInterface(obj, a1, a2);
		check_call("IMAPIProp", 0);
	}

	/* slot 1: IUnknown::AddRef */
	{
		forget_call();
		IMAPIProp_AddRef(obj);
		check_call("IMAPIProp", 1);
	}

	/* slot 2: IUnknown::Release */
	{
		forget_call();
		IMAPIProp_Release(obj);
		check_call("IMAPIProp", 2);
	}

	/* slot 3: IMAPIProp::GetLastError */
	{
		HRESULT a1;
		ULONG a2;
		LPMAPIERROR *a3;

		memset(&a1, 0, sizeof(a1));
		memset(&a2, 0, sizeof(a2));
		memset(&a3, 0, sizeof(a3));
		forget_call();
		IMAPIProp_GetLastError(obj, a1, a2, a3);
		check_call("IMAPIProp", 3);
	}

	/* slot 4: IMAPIProp::SaveChanges */
	{
		ULONG a1;

		memset(&a1, 0, sizeof(a1));
		forget_call();
		IMAPIProp_SaveChanges(obj, a1);
		check_call("IMAPIProp", 4);
	}

	/* slot 5: IMAPIProp::GetProps */
	{
		LPSPropTagArray a1;
		ULONG a2;
		ULONG *a3;
		LPSPropValue *a4;

		memset(&a1, 0, sizeof(a1));
		memset(&a2, 0, sizeof(a2));
		memset(&a3, 0, sizeof(a3));
		memset(&a4, 0, sizeof(a4));
		forget_call();
		IMAPIProp_GetProps(obj, a1, a2, a3, a4);
		check_call("IMAPIProp", 5);
	}

	/* slot 6: IMAPIProp::GetPropList */
	{
		ULONG a1;
		LPSPropTagArray *a2;

		memset(&a1, 0, sizeof(a1));
		memset(&a2, 0, sizeof(a2));
		forget_call();
		IMAPIProp_GetPropList(obj, a1, a2);
		check_call("IMAPIProp", 6);
	}

	/* slot 7: IMAPIProp::OpenProperty */
	{
		ULONG a1;
		LPCIID a2;
		ULONG a3;
		ULONG a4;
		LPUNKNOWN *a5;

		memset(&a1, 0, sizeof(a1));
		memset(&a2, 0, sizeof(a2));
		memset(&a3, 0, sizeof(a3));
		memset(&a4, 0, sizeof(a4));
		memset(&a5, 0, sizeof(a5));
		forget_call();
		IMAPIProp_OpenProperty(obj, a1, a2, a3, a4, a5);
		check_call("IMAPIProp", 7);
	}

	/* slot 8: IMAPIProp::SetProps */
	{
		ULONG a1;
		LPSPropValue a2;
		LPSPropProblemArray *a3;

		memset(&a1, 0, sizeof(a1));
		memset(&a2, 0, sizeof(a2));
		memset(&a3, 0, sizeof(a3));
		forget_call();
		IMAPIProp_SetProps(obj, a1, a2, a3);
		check_call("IMAPIProp", 8);
	}

	/* slot 9: IMAPIProp::DeleteProps */
	{
		LPSPropTagArray a1;
		LPSPropProblemArray *a2;

		memset(&a1, 0, sizeof(a1));
		memset(&a2, 0, sizeof(a2));
		forget_call();
		IMAPIProp_DeleteProps(obj, a1, a2);
		check_call("IMAPIProp", 9);
	}

	/* slot 10: IMAPIProp::CopyTo */
	{
		ULONG a1;
		LPCIID a2;
		LPSPropTagArray a3;
		ULONG_PTR a4;
		LPMAPIPROGRESS a5;
		LPCIID a6;
		LPVOID a7;
		ULONG a8;
		LPSPropProblemArray *a9;

		memset(&a1, 0, sizeof(a1));
		memset(&a2, 0, sizeof(a2));
		memset(&a3, 0, sizeof(a3));
		memset(&a4, 0, sizeof(a4));
		memset(&a5, 0, sizeof(a5));
		memset(&a6, 0, sizeof(a6));
		memset(&a7, 0, sizeof(a7));
		memset(&a8, 0, sizeof(a8));
		memset(&a9, 0, sizeof(a9));
		forget_call();
		IMAPIProp_CopyTo(obj, a1, a2, a3, a4, a5, a6, a7, a8, a9);
		check_call("IMAPIProp", 10);
	}

	/* slot 11: IMAPIProp::CopyProps */
	{
		LPSPropTagArray a1;
		ULONG_PTR a2;
		LPMAPIPROGRESS a3;
		LPCIID a4;
		LPVOID a5;
		ULONG a6;
		LPSPropProblemArray *a7;

		memset(&a1, 0, sizeof(a1));
		memset(&a2, 0, sizeof(a2));
		memset(&a3, 0, sizeof(a3));
		memset(&a4, 0, sizeof(a4));
		memset(&a5, 0, sizeof(a5));
		memset(&a6, 0, sizeof(a6));
		memset(&a7, 0, sizeof(a7));
		forget_call();
		IMAPIProp_CopyProps(obj, a1, a2, a3, a4, a5, a6, a7);
		check_call("IMAPIProp", 11);
	}

	/* slot 12: IMAPIProp::GetNamesFromIDs */
	{
		LPSPropTagArray *a1;
		LPGUID a2;
		ULONG a3;
		ULONG *a4;
		LPMAPINAMEID **a5;

		memset(&a1, 0, sizeof(a1));
		memset(&a2, 0, sizeof(a2));
		memset(&a3, 0, sizeof(a3));
		memset(&a4, 0, sizeof(a4));
		memset(&a5, 0, sizeof(a5));
		forget_call();
		IMAPIProp_GetNamesFromIDs(obj, a1, a2, a3, a4, a5);
		check_call("IMAPIProp", 12);
	}

	/* slot 13: IMAPIProp::GetIDsFromNames */
	{
		ULONG a1;
		LPMAPINAMEID *a2;
		ULONG a3;
		LPSPropTagArray *a4;

		memset(&a1, 0, sizeof(a1));
		memset(&a2, 0, sizeof(a2));
		memset(&a3, 0, sizeof(a3));
		memset(&a4, 0, sizeof(a4));
		forget_call();
		IMAPIProp_GetIDsFromNames(obj, a1, a2, a3, a4);
		check_call("IMAPIProp", 13);
	}
}

/* IMAPIContainer */

static HRESULT STDMETHODCALLTYPE stub_IMAPIContainer_0(IMAPIContainer *This, REFIID riid, LPVOID *ppvObj)
{
	(void)This;
	(void)riid;
	(void)ppvObj;
	record_call("IMAPIContainer", 0);
	return 0;
}

static ULONG STDMETHODCALLTYPE stub_IMAPIContainer_1(IMAPIContainer *This)
{
	(void)This;
	record_call("IMAPIContainer", 1);
	return 0;
}

static ULONG STDMETHODCALLTYPE stub_IMAPIContainer_2(IMAPIContainer *This)
{
	(void)This;
	record_call("IMAPIContainer", 2);
	return 0;
}

static HRESULT STDMETHODCALLTYPE stub_IMAPIContainer_3(IMAPIContainer *This, HRESULT hResult, ULONG ulFlags, LPMAPIERROR *lppMAPIError)
{
	(void)This;
	(void)hResult;
	(void)ulFlags;
	(void)lppMAPIError;
	record_call("IMAPIContainer", 3);
	return 0;
}

static HRESULT STDMETHODCALLTYPE stub_IMAPIContainer_4(IMAPIContainer *This, ULONG ulFlags)
{
	(void)This;
	(void)ulFlags;
	record_call("IMAPIContainer", 4);
	return 0;
}

static HRESULT STDMETHODCALLTYPE stub_IMAPIContainer_5(IMAPIContainer *This, LPSPropTagArray lpPropTagArray, ULONG ulFlags, ULONG *lpcValues, LPSPropValue *lppPropArray)
{
	(void)This;
	(void)lpPropTagArray;
	(void)ulFlags;
	(void)lpcValues;
	(void)lppPropArray;
	record_call("IMAPIContainer", 5);
	return 0;
}

static HRESULT STDMETHODCALLTYPE stub_IMAPIContainer_6(IMAPIContainer *This, ULONG ulFlags, LPSPropTagArray *lppPropTagArray)
{
	(void)This;
	(void)ulFlags;
	(void)lppPropTagArray;
	record_call("IMAPIContainer", 6);
	return 0;
}

static HRESULT STDMETHODCALLTYPE stub_IMAPIContainer_7(IMAPIContainer *This, ULONG ulPropTag, LPCIID lpiid, ULONG ulInterfaceOptions, ULONG ulFlags, LPUNKNOWN *lppUnk)
{
	(void)This;
	(void)ulPropTag;
	(void)lpiid;
	(void)ulInterfaceOptions;
	(void)ulFlags;
	(void)lppUnk;
	record_call("IMAPIContainer", 7);
	return 0;
}

static HRESULT STDMETHODCALLTYPE stub_IMAPIContainer_8(IMAPIContainer *This, ULONG cValues, LPSPropValue lpPropArray, LPSPropProblemArray *lppProblems)
{
	(void)This;
	(void)cValues;
	(void)lpPropArray;
	(void)lppProblems;
	record_call("IMAPIContainer", 8);
	return 0;
}

static HRESULT STDMETHODCALLTYPE stub_IMAPIContainer_9(IMAPIContainer *This, LPSPropTagArray lpPropTagArray, LPSPropProblemArray *lppProblems)
{
	(void)This;
	(void)lpPropTagArray;
	(void)lppProblems;
	record_call("IMAPIContainer", 9);
	return 0;
}

static HRESULT STDMETHODCALLTYPE stub_IMAPIContainer_10(IMAPIContainer *This, ULONG ciidExclude, LPCIID rgiidExclude, LPSPropTagArray lpExcludeProps, ULONG_PTR ulUIParam, LPMAPIPROGRESS lpProgress, LPCIID lpInterface, LPVOID lpDestObj, ULONG ulFlags, LPSPropProblemArray *lppProblems)
{
	(void)This;
	(void)ciidExclude;
	(void)rgiidExclude;
	(void)lpExcludeProps;
	(void)ulUIParam;
	(void)lpProgress;
	(void)lpInterface;
	(void)lpDestObj;
	(void)ulFlags;
	(void)lppProblems;
	record_call("IMAPIContainer", 10);
	return 0;
}

static HRESULT STDMETHODCALLTYPE stub_IMAPIContainer_11(IMAPIContainer *This, LPSPropTagArray lpIncludeProps, ULONG_PTR ulUIParam, LPMAPIPROGRESS lpProgress, LPCIID lpInterface, LPVOID lpDestObj, ULONG ulFlags, LPSPropProblemArray *lppProblems)
{
	(void)This;
	(void)lpIncludeProps;
	(void)ulUIParam;
	(void)lpProgress;
	(void)lpInterface;
	(void)lpDestObj;
	(void)ulFlags;
	(void)lppProblems;
	record_call("IMAPIContainer", 11);
	return 0;
}

static HRESULT STDMETHODCALLTYPE stub_IMAPIContainer_12(IMAPIContainer *This, LPSPropTagArray *lppPropTags, LPGUID lpPropSetGuid, ULONG ulFlags, ULONG *lpcPropNames, LPMAPINAMEID **lpppPropNames)
{
	(void)This;
	(void)lppPropTags;
	(void)lpPropSetGuid;
	(void)ulFlags;
	(void)lpcPropNames;
	(void)lpppPropNames;
	record_call("IMAPIContainer", 12);
	return 0;
}

static HRESULT STDMETHODCALLTYPE stub_IMAPIContainer_13(IMAPIContainer *This, ULONG cPropNames, LPMAPINAMEID *lppPropNames, ULONG ulFlags, LPSPropTagArray *lppPropTags)
{
	(void)This;
	(void)cPropNames;
	(void)lppPropNames;
	(void)ulFlags;
	(void)lppPropTags;
	record_call("IMAPIContainer", 13);
	return 0;
}

static HRESULT STDMETHODCALLTYPE stub_IMAPIContainer_14(IMAPIContainer *This, ULONG ulFlags, LPMAPITABLE *lppTable)
{
	(void)This;
	(void)ulFlags;
	(void)lppTable;
	record_call("IMAPIContainer", 14);
	return 0;
}

static HRESULT STDMETHODCALLTYPE stub_IMAPIContainer_15(IMAPIContainer *This, ULONG ulFlags, LPMAPITABLE *lppTable)
{
	(void)This;
	(void)ulFlags;
	(void)lppTable;
	record_call("IMAPIContainer", 15);
	return 0;
}

static HRESULT STDMETHODCALLTYPE stub_IMAPIContainer_16(IMAPIContainer *This, ULONG cbEntryID, LPENTRYID lpEntryID, LPCIID lpInterface, ULONG ulFlags, ULONG *lpulObjType, LPUNKNOWN *lppUnk)
{
	(void)This;
	(void)cbEntryID;
	(void)lpEntryID;
	(void)lpInterface;
	(void)ulFlags;
	(void)lpulObjType;
	(void)lppUnk;
	record_call("IMAPIContainer", 16);
	return 0;
}

static HRESULT STDMETHODCALLTYPE stub_IMAPIContainer_17(IMAPIContainer *This, LPSRestriction lpRestriction, LPENTRYLIST lpContainerList, ULONG ulSearchFlags)
{
	(void)This;
	(void)lpRestriction;
	(void)lpContainerList;
	(void)ulSearchFlags;
	record_call("IMAPIContainer", 17);
	return 0;
}

static HRESULT STDMETHODCALLTYPE stub_IMAPIContainer_18(IMAPIContainer *This, ULONG ulFlags, LPSRestriction *lppRestriction, LPENTRYLIST *lppContainerList, ULONG *lpulSearchState)
{
	(void)This;
	(void)ulFlags;
	(void)lppRestriction;
	(void)lppContainerList;
	(void)lpulSearchState;
	record_call("IMAPIContainer", 18);
	return 0;
}

static CONST_VTBL IMAPIContainerVtbl stub_vtbl_IMAPIContainer = {
	stub_IMAPIContainer_0,
	stub_IMAPIContainer_1,
	stub_IMAPIContainer_2,
	stub_IMAPIContainer_3,
	stub_IMAPIContainer_4,
	stub_IMAPIContainer_5,
	stub_IMAPIContainer_6,
	stub_IMAPIContainer_7,
	stub_IMAPIContainer_8,
	stub_IMAPIContainer_9,
	stub_IMAPIContainer_10,
	stub_IMAPIContainer_11,
	stub_IMAPIContainer_12,
	stub_IMAPIContainer_13,
	stub_IMAPIContainer_14,
	stub_IMAPIContainer_15,
	stub_IMAPIContainer_16,
	stub_IMAPIContainer_17,
	stub_IMAPIContainer_18,
};

static void test_IMAPIContainer(void **state)
{
	IMAPIContainer object = {&stub_vtbl_IMAPIContainer};
	IMAPIContainer *obj = &object;

	(void)state;

	/* slot 0: IUnknown::QueryInterface */
	{
		REFIID a1;
		LPVOID *a2;

		memset(&a1, 0, sizeof(a1));
		memset(&a2, 0, sizeof(a2));
		forget_call();
		IMAPIContainer_QueryInterface(obj, a1, a2);
		check_call("IMAPIContainer", 0);
	}

	/* slot 1: IUnknown::AddRef */
	{
		forget_call();
		IMAPIContainer_AddRef(obj);
		check_call("IMAPIContainer", 1);
	}

	/* slot 2: IUnknown::Release */
	{
		forget_call();
		IMAPIContainer_Release(obj);
		check_call("IMAPIContainer", 2);
	}

	/* slot 3: IMAPIProp::GetLastError */
	{
		HRESULT a1;
		ULONG a2;
		LPMAPIERROR *a3;

		memset(&a1, 0, sizeof(a1));
		memset(&a2, 0, sizeof(a2));
		memset(&a3, 0, sizeof(a3));
		forget_call();
		IMAPIContainer_GetLastError(obj, a1, a2, a3);
		check_call("IMAPIContainer", 3);
	}

	/* slot 4: IMAPIProp::SaveChanges */
	{
		ULONG a1;

		memset(&a1, 0, sizeof(a1));
		forget_call();
		IMAPIContainer_SaveChanges(obj, a1);
		check_call("IMAPIContainer", 4);
	}

	/* slot 5: IMAPIProp::GetProps */
	{
		LPSPropTagArray a1;
		ULONG a2;
		ULONG *a3;
		LPSPropValue *a4;

		memset(&a1, 0, sizeof(a1));
		memset(&a2, 0, sizeof(a2));
		memset(&a3, 0, sizeof(a3));
		memset(&a4, 0, sizeof(a4));
		forget_call();
		IMAPIContainer_GetProps(obj, a1, a2, a3, a4);
		check_call("IMAPIContainer", 5);
	}

	/* slot 6: IMAPIProp::GetPropList */
	{
		ULONG a1;
		LPSPropTagArray *a2;

		memset(&a1, 0, sizeof(a1));
		memset(&a2, 0, sizeof(a2));
		forget_call();
		IMAPIContainer_GetPropList(obj, a1, a2);
		check_call("IMAPIContainer", 6);
	}

	/* slot 7: IMAPIProp::OpenProperty */
	{
		ULONG a1;
		LPCIID a2;
		ULONG a3;
		ULONG a4;
		LPUNKNOWN *a5;

		memset(&a1, 0, sizeof(a1));
		memset(&a2, 0, sizeof(a2));
		memset(&a3, 0, sizeof(a3));
		memset(&a4, 0, sizeof(a4));
		memset(&a5, 0, sizeof(a5));
		forget_call();
		IMAPIContainer_OpenProperty(obj, a1, a2, a3, a4, a5);
		check_call("IMAPIContainer", 7);
	}

	/* slot 8: IMAPIProp::SetProps */
	{
		ULONG a1;
		LPSPropValue a2;
		LPSPropProblemArray *a3;

		memset(&a1, 0, sizeof(a1));
		memset(&a2, 0, sizeof(a2));
		memset(&a3, 0, sizeof(a3));
		forget_call();
		IMAPIContainer_SetProps(obj, a1, a2, a3);
		check_call("IMAPIContainer", 8);
	}

	/* slot 9: IMAPIProp::DeleteProps */
	{
		LPSPropTagArray a1;
		LPSPropProblemArray *a2;

		memset(&a1, 0, sizeof(a1));
		memset(&a2, 0, sizeof(a2));
		forget_call();
		IMAPIContainer_DeleteProps(obj, a1, a2);
		check_call("IMAPIContainer", 9);
	}

	/* slot 10: IMAPIProp::CopyTo */
	{
		ULONG a1;
		LPCIID a2;
		LPSPropTagArray a3;
		ULONG_PTR a4;
		LPMAPIPROGRESS a5;
		LPCIID a6;
		LPVOID a7;
		ULONG a8;
		LPSPropProblemArray *a9;

		memset(&a1, 0, sizeof(a1));
		memset(&a2, 0, sizeof(a2));
		memset(&a3, 0, sizeof(a3));
		memset(&a4, 0, sizeof(a4));
		memset(&a5, 0, sizeof(a5));
		memset(&a6, 0, sizeof(a6));
		memset(&a7, 0, sizeof(a7));
		memset(&a8, 0, sizeof(a8));
		memset(&a9, 0, sizeof(a9));
		forget_call();
		IMAPIContainer_CopyTo(obj, a1, a2, a3, a4, a5, a6, a7, a8, a9);
		check_call("IMAPIContainer", 10);
	}

	/* slot 11: IMAPIProp::CopyProps */
	{
		LPSPropTagArray a1;
		ULONG_PTR a2;
		LPMAPIPROGRESS a3;
		LPCIID a4;
		LPVOID a5;
		ULONG a6;
		LPSPropProblemArray *a7;

		memset(&a1, 0, sizeof(a1));
		memset(&a2, 0, sizeof(a2));
		memset(&a3, 0, sizeof(a3));
		memset(&a4, 0, sizeof(a4));
		memset(&a5, 0, sizeof(a5));
		memset(&a6, 0, sizeof(a6));
		memset(&a7, 0, sizeof(a7));
		forget_call();
		IMAPIContainer_CopyProps(obj, a1, a2, a3, a4, a5, a6, a7);
		check_call("IMAPIContainer", 11);
	}

	/* slot 12: IMAPIProp::GetNamesFromIDs */
	{
		LPSPropTagArray *a1;
		LPGUID a2;
		ULONG a3;
		ULONG *a4;
		LPMAPINAMEID **a5;

		memset(&a1, 0, sizeof(a1));
		memset(&a2, 0, sizeof(a2));
		memset(&a3, 0, sizeof(a3));
		memset(&a4, 0, sizeof(a4));
		memset(&a5, 0, sizeof(a5));
		forget_call();
		IMAPIContainer_GetNamesFromIDs(obj, a1, a2, a3, a4, a5);
		check_call("IMAPIContainer", 12);
	}

	/* slot 13: IMAPIProp::GetIDsFromNames */
	{
		ULONG a1;
		LPMAPINAMEID *a2;
		ULONG a3;
		LPSPropTagArray *a4;

		memset(&a1, 0, sizeof(a1));
		memset(&a2, 0, sizeof(a2));
		memset(&a3, 0, sizeof(a3));
		memset(&a4, 0, sizeof(a4));
		forget_call();
		IMAPIContainer_GetIDsFromNames(obj, a1, a2, a3, a4);
		check_call("IMAPIContainer", 13);
	}

	/* slot 14: IMAPIContainer::GetContentsTable */
	{
		ULONG a1;
		LPMAPITABLE *a2;

		memset(&a1, 0, sizeof(a1));
		memset(&a2, 0, sizeof(a2));
		forget_call();
		IMAPIContainer_GetContentsTable(obj, a1, a2);
		check_call("IMAPIContainer", 14);
	}

	/* slot 15: IMAPIContainer::GetHierarchyTable */
	{
		ULONG a1;
		LPMAPITABLE *a2;

		memset(&a1, 0, sizeof(a1));
		memset(&a2, 0, sizeof(a2));
		forget_call();
		IMAPIContainer_GetHierarchyTable(obj, a1, a2);
		check_call("IMAPIContainer", 15);
	}

	/* slot 16: IMAPIContainer::OpenEntry */
	{
		ULONG a1;
		LPENTRYID a2;
		LPCIID a3;
		ULONG a4;
		ULONG *a5;
		LPUNKNOWN *a6;

		memset(&a1, 0, sizeof(a1));
		memset(&a2, 0, sizeof(a2));
		memset(&a3, 0, sizeof(a3));
		memset(&a4, 0, sizeof(a4));
		memset(&a5, 0, sizeof(a5));
		memset(&a6, 0, sizeof(a6));
		forget_call();
		IMAPIContainer_OpenEntry(obj, a1, a2, a3, a4, a5, a6);
		check_call("IMAPIContainer", 16);
	}

	/* slot 17: IMAPIContainer::SetSearchCriteria */
	{
		LPSRestriction a1;
		LPENTRYLIST a2;
		ULONG a3;

		memset(&a1, 0, sizeof(a1));
		memset(&a2, 0, sizeof(a2));
		memset(&a3, 0, sizeof(a3));
		forget_call();
		IMAPIContainer_SetSearchCriteria(obj, a1, a2, a3);
		check_call("IMAPIContainer", 17);
	}

	/* slot 18: IMAPIContainer::GetSearchCriteria */
	{
		ULONG a1;
		LPSRestriction *a2;
		LPENTRYLIST *a3;
		ULONG *a4;

		memset(&a1, 0, sizeof(a1));
		memset(&a2, 0, sizeof(a2));
		memset(&a3, 0, sizeof(a3));
		memset(&a4, 0, sizeof(a4));
		forget_call();
		IMAPIContainer_GetSearchCriteria(obj, a1, a2, a3, a4);
		check_call("IMAPIContainer", 18);
	}
}

/* IMAPIFolder */

static HRESULT STDMETHODCALLTYPE stub_IMAPIFolder_0(IMAPIFolder *This, REFIID riid, LPVOID *ppvObj)
{
	(void)This;
	(void)riid;
	(void)ppvObj;
	record_call("IMAPIFolder", 0);
	return 0;
}

static ULONG STDMETHODCALLTYPE stub_IMAPIFolder_1(IMAPIFolder *This)
{
	(void)This;
	record_call("IMAPIFolder", 1);
	return 0;
}

static ULONG STDMETHODCALLTYPE stub_IMAPIFolder_2(IMAPIFolder *This)
{
	(void)This;
	record_call("IMAPIFolder", 2);
	return 0;
}

static HRESULT STDMETHODCALLTYPE stub_IMAPIFolder_3(IMAPIFolder *This, HRESULT hResult, ULONG ulFlags, LPMAPIERROR *lppMAPIError)
{
	(void)This;
	(void)hResult;
	(void)ulFlags;
	(void)lppMAPIError;
	record_call("IMAPIFolder", 3);
	return 0;
}

static HRESULT STDMETHODCALLTYPE stub_IMAPIFolder_4(IMAPIFolder *This, ULONG ulFlags)
{
	(void)This;
	(void)ulFlags;
	record_call("IMAPIFolder", 4);
	return 0;
}

static HRESULT STDMETHODCALLTYPE stub_IMAPIFolder_5(IMAPIFolder *This, LPSPropTagArray lpPropTagArray, ULONG ulFlags, ULONG *lpcValues, LPSPropValue *lppPropArray)
{
	(void)This;
	(void)lpPropTagArray;
	(void)ulFlags;
	(void)lpcValues;
	(void)lppPropArray;
	record_call("IMAPIFolder", 5);
	return 0;
}

static HRESULT STDMETHODCALLTYPE stub_IMAPIFolder_6(IMAPIFolder *This, ULONG ulFlags, LPSPropTagArray *lppPropTagArray)
{
	(void)This;
	(void)ulFlags;
	(void)lppPropTagArray;
	record_call("IMAPIFolder", 6);
	return 0;
}

static HRESULT STDMETHODCALLTYPE stub_IMAPIFolder_7(IMAPIFolder *This, ULONG ulPropTag, LPCIID lpiid, ULONG ulInterfaceOptions, ULONG ulFlags, LPUNKNOWN *lppUnk)
{
	(void)This;
	(void)ulPropTag;
	(void)lpiid;
	(void)ulInterfaceOptions;
	(void)ulFlags;
	(void)lppUnk;
	record_call("IMAPIFolder", 7);
	return 0;
}

static HRESULT STDMETHODCALLTYPE stub_IMAPIFolder_8(IMAPIFolder *This, ULONG cValues, LPSPropValue lpPropArray, LPSPropProblemArray *lppProblems)
{
	(void)This;
	(void)cValues;
	(void)lpPropArray;
	(void)lppProblems;
	record_call("IMAPIFolder", 8);
	return 0;
}

static HRESULT STDMETHODCALLTYPE stub_IMAPIFolder_9(IMAPIFolder *This, LPSPropTagArray lpPropTagArray, LPSPropProblemArray *lppProblems)
{
	(void)This;
	(void)lpPropTagArray;
	(void)lppProblems;
	record_call("IMAPIFolder", 9);
	return 0;
}

static HRESULT STDMETHODCALLTYPE stub_IMAPIFolder_10(IMAPIFolder *This, ULONG ciidExclude, LPCIID rgiidExclude, LPSPropTagArray lpExcludeProps, ULONG_PTR ulUIParam, LPMAPIPROGRESS lpProgress, LPCIID lpInterface, LPVOID lpDestObj, ULONG ulFlags, LPSPropProblemArray *lppProblems)
{
	(void)This;
	(void)ciidExclude;
	(void)rgiidExclude;
	(void)lpExcludeProps;
	(void)ulUIParam;
	(void)lpProgress;
	(void)lpInterface;
	(void)lpDestObj;
	(void)ulFlags;
	(void)lppProblems;
	record_call("IMAPIFolder", 10);
	return 0;
}

static HRESULT STDMETHODCALLTYPE stub_IMAPIFolder_11(IMAPIFolder *This, LPSPropTagArray lpIncludeProps, ULONG_PTR ulUIParam, LPMAPIPROGRESS lpProgress, LPCIID lpInterface, LPVOID lpDestObj, ULONG ulFlags, LPSPropProblemArray *lppProblems)
{
	(void)This;
	(void)lpIncludeProps;
	(void)ulUIParam;
	(void)lpProgress;
	(void)lpInterface;
	(void)lpDestObj;
	(void)ulFlags;
	(void)lppProblems;
	record_call("IMAPIFolder", 11);
	return 0;
}

static HRESULT STDMETHODCALLTYPE stub_IMAPIFolder_12(IMAPIFolder *This, LPSPropTagArray *lppPropTags, LPGUID lpPropSetGuid, ULONG ulFlags, ULONG *lpcPropNames, LPMAPINAMEID **lpppPropNames)
{
	(void)This;
	(void)lppPropTags;
	(void)lpPropSetGuid;
	(void)ulFlags;
	(void)lpcPropNames;
	(void)lpppPropNames;
	record_call("IMAPIFolder", 12);
	return 0;
}

static HRESULT STDMETHODCALLTYPE stub_IMAPIFolder_13(IMAPIFolder *This, ULONG cPropNames, LPMAPINAMEID *lppPropNames, ULONG ulFlags, LPSPropTagArray *lppPropTags)
{
	(void)This;
	(void)cPropNames;
	(void)lppPropNames;
	(void)ulFlags;
	(void)lppPropTags;
	record_call("IMAPIFolder", 13);
	return 0;
}

static HRESULT STDMETHODCALLTYPE stub_IMAPIFolder_14(IMAPIFolder *This, ULONG ulFlags, LPMAPITABLE *lppTable)
{
	(void)This;
	(void)ulFlags;
	(void)lppTable;
	record_call("IMAPIFolder", 14);
	return 0;
}

static HRESULT STDMETHODCALLTYPE stub_IMAPIFolder_15(IMAPIFolder *This, ULONG ulFlags, LPMAPITABLE *lppTable)
{
	(void)This;
	(void)ulFlags;
	(void)lppTable;
	record_call("IMAPIFolder", 15);
	return 0;
}

static HRESULT STDMETHODCALLTYPE stub_IMAPIFolder_16(IMAPIFolder *This, ULONG cbEntryID, LPENTRYID lpEntryID, LPCIID lpInterface, ULONG ulFlags, ULONG *lpulObjType, LPUNKNOWN *lppUnk)
{
	(void)This;
	(void)cbEntryID;
	(void)lpEntryID;
	(void)lpInterface;
	(void)ulFlags;
	(void)lpulObjType;
	(void)lppUnk;
	record_call("IMAPIFolder", 16);
	return 0;
}

static HRESULT STDMETHODCALLTYPE stub_IMAPIFolder_17(IMAPIFolder *This, LPSRestriction lpRestriction, LPENTRYLIST lpContainerList, ULONG ulSearchFlags)
{
	(void)This;
	(void)lpRestriction;
	(void)lpContainerList;
	(void)ulSearchFlags;
	record_call("IMAPIFolder", 17);
	return 0;
}

static HRESULT STDMETHODCALLTYPE stub_IMAPIFolder_18(IMAPIFolder *This, ULONG ulFlags, LPSRestriction *lppRestriction, LPENTRYLIST *lppContainerList, ULONG *lpulSearchState)
{
	(void)This;
	(void)ulFlags;
	(void)lppRestriction;
	(void)lppContainerList;
	(void)lpulSearchState;
	record_call("IMAPIFolder", 18);
	return 0;
}

static HRESULT STDMETHODCALLTYPE stub_IMAPIFolder_19(IMAPIFolder *This, LPCIID lpInterface, ULONG ulFlags, LPMESSAGE *lppMessage)
{
	(void)This;
	(void)lpInterface;
	(void)ulFlags;
	(void)lppMessage;
	record_call("IMAPIFolder", 19);
	return 0;
}

static HRESULT STDMETHODCALLTYPE stub_IMAPIFolder_20(IMAPIFolder *This, LPENTRYLIST lpMsgList, LPCIID lpInterface, LPVOID lpDestFolder, ULONG_PTR ulUIParam, LPMAPIPROGRESS lpProgress, ULONG ulFlags)
{
	(void)This;
	(void)lpMsgList;
	(void)lpInterface;
	(void)lpDestFolder;
	(void)ulUIParam;
	(void)lpProgress;
	(void)ulFlags;
	record_call("IMAPIFolder", 20);
	return 0;
}

static HRESULT STDMETHODCALLTYPE stub_IMAPIFolder_21(IMAPIFolder *This, LPENTRYLIST lpMsgList, ULONG_PTR ulUIParam, LPMAPIPROGRESS lpProgress, ULONG ulFlags)
{
	(void)This;
	(void)lpMsgList;
	(void)ulUIParam;
	(void)lpProgress;
	(void)ulFlags;
	record_call("IMAPIFolder", 21);
	return 0;
}

static HRESULT STDMETHODCALLTYPE stub_IMAPIFolder_22(IMAPIFolder *This, ULONG ulFolderType, LPTSTR lpszFolderName, LPTSTR lpszFolderComment, LPCIID lpInterface, ULONG ulFlags, LPMAPIFOLDER *lppFolder)
{
	(void)This;
	(void)ulFolderType;
	(void)lpszFolderName;
	(void)lpszFolderComment;
	(void)lpInterface;
	(void)ulFlags;
	(void)lppFolder;
	record_call("IMAPIFolder", 22);
	return 0;
}

static HRESULT STDMETHODCALLTYPE stub_IMAPIFolder_23(IMAPIFolder *This, ULONG cbEntryID, LPENTRYID lpEntryID, LPCIID lpInterface, LPVOID lpDestFolder, LPTSTR lpszNewFolderName, ULONG_PTR ulUIParam, LPMAPIPROGRESS lpProgress, ULONG ulFlags)
{
	(void)This;
	(void)cbEntryID;
	(void)lpEntryID;
	(void)lpInterface;
	(void)lpDestFolder;
	(void)lpszNewFolderName;
	(void)ulUIParam;
	(void)lpProgress;
	(void)ulFlags;
	record_call("IMAPIFolder", 23);
	return 0;
}

static HRESULT STDMETHODCALLTYPE stub_IMAPIFolder_24(IMAPIFolder *This, ULONG cbEntryID, LPENTRYID lpEntryID, ULONG_PTR ulUIParam, LPMAPIPROGRESS lpProgress, ULONG ulFlags)
{
	(void)This;
	(void)cbEntryID;
	(void)lpEntryID;
	(void)ulUIParam;
	(void)lpProgress;
	(void)ulFlags;
	record_call("IMAPIFolder", 24);
	return 0;
}

static HRESULT STDMETHODCALLTYPE stub_IMAPIFolder_25(IMAPIFolder *This, LPENTRYLIST lpMsgList, ULONG_PTR ulUIParam, LPMAPIPROGRESS lpProgress, ULONG ulFlags)
{
	(void)This;
	(void)lpMsgList;
	(void)ulUIParam;
	(void)lpProgress;
	(void)ulFlags;
	record_call("IMAPIFolder", 25);
	return 0;
}

static HRESULT STDMETHODCALLTYPE stub_IMAPIFolder_26(IMAPIFolder *This, ULONG cbEntryID, LPENTRYID lpEntryID, ULONG ulFlags, ULONG *lpulMessageStatus)
{
	(void)This;
	(void)cbEntryID;
	(void)lpEntryID;
	(void)ulFlags;
	(void)lpulMessageStatus;
	record_call("IMAPIFolder", 26);
	return 0;
}

static HRESULT STDMETHODCALLTYPE stub_IMAPIFolder_27(IMAPIFolder *This, ULONG cbEntryID, LPENTRYID lpEntryID, ULONG ulNewStatus, ULONG ulNewStatusMask, ULONG *lpulOldStatus)
{
	(void)This;
	(void)cbEntryID;
	(void)lpEntryID;
	(void)ulNewStatus;
	(void)ulNewStatusMask;
	(void)lpulOldStatus;
	record_call("IMAPIFolder", 27);
	return 0;
}

static HRESULT STDMETHODCALLTYPE stub_IMAPIFolder_28(IMAPIFolder *This, LPSSortOrderSet lpSortCriteria, ULONG ulFlags)
{
	(void)This;
	(void)lpSortCriteria;
	(void)ulFlags;
	record_call("IMAPIFolder", 28);
	return 0;
}

static HRESULT STDMETHODCALLTYPE stub_IMAPIFolder_29(IMAPIFolder *This, ULONG_PTR ulUIParam, LPMAPIPROGRESS lpProgress, ULONG ulFlags)
{
	(void)This;
	(void)ulUIParam;
	(void)lpProgress;
	(void)ulFlags;
	record_call("IMAPIFolder", 29);
	return 0;
}

static CONST_VTBL IMAPIFolderVtbl stub_vtbl_IMAPIFolder = {
	stub_IMAPIFolder_0,
	stub_IMAPIFolder_1,
	stub_IMAPIFolder_2,
	stub_IMAPIFolder_3,
	stub_IMAPIFolder_4,
	stub_IMAPIFolder_5,
	stub_IMAPIFolder_6,
	stub_IMAPIFolder_7,
	stub_IMAPIFolder_8,
	stub_IMAPIFolder_9,
	stub_IMAPIFolder_10,
	stub_IMAPIFolder_11,
	stub_IMAPIFolder_12,
	stub_IMAPIFolder_13,
	stub_IMAPIFolder_14,
	stub_IMAPIFolder_15,
	stub_IMAPIFolder_16,
	stub_IMAPIFolder_17,
	stub_IMAPIFolder_18,
	stub_IMAPIFolder_19,
	stub_IMAPIFolder_20,
	stub_IMAPIFolder_21,
	stub_IMAPIFolder_22,
	stub_IMAPIFolder_23,
	stub_IMAPIFolder_24,
	stub_IMAPIFolder_25,
	stub_IMAPIFolder_26,
	stub_IMAPIFolder_27,
	stub_IMAPIFolder_28,
	stub_IMAPIFolder_29,
};

static void test_IMAPIFolder(void **state)
{
	IMAPIFolder object = {&stub_vtbl_IMAPIFolder};
	IMAPIFolder *obj = &object;

	(void)state;

	/* slot 0: IUnknown::QueryInterface */
	{
		REFIID a1;
		LPVOID *a2;

		memset(&a1, 0, sizeof(a1));
		memset(&a2, 0, sizeof(a2));
		forget_call();
		IMAPIFolder_QueryInterface(obj, a1, a2);
		check_call("IMAPIFolder", 0);
	}

	/* slot 1: IUnknown::AddRef */
	{
		forget_call();
		IMAPIFolder_AddRef(obj);
		check_call("IMAPIFolder", 1);
	}

	/* slot 2: IUnknown::Release */
	{
		forget_call();
		IMAPIFolder_Release(obj);
		check_call("IMAPIFolder", 2);
	}

	/* slot 3: IMAPIProp::GetLastError */
	{
		HRESULT a1;
		ULONG a2;
		LPMAPIERROR *a3;

		memset(&a1, 0, sizeof(a1));
		memset(&a2, 0, sizeof(a2));
		memset(&a3, 0, sizeof(a3));
		forget_call();
		IMAPIFolder_GetLastError(obj, a1, a2, a3);
		check_call("IMAPIFolder", 3);
	}

	/* slot 4: IMAPIProp::SaveChanges */
	{
		ULONG a1;

		memset(&a1, 0, sizeof(a1));
		forget_call();
		IMAPIFolder_SaveChanges(obj, a1);
		check_call("IMAPIFolder", 4);
	}

	/* slot 5: IMAPIProp::GetProps */
	{
		LPSPropTagArray a1;
		ULONG a2;
		ULONG *a3;
		LPSPropValue *a4;

		memset(&a1, 0, sizeof(a1));
		memset(&a2, 0, sizeof(a2));
		memset(&a3, 0, sizeof(a3));
		memset(&a4, 0, sizeof(a4));
		forget_call();
		IMAPIFolder_GetProps(obj, a1, a2, a3, a4);
		check_call("IMAPIFolder", 5);
	}

	/* slot 6: IMAPIProp::GetPropList */
	{
		ULONG a1;
		LPSPropTagArray *a2;

		memset(&a1, 0, sizeof(a1));
		memset(&a2, 0, sizeof(a2));
		forget_call();
		IMAPIFolder_GetPropList(obj, a1, a2);
		check_call("IMAPIFolder", 6);
	}

	/* slot 7: IMAPIProp::OpenProperty */
	{
		ULONG a1;
		LPCIID a2;
		ULONG a3;
		ULONG a4;
		LPUNKNOWN *a5;

		memset(&a1, 0, sizeof(a1));
		memset(&a2, 0, sizeof(a2));
		memset(&a3, 0, sizeof(a3));
		memset(&a4, 0, sizeof(a4));
		memset(&a5, 0, sizeof(a5));
		forget_call();
		IMAPIFolder_OpenProperty(obj, a1, a2, a3, a4, a5);
		check_call("IMAPIFolder", 7);
	}

	/* slot 8: IMAPIProp::SetProps */
	{
		ULONG a1;
		LPSPropValue a2;
		LPSPropProblemArray *a3;

		memset(&a1, 0, sizeof(a1));
		memset(&a2, 0, sizeof(a2));
		memset(&a3, 0, sizeof(a3));
		forget_call();
		IMAPIFolder_SetProps(obj, a1, a2, a3);
		check_call("IMAPIFolder", 8);
	}

	/* slot 9: IMAPIProp::DeleteProps */
	{
		LPSPropTagArray a1;
		LPSPropProblemArray *a2;

		memset(&a1, 0, sizeof(a1));
		memset(&a2, 0, sizeof(a2));
		forget_call();
		IMAPIFolder_DeleteProps(obj, a1, a2);
		check_call("IMAPIFolder", 9);
	}

	/* slot 10: IMAPIProp::CopyTo */
	{
		ULONG a1;
		LPCIID a2;
		LPSPropTagArray a3;
		ULONG_PTR a4;
		LPMAPIPROGRESS a5;
		LPCIID a6;
		LPVOID a7;
		ULONG a8;
		LPSPropProblemArray *a9;

		memset(&a1, 0, sizeof(a1));
		memset(&a2, 0, sizeof(a2));
		memset(&a3, 0, sizeof(a3));
		memset(&a4, 0, sizeof(a4));
		memset(&a5, 0, sizeof(a5));
		memset(&a6, 0, sizeof(a6));
		memset(&a7, 0, sizeof(a7));
		memset(&a8, 0, sizeof(a8));
		memset(&a9, 0, sizeof(a9));
		forget_call();
		IMAPIFolder_CopyTo(obj, a1, a2, a3, a4, a5, a6, a7, a8, a9);
		check_call("IMAPIFolder", 10);
	}

	/* slot 11: IMAPIProp::CopyProps */
	{
		LPSPropTagArray a1;
		ULONG_PTR a2;
		LPMAPIPROGRESS a3;
		LPCIID a4;
		LPVOID a5;
		ULONG a6;
		LPSPropProblemArray *a7;

		memset(&a1, 0, sizeof(a1));
		memset(&a2, 0, sizeof(a2));
		memset(&a3, 0, sizeof(a3));
		memset(&a4, 0, sizeof(a4));
		memset(&a5, 0, sizeof(a5));
		memset(&a6, 0, sizeof(a6));
		memset(&a7, 0, sizeof(a7));
		forget_call();
		IMAPIFolder_CopyProps(obj, a1, a2, a3, a4, a5, a6, a7);
		check_call("IMAPIFolder", 11);
	}

	/* slot 12: IMAPIProp::GetNamesFromIDs */
	{
		LPSPropTagArray *a1;
		LPGUID a2;
		ULONG a3;
		ULONG *a4;
		LPMAPINAMEID **a5;

		memset(&a1, 0, sizeof(a1));
		memset(&a2, 0, sizeof(a2));
		memset(&a3, 0, sizeof(a3));
		memset(&a4, 0, sizeof(a4));
		memset(&a5, 0, sizeof(a5));
		forget_call();
		IMAPIFolder_GetNamesFromIDs(obj, a1, a2, a3, a4, a5);
		check_call("IMAPIFolder", 12);
	}

	/* slot 13: IMAPIProp::GetIDsFromNames */
	{
		ULONG a1;
		LPMAPINAMEID *a2;
		ULONG a3;
		LPSPropTagArray *a4;

		memset(&a1, 0, sizeof(a1));
		memset(&a2, 0, sizeof(a2));
		memset(&a3, 0, sizeof(a3));
		memset(&a4, 0, sizeof(a4));
		forget_call();
		IMAPIFolder_GetIDsFromNames(obj, a1, a2, a3, a4);
		check_call("IMAPIFolder", 13);
	}

	/* slot 14: IMAPIContainer::GetContentsTable */
	{
		ULONG a1;
		LPMAPITABLE *a2;

		memset(&a1, 0, sizeof(a1));
		memset(&a2, 0, sizeof(a2));
		forget_call();
		IMAPIFolder_GetContentsTable(obj, a1, a2);
		check_call("IMAPIFolder", 14);
	}

	/* slot 15: IMAPIContainer::GetHierarchyTable */
	{
		ULONG a1;
		LPMAPITABLE *a2;

		memset(&a1, 0, sizeof(a1));
		memset(&a2, 0, sizeof(a2));
		forget_call();
		IMAPIFolder_GetHierarchyTable(obj, a1, a2);
		check_call("IMAPIFolder", 15);
	}

	/* slot 16: IMAPIContainer::OpenEntry */
	{
		ULONG a1;
		LPENTRYID a2;
		LPCIID a3;
		ULONG a4;
		ULONG *a5;
		LPUNKNOWN *a6;

		memset(&a1, 0, sizeof(a1));
		memset(&a2, 0, sizeof(a2));
		memset(&a3, 0, sizeof(a3));
		memset(&a4, 0, sizeof(a4));
		memset(&a5, 0, sizeof(a5));
		memset(&a6, 0, sizeof(a6));
		forget_call();
		IMAPIFolder_OpenEntry(obj, a1, a2, a3, a4, a5, a6);
		check_call("IMAPIFolder", 16);
	}

	/* slot 17: IMAPIContainer::SetSearchCriteria */
	{
		LPSRestriction a1;
		LPENTRYLIST a2;
		ULONG a3;

		memset(&a1, 0, sizeof(a1));
		memset(&a2, 0, sizeof(a2));
		memset(&a3, 0, sizeof(a3));
		forget_call();
		IMAPIFolder_SetSearchCriteria(obj, a1, a2, a3);
		check_call("IMAPIFolder", 17);
	}

	/* slot 18: IMAPIContainer::GetSearchCriteria */
	{
		ULONG a1;
		LPSRestriction *a2;
		LPENTRYLIST *a3;
		ULONG *a4;

		memset(&a1, 0, sizeof(a1));
		memset(&a2, 0, sizeof(a2));
		memset(&a3, 0, sizeof(a3));
		memset(&a4, 0, sizeof(a4));
		forget_call();
		IMAPIFolder_GetSearchCriteria(obj, a1, a2, a3, a4);
		check_call("IMAPIFolder", 18);
	}

	/* slot 19: IMAPIFolder::CreateMessage */
	{
		LPCIID a1;
		ULONG a2;
		LPMESSAGE *a3;

		memset(&a1, 0, sizeof(a1));
		memset(&a2, 0, sizeof(a2));
		memset(&a3, 0, sizeof(a3));
		forget_call();
		IMAPIFolder_CreateMessage(obj, a1, a2, a3);
		check_call("IMAPIFolder", 19);
	}

	/* slot 20: IMAPIFolder::CopyMessages */
	{
		LPENTRYLIST a1;
		LPCIID a2;
		LPVOID a3;
		ULONG_PTR a4;
		LPMAPIPROGRESS a5;
		ULONG a6;

		memset(&a1, 0, sizeof(a1));
		memset(&a2, 0, sizeof(a2));
		memset(&a3, 0, sizeof(a3));
		memset(&a4, 0, sizeof(a4));
		memset(&a5, 0, sizeof(a5));
		memset(&a6, 0, sizeof(a6));
		forget_call();
		IMAPIFolder_CopyMessages(obj, a1, a2, a3, a4, a5, a6);
		check_call("IMAPIFolder", 20);
	}

	/* slot 21: IMAPIFolder::DeleteMessages */
	{
		LPENTRYLIST a1;
		ULONG_PTR a2;
		LPMAPIPROGRESS a3;
		ULONG a4;

		memset(&a1, 0, sizeof(a1));
		memset(&a2, 0, sizeof(a2));
		memset(&a3, 0, sizeof(a3));
		memset(&a4, 0, sizeof(a4));
		forget_call();
		IMAPIFolder_DeleteMessages(obj, a1, a2, a3, a4);
		check_call("IMAPIFolder", 21);
	}

	/* slot 22: IMAPIFolder::CreateFolder */
	{
		ULONG a1;
		LPTSTR a2;
		LPTSTR a3;
		LPCIID a4;
		ULONG a5;
		LPMAPIFOLDER *a6;

		memset(&a1, 0, sizeof(a1));
		memset(&a2, 0, sizeof(a2));
		memset(&a3, 0, sizeof(a3));
		memset(&a4, 0, sizeof(a4));
		memset(&a5, 0, sizeof(a5));
		memset(&a6, 0, sizeof(a6));
		forget_call();
		IMAPIFolder_CreateFolder(obj, a1, a2, a3, a4, a5, a6);
		check_call("IMAPIFolder", 22);
	}

	/* slot 23: IMAPIFolder::CopyFolder */
	{
		ULONG a1;
		LPENTRYID a2;
		LPCIID a3;
		LPVOID a4;
		LPTSTR a5;
		ULONG_PTR a6;
		LPMAPIPROGRESS a7;
		ULONG a8;

		memset(&a1, 0, sizeof(a1));
		memset(&a2, 0, sizeof(a2));
		memset(&a3, 0, sizeof(a3));
		memset(&a4, 0, sizeof(a4));
		memset(&a5, 0, sizeof(a5));
		memset(&a6, 0, sizeof(a6));
		memset(&a7, 0, sizeof(a7));
		memset(&a8, 0, sizeof(a8));
		forget_call();
		IMAPIFolder_CopyFolder(obj, a1, a2, a3, a4, a5, a6, a7, a8);
		check_call("IMAPIFolder", 23);
	}

	/* slot 24: IMAPIFolder::DeleteFolder */
	{
		ULONG a1;
		LPENTRYID a2;
		ULONG_PTR a3;
		LPMAPIPROGRESS a4;
		ULONG a5;

		memset(&a1, 0, sizeof(a1));
		memset(&a2, 0, sizeof(a2));
		memset(&a3, 0, sizeof(a3));
		memset(&a4, 0, sizeof(a4));
		memset(&a5, 0, sizeof(a5));
		forget_call();
		IMAPIFolder_DeleteFolder(obj, a1, a2, a3, a4, a5);
		check_call("IMAPIFolder", 24);
	}

	/* slot 25: IMAPIFolder::SetReadFlags */
	{
		LPENTRYLIST a1;
		ULONG_PTR a2;
		LPMAPIPROGRESS a3;
		ULONG a4;

		memset(&a1, 0, sizeof(a1));
		memset(&a2, 0, sizeof(a2));
		memset(&a3, 0, sizeof(a3));
		memset(&a4, 0, sizeof(a4));
		forget_call();
		IMAPIFolder_SetReadFlags(obj, a1, a2, a3, a4);
		check_call("IMAPIFolder", 25);
	}

	/* slot 26: IMAPIFolder::GetMessageStatus */
	{
		ULONG a1;
		LPENTRYID a2;
		ULONG a3;
		ULONG *a4;

		memset(&a1, 0, sizeof(a1));
		memset(&a2, 0, sizeof(a2));
		memset(&a3, 0, sizeof(a3));
		memset(&a4, 0, sizeof(a4));
		forget_call();
		IMAPIFolder_GetMessageStatus(obj, a1, a2, a3, a4);
		check_call("IMAPIFolder", 26);
	}

	/* slot 27: IMAPIFolder::SetMessageStatus */
	{
		ULONG a1;
		LPENTRYID a2;
		ULONG a3;
		ULONG a4;
		ULONG *a5;

		memset(&a1, 0, sizeof(a1));
		memset(&a2, 0, sizeof(a2));
		memset(&a3, 0, sizeof(a3));
		memset(&a4, 0, sizeof(a4));
		memset(&a5, 0, sizeof(a5));
		forget_call();
		IMAPIFolder_SetMessageStatus(obj, a1, a2, a3, a4, a5);
		check_call("IMAPIFolder", 27);
	}

	/* slot 28: IMAPIFolder::SaveContentsSort */
	{
		LPSSortOrderSet a1;
		ULONG a2;

		memset(&a1, 0, sizeof(a1));
		memset(&a2, 0, sizeof(a2));
		forget_call();
		IMAPIFolder_SaveContentsSort(obj, a1, a2);
		check_call("IMAPIFolder", 28);
	}

	/* slot 29: IMAPIFolder::EmptyFolder */
	{
		ULONG_PTR a1;
		LPMAPIPROGRESS a2;
		ULONG a3;

		memset(&a1, 0, sizeof(a1));
		memset(&a2, 0, sizeof(a2));
		memset(&a3, 0, sizeof(a3));
		forget_call();
		IMAPIFolder_EmptyFolder(obj, a1, a2, a3);
		check_call("IMAPIFolder", 29);
	}
}

/* IMsgStore */

static HRESULT STDMETHODCALLTYPE stub_IMsgStore_0(IMsgStore *This, REFIID riid, LPVOID *ppvObj)
{
	(void)This;
	(void)riid;
	(void)ppvObj;
	record_call("IMsgStore", 0);
	return 0;
}

static ULONG STDMETHODCALLTYPE stub_IMsgStore_1(IMsgStore *This)
{
	(void)This;
	record_call("IMsgStore", 1);
	return 0;
}

static ULONG STDMETHODCALLTYPE stub_IMsgStore_2(IMsgStore *This)
{
	(void)This;
	record_call("IMsgStore", 2);
	return 0;
}

static HRESULT STDMETHODCALLTYPE stub_IMsgStore_3(IMsgStore *This, HRESULT hResult, ULONG ulFlags, LPMAPIERROR *lppMAPIError)
{
	(void)This;
	(void)hResult;
	(void)ulFlags;
	(void)lppMAPIError;
	record_call("IMsgStore", 3);
	return 0;
}

static HRESULT STDMETHODCALLTYPE stub_IMsgStore_4(IMsgStore *This, ULONG ulFlags)
{
	(void)This;
	(void)ulFlags;
	record_call("IMsgStore", 4);
	return 0;
}

static HRESULT STDMETHODCALLTYPE stub_IMsgStore_5(IMsgStore *This, LPSPropTagArray lpPropTagArray, ULONG ulFlags, ULONG *lpcValues, LPSPropValue *lppPropArray)
{
	(void)This;
	(void)lpPropTagArray;
	(void)ulFlags;
	(void)lpcValues;
	(void)lppPropArray;
	record_call("IMsgStore", 5);
	return 0;
}

static HRESULT STDMETHODCALLTYPE stub_IMsgStore_6(IMsgStore *This, ULONG ulFlags, LPSPropTagArray *lppPropTagArray)
{
	(void)This;
	(void)ulFlags;
	(void)lppPropTagArray;
	record_call("IMsgStore", 6);
	return 0;
}

static HRESULT STDMETHODCALLTYPE stub_IMsgStore_7(IMsgStore *This, ULONG ulPropTag, LPCIID lpiid, ULONG ulInterfaceOptions, ULONG ulFlags, LPUNKNOWN *lppUnk)
{
	(void)This;
	(void)ulPropTag;
	(void)lpiid;
	(void)ulInterfaceOptions;
	(void)ulFlags;
	(void)lppUnk;
	record_call("IMsgStore", 7);
	return 0;
}

static HRESULT STDMETHODCALLTYPE stub_IMsgStore_8(IMsgStore *This, ULONG cValues, LPSPropValue lpPropArray, LPSPropProblemArray *lppProblems)
{
	(void)This;
	(void)cValues;
	(void)lpPropArray;
	(void)lppProblems;
	record_call("IMsgStore", 8);
	return 0;
}

static HRESULT STDMETHODCALLTYPE stub_IMsgStore_9(IMsgStore *This, LPSPropTagArray lpPropTagArray, LPSPropProblemArray *lppProblems)
{
	(void)This;
	(void)lpPropTagArray;
	(void)lppProblems;
	record_call("IMsgStore", 9);
	return 0;
}

static HRESULT STDMETHODCALLTYPE stub_IMsgStore_10(IMsgStore *This, ULONG ciidExclude, LPCIID rgiidExclude, LPSPropTagArray lpExcludeProps, ULONG_PTR ulUIParam, LPMAPIPROGRESS lpProgress, LPCIID lpInterface, LPVOID lpDestObj, ULONG ulFlags, LPSPropProblemArray *lppProblems)
{
	(void)This;
	(void)ciidExclude;
	(void)rgiidExclude;
	(void)lpExcludeProps;
	(void)ulUIParam;
	(void)lpProgress;
	(void)lpInterface;
	(void)lpDestObj;
	(void)ulFlags;
	(void)lppProblems;
	record_call("IMsgStore", 10);
	return 0;
}

static HRESULT STDMETHODCALLTYPE stub_IMsgStore_11(IMsgStore *This, LPSPropTagArray lpIncludeProps, ULONG_PTR ulUIParam, LPMAPIPROGRESS lpProgress, LPCIID lpInterface, LPVOID lpDestObj, ULONG ulFlags, LPSPropProblemArray *lppProblems)
{
	(void)This;
	(void)lpIncludeProps;
	(void)ulUIParam;
	(void)lpProgress;
	(void)lpInterface;
	(void)lpDestObj;
	(void)ulFlags;
	(void)lppProblems;
	record_call("IMsgStore", 11);
	return 0;
}

static HRESULT STDMETHODCALLTYPE stub_IMsgStore_12(IMsgStore *This, LPSPropTagArray *lppPropTags, LPGUID lpPropSetGuid, ULONG ulFlags, ULONG *lpcPropNames, LPMAPINAMEID **lpppPropNames)
{
	(void)This;
	(void)lppPropTags;
	(void)lpPropSetGuid;
	(void)ulFlags;
	(void)lpcPropNames;
	(void)lpppPropNames;
	record_call("IMsgStore", 12);
	return 0;
}

static HRESULT STDMETHODCALLTYPE stub_IMsgStore_13(IMsgStore *This, ULONG cPropNames, LPMAPINAMEID *lppPropNames, ULONG ulFlags, LPSPropTagArray *lppPropTags)
{
	(void)This;
	(void)cPropNames;
	(void)lppPropNames;
	(void)ulFlags;
	(void)lppPropTags;
	record_call("IMsgStore", 13);
	return 0;
}

static HRESULT STDMETHODCALLTYPE stub_IMsgStore_14(IMsgStore *This, ULONG cbEntryID, LPENTRYID lpEntryID, ULONG ulEventMask, LPMAPIADVISESINK lpAdviseSink, ULONG_PTR *lpulConnection)
{
	(void)This;
	(void)cbEntryID;
	(void)lpEntryID;
	(void)ulEventMask;
	(void)lpAdviseSink;
	(void)lpulConnection;
	record_call("IMsgStore", 14);
	return 0;
}

static HRESULT STDMETHODCALLTYPE stub_IMsgStore_15(IMsgStore *This, ULONG_PTR ulConnection)
{
	(void)This;
	(void)ulConnection;
	record_call("IMsgStore", 15);
	return 0;
}

static HRESULT STDMETHODCALLTYPE stub_IMsgStore_16(IMsgStore *This, ULONG cbEntryID1, LPENTRYID lpEntryID1, ULONG cbEntryID2, LPENTRYID lpEntryID2, ULONG ulFlags, ULONG *lpulResult)
{
	(void)This;
	(void)cbEntryID1;
	(void)lpEntryID1;
	(void)cbEntryID2;
	(void)lpEntryID2;
	(void)ulFlags;
	(void)lpulResult;
	record_call("IMsgStore", 16);
	return 0;
}

static HRESULT STDMETHODCALLTYPE stub_IMsgStore_17(IMsgStore *This, ULONG cbEntryID, LPENTRYID lpEntryID, LPCIID lpInterface, ULONG ulFlags, ULONG *lpulObjType, LPUNKNOWN *lppUnk)
{
	(void)This;
	(void)cbEntryID;
	(void)lpEntryID;
	(void)lpInterface;
	(void)ulFlags;
	(void)lpulObjType;
	(void)lppUnk;
	record_call("IMsgStore", 17);
	return 0;
}

static HRESULT STDMETHODCALLTYPE stub_IMsgStore_18(IMsgStore *This, LPTSTR lpszMessageClass, ULONG ulFlags, ULONG cbEntryID, LPENTRYID lpEntryID)
{
	(void)This;
	(void)lpszMessageClass;
	(void)ulFlags;
	(void)cbEntryID;
	(void)lpEntryID;
	record_call("IMsgStore", 18);
	return 0;
}

static HRESULT STDMETHODCALLTYPE stub_IMsgStore_19(IMsgStore *This, LPTSTR lpszMessageClass, ULONG ulFlags, ULONG *lpcbEntryID, LPENTRYID *lppEntryID, LPTSTR *lppszExplicitClass)
{
	(void)This;
	(void)lpszMessageClass;
	(void)ulFlags;
	(void)lpcbEntryID;
	(void)lppEntryID;
	(void)lppszExplicitClass;
	record_call("IMsgStore", 19);
	return 0;
}

static HRESULT STDMETHODCALLTYPE stub_IMsgStore_20(IMsgStore *This, ULONG ulFlags, LPMAPITABLE *lppTable)
{
	(void)This;
	(void)ulFlags;
	(void)lppTable;
	record_call("IMsgStore", 20);
	return 0;
}

static HRESULT STDMETHODCALLTYPE stub_IMsgStore_21(IMsgStore *This, ULONG *lpulFlags)
{
	(void)This;
	(void)lpulFlags;
	record_call("IMsgStore", 21);
	return 0;
}

static HRESULT STDMETHODCALLTYPE stub_IMsgStore_22(IMsgStore *This, ULONG cbEntryID, LPENTRYID lpEntryID, ULONG ulFlags)
{
	(void)This;
	(void)cbEntryID;
	(void)lpEntryID;
	(void)ulFlags;
	record_call("IMsgStore", 22);
	return 0;
}

static HRESULT STDMETHODCALLTYPE stub_IMsgStore_23(IMsgStore *This, ULONG ulFlags, LPMAPITABLE *lppTable)
{
	(void)This;
	(void)ulFlags;
	(void)lppTable;
	record_call("IMsgStore", 23);
	return 0;
}

static HRESULT STDMETHODCALLTYPE stub_IMsgStore_24(IMsgStore *This, LPMESSAGE lpMessage, ULONG ulLockState)
{
	(void)This;
	(void)lpMessage;
	(void)ulLockState;
	record_call("IMsgStore", 24);
	return 0;
}

static HRESULT STDMETHODCALLTYPE stub_IMsgStore_25(IMsgStore *This, ULONG ulFlags, ULONG cbEntryID, LPENTRYID lpEntryID)
{
	(void)This;
	(void)ulFlags;
	(void)cbEntryID;
	(void)lpEntryID;
	record_call("IMsgStore", 25);
	return 0;
}

static HRESULT STDMETHODCALLTYPE stub_IMsgStore_26(IMsgStore *This, LPNOTIFICATION lpNotification)
{
	(void)This;
	(void)lpNotification;
	record_call("IMsgStore", 26);
	return 0;
}

static CONST_VTBL IMsgStoreVtbl stub_vtbl_IMsgStore = {
	stub_IMsgStore_0,
	stub_IMsgStore_1,
	stub_IMsgStore_2,
	stub_IMsgStore_3,
	stub_IMsgStore_4,
	stub_IMsgStore_5,
	stub_IMsgStore_6,
	stub_IMsgStore_7,
	stub_IMsgStore_8,
	stub_IMsgStore_9,
	stub_IMsgStore_10,
	stub_IMsgStore_11,
	stub_IMsgStore_12,
	stub_IMsgStore_13,
	stub_IMsgStore_14,
	stub_IMsgStore_15,
	stub_IMsgStore_16,
	stub_IMsgStore_17,
	stub_IMsgStore_18,
	stub_IMsgStore_19,
	stub_IMsgStore_20,
	stub_IMsgStore_21,
	stub_IMsgStore_22,
	stub_IMsgStore_23,
	stub_IMsgStore_24,
	stub_IMsgStore_25,
	stub_IMsgStore_26,
};

static void test_IMsgStore(void **state)
{
	IMsgStore object = {&stub_vtbl_IMsgStore};
	IMsgStore *obj = &object;

	(void)state;

	/* slot 0: IUnknown::QueryInterface */
	{
		REFIID a1;
		LPVOID *a2;

		memset(&a1, 0, sizeof(a1));
		memset(&a2, 0, sizeof(a2));
		forget_call();
		IMsgStore_QueryInterface(obj, a1, a2);
		check_call("IMsgStore", 0);
	}

	/* slot 1: IUnknown::AddRef */
	{
		forget_call();
		IMsgStore_AddRef(obj);
		check_call("IMsgStore", 1);
	}

	/* slot 2: IUnknown::Release */
	{
		forget_call();
		IMsgStore_Release(obj);
		check_call("IMsgStore", 2);
	}

	/* slot 3: IMAPIProp::GetLastError */
	{
		HRESULT a1;
		ULONG a2;
		LPMAPIERROR *a3;

		memset(&a1, 0, sizeof(a1));
		memset(&a2, 0, sizeof(a2));
		memset(&a3, 0, sizeof(a3));
		forget_call();
		IMsgStore_GetLastError(obj, a1, a2, a3);
		check_call("IMsgStore", 3);
	}

	/* slot 4: IMAPIProp::SaveChanges */
	{
		ULONG a1;

		memset(&a1, 0, sizeof(a1));
		forget_call();
		IMsgStore_SaveChanges(obj, a1);
		check_call("IMsgStore", 4);
	}

	/* slot 5: IMAPIProp::GetProps */
	{
		LPSPropTagArray a1;
		ULONG a2;
		ULONG *a3;
		LPSPropValue *a4;

		memset(&a1, 0, sizeof(a1));
		memset(&a2, 0, sizeof(a2));
		memset(&a3, 0, sizeof(a3));
		memset(&a4, 0, sizeof(a4));
		forget_call();
		IMsgStore_GetProps(obj, a1, a2, a3, a4);
		check_call("IMsgStore", 5);
	}

	/* slot 6: IMAPIProp::GetPropList */
	{
		ULONG a1;
		LPSPropTagArray *a2;

		memset(&a1, 0, sizeof(a1));
		memset(&a2, 0, sizeof(a2));
		forget_call();
		IMsgStore_GetPropList(obj, a1, a2);
		check_call("IMsgStore", 6);
	}

	/* slot 7: IMAPIProp::OpenProperty */
	{
		ULONG a1;
		LPCIID a2;
		ULONG a3;
		ULONG a4;
		LPUNKNOWN *a5;

		memset(&a1, 0, sizeof(a1));
		memset(&a2, 0, sizeof(a2));
		memset(&a3, 0, sizeof(a3));
		memset(&a4, 0, sizeof(a4));
		memset(&a5, 0, sizeof(a5));
		forget_call();
		IMsgStore_OpenProperty(obj, a1, a2, a3, a4, a5);
		check_call("IMsgStore", 7);
	}

	/* slot 8: IMAPIProp::SetProps */
	{
		ULONG a1;
		LPSPropValue a2;
		LPSPropProblemArray *a3;

		memset(&a1, 0, sizeof(a1));
		memset(&a2, 0, sizeof(a2));
		memset(&a3, 0, sizeof(a3));
		forget_call();
		IMsgStore_SetProps(obj, a1, a2, a3);
		check_call("IMsgStore", 8);
	}

	/* slot 9: IMAPIProp::DeleteProps */
	{
		LPSPropTagArray a1;
		LPSPropProblemArray *a2;

		memset(&a1, 0, sizeof(a1));
		memset(&a2, 0, sizeof(a2));
		forget_call();
		IMsgStore_DeleteProps(obj, a1, a2);
		check_call("IMsgStore", 9);
	}

	/* slot 10: IMAPIProp::CopyTo */
	{
		ULONG a1;
		LPCIID a2;
		LPSPropTagArray a3;
		ULONG_PTR a4;
		LPMAPIPROGRESS a5;
		LPCIID a6;
		LPVOID a7;
		ULONG a8;
		LPSPropProblemArray *a9;

		memset(&a1, 0, sizeof(a1));
		memset(&a2, 0, sizeof(a2));
		memset(&a3, 0, sizeof(a3));
		memset(&a4, 0, sizeof(a4));
		memset(&a5, 0, sizeof(a5));
		memset(&a6, 0, sizeof(a6));
		memset(&a7, 0, sizeof(a7));
		memset(&a8, 0, sizeof(a8));
		memset(&a9, 0, sizeof(a9));
		forget_call();
		IMsgStore_CopyTo(obj, a1, a2, a3, a4, a5, a6, a7, a8, a9);
		check_call("IMsgStore", 10);
	}

	/* slot 11: IMAPIProp::CopyProps */
	{
		LPSPropTagArray a1;
		ULONG_PTR a2;
		LPMAPIPROGRESS a3;
		LPCIID a4;
		LPVOID a5;
		ULONG a6;
		LPSPropProblemArray *a7;

		memset(&a1, 0, sizeof(a1));
		memset(&a2, 0, sizeof(a2));
		memset(&a3, 0, sizeof(a3));
		memset(&a4, 0, sizeof(a4));
		memset(&a5, 0, sizeof(a5));
		memset(&a6, 0, sizeof(a6));
		memset(&a7, 0, sizeof(a7));
		forget_call();
		IMsgStore_CopyProps(obj, a1, a2, a3, a4, a5, a6, a7);
		check_call("IMsgStore", 11);
	}

	/* slot 12: IMAPIProp::GetNamesFromIDs */
	{
		LPSPropTagArray *a1;
		LPGUID a2;
		ULONG a3;
		ULONG *a4;
		LPMAPINAMEID **a5;

		memset(&a1, 0, sizeof(a1));
		memset(&a2, 0, sizeof(a2));
		memset(&a3, 0, sizeof(a3));
		memset(&a4, 0, sizeof(a4));
		memset(&a5, 0, sizeof(a5));
		forget_call();
		IMsgStore_GetNamesFromIDs(obj, a1, a2, a3, a4, a5);
		check_call("IMsgStore", 12);
	}

	/* slot 13: IMAPIProp::GetIDsFromNames */
	{
		ULONG a1;
		LPMAPINAMEID *a2;
		ULONG a3;
		LPSPropTagArray *a4;

		memset(&a1, 0, sizeof(a1));
		memset(&a2, 0, sizeof(a2));
		memset(&a3, 0, sizeof(a3));
		memset(&a4, 0, sizeof(a4));
		forget_call();
		IMsgStore_GetIDsFromNames(obj, a1, a2, a3, a4);
		check_call("IMsgStore", 13);
	}

	/* slot 14: IMsgStore::Advise */
	{
		ULONG a1;
		LPENTRYID a2;
		ULONG a3;
		LPMAPIADVISESINK a4;
		ULONG_PTR *a5;

		memset(&a1, 0, sizeof(a1));
		memset(&a2, 0, sizeof(a2));
		memset(&a3, 0, sizeof(a3));
		memset(&a4, 0, sizeof(a4));
		memset(&a5, 0, sizeof(a5));
		forget_call();
		IMsgStore_Advise(obj, a1, a2, a3, a4, a5);
		check_call("IMsgStore", 14);
	}

	/* slot 15: IMsgStore::Unadvise */
	{
		ULONG_PTR a1;

		memset(&a1, 0, sizeof(a1));
		forget_call();
		IMsgStore_Unadvise(obj, a1);
		check_call("IMsgStore", 15);
	}

	/* slot 16: IMsgStore::CompareEntryIDs */
	{
		ULONG a1;
		LPENTRYID a2;
		ULONG a3;
		LPENTRYID a4;
		ULONG a5;
		ULONG *a6;

		memset(&a1, 0, sizeof(a1));
		memset(&a2, 0, sizeof(a2));
		memset(&a3, 0, sizeof(a3));
		memset(&a4, 0, sizeof(a4));
		memset(&a5, 0, sizeof(a5));
		memset(&a6, 0, sizeof(a6));
		forget_call();
		IMsgStore_CompareEntryIDs(obj, a1, a2, a3, a4, a5, a6);
		check_call("IMsgStore", 16);
	}

	/* slot 17: IMsgStore::OpenEntry */
	{
		ULONG a1;
		LPENTRYID a2;
		LPCIID a3;
		ULONG a4;
		ULONG *a5;
		LPUNKNOWN *a6;

		memset(&a1, 0, sizeof(a1));
		memset(&a2, 0, sizeof(a2));
		memset(&a3, 0, sizeof(a3));
		memset(&a4, 0, sizeof(a4));
		memset(&a5, 0, sizeof(a5));
		memset(&a6, 0, sizeof(a6));
		forget_call();
		IMsgStore_OpenEntry(obj, a1, a2, a3, a4, a5, a6);
		check_call("IMsgStore", 17);
	}

	/* slot 18: IMsgStore::SetReceiveFolder */
	{
		LPTSTR a1;
		ULONG a2;
		ULONG a3;
		LPENTRYID a4;

		memset(&a1, 0, sizeof(a1));
		memset(&a2, 0, sizeof(a2));
		memset(&a3, 0, sizeof(a3));
		memset(&a4, 0, sizeof(a4));
		forget_call();
		IMsgStore_SetReceiveFolder(obj, a1, a2, a3, a4);
		check_call("IMsgStore", 18);
	}

	/* slot 19: IMsgStore::GetReceiveFolder */
	{
		LPTSTR a1;
		ULONG a2;
		ULONG *a3;
		LPENTRYID *a4;
		LPTSTR *a5;

		memset(&a1, 0, sizeof(a1));
		memset(&a2, 0, sizeof(a2));
		memset(&a3, 0, sizeof(a3));
		memset(&a4, 0, sizeof(a4));
		memset(&a5, 0, sizeof(a5));
		forget_call();
		IMsgStore_GetReceiveFolder(obj, a1, a2, a3, a4, a5);
		check_call("IMsgStore", 19);
	}

	/* slot 20: IMsgStore::GetReceiveFolderTable */
	{
		ULONG a1;
		LPMAPITABLE *a2;

		memset(&a1, 0, sizeof(a1));
		memset(&a2, 0, sizeof(a2));
		forget_call();
		IMsgStore_GetReceiveFolderTable(obj, a1, a2);
		check_call("IMsgStore", 20);
	}

	/* slot 21: IMsgStore::StoreLogoff */
	{
		ULONG *a1;

		memset(&a1, 0, sizeof(a1));
		forget_call();
		IMsgStore_StoreLogoff(obj, a1);
		check_call("IMsgStore", 21);
	}

	/* slot 22: IMsgStore::AbortSubmit */
	{
		ULONG a1;
		LPENTRYID a2;
		ULONG a3;

		memset(&a1, 0, sizeof(a1));
		memset(&a2, 0, sizeof(a2));
		memset(&a3, 0, sizeof(a3));
		forget_call();
		IMsgStore_AbortSubmit(obj, a1, a2, a3);
		check_call("IMsgStore", 22);
	}

	/* slot 23: IMsgStore::GetOutgoingQueue */
	{
		ULONG a1;
		LPMAPITABLE *a2;

		memset(&a1, 0, sizeof(a1));
		memset(&a2, 0, sizeof(a2));
		forget_call();
		IMsgStore_GetOutgoingQueue(obj, a1, a2);
		check_call("IMsgStore", 23);
	}

	/* slot 24: IMsgStore::SetLockState */
	{
		LPMESSAGE a1;
		ULONG a2;

		memset(&a1, 0, sizeof(a1));
		memset(&a2, 0, sizeof(a2));
		forget_call();
		IMsgStore_SetLockState(obj, a1, a2);
		check_call("IMsgStore", 24);
	}

	/* slot 25: IMsgStore::FinishedMsg */
	{
		ULONG a1;
		ULONG a2;
		LPENTRYID a3;

		memset(&a1, 0, sizeof(a1));
		memset(&a2, 0, sizeof(a2));
		memset(&a3, 0, sizeof(a3));
		forget_call();
		IMsgStore_FinishedMsg(obj, a1, a2, a3);
		check_call("IMsgStore", 25);
	}

	/* slot 26: IMsgStore::NotifyNewMail */
	{
		LPNOTIFICATION a1;

		memset(&a1, 0, sizeof(a1));
		forget_call();
		IMsgStore_NotifyNewMail(obj, a1);
		check_call("IMsgStore", 26);
	}
}

/* IMessage */

static HRESULT STDMETHODCALLTYPE stub_IMessage_0(IMessage *This, REFIID riid, LPVOID *ppvObj)
{
	(void)This;
	(void)riid;
	(void)ppvObj;
	record_call("IMessage", 0);
	return 0;
}

static ULONG STDMETHODCALLTYPE stub_IMessage_1(IMessage *This)
{
	(void)This;
	record_call("IMessage", 1);
	return 0;
}

static ULONG STDMETHODCALLTYPE stub_IMessage_2(IMessage *This)
{
	(void)This;
	record_call("IMessage", 2);
	return 0;
}

static HRESULT STDMETHODCALLTYPE stub_IMessage_3(IMessage *This, HRESULT hResult, ULONG ulFlags, LPMAPIERROR *lppMAPIError)
{
	(void)This;
	(void)hResult;
	(void)ulFlags;
	(void)lppMAPIError;
	record_call("IMessage", 3);
	return 0;
}

static HRESULT STDMETHODCALLTYPE stub_IMessage_4(IMessage *This, ULONG ulFlags)
{
	(void)This;
	(void)ulFlags;
	record_call("IMessage", 4);
	return 0;
}

static HRESULT STDMETHODCALLTYPE stub_IMessage_5(IMessage *This, LPSPropTagArray lpPropTagArray, ULONG ulFlags, ULONG *lpcValues, LPSPropValue *lppPropArray)
{
	(void)This;
	(void)lpPropTagArray;
	(void)ulFlags;
	(void)lpcValues;
	(void)lppPropArray;
	record_call("IMessage", 5);
	return 0;
}

static HRESULT STDMETHODCALLTYPE stub_IMessage_6(IMessage *This, ULONG ulFlags, LPSPropTagArray *lppPropTagArray)
{
	(void)This;
	(void)ulFlags;
	(void)lppPropTagArray;
	record_call("IMessage", 6);
	return 0;
}

static HRESULT STDMETHODCALLTYPE stub_IMessage_7(IMessage *This, ULONG ulPropTag, LPCIID lpiid, ULONG ulInterfaceOptions, ULONG ulFlags, LPUNKNOWN *lppUnk)
{
	(void)This;
	(void)ulPropTag;
	(void)lpiid;
	(void)ulInterfaceOptions;
	(void)ulFlags;
	(void)lppUnk;
	record_call("IMessage", 7);
	return 0;
}

static HRESULT STDMETHODCALLTYPE stub_IMessage_8(IMessage *This, ULONG cValues, LPSPropValue lpPropArray, LPSPropProblemArray *lppProblems)
{
	(void)This;
	(void)cValues;
	(void)lpPropArray;
	(void)lppProblems;
	record_call("IMessage", 8);
	return 0;
}

static HRESULT STDMETHODCALLTYPE stub_IMessage_9(IMessage *This, LPSPropTagArray lpPropTagArray, LPSPropProblemArray *lppProblems)
{
	(void)This;
	(void)lpPropTagArray;
	(void)lppProblems;
	record_call("IMessage", 9);
	return 0;
}

static HRESULT STDMETHODCALLTYPE stub_IMessage_10(IMessage *This, ULONG ciidExclude, LPCIID rgiidExclude, LPSPropTagArray lpExcludeProps, ULONG_PTR ulUIParam, LPMAPIPROGRESS lpProgress, LPCIID lpInterface, LPVOID lpDestObj, ULONG ulFlags, LPSPropProblemArray *lppProblems)
{
	(void)This;
	(void)ciidExclude;
	(void)rgiidExclude;
	(void)lpExcludeProps;
	(void)ulUIParam;
	(void)lpProgress;
	(void)lpInterface;
	(void)lpDestObj;
	(void)ulFlags;
	(void)lppProblems;
	record_call("IMessage", 10);
	return 0;
}

static HRESULT STDMETHODCALLTYPE stub_IMessage_11(IMessage *This, LPSPropTagArray lpIncludeProps, ULONG_PTR ulUIParam, LPMAPIPROGRESS lpProgress, LPCIID lpInterface, LPVOID lpDestObj, ULONG ulFlags, LPSPropProblemArray *lppProblems)
{
	(void)This;
	(void)lpIncludeProps;
	(void)ulUIParam;
	(void)lpProgress;
	(void)lpInterface;
	(void)lpDestObj;
	(void)ulFlags;
	(void)lppProblems;
	record_call("IMessage", 11);
	return 0;
}

static HRESULT STDMETHODCALLTYPE stub_IMessage_12(IMessage *This, LPSPropTagArray *lppPropTags, LPGUID lpPropSetGuid, ULONG ulFlags, ULONG *lpcPropNames, LPMAPINAMEID **lpppPropNames)
{
	(void)This;
	(void)lppPropTags;
	(void)lpPropSetGuid;
	(void)ulFlags;
	(void)lpcPropNames;
	(void)lpppPropNames;
	record_call("IMessage", 12);
	return 0;
}

static HRESULT STDMETHODCALLTYPE stub_IMessage_13(IMessage *This, ULONG cPropNames, LPMAPINAMEID *lppPropNames, ULONG ulFlags, LPSPropTagArray *lppPropTags)
{
	(void)This;
	(void)cPropNames;
	(void)lppPropNames;
	(void)ulFlags;
	(void)lppPropTags;
	record_call("IMessage", 13);
	return 0;
}

static HRESULT STDMETHODCALLTYPE stub_IMessage_14(IMessage *This, ULONG ulFlags, LPMAPITABLE *lppTable)
{
	(void)This;
	(void)ulFlags;
	(void)lppTable;
	record_call("IMessage", 14);
	return 0;
}

static HRESULT STDMETHODCALLTYPE stub_IMessage_15(IMessage *This, ULONG ulAttachmentNum, LPCIID lpInterface, ULONG ulFlags, LPATTACH *lppAttach)
{
	(void)This;
	(void)ulAttachmentNum;
	(void)lpInterface;
	(void)ulFlags;
	(void)lppAttach;
	record_call("IMessage", 15);
	return 0;
}

static HRESULT STDMETHODCALLTYPE stub_IMessage_16(IMessage *This, LPCIID lpInterface, ULONG ulFlags, ULONG *lpulAttachmentNum, LPATTACH *lppAttach)
{
	(void)This;
	(void)lpInterface;
	(void)ulFlags;
	(void)lpulAttachmentNum;
	(void)lppAttach;
	record_call("IMessage", 16);
	return 0;
}

static HRESULT STDMETHODCALLTYPE stub_IMessage_17(IMessage *This, ULONG ulAttachmentNum, ULONG_PTR ulUIParam, LPMAPIPROGRESS lpProgress, ULONG ulFlags)
{
	(void)This;
	(void)ulAttachmentNum;
	(void)ulUIParam;
	(void)lpProgress;
	(void)ulFlags;
	record_call("IMessage", 17);
	return 0;
}

static HRESULT STDMETHODCALLTYPE stub_IMessage_18(IMessage *This, ULONG ulFlags, LPMAPITABLE *lppTable)
{
	(void)This;
	(void)ulFlags;
	(void)lppTable;
	record_call("IMessage", 18);
	return 0;
}

static HRESULT STDMETHODCALLTYPE stub_IMessage_19(IMessage *This, ULONG ulFlags, LPADRLIST lpMods)
{
	(void)This;
	(void)ulFlags;
	(void)lpMods;
	record_call("IMessage", 19);
	return 0;
}

static HRESULT STDMETHODCALLTYPE stub_IMessage_20(IMessage *This, ULONG ulFlags)
{
	(void)This;
	(void)ulFlags;
	record_call("IMessage", 20);
	return 0;
}

static HRESULT STDMETHODCALLTYPE stub_IMessage_21(IMessage *This, ULONG ulFlags)
{
	(void)This;
	(void)ulFlags;
	record_call("IMessage", 21);
	return 0;
}

static CONST_VTBL IMessageVtbl stub_vtbl_IMessage = {
	stub_IMessage_0,
	stub_IMessage_1,
	stub_IMessage_2,
	stub_IMessage_3,
	stub_IMessage_4,
	stub_IMessage_5,
	stub_IMessage_6,
	stub_IMessage_7,
	stub_IMessage_8,
	stub_IMessage_9,
	stub_IMessage_10,
	stub_IMessage_11,
	stub_IMessage_12,
	stub_IMessage_13,
	stub_IMessage_14,
	stub_IMessage_15,
	stub_IMessage_16,
	stub_IMessage_17,
	stub_IMessage_18,
	stub_IMessage_19,
	stub_IMessage_20,
	stub_IMessage_21,
};

static void test_IMessage(void **state)
{
	IMessage object = {&stub_vtbl_IMessage};
	IMessage *obj = &object;

	(void)state;

	/* slot 0: IUnknown::QueryInterface */
	{
		REFIID a1;
		LPVOID *a2;

		memset(&a1, 0, sizeof(a1));
		memset(&a2, 0, sizeof(a2));
		forget_call();
		IMessage_QueryInterface(obj, a1, a2);
		check_call("IMessage", 0);
	}

	/* slot 1: IUnknown::AddRef */
	{
		forget_call();
		IMessage_AddRef(obj);
		check_call("IMessage", 1);
	}

	/* slot 2: IUnknown::Release */
	{
		forget_call();
		IMessage_Release(obj);
		check_call("IMessage", 2);
	}

	/* slot 3: IMAPIProp::GetLastError */
	{
		HRESULT a1;
		ULONG a2;
		LPMAPIERROR *a3;

		memset(&a1, 0, sizeof(a1));
		memset(&a2, 0, sizeof(a2));
		memset(&a3, 0, sizeof(a3));
		forget_call();
		IMessage_GetLastError(obj, a1, a2, a3);
		check_call("IMessage", 3);
	}

	/* slot 4: IMAPIProp::SaveChanges */
	{
		ULONG a1;

		memset(&a1, 0, sizeof(a1));
		forget_call();
		IMessage_SaveChanges(obj, a1);
		check_call("IMessage", 4);
	}

	/* slot 5: IMAPIProp::GetProps */
	{
		LPSPropTagArray a1;
		ULONG a2;
		ULONG *a3;
		LPSPropValue *a4;

		memset(&a1, 0, sizeof(a1));
		memset(&a2, 0, sizeof(a2));
		memset(&a3, 0, sizeof(a3));
		memset(&a4, 0, sizeof(a4));
		forget_call();
		IMessage_GetProps(obj, a1, a2, a3, a4);
		check_call("IMessage", 5);
	}

	/* slot 6: IMAPIProp::GetPropList */
	{
		ULONG a1;
		LPSPropTagArray *a2;

		memset(&a1, 0, sizeof(a1));
		memset(&a2, 0, sizeof(a2));
		forget_call();
		IMessage_GetPropList(obj, a1, a2);
		check_call("IMessage", 6);
	}

	/* slot 7: IMAPIProp::OpenProperty */
	{
		ULONG a1;
		LPCIID a2;
		ULONG a3;
		ULONG a4;
		LPUNKNOWN *a5;

		memset(&a1, 0, sizeof(a1));
		memset(&a2, 0, sizeof(a2));
		memset(&a3, 0, sizeof(a3));
		memset(&a4, 0, sizeof(a4));
		memset(&a5, 0, sizeof(a5));
		forget_call();
		IMessage_OpenProperty(obj, a1, a2, a3, a4, a5);
		check_call("IMessage", 7);
	}

	/* slot 8: IMAPIProp::SetProps */
	{
		ULONG a1;
		LPSPropValue a2;
		LPSPropProblemArray *a3;

		memset(&a1, 0, sizeof(a1));
		memset(&a2, 0, sizeof(a2));
		memset(&a3, 0, sizeof(a3));
		forget_call();
		IMessage_SetProps(obj, a1, a2, a3);
		check_call("IMessage", 8);
	}

	/* slot 9: IMAPIProp::DeleteProps */
	{
		LPSPropTagArray a1;
		LPSPropProblemArray *a2;

		memset(&a1, 0, sizeof(a1));
		memset(&a2, 0, sizeof(a2));
		forget_call();
		IMessage_DeleteProps(obj, a1, a2);
		check_call("IMessage", 9);
	}

	/* slot 10: IMAPIProp::CopyTo */
	{
		ULONG a1;
		LPCIID a2;
		LPSPropTagArray a3;
		ULONG_PTR a4;
		LPMAPIPROGRESS a5;
		LPCIID a6;
		LPVOID a7;
		ULONG a8;
		LPSPropProblemArray *a9;

		memset(&a1, 0, sizeof(a1));
		memset(&a2, 0, sizeof(a2));
		memset(&a3, 0, sizeof(a3));
		memset(&a4, 0, sizeof(a4));
		memset(&a5, 0, sizeof(a5));
		memset(&a6, 0, sizeof(a6));
		memset(&a7, 0, sizeof(a7));
		memset(&a8, 0, sizeof(a8));
		memset(&a9, 0, sizeof(a9));
		forget_call();
		IMessage_CopyTo(obj, a1, a2, a3, a4, a5, a6, a7, a8, a9);
		check_call("IMessage", 10);
	}

	/* slot 11: IMAPIProp::CopyProps */
	{
		LPSPropTagArray a1;
		ULONG_PTR a2;
		LPMAPIPROGRESS a3;
		LPCIID a4;
		LPVOID a5;
		ULONG a6;
		LPSPropProblemArray *a7;

		memset(&a1, 0, sizeof(a1));
		memset(&a2, 0, sizeof(a2));
		memset(&a3, 0, sizeof(a3));
		memset(&a4, 0, sizeof(a4));
		memset(&a5, 0, sizeof(a5));
		memset(&a6, 0, sizeof(a6));
		memset(&a7, 0, sizeof(a7));
		forget_call();
		IMessage_CopyProps(obj, a1, a2, a3, a4, a5, a6, a7);
		check_call("IMessage", 11);
	}

	/* slot 12: IMAPIProp::GetNamesFromIDs */
	{
		LPSPropTagArray *a1;
		LPGUID a2;
		ULONG a3;
		ULONG *a4;
		LPMAPINAMEID **a5;

		memset(&a1, 0, sizeof(a1));
		memset(&a2, 0, sizeof(a2));
		memset(&a3, 0, sizeof(a3));
		memset(&a4, 0, sizeof(a4));
		memset(&a5, 0, sizeof(a5));
		forget_call();
		IMessage_GetNamesFromIDs(obj, a1, a2, a3, a4, a5);
		check_call("IMessage", 12);
	}

	/* slot 13: IMAPIProp::GetIDsFromNames */
	{
		ULONG a1;
		LPMAPINAMEID *a2;
		ULONG a3;
		LPSPropTagArray *a4;

		memset(&a1, 0, sizeof(a1));
		memset(&a2, 0, sizeof(a2));
		memset(&a3, 0, sizeof(a3));
		memset(&a4, 0, sizeof(a4));
		forget_call();
		IMessage_GetIDsFromNames(obj, a1, a2, a3, a4);
		check_call("IMessage", 13);
	}

	/* slot 14: IMessage::GetAttachmentTable */
	{
		ULONG a1;
		LPMAPITABLE *a2;

		memset(&a1, 0, sizeof(a1));
		memset(&a2, 0, sizeof(a2));
		forget_call();
		IMessage_GetAttachmentTable(obj, a1, a2);
		check_call("IMessage", 14);
	}

	/* slot 15: IMessage::OpenAttach */
	{
		ULONG a1;
		LPCIID a2;
		ULONG a3;
		LPATTACH *a4;

		memset(&a1, 0, sizeof(a1));
		memset(&a2, 0, sizeof(a2));
		memset(&a3, 0, sizeof(a3));
		memset(&a4, 0, sizeof(a4));
		forget_call();
		IMessage_OpenAttach(obj, a1, a2, a3, a4);
		check_call("IMessage", 15);
	}

	/* slot 16: IMessage::CreateAttach */
	{
		LPCIID a1;
		ULONG a2;
		ULONG *a3;
		LPATTACH *a4;

		memset(&a1, 0, sizeof(a1));
		memset(&a2, 0, sizeof(a2));
		memset(&a3, 0, sizeof(a3));
		memset(&a4, 0, sizeof(a4));
		forget_call();
		IMessage_CreateAttach(obj, a1, a2, a3, a4);
		check_call("IMessage", 16);
	}

	/* slot 17: IMessage::DeleteAttach */
	{
		ULONG a1;
		ULONG_PTR a2;
		LPMAPIPROGRESS a3;
		ULONG a4;

		memset(&a1, 0, sizeof(a1));
		memset(&a2, 0, sizeof(a2));
		memset(&a3, 0, sizeof(a3));
		memset(&a4, 0, sizeof(a4));
		forget_call();
		IMessage_DeleteAttach(obj, a1, a2, a3, a4);
		check_call("IMessage", 17);
	}

	/* slot 18: IMessage::GetRecipientTable */
	{
		ULONG a1;
		LPMAPITABLE *a2;

		memset(&a1, 0, sizeof(a1));
		memset(&a2, 0, sizeof(a2));
		forget_call();
		IMessage_GetRecipientTable(obj, a1, a2);
		check_call("IMessage", 18);
	}

	/* slot 19: IMessage::ModifyRecipients */
	{
		ULONG a1;
		LPADRLIST a2;

		memset(&a1, 0, sizeof(a1));
		memset(&a2, 0, sizeof(a2));
		forget_call();
		IMessage_ModifyRecipients(obj, a1, a2);
		check_call("IMessage", 19);
	}

	/* slot 20: IMessage::SubmitMessage */
	{
		ULONG a1;

		memset(&a1, 0, sizeof(a1));
		forget_call();
		IMessage_SubmitMessage(obj, a1);
		check_call("IMessage", 20);
	}

	/* slot 21: IMessage::SetReadFlag */
	{
		ULONG a1;

		memset(&a1, 0, sizeof(a1));
		forget_call();
		IMessage_SetReadFlag(obj, a1);
		check_call("IMessage", 21);
	}
}

/* IAttach */

static HRESULT STDMETHODCALLTYPE stub_IAttach_0(IAttach *This, REFIID riid, LPVOID *ppvObj)
{
	(void)This;
	(void)riid;
	(void)ppvObj;
	record_call("IAttach", 0);
	return 0;
}

static ULONG STDMETHODCALLTYPE stub_IAttach_1(IAttach *This)
{
	(void)This;
	record_call("IAttach", 1);
	return 0;
}

static ULONG STDMETHODCALLTYPE stub_IAttach_2(IAttach *This)
{
	(void)This;
	record_call("IAttach", 2);
	return 0;
}

static HRESULT STDMETHODCALLTYPE stub_IAttach_3(IAttach *This, HRESULT hResult, ULONG ulFlags, LPMAPIERROR *lppMAPIError)
{
	(void)This;
	(void)hResult;
	(void)ulFlags;
	(void)lppMAPIError;
	record_call("IAttach", 3);
	return 0;
}

static HRESULT STDMETHODCALLTYPE stub_IAttach_4(IAttach *This, ULONG ulFlags)
{
	(void)This;
	(void)ulFlags;
	record_call("IAttach", 4);
	return 0;
}

static HRESULT STDMETHODCALLTYPE stub_IAttach_5(IAttach *This, LPSPropTagArray lpPropTagArray, ULONG ulFlags, ULONG *lpcValues, LPSPropValue *lppPropArray)
{
	(void)This;
	(void)lpPropTagArray;
	(void)ulFlags;
	(void)lpcValues;
	(void)lppPropArray;
	record_call("IAttach", 5);
	return 0;
}

static HRESULT STDMETHODCALLTYPE stub_IAttach_6(IAttach *This, ULONG ulFlags, LPSPropTagArray *lppPropTagArray)
{
	(void)This;
	(void)ulFlags;
	(void)lppPropTagArray;
	record_call("IAttach", 6);
	return 0;
}

static HRESULT STDMETHODCALLTYPE stub_IAttach_7(IAttach *This, ULONG ulPropTag, LPCIID lpiid, ULONG ulInterfaceOptions, ULONG ulFlags, LPUNKNOWN *lppUnk)
{
	(void)This;
	(void)ulPropTag;
	(void)lpiid;
	(void)ulInterfaceOptions;
	(void)ulFlags;
	(void)lppUnk;
	record_call("IAttach", 7);
	return 0;
}

static HRESULT STDMETHODCALLTYPE stub_IAttach_8(IAttach *This, ULONG cValues, LPSPropValue lpPropArray, LPSPropProblemArray *lppProblems)
{
	(void)This;
	(void)cValues;
	(void)lpPropArray;
	(void)lppProblems;
	record_call("IAttach", 8);
	return 0;
}

static HRESULT STDMETHODCALLTYPE stub_IAttach_9(IAttach *This, LPSPropTagArray lpPropTagArray, LPSPropProblemArray *lppProblems)
{
	(void)This;
	(void)lpPropTagArray;
	(void)lppProblems;
	record_call("IAttach", 9);
	return 0;
}

static HRESULT STDMETHODCALLTYPE stub_IAttach_10(IAttach *This, ULONG ciidExclude, LPCIID rgiidExclude, LPSPropTagArray lpExcludeProps, ULONG_PTR ulUIParam, LPMAPIPROGRESS lpProgress, LPCIID lpInterface, LPVOID lpDestObj, ULONG ulFlags, LPSPropProblemArray *lppProblems)
{
	(void)This;
	(void)ciidExclude;
	(void)rgiidExclude;
	(void)lpExcludeProps;
	(void)ulUIParam;
	(void)lpProgress;
	(void)lpInterface;
	(void)lpDestObj;
	(void)ulFlags;
	(void)lppProblems;
	record_call("IAttach", 10);
	return 0;
}

static HRESULT STDMETHODCALLTYPE stub_IAttach_11(IAttach *This, LPSPropTagArray lpIncludeProps, ULONG_PTR ulUIParam, LPMAPIPROGRESS lpProgress, LPCIID lpInterface, LPVOID lpDestObj, ULONG ulFlags, LPSPropProblemArray *lppProblems)
{
	(void)This;
	(void)lpIncludeProps;
	(void)ulUIParam;
	(void)lpProgress;
	(void)lpInterface;
	(void)lpDestObj;
	(void)ulFlags;
	(void)lppProblems;
	record_call("IAttach", 11);
	return 0;
}

static HRESULT STDMETHODCALLTYPE stub_IAttach_12(IAttach *This, LPSPropTagArray *lppPropTags, LPGUID lpPropSetGuid, ULONG ulFlags, ULONG *lpcPropNames, LPMAPINAMEID **lpppPropNames)
{
	(void)This;
	(void)lppPropTags;
	(void)lpPropSetGuid;
	(void)ulFlags;
	(void)lpcPropNames;
	(void)lpppPropNames;
	record_call("IAttach", 12);
	return 0;
}

static HRESULT STDMETHODCALLTYPE stub_IAttach_13(IAttach *This, ULONG cPropNames, LPMAPINAMEID *lppPropNames, ULONG ulFlags, LPSPropTagArray *lppPropTags)
{
	(void)This;
	(void)cPropNames;
	(void)lppPropNames;
	(void)ulFlags;
	(void)lppPropTags;
	record_call("IAttach", 13);
	return 0;
}

static CONST_VTBL IAttachVtbl stub_vtbl_IAttach = {
	stub_IAttach_0,
	stub_IAttach_1,
	stub_IAttach_2,
	stub_IAttach_3,
	stub_IAttach_4,
	stub_IAttach_5,
	stub_IAttach_6,
	stub_IAttach_7,
	stub_IAttach_8,
	stub_IAttach_9,
	stub_IAttach_10,
	stub_IAttach_11,
	stub_IAttach_12,
	stub_IAttach_13,
};

static void test_IAttach(void **state)
{
	IAttach object = {&stub_vtbl_IAttach};
	IAttach *obj = &object;

	(void)state;

	/* slot 0: IUnknown::QueryInterface */
	{
		REFIID a1;
		LPVOID *a2;

		memset(&a1, 0, sizeof(a1));
		memset(&a2, 0, sizeof(a2));
		forget_call();
		IAttach_QueryInterface(obj, a1, a2);
		check_call("IAttach", 0);
	}

	/* slot 1: IUnknown::AddRef */
	{
		forget_call();
		IAttach_AddRef(obj);
		check_call("IAttach", 1);
	}

	/* slot 2: IUnknown::Release */
	{
		forget_call();
		IAttach_Release(obj);
		check_call("IAttach", 2);
	}

	/* slot 3: IMAPIProp::GetLastError */
	{
		HRESULT a1;
		ULONG a2;
		LPMAPIERROR *a3;

		memset(&a1, 0, sizeof(a1));
		memset(&a2, 0, sizeof(a2));
		memset(&a3, 0, sizeof(a3));
		forget_call();
		IAttach_GetLastError(obj, a1, a2, a3);
		check_call("IAttach", 3);
	}

	/* slot 4: IMAPIProp::SaveChanges */
	{
		ULONG a1;

		memset(&a1, 0, sizeof(a1));
		forget_call();
		IAttach_SaveChanges(obj, a1);
		check_call("IAttach", 4);
	}

	/* slot 5: IMAPIProp::GetProps */
	{
		LPSPropTagArray a1;
		ULONG a2;
		ULONG *a3;
		LPSPropValue *a4;

		memset(&a1, 0, sizeof(a1));
		memset(&a2, 0, sizeof(a2));
		memset(&a3, 0, sizeof(a3));
		memset(&a4, 0, sizeof(a4));
		forget_call();
		IAttach_GetProps(obj, a1, a2, a3, a4);
		check_call("IAttach", 5);
	}

	/* slot 6: IMAPIProp::GetPropList */
	{
		ULONG a1;
		LPSPropTagArray *a2;

		memset(&a1, 0, sizeof(a1));
		memset(&a2, 0, sizeof(a2));
		forget_call();
		IAttach_GetPropList(obj, a1, a2);
		check_call("IAttach", 6);
	}

	/* slot 7: IMAPIProp::OpenProperty */
	{
		ULONG a1;
		LPCIID a2;
		ULONG a3;
		ULONG a4;
		LPUNKNOWN *a5;

		memset(&a1, 0, sizeof(a1));
		memset(&a2, 0, sizeof(a2));
		memset(&a3, 0, sizeof(a3));
		memset(&a4, 0, sizeof(a4));
		memset(&a5, 0, sizeof(a5));
		forget_call();
		IAttach_OpenProperty(obj, a1, a2, a3, a4, a5);
		check_call("IAttach", 7);
	}

	/* slot 8: IMAPIProp::SetProps */
	{
		ULONG a1;
		LPSPropValue a2;
		LPSPropProblemArray *a3;

		memset(&a1, 0, sizeof(a1));
		memset(&a2, 0, sizeof(a2));
		memset(&a3, 0, sizeof(a3));
		forget_call();
		IAttach_SetProps(obj, a1, a2, a3);
		check_call("IAttach", 8);
	}

	/* slot 9: IMAPIProp::DeleteProps */
	{
		LPSPropTagArray a1;
		LPSPropProblemArray *a2;

		memset(&a1, 0, sizeof(a1));
		memset(&a2, 0, sizeof(a2));
		forget_call();
		IAttach_DeleteProps(obj, a1, a2);
		check_call("IAttach", 9);
	}

	/* slot 10: IMAPIProp::CopyTo */
	{
		ULONG a1;
		LPCIID a2;
		LPSPropTagArray a3;
		ULONG_PTR a4;
		LPMAPIPROGRESS a5;
		LPCIID a6;
		LPVOID a7;
		ULONG a8;
		LPSPropProblemArray *a9;

		memset(&a1, 0, sizeof(a1));
		memset(&a2, 0, sizeof(a2));
		memset(&a3, 0, sizeof(a3));
		memset(&a4, 0, sizeof(a4));
		memset(&a5, 0, sizeof(a5));
		memset(&a6, 0, sizeof(a6));
		memset(&a7, 0, sizeof(a7));
		memset(&a8, 0, sizeof(a8));
		memset(&a9, 0, sizeof(a9));
		forget_call();
		IAttach_CopyTo(obj, a1, a2, a3, a4, a5, a6, a7, a8, a9);
		check_call("IAttach", 10);
	}

	/* slot 11: IMAPIProp::CopyProps */
	{
		LPSPropTagArray a1;
		ULONG_PTR a2;
		LPMAPIPROGRESS a3;
		LPCIID a4;
		LPVOID a5;
		ULONG a6;
		LPSPropProblemArray *a7;

		memset(&a1, 0, sizeof(a1));
		memset(&a2, 0, sizeof(a2));
		memset(&a3, 0, sizeof(a3));
		memset(&a4, 0, sizeof(a4));
		memset(&a5, 0, sizeof(a5));
		memset(&a6, 0, sizeof(a6));
		memset(&a7, 0, sizeof(a7));
		forget_call();
		IAttach_CopyProps(obj, a1, a2, a3, a4, a5, a6, a7);
		check_call("IAttach", 11);
	}

	/* slot 12: IMAPIProp::GetNamesFromIDs */
	{
		LPSPropTagArray *a1;
		LPGUID a2;
		ULONG a3;
		ULONG *a4;
		LPMAPINAMEID **a5;

		memset(&a1, 0, sizeof(a1));
		memset(&a2, 0, sizeof(a2));
		memset(&a3, 0, sizeof(a3));
		memset(&a4, 0, sizeof(a4));
		memset(&a5, 0, sizeof(a5));
		forget_call();
		IAttach_GetNamesFromIDs(obj, a1, a2, a3, a4, a5);
		check_call("IAttach", 12);
	}

	/* slot 13: IMAPIProp::GetIDsFromNames */
	{
		ULONG a1;
		LPMAPINAMEID *a2;
		ULONG a3;
		LPSPropTagArray *a4;

		memset(&a1, 0, sizeof(a1));
		memset(&a2, 0, sizeof(a2));
		memset(&a3, 0, sizeof(a3));
		memset(&a4, 0, sizeof(a4));
		forget_call();
		IAttach_GetIDsFromNames(obj, a1, a2, a3, a4);
		check_call("IAttach", 13);
	}
}

/* IMAPITable */

static HRESULT STDMETHODCALLTYPE stub_IMAPITable_0(IMAPITable *This, REFIID riid, LPVOID *ppvObj)
{
	(void)This;
	(void)riid;
	(void)ppvObj;
	record_call("IMAPITable", 0);
	return 0;
}

static ULONG STDMETHODCALLTYPE stub_IMAPITable_1(IMAPITable *This)
{
	(void)This;
	record_call("IMAPITable", 1);
	return 0;
}

static ULONG STDMETHODCALLTYPE stub_IMAPITable_2(IMAPITable *This)
{
	(void)This;
	record_call("IMAPITable", 2);
	return 0;
}

static HRESULT STDMETHODCALLTYPE stub_IMAPITable_3(IMAPITable *This, HRESULT hResult, ULONG ulFlags, LPMAPIERROR *lppMAPIError)
{
	(void)This;
	(void)hResult;
	(void)ulFlags;
	(void)lppMAPIError;
	record_call("IMAPITable", 3);
	return 0;
}

static HRESULT STDMETHODCALLTYPE stub_IMAPITable_4(IMAPITable *This, ULONG ulEventMask, LPMAPIADVISESINK lpAdviseSink, ULONG_PTR *lpulConnection)
{
	(void)This;
	(void)ulEventMask;
	(void)lpAdviseSink;
	(void)lpulConnection;
	record_call("IMAPITable", 4);
	return 0;
}

static HRESULT STDMETHODCALLTYPE stub_IMAPITable_5(IMAPITable *This, ULONG_PTR ulConnection)
{
	(void)This;
	(void)ulConnection;
	record_call("IMAPITable", 5);
	return 0;
}

static HRESULT STDMETHODCALLTYPE stub_IMAPITable_6(IMAPITable *This, ULONG *lpulTableStatus, ULONG *lpulTableType)
{
	(void)This;
	(void)lpulTableStatus;
	(void)lpulTableType;
	record_call("IMAPITable", 6);
	return 0;
}

static HRESULT STDMETHODCALLTYPE stub_IMAPITable_7(IMAPITable *This, LPSPropTagArray lpPropTagArray, ULONG ulFlags)
{
	(void)This;
	(void)lpPropTagArray;
	(void)ulFlags;
	record_call("IMAPITable", 7);
	return 0;
}

static HRESULT STDMETHODCALLTYPE stub_IMAPITable_8(IMAPITable *This, ULONG ulFlags, LPSPropTagArray *lppPropTagArray)
{
	(void)This;
	(void)ulFlags;
	(void)lppPropTagArray;
	record_call("IMAPITable", 8);
	return 0;
}

static HRESULT STDMETHODCALLTYPE stub_IMAPITable_9(IMAPITable *This, ULONG ulFlags, ULONG *lpulCount)
{
	(void)This;
	(void)ulFlags;
	(void)lpulCount;
	record_call("IMAPITable", 9);
	return 0;
}

static HRESULT STDMETHODCALLTYPE stub_IMAPITable_10(IMAPITable *This, BOOKMARK bkOrigin, LONG lRowCount, LONG *lplRowsSought)
{
	(void)This;
	(void)bkOrigin;
	(void)lRowCount;
	(void)lplRowsSought;
	record_call("IMAPITable", 10);
	return 0;
}

static HRESULT STDMETHODCALLTYPE stub_IMAPITable_11(IMAPITable *This, ULONG ulNumerator, ULONG ulDenominator)
{
	(void)This;
	(void)ulNumerator;
	(void)ulDenominator;
	record_call("IMAPITable", 11);
	return 0;
}

static HRESULT STDMETHODCALLTYPE stub_IMAPITable_12(IMAPITable *This, ULONG *lpulRow, ULONG *lpulNumerator, ULONG *lpulDenominator)
{
	(void)This;
	(void)lpulRow;
	(void)lpulNumerator;
	(void)lpulDenominator;
	record_call("IMAPITable", 12);
	return 0;
}

static HRESULT STDMETHODCALLTYPE stub_IMAPITable_13(IMAPITable *This, LPSRestriction lpRestriction, BOOKMARK bkOrigin, ULONG ulFlags)
{
	(void)This;
	(void)lpRestriction;
	(void)bkOrigin;
	(void)ulFlags;
	record_call("IMAPITable", 13);
	return 0;
}

static HRESULT STDMETHODCALLTYPE stub_IMAPITable_14(IMAPITable *This, LPSRestriction lpRestriction, ULONG ulFlags)
{
	(void)This;
	(void)lpRestriction;
	(void)ulFlags;
	record_call("IMAPITable", 14);
	return 0;
}

static HRESULT STDMETHODCALLTYPE stub_IMAPITable_15(IMAPITable *This, BOOKMARK *lpbkPosition)
{
	(void)This;
	(void)lpbkPosition;
	record_call("IMAPITable", 15);
	return 0;
}

static HRESULT STDMETHODCALLTYPE stub_IMAPITable_16(IMAPITable *This, BOOKMARK bkPosition)
{
	(void)This;
	(void)bkPosition;
	record_call("IMAPITable", 16);
	return 0;
}

static HRESULT STDMETHODCALLTYPE stub_IMAPITable_17(IMAPITable *This, LPSSortOrderSet lpSortCriteria, ULONG ulFlags)
{
	(void)This;
	(void)lpSortCriteria;
	(void)ulFlags;
	record_call("IMAPITable", 17);
	return 0;
}

static HRESULT STDMETHODCALLTYPE stub_IMAPITable_18(IMAPITable *This, LPSSortOrderSet *lppSortCriteria)
{
	(void)This;
	(void)lppSortCriteria;
	record_call("IMAPITable", 18);
	return 0;
}

static HRESULT STDMETHODCALLTYPE stub_IMAPITable_19(IMAPITable *This, LONG lRowCount, ULONG ulFlags, LPSRowSet *lppRows)
{
	(void)This;
	(void)lRowCount;
	(void)ulFlags;
	(void)lppRows;
	record_call("IMAPITable", 19);
	return 0;
}

static HRESULT STDMETHODCALLTYPE stub_IMAPITable_20(IMAPITable *This)
{
	(void)This;
	record_call("IMAPITable", 20);
	return 0;
}

static HRESULT STDMETHODCALLTYPE stub_IMAPITable_21(IMAPITable *This, ULONG cbInstanceKey, LPBYTE pbInstanceKey, ULONG ulRowCount, ULONG ulFlags, LPSRowSet *lppRows, ULONG *lpulMoreRows)
{
	(void)This;
	(void)cbInstanceKey;
	(void)pbInstanceKey;
	(void)ulRowCount;
	(void)ulFlags;
	(void)lppRows;
	(void)lpulMoreRows;
	record_call("IMAPITable", 21);
	return 0;
}

static HRESULT STDMETHODCALLTYPE stub_IMAPITable_22(IMAPITable *This, ULONG cbInstanceKey, LPBYTE pbInstanceKey, ULONG ulFlags, ULONG *lpulRowCount)
{
	(void)This;
	(void)cbInstanceKey;
	(void)pbInstanceKey;
	(void)ulFlags;
	(void)lpulRowCount;
	record_call("IMAPITable", 22);
	return 0;
}

static HRESULT STDMETHODCALLTYPE stub_IMAPITable_23(IMAPITable *This, ULONG ulFlags, ULONG ulTimeout, ULONG *lpulTableStatus)
{
	(void)This;
	(void)ulFlags;
	(void)ulTimeout;
	(void)lpulTableStatus;
	record_call("IMAPITable", 23);
	return 0;
}

static HRESULT STDMETHODCALLTYPE stub_IMAPITable_24(IMAPITable *This, ULONG ulFlags, ULONG cbInstanceKey, LPBYTE lpbInstanceKey, ULONG *lpcbCollapseState, LPBYTE *lppbCollapseState)
{
	(void)This;
	(void)ulFlags;
	(void)cbInstanceKey;
	(void)lpbInstanceKey;
	(void)lpcbCollapseState;
	(void)lppbCollapseState;
	record_call("IMAPITable", 24);
	return 0;
}

static HRESULT STDMETHODCALLTYPE stub_IMAPITable_25(IMAPITable *This, ULONG ulFlags, ULONG cbCollapseState, LPBYTE pbCollapseState, BOOKMARK *lpbkLocation)
{
	(void)This;
	(void)ulFlags;
	(void)cbCollapseState;
	(void)pbCollapseState;
	(void)lpbkLocation;
	record_call("IMAPITable", 25);
	return 0;
}

static CONST_VTBL IMAPITableVtbl stub_vtbl_IMAPITable = {
	stub_IMAPITable_0,
	stub_IMAPITable_1,
	stub_IMAPITable_2,
	stub_IMAPITable_3,
	stub_IMAPITable_4,
	stub_IMAPITable_5,
	stub_IMAPITable_6,
	stub_IMAPITable_7,
	stub_IMAPITable_8,
	stub_IMAPITable_9,
	stub_IMAPITable_10,
	stub_IMAPITable_11,
	stub_IMAPITable_12,
	stub_IMAPITable_13,
	stub_IMAPITable_14,
	stub_IMAPITable_15,
	stub_IMAPITable_16,
	stub_IMAPITable_17,
	stub_IMAPITable_18,
	stub_IMAPITable_19,
	stub_IMAPITable_20,
	stub_IMAPITable_21,
	stub_IMAPITable_22,
	stub_IMAPITable_23,
	stub_IMAPITable_24,
	stub_IMAPITable_25,
};

static void test_IMAPITable(void **state)
{
	IMAPITable object = {&stub_vtbl_IMAPITable};
	IMAPITable *obj = &object;

	(void)state;

	/* slot 0: IUnknown::QueryInterface */
	{
		REFIID a1;
		LPVOID *a2;

		memset(&a1, 0, sizeof(a1));
		memset(&a2, 0, sizeof(a2));
		forget_call();
		IMAPITable_QueryInterface(obj, a1, a2);
		check_call("IMAPITable", 0);
	}

	/* slot 1: IUnknown::AddRef */
	{
		forget_call();
		IMAPITable_AddRef(obj);
		check_call("IMAPITable", 1);
	}

	/* slot 2: IUnknown::Release */
	{
		forget_call();
		IMAPITable_Release(obj);
		check_call("IMAPITable", 2);
	}

	/* slot 3: IMAPITable::GetLastError */
	{
		HRESULT a1;
		ULONG a2;
		LPMAPIERROR *a3;

		memset(&a1, 0, sizeof(a1));
		memset(&a2, 0, sizeof(a2));
		memset(&a3, 0, sizeof(a3));
		forget_call();
		IMAPITable_GetLastError(obj, a1, a2, a3);
		check_call("IMAPITable", 3);
	}

	/* slot 4: IMAPITable::Advise */
	{
		ULONG a1;
		LPMAPIADVISESINK a2;
		ULONG_PTR *a3;

		memset(&a1, 0, sizeof(a1));
		memset(&a2, 0, sizeof(a2));
		memset(&a3, 0, sizeof(a3));
		forget_call();
		IMAPITable_Advise(obj, a1, a2, a3);
		check_call("IMAPITable", 4);
	}

	/* slot 5: IMAPITable::Unadvise */
	{
		ULONG_PTR a1;

		memset(&a1, 0, sizeof(a1));
		forget_call();
		IMAPITable_Unadvise(obj, a1);
		check_call("IMAPITable", 5);
	}

	/* slot 6: IMAPITable::GetStatus */
	{
		ULONG *a1;
		ULONG *a2;

		memset(&a1, 0, sizeof(a1));
		memset(&a2, 0, sizeof(a2));
		forget_call();
		IMAPITable_GetStatus(obj, a1, a2);
		check_call("IMAPITable", 6);
	}

	/* slot 7: IMAPITable::SetColumns */
	{
		LPSPropTagArray a1;
		ULONG a2;

		memset(&a1, 0, sizeof(a1));
		memset(&a2, 0, sizeof(a2));
		forget_call();
		IMAPITable_SetColumns(obj, a1, a2);
		check_call("IMAPITable", 7);
	}

	/* slot 8: IMAPITable::QueryColumns */
	{
		ULONG a1;
		LPSPropTagArray *a2;

		memset(&a1, 0, sizeof(a1));
		memset(&a2, 0, sizeof(a2));
		forget_call();
		IMAPITable_QueryColumns(obj, a1, a2);
		check_call("IMAPITable", 8);
	}

	/* slot 9: IMAPITable::GetRowCount */
	{
		ULONG a1;
		ULONG *a2;

		memset(&a1, 0, sizeof(a1));
		memset(&a2, 0, sizeof(a2));
		forget_call();
		IMAPITable_GetRowCount(obj, a1, a2);
		check_call("IMAPITable", 9);
	}

	/* slot 10: IMAPITable::SeekRow */
	{
		BOOKMARK a1;
		LONG a2;
		LONG *a3;

		memset(&a1, 0, sizeof(a1));
		memset(&a2, 0, sizeof(a2));
		memset(&a3, 0, sizeof(a3));
		forget_call();
		IMAPITable_SeekRow(obj, a1, a2, a3);
		check_call("IMAPITable", 10);
	}

	/* slot 11: IMAPITable::SeekRowApprox */
	{
		ULONG a1;
		ULONG a2;

		memset(&a1, 0, sizeof(a1));
		memset(&a2, 0, sizeof(a2));
		forget_call();
		IMAPITable_SeekRowApprox(obj, a1, a2);
		check_call("IMAPITable", 11);
	}

	/* slot 12: IMAPITable::QueryPosition */
	{
		ULONG *a1;
		ULONG *a2;
		ULONG *a3;

		memset(&a1, 0, sizeof(a1));
		memset(&a2, 0, sizeof(a2));
		memset(&a3, 0, sizeof(a3));
		forget_call();
		IMAPITable_QueryPosition(obj, a1, a2, a3);
		check_call("IMAPITable", 12);
	}

	/* slot 13: IMAPITable::FindRow */
	{
		LPSRestriction a1;
		BOOKMARK a2;
		ULONG a3;

		memset(&a1, 0, sizeof(a1));
		memset(&a2, 0, sizeof(a2));
		memset(&a3, 0, sizeof(a3));
		forget_call();
		IMAPITable_FindRow(obj, a1, a2, a3);
		check_call("IMAPITable", 13);
	}

	/* slot 14: IMAPITable::Restrict */
	{
		LPSRestriction a1;
		ULONG a2;

		memset(&a1, 0, sizeof(a1));
		memset(&a2, 0, sizeof(a2));
		forget_call();
		IMAPITable_Restrict(obj, a1, a2);
		check_call("IMAPITable", 14);
	}

	/* slot 15: IMAPITable::CreateBookmark */
	{
		BOOKMARK *a1;

		memset(&a1, 0, sizeof(a1));
		forget_call();
		IMAPITable_CreateBookmark(obj, a1);
		check_call("IMAPITable", 15);
	}

	/* slot 16: IMAPITable::FreeBookmark */
	{
		BOOKMARK a1;

		memset(&a1, 0, sizeof(a1));
		forget_call();
		IMAPITable_FreeBookmark(obj, a1);
		check_call("IMAPITable", 16);
	}

	/* slot 17: IMAPITable::SortTable */
	{
		LPSSortOrderSet a1;
		ULONG a2;

		memset(&a1, 0, sizeof(a1));
		memset(&a2, 0, sizeof(a2));
		forget_call();
		IMAPITable_SortTable(obj, a1, a2);
		check_call("IMAPITable", 17);
	}

	/* slot 18: IMAPITable::QuerySortOrder */
	{
		LPSSortOrderSet *a1;

		memset(&a1, 0, sizeof(a1));
		forget_call();
		IMAPITable_QuerySortOrder(obj, a1);
		check_call("IMAPITable", 18);
	}

	/* slot 19: IMAPITable::QueryRows */
	{
		LONG a1;
		ULONG a2;
		LPSRowSet *a3;

		memset(&a1, 0, sizeof(a1));
		memset(&a2, 0, sizeof(a2));
		memset(&a3, 0, sizeof(a3));
		forget_call();
		IMAPITable_QueryRows(obj, a1, a2, a3);
		check_call("IMAPITable", 19);
	}

	/* slot 20: IMAPITable::Abort */
	{
		forget_call();
		IMAPITable_Abort(obj);
		check_call("IMAPITable", 20);
	}

	/* slot 21: IMAPITable::ExpandRow */
	{
		ULONG a1;
		LPBYTE a2;
		ULONG a3;
		ULONG a4;
		LPSRowSet *a5;
		ULONG *a6;

		memset(&a1, 0, sizeof(a1));
		memset(&a2, 0, sizeof(a2));
		memset(&a3, 0, sizeof(a3));
		memset(&a4, 0, sizeof(a4));
		memset(&a5, 0, sizeof(a5));
		memset(&a6, 0, sizeof(a6));
		forget_call();
		IMAPITable_ExpandRow(obj, a1, a2, a3, a4, a5, a6);
		check_call("IMAPITable", 21);
	}

	/* slot 22: IMAPITable::CollapseRow */
	{
		ULONG a1;
		LPBYTE a2;
		ULONG a3;
		ULONG *a4;

		memset(&a1, 0, sizeof(a1));
		memset(&a2, 0, sizeof(a2));
		memset(&a3, 0, sizeof(a3));
		memset(&a4, 0, sizeof(a4));
		forget_call();
		IMAPITable_CollapseRow(obj, a1, a2, a3, a4);
		check_call("IMAPITable", 22);
	}

	/* slot 23: IMAPITable::WaitForCompletion */
	{
		ULONG a1;
		ULONG a2;
		ULONG *a3;

		memset(&a1, 0, sizeof(a1));
		memset(&a2, 0, sizeof(a2));
		memset(&a3, 0, sizeof(a3));
		forget_call();
		IMAPITable_WaitForCompletion(obj, a1, a2, a3);
		check_call("IMAPITable", 23);
	}

	/* slot 24: IMAPITable::GetCollapseState */
	{
		ULONG a1;
		ULONG a2;
		LPBYTE a3;
		ULONG *a4;
		LPBYTE *a5;

		memset(&a1, 0, sizeof(a1));
		memset(&a2, 0, sizeof(a2));
		memset(&a3, 0, sizeof(a3));
		memset(&a4, 0, sizeof(a4));
		memset(&a5, 0, sizeof(a5));
		forget_call();
		IMAPITable_GetCollapseState(obj, a1, a2, a3, a4, a5);
		check_call("IMAPITable", 24);
	}

	/* slot 25: IMAPITable::SetCollapseState */
	{
		ULONG a1;
		ULONG a2;
		LPBYTE a3;
		BOOKMARK *a4;

		memset(&a1, 0, sizeof(a1));
		memset(&a2, 0, sizeof(a2));
		memset(&a3, 0, sizeof(a3));
		memset(&a4, 0, sizeof(a4));
		forget_call();
		IMAPITable_SetCollapseState(obj, a1, a2, a3, a4);
		check_call("IMAPITable", 25);
	}
}

/* IMAPIStatus */

static HRESULT STDMETHODCALLTYPE stub_IMAPIStatus_0(IMAPIStatus *This, REFIID riid, LPVOID *ppvObj)
{
	(void)This;
	(void)riid;
	(void)ppvObj;
	record_call("IMAPIStatus", 0);
	return 0;
}

static ULONG STDMETHODCALLTYPE stub_IMAPIStatus_1(IMAPIStatus *This)
{
	(void)This;
	record_call("IMAPIStatus", 1);
	return 0;
}

static ULONG STDMETHODCALLTYPE stub_IMAPIStatus_2(IMAPIStatus *This)
{
	(void)This;
	record_call("IMAPIStatus", 2);
	return 0;
}

static HRESULT STDMETHODCALLTYPE stub_IMAPIStatus_3(IMAPIStatus *This, HRESULT hResult, ULONG ulFlags, LPMAPIERROR *lppMAPIError)
{
	(void)This;
	(void)hResult;
	(void)ulFlags;
	(void)lppMAPIError;
	record_call("IMAPIStatus", 3);
	return 0;
}

static HRESULT STDMETHODCALLTYPE stub_IMAPIStatus_4(IMAPIStatus *This, ULONG ulFlags)
{
	(void)This;
	(void)ulFlags;
	record_call("IMAPIStatus", 4);
	return 0;
}

static HRESULT STDMETHODCALLTYPE stub_IMAPIStatus_5(IMAPIStatus *This, LPSPropTagArray lpPropTagArray, ULONG ulFlags, ULONG *lpcValues, LPSPropValue *lppPropArray)
{
	(void)This;
	(void)lpPropTagArray;
	(void)ulFlags;
	(void)lpcValues;
	(void)lppPropArray;
	record_call("IMAPIStatus", 5);
	return 0;
}

static HRESULT STDMETHODCALLTYPE stub_IMAPIStatus_6(IMAPIStatus *This, ULONG ulFlags, LPSPropTagArray *lppPropTagArray)
{
	(void)This;
	(void)ulFlags;
	(void)lppPropTagArray;
	record_call("IMAPIStatus", 6);
	return 0;
}

static HRESULT STDMETHODCALLTYPE stub_IMAPIStatus_7(IMAPIStatus *This, ULONG ulPropTag, LPCIID lpiid, ULONG ulInterfaceOptions, ULONG ulFlags, LPUNKNOWN *lppUnk)
{
	(void)This;
	(void)ulPropTag;
	(void)lpiid;
	(void)ulInterfaceOptions;
	(void)ulFlags;
	(void)lppUnk;
	record_call("IMAPIStatus", 7);
	return 0;
}

static HRESULT STDMETHODCALLTYPE stub_IMAPIStatus_8(IMAPIStatus *This, ULONG cValues, LPSPropValue lpPropArray, LPSPropProblemArray *lppProblems)
{
	(void)This;
	(void)cValues;
	(void)lpPropArray;
	(void)lppProblems;
	record_call("IMAPIStatus", 8);
	return 0;
}

static HRESULT STDMETHODCALLTYPE stub_IMAPIStatus_9(IMAPIStatus *This, LPSPropTagArray lpPropTagArray, LPSPropProblemArray *lppProblems)
{
	(void)This;
	(void)lpPropTagArray;
	(void)lppProblems;
	record_call("IMAPIStatus", 9);
	return 0;
}

static HRESULT STDMETHODCALLTYPE stub_IMAPIStatus_10(IMAPIStatus *This, ULONG ciidExclude, LPCIID rgiidExclude, LPSPropTagArray lpExcludeProps, ULONG_PTR ulUIParam, LPMAPIPROGRESS lpProgress, LPCIID lpInterface, LPVOID lpDestObj, ULONG ulFlags, LPSPropProblemArray *lppProblems)
{
	(void)This;
	(void)ciidExclude;
	(void)rgiidExclude;
	(void)lpExcludeProps;
	(void)ulUIParam;
	(void)lpProgress;
	(void)lpInterface;
	(void)lpDestObj;
	(void)ulFlags;
	(void)lppProblems;
	record_call("IMAPIStatus", 10);
	return 0;
}

static HRESULT STDMETHODCALLTYPE stub_IMAPIStatus_11(IMAPIStatus *This, LPSPropTagArray lpIncludeProps, ULONG_PTR ulUIParam, LPMAPIPROGRESS lpProgress, LPCIID lpInterface, LPVOID lpDestObj, ULONG ulFlags, LPSPropProblemArray *lppProblems)
{
	(void)This;
	(void)lpIncludeProps;
	(void)ulUIParam;
	(void)lpProgress;
	(void)lpInterface;
	(void)lpDestObj;
	(void)ulFlags;
	(void)lppProblems;
	record_call("IMAPIStatus", 11);
	return 0;
}

static HRESULT STDMETHODCALLTYPE stub_IMAPIStatus_12(IMAPIStatus *This, LPSPropTagArray *lppPropTags, LPGUID lpPropSetGuid, ULONG ulFlags, ULONG *lpcPropNames, LPMAPINAMEID **lpppPropNames)
{
	(void)This;
	(void)lppPropTags;
	(void)lpPropSetGuid;
	(void)ulFlags;
	(void)lpcPropNames;
	(void)lpppPropNames;
	record_call("IMAPIStatus", 12);
	return 0;
}

static HRESULT STDMETHODCALLTYPE stub_IMAPIStatus_13(IMAPIStatus *This, ULONG cPropNames, LPMAPINAMEID *lppPropNames, ULONG ulFlags, LPSPropTagArray *lppPropTags)
{
	(void)This;
	(void)cPropNames;
	(void)lppPropNames;
	(void)ulFlags;
	(void)lppPropTags;
	record_call("IMAPIStatus", 13);
	return 0;
}

static HRESULT STDMETHODCALLTYPE stub_IMAPIStatus_14(IMAPIStatus *This, ULONG_PTR ulUIParam, ULONG ulFlags)
{
	(void)This;
	(void)ulUIParam;
	(void)ulFlags;
	record_call("IMAPIStatus", 14);
	return 0;
}

static HRESULT STDMETHODCALLTYPE stub_IMAPIStatus_15(IMAPIStatus *This, ULONG_PTR ulUIParam, ULONG ulFlags)
{
	(void)This;
	(void)ulUIParam;
	(void)ulFlags;
	record_call("IMAPIStatus", 15);
	return 0;
}

static HRESULT STDMETHODCALLTYPE stub_IMAPIStatus_16(IMAPIStatus *This, LPTSTR lpOldPass, LPTSTR lpNewPass, ULONG ulFlags)
{
	(void)This;
	(void)lpOldPass;
	(void)lpNewPass;
	(void)ulFlags;
	record_call("IMAPIStatus", 16);
	return 0;
}

static HRESULT STDMETHODCALLTYPE stub_IMAPIStatus_17(IMAPIStatus *This, ULONG_PTR ulUIParam, ULONG cbTargetTransport, LPENTRYID lpTargetTransport, ULONG ulFlags)
{
	(void)This;
	(void)ulUIParam;
	(void)cbTargetTransport;
	(void)lpTargetTransport;
	(void)ulFlags;
	record_call("IMAPIStatus", 17);
	return 0;
}

static CONST_VTBL IMAPIStatusVtbl stub_vtbl_IMAPIStatus = {
	stub_IMAPIStatus_0,
	stub_IMAPIStatus_1,
	stub_IMAPIStatus_2,
	stub_IMAPIStatus_3,
	stub_IMAPIStatus_4,
	stub_IMAPIStatus_5,
	stub_IMAPIStatus_6,
	stub_IMAPIStatus_7,
	stub_IMAPIStatus_8,
	stub_IMAPIStatus_9,
	stub_IMAPIStatus_10,
	stub_IMAPIStatus_11,
	stub_IMAPIStatus_12,
	stub_IMAPIStatus_13,
	stub_IMAPIStatus_14,
	stub_IMAPIStatus_15,
	stub_IMAPIStatus_16,
	stub_IMAPIStatus_17,
};

static void test_IMAPIStatus(void **state)
{
	IMAPIStatus object = {&stub_vtbl_IMAPIStatus};
	IMAPIStatus *obj = &object;

	(void)state;

	/* slot 0: IUnknown::QueryInterface */
	{
		REFIID a1;
		LPVOID *a2;

		memset(&a1, 0, sizeof(a1));
		memset(&a2, 0, sizeof(a2));
		forget_call();
		IMAPIStatus_QueryInterface(obj, a1, a2);
		check_call("IMAPIStatus", 0);
	}

	/* slot 1: IUnknown::AddRef */
	{
		forget_call();
		IMAPIStatus_AddRef(obj);
		check_call("IMAPIStatus", 1);
	}

	/* slot 2: IUnknown::Release */
	{
		forget_call();
		IMAPIStatus_Release(obj);
		check_call("IMAPIStatus", 2);
	}

	/* slot 3: IMAPIProp::GetLastError */
	{
		HRESULT a1;
		ULONG a2;
		LPMAPIERROR *a3;

		memset(&a1, 0, sizeof(a1));
		memset(&a2, 0, sizeof(a2));
		memset(&a3, 0, sizeof(a3));
		forget_call();
		IMAPIStatus_GetLastError(obj, a1, a2, a3);
		check_call("IMAPIStatus", 3);
	}

	/* slot 4: IMAPIProp::SaveChanges */
	{
		ULONG a1;

		memset(&a1, 0, sizeof(a1));
		forget_call();
		IMAPIStatus_SaveChanges(obj, a1);
		check_call("IMAPIStatus", 4);
	}

	/* slot 5: IMAPIProp::GetProps */
	{
		LPSPropTagArray a1;
		ULONG a2;
		ULONG *a3;
		LPSPropValue *a4;

		memset(&a1, 0, sizeof(a1));
		memset(&a2, 0, sizeof(a2));
		memset(&a3, 0, sizeof(a3));
		memset(&a4, 0, sizeof(a4));
		forget_call();
		IMAPIStatus_GetProps(obj, a1, a2, a3, a4);
		check_call("IMAPIStatus", 5);
	}

	/* slot 6: IMAPIProp::GetPropList */
	{
		ULONG a1;
		LPSPropTagArray *a2;

		memset(&a1, 0, sizeof(a1));
		memset(&a2, 0, sizeof(a2));
		forget_call();
		IMAPIStatus_GetPropList(obj, a1, a2);
		check_call("IMAPIStatus", 6);
	}

	/* slot 7: IMAPIProp::OpenProperty */
	{
		ULONG a1;
		LPCIID a2;
		ULONG a3;
		ULONG a4;
		LPUNKNOWN *a5;

		memset(&a1, 0, sizeof(a1));
		memset(&a2, 0, sizeof(a2));
		memset(&a3, 0, sizeof(a3));
		memset(&a4, 0, sizeof(a4));
		memset(&a5, 0, sizeof(a5));
		forget_call();
		IMAPIStatus_OpenProperty(obj, a1, a2, a3, a4, a5);
		check_call("IMAPIStatus", 7);
	}

	/* slot 8: IMAPIProp::SetProps */
	{
		ULONG a1;
		LPSPropValue a2;
		LPSPropProblemArray *a3;

		memset(&a1, 0, sizeof(a1));
		memset(&a2, 0, sizeof(a2));
		memset(&a3, 0, sizeof(a3));
		forget_call();
		IMAPIStatus_SetProps(obj, a1, a2, a3);
		check_call("IMAPIStatus", 8);
	}

	/* slot 9: IMAPIProp::DeleteProps */
	{
		LPSPropTagArray a1;
		LPSPropProblemArray *a2;

		memset(&a1, 0, sizeof(a1));
		memset(&a2, 0, sizeof(a2));
		forget_call();
		IMAPIStatus_DeleteProps(obj, a1, a2);
		check_call("IMAPIStatus", 9);
	}

	/* slot 10: IMAPIProp::CopyTo */
	{
		ULONG a1;
		LPCIID a2;
		LPSPropTagArray a3;
		ULONG_PTR a4;
		LPMAPIPROGRESS a5;
		LPCIID a6;
		LPVOID a7;
		ULONG a8;
		LPSPropProblemArray *a9;

		memset(&a1, 0, sizeof(a1));
		memset(&a2, 0, sizeof(a2));
		memset(&a3, 0, sizeof(a3));
		memset(&a4, 0, sizeof(a4));
		memset(&a5, 0, sizeof(a5));
		memset(&a6, 0, sizeof(a6));
		memset(&a7, 0, sizeof(a7));
		memset(&a8, 0, sizeof(a8));
		memset(&a9, 0, sizeof(a9));
		forget_call();
		IMAPIStatus_CopyTo(obj, a1, a2, a3, a4, a5, a6, a7, a8, a9);
		check_call("IMAPIStatus", 10);
	}

	/* slot 11: IMAPIProp::CopyProps */
	{
		LPSPropTagArray a1;
		ULONG_PTR a2;
		LPMAPIPROGRESS a3;
		LPCIID a4;
		LPVOID a5;
		ULONG a6;
		LPSPropProblemArray *a7;

		memset(&a1, 0, sizeof(a1));
		memset(&a2, 0, sizeof(a2));
		memset(&a3, 0, sizeof(a3));
		memset(&a4, 0, sizeof(a4));
		memset(&a5, 0, sizeof(a5));
		memset(&a6, 0, sizeof(a6));
		memset(&a7, 0, sizeof(a7));
		forget_call();
		IMAPIStatus_CopyProps(obj, a1, a2, a3, a4, a5, a6, a7);
		check_call("IMAPIStatus", 11);
	}

	/* slot 12: IMAPIProp::GetNamesFromIDs */
	{
		LPSPropTagArray *a1;
		LPGUID a2;
		ULONG a3;
		ULONG *a4;
		LPMAPINAMEID **a5;

		memset(&a1, 0, sizeof(a1));
		memset(&a2, 0, sizeof(a2));
		memset(&a3, 0, sizeof(a3));
		memset(&a4, 0, sizeof(a4));
		memset(&a5, 0, sizeof(a5));
		forget_call();
		IMAPIStatus_GetNamesFromIDs(obj, a1, a2, a3, a4, a5);
		check_call("IMAPIStatus", 12);
	}

	/* slot 13: IMAPIProp::GetIDsFromNames */
	{
		ULONG a1;
		LPMAPINAMEID *a2;
		ULONG a3;
		LPSPropTagArray *a4;

		memset(&a1, 0, sizeof(a1));
		memset(&a2, 0, sizeof(a2));
		memset(&a3, 0, sizeof(a3));
		memset(&a4, 0, sizeof(a4));
		forget_call();
		IMAPIStatus_GetIDsFromNames(obj, a1, a2, a3, a4);
		check_call("IMAPIStatus", 13);
	}

	/* slot 14: IMAPIStatus::ValidateState */
	{
		ULONG_PTR a1;
		ULONG a2;

		memset(&a1, 0, sizeof(a1));
		memset(&a2, 0, sizeof(a2));
		forget_call();
		IMAPIStatus_ValidateState(obj, a1, a2);
		check_call("IMAPIStatus", 14);
	}

	/* slot 15: IMAPIStatus::SettingsDialog */
	{
		ULONG_PTR a1;
		ULONG a2;

		memset(&a1, 0, sizeof(a1));
		memset(&a2, 0, sizeof(a2));
		forget_call();
		IMAPIStatus_SettingsDialog(obj, a1, a2);
		check_call("IMAPIStatus", 15);
	}

	/* slot 16: IMAPIStatus::ChangePassword */
	{
		LPTSTR a1;
		LPTSTR a2;
		ULONG a3;

		memset(&a1, 0, sizeof(a1));
		memset(&a2, 0, sizeof(a2));
		memset(&a3, 0, sizeof(a3));
		forget_call();
		IMAPIStatus_ChangePassword(obj, a1, a2, a3);
		check_call("IMAPIStatus", 16);
	}

	/* slot 17: IMAPIStatus::FlushQueues */
	{
		ULONG_PTR a1;
		ULONG a2;
		LPENTRYID a3;
		ULONG a4;

		memset(&a1, 0, sizeof(a1));
		memset(&a2, 0, sizeof(a2));
		memset(&a3, 0, sizeof(a3));
		memset(&a4, 0, sizeof(a4));
		forget_call();
		IMAPIStatus_FlushQueues(obj, a1, a2, a3, a4);
		check_call("IMAPIStatus", 17);
	}
}

/* IProfSect */

static HRESULT STDMETHODCALLTYPE stub_IProfSect_0(IProfSect *This, REFIID riid, LPVOID *ppvObj)
{
	(void)This;
	(void)riid;
	(void)ppvObj;
	record_call("IProfSect", 0);
	return 0;
}

static ULONG STDMETHODCALLTYPE stub_IProfSect_1(IProfSect *This)
{
	(void)This;
	record_call("IProfSect", 1);
	return 0;
}

static ULONG STDMETHODCALLTYPE stub_IProfSect_2(IProfSect *This)
{
	(void)This;
	record_call("IProfSect", 2);
	return 0;
}

static HRESULT STDMETHODCALLTYPE stub_IProfSect_3(IProfSect *This, HRESULT hResult, ULONG ulFlags, LPMAPIERROR *lppMAPIError)
{
	(void)This;
	(void)hResult;
	(void)ulFlags;
	(void)lppMAPIError;
	record_call("IProfSect", 3);
	return 0;
}

static HRESULT STDMETHODCALLTYPE stub_IProfSect_4(IProfSect *This, ULONG ulFlags)
{
	(void)This;
	(void)ulFlags;
	record_call("IProfSect", 4);
	return 0;
}

static HRESULT STDMETHODCALLTYPE stub_IProfSect_5(IProfSect *This, LPSPropTagArray lpPropTagArray, ULONG ulFlags, ULONG *lpcValues, LPSPropValue *lppPropArray)
{
	(void)This;
	(void)lpPropTagArray;
	(void)ulFlags;
	(void)lpcValues;
	(void)lppPropArray;
	record_call("IProfSect", 5);
	return 0;
}

static HRESULT STDMETHODCALLTYPE stub_IProfSect_6(IProfSect *This, ULONG ulFlags, LPSPropTagArray *lppPropTagArray)
{
	(void)This;
	(void)ulFlags;
	(void)lppPropTagArray;
	record_call("IProfSect", 6);
	return 0;
}

static HRESULT STDMETHODCALLTYPE stub_IProfSect_7(IProfSect *This, ULONG ulPropTag, LPCIID lpiid, ULONG ulInterfaceOptions, ULONG ulFlags, LPUNKNOWN *lppUnk)
{
	(void)This;
	(void)ulPropTag;
	(void)lpiid;
	(void)ulInterfaceOptions;
	(void)ulFlags;
	(void)lppUnk;
	record_call("IProfSect", 7);
	return 0;
}

static HRESULT STDMETHODCALLTYPE stub_IProfSect_8(IProfSect *This, ULONG cValues, LPSPropValue lpPropArray, LPSPropProblemArray *lppProblems)
{
	(void)This;
	(void)cValues;
	(void)lpPropArray;
	(void)lppProblems;
	record_call("IProfSect", 8);
	return 0;
}

static HRESULT STDMETHODCALLTYPE stub_IProfSect_9(IProfSect *This, LPSPropTagArray lpPropTagArray, LPSPropProblemArray *lppProblems)
{
	(void)This;
	(void)lpPropTagArray;
	(void)lppProblems;
	record_call("IProfSect", 9);
	return 0;
}

static HRESULT STDMETHODCALLTYPE stub_IProfSect_10(IProfSect *This, ULONG ciidExclude, LPCIID rgiidExclude, LPSPropTagArray lpExcludeProps, ULONG_PTR ulUIParam, LPMAPIPROGRESS lpProgress, LPCIID lpInterface, LPVOID lpDestObj, ULONG ulFlags, LPSPropProblemArray *lppProblems)
{
	(void)This;
	(void)ciidExclude;
	(void)rgiidExclude;
	(void)lpExcludeProps;
	(void)ulUIParam;
	(void)lpProgress;
	(void)lpInterface;
	(void)lpDestObj;
	(void)ulFlags;
	(void)lppProblems;
	record_call("IProfSect", 10);
	return 0;
}

static HRESULT STDMETHODCALLTYPE stub_IProfSect_11(IProfSect *This, LPSPropTagArray lpIncludeProps, ULONG_PTR ulUIParam, LPMAPIPROGRESS lpProgress, LPCIID lpInterface, LPVOID lpDestObj, ULONG ulFlags, LPSPropProblemArray *lppProblems)
{
	(void)This;
	(void)lpIncludeProps;
	(void)ulUIParam;
	(void)lpProgress;
	(void)lpInterface;
	(void)lpDestObj;
	(void)ulFlags;
	(void)lppProblems;
	record_call("IProfSect", 11);
	return 0;
}

static HRESULT STDMETHODCALLTYPE stub_IProfSect_12(IProfSect *This, LPSPropTagArray *lppPropTags, LPGUID lpPropSetGuid, ULONG ulFlags, ULONG *lpcPropNames, LPMAPINAMEID **lpppPropNames)
{
	(void)This;
	(void)lppPropTags;
	(void)lpPropSetGuid;
	(void)ulFlags;
	(void)lpcPropNames;
	(void)lpppPropNames;
	record_call("IProfSect", 12);
	return 0;
}

static HRESULT STDMETHODCALLTYPE stub_IProfSect_13(IProfSect *This, ULONG cPropNames, LPMAPINAMEID *lppPropNames, ULONG ulFlags, LPSPropTagArray *lppPropTags)
{
	(void)This;
	(void)cPropNames;
	(void)lppPropNames;
	(void)ulFlags;
	(void)lppPropTags;
	record_call("IProfSect", 13);
	return 0;
}

static CONST_VTBL IProfSectVtbl stub_vtbl_IProfSect = {
	stub_IProfSect_0,
	stub_IProfSect_1,
	stub_IProfSect_2,
	stub_IProfSect_3,
	stub_IProfSect_4,
	stub_IProfSect_5,
	stub_IProfSect_6,
	stub_IProfSect_7,
	stub_IProfSect_8,
	stub_IProfSect_9,
	stub_IProfSect_10,
	stub_IProfSect_11,
	stub_IProfSect_12,
	stub_IProfSect_13,
};

static void test_IProfSect(void **state)
{
	IProfSect object = {&stub_vtbl_IProfSect};
	IProfSect *obj = &object;

	(void)state;

	/* slot 0: IUnknown::QueryInterface */
	{
		REFIID a1;
		LPVOID *a2;

		memset(&a1, 0, sizeof(a1));
		memset(&a2, 0, sizeof(a2));
		forget_call();
		IProfSect_QueryInterface(obj, a1, a2);
		check_call("IProfSect", 0);
	}

	/* slot 1: IUnknown::AddRef */
	{
		forget_call();
		IProfSect_AddRef(obj);
		check_call("IProfSect", 1);
	}

	/* slot 2: IUnknown::Release */
	{
		forget_call();
		IProfSect_Release(obj);
		check_call("IProfSect", 2);
	}

	/* slot 3: IMAPIProp::GetLastError */
	{
		HRESULT a1;
		ULONG a2;
		LPMAPIERROR *a3;

		memset(&a1, 0, sizeof(a1));
		memset(&a2, 0, sizeof(a2));
		memset(&a3, 0, sizeof(a3));
		forget_call();
		IProfSect_GetLastError(obj, a1, a2, a3);
		check_call("IProfSect", 3);
	}

	/* slot 4: IMAPIProp::SaveChanges */
	{
		ULONG a1;

		memset(&a1, 0, sizeof(a1));
		forget_call();
		IProfSect_SaveChanges(obj, a1);
		check_call("IProfSect", 4);
	}

	/* slot 5: IMAPIProp::GetProps */
	{
		LPSPropTagArray a1;
		ULONG a2;
		ULONG *a3;
		LPSPropValue *a4;

		memset(&a1, 0, sizeof(a1));
		memset(&a2, 0, sizeof(a2));
		memset(&a3, 0, sizeof(a3));
		memset(&a4, 0, sizeof(a4));
		forget_call();
		IProfSect_GetProps(obj, a1, a2, a3, a4);
		check_call("IProfSect", 5);
	}

	/* slot 6: IMAPIProp::GetPropList */
	{
		ULONG a1;
		LPSPropTagArray *a2;

		memset(&a1, 0, sizeof(a1));
		memset(&a2, 0, sizeof(a2));
		forget_call();
		IProfSect_GetPropList(obj, a1, a2);
		check_call("IProfSect", 6);
	}

	/* slot 7: IMAPIProp::OpenProperty */
	{
		ULONG a1;
		LPCIID a2;
		ULONG a3;
		ULONG a4;
		LPUNKNOWN *a5;

		memset(&a1, 0, sizeof(a1));
		memset(&a2, 0, sizeof(a2));
		memset(&a3, 0, sizeof(a3));
		memset(&a4, 0, sizeof(a4));
		memset(&a5, 0, sizeof(a5));
		forget_call();
		IProfSect_OpenProperty(obj, a1, a2, a3, a4, a5);
		check_call("IProfSect", 7);
	}

	/* slot 8: IMAPIProp::SetProps */
	{
		ULONG a1;
		LPSPropValue a2;
		LPSPropProblemArray *a3;

		memset(&a1, 0, sizeof(a1));
		memset(&a2, 0, sizeof(a2));
		memset(&a3, 0, sizeof(a3));
		forget_call();
		IProfSect_SetProps(obj, a1, a2, a3);
		check_call("IProfSect", 8);
	}

	/* slot 9: IMAPIProp::DeleteProps */
	{
		LPSPropTagArray a1;
		LPSPropProblemArray *a2;

		memset(&a1, 0, sizeof(a1));
		memset(&a2, 0, sizeof(a2));
		forget_call();
		IProfSect_DeleteProps(obj, a1, a2);
		check_call("IProfSect", 9);
	}

	/* slot 10: IMAPIProp::CopyTo */
	{
		ULONG a1;
		LPCIID a2;
		LPSPropTagArray a3;
		ULONG_PTR a4;
		LPMAPIPROGRESS a5;
		LPCIID a6;
		LPVOID a7;
		ULONG a8;
		LPSPropProblemArray *a9;

		memset(&a1, 0, sizeof(a1));
		memset(&a2, 0, sizeof(a2));
		memset(&a3, 0, sizeof(a3));
		memset(&a4, 0, sizeof(a4));
		memset(&a5, 0, sizeof(a5));
		memset(&a6, 0, sizeof(a6));
		memset(&a7, 0, sizeof(a7));
		memset(&a8, 0, sizeof(a8));
		memset(&a9, 0, sizeof(a9));
		forget_call();
		IProfSect_CopyTo(obj, a1, a2, a3, a4, a5, a6, a7, a8, a9);
		check_call("IProfSect", 10);
	}

	/* slot 11: IMAPIProp::CopyProps */
	{
		LPSPropTagArray a1;
		ULONG_PTR a2;
		LPMAPIPROGRESS a3;
		LPCIID a4;
		LPVOID a5;
		ULONG a6;
		LPSPropProblemArray *a7;

		memset(&a1, 0, sizeof(a1));
		memset(&a2, 0, sizeof(a2));
		memset(&a3, 0, sizeof(a3));
		memset(&a4, 0, sizeof(a4));
		memset(&a5, 0, sizeof(a5));
		memset(&a6, 0, sizeof(a6));
		memset(&a7, 0, sizeof(a7));
		forget_call();
		IProfSect_CopyProps(obj, a1, a2, a3, a4, a5, a6, a7);
		check_call("IProfSect", 11);
	}

	/* slot 12: IMAPIProp::GetNamesFromIDs */
	{
		LPSPropTagArray *a1;
		LPGUID a2;
		ULONG a3;
		ULONG *a4;
		LPMAPINAMEID **a5;

		memset(&a1, 0, sizeof(a1));
		memset(&a2, 0, sizeof(a2));
		memset(&a3, 0, sizeof(a3));
		memset(&a4, 0, sizeof(a4));
		memset(&a5, 0, sizeof(a5));
		forget_call();
		IProfSect_GetNamesFromIDs(obj, a1, a2, a3, a4, a5);
		check_call("IProfSect", 12);
	}

	/* slot 13: IMAPIProp::GetIDsFromNames */
	{
		ULONG a1;
		LPMAPINAMEID *a2;
		ULONG a3;
		LPSPropTagArray *a4;

		memset(&a1, 0, sizeof(a1));
		memset(&a2, 0, sizeof(a2));
		memset(&a3, 0, sizeof(a3));
		memset(&a4, 0, sizeof(a4));
		forget_call();
		IProfSect_GetIDsFromNames(obj, a1, a2, a3, a4);
		check_call("IProfSect", 13);
	}
}

/* IABContainer */

static HRESULT STDMETHODCALLTYPE stub_IABContainer_0(IABContainer *This, REFIID riid, LPVOID *ppvObj)
{
	(void)This;
	(void)riid;
	(void)ppvObj;
	record_call("IABContainer", 0);
	return 0;
}

static ULONG STDMETHODCALLTYPE stub_IABContainer_1(IABContainer *This)
{
	(void)This;
	record_call("IABContainer", 1);
	return 0;
}

static ULONG STDMETHODCALLTYPE stub_IABContainer_2(IABContainer *This)
{
	(void)This;
	record_call("IABContainer", 2);
	return 0;
}

static HRESULT STDMETHODCALLTYPE stub_IABContainer_3(IABContainer *This, HRESULT hResult, ULONG ulFlags, LPMAPIERROR *lppMAPIError)
{
	(void)This;
	(void)hResult;
	(void)ulFlags;
	(void)lppMAPIError;
	record_call("IABContainer", 3);
	return 0;
}

static HRESULT STDMETHODCALLTYPE stub_IABContainer_4(IABContainer *This, ULONG ulFlags)
{
	(void)This;
	(void)ulFlags;
	record_call("IABContainer", 4);
	return 0;
}

static HRESULT STDMETHODCALLTYPE stub_IABContainer_5(IABContainer *This, LPSPropTagArray lpPropTagArray, ULONG ulFlags, ULONG *lpcValues, LPSPropValue *lppPropArray)
{
	(void)This;
	(void)lpPropTagArray;
	(void)ulFlags;
	(void)lpcValues;
	(void)lppPropArray;
	record_call("IABContainer", 5);
	return 0;
}

static HRESULT STDMETHODCALLTYPE stub_IABContainer_6(IABContainer *This, ULONG ulFlags, LPSPropTagArray *lppPropTagArray)
{
	(void)This;
	(void)ulFlags;
	(void)lppPropTagArray;
	record_call("IABContainer", 6);
	return 0;
}

static HRESULT STDMETHODCALLTYPE stub_IABContainer_7(IABContainer *This, ULONG ulPropTag, LPCIID lpiid, ULONG ulInterfaceOptions, ULONG ulFlags, LPUNKNOWN *lppUnk)
{
	(void)This;
	(void)ulPropTag;
	(void)lpiid;
	(void)ulInterfaceOptions;
	(void)ulFlags;
	(void)lppUnk;
	record_call("IABContainer", 7);
	return 0;
}

static HRESULT STDMETHODCALLTYPE stub_IABContainer_8(IABContainer *This, ULONG cValues, LPSPropValue lpPropArray, LPSPropProblemArray *lppProblems)
{
	(void)This;
	(void)cValues;
	(void)lpPropArray;
	(void)lppProblems;
	record_call("IABContainer", 8);
	return 0;
}

static HRESULT STDMETHODCALLTYPE stub_IABContainer_9(IABContainer *This, LPSPropTagArray lpPropTagArray, LPSPropProblemArray *lppProblems)
{
	(void)This;
	(void)lpPropTagArray;
	(void)lppProblems;
	record_call("IABContainer", 9);
	return 0;
}

static HRESULT STDMETHODCALLTYPE stub_IABContainer_10(IABContainer *This, ULONG ciidExclude, LPCIID rgiidExclude, LPSPropTagArray lpExcludeProps, ULONG_PTR ulUIParam, LPMAPIPROGRESS lpProgress, LPCIID lpInterface, LPVOID lpDestObj, ULONG ulFlags, LPSPropProblemArray *lppProblems)
{
	(void)This;
	(void)ciidExclude;
	(void)rgiidExclude;
	(void)lpExcludeProps;
	(void)ulUIParam;
	(void)lpProgress;
	(void)lpInterface;
	(void)lpDestObj;
	(void)ulFlags;
	(void)lppProblems;
	record_call("IABContainer", 10);
	return 0;
}

static HRESULT STDMETHODCALLTYPE stub_IABContainer_11(IABContainer *This, LPSPropTagArray lpIncludeProps, ULONG_PTR ulUIParam, LPMAPIPROGRESS lpProgress, LPCIID lpInterface, LPVOID lpDestObj, ULONG ulFlags, LPSPropProblemArray *lppProblems)
{
	(void)This;
	(void)lpIncludeProps;
	(void)ulUIParam;
	(void)lpProgress;
	(void)lpInterface;
	(void)lpDestObj;
	(void)ulFlags;
	(void)lppProblems;
	record_call("IABContainer", 11);
	return 0;
}

static HRESULT STDMETHODCALLTYPE stub_IABContainer_12(IABContainer *This, LPSPropTagArray *lppPropTags, LPGUID lpPropSetGuid, ULONG ulFlags, ULONG *lpcPropNames, LPMAPINAMEID **lpppPropNames)
{
	(void)This;
	(void)lppPropTags;
	(void)lpPropSetGuid;
	(void)ulFlags;
	(void)lpcPropNames;
	(void)lpppPropNames;
	record_call("IABContainer", 12);
	return 0;
}

static HRESULT STDMETHODCALLTYPE stub_IABContainer_13(IABContainer *This, ULONG cPropNames, LPMAPINAMEID *lppPropNames, ULONG ulFlags, LPSPropTagArray *lppPropTags)
{
	(void)This;
	(void)cPropNames;
	(void)lppPropNames;
	(void)ulFlags;
	(void)lppPropTags;
	record_call("IABContainer", 13);
	return 0;
}

static HRESULT STDMETHODCALLTYPE stub_IABContainer_14(IABContainer *This, ULONG ulFlags, LPMAPITABLE *lppTable)
{
	(void)This;
	(void)ulFlags;
	(void)lppTable;
	record_call("IABContainer", 14);
	return 0;
}

static HRESULT STDMETHODCALLTYPE stub_IABContainer_15(IABContainer *This, ULONG ulFlags, LPMAPITABLE *lppTable)
{
	(void)This;
	(void)ulFlags;
	(void)lppTable;
	record_call("IABContainer", 15);
	return 0;
}

static HRESULT STDMETHODCALLTYPE stub_IABContainer_16(IABContainer *This, ULONG cbEntryID, LPENTRYID lpEntryID, LPCIID lpInterface, ULONG ulFlags, ULONG *lpulObjType, LPUNKNOWN *lppUnk)
{
	(void)This;
	(void)cbEntryID;
	(void)lpEntryID;
	(void)lpInterface;
	(void)ulFlags;
	(void)lpulObjType;
	(void)lppUnk;
	record_call("IABContainer", 16);
	return 0;
}

static HRESULT STDMETHODCALLTYPE stub_IABContainer_17(IABContainer *This, LPSRestriction lpRestriction, LPENTRYLIST lpContainerList, ULONG ulSearchFlags)
{
	(void)This;
	(void)lpRestriction;
	(void)lpContainerList;
	(void)ulSearchFlags;
	record_call("IABContainer", 17);
	return 0;
}

static HRESULT STDMETHODCALLTYPE stub_IABContainer_18(IABContainer *This, ULONG ulFlags, LPSRestriction *lppRestriction, LPENTRYLIST *lppContainerList, ULONG *lpulSearchState)
{
	(void)This;
	(void)ulFlags;
	(void)lppRestriction;
	(void)lppContainerList;
	(void)lpulSearchState;
	record_call("IABContainer", 18);
	return 0;
}

static HRESULT STDMETHODCALLTYPE stub_IABContainer_19(IABContainer *This, ULONG cbEntryID, LPENTRYID lpEntryID, ULONG ulCreateFlags, LPMAPIPROP *lppMAPIPropEntry)
{
	(void)This;
	(void)cbEntryID;
	(void)lpEntryID;
	(void)ulCreateFlags;
	(void)lppMAPIPropEntry;
	record_call("IABContainer", 19);
	return 0;
}

static HRESULT STDMETHODCALLTYPE stub_IABContainer_20(IABContainer *This, LPENTRYLIST lpEntries, ULONG_PTR ulUIParam, LPMAPIPROGRESS lpProgress, ULONG ulFlags)
{
	(void)This;
	(void)lpEntries;
	(void)ulUIParam;
	(void)lpProgress;
	(void)ulFlags;
	record_call("IABContainer", 20);
	return 0;
}

static HRESULT STDMETHODCALLTYPE stub_IABContainer_21(IABContainer *This, LPENTRYLIST lpEntries, ULONG ulFlags)
{
	(void)This;
	(void)lpEntries;
	(void)ulFlags;
	record_call("IABContainer", 21);
	return 0;
}

static HRESULT STDMETHODCALLTYPE stub_IABContainer_22(IABContainer *This, LPSPropTagArray lpPropTagArray, ULONG ulFlags, LPADRLIST lpAdrList, LPFlagList lpFlagList)
{
	(void)This;
	(void)lpPropTagArray;
	(void)ulFlags;
	(void)lpAdrList;
	(void)lpFlagList;
	record_call("IABContainer", 22);
	return 0;
}

static CONST_VTBL IABContainerVtbl stub_vtbl_IABContainer = {
	stub_IABContainer_0,
	stub_IABContainer_1,
	stub_IABContainer_2,
	stub_IABContainer_3,
	stub_IABContainer_4,
	stub_IABContainer_5,
	stub_IABContainer_6,
	stub_IABContainer_7,
	stub_IABContainer_8,
	stub_IABContainer_9,
	stub_IABContainer_10,
	stub_IABContainer_11,
	stub_IABContainer_12,
	stub_IABContainer_13,
	stub_IABContainer_14,
	stub_IABContainer_15,
	stub_IABContainer_16,
	stub_IABContainer_17,
	stub_IABContainer_18,
	stub_IABContainer_19,
	stub_IABContainer_20,
	stub_IABContainer_21,
	stub_IABContainer_22,
};

static void test_IABContainer(void **state)
{
	IABContainer object = {&stub_vtbl_IABContainer};
	IABContainer *obj = &object;

	(void)state;

	/* slot 0: IUnknown::QueryInterface */
	{
		REFIID a1;
		LPVOID *a2;

		memset(&a1, 0, sizeof(a1));
		memset(&a2, 0, sizeof(a2));
		forget_call();
		IABContainer_QueryInterface(obj, a1, a2);
		check_call("IABContainer", 0);
	}

	/* slot 1: IUnknown::AddRef */
	{
		forget_call();
		IABContainer_AddRef(obj);
		check_call("IABContainer", 1);
	}

	/* slot 2: IUnknown::Release */
	{
		forget_call();
		IABContainer_Release(obj);
		check_call("IABContainer", 2);
	}

	/* slot 3: IMAPIProp::GetLastError */
	{
		HRESULT a1;
		ULONG a2;
		LPMAPIERROR *a3;

		memset(&a1, 0, sizeof(a1));
		memset(&a2, 0, sizeof(a2));
		memset(&a3, 0, sizeof(a3));
		forget_call();
		IABContainer_GetLastError(obj, a1, a2, a3);
		check_call("IABContainer", 3);
	}

	/* slot 4: IMAPIProp::SaveChanges */
	{
		ULONG a1;

		memset(&a1, 0, sizeof(a1));
		forget_call();
		IABContainer_SaveChanges(obj, a1);
		check_call("IABContainer", 4);
	}

	/* slot 5: IMAPIProp::GetProps */
	{
		LPSPropTagArray a1;
		ULONG a2;
		ULONG *a3;
		LPSPropValue *a4;

		memset(&a1, 0, sizeof(a1));
		memset(&a2, 0, sizeof(a2));
		memset(&a3, 0, sizeof(a3));
		memset(&a4, 0, sizeof(a4));
		forget_call();
		IABContainer_GetProps(obj, a1, a2, a3, a4);
		check_call("IABContainer", 5);
	}

	/* slot 6: IMAPIProp::GetPropList */
	{
		ULONG a1;
		LPSPropTagArray *a2;

		memset(&a1, 0, sizeof(a1));
		memset(&a2, 0, sizeof(a2));
		forget_call();
		IABContainer_GetPropList(obj, a1, a2);
		check_call("IABContainer", 6);
	}

	/* slot 7: IMAPIProp::OpenProperty */
	{
		ULONG a1;
		LPCIID a2;
		ULONG a3;
		ULONG a4;
		LPUNKNOWN *a5;

		memset(&a1, 0, sizeof(a1));
		memset(&a2, 0, sizeof(a2));
		memset(&a3, 0, sizeof(a3));
		memset(&a4, 0, sizeof(a4));
		memset(&a5, 0, sizeof(a5));
		forget_call();
		IABContainer_OpenProperty(obj, a1, a2, a3, a4, a5);
		check_call("IABContainer", 7);
	}

	/* slot 8: IMAPIProp::SetProps */
	{
		ULONG a1;
		LPSPropValue a2;
		LPSPropProblemArray *a3;

		memset(&a1, 0, sizeof(a1));
		memset(&a2, 0, sizeof(a2));
		memset(&a3, 0, sizeof(a3));
		forget_call();
		IABContainer_SetProps(obj, a1, a2, a3);
		check_call("IABContainer", 8);
	}

	/* slot 9: IMAPIProp::DeleteProps */
	{
		LPSPropTagArray a1;
		LPSPropProblemArray *a2;

		memset(&a1, 0, sizeof(a1));
		memset(&a2, 0, sizeof(a2));
		forget_call();
		IABContainer_DeleteProps(obj, a1, a2);
		check_call("IABContainer", 9);
	}

	/* slot 10: IMAPIProp::CopyTo */
	{
		ULONG a1;
		LPCIID a2;
		LPSPropTagArray a3;
		ULONG_PTR a4;
		LPMAPIPROGRESS a5;
		LPCIID a6;
		LPVOID a7;
		ULONG a8;
		LPSPropProblemArray *a9;

		memset(&a1, 0, sizeof(a1));
		memset(&a2, 0, sizeof(a2));
		memset(&a3, 0, sizeof(a3));
		memset(&a4, 0, sizeof(a4));
		memset(&a5, 0, sizeof(a5));
		memset(&a6, 0, sizeof(a6));
		memset(&a7, 0, sizeof(a7));
		memset(&a8, 0, sizeof(a8));
		memset(&a9, 0, sizeof(a9));
		forget_call();
		IABContainer_CopyTo(obj, a1, a2, a3, a4, a5, a6, a7, a8, a9);
		check_call("IABContainer", 10);
	}

	/* slot 11: IMAPIProp::CopyProps */
	{
		LPSPropTagArray a1;
		ULONG_PTR a2;
		LPMAPIPROGRESS a3;
		LPCIID a4;
		LPVOID a5;
		ULONG a6;
		LPSPropProblemArray *a7;

		memset(&a1, 0, sizeof(a1));
		memset(&a2, 0, sizeof(a2));
		memset(&a3, 0, sizeof(a3));
		memset(&a4, 0, sizeof(a4));
		memset(&a5, 0, sizeof(a5));
		memset(&a6, 0, sizeof(a6));
		memset(&a7, 0, sizeof(a7));
		forget_call();
		IABContainer_CopyProps(obj, a1, a2, a3, a4, a5, a6, a7);
		check_call("IABContainer", 11);
	}

	/* slot 12: IMAPIProp::GetNamesFromIDs */
	{
		LPSPropTagArray *a1;
		LPGUID a2;
		ULONG a3;
		ULONG *a4;
		LPMAPINAMEID **a5;

		memset(&a1, 0, sizeof(a1));
		memset(&a2, 0, sizeof(a2));
		memset(&a3, 0, sizeof(a3));
		memset(&a4, 0, sizeof(a4));
		memset(&a5, 0, sizeof(a5));
		forget_call();
		IABContainer_GetNamesFromIDs(obj, a1, a2, a3, a4, a5);
		check_call("IABContainer", 12);
	}

	/* slot 13: IMAPIProp::GetIDsFromNames */
	{
		ULONG a1;
		LPMAPINAMEID *a2;
		ULONG a3;
		LPSPropTagArray *a4;

		memset(&a1, 0, sizeof(a1));
		memset(&a2, 0, sizeof(a2));
		memset(&a3, 0, sizeof(a3));
		memset(&a4, 0, sizeof(a4));
		forget_call();
		IABContainer_GetIDsFromNames(obj, a1, a2, a3, a4);
		check_call("IABContainer", 13);
	}

	/* slot 14: IMAPIContainer::GetContentsTable */
	{
		ULONG a1;
		LPMAPITABLE *a2;

		memset(&a1, 0, sizeof(a1));
		memset(&a2, 0, sizeof(a2));
		forget_call();
		IABContainer_GetContentsTable(obj, a1, a2);
		check_call("IABContainer", 14);
	}

	/* slot 15: IMAPIContainer::GetHierarchyTable */
	{
		ULONG a1;
		LPMAPITABLE *a2;

		memset(&a1, 0, sizeof(a1));
		memset(&a2, 0, sizeof(a2));
		forget_call();
		IABContainer_GetHierarchyTable(obj, a1, a2);
		check_call("IABContainer", 15);
	}

	/* slot 16: IMAPIContainer::OpenEntry */
	{
		ULONG a1;
		LPENTRYID a2;
		LPCIID a3;
		ULONG a4;
		ULONG *a5;
		LPUNKNOWN *a6;

		memset(&a1, 0, sizeof(a1));
		memset(&a2, 0, sizeof(a2));
		memset(&a3, 0, sizeof(a3));
		memset(&a4, 0, sizeof(a4));
		memset(&a5, 0, sizeof(a5));
		memset(&a6, 0, sizeof(a6));
		forget_call();
		IABContainer_OpenEntry(obj, a1, a2, a3, a4, a5, a6);
		check_call("IABContainer", 16);
	}

	/* slot 17: IMAPIContainer::SetSearchCriteria */
	{
		LPSRestriction a1;
		LPENTRYLIST a2;
		ULONG a3;

		memset(&a1, 0, sizeof(a1));
		memset(&a2, 0, sizeof(a2));
		memset(&a3, 0, sizeof(a3));
		forget_call();
		IABContainer_SetSearchCriteria(obj, a1, a2, a3);
		check_call("IABContainer", 17);
	}

	/* slot 18: IMAPIContainer::GetSearchCriteria */
	{
		ULONG a1;
		LPSRestriction *a2;
		LPENTRYLIST *a3;
		ULONG *a4;

		memset(&a1, 0, sizeof(a1));
		memset(&a2, 0, sizeof(a2));
		memset(&a3, 0, sizeof(a3));
		memset(&a4, 0, sizeof(a4));
		forget_call();
		IABContainer_GetSearchCriteria(obj, a1, a2, a3, a4);
		check_call("IABContainer", 18);
	}

	/* slot 19: IABContainer::CreateEntry */
	{
		ULONG a1;
		LPENTRYID a2;
		ULONG a3;
		LPMAPIPROP *a4;

		memset(&a1, 0, sizeof(a1));
		memset(&a2, 0, sizeof(a2));
		memset(&a3, 0, sizeof(a3));
		memset(&a4, 0, sizeof(a4));
		forget_call();
		IABContainer_CreateEntry(obj, a1, a2, a3, a4);
		check_call("IABContainer", 19);
	}

	/* slot 20: IABContainer::CopyEntries */
	{
		LPENTRYLIST a1;
		ULONG_PTR a2;
		LPMAPIPROGRESS a3;
		ULONG a4;

		memset(&a1, 0, sizeof(a1));
		memset(&a2, 0, sizeof(a2));
		memset(&a3, 0, sizeof(a3));
		memset(&a4, 0, sizeof(a4));
		forget_call();
		IABContainer_CopyEntries(obj, a1, a2, a3, a4);
		check_call("IABContainer", 20);
	}

	/* slot 21: IABContainer::DeleteEntries */
	{
		LPENTRYLIST a1;
		ULONG a2;

		memset(&a1, 0, sizeof(a1));
		memset(&a2, 0, sizeof(a2));
		forget_call();
		IABContainer_DeleteEntries(obj, a1, a2);
		check_call("IABContainer", 21);
	}

	/* slot 22: IABContainer::ResolveNames */
	{
		LPSPropTagArray a1;
		ULONG a2;
		LPADRLIST a3;
		LPFlagList a4;

		memset(&a1, 0, sizeof(a1));
		memset(&a2, 0, sizeof(a2));
		memset(&a3, 0, sizeof(a3));
		memset(&a4, 0, sizeof(a4));
		forget_call();
		IABContainer_ResolveNames(obj, a1, a2, a3, a4);
		check_call("IABContainer", 22);
	}
}

/* IMailUser */

static HRESULT STDMETHODCALLTYPE stub_IMailUser_0(IMailUser *This, REFIID riid, LPVOID *ppvObj)
{
	(void)This;
	(void)riid;
	(void)ppvObj;
	record_call("IMailUser", 0);
	return 0;
}

static ULONG STDMETHODCALLTYPE stub_IMailUser_1(IMailUser *This)
{
	(void)This;
	record_call("IMailUser", 1);
	return 0;
}

static ULONG STDMETHODCALLTYPE stub_IMailUser_2(IMailUser *This)
{
	(void)This;
	record_call("IMailUser", 2);
	return 0;
}

static HRESULT STDMETHODCALLTYPE stub_IMailUser_3(IMailUser *This, HRESULT hResult, ULONG ulFlags, LPMAPIERROR *lppMAPIError)
{
	(void)This;
	(void)hResult;
	(void)ulFlags;
	(void)lppMAPIError;
	record_call("IMailUser", 3);
	return 0;
}

static HRESULT STDMETHODCALLTYPE stub_IMailUser_4(IMailUser *This, ULONG ulFlags)
{
	(void)This;
	(void)ulFlags;
	record_call("IMailUser", 4);
	return 0;
}

static HRESULT STDMETHODCALLTYPE stub_IMailUser_5(IMailUser *This, LPSPropTagArray lpPropTagArray, ULONG ulFlags, ULONG *lpcValues, LPSPropValue *lppPropArray)
{
	(void)This;
	(void)lpPropTagArray;
	(void)ulFlags;
	(void)lpcValues;
	(void)lppPropArray;
	record_call("IMailUser", 5);
	return 0;
}

static HRESULT STDMETHODCALLTYPE stub_IMailUser_6(IMailUser *This, ULONG ulFlags, LPSPropTagArray *lppPropTagArray)
{
	(void)This;
	(void)ulFlags;
	(void)lppPropTagArray;
	record_call("IMailUser", 6);
	return 0;
}

static HRESULT STDMETHODCALLTYPE stub_IMailUser_7(IMailUser *This, ULONG ulPropTag, LPCIID lpiid, ULONG ulInterfaceOptions, ULONG ulFlags, LPUNKNOWN *lppUnk)
{
	(void)This;
	(void)ulPropTag;
	(void)lpiid;
	(void)ulInterfaceOptions;
	(void)ulFlags;
	(void)lppUnk;
	record_call("IMailUser", 7);
	return 0;
}

static HRESULT STDMETHODCALLTYPE stub_IMailUser_8(IMailUser *This, ULONG cValues, LPSPropValue lpPropArray, LPSPropProblemArray *lppProblems)
{
	(void)This;
	(void)cValues;
	(void)lpPropArray;
	(void)lppProblems;
	record_call("IMailUser", 8);
	return 0;
}

static HRESULT STDMETHODCALLTYPE stub_IMailUser_9(IMailUser *This, LPSPropTagArray lpPropTagArray, LPSPropProblemArray *lppProblems)
{
	(void)This;
	(void)lpPropTagArray;
	(void)lppProblems;
	record_call("IMailUser", 9);
	return 0;
}

static HRESULT STDMETHODCALLTYPE stub_IMailUser_10(IMailUser *This, ULONG ciidExclude, LPCIID rgiidExclude, LPSPropTagArray lpExcludeProps, ULONG_PTR ulUIParam, LPMAPIPROGRESS lpProgress, LPCIID lpInterface, LPVOID lpDestObj, ULONG ulFlags, LPSPropProblemArray *lppProblems)
{
	(void)This;
	(void)ciidExclude;
	(void)rgiidExclude;
	(void)lpExcludeProps;
	(void)ulUIParam;
	(void)lpProgress;
	(void)lpInterface;
	(void)lpDestObj;
	(void)ulFlags;
	(void)lppProblems;
	record_call("IMailUser", 10);
	return 0;
}

static HRESULT STDMETHODCALLTYPE stub_IMailUser_11(IMailUser *This, LPSPropTagArray lpIncludeProps, ULONG_PTR ulUIParam, LPMAPIPROGRESS lpProgress, LPCIID lpInterface, LPVOID lpDestObj, ULONG ulFlags, LPSPropProblemArray *lppProblems)
{
	(void)This;
	(void)lpIncludeProps;
	(void)ulUIParam;
	(void)lpProgress;
	(void)lpInterface;
	(void)lpDestObj;
	(void)ulFlags;
	(void)lppProblems;
	record_call("IMailUser", 11);
	return 0;
}

static HRESULT STDMETHODCALLTYPE stub_IMailUser_12(IMailUser *This, LPSPropTagArray *lppPropTags, LPGUID lpPropSetGuid, ULONG ulFlags, ULONG *lpcPropNames, LPMAPINAMEID **lpppPropNames)
{
	(void)This;
	(void)lppPropTags;
	(void)lpPropSetGuid;
	(void)ulFlags;
	(void)lpcPropNames;
	(void)lpppPropNames;
	record_call("IMailUser", 12);
	return 0;
}

static HRESULT STDMETHODCALLTYPE stub_IMailUser_13(IMailUser *This, ULONG cPropNames, LPMAPINAMEID *lppPropNames, ULONG ulFlags, LPSPropTagArray *lppPropTags)
{
	(void)This;
	(void)cPropNames;
	(void)lppPropNames;
	(void)ulFlags;
	(void)lppPropTags;
	record_call("IMailUser", 13);
	return 0;
}

static CONST_VTBL IMailUserVtbl stub_vtbl_IMailUser = {
	stub_IMailUser_0,
	stub_IMailUser_1,
	stub_IMailUser_2,
	stub_IMailUser_3,
	stub_IMailUser_4,
	stub_IMailUser_5,
	stub_IMailUser_6,
	stub_IMailUser_7,
	stub_IMailUser_8,
	stub_IMailUser_9,
	stub_IMailUser_10,
	stub_IMailUser_11,
	stub_IMailUser_12,
	stub_IMailUser_13,
};

static void test_IMailUser(void **state)
{
	IMailUser object = {&stub_vtbl_IMailUser};
	IMailUser *obj = &object;

	(void)state;

	/* slot 0: IUnknown::QueryInterface */
	{
		REFIID a1;
		LPVOID *a2;

		memset(&a1, 0, sizeof(a1));
		memset(&a2, 0, sizeof(a2));
		forget_call();
		IMailUser_QueryInterface(obj, a1, a2);
		check_call("IMailUser", 0);
	}

	/* slot 1: IUnknown::AddRef */
	{
		forget_call();
		IMailUser_AddRef(obj);
		check_call("IMailUser", 1);
	}

	/* slot 2: IUnknown::Release */
	{
		forget_call();
		IMailUser_Release(obj);
		check_call("IMailUser", 2);
	}

	/* slot 3: IMAPIProp::GetLastError */
	{
		HRESULT a1;
		ULONG a2;
		LPMAPIERROR *a3;

		memset(&a1, 0, sizeof(a1));
		memset(&a2, 0, sizeof(a2));
		memset(&a3, 0, sizeof(a3));
		forget_call();
		IMailUser_GetLastError(obj, a1, a2, a3);
		check_call("IMailUser", 3);
	}

	/* slot 4: IMAPIProp::SaveChanges */
	{
		ULONG a1;

		memset(&a1, 0, sizeof(a1));
		forget_call();
		IMailUser_SaveChanges(obj, a1);
		check_call("IMailUser", 4);
	}

	/* slot 5: IMAPIProp::GetProps */
	{
		LPSPropTagArray a1;
		ULONG a2;
		ULONG *a3;
		LPSPropValue *a4;

		memset(&a1, 0, sizeof(a1));
		memset(&a2, 0, sizeof(a2));
		memset(&a3, 0, sizeof(a3));
		memset(&a4, 0, sizeof(a4));
		forget_call();
		IMailUser_GetProps(obj, a1, a2, a3, a4);
		check_call("IMailUser", 5);
	}

	/* slot 6: IMAPIProp::GetPropList */
	{
		ULONG a1;
		LPSPropTagArray *a2;

		memset(&a1, 0, sizeof(a1));
		memset(&a2, 0, sizeof(a2));
		forget_call();
		IMailUser_GetPropList(obj, a1, a2);
		check_call("IMailUser", 6);
	}

	/* slot 7: IMAPIProp::OpenProperty */
	{
		ULONG a1;
		LPCIID a2;
		ULONG a3;
		ULONG a4;
		LPUNKNOWN *a5;

		memset(&a1, 0, sizeof(a1));
		memset(&a2, 0, sizeof(a2));
		memset(&a3, 0, sizeof(a3));
		memset(&a4, 0, sizeof(a4));
		memset(&a5, 0, sizeof(a5));
		forget_call();
		IMailUser_OpenProperty(obj, a1, a2, a3, a4, a5);
		check_call("IMailUser", 7);
	}

	/* slot 8: IMAPIProp::SetProps */
	{
		ULONG a1;
		LPSPropValue a2;
		LPSPropProblemArray *a3;

		memset(&a1, 0, sizeof(a1));
		memset(&a2, 0, sizeof(a2));
		memset(&a3, 0, sizeof(a3));
		forget_call();
		IMailUser_SetProps(obj, a1, a2, a3);
		check_call("IMailUser", 8);
	}

	/* slot 9: IMAPIProp::DeleteProps */
	{
		LPSPropTagArray a1;
		LPSPropProblemArray *a2;

		memset(&a1, 0, sizeof(a1));
		memset(&a2, 0, sizeof(a2));
		forget_call();
		IMailUser_DeleteProps(obj, a1, a2);
		check_call("IMailUser", 9);
	}

	/* slot 10: IMAPIProp::CopyTo */
	{
		ULONG a1;
		LPCIID a2;
		LPSPropTagArray a3;
		ULONG_PTR a4;
		LPMAPIPROGRESS a5;
		LPCIID a6;
		LPVOID a7;
		ULONG a8;
		LPSPropProblemArray *a9;

		memset(&a1, 0, sizeof(a1));
		memset(&a2, 0, sizeof(a2));
		memset(&a3, 0, sizeof(a3));
		memset(&a4, 0, sizeof(a4));
		memset(&a5, 0, sizeof(a5));
		memset(&a6, 0, sizeof(a6));
		memset(&a7, 0, sizeof(a7));
		memset(&a8, 0, sizeof(a8));
		memset(&a9, 0, sizeof(a9));
		forget_call();
		IMailUser_CopyTo(obj, a1, a2, a3, a4, a5, a6, a7, a8, a9);
		check_call("IMailUser", 10);
	}

	/* slot 11: IMAPIProp::CopyProps */
	{
		LPSPropTagArray a1;
		ULONG_PTR a2;
		LPMAPIPROGRESS a3;
		LPCIID a4;
		LPVOID a5;
		ULONG a6;
		LPSPropProblemArray *a7;

		memset(&a1, 0, sizeof(a1));
		memset(&a2, 0, sizeof(a2));
		memset(&a3, 0, sizeof(a3));
		memset(&a4, 0, sizeof(a4));
		memset(&a5, 0, sizeof(a5));
		memset(&a6, 0, sizeof(a6));
		memset(&a7, 0, sizeof(a7));
		forget_call();
		IMailUser_CopyProps(obj, a1, a2, a3, a4, a5, a6, a7);
		check_call("IMailUser", 11);
	}

	/* slot 12: IMAPIProp::GetNamesFromIDs */
	{
		LPSPropTagArray *a1;
		LPGUID a2;
		ULONG a3;
		ULONG *a4;
		LPMAPINAMEID **a5;

		memset(&a1, 0, sizeof(a1));
		memset(&a2, 0, sizeof(a2));
		memset(&a3, 0, sizeof(a3));
		memset(&a4, 0, sizeof(a4));
		memset(&a5, 0, sizeof(a5));
		forget_call();
		IMailUser_GetNamesFromIDs(obj, a1, a2, a3, a4, a5);
		check_call("IMailUser", 12);
	}

	/* slot 13: IMAPIProp::GetIDsFromNames */
	{
		ULONG a1;
		LPMAPINAMEID *a2;
		ULONG a3;
		LPSPropTagArray *a4;

		memset(&a1, 0, sizeof(a1));
		memset(&a2, 0, sizeof(a2));
		memset(&a3, 0, sizeof(a3));
		memset(&a4, 0, sizeof(a4));
		forget_call();
		IMailUser_GetIDsFromNames(obj, a1, a2, a3, a4);
		check_call("IMailUser", 13);
	}
}

/* IDistList */

static HRESULT STDMETHODCALLTYPE stub_IDistList_0(IDistList *This, REFIID riid, LPVOID *ppvObj)
{
	(void)This;
	(void)riid;
	(void)ppvObj;
	record_call("IDistList", 0);
	return 0;
}

static ULONG STDMETHODCALLTYPE stub_IDistList_1(IDistList *This)
{
	(void)This;
	record_call("IDistList", 1);
	return 0;
}

static ULONG STDMETHODCALLTYPE stub_IDistList_2(IDistList *This)
{
	(void)This;
	record_call("IDistList", 2);
	return 0;
}

static HRESULT STDMETHODCALLTYPE stub_IDistList_3(IDistList *This, HRESULT hResult, ULONG ulFlags, LPMAPIERROR *lppMAPIError)
{
	(void)This;
	(void)hResult;
	(void)ulFlags;
	(void)lppMAPIError;
	record_call("IDistList", 3);
	return 0;
}

static HRESULT STDMETHODCALLTYPE stub_IDistList_4(IDistList *This, ULONG ulFlags)
{
	(void)This;
	(void)ulFlags;
	record_call("IDistList", 4);
	return 0;
}

static HRESULT STDMETHODCALLTYPE stub_IDistList_5(IDistList *This, LPSPropTagArray lpPropTagArray, ULONG ulFlags, ULONG *lpcValues, LPSPropValue *lppPropArray)
{
	(void)This;
	(void)lpPropTagArray;
	(void)ulFlags;
	(void)lpcValues;
	(void)lppPropArray;
	record_call("IDistList", 5);
	return 0;
}

static HRESULT STDMETHODCALLTYPE stub_IDistList_6(IDistList *This, ULONG ulFlags, LPSPropTagArray *lppPropTagArray)
{
	(void)This;
	(void)ulFlags;
	(void)lppPropTagArray;
	record_call("IDistList", 6);
	return 0;
}

static HRESULT STDMETHODCALLTYPE stub_IDistList_7(IDistList *This, ULONG ulPropTag, LPCIID lpiid, ULONG ulInterfaceOptions, ULONG ulFlags, LPUNKNOWN *lppUnk)
{
	(void)This;
	(void)ulPropTag;
	(void)lpiid;
	(void)ulInterfaceOptions;
	(void)ulFlags;
	(void)lppUnk;
	record_call("IDistList", 7);
	return 0;
}

static HRESULT STDMETHODCALLTYPE stub_IDistList_8(IDistList *This, ULONG cValues, LPSPropValue lpPropArray, LPSPropProblemArray *lppProblems)
{
	(void)This;
	(void)cValues;
	(void)lpPropArray;
	(void)lppProblems;
	record_call("IDistList", 8);
	return 0;
}

static HRESULT STDMETHODCALLTYPE stub_IDistList_9(IDistList *This, LPSPropTagArray lpPropTagArray, LPSPropProblemArray *lppProblems)
{
	(void)This;
	(void)lpPropTagArray;
	(void)lppProblems;
	record_call("IDistList", 9);
	return 0;
}

static HRESULT STDMETHODCALLTYPE stub_IDistList_10(IDistList *This, ULONG ciidExclude, LPCIID rgiidExclude, LPSPropTagArray lpExcludeProps, ULONG_PTR ulUIParam, LPMAPIPROGRESS lpProgress, LPCIID lpInterface, LPVOID lpDestObj, ULONG ulFlags, LPSPropProblemArray *lppProblems)
{
	(void)This;
	(void)ciidExclude;
	(void)rgiidExclude;
	(void)lpExcludeProps;
	(void)ulUIParam;
	(void)lpProgress;
	(void)lpInterface;
	(void)lpDestObj;
	(void)ulFlags;
	(void)lppProblems;
	record_call("IDistList", 10);
	return 0;
}

static HRESULT STDMETHODCALLTYPE stub_IDistList_11(IDistList *This, LPSPropTagArray lpIncludeProps, ULONG_PTR ulUIParam, LPMAPIPROGRESS lpProgress, LPCIID lpInterface, LPVOID lpDestObj, ULONG ulFlags, LPSPropProblemArray *lppProblems)
{
	(void)This;
	(void)lpIncludeProps;
	(void)ulUIParam;
	(void)lpProgress;
	(void)lpInterface;
	(void)lpDestObj;
	(void)ulFlags;
	(void)lppProblems;
	record_call("IDistList", 11);
	return 0;
}

static HRESULT STDMETHODCALLTYPE stub_IDistList_12(IDistList *This, LPSPropTagArray *lppPropTags, LPGUID lpPropSetGuid, ULONG ulFlags, ULONG *lpcPropNames, LPMAPINAMEID **lpppPropNames)
{
	(void)This;
	(void)lppPropTags;
	(void)lpPropSetGuid;
	(void)ulFlags;
	(void)lpcPropNames;
	(void)lpppPropNames;
	record_call("IDistList", 12);
	return 0;
}

static HRESULT STDMETHODCALLTYPE stub_IDistList_13(IDistList *This, ULONG cPropNames, LPMAPINAMEID *lppPropNames, ULONG ulFlags, LPSPropTagArray *lppPropTags)
{
	(void)This;
	(void)cPropNames;
	(void)lppPropNames;
	(void)ulFlags;
	(void)lppPropTags;
	record_call("IDistList", 13);
	return 0;
}

static HRESULT STDMETHODCALLTYPE stub_IDistList_14(IDistList *This, ULONG ulFlags, LPMAPITABLE *lppTable)
{
	(void)This;
	(void)ulFlags;
	(void)lppTable;
	record_call("IDistList", 14);
	return 0;
}

static HRESULT STDMETHODCALLTYPE stub_IDistList_15(IDistList *This, ULONG ulFlags, LPMAPITABLE *lppTable)
{
	(void)This;
	(void)ulFlags;
	(void)lppTable;
	record_call("IDistList", 15);
	return 0;
}

static HRESULT STDMETHODCALLTYPE stub_IDistList_16(IDistList *This, ULONG cbEntryID, LPENTRYID lpEntryID, LPCIID lpInterface, ULONG ulFlags, ULONG *lpulObjType, LPUNKNOWN *lppUnk)
{
	(void)This;
	(void)cbEntryID;
	(void)lpEntryID;
	(void)lpInterface;
	(void)ulFlags;
	(void)lpulObjType;
	(void)lppUnk;
	record_call("IDistList", 16);
	return 0;
}

static HRESULT STDMETHODCALLTYPE stub_IDistList_17(IDistList *This, LPSRestriction lpRestriction, LPENTRYLIST lpContainerList, ULONG ulSearchFlags)
{
	(void)This;
	(void)lpRestriction;
	(void)lpContainerList;
	(void)ulSearchFlags;
	record_call("IDistList", 17);
	return 0;
}

static HRESULT STDMETHODCALLTYPE stub_IDistList_18(IDistList *This, ULONG ulFlags, LPSRestriction *lppRestriction, LPENTRYLIST *lppContainerList, ULONG *lpulSearchState)
{
	(void)This;
	(void)ulFlags;
	(void)lppRestriction;
	(void)lppContainerList;
	(void)lpulSearchState;
	record_call("IDistList", 18);
	return 0;
}

static HRESULT STDMETHODCALLTYPE stub_IDistList_19(IDistList *This, ULONG cbEntryID, LPENTRYID lpEntryID, ULONG ulCreateFlags, LPMAPIPROP *lppMAPIPropEntry)
{
	(void)This;
	(void)cbEntryID;
	(void)lpEntryID;
	(void)ulCreateFlags;
	(void)lppMAPIPropEntry;
	record_call("IDistList", 19);
	return 0;
}

static HRESULT STDMETHODCALLTYPE stub_IDistList_20(IDistList *This, LPENTRYLIST lpEntries, ULONG_PTR ulUIParam, LPMAPIPROGRESS lpProgress, ULONG ulFlags)
{
	(void)This;
	(void)lpEntries;
	(void)ulUIParam;
	(void)lpProgress;
	(void)ulFlags;
	record_call("IDistList", 20);
	return 0;
}

static HRESULT STDMETHODCALLTYPE stub_IDistList_21(IDistList *This, LPENTRYLIST lpEntries, ULONG ulFlags)
{
	(void)This;
	(void)lpEntries;
	(void)ulFlags;
	record_call("IDistList", 21);
	return 0;
}

static HRESULT STDMETHODCALLTYPE stub_IDistList_22(IDistList *This, LPSPropTagArray lpPropTagArray, ULONG ulFlags, LPADRLIST lpAdrList, LPFlagList lpFlagList)
{
	(void)This;
	(void)lpPropTagArray;
	(void)ulFlags;
	(void)lpAdrList;
	(void)lpFlagList;
	record_call("IDistList", 22);
	return 0;
}

static CONST_VTBL IDistListVtbl stub_vtbl_IDistList = {
	stub_IDistList_0,
	stub_IDistList_1,
	stub_IDistList_2,
	stub_IDistList_3,
	stub_IDistList_4,
	stub_IDistList_5,
	stub_IDistList_6,
	stub_IDistList_7,
	stub_IDistList_8,
	stub_IDistList_9,
	stub_IDistList_10,
	stub_IDistList_11,
	stub_IDistList_12,
	stub_IDistList_13,
	stub_IDistList_14,
	stub_IDistList_15,
	stub_IDistList_16,
	stub_IDistList_17,
	stub_IDistList_18,
	stub_IDistList_19,
	stub_IDistList_20,
	stub_IDistList_21,
	stub_IDistList_22,
};

static void test_IDistList(void **state)
{
	IDistList object = {&stub_vtbl_IDistList};
	IDistList *obj = &object;

	(void)state;

	/* slot 0: IUnknown::QueryInterface */
	{
		REFIID a1;
		LPVOID *a2;

		memset(&a1, 0, sizeof(a1));
		memset(&a2, 0, sizeof(a2));
		forget_call();
		IDistList_QueryInterface(obj, a1, a2);
		check_call("IDistList", 0);
	}

	/* slot 1: IUnknown::AddRef */
	{
		forget_call();
		IDistList_AddRef(obj);
		check_call("IDistList", 1);
	}

	/* slot 2: IUnknown::Release */
	{
		forget_call();
		IDistList_Release(obj);
		check_call("IDistList", 2);
	}

	/* slot 3: IMAPIProp::GetLastError */
	{
		HRESULT a1;
		ULONG a2;
		LPMAPIERROR *a3;

		memset(&a1, 0, sizeof(a1));
		memset(&a2, 0, sizeof(a2));
		memset(&a3, 0, sizeof(a3));
		forget_call();
		IDistList_GetLastError(obj, a1, a2, a3);
		check_call("IDistList", 3);
	}

	/* slot 4: IMAPIProp::SaveChanges */
	{
		ULONG a1;

		memset(&a1, 0, sizeof(a1));
		forget_call();
		IDistList_SaveChanges(obj, a1);
		check_call("IDistList", 4);
	}

	/* slot 5: IMAPIProp::GetProps */
	{
		LPSPropTagArray a1;
		ULONG a2;
		ULONG *a3;
		LPSPropValue *a4;

		memset(&a1, 0, sizeof(a1));
		memset(&a2, 0, sizeof(a2));
		memset(&a3, 0, sizeof(a3));
		memset(&a4, 0, sizeof(a4));
		forget_call();
		IDistList_GetProps(obj, a1, a2, a3, a4);
		check_call("IDistList", 5);
	}

	/* slot 6: IMAPIProp::GetPropList */
	{
		ULONG a1;
		LPSPropTagArray *a2;

		memset(&a1, 0, sizeof(a1));
		memset(&a2, 0, sizeof(a2));
		forget_call();
		IDistList_GetPropList(obj, a1, a2);
		check_call("IDistList", 6);
	}

	/* slot 7: IMAPIProp::OpenProperty */
	{
		ULONG a1;
		LPCIID a2;
		ULONG a3;
		ULONG a4;
		LPUNKNOWN *a5;

		memset(&a1, 0, sizeof(a1));
		memset(&a2, 0, sizeof(a2));
		memset(&a3, 0, sizeof(a3));
		memset(&a4, 0, sizeof(a4));
		memset(&a5, 0, sizeof(a5));
		forget_call();
		IDistList_OpenProperty(obj, a1, a2, a3, a4, a5);
		check_call("IDistList", 7);
	}

	/* slot 8: IMAPIProp::SetProps */
	{
		ULONG a1;
		LPSPropValue a2;
		LPSPropProblemArray *a3;

		memset(&a1, 0, sizeof(a1));
		memset(&a2, 0, sizeof(a2));
		memset(&a3, 0, sizeof(a3));
		forget_call();
		IDistList_SetProps(obj, a1, a2, a3);
		check_call("IDistList", 8);
	}

	/* slot 9: IMAPIProp::DeleteProps */
	{
		LPSPropTagArray a1;
		LPSPropProblemArray *a2;

		memset(&a1, 0, sizeof(a1));
		memset(&a2, 0, sizeof(a2));
		forget_call();
		IDistList_DeleteProps(obj, a1, a2);
		check_call("IDistList", 9);
	}

	/* slot 10: IMAPIProp::CopyTo */
	{
		ULONG a1;
		LPCIID a2;
		LPSPropTagArray a3;
		ULONG_PTR a4;
		LPMAPIPROGRESS a5;
		LPCIID a6;
		LPVOID a7;
		ULONG a8;
		LPSPropProblemArray *a9;

		memset(&a1, 0, sizeof(a1));
		memset(&a2, 0, sizeof(a2));
		memset(&a3, 0, sizeof(a3));
		memset(&a4, 0, sizeof(a4));
		memset(&a5, 0, sizeof(a5));
		memset(&a6, 0, sizeof(a6));
		memset(&a7, 0, sizeof(a7));
		memset(&a8, 0, sizeof(a8));
		memset(&a9, 0, sizeof(a9));
		forget_call();
		IDistList_CopyTo(obj, a1, a2, a3, a4, a5, a6, a7, a8, a9);
		check_call("IDistList", 10);
	}

	/* slot 11: IMAPIProp::CopyProps */
	{
		LPSPropTagArray a1;
		ULONG_PTR a2;
		LPMAPIPROGRESS a3;
		LPCIID a4;
		LPVOID a5;
		ULONG a6;
		LPSPropProblemArray *a7;

		memset(&a1, 0, sizeof(a1));
		memset(&a2, 0, sizeof(a2));
		memset(&a3, 0, sizeof(a3));
		memset(&a4, 0, sizeof(a4));
		memset(&a5, 0, sizeof(a5));
		memset(&a6, 0, sizeof(a6));
		memset(&a7, 0, sizeof(a7));
		forget_call();
		IDistList_CopyProps(obj, a1, a2, a3, a4, a5, a6, a7);
		check_call("IDistList", 11);
	}

	/* slot 12: IMAPIProp::GetNamesFromIDs */
	{
		LPSPropTagArray *a1;
		LPGUID a2;
		ULONG a3;
		ULONG *a4;
		LPMAPINAMEID **a5;

		memset(&a1, 0, sizeof(a1));
		memset(&a2, 0, sizeof(a2));
		memset(&a3, 0, sizeof(a3));
		memset(&a4, 0, sizeof(a4));
		memset(&a5, 0, sizeof(a5));
		forget_call();
		IDistList_GetNamesFromIDs(obj, a1, a2, a3, a4, a5);
		check_call("IDistList", 12);
	}

	/* slot 13: IMAPIProp::GetIDsFromNames */
	{
		ULONG a1;
		LPMAPINAMEID *a2;
		ULONG a3;
		LPSPropTagArray *a4;

		memset(&a1, 0, sizeof(a1));
		memset(&a2, 0, sizeof(a2));
		memset(&a3, 0, sizeof(a3));
		memset(&a4, 0, sizeof(a4));
		forget_call();
		IDistList_GetIDsFromNames(obj, a1, a2, a3, a4);
		check_call("IDistList", 13);
	}

	/* slot 14: IMAPIContainer::GetContentsTable */
	{
		ULONG a1;
		LPMAPITABLE *a2;

		memset(&a1, 0, sizeof(a1));
		memset(&a2, 0, sizeof(a2));
		forget_call();
		IDistList_GetContentsTable(obj, a1, a2);
		check_call("IDistList", 14);
	}

	/* slot 15: IMAPIContainer::GetHierarchyTable */
	{
		ULONG a1;
		LPMAPITABLE *a2;

		memset(&a1, 0, sizeof(a1));
		memset(&a2, 0, sizeof(a2));
		forget_call();
		IDistList_GetHierarchyTable(obj, a1, a2);
		check_call("IDistList", 15);
	}

	/* slot 16: IMAPIContainer::OpenEntry */
	{
		ULONG a1;
		LPENTRYID a2;
		LPCIID a3;
		ULONG a4;
		ULONG *a5;
		LPUNKNOWN *a6;

		memset(&a1, 0, sizeof(a1));
		memset(&a2, 0, sizeof(a2));
		memset(&a3, 0, sizeof(a3));
		memset(&a4, 0, sizeof(a4));
		memset(&a5, 0, sizeof(a5));
		memset(&a6, 0, sizeof(a6));
		forget_call();
		IDistList_OpenEntry(obj, a1, a2, a3, a4, a5, a6);
		check_call("IDistList", 16);
	}

	/* slot 17: IMAPIContainer::SetSearchCriteria */
	{
		LPSRestriction a1;
		LPENTRYLIST a2;
		ULONG a3;

		memset(&a1, 0, sizeof(a1));
		memset(&a2, 0, sizeof(a2));
		memset(&a3, 0, sizeof(a3));
		forget_call();
		IDistList_SetSearchCriteria(obj, a1, a2, a3);
		check_call("IDistList", 17);
	}

	/* slot 18: IMAPIContainer::GetSearchCriteria */
	{
		ULONG a1;
		LPSRestriction *a2;
		LPENTRYLIST *a3;
		ULONG *a4;

		memset(&a1, 0, sizeof(a1));
		memset(&a2, 0, sizeof(a2));
		memset(&a3, 0, sizeof(a3));
		memset(&a4, 0, sizeof(a4));
		forget_call();
		IDistList_GetSearchCriteria(obj, a1, a2, a3, a4);
		check_call("IDistList", 18);
	}

	/* slot 19: IDistList::CreateEntry */
	{
		ULONG a1;
		LPENTRYID a2;
		ULONG a3;
		LPMAPIPROP *a4;

		memset(&a1, 0, sizeof(a1));
		memset(&a2, 0, sizeof(a2));
		memset(&a3, 0, sizeof(a3));
		memset(&a4, 0, sizeof(a4));
		forget_call();
		IDistList_CreateEntry(obj, a1, a2, a3, a4);
		check_call("IDistList", 19);
	}

	/* slot 20: IDistList::CopyEntries */
	{
		LPENTRYLIST a1;
		ULONG_PTR a2;
		LPMAPIPROGRESS a3;
		ULONG a4;

		memset(&a1, 0, sizeof(a1));
		memset(&a2, 0, sizeof(a2));
		memset(&a3, 0, sizeof(a3));
		memset(&a4, 0, sizeof(a4));
		forget_call();
		IDistList_CopyEntries(obj, a1, a2, a3, a4);
		check_call("IDistList", 20);
	}

	/* slot 21: IDistList::DeleteEntries */
	{
		LPENTRYLIST a1;
		ULONG a2;

		memset(&a1, 0, sizeof(a1));
		memset(&a2, 0, sizeof(a2));
		forget_call();
		IDistList_DeleteEntries(obj, a1, a2);
		check_call("IDistList", 21);
	}

	/* slot 22: IDistList::ResolveNames */
	{
		LPSPropTagArray a1;
		ULONG a2;
		LPADRLIST a3;
		LPFlagList a4;

		memset(&a1, 0, sizeof(a1));
		memset(&a2, 0, sizeof(a2));
		memset(&a3, 0, sizeof(a3));
		memset(&a4, 0, sizeof(a4));
		forget_call();
		IDistList_ResolveNames(obj, a1, a2, a3, a4);
		check_call("IDistList", 22);
	}
}

/* IAddrBook */

static HRESULT STDMETHODCALLTYPE stub_IAddrBook_0(IAddrBook *This, REFIID riid, LPVOID *ppvObj)
{
	(void)This;
	(void)riid;
	(void)ppvObj;
	record_call("IAddrBook", 0);
	return 0;
}

static ULONG STDMETHODCALLTYPE stub_IAddrBook_1(IAddrBook *This)
{
	(void)This;
	record_call("IAddrBook", 1);
	return 0;
}

static ULONG STDMETHODCALLTYPE stub_IAddrBook_2(IAddrBook *This)
{
	(void)This;
	record_call("IAddrBook", 2);
	return 0;
}

static HRESULT STDMETHODCALLTYPE stub_IAddrBook_3(IAddrBook *This, HRESULT hResult, ULONG ulFlags, LPMAPIERROR *lppMAPIError)
{
	(void)This;
	(void)hResult;
	(void)ulFlags;
	(void)lppMAPIError;
	record_call("IAddrBook", 3);
	return 0;
}

static HRESULT STDMETHODCALLTYPE stub_IAddrBook_4(IAddrBook *This, ULONG ulFlags)
{
	(void)This;
	(void)ulFlags;
	record_call("IAddrBook", 4);
	return 0;
}

static HRESULT STDMETHODCALLTYPE stub_IAddrBook_5(IAddrBook *This, LPSPropTagArray lpPropTagArray, ULONG ulFlags, ULONG *lpcValues, LPSPropValue *lppPropArray)
{
	(void)This;
	(void)lpPropTagArray;
	(void)ulFlags;
	(void)lpcValues;
	(void)lppPropArray;
	record_call("IAddrBook", 5);
	return 0;
}

static HRESULT STDMETHODCALLTYPE stub_IAddrBook_6(IAddrBook *This, ULONG ulFlags, LPSPropTagArray *lppPropTagArray)
{
	(void)This;
	(void)ulFlags;
	(void)lppPropTagArray;
	record_call("IAddrBook", 6);
	return 0;
}

static HRESULT STDMETHODCALLTYPE stub_IAddrBook_7(IAddrBook *This, ULONG ulPropTag, LPCIID lpiid, ULONG ulInterfaceOptions, ULONG ulFlags, LPUNKNOWN *lppUnk)
{
	(void)This;
	(void)ulPropTag;
	(void)lpiid;
	(void)ulInterfaceOptions;
	(void)ulFlags;
	(void)lppUnk;
	record_call("IAddrBook", 7);
	return 0;
}

static HRESULT STDMETHODCALLTYPE stub_IAddrBook_8(IAddrBook *This, ULONG cValues, LPSPropValue lpPropArray, LPSPropProblemArray *lppProblems)
{
	(void)This;
	(void)cValues;
	(void)lpPropArray;
	(void)lppProblems;
	record_call("IAddrBook", 8);
	return 0;
}

static HRESULT STDMETHODCALLTYPE stub_IAddrBook_9(IAddrBook *This, LPSPropTagArray lpPropTagArray, LPSPropProblemArray *lppProblems)
{
	(void)This;
	(void)lpPropTagArray;
	(void)lppProblems;
	record_call("IAddrBook", 9);
	return 0;
}

static HRESULT STDMETHODCALLTYPE stub_IAddrBook_10(IAddrBook *This, ULONG ciidExclude, LPCIID rgiidExclude, LPSPropTagArray lpExcludeProps, ULONG_PTR ulUIParam, LPMAPIPROGRESS lpProgress, LPCIID lpInterface, LPVOID lpDestObj, ULONG ulFlags, LPSPropProblemArray *lppProblems)
{
	(void)This;
	(void)ciidExclude;
	(void)rgiidExclude;
	(void)lpExcludeProps;
	(void)ulUIParam;
	(void)lpProgress;
	(void)lpInterface;
	(void)lpDestObj;
	(void)ulFlags;
	(void)lppProblems;
	record_call("IAddrBook", 10);
	return 0;
}

static HRESULT STDMETHODCALLTYPE stub_IAddrBook_11(IAddrBook *This, LPSPropTagArray lpIncludeProps, ULONG_PTR ulUIParam, LPMAPIPROGRESS lpProgress, LPCIID lpInterface, LPVOID lpDestObj, ULONG ulFlags, LPSPropProblemArray *lppProblems)
{
	(void)This;
	(void)lpIncludeProps;
	(void)ulUIParam;
	(void)lpProgress;
	(void)lpInterface;
	(void)lpDestObj;
	(void)ulFlags;
	(void)lppProblems;
	record_call("IAddrBook", 11);
	return 0;
}

static HRESULT STDMETHODCALLTYPE stub_IAddrBook_12(IAddrBook *This, LPSPropTagArray *lppPropTags, LPGUID lpPropSetGuid, ULONG ulFlags, ULONG *lpcPropNames, LPMAPINAMEID **lpppPropNames)
{
	(void)This;
	(void)lppPropTags;
	(void)lpPropSetGuid;
	(void)ulFlags;
	(void)lpcPropNames;
	(void)lpppPropNames;
	record_call("IAddrBook", 12);
	return 0;
}

static HRESULT STDMETHODCALLTYPE stub_IAddrBook_13(IAddrBook *This, ULONG cPropNames, LPMAPINAMEID *lppPropNames, ULONG ulFlags, LPSPropTagArray *lppPropTags)
{
	(void)This;
	(void)cPropNames;
	(void)lppPropNames;
	(void)ulFlags;
	(void)lppPropTags;
	record_call("IAddrBook", 13);
	return 0;
}

static HRESULT STDMETHODCALLTYPE stub_IAddrBook_14(IAddrBook *This, ULONG cbEntryID, LPENTRYID lpEntryID, LPCIID lpInterface, ULONG ulFlags, ULONG *lpulObjType, LPUNKNOWN *lppUnk)
{
	(void)This;
	(void)cbEntryID;
	(void)lpEntryID;
	(void)lpInterface;
	(void)ulFlags;
	(void)lpulObjType;
	(void)lppUnk;
	record_call("IAddrBook", 14);
	return 0;
}

static HRESULT STDMETHODCALLTYPE stub_IAddrBook_15(IAddrBook *This, ULONG cbEntryID1, LPENTRYID lpEntryID1, ULONG cbEntryID2, LPENTRYID lpEntryID2, ULONG ulFlags, ULONG *lpulResult)
{
	(void)This;
	(void)cbEntryID1;
	(void)lpEntryID1;
	(void)cbEntryID2;
	(void)lpEntryID2;
	(void)ulFlags;
	(void)lpulResult;
	record_call("IAddrBook", 15);
	return 0;
}

static HRESULT STDMETHODCALLTYPE stub_IAddrBook_16(IAddrBook *This, ULONG cbEntryID, LPENTRYID lpEntryID, ULONG ulEventMask, LPMAPIADVISESINK lpAdviseSink, ULONG_PTR *lpulConnection)
{
	(void)This;
	(void)cbEntryID;
	(void)lpEntryID;
	(void)ulEventMask;
	(void)lpAdviseSink;
	(void)lpulConnection;
	record_call("IAddrBook", 16);
	return 0;
}

static HRESULT STDMETHODCALLTYPE stub_IAddrBook_17(IAddrBook *This, ULONG_PTR ulConnection)
{
	(void)This;
	(void)ulConnection;
	record_call("IAddrBook", 17);
	return 0;
}

static HRESULT STDMETHODCALLTYPE stub_IAddrBook_18(IAddrBook *This, LPTSTR lpszName, LPTSTR lpszAdrType, LPTSTR lpszAddress, ULONG ulFlags, ULONG *lpcbEntryID, LPENTRYID *lppEntryID)
{
	(void)This;
	(void)lpszName;
	(void)lpszAdrType;
	(void)lpszAddress;
	(void)ulFlags;
	(void)lpcbEntryID;
	(void)lppEntryID;
	record_call("IAddrBook", 18);
	return 0;
}

static HRESULT STDMETHODCALLTYPE stub_IAddrBook_19(IAddrBook *This, ULONG_PTR ulUIParam, ULONG ulFlags, ULONG cbEIDContainer, LPENTRYID lpEIDContainer, ULONG cbEIDNewEntryTpl, LPENTRYID lpEIDNewEntryTpl, ULONG *lpcbEIDNewEntry, LPENTRYID *lppEIDNewEntry)
{
	(void)This;
	(void)ulUIParam;
	(void)ulFlags;
	(void)cbEIDContainer;
	(void)lpEIDContainer;
	(void)cbEIDNewEntryTpl;
	(void)lpEIDNewEntryTpl;
	(void)lpcbEIDNewEntry;
	(void)lppEIDNewEntry;
	record_call("IAddrBook", 19);
	return 0;
}

static HRESULT STDMETHODCALLTYPE stub_IAddrBook_20(IAddrBook *This, ULONG_PTR ulUIParam, ULONG ulFlags, LPTSTR lpszNewEntryTitle, LPADRLIST lpAdrList)
{
	(void)This;
	(void)ulUIParam;
	(void)ulFlags;
	(void)lpszNewEntryTitle;
	(void)lpAdrList;
	record_call("IAddrBook", 20);
	return 0;
}

static HRESULT STDMETHODCALLTYPE stub_IAddrBook_21(IAddrBook *This, ULONG_PTR *lpulUIParam, LPADRPARM lpAdrParms, LPADRLIST *lppAdrList)
{
	(void)This;
	(void)lpulUIParam;
	(void)lpAdrParms;
	(void)lppAdrList;
	record_call("IAddrBook", 21);
	return 0;
}

static HRESULT STDMETHODCALLTYPE stub_IAddrBook_22(IAddrBook *This, ULONG_PTR *lpulUIParam, LPFNDISMISS lpfnDismiss, LPVOID lpvDismissContext, ULONG cbEntryID, LPENTRYID lpEntryID, LPFNBUTTON lpfButtonCallback, LPVOID lpvButtonContext, LPTSTR lpszButtonText, ULONG ulFlags)
{
	(void)This;
	(void)lpulUIParam;
	(void)lpfnDismiss;
	(void)lpvDismissContext;
	(void)cbEntryID;
	(void)lpEntryID;
	(void)lpfButtonCallback;
	(void)lpvButtonContext;
	(void)lpszButtonText;
	(void)ulFlags;
	record_call("IAddrBook", 22);
	return 0;
}

static HRESULT STDMETHODCALLTYPE stub_IAddrBook_23(IAddrBook *This, ULONG_PTR ulUIParam, ULONG ulFlags, LPADRENTRY lpRecip)
{
	(void)This;
	(void)ulUIParam;
	(void)ulFlags;
	(void)lpRecip;
	record_call("IAddrBook", 23);
	return 0;
}

static HRESULT STDMETHODCALLTYPE stub_IAddrBook_24(IAddrBook *This, LPTSTR lpszAdrType, ULONG ulFlags, ULONG *lpcValues, LPSPropValue *lppOptions)
{
	(void)This;
	(void)lpszAdrType;
	(void)ulFlags;
	(void)lpcValues;
	(void)lppOptions;
	record_call("IAddrBook", 24);
	return 0;
}

static HRESULT STDMETHODCALLTYPE stub_IAddrBook_25(IAddrBook *This, ULONG *lpcbEntryID, LPENTRYID *lppEntryID)
{
	(void)This;
	(void)lpcbEntryID;
	(void)lppEntryID;
	record_call("IAddrBook", 25);
	return 0;
}

static HRESULT STDMETHODCALLTYPE stub_IAddrBook_26(IAddrBook *This, ULONG cbEntryID, LPENTRYID lpEntryID)
{
	(void)This;
	(void)cbEntryID;
	(void)lpEntryID;
	record_call("IAddrBook", 26);
	return 0;
}

static HRESULT STDMETHODCALLTYPE stub_IAddrBook_27(IAddrBook *This, ULONG *lpcbEntryID, LPENTRYID *lppEntryID)
{
	(void)This;
	(void)lpcbEntryID;
	(void)lppEntryID;
	record_call("IAddrBook", 27);
	return 0;
}

static HRESULT STDMETHODCALLTYPE stub_IAddrBook_28(IAddrBook *This, ULONG cbEntryID, LPENTRYID lpEntryID)
{
	(void)This;
	(void)cbEntryID;
	(void)lpEntryID;
	record_call("IAddrBook", 28);
	return 0;
}

static HRESULT STDMETHODCALLTYPE stub_IAddrBook_29(IAddrBook *This, ULONG ulFlags, LPSRowSet *lppSearchPath)
{
	(void)This;
	(void)ulFlags;
	(void)lppSearchPath;
	record_call("IAddrBook", 29);
	return 0;
}

static HRESULT STDMETHODCALLTYPE stub_IAddrBook_30(IAddrBook *This, ULONG ulFlags, LPSRowSet lpSearchPath)
{
	(void)This;
	(void)ulFlags;
	(void)lpSearchPath;
	record_call("IAddrBook", 30);
	return 0;
}

static HRESULT STDMETHODCALLTYPE stub_IAddrBook_31(IAddrBook *This, ULONG ulFlags, LPSPropTagArray lpPropTagArray, LPADRLIST lpRecipList)
{
	(void)This;
	(void)ulFlags;
	(void)lpPropTagArray;
	(void)lpRecipList;
	record_call("IAddrBook", 31);
	return 0;
}

static CONST_VTBL IAddrBookVtbl stub_vtbl_IAddrBook = {
	stub_IAddrBook_0,
	stub_IAddrBook_1,
	stub_IAddrBook_2,
	stub_IAddrBook_3,
	stub_IAddrBook_4,
	stub_IAddrBook_5,
	stub_IAddrBook_6,
	stub_IAddrBook_7,
	stub_IAddrBook_8,
	stub_IAddrBook_9,
	stub_IAddrBook_10,
	stub_IAddrBook_11,
	stub_IAddrBook_12,
	stub_IAddrBook_13,
	stub_IAddrBook_14,
	stub_IAddrBook_15,
	stub_IAddrBook_16,
	stub_IAddrBook_17,
	stub_IAddrBook_18,
	stub_IAddrBook_19,
	stub_IAddrBook_20,
	stub_IAddrBook_21,
	stub_IAddrBook_22,
	stub_IAddrBook_23,
	stub_IAddrBook_24,
	stub_IAddrBook_25,
	stub_IAddrBook_26,
	stub_IAddrBook_27,
	stub_IAddrBook_28,
	stub_IAddrBook_29,
	stub_IAddrBook_30,
	stub_IAddrBook_31,
};

static void test_IAddrBook(void **state)
{
	IAddrBook object = {&stub_vtbl_IAddrBook};
	IAddrBook *obj = &object;

	(void)state;

	/* slot 0: IUnknown::QueryInterface */
	{
		REFIID a1;
		LPVOID *a2;

		memset(&a1, 0, sizeof(a1));
		memset(&a2, 0, sizeof(a2));
		forget_call();
		IAddrBook_QueryInterface(obj, a1, a2);
		check_call("IAddrBook", 0);
	}

	/* slot 1: IUnknown::AddRef */
	{
		forget_call();
		IAddrBook_AddRef(obj);
		check_call("IAddrBook", 1);
	}

	/* slot 2: IUnknown::Release */
	{
		forget_call();
		IAddrBook_Release(obj);
		check_call("IAddrBook", 2);
	}

	/* slot 3: IMAPIProp::GetLastError */
	{
		HRESULT a1;
		ULONG a2;
		LPMAPIERROR *a3;

		memset(&a1, 0, sizeof(a1));
		memset(&a2, 0, sizeof(a2));
		memset(&a3, 0, sizeof(a3));
		forget_call();
		IAddrBook_GetLastError(obj, a1, a2, a3);
		check_call("IAddrBook", 3);
	}

	/* slot 4: IMAPIProp::SaveChanges */
	{
		ULONG a1;

		memset(&a1, 0, sizeof(a1));
		forget_call();
		IAddrBook_SaveChanges(obj, a1);
		check_call("IAddrBook", 4);
	}

	/* slot 5: IMAPIProp::GetProps */
	{
		LPSPropTagArray a1;
		ULONG a2;
		ULONG *a3;
		LPSPropValue *a4;

		memset(&a1, 0, sizeof(a1));
		memset(&a2, 0, sizeof(a2));
		memset(&a3, 0, sizeof(a3));
		memset(&a4, 0, sizeof(a4));
		forget_call();
		IAddrBook_GetProps(obj, a1, a2, a3, a4);
		check_call("IAddrBook", 5);
	}

	/* slot 6: IMAPIProp::GetPropList */
	{
		ULONG a1;
		LPSPropTagArray *a2;

		memset(&a1, 0, sizeof(a1));
		memset(&a2, 0, sizeof(a2));
		forget_call();
		IAddrBook_GetPropList(obj, a1, a2);
		check_call("IAddrBook", 6);
	}

	/* slot 7: IMAPIProp::OpenProperty */
	{
		ULONG a1;
		LPCIID a2;
		ULONG a3;
		ULONG a4;
		LPUNKNOWN *a5;

		memset(&a1, 0, sizeof(a1));
		memset(&a2, 0, sizeof(a2));
		memset(&a3, 0, sizeof(a3));
		memset(&a4, 0, sizeof(a4));
		memset(&a5, 0, sizeof(a5));
		forget_call();
		IAddrBook_OpenProperty(obj, a1, a2, a3, a4, a5);
		check_call("IAddrBook", 7);
	}

	/* slot 8: IMAPIProp::SetProps */
	{
		ULONG a1;
		LPSPropValue a2;
		LPSPropProblemArray *a3;

		memset(&a1, 0, sizeof(a1));
		memset(&a2, 0, sizeof(a2));
		memset(&a3, 0, sizeof(a3));
		forget_call();
		IAddrBook_SetProps(obj, a1, a2, a3);
		check_call("IAddrBook", 8);
	}

	/* slot 9: IMAPIProp::DeleteProps */
	{
		LPSPropTagArray a1;
		LPSPropProblemArray *a2;

		memset(&a1, 0, sizeof(a1));
		memset(&a2, 0, sizeof(a2));
		forget_call();
		IAddrBook_DeleteProps(obj, a1, a2);
		check_call("IAddrBook", 9);
	}

	/* slot 10: IMAPIProp::CopyTo */
	{
		ULONG a1;
		LPCIID a2;
		LPSPropTagArray a3;
		ULONG_PTR a4;
		LPMAPIPROGRESS a5;
		LPCIID a6;
		LPVOID a7;
		ULONG a8;
		LPSPropProblemArray *a9;

		memset(&a1, 0, sizeof(a1));
		memset(&a2, 0, sizeof(a2));
		memset(&a3, 0, sizeof(a3));
		memset(&a4, 0, sizeof(a4));
		memset(&a5, 0, sizeof(a5));
		memset(&a6, 0, sizeof(a6));
		memset(&a7, 0, sizeof(a7));
		memset(&a8, 0, sizeof(a8));
		memset(&a9, 0, sizeof(a9));
		forget_call();
		IAddrBook_CopyTo(obj, a1, a2, a3, a4, a5, a6, a7, a8, a9);
		check_call("IAddrBook", 10);
	}

	/* slot 11: IMAPIProp::CopyProps */
	{
		LPSPropTagArray a1;
		ULONG_PTR a2;
		LPMAPIPROGRESS a3;
		LPCIID a4;
		LPVOID a5;
		ULONG a6;
		LPSPropProblemArray *a7;

		memset(&a1, 0, sizeof(a1));
		memset(&a2, 0, sizeof(a2));
		memset(&a3, 0, sizeof(a3));
		memset(&a4, 0, sizeof(a4));
		memset(&a5, 0, sizeof(a5));
		memset(&a6, 0, sizeof(a6));
		memset(&a7, 0, sizeof(a7));
		forget_call();
		IAddrBook_CopyProps(obj, a1, a2, a3, a4, a5, a6, a7);
		check_call("IAddrBook", 11);
	}

	/* slot 12: IMAPIProp::GetNamesFromIDs */
	{
		LPSPropTagArray *a1;
		LPGUID a2;
		ULONG a3;
		ULONG *a4;
		LPMAPINAMEID **a5;

		memset(&a1, 0, sizeof(a1));
		memset(&a2, 0, sizeof(a2));
		memset(&a3, 0, sizeof(a3));
		memset(&a4, 0, sizeof(a4));
		memset(&a5, 0, sizeof(a5));
		forget_call();
		IAddrBook_GetNamesFromIDs(obj, a1, a2, a3, a4, a5);
		check_call("IAddrBook", 12);
	}

	/* slot 13: IMAPIProp::GetIDsFromNames */
	{
		ULONG a1;
		LPMAPINAMEID *a2;
		ULONG a3;
		LPSPropTagArray *a4;

		memset(&a1, 0, sizeof(a1));
		memset(&a2, 0, sizeof(a2));
		memset(&a3, 0, sizeof(a3));
		memset(&a4, 0, sizeof(a4));
		forget_call();
		IAddrBook_GetIDsFromNames(obj, a1, a2, a3, a4);
		check_call("IAddrBook", 13);
	}

	/* slot 14: IAddrBook::OpenEntry */
	{
		ULONG a1;
		LPENTRYID a2;
		LPCIID a3;
		ULONG a4;
		ULONG *a5;
		LPUNKNOWN *a6;

		memset(&a1, 0, sizeof(a1));
		memset(&a2, 0, sizeof(a2));
		memset(&a3, 0, sizeof(a3));
		memset(&a4, 0, sizeof(a4));
		memset(&a5, 0, sizeof(a5));
		memset(&a6, 0, sizeof(a6));
		forget_call();
		IAddrBook_OpenEntry(obj, a1, a2, a3, a4, a5, a6);
		check_call("IAddrBook", 14);
	}

	/* slot 15: IAddrBook::CompareEntryIDs */
	{
		ULONG a1;
		LPENTRYID a2;
		ULONG a3;
		LPENTRYID a4;
		ULONG a5;
		ULONG *a6;

		memset(&a1, 0, sizeof(a1));
		memset(&a2, 0, sizeof(a2));
		memset(&a3, 0, sizeof(a3));
		memset(&a4, 0, sizeof(a4));
		memset(&a5, 0, sizeof(a5));
		memset(&a6, 0, sizeof(a6));
		forget_call();
		IAddrBook_CompareEntryIDs(obj, a1, a2, a3, a4, a5, a6);
		check_call("IAddrBook", 15);
	}

	/* slot 16: IAddrBook::Advise */
	{
		ULONG a1;
		LPENTRYID a2;
		ULONG a3;
		LPMAPIADVISESINK a4;
		ULONG_PTR *a5;

		memset(&a1, 0, sizeof(a1));
		memset(&a2, 0, sizeof(a2));
		memset(&a3, 0, sizeof(a3));
		memset(&a4, 0, sizeof(a4));
		memset(&a5, 0, sizeof(a5));
		forget_call();
		IAddrBook_Advise(obj, a1, a2, a3, a4, a5);
		check_call("IAddrBook", 16);
	}

	/* slot 17: IAddrBook::Unadvise */
	{
		ULONG_PTR a1;

		memset(&a1, 0, sizeof(a1));
		forget_call();
		IAddrBook_Unadvise(obj, a1);
		check_call("IAddrBook", 17);
	}

	/* slot 18: IAddrBook::CreateOneOff */
	{
		LPTSTR a1;
		LPTSTR a2;
		LPTSTR a3;
		ULONG a4;
		ULONG *a5;
		LPENTRYID *a6;

		memset(&a1, 0, sizeof(a1));
		memset(&a2, 0, sizeof(a2));
		memset(&a3, 0, sizeof(a3));
		memset(&a4, 0, sizeof(a4));
		memset(&a5, 0, sizeof(a5));
		memset(&a6, 0, sizeof(a6));
		forget_call();
		IAddrBook_CreateOneOff(obj, a1, a2, a3, a4, a5, a6);
		check_call("IAddrBook", 18);
	}

	/* slot 19: IAddrBook::NewEntry */
	{
		ULONG_PTR a1;
		ULONG a2;
		ULONG a3;
		LPENTRYID a4;
		ULONG a5;
		LPENTRYID a6;
		ULONG *a7;
		LPENTRYID *a8;

		memset(&a1, 0, sizeof(a1));
		memset(&a2, 0, sizeof(a2));
		memset(&a3, 0, sizeof(a3));
		memset(&a4, 0, sizeof(a4));
		memset(&a5, 0, sizeof(a5));
		memset(&a6, 0, sizeof(a6));
		memset(&a7, 0, sizeof(a7));
		memset(&a8, 0, sizeof(a8));
		forget_call();
		IAddrBook_NewEntry(obj, a1, a2, a3, a4, a5, a6, a7, a8);
		check_call("IAddrBook", 19);
	}

	/* slot 20: IAddrBook::ResolveName */
	{
		ULONG_PTR a1;
		ULONG a2;
		LPTSTR a3;
		LPADRLIST a4;

		memset(&a1, 0, sizeof(a1));
		memset(&a2, 0, sizeof(a2));
		memset(&a3, 0, sizeof(a3));
		memset(&a4, 0, sizeof(a4));
		forget_call();
		IAddrBook_ResolveName(obj, a1, a2, a3, a4);
		check_call("IAddrBook", 20);
	}

	/* slot 21: IAddrBook::Address */
	{
		ULONG_PTR *a1;
		LPADRPARM a2;
		LPADRLIST *a3;

		memset(&a1, 0, sizeof(a1));
		memset(&a2, 0, sizeof(a2));
		memset(&a3, 0, sizeof(a3));
		forget_call();
		IAddrBook_Address(obj, a1, a2, a3);
		check_call("IAddrBook", 21);
	}

	/* slot 22: IAddrBook::Details */
	{
		ULONG_PTR *a1;
		LPFNDISMISS a2;
		LPVOID a3;
		ULONG a4;
		LPENTRYID a5;
		LPFNBUTTON a6;
		LPVOID a7;
		LPTSTR a8;
		ULONG a9;

		memset(&a1, 0, sizeof(a1));
		memset(&a2, 0, sizeof(a2));
		memset(&a3, 0, sizeof(a3));
		memset(&a4, 0, sizeof(a4));
		memset(&a5, 0, sizeof(a5));
		memset(&a6, 0, sizeof(a6));
		memset(&a7, 0, sizeof(a7));
		memset(&a8, 0, sizeof(a8));
		memset(&a9, 0, sizeof(a9));
		forget_call();
		IAddrBook_Details(obj, a1, a2, a3, a4, a5, a6, a7, a8, a9);
		check_call("IAddrBook", 22);
	}

	/* slot 23: IAddrBook::RecipOptions */
	{
		ULONG_PTR a1;
		ULONG a2;
		LPADRENTRY a3;

		memset(&a1, 0, sizeof(a1));
		memset(&a2, 0, sizeof(a2));
		memset(&a3, 0, sizeof(a3));
		forget_call();
		IAddrBook_RecipOptions(obj, a1, a2, a3);
		check_call("IAddrBook", 23);
	}

	/* slot 24: IAddrBook::QueryDefaultRecipOpt */
	{
		LPTSTR a1;
		ULONG a2;
		ULONG *a3;
		LPSPropValue *a4;

		memset(&a1, 0, sizeof(a1));
		memset(&a2, 0, sizeof(a2));
		memset(&a3, 0, sizeof(a3));
		memset(&a4, 0, sizeof(a4));
		forget_call();
		IAddrBook_QueryDefaultRecipOpt(obj, a1, a2, a3, a4);
		check_call("IAddrBook", 24);
	}

	/* slot 25: IAddrBook::GetPAB */
	{
		ULONG *a1;
		LPENTRYID *a2;

		memset(&a1, 0, sizeof(a1));
		memset(&a2, 0, sizeof(a2));
		forget_call();
		IAddrBook_GetPAB(obj, a1, a2);
		check_call("IAddrBook", 25);
	}

	/* slot 26: IAddrBook::SetPAB */
	{
		ULONG a1;
		LPENTRYID a2;

		memset(&a1, 0, sizeof(a1));
		memset(&a2, 0, sizeof(a2));
		forget_call();
		IAddrBook_SetPAB(obj, a1, a2);
		check_call("IAddrBook", 26);
	}

	/* slot 27: IAddrBook::GetDefaultDir */
	{
		ULONG *a1;
		LPENTRYID *a2;

		memset(&a1, 0, sizeof(a1));
		memset(&a2, 0, sizeof(a2));
		forget_call();
		IAddrBook_GetDefaultDir(obj, a1, a2);
		check_call("IAddrBook", 27);
	}

	/* slot 28: IAddrBook::SetDefaultDir */
	{
		ULONG a1;
		LPENTRYID a2;

		memset(&a1, 0, sizeof(a1));
		memset(&a2, 0, sizeof(a2));
		forget_call();
		IAddrBook_SetDefaultDir(obj, a1, a2);
		check_call("IAddrBook", 28);
	}

	/* slot 29: IAddrBook::GetSearchPath */
	{
		ULONG a1;
		LPSRowSet *a2;

		memset(&a1, 0, sizeof(a1));
		memset(&a2, 0, sizeof(a2));
		forget_call();
		IAddrBook_GetSearchPath(obj, a1, a2);
		check_call("IAddrBook", 29);
	}

	/* slot 30: IAddrBook::SetSearchPath */
	{
		ULONG a1;
		LPSRowSet a2;

		memset(&a1, 0, sizeof(a1));
		memset(&a2, 0, sizeof(a2));
		forget_call();
		IAddrBook_SetSearchPath(obj, a1, a2);
		check_call("IAddrBook", 30);
	}

	/* slot 31: IAddrBook::PrepareRecips */
	{
		ULONG a1;
		LPSPropTagArray a2;
		LPADRLIST a3;

		memset(&a1, 0, sizeof(a1));
		memset(&a2, 0, sizeof(a2));
		memset(&a3, 0, sizeof(a3));
		forget_call();
		IAddrBook_PrepareRecips(obj, a1, a2, a3);
		check_call("IAddrBook", 31);
	}
}

/* IMAPISession */

static HRESULT STDMETHODCALLTYPE stub_IMAPISession_0(IMAPISession *This, REFIID riid, LPVOID *ppvObj)
{
	(void)This;
	(void)riid;
	(void)ppvObj;
	record_call("IMAPISession", 0);
	return 0;
}

static ULONG STDMETHODCALLTYPE stub_IMAPISession_1(IMAPISession *This)
{
	(void)This;
	record_call("IMAPISession", 1);
	return 0;
}

static ULONG STDMETHODCALLTYPE stub_IMAPISession_2(IMAPISession *This)
{
	(void)This;
	record_call("IMAPISession", 2);
	return 0;
}

static HRESULT STDMETHODCALLTYPE stub_IMAPISession_3(IMAPISession *This, HRESULT hResult, ULONG ulFlags, LPMAPIERROR *lppMAPIError)
{
	(void)This;
	(void)hResult;
	(void)ulFlags;
	(void)lppMAPIError;
	record_call("IMAPISession", 3);
	return 0;
}

static HRESULT STDMETHODCALLTYPE stub_IMAPISession_4(IMAPISession *This, ULONG ulFlags, LPMAPITABLE *lppTable)
{
	(void)This;
	(void)ulFlags;
	(void)lppTable;
	record_call("IMAPISession", 4);
	return 0;
}

static HRESULT STDMETHODCALLTYPE stub_IMAPISession_5(IMAPISession *This, ULONG_PTR ulUIParam, ULONG cbEntryID, LPENTRYID lpEntryID, LPCIID lpInterface, ULONG ulFlags, LPMDB *lppMDB)
{
	(void)This;
	(void)ulUIParam;
	(void)cbEntryID;
	(void)lpEntryID;
	(void)lpInterface;
	(void)ulFlags;
	(void)lppMDB;
	record_call("IMAPISession", 5);
	return 0;
}

static HRESULT STDMETHODCALLTYPE stub_IMAPISession_6(IMAPISession *This, ULONG_PTR ulUIParam, LPCIID lpInterface, ULONG ulFlags, LPADRBOOK *lppAdrBook)
{
	(void)This;
	(void)ulUIParam;
	(void)lpInterface;
	(void)ulFlags;
	(void)lppAdrBook;
	record_call("IMAPISession", 6);
	return 0;
}

static HRESULT STDMETHODCALLTYPE stub_IMAPISession_7(IMAPISession *This, LPMAPIUID lpUID, LPCIID lpInterface, ULONG ulFlags, LPPROFSECT *lppProfSect)
{
	(void)This;
	(void)lpUID;
	(void)lpInterface;
	(void)ulFlags;
	(void)lppProfSect;
	record_call("IMAPISession", 7);
	return 0;
}

static HRESULT STDMETHODCALLTYPE stub_IMAPISession_8(IMAPISession *This, ULONG ulFlags, LPMAPITABLE *lppTable)
{
	(void)This;
	(void)ulFlags;
	(void)lppTable;
	record_call("IMAPISession", 8);
	return 0;
}

static HRESULT STDMETHODCALLTYPE stub_IMAPISession_9(IMAPISession *This, ULONG cbEntryID, LPENTRYID lpEntryID, LPCIID lpInterface, ULONG ulFlags, ULONG *lpulObjType, LPUNKNOWN *lppUnk)
{
	(void)This;
	(void)cbEntryID;
	(void)lpEntryID;
	(void)lpInterface;
	(void)ulFlags;
	(void)lpulObjType;
	(void)lppUnk;
	record_call("IMAPISession", 9);
	return 0;
}

static HRESULT STDMETHODCALLTYPE stub_IMAPISession_10(IMAPISession *This, ULONG cbEntryID1, LPENTRYID lpEntryID1, ULONG cbEntryID2, LPENTRYID lpEntryID2, ULONG ulFlags, ULONG *lpulResult)
{
	(void)This;
	(void)cbEntryID1;
	(void)lpEntryID1;
	(void)cbEntryID2;
	(void)lpEntryID2;
	(void)ulFlags;
	(void)lpulResult;
	record_call("IMAPISession", 10);
	return 0;
}

static HRESULT STDMETHODCALLTYPE stub_IMAPISession_11(IMAPISession *This, ULONG cbEntryID, LPENTRYID lpEntryID, ULONG ulEventMask, LPMAPIADVISESINK lpAdviseSink, ULONG_PTR *lpulConnection)
{
	(void)This;
	(void)cbEntryID;
	(void)lpEntryID;
	(void)ulEventMask;
	(void)lpAdviseSink;
	(void)lpulConnection;
	record_call("IMAPISession", 11);
	return 0;
}

static HRESULT STDMETHODCALLTYPE stub_IMAPISession_12(IMAPISession *This, ULONG_PTR ulConnection)
{
	(void)This;
	(void)ulConnection;
	record_call("IMAPISession", 12);
	return 0;
}

static HRESULT STDMETHODCALLTYPE stub_IMAPISession_13(IMAPISession *This, ULONG_PTR ulUIParam, ULONG ulFlags, LPTSTR lpszAdrType, LPMESSAGE lpMessage)
{
	(void)This;
	(void)ulUIParam;
	(void)ulFlags;
	(void)lpszAdrType;
	(void)lpMessage;
	record_call("IMAPISession", 13);
	return 0;
}

static HRESULT STDMETHODCALLTYPE stub_IMAPISession_14(IMAPISession *This, LPTSTR lpszAdrType, ULONG ulFlags, ULONG *lpcValues, LPSPropValue *lppOptions)
{
	(void)This;
	(void)lpszAdrType;
	(void)ulFlags;
	(void)lpcValues;
	(void)lppOptions;
	record_call("IMAPISession", 14);
	return 0;
}

static HRESULT STDMETHODCALLTYPE stub_IMAPISession_15(IMAPISession *This, ULONG ulFlags, ULONG *lpcAdrTypes, LPTSTR **lpppszAdrTypes)
{
	(void)This;
	(void)ulFlags;
	(void)lpcAdrTypes;
	(void)lpppszAdrTypes;
	record_call("IMAPISession", 15);
	return 0;
}

static HRESULT STDMETHODCALLTYPE stub_IMAPISession_16(IMAPISession *This, ULONG *lpcbEntryID, LPENTRYID *lppEntryID)
{
	(void)This;
	(void)lpcbEntryID;
	(void)lppEntryID;
	record_call("IMAPISession", 16);
	return 0;
}

static HRESULT STDMETHODCALLTYPE stub_IMAPISession_17(IMAPISession *This, ULONG_PTR ulUIParam, ULONG ulFlags, ULONG ulReserved)
{
	(void)This;
	(void)ulUIParam;
	(void)ulFlags;
	(void)ulReserved;
	record_call("IMAPISession", 17);
	return 0;
}

static HRESULT STDMETHODCALLTYPE stub_IMAPISession_18(IMAPISession *This, ULONG ulFlags, ULONG cbEntryID, LPENTRYID lpEntryID)
{
	(void)This;
	(void)ulFlags;
	(void)cbEntryID;
	(void)lpEntryID;
	record_call("IMAPISession", 18);
	return 0;
}

static HRESULT STDMETHODCALLTYPE stub_IMAPISession_19(IMAPISession *This, ULONG ulFlags, LPSERVICEADMIN *lppServiceAdmin)
{
	(void)This;
	(void)ulFlags;
	(void)lppServiceAdmin;
	record_call("IMAPISession", 19);
	return 0;
}

static HRESULT STDMETHODCALLTYPE stub_IMAPISession_20(IMAPISession *This, ULONG_PTR ulUIParam, LPMDB lpMsgStore, LPMAPIFOLDER lpParentFolder, LPCIID lpInterface, ULONG_PTR ulMessageToken, LPMESSAGE lpMessageSent, ULONG ulFlags, ULONG ulMessageStatus, ULONG ulMessageFlags, ULONG ulAccess, LPSTR lpszMessageClass)
{
	(void)This;
	(void)ulUIParam;
	(void)lpMsgStore;
	(void)lpParentFolder;
	(void)lpInterface;
	(void)ulMessageToken;
	(void)lpMessageSent;
	(void)ulFlags;
	(void)ulMessageStatus;
	(void)ulMessageFlags;
	(void)ulAccess;
	(void)lpszMessageClass;
	record_call("IMAPISession", 20);
	return 0;
}

static HRESULT STDMETHODCALLTYPE stub_IMAPISession_21(IMAPISession *This, LPCIID lpInterface, LPMESSAGE lpMessage, ULONG_PTR *lpulMessageToken)
{
	(void)This;
	(void)lpInterface;
	(void)lpMessage;
	(void)lpulMessageToken;
	record_call("IMAPISession", 21);
	return 0;
}

static CONST_VTBL IMAPISessionVtbl stub_vtbl_IMAPISession = {
	stub_IMAPISession_0,
	stub_IMAPISession_1,
	stub_IMAPISession_2,
	stub_IMAPISession_3,
	stub_IMAPISession_4,
	stub_IMAPISession_5,
	stub_IMAPISession_6,
	stub_IMAPISession_7,
	stub_IMAPISession_8,
	stub_IMAPISession_9,
	stub_IMAPISession_10,
	stub_IMAPISession_11,
	stub_IMAPISession_12,
	stub_IMAPISession_13,
	stub_IMAPISession_14,
	stub_IMAPISession_15,
	stub_IMAPISession_16,
	stub_IMAPISession_17,
	stub_IMAPISession_18,
	stub_IMAPISession_19,
	stub_IMAPISession_20,
	stub_IMAPISession_21,
};

static void test_IMAPISession(void **state)
{
	IMAPISession object = {&stub_vtbl_IMAPISession};
	IMAPISession *obj = &object;

	(void)state;

	/* slot 0: IUnknown::QueryInterface */
	{
		REFIID a1;
		LPVOID *a2;

		memset(&a1, 0, sizeof(a1));
		memset(&a2, 0, sizeof(a2));
		forget_call();
		IMAPISession_QueryInterface(obj, a1, a2);
		check_call("IMAPISession", 0);
	}

	/* slot 1: IUnknown::AddRef */
	{
		forget_call();
		IMAPISession_AddRef(obj);
		check_call("IMAPISession", 1);
	}

	/* slot 2: IUnknown::Release */
	{
		forget_call();
		IMAPISession_Release(obj);
		check_call("IMAPISession", 2);
	}

	/* slot 3: IMAPISession::GetLastError */
	{
		HRESULT a1;
		ULONG a2;
		LPMAPIERROR *a3;

		memset(&a1, 0, sizeof(a1));
		memset(&a2, 0, sizeof(a2));
		memset(&a3, 0, sizeof(a3));
		forget_call();
		IMAPISession_GetLastError(obj, a1, a2, a3);
		check_call("IMAPISession", 3);
	}

	/* slot 4: IMAPISession::GetMsgStoresTable */
	{
		ULONG a1;
		LPMAPITABLE *a2;

		memset(&a1, 0, sizeof(a1));
		memset(&a2, 0, sizeof(a2));
		forget_call();
		IMAPISession_GetMsgStoresTable(obj, a1, a2);
		check_call("IMAPISession", 4);
	}

	/* slot 5: IMAPISession::OpenMsgStore */
	{
		ULONG_PTR a1;
		ULONG a2;
		LPENTRYID a3;
		LPCIID a4;
		ULONG a5;
		LPMDB *a6;

		memset(&a1, 0, sizeof(a1));
		memset(&a2, 0, sizeof(a2));
		memset(&a3, 0, sizeof(a3));
		memset(&a4, 0, sizeof(a4));
		memset(&a5, 0, sizeof(a5));
		memset(&a6, 0, sizeof(a6));
		forget_call();
		IMAPISession_OpenMsgStore(obj, a1, a2, a3, a4, a5, a6);
		check_call("IMAPISession", 5);
	}

	/* slot 6: IMAPISession::OpenAddressBook */
	{
		ULONG_PTR a1;
		LPCIID a2;
		ULONG a3;
		LPADRBOOK *a4;

		memset(&a1, 0, sizeof(a1));
		memset(&a2, 0, sizeof(a2));
		memset(&a3, 0, sizeof(a3));
		memset(&a4, 0, sizeof(a4));
		forget_call();
		IMAPISession_OpenAddressBook(obj, a1, a2, a3, a4);
		check_call("IMAPISession", 6);
	}

	/* slot 7: IMAPISession::OpenProfileSection */
	{
		LPMAPIUID a1;
		LPCIID a2;
		ULONG a3;
		LPPROFSECT *a4;

		memset(&a1, 0, sizeof(a1));
		memset(&a2, 0, sizeof(a2));
		memset(&a3, 0, sizeof(a3));
		memset(&a4, 0, sizeof(a4));
		forget_call();
		IMAPISession_OpenProfileSection(obj, a1, a2, a3, a4);
		check_call("IMAPISession", 7);
	}

	/* slot 8: IMAPISession::GetStatusTable */
	{
		ULONG a1;
		LPMAPITABLE *a2;

		memset(&a1, 0, sizeof(a1));
		memset(&a2, 0, sizeof(a2));
		forget_call();
		IMAPISession_GetStatusTable(obj, a1, a2);
		check_call("IMAPISession", 8);
	}

	/* slot 9: IMAPISession::OpenEntry */
	{
		ULONG a1;
		LPENTRYID a2;
		LPCIID a3;
		ULONG a4;
		ULONG *a5;
		LPUNKNOWN *a6;

		memset(&a1, 0, sizeof(a1));
		memset(&a2, 0, sizeof(a2));
		memset(&a3, 0, sizeof(a3));
		memset(&a4, 0, sizeof(a4));
		memset(&a5, 0, sizeof(a5));
		memset(&a6, 0, sizeof(a6));
		forget_call();
		IMAPISession_OpenEntry(obj, a1, a2, a3, a4, a5, a6);
		check_call("IMAPISession", 9);
	}

	/* slot 10: IMAPISession::CompareEntryIDs */
	{
		ULONG a1;
		LPENTRYID a2;
		ULONG a3;
		LPENTRYID a4;
		ULONG a5;
		ULONG *a6;

		memset(&a1, 0, sizeof(a1));
		memset(&a2, 0, sizeof(a2));
		memset(&a3, 0, sizeof(a3));
		memset(&a4, 0, sizeof(a4));
		memset(&a5, 0, sizeof(a5));
		memset(&a6, 0, sizeof(a6));
		forget_call();
		IMAPISession_CompareEntryIDs(obj, a1, a2, a3, a4, a5, a6);
		check_call("IMAPISession", 10);
	}

	/* slot 11: IMAPISession::Advise */
	{
		ULONG a1;
		LPENTRYID a2;
		ULONG a3;
		LPMAPIADVISESINK a4;
		ULONG_PTR *a5;

		memset(&a1, 0, sizeof(a1));
		memset(&a2, 0, sizeof(a2));
		memset(&a3, 0, sizeof(a3));
		memset(&a4, 0, sizeof(a4));
		memset(&a5, 0, sizeof(a5));
		forget_call();
		IMAPISession_Advise(obj, a1, a2, a3, a4, a5);
		check_call("IMAPISession", 11);
	}

	/* slot 12: IMAPISession::Unadvise */
	{
		ULONG_PTR a1;

		memset(&a1, 0, sizeof(a1));
		forget_call();
		IMAPISession_Unadvise(obj, a1);
		check_call("IMAPISession", 12);
	}

	/* slot 13: IMAPISession::MessageOptions */
	{
		ULONG_PTR a1;
		ULONG a2;
		LPTSTR a3;
		LPMESSAGE a4;

		memset(&a1, 0, sizeof(a1));
		memset(&a2, 0, sizeof(a2));
		memset(&a3, 0, sizeof(a3));
		memset(&a4, 0, sizeof(a4));
		forget_call();
		IMAPISession_MessageOptions(obj, a1, a2, a3, a4);
		check_call("IMAPISession", 13);
	}

	/* slot 14: IMAPISession::QueryDefaultMessageOpt */
	{
		LPTSTR a1;
		ULONG a2;
		ULONG *a3;
		LPSPropValue *a4;

		memset(&a1, 0, sizeof(a1));
		memset(&a2, 0, sizeof(a2));
		memset(&a3, 0, sizeof(a3));
		memset(&a4, 0, sizeof(a4));
		forget_call();
		IMAPISession_QueryDefaultMessageOpt(obj, a1, a2, a3, a4);
		check_call("IMAPISession", 14);
	}

	/* slot 15: IMAPISession::EnumAdrTypes */
	{
		ULONG a1;
		ULONG *a2;
		LPTSTR **a3;

		memset(&a1, 0, sizeof(a1));
		memset(&a2, 0, sizeof(a2));
		memset(&a3, 0, sizeof(a3));
		forget_call();
		IMAPISession_EnumAdrTypes(obj, a1, a2, a3);
		check_call("IMAPISession", 15);
	}

	/* slot 16: IMAPISession::QueryIdentity */
	{
		ULONG *a1;
		LPENTRYID *a2;

		memset(&a1, 0, sizeof(a1));
		memset(&a2, 0, sizeof(a2));
		forget_call();
		IMAPISession_QueryIdentity(obj, a1, a2);
		check_call("IMAPISession", 16);
	}

	/* slot 17: IMAPISession::Logoff */
	{
		ULONG_PTR a1;
		ULONG a2;
		ULONG a3;

		memset(&a1, 0, sizeof(a1));
		memset(&a2, 0, sizeof(a2));
		memset(&a3, 0, sizeof(a3));
		forget_call();
		IMAPISession_Logoff(obj, a1, a2, a3);
		check_call("IMAPISession", 17);
	}

	/* slot 18: IMAPISession::SetDefaultStore */
	{
		ULONG a1;
		ULONG a2;
		LPENTRYID a3;

		memset(&a1, 0, sizeof(a1));
		memset(&a2, 0, sizeof(a2));
		memset(&a3, 0, sizeof(a3));
		forget_call();
		IMAPISession_SetDefaultStore(obj, a1, a2, a3);
		check_call("IMAPISession", 18);
	}

	/* slot 19: IMAPISession::AdminServices */
	{
		ULONG a1;
		LPSERVICEADMIN *a2;

		memset(&a1, 0, sizeof(a1));
		memset(&a2, 0, sizeof(a2));
		forget_call();
		IMAPISession_AdminServices(obj, a1, a2);
		check_call("IMAPISession", 19);
	}

	/* slot 20: IMAPISession::ShowForm */
	{
		ULONG_PTR a1;
		LPMDB a2;
		LPMAPIFOLDER a3;
		LPCIID a4;
		ULONG_PTR a5;
		LPMESSAGE a6;
		ULONG a7;
		ULONG a8;
		ULONG a9;
		ULONG a10;
		LPSTR a11;

		memset(&a1, 0, sizeof(a1));
		memset(&a2, 0, sizeof(a2));
		memset(&a3, 0, sizeof(a3));
		memset(&a4, 0, sizeof(a4));
		memset(&a5, 0, sizeof(a5));
		memset(&a6, 0, sizeof(a6));
		memset(&a7, 0, sizeof(a7));
		memset(&a8, 0, sizeof(a8));
		memset(&a9, 0, sizeof(a9));
		memset(&a10, 0, sizeof(a10));
		memset(&a11, 0, sizeof(a11));
		forget_call();
		IMAPISession_ShowForm(obj, a1, a2, a3, a4, a5, a6, a7, a8, a9, a10, a11);
		check_call("IMAPISession", 20);
	}

	/* slot 21: IMAPISession::PrepareForm */
	{
		LPCIID a1;
		LPMESSAGE a2;
		ULONG_PTR *a3;

		memset(&a1, 0, sizeof(a1));
		memset(&a2, 0, sizeof(a2));
		memset(&a3, 0, sizeof(a3));
		forget_call();
		IMAPISession_PrepareForm(obj, a1, a2, a3);
		check_call("IMAPISession", 21);
	}
}

/* IProfAdmin */

static HRESULT STDMETHODCALLTYPE stub_IProfAdmin_0(IProfAdmin *This, REFIID riid, LPVOID *ppvObj)
{
	(void)This;
	(void)riid;
	(void)ppvObj;
	record_call("IProfAdmin", 0);
	return 0;
}

static ULONG STDMETHODCALLTYPE stub_IProfAdmin_1(IProfAdmin *This)
{
	(void)This;
	record_call("IProfAdmin", 1);
	return 0;
}

static ULONG STDMETHODCALLTYPE stub_IProfAdmin_2(IProfAdmin *This)
{
	(void)This;
	record_call("IProfAdmin", 2);
	return 0;
}

static HRESULT STDMETHODCALLTYPE stub_IProfAdmin_3(IProfAdmin *This, HRESULT hResult, ULONG ulFlags, LPMAPIERROR *lppMAPIError)
{
	(void)This;
	(void)hResult;
	(void)ulFlags;
	(void)lppMAPIError;
	record_call("IProfAdmin", 3);
	return 0;
}

static HRESULT STDMETHODCALLTYPE stub_IProfAdmin_4(IProfAdmin *This, ULONG ulFlags, LPMAPITABLE *lppTable)
{
	(void)This;
	(void)ulFlags;
	(void)lppTable;
	record_call("IProfAdmin", 4);
	return 0;
}

static HRESULT STDMETHODCALLTYPE stub_IProfAdmin_5(IProfAdmin *This, LPTSTR lpszProfileName, LPTSTR lpszPassword, ULONG_PTR ulUIParam, ULONG ulFlags)
{
	(void)This;
	(void)lpszProfileName;
	(void)lpszPassword;
	(void)ulUIParam;
	(void)ulFlags;
	record_call("IProfAdmin", 5);
	return 0;
}

static HRESULT STDMETHODCALLTYPE stub_IProfAdmin_6(IProfAdmin *This, LPTSTR lpszProfileName, ULONG ulFlags)
{
	(void)This;
	(void)lpszProfileName;
	(void)ulFlags;
	record_call("IProfAdmin", 6);
	return 0;
}

static HRESULT STDMETHODCALLTYPE stub_IProfAdmin_7(IProfAdmin *This, LPTSTR lpszProfileName, LPTSTR lpszOldPassword, LPTSTR lpszNewPassword, ULONG ulFlags)
{
	(void)This;
	(void)lpszProfileName;
	(void)lpszOldPassword;
	(void)lpszNewPassword;
	(void)ulFlags;
	record_call("IProfAdmin", 7);
	return 0;
}

static HRESULT STDMETHODCALLTYPE stub_IProfAdmin_8(IProfAdmin *This, LPTSTR lpszOldProfileName, LPTSTR lpszOldPassword, LPTSTR lpszNewProfileName, ULONG_PTR ulUIParam, ULONG ulFlags)
{
	(void)This;
	(void)lpszOldProfileName;
	(void)lpszOldPassword;
	(void)lpszNewProfileName;
	(void)ulUIParam;
	(void)ulFlags;
	record_call("IProfAdmin", 8);
	return 0;
}

static HRESULT STDMETHODCALLTYPE stub_IProfAdmin_9(IProfAdmin *This, LPTSTR lpszOldProfileName, LPTSTR lpszOldPassword, LPTSTR lpszNewProfileName, ULONG_PTR ulUIParam, ULONG ulFlags)
{
	(void)This;
	(void)lpszOldProfileName;
	(void)lpszOldPassword;
	(void)lpszNewProfileName;
	(void)ulUIParam;
	(void)ulFlags;
	record_call("IProfAdmin", 9);
	return 0;
}

static HRESULT STDMETHODCALLTYPE stub_IProfAdmin_10(IProfAdmin *This, LPTSTR lpszProfileName, ULONG ulFlags)
{
	(void)This;
	(void)lpszProfileName;
	(void)ulFlags;
	record_call("IProfAdmin", 10);
	return 0;
}

static HRESULT STDMETHODCALLTYPE stub_IProfAdmin_11(IProfAdmin *This, LPTSTR lpszProfileName, LPTSTR lpszPassword, ULONG_PTR ulUIParam, ULONG ulFlags, LPSERVICEADMIN *lppServiceAdmin)
{
	(void)This;
	(void)lpszProfileName;
	(void)lpszPassword;
	(void)ulUIParam;
	(void)ulFlags;
	(void)lppServiceAdmin;
	record_call("IProfAdmin", 11);
	return 0;
}

static CONST_VTBL IProfAdminVtbl stub_vtbl_IProfAdmin = {
	stub_IProfAdmin_0,
	stub_IProfAdmin_1,
	stub_IProfAdmin_2,
	stub_IProfAdmin_3,
	stub_IProfAdmin_4,
	stub_IProfAdmin_5,
	stub_IProfAdmin_6,
	stub_IProfAdmin_7,
	stub_IProfAdmin_8,
	stub_IProfAdmin_9,
	stub_IProfAdmin_10,
	stub_IProfAdmin_11,
};

static void test_IProfAdmin(void **state)
{
	IProfAdmin object = {&stub_vtbl_IProfAdmin};
	IProfAdmin *obj = &object;

	(void)state;

	/* slot 0: IUnknown::QueryInterface */
	{
		REFIID a1;
		LPVOID *a2;

		memset(&a1, 0, sizeof(a1));
		memset(&a2, 0, sizeof(a2));
		forget_call();
		IProfAdmin_QueryInterface(obj, a1, a2);
		check_call("IProfAdmin", 0);
	}

	/* slot 1: IUnknown::AddRef */
	{
		forget_call();
		IProfAdmin_AddRef(obj);
		check_call("IProfAdmin", 1);
	}

	/* slot 2: IUnknown::Release */
	{
		forget_call();
		IProfAdmin_Release(obj);
		check_call("IProfAdmin", 2);
	}

	/* slot 3: IProfAdmin::GetLastError */
	{
		HRESULT a1;
		ULONG a2;
		LPMAPIERROR *a3;

		memset(&a1, 0, sizeof(a1));
		memset(&a2, 0, sizeof(a2));
		memset(&a3, 0, sizeof(a3));
		forget_call();
		IProfAdmin_GetLastError(obj, a1, a2, a3);
		check_call("IProfAdmin", 3);
	}

	/* slot 4: IProfAdmin::GetProfileTable */
	{
		ULONG a1;
		LPMAPITABLE *a2;

		memset(&a1, 0, sizeof(a1));
		memset(&a2, 0, sizeof(a2));
		forget_call();
		IProfAdmin_GetProfileTable(obj, a1, a2);
		check_call("IProfAdmin", 4);
	}

	/* slot 5: IProfAdmin::CreateProfile */
	{
		LPTSTR a1;
		LPTSTR a2;
		ULONG_PTR a3;
		ULONG a4;

		memset(&a1, 0, sizeof(a1));
		memset(&a2, 0, sizeof(a2));
		memset(&a3, 0, sizeof(a3));
		memset(&a4, 0, sizeof(a4));
		forget_call();
		IProfAdmin_CreateProfile(obj, a1, a2, a3, a4);
		check_call("IProfAdmin", 5);
	}

	/* slot 6: IProfAdmin::DeleteProfile */
	{
		LPTSTR a1;
		ULONG a2;

		memset(&a1, 0, sizeof(a1));
		memset(&a2, 0, sizeof(a2));
		forget_call();
		IProfAdmin_DeleteProfile(obj, a1, a2);
		check_call("IProfAdmin", 6);
	}

	/* slot 7: IProfAdmin::ChangeProfilePassword */
	{
		LPTSTR a1;
		LPTSTR a2;
		LPTSTR a3;
		ULONG a4;

		memset(&a1, 0, sizeof(a1));
		memset(&a2, 0, sizeof(a2));
		memset(&a3, 0, sizeof(a3));
		memset(&a4, 0, sizeof(a4));
		forget_call();
		IProfAdmin_ChangeProfilePassword(obj, a1, a2, a3, a4);
		check_call("IProfAdmin", 7);
	}

	/* slot 8: IProfAdmin::CopyProfile */
	{
		LPTSTR a1;
		LPTSTR a2;
		LPTSTR a3;
		ULONG_PTR a4;
		ULONG a5;

		memset(&a1, 0, sizeof(a1));
		memset(&a2, 0, sizeof(a2));
		memset(&a3, 0, sizeof(a3));
		memset(&a4, 0, sizeof(a4));
		memset(&a5, 0, sizeof(a5));
		forget_call();
		IProfAdmin_CopyProfile(obj, a1, a2, a3, a4, a5);
		check_call("IProfAdmin", 8);
	}

	/* slot 9: IProfAdmin::RenameProfile */
	{
		LPTSTR a1;
		LPTSTR a2;
		LPTSTR a3;
		ULONG_PTR a4;
		ULONG a5;

		memset(&a1, 0, sizeof(a1));
		memset(&a2, 0, sizeof(a2));
		memset(&a3, 0, sizeof(a3));
		memset(&a4, 0, sizeof(a4));
		memset(&a5, 0, sizeof(a5));
		forget_call();
		IProfAdmin_RenameProfile(obj, a1, a2, a3, a4, a5);
		check_call("IProfAdmin", 9);
	}

	/* slot 10: IProfAdmin::SetDefaultProfile */
	{
		LPTSTR a1;
		ULONG a2;

		memset(&a1, 0, sizeof(a1));
		memset(&a2, 0, sizeof(a2));
		forget_call();
		IProfAdmin_SetDefaultProfile(obj, a1, a2);
		check_call("IProfAdmin", 10);
	}

	/* slot 11: IProfAdmin::AdminServices */
	{
		LPTSTR a1;
		LPTSTR a2;
		ULONG_PTR a3;
		ULONG a4;
		LPSERVICEADMIN *a5;

		memset(&a1, 0, sizeof(a1));
		memset(&a2, 0, sizeof(a2));
		memset(&a3, 0, sizeof(a3));
		memset(&a4, 0, sizeof(a4));
		memset(&a5, 0, sizeof(a5));
		forget_call();
		IProfAdmin_AdminServices(obj, a1, a2, a3, a4, a5);
		check_call("IProfAdmin", 11);
	}
}

/* IMsgServiceAdmin */

static HRESULT STDMETHODCALLTYPE stub_IMsgServiceAdmin_0(IMsgServiceAdmin *This, REFIID riid, LPVOID *ppvObj)
{
	(void)This;
	(void)riid;
	(void)ppvObj;
	record_call("IMsgServiceAdmin", 0);
	return 0;
}

static ULONG STDMETHODCALLTYPE stub_IMsgServiceAdmin_1(IMsgServiceAdmin *This)
{
	(void)This;
	record_call("IMsgServiceAdmin", 1);
	return 0;
}

static ULONG STDMETHODCALLTYPE stub_IMsgServiceAdmin_2(IMsgServiceAdmin *This)
{
	(void)This;
	record_call("IMsgServiceAdmin", 2);
	return 0;
}

static HRESULT STDMETHODCALLTYPE stub_IMsgServiceAdmin_3(IMsgServiceAdmin *This, HRESULT hResult, ULONG ulFlags, LPMAPIERROR *lppMAPIError)
{
	(void)This;
	(void)hResult;
	(void)ulFlags;
	(void)lppMAPIError;
	record_call("IMsgServiceAdmin", 3);
	return 0;
}

static HRESULT STDMETHODCALLTYPE stub_IMsgServiceAdmin_4(IMsgServiceAdmin *This, ULONG ulFlags, LPMAPITABLE *lppTable)
{
	(void)This;
	(void)ulFlags;
	(void)lppTable;
	record_call("IMsgServiceAdmin", 4);
	return 0;
}

static HRESULT STDMETHODCALLTYPE stub_IMsgServiceAdmin_5(IMsgServiceAdmin *This, LPTSTR lpszService, LPTSTR lpszDisplayName, ULONG_PTR ulUIParam, ULONG ulFlags)
{
	(void)This;
	(void)lpszService;
	(void)lpszDisplayName;
	(void)ulUIParam;
	(void)ulFlags;
	record_call("IMsgServiceAdmin", 5);
	return 0;
}

static HRESULT STDMETHODCALLTYPE stub_IMsgServiceAdmin_6(IMsgServiceAdmin *This, LPMAPIUID lpUID)
{
	(void)This;
	(void)lpUID;
	record_call("IMsgServiceAdmin", 6);
	return 0;
}

static HRESULT STDMETHODCALLTYPE stub_IMsgServiceAdmin_7(IMsgServiceAdmin *This, LPMAPIUID lpUID, LPTSTR lpszDisplayName, LPCIID lpInterfaceToCopy, LPCIID lpInterfaceDst, LPVOID lpObjectDst, ULONG_PTR ulUIParam, ULONG ulFlags)
{
	(void)This;
	(void)lpUID;
	(void)lpszDisplayName;
	(void)lpInterfaceToCopy;
	(void)lpInterfaceDst;
	(void)lpObjectDst;
	(void)ulUIParam;
	(void)ulFlags;
	record_call("IMsgServiceAdmin", 7);
	return 0;
}

static HRESULT STDMETHODCALLTYPE stub_IMsgServiceAdmin_8(IMsgServiceAdmin *This, LPMAPIUID lpUID, ULONG ulFlags, LPTSTR lpszDisplayName)
{
	(void)This;
	(void)lpUID;
	(void)ulFlags;
	(void)lpszDisplayName;
	record_call("IMsgServiceAdmin", 8);
	return 0;
}

static HRESULT STDMETHODCALLTYPE stub_IMsgServiceAdmin_9(IMsgServiceAdmin *This, LPMAPIUID lpUID, ULONG_PTR ulUIParam, ULONG ulFlags, ULONG cValues, LPSPropValue lpProps)
{
	(void)This;
	(void)lpUID;
	(void)ulUIParam;
	(void)ulFlags;
	(void)cValues;
	(void)lpProps;
	record_call("IMsgServiceAdmin", 9);
	return 0;
}

static HRESULT STDMETHODCALLTYPE stub_IMsgServiceAdmin_10(IMsgServiceAdmin *This, LPMAPIUID lpUID, LPCIID lpInterface, ULONG ulFlags, LPPROFSECT *lppProfSect)
{
	(void)This;
	(void)lpUID;
	(void)lpInterface;
	(void)ulFlags;
	(void)lppProfSect;
	record_call("IMsgServiceAdmin", 10);
	return 0;
}

static HRESULT STDMETHODCALLTYPE stub_IMsgServiceAdmin_11(IMsgServiceAdmin *This, ULONG cUID, LPMAPIUID lpUIDList, ULONG ulFlags)
{
	(void)This;
	(void)cUID;
	(void)lpUIDList;
	(void)ulFlags;
	record_call("IMsgServiceAdmin", 11);
	return 0;
}

static HRESULT STDMETHODCALLTYPE stub_IMsgServiceAdmin_12(IMsgServiceAdmin *This, LPMAPIUID lpUID, ULONG ulFlags, LPPROVIDERADMIN *lppProviderAdmin)
{
	(void)This;
	(void)lpUID;
	(void)ulFlags;
	(void)lppProviderAdmin;
	record_call("IMsgServiceAdmin", 12);
	return 0;
}

static HRESULT STDMETHODCALLTYPE stub_IMsgServiceAdmin_13(IMsgServiceAdmin *This, LPMAPIUID lpUID, ULONG ulFlags)
{
	(void)This;
	(void)lpUID;
	(void)ulFlags;
	record_call("IMsgServiceAdmin", 13);
	return 0;
}

static HRESULT STDMETHODCALLTYPE stub_IMsgServiceAdmin_14(IMsgServiceAdmin *This, ULONG ulFlags, LPMAPITABLE *lppTable)
{
	(void)This;
	(void)ulFlags;
	(void)lppTable;
	record_call("IMsgServiceAdmin", 14);
	return 0;
}

static CONST_VTBL IMsgServiceAdminVtbl stub_vtbl_IMsgServiceAdmin = {
	stub_IMsgServiceAdmin_0,
	stub_IMsgServiceAdmin_1,
	stub_IMsgServiceAdmin_2,
	stub_IMsgServiceAdmin_3,
	stub_IMsgServiceAdmin_4,
	stub_IMsgServiceAdmin_5,
	stub_IMsgServiceAdmin_6,
	stub_IMsgServiceAdmin_7,
	stub_IMsgServiceAdmin_8,
	stub_IMsgServiceAdmin_9,
	stub_IMsgServiceAdmin_10,
	stub_IMsgServiceAdmin_11,
	stub_IMsgServiceAdmin_12,
	stub_IMsgServiceAdmin_13,
	stub_IMsgServiceAdmin_14,
};

static void test_IMsgServiceAdmin(void **state)
{
	IMsgServiceAdmin object = {&stub_vtbl_IMsgServiceAdmin};
	IMsgServiceAdmin *obj = &object;

	(void)state;

	/* slot 0: IUnknown::QueryInterface */
	{
		REFIID a1;
		LPVOID *a2;

		memset(&a1, 0, sizeof(a1));
		memset(&a2, 0, sizeof(a2));
		forget_call();
		IMsgServiceAdmin_QueryInterface(obj, a1, a2);
		check_call("IMsgServiceAdmin", 0);
	}

	/* slot 1: IUnknown::AddRef */
	{
		forget_call();
		IMsgServiceAdmin_AddRef(obj);
		check_call("IMsgServiceAdmin", 1);
	}

	/* slot 2: IUnknown::Release */
	{
		forget_call();
		IMsgServiceAdmin_Release(obj);
		check_call("IMsgServiceAdmin", 2);
	}

	/* slot 3: IMsgServiceAdmin::GetLastError */
	{
		HRESULT a1;
		ULONG a2;
		LPMAPIERROR *a3;

		memset(&a1, 0, sizeof(a1));
		memset(&a2, 0, sizeof(a2));
		memset(&a3, 0, sizeof(a3));
		forget_call();
		IMsgServiceAdmin_GetLastError(obj, a1, a2, a3);
		check_call("IMsgServiceAdmin", 3);
	}

	/* slot 4: IMsgServiceAdmin::GetMsgServiceTable */
	{
		ULONG a1;
		LPMAPITABLE *a2;

		memset(&a1, 0, sizeof(a1));
		memset(&a2, 0, sizeof(a2));
		forget_call();
		IMsgServiceAdmin_GetMsgServiceTable(obj, a1, a2);
		check_call("IMsgServiceAdmin", 4);
	}

	/* slot 5: IMsgServiceAdmin::CreateMsgService */
	{
		LPTSTR a1;
		LPTSTR a2;
		ULONG_PTR a3;
		ULONG a4;

		memset(&a1, 0, sizeof(a1));
		memset(&a2, 0, sizeof(a2));
		memset(&a3, 0, sizeof(a3));
		memset(&a4, 0, sizeof(a4));
		forget_call();
		IMsgServiceAdmin_CreateMsgService(obj, a1, a2, a3, a4);
		check_call("IMsgServiceAdmin", 5);
	}

	/* slot 6: IMsgServiceAdmin::DeleteMsgService */
	{
		LPMAPIUID a1;

		memset(&a1, 0, sizeof(a1));
		forget_call();
		IMsgServiceAdmin_DeleteMsgService(obj, a1);
		check_call("IMsgServiceAdmin", 6);
	}

	/* slot 7: IMsgServiceAdmin::CopyMsgService */
	{
		LPMAPIUID a1;
		LPTSTR a2;
		LPCIID a3;
		LPCIID a4;
		LPVOID a5;
		ULONG_PTR a6;
		ULONG a7;

		memset(&a1, 0, sizeof(a1));
		memset(&a2, 0, sizeof(a2));
		memset(&a3, 0, sizeof(a3));
		memset(&a4, 0, sizeof(a4));
		memset(&a5, 0, sizeof(a5));
		memset(&a6, 0, sizeof(a6));
		memset(&a7, 0, sizeof(a7));
		forget_call();
		IMsgServiceAdmin_CopyMsgService(obj, a1, a2, a3, a4, a5, a6, a7);
		check_call("IMsgServiceAdmin", 7);
	}

	/* slot 8: IMsgServiceAdmin::RenameMsgService */
	{
		LPMAPIUID a1;
		ULONG a2;
		LPTSTR a3;

		memset(&a1, 0, sizeof(a1));
		memset(&a2, 0, sizeof(a2));
		memset(&a3, 0, sizeof(a3));
		forget_call();
		IMsgServiceAdmin_RenameMsgService(obj, a1, a2, a3);
		check_call("IMsgServiceAdmin", 8);
	}

	/* slot 9: IMsgServiceAdmin::ConfigureMsgService */
	{
		LPMAPIUID a1;
		ULONG_PTR a2;
		ULONG a3;
		ULONG a4;
		LPSPropValue a5;

		memset(&a1, 0, sizeof(a1));
		memset(&a2, 0, sizeof(a2));
		memset(&a3, 0, sizeof(a3));
		memset(&a4, 0, sizeof(a4));
		memset(&a5, 0, sizeof(a5));
		forget_call();
		IMsgServiceAdmin_ConfigureMsgService(obj, a1, a2, a3, a4, a5);
		check_call("IMsgServiceAdmin", 9);
	}

	/* slot 10: IMsgServiceAdmin::OpenProfileSection */
	{
		LPMAPIUID a1;
		LPCIID a2;
		ULONG a3;
		LPPROFSECT *a4;

		memset(&a1, 0, sizeof(a1));
		memset(&a2, 0, sizeof(a2));
		memset(&a3, 0, sizeof(a3));
		memset(&a4, 0, sizeof(a4));
		forget_call();
		IMsgServiceAdmin_OpenProfileSection(obj, a1, a2, a3, a4);
		check_call("IMsgServiceAdmin", 10);
	}

	/* slot 11: IMsgServiceAdmin::MsgServiceTransportOrder */
	{
		ULONG a1;
		LPMAPIUID a2;
		ULONG a3;

		memset(&a1, 0, sizeof(a1));
		memset(&a2, 0, sizeof(a2));
		memset(&a3, 0, sizeof(a3));
		forget_call();
		IMsgServiceAdmin_MsgServiceTransportOrder(obj, a1, a2, a3);
		check_call("IMsgServiceAdmin", 11);
	}

	/* slot 12: IMsgServiceAdmin::AdminProviders */
	{
		LPMAPIUID a1;
		ULONG a2;
		LPPROVIDERADMIN *a3;

		memset(&a1, 0, sizeof(a1));
		memset(&a2, 0, sizeof(a2));
		memset(&a3, 0, sizeof(a3));
		forget_call();
		IMsgServiceAdmin_AdminProviders(obj, a1, a2, a3);
		check_call("IMsgServiceAdmin", 12);
	}

	/* slot 13: IMsgServiceAdmin::SetPrimaryIdentity */
	{
		LPMAPIUID a1;
		ULONG a2;

		memset(&a1, 0, sizeof(a1));
		memset(&a2, 0, sizeof(a2));
		forget_call();
		IMsgServiceAdmin_SetPrimaryIdentity(obj, a1, a2);
		check_call("IMsgServiceAdmin", 13);
	}

	/* slot 14: IMsgServiceAdmin::GetProviderTable */
	{
		ULONG a1;
		LPMAPITABLE *a2;

		memset(&a1, 0, sizeof(a1));
		memset(&a2, 0, sizeof(a2));
		forget_call();
		IMsgServiceAdmin_GetProviderTable(obj, a1, a2);
		check_call("IMsgServiceAdmin", 14);
	}
}

/* IMsgServiceAdmin2 */

static HRESULT STDMETHODCALLTYPE stub_IMsgServiceAdmin2_0(IMsgServiceAdmin2 *This, REFIID riid, LPVOID *ppvObj)
{
	(void)This;
	(void)riid;
	(void)ppvObj;
	record_call("IMsgServiceAdmin2", 0);
	return 0;
}

static ULONG STDMETHODCALLTYPE stub_IMsgServiceAdmin2_1(IMsgServiceAdmin2 *This)
{
	(void)This;
	record_call("IMsgServiceAdmin2", 1);
	return 0;
}

static ULONG STDMETHODCALLTYPE stub_IMsgServiceAdmin2_2(IMsgServiceAdmin2 *This)
{
	(void)This;
	record_call("IMsgServiceAdmin2", 2);
	return 0;
}

static HRESULT STDMETHODCALLTYPE stub_IMsgServiceAdmin2_3(IMsgServiceAdmin2 *This, HRESULT hResult, ULONG ulFlags, LPMAPIERROR *lppMAPIError)
{
	(void)This;
	(void)hResult;
	(void)ulFlags;
	(void)lppMAPIError;
	record_call("IMsgServiceAdmin2", 3);
	return 0;
}

static HRESULT STDMETHODCALLTYPE stub_IMsgServiceAdmin2_4(IMsgServiceAdmin2 *This, ULONG ulFlags, LPMAPITABLE *lppTable)
{
	(void)This;
	(void)ulFlags;
	(void)lppTable;
	record_call("IMsgServiceAdmin2", 4);
	return 0;
}

static HRESULT STDMETHODCALLTYPE stub_IMsgServiceAdmin2_5(IMsgServiceAdmin2 *This, LPTSTR lpszService, LPTSTR lpszDisplayName, ULONG_PTR ulUIParam, ULONG ulFlags)
{
	(void)This;
	(void)lpszService;
	(void)lpszDisplayName;
	(void)ulUIParam;
	(void)ulFlags;
	record_call("IMsgServiceAdmin2", 5);
	return 0;
}

static HRESULT STDMETHODCALLTYPE stub_IMsgServiceAdmin2_6(IMsgServiceAdmin2 *This, LPMAPIUID lpUID)
{
	(void)This;
	(void)lpUID;
	record_call("IMsgServiceAdmin2", 6);
	return 0;
}

static HRESULT STDMETHODCALLTYPE stub_IMsgServiceAdmin2_7(IMsgServiceAdmin2 *This, LPMAPIUID lpUID, LPTSTR lpszDisplayName, LPCIID lpInterfaceToCopy, LPCIID lpInterfaceDst, LPVOID lpObjectDst, ULONG_PTR ulUIParam, ULONG ulFlags)
{
	(void)This;
	(void)lpUID;
	(void)lpszDisplayName;
	(void)lpInterfaceToCopy;
	(void)lpInterfaceDst;
	(void)lpObjectDst;
	(void)ulUIParam;
	(void)ulFlags;
	record_call("IMsgServiceAdmin2", 7);
	return 0;
}

static HRESULT STDMETHODCALLTYPE stub_IMsgServiceAdmin2_8(IMsgServiceAdmin2 *This, LPMAPIUID lpUID, ULONG ulFlags, LPTSTR lpszDisplayName)
{
	(void)This;
	(void)lpUID;
	(void)ulFlags;
	(void)lpszDisplayName;
	record_call("IMsgServiceAdmin2", 8);
	return 0;
}

static HRESULT STDMETHODCALLTYPE stub_IMsgServiceAdmin2_9(IMsgServiceAdmin2 *This, LPMAPIUID lpUID, ULONG_PTR ulUIParam, ULONG ulFlags, ULONG cValues, LPSPropValue lpProps)
{
	(void)This;
	(void)lpUID;
	(void)ulUIParam;
	(void)ulFlags;
	(void)cValues;
	(void)lpProps;
	record_call("IMsgServiceAdmin2", 9);
	return 0;
}

static HRESULT STDMETHODCALLTYPE stub_IMsgServiceAdmin2_10(IMsgServiceAdmin2 *This, LPMAPIUID lpUID, LPCIID lpInterface, ULONG ulFlags, LPPROFSECT *lppProfSect)
{
	(void)This;
	(void)lpUID;
	(void)lpInterface;
	(void)ulFlags;
	(void)lppProfSect;
	record_call("IMsgServiceAdmin2", 10);
	return 0;
}

static HRESULT STDMETHODCALLTYPE stub_IMsgServiceAdmin2_11(IMsgServiceAdmin2 *This, ULONG cUID, LPMAPIUID lpUIDList, ULONG ulFlags)
{
	(void)This;
	(void)cUID;
	(void)lpUIDList;
	(void)ulFlags;
	record_call("IMsgServiceAdmin2", 11);
	return 0;
}

static HRESULT STDMETHODCALLTYPE stub_IMsgServiceAdmin2_12(IMsgServiceAdmin2 *This, LPMAPIUID lpUID, ULONG ulFlags, LPPROVIDERADMIN *lppProviderAdmin)
{
	(void)This;
	(void)lpUID;
	(void)ulFlags;
	(void)lppProviderAdmin;
	record_call("IMsgServiceAdmin2", 12);
	return 0;
}

static HRESULT STDMETHODCALLTYPE stub_IMsgServiceAdmin2_13(IMsgServiceAdmin2 *This, LPMAPIUID lpUID, ULONG ulFlags)
{
	(void)This;
	(void)lpUID;
	(void)ulFlags;
	record_call("IMsgServiceAdmin2", 13);
	return 0;
}

static HRESULT STDMETHODCALLTYPE stub_IMsgServiceAdmin2_14(IMsgServiceAdmin2 *This, ULONG ulFlags, LPMAPITABLE *lppTable)
{
	(void)This;
	(void)ulFlags;
	(void)lppTable;
	record_call("IMsgServiceAdmin2", 14);
	return 0;
}

static HRESULT STDMETHODCALLTYPE stub_IMsgServiceAdmin2_15(IMsgServiceAdmin2 *This, LPTSTR lpszService, LPTSTR lpszDisplayName, ULONG_PTR ulUIParam, ULONG ulFlags, LPMAPIUID lpuidService)
{
	(void)This;
	(void)lpszService;
	(void)lpszDisplayName;
	(void)ulUIParam;
	(void)ulFlags;
	(void)lpuidService;
	record_call("IMsgServiceAdmin2", 15);
	return 0;
}

static CONST_VTBL IMsgServiceAdmin2Vtbl stub_vtbl_IMsgServiceAdmin2 = {
	stub_IMsgServiceAdmin2_0,
	stub_IMsgServiceAdmin2_1,
	stub_IMsgServiceAdmin2_2,
	stub_IMsgServiceAdmin2_3,
	stub_IMsgServiceAdmin2_4,
	stub_IMsgServiceAdmin2_5,
	stub_IMsgServiceAdmin2_6,
	stub_IMsgServiceAdmin2_7,
	stub_IMsgServiceAdmin2_8,
	stub_IMsgServiceAdmin2_9,
	stub_IMsgServiceAdmin2_10,
	stub_IMsgServiceAdmin2_11,
	stub_IMsgServiceAdmin2_12,
	stub_IMsgServiceAdmin2_13,
	stub_IMsgServiceAdmin2_14,
	stub_IMsgServiceAdmin2_15,
};

static void test_IMsgServiceAdmin2(void **state)
{
	IMsgServiceAdmin2 object = {&stub_vtbl_IMsgServiceAdmin2};
	IMsgServiceAdmin2 *obj = &object;

	(void)state;

	/* slot 0: IUnknown::QueryInterface */
	{
		REFIID a1;
		LPVOID *a2;

		memset(&a1, 0, sizeof(a1));
		memset(&a2, 0, sizeof(a2));
		forget_call();
		IMsgServiceAdmin2_QueryInterface(obj, a1, a2);
		check_call("IMsgServiceAdmin2", 0);
	}

	/* slot 1: IUnknown::AddRef */
	{
		forget_call();
		IMsgServiceAdmin2_AddRef(obj);
		check_call("IMsgServiceAdmin2", 1);
	}

	/* slot 2: IUnknown::Release */
	{
		forget_call();
		IMsgServiceAdmin2_Release(obj);
		check_call("IMsgServiceAdmin2", 2);
	}

	/* slot 3: IMsgServiceAdmin::GetLastError */
	{
		HRESULT a1;
		ULONG a2;
		LPMAPIERROR *a3;

		memset(&a1, 0, sizeof(a1));
		memset(&a2, 0, sizeof(a2));
		memset(&a3, 0, sizeof(a3));
		forget_call();
		IMsgServiceAdmin2_GetLastError(obj, a1, a2, a3);
		check_call("IMsgServiceAdmin2", 3);
	}

	/* slot 4: IMsgServiceAdmin::GetMsgServiceTable */
	{
		ULONG a1;
		LPMAPITABLE *a2;

		memset(&a1, 0, sizeof(a1));
		memset(&a2, 0, sizeof(a2));
		forget_call();
		IMsgServiceAdmin2_GetMsgServiceTable(obj, a1, a2);
		check_call("IMsgServiceAdmin2", 4);
	}

	/* slot 5: IMsgServiceAdmin::CreateMsgService */
	{
		LPTSTR a1;
		LPTSTR a2;
		ULONG_PTR a3;
		ULONG a4;

		memset(&a1, 0, sizeof(a1));
		memset(&a2, 0, sizeof(a2));
		memset(&a3, 0, sizeof(a3));
		memset(&a4, 0, sizeof(a4));
		forget_call();
		IMsgServiceAdmin2_CreateMsgService(obj, a1, a2, a3, a4);
		check_call("IMsgServiceAdmin2", 5);
	}

	/* slot 6: IMsgServiceAdmin::DeleteMsgService */
	{
		LPMAPIUID a1;

		memset(&a1, 0, sizeof(a1));
		forget_call();
		IMsgServiceAdmin2_DeleteMsgService(obj, a1);
		check_call("IMsgServiceAdmin2", 6);
	}

	/* slot 7: IMsgServiceAdmin::CopyMsgService */
	{
		LPMAPIUID a1;
		LPTSTR a2;
		LPCIID a3;
		LPCIID a4;
		LPVOID a5;
		ULONG_PTR a6;
		ULONG a7;

		memset(&a1, 0, sizeof(a1));
		memset(&a2, 0, sizeof(a2));
		memset(&a3, 0, sizeof(a3));
		memset(&a4, 0, sizeof(a4));
		memset(&a5, 0, sizeof(a5));
		memset(&a6, 0, sizeof(a6));
		memset(&a7, 0, sizeof(a7));
		forget_call();
		IMsgServiceAdmin2_CopyMsgService(obj, a1, a2, a3, a4, a5, a6, a7);
		check_call("IMsgServiceAdmin2", 7);
	}

	/* slot 8: IMsgServiceAdmin::RenameMsgService */
	{
		LPMAPIUID a1;
		ULONG a2;
		LPTSTR a3;

		memset(&a1, 0, sizeof(a1));
		memset(&a2, 0, sizeof(a2));
		memset(&a3, 0, sizeof(a3));
		forget_call();
		IMsgServiceAdmin2_RenameMsgService(obj, a1, a2, a3);
		check_call("IMsgServiceAdmin2", 8);
	}

	/* slot 9: IMsgServiceAdmin::ConfigureMsgService */
	{
		LPMAPIUID a1;
		ULONG_PTR a2;
		ULONG a3;
		ULONG a4;
		LPSPropValue a5;

		memset(&a1, 0, sizeof(a1));
		memset(&a2, 0, sizeof(a2));
		memset(&a3, 0, sizeof(a3));
		memset(&a4, 0, sizeof(a4));
		memset(&a5, 0, sizeof(a5));
		forget_call();
		IMsgServiceAdmin2_ConfigureMsgService(obj, a1, a2, a3, a4, a5);
		check_call("IMsgServiceAdmin2", 9);
	}

	/* slot 10: IMsgServiceAdmin::OpenProfileSection */
	{
		LPMAPIUID a1;
		LPCIID a2;
		ULONG a3;
		LPPROFSECT *a4;

		memset(&a1, 0, sizeof(a1));
		memset(&a2, 0, sizeof(a2));
		memset(&a3, 0, sizeof(a3));
		memset(&a4, 0, sizeof(a4));
		forget_call();
		IMsgServiceAdmin2_OpenProfileSection(obj, a1, a2, a3, a4);
		check_call("IMsgServiceAdmin2", 10);
	}

	/* slot 11: IMsgServiceAdmin::MsgServiceTransportOrder */
	{
		ULONG a1;
		LPMAPIUID a2;
		ULONG a3;

		memset(&a1, 0, sizeof(a1));
		memset(&a2, 0, sizeof(a2));
		memset(&a3, 0, sizeof(a3));
		forget_call();
		IMsgServiceAdmin2_MsgServiceTransportOrder(obj, a1, a2, a3);
		check_call("IMsgServiceAdmin2", 11);
	}

	/* slot 12: IMsgServiceAdmin::AdminProviders */
	{
		LPMAPIUID a1;
		ULONG a2;
		LPPROVIDERADMIN *a3;

		memset(&a1, 0, sizeof(a1));
		memset(&a2, 0, sizeof(a2));
		memset(&a3, 0, sizeof(a3));
		forget_call();
		IMsgServiceAdmin2_AdminProviders(obj, a1, a2, a3);
		check_call("IMsgServiceAdmin2", 12);
	}

	/* slot 13: IMsgServiceAdmin::SetPrimaryIdentity */
	{
		LPMAPIUID a1;
		ULONG a2;

		memset(&a1, 0, sizeof(a1));
		memset(&a2, 0, sizeof(a2));
		forget_call();
		IMsgServiceAdmin2_SetPrimaryIdentity(obj, a1, a2);
		check_call("IMsgServiceAdmin2", 13);
	}

	/* slot 14: IMsgServiceAdmin::GetProviderTable */
	{
		ULONG a1;
		LPMAPITABLE *a2;

		memset(&a1, 0, sizeof(a1));
		memset(&a2, 0, sizeof(a2));
		forget_call();
		IMsgServiceAdmin2_GetProviderTable(obj, a1, a2);
		check_call("IMsgServiceAdmin2", 14);
	}

	/* slot 15: IMsgServiceAdmin2::CreateMsgServiceEx */
	{
		LPTSTR a1;
		LPTSTR a2;
		ULONG_PTR a3;
		ULONG a4;
		LPMAPIUID a5;

		memset(&a1, 0, sizeof(a1));
		memset(&a2, 0, sizeof(a2));
		memset(&a3, 0, sizeof(a3));
		memset(&a4, 0, sizeof(a4));
		memset(&a5, 0, sizeof(a5));
		forget_call();
		IMsgServiceAdmin2_CreateMsgServiceEx(obj, a1, a2, a3, a4, a5);
		check_call("IMsgServiceAdmin2", 15);
	}
}

/* IProviderAdmin */

static HRESULT STDMETHODCALLTYPE stub_IProviderAdmin_0(IProviderAdmin *This, REFIID riid, LPVOID *ppvObj)
{
	(void)This;
	(void)riid;
	(void)ppvObj;
	record_call("IProviderAdmin", 0);
	return 0;
}

static ULONG STDMETHODCALLTYPE stub_IProviderAdmin_1(IProviderAdmin *This)
{
	(void)This;
	record_call("IProviderAdmin", 1);
	return 0;
}

static ULONG STDMETHODCALLTYPE stub_IProviderAdmin_2(IProviderAdmin *This)
{
	(void)This;
	record_call("IProviderAdmin", 2);
	return 0;
}

static HRESULT STDMETHODCALLTYPE stub_IProviderAdmin_3(IProviderAdmin *This, HRESULT hResult, ULONG ulFlags, LPMAPIERROR *lppMAPIError)
{
	(void)This;
	(void)hResult;
	(void)ulFlags;
	(void)lppMAPIError;
	record_call("IProviderAdmin", 3);
	return 0;
}

static HRESULT STDMETHODCALLTYPE stub_IProviderAdmin_4(IProviderAdmin *This, ULONG ulFlags, LPMAPITABLE *lppTable)
{
	(void)This;
	(void)ulFlags;
	(void)lppTable;
	record_call("IProviderAdmin", 4);
	return 0;
}

static HRESULT STDMETHODCALLTYPE stub_IProviderAdmin_5(IProviderAdmin *This, LPTSTR lpszProvider, ULONG cValues, LPSPropValue lpProps, ULONG_PTR ulUIParam, ULONG ulFlags, MAPIUID *lpUID)
{
	(void)This;
	(void)lpszProvider;
	(void)cValues;
	(void)lpProps;
	(void)ulUIParam;
	(void)ulFlags;
	(void)lpUID;
	record_call("IProviderAdmin", 5);
	return 0;
}

static HRESULT STDMETHODCALLTYPE stub_IProviderAdmin_6(IProviderAdmin *This, LPMAPIUID lpUID)
{
	(void)This;
	(void)lpUID;
	record_call("IProviderAdmin", 6);
	return 0;
}

static HRESULT STDMETHODCALLTYPE stub_IProviderAdmin_7(IProviderAdmin *This, LPMAPIUID lpUID, LPCIID lpInterface, ULONG ulFlags, LPPROFSECT *lppProfSect)
{
	(void)This;
	(void)lpUID;
	(void)lpInterface;
	(void)ulFlags;
	(void)lppProfSect;
	record_call("IProviderAdmin", 7);
	return 0;
}

static CONST_VTBL IProviderAdminVtbl stub_vtbl_IProviderAdmin = {
	stub_IProviderAdmin_0,
	stub_IProviderAdmin_1,
	stub_IProviderAdmin_2,
	stub_IProviderAdmin_3,
	stub_IProviderAdmin_4,
	stub_IProviderAdmin_5,
	stub_IProviderAdmin_6,
	stub_IProviderAdmin_7,
};

static void test_IProviderAdmin(void **state)
{
	IProviderAdmin object = {&stub_vtbl_IProviderAdmin};
	IProviderAdmin *obj = &object;

	(void)state;

	/* slot 0: IUnknown::QueryInterface */
	{
		REFIID a1;
		LPVOID *a2;

		memset(&a1, 0, sizeof(a1));
		memset(&a2, 0, sizeof(a2));
		forget_call();
		IProviderAdmin_QueryInterface(obj, a1, a2);
		check_call("IProviderAdmin", 0);
	}

	/* slot 1: IUnknown::AddRef */
	{
		forget_call();
		IProviderAdmin_AddRef(obj);
		check_call("IProviderAdmin", 1);
	}

	/* slot 2: IUnknown::Release */
	{
		forget_call();
		IProviderAdmin_Release(obj);
		check_call("IProviderAdmin", 2);
	}

	/* slot 3: IProviderAdmin::GetLastError */
	{
		HRESULT a1;
		ULONG a2;
		LPMAPIERROR *a3;

		memset(&a1, 0, sizeof(a1));
		memset(&a2, 0, sizeof(a2));
		memset(&a3, 0, sizeof(a3));
		forget_call();
		IProviderAdmin_GetLastError(obj, a1, a2, a3);
		check_call("IProviderAdmin", 3);
	}

	/* slot 4: IProviderAdmin::GetProviderTable */
	{
		ULONG a1;
		LPMAPITABLE *a2;

		memset(&a1, 0, sizeof(a1));
		memset(&a2, 0, sizeof(a2));
		forget_call();
		IProviderAdmin_GetProviderTable(obj, a1, a2);
		check_call("IProviderAdmin", 4);
	}

	/* slot 5: IProviderAdmin::CreateProvider */
	{
		LPTSTR a1;
		ULONG a2;
		LPSPropValue a3;
		ULONG_PTR a4;
		ULONG a5;
		MAPIUID *a6;

		memset(&a1, 0, sizeof(a1));
		memset(&a2, 0, sizeof(a2));
		memset(&a3, 0, sizeof(a3));
		memset(&a4, 0, sizeof(a4));
		memset(&a5, 0, sizeof(a5));
		memset(&a6, 0, sizeof(a6));
		forget_call();
		IProviderAdmin_CreateProvider(obj, a1, a2, a3, a4, a5, a6);
		check_call("IProviderAdmin", 5);
	}

	/* slot 6: IProviderAdmin::DeleteProvider */
	{
		LPMAPIUID a1;

		memset(&a1, 0, sizeof(a1));
		forget_call();
		IProviderAdmin_DeleteProvider(obj, a1);
		check_call("IProviderAdmin", 6);
	}

	/* slot 7: IProviderAdmin::OpenProfileSection */
	{
		LPMAPIUID a1;
		LPCIID a2;
		ULONG a3;
		LPPROFSECT *a4;

		memset(&a1, 0, sizeof(a1));
		memset(&a2, 0, sizeof(a2));
		memset(&a3, 0, sizeof(a3));
		memset(&a4, 0, sizeof(a4));
		forget_call();
		IProviderAdmin_OpenProfileSection(obj, a1, a2, a3, a4);
		check_call("IProviderAdmin", 7);
	}
}

/* ITableData */

static HRESULT STDMETHODCALLTYPE stub_ITableData_0(ITableData *This, REFIID riid, LPVOID *ppvObj)
{
	(void)This;
	(void)riid;
	(void)ppvObj;
	record_call("ITableData", 0);
	return 0;
}

static ULONG STDMETHODCALLTYPE stub_ITableData_1(ITableData *This)
{
	(void)This;
	record_call("ITableData", 1);
	return 0;
}

static ULONG STDMETHODCALLTYPE stub_ITableData_2(ITableData *This)
{
	(void)This;
	record_call("ITableData", 2);
	return 0;
}

static HRESULT STDMETHODCALLTYPE stub_ITableData_3(ITableData *This, LPSSortOrderSet lpSSortOrderSet, CALLERRELEASE *lpfCallerRelease, ULONG_PTR ulCallerData, LPMAPITABLE *lppMAPITable)
{
	(void)This;
	(void)lpSSortOrderSet;
	(void)lpfCallerRelease;
	(void)ulCallerData;
	(void)lppMAPITable;
	record_call("ITableData", 3);
	return 0;
}

static HRESULT STDMETHODCALLTYPE stub_ITableData_4(ITableData *This, LPSRow lpSRow)
{
	(void)This;
	(void)lpSRow;
	record_call("ITableData", 4);
	return 0;
}

static HRESULT STDMETHODCALLTYPE stub_ITableData_5(ITableData *This, LPSPropValue lpSPropValue)
{
	(void)This;
	(void)lpSPropValue;
	record_call("ITableData", 5);
	return 0;
}

static HRESULT STDMETHODCALLTYPE stub_ITableData_6(ITableData *This, LPSPropValue lpSPropValue, LPSRow *lppSRow, ULONG *lpuliRow)
{
	(void)This;
	(void)lpSPropValue;
	(void)lppSRow;
	(void)lpuliRow;
	record_call("ITableData", 6);
	return 0;
}

static HRESULT STDMETHODCALLTYPE stub_ITableData_7(ITableData *This, ULONG ulRowNumber, LPSRow *lppSRow)
{
	(void)This;
	(void)ulRowNumber;
	(void)lppSRow;
	record_call("ITableData", 7);
	return 0;
}

static HRESULT STDMETHODCALLTYPE stub_ITableData_8(ITableData *This, ULONG ulFlags, ULONG cValues, LPSPropValue lpSPropValue)
{
	(void)This;
	(void)ulFlags;
	(void)cValues;
	(void)lpSPropValue;
	record_call("ITableData", 8);
	return 0;
}

static HRESULT STDMETHODCALLTYPE stub_ITableData_9(ITableData *This, ULONG uliRow, LPSRow lpSRow)
{
	(void)This;
	(void)uliRow;
	(void)lpSRow;
	record_call("ITableData", 9);
	return 0;
}

static HRESULT STDMETHODCALLTYPE stub_ITableData_10(ITableData *This, ULONG ulFlags, LPSRowSet lpSRowSet)
{
	(void)This;
	(void)ulFlags;
	(void)lpSRowSet;
	record_call("ITableData", 10);
	return 0;
}

static HRESULT STDMETHODCALLTYPE stub_ITableData_11(ITableData *This, ULONG ulFlags, LPSRowSet lprowsetToDelete, ULONG *cRowsDeleted)
{
	(void)This;
	(void)ulFlags;
	(void)lprowsetToDelete;
	(void)cRowsDeleted;
	record_call("ITableData", 11);
	return 0;
}

static CONST_VTBL ITableDataVtbl stub_vtbl_ITableData = {
	stub_ITableData_0,
	stub_ITableData_1,
	stub_ITableData_2,
	stub_ITableData_3,
	stub_ITableData_4,
	stub_ITableData_5,
	stub_ITableData_6,
	stub_ITableData_7,
	stub_ITableData_8,
	stub_ITableData_9,
	stub_ITableData_10,
	stub_ITableData_11,
};

static void test_ITableData(void **state)
{
	ITableData object = {&stub_vtbl_ITableData};
	ITableData *obj = &object;

	(void)state;

	/* slot 0: IUnknown::QueryInterface */
	{
		REFIID a1;
		LPVOID *a2;

		memset(&a1, 0, sizeof(a1));
		memset(&a2, 0, sizeof(a2));
		forget_call();
		ITableData_QueryInterface(obj, a1, a2);
		check_call("ITableData", 0);
	}

	/* slot 1: IUnknown::AddRef */
	{
		forget_call();
		ITableData_AddRef(obj);
		check_call("ITableData", 1);
	}

	/* slot 2: IUnknown::Release */
	{
		forget_call();
		ITableData_Release(obj);
		check_call("ITableData", 2);
	}

	/* slot 3: ITableData::HrGetView */
	{
		LPSSortOrderSet a1;
		CALLERRELEASE *a2;
		ULONG_PTR a3;
		LPMAPITABLE *a4;

		memset(&a1, 0, sizeof(a1));
		memset(&a2, 0, sizeof(a2));
		memset(&a3, 0, sizeof(a3));
		memset(&a4, 0, sizeof(a4));
		forget_call();
		ITableData_HrGetView(obj, a1, a2, a3, a4);
		check_call("ITableData", 3);
	}

	/* slot 4: ITableData::HrModifyRow */
	{
		LPSRow a1;

		memset(&a1, 0, sizeof(a1));
		forget_call();
		ITableData_HrModifyRow(obj, a1);
		check_call("ITableData", 4);
	}

	/* slot 5: ITableData::HrDeleteRow */
	{
		LPSPropValue a1;

		memset(&a1, 0, sizeof(a1));
		forget_call();
		ITableData_HrDeleteRow(obj, a1);
		check_call("ITableData", 5);
	}

	/* slot 6: ITableData::HrQueryRow */
	{
		LPSPropValue a1;
		LPSRow *a2;
		ULONG *a3;

		memset(&a1, 0, sizeof(a1));
		memset(&a2, 0, sizeof(a2));
		memset(&a3, 0, sizeof(a3));
		forget_call();
		ITableData_HrQueryRow(obj, a1, a2, a3);
		check_call("ITableData", 6);
	}

	/* slot 7: ITableData::HrEnumRow */
	{
		ULONG a1;
		LPSRow *a2;

		memset(&a1, 0, sizeof(a1));
		memset(&a2, 0, sizeof(a2));
		forget_call();
		ITableData_HrEnumRow(obj, a1, a2);
		check_call("ITableData", 7);
	}

	/* slot 8: ITableData::HrNotify */
	{
		ULONG a1;
		ULONG a2;
		LPSPropValue a3;

		memset(&a1, 0, sizeof(a1));
		memset(&a2, 0, sizeof(a2));
		memset(&a3, 0, sizeof(a3));
		forget_call();
		ITableData_HrNotify(obj, a1, a2, a3);
		check_call("ITableData", 8);
	}

	/* slot 9: ITableData::HrInsertRow */
	{
		ULONG a1;
		LPSRow a2;

		memset(&a1, 0, sizeof(a1));
		memset(&a2, 0, sizeof(a2));
		forget_call();
		ITableData_HrInsertRow(obj, a1, a2);
		check_call("ITableData", 9);
	}

	/* slot 10: ITableData::HrModifyRows */
	{
		ULONG a1;
		LPSRowSet a2;

		memset(&a1, 0, sizeof(a1));
		memset(&a2, 0, sizeof(a2));
		forget_call();
		ITableData_HrModifyRows(obj, a1, a2);
		check_call("ITableData", 10);
	}

	/* slot 11: ITableData::HrDeleteRows */
	{
		ULONG a1;
		LPSRowSet a2;
		ULONG *a3;

		memset(&a1, 0, sizeof(a1));
		memset(&a2, 0, sizeof(a2));
		memset(&a3, 0, sizeof(a3));
		forget_call();
		ITableData_HrDeleteRows(obj, a1, a2, a3);
		check_call("ITableData", 11);
	}
}

/* IPropData */

static HRESULT STDMETHODCALLTYPE stub_IPropData_0(IPropData *This, REFIID riid, LPVOID *ppvObj)
{
	(void)This;
	(void)riid;
	(void)ppvObj;
	record_call("IPropData", 0);
	return 0;
}

static ULONG STDMETHODCALLTYPE stub_IPropData_1(IPropData *This)
{
	(void)This;
	record_call("IPropData", 1);
	return 0;
}

static ULONG STDMETHODCALLTYPE stub_IPropData_2(IPropData *This)
{
	(void)This;
	record_call("IPropData", 2);
	return 0;
}

static HRESULT STDMETHODCALLTYPE stub_IPropData_3(IPropData *This, HRESULT hResult, ULONG ulFlags, LPMAPIERROR *lppMAPIError)
{
	(void)This;
	(void)hResult;
	(void)ulFlags;
	(void)lppMAPIError;
	record_call("IPropData", 3);
	return 0;
}

static HRESULT STDMETHODCALLTYPE stub_IPropData_4(IPropData *This, ULONG ulFlags)
{
	(void)This;
	(void)ulFlags;
	record_call("IPropData", 4);
	return 0;
}

static HRESULT STDMETHODCALLTYPE stub_IPropData_5(IPropData *This, LPSPropTagArray lpPropTagArray, ULONG ulFlags, ULONG *lpcValues, LPSPropValue *lppPropArray)
{
	(void)This;
	(void)lpPropTagArray;
	(void)ulFlags;
	(void)lpcValues;
	(void)lppPropArray;
	record_call("IPropData", 5);
	return 0;
}

static HRESULT STDMETHODCALLTYPE stub_IPropData_6(IPropData *This, ULONG ulFlags, LPSPropTagArray *lppPropTagArray)
{
	(void)This;
	(void)ulFlags;
	(void)lppPropTagArray;
	record_call("IPropData", 6);
	return 0;
}

static HRESULT STDMETHODCALLTYPE stub_IPropData_7(IPropData *This, ULONG ulPropTag, LPCIID lpiid, ULONG ulInterfaceOptions, ULONG ulFlags, LPUNKNOWN *lppUnk)
{
	(void)This;
	(void)ulPropTag;
	(void)lpiid;
	(void)ulInterfaceOptions;
	(void)ulFlags;
	(void)lppUnk;
	record_call("IPropData", 7);
	return 0;
}

static HRESULT STDMETHODCALLTYPE stub_IPropData_8(IPropData *This, ULONG cValues, LPSPropValue lpPropArray, LPSPropProblemArray *lppProblems)
{
	(void)This;
	(void)cValues;
	(void)lpPropArray;
	(void)lppProblems;
	record_call("IPropData", 8);
	return 0;
}

static HRESULT STDMETHODCALLTYPE stub_IPropData_9(IPropData *This, LPSPropTagArray lpPropTagArray, LPSPropProblemArray *lppProblems)
{
	(void)This;
	(void)lpPropTagArray;
	(void)lppProblems;
	record_call("IPropData", 9);
	return 0;
}

static HRESULT STDMETHODCALLTYPE stub_IPropData_10(IPropData *This, ULONG ciidExclude, LPCIID rgiidExclude, LPSPropTagArray lpExcludeProps, ULONG_PTR ulUIParam, LPMAPIPROGRESS lpProgress, LPCIID lpInterface, LPVOID lpDestObj, ULONG ulFlags, LPSPropProblemArray *lppProblems)
{
	(void)This;
	(void)ciidExclude;
	(void)rgiidExclude;
	(void)lpExcludeProps;
	(void)ulUIParam;
	(void)lpProgress;
	(void)lpInterface;
	(void)lpDestObj;
	(void)ulFlags;
	(void)lppProblems;
	record_call("IPropData", 10);
	return 0;
}

static HRESULT STDMETHODCALLTYPE stub_IPropData_11(IPropData *This, LPSPropTagArray lpIncludeProps, ULONG_PTR ulUIParam, LPMAPIPROGRESS lpProgress, LPCIID lpInterface, LPVOID lpDestObj, ULONG ulFlags, LPSPropProblemArray *lppProblems)
{
	(void)This;
	(void)lpIncludeProps;
	(void)ulUIParam;
	(void)lpProgress;
	(void)lpInterface;
	(void)lpDestObj;
	(void)ulFlags;
	(void)lppProblems;
	record_call("IPropData", 11);
	return 0;
}

static HRESULT STDMETHODCALLTYPE stub_IPropData_12(IPropData *This, LPSPropTagArray *lppPropTags, LPGUID lpPropSetGuid, ULONG ulFlags, ULONG *lpcPropNames, LPMAPINAMEID **lpppPropNames)
{
	(void)This;
	(void)lppPropTags;
	(void)lpPropSetGuid;
	(void)ulFlags;
	(void)lpcPropNames;
	(void)lpppPropNames;
	record_call("IPropData", 12);
	return 0;
}

static HRESULT STDMETHODCALLTYPE stub_IPropData_13(IPropData *This, ULONG cPropNames, LPMAPINAMEID *lppPropNames, ULONG ulFlags, LPSPropTagArray *lppPropTags)
{
	(void)This;
	(void)cPropNames;
	(void)lppPropNames;
	(void)ulFlags;
	(void)lppPropTags;
	record_call("IPropData", 13);
	return 0;
}

static HRESULT STDMETHODCALLTYPE stub_IPropData_14(IPropData *This, ULONG ulAccess)
{
	(void)This;
	(void)ulAccess;
	record_call("IPropData", 14);
	return 0;
}

static HRESULT STDMETHODCALLTYPE stub_IPropData_15(IPropData *This, LPSPropTagArray lpPropTagArray, ULONG *rgulAccess)
{
	(void)This;
	(void)lpPropTagArray;
	(void)rgulAccess;
	record_call("IPropData", 15);
	return 0;
}

static HRESULT STDMETHODCALLTYPE stub_IPropData_16(IPropData *This, LPSPropTagArray *lppPropTagArray, ULONG **lprgulAccess)
{
	(void)This;
	(void)lppPropTagArray;
	(void)lprgulAccess;
	record_call("IPropData", 16);
	return 0;
}

static HRESULT STDMETHODCALLTYPE stub_IPropData_17(IPropData *This, LPSPropTagArray lpPropTagArray, LPSPropProblemArray *lppProblems)
{
	(void)This;
	(void)lpPropTagArray;
	(void)lppProblems;
	record_call("IPropData", 17);
	return 0;
}

static CONST_VTBL IPropDataVtbl stub_vtbl_IPropData = {
	stub_IPropData_0,
	stub_IPropData_1,
	stub_IPropData_2,
	stub_IPropData_3,
	stub_IPropData_4,
	stub_IPropData_5,
	stub_IPropData_6,
	stub_IPropData_7,
	stub_IPropData_8,
	stub_IPropData_9,
	stub_IPropData_10,
	stub_IPropData_11,
	stub_IPropData_12,
	stub_IPropData_13,
	stub_IPropData_14,
	stub_IPropData_15,
	stub_IPropData_16,
	stub_IPropData_17,
};

static void test_IPropData(void **state)
{
	IPropData object = {&stub_vtbl_IPropData};
	IPropData *obj = &object;

	(void)state;

	/* slot 0: IUnknown::QueryInterface */
	{
		REFIID a1;
		LPVOID *a2;

		memset(&a1, 0, sizeof(a1));
		memset(&a2, 0, sizeof(a2));
		forget_call();
		IPropData_QueryInterface(obj, a1, a2);
		check_call("IPropData", 0);
	}

	/* slot 1: IUnknown::AddRef */
	{
		forget_call();
		IPropData_AddRef(obj);
		check_call("IPropData", 1);
	}

	/* slot 2: IUnknown::Release */
	{
		forget_call();
		IPropData_Release(obj);
		check_call("IPropData", 2);
	}

	/* slot 3: IMAPIProp::GetLastError */
	{
		HRESULT a1;
		ULONG a2;
		LPMAPIERROR *a3;

		memset(&a1, 0, sizeof(a1));
		memset(&a2, 0, sizeof(a2));
		memset(&a3, 0, sizeof(a3));
		forget_call();
		IPropData_GetLastError(obj, a1, a2, a3);
		check_call("IPropData", 3);
	}

	/* slot 4: IMAPIProp::SaveChanges */
	{
		ULONG a1;

		memset(&a1, 0, sizeof(a1));
		forget_call();
		IPropData_SaveChanges(obj, a1);
		check_call("IPropData", 4);
	}

	/* slot 5: IMAPIProp::GetProps */
	{
		LPSPropTagArray a1;
		ULONG a2;
		ULONG *a3;
		LPSPropValue *a4;

		memset(&a1, 0, sizeof(a1));
		memset(&a2, 0, sizeof(a2));
		memset(&a3, 0, sizeof(a3));
		memset(&a4, 0, sizeof(a4));
		forget_call();
		IPropData_GetProps(obj, a1, a2, a3, a4);
		check_call("IPropData", 5);
	}

	/* slot 6: IMAPIProp::GetPropList */
	{
		ULONG a1;
		LPSPropTagArray *a2;

		memset(&a1, 0, sizeof(a1));
		memset(&a2, 0, sizeof(a2));
		forget_call();
		IPropData_GetPropList(obj, a1, a2);
		check_call("IPropData", 6);
	}

	/* slot 7: IMAPIProp::OpenProperty */
	{
		ULONG a1;
		LPCIID a2;
		ULONG a3;
		ULONG a4;
		LPUNKNOWN *a5;

		memset(&a1, 0, sizeof(a1));
		memset(&a2, 0, sizeof(a2));
		memset(&a3, 0, sizeof(a3));
		memset(&a4, 0, sizeof(a4));
		memset(&a5, 0, sizeof(a5));
		forget_call();
		IPropData_OpenProperty(obj, a1, a2, a3, a4, a5);
		check_call("IPropData", 7);
	}

	/* slot 8: IMAPIProp::SetProps */
	{
		ULONG a1;
		LPSPropValue a2;
		LPSPropProblemArray *a3;

		memset(&a1, 0, sizeof(a1));
		memset(&a2, 0, sizeof(a2));
		memset(&a3, 0, sizeof(a3));
		forget_call();
		IPropData_SetProps(obj, a1, a2, a3);
		check_call("IPropData", 8);
	}

	/* slot 9: IMAPIProp::DeleteProps */
	{
		LPSPropTagArray a1;
		LPSPropProblemArray *a2;

		memset(&a1, 0, sizeof(a1));
		memset(&a2, 0, sizeof(a2));
		forget_call();
		IPropData_DeleteProps(obj, a1, a2);
		check_call("IPropData", 9);
	}

	/* slot 10: IMAPIProp::CopyTo */
	{
		ULONG a1;
		LPCIID a2;
		LPSPropTagArray a3;
		ULONG_PTR a4;
		LPMAPIPROGRESS a5;
		LPCIID a6;
		LPVOID a7;
		ULONG a8;
		LPSPropProblemArray *a9;

		memset(&a1, 0, sizeof(a1));
		memset(&a2, 0, sizeof(a2));
		memset(&a3, 0, sizeof(a3));
		memset(&a4, 0, sizeof(a4));
		memset(&a5, 0, sizeof(a5));
		memset(&a6, 0, sizeof(a6));
		memset(&a7, 0, sizeof(a7));
		memset(&a8, 0, sizeof(a8));
		memset(&a9, 0, sizeof(a9));
		forget_call();
		IPropData_CopyTo(obj, a1, a2, a3, a4, a5, a6, a7, a8, a9);
		check_call("IPropData", 10);
	}

	/* slot 11: IMAPIProp::CopyProps */
	{
		LPSPropTagArray a1;
		ULONG_PTR a2;
		LPMAPIPROGRESS a3;
		LPCIID a4;
		LPVOID a5;
		ULONG a6;
		LPSPropProblemArray *a7;

		memset(&a1, 0, sizeof(a1));
		memset(&a2, 0, sizeof(a2));
		memset(&a3, 0, sizeof(a3));
		memset(&a4, 0, sizeof(a4));
		memset(&a5, 0, sizeof(a5));
		memset(&a6, 0, sizeof(a6));
		memset(&a7, 0, sizeof(a7));
		forget_call();
		IPropData_CopyProps(obj, a1, a2, a3, a4, a5, a6, a7);
		check_call("IPropData", 11);
	}

	/* slot 12: IMAPIProp::GetNamesFromIDs */
	{
		LPSPropTagArray *a1;
		LPGUID a2;
		ULONG a3;
		ULONG *a4;
		LPMAPINAMEID **a5;

		memset(&a1, 0, sizeof(a1));
		memset(&a2, 0, sizeof(a2));
		memset(&a3, 0, sizeof(a3));
		memset(&a4, 0, sizeof(a4));
		memset(&a5, 0, sizeof(a5));
		forget_call();
		IPropData_GetNamesFromIDs(obj, a1, a2, a3, a4, a5);
		check_call("IPropData", 12);
	}

	/* slot 13: IMAPIProp::GetIDsFromNames */
	{
		ULONG a1;
		LPMAPINAMEID *a2;
		ULONG a3;
		LPSPropTagArray *a4;

		memset(&a1, 0, sizeof(a1));
		memset(&a2, 0, sizeof(a2));
		memset(&a3, 0, sizeof(a3));
		memset(&a4, 0, sizeof(a4));
		forget_call();
		IPropData_GetIDsFromNames(obj, a1, a2, a3, a4);
		check_call("IPropData", 13);
	}

	/* slot 14: IPropData::HrSetObjAccess */
	{
		ULONG a1;

		memset(&a1, 0, sizeof(a1));
		forget_call();
		IPropData_HrSetObjAccess(obj, a1);
		check_call("IPropData", 14);
	}

	/* slot 15: IPropData::HrSetPropAccess */
	{
		LPSPropTagArray a1;
		ULONG *a2;

		memset(&a1, 0, sizeof(a1));
		memset(&a2, 0, sizeof(a2));
		forget_call();
		IPropData_HrSetPropAccess(obj, a1, a2);
		check_call("IPropData", 15);
	}

	/* slot 16: IPropData::HrGetPropAccess */
	{
		LPSPropTagArray *a1;
		ULONG **a2;

		memset(&a1, 0, sizeof(a1));
		memset(&a2, 0, sizeof(a2));
		forget_call();
		IPropData_HrGetPropAccess(obj, a1, a2);
		check_call("IPropData", 16);
	}

	/* slot 17: IPropData::HrAddObjProps */
	{
		LPSPropTagArray a1;
		LPSPropProblemArray *a2;

		memset(&a1, 0, sizeof(a1));
		memset(&a2, 0, sizeof(a2));
		forget_call();
		IPropData_HrAddObjProps(obj, a1, a2);
		check_call("IPropData", 17);
	}
}

/* IExchangeManageStore */

static HRESULT STDMETHODCALLTYPE stub_IExchangeManageStore_0(IExchangeManageStore *This, REFIID riid, LPVOID *ppvObj)
{
	(void)This;
	(void)riid;
	(void)ppvObj;
	record_call("IExchangeManageStore", 0);
	return 0;
}

static ULONG STDMETHODCALLTYPE stub_IExchangeManageStore_1(IExchangeManageStore *This)
{
	(void)This;
	record_call("IExchangeManageStore", 1);
	return 0;
}

static ULONG STDMETHODCALLTYPE stub_IExchangeManageStore_2(IExchangeManageStore *This)
{
	(void)This;
	record_call("IExchangeManageStore", 2);
	return 0;
}

static HRESULT STDMETHODCALLTYPE stub_IExchangeManageStore_3(IExchangeManageStore *This, LPSTR lpszMsgStoreDN, LPSTR lpszMailboxDN, ULONG ulFlags, ULONG *lpcbEntryID, LPENTRYID *lppEntryID)
{
	(void)This;
	(void)lpszMsgStoreDN;
	(void)lpszMailboxDN;
	(void)ulFlags;
	(void)lpcbEntryID;
	(void)lppEntryID;
	record_call("IExchangeManageStore", 3);
	return 0;
}

static HRESULT STDMETHODCALLTYPE stub_IExchangeManageStore_4(IExchangeManageStore *This, ULONG cFolderKeySize, BYTE *lpFolderSourceKey, ULONG cMessageKeySize, BYTE *lpMessageSourceKey, ULONG *lpcbEntryID, LPENTRYID *lppEntryID)
{
	(void)This;
	(void)cFolderKeySize;
	(void)lpFolderSourceKey;
	(void)cMessageKeySize;
	(void)lpMessageSourceKey;
	(void)lpcbEntryID;
	(void)lppEntryID;
	record_call("IExchangeManageStore", 4);
	return 0;
}

static HRESULT STDMETHODCALLTYPE stub_IExchangeManageStore_5(IExchangeManageStore *This, ULONG cbUserEntryID, LPENTRYID lpUserEntryID, ULONG cbEntryID, LPENTRYID lpEntryID, ULONG *lpulRights)
{
	(void)This;
	(void)cbUserEntryID;
	(void)lpUserEntryID;
	(void)cbEntryID;
	(void)lpEntryID;
	(void)lpulRights;
	record_call("IExchangeManageStore", 5);
	return 0;
}

static HRESULT STDMETHODCALLTYPE stub_IExchangeManageStore_6(IExchangeManageStore *This, LPSTR lpszServerName, LPMAPITABLE *lppTable, ULONG ulFlags)
{
	(void)This;
	(void)lpszServerName;
	(void)lppTable;
	(void)ulFlags;
	record_call("IExchangeManageStore", 6);
	return 0;
}

static HRESULT STDMETHODCALLTYPE stub_IExchangeManageStore_7(IExchangeManageStore *This, LPSTR lpszServerName, LPMAPITABLE *lppTable, ULONG ulFlags)
{
	(void)This;
	(void)lpszServerName;
	(void)lppTable;
	(void)ulFlags;
	record_call("IExchangeManageStore", 7);
	return 0;
}

static CONST_VTBL IExchangeManageStoreVtbl stub_vtbl_IExchangeManageStore = {
	stub_IExchangeManageStore_0,
	stub_IExchangeManageStore_1,
	stub_IExchangeManageStore_2,
	stub_IExchangeManageStore_3,
	stub_IExchangeManageStore_4,
	stub_IExchangeManageStore_5,
	stub_IExchangeManageStore_6,
	stub_IExchangeManageStore_7,
};

static void test_IExchangeManageStore(void **state)
{
	IExchangeManageStore object = {&stub_vtbl_IExchangeManageStore};
	IExchangeManageStore *obj = &object;

	(void)state;

	/* slot 0: IUnknown::QueryInterface */
	{
		REFIID a1;
		LPVOID *a2;

		memset(&a1, 0, sizeof(a1));
		memset(&a2, 0, sizeof(a2));
		forget_call();
		IExchangeManageStore_QueryInterface(obj, a1, a2);
		check_call("IExchangeManageStore", 0);
	}

	/* slot 1: IUnknown::AddRef */
	{
		forget_call();
		IExchangeManageStore_AddRef(obj);
		check_call("IExchangeManageStore", 1);
	}

	/* slot 2: IUnknown::Release */
	{
		forget_call();
		IExchangeManageStore_Release(obj);
		check_call("IExchangeManageStore", 2);
	}

	/* slot 3: IExchangeManageStore::CreateStoreEntryID */
	{
		LPSTR a1;
		LPSTR a2;
		ULONG a3;
		ULONG *a4;
		LPENTRYID *a5;

		memset(&a1, 0, sizeof(a1));
		memset(&a2, 0, sizeof(a2));
		memset(&a3, 0, sizeof(a3));
		memset(&a4, 0, sizeof(a4));
		memset(&a5, 0, sizeof(a5));
		forget_call();
		IExchangeManageStore_CreateStoreEntryID(obj, a1, a2, a3, a4, a5);
		check_call("IExchangeManageStore", 3);
	}

	/* slot 4: IExchangeManageStore::EntryIDFromSourceKey */
	{
		ULONG a1;
		BYTE *a2;
		ULONG a3;
		BYTE *a4;
		ULONG *a5;
		LPENTRYID *a6;

		memset(&a1, 0, sizeof(a1));
		memset(&a2, 0, sizeof(a2));
		memset(&a3, 0, sizeof(a3));
		memset(&a4, 0, sizeof(a4));
		memset(&a5, 0, sizeof(a5));
		memset(&a6, 0, sizeof(a6));
		forget_call();
		IExchangeManageStore_EntryIDFromSourceKey(obj, a1, a2, a3, a4, a5, a6);
		check_call("IExchangeManageStore", 4);
	}

	/* slot 5: IExchangeManageStore::GetRights */
	{
		ULONG a1;
		LPENTRYID a2;
		ULONG a3;
		LPENTRYID a4;
		ULONG *a5;

		memset(&a1, 0, sizeof(a1));
		memset(&a2, 0, sizeof(a2));
		memset(&a3, 0, sizeof(a3));
		memset(&a4, 0, sizeof(a4));
		memset(&a5, 0, sizeof(a5));
		forget_call();
		IExchangeManageStore_GetRights(obj, a1, a2, a3, a4, a5);
		check_call("IExchangeManageStore", 5);
	}

	/* slot 6: IExchangeManageStore::GetMailboxTable */
	{
		LPSTR a1;
		LPMAPITABLE *a2;
		ULONG a3;

		memset(&a1, 0, sizeof(a1));
		memset(&a2, 0, sizeof(a2));
		memset(&a3, 0, sizeof(a3));
		forget_call();
		IExchangeManageStore_GetMailboxTable(obj, a1, a2, a3);
		check_call("IExchangeManageStore", 6);
	}

	/* slot 7: IExchangeManageStore::GetPublicFolderTable */
	{
		LPSTR a1;
		LPMAPITABLE *a2;
		ULONG a3;

		memset(&a1, 0, sizeof(a1));
		memset(&a2, 0, sizeof(a2));
		memset(&a3, 0, sizeof(a3));
		forget_call();
		IExchangeManageStore_GetPublicFolderTable(obj, a1, a2, a3);
		check_call("IExchangeManageStore", 7);
	}
}

/* IExchangeModifyTable */

static HRESULT STDMETHODCALLTYPE stub_IExchangeModifyTable_0(IExchangeModifyTable *This, REFIID riid, LPVOID *ppvObj)
{
	(void)This;
	(void)riid;
	(void)ppvObj;
	record_call("IExchangeModifyTable", 0);
	return 0;
}

static ULONG STDMETHODCALLTYPE stub_IExchangeModifyTable_1(IExchangeModifyTable *This)
{
	(void)This;
	record_call("IExchangeModifyTable", 1);
	return 0;
}

static ULONG STDMETHODCALLTYPE stub_IExchangeModifyTable_2(IExchangeModifyTable *This)
{
	(void)This;
	record_call("IExchangeModifyTable", 2);
	return 0;
}

static HRESULT STDMETHODCALLTYPE stub_IExchangeModifyTable_3(IExchangeModifyTable *This, HRESULT hResult, ULONG ulFlags, LPMAPIERROR *lppMAPIError)
{
	(void)This;
	(void)hResult;
	(void)ulFlags;
	(void)lppMAPIError;
	record_call("IExchangeModifyTable", 3);
	return 0;
}

static HRESULT STDMETHODCALLTYPE stub_IExchangeModifyTable_4(IExchangeModifyTable *This, ULONG ulFlags, LPMAPITABLE *lppTable)
{
	(void)This;
	(void)ulFlags;
	(void)lppTable;
	record_call("IExchangeModifyTable", 4);
	return 0;
}

static HRESULT STDMETHODCALLTYPE stub_IExchangeModifyTable_5(IExchangeModifyTable *This, ULONG ulFlags, LPROWLIST lpMods)
{
	(void)This;
	(void)ulFlags;
	(void)lpMods;
	record_call("IExchangeModifyTable", 5);
	return 0;
}

static CONST_VTBL IExchangeModifyTableVtbl stub_vtbl_IExchangeModifyTable = {
	stub_IExchangeModifyTable_0,
	stub_IExchangeModifyTable_1,
	stub_IExchangeModifyTable_2,
	stub_IExchangeModifyTable_3,
	stub_IExchangeModifyTable_4,
	stub_IExchangeModifyTable_5,
};

static void test_IExchangeModifyTable(void **state)
{
	IExchangeModifyTable object = {&stub_vtbl_IExchangeModifyTable};
	IExchangeModifyTable *obj = &object;

	(void)state;

	/* slot 0: IUnknown::QueryInterface */
	{
		REFIID a1;
		LPVOID *a2;

		memset(&a1, 0, sizeof(a1));
		memset(&a2, 0, sizeof(a2));
		forget_call();
		IExchangeModifyTable_QueryInterface(obj, a1, a2);
		check_call("IExchangeModifyTable", 0);
	}

	/* slot 1: IUnknown::AddRef */
	{
		forget_call();
		IExchangeModifyTable_AddRef(obj);
		check_call("IExchangeModifyTable", 1);
	}

	/* slot 2: IUnknown::Release */
	{
		forget_call();
		IExchangeModifyTable_Release(obj);
		check_call("IExchangeModifyTable", 2);
	}

	/* slot 3: IExchangeModifyTable::GetLastError */
	{
		HRESULT a1;
		ULONG a2;
		LPMAPIERROR *a3;

		memset(&a1, 0, sizeof(a1));
		memset(&a2, 0, sizeof(a2));
		memset(&a3, 0, sizeof(a3));
		forget_call();
		IExchangeModifyTable_GetLastError(obj, a1, a2, a3);
		check_call("IExchangeModifyTable", 3);
	}

	/* slot 4: IExchangeModifyTable::GetTable */
	{
		ULONG a1;
		LPMAPITABLE *a2;

		memset(&a1, 0, sizeof(a1));
		memset(&a2, 0, sizeof(a2));
		forget_call();
		IExchangeModifyTable_GetTable(obj, a1, a2);
		check_call("IExchangeModifyTable", 4);
	}

	/* slot 5: IExchangeModifyTable::ModifyTable */
	{
		ULONG a1;
		LPROWLIST a2;

		memset(&a1, 0, sizeof(a1));
		memset(&a2, 0, sizeof(a2));
		forget_call();
		IExchangeModifyTable_ModifyTable(obj, a1, a2);
		check_call("IExchangeModifyTable", 5);
	}
}

/* IMAPIControl */

static HRESULT STDMETHODCALLTYPE stub_IMAPIControl_0(IMAPIControl *This, REFIID riid, LPVOID *ppvObj)
{
	(void)This;
	(void)riid;
	(void)ppvObj;
	record_call("IMAPIControl", 0);
	return 0;
}

static ULONG STDMETHODCALLTYPE stub_IMAPIControl_1(IMAPIControl *This)
{
	(void)This;
	record_call("IMAPIControl", 1);
	return 0;
}

static ULONG STDMETHODCALLTYPE stub_IMAPIControl_2(IMAPIControl *This)
{
	(void)This;
	record_call("IMAPIControl", 2);
	return 0;
}

static HRESULT STDMETHODCALLTYPE stub_IMAPIControl_3(IMAPIControl *This, HRESULT hResult, ULONG ulFlags, LPMAPIERROR *lppMAPIError)
{
	(void)This;
	(void)hResult;
	(void)ulFlags;
	(void)lppMAPIError;
	record_call("IMAPIControl", 3);
	return 0;
}

static HRESULT STDMETHODCALLTYPE stub_IMAPIControl_4(IMAPIControl *This, ULONG ulFlags, ULONG_PTR ulUIParam)
{
	(void)This;
	(void)ulFlags;
	(void)ulUIParam;
	record_call("IMAPIControl", 4);
	return 0;
}

static HRESULT STDMETHODCALLTYPE stub_IMAPIControl_5(IMAPIControl *This, ULONG ulFlags, ULONG *lpulState)
{
	(void)This;
	(void)ulFlags;
	(void)lpulState;
	record_call("IMAPIControl", 5);
	return 0;
}

static CONST_VTBL IMAPIControlVtbl stub_vtbl_IMAPIControl = {
	stub_IMAPIControl_0,
	stub_IMAPIControl_1,
	stub_IMAPIControl_2,
	stub_IMAPIControl_3,
	stub_IMAPIControl_4,
	stub_IMAPIControl_5,
};

static void test_IMAPIControl(void **state)
{
	IMAPIControl object = {&stub_vtbl_IMAPIControl};
	IMAPIControl *obj = &object;

	(void)state;

	/* slot 0: IUnknown::QueryInterface */
	{
		REFIID a1;
		LPVOID *a2;

		memset(&a1, 0, sizeof(a1));
		memset(&a2, 0, sizeof(a2));
		forget_call();
		IMAPIControl_QueryInterface(obj, a1, a2);
		check_call("IMAPIControl", 0);
	}

	/* slot 1: IUnknown::AddRef */
	{
		forget_call();
		IMAPIControl_AddRef(obj);
		check_call("IMAPIControl", 1);
	}

	/* slot 2: IUnknown::Release */
	{
		forget_call();
		IMAPIControl_Release(obj);
		check_call("IMAPIControl", 2);
	}

	/* slot 3: IMAPIControl::GetLastError */
	{
		HRESULT a1;
		ULONG a2;
		LPMAPIERROR *a3;

		memset(&a1, 0, sizeof(a1));
		memset(&a2, 0, sizeof(a2));
		memset(&a3, 0, sizeof(a3));
		forget_call();
		IMAPIControl_GetLastError(obj, a1, a2, a3);
		check_call("IMAPIControl", 3);
	}

	/* slot 4: IMAPIControl::Activate */
	{
		ULONG a1;
		ULONG_PTR a2;

		memset(&a1, 0, sizeof(a1));
		memset(&a2, 0, sizeof(a2));
		forget_call();
		IMAPIControl_Activate(obj, a1, a2);
		check_call("IMAPIControl", 4);
	}

	/* slot 5: IMAPIControl::GetState */
	{
		ULONG a1;
		ULONG *a2;

		memset(&a1, 0, sizeof(a1));
		memset(&a2, 0, sizeof(a2));
		forget_call();
		IMAPIControl_GetState(obj, a1, a2);
		check_call("IMAPIControl", 5);
	}
}

/* IMAPIClientShutdown */

static HRESULT STDMETHODCALLTYPE stub_IMAPIClientShutdown_0(IMAPIClientShutdown *This, REFIID riid, LPVOID *ppvObj)
{
	(void)This;
	(void)riid;
	(void)ppvObj;
	record_call("IMAPIClientShutdown", 0);
	return 0;
}

static ULONG STDMETHODCALLTYPE stub_IMAPIClientShutdown_1(IMAPIClientShutdown *This)
{
	(void)This;
	record_call("IMAPIClientShutdown", 1);
	return 0;
}

static ULONG STDMETHODCALLTYPE stub_IMAPIClientShutdown_2(IMAPIClientShutdown *This)
{
	(void)This;
	record_call("IMAPIClientShutdown", 2);
	return 0;
}

static HRESULT STDMETHODCALLTYPE stub_IMAPIClientShutdown_3(IMAPIClientShutdown *This)
{
	(void)This;
	record_call("IMAPIClientShutdown", 3);
	return 0;
}

static HRESULT STDMETHODCALLTYPE stub_IMAPIClientShutdown_4(IMAPIClientShutdown *This)
{
	(void)This;
	record_call("IMAPIClientShutdown", 4);
	return 0;
}

static HRESULT STDMETHODCALLTYPE stub_IMAPIClientShutdown_5(IMAPIClientShutdown *This)
{
	(void)This;
	record_call("IMAPIClientShutdown", 5);
	return 0;
}

static CONST_VTBL IMAPIClientShutdownVtbl stub_vtbl_IMAPIClientShutdown = {
	stub_IMAPIClientShutdown_0,
	stub_IMAPIClientShutdown_1,
	stub_IMAPIClientShutdown_2,
	stub_IMAPIClientShutdown_3,
	stub_IMAPIClientShutdown_4,
	stub_IMAPIClientShutdown_5,
};

static void test_IMAPIClientShutdown(void **state)
{
	IMAPIClientShutdown object = {&stub_vtbl_IMAPIClientShutdown};
	IMAPIClientShutdown *obj = &object;

	(void)state;

	/* slot 0: IUnknown::QueryInterface */
	{
		REFIID a1;
		LPVOID *a2;

		memset(&a1, 0, sizeof(a1));
		memset(&a2, 0, sizeof(a2));
		forget_call();
		IMAPIClientShutdown_QueryInterface(obj, a1, a2);
		check_call("IMAPIClientShutdown", 0);
	}

	/* slot 1: IUnknown::AddRef */
	{
		forget_call();
		IMAPIClientShutdown_AddRef(obj);
		check_call("IMAPIClientShutdown", 1);
	}

	/* slot 2: IUnknown::Release */
	{
		forget_call();
		IMAPIClientShutdown_Release(obj);
		check_call("IMAPIClientShutdown", 2);
	}

	/* slot 3: IMAPIClientShutdown::QueryFastShutdown */
	{
		forget_call();
		IMAPIClientShutdown_QueryFastShutdown(obj);
		check_call("IMAPIClientShutdown", 3);
	}

	/* slot 4: IMAPIClientShutdown::NotifyProcessShutdown */
	{
		forget_call();
		IMAPIClientShutdown_NotifyProcessShutdown(obj);
		check_call("IMAPIClientShutdown", 4);
	}

	/* slot 5: IMAPIClientShutdown::DoFastShutdown */
	{
		forget_call();
		IMAPIClientShutdown_DoFastShutdown(obj);
		check_call("IMAPIClientShutdown", 5);
	}
}

/* IMAPIProviderShutdown */

static HRESULT STDMETHODCALLTYPE stub_IMAPIProviderShutdown_0(IMAPIProviderShutdown *This, REFIID riid, LPVOID *ppvObj)
{
	(void)This;
	(void)riid;
	(void)ppvObj;
	record_call("IMAPIProviderShutdown", 0);
	return 0;
}

static ULONG STDMETHODCALLTYPE stub_IMAPIProviderShutdown_1(IMAPIProviderShutdown *This)
{
	(void)This;
	record_call("IMAPIProviderShutdown", 1);
	return 0;
}

static ULONG STDMETHODCALLTYPE stub_IMAPIProviderShutdown_2(IMAPIProviderShutdown *This)
{
	(void)This;
	record_call("IMAPIProviderShutdown", 2);
	return 0;
}

static HRESULT STDMETHODCALLTYPE stub_IMAPIProviderShutdown_3(IMAPIProviderShutdown *This)
{
	(void)This;
	record_call("IMAPIProviderShutdown", 3);
	return 0;
}

static HRESULT STDMETHODCALLTYPE stub_IMAPIProviderShutdown_4(IMAPIProviderShutdown *This)
{
	(void)This;
	record_call("IMAPIProviderShutdown", 4);
	return 0;
}

static HRESULT STDMETHODCALLTYPE stub_IMAPIProviderShutdown_5(IMAPIProviderShutdown *This)
{
	(void)This;
	record_call("IMAPIProviderShutdown", 5);
	return 0;
}

static CONST_VTBL IMAPIProviderShutdownVtbl stub_vtbl_IMAPIProviderShutdown = {
	stub_IMAPIProviderShutdown_0,
	stub_IMAPIProviderShutdown_1,
	stub_IMAPIProviderShutdown_2,
	stub_IMAPIProviderShutdown_3,
	stub_IMAPIProviderShutdown_4,
	stub_IMAPIProviderShutdown_5,
};

static void test_IMAPIProviderShutdown(void **state)
{
	IMAPIProviderShutdown object = {&stub_vtbl_IMAPIProviderShutdown};
	IMAPIProviderShutdown *obj = &object;

	(void)state;

	/* slot 0: IUnknown::QueryInterface */
	{
		REFIID a1;
		LPVOID *a2;

		memset(&a1, 0, sizeof(a1));
		memset(&a2, 0, sizeof(a2));
		forget_call();
		IMAPIProviderShutdown_QueryInterface(obj, a1, a2);
		check_call("IMAPIProviderShutdown", 0);
	}

	/* slot 1: IUnknown::AddRef */
	{
		forget_call();
		IMAPIProviderShutdown_AddRef(obj);
		check_call("IMAPIProviderShutdown", 1);
	}

	/* slot 2: IUnknown::Release */
	{
		forget_call();
		IMAPIProviderShutdown_Release(obj);
		check_call("IMAPIProviderShutdown", 2);
	}

	/* slot 3: IMAPIProviderShutdown::QueryFastShutdown */
	{
		forget_call();
		IMAPIProviderShutdown_QueryFastShutdown(obj);
		check_call("IMAPIProviderShutdown", 3);
	}

	/* slot 4: IMAPIProviderShutdown::NotifyProcessShutdown */
	{
		forget_call();
		IMAPIProviderShutdown_NotifyProcessShutdown(obj);
		check_call("IMAPIProviderShutdown", 4);
	}

	/* slot 5: IMAPIProviderShutdown::DoFastShutdown */
	{
		forget_call();
		IMAPIProviderShutdown_DoFastShutdown(obj);
		check_call("IMAPIProviderShutdown", 5);
	}
}

/* IMAPISupport */

static HRESULT STDMETHODCALLTYPE stub_IMAPISupport_0(IMAPISupport *This, REFIID riid, LPVOID *ppvObj)
{
	(void)This;
	(void)riid;
	(void)ppvObj;
	record_call("IMAPISupport", 0);
	return 0;
}

static ULONG STDMETHODCALLTYPE stub_IMAPISupport_1(IMAPISupport *This)
{
	(void)This;
	record_call("IMAPISupport", 1);
	return 0;
}

static ULONG STDMETHODCALLTYPE stub_IMAPISupport_2(IMAPISupport *This)
{
	(void)This;
	record_call("IMAPISupport", 2);
	return 0;
}

static HRESULT STDMETHODCALLTYPE stub_IMAPISupport_3(IMAPISupport *This, HRESULT hResult, ULONG ulFlags, LPMAPIERROR *lppMAPIError)
{
	(void)This;
	(void)hResult;
	(void)ulFlags;
	(void)lppMAPIError;
	record_call("IMAPISupport", 3);
	return 0;
}

static HRESULT STDMETHODCALLTYPE stub_IMAPISupport_4(IMAPISupport *This, LPALLOCATEBUFFER *lpAllocateBuffer, LPALLOCATEMORE *lpAllocateMore, LPFREEBUFFER *lpFreeBuffer)
{
	(void)This;
	(void)lpAllocateBuffer;
	(void)lpAllocateMore;
	(void)lpFreeBuffer;
	record_call("IMAPISupport", 4);
	return 0;
}

static HRESULT STDMETHODCALLTYPE stub_IMAPISupport_5(IMAPISupport *This, LPNOTIFKEY lpKey, ULONG ulEventMask, ULONG ulFlags, LPMAPIADVISESINK lpAdviseSink, ULONG_PTR *lpulConnection)
{
	(void)This;
	(void)lpKey;
	(void)ulEventMask;
	(void)ulFlags;
	(void)lpAdviseSink;
	(void)lpulConnection;
	record_call("IMAPISupport", 5);
	return 0;
}

static HRESULT STDMETHODCALLTYPE stub_IMAPISupport_6(IMAPISupport *This, ULONG_PTR ulConnection)
{
	(void)This;
	(void)ulConnection;
	record_call("IMAPISupport", 6);
	return 0;
}

static HRESULT STDMETHODCALLTYPE stub_IMAPISupport_7(IMAPISupport *This, LPNOTIFKEY lpKey, ULONG cNotification, LPNOTIFICATION lpNotifications, ULONG *lpulFlags)
{
	(void)This;
	(void)lpKey;
	(void)cNotification;
	(void)lpNotifications;
	(void)lpulFlags;
	record_call("IMAPISupport", 7);
	return 0;
}

static HRESULT STDMETHODCALLTYPE stub_IMAPISupport_8(IMAPISupport *This, ULONG cValues, LPSPropValue lpColumnVals, ULONG ulFlags)
{
	(void)This;
	(void)cValues;
	(void)lpColumnVals;
	(void)ulFlags;
	record_call("IMAPISupport", 8);
	return 0;
}

static HRESULT STDMETHODCALLTYPE stub_IMAPISupport_9(IMAPISupport *This, LPMAPIUID lpUid, ULONG ulFlags, LPPROFSECT *lppProfileObj)
{
	(void)This;
	(void)lpUid;
	(void)ulFlags;
	(void)lppProfileObj;
	record_call("IMAPISupport", 9);
	return 0;
}

static HRESULT STDMETHODCALLTYPE stub_IMAPISupport_10(IMAPISupport *This, LPMAPIUID lpMuid, LPTSTR lpszAdrType, LPTSTR lpszDLLName, LPSTR lpszPreprocess, LPSTR lpszRemovePreprocessInfo, ULONG ulFlags)
{
	(void)This;
	(void)lpMuid;
	(void)lpszAdrType;
	(void)lpszDLLName;
	(void)lpszPreprocess;
	(void)lpszRemovePreprocessInfo;
	(void)ulFlags;
	record_call("IMAPISupport", 10);
	return 0;
}

static HRESULT STDMETHODCALLTYPE stub_IMAPISupport_11(IMAPISupport *This, LPMAPIUID lpMuid)
{
	(void)This;
	(void)lpMuid;
	record_call("IMAPISupport", 11);
	return 0;
}

static HRESULT STDMETHODCALLTYPE stub_IMAPISupport_12(IMAPISupport *This, ULONG ulFlags, LPVOID lpObject, ULONG ulRefCount, ULONG cMethods)
{
	(void)This;
	(void)ulFlags;
	(void)lpObject;
	(void)ulRefCount;
	(void)cMethods;
	record_call("IMAPISupport", 12);
	return 0;
}

static HRESULT STDMETHODCALLTYPE stub_IMAPISupport_13(IMAPISupport *This, ULONG ulFlags)
{
	(void)This;
	(void)ulFlags;
	record_call("IMAPISupport", 13);
	return 0;
}

static HRESULT STDMETHODCALLTYPE stub_IMAPISupport_14(IMAPISupport *This, ULONG ulFlags, LPVOID lpvData)
{
	(void)This;
	(void)ulFlags;
	(void)lpvData;
	record_call("IMAPISupport", 14);
	return 0;
}

static HRESULT STDMETHODCALLTYPE stub_IMAPISupport_15(IMAPISupport *This, LPTSTR lpszName, LPTSTR lpszAdrType, LPTSTR lpszAddress, ULONG ulFlags, ULONG *lpcbEntryID, LPENTRYID *lppEntryID)
{
	(void)This;
	(void)lpszName;
	(void)lpszAdrType;
	(void)lpszAddress;
	(void)ulFlags;
	(void)lpcbEntryID;
	(void)lppEntryID;
	record_call("IMAPISupport", 15);
	return 0;
}

static HRESULT STDMETHODCALLTYPE stub_IMAPISupport_16(IMAPISupport *This, LPMAPIUID lpProviderID, ULONG ulFlags)
{
	(void)This;
	(void)lpProviderID;
	(void)ulFlags;
	record_call("IMAPISupport", 16);
	return 0;
}

static HRESULT STDMETHODCALLTYPE stub_IMAPISupport_17(IMAPISupport *This, ULONG cbEntry1, LPENTRYID lpEntry1, ULONG cbEntry2, LPENTRYID lpEntry2, ULONG ulCompareFlags, ULONG *lpulResult)
{
	(void)This;
	(void)cbEntry1;
	(void)lpEntry1;
	(void)cbEntry2;
	(void)lpEntry2;
	(void)ulCompareFlags;
	(void)lpulResult;
	record_call("IMAPISupport", 17);
	return 0;
}

static HRESULT STDMETHODCALLTYPE stub_IMAPISupport_18(IMAPISupport *This, ULONG cbTemplateID, LPENTRYID lpTemplateID, ULONG ulTemplateFlags, LPMAPIPROP lpMAPIPropData, LPCIID lpInterface, LPMAPIPROP *lppMAPIPropNew, LPMAPIPROP lpMAPIPropSibling)
{
	(void)This;
	(void)cbTemplateID;
	(void)lpTemplateID;
	(void)ulTemplateFlags;
	(void)lpMAPIPropData;
	(void)lpInterface;
	(void)lppMAPIPropNew;
	(void)lpMAPIPropSibling;
	record_call("IMAPISupport", 18);
	return 0;
}

static HRESULT STDMETHODCALLTYPE stub_IMAPISupport_19(IMAPISupport *This, ULONG cbEntryID, LPENTRYID lpEntryID, LPCIID lpInterface, ULONG ulOpenFlags, ULONG *lpulObjType, LPUNKNOWN *lppUnk)
{
	(void)This;
	(void)cbEntryID;
	(void)lpEntryID;
	(void)lpInterface;
	(void)ulOpenFlags;
	(void)lpulObjType;
	(void)lppUnk;
	record_call("IMAPISupport", 19);
	return 0;
}

static HRESULT STDMETHODCALLTYPE stub_IMAPISupport_20(IMAPISupport *This, ULONG ulFlags, LPMAPITABLE *lppTable)
{
	(void)This;
	(void)ulFlags;
	(void)lppTable;
	record_call("IMAPISupport", 20);
	return 0;
}

static HRESULT STDMETHODCALLTYPE stub_IMAPISupport_21(IMAPISupport *This, ULONG_PTR *lpulUIParam, LPADRPARM lpAdrParms, LPADRLIST *lppAdrList)
{
	(void)This;
	(void)lpulUIParam;
	(void)lpAdrParms;
	(void)lppAdrList;
	record_call("IMAPISupport", 21);
	return 0;
}

static HRESULT STDMETHODCALLTYPE stub_IMAPISupport_22(IMAPISupport *This, ULONG_PTR *lpulUIParam, LPFNDISMISS lpfnDismiss, LPVOID lpvDismissContext, ULONG cbEntryID, LPENTRYID lpEntryID, LPFNBUTTON lpfButtonCallback, LPVOID lpvButtonContext, LPTSTR lpszButtonText, ULONG ulFlags)
{
	(void)This;
	(void)lpulUIParam;
	(void)lpfnDismiss;
	(void)lpvDismissContext;
	(void)cbEntryID;
	(void)lpEntryID;
	(void)lpfButtonCallback;
	(void)lpvButtonContext;
	(void)lpszButtonText;
	(void)ulFlags;
	record_call("IMAPISupport", 22);
	return 0;
}

static HRESULT STDMETHODCALLTYPE stub_IMAPISupport_23(IMAPISupport *This, ULONG_PTR ulUIParam, ULONG ulFlags, ULONG cbEIDContainer, LPENTRYID lpEIDContainer, ULONG cbEIDNewEntryTpl, LPENTRYID lpEIDNewEntryTpl, ULONG *lpcbEIDNewEntry, LPENTRYID *lppEIDNewEntry)
{
	(void)This;
	(void)ulUIParam;
	(void)ulFlags;
	(void)cbEIDContainer;
	(void)lpEIDContainer;
	(void)cbEIDNewEntryTpl;
	(void)lpEIDNewEntryTpl;
	(void)lpcbEIDNewEntry;
	(void)lppEIDNewEntry;
	record_call("IMAPISupport", 23);
	return 0;
}

static HRESULT STDMETHODCALLTYPE stub_IMAPISupport_24(IMAPISupport *This, ULONG_PTR ulUIParam, ULONG ulFlags, LPTSTR lpszTitle, LPMAPITABLE lpDisplayTable, LPMAPIPROP lpCOnfigData, ULONG ulTopPage)
{
	(void)This;
	(void)ulUIParam;
	(void)ulFlags;
	(void)lpszTitle;
	(void)lpDisplayTable;
	(void)lpCOnfigData;
	(void)ulTopPage;
	record_call("IMAPISupport", 24);
	return 0;
}

static HRESULT STDMETHODCALLTYPE stub_IMAPISupport_25(IMAPISupport *This, LPCIID lpSrcInterface, LPVOID lpSrcFolder, LPENTRYLIST lpMsgList, LPCIID lpDestInterface, LPVOID lpDestFolder, ULONG_PTR ulUIParam, LPMAPIPROGRESS lpProgress, ULONG ulFlags)
{
	(void)This;
	(void)lpSrcInterface;
	(void)lpSrcFolder;
	(void)lpMsgList;
	(void)lpDestInterface;
	(void)lpDestFolder;
	(void)ulUIParam;
	(void)lpProgress;
	(void)ulFlags;
	record_call("IMAPISupport", 25);
	return 0;
}

static HRESULT STDMETHODCALLTYPE stub_IMAPISupport_26(IMAPISupport *This, LPCIID lpSrcInterface, LPVOID lpSrcFolder, ULONG cbEntryID, LPENTRYID lpEntryID, LPCIID lpDestInterface, LPVOID lpDestFolder, LPTSTR lszNewFolderName, ULONG_PTR ulUIParam, LPMAPIPROGRESS lpProgress, ULONG ulFlags)
{
	(void)This;
	(void)lpSrcInterface;
	(void)lpSrcFolder;
	(void)cbEntryID;
	(void)lpEntryID;
	(void)lpDestInterface;
	(void)lpDestFolder;
	(void)lszNewFolderName;
	(void)ulUIParam;
	(void)lpProgress;
	(void)ulFlags;
	record_call("IMAPISupport", 26);
	return 0;
}

static HRESULT STDMETHODCALLTYPE stub_IMAPISupport_27(IMAPISupport *This, LPCIID lpSrcInterface, LPVOID lpSrcObj, ULONG ciidExclude, LPCIID rgiidExclude, LPSPropTagArray lpExcludeProps, ULONG_PTR ulUIParam, LPMAPIPROGRESS lpProgress, LPCIID lpDestInterface, LPVOID lpDestObj, ULONG ulFlags, LPSPropProblemArray *lppProblems)
{
	(void)This;
	(void)lpSrcInterface;
	(void)lpSrcObj;
	(void)ciidExclude;
	(void)rgiidExclude;
	(void)lpExcludeProps;
	(void)ulUIParam;
	(void)lpProgress;
	(void)lpDestInterface;
	(void)lpDestObj;
	(void)ulFlags;
	(void)lppProblems;
	record_call("IMAPISupport", 27);
	return 0;
}

static HRESULT STDMETHODCALLTYPE stub_IMAPISupport_28(IMAPISupport *This, LPCIID lpSrcInterface, LPVOID lpSrcObj, LPSPropTagArray lpIncludeProps, ULONG_PTR ulUIParam, LPMAPIPROGRESS lpProgress, LPCIID lpDestInterface, LPVOID lpDestObj, ULONG ulFlags, LPSPropProblemArray *lppProblems)
{
	(void)This;
	(void)lpSrcInterface;
	(void)lpSrcObj;
	(void)lpIncludeProps;
	(void)ulUIParam;
	(void)lpProgress;
	(void)lpDestInterface;
	(void)lpDestObj;
	(void)ulFlags;
	(void)lppProblems;
	record_call("IMAPISupport", 28);
	return 0;
}

static HRESULT STDMETHODCALLTYPE stub_IMAPISupport_29(IMAPISupport *This, ULONG_PTR ulUIParam, ULONG ulFlags, LPMAPIPROGRESS *lppProgress)
{
	(void)This;
	(void)ulUIParam;
	(void)ulFlags;
	(void)lppProgress;
	record_call("IMAPISupport", 29);
	return 0;
}

static HRESULT STDMETHODCALLTYPE stub_IMAPISupport_30(IMAPISupport *This, ULONG ulFlags, LPMESSAGE lpReadMessage, LPMESSAGE *lppEmptyMessage)
{
	(void)This;
	(void)ulFlags;
	(void)lpReadMessage;
	(void)lppEmptyMessage;
	record_call("IMAPISupport", 30);
	return 0;
}

static HRESULT STDMETHODCALLTYPE stub_IMAPISupport_31(IMAPISupport *This, LPMESSAGE lpMessage, ULONG *lpulFlags)
{
	(void)This;
	(void)lpMessage;
	(void)lpulFlags;
	record_call("IMAPISupport", 31);
	return 0;
}

static HRESULT STDMETHODCALLTYPE stub_IMAPISupport_32(IMAPISupport *This, LPMESSAGE lpMessage, ULONG *lpulFlags)
{
	(void)This;
	(void)lpMessage;
	(void)lpulFlags;
	record_call("IMAPISupport", 32);
	return 0;
}

static HRESULT STDMETHODCALLTYPE stub_IMAPISupport_33(IMAPISupport *This, ULONG ulFlags, LPMESSAGE lpMessage)
{
	(void)This;
	(void)ulFlags;
	(void)lpMessage;
	record_call("IMAPISupport", 33);
	return 0;
}

static HRESULT STDMETHODCALLTYPE stub_IMAPISupport_34(IMAPISupport *This, ULONG ulFlags, LPMESSAGE lpMessage)
{
	(void)This;
	(void)ulFlags;
	(void)lpMessage;
	record_call("IMAPISupport", 34);
	return 0;
}

static HRESULT STDMETHODCALLTYPE stub_IMAPISupport_35(IMAPISupport *This, LPCIID lpInterface, ULONG ulFlags, LPADRBOOK *lppAdrBook)
{
	(void)This;
	(void)lpInterface;
	(void)ulFlags;
	(void)lppAdrBook;
	record_call("IMAPISupport", 35);
	return 0;
}

static HRESULT STDMETHODCALLTYPE stub_IMAPISupport_36(IMAPISupport *This, ULONG ulFlags, ULONG cbEntryID, LPENTRYID lpEntryID)
{
	(void)This;
	(void)ulFlags;
	(void)cbEntryID;
	(void)lpEntryID;
	record_call("IMAPISupport", 36);
	return 0;
}

static HRESULT STDMETHODCALLTYPE stub_IMAPISupport_37(IMAPISupport *This, ULONG ulFlags, ULONG cbEntryID, LPENTRYID lpEntryID)
{
	(void)This;
	(void)ulFlags;
	(void)cbEntryID;
	(void)lpEntryID;
	record_call("IMAPISupport", 37);
	return 0;
}

static HRESULT STDMETHODCALLTYPE stub_IMAPISupport_38(IMAPISupport *This, ULONG *lpulFlags)
{
	(void)This;
	(void)lpulFlags;
	record_call("IMAPISupport", 38);
	return 0;
}

static HRESULT STDMETHODCALLTYPE stub_IMAPISupport_39(IMAPISupport *This, LPMESSAGE lpMessage, LPADRLIST lpRecipList)
{
	(void)This;
	(void)lpMessage;
	(void)lpRecipList;
	record_call("IMAPISupport", 39);
	return 0;
}

static HRESULT STDMETHODCALLTYPE stub_IMAPISupport_40(IMAPISupport *This, ULONG cbOrigEntry, LPENTRYID lpOrigEntry, ULONG *lpcbWrappedEntry, LPENTRYID *lppWrappedEntry)
{
	(void)This;
	(void)cbOrigEntry;
	(void)lpOrigEntry;
	(void)lpcbWrappedEntry;
	(void)lppWrappedEntry;
	record_call("IMAPISupport", 40);
	return 0;
}

static HRESULT STDMETHODCALLTYPE stub_IMAPISupport_41(IMAPISupport *This, ULONG ulFlags)
{
	(void)This;
	(void)ulFlags;
	record_call("IMAPISupport", 41);
	return 0;
}

static HRESULT STDMETHODCALLTYPE stub_IMAPISupport_42(IMAPISupport *This, LPUNKNOWN lpUnkIn, LPCIID lpInterface, ULONG ulFlags, LPSTORAGE *lppStorageOut)
{
	(void)This;
	(void)lpUnkIn;
	(void)lpInterface;
	(void)ulFlags;
	(void)lppStorageOut;
	record_call("IMAPISupport", 42);
	return 0;
}

static HRESULT STDMETHODCALLTYPE stub_IMAPISupport_43(IMAPISupport *This, ULONG ulFlags, LPMAPISUP *lppSvcSupport)
{
	(void)This;
	(void)ulFlags;
	(void)lppSvcSupport;
	record_call("IMAPISupport", 43);
	return 0;
}

static CONST_VTBL IMAPISupportVtbl stub_vtbl_IMAPISupport = {
	stub_IMAPISupport_0,
	stub_IMAPISupport_1,
	stub_IMAPISupport_2,
	stub_IMAPISupport_3,
	stub_IMAPISupport_4,
	stub_IMAPISupport_5,
	stub_IMAPISupport_6,
	stub_IMAPISupport_7,
	stub_IMAPISupport_8,
	stub_IMAPISupport_9,
	stub_IMAPISupport_10,
	stub_IMAPISupport_11,
	stub_IMAPISupport_12,
	stub_IMAPISupport_13,
	stub_IMAPISupport_14,
	stub_IMAPISupport_15,
	stub_IMAPISupport_16,
	stub_IMAPISupport_17,
	stub_IMAPISupport_18,
	stub_IMAPISupport_19,
	stub_IMAPISupport_20,
	stub_IMAPISupport_21,
	stub_IMAPISupport_22,
	stub_IMAPISupport_23,
	stub_IMAPISupport_24,
	stub_IMAPISupport_25,
	stub_IMAPISupport_26,
	stub_IMAPISupport_27,
	stub_IMAPISupport_28,
	stub_IMAPISupport_29,
	stub_IMAPISupport_30,
	stub_IMAPISupport_31,
	stub_IMAPISupport_32,
	stub_IMAPISupport_33,
	stub_IMAPISupport_34,
	stub_IMAPISupport_35,
	stub_IMAPISupport_36,
	stub_IMAPISupport_37,
	stub_IMAPISupport_38,
	stub_IMAPISupport_39,
	stub_IMAPISupport_40,
	stub_IMAPISupport_41,
	stub_IMAPISupport_42,
	stub_IMAPISupport_43,
};

static void test_IMAPISupport(void **state)
{
	IMAPISupport object = {&stub_vtbl_IMAPISupport};
	IMAPISupport *obj = &object;

	(void)state;

	/* slot 0: IUnknown::QueryInterface */
	{
		REFIID a1;
		LPVOID *a2;

		memset(&a1, 0, sizeof(a1));
		memset(&a2, 0, sizeof(a2));
		forget_call();
		IMAPISupport_QueryInterface(obj, a1, a2);
		check_call("IMAPISupport", 0);
	}

	/* slot 1: IUnknown::AddRef */
	{
		forget_call();
		IMAPISupport_AddRef(obj);
		check_call("IMAPISupport", 1);
	}

	/* slot 2: IUnknown::Release */
	{
		forget_call();
		IMAPISupport_Release(obj);
		check_call("IMAPISupport", 2);
	}

	/* slot 3: IMAPISupport::GetLastError */
	{
		HRESULT a1;
		ULONG a2;
		LPMAPIERROR *a3;

		memset(&a1, 0, sizeof(a1));
		memset(&a2, 0, sizeof(a2));
		memset(&a3, 0, sizeof(a3));
		forget_call();
		IMAPISupport_GetLastError(obj, a1, a2, a3);
		check_call("IMAPISupport", 3);
	}

	/* slot 4: IMAPISupport::GetMemAllocRoutines */
	{
		LPALLOCATEBUFFER *a1;
		LPALLOCATEMORE *a2;
		LPFREEBUFFER *a3;

		memset(&a1, 0, sizeof(a1));
		memset(&a2, 0, sizeof(a2));
		memset(&a3, 0, sizeof(a3));
		forget_call();
		IMAPISupport_GetMemAllocRoutines(obj, a1, a2, a3);
		check_call("IMAPISupport", 4);
	}

	/* slot 5: IMAPISupport::Subscribe */
	{
		LPNOTIFKEY a1;
		ULONG a2;
		ULONG a3;
		LPMAPIADVISESINK a4;
		ULONG_PTR *a5;

		memset(&a1, 0, sizeof(a1));
		memset(&a2, 0, sizeof(a2));
		memset(&a3, 0, sizeof(a3));
		memset(&a4, 0, sizeof(a4));
		memset(&a5, 0, sizeof(a5));
		forget_call();
		IMAPISupport_Subscribe(obj, a1, a2, a3, a4, a5);
		check_call("IMAPISupport", 5);
	}

	/* slot 6: IMAPISupport::Unsubscribe */
	{
		ULONG_PTR a1;

		memset(&a1, 0, sizeof(a1));
		forget_call();
		IMAPISupport_Unsubscribe(obj, a1);
		check_call("IMAPISupport", 6);
	}

	/* slot 7: IMAPISupport::Notify */
	{
		LPNOTIFKEY a1;
		ULONG a2;
		LPNOTIFICATION a3;
		ULONG *a4;

		memset(&a1, 0, sizeof(a1));
		memset(&a2, 0, sizeof(a2));
		memset(&a3, 0, sizeof(a3));
		memset(&a4, 0, sizeof(a4));
		forget_call();
		IMAPISupport_Notify(obj, a1, a2, a3, a4);
		check_call("IMAPISupport", 7);
	}

	/* slot 8: IMAPISupport::ModifyStatusRow */
	{
		ULONG a1;
		LPSPropValue a2;
		ULONG a3;

		memset(&a1, 0, sizeof(a1));
		memset(&a2, 0, sizeof(a2));
		memset(&a3, 0, sizeof(a3));
		forget_call();
		IMAPISupport_ModifyStatusRow(obj, a1, a2, a3);
		check_call("IMAPISupport", 8);
	}

	/* slot 9: IMAPISupport::OpenProfileSection */
	{
		LPMAPIUID a1;
		ULONG a2;
		LPPROFSECT *a3;

		memset(&a1, 0, sizeof(a1));
		memset(&a2, 0, sizeof(a2));
		memset(&a3, 0, sizeof(a3));
		forget_call();
		IMAPISupport_OpenProfileSection(obj, a1, a2, a3);
		check_call("IMAPISupport", 9);
	}

	/* slot 10: IMAPISupport::RegisterPreprocessor */
	{
		LPMAPIUID a1;
		LPTSTR a2;
		LPTSTR a3;
		LPSTR a4;
		LPSTR a5;
		ULONG a6;

		memset(&a1, 0, sizeof(a1));
		memset(&a2, 0, sizeof(a2));
		memset(&a3, 0, sizeof(a3));
		memset(&a4, 0, sizeof(a4));
		memset(&a5, 0, sizeof(a5));
		memset(&a6, 0, sizeof(a6));
		forget_call();
		IMAPISupport_RegisterPreprocessor(obj, a1, a2, a3, a4, a5, a6);
		check_call("IMAPISupport", 10);
	}

	/* slot 11: IMAPISupport::NewUID */
	{
		LPMAPIUID a1;

		memset(&a1, 0, sizeof(a1));
		forget_call();
		IMAPISupport_NewUID(obj, a1);
		check_call("IMAPISupport", 11);
	}

	/* slot 12: IMAPISupport::MakeInvalid */
	{
		ULONG a1;
		LPVOID a2;
		ULONG a3;
		ULONG a4;

		memset(&a1, 0, sizeof(a1));
		memset(&a2, 0, sizeof(a2));
		memset(&a3, 0, sizeof(a3));
		memset(&a4, 0, sizeof(a4));
		forget_call();
		IMAPISupport_MakeInvalid(obj, a1, a2, a3, a4);
		check_call("IMAPISupport", 12);
	}

	/* slot 13: IMAPISupport::SpoolerYield */
	{
		ULONG a1;

		memset(&a1, 0, sizeof(a1));
		forget_call();
		IMAPISupport_SpoolerYield(obj, a1);
		check_call("IMAPISupport", 13);
	}

	/* slot 14: IMAPISupport::SpoolerNotify */
	{
		ULONG a1;
		LPVOID a2;

		memset(&a1, 0, sizeof(a1));
		memset(&a2, 0, sizeof(a2));
		forget_call();
		IMAPISupport_SpoolerNotify(obj, a1, a2);
		check_call("IMAPISupport", 14);
	}

	/* slot 15: IMAPISupport::CreateOneOff */
	{
		LPTSTR a1;
		LPTSTR a2;
		LPTSTR a3;
		ULONG a4;
		ULONG *a5;
		LPENTRYID *a6;

		memset(&a1, 0, sizeof(a1));
		memset(&a2, 0, sizeof(a2));
		memset(&a3, 0, sizeof(a3));
		memset(&a4, 0, sizeof(a4));
		memset(&a5, 0, sizeof(a5));
		memset(&a6, 0, sizeof(a6));
		forget_call();
		IMAPISupport_CreateOneOff(obj, a1, a2, a3, a4, a5, a6);
		check_call("IMAPISupport", 15);
	}

	/* slot 16: IMAPISupport::SetProviderUID */
	{
		LPMAPIUID a1;
		ULONG a2;

		memset(&a1, 0, sizeof(a1));
		memset(&a2, 0, sizeof(a2));
		forget_call();
		IMAPISupport_SetProviderUID(obj, a1, a2);
		check_call("IMAPISupport", 16);
	}

	/* slot 17: IMAPISupport::CompareEntryIDs */
	{
		ULONG a1;
		LPENTRYID a2;
		ULONG a3;
		LPENTRYID a4;
		ULONG a5;
		ULONG *a6;

		memset(&a1, 0, sizeof(a1));
		memset(&a2, 0, sizeof(a2));
		memset(&a3, 0, sizeof(a3));
		memset(&a4, 0, sizeof(a4));
		memset(&a5, 0, sizeof(a5));
		memset(&a6, 0, sizeof(a6));
		forget_call();
		IMAPISupport_CompareEntryIDs(obj, a1, a2, a3, a4, a5, a6);
		check_call("IMAPISupport", 17);
	}

	/* slot 18: IMAPISupport::OpenTemplateID */
	{
		ULONG a1;
		LPENTRYID a2;
		ULONG a3;
		LPMAPIPROP a4;
		LPCIID a5;
		LPMAPIPROP *a6;
		LPMAPIPROP a7;

		memset(&a1, 0, sizeof(a1));
		memset(&a2, 0, sizeof(a2));
		memset(&a3, 0, sizeof(a3));
		memset(&a4, 0, sizeof(a4));
		memset(&a5, 0, sizeof(a5));
		memset(&a6, 0, sizeof(a6));
		memset(&a7, 0, sizeof(a7));
		forget_call();
		IMAPISupport_OpenTemplateID(obj, a1, a2, a3, a4, a5, a6, a7);
		check_call("IMAPISupport", 18);
	}

	/* slot 19: IMAPISupport::OpenEntry */
	{
		ULONG a1;
		LPENTRYID a2;
		LPCIID a3;
		ULONG a4;
		ULONG *a5;
		LPUNKNOWN *a6;

		memset(&a1, 0, sizeof(a1));
		memset(&a2, 0, sizeof(a2));
		memset(&a3, 0, sizeof(a3));
		memset(&a4, 0, sizeof(a4));
		memset(&a5, 0, sizeof(a5));
		memset(&a6, 0, sizeof(a6));
		forget_call();
		IMAPISupport_OpenEntry(obj, a1, a2, a3, a4, a5, a6);
		check_call("IMAPISupport", 19);
	}

	/* slot 20: IMAPISupport::GetOneOffTable */
	{
		ULONG a1;
		LPMAPITABLE *a2;

		memset(&a1, 0, sizeof(a1));
		memset(&a2, 0, sizeof(a2));
		forget_call();
		IMAPISupport_GetOneOffTable(obj, a1, a2);
		check_call("IMAPISupport", 20);
	}

	/* slot 21: IMAPISupport::Address */
	{
		ULONG_PTR *a1;
		LPADRPARM a2;
		LPADRLIST *a3;

		memset(&a1, 0, sizeof(a1));
		memset(&a2, 0, sizeof(a2));
		memset(&a3, 0, sizeof(a3));
		forget_call();
		IMAPISupport_Address(obj, a1, a2, a3);
		check_call("IMAPISupport", 21);
	}

	/* slot 22: IMAPISupport::Details */
	{
		ULONG_PTR *a1;
		LPFNDISMISS a2;
		LPVOID a3;
		ULONG a4;
		LPENTRYID a5;
		LPFNBUTTON a6;
		LPVOID a7;
		LPTSTR a8;
		ULONG a9;

		memset(&a1, 0, sizeof(a1));
		memset(&a2, 0, sizeof(a2));
		memset(&a3, 0, sizeof(a3));
		memset(&a4, 0, sizeof(a4));
		memset(&a5, 0, sizeof(a5));
		memset(&a6, 0, sizeof(a6));
		memset(&a7, 0, sizeof(a7));
		memset(&a8, 0, sizeof(a8));
		memset(&a9, 0, sizeof(a9));
		forget_call();
		IMAPISupport_Details(obj, a1, a2, a3, a4, a5, a6, a7, a8, a9);
		check_call("IMAPISupport", 22);
	}

	/* slot 23: IMAPISupport::NewEntry */
	{
		ULONG_PTR a1;
		ULONG a2;
		ULONG a3;
		LPENTRYID a4;
		ULONG a5;
		LPENTRYID a6;
		ULONG *a7;
		LPENTRYID *a8;

		memset(&a1, 0, sizeof(a1));
		memset(&a2, 0, sizeof(a2));
		memset(&a3, 0, sizeof(a3));
		memset(&a4, 0, sizeof(a4));
		memset(&a5, 0, sizeof(a5));
		memset(&a6, 0, sizeof(a6));
		memset(&a7, 0, sizeof(a7));
		memset(&a8, 0, sizeof(a8));
		forget_call();
		IMAPISupport_NewEntry(obj, a1, a2, a3, a4, a5, a6, a7, a8);
		check_call("IMAPISupport", 23);
	}

	/* slot 24: IMAPISupport::DoConfigPropsheet */
	{
		ULONG_PTR a1;
		ULONG a2;
		LPTSTR a3;
		LPMAPITABLE a4;
		LPMAPIPROP a5;
		ULONG a6;

		memset(&a1, 0, sizeof(a1));
		memset(&a2, 0, sizeof(a2));
		memset(&a3, 0, sizeof(a3));
		memset(&a4, 0, sizeof(a4));
		memset(&a5, 0, sizeof(a5));
		memset(&a6, 0, sizeof(a6));
		forget_call();
		IMAPISupport_DoConfigPropsheet(obj, a1, a2, a3, a4, a5, a6);
		check_call("IMAPISupport", 24);
	}

	/* slot 25: IMAPISupport::CopyMessages */
	{
		LPCIID a1;
		LPVOID a2;
		LPENTRYLIST a3;
		LPCIID a4;
		LPVOID a5;
		ULONG_PTR a6;
		LPMAPIPROGRESS a7;
		ULONG a8;

		memset(&a1, 0, sizeof(a1));
		memset(&a2, 0, sizeof(a2));
		memset(&a3, 0, sizeof(a3));
		memset(&a4, 0, sizeof(a4));
		memset(&a5, 0, sizeof(a5));
		memset(&a6, 0, sizeof(a6));
		memset(&a7, 0, sizeof(a7));
		memset(&a8, 0, sizeof(a8));
		forget_call();
		IMAPISupport_CopyMessages(obj, a1, a2, a3, a4, a5, a6, a7, a8);
		check_call("IMAPISupport", 25);
	}

	/* slot 26: IMAPISupport::CopyFolder */
	{
		LPCIID a1;
		LPVOID a2;
		ULONG a3;
		LPENTRYID a4;
		LPCIID a5;
		LPVOID a6;
		LPTSTR a7;
		ULONG_PTR a8;
		LPMAPIPROGRESS a9;
		ULONG a10;

		memset(&a1, 0, sizeof(a1));
		memset(&a2, 0, sizeof(a2));
		memset(&a3, 0, sizeof(a3));
		memset(&a4, 0, sizeof(a4));
		memset(&a5, 0, sizeof(a5));
		memset(&a6, 0, sizeof(a6));
		memset(&a7, 0, sizeof(a7));
		memset(&a8, 0, sizeof(a8));
		memset(&a9, 0, sizeof(a9));
		memset(&a10, 0, sizeof(a10));
		forget_call();
		IMAPISupport_CopyFolder(obj, a1, a2, a3, a4, a5, a6, a7, a8, a9, a10);
		check_call("IMAPISupport", 26);
	}

	/* slot 27: IMAPISupport::DoCopyTo */
	{
		LPCIID a1;
		LPVOID a2;
		ULONG a3;
		LPCIID a4;
		LPSPropTagArray a5;
		ULONG_PTR a6;
		LPMAPIPROGRESS a7;
		LPCIID a8;
		LPVOID a9;
		ULONG a10;
		LPSPropProblemArray *a11;

		memset(&a1, 0, sizeof(a1));
		memset(&a2, 0, sizeof(a2));
		memset(&a3, 0, sizeof(a3));
		memset(&a4, 0, sizeof(a4));
		memset(&a5, 0, sizeof(a5));
		memset(&a6, 0, sizeof(a6));
		memset(&a7, 0, sizeof(a7));
		memset(&a8, 0, sizeof(a8));
		memset(&a9, 0, sizeof(a9));
		memset(&a10, 0, sizeof(a10));
		memset(&a11, 0, sizeof(a11));
		forget_call();
		IMAPISupport_DoCopyTo(obj, a1, a2, a3, a4, a5, a6, a7, a8, a9, a10, a11);
		check_call("IMAPISupport", 27);
	}

	/* slot 28: IMAPISupport::DoCopyProps */
	{
		LPCIID a1;
		LPVOID a2;
		LPSPropTagArray a3;
		ULONG_PTR a4;
		LPMAPIPROGRESS a5;
		LPCIID a6;
		LPVOID a7;
		ULONG a8;
		LPSPropProblemArray *a9;

		memset(&a1, 0, sizeof(a1));
		memset(&a2, 0, sizeof(a2));
		memset(&a3, 0, sizeof(a3));
		memset(&a4, 0, sizeof(a4));
		memset(&a5, 0, sizeof(a5));
		memset(&a6, 0, sizeof(a6));
		memset(&a7, 0, sizeof(a7));
		memset(&a8, 0, sizeof(a8));
		memset(&a9, 0, sizeof(a9));
		forget_call();
		IMAPISupport_DoCopyProps(obj, a1, a2, a3, a4, a5, a6, a7, a8, a9);
		check_call("IMAPISupport", 28);
	}

	/* slot 29: IMAPISupport::DoProgressDialog */
	{
		ULONG_PTR a1;
		ULONG a2;
		LPMAPIPROGRESS *a3;

		memset(&a1, 0, sizeof(a1));
		memset(&a2, 0, sizeof(a2));
		memset(&a3, 0, sizeof(a3));
		forget_call();
		IMAPISupport_DoProgressDialog(obj, a1, a2, a3);
		check_call("IMAPISupport", 29);
	}

	/* slot 30: IMAPISupport::ReadReceipt */
	{
		ULONG a1;
		LPMESSAGE a2;
		LPMESSAGE *a3;

		memset(&a1, 0, sizeof(a1));
		memset(&a2, 0, sizeof(a2));
		memset(&a3, 0, sizeof(a3));
		forget_call();
		IMAPISupport_ReadReceipt(obj, a1, a2, a3);
		check_call("IMAPISupport", 30);
	}

	/* slot 31: IMAPISupport::PrepareSubmit */
	{
		LPMESSAGE a1;
		ULONG *a2;

		memset(&a1, 0, sizeof(a1));
		memset(&a2, 0, sizeof(a2));
		forget_call();
		IMAPISupport_PrepareSubmit(obj, a1, a2);
		check_call("IMAPISupport", 31);
	}

	/* slot 32: IMAPISupport::ExpandRecips */
	{
		LPMESSAGE a1;
		ULONG *a2;

		memset(&a1, 0, sizeof(a1));
		memset(&a2, 0, sizeof(a2));
		forget_call();
		IMAPISupport_ExpandRecips(obj, a1, a2);
		check_call("IMAPISupport", 32);
	}

	/* slot 33: IMAPISupport::UpdatePAB */
	{
		ULONG a1;
		LPMESSAGE a2;

		memset(&a1, 0, sizeof(a1));
		memset(&a2, 0, sizeof(a2));
		forget_call();
		IMAPISupport_UpdatePAB(obj, a1, a2);
		check_call("IMAPISupport", 33);
	}

	/* slot 34: IMAPISupport::DoSentMail */
	{
		ULONG a1;
		LPMESSAGE a2;

		memset(&a1, 0, sizeof(a1));
		memset(&a2, 0, sizeof(a2));
		forget_call();
		IMAPISupport_DoSentMail(obj, a1, a2);
		check_call("IMAPISupport", 34);
	}

	/* slot 35: IMAPISupport::OpenAddressBook */
	{
		LPCIID a1;
		ULONG a2;
		LPADRBOOK *a3;

		memset(&a1, 0, sizeof(a1));
		memset(&a2, 0, sizeof(a2));
		memset(&a3, 0, sizeof(a3));
		forget_call();
		IMAPISupport_OpenAddressBook(obj, a1, a2, a3);
		check_call("IMAPISupport", 35);
	}

	/* slot 36: IMAPISupport::Preprocess */
	{
		ULONG a1;
		ULONG a2;
		LPENTRYID a3;

		memset(&a1, 0, sizeof(a1));
		memset(&a2, 0, sizeof(a2));
		memset(&a3, 0, sizeof(a3));
		forget_call();
		IMAPISupport_Preprocess(obj, a1, a2, a3);
		check_call("IMAPISupport", 36);
	}

	/* slot 37: IMAPISupport::CompleteMsg */
	{
		ULONG a1;
		ULONG a2;
		LPENTRYID a3;

		memset(&a1, 0, sizeof(a1));
		memset(&a2, 0, sizeof(a2));
		memset(&a3, 0, sizeof(a3));
		forget_call();
		IMAPISupport_CompleteMsg(obj, a1, a2, a3);
		check_call("IMAPISupport", 37);
	}

	/* slot 38: IMAPISupport::StoreLogoffTransports */
	{
		ULONG *a1;

		memset(&a1, 0, sizeof(a1));
		forget_call();
		IMAPISupport_StoreLogoffTransports(obj, a1);
		check_call("IMAPISupport", 38);
	}

	/* slot 39: IMAPISupport::StatusRecips */
	{
		LPMESSAGE a1;
		LPADRLIST a2;

		memset(&a1, 0, sizeof(a1));
		memset(&a2, 0, sizeof(a2));
		forget_call();
		IMAPISupport_StatusRecips(obj, a1, a2);
		check_call("IMAPISupport", 39);
	}

	/* slot 40: IMAPISupport::WrapStoreEntryID */
	{
		ULONG a1;
		LPENTRYID a2;
		ULONG *a3;
		LPENTRYID *a4;

		memset(&a1, 0, sizeof(a1));
		memset(&a2, 0, sizeof(a2));
		memset(&a3, 0, sizeof(a3));
		memset(&a4, 0, sizeof(a4));
		forget_call();
		IMAPISupport_WrapStoreEntryID(obj, a1, a2, a3, a4);
		check_call("IMAPISupport", 40);
	}

	/* slot 41: IMAPISupport::ModifyProfile */
	{
		ULONG a1;

		memset(&a1, 0, sizeof(a1));
		forget_call();
		IMAPISupport_ModifyProfile(obj, a1);
		check_call("IMAPISupport", 41);
	}

	/* slot 42: IMAPISupport::IStorageFromStream */
	{
		LPUNKNOWN a1;
		LPCIID a2;
		ULONG a3;
		LPSTORAGE *a4;

		memset(&a1, 0, sizeof(a1));
		memset(&a2, 0, sizeof(a2));
		memset(&a3, 0, sizeof(a3));
		memset(&a4, 0, sizeof(a4));
		forget_call();
		IMAPISupport_IStorageFromStream(obj, a1, a2, a3, a4);
		check_call("IMAPISupport", 42);
	}

	/* slot 43: IMAPISupport::GetSvcConfigSupportObj */
	{
		ULONG a1;
		LPMAPISUP *a2;

		memset(&a1, 0, sizeof(a1));
		memset(&a2, 0, sizeof(a2));
		forget_call();
		IMAPISupport_GetSvcConfigSupportObj(obj, a1, a2);
		check_call("IMAPISupport", 43);
	}
}

/* IABLogon */

static HRESULT STDMETHODCALLTYPE stub_IABLogon_0(IABLogon *This, REFIID riid, LPVOID *ppvObj)
{
	(void)This;
	(void)riid;
	(void)ppvObj;
	record_call("IABLogon", 0);
	return 0;
}

static ULONG STDMETHODCALLTYPE stub_IABLogon_1(IABLogon *This)
{
	(void)This;
	record_call("IABLogon", 1);
	return 0;
}

static ULONG STDMETHODCALLTYPE stub_IABLogon_2(IABLogon *This)
{
	(void)This;
	record_call("IABLogon", 2);
	return 0;
}

static HRESULT STDMETHODCALLTYPE stub_IABLogon_3(IABLogon *This, HRESULT hResult, ULONG ulFlags, LPMAPIERROR *lppMAPIError)
{
	(void)This;
	(void)hResult;
	(void)ulFlags;
	(void)lppMAPIError;
	record_call("IABLogon", 3);
	return 0;
}

static HRESULT STDMETHODCALLTYPE stub_IABLogon_4(IABLogon *This, ULONG ulFlags)
{
	(void)This;
	(void)ulFlags;
	record_call("IABLogon", 4);
	return 0;
}

static HRESULT STDMETHODCALLTYPE stub_IABLogon_5(IABLogon *This, ULONG cbEntryID, LPENTRYID lpEntryID, LPCIID lpInterface, ULONG ulFlags, ULONG *lpulObjType, LPUNKNOWN *lppUnk)
{
	(void)This;
	(void)cbEntryID;
	(void)lpEntryID;
	(void)lpInterface;
	(void)ulFlags;
	(void)lpulObjType;
	(void)lppUnk;
	record_call("IABLogon", 5);
	return 0;
}

static HRESULT STDMETHODCALLTYPE stub_IABLogon_6(IABLogon *This, ULONG cbEntryID1, LPENTRYID lpEntryID1, ULONG cbEntryID2, LPENTRYID lpEntryID2, ULONG ulFlags, ULONG *lpulResult)
{
	(void)This;
	(void)cbEntryID1;
	(void)lpEntryID1;
	(void)cbEntryID2;
	(void)lpEntryID2;
	(void)ulFlags;
	(void)lpulResult;
	record_call("IABLogon", 6);
	return 0;
}

static HRESULT STDMETHODCALLTYPE stub_IABLogon_7(IABLogon *This, ULONG cbEntryID, LPENTRYID lpEntryID, ULONG ulEventMask, LPMAPIADVISESINK lpAdviseSink, ULONG_PTR *lpulConnection)
{
	(void)This;
	(void)cbEntryID;
	(void)lpEntryID;
	(void)ulEventMask;
	(void)lpAdviseSink;
	(void)lpulConnection;
	record_call("IABLogon", 7);
	return 0;
}

static HRESULT STDMETHODCALLTYPE stub_IABLogon_8(IABLogon *This, ULONG_PTR ulConnection)
{
	(void)This;
	(void)ulConnection;
	record_call("IABLogon", 8);
	return 0;
}

static HRESULT STDMETHODCALLTYPE stub_IABLogon_9(IABLogon *This, LPCIID lpInterface, ULONG ulFlags, ULONG *lpulObjType, LPMAPISTATUS *lppEntry)
{
	(void)This;
	(void)lpInterface;
	(void)ulFlags;
	(void)lpulObjType;
	(void)lppEntry;
	record_call("IABLogon", 9);
	return 0;
}

static HRESULT STDMETHODCALLTYPE stub_IABLogon_10(IABLogon *This, ULONG cbTemplateID, LPENTRYID lpTemplateID, ULONG ulTemplateFlags, LPMAPIPROP lpMAPIPropData, LPCIID lpInterface, LPMAPIPROP *lppMAPIPropNew, LPMAPIPROP lpMAPIPropSibling)
{
	(void)This;
	(void)cbTemplateID;
	(void)lpTemplateID;
	(void)ulTemplateFlags;
	(void)lpMAPIPropData;
	(void)lpInterface;
	(void)lppMAPIPropNew;
	(void)lpMAPIPropSibling;
	record_call("IABLogon", 10);
	return 0;
}

static HRESULT STDMETHODCALLTYPE stub_IABLogon_11(IABLogon *This, ULONG ulFlags, LPMAPITABLE *lppTable)
{
	(void)This;
	(void)ulFlags;
	(void)lppTable;
	record_call("IABLogon", 11);
	return 0;
}

static HRESULT STDMETHODCALLTYPE stub_IABLogon_12(IABLogon *This, ULONG ulFlags, LPSPropTagArray lpPropTagArray, LPADRLIST lpRecipList)
{
	(void)This;
	(void)ulFlags;
	(void)lpPropTagArray;
	(void)lpRecipList;
	record_call("IABLogon", 12);
	return 0;
}

static CONST_VTBL IABLogonVtbl stub_vtbl_IABLogon = {
	stub_IABLogon_0,
	stub_IABLogon_1,
	stub_IABLogon_2,
	stub_IABLogon_3,
	stub_IABLogon_4,
	stub_IABLogon_5,
	stub_IABLogon_6,
	stub_IABLogon_7,
	stub_IABLogon_8,
	stub_IABLogon_9,
	stub_IABLogon_10,
	stub_IABLogon_11,
	stub_IABLogon_12,
};

static void test_IABLogon(void **state)
{
	IABLogon object = {&stub_vtbl_IABLogon};
	IABLogon *obj = &object;

	(void)state;

	/* slot 0: IUnknown::QueryInterface */
	{
		REFIID a1;
		LPVOID *a2;

		memset(&a1, 0, sizeof(a1));
		memset(&a2, 0, sizeof(a2));
		forget_call();
		IABLogon_QueryInterface(obj, a1, a2);
		check_call("IABLogon", 0);
	}

	/* slot 1: IUnknown::AddRef */
	{
		forget_call();
		IABLogon_AddRef(obj);
		check_call("IABLogon", 1);
	}

	/* slot 2: IUnknown::Release */
	{
		forget_call();
		IABLogon_Release(obj);
		check_call("IABLogon", 2);
	}

	/* slot 3: IABLogon::GetLastError */
	{
		HRESULT a1;
		ULONG a2;
		LPMAPIERROR *a3;

		memset(&a1, 0, sizeof(a1));
		memset(&a2, 0, sizeof(a2));
		memset(&a3, 0, sizeof(a3));
		forget_call();
		IABLogon_GetLastError(obj, a1, a2, a3);
		check_call("IABLogon", 3);
	}

	/* slot 4: IABLogon::Logoff */
	{
		ULONG a1;

		memset(&a1, 0, sizeof(a1));
		forget_call();
		IABLogon_Logoff(obj, a1);
		check_call("IABLogon", 4);
	}

	/* slot 5: IABLogon::OpenEntry */
	{
		ULONG a1;
		LPENTRYID a2;
		LPCIID a3;
		ULONG a4;
		ULONG *a5;
		LPUNKNOWN *a6;

		memset(&a1, 0, sizeof(a1));
		memset(&a2, 0, sizeof(a2));
		memset(&a3, 0, sizeof(a3));
		memset(&a4, 0, sizeof(a4));
		memset(&a5, 0, sizeof(a5));
		memset(&a6, 0, sizeof(a6));
		forget_call();
		IABLogon_OpenEntry(obj, a1, a2, a3, a4, a5, a6);
		check_call("IABLogon", 5);
	}

	/* slot 6: IABLogon::CompareEntryIDs */
	{
		ULONG a1;
		LPENTRYID a2;
		ULONG a3;
		LPENTRYID a4;
		ULONG a5;
		ULONG *a6;

		memset(&a1, 0, sizeof(a1));
		memset(&a2, 0, sizeof(a2));
		memset(&a3, 0, sizeof(a3));
		memset(&a4, 0, sizeof(a4));
		memset(&a5, 0, sizeof(a5));
		memset(&a6, 0, sizeof(a6));
		forget_call();
		IABLogon_CompareEntryIDs(obj, a1, a2, a3, a4, a5, a6);
		check_call("IABLogon", 6);
	}

	/* slot 7: IABLogon::Advise */
	{
		ULONG a1;
		LPENTRYID a2;
		ULONG a3;
		LPMAPIADVISESINK a4;
		ULONG_PTR *a5;

		memset(&a1, 0, sizeof(a1));
		memset(&a2, 0, sizeof(a2));
		memset(&a3, 0, sizeof(a3));
		memset(&a4, 0, sizeof(a4));
		memset(&a5, 0, sizeof(a5));
		forget_call();
		IABLogon_Advise(obj, a1, a2, a3, a4, a5);
		check_call("IABLogon", 7);
	}

	/* slot 8: IABLogon::Unadvise */
	{
		ULONG_PTR a1;

		memset(&a1, 0, sizeof(a1));
		forget_call();
		IABLogon_Unadvise(obj, a1);
		check_call("IABLogon", 8);
	}

	/* slot 9: IABLogon::OpenStatusEntry */
	{
		LPCIID a1;
		ULONG a2;
		ULONG *a3;
		LPMAPISTATUS *a4;

		memset(&a1, 0, sizeof(a1));
		memset(&a2, 0, sizeof(a2));
		memset(&a3, 0, sizeof(a3));
		memset(&a4, 0, sizeof(a4));
		forget_call();
		IABLogon_OpenStatusEntry(obj, a1, a2, a3, a4);
		check_call("IABLogon", 9);
	}

	/* slot 10: IABLogon::OpenTemplateID */
	{
		ULONG a1;
		LPENTRYID a2;
		ULONG a3;
		LPMAPIPROP a4;
		LPCIID a5;
		LPMAPIPROP *a6;
		LPMAPIPROP a7;

		memset(&a1, 0, sizeof(a1));
		memset(&a2, 0, sizeof(a2));
		memset(&a3, 0, sizeof(a3));
		memset(&a4, 0, sizeof(a4));
		memset(&a5, 0, sizeof(a5));
		memset(&a6, 0, sizeof(a6));
		memset(&a7, 0, sizeof(a7));
		forget_call();
		IABLogon_OpenTemplateID(obj, a1, a2, a3, a4, a5, a6, a7);
		check_call("IABLogon", 10);
	}

	/* slot 11: IABLogon::GetOneOffTable */
	{
		ULONG a1;
		LPMAPITABLE *a2;

		memset(&a1, 0, sizeof(a1));
		memset(&a2, 0, sizeof(a2));
		forget_call();
		IABLogon_GetOneOffTable(obj, a1, a2);
		check_call("IABLogon", 11);
	}

	/* slot 12: IABLogon::PrepareRecips */
	{
		ULONG a1;
		LPSPropTagArray a2;
		LPADRLIST a3;

		memset(&a1, 0, sizeof(a1));
		memset(&a2, 0, sizeof(a2));
		memset(&a3, 0, sizeof(a3));
		forget_call();
		IABLogon_PrepareRecips(obj, a1, a2, a3);
		check_call("IABLogon", 12);
	}
}

/* IABProvider */

static HRESULT STDMETHODCALLTYPE stub_IABProvider_0(IABProvider *This, REFIID riid, LPVOID *ppvObj)
{
	(void)This;
	(void)riid;
	(void)ppvObj;
	record_call("IABProvider", 0);
	return 0;
}

static ULONG STDMETHODCALLTYPE stub_IABProvider_1(IABProvider *This)
{
	(void)This;
	record_call("IABProvider", 1);
	return 0;
}

static ULONG STDMETHODCALLTYPE stub_IABProvider_2(IABProvider *This)
{
	(void)This;
	record_call("IABProvider", 2);
	return 0;
}

static HRESULT STDMETHODCALLTYPE stub_IABProvider_3(IABProvider *This, ULONG *lpulFlags)
{
	(void)This;
	(void)lpulFlags;
	record_call("IABProvider", 3);
	return 0;
}

static HRESULT STDMETHODCALLTYPE stub_IABProvider_4(IABProvider *This, LPMAPISUP lpMAPISup, ULONG_PTR ulUIParam, LPTSTR lpszProfileName, ULONG ulFlags, ULONG *lpulpcbSecurity, LPBYTE *lppbSecurity, LPMAPIERROR *lppMAPIError, LPABLOGON *lppABLogon)
{
	(void)This;
	(void)lpMAPISup;
	(void)ulUIParam;
	(void)lpszProfileName;
	(void)ulFlags;
	(void)lpulpcbSecurity;
	(void)lppbSecurity;
	(void)lppMAPIError;
	(void)lppABLogon;
	record_call("IABProvider", 4);
	return 0;
}

static CONST_VTBL IABProviderVtbl stub_vtbl_IABProvider = {
	stub_IABProvider_0,
	stub_IABProvider_1,
	stub_IABProvider_2,
	stub_IABProvider_3,
	stub_IABProvider_4,
};

static void test_IABProvider(void **state)
{
	IABProvider object = {&stub_vtbl_IABProvider};
	IABProvider *obj = &object;

	(void)state;

	/* slot 0: IUnknown::QueryInterface */
	{
		REFIID a1;
		LPVOID *a2;

		memset(&a1, 0, sizeof(a1));
		memset(&a2, 0, sizeof(a2));
		forget_call();
		IABProvider_QueryInterface(obj, a1, a2);
		check_call("IABProvider", 0);
	}

	/* slot 1: IUnknown::AddRef */
	{
		forget_call();
		IABProvider_AddRef(obj);
		check_call("IABProvider", 1);
	}

	/* slot 2: IUnknown::Release */
	{
		forget_call();
		IABProvider_Release(obj);
		check_call("IABProvider", 2);
	}

	/* slot 3: IABProvider::Shutdown */
	{
		ULONG *a1;

		memset(&a1, 0, sizeof(a1));
		forget_call();
		IABProvider_Shutdown(obj, a1);
		check_call("IABProvider", 3);
	}

	/* slot 4: IABProvider::Logon */
	{
		LPMAPISUP a1;
		ULONG_PTR a2;
		LPTSTR a3;
		ULONG a4;
		ULONG *a5;
		LPBYTE *a6;
		LPMAPIERROR *a7;
		LPABLOGON *a8;

		memset(&a1, 0, sizeof(a1));
		memset(&a2, 0, sizeof(a2));
		memset(&a3, 0, sizeof(a3));
		memset(&a4, 0, sizeof(a4));
		memset(&a5, 0, sizeof(a5));
		memset(&a6, 0, sizeof(a6));
		memset(&a7, 0, sizeof(a7));
		memset(&a8, 0, sizeof(a8));
		forget_call();
		IABProvider_Logon(obj, a1, a2, a3, a4, a5, a6, a7, a8);
		check_call("IABProvider", 4);
	}
}

/* IXPLogon */

static HRESULT STDMETHODCALLTYPE stub_IXPLogon_0(IXPLogon *This, REFIID riid, LPVOID *ppvObj)
{
	(void)This;
	(void)riid;
	(void)ppvObj;
	record_call("IXPLogon", 0);
	return 0;
}

static ULONG STDMETHODCALLTYPE stub_IXPLogon_1(IXPLogon *This)
{
	(void)This;
	record_call("IXPLogon", 1);
	return 0;
}

static ULONG STDMETHODCALLTYPE stub_IXPLogon_2(IXPLogon *This)
{
	(void)This;
	record_call("IXPLogon", 2);
	return 0;
}

static HRESULT STDMETHODCALLTYPE stub_IXPLogon_3(IXPLogon *This, ULONG *lpulFlags, ULONG *lpcAdrType, LPTSTR **lpppAdrTypeArray, ULONG *lpcMAPIUID, LPMAPIUID **lpppUIDArray)
{
	(void)This;
	(void)lpulFlags;
	(void)lpcAdrType;
	(void)lpppAdrTypeArray;
	(void)lpcMAPIUID;
	(void)lpppUIDArray;
	record_call("IXPLogon", 3);
	return 0;
}

static HRESULT STDMETHODCALLTYPE stub_IXPLogon_4(IXPLogon *This, ULONG *lpulFlags, ULONG *lpcOptions, LPOPTIONDATA *lppOptions)
{
	(void)This;
	(void)lpulFlags;
	(void)lpcOptions;
	(void)lppOptions;
	record_call("IXPLogon", 4);
	return 0;
}

static HRESULT STDMETHODCALLTYPE stub_IXPLogon_5(IXPLogon *This, ULONG *lpulFlags, LPVOID *lppvData)
{
	(void)This;
	(void)lpulFlags;
	(void)lppvData;
	record_call("IXPLogon", 5);
	return 0;
}

static HRESULT STDMETHODCALLTYPE stub_IXPLogon_6(IXPLogon *This, ULONG ulFlags)
{
	(void)This;
	(void)ulFlags;
	record_call("IXPLogon", 6);
	return 0;
}

static HRESULT STDMETHODCALLTYPE stub_IXPLogon_7(IXPLogon *This, ULONG ulFlags)
{
	(void)This;
	(void)ulFlags;
	record_call("IXPLogon", 7);
	return 0;
}

static HRESULT STDMETHODCALLTYPE stub_IXPLogon_8(IXPLogon *This, ULONG ulFlags, LPMESSAGE lpMessage, ULONG_PTR *lpulMsgRef, ULONG_PTR *lpulReturnParm)
{
	(void)This;
	(void)ulFlags;
	(void)lpMessage;
	(void)lpulMsgRef;
	(void)lpulReturnParm;
	record_call("IXPLogon", 8);
	return 0;
}

static HRESULT STDMETHODCALLTYPE stub_IXPLogon_9(IXPLogon *This, ULONG_PTR ulMsgRef, ULONG *lpulFlags)
{
	(void)This;
	(void)ulMsgRef;
	(void)lpulFlags;
	record_call("IXPLogon", 9);
	return 0;
}

static HRESULT STDMETHODCALLTYPE stub_IXPLogon_10(IXPLogon *This, ULONG *lpulIncoming)
{
	(void)This;
	(void)lpulIncoming;
	record_call("IXPLogon", 10);
	return 0;
}

static HRESULT STDMETHODCALLTYPE stub_IXPLogon_11(IXPLogon *This, ULONG ulFlags, LPMESSAGE lpMessage, ULONG_PTR *lpulMsgRef)
{
	(void)This;
	(void)ulFlags;
	(void)lpMessage;
	(void)lpulMsgRef;
	record_call("IXPLogon", 11);
	return 0;
}

static HRESULT STDMETHODCALLTYPE stub_IXPLogon_12(IXPLogon *This, LPCIID lpInterface, ULONG ulFlags, ULONG *lpulObjType, LPMAPISTATUS *lppEntry)
{
	(void)This;
	(void)lpInterface;
	(void)ulFlags;
	(void)lpulObjType;
	(void)lppEntry;
	record_call("IXPLogon", 12);
	return 0;
}

static HRESULT STDMETHODCALLTYPE stub_IXPLogon_13(IXPLogon *This, ULONG_PTR ulUIParam, ULONG ulFlags)
{
	(void)This;
	(void)ulUIParam;
	(void)ulFlags;
	record_call("IXPLogon", 13);
	return 0;
}

static HRESULT STDMETHODCALLTYPE stub_IXPLogon_14(IXPLogon *This, ULONG_PTR ulUIParam, ULONG cbTargetTransport, LPENTRYID lpTargetTransport, ULONG ulFlags)
{
	(void)This;
	(void)ulUIParam;
	(void)cbTargetTransport;
	(void)lpTargetTransport;
	(void)ulFlags;
	record_call("IXPLogon", 14);
	return 0;
}

static CONST_VTBL IXPLogonVtbl stub_vtbl_IXPLogon = {
	stub_IXPLogon_0,
	stub_IXPLogon_1,
	stub_IXPLogon_2,
	stub_IXPLogon_3,
	stub_IXPLogon_4,
	stub_IXPLogon_5,
	stub_IXPLogon_6,
	stub_IXPLogon_7,
	stub_IXPLogon_8,
	stub_IXPLogon_9,
	stub_IXPLogon_10,
	stub_IXPLogon_11,
	stub_IXPLogon_12,
	stub_IXPLogon_13,
	stub_IXPLogon_14,
};

static void test_IXPLogon(void **state)
{
	IXPLogon object = {&stub_vtbl_IXPLogon};
	IXPLogon *obj = &object;

	(void)state;

	/* slot 0: IUnknown::QueryInterface */
	{
		REFIID a1;
		LPVOID *a2;

		memset(&a1, 0, sizeof(a1));
		memset(&a2, 0, sizeof(a2));
		forget_call();
		IXPLogon_QueryInterface(obj, a1, a2);
		check_call("IXPLogon", 0);
	}

	/* slot 1: IUnknown::AddRef */
	{
		forget_call();
		IXPLogon_AddRef(obj);
		check_call("IXPLogon", 1);
	}

	/* slot 2: IUnknown::Release */
	{
		forget_call();
		IXPLogon_Release(obj);
		check_call("IXPLogon", 2);
	}

	/* slot 3: IXPLogon::AddressTypes */
	{
		ULONG *a1;
		ULONG *a2;
		LPTSTR **a3;
		ULONG *a4;
		LPMAPIUID **a5;

		memset(&a1, 0, sizeof(a1));
		memset(&a2, 0, sizeof(a2));
		memset(&a3, 0, sizeof(a3));
		memset(&a4, 0, sizeof(a4));
		memset(&a5, 0, sizeof(a5));
		forget_call();
		IXPLogon_AddressTypes(obj, a1, a2, a3, a4, a5);
		check_call("IXPLogon", 3);
	}

	/* slot 4: IXPLogon::RegisterOptions */
	{
		ULONG *a1;
		ULONG *a2;
		LPOPTIONDATA *a3;

		memset(&a1, 0, sizeof(a1));
		memset(&a2, 0, sizeof(a2));
		memset(&a3, 0, sizeof(a3));
		forget_call();
		IXPLogon_RegisterOptions(obj, a1, a2, a3);
		check_call("IXPLogon", 4);
	}

	/* slot 5: IXPLogon::TransportNotify */
	{
		ULONG *a1;
		LPVOID *a2;

		memset(&a1, 0, sizeof(a1));
		memset(&a2, 0, sizeof(a2));
		forget_call();
		IXPLogon_TransportNotify(obj, a1, a2);
		check_call("IXPLogon", 5);
	}

	/* slot 6: IXPLogon::Idle */
	{
		ULONG a1;

		memset(&a1, 0, sizeof(a1));
		forget_call();
		IXPLogon_Idle(obj, a1);
		check_call("IXPLogon", 6);
	}

	/* slot 7: IXPLogon::TransportLogoff */
	{
		ULONG a1;

		memset(&a1, 0, sizeof(a1));
		forget_call();
		IXPLogon_TransportLogoff(obj, a1);
		check_call("IXPLogon", 7);
	}

	/* slot 8: IXPLogon::SubmitMessage */
	{
		ULONG a1;
		LPMESSAGE a2;
		ULONG_PTR *a3;
		ULONG_PTR *a4;

		memset(&a1, 0, sizeof(a1));
		memset(&a2, 0, sizeof(a2));
		memset(&a3, 0, sizeof(a3));
		memset(&a4, 0, sizeof(a4));
		forget_call();
		IXPLogon_SubmitMessage(obj, a1, a2, a3, a4);
		check_call("IXPLogon", 8);
	}

	/* slot 9: IXPLogon::EndMessage */
	{
		ULONG_PTR a1;
		ULONG *a2;

		memset(&a1, 0, sizeof(a1));
		memset(&a2, 0, sizeof(a2));
		forget_call();
		IXPLogon_EndMessage(obj, a1, a2);
		check_call("IXPLogon", 9);
	}

	/* slot 10: IXPLogon::Poll */
	{
		ULONG *a1;

		memset(&a1, 0, sizeof(a1));
		forget_call();
		IXPLogon_Poll(obj, a1);
		check_call("IXPLogon", 10);
	}

	/* slot 11: IXPLogon::StartMessage */
	{
		ULONG a1;
		LPMESSAGE a2;
		ULONG_PTR *a3;

		memset(&a1, 0, sizeof(a1));
		memset(&a2, 0, sizeof(a2));
		memset(&a3, 0, sizeof(a3));
		forget_call();
		IXPLogon_StartMessage(obj, a1, a2, a3);
		check_call("IXPLogon", 11);
	}

	/* slot 12: IXPLogon::OpenStatusEntry */
	{
		LPCIID a1;
		ULONG a2;
		ULONG *a3;
		LPMAPISTATUS *a4;

		memset(&a1, 0, sizeof(a1));
		memset(&a2, 0, sizeof(a2));
		memset(&a3, 0, sizeof(a3));
		memset(&a4, 0, sizeof(a4));
		forget_call();
		IXPLogon_OpenStatusEntry(obj, a1, a2, a3, a4);
		check_call("IXPLogon", 12);
	}

	/* slot 13: IXPLogon::ValidateState */
	{
		ULONG_PTR a1;
		ULONG a2;

		memset(&a1, 0, sizeof(a1));
		memset(&a2, 0, sizeof(a2));
		forget_call();
		IXPLogon_ValidateState(obj, a1, a2);
		check_call("IXPLogon", 13);
	}

	/* slot 14: IXPLogon::FlushQueues */
	{
		ULONG_PTR a1;
		ULONG a2;
		LPENTRYID a3;
		ULONG a4;

		memset(&a1, 0, sizeof(a1));
		memset(&a2, 0, sizeof(a2));
		memset(&a3, 0, sizeof(a3));
		memset(&a4, 0, sizeof(a4));
		forget_call();
		IXPLogon_FlushQueues(obj, a1, a2, a3, a4);
		check_call("IXPLogon", 14);
	}
}

/* IXPProvider */

static HRESULT STDMETHODCALLTYPE stub_IXPProvider_0(IXPProvider *This, REFIID riid, LPVOID *ppvObj)
{
	(void)This;
	(void)riid;
	(void)ppvObj;
	record_call("IXPProvider", 0);
	return 0;
}

static ULONG STDMETHODCALLTYPE stub_IXPProvider_1(IXPProvider *This)
{
	(void)This;
	record_call("IXPProvider", 1);
	return 0;
}

static ULONG STDMETHODCALLTYPE stub_IXPProvider_2(IXPProvider *This)
{
	(void)This;
	record_call("IXPProvider", 2);
	return 0;
}

static HRESULT STDMETHODCALLTYPE stub_IXPProvider_3(IXPProvider *This, ULONG *lpulFlags)
{
	(void)This;
	(void)lpulFlags;
	record_call("IXPProvider", 3);
	return 0;
}

static HRESULT STDMETHODCALLTYPE stub_IXPProvider_4(IXPProvider *This, LPMAPISUP lpMAPISup, ULONG_PTR ulUIParam, LPTSTR lpszProfileName, ULONG *lpulFlags, LPMAPIERROR *lppMAPIError, LPXPLOGON *lppXPLogon)
{
	(void)This;
	(void)lpMAPISup;
	(void)ulUIParam;
	(void)lpszProfileName;
	(void)lpulFlags;
	(void)lppMAPIError;
	(void)lppXPLogon;
	record_call("IXPProvider", 4);
	return 0;
}

static CONST_VTBL IXPProviderVtbl stub_vtbl_IXPProvider = {
	stub_IXPProvider_0,
	stub_IXPProvider_1,
	stub_IXPProvider_2,
	stub_IXPProvider_3,
	stub_IXPProvider_4,
};

static void test_IXPProvider(void **state)
{
	IXPProvider object = {&stub_vtbl_IXPProvider};
	IXPProvider *obj = &object;

	(void)state;

	/* slot 0: IUnknown::QueryInterface */
	{
		REFIID a1;
		LPVOID *a2;

		memset(&a1, 0, sizeof(a1));
		memset(&a2, 0, sizeof(a2));
		forget_call();
		IXPProvider_QueryInterface(obj, a1, a2);
		check_call("IXPProvider", 0);
	}

	/* slot 1: IUnknown::AddRef */
	{
		forget_call();
		IXPProvider_AddRef(obj);
		check_call("IXPProvider", 1);
	}

	/* slot 2: IUnknown::Release */
	{
		forget_call();
		IXPProvider_Release(obj);
		check_call("IXPProvider", 2);
	}

	/* slot 3: IXPProvider::Shutdown */
	{
		ULONG *a1;

		memset(&a1, 0, sizeof(a1));
		forget_call();
		IXPProvider_Shutdown(obj, a1);
		check_call("IXPProvider", 3);
	}

	/* slot 4: IXPProvider::TransportLogon */
	{
		LPMAPISUP a1;
		ULONG_PTR a2;
		LPTSTR a3;
		ULONG *a4;
		LPMAPIERROR *a5;
		LPXPLOGON *a6;

		memset(&a1, 0, sizeof(a1));
		memset(&a2, 0, sizeof(a2));
		memset(&a3, 0, sizeof(a3));
		memset(&a4, 0, sizeof(a4));
		memset(&a5, 0, sizeof(a5));
		memset(&a6, 0, sizeof(a6));
		forget_call();
		IXPProvider_TransportLogon(obj, a1, a2, a3, a4, a5, a6);
		check_call("IXPProvider", 4);
	}
}

/* IMSLogon */

static HRESULT STDMETHODCALLTYPE stub_IMSLogon_0(IMSLogon *This, REFIID riid, LPVOID *ppvObj)
{
	(void)This;
	(void)riid;
	(void)ppvObj;
	record_call("IMSLogon", 0);
	return 0;
}

static ULONG STDMETHODCALLTYPE stub_IMSLogon_1(IMSLogon *This)
{
	(void)This;
	record_call("IMSLogon", 1);
	return 0;
}

static ULONG STDMETHODCALLTYPE stub_IMSLogon_2(IMSLogon *This)
{
	(void)This;
	record_call("IMSLogon", 2);
	return 0;
}

static HRESULT STDMETHODCALLTYPE stub_IMSLogon_3(IMSLogon *This, HRESULT hResult, ULONG ulFlags, LPMAPIERROR *lppMAPIError)
{
	(void)This;
	(void)hResult;
	(void)ulFlags;
	(void)lppMAPIError;
	record_call("IMSLogon", 3);
	return 0;
}

static HRESULT STDMETHODCALLTYPE stub_IMSLogon_4(IMSLogon *This, ULONG *lpulFlags)
{
	(void)This;
	(void)lpulFlags;
	record_call("IMSLogon", 4);
	return 0;
}

static HRESULT STDMETHODCALLTYPE stub_IMSLogon_5(IMSLogon *This, ULONG cbEntryID, LPENTRYID lpEntryID, LPCIID lpInterface, ULONG ulFlags, ULONG *lpulObjType, LPUNKNOWN *lppUnk)
{
	(void)This;
	(void)cbEntryID;
	(void)lpEntryID;
	(void)lpInterface;
	(void)ulFlags;
	(void)lpulObjType;
	(void)lppUnk;
	record_call("IMSLogon", 5);
	return 0;
}

static HRESULT STDMETHODCALLTYPE stub_IMSLogon_6(IMSLogon *This, ULONG cbEntryID1, LPENTRYID lpEntryID1, ULONG cbEntryID2, LPENTRYID lpEntryID2, ULONG ulFlags, ULONG *lpulResult)
{
	(void)This;
	(void)cbEntryID1;
	(void)lpEntryID1;
	(void)cbEntryID2;
	(void)lpEntryID2;
	(void)ulFlags;
	(void)lpulResult;
	record_call("IMSLogon", 6);
	return 0;
}

static HRESULT STDMETHODCALLTYPE stub_IMSLogon_7(IMSLogon *This, ULONG cbEntryID, LPENTRYID lpEntryID, ULONG ulEventMask, LPMAPIADVISESINK lpAdviseSink, ULONG_PTR *lpulConnection)
{
	(void)This;
	(void)cbEntryID;
	(void)lpEntryID;
	(void)ulEventMask;
	(void)lpAdviseSink;
	(void)lpulConnection;
	record_call("IMSLogon", 7);
	return 0;
}

static HRESULT STDMETHODCALLTYPE stub_IMSLogon_8(IMSLogon *This, ULONG_PTR ulConnection)
{
	(void)This;
	(void)ulConnection;
	record_call("IMSLogon", 8);
	return 0;
}

static HRESULT STDMETHODCALLTYPE stub_IMSLogon_9(IMSLogon *This, LPCIID lpInterface, ULONG ulFlags, ULONG *lpulObjType, LPVOID *lppEntry)
{
	(void)This;
	(void)lpInterface;
	(void)ulFlags;
	(void)lpulObjType;
	(void)lppEntry;
	record_call("IMSLogon", 9);
	return 0;
}

static CONST_VTBL IMSLogonVtbl stub_vtbl_IMSLogon = {
	stub_IMSLogon_0,
	stub_IMSLogon_1,
	stub_IMSLogon_2,
	stub_IMSLogon_3,
	stub_IMSLogon_4,
	stub_IMSLogon_5,
	stub_IMSLogon_6,
	stub_IMSLogon_7,
	stub_IMSLogon_8,
	stub_IMSLogon_9,
};

static void test_IMSLogon(void **state)
{
	IMSLogon object = {&stub_vtbl_IMSLogon};
	IMSLogon *obj = &object;

	(void)state;

	/* slot 0: IUnknown::QueryInterface */
	{
		REFIID a1;
		LPVOID *a2;

		memset(&a1, 0, sizeof(a1));
		memset(&a2, 0, sizeof(a2));
		forget_call();
		IMSLogon_QueryInterface(obj, a1, a2);
		check_call("IMSLogon", 0);
	}

	/* slot 1: IUnknown::AddRef */
	{
		forget_call();
		IMSLogon_AddRef(obj);
		check_call("IMSLogon", 1);
	}

	/* slot 2: IUnknown::Release */
	{
		forget_call();
		IMSLogon_Release(obj);
		check_call("IMSLogon", 2);
	}

	/* slot 3: IMSLogon::GetLastError */
	{
		HRESULT a1;
		ULONG a2;
		LPMAPIERROR *a3;

		memset(&a1, 0, sizeof(a1));
		memset(&a2, 0, sizeof(a2));
		memset(&a3, 0, sizeof(a3));
		forget_call();
		IMSLogon_GetLastError(obj, a1, a2, a3);
		check_call("IMSLogon", 3);
	}

	/* slot 4: IMSLogon::Logoff */
	{
		ULONG *a1;

		memset(&a1, 0, sizeof(a1));
		forget_call();
		IMSLogon_Logoff(obj, a1);
		check_call("IMSLogon", 4);
	}

	/* slot 5: IMSLogon::OpenEntry */
	{
		ULONG a1;
		LPENTRYID a2;
		LPCIID a3;
		ULONG a4;
		ULONG *a5;
		LPUNKNOWN *a6;

		memset(&a1, 0, sizeof(a1));
		memset(&a2, 0, sizeof(a2));
		memset(&a3, 0, sizeof(a3));
		memset(&a4, 0, sizeof(a4));
		memset(&a5, 0, sizeof(a5));
		memset(&a6, 0, sizeof(a6));
		forget_call();
		IMSLogon_OpenEntry(obj, a1, a2, a3, a4, a5, a6);
		check_call("IMSLogon", 5);
	}

	/* slot 6: IMSLogon::CompareEntryIDs */
	{
		ULONG a1;
		LPENTRYID a2;
		ULONG a3;
		LPENTRYID a4;
		ULONG a5;
		ULONG *a6;

		memset(&a1, 0, sizeof(a1));
		memset(&a2, 0, sizeof(a2));
		memset(&a3, 0, sizeof(a3));
		memset(&a4, 0, sizeof(a4));
		memset(&a5, 0, sizeof(a5));
		memset(&a6, 0, sizeof(a6));
		forget_call();
		IMSLogon_CompareEntryIDs(obj, a1, a2, a3, a4, a5, a6);
		check_call("IMSLogon", 6);
	}

	/* slot 7: IMSLogon::Advise */
	{
		ULONG a1;
		LPENTRYID a2;
		ULONG a3;
		LPMAPIADVISESINK a4;
		ULONG_PTR *a5;

		memset(&a1, 0, sizeof(a1));
		memset(&a2, 0, sizeof(a2));
		memset(&a3, 0, sizeof(a3));
		memset(&a4, 0, sizeof(a4));
		memset(&a5, 0, sizeof(a5));
		forget_call();
		IMSLogon_Advise(obj, a1, a2, a3, a4, a5);
		check_call("IMSLogon", 7);
	}

	/* slot 8: IMSLogon::Unadvise */
	{
		ULONG_PTR a1;

		memset(&a1, 0, sizeof(a1));
		forget_call();
		IMSLogon_Unadvise(obj, a1);
		check_call("IMSLogon", 8);
	}

	/* slot 9: IMSLogon::OpenStatusEntry */
	{
		LPCIID a1;
		ULONG a2;
		ULONG *a3;
		LPVOID *a4;

		memset(&a1, 0, sizeof(a1));
		memset(&a2, 0, sizeof(a2));
		memset(&a3, 0, sizeof(a3));
		memset(&a4, 0, sizeof(a4));
		forget_call();
		IMSLogon_OpenStatusEntry(obj, a1, a2, a3, a4);
		check_call("IMSLogon", 9);
	}
}

/* IMSProvider */

static HRESULT STDMETHODCALLTYPE stub_IMSProvider_0(IMSProvider *This, REFIID riid, LPVOID *ppvObj)
{
	(void)This;
	(void)riid;
	(void)ppvObj;
	record_call("IMSProvider", 0);
	return 0;
}

static ULONG STDMETHODCALLTYPE stub_IMSProvider_1(IMSProvider *This)
{
	(void)This;
	record_call("IMSProvider", 1);
	return 0;
}

static ULONG STDMETHODCALLTYPE stub_IMSProvider_2(IMSProvider *This)
{
	(void)This;
	record_call("IMSProvider", 2);
	return 0;
}

static HRESULT STDMETHODCALLTYPE stub_IMSProvider_3(IMSProvider *This, ULONG *lpulFlags)
{
	(void)This;
	(void)lpulFlags;
	record_call("IMSProvider", 3);
	return 0;
}

static HRESULT STDMETHODCALLTYPE stub_IMSProvider_4(IMSProvider *This, LPMAPISUP lpMAPISup, ULONG_PTR ulUIParam, LPTSTR lpszProfileName, ULONG cbEntryID, LPENTRYID lpEntryID, ULONG ulFlags, LPCIID lpInterface, ULONG *lpcbSpoolSecurity, LPBYTE *lppbSpoolSecurity, LPMAPIERROR *lppMAPIError, LPMSLOGON *lppMSLogon, LPMDB *lppMDB)
{
	(void)This;
	(void)lpMAPISup;
	(void)ulUIParam;
	(void)lpszProfileName;
	(void)cbEntryID;
	(void)lpEntryID;
	(void)ulFlags;
	(void)lpInterface;
	(void)lpcbSpoolSecurity;
	(void)lppbSpoolSecurity;
	(void)lppMAPIError;
	(void)lppMSLogon;
	(void)lppMDB;
	record_call("IMSProvider", 4);
	return 0;
}

static HRESULT STDMETHODCALLTYPE stub_IMSProvider_5(IMSProvider *This, LPMAPISUP lpMAPISup, ULONG_PTR ulUIParam, LPTSTR lpszProfileName, ULONG cbEntryID, LPENTRYID lpEntryID, ULONG ulFlags, LPCIID lpInterface, ULONG cbSpoolSecurity, LPBYTE lpbSpoolSecurity, LPMAPIERROR *lppMAPIError, LPMSLOGON *lppMSLogon, LPMDB *lppMDB)
{
	(void)This;
	(void)lpMAPISup;
	(void)ulUIParam;
	(void)lpszProfileName;
	(void)cbEntryID;
	(void)lpEntryID;
	(void)ulFlags;
	(void)lpInterface;
	(void)cbSpoolSecurity;
	(void)lpbSpoolSecurity;
	(void)lppMAPIError;
	(void)lppMSLogon;
	(void)lppMDB;
	record_call("IMSProvider", 5);
	return 0;
}

static HRESULT STDMETHODCALLTYPE stub_IMSProvider_6(IMSProvider *This, ULONG cbEntryID1, LPENTRYID lpEntryID1, ULONG cbEntryID2, LPENTRYID lpEntryID2, ULONG ulFlags, ULONG *lpulResult)
{
	(void)This;
	(void)cbEntryID1;
	(void)lpEntryID1;
	(void)cbEntryID2;
	(void)lpEntryID2;
	(void)ulFlags;
	(void)lpulResult;
	record_call("IMSProvider", 6);
	return 0;
}

static CONST_VTBL IMSProviderVtbl stub_vtbl_IMSProvider = {
	stub_IMSProvider_0,
	stub_IMSProvider_1,
	stub_IMSProvider_2,
	stub_IMSProvider_3,
	stub_IMSProvider_4,
	stub_IMSProvider_5,
	stub_IMSProvider_6,
};

static void test_IMSProvider(void **state)
{
	IMSProvider object = {&stub_vtbl_IMSProvider};
	IMSProvider *obj = &object;

	(void)state;

	/* slot 0: IUnknown::QueryInterface */
	{
		REFIID a1;
		LPVOID *a2;

		memset(&a1, 0, sizeof(a1));
		memset(&a2, 0, sizeof(a2));
		forget_call();
		IMSProvider_QueryInterface(obj, a1, a2);
		check_call("IMSProvider", 0);
	}

	/* slot 1: IUnknown::AddRef */
	{
		forget_call();
		IMSProvider_AddRef(obj);
		check_call("IMSProvider", 1);
	}

	/* slot 2: IUnknown::Release */
	{
		forget_call();
		IMSProvider_Release(obj);
		check_call("IMSProvider", 2);
	}

	/* slot 3: IMSProvider::Shutdown */
	{
		ULONG *a1;

		memset(&a1, 0, sizeof(a1));
		forget_call();
		IMSProvider_Shutdown(obj, a1);
		check_call("IMSProvider", 3);
	}

	/* slot 4: IMSProvider::Logon */
	{
		LPMAPISUP a1;
		ULONG_PTR a2;
		LPTSTR a3;
		ULONG a4;
		LPENTRYID a5;
		ULONG a6;
		LPCIID a7;
		ULONG *a8;
		LPBYTE *a9;
		LPMAPIERROR *a10;
		LPMSLOGON *a11;
		LPMDB *a12;

		memset(&a1, 0, sizeof(a1));
		memset(&a2, 0, sizeof(a2));
		memset(&a3, 0, sizeof(a3));
		memset(&a4, 0, sizeof(a4));
		memset(&a5, 0, sizeof(a5));
		memset(&a6, 0, sizeof(a6));
		memset(&a7, 0, sizeof(a7));
		memset(&a8, 0, sizeof(a8));
		memset(&a9, 0, sizeof(a9));
		memset(&a10, 0, sizeof(a10));
		memset(&a11, 0, sizeof(a11));
		memset(&a12, 0, sizeof(a12));
		forget_call();
		IMSProvider_Logon(obj, a1, a2, a3, a4, a5, a6, a7, a8, a9, a10, a11, a12);
		check_call("IMSProvider", 4);
	}

	/* slot 5: IMSProvider::SpoolerLogon */
	{
		LPMAPISUP a1;
		ULONG_PTR a2;
		LPTSTR a3;
		ULONG a4;
		LPENTRYID a5;
		ULONG a6;
		LPCIID a7;
		ULONG a8;
		LPBYTE a9;
		LPMAPIERROR *a10;
		LPMSLOGON *a11;
		LPMDB *a12;

		memset(&a1, 0, sizeof(a1));
		memset(&a2, 0, sizeof(a2));
		memset(&a3, 0, sizeof(a3));
		memset(&a4, 0, sizeof(a4));
		memset(&a5, 0, sizeof(a5));
		memset(&a6, 0, sizeof(a6));
		memset(&a7, 0, sizeof(a7));
		memset(&a8, 0, sizeof(a8));
		memset(&a9, 0, sizeof(a9));
		memset(&a10, 0, sizeof(a10));
		memset(&a11, 0, sizeof(a11));
		memset(&a12, 0, sizeof(a12));
		forget_call();
		IMSProvider_SpoolerLogon(obj, a1, a2, a3, a4, a5, a6, a7, a8, a9, a10, a11, a12);
		check_call("IMSProvider", 5);
	}

	/* slot 6: IMSProvider::CompareStoreIDs */
	{
		ULONG a1;
		LPENTRYID a2;
		ULONG a3;
		LPENTRYID a4;
		ULONG a5;
		ULONG *a6;

		memset(&a1, 0, sizeof(a1));
		memset(&a2, 0, sizeof(a2));
		memset(&a3, 0, sizeof(a3));
		memset(&a4, 0, sizeof(a4));
		memset(&a5, 0, sizeof(a5));
		memset(&a6, 0, sizeof(a6));
		forget_call();
		IMSProvider_CompareStoreIDs(obj, a1, a2, a3, a4, a5, a6);
		check_call("IMSProvider", 6);
	}
}

/* IExchangeManageStore2 */

static HRESULT STDMETHODCALLTYPE stub_IExchangeManageStore2_0(IExchangeManageStore2 *This, REFIID riid, LPVOID *ppvObj)
{
	(void)This;
	(void)riid;
	(void)ppvObj;
	record_call("IExchangeManageStore2", 0);
	return 0;
}

static ULONG STDMETHODCALLTYPE stub_IExchangeManageStore2_1(IExchangeManageStore2 *This)
{
	(void)This;
	record_call("IExchangeManageStore2", 1);
	return 0;
}

static ULONG STDMETHODCALLTYPE stub_IExchangeManageStore2_2(IExchangeManageStore2 *This)
{
	(void)This;
	record_call("IExchangeManageStore2", 2);
	return 0;
}

static HRESULT STDMETHODCALLTYPE stub_IExchangeManageStore2_3(IExchangeManageStore2 *This, LPSTR lpszMsgStoreDN, LPSTR lpszMailboxDN, ULONG ulFlags, ULONG *lpcbEntryID, LPENTRYID *lppEntryID)
{
	(void)This;
	(void)lpszMsgStoreDN;
	(void)lpszMailboxDN;
	(void)ulFlags;
	(void)lpcbEntryID;
	(void)lppEntryID;
	record_call("IExchangeManageStore2", 3);
	return 0;
}

static HRESULT STDMETHODCALLTYPE stub_IExchangeManageStore2_4(IExchangeManageStore2 *This, ULONG cFolderKeySize, BYTE *lpFolderSourceKey, ULONG cMessageKeySize, BYTE *lpMessageSourceKey, ULONG *lpcbEntryID, LPENTRYID *lppEntryID)
{
	(void)This;
	(void)cFolderKeySize;
	(void)lpFolderSourceKey;
	(void)cMessageKeySize;
	(void)lpMessageSourceKey;
	(void)lpcbEntryID;
	(void)lppEntryID;
	record_call("IExchangeManageStore2", 4);
	return 0;
}

static HRESULT STDMETHODCALLTYPE stub_IExchangeManageStore2_5(IExchangeManageStore2 *This, ULONG cbUserEntryID, LPENTRYID lpUserEntryID, ULONG cbEntryID, LPENTRYID lpEntryID, ULONG *lpulRights)
{
	(void)This;
	(void)cbUserEntryID;
	(void)lpUserEntryID;
	(void)cbEntryID;
	(void)lpEntryID;
	(void)lpulRights;
	record_call("IExchangeManageStore2", 5);
	return 0;
}

static HRESULT STDMETHODCALLTYPE stub_IExchangeManageStore2_6(IExchangeManageStore2 *This, LPSTR lpszServerName, LPMAPITABLE *lppTable, ULONG ulFlags)
{
	(void)This;
	(void)lpszServerName;
	(void)lppTable;
	(void)ulFlags;
	record_call("IExchangeManageStore2", 6);
	return 0;
}

static HRESULT STDMETHODCALLTYPE stub_IExchangeManageStore2_7(IExchangeManageStore2 *This, LPSTR lpszServerName, LPMAPITABLE *lppTable, ULONG ulFlags)
{
	(void)This;
	(void)lpszServerName;
	(void)lppTable;
	(void)ulFlags;
	record_call("IExchangeManageStore2", 7);
	return 0;
}

static HRESULT STDMETHODCALLTYPE stub_IExchangeManageStore2_8(IExchangeManageStore2 *This, LPSTR lpszNewsgroupName, ULONG *lpcbEntryID, LPENTRYID *lppEntryID)
{
	(void)This;
	(void)lpszNewsgroupName;
	(void)lpcbEntryID;
	(void)lppEntryID;
	record_call("IExchangeManageStore2", 8);
	return 0;
}

static CONST_VTBL IExchangeManageStore2Vtbl stub_vtbl_IExchangeManageStore2 = {
	stub_IExchangeManageStore2_0,
	stub_IExchangeManageStore2_1,
	stub_IExchangeManageStore2_2,
	stub_IExchangeManageStore2_3,
	stub_IExchangeManageStore2_4,
	stub_IExchangeManageStore2_5,
	stub_IExchangeManageStore2_6,
	stub_IExchangeManageStore2_7,
	stub_IExchangeManageStore2_8,
};

static void test_IExchangeManageStore2(void **state)
{
	IExchangeManageStore2 object = {&stub_vtbl_IExchangeManageStore2};
	IExchangeManageStore2 *obj = &object;

	(void)state;

	/* slot 0: IUnknown::QueryInterface */
	{
		REFIID a1;
		LPVOID *a2;

		memset(&a1, 0, sizeof(a1));
		memset(&a2, 0, sizeof(a2));
		forget_call();
		IExchangeManageStore2_QueryInterface(obj, a1, a2);
		check_call("IExchangeManageStore2", 0);
	}

	/* slot 1: IUnknown::AddRef */
	{
		forget_call();
		IExchangeManageStore2_AddRef(obj);
		check_call("IExchangeManageStore2", 1);
	}

	/* slot 2: IUnknown::Release */
	{
		forget_call();
		IExchangeManageStore2_Release(obj);
		check_call("IExchangeManageStore2", 2);
	}

	/* slot 3: IExchangeManageStore::CreateStoreEntryID */
	{
		LPSTR a1;
		LPSTR a2;
		ULONG a3;
		ULONG *a4;
		LPENTRYID *a5;

		memset(&a1, 0, sizeof(a1));
		memset(&a2, 0, sizeof(a2));
		memset(&a3, 0, sizeof(a3));
		memset(&a4, 0, sizeof(a4));
		memset(&a5, 0, sizeof(a5));
		forget_call();
		IExchangeManageStore2_CreateStoreEntryID(obj, a1, a2, a3, a4, a5);
		check_call("IExchangeManageStore2", 3);
	}

	/* slot 4: IExchangeManageStore::EntryIDFromSourceKey */
	{
		ULONG a1;
		BYTE *a2;
		ULONG a3;
		BYTE *a4;
		ULONG *a5;
		LPENTRYID *a6;

		memset(&a1, 0, sizeof(a1));
		memset(&a2, 0, sizeof(a2));
		memset(&a3, 0, sizeof(a3));
		memset(&a4, 0, sizeof(a4));
		memset(&a5, 0, sizeof(a5));
		memset(&a6, 0, sizeof(a6));
		forget_call();
		IExchangeManageStore2_EntryIDFromSourceKey(obj, a1, a2, a3, a4, a5, a6);
		check_call("IExchangeManageStore2", 4);
	}

	/* slot 5: IExchangeManageStore::GetRights */
	{
		ULONG a1;
		LPENTRYID a2;
		ULONG a3;
		LPENTRYID a4;
		ULONG *a5;

		memset(&a1, 0, sizeof(a1));
		memset(&a2, 0, sizeof(a2));
		memset(&a3, 0, sizeof(a3));
		memset(&a4, 0, sizeof(a4));
		memset(&a5, 0, sizeof(a5));
		forget_call();
		IExchangeManageStore2_GetRights(obj, a1, a2, a3, a4, a5);
		check_call("IExchangeManageStore2", 5);
	}

	/* slot 6: IExchangeManageStore::GetMailboxTable */
	{
		LPSTR a1;
		LPMAPITABLE *a2;
		ULONG a3;

		memset(&a1, 0, sizeof(a1));
		memset(&a2, 0, sizeof(a2));
		memset(&a3, 0, sizeof(a3));
		forget_call();
		IExchangeManageStore2_GetMailboxTable(obj, a1, a2, a3);
		check_call("IExchangeManageStore2", 6);
	}

	/* slot 7: IExchangeManageStore::GetPublicFolderTable */
	{
		LPSTR a1;
		LPMAPITABLE *a2;
		ULONG a3;

		memset(&a1, 0, sizeof(a1));
		memset(&a2, 0, sizeof(a2));
		memset(&a3, 0, sizeof(a3));
		forget_call();
		IExchangeManageStore2_GetPublicFolderTable(obj, a1, a2, a3);
		check_call("IExchangeManageStore2", 7);
	}

	/* slot 8: IExchangeManageStore2::CreateNewsgroupNameEntryID */
	{
		LPSTR a1;
		ULONG *a2;
		LPENTRYID *a3;

		memset(&a1, 0, sizeof(a1));
		memset(&a2, 0, sizeof(a2));
		memset(&a3, 0, sizeof(a3));
		forget_call();
		IExchangeManageStore2_CreateNewsgroupNameEntryID(obj, a1, a2, a3);
		check_call("IExchangeManageStore2", 8);
	}
}

/* IExchangeManageStore3 */

static HRESULT STDMETHODCALLTYPE stub_IExchangeManageStore3_0(IExchangeManageStore3 *This, REFIID riid, LPVOID *ppvObj)
{
	(void)This;
	(void)riid;
	(void)ppvObj;
	record_call("IExchangeManageStore3", 0);
	return 0;
}

static ULONG STDMETHODCALLTYPE stub_IExchangeManageStore3_1(IExchangeManageStore3 *This)
{
	(void)This;
	record_call("IExchangeManageStore3", 1);
	return 0;
}

static ULONG STDMETHODCALLTYPE stub_IExchangeManageStore3_2(IExchangeManageStore3 *This)
{
	(void)This;
	record_call("IExchangeManageStore3", 2);
	return 0;
}

static HRESULT STDMETHODCALLTYPE stub_IExchangeManageStore3_3(IExchangeManageStore3 *This, LPSTR lpszMsgStoreDN, LPSTR lpszMailboxDN, ULONG ulFlags, ULONG *lpcbEntryID, LPENTRYID *lppEntryID)
{
	(void)This;
	(void)lpszMsgStoreDN;
	(void)lpszMailboxDN;
	(void)ulFlags;
	(void)lpcbEntryID;
	(void)lppEntryID;
	record_call("IExchangeManageStore3", 3);
	return 0;
}

static HRESULT STDMETHODCALLTYPE stub_IExchangeManageStore3_4(IExchangeManageStore3 *This, ULONG cFolderKeySize, BYTE *lpFolderSourceKey, ULONG cMessageKeySize, BYTE *lpMessageSourceKey, ULONG *lpcbEntryID, LPENTRYID *lppEntryID)
{
	(void)This;
	(void)cFolderKeySize;
	(void)lpFolderSourceKey;
	(void)cMessageKeySize;
	(void)lpMessageSourceKey;
	(void)lpcbEntryID;
	(void)lppEntryID;
	record_call("IExchangeManageStore3", 4);
	return 0;
}

static HRESULT STDMETHODCALLTYPE stub_IExchangeManageStore3_5(IExchangeManageStore3 *This, ULONG cbUserEntryID, LPENTRYID lpUserEntryID, ULONG cbEntryID, LPENTRYID lpEntryID, ULONG *lpulRights)
{
	(void)This;
	(void)cbUserEntryID;
	(void)lpUserEntryID;
	(void)cbEntryID;
	(void)lpEntryID;
	(void)lpulRights;
	record_call("IExchangeManageStore3", 5);
	return 0;
}

static HRESULT STDMETHODCALLTYPE stub_IExchangeManageStore3_6(IExchangeManageStore3 *This, LPSTR lpszServerName, LPMAPITABLE *lppTable, ULONG ulFlags)
{
	(void)This;
	(void)lpszServerName;
	(void)lppTable;
	(void)ulFlags;
	record_call("IExchangeManageStore3", 6);
	return 0;
}

static HRESULT STDMETHODCALLTYPE stub_IExchangeManageStore3_7(IExchangeManageStore3 *This, LPSTR lpszServerName, LPMAPITABLE *lppTable, ULONG ulFlags)
{
	(void)This;
	(void)lpszServerName;
	(void)lppTable;
	(void)ulFlags;
	record_call("IExchangeManageStore3", 7);
	return 0;
}

static HRESULT STDMETHODCALLTYPE stub_IExchangeManageStore3_8(IExchangeManageStore3 *This, LPSTR lpszNewsgroupName, ULONG *lpcbEntryID, LPENTRYID *lppEntryID)
{
	(void)This;
	(void)lpszNewsgroupName;
	(void)lpcbEntryID;
	(void)lppEntryID;
	record_call("IExchangeManageStore3", 8);
	return 0;
}

static HRESULT STDMETHODCALLTYPE stub_IExchangeManageStore3_9(IExchangeManageStore3 *This, LPSTR lpszServerName, LPMAPITABLE *lppTable, ULONG ulFlags, UINT uOffset)
{
	(void)This;
	(void)lpszServerName;
	(void)lppTable;
	(void)ulFlags;
	(void)uOffset;
	record_call("IExchangeManageStore3", 9);
	return 0;
}

static CONST_VTBL IExchangeManageStore3Vtbl stub_vtbl_IExchangeManageStore3 = {
	stub_IExchangeManageStore3_0,
	stub_IExchangeManageStore3_1,
	stub_IExchangeManageStore3_2,
	stub_IExchangeManageStore3_3,
	stub_IExchangeManageStore3_4,
	stub_IExchangeManageStore3_5,
	stub_IExchangeManageStore3_6,
	stub_IExchangeManageStore3_7,
	stub_IExchangeManageStore3_8,
	stub_IExchangeManageStore3_9,
};

static void test_IExchangeManageStore3(void **state)
{
	IExchangeManageStore3 object = {&stub_vtbl_IExchangeManageStore3};
	IExchangeManageStore3 *obj = &object;

	(void)state;

	/* slot 0: IUnknown::QueryInterface */
	{
		REFIID a1;
		LPVOID *a2;

		memset(&a1, 0, sizeof(a1));
		memset(&a2, 0, sizeof(a2));
		forget_call();
		IExchangeManageStore3_QueryInterface(obj, a1, a2);
		check_call("IExchangeManageStore3", 0);
	}

	/* slot 1: IUnknown::AddRef */
	{
		forget_call();
		IExchangeManageStore3_AddRef(obj);
		check_call("IExchangeManageStore3", 1);
	}

	/* slot 2: IUnknown::Release */
	{
		forget_call();
		IExchangeManageStore3_Release(obj);
		check_call("IExchangeManageStore3", 2);
	}

	/* slot 3: IExchangeManageStore::CreateStoreEntryID */
	{
		LPSTR a1;
		LPSTR a2;
		ULONG a3;
		ULONG *a4;
		LPENTRYID *a5;

		memset(&a1, 0, sizeof(a1));
		memset(&a2, 0, sizeof(a2));
		memset(&a3, 0, sizeof(a3));
		memset(&a4, 0, sizeof(a4));
		memset(&a5, 0, sizeof(a5));
		forget_call();
		IExchangeManageStore3_CreateStoreEntryID(obj, a1, a2, a3, a4, a5);
		check_call("IExchangeManageStore3", 3);
	}

	/* slot 4: IExchangeManageStore::EntryIDFromSourceKey */
	{
		ULONG a1;
		BYTE *a2;
		ULONG a3;
		BYTE *a4;
		ULONG *a5;
		LPENTRYID *a6;

		memset(&a1, 0, sizeof(a1));
		memset(&a2, 0, sizeof(a2));
		memset(&a3, 0, sizeof(a3));
		memset(&a4, 0, sizeof(a4));
		memset(&a5, 0, sizeof(a5));
		memset(&a6, 0, sizeof(a6));
		forget_call();
		IExchangeManageStore3_EntryIDFromSourceKey(obj, a1, a2, a3, a4, a5, a6);
		check_call("IExchangeManageStore3", 4);
	}

	/* slot 5: IExchangeManageStore::GetRights */
	{
		ULONG a1;
		LPENTRYID a2;
		ULONG a3;
		LPENTRYID a4;
		ULONG *a5;

		memset(&a1, 0, sizeof(a1));
		memset(&a2, 0, sizeof(a2));
		memset(&a3, 0, sizeof(a3));
		memset(&a4, 0, sizeof(a4));
		memset(&a5, 0, sizeof(a5));
		forget_call();
		IExchangeManageStore3_GetRights(obj, a1, a2, a3, a4, a5);
		check_call("IExchangeManageStore3", 5);
	}

	/* slot 6: IExchangeManageStore::GetMailboxTable */
	{
		LPSTR a1;
		LPMAPITABLE *a2;
		ULONG a3;

		memset(&a1, 0, sizeof(a1));
		memset(&a2, 0, sizeof(a2));
		memset(&a3, 0, sizeof(a3));
		forget_call();
		IExchangeManageStore3_GetMailboxTable(obj, a1, a2, a3);
		check_call("IExchangeManageStore3", 6);
	}

	/* slot 7: IExchangeManageStore::GetPublicFolderTable */
	{
		LPSTR a1;
		LPMAPITABLE *a2;
		ULONG a3;

		memset(&a1, 0, sizeof(a1));
		memset(&a2, 0, sizeof(a2));
		memset(&a3, 0, sizeof(a3));
		forget_call();
		IExchangeManageStore3_GetPublicFolderTable(obj, a1, a2, a3);
		check_call("IExchangeManageStore3", 7);
	}

	/* slot 8: IExchangeManageStore2::CreateNewsgroupNameEntryID */
	{
		LPSTR a1;
		ULONG *a2;
		LPENTRYID *a3;

		memset(&a1, 0, sizeof(a1));
		memset(&a2, 0, sizeof(a2));
		memset(&a3, 0, sizeof(a3));
		forget_call();
		IExchangeManageStore3_CreateNewsgroupNameEntryID(obj, a1, a2, a3);
		check_call("IExchangeManageStore3", 8);
	}

	/* slot 9: IExchangeManageStore3::GetMailboxTableOffset */
	{
		LPSTR a1;
		LPMAPITABLE *a2;
		ULONG a3;
		UINT a4;

		memset(&a1, 0, sizeof(a1));
		memset(&a2, 0, sizeof(a2));
		memset(&a3, 0, sizeof(a3));
		memset(&a4, 0, sizeof(a4));
		forget_call();
		IExchangeManageStore3_GetMailboxTableOffset(obj, a1, a2, a3, a4);
		check_call("IExchangeManageStore3", 9);
	}
}

/* IExchangeManageStore4 */

static HRESULT STDMETHODCALLTYPE stub_IExchangeManageStore4_0(IExchangeManageStore4 *This, REFIID riid, LPVOID *ppvObj)
{
	(void)This;
	(void)riid;
	(void)ppvObj;
	record_call("IExchangeManageStore4", 0);
	return 0;
}

static ULONG STDMETHODCALLTYPE stub_IExchangeManageStore4_1(IExchangeManageStore4 *This)
{
	(void)This;
	record_call("IExchangeManageStore4", 1);
	return 0;
}

static ULONG STDMETHODCALLTYPE stub_IExchangeManageStore4_2(IExchangeManageStore4 *This)
{
	(void)This;
	record_call("IExchangeManageStore4", 2);
	return 0;
}

static HRESULT STDMETHODCALLTYPE stub_IExchangeManageStore4_3(IExchangeManageStore4 *This, LPSTR lpszMsgStoreDN, LPSTR lpszMailboxDN, ULONG ulFlags, ULONG *lpcbEntryID, LPENTRYID *lppEntryID)
{
	(void)This;
	(void)lpszMsgStoreDN;
	(void)lpszMailboxDN;
	(void)ulFlags;
	(void)lpcbEntryID;
	(void)lppEntryID;
	record_call("IExchangeManageStore4", 3);
	return 0;
}

static HRESULT STDMETHODCALLTYPE stub_IExchangeManageStore4_4(IExchangeManageStore4 *This, ULONG cFolderKeySize, BYTE *lpFolderSourceKey, ULONG cMessageKeySize, BYTE *lpMessageSourceKey, ULONG *lpcbEntryID, LPENTRYID *lppEntryID)
{
	(void)This;
	(void)cFolderKeySize;
	(void)lpFolderSourceKey;
	(void)cMessageKeySize;
	(void)lpMessageSourceKey;
	(void)lpcbEntryID;
	(void)lppEntryID;
	record_call("IExchangeManageStore4", 4);
	return 0;
}

static HRESULT STDMETHODCALLTYPE stub_IExchangeManageStore4_5(IExchangeManageStore4 *This, ULONG cbUserEntryID, LPENTRYID lpUserEntryID, ULONG cbEntryID, LPENTRYID lpEntryID, ULONG *lpulRights)
{
	(void)This;
	(void)cbUserEntryID;
	(void)lpUserEntryID;
	(void)cbEntryID;
	(void)lpEntryID;
	(void)lpulRights;
	record_call("IExchangeManageStore4", 5);
	return 0;
}

static HRESULT STDMETHODCALLTYPE stub_IExchangeManageStore4_6(IExchangeManageStore4 *This, LPSTR lpszServerName, LPMAPITABLE *lppTable, ULONG ulFlags)
{
	(void)This;
	(void)lpszServerName;
	(void)lppTable;
	(void)ulFlags;
	record_call("IExchangeManageStore4", 6);
	return 0;
}

static HRESULT STDMETHODCALLTYPE stub_IExchangeManageStore4_7(IExchangeManageStore4 *This, LPSTR lpszServerName, LPMAPITABLE *lppTable, ULONG ulFlags)
{
	(void)This;
	(void)lpszServerName;
	(void)lppTable;
	(void)ulFlags;
	record_call("IExchangeManageStore4", 7);
	return 0;
}

static HRESULT STDMETHODCALLTYPE stub_IExchangeManageStore4_8(IExchangeManageStore4 *This, LPSTR lpszNewsgroupName, ULONG *lpcbEntryID, LPENTRYID *lppEntryID)
{
	(void)This;
	(void)lpszNewsgroupName;
	(void)lpcbEntryID;
	(void)lppEntryID;
	record_call("IExchangeManageStore4", 8);
	return 0;
}

static HRESULT STDMETHODCALLTYPE stub_IExchangeManageStore4_9(IExchangeManageStore4 *This, LPSTR lpszServerName, LPMAPITABLE *lppTable, ULONG ulFlags, UINT uOffset)
{
	(void)This;
	(void)lpszServerName;
	(void)lppTable;
	(void)ulFlags;
	(void)uOffset;
	record_call("IExchangeManageStore4", 9);
	return 0;
}

static HRESULT STDMETHODCALLTYPE stub_IExchangeManageStore4_10(IExchangeManageStore4 *This, LPSTR lpszServerName, LPMAPITABLE *lppTable, ULONG ulFlags, UINT uOffset)
{
	(void)This;
	(void)lpszServerName;
	(void)lppTable;
	(void)ulFlags;
	(void)uOffset;
	record_call("IExchangeManageStore4", 10);
	return 0;
}

static CONST_VTBL IExchangeManageStore4Vtbl stub_vtbl_IExchangeManageStore4 = {
	stub_IExchangeManageStore4_0,
	stub_IExchangeManageStore4_1,
	stub_IExchangeManageStore4_2,
	stub_IExchangeManageStore4_3,
	stub_IExchangeManageStore4_4,
	stub_IExchangeManageStore4_5,
	stub_IExchangeManageStore4_6,
	stub_IExchangeManageStore4_7,
	stub_IExchangeManageStore4_8,
	stub_IExchangeManageStore4_9,
	stub_IExchangeManageStore4_10,
};

static void test_IExchangeManageStore4(void **state)
{
	IExchangeManageStore4 object = {&stub_vtbl_IExchangeManageStore4};
	IExchangeManageStore4 *obj = &object;

	(void)state;

	/* slot 0: IUnknown::QueryInterface */
	{
		REFIID a1;
		LPVOID *a2;

		memset(&a1, 0, sizeof(a1));
		memset(&a2, 0, sizeof(a2));
		forget_call();
		IExchangeManageStore4_QueryInterface(obj, a1, a2);
		check_call("IExchangeManageStore4", 0);
	}

	/* slot 1: IUnknown::AddRef */
	{
		forget_call();
		IExchangeManageStore4_AddRef(obj);
		check_call("IExchangeManageStore4", 1);
	}

	/* slot 2: IUnknown::Release */
	{
		forget_call();
		IExchangeManageStore4_Release(obj);
		check_call("IExchangeManageStore4", 2);
	}

	/* slot 3: IExchangeManageStore::CreateStoreEntryID */
	{
		LPSTR a1;
		LPSTR a2;
		ULONG a3;
		ULONG *a4;
		LPENTRYID *a5;

		memset(&a1, 0, sizeof(a1));
		memset(&a2, 0, sizeof(a2));
		memset(&a3, 0, sizeof(a3));
		memset(&a4, 0, sizeof(a4));
		memset(&a5, 0, sizeof(a5));
		forget_call();
		IExchangeManageStore4_CreateStoreEntryID(obj, a1, a2, a3, a4, a5);
		check_call("IExchangeManageStore4", 3);
	}

	/* slot 4: IExchangeManageStore::EntryIDFromSourceKey */
	{
		ULONG a1;
		BYTE *a2;
		ULONG a3;
		BYTE *a4;
		ULONG *a5;
		LPENTRYID *a6;

		memset(&a1, 0, sizeof(a1));
		memset(&a2, 0, sizeof(a2));
		memset(&a3, 0, sizeof(a3));
		memset(&a4, 0, sizeof(a4));
		memset(&a5, 0, sizeof(a5));
		memset(&a6, 0, sizeof(a6));
		forget_call();
		IExchangeManageStore4_EntryIDFromSourceKey(obj, a1, a2, a3, a4, a5, a6);
		check_call("IExchangeManageStore4", 4);
	}

	/* slot 5: IExchangeManageStore::GetRights */
	{
		ULONG a1;
		LPENTRYID a2;
		ULONG a3;
		LPENTRYID a4;
		ULONG *a5;

		memset(&a1, 0, sizeof(a1));
		memset(&a2, 0, sizeof(a2));
		memset(&a3, 0, sizeof(a3));
		memset(&a4, 0, sizeof(a4));
		memset(&a5, 0, sizeof(a5));
		forget_call();
		IExchangeManageStore4_GetRights(obj, a1, a2, a3, a4, a5);
		check_call("IExchangeManageStore4", 5);
	}

	/* slot 6: IExchangeManageStore::GetMailboxTable */
	{
		LPSTR a1;
		LPMAPITABLE *a2;
		ULONG a3;

		memset(&a1, 0, sizeof(a1));
		memset(&a2, 0, sizeof(a2));
		memset(&a3, 0, sizeof(a3));
		forget_call();
		IExchangeManageStore4_GetMailboxTable(obj, a1, a2, a3);
		check_call("IExchangeManageStore4", 6);
	}

	/* slot 7: IExchangeManageStore::GetPublicFolderTable */
	{
		LPSTR a1;
		LPMAPITABLE *a2;
		ULONG a3;

		memset(&a1, 0, sizeof(a1));
		memset(&a2, 0, sizeof(a2));
		memset(&a3, 0, sizeof(a3));
		forget_call();
		IExchangeManageStore4_GetPublicFolderTable(obj, a1, a2, a3);
		check_call("IExchangeManageStore4", 7);
	}

	/* slot 8: IExchangeManageStore2::CreateNewsgroupNameEntryID */
	{
		LPSTR a1;
		ULONG *a2;
		LPENTRYID *a3;

		memset(&a1, 0, sizeof(a1));
		memset(&a2, 0, sizeof(a2));
		memset(&a3, 0, sizeof(a3));
		forget_call();
		IExchangeManageStore4_CreateNewsgroupNameEntryID(obj, a1, a2, a3);
		check_call("IExchangeManageStore4", 8);
	}

	/* slot 9: IExchangeManageStore3::GetMailboxTableOffset */
	{
		LPSTR a1;
		LPMAPITABLE *a2;
		ULONG a3;
		UINT a4;

		memset(&a1, 0, sizeof(a1));
		memset(&a2, 0, sizeof(a2));
		memset(&a3, 0, sizeof(a3));
		memset(&a4, 0, sizeof(a4));
		forget_call();
		IExchangeManageStore4_GetMailboxTableOffset(obj, a1, a2, a3, a4);
		check_call("IExchangeManageStore4", 9);
	}

	/* slot 10: IExchangeManageStore4::GetPublicFolderTableOffset */
	{
		LPSTR a1;
		LPMAPITABLE *a2;
		ULONG a3;
		UINT a4;

		memset(&a1, 0, sizeof(a1));
		memset(&a2, 0, sizeof(a2));
		memset(&a3, 0, sizeof(a3));
		memset(&a4, 0, sizeof(a4));
		forget_call();
		IExchangeManageStore4_GetPublicFolderTableOffset(obj, a1, a2, a3, a4);
		check_call("IExchangeManageStore4", 10);
	}
}

/* IExchangeNntpNewsfeed */

static HRESULT STDMETHODCALLTYPE stub_IExchangeNntpNewsfeed_0(IExchangeNntpNewsfeed *This, REFIID riid, LPVOID *ppvObj)
{
	(void)This;
	(void)riid;
	(void)ppvObj;
	record_call("IExchangeNntpNewsfeed", 0);
	return 0;
}

static ULONG STDMETHODCALLTYPE stub_IExchangeNntpNewsfeed_1(IExchangeNntpNewsfeed *This)
{
	(void)This;
	record_call("IExchangeNntpNewsfeed", 1);
	return 0;
}

static ULONG STDMETHODCALLTYPE stub_IExchangeNntpNewsfeed_2(IExchangeNntpNewsfeed *This)
{
	(void)This;
	record_call("IExchangeNntpNewsfeed", 2);
	return 0;
}

static HRESULT STDMETHODCALLTYPE stub_IExchangeNntpNewsfeed_3(IExchangeNntpNewsfeed *This, LPSTR lpszNewsfeedDN, ULONG cValues, LPSPropValue lpIMailPropArray)
{
	(void)This;
	(void)lpszNewsfeedDN;
	(void)cValues;
	(void)lpIMailPropArray;
	record_call("IExchangeNntpNewsfeed", 3);
	return 0;
}

static HRESULT STDMETHODCALLTYPE stub_IExchangeNntpNewsfeed_4(IExchangeNntpNewsfeed *This, LPSTR lpszMsgIds, ULONG *lpcfWanted, BYTE **lppfWanted)
{
	(void)This;
	(void)lpszMsgIds;
	(void)lpcfWanted;
	(void)lppfWanted;
	record_call("IExchangeNntpNewsfeed", 4);
	return 0;
}

static HRESULT STDMETHODCALLTYPE stub_IExchangeNntpNewsfeed_5(IExchangeNntpNewsfeed *This, LPSTREAM *lppStream)
{
	(void)This;
	(void)lppStream;
	record_call("IExchangeNntpNewsfeed", 5);
	return 0;
}

static CONST_VTBL IExchangeNntpNewsfeedVtbl stub_vtbl_IExchangeNntpNewsfeed = {
	stub_IExchangeNntpNewsfeed_0,
	stub_IExchangeNntpNewsfeed_1,
	stub_IExchangeNntpNewsfeed_2,
	stub_IExchangeNntpNewsfeed_3,
	stub_IExchangeNntpNewsfeed_4,
	stub_IExchangeNntpNewsfeed_5,
};

static void test_IExchangeNntpNewsfeed(void **state)
{
	IExchangeNntpNewsfeed object = {&stub_vtbl_IExchangeNntpNewsfeed};
	IExchangeNntpNewsfeed *obj = &object;

	(void)state;

	/* slot 0: IUnknown::QueryInterface */
	{
		REFIID a1;
		LPVOID *a2;

		memset(&a1, 0, sizeof(a1));
		memset(&a2, 0, sizeof(a2));
		forget_call();
		IExchangeNntpNewsfeed_QueryInterface(obj, a1, a2);
		check_call("IExchangeNntpNewsfeed", 0);
	}

	/* slot 1: IUnknown::AddRef */
	{
		forget_call();
		IExchangeNntpNewsfeed_AddRef(obj);
		check_call("IExchangeNntpNewsfeed", 1);
	}

	/* slot 2: IUnknown::Release */
	{
		forget_call();
		IExchangeNntpNewsfeed_Release(obj);
		check_call("IExchangeNntpNewsfeed", 2);
	}

	/* slot 3: IExchangeNntpNewsfeed::Configure */
	{
		LPSTR a1;
		ULONG a2;
		LPSPropValue a3;

		memset(&a1, 0, sizeof(a1));
		memset(&a2, 0, sizeof(a2));
		memset(&a3, 0, sizeof(a3));
		forget_call();
		IExchangeNntpNewsfeed_Configure(obj, a1, a2, a3);
		check_call("IExchangeNntpNewsfeed", 3);
	}

	/* slot 4: IExchangeNntpNewsfeed::CheckMsgIds */
	{
		LPSTR a1;
		ULONG *a2;
		BYTE **a3;

		memset(&a1, 0, sizeof(a1));
		memset(&a2, 0, sizeof(a2));
		memset(&a3, 0, sizeof(a3));
		forget_call();
		IExchangeNntpNewsfeed_CheckMsgIds(obj, a1, a2, a3);
		check_call("IExchangeNntpNewsfeed", 4);
	}

	/* slot 5: IExchangeNntpNewsfeed::OpenArticleStream */
	{
		LPSTREAM *a1;

		memset(&a1, 0, sizeof(a1));
		forget_call();
		IExchangeNntpNewsfeed_OpenArticleStream(obj, a1);
		check_call("IExchangeNntpNewsfeed", 5);
	}
}

/* IExchangeRuleAction */

static HRESULT STDMETHODCALLTYPE stub_IExchangeRuleAction_0(IExchangeRuleAction *This, REFIID riid, LPVOID *ppvObj)
{
	(void)This;
	(void)riid;
	(void)ppvObj;
	record_call("IExchangeRuleAction", 0);
	return 0;
}

static ULONG STDMETHODCALLTYPE stub_IExchangeRuleAction_1(IExchangeRuleAction *This)
{
	(void)This;
	record_call("IExchangeRuleAction", 1);
	return 0;
}

static ULONG STDMETHODCALLTYPE stub_IExchangeRuleAction_2(IExchangeRuleAction *This)
{
	(void)This;
	record_call("IExchangeRuleAction", 2);
	return 0;
}

static HRESULT STDMETHODCALLTYPE stub_IExchangeRuleAction_3(IExchangeRuleAction *This, ULONG *lpcActions)
{
	(void)This;
	(void)lpcActions;
	record_call("IExchangeRuleAction", 3);
	return 0;
}

static HRESULT STDMETHODCALLTYPE stub_IExchangeRuleAction_4(IExchangeRuleAction *This, ULONG ulActionNumber, LARGE_INTEGER *lpruleid, LPACTION *lppAction)
{
	(void)This;
	(void)ulActionNumber;
	(void)lpruleid;
	(void)lppAction;
	record_call("IExchangeRuleAction", 4);
	return 0;
}

static CONST_VTBL IExchangeRuleActionVtbl stub_vtbl_IExchangeRuleAction = {
	stub_IExchangeRuleAction_0,
	stub_IExchangeRuleAction_1,
	stub_IExchangeRuleAction_2,
	stub_IExchangeRuleAction_3,
	stub_IExchangeRuleAction_4,
};

static void test_IExchangeRuleAction(void **state)
{
	IExchangeRuleAction object = {&stub_vtbl_IExchangeRuleAction};
	IExchangeRuleAction *obj = &object;

	(void)state;

	/* slot 0: IUnknown::QueryInterface */
	{
		REFIID a1;
		LPVOID *a2;

		memset(&a1, 0, sizeof(a1));
		memset(&a2, 0, sizeof(a2));
		forget_call();
		IExchangeRuleAction_QueryInterface(obj, a1, a2);
		check_call("IExchangeRuleAction", 0);
	}

	/* slot 1: IUnknown::AddRef */
	{
		forget_call();
		IExchangeRuleAction_AddRef(obj);
		check_call("IExchangeRuleAction", 1);
	}

	/* slot 2: IUnknown::Release */
	{
		forget_call();
		IExchangeRuleAction_Release(obj);
		check_call("IExchangeRuleAction", 2);
	}

	/* slot 3: IExchangeRuleAction::ActionCount */
	{
		ULONG *a1;

		memset(&a1, 0, sizeof(a1));
		forget_call();
		IExchangeRuleAction_ActionCount(obj, a1);
		check_call("IExchangeRuleAction", 3);
	}

	/* slot 4: IExchangeRuleAction::GetAction */
	{
		ULONG a1;
		LARGE_INTEGER *a2;
		LPACTION *a3;

		memset(&a1, 0, sizeof(a1));
		memset(&a2, 0, sizeof(a2));
		memset(&a3, 0, sizeof(a3));
		forget_call();
		IExchangeRuleAction_GetAction(obj, a1, a2, a3);
		check_call("IExchangeRuleAction", 4);
	}
}

/* IExchangeFastTransfer */

static HRESULT STDMETHODCALLTYPE stub_IExchangeFastTransfer_0(IExchangeFastTransfer *This, REFIID riid, LPVOID *ppvObj)
{
	(void)This;
	(void)riid;
	(void)ppvObj;
	record_call("IExchangeFastTransfer", 0);
	return 0;
}

static ULONG STDMETHODCALLTYPE stub_IExchangeFastTransfer_1(IExchangeFastTransfer *This)
{
	(void)This;
	record_call("IExchangeFastTransfer", 1);
	return 0;
}

static ULONG STDMETHODCALLTYPE stub_IExchangeFastTransfer_2(IExchangeFastTransfer *This)
{
	(void)This;
	record_call("IExchangeFastTransfer", 2);
	return 0;
}

static HRESULT STDMETHODCALLTYPE stub_IExchangeFastTransfer_3(IExchangeFastTransfer *This, ULONG ulFlags, ULONG ulTransferMethod)
{
	(void)This;
	(void)ulFlags;
	(void)ulTransferMethod;
	record_call("IExchangeFastTransfer", 3);
	return 0;
}

static HRESULT STDMETHODCALLTYPE stub_IExchangeFastTransfer_4(IExchangeFastTransfer *This, ULONG cb, LPBYTE lpb, ULONG *lpcbProcessed)
{
	(void)This;
	(void)cb;
	(void)lpb;
	(void)lpcbProcessed;
	record_call("IExchangeFastTransfer", 4);
	return 0;
}

static BOOL STDMETHODCALLTYPE stub_IExchangeFastTransfer_5(IExchangeFastTransfer *This, ULONG ulTransferMethod, REFIID refiid, LPSPropTagArray lpptagList, ULONG ulFlags)
{
	(void)This;
	(void)ulTransferMethod;
	(void)refiid;
	(void)lpptagList;
	(void)ulFlags;
	record_call("IExchangeFastTransfer", 5);
	return 0;
}

static CONST_VTBL IExchangeFastTransferVtbl stub_vtbl_IExchangeFastTransfer = {
	stub_IExchangeFastTransfer_0,
	stub_IExchangeFastTransfer_1,
	stub_IExchangeFastTransfer_2,
	stub_IExchangeFastTransfer_3,
	stub_IExchangeFastTransfer_4,
	stub_IExchangeFastTransfer_5,
};

static void test_IExchangeFastTransfer(void **state)
{
	IExchangeFastTransfer object = {&stub_vtbl_IExchangeFastTransfer};
	IExchangeFastTransfer *obj = &object;

	(void)state;

	/* slot 0: IUnknown::QueryInterface */
	{
		REFIID a1;
		LPVOID *a2;

		memset(&a1, 0, sizeof(a1));
		memset(&a2, 0, sizeof(a2));
		forget_call();
		IExchangeFastTransfer_QueryInterface(obj, a1, a2);
		check_call("IExchangeFastTransfer", 0);
	}

	/* slot 1: IUnknown::AddRef */
	{
		forget_call();
		IExchangeFastTransfer_AddRef(obj);
		check_call("IExchangeFastTransfer", 1);
	}

	/* slot 2: IUnknown::Release */
	{
		forget_call();
		IExchangeFastTransfer_Release(obj);
		check_call("IExchangeFastTransfer", 2);
	}

	/* slot 3: IExchangeFastTransfer::Config */
	{
		ULONG a1;
		ULONG a2;

		memset(&a1, 0, sizeof(a1));
		memset(&a2, 0, sizeof(a2));
		forget_call();
		IExchangeFastTransfer_Config(obj, a1, a2);
		check_call("IExchangeFastTransfer", 3);
	}

	/* slot 4: IExchangeFastTransfer::TransferBuffer */
	{
		ULONG a1;
		LPBYTE a2;
		ULONG *a3;

		memset(&a1, 0, sizeof(a1));
		memset(&a2, 0, sizeof(a2));
		memset(&a3, 0, sizeof(a3));
		forget_call();
		IExchangeFastTransfer_TransferBuffer(obj, a1, a2, a3);
		check_call("IExchangeFastTransfer", 4);
	}

	/* slot 5: IExchangeFastTransfer::IsInterfaceOk */
	{
		ULONG a1;
		REFIID a2;
		LPSPropTagArray a3;
		ULONG a4;

		memset(&a1, 0, sizeof(a1));
		memset(&a2, 0, sizeof(a2));
		memset(&a3, 0, sizeof(a3));
		memset(&a4, 0, sizeof(a4));
		forget_call();
		IExchangeFastTransfer_IsInterfaceOk(obj, a1, a2, a3, a4);
		check_call("IExchangeFastTransfer", 5);
	}
}

/* IExchangeExportChanges */

static HRESULT STDMETHODCALLTYPE stub_IExchangeExportChanges_0(IExchangeExportChanges *This, REFIID riid, LPVOID *ppvObj)
{
	(void)This;
	(void)riid;
	(void)ppvObj;
	record_call("IExchangeExportChanges", 0);
	return 0;
}

static ULONG STDMETHODCALLTYPE stub_IExchangeExportChanges_1(IExchangeExportChanges *This)
{
	(void)This;
	record_call("IExchangeExportChanges", 1);
	return 0;
}

static ULONG STDMETHODCALLTYPE stub_IExchangeExportChanges_2(IExchangeExportChanges *This)
{
	(void)This;
	record_call("IExchangeExportChanges", 2);
	return 0;
}

static HRESULT STDMETHODCALLTYPE stub_IExchangeExportChanges_3(IExchangeExportChanges *This, HRESULT hResult, ULONG ulFlags, LPMAPIERROR *lppMAPIError)
{
	(void)This;
	(void)hResult;
	(void)ulFlags;
	(void)lppMAPIError;
	record_call("IExchangeExportChanges", 3);
	return 0;
}

static HRESULT STDMETHODCALLTYPE stub_IExchangeExportChanges_4(IExchangeExportChanges *This, LPSTREAM lpStream, ULONG ulFlags, LPUNKNOWN lpUnk, LPSRestriction lpRestriction, LPSPropTagArray lpIncludeProps, LPSPropTagArray lpExcludeProps, ULONG ulBufferSize)
{
	(void)This;
	(void)lpStream;
	(void)ulFlags;
	(void)lpUnk;
	(void)lpRestriction;
	(void)lpIncludeProps;
	(void)lpExcludeProps;
	(void)ulBufferSize;
	record_call("IExchangeExportChanges", 4);
	return 0;
}

static HRESULT STDMETHODCALLTYPE stub_IExchangeExportChanges_5(IExchangeExportChanges *This, ULONG *lpulSteps, ULONG *lpulProgress)
{
	(void)This;
	(void)lpulSteps;
	(void)lpulProgress;
	record_call("IExchangeExportChanges", 5);
	return 0;
}

static HRESULT STDMETHODCALLTYPE stub_IExchangeExportChanges_6(IExchangeExportChanges *This, LPSTREAM lpStream)
{
	(void)This;
	(void)lpStream;
	record_call("IExchangeExportChanges", 6);
	return 0;
}

static CONST_VTBL IExchangeExportChangesVtbl stub_vtbl_IExchangeExportChanges = {
	stub_IExchangeExportChanges_0,
	stub_IExchangeExportChanges_1,
	stub_IExchangeExportChanges_2,
	stub_IExchangeExportChanges_3,
	stub_IExchangeExportChanges_4,
	stub_IExchangeExportChanges_5,
	stub_IExchangeExportChanges_6,
};

static void test_IExchangeExportChanges(void **state)
{
	IExchangeExportChanges object = {&stub_vtbl_IExchangeExportChanges};
	IExchangeExportChanges *obj = &object;

	(void)state;

	/* slot 0: IUnknown::QueryInterface */
	{
		REFIID a1;
		LPVOID *a2;

		memset(&a1, 0, sizeof(a1));
		memset(&a2, 0, sizeof(a2));
		forget_call();
		IExchangeExportChanges_QueryInterface(obj, a1, a2);
		check_call("IExchangeExportChanges", 0);
	}

	/* slot 1: IUnknown::AddRef */
	{
		forget_call();
		IExchangeExportChanges_AddRef(obj);
		check_call("IExchangeExportChanges", 1);
	}

	/* slot 2: IUnknown::Release */
	{
		forget_call();
		IExchangeExportChanges_Release(obj);
		check_call("IExchangeExportChanges", 2);
	}

	/* slot 3: IExchangeExportChanges::GetLastError */
	{
		HRESULT a1;
		ULONG a2;
		LPMAPIERROR *a3;

		memset(&a1, 0, sizeof(a1));
		memset(&a2, 0, sizeof(a2));
		memset(&a3, 0, sizeof(a3));
		forget_call();
		IExchangeExportChanges_GetLastError(obj, a1, a2, a3);
		check_call("IExchangeExportChanges", 3);
	}

	/* slot 4: IExchangeExportChanges::Config */
	{
		LPSTREAM a1;
		ULONG a2;
		LPUNKNOWN a3;
		LPSRestriction a4;
		LPSPropTagArray a5;
		LPSPropTagArray a6;
		ULONG a7;

		memset(&a1, 0, sizeof(a1));
		memset(&a2, 0, sizeof(a2));
		memset(&a3, 0, sizeof(a3));
		memset(&a4, 0, sizeof(a4));
		memset(&a5, 0, sizeof(a5));
		memset(&a6, 0, sizeof(a6));
		memset(&a7, 0, sizeof(a7));
		forget_call();
		IExchangeExportChanges_Config(obj, a1, a2, a3, a4, a5, a6, a7);
		check_call("IExchangeExportChanges", 4);
	}

	/* slot 5: IExchangeExportChanges::Synchronize */
	{
		ULONG *a1;
		ULONG *a2;

		memset(&a1, 0, sizeof(a1));
		memset(&a2, 0, sizeof(a2));
		forget_call();
		IExchangeExportChanges_Synchronize(obj, a1, a2);
		check_call("IExchangeExportChanges", 5);
	}

	/* slot 6: IExchangeExportChanges::UpdateState */
	{
		LPSTREAM a1;

		memset(&a1, 0, sizeof(a1));
		forget_call();
		IExchangeExportChanges_UpdateState(obj, a1);
		check_call("IExchangeExportChanges", 6);
	}
}

/* IExchangeExportChanges2 */

static HRESULT STDMETHODCALLTYPE stub_IExchangeExportChanges2_0(IExchangeExportChanges2 *This, REFIID riid, LPVOID *ppvObj)
{
	(void)This;
	(void)riid;
	(void)ppvObj;
	record_call("IExchangeExportChanges2", 0);
	return 0;
}

static ULONG STDMETHODCALLTYPE stub_IExchangeExportChanges2_1(IExchangeExportChanges2 *This)
{
	(void)This;
	record_call("IExchangeExportChanges2", 1);
	return 0;
}

static ULONG STDMETHODCALLTYPE stub_IExchangeExportChanges2_2(IExchangeExportChanges2 *This)
{
	(void)This;
	record_call("IExchangeExportChanges2", 2);
	return 0;
}

static HRESULT STDMETHODCALLTYPE stub_IExchangeExportChanges2_3(IExchangeExportChanges2 *This, HRESULT hResult, ULONG ulFlags, LPMAPIERROR *lppMAPIError)
{
	(void)This;
	(void)hResult;
	(void)ulFlags;
	(void)lppMAPIError;
	record_call("IExchangeExportChanges2", 3);
	return 0;
}

static HRESULT STDMETHODCALLTYPE stub_IExchangeExportChanges2_4(IExchangeExportChanges2 *This, LPSTREAM lpStream, ULONG ulFlags, LPUNKNOWN lpUnk, LPSRestriction lpRestriction, LPSPropTagArray lpIncludeProps, LPSPropTagArray lpExcludeProps, ULONG ulBufferSize)
{
	(void)This;
	(void)lpStream;
	(void)ulFlags;
	(void)lpUnk;
	(void)lpRestriction;
	(void)lpIncludeProps;
	(void)lpExcludeProps;
	(void)ulBufferSize;
	record_call("IExchangeExportChanges2", 4);
	return 0;
}

static HRESULT STDMETHODCALLTYPE stub_IExchangeExportChanges2_5(IExchangeExportChanges2 *This, ULONG *lpulSteps, ULONG *lpulProgress)
{
	(void)This;
	(void)lpulSteps;
	(void)lpulProgress;
	record_call("IExchangeExportChanges2", 5);
	return 0;
}

static HRESULT STDMETHODCALLTYPE stub_IExchangeExportChanges2_6(IExchangeExportChanges2 *This, LPSTREAM lpStream)
{
	(void)This;
	(void)lpStream;
	record_call("IExchangeExportChanges2", 6);
	return 0;
}

static HRESULT STDMETHODCALLTYPE stub_IExchangeExportChanges2_7(IExchangeExportChanges2 *This, LPSTREAM lpStream, ULONG ulFlags, LPUNKNOWN lpUnk, LPSRestriction lpRestriction, ULONG cValuesConversion, LPSPropValue lpPropArrayConversion, ULONG ulBufferSize)
{
	(void)This;
	(void)lpStream;
	(void)ulFlags;
	(void)lpUnk;
	(void)lpRestriction;
	(void)cValuesConversion;
	(void)lpPropArrayConversion;
	(void)ulBufferSize;
	record_call("IExchangeExportChanges2", 7);
	return 0;
}

static CONST_VTBL IExchangeExportChanges2Vtbl stub_vtbl_IExchangeExportChanges2 = {
	stub_IExchangeExportChanges2_0,
	stub_IExchangeExportChanges2_1,
	stub_IExchangeExportChanges2_2,
	stub_IExchangeExportChanges2_3,
	stub_IExchangeExportChanges2_4,
	stub_IExchangeExportChanges2_5,
	stub_IExchangeExportChanges2_6,
	stub_IExchangeExportChanges2_7,
};

static void test_IExchangeExportChanges2(void **state)
{
	IExchangeExportChanges2 object = {&stub_vtbl_IExchangeExportChanges2};
	IExchangeExportChanges2 *obj = &object;

	(void)state;

	/* slot 0: IUnknown::QueryInterface */
	{
		REFIID a1;
		LPVOID *a2;

		memset(&a1, 0, sizeof(a1));
		memset(&a2, 0, sizeof(a2));
		forget_call();
		IExchangeExportChanges2_QueryInterface(obj, a1, a2);
		check_call("IExchangeExportChanges2", 0);
	}

	/* slot 1: IUnknown::AddRef */
	{
		forget_call();
		IExchangeExportChanges2_AddRef(obj);
		check_call("IExchangeExportChanges2", 1);
	}

	/* slot 2: IUnknown::Release */
	{
		forget_call();
		IExchangeExportChanges2_Release(obj);
		check_call("IExchangeExportChanges2", 2);
	}

	/* slot 3: IExchangeExportChanges::GetLastError */
	{
		HRESULT a1;
		ULONG a2;
		LPMAPIERROR *a3;

		memset(&a1, 0, sizeof(a1));
		memset(&a2, 0, sizeof(a2));
		memset(&a3, 0, sizeof(a3));
		forget_call();
		IExchangeExportChanges2_GetLastError(obj, a1, a2, a3);
		check_call("IExchangeExportChanges2", 3);
	}

	/* slot 4: IExchangeExportChanges::Config */
	{
		LPSTREAM a1;
		ULONG a2;
		LPUNKNOWN a3;
		LPSRestriction a4;
		LPSPropTagArray a5;
		LPSPropTagArray a6;
		ULONG a7;

		memset(&a1, 0, sizeof(a1));
		memset(&a2, 0, sizeof(a2));
		memset(&a3, 0, sizeof(a3));
		memset(&a4, 0, sizeof(a4));
		memset(&a5, 0, sizeof(a5));
		memset(&a6, 0, sizeof(a6));
		memset(&a7, 0, sizeof(a7));
		forget_call();
		IExchangeExportChanges2_Config(obj, a1, a2, a3, a4, a5, a6, a7);
		check_call("IExchangeExportChanges2", 4);
	}

	/* slot 5: IExchangeExportChanges::Synchronize */
	{
		ULONG *a1;
		ULONG *a2;

		memset(&a1, 0, sizeof(a1));
		memset(&a2, 0, sizeof(a2));
		forget_call();
		IExchangeExportChanges2_Synchronize(obj, a1, a2);
		check_call("IExchangeExportChanges2", 5);
	}

	/* slot 6: IExchangeExportChanges::UpdateState */
	{
		LPSTREAM a1;

		memset(&a1, 0, sizeof(a1));
		forget_call();
		IExchangeExportChanges2_UpdateState(obj, a1);
		check_call("IExchangeExportChanges2", 6);
	}

	/* slot 7: IExchangeExportChanges2::ConfigForConversionStream */
	{
		LPSTREAM a1;
		ULONG a2;
		LPUNKNOWN a3;
		LPSRestriction a4;
		ULONG a5;
		LPSPropValue a6;
		ULONG a7;

		memset(&a1, 0, sizeof(a1));
		memset(&a2, 0, sizeof(a2));
		memset(&a3, 0, sizeof(a3));
		memset(&a4, 0, sizeof(a4));
		memset(&a5, 0, sizeof(a5));
		memset(&a6, 0, sizeof(a6));
		memset(&a7, 0, sizeof(a7));
		forget_call();
		IExchangeExportChanges2_ConfigForConversionStream(obj, a1, a2, a3, a4, a5, a6, a7);
		check_call("IExchangeExportChanges2", 7);
	}
}

/* IExchangeExportChanges3 */

static HRESULT STDMETHODCALLTYPE stub_IExchangeExportChanges3_0(IExchangeExportChanges3 *This, REFIID riid, LPVOID *ppvObj)
{
	(void)This;
	(void)riid;
	(void)ppvObj;
	record_call("IExchangeExportChanges3", 0);
	return 0;
}

static ULONG STDMETHODCALLTYPE stub_IExchangeExportChanges3_1(IExchangeExportChanges3 *This)
{
	(void)This;
	record_call("IExchangeExportChanges3", 1);
	return 0;
}

static ULONG STDMETHODCALLTYPE stub_IExchangeExportChanges3_2(IExchangeExportChanges3 *This)
{
	(void)This;
	record_call("IExchangeExportChanges3", 2);
	return 0;
}

static HRESULT STDMETHODCALLTYPE stub_IExchangeExportChanges3_3(IExchangeExportChanges3 *This, HRESULT hResult, ULONG ulFlags, LPMAPIERROR *lppMAPIError)
{
	(void)This;
	(void)hResult;
	(void)ulFlags;
	(void)lppMAPIError;
	record_call("IExchangeExportChanges3", 3);
	return 0;
}

static HRESULT STDMETHODCALLTYPE stub_IExchangeExportChanges3_4(IExchangeExportChanges3 *This, LPSTREAM lpStream, ULONG ulFlags, LPUNKNOWN lpUnk, LPSRestriction lpRestriction, LPSPropTagArray lpIncludeProps, LPSPropTagArray lpExcludeProps, ULONG ulBufferSize)
{
	(void)This;
	(void)lpStream;
	(void)ulFlags;
	(void)lpUnk;
	(void)lpRestriction;
	(void)lpIncludeProps;
	(void)lpExcludeProps;
	(void)ulBufferSize;
	record_call("IExchangeExportChanges3", 4);
	return 0;
}

static HRESULT STDMETHODCALLTYPE stub_IExchangeExportChanges3_5(IExchangeExportChanges3 *This, ULONG *lpulSteps, ULONG *lpulProgress)
{
	(void)This;
	(void)lpulSteps;
	(void)lpulProgress;
	record_call("IExchangeExportChanges3", 5);
	return 0;
}

static HRESULT STDMETHODCALLTYPE stub_IExchangeExportChanges3_6(IExchangeExportChanges3 *This, LPSTREAM lpStream)
{
	(void)This;
	(void)lpStream;
	record_call("IExchangeExportChanges3", 6);
	return 0;
}

static HRESULT STDMETHODCALLTYPE stub_IExchangeExportChanges3_7(IExchangeExportChanges3 *This, LPSTREAM lpStream, ULONG ulFlags, LPUNKNOWN lpUnk, LPSRestriction lpRestriction, ULONG cValuesConversion, LPSPropValue lpPropArrayConversion, ULONG ulBufferSize)
{
	(void)This;
	(void)lpStream;
	(void)ulFlags;
	(void)lpUnk;
	(void)lpRestriction;
	(void)cValuesConversion;
	(void)lpPropArrayConversion;
	(void)ulBufferSize;
	record_call("IExchangeExportChanges3", 7);
	return 0;
}

static HRESULT STDMETHODCALLTYPE stub_IExchangeExportChanges3_8(IExchangeExportChanges3 *This, LPSTREAM lpStream, ULONG ulFlags, LPUNKNOWN lpUnk, LPENTRYLIST lpMsgList, LPSRestriction lpRestriction, LPSPropTagArray lpIncludeProps, LPSPropTagArray lpExcludeProps, ULONG ulBufferSize)
{
	(void)This;
	(void)lpStream;
	(void)ulFlags;
	(void)lpUnk;
	(void)lpMsgList;
	(void)lpRestriction;
	(void)lpIncludeProps;
	(void)lpExcludeProps;
	(void)ulBufferSize;
	record_call("IExchangeExportChanges3", 8);
	return 0;
}

static CONST_VTBL IExchangeExportChanges3Vtbl stub_vtbl_IExchangeExportChanges3 = {
	stub_IExchangeExportChanges3_0,
	stub_IExchangeExportChanges3_1,
	stub_IExchangeExportChanges3_2,
	stub_IExchangeExportChanges3_3,
	stub_IExchangeExportChanges3_4,
	stub_IExchangeExportChanges3_5,
	stub_IExchangeExportChanges3_6,
	stub_IExchangeExportChanges3_7,
	stub_IExchangeExportChanges3_8,
};

static void test_IExchangeExportChanges3(void **state)
{
	IExchangeExportChanges3 object = {&stub_vtbl_IExchangeExportChanges3};
	IExchangeExportChanges3 *obj = &object;

	(void)state;

	/* slot 0: IUnknown::QueryInterface */
	{
		REFIID a1;
		LPVOID *a2;

		memset(&a1, 0, sizeof(a1));
		memset(&a2, 0, sizeof(a2));
		forget_call();
		IExchangeExportChanges3_QueryInterface(obj, a1, a2);
		check_call("IExchangeExportChanges3", 0);
	}

	/* slot 1: IUnknown::AddRef */
	{
		forget_call();
		IExchangeExportChanges3_AddRef(obj);
		check_call("IExchangeExportChanges3", 1);
	}

	/* slot 2: IUnknown::Release */
	{
		forget_call();
		IExchangeExportChanges3_Release(obj);
		check_call("IExchangeExportChanges3", 2);
	}

	/* slot 3: IExchangeExportChanges::GetLastError */
	{
		HRESULT a1;
		ULONG a2;
		LPMAPIERROR *a3;

		memset(&a1, 0, sizeof(a1));
		memset(&a2, 0, sizeof(a2));
		memset(&a3, 0, sizeof(a3));
		forget_call();
		IExchangeExportChanges3_GetLastError(obj, a1, a2, a3);
		check_call("IExchangeExportChanges3", 3);
	}

	/* slot 4: IExchangeExportChanges::Config */
	{
		LPSTREAM a1;
		ULONG a2;
		LPUNKNOWN a3;
		LPSRestriction a4;
		LPSPropTagArray a5;
		LPSPropTagArray a6;
		ULONG a7;

		memset(&a1, 0, sizeof(a1));
		memset(&a2, 0, sizeof(a2));
		memset(&a3, 0, sizeof(a3));
		memset(&a4, 0, sizeof(a4));
		memset(&a5, 0, sizeof(a5));
		memset(&a6, 0, sizeof(a6));
		memset(&a7, 0, sizeof(a7));
		forget_call();
		IExchangeExportChanges3_Config(obj, a1, a2, a3, a4, a5, a6, a7);
		check_call("IExchangeExportChanges3", 4);
	}

	/* slot 5: IExchangeExportChanges::Synchronize */
	{
		ULONG *a1;
		ULONG *a2;

		memset(&a1, 0, sizeof(a1));
		memset(&a2, 0, sizeof(a2));
		forget_call();
		IExchangeExportChanges3_Synchronize(obj, a1, a2);
		check_call("IExchangeExportChanges3", 5);
	}

	/* slot 6: IExchangeExportChanges::UpdateState */
	{
		LPSTREAM a1;

		memset(&a1, 0, sizeof(a1));
		forget_call();
		IExchangeExportChanges3_UpdateState(obj, a1);
		check_call("IExchangeExportChanges3", 6);
	}

	/* slot 7: IExchangeExportChanges2::ConfigForConversionStream */
	{
		LPSTREAM a1;
		ULONG a2;
		LPUNKNOWN a3;
		LPSRestriction a4;
		ULONG a5;
		LPSPropValue a6;
		ULONG a7;

		memset(&a1, 0, sizeof(a1));
		memset(&a2, 0, sizeof(a2));
		memset(&a3, 0, sizeof(a3));
		memset(&a4, 0, sizeof(a4));
		memset(&a5, 0, sizeof(a5));
		memset(&a6, 0, sizeof(a6));
		memset(&a7, 0, sizeof(a7));
		forget_call();
		IExchangeExportChanges3_ConfigForConversionStream(obj, a1, a2, a3, a4, a5, a6, a7);
		check_call("IExchangeExportChanges3", 7);
	}

	/* slot 8: IExchangeExportChanges3::ConfigForSelectiveSync */
	{
		LPSTREAM a1;
		ULONG a2;
		LPUNKNOWN a3;
		LPENTRYLIST a4;
		LPSRestriction a5;
		LPSPropTagArray a6;
		LPSPropTagArray a7;
		ULONG a8;

		memset(&a1, 0, sizeof(a1));
		memset(&a2, 0, sizeof(a2));
		memset(&a3, 0, sizeof(a3));
		memset(&a4, 0, sizeof(a4));
		memset(&a5, 0, sizeof(a5));
		memset(&a6, 0, sizeof(a6));
		memset(&a7, 0, sizeof(a7));
		memset(&a8, 0, sizeof(a8));
		forget_call();
		IExchangeExportChanges3_ConfigForSelectiveSync(obj, a1, a2, a3, a4, a5, a6, a7, a8);
		check_call("IExchangeExportChanges3", 8);
	}
}

/* IExchangeImportContentsChanges */

static HRESULT STDMETHODCALLTYPE stub_IExchangeImportContentsChanges_0(IExchangeImportContentsChanges *This, REFIID riid, LPVOID *ppvObj)
{
	(void)This;
	(void)riid;
	(void)ppvObj;
	record_call("IExchangeImportContentsChanges", 0);
	return 0;
}

static ULONG STDMETHODCALLTYPE stub_IExchangeImportContentsChanges_1(IExchangeImportContentsChanges *This)
{
	(void)This;
	record_call("IExchangeImportContentsChanges", 1);
	return 0;
}

static ULONG STDMETHODCALLTYPE stub_IExchangeImportContentsChanges_2(IExchangeImportContentsChanges *This)
{
	(void)This;
	record_call("IExchangeImportContentsChanges", 2);
	return 0;
}

static HRESULT STDMETHODCALLTYPE stub_IExchangeImportContentsChanges_3(IExchangeImportContentsChanges *This, HRESULT hResult, ULONG ulFlags, LPMAPIERROR *lppMAPIError)
{
	(void)This;
	(void)hResult;
	(void)ulFlags;
	(void)lppMAPIError;
	record_call("IExchangeImportContentsChanges", 3);
	return 0;
}

static HRESULT STDMETHODCALLTYPE stub_IExchangeImportContentsChanges_4(IExchangeImportContentsChanges *This, LPSTREAM lpStream, ULONG ulFlags)
{
	(void)This;
	(void)lpStream;
	(void)ulFlags;
	record_call("IExchangeImportContentsChanges", 4);
	return 0;
}

static HRESULT STDMETHODCALLTYPE stub_IExchangeImportContentsChanges_5(IExchangeImportContentsChanges *This, LPSTREAM lpStream)
{
	(void)This;
	(void)lpStream;
	record_call("IExchangeImportContentsChanges", 5);
	return 0;
}

static HRESULT STDMETHODCALLTYPE stub_IExchangeImportContentsChanges_6(IExchangeImportContentsChanges *This, ULONG cpvalChanges, LPSPropValue ppvalChanges, ULONG ulFlags, LPMESSAGE *lppmessage)
{
	(void)This;
	(void)cpvalChanges;
	(void)ppvalChanges;
	(void)ulFlags;
	(void)lppmessage;
	record_call("IExchangeImportContentsChanges", 6);
	return 0;
}

static HRESULT STDMETHODCALLTYPE stub_IExchangeImportContentsChanges_7(IExchangeImportContentsChanges *This, ULONG ulFlags, LPENTRYLIST lpSrcEntryList)
{
	(void)This;
	(void)ulFlags;
	(void)lpSrcEntryList;
	record_call("IExchangeImportContentsChanges", 7);
	return 0;
}

static HRESULT STDMETHODCALLTYPE stub_IExchangeImportContentsChanges_8(IExchangeImportContentsChanges *This, ULONG cElements, LPREADSTATE lpReadState)
{
	(void)This;
	(void)cElements;
	(void)lpReadState;
	record_call("IExchangeImportContentsChanges", 8);
	return 0;
}

static HRESULT STDMETHODCALLTYPE stub_IExchangeImportContentsChanges_9(IExchangeImportContentsChanges *This, ULONG cbSourceKeySrcFolder, BYTE *pbSourceKeySrcFolder, ULONG cbSourceKeySrcMessage, BYTE *pbSourceKeySrcMessage, ULONG cbPCLMessage, BYTE *pbPCLMessage, ULONG cbSourceKeyDestMessage, BYTE *pbSourceKeyDestMessage, ULONG cbChangeNumDestMessage, BYTE *pbChangeNumDestMessage)
{
	(void)This;
	(void)cbSourceKeySrcFolder;
	(void)pbSourceKeySrcFolder;
	(void)cbSourceKeySrcMessage;
	(void)pbSourceKeySrcMessage;
	(void)cbPCLMessage;
	(void)pbPCLMessage;
	(void)cbSourceKeyDestMessage;
	(void)pbSourceKeyDestMessage;
	(void)cbChangeNumDestMessage;
	(void)pbChangeNumDestMessage;
	record_call("IExchangeImportContentsChanges", 9);
	return 0;
}

static CONST_VTBL IExchangeImportContentsChangesVtbl stub_vtbl_IExchangeImportContentsChanges = {
	stub_IExchangeImportContentsChanges_0,
	stub_IExchangeImportContentsChanges_1,
	stub_IExchangeImportContentsChanges_2,
	stub_IExchangeImportContentsChanges_3,
	stub_IExchangeImportContentsChanges_4,
	stub_IExchangeImportContentsChanges_5,
	stub_IExchangeImportContentsChanges_6,
	stub_IExchangeImportContentsChanges_7,
	stub_IExchangeImportContentsChanges_8,
	stub_IExchangeImportContentsChanges_9,
};

static void test_IExchangeImportContentsChanges(void **state)
{
	IExchangeImportContentsChanges object = {&stub_vtbl_IExchangeImportContentsChanges};
	IExchangeImportContentsChanges *obj = &object;

	(void)state;

	/* slot 0: IUnknown::QueryInterface */
	{
		REFIID a1;
		LPVOID *a2;

		memset(&a1, 0, sizeof(a1));
		memset(&a2, 0, sizeof(a2));
		forget_call();
		IExchangeImportContentsChanges_QueryInterface(obj, a1, a2);
		check_call("IExchangeImportContentsChanges", 0);
	}

	/* slot 1: IUnknown::AddRef */
	{
		forget_call();
		IExchangeImportContentsChanges_AddRef(obj);
		check_call("IExchangeImportContentsChanges", 1);
	}

	/* slot 2: IUnknown::Release */
	{
		forget_call();
		IExchangeImportContentsChanges_Release(obj);
		check_call("IExchangeImportContentsChanges", 2);
	}

	/* slot 3: IExchangeImportContentsChanges::GetLastError */
	{
		HRESULT a1;
		ULONG a2;
		LPMAPIERROR *a3;

		memset(&a1, 0, sizeof(a1));
		memset(&a2, 0, sizeof(a2));
		memset(&a3, 0, sizeof(a3));
		forget_call();
		IExchangeImportContentsChanges_GetLastError(obj, a1, a2, a3);
		check_call("IExchangeImportContentsChanges", 3);
	}

	/* slot 4: IExchangeImportContentsChanges::Config */
	{
		LPSTREAM a1;
		ULONG a2;

		memset(&a1, 0, sizeof(a1));
		memset(&a2, 0, sizeof(a2));
		forget_call();
		IExchangeImportContentsChanges_Config(obj, a1, a2);
		check_call("IExchangeImportContentsChanges", 4);
	}

	/* slot 5: IExchangeImportContentsChanges::UpdateState */
	{
		LPSTREAM a1;

		memset(&a1, 0, sizeof(a1));
		forget_call();
		IExchangeImportContentsChanges_UpdateState(obj, a1);
		check_call("IExchangeImportContentsChanges", 5);
	}

	/* slot 6: IExchangeImportContentsChanges::ImportMessageChange */
	{
		ULONG a1;
		LPSPropValue a2;
		ULONG a3;
		LPMESSAGE *a4;

		memset(&a1, 0, sizeof(a1));
		memset(&a2, 0, sizeof(a2));
		memset(&a3, 0, sizeof(a3));
		memset(&a4, 0, sizeof(a4));
		forget_call();
		IExchangeImportContentsChanges_ImportMessageChange(obj, a1, a2, a3, a4);
		check_call("IExchangeImportContentsChanges", 6);
	}

	/* slot 7: IExchangeImportContentsChanges::ImportMessageDeletion */
	{
		ULONG a1;
		LPENTRYLIST a2;

		memset(&a1, 0, sizeof(a1));
		memset(&a2, 0, sizeof(a2));
		forget_call();
		IExchangeImportContentsChanges_ImportMessageDeletion(obj, a1, a2);
		check_call("IExchangeImportContentsChanges", 7);
	}

	/* slot 8: IExchangeImportContentsChanges::ImportPerUserReadStateChange */
	{
		ULONG a1;
		LPREADSTATE a2;

		memset(&a1, 0, sizeof(a1));
		memset(&a2, 0, sizeof(a2));
		forget_call();
		IExchangeImportContentsChanges_ImportPerUserReadStateChange(obj, a1, a2);
		check_call("IExchangeImportContentsChanges", 8);
	}

	/* slot 9: IExchangeImportContentsChanges::ImportMessageMove */
	{
		ULONG a1;
		BYTE *a2;
		ULONG a3;
		BYTE *a4;
		ULONG a5;
		BYTE *a6;
		ULONG a7;
		BYTE *a8;
		ULONG a9;
		BYTE *a10;

		memset(&a1, 0, sizeof(a1));
		memset(&a2, 0, sizeof(a2));
		memset(&a3, 0, sizeof(a3));
		memset(&a4, 0, sizeof(a4));
		memset(&a5, 0, sizeof(a5));
		memset(&a6, 0, sizeof(a6));
		memset(&a7, 0, sizeof(a7));
		memset(&a8, 0, sizeof(a8));
		memset(&a9, 0, sizeof(a9));
		memset(&a10, 0, sizeof(a10));
		forget_call();
		IExchangeImportContentsChanges_ImportMessageMove(obj, a1, a2, a3, a4, a5, a6, a7, a8, a9, a10);
		check_call("IExchangeImportContentsChanges", 9);
	}
}

/* IExchangeImportContentsChanges2 */

static HRESULT STDMETHODCALLTYPE stub_IExchangeImportContentsChanges2_0(IExchangeImportContentsChanges2 *This, REFIID riid, LPVOID *ppvObj)
{
	(void)This;
	(void)riid;
	(void)ppvObj;
	record_call("IExchangeImportContentsChanges2", 0);
	return 0;
}

static ULONG STDMETHODCALLTYPE stub_IExchangeImportContentsChanges2_1(IExchangeImportContentsChanges2 *This)
{
	(void)This;
	record_call("IExchangeImportContentsChanges2", 1);
	return 0;
}

static ULONG STDMETHODCALLTYPE stub_IExchangeImportContentsChanges2_2(IExchangeImportContentsChanges2 *This)
{
	(void)This;
	record_call("IExchangeImportContentsChanges2", 2);
	return 0;
}

static HRESULT STDMETHODCALLTYPE stub_IExchangeImportContentsChanges2_3(IExchangeImportContentsChanges2 *This, HRESULT hResult, ULONG ulFlags, LPMAPIERROR *lppMAPIError)
{
	(void)This;
	(void)hResult;
	(void)ulFlags;
	(void)lppMAPIError;
	record_call("IExchangeImportContentsChanges2", 3);
	return 0;
}

static HRESULT STDMETHODCALLTYPE stub_IExchangeImportContentsChanges2_4(IExchangeImportContentsChanges2 *This, LPSTREAM lpStream, ULONG ulFlags)
{
	(void)This;
	(void)lpStream;
	(void)ulFlags;
	record_call("IExchangeImportContentsChanges2", 4);
	return 0;
}

static HRESULT STDMETHODCALLTYPE stub_IExchangeImportContentsChanges2_5(IExchangeImportContentsChanges2 *This, LPSTREAM lpStream)
{
	(void)This;
	(void)lpStream;
	record_call("IExchangeImportContentsChanges2", 5);
	return 0;
}

static HRESULT STDMETHODCALLTYPE stub_IExchangeImportContentsChanges2_6(IExchangeImportContentsChanges2 *This, ULONG cpvalChanges, LPSPropValue ppvalChanges, ULONG ulFlags, LPMESSAGE *lppmessage)
{
	(void)This;
	(void)cpvalChanges;
	(void)ppvalChanges;
	(void)ulFlags;
	(void)lppmessage;
	record_call("IExchangeImportContentsChanges2", 6);
	return 0;
}

static HRESULT STDMETHODCALLTYPE stub_IExchangeImportContentsChanges2_7(IExchangeImportContentsChanges2 *This, ULONG ulFlags, LPENTRYLIST lpSrcEntryList)
{
	(void)This;
	(void)ulFlags;
	(void)lpSrcEntryList;
	record_call("IExchangeImportContentsChanges2", 7);
	return 0;
}

static HRESULT STDMETHODCALLTYPE stub_IExchangeImportContentsChanges2_8(IExchangeImportContentsChanges2 *This, ULONG cElements, LPREADSTATE lpReadState)
{
	(void)This;
	(void)cElements;
	(void)lpReadState;
	record_call("IExchangeImportContentsChanges2", 8);
	return 0;
}

static HRESULT STDMETHODCALLTYPE stub_IExchangeImportContentsChanges2_9(IExchangeImportContentsChanges2 *This, ULONG cbSourceKeySrcFolder, BYTE *pbSourceKeySrcFolder, ULONG cbSourceKeySrcMessage, BYTE *pbSourceKeySrcMessage, ULONG cbPCLMessage, BYTE *pbPCLMessage, ULONG cbSourceKeyDestMessage, BYTE *pbSourceKeyDestMessage, ULONG cbChangeNumDestMessage, BYTE *pbChangeNumDestMessage)
{
	(void)This;
	(void)cbSourceKeySrcFolder;
	(void)pbSourceKeySrcFolder;
	(void)cbSourceKeySrcMessage;
	(void)pbSourceKeySrcMessage;
	(void)cbPCLMessage;
	(void)pbPCLMessage;
	(void)cbSourceKeyDestMessage;
	(void)pbSourceKeyDestMessage;
	(void)cbChangeNumDestMessage;
	(void)pbChangeNumDestMessage;
	record_call("IExchangeImportContentsChanges2", 9);
	return 0;
}

static HRESULT STDMETHODCALLTYPE stub_IExchangeImportContentsChanges2_10(IExchangeImportContentsChanges2 *This, LPSTREAM lpStream, ULONG ulFlags, ULONG cValuesConversion, LPSPropValue lpPropArrayConversion)
{
	(void)This;
	(void)lpStream;
	(void)ulFlags;
	(void)cValuesConversion;
	(void)lpPropArrayConversion;
	record_call("IExchangeImportContentsChanges2", 10);
	return 0;
}

static HRESULT STDMETHODCALLTYPE stub_IExchangeImportContentsChanges2_11(IExchangeImportContentsChanges2 *This, ULONG cpvalChanges, LPSPropValue ppvalChanges, ULONG ulFlags, LPSTREAM *lppstream)
{
	(void)This;
	(void)cpvalChanges;
	(void)ppvalChanges;
	(void)ulFlags;
	(void)lppstream;
	record_call("IExchangeImportContentsChanges2", 11);
	return 0;
}

static CONST_VTBL IExchangeImportContentsChanges2Vtbl stub_vtbl_IExchangeImportContentsChanges2 = {
	stub_IExchangeImportContentsChanges2_0,
	stub_IExchangeImportContentsChanges2_1,
	stub_IExchangeImportContentsChanges2_2,
	stub_IExchangeImportContentsChanges2_3,
	stub_IExchangeImportContentsChanges2_4,
	stub_IExchangeImportContentsChanges2_5,
	stub_IExchangeImportContentsChanges2_6,
	stub_IExchangeImportContentsChanges2_7,
	stub_IExchangeImportContentsChanges2_8,
	stub_IExchangeImportContentsChanges2_9,
	stub_IExchangeImportContentsChanges2_10,
	stub_IExchangeImportContentsChanges2_11,
};

static void test_IExchangeImportContentsChanges2(void **state)
{
	IExchangeImportContentsChanges2 object = {&stub_vtbl_IExchangeImportContentsChanges2};
	IExchangeImportContentsChanges2 *obj = &object;

	(void)state;

	/* slot 0: IUnknown::QueryInterface */
	{
		REFIID a1;
		LPVOID *a2;

		memset(&a1, 0, sizeof(a1));
		memset(&a2, 0, sizeof(a2));
		forget_call();
		IExchangeImportContentsChanges2_QueryInterface(obj, a1, a2);
		check_call("IExchangeImportContentsChanges2", 0);
	}

	/* slot 1: IUnknown::AddRef */
	{
		forget_call();
		IExchangeImportContentsChanges2_AddRef(obj);
		check_call("IExchangeImportContentsChanges2", 1);
	}

	/* slot 2: IUnknown::Release */
	{
		forget_call();
		IExchangeImportContentsChanges2_Release(obj);
		check_call("IExchangeImportContentsChanges2", 2);
	}

	/* slot 3: IExchangeImportContentsChanges::GetLastError */
	{
		HRESULT a1;
		ULONG a2;
		LPMAPIERROR *a3;

		memset(&a1, 0, sizeof(a1));
		memset(&a2, 0, sizeof(a2));
		memset(&a3, 0, sizeof(a3));
		forget_call();
		IExchangeImportContentsChanges2_GetLastError(obj, a1, a2, a3);
		check_call("IExchangeImportContentsChanges2", 3);
	}

	/* slot 4: IExchangeImportContentsChanges::Config */
	{
		LPSTREAM a1;
		ULONG a2;

		memset(&a1, 0, sizeof(a1));
		memset(&a2, 0, sizeof(a2));
		forget_call();
		IExchangeImportContentsChanges2_Config(obj, a1, a2);
		check_call("IExchangeImportContentsChanges2", 4);
	}

	/* slot 5: IExchangeImportContentsChanges::UpdateState */
	{
		LPSTREAM a1;

		memset(&a1, 0, sizeof(a1));
		forget_call();
		IExchangeImportContentsChanges2_UpdateState(obj, a1);
		check_call("IExchangeImportContentsChanges2", 5);
	}

	/* slot 6: IExchangeImportContentsChanges::ImportMessageChange */
	{
		ULONG a1;
		LPSPropValue a2;
		ULONG a3;
		LPMESSAGE *a4;

		memset(&a1, 0, sizeof(a1));
		memset(&a2, 0, sizeof(a2));
		memset(&a3, 0, sizeof(a3));
		memset(&a4, 0, sizeof(a4));
		forget_call();
		IExchangeImportContentsChanges2_ImportMessageChange(obj, a1, a2, a3, a4);
		check_call("IExchangeImportContentsChanges2", 6);
	}

	/* slot 7: IExchangeImportContentsChanges::ImportMessageDeletion */
	{
		ULONG a1;
		LPENTRYLIST a2;

		memset(&a1, 0, sizeof(a1));
		memset(&a2, 0, sizeof(a2));
		forget_call();
		IExchangeImportContentsChanges2_ImportMessageDeletion(obj, a1, a2);
		check_call("IExchangeImportContentsChanges2", 7);
	}

	/* slot 8: IExchangeImportContentsChanges::ImportPerUserReadStateChange */
	{
		ULONG a1;
		LPREADSTATE a2;

		memset(&a1, 0, sizeof(a1));
		memset(&a2, 0, sizeof(a2));
		forget_call();
		IExchangeImportContentsChanges2_ImportPerUserReadStateChange(obj, a1, a2);
		check_call("IExchangeImportContentsChanges2", 8);
	}

	/* slot 9: IExchangeImportContentsChanges::ImportMessageMove */
	{
		ULONG a1;
		BYTE *a2;
		ULONG a3;
		BYTE *a4;
		ULONG a5;
		BYTE *a6;
		ULONG a7;
		BYTE *a8;
		ULONG a9;
		BYTE *a10;

		memset(&a1, 0, sizeof(a1));
		memset(&a2, 0, sizeof(a2));
		memset(&a3, 0, sizeof(a3));
		memset(&a4, 0, sizeof(a4));
		memset(&a5, 0, sizeof(a5));
		memset(&a6, 0, sizeof(a6));
		memset(&a7, 0, sizeof(a7));
		memset(&a8, 0, sizeof(a8));
		memset(&a9, 0, sizeof(a9));
		memset(&a10, 0, sizeof(a10));
		forget_call();
		IExchangeImportContentsChanges2_ImportMessageMove(obj, a1, a2, a3, a4, a5, a6, a7, a8, a9, a10);
		check_call("IExchangeImportContentsChanges2", 9);
	}

	/* slot 10: IExchangeImportContentsChanges2::ConfigForConversionStream */
	{
		LPSTREAM a1;
		ULONG a2;
		ULONG a3;
		LPSPropValue a4;

		memset(&a1, 0, sizeof(a1));
		memset(&a2, 0, sizeof(a2));
		memset(&a3, 0, sizeof(a3));
		memset(&a4, 0, sizeof(a4));
		forget_call();
		IExchangeImportContentsChanges2_ConfigForConversionStream(obj, a1, a2, a3, a4);
		check_call("IExchangeImportContentsChanges2", 10);
	}

	/* slot 11: IExchangeImportContentsChanges2::ImportMessageChangeAsAStream */
	{
		ULONG a1;
		LPSPropValue a2;
		ULONG a3;
		LPSTREAM *a4;

		memset(&a1, 0, sizeof(a1));
		memset(&a2, 0, sizeof(a2));
		memset(&a3, 0, sizeof(a3));
		memset(&a4, 0, sizeof(a4));
		forget_call();
		IExchangeImportContentsChanges2_ImportMessageChangeAsAStream(obj, a1, a2, a3, a4);
		check_call("IExchangeImportContentsChanges2", 11);
	}
}

/* IExchangeImportHierarchyChanges */

static HRESULT STDMETHODCALLTYPE stub_IExchangeImportHierarchyChanges_0(IExchangeImportHierarchyChanges *This, REFIID riid, LPVOID *ppvObj)
{
	(void)This;
	(void)riid;
	(void)ppvObj;
	record_call("IExchangeImportHierarchyChanges", 0);
	return 0;
}

static ULONG STDMETHODCALLTYPE stub_IExchangeImportHierarchyChanges_1(IExchangeImportHierarchyChanges *This)
{
	(void)This;
	record_call("IExchangeImportHierarchyChanges", 1);
	return 0;
}

static ULONG STDMETHODCALLTYPE stub_IExchangeImportHierarchyChanges_2(IExchangeImportHierarchyChanges *This)
{
	(void)This;
	record_call("IExchangeImportHierarchyChanges", 2);
	return 0;
}

static HRESULT STDMETHODCALLTYPE stub_IExchangeImportHierarchyChanges_3(IExchangeImportHierarchyChanges *This, HRESULT hResult, ULONG ulFlags, LPMAPIERROR *lppMAPIError)
{
	(void)This;
	(void)hResult;
	(void)ulFlags;
	(void)lppMAPIError;
	record_call("IExchangeImportHierarchyChanges", 3);
	return 0;
}

static HRESULT STDMETHODCALLTYPE stub_IExchangeImportHierarchyChanges_4(IExchangeImportHierarchyChanges *This, LPSTREAM lpStream, ULONG ulFlags)
{
	(void)This;
	(void)lpStream;
	(void)ulFlags;
	record_call("IExchangeImportHierarchyChanges", 4);
	return 0;
}

static HRESULT STDMETHODCALLTYPE stub_IExchangeImportHierarchyChanges_5(IExchangeImportHierarchyChanges *This, LPSTREAM lpStream)
{
	(void)This;
	(void)lpStream;
	record_call("IExchangeImportHierarchyChanges", 5);
	return 0;
}

static HRESULT STDMETHODCALLTYPE stub_IExchangeImportHierarchyChanges_6(IExchangeImportHierarchyChanges *This, ULONG cpvalChanges, LPSPropValue ppvalChanges)
{
	(void)This;
	(void)cpvalChanges;
	(void)ppvalChanges;
	record_call("IExchangeImportHierarchyChanges", 6);
	return 0;
}

static HRESULT STDMETHODCALLTYPE stub_IExchangeImportHierarchyChanges_7(IExchangeImportHierarchyChanges *This, ULONG ulFlags, LPENTRYLIST lpSrcEntryList)
{
	(void)This;
	(void)ulFlags;
	(void)lpSrcEntryList;
	record_call("IExchangeImportHierarchyChanges", 7);
	return 0;
}

static CONST_VTBL IExchangeImportHierarchyChangesVtbl stub_vtbl_IExchangeImportHierarchyChanges = {
	stub_IExchangeImportHierarchyChanges_0,
	stub_IExchangeImportHierarchyChanges_1,
	stub_IExchangeImportHierarchyChanges_2,
	stub_IExchangeImportHierarchyChanges_3,
	stub_IExchangeImportHierarchyChanges_4,
	stub_IExchangeImportHierarchyChanges_5,
	stub_IExchangeImportHierarchyChanges_6,
	stub_IExchangeImportHierarchyChanges_7,
};

static void test_IExchangeImportHierarchyChanges(void **state)
{
	IExchangeImportHierarchyChanges object = {&stub_vtbl_IExchangeImportHierarchyChanges};
	IExchangeImportHierarchyChanges *obj = &object;

	(void)state;

	/* slot 0: IUnknown::QueryInterface */
	{
		REFIID a1;
		LPVOID *a2;

		memset(&a1, 0, sizeof(a1));
		memset(&a2, 0, sizeof(a2));
		forget_call();
		IExchangeImportHierarchyChanges_QueryInterface(obj, a1, a2);
		check_call("IExchangeImportHierarchyChanges", 0);
	}

	/* slot 1: IUnknown::AddRef */
	{
		forget_call();
		IExchangeImportHierarchyChanges_AddRef(obj);
		check_call("IExchangeImportHierarchyChanges", 1);
	}

	/* slot 2: IUnknown::Release */
	{
		forget_call();
		IExchangeImportHierarchyChanges_Release(obj);
		check_call("IExchangeImportHierarchyChanges", 2);
	}

	/* slot 3: IExchangeImportHierarchyChanges::GetLastError */
	{
		HRESULT a1;
		ULONG a2;
		LPMAPIERROR *a3;

		memset(&a1, 0, sizeof(a1));
		memset(&a2, 0, sizeof(a2));
		memset(&a3, 0, sizeof(a3));
		forget_call();
		IExchangeImportHierarchyChanges_GetLastError(obj, a1, a2, a3);
		check_call("IExchangeImportHierarchyChanges", 3);
	}

	/* slot 4: IExchangeImportHierarchyChanges::Config */
	{
		LPSTREAM a1;
		ULONG a2;

		memset(&a1, 0, sizeof(a1));
		memset(&a2, 0, sizeof(a2));
		forget_call();
		IExchangeImportHierarchyChanges_Config(obj, a1, a2);
		check_call("IExchangeImportHierarchyChanges", 4);
	}

	/* slot 5: IExchangeImportHierarchyChanges::UpdateState */
	{
		LPSTREAM a1;

		memset(&a1, 0, sizeof(a1));
		forget_call();
		IExchangeImportHierarchyChanges_UpdateState(obj, a1);
		check_call("IExchangeImportHierarchyChanges", 5);
	}

	/* slot 6: IExchangeImportHierarchyChanges::ImportFolderChange */
	{
		ULONG a1;
		LPSPropValue a2;

		memset(&a1, 0, sizeof(a1));
		memset(&a2, 0, sizeof(a2));
		forget_call();
		IExchangeImportHierarchyChanges_ImportFolderChange(obj, a1, a2);
		check_call("IExchangeImportHierarchyChanges", 6);
	}

	/* slot 7: IExchangeImportHierarchyChanges::ImportFolderDeletion */
	{
		ULONG a1;
		LPENTRYLIST a2;

		memset(&a1, 0, sizeof(a1));
		memset(&a2, 0, sizeof(a2));
		forget_call();
		IExchangeImportHierarchyChanges_ImportFolderDeletion(obj, a1, a2);
		check_call("IExchangeImportHierarchyChanges", 7);
	}
}

/* IExchangeChangeAdviseSink */

static HRESULT STDMETHODCALLTYPE stub_IExchangeChangeAdviseSink_0(IExchangeChangeAdviseSink *This, REFIID riid, LPVOID *ppvObj)
{
	(void)This;
	(void)riid;
	(void)ppvObj;
	record_call("IExchangeChangeAdviseSink", 0);
	return 0;
}

static ULONG STDMETHODCALLTYPE stub_IExchangeChangeAdviseSink_1(IExchangeChangeAdviseSink *This)
{
	(void)This;
	record_call("IExchangeChangeAdviseSink", 1);
	return 0;
}

static ULONG STDMETHODCALLTYPE stub_IExchangeChangeAdviseSink_2(IExchangeChangeAdviseSink *This)
{
	(void)This;
	record_call("IExchangeChangeAdviseSink", 2);
	return 0;
}

static ULONG STDMETHODCALLTYPE stub_IExchangeChangeAdviseSink_3(IExchangeChangeAdviseSink *This, ULONG ulFlags, LPENTRYLIST lpEntryList)
{
	(void)This;
	(void)ulFlags;
	(void)lpEntryList;
	record_call("IExchangeChangeAdviseSink", 3);
	return 0;
}

static CONST_VTBL IExchangeChangeAdviseSinkVtbl stub_vtbl_IExchangeChangeAdviseSink = {
	stub_IExchangeChangeAdviseSink_0,
	stub_IExchangeChangeAdviseSink_1,
	stub_IExchangeChangeAdviseSink_2,
	stub_IExchangeChangeAdviseSink_3,
};

static void test_IExchangeChangeAdviseSink(void **state)
{
	IExchangeChangeAdviseSink object = {&stub_vtbl_IExchangeChangeAdviseSink};
	IExchangeChangeAdviseSink *obj = &object;

	(void)state;

	/* slot 0: IUnknown::QueryInterface */
	{
		REFIID a1;
		LPVOID *a2;

		memset(&a1, 0, sizeof(a1));
		memset(&a2, 0, sizeof(a2));
		forget_call();
		IExchangeChangeAdviseSink_QueryInterface(obj, a1, a2);
		check_call("IExchangeChangeAdviseSink", 0);
	}

	/* slot 1: IUnknown::AddRef */
	{
		forget_call();
		IExchangeChangeAdviseSink_AddRef(obj);
		check_call("IExchangeChangeAdviseSink", 1);
	}

	/* slot 2: IUnknown::Release */
	{
		forget_call();
		IExchangeChangeAdviseSink_Release(obj);
		check_call("IExchangeChangeAdviseSink", 2);
	}

	/* slot 3: IExchangeChangeAdviseSink::OnNotify */
	{
		ULONG a1;
		LPENTRYLIST a2;

		memset(&a1, 0, sizeof(a1));
		memset(&a2, 0, sizeof(a2));
		forget_call();
		IExchangeChangeAdviseSink_OnNotify(obj, a1, a2);
		check_call("IExchangeChangeAdviseSink", 3);
	}
}

/* IExchangeChangeAdvisor */

static HRESULT STDMETHODCALLTYPE stub_IExchangeChangeAdvisor_0(IExchangeChangeAdvisor *This, REFIID riid, LPVOID *ppvObj)
{
	(void)This;
	(void)riid;
	(void)ppvObj;
	record_call("IExchangeChangeAdvisor", 0);
	return 0;
}

static ULONG STDMETHODCALLTYPE stub_IExchangeChangeAdvisor_1(IExchangeChangeAdvisor *This)
{
	(void)This;
	record_call("IExchangeChangeAdvisor", 1);
	return 0;
}

static ULONG STDMETHODCALLTYPE stub_IExchangeChangeAdvisor_2(IExchangeChangeAdvisor *This)
{
	(void)This;
	record_call("IExchangeChangeAdvisor", 2);
	return 0;
}

static HRESULT STDMETHODCALLTYPE stub_IExchangeChangeAdvisor_3(IExchangeChangeAdvisor *This, HRESULT hResult, ULONG ulFlags, LPMAPIERROR *lppMAPIError)
{
	(void)This;
	(void)hResult;
	(void)ulFlags;
	(void)lppMAPIError;
	record_call("IExchangeChangeAdvisor", 3);
	return 0;
}

static HRESULT STDMETHODCALLTYPE stub_IExchangeChangeAdvisor_4(IExchangeChangeAdvisor *This, LPSTREAM lpStream, LPGUID lpGUID, LPEXCHANGECHANGEADVISESINK lpAdviseSink, ULONG ulFlags)
{
	(void)This;
	(void)lpStream;
	(void)lpGUID;
	(void)lpAdviseSink;
	(void)ulFlags;
	record_call("IExchangeChangeAdvisor", 4);
	return 0;
}

static HRESULT STDMETHODCALLTYPE stub_IExchangeChangeAdvisor_5(IExchangeChangeAdvisor *This, LPSTREAM lpStream)
{
	(void)This;
	(void)lpStream;
	record_call("IExchangeChangeAdvisor", 5);
	return 0;
}

static HRESULT STDMETHODCALLTYPE stub_IExchangeChangeAdvisor_6(IExchangeChangeAdvisor *This, LPENTRYLIST lpEntryList)
{
	(void)This;
	(void)lpEntryList;
	record_call("IExchangeChangeAdvisor", 6);
	return 0;
}

static HRESULT STDMETHODCALLTYPE stub_IExchangeChangeAdvisor_7(IExchangeChangeAdvisor *This, LPENTRYLIST lpEntryList)
{
	(void)This;
	(void)lpEntryList;
	record_call("IExchangeChangeAdvisor", 7);
	return 0;
}

static CONST_VTBL IExchangeChangeAdvisorVtbl stub_vtbl_IExchangeChangeAdvisor = {
	stub_IExchangeChangeAdvisor_0,
	stub_IExchangeChangeAdvisor_1,
	stub_IExchangeChangeAdvisor_2,
	stub_IExchangeChangeAdvisor_3,
	stub_IExchangeChangeAdvisor_4,
	stub_IExchangeChangeAdvisor_5,
	stub_IExchangeChangeAdvisor_6,
	stub_IExchangeChangeAdvisor_7,
};

static void test_IExchangeChangeAdvisor(void **state)
{
	IExchangeChangeAdvisor object = {&stub_vtbl_IExchangeChangeAdvisor};
	IExchangeChangeAdvisor *obj = &object;

	(void)state;

	/* slot 0: IUnknown::QueryInterface */
	{
		REFIID a1;
		LPVOID *a2;

		memset(&a1, 0, sizeof(a1));
		memset(&a2, 0, sizeof(a2));
		forget_call();
		IExchangeChangeAdvisor_QueryInterface(obj, a1, a2);
		check_call("IExchangeChangeAdvisor", 0);
	}

	/* slot 1: IUnknown::AddRef */
	{
		forget_call();
		IExchangeChangeAdvisor_AddRef(obj);
		check_call("IExchangeChangeAdvisor", 1);
	}

	/* slot 2: IUnknown::Release */
	{
		forget_call();
		IExchangeChangeAdvisor_Release(obj);
		check_call("IExchangeChangeAdvisor", 2);
	}

	/* slot 3: IExchangeChangeAdvisor::GetLastError */
	{
		HRESULT a1;
		ULONG a2;
		LPMAPIERROR *a3;

		memset(&a1, 0, sizeof(a1));
		memset(&a2, 0, sizeof(a2));
		memset(&a3, 0, sizeof(a3));
		forget_call();
		IExchangeChangeAdvisor_GetLastError(obj, a1, a2, a3);
		check_call("IExchangeChangeAdvisor", 3);
	}

	/* slot 4: IExchangeChangeAdvisor::Config */
	{
		LPSTREAM a1;
		LPGUID a2;
		LPEXCHANGECHANGEADVISESINK a3;
		ULONG a4;

		memset(&a1, 0, sizeof(a1));
		memset(&a2, 0, sizeof(a2));
		memset(&a3, 0, sizeof(a3));
		memset(&a4, 0, sizeof(a4));
		forget_call();
		IExchangeChangeAdvisor_Config(obj, a1, a2, a3, a4);
		check_call("IExchangeChangeAdvisor", 4);
	}

	/* slot 5: IExchangeChangeAdvisor::UpdateState */
	{
		LPSTREAM a1;

		memset(&a1, 0, sizeof(a1));
		forget_call();
		IExchangeChangeAdvisor_UpdateState(obj, a1);
		check_call("IExchangeChangeAdvisor", 5);
	}

	/* slot 6: IExchangeChangeAdvisor::AddKeys */
	{
		LPENTRYLIST a1;

		memset(&a1, 0, sizeof(a1));
		forget_call();
		IExchangeChangeAdvisor_AddKeys(obj, a1);
		check_call("IExchangeChangeAdvisor", 6);
	}

	/* slot 7: IExchangeChangeAdvisor::RemoveKeys */
	{
		LPENTRYLIST a1;

		memset(&a1, 0, sizeof(a1));
		forget_call();
		IExchangeChangeAdvisor_RemoveKeys(obj, a1);
		check_call("IExchangeChangeAdvisor", 7);
	}
}

/* IExchangeBadItemCallback */

static HRESULT STDMETHODCALLTYPE stub_IExchangeBadItemCallback_0(IExchangeBadItemCallback *This, REFIID riid, LPVOID *ppvObj)
{
	(void)This;
	(void)riid;
	(void)ppvObj;
	record_call("IExchangeBadItemCallback", 0);
	return 0;
}

static ULONG STDMETHODCALLTYPE stub_IExchangeBadItemCallback_1(IExchangeBadItemCallback *This)
{
	(void)This;
	record_call("IExchangeBadItemCallback", 1);
	return 0;
}

static ULONG STDMETHODCALLTYPE stub_IExchangeBadItemCallback_2(IExchangeBadItemCallback *This)
{
	(void)This;
	record_call("IExchangeBadItemCallback", 2);
	return 0;
}

static HRESULT STDMETHODCALLTYPE stub_IExchangeBadItemCallback_3(IExchangeBadItemCallback *This, HRESULT hResult, ULONG ulFlags, LPWSTR lpwszFolderName, LPSBinary lpsbFolderEid, ULONG cValues, LPSPropValue lpPropArray)
{
	(void)This;
	(void)hResult;
	(void)ulFlags;
	(void)lpwszFolderName;
	(void)lpsbFolderEid;
	(void)cValues;
	(void)lpPropArray;
	record_call("IExchangeBadItemCallback", 3);
	return 0;
}

static CONST_VTBL IExchangeBadItemCallbackVtbl stub_vtbl_IExchangeBadItemCallback = {
	stub_IExchangeBadItemCallback_0,
	stub_IExchangeBadItemCallback_1,
	stub_IExchangeBadItemCallback_2,
	stub_IExchangeBadItemCallback_3,
};

static void test_IExchangeBadItemCallback(void **state)
{
	IExchangeBadItemCallback object = {&stub_vtbl_IExchangeBadItemCallback};
	IExchangeBadItemCallback *obj = &object;

	(void)state;

	/* slot 0: IUnknown::QueryInterface */
	{
		REFIID a1;
		LPVOID *a2;

		memset(&a1, 0, sizeof(a1));
		memset(&a2, 0, sizeof(a2));
		forget_call();
		IExchangeBadItemCallback_QueryInterface(obj, a1, a2);
		check_call("IExchangeBadItemCallback", 0);
	}

	/* slot 1: IUnknown::AddRef */
	{
		forget_call();
		IExchangeBadItemCallback_AddRef(obj);
		check_call("IExchangeBadItemCallback", 1);
	}

	/* slot 2: IUnknown::Release */
	{
		forget_call();
		IExchangeBadItemCallback_Release(obj);
		check_call("IExchangeBadItemCallback", 2);
	}

	/* slot 3: IExchangeBadItemCallback::BadItem */
	{
		HRESULT a1;
		ULONG a2;
		LPWSTR a3;
		LPSBinary a4;
		ULONG a5;
		LPSPropValue a6;

		memset(&a1, 0, sizeof(a1));
		memset(&a2, 0, sizeof(a2));
		memset(&a3, 0, sizeof(a3));
		memset(&a4, 0, sizeof(a4));
		memset(&a5, 0, sizeof(a5));
		memset(&a6, 0, sizeof(a6));
		forget_call();
		IExchangeBadItemCallback_BadItem(obj, a1, a2, a3, a4, a5, a6);
		check_call("IExchangeBadItemCallback", 3);
	}
}

/* IExchangeMoveUserProgress */

static HRESULT STDMETHODCALLTYPE stub_IExchangeMoveUserProgress_0(IExchangeMoveUserProgress *This, REFIID riid, LPVOID *ppvObj)
{
	(void)This;
	(void)riid;
	(void)ppvObj;
	record_call("IExchangeMoveUserProgress", 0);
	return 0;
}

static ULONG STDMETHODCALLTYPE stub_IExchangeMoveUserProgress_1(IExchangeMoveUserProgress *This)
{
	(void)This;
	record_call("IExchangeMoveUserProgress", 1);
	return 0;
}

static ULONG STDMETHODCALLTYPE stub_IExchangeMoveUserProgress_2(IExchangeMoveUserProgress *This)
{
	(void)This;
	record_call("IExchangeMoveUserProgress", 2);
	return 0;
}

static HRESULT STDMETHODCALLTYPE stub_IExchangeMoveUserProgress_3(IExchangeMoveUserProgress *This, ULONG ulFlags, LPWSTR lpwszFolderName)
{
	(void)This;
	(void)ulFlags;
	(void)lpwszFolderName;
	record_call("IExchangeMoveUserProgress", 3);
	return 0;
}

static HRESULT STDMETHODCALLTYPE stub_IExchangeMoveUserProgress_4(IExchangeMoveUserProgress *This, ULONG ulFlags, ULONG ulCount, ULONG ulTotal)
{
	(void)This;
	(void)ulFlags;
	(void)ulCount;
	(void)ulTotal;
	record_call("IExchangeMoveUserProgress", 4);
	return 0;
}

static HRESULT STDMETHODCALLTYPE stub_IExchangeMoveUserProgress_5(IExchangeMoveUserProgress *This, ULONG ulFlags)
{
	(void)This;
	(void)ulFlags;
	record_call("IExchangeMoveUserProgress", 5);
	return 0;
}

static CONST_VTBL IExchangeMoveUserProgressVtbl stub_vtbl_IExchangeMoveUserProgress = {
	stub_IExchangeMoveUserProgress_0,
	stub_IExchangeMoveUserProgress_1,
	stub_IExchangeMoveUserProgress_2,
	stub_IExchangeMoveUserProgress_3,
	stub_IExchangeMoveUserProgress_4,
	stub_IExchangeMoveUserProgress_5,
};

static void test_IExchangeMoveUserProgress(void **state)
{
	IExchangeMoveUserProgress object = {&stub_vtbl_IExchangeMoveUserProgress};
	IExchangeMoveUserProgress *obj = &object;

	(void)state;

	/* slot 0: IUnknown::QueryInterface */
	{
		REFIID a1;
		LPVOID *a2;

		memset(&a1, 0, sizeof(a1));
		memset(&a2, 0, sizeof(a2));
		forget_call();
		IExchangeMoveUserProgress_QueryInterface(obj, a1, a2);
		check_call("IExchangeMoveUserProgress", 0);
	}

	/* slot 1: IUnknown::AddRef */
	{
		forget_call();
		IExchangeMoveUserProgress_AddRef(obj);
		check_call("IExchangeMoveUserProgress", 1);
	}

	/* slot 2: IUnknown::Release */
	{
		forget_call();
		IExchangeMoveUserProgress_Release(obj);
		check_call("IExchangeMoveUserProgress", 2);
	}

	/* slot 3: IExchangeMoveUserProgress::NextFolder */
	{
		ULONG a1;
		LPWSTR a2;

		memset(&a1, 0, sizeof(a1));
		memset(&a2, 0, sizeof(a2));
		forget_call();
		IExchangeMoveUserProgress_NextFolder(obj, a1, a2);
		check_call("IExchangeMoveUserProgress", 3);
	}

	/* slot 4: IExchangeMoveUserProgress::Progress */
	{
		ULONG a1;
		ULONG a2;
		ULONG a3;

		memset(&a1, 0, sizeof(a1));
		memset(&a2, 0, sizeof(a2));
		memset(&a3, 0, sizeof(a3));
		forget_call();
		IExchangeMoveUserProgress_Progress(obj, a1, a2, a3);
		check_call("IExchangeMoveUserProgress", 4);
	}

	/* slot 5: IExchangeMoveUserProgress::Restart */
	{
		ULONG a1;

		memset(&a1, 0, sizeof(a1));
		forget_call();
		IExchangeMoveUserProgress_Restart(obj, a1);
		check_call("IExchangeMoveUserProgress", 5);
	}
}

/* IExchangeFavorites */

static HRESULT STDMETHODCALLTYPE stub_IExchangeFavorites_0(IExchangeFavorites *This, REFIID riid, LPVOID *ppvObj)
{
	(void)This;
	(void)riid;
	(void)ppvObj;
	record_call("IExchangeFavorites", 0);
	return 0;
}

static ULONG STDMETHODCALLTYPE stub_IExchangeFavorites_1(IExchangeFavorites *This)
{
	(void)This;
	record_call("IExchangeFavorites", 1);
	return 0;
}

static ULONG STDMETHODCALLTYPE stub_IExchangeFavorites_2(IExchangeFavorites *This)
{
	(void)This;
	record_call("IExchangeFavorites", 2);
	return 0;
}

static HRESULT STDMETHODCALLTYPE stub_IExchangeFavorites_3(IExchangeFavorites *This, HRESULT hResult, ULONG ulFlags, LPMAPIERROR *lppMAPIError)
{
	(void)This;
	(void)hResult;
	(void)ulFlags;
	(void)lppMAPIError;
	record_call("IExchangeFavorites", 3);
	return 0;
}

static HRESULT STDMETHODCALLTYPE stub_IExchangeFavorites_4(IExchangeFavorites *This, LPENTRYLIST lpEntryList)
{
	(void)This;
	(void)lpEntryList;
	record_call("IExchangeFavorites", 4);
	return 0;
}

static HRESULT STDMETHODCALLTYPE stub_IExchangeFavorites_5(IExchangeFavorites *This, LPENTRYLIST lpEntryList)
{
	(void)This;
	(void)lpEntryList;
	record_call("IExchangeFavorites", 5);
	return 0;
}

static CONST_VTBL IExchangeFavoritesVtbl stub_vtbl_IExchangeFavorites = {
	stub_IExchangeFavorites_0,
	stub_IExchangeFavorites_1,
	stub_IExchangeFavorites_2,
	stub_IExchangeFavorites_3,
	stub_IExchangeFavorites_4,
	stub_IExchangeFavorites_5,
};

static void test_IExchangeFavorites(void **state)
{
	IExchangeFavorites object = {&stub_vtbl_IExchangeFavorites};
	IExchangeFavorites *obj = &object;

	(void)state;

	/* slot 0: IUnknown::QueryInterface */
	{
		REFIID a1;
		LPVOID *a2;

		memset(&a1, 0, sizeof(a1));
		memset(&a2, 0, sizeof(a2));
		forget_call();
		IExchangeFavorites_QueryInterface(obj, a1, a2);
		check_call("IExchangeFavorites", 0);
	}

	/* slot 1: IUnknown::AddRef */
	{
		forget_call();
		IExchangeFavorites_AddRef(obj);
		check_call("IExchangeFavorites", 1);
	}

	/* slot 2: IUnknown::Release */
	{
		forget_call();
		IExchangeFavorites_Release(obj);
		check_call("IExchangeFavorites", 2);
	}

	/* slot 3: IExchangeFavorites::GetLastError */
	{
		HRESULT a1;
		ULONG a2;
		LPMAPIERROR *a3;

		memset(&a1, 0, sizeof(a1));
		memset(&a2, 0, sizeof(a2));
		memset(&a3, 0, sizeof(a3));
		forget_call();
		IExchangeFavorites_GetLastError(obj, a1, a2, a3);
		check_call("IExchangeFavorites", 3);
	}

	/* slot 4: IExchangeFavorites::AddFavorites */
	{
		LPENTRYLIST a1;

		memset(&a1, 0, sizeof(a1));
		forget_call();
		IExchangeFavorites_AddFavorites(obj, a1);
		check_call("IExchangeFavorites", 4);
	}

	/* slot 5: IExchangeFavorites::DelFavorites */
	{
		LPENTRYLIST a1;

		memset(&a1, 0, sizeof(a1));
		forget_call();
		IExchangeFavorites_DelFavorites(obj, a1);
		check_call("IExchangeFavorites", 5);
	}
}

/* IExchangeMessageConversion */

static HRESULT STDMETHODCALLTYPE stub_IExchangeMessageConversion_0(IExchangeMessageConversion *This, REFIID riid, LPVOID *ppvObj)
{
	(void)This;
	(void)riid;
	(void)ppvObj;
	record_call("IExchangeMessageConversion", 0);
	return 0;
}

static ULONG STDMETHODCALLTYPE stub_IExchangeMessageConversion_1(IExchangeMessageConversion *This)
{
	(void)This;
	record_call("IExchangeMessageConversion", 1);
	return 0;
}

static ULONG STDMETHODCALLTYPE stub_IExchangeMessageConversion_2(IExchangeMessageConversion *This)
{
	(void)This;
	record_call("IExchangeMessageConversion", 2);
	return 0;
}

static HRESULT STDMETHODCALLTYPE stub_IExchangeMessageConversion_3(IExchangeMessageConversion *This, ULONG cValues, LPSPropValue lpPropArray, LPSTREAM *lppStream)
{
	(void)This;
	(void)cValues;
	(void)lpPropArray;
	(void)lppStream;
	record_call("IExchangeMessageConversion", 3);
	return 0;
}

static CONST_VTBL IExchangeMessageConversionVtbl stub_vtbl_IExchangeMessageConversion = {
	stub_IExchangeMessageConversion_0,
	stub_IExchangeMessageConversion_1,
	stub_IExchangeMessageConversion_2,
	stub_IExchangeMessageConversion_3,
};

static void test_IExchangeMessageConversion(void **state)
{
	IExchangeMessageConversion object = {&stub_vtbl_IExchangeMessageConversion};
	IExchangeMessageConversion *obj = &object;

	(void)state;

	/* slot 0: IUnknown::QueryInterface */
	{
		REFIID a1;
		LPVOID *a2;

		memset(&a1, 0, sizeof(a1));
		memset(&a2, 0, sizeof(a2));
		forget_call();
		IExchangeMessageConversion_QueryInterface(obj, a1, a2);
		check_call("IExchangeMessageConversion", 0);
	}

	/* slot 1: IUnknown::AddRef */
	{
		forget_call();
		IExchangeMessageConversion_AddRef(obj);
		check_call("IExchangeMessageConversion", 1);
	}

	/* slot 2: IUnknown::Release */
	{
		forget_call();
		IExchangeMessageConversion_Release(obj);
		check_call("IExchangeMessageConversion", 2);
	}

	/* slot 3: IExchangeMessageConversion::OpenStream */
	{
		ULONG a1;
		LPSPropValue a2;
		LPSTREAM *a3;

		memset(&a1, 0, sizeof(a1));
		memset(&a2, 0, sizeof(a2));
		memset(&a3, 0, sizeof(a3));
		forget_call();
		IExchangeMessageConversion_OpenStream(obj, a1, a2, a3);
		check_call("IExchangeMessageConversion", 3);
	}
}

/* IPersistMessage */

static HRESULT STDMETHODCALLTYPE stub_IPersistMessage_0(IPersistMessage *This, REFIID riid, LPVOID *ppvObj)
{
	(void)This;
	(void)riid;
	(void)ppvObj;
	record_call("IPersistMessage", 0);
	return 0;
}

static ULONG STDMETHODCALLTYPE stub_IPersistMessage_1(IPersistMessage *This)
{
	(void)This;
	record_call("IPersistMessage", 1);
	return 0;
}

static ULONG STDMETHODCALLTYPE stub_IPersistMessage_2(IPersistMessage *This)
{
	(void)This;
	record_call("IPersistMessage", 2);
	return 0;
}

static HRESULT STDMETHODCALLTYPE stub_IPersistMessage_3(IPersistMessage *This, HRESULT hResult, ULONG ulFlags, LPMAPIERROR *lppMAPIError)
{
	(void)This;
	(void)hResult;
	(void)ulFlags;
	(void)lppMAPIError;
	record_call("IPersistMessage", 3);
	return 0;
}

static HRESULT STDMETHODCALLTYPE stub_IPersistMessage_4(IPersistMessage *This, LPCLSID lpClassID)
{
	(void)This;
	(void)lpClassID;
	record_call("IPersistMessage", 4);
	return 0;
}

static HRESULT STDMETHODCALLTYPE stub_IPersistMessage_5(IPersistMessage *This)
{
	(void)This;
	record_call("IPersistMessage", 5);
	return 0;
}

static HRESULT STDMETHODCALLTYPE stub_IPersistMessage_6(IPersistMessage *This, LPMAPIMESSAGESITE pMessageSite, LPMESSAGE pMessage)
{
	(void)This;
	(void)pMessageSite;
	(void)pMessage;
	record_call("IPersistMessage", 6);
	return 0;
}

static HRESULT STDMETHODCALLTYPE stub_IPersistMessage_7(IPersistMessage *This, LPMAPIMESSAGESITE pMessageSite, LPMESSAGE pMessage, ULONG ulMessageStatus, ULONG ulMessageFlags)
{
	(void)This;
	(void)pMessageSite;
	(void)pMessage;
	(void)ulMessageStatus;
	(void)ulMessageFlags;
	record_call("IPersistMessage", 7);
	return 0;
}

static HRESULT STDMETHODCALLTYPE stub_IPersistMessage_8(IPersistMessage *This, LPMESSAGE pMessage, ULONG fSameAsLoad)
{
	(void)This;
	(void)pMessage;
	(void)fSameAsLoad;
	record_call("IPersistMessage", 8);
	return 0;
}

static HRESULT STDMETHODCALLTYPE stub_IPersistMessage_9(IPersistMessage *This, LPMESSAGE pMessage)
{
	(void)This;
	(void)pMessage;
	record_call("IPersistMessage", 9);
	return 0;
}

static HRESULT STDMETHODCALLTYPE stub_IPersistMessage_10(IPersistMessage *This)
{
	(void)This;
	record_call("IPersistMessage", 10);
	return 0;
}

static CONST_VTBL IPersistMessageVtbl stub_vtbl_IPersistMessage = {
	stub_IPersistMessage_0,
	stub_IPersistMessage_1,
	stub_IPersistMessage_2,
	stub_IPersistMessage_3,
	stub_IPersistMessage_4,
	stub_IPersistMessage_5,
	stub_IPersistMessage_6,
	stub_IPersistMessage_7,
	stub_IPersistMessage_8,
	stub_IPersistMessage_9,
	stub_IPersistMessage_10,
};

static void test_IPersistMessage(void **state)
{
	IPersistMessage object = {&stub_vtbl_IPersistMessage};
	IPersistMessage *obj = &object;

	(void)state;

	/* slot 0: IUnknown::QueryInterface */
	{
		REFIID a1;
		LPVOID *a2;

		memset(&a1, 0, sizeof(a1));
		memset(&a2, 0, sizeof(a2));
		forget_call();
		IPersistMessage_QueryInterface(obj, a1, a2);
		check_call("IPersistMessage", 0);
	}

	/* slot 1: IUnknown::AddRef */
	{
		forget_call();
		IPersistMessage_AddRef(obj);
		check_call("IPersistMessage", 1);
	}

	/* slot 2: IUnknown::Release */
	{
		forget_call();
		IPersistMessage_Release(obj);
		check_call("IPersistMessage", 2);
	}

	/* slot 3: IPersistMessage::GetLastError */
	{
		HRESULT a1;
		ULONG a2;
		LPMAPIERROR *a3;

		memset(&a1, 0, sizeof(a1));
		memset(&a2, 0, sizeof(a2));
		memset(&a3, 0, sizeof(a3));
		forget_call();
		IPersistMessage_GetLastError(obj, a1, a2, a3);
		check_call("IPersistMessage", 3);
	}

	/* slot 4: IPersistMessage::GetClassID */
	{
		LPCLSID a1;

		memset(&a1, 0, sizeof(a1));
		forget_call();
		IPersistMessage_GetClassID(obj, a1);
		check_call("IPersistMessage", 4);
	}

	/* slot 5: IPersistMessage::IsDirty */
	{
		forget_call();
		IPersistMessage_IsDirty(obj);
		check_call("IPersistMessage", 5);
	}

	/* slot 6: IPersistMessage::InitNew */
	{
		LPMAPIMESSAGESITE a1;
		LPMESSAGE a2;

		memset(&a1, 0, sizeof(a1));
		memset(&a2, 0, sizeof(a2));
		forget_call();
		IPersistMessage_InitNew(obj, a1, a2);
		check_call("IPersistMessage", 6);
	}

	/* slot 7: IPersistMessage::Load */
	{
		LPMAPIMESSAGESITE a1;
		LPMESSAGE a2;
		ULONG a3;
		ULONG a4;

		memset(&a1, 0, sizeof(a1));
		memset(&a2, 0, sizeof(a2));
		memset(&a3, 0, sizeof(a3));
		memset(&a4, 0, sizeof(a4));
		forget_call();
		IPersistMessage_Load(obj, a1, a2, a3, a4);
		check_call("IPersistMessage", 7);
	}

	/* slot 8: IPersistMessage::Save */
	{
		LPMESSAGE a1;
		ULONG a2;

		memset(&a1, 0, sizeof(a1));
		memset(&a2, 0, sizeof(a2));
		forget_call();
		IPersistMessage_Save(obj, a1, a2);
		check_call("IPersistMessage", 8);
	}

	/* slot 9: IPersistMessage::SaveCompleted */
	{
		LPMESSAGE a1;

		memset(&a1, 0, sizeof(a1));
		forget_call();
		IPersistMessage_SaveCompleted(obj, a1);
		check_call("IPersistMessage", 9);
	}

	/* slot 10: IPersistMessage::HandsOffMessage */
	{
		forget_call();
		IPersistMessage_HandsOffMessage(obj);
		check_call("IPersistMessage", 10);
	}
}

/* IMAPIMessageSite */

static HRESULT STDMETHODCALLTYPE stub_IMAPIMessageSite_0(IMAPIMessageSite *This, REFIID riid, LPVOID *ppvObj)
{
	(void)This;
	(void)riid;
	(void)ppvObj;
	record_call("IMAPIMessageSite", 0);
	return 0;
}

static ULONG STDMETHODCALLTYPE stub_IMAPIMessageSite_1(IMAPIMessageSite *This)
{
	(void)This;
	record_call("IMAPIMessageSite", 1);
	return 0;
}

static ULONG STDMETHODCALLTYPE stub_IMAPIMessageSite_2(IMAPIMessageSite *This)
{
	(void)This;
	record_call("IMAPIMessageSite", 2);
	return 0;
}

static HRESULT STDMETHODCALLTYPE stub_IMAPIMessageSite_3(IMAPIMessageSite *This, HRESULT hResult, ULONG ulFlags, LPMAPIERROR *lppMAPIError)
{
	(void)This;
	(void)hResult;
	(void)ulFlags;
	(void)lppMAPIError;
	record_call("IMAPIMessageSite", 3);
	return 0;
}

static HRESULT STDMETHODCALLTYPE stub_IMAPIMessageSite_4(IMAPIMessageSite *This, LPMAPISESSION *ppSession)
{
	(void)This;
	(void)ppSession;
	record_call("IMAPIMessageSite", 4);
	return 0;
}

static HRESULT STDMETHODCALLTYPE stub_IMAPIMessageSite_5(IMAPIMessageSite *This, LPMDB *ppStore)
{
	(void)This;
	(void)ppStore;
	record_call("IMAPIMessageSite", 5);
	return 0;
}

static HRESULT STDMETHODCALLTYPE stub_IMAPIMessageSite_6(IMAPIMessageSite *This, LPMAPIFOLDER *ppFolder)
{
	(void)This;
	(void)ppFolder;
	record_call("IMAPIMessageSite", 6);
	return 0;
}

static HRESULT STDMETHODCALLTYPE stub_IMAPIMessageSite_7(IMAPIMessageSite *This, LPMESSAGE *ppmsg)
{
	(void)This;
	(void)ppmsg;
	record_call("IMAPIMessageSite", 7);
	return 0;
}

static HRESULT STDMETHODCALLTYPE stub_IMAPIMessageSite_8(IMAPIMessageSite *This, LPMAPIFORMMGR *ppFormMgr)
{
	(void)This;
	(void)ppFormMgr;
	record_call("IMAPIMessageSite", 8);
	return 0;
}

static HRESULT STDMETHODCALLTYPE stub_IMAPIMessageSite_9(IMAPIMessageSite *This, ULONG fComposeInFolder, LPMAPIFOLDER pFolderFocus, LPPERSISTMESSAGE pPersistMessage, LPMESSAGE *ppMessage, LPMAPIMESSAGESITE *ppMessageSite, LPMAPIVIEWCONTEXT *ppViewContext)
{
	(void)This;
	(void)fComposeInFolder;
	(void)pFolderFocus;
	(void)pPersistMessage;
	(void)ppMessage;
	(void)ppMessageSite;
	(void)ppViewContext;
	record_call("IMAPIMessageSite", 9);
	return 0;
}

static HRESULT STDMETHODCALLTYPE stub_IMAPIMessageSite_10(IMAPIMessageSite *This, LPMAPIFOLDER pFolderDestination)
{
	(void)This;
	(void)pFolderDestination;
	record_call("IMAPIMessageSite", 10);
	return 0;
}

static HRESULT STDMETHODCALLTYPE stub_IMAPIMessageSite_11(IMAPIMessageSite *This, LPMAPIFOLDER pFolderDestination, LPMAPIVIEWCONTEXT pViewContext, LPCRECT prcPosRect)
{
	(void)This;
	(void)pFolderDestination;
	(void)pViewContext;
	(void)prcPosRect;
	record_call("IMAPIMessageSite", 11);
	return 0;
}

static HRESULT STDMETHODCALLTYPE stub_IMAPIMessageSite_12(IMAPIMessageSite *This, LPMAPIVIEWCONTEXT pViewContext, LPCRECT prcPosRect)
{
	(void)This;
	(void)pViewContext;
	(void)prcPosRect;
	record_call("IMAPIMessageSite", 12);
	return 0;
}

static HRESULT STDMETHODCALLTYPE stub_IMAPIMessageSite_13(IMAPIMessageSite *This)
{
	(void)This;
	record_call("IMAPIMessageSite", 13);
	return 0;
}

static HRESULT STDMETHODCALLTYPE stub_IMAPIMessageSite_14(IMAPIMessageSite *This, ULONG ulFlags)
{
	(void)This;
	(void)ulFlags;
	record_call("IMAPIMessageSite", 14);
	return 0;
}

static HRESULT STDMETHODCALLTYPE stub_IMAPIMessageSite_15(IMAPIMessageSite *This, LPULONG lpulStatus)
{
	(void)This;
	(void)lpulStatus;
	record_call("IMAPIMessageSite", 15);
	return 0;
}

static CONST_VTBL IMAPIMessageSiteVtbl stub_vtbl_IMAPIMessageSite = {
	stub_IMAPIMessageSite_0,
	stub_IMAPIMessageSite_1,
	stub_IMAPIMessageSite_2,
	stub_IMAPIMessageSite_3,
	stub_IMAPIMessageSite_4,
	stub_IMAPIMessageSite_5,
	stub_IMAPIMessageSite_6,
	stub_IMAPIMessageSite_7,
	stub_IMAPIMessageSite_8,
	stub_IMAPIMessageSite_9,
	stub_IMAPIMessageSite_10,
	stub_IMAPIMessageSite_11,
	stub_IMAPIMessageSite_12,
	stub_IMAPIMessageSite_13,
	stub_IMAPIMessageSite_14,
	stub_IMAPIMessageSite_15,
};

static void test_IMAPIMessageSite(void **state)
{
	IMAPIMessageSite object = {&stub_vtbl_IMAPIMessageSite};
	IMAPIMessageSite *obj = &object;

	(void)state;

	/* slot 0: IUnknown::QueryInterface */
	{
		REFIID a1;
		LPVOID *a2;

		memset(&a1, 0, sizeof(a1));
		memset(&a2, 0, sizeof(a2));
		forget_call();
		IMAPIMessageSite_QueryInterface(obj, a1, a2);
		check_call("IMAPIMessageSite", 0);
	}

	/* slot 1: IUnknown::AddRef */
	{
		forget_call();
		IMAPIMessageSite_AddRef(obj);
		check_call("IMAPIMessageSite", 1);
	}

	/* slot 2: IUnknown::Release */
	{
		forget_call();
		IMAPIMessageSite_Release(obj);
		check_call("IMAPIMessageSite", 2);
	}

	/* slot 3: IMAPIMessageSite::GetLastError */
	{
		HRESULT a1;
		ULONG a2;
		LPMAPIERROR *a3;

		memset(&a1, 0, sizeof(a1));
		memset(&a2, 0, sizeof(a2));
		memset(&a3, 0, sizeof(a3));
		forget_call();
		IMAPIMessageSite_GetLastError(obj, a1, a2, a3);
		check_call("IMAPIMessageSite", 3);
	}

	/* slot 4: IMAPIMessageSite::GetSession */
	{
		LPMAPISESSION *a1;

		memset(&a1, 0, sizeof(a1));
		forget_call();
		IMAPIMessageSite_GetSession(obj, a1);
		check_call("IMAPIMessageSite", 4);
	}

	/* slot 5: IMAPIMessageSite::GetStore */
	{
		LPMDB *a1;

		memset(&a1, 0, sizeof(a1));
		forget_call();
		IMAPIMessageSite_GetStore(obj, a1);
		check_call("IMAPIMessageSite", 5);
	}

	/* slot 6: IMAPIMessageSite::GetFolder */
	{
		LPMAPIFOLDER *a1;

		memset(&a1, 0, sizeof(a1));
		forget_call();
		IMAPIMessageSite_GetFolder(obj, a1);
		check_call("IMAPIMessageSite", 6);
	}

	/* slot 7: IMAPIMessageSite::GetMessage */
	{
		LPMESSAGE *a1;

		memset(&a1, 0, sizeof(a1));
		forget_call();
		IMAPIMessageSite_GetMessage(obj, a1);
		check_call("IMAPIMessageSite", 7);
	}

	/* slot 8: IMAPIMessageSite::GetFormManager */
	{
		LPMAPIFORMMGR *a1;

		memset(&a1, 0, sizeof(a1));
		forget_call();
		IMAPIMessageSite_GetFormManager(obj, a1);
		check_call("IMAPIMessageSite", 8);
	}

	/* slot 9: IMAPIMessageSite::NewMessage */
	{
		ULONG a1;
		LPMAPIFOLDER a2;
		LPPERSISTMESSAGE a3;
		LPMESSAGE *a4;
		LPMAPIMESSAGESITE *a5;
		LPMAPIVIEWCONTEXT *a6;

		memset(&a1, 0, sizeof(a1));
		memset(&a2, 0, sizeof(a2));
		memset(&a3, 0, sizeof(a3));
		memset(&a4, 0, sizeof(a4));
		memset(&a5, 0, sizeof(a5));
		memset(&a6, 0, sizeof(a6));
		forget_call();
		IMAPIMessageSite_NewMessage(obj, a1, a2, a3, a4, a5, a6);
		check_call("IMAPIMessageSite", 9);
	}

	/* slot 10: IMAPIMessageSite::CopyMessage */
	{
		LPMAPIFOLDER a1;

		memset(&a1, 0, sizeof(a1));
		forget_call();
		IMAPIMessageSite_CopyMessage(obj, a1);
		check_call("IMAPIMessageSite", 10);
	}

	/* slot 11: IMAPIMessageSite::MoveMessage */
	{
		LPMAPIFOLDER a1;
		LPMAPIVIEWCONTEXT a2;
		LPCRECT a3;

		memset(&a1, 0, sizeof(a1));
		memset(&a2, 0, sizeof(a2));
		memset(&a3, 0, sizeof(a3));
		forget_call();
		IMAPIMessageSite_MoveMessage(obj, a1, a2, a3);
		check_call("IMAPIMessageSite", 11);
	}

	/* slot 12: IMAPIMessageSite::DeleteMessage */
	{
		LPMAPIVIEWCONTEXT a1;
		LPCRECT a2;

		memset(&a1, 0, sizeof(a1));
		memset(&a2, 0, sizeof(a2));
		forget_call();
		IMAPIMessageSite_DeleteMessage(obj, a1, a2);
		check_call("IMAPIMessageSite", 12);
	}

	/* slot 13: IMAPIMessageSite::SaveMessage */
	{
		forget_call();
		IMAPIMessageSite_SaveMessage(obj);
		check_call("IMAPIMessageSite", 13);
	}

	/* slot 14: IMAPIMessageSite::SubmitMessage */
	{
		ULONG a1;

		memset(&a1, 0, sizeof(a1));
		forget_call();
		IMAPIMessageSite_SubmitMessage(obj, a1);
		check_call("IMAPIMessageSite", 14);
	}

	/* slot 15: IMAPIMessageSite::GetSiteStatus */
	{
		LPULONG a1;

		memset(&a1, 0, sizeof(a1));
		forget_call();
		IMAPIMessageSite_GetSiteStatus(obj, a1);
		check_call("IMAPIMessageSite", 15);
	}
}

/* IMAPIForm */

static HRESULT STDMETHODCALLTYPE stub_IMAPIForm_0(IMAPIForm *This, REFIID riid, LPVOID *ppvObj)
{
	(void)This;
	(void)riid;
	(void)ppvObj;
	record_call("IMAPIForm", 0);
	return 0;
}

static ULONG STDMETHODCALLTYPE stub_IMAPIForm_1(IMAPIForm *This)
{
	(void)This;
	record_call("IMAPIForm", 1);
	return 0;
}

static ULONG STDMETHODCALLTYPE stub_IMAPIForm_2(IMAPIForm *This)
{
	(void)This;
	record_call("IMAPIForm", 2);
	return 0;
}

static HRESULT STDMETHODCALLTYPE stub_IMAPIForm_3(IMAPIForm *This, HRESULT hResult, ULONG ulFlags, LPMAPIERROR *lppMAPIError)
{
	(void)This;
	(void)hResult;
	(void)ulFlags;
	(void)lppMAPIError;
	record_call("IMAPIForm", 3);
	return 0;
}

static HRESULT STDMETHODCALLTYPE stub_IMAPIForm_4(IMAPIForm *This, LPMAPIVIEWCONTEXT pViewContext)
{
	(void)This;
	(void)pViewContext;
	record_call("IMAPIForm", 4);
	return 0;
}

static HRESULT STDMETHODCALLTYPE stub_IMAPIForm_5(IMAPIForm *This, LPMAPIVIEWCONTEXT *ppViewContext)
{
	(void)This;
	(void)ppViewContext;
	record_call("IMAPIForm", 5);
	return 0;
}

static HRESULT STDMETHODCALLTYPE stub_IMAPIForm_6(IMAPIForm *This, ULONG ulSaveOptions)
{
	(void)This;
	(void)ulSaveOptions;
	record_call("IMAPIForm", 6);
	return 0;
}

static HRESULT STDMETHODCALLTYPE stub_IMAPIForm_7(IMAPIForm *This, LONG iVerb, LPMAPIVIEWCONTEXT lpViewContext, ULONG_PTR hwndParent, LPCRECT lprcPosRect)
{
	(void)This;
	(void)iVerb;
	(void)lpViewContext;
	(void)hwndParent;
	(void)lprcPosRect;
	record_call("IMAPIForm", 7);
	return 0;
}

static HRESULT STDMETHODCALLTYPE stub_IMAPIForm_8(IMAPIForm *This, LPMAPIVIEWADVISESINK pAdvise, ULONG_PTR *pdwStatus)
{
	(void)This;
	(void)pAdvise;
	(void)pdwStatus;
	record_call("IMAPIForm", 8);
	return 0;
}

static HRESULT STDMETHODCALLTYPE stub_IMAPIForm_9(IMAPIForm *This, ULONG_PTR ulConnection)
{
	(void)This;
	(void)ulConnection;
	record_call("IMAPIForm", 9);
	return 0;
}

static CONST_VTBL IMAPIFormVtbl stub_vtbl_IMAPIForm = {
	stub_IMAPIForm_0,
	stub_IMAPIForm_1,
	stub_IMAPIForm_2,
	stub_IMAPIForm_3,
	stub_IMAPIForm_4,
	stub_IMAPIForm_5,
	stub_IMAPIForm_6,
	stub_IMAPIForm_7,
	stub_IMAPIForm_8,
	stub_IMAPIForm_9,
};

static void test_IMAPIForm(void **state)
{
	IMAPIForm object = {&stub_vtbl_IMAPIForm};
	IMAPIForm *obj = &object;

	(void)state;

	/* slot 0: IUnknown::QueryInterface */
	{
		REFIID a1;
		LPVOID *a2;

		memset(&a1, 0, sizeof(a1));
		memset(&a2, 0, sizeof(a2));
		forget_call();
		IMAPIForm_QueryInterface(obj, a1, a2);
		check_call("IMAPIForm", 0);
	}

	/* slot 1: IUnknown::AddRef */
	{
		forget_call();
		IMAPIForm_AddRef(obj);
		check_call("IMAPIForm", 1);
	}

	/* slot 2: IUnknown::Release */
	{
		forget_call();
		IMAPIForm_Release(obj);
		check_call("IMAPIForm", 2);
	}

	/* slot 3: IMAPIForm::GetLastError */
	{
		HRESULT a1;
		ULONG a2;
		LPMAPIERROR *a3;

		memset(&a1, 0, sizeof(a1));
		memset(&a2, 0, sizeof(a2));
		memset(&a3, 0, sizeof(a3));
		forget_call();
		IMAPIForm_GetLastError(obj, a1, a2, a3);
		check_call("IMAPIForm", 3);
	}

	/* slot 4: IMAPIForm::SetViewContext */
	{
		LPMAPIVIEWCONTEXT a1;

		memset(&a1, 0, sizeof(a1));
		forget_call();
		IMAPIForm_SetViewContext(obj, a1);
		check_call("IMAPIForm", 4);
	}

	/* slot 5: IMAPIForm::GetViewContext */
	{
		LPMAPIVIEWCONTEXT *a1;

		memset(&a1, 0, sizeof(a1));
		forget_call();
		IMAPIForm_GetViewContext(obj, a1);
		check_call("IMAPIForm", 5);
	}

	/* slot 6: IMAPIForm::ShutdownForm */
	{
		ULONG a1;

		memset(&a1, 0, sizeof(a1));
		forget_call();
		IMAPIForm_ShutdownForm(obj, a1);
		check_call("IMAPIForm", 6);
	}

	/* slot 7: IMAPIForm::DoVerb */
	{
		LONG a1;
		LPMAPIVIEWCONTEXT a2;
		ULONG_PTR a3;
		LPCRECT a4;

		memset(&a1, 0, sizeof(a1));
		memset(&a2, 0, sizeof(a2));
		memset(&a3, 0, sizeof(a3));
		memset(&a4, 0, sizeof(a4));
		forget_call();
		IMAPIForm_DoVerb(obj, a1, a2, a3, a4);
		check_call("IMAPIForm", 7);
	}

	/* slot 8: IMAPIForm::Advise */
	{
		LPMAPIVIEWADVISESINK a1;
		ULONG_PTR *a2;

		memset(&a1, 0, sizeof(a1));
		memset(&a2, 0, sizeof(a2));
		forget_call();
		IMAPIForm_Advise(obj, a1, a2);
		check_call("IMAPIForm", 8);
	}

	/* slot 9: IMAPIForm::Unadvise */
	{
		ULONG_PTR a1;

		memset(&a1, 0, sizeof(a1));
		forget_call();
		IMAPIForm_Unadvise(obj, a1);
		check_call("IMAPIForm", 9);
	}
}

/* IMAPIViewContext */

static HRESULT STDMETHODCALLTYPE stub_IMAPIViewContext_0(IMAPIViewContext *This, REFIID riid, LPVOID *ppvObj)
{
	(void)This;
	(void)riid;
	(void)ppvObj;
	record_call("IMAPIViewContext", 0);
	return 0;
}

static ULONG STDMETHODCALLTYPE stub_IMAPIViewContext_1(IMAPIViewContext *This)
{
	(void)This;
	record_call("IMAPIViewContext", 1);
	return 0;
}

static ULONG STDMETHODCALLTYPE stub_IMAPIViewContext_2(IMAPIViewContext *This)
{
	(void)This;
	record_call("IMAPIViewContext", 2);
	return 0;
}

static HRESULT STDMETHODCALLTYPE stub_IMAPIViewContext_3(IMAPIViewContext *This, HRESULT hResult, ULONG ulFlags, LPMAPIERROR *lppMAPIError)
{
	(void)This;
	(void)hResult;
	(void)ulFlags;
	(void)lppMAPIError;
	record_call("IMAPIViewContext", 3);
	return 0;
}

static HRESULT STDMETHODCALLTYPE stub_IMAPIViewContext_4(IMAPIViewContext *This, LPMAPIFORMADVISESINK pmvns)
{
	(void)This;
	(void)pmvns;
	record_call("IMAPIViewContext", 4);
	return 0;
}

static HRESULT STDMETHODCALLTYPE stub_IMAPIViewContext_5(IMAPIViewContext *This, ULONG ulDir, LPCRECT prcPosRect)
{
	(void)This;
	(void)ulDir;
	(void)prcPosRect;
	record_call("IMAPIViewContext", 5);
	return 0;
}

static HRESULT STDMETHODCALLTYPE stub_IMAPIViewContext_6(IMAPIViewContext *This, ULONG ulFlags, LPFORMPRINTSETUP *lppFormPrintSetup)
{
	(void)This;
	(void)ulFlags;
	(void)lppFormPrintSetup;
	record_call("IMAPIViewContext", 6);
	return 0;
}

static HRESULT STDMETHODCALLTYPE stub_IMAPIViewContext_7(IMAPIViewContext *This, ULONG *pulFlags, ULONG *pulFormat, LPSTREAM *ppstm)
{
	(void)This;
	(void)pulFlags;
	(void)pulFormat;
	(void)ppstm;
	record_call("IMAPIViewContext", 7);
	return 0;
}

static HRESULT STDMETHODCALLTYPE stub_IMAPIViewContext_8(IMAPIViewContext *This, LPULONG lpulStatus)
{
	(void)This;
	(void)lpulStatus;
	record_call("IMAPIViewContext", 8);
	return 0;
}

static CONST_VTBL IMAPIViewContextVtbl stub_vtbl_IMAPIViewContext = {
	stub_IMAPIViewContext_0,
	stub_IMAPIViewContext_1,
	stub_IMAPIViewContext_2,
	stub_IMAPIViewContext_3,
	stub_IMAPIViewContext_4,
	stub_IMAPIViewContext_5,
	stub_IMAPIViewContext_6,
	stub_IMAPIViewContext_7,
	stub_IMAPIViewContext_8,
};

static void test_IMAPIViewContext(void **state)
{
	IMAPIViewContext object = {&stub_vtbl_IMAPIViewContext};
	IMAPIViewContext *obj = &object;

	(void)state;

	/* slot 0: IUnknown::QueryInterface */
	{
		REFIID a1;
		LPVOID *a2;

		memset(&a1, 0, sizeof(a1));
		memset(&a2, 0, sizeof(a2));
		forget_call();
		IMAPIViewContext_QueryInterface(obj, a1, a2);
		check_call("IMAPIViewContext", 0);
	}

	/* slot 1: IUnknown::AddRef */
	{
		forget_call();
		IMAPIViewContext_AddRef(obj);
		check_call("IMAPIViewContext", 1);
	}

	/* slot 2: IUnknown::Release */
	{
		forget_call();
		IMAPIViewContext_Release(obj);
		check_call("IMAPIViewContext", 2);
	}

	/* slot 3: IMAPIViewContext::GetLastError */
	{
		HRESULT a1;
		ULONG a2;
		LPMAPIERROR *a3;

		memset(&a1, 0, sizeof(a1));
		memset(&a2, 0, sizeof(a2));
		memset(&a3, 0, sizeof(a3));
		forget_call();
		IMAPIViewContext_GetLastError(obj, a1, a2, a3);
		check_call("IMAPIViewContext", 3);
	}

	/* slot 4: IMAPIViewContext::SetAdviseSink */
	{
		LPMAPIFORMADVISESINK a1;

		memset(&a1, 0, sizeof(a1));
		forget_call();
		IMAPIViewContext_SetAdviseSink(obj, a1);
		check_call("IMAPIViewContext", 4);
	}

	/* slot 5: IMAPIViewContext::ActivateNext */
	{
		ULONG a1;
		LPCRECT a2;

		memset(&a1, 0, sizeof(a1));
		memset(&a2, 0, sizeof(a2));
		forget_call();
		IMAPIViewContext_ActivateNext(obj, a1, a2);
		check_call("IMAPIViewContext", 5);
	}

	/* slot 6: IMAPIViewContext::GetPrintSetup */
	{
		ULONG a1;
		LPFORMPRINTSETUP *a2;

		memset(&a1, 0, sizeof(a1));
		memset(&a2, 0, sizeof(a2));
		forget_call();
		IMAPIViewContext_GetPrintSetup(obj, a1, a2);
		check_call("IMAPIViewContext", 6);
	}

	/* slot 7: IMAPIViewContext::GetSaveStream */
	{
		ULONG *a1;
		ULONG *a2;
		LPSTREAM *a3;

		memset(&a1, 0, sizeof(a1));
		memset(&a2, 0, sizeof(a2));
		memset(&a3, 0, sizeof(a3));
		forget_call();
		IMAPIViewContext_GetSaveStream(obj, a1, a2, a3);
		check_call("IMAPIViewContext", 7);
	}

	/* slot 8: IMAPIViewContext::GetViewStatus */
	{
		LPULONG a1;

		memset(&a1, 0, sizeof(a1));
		forget_call();
		IMAPIViewContext_GetViewStatus(obj, a1);
		check_call("IMAPIViewContext", 8);
	}
}

/* IMAPIFormAdviseSink */

static HRESULT STDMETHODCALLTYPE stub_IMAPIFormAdviseSink_0(IMAPIFormAdviseSink *This, REFIID riid, LPVOID *ppvObj)
{
	(void)This;
	(void)riid;
	(void)ppvObj;
	record_call("IMAPIFormAdviseSink", 0);
	return 0;
}

static ULONG STDMETHODCALLTYPE stub_IMAPIFormAdviseSink_1(IMAPIFormAdviseSink *This)
{
	(void)This;
	record_call("IMAPIFormAdviseSink", 1);
	return 0;
}

static ULONG STDMETHODCALLTYPE stub_IMAPIFormAdviseSink_2(IMAPIFormAdviseSink *This)
{
	(void)This;
	record_call("IMAPIFormAdviseSink", 2);
	return 0;
}

static HRESULT STDMETHODCALLTYPE stub_IMAPIFormAdviseSink_3(IMAPIFormAdviseSink *This, ULONG ulDir)
{
	(void)This;
	(void)ulDir;
	record_call("IMAPIFormAdviseSink", 3);
	return 0;
}

static HRESULT STDMETHODCALLTYPE stub_IMAPIFormAdviseSink_4(IMAPIFormAdviseSink *This, LPCSTR lpszMessageClass, ULONG ulMessageStatus, ULONG ulMessageFlags, LPPERSISTMESSAGE *ppPersistMessage)
{
	(void)This;
	(void)lpszMessageClass;
	(void)ulMessageStatus;
	(void)ulMessageFlags;
	(void)ppPersistMessage;
	record_call("IMAPIFormAdviseSink", 4);
	return 0;
}

static CONST_VTBL IMAPIFormAdviseSinkVtbl stub_vtbl_IMAPIFormAdviseSink = {
	stub_IMAPIFormAdviseSink_0,
	stub_IMAPIFormAdviseSink_1,
	stub_IMAPIFormAdviseSink_2,
	stub_IMAPIFormAdviseSink_3,
	stub_IMAPIFormAdviseSink_4,
};

static void test_IMAPIFormAdviseSink(void **state)
{
	IMAPIFormAdviseSink object = {&stub_vtbl_IMAPIFormAdviseSink};
	IMAPIFormAdviseSink *obj = &object;

	(void)state;

	/* slot 0: IUnknown::QueryInterface */
	{
		REFIID a1;
		LPVOID *a2;

		memset(&a1, 0, sizeof(a1));
		memset(&a2, 0, sizeof(a2));
		forget_call();
		IMAPIFormAdviseSink_QueryInterface(obj, a1, a2);
		check_call("IMAPIFormAdviseSink", 0);
	}

	/* slot 1: IUnknown::AddRef */
	{
		forget_call();
		IMAPIFormAdviseSink_AddRef(obj);
		check_call("IMAPIFormAdviseSink", 1);
	}

	/* slot 2: IUnknown::Release */
	{
		forget_call();
		IMAPIFormAdviseSink_Release(obj);
		check_call("IMAPIFormAdviseSink", 2);
	}

	/* slot 3: IMAPIFormAdviseSink::OnChange */
	{
		ULONG a1;

		memset(&a1, 0, sizeof(a1));
		forget_call();
		IMAPIFormAdviseSink_OnChange(obj, a1);
		check_call("IMAPIFormAdviseSink", 3);
	}

	/* slot 4: IMAPIFormAdviseSink::OnActivateNext */
	{
		LPCSTR a1;
		ULONG a2;
		ULONG a3;
		LPPERSISTMESSAGE *a4;

		memset(&a1, 0, sizeof(a1));
		memset(&a2, 0, sizeof(a2));
		memset(&a3, 0, sizeof(a3));
		memset(&a4, 0, sizeof(a4));
		forget_call();
		IMAPIFormAdviseSink_OnActivateNext(obj, a1, a2, a3, a4);
		check_call("IMAPIFormAdviseSink", 4);
	}
}

/* IMAPIViewAdviseSink */

static HRESULT STDMETHODCALLTYPE stub_IMAPIViewAdviseSink_0(IMAPIViewAdviseSink *This, REFIID riid, LPVOID *ppvObj)
{
	(void)This;
	(void)riid;
	(void)ppvObj;
	record_call("IMAPIViewAdviseSink", 0);
	return 0;
}

static ULONG STDMETHODCALLTYPE stub_IMAPIViewAdviseSink_1(IMAPIViewAdviseSink *This)
{
	(void)This;
	record_call("IMAPIViewAdviseSink", 1);
	return 0;
}

static ULONG STDMETHODCALLTYPE stub_IMAPIViewAdviseSink_2(IMAPIViewAdviseSink *This)
{
	(void)This;
	record_call("IMAPIViewAdviseSink", 2);
	return 0;
}

static HRESULT STDMETHODCALLTYPE stub_IMAPIViewAdviseSink_3(IMAPIViewAdviseSink *This)
{
	(void)This;
	record_call("IMAPIViewAdviseSink", 3);
	return 0;
}

static HRESULT STDMETHODCALLTYPE stub_IMAPIViewAdviseSink_4(IMAPIViewAdviseSink *This)
{
	(void)This;
	record_call("IMAPIViewAdviseSink", 4);
	return 0;
}

static HRESULT STDMETHODCALLTYPE stub_IMAPIViewAdviseSink_5(IMAPIViewAdviseSink *This, ULONG dwPageNumber, HRESULT hrStatus)
{
	(void)This;
	(void)dwPageNumber;
	(void)hrStatus;
	record_call("IMAPIViewAdviseSink", 5);
	return 0;
}

static HRESULT STDMETHODCALLTYPE stub_IMAPIViewAdviseSink_6(IMAPIViewAdviseSink *This)
{
	(void)This;
	record_call("IMAPIViewAdviseSink", 6);
	return 0;
}

static HRESULT STDMETHODCALLTYPE stub_IMAPIViewAdviseSink_7(IMAPIViewAdviseSink *This)
{
	(void)This;
	record_call("IMAPIViewAdviseSink", 7);
	return 0;
}

static CONST_VTBL IMAPIViewAdviseSinkVtbl stub_vtbl_IMAPIViewAdviseSink = {
	stub_IMAPIViewAdviseSink_0,
	stub_IMAPIViewAdviseSink_1,
	stub_IMAPIViewAdviseSink_2,
	stub_IMAPIViewAdviseSink_3,
	stub_IMAPIViewAdviseSink_4,
	stub_IMAPIViewAdviseSink_5,
	stub_IMAPIViewAdviseSink_6,
	stub_IMAPIViewAdviseSink_7,
};

static void test_IMAPIViewAdviseSink(void **state)
{
	IMAPIViewAdviseSink object = {&stub_vtbl_IMAPIViewAdviseSink};
	IMAPIViewAdviseSink *obj = &object;

	(void)state;

	/* slot 0: IUnknown::QueryInterface */
	{
		REFIID a1;
		LPVOID *a2;

		memset(&a1, 0, sizeof(a1));
		memset(&a2, 0, sizeof(a2));
		forget_call();
		IMAPIViewAdviseSink_QueryInterface(obj, a1, a2);
		check_call("IMAPIViewAdviseSink", 0);
	}

	/* slot 1: IUnknown::AddRef */
	{
		forget_call();
		IMAPIViewAdviseSink_AddRef(obj);
		check_call("IMAPIViewAdviseSink", 1);
	}

	/* slot 2: IUnknown::Release */
	{
		forget_call();
		IMAPIViewAdviseSink_Release(obj);
		check_call("IMAPIViewAdviseSink", 2);
	}

	/* slot 3: IMAPIViewAdviseSink::OnShutdown */
	{
		forget_call();
		IMAPIViewAdviseSink_OnShutdown(obj);
		check_call("IMAPIViewAdviseSink", 3);
	}

	/* slot 4: IMAPIViewAdviseSink::OnNewMessage */
	{
		forget_call();
		IMAPIViewAdviseSink_OnNewMessage(obj);
		check_call("IMAPIViewAdviseSink", 4);
	}

	/* slot 5: IMAPIViewAdviseSink::OnPrint */
	{
		ULONG a1;
		HRESULT a2;

		memset(&a1, 0, sizeof(a1));
		memset(&a2, 0, sizeof(a2));
		forget_call();
		IMAPIViewAdviseSink_OnPrint(obj, a1, a2);
		check_call("IMAPIViewAdviseSink", 5);
	}

	/* slot 6: IMAPIViewAdviseSink::OnSubmitted */
	{
		forget_call();
		IMAPIViewAdviseSink_OnSubmitted(obj);
		check_call("IMAPIViewAdviseSink", 6);
	}

	/* slot 7: IMAPIViewAdviseSink::OnSaved */
	{
		forget_call();
		IMAPIViewAdviseSink_OnSaved(obj);
		check_call("IMAPIViewAdviseSink", 7);
	}
}

/* IMAPIFormInfo */

static HRESULT STDMETHODCALLTYPE stub_IMAPIFormInfo_0(IMAPIFormInfo *This, REFIID riid, LPVOID *ppvObj)
{
	(void)This;
	(void)riid;
	(void)ppvObj;
	record_call("IMAPIFormInfo", 0);
	return 0;
}

static ULONG STDMETHODCALLTYPE stub_IMAPIFormInfo_1(IMAPIFormInfo *This)
{
	(void)This;
	record_call("IMAPIFormInfo", 1);
	return 0;
}

static ULONG STDMETHODCALLTYPE stub_IMAPIFormInfo_2(IMAPIFormInfo *This)
{
	(void)This;
	record_call("IMAPIFormInfo", 2);
	return 0;
}

static HRESULT STDMETHODCALLTYPE stub_IMAPIFormInfo_3(IMAPIFormInfo *This, HRESULT hResult, ULONG ulFlags, LPMAPIERROR *lppMAPIError)
{
	(void)This;
	(void)hResult;
	(void)ulFlags;
	(void)lppMAPIError;
	record_call("IMAPIFormInfo", 3);
	return 0;
}

static HRESULT STDMETHODCALLTYPE stub_IMAPIFormInfo_4(IMAPIFormInfo *This, ULONG ulFlags)
{
	(void)This;
	(void)ulFlags;
	record_call("IMAPIFormInfo", 4);
	return 0;
}

static HRESULT STDMETHODCALLTYPE stub_IMAPIFormInfo_5(IMAPIFormInfo *This, LPSPropTagArray lpPropTagArray, ULONG ulFlags, ULONG *lpcValues, LPSPropValue *lppPropArray)
{
	(void)This;
	(void)lpPropTagArray;
	(void)ulFlags;
	(void)lpcValues;
	(void)lppPropArray;
	record_call("IMAPIFormInfo", 5);
	return 0;
}

static HRESULT STDMETHODCALLTYPE stub_IMAPIFormInfo_6(IMAPIFormInfo *This, ULONG ulFlags, LPSPropTagArray *lppPropTagArray)
{
	(void)This;
	(void)ulFlags;
	(void)lppPropTagArray;
	record_call("IMAPIFormInfo", 6);
	return 0;
}

static HRESULT STDMETHODCALLTYPE stub_IMAPIFormInfo_7(IMAPIFormInfo *This, ULONG ulPropTag, LPCIID lpiid, ULONG ulInterfaceOptions, ULONG ulFlags, LPUNKNOWN *lppUnk)
{
	(void)This;
	(void)ulPropTag;
	(void)lpiid;
	(void)ulInterfaceOptions;
	(void)ulFlags;
	(void)lppUnk;
	record_call("IMAPIFormInfo", 7);
	return 0;
}

static HRESULT STDMETHODCALLTYPE stub_IMAPIFormInfo_8(IMAPIFormInfo *This, ULONG cValues, LPSPropValue lpPropArray, LPSPropProblemArray *lppProblems)
{
	(void)This;
	(void)cValues;
	(void)lpPropArray;
	(void)lppProblems;
	record_call("IMAPIFormInfo", 8);
	return 0;
}

static HRESULT STDMETHODCALLTYPE stub_IMAPIFormInfo_9(IMAPIFormInfo *This, LPSPropTagArray lpPropTagArray, LPSPropProblemArray *lppProblems)
{
	(void)This;
	(void)lpPropTagArray;
	(void)lppProblems;
	record_call("IMAPIFormInfo", 9);
	return 0;
}

static HRESULT STDMETHODCALLTYPE stub_IMAPIFormInfo_10(IMAPIFormInfo *This, ULONG ciidExclude, LPCIID rgiidExclude, LPSPropTagArray lpExcludeProps, ULONG_PTR ulUIParam, LPMAPIPROGRESS lpProgress, LPCIID lpInterface, LPVOID lpDestObj, ULONG ulFlags, LPSPropProblemArray *lppProblems)
{
	(void)This;
	(void)ciidExclude;
	(void)rgiidExclude;
	(void)lpExcludeProps;
	(void)ulUIParam;
	(void)lpProgress;
	(void)lpInterface;
	(void)lpDestObj;
	(void)ulFlags;
	(void)lppProblems;
	record_call("IMAPIFormInfo", 10);
	return 0;
}

static HRESULT STDMETHODCALLTYPE stub_IMAPIFormInfo_11(IMAPIFormInfo *This, LPSPropTagArray lpIncludeProps, ULONG_PTR ulUIParam, LPMAPIPROGRESS lpProgress, LPCIID lpInterface, LPVOID lpDestObj, ULONG ulFlags, LPSPropProblemArray *lppProblems)
{
	(void)This;
	(void)lpIncludeProps;
	(void)ulUIParam;
	(void)lpProgress;
	(void)lpInterface;
	(void)lpDestObj;
	(void)ulFlags;
	(void)lppProblems;
	record_call("IMAPIFormInfo", 11);
	return 0;
}

static HRESULT STDMETHODCALLTYPE stub_IMAPIFormInfo_12(IMAPIFormInfo *This, LPSPropTagArray *lppPropTags, LPGUID lpPropSetGuid, ULONG ulFlags, ULONG *lpcPropNames, LPMAPINAMEID **lpppPropNames)
{
	(void)This;
	(void)lppPropTags;
	(void)lpPropSetGuid;
	(void)ulFlags;
	(void)lpcPropNames;
	(void)lpppPropNames;
	record_call("IMAPIFormInfo", 12);
	return 0;
}

static HRESULT STDMETHODCALLTYPE stub_IMAPIFormInfo_13(IMAPIFormInfo *This, ULONG cPropNames, LPMAPINAMEID *lppPropNames, ULONG ulFlags, LPSPropTagArray *lppPropTags)
{
	(void)This;
	(void)cPropNames;
	(void)lppPropNames;
	(void)ulFlags;
	(void)lppPropTags;
	record_call("IMAPIFormInfo", 13);
	return 0;
}

static HRESULT STDMETHODCALLTYPE stub_IMAPIFormInfo_14(IMAPIFormInfo *This, ULONG ulFlags, LPMAPIFORMPROPARRAY *ppFormPropArray)
{
	(void)This;
	(void)ulFlags;
	(void)ppFormPropArray;
	record_call("IMAPIFormInfo", 14);
	return 0;
}

static HRESULT STDMETHODCALLTYPE stub_IMAPIFormInfo_15(IMAPIFormInfo *This, ULONG ulFlags, LPMAPIVERBARRAY *ppMAPIVerbArray)
{
	(void)This;
	(void)ulFlags;
	(void)ppMAPIVerbArray;
	record_call("IMAPIFormInfo", 15);
	return 0;
}

static HRESULT STDMETHODCALLTYPE stub_IMAPIFormInfo_16(IMAPIFormInfo *This, ULONG nPropID, HICON *phicon)
{
	(void)This;
	(void)nPropID;
	(void)phicon;
	record_call("IMAPIFormInfo", 16);
	return 0;
}

static HRESULT STDMETHODCALLTYPE stub_IMAPIFormInfo_17(IMAPIFormInfo *This, LPCTSTR szFileName)
{
	(void)This;
	(void)szFileName;
	record_call("IMAPIFormInfo", 17);
	return 0;
}

static HRESULT STDMETHODCALLTYPE stub_IMAPIFormInfo_18(IMAPIFormInfo *This, LPMAPIFORMCONTAINER *ppformcontainer)
{
	(void)This;
	(void)ppformcontainer;
	record_call("IMAPIFormInfo", 18);
	return 0;
}

static CONST_VTBL IMAPIFormInfoVtbl stub_vtbl_IMAPIFormInfo = {
	stub_IMAPIFormInfo_0,
	stub_IMAPIFormInfo_1,
	stub_IMAPIFormInfo_2,
	stub_IMAPIFormInfo_3,
	stub_IMAPIFormInfo_4,
	stub_IMAPIFormInfo_5,
	stub_IMAPIFormInfo_6,
	stub_IMAPIFormInfo_7,
	stub_IMAPIFormInfo_8,
	stub_IMAPIFormInfo_9,
	stub_IMAPIFormInfo_10,
	stub_IMAPIFormInfo_11,
	stub_IMAPIFormInfo_12,
	stub_IMAPIFormInfo_13,
	stub_IMAPIFormInfo_14,
	stub_IMAPIFormInfo_15,
	stub_IMAPIFormInfo_16,
	stub_IMAPIFormInfo_17,
	stub_IMAPIFormInfo_18,
};

static void test_IMAPIFormInfo(void **state)
{
	IMAPIFormInfo object = {&stub_vtbl_IMAPIFormInfo};
	IMAPIFormInfo *obj = &object;

	(void)state;

	/* slot 0: IUnknown::QueryInterface */
	{
		REFIID a1;
		LPVOID *a2;

		memset(&a1, 0, sizeof(a1));
		memset(&a2, 0, sizeof(a2));
		forget_call();
		IMAPIFormInfo_QueryInterface(obj, a1, a2);
		check_call("IMAPIFormInfo", 0);
	}

	/* slot 1: IUnknown::AddRef */
	{
		forget_call();
		IMAPIFormInfo_AddRef(obj);
		check_call("IMAPIFormInfo", 1);
	}

	/* slot 2: IUnknown::Release */
	{
		forget_call();
		IMAPIFormInfo_Release(obj);
		check_call("IMAPIFormInfo", 2);
	}

	/* slot 3: IMAPIProp::GetLastError */
	{
		HRESULT a1;
		ULONG a2;
		LPMAPIERROR *a3;

		memset(&a1, 0, sizeof(a1));
		memset(&a2, 0, sizeof(a2));
		memset(&a3, 0, sizeof(a3));
		forget_call();
		IMAPIFormInfo_GetLastError(obj, a1, a2, a3);
		check_call("IMAPIFormInfo", 3);
	}

	/* slot 4: IMAPIProp::SaveChanges */
	{
		ULONG a1;

		memset(&a1, 0, sizeof(a1));
		forget_call();
		IMAPIFormInfo_SaveChanges(obj, a1);
		check_call("IMAPIFormInfo", 4);
	}

	/* slot 5: IMAPIProp::GetProps */
	{
		LPSPropTagArray a1;
		ULONG a2;
		ULONG *a3;
		LPSPropValue *a4;

		memset(&a1, 0, sizeof(a1));
		memset(&a2, 0, sizeof(a2));
		memset(&a3, 0, sizeof(a3));
		memset(&a4, 0, sizeof(a4));
		forget_call();
		IMAPIFormInfo_GetProps(obj, a1, a2, a3, a4);
		check_call("IMAPIFormInfo", 5);
	}

	/* slot 6: IMAPIProp::GetPropList */
	{
		ULONG a1;
		LPSPropTagArray *a2;

		memset(&a1, 0, sizeof(a1));
		memset(&a2, 0, sizeof(a2));
		forget_call();
		IMAPIFormInfo_GetPropList(obj, a1, a2);
		check_call("IMAPIFormInfo", 6);
	}

	/* slot 7: IMAPIProp::OpenProperty */
	{
		ULONG a1;
		LPCIID a2;
		ULONG a3;
		ULONG a4;
		LPUNKNOWN *a5;

		memset(&a1, 0, sizeof(a1));
		memset(&a2, 0, sizeof(a2));
		memset(&a3, 0, sizeof(a3));
		memset(&a4, 0, sizeof(a4));
		memset(&a5, 0, sizeof(a5));
		forget_call();
		IMAPIFormInfo_OpenProperty(obj, a1, a2, a3, a4, a5);
		check_call("IMAPIFormInfo", 7);
	}

	/* slot 8: IMAPIProp::SetProps */
	{
		ULONG a1;
		LPSPropValue a2;
		LPSPropProblemArray *a3;

		memset(&a1, 0, sizeof(a1));
		memset(&a2, 0, sizeof(a2));
		memset(&a3, 0, sizeof(a3));
		forget_call();
		IMAPIFormInfo_SetProps(obj, a1, a2, a3);
		check_call("IMAPIFormInfo", 8);
	}

	/* slot 9: IMAPIProp::DeleteProps */
	{
		LPSPropTagArray a1;
		LPSPropProblemArray *a2;

		memset(&a1, 0, sizeof(a1));
		memset(&a2, 0, sizeof(a2));
		forget_call();
		IMAPIFormInfo_DeleteProps(obj, a1, a2);
		check_call("IMAPIFormInfo", 9);
	}

	/* slot 10: IMAPIProp::CopyTo */
	{
		ULONG a1;
		LPCIID a2;
		LPSPropTagArray a3;
		ULONG_PTR a4;
		LPMAPIPROGRESS a5;
		LPCIID a6;
		LPVOID a7;
		ULONG a8;
		LPSPropProblemArray *a9;

		memset(&a1, 0, sizeof(a1));
		memset(&a2, 0, sizeof(a2));
		memset(&a3, 0, sizeof(a3));
		memset(&a4, 0, sizeof(a4));
		memset(&a5, 0, sizeof(a5));
		memset(&a6, 0, sizeof(a6));
		memset(&a7, 0, sizeof(a7));
		memset(&a8, 0, sizeof(a8));
		memset(&a9, 0, sizeof(a9));
		forget_call();
		IMAPIFormInfo_CopyTo(obj, a1, a2, a3, a4, a5, a6, a7, a8, a9);
		check_call("IMAPIFormInfo", 10);
	}

	/* slot 11: IMAPIProp::CopyProps */
	{
		LPSPropTagArray a1;
		ULONG_PTR a2;
		LPMAPIPROGRESS a3;
		LPCIID a4;
		LPVOID a5;
		ULONG a6;
		LPSPropProblemArray *a7;

		memset(&a1, 0, sizeof(a1));
		memset(&a2, 0, sizeof(a2));
		memset(&a3, 0, sizeof(a3));
		memset(&a4, 0, sizeof(a4));
		memset(&a5, 0, sizeof(a5));
		memset(&a6, 0, sizeof(a6));
		memset(&a7, 0, sizeof(a7));
		forget_call();
		IMAPIFormInfo_CopyProps(obj, a1, a2, a3, a4, a5, a6, a7);
		check_call("IMAPIFormInfo", 11);
	}

	/* slot 12: IMAPIProp::GetNamesFromIDs */
	{
		LPSPropTagArray *a1;
		LPGUID a2;
		ULONG a3;
		ULONG *a4;
		LPMAPINAMEID **a5;

		memset(&a1, 0, sizeof(a1));
		memset(&a2, 0, sizeof(a2));
		memset(&a3, 0, sizeof(a3));
		memset(&a4, 0, sizeof(a4));
		memset(&a5, 0, sizeof(a5));
		forget_call();
		IMAPIFormInfo_GetNamesFromIDs(obj, a1, a2, a3, a4, a5);
		check_call("IMAPIFormInfo", 12);
	}

	/* slot 13: IMAPIProp::GetIDsFromNames */
	{
		ULONG a1;
		LPMAPINAMEID *a2;
		ULONG a3;
		LPSPropTagArray *a4;

		memset(&a1, 0, sizeof(a1));
		memset(&a2, 0, sizeof(a2));
		memset(&a3, 0, sizeof(a3));
		memset(&a4, 0, sizeof(a4));
		forget_call();
		IMAPIFormInfo_GetIDsFromNames(obj, a1, a2, a3, a4);
		check_call("IMAPIFormInfo", 13);
	}

	/* slot 14: IMAPIFormInfo::CalcFormPropSet */
	{
		ULONG a1;
		LPMAPIFORMPROPARRAY *a2;

		memset(&a1, 0, sizeof(a1));
		memset(&a2, 0, sizeof(a2));
		forget_call();
		IMAPIFormInfo_CalcFormPropSet(obj, a1, a2);
		check_call("IMAPIFormInfo", 14);
	}

	/* slot 15: IMAPIFormInfo::CalcVerbSet */
	{
		ULONG a1;
		LPMAPIVERBARRAY *a2;

		memset(&a1, 0, sizeof(a1));
		memset(&a2, 0, sizeof(a2));
		forget_call();
		IMAPIFormInfo_CalcVerbSet(obj, a1, a2);
		check_call("IMAPIFormInfo", 15);
	}

	/* slot 16: IMAPIFormInfo::MakeIconFromBinary */
	{
		ULONG a1;
		HICON *a2;

		memset(&a1, 0, sizeof(a1));
		memset(&a2, 0, sizeof(a2));
		forget_call();
		IMAPIFormInfo_MakeIconFromBinary(obj, a1, a2);
		check_call("IMAPIFormInfo", 16);
	}

	/* slot 17: IMAPIFormInfo::SaveForm */
	{
		LPCTSTR a1;

		memset(&a1, 0, sizeof(a1));
		forget_call();
		IMAPIFormInfo_SaveForm(obj, a1);
		check_call("IMAPIFormInfo", 17);
	}

	/* slot 18: IMAPIFormInfo::OpenFormContainer */
	{
		LPMAPIFORMCONTAINER *a1;

		memset(&a1, 0, sizeof(a1));
		forget_call();
		IMAPIFormInfo_OpenFormContainer(obj, a1);
		check_call("IMAPIFormInfo", 18);
	}
}

/* IMAPIFormMgr */

static HRESULT STDMETHODCALLTYPE stub_IMAPIFormMgr_0(IMAPIFormMgr *This, REFIID riid, LPVOID *ppvObj)
{
	(void)This;
	(void)riid;
	(void)ppvObj;
	record_call("IMAPIFormMgr", 0);
	return 0;
}

static ULONG STDMETHODCALLTYPE stub_IMAPIFormMgr_1(IMAPIFormMgr *This)
{
	(void)This;
	record_call("IMAPIFormMgr", 1);
	return 0;
}

static ULONG STDMETHODCALLTYPE stub_IMAPIFormMgr_2(IMAPIFormMgr *This)
{
	(void)This;
	record_call("IMAPIFormMgr", 2);
	return 0;
}

static HRESULT STDMETHODCALLTYPE stub_IMAPIFormMgr_3(IMAPIFormMgr *This, HRESULT hResult, ULONG ulFlags, LPMAPIERROR *lppMAPIError)
{
	(void)This;
	(void)hResult;
	(void)ulFlags;
	(void)lppMAPIError;
	record_call("IMAPIFormMgr", 3);
	return 0;
}

static HRESULT STDMETHODCALLTYPE stub_IMAPIFormMgr_4(IMAPIFormMgr *This, ULONG_PTR ulUIParam, ULONG ulFlags, LPCSTR lpszMessageClass, ULONG ulMessageStatus, ULONG ulMessageFlags, LPMAPIFOLDER pFolderFocus, LPMAPIMESSAGESITE pMessageSite, LPMESSAGE pmsg, LPMAPIVIEWCONTEXT pViewContext, REFIID riid, LPVOID *ppvObj)
{
	(void)This;
	(void)ulUIParam;
	(void)ulFlags;
	(void)lpszMessageClass;
	(void)ulMessageStatus;
	(void)ulMessageFlags;
	(void)pFolderFocus;
	(void)pMessageSite;
	(void)pmsg;
	(void)pViewContext;
	(void)riid;
	(void)ppvObj;
	record_call("IMAPIFormMgr", 4);
	return 0;
}

static HRESULT STDMETHODCALLTYPE stub_IMAPIFormMgr_5(IMAPIFormMgr *This, LPCSTR szMsgClass, ULONG ulFlags, LPMAPIFOLDER pFolderFocus, LPMAPIFORMINFO *ppResult)
{
	(void)This;
	(void)szMsgClass;
	(void)ulFlags;
	(void)pFolderFocus;
	(void)ppResult;
	record_call("IMAPIFormMgr", 5);
	return 0;
}

static HRESULT STDMETHODCALLTYPE stub_IMAPIFormMgr_6(IMAPIFormMgr *This, LPSMESSAGECLASSARRAY pMsgClasses, ULONG ulFlags, LPMAPIFOLDER pFolderFocus, LPSMAPIFORMINFOARRAY *pfrminfoarray)
{
	(void)This;
	(void)pMsgClasses;
	(void)ulFlags;
	(void)pFolderFocus;
	(void)pfrminfoarray;
	record_call("IMAPIFormMgr", 6);
	return 0;
}

static HRESULT STDMETHODCALLTYPE stub_IMAPIFormMgr_7(IMAPIFormMgr *This, LPSMAPIFORMINFOARRAY pfrminfoarray, ULONG ulFlags, LPMAPIFORMPROPARRAY *ppResults)
{
	(void)This;
	(void)pfrminfoarray;
	(void)ulFlags;
	(void)ppResults;
	record_call("IMAPIFormMgr", 7);
	return 0;
}

static HRESULT STDMETHODCALLTYPE stub_IMAPIFormMgr_8(IMAPIFormMgr *This, ULONG_PTR ulUIParam, ULONG ulFlags, LPMAPIFORMINFO pfrminfoToActivate, REFIID refiidToAsk, LPVOID *ppvObj)
{
	(void)This;
	(void)ulUIParam;
	(void)ulFlags;
	(void)pfrminfoToActivate;
	(void)refiidToAsk;
	(void)ppvObj;
	record_call("IMAPIFormMgr", 8);
	return 0;
}

static HRESULT STDMETHODCALLTYPE stub_IMAPIFormMgr_9(IMAPIFormMgr *This, ULONG_PTR ulUIParam, ULONG ulFlags, LPCTSTR pszTitle, LPMAPIFOLDER pfld, LPMAPIFORMINFO *ppfrminfoReturned)
{
	(void)This;
	(void)ulUIParam;
	(void)ulFlags;
	(void)pszTitle;
	(void)pfld;
	(void)ppfrminfoReturned;
	record_call("IMAPIFormMgr", 9);
	return 0;
}

static HRESULT STDMETHODCALLTYPE stub_IMAPIFormMgr_10(IMAPIFormMgr *This, ULONG_PTR ulUIParam, ULONG ulFlags, LPCTSTR pszTitle, LPMAPIFOLDER pfld, LPSMAPIFORMINFOARRAY pfrminfoarray, LPSMAPIFORMINFOARRAY *ppfrminfoarray)
{
	(void)This;
	(void)ulUIParam;
	(void)ulFlags;
	(void)pszTitle;
	(void)pfld;
	(void)pfrminfoarray;
	(void)ppfrminfoarray;
	record_call("IMAPIFormMgr", 10);
	return 0;
}

static HRESULT STDMETHODCALLTYPE stub_IMAPIFormMgr_11(IMAPIFormMgr *This, ULONG_PTR ulUIParam, ULONG ulFlags, LPMAPIFORMCONTAINER *lppfcnt)
{
	(void)This;
	(void)ulUIParam;
	(void)ulFlags;
	(void)lppfcnt;
	record_call("IMAPIFormMgr", 11);
	return 0;
}

static HRESULT STDMETHODCALLTYPE stub_IMAPIFormMgr_12(IMAPIFormMgr *This, HFRMREG hfrmreg, LPUNKNOWN lpunk, LPMAPIFORMCONTAINER *lppfcnt)
{
	(void)This;
	(void)hfrmreg;
	(void)lpunk;
	(void)lppfcnt;
	record_call("IMAPIFormMgr", 12);
	return 0;
}

static HRESULT STDMETHODCALLTYPE stub_IMAPIFormMgr_13(IMAPIFormMgr *This, ULONG_PTR ulUIParam, ULONG ulFlags, LPMAPIFORMINFO pfrminfo)
{
	(void)This;
	(void)ulUIParam;
	(void)ulFlags;
	(void)pfrminfo;
	record_call("IMAPIFormMgr", 13);
	return 0;
}

static HRESULT STDMETHODCALLTYPE stub_IMAPIFormMgr_14(IMAPIFormMgr *This, ULONG ulMessageFlags, ULONG ulMessageStatus, LPCSTR szMessageClass, LPMAPIFOLDER pFolderFocus)
{
	(void)This;
	(void)ulMessageFlags;
	(void)ulMessageStatus;
	(void)szMessageClass;
	(void)pFolderFocus;
	record_call("IMAPIFormMgr", 14);
	return 0;
}

static CONST_VTBL IMAPIFormMgrVtbl stub_vtbl_IMAPIFormMgr = {
	stub_IMAPIFormMgr_0,
	stub_IMAPIFormMgr_1,
	stub_IMAPIFormMgr_2,
	stub_IMAPIFormMgr_3,
	stub_IMAPIFormMgr_4,
	stub_IMAPIFormMgr_5,
	stub_IMAPIFormMgr_6,
	stub_IMAPIFormMgr_7,
	stub_IMAPIFormMgr_8,
	stub_IMAPIFormMgr_9,
	stub_IMAPIFormMgr_10,
	stub_IMAPIFormMgr_11,
	stub_IMAPIFormMgr_12,
	stub_IMAPIFormMgr_13,
	stub_IMAPIFormMgr_14,
};

static void test_IMAPIFormMgr(void **state)
{
	IMAPIFormMgr object = {&stub_vtbl_IMAPIFormMgr};
	IMAPIFormMgr *obj = &object;

	(void)state;

	/* slot 0: IUnknown::QueryInterface */
	{
		REFIID a1;
		LPVOID *a2;

		memset(&a1, 0, sizeof(a1));
		memset(&a2, 0, sizeof(a2));
		forget_call();
		IMAPIFormMgr_QueryInterface(obj, a1, a2);
		check_call("IMAPIFormMgr", 0);
	}

	/* slot 1: IUnknown::AddRef */
	{
		forget_call();
		IMAPIFormMgr_AddRef(obj);
		check_call("IMAPIFormMgr", 1);
	}

	/* slot 2: IUnknown::Release */
	{
		forget_call();
		IMAPIFormMgr_Release(obj);
		check_call("IMAPIFormMgr", 2);
	}

	/* slot 3: IMAPIFormMgr::GetLastError */
	{
		HRESULT a1;
		ULONG a2;
		LPMAPIERROR *a3;

		memset(&a1, 0, sizeof(a1));
		memset(&a2, 0, sizeof(a2));
		memset(&a3, 0, sizeof(a3));
		forget_call();
		IMAPIFormMgr_GetLastError(obj, a1, a2, a3);
		check_call("IMAPIFormMgr", 3);
	}

	/* slot 4: IMAPIFormMgr::LoadForm */
	{
		ULONG_PTR a1;
		ULONG a2;
		LPCSTR a3;
		ULONG a4;
		ULONG a5;
		LPMAPIFOLDER a6;
		LPMAPIMESSAGESITE a7;
		LPMESSAGE a8;
		LPMAPIVIEWCONTEXT a9;
		REFIID a10;
		LPVOID *a11;

		memset(&a1, 0, sizeof(a1));
		memset(&a2, 0, sizeof(a2));
		memset(&a3, 0, sizeof(a3));
		memset(&a4, 0, sizeof(a4));
		memset(&a5, 0, sizeof(a5));
		memset(&a6, 0, sizeof(a6));
		memset(&a7, 0, sizeof(a7));
		memset(&a8, 0, sizeof(a8));
		memset(&a9, 0, sizeof(a9));
		memset(&a10, 0, sizeof(a10));
		memset(&a11, 0, sizeof(a11));
		forget_call();
		IMAPIFormMgr_LoadForm(obj, a1, a2, a3, a4, a5, a6, a7, a8, a9, a10, a11);
		check_call("IMAPIFormMgr", 4);
	}

	/* slot 5: IMAPIFormMgr::ResolveMessageClass */
	{
		LPCSTR a1;
		ULONG a2;
		LPMAPIFOLDER a3;
		LPMAPIFORMINFO *a4;

		memset(&a1, 0, sizeof(a1));
		memset(&a2, 0, sizeof(a2));
		memset(&a3, 0, sizeof(a3));
		memset(&a4, 0, sizeof(a4));
		forget_call();
		IMAPIFormMgr_ResolveMessageClass(obj, a1, a2, a3, a4);
		check_call("IMAPIFormMgr", 5);
	}

	/* slot 6: IMAPIFormMgr::ResolveMultipleMessageClasses */
	{
		LPSMESSAGECLASSARRAY a1;
		ULONG a2;
		LPMAPIFOLDER a3;
		LPSMAPIFORMINFOARRAY *a4;

		memset(&a1, 0, sizeof(a1));
		memset(&a2, 0, sizeof(a2));
		memset(&a3, 0, sizeof(a3));
		memset(&a4, 0, sizeof(a4));
		forget_call();
		IMAPIFormMgr_ResolveMultipleMessageClasses(obj, a1, a2, a3, a4);
		check_call("IMAPIFormMgr", 6);
	}

	/* slot 7: IMAPIFormMgr::CalcFormPropSet */
	{
		LPSMAPIFORMINFOARRAY a1;
		ULONG a2;
		LPMAPIFORMPROPARRAY *a3;

		memset(&a1, 0, sizeof(a1));
		memset(&a2, 0, sizeof(a2));
		memset(&a3, 0, sizeof(a3));
		forget_call();
		IMAPIFormMgr_CalcFormPropSet(obj, a1, a2, a3);
		check_call("IMAPIFormMgr", 7);
	}

	/* slot 8: IMAPIFormMgr::CreateForm */
	{
		ULONG_PTR a1;
		ULONG a2;
		LPMAPIFORMINFO a3;
		REFIID a4;
		LPVOID *a5;

		memset(&a1, 0, sizeof(a1));
		memset(&a2, 0, sizeof(a2));
		memset(&a3, 0, sizeof(a3));
		memset(&a4, 0, sizeof(a4));
		memset(&a5, 0, sizeof(a5));
		forget_call();
		IMAPIFormMgr_CreateForm(obj, a1, a2, a3, a4, a5);
		check_call("IMAPIFormMgr", 8);
	}

	/* slot 9: IMAPIFormMgr::SelectForm */
	{
		ULONG_PTR a1;
		ULONG a2;
		LPCTSTR a3;
		LPMAPIFOLDER a4;
		LPMAPIFORMINFO *a5;

		memset(&a1, 0, sizeof(a1));
		memset(&a2, 0, sizeof(a2));
		memset(&a3, 0, sizeof(a3));
		memset(&a4, 0, sizeof(a4));
		memset(&a5, 0, sizeof(a5));
		forget_call();
		IMAPIFormMgr_SelectForm(obj, a1, a2, a3, a4, a5);
		check_call("IMAPIFormMgr", 9);
	}

	/* slot 10: IMAPIFormMgr::SelectMultipleForms */
	{
		ULONG_PTR a1;
		ULONG a2;
		LPCTSTR a3;
		LPMAPIFOLDER a4;
		LPSMAPIFORMINFOARRAY a5;
		LPSMAPIFORMINFOARRAY *a6;

		memset(&a1, 0, sizeof(a1));
		memset(&a2, 0, sizeof(a2));
		memset(&a3, 0, sizeof(a3));
		memset(&a4, 0, sizeof(a4));
		memset(&a5, 0, sizeof(a5));
		memset(&a6, 0, sizeof(a6));
		forget_call();
		IMAPIFormMgr_SelectMultipleForms(obj, a1, a2, a3, a4, a5, a6);
		check_call("IMAPIFormMgr", 10);
	}

	/* slot 11: IMAPIFormMgr::SelectFormContainer */
	{
		ULONG_PTR a1;
		ULONG a2;
		LPMAPIFORMCONTAINER *a3;

		memset(&a1, 0, sizeof(a1));
		memset(&a2, 0, sizeof(a2));
		memset(&a3, 0, sizeof(a3));
		forget_call();
		IMAPIFormMgr_SelectFormContainer(obj, a1, a2, a3);
		check_call("IMAPIFormMgr", 11);
	}

	/* slot 12: IMAPIFormMgr::OpenFormContainer */
	{
		HFRMREG a1;
		LPUNKNOWN a2;
		LPMAPIFORMCONTAINER *a3;

		memset(&a1, 0, sizeof(a1));
		memset(&a2, 0, sizeof(a2));
		memset(&a3, 0, sizeof(a3));
		forget_call();
		IMAPIFormMgr_OpenFormContainer(obj, a1, a2, a3);
		check_call("IMAPIFormMgr", 12);
	}

	/* slot 13: IMAPIFormMgr::PrepareForm */
	{
		ULONG_PTR a1;
		ULONG a2;
		LPMAPIFORMINFO a3;

		memset(&a1, 0, sizeof(a1));
		memset(&a2, 0, sizeof(a2));
		memset(&a3, 0, sizeof(a3));
		forget_call();
		IMAPIFormMgr_PrepareForm(obj, a1, a2, a3);
		check_call("IMAPIFormMgr", 13);
	}

	/* slot 14: IMAPIFormMgr::IsInConflict */
	{
		ULONG a1;
		ULONG a2;
		LPCSTR a3;
		LPMAPIFOLDER a4;

		memset(&a1, 0, sizeof(a1));
		memset(&a2, 0, sizeof(a2));
		memset(&a3, 0, sizeof(a3));
		memset(&a4, 0, sizeof(a4));
		forget_call();
		IMAPIFormMgr_IsInConflict(obj, a1, a2, a3, a4);
		check_call("IMAPIFormMgr", 14);
	}
}

/* IMAPIFormContainer */

static HRESULT STDMETHODCALLTYPE stub_IMAPIFormContainer_0(IMAPIFormContainer *This, REFIID riid, LPVOID *ppvObj)
{
	(void)This;
	(void)riid;
	(void)ppvObj;
	record_call("IMAPIFormContainer", 0);
	return 0;
}

static ULONG STDMETHODCALLTYPE stub_IMAPIFormContainer_1(IMAPIFormContainer *This)
{
	(void)This;
	record_call("IMAPIFormContainer", 1);
	return 0;
}

static ULONG STDMETHODCALLTYPE stub_IMAPIFormContainer_2(IMAPIFormContainer *This)
{
	(void)This;
	record_call("IMAPIFormContainer", 2);
	return 0;
}

static HRESULT STDMETHODCALLTYPE stub_IMAPIFormContainer_3(IMAPIFormContainer *This, HRESULT hResult, ULONG ulFlags, LPMAPIERROR *lppMAPIError)
{
	(void)This;
	(void)hResult;
	(void)ulFlags;
	(void)lppMAPIError;
	record_call("IMAPIFormContainer", 3);
	return 0;
}

static HRESULT STDMETHODCALLTYPE stub_IMAPIFormContainer_4(IMAPIFormContainer *This, ULONG_PTR ulUIParam, ULONG ulFlags, LPCTSTR szCfgPathName)
{
	(void)This;
	(void)ulUIParam;
	(void)ulFlags;
	(void)szCfgPathName;
	record_call("IMAPIFormContainer", 4);
	return 0;
}

static HRESULT STDMETHODCALLTYPE stub_IMAPIFormContainer_5(IMAPIFormContainer *This, LPCSTR szMessageClass)
{
	(void)This;
	(void)szMessageClass;
	record_call("IMAPIFormContainer", 5);
	return 0;
}

static HRESULT STDMETHODCALLTYPE stub_IMAPIFormContainer_6(IMAPIFormContainer *This, LPCSTR szMessageClass, ULONG ulFlags, LPMAPIFORMINFO *pforminfo)
{
	(void)This;
	(void)szMessageClass;
	(void)ulFlags;
	(void)pforminfo;
	record_call("IMAPIFormContainer", 6);
	return 0;
}

static HRESULT STDMETHODCALLTYPE stub_IMAPIFormContainer_7(IMAPIFormContainer *This, LPSMESSAGECLASSARRAY pMsgClassArray, ULONG ulFlags, LPSMAPIFORMINFOARRAY *ppfrminfoarray)
{
	(void)This;
	(void)pMsgClassArray;
	(void)ulFlags;
	(void)ppfrminfoarray;
	record_call("IMAPIFormContainer", 7);
	return 0;
}

static HRESULT STDMETHODCALLTYPE stub_IMAPIFormContainer_8(IMAPIFormContainer *This, ULONG ulFlags, LPMAPIFORMPROPARRAY *ppResults)
{
	(void)This;
	(void)ulFlags;
	(void)ppResults;
	record_call("IMAPIFormContainer", 8);
	return 0;
}

static HRESULT STDMETHODCALLTYPE stub_IMAPIFormContainer_9(IMAPIFormContainer *This, ULONG ulFlags, LPTSTR *pszDisplayName)
{
	(void)This;
	(void)ulFlags;
	(void)pszDisplayName;
	record_call("IMAPIFormContainer", 9);
	return 0;
}

static CONST_VTBL IMAPIFormContainerVtbl stub_vtbl_IMAPIFormContainer = {
	stub_IMAPIFormContainer_0,
	stub_IMAPIFormContainer_1,
	stub_IMAPIFormContainer_2,
	stub_IMAPIFormContainer_3,
	stub_IMAPIFormContainer_4,
	stub_IMAPIFormContainer_5,
	stub_IMAPIFormContainer_6,
	stub_IMAPIFormContainer_7,
	stub_IMAPIFormContainer_8,
	stub_IMAPIFormContainer_9,
};

static void test_IMAPIFormContainer(void **state)
{
	IMAPIFormContainer object = {&stub_vtbl_IMAPIFormContainer};
	IMAPIFormContainer *obj = &object;

	(void)state;

	/* slot 0: IUnknown::QueryInterface */
	{
		REFIID a1;
		LPVOID *a2;

		memset(&a1, 0, sizeof(a1));
		memset(&a2, 0, sizeof(a2));
		forget_call();
		IMAPIFormContainer_QueryInterface(obj, a1, a2);
		check_call("IMAPIFormContainer", 0);
	}

	/* slot 1: IUnknown::AddRef */
	{
		forget_call();
		IMAPIFormContainer_AddRef(obj);
		check_call("IMAPIFormContainer", 1);
	}

	/* slot 2: IUnknown::Release */
	{
		forget_call();
		IMAPIFormContainer_Release(obj);
		check_call("IMAPIFormContainer", 2);
	}

	/* slot 3: IMAPIFormContainer::GetLastError */
	{
		HRESULT a1;
		ULONG a2;
		LPMAPIERROR *a3;

		memset(&a1, 0, sizeof(a1));
		memset(&a2, 0, sizeof(a2));
		memset(&a3, 0, sizeof(a3));
		forget_call();
		IMAPIFormContainer_GetLastError(obj, a1, a2, a3);
		check_call("IMAPIFormContainer", 3);
	}

	/* slot 4: IMAPIFormContainer::InstallForm */
	{
		ULONG_PTR a1;
		ULONG a2;
		LPCTSTR a3;

		memset(&a1, 0, sizeof(a1));
		memset(&a2, 0, sizeof(a2));
		memset(&a3, 0, sizeof(a3));
		forget_call();
		IMAPIFormContainer_InstallForm(obj, a1, a2, a3);
		check_call("IMAPIFormContainer", 4);
	}

	/* slot 5: IMAPIFormContainer::RemoveForm */
	{
		LPCSTR a1;

		memset(&a1, 0, sizeof(a1));
		forget_call();
		IMAPIFormContainer_RemoveForm(obj, a1);
		check_call("IMAPIFormContainer", 5);
	}

	/* slot 6: IMAPIFormContainer::ResolveMessageClass */
	{
		LPCSTR a1;
		ULONG a2;
		LPMAPIFORMINFO *a3;

		memset(&a1, 0, sizeof(a1));
		memset(&a2, 0, sizeof(a2));
		memset(&a3, 0, sizeof(a3));
		forget_call();
		IMAPIFormContainer_ResolveMessageClass(obj, a1, a2, a3);
		check_call("IMAPIFormContainer", 6);
	}

	/* slot 7: IMAPIFormContainer::ResolveMultipleMessageClasses */
	{
		LPSMESSAGECLASSARRAY a1;
		ULONG a2;
		LPSMAPIFORMINFOARRAY *a3;

		memset(&a1, 0, sizeof(a1));
		memset(&a2, 0, sizeof(a2));
		memset(&a3, 0, sizeof(a3));
		forget_call();
		IMAPIFormContainer_ResolveMultipleMessageClasses(obj, a1, a2, a3);
		check_call("IMAPIFormContainer", 7);
	}

	/* slot 8: IMAPIFormContainer::CalcFormPropSet */
	{
		ULONG a1;
		LPMAPIFORMPROPARRAY *a2;

		memset(&a1, 0, sizeof(a1));
		memset(&a2, 0, sizeof(a2));
		forget_call();
		IMAPIFormContainer_CalcFormPropSet(obj, a1, a2);
		check_call("IMAPIFormContainer", 8);
	}

	/* slot 9: IMAPIFormContainer::GetDisplay */
	{
		ULONG a1;
		LPTSTR *a2;

		memset(&a1, 0, sizeof(a1));
		memset(&a2, 0, sizeof(a2));
		forget_call();
		IMAPIFormContainer_GetDisplay(obj, a1, a2);
		check_call("IMAPIFormContainer", 9);
	}
}

/* IMAPIFormFactory */

static HRESULT STDMETHODCALLTYPE stub_IMAPIFormFactory_0(IMAPIFormFactory *This, REFIID riid, LPVOID *ppvObj)
{
	(void)This;
	(void)riid;
	(void)ppvObj;
	record_call("IMAPIFormFactory", 0);
	return 0;
}

static ULONG STDMETHODCALLTYPE stub_IMAPIFormFactory_1(IMAPIFormFactory *This)
{
	(void)This;
	record_call("IMAPIFormFactory", 1);
	return 0;
}

static ULONG STDMETHODCALLTYPE stub_IMAPIFormFactory_2(IMAPIFormFactory *This)
{
	(void)This;
	record_call("IMAPIFormFactory", 2);
	return 0;
}

static HRESULT STDMETHODCALLTYPE stub_IMAPIFormFactory_3(IMAPIFormFactory *This, HRESULT hResult, ULONG ulFlags, LPMAPIERROR *lppMAPIError)
{
	(void)This;
	(void)hResult;
	(void)ulFlags;
	(void)lppMAPIError;
	record_call("IMAPIFormFactory", 3);
	return 0;
}

static HRESULT STDMETHODCALLTYPE stub_IMAPIFormFactory_4(IMAPIFormFactory *This, REFCLSID clsidForm, ULONG ulFlags, LPCLASSFACTORY *lppClassFactory)
{
	(void)This;
	(void)clsidForm;
	(void)ulFlags;
	(void)lppClassFactory;
	record_call("IMAPIFormFactory", 4);
	return 0;
}

static HRESULT STDMETHODCALLTYPE stub_IMAPIFormFactory_5(IMAPIFormFactory *This, ULONG ulFlags, ULONG fLockServer)
{
	(void)This;
	(void)ulFlags;
	(void)fLockServer;
	record_call("IMAPIFormFactory", 5);
	return 0;
}

static CONST_VTBL IMAPIFormFactoryVtbl stub_vtbl_IMAPIFormFactory = {
	stub_IMAPIFormFactory_0,
	stub_IMAPIFormFactory_1,
	stub_IMAPIFormFactory_2,
	stub_IMAPIFormFactory_3,
	stub_IMAPIFormFactory_4,
	stub_IMAPIFormFactory_5,
};

static void test_IMAPIFormFactory(void **state)
{
	IMAPIFormFactory object = {&stub_vtbl_IMAPIFormFactory};
	IMAPIFormFactory *obj = &object;

	(void)state;

	/* slot 0: IUnknown::QueryInterface */
	{
		REFIID a1;
		LPVOID *a2;

		memset(&a1, 0, sizeof(a1));
		memset(&a2, 0, sizeof(a2));
		forget_call();
		IMAPIFormFactory_QueryInterface(obj, a1, a2);
		check_call("IMAPIFormFactory", 0);
	}

	/* slot 1: IUnknown::AddRef */
	{
		forget_call();
		IMAPIFormFactory_AddRef(obj);
		check_call("IMAPIFormFactory", 1);
	}

	/* slot 2: IUnknown::Release */
	{
		forget_call();
		IMAPIFormFactory_Release(obj);
		check_call("IMAPIFormFactory", 2);
	}

	/* slot 3: IMAPIFormFactory::GetLastError */
	{
		HRESULT a1;
		ULONG a2;
		LPMAPIERROR *a3;

		memset(&a1, 0, sizeof(a1));
		memset(&a2, 0, sizeof(a2));
		memset(&a3, 0, sizeof(a3));
		forget_call();
		IMAPIFormFactory_GetLastError(obj, a1, a2, a3);
		check_call("IMAPIFormFactory", 3);
	}

	/* slot 4: IMAPIFormFactory::CreateClassFactory */
	{
		REFCLSID a1;
		ULONG a2;
		LPCLASSFACTORY *a3;

		memset(&a1, 0, sizeof(a1));
		memset(&a2, 0, sizeof(a2));
		memset(&a3, 0, sizeof(a3));
		forget_call();
		IMAPIFormFactory_CreateClassFactory(obj, a1, a2, a3);
		check_call("IMAPIFormFactory", 4);
	}

	/* slot 5: IMAPIFormFactory::LockServer */
	{
		ULONG a1;
		ULONG a2;

		memset(&a1, 0, sizeof(a1));
		memset(&a2, 0, sizeof(a2));
		forget_call();
		IMAPIFormFactory_LockServer(obj, a1, a2);
		check_call("IMAPIFormFactory", 5);
	}
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_IUnknown),
		cmocka_unit_test(test_IMalloc),
		cmocka_unit_test(test_ISequentialStream),
		cmocka_unit_test(test_IStream),
		cmocka_unit_test(test_IEnumSTATSTG),
		cmocka_unit_test(test_IStorage),
		cmocka_unit_test(test_IClassFactory),
		cmocka_unit_test(test_IMAPIAdviseSink),
		cmocka_unit_test(test_IMAPIProgress),
		cmocka_unit_test(test_IMAPIProp),
		cmocka_unit_test(test_IMAPIContainer),
		cmocka_unit_test(test_IMAPIFolder),
		cmocka_unit_test(test_IMsgStore),
		cmocka_unit_test(test_IMessage),
		cmocka_unit_test(test_IAttach),
		cmocka_unit_test(test_IMAPITable),
		cmocka_unit_test(test_IMAPIStatus),
		cmocka_unit_test(test_IProfSect),
		cmocka_unit_test(test_IABContainer),
		cmocka_unit_test(test_IMailUser),
		cmocka_unit_test(test_IDistList),
		cmocka_unit_test(test_IAddrBook),
		cmocka_unit_test(test_IMAPISession),
		cmocka_unit_test(test_IProfAdmin),
		cmocka_unit_test(test_IMsgServiceAdmin),
		cmocka_unit_test(test_IMsgServiceAdmin2),
		cmocka_unit_test(test_IProviderAdmin),
		cmocka_unit_test(test_ITableData),
		cmocka_unit_test(test_IPropData),
		cmocka_unit_test(test_IExchangeManageStore),
		cmocka_unit_test(test_IExchangeModifyTable),
		cmocka_unit_test(test_IMAPIControl),
		cmocka_unit_test(test_IMAPIClientShutdown),
		cmocka_unit_test(test_IMAPIProviderShutdown),
		cmocka_unit_test(test_IMAPISupport),
		cmocka_unit_test(test_IABLogon),
		cmocka_unit_test(test_IABProvider),
		cmocka_unit_test(test_IXPLogon),
		cmocka_unit_test(test_IXPProvider),
		cmocka_unit_test(test_IMSLogon),
		cmocka_unit_test(test_IMSProvider),
		cmocka_unit_test(test_IExchangeManageStore2),
		cmocka_unit_test(test_IExchangeManageStore3),
		cmocka_unit_test(test_IExchangeManageStore4),
		cmocka_unit_test(test_IExchangeNntpNewsfeed),
		cmocka_unit_test(test_IExchangeRuleAction),
		cmocka_unit_test(test_IExchangeFastTransfer),
		cmocka_unit_test(test_IExchangeExportChanges),
		cmocka_unit_test(test_IExchangeExportChanges2),
		cmocka_unit_test(test_IExchangeExportChanges3),
		cmocka_unit_test(test_IExchangeImportContentsChanges),
		cmocka_unit_test(test_IExchangeImportContentsChanges2),
		cmocka_unit_test(test_IExchangeImportHierarchyChanges),
		cmocka_unit_test(test_IExchangeChangeAdviseSink),
		cmocka_unit_test(test_IExchangeChangeAdvisor),
		cmocka_unit_test(test_IExchangeBadItemCallback),
		cmocka_unit_test(test_IExchangeMoveUserProgress),
		cmocka_unit_test(test_IExchangeFavorites),
		cmocka_unit_test(test_IExchangeMessageConversion),
		cmocka_unit_test(test_IPersistMessage),
		cmocka_unit_test(test_IMAPIMessageSite),
		cmocka_unit_test(test_IMAPIForm),
		cmocka_unit_test(test_IMAPIViewContext),
		cmocka_unit_test(test_IMAPIFormAdviseSink),
		cmocka_unit_test(test_IMAPIViewAdviseSink),
		cmocka_unit_test(test_IMAPIFormInfo),
		cmocka_unit_test(test_IMAPIFormMgr),
		cmocka_unit_test(test_IMAPIFormContainer),
		cmocka_unit_test(test_IMAPIFormFactory),
	};

	return cmocka_run_group_tests(tests, NULL, NULL);
}
/* clang-format on */
