/*
 * mapival.h - parameter validation of Windows MAPI: the macros a provider
 * puts at the top of its methods, and the validators behind them.
 *
 * A method starts with, for instance,
 *
 *     Validate_IMAPIProp_GetProps(This, lpPropTagArray, ulFlags, lpcValues,
 *                                 lppPropArray);
 *
 * which copies the arguments after This into an array of pointer-sized
 * slots (MakeArrayN: each argument takes ArgSize(argument) slots, its bytes
 * at the start of the first) and calls HrValidateParameters with the
 * method's number from the METHODS enumeration.  When the arguments are
 * bad the macro returns the error from the method (UlValidate_ returns it
 * as a ULONG, for AddRef-like methods); CheckParameters_ only validates,
 * for methods that MAPI itself calls.  The arguments must be lvalues (the
 * method's own parameters), as on Windows.
 *
 * This is the layout Windows uses on x64, so HrValidateParameters has the
 * same contract on both: ppFirstArg points to the slot of the argument
 * after This.  What it checks, per method and argument, is generated from
 * spec/mapival.def and spec/interfaces.def into src/core/mapival_table.c:
 * required pointers, documented flags (MAPI_E_UNKNOWN_FLAGS), and the
 * structures passed in (FBadColumnSet, FBadRestriction, FBadSortOrderSet,
 * FBadEntryList, FBadRowSet, ScCountProps, ScCountNotifications).  Memory
 * cannot be probed on Linux, so a non-NULL pointer counts as readable and
 * writable (IsBadReadPtr and friends only see NULL).
 *
 * The unnumbered ValidateParameters(eMethod, ppThis) of Windows x86 walked
 * the caller's stack; it has no portable meaning and validates nothing
 * here.
 */
#ifndef MAPIX_MAPIVAL_H
#define MAPIX_MAPIVAL_H

#include <mapiutil.h>

MAPIX_BEGIN_DECLS

#define MAKE_ENUM(Method, Interface) Interface##_##Method

/* Pointer probes of Windows: here they can only see NULL. */
#define IsBadReadPtr(p, cb) ((p) == NULL && (cb) != 0)
#define IsBadWritePtr(p, cb) ((p) == NULL && (cb) != 0)
#define IsBadStringPtrA(p, cch) ((p) == NULL)
#define IsBadCodePtr(p) ((p) == NULL)

/* Slots of the argument array: 8 bytes each on 64-bit builds. */
#define ArgShiftN (1 + (sizeof(DWORD_PTR) >> 2))
#define ArgSize(T) ((sizeof(T) + sizeof(DWORD_PTR) - 1) >> ArgShiftN)

#define BASED_STACK

/* Whole structures, for validating by hand. */
STDAPI_(ULONG) FBadRestriction(LPSRestriction lpres);
STDAPI_(ULONG) FBadSortOrderSet(LPSSortOrderSet lpsos);
STDAPI_(BOOL) FBadEntryList(LPENTRYLIST lpEntryList);
STDAPI_(BOOL) FBadRglpNameID(LPMAPINAMEID *lppNameId, ULONG cNames);

#define FBadPropVal(lpPropVal) (FAILED(ScCountProps(1, (lpPropVal), NULL)))
#define FBadRgPropVal(lpPropVal, cValues)                                      \
	(FAILED(ScCountProps((int)(cValues), (lpPropVal), NULL)))
/* ADRLIST is laid out as SRowSet (checked in tests/unit/test_headers.c). */
#define FBadAdrList(lpAdrList) (FBadRowSet((LPSRowSet)(lpAdrList)))

/* An object pointer that is NULL or has no vtable. */
#define FBadUnknown(lpObj)                                                     \
	(IsBadReadPtr((lpObj), sizeof(LPVOID)) || (lpObj)->lpVtbl == NULL ||   \
	 IsBadCodePtr((lpObj)->lpVtbl->QueryInterface))

/*
 * For an implementation declared with MAPIMETHOD_DECLARE: the object is
 * there, and method in its vtable is prefix##method (the method was called
 * through this implementation's own vtable).
 */
#define BAD_STANDARD_OBJ(lpObj, prefix, method, lpVtbl)                        \
	(IsBadWritePtr((lpObj), sizeof(*(lpObj))) ||                           \
	 (lpObj)->lpVtbl == NULL ||                                            \
	 (LPVOID)((lpObj)->lpVtbl->method) != (LPVOID)(prefix##method))

/* The checks of the IUnknown and IMAPIProp methods as expressions, TRUE
 * when an argument is bad (Windows' FBad<Method> macros). */
#define FBadQueryInterface(lpObj, riid, ppvObj)                                \
	(IsBadReadPtr((riid), sizeof(IID)) ||                                  \
	 IsBadWritePtr((ppvObj), sizeof(LPVOID)))
#define FBadAddRef(lpObj) FALSE
#define FBadRelease(lpObj) FALSE
#define FBadGetLastError(lpObj, hResult, ulFlags, lppMAPIError)                \
	(IsBadWritePtr((lppMAPIError), sizeof(LPMAPIERROR)))
#define FBadSaveChanges(lpObj, ulFlags) FALSE
#define FBadGetProps(lpObj, lpPTagA, lpcValues, lppPropArray)                  \
	(((lpPTagA) != NULL && FBadColumnSet(lpPTagA)) ||                      \
	 IsBadWritePtr((lpcValues), sizeof(ULONG)) ||                          \
	 IsBadWritePtr((lppPropArray), sizeof(LPSPropValue)))
#define FBadGetPropList(lpObj, lppPTagA)                                       \
	(IsBadWritePtr((lppPTagA), sizeof(LPSPropTagArray *)))
#define FBadOpenProperty(lpObj, ulPropTag, lpiid, ulInterfaceOptions, ulFlags, \
			 lppUnk)                                               \
	(IsBadReadPtr((lpiid), sizeof(IID)) ||                                 \
	 IsBadWritePtr((lppUnk), sizeof(LPUNKNOWN *)))
#define FBadSetProps(lpObj, cValues, lpPropArray, lppProblems)                 \
	(FBadRgPropVal((lpPropArray), (cValues)) ||                            \
	 ((lppProblems) != NULL &&                                             \
	  IsBadWritePtr((lppProblems), sizeof(LPSPropProblemArray))))
#define FBadDeleteProps(lpObj, lpPTagA, lppProblems)                           \
	((lpPTagA) == NULL || FBadColumnSet(lpPTagA) ||                        \
	 ((lppProblems) != NULL &&                                             \
	  IsBadWritePtr((lppProblems), sizeof(LPSPropProblemArray))))
#define FBadCopyTo(lpIPDAT, ciidExclude, rgiidExclude, lpExcludeProps,        \
		   ulUIParam, lpProgress, lpInterface, lpDestObj, ulFlags,     \
		   lppProblems)                                                \
	(((ciidExclude) != 0 &&                                                \
	  IsBadReadPtr((rgiidExclude), (ciidExclude) * sizeof(IID))) ||        \
	 ((lpExcludeProps) != NULL && FBadColumnSet(lpExcludeProps)) ||        \
	 ((lpProgress) != NULL && FBadUnknown(lpProgress)) ||                  \
	 IsBadReadPtr((lpDestObj), sizeof(LPVOID)))
#define FBadCopyProps(lpIPDAT, lpPropTagArray, ulUIParam, lpProgress,          \
		      lpInterface, lpDestObj, ulFlags, lppProblems)            \
	(((lpPropTagArray) != NULL && FBadColumnSet(lpPropTagArray)) ||        \
	 ((lpProgress) != NULL && FBadUnknown(lpProgress)) ||                  \
	 IsBadReadPtr((lpDestObj), sizeof(LPVOID)))
#define FBadGetNamesFromIDs(lpIPDAT, lppPropTags, lpPropSetGuid, ulFlags,      \
			    lpcPropNames, lpppPropNames)                       \
	(IsBadReadPtr((lppPropTags), sizeof(LPSPropTagArray)) ||               \
	 (*(lppPropTags) != NULL && FBadColumnSet(*(lppPropTags))) ||          \
	 IsBadWritePtr((lpcPropNames), sizeof(ULONG)) ||                       \
	 IsBadWritePtr((lpppPropNames), sizeof(LPVOID *)))
#define FBadGetIDsFromNames(lpIPDAT, cPropNames, lppPropNames, ulFlags,        \
			    lppPropTags)                                       \
	(((cPropNames) != 0 &&                                                 \
	  FBadRglpNameID((lppPropNames), (cPropNames))) ||                     \
	 IsBadWritePtr((lppPropTags), sizeof(LPULONG *)))

/* Validation of an explicit (eMethod, ppFirstArg) pair. */
#define ValidateParms(x)                                                       \
	do {                                                                   \
		HRESULT _hr_ = HrValidateParameters x;                         \
		if (HR_FAILED(_hr_))                                           \
			return _hr_;                                           \
	} while (0)
#define UlValidateParms(x)                                                     \
	do {                                                                   \
		HRESULT _hr_ = HrValidateParameters x;                         \
		if (HR_FAILED(_hr_))                                           \
			return (ULONG)_hr_;                                    \
	} while (0)
#define CheckParms(x)                                                          \
	do {                                                                   \
		(void)HrValidateParameters x;                                  \
	} while (0)

/* Windows x86's stack-walking forms: nothing to walk here. */
#define ValidateParameters(eMethod, ppThis)                                    \
	do {                                                                   \
		(void)(eMethod);                                               \
		(void)(ppThis);                                                \
	} while (0)
#define UlValidateParameters(eMethod, ppThis) ValidateParameters(eMethod, ppThis)
#define CheckParameters(eMethod, ppThis) ValidateParameters(eMethod, ppThis)

