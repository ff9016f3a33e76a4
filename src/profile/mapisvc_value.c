/*
 * mapisvc_value.c - property lines of the service catalog (mapisvc.h):
 * the flag names a value may use, the parser of a property's value text
 * into an SPropValue, the check of a line's key, and the writer of a
 * property line.  The model and the lines are mapisvc.c's.
 */
#include "mapisvc_private.h"

#include <errno.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include <edkmdb.h>
#include <mapix.h>

#include "alloc.h"
#include "profutil.h"
#include "proptype.h"
#include "utf8.h"
#include "tagname.h"

/* Values of flag names not defined in mapix's headers (MAPIHook.h). */
#define INF_HOOK_INBOUND  0x00000200
#define INF_HOOK_OUTBOUND 0x00000400

/* ============================= Flag names ============================= */

static const struct {
	const char *name;
	ULONG value;
} flag_names[] = {
    {"STATUS_DEFAULT_OUTBOUND", STATUS_DEFAULT_OUTBOUND},
    {"STATUS_DEFAULT_STORE", STATUS_DEFAULT_STORE},
    {"STATUS_PRIMARY_IDENTITY", STATUS_PRIMARY_IDENTITY},
    {"STATUS_SIMPLE_STORE", STATUS_SIMPLE_STORE},
    {"STATUS_XP_PREFER_LAST", STATUS_XP_PREFER_LAST},
    {"STATUS_NO_PRIMARY_IDENTITY", STATUS_NO_PRIMARY_IDENTITY},
    {"STATUS_NO_DEFAULT_STORE", STATUS_NO_DEFAULT_STORE},
    {"STATUS_TEMP_SECTION", STATUS_TEMP_SECTION},
    {"STATUS_OWN_STORE", STATUS_OWN_STORE},
    {"HOOK_INBOUND", INF_HOOK_INBOUND},
    {"HOOK_OUTBOUND", INF_HOOK_OUTBOUND},
    {"STATUS_NEED_IPM_TREE", STATUS_NEED_IPM_TREE},
    {"STATUS_PRIMARY_STORE", STATUS_PRIMARY_STORE},
    {"STATUS_SECONDARY_STORE", STATUS_SECONDARY_STORE},
    {"SERVICE_DEFAULT_STORE", SERVICE_DEFAULT_STORE},
    {"SERVICE_SINGLE_COPY", SERVICE_SINGLE_COPY},
    {"SERVICE_CREATE_WITH_STORE", SERVICE_CREATE_WITH_STORE},
    {"SERVICE_PRIMARY_IDENTITY", SERVICE_PRIMARY_IDENTITY},
    {"SERVICE_NO_PRIMARY_IDENTITY", SERVICE_NO_PRIMARY_IDENTITY},
    {"MAPI_STORE_PROVIDER", MAPI_STORE_PROVIDER},
    {"MAPI_AB", MAPI_AB},
    {"MAPI_AB_PROVIDER", MAPI_AB_PROVIDER},
    {"MAPI_TRANSPORT_PROVIDER", MAPI_TRANSPORT_PROVIDER},
    {"MAPI_SPOOLER", MAPI_SPOOLER},
    {"MAPI_PROFILE_PROVIDER", MAPI_PROFILE_PROVIDER},
    {"MAPI_SUBSYSTEM", MAPI_SUBSYSTEM},
    {"MAPI_HOOK_PROVIDER", MAPI_HOOK_PROVIDER},
    {"OPENSTORE_USE_ADMIN_PRIVILEGE", OPENSTORE_USE_ADMIN_PRIVILEGE},
    {"OPENSTORE_PUBLIC", OPENSTORE_PUBLIC},
    {"OPENSTORE_HOME_LOGON", OPENSTORE_HOME_LOGON},
    {"OPENSTORE_TAKE_OWNERSHIP", OPENSTORE_TAKE_OWNERSHIP},
    {"OPENSTORE_OVERRIDE_HOME_MDB", OPENSTORE_OVERRIDE_HOME_MDB},
    {"OPENSTORE_TRANSPORT", OPENSTORE_TRANSPORT},
    {"OPENSTORE_REMOTE_TRANSPORT", OPENSTORE_REMOTE_TRANSPORT},
    {"OPENSTORE_LOCAL", OPENSTORE_LOCAL},
    {"PROFILE_PRIMARY_USER", PROFILE_PRIMARY_USER},
    {"PROFILE_DELEGATE", PROFILE_DELEGATE},
};

