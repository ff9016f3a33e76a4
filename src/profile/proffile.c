/*
 * proffile.c - profile files: the model (sections keyed by MAPIUID, each a
 * sorted set of properties) and locked edits through atomicfile.  The
 * writer and parser of the text format described in proffile.h are
 * proffile_text.c's.
 *
 * Each stored property is an SPropValue plus one alloc_malloc() block for
 * everything it points to, made by PropCopyMore with an allocator that
 * hands out that block; so a property can be replaced or removed alone.
 */
#include "proffile_private.h"

#include <errno.h>
#include <stdlib.h>
#include <string.h>

#include <mapiutil.h>
#include <mapix.h>

#include "alloc.h"
#include "atomicfile.h"
#include "profutil.h"
#include "proptype.h"
#include "tagname.h"

/* ============================ Types and tags =========================== */

/* Password properties: never written to a profile. */
static const ULONG denied_ids[] = {
    PROP_ID(PR_PST_PW_SZ_OLD),
    PROP_ID(PR_PST_PW_SZ_NEW),
};

bool proffile_tag_denied(ULONG tag)
{
	size_t i;

	for (i = 0; i < sizeof(denied_ids) / sizeof(denied_ids[0]); i++) {
		if (PROP_ID(tag) == denied_ids[i])
			return true;
	}
	return false;
}

/* ================================ Model ================================ */

static SCODE STDMETHODCALLTYPE store_more(ULONG cb, LPVOID obj, LPVOID *out)
{
	void **slot = obj;

	if (*slot != NULL)
		return MAPI_E_CALL_FAILED; /* PropCopyMore asks only once */
	*slot = alloc_malloc(cb > 0 ? cb : 1);
	if (*slot == NULL)
		return MAPI_E_NOT_ENOUGH_MEMORY;
	*out = *slot;
	return S_OK;
}

/*
 * Copies src with everything it points to into dst and dst_data (with
 * alloc, or into MAPI buffer root with MAPIAllocateMore when root is not
 * NULL).  PT_SVREID holds an SBinary like PT_BINARY.  Returns 0, -EINVAL
 * (a pointer the value needs is NULL) or -ENOMEM.
 */
static int copy_value(SPropValue *dst, void **dst_data, const SPropValue *src,
		      void *root)
{
	SPropValue tmp = *src;
	SCODE sc;

	if (PROP_TYPE(src->ulPropTag) == PT_SVREID)
		tmp.ulPropTag = PROP_TAG(PT_BINARY, PROP_ID(src->ulPropTag));
	if (root != NULL)
		sc = PropCopyMore(dst, &tmp, MAPIAllocateMore, root);
	else
		sc = PropCopyMore(dst, &tmp, store_more, dst_data);
	if (sc == MAPI_E_NOT_ENOUGH_MEMORY)
		return -ENOMEM;
	if (sc != S_OK)
		return -EINVAL;
	dst->ulPropTag = src->ulPropTag;
	return 0;
}

static void pprop_clear(struct pprop *p)
{
	alloc_free(p->data);
	p->data = NULL;
}

static void psec_clear(struct psec *s)
{
	size_t i;

	for (i = 0; i < s->count; i++)
		pprop_clear(&s->props[i]);
	alloc_free(s->props);
	s->props = NULL;
	s->count = s->cap = 0;
}

int proffile_new(struct proffile **pf_r)
{
	*pf_r = alloc_calloc(1, sizeof(**pf_r));
	return *pf_r != NULL ? 0 : -ENOMEM;
}

void proffile_free(struct proffile **pf)
{
	size_t i;

	if (pf == NULL || *pf == NULL)
		return;
	for (i = 0; i < (*pf)->count; i++)
		psec_clear(&(*pf)->secs[i]);
	alloc_free((*pf)->secs);
	alloc_free(*pf);
	*pf = NULL;
}