/* @generated-begin validate: do not edit; see scripts/mapigen.py */
/* clang-format off */
/* The arguments after This, each copied into its own slot(s). */
#define MakeArg1(idx, a1) memcpy(__rgArgs + (idx), &(a1), sizeof(a1))
#define MakeArg2(idx, a1, a2) MakeArg1(idx, a1); MakeArg1((idx) + ArgSize(a1), a2)
#define MakeArg3(idx, a1, a2, a3) MakeArg1(idx, a1); MakeArg2((idx) + ArgSize(a1), a2, a3)
#define MakeArg4(idx, a1, a2, a3, a4) MakeArg1(idx, a1); MakeArg3((idx) + ArgSize(a1), a2, a3, a4)
#define MakeArg5(idx, a1, a2, a3, a4, a5) MakeArg1(idx, a1); MakeArg4((idx) + ArgSize(a1), a2, a3, a4, a5)
#define MakeArg6(idx, a1, a2, a3, a4, a5, a6) MakeArg1(idx, a1); MakeArg5((idx) + ArgSize(a1), a2, a3, a4, a5, a6)
#define MakeArg7(idx, a1, a2, a3, a4, a5, a6, a7) MakeArg1(idx, a1); MakeArg6((idx) + ArgSize(a1), a2, a3, a4, a5, a6, a7)
#define MakeArg8(idx, a1, a2, a3, a4, a5, a6, a7, a8) MakeArg1(idx, a1); MakeArg7((idx) + ArgSize(a1), a2, a3, a4, a5, a6, a7, a8)
#define MakeArg9(idx, a1, a2, a3, a4, a5, a6, a7, a8, a9) MakeArg1(idx, a1); MakeArg8((idx) + ArgSize(a1), a2, a3, a4, a5, a6, a7, a8, a9)
#define MakeArg10(idx, a1, a2, a3, a4, a5, a6, a7, a8, a9, a10) MakeArg1(idx, a1); MakeArg9((idx) + ArgSize(a1), a2, a3, a4, a5, a6, a7, a8, a9, a10)
#define MakeArg11(idx, a1, a2, a3, a4, a5, a6, a7, a8, a9, a10, a11) MakeArg1(idx, a1); MakeArg10((idx) + ArgSize(a1), a2, a3, a4, a5, a6, a7, a8, a9, a10, a11)
#define MakeArg12(idx, a1, a2, a3, a4, a5, a6, a7, a8, a9, a10, a11, a12) MakeArg1(idx, a1); MakeArg11((idx) + ArgSize(a1), a2, a3, a4, a5, a6, a7, a8, a9, a10, a11, a12)
#define MakeArg13(idx, a1, a2, a3, a4, a5, a6, a7, a8, a9, a10, a11, a12, a13) MakeArg1(idx, a1); MakeArg12((idx) + ArgSize(a1), a2, a3, a4, a5, a6, a7, a8, a9, a10, a11, a12, a13)
#define MakeArg14(idx, a1, a2, a3, a4, a5, a6, a7, a8, a9, a10, a11, a12, a13, a14) MakeArg1(idx, a1); MakeArg13((idx) + ArgSize(a1), a2, a3, a4, a5, a6, a7, a8, a9, a10, a11, a12, a13, a14)
#define MakeArg15(idx, a1, a2, a3, a4, a5, a6, a7, a8, a9, a10, a11, a12, a13, a14, a15) MakeArg1(idx, a1); MakeArg14((idx) + ArgSize(a1), a2, a3, a4, a5, a6, a7, a8, a9, a10, a11, a12, a13, a14, a15)
#define MakeArg16(idx, a1, a2, a3, a4, a5, a6, a7, a8, a9, a10, a11, a12, a13, a14, a15, a16) MakeArg1(idx, a1); MakeArg15((idx) + ArgSize(a1), a2, a3, a4, a5, a6, a7, a8, a9, a10, a11, a12, a13, a14, a15, a16)
#define MakeArray1(a1) DWORD_PTR __rgArgs[ArgSize(a1)] = {0}; MakeArg1(0, a1)
#define MakeArray2(a1, a2) DWORD_PTR __rgArgs[ArgSize(a1) + ArgSize(a2)] = {0}; MakeArg2(0, a1, a2)
#define MakeArray3(a1, a2, a3) DWORD_PTR __rgArgs[ArgSize(a1) + ArgSize(a2) + ArgSize(a3)] = {0}; MakeArg3(0, a1, a2, a3)
#define MakeArray4(a1, a2, a3, a4) DWORD_PTR __rgArgs[ArgSize(a1) + ArgSize(a2) + ArgSize(a3) + ArgSize(a4)] = {0}; MakeArg4(0, a1, a2, a3, a4)
#define MakeArray5(a1, a2, a3, a4, a5) DWORD_PTR __rgArgs[ArgSize(a1) + ArgSize(a2) + ArgSize(a3) + ArgSize(a4) + ArgSize(a5)] = {0}; MakeArg5(0, a1, a2, a3, a4, a5)
#define MakeArray6(a1, a2, a3, a4, a5, a6) DWORD_PTR __rgArgs[ArgSize(a1) + ArgSize(a2) + ArgSize(a3) + ArgSize(a4) + ArgSize(a5) + ArgSize(a6)] = {0}; MakeArg6(0, a1, a2, a3, a4, a5, a6)
#define MakeArray7(a1, a2, a3, a4, a5, a6, a7) DWORD_PTR __rgArgs[ArgSize(a1) + ArgSize(a2) + ArgSize(a3) + ArgSize(a4) + ArgSize(a5) + ArgSize(a6) + ArgSize(a7)] = {0}; MakeArg7(0, a1, a2, a3, a4, a5, a6, a7)
#define MakeArray8(a1, a2, a3, a4, a5, a6, a7, a8) DWORD_PTR __rgArgs[ArgSize(a1) + ArgSize(a2) + ArgSize(a3) + ArgSize(a4) + ArgSize(a5) + ArgSize(a6) + ArgSize(a7) + ArgSize(a8)] = {0}; MakeArg8(0, a1, a2, a3, a4, a5, a6, a7, a8)
#define MakeArray9(a1, a2, a3, a4, a5, a6, a7, a8, a9) DWORD_PTR __rgArgs[ArgSize(a1) + ArgSize(a2) + ArgSize(a3) + ArgSize(a4) + ArgSize(a5) + ArgSize(a6) + ArgSize(a7) + ArgSize(a8) + ArgSize(a9)] = {0}; MakeArg9(0, a1, a2, a3, a4, a5, a6, a7, a8, a9)
#define MakeArray10(a1, a2, a3, a4, a5, a6, a7, a8, a9, a10) DWORD_PTR __rgArgs[ArgSize(a1) + ArgSize(a2) + ArgSize(a3) + ArgSize(a4) + ArgSize(a5) + ArgSize(a6) + ArgSize(a7) + ArgSize(a8) + ArgSize(a9) + ArgSize(a10)] = {0}; MakeArg10(0, a1, a2, a3, a4, a5, a6, a7, a8, a9, a10)
#define MakeArray11(a1, a2, a3, a4, a5, a6, a7, a8, a9, a10, a11) DWORD_PTR __rgArgs[ArgSize(a1) + ArgSize(a2) + ArgSize(a3) + ArgSize(a4) + ArgSize(a5) + ArgSize(a6) + ArgSize(a7) + ArgSize(a8) + ArgSize(a9) + ArgSize(a10) + ArgSize(a11)] = {0}; MakeArg11(0, a1, a2, a3, a4, a5, a6, a7, a8, a9, a10, a11)
#define MakeArray12(a1, a2, a3, a4, a5, a6, a7, a8, a9, a10, a11, a12) DWORD_PTR __rgArgs[ArgSize(a1) + ArgSize(a2) + ArgSize(a3) + ArgSize(a4) + ArgSize(a5) + ArgSize(a6) + ArgSize(a7) + ArgSize(a8) + ArgSize(a9) + ArgSize(a10) + ArgSize(a11) + ArgSize(a12)] = {0}; MakeArg12(0, a1, a2, a3, a4, a5, a6, a7, a8, a9, a10, a11, a12)
#define MakeArray13(a1, a2, a3, a4, a5, a6, a7, a8, a9, a10, a11, a12, a13) DWORD_PTR __rgArgs[ArgSize(a1) + ArgSize(a2) + ArgSize(a3) + ArgSize(a4) + ArgSize(a5) + ArgSize(a6) + ArgSize(a7) + ArgSize(a8) + ArgSize(a9) + ArgSize(a10) + ArgSize(a11) + ArgSize(a12) + ArgSize(a13)] = {0}; MakeArg13(0, a1, a2, a3, a4, a5, a6, a7, a8, a9, a10, a11, a12, a13)
#define MakeArray14(a1, a2, a3, a4, a5, a6, a7, a8, a9, a10, a11, a12, a13, a14) DWORD_PTR __rgArgs[ArgSize(a1) + ArgSize(a2) + ArgSize(a3) + ArgSize(a4) + ArgSize(a5) + ArgSize(a6) + ArgSize(a7) + ArgSize(a8) + ArgSize(a9) + ArgSize(a10) + ArgSize(a11) + ArgSize(a12) + ArgSize(a13) + ArgSize(a14)] = {0}; MakeArg14(0, a1, a2, a3, a4, a5, a6, a7, a8, a9, a10, a11, a12, a13, a14)
#define MakeArray15(a1, a2, a3, a4, a5, a6, a7, a8, a9, a10, a11, a12, a13, a14, a15) DWORD_PTR __rgArgs[ArgSize(a1) + ArgSize(a2) + ArgSize(a3) + ArgSize(a4) + ArgSize(a5) + ArgSize(a6) + ArgSize(a7) + ArgSize(a8) + ArgSize(a9) + ArgSize(a10) + ArgSize(a11) + ArgSize(a12) + ArgSize(a13) + ArgSize(a14) + ArgSize(a15)] = {0}; MakeArg15(0, a1, a2, a3, a4, a5, a6, a7, a8, a9, a10, a11, a12, a13, a14, a15)
#define MakeArray16(a1, a2, a3, a4, a5, a6, a7, a8, a9, a10, a11, a12, a13, a14, a15, a16) DWORD_PTR __rgArgs[ArgSize(a1) + ArgSize(a2) + ArgSize(a3) + ArgSize(a4) + ArgSize(a5) + ArgSize(a6) + ArgSize(a7) + ArgSize(a8) + ArgSize(a9) + ArgSize(a10) + ArgSize(a11) + ArgSize(a12) + ArgSize(a13) + ArgSize(a14) + ArgSize(a15) + ArgSize(a16)] = {0}; MakeArg16(0, a1, a2, a3, a4, a5, a6, a7, a8, a9, a10, a11, a12, a13, a14, a15, a16)

/* Validation of a method's arguments a2..aN (a1 is This, named
 * so that a method that only validates uses it). */
#define ValidateParameters1(m, a1) do { (void)(m); (void)(a1); } while (0)
#define ValidateParameters2(m, a1, a2) do { HRESULT _hr_; MakeArray1(a2); (void)(a1); _hr_ = HrValidateParameters((m), (LPVOID *)__rgArgs); if (HR_FAILED(_hr_)) return _hr_; } while (0)
#define ValidateParameters3(m, a1, a2, a3) do { HRESULT _hr_; MakeArray2(a2, a3); (void)(a1); _hr_ = HrValidateParameters((m), (LPVOID *)__rgArgs); if (HR_FAILED(_hr_)) return _hr_; } while (0)
#define ValidateParameters4(m, a1, a2, a3, a4) do { HRESULT _hr_; MakeArray3(a2, a3, a4); (void)(a1); _hr_ = HrValidateParameters((m), (LPVOID *)__rgArgs); if (HR_FAILED(_hr_)) return _hr_; } while (0)
#define ValidateParameters5(m, a1, a2, a3, a4, a5) do { HRESULT _hr_; MakeArray4(a2, a3, a4, a5); (void)(a1); _hr_ = HrValidateParameters((m), (LPVOID *)__rgArgs); if (HR_FAILED(_hr_)) return _hr_; } while (0)
#define ValidateParameters6(m, a1, a2, a3, a4, a5, a6) do { HRESULT _hr_; MakeArray5(a2, a3, a4, a5, a6); (void)(a1); _hr_ = HrValidateParameters((m), (LPVOID *)__rgArgs); if (HR_FAILED(_hr_)) return _hr_; } while (0)
#define ValidateParameters7(m, a1, a2, a3, a4, a5, a6, a7) do { HRESULT _hr_; MakeArray6(a2, a3, a4, a5, a6, a7); (void)(a1); _hr_ = HrValidateParameters((m), (LPVOID *)__rgArgs); if (HR_FAILED(_hr_)) return _hr_; } while (0)
#define ValidateParameters8(m, a1, a2, a3, a4, a5, a6, a7, a8) do { HRESULT _hr_; MakeArray7(a2, a3, a4, a5, a6, a7, a8); (void)(a1); _hr_ = HrValidateParameters((m), (LPVOID *)__rgArgs); if (HR_FAILED(_hr_)) return _hr_; } while (0)
#define ValidateParameters9(m, a1, a2, a3, a4, a5, a6, a7, a8, a9) do { HRESULT _hr_; MakeArray8(a2, a3, a4, a5, a6, a7, a8, a9); (void)(a1); _hr_ = HrValidateParameters((m), (LPVOID *)__rgArgs); if (HR_FAILED(_hr_)) return _hr_; } while (0)
#define ValidateParameters10(m, a1, a2, a3, a4, a5, a6, a7, a8, a9, a10) do { HRESULT _hr_; MakeArray9(a2, a3, a4, a5, a6, a7, a8, a9, a10); (void)(a1); _hr_ = HrValidateParameters((m), (LPVOID *)__rgArgs); if (HR_FAILED(_hr_)) return _hr_; } while (0)
#define ValidateParameters11(m, a1, a2, a3, a4, a5, a6, a7, a8, a9, a10, a11) do { HRESULT _hr_; MakeArray10(a2, a3, a4, a5, a6, a7, a8, a9, a10, a11); (void)(a1); _hr_ = HrValidateParameters((m), (LPVOID *)__rgArgs); if (HR_FAILED(_hr_)) return _hr_; } while (0)
#define ValidateParameters12(m, a1, a2, a3, a4, a5, a6, a7, a8, a9, a10, a11, a12) do { HRESULT _hr_; MakeArray11(a2, a3, a4, a5, a6, a7, a8, a9, a10, a11, a12); (void)(a1); _hr_ = HrValidateParameters((m), (LPVOID *)__rgArgs); if (HR_FAILED(_hr_)) return _hr_; } while (0)
#define ValidateParameters13(m, a1, a2, a3, a4, a5, a6, a7, a8, a9, a10, a11, a12, a13) do { HRESULT _hr_; MakeArray12(a2, a3, a4, a5, a6, a7, a8, a9, a10, a11, a12, a13); (void)(a1); _hr_ = HrValidateParameters((m), (LPVOID *)__rgArgs); if (HR_FAILED(_hr_)) return _hr_; } while (0)
#define ValidateParameters14(m, a1, a2, a3, a4, a5, a6, a7, a8, a9, a10, a11, a12, a13, a14) do { HRESULT _hr_; MakeArray13(a2, a3, a4, a5, a6, a7, a8, a9, a10, a11, a12, a13, a14); (void)(a1); _hr_ = HrValidateParameters((m), (LPVOID *)__rgArgs); if (HR_FAILED(_hr_)) return _hr_; } while (0)
#define ValidateParameters15(m, a1, a2, a3, a4, a5, a6, a7, a8, a9, a10, a11, a12, a13, a14, a15) do { HRESULT _hr_; MakeArray14(a2, a3, a4, a5, a6, a7, a8, a9, a10, a11, a12, a13, a14, a15); (void)(a1); _hr_ = HrValidateParameters((m), (LPVOID *)__rgArgs); if (HR_FAILED(_hr_)) return _hr_; } while (0)
#define ValidateParameters16(m, a1, a2, a3, a4, a5, a6, a7, a8, a9, a10, a11, a12, a13, a14, a15, a16) do { HRESULT _hr_; MakeArray15(a2, a3, a4, a5, a6, a7, a8, a9, a10, a11, a12, a13, a14, a15, a16); (void)(a1); _hr_ = HrValidateParameters((m), (LPVOID *)__rgArgs); if (HR_FAILED(_hr_)) return _hr_; } while (0)
#define UlValidateParameters1(m, a1) do { (void)(m); (void)(a1); } while (0)
#define UlValidateParameters2(m, a1, a2) do { HRESULT _hr_; MakeArray1(a2); (void)(a1); _hr_ = HrValidateParameters((m), (LPVOID *)__rgArgs); if (HR_FAILED(_hr_)) return (ULONG)_hr_; } while (0)
#define UlValidateParameters3(m, a1, a2, a3) do { HRESULT _hr_; MakeArray2(a2, a3); (void)(a1); _hr_ = HrValidateParameters((m), (LPVOID *)__rgArgs); if (HR_FAILED(_hr_)) return (ULONG)_hr_; } while (0)
#define UlValidateParameters4(m, a1, a2, a3, a4) do { HRESULT _hr_; MakeArray3(a2, a3, a4); (void)(a1); _hr_ = HrValidateParameters((m), (LPVOID *)__rgArgs); if (HR_FAILED(_hr_)) return (ULONG)_hr_; } while (0)
#define UlValidateParameters5(m, a1, a2, a3, a4, a5) do { HRESULT _hr_; MakeArray4(a2, a3, a4, a5); (void)(a1); _hr_ = HrValidateParameters((m), (LPVOID *)__rgArgs); if (HR_FAILED(_hr_)) return (ULONG)_hr_; } while (0)
#define UlValidateParameters6(m, a1, a2, a3, a4, a5, a6) do { HRESULT _hr_; MakeArray5(a2, a3, a4, a5, a6); (void)(a1); _hr_ = HrValidateParameters((m), (LPVOID *)__rgArgs); if (HR_FAILED(_hr_)) return (ULONG)_hr_; } while (0)
#define UlValidateParameters7(m, a1, a2, a3, a4, a5, a6, a7) do { HRESULT _hr_; MakeArray6(a2, a3, a4, a5, a6, a7); (void)(a1); _hr_ = HrValidateParameters((m), (LPVOID *)__rgArgs); if (HR_FAILED(_hr_)) return (ULONG)_hr_; } while (0)
#define UlValidateParameters8(m, a1, a2, a3, a4, a5, a6, a7, a8) do { HRESULT _hr_; MakeArray7(a2, a3, a4, a5, a6, a7, a8); (void)(a1); _hr_ = HrValidateParameters((m), (LPVOID *)__rgArgs); if (HR_FAILED(_hr_)) return (ULONG)_hr_; } while (0)
#define UlValidateParameters9(m, a1, a2, a3, a4, a5, a6, a7, a8, a9) do { HRESULT _hr_; MakeArray8(a2, a3, a4, a5, a6, a7, a8, a9); (void)(a1); _hr_ = HrValidateParameters((m), (LPVOID *)__rgArgs); if (HR_FAILED(_hr_)) return (ULONG)_hr_; } while (0)
#define UlValidateParameters10(m, a1, a2, a3, a4, a5, a6, a7, a8, a9, a10) do { HRESULT _hr_; MakeArray9(a2, a3, a4, a5, a6, a7, a8, a9, a10); (void)(a1); _hr_ = HrValidateParameters((m), (LPVOID *)__rgArgs); if (HR_FAILED(_hr_)) return (ULONG)_hr_; } while (0)
#define UlValidateParameters11(m, a1, a2, a3, a4, a5, a6, a7, a8, a9, a10, a11) do { HRESULT _hr_; MakeArray10(a2, a3, a4, a5, a6, a7, a8, a9, a10, a11); (void)(a1); _hr_ = HrValidateParameters((m), (LPVOID *)__rgArgs); if (HR_FAILED(_hr_)) return (ULONG)_hr_; } while (0)
#define UlValidateParameters12(m, a1, a2, a3, a4, a5, a6, a7, a8, a9, a10, a11, a12) do { HRESULT _hr_; MakeArray11(a2, a3, a4, a5, a6, a7, a8, a9, a10, a11, a12); (void)(a1); _hr_ = HrValidateParameters((m), (LPVOID *)__rgArgs); if (HR_FAILED(_hr_)) return (ULONG)_hr_; } while (0)
#define UlValidateParameters13(m, a1, a2, a3, a4, a5, a6, a7, a8, a9, a10, a11, a12, a13) do { HRESULT _hr_; MakeArray12(a2, a3, a4, a5, a6, a7, a8, a9, a10, a11, a12, a13); (void)(a1); _hr_ = HrValidateParameters((m), (LPVOID *)__rgArgs); if (HR_FAILED(_hr_)) return (ULONG)_hr_; } while (0)
#define UlValidateParameters14(m, a1, a2, a3, a4, a5, a6, a7, a8, a9, a10, a11, a12, a13, a14) do { HRESULT _hr_; MakeArray13(a2, a3, a4, a5, a6, a7, a8, a9, a10, a11, a12, a13, a14); (void)(a1); _hr_ = HrValidateParameters((m), (LPVOID *)__rgArgs); if (HR_FAILED(_hr_)) return (ULONG)_hr_; } while (0)
#define UlValidateParameters15(m, a1, a2, a3, a4, a5, a6, a7, a8, a9, a10, a11, a12, a13, a14, a15) do { HRESULT _hr_; MakeArray14(a2, a3, a4, a5, a6, a7, a8, a9, a10, a11, a12, a13, a14, a15); (void)(a1); _hr_ = HrValidateParameters((m), (LPVOID *)__rgArgs); if (HR_FAILED(_hr_)) return (ULONG)_hr_; } while (0)
#define UlValidateParameters16(m, a1, a2, a3, a4, a5, a6, a7, a8, a9, a10, a11, a12, a13, a14, a15, a16) do { HRESULT _hr_; MakeArray15(a2, a3, a4, a5, a6, a7, a8, a9, a10, a11, a12, a13, a14, a15, a16); (void)(a1); _hr_ = HrValidateParameters((m), (LPVOID *)__rgArgs); if (HR_FAILED(_hr_)) return (ULONG)_hr_; } while (0)
#define CheckParameters1(m, a1) do { (void)(m); (void)(a1); } while (0)
#define CheckParameters2(m, a1, a2) do { MakeArray1(a2); (void)(a1); (void)HrValidateParameters((m), (LPVOID *)__rgArgs); } while (0)
#define CheckParameters3(m, a1, a2, a3) do { MakeArray2(a2, a3); (void)(a1); (void)HrValidateParameters((m), (LPVOID *)__rgArgs); } while (0)
#define CheckParameters4(m, a1, a2, a3, a4) do { MakeArray3(a2, a3, a4); (void)(a1); (void)HrValidateParameters((m), (LPVOID *)__rgArgs); } while (0)
#define CheckParameters5(m, a1, a2, a3, a4, a5) do { MakeArray4(a2, a3, a4, a5); (void)(a1); (void)HrValidateParameters((m), (LPVOID *)__rgArgs); } while (0)
#define CheckParameters6(m, a1, a2, a3, a4, a5, a6) do { MakeArray5(a2, a3, a4, a5, a6); (void)(a1); (void)HrValidateParameters((m), (LPVOID *)__rgArgs); } while (0)
#define CheckParameters7(m, a1, a2, a3, a4, a5, a6, a7) do { MakeArray6(a2, a3, a4, a5, a6, a7); (void)(a1); (void)HrValidateParameters((m), (LPVOID *)__rgArgs); } while (0)
#define CheckParameters8(m, a1, a2, a3, a4, a5, a6, a7, a8) do { MakeArray7(a2, a3, a4, a5, a6, a7, a8); (void)(a1); (void)HrValidateParameters((m), (LPVOID *)__rgArgs); } while (0)
#define CheckParameters9(m, a1, a2, a3, a4, a5, a6, a7, a8, a9) do { MakeArray8(a2, a3, a4, a5, a6, a7, a8, a9); (void)(a1); (void)HrValidateParameters((m), (LPVOID *)__rgArgs); } while (0)
#define CheckParameters10(m, a1, a2, a3, a4, a5, a6, a7, a8, a9, a10) do { MakeArray9(a2, a3, a4, a5, a6, a7, a8, a9, a10); (void)(a1); (void)HrValidateParameters((m), (LPVOID *)__rgArgs); } while (0)
#define CheckParameters11(m, a1, a2, a3, a4, a5, a6, a7, a8, a9, a10, a11) do { MakeArray10(a2, a3, a4, a5, a6, a7, a8, a9, a10, a11); (void)(a1); (void)HrValidateParameters((m), (LPVOID *)__rgArgs); } while (0)
#define CheckParameters12(m, a1, a2, a3, a4, a5, a6, a7, a8, a9, a10, a11, a12) do { MakeArray11(a2, a3, a4, a5, a6, a7, a8, a9, a10, a11, a12); (void)(a1); (void)HrValidateParameters((m), (LPVOID *)__rgArgs); } while (0)
#define CheckParameters13(m, a1, a2, a3, a4, a5, a6, a7, a8, a9, a10, a11, a12, a13) do { MakeArray12(a2, a3, a4, a5, a6, a7, a8, a9, a10, a11, a12, a13); (void)(a1); (void)HrValidateParameters((m), (LPVOID *)__rgArgs); } while (0)
#define CheckParameters14(m, a1, a2, a3, a4, a5, a6, a7, a8, a9, a10, a11, a12, a13, a14) do { MakeArray13(a2, a3, a4, a5, a6, a7, a8, a9, a10, a11, a12, a13, a14); (void)(a1); (void)HrValidateParameters((m), (LPVOID *)__rgArgs); } while (0)
#define CheckParameters15(m, a1, a2, a3, a4, a5, a6, a7, a8, a9, a10, a11, a12, a13, a14, a15) do { MakeArray14(a2, a3, a4, a5, a6, a7, a8, a9, a10, a11, a12, a13, a14, a15); (void)(a1); (void)HrValidateParameters((m), (LPVOID *)__rgArgs); } while (0)
#define CheckParameters16(m, a1, a2, a3, a4, a5, a6, a7, a8, a9, a10, a11, a12, a13, a14, a15, a16) do { MakeArray15(a2, a3, a4, a5, a6, a7, a8, a9, a10, a11, a12, a13, a14, a15, a16); (void)(a1); (void)HrValidateParameters((m), (LPVOID *)__rgArgs); } while (0)

