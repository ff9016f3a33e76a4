/*
 * guids.c - the one definition of every GUID the public headers declare
 * (interface IDs, property sets).  INITGUID turns the declarations of
 * mapiguid.h, edkguid.h and mapiaux.h into definitions, as on Windows.
 */
#define INITGUID
#include <mapiguid.h>
#include <edkguid.h>
#include <mapiaux.h>