/* Binary search: the index of uid, or where it would go (*found false). */
size_t proffile_sec_index(const struct proffile *pf, const MAPIUID *uid,
			  bool *found)
{
	size_t lo = 0, hi = pf->count;

	while (lo < hi) {
		size_t mid = lo + (hi - lo) / 2;
		int c = memcmp(pf->secs[mid].uid.ab, uid->ab, 16);

		if (c == 0) {
			*found = true;
			return mid;
		}
		if (c < 0)
			lo = mid + 1;
		else
			hi = mid;
	}
	*found = false;
	return lo;
}

size_t proffile_prop_index(const struct psec *s, ULONG tag, bool *found)
{
	size_t lo = 0, hi = s->count;

	while (lo < hi) {
		size_t mid = lo + (hi - lo) / 2;
		ULONG id = PROP_ID(s->props[mid].v.ulPropTag);

		if (id == PROP_ID(tag)) {
			*found = true;
			return mid;
		}
		if (id < PROP_ID(tag))
			lo = mid + 1;
		else
			hi = mid;
	}
	*found = false;
	return lo;
}

struct psec *proffile_find_sec(const struct proffile *pf, const MAPIUID *uid)
{
	bool found;
	size_t i;

	if (uid == NULL)
		return NULL;
	i = proffile_sec_index(pf, uid, &found);
	return found ? &pf->secs[i] : NULL;
}

/* The section uid, made when missing; NULL when memory runs out. */
struct psec *proffile_need_sec(struct proffile *pf, const MAPIUID *uid)
{
	bool found;
	size_t i = proffile_sec_index(pf, uid, &found);

	if (found)
		return &pf->secs[i];
	if (pf->count == pf->cap) {
		size_t cap = pf->cap != 0 ? pf->cap * 2 : 8;
		struct psec *p = alloc_realloc(pf->secs, cap * sizeof(*p));

		if (p == NULL)
			return NULL;
		pf->secs = p;
		pf->cap = cap;
	}
	memmove(&pf->secs[i + 1], &pf->secs[i],
		(pf->count - i) * sizeof(pf->secs[0]));
	pf->count++;
	memset(&pf->secs[i], 0, sizeof(pf->secs[i]));
	pf->secs[i].uid = *uid;
	return &pf->secs[i];
}

static bool psec_reserve(struct psec *s, size_t more)
{
	size_t cap;
	struct pprop *p;

	if (s->cap - s->count >= more)
		return true;
	cap = s->cap != 0 ? s->cap : 8;
	while (cap - s->count < more)
		cap *= 2;
	p = alloc_realloc(s->props, cap * sizeof(*p));
	if (p == NULL)
		return false;
	s->props = p;
	s->cap = cap;
	return true;
}

/* Puts a stored property (taken over) in place; room is reserved. */
static void psec_put(struct psec *s, struct pprop *np)
{
	bool found;
	size_t i = proffile_prop_index(s, np->v.ulPropTag, &found);

	if (found) {
		pprop_clear(&s->props[i]);
	} else {
		memmove(&s->props[i + 1], &s->props[i],
			(s->count - i) * sizeof(s->props[0]));
		s->count++;
	}
	s->props[i] = *np;
}

size_t proffile_section_count(const struct proffile *pf)
{
	return pf->count;
}

const MAPIUID *proffile_section_uid(const struct proffile *pf, size_t i)
{
	return i < pf->count ? &pf->secs[i].uid : NULL;
}

bool proffile_has_section(const struct proffile *pf, const MAPIUID *uid)
{
	return proffile_find_sec(pf, uid) != NULL;
}

int proffile_add_section(struct proffile *pf, const MAPIUID *uid)
{
	if (uid == NULL)
		return -EINVAL;
	if (proffile_find_sec(pf, uid) != NULL)
		return -EEXIST;
	return proffile_need_sec(pf, uid) != NULL ? 0 : -ENOMEM;
}

int proffile_delete_section(struct proffile *pf, const MAPIUID *uid)
{
	struct psec *s = proffile_find_sec(pf, uid);
	size_t i;

	if (s == NULL)
		return -ENOENT;
	i = (size_t)(s - pf->secs);
	psec_clear(s);
	memmove(&pf->secs[i], &pf->secs[i + 1],
		(pf->count - i - 1) * sizeof(pf->secs[0]));
	pf->count--;
	return 0;
}

