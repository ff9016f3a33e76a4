/*
 * misuse_calls.h - calls any method of an object through its IFoo_Method()
 * call macro, with every argument zeroed, and reports what it returned.
 *
 * GENERATED FILE: do not edit.  scripts/mapigen.py writes it from
 * spec/interfaces.def; change the spec and rerun the script instead.
 *
 * The misuse matrix (test_misuse.c) calls every method of every object
 * from the wrong security context, and on dead objects, and checks each
 * answer; this header spares it a hand-written call per method, and keeps
 * it complete when an interface grows.  For each interface IFoo:
 *
 *   MISUSE_SLOTS_IFoo            the number of vtable slots
 *   misuse_call_IFoo(obj, slot, &result)
 *                                calls the method in that slot; returns 0,
 *                                or -1 for a slot out of range
 *   misuse_each_IFoo(obj, skip, report, arg)
 *                                calls every slot whose bit is clear in
 *                                skip (bit n: slot n), in slot order, and
 *                                passes each result to report(arg, result)
 *
 * Zeroed arguments are what a refused call must never look at: a method
 * that checks its object first refuses before it reads them.  A method
 * that does not check first may well crash on them.
 */
/* clang-format off */
#ifndef MAPIX_TESTS_MISUSE_CALLS_H
#define MAPIX_TESTS_MISUSE_CALLS_H

#include <stdint.h>
#include <string.h>

#include <mapix.h>
#include <mapiutil.h>
#include <mapispi.h>
#include <edkmdb.h>
#include <mapiform.h>

enum misuse_kind {
	MISUSE_HRESULT, /* hr holds the result */
	MISUSE_ULONG,   /* ul holds the result (AddRef, Release, OnNotify) */
	MISUSE_OTHER,   /* other holds it (SIZE_T, int, LPVOID) */
	MISUSE_VOID,    /* no result */
};

struct misuse_result {
	const char *iface;  /* "IPropData" */
	const char *owner;  /* the interface that declares the method */
	const char *method; /* "GetProps" */
	int slot;
	enum misuse_kind kind;
	HRESULT hr;
	ULONG ul;
	uint64_t other;
};

typedef void misuse_report_fn(void *arg, const struct misuse_result *result);

/* IUnknown */

#define MISUSE_SLOTS_IUnknown 3

static inline int
misuse_call_IUnknown(IUnknown *obj, int slot,
		 struct misuse_result *r)
{
	memset(r, 0, sizeof(*r));
	r->iface = "IUnknown";
	r->slot = slot;
	switch (slot) {
	case 0: {
		REFIID a1;
		LPVOID *a2;

		memset(&a1, 0, sizeof(a1));
		memset(&a2, 0, sizeof(a2));
		r->owner = "IUnknown";
		r->method = "QueryInterface";
		r->kind = MISUSE_HRESULT;
		r->hr = IUnknown_QueryInterface(obj, a1, a2);
		return 0;
	}
	case 1: {
		r->owner = "IUnknown";
		r->method = "AddRef";
		r->kind = MISUSE_ULONG;
		r->ul = IUnknown_AddRef(obj);
		return 0;
	}
	case 2: {
		r->owner = "IUnknown";
		r->method = "Release";
		r->kind = MISUSE_ULONG;
		r->ul = IUnknown_Release(obj);
		return 0;
	}
	default:
		return -1;
	}
}

static inline void
misuse_each_IUnknown(IUnknown *obj, uint64_t skip,
		 misuse_report_fn *report, void *arg)
{
	struct misuse_result r;
	int slot;

	for (slot = 0; slot < MISUSE_SLOTS_IUnknown; slot++) {
		if (skip & ((uint64_t)1 << slot))
			continue;
		misuse_call_IUnknown(obj, slot, &r);
		report(arg, &r);
	}
}

/* IMalloc */

#define MISUSE_SLOTS_IMalloc 9

static inline int
misuse_call_IMalloc(IMalloc *obj, int slot,
		 struct misuse_result *r)
{
	memset(r, 0, sizeof(*r));
	r->iface = "IMalloc";
	r->slot = slot;
	switch (slot) {
	case 0: {
		REFIID a1;
		LPVOID *a2;

		memset(&a1, 0, sizeof(a1));
		memset(&a2, 0, sizeof(a2));
		r->owner = "IUnknown";
		r->method = "QueryInterface";
		r->kind = MISUSE_HRESULT;
		r->hr = IMalloc_QueryInterface(obj, a1, a2);
		return 0;
	}
	case 1: {
		r->owner = "IUnknown";
		r->method = "AddRef";
		r->kind = MISUSE_ULONG;
		r->ul = IMalloc_AddRef(obj);
		return 0;
	}
	case 2: {
		r->owner = "IUnknown";
		r->method = "Release";
		r->kind = MISUSE_ULONG;
		r->ul = IMalloc_Release(obj);
		return 0;
	}
	case 3: {
		SIZE_T a1;

		memset(&a1, 0, sizeof(a1));
		r->owner = "IMalloc";
		r->method = "Alloc";
		r->kind = MISUSE_OTHER;
		r->other = (uint64_t)(uintptr_t)IMalloc_Alloc(obj, a1);
		return 0;
	}
	case 4: {
		LPVOID a1;
		SIZE_T a2;

		memset(&a1, 0, sizeof(a1));
		memset(&a2, 0, sizeof(a2));
		r->owner = "IMalloc";
		r->method = "Realloc";
		r->kind = MISUSE_OTHER;
		r->other = (uint64_t)(uintptr_t)IMalloc_Realloc(obj, a1, a2);
		return 0;
	}
	case 5: {
		LPVOID a1;

		memset(&a1, 0, sizeof(a1));
		r->owner = "IMalloc";
		r->method = "Free";
		r->kind = MISUSE_VOID;
		IMalloc_Free(obj, a1);
		return 0;
	}
	case 6: {
		LPVOID a1;

		memset(&a1, 0, sizeof(a1));
		r->owner = "IMalloc";
		r->method = "GetSize";
		r->kind = MISUSE_OTHER;
		r->other = (uint64_t)IMalloc_GetSize(obj, a1);
		return 0;
	}
	case 7: {
		LPVOID a1;

		memset(&a1, 0, sizeof(a1));
		r->owner = "IMalloc";
		r->method = "DidAlloc";
		r->kind = MISUSE_OTHER;
		r->other = (uint64_t)(int64_t)IMalloc_DidAlloc(obj, a1);
		return 0;
	}
	case 8: {
		r->owner = "IMalloc";
		r->method = "HeapMinimize";
		r->kind = MISUSE_VOID;
		IMalloc_HeapMinimize(obj);
		return 0;
	}
	default:
		return -1;
	}
}

static inline void
misuse_each_IMalloc(IMalloc *obj, uint64_t skip,
		 misuse_report_fn *report, void *arg)
{
	struct misuse_result r;
	int slot;

	for (slot = 0; slot < MISUSE_SLOTS_IMalloc; slot++) {
		if (skip & ((uint64_t)1 << slot))
			continue;
		misuse_call_IMalloc(obj, slot, &r);
		report(arg, &r);
	}
}

/* ISequentialStream */

#define MISUSE_SLOTS_ISequentialStream 5

static inline int
misuse_call_ISequentialStream(ISequentialStream *obj, int slot,
		 struct misuse_result *r)
{
	memset(r, 0, sizeof(*r));
	r->iface = "ISequentialStream";
	r->slot = slot;
	switch (slot) {
	case 0: {
		REFIID a1;
		LPVOID *a2;

		memset(&a1, 0, sizeof(a1));
		memset(&a2, 0, sizeof(a2));
		r->owner = "IUnknown";
		r->method = "QueryInterface";
		r->kind = MISUSE_HRESULT;
		r->hr = ISequentialStream_QueryInterface(obj, a1, a2);
		return 0;
	}
	case 1: {
		r->owner = "IUnknown";
		r->method = "AddRef";
		r->kind = MISUSE_ULONG;
		r->ul = ISequentialStream_AddRef(obj);
		return 0;
	}
	case 2: {
		r->owner = "IUnknown";
		r->method = "Release";
		r->kind = MISUSE_ULONG;
		r->ul = ISequentialStream_Release(obj);
		return 0;
	}
	case 3: {
		LPVOID a1;
		ULONG a2;
		ULONG *a3;

		memset(&a1, 0, sizeof(a1));
		memset(&a2, 0, sizeof(a2));
		memset(&a3, 0, sizeof(a3));
		r->owner = "ISequentialStream";
		r->method = "Read";
		r->kind = MISUSE_HRESULT;
		r->hr = ISequentialStream_Read(obj, a1, a2, a3);
		return 0;
	}
	case 4: {
		const void *a1;
		ULONG a2;
		ULONG *a3;

		memset(&a1, 0, sizeof(a1));
		memset(&a2, 0, sizeof(a2));
		memset(&a3, 0, sizeof(a3));
		r->owner = "ISequentialStream";
		r->method = "Write";
		r->kind = MISUSE_HRESULT;
		r->hr = ISequentialStream_Write(obj, a1, a2, a3);
		return 0;
	}
	default:
		return -1;
	}
}

static inline void
misuse_each_ISequentialStream(ISequentialStream *obj, uint64_t skip,
		 misuse_report_fn *report, void *arg)
{
	struct misuse_result r;
	int slot;

	for (slot = 0; slot < MISUSE_SLOTS_ISequentialStream; slot++) {
		if (skip & ((uint64_t)1 << slot))
			continue;
		misuse_call_ISequentialStream(obj, slot, &r);
		report(arg, &r);
	}
}

/* IStream */

#define MISUSE_SLOTS_IStream 14

static inline int
misuse_call_IStream(IStream *obj, int slot,
		 struct misuse_result *r)
{
	memset(r, 0, sizeof(*r));
	r->iface = "IStream";
	r->slot = slot;
	switch (slot) {
	case 0: {
		REFIID a1;
		LPVOID *a2;

		memset(&a1, 0, sizeof(a1));
		memset(&a2, 0, sizeof(a2));
		r->owner = "IUnknown";
		r->method = "QueryInterface";
		r->kind = MISUSE_HRESULT;
		r->hr = IStream_QueryInterface(obj, a1, a2);
		return 0;
	}
	case 1: {
		r->owner = "IUnknown";
		r->method = "AddRef";
		r->kind = MISUSE_ULONG;
		r->ul = IStream_AddRef(obj);
		return 0;
	}
	case 2: {
		r->owner = "IUnknown";
		r->method = "Release";
		r->kind = MISUSE_ULONG;
		r->ul = IStream_Release(obj);
		return 0;
	}
	case 3: {
		LPVOID a1;
		ULONG a2;
		ULONG *a3;

		memset(&a1, 0, sizeof(a1));
		memset(&a2, 0, sizeof(a2));
		memset(&a3, 0, sizeof(a3));
		r->owner = "ISequentialStream";
		r->method = "Read";
		r->kind = MISUSE_HRESULT;
		r->hr = IStream_Read(obj, a1, a2, a3);
		return 0;
	}
	case 4: {
		const void *a1;
		ULONG a2;
		ULONG *a3;

		memset(&a1, 0, sizeof(a1));
		memset(&a2, 0, sizeof(a2));
		memset(&a3, 0, sizeof(a3));
		r->owner = "ISequentialStream";
		r->method = "Write";
		r->kind = MISUSE_HRESULT;
		r->hr = IStream_Write(obj, a1, a2, a3);
		return 0;
	}
	case 5: {
		LARGE_INTEGER a1;
		DWORD a2;
		ULARGE_INTEGER *a3;

		memset(&a1, 0, sizeof(a1));
		memset(&a2, 0, sizeof(a2));
		memset(&a3, 0, sizeof(a3));
		r->owner = "IStream";
		r->method = "Seek";
		r->kind = MISUSE_HRESULT;
		r->hr = IStream_Seek(obj, a1, a2, a3);
		return 0;
	}
	case 6: {
		ULARGE_INTEGER a1;

		memset(&a1, 0, sizeof(a1));
		r->owner = "IStream";
		r->method = "SetSize";
		r->kind = MISUSE_HRESULT;
		r->hr = IStream_SetSize(obj, a1);
		return 0;
	}
	case 7: {
		IStream *a1;
		ULARGE_INTEGER a2;
		ULARGE_INTEGER *a3;
		ULARGE_INTEGER *a4;

		memset(&a1, 0, sizeof(a1));
		memset(&a2, 0, sizeof(a2));
		memset(&a3, 0, sizeof(a3));
		memset(&a4, 0, sizeof(a4));
		r->owner = "IStream";
		r->method = "CopyTo";
		r->kind = MISUSE_HRESULT;
		r->hr = IStream_CopyTo(obj, a1, a2, a3, a4);
		return 0;
	}
	case 8: {
		DWORD a1;

		memset(&a1, 0, sizeof(a1));
		r->owner = "IStream";
		r->method = "Commit";
		r->kind = MISUSE_HRESULT;
		r->hr = IStream_Commit(obj, a1);
		return 0;
	}
	case 9: {
		r->owner = "IStream";
		r->method = "Revert";
		r->kind = MISUSE_HRESULT;
		r->hr = IStream_Revert(obj);
		return 0;
	}
	case 10: {
		ULARGE_INTEGER a1;
		ULARGE_INTEGER a2;
		DWORD a3;

		memset(&a1, 0, sizeof(a1));
		memset(&a2, 0, sizeof(a2));
		memset(&a3, 0, sizeof(a3));
		r->owner = "IStream";
		r->method = "LockRegion";
		r->kind = MISUSE_HRESULT;
		r->hr = IStream_LockRegion(obj, a1, a2, a3);
		return 0;
	}
	case 11: {
		ULARGE_INTEGER a1;
		ULARGE_INTEGER a2;
		DWORD a3;

		memset(&a1, 0, sizeof(a1));
		memset(&a2, 0, sizeof(a2));
		memset(&a3, 0, sizeof(a3));
		r->owner = "IStream";
		r->method = "UnlockRegion";
		r->kind = MISUSE_HRESULT;
		r->hr = IStream_UnlockRegion(obj, a1, a2, a3);
		return 0;
	}
	case 12: {
		STATSTG *a1;
		DWORD a2;

		memset(&a1, 0, sizeof(a1));
		memset(&a2, 0, sizeof(a2));
		r->owner = "IStream";
		r->method = "Stat";
		r->kind = MISUSE_HRESULT;
		r->hr = IStream_Stat(obj, a1, a2);
		return 0;
	}
	case 13: {
		IStream **a1;

		memset(&a1, 0, sizeof(a1));
		r->owner = "IStream";
		r->method = "Clone";
		r->kind = MISUSE_HRESULT;
		r->hr = IStream_Clone(obj, a1);
		return 0;
	}
	default:
		return -1;
	}
}

static inline void
misuse_each_IStream(IStream *obj, uint64_t skip,
		 misuse_report_fn *report, void *arg)
{
	struct misuse_result r;
	int slot;

	for (slot = 0; slot < MISUSE_SLOTS_IStream; slot++) {
		if (skip & ((uint64_t)1 << slot))
			continue;
		misuse_call_IStream(obj, slot, &r);
		report(arg, &r);
	}
}

/* IEnumSTATSTG */

#define MISUSE_SLOTS_IEnumSTATSTG 7

static inline int
misuse_call_IEnumSTATSTG(IEnumSTATSTG *obj, int slot,
		 struct misuse_result *r)
{
	memset(r, 0, sizeof(*r));
	r->iface = "IEnumSTATSTG";
	r->slot = slot;
	switch (slot) {
	case 0: {
		REFIID a1;
		LPVOID *a2;

		memset(&a1, 0, sizeof(a1));
		memset(&a2, 0, sizeof(a2));
		r->owner = "IUnknown";
		r->method = "QueryInterface";
		r->kind = MISUSE_HRESULT;
		r->hr = IEnumSTATSTG_QueryInterface(obj, a1, a2);
		return 0;
	}
	case 1: {
		r->owner = "IUnknown";
		r->method = "AddRef";
		r->kind = MISUSE_ULONG;
		r->ul = IEnumSTATSTG_AddRef(obj);
		return 0;
	}
	case 2: {
		r->owner = "IUnknown";
		r->method = "Release";
		r->kind = MISUSE_ULONG;
		r->ul = IEnumSTATSTG_Release(obj);
		return 0;
	}
	case 3: {
		ULONG a1;
		STATSTG *a2;
		ULONG *a3;

		memset(&a1, 0, sizeof(a1));
		memset(&a2, 0, sizeof(a2));
		memset(&a3, 0, sizeof(a3));
		r->owner = "IEnumSTATSTG";
		r->method = "Next";
		r->kind = MISUSE_HRESULT;
		r->hr = IEnumSTATSTG_Next(obj, a1, a2, a3);
		return 0;
	}
	case 4: {
		ULONG a1;

		memset(&a1, 0, sizeof(a1));
		r->owner = "IEnumSTATSTG";
		r->method = "Skip";
		r->kind = MISUSE_HRESULT;
		r->hr = IEnumSTATSTG_Skip(obj, a1);
		return 0;
	}
	case 5: {
		r->owner = "IEnumSTATSTG";
		r->method = "Reset";
		r->kind = MISUSE_HRESULT;
		r->hr = IEnumSTATSTG_Reset(obj);
		return 0;
	}
	case 6: {
		IEnumSTATSTG **a1;

		memset(&a1, 0, sizeof(a1));
		r->owner = "IEnumSTATSTG";
		r->method = "Clone";
		r->kind = MISUSE_HRESULT;
		r->hr = IEnumSTATSTG_Clone(obj, a1);
		return 0;
	}
	default:
		return -1;
	}
}

static inline void
misuse_each_IEnumSTATSTG(IEnumSTATSTG *obj, uint64_t skip,
		 misuse_report_fn *report, void *arg)
{
	struct misuse_result r;
	int slot;

	for (slot = 0; slot < MISUSE_SLOTS_IEnumSTATSTG; slot++) {
		if (skip & ((uint64_t)1 << slot))
			continue;
		misuse_call_IEnumSTATSTG(obj, slot, &r);
		report(arg, &r);
	}
}

/* IStorage */

#define MISUSE_SLOTS_IStorage 18

static inline int
misuse_call_IStorage(IStorage *obj, int slot,
		 struct misuse_result *r)
{
	memset(r, 0, sizeof(*r));
	r->iface = "IStorage";
	r->slot = slot;
	switch (slot) {
	case 0: {
		REFIID a1;
		LPVOID *a2;

		memset(&a1, 0, sizeof(a1));
		memset(&a2, 0, sizeof(a2));
		r->owner = "IUnknown";
		r->method = "QueryInterface";
		r->kind = MISUSE_HRESULT;
		r->hr = IStorage_QueryInterface(obj, a1, a2);
		return 0;
	}
	case 1: {
		r->owner = "IUnknown";
		r->method = "AddRef";
		r->kind = MISUSE_ULONG;
		r->ul = IStorage_AddRef(obj);
		return 0;
	}
	case 2: {
		r->owner = "IUnknown";
		r->method = "Release";
		r->kind = MISUSE_ULONG;
		r->ul = IStorage_Release(obj);
		return 0;
	}
	case 3: {
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
		r->owner = "IStorage";
		r->method = "CreateStream";
		r->kind = MISUSE_HRESULT;
		r->hr = IStorage_CreateStream(obj, a1, a2, a3, a4, a5);
		return 0;
	}
	case 4: {
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
		r->owner = "IStorage";
		r->method = "OpenStream";
		r->kind = MISUSE_HRESULT;
		r->hr = IStorage_OpenStream(obj, a1, a2, a3, a4, a5);
		return 0;
	}
	case 5: {
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
		r->owner = "IStorage";
		r->method = "CreateStorage";
		r->kind = MISUSE_HRESULT;
		r->hr = IStorage_CreateStorage(obj, a1, a2, a3, a4, a5);
		return 0;
	}
	case 6: {
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
		r->owner = "IStorage";
		r->method = "OpenStorage";
		r->kind = MISUSE_HRESULT;
		r->hr = IStorage_OpenStorage(obj, a1, a2, a3, a4, a5, a6);
		return 0;
	}
	case 7: {
		DWORD a1;
		const IID *a2;
		SNB a3;
		IStorage *a4;

		memset(&a1, 0, sizeof(a1));
		memset(&a2, 0, sizeof(a2));
		memset(&a3, 0, sizeof(a3));
		memset(&a4, 0, sizeof(a4));
		r->owner = "IStorage";
		r->method = "CopyTo";
		r->kind = MISUSE_HRESULT;
		r->hr = IStorage_CopyTo(obj, a1, a2, a3, a4);
		return 0;
	}
	case 8: {
		const OLECHAR *a1;
		IStorage *a2;
		const OLECHAR *a3;
		DWORD a4;

		memset(&a1, 0, sizeof(a1));
		memset(&a2, 0, sizeof(a2));
		memset(&a3, 0, sizeof(a3));
		memset(&a4, 0, sizeof(a4));
		r->owner = "IStorage";
		r->method = "MoveElementTo";
		r->kind = MISUSE_HRESULT;
		r->hr = IStorage_MoveElementTo(obj, a1, a2, a3, a4);
		return 0;
	}
	case 9: {
		DWORD a1;

		memset(&a1, 0, sizeof(a1));
		r->owner = "IStorage";
		r->method = "Commit";
		r->kind = MISUSE_HRESULT;
		r->hr = IStorage_Commit(obj, a1);
		return 0;
	}
	case 10: {
		r->owner = "IStorage";
		r->method = "Revert";
		r->kind = MISUSE_HRESULT;
		r->hr = IStorage_Revert(obj);
		return 0;
	}
	case 11: {
		DWORD a1;
		void *a2;
		DWORD a3;
		IEnumSTATSTG **a4;

		memset(&a1, 0, sizeof(a1));
		memset(&a2, 0, sizeof(a2));
		memset(&a3, 0, sizeof(a3));
		memset(&a4, 0, sizeof(a4));
		r->owner = "IStorage";
		r->method = "EnumElements";
		r->kind = MISUSE_HRESULT;
		r->hr = IStorage_EnumElements(obj, a1, a2, a3, a4);
		return 0;
	}
	case 12: {
		const OLECHAR *a1;

		memset(&a1, 0, sizeof(a1));
		r->owner = "IStorage";
		r->method = "DestroyElement";
		r->kind = MISUSE_HRESULT;
		r->hr = IStorage_DestroyElement(obj, a1);
		return 0;
	}
	case 13: {
		const OLECHAR *a1;
		const OLECHAR *a2;

		memset(&a1, 0, sizeof(a1));
		memset(&a2, 0, sizeof(a2));
		r->owner = "IStorage";
		r->method = "RenameElement";
		r->kind = MISUSE_HRESULT;
		r->hr = IStorage_RenameElement(obj, a1, a2);
		return 0;
	}
	case 14: {
		const OLECHAR *a1;
		const FILETIME *a2;
		const FILETIME *a3;
		const FILETIME *a4;

		memset(&a1, 0, sizeof(a1));
		memset(&a2, 0, sizeof(a2));
		memset(&a3, 0, sizeof(a3));
		memset(&a4, 0, sizeof(a4));
		r->owner = "IStorage";
		r->method = "SetElementTimes";
		r->kind = MISUSE_HRESULT;
		r->hr = IStorage_SetElementTimes(obj, a1, a2, a3, a4);
		return 0;
	}
	case 15: {
		REFCLSID a1;

		memset(&a1, 0, sizeof(a1));
		r->owner = "IStorage";
		r->method = "SetClass";
		r->kind = MISUSE_HRESULT;
		r->hr = IStorage_SetClass(obj, a1);
		return 0;
	}
	case 16: {
		DWORD a1;
		DWORD a2;

		memset(&a1, 0, sizeof(a1));
		memset(&a2, 0, sizeof(a2));
		r->owner = "IStorage";
		r->method = "SetStateBits";
		r->kind = MISUSE_HRESULT;
		r->hr = IStorage_SetStateBits(obj, a1, a2);
		return 0;
	}
	case 17: {
		STATSTG *a1;
		DWORD a2;

		memset(&a1, 0, sizeof(a1));
		memset(&a2, 0, sizeof(a2));
		r->owner = "IStorage";
		r->method = "Stat";
		r->kind = MISUSE_HRESULT;
		r->hr = IStorage_Stat(obj, a1, a2);
		return 0;
	}
	default:
		return -1;
	}
}

static inline void
misuse_each_IStorage(IStorage *obj, uint64_t skip,
		 misuse_report_fn *report, void *arg)
{
	struct misuse_result r;
	int slot;

	for (slot = 0; slot < MISUSE_SLOTS_IStorage; slot++) {
		if (skip & ((uint64_t)1 << slot))
			continue;
		misuse_call_IStorage(obj, slot, &r);
		report(arg, &r);
	}
}

/* IClassFactory */

#define MISUSE_SLOTS_IClassFactory 5

static inline int
misuse_call_IClassFactory(IClassFactory *obj, int slot,
		 struct misuse_result *r)
{
	memset(r, 0, sizeof(*r));
	r->iface = "IClassFactory";
	r->slot = slot;
	switch (slot) {
	case 0: {
		REFIID a1;
		LPVOID *a2;

		memset(&a1, 0, sizeof(a1));
		memset(&a2, 0, sizeof(a2));
		r->owner = "IUnknown";
		r->method = "QueryInterface";
		r->kind = MISUSE_HRESULT;
		r->hr = IClassFactory_QueryInterface(obj, a1, a2);
		return 0;
	}
	case 1: {
		r->owner = "IUnknown";
		r->method = "AddRef";
		r->kind = MISUSE_ULONG;
		r->ul = IClassFactory_AddRef(obj);
		return 0;
	}
	case 2: {
		r->owner = "IUnknown";
		r->method = "Release";
		r->kind = MISUSE_ULONG;
		r->ul = IClassFactory_Release(obj);
		return 0;
	}
	case 3: {
		LPUNKNOWN a1;
		REFIID a2;
		LPVOID *a3;

		memset(&a1, 0, sizeof(a1));
		memset(&a2, 0, sizeof(a2));
		memset(&a3, 0, sizeof(a3));
		r->owner = "IClassFactory";
		r->method = "CreateInstance";
		r->kind = MISUSE_HRESULT;
		r->hr = IClassFactory_CreateInstance(obj, a1, a2, a3);
		return 0;
	}
	case 4: {
		BOOL a1;

		memset(&a1, 0, sizeof(a1));
		r->owner = "IClassFactory";
		r->method = "LockServer";
		r->kind = MISUSE_HRESULT;
		r->hr = IClassFactory_LockServer(obj, a1);
		return 0;
	}
	default:
		return -1;
	}
}

static inline void
misuse_each_IClassFactory(IClassFactory *obj, uint64_t skip,
		 misuse_report_fn *report, void *arg)
{
	struct misuse_result r;
	int slot;

	for (slot = 0; slot < MISUSE_SLOTS_IClassFactory; slot++) {
		if (skip & ((uint64_t)1 << slot))
			continue;
		misuse_call_IClassFactory(obj, slot, &r);
		report(arg, &r);
	}
}

/* IMAPIAdviseSink */

#define MISUSE_SLOTS_IMAPIAdviseSink 4

static inline int
misuse_call_IMAPIAdviseSink(IMAPIAdviseSink *obj, int slot,
		 struct misuse_result *r)
{
	memset(r, 0, sizeof(*r));
	r->iface = "IMAPIAdviseSink";
	r->slot = slot;
	switch (slot) {
	case 0: {
		REFIID a1;
		LPVOID *a2;

		memset(&a1, 0, sizeof(a1));
		memset(&a2, 0, sizeof(a2));
		r->owner = "IUnknown";
		r->method = "QueryInterface";
		r->kind = MISUSE_HRESULT;
		r->hr = IMAPIAdviseSink_QueryInterface(obj, a1, a2);
		return 0;
	}
	case 1: {
		r->owner = "IUnknown";
		r->method = "AddRef";
		r->kind = MISUSE_ULONG;
		r->ul = IMAPIAdviseSink_AddRef(obj);
		return 0;
	}
	case 2: {
		r->owner = "IUnknown";
		r->method = "Release";
		r->kind = MISUSE_ULONG;
		r->ul = IMAPIAdviseSink_Release(obj);
		return 0;
	}
	case 3: {
		ULONG a1;
		LPNOTIFICATION a2;

		memset(&a1, 0, sizeof(a1));
		memset(&a2, 0, sizeof(a2));
		r->owner = "IMAPIAdviseSink";
		r->method = "OnNotify";
		r->kind = MISUSE_ULONG;
		r->ul = IMAPIAdviseSink_OnNotify(obj, a1, a2);
		return 0;
	}
	default:
		return -1;
	}
}

static inline void
misuse_each_IMAPIAdviseSink(IMAPIAdviseSink *obj, uint64_t skip,
		 misuse_report_fn *report, void *arg)
{
	struct misuse_result r;
	int slot;

	for (slot = 0; slot < MISUSE_SLOTS_IMAPIAdviseSink; slot++) {
		if (skip & ((uint64_t)1 << slot))
			continue;
		misuse_call_IMAPIAdviseSink(obj, slot, &r);
		report(arg, &r);
	}
}

/* IMAPIProgress */

#define MISUSE_SLOTS_IMAPIProgress 8

static inline int
misuse_call_IMAPIProgress(IMAPIProgress *obj, int slot,
		 struct misuse_result *r)
{
	memset(r, 0, sizeof(*r));
	r->iface = "IMAPIProgress";
	r->slot = slot;
	switch (slot) {
	case 0: {
		REFIID a1;
		LPVOID *a2;

		memset(&a1, 0, sizeof(a1));
		memset(&a2, 0, sizeof(a2));
		r->owner = "IUnknown";
		r->method = "QueryInterface";
		r->kind = MISUSE_HRESULT;
		r->hr = IMAPIProgress_QueryInterface(obj, a1, a2);
		return 0;
	}
	case 1: {
		r->owner = "IUnknown";
		r->method = "AddRef";
		r->kind = MISUSE_ULONG;
		r->ul = IMAPIProgress_AddRef(obj);
		return 0;
	}
	case 2: {
		r->owner = "IUnknown";
		r->method = "Release";
		r->kind = MISUSE_ULONG;
		r->ul = IMAPIProgress_Release(obj);
		return 0;
	}
	case 3: {
		ULONG a1;
		ULONG a2;
		ULONG a3;

		memset(&a1, 0, sizeof(a1));
		memset(&a2, 0, sizeof(a2));
		memset(&a3, 0, sizeof(a3));
		r->owner = "IMAPIProgress";
		r->method = "Progress";
		r->kind = MISUSE_HRESULT;
		r->hr = IMAPIProgress_Progress(obj, a1, a2, a3);
		return 0;
	}
	case 4: {
		ULONG *a1;

		memset(&a1, 0, sizeof(a1));
		r->owner = "IMAPIProgress";
		r->method = "GetFlags";
		r->kind = MISUSE_HRESULT;
		r->hr = IMAPIProgress_GetFlags(obj, a1);
		return 0;
	}
	case 5: {
		ULONG *a1;

		memset(&a1, 0, sizeof(a1));
		r->owner = "IMAPIProgress";
		r->method = "GetMax";
		r->kind = MISUSE_HRESULT;
		r->hr = IMAPIProgress_GetMax(obj, a1);
		return 0;
	}
	case 6: {
		ULONG *a1;

		memset(&a1, 0, sizeof(a1));
		r->owner = "IMAPIProgress";
		r->method = "GetMin";
		r->kind = MISUSE_HRESULT;
		r->hr = IMAPIProgress_GetMin(obj, a1);
		return 0;
	}
	case 7: {
		ULONG *a1;
		ULONG *a2;
		ULONG *a3;

		memset(&a1, 0, sizeof(a1));
		memset(&a2, 0, sizeof(a2));
		memset(&a3, 0, sizeof(a3));
		r->owner = "IMAPIProgress";
		r->method = "SetLimits";
		r->kind = MISUSE_HRESULT;
		r->hr = IMAPIProgress_SetLimits(obj, a1, a2, a3);
		return 0;
	}
	default:
		return -1;
	}
}

static inline void
misuse_each_IMAPIProgress(IMAPIProgress *obj, uint64_t skip,
		 misuse_report_fn *report, void *arg)
{
	struct misuse_result r;
	int slot;

	for (slot = 0; slot < MISUSE_SLOTS_IMAPIProgress; slot++) {
		if (skip & ((uint64_t)1 << slot))
			continue;
		misuse_call_IMAPIProgress(obj, slot, &r);
		report(arg, &r);
	}
}

/* IMAPIProp */

#define MISUSE_SLOTS_IMAPIProp 14

static inline int
misuse_call_IMAPIProp(IMAPIProp *obj, int slot,
		 struct misuse_result *r)
{
	memset(r, 0, sizeof(*r));
	r->iface = "IMAPIProp";
	r->slot = slot;
	switch (slot) {
	case 0: {
		REFIID a1;
		LPVOID *a2;

		memset(&a1, 0, sizeof(a1));
		memset(&a2, 0, sizeof(a2));
		r->owner = "IUnknown";
		r->method = "QueryInterface";
		r->kind = MISUSE_HRESULT;
		r->hr = IMAPIProp_QueryInterface(obj, a1, a2);
		return 0;
	}
	case 1: {
		r->owner = "IUnknown";
		r->method = "AddRef";
		r->kind = MISUSE_ULONG;
		r->ul = IMAPIProp_AddRef(obj);
		return 0;
	}
	case 2: {
		r->owner = "IUnknown";
		r->method = "Release";
		r->kind = MISUSE_ULONG;
		r->ul = IMAPIProp_Release(obj);
		return 0;
	}
	case 3: {
		HRESULT a1;
		ULONG a2;
		LPMAPIERROR *a3;

		memset(&a1, 0, sizeof(a1));
		memset(&a2, 0, sizeof(a2));
		memset(&a3, 0, sizeof(a3));
		r->owner = "IMAPIProp";
		r->method = "GetLastError";
		r->kind = MISUSE_HRESULT;
		r->hr = IMAPIProp_GetLastError(obj, a1, a2, a3);
		return 0;
	}
	case 4: {
		ULONG a1;

		memset(&a1, 0, sizeof(a1));
		r->owner = "IMAPIProp";
		r->method = "SaveChanges";
		r->kind = MISUSE_HRESULT;
		r->hr = IMAPIProp_SaveChanges(obj, a1);
		return 0;
	}
	case 5: {
		LPSPropTagArray a1;
		ULONG a2;
		ULONG *a3;
		LPSPropValue *a4;

		memset(&a1, 0, sizeof(a1));
		memset(&a2, 0, sizeof(a2));
		memset(&a3, 0, sizeof(a3));
		memset(&a4, 0, sizeof(a4));
		r->owner = "IMAPIProp";
		r->method = "GetProps";
		r->kind = MISUSE_HRESULT;
		r->hr = IMAPIProp_GetProps(obj, a1, a2, a3, a4);
		return 0;
	}
	case 6: {
		ULONG a1;
		LPSPropTagArray *a2;

		memset(&a1, 0, sizeof(a1));
		memset(&a2, 0, sizeof(a2));
		r->owner = "IMAPIProp";
		r->method = "GetPropList";
		r->kind = MISUSE_HRESULT;
		r->hr = IMAPIProp_GetPropList(obj, a1, a2);
		return 0;
	}
	case 7: {
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
		r->owner = "IMAPIProp";
		r->method = "OpenProperty";
		r->kind = MISUSE_HRESULT;
		r->hr = IMAPIProp_OpenProperty(obj, a1, a2, a3, a4, a5);
		return 0;
	}
	case 8: {
		ULONG a1;
		LPSPropValue a2;
		LPSPropProblemArray *a3;

		memset(&a1, 0, sizeof(a1));
		memset(&a2, 0, sizeof(a2));
		memset(&a3, 0, sizeof(a3));
		r->owner = "IMAPIProp";
		r->method = "SetProps";
		r->kind = MISUSE_HRESULT;
		r->hr = IMAPIProp_SetProps(obj, a1, a2, a3);
		return 0;
	}
	case 9: {
		LPSPropTagArray a1;
		LPSPropProblemArray *a2;

		memset(&a1, 0, sizeof(a1));
		memset(&a2, 0, sizeof(a2));
		r->owner = "IMAPIProp";
		r->method = "DeleteProps";
		r->kind = MISUSE_HRESULT;
		r->hr = IMAPIProp_DeleteProps(obj, a1, a2);
		return 0;
	}
	case 10: {
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
		r->owner = "IMAPIProp";
		r->method = "CopyTo";
		r->kind = MISUSE_HRESULT;
		r->hr = IMAPIProp_CopyTo(obj, a1, a2, a3, a4, a5, a6, a7, a8, a9);
		return 0;
	}
	case 11: {
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
		r->owner = "IMAPIProp";
		r->method = "CopyProps";
		r->kind = MISUSE_HRESULT;
		r->hr = IMAPIProp_CopyProps(obj, a1, a2, a3, a4, a5, a6, a7);
		return 0;
	}
	case 12: {
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
		r->owner = "IMAPIProp";
		r->method = "GetNamesFromIDs";
		r->kind = MISUSE_HRESULT;
		r->hr = IMAPIProp_GetNamesFromIDs(obj, a1, a2, a3, a4, a5);
		return 0;
	}
	case 13: {
		ULONG a1;
		LPMAPINAMEID *a2;
		ULONG a3;
		LPSPropTagArray *a4;

		memset(&a1, 0, sizeof(a1));
		memset(&a2, 0, sizeof(a2));
		memset(&a3, 0, sizeof(a3));
		memset(&a4, 0, sizeof(a4));
		r->owner = "IMAPIProp";
		r->method = "GetIDsFromNames";
		r->kind = MISUSE_HRESULT;
		r->hr = IMAPIProp_GetIDsFromNames(obj, a1, a2, a3, a4);
		return 0;
	}
	default:
		return -1;
	}
}

static inline void
misuse_each_IMAPIProp(IMAPIProp *obj, uint64_t skip,
		 misuse_report_fn *report, void *arg)
{
	struct misuse_result r;
	int slot;

	for (slot = 0; slot < MISUSE_SLOTS_IMAPIProp; slot++) {
		if (skip & ((uint64_t)1 << slot))
			continue;
		misuse_call_IMAPIProp(obj, slot, &r);
		report(arg, &r);
	}
}

/* IMAPIContainer */

#define MISUSE_SLOTS_IMAPIContainer 19

static inline int
misuse_call_IMAPIContainer(IMAPIContainer *obj, int slot,
		 struct misuse_result *r)
{
	memset(r, 0, sizeof(*r));
	r->iface = "IMAPIContainer";
	r->slot = slot;
	switch (slot) {
	case 0: {
		REFIID a1;
		LPVOID *a2;

		memset(&a1, 0, sizeof(a1));
		memset(&a2, 0, sizeof(a2));
		r->owner = "IUnknown";
		r->method = "QueryInterface";
		r->kind = MISUSE_HRESULT;
		r->hr = IMAPIContainer_QueryInterface(obj, a1, a2);
		return 0;
	}
	case 1: {
		r->owner = "IUnknown";
		r->method = "AddRef";
		r->kind = MISUSE_ULONG;
		r->ul = IMAPIContainer_AddRef(obj);
		return 0;
	}
	case 2: {
		r->owner = "IUnknown";
		r->method = "Release";
		r->kind = MISUSE_ULONG;
		r->ul = IMAPIContainer_Release(obj);
		return 0;
	}
	case 3: {
		HRESULT a1;
		ULONG a2;
		LPMAPIERROR *a3;

		memset(&a1, 0, sizeof(a1));
		memset(&a2, 0, sizeof(a2));
		memset(&a3, 0, sizeof(a3));
		r->owner = "IMAPIProp";
		r->method = "GetLastError";
		r->kind = MISUSE_HRESULT;
		r->hr = IMAPIContainer_GetLastError(obj, a1, a2, a3);
		return 0;
	}
	case 4: {
		ULONG a1;

		memset(&a1, 0, sizeof(a1));
		r->owner = "IMAPIProp";
		r->method = "SaveChanges";
		r->kind = MISUSE_HRESULT;
		r->hr = IMAPIContainer_SaveChanges(obj, a1);
		return 0;
	}
	case 5: {
		LPSPropTagArray a1;
		ULONG a2;
		ULONG *a3;
		LPSPropValue *a4;

		memset(&a1, 0, sizeof(a1));
		memset(&a2, 0, sizeof(a2));
		memset(&a3, 0, sizeof(a3));
		memset(&a4, 0, sizeof(a4));
		r->owner = "IMAPIProp";
		r->method = "GetProps";
		r->kind = MISUSE_HRESULT;
		r->hr = IMAPIContainer_GetProps(obj, a1, a2, a3, a4);
		return 0;
	}
	case 6: {
		ULONG a1;
		LPSPropTagArray *a2;

		memset(&a1, 0, sizeof(a1));
		memset(&a2, 0, sizeof(a2));
		r->owner = "IMAPIProp";
		r->method = "GetPropList";
		r->kind = MISUSE_HRESULT;
		r->hr = IMAPIContainer_GetPropList(obj, a1, a2);
		return 0;
	}
	case 7: {
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
		r->owner = "IMAPIProp";
		r->method = "OpenProperty";
		r->kind = MISUSE_HRESULT;
		r->hr = IMAPIContainer_OpenProperty(obj, a1, a2, a3, a4, a5);
		return 0;
	}
	case 8: {
		ULONG a1;
		LPSPropValue a2;
		LPSPropProblemArray *a3;

		memset(&a1, 0, sizeof(a1));
		memset(&a2, 0, sizeof(a2));
		memset(&a3, 0, sizeof(a3));
		r->owner = "IMAPIProp";
		r->method = "SetProps";
		r->kind = MISUSE_HRESULT;
		r->hr = IMAPIContainer_SetProps(obj, a1, a2, a3);
		return 0;
	}
	case 9: {
		LPSPropTagArray a1;
		LPSPropProblemArray *a2;

		memset(&a1, 0, sizeof(a1));
		memset(&a2, 0, sizeof(a2));
		r->owner = "IMAPIProp";
		r->method = "DeleteProps";
		r->kind = MISUSE_HRESULT;
		r->hr = IMAPIContainer_DeleteProps(obj, a1, a2);
		return 0;
	}
	case 10: {
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
		r->owner = "IMAPIProp";
		r->method = "CopyTo";
		r->kind = MISUSE_HRESULT;
		r->hr = IMAPIContainer_CopyTo(obj, a1, a2, a3, a4, a5, a6, a7, a8, a9);
		return 0;
	}
	case 11: {
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
		r->owner = "IMAPIProp";
		r->method = "CopyProps";
		r->kind = MISUSE_HRESULT;
		r->hr = IMAPIContainer_CopyProps(obj, a1, a2, a3, a4, a5, a6, a7);
		return 0;
	}
	case 12: {
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
		r->owner = "IMAPIProp";
		r->method = "GetNamesFromIDs";
		r->kind = MISUSE_HRESULT;
		r->hr = IMAPIContainer_GetNamesFromIDs(obj, a1, a2, a3, a4, a5);
		return 0;
	}
	case 13: {
		ULONG a1;
		LPMAPINAMEID *a2;
		ULONG a3;
		LPSPropTagArray *a4;

		memset(&a1, 0, sizeof(a1));
		memset(&a2, 0, sizeof(a2));
		memset(&a3, 0, sizeof(a3));
		memset(&a4, 0, sizeof(a4));
		r->owner = "IMAPIProp";
		r->method = "GetIDsFromNames";
		r->kind = MISUSE_HRESULT;
		r->hr = IMAPIContainer_GetIDsFromNames(obj, a1, a2, a3, a4);
		return 0;
	}
	case 14: {
		ULONG a1;
		LPMAPITABLE *a2;

		memset(&a1, 0, sizeof(a1));
		memset(&a2, 0, sizeof(a2));
		r->owner = "IMAPIContainer";
		r->method = "GetContentsTable";
		r->kind = MISUSE_HRESULT;
		r->hr = IMAPIContainer_GetContentsTable(obj, a1, a2);
		return 0;
	}
	case 15: {
		ULONG a1;
		LPMAPITABLE *a2;

		memset(&a1, 0, sizeof(a1));
		memset(&a2, 0, sizeof(a2));
		r->owner = "IMAPIContainer";
		r->method = "GetHierarchyTable";
		r->kind = MISUSE_HRESULT;
		r->hr = IMAPIContainer_GetHierarchyTable(obj, a1, a2);
		return 0;
	}
	case 16: {
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
		r->owner = "IMAPIContainer";
		r->method = "OpenEntry";
		r->kind = MISUSE_HRESULT;
		r->hr = IMAPIContainer_OpenEntry(obj, a1, a2, a3, a4, a5, a6);
		return 0;
	}
	case 17: {
		LPSRestriction a1;
		LPENTRYLIST a2;
		ULONG a3;

		memset(&a1, 0, sizeof(a1));
		memset(&a2, 0, sizeof(a2));
		memset(&a3, 0, sizeof(a3));
		r->owner = "IMAPIContainer";
		r->method = "SetSearchCriteria";
		r->kind = MISUSE_HRESULT;
		r->hr = IMAPIContainer_SetSearchCriteria(obj, a1, a2, a3);
		return 0;
	}
	case 18: {
		ULONG a1;
		LPSRestriction *a2;
		LPENTRYLIST *a3;
		ULONG *a4;

		memset(&a1, 0, sizeof(a1));
		memset(&a2, 0, sizeof(a2));
		memset(&a3, 0, sizeof(a3));
		memset(&a4, 0, sizeof(a4));
		r->owner = "IMAPIContainer";
		r->method = "GetSearchCriteria";
		r->kind = MISUSE_HRESULT;
		r->hr = IMAPIContainer_GetSearchCriteria(obj, a1, a2, a3, a4);
		return 0;
	}
	default:
		return -1;
	}
}

static inline void
misuse_each_IMAPIContainer(IMAPIContainer *obj, uint64_t skip,
		 misuse_report_fn *report, void *arg)
{
	struct misuse_result r;
	int slot;

	for (slot = 0; slot < MISUSE_SLOTS_IMAPIContainer; slot++) {
		if (skip & ((uint64_t)1 << slot))
			continue;
		misuse_call_IMAPIContainer(obj, slot, &r);
		report(arg, &r);
	}
}

/* IMAPIFolder */

#define MISUSE_SLOTS_IMAPIFolder 30

static inline int
misuse_call_IMAPIFolder(IMAPIFolder *obj, int slot,
		 struct misuse_result *r)
{
	memset(r, 0, sizeof(*r));
	r->iface = "IMAPIFolder";
	r->slot = slot;
	switch (slot) {
	case 0: {
		REFIID a1;
		LPVOID *a2;

		memset(&a1, 0, sizeof(a1));
		memset(&a2, 0, sizeof(a2));
		r->owner = "IUnknown";
		r->method = "QueryInterface";
		r->kind = MISUSE_HRESULT;
		r->hr = IMAPIFolder_QueryInterface(obj, a1, a2);
		return 0;
	}
	case 1: {
		r->owner = "IUnknown";
		r->method = "AddRef";
		r->kind = MISUSE_ULONG;
		r->ul = IMAPIFolder_AddRef(obj);
		return 0;
	}
	case 2: {
		r->owner = "IUnknown";
		r->method = "Release";
		r->kind = MISUSE_ULONG;
		r->ul = IMAPIFolder_Release(obj);
		return 0;
	}
	case 3: {
		HRESULT a1;
		ULONG a2;
		LPMAPIERROR *a3;

		memset(&a1, 0, sizeof(a1));
		memset(&a2, 0, sizeof(a2));
		memset(&a3, 0, sizeof(a3));
		r->owner = "IMAPIProp";
		r->method = "GetLastError";
		r->kind = MISUSE_HRESULT;
		r->hr = IMAPIFolder_GetLastError(obj, a1, a2, a3);
		return 0;
	}
	case 4: {
		ULONG a1;

		memset(&a1, 0, sizeof(a1));
		r->owner = "IMAPIProp";
		r->method = "SaveChanges";
		r->kind = MISUSE_HRESULT;
		r->hr = IMAPIFolder_SaveChanges(obj, a1);
		return 0;
	}
	case 5: {
		LPSPropTagArray a1;
		ULONG a2;
		ULONG *a3;
		LPSPropValue *a4;

		memset(&a1, 0, sizeof(a1));
		memset(&a2, 0, sizeof(a2));
		memset(&a3, 0, sizeof(a3));
		memset(&a4, 0, sizeof(a4));
		r->owner = "IMAPIProp";
		r->method = "GetProps";
		r->kind = MISUSE_HRESULT;
		r->hr = IMAPIFolder_GetProps(obj, a1, a2, a3, a4);
		return 0;
	}
	case 6: {
		ULONG a1;
		LPSPropTagArray *a2;

		memset(&a1, 0, sizeof(a1));
		memset(&a2, 0, sizeof(a2));
		r->owner = "IMAPIProp";
		r->method = "GetPropList";
		r->kind = MISUSE_HRESULT;
		r->hr = IMAPIFolder_GetPropList(obj, a1, a2);
		return 0;
	}
	case 7: {
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
		r->owner = "IMAPIProp";
		r->method = "OpenProperty";
		r->kind = MISUSE_HRESULT;
		r->hr = IMAPIFolder_OpenProperty(obj, a1, a2, a3, a4, a5);
		return 0;
	}
	case 8: {
		ULONG a1;
		LPSPropValue a2;
		LPSPropProblemArray *a3;

		memset(&a1, 0, sizeof(a1));
		memset(&a2, 0, sizeof(a2));
		memset(&a3, 0, sizeof(a3));
		r->owner = "IMAPIProp";
		r->method = "SetProps";
		r->kind = MISUSE_HRESULT;
		r->hr = IMAPIFolder_SetProps(obj, a1, a2, a3);
		return 0;
	}
	case 9: {
		LPSPropTagArray a1;
		LPSPropProblemArray *a2;

		memset(&a1, 0, sizeof(a1));
		memset(&a2, 0, sizeof(a2));
		r->owner = "IMAPIProp";
		r->method = "DeleteProps";
		r->kind = MISUSE_HRESULT;
		r->hr = IMAPIFolder_DeleteProps(obj, a1, a2);
		return 0;
	}
	case 10: {
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
		r->owner = "IMAPIProp";
		r->method = "CopyTo";
		r->kind = MISUSE_HRESULT;
		r->hr = IMAPIFolder_CopyTo(obj, a1, a2, a3, a4, a5, a6, a7, a8, a9);
		return 0;
	}
	case 11: {
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
		r->owner = "IMAPIProp";
		r->method = "CopyProps";
		r->kind = MISUSE_HRESULT;
		r->hr = IMAPIFolder_CopyProps(obj, a1, a2, a3, a4, a5, a6, a7);
		return 0;
	}
	case 12: {
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
		r->owner = "IMAPIProp";
		r->method = "GetNamesFromIDs";
		r->kind = MISUSE_HRESULT;
		r->hr = IMAPIFolder_GetNamesFromIDs(obj, a1, a2, a3, a4, a5);
		return 0;
	}
	case 13: {
		ULONG a1;
		LPMAPINAMEID *a2;
		ULONG a3;
		LPSPropTagArray *a4;

		memset(&a1, 0, sizeof(a1));
		memset(&a2, 0, sizeof(a2));
		memset(&a3, 0, sizeof(a3));
		memset(&a4, 0, sizeof(a4));
		r->owner = "IMAPIProp";
		r->method = "GetIDsFromNames";
		r->kind = MISUSE_HRESULT;
		r->hr = IMAPIFolder_GetIDsFromNames(obj, a1, a2, a3, a4);
		return 0;
	}
	case 14: {
		ULONG a1;
		LPMAPITABLE *a2;

		memset(&a1, 0, sizeof(a1));
		memset(&a2, 0, sizeof(a2));
		r->owner = "IMAPIContainer";
		r->method = "GetContentsTable";
		r->kind = MISUSE_HRESULT;
		r->hr = IMAPIFolder_GetContentsTable(obj, a1, a2);
		return 0;
	}
	case 15: {
		ULONG a1;
		LPMAPITABLE *a2;

		memset(&a1, 0, sizeof(a1));
		memset(&a2, 0, sizeof(a2));
		r->owner = "IMAPIContainer";
		r->method = "GetHierarchyTable";
		r->kind = MISUSE_HRESULT;
		r->hr = IMAPIFolder_GetHierarchyTable(obj, a1, a2);
		return 0;
	}
	case 16: {
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
		r->owner = "IMAPIContainer";
		r->method = "OpenEntry";
		r->kind = MISUSE_HRESULT;
		r->hr = IMAPIFolder_OpenEntry(obj, a1, a2, a3, a4, a5, a6);
		return 0;
	}
	case 17: {
		LPSRestriction a1;
		LPENTRYLIST a2;
		ULONG a3;

		memset(&a1, 0, sizeof(a1));
		memset(&a2, 0, sizeof(a2));
		memset(&a3, 0, sizeof(a3));
		r->owner = "IMAPIContainer";
		r->method = "SetSearchCriteria";
		r->kind = MISUSE_HRESULT;
		r->hr = IMAPIFolder_SetSearchCriteria(obj, a1, a2, a3);
		return 0;
	}
	case 18: {
		ULONG a1;
		LPSRestriction *a2;
		LPENTRYLIST *a3;
		ULONG *a4;

		memset(&a1, 0, sizeof(a1));
		memset(&a2, 0, sizeof(a2));
		memset(&a3, 0, sizeof(a3));
		memset(&a4, 0, sizeof(a4));
		r->owner = "IMAPIContainer";
		r->method = "GetSearchCriteria";
		r->kind = MISUSE_HRESULT;
		r->hr = IMAPIFolder_GetSearchCriteria(obj, a1, a2, a3, a4);
		return 0;
	}
	case 19: {
		LPCIID a1;
		ULONG a2;
		LPMESSAGE *a3;

		memset(&a1, 0, sizeof(a1));
		memset(&a2, 0, sizeof(a2));
		memset(&a3, 0, sizeof(a3));
		r->owner = "IMAPIFolder";
		r->method = "CreateMessage";
		r->kind = MISUSE_HRESULT;
		r->hr = IMAPIFolder_CreateMessage(obj, a1, a2, a3);
		return 0;
	}
	case 20: {
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
		r->owner = "IMAPIFolder";
		r->method = "CopyMessages";
		r->kind = MISUSE_HRESULT;
		r->hr = IMAPIFolder_CopyMessages(obj, a1, a2, a3, a4, a5, a6);
		return 0;
	}
	case 21: {
		LPENTRYLIST a1;
		ULONG_PTR a2;
		LPMAPIPROGRESS a3;
		ULONG a4;

		memset(&a1, 0, sizeof(a1));
		memset(&a2, 0, sizeof(a2));
		memset(&a3, 0, sizeof(a3));
		memset(&a4, 0, sizeof(a4));
		r->owner = "IMAPIFolder";
		r->method = "DeleteMessages";
		r->kind = MISUSE_HRESULT;
		r->hr = IMAPIFolder_DeleteMessages(obj, a1, a2, a3, a4);
		return 0;
	}
	case 22: {
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
		r->owner = "IMAPIFolder";
		r->method = "CreateFolder";
		r->kind = MISUSE_HRESULT;
		r->hr = IMAPIFolder_CreateFolder(obj, a1, a2, a3, a4, a5, a6);
		return 0;
	}
	case 23: {
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
		r->owner = "IMAPIFolder";
		r->method = "CopyFolder";
		r->kind = MISUSE_HRESULT;
		r->hr = IMAPIFolder_CopyFolder(obj, a1, a2, a3, a4, a5, a6, a7, a8);
		return 0;
	}
	case 24: {
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
		r->owner = "IMAPIFolder";
		r->method = "DeleteFolder";
		r->kind = MISUSE_HRESULT;
		r->hr = IMAPIFolder_DeleteFolder(obj, a1, a2, a3, a4, a5);
		return 0;
	}
	case 25: {
		LPENTRYLIST a1;
		ULONG_PTR a2;
		LPMAPIPROGRESS a3;
		ULONG a4;

		memset(&a1, 0, sizeof(a1));
		memset(&a2, 0, sizeof(a2));
		memset(&a3, 0, sizeof(a3));
		memset(&a4, 0, sizeof(a4));
		r->owner = "IMAPIFolder";
		r->method = "SetReadFlags";
		r->kind = MISUSE_HRESULT;
		r->hr = IMAPIFolder_SetReadFlags(obj, a1, a2, a3, a4);
		return 0;
	}
	case 26: {
		ULONG a1;
		LPENTRYID a2;
		ULONG a3;
		ULONG *a4;

		memset(&a1, 0, sizeof(a1));
		memset(&a2, 0, sizeof(a2));
		memset(&a3, 0, sizeof(a3));
		memset(&a4, 0, sizeof(a4));
		r->owner = "IMAPIFolder";
		r->method = "GetMessageStatus";
		r->kind = MISUSE_HRESULT;
		r->hr = IMAPIFolder_GetMessageStatus(obj, a1, a2, a3, a4);
		return 0;
	}
	case 27: {
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
		r->owner = "IMAPIFolder";
		r->method = "SetMessageStatus";
		r->kind = MISUSE_HRESULT;
		r->hr = IMAPIFolder_SetMessageStatus(obj, a1, a2, a3, a4, a5);
		return 0;
	}
	case 28: {
		LPSSortOrderSet a1;
		ULONG a2;

		memset(&a1, 0, sizeof(a1));
		memset(&a2, 0, sizeof(a2));
		r->owner = "IMAPIFolder";
		r->method = "SaveContentsSort";
		r->kind = MISUSE_HRESULT;
		r->hr = IMAPIFolder_SaveContentsSort(obj, a1, a2);
		return 0;
	}
	case 29: {
		ULONG_PTR a1;
		LPMAPIPROGRESS a2;
		ULONG a3;

		memset(&a1, 0, sizeof(a1));
		memset(&a2, 0, sizeof(a2));
		memset(&a3, 0, sizeof(a3));
		r->owner = "IMAPIFolder";
		r->method = "EmptyFolder";
		r->kind = MISUSE_HRESULT;
		r->hr = IMAPIFolder_EmptyFolder(obj, a1, a2, a3);
		return 0;
	}
	default:
		return -1;
	}
}

static inline void
misuse_each_IMAPIFolder(IMAPIFolder *obj, uint64_t skip,
		 misuse_report_fn *report, void *arg)
{
	struct misuse_result r;
	int slot;

	for (slot = 0; slot < MISUSE_SLOTS_IMAPIFolder; slot++) {
		if (skip & ((uint64_t)1 << slot))
			continue;
		misuse_call_IMAPIFolder(obj, slot, &r);
		report(arg, &r);
	}
}

/* IMsgStore */

#define MISUSE_SLOTS_IMsgStore 27

static inline int
misuse_call_IMsgStore(IMsgStore *obj, int slot,
		 struct misuse_result *r)
{
	memset(r, 0, sizeof(*r));
	r->iface = "IMsgStore";
	r->slot = slot;
	switch (slot) {
	case 0: {
		REFIID a1;
		LPVOID *a2;

		memset(&a1, 0, sizeof(a1));
		memset(&a2, 0, sizeof(a2));
		r->owner = "IUnknown";
		r->method = "QueryInterface";
		r->kind = MISUSE_HRESULT;
		r->hr = IMsgStore_QueryInterface(obj, a1, a2);
		return 0;
	}
	case 1: {
		r->owner = "IUnknown";
		r->method = "AddRef";
		r->kind = MISUSE_ULONG;
		r->ul = IMsgStore_AddRef(obj);
		return 0;
	}
	case 2: {
		r->owner = "IUnknown";
		r->method = "Release";
		r->kind = MISUSE_ULONG;
		r->ul = IMsgStore_Release(obj);
		return 0;
	}
	case 3: {
		HRESULT a1;
		ULONG a2;
		LPMAPIERROR *a3;

		memset(&a1, 0, sizeof(a1));
		memset(&a2, 0, sizeof(a2));
		memset(&a3, 0, sizeof(a3));
		r->owner = "IMAPIProp";
		r->method = "GetLastError";
		r->kind = MISUSE_HRESULT;
		r->hr = IMsgStore_GetLastError(obj, a1, a2, a3);
		return 0;
	}
	case 4: {
		ULONG a1;

		memset(&a1, 0, sizeof(a1));
		r->owner = "IMAPIProp";
		r->method = "SaveChanges";
		r->kind = MISUSE_HRESULT;
		r->hr = IMsgStore_SaveChanges(obj, a1);
		return 0;
	}
	case 5: {
		LPSPropTagArray a1;
		ULONG a2;
		ULONG *a3;
		LPSPropValue *a4;

		memset(&a1, 0, sizeof(a1));
		memset(&a2, 0, sizeof(a2));
		memset(&a3, 0, sizeof(a3));
		memset(&a4, 0, sizeof(a4));
		r->owner = "IMAPIProp";
		r->method = "GetProps";
		r->kind = MISUSE_HRESULT;
		r->hr = IMsgStore_GetProps(obj, a1, a2, a3, a4);
		return 0;
	}
	case 6: {
		ULONG a1;
		LPSPropTagArray *a2;

		memset(&a1, 0, sizeof(a1));
		memset(&a2, 0, sizeof(a2));
		r->owner = "IMAPIProp";
		r->method = "GetPropList";
		r->kind = MISUSE_HRESULT;
		r->hr = IMsgStore_GetPropList(obj, a1, a2);
		return 0;
	}
	case 7: {
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
		r->owner = "IMAPIProp";
		r->method = "OpenProperty";
		r->kind = MISUSE_HRESULT;
		r->hr = IMsgStore_OpenProperty(obj, a1, a2, a3, a4, a5);
		return 0;
	}
	case 8: {
		ULONG a1;
		LPSPropValue a2;
		LPSPropProblemArray *a3;

		memset(&a1, 0, sizeof(a1));
		memset(&a2, 0, sizeof(a2));
		memset(&a3, 0, sizeof(a3));
		r->owner = "IMAPIProp";
		r->method = "SetProps";
		r->kind = MISUSE_HRESULT;
		r->hr = IMsgStore_SetProps(obj, a1, a2, a3);
		return 0;
	}
	case 9: {
		LPSPropTagArray a1;
		LPSPropProblemArray *a2;

		memset(&a1, 0, sizeof(a1));
		memset(&a2, 0, sizeof(a2));
		r->owner = "IMAPIProp";
		r->method = "DeleteProps";
		r->kind = MISUSE_HRESULT;
		r->hr = IMsgStore_DeleteProps(obj, a1, a2);
		return 0;
	}
	case 10: {
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
		r->owner = "IMAPIProp";
		r->method = "CopyTo";
		r->kind = MISUSE_HRESULT;
		r->hr = IMsgStore_CopyTo(obj, a1, a2, a3, a4, a5, a6, a7, a8, a9);
		return 0;
	}
	case 11: {
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
		r->owner = "IMAPIProp";
		r->method = "CopyProps";
		r->kind = MISUSE_HRESULT;
		r->hr = IMsgStore_CopyProps(obj, a1, a2, a3, a4, a5, a6, a7);
		return 0;
	}
	case 12: {
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
		r->owner = "IMAPIProp";
		r->method = "GetNamesFromIDs";
		r->kind = MISUSE_HRESULT;
		r->hr = IMsgStore_GetNamesFromIDs(obj, a1, a2, a3, a4, a5);
		return 0;
	}
	case 13: {
		ULONG a1;
		LPMAPINAMEID *a2;
		ULONG a3;
		LPSPropTagArray *a4;

		memset(&a1, 0, sizeof(a1));
		memset(&a2, 0, sizeof(a2));
		memset(&a3, 0, sizeof(a3));
		memset(&a4, 0, sizeof(a4));
		r->owner = "IMAPIProp";
		r->method = "GetIDsFromNames";
		r->kind = MISUSE_HRESULT;
		r->hr = IMsgStore_GetIDsFromNames(obj, a1, a2, a3, a4);
		return 0;
	}
	case 14: {
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
		r->owner = "IMsgStore";
		r->method = "Advise";
		r->kind = MISUSE_HRESULT;
		r->hr = IMsgStore_Advise(obj, a1, a2, a3, a4, a5);
		return 0;
	}
	case 15: {
		ULONG_PTR a1;

		memset(&a1, 0, sizeof(a1));
		r->owner = "IMsgStore";
		r->method = "Unadvise";
		r->kind = MISUSE_HRESULT;
		r->hr = IMsgStore_Unadvise(obj, a1);
		return 0;
	}
	case 16: {
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
		r->owner = "IMsgStore";
		r->method = "CompareEntryIDs";
		r->kind = MISUSE_HRESULT;
		r->hr = IMsgStore_CompareEntryIDs(obj, a1, a2, a3, a4, a5, a6);
		return 0;
	}
	case 17: {
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
		r->owner = "IMsgStore";
		r->method = "OpenEntry";
		r->kind = MISUSE_HRESULT;
		r->hr = IMsgStore_OpenEntry(obj, a1, a2, a3, a4, a5, a6);
		return 0;
	}
	case 18: {
		LPTSTR a1;
		ULONG a2;
		ULONG a3;
		LPENTRYID a4;

		memset(&a1, 0, sizeof(a1));
		memset(&a2, 0, sizeof(a2));
		memset(&a3, 0, sizeof(a3));
		memset(&a4, 0, sizeof(a4));
		r->owner = "IMsgStore";
		r->method = "SetReceiveFolder";
		r->kind = MISUSE_HRESULT;
		r->hr = IMsgStore_SetReceiveFolder(obj, a1, a2, a3, a4);
		return 0;
	}
	case 19: {
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
		r->owner = "IMsgStore";
		r->method = "GetReceiveFolder";
		r->kind = MISUSE_HRESULT;
		r->hr = IMsgStore_GetReceiveFolder(obj, a1, a2, a3, a4, a5);
		return 0;
	}
	case 20: {
		ULONG a1;
		LPMAPITABLE *a2;

		memset(&a1, 0, sizeof(a1));
		memset(&a2, 0, sizeof(a2));
		r->owner = "IMsgStore";
		r->method = "GetReceiveFolderTable";
		r->kind = MISUSE_HRESULT;
		r->hr = IMsgStore_GetReceiveFolderTable(obj, a1, a2);
		return 0;
	}
	case 21: {
		ULONG *a1;

		memset(&a1, 0, sizeof(a1));
		r->owner = "IMsgStore";
		r->method = "StoreLogoff";
		r->kind = MISUSE_HRESULT;
		r->hr = IMsgStore_StoreLogoff(obj, a1);
		return 0;
	}
	case 22: {
		ULONG a1;
		LPENTRYID a2;
		ULONG a3;

		memset(&a1, 0, sizeof(a1));
		memset(&a2, 0, sizeof(a2));
		memset(&a3, 0, sizeof(a3));
		r->owner = "IMsgStore";
		r->method = "AbortSubmit";
		r->kind = MISUSE_HRESULT;
		r->hr = IMsgStore_AbortSubmit(obj, a1, a2, a3);
		return 0;
	}
	case 23: {
		ULONG a1;
		LPMAPITABLE *a2;

		memset(&a1, 0, sizeof(a1));
		memset(&a2, 0, sizeof(a2));
		r->owner = "IMsgStore";
		r->method = "GetOutgoingQueue";
		r->kind = MISUSE_HRESULT;
		r->hr = IMsgStore_GetOutgoingQueue(obj, a1, a2);
		return 0;
	}
	case 24: {
		LPMESSAGE a1;
		ULONG a2;

		memset(&a1, 0, sizeof(a1));
		memset(&a2, 0, sizeof(a2));
		r->owner = "IMsgStore";
		r->method = "SetLockState";
		r->kind = MISUSE_HRESULT;
		r->hr = IMsgStore_SetLockState(obj, a1, a2);
		return 0;
	}
	case 25: {
		ULONG a1;
		ULONG a2;
		LPENTRYID a3;

		memset(&a1, 0, sizeof(a1));
		memset(&a2, 0, sizeof(a2));
		memset(&a3, 0, sizeof(a3));
		r->owner = "IMsgStore";
		r->method = "FinishedMsg";
		r->kind = MISUSE_HRESULT;
		r->hr = IMsgStore_FinishedMsg(obj, a1, a2, a3);
		return 0;
	}
	case 26: {
		LPNOTIFICATION a1;

		memset(&a1, 0, sizeof(a1));
		r->owner = "IMsgStore";
		r->method = "NotifyNewMail";
		r->kind = MISUSE_HRESULT;
		r->hr = IMsgStore_NotifyNewMail(obj, a1);
		return 0;
	}
	default:
		return -1;
	}
}

static inline void
misuse_each_IMsgStore(IMsgStore *obj, uint64_t skip,
		 misuse_report_fn *report, void *arg)
{
	struct misuse_result r;
	int slot;

	for (slot = 0; slot < MISUSE_SLOTS_IMsgStore; slot++) {
		if (skip & ((uint64_t)1 << slot))
			continue;
		misuse_call_IMsgStore(obj, slot, &r);
		report(arg, &r);
	}
}

/* IMessage */

#define MISUSE_SLOTS_IMessage 22

static inline int
misuse_call_IMessage(IMessage *obj, int slot,
		 struct misuse_result *r)
{
	memset(r, 0, sizeof(*r));
	r->iface = "IMessage";
	r->slot = slot;
	switch (slot) {
	case 0: {
		REFIID a1;
		LPVOID *a2;

		memset(&a1, 0, sizeof(a1));
		memset(&a2, 0, sizeof(a2));
		r->owner = "IUnknown";
		r->method = "QueryInterface";
		r->kind = MISUSE_HRESULT;
		r->hr = IMessage_QueryInterface(obj, a1, a2);
		return 0;
	}
	case 1: {
		r->owner = "IUnknown";
		r->method = "AddRef";
		r->kind = MISUSE_ULONG;
		r->ul = IMessage_AddRef(obj);
		return 0;
	}
	case 2: {
		r->owner = "IUnknown";
		r->method = "Release";
		r->kind = MISUSE_ULONG;
		r->ul = IMessage_Release(obj);
		return 0;
	}
	case 3: {
		HRESULT a1;
		ULONG a2;
		LPMAPIERROR *a3;

		memset(&a1, 0, sizeof(a1));
		memset(&a2, 0, sizeof(a2));
		memset(&a3, 0, sizeof(a3));
		r->owner = "IMAPIProp";
		r->method = "GetLastError";
		r->kind = MISUSE_HRESULT;
		r->hr = IMessage_GetLastError(obj, a1, a2, a3);
		return 0;
	}
	case 4: {
		ULONG a1;

		memset(&a1, 0, sizeof(a1));
		r->owner = "IMAPIProp";
		r->method = "SaveChanges";
		r->kind = MISUSE_HRESULT;
		r->hr = IMessage_SaveChanges(obj, a1);
		return 0;
	}
	case 5: {
		LPSPropTagArray a1;
		ULONG a2;
		ULONG *a3;
		LPSPropValue *a4;

		memset(&a1, 0, sizeof(a1));
		memset(&a2, 0, sizeof(a2));
		memset(&a3, 0, sizeof(a3));
		memset(&a4, 0, sizeof(a4));
		r->owner = "IMAPIProp";
		r->method = "GetProps";
		r->kind = MISUSE_HRESULT;
		r->hr = IMessage_GetProps(obj, a1, a2, a3, a4);
		return 0;
	}
	case 6: {
		ULONG a1;
		LPSPropTagArray *a2;

		memset(&a1, 0, sizeof(a1));
		memset(&a2, 0, sizeof(a2));
		r->owner = "IMAPIProp";
		r->method = "GetPropList";
		r->kind = MISUSE_HRESULT;
		r->hr = IMessage_GetPropList(obj, a1, a2);
		return 0;
	}
	case 7: {
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
		r->owner = "IMAPIProp";
		r->method = "OpenProperty";
		r->kind = MISUSE_HRESULT;
		r->hr = IMessage_OpenProperty(obj, a1, a2, a3, a4, a5);
		return 0;
	}
	case 8: {
		ULONG a1;
		LPSPropValue a2;
		LPSPropProblemArray *a3;

		memset(&a1, 0, sizeof(a1));
		memset(&a2, 0, sizeof(a2));
		memset(&a3, 0, sizeof(a3));
		r->owner = "IMAPIProp";
		r->method = "SetProps";
		r->kind = MISUSE_HRESULT;
		r->hr = IMessage_SetProps(obj, a1, a2, a3);
		return 0;
	}
	case 9: {
		LPSPropTagArray a1;
		LPSPropProblemArray *a2;

		memset(&a1, 0, sizeof(a1));
		memset(&a2, 0, sizeof(a2));
		r->owner = "IMAPIProp";
		r->method = "DeleteProps";
		r->kind = MISUSE_HRESULT;
		r->hr = IMessage_DeleteProps(obj, a1, a2);
		return 0;
	}
	case 10: {
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
		r->owner = "IMAPIProp";
		r->method = "CopyTo";
		r->kind = MISUSE_HRESULT;
		r->hr = IMessage_CopyTo(obj, a1, a2, a3, a4, a5, a6, a7, a8, a9);
		return 0;
	}
	case 11: {
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
		r->owner = "IMAPIProp";
		r->method = "CopyProps";
		r->kind = MISUSE_HRESULT;
		r->hr = IMessage_CopyProps(obj, a1, a2, a3, a4, a5, a6, a7);
		return 0;
	}
	case 12: {
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
		r->owner = "IMAPIProp";
		r->method = "GetNamesFromIDs";
		r->kind = MISUSE_HRESULT;
		r->hr = IMessage_GetNamesFromIDs(obj, a1, a2, a3, a4, a5);
		return 0;
	}
	case 13: {
		ULONG a1;
		LPMAPINAMEID *a2;
		ULONG a3;
		LPSPropTagArray *a4;

		memset(&a1, 0, sizeof(a1));
		memset(&a2, 0, sizeof(a2));
		memset(&a3, 0, sizeof(a3));
		memset(&a4, 0, sizeof(a4));
		r->owner = "IMAPIProp";
		r->method = "GetIDsFromNames";
		r->kind = MISUSE_HRESULT;
		r->hr = IMessage_GetIDsFromNames(obj, a1, a2, a3, a4);
		return 0;
	}
	case 14: {
		ULONG a1;
		LPMAPITABLE *a2;

		memset(&a1, 0, sizeof(a1));
		memset(&a2, 0, sizeof(a2));
		r->owner = "IMessage";
		r->method = "GetAttachmentTable";
		r->kind = MISUSE_HRESULT;
		r->hr = IMessage_GetAttachmentTable(obj, a1, a2);
		return 0;
	}
	case 15: {
		ULONG a1;
		LPCIID a2;
		ULONG a3;
		LPATTACH *a4;

		memset(&a1, 0, sizeof(a1));
		memset(&a2, 0, sizeof(a2));
		memset(&a3, 0, sizeof(a3));
		memset(&a4, 0, sizeof(a4));
		r->owner = "IMessage";
		r->method = "OpenAttach";
		r->kind = MISUSE_HRESULT;
		r->hr = IMessage_OpenAttach(obj, a1, a2, a3, a4);
		return 0;
	}
	case 16: {
		LPCIID a1;
		ULONG a2;
		ULONG *a3;
		LPATTACH *a4;

		memset(&a1, 0, sizeof(a1));
		memset(&a2, 0, sizeof(a2));
		memset(&a3, 0, sizeof(a3));
		memset(&a4, 0, sizeof(a4));
		r->owner = "IMessage";
		r->method = "CreateAttach";
		r->kind = MISUSE_HRESULT;
		r->hr = IMessage_CreateAttach(obj, a1, a2, a3, a4);
		return 0;
	}
	case 17: {
		ULONG a1;
		ULONG_PTR a2;
		LPMAPIPROGRESS a3;
		ULONG a4;

		memset(&a1, 0, sizeof(a1));
		memset(&a2, 0, sizeof(a2));
		memset(&a3, 0, sizeof(a3));
		memset(&a4, 0, sizeof(a4));
		r->owner = "IMessage";
		r->method = "DeleteAttach";
		r->kind = MISUSE_HRESULT;
		r->hr = IMessage_DeleteAttach(obj, a1, a2, a3, a4);
		return 0;
	}
	case 18: {
		ULONG a1;
		LPMAPITABLE *a2;

		memset(&a1, 0, sizeof(a1));
		memset(&a2, 0, sizeof(a2));
		r->owner = "IMessage";
		r->method = "GetRecipientTable";
		r->kind = MISUSE_HRESULT;
		r->hr = IMessage_GetRecipientTable(obj, a1, a2);
		return 0;
	}
	case 19: {
		ULONG a1;
		LPADRLIST a2;

		memset(&a1, 0, sizeof(a1));
		memset(&a2, 0, sizeof(a2));
		r->owner = "IMessage";
		r->method = "ModifyRecipients";
		r->kind = MISUSE_HRESULT;
		r->hr = IMessage_ModifyRecipients(obj, a1, a2);
		return 0;
	}
	case 20: {
		ULONG a1;

		memset(&a1, 0, sizeof(a1));
		r->owner = "IMessage";
		r->method = "SubmitMessage";
		r->kind = MISUSE_HRESULT;
		r->hr = IMessage_SubmitMessage(obj, a1);
		return 0;
	}
	case 21: {
		ULONG a1;

		memset(&a1, 0, sizeof(a1));
		r->owner = "IMessage";
		r->method = "SetReadFlag";
		r->kind = MISUSE_HRESULT;
		r->hr = IMessage_SetReadFlag(obj, a1);
		return 0;
	}
	default:
		return -1;
	}
}

static inline void
misuse_each_IMessage(IMessage *obj, uint64_t skip,
		 misuse_report_fn *report, void *arg)
{
	struct misuse_result r;
	int slot;

	for (slot = 0; slot < MISUSE_SLOTS_IMessage; slot++) {
		if (skip & ((uint64_t)1 << slot))
			continue;
		misuse_call_IMessage(obj, slot, &r);
		report(arg, &r);
	}
}

/* IAttach */

#define MISUSE_SLOTS_IAttach 14

static inline int
misuse_call_IAttach(IAttach *obj, int slot,
		 struct misuse_result *r)
{
	memset(r, 0, sizeof(*r));
	r->iface = "IAttach";
	r->slot = slot;
	switch (slot) {
	case 0: {
		REFIID a1;
		LPVOID *a2;

		memset(&a1, 0, sizeof(a1));
		memset(&a2, 0, sizeof(a2));
		r->owner = "IUnknown";
		r->method = "QueryInterface";
		r->kind = MISUSE_HRESULT;
		r->hr = IAttach_QueryInterface(obj, a1, a2);
		return 0;
	}
	case 1: {
		r->owner = "IUnknown";
		r->method = "AddRef";
		r->kind = MISUSE_ULONG;
		r->ul = IAttach_AddRef(obj);
		return 0;
	}
	case 2: {
		r->owner = "IUnknown";
		r->method = "Release";
		r->kind = MISUSE_ULONG;
		r->ul = IAttach_Release(obj);
		return 0;
	}
	case 3: {
		HRESULT a1;
		ULONG a2;
		LPMAPIERROR *a3;

		memset(&a1, 0, sizeof(a1));
		memset(&a2, 0, sizeof(a2));
		memset(&a3, 0, sizeof(a3));
		r->owner = "IMAPIProp";
		r->method = "GetLastError";
		r->kind = MISUSE_HRESULT;
		r->hr = IAttach_GetLastError(obj, a1, a2, a3);
		return 0;
	}
	case 4: {
		ULONG a1;

		memset(&a1, 0, sizeof(a1));
		r->owner = "IMAPIProp";
		r->method = "SaveChanges";
		r->kind = MISUSE_HRESULT;
		r->hr = IAttach_SaveChanges(obj, a1);
		return 0;
	}
	case 5: {
		LPSPropTagArray a1;
		ULONG a2;
		ULONG *a3;
		LPSPropValue *a4;

		memset(&a1, 0, sizeof(a1));
		memset(&a2, 0, sizeof(a2));
		memset(&a3, 0, sizeof(a3));
		memset(&a4, 0, sizeof(a4));
		r->owner = "IMAPIProp";
		r->method = "GetProps";
		r->kind = MISUSE_HRESULT;
		r->hr = IAttach_GetProps(obj, a1, a2, a3, a4);
		return 0;
	}
	case 6: {
		ULONG a1;
		LPSPropTagArray *a2;

		memset(&a1, 0, sizeof(a1));
		memset(&a2, 0, sizeof(a2));
		r->owner = "IMAPIProp";
		r->method = "GetPropList";
		r->kind = MISUSE_HRESULT;
		r->hr = IAttach_GetPropList(obj, a1, a2);
		return 0;
	}
	case 7: {
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
		r->owner = "IMAPIProp";
		r->method = "OpenProperty";
		r->kind = MISUSE_HRESULT;
		r->hr = IAttach_OpenProperty(obj, a1, a2, a3, a4, a5);
		return 0;
	}
	case 8: {
		ULONG a1;
		LPSPropValue a2;
		LPSPropProblemArray *a3;

		memset(&a1, 0, sizeof(a1));
		memset(&a2, 0, sizeof(a2));
		memset(&a3, 0, sizeof(a3));
		r->owner = "IMAPIProp";
		r->method = "SetProps";
		r->kind = MISUSE_HRESULT;
		r->hr = IAttach_SetProps(obj, a1, a2, a3);
		return 0;
	}
	case 9: {
		LPSPropTagArray a1;
		LPSPropProblemArray *a2;

		memset(&a1, 0, sizeof(a1));
		memset(&a2, 0, sizeof(a2));
		r->owner = "IMAPIProp";
		r->method = "DeleteProps";
		r->kind = MISUSE_HRESULT;
		r->hr = IAttach_DeleteProps(obj, a1, a2);
		return 0;
	}
	case 10: {
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
		r->owner = "IMAPIProp";
		r->method = "CopyTo";
		r->kind = MISUSE_HRESULT;
		r->hr = IAttach_CopyTo(obj, a1, a2, a3, a4, a5, a6, a7, a8, a9);
		return 0;
	}
	case 11: {
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
		r->owner = "IMAPIProp";
		r->method = "CopyProps";
		r->kind = MISUSE_HRESULT;
		r->hr = IAttach_CopyProps(obj, a1, a2, a3, a4, a5, a6, a7);
		return 0;
	}
	case 12: {
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
		r->owner = "IMAPIProp";
		r->method = "GetNamesFromIDs";
		r->kind = MISUSE_HRESULT;
		r->hr = IAttach_GetNamesFromIDs(obj, a1, a2, a3, a4, a5);
		return 0;
	}
	case 13: {
		ULONG a1;
		LPMAPINAMEID *a2;
		ULONG a3;
		LPSPropTagArray *a4;

		memset(&a1, 0, sizeof(a1));
		memset(&a2, 0, sizeof(a2));
		memset(&a3, 0, sizeof(a3));
		memset(&a4, 0, sizeof(a4));
		r->owner = "IMAPIProp";
		r->method = "GetIDsFromNames";
		r->kind = MISUSE_HRESULT;
		r->hr = IAttach_GetIDsFromNames(obj, a1, a2, a3, a4);
		return 0;
	}
	default:
		return -1;
	}
}

static inline void
misuse_each_IAttach(IAttach *obj, uint64_t skip,
		 misuse_report_fn *report, void *arg)
{
	struct misuse_result r;
	int slot;

	for (slot = 0; slot < MISUSE_SLOTS_IAttach; slot++) {
		if (skip & ((uint64_t)1 << slot))
			continue;
		misuse_call_IAttach(obj, slot, &r);
		report(arg, &r);
	}
}

/* IMAPITable */

#define MISUSE_SLOTS_IMAPITable 26

static inline int
misuse_call_IMAPITable(IMAPITable *obj, int slot,
		 struct misuse_result *r)
{
	memset(r, 0, sizeof(*r));
	r->iface = "IMAPITable";
	r->slot = slot;
	switch (slot) {
	case 0: {
		REFIID a1;
		LPVOID *a2;

		memset(&a1, 0, sizeof(a1));
		memset(&a2, 0, sizeof(a2));
		r->owner = "IUnknown";
		r->method = "QueryInterface";
		r->kind = MISUSE_HRESULT;
		r->hr = IMAPITable_QueryInterface(obj, a1, a2);
		return 0;
	}
	case 1: {
		r->owner = "IUnknown";
		r->method = "AddRef";
		r->kind = MISUSE_ULONG;
		r->ul = IMAPITable_AddRef(obj);
		return 0;
	}
	case 2: {
		r->owner = "IUnknown";
		r->method = "Release";
		r->kind = MISUSE_ULONG;
		r->ul = IMAPITable_Release(obj);
		return 0;
	}
	case 3: {
		HRESULT a1;
		ULONG a2;
		LPMAPIERROR *a3;

		memset(&a1, 0, sizeof(a1));
		memset(&a2, 0, sizeof(a2));
		memset(&a3, 0, sizeof(a3));
		r->owner = "IMAPITable";
		r->method = "GetLastError";
		r->kind = MISUSE_HRESULT;
		r->hr = IMAPITable_GetLastError(obj, a1, a2, a3);
		return 0;
	}
	case 4: {
		ULONG a1;
		LPMAPIADVISESINK a2;
		ULONG_PTR *a3;

		memset(&a1, 0, sizeof(a1));
		memset(&a2, 0, sizeof(a2));
		memset(&a3, 0, sizeof(a3));
		r->owner = "IMAPITable";
		r->method = "Advise";
		r->kind = MISUSE_HRESULT;
		r->hr = IMAPITable_Advise(obj, a1, a2, a3);
		return 0;
	}
	case 5: {
		ULONG_PTR a1;

		memset(&a1, 0, sizeof(a1));
		r->owner = "IMAPITable";
		r->method = "Unadvise";
		r->kind = MISUSE_HRESULT;
		r->hr = IMAPITable_Unadvise(obj, a1);
		return 0;
	}
	case 6: {
		ULONG *a1;
		ULONG *a2;

		memset(&a1, 0, sizeof(a1));
		memset(&a2, 0, sizeof(a2));
		r->owner = "IMAPITable";
		r->method = "GetStatus";
		r->kind = MISUSE_HRESULT;
		r->hr = IMAPITable_GetStatus(obj, a1, a2);
		return 0;
	}
	case 7: {
		LPSPropTagArray a1;
		ULONG a2;

		memset(&a1, 0, sizeof(a1));
		memset(&a2, 0, sizeof(a2));
		r->owner = "IMAPITable";
		r->method = "SetColumns";
		r->kind = MISUSE_HRESULT;
		r->hr = IMAPITable_SetColumns(obj, a1, a2);
		return 0;
	}
	case 8: {
		ULONG a1;
		LPSPropTagArray *a2;

		memset(&a1, 0, sizeof(a1));
		memset(&a2, 0, sizeof(a2));
		r->owner = "IMAPITable";
		r->method = "QueryColumns";
		r->kind = MISUSE_HRESULT;
		r->hr = IMAPITable_QueryColumns(obj, a1, a2);
		return 0;
	}
	case 9: {
		ULONG a1;
		ULONG *a2;

		memset(&a1, 0, sizeof(a1));
		memset(&a2, 0, sizeof(a2));
		r->owner = "IMAPITable";
		r->method = "GetRowCount";
		r->kind = MISUSE_HRESULT;
		r->hr = IMAPITable_GetRowCount(obj, a1, a2);
		return 0;
	}
	case 10: {
		BOOKMARK a1;
		LONG a2;
		LONG *a3;

		memset(&a1, 0, sizeof(a1));
		memset(&a2, 0, sizeof(a2));
		memset(&a3, 0, sizeof(a3));
		r->owner = "IMAPITable";
		r->method = "SeekRow";
		r->kind = MISUSE_HRESULT;
		r->hr = IMAPITable_SeekRow(obj, a1, a2, a3);
		return 0;
	}
	case 11: {
		ULONG a1;
		ULONG a2;

		memset(&a1, 0, sizeof(a1));
		memset(&a2, 0, sizeof(a2));
		r->owner = "IMAPITable";
		r->method = "SeekRowApprox";
		r->kind = MISUSE_HRESULT;
		r->hr = IMAPITable_SeekRowApprox(obj, a1, a2);
		return 0;
	}
	case 12: {
		ULONG *a1;
		ULONG *a2;
		ULONG *a3;

		memset(&a1, 0, sizeof(a1));
		memset(&a2, 0, sizeof(a2));
		memset(&a3, 0, sizeof(a3));
		r->owner = "IMAPITable";
		r->method = "QueryPosition";
		r->kind = MISUSE_HRESULT;
		r->hr = IMAPITable_QueryPosition(obj, a1, a2, a3);
		return 0;
	}
	case 13: {
		LPSRestriction a1;
		BOOKMARK a2;
		ULONG a3;

		memset(&a1, 0, sizeof(a1));
		memset(&a2, 0, sizeof(a2));
		memset(&a3, 0, sizeof(a3));
		r->owner = "IMAPITable";
		r->method = "FindRow";
		r->kind = MISUSE_HRESULT;
		r->hr = IMAPITable_FindRow(obj, a1, a2, a3);
		return 0;
	}
	case 14: {
		LPSRestriction a1;
		ULONG a2;

		memset(&a1, 0, sizeof(a1));
		memset(&a2, 0, sizeof(a2));
		r->owner = "IMAPITable";
		r->method = "Restrict";
		r->kind = MISUSE_HRESULT;
		r->hr = IMAPITable_Restrict(obj, a1, a2);
		return 0;
	}
	case 15: {
		BOOKMARK *a1;

		memset(&a1, 0, sizeof(a1));
		r->owner = "IMAPITable";
		r->method = "CreateBookmark";
		r->kind = MISUSE_HRESULT;
		r->hr = IMAPITable_CreateBookmark(obj, a1);
		return 0;
	}
	case 16: {
		BOOKMARK a1;

		memset(&a1, 0, sizeof(a1));
		r->owner = "IMAPITable";
		r->method = "FreeBookmark";
		r->kind = MISUSE_HRESULT;
		r->hr = IMAPITable_FreeBookmark(obj, a1);
		return 0;
	}
	case 17: {
		LPSSortOrderSet a1;
		ULONG a2;

		memset(&a1, 0, sizeof(a1));
		memset(&a2, 0, sizeof(a2));
		r->owner = "IMAPITable";
		r->method = "SortTable";
		r->kind = MISUSE_HRESULT;
		r->hr = IMAPITable_SortTable(obj, a1, a2);
		return 0;
	}
	case 18: {
		LPSSortOrderSet *a1;

		memset(&a1, 0, sizeof(a1));
		r->owner = "IMAPITable";
		r->method = "QuerySortOrder";
		r->kind = MISUSE_HRESULT;
		r->hr = IMAPITable_QuerySortOrder(obj, a1);
		return 0;
	}
	case 19: {
		LONG a1;
		ULONG a2;
		LPSRowSet *a3;

		memset(&a1, 0, sizeof(a1));
		memset(&a2, 0, sizeof(a2));
		memset(&a3, 0, sizeof(a3));
		r->owner = "IMAPITable";
		r->method = "QueryRows";
		r->kind = MISUSE_HRESULT;
		r->hr = IMAPITable_QueryRows(obj, a1, a2, a3);
		return 0;
	}
	case 20: {
		r->owner = "IMAPITable";
		r->method = "Abort";
		r->kind = MISUSE_HRESULT;
		r->hr = IMAPITable_Abort(obj);
		return 0;
	}
	case 21: {
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
		r->owner = "IMAPITable";
		r->method = "ExpandRow";
		r->kind = MISUSE_HRESULT;
		r->hr = IMAPITable_ExpandRow(obj, a1, a2, a3, a4, a5, a6);
		return 0;
	}
	case 22: {
		ULONG a1;
		LPBYTE a2;
		ULONG a3;
		ULONG *a4;

		memset(&a1, 0, sizeof(a1));
		memset(&a2, 0, sizeof(a2));
		memset(&a3, 0, sizeof(a3));
		memset(&a4, 0, sizeof(a4));
		r->owner = "IMAPITable";
		r->method = "CollapseRow";
		r->kind = MISUSE_HRESULT;
		r->hr = IMAPITable_CollapseRow(obj, a1, a2, a3, a4);
		return 0;
	}
	case 23: {
		ULONG a1;
		ULONG a2;
		ULONG *a3;

		memset(&a1, 0, sizeof(a1));
		memset(&a2, 0, sizeof(a2));
		memset(&a3, 0, sizeof(a3));
		r->owner = "IMAPITable";
		r->method = "WaitForCompletion";
		r->kind = MISUSE_HRESULT;
		r->hr = IMAPITable_WaitForCompletion(obj, a1, a2, a3);
		return 0;
	}
	case 24: {
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
		r->owner = "IMAPITable";
		r->method = "GetCollapseState";
		r->kind = MISUSE_HRESULT;
		r->hr = IMAPITable_GetCollapseState(obj, a1, a2, a3, a4, a5);
		return 0;
	}
	case 25: {
		ULONG a1;
		ULONG a2;
		LPBYTE a3;
		BOOKMARK *a4;

		memset(&a1, 0, sizeof(a1));
		memset(&a2, 0, sizeof(a2));
		memset(&a3, 0, sizeof(a3));
		memset(&a4, 0, sizeof(a4));
		r->owner = "IMAPITable";
		r->method = "SetCollapseState";
		r->kind = MISUSE_HRESULT;
		r->hr = IMAPITable_SetCollapseState(obj, a1, a2, a3, a4);
		return 0;
	}
	default:
		return -1;
	}
}

static inline void
misuse_each_IMAPITable(IMAPITable *obj, uint64_t skip,
		 misuse_report_fn *report, void *arg)
{
	struct misuse_result r;
	int slot;

	for (slot = 0; slot < MISUSE_SLOTS_IMAPITable; slot++) {
		if (skip & ((uint64_t)1 << slot))
			continue;
		misuse_call_IMAPITable(obj, slot, &r);
		report(arg, &r);
	}
}

/* IMAPIStatus */

#define MISUSE_SLOTS_IMAPIStatus 18

static inline int
misuse_call_IMAPIStatus(IMAPIStatus *obj, int slot,
		 struct misuse_result *r)
{
	memset(r, 0, sizeof(*r));
	r->iface = "IMAPIStatus";
	r->slot = slot;
	switch (slot) {
	case 0: {
		REFIID a1;
		LPVOID *a2;

		memset(&a1, 0, sizeof(a1));
		memset(&a2, 0, sizeof(a2));
		r->owner = "IUnknown";
		r->method = "QueryInterface";
		r->kind = MISUSE_HRESULT;
		r->hr = IMAPIStatus_QueryInterface(obj, a1, a2);
		return 0;
	}
	case 1: {
		r->owner = "IUnknown";
		r->method = "AddRef";
		r->kind = MISUSE_ULONG;
		r->ul = IMAPIStatus_AddRef(obj);
		return 0;
	}
	case 2: {
		r->owner = "IUnknown";
		r->method = "Release";
		r->kind = MISUSE_ULONG;
		r->ul = IMAPIStatus_Release(obj);
		return 0;
	}
	case 3: {
		HRESULT a1;
		ULONG a2;
		LPMAPIERROR *a3;

		memset(&a1, 0, sizeof(a1));
		memset(&a2, 0, sizeof(a2));
		memset(&a3, 0, sizeof(a3));
		r->owner = "IMAPIProp";
		r->method = "GetLastError";
		r->kind = MISUSE_HRESULT;
		r->hr = IMAPIStatus_GetLastError(obj, a1, a2, a3);
		return 0;
	}
	case 4: {
		ULONG a1;

		memset(&a1, 0, sizeof(a1));
		r->owner = "IMAPIProp";
		r->method = "SaveChanges";
		r->kind = MISUSE_HRESULT;
		r->hr = IMAPIStatus_SaveChanges(obj, a1);
		return 0;
	}
	case 5: {
		LPSPropTagArray a1;
		ULONG a2;
		ULONG *a3;
		LPSPropValue *a4;

		memset(&a1, 0, sizeof(a1));
		memset(&a2, 0, sizeof(a2));
		memset(&a3, 0, sizeof(a3));
		memset(&a4, 0, sizeof(a4));
		r->owner = "IMAPIProp";
		r->method = "GetProps";
		r->kind = MISUSE_HRESULT;
		r->hr = IMAPIStatus_GetProps(obj, a1, a2, a3, a4);
		return 0;
	}
	case 6: {
		ULONG a1;
		LPSPropTagArray *a2;

		memset(&a1, 0, sizeof(a1));
		memset(&a2, 0, sizeof(a2));
		r->owner = "IMAPIProp";
		r->method = "GetPropList";
		r->kind = MISUSE_HRESULT;
		r->hr = IMAPIStatus_GetPropList(obj, a1, a2);
		return 0;
	}
	case 7: {
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
		r->owner = "IMAPIProp";
		r->method = "OpenProperty";
		r->kind = MISUSE_HRESULT;
		r->hr = IMAPIStatus_OpenProperty(obj, a1, a2, a3, a4, a5);
		return 0;
	}
	case 8: {
		ULONG a1;
		LPSPropValue a2;
		LPSPropProblemArray *a3;

		memset(&a1, 0, sizeof(a1));
		memset(&a2, 0, sizeof(a2));
		memset(&a3, 0, sizeof(a3));
		r->owner = "IMAPIProp";
		r->method = "SetProps";
		r->kind = MISUSE_HRESULT;
		r->hr = IMAPIStatus_SetProps(obj, a1, a2, a3);
		return 0;
	}
	case 9: {
		LPSPropTagArray a1;
		LPSPropProblemArray *a2;

		memset(&a1, 0, sizeof(a1));
		memset(&a2, 0, sizeof(a2));
		r->owner = "IMAPIProp";
		r->method = "DeleteProps";
		r->kind = MISUSE_HRESULT;
		r->hr = IMAPIStatus_DeleteProps(obj, a1, a2);
		return 0;
	}
	case 10: {
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
		r->owner = "IMAPIProp";
		r->method = "CopyTo";
		r->kind = MISUSE_HRESULT;
		r->hr = IMAPIStatus_CopyTo(obj, a1, a2, a3, a4, a5, a6, a7, a8, a9);
		return 0;
	}
	case 11: {
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
		r->owner = "IMAPIProp";
		r->method = "CopyProps";
		r->kind = MISUSE_HRESULT;
		r->hr = IMAPIStatus_CopyProps(obj, a1, a2, a3, a4, a5, a6, a7);
		return 0;
	}
	case 12: {
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
		r->owner = "IMAPIProp";
		r->method = "GetNamesFromIDs";
		r->kind = MISUSE_HRESULT;
		r->hr = IMAPIStatus_GetNamesFromIDs(obj, a1, a2, a3, a4, a5);
		return 0;
	}
	case 13: {
		ULONG a1;
		LPMAPINAMEID *a2;
		ULONG a3;
		LPSPropTagArray *a4;

		memset(&a1, 0, sizeof(a1));
		memset(&a2, 0, sizeof(a2));
		memset(&a3, 0, sizeof(a3));
		memset(&a4, 0, sizeof(a4));
		r->owner = "IMAPIProp";
		r->method = "GetIDsFromNames";
		r->kind = MISUSE_HRESULT;
		r->hr = IMAPIStatus_GetIDsFromNames(obj, a1, a2, a3, a4);
		return 0;
	}
	case 14: {
		ULONG_PTR a1;
		ULONG a2;

		memset(&a1, 0, sizeof(a1));
		memset(&a2, 0, sizeof(a2));
		r->owner = "IMAPIStatus";
		r->method = "ValidateState";
		r->kind = MISUSE_HRESULT;
		r->hr = IMAPIStatus_ValidateState(obj, a1, a2);
		return 0;
	}
	case 15: {
		ULONG_PTR a1;
		ULONG a2;

		memset(&a1, 0, sizeof(a1));
		memset(&a2, 0, sizeof(a2));
		r->owner = "IMAPIStatus";
		r->method = "SettingsDialog";
		r->kind = MISUSE_HRESULT;
		r->hr = IMAPIStatus_SettingsDialog(obj, a1, a2);
		return 0;
	}
	case 16: {
		LPTSTR a1;
		LPTSTR a2;
		ULONG a3;

		memset(&a1, 0, sizeof(a1));
		memset(&a2, 0, sizeof(a2));
		memset(&a3, 0, sizeof(a3));
		r->owner = "IMAPIStatus";
		r->method = "ChangePassword";
		r->kind = MISUSE_HRESULT;
		r->hr = IMAPIStatus_ChangePassword(obj, a1, a2, a3);
		return 0;
	}
	case 17: {
		ULONG_PTR a1;
		ULONG a2;
		LPENTRYID a3;
		ULONG a4;

		memset(&a1, 0, sizeof(a1));
		memset(&a2, 0, sizeof(a2));
		memset(&a3, 0, sizeof(a3));
		memset(&a4, 0, sizeof(a4));
		r->owner = "IMAPIStatus";
		r->method = "FlushQueues";
		r->kind = MISUSE_HRESULT;
		r->hr = IMAPIStatus_FlushQueues(obj, a1, a2, a3, a4);
		return 0;
	}
	default:
		return -1;
	}
}

static inline void
misuse_each_IMAPIStatus(IMAPIStatus *obj, uint64_t skip,
		 misuse_report_fn *report, void *arg)
{
	struct misuse_result r;
	int slot;

	for (slot = 0; slot < MISUSE_SLOTS_IMAPIStatus; slot++) {
		if (skip & ((uint64_t)1 << slot))
			continue;
		misuse_call_IMAPIStatus(obj, slot, &r);
		report(arg, &r);
	}
}

/* IProfSect */

#define MISUSE_SLOTS_IProfSect 14

static inline int
misuse_call_IProfSect(IProfSect *obj, int slot,
		 struct misuse_result *r)
{
	memset(r, 0, sizeof(*r));
	r->iface = "IProfSect";
	r->slot = slot;
	switch (slot) {
	case 0: {
		REFIID a1;
		LPVOID *a2;

		memset(&a1, 0, sizeof(a1));
		memset(&a2, 0, sizeof(a2));
		r->owner = "IUnknown";
		r->method = "QueryInterface";
		r->kind = MISUSE_HRESULT;
		r->hr = IProfSect_QueryInterface(obj, a1, a2);
		return 0;
	}
	case 1: {
		r->owner = "IUnknown";
		r->method = "AddRef";
		r->kind = MISUSE_ULONG;
		r->ul = IProfSect_AddRef(obj);
		return 0;
	}
	case 2: {
		r->owner = "IUnknown";
		r->method = "Release";
		r->kind = MISUSE_ULONG;
		r->ul = IProfSect_Release(obj);
		return 0;
	}
	case 3: {
		HRESULT a1;
		ULONG a2;
		LPMAPIERROR *a3;

		memset(&a1, 0, sizeof(a1));
		memset(&a2, 0, sizeof(a2));
		memset(&a3, 0, sizeof(a3));
		r->owner = "IMAPIProp";
		r->method = "GetLastError";
		r->kind = MISUSE_HRESULT;
		r->hr = IProfSect_GetLastError(obj, a1, a2, a3);
		return 0;
	}
	case 4: {
		ULONG a1;

		memset(&a1, 0, sizeof(a1));
		r->owner = "IMAPIProp";
		r->method = "SaveChanges";
		r->kind = MISUSE_HRESULT;
		r->hr = IProfSect_SaveChanges(obj, a1);
		return 0;
	}
	case 5: {
		LPSPropTagArray a1;
		ULONG a2;
		ULONG *a3;
		LPSPropValue *a4;

		memset(&a1, 0, sizeof(a1));
		memset(&a2, 0, sizeof(a2));
		memset(&a3, 0, sizeof(a3));
		memset(&a4, 0, sizeof(a4));
		r->owner = "IMAPIProp";
		r->method = "GetProps";
		r->kind = MISUSE_HRESULT;
		r->hr = IProfSect_GetProps(obj, a1, a2, a3, a4);
		return 0;
	}
	case 6: {
		ULONG a1;
		LPSPropTagArray *a2;

		memset(&a1, 0, sizeof(a1));
		memset(&a2, 0, sizeof(a2));
		r->owner = "IMAPIProp";
		r->method = "GetPropList";
		r->kind = MISUSE_HRESULT;
		r->hr = IProfSect_GetPropList(obj, a1, a2);
		return 0;
	}
	case 7: {
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
		r->owner = "IMAPIProp";
		r->method = "OpenProperty";
		r->kind = MISUSE_HRESULT;
		r->hr = IProfSect_OpenProperty(obj, a1, a2, a3, a4, a5);
		return 0;
	}
	case 8: {
		ULONG a1;
		LPSPropValue a2;
		LPSPropProblemArray *a3;

		memset(&a1, 0, sizeof(a1));
		memset(&a2, 0, sizeof(a2));
		memset(&a3, 0, sizeof(a3));
		r->owner = "IMAPIProp";
		r->method = "SetProps";
		r->kind = MISUSE_HRESULT;
		r->hr = IProfSect_SetProps(obj, a1, a2, a3);
		return 0;
	}
	case 9: {
		LPSPropTagArray a1;
		LPSPropProblemArray *a2;

		memset(&a1, 0, sizeof(a1));
		memset(&a2, 0, sizeof(a2));
		r->owner = "IMAPIProp";
		r->method = "DeleteProps";
		r->kind = MISUSE_HRESULT;
		r->hr = IProfSect_DeleteProps(obj, a1, a2);
		return 0;
	}
	case 10: {
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
		r->owner = "IMAPIProp";
		r->method = "CopyTo";
		r->kind = MISUSE_HRESULT;
		r->hr = IProfSect_CopyTo(obj, a1, a2, a3, a4, a5, a6, a7, a8, a9);
		return 0;
	}
	case 11: {
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
		r->owner = "IMAPIProp";
		r->method = "CopyProps";
		r->kind = MISUSE_HRESULT;
		r->hr = IProfSect_CopyProps(obj, a1, a2, a3, a4, a5, a6, a7);
		return 0;
	}
	case 12: {
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
		r->owner = "IMAPIProp";
		r->method = "GetNamesFromIDs";
		r->kind = MISUSE_HRESULT;
		r->hr = IProfSect_GetNamesFromIDs(obj, a1, a2, a3, a4, a5);
		return 0;
	}
	case 13: {
		ULONG a1;
		LPMAPINAMEID *a2;
		ULONG a3;
		LPSPropTagArray *a4;

		memset(&a1, 0, sizeof(a1));
		memset(&a2, 0, sizeof(a2));
		memset(&a3, 0, sizeof(a3));
		memset(&a4, 0, sizeof(a4));
		r->owner = "IMAPIProp";
		r->method = "GetIDsFromNames";
		r->kind = MISUSE_HRESULT;
		r->hr = IProfSect_GetIDsFromNames(obj, a1, a2, a3, a4);
		return 0;
	}
	default:
		return -1;
	}
}

static inline void
misuse_each_IProfSect(IProfSect *obj, uint64_t skip,
		 misuse_report_fn *report, void *arg)
{
	struct misuse_result r;
	int slot;

	for (slot = 0; slot < MISUSE_SLOTS_IProfSect; slot++) {
		if (skip & ((uint64_t)1 << slot))
			continue;
		misuse_call_IProfSect(obj, slot, &r);
		report(arg, &r);
	}
}

/* IABContainer */

#define MISUSE_SLOTS_IABContainer 23

static inline int
misuse_call_IABContainer(IABContainer *obj, int slot,
		 struct misuse_result *r)
{
	memset(r, 0, sizeof(*r));
	r->iface = "IABContainer";
	r->slot = slot;
	switch (slot) {
	case 0: {
		REFIID a1;
		LPVOID *a2;

		memset(&a1, 0, sizeof(a1));
		memset(&a2, 0, sizeof(a2));
		r->owner = "IUnknown";
		r->method = "QueryInterface";
		r->kind = MISUSE_HRESULT;
		r->hr = IABContainer_QueryInterface(obj, a1, a2);
		return 0;
	}
	case 1: {
		r->owner = "IUnknown";
		r->method = "AddRef";
		r->kind = MISUSE_ULONG;
		r->ul = IABContainer_AddRef(obj);
		return 0;
	}
	case 2: {
		r->owner = "IUnknown";
		r->method = "Release";
		r->kind = MISUSE_ULONG;
		r->ul = IABContainer_Release(obj);
		return 0;
	}
	case 3: {
		HRESULT a1;
		ULONG a2;
		LPMAPIERROR *a3;

		memset(&a1, 0, sizeof(a1));
		memset(&a2, 0, sizeof(a2));
		memset(&a3, 0, sizeof(a3));
		r->owner = "IMAPIProp";
		r->method = "GetLastError";
		r->kind = MISUSE_HRESULT;
		r->hr = IABContainer_GetLastError(obj, a1, a2, a3);
		return 0;
	}
	case 4: {
		ULONG a1;

		memset(&a1, 0, sizeof(a1));
		r->owner = "IMAPIProp";
		r->method = "SaveChanges";
		r->kind = MISUSE_HRESULT;
		r->hr = IABContainer_SaveChanges(obj, a1);
		return 0;
	}
	case 5: {
		LPSPropTagArray a1;
		ULONG a2;
		ULONG *a3;
		LPSPropValue *a4;

		memset(&a1, 0, sizeof(a1));
		memset(&a2, 0, sizeof(a2));
		memset(&a3, 0, sizeof(a3));
		memset(&a4, 0, sizeof(a4));
		r->owner = "IMAPIProp";
		r->method = "GetProps";
		r->kind = MISUSE_HRESULT;
		r->hr = IABContainer_GetProps(obj, a1, a2, a3, a4);
		return 0;
	}
	case 6: {
		ULONG a1;
		LPSPropTagArray *a2;

		memset(&a1, 0, sizeof(a1));
		memset(&a2, 0, sizeof(a2));
		r->owner = "IMAPIProp";
		r->method = "GetPropList";
		r->kind = MISUSE_HRESULT;
		r->hr = IABContainer_GetPropList(obj, a1, a2);
		return 0;
	}
	case 7: {
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
		r->owner = "IMAPIProp";
		r->method = "OpenProperty";
		r->kind = MISUSE_HRESULT;
		r->hr = IABContainer_OpenProperty(obj, a1, a2, a3, a4, a5);
		return 0;
	}
	case 8: {
		ULONG a1;
		LPSPropValue a2;
		LPSPropProblemArray *a3;

		memset(&a1, 0, sizeof(a1));
		memset(&a2, 0, sizeof(a2));
		memset(&a3, 0, sizeof(a3));
		r->owner = "IMAPIProp";
		r->method = "SetProps";
		r->kind = MISUSE_HRESULT;
		r->hr = IABContainer_SetProps(obj, a1, a2, a3);
		return 0;
	}
	case 9: {
		LPSPropTagArray a1;
		LPSPropProblemArray *a2;

		memset(&a1, 0, sizeof(a1));
		memset(&a2, 0, sizeof(a2));
		r->owner = "IMAPIProp";
		r->method = "DeleteProps";
		r->kind = MISUSE_HRESULT;
		r->hr = IABContainer_DeleteProps(obj, a1, a2);
		return 0;
	}
	case 10: {
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
		r->owner = "IMAPIProp";
		r->method = "CopyTo";
		r->kind = MISUSE_HRESULT;
		r->hr = IABContainer_CopyTo(obj, a1, a2, a3, a4, a5, a6, a7, a8, a9);
		return 0;
	}
	case 11: {
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
		r->owner = "IMAPIProp";
		r->method = "CopyProps";
		r->kind = MISUSE_HRESULT;
		r->hr = IABContainer_CopyProps(obj, a1, a2, a3, a4, a5, a6, a7);
		return 0;
	}
	case 12: {
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
		r->owner = "IMAPIProp";
		r->method = "GetNamesFromIDs";
		r->kind = MISUSE_HRESULT;
		r->hr = IABContainer_GetNamesFromIDs(obj, a1, a2, a3, a4, a5);
		return 0;
	}
	case 13: {
		ULONG a1;
		LPMAPINAMEID *a2;
		ULONG a3;
		LPSPropTagArray *a4;

		memset(&a1, 0, sizeof(a1));
		memset(&a2, 0, sizeof(a2));
		memset(&a3, 0, sizeof(a3));
		memset(&a4, 0, sizeof(a4));
		r->owner = "IMAPIProp";
		r->method = "GetIDsFromNames";
		r->kind = MISUSE_HRESULT;
		r->hr = IABContainer_GetIDsFromNames(obj, a1, a2, a3, a4);
		return 0;
	}
	case 14: {
		ULONG a1;
		LPMAPITABLE *a2;

		memset(&a1, 0, sizeof(a1));
		memset(&a2, 0, sizeof(a2));
		r->owner = "IMAPIContainer";
		r->method = "GetContentsTable";
		r->kind = MISUSE_HRESULT;
		r->hr = IABContainer_GetContentsTable(obj, a1, a2);
		return 0;
	}
	case 15: {
		ULONG a1;
		LPMAPITABLE *a2;

		memset(&a1, 0, sizeof(a1));
		memset(&a2, 0, sizeof(a2));
		r->owner = "IMAPIContainer";
		r->method = "GetHierarchyTable";
		r->kind = MISUSE_HRESULT;
		r->hr = IABContainer_GetHierarchyTable(obj, a1, a2);
		return 0;
	}
	case 16: {
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
		r->owner = "IMAPIContainer";
		r->method = "OpenEntry";
		r->kind = MISUSE_HRESULT;
		r->hr = IABContainer_OpenEntry(obj, a1, a2, a3, a4, a5, a6);
		return 0;
	}
	case 17: {
		LPSRestriction a1;
		LPENTRYLIST a2;
		ULONG a3;

		memset(&a1, 0, sizeof(a1));
		memset(&a2, 0, sizeof(a2));
		memset(&a3, 0, sizeof(a3));
		r->owner = "IMAPIContainer";
		r->method = "SetSearchCriteria";
		r->kind = MISUSE_HRESULT;
		r->hr = IABContainer_SetSearchCriteria(obj, a1, a2, a3);
		return 0;
	}
	case 18: {
		ULONG a1;
		LPSRestriction *a2;
		LPENTRYLIST *a3;
		ULONG *a4;

		memset(&a1, 0, sizeof(a1));
		memset(&a2, 0, sizeof(a2));
		memset(&a3, 0, sizeof(a3));
		memset(&a4, 0, sizeof(a4));
		r->owner = "IMAPIContainer";
		r->method = "GetSearchCriteria";
		r->kind = MISUSE_HRESULT;
		r->hr = IABContainer_GetSearchCriteria(obj, a1, a2, a3, a4);
		return 0;
	}
	case 19: {
		ULONG a1;
		LPENTRYID a2;
		ULONG a3;
		LPMAPIPROP *a4;

		memset(&a1, 0, sizeof(a1));
		memset(&a2, 0, sizeof(a2));
		memset(&a3, 0, sizeof(a3));
		memset(&a4, 0, sizeof(a4));
		r->owner = "IABContainer";
		r->method = "CreateEntry";
		r->kind = MISUSE_HRESULT;
		r->hr = IABContainer_CreateEntry(obj, a1, a2, a3, a4);
		return 0;
	}
	case 20: {
		LPENTRYLIST a1;
		ULONG_PTR a2;
		LPMAPIPROGRESS a3;
		ULONG a4;

		memset(&a1, 0, sizeof(a1));
		memset(&a2, 0, sizeof(a2));
		memset(&a3, 0, sizeof(a3));
		memset(&a4, 0, sizeof(a4));
		r->owner = "IABContainer";
		r->method = "CopyEntries";
		r->kind = MISUSE_HRESULT;
		r->hr = IABContainer_CopyEntries(obj, a1, a2, a3, a4);
		return 0;
	}
	case 21: {
		LPENTRYLIST a1;
		ULONG a2;

		memset(&a1, 0, sizeof(a1));
		memset(&a2, 0, sizeof(a2));
		r->owner = "IABContainer";
		r->method = "DeleteEntries";
		r->kind = MISUSE_HRESULT;
		r->hr = IABContainer_DeleteEntries(obj, a1, a2);
		return 0;
	}
	case 22: {
		LPSPropTagArray a1;
		ULONG a2;
		LPADRLIST a3;
		LPFlagList a4;

		memset(&a1, 0, sizeof(a1));
		memset(&a2, 0, sizeof(a2));
		memset(&a3, 0, sizeof(a3));
		memset(&a4, 0, sizeof(a4));
		r->owner = "IABContainer";
		r->method = "ResolveNames";
		r->kind = MISUSE_HRESULT;
		r->hr = IABContainer_ResolveNames(obj, a1, a2, a3, a4);
		return 0;
	}
	default:
		return -1;
	}
}

static inline void
misuse_each_IABContainer(IABContainer *obj, uint64_t skip,
		 misuse_report_fn *report, void *arg)
{
	struct misuse_result r;
	int slot;

	for (slot = 0; slot < MISUSE_SLOTS_IABContainer; slot++) {
		if (skip & ((uint64_t)1 << slot))
			continue;
		misuse_call_IABContainer(obj, slot, &r);
		report(arg, &r);
	}
}

/* IMailUser */

#define MISUSE_SLOTS_IMailUser 14

static inline int
misuse_call_IMailUser(IMailUser *obj, int slot,
		 struct misuse_result *r)
{
	memset(r, 0, sizeof(*r));
	r->iface = "IMailUser";
	r->slot = slot;
	switch (slot) {
	case 0: {
		REFIID a1;
		LPVOID *a2;

		memset(&a1, 0, sizeof(a1));
		memset(&a2, 0, sizeof(a2));
		r->owner = "IUnknown";
		r->method = "QueryInterface";
		r->kind = MISUSE_HRESULT;
		r->hr = IMailUser_QueryInterface(obj, a1, a2);
		return 0;
	}
	case 1: {
		r->owner = "IUnknown";
		r->method = "AddRef";
		r->kind = MISUSE_ULONG;
		r->ul = IMailUser_AddRef(obj);
		return 0;
	}
	case 2: {
		r->owner = "IUnknown";
		r->method = "Release";
		r->kind = MISUSE_ULONG;
		r->ul = IMailUser_Release(obj);
		return 0;
	}
	case 3: {
		HRESULT a1;
		ULONG a2;
		LPMAPIERROR *a3;

		memset(&a1, 0, sizeof(a1));
		memset(&a2, 0, sizeof(a2));
		memset(&a3, 0, sizeof(a3));
		r->owner = "IMAPIProp";
		r->method = "GetLastError";
		r->kind = MISUSE_HRESULT;
		r->hr = IMailUser_GetLastError(obj, a1, a2, a3);
		return 0;
	}
	case 4: {
		ULONG a1;

		memset(&a1, 0, sizeof(a1));
		r->owner = "IMAPIProp";
		r->method = "SaveChanges";
		r->kind = MISUSE_HRESULT;
		r->hr = IMailUser_SaveChanges(obj, a1);
		return 0;
	}
	case 5: {
		LPSPropTagArray a1;
		ULONG a2;
		ULONG *a3;
		LPSPropValue *a4;

		memset(&a1, 0, sizeof(a1));
		memset(&a2, 0, sizeof(a2));
		memset(&a3, 0, sizeof(a3));
		memset(&a4, 0, sizeof(a4));
		r->owner = "IMAPIProp";
		r->method = "GetProps";
		r->kind = MISUSE_HRESULT;
		r->hr = IMailUser_GetProps(obj, a1, a2, a3, a4);
		return 0;
	}
	case 6: {
		ULONG a1;
		LPSPropTagArray *a2;

		memset(&a1, 0, sizeof(a1));
		memset(&a2, 0, sizeof(a2));
		r->owner = "IMAPIProp";
		r->method = "GetPropList";
		r->kind = MISUSE_HRESULT;
		r->hr = IMailUser_GetPropList(obj, a1, a2);
		return 0;
	}
	case 7: {
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
		r->owner = "IMAPIProp";
		r->method = "OpenProperty";
		r->kind = MISUSE_HRESULT;
		r->hr = IMailUser_OpenProperty(obj, a1, a2, a3, a4, a5);
		return 0;
	}
	case 8: {
		ULONG a1;
		LPSPropValue a2;
		LPSPropProblemArray *a3;

		memset(&a1, 0, sizeof(a1));
		memset(&a2, 0, sizeof(a2));
		memset(&a3, 0, sizeof(a3));
		r->owner = "IMAPIProp";
		r->method = "SetProps";
		r->kind = MISUSE_HRESULT;
		r->hr = IMailUser_SetProps(obj, a1, a2, a3);
		return 0;
	}
	case 9: {
		LPSPropTagArray a1;
		LPSPropProblemArray *a2;

		memset(&a1, 0, sizeof(a1));
		memset(&a2, 0, sizeof(a2));
		r->owner = "IMAPIProp";
		r->method = "DeleteProps";
		r->kind = MISUSE_HRESULT;
		r->hr = IMailUser_DeleteProps(obj, a1, a2);
		return 0;
	}
	case 10: {
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
		r->owner = "IMAPIProp";
		r->method = "CopyTo";
		r->kind = MISUSE_HRESULT;
		r->hr = IMailUser_CopyTo(obj, a1, a2, a3, a4, a5, a6, a7, a8, a9);
		return 0;
	}
	case 11: {
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
		r->owner = "IMAPIProp";
		r->method = "CopyProps";
		r->kind = MISUSE_HRESULT;
		r->hr = IMailUser_CopyProps(obj, a1, a2, a3, a4, a5, a6, a7);
		return 0;
	}
	case 12: {
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
		r->owner = "IMAPIProp";
		r->method = "GetNamesFromIDs";
		r->kind = MISUSE_HRESULT;
		r->hr = IMailUser_GetNamesFromIDs(obj, a1, a2, a3, a4, a5);
		return 0;
	}
	case 13: {
		ULONG a1;
		LPMAPINAMEID *a2;
		ULONG a3;
		LPSPropTagArray *a4;

		memset(&a1, 0, sizeof(a1));
		memset(&a2, 0, sizeof(a2));
		memset(&a3, 0, sizeof(a3));
		memset(&a4, 0, sizeof(a4));
		r->owner = "IMAPIProp";
		r->method = "GetIDsFromNames";
		r->kind = MISUSE_HRESULT;
		r->hr = IMailUser_GetIDsFromNames(obj, a1, a2, a3, a4);
		return 0;
	}
	default:
		return -1;
	}
}

static inline void
misuse_each_IMailUser(IMailUser *obj, uint64_t skip,
		 misuse_report_fn *report, void *arg)
{
	struct misuse_result r;
	int slot;

	for (slot = 0; slot < MISUSE_SLOTS_IMailUser; slot++) {
		if (skip & ((uint64_t)1 << slot))
			continue;
		misuse_call_IMailUser(obj, slot, &r);
		report(arg, &r);
	}
}

/* IDistList */

#define MISUSE_SLOTS_IDistList 23

static inline int
misuse_call_IDistList(IDistList *obj, int slot,
		 struct misuse_result *r)
{
	memset(r, 0, sizeof(*r));
	r->iface = "IDistList";
	r->slot = slot;
	switch (slot) {
	case 0: {
		REFIID a1;
		LPVOID *a2;

		memset(&a1, 0, sizeof(a1));
		memset(&a2, 0, sizeof(a2));
		r->owner = "IUnknown";
		r->method = "QueryInterface";
		r->kind = MISUSE_HRESULT;
		r->hr = IDistList_QueryInterface(obj, a1, a2);
		return 0;
	}
	case 1: {
		r->owner = "IUnknown";
		r->method = "AddRef";
		r->kind = MISUSE_ULONG;
		r->ul = IDistList_AddRef(obj);
		return 0;
	}
	case 2: {
		r->owner = "IUnknown";
		r->method = "Release";
		r->kind = MISUSE_ULONG;
		r->ul = IDistList_Release(obj);
		return 0;
	}
	case 3: {
		HRESULT a1;
		ULONG a2;
		LPMAPIERROR *a3;

		memset(&a1, 0, sizeof(a1));
		memset(&a2, 0, sizeof(a2));
		memset(&a3, 0, sizeof(a3));
		r->owner = "IMAPIProp";
		r->method = "GetLastError";
		r->kind = MISUSE_HRESULT;
		r->hr = IDistList_GetLastError(obj, a1, a2, a3);
		return 0;
	}
	case 4: {
		ULONG a1;

		memset(&a1, 0, sizeof(a1));
		r->owner = "IMAPIProp";
		r->method = "SaveChanges";
		r->kind = MISUSE_HRESULT;
		r->hr = IDistList_SaveChanges(obj, a1);
		return 0;
	}
	case 5: {
		LPSPropTagArray a1;
		ULONG a2;
		ULONG *a3;
		LPSPropValue *a4;

		memset(&a1, 0, sizeof(a1));
		memset(&a2, 0, sizeof(a2));
		memset(&a3, 0, sizeof(a3));
		memset(&a4, 0, sizeof(a4));
		r->owner = "IMAPIProp";
		r->method = "GetProps";
		r->kind = MISUSE_HRESULT;
		r->hr = IDistList_GetProps(obj, a1, a2, a3, a4);
		return 0;
	}
	case 6: {
		ULONG a1;
		LPSPropTagArray *a2;

		memset(&a1, 0, sizeof(a1));
		memset(&a2, 0, sizeof(a2));
		r->owner = "IMAPIProp";
		r->method = "GetPropList";
		r->kind = MISUSE_HRESULT;
		r->hr = IDistList_GetPropList(obj, a1, a2);
		return 0;
	}
	case 7: {
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
		r->owner = "IMAPIProp";
		r->method = "OpenProperty";
		r->kind = MISUSE_HRESULT;
		r->hr = IDistList_OpenProperty(obj, a1, a2, a3, a4, a5);
		return 0;
	}
	case 8: {
		ULONG a1;
		LPSPropValue a2;
		LPSPropProblemArray *a3;

		memset(&a1, 0, sizeof(a1));
		memset(&a2, 0, sizeof(a2));
		memset(&a3, 0, sizeof(a3));
		r->owner = "IMAPIProp";
		r->method = "SetProps";
		r->kind = MISUSE_HRESULT;
		r->hr = IDistList_SetProps(obj, a1, a2, a3);
		return 0;
	}
	case 9: {
		LPSPropTagArray a1;
		LPSPropProblemArray *a2;

		memset(&a1, 0, sizeof(a1));
		memset(&a2, 0, sizeof(a2));
		r->owner = "IMAPIProp";
		r->method = "DeleteProps";
		r->kind = MISUSE_HRESULT;
		r->hr = IDistList_DeleteProps(obj, a1, a2);
		return 0;
	}
	case 10: {
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
		r->owner = "IMAPIProp";
		r->method = "CopyTo";
		r->kind = MISUSE_HRESULT;
		r->hr = IDistList_CopyTo(obj, a1, a2, a3, a4, a5, a6, a7, a8, a9);
		return 0;
	}
	case 11: {
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
		r->owner = "IMAPIProp";
		r->method = "CopyProps";
		r->kind = MISUSE_HRESULT;
		r->hr = IDistList_CopyProps(obj, a1, a2, a3, a4, a5, a6, a7);
		return 0;
	}
	case 12: {
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
		r->owner = "IMAPIProp";
		r->method = "GetNamesFromIDs";
		r->kind = MISUSE_HRESULT;
		r->hr = IDistList_GetNamesFromIDs(obj, a1, a2, a3, a4, a5);
		return 0;
	}
	case 13: {
		ULONG a1;
		LPMAPINAMEID *a2;
		ULONG a3;
		LPSPropTagArray *a4;

		memset(&a1, 0, sizeof(a1));
		memset(&a2, 0, sizeof(a2));
		memset(&a3, 0, sizeof(a3));
		memset(&a4, 0, sizeof(a4));
		r->owner = "IMAPIProp";
		r->method = "GetIDsFromNames";
		r->kind = MISUSE_HRESULT;
		r->hr = IDistList_GetIDsFromNames(obj, a1, a2, a3, a4);
		return 0;
	}
	case 14: {
		ULONG a1;
		LPMAPITABLE *a2;

		memset(&a1, 0, sizeof(a1));
		memset(&a2, 0, sizeof(a2));
		r->owner = "IMAPIContainer";
		r->method = "GetContentsTable";
		r->kind = MISUSE_HRESULT;
		r->hr = IDistList_GetContentsTable(obj, a1, a2);
		return 0;
	}
	case 15: {
		ULONG a1;
		LPMAPITABLE *a2;

		memset(&a1, 0, sizeof(a1));
		memset(&a2, 0, sizeof(a2));
		r->owner = "IMAPIContainer";
		r->method = "GetHierarchyTable";
		r->kind = MISUSE_HRESULT;
		r->hr = IDistList_GetHierarchyTable(obj, a1, a2);
		return 0;
	}
	case 16: {
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
		r->owner = "IMAPIContainer";
		r->method = "OpenEntry";
		r->kind = MISUSE_HRESULT;
		r->hr = IDistList_OpenEntry(obj, a1, a2, a3, a4, a5, a6);
		return 0;
	}
	case 17: {
		LPSRestriction a1;
		LPENTRYLIST a2;
		ULONG a3;

		memset(&a1, 0, sizeof(a1));
		memset(&a2, 0, sizeof(a2));
		memset(&a3, 0, sizeof(a3));
		r->owner = "IMAPIContainer";
		r->method = "SetSearchCriteria";
		r->kind = MISUSE_HRESULT;
		r->hr = IDistList_SetSearchCriteria(obj, a1, a2, a3);
		return 0;
	}
	case 18: {
		ULONG a1;
		LPSRestriction *a2;
		LPENTRYLIST *a3;
		ULONG *a4;

		memset(&a1, 0, sizeof(a1));
		memset(&a2, 0, sizeof(a2));
		memset(&a3, 0, sizeof(a3));
		memset(&a4, 0, sizeof(a4));
		r->owner = "IMAPIContainer";
		r->method = "GetSearchCriteria";
		r->kind = MISUSE_HRESULT;
		r->hr = IDistList_GetSearchCriteria(obj, a1, a2, a3, a4);
		return 0;
	}
	case 19: {
		ULONG a1;
		LPENTRYID a2;
		ULONG a3;
		LPMAPIPROP *a4;

		memset(&a1, 0, sizeof(a1));
		memset(&a2, 0, sizeof(a2));
		memset(&a3, 0, sizeof(a3));
		memset(&a4, 0, sizeof(a4));
		r->owner = "IDistList";
		r->method = "CreateEntry";
		r->kind = MISUSE_HRESULT;
		r->hr = IDistList_CreateEntry(obj, a1, a2, a3, a4);
		return 0;
	}
	case 20: {
		LPENTRYLIST a1;
		ULONG_PTR a2;
		LPMAPIPROGRESS a3;
		ULONG a4;

		memset(&a1, 0, sizeof(a1));
		memset(&a2, 0, sizeof(a2));
		memset(&a3, 0, sizeof(a3));
		memset(&a4, 0, sizeof(a4));
		r->owner = "IDistList";
		r->method = "CopyEntries";
		r->kind = MISUSE_HRESULT;
		r->hr = IDistList_CopyEntries(obj, a1, a2, a3, a4);
		return 0;
	}
	case 21: {
		LPENTRYLIST a1;
		ULONG a2;

		memset(&a1, 0, sizeof(a1));
		memset(&a2, 0, sizeof(a2));
		r->owner = "IDistList";
		r->method = "DeleteEntries";
		r->kind = MISUSE_HRESULT;
		r->hr = IDistList_DeleteEntries(obj, a1, a2);
		return 0;
	}
	case 22: {
		LPSPropTagArray a1;
		ULONG a2;
		LPADRLIST a3;
		LPFlagList a4;

		memset(&a1, 0, sizeof(a1));
		memset(&a2, 0, sizeof(a2));
		memset(&a3, 0, sizeof(a3));
		memset(&a4, 0, sizeof(a4));
		r->owner = "IDistList";
		r->method = "ResolveNames";
		r->kind = MISUSE_HRESULT;
		r->hr = IDistList_ResolveNames(obj, a1, a2, a3, a4);
		return 0;
	}
	default:
		return -1;
	}
}

static inline void
misuse_each_IDistList(IDistList *obj, uint64_t skip,
		 misuse_report_fn *report, void *arg)
{
	struct misuse_result r;
	int slot;

	for (slot = 0; slot < MISUSE_SLOTS_IDistList; slot++) {
		if (skip & ((uint64_t)1 << slot))
			continue;
		misuse_call_IDistList(obj, slot, &r);
		report(arg, &r);
	}
}

/* IAddrBook */

#define MISUSE_SLOTS_IAddrBook 32

static inline int
misuse_call_IAddrBook(IAddrBook *obj, int slot,
		 struct misuse_result *r)
{
	memset(r, 0, sizeof(*r));
	r->iface = "IAddrBook";
	r->slot = slot;
	switch (slot) {
	case 0: {
		REFIID a1;
		LPVOID *a2;

		memset(&a1, 0, sizeof(a1));
		memset(&a2, 0, sizeof(a2));
		r->owner = "IUnknown";
		r->method = "QueryInterface";
		r->kind = MISUSE_HRESULT;
		r->hr = IAddrBook_QueryInterface(obj, a1, a2);
		return 0;
	}
	case 1: {
		r->owner = "IUnknown";
		r->method = "AddRef";
		r->kind = MISUSE_ULONG;
		r->ul = IAddrBook_AddRef(obj);
		return 0;
	}
	case 2: {
		r->owner = "IUnknown";
		r->method = "Release";
		r->kind = MISUSE_ULONG;
		r->ul = IAddrBook_Release(obj);
		return 0;
	}
	case 3: {
		HRESULT a1;
		ULONG a2;
		LPMAPIERROR *a3;

		memset(&a1, 0, sizeof(a1));
		memset(&a2, 0, sizeof(a2));
		memset(&a3, 0, sizeof(a3));
		r->owner = "IMAPIProp";
		r->method = "GetLastError";
		r->kind = MISUSE_HRESULT;
		r->hr = IAddrBook_GetLastError(obj, a1, a2, a3);
		return 0;
	}
	case 4: {
		ULONG a1;

		memset(&a1, 0, sizeof(a1));
		r->owner = "IMAPIProp";
		r->method = "SaveChanges";
		r->kind = MISUSE_HRESULT;
		r->hr = IAddrBook_SaveChanges(obj, a1);
		return 0;
	}
	case 5: {
		LPSPropTagArray a1;
		ULONG a2;
		ULONG *a3;
		LPSPropValue *a4;

		memset(&a1, 0, sizeof(a1));
		memset(&a2, 0, sizeof(a2));
		memset(&a3, 0, sizeof(a3));
		memset(&a4, 0, sizeof(a4));
		r->owner = "IMAPIProp";
		r->method = "GetProps";
		r->kind = MISUSE_HRESULT;
		r->hr = IAddrBook_GetProps(obj, a1, a2, a3, a4);
		return 0;
	}
	case 6: {
		ULONG a1;
		LPSPropTagArray *a2;

		memset(&a1, 0, sizeof(a1));
		memset(&a2, 0, sizeof(a2));
		r->owner = "IMAPIProp";
		r->method = "GetPropList";
		r->kind = MISUSE_HRESULT;
		r->hr = IAddrBook_GetPropList(obj, a1, a2);
		return 0;
	}
	case 7: {
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
		r->owner = "IMAPIProp";
		r->method = "OpenProperty";
		r->kind = MISUSE_HRESULT;
		r->hr = IAddrBook_OpenProperty(obj, a1, a2, a3, a4, a5);
		return 0;
	}
	case 8: {
		ULONG a1;
		LPSPropValue a2;
		LPSPropProblemArray *a3;

		memset(&a1, 0, sizeof(a1));
		memset(&a2, 0, sizeof(a2));
		memset(&a3, 0, sizeof(a3));
		r->owner = "IMAPIProp";
		r->method = "SetProps";
		r->kind = MISUSE_HRESULT;
		r->hr = IAddrBook_SetProps(obj, a1, a2, a3);
		return 0;
	}
	case 9: {
		LPSPropTagArray a1;
		LPSPropProblemArray *a2;

		memset(&a1, 0, sizeof(a1));
		memset(&a2, 0, sizeof(a2));
		r->owner = "IMAPIProp";
		r->method = "DeleteProps";
		r->kind = MISUSE_HRESULT;
		r->hr = IAddrBook_DeleteProps(obj, a1, a2);
		return 0;
	}
	case 10: {
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
		r->owner = "IMAPIProp";
		r->method = "CopyTo";
		r->kind = MISUSE_HRESULT;
		r->hr = IAddrBook_CopyTo(obj, a1, a2, a3, a4, a5, a6, a7, a8, a9);
		return 0;
	}
	case 11: {
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
		r->owner = "IMAPIProp";
		r->method = "CopyProps";
		r->kind = MISUSE_HRESULT;
		r->hr = IAddrBook_CopyProps(obj, a1, a2, a3, a4, a5, a6, a7);
		return 0;
	}
	case 12: {
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
		r->owner = "IMAPIProp";
		r->method = "GetNamesFromIDs";
		r->kind = MISUSE_HRESULT;
		r->hr = IAddrBook_GetNamesFromIDs(obj, a1, a2, a3, a4, a5);
		return 0;
	}
	case 13: {
		ULONG a1;
		LPMAPINAMEID *a2;
		ULONG a3;
		LPSPropTagArray *a4;

		memset(&a1, 0, sizeof(a1));
		memset(&a2, 0, sizeof(a2));
		memset(&a3, 0, sizeof(a3));
		memset(&a4, 0, sizeof(a4));
		r->owner = "IMAPIProp";
		r->method = "GetIDsFromNames";
		r->kind = MISUSE_HRESULT;
		r->hr = IAddrBook_GetIDsFromNames(obj, a1, a2, a3, a4);
		return 0;
	}
	case 14: {
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
		r->owner = "IAddrBook";
		r->method = "OpenEntry";
		r->kind = MISUSE_HRESULT;
		r->hr = IAddrBook_OpenEntry(obj, a1, a2, a3, a4, a5, a6);
		return 0;
	}
	case 15: {
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
		r->owner = "IAddrBook";
		r->method = "CompareEntryIDs";
		r->kind = MISUSE_HRESULT;
		r->hr = IAddrBook_CompareEntryIDs(obj, a1, a2, a3, a4, a5, a6);
		return 0;
	}
	case 16: {
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
		r->owner = "IAddrBook";
		r->method = "Advise";
		r->kind = MISUSE_HRESULT;
		r->hr = IAddrBook_Advise(obj, a1, a2, a3, a4, a5);
		return 0;
	}
	case 17: {
		ULONG_PTR a1;

		memset(&a1, 0, sizeof(a1));
		r->owner = "IAddrBook";
		r->method = "Unadvise";
		r->kind = MISUSE_HRESULT;
		r->hr = IAddrBook_Unadvise(obj, a1);
		return 0;
	}
	case 18: {
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
		r->owner = "IAddrBook";
		r->method = "CreateOneOff";
		r->kind = MISUSE_HRESULT;
		r->hr = IAddrBook_CreateOneOff(obj, a1, a2, a3, a4, a5, a6);
		return 0;
	}
	case 19: {
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
		r->owner = "IAddrBook";
		r->method = "NewEntry";
		r->kind = MISUSE_HRESULT;
		r->hr = IAddrBook_NewEntry(obj, a1, a2, a3, a4, a5, a6, a7, a8);
		return 0;
	}
	case 20: {
		ULONG_PTR a1;
		ULONG a2;
		LPTSTR a3;
		LPADRLIST a4;

		memset(&a1, 0, sizeof(a1));
		memset(&a2, 0, sizeof(a2));
		memset(&a3, 0, sizeof(a3));
		memset(&a4, 0, sizeof(a4));
		r->owner = "IAddrBook";
		r->method = "ResolveName";
		r->kind = MISUSE_HRESULT;
		r->hr = IAddrBook_ResolveName(obj, a1, a2, a3, a4);
		return 0;
	}
	case 21: {
		ULONG_PTR *a1;
		LPADRPARM a2;
		LPADRLIST *a3;

		memset(&a1, 0, sizeof(a1));
		memset(&a2, 0, sizeof(a2));
		memset(&a3, 0, sizeof(a3));
		r->owner = "IAddrBook";
		r->method = "Address";
		r->kind = MISUSE_HRESULT;
		r->hr = IAddrBook_Address(obj, a1, a2, a3);
		return 0;
	}
	case 22: {
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
		r->owner = "IAddrBook";
		r->method = "Details";
		r->kind = MISUSE_HRESULT;
		r->hr = IAddrBook_Details(obj, a1, a2, a3, a4, a5, a6, a7, a8, a9);
		return 0;
	}
	case 23: {
		ULONG_PTR a1;
		ULONG a2;
		LPADRENTRY a3;

		memset(&a1, 0, sizeof(a1));
		memset(&a2, 0, sizeof(a2));
		memset(&a3, 0, sizeof(a3));
		r->owner = "IAddrBook";
		r->method = "RecipOptions";
		r->kind = MISUSE_HRESULT;
		r->hr = IAddrBook_RecipOptions(obj, a1, a2, a3);
		return 0;
	}
	case 24: {
		LPTSTR a1;
		ULONG a2;
		ULONG *a3;
		LPSPropValue *a4;

		memset(&a1, 0, sizeof(a1));
		memset(&a2, 0, sizeof(a2));
		memset(&a3, 0, sizeof(a3));
		memset(&a4, 0, sizeof(a4));
		r->owner = "IAddrBook";
		r->method = "QueryDefaultRecipOpt";
		r->kind = MISUSE_HRESULT;
		r->hr = IAddrBook_QueryDefaultRecipOpt(obj, a1, a2, a3, a4);
		return 0;
	}
	case 25: {
		ULONG *a1;
		LPENTRYID *a2;

		memset(&a1, 0, sizeof(a1));
		memset(&a2, 0, sizeof(a2));
		r->owner = "IAddrBook";
		r->method = "GetPAB";
		r->kind = MISUSE_HRESULT;
		r->hr = IAddrBook_GetPAB(obj, a1, a2);
		return 0;
	}
	case 26: {
		ULONG a1;
		LPENTRYID a2;

		memset(&a1, 0, sizeof(a1));
		memset(&a2, 0, sizeof(a2));
		r->owner = "IAddrBook";
		r->method = "SetPAB";
		r->kind = MISUSE_HRESULT;
		r->hr = IAddrBook_SetPAB(obj, a1, a2);
		return 0;
	}
	case 27: {
		ULONG *a1;
		LPENTRYID *a2;

		memset(&a1, 0, sizeof(a1));
		memset(&a2, 0, sizeof(a2));
		r->owner = "IAddrBook";
		r->method = "GetDefaultDir";
		r->kind = MISUSE_HRESULT;
		r->hr = IAddrBook_GetDefaultDir(obj, a1, a2);
		return 0;
	}
	case 28: {
		ULONG a1;
		LPENTRYID a2;

		memset(&a1, 0, sizeof(a1));
		memset(&a2, 0, sizeof(a2));
		r->owner = "IAddrBook";
		r->method = "SetDefaultDir";
		r->kind = MISUSE_HRESULT;
		r->hr = IAddrBook_SetDefaultDir(obj, a1, a2);
		return 0;
	}
	case 29: {
		ULONG a1;
		LPSRowSet *a2;

		memset(&a1, 0, sizeof(a1));
		memset(&a2, 0, sizeof(a2));
		r->owner = "IAddrBook";
		r->method = "GetSearchPath";
		r->kind = MISUSE_HRESULT;
		r->hr = IAddrBook_GetSearchPath(obj, a1, a2);
		return 0;
	}
	case 30: {
		ULONG a1;
		LPSRowSet a2;

		memset(&a1, 0, sizeof(a1));
		memset(&a2, 0, sizeof(a2));
		r->owner = "IAddrBook";
		r->method = "SetSearchPath";
		r->kind = MISUSE_HRESULT;
		r->hr = IAddrBook_SetSearchPath(obj, a1, a2);
		return 0;
	}
	case 31: {
		ULONG a1;
		LPSPropTagArray a2;
		LPADRLIST a3;

		memset(&a1, 0, sizeof(a1));
		memset(&a2, 0, sizeof(a2));
		memset(&a3, 0, sizeof(a3));
		r->owner = "IAddrBook";
		r->method = "PrepareRecips";
		r->kind = MISUSE_HRESULT;
		r->hr = IAddrBook_PrepareRecips(obj, a1, a2, a3);
		return 0;
	}
	default:
		return -1;
	}
}

static inline void
misuse_each_IAddrBook(IAddrBook *obj, uint64_t skip,
		 misuse_report_fn *report, void *arg)
{
	struct misuse_result r;
	int slot;

	for (slot = 0; slot < MISUSE_SLOTS_IAddrBook; slot++) {
		if (skip & ((uint64_t)1 << slot))
			continue;
		misuse_call_IAddrBook(obj, slot, &r);
		report(arg, &r);
	}
}

/* IMAPISession */

#define MISUSE_SLOTS_IMAPISession 22

static inline int
misuse_call_IMAPISession(IMAPISession *obj, int slot,
		 struct misuse_result *r)
{
	memset(r, 0, sizeof(*r));
	r->iface = "IMAPISession";
	r->slot = slot;
	switch (slot) {
	case 0: {
		REFIID a1;
		LPVOID *a2;

		memset(&a1, 0, sizeof(a1));
		memset(&a2, 0, sizeof(a2));
		r->owner = "IUnknown";
		r->method = "QueryInterface";
		r->kind = MISUSE_HRESULT;
		r->hr = IMAPISession_QueryInterface(obj, a1, a2);
		return 0;
	}
	case 1: {
		r->owner = "IUnknown";
		r->method = "AddRef";
		r->kind = MISUSE_ULONG;
		r->ul = IMAPISession_AddRef(obj);
		return 0;
	}
	case 2: {
		r->owner = "IUnknown";
		r->method = "Release";
		r->kind = MISUSE_ULONG;
		r->ul = IMAPISession_Release(obj);
		return 0;
	}
	case 3: {
		HRESULT a1;
		ULONG a2;
		LPMAPIERROR *a3;

		memset(&a1, 0, sizeof(a1));
		memset(&a2, 0, sizeof(a2));
		memset(&a3, 0, sizeof(a3));
		r->owner = "IMAPISession";
		r->method = "GetLastError";
		r->kind = MISUSE_HRESULT;
		r->hr = IMAPISession_GetLastError(obj, a1, a2, a3);
		return 0;
	}
	case 4: {
		ULONG a1;
		LPMAPITABLE *a2;

		memset(&a1, 0, sizeof(a1));
		memset(&a2, 0, sizeof(a2));
		r->owner = "IMAPISession";
		r->method = "GetMsgStoresTable";
		r->kind = MISUSE_HRESULT;
		r->hr = IMAPISession_GetMsgStoresTable(obj, a1, a2);
		return 0;
	}
	case 5: {
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
		r->owner = "IMAPISession";
		r->method = "OpenMsgStore";
		r->kind = MISUSE_HRESULT;
		r->hr = IMAPISession_OpenMsgStore(obj, a1, a2, a3, a4, a5, a6);
		return 0;
	}
	case 6: {
		ULONG_PTR a1;
		LPCIID a2;
		ULONG a3;
		LPADRBOOK *a4;

		memset(&a1, 0, sizeof(a1));
		memset(&a2, 0, sizeof(a2));
		memset(&a3, 0, sizeof(a3));
		memset(&a4, 0, sizeof(a4));
		r->owner = "IMAPISession";
		r->method = "OpenAddressBook";
		r->kind = MISUSE_HRESULT;
		r->hr = IMAPISession_OpenAddressBook(obj, a1, a2, a3, a4);
		return 0;
	}
	case 7: {
		LPMAPIUID a1;
		LPCIID a2;
		ULONG a3;
		LPPROFSECT *a4;

		memset(&a1, 0, sizeof(a1));
		memset(&a2, 0, sizeof(a2));
		memset(&a3, 0, sizeof(a3));
		memset(&a4, 0, sizeof(a4));
		r->owner = "IMAPISession";
		r->method = "OpenProfileSection";
		r->kind = MISUSE_HRESULT;
		r->hr = IMAPISession_OpenProfileSection(obj, a1, a2, a3, a4);
		return 0;
	}
	case 8: {
		ULONG a1;
		LPMAPITABLE *a2;

		memset(&a1, 0, sizeof(a1));
		memset(&a2, 0, sizeof(a2));
		r->owner = "IMAPISession";
		r->method = "GetStatusTable";
		r->kind = MISUSE_HRESULT;
		r->hr = IMAPISession_GetStatusTable(obj, a1, a2);
		return 0;
	}
	case 9: {
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
		r->owner = "IMAPISession";
		r->method = "OpenEntry";
		r->kind = MISUSE_HRESULT;
		r->hr = IMAPISession_OpenEntry(obj, a1, a2, a3, a4, a5, a6);
		return 0;
	}
	case 10: {
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
		r->owner = "IMAPISession";
		r->method = "CompareEntryIDs";
		r->kind = MISUSE_HRESULT;
		r->hr = IMAPISession_CompareEntryIDs(obj, a1, a2, a3, a4, a5, a6);
		return 0;
	}
	case 11: {
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
		r->owner = "IMAPISession";
		r->method = "Advise";
		r->kind = MISUSE_HRESULT;
		r->hr = IMAPISession_Advise(obj, a1, a2, a3, a4, a5);
		return 0;
	}
	case 12: {
		ULONG_PTR a1;

		memset(&a1, 0, sizeof(a1));
		r->owner = "IMAPISession";
		r->method = "Unadvise";
		r->kind = MISUSE_HRESULT;
		r->hr = IMAPISession_Unadvise(obj, a1);
		return 0;
	}
	case 13: {
		ULONG_PTR a1;
		ULONG a2;
		LPTSTR a3;
		LPMESSAGE a4;

		memset(&a1, 0, sizeof(a1));
		memset(&a2, 0, sizeof(a2));
		memset(&a3, 0, sizeof(a3));
		memset(&a4, 0, sizeof(a4));
		r->owner = "IMAPISession";
		r->method = "MessageOptions";
		r->kind = MISUSE_HRESULT;
		r->hr = IMAPISession_MessageOptions(obj, a1, a2, a3, a4);
		return 0;
	}
	case 14: {
		LPTSTR a1;
		ULONG a2;
		ULONG *a3;
		LPSPropValue *a4;

		memset(&a1, 0, sizeof(a1));
		memset(&a2, 0, sizeof(a2));
		memset(&a3, 0, sizeof(a3));
		memset(&a4, 0, sizeof(a4));
		r->owner = "IMAPISession";
		r->method = "QueryDefaultMessageOpt";
		r->kind = MISUSE_HRESULT;
		r->hr = IMAPISession_QueryDefaultMessageOpt(obj, a1, a2, a3, a4);
		return 0;
	}
	case 15: {
		ULONG a1;
		ULONG *a2;
		LPTSTR **a3;

		memset(&a1, 0, sizeof(a1));
		memset(&a2, 0, sizeof(a2));
		memset(&a3, 0, sizeof(a3));
		r->owner = "IMAPISession";
		r->method = "EnumAdrTypes";
		r->kind = MISUSE_HRESULT;
		r->hr = IMAPISession_EnumAdrTypes(obj, a1, a2, a3);
		return 0;
	}
	case 16: {
		ULONG *a1;
		LPENTRYID *a2;

		memset(&a1, 0, sizeof(a1));
		memset(&a2, 0, sizeof(a2));
		r->owner = "IMAPISession";
		r->method = "QueryIdentity";
		r->kind = MISUSE_HRESULT;
		r->hr = IMAPISession_QueryIdentity(obj, a1, a2);
		return 0;
	}
	case 17: {
		ULONG_PTR a1;
		ULONG a2;
		ULONG a3;

		memset(&a1, 0, sizeof(a1));
		memset(&a2, 0, sizeof(a2));
		memset(&a3, 0, sizeof(a3));
		r->owner = "IMAPISession";
		r->method = "Logoff";
		r->kind = MISUSE_HRESULT;
		r->hr = IMAPISession_Logoff(obj, a1, a2, a3);
		return 0;
	}
	case 18: {
		ULONG a1;
		ULONG a2;
		LPENTRYID a3;

		memset(&a1, 0, sizeof(a1));
		memset(&a2, 0, sizeof(a2));
		memset(&a3, 0, sizeof(a3));
		r->owner = "IMAPISession";
		r->method = "SetDefaultStore";
		r->kind = MISUSE_HRESULT;
		r->hr = IMAPISession_SetDefaultStore(obj, a1, a2, a3);
		return 0;
	}
	case 19: {
		ULONG a1;
		LPSERVICEADMIN *a2;

		memset(&a1, 0, sizeof(a1));
		memset(&a2, 0, sizeof(a2));
		r->owner = "IMAPISession";
		r->method = "AdminServices";
		r->kind = MISUSE_HRESULT;
		r->hr = IMAPISession_AdminServices(obj, a1, a2);
		return 0;
	}
	case 20: {
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
		r->owner = "IMAPISession";
		r->method = "ShowForm";
		r->kind = MISUSE_HRESULT;
		r->hr = IMAPISession_ShowForm(obj, a1, a2, a3, a4, a5, a6, a7, a8, a9, a10, a11);
		return 0;
	}
	case 21: {
		LPCIID a1;
		LPMESSAGE a2;
		ULONG_PTR *a3;

		memset(&a1, 0, sizeof(a1));
		memset(&a2, 0, sizeof(a2));
		memset(&a3, 0, sizeof(a3));
		r->owner = "IMAPISession";
		r->method = "PrepareForm";
		r->kind = MISUSE_HRESULT;
		r->hr = IMAPISession_PrepareForm(obj, a1, a2, a3);
		return 0;
	}
	default:
		return -1;
	}
}

static inline void
misuse_each_IMAPISession(IMAPISession *obj, uint64_t skip,
		 misuse_report_fn *report, void *arg)
{
	struct misuse_result r;
	int slot;

	for (slot = 0; slot < MISUSE_SLOTS_IMAPISession; slot++) {
		if (skip & ((uint64_t)1 << slot))
			continue;
		misuse_call_IMAPISession(obj, slot, &r);
		report(arg, &r);
	}
}

/* IProfAdmin */

#define MISUSE_SLOTS_IProfAdmin 12

static inline int
misuse_call_IProfAdmin(IProfAdmin *obj, int slot,
		 struct misuse_result *r)
{
	memset(r, 0, sizeof(*r));
	r->iface = "IProfAdmin";
	r->slot = slot;
	switch (slot) {
	case 0: {
		REFIID a1;
		LPVOID *a2;

		memset(&a1, 0, sizeof(a1));
		memset(&a2, 0, sizeof(a2));
		r->owner = "IUnknown";
		r->method = "QueryInterface";
		r->kind = MISUSE_HRESULT;
		r->hr = IProfAdmin_QueryInterface(obj, a1, a2);
		return 0;
	}
	case 1: {
		r->owner = "IUnknown";
		r->method = "AddRef";
		r->kind = MISUSE_ULONG;
		r->ul = IProfAdmin_AddRef(obj);
		return 0;
	}
	case 2: {
		r->owner = "IUnknown";
		r->method = "Release";
		r->kind = MISUSE_ULONG;
		r->ul = IProfAdmin_Release(obj);
		return 0;
	}
	case 3: {
		HRESULT a1;
		ULONG a2;
		LPMAPIERROR *a3;

		memset(&a1, 0, sizeof(a1));
		memset(&a2, 0, sizeof(a2));
		memset(&a3, 0, sizeof(a3));
		r->owner = "IProfAdmin";
		r->method = "GetLastError";
		r->kind = MISUSE_HRESULT;
		r->hr = IProfAdmin_GetLastError(obj, a1, a2, a3);
		return 0;
	}
	case 4: {
		ULONG a1;
		LPMAPITABLE *a2;

		memset(&a1, 0, sizeof(a1));
		memset(&a2, 0, sizeof(a2));
		r->owner = "IProfAdmin";
		r->method = "GetProfileTable";
		r->kind = MISUSE_HRESULT;
		r->hr = IProfAdmin_GetProfileTable(obj, a1, a2);
		return 0;
	}
	case 5: {
		LPTSTR a1;
		LPTSTR a2;
		ULONG_PTR a3;
		ULONG a4;

		memset(&a1, 0, sizeof(a1));
		memset(&a2, 0, sizeof(a2));
		memset(&a3, 0, sizeof(a3));
		memset(&a4, 0, sizeof(a4));
		r->owner = "IProfAdmin";
		r->method = "CreateProfile";
		r->kind = MISUSE_HRESULT;
		r->hr = IProfAdmin_CreateProfile(obj, a1, a2, a3, a4);
		return 0;
	}
	case 6: {
		LPTSTR a1;
		ULONG a2;

		memset(&a1, 0, sizeof(a1));
		memset(&a2, 0, sizeof(a2));
		r->owner = "IProfAdmin";
		r->method = "DeleteProfile";
		r->kind = MISUSE_HRESULT;
		r->hr = IProfAdmin_DeleteProfile(obj, a1, a2);
		return 0;
	}
	case 7: {
		LPTSTR a1;
		LPTSTR a2;
		LPTSTR a3;
		ULONG a4;

		memset(&a1, 0, sizeof(a1));
		memset(&a2, 0, sizeof(a2));
		memset(&a3, 0, sizeof(a3));
		memset(&a4, 0, sizeof(a4));
		r->owner = "IProfAdmin";
		r->method = "ChangeProfilePassword";
		r->kind = MISUSE_HRESULT;
		r->hr = IProfAdmin_ChangeProfilePassword(obj, a1, a2, a3, a4);
		return 0;
	}
	case 8: {
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
		r->owner = "IProfAdmin";
		r->method = "CopyProfile";
		r->kind = MISUSE_HRESULT;
		r->hr = IProfAdmin_CopyProfile(obj, a1, a2, a3, a4, a5);
		return 0;
	}
	case 9: {
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
		r->owner = "IProfAdmin";
		r->method = "RenameProfile";
		r->kind = MISUSE_HRESULT;
		r->hr = IProfAdmin_RenameProfile(obj, a1, a2, a3, a4, a5);
		return 0;
	}
	case 10: {
		LPTSTR a1;
		ULONG a2;

		memset(&a1, 0, sizeof(a1));
		memset(&a2, 0, sizeof(a2));
		r->owner = "IProfAdmin";
		r->method = "SetDefaultProfile";
		r->kind = MISUSE_HRESULT;
		r->hr = IProfAdmin_SetDefaultProfile(obj, a1, a2);
		return 0;
	}
	case 11: {
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
		r->owner = "IProfAdmin";
		r->method = "AdminServices";
		r->kind = MISUSE_HRESULT;
		r->hr = IProfAdmin_AdminServices(obj, a1, a2, a3, a4, a5);
		return 0;
	}
	default:
		return -1;
	}
}

static inline void
misuse_each_IProfAdmin(IProfAdmin *obj, uint64_t skip,
		 misuse_report_fn *report, void *arg)
{
	struct misuse_result r;
	int slot;

	for (slot = 0; slot < MISUSE_SLOTS_IProfAdmin; slot++) {
		if (skip & ((uint64_t)1 << slot))
			continue;
		misuse_call_IProfAdmin(obj, slot, &r);
		report(arg, &r);
	}
}

/* IMsgServiceAdmin */

#define MISUSE_SLOTS_IMsgServiceAdmin 15

static inline int
misuse_call_IMsgServiceAdmin(IMsgServiceAdmin *obj, int slot,
		 struct misuse_result *r)
{
	memset(r, 0, sizeof(*r));
	r->iface = "IMsgServiceAdmin";
	r->slot = slot;
	switch (slot) {
	case 0: {
		REFIID a1;
		LPVOID *a2;

		memset(&a1, 0, sizeof(a1));
		memset(&a2, 0, sizeof(a2));
		r->owner = "IUnknown";
		r->method = "QueryInterface";
		r->kind = MISUSE_HRESULT;
		r->hr = IMsgServiceAdmin_QueryInterface(obj, a1, a2);
		return 0;
	}
	case 1: {
		r->owner = "IUnknown";
		r->method = "AddRef";
		r->kind = MISUSE_ULONG;
		r->ul = IMsgServiceAdmin_AddRef(obj);
		return 0;
	}
	case 2: {
		r->owner = "IUnknown";
		r->method = "Release";
		r->kind = MISUSE_ULONG;
		r->ul = IMsgServiceAdmin_Release(obj);
		return 0;
	}
	case 3: {
		HRESULT a1;
		ULONG a2;
		LPMAPIERROR *a3;

		memset(&a1, 0, sizeof(a1));
		memset(&a2, 0, sizeof(a2));
		memset(&a3, 0, sizeof(a3));
		r->owner = "IMsgServiceAdmin";
		r->method = "GetLastError";
		r->kind = MISUSE_HRESULT;
		r->hr = IMsgServiceAdmin_GetLastError(obj, a1, a2, a3);
		return 0;
	}
	case 4: {
		ULONG a1;
		LPMAPITABLE *a2;

		memset(&a1, 0, sizeof(a1));
		memset(&a2, 0, sizeof(a2));
		r->owner = "IMsgServiceAdmin";
		r->method = "GetMsgServiceTable";
		r->kind = MISUSE_HRESULT;
		r->hr = IMsgServiceAdmin_GetMsgServiceTable(obj, a1, a2);
		return 0;
	}
	case 5: {
		LPTSTR a1;
		LPTSTR a2;
		ULONG_PTR a3;
		ULONG a4;

		memset(&a1, 0, sizeof(a1));
		memset(&a2, 0, sizeof(a2));
		memset(&a3, 0, sizeof(a3));
		memset(&a4, 0, sizeof(a4));
		r->owner = "IMsgServiceAdmin";
		r->method = "CreateMsgService";
		r->kind = MISUSE_HRESULT;
		r->hr = IMsgServiceAdmin_CreateMsgService(obj, a1, a2, a3, a4);
		return 0;
	}
	case 6: {
		LPMAPIUID a1;

		memset(&a1, 0, sizeof(a1));
		r->owner = "IMsgServiceAdmin";
		r->method = "DeleteMsgService";
		r->kind = MISUSE_HRESULT;
		r->hr = IMsgServiceAdmin_DeleteMsgService(obj, a1);
		return 0;
	}
	case 7: {
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
		r->owner = "IMsgServiceAdmin";
		r->method = "CopyMsgService";
		r->kind = MISUSE_HRESULT;
		r->hr = IMsgServiceAdmin_CopyMsgService(obj, a1, a2, a3, a4, a5, a6, a7);
		return 0;
	}
	case 8: {
		LPMAPIUID a1;
		ULONG a2;
		LPTSTR a3;

		memset(&a1, 0, sizeof(a1));
		memset(&a2, 0, sizeof(a2));
		memset(&a3, 0, sizeof(a3));
		r->owner = "IMsgServiceAdmin";
		r->method = "RenameMsgService";
		r->kind = MISUSE_HRESULT;
		r->hr = IMsgServiceAdmin_RenameMsgService(obj, a1, a2, a3);
		return 0;
	}
	case 9: {
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
		r->owner = "IMsgServiceAdmin";
		r->method = "ConfigureMsgService";
		r->kind = MISUSE_HRESULT;
		r->hr = IMsgServiceAdmin_ConfigureMsgService(obj, a1, a2, a3, a4, a5);
		return 0;
	}
	case 10: {
		LPMAPIUID a1;
		LPCIID a2;
		ULONG a3;
		LPPROFSECT *a4;

		memset(&a1, 0, sizeof(a1));
		memset(&a2, 0, sizeof(a2));
		memset(&a3, 0, sizeof(a3));
		memset(&a4, 0, sizeof(a4));
		r->owner = "IMsgServiceAdmin";
		r->method = "OpenProfileSection";
		r->kind = MISUSE_HRESULT;
		r->hr = IMsgServiceAdmin_OpenProfileSection(obj, a1, a2, a3, a4);
		return 0;
	}
	case 11: {
		ULONG a1;
		LPMAPIUID a2;
		ULONG a3;

		memset(&a1, 0, sizeof(a1));
		memset(&a2, 0, sizeof(a2));
		memset(&a3, 0, sizeof(a3));
		r->owner = "IMsgServiceAdmin";
		r->method = "MsgServiceTransportOrder";
		r->kind = MISUSE_HRESULT;
		r->hr = IMsgServiceAdmin_MsgServiceTransportOrder(obj, a1, a2, a3);
		return 0;
	}
	case 12: {
		LPMAPIUID a1;
		ULONG a2;
		LPPROVIDERADMIN *a3;

		memset(&a1, 0, sizeof(a1));
		memset(&a2, 0, sizeof(a2));
		memset(&a3, 0, sizeof(a3));
		r->owner = "IMsgServiceAdmin";
		r->method = "AdminProviders";
		r->kind = MISUSE_HRESULT;
		r->hr = IMsgServiceAdmin_AdminProviders(obj, a1, a2, a3);
		return 0;
	}
	case 13: {
		LPMAPIUID a1;
		ULONG a2;

		memset(&a1, 0, sizeof(a1));
		memset(&a2, 0, sizeof(a2));
		r->owner = "IMsgServiceAdmin";
		r->method = "SetPrimaryIdentity";
		r->kind = MISUSE_HRESULT;
		r->hr = IMsgServiceAdmin_SetPrimaryIdentity(obj, a1, a2);
		return 0;
	}
	case 14: {
		ULONG a1;
		LPMAPITABLE *a2;

		memset(&a1, 0, sizeof(a1));
		memset(&a2, 0, sizeof(a2));
		r->owner = "IMsgServiceAdmin";
		r->method = "GetProviderTable";
		r->kind = MISUSE_HRESULT;
		r->hr = IMsgServiceAdmin_GetProviderTable(obj, a1, a2);
		return 0;
	}
	default:
		return -1;
	}
}

static inline void
misuse_each_IMsgServiceAdmin(IMsgServiceAdmin *obj, uint64_t skip,
		 misuse_report_fn *report, void *arg)
{
	struct misuse_result r;
	int slot;

	for (slot = 0; slot < MISUSE_SLOTS_IMsgServiceAdmin; slot++) {
		if (skip & ((uint64_t)1 << slot))
			continue;
		misuse_call_IMsgServiceAdmin(obj, slot, &r);
		report(arg, &r);
	}
}

/* IMsgServiceAdmin2 */

#define MISUSE_SLOTS_IMsgServiceAdmin2 16

static inline int
misuse_call_IMsgServiceAdmin2(IMsgServiceAdmin2 *obj, int slot,
		 struct misuse_result *r)
{
	memset(r, 0, sizeof(*r));
	r->iface = "IMsgServiceAdmin2";
	r->slot = slot;
	switch (slot) {
	case 0: {
		REFIID a1;
		LPVOID *a2;

		memset(&a1, 0, sizeof(a1));
		memset(&a2, 0, sizeof(a2));
		r->owner = "IUnknown";
		r->method = "QueryInterface";
		r->kind = MISUSE_HRESULT;
		r->hr = IMsgServiceAdmin2_QueryInterface(obj, a1, a2);
		return 0;
	}
	case 1: {
		r->owner = "IUnknown";
		r->method = "AddRef";
		r->kind = MISUSE_ULONG;
		r->ul = IMsgServiceAdmin2_AddRef(obj);
		return 0;
	}
	case 2: {
		r->owner = "IUnknown";
		r->method = "Release";
		r->kind = MISUSE_ULONG;
		r->ul = IMsgServiceAdmin2_Release(obj);
		return 0;
	}
	case 3: {
		HRESULT a1;
		ULONG a2;
		LPMAPIERROR *a3;

		memset(&a1, 0, sizeof(a1));
		memset(&a2, 0, sizeof(a2));
		memset(&a3, 0, sizeof(a3));
		r->owner = "IMsgServiceAdmin";
		r->method = "GetLastError";
		r->kind = MISUSE_HRESULT;
		r->hr = IMsgServiceAdmin2_GetLastError(obj, a1, a2, a3);
		return 0;
	}
	case 4: {
		ULONG a1;
		LPMAPITABLE *a2;

		memset(&a1, 0, sizeof(a1));
		memset(&a2, 0, sizeof(a2));
		r->owner = "IMsgServiceAdmin";
		r->method = "GetMsgServiceTable";
		r->kind = MISUSE_HRESULT;
		r->hr = IMsgServiceAdmin2_GetMsgServiceTable(obj, a1, a2);
		return 0;
	}
	case 5: {
		LPTSTR a1;
		LPTSTR a2;
		ULONG_PTR a3;
		ULONG a4;

		memset(&a1, 0, sizeof(a1));
		memset(&a2, 0, sizeof(a2));
		memset(&a3, 0, sizeof(a3));
		memset(&a4, 0, sizeof(a4));
		r->owner = "IMsgServiceAdmin";
		r->method = "CreateMsgService";
		r->kind = MISUSE_HRESULT;
		r->hr = IMsgServiceAdmin2_CreateMsgService(obj, a1, a2, a3, a4);
		return 0;
	}
	case 6: {
		LPMAPIUID a1;

		memset(&a1, 0, sizeof(a1));
		r->owner = "IMsgServiceAdmin";
		r->method = "DeleteMsgService";
		r->kind = MISUSE_HRESULT;
		r->hr = IMsgServiceAdmin2_DeleteMsgService(obj, a1);
		return 0;
	}
	case 7: {
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
		r->owner = "IMsgServiceAdmin";
		r->method = "CopyMsgService";
		r->kind = MISUSE_HRESULT;
		r->hr = IMsgServiceAdmin2_CopyMsgService(obj, a1, a2, a3, a4, a5, a6, a7);
		return 0;
	}
	case 8: {
		LPMAPIUID a1;
		ULONG a2;
		LPTSTR a3;

		memset(&a1, 0, sizeof(a1));
		memset(&a2, 0, sizeof(a2));
		memset(&a3, 0, sizeof(a3));
		r->owner = "IMsgServiceAdmin";
		r->method = "RenameMsgService";
		r->kind = MISUSE_HRESULT;
		r->hr = IMsgServiceAdmin2_RenameMsgService(obj, a1, a2, a3);
		return 0;
	}
	case 9: {
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
		r->owner = "IMsgServiceAdmin";
		r->method = "ConfigureMsgService";
		r->kind = MISUSE_HRESULT;
		r->hr = IMsgServiceAdmin2_ConfigureMsgService(obj, a1, a2, a3, a4, a5);
		return 0;
	}
	case 10: {
		LPMAPIUID a1;
		LPCIID a2;
		ULONG a3;
		LPPROFSECT *a4;

		memset(&a1, 0, sizeof(a1));
		memset(&a2, 0, sizeof(a2));
		memset(&a3, 0, sizeof(a3));
		memset(&a4, 0, sizeof(a4));
		r->owner = "IMsgServiceAdmin";
		r->method = "OpenProfileSection";
		r->kind = MISUSE_HRESULT;
		r->hr = IMsgServiceAdmin2_OpenProfileSection(obj, a1, a2, a3, a4);
		return 0;
	}
	case 11: {
		ULONG a1;
		LPMAPIUID a2;
		ULONG a3;

		memset(&a1, 0, sizeof(a1));
		memset(&a2, 0, sizeof(a2));
		memset(&a3, 0, sizeof(a3));
		r->owner = "IMsgServiceAdmin";
		r->method = "MsgServiceTransportOrder";
		r->kind = MISUSE_HRESULT;
		r->hr = IMsgServiceAdmin2_MsgServiceTransportOrder(obj, a1, a2, a3);
		return 0;
	}
	case 12: {
		LPMAPIUID a1;
		ULONG a2;
		LPPROVIDERADMIN *a3;

		memset(&a1, 0, sizeof(a1));
		memset(&a2, 0, sizeof(a2));
		memset(&a3, 0, sizeof(a3));
		r->owner = "IMsgServiceAdmin";
		r->method = "AdminProviders";
		r->kind = MISUSE_HRESULT;
		r->hr = IMsgServiceAdmin2_AdminProviders(obj, a1, a2, a3);
		return 0;
	}
	case 13: {
		LPMAPIUID a1;
		ULONG a2;

		memset(&a1, 0, sizeof(a1));
		memset(&a2, 0, sizeof(a2));
		r->owner = "IMsgServiceAdmin";
		r->method = "SetPrimaryIdentity";
		r->kind = MISUSE_HRESULT;
		r->hr = IMsgServiceAdmin2_SetPrimaryIdentity(obj, a1, a2);
		return 0;
	}
	case 14: {
		ULONG a1;
		LPMAPITABLE *a2;

		memset(&a1, 0, sizeof(a1));
		memset(&a2, 0, sizeof(a2));
		r->owner = "IMsgServiceAdmin";
		r->method = "GetProviderTable";
		r->kind = MISUSE_HRESULT;
		r->hr = IMsgServiceAdmin2_GetProviderTable(obj, a1, a2);
		return 0;
	}
	case 15: {
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
		r->owner = "IMsgServiceAdmin2";
		r->method = "CreateMsgServiceEx";
		r->kind = MISUSE_HRESULT;
		r->hr = IMsgServiceAdmin2_CreateMsgServiceEx(obj, a1, a2, a3, a4, a5);
		return 0;
	}
	default:
		return -1;
	}
}

static inline void
misuse_each_IMsgServiceAdmin2(IMsgServiceAdmin2 *obj, uint64_t skip,
		 misuse_report_fn *report, void *arg)
{
	struct misuse_result r;
	int slot;

	for (slot = 0; slot < MISUSE_SLOTS_IMsgServiceAdmin2; slot++) {
		if (skip & ((uint64_t)1 << slot))
			continue;
		misuse_call_IMsgServiceAdmin2(obj, slot, &r);
		report(arg, &r);
	}
}

/* IProviderAdmin */

#define MISUSE_SLOTS_IProviderAdmin 8

static inline int
misuse_call_IProviderAdmin(IProviderAdmin *obj, int slot,
		 struct misuse_result *r)
{
	memset(r, 0, sizeof(*r));
	r->iface = "IProviderAdmin";
	r->slot = slot;
	switch (slot) {
	case 0: {
		REFIID a1;
		LPVOID *a2;

		memset(&a1, 0, sizeof(a1));
		memset(&a2, 0, sizeof(a2));
		r->owner = "IUnknown";
		r->method = "QueryInterface";
		r->kind = MISUSE_HRESULT;
		r->hr = IProviderAdmin_QueryInterface(obj, a1, a2);
		return 0;
	}
	case 1: {
		r->owner = "IUnknown";
		r->method = "AddRef";
		r->kind = MISUSE_ULONG;
		r->ul = IProviderAdmin_AddRef(obj);
		return 0;
	}
	case 2: {
		r->owner = "IUnknown";
		r->method = "Release";
		r->kind = MISUSE_ULONG;
		r->ul = IProviderAdmin_Release(obj);
		return 0;
	}
	case 3: {
		HRESULT a1;
		ULONG a2;
		LPMAPIERROR *a3;

		memset(&a1, 0, sizeof(a1));
		memset(&a2, 0, sizeof(a2));
		memset(&a3, 0, sizeof(a3));
		r->owner = "IProviderAdmin";
		r->method = "GetLastError";
		r->kind = MISUSE_HRESULT;
		r->hr = IProviderAdmin_GetLastError(obj, a1, a2, a3);
		return 0;
	}
	case 4: {
		ULONG a1;
		LPMAPITABLE *a2;

		memset(&a1, 0, sizeof(a1));
		memset(&a2, 0, sizeof(a2));
		r->owner = "IProviderAdmin";
		r->method = "GetProviderTable";
		r->kind = MISUSE_HRESULT;
		r->hr = IProviderAdmin_GetProviderTable(obj, a1, a2);
		return 0;
	}
	case 5: {
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
		r->owner = "IProviderAdmin";
		r->method = "CreateProvider";
		r->kind = MISUSE_HRESULT;
		r->hr = IProviderAdmin_CreateProvider(obj, a1, a2, a3, a4, a5, a6);
		return 0;
	}
	case 6: {
		LPMAPIUID a1;

		memset(&a1, 0, sizeof(a1));
		r->owner = "IProviderAdmin";
		r->method = "DeleteProvider";
		r->kind = MISUSE_HRESULT;
		r->hr = IProviderAdmin_DeleteProvider(obj, a1);
		return 0;
	}
	case 7: {
		LPMAPIUID a1;
		LPCIID a2;
		ULONG a3;
		LPPROFSECT *a4;

		memset(&a1, 0, sizeof(a1));
		memset(&a2, 0, sizeof(a2));
		memset(&a3, 0, sizeof(a3));
		memset(&a4, 0, sizeof(a4));
		r->owner = "IProviderAdmin";
		r->method = "OpenProfileSection";
		r->kind = MISUSE_HRESULT;
		r->hr = IProviderAdmin_OpenProfileSection(obj, a1, a2, a3, a4);
		return 0;
	}
	default:
		return -1;
	}
}

static inline void
misuse_each_IProviderAdmin(IProviderAdmin *obj, uint64_t skip,
		 misuse_report_fn *report, void *arg)
{
	struct misuse_result r;
	int slot;

	for (slot = 0; slot < MISUSE_SLOTS_IProviderAdmin; slot++) {
		if (skip & ((uint64_t)1 << slot))
			continue;
		misuse_call_IProviderAdmin(obj, slot, &r);
		report(arg, &r);
	}
}

/* ITableData */

#define MISUSE_SLOTS_ITableData 12

static inline int
misuse_call_ITableData(ITableData *obj, int slot,
		 struct misuse_result *r)
{
	memset(r, 0, sizeof(*r));
	r->iface = "ITableData";
	r->slot = slot;
	switch (slot) {
	case 0: {
		REFIID a1;
		LPVOID *a2;

		memset(&a1, 0, sizeof(a1));
		memset(&a2, 0, sizeof(a2));
		r->owner = "IUnknown";
		r->method = "QueryInterface";
		r->kind = MISUSE_HRESULT;
		r->hr = ITableData_QueryInterface(obj, a1, a2);
		return 0;
	}
	case 1: {
		r->owner = "IUnknown";
		r->method = "AddRef";
		r->kind = MISUSE_ULONG;
		r->ul = ITableData_AddRef(obj);
		return 0;
	}
	case 2: {
		r->owner = "IUnknown";
		r->method = "Release";
		r->kind = MISUSE_ULONG;
		r->ul = ITableData_Release(obj);
		return 0;
	}
	case 3: {
		LPSSortOrderSet a1;
		CALLERRELEASE *a2;
		ULONG_PTR a3;
		LPMAPITABLE *a4;

		memset(&a1, 0, sizeof(a1));
		memset(&a2, 0, sizeof(a2));
		memset(&a3, 0, sizeof(a3));
		memset(&a4, 0, sizeof(a4));
		r->owner = "ITableData";
		r->method = "HrGetView";
		r->kind = MISUSE_HRESULT;
		r->hr = ITableData_HrGetView(obj, a1, a2, a3, a4);
		return 0;
	}
	case 4: {
		LPSRow a1;

		memset(&a1, 0, sizeof(a1));
		r->owner = "ITableData";
		r->method = "HrModifyRow";
		r->kind = MISUSE_HRESULT;
		r->hr = ITableData_HrModifyRow(obj, a1);
		return 0;
	}
	case 5: {
		LPSPropValue a1;

		memset(&a1, 0, sizeof(a1));
		r->owner = "ITableData";
		r->method = "HrDeleteRow";
		r->kind = MISUSE_HRESULT;
		r->hr = ITableData_HrDeleteRow(obj, a1);
		return 0;
	}
	case 6: {
		LPSPropValue a1;
		LPSRow *a2;
		ULONG *a3;

		memset(&a1, 0, sizeof(a1));
		memset(&a2, 0, sizeof(a2));
		memset(&a3, 0, sizeof(a3));
		r->owner = "ITableData";
		r->method = "HrQueryRow";
		r->kind = MISUSE_HRESULT;
		r->hr = ITableData_HrQueryRow(obj, a1, a2, a3);
		return 0;
	}
	case 7: {
		ULONG a1;
		LPSRow *a2;

		memset(&a1, 0, sizeof(a1));
		memset(&a2, 0, sizeof(a2));
		r->owner = "ITableData";
		r->method = "HrEnumRow";
		r->kind = MISUSE_HRESULT;
		r->hr = ITableData_HrEnumRow(obj, a1, a2);
		return 0;
	}
	case 8: {
		ULONG a1;
		ULONG a2;
		LPSPropValue a3;

		memset(&a1, 0, sizeof(a1));
		memset(&a2, 0, sizeof(a2));
		memset(&a3, 0, sizeof(a3));
		r->owner = "ITableData";
		r->method = "HrNotify";
		r->kind = MISUSE_HRESULT;
		r->hr = ITableData_HrNotify(obj, a1, a2, a3);
		return 0;
	}
	case 9: {
		ULONG a1;
		LPSRow a2;

		memset(&a1, 0, sizeof(a1));
		memset(&a2, 0, sizeof(a2));
		r->owner = "ITableData";
		r->method = "HrInsertRow";
		r->kind = MISUSE_HRESULT;
		r->hr = ITableData_HrInsertRow(obj, a1, a2);
		return 0;
	}
	case 10: {
		ULONG a1;
		LPSRowSet a2;

		memset(&a1, 0, sizeof(a1));
		memset(&a2, 0, sizeof(a2));
		r->owner = "ITableData";
		r->method = "HrModifyRows";
		r->kind = MISUSE_HRESULT;
		r->hr = ITableData_HrModifyRows(obj, a1, a2);
		return 0;
	}
	case 11: {
		ULONG a1;
		LPSRowSet a2;
		ULONG *a3;

		memset(&a1, 0, sizeof(a1));
		memset(&a2, 0, sizeof(a2));
		memset(&a3, 0, sizeof(a3));
		r->owner = "ITableData";
		r->method = "HrDeleteRows";
		r->kind = MISUSE_HRESULT;
		r->hr = ITableData_HrDeleteRows(obj, a1, a2, a3);
		return 0;
	}
	default:
		return -1;
	}
}

static inline void
misuse_each_ITableData(ITableData *obj, uint64_t skip,
		 misuse_report_fn *report, void *arg)
{
	struct misuse_result r;
	int slot;

	for (slot = 0; slot < MISUSE_SLOTS_ITableData; slot++) {
		if (skip & ((uint64_t)1 << slot))
			continue;
		misuse_call_ITableData(obj, slot, &r);
		report(arg, &r);
	}
}

/* IPropData */

#define MISUSE_SLOTS_IPropData 18

static inline int
misuse_call_IPropData(IPropData *obj, int slot,
		 struct misuse_result *r)
{
	memset(r, 0, sizeof(*r));
	r->iface = "IPropData";
	r->slot = slot;
	switch (slot) {
	case 0: {
		REFIID a1;
		LPVOID *a2;

		memset(&a1, 0, sizeof(a1));
		memset(&a2, 0, sizeof(a2));
		r->owner = "IUnknown";
		r->method = "QueryInterface";
		r->kind = MISUSE_HRESULT;
		r->hr = IPropData_QueryInterface(obj, a1, a2);
		return 0;
	}
	case 1: {
		r->owner = "IUnknown";
		r->method = "AddRef";
		r->kind = MISUSE_ULONG;
		r->ul = IPropData_AddRef(obj);
		return 0;
	}
	case 2: {
		r->owner = "IUnknown";
		r->method = "Release";
		r->kind = MISUSE_ULONG;
		r->ul = IPropData_Release(obj);
		return 0;
	}
	case 3: {
		HRESULT a1;
		ULONG a2;
		LPMAPIERROR *a3;

		memset(&a1, 0, sizeof(a1));
		memset(&a2, 0, sizeof(a2));
		memset(&a3, 0, sizeof(a3));
		r->owner = "IMAPIProp";
		r->method = "GetLastError";
		r->kind = MISUSE_HRESULT;
		r->hr = IPropData_GetLastError(obj, a1, a2, a3);
		return 0;
	}
	case 4: {
		ULONG a1;

		memset(&a1, 0, sizeof(a1));
		r->owner = "IMAPIProp";
		r->method = "SaveChanges";
		r->kind = MISUSE_HRESULT;
		r->hr = IPropData_SaveChanges(obj, a1);
		return 0;
	}
	case 5: {
		LPSPropTagArray a1;
		ULONG a2;
		ULONG *a3;
		LPSPropValue *a4;

		memset(&a1, 0, sizeof(a1));
		memset(&a2, 0, sizeof(a2));
		memset(&a3, 0, sizeof(a3));
		memset(&a4, 0, sizeof(a4));
		r->owner = "IMAPIProp";
		r->method = "GetProps";
		r->kind = MISUSE_HRESULT;
		r->hr = IPropData_GetProps(obj, a1, a2, a3, a4);
		return 0;
	}
	case 6: {
		ULONG a1;
		LPSPropTagArray *a2;

		memset(&a1, 0, sizeof(a1));
		memset(&a2, 0, sizeof(a2));
		r->owner = "IMAPIProp";
		r->method = "GetPropList";
		r->kind = MISUSE_HRESULT;
		r->hr = IPropData_GetPropList(obj, a1, a2);
		return 0;
	}
	case 7: {
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
		r->owner = "IMAPIProp";
		r->method = "OpenProperty";
		r->kind = MISUSE_HRESULT;
		r->hr = IPropData_OpenProperty(obj, a1, a2, a3, a4, a5);
		return 0;
	}
	case 8: {
		ULONG a1;
		LPSPropValue a2;
		LPSPropProblemArray *a3;

		memset(&a1, 0, sizeof(a1));
		memset(&a2, 0, sizeof(a2));
		memset(&a3, 0, sizeof(a3));
		r->owner = "IMAPIProp";
		r->method = "SetProps";
		r->kind = MISUSE_HRESULT;
		r->hr = IPropData_SetProps(obj, a1, a2, a3);
		return 0;
	}
	case 9: {
		LPSPropTagArray a1;
		LPSPropProblemArray *a2;

		memset(&a1, 0, sizeof(a1));
		memset(&a2, 0, sizeof(a2));
		r->owner = "IMAPIProp";
		r->method = "DeleteProps";
		r->kind = MISUSE_HRESULT;
		r->hr = IPropData_DeleteProps(obj, a1, a2);
		return 0;
	}
	case 10: {
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
		r->owner = "IMAPIProp";
		r->method = "CopyTo";
		r->kind = MISUSE_HRESULT;
		r->hr = IPropData_CopyTo(obj, a1, a2, a3, a4, a5, a6, a7, a8, a9);
		return 0;
	}
	case 11: {
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
		r->owner = "IMAPIProp";
		r->method = "CopyProps";
		r->kind = MISUSE_HRESULT;
		r->hr = IPropData_CopyProps(obj, a1, a2, a3, a4, a5, a6, a7);
		return 0;
	}
	case 12: {
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
		r->owner = "IMAPIProp";
		r->method = "GetNamesFromIDs";
		r->kind = MISUSE_HRESULT;
		r->hr = IPropData_GetNamesFromIDs(obj, a1, a2, a3, a4, a5);
		return 0;
	}
	case 13: {
		ULONG a1;
		LPMAPINAMEID *a2;
		ULONG a3;
		LPSPropTagArray *a4;

		memset(&a1, 0, sizeof(a1));
		memset(&a2, 0, sizeof(a2));
		memset(&a3, 0, sizeof(a3));
		memset(&a4, 0, sizeof(a4));
		r->owner = "IMAPIProp";
		r->method = "GetIDsFromNames";
		r->kind = MISUSE_HRESULT;
		r->hr = IPropData_GetIDsFromNames(obj, a1, a2, a3, a4);
		return 0;
	}
	case 14: {
		ULONG a1;

		memset(&a1, 0, sizeof(a1));
		r->owner = "IPropData";
		r->method = "HrSetObjAccess";
		r->kind = MISUSE_HRESULT;
		r->hr = IPropData_HrSetObjAccess(obj, a1);
		return 0;
	}
	case 15: {
		LPSPropTagArray a1;
		ULONG *a2;

		memset(&a1, 0, sizeof(a1));
		memset(&a2, 0, sizeof(a2));
		r->owner = "IPropData";
		r->method = "HrSetPropAccess";
		r->kind = MISUSE_HRESULT;
		r->hr = IPropData_HrSetPropAccess(obj, a1, a2);
		return 0;
	}
	case 16: {
		LPSPropTagArray *a1;
		ULONG **a2;

		memset(&a1, 0, sizeof(a1));
		memset(&a2, 0, sizeof(a2));
		r->owner = "IPropData";
		r->method = "HrGetPropAccess";
		r->kind = MISUSE_HRESULT;
		r->hr = IPropData_HrGetPropAccess(obj, a1, a2);
		return 0;
	}
	case 17: {
		LPSPropTagArray a1;
		LPSPropProblemArray *a2;

		memset(&a1, 0, sizeof(a1));
		memset(&a2, 0, sizeof(a2));
		r->owner = "IPropData";
		r->method = "HrAddObjProps";
		r->kind = MISUSE_HRESULT;
		r->hr = IPropData_HrAddObjProps(obj, a1, a2);
		return 0;
	}
	default:
		return -1;
	}
}

static inline void
misuse_each_IPropData(IPropData *obj, uint64_t skip,
		 misuse_report_fn *report, void *arg)
{
	struct misuse_result r;
	int slot;

	for (slot = 0; slot < MISUSE_SLOTS_IPropData; slot++) {
		if (skip & ((uint64_t)1 << slot))
			continue;
		misuse_call_IPropData(obj, slot, &r);
		report(arg, &r);
	}
}

/* IExchangeManageStore */

#define MISUSE_SLOTS_IExchangeManageStore 8

static inline int
misuse_call_IExchangeManageStore(IExchangeManageStore *obj, int slot,
		 struct misuse_result *r)
{
	memset(r, 0, sizeof(*r));
	r->iface = "IExchangeManageStore";
	r->slot = slot;
	switch (slot) {
	case 0: {
		REFIID a1;
		LPVOID *a2;

		memset(&a1, 0, sizeof(a1));
		memset(&a2, 0, sizeof(a2));
		r->owner = "IUnknown";
		r->method = "QueryInterface";
		r->kind = MISUSE_HRESULT;
		r->hr = IExchangeManageStore_QueryInterface(obj, a1, a2);
		return 0;
	}
	case 1: {
		r->owner = "IUnknown";
		r->method = "AddRef";
		r->kind = MISUSE_ULONG;
		r->ul = IExchangeManageStore_AddRef(obj);
		return 0;
	}
	case 2: {
		r->owner = "IUnknown";
		r->method = "Release";
		r->kind = MISUSE_ULONG;
		r->ul = IExchangeManageStore_Release(obj);
		return 0;
	}
	case 3: {
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
		r->owner = "IExchangeManageStore";
		r->method = "CreateStoreEntryID";
		r->kind = MISUSE_HRESULT;
		r->hr = IExchangeManageStore_CreateStoreEntryID(obj, a1, a2, a3, a4, a5);
		return 0;
	}
	case 4: {
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
		r->owner = "IExchangeManageStore";
		r->method = "EntryIDFromSourceKey";
		r->kind = MISUSE_HRESULT;
		r->hr = IExchangeManageStore_EntryIDFromSourceKey(obj, a1, a2, a3, a4, a5, a6);
		return 0;
	}
	case 5: {
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
		r->owner = "IExchangeManageStore";
		r->method = "GetRights";
		r->kind = MISUSE_HRESULT;
		r->hr = IExchangeManageStore_GetRights(obj, a1, a2, a3, a4, a5);
		return 0;
	}
	case 6: {
		LPSTR a1;
		LPMAPITABLE *a2;
		ULONG a3;

		memset(&a1, 0, sizeof(a1));
		memset(&a2, 0, sizeof(a2));
		memset(&a3, 0, sizeof(a3));
		r->owner = "IExchangeManageStore";
		r->method = "GetMailboxTable";
		r->kind = MISUSE_HRESULT;
		r->hr = IExchangeManageStore_GetMailboxTable(obj, a1, a2, a3);
		return 0;
	}
	case 7: {
		LPSTR a1;
		LPMAPITABLE *a2;
		ULONG a3;

		memset(&a1, 0, sizeof(a1));
		memset(&a2, 0, sizeof(a2));
		memset(&a3, 0, sizeof(a3));
		r->owner = "IExchangeManageStore";
		r->method = "GetPublicFolderTable";
		r->kind = MISUSE_HRESULT;
		r->hr = IExchangeManageStore_GetPublicFolderTable(obj, a1, a2, a3);
		return 0;
	}
	default:
		return -1;
	}
}

static inline void
misuse_each_IExchangeManageStore(IExchangeManageStore *obj, uint64_t skip,
		 misuse_report_fn *report, void *arg)
{
	struct misuse_result r;
	int slot;

	for (slot = 0; slot < MISUSE_SLOTS_IExchangeManageStore; slot++) {
		if (skip & ((uint64_t)1 << slot))
			continue;
		misuse_call_IExchangeManageStore(obj, slot, &r);
		report(arg, &r);
	}
}

/* IExchangeModifyTable */

#define MISUSE_SLOTS_IExchangeModifyTable 6

static inline int
misuse_call_IExchangeModifyTable(IExchangeModifyTable *obj, int slot,
		 struct misuse_result *r)
{
	memset(r, 0, sizeof(*r));
	r->iface = "IExchangeModifyTable";
	r->slot = slot;
	switch (slot) {
	case 0: {
		REFIID a1;
		LPVOID *a2;

		memset(&a1, 0, sizeof(a1));
		memset(&a2, 0, sizeof(a2));
		r->owner = "IUnknown";
		r->method = "QueryInterface";
		r->kind = MISUSE_HRESULT;
		r->hr = IExchangeModifyTable_QueryInterface(obj, a1, a2);
		return 0;
	}
	case 1: {
		r->owner = "IUnknown";
		r->method = "AddRef";
		r->kind = MISUSE_ULONG;
		r->ul = IExchangeModifyTable_AddRef(obj);
		return 0;
	}
	case 2: {
		r->owner = "IUnknown";
		r->method = "Release";
		r->kind = MISUSE_ULONG;
		r->ul = IExchangeModifyTable_Release(obj);
		return 0;
	}
	case 3: {
		HRESULT a1;
		ULONG a2;
		LPMAPIERROR *a3;

		memset(&a1, 0, sizeof(a1));
		memset(&a2, 0, sizeof(a2));
		memset(&a3, 0, sizeof(a3));
		r->owner = "IExchangeModifyTable";
		r->method = "GetLastError";
		r->kind = MISUSE_HRESULT;
		r->hr = IExchangeModifyTable_GetLastError(obj, a1, a2, a3);
		return 0;
	}
	case 4: {
		ULONG a1;
		LPMAPITABLE *a2;

		memset(&a1, 0, sizeof(a1));
		memset(&a2, 0, sizeof(a2));
		r->owner = "IExchangeModifyTable";
		r->method = "GetTable";
		r->kind = MISUSE_HRESULT;
		r->hr = IExchangeModifyTable_GetTable(obj, a1, a2);
		return 0;
	}
	case 5: {
		ULONG a1;
		LPROWLIST a2;

		memset(&a1, 0, sizeof(a1));
		memset(&a2, 0, sizeof(a2));
		r->owner = "IExchangeModifyTable";
		r->method = "ModifyTable";
		r->kind = MISUSE_HRESULT;
		r->hr = IExchangeModifyTable_ModifyTable(obj, a1, a2);
		return 0;
	}
	default:
		return -1;
	}
}

static inline void
misuse_each_IExchangeModifyTable(IExchangeModifyTable *obj, uint64_t skip,
		 misuse_report_fn *report, void *arg)
{
	struct misuse_result r;
	int slot;

	for (slot = 0; slot < MISUSE_SLOTS_IExchangeModifyTable; slot++) {
		if (skip & ((uint64_t)1 << slot))
			continue;
		misuse_call_IExchangeModifyTable(obj, slot, &r);
		report(arg, &r);
	}
}

/* IMAPIControl */

#define MISUSE_SLOTS_IMAPIControl 6

static inline int
misuse_call_IMAPIControl(IMAPIControl *obj, int slot,
		 struct misuse_result *r)
{
	memset(r, 0, sizeof(*r));
	r->iface = "IMAPIControl";
	r->slot = slot;
	switch (slot) {
	case 0: {
		REFIID a1;
		LPVOID *a2;

		memset(&a1, 0, sizeof(a1));
		memset(&a2, 0, sizeof(a2));
		r->owner = "IUnknown";
		r->method = "QueryInterface";
		r->kind = MISUSE_HRESULT;
		r->hr = IMAPIControl_QueryInterface(obj, a1, a2);
		return 0;
	}
	case 1: {
		r->owner = "IUnknown";
		r->method = "AddRef";
		r->kind = MISUSE_ULONG;
		r->ul = IMAPIControl_AddRef(obj);
		return 0;
	}
	case 2: {
		r->owner = "IUnknown";
		r->method = "Release";
		r->kind = MISUSE_ULONG;
		r->ul = IMAPIControl_Release(obj);
		return 0;
	}
	case 3: {
		HRESULT a1;
		ULONG a2;
		LPMAPIERROR *a3;

		memset(&a1, 0, sizeof(a1));
		memset(&a2, 0, sizeof(a2));
		memset(&a3, 0, sizeof(a3));
		r->owner = "IMAPIControl";
		r->method = "GetLastError";
		r->kind = MISUSE_HRESULT;
		r->hr = IMAPIControl_GetLastError(obj, a1, a2, a3);
		return 0;
	}
	case 4: {
		ULONG a1;
		ULONG_PTR a2;

		memset(&a1, 0, sizeof(a1));
		memset(&a2, 0, sizeof(a2));
		r->owner = "IMAPIControl";
		r->method = "Activate";
		r->kind = MISUSE_HRESULT;
		r->hr = IMAPIControl_Activate(obj, a1, a2);
		return 0;
	}
	case 5: {
		ULONG a1;
		ULONG *a2;

		memset(&a1, 0, sizeof(a1));
		memset(&a2, 0, sizeof(a2));
		r->owner = "IMAPIControl";
		r->method = "GetState";
		r->kind = MISUSE_HRESULT;
		r->hr = IMAPIControl_GetState(obj, a1, a2);
		return 0;
	}
	default:
		return -1;
	}
}

static inline void
misuse_each_IMAPIControl(IMAPIControl *obj, uint64_t skip,
		 misuse_report_fn *report, void *arg)
{
	struct misuse_result r;
	int slot;

	for (slot = 0; slot < MISUSE_SLOTS_IMAPIControl; slot++) {
		if (skip & ((uint64_t)1 << slot))
			continue;
		misuse_call_IMAPIControl(obj, slot, &r);
		report(arg, &r);
	}
}

/* IMAPIClientShutdown */

#define MISUSE_SLOTS_IMAPIClientShutdown 6

static inline int
misuse_call_IMAPIClientShutdown(IMAPIClientShutdown *obj, int slot,
		 struct misuse_result *r)
{
	memset(r, 0, sizeof(*r));
	r->iface = "IMAPIClientShutdown";
	r->slot = slot;
	switch (slot) {
	case 0: {
		REFIID a1;
		LPVOID *a2;

		memset(&a1, 0, sizeof(a1));
		memset(&a2, 0, sizeof(a2));
		r->owner = "IUnknown";
		r->method = "QueryInterface";
		r->kind = MISUSE_HRESULT;
		r->hr = IMAPIClientShutdown_QueryInterface(obj, a1, a2);
		return 0;
	}
	case 1: {
		r->owner = "IUnknown";
		r->method = "AddRef";
		r->kind = MISUSE_ULONG;
		r->ul = IMAPIClientShutdown_AddRef(obj);
		return 0;
	}
	case 2: {
		r->owner = "IUnknown";
		r->method = "Release";
		r->kind = MISUSE_ULONG;
		r->ul = IMAPIClientShutdown_Release(obj);
		return 0;
	}
	case 3: {
		r->owner = "IMAPIClientShutdown";
		r->method = "QueryFastShutdown";
		r->kind = MISUSE_HRESULT;
		r->hr = IMAPIClientShutdown_QueryFastShutdown(obj);
		return 0;
	}
	case 4: {
		r->owner = "IMAPIClientShutdown";
		r->method = "NotifyProcessShutdown";
		r->kind = MISUSE_HRESULT;
		r->hr = IMAPIClientShutdown_NotifyProcessShutdown(obj);
		return 0;
	}
	case 5: {
		r->owner = "IMAPIClientShutdown";
		r->method = "DoFastShutdown";
		r->kind = MISUSE_HRESULT;
		r->hr = IMAPIClientShutdown_DoFastShutdown(obj);
		return 0;
	}
	default:
		return -1;
	}
}

static inline void
misuse_each_IMAPIClientShutdown(IMAPIClientShutdown *obj, uint64_t skip,
		 misuse_report_fn *report, void *arg)
{
	struct misuse_result r;
	int slot;

	for (slot = 0; slot < MISUSE_SLOTS_IMAPIClientShutdown; slot++) {
		if (skip & ((uint64_t)1 << slot))
			continue;
		misuse_call_IMAPIClientShutdown(obj, slot, &r);
		report(arg, &r);
	}
}

/* IMAPIProviderShutdown */

#define MISUSE_SLOTS_IMAPIProviderShutdown 6

static inline int
misuse_call_IMAPIProviderShutdown(IMAPIProviderShutdown *obj, int slot,
		 struct misuse_result *r)
{
	memset(r, 0, sizeof(*r));
	r->iface = "IMAPIProviderShutdown";
	r->slot = slot;
	switch (slot) {
	case 0: {
		REFIID a1;
		LPVOID *a2;

		memset(&a1, 0, sizeof(a1));
		memset(&a2, 0, sizeof(a2));
		r->owner = "IUnknown";
		r->method = "QueryInterface";
		r->kind = MISUSE_HRESULT;
		r->hr = IMAPIProviderShutdown_QueryInterface(obj, a1, a2);
		return 0;
	}
	case 1: {
		r->owner = "IUnknown";
		r->method = "AddRef";
		r->kind = MISUSE_ULONG;
		r->ul = IMAPIProviderShutdown_AddRef(obj);
		return 0;
	}
	case 2: {
		r->owner = "IUnknown";
		r->method = "Release";
		r->kind = MISUSE_ULONG;
		r->ul = IMAPIProviderShutdown_Release(obj);
		return 0;
	}
	case 3: {
		r->owner = "IMAPIProviderShutdown";
		r->method = "QueryFastShutdown";
		r->kind = MISUSE_HRESULT;
		r->hr = IMAPIProviderShutdown_QueryFastShutdown(obj);
		return 0;
	}
	case 4: {
		r->owner = "IMAPIProviderShutdown";
		r->method = "NotifyProcessShutdown";
		r->kind = MISUSE_HRESULT;
		r->hr = IMAPIProviderShutdown_NotifyProcessShutdown(obj);
		return 0;
	}
	case 5: {
		r->owner = "IMAPIProviderShutdown";
		r->method = "DoFastShutdown";
		r->kind = MISUSE_HRESULT;
		r->hr = IMAPIProviderShutdown_DoFastShutdown(obj);
		return 0;
	}
	default:
		return -1;
	}
}

static inline void
misuse_each_IMAPIProviderShutdown(IMAPIProviderShutdown *obj, uint64_t skip,
		 misuse_report_fn *report, void *arg)
{
	struct misuse_result r;
	int slot;

	for (slot = 0; slot < MISUSE_SLOTS_IMAPIProviderShutdown; slot++) {
		if (skip & ((uint64_t)1 << slot))
			continue;
		misuse_call_IMAPIProviderShutdown(obj, slot, &r);
		report(arg, &r);
	}
}

/* IMAPISupport */

#define MISUSE_SLOTS_IMAPISupport 44

static inline int
misuse_call_IMAPISupport(IMAPISupport *obj, int slot,
		 struct misuse_result *r)
{
	memset(r, 0, sizeof(*r));
	r->iface = "IMAPISupport";
	r->slot = slot;
	switch (slot) {
	case 0: {
		REFIID a1;
		LPVOID *a2;

		memset(&a1, 0, sizeof(a1));
		memset(&a2, 0, sizeof(a2));
		r->owner = "IUnknown";
		r->method = "QueryInterface";
		r->kind = MISUSE_HRESULT;
		r->hr = IMAPISupport_QueryInterface(obj, a1, a2);
		return 0;
	}
	case 1: {
		r->owner = "IUnknown";
		r->method = "AddRef";
		r->kind = MISUSE_ULONG;
		r->ul = IMAPISupport_AddRef(obj);
		return 0;
	}
	case 2: {
		r->owner = "IUnknown";
		r->method = "Release";
		r->kind = MISUSE_ULONG;
		r->ul = IMAPISupport_Release(obj);
		return 0;
	}
	case 3: {
		HRESULT a1;
		ULONG a2;
		LPMAPIERROR *a3;

		memset(&a1, 0, sizeof(a1));
		memset(&a2, 0, sizeof(a2));
		memset(&a3, 0, sizeof(a3));
		r->owner = "IMAPISupport";
		r->method = "GetLastError";
		r->kind = MISUSE_HRESULT;
		r->hr = IMAPISupport_GetLastError(obj, a1, a2, a3);
		return 0;
	}
	case 4: {
		LPALLOCATEBUFFER *a1;
		LPALLOCATEMORE *a2;
		LPFREEBUFFER *a3;

		memset(&a1, 0, sizeof(a1));
		memset(&a2, 0, sizeof(a2));
		memset(&a3, 0, sizeof(a3));
		r->owner = "IMAPISupport";
		r->method = "GetMemAllocRoutines";
		r->kind = MISUSE_HRESULT;
		r->hr = IMAPISupport_GetMemAllocRoutines(obj, a1, a2, a3);
		return 0;
	}
	case 5: {
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
		r->owner = "IMAPISupport";
		r->method = "Subscribe";
		r->kind = MISUSE_HRESULT;
		r->hr = IMAPISupport_Subscribe(obj, a1, a2, a3, a4, a5);
		return 0;
	}
	case 6: {
		ULONG_PTR a1;

		memset(&a1, 0, sizeof(a1));
		r->owner = "IMAPISupport";
		r->method = "Unsubscribe";
		r->kind = MISUSE_HRESULT;
		r->hr = IMAPISupport_Unsubscribe(obj, a1);
		return 0;
	}
	case 7: {
		LPNOTIFKEY a1;
		ULONG a2;
		LPNOTIFICATION a3;
		ULONG *a4;

		memset(&a1, 0, sizeof(a1));
		memset(&a2, 0, sizeof(a2));
		memset(&a3, 0, sizeof(a3));
		memset(&a4, 0, sizeof(a4));
		r->owner = "IMAPISupport";
		r->method = "Notify";
		r->kind = MISUSE_HRESULT;
		r->hr = IMAPISupport_Notify(obj, a1, a2, a3, a4);
		return 0;
	}
	case 8: {
		ULONG a1;
		LPSPropValue a2;
		ULONG a3;

		memset(&a1, 0, sizeof(a1));
		memset(&a2, 0, sizeof(a2));
		memset(&a3, 0, sizeof(a3));
		r->owner = "IMAPISupport";
		r->method = "ModifyStatusRow";
		r->kind = MISUSE_HRESULT;
		r->hr = IMAPISupport_ModifyStatusRow(obj, a1, a2, a3);
		return 0;
	}
	case 9: {
		LPMAPIUID a1;
		ULONG a2;
		LPPROFSECT *a3;

		memset(&a1, 0, sizeof(a1));
		memset(&a2, 0, sizeof(a2));
		memset(&a3, 0, sizeof(a3));
		r->owner = "IMAPISupport";
		r->method = "OpenProfileSection";
		r->kind = MISUSE_HRESULT;
		r->hr = IMAPISupport_OpenProfileSection(obj, a1, a2, a3);
		return 0;
	}
	case 10: {
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
		r->owner = "IMAPISupport";
		r->method = "RegisterPreprocessor";
		r->kind = MISUSE_HRESULT;
		r->hr = IMAPISupport_RegisterPreprocessor(obj, a1, a2, a3, a4, a5, a6);
		return 0;
	}
	case 11: {
		LPMAPIUID a1;

		memset(&a1, 0, sizeof(a1));
		r->owner = "IMAPISupport";
		r->method = "NewUID";
		r->kind = MISUSE_HRESULT;
		r->hr = IMAPISupport_NewUID(obj, a1);
		return 0;
	}
	case 12: {
		ULONG a1;
		LPVOID a2;
		ULONG a3;
		ULONG a4;

		memset(&a1, 0, sizeof(a1));
		memset(&a2, 0, sizeof(a2));
		memset(&a3, 0, sizeof(a3));
		memset(&a4, 0, sizeof(a4));
		r->owner = "IMAPISupport";
		r->method = "MakeInvalid";
		r->kind = MISUSE_HRESULT;
		r->hr = IMAPISupport_MakeInvalid(obj, a1, a2, a3, a4);
		return 0;
	}
	case 13: {
		ULONG a1;

		memset(&a1, 0, sizeof(a1));
		r->owner = "IMAPISupport";
		r->method = "SpoolerYield";
		r->kind = MISUSE_HRESULT;
		r->hr = IMAPISupport_SpoolerYield(obj, a1);
		return 0;
	}
	case 14: {
		ULONG a1;
		LPVOID a2;

		memset(&a1, 0, sizeof(a1));
		memset(&a2, 0, sizeof(a2));
		r->owner = "IMAPISupport";
		r->method = "SpoolerNotify";
		r->kind = MISUSE_HRESULT;
		r->hr = IMAPISupport_SpoolerNotify(obj, a1, a2);
		return 0;
	}
	case 15: {
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
		r->owner = "IMAPISupport";
		r->method = "CreateOneOff";
		r->kind = MISUSE_HRESULT;
		r->hr = IMAPISupport_CreateOneOff(obj, a1, a2, a3, a4, a5, a6);
		return 0;
	}
	case 16: {
		LPMAPIUID a1;
		ULONG a2;

		memset(&a1, 0, sizeof(a1));
		memset(&a2, 0, sizeof(a2));
		r->owner = "IMAPISupport";
		r->method = "SetProviderUID";
		r->kind = MISUSE_HRESULT;
		r->hr = IMAPISupport_SetProviderUID(obj, a1, a2);
		return 0;
	}
	case 17: {
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
		r->owner = "IMAPISupport";
		r->method = "CompareEntryIDs";
		r->kind = MISUSE_HRESULT;
		r->hr = IMAPISupport_CompareEntryIDs(obj, a1, a2, a3, a4, a5, a6);
		return 0;
	}
	case 18: {
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
		r->owner = "IMAPISupport";
		r->method = "OpenTemplateID";
		r->kind = MISUSE_HRESULT;
		r->hr = IMAPISupport_OpenTemplateID(obj, a1, a2, a3, a4, a5, a6, a7);
		return 0;
	}
	case 19: {
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
		r->owner = "IMAPISupport";
		r->method = "OpenEntry";
		r->kind = MISUSE_HRESULT;
		r->hr = IMAPISupport_OpenEntry(obj, a1, a2, a3, a4, a5, a6);
		return 0;
	}
	case 20: {
		ULONG a1;
		LPMAPITABLE *a2;

		memset(&a1, 0, sizeof(a1));
		memset(&a2, 0, sizeof(a2));
		r->owner = "IMAPISupport";
		r->method = "GetOneOffTable";
		r->kind = MISUSE_HRESULT;
		r->hr = IMAPISupport_GetOneOffTable(obj, a1, a2);
		return 0;
	}
	case 21: {
		ULONG_PTR *a1;
		LPADRPARM a2;
		LPADRLIST *a3;

		memset(&a1, 0, sizeof(a1));
		memset(&a2, 0, sizeof(a2));
		memset(&a3, 0, sizeof(a3));
		r->owner = "IMAPISupport";
		r->method = "Address";
		r->kind = MISUSE_HRESULT;
		r->hr = IMAPISupport_Address(obj, a1, a2, a3);
		return 0;
	}
	case 22: {
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
		r->owner = "IMAPISupport";
		r->method = "Details";
		r->kind = MISUSE_HRESULT;
		r->hr = IMAPISupport_Details(obj, a1, a2, a3, a4, a5, a6, a7, a8, a9);
		return 0;
	}
	case 23: {
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
		r->owner = "IMAPISupport";
		r->method = "NewEntry";
		r->kind = MISUSE_HRESULT;
		r->hr = IMAPISupport_NewEntry(obj, a1, a2, a3, a4, a5, a6, a7, a8);
		return 0;
	}
	case 24: {
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
		r->owner = "IMAPISupport";
		r->method = "DoConfigPropsheet";
		r->kind = MISUSE_HRESULT;
		r->hr = IMAPISupport_DoConfigPropsheet(obj, a1, a2, a3, a4, a5, a6);
		return 0;
	}
	case 25: {
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
		r->owner = "IMAPISupport";
		r->method = "CopyMessages";
		r->kind = MISUSE_HRESULT;
		r->hr = IMAPISupport_CopyMessages(obj, a1, a2, a3, a4, a5, a6, a7, a8);
		return 0;
	}
	case 26: {
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
		r->owner = "IMAPISupport";
		r->method = "CopyFolder";
		r->kind = MISUSE_HRESULT;
		r->hr = IMAPISupport_CopyFolder(obj, a1, a2, a3, a4, a5, a6, a7, a8, a9, a10);
		return 0;
	}
	case 27: {
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
		r->owner = "IMAPISupport";
		r->method = "DoCopyTo";
		r->kind = MISUSE_HRESULT;
		r->hr = IMAPISupport_DoCopyTo(obj, a1, a2, a3, a4, a5, a6, a7, a8, a9, a10, a11);
		return 0;
	}
	case 28: {
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
		r->owner = "IMAPISupport";
		r->method = "DoCopyProps";
		r->kind = MISUSE_HRESULT;
		r->hr = IMAPISupport_DoCopyProps(obj, a1, a2, a3, a4, a5, a6, a7, a8, a9);
		return 0;
	}
	case 29: {
		ULONG_PTR a1;
		ULONG a2;
		LPMAPIPROGRESS *a3;

		memset(&a1, 0, sizeof(a1));
		memset(&a2, 0, sizeof(a2));
		memset(&a3, 0, sizeof(a3));
		r->owner = "IMAPISupport";
		r->method = "DoProgressDialog";
		r->kind = MISUSE_HRESULT;
		r->hr = IMAPISupport_DoProgressDialog(obj, a1, a2, a3);
		return 0;
	}
	case 30: {
		ULONG a1;
		LPMESSAGE a2;
		LPMESSAGE *a3;

		memset(&a1, 0, sizeof(a1));
		memset(&a2, 0, sizeof(a2));
		memset(&a3, 0, sizeof(a3));
		r->owner = "IMAPISupport";
		r->method = "ReadReceipt";
		r->kind = MISUSE_HRESULT;
		r->hr = IMAPISupport_ReadReceipt(obj, a1, a2, a3);
		return 0;
	}
	case 31: {
		LPMESSAGE a1;
		ULONG *a2;

		memset(&a1, 0, sizeof(a1));
		memset(&a2, 0, sizeof(a2));
		r->owner = "IMAPISupport";
		r->method = "PrepareSubmit";
		r->kind = MISUSE_HRESULT;
		r->hr = IMAPISupport_PrepareSubmit(obj, a1, a2);
		return 0;
	}
	case 32: {
		LPMESSAGE a1;
		ULONG *a2;

		memset(&a1, 0, sizeof(a1));
		memset(&a2, 0, sizeof(a2));
		r->owner = "IMAPISupport";
		r->method = "ExpandRecips";
		r->kind = MISUSE_HRESULT;
		r->hr = IMAPISupport_ExpandRecips(obj, a1, a2);
		return 0;
	}
	case 33: {
		ULONG a1;
		LPMESSAGE a2;

		memset(&a1, 0, sizeof(a1));
		memset(&a2, 0, sizeof(a2));
		r->owner = "IMAPISupport";
		r->method = "UpdatePAB";
		r->kind = MISUSE_HRESULT;
		r->hr = IMAPISupport_UpdatePAB(obj, a1, a2);
		return 0;
	}
	case 34: {
		ULONG a1;
		LPMESSAGE a2;

		memset(&a1, 0, sizeof(a1));
		memset(&a2, 0, sizeof(a2));
		r->owner = "IMAPISupport";
		r->method = "DoSentMail";
		r->kind = MISUSE_HRESULT;
		r->hr = IMAPISupport_DoSentMail(obj, a1, a2);
		return 0;
	}
	case 35: {
		LPCIID a1;
		ULONG a2;
		LPADRBOOK *a3;

		memset(&a1, 0, sizeof(a1));
		memset(&a2, 0, sizeof(a2));
		memset(&a3, 0, sizeof(a3));
		r->owner = "IMAPISupport";
		r->method = "OpenAddressBook";
		r->kind = MISUSE_HRESULT;
		r->hr = IMAPISupport_OpenAddressBook(obj, a1, a2, a3);
		return 0;
	}
	case 36: {
		ULONG a1;
		ULONG a2;
		LPENTRYID a3;

		memset(&a1, 0, sizeof(a1));
		memset(&a2, 0, sizeof(a2));
		memset(&a3, 0, sizeof(a3));
		r->owner = "IMAPISupport";
		r->method = "Preprocess";
		r->kind = MISUSE_HRESULT;
		r->hr = IMAPISupport_Preprocess(obj, a1, a2, a3);
		return 0;
	}
	case 37: {
		ULONG a1;
		ULONG a2;
		LPENTRYID a3;

		memset(&a1, 0, sizeof(a1));
		memset(&a2, 0, sizeof(a2));
		memset(&a3, 0, sizeof(a3));
		r->owner = "IMAPISupport";
		r->method = "CompleteMsg";
		r->kind = MISUSE_HRESULT;
		r->hr = IMAPISupport_CompleteMsg(obj, a1, a2, a3);
		return 0;
	}
	case 38: {
		ULONG *a1;

		memset(&a1, 0, sizeof(a1));
		r->owner = "IMAPISupport";
		r->method = "StoreLogoffTransports";
		r->kind = MISUSE_HRESULT;
		r->hr = IMAPISupport_StoreLogoffTransports(obj, a1);
		return 0;
	}
	case 39: {
		LPMESSAGE a1;
		LPADRLIST a2;

		memset(&a1, 0, sizeof(a1));
		memset(&a2, 0, sizeof(a2));
		r->owner = "IMAPISupport";
		r->method = "StatusRecips";
		r->kind = MISUSE_HRESULT;
		r->hr = IMAPISupport_StatusRecips(obj, a1, a2);
		return 0;
	}
	case 40: {
		ULONG a1;
		LPENTRYID a2;
		ULONG *a3;
		LPENTRYID *a4;

		memset(&a1, 0, sizeof(a1));
		memset(&a2, 0, sizeof(a2));
		memset(&a3, 0, sizeof(a3));
		memset(&a4, 0, sizeof(a4));
		r->owner = "IMAPISupport";
		r->method = "WrapStoreEntryID";
		r->kind = MISUSE_HRESULT;
		r->hr = IMAPISupport_WrapStoreEntryID(obj, a1, a2, a3, a4);
		return 0;
	}
	case 41: {
		ULONG a1;

		memset(&a1, 0, sizeof(a1));
		r->owner = "IMAPISupport";
		r->method = "ModifyProfile";
		r->kind = MISUSE_HRESULT;
		r->hr = IMAPISupport_ModifyProfile(obj, a1);
		return 0;
	}
	case 42: {
		LPUNKNOWN a1;
		LPCIID a2;
		ULONG a3;
		LPSTORAGE *a4;

		memset(&a1, 0, sizeof(a1));
		memset(&a2, 0, sizeof(a2));
		memset(&a3, 0, sizeof(a3));
		memset(&a4, 0, sizeof(a4));
		r->owner = "IMAPISupport";
		r->method = "IStorageFromStream";
		r->kind = MISUSE_HRESULT;
		r->hr = IMAPISupport_IStorageFromStream(obj, a1, a2, a3, a4);
		return 0;
	}
	case 43: {
		ULONG a1;
		LPMAPISUP *a2;

		memset(&a1, 0, sizeof(a1));
		memset(&a2, 0, sizeof(a2));
		r->owner = "IMAPISupport";
		r->method = "GetSvcConfigSupportObj";
		r->kind = MISUSE_HRESULT;
		r->hr = IMAPISupport_GetSvcConfigSupportObj(obj, a1, a2);
		return 0;
	}
	default:
		return -1;
	}
}

static inline void
misuse_each_IMAPISupport(IMAPISupport *obj, uint64_t skip,
		 misuse_report_fn *report, void *arg)
{
	struct misuse_result r;
	int slot;

	for (slot = 0; slot < MISUSE_SLOTS_IMAPISupport; slot++) {
		if (skip & ((uint64_t)1 << slot))
			continue;
		misuse_call_IMAPISupport(obj, slot, &r);
		report(arg, &r);
	}
}

/* IABLogon */

#define MISUSE_SLOTS_IABLogon 13

static inline int
misuse_call_IABLogon(IABLogon *obj, int slot,
		 struct misuse_result *r)
{
	memset(r, 0, sizeof(*r));
	r->iface = "IABLogon";
	r->slot = slot;
	switch (slot) {
	case 0: {
		REFIID a1;
		LPVOID *a2;

		memset(&a1, 0, sizeof(a1));
		memset(&a2, 0, sizeof(a2));
		r->owner = "IUnknown";
		r->method = "QueryInterface";
		r->kind = MISUSE_HRESULT;
		r->hr = IABLogon_QueryInterface(obj, a1, a2);
		return 0;
	}
	case 1: {
		r->owner = "IUnknown";
		r->method = "AddRef";
		r->kind = MISUSE_ULONG;
		r->ul = IABLogon_AddRef(obj);
		return 0;
	}
	case 2: {
		r->owner = "IUnknown";
		r->method = "Release";
		r->kind = MISUSE_ULONG;
		r->ul = IABLogon_Release(obj);
		return 0;
	}
	case 3: {
		HRESULT a1;
		ULONG a2;
		LPMAPIERROR *a3;

		memset(&a1, 0, sizeof(a1));
		memset(&a2, 0, sizeof(a2));
		memset(&a3, 0, sizeof(a3));
		r->owner = "IABLogon";
		r->method = "GetLastError";
		r->kind = MISUSE_HRESULT;
		r->hr = IABLogon_GetLastError(obj, a1, a2, a3);
		return 0;
	}
	case 4: {
		ULONG a1;

		memset(&a1, 0, sizeof(a1));
		r->owner = "IABLogon";
		r->method = "Logoff";
		r->kind = MISUSE_HRESULT;
		r->hr = IABLogon_Logoff(obj, a1);
		return 0;
	}
	case 5: {
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
		r->owner = "IABLogon";
		r->method = "OpenEntry";
		r->kind = MISUSE_HRESULT;
		r->hr = IABLogon_OpenEntry(obj, a1, a2, a3, a4, a5, a6);
		return 0;
	}
	case 6: {
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
		r->owner = "IABLogon";
		r->method = "CompareEntryIDs";
		r->kind = MISUSE_HRESULT;
		r->hr = IABLogon_CompareEntryIDs(obj, a1, a2, a3, a4, a5, a6);
		return 0;
	}
	case 7: {
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
		r->owner = "IABLogon";
		r->method = "Advise";
		r->kind = MISUSE_HRESULT;
		r->hr = IABLogon_Advise(obj, a1, a2, a3, a4, a5);
		return 0;
	}
	case 8: {
		ULONG_PTR a1;

		memset(&a1, 0, sizeof(a1));
		r->owner = "IABLogon";
		r->method = "Unadvise";
		r->kind = MISUSE_HRESULT;
		r->hr = IABLogon_Unadvise(obj, a1);
		return 0;
	}
	case 9: {
		LPCIID a1;
		ULONG a2;
		ULONG *a3;
		LPMAPISTATUS *a4;

		memset(&a1, 0, sizeof(a1));
		memset(&a2, 0, sizeof(a2));
		memset(&a3, 0, sizeof(a3));
		memset(&a4, 0, sizeof(a4));
		r->owner = "IABLogon";
		r->method = "OpenStatusEntry";
		r->kind = MISUSE_HRESULT;
		r->hr = IABLogon_OpenStatusEntry(obj, a1, a2, a3, a4);
		return 0;
	}
	case 10: {
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
		r->owner = "IABLogon";
		r->method = "OpenTemplateID";
		r->kind = MISUSE_HRESULT;
		r->hr = IABLogon_OpenTemplateID(obj, a1, a2, a3, a4, a5, a6, a7);
		return 0;
	}
	case 11: {
		ULONG a1;
		LPMAPITABLE *a2;

		memset(&a1, 0, sizeof(a1));
		memset(&a2, 0, sizeof(a2));
		r->owner = "IABLogon";
		r->method = "GetOneOffTable";
		r->kind = MISUSE_HRESULT;
		r->hr = IABLogon_GetOneOffTable(obj, a1, a2);
		return 0;
	}
	case 12: {
		ULONG a1;
		LPSPropTagArray a2;
		LPADRLIST a3;

		memset(&a1, 0, sizeof(a1));
		memset(&a2, 0, sizeof(a2));
		memset(&a3, 0, sizeof(a3));
		r->owner = "IABLogon";
		r->method = "PrepareRecips";
		r->kind = MISUSE_HRESULT;
		r->hr = IABLogon_PrepareRecips(obj, a1, a2, a3);
		return 0;
	}
	default:
		return -1;
	}
}

static inline void
misuse_each_IABLogon(IABLogon *obj, uint64_t skip,
		 misuse_report_fn *report, void *arg)
{
	struct misuse_result r;
	int slot;

	for (slot = 0; slot < MISUSE_SLOTS_IABLogon; slot++) {
		if (skip & ((uint64_t)1 << slot))
			continue;
		misuse_call_IABLogon(obj, slot, &r);
		report(arg, &r);
	}
}

/* IABProvider */

#define MISUSE_SLOTS_IABProvider 5

static inline int
misuse_call_IABProvider(IABProvider *obj, int slot,
		 struct misuse_result *r)
{
	memset(r, 0, sizeof(*r));
	r->iface = "IABProvider";
	r->slot = slot;
	switch (slot) {
	case 0: {
		REFIID a1;
		LPVOID *a2;

		memset(&a1, 0, sizeof(a1));
		memset(&a2, 0, sizeof(a2));
		r->owner = "IUnknown";
		r->method = "QueryInterface";
		r->kind = MISUSE_HRESULT;
		r->hr = IABProvider_QueryInterface(obj, a1, a2);
		return 0;
	}
	case 1: {
		r->owner = "IUnknown";
		r->method = "AddRef";
		r->kind = MISUSE_ULONG;
		r->ul = IABProvider_AddRef(obj);
		return 0;
	}
	case 2: {
		r->owner = "IUnknown";
		r->method = "Release";
		r->kind = MISUSE_ULONG;
		r->ul = IABProvider_Release(obj);
		return 0;
	}
	case 3: {
		ULONG *a1;

		memset(&a1, 0, sizeof(a1));
		r->owner = "IABProvider";
		r->method = "Shutdown";
		r->kind = MISUSE_HRESULT;
		r->hr = IABProvider_Shutdown(obj, a1);
		return 0;
	}
	case 4: {
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
		r->owner = "IABProvider";
		r->method = "Logon";
		r->kind = MISUSE_HRESULT;
		r->hr = IABProvider_Logon(obj, a1, a2, a3, a4, a5, a6, a7, a8);
		return 0;
	}
	default:
		return -1;
	}
}

static inline void
misuse_each_IABProvider(IABProvider *obj, uint64_t skip,
		 misuse_report_fn *report, void *arg)
{
	struct misuse_result r;
	int slot;

	for (slot = 0; slot < MISUSE_SLOTS_IABProvider; slot++) {
		if (skip & ((uint64_t)1 << slot))
			continue;
		misuse_call_IABProvider(obj, slot, &r);
		report(arg, &r);
	}
}

/* IXPLogon */

#define MISUSE_SLOTS_IXPLogon 15

static inline int
misuse_call_IXPLogon(IXPLogon *obj, int slot,
		 struct misuse_result *r)
{
	memset(r, 0, sizeof(*r));
	r->iface = "IXPLogon";
	r->slot = slot;
	switch (slot) {
	case 0: {
		REFIID a1;
		LPVOID *a2;

		memset(&a1, 0, sizeof(a1));
		memset(&a2, 0, sizeof(a2));
		r->owner = "IUnknown";
		r->method = "QueryInterface";
		r->kind = MISUSE_HRESULT;
		r->hr = IXPLogon_QueryInterface(obj, a1, a2);
		return 0;
	}
	case 1: {
		r->owner = "IUnknown";
		r->method = "AddRef";
		r->kind = MISUSE_ULONG;
		r->ul = IXPLogon_AddRef(obj);
		return 0;
	}
	case 2: {
		r->owner = "IUnknown";
		r->method = "Release";
		r->kind = MISUSE_ULONG;
		r->ul = IXPLogon_Release(obj);
		return 0;
	}
	case 3: {
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
		r->owner = "IXPLogon";
		r->method = "AddressTypes";
		r->kind = MISUSE_HRESULT;
		r->hr = IXPLogon_AddressTypes(obj, a1, a2, a3, a4, a5);
		return 0;
	}
	case 4: {
		ULONG *a1;
		ULONG *a2;
		LPOPTIONDATA *a3;

		memset(&a1, 0, sizeof(a1));
		memset(&a2, 0, sizeof(a2));
		memset(&a3, 0, sizeof(a3));
		r->owner = "IXPLogon";
		r->method = "RegisterOptions";
		r->kind = MISUSE_HRESULT;
		r->hr = IXPLogon_RegisterOptions(obj, a1, a2, a3);
		return 0;
	}
	case 5: {
		ULONG *a1;
		LPVOID *a2;

		memset(&a1, 0, sizeof(a1));
		memset(&a2, 0, sizeof(a2));
		r->owner = "IXPLogon";
		r->method = "TransportNotify";
		r->kind = MISUSE_HRESULT;
		r->hr = IXPLogon_TransportNotify(obj, a1, a2);
		return 0;
	}
	case 6: {
		ULONG a1;

		memset(&a1, 0, sizeof(a1));
		r->owner = "IXPLogon";
		r->method = "Idle";
		r->kind = MISUSE_HRESULT;
		r->hr = IXPLogon_Idle(obj, a1);
		return 0;
	}
	case 7: {
		ULONG a1;

		memset(&a1, 0, sizeof(a1));
		r->owner = "IXPLogon";
		r->method = "TransportLogoff";
		r->kind = MISUSE_HRESULT;
		r->hr = IXPLogon_TransportLogoff(obj, a1);
		return 0;
	}
	case 8: {
		ULONG a1;
		LPMESSAGE a2;
		ULONG_PTR *a3;
		ULONG_PTR *a4;

		memset(&a1, 0, sizeof(a1));
		memset(&a2, 0, sizeof(a2));
		memset(&a3, 0, sizeof(a3));
		memset(&a4, 0, sizeof(a4));
		r->owner = "IXPLogon";
		r->method = "SubmitMessage";
		r->kind = MISUSE_HRESULT;
		r->hr = IXPLogon_SubmitMessage(obj, a1, a2, a3, a4);
		return 0;
	}
	case 9: {
		ULONG_PTR a1;
		ULONG *a2;

		memset(&a1, 0, sizeof(a1));
		memset(&a2, 0, sizeof(a2));
		r->owner = "IXPLogon";
		r->method = "EndMessage";
		r->kind = MISUSE_HRESULT;
		r->hr = IXPLogon_EndMessage(obj, a1, a2);
		return 0;
	}
	case 10: {
		ULONG *a1;

		memset(&a1, 0, sizeof(a1));
		r->owner = "IXPLogon";
		r->method = "Poll";
		r->kind = MISUSE_HRESULT;
		r->hr = IXPLogon_Poll(obj, a1);
		return 0;
	}
	case 11: {
		ULONG a1;
		LPMESSAGE a2;
		ULONG_PTR *a3;

		memset(&a1, 0, sizeof(a1));
		memset(&a2, 0, sizeof(a2));
		memset(&a3, 0, sizeof(a3));
		r->owner = "IXPLogon";
		r->method = "StartMessage";
		r->kind = MISUSE_HRESULT;
		r->hr = IXPLogon_StartMessage(obj, a1, a2, a3);
		return 0;
	}
	case 12: {
		LPCIID a1;
		ULONG a2;
		ULONG *a3;
		LPMAPISTATUS *a4;

		memset(&a1, 0, sizeof(a1));
		memset(&a2, 0, sizeof(a2));
		memset(&a3, 0, sizeof(a3));
		memset(&a4, 0, sizeof(a4));
		r->owner = "IXPLogon";
		r->method = "OpenStatusEntry";
		r->kind = MISUSE_HRESULT;
		r->hr = IXPLogon_OpenStatusEntry(obj, a1, a2, a3, a4);
		return 0;
	}
	case 13: {
		ULONG_PTR a1;
		ULONG a2;

		memset(&a1, 0, sizeof(a1));
		memset(&a2, 0, sizeof(a2));
		r->owner = "IXPLogon";
		r->method = "ValidateState";
		r->kind = MISUSE_HRESULT;
		r->hr = IXPLogon_ValidateState(obj, a1, a2);
		return 0;
	}
	case 14: {
		ULONG_PTR a1;
		ULONG a2;
		LPENTRYID a3;
		ULONG a4;

		memset(&a1, 0, sizeof(a1));
		memset(&a2, 0, sizeof(a2));
		memset(&a3, 0, sizeof(a3));
		memset(&a4, 0, sizeof(a4));
		r->owner = "IXPLogon";
		r->method = "FlushQueues";
		r->kind = MISUSE_HRESULT;
		r->hr = IXPLogon_FlushQueues(obj, a1, a2, a3, a4);
		return 0;
	}
	default:
		return -1;
	}
}

static inline void
misuse_each_IXPLogon(IXPLogon *obj, uint64_t skip,
		 misuse_report_fn *report, void *arg)
{
	struct misuse_result r;
	int slot;

	for (slot = 0; slot < MISUSE_SLOTS_IXPLogon; slot++) {
		if (skip & ((uint64_t)1 << slot))
			continue;
		misuse_call_IXPLogon(obj, slot, &r);
		report(arg, &r);
	}
}

/* IXPProvider */

#define MISUSE_SLOTS_IXPProvider 5

static inline int
misuse_call_IXPProvider(IXPProvider *obj, int slot,
		 struct misuse_result *r)
{
	memset(r, 0, sizeof(*r));
	r->iface = "IXPProvider";
	r->slot = slot;
	switch (slot) {
	case 0: {
		REFIID a1;
		LPVOID *a2;

		memset(&a1, 0, sizeof(a1));
		memset(&a2, 0, sizeof(a2));
		r->owner = "IUnknown";
		r->method = "QueryInterface";
		r->kind = MISUSE_HRESULT;
		r->hr = IXPProvider_QueryInterface(obj, a1, a2);
		return 0;
	}
	case 1: {
		r->owner = "IUnknown";
		r->method = "AddRef";
		r->kind = MISUSE_ULONG;
		r->ul = IXPProvider_AddRef(obj);
		return 0;
	}
	case 2: {
		r->owner = "IUnknown";
		r->method = "Release";
		r->kind = MISUSE_ULONG;
		r->ul = IXPProvider_Release(obj);
		return 0;
	}
	case 3: {
		ULONG *a1;

		memset(&a1, 0, sizeof(a1));
		r->owner = "IXPProvider";
		r->method = "Shutdown";
		r->kind = MISUSE_HRESULT;
		r->hr = IXPProvider_Shutdown(obj, a1);
		return 0;
	}
	case 4: {
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
		r->owner = "IXPProvider";
		r->method = "TransportLogon";
		r->kind = MISUSE_HRESULT;
		r->hr = IXPProvider_TransportLogon(obj, a1, a2, a3, a4, a5, a6);
		return 0;
	}
	default:
		return -1;
	}
}

static inline void
misuse_each_IXPProvider(IXPProvider *obj, uint64_t skip,
		 misuse_report_fn *report, void *arg)
{
	struct misuse_result r;
	int slot;

	for (slot = 0; slot < MISUSE_SLOTS_IXPProvider; slot++) {
		if (skip & ((uint64_t)1 << slot))
			continue;
		misuse_call_IXPProvider(obj, slot, &r);
		report(arg, &r);
	}
}

/* IMSLogon */

#define MISUSE_SLOTS_IMSLogon 10

static inline int
misuse_call_IMSLogon(IMSLogon *obj, int slot,
		 struct misuse_result *r)
{
	memset(r, 0, sizeof(*r));
	r->iface = "IMSLogon";
	r->slot = slot;
	switch (slot) {
	case 0: {
		REFIID a1;
		LPVOID *a2;

		memset(&a1, 0, sizeof(a1));
		memset(&a2, 0, sizeof(a2));
		r->owner = "IUnknown";
		r->method = "QueryInterface";
		r->kind = MISUSE_HRESULT;
		r->hr = IMSLogon_QueryInterface(obj, a1, a2);
		return 0;
	}
	case 1: {
		r->owner = "IUnknown";
		r->method = "AddRef";
		r->kind = MISUSE_ULONG;
		r->ul = IMSLogon_AddRef(obj);
		return 0;
	}
	case 2: {
		r->owner = "IUnknown";
		r->method = "Release";
		r->kind = MISUSE_ULONG;
		r->ul = IMSLogon_Release(obj);
		return 0;
	}
	case 3: {
		HRESULT a1;
		ULONG a2;
		LPMAPIERROR *a3;

		memset(&a1, 0, sizeof(a1));
		memset(&a2, 0, sizeof(a2));
		memset(&a3, 0, sizeof(a3));
		r->owner = "IMSLogon";
		r->method = "GetLastError";
		r->kind = MISUSE_HRESULT;
		r->hr = IMSLogon_GetLastError(obj, a1, a2, a3);
		return 0;
	}
	case 4: {
		ULONG *a1;

		memset(&a1, 0, sizeof(a1));
		r->owner = "IMSLogon";
		r->method = "Logoff";
		r->kind = MISUSE_HRESULT;
		r->hr = IMSLogon_Logoff(obj, a1);
		return 0;
	}
	case 5: {
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
		r->owner = "IMSLogon";
		r->method = "OpenEntry";
		r->kind = MISUSE_HRESULT;
		r->hr = IMSLogon_OpenEntry(obj, a1, a2, a3, a4, a5, a6);
		return 0;
	}
	case 6: {
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
		r->owner = "IMSLogon";
		r->method = "CompareEntryIDs";
		r->kind = MISUSE_HRESULT;
		r->hr = IMSLogon_CompareEntryIDs(obj, a1, a2, a3, a4, a5, a6);
		return 0;
	}
	case 7: {
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
		r->owner = "IMSLogon";
		r->method = "Advise";
		r->kind = MISUSE_HRESULT;
		r->hr = IMSLogon_Advise(obj, a1, a2, a3, a4, a5);
		return 0;
	}
	case 8: {
		ULONG_PTR a1;

		memset(&a1, 0, sizeof(a1));
		r->owner = "IMSLogon";
		r->method = "Unadvise";
		r->kind = MISUSE_HRESULT;
		r->hr = IMSLogon_Unadvise(obj, a1);
		return 0;
	}
	case 9: {
		LPCIID a1;
		ULONG a2;
		ULONG *a3;
		LPVOID *a4;

		memset(&a1, 0, sizeof(a1));
		memset(&a2, 0, sizeof(a2));
		memset(&a3, 0, sizeof(a3));
		memset(&a4, 0, sizeof(a4));
		r->owner = "IMSLogon";
		r->method = "OpenStatusEntry";
		r->kind = MISUSE_HRESULT;
		r->hr = IMSLogon_OpenStatusEntry(obj, a1, a2, a3, a4);
		return 0;
	}
	default:
		return -1;
	}
}

static inline void
misuse_each_IMSLogon(IMSLogon *obj, uint64_t skip,
		 misuse_report_fn *report, void *arg)
{
	struct misuse_result r;
	int slot;

	for (slot = 0; slot < MISUSE_SLOTS_IMSLogon; slot++) {
		if (skip & ((uint64_t)1 << slot))
			continue;
		misuse_call_IMSLogon(obj, slot, &r);
		report(arg, &r);
	}
}

/* IMSProvider */

#define MISUSE_SLOTS_IMSProvider 7

static inline int
misuse_call_IMSProvider(IMSProvider *obj, int slot,
		 struct misuse_result *r)
{
	memset(r, 0, sizeof(*r));
	r->iface = "IMSProvider";
	r->slot = slot;
	switch (slot) {
	case 0: {
		REFIID a1;
		LPVOID *a2;

		memset(&a1, 0, sizeof(a1));
		memset(&a2, 0, sizeof(a2));
		r->owner = "IUnknown";
		r->method = "QueryInterface";
		r->kind = MISUSE_HRESULT;
		r->hr = IMSProvider_QueryInterface(obj, a1, a2);
		return 0;
	}
	case 1: {
		r->owner = "IUnknown";
		r->method = "AddRef";
		r->kind = MISUSE_ULONG;
		r->ul = IMSProvider_AddRef(obj);
		return 0;
	}
	case 2: {
		r->owner = "IUnknown";
		r->method = "Release";
		r->kind = MISUSE_ULONG;
		r->ul = IMSProvider_Release(obj);
		return 0;
	}
	case 3: {
		ULONG *a1;

		memset(&a1, 0, sizeof(a1));
		r->owner = "IMSProvider";
		r->method = "Shutdown";
		r->kind = MISUSE_HRESULT;
		r->hr = IMSProvider_Shutdown(obj, a1);
		return 0;
	}
	case 4: {
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
		r->owner = "IMSProvider";
		r->method = "Logon";
		r->kind = MISUSE_HRESULT;
		r->hr = IMSProvider_Logon(obj, a1, a2, a3, a4, a5, a6, a7, a8, a9, a10, a11, a12);
		return 0;
	}
	case 5: {
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
		r->owner = "IMSProvider";
		r->method = "SpoolerLogon";
		r->kind = MISUSE_HRESULT;
		r->hr = IMSProvider_SpoolerLogon(obj, a1, a2, a3, a4, a5, a6, a7, a8, a9, a10, a11, a12);
		return 0;
	}
	case 6: {
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
		r->owner = "IMSProvider";
		r->method = "CompareStoreIDs";
		r->kind = MISUSE_HRESULT;
		r->hr = IMSProvider_CompareStoreIDs(obj, a1, a2, a3, a4, a5, a6);
		return 0;
	}
	default:
		return -1;
	}
}

static inline void
misuse_each_IMSProvider(IMSProvider *obj, uint64_t skip,
		 misuse_report_fn *report, void *arg)
{
	struct misuse_result r;
	int slot;

	for (slot = 0; slot < MISUSE_SLOTS_IMSProvider; slot++) {
		if (skip & ((uint64_t)1 << slot))
			continue;
		misuse_call_IMSProvider(obj, slot, &r);
		report(arg, &r);
	}
}

/* IExchangeManageStore2 */

#define MISUSE_SLOTS_IExchangeManageStore2 9

static inline int
misuse_call_IExchangeManageStore2(IExchangeManageStore2 *obj, int slot,
		 struct misuse_result *r)
{
	memset(r, 0, sizeof(*r));
	r->iface = "IExchangeManageStore2";
	r->slot = slot;
	switch (slot) {
	case 0: {
		REFIID a1;
		LPVOID *a2;

		memset(&a1, 0, sizeof(a1));
		memset(&a2, 0, sizeof(a2));
		r->owner = "IUnknown";
		r->method = "QueryInterface";
		r->kind = MISUSE_HRESULT;
		r->hr = IExchangeManageStore2_QueryInterface(obj, a1, a2);
		return 0;
	}
	case 1: {
		r->owner = "IUnknown";
		r->method = "AddRef";
		r->kind = MISUSE_ULONG;
		r->ul = IExchangeManageStore2_AddRef(obj);
		return 0;
	}
	case 2: {
		r->owner = "IUnknown";
		r->method = "Release";
		r->kind = MISUSE_ULONG;
		r->ul = IExchangeManageStore2_Release(obj);
		return 0;
	}
	case 3: {
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
		r->owner = "IExchangeManageStore";
		r->method = "CreateStoreEntryID";
		r->kind = MISUSE_HRESULT;
		r->hr = IExchangeManageStore2_CreateStoreEntryID(obj, a1, a2, a3, a4, a5);
		return 0;
	}
	case 4: {
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
		r->owner = "IExchangeManageStore";
		r->method = "EntryIDFromSourceKey";
		r->kind = MISUSE_HRESULT;
		r->hr = IExchangeManageStore2_EntryIDFromSourceKey(obj, a1, a2, a3, a4, a5, a6);
		return 0;
	}
	case 5: {
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
		r->owner = "IExchangeManageStore";
		r->method = "GetRights";
		r->kind = MISUSE_HRESULT;
		r->hr = IExchangeManageStore2_GetRights(obj, a1, a2, a3, a4, a5);
		return 0;
	}
	case 6: {
		LPSTR a1;
		LPMAPITABLE *a2;
		ULONG a3;

		memset(&a1, 0, sizeof(a1));
		memset(&a2, 0, sizeof(a2));
		memset(&a3, 0, sizeof(a3));
		r->owner = "IExchangeManageStore";
		r->method = "GetMailboxTable";
		r->kind = MISUSE_HRESULT;
		r->hr = IExchangeManageStore2_GetMailboxTable(obj, a1, a2, a3);
		return 0;
	}
	case 7: {
		LPSTR a1;
		LPMAPITABLE *a2;
		ULONG a3;

		memset(&a1, 0, sizeof(a1));
		memset(&a2, 0, sizeof(a2));
		memset(&a3, 0, sizeof(a3));
		r->owner = "IExchangeManageStore";
		r->method = "GetPublicFolderTable";
		r->kind = MISUSE_HRESULT;
		r->hr = IExchangeManageStore2_GetPublicFolderTable(obj, a1, a2, a3);
		return 0;
	}
	case 8: {
		LPSTR a1;
		ULONG *a2;
		LPENTRYID *a3;

		memset(&a1, 0, sizeof(a1));
		memset(&a2, 0, sizeof(a2));
		memset(&a3, 0, sizeof(a3));
		r->owner = "IExchangeManageStore2";
		r->method = "CreateNewsgroupNameEntryID";
		r->kind = MISUSE_HRESULT;
		r->hr = IExchangeManageStore2_CreateNewsgroupNameEntryID(obj, a1, a2, a3);
		return 0;
	}
	default:
		return -1;
	}
}

static inline void
misuse_each_IExchangeManageStore2(IExchangeManageStore2 *obj, uint64_t skip,
		 misuse_report_fn *report, void *arg)
{
	struct misuse_result r;
	int slot;

	for (slot = 0; slot < MISUSE_SLOTS_IExchangeManageStore2; slot++) {
		if (skip & ((uint64_t)1 << slot))
			continue;
		misuse_call_IExchangeManageStore2(obj, slot, &r);
		report(arg, &r);
	}
}

/* IExchangeManageStore3 */

#define MISUSE_SLOTS_IExchangeManageStore3 10

static inline int
misuse_call_IExchangeManageStore3(IExchangeManageStore3 *obj, int slot,
		 struct misuse_result *r)
{
	memset(r, 0, sizeof(*r));
	r->iface = "IExchangeManageStore3";
	r->slot = slot;
	switch (slot) {
	case 0: {
		REFIID a1;
		LPVOID *a2;

		memset(&a1, 0, sizeof(a1));
		memset(&a2, 0, sizeof(a2));
		r->owner = "IUnknown";
		r->method = "QueryInterface";
		r->kind = MISUSE_HRESULT;
		r->hr = IExchangeManageStore3_QueryInterface(obj, a1, a2);
		return 0;
	}
	case 1: {
		r->owner = "IUnknown";
		r->method = "AddRef";
		r->kind = MISUSE_ULONG;
		r->ul = IExchangeManageStore3_AddRef(obj);
		return 0;
	}
	case 2: {
		r->owner = "IUnknown";
		r->method = "Release";
		r->kind = MISUSE_ULONG;
		r->ul = IExchangeManageStore3_Release(obj);
		return 0;
	}
	case 3: {
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
		r->owner = "IExchangeManageStore";
		r->method = "CreateStoreEntryID";
		r->kind = MISUSE_HRESULT;
		r->hr = IExchangeManageStore3_CreateStoreEntryID(obj, a1, a2, a3, a4, a5);
		return 0;
	}
	case 4: {
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
		r->owner = "IExchangeManageStore";
		r->method = "EntryIDFromSourceKey";
		r->kind = MISUSE_HRESULT;
		r->hr = IExchangeManageStore3_EntryIDFromSourceKey(obj, a1, a2, a3, a4, a5, a6);
		return 0;
	}
	case 5: {
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
		r->owner = "IExchangeManageStore";
		r->method = "GetRights";
		r->kind = MISUSE_HRESULT;
		r->hr = IExchangeManageStore3_GetRights(obj, a1, a2, a3, a4, a5);
		return 0;
	}
	case 6: {
		LPSTR a1;
		LPMAPITABLE *a2;
		ULONG a3;

		memset(&a1, 0, sizeof(a1));
		memset(&a2, 0, sizeof(a2));
		memset(&a3, 0, sizeof(a3));
		r->owner = "IExchangeManageStore";
		r->method = "GetMailboxTable";
		r->kind = MISUSE_HRESULT;
		r->hr = IExchangeManageStore3_GetMailboxTable(obj, a1, a2, a3);
		return 0;
	}
	case 7: {
		LPSTR a1;
		LPMAPITABLE *a2;
		ULONG a3;

		memset(&a1, 0, sizeof(a1));
		memset(&a2, 0, sizeof(a2));
		memset(&a3, 0, sizeof(a3));
		r->owner = "IExchangeManageStore";
		r->method = "GetPublicFolderTable";
		r->kind = MISUSE_HRESULT;
		r->hr = IExchangeManageStore3_GetPublicFolderTable(obj, a1, a2, a3);
		return 0;
	}
	case 8: {
		LPSTR a1;
		ULONG *a2;
		LPENTRYID *a3;

		memset(&a1, 0, sizeof(a1));
		memset(&a2, 0, sizeof(a2));
		memset(&a3, 0, sizeof(a3));
		r->owner = "IExchangeManageStore2";
		r->method = "CreateNewsgroupNameEntryID";
		r->kind = MISUSE_HRESULT;
		r->hr = IExchangeManageStore3_CreateNewsgroupNameEntryID(obj, a1, a2, a3);
		return 0;
	}
	case 9: {
		LPSTR a1;
		LPMAPITABLE *a2;
		ULONG a3;
		UINT a4;

		memset(&a1, 0, sizeof(a1));
		memset(&a2, 0, sizeof(a2));
		memset(&a3, 0, sizeof(a3));
		memset(&a4, 0, sizeof(a4));
		r->owner = "IExchangeManageStore3";
		r->method = "GetMailboxTableOffset";
		r->kind = MISUSE_HRESULT;
		r->hr = IExchangeManageStore3_GetMailboxTableOffset(obj, a1, a2, a3, a4);
		return 0;
	}
	default:
		return -1;
	}
}

static inline void
misuse_each_IExchangeManageStore3(IExchangeManageStore3 *obj, uint64_t skip,
		 misuse_report_fn *report, void *arg)
{
	struct misuse_result r;
	int slot;

	for (slot = 0; slot < MISUSE_SLOTS_IExchangeManageStore3; slot++) {
		if (skip & ((uint64_t)1 << slot))
			continue;
		misuse_call_IExchangeManageStore3(obj, slot, &r);
		report(arg, &r);
	}
}

/* IExchangeManageStore4 */

#define MISUSE_SLOTS_IExchangeManageStore4 11

static inline int
misuse_call_IExchangeManageStore4(IExchangeManageStore4 *obj, int slot,
		 struct misuse_result *r)
{
	memset(r, 0, sizeof(*r));
	r->iface = "IExchangeManageStore4";
	r->slot = slot;
	switch (slot) {
	case 0: {
		REFIID a1;
		LPVOID *a2;

		memset(&a1, 0, sizeof(a1));
		memset(&a2, 0, sizeof(a2));
		r->owner = "IUnknown";
		r->method = "QueryInterface";
		r->kind = MISUSE_HRESULT;
		r->hr = IExchangeManageStore4_QueryInterface(obj, a1, a2);
		return 0;
	}
	case 1: {
		r->owner = "IUnknown";
		r->method = "AddRef";
		r->kind = MISUSE_ULONG;
		r->ul = IExchangeManageStore4_AddRef(obj);
		return 0;
	}
	case 2: {
		r->owner = "IUnknown";
		r->method = "Release";
		r->kind = MISUSE_ULONG;
		r->ul = IExchangeManageStore4_Release(obj);
		return 0;
	}
	case 3: {
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
		r->owner = "IExchangeManageStore";
		r->method = "CreateStoreEntryID";
		r->kind = MISUSE_HRESULT;
		r->hr = IExchangeManageStore4_CreateStoreEntryID(obj, a1, a2, a3, a4, a5);
		return 0;
	}
	case 4: {
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
		r->owner = "IExchangeManageStore";
		r->method = "EntryIDFromSourceKey";
		r->kind = MISUSE_HRESULT;
		r->hr = IExchangeManageStore4_EntryIDFromSourceKey(obj, a1, a2, a3, a4, a5, a6);
		return 0;
	}
	case 5: {
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
		r->owner = "IExchangeManageStore";
		r->method = "GetRights";
		r->kind = MISUSE_HRESULT;
		r->hr = IExchangeManageStore4_GetRights(obj, a1, a2, a3, a4, a5);
		return 0;
	}
	case 6: {
		LPSTR a1;
		LPMAPITABLE *a2;
		ULONG a3;

		memset(&a1, 0, sizeof(a1));
		memset(&a2, 0, sizeof(a2));
		memset(&a3, 0, sizeof(a3));
		r->owner = "IExchangeManageStore";
		r->method = "GetMailboxTable";
		r->kind = MISUSE_HRESULT;
		r->hr = IExchangeManageStore4_GetMailboxTable(obj, a1, a2, a3);
		return 0;
	}
	case 7: {
		LPSTR a1;
		LPMAPITABLE *a2;
		ULONG a3;

		memset(&a1, 0, sizeof(a1));
		memset(&a2, 0, sizeof(a2));
		memset(&a3, 0, sizeof(a3));
		r->owner = "IExchangeManageStore";
		r->method = "GetPublicFolderTable";
		r->kind = MISUSE_HRESULT;
		r->hr = IExchangeManageStore4_GetPublicFolderTable(obj, a1, a2, a3);
		return 0;
	}
	case 8: {
		LPSTR a1;
		ULONG *a2;
		LPENTRYID *a3;

		memset(&a1, 0, sizeof(a1));
		memset(&a2, 0, sizeof(a2));
		memset(&a3, 0, sizeof(a3));
		r->owner = "IExchangeManageStore2";
		r->method = "CreateNewsgroupNameEntryID";
		r->kind = MISUSE_HRESULT;
		r->hr = IExchangeManageStore4_CreateNewsgroupNameEntryID(obj, a1, a2, a3);
		return 0;
	}
	case 9: {
		LPSTR a1;
		LPMAPITABLE *a2;
		ULONG a3;
		UINT a4;

		memset(&a1, 0, sizeof(a1));
		memset(&a2, 0, sizeof(a2));
		memset(&a3, 0, sizeof(a3));
		memset(&a4, 0, sizeof(a4));
		r->owner = "IExchangeManageStore3";
		r->method = "GetMailboxTableOffset";
		r->kind = MISUSE_HRESULT;
		r->hr = IExchangeManageStore4_GetMailboxTableOffset(obj, a1, a2, a3, a4);
		return 0;
	}
	case 10: {
		LPSTR a1;
		LPMAPITABLE *a2;
		ULONG a3;
		UINT a4;

		memset(&a1, 0, sizeof(a1));
		memset(&a2, 0, sizeof(a2));
		memset(&a3, 0, sizeof(a3));
		memset(&a4, 0, sizeof(a4));
		r->owner = "IExchangeManageStore4";
		r->method = "GetPublicFolderTableOffset";
		r->kind = MISUSE_HRESULT;
		r->hr = IExchangeManageStore4_GetPublicFolderTableOffset(obj, a1, a2, a3, a4);
		return 0;
	}
	default:
		return -1;
	}
}

static inline void
misuse_each_IExchangeManageStore4(IExchangeManageStore4 *obj, uint64_t skip,
		 misuse_report_fn *report, void *arg)
{
	struct misuse_result r;
	int slot;

	for (slot = 0; slot < MISUSE_SLOTS_IExchangeManageStore4; slot++) {
		if (skip & ((uint64_t)1 << slot))
			continue;
		misuse_call_IExchangeManageStore4(obj, slot, &r);
		report(arg, &r);
	}
}

/* IExchangeNntpNewsfeed */

#define MISUSE_SLOTS_IExchangeNntpNewsfeed 6

static inline int
misuse_call_IExchangeNntpNewsfeed(IExchangeNntpNewsfeed *obj, int slot,
		 struct misuse_result *r)
{
	memset(r, 0, sizeof(*r));
	r->iface = "IExchangeNntpNewsfeed";
	r->slot = slot;
	switch (slot) {
	case 0: {
		REFIID a1;
		LPVOID *a2;

		memset(&a1, 0, sizeof(a1));
		memset(&a2, 0, sizeof(a2));
		r->owner = "IUnknown";
		r->method = "QueryInterface";
		r->kind = MISUSE_HRESULT;
		r->hr = IExchangeNntpNewsfeed_QueryInterface(obj, a1, a2);
		return 0;
	}
	case 1: {
		r->owner = "IUnknown";
		r->method = "AddRef";
		r->kind = MISUSE_ULONG;
		r->ul = IExchangeNntpNewsfeed_AddRef(obj);
		return 0;
	}
	case 2: {
		r->owner = "IUnknown";
		r->method = "Release";
		r->kind = MISUSE_ULONG;
		r->ul = IExchangeNntpNewsfeed_Release(obj);
		return 0;
	}
	case 3: {
		LPSTR a1;
		ULONG a2;
		LPSPropValue a3;

		memset(&a1, 0, sizeof(a1));
		memset(&a2, 0, sizeof(a2));
		memset(&a3, 0, sizeof(a3));
		r->owner = "IExchangeNntpNewsfeed";
		r->method = "Configure";
		r->kind = MISUSE_HRESULT;
		r->hr = IExchangeNntpNewsfeed_Configure(obj, a1, a2, a3);
		return 0;
	}
	case 4: {
		LPSTR a1;
		ULONG *a2;
		BYTE **a3;

		memset(&a1, 0, sizeof(a1));
		memset(&a2, 0, sizeof(a2));
		memset(&a3, 0, sizeof(a3));
		r->owner = "IExchangeNntpNewsfeed";
		r->method = "CheckMsgIds";
		r->kind = MISUSE_HRESULT;
		r->hr = IExchangeNntpNewsfeed_CheckMsgIds(obj, a1, a2, a3);
		return 0;
	}
	case 5: {
		LPSTREAM *a1;

		memset(&a1, 0, sizeof(a1));
		r->owner = "IExchangeNntpNewsfeed";
		r->method = "OpenArticleStream";
		r->kind = MISUSE_HRESULT;
		r->hr = IExchangeNntpNewsfeed_OpenArticleStream(obj, a1);
		return 0;
	}
	default:
		return -1;
	}
}

static inline void
misuse_each_IExchangeNntpNewsfeed(IExchangeNntpNewsfeed *obj, uint64_t skip,
		 misuse_report_fn *report, void *arg)
{
	struct misuse_result r;
	int slot;

	for (slot = 0; slot < MISUSE_SLOTS_IExchangeNntpNewsfeed; slot++) {
		if (skip & ((uint64_t)1 << slot))
			continue;
		misuse_call_IExchangeNntpNewsfeed(obj, slot, &r);
		report(arg, &r);
	}
}

/* IExchangeRuleAction */

#define MISUSE_SLOTS_IExchangeRuleAction 5

static inline int
misuse_call_IExchangeRuleAction(IExchangeRuleAction *obj, int slot,
		 struct misuse_result *r)
{
	memset(r, 0, sizeof(*r));
	r->iface = "IExchangeRuleAction";
	r->slot = slot;
	switch (slot) {
	case 0: {
		REFIID a1;
		LPVOID *a2;

		memset(&a1, 0, sizeof(a1));
		memset(&a2, 0, sizeof(a2));
		r->owner = "IUnknown";
		r->method = "QueryInterface";
		r->kind = MISUSE_HRESULT;
		r->hr = IExchangeRuleAction_QueryInterface(obj, a1, a2);
		return 0;
	}
	case 1: {
		r->owner = "IUnknown";
		r->method = "AddRef";
		r->kind = MISUSE_ULONG;
		r->ul = IExchangeRuleAction_AddRef(obj);
		return 0;
	}
	case 2: {
		r->owner = "IUnknown";
		r->method = "Release";
		r->kind = MISUSE_ULONG;
		r->ul = IExchangeRuleAction_Release(obj);
		return 0;
	}
	case 3: {
		ULONG *a1;

		memset(&a1, 0, sizeof(a1));
		r->owner = "IExchangeRuleAction";
		r->method = "ActionCount";
		r->kind = MISUSE_HRESULT;
		r->hr = IExchangeRuleAction_ActionCount(obj, a1);
		return 0;
	}
	case 4: {
		ULONG a1;
		LARGE_INTEGER *a2;
		LPACTION *a3;

		memset(&a1, 0, sizeof(a1));
		memset(&a2, 0, sizeof(a2));
		memset(&a3, 0, sizeof(a3));
		r->owner = "IExchangeRuleAction";
		r->method = "GetAction";
		r->kind = MISUSE_HRESULT;
		r->hr = IExchangeRuleAction_GetAction(obj, a1, a2, a3);
		return 0;
	}
	default:
		return -1;
	}
}

static inline void
misuse_each_IExchangeRuleAction(IExchangeRuleAction *obj, uint64_t skip,
		 misuse_report_fn *report, void *arg)
{
	struct misuse_result r;
	int slot;

	for (slot = 0; slot < MISUSE_SLOTS_IExchangeRuleAction; slot++) {
		if (skip & ((uint64_t)1 << slot))
			continue;
		misuse_call_IExchangeRuleAction(obj, slot, &r);
		report(arg, &r);
	}
}

/* IExchangeFastTransfer */

#define MISUSE_SLOTS_IExchangeFastTransfer 6

static inline int
misuse_call_IExchangeFastTransfer(IExchangeFastTransfer *obj, int slot,
		 struct misuse_result *r)
{
	memset(r, 0, sizeof(*r));
	r->iface = "IExchangeFastTransfer";
	r->slot = slot;
	switch (slot) {
	case 0: {
		REFIID a1;
		LPVOID *a2;

		memset(&a1, 0, sizeof(a1));
		memset(&a2, 0, sizeof(a2));
		r->owner = "IUnknown";
		r->method = "QueryInterface";
		r->kind = MISUSE_HRESULT;
		r->hr = IExchangeFastTransfer_QueryInterface(obj, a1, a2);
		return 0;
	}
	case 1: {
		r->owner = "IUnknown";
		r->method = "AddRef";
		r->kind = MISUSE_ULONG;
		r->ul = IExchangeFastTransfer_AddRef(obj);
		return 0;
	}
	case 2: {
		r->owner = "IUnknown";
		r->method = "Release";
		r->kind = MISUSE_ULONG;
		r->ul = IExchangeFastTransfer_Release(obj);
		return 0;
	}
	case 3: {
		ULONG a1;
		ULONG a2;

		memset(&a1, 0, sizeof(a1));
		memset(&a2, 0, sizeof(a2));
		r->owner = "IExchangeFastTransfer";
		r->method = "Config";
		r->kind = MISUSE_HRESULT;
		r->hr = IExchangeFastTransfer_Config(obj, a1, a2);
		return 0;
	}
	case 4: {
		ULONG a1;
		LPBYTE a2;
		ULONG *a3;

		memset(&a1, 0, sizeof(a1));
		memset(&a2, 0, sizeof(a2));
		memset(&a3, 0, sizeof(a3));
		r->owner = "IExchangeFastTransfer";
		r->method = "TransferBuffer";
		r->kind = MISUSE_HRESULT;
		r->hr = IExchangeFastTransfer_TransferBuffer(obj, a1, a2, a3);
		return 0;
	}
	case 5: {
		ULONG a1;
		REFIID a2;
		LPSPropTagArray a3;
		ULONG a4;

		memset(&a1, 0, sizeof(a1));
		memset(&a2, 0, sizeof(a2));
		memset(&a3, 0, sizeof(a3));
		memset(&a4, 0, sizeof(a4));
		r->owner = "IExchangeFastTransfer";
		r->method = "IsInterfaceOk";
		r->kind = MISUSE_OTHER;
		r->other = (uint64_t)(int64_t)IExchangeFastTransfer_IsInterfaceOk(obj, a1, a2, a3, a4);
		return 0;
	}
	default:
		return -1;
	}
}

static inline void
misuse_each_IExchangeFastTransfer(IExchangeFastTransfer *obj, uint64_t skip,
		 misuse_report_fn *report, void *arg)
{
	struct misuse_result r;
	int slot;

	for (slot = 0; slot < MISUSE_SLOTS_IExchangeFastTransfer; slot++) {
		if (skip & ((uint64_t)1 << slot))
			continue;
		misuse_call_IExchangeFastTransfer(obj, slot, &r);
		report(arg, &r);
	}
}

/* IExchangeExportChanges */

#define MISUSE_SLOTS_IExchangeExportChanges 7

static inline int
misuse_call_IExchangeExportChanges(IExchangeExportChanges *obj, int slot,
		 struct misuse_result *r)
{
	memset(r, 0, sizeof(*r));
	r->iface = "IExchangeExportChanges";
	r->slot = slot;
	switch (slot) {
	case 0: {
		REFIID a1;
		LPVOID *a2;

		memset(&a1, 0, sizeof(a1));
		memset(&a2, 0, sizeof(a2));
		r->owner = "IUnknown";
		r->method = "QueryInterface";
		r->kind = MISUSE_HRESULT;
		r->hr = IExchangeExportChanges_QueryInterface(obj, a1, a2);
		return 0;
	}
	case 1: {
		r->owner = "IUnknown";
		r->method = "AddRef";
		r->kind = MISUSE_ULONG;
		r->ul = IExchangeExportChanges_AddRef(obj);
		return 0;
	}
	case 2: {
		r->owner = "IUnknown";
		r->method = "Release";
		r->kind = MISUSE_ULONG;
		r->ul = IExchangeExportChanges_Release(obj);
		return 0;
	}
	case 3: {
		HRESULT a1;
		ULONG a2;
		LPMAPIERROR *a3;

		memset(&a1, 0, sizeof(a1));
		memset(&a2, 0, sizeof(a2));
		memset(&a3, 0, sizeof(a3));
		r->owner = "IExchangeExportChanges";
		r->method = "GetLastError";
		r->kind = MISUSE_HRESULT;
		r->hr = IExchangeExportChanges_GetLastError(obj, a1, a2, a3);
		return 0;
	}
	case 4: {
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
		r->owner = "IExchangeExportChanges";
		r->method = "Config";
		r->kind = MISUSE_HRESULT;
		r->hr = IExchangeExportChanges_Config(obj, a1, a2, a3, a4, a5, a6, a7);
		return 0;
	}
	case 5: {
		ULONG *a1;
		ULONG *a2;

		memset(&a1, 0, sizeof(a1));
		memset(&a2, 0, sizeof(a2));
		r->owner = "IExchangeExportChanges";
		r->method = "Synchronize";
		r->kind = MISUSE_HRESULT;
		r->hr = IExchangeExportChanges_Synchronize(obj, a1, a2);
		return 0;
	}
	case 6: {
		LPSTREAM a1;

		memset(&a1, 0, sizeof(a1));
		r->owner = "IExchangeExportChanges";
		r->method = "UpdateState";
		r->kind = MISUSE_HRESULT;
		r->hr = IExchangeExportChanges_UpdateState(obj, a1);
		return 0;
	}
	default:
		return -1;
	}
}

static inline void
misuse_each_IExchangeExportChanges(IExchangeExportChanges *obj, uint64_t skip,
		 misuse_report_fn *report, void *arg)
{
	struct misuse_result r;
	int slot;

	for (slot = 0; slot < MISUSE_SLOTS_IExchangeExportChanges; slot++) {
		if (skip & ((uint64_t)1 << slot))
			continue;
		misuse_call_IExchangeExportChanges(obj, slot, &r);
		report(arg, &r);
	}
}

/* IExchangeExportChanges2 */

#define MISUSE_SLOTS_IExchangeExportChanges2 8

static inline int
misuse_call_IExchangeExportChanges2(IExchangeExportChanges2 *obj, int slot,
		 struct misuse_result *r)
{
	memset(r, 0, sizeof(*r));
	r->iface = "IExchangeExportChanges2";
	r->slot = slot;
	switch (slot) {
	case 0: {
		REFIID a1;
		LPVOID *a2;

		memset(&a1, 0, sizeof(a1));
		memset(&a2, 0, sizeof(a2));
		r->owner = "IUnknown";
		r->method = "QueryInterface";
		r->kind = MISUSE_HRESULT;
		r->hr = IExchangeExportChanges2_QueryInterface(obj, a1, a2);
		return 0;
	}
	case 1: {
		r->owner = "IUnknown";
		r->method = "AddRef";
		r->kind = MISUSE_ULONG;
		r->ul = IExchangeExportChanges2_AddRef(obj);
		return 0;
	}
	case 2: {
		r->owner = "IUnknown";
		r->method = "Release";
		r->kind = MISUSE_ULONG;
		r->ul = IExchangeExportChanges2_Release(obj);
		return 0;
	}
	case 3: {
		HRESULT a1;
		ULONG a2;
		LPMAPIERROR *a3;

		memset(&a1, 0, sizeof(a1));
		memset(&a2, 0, sizeof(a2));
		memset(&a3, 0, sizeof(a3));
		r->owner = "IExchangeExportChanges";
		r->method = "GetLastError";
		r->kind = MISUSE_HRESULT;
		r->hr = IExchangeExportChanges2_GetLastError(obj, a1, a2, a3);
		return 0;
	}
	case 4: {
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
		r->owner = "IExchangeExportChanges";
		r->method = "Config";
		r->kind = MISUSE_HRESULT;
		r->hr = IExchangeExportChanges2_Config(obj, a1, a2, a3, a4, a5, a6, a7);
		return 0;
	}
	case 5: {
		ULONG *a1;
		ULONG *a2;

		memset(&a1, 0, sizeof(a1));
		memset(&a2, 0, sizeof(a2));
		r->owner = "IExchangeExportChanges";
		r->method = "Synchronize";
		r->kind = MISUSE_HRESULT;
		r->hr = IExchangeExportChanges2_Synchronize(obj, a1, a2);
		return 0;
	}
	case 6: {
		LPSTREAM a1;

		memset(&a1, 0, sizeof(a1));
		r->owner = "IExchangeExportChanges";
		r->method = "UpdateState";
		r->kind = MISUSE_HRESULT;
		r->hr = IExchangeExportChanges2_UpdateState(obj, a1);
		return 0;
	}
	case 7: {
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
		r->owner = "IExchangeExportChanges2";
		r->method = "ConfigForConversionStream";
		r->kind = MISUSE_HRESULT;
		r->hr = IExchangeExportChanges2_ConfigForConversionStream(obj, a1, a2, a3, a4, a5, a6, a7);
		return 0;
	}
	default:
		return -1;
	}
}

static inline void
misuse_each_IExchangeExportChanges2(IExchangeExportChanges2 *obj, uint64_t skip,
		 misuse_report_fn *report, void *arg)
{
	struct misuse_result r;
	int slot;

	for (slot = 0; slot < MISUSE_SLOTS_IExchangeExportChanges2; slot++) {
		if (skip & ((uint64_t)1 << slot))
			continue;
		misuse_call_IExchangeExportChanges2(obj, slot, &r);
		report(arg, &r);
	}
}

/* IExchangeExportChanges3 */

#define MISUSE_SLOTS_IExchangeExportChanges3 9

static inline int
misuse_call_IExchangeExportChanges3(IExchangeExportChanges3 *obj, int slot,
		 struct misuse_result *r)
{
	memset(r, 0, sizeof(*r));
	r->iface = "IExchangeExportChanges3";
	r->slot = slot;
	switch (slot) {
	case 0: {
		REFIID a1;
		LPVOID *a2;

		memset(&a1, 0, sizeof(a1));
		memset(&a2, 0, sizeof(a2));
		r->owner = "IUnknown";
		r->method = "QueryInterface";
		r->kind = MISUSE_HRESULT;
		r->hr = IExchangeExportChanges3_QueryInterface(obj, a1, a2);
		return 0;
	}
	case 1: {
		r->owner = "IUnknown";
		r->method = "AddRef";
		r->kind = MISUSE_ULONG;
		r->ul = IExchangeExportChanges3_AddRef(obj);
		return 0;
	}
	case 2: {
		r->owner = "IUnknown";
		r->method = "Release";
		r->kind = MISUSE_ULONG;
		r->ul = IExchangeExportChanges3_Release(obj);
		return 0;
	}
	case 3: {
		HRESULT a1;
		ULONG a2;
		LPMAPIERROR *a3;

		memset(&a1, 0, sizeof(a1));
		memset(&a2, 0, sizeof(a2));
		memset(&a3, 0, sizeof(a3));
		r->owner = "IExchangeExportChanges";
		r->method = "GetLastError";
		r->kind = MISUSE_HRESULT;
		r->hr = IExchangeExportChanges3_GetLastError(obj, a1, a2, a3);
		return 0;
	}
	case 4: {
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
		r->owner = "IExchangeExportChanges";
		r->method = "Config";
		r->kind = MISUSE_HRESULT;
		r->hr = IExchangeExportChanges3_Config(obj, a1, a2, a3, a4, a5, a6, a7);
		return 0;
	}
	case 5: {
		ULONG *a1;
		ULONG *a2;

		memset(&a1, 0, sizeof(a1));
		memset(&a2, 0, sizeof(a2));
		r->owner = "IExchangeExportChanges";
		r->method = "Synchronize";
		r->kind = MISUSE_HRESULT;
		r->hr = IExchangeExportChanges3_Synchronize(obj, a1, a2);
		return 0;
	}
	case 6: {
		LPSTREAM a1;

		memset(&a1, 0, sizeof(a1));
		r->owner = "IExchangeExportChanges";
		r->method = "UpdateState";
		r->kind = MISUSE_HRESULT;
		r->hr = IExchangeExportChanges3_UpdateState(obj, a1);
		return 0;
	}
	case 7: {
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
		r->owner = "IExchangeExportChanges2";
		r->method = "ConfigForConversionStream";
		r->kind = MISUSE_HRESULT;
		r->hr = IExchangeExportChanges3_ConfigForConversionStream(obj, a1, a2, a3, a4, a5, a6, a7);
		return 0;
	}
	case 8: {
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
		r->owner = "IExchangeExportChanges3";
		r->method = "ConfigForSelectiveSync";
		r->kind = MISUSE_HRESULT;
		r->hr = IExchangeExportChanges3_ConfigForSelectiveSync(obj, a1, a2, a3, a4, a5, a6, a7, a8);
		return 0;
	}
	default:
		return -1;
	}
}

static inline void
misuse_each_IExchangeExportChanges3(IExchangeExportChanges3 *obj, uint64_t skip,
		 misuse_report_fn *report, void *arg)
{
	struct misuse_result r;
	int slot;

	for (slot = 0; slot < MISUSE_SLOTS_IExchangeExportChanges3; slot++) {
		if (skip & ((uint64_t)1 << slot))
			continue;
		misuse_call_IExchangeExportChanges3(obj, slot, &r);
		report(arg, &r);
	}
}

/* IExchangeImportContentsChanges */

#define MISUSE_SLOTS_IExchangeImportContentsChanges 10

static inline int
misuse_call_IExchangeImportContentsChanges(IExchangeImportContentsChanges *obj, int slot,
		 struct misuse_result *r)
{
	memset(r, 0, sizeof(*r));
	r->iface = "IExchangeImportContentsChanges";
	r->slot = slot;
	switch (slot) {
	case 0: {
		REFIID a1;
		LPVOID *a2;

		memset(&a1, 0, sizeof(a1));
		memset(&a2, 0, sizeof(a2));
		r->owner = "IUnknown";
		r->method = "QueryInterface";
		r->kind = MISUSE_HRESULT;
		r->hr = IExchangeImportContentsChanges_QueryInterface(obj, a1, a2);
		return 0;
	}
	case 1: {
		r->owner = "IUnknown";
		r->method = "AddRef";
		r->kind = MISUSE_ULONG;
		r->ul = IExchangeImportContentsChanges_AddRef(obj);
		return 0;
	}
	case 2: {
		r->owner = "IUnknown";
		r->method = "Release";
		r->kind = MISUSE_ULONG;
		r->ul = IExchangeImportContentsChanges_Release(obj);
		return 0;
	}
	case 3: {
		HRESULT a1;
		ULONG a2;
		LPMAPIERROR *a3;

		memset(&a1, 0, sizeof(a1));
		memset(&a2, 0, sizeof(a2));
		memset(&a3, 0, sizeof(a3));
		r->owner = "IExchangeImportContentsChanges";
		r->method = "GetLastError";
		r->kind = MISUSE_HRESULT;
		r->hr = IExchangeImportContentsChanges_GetLastError(obj, a1, a2, a3);
		return 0;
	}
	case 4: {
		LPSTREAM a1;
		ULONG a2;

		memset(&a1, 0, sizeof(a1));
		memset(&a2, 0, sizeof(a2));
		r->owner = "IExchangeImportContentsChanges";
		r->method = "Config";
		r->kind = MISUSE_HRESULT;
		r->hr = IExchangeImportContentsChanges_Config(obj, a1, a2);
		return 0;
	}
	case 5: {
		LPSTREAM a1;

		memset(&a1, 0, sizeof(a1));
		r->owner = "IExchangeImportContentsChanges";
		r->method = "UpdateState";
		r->kind = MISUSE_HRESULT;
		r->hr = IExchangeImportContentsChanges_UpdateState(obj, a1);
		return 0;
	}
	case 6: {
		ULONG a1;
		LPSPropValue a2;
		ULONG a3;
		LPMESSAGE *a4;

		memset(&a1, 0, sizeof(a1));
		memset(&a2, 0, sizeof(a2));
		memset(&a3, 0, sizeof(a3));
		memset(&a4, 0, sizeof(a4));
		r->owner = "IExchangeImportContentsChanges";
		r->method = "ImportMessageChange";
		r->kind = MISUSE_HRESULT;
		r->hr = IExchangeImportContentsChanges_ImportMessageChange(obj, a1, a2, a3, a4);
		return 0;
	}
	case 7: {
		ULONG a1;
		LPENTRYLIST a2;

		memset(&a1, 0, sizeof(a1));
		memset(&a2, 0, sizeof(a2));
		r->owner = "IExchangeImportContentsChanges";
		r->method = "ImportMessageDeletion";
		r->kind = MISUSE_HRESULT;
		r->hr = IExchangeImportContentsChanges_ImportMessageDeletion(obj, a1, a2);
		return 0;
	}
	case 8: {
		ULONG a1;
		LPREADSTATE a2;

		memset(&a1, 0, sizeof(a1));
		memset(&a2, 0, sizeof(a2));
		r->owner = "IExchangeImportContentsChanges";
		r->method = "ImportPerUserReadStateChange";
		r->kind = MISUSE_HRESULT;
		r->hr = IExchangeImportContentsChanges_ImportPerUserReadStateChange(obj, a1, a2);
		return 0;
	}
	case 9: {
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
		r->owner = "IExchangeImportContentsChanges";
		r->method = "ImportMessageMove";
		r->kind = MISUSE_HRESULT;
		r->hr = IExchangeImportContentsChanges_ImportMessageMove(obj, a1, a2, a3, a4, a5, a6, a7, a8, a9, a10);
		return 0;
	}
	default:
		return -1;
	}
}

static inline void
misuse_each_IExchangeImportContentsChanges(IExchangeImportContentsChanges *obj, uint64_t skip,
		 misuse_report_fn *report, void *arg)
{
	struct misuse_result r;
	int slot;

	for (slot = 0; slot < MISUSE_SLOTS_IExchangeImportContentsChanges; slot++) {
		if (skip & ((uint64_t)1 << slot))
			continue;
		misuse_call_IExchangeImportContentsChanges(obj, slot, &r);
		report(arg, &r);
	}
}

/* IExchangeImportContentsChanges2 */

#define MISUSE_SLOTS_IExchangeImportContentsChanges2 12

static inline int
misuse_call_IExchangeImportContentsChanges2(IExchangeImportContentsChanges2 *obj, int slot,
		 struct misuse_result *r)
{
	memset(r, 0, sizeof(*r));
	r->iface = "IExchangeImportContentsChanges2";
	r->slot = slot;
	switch (slot) {
	case 0: {
		REFIID a1;
		LPVOID *a2;

		memset(&a1, 0, sizeof(a1));
		memset(&a2, 0, sizeof(a2));
		r->owner = "IUnknown";
		r->method = "QueryInterface";
		r->kind = MISUSE_HRESULT;
		r->hr = IExchangeImportContentsChanges2_QueryInterface(obj, a1, a2);
		return 0;
	}
	case 1: {
		r->owner = "IUnknown";
		r->method = "AddRef";
		r->kind = MISUSE_ULONG;
		r->ul = IExchangeImportContentsChanges2_AddRef(obj);
		return 0;
	}
	case 2: {
		r->owner = "IUnknown";
		r->method = "Release";
		r->kind = MISUSE_ULONG;
		r->ul = IExchangeImportContentsChanges2_Release(obj);
		return 0;
	}
	case 3: {
		HRESULT a1;
		ULONG a2;
		LPMAPIERROR *a3;

		memset(&a1, 0, sizeof(a1));
		memset(&a2, 0, sizeof(a2));
		memset(&a3, 0, sizeof(a3));
		r->owner = "IExchangeImportContentsChanges";
		r->method = "GetLastError";
		r->kind = MISUSE_HRESULT;
		r->hr = IExchangeImportContentsChanges2_GetLastError(obj, a1, a2, a3);
		return 0;
	}
	case 4: {
		LPSTREAM a1;
		ULONG a2;

		memset(&a1, 0, sizeof(a1));
		memset(&a2, 0, sizeof(a2));
		r->owner = "IExchangeImportContentsChanges";
		r->method = "Config";
		r->kind = MISUSE_HRESULT;
		r->hr = IExchangeImportContentsChanges2_Config(obj, a1, a2);
		return 0;
	}
	case 5: {
		LPSTREAM a1;

		memset(&a1, 0, sizeof(a1));
		r->owner = "IExchangeImportContentsChanges";
		r->method = "UpdateState";
		r->kind = MISUSE_HRESULT;
		r->hr = IExchangeImportContentsChanges2_UpdateState(obj, a1);
		return 0;
	}
	case 6: {
		ULONG a1;
		LPSPropValue a2;
		ULONG a3;
		LPMESSAGE *a4;

		memset(&a1, 0, sizeof(a1));
		memset(&a2, 0, sizeof(a2));
		memset(&a3, 0, sizeof(a3));
		memset(&a4, 0, sizeof(a4));
		r->owner = "IExchangeImportContentsChanges";
		r->method = "ImportMessageChange";
		r->kind = MISUSE_HRESULT;
		r->hr = IExchangeImportContentsChanges2_ImportMessageChange(obj, a1, a2, a3, a4);
		return 0;
	}
	case 7: {
		ULONG a1;
		LPENTRYLIST a2;

		memset(&a1, 0, sizeof(a1));
		memset(&a2, 0, sizeof(a2));
		r->owner = "IExchangeImportContentsChanges";
		r->method = "ImportMessageDeletion";
		r->kind = MISUSE_HRESULT;
		r->hr = IExchangeImportContentsChanges2_ImportMessageDeletion(obj, a1, a2);
		return 0;
	}
	case 8: {
		ULONG a1;
		LPREADSTATE a2;

		memset(&a1, 0, sizeof(a1));
		memset(&a2, 0, sizeof(a2));
		r->owner = "IExchangeImportContentsChanges";
		r->method = "ImportPerUserReadStateChange";
		r->kind = MISUSE_HRESULT;
		r->hr = IExchangeImportContentsChanges2_ImportPerUserReadStateChange(obj, a1, a2);
		return 0;
	}
	case 9: {
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
		r->owner = "IExchangeImportContentsChanges";
		r->method = "ImportMessageMove";
		r->kind = MISUSE_HRESULT;
		r->hr = IExchangeImportContentsChanges2_ImportMessageMove(obj, a1, a2, a3, a4, a5, a6, a7, a8, a9, a10);
		return 0;
	}
	case 10: {
		LPSTREAM a1;
		ULONG a2;
		ULONG a3;
		LPSPropValue a4;

		memset(&a1, 0, sizeof(a1));
		memset(&a2, 0, sizeof(a2));
		memset(&a3, 0, sizeof(a3));
		memset(&a4, 0, sizeof(a4));
		r->owner = "IExchangeImportContentsChanges2";
		r->method = "ConfigForConversionStream";
		r->kind = MISUSE_HRESULT;
		r->hr = IExchangeImportContentsChanges2_ConfigForConversionStream(obj, a1, a2, a3, a4);
		return 0;
	}
	case 11: {
		ULONG a1;
		LPSPropValue a2;
		ULONG a3;
		LPSTREAM *a4;

		memset(&a1, 0, sizeof(a1));
		memset(&a2, 0, sizeof(a2));
		memset(&a3, 0, sizeof(a3));
		memset(&a4, 0, sizeof(a4));
		r->owner = "IExchangeImportContentsChanges2";
		r->method = "ImportMessageChangeAsAStream";
		r->kind = MISUSE_HRESULT;
		r->hr = IExchangeImportContentsChanges2_ImportMessageChangeAsAStream(obj, a1, a2, a3, a4);
		return 0;
	}
	default:
		return -1;
	}
}

static inline void
misuse_each_IExchangeImportContentsChanges2(IExchangeImportContentsChanges2 *obj, uint64_t skip,
		 misuse_report_fn *report, void *arg)
{
	struct misuse_result r;
	int slot;

	for (slot = 0; slot < MISUSE_SLOTS_IExchangeImportContentsChanges2; slot++) {
		if (skip & ((uint64_t)1 << slot))
			continue;
		misuse_call_IExchangeImportContentsChanges2(obj, slot, &r);
		report(arg, &r);
	}
}

/* IExchangeImportHierarchyChanges */

#define MISUSE_SLOTS_IExchangeImportHierarchyChanges 8

static inline int
misuse_call_IExchangeImportHierarchyChanges(IExchangeImportHierarchyChanges *obj, int slot,
		 struct misuse_result *r)
{
	memset(r, 0, sizeof(*r));
	r->iface = "IExchangeImportHierarchyChanges";
	r->slot = slot;
	switch (slot) {
	case 0: {
		REFIID a1;
		LPVOID *a2;

		memset(&a1, 0, sizeof(a1));
		memset(&a2, 0, sizeof(a2));
		r->owner = "IUnknown";
		r->method = "QueryInterface";
		r->kind = MISUSE_HRESULT;
		r->hr = IExchangeImportHierarchyChanges_QueryInterface(obj, a1, a2);
		return 0;
	}
	case 1: {
		r->owner = "IUnknown";
		r->method = "AddRef";
		r->kind = MISUSE_ULONG;
		r->ul = IExchangeImportHierarchyChanges_AddRef(obj);
		return 0;
	}
	case 2: {
		r->owner = "IUnknown";
		r->method = "Release";
		r->kind = MISUSE_ULONG;
		r->ul = IExchangeImportHierarchyChanges_Release(obj);
		return 0;
	}
	case 3: {
		HRESULT a1;
		ULONG a2;
		LPMAPIERROR *a3;

		memset(&a1, 0, sizeof(a1));
		memset(&a2, 0, sizeof(a2));
		memset(&a3, 0, sizeof(a3));
		r->owner = "IExchangeImportHierarchyChanges";
		r->method = "GetLastError";
		r->kind = MISUSE_HRESULT;
		r->hr = IExchangeImportHierarchyChanges_GetLastError(obj, a1, a2, a3);
		return 0;
	}
	case 4: {
		LPSTREAM a1;
		ULONG a2;

		memset(&a1, 0, sizeof(a1));
		memset(&a2, 0, sizeof(a2));
		r->owner = "IExchangeImportHierarchyChanges";
		r->method = "Config";
		r->kind = MISUSE_HRESULT;
		r->hr = IExchangeImportHierarchyChanges_Config(obj, a1, a2);
		return 0;
	}
	case 5: {
		LPSTREAM a1;

		memset(&a1, 0, sizeof(a1));
		r->owner = "IExchangeImportHierarchyChanges";
		r->method = "UpdateState";
		r->kind = MISUSE_HRESULT;
		r->hr = IExchangeImportHierarchyChanges_UpdateState(obj, a1);
		return 0;
	}
	case 6: {
		ULONG a1;
		LPSPropValue a2;

		memset(&a1, 0, sizeof(a1));
		memset(&a2, 0, sizeof(a2));
		r->owner = "IExchangeImportHierarchyChanges";
		r->method = "ImportFolderChange";
		r->kind = MISUSE_HRESULT;
		r->hr = IExchangeImportHierarchyChanges_ImportFolderChange(obj, a1, a2);
		return 0;
	}
	case 7: {
		ULONG a1;
		LPENTRYLIST a2;

		memset(&a1, 0, sizeof(a1));
		memset(&a2, 0, sizeof(a2));
		r->owner = "IExchangeImportHierarchyChanges";
		r->method = "ImportFolderDeletion";
		r->kind = MISUSE_HRESULT;
		r->hr = IExchangeImportHierarchyChanges_ImportFolderDeletion(obj, a1, a2);
		return 0;
	}
	default:
		return -1;
	}
}

static inline void
misuse_each_IExchangeImportHierarchyChanges(IExchangeImportHierarchyChanges *obj, uint64_t skip,
		 misuse_report_fn *report, void *arg)
{
	struct misuse_result r;
	int slot;

	for (slot = 0; slot < MISUSE_SLOTS_IExchangeImportHierarchyChanges; slot++) {
		if (skip & ((uint64_t)1 << slot))
			continue;
		misuse_call_IExchangeImportHierarchyChanges(obj, slot, &r);
		report(arg, &r);
	}
}

/* IExchangeChangeAdviseSink */

#define MISUSE_SLOTS_IExchangeChangeAdviseSink 4

static inline int
misuse_call_IExchangeChangeAdviseSink(IExchangeChangeAdviseSink *obj, int slot,
		 struct misuse_result *r)
{
	memset(r, 0, sizeof(*r));
	r->iface = "IExchangeChangeAdviseSink";
	r->slot = slot;
	switch (slot) {
	case 0: {
		REFIID a1;
		LPVOID *a2;

		memset(&a1, 0, sizeof(a1));
		memset(&a2, 0, sizeof(a2));
		r->owner = "IUnknown";
		r->method = "QueryInterface";
		r->kind = MISUSE_HRESULT;
		r->hr = IExchangeChangeAdviseSink_QueryInterface(obj, a1, a2);
		return 0;
	}
	case 1: {
		r->owner = "IUnknown";
		r->method = "AddRef";
		r->kind = MISUSE_ULONG;
		r->ul = IExchangeChangeAdviseSink_AddRef(obj);
		return 0;
	}
	case 2: {
		r->owner = "IUnknown";
		r->method = "Release";
		r->kind = MISUSE_ULONG;
		r->ul = IExchangeChangeAdviseSink_Release(obj);
		return 0;
	}
	case 3: {
		ULONG a1;
		LPENTRYLIST a2;

		memset(&a1, 0, sizeof(a1));
		memset(&a2, 0, sizeof(a2));
		r->owner = "IExchangeChangeAdviseSink";
		r->method = "OnNotify";
		r->kind = MISUSE_ULONG;
		r->ul = IExchangeChangeAdviseSink_OnNotify(obj, a1, a2);
		return 0;
	}
	default:
		return -1;
	}
}

static inline void
misuse_each_IExchangeChangeAdviseSink(IExchangeChangeAdviseSink *obj, uint64_t skip,
		 misuse_report_fn *report, void *arg)
{
	struct misuse_result r;
	int slot;

	for (slot = 0; slot < MISUSE_SLOTS_IExchangeChangeAdviseSink; slot++) {
		if (skip & ((uint64_t)1 << slot))
			continue;
		misuse_call_IExchangeChangeAdviseSink(obj, slot, &r);
		report(arg, &r);
	}
}

/* IExchangeChangeAdvisor */

#define MISUSE_SLOTS_IExchangeChangeAdvisor 8

static inline int
misuse_call_IExchangeChangeAdvisor(IExchangeChangeAdvisor *obj, int slot,
		 struct misuse_result *r)
{
	memset(r, 0, sizeof(*r));
	r->iface = "IExchangeChangeAdvisor";
	r->slot = slot;
	switch (slot) {
	case 0: {
		REFIID a1;
		LPVOID *a2;

		memset(&a1, 0, sizeof(a1));
		memset(&a2, 0, sizeof(a2));
		r->owner = "IUnknown";
		r->method = "QueryInterface";
		r->kind = MISUSE_HRESULT;
		r->hr = IExchangeChangeAdvisor_QueryInterface(obj, a1, a2);
		return 0;
	}
	case 1: {
		r->owner = "IUnknown";
		r->method = "AddRef";
		r->kind = MISUSE_ULONG;
		r->ul = IExchangeChangeAdvisor_AddRef(obj);
		return 0;
	}
	case 2: {
		r->owner = "IUnknown";
		r->method = "Release";
		r->kind = MISUSE_ULONG;
		r->ul = IExchangeChangeAdvisor_Release(obj);
		return 0;
	}
	case 3: {
		HRESULT a1;
		ULONG a2;
		LPMAPIERROR *a3;

		memset(&a1, 0, sizeof(a1));
		memset(&a2, 0, sizeof(a2));
		memset(&a3, 0, sizeof(a3));
		r->owner = "IExchangeChangeAdvisor";
		r->method = "GetLastError";
		r->kind = MISUSE_HRESULT;
		r->hr = IExchangeChangeAdvisor_GetLastError(obj, a1, a2, a3);
		return 0;
	}
	case 4: {
		LPSTREAM a1;
		LPGUID a2;
		LPEXCHANGECHANGEADVISESINK a3;
		ULONG a4;

		memset(&a1, 0, sizeof(a1));
		memset(&a2, 0, sizeof(a2));
		memset(&a3, 0, sizeof(a3));
		memset(&a4, 0, sizeof(a4));
		r->owner = "IExchangeChangeAdvisor";
		r->method = "Config";
		r->kind = MISUSE_HRESULT;
		r->hr = IExchangeChangeAdvisor_Config(obj, a1, a2, a3, a4);
		return 0;
	}
	case 5: {
		LPSTREAM a1;

		memset(&a1, 0, sizeof(a1));
		r->owner = "IExchangeChangeAdvisor";
		r->method = "UpdateState";
		r->kind = MISUSE_HRESULT;
		r->hr = IExchangeChangeAdvisor_UpdateState(obj, a1);
		return 0;
	}
	case 6: {
		LPENTRYLIST a1;

		memset(&a1, 0, sizeof(a1));
		r->owner = "IExchangeChangeAdvisor";
		r->method = "AddKeys";
		r->kind = MISUSE_HRESULT;
		r->hr = IExchangeChangeAdvisor_AddKeys(obj, a1);
		return 0;
	}
	case 7: {
		LPENTRYLIST a1;

		memset(&a1, 0, sizeof(a1));
		r->owner = "IExchangeChangeAdvisor";
		r->method = "RemoveKeys";
		r->kind = MISUSE_HRESULT;
		r->hr = IExchangeChangeAdvisor_RemoveKeys(obj, a1);
		return 0;
	}
	default:
		return -1;
	}
}

static inline void
misuse_each_IExchangeChangeAdvisor(IExchangeChangeAdvisor *obj, uint64_t skip,
		 misuse_report_fn *report, void *arg)
{
	struct misuse_result r;
	int slot;

	for (slot = 0; slot < MISUSE_SLOTS_IExchangeChangeAdvisor; slot++) {
		if (skip & ((uint64_t)1 << slot))
			continue;
		misuse_call_IExchangeChangeAdvisor(obj, slot, &r);
		report(arg, &r);
	}
}

/* IExchangeBadItemCallback */

#define MISUSE_SLOTS_IExchangeBadItemCallback 4

static inline int
misuse_call_IExchangeBadItemCallback(IExchangeBadItemCallback *obj, int slot,
		 struct misuse_result *r)
{
	memset(r, 0, sizeof(*r));
	r->iface = "IExchangeBadItemCallback";
	r->slot = slot;
	switch (slot) {
	case 0: {
		REFIID a1;
		LPVOID *a2;

		memset(&a1, 0, sizeof(a1));
		memset(&a2, 0, sizeof(a2));
		r->owner = "IUnknown";
		r->method = "QueryInterface";
		r->kind = MISUSE_HRESULT;
		r->hr = IExchangeBadItemCallback_QueryInterface(obj, a1, a2);
		return 0;
	}
	case 1: {
		r->owner = "IUnknown";
		r->method = "AddRef";
		r->kind = MISUSE_ULONG;
		r->ul = IExchangeBadItemCallback_AddRef(obj);
		return 0;
	}
	case 2: {
		r->owner = "IUnknown";
		r->method = "Release";
		r->kind = MISUSE_ULONG;
		r->ul = IExchangeBadItemCallback_Release(obj);
		return 0;
	}
	case 3: {
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
		r->owner = "IExchangeBadItemCallback";
		r->method = "BadItem";
		r->kind = MISUSE_HRESULT;
		r->hr = IExchangeBadItemCallback_BadItem(obj, a1, a2, a3, a4, a5, a6);
		return 0;
	}
	default:
		return -1;
	}
}

static inline void
misuse_each_IExchangeBadItemCallback(IExchangeBadItemCallback *obj, uint64_t skip,
		 misuse_report_fn *report, void *arg)
{
	struct misuse_result r;
	int slot;

	for (slot = 0; slot < MISUSE_SLOTS_IExchangeBadItemCallback; slot++) {
		if (skip & ((uint64_t)1 << slot))
			continue;
		misuse_call_IExchangeBadItemCallback(obj, slot, &r);
		report(arg, &r);
	}
}

/* IExchangeMoveUserProgress */

#define MISUSE_SLOTS_IExchangeMoveUserProgress 6

static inline int
misuse_call_IExchangeMoveUserProgress(IExchangeMoveUserProgress *obj, int slot,
		 struct misuse_result *r)
{
	memset(r, 0, sizeof(*r));
	r->iface = "IExchangeMoveUserProgress";
	r->slot = slot;
	switch (slot) {
	case 0: {
		REFIID a1;
		LPVOID *a2;

		memset(&a1, 0, sizeof(a1));
		memset(&a2, 0, sizeof(a2));
		r->owner = "IUnknown";
		r->method = "QueryInterface";
		r->kind = MISUSE_HRESULT;
		r->hr = IExchangeMoveUserProgress_QueryInterface(obj, a1, a2);
		return 0;
	}
	case 1: {
		r->owner = "IUnknown";
		r->method = "AddRef";
		r->kind = MISUSE_ULONG;
		r->ul = IExchangeMoveUserProgress_AddRef(obj);
		return 0;
	}
	case 2: {
		r->owner = "IUnknown";
		r->method = "Release";
		r->kind = MISUSE_ULONG;
		r->ul = IExchangeMoveUserProgress_Release(obj);
		return 0;
	}
	case 3: {
		ULONG a1;
		LPWSTR a2;

		memset(&a1, 0, sizeof(a1));
		memset(&a2, 0, sizeof(a2));
		r->owner = "IExchangeMoveUserProgress";
		r->method = "NextFolder";
		r->kind = MISUSE_HRESULT;
		r->hr = IExchangeMoveUserProgress_NextFolder(obj, a1, a2);
		return 0;
	}
	case 4: {
		ULONG a1;
		ULONG a2;
		ULONG a3;

		memset(&a1, 0, sizeof(a1));
		memset(&a2, 0, sizeof(a2));
		memset(&a3, 0, sizeof(a3));
		r->owner = "IExchangeMoveUserProgress";
		r->method = "Progress";
		r->kind = MISUSE_HRESULT;
		r->hr = IExchangeMoveUserProgress_Progress(obj, a1, a2, a3);
		return 0;
	}
	case 5: {
		ULONG a1;

		memset(&a1, 0, sizeof(a1));
		r->owner = "IExchangeMoveUserProgress";
		r->method = "Restart";
		r->kind = MISUSE_HRESULT;
		r->hr = IExchangeMoveUserProgress_Restart(obj, a1);
		return 0;
	}
	default:
		return -1;
	}
}

static inline void
misuse_each_IExchangeMoveUserProgress(IExchangeMoveUserProgress *obj, uint64_t skip,
		 misuse_report_fn *report, void *arg)
{
	struct misuse_result r;
	int slot;

	for (slot = 0; slot < MISUSE_SLOTS_IExchangeMoveUserProgress; slot++) {
		if (skip & ((uint64_t)1 << slot))
			continue;
		misuse_call_IExchangeMoveUserProgress(obj, slot, &r);
		report(arg, &r);
	}
}

/* IExchangeFavorites */

#define MISUSE_SLOTS_IExchangeFavorites 6

static inline int
misuse_call_IExchangeFavorites(IExchangeFavorites *obj, int slot,
		 struct misuse_result *r)
{
	memset(r, 0, sizeof(*r));
	r->iface = "IExchangeFavorites";
	r->slot = slot;
	switch (slot) {
	case 0: {
		REFIID a1;
		LPVOID *a2;

		memset(&a1, 0, sizeof(a1));
		memset(&a2, 0, sizeof(a2));
		r->owner = "IUnknown";
		r->method = "QueryInterface";
		r->kind = MISUSE_HRESULT;
		r->hr = IExchangeFavorites_QueryInterface(obj, a1, a2);
		return 0;
	}
	case 1: {
		r->owner = "IUnknown";
		r->method = "AddRef";
		r->kind = MISUSE_ULONG;
		r->ul = IExchangeFavorites_AddRef(obj);
		return 0;
	}
	case 2: {
		r->owner = "IUnknown";
		r->method = "Release";
		r->kind = MISUSE_ULONG;
		r->ul = IExchangeFavorites_Release(obj);
		return 0;
	}
	case 3: {
		HRESULT a1;
		ULONG a2;
		LPMAPIERROR *a3;

		memset(&a1, 0, sizeof(a1));
		memset(&a2, 0, sizeof(a2));
		memset(&a3, 0, sizeof(a3));
		r->owner = "IExchangeFavorites";
		r->method = "GetLastError";
		r->kind = MISUSE_HRESULT;
		r->hr = IExchangeFavorites_GetLastError(obj, a1, a2, a3);
		return 0;
	}
	case 4: {
		LPENTRYLIST a1;

		memset(&a1, 0, sizeof(a1));
		r->owner = "IExchangeFavorites";
		r->method = "AddFavorites";
		r->kind = MISUSE_HRESULT;
		r->hr = IExchangeFavorites_AddFavorites(obj, a1);
		return 0;
	}
	case 5: {
		LPENTRYLIST a1;

		memset(&a1, 0, sizeof(a1));
		r->owner = "IExchangeFavorites";
		r->method = "DelFavorites";
		r->kind = MISUSE_HRESULT;
		r->hr = IExchangeFavorites_DelFavorites(obj, a1);
		return 0;
	}
	default:
		return -1;
	}
}

static inline void
misuse_each_IExchangeFavorites(IExchangeFavorites *obj, uint64_t skip,
		 misuse_report_fn *report, void *arg)
{
	struct misuse_result r;
	int slot;

	for (slot = 0; slot < MISUSE_SLOTS_IExchangeFavorites; slot++) {
		if (skip & ((uint64_t)1 << slot))
			continue;
		misuse_call_IExchangeFavorites(obj, slot, &r);
		report(arg, &r);
	}
}

/* IExchangeMessageConversion */

#define MISUSE_SLOTS_IExchangeMessageConversion 4

static inline int
misuse_call_IExchangeMessageConversion(IExchangeMessageConversion *obj, int slot,
		 struct misuse_result *r)
{
	memset(r, 0, sizeof(*r));
	r->iface = "IExchangeMessageConversion";
	r->slot = slot;
	switch (slot) {
	case 0: {
		REFIID a1;
		LPVOID *a2;

		memset(&a1, 0, sizeof(a1));
		memset(&a2, 0, sizeof(a2));
		r->owner = "IUnknown";
		r->method = "QueryInterface";
		r->kind = MISUSE_HRESULT;
		r->hr = IExchangeMessageConversion_QueryInterface(obj, a1, a2);
		return 0;
	}
	case 1: {
		r->owner = "IUnknown";
		r->method = "AddRef";
		r->kind = MISUSE_ULONG;
		r->ul = IExchangeMessageConversion_AddRef(obj);
		return 0;
	}
	case 2: {
		r->owner = "IUnknown";
		r->method = "Release";
		r->kind = MISUSE_ULONG;
		r->ul = IExchangeMessageConversion_Release(obj);
		return 0;
	}
	case 3: {
		ULONG a1;
		LPSPropValue a2;
		LPSTREAM *a3;

		memset(&a1, 0, sizeof(a1));
		memset(&a2, 0, sizeof(a2));
		memset(&a3, 0, sizeof(a3));
		r->owner = "IExchangeMessageConversion";
		r->method = "OpenStream";
		r->kind = MISUSE_HRESULT;
		r->hr = IExchangeMessageConversion_OpenStream(obj, a1, a2, a3);
		return 0;
	}
	default:
		return -1;
	}
}

static inline void
misuse_each_IExchangeMessageConversion(IExchangeMessageConversion *obj, uint64_t skip,
		 misuse_report_fn *report, void *arg)
{
	struct misuse_result r;
	int slot;

	for (slot = 0; slot < MISUSE_SLOTS_IExchangeMessageConversion; slot++) {
		if (skip & ((uint64_t)1 << slot))
			continue;
		misuse_call_IExchangeMessageConversion(obj, slot, &r);
		report(arg, &r);
	}
}

/* IPersistMessage */

#define MISUSE_SLOTS_IPersistMessage 11

static inline int
misuse_call_IPersistMessage(IPersistMessage *obj, int slot,
		 struct misuse_result *r)
{
	memset(r, 0, sizeof(*r));
	r->iface = "IPersistMessage";
	r->slot = slot;
	switch (slot) {
	case 0: {
		REFIID a1;
		LPVOID *a2;

		memset(&a1, 0, sizeof(a1));
		memset(&a2, 0, sizeof(a2));
		r->owner = "IUnknown";
		r->method = "QueryInterface";
		r->kind = MISUSE_HRESULT;
		r->hr = IPersistMessage_QueryInterface(obj, a1, a2);
		return 0;
	}
	case 1: {
		r->owner = "IUnknown";
		r->method = "AddRef";
		r->kind = MISUSE_ULONG;
		r->ul = IPersistMessage_AddRef(obj);
		return 0;
	}
	case 2: {
		r->owner = "IUnknown";
		r->method = "Release";
		r->kind = MISUSE_ULONG;
		r->ul = IPersistMessage_Release(obj);
		return 0;
	}
	case 3: {
		HRESULT a1;
		ULONG a2;
		LPMAPIERROR *a3;

		memset(&a1, 0, sizeof(a1));
		memset(&a2, 0, sizeof(a2));
		memset(&a3, 0, sizeof(a3));
		r->owner = "IPersistMessage";
		r->method = "GetLastError";
		r->kind = MISUSE_HRESULT;
		r->hr = IPersistMessage_GetLastError(obj, a1, a2, a3);
		return 0;
	}
	case 4: {
		LPCLSID a1;

		memset(&a1, 0, sizeof(a1));
		r->owner = "IPersistMessage";
		r->method = "GetClassID";
		r->kind = MISUSE_HRESULT;
		r->hr = IPersistMessage_GetClassID(obj, a1);
		return 0;
	}
	case 5: {
		r->owner = "IPersistMessage";
		r->method = "IsDirty";
		r->kind = MISUSE_HRESULT;
		r->hr = IPersistMessage_IsDirty(obj);
		return 0;
	}
	case 6: {
		LPMAPIMESSAGESITE a1;
		LPMESSAGE a2;

		memset(&a1, 0, sizeof(a1));
		memset(&a2, 0, sizeof(a2));
		r->owner = "IPersistMessage";
		r->method = "InitNew";
		r->kind = MISUSE_HRESULT;
		r->hr = IPersistMessage_InitNew(obj, a1, a2);
		return 0;
	}
	case 7: {
		LPMAPIMESSAGESITE a1;
		LPMESSAGE a2;
		ULONG a3;
		ULONG a4;

		memset(&a1, 0, sizeof(a1));
		memset(&a2, 0, sizeof(a2));
		memset(&a3, 0, sizeof(a3));
		memset(&a4, 0, sizeof(a4));
		r->owner = "IPersistMessage";
		r->method = "Load";
		r->kind = MISUSE_HRESULT;
		r->hr = IPersistMessage_Load(obj, a1, a2, a3, a4);
		return 0;
	}
	case 8: {
		LPMESSAGE a1;
		ULONG a2;

		memset(&a1, 0, sizeof(a1));
		memset(&a2, 0, sizeof(a2));
		r->owner = "IPersistMessage";
		r->method = "Save";
		r->kind = MISUSE_HRESULT;
		r->hr = IPersistMessage_Save(obj, a1, a2);
		return 0;
	}
	case 9: {
		LPMESSAGE a1;

		memset(&a1, 0, sizeof(a1));
		r->owner = "IPersistMessage";
		r->method = "SaveCompleted";
		r->kind = MISUSE_HRESULT;
		r->hr = IPersistMessage_SaveCompleted(obj, a1);
		return 0;
	}
	case 10: {
		r->owner = "IPersistMessage";
		r->method = "HandsOffMessage";
		r->kind = MISUSE_HRESULT;
		r->hr = IPersistMessage_HandsOffMessage(obj);
		return 0;
	}
	default:
		return -1;
	}
}

static inline void
misuse_each_IPersistMessage(IPersistMessage *obj, uint64_t skip,
		 misuse_report_fn *report, void *arg)
{
	struct misuse_result r;
	int slot;

	for (slot = 0; slot < MISUSE_SLOTS_IPersistMessage; slot++) {
		if (skip & ((uint64_t)1 << slot))
			continue;
		misuse_call_IPersistMessage(obj, slot, &r);
		report(arg, &r);
	}
}

/* IMAPIMessageSite */

#define MISUSE_SLOTS_IMAPIMessageSite 16

static inline int
misuse_call_IMAPIMessageSite(IMAPIMessageSite *obj, int slot,
		 struct misuse_result *r)
{
	memset(r, 0, sizeof(*r));
	r->iface = "IMAPIMessageSite";
	r->slot = slot;
	switch (slot) {
	case 0: {
		REFIID a1;
		LPVOID *a2;

		memset(&a1, 0, sizeof(a1));
		memset(&a2, 0, sizeof(a2));
		r->owner = "IUnknown";
		r->method = "QueryInterface";
		r->kind = MISUSE_HRESULT;
		r->hr = IMAPIMessageSite_QueryInterface(obj, a1, a2);
		return 0;
	}
	case 1: {
		r->owner = "IUnknown";
		r->method = "AddRef";
		r->kind = MISUSE_ULONG;
		r->ul = IMAPIMessageSite_AddRef(obj);
		return 0;
	}
	case 2: {
		r->owner = "IUnknown";
		r->method = "Release";
		r->kind = MISUSE_ULONG;
		r->ul = IMAPIMessageSite_Release(obj);
		return 0;
	}
	case 3: {
		HRESULT a1;
		ULONG a2;
		LPMAPIERROR *a3;

		memset(&a1, 0, sizeof(a1));
		memset(&a2, 0, sizeof(a2));
		memset(&a3, 0, sizeof(a3));
		r->owner = "IMAPIMessageSite";
		r->method = "GetLastError";
		r->kind = MISUSE_HRESULT;
		r->hr = IMAPIMessageSite_GetLastError(obj, a1, a2, a3);
		return 0;
	}
	case 4: {
		LPMAPISESSION *a1;

		memset(&a1, 0, sizeof(a1));
		r->owner = "IMAPIMessageSite";
		r->method = "GetSession";
		r->kind = MISUSE_HRESULT;
		r->hr = IMAPIMessageSite_GetSession(obj, a1);
		return 0;
	}
	case 5: {
		LPMDB *a1;

		memset(&a1, 0, sizeof(a1));
		r->owner = "IMAPIMessageSite";
		r->method = "GetStore";
		r->kind = MISUSE_HRESULT;
		r->hr = IMAPIMessageSite_GetStore(obj, a1);
		return 0;
	}
	case 6: {
		LPMAPIFOLDER *a1;

		memset(&a1, 0, sizeof(a1));
		r->owner = "IMAPIMessageSite";
		r->method = "GetFolder";
		r->kind = MISUSE_HRESULT;
		r->hr = IMAPIMessageSite_GetFolder(obj, a1);
		return 0;
	}
	case 7: {
		LPMESSAGE *a1;

		memset(&a1, 0, sizeof(a1));
		r->owner = "IMAPIMessageSite";
		r->method = "GetMessage";
		r->kind = MISUSE_HRESULT;
		r->hr = IMAPIMessageSite_GetMessage(obj, a1);
		return 0;
	}
	case 8: {
		LPMAPIFORMMGR *a1;

		memset(&a1, 0, sizeof(a1));
		r->owner = "IMAPIMessageSite";
		r->method = "GetFormManager";
		r->kind = MISUSE_HRESULT;
		r->hr = IMAPIMessageSite_GetFormManager(obj, a1);
		return 0;
	}
	case 9: {
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
		r->owner = "IMAPIMessageSite";
		r->method = "NewMessage";
		r->kind = MISUSE_HRESULT;
		r->hr = IMAPIMessageSite_NewMessage(obj, a1, a2, a3, a4, a5, a6);
		return 0;
	}
	case 10: {
		LPMAPIFOLDER a1;

		memset(&a1, 0, sizeof(a1));
		r->owner = "IMAPIMessageSite";
		r->method = "CopyMessage";
		r->kind = MISUSE_HRESULT;
		r->hr = IMAPIMessageSite_CopyMessage(obj, a1);
		return 0;
	}
	case 11: {
		LPMAPIFOLDER a1;
		LPMAPIVIEWCONTEXT a2;
		LPCRECT a3;

		memset(&a1, 0, sizeof(a1));
		memset(&a2, 0, sizeof(a2));
		memset(&a3, 0, sizeof(a3));
		r->owner = "IMAPIMessageSite";
		r->method = "MoveMessage";
		r->kind = MISUSE_HRESULT;
		r->hr = IMAPIMessageSite_MoveMessage(obj, a1, a2, a3);
		return 0;
	}
	case 12: {
		LPMAPIVIEWCONTEXT a1;
		LPCRECT a2;

		memset(&a1, 0, sizeof(a1));
		memset(&a2, 0, sizeof(a2));
		r->owner = "IMAPIMessageSite";
		r->method = "DeleteMessage";
		r->kind = MISUSE_HRESULT;
		r->hr = IMAPIMessageSite_DeleteMessage(obj, a1, a2);
		return 0;
	}
	case 13: {
		r->owner = "IMAPIMessageSite";
		r->method = "SaveMessage";
		r->kind = MISUSE_HRESULT;
		r->hr = IMAPIMessageSite_SaveMessage(obj);
		return 0;
	}
	case 14: {
		ULONG a1;

		memset(&a1, 0, sizeof(a1));
		r->owner = "IMAPIMessageSite";
		r->method = "SubmitMessage";
		r->kind = MISUSE_HRESULT;
		r->hr = IMAPIMessageSite_SubmitMessage(obj, a1);
		return 0;
	}
	case 15: {
		LPULONG a1;

		memset(&a1, 0, sizeof(a1));
		r->owner = "IMAPIMessageSite";
		r->method = "GetSiteStatus";
		r->kind = MISUSE_HRESULT;
		r->hr = IMAPIMessageSite_GetSiteStatus(obj, a1);
		return 0;
	}
	default:
		return -1;
	}
}

static inline void
misuse_each_IMAPIMessageSite(IMAPIMessageSite *obj, uint64_t skip,
		 misuse_report_fn *report, void *arg)
{
	struct misuse_result r;
	int slot;

	for (slot = 0; slot < MISUSE_SLOTS_IMAPIMessageSite; slot++) {
		if (skip & ((uint64_t)1 << slot))
			continue;
		misuse_call_IMAPIMessageSite(obj, slot, &r);
		report(arg, &r);
	}
}

/* IMAPIForm */

#define MISUSE_SLOTS_IMAPIForm 10

static inline int
misuse_call_IMAPIForm(IMAPIForm *obj, int slot,
		 struct misuse_result *r)
{
	memset(r, 0, sizeof(*r));
	r->iface = "IMAPIForm";
	r->slot = slot;
	switch (slot) {
	case 0: {
		REFIID a1;
		LPVOID *a2;

		memset(&a1, 0, sizeof(a1));
		memset(&a2, 0, sizeof(a2));
		r->owner = "IUnknown";
		r->method = "QueryInterface";
		r->kind = MISUSE_HRESULT;
		r->hr = IMAPIForm_QueryInterface(obj, a1, a2);
		return 0;
	}
	case 1: {
		r->owner = "IUnknown";
		r->method = "AddRef";
		r->kind = MISUSE_ULONG;
		r->ul = IMAPIForm_AddRef(obj);
		return 0;
	}
	case 2: {
		r->owner = "IUnknown";
		r->method = "Release";
		r->kind = MISUSE_ULONG;
		r->ul = IMAPIForm_Release(obj);
		return 0;
	}
	case 3: {
		HRESULT a1;
		ULONG a2;
		LPMAPIERROR *a3;

		memset(&a1, 0, sizeof(a1));
		memset(&a2, 0, sizeof(a2));
		memset(&a3, 0, sizeof(a3));
		r->owner = "IMAPIForm";
		r->method = "GetLastError";
		r->kind = MISUSE_HRESULT;
		r->hr = IMAPIForm_GetLastError(obj, a1, a2, a3);
		return 0;
	}
	case 4: {
		LPMAPIVIEWCONTEXT a1;

		memset(&a1, 0, sizeof(a1));
		r->owner = "IMAPIForm";
		r->method = "SetViewContext";
		r->kind = MISUSE_HRESULT;
		r->hr = IMAPIForm_SetViewContext(obj, a1);
		return 0;
	}
	case 5: {
		LPMAPIVIEWCONTEXT *a1;

		memset(&a1, 0, sizeof(a1));
		r->owner = "IMAPIForm";
		r->method = "GetViewContext";
		r->kind = MISUSE_HRESULT;
		r->hr = IMAPIForm_GetViewContext(obj, a1);
		return 0;
	}
	case 6: {
		ULONG a1;

		memset(&a1, 0, sizeof(a1));
		r->owner = "IMAPIForm";
		r->method = "ShutdownForm";
		r->kind = MISUSE_HRESULT;
		r->hr = IMAPIForm_ShutdownForm(obj, a1);
		return 0;
	}
	case 7: {
		LONG a1;
		LPMAPIVIEWCONTEXT a2;
		ULONG_PTR a3;
		LPCRECT a4;

		memset(&a1, 0, sizeof(a1));
		memset(&a2, 0, sizeof(a2));
		memset(&a3, 0, sizeof(a3));
		memset(&a4, 0, sizeof(a4));
		r->owner = "IMAPIForm";
		r->method = "DoVerb";
		r->kind = MISUSE_HRESULT;
		r->hr = IMAPIForm_DoVerb(obj, a1, a2, a3, a4);
		return 0;
	}
	case 8: {
		LPMAPIVIEWADVISESINK a1;
		ULONG_PTR *a2;

		memset(&a1, 0, sizeof(a1));
		memset(&a2, 0, sizeof(a2));
		r->owner = "IMAPIForm";
		r->method = "Advise";
		r->kind = MISUSE_HRESULT;
		r->hr = IMAPIForm_Advise(obj, a1, a2);
		return 0;
	}
	case 9: {
		ULONG_PTR a1;

		memset(&a1, 0, sizeof(a1));
		r->owner = "IMAPIForm";
		r->method = "Unadvise";
		r->kind = MISUSE_HRESULT;
		r->hr = IMAPIForm_Unadvise(obj, a1);
		return 0;
	}
	default:
		return -1;
	}
}

static inline void
misuse_each_IMAPIForm(IMAPIForm *obj, uint64_t skip,
		 misuse_report_fn *report, void *arg)
{
	struct misuse_result r;
	int slot;

	for (slot = 0; slot < MISUSE_SLOTS_IMAPIForm; slot++) {
		if (skip & ((uint64_t)1 << slot))
			continue;
		misuse_call_IMAPIForm(obj, slot, &r);
		report(arg, &r);
	}
}

/* IMAPIViewContext */

#define MISUSE_SLOTS_IMAPIViewContext 9

static inline int
misuse_call_IMAPIViewContext(IMAPIViewContext *obj, int slot,
		 struct misuse_result *r)
{
	memset(r, 0, sizeof(*r));
	r->iface = "IMAPIViewContext";
	r->slot = slot;
	switch (slot) {
	case 0: {
		REFIID a1;
		LPVOID *a2;

		memset(&a1, 0, sizeof(a1));
		memset(&a2, 0, sizeof(a2));
		r->owner = "IUnknown";
		r->method = "QueryInterface";
		r->kind = MISUSE_HRESULT;
		r->hr = IMAPIViewContext_QueryInterface(obj, a1, a2);
		return 0;
	}
	case 1: {
		r->owner = "IUnknown";
		r->method = "AddRef";
		r->kind = MISUSE_ULONG;
		r->ul = IMAPIViewContext_AddRef(obj);
		return 0;
	}
	case 2: {
		r->owner = "IUnknown";
		r->method = "Release";
		r->kind = MISUSE_ULONG;
		r->ul = IMAPIViewContext_Release(obj);
		return 0;
	}
	case 3: {
		HRESULT a1;
		ULONG a2;
		LPMAPIERROR *a3;

		memset(&a1, 0, sizeof(a1));
		memset(&a2, 0, sizeof(a2));
		memset(&a3, 0, sizeof(a3));
		r->owner = "IMAPIViewContext";
		r->method = "GetLastError";
		r->kind = MISUSE_HRESULT;
		r->hr = IMAPIViewContext_GetLastError(obj, a1, a2, a3);
		return 0;
	}
	case 4: {
		LPMAPIFORMADVISESINK a1;

		memset(&a1, 0, sizeof(a1));
		r->owner = "IMAPIViewContext";
		r->method = "SetAdviseSink";
		r->kind = MISUSE_HRESULT;
		r->hr = IMAPIViewContext_SetAdviseSink(obj, a1);
		return 0;
	}
	case 5: {
		ULONG a1;
		LPCRECT a2;

		memset(&a1, 0, sizeof(a1));
		memset(&a2, 0, sizeof(a2));
		r->owner = "IMAPIViewContext";
		r->method = "ActivateNext";
		r->kind = MISUSE_HRESULT;
		r->hr = IMAPIViewContext_ActivateNext(obj, a1, a2);
		return 0;
	}
	case 6: {
		ULONG a1;
		LPFORMPRINTSETUP *a2;

		memset(&a1, 0, sizeof(a1));
		memset(&a2, 0, sizeof(a2));
		r->owner = "IMAPIViewContext";
		r->method = "GetPrintSetup";
		r->kind = MISUSE_HRESULT;
		r->hr = IMAPIViewContext_GetPrintSetup(obj, a1, a2);
		return 0;
	}
	case 7: {
		ULONG *a1;
		ULONG *a2;
		LPSTREAM *a3;

		memset(&a1, 0, sizeof(a1));
		memset(&a2, 0, sizeof(a2));
		memset(&a3, 0, sizeof(a3));
		r->owner = "IMAPIViewContext";
		r->method = "GetSaveStream";
		r->kind = MISUSE_HRESULT;
		r->hr = IMAPIViewContext_GetSaveStream(obj, a1, a2, a3);
		return 0;
	}
	case 8: {
		LPULONG a1;

		memset(&a1, 0, sizeof(a1));
		r->owner = "IMAPIViewContext";
		r->method = "GetViewStatus";
		r->kind = MISUSE_HRESULT;
		r->hr = IMAPIViewContext_GetViewStatus(obj, a1);
		return 0;
	}
	default:
		return -1;
	}
}

static inline void
misuse_each_IMAPIViewContext(IMAPIViewContext *obj, uint64_t skip,
		 misuse_report_fn *report, void *arg)
{
	struct misuse_result r;
	int slot;

	for (slot = 0; slot < MISUSE_SLOTS_IMAPIViewContext; slot++) {
		if (skip & ((uint64_t)1 << slot))
			continue;
		misuse_call_IMAPIViewContext(obj, slot, &r);
		report(arg, &r);
	}
}

/* IMAPIFormAdviseSink */

#define MISUSE_SLOTS_IMAPIFormAdviseSink 5

static inline int
misuse_call_IMAPIFormAdviseSink(IMAPIFormAdviseSink *obj, int slot,
		 struct misuse_result *r)
{
	memset(r, 0, sizeof(*r));
	r->iface = "IMAPIFormAdviseSink";
	r->slot = slot;
	switch (slot) {
	case 0: {
		REFIID a1;
		LPVOID *a2;

		memset(&a1, 0, sizeof(a1));
		memset(&a2, 0, sizeof(a2));
		r->owner = "IUnknown";
		r->method = "QueryInterface";
		r->kind = MISUSE_HRESULT;
		r->hr = IMAPIFormAdviseSink_QueryInterface(obj, a1, a2);
		return 0;
	}
	case 1: {
		r->owner = "IUnknown";
		r->method = "AddRef";
		r->kind = MISUSE_ULONG;
		r->ul = IMAPIFormAdviseSink_AddRef(obj);
		return 0;
	}
	case 2: {
		r->owner = "IUnknown";
		r->method = "Release";
		r->kind = MISUSE_ULONG;
		r->ul = IMAPIFormAdviseSink_Release(obj);
		return 0;
	}
	case 3: {
		ULONG a1;

		memset(&a1, 0, sizeof(a1));
		r->owner = "IMAPIFormAdviseSink";
		r->method = "OnChange";
		r->kind = MISUSE_HRESULT;
		r->hr = IMAPIFormAdviseSink_OnChange(obj, a1);
		return 0;
	}
	case 4: {
		LPCSTR a1;
		ULONG a2;
		ULONG a3;
		LPPERSISTMESSAGE *a4;

		memset(&a1, 0, sizeof(a1));
		memset(&a2, 0, sizeof(a2));
		memset(&a3, 0, sizeof(a3));
		memset(&a4, 0, sizeof(a4));
		r->owner = "IMAPIFormAdviseSink";
		r->method = "OnActivateNext";
		r->kind = MISUSE_HRESULT;
		r->hr = IMAPIFormAdviseSink_OnActivateNext(obj, a1, a2, a3, a4);
		return 0;
	}
	default:
		return -1;
	}
}

static inline void
misuse_each_IMAPIFormAdviseSink(IMAPIFormAdviseSink *obj, uint64_t skip,
		 misuse_report_fn *report, void *arg)
{
	struct misuse_result r;
	int slot;

	for (slot = 0; slot < MISUSE_SLOTS_IMAPIFormAdviseSink; slot++) {
		if (skip & ((uint64_t)1 << slot))
			continue;
		misuse_call_IMAPIFormAdviseSink(obj, slot, &r);
		report(arg, &r);
	}
}

/* IMAPIViewAdviseSink */

#define MISUSE_SLOTS_IMAPIViewAdviseSink 8

static inline int
misuse_call_IMAPIViewAdviseSink(IMAPIViewAdviseSink *obj, int slot,
		 struct misuse_result *r)
{
	memset(r, 0, sizeof(*r));
	r->iface = "IMAPIViewAdviseSink";
	r->slot = slot;
	switch (slot) {
	case 0: {
		REFIID a1;
		LPVOID *a2;

		memset(&a1, 0, sizeof(a1));
		memset(&a2, 0, sizeof(a2));
		r->owner = "IUnknown";
		r->method = "QueryInterface";
		r->kind = MISUSE_HRESULT;
		r->hr = IMAPIViewAdviseSink_QueryInterface(obj, a1, a2);
		return 0;
	}
	case 1: {
		r->owner = "IUnknown";
		r->method = "AddRef";
		r->kind = MISUSE_ULONG;
		r->ul = IMAPIViewAdviseSink_AddRef(obj);
		return 0;
	}
	case 2: {
		r->owner = "IUnknown";
		r->method = "Release";
		r->kind = MISUSE_ULONG;
		r->ul = IMAPIViewAdviseSink_Release(obj);
		return 0;
	}
	case 3: {
		r->owner = "IMAPIViewAdviseSink";
		r->method = "OnShutdown";
		r->kind = MISUSE_HRESULT;
		r->hr = IMAPIViewAdviseSink_OnShutdown(obj);
		return 0;
	}
	case 4: {
		r->owner = "IMAPIViewAdviseSink";
		r->method = "OnNewMessage";
		r->kind = MISUSE_HRESULT;
		r->hr = IMAPIViewAdviseSink_OnNewMessage(obj);
		return 0;
	}
	case 5: {
		ULONG a1;
		HRESULT a2;

		memset(&a1, 0, sizeof(a1));
		memset(&a2, 0, sizeof(a2));
		r->owner = "IMAPIViewAdviseSink";
		r->method = "OnPrint";
		r->kind = MISUSE_HRESULT;
		r->hr = IMAPIViewAdviseSink_OnPrint(obj, a1, a2);
		return 0;
	}
	case 6: {
		r->owner = "IMAPIViewAdviseSink";
		r->method = "OnSubmitted";
		r->kind = MISUSE_HRESULT;
		r->hr = IMAPIViewAdviseSink_OnSubmitted(obj);
		return 0;
	}
	case 7: {
		r->owner = "IMAPIViewAdviseSink";
		r->method = "OnSaved";
		r->kind = MISUSE_HRESULT;
		r->hr = IMAPIViewAdviseSink_OnSaved(obj);
		return 0;
	}
	default:
		return -1;
	}
}

static inline void
misuse_each_IMAPIViewAdviseSink(IMAPIViewAdviseSink *obj, uint64_t skip,
		 misuse_report_fn *report, void *arg)
{
	struct misuse_result r;
	int slot;

	for (slot = 0; slot < MISUSE_SLOTS_IMAPIViewAdviseSink; slot++) {
		if (skip & ((uint64_t)1 << slot))
			continue;
		misuse_call_IMAPIViewAdviseSink(obj, slot, &r);
		report(arg, &r);
	}
}

/* IMAPIFormInfo */

#define MISUSE_SLOTS_IMAPIFormInfo 19

static inline int
misuse_call_IMAPIFormInfo(IMAPIFormInfo *obj, int slot,
		 struct misuse_result *r)
{
	memset(r, 0, sizeof(*r));
	r->iface = "IMAPIFormInfo";
	r->slot = slot;
	switch (slot) {
	case 0: {
		REFIID a1;
		LPVOID *a2;

		memset(&a1, 0, sizeof(a1));
		memset(&a2, 0, sizeof(a2));
		r->owner = "IUnknown";
		r->method = "QueryInterface";
		r->kind = MISUSE_HRESULT;
		r->hr = IMAPIFormInfo_QueryInterface(obj, a1, a2);
		return 0;
	}
	case 1: {
		r->owner = "IUnknown";
		r->method = "AddRef";
		r->kind = MISUSE_ULONG;
		r->ul = IMAPIFormInfo_AddRef(obj);
		return 0;
	}
	case 2: {
		r->owner = "IUnknown";
		r->method = "Release";
		r->kind = MISUSE_ULONG;
		r->ul = IMAPIFormInfo_Release(obj);
		return 0;
	}
	case 3: {
		HRESULT a1;
		ULONG a2;
		LPMAPIERROR *a3;

		memset(&a1, 0, sizeof(a1));
		memset(&a2, 0, sizeof(a2));
		memset(&a3, 0, sizeof(a3));
		r->owner = "IMAPIProp";
		r->method = "GetLastError";
		r->kind = MISUSE_HRESULT;
		r->hr = IMAPIFormInfo_GetLastError(obj, a1, a2, a3);
		return 0;
	}
	case 4: {
		ULONG a1;

		memset(&a1, 0, sizeof(a1));
		r->owner = "IMAPIProp";
		r->method = "SaveChanges";
		r->kind = MISUSE_HRESULT;
		r->hr = IMAPIFormInfo_SaveChanges(obj, a1);
		return 0;
	}
	case 5: {
		LPSPropTagArray a1;
		ULONG a2;
		ULONG *a3;
		LPSPropValue *a4;

		memset(&a1, 0, sizeof(a1));
		memset(&a2, 0, sizeof(a2));
		memset(&a3, 0, sizeof(a3));
		memset(&a4, 0, sizeof(a4));
		r->owner = "IMAPIProp";
		r->method = "GetProps";
		r->kind = MISUSE_HRESULT;
		r->hr = IMAPIFormInfo_GetProps(obj, a1, a2, a3, a4);
		return 0;
	}
	case 6: {
		ULONG a1;
		LPSPropTagArray *a2;

		memset(&a1, 0, sizeof(a1));
		memset(&a2, 0, sizeof(a2));
		r->owner = "IMAPIProp";
		r->method = "GetPropList";
		r->kind = MISUSE_HRESULT;
		r->hr = IMAPIFormInfo_GetPropList(obj, a1, a2);
		return 0;
	}
	case 7: {
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
		r->owner = "IMAPIProp";
		r->method = "OpenProperty";
		r->kind = MISUSE_HRESULT;
		r->hr = IMAPIFormInfo_OpenProperty(obj, a1, a2, a3, a4, a5);
		return 0;
	}
	case 8: {
		ULONG a1;
		LPSPropValue a2;
		LPSPropProblemArray *a3;

		memset(&a1, 0, sizeof(a1));
		memset(&a2, 0, sizeof(a2));
		memset(&a3, 0, sizeof(a3));
		r->owner = "IMAPIProp";
		r->method = "SetProps";
		r->kind = MISUSE_HRESULT;
		r->hr = IMAPIFormInfo_SetProps(obj, a1, a2, a3);
		return 0;
	}
	case 9: {
		LPSPropTagArray a1;
		LPSPropProblemArray *a2;

		memset(&a1, 0, sizeof(a1));
		memset(&a2, 0, sizeof(a2));
		r->owner = "IMAPIProp";
		r->method = "DeleteProps";
		r->kind = MISUSE_HRESULT;
		r->hr = IMAPIFormInfo_DeleteProps(obj, a1, a2);
		return 0;
	}
	case 10: {
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
		r->owner = "IMAPIProp";
		r->method = "CopyTo";
		r->kind = MISUSE_HRESULT;
		r->hr = IMAPIFormInfo_CopyTo(obj, a1, a2, a3, a4, a5, a6, a7, a8, a9);
		return 0;
	}
	case 11: {
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
		r->owner = "IMAPIProp";
		r->method = "CopyProps";
		r->kind = MISUSE_HRESULT;
		r->hr = IMAPIFormInfo_CopyProps(obj, a1, a2, a3, a4, a5, a6, a7);
		return 0;
	}
	case 12: {
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
		r->owner = "IMAPIProp";
		r->method = "GetNamesFromIDs";
		r->kind = MISUSE_HRESULT;
		r->hr = IMAPIFormInfo_GetNamesFromIDs(obj, a1, a2, a3, a4, a5);
		return 0;
	}
	case 13: {
		ULONG a1;
		LPMAPINAMEID *a2;
		ULONG a3;
		LPSPropTagArray *a4;

		memset(&a1, 0, sizeof(a1));
		memset(&a2, 0, sizeof(a2));
		memset(&a3, 0, sizeof(a3));
		memset(&a4, 0, sizeof(a4));
		r->owner = "IMAPIProp";
		r->method = "GetIDsFromNames";
		r->kind = MISUSE_HRESULT;
		r->hr = IMAPIFormInfo_GetIDsFromNames(obj, a1, a2, a3, a4);
		return 0;
	}
	case 14: {
		ULONG a1;
		LPMAPIFORMPROPARRAY *a2;

		memset(&a1, 0, sizeof(a1));
		memset(&a2, 0, sizeof(a2));
		r->owner = "IMAPIFormInfo";
		r->method = "CalcFormPropSet";
		r->kind = MISUSE_HRESULT;
		r->hr = IMAPIFormInfo_CalcFormPropSet(obj, a1, a2);
		return 0;
	}
	case 15: {
		ULONG a1;
		LPMAPIVERBARRAY *a2;

		memset(&a1, 0, sizeof(a1));
		memset(&a2, 0, sizeof(a2));
		r->owner = "IMAPIFormInfo";
		r->method = "CalcVerbSet";
		r->kind = MISUSE_HRESULT;
		r->hr = IMAPIFormInfo_CalcVerbSet(obj, a1, a2);
		return 0;
	}
	case 16: {
		ULONG a1;
		HICON *a2;

		memset(&a1, 0, sizeof(a1));
		memset(&a2, 0, sizeof(a2));
		r->owner = "IMAPIFormInfo";
		r->method = "MakeIconFromBinary";
		r->kind = MISUSE_HRESULT;
		r->hr = IMAPIFormInfo_MakeIconFromBinary(obj, a1, a2);
		return 0;
	}
	case 17: {
		LPCTSTR a1;

		memset(&a1, 0, sizeof(a1));
		r->owner = "IMAPIFormInfo";
		r->method = "SaveForm";
		r->kind = MISUSE_HRESULT;
		r->hr = IMAPIFormInfo_SaveForm(obj, a1);
		return 0;
	}
	case 18: {
		LPMAPIFORMCONTAINER *a1;

		memset(&a1, 0, sizeof(a1));
		r->owner = "IMAPIFormInfo";
		r->method = "OpenFormContainer";
		r->kind = MISUSE_HRESULT;
		r->hr = IMAPIFormInfo_OpenFormContainer(obj, a1);
		return 0;
	}
	default:
		return -1;
	}
}

static inline void
misuse_each_IMAPIFormInfo(IMAPIFormInfo *obj, uint64_t skip,
		 misuse_report_fn *report, void *arg)
{
	struct misuse_result r;
	int slot;

	for (slot = 0; slot < MISUSE_SLOTS_IMAPIFormInfo; slot++) {
		if (skip & ((uint64_t)1 << slot))
			continue;
		misuse_call_IMAPIFormInfo(obj, slot, &r);
		report(arg, &r);
	}
}

/* IMAPIFormMgr */

#define MISUSE_SLOTS_IMAPIFormMgr 15

static inline int
misuse_call_IMAPIFormMgr(IMAPIFormMgr *obj, int slot,
		 struct misuse_result *r)
{
	memset(r, 0, sizeof(*r));
	r->iface = "IMAPIFormMgr";
	r->slot = slot;
	switch (slot) {
	case 0: {
		REFIID a1;
		LPVOID *a2;

		memset(&a1, 0, sizeof(a1));
		memset(&a2, 0, sizeof(a2));
		r->owner = "IUnknown";
		r->method = "QueryInterface";
		r->kind = MISUSE_HRESULT;
		r->hr = IMAPIFormMgr_QueryInterface(obj, a1, a2);
		return 0;
	}
	case 1: {
		r->owner = "IUnknown";
		r->method = "AddRef";
		r->kind = MISUSE_ULONG;
		r->ul = IMAPIFormMgr_AddRef(obj);
		return 0;
	}
	case 2: {
		r->owner = "IUnknown";
		r->method = "Release";
		r->kind = MISUSE_ULONG;
		r->ul = IMAPIFormMgr_Release(obj);
		return 0;
	}
	case 3: {
		HRESULT a1;
		ULONG a2;
		LPMAPIERROR *a3;

		memset(&a1, 0, sizeof(a1));
		memset(&a2, 0, sizeof(a2));
		memset(&a3, 0, sizeof(a3));
		r->owner = "IMAPIFormMgr";
		r->method = "GetLastError";
		r->kind = MISUSE_HRESULT;
		r->hr = IMAPIFormMgr_GetLastError(obj, a1, a2, a3);
		return 0;
	}
	case 4: {
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
		r->owner = "IMAPIFormMgr";
		r->method = "LoadForm";
		r->kind = MISUSE_HRESULT;
		r->hr = IMAPIFormMgr_LoadForm(obj, a1, a2, a3, a4, a5, a6, a7, a8, a9, a10, a11);
		return 0;
	}
	case 5: {
		LPCSTR a1;
		ULONG a2;
		LPMAPIFOLDER a3;
		LPMAPIFORMINFO *a4;

		memset(&a1, 0, sizeof(a1));
		memset(&a2, 0, sizeof(a2));
		memset(&a3, 0, sizeof(a3));
		memset(&a4, 0, sizeof(a4));
		r->owner = "IMAPIFormMgr";
		r->method = "ResolveMessageClass";
		r->kind = MISUSE_HRESULT;
		r->hr = IMAPIFormMgr_ResolveMessageClass(obj, a1, a2, a3, a4);
		return 0;
	}
	case 6: {
		LPSMESSAGECLASSARRAY a1;
		ULONG a2;
		LPMAPIFOLDER a3;
		LPSMAPIFORMINFOARRAY *a4;

		memset(&a1, 0, sizeof(a1));
		memset(&a2, 0, sizeof(a2));
		memset(&a3, 0, sizeof(a3));
		memset(&a4, 0, sizeof(a4));
		r->owner = "IMAPIFormMgr";
		r->method = "ResolveMultipleMessageClasses";
		r->kind = MISUSE_HRESULT;
		r->hr = IMAPIFormMgr_ResolveMultipleMessageClasses(obj, a1, a2, a3, a4);
		return 0;
	}
	case 7: {
		LPSMAPIFORMINFOARRAY a1;
		ULONG a2;
		LPMAPIFORMPROPARRAY *a3;

		memset(&a1, 0, sizeof(a1));
		memset(&a2, 0, sizeof(a2));
		memset(&a3, 0, sizeof(a3));
		r->owner = "IMAPIFormMgr";
		r->method = "CalcFormPropSet";
		r->kind = MISUSE_HRESULT;
		r->hr = IMAPIFormMgr_CalcFormPropSet(obj, a1, a2, a3);
		return 0;
	}
	case 8: {
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
		r->owner = "IMAPIFormMgr";
		r->method = "CreateForm";
		r->kind = MISUSE_HRESULT;
		r->hr = IMAPIFormMgr_CreateForm(obj, a1, a2, a3, a4, a5);
		return 0;
	}
	case 9: {
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
		r->owner = "IMAPIFormMgr";
		r->method = "SelectForm";
		r->kind = MISUSE_HRESULT;
		r->hr = IMAPIFormMgr_SelectForm(obj, a1, a2, a3, a4, a5);
		return 0;
	}
	case 10: {
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
		r->owner = "IMAPIFormMgr";
		r->method = "SelectMultipleForms";
		r->kind = MISUSE_HRESULT;
		r->hr = IMAPIFormMgr_SelectMultipleForms(obj, a1, a2, a3, a4, a5, a6);
		return 0;
	}
	case 11: {
		ULONG_PTR a1;
		ULONG a2;
		LPMAPIFORMCONTAINER *a3;

		memset(&a1, 0, sizeof(a1));
		memset(&a2, 0, sizeof(a2));
		memset(&a3, 0, sizeof(a3));
		r->owner = "IMAPIFormMgr";
		r->method = "SelectFormContainer";
		r->kind = MISUSE_HRESULT;
		r->hr = IMAPIFormMgr_SelectFormContainer(obj, a1, a2, a3);
		return 0;
	}
	case 12: {
		HFRMREG a1;
		LPUNKNOWN a2;
		LPMAPIFORMCONTAINER *a3;

		memset(&a1, 0, sizeof(a1));
		memset(&a2, 0, sizeof(a2));
		memset(&a3, 0, sizeof(a3));
		r->owner = "IMAPIFormMgr";
		r->method = "OpenFormContainer";
		r->kind = MISUSE_HRESULT;
		r->hr = IMAPIFormMgr_OpenFormContainer(obj, a1, a2, a3);
		return 0;
	}
	case 13: {
		ULONG_PTR a1;
		ULONG a2;
		LPMAPIFORMINFO a3;

		memset(&a1, 0, sizeof(a1));
		memset(&a2, 0, sizeof(a2));
		memset(&a3, 0, sizeof(a3));
		r->owner = "IMAPIFormMgr";
		r->method = "PrepareForm";
		r->kind = MISUSE_HRESULT;
		r->hr = IMAPIFormMgr_PrepareForm(obj, a1, a2, a3);
		return 0;
	}
	case 14: {
		ULONG a1;
		ULONG a2;
		LPCSTR a3;
		LPMAPIFOLDER a4;

		memset(&a1, 0, sizeof(a1));
		memset(&a2, 0, sizeof(a2));
		memset(&a3, 0, sizeof(a3));
		memset(&a4, 0, sizeof(a4));
		r->owner = "IMAPIFormMgr";
		r->method = "IsInConflict";
		r->kind = MISUSE_HRESULT;
		r->hr = IMAPIFormMgr_IsInConflict(obj, a1, a2, a3, a4);
		return 0;
	}
	default:
		return -1;
	}
}

static inline void
misuse_each_IMAPIFormMgr(IMAPIFormMgr *obj, uint64_t skip,
		 misuse_report_fn *report, void *arg)
{
	struct misuse_result r;
	int slot;

	for (slot = 0; slot < MISUSE_SLOTS_IMAPIFormMgr; slot++) {
		if (skip & ((uint64_t)1 << slot))
			continue;
		misuse_call_IMAPIFormMgr(obj, slot, &r);
		report(arg, &r);
	}
}

/* IMAPIFormContainer */

#define MISUSE_SLOTS_IMAPIFormContainer 10

static inline int
misuse_call_IMAPIFormContainer(IMAPIFormContainer *obj, int slot,
		 struct misuse_result *r)
{
	memset(r, 0, sizeof(*r));
	r->iface = "IMAPIFormContainer";
	r->slot = slot;
	switch (slot) {
	case 0: {
		REFIID a1;
		LPVOID *a2;

		memset(&a1, 0, sizeof(a1));
		memset(&a2, 0, sizeof(a2));
		r->owner = "IUnknown";
		r->method = "QueryInterface";
		r->kind = MISUSE_HRESULT;
		r->hr = IMAPIFormContainer_QueryInterface(obj, a1, a2);
		return 0;
	}
	case 1: {
		r->owner = "IUnknown";
		r->method = "AddRef";
		r->kind = MISUSE_ULONG;
		r->ul = IMAPIFormContainer_AddRef(obj);
		return 0;
	}
	case 2: {
		r->owner = "IUnknown";
		r->method = "Release";
		r->kind = MISUSE_ULONG;
		r->ul = IMAPIFormContainer_Release(obj);
		return 0;
	}
	case 3: {
		HRESULT a1;
		ULONG a2;
		LPMAPIERROR *a3;

		memset(&a1, 0, sizeof(a1));
		memset(&a2, 0, sizeof(a2));
		memset(&a3, 0, sizeof(a3));
		r->owner = "IMAPIFormContainer";
		r->method = "GetLastError";
		r->kind = MISUSE_HRESULT;
		r->hr = IMAPIFormContainer_GetLastError(obj, a1, a2, a3);
		return 0;
	}
	case 4: {
		ULONG_PTR a1;
		ULONG a2;
		LPCTSTR a3;

		memset(&a1, 0, sizeof(a1));
		memset(&a2, 0, sizeof(a2));
		memset(&a3, 0, sizeof(a3));
		r->owner = "IMAPIFormContainer";
		r->method = "InstallForm";
		r->kind = MISUSE_HRESULT;
		r->hr = IMAPIFormContainer_InstallForm(obj, a1, a2, a3);
		return 0;
	}
	case 5: {
		LPCSTR a1;

		memset(&a1, 0, sizeof(a1));
		r->owner = "IMAPIFormContainer";
		r->method = "RemoveForm";
		r->kind = MISUSE_HRESULT;
		r->hr = IMAPIFormContainer_RemoveForm(obj, a1);
		return 0;
	}
	case 6: {
		LPCSTR a1;
		ULONG a2;
		LPMAPIFORMINFO *a3;

		memset(&a1, 0, sizeof(a1));
		memset(&a2, 0, sizeof(a2));
		memset(&a3, 0, sizeof(a3));
		r->owner = "IMAPIFormContainer";
		r->method = "ResolveMessageClass";
		r->kind = MISUSE_HRESULT;
		r->hr = IMAPIFormContainer_ResolveMessageClass(obj, a1, a2, a3);
		return 0;
	}
	case 7: {
		LPSMESSAGECLASSARRAY a1;
		ULONG a2;
		LPSMAPIFORMINFOARRAY *a3;

		memset(&a1, 0, sizeof(a1));
		memset(&a2, 0, sizeof(a2));
		memset(&a3, 0, sizeof(a3));
		r->owner = "IMAPIFormContainer";
		r->method = "ResolveMultipleMessageClasses";
		r->kind = MISUSE_HRESULT;
		r->hr = IMAPIFormContainer_ResolveMultipleMessageClasses(obj, a1, a2, a3);
		return 0;
	}
	case 8: {
		ULONG a1;
		LPMAPIFORMPROPARRAY *a2;

		memset(&a1, 0, sizeof(a1));
		memset(&a2, 0, sizeof(a2));
		r->owner = "IMAPIFormContainer";
		r->method = "CalcFormPropSet";
		r->kind = MISUSE_HRESULT;
		r->hr = IMAPIFormContainer_CalcFormPropSet(obj, a1, a2);
		return 0;
	}
	case 9: {
		ULONG a1;
		LPTSTR *a2;

		memset(&a1, 0, sizeof(a1));
		memset(&a2, 0, sizeof(a2));
		r->owner = "IMAPIFormContainer";
		r->method = "GetDisplay";
		r->kind = MISUSE_HRESULT;
		r->hr = IMAPIFormContainer_GetDisplay(obj, a1, a2);
		return 0;
	}
	default:
		return -1;
	}
}

static inline void
misuse_each_IMAPIFormContainer(IMAPIFormContainer *obj, uint64_t skip,
		 misuse_report_fn *report, void *arg)
{
	struct misuse_result r;
	int slot;

	for (slot = 0; slot < MISUSE_SLOTS_IMAPIFormContainer; slot++) {
		if (skip & ((uint64_t)1 << slot))
			continue;
		misuse_call_IMAPIFormContainer(obj, slot, &r);
		report(arg, &r);
	}
}

/* IMAPIFormFactory */

#define MISUSE_SLOTS_IMAPIFormFactory 6

static inline int
misuse_call_IMAPIFormFactory(IMAPIFormFactory *obj, int slot,
		 struct misuse_result *r)
{
	memset(r, 0, sizeof(*r));
	r->iface = "IMAPIFormFactory";
	r->slot = slot;
	switch (slot) {
	case 0: {
		REFIID a1;
		LPVOID *a2;

		memset(&a1, 0, sizeof(a1));
		memset(&a2, 0, sizeof(a2));
		r->owner = "IUnknown";
		r->method = "QueryInterface";
		r->kind = MISUSE_HRESULT;
		r->hr = IMAPIFormFactory_QueryInterface(obj, a1, a2);
		return 0;
	}
	case 1: {
		r->owner = "IUnknown";
		r->method = "AddRef";
		r->kind = MISUSE_ULONG;
		r->ul = IMAPIFormFactory_AddRef(obj);
		return 0;
	}
	case 2: {
		r->owner = "IUnknown";
		r->method = "Release";
		r->kind = MISUSE_ULONG;
		r->ul = IMAPIFormFactory_Release(obj);
		return 0;
	}
	case 3: {
		HRESULT a1;
		ULONG a2;
		LPMAPIERROR *a3;

		memset(&a1, 0, sizeof(a1));
		memset(&a2, 0, sizeof(a2));
		memset(&a3, 0, sizeof(a3));
		r->owner = "IMAPIFormFactory";
		r->method = "GetLastError";
		r->kind = MISUSE_HRESULT;
		r->hr = IMAPIFormFactory_GetLastError(obj, a1, a2, a3);
		return 0;
	}
	case 4: {
		REFCLSID a1;
		ULONG a2;
		LPCLASSFACTORY *a3;

		memset(&a1, 0, sizeof(a1));
		memset(&a2, 0, sizeof(a2));
		memset(&a3, 0, sizeof(a3));
		r->owner = "IMAPIFormFactory";
		r->method = "CreateClassFactory";
		r->kind = MISUSE_HRESULT;
		r->hr = IMAPIFormFactory_CreateClassFactory(obj, a1, a2, a3);
		return 0;
	}
	case 5: {
		ULONG a1;
		ULONG a2;

		memset(&a1, 0, sizeof(a1));
		memset(&a2, 0, sizeof(a2));
		r->owner = "IMAPIFormFactory";
		r->method = "LockServer";
		r->kind = MISUSE_HRESULT;
		r->hr = IMAPIFormFactory_LockServer(obj, a1, a2);
		return 0;
	}
	default:
		return -1;
	}
}

static inline void
misuse_each_IMAPIFormFactory(IMAPIFormFactory *obj, uint64_t skip,
		 misuse_report_fn *report, void *arg)
{
	struct misuse_result r;
	int slot;

	for (slot = 0; slot < MISUSE_SLOTS_IMAPIFormFactory; slot++) {
		if (skip & ((uint64_t)1 << slot))
			continue;
		misuse_call_IMAPIFormFactory(obj, slot, &r);
		report(arg, &r);
	}
}

#endif
/* clang-format on */