static int flag_lookup(const char *name, size_t len, ULONG *value_r)
{
	size_t i;

	for (i = 0; i < sizeof(flag_names) / sizeof(flag_names[0]); i++) {
		if (strlen(flag_names[i].name) == len &&
		    strncasecmp(flag_names[i].name, name, len) == 0) {
			*value_r = flag_names[i].value;
			return 0;
		}
	}
	return -ENOENT;
}
/* ============================== Helpers =============================== */

static bool is_space(char c)
{
	return c == ' ' || c == '\t';
}

/* Trims spaces and tabs off both ends of [*s, *s + *len). */
void mapisvc_trim(const char **s, size_t *len)
{
	while (*len > 0 && is_space(**s)) {
		(*s)++;
		(*len)--;
	}
	while (*len > 0 && is_space((*s)[*len - 1]))
		(*len)--;
}

static bool all_hex(const char *s, size_t len)
{
	size_t i;

	for (i = 0; i < len; i++) {
		if (prof_hexval((unsigned char)s[i]) < 0)
			return false;
	}
	return true;
}

/* Little-endian hex bytes ("0C000000") to a number. */
static uint64_t le_hex(const char *s, size_t nbytes)
{
	uint64_t v = 0;
	size_t i;

	for (i = nbytes; i-- > 0;) {
		v = v << 8 |
		    (uint64_t)(prof_hexval((unsigned char)s[2 * i]) << 4 |
			       prof_hexval((unsigned char)s[2 * i + 1]));
	}
	return v;
}

bool mapisvc_type_supported(ULONG type)
{
	switch (type) {
	case PT_I2:
	case PT_LONG:
	case PT_BOOLEAN:
	case PT_I8:
	case PT_STRING8:
	case PT_UNICODE:
	case PT_BINARY:
	case PT_CLSID:
	case PT_MV_LONG:
	case PT_MV_STRING8:
	case PT_MV_UNICODE:
	case PT_MV_BINARY:
		return true;
	default:
		return false;
	}
}

/* ============================ Value parser ============================ */

/*
 * A number: terms joined by '|' (flag names, 0x hex, decimal), OR-ed, at
 * most max.  Returns 0 or -EINVAL with the reason in why.
 */
static int parse_terms(const char *s, size_t len, uint64_t max,
		       uint64_t *value_r, char *why)
{
	const char *end = s + len;
	uint64_t v = 0;

	for (;;) {
		const char *bar = memchr(s, '|', (size_t)(end - s));
		const char *t = s;
		size_t tlen = (size_t)((bar != NULL ? bar : end) - s), i;
		int shown;
		uint64_t term = 0;

		mapisvc_trim(&t, &tlen);
		shown = (int)(tlen > 48 ? 48 : tlen);
		if (tlen == 0) {
			snprintf(why, MAPISVC_WHY_SIZE,
				 "an empty number or flag");
			return -EINVAL;
		}
		if (tlen > 2 && t[0] == '0' && (t[1] == 'x' || t[1] == 'X')) {
			if (tlen - 2 > 16 || !all_hex(t + 2, tlen - 2))
				goto bad;
			for (i = 2; i < tlen; i++) {
				term = term << 4 | (uint64_t)prof_hexval(
						       (unsigned char)t[i]);
			}
		} else if (t[0] >= '0' && t[0] <= '9') {
			for (i = 0; i < tlen; i++) {
				uint64_t d = (uint64_t)(t[i] - '0');

				if (t[i] < '0' || t[i] > '9')
					goto bad;
				if (term > (UINT64_MAX - d) / 10)
					goto large;
				term = term * 10 + d;
			}
		} else {
			ULONG f;

			if (flag_lookup(t, tlen, &f) < 0) {
				snprintf(why, MAPISVC_WHY_SIZE,
					 "unknown flag name \"%.*s\"", shown,
					 t);
				return -EINVAL;
			}
			term = f;
		}
		if (term > max)
			goto large;
		v |= term;
		if (bar == NULL)
			break;
		s = bar + 1;
		continue;
	bad:
		snprintf(why, MAPISVC_WHY_SIZE,
			 "\"%.*s\" is no number or flag name", shown, t);
		return -EINVAL;
	large:
		snprintf(why, MAPISVC_WHY_SIZE, "\"%.*s\" is too large", shown,
			 t);
		return -EINVAL;
	}
	*value_r = v;
	return 0;
}

