/*
 * mapiwin.h - the Windows base types and COM conventions that MAPI headers
 * assume, with Windows widths on LP64 Linux.
 *
 * Windows MAPI code is written against LLP64 types: ULONG and LONG are 32 bits
 * there even on 64-bit machines, while pointers and ULONG_PTR are 64.  This
 * header pins every type to its Windows width with <stdint.h> so that struct
 * layouts, sizes and property values match what Windows programs expect.
 * WCHAR is a UTF-16 code unit (char16_t), not wchar_t, which is 32 bits here.
 *
 * Calling-convention macros (STDMETHODCALLTYPE, FAR, ...) expand to nothing:
 * Linux has a single C calling convention.
 */
#ifndef MAPIX_MAPIWIN_H
#define MAPIX_MAPIWIN_H

#include <stddef.h>
#include <stdint.h>
#include <string.h>
#include <uchar.h>

#ifdef __cplusplus
#define MAPIX_EXTERN_C extern "C"
#define MAPIX_BEGIN_DECLS extern "C" {
#define MAPIX_END_DECLS }
#else
#define MAPIX_EXTERN_C extern
#define MAPIX_BEGIN_DECLS
#define MAPIX_END_DECLS
#endif

/* Calling conventions and pointer qualifiers: all empty on Linux. */
#ifndef FAR
#define FAR
#endif
#ifndef NEAR
#define NEAR
#endif
#ifndef STDMETHODCALLTYPE
#define STDMETHODCALLTYPE
#endif
#ifndef STDAPICALLTYPE
#define STDAPICALLTYPE
#endif
#ifndef WINAPI
#define WINAPI
#endif
#ifndef CALLBACK
#define CALLBACK
#endif
#ifndef PASCAL
#define PASCAL
#endif
#ifndef IN
#define IN
#endif
#ifndef OUT
#define OUT
#endif
#ifndef OPTIONAL
#define OPTIONAL
#endif
#ifndef CONST
#define CONST const
#endif

/*
 * The vtable pointer is const when CONST_VTABLE is defined, as on Windows.
 * mapix itself builds with CONST_VTABLE so its vtables can be static const.
 */
#ifndef CONST_VTBL
#ifdef CONST_VTABLE
#define CONST_VTBL const
#else
#define CONST_VTBL
#endif
#endif

/* Entry points of libmapix are exported; everything else stays hidden. */
#define MAPIX_API __attribute__((visibility("default")))
#define STDAPI MAPIX_EXTERN_C MAPIX_API HRESULT STDAPICALLTYPE
#define STDAPI_(type) MAPIX_EXTERN_C MAPIX_API type STDAPICALLTYPE
#define STDMETHODIMP HRESULT STDMETHODCALLTYPE
#define STDMETHODIMP_(type) type STDMETHODCALLTYPE

/*
 * Members of a C vtable declared the way COM headers declare them: inside
 * the struct an interface macro opens, with INTERFACE naming the interface
 * (MAPI's DECLARE_MAPI_INTERFACE_ in mapidefs.h).  PURE is empty in C.
 */
#ifndef STDMETHOD
#define STDMETHOD(method) HRESULT(STDMETHODCALLTYPE *method)
#define STDMETHOD_(type, method) type(STDMETHODCALLTYPE *method)
#endif
#ifndef PURE
#define PURE
#endif
#ifndef THIS_
#define THIS_ INTERFACE *This,
#define THIS INTERFACE *This
#endif

