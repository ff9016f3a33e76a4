/*
 * engine_props.c - property values in the engine: collections that become
 * one MAPI block (struct pcoll), values normalised for storage, and the
 * computed properties of folder and message rows (entry IDs, sizes,
 * access, the values the index columns hold).
 */
#include "engine_int.h"

#include <errno.h>
#include <string.h>

#include <mapix.h>
#include <mapiutil.h>

#include "alloc.h"
#include "eid.h"
#include "ustring.h"
#include "utf8.h"

#define PR_IMPORTANCE_ PROP_TAG(PT_LONG, 0x0017)

void pcoll_free(struct pcoll *c)
{
	ULONG i;

	for (i = 0; i < c->nscratch; i++)
		alloc_free(c->scratch[i]);
	alloc_free(c->scratch);
	alloc_free(c->v);
	memset(c, 0, sizeof(*c));
}

void pcoll_add(struct pcoll *c, const SPropValue *pv)
{
	if (c->failed)
		return;
	if (c->n == c->cap) {
		ULONG cap = c->cap ? c->cap * 2 : 32;
		SPropValue *nv = alloc_realloc(c->v, cap * sizeof(*nv));

		if (nv == NULL) {
			c->failed = true;
			return;
		}
		c->v = nv;
		c->cap = cap;
	}
	c->v[c->n++] = *pv;
}

/* Keeps p until the collection is freed; NULL marks failure. */
static void *keep(struct pcoll *c, void *p)
{
	if (p == NULL) {
		c->failed = true;
		return NULL;
	}
	if (c->nscratch == c->capscratch) {
		ULONG cap = c->capscratch ? c->capscratch * 2 : 16;
		void **ns = alloc_realloc(c->scratch, cap * sizeof(*ns));

		if (ns == NULL) {
			alloc_free(p);
			c->failed = true;
			return NULL;
		}
		c->scratch = ns;
		c->capscratch = cap;
	}
	c->scratch[c->nscratch++] = p;
	return p;
}

void pcoll_long(struct pcoll *c, ULONG tag, LONG v)
{
	SPropValue pv = {.ulPropTag = tag};

	pv.Value.l = v;
	pcoll_add(c, &pv);
}

void pcoll_bool(struct pcoll *c, ULONG tag, bool v)
{
	SPropValue pv = {.ulPropTag = tag};

	pv.Value.b = v ? 1 : 0;
	pcoll_add(c, &pv);
}

void pcoll_i8(struct pcoll *c, ULONG tag, int64_t v)
{
	SPropValue pv = {.ulPropTag = tag};

	pv.Value.li.QuadPart = v;
	pcoll_add(c, &pv);
}

void pcoll_time(struct pcoll *c, ULONG tag, int64_t ft)
{
	SPropValue pv = {.ulPropTag = tag};

	pv.Value.ft.dwLowDateTime = (ULONG)(uint64_t)ft;
	pv.Value.ft.dwHighDateTime = (ULONG)((uint64_t)ft >> 32);
	pcoll_add(c, &pv);
}

void pcoll_bin(struct pcoll *c, ULONG tag, const void *p, size_t n)
{
	SPropValue pv = {.ulPropTag = tag};
	void *copy = keep(c, alloc_memdup(p, n ? n : 1));

	if (copy == NULL)
		return;
	pv.Value.bin.cb = (ULONG)n;
	pv.Value.bin.lpb = copy;
	pcoll_add(c, &pv);
}

void pcoll_str(struct pcoll *c, ULONG tag, const char *utf8)
{
	SPropValue pv = {.ulPropTag = PROP_TAG(PT_UNICODE, PROP_ID(tag))};
	WCHAR *w = keep(c, ustr_from_utf8(utf8 ? utf8 : ""));

	if (w == NULL)
		return;
	pv.Value.lpszW = w;
	pcoll_add(c, &pv);
}

int pcoll_finish(struct pcoll *c, enum pblob_alloc how, ULONG *count_r,
		 SPropValue **props_r)
{
	struct pbuf b = {0};
	int ret;

	if (c->failed)
		return -ENOMEM;
	ret = pblob_write(&b, c->n, c->v);
	if (ret == 0)
		ret = pblob_parse(b.data, b.len, how, count_r, props_r);
	pbuf_free(&b);
	return ret == -EBADMSG ? -EINVAL : ret;
}

