/*
 * profile_service.c - the service commands of `mapix profile`
 * (profile.h): service list, add, remove and configure, through
 * IMsgServiceAdmin(2) as a Windows program would call them, and the
 * PROP=VALUE arguments they take, each read as its tag's type asks.
 */
#include <errno.h>
#include <stdbool.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include <mapiutil.h>
#include <mapix.h>

#include "alloc.h"
#include "cli.h"
#include "print.h"
#include "profile.h"
#include "row.h"
#include "tagname.h"
#include "ustring.h"

/* ---------------------------------------------------------------------
 * PROP=VALUE
 */

/*
 * Parses an integer: decimal with an optional '-', or 0x and hex digits
 * (the two's-complement bits, as the profile file writes them).  The
 * value must lie in [min, max] or, given in hex, fit in bits bits.
 */
static bool parse_int(const char *s, int bits, long long min, long long max,
		      long long *v_r)
{
	unsigned long long u;
	char *end;

	errno = 0;
	if (s[0] == '0' && (s[1] == 'x' || s[1] == 'X')) {
		if (s[2] == '\0' || s[2] == '-' || s[2] == '+')
			return false;
		u = strtoull(s + 2, &end, 16);
		if (errno != 0 || *end != '\0')
			return false;
		if (bits < 64 && u >> bits != 0)
			return false;
		/* Sign-extend the two's-complement bits. */
		if (bits < 64 && (u >> (bits - 1)) != 0)
			*v_r = (long long)u - (1ll << bits);
		else
			*v_r = (long long)u;
		return true;
	}
	if (s[0] == '\0' || s[0] == '+' || s[0] == ' ')
		return false;
	*v_r = strtoll(s, &end, 10);
	return errno == 0 && *end == '\0' && *v_r >= min && *v_r <= max;
}

static bool parse_bool(const char *s, unsigned short *v_r)
{
	if (strcasecmp(s, "true") == 0 || strcmp(s, "1") == 0)
		*v_r = 1;
	else if (strcasecmp(s, "false") == 0 || strcmp(s, "0") == 0)
		*v_r = 0;
	else
		return false;
	return true;
}

/* A service's UID given as 32 hex digits; false for anything else. */
static bool parse_uid(const char *s, MAPIUID *uid)
{
	return strlen(s) == UID_HEX_LEN && FBinFromHex((LPTSTR)s, uid->ab);
}

/*
 * Parses PROP=VALUE into *pv; memory the value needs is allocated with
 * MAPIAllocateMore on base, so freeing base frees everything.  Returns 0,
 * or prints why the argument is wrong and returns EXIT_USAGE (or
 * EXIT_FAILED when memory runs out).
 */
