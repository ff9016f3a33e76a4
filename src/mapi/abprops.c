/*
 * abprops.c - the properties of the address book's objects (abprops.h):
 * built once, when an object is opened, into one MAPI buffer, and given
 * out in the form a caller asks for.
 */
#include "abprops.h"

#include <errno.h>
#include <stdio.h>
#include <string.h>

#include <mapiutil.h>

#include "alloc.h"
#include "ustring.h"

/* Most properties of one object. */
#define MAX_PROPS 16

/* Builds an object's properties in one MAPI buffer. */
struct pbuild {
	SPropValue *v;
	ULONG n;
	int err;
};

static int pb_init(struct pbuild *b)
{
	b->n = 0;
	b->err = 0;
	if (MAPIAllocateBuffer(MAX_PROPS * sizeof(SPropValue),
			       (LPVOID *)&b->v) != S_OK) {
		b->v = NULL;
		return -ENOMEM;
	}
	return 0;
}

static SPropValue *pb_next(struct pbuild *b, ULONG tag)
{
	SPropValue *v;

	if (b->err < 0 || b->n >= MAX_PROPS) {
		if (b->err == 0)
			b->err = -ENOMEM;
		return NULL;
	}
	v = &b->v[b->n++];
	memset(v, 0, sizeof(*v));
	v->ulPropTag = tag;
	return v;
}

static void pb_long(struct pbuild *b, ULONG tag, ULONG value)
{
	SPropValue *v = pb_next(b, tag);

	if (v != NULL)
		v->Value.l = (LONG)value;
}

static void pb_bool(struct pbuild *b, ULONG tag, bool value)
{
	SPropValue *v = pb_next(b, tag);

	if (v != NULL)
		v->Value.b = value ? 1 : 0;
}

static void pb_bin(struct pbuild *b, ULONG tag, const void *data, size_t cb)
{
	SPropValue *v = pb_next(b, tag);
	void *copy = NULL;

	if (v == NULL)
		return;
	if (MAPIAllocateMore((ULONG)(cb > 0 ? cb : 1), b->v, &copy) != S_OK) {
		b->err = -ENOMEM;
		return;
	}
	if (cb > 0)
		memcpy(copy, data, cb);
	v->Value.bin.cb = (ULONG)cb;
	v->Value.bin.lpb = copy;
}

static void pb_str(struct pbuild *b, ULONG tag, const char *s)
{
	SPropValue *v = pb_next(b, S8(tag));
	void *copy = NULL;
	size_t n = strlen(s) + 1;

	if (v == NULL)
		return;
	if (MAPIAllocateMore((ULONG)n, b->v, &copy) != S_OK) {
		b->err = -ENOMEM;
		return;
	}
	memcpy(copy, s, n);
	v->Value.lpszA = copy;
}

/* "TYPE:ADDRESS" in upper case with its terminator: PR_SEARCH_KEY. */
static void pb_search_key(struct pbuild *b, const char *type,
			  const char *address)
{
	size_t n = strlen(type) + 1 + strlen(address) + 1, i;
	char *key = alloc_malloc(n);

	if (key == NULL) {
		b->err = -ENOMEM;
		return;
	}
	snprintf(key, n, "%s:%s", type, address);
	for (i = 0; key[i] != '\0'; i++)
		if (key[i] >= 'a' && key[i] <= 'z')
			key[i] = (char)(key[i] - 'a' + 'A');
	pb_bin(b, PR_SEARCH_KEY, key, n);
	alloc_free(key);
}

static int pb_done(struct pbuild *b, SPropValue **props_r, ULONG *n_r)
{
	if (b->err < 0) {
		MAPIFreeBuffer(b->v);
		b->v = NULL;
		return b->err;
	}
	*props_r = b->v;
	*n_r = b->n;
	return 0;
}