/* A PT_UNICODE (or MV) value converted for a PT_STRING8 (MV) tag. */
static void convert_to_8(struct pcoll *c, const SPropValue *src, ULONG tag)
{
	SPropValue pv = {.ulPropTag = tag};
	ULONG i, n;

	if (!(PROP_TYPE(tag) & MV_FLAG)) {
		pv.Value.lpszA = keep(c, ustr_to_utf8(src->Value.lpszW));
		if (pv.Value.lpszA)
			pcoll_add(c, &pv);
		return;
	}
	n = src->Value.MVszW.cValues;
	pv.Value.MVszA.cValues = n;
	pv.Value.MVszA.lppszA = keep(c, alloc_calloc(n ? n : 1, sizeof(LPSTR)));
	if (pv.Value.MVszA.lppszA == NULL)
		return;
	for (i = 0; i < n; i++) {
		pv.Value.MVszA.lppszA[i] =
		    keep(c, ustr_to_utf8(src->Value.MVszW.lppszW[i]));
		if (pv.Value.MVszA.lppszA[i] == NULL)
			return;
	}
	pcoll_add(c, &pv);
}

static const SPropValue *find_id(const SPropValue *all, ULONG n, ULONG id)
{
	ULONG i;

	for (i = 0; i < n; i++)
		if (PROP_ID(all[i].ulPropTag) == id &&
		    PROP_TYPE(all[i].ulPropTag) != PT_ERROR)
			return &all[i];
	return NULL;
}

int pcoll_project(struct pcoll *c, const SPropValue *all, ULONG n,
		  const SPropTagArray *tags)
{
	int missing = 0;
	ULONG i;

	for (i = 0; i < tags->cValues; i++) {
		ULONG tag = tags->aulPropTag[i], type = PROP_TYPE(tag);
		const SPropValue *v = find_id(all, n, PROP_ID(tag));
		ULONG have = v ? PROP_TYPE(v->ulPropTag) : 0;

		if (v != NULL && (type == PT_UNSPECIFIED || type == have)) {
			pcoll_add(c, v);
		} else if (v != NULL && type == PT_STRING8 &&
			   have == PT_UNICODE) {
			convert_to_8(c, v, tag);
		} else if (v != NULL && type == PT_MV_STRING8 &&
			   have == PT_MV_UNICODE) {
			convert_to_8(c, v, tag);
		} else {
			SPropValue e = {.ulPropTag =
					    PROP_TAG(PT_ERROR, PROP_ID(tag))};

			/* A value that exists but is reported as an error. */
			e.Value.err = MAPI_E_NOT_FOUND;
			for (ULONG k = 0; k < n && v == NULL; k++)
				if (all[k].ulPropTag == e.ulPropTag)
					e.Value.err = all[k].Value.err;
			pcoll_add(c, &e);
			missing++;
		}
	}
	return c->failed ? -ENOMEM : missing;
}

/* Normalises a value for storage: 8-bit strings become Unicode. */
static int normalise(const SPropValue *in, SPropValue *out, void **scratch_r,
		     ULONG nscratch_max, ULONG *nscratch)
{
	ULONG type = PROP_TYPE(in->ulPropTag), i, n;

	*out = *in;
	if (type == PT_STRING8) {
		if (in->Value.lpszA == NULL)
			return -EINVAL;
		out->ulPropTag = CHANGE_PROP_TYPE(in->ulPropTag, PT_UNICODE);
		out->Value.lpszW = ustr_from_utf8(in->Value.lpszA);
		if (out->Value.lpszW == NULL)
			return -ENOMEM;
		scratch_r[(*nscratch)++] = out->Value.lpszW;
		return 0;
	}
	if (type != PT_MV_STRING8)
		return 0;
	n = in->Value.MVszA.cValues;
	if (n != 0 && in->Value.MVszA.lppszA == NULL)
		return -EINVAL;
	if (*nscratch + n + 1 > nscratch_max)
		return -E2BIG;
	out->ulPropTag = CHANGE_PROP_TYPE(in->ulPropTag, PT_MV_UNICODE);
	out->Value.MVszW.lppszW = alloc_calloc(n ? n : 1, sizeof(LPWSTR));
	if (out->Value.MVszW.lppszW == NULL)
		return -ENOMEM;
	scratch_r[(*nscratch)++] = out->Value.MVszW.lppszW;
	for (i = 0; i < n; i++) {
		if (in->Value.MVszA.lppszA[i] == NULL)
			return -EINVAL;
		out->Value.MVszW.lppszW[i] =
		    ustr_from_utf8(in->Value.MVszA.lppszA[i]);
		if (out->Value.MVszW.lppszW[i] == NULL)
			return -ENOMEM;
		scratch_r[(*nscratch)++] = out->Value.MVszW.lppszW[i];
	}
	return 0;
}