static int parse_prop(const struct pcmd *cmd, const char *arg, LPVOID base,
		      SPropValue *pv)
{
	const char *eq = strchr(arg, '='), *value, *tname;
	char name[128];
	long long v;
	ULONG tag;
	size_t len;

	if (eq == NULL || eq == arg)
		return profile_usage_error(cmd, "'%s' is not PROP=VALUE", arg);
	len = (size_t)(eq - arg);
	if (len >= sizeof(name))
		return profile_usage_error(cmd, "unknown property '%.*s'",
					   (int)len, arg);
	memcpy(name, arg, len);
	name[len] = '\0';
	value = eq + 1;
	if (tagname_parse(name, &tag) < 0)
		return profile_usage_error(cmd, "unknown property '%s'", name);
	memset(pv, 0, sizeof(*pv));
	pv->ulPropTag = tag;
	switch (PROP_TYPE(tag)) {
	case PT_STRING8:
		len = strlen(value) + 1;
		if (MAPIAllocateMore((ULONG)len, base,
				     (LPVOID *)&pv->Value.lpszA) != S_OK)
			return print_report(PRINT_OBJ_NONE, NULL,
					    MAPI_E_NOT_ENOUGH_MEMORY, "%s",
					    name);
		memcpy(pv->Value.lpszA, value, len);
		return 0;
	case PT_UNICODE: {
		WCHAR *w = ustr_from_utf8(value);

		if (w == NULL)
			return print_report(PRINT_OBJ_NONE, NULL,
					    MAPI_E_NOT_ENOUGH_MEMORY, "%s",
					    name);
		len = (ustr_wlen(w) + 1) * sizeof(WCHAR);
		if (MAPIAllocateMore((ULONG)len, base,
				     (LPVOID *)&pv->Value.lpszW) != S_OK) {
			alloc_free(w);
			return print_report(PRINT_OBJ_NONE, NULL,
					    MAPI_E_NOT_ENOUGH_MEMORY, "%s",
					    name);
		}
		memcpy(pv->Value.lpszW, w, len);
		alloc_free(w);
		return 0;
	}
	case PT_I2:
		if (!parse_int(value, 16, INT16_MIN, INT16_MAX, &v))
			break;
		pv->Value.i = (short)v;
		return 0;
	case PT_LONG:
		if (!parse_int(value, 32, INT32_MIN, INT32_MAX, &v))
			break;
		pv->Value.l = (LONG)v;
		return 0;
	case PT_I8:
		if (!parse_int(value, 64, INT64_MIN, INT64_MAX, &v))
			break;
		pv->Value.li.QuadPart = v;
		return 0;
	case PT_BOOLEAN:
		if (!parse_bool(value, &pv->Value.b))
			break;
		return 0;
	case PT_BINARY:
		len = strlen(value);
		if (len % 2 != 0 || len / 2 > UINT32_MAX)
			break;
		pv->Value.bin.cb = (ULONG)(len / 2);
		if (len == 0)
			return 0;
		if (MAPIAllocateMore(pv->Value.bin.cb, base,
				     (LPVOID *)&pv->Value.bin.lpb) != S_OK)
			return print_report(PRINT_OBJ_NONE, NULL,
					    MAPI_E_NOT_ENOUGH_MEMORY, "%s",
					    name);
		if (!FBinFromHex((LPTSTR)value, pv->Value.bin.lpb))
			break;
		return 0;
	default:
		tname = tagname_type_name(PROP_TYPE(tag));
		return profile_usage_error(
		    cmd,
		    "%s: properties of type %s cannot be set "
		    "here",
		    name, tname != NULL ? tname : "unknown");
	}
	tname = tagname_type_name(PROP_TYPE(tag));
	return profile_usage_error(cmd, "%s: '%s' is not a valid %s value",
				   name, value, tname != NULL ? tname : "");
}

/*
 * Parses the PROP=VALUE arguments into one MAPIAllocateBuffer block in
 * *props_r (NULL when there are none).  Returns 0 or an exit status.
 */
static int parse_props(const struct pcmd *cmd, int argc, char **argv,
		       LPSPropValue *props_r)
{
	LPSPropValue props = NULL;
	int i, ret;

	*props_r = NULL;
	if (argc == 0)
		return 0;
	if (MAPIAllocateBuffer((ULONG)(sizeof(SPropValue) * (size_t)argc),
			       (LPVOID *)&props) != S_OK)
		return print_report(PRINT_OBJ_NONE, NULL,
				    MAPI_E_NOT_ENOUGH_MEMORY, "properties");
	for (i = 0; i < argc; i++) {
		ret = parse_prop(cmd, argv[i], props, &props[i]);
		if (ret != 0) {
			MAPIFreeBuffer(props);
			return ret;
		}
	}
	*props_r = props;
	return 0;
}

/* ---------------------------------------------------------------------
 * The service commands
 */

