/*
 * mapival.h - parameter validation macros of Windows MAPI.
 *
 * Windows providers wrap their methods in validation macros from this
 * header.  mapix validates inside its own methods, so the macros exist for
 * source compatibility: the checks compile to nothing and report success,
 * which is what a release build of Windows MAPI does for most of them.
 */
#ifndef MAPIX_MAPIVAL_H
#define MAPIX_MAPIVAL_H

#include <mapix.h>

#define Validate_IUnknown(pobj, method) ((void)0)
#define ValidateParameters(method, pobj) ((void)0)
#define ValidateParm(expr) ((void)0)
#define UlValidateParameters(method, pobj) 0
#define CheckParameters(method, pobj) ((void)0)
#define IsBadReadPtr(p, cb) ((p) == NULL && (cb) != 0)
#define IsBadWritePtr(p, cb) ((p) == NULL && (cb) != 0)
#define IsBadStringPtrA(p, cch) ((p) == NULL)

#endif /* MAPIX_MAPIVAL_H */