/* pbag_set of a normalised copy of pv. */
int engine_bag_set(struct pbag *bag, const SPropValue *pv)
{
	void *scratch[PBLOB_MAX_MV > 4096 ? 4096 : PBLOB_MAX_MV];
	ULONG ns = 0, i;
	SPropValue norm;
	int ret;

	ret = normalise(pv, &norm, scratch, 4096, &ns);
	if (ret == 0)
		ret = pbag_set(bag, &norm);
	for (i = 0; i < ns; i++)
		alloc_free(scratch[i]);
	return ret;
}

ULONG engine_access_of(ULONG rights, bool folder)
{
	ULONG a = 0;

	if (folder) {
		if (rights & frightsVisible)
			a |= MAPI_ACCESS_READ;
		if (rights & frightsOwner)
			a |= MAPI_ACCESS_MODIFY | MAPI_ACCESS_DELETE;
		if (rights & frightsCreateSubfolder)
			a |= MAPI_ACCESS_CREATE_HIERARCHY;
		if (rights & frightsCreate)
			a |= MAPI_ACCESS_CREATE_CONTENTS |
			     MAPI_ACCESS_CREATE_ASSOCIATED;
		return a;
	}
	if (rights & frightsReadAny)
		a |= MAPI_ACCESS_READ;
	if (rights & (frightsEditAny | frightsEditOwned))
		a |= MAPI_ACCESS_MODIFY;
	if (rights & (frightsDeleteAny | frightsDeleteOwned))
		a |= MAPI_ACCESS_DELETE;
	return a;
}

bool engine_prop_computed(ULONG id)
{
	switch (id) {
	case PROP_ID(PR_ENTRYID):
	case PROP_ID(PR_PARENT_ENTRYID):
	case PROP_ID(PR_STORE_ENTRYID):
	case PROP_ID(PR_STORE_RECORD_KEY):
	case PROP_ID(PR_RECORD_KEY):
	case PROP_ID(PR_INSTANCE_KEY):
	case PROP_ID(PR_SOURCE_KEY):
	case PROP_ID(PR_PARENT_SOURCE_KEY):
	case PROP_ID(PR_CHANGE_KEY):
	case PROP_ID(PR_PREDECESSOR_CHANGE_LIST):
	case PROP_ID(PR_CHANGE_NUM):
	case PROP_ID(PR_OBJECT_TYPE):
	case PROP_ID(PR_MESSAGE_SIZE):
	case PROP_ID(PR_HASATTACH):
	case PROP_ID(PR_ACCESS):
	case PROP_ID(PR_ACCESS_LEVEL):
	case PROP_ID(PR_CREATION_TIME):
	case PROP_ID(PR_LAST_MODIFICATION_TIME):
	case PROP_ID(PR_MID_TAG):
	case PROP_ID(PR_INSTANCE_NUM):
	case PROP_ID(PR_MESSAGE_RECIPIENTS):
	case PROP_ID(PR_MESSAGE_ATTACHMENTS):
	case PROP_ID(PR_RIGHTS_):
	case PROP_ID(PR_CONTENT_COUNT):
	case PROP_ID(PR_CONTENT_UNREAD):
	case PROP_ID(PR_ASSOC_CONTENT_COUNT):
	case PROP_ID(PR_FOLDER_CHILD_COUNT):
	case PROP_ID(PR_SUBFOLDERS):
	case PROP_ID(PR_DEPTH):
	case PROP_ID(PR_FOLDER_TYPE):
		return true;
	default:
		return false;
	}
}

/* Index columns and the property IDs they hold. */
const ULONG engine_col_prop_ids[EB_COL_COUNT] = {
    [EB_COL_DELIVERY_TIME] = 0x0E06, [EB_COL_SUBJECT] = 0x0037,
    [EB_COL_NORM_SUBJECT] = 0x0E1D,  [EB_COL_SENDER_NAME] = 0x0C1A,
    [EB_COL_MESSAGE_CLASS] = 0x001A, [EB_COL_IMPORTANCE] = 0x0017};

/*
 * The index columns of a message from its properties.  strip[k] tells
 * that column k holds its property exactly, so the property blob need
 * not hold it too (the loaders put it back from the column).
 */
