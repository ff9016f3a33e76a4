/*
 * rtfsync.c - RTFSync: keeping a message's plain-text body (PR_BODY) and
 * its RTF body (PR_RTF_COMPRESSED) in step, the way RTF-aware stores and
 * clients expect.
 *
 * After the RTF changed (RTF_SYNC_RTF_CHANGED), PR_BODY becomes the RTF's
 * plain text (rtftext.c); after the body changed (RTF_SYNC_BODY_CHANGED),
 * PR_RTF_COMPRESSED becomes a minimal RTF document of the body.  Either
 * way the sync properties record the body that was synchronized:
 * PR_RTF_SYNC_BODY_COUNT and PR_RTF_SYNC_BODY_CRC are the number and the
 * CRC ([MS-OXRTFCP]'s CRC-32 of their UTF-8 bytes) of the body's
 * significant (non-white-space) characters, PR_RTF_SYNC_BODY_TAG its first
 * 64 of them, the prefix and trailing counts 0, and PR_RTF_IN_SYNC TRUE.
 * With no flag, RTFSync compares the body with those properties and
 * regenerates the RTF when the body changed since the last sync.  The
 * caller saves the message (SaveChanges), as on Windows.
 */
#include <mapiutil.h>

#include <errno.h>
#include <string.h>

#include "alloc.h"
#include "errmsg.h"
#include "objhdr.h"
#include "rtfcomp.h"
#include "rtftext.h"
#include "strmobj.h"
#include "ustring.h"

#define TAG_CHARS 64

struct sigchars {
	ULONG count;
	ULONG crc;
	char tag[TAG_CHARS * 4 + 1];
};

/* The significant characters of UTF-8 text: count, CRC, first 64. */
static void significant(const char *text, size_t len, struct sigchars *sig)
{
	size_t i = 0, tag_len = 0;

	memset(sig, 0, sizeof(*sig));
	while (i < len) {
		unsigned char c = (unsigned char)text[i];
		size_t n = c < 0x80 ? 1 : c >= 0xF0 ? 4 : c >= 0xE0 ? 3 : 2;

		if (n > len - i)
			n = len - i;
		if (c == ' ' || c == '\t' || c == '\r' || c == '\n' ||
		    c == '\f' || c == '\v') {
			i++;
			continue;
		}
		sig->crc = rtfcomp_crc(sig->crc, (const uint8_t *)text + i, n);
		if (sig->count < TAG_CHARS) {
			memcpy(sig->tag + tag_len, text + i, n);
			tag_len += n;
		}
		sig->count++;
		i += n;
	}
	sig->tag[tag_len] = '\0';
}

/* Reads all of a property through a stream. */
static HRESULT read_property(LPMESSAGE msg, ULONG tag, uint8_t **data_r,
			     size_t *len_r)
{
	LPSTREAM stream = NULL;
	HRESULT hr;
	int ret;

	hr = msg->lpVtbl->OpenProperty(msg, tag, &IID_IStream, 0, 0,
				       (LPUNKNOWN *)&stream);
	if (hr != S_OK)
		return hr;
	ret = strm_read_all(stream, RTFCOMP_RTF_MAX, data_r, len_r, NULL);
	stream->lpVtbl->Release(stream);
	if (ret == -ENOMEM || ret == -EFBIG)
		return MAPI_E_NOT_ENOUGH_MEMORY;
	return ret < 0 ? MAPI_E_CALL_FAILED : S_OK;
}

/* The body as UTF-8 (read as PR_BODY_W). */
static HRESULT read_body(LPMESSAGE msg, char **text_r, size_t *len_r)
{
	uint8_t *data;
	size_t len;
	WCHAR *w;
	HRESULT hr;

	hr = read_property(msg, PR_BODY_W, &data, &len);
	if (hr != S_OK)
		return hr;
	w = alloc_malloc(len + sizeof(WCHAR));
	if (w == NULL) {
		alloc_free(data);
		return MAPI_E_NOT_ENOUGH_MEMORY;
	}
	memcpy(w, data, len);
	w[len / sizeof(WCHAR)] = 0;
	alloc_free(data);
	*text_r = ustr_to_utf8(w);
	alloc_free(w);
	if (*text_r == NULL)
		return MAPI_E_NOT_ENOUGH_MEMORY;
	*len_r = strlen(*text_r);
	return S_OK;
}