/* The methods HrValidateParameters knows. */
typedef enum _tagMethods {
	IUnknown_QueryInterface = 0,
	IUnknown_AddRef = 1,
	IUnknown_Release = 2,
	IMAPIProp_GetLastError = 3,
	IMAPIProp_SaveChanges = 4,
	IMAPIProp_GetProps = 5,
	IMAPIProp_GetPropList = 6,
	IMAPIProp_OpenProperty = 7,
	IMAPIProp_SetProps = 8,
	IMAPIProp_DeleteProps = 9,
	IMAPIProp_CopyTo = 10,
	IMAPIProp_CopyProps = 11,
	IMAPIProp_GetNamesFromIDs = 12,
	IMAPIProp_GetIDsFromNames = 13,
	IMAPITable_GetLastError = 14,
	IMAPITable_Advise = 15,
	IMAPITable_Unadvise = 16,
	IMAPITable_GetStatus = 17,
	IMAPITable_SetColumns = 18,
	IMAPITable_QueryColumns = 19,
	IMAPITable_GetRowCount = 20,
	IMAPITable_SeekRow = 21,
	IMAPITable_SeekRowApprox = 22,
	IMAPITable_QueryPosition = 23,
	IMAPITable_FindRow = 24,
	IMAPITable_Restrict = 25,
	IMAPITable_CreateBookmark = 26,
	IMAPITable_FreeBookmark = 27,
	IMAPITable_SortTable = 28,
	IMAPITable_QuerySortOrder = 29,
	IMAPITable_QueryRows = 30,
	IMAPITable_Abort = 31,
	IMAPITable_ExpandRow = 32,
	IMAPITable_CollapseRow = 33,
	IMAPITable_WaitForCompletion = 34,
	IMAPITable_GetCollapseState = 35,
	IMAPITable_SetCollapseState = 36,
	IMAPIContainer_GetContentsTable = 37,
	IMAPIContainer_GetHierarchyTable = 38,
	IMAPIContainer_OpenEntry = 39,
	IMAPIContainer_SetSearchCriteria = 40,
	IMAPIContainer_GetSearchCriteria = 41,
	IABContainer_CreateEntry = 42,
	IABContainer_CopyEntries = 43,
	IABContainer_DeleteEntries = 44,
	IABContainer_ResolveNames = 45,
	IDistList_CreateEntry = 46,
	IDistList_CopyEntries = 47,
	IDistList_DeleteEntries = 48,
	IDistList_ResolveNames = 49,
	IMAPIFolder_CreateMessage = 50,
	IMAPIFolder_CopyMessages = 51,
	IMAPIFolder_DeleteMessages = 52,
	IMAPIFolder_CreateFolder = 53,
	IMAPIFolder_CopyFolder = 54,
	IMAPIFolder_DeleteFolder = 55,
	IMAPIFolder_SetReadFlags = 56,
	IMAPIFolder_GetMessageStatus = 57,
	IMAPIFolder_SetMessageStatus = 58,
	IMAPIFolder_SaveContentsSort = 59,
	IMAPIFolder_EmptyFolder = 60,
	IMsgStore_Advise = 61,
	IMsgStore_Unadvise = 62,
	IMsgStore_CompareEntryIDs = 63,
	IMsgStore_OpenEntry = 64,
	IMsgStore_SetReceiveFolder = 65,
	IMsgStore_GetReceiveFolder = 66,
	IMsgStore_GetReceiveFolderTable = 67,
	IMsgStore_StoreLogoff = 68,
	IMsgStore_AbortSubmit = 69,
	IMsgStore_GetOutgoingQueue = 70,
	IMsgStore_SetLockState = 71,
	IMsgStore_FinishedMsg = 72,
	IMsgStore_NotifyNewMail = 73,
	IMessage_GetAttachmentTable = 74,
	IMessage_OpenAttach = 75,
	IMessage_CreateAttach = 76,
	IMessage_DeleteAttach = 77,
	IMessage_GetRecipientTable = 78,
	IMessage_ModifyRecipients = 79,
	IMessage_SubmitMessage = 80,
	IMessage_SetReadFlag = 81,
	IABProvider_Shutdown = 82,
	IABProvider_Logon = 83,
	IABLogon_GetLastError = 84,
	IABLogon_Logoff = 85,
	IABLogon_OpenEntry = 86,
	IABLogon_CompareEntryIDs = 87,
	IABLogon_Advise = 88,
	IABLogon_Unadvise = 89,
	IABLogon_OpenStatusEntry = 90,
	IABLogon_OpenTemplateID = 91,
	IABLogon_GetOneOffTable = 92,
	IABLogon_PrepareRecips = 93,
	IXPProvider_Shutdown = 94,
	IXPProvider_TransportLogon = 95,
	IXPLogon_AddressTypes = 96,
	IXPLogon_RegisterOptions = 97,
	IXPLogon_TransportNotify = 98,
	IXPLogon_Idle = 99,
	IXPLogon_TransportLogoff = 100,
	IXPLogon_SubmitMessage = 101,
	IXPLogon_EndMessage = 102,
	IXPLogon_Poll = 103,
	IXPLogon_StartMessage = 104,
	IXPLogon_OpenStatusEntry = 105,
	IXPLogon_ValidateState = 106,
	IXPLogon_FlushQueues = 107,
	IMSProvider_Shutdown = 108,
	IMSProvider_Logon = 109,
	IMSProvider_SpoolerLogon = 110,
	IMSProvider_CompareStoreIDs = 111,
	IMSLogon_GetLastError = 112,
	IMSLogon_Logoff = 113,
	IMSLogon_OpenEntry = 114,
	IMSLogon_CompareEntryIDs = 115,
	IMSLogon_Advise = 116,
	IMSLogon_Unadvise = 117,
	IMSLogon_OpenStatusEntry = 118,
	IMAPIControl_GetLastError = 119,
	IMAPIControl_Activate = 120,
	IMAPIControl_GetState = 121,
	IMAPIStatus_ValidateState = 122,
	IMAPIStatus_SettingsDialog = 123,
	IMAPIStatus_ChangePassword = 124,
	IMAPIStatus_FlushQueues = 125,
	IStream__Read = 126,
	IStream__Write = 127,
	IStream_Seek = 128,
	IStream_SetSize = 129,
	IStream_CopyTo = 130,
	IStream_Commit = 131,
	IStream_Revert = 132,
	IStream_LockRegion = 133,
	IStream_UnlockRegion = 134,
	IStream_Stat = 135,
	IStream_Clone = 136,
	IMAPIAdviseSink_OnNotify = 137,
} METHODS;

