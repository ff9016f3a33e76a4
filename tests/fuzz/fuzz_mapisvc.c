/*
 * fuzz_mapisvc.c - libFuzzer target for the service catalog parser and
 * writer (src/profile/mapisvc.c).
 *
 * The input is a MAPISVC.INF file.  What must hold for any input (the
 * target calls abort(), the fuzzer's crash signal, when it does not):
 * - mapisvc_parse() returns 0, or -EBADMSG / -EFBIG with a message and no
 *   catalog;
 * - a parsed catalog formats back to the input's very bytes, and that
 *   text parses again;
 * - every look-up of every service and section succeeds;
 * - each edit below either succeeds, and the result formats to text that
 *   parses again, or fails and leaves the catalog's text unchanged;
 * - every block allocated through alloc_*() is freed again.
 */
#include <errno.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include <mapix.h>

#include "alloc.h"
#include "mapisvc.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

static char *format_or_die(const struct mapisvc *svc, size_t *size_r)
{
	char *text;
	size_t size;

	if (mapisvc_format(svc, &text, &size) != 0)
		abort();
	if (size_r != NULL)
		*size_r = size;
	return text;
}

static void reparse_or_die(const struct mapisvc *svc)
{
	struct mapisvc *again = NULL;
	const char *error = NULL;
	size_t size;
	char *text = format_or_die(svc, &size);

	if (mapisvc_parse("again.inf", text, size, &again, &error) != 0)
		abort();
	mapisvc_free(&again);
	alloc_free(text);
}

/* Runs one edit's result through the checks above. */
static void check_edit(struct mapisvc *svc, const char *before, int ret)
{
	char *now;

	if (ret == 0) {
		reparse_or_die(svc);
		return;
	}
	if (ret != -EINVAL && ret != -EEXIST && ret != -ENOENT)
		abort();
	now = format_or_die(svc, NULL);
	if (strcmp(now, before) != 0)
		abort();
	alloc_free(now);
}

static void look_up_all(const struct mapisvc *svc)
{
	size_t i, j, count;

	for (i = 0; i < mapisvc_service_count(svc); i++) {
		const char *name = mapisvc_service_name(svc, i);
		const char *const *names;
		LPSPropValue props;
		ULONG n;
		MAPIUID uid;

		if (name == NULL ||
		    mapisvc_service_display_name(svc, name) == NULL)
			abort();
		(void)mapisvc_service_is_default(svc, name);
		(void)mapisvc_help_file(svc, name);
		if (mapisvc_section_props(svc, name, &n, &props, NULL) != 0)
			abort();
		MAPIFreeBuffer(props);
		if (mapisvc_service_providers(svc, name, &names, &count) != 0 ||
		    count == 0)
			abort();
		for (j = 0; j < count; j++) {
			if (mapisvc_section_props(svc, names[j], &n, &props,
						  NULL) != 0)
				abort();
			MAPIFreeBuffer(props);
			(void)mapisvc_section_uid(svc, names[j], &uid);
		}
		if (mapisvc_service_sections(svc, name, &names, &count) != 0)
			abort();
		for (j = 0; j < count; j++) {
			if (mapisvc_section_props(svc, names[j], &n, &props,
						  NULL) != 0)
				abort();
			MAPIFreeBuffer(props);
		}
	}
}

static void edit_all(struct mapisvc *svc)
{
	SPropValue pv[2];
	struct mapisvc_provider p = {"FUZZ_P", 1, pv};
	const char *error = NULL;
	char *before, first[128] = "";
	int ret;

	pv[0].ulPropTag = PR_RESOURCE_TYPE;
	pv[0].Value.l = MAPI_STORE_PROVIDER;
	pv[1].ulPropTag = PR_DISPLAY_NAME_A;
	pv[1].Value.lpszA = "fuzz";
	if (mapisvc_service_count(svc) > 0)
		strncpy(first, mapisvc_service_name(svc, 0), sizeof(first) - 1);

	before = format_or_die(svc, NULL);
	ret = mapisvc_add_service(svc, "FUZZ", "Fuzz", MAPISVC_DEFAULT, 1,
				  pv + 1, &p, 1, &error);
	check_edit(svc, before, ret);
	alloc_free(before);
	if (ret == 0 && (mapisvc_service_display_name(svc, "FUZZ") == NULL ||
			 !mapisvc_service_is_default(svc, "FUZZ") ||
			 !mapisvc_has_section(svc, "FUZZ_P")))
		abort(); /* added, but not as asked */

	before = format_or_die(svc, NULL);
	ret = mapisvc_set_props(svc, first[0] != '\0' ? first : "FUZZ", 2, pv,
				&error);
	check_edit(svc, before, ret);
	alloc_free(before);

	before = format_or_die(svc, NULL);
	ret = mapisvc_delete_props(svc, "FUZZ_P", 1, &pv[0].ulPropTag, &error);
	check_edit(svc, before, ret);
	alloc_free(before);

	if (first[0] != '\0') {
		before = format_or_die(svc, NULL);
		ret = mapisvc_set_default(
		    svc, first, !mapisvc_service_is_default(svc, first),
		    &error);
		check_edit(svc, before, ret);
		alloc_free(before);

		before = format_or_die(svc, NULL);
		ret = mapisvc_remove_service(svc, first, &error);
		check_edit(svc, before, ret);
		alloc_free(before);
		if (ret == 0 &&
		    (mapisvc_service_display_name(svc, first) != NULL ||
		     mapisvc_has_section(svc, first)))
			abort(); /* removed, but still there */
	}
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	long live = alloc_live();
	struct mapisvc *svc = NULL;
	const char *error = NULL;
	size_t out_size;
	char *text;
	int ret;

	ret = mapisvc_parse("fuzz.inf", (const char *)data, size, &svc, &error);
	if (ret != 0) {
		if ((ret != -EBADMSG && ret != -EFBIG) || svc != NULL ||
		    error == NULL || strncmp(error, "fuzz.inf", 8) != 0)
			abort();
		if (alloc_live() != live)
			abort();
		return 0;
	}
	/* Untouched, the catalog is the input, byte for byte. */
	text = format_or_die(svc, &out_size);
	if (out_size != size || (size > 0 && memcmp(text, data, size) != 0))
		abort();
	alloc_free(text);
	reparse_or_die(svc);
	look_up_all(svc);
	edit_all(svc);
	look_up_all(svc);
	mapisvc_free(&svc);
	if (alloc_live() != live)
		abort();
	return 0;
}