/* Sets the sync properties for a body with these significant chars. */
static HRESULT set_sync_props(LPMESSAGE msg, const struct sigchars *sig)
{
	SPropValue pv[6];

	pv[0].ulPropTag = PR_RTF_IN_SYNC;
	pv[0].Value.b = TRUE;
	pv[1].ulPropTag = PR_RTF_SYNC_BODY_COUNT;
	pv[1].Value.l = (LONG)sig->count;
	pv[2].ulPropTag = PR_RTF_SYNC_BODY_CRC;
	pv[2].Value.l = (LONG)sig->crc;
	pv[3].ulPropTag = PR_RTF_SYNC_BODY_TAG_A;
	pv[3].Value.lpszA = (char *)sig->tag;
	pv[4].ulPropTag = PR_RTF_SYNC_PREFIX_COUNT;
	pv[4].Value.l = 0;
	pv[5].ulPropTag = PR_RTF_SYNC_TRAILING_COUNT;
	pv[5].Value.l = 0;
	return msg->lpVtbl->SetProps(msg, 6, pv, NULL);
}

/* PR_BODY from the RTF. */
static HRESULT sync_from_rtf(LPMESSAGE msg)
{
	uint8_t *value, *rtf = NULL;
	size_t len, rtf_len = 0, text_len;
	char *text = NULL;
	struct sigchars sig;
	SPropValue pv;
	HRESULT hr;
	int ret = 0;

	hr = read_property(msg, PR_RTF_COMPRESSED, &value, &len);
	if (hr != S_OK)
		return objhdr_thread_seterr(hr, "RTFSync: the message has no "
						"readable PR_RTF_COMPRESSED");
	if (len > 0)
		ret = rtfcomp_decompress(value, len, RTFCOMP_RTF_MAX, &rtf,
					 &rtf_len, NULL);
	alloc_free(value);
	if (ret == 0)
		ret = rtf_len == 0 ? -EINVAL
				   : rtf_to_text((const char *)rtf, rtf_len,
						 &text, &text_len);
	alloc_free(rtf);
	if (ret < 0)
		return objhdr_thread_seterr(ret == -ENOMEM
						? MAPI_E_NOT_ENOUGH_MEMORY
						: MAPI_E_CORRUPT_DATA,
					    "RTFSync: PR_RTF_COMPRESSED is not "
					    "compressed RTF");
	pv.ulPropTag = PR_BODY_A;
	pv.Value.lpszA = text;
	hr = msg->lpVtbl->SetProps(msg, 1, &pv, NULL);
	if (hr == S_OK) {
		significant(text, text_len, &sig);
		hr = set_sync_props(msg, &sig);
	}
	alloc_free(text);
	return hr;
}

/* PR_RTF_COMPRESSED from the body (text of len bytes). */
static HRESULT sync_from_body(LPMESSAGE msg, const char *text, size_t len)
{
	char *rtf;
	uint8_t *value;
	size_t rtf_len, value_len;
	struct sigchars sig;
	SPropValue pv;
	HRESULT hr;
	int ret;

	ret = text_to_rtf(text, len, &rtf, &rtf_len);
	if (ret == 0) {
		ret = rtfcomp_compress((const uint8_t *)rtf, rtf_len, 0, &value,
				       &value_len, NULL);
		alloc_free(rtf);
	}
	if (ret < 0)
		return objhdr_thread_seterr(MAPI_E_NOT_ENOUGH_MEMORY,
					    "RTFSync: out of memory");
	pv.ulPropTag = PR_RTF_COMPRESSED;
	pv.Value.bin.cb = (ULONG)value_len;
	pv.Value.bin.lpb = value;
	hr = msg->lpVtbl->SetProps(msg, 1, &pv, NULL);
	alloc_free(value);
	if (hr == S_OK) {
		significant(text, len, &sig);
		hr = set_sync_props(msg, &sig);
	}
	return hr;
}