void engine_msg_columns(const struct pbag *props, struct eb_message *m,
			char **texts, bool *strip)
{
	const SPropValue *v;
	int k;

	for (k = 0; k < EB_COL_COUNT; k++)
		strip[k] = false;
	v = pbag_find(props, PROP_ID(PR_MESSAGE_DELIVERY_TIME));
	if (v && PROP_TYPE(v->ulPropTag) == PT_SYSTIME) {
		uint64_t ft = ((uint64_t)v->Value.ft.dwHighDateTime << 32) |
			      v->Value.ft.dwLowDateTime;

		m->col[EB_COL_DELIVERY_TIME].present = true;
		m->col[EB_COL_DELIVERY_TIME].i = (int64_t)(ft ^ (1ULL << 63));
		strip[EB_COL_DELIVERY_TIME] = true;
	}
	for (k = EB_COL_SUBJECT; k <= EB_COL_MESSAGE_CLASS; k++) {
		v = pbag_find(props, engine_col_prop_ids[k]);
		texts[k] = NULL;
		if (v && PROP_TYPE(v->ulPropTag) == PT_UNICODE) {
			texts[k] = ustr_to_utf8(v->Value.lpszW);
			if (texts[k]) {
				m->col[k].present = true;
				m->col[k].s = texts[k];
				m->col[k].slen = strlen(texts[k]);
				/* Without an unpaired surrogate the UTF-8
				 * form converts back to the same string. */
				strip[k] = utf16_valid(
				    v->Value.lpszW, ustr_wlen(v->Value.lpszW));
			}
		}
	}
	v = pbag_find(props, PROP_ID(PR_IMPORTANCE_));
	if (v && PROP_TYPE(v->ulPropTag) == PT_LONG) {
		m->col[EB_COL_IMPORTANCE].present = true;
		m->col[EB_COL_IMPORTANCE].i = v->Value.l;
		strip[EB_COL_IMPORTANCE] = true;
	}
}

/* The property a present index column k of m stands for, into c. */
static void col_value(const struct eb_message *m, int k, struct pcoll *c)
{
	switch (k) {
	case EB_COL_DELIVERY_TIME:
		pcoll_time(c, PR_MESSAGE_DELIVERY_TIME,
			   m->col[k].i ^ INT64_MIN);
		break;
	case EB_COL_IMPORTANCE:
		pcoll_long(c, PR_IMPORTANCE_, (LONG)m->col[k].i);
		break;
	default:
		pcoll_str(c, PROP_TAG(PT_UNICODE, engine_col_prop_ids[k]),
			  m->col[k].s);
		break;
	}
}

/* Puts back the properties that only the index columns hold. */
int engine_bag_add_columns(struct pbag *bag, const struct eb_message *m)
{
	struct pcoll c = {0};
	ULONG i;
	int k, ret = 0;

	for (k = 0; k < EB_COL_COUNT; k++)
		if (engine_col_prop_ids[k] && m->col[k].present &&
		    pbag_find(bag, engine_col_prop_ids[k]) == NULL)
			col_value(m, k, &c);
	if (c.failed)
		ret = -ENOMEM;
	for (i = 0; i < c.n && ret == 0; i++)
		ret = pbag_set(bag, &c.v[i]);
	pcoll_free(&c);
	return ret;
}

/* Is a property of this ID among cols (NULL: all are wanted)? */
static bool wanted(const SPropTagArray *cols, ULONG tag)
{
	ULONG i;

	if (cols == NULL)
		return true;
	for (i = 0; i < cols->cValues; i++)
		if (PROP_ID(cols->aulPropTag[i]) == PROP_ID(tag))
			return true;
	return false;
}

int engine_msg_row_props(struct engine_mailbox *mb, const struct eb_message *m,
			 ULONG rights, const SPropTagArray *cols,
			 struct pcoll *c)
{
	uint8_t eid[EID_MESSAGE_SIZE], key[EID_SOURCE_KEY_SIZE], ik[8];
	SPropValue *props = NULL;
	ULONG n = 0, i, flags;
	int ret, k;