/* The properties of a principal as a mail user. */
int abprops_principal(const struct dir_principal *p, SPropValue **props_r,
		      ULONG *n_r)
{
	struct pbuild b;
	LPENTRYID eid = NULL;
	ULONG cb = 0;
	int ret = pb_init(&b);

	if (ret < 0)
		return ret;
	ret = abeid_build(ABEID_MAILUSER, p->name, b.v, &cb, &eid);
	if (ret < 0) {
		MAPIFreeBuffer(b.v);
		return ret;
	}
	pb_bin(&b, PR_ENTRYID, eid, cb);
	pb_bin(&b, PR_RECORD_KEY, eid, cb);
	pb_search_key(&b, ADDRTYPE_MAPIX, p->name);
	pb_long(&b, PR_OBJECT_TYPE, MAPI_MAILUSER);
	pb_long(&b, PR_DISPLAY_TYPE, DT_MAILUSER);
	pb_str(&b, PR_DISPLAY_NAME,
	       p->display_name != NULL && p->display_name[0] != '\0'
		   ? p->display_name
		   : p->name);
	pb_str(&b, PR_TRANSMITABLE_DISPLAY_NAME,
	       p->display_name != NULL && p->display_name[0] != '\0'
		   ? p->display_name
		   : p->name);
	pb_str(&b, PR_ADDRTYPE, ADDRTYPE_MAPIX);
	pb_str(&b, PR_EMAIL_ADDRESS, p->name);
	pb_str(&b, PR_ACCOUNT, p->name);
	return pb_done(&b, props_r, n_r);
}

/* The properties of a one-off address; eid NULL builds its entry ID
 * (flags: MAPI_ONE_OFF_*). */
int abprops_oneoff(const struct oneoff *o, const void *eid, ULONG cb,
		   SPropValue **props_r, ULONG *n_r)
{
	struct pbuild b;
	LPENTRYID built = NULL;
	int ret = pb_init(&b);

	if (ret < 0)
		return ret;
	if (eid == NULL) {
		ret = oneoff_build(o->name, o->type, o->address, o->flags, b.v,
				   &cb, &built);
		if (ret < 0) {
			MAPIFreeBuffer(b.v);
			return ret;
		}
		eid = built;
	}
	pb_bin(&b, PR_ENTRYID, eid, cb);
	pb_bin(&b, PR_RECORD_KEY, eid, cb);
	pb_search_key(&b, o->type, o->address);
	pb_long(&b, PR_OBJECT_TYPE, MAPI_MAILUSER);
	pb_long(&b, PR_DISPLAY_TYPE, DT_MAILUSER);
	pb_str(&b, PR_DISPLAY_NAME,
	       o->name != NULL && o->name[0] != '\0' ? o->name : o->address);
	pb_str(&b, PR_ADDRTYPE, o->type);
	pb_str(&b, PR_EMAIL_ADDRESS, o->address);
	pb_bool(&b, PR_SEND_RICH_INFO,
		(o->flags & MAPI_ONE_OFF_NO_RICH_INFO) == 0);
	return pb_done(&b, props_r, n_r);
}

/* The properties of a container. */
int abprops_container(enum abeid_type kind, SPropValue **props_r, ULONG *n_r)
{
	struct pbuild b;
	LPENTRYID eid = NULL;
	ULONG cb = 0;
	int ret = pb_init(&b);

	if (ret < 0)
		return ret;
	ret = abeid_build(kind, NULL, b.v, &cb, &eid);
	if (ret < 0) {
		MAPIFreeBuffer(b.v);
		return ret;
	}
	pb_bin(&b, PR_ENTRYID, eid, cb);
	pb_bin(&b, PR_RECORD_KEY, eid, cb);
	pb_long(&b, PR_OBJECT_TYPE, MAPI_ABCONT);
	pb_bin(&b, PR_AB_PROVIDER_ID, addrbook_uid.ab, sizeof(addrbook_uid.ab));
	if (kind == ABEID_DIRECTORY) {
		pb_long(&b, PR_DISPLAY_TYPE, DT_GLOBAL);
		pb_str(&b, PR_DISPLAY_NAME, DIRECTORY_NAME);
		pb_long(&b, PR_CONTAINER_FLAGS,
			AB_RECIPIENTS | AB_UNMODIFIABLE);
	} else {
		pb_long(&b, PR_DISPLAY_TYPE, DT_CONTAINER);
		pb_str(&b, PR_DISPLAY_NAME, "");
		pb_long(&b, PR_CONTAINER_FLAGS,
			AB_SUBCONTAINERS | AB_UNMODIFIABLE);
	}
	return pb_done(&b, props_r, n_r);
}

