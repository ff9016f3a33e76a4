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
#include <edkmdb.h>

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

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_IUnknown),
		cmocka_unit_test(test_IMalloc),
		cmocka_unit_test(test_ISequentialStream),
		cmocka_unit_test(test_IStream),
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
	};

	return cmocka_run_group_tests(tests, NULL, NULL);
}
/* clang-format on */