/* One value of a single-valued type into *pv; data from root. */
static int parse_single(ULONG type, const char *s, size_t len, SPropValue *pv,
			void *root, char *why)
{
	uint64_t v;
	void *p;
	int ret;

	switch (type) {
	case PT_I2:
		if (len == 4 && all_hex(s, 4))
			v = le_hex(s, 2);
		else if ((ret = parse_terms(s, len, 0xFFFF, &v, why)) < 0)
			return ret;
		pv->Value.i = (short)(unsigned short)v;
		return 0;
	case PT_LONG:
		if (len == 8 && all_hex(s, 8))
			v = le_hex(s, 4);
		else if ((ret = parse_terms(s, len, 0xFFFFFFFFu, &v, why)) < 0)
			return ret;
		pv->Value.l = (LONG)(ULONG)v;
		return 0;
	case PT_I8:
		if (len == 16 && all_hex(s, 16))
			v = le_hex(s, 8);
		else if ((ret = parse_terms(s, len, UINT64_MAX, &v, why)) < 0)
			return ret;
		pv->Value.li.QuadPart = (LONGLONG)v;
		return 0;
	case PT_BOOLEAN:
		if ((len == 4 || len == 8) && all_hex(s, len)) {
			pv->Value.b = le_hex(s, len / 2) != 0;
		} else if (len == 1 && (s[0] == '0' || s[0] == '1')) {
			pv->Value.b = s[0] == '1';
		} else if (len == 4 && strncasecmp(s, "TRUE", 4) == 0) {
			pv->Value.b = 1;
		} else if (len == 5 && strncasecmp(s, "FALSE", 5) == 0) {
			pv->Value.b = 0;
		} else {
			snprintf(why, MAPISVC_WHY_SIZE,
				 "not a boolean (0, 1, TRUE, "
				 "FALSE or hex)");
			return -EINVAL;
		}
		return 0;
	case PT_STRING8:
		if (MAPIAllocateMore((ULONG)len + 1, root, &p) != S_OK)
			return -ENOMEM;
		memcpy(p, s, len);
		((char *)p)[len] = '\0';
		pv->Value.lpszA = p;
		return 0;
	case PT_UNICODE: {
		size_t n;

		utf8_to_utf16(s, len, NULL, 0, UTF_REPLACE, &n);
		if (MAPIAllocateMore((ULONG)((n + 1) * sizeof(WCHAR)), root,
				     &p) != S_OK)
			return -ENOMEM;
		utf8_to_utf16(s, len, p, n, UTF_REPLACE, &n);
		((WCHAR *)p)[n] = 0;
		pv->Value.lpszW = p;
		return 0;
	}
	case PT_BINARY:
		if (len % 2 != 0 || !all_hex(s, len)) {
			snprintf(why, MAPISVC_WHY_SIZE,
				 "not an even number of hex digits");
			return -EINVAL;
		}
		if (MAPIAllocateMore((ULONG)(len / 2 + 1), root, &p) != S_OK)
			return -ENOMEM;
		prof_unhex(s, p, len / 2);
		pv->Value.bin.cb = (ULONG)(len / 2);
		pv->Value.bin.lpb = p;
		return 0;
	case PT_CLSID:
		if (len != 32 || !all_hex(s, len)) {
			snprintf(why, MAPISVC_WHY_SIZE, "not 32 hex digits");
			return -EINVAL;
		}
		if (MAPIAllocateMore(sizeof(GUID), root, &p) != S_OK)
			return -ENOMEM;
		prof_unhex(s, p, 16);
		pv->Value.lpguid = p;
		return 0;
	default:
		snprintf(why, MAPISVC_WHY_SIZE, "unsupported type");
		return -EINVAL;
	}
}

/*
 * Parses the value text of a property of tag into *pv, its data linked to
 * root.  s is trimmed.  Returns 0, -EINVAL with the reason in why, or
 * -ENOMEM.
 */
int mapisvc_parse_value(ULONG tag, const char *s, size_t len, SPropValue *pv,
			void *root, char *why)
{
	ULONG type = PROP_TYPE(tag), base = type & ~MV_FLAG, n = 0, i;
	size_t esize;
	const char *p;
	void *arr;
	int ret;

	pv->ulPropTag = tag;
	pv->dwAlignPad = 0;
	if (!(type & MV_FLAG))
		return parse_single(type, s, len, pv, root, why);

	if (len > 0) {
		n = 1;
		for (p = s; (p = memchr(p, ',', len - (size_t)(p - s))) != NULL;
		     p++)
			n++;
	}
	if (!mapisvc_type_supported(type)) {
		snprintf(why, MAPISVC_WHY_SIZE, "unsupported type");
		return -EINVAL;
	}
	esize = proptype_base(base)->size;
	if (MAPIAllocateMore((ULONG)(esize * (n > 0 ? n : 1)), root, &arr) !=
	    S_OK)
		return -ENOMEM;
	for (i = 0, p = s; i < n; i++) {
		const char *comma = memchr(p, ',', len - (size_t)(p - s));
		size_t ilen =
		    comma != NULL ? (size_t)(comma - p) : len - (size_t)(p - s);
		const char *item = p;
		SPropValue one;

		mapisvc_trim(&item, &ilen);
		if (ilen == 0) {
			snprintf(why, MAPISVC_WHY_SIZE, "an empty list item");
			return -EINVAL;
		}
		ret = parse_single(base, item, ilen, &one, root, why);
		if (ret < 0)
			return ret;
		proptype_mv_put(arr, proptype_base(base), i, &one);
		p = comma != NULL ? comma + 1 : s + len;
	}
	pv->Value.MVl.cValues = n;
	proptype_mv_set_array(pv, arr);
	return 0;
}