/* Checks one value for storing; messages name the tag. */
static int check_prop(const SPropValue *pv, const char **error_r)
{
	ULONG type = PROP_TYPE(pv->ulPropTag);
	char name[64];

	tagname_format(pv->ulPropTag, name, sizeof(name));
	if (proffile_tag_denied(pv->ulPropTag)) {
		return prof_error(error_r, -EPERM,
				  "%s: passwords are not kept in profiles",
				  name);
	}
	if (!proptype_storable(type)) {
		return prof_error(error_r, -EINVAL,
				  "%s: a property of this type cannot be "
				  "stored in a profile",
				  name);
	}
	if (PROP_ID(pv->ulPropTag) == 0) {
		return prof_error(error_r, -EINVAL,
				  "property ID 0 cannot be stored");
	}
	return 0;
}

int proffile_set_props(struct proffile *pf, const MAPIUID *uid, ULONG cValues,
		       const SPropValue *props, const char **error_r)
{
	struct pprop *copies;
	struct psec *s;
	bool created;
	ULONG i, j;
	int ret = 0;

	if (uid == NULL || (cValues > 0 && props == NULL))
		return prof_error(error_r, -EINVAL, "no section or no values");
	for (i = 0; i < cValues; i++) {
		ret = check_prop(&props[i], error_r);
		if (ret < 0)
			return ret;
		for (j = 0; j < i; j++) {
			if (PROP_ID(props[j].ulPropTag) ==
			    PROP_ID(props[i].ulPropTag)) {
				return prof_error(
				    error_r, -EINVAL,
				    "property 0x%04X given twice",
				    (unsigned int)PROP_ID(props[i].ulPropTag));
			}
		}
	}
	copies = alloc_calloc(cValues > 0 ? cValues : 1, sizeof(*copies));
	if (copies == NULL)
		return prof_error(error_r, -ENOMEM, "out of memory");
	for (i = 0; i < cValues && ret == 0; i++) {
		ret =
		    copy_value(&copies[i].v, &copies[i].data, &props[i], NULL);
		if (ret == -EINVAL) {
			char name[64];

			prof_error(error_r, ret,
				   "%s: a value with a NULL pointer",
				   tagname_format(props[i].ulPropTag, name,
						  sizeof(name)));
		}
	}
	/* Nothing can fail after the section exists with room reserved;
	 * a section made here goes again if the room cannot be had. */
	created = proffile_find_sec(pf, uid) == NULL;
	s = ret == 0 ? proffile_need_sec(pf, uid) : NULL;
	if (ret == 0 && (s == NULL || !psec_reserve(s, cValues))) {
		if (s != NULL && created)
			proffile_delete_section(pf, uid);
		ret = -ENOMEM;
	}
	if (ret < 0) {
		for (i = 0; i < cValues; i++)
			pprop_clear(&copies[i]);
		alloc_free(copies);
		if (ret == -ENOMEM)
			return prof_error(error_r, ret, "out of memory");
		return ret;
	}
	for (i = 0; i < cValues; i++)
		psec_put(s, &copies[i]);
	alloc_free(copies);
	return 0;
}

int proffile_delete_props(struct proffile *pf, const MAPIUID *uid, ULONG cTags,
			  const ULONG *tags)
{
	struct psec *s = proffile_find_sec(pf, uid);
	ULONG i;

	if (s == NULL)
		return -ENOENT;
	if (cTags > 0 && tags == NULL)
		return -EINVAL;
	for (i = 0; i < cTags; i++) {
		bool found;
		size_t k = proffile_prop_index(s, tags[i], &found);

		if (!found)
			continue;
		pprop_clear(&s->props[k]);
		memmove(&s->props[k], &s->props[k + 1],
			(s->count - k - 1) * sizeof(s->props[0]));
		s->count--;
	}
	return 0;
}