int profile_service_rows(LPSERVICEADMIN sa, const char *profile, bool providers,
			 LPSRowSet *rows_r)
{
	const char *what = providers ? "providers" : "services";
	LPMAPITABLE table = NULL;
	HRESULT hr;
	int ret = 0;

	*rows_r = NULL;
	if (providers)
		hr = IMsgServiceAdmin_GetProviderTable(sa, 0, &table);
	else
		hr = IMsgServiceAdmin_GetMsgServiceTable(sa, 0, &table);
	if (FAILED(hr))
		return print_report(PRINT_OBJ_SVCADMIN, sa, hr,
				    "profile '%s': list %s", profile, what);
	hr = HrQueryAllRows(table, NULL, NULL, NULL, 0, rows_r);
	if (FAILED(hr)) {
		*rows_r = NULL;
		ret = print_report(PRINT_OBJ_TABLE, table, hr,
				   "profile '%s': list %s", profile, what);
	}
	IMAPITable_Release(table);
	return ret;
}

/*
 * Finds a service by UID (32 hex digits) or by service name (case does
 * not matter; it must be the only service of that name).  Returns 0 or
 * EXIT_FAILED after printing why.
 */
static int find_service(LPSERVICEADMIN sa, const char *profile,
			const char *which, MAPIUID *uid)
{
	LPSRowSet rows = NULL;
	unsigned int found = 0;
	ULONG i;
	int ret;

	if (parse_uid(which, uid))
		return 0;
	ret = profile_service_rows(sa, profile, false, &rows);
	if (ret != 0)
		return ret;
	for (i = 0; i < rows->cRows; i++) {
		const SRow *row = &rows->aRow[i];
		char *sname = row_string(row, PR_SERVICE_NAME);
		const BYTE *suid = profile_row_uid(row, PR_SERVICE_UID);

		if (sname != NULL && suid != NULL &&
		    strcasecmp(sname, which) == 0 && found++ == 0)
			memcpy(uid->ab, suid, sizeof(uid->ab));
		alloc_free(sname);
	}
	FreeProws(rows);
	if (found == 0)
		return print_report(PRINT_OBJ_NONE, NULL, MAPI_E_NOT_FOUND,
				    "profile '%s': no service '%s'", profile,
				    which);
	if (found > 1) {
		fprintf(stderr,
			"mapix: profile '%s': %u services are named '%s'; "
			"give the UID ('mapix profile service list %s')\n",
			profile, found, which, profile);
		return EXIT_FAILED;
	}
	return 0;
}

int profile_cmd_service_list(const struct pcmd *cmd, struct pcmd_args *a,
			     struct profile_session *s)
{
	char hex[UID_HEX_SIZE];
	char *profile = a->pos[0];
	LPSERVICEADMIN sa = NULL;
	LPSRowSet rows = NULL;
	ULONG i;
	int ret = 0;

	(void)cmd;
	ret = profile_open_services(s, profile, &sa);
	if (ret == 0)
		ret = profile_service_rows(sa, profile, false, &rows);
	if (ret == 0) {
		if (a->json)
			putchar('[');
		else if (rows->cRows > 0)
			printf("%-32s  %-16s %s\n", "UID", "SERVICE",
			       "DISPLAY NAME");
		for (i = 0; i < rows->cRows; i++) {
			const SRow *row = &rows->aRow[i];
			const BYTE *suid = profile_row_uid(row, PR_SERVICE_UID);
			char *sname = row_string(row, PR_SERVICE_NAME);
			char *dname = row_string(row, PR_DISPLAY_NAME);

			if (suid != NULL)
				HexFromBin((LPBYTE)suid, sizeof(MAPIUID), hex);
			else
				hex[0] = '\0';
			if (a->json) {
				printf("%s{\"uid\":\"%s\",\"service_name\":",
				       i > 0 ? "," : "", hex);
				print_json_string(sname);
				fputs(",\"display_name\":", stdout);
				print_json_string(dname);
				printf(",\"resource_flags\":%d}",
				       row_long(row, PR_RESOURCE_FLAGS));
			} else {
				printf("%-32s  %-16s %s\n", hex,
				       sname != NULL ? sname : "",
				       dname != NULL ? dname : "");
			}
			alloc_free(sname);
			alloc_free(dname);
		}
		if (a->json)
			puts("]");
	}
	FreeProws(rows);
	if (sa != NULL)
		IMsgServiceAdmin_Release(sa);
	return ret;
}