/* Checks a value by parsing it into a scratch buffer. */
int mapisvc_check_value(ULONG tag, const char *s, size_t len, char *why)
{
	SPropValue pv;
	void *root;
	int ret;

	if (MAPIAllocateBuffer(0, &root) != S_OK)
		return -ENOMEM;
	ret = mapisvc_parse_value(tag, s, len, &pv, root, why);
	MAPIFreeBuffer(root);
	return ret;
}

/*
 * The tag of a property line's key: 8 hex digits, or a name ("PR_" and
 * any case), where a name without suffix may stand for its _A form.
 * Returns 0, or -ENOENT when key is neither.
 */
int mapisvc_key_tag(const char *key, ULONG *tag_r)
{
	char buf[160];
	size_t len = strlen(key);

	if (len == 8 && all_hex(key, 8)) {
		*tag_r = (ULONG)strtoul(key, NULL, 16);
		return 0;
	}
	if (len < 4 || strncasecmp(key, "PR_", 3) != 0 || len + 3 > sizeof(buf))
		return -ENOENT;
	if (tagname_parse(key, tag_r) == 0)
		return 0;
	snprintf(buf, sizeof(buf), "%s_A", key);
	return tagname_parse(buf, tag_r);
}

/* True when key is the property-line form of a property name or tag. */
bool mapisvc_key_is_property(const char *key)
{
	size_t len = strlen(key);

	return (len == 8 && all_hex(key, 8)) ||
	       (len >= 3 && strncasecmp(key, "PR_", 3) == 0);
}

/* ============================ Value writer ============================ */

/*
 * Checks that s can be written as a string value (or list item) and read
 * back the same: UTF-8, no control characters, no space at the ends, and
 * for list items no comma and not empty.
 */
int mapisvc_check_text(const char *what, const char *s, size_t len,
		       bool list_item, const char **error_r)
{
	size_t i;

	if (!utf8_valid(s, len))
		return prof_error(error_r, -EINVAL, "%s: not valid UTF-8",
				  what);
	for (i = 0; i < len; i++) {
		unsigned char c = (unsigned char)s[i];

		if (c < 0x20 || c == 0x7F) {
			return prof_error(error_r, -EINVAL,
					  "%s: holds a control character",
					  what);
		}
		if (list_item && c == ',') {
			return prof_error(error_r, -EINVAL,
					  "%s: a list item may not hold ','",
					  what);
		}
	}
	if (len > 0 && (is_space(s[0]) || is_space(s[len - 1]))) {
		return prof_error(error_r, -EINVAL,
				  "%s: space at the start or end would be lost",
				  what);
	}
	if (list_item && len == 0) {
		return prof_error(error_r, -EINVAL,
				  "%s: a list item may not be empty", what);
	}
	return 0;
}

/* Writes a property line's key: the name without _A, or 8 hex digits. */
static void format_key(struct strbuf *sb, ULONG tag)
{
	const char *name = tagname_lookup(tag);
	char buf[160];
	ULONG back;
	size_t len;

	if (name != NULL && (len = strlen(name)) < sizeof(buf)) {
		memcpy(buf, name, len + 1);
		if (len > 2 && strcmp(buf + len - 2, "_A") == 0) {
			buf[len - 2] = '\0';
			if (tagname_parse(buf, &back) < 0 &&
			    mapisvc_key_tag(buf, &back) == 0 && back == tag) {
				sb_puts(sb, buf);
				return;
			}
			buf[len - 2] = '_';
		}
		if (mapisvc_key_tag(buf, &back) == 0 && back == tag) {
			sb_puts(sb, buf);
			return;
		}
	}
	sb_printf(sb, "%08X", (unsigned int)tag);
}

