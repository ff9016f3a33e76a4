/*
 * guids.c - the one definition of every GUID the public headers declare
 * (interface IDs, property sets).  INITGUID turns mapiguid.h's
 * declarations into definitions, as on Windows.
 */
#define INITGUID
#include <mapiguid.h>
