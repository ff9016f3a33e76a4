/*
 * fuzz_cliquery.c - libFuzzer target for the query syntax of `mapix ls`
 * (src/cli/query.c): --where, --sort, --columns and put's --set.
 *
 * Input: one byte naming the parser, then the text (up to the first NUL):
 *   's' --sort, 'c' --columns, 'a' --set (TAG=VALUE), anything else
 *   --where.  The upper-case letters 'W', 'S', 'C', 'A' pick the same
 *   parser and take one more byte n: allocation number n + 1 fails.
 * The target checks what must hold for any text and calls abort() (the
 * fuzzer's crash signal) when something does not:
 * - the parser returns 0, -EINVAL, or -ENOMEM only when a failure was
 *   injected; the result pointer is set exactly on success;
 * - an error has a message and a position inside the text (or at its
 *   end);
 * - a restriction or sort order it returns passes res_validate /
 *   sort_validate, so IMAPITable gets nothing malformed;
 * - parsing the same text again gives the same answer;
 * - every block allocated through alloc_*() is freed again.
 */
#include <errno.h>
#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include <mapidefs.h>
#include <mapix.h>

#include "alloc.h"
#include "query.h"
#include "restriction.h"
#include "sortorder.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

/* One parse; returns its status and fills *err.  Checks the result. */
static int parse_once(char kind, const char *text, struct query_error *err)
{
	LPSRestriction res = NULL;
	LPSSortOrderSet sos = NULL;
	LPSPropTagArray tags = NULL;
	LPSPropValue value = NULL;
	void *base = NULL;
	bool got;
	int ret;

	switch (kind) {
	case 's':
		ret = query_parse_sort(text, &sos, err);
		got = sos != NULL;
		if (ret == 0 && sort_validate(sos, NULL) != 0)
			abort();
		MAPIFreeBuffer(sos);
		break;
	case 'c':
		ret = query_parse_columns(text, &tags, err);
		got = tags != NULL;
		if (ret == 0 && tags->cValues == 0)
			abort();
		MAPIFreeBuffer(tags);
		break;
	case 'a':
		if (MAPIAllocateBuffer(1, &base) != S_OK)
			return -ENOMEM;
		ret = query_parse_assignment(text, base, &value, err);
		got = value != NULL;
		MAPIFreeBuffer(base);
		break;
	default:
		ret = query_parse_where(text, &res, err);
		got = res != NULL;
		if (ret == 0 && res_validate(res, NULL) != 0)
			abort();
		MAPIFreeBuffer(res);
		break;
	}
	if (got != (ret == 0))
		abort();
	if (ret == -EINVAL && (err->msg[0] == '\0' || err->pos > strlen(text)))
		abort();
	return ret;
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	struct query_error err1, err2;
	long live = alloc_live();
	unsigned long fail_at = 0;
	char kind, *text;
	int r1, r2;

	if (size == 0)
		return 0;
	kind = (char)data[0];
	data++;
	size--;
	if (kind == 'W' || kind == 'S' || kind == 'C' || kind == 'A') {
		kind = (char)(kind - 'A' + 'a');
		if (size == 0)
			return 0;
		fail_at = (unsigned long)data[0] + 1;
		data++;
		size--;
	}
	text = malloc(size + 1);
	if (text == NULL)
		return 0;
	memcpy(text, data, size);
	text[size] = '\0';

	alloc_fail_after(fail_at);
	r1 = parse_once(kind, text, &err1);
	alloc_fail_after(0);
	if (r1 != 0 && r1 != -EINVAL && r1 != -ENOMEM)
		abort();
	if (r1 == -ENOMEM && fail_at == 0)
		abort();
	if (alloc_live() != live)
		abort();
	/* Without injected failures the answer is the same every time. */
	if (r1 != -ENOMEM) {
		r2 = parse_once(kind, text, &err2);
		if (r2 != r1 ||
		    (r1 == -EINVAL &&
		     (err1.pos != err2.pos || strcmp(err1.msg, err2.msg) != 0)))
			abort();
		if (alloc_live() != live)
			abort();
	}
	free(text);
	return 0;
}
