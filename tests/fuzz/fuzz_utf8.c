/*
 * fuzz_utf8.c - libFuzzer target for the UTF-8 / UTF-16 codec
 * (src/core/utf8.c), which reads names, subjects and property strings
 * from files, stores and other programs.
 *
 * The input is read both as UTF-8 bytes and as UTF-16LE units.  What must
 * hold for any input (abort() otherwise):
 * - utf8_valid() agrees with walking utf8_decode() over the bytes, and
 *   with the strict conversion to UTF-16 succeeding;
 * - valid UTF-8 goes to UTF-16 and back to the same bytes;
 * - the replacing conversion never fails, its UTF-8 is always valid, and
 *   it gives one U+FFFD per byte the walk could not decode;
 * - measuring gives the length converting does, and a short buffer is
 *   never written past its end;
 * - utf16_valid() agrees with the strict UTF-16 -> UTF-8 conversion, and
 *   valid UTF-16 goes to UTF-8 and back to the same units;
 * - UTF_KEEP keeps the UTF-16 length of every surrogate (3 bytes each).
 */
#include <errno.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "alloc.h"
#include "utf8.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

static void check_utf8(const uint8_t *data, size_t size)
{
	const char *s = (const char *)data;
	size_t i = 0, bad = 0, units, n, len;
	bool valid = true;
	WCHAR *w;
	char *back;

	while (i < size) {
		uint32_t c;
		size_t k = utf8_decode(data + i, size - i, &c);

		if (k == 0) {
			valid = false;
			bad++;
			k = 1;
		} else if (k > 4 || c > UTF_MAX || utf_is_surrogate(c) ||
			   utf8_size(c) != k) {
			abort();
		}
		i += k;
	}
	if (utf8_valid(s, size) != valid)
		abort();
	if ((utf8_to_utf16(s, size, NULL, 0, UTF_REJECT, &units) == 0) != valid)
		abort();
	if (utf8_to_utf16(s, size, NULL, 0, UTF_REPLACE, &units) != 0)
		abort();
	w = malloc((units + 1) * sizeof(WCHAR));
	if (w == NULL)
		return;
	/* Half the room: nothing past it may be written. */
	w[units / 2] = 0x5A5A;
	if (utf8_to_utf16(s, size, w, units / 2, UTF_REPLACE, &n) != 0 ||
	    n != units || w[units / 2] != 0x5A5A)
		abort();
	if (utf8_to_utf16(s, size, w, units, UTF_REPLACE, &n) != 0 ||
	    n != units)
		abort();
	n = 0;
	for (i = 0; i < units; i++)
		n += w[i] == UTF_REPLACEMENT;
	if (n < bad)
		abort();
	/* Back to UTF-8: valid, and the same bytes when they were. */
	if (utf16_to_utf8(w, units, NULL, 0, UTF_REJECT, &len) != 0)
		abort();
	back = malloc(len + 1);
	if (back != NULL) {
		if (utf16_to_utf8(w, units, back, len, UTF_REJECT, &n) != 0 ||
		    n != len || !utf8_valid(back, len))
			abort();
		if (valid && (len != size || memcmp(back, s, size) != 0))
			abort();
		free(back);
	}
	free(w);
}

static void check_utf16(const uint8_t *data, size_t size)
{
	size_t units = size / 2, i, len, n, surrogates = 0;
	WCHAR *w = malloc((units + 1) * sizeof(WCHAR));
	WCHAR *again;
	char *u8;
	bool valid;

	if (w == NULL)
		return;
	for (i = 0; i < units; i++)
		w[i] = (WCHAR)(data[2 * i] | data[2 * i + 1] << 8);
	valid = utf16_valid(w, units);
	if ((utf16_to_utf8(w, units, NULL, 0, UTF_REJECT, &len) == 0) != valid)
		abort();
	for (i = 0; i < units;) {
		if (utf_is_surrogate(utf16_next(w, units, &i)))
			surrogates++;
	}
	if ((surrogates == 0) != valid)
		abort();
	if (utf16_to_utf8(w, units, NULL, 0, UTF_KEEP, &len) != 0 ||
	    utf16_to_utf8(w, units, NULL, 0, UTF_REPLACE, &n) != 0 || n != len)
		abort();
	u8 = malloc(len + 1);
	if (u8 == NULL) {
		free(w);
		return;
	}
	if (utf16_to_utf8(w, units, u8, len, UTF_REPLACE, &n) != 0 ||
	    n != len || !utf8_valid(u8, len))
		abort();
	if (valid) {
		again = malloc((units + 1) * sizeof(WCHAR));
		if (again != NULL) {
			if (utf8_to_utf16(u8, len, again, units, UTF_REJECT,
					  &n) != 0 ||
			    n != units ||
			    memcmp(again, w, units * sizeof(WCHAR)) != 0)
				abort();
			free(again);
		}
	}
	free(u8);
	free(w);
}

static void check_tstr(const uint8_t *data, size_t size)
{
	char *s = malloc(size + 1), *out = NULL;
	int ret;

	if (s == NULL)
		return;
	memcpy(s, data, size);
	s[size] = '\0';
	ret = utf8_from_tstr(s, false, UTF_REJECT, &out);
	if (ret == 0) {
		if (!utf8_valid(s, strlen(s)) || strcmp(out, s) != 0)
			abort();
		alloc_free(out);
	} else if (ret != -EILSEQ || out != NULL || utf8_valid(s, strlen(s))) {
		abort();
	}
	free(s);
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	check_utf8(data, size);
	check_utf16(data, size);
	check_tstr(data, size);
	return 0;
}