int profile_cmd_service_add(const struct pcmd *cmd, struct pcmd_args *a,
			    struct profile_session *s)
{
	char *profile = a->pos[0], *service = a->pos[1];
	char hex[UID_HEX_SIZE];
	LPSERVICEADMIN sa = NULL;
	LPSERVICEADMIN2 sa2 = NULL;
	LPSPropValue props = NULL;
	MAPIUID uid;
	HRESULT hr;
	int ret = 0;

	/* The properties first: a typo must change nothing. */
	ret = parse_props(cmd, a->npos - 2, a->pos + 2, &props);
	if (ret == 0)
		ret = profile_open_services(s, profile, &sa);
	if (ret != 0)
		goto out;
	hr = IMsgServiceAdmin_QueryInterface(sa, &IID_IMsgServiceAdmin2,
					     (LPVOID *)&sa2);
	if (FAILED(hr)) {
		sa2 = NULL;
		ret = print_report(PRINT_OBJ_NONE, NULL, hr,
				   "profile '%s': IMsgServiceAdmin2", profile);
		goto out;
	}
	memset(&uid, 0, sizeof(uid));
	hr = IMsgServiceAdmin2_CreateMsgServiceEx(sa2, service, a->display_name,
						  0, 0, &uid);
	if (FAILED(hr)) {
		ret = print_report(PRINT_OBJ_SVCADMIN, sa, hr,
				   "profile '%s': add service '%s'", profile,
				   service);
		goto out;
	}
	if (props != NULL) {
		hr = IMsgServiceAdmin_ConfigureMsgService(
		    sa, &uid, 0, 0, (ULONG)(a->npos - 2), props);
		if (FAILED(hr)) {
			ret =
			    print_report(PRINT_OBJ_SVCADMIN, sa, hr,
					 "profile '%s': configure service '%s'",
					 profile, service);
			/* All or nothing: no half-configured service stays. */
			(void)IMsgServiceAdmin_DeleteMsgService(sa, &uid);
			goto out;
		}
	}
	HexFromBin(uid.ab, sizeof(uid.ab), hex);
	if (a->json)
		printf("{\"uid\":\"%s\"}\n", hex);
	else
		printf("%s\n", hex);
out:
	MAPIFreeBuffer(props);
	if (sa2 != NULL)
		IMsgServiceAdmin2_Release(sa2);
	if (sa != NULL)
		IMsgServiceAdmin_Release(sa);
	return ret;
}

/* service remove and service configure: find the service, then act. */
int profile_cmd_service_edit(const struct pcmd *cmd, struct pcmd_args *a,
			     struct profile_session *s)
{
	bool configure = strcmp(cmd->name, "service configure") == 0;
	char *profile = a->pos[0], *which = a->pos[1];
	LPSERVICEADMIN sa = NULL;
	LPSPropValue props = NULL;
	MAPIUID uid;
	HRESULT hr;
	int ret = 0;

	if (configure)
		ret = parse_props(cmd, a->npos - 2, a->pos + 2, &props);
	if (ret == 0)
		ret = profile_open_services(s, profile, &sa);
	if (ret == 0)
		ret = find_service(sa, profile, which, &uid);
	if (ret != 0)
		goto out;
	if (configure)
		hr = IMsgServiceAdmin_ConfigureMsgService(
		    sa, &uid, 0, 0, (ULONG)(a->npos - 2), props);
	else
		hr = IMsgServiceAdmin_DeleteMsgService(sa, &uid);
	if (FAILED(hr))
		ret = print_report(PRINT_OBJ_SVCADMIN, sa, hr,
				   "profile '%s': %s service '%s'", profile,
				   configure ? "configure" : "remove", which);
out:
	MAPIFreeBuffer(props);
	if (sa != NULL)
		IMsgServiceAdmin_Release(sa);
	return ret;
}