static void put_le(struct strbuf *sb, uint64_t v, size_t nbytes)
{
	BYTE b[8];
	size_t i;

	for (i = 0; i < nbytes; i++)
		b[i] = (BYTE)(v >> (8 * i));
	sb_hex(sb, b, nbytes);
}

/* Writes one value of a single type; checks that it reads back. */
static int format_single(struct strbuf *sb, ULONG type, const SPropValue *pv,
			 bool list_item, const char **error_r)
{
	const char *what = "property value";
	char *u8;
	int ret;

	switch (type) {
	case PT_I2:
		put_le(sb, (unsigned short)pv->Value.i, 2);
		return 0;
	case PT_LONG:
		put_le(sb, (ULONG)pv->Value.l, 4);
		return 0;
	case PT_I8:
		put_le(sb, (uint64_t)pv->Value.li.QuadPart, 8);
		return 0;
	case PT_BOOLEAN:
		sb_putc(sb, pv->Value.b ? '1' : '0');
		return 0;
	case PT_STRING8:
		if (pv->Value.lpszA == NULL) {
			return prof_error(error_r, -EINVAL, "%s: a NULL string",
					  what);
		}
		ret = mapisvc_check_text(what, pv->Value.lpszA,
					 strlen(pv->Value.lpszA), list_item,
					 error_r);
		if (ret == 0)
			sb_puts(sb, pv->Value.lpszA);
		return ret;
	case PT_UNICODE: {
		if (pv->Value.lpszW == NULL) {
			return prof_error(error_r, -EINVAL, "%s: a NULL string",
					  what);
		}
		ret = utf8_from_tstr(pv->Value.lpszW, true, UTF_REJECT, &u8);
		if (ret == -EILSEQ) {
			return prof_error(error_r, -EINVAL,
					  "%s: an unpaired UTF-16 surrogate",
					  what);
		}
		if (ret < 0)
			return prof_error(error_r, -ENOMEM, "out of memory");
		ret = mapisvc_check_text(what, u8, strlen(u8), list_item,
					 error_r);
		if (ret == 0)
			sb_append(sb, u8, strlen(u8));
		alloc_free(u8);
		return ret;
	}
	case PT_BINARY:
		if (pv->Value.bin.cb > 0 && pv->Value.bin.lpb == NULL) {
			return prof_error(error_r, -EINVAL,
					  "%s: binary without data", what);
		}
		if (list_item && pv->Value.bin.cb == 0) {
			return prof_error(error_r, -EINVAL,
					  "%s: a list item may not be empty",
					  what);
		}
		sb_hex(sb, pv->Value.bin.lpb, pv->Value.bin.cb);
		return 0;
	case PT_CLSID:
		if (pv->Value.lpguid == NULL) {
			return prof_error(error_r, -EINVAL, "%s: a NULL GUID",
					  what);
		}
		sb_hex(sb, (const BYTE *)pv->Value.lpguid, sizeof(GUID));
		return 0;
	default:
		return prof_error(error_r, -EINVAL,
				  "type 0x%04X is not supported in "
				  "mapisvc.inf",
				  (unsigned int)type);
	}
}

/* Writes "KEY=value" for pv into sb. */
int mapisvc_format_prop(struct strbuf *sb, const char *key,
			const SPropValue *pv, const char **error_r)
{
	ULONG type = PROP_TYPE(pv->ulPropTag), i;
	SPropValue one;
	int ret;

	if (!mapisvc_type_supported(type) || PROP_ID(pv->ulPropTag) == 0) {
		return prof_error(error_r, -EINVAL,
				  "property 0x%08X: type not supported in "
				  "mapisvc.inf",
				  (unsigned int)pv->ulPropTag);
	}
	if (key != NULL)
		sb_puts(sb, key);
	else
		format_key(sb, pv->ulPropTag);
	sb_putc(sb, '=');
	if (!(type & MV_FLAG))
		return format_single(sb, type, pv, false, error_r);
	if (proptype_mv_count(pv) > 0 && proptype_mv_array(pv) == NULL) {
		return prof_error(error_r, -EINVAL,
				  "property 0x%08X: values missing",
				  (unsigned int)pv->ulPropTag);
	}
	for (i = 0; i < proptype_mv_count(pv); i++) {
		proptype_mv_get(pv, proptype_find(type), i, &one);
		if (i > 0)
			sb_putc(sb, ',');
		ret = format_single(sb, type & ~MV_FLAG, &one, true, error_r);
		if (ret < 0)
			return ret;
	}
	return 0;
}
