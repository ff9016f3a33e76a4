/*
 * fuzz_proffile.c - libFuzzer target for the profile file parser and
 * writer (src/profile/proffile.c).
 *
 * The input is a profile file.  What must hold for any input (the target
 * calls abort(), the fuzzer's crash signal, when it does not):
 * - proffile_parse() returns 0, or -EBADMSG, -EPERM, -EPROTO or -EFBIG
 *   with a message and no profile;
 * - a parsed profile formats to text that parses again to a profile that
 *   formats to the same text (the written form is canonical), with the
 *   same sections holding the same number of properties;
 * - the properties of every section, copied into a new profile with
 *   proffile_set_props(), format the same as the section did;
 * - every block allocated through alloc_*() is freed again.
 */
#include <errno.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include <mapix.h>

#include "alloc.h"
#include "proffile.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

static char *format_or_die(const struct proffile *pf, size_t *size_r)
{
	char *text;

	if (proffile_format(pf, &text, size_r) != 0)
		abort();
	return text;
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	long live = alloc_live();
	struct proffile *pf = NULL, *again = NULL, *copy = NULL;
	const char *error = NULL;
	char *text, *text2, *text3;
	size_t n1, n2, n3, i;
	int ret;

	ret =
	    proffile_parse("fuzz.prof", (const char *)data, size, &pf, &error);
	if (ret != 0) {
		if ((ret != -EBADMSG && ret != -EPERM && ret != -EPROTO &&
		     ret != -EFBIG) ||
		    pf != NULL || error == NULL ||
		    strncmp(error, "fuzz.prof", 9) != 0)
			abort();
		if (alloc_live() != live)
			abort();
		return 0;
	}
	text = format_or_die(pf, &n1);
	if (proffile_parse("again", text, n1, &again, &error) != 0)
		abort();
	text2 = format_or_die(again, &n2);
	if (n1 != n2 || memcmp(text, text2, n1) != 0)
		abort();
	if (proffile_section_count(pf) != proffile_section_count(again))
		abort();

	/* The values read back make the same profile through the API. */
	if (proffile_new(&copy) != 0)
		abort();
	for (i = 0; i < proffile_section_count(pf); i++) {
		const MAPIUID *uid = proffile_section_uid(pf, i);
		LPSPropValue props;
		ULONG count;

		if (proffile_get_props(again, uid, &count, &props) != 0)
			abort();
		if (proffile_add_section(copy, uid) != 0 ||
		    proffile_set_props(copy, uid, count, props, &error) != 0)
			abort();
		MAPIFreeBuffer(props);
	}
	text3 = format_or_die(copy, &n3);
	if (n3 != n1 || memcmp(text3, text, n1) != 0)
		abort();

	alloc_free(text);
	alloc_free(text2);
	alloc_free(text3);
	proffile_free(&copy);
	proffile_free(&again);
	proffile_free(&pf);
	if (alloc_live() != live)
		abort();
	return 0;
}