/* One validation macro of each kind per method. */
#define Validate_IUnknown_QueryInterface(a1, a2, a3) ValidateParameters3(IUnknown_QueryInterface, a1, a2, a3)
#define UlValidate_IUnknown_QueryInterface(a1, a2, a3) UlValidateParameters3(IUnknown_QueryInterface, a1, a2, a3)
#define CheckParameters_IUnknown_QueryInterface(a1, a2, a3) CheckParameters3(IUnknown_QueryInterface, a1, a2, a3)
#define Validate_IUnknown_AddRef(a1) ValidateParameters1(IUnknown_AddRef, a1)
#define UlValidate_IUnknown_AddRef(a1) UlValidateParameters1(IUnknown_AddRef, a1)
#define CheckParameters_IUnknown_AddRef(a1) CheckParameters1(IUnknown_AddRef, a1)
#define Validate_IUnknown_Release(a1) ValidateParameters1(IUnknown_Release, a1)
#define UlValidate_IUnknown_Release(a1) UlValidateParameters1(IUnknown_Release, a1)
#define CheckParameters_IUnknown_Release(a1) CheckParameters1(IUnknown_Release, a1)
#define Validate_IMAPIProp_GetLastError(a1, a2, a3, a4) ValidateParameters4(IMAPIProp_GetLastError, a1, a2, a3, a4)
#define UlValidate_IMAPIProp_GetLastError(a1, a2, a3, a4) UlValidateParameters4(IMAPIProp_GetLastError, a1, a2, a3, a4)
#define CheckParameters_IMAPIProp_GetLastError(a1, a2, a3, a4) CheckParameters4(IMAPIProp_GetLastError, a1, a2, a3, a4)
#define Validate_IMAPIProp_SaveChanges(a1, a2) ValidateParameters2(IMAPIProp_SaveChanges, a1, a2)
#define UlValidate_IMAPIProp_SaveChanges(a1, a2) UlValidateParameters2(IMAPIProp_SaveChanges, a1, a2)
#define CheckParameters_IMAPIProp_SaveChanges(a1, a2) CheckParameters2(IMAPIProp_SaveChanges, a1, a2)
#define Validate_IMAPIProp_GetProps(a1, a2, a3, a4, a5) ValidateParameters5(IMAPIProp_GetProps, a1, a2, a3, a4, a5)
#define UlValidate_IMAPIProp_GetProps(a1, a2, a3, a4, a5) UlValidateParameters5(IMAPIProp_GetProps, a1, a2, a3, a4, a5)
#define CheckParameters_IMAPIProp_GetProps(a1, a2, a3, a4, a5) CheckParameters5(IMAPIProp_GetProps, a1, a2, a3, a4, a5)
#define Validate_IMAPIProp_GetPropList(a1, a2, a3) ValidateParameters3(IMAPIProp_GetPropList, a1, a2, a3)
#define UlValidate_IMAPIProp_GetPropList(a1, a2, a3) UlValidateParameters3(IMAPIProp_GetPropList, a1, a2, a3)
#define CheckParameters_IMAPIProp_GetPropList(a1, a2, a3) CheckParameters3(IMAPIProp_GetPropList, a1, a2, a3)
#define Validate_IMAPIProp_OpenProperty(a1, a2, a3, a4, a5, a6) ValidateParameters6(IMAPIProp_OpenProperty, a1, a2, a3, a4, a5, a6)
#define UlValidate_IMAPIProp_OpenProperty(a1, a2, a3, a4, a5, a6) UlValidateParameters6(IMAPIProp_OpenProperty, a1, a2, a3, a4, a5, a6)
#define CheckParameters_IMAPIProp_OpenProperty(a1, a2, a3, a4, a5, a6) CheckParameters6(IMAPIProp_OpenProperty, a1, a2, a3, a4, a5, a6)
#define Validate_IMAPIProp_SetProps(a1, a2, a3, a4) ValidateParameters4(IMAPIProp_SetProps, a1, a2, a3, a4)
#define UlValidate_IMAPIProp_SetProps(a1, a2, a3, a4) UlValidateParameters4(IMAPIProp_SetProps, a1, a2, a3, a4)
#define CheckParameters_IMAPIProp_SetProps(a1, a2, a3, a4) CheckParameters4(IMAPIProp_SetProps, a1, a2, a3, a4)
#define Validate_IMAPIProp_DeleteProps(a1, a2, a3) ValidateParameters3(IMAPIProp_DeleteProps, a1, a2, a3)
#define UlValidate_IMAPIProp_DeleteProps(a1, a2, a3) UlValidateParameters3(IMAPIProp_DeleteProps, a1, a2, a3)
#define CheckParameters_IMAPIProp_DeleteProps(a1, a2, a3) CheckParameters3(IMAPIProp_DeleteProps, a1, a2, a3)
#define Validate_IMAPIProp_CopyTo(a1, a2, a3, a4, a5, a6, a7, a8, a9, a10) ValidateParameters10(IMAPIProp_CopyTo, a1, a2, a3, a4, a5, a6, a7, a8, a9, a10)
#define UlValidate_IMAPIProp_CopyTo(a1, a2, a3, a4, a5, a6, a7, a8, a9, a10) UlValidateParameters10(IMAPIProp_CopyTo, a1, a2, a3, a4, a5, a6, a7, a8, a9, a10)
#define CheckParameters_IMAPIProp_CopyTo(a1, a2, a3, a4, a5, a6, a7, a8, a9, a10) CheckParameters10(IMAPIProp_CopyTo, a1, a2, a3, a4, a5, a6, a7, a8, a9, a10)
#define Validate_IMAPIProp_CopyProps(a1, a2, a3, a4, a5, a6, a7, a8) ValidateParameters8(IMAPIProp_CopyProps, a1, a2, a3, a4, a5, a6, a7, a8)
#define UlValidate_IMAPIProp_CopyProps(a1, a2, a3, a4, a5, a6, a7, a8) UlValidateParameters8(IMAPIProp_CopyProps, a1, a2, a3, a4, a5, a6, a7, a8)
#define CheckParameters_IMAPIProp_CopyProps(a1, a2, a3, a4, a5, a6, a7, a8) CheckParameters8(IMAPIProp_CopyProps, a1, a2, a3, a4, a5, a6, a7, a8)
#define Validate_IMAPIProp_GetNamesFromIDs(a1, a2, a3, a4, a5, a6) ValidateParameters6(IMAPIProp_GetNamesFromIDs, a1, a2, a3, a4, a5, a6)
#define UlValidate_IMAPIProp_GetNamesFromIDs(a1, a2, a3, a4, a5, a6) UlValidateParameters6(IMAPIProp_GetNamesFromIDs, a1, a2, a3, a4, a5, a6)
#define CheckParameters_IMAPIProp_GetNamesFromIDs(a1, a2, a3, a4, a5, a6) CheckParameters6(IMAPIProp_GetNamesFromIDs, a1, a2, a3, a4, a5, a6)
#define Validate_IMAPIProp_GetIDsFromNames(a1, a2, a3, a4, a5) ValidateParameters5(IMAPIProp_GetIDsFromNames, a1, a2, a3, a4, a5)
#define UlValidate_IMAPIProp_GetIDsFromNames(a1, a2, a3, a4, a5) UlValidateParameters5(IMAPIProp_GetIDsFromNames, a1, a2, a3, a4, a5)
#define CheckParameters_IMAPIProp_GetIDsFromNames(a1, a2, a3, a4, a5) CheckParameters5(IMAPIProp_GetIDsFromNames, a1, a2, a3, a4, a5)
#define Validate_IMAPITable_GetLastError(a1, a2, a3, a4) ValidateParameters4(IMAPITable_GetLastError, a1, a2, a3, a4)
#define UlValidate_IMAPITable_GetLastError(a1, a2, a3, a4) UlValidateParameters4(IMAPITable_GetLastError, a1, a2, a3, a4)
#define CheckParameters_IMAPITable_GetLastError(a1, a2, a3, a4) CheckParameters4(IMAPITable_GetLastError, a1, a2, a3, a4)
#define Validate_IMAPITable_Advise(a1, a2, a3, a4) ValidateParameters4(IMAPITable_Advise, a1, a2, a3, a4)
#define UlValidate_IMAPITable_Advise(a1, a2, a3, a4) UlValidateParameters4(IMAPITable_Advise, a1, a2, a3, a4)
#define CheckParameters_IMAPITable_Advise(a1, a2, a3, a4) CheckParameters4(IMAPITable_Advise, a1, a2, a3, a4)
#define Validate_IMAPITable_Unadvise(a1, a2) ValidateParameters2(IMAPITable_Unadvise, a1, a2)
#define UlValidate_IMAPITable_Unadvise(a1, a2) UlValidateParameters2(IMAPITable_Unadvise, a1, a2)
#define CheckParameters_IMAPITable_Unadvise(a1, a2) CheckParameters2(IMAPITable_Unadvise, a1, a2)
#define Validate_IMAPITable_GetStatus(a1, a2, a3) ValidateParameters3(IMAPITable_GetStatus, a1, a2, a3)
#define UlValidate_IMAPITable_GetStatus(a1, a2, a3) UlValidateParameters3(IMAPITable_GetStatus, a1, a2, a3)
#define CheckParameters_IMAPITable_GetStatus(a1, a2, a3) CheckParameters3(IMAPITable_GetStatus, a1, a2, a3)
#define Validate_IMAPITable_SetColumns(a1, a2, a3) ValidateParameters3(IMAPITable_SetColumns, a1, a2, a3)
#define UlValidate_IMAPITable_SetColumns(a1, a2, a3) UlValidateParameters3(IMAPITable_SetColumns, a1, a2, a3)
#define CheckParameters_IMAPITable_SetColumns(a1, a2, a3) CheckParameters3(IMAPITable_SetColumns, a1, a2, a3)
#define Validate_IMAPITable_QueryColumns(a1, a2, a3) ValidateParameters3(IMAPITable_QueryColumns, a1, a2, a3)
#define UlValidate_IMAPITable_QueryColumns(a1, a2, a3) UlValidateParameters3(IMAPITable_QueryColumns, a1, a2, a3)
#define CheckParameters_IMAPITable_QueryColumns(a1, a2, a3) CheckParameters3(IMAPITable_QueryColumns, a1, a2, a3)
#define Validate_IMAPITable_GetRowCount(a1, a2, a3) ValidateParameters3(IMAPITable_GetRowCount, a1, a2, a3)
#define UlValidate_IMAPITable_GetRowCount(a1, a2, a3) UlValidateParameters3(IMAPITable_GetRowCount, a1, a2, a3)
#define CheckParameters_IMAPITable_GetRowCount(a1, a2, a3) CheckParameters3(IMAPITable_GetRowCount, a1, a2, a3)
#define Validate_IMAPITable_SeekRow(a1, a2, a3, a4) ValidateParameters4(IMAPITable_SeekRow, a1, a2, a3, a4)
#define UlValidate_IMAPITable_SeekRow(a1, a2, a3, a4) UlValidateParameters4(IMAPITable_SeekRow, a1, a2, a3, a4)
#define CheckParameters_IMAPITable_SeekRow(a1, a2, a3, a4) CheckParameters4(IMAPITable_SeekRow, a1, a2, a3, a4)
#define Validate_IMAPITable_SeekRowApprox(a1, a2, a3) ValidateParameters3(IMAPITable_SeekRowApprox, a1, a2, a3)
#define UlValidate_IMAPITable_SeekRowApprox(a1, a2, a3) UlValidateParameters3(IMAPITable_SeekRowApprox, a1, a2, a3)
#define CheckParameters_IMAPITable_SeekRowApprox(a1, a2, a3) CheckParameters3(IMAPITable_SeekRowApprox, a1, a2, a3)
#define Validate_IMAPITable_QueryPosition(a1, a2, a3, a4) ValidateParameters4(IMAPITable_QueryPosition, a1, a2, a3, a4)
#define UlValidate_IMAPITable_QueryPosition(a1, a2, a3, a4) UlValidateParameters4(IMAPITable_QueryPosition, a1, a2, a3, a4)
#define CheckParameters_IMAPITable_QueryPosition(a1, a2, a3, a4) CheckParameters4(IMAPITable_QueryPosition, a1, a2, a3, a4)
#define Validate_IMAPITable_FindRow(a1, a2, a3, a4) ValidateParameters4(IMAPITable_FindRow, a1, a2, a3, a4)
#define UlValidate_IMAPITable_FindRow(a1, a2, a3, a4) UlValidateParameters4(IMAPITable_FindRow, a1, a2, a3, a4)
#define CheckParameters_IMAPITable_FindRow(a1, a2, a3, a4) CheckParameters4(IMAPITable_FindRow, a1, a2, a3, a4)
#define Validate_IMAPITable_Restrict(a1, a2, a3) ValidateParameters3(IMAPITable_Restrict, a1, a2, a3)
#define UlValidate_IMAPITable_Restrict(a1, a2, a3) UlValidateParameters3(IMAPITable_Restrict, a1, a2, a3)
#define CheckParameters_IMAPITable_Restrict(a1, a2, a3) CheckParameters3(IMAPITable_Restrict, a1, a2, a3)
#define Validate_IMAPITable_CreateBookmark(a1, a2) ValidateParameters2(IMAPITable_CreateBookmark, a1, a2)
#define UlValidate_IMAPITable_CreateBookmark(a1, a2) UlValidateParameters2(IMAPITable_CreateBookmark, a1, a2)
#define CheckParameters_IMAPITable_CreateBookmark(a1, a2) CheckParameters2(IMAPITable_CreateBookmark, a1, a2)
#define Validate_IMAPITable_FreeBookmark(a1, a2) ValidateParameters2(IMAPITable_FreeBookmark, a1, a2)
#define UlValidate_IMAPITable_FreeBookmark(a1, a2) UlValidateParameters2(IMAPITable_FreeBookmark, a1, a2)
#define CheckParameters_IMAPITable_FreeBookmark(a1, a2) CheckParameters2(IMAPITable_FreeBookmark, a1, a2)
#define Validate_IMAPITable_SortTable(a1, a2, a3) ValidateParameters3(IMAPITable_SortTable, a1, a2, a3)
#define UlValidate_IMAPITable_SortTable(a1, a2, a3) UlValidateParameters3(IMAPITable_SortTable, a1, a2, a3)
#define CheckParameters_IMAPITable_SortTable(a1, a2, a3) CheckParameters3(IMAPITable_SortTable, a1, a2, a3)
#define Validate_IMAPITable_QuerySortOrder(a1, a2) ValidateParameters2(IMAPITable_QuerySortOrder, a1, a2)
#define UlValidate_IMAPITable_QuerySortOrder(a1, a2) UlValidateParameters2(IMAPITable_QuerySortOrder, a1, a2)
#define CheckParameters_IMAPITable_QuerySortOrder(a1, a2) CheckParameters2(IMAPITable_QuerySortOrder, a1, a2)
#define Validate_IMAPITable_QueryRows(a1, a2, a3, a4) ValidateParameters4(IMAPITable_QueryRows, a1, a2, a3, a4)
#define UlValidate_IMAPITable_QueryRows(a1, a2, a3, a4) UlValidateParameters4(IMAPITable_QueryRows, a1, a2, a3, a4)
#define CheckParameters_IMAPITable_QueryRows(a1, a2, a3, a4) CheckParameters4(IMAPITable_QueryRows, a1, a2, a3, a4)
#define Validate_IMAPITable_Abort(a1) ValidateParameters1(IMAPITable_Abort, a1)
#define UlValidate_IMAPITable_Abort(a1) UlValidateParameters1(IMAPITable_Abort, a1)
#define CheckParameters_IMAPITable_Abort(a1) CheckParameters1(IMAPITable_Abort, a1)
#define Validate_IMAPITable_ExpandRow(a1, a2, a3, a4, a5, a6, a7) ValidateParameters7(IMAPITable_ExpandRow, a1, a2, a3, a4, a5, a6, a7)
#define UlValidate_IMAPITable_ExpandRow(a1, a2, a3, a4, a5, a6, a7) UlValidateParameters7(IMAPITable_ExpandRow, a1, a2, a3, a4, a5, a6, a7)
#define CheckParameters_IMAPITable_ExpandRow(a1, a2, a3, a4, a5, a6, a7) CheckParameters7(IMAPITable_ExpandRow, a1, a2, a3, a4, a5, a6, a7)
#define Validate_IMAPITable_CollapseRow(a1, a2, a3, a4, a5) ValidateParameters5(IMAPITable_CollapseRow, a1, a2, a3, a4, a5)
#define UlValidate_IMAPITable_CollapseRow(a1, a2, a3, a4, a5) UlValidateParameters5(IMAPITable_CollapseRow, a1, a2, a3, a4, a5)
#define CheckParameters_IMAPITable_CollapseRow(a1, a2, a3, a4, a5) CheckParameters5(IMAPITable_CollapseRow, a1, a2, a3, a4, a5)
#define Validate_IMAPITable_WaitForCompletion(a1, a2, a3, a4) ValidateParameters4(IMAPITable_WaitForCompletion, a1, a2, a3, a4)
#define UlValidate_IMAPITable_WaitForCompletion(a1, a2, a3, a4) UlValidateParameters4(IMAPITable_WaitForCompletion, a1, a2, a3, a4)
#define CheckParameters_IMAPITable_WaitForCompletion(a1, a2, a3, a4) CheckParameters4(IMAPITable_WaitForCompletion, a1, a2, a3, a4)
#define Validate_IMAPITable_GetCollapseState(a1, a2, a3, a4, a5, a6) ValidateParameters6(IMAPITable_GetCollapseState, a1, a2, a3, a4, a5, a6)
#define UlValidate_IMAPITable_GetCollapseState(a1, a2, a3, a4, a5, a6) UlValidateParameters6(IMAPITable_GetCollapseState, a1, a2, a3, a4, a5, a6)
#define CheckParameters_IMAPITable_GetCollapseState(a1, a2, a3, a4, a5, a6) CheckParameters6(IMAPITable_GetCollapseState, a1, a2, a3, a4, a5, a6)
#define Validate_IMAPITable_SetCollapseState(a1, a2, a3, a4, a5) ValidateParameters5(IMAPITable_SetCollapseState, a1, a2, a3, a4, a5)
#define UlValidate_IMAPITable_SetCollapseState(a1, a2, a3, a4, a5) UlValidateParameters5(IMAPITable_SetCollapseState, a1, a2, a3, a4, a5)
#define CheckParameters_IMAPITable_SetCollapseState(a1, a2, a3, a4, a5) CheckParameters5(IMAPITable_SetCollapseState, a1, a2, a3, a4, a5)
#define Validate_IMAPIContainer_GetContentsTable(a1, a2, a3) ValidateParameters3(IMAPIContainer_GetContentsTable, a1, a2, a3)
#define UlValidate_IMAPIContainer_GetContentsTable(a1, a2, a3) UlValidateParameters3(IMAPIContainer_GetContentsTable, a1, a2, a3)
#define CheckParameters_IMAPIContainer_GetContentsTable(a1, a2, a3) CheckParameters3(IMAPIContainer_GetContentsTable, a1, a2, a3)
#define Validate_IMAPIContainer_GetHierarchyTable(a1, a2, a3) ValidateParameters3(IMAPIContainer_GetHierarchyTable, a1, a2, a3)
#define UlValidate_IMAPIContainer_GetHierarchyTable(a1, a2, a3) UlValidateParameters3(IMAPIContainer_GetHierarchyTable, a1, a2, a3)
#define CheckParameters_IMAPIContainer_GetHierarchyTable(a1, a2, a3) CheckParameters3(IMAPIContainer_GetHierarchyTable, a1, a2, a3)
#define Validate_IMAPIContainer_OpenEntry(a1, a2, a3, a4, a5, a6, a7) ValidateParameters7(IMAPIContainer_OpenEntry, a1, a2, a3, a4, a5, a6, a7)
#define UlValidate_IMAPIContainer_OpenEntry(a1, a2, a3, a4, a5, a6, a7) UlValidateParameters7(IMAPIContainer_OpenEntry, a1, a2, a3, a4, a5, a6, a7)
#define CheckParameters_IMAPIContainer_OpenEntry(a1, a2, a3, a4, a5, a6, a7) CheckParameters7(IMAPIContainer_OpenEntry, a1, a2, a3, a4, a5, a6, a7)
#define Validate_IMAPIContainer_SetSearchCriteria(a1, a2, a3, a4) ValidateParameters4(IMAPIContainer_SetSearchCriteria, a1, a2, a3, a4)
#define UlValidate_IMAPIContainer_SetSearchCriteria(a1, a2, a3, a4) UlValidateParameters4(IMAPIContainer_SetSearchCriteria, a1, a2, a3, a4)
#define CheckParameters_IMAPIContainer_SetSearchCriteria(a1, a2, a3, a4) CheckParameters4(IMAPIContainer_SetSearchCriteria, a1, a2, a3, a4)
#define Validate_IMAPIContainer_GetSearchCriteria(a1, a2, a3, a4, a5) ValidateParameters5(IMAPIContainer_GetSearchCriteria, a1, a2, a3, a4, a5)
#define UlValidate_IMAPIContainer_GetSearchCriteria(a1, a2, a3, a4, a5) UlValidateParameters5(IMAPIContainer_GetSearchCriteria, a1, a2, a3, a4, a5)
#define CheckParameters_IMAPIContainer_GetSearchCriteria(a1, a2, a3, a4, a5) CheckParameters5(IMAPIContainer_GetSearchCriteria, a1, a2, a3, a4, a5)
#define Validate_IABContainer_CreateEntry(a1, a2, a3, a4, a5) ValidateParameters5(IABContainer_CreateEntry, a1, a2, a3, a4, a5)
#define UlValidate_IABContainer_CreateEntry(a1, a2, a3, a4, a5) UlValidateParameters5(IABContainer_CreateEntry, a1, a2, a3, a4, a5)
#define CheckParameters_IABContainer_CreateEntry(a1, a2, a3, a4, a5) CheckParameters5(IABContainer_CreateEntry, a1, a2, a3, a4, a5)
#define Validate_IABContainer_CopyEntries(a1, a2, a3, a4, a5) ValidateParameters5(IABContainer_CopyEntries, a1, a2, a3, a4, a5)
#define UlValidate_IABContainer_CopyEntries(a1, a2, a3, a4, a5) UlValidateParameters5(IABContainer_CopyEntries, a1, a2, a3, a4, a5)
#define CheckParameters_IABContainer_CopyEntries(a1, a2, a3, a4, a5) CheckParameters5(IABContainer_CopyEntries, a1, a2, a3, a4, a5)
#define Validate_IABContainer_DeleteEntries(a1, a2, a3) ValidateParameters3(IABContainer_DeleteEntries, a1, a2, a3)
#define UlValidate_IABContainer_DeleteEntries(a1, a2, a3) UlValidateParameters3(IABContainer_DeleteEntries, a1, a2, a3)
#define CheckParameters_IABContainer_DeleteEntries(a1, a2, a3) CheckParameters3(IABContainer_DeleteEntries, a1, a2, a3)
#define Validate_IABContainer_ResolveNames(a1, a2, a3, a4, a5) ValidateParameters5(IABContainer_ResolveNames, a1, a2, a3, a4, a5)
#define UlValidate_IABContainer_ResolveNames(a1, a2, a3, a4, a5) UlValidateParameters5(IABContainer_ResolveNames, a1, a2, a3, a4, a5)
#define CheckParameters_IABContainer_ResolveNames(a1, a2, a3, a4, a5) CheckParameters5(IABContainer_ResolveNames, a1, a2, a3, a4, a5)
#define Validate_IDistList_CreateEntry(a1, a2, a3, a4, a5) ValidateParameters5(IDistList_CreateEntry, a1, a2, a3, a4, a5)
#define UlValidate_IDistList_CreateEntry(a1, a2, a3, a4, a5) UlValidateParameters5(IDistList_CreateEntry, a1, a2, a3, a4, a5)
#define CheckParameters_IDistList_CreateEntry(a1, a2, a3, a4, a5) CheckParameters5(IDistList_CreateEntry, a1, a2, a3, a4, a5)
#define Validate_IDistList_CopyEntries(a1, a2, a3, a4, a5) ValidateParameters5(IDistList_CopyEntries, a1, a2, a3, a4, a5)
#define UlValidate_IDistList_CopyEntries(a1, a2, a3, a4, a5) UlValidateParameters5(IDistList_CopyEntries, a1, a2, a3, a4, a5)
#define CheckParameters_IDistList_CopyEntries(a1, a2, a3, a4, a5) CheckParameters5(IDistList_CopyEntries, a1, a2, a3, a4, a5)
#define Validate_IDistList_DeleteEntries(a1, a2, a3) ValidateParameters3(IDistList_DeleteEntries, a1, a2, a3)
#define UlValidate_IDistList_DeleteEntries(a1, a2, a3) UlValidateParameters3(IDistList_DeleteEntries, a1, a2, a3)
#define CheckParameters_IDistList_DeleteEntries(a1, a2, a3) CheckParameters3(IDistList_DeleteEntries, a1, a2, a3)
#define Validate_IDistList_ResolveNames(a1, a2, a3, a4, a5) ValidateParameters5(IDistList_ResolveNames, a1, a2, a3, a4, a5)
#define UlValidate_IDistList_ResolveNames(a1, a2, a3, a4, a5) UlValidateParameters5(IDistList_ResolveNames, a1, a2, a3, a4, a5)
#define CheckParameters_IDistList_ResolveNames(a1, a2, a3, a4, a5) CheckParameters5(IDistList_ResolveNames, a1, a2, a3, a4, a5)
#define Validate_IMAPIFolder_CreateMessage(a1, a2, a3, a4) ValidateParameters4(IMAPIFolder_CreateMessage, a1, a2, a3, a4)
#define UlValidate_IMAPIFolder_CreateMessage(a1, a2, a3, a4) UlValidateParameters4(IMAPIFolder_CreateMessage, a1, a2, a3, a4)
#define CheckParameters_IMAPIFolder_CreateMessage(a1, a2, a3, a4) CheckParameters4(IMAPIFolder_CreateMessage, a1, a2, a3, a4)
#define Validate_IMAPIFolder_CopyMessages(a1, a2, a3, a4, a5, a6, a7) ValidateParameters7(IMAPIFolder_CopyMessages, a1, a2, a3, a4, a5, a6, a7)
#define UlValidate_IMAPIFolder_CopyMessages(a1, a2, a3, a4, a5, a6, a7) UlValidateParameters7(IMAPIFolder_CopyMessages, a1, a2, a3, a4, a5, a6, a7)
#define CheckParameters_IMAPIFolder_CopyMessages(a1, a2, a3, a4, a5, a6, a7) CheckParameters7(IMAPIFolder_CopyMessages, a1, a2, a3, a4, a5, a6, a7)
#define Validate_IMAPIFolder_DeleteMessages(a1, a2, a3, a4, a5) ValidateParameters5(IMAPIFolder_DeleteMessages, a1, a2, a3, a4, a5)
#define UlValidate_IMAPIFolder_DeleteMessages(a1, a2, a3, a4, a5) UlValidateParameters5(IMAPIFolder_DeleteMessages, a1, a2, a3, a4, a5)
#define CheckParameters_IMAPIFolder_DeleteMessages(a1, a2, a3, a4, a5) CheckParameters5(IMAPIFolder_DeleteMessages, a1, a2, a3, a4, a5)
#define Validate_IMAPIFolder_CreateFolder(a1, a2, a3, a4, a5, a6, a7) ValidateParameters7(IMAPIFolder_CreateFolder, a1, a2, a3, a4, a5, a6, a7)
#define UlValidate_IMAPIFolder_CreateFolder(a1, a2, a3, a4, a5, a6, a7) UlValidateParameters7(IMAPIFolder_CreateFolder, a1, a2, a3, a4, a5, a6, a7)
#define CheckParameters_IMAPIFolder_CreateFolder(a1, a2, a3, a4, a5, a6, a7) CheckParameters7(IMAPIFolder_CreateFolder, a1, a2, a3, a4, a5, a6, a7)
#define Validate_IMAPIFolder_CopyFolder(a1, a2, a3, a4, a5, a6, a7, a8, a9) ValidateParameters9(IMAPIFolder_CopyFolder, a1, a2, a3, a4, a5, a6, a7, a8, a9)
#define UlValidate_IMAPIFolder_CopyFolder(a1, a2, a3, a4, a5, a6, a7, a8, a9) UlValidateParameters9(IMAPIFolder_CopyFolder, a1, a2, a3, a4, a5, a6, a7, a8, a9)
#define CheckParameters_IMAPIFolder_CopyFolder(a1, a2, a3, a4, a5, a6, a7, a8, a9) CheckParameters9(IMAPIFolder_CopyFolder, a1, a2, a3, a4, a5, a6, a7, a8, a9)
#define Validate_IMAPIFolder_DeleteFolder(a1, a2, a3, a4, a5, a6) ValidateParameters6(IMAPIFolder_DeleteFolder, a1, a2, a3, a4, a5, a6)
#define UlValidate_IMAPIFolder_DeleteFolder(a1, a2, a3, a4, a5, a6) UlValidateParameters6(IMAPIFolder_DeleteFolder, a1, a2, a3, a4, a5, a6)
#define CheckParameters_IMAPIFolder_DeleteFolder(a1, a2, a3, a4, a5, a6) CheckParameters6(IMAPIFolder_DeleteFolder, a1, a2, a3, a4, a5, a6)
#define Validate_IMAPIFolder_SetReadFlags(a1, a2, a3, a4, a5) ValidateParameters5(IMAPIFolder_SetReadFlags, a1, a2, a3, a4, a5)
#define UlValidate_IMAPIFolder_SetReadFlags(a1, a2, a3, a4, a5) UlValidateParameters5(IMAPIFolder_SetReadFlags, a1, a2, a3, a4, a5)
#define CheckParameters_IMAPIFolder_SetReadFlags(a1, a2, a3, a4, a5) CheckParameters5(IMAPIFolder_SetReadFlags, a1, a2, a3, a4, a5)
#define Validate_IMAPIFolder_GetMessageStatus(a1, a2, a3, a4, a5) ValidateParameters5(IMAPIFolder_GetMessageStatus, a1, a2, a3, a4, a5)
#define UlValidate_IMAPIFolder_GetMessageStatus(a1, a2, a3, a4, a5) UlValidateParameters5(IMAPIFolder_GetMessageStatus, a1, a2, a3, a4, a5)
#define CheckParameters_IMAPIFolder_GetMessageStatus(a1, a2, a3, a4, a5) CheckParameters5(IMAPIFolder_GetMessageStatus, a1, a2, a3, a4, a5)
#define Validate_IMAPIFolder_SetMessageStatus(a1, a2, a3, a4, a5, a6) ValidateParameters6(IMAPIFolder_SetMessageStatus, a1, a2, a3, a4, a5, a6)
#define UlValidate_IMAPIFolder_SetMessageStatus(a1, a2, a3, a4, a5, a6) UlValidateParameters6(IMAPIFolder_SetMessageStatus, a1, a2, a3, a4, a5, a6)
#define CheckParameters_IMAPIFolder_SetMessageStatus(a1, a2, a3, a4, a5, a6) CheckParameters6(IMAPIFolder_SetMessageStatus, a1, a2, a3, a4, a5, a6)
#define Validate_IMAPIFolder_SaveContentsSort(a1, a2, a3) ValidateParameters3(IMAPIFolder_SaveContentsSort, a1, a2, a3)
#define UlValidate_IMAPIFolder_SaveContentsSort(a1, a2, a3) UlValidateParameters3(IMAPIFolder_SaveContentsSort, a1, a2, a3)
#define CheckParameters_IMAPIFolder_SaveContentsSort(a1, a2, a3) CheckParameters3(IMAPIFolder_SaveContentsSort, a1, a2, a3)
#define Validate_IMAPIFolder_EmptyFolder(a1, a2, a3, a4) ValidateParameters4(IMAPIFolder_EmptyFolder, a1, a2, a3, a4)
#define UlValidate_IMAPIFolder_EmptyFolder(a1, a2, a3, a4) UlValidateParameters4(IMAPIFolder_EmptyFolder, a1, a2, a3, a4)
#define CheckParameters_IMAPIFolder_EmptyFolder(a1, a2, a3, a4) CheckParameters4(IMAPIFolder_EmptyFolder, a1, a2, a3, a4)
#define Validate_IMsgStore_Advise(a1, a2, a3, a4, a5, a6) ValidateParameters6(IMsgStore_Advise, a1, a2, a3, a4, a5, a6)
#define UlValidate_IMsgStore_Advise(a1, a2, a3, a4, a5, a6) UlValidateParameters6(IMsgStore_Advise, a1, a2, a3, a4, a5, a6)
#define CheckParameters_IMsgStore_Advise(a1, a2, a3, a4, a5, a6) CheckParameters6(IMsgStore_Advise, a1, a2, a3, a4, a5, a6)
#define Validate_IMsgStore_Unadvise(a1, a2) ValidateParameters2(IMsgStore_Unadvise, a1, a2)
#define UlValidate_IMsgStore_Unadvise(a1, a2) UlValidateParameters2(IMsgStore_Unadvise, a1, a2)
#define CheckParameters_IMsgStore_Unadvise(a1, a2) CheckParameters2(IMsgStore_Unadvise, a1, a2)
#define Validate_IMsgStore_CompareEntryIDs(a1, a2, a3, a4, a5, a6, a7) ValidateParameters7(IMsgStore_CompareEntryIDs, a1, a2, a3, a4, a5, a6, a7)
#define UlValidate_IMsgStore_CompareEntryIDs(a1, a2, a3, a4, a5, a6, a7) UlValidateParameters7(IMsgStore_CompareEntryIDs, a1, a2, a3, a4, a5, a6, a7)
#define CheckParameters_IMsgStore_CompareEntryIDs(a1, a2, a3, a4, a5, a6, a7) CheckParameters7(IMsgStore_CompareEntryIDs, a1, a2, a3, a4, a5, a6, a7)
#define Validate_IMsgStore_OpenEntry(a1, a2, a3, a4, a5, a6, a7) ValidateParameters7(IMsgStore_OpenEntry, a1, a2, a3, a4, a5, a6, a7)
#define UlValidate_IMsgStore_OpenEntry(a1, a2, a3, a4, a5, a6, a7) UlValidateParameters7(IMsgStore_OpenEntry, a1, a2, a3, a4, a5, a6, a7)
#define CheckParameters_IMsgStore_OpenEntry(a1, a2, a3, a4, a5, a6, a7) CheckParameters7(IMsgStore_OpenEntry, a1, a2, a3, a4, a5, a6, a7)
#define Validate_IMsgStore_SetReceiveFolder(a1, a2, a3, a4, a5) ValidateParameters5(IMsgStore_SetReceiveFolder, a1, a2, a3, a4, a5)
#define UlValidate_IMsgStore_SetReceiveFolder(a1, a2, a3, a4, a5) UlValidateParameters5(IMsgStore_SetReceiveFolder, a1, a2, a3, a4, a5)
#define CheckParameters_IMsgStore_SetReceiveFolder(a1, a2, a3, a4, a5) CheckParameters5(IMsgStore_SetReceiveFolder, a1, a2, a3, a4, a5)
#define Validate_IMsgStore_GetReceiveFolder(a1, a2, a3, a4, a5, a6) ValidateParameters6(IMsgStore_GetReceiveFolder, a1, a2, a3, a4, a5, a6)
#define UlValidate_IMsgStore_GetReceiveFolder(a1, a2, a3, a4, a5, a6) UlValidateParameters6(IMsgStore_GetReceiveFolder, a1, a2, a3, a4, a5, a6)
#define CheckParameters_IMsgStore_GetReceiveFolder(a1, a2, a3, a4, a5, a6) CheckParameters6(IMsgStore_GetReceiveFolder, a1, a2, a3, a4, a5, a6)
#define Validate_IMsgStore_GetReceiveFolderTable(a1, a2, a3) ValidateParameters3(IMsgStore_GetReceiveFolderTable, a1, a2, a3)
#define UlValidate_IMsgStore_GetReceiveFolderTable(a1, a2, a3) UlValidateParameters3(IMsgStore_GetReceiveFolderTable, a1, a2, a3)
#define CheckParameters_IMsgStore_GetReceiveFolderTable(a1, a2, a3) CheckParameters3(IMsgStore_GetReceiveFolderTable, a1, a2, a3)
#define Validate_IMsgStore_StoreLogoff(a1, a2) ValidateParameters2(IMsgStore_StoreLogoff, a1, a2)
#define UlValidate_IMsgStore_StoreLogoff(a1, a2) UlValidateParameters2(IMsgStore_StoreLogoff, a1, a2)
#define CheckParameters_IMsgStore_StoreLogoff(a1, a2) CheckParameters2(IMsgStore_StoreLogoff, a1, a2)
#define Validate_IMsgStore_AbortSubmit(a1, a2, a3, a4) ValidateParameters4(IMsgStore_AbortSubmit, a1, a2, a3, a4)
#define UlValidate_IMsgStore_AbortSubmit(a1, a2, a3, a4) UlValidateParameters4(IMsgStore_AbortSubmit, a1, a2, a3, a4)
#define CheckParameters_IMsgStore_AbortSubmit(a1, a2, a3, a4) CheckParameters4(IMsgStore_AbortSubmit, a1, a2, a3, a4)
#define Validate_IMsgStore_GetOutgoingQueue(a1, a2, a3) ValidateParameters3(IMsgStore_GetOutgoingQueue, a1, a2, a3)
#define UlValidate_IMsgStore_GetOutgoingQueue(a1, a2, a3) UlValidateParameters3(IMsgStore_GetOutgoingQueue, a1, a2, a3)
#define CheckParameters_IMsgStore_GetOutgoingQueue(a1, a2, a3) CheckParameters3(IMsgStore_GetOutgoingQueue, a1, a2, a3)
#define Validate_IMsgStore_SetLockState(a1, a2, a3) ValidateParameters3(IMsgStore_SetLockState, a1, a2, a3)
#define UlValidate_IMsgStore_SetLockState(a1, a2, a3) UlValidateParameters3(IMsgStore_SetLockState, a1, a2, a3)
#define CheckParameters_IMsgStore_SetLockState(a1, a2, a3) CheckParameters3(IMsgStore_SetLockState, a1, a2, a3)
#define Validate_IMsgStore_FinishedMsg(a1, a2, a3, a4) ValidateParameters4(IMsgStore_FinishedMsg, a1, a2, a3, a4)
#define UlValidate_IMsgStore_FinishedMsg(a1, a2, a3, a4) UlValidateParameters4(IMsgStore_FinishedMsg, a1, a2, a3, a4)
#define CheckParameters_IMsgStore_FinishedMsg(a1, a2, a3, a4) CheckParameters4(IMsgStore_FinishedMsg, a1, a2, a3, a4)
#define Validate_IMsgStore_NotifyNewMail(a1, a2) ValidateParameters2(IMsgStore_NotifyNewMail, a1, a2)
#define UlValidate_IMsgStore_NotifyNewMail(a1, a2) UlValidateParameters2(IMsgStore_NotifyNewMail, a1, a2)
#define CheckParameters_IMsgStore_NotifyNewMail(a1, a2) CheckParameters2(IMsgStore_NotifyNewMail, a1, a2)
#define Validate_IMessage_GetAttachmentTable(a1, a2, a3) ValidateParameters3(IMessage_GetAttachmentTable, a1, a2, a3)
#define UlValidate_IMessage_GetAttachmentTable(a1, a2, a3) UlValidateParameters3(IMessage_GetAttachmentTable, a1, a2, a3)
#define CheckParameters_IMessage_GetAttachmentTable(a1, a2, a3) CheckParameters3(IMessage_GetAttachmentTable, a1, a2, a3)
#define Validate_IMessage_OpenAttach(a1, a2, a3, a4, a5) ValidateParameters5(IMessage_OpenAttach, a1, a2, a3, a4, a5)
#define UlValidate_IMessage_OpenAttach(a1, a2, a3, a4, a5) UlValidateParameters5(IMessage_OpenAttach, a1, a2, a3, a4, a5)
#define CheckParameters_IMessage_OpenAttach(a1, a2, a3, a4, a5) CheckParameters5(IMessage_OpenAttach, a1, a2, a3, a4, a5)
#define Validate_IMessage_CreateAttach(a1, a2, a3, a4, a5) ValidateParameters5(IMessage_CreateAttach, a1, a2, a3, a4, a5)
#define UlValidate_IMessage_CreateAttach(a1, a2, a3, a4, a5) UlValidateParameters5(IMessage_CreateAttach, a1, a2, a3, a4, a5)
#define CheckParameters_IMessage_CreateAttach(a1, a2, a3, a4, a5) CheckParameters5(IMessage_CreateAttach, a1, a2, a3, a4, a5)
#define Validate_IMessage_DeleteAttach(a1, a2, a3, a4, a5) ValidateParameters5(IMessage_DeleteAttach, a1, a2, a3, a4, a5)
#define UlValidate_IMessage_DeleteAttach(a1, a2, a3, a4, a5) UlValidateParameters5(IMessage_DeleteAttach, a1, a2, a3, a4, a5)
#define CheckParameters_IMessage_DeleteAttach(a1, a2, a3, a4, a5) CheckParameters5(IMessage_DeleteAttach, a1, a2, a3, a4, a5)
#define Validate_IMessage_GetRecipientTable(a1, a2, a3) ValidateParameters3(IMessage_GetRecipientTable, a1, a2, a3)
#define UlValidate_IMessage_GetRecipientTable(a1, a2, a3) UlValidateParameters3(IMessage_GetRecipientTable, a1, a2, a3)
#define CheckParameters_IMessage_GetRecipientTable(a1, a2, a3) CheckParameters3(IMessage_GetRecipientTable, a1, a2, a3)
#define Validate_IMessage_ModifyRecipients(a1, a2, a3) ValidateParameters3(IMessage_ModifyRecipients, a1, a2, a3)
#define UlValidate_IMessage_ModifyRecipients(a1, a2, a3) UlValidateParameters3(IMessage_ModifyRecipients, a1, a2, a3)
#define CheckParameters_IMessage_ModifyRecipients(a1, a2, a3) CheckParameters3(IMessage_ModifyRecipients, a1, a2, a3)
#define Validate_IMessage_SubmitMessage(a1, a2) ValidateParameters2(IMessage_SubmitMessage, a1, a2)
#define UlValidate_IMessage_SubmitMessage(a1, a2) UlValidateParameters2(IMessage_SubmitMessage, a1, a2)
#define CheckParameters_IMessage_SubmitMessage(a1, a2) CheckParameters2(IMessage_SubmitMessage, a1, a2)
#define Validate_IMessage_SetReadFlag(a1, a2) ValidateParameters2(IMessage_SetReadFlag, a1, a2)
#define UlValidate_IMessage_SetReadFlag(a1, a2) UlValidateParameters2(IMessage_SetReadFlag, a1, a2)
#define CheckParameters_IMessage_SetReadFlag(a1, a2) CheckParameters2(IMessage_SetReadFlag, a1, a2)
#define Validate_IABProvider_Shutdown(a1, a2) ValidateParameters2(IABProvider_Shutdown, a1, a2)
#define UlValidate_IABProvider_Shutdown(a1, a2) UlValidateParameters2(IABProvider_Shutdown, a1, a2)
#define CheckParameters_IABProvider_Shutdown(a1, a2) CheckParameters2(IABProvider_Shutdown, a1, a2)
#define Validate_IABProvider_Logon(a1, a2, a3, a4, a5, a6, a7, a8, a9) ValidateParameters9(IABProvider_Logon, a1, a2, a3, a4, a5, a6, a7, a8, a9)
#define UlValidate_IABProvider_Logon(a1, a2, a3, a4, a5, a6, a7, a8, a9) UlValidateParameters9(IABProvider_Logon, a1, a2, a3, a4, a5, a6, a7, a8, a9)
#define CheckParameters_IABProvider_Logon(a1, a2, a3, a4, a5, a6, a7, a8, a9) CheckParameters9(IABProvider_Logon, a1, a2, a3, a4, a5, a6, a7, a8, a9)
#define Validate_IABLogon_GetLastError(a1, a2, a3, a4) ValidateParameters4(IABLogon_GetLastError, a1, a2, a3, a4)
#define UlValidate_IABLogon_GetLastError(a1, a2, a3, a4) UlValidateParameters4(IABLogon_GetLastError, a1, a2, a3, a4)
#define CheckParameters_IABLogon_GetLastError(a1, a2, a3, a4) CheckParameters4(IABLogon_GetLastError, a1, a2, a3, a4)
#define Validate_IABLogon_Logoff(a1, a2) ValidateParameters2(IABLogon_Logoff, a1, a2)
#define UlValidate_IABLogon_Logoff(a1, a2) UlValidateParameters2(IABLogon_Logoff, a1, a2)
#define CheckParameters_IABLogon_Logoff(a1, a2) CheckParameters2(IABLogon_Logoff, a1, a2)
#define Validate_IABLogon_OpenEntry(a1, a2, a3, a4, a5, a6, a7) ValidateParameters7(IABLogon_OpenEntry, a1, a2, a3, a4, a5, a6, a7)
#define UlValidate_IABLogon_OpenEntry(a1, a2, a3, a4, a5, a6, a7) UlValidateParameters7(IABLogon_OpenEntry, a1, a2, a3, a4, a5, a6, a7)
#define CheckParameters_IABLogon_OpenEntry(a1, a2, a3, a4, a5, a6, a7) CheckParameters7(IABLogon_OpenEntry, a1, a2, a3, a4, a5, a6, a7)
#define Validate_IABLogon_CompareEntryIDs(a1, a2, a3, a4, a5, a6, a7) ValidateParameters7(IABLogon_CompareEntryIDs, a1, a2, a3, a4, a5, a6, a7)
#define UlValidate_IABLogon_CompareEntryIDs(a1, a2, a3, a4, a5, a6, a7) UlValidateParameters7(IABLogon_CompareEntryIDs, a1, a2, a3, a4, a5, a6, a7)
#define CheckParameters_IABLogon_CompareEntryIDs(a1, a2, a3, a4, a5, a6, a7) CheckParameters7(IABLogon_CompareEntryIDs, a1, a2, a3, a4, a5, a6, a7)
#define Validate_IABLogon_Advise(a1, a2, a3, a4, a5, a6) ValidateParameters6(IABLogon_Advise, a1, a2, a3, a4, a5, a6)
#define UlValidate_IABLogon_Advise(a1, a2, a3, a4, a5, a6) UlValidateParameters6(IABLogon_Advise, a1, a2, a3, a4, a5, a6)
#define CheckParameters_IABLogon_Advise(a1, a2, a3, a4, a5, a6) CheckParameters6(IABLogon_Advise, a1, a2, a3, a4, a5, a6)
#define Validate_IABLogon_Unadvise(a1, a2) ValidateParameters2(IABLogon_Unadvise, a1, a2)
#define UlValidate_IABLogon_Unadvise(a1, a2) UlValidateParameters2(IABLogon_Unadvise, a1, a2)
#define CheckParameters_IABLogon_Unadvise(a1, a2) CheckParameters2(IABLogon_Unadvise, a1, a2)
#define Validate_IABLogon_OpenStatusEntry(a1, a2, a3, a4, a5) ValidateParameters5(IABLogon_OpenStatusEntry, a1, a2, a3, a4, a5)
#define UlValidate_IABLogon_OpenStatusEntry(a1, a2, a3, a4, a5) UlValidateParameters5(IABLogon_OpenStatusEntry, a1, a2, a3, a4, a5)
#define CheckParameters_IABLogon_OpenStatusEntry(a1, a2, a3, a4, a5) CheckParameters5(IABLogon_OpenStatusEntry, a1, a2, a3, a4, a5)
#define Validate_IABLogon_OpenTemplateID(a1, a2, a3, a4, a5, a6, a7, a8) ValidateParameters8(IABLogon_OpenTemplateID, a1, a2, a3, a4, a5, a6, a7, a8)
#define UlValidate_IABLogon_OpenTemplateID(a1, a2, a3, a4, a5, a6, a7, a8) UlValidateParameters8(IABLogon_OpenTemplateID, a1, a2, a3, a4, a5, a6, a7, a8)
#define CheckParameters_IABLogon_OpenTemplateID(a1, a2, a3, a4, a5, a6, a7, a8) CheckParameters8(IABLogon_OpenTemplateID, a1, a2, a3, a4, a5, a6, a7, a8)
#define Validate_IABLogon_GetOneOffTable(a1, a2, a3) ValidateParameters3(IABLogon_GetOneOffTable, a1, a2, a3)
#define UlValidate_IABLogon_GetOneOffTable(a1, a2, a3) UlValidateParameters3(IABLogon_GetOneOffTable, a1, a2, a3)
#define CheckParameters_IABLogon_GetOneOffTable(a1, a2, a3) CheckParameters3(IABLogon_GetOneOffTable, a1, a2, a3)
#define Validate_IABLogon_PrepareRecips(a1, a2, a3, a4) ValidateParameters4(IABLogon_PrepareRecips, a1, a2, a3, a4)
#define UlValidate_IABLogon_PrepareRecips(a1, a2, a3, a4) UlValidateParameters4(IABLogon_PrepareRecips, a1, a2, a3, a4)
#define CheckParameters_IABLogon_PrepareRecips(a1, a2, a3, a4) CheckParameters4(IABLogon_PrepareRecips, a1, a2, a3, a4)
#define Validate_IXPProvider_Shutdown(a1, a2) ValidateParameters2(IXPProvider_Shutdown, a1, a2)
#define UlValidate_IXPProvider_Shutdown(a1, a2) UlValidateParameters2(IXPProvider_Shutdown, a1, a2)
#define CheckParameters_IXPProvider_Shutdown(a1, a2) CheckParameters2(IXPProvider_Shutdown, a1, a2)
#define Validate_IXPProvider_TransportLogon(a1, a2, a3, a4, a5, a6, a7) ValidateParameters7(IXPProvider_TransportLogon, a1, a2, a3, a4, a5, a6, a7)
#define UlValidate_IXPProvider_TransportLogon(a1, a2, a3, a4, a5, a6, a7) UlValidateParameters7(IXPProvider_TransportLogon, a1, a2, a3, a4, a5, a6, a7)
#define CheckParameters_IXPProvider_TransportLogon(a1, a2, a3, a4, a5, a6, a7) CheckParameters7(IXPProvider_TransportLogon, a1, a2, a3, a4, a5, a6, a7)
#define Validate_IXPLogon_AddressTypes(a1, a2, a3, a4, a5, a6) ValidateParameters6(IXPLogon_AddressTypes, a1, a2, a3, a4, a5, a6)
#define UlValidate_IXPLogon_AddressTypes(a1, a2, a3, a4, a5, a6) UlValidateParameters6(IXPLogon_AddressTypes, a1, a2, a3, a4, a5, a6)
#define CheckParameters_IXPLogon_AddressTypes(a1, a2, a3, a4, a5, a6) CheckParameters6(IXPLogon_AddressTypes, a1, a2, a3, a4, a5, a6)
#define Validate_IXPLogon_RegisterOptions(a1, a2, a3, a4) ValidateParameters4(IXPLogon_RegisterOptions, a1, a2, a3, a4)
#define UlValidate_IXPLogon_RegisterOptions(a1, a2, a3, a4) UlValidateParameters4(IXPLogon_RegisterOptions, a1, a2, a3, a4)
#define CheckParameters_IXPLogon_RegisterOptions(a1, a2, a3, a4) CheckParameters4(IXPLogon_RegisterOptions, a1, a2, a3, a4)
#define Validate_IXPLogon_TransportNotify(a1, a2, a3) ValidateParameters3(IXPLogon_TransportNotify, a1, a2, a3)
#define UlValidate_IXPLogon_TransportNotify(a1, a2, a3) UlValidateParameters3(IXPLogon_TransportNotify, a1, a2, a3)
#define CheckParameters_IXPLogon_TransportNotify(a1, a2, a3) CheckParameters3(IXPLogon_TransportNotify, a1, a2, a3)
#define Validate_IXPLogon_Idle(a1, a2) ValidateParameters2(IXPLogon_Idle, a1, a2)
#define UlValidate_IXPLogon_Idle(a1, a2) UlValidateParameters2(IXPLogon_Idle, a1, a2)
#define CheckParameters_IXPLogon_Idle(a1, a2) CheckParameters2(IXPLogon_Idle, a1, a2)
#define Validate_IXPLogon_TransportLogoff(a1, a2) ValidateParameters2(IXPLogon_TransportLogoff, a1, a2)
#define UlValidate_IXPLogon_TransportLogoff(a1, a2) UlValidateParameters2(IXPLogon_TransportLogoff, a1, a2)
#define CheckParameters_IXPLogon_TransportLogoff(a1, a2) CheckParameters2(IXPLogon_TransportLogoff, a1, a2)
#define Validate_IXPLogon_SubmitMessage(a1, a2, a3, a4, a5) ValidateParameters5(IXPLogon_SubmitMessage, a1, a2, a3, a4, a5)
#define UlValidate_IXPLogon_SubmitMessage(a1, a2, a3, a4, a5) UlValidateParameters5(IXPLogon_SubmitMessage, a1, a2, a3, a4, a5)
#define CheckParameters_IXPLogon_SubmitMessage(a1, a2, a3, a4, a5) CheckParameters5(IXPLogon_SubmitMessage, a1, a2, a3, a4, a5)
#define Validate_IXPLogon_EndMessage(a1, a2, a3) ValidateParameters3(IXPLogon_EndMessage, a1, a2, a3)
#define UlValidate_IXPLogon_EndMessage(a1, a2, a3) UlValidateParameters3(IXPLogon_EndMessage, a1, a2, a3)
#define CheckParameters_IXPLogon_EndMessage(a1, a2, a3) CheckParameters3(IXPLogon_EndMessage, a1, a2, a3)
#define Validate_IXPLogon_Poll(a1, a2) ValidateParameters2(IXPLogon_Poll, a1, a2)
#define UlValidate_IXPLogon_Poll(a1, a2) UlValidateParameters2(IXPLogon_Poll, a1, a2)
#define CheckParameters_IXPLogon_Poll(a1, a2) CheckParameters2(IXPLogon_Poll, a1, a2)
#define Validate_IXPLogon_StartMessage(a1, a2, a3, a4) ValidateParameters4(IXPLogon_StartMessage, a1, a2, a3, a4)
#define UlValidate_IXPLogon_StartMessage(a1, a2, a3, a4) UlValidateParameters4(IXPLogon_StartMessage, a1, a2, a3, a4)
#define CheckParameters_IXPLogon_StartMessage(a1, a2, a3, a4) CheckParameters4(IXPLogon_StartMessage, a1, a2, a3, a4)
#define Validate_IXPLogon_OpenStatusEntry(a1, a2, a3, a4, a5) ValidateParameters5(IXPLogon_OpenStatusEntry, a1, a2, a3, a4, a5)
#define UlValidate_IXPLogon_OpenStatusEntry(a1, a2, a3, a4, a5) UlValidateParameters5(IXPLogon_OpenStatusEntry, a1, a2, a3, a4, a5)
#define CheckParameters_IXPLogon_OpenStatusEntry(a1, a2, a3, a4, a5) CheckParameters5(IXPLogon_OpenStatusEntry, a1, a2, a3, a4, a5)
#define Validate_IXPLogon_ValidateState(a1, a2, a3) ValidateParameters3(IXPLogon_ValidateState, a1, a2, a3)
#define UlValidate_IXPLogon_ValidateState(a1, a2, a3) UlValidateParameters3(IXPLogon_ValidateState, a1, a2, a3)
#define CheckParameters_IXPLogon_ValidateState(a1, a2, a3) CheckParameters3(IXPLogon_ValidateState, a1, a2, a3)
#define Validate_IXPLogon_FlushQueues(a1, a2, a3, a4, a5) ValidateParameters5(IXPLogon_FlushQueues, a1, a2, a3, a4, a5)
#define UlValidate_IXPLogon_FlushQueues(a1, a2, a3, a4, a5) UlValidateParameters5(IXPLogon_FlushQueues, a1, a2, a3, a4, a5)
#define CheckParameters_IXPLogon_FlushQueues(a1, a2, a3, a4, a5) CheckParameters5(IXPLogon_FlushQueues, a1, a2, a3, a4, a5)
#define Validate_IMSProvider_Shutdown(a1, a2) ValidateParameters2(IMSProvider_Shutdown, a1, a2)
#define UlValidate_IMSProvider_Shutdown(a1, a2) UlValidateParameters2(IMSProvider_Shutdown, a1, a2)
#define CheckParameters_IMSProvider_Shutdown(a1, a2) CheckParameters2(IMSProvider_Shutdown, a1, a2)
#define Validate_IMSProvider_Logon(a1, a2, a3, a4, a5, a6, a7, a8, a9, a10, a11, a12, a13) ValidateParameters13(IMSProvider_Logon, a1, a2, a3, a4, a5, a6, a7, a8, a9, a10, a11, a12, a13)
#define UlValidate_IMSProvider_Logon(a1, a2, a3, a4, a5, a6, a7, a8, a9, a10, a11, a12, a13) UlValidateParameters13(IMSProvider_Logon, a1, a2, a3, a4, a5, a6, a7, a8, a9, a10, a11, a12, a13)
#define CheckParameters_IMSProvider_Logon(a1, a2, a3, a4, a5, a6, a7, a8, a9, a10, a11, a12, a13) CheckParameters13(IMSProvider_Logon, a1, a2, a3, a4, a5, a6, a7, a8, a9, a10, a11, a12, a13)
#define Validate_IMSProvider_SpoolerLogon(a1, a2, a3, a4, a5, a6, a7, a8, a9, a10, a11, a12, a13) ValidateParameters13(IMSProvider_SpoolerLogon, a1, a2, a3, a4, a5, a6, a7, a8, a9, a10, a11, a12, a13)
#define UlValidate_IMSProvider_SpoolerLogon(a1, a2, a3, a4, a5, a6, a7, a8, a9, a10, a11, a12, a13) UlValidateParameters13(IMSProvider_SpoolerLogon, a1, a2, a3, a4, a5, a6, a7, a8, a9, a10, a11, a12, a13)
#define CheckParameters_IMSProvider_SpoolerLogon(a1, a2, a3, a4, a5, a6, a7, a8, a9, a10, a11, a12, a13) CheckParameters13(IMSProvider_SpoolerLogon, a1, a2, a3, a4, a5, a6, a7, a8, a9, a10, a11, a12, a13)
#define Validate_IMSProvider_CompareStoreIDs(a1, a2, a3, a4, a5, a6, a7) ValidateParameters7(IMSProvider_CompareStoreIDs, a1, a2, a3, a4, a5, a6, a7)
#define UlValidate_IMSProvider_CompareStoreIDs(a1, a2, a3, a4, a5, a6, a7) UlValidateParameters7(IMSProvider_CompareStoreIDs, a1, a2, a3, a4, a5, a6, a7)
#define CheckParameters_IMSProvider_CompareStoreIDs(a1, a2, a3, a4, a5, a6, a7) CheckParameters7(IMSProvider_CompareStoreIDs, a1, a2, a3, a4, a5, a6, a7)
#define Validate_IMSLogon_GetLastError(a1, a2, a3, a4) ValidateParameters4(IMSLogon_GetLastError, a1, a2, a3, a4)
#define UlValidate_IMSLogon_GetLastError(a1, a2, a3, a4) UlValidateParameters4(IMSLogon_GetLastError, a1, a2, a3, a4)
#define CheckParameters_IMSLogon_GetLastError(a1, a2, a3, a4) CheckParameters4(IMSLogon_GetLastError, a1, a2, a3, a4)
#define Validate_IMSLogon_Logoff(a1, a2) ValidateParameters2(IMSLogon_Logoff, a1, a2)
#define UlValidate_IMSLogon_Logoff(a1, a2) UlValidateParameters2(IMSLogon_Logoff, a1, a2)
#define CheckParameters_IMSLogon_Logoff(a1, a2) CheckParameters2(IMSLogon_Logoff, a1, a2)
#define Validate_IMSLogon_OpenEntry(a1, a2, a3, a4, a5, a6, a7) ValidateParameters7(IMSLogon_OpenEntry, a1, a2, a3, a4, a5, a6, a7)
#define UlValidate_IMSLogon_OpenEntry(a1, a2, a3, a4, a5, a6, a7) UlValidateParameters7(IMSLogon_OpenEntry, a1, a2, a3, a4, a5, a6, a7)
#define CheckParameters_IMSLogon_OpenEntry(a1, a2, a3, a4, a5, a6, a7) CheckParameters7(IMSLogon_OpenEntry, a1, a2, a3, a4, a5, a6, a7)
#define Validate_IMSLogon_CompareEntryIDs(a1, a2, a3, a4, a5, a6, a7) ValidateParameters7(IMSLogon_CompareEntryIDs, a1, a2, a3, a4, a5, a6, a7)
#define UlValidate_IMSLogon_CompareEntryIDs(a1, a2, a3, a4, a5, a6, a7) UlValidateParameters7(IMSLogon_CompareEntryIDs, a1, a2, a3, a4, a5, a6, a7)
#define CheckParameters_IMSLogon_CompareEntryIDs(a1, a2, a3, a4, a5, a6, a7) CheckParameters7(IMSLogon_CompareEntryIDs, a1, a2, a3, a4, a5, a6, a7)
#define Validate_IMSLogon_Advise(a1, a2, a3, a4, a5, a6) ValidateParameters6(IMSLogon_Advise, a1, a2, a3, a4, a5, a6)
#define UlValidate_IMSLogon_Advise(a1, a2, a3, a4, a5, a6) UlValidateParameters6(IMSLogon_Advise, a1, a2, a3, a4, a5, a6)
#define CheckParameters_IMSLogon_Advise(a1, a2, a3, a4, a5, a6) CheckParameters6(IMSLogon_Advise, a1, a2, a3, a4, a5, a6)
#define Validate_IMSLogon_Unadvise(a1, a2) ValidateParameters2(IMSLogon_Unadvise, a1, a2)
#define UlValidate_IMSLogon_Unadvise(a1, a2) UlValidateParameters2(IMSLogon_Unadvise, a1, a2)
#define CheckParameters_IMSLogon_Unadvise(a1, a2) CheckParameters2(IMSLogon_Unadvise, a1, a2)
#define Validate_IMSLogon_OpenStatusEntry(a1, a2, a3, a4, a5) ValidateParameters5(IMSLogon_OpenStatusEntry, a1, a2, a3, a4, a5)
#define UlValidate_IMSLogon_OpenStatusEntry(a1, a2, a3, a4, a5) UlValidateParameters5(IMSLogon_OpenStatusEntry, a1, a2, a3, a4, a5)
#define CheckParameters_IMSLogon_OpenStatusEntry(a1, a2, a3, a4, a5) CheckParameters5(IMSLogon_OpenStatusEntry, a1, a2, a3, a4, a5)
#define Validate_IMAPIControl_GetLastError(a1, a2, a3, a4) ValidateParameters4(IMAPIControl_GetLastError, a1, a2, a3, a4)
#define UlValidate_IMAPIControl_GetLastError(a1, a2, a3, a4) UlValidateParameters4(IMAPIControl_GetLastError, a1, a2, a3, a4)
#define CheckParameters_IMAPIControl_GetLastError(a1, a2, a3, a4) CheckParameters4(IMAPIControl_GetLastError, a1, a2, a3, a4)
#define Validate_IMAPIControl_Activate(a1, a2, a3) ValidateParameters3(IMAPIControl_Activate, a1, a2, a3)
#define UlValidate_IMAPIControl_Activate(a1, a2, a3) UlValidateParameters3(IMAPIControl_Activate, a1, a2, a3)
#define CheckParameters_IMAPIControl_Activate(a1, a2, a3) CheckParameters3(IMAPIControl_Activate, a1, a2, a3)
#define Validate_IMAPIControl_GetState(a1, a2, a3) ValidateParameters3(IMAPIControl_GetState, a1, a2, a3)
#define UlValidate_IMAPIControl_GetState(a1, a2, a3) UlValidateParameters3(IMAPIControl_GetState, a1, a2, a3)
#define CheckParameters_IMAPIControl_GetState(a1, a2, a3) CheckParameters3(IMAPIControl_GetState, a1, a2, a3)
#define Validate_IMAPIStatus_ValidateState(a1, a2, a3) ValidateParameters3(IMAPIStatus_ValidateState, a1, a2, a3)
#define UlValidate_IMAPIStatus_ValidateState(a1, a2, a3) UlValidateParameters3(IMAPIStatus_ValidateState, a1, a2, a3)
#define CheckParameters_IMAPIStatus_ValidateState(a1, a2, a3) CheckParameters3(IMAPIStatus_ValidateState, a1, a2, a3)
#define Validate_IMAPIStatus_SettingsDialog(a1, a2, a3) ValidateParameters3(IMAPIStatus_SettingsDialog, a1, a2, a3)
#define UlValidate_IMAPIStatus_SettingsDialog(a1, a2, a3) UlValidateParameters3(IMAPIStatus_SettingsDialog, a1, a2, a3)
#define CheckParameters_IMAPIStatus_SettingsDialog(a1, a2, a3) CheckParameters3(IMAPIStatus_SettingsDialog, a1, a2, a3)
#define Validate_IMAPIStatus_ChangePassword(a1, a2, a3, a4) ValidateParameters4(IMAPIStatus_ChangePassword, a1, a2, a3, a4)
#define UlValidate_IMAPIStatus_ChangePassword(a1, a2, a3, a4) UlValidateParameters4(IMAPIStatus_ChangePassword, a1, a2, a3, a4)
#define CheckParameters_IMAPIStatus_ChangePassword(a1, a2, a3, a4) CheckParameters4(IMAPIStatus_ChangePassword, a1, a2, a3, a4)
#define Validate_IMAPIStatus_FlushQueues(a1, a2, a3, a4, a5) ValidateParameters5(IMAPIStatus_FlushQueues, a1, a2, a3, a4, a5)
#define UlValidate_IMAPIStatus_FlushQueues(a1, a2, a3, a4, a5) UlValidateParameters5(IMAPIStatus_FlushQueues, a1, a2, a3, a4, a5)
#define CheckParameters_IMAPIStatus_FlushQueues(a1, a2, a3, a4, a5) CheckParameters5(IMAPIStatus_FlushQueues, a1, a2, a3, a4, a5)
#define Validate_IStream_Read(a1, a2, a3, a4) ValidateParameters4(IStream__Read, a1, a2, a3, a4)
#define UlValidate_IStream_Read(a1, a2, a3, a4) UlValidateParameters4(IStream__Read, a1, a2, a3, a4)
#define CheckParameters_IStream_Read(a1, a2, a3, a4) CheckParameters4(IStream__Read, a1, a2, a3, a4)
#define Validate_IStream_Write(a1, a2, a3, a4) ValidateParameters4(IStream__Write, a1, a2, a3, a4)
#define UlValidate_IStream_Write(a1, a2, a3, a4) UlValidateParameters4(IStream__Write, a1, a2, a3, a4)
#define CheckParameters_IStream_Write(a1, a2, a3, a4) CheckParameters4(IStream__Write, a1, a2, a3, a4)
#define Validate_IStream_Seek(a1, a2, a3, a4) ValidateParameters4(IStream_Seek, a1, a2, a3, a4)
#define UlValidate_IStream_Seek(a1, a2, a3, a4) UlValidateParameters4(IStream_Seek, a1, a2, a3, a4)
#define CheckParameters_IStream_Seek(a1, a2, a3, a4) CheckParameters4(IStream_Seek, a1, a2, a3, a4)
#define Validate_IStream_SetSize(a1, a2) ValidateParameters2(IStream_SetSize, a1, a2)
#define UlValidate_IStream_SetSize(a1, a2) UlValidateParameters2(IStream_SetSize, a1, a2)
#define CheckParameters_IStream_SetSize(a1, a2) CheckParameters2(IStream_SetSize, a1, a2)
#define Validate_IStream_CopyTo(a1, a2, a3, a4, a5) ValidateParameters5(IStream_CopyTo, a1, a2, a3, a4, a5)
#define UlValidate_IStream_CopyTo(a1, a2, a3, a4, a5) UlValidateParameters5(IStream_CopyTo, a1, a2, a3, a4, a5)
#define CheckParameters_IStream_CopyTo(a1, a2, a3, a4, a5) CheckParameters5(IStream_CopyTo, a1, a2, a3, a4, a5)
#define Validate_IStream_Commit(a1, a2) ValidateParameters2(IStream_Commit, a1, a2)
#define UlValidate_IStream_Commit(a1, a2) UlValidateParameters2(IStream_Commit, a1, a2)
#define CheckParameters_IStream_Commit(a1, a2) CheckParameters2(IStream_Commit, a1, a2)
#define Validate_IStream_Revert(a1) ValidateParameters1(IStream_Revert, a1)
#define UlValidate_IStream_Revert(a1) UlValidateParameters1(IStream_Revert, a1)
#define CheckParameters_IStream_Revert(a1) CheckParameters1(IStream_Revert, a1)
#define Validate_IStream_LockRegion(a1, a2, a3, a4) ValidateParameters4(IStream_LockRegion, a1, a2, a3, a4)
#define UlValidate_IStream_LockRegion(a1, a2, a3, a4) UlValidateParameters4(IStream_LockRegion, a1, a2, a3, a4)
#define CheckParameters_IStream_LockRegion(a1, a2, a3, a4) CheckParameters4(IStream_LockRegion, a1, a2, a3, a4)
#define Validate_IStream_UnlockRegion(a1, a2, a3, a4) ValidateParameters4(IStream_UnlockRegion, a1, a2, a3, a4)
#define UlValidate_IStream_UnlockRegion(a1, a2, a3, a4) UlValidateParameters4(IStream_UnlockRegion, a1, a2, a3, a4)
#define CheckParameters_IStream_UnlockRegion(a1, a2, a3, a4) CheckParameters4(IStream_UnlockRegion, a1, a2, a3, a4)
#define Validate_IStream_Stat(a1, a2, a3) ValidateParameters3(IStream_Stat, a1, a2, a3)
#define UlValidate_IStream_Stat(a1, a2, a3) UlValidateParameters3(IStream_Stat, a1, a2, a3)
#define CheckParameters_IStream_Stat(a1, a2, a3) CheckParameters3(IStream_Stat, a1, a2, a3)
#define Validate_IStream_Clone(a1, a2) ValidateParameters2(IStream_Clone, a1, a2)
#define UlValidate_IStream_Clone(a1, a2) UlValidateParameters2(IStream_Clone, a1, a2)
#define CheckParameters_IStream_Clone(a1, a2) CheckParameters2(IStream_Clone, a1, a2)
#define Validate_IMAPIAdviseSink_OnNotify(a1, a2, a3) ValidateParameters3(IMAPIAdviseSink_OnNotify, a1, a2, a3)
#define UlValidate_IMAPIAdviseSink_OnNotify(a1, a2, a3) UlValidateParameters3(IMAPIAdviseSink_OnNotify, a1, a2, a3)
#define CheckParameters_IMAPIAdviseSink_OnNotify(a1, a2, a3) CheckParameters3(IMAPIAdviseSink_OnNotify, a1, a2, a3)
/* clang-format on */
/* @generated-end validate */

/*
 * Checks the arguments of eMethod that follow This, in the slots ppFirstArg
 * points to.  Returns S_OK, MAPI_E_INVALID_PARAMETER (a bad argument) or
 * MAPI_E_UNKNOWN_FLAGS, and says which argument on the calling thread's
 * record (GetLastError of the objects reads it).
 */
STDAPI HrValidateParameters(METHODS eMethod, LPVOID *ppFirstArg);

MAPIX_END_DECLS

#endif /* MAPIX_MAPIVAL_H */