	if (m->props != NULL) {
		ret = pblob_parse(m->props, m->props_len, PBLOB_PLAIN, &n,
				  &props);
		if (ret < 0)
			return ret;
		keep(c, props);
		if (c->failed)
			return -ENOMEM;
		for (i = 0; i < n; i++)
			if (wanted(cols, props[i].ulPropTag))
				pcoll_add(c, &props[i]);
	}
	/* The values the index columns hold (and the blob does not). */
	for (k = 0; k < EB_COL_COUNT; k++) {
		bool in_blob = false;

		if (!engine_col_prop_ids[k] || !m->col[k].present ||
		    !wanted(cols, engine_col_prop_ids[k] << 16))
			continue;
		for (i = 0; i < n && !in_blob; i++)
			in_blob = PROP_ID(props[i].ulPropTag) ==
				  engine_col_prop_ids[k];
		if (!in_blob)
			col_value(m, k, c);
	}
	flags = (ULONG)m->col[EB_COL_FLAGS].i;
	if (m->fid != 0) {
		eid_message(&mb->db_guid, m->fid, m->mid, eid);
		if (wanted(cols, PR_ENTRYID))
			pcoll_bin(c, PR_ENTRYID, eid, sizeof(eid));
		if (wanted(cols, PR_RECORD_KEY))
			pcoll_bin(c, PR_RECORD_KEY, eid, sizeof(eid));
		eid_folder(&mb->db_guid, m->fid, eid);
		if (wanted(cols, PR_PARENT_ENTRYID))
			pcoll_bin(c, PR_PARENT_ENTRYID, eid, EID_FOLDER_SIZE);
		eid_source_key(&mb->db_guid, m->fid, key);
		if (wanted(cols, PR_PARENT_SOURCE_KEY))
			pcoll_bin(c, PR_PARENT_SOURCE_KEY, key, sizeof(key));
	}
	if (wanted(cols, PR_INSTANCE_KEY)) {
		for (k = 0; k < 8; k++)
			ik[k] = (uint8_t)(m->mid >> (8 * (7 - k)));
		pcoll_bin(c, PR_INSTANCE_KEY, ik, sizeof(ik));
	}
	if (wanted(cols, PR_MID_TAG))
		pcoll_i8(c, PR_MID_TAG, (int64_t)m->mid);
	if (wanted(cols, PR_STORE_ENTRYID) || wanted(cols, PR_STORE_RECORD_KEY))
		eid_add_store_ids(mb, c);
	if (wanted(cols, PR_SOURCE_KEY) || wanted(cols, PR_CHANGE_KEY) ||
	    wanted(cols, PR_PREDECESSOR_CHANGE_LIST) ||
	    wanted(cols, PR_CHANGE_NUM))
		eid_add_change_ids(mb, c, m->mid, m->change_num);
	if (wanted(cols, PR_OBJECT_TYPE))
		pcoll_long(c, PR_OBJECT_TYPE, MAPI_MESSAGE);
	if (wanted(cols, PR_MESSAGE_FLAGS))
		pcoll_long(c, PR_MESSAGE_FLAGS, (LONG)flags);
	if (wanted(cols, PR_MESSAGE_SIZE)) {
		pcoll_long(c, PR_MESSAGE_SIZE, (LONG)m->col[EB_COL_SIZE].i);
		pcoll_i8(c, PR_MESSAGE_SIZE_EXTENDED, m->col[EB_COL_SIZE].i);
	}
	if (wanted(cols, PR_HASATTACH))
		pcoll_bool(c, PR_HASATTACH, (flags & MSGFLAG_HASATTACH) != 0);
	if (wanted(cols, PR_ACCESS))
		pcoll_long(c, PR_ACCESS, (LONG)engine_access_of(rights, false));
	if (wanted(cols, PR_ACCESS_LEVEL))
		pcoll_long(c, PR_ACCESS_LEVEL,
			   (rights & (frightsEditAny | frightsEditOwned))
			       ? MAPI_MODIFY
			       : 0);
	if (wanted(cols, PR_CREATION_TIME))
		pcoll_time(c, PR_CREATION_TIME, m->ctime);
	if (wanted(cols, PR_LAST_MODIFICATION_TIME))
		pcoll_time(c, PR_LAST_MODIFICATION_TIME, m->mtime);
	return c->failed ? -ENOMEM : 0;
}

int engine_folder_row_props(struct engine_mailbox *mb,
			    const struct eb_folder *f, ULONG rights, int depth,
			    struct pcoll *c)
{
	uint8_t eid[EID_FOLDER_SIZE], key[EID_SOURCE_KEY_SIZE];
	uint64_t count = 0, unread = 0, assoc = 0, children = 0;
	SPropValue *props = NULL;
	ULONG n = 0, i;
	int ret;

