/*
 * mapispi.h - the service-provider side of MAPI: message-service entry
 * points and their contexts.
 *
 * mapix registers its providers in-process by name (no DLL loading), but a
 * provider is still written to this entry-point shape, so code that
 * configures services the Windows way keeps working.
 */
#ifndef MAPIX_MAPISPI_H
#define MAPIX_MAPISPI_H

#include <mapix.h>

MAPIX_BEGIN_DECLS

typedef struct IMAPISupport IMAPISupport;
typedef IMAPISupport FAR *LPMAPISUP;

/* ulContext of a message-service entry point. */
#define MSG_SERVICE_INSTALL 0x00000001
#define MSG_SERVICE_CREATE 0x00000002
#define MSG_SERVICE_CONFIGURE 0x00000003
#define MSG_SERVICE_DELETE 0x00000004
#define MSG_SERVICE_UNINSTALL 0x00000005
#define MSG_SERVICE_PROVIDER_CREATE 0x00000006
#define MSG_SERVICE_PROVIDER_DELETE 0x00000007

#define MSG_SERVICE_UI_READ_ONLY 0x00000008
#define SERVICE_LOGON_FAILED 0x00000020

typedef HRESULT(STDAPICALLTYPE MSGSERVICEENTRY)(
	HINSTANCE hInstance, LPMALLOC lpMalloc, LPMAPISUP lpMAPISup,
	ULONG_PTR ulUIParam, ULONG ulFlags, ULONG ulContext, ULONG cValues,
	LPSPropValue lpProps, LPPROVIDERADMIN lpProviderAdmin,
	LPMAPIERROR FAR *lppMapiError);
typedef MSGSERVICEENTRY FAR *LPMSGSERVICEENTRY;

MAPIX_END_DECLS

#endif /* MAPIX_MAPISPI_H */
