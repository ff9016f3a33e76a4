/*
 * rtftext.h - plain text from RTF and RTF from plain text, for RTFSync
 * (keeping PR_BODY and PR_RTF_COMPRESSED of a message in step).
 *
 * rtf_to_text() reads RTF as the MSFT-RTF specification lays it out:
 * groups, control words and symbols; it keeps the document's text,
 * turns \par and \line into line breaks and \tab into a tab, decodes
 * \'hh (in the \ansicpg code page: 1252 or Latin-1) and \uN (with its
 * \ucN fallback skipped), and leaves out destinations that are not text
 * (font, color and style tables, \info, \pict, \* groups).  It does not
 * render: tables, fields and layout become their plain text.
 *
 * text_to_rtf() wraps UTF-8 text in a minimal RTF document (one font,
 * \par for each line break), escaping '\', '{', '}' and writing
 * characters outside ASCII as \uN with a '?' fallback.
 *
 * Both return 0 with a new alloc_malloc() NUL-terminated string, or a
 * negative errno (-ENOMEM; -EINVAL for input that is not RTF).
 */
#ifndef MAPIX_CORE_RTFTEXT_H
#define MAPIX_CORE_RTFTEXT_H

#include <stddef.h>

int rtf_to_text(const char *rtf, size_t len, char **text_r, size_t *len_r);
int text_to_rtf(const char *text, size_t len, char **rtf_r, size_t *len_r);

#endif
