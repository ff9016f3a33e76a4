/*
 * profadmin_stub.c - TEMPORARY: MAPIAdminProfiles until the profile
 * administration API lands from main; removed at that merge.
 */
#include <mapix.h>

HRESULT MAPIAdminProfiles(ULONG ulFlags, LPPROFADMIN *lppProfAdmin)
{
	(void)ulFlags;
	if (lppProfAdmin != NULL)
		*lppProfAdmin = NULL;
	return MAPI_E_NO_SUPPORT;
}
