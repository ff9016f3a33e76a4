/*
 * strutil.c - mapiutil.h's C run-time substitutes (SzFindCh, SzFindLastCh,
 * SzFindSz, UFromSz), its UNC path conversions, and the sort-order tables
 * rgchCsds, rgchCids, rgchCsdi and rgchCidi.
 *
 * The string parameters are LPTSTR/LPCTSTR in the Windows header.  As for
 * the hex helpers (hexutil.c), libmapix treats them as 8-bit strings in
 * every build, UTF-8 in mapix; a character to find (USHORT ch) is one
 * byte.
 */
#include <mapiutil.h>

#include <stdbool.h>
#include <string.h>

/*
 * The sort-order tables: the weight of each byte value.  Case-sensitive
 * tables (Cs..) order by byte value; case-insensitive ones (Ci..) give an
 * ASCII capital its lower-case letter's weight.  Diacritics live outside
 * ASCII, in UTF-8 sequences these single-byte tables cannot see, so the
 * diacritic-insensitive tables (..di) equal their sensitive twins.
 */
#define W8(b)                                                                  \
	(char)(b), (char)((b) + 1), (char)((b) + 2), (char)((b) + 3),          \
	    (char)((b) + 4), (char)((b) + 5), (char)((b) + 6), (char)((b) + 7)
#define W32(b) W8(b), W8((b) + 8), W8((b) + 16), W8((b) + 24)
/* Bytes 64-95 of a case-insensitive table: '@', then 'A'-'Z' weighing as
 * 'a'-'z' (97-122), then '[' '\\' ']' '^' '_'. */
#define LOWER_AS_UPPER                                                         \
	(char)'@', W8('a'), W8('a' + 8), W8('a' + 16), (char)'x' + 1,          \
	    (char)'x' + 2, (char)'[', (char)'\\', (char)']', (char)'^',        \
	    (char)'_'

char rgchCsds[256] = {W32(0),   W32(32),  W32(64),  W32(96),
		      W32(128), W32(160), W32(192), W32(224)};
char rgchCsdi[256] = {W32(0),   W32(32),  W32(64),  W32(96),
		      W32(128), W32(160), W32(192), W32(224)};
char rgchCids[256] = {W32(0),   W32(32),  LOWER_AS_UPPER, W32(96),
		      W32(128), W32(160), W32(192),       W32(224)};
char rgchCidi[256] = {W32(0),   W32(32),  LOWER_AS_UPPER, W32(96),
		      W32(128), W32(160), W32(192),       W32(224)};

/*
 * SzFindCh
 *
 * Finds the first occurrence of a character in a string (strchr).
 *
 * PARAMS
 *  lpsz [I] the string
 *  ch   [I] the character (a byte; the terminating NUL is not found)
 *
 * RETURNS
 *  A pointer to the character in lpsz, or NULL when it is not there or
 *  lpsz is NULL.
 */
STDAPI_(LPTSTR) SzFindCh(LPCTSTR lpsz, USHORT ch)
{
	const char *s = (const char *)lpsz;

	if (s == NULL || ch == 0 || ch > 0xFF)
		return NULL;
	return (LPTSTR)strchr(s, ch);
}

/*
 * SzFindLastCh
 *
 * Finds the last occurrence of a character in a string (strrchr).
 *
 * RETURNS
 *  A pointer to the character in lpsz, or NULL when it is not there or
 *  lpsz is NULL.
 */
STDAPI_(LPTSTR) SzFindLastCh(LPCTSTR lpsz, USHORT ch)
{
	const char *s = (const char *)lpsz;

	if (s == NULL || ch == 0 || ch > 0xFF)
		return NULL;
	return (LPTSTR)strrchr(s, ch);
}

/*
 * SzFindSz
 *
 * Finds the first occurrence of a substring (strstr).
 *
 * RETURNS
 *  A pointer to the substring in lpsz, or NULL when it is not there or an
 *  argument is NULL.  The empty key is found at the start of lpsz.
 */
STDAPI_(LPTSTR) SzFindSz(LPCTSTR lpsz, LPCTSTR lpszKey)
{
	if (lpsz == NULL || lpszKey == NULL)
		return NULL;
	return (LPTSTR)strstr((const char *)lpsz, (const char *)lpszKey);
}

/*
 * UFromSz
 *
 * Reads an unsigned decimal number (atoi for unsigned values).
 *
 * RETURNS
 *  The value of the leading decimal digits (modulo 2^32); 0 when lpsz does
 *  not start with a digit or is NULL.  Leading blanks and signs are not
 *  skipped, as on Windows.
 */
STDAPI_(unsigned int) UFromSz(LPCTSTR lpsz)
{
	const char *s = (const char *)lpsz;
	unsigned int v = 0;

	if (s == NULL)
		return 0;
	while (*s >= '0' && *s <= '9')
		v = v * 10 + (unsigned int)(*s++ - '0');
	return v;
}

/* Copies src into dst of cch chars: S_OK or MAPI_E_TOO_BIG. */
static SCODE copy_path(const char *src, LPSTR dst, UINT cch)
{
	size_t len = strlen(src);

	if (len >= cch)
		return MAPI_E_TOO_BIG;
	memcpy(dst, src, len + 1);
	return S_OK;
}

static bool is_unc(const char *p)
{
	return (p[0] == '\\' && p[1] == '\\') || (p[0] == '/' && p[1] == '/');
}

/*
 * ScUNCFromLocalPath
 *
 * Converts a local path to a UNC path (\\server\share\...).
 *
 * RETURNS
 *  S_OK when lpszLocal is already a UNC path (copied to lpszUNC);
 *  MAPI_E_NOT_FOUND for a local path, which has no share on Linux;
 *  MAPI_E_TOO_BIG when lpszUNC is too small; MAPI_E_INVALID_PARAMETER for
 *  NULL arguments.
 */
STDAPI_(SCODE) ScUNCFromLocalPath(LPSTR lpszLocal, LPSTR lpszUNC, UINT cchUNC)
{
	if (lpszLocal == NULL || lpszUNC == NULL || cchUNC == 0)
		return MAPI_E_INVALID_PARAMETER;
	if (!is_unc(lpszLocal))
		return MAPI_E_NOT_FOUND;
	return copy_path(lpszLocal, lpszUNC, cchUNC);
}

/*
 * ScLocalPathFromUNC
 *
 * Converts a UNC path to a local path.
 *
 * RETURNS
 *  S_OK when lpszUNC is not a UNC path (copied as it is, as on Windows);
 *  MAPI_E_NOT_FOUND for a UNC path, since Linux maps no shares to local
 *  paths; MAPI_E_TOO_BIG when lpszLocal is too small;
 *  MAPI_E_INVALID_PARAMETER for NULL arguments.
 */
STDAPI_(SCODE) ScLocalPathFromUNC(LPSTR lpszUNC, LPSTR lpszLocal, UINT cchLocal)
{
	if (lpszUNC == NULL || lpszLocal == NULL || cchLocal == 0)
		return MAPI_E_INVALID_PARAMETER;
	if (is_unc(lpszUNC))
		return MAPI_E_NOT_FOUND;
	return copy_path(lpszUNC, lpszLocal, cchLocal);
}
