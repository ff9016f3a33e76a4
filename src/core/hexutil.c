/*
 * hexutil.c - mapiutil.h's hexadecimal and byte-order helpers: HexFromBin,
 * FBinFromHex, ScBinFromHexBounded, UlFromSzHex, SwapPlong and SwapPword.
 *
 * Programs use these to turn entry IDs and other binary values into text
 * (profiles, logs, command lines) and back.  They allocate nothing and
 * touch only the caller's buffers.
 *
 * The string parameters are LPTSTR/LPCTSTR in the Windows header.  libmapix
 * is built without UNICODE, so in the library they are always 8-bit char
 * strings of ASCII hex digits; Windows documents the same for these
 * functions ("It is not a Unicode string").
 */
#include <mapiutil.h>

#include <string.h>

/* Value of one hex digit, or -1 when c is not one. */
static int hex_digit(int c)
{
	if (c >= '0' && c <= '9')
		return c - '0';
	if (c >= 'a' && c <= 'f')
		return c - 'a' + 10;
	if (c >= 'A' && c <= 'F')
		return c - 'A' + 10;
	return -1;
}

/*
 * HexFromBin
 *
 * Writes binary data as a string of hexadecimal digits.
 *
 * PARAMS
 *  pb [I] the bytes to convert
 *  cb [I] how many bytes pb holds
 *  sz [O] receives 2 * cb digits and a terminating NUL; it must have room
 *         for 2 * cb + 1 chars
 *
 * RETURNS
 *  Nothing.
 *
 * NOTES
 *  Digits A-F are upper case, as on Windows (0x0a becomes "0A").  A NULL
 *  sz is ignored; cb <= 0 or a NULL pb gives the empty string.
 */
STDAPI_(void) HexFromBin(LPBYTE pb, int cb, LPTSTR sz)
{
	static const char digits[] = "0123456789ABCDEF";
	int i;

	if (sz == NULL)
		return;
	if (pb == NULL || cb < 0)
		cb = 0;
	for (i = 0; i < cb; i++) {
		*sz++ = digits[pb[i] >> 4];
		*sz++ = digits[pb[i] & 0x0f];
	}
	*sz = '\0';
}

/*
 * FBinFromHex
 *
 * Converts a string of hexadecimal digit pairs back to binary data.
 *
 * PARAMS
 *  sz [I] NUL-terminated string of hex digits, upper or lower case
 *  pb [O] receives strlen(sz) / 2 bytes
 *
 * RETURNS
 *  TRUE when the whole string was converted, FALSE when sz holds a
 *  character that is not a hex digit, has an odd number of digits, or sz
 *  or pb is NULL.
 *
 * NOTES
 *  The string is checked before anything is written, so pb is left
 *  untouched when FALSE is returned.  The empty string converts to zero
 *  bytes and gives TRUE.
 */
STDAPI_(BOOL) FBinFromHex(LPTSTR sz, LPBYTE pb)
{
	size_t i, len;

	if (sz == NULL || pb == NULL)
		return FALSE;
	for (len = 0; sz[len] != '\0'; len++) {
		if (hex_digit((unsigned char)sz[len]) < 0)
			return FALSE;
	}
	if (len % 2 != 0)
		return FALSE;
	for (i = 0; i < len; i += 2) {
		*pb++ = (BYTE)(hex_digit((unsigned char)sz[i]) << 4 |
			       hex_digit((unsigned char)sz[i + 1]));
	}
	return TRUE;
}

/*
 * ScBinFromHexBounded
 *
 * Converts a string of hexadecimal digit pairs to binary data, writing at
 * most cb bytes.
 *
 * PARAMS
 *  lpsz [I] NUL-terminated string of hex digits, upper or lower case
 *  lpb  [O] receives strlen(lpsz) / 2 bytes
 *  cb   [I] the size of lpb
 *
 * RETURNS
 *  S_OK; MAPI_E_INVALID_PARAMETER when lpsz or lpb is NULL, lpsz holds a
 *  character that is not a hex digit or an odd number of digits, or
 *  encodes more than cb bytes.  Nothing is written on error.
 */
STDAPI_(SCODE) ScBinFromHexBounded(LPTSTR lpsz, LPBYTE lpb, ULONG cb)
{
	size_t len;

	if (lpsz == NULL || lpb == NULL)
		return MAPI_E_INVALID_PARAMETER;
	len = strlen(lpsz);
	if (len / 2 > cb || !FBinFromHex(lpsz, lpb))
		return MAPI_E_INVALID_PARAMETER;
	return S_OK;
}

/*
 * UlFromSzHex
 *
 * Reads an unsigned number written in hexadecimal.
 *
 * PARAMS
 *  lpsz [I] NUL-terminated string
 *
 * RETURNS
 *  The value of the leading hex digits; 0 when the string does not start
 *  with one, or when lpsz is NULL.
 *
 * NOTES
 *  Conversion stops at the first character that is not a hex digit:
 *  "5g5h" gives 5 and "g5h5" gives 0, as documented.  Both cases are
 *  accepted, so "fF" gives 0xff.  More than 8 digits keep the low 32 bits.
 */
STDAPI_(ULONG) UlFromSzHex(LPCTSTR lpsz)
{
	ULONG value = 0;
	int d;

	if (lpsz == NULL)
		return 0;
	while ((d = hex_digit((unsigned char)*lpsz)) >= 0) {
		value = value << 4 | (ULONG)d;
		lpsz++;
	}
	return value;
}

/*
 * SwapPlong
 *
 * Reverses the byte order of each 32-bit value of an array, in place.
 *
 * PARAMS
 *  lpulSrc [I/O] the array
 *  cLongs  [I]   number of elements to swap
 *
 * RETURNS
 *  The number of elements swapped: cLongs, or 0 when lpulSrc is NULL.
 *
 * NOTES
 *  Windows documents no return value for this function even though its
 *  header declares ULONG; callers should not rely on the value.
 */
STDAPI_(ULONG) SwapPlong(ULONG *lpulSrc, ULONG cLongs)
{
	ULONG i;

	if (lpulSrc == NULL)
		return 0;
	for (i = 0; i < cLongs; i++)
		lpulSrc[i] = __builtin_bswap32(lpulSrc[i]);
	return cLongs;
}

/*
 * SwapPword
 *
 * Reverses the byte order of each 16-bit value of an array, in place.
 *
 * PARAMS
 *  lpwSrc [I/O] the array
 *  cWords [I]   number of elements to swap
 *
 * RETURNS
 *  The number of elements swapped: cWords, or 0 when lpwSrc is NULL.
 *
 * NOTES
 *  As for SwapPlong, Windows documents no return value.
 */
STDAPI_(ULONG) SwapPword(WORD *lpwSrc, ULONG cWords)
{
	ULONG i;

	if (lpwSrc == NULL)
		return 0;
	for (i = 0; i < cWords; i++)
		lpwSrc[i] = __builtin_bswap16(lpwSrc[i]);
	return cWords;
}