/* Whether the body still matches the sync properties. */
static bool body_in_sync(LPMESSAGE msg, const struct sigchars *sig)
{
	SizedSPropTagArray(3, tags) = {
	    3, {PR_RTF_IN_SYNC, PR_RTF_SYNC_BODY_COUNT, PR_RTF_SYNC_BODY_CRC}};
	LPSPropValue pv = NULL;
	ULONG n = 0;
	bool same;

	if (FAILED(msg->lpVtbl->GetProps(msg, (LPSPropTagArray)&tags, 0, &n,
					 &pv)) ||
	    n != 3) {
		MAPIFreeBuffer(pv);
		return false;
	}
	same = pv[0].ulPropTag == PR_RTF_IN_SYNC && pv[0].Value.b &&
	       pv[1].ulPropTag == PR_RTF_SYNC_BODY_COUNT &&
	       (ULONG)pv[1].Value.l == sig->count &&
	       pv[2].ulPropTag == PR_RTF_SYNC_BODY_CRC &&
	       (ULONG)pv[2].Value.l == sig->crc;
	MAPIFreeBuffer(pv);
	return same;
}

/*
 * RTFSync
 *
 * Brings a message's plain-text and RTF bodies in step.
 *
 * PARAMS
 *  lpMessage         [I] the message (open for writing)
 *  ulFlags           [I] RTF_SYNC_RTF_CHANGED (PR_RTF_COMPRESSED is new:
 *                        update PR_BODY) or RTF_SYNC_BODY_CHANGED (PR_BODY
 *                        is new: update PR_RTF_COMPRESSED), or 0 (update
 *                        the RTF if the body changed since the last sync)
 *  lpfMessageUpdated [O] receives TRUE when properties were set
 *
 * RETURNS
 *  S_OK; MAPI_E_INVALID_PARAMETER (NULL arguments, both flags);
 *  MAPI_E_UNKNOWN_FLAGS; MAPI_E_CORRUPT_DATA (PR_RTF_COMPRESSED that is not
 *  compressed RTF); the message's errors (MAPI_E_NOT_FOUND when the body
 *  to sync from is missing; MAPI_E_NO_ACCESS for a read-only message).
 *
 * NOTES
 *  The message is not saved; call SaveChanges.  The RTF made from a body
 *  is a minimal document (one font, a paragraph per line).
 */
STDAPI_(HRESULT)
RTFSync(LPMESSAGE lpMessage, ULONG ulFlags, BOOL *lpfMessageUpdated)
{
	const ULONG known = RTF_SYNC_RTF_CHANGED | RTF_SYNC_BODY_CHANGED;
	struct sigchars sig;
	char *text = NULL;
	size_t len = 0;
	HRESULT hr;

	if (lpfMessageUpdated != NULL)
		*lpfMessageUpdated = FALSE;
	if (lpMessage == NULL || lpMessage->lpVtbl == NULL ||
	    lpfMessageUpdated == NULL)
		return objhdr_thread_seterr(MAPI_E_INVALID_PARAMETER,
					    "RTFSync: NULL argument");
	if (ulFlags & ~known)
		return objhdr_thread_seterr(MAPI_E_UNKNOWN_FLAGS,
					    "RTFSync: unknown flags 0x%08X",
					    (unsigned int)(ulFlags & ~known));
	if (ulFlags == known)
		return objhdr_thread_seterr(MAPI_E_INVALID_PARAMETER,
					    "RTFSync: the RTF and the body "
					    "cannot both be the new one");
	if (ulFlags & RTF_SYNC_RTF_CHANGED) {
		hr = sync_from_rtf(lpMessage);
	} else {
		hr = read_body(lpMessage, &text, &len);
		if (hr != S_OK)
			return objhdr_thread_seterr(hr, "RTFSync: the message "
							"has no readable "
							"PR_BODY");
		significant(text, len, &sig);
		if (ulFlags == 0 && body_in_sync(lpMessage, &sig)) {
			alloc_free(text);
			return S_OK;
		}
		hr = sync_from_body(lpMessage, text, len);
		alloc_free(text);
	}
	if (hr == S_OK)
		*lpfMessageUpdated = TRUE;
	return hr;
}