const SPropValue *abprops_find(const SPropValue *props, ULONG n, ULONG tag)
{
	ULONG i;

	for (i = 0; i < n; i++)
		if (PROP_ID(props[i].ulPropTag) == PROP_ID(tag))
			return &props[i];
	return NULL;
}

/*
 * One internal value as the caller wants it, allocated on base: strings
 * as PT_UNICODE when wide, else PT_STRING8.  0 or -ENOMEM.
 */
int abprops_out(const SPropValue *in, bool wide, SPropValue *out, void *base)
{
	void *copy = NULL;
	size_t n;

	*out = *in;
	switch (PROP_TYPE(in->ulPropTag)) {
	case PT_STRING8:
		if (wide) {
			WCHAR *w = ustr_from_utf8(in->Value.lpszA);

			if (w == NULL)
				return -ENOMEM;
			n = (ustr_wlen(w) + 1) * sizeof(WCHAR);
			if (MAPIAllocateMore((ULONG)n, base, &copy) != S_OK) {
				alloc_free(w);
				return -ENOMEM;
			}
			memcpy(copy, w, n);
			alloc_free(w);
			out->ulPropTag =
			    CHANGE_PROP_TYPE(in->ulPropTag, PT_UNICODE);
			out->Value.lpszW = copy;
			return 0;
		}
		n = strlen(in->Value.lpszA) + 1;
		if (MAPIAllocateMore((ULONG)n, base, &copy) != S_OK)
			return -ENOMEM;
		memcpy(copy, in->Value.lpszA, n);
		out->Value.lpszA = copy;
		return 0;
	case PT_BINARY:
		n = in->Value.bin.cb;
		if (MAPIAllocateMore((ULONG)(n > 0 ? n : 1), base, &copy) !=
		    S_OK)
			return -ENOMEM;
		if (n > 0)
			memcpy(copy, in->Value.bin.lpb, n);
		out->Value.bin.lpb = copy;
		return 0;
	default:
		return 0;
	}
}

/*
 * The get_props hook over an internal property array: every property
 * (strings as PT_UNICODE) when tags is NULL, else the tags asked for,
 * PT_ERROR for what is missing.  0, 1 (errors returned) or -ENOMEM.
 */
int abprops_get(const SPropValue *props, ULONG n, const SPropTagArray *tags,
		ULONG *count_r, SPropValue **props_r)
{
	ULONG count = tags != NULL ? tags->cValues : n, i;
	SPropValue *out = NULL;
	int ret = 0;

	*count_r = 0;
	*props_r = NULL;
	if (MAPIAllocateBuffer(
		(ULONG)((count > 0 ? count : 1) * sizeof(SPropValue)),
		(LPVOID *)&out) != S_OK)
		return -ENOMEM;
	for (i = 0; i < count; i++) {
		ULONG want = tags != NULL ? tags->aulPropTag[i] : 0;
		const SPropValue *v =
		    tags != NULL ? abprops_find(props, n, want) : &props[i];
		ULONG type = tags != NULL ? PROP_TYPE(want) : PT_UNSPECIFIED;
		ULONG have = v != NULL ? PROP_TYPE(v->ulPropTag) : 0;
		bool is_str = have == PT_STRING8;
		bool ok =
		    v != NULL && (type == PT_UNSPECIFIED || type == have ||
				  (is_str && type == PT_UNICODE));

		if (!ok) {
			out[i].ulPropTag = CHANGE_PROP_TYPE(want, PT_ERROR);
			out[i].dwAlignPad = 0;
			out[i].Value.err = MAPI_E_NOT_FOUND;
			ret = 1;
			continue;
		}
		if (abprops_out(v, is_str && type != PT_STRING8, &out[i], out) <
		    0) {
			MAPIFreeBuffer(out);
			return -ENOMEM;
		}
	}
	*count_r = count;
	*props_r = out;
	return ret;
}
