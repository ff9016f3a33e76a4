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
#include <edkmdb.h>

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

#endif
/* clang-format on */