/* Integer types with their Windows widths. */
typedef uint8_t BYTE;
typedef uint16_t WORD;
typedef uint32_t DWORD;
typedef uint32_t ULONG;
typedef int32_t LONG;
typedef uint16_t USHORT;
typedef int16_t SHORT;
typedef unsigned int UINT;
typedef int INT;
typedef int BOOL;
typedef uint8_t BOOLEAN;
typedef char CHAR;
typedef uint8_t UCHAR;
typedef int64_t LONGLONG;
typedef uint64_t ULONGLONG;
typedef int64_t __int64;
typedef uintptr_t ULONG_PTR;
typedef intptr_t LONG_PTR;
typedef uintptr_t UINT_PTR;
typedef intptr_t INT_PTR;
typedef uintptr_t DWORD_PTR;
typedef size_t SIZE_T;
typedef float FLOAT;
typedef double DOUBLE;
typedef ULONG FLAGS;

typedef void VOID;
typedef void *PVOID;
typedef void *LPVOID;
typedef const void *LPCVOID;
typedef BYTE *LPBYTE;
typedef BYTE *PBYTE;
typedef WORD *LPWORD;
typedef DWORD *LPDWORD;
typedef ULONG *LPULONG;
typedef ULONG *PULONG;
typedef LONG *LPLONG;
typedef BOOL *LPBOOL;
typedef void *HINSTANCE;
typedef void *HANDLE;
typedef void *HWND;
typedef void *HICON;
typedef void *HGLOBAL;

/* A rectangle in window coordinates (forms' positions). */
typedef struct tagRECT {
	LONG left;
	LONG top;
	LONG right;
	LONG bottom;
} RECT, *PRECT, *LPRECT;

#ifndef TRUE
#define TRUE 1
#endif
#ifndef FALSE
#define FALSE 0
#endif

/* Characters: WCHAR is UTF-16, as on Windows. */
typedef char16_t WCHAR;
typedef WCHAR OLECHAR;
typedef char *LPSTR;
typedef const char *LPCSTR;
typedef WCHAR *LPWSTR;
typedef const WCHAR *LPCWSTR;
typedef OLECHAR *LPOLESTR;
typedef const OLECHAR *LPCOLESTR;

#ifdef UNICODE
typedef WCHAR TCHAR;
#define __TEXT(s) u##s
#else
typedef char TCHAR;
#define __TEXT(s) s
#endif
#ifndef TEXT
#define TEXT(s) __TEXT(s)
#endif
typedef TCHAR *LPTSTR;
typedef const TCHAR *LPCTSTR;

/* Result codes. */
typedef LONG HRESULT;
typedef LONG SCODE;

#define SEVERITY_SUCCESS 0
#define SEVERITY_ERROR 1
#define FACILITY_NULL 0
#define FACILITY_RPC 1
#define FACILITY_DISPATCH 2
#define FACILITY_STORAGE 3
#define FACILITY_ITF 4
#define FACILITY_WIN32 7

#define SUCCEEDED(hr) ((HRESULT)(hr) >= 0)
#define FAILED(hr) ((HRESULT)(hr) < 0)
#define HRESULT_CODE(hr) ((hr) & 0xFFFF)
#define SCODE_CODE(sc) ((sc) & 0xFFFF)
#define HRESULT_FACILITY(hr) (((hr) >> 16) & 0x1FFF)
#define SCODE_FACILITY(sc) (((sc) >> 16) & 0x1FFF)
#define HRESULT_SEVERITY(hr) (((ULONG)(hr) >> 31) & 0x1)
#define SCODE_SEVERITY(sc) (((ULONG)(sc) >> 31) & 0x1)
#define MAKE_HRESULT(sev, fac, code)                                           \
	((HRESULT)(((ULONG)(sev) << 31) | ((ULONG)(fac) << 16) | ((ULONG)(code))))
#define MAKE_SCODE(sev, fac, code)                                             \
	((SCODE)(((ULONG)(sev) << 31) | ((ULONG)(fac) << 16) | ((ULONG)(code))))
#define GetScode(hr) ((SCODE)(hr))
#define ResultFromScode(sc) ((HRESULT)(sc))

