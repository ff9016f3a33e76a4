/*
 * json.h - the little JSON output the mapix tool's commands share: string
 * literals, escaped so that any bytes a property or a name holds still
 * make a valid document.
 */
#ifndef MAPIX_CLI_JSON_H
#define MAPIX_CLI_JSON_H

#include <stddef.h>

/*
 * Prints s as a JSON string literal on stdout.  Quotes, backslashes and
 * control characters are escaped; bytes that are not UTF-8 become U+FFFD,
 * so the output is always valid UTF-8 JSON.
 */
void json_string(const char *s);

/* The same for the len bytes at s, which may hold NUL bytes. */
void json_string_len(const char *s, size_t len);

#endif
