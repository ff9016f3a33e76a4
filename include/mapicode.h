/*
 * mapicode.h - MAPI status codes.
 *
 * MAPI codes are HRESULTs in FACILITY_ITF, except the handful that alias the
 * generic OLE codes (E_FAIL, E_OUTOFMEMORY, ...).  MAPI_W_* values are
 * warnings: their severity bit is clear, so SUCCEEDED() is true for them.
 * The list itself lives in spec/errors.def; scripts/mapigen.py writes it into
 * the region below and into the name table the library uses for messages.
 */
#ifndef MAPIX_MAPICODE_H
#define MAPIX_MAPICODE_H

#include <mapiwin.h>

#define MAKE_MAPI_SCODE(sev, fac, code)                                        \
	((SCODE)(((ULONG)(sev) << 31) | ((ULONG)(fac) << 16) | ((ULONG)(code))))
#define MAKE_MAPI_E(code) MAKE_MAPI_SCODE(1, FACILITY_ITF, (code))
#define MAKE_MAPI_S(code) MAKE_MAPI_SCODE(0, FACILITY_ITF, (code))

#define SUCCESS_SUCCESS 0L
#define hrSuccess 0L

#define HR_SUCCEEDED(hr) SUCCEEDED((SCODE)(hr))
#define HR_FAILED(hr) FAILED((SCODE)(hr))

/* @generated-begin errors: do not edit; see scripts/mapigen.py */
/* @generated-end errors */

#endif /* MAPIX_MAPICODE_H */
