/*
 * str.c - the string buffer of str.h, on a growable array of char whose
 * room always holds one byte more than the text: its NUL.
 */
#include "str.h"

#include <stdio.h>
#include <string.h>

#include "alloc.h"

const char *str_c(const struct str *s)
{
	return s->chars.v != NULL ? s->chars.v : "";
}

size_t str_len(const struct str *s)
{
	return array_count(&s->chars);
}

int str_append_n(struct str *s, const char *text, size_t n)
{
	size_t len = array_count(&s->chars);

	/* Room for the NUL too; the NUL is not counted. */
	if (n == SIZE_MAX || array_reserve(&s->chars, n + 1) < 0)
		return -ENOMEM;
	if (n != 0)
		memcpy(s->chars.v + len, text, n);
	s->chars.v[len + n] = '\0';
	s->chars.a.count = len + n;
	return 0;
}

int str_append(struct str *s, const char *text)
{
	return str_append_n(s, text, strlen(text));
}

int str_append_c(struct str *s, char c)
{
	return str_append_n(s, &c, 1);
}

int str_vprintfa(struct str *s, const char *fmt, va_list args)
{
	size_t len = array_count(&s->chars), room;
	va_list again;
	int n;

	/* First in the room there is: most appends fit. */
	room = s->chars.v != NULL ? array_capacity(&s->chars) - len : 0;
	va_copy(again, args);
	n = vsnprintf(room != 0 ? s->chars.v + len : NULL, room, fmt, args);
	if (n >= 0 && (size_t)n >= room) {
		if (array_reserve(&s->chars, (size_t)n + 1) < 0) {
			/* A cut copy went into the room: end the text again. */
			if (room != 0)
				s->chars.v[len] = '\0';
			va_end(again);
			return -ENOMEM;
		}
		n = vsnprintf(s->chars.v + len, (size_t)n + 1, fmt, again);
	}
	va_end(again);
	if (n < 0) {
		if (s->chars.v != NULL)
			s->chars.v[len] = '\0';
		return -ENOMEM;
	}
	s->chars.a.count = len + (size_t)n;
	return 0;
}

int str_printfa(struct str *s, const char *fmt, ...)
{
	va_list args;
	int ret;

	va_start(args, fmt);
	ret = str_vprintfa(s, fmt, args);
	va_end(args);
	return ret;
}

void str_truncate(struct str *s, size_t len)
{
	array_truncate(&s->chars, len);
	if (s->chars.v != NULL)
		s->chars.v[len] = '\0';
}

char *str_steal(struct str *s)
{
	char *text = s->chars.v;

	if (text == NULL)
		return alloc_strdup("");
	s->chars.a.data = NULL;
	s->chars.a.count = 0;
	s->chars.a.cap = 0;
	return text;
}

void str_free(struct str *s)
{
	array_free(&s->chars);
}