int proffile_get_props(const struct proffile *pf, const MAPIUID *uid,
		       ULONG *count_r, LPSPropValue *props_r)
{
	const struct psec *s = proffile_find_sec(pf, uid);
	SPropValue *out;
	size_t i;
	int ret;

	*count_r = 0;
	*props_r = NULL;
	if (s == NULL)
		return -ENOENT;
	if (MAPIAllocateBuffer(
		(ULONG)((s->count > 0 ? s->count : 1) * sizeof(SPropValue)),
		(void **)&out) != S_OK)
		return -ENOMEM;
	for (i = 0; i < s->count; i++) {
		ret = copy_value(&out[i], NULL, &s->props[i].v, out);
		if (ret < 0) {
			MAPIFreeBuffer(out);
			return ret;
		}
	}
	*count_r = (ULONG)s->count;
	*props_r = out;
	return 0;
}

int proffile_get_prop(const struct proffile *pf, const MAPIUID *uid, ULONG tag,
		      LPSPropValue *prop_r)
{
	const struct psec *s = proffile_find_sec(pf, uid);
	SPropValue *out;
	bool found;
	size_t i;
	int ret;

	*prop_r = NULL;
	if (s == NULL)
		return -ENOENT;
	i = proffile_prop_index(s, tag, &found);
	if (!found || (PROP_TYPE(tag) != PT_UNSPECIFIED &&
		       PROP_TYPE(tag) != PROP_TYPE(s->props[i].v.ulPropTag)))
		return -ENOENT;
	if (MAPIAllocateBuffer(sizeof(SPropValue), (void **)&out) != S_OK)
		return -ENOMEM;
	ret = copy_value(out, NULL, &s->props[i].v, out);
	if (ret < 0) {
		MAPIFreeBuffer(out);
		return ret;
	}
	*prop_r = out;
	return 0;
}
/* ================================ Files ================================ */

/* A profile as a document type of atomicfile's. */
static int doc_create(const char *path, void **doc_r)
{
	(void)path;
	return proffile_new((struct proffile **)doc_r);
}

static int doc_parse(const char *path, const char *data, size_t size,
		     void **doc_r, const char **error_r)
{
	return proffile_parse(path, data, size, (struct proffile **)doc_r,
			      error_r);
}

static int doc_format(const void *doc, char **data_r, size_t *size_r)
{
	return proffile_format(doc, data_r, size_r);
}

static void doc_free(void *doc)
{
	struct proffile *pf = doc;

	proffile_free(&pf);
}

static const struct atomicfile_doc_type profile_doc = {
    "profile", doc_create, doc_parse, doc_format, doc_free};

int proffile_save(const struct proffile *pf, const char *path,
		  const char **error_r)
{
	return atomicfile_save_doc(path, &profile_doc, pf, error_r);
}

/* The callback's results and the flags pass through unchanged. */
_Static_assert(PROFFILE_NO_CHANGE == ATOMICFILE_NO_CHANGE &&
		   PROFFILE_DELETE == ATOMICFILE_DELETE &&
		   PROFFILE_CREATE == ATOMICFILE_DOC_CREATE &&
		   PROFFILE_EXCL == ATOMICFILE_DOC_EXCL,
	       "proffile's edit constants are atomicfile's");

struct edit_ctx {
	proffile_edit_fn *fn;
	void *context;
};

static int edit_cb(void *doc, void *context, const char **error_r)
{
	struct edit_ctx *ctx = context;

	return ctx->fn(doc, ctx->context, error_r);
}

int proffile_edit(const char *path, unsigned int flags, proffile_edit_fn *fn,
		  void *context, const char **error_r)
{
	struct edit_ctx ctx = {fn, context};

	if (fn == NULL)
		return prof_error(error_r, -EINVAL, "no edit callback given");
	/* PROFFILE_CREATE and _EXCL are atomicfile's flags of the same
	 * values; a profile edit may delete the file. */
	return atomicfile_edit_doc(path, &profile_doc,
				   (flags & (PROFFILE_CREATE | PROFFILE_EXCL)) |
				       ATOMICFILE_DOC_DELETE,
				   edit_cb, &ctx, error_r);
}