	ret = pblob_parse(f->props, f->props_len, PBLOB_PLAIN, &n, &props);
	if (ret < 0)
		return ret;
	keep(c, props);
	if (c->failed)
		return -ENOMEM;
	for (i = 0; i < n; i++)
		pcoll_add(c, &props[i]);
	ret = ebk_folder_counts(mb, f->fid, &count, &unread, &assoc, &children);
	if (ret < 0)
		return ret;
	eid_folder(&mb->db_guid, f->fid, eid);
	pcoll_bin(c, PR_ENTRYID, eid, sizeof(eid));
	pcoll_bin(c, PR_RECORD_KEY, eid, sizeof(eid));
	pcoll_bin(c, PR_INSTANCE_KEY, eid + 38, 6);
	if (f->parent != 0) {
		eid_folder(&mb->db_guid, f->parent, eid);
		pcoll_bin(c, PR_PARENT_ENTRYID, eid, sizeof(eid));
		eid_source_key(&mb->db_guid, f->parent, key);
		pcoll_bin(c, PR_PARENT_SOURCE_KEY, key, sizeof(key));
	}
	eid_add_store_ids(mb, c);
	eid_add_change_ids(mb, c, f->fid, f->change_num);
	pcoll_long(c, PR_OBJECT_TYPE, MAPI_FOLDER);
	pcoll_long(c, PR_FOLDER_TYPE, (LONG)f->type);
	pcoll_long(c, PR_CONTENT_COUNT, (LONG)count);
	pcoll_long(c, PR_CONTENT_UNREAD, (LONG)unread);
	pcoll_long(c, PR_ASSOC_CONTENT_COUNT, (LONG)assoc);
	pcoll_long(c, PR_FOLDER_CHILD_COUNT, (LONG)children);
	pcoll_bool(c, PR_SUBFOLDERS, children != 0);
	pcoll_long(c, PR_ACCESS, (LONG)engine_access_of(rights, true));
	pcoll_long(c, PR_ACCESS_LEVEL,
		   (rights & frightsOwner) ? MAPI_MODIFY : 0);
	pcoll_long(c, PR_RIGHTS_, (LONG)rights);
	pcoll_time(c, PR_CREATION_TIME, f->ctime);
	pcoll_time(c, PR_LAST_MODIFICATION_TIME, f->mtime);
	if (depth >= 0)
		pcoll_long(c, PR_DEPTH, depth);
	return c->failed ? -ENOMEM : 0;
}

int engine_col_of_tag(ULONG tag)
{
	switch (tag) {
	case PR_MESSAGE_DELIVERY_TIME:
		return EB_COL_DELIVERY_TIME;
	case PR_SUBJECT_W:
		return EB_COL_SUBJECT;
	case PR_NORMALIZED_SUBJECT_W:
		return EB_COL_NORM_SUBJECT;
	case PR_SENDER_NAME_W:
		return EB_COL_SENDER_NAME;
	case PROP_TAG(PT_UNICODE, 0x001A):
		return EB_COL_MESSAGE_CLASS;
	case PR_MESSAGE_FLAGS:
		return EB_COL_FLAGS;
	case PR_MESSAGE_SIZE:
		return EB_COL_SIZE;
	case PR_IMPORTANCE_:
		return EB_COL_IMPORTANCE;
	default:
		return -1;
	}
}

/* Returns props as the caller asked: all of them, or projected on tags. */
int engine_props_finish(struct pcoll *all, const SPropTagArray *tags,
			ULONG *count_r, SPropValue **props_r)
{
	struct pcoll out = {0};
	int missing = 0, ret;

	if (tags == NULL)
		return pcoll_finish(all, PBLOB_MAPI, count_r, props_r);
	if (tags->cValues == 0)
		return -EINVAL;
	missing = pcoll_project(&out, all->v, all->n, tags);
	if (missing < 0) {
		pcoll_free(&out);
		return missing;
	}
	ret = pcoll_finish(&out, PBLOB_MAPI, count_r, props_r);
	pcoll_free(&out);
	if (ret < 0)
		return ret;
	return missing ? 1 : 0;
}

int engine_props_settable(ULONG count, const SPropValue *props)
{
	ULONG i, type;

	if (count && props == NULL)
		return -EINVAL;
	for (i = 0; i < count; i++) {
		type = PROP_TYPE(props[i].ulPropTag);
		if (!pblob_type_ok(type) || type == PT_NULL ||
		    type == PT_ERROR || type == PT_UNSPECIFIED)
			return -EINVAL;
		if (engine_prop_computed(PROP_ID(props[i].ulPropTag)))
			return -EACCES;
	}
	return 0;
}