#define S_OK ((HRESULT)0x00000000)
#define S_FALSE ((HRESULT)0x00000001)
#define NOERROR S_OK
#define E_UNEXPECTED ((HRESULT)0x8000FFFF)
#define E_NOTIMPL ((HRESULT)0x80004001)
#define E_NOINTERFACE ((HRESULT)0x80004002)
#define E_POINTER ((HRESULT)0x80004003)
#define E_ABORT ((HRESULT)0x80004004)
#define E_FAIL ((HRESULT)0x80004005)
#define E_ACCESSDENIED ((HRESULT)0x80070005)
#define E_HANDLE ((HRESULT)0x80070006)
#define E_OUTOFMEMORY ((HRESULT)0x8007000E)
#define E_INVALIDARG ((HRESULT)0x80070057)
#define STG_E_INVALIDFUNCTION ((HRESULT)0x80030001)
#define STG_E_FILENOTFOUND ((HRESULT)0x80030002)
#define STG_E_PATHNOTFOUND ((HRESULT)0x80030003)
#define STG_E_TOOMANYOPENFILES ((HRESULT)0x80030004)
#define STG_E_ACCESSDENIED ((HRESULT)0x80030005)
#define STG_E_INSUFFICIENTMEMORY ((HRESULT)0x80030008)
#define STG_E_INVALIDPOINTER ((HRESULT)0x80030009)
#define STG_E_WRITEFAULT ((HRESULT)0x8003001D)
#define STG_E_READFAULT ((HRESULT)0x8003001E)
#define STG_E_SHAREVIOLATION ((HRESULT)0x80030020)
#define STG_E_LOCKVIOLATION ((HRESULT)0x80030021)
#define STG_E_FILEALREADYEXISTS ((HRESULT)0x80030050)
#define STG_E_INVALIDPARAMETER ((HRESULT)0x80030057)
#define STG_E_MEDIUMFULL ((HRESULT)0x80030070)
#define STG_E_REVERTED ((HRESULT)0x80030102)
#define STG_E_CANTSAVE ((HRESULT)0x80030103)

/* 64-bit integers as Windows passes them. */
typedef union _LARGE_INTEGER {
	struct {
		DWORD LowPart;
		LONG HighPart;
	};
	struct {
		DWORD LowPart;
		LONG HighPart;
	} u;
	LONGLONG QuadPart;
} LARGE_INTEGER, *PLARGE_INTEGER, *LPLARGE_INTEGER;

typedef union _ULARGE_INTEGER {
	struct {
		DWORD LowPart;
		DWORD HighPart;
	};
	struct {
		DWORD LowPart;
		DWORD HighPart;
	} u;
	ULONGLONG QuadPart;
} ULARGE_INTEGER, *PULARGE_INTEGER, *LPULARGE_INTEGER;

/* 100-nanosecond intervals since 1601-01-01 UTC, split in two halves. */
typedef struct _FILETIME {
	DWORD dwLowDateTime;
	DWORD dwHighDateTime;
} FILETIME, *PFILETIME, *LPFILETIME;

/* Money: a 64-bit integer scaled by 10,000. */
typedef union tagCY {
	struct {
		ULONG Lo;
		LONG Hi;
	};
	LONGLONG int64;
} CY, CURRENCY, *LPCY;

/* GUIDs. */
typedef struct _GUID {
	uint32_t Data1;
	uint16_t Data2;
	uint16_t Data3;
	uint8_t Data4[8];
} GUID, *LPGUID;
typedef GUID IID;
typedef GUID CLSID;
typedef IID *LPIID;
typedef CLSID *LPCLSID;
typedef const IID *LPCIID;
typedef const IID *REFIID;
typedef const CLSID *REFCLSID;
typedef const GUID *REFGUID;

static inline int IsEqualGUID(REFGUID a, REFGUID b)
{
	return memcmp(a, b, sizeof(GUID)) == 0;
}
#define IsEqualIID(a, b) IsEqualGUID((a), (b))
#define IsEqualCLSID(a, b) IsEqualGUID((a), (b))

