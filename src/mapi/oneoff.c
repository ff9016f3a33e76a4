/*
 * oneoff.c - one-off entry IDs: the builder and the defensive parser of
 * oneoff.h.
 */
#include "oneoff.h"

#include <errno.h>
#include <stdbool.h>
#include <string.h>

#include <mapix.h>

#include "alloc.h"
#include "ustring.h"
#include "utf8.h"

static const uint8_t oneoff_uid[16] = MAPI_ONE_OFF_UID;

/* Bytes a UTF-8 string takes in the ID, with its terminator; 0 when it
 * is not UTF-8. */
static size_t field_size(const char *s, bool wide, WCHAR **w_r)
{
	*w_r = NULL;
	if (!utf8_valid(s, strlen(s)))
		return 0;
	if (!wide)
		return strlen(s) + 1;
	*w_r = ustr_from_utf8(s);
	if (*w_r == NULL)
		return 0;
	return (ustr_wlen(*w_r) + 1) * 2;
}

static uint8_t *put_field(uint8_t *p, const char *s, const WCHAR *w)
{
	size_t i, n;

	if (w == NULL) {
		n = strlen(s) + 1;
		memcpy(p, s, n);
		return p + n;
	}
	n = ustr_wlen(w) + 1;
	for (i = 0; i < n; i++) {
		*p++ = (uint8_t)(w[i] & 0xff);
		*p++ = (uint8_t)(w[i] >> 8);
	}
	return p;
}

int oneoff_build(const char *name, const char *type, const char *address,
		 uint16_t flags, void *more, ULONG *cb_r, LPENTRYID *eid_r)
{
	bool wide = (flags & MAPI_ONE_OFF_UNICODE) != 0;
	const char *s[3] = {name != NULL ? name : "", type, address};
	WCHAR *w[3] = {NULL, NULL, NULL};
	size_t size = ONEOFF_HEADER_SIZE, n;
	uint8_t *buf = NULL, *p;
	SCODE sc;
	int ret = -EINVAL, i;

	*cb_r = 0;
	*eid_r = NULL;
	if (type == NULL || address == NULL || type[0] == '\0' ||
	    address[0] == '\0')
		return -EINVAL;
	for (i = 0; i < 3; i++) {
		n = field_size(s[i], wide, &w[i]);
		if (n == 0) {
			ret = wide && utf8_valid(s[i], strlen(s[i])) ? -ENOMEM
								     : -EINVAL;
			goto out;
		}
		size += n;
	}
	if (size > UINT32_MAX) {
		ret = -EINVAL;
		goto out;
	}
	sc = more != NULL ? MAPIAllocateMore((ULONG)size, more, (LPVOID *)&buf)
			  : MAPIAllocateBuffer((ULONG)size, (LPVOID *)&buf);
	if (sc != S_OK) {
		ret = -ENOMEM;
		goto out;
	}
	memset(buf, 0, 4);
	memcpy(buf + 4, oneoff_uid, sizeof(oneoff_uid));
	buf[20] = 0;
	buf[21] = 0;
	buf[22] = (uint8_t)(flags & 0xff);
	buf[23] = (uint8_t)(flags >> 8);
	p = buf + ONEOFF_HEADER_SIZE;
	for (i = 0; i < 3; i++)
		p = put_field(p, s[i], w[i]);
	*cb_r = (ULONG)size;
	*eid_r = (LPENTRYID)buf;
	ret = 0;
out:
	for (i = 0; i < 3; i++)
		alloc_free(w[i]);
	return ret;
}

/* One 8-bit field at *pos: -EINVAL unless terminated within cb and
 * UTF-8. */
static int get_narrow(const uint8_t *p, size_t cb, size_t *pos, char **out)
{
	const uint8_t *end = memchr(p + *pos, 0, cb - *pos);
	size_t len;

	if (end == NULL)
		return -EINVAL;
	len = (size_t)(end - (p + *pos));
	if (!utf8_valid((const char *)p + *pos, len))
		return -EINVAL;
	if (out != NULL) {
		*out = alloc_malloc(len + 1);
		if (*out == NULL)
			return -ENOMEM;
		memcpy(*out, p + *pos, len + 1);
	}
	*pos += len + 1;
	return 0;
}

/* One UTF-16LE field at *pos. */
static int get_wide(const uint8_t *p, size_t cb, size_t *pos, char **out)
{
	size_t i, units = 0;
	WCHAR *w;

	for (i = *pos;; i += 2) {
		if (cb - i < 2)
			return -EINVAL;
		if (p[i] == 0 && p[i + 1] == 0)
			break;
		units++;
	}
	if (out != NULL) {
		w = alloc_calloc(units + 1, sizeof(*w));
		if (w == NULL)
			return -ENOMEM;
		for (i = 0; i < units; i++)
			w[i] = (WCHAR)(p[*pos + 2 * i] |
				       (p[*pos + 2 * i + 1] << 8));
		*out = ustr_to_utf8(w);
		alloc_free(w);
		if (*out == NULL)
			return -ENOMEM;
	}
	*pos += (units + 1) * 2;
	return 0;
}

int oneoff_parse(const void *eid, size_t cb, struct oneoff *out)
{
	static const uint8_t zero[4];
	const uint8_t *p = eid;
	struct oneoff o = {0};
	char **fields[3] = {&o.name, &o.type, &o.address};
	size_t pos = ONEOFF_HEADER_SIZE;
	bool wide;
	int ret, i;

	if (out != NULL)
		memset(out, 0, sizeof(*out));
	if (p == NULL || cb < 20 || memcmp(p + 4, oneoff_uid, 16) != 0)
		return -ENOENT;
	if (cb < ONEOFF_HEADER_SIZE || memcmp(p, zero, 4) != 0 || p[20] != 0 ||
	    p[21] != 0)
		return -EINVAL;
	o.flags = (uint16_t)(p[22] | (p[23] << 8));
	wide = (o.flags & MAPI_ONE_OFF_UNICODE) != 0;
	for (i = 0; i < 3; i++) {
		ret = wide ? get_wide(p, cb, &pos, fields[i])
			   : get_narrow(p, cb, &pos, fields[i]);
		if (ret < 0)
			goto fail;
	}
	ret = -EINVAL;
	if (pos != cb)
		goto fail;
	/* The type and the address may not be empty (each is a bare
	 * terminator otherwise). */
	if (o.type[0] == '\0' || o.address[0] == '\0')
		goto fail;
	if (out == NULL)
		oneoff_free(&o);
	else
		*out = o;
	return 0;
fail:
	oneoff_free(&o);
	return ret;
}

void oneoff_free(struct oneoff *o)
{
	if (o == NULL)
		return;
	alloc_free(o->name);
	alloc_free(o->type);
	alloc_free(o->address);
	o->name = o->type = o->address = NULL;
}