/*
 * MAPIX_DEFINE_GUID declares a GUID; with INITGUID defined before the include
 * it also defines it, as DEFINE_GUID does on Windows.  Definitions are weak so
 * that a program which defines INITGUID links cleanly against libmapix, which
 * exports the same GUIDs.
 */
#ifdef __cplusplus
#define MAPIX_GUID_LINKAGE extern "C"
#else
#define MAPIX_GUID_LINKAGE
#endif
#ifdef INITGUID
#define MAPIX_DEFINE_GUID(name, l, w1, w2, b1, b2, b3, b4, b5, b6, b7, b8)     \
	MAPIX_EXTERN_C MAPIX_API const GUID name;                              \
	MAPIX_GUID_LINKAGE MAPIX_API const GUID __attribute__((weak)) name = { \
		l, w1, w2, {b1, b2, b3, b4, b5, b6, b7, b8}}
#else
#define MAPIX_DEFINE_GUID(name, l, w1, w2, b1, b2, b3, b4, b5, b6, b7, b8)     \
	MAPIX_EXTERN_C MAPIX_API const GUID name
#endif
#ifndef DEFINE_GUID
#define DEFINE_GUID MAPIX_DEFINE_GUID
#endif
#ifndef DEFINE_OLEGUID
#define DEFINE_OLEGUID(name, l, w1, w2)                                        \
	MAPIX_DEFINE_GUID(name, l, w1, w2, 0xC0, 0, 0, 0, 0, 0, 0, 0x46)
#endif

/* Structured storage pieces that IStream needs. */
#define STREAM_SEEK_SET 0
#define STREAM_SEEK_CUR 1
#define STREAM_SEEK_END 2

#define STGM_READ 0x00000000L
#define STGM_WRITE 0x00000001L
#define STGM_READWRITE 0x00000002L
#define STGM_SHARE_DENY_NONE 0x00000040L
#define STGM_SHARE_DENY_READ 0x00000030L
#define STGM_SHARE_DENY_WRITE 0x00000020L
#define STGM_SHARE_EXCLUSIVE 0x00000010L
#define STGM_CREATE 0x00001000L
#define STGM_TRANSACTED 0x00010000L
#define STGM_DIRECT 0x00000000L

#define STGC_DEFAULT 0
#define STGC_OVERWRITE 1
#define STGC_ONLYIFCURRENT 2
#define STGC_DANGEROUSLYCOMMITMERELYTODISKCACHE 4

#define STATFLAG_DEFAULT 0
#define STATFLAG_NONAME 1
#define STATFLAG_NOOPEN 2

#define STGTY_STORAGE 1
#define STGTY_STREAM 2
#define STGTY_LOCKBYTES 3
#define STGTY_PROPERTY 4

/*
 * IStream::LockRegion's lock types (LOCK_WRITE 1, LOCK_EXCLUSIVE 2,
 * LOCK_ONLYONCE 4) are not defined: glibc's <fcntl.h> uses LOCK_WRITE for
 * flock(), and mapix streams do not support region locks anyway
 * (LockRegion answers STG_E_INVALIDFUNCTION).
 */

/* Names of the elements IStorage::CopyTo and OpenStorage leave out. */
typedef LPOLESTR *SNB;

/* IStorage::CreateStream and friends: grfMode bits beyond the above. */
#define STGM_FAILIFTHERE 0x00000000L
#define STGM_DELETEONRELEASE 0x04000000L

typedef struct tagSTATSTG {
	LPOLESTR pwcsName;
	DWORD type;
	ULARGE_INTEGER cbSize;
	FILETIME mtime;
	FILETIME ctime;
	FILETIME atime;
	DWORD grfMode;
	DWORD grfLocksSupported;
	CLSID clsid;
	DWORD grfStateBits;
	DWORD reserved;
} STATSTG, *LPSTATSTG;

#endif /* MAPIX_MAPIWIN_H */
