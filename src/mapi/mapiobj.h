/*
 * mapiobj.h - what every object of src/mapi but the session shares (the
 * message store objects IMsgStore, IMAPIFolder, IMessage, IAttach,
 * IMAPITable, IStream, and the address book's IAddrBook, IABContainer,
 * IMailUser): the context header, the reference count, the last error,
 * and the IMAPIProp methods of the property objects, written once over a
 * few per-class hooks.
 *
 * An object is a struct mapiobj embedded in a larger struct, whose first
 * member is the interface (the union below); a method reaches its object
 * with mapiobj_of(This), and the class's struct with container_of.  Every
 * public method first calls mapiobj_enter(), which refuses a thread of
 * another security context (MAPI_E_NO_ACCESS) and a dead object
 * (MAPI_E_INVALID_OBJECT) through objhdr.h before anything of the object
 * is read; failures after that are recorded with mapiobj_fail() for
 * GetLastError.
 *
 * A store object belongs to its store: it holds a reference on it (and on
 * the object it was opened from), so the mailbox is closed last.  Objects
 * of no store (the address book's) have none: their IMAPIProp hooks work
 * on what they hold, and they have no named properties.  The hooks need
 * no lock of their own: the store-ops wrappers (storeops.h) take the
 * mailbox's for each call.
 */
#ifndef MAPIX_MAPI_MAPIOBJ_H
#define MAPIX_MAPI_MAPIOBJ_H

#include <pthread.h>
#include <stdatomic.h>
#include <stddef.h>
#include <stdint.h>

#include <mapidefs.h>
#include <mapix.h>

#include "lib.h"
#include "mapierr.h"
#include "objbase.h"
#include "objhdr.h"

struct mapiobj;
struct mstore;

/* What differs between the kinds of objects. */
struct mapiobj_class {
	uint32_t magic;
	const char *name;       /* "IMsgStore": the prefix of messages */
	const void *vtbl;       /* tells our objects from others' */
	const IID *const *iids; /* QueryInterface, NULL-terminated */
	/* Releases what the object holds (not its memory); may be NULL. */
	void (*destroy)(struct mapiobj *o);

	/* IMAPIProp hooks (property objects only), called without a lock.
	 * int: 0 or -errno, get_props may return 1 (some values are
	 * PT_ERROR). */
	int (*get_props)(struct mapiobj *o, const SPropTagArray *tags,
			 ULONG *count_r, SPropValue **props_r);
	int (*set_props)(struct mapiobj *o, ULONG count,
			 const SPropValue *props);
	int (*delete_props)(struct mapiobj *o, const SPropTagArray *tags);
	HRESULT (*save)(struct mapiobj *o, ULONG flags);
	HRESULT(*open_property)
	(struct mapiobj *o, ULONG tag, LPCIID iid, ULONG options, ULONG flags,
	 LPUNKNOWN *unk_r);
	/* CopyTo: what is copied besides properties (recipients,
	 * attachments); NULL copies properties only. */
	HRESULT(*copy_extra)
	(struct mapiobj *src, struct mapiobj *dest,
	 const SPropTagArray *exclude, ULONG flags);
	/* Values too large for get_props, which reports them as PT_ERROR
	 * MAPI_E_NOT_ENOUGH_MEMORY: their tags with the real types (a MAPI
	 * buffer, or NULL when the store cannot tell), and the copy of one
	 * to dest (an object of the same class) through streams.  NULL for
	 * classes without such values. */
	int (*large_tags)(struct mapiobj *o, SPropTagArray **tags_r);
	int (*copy_large)(struct mapiobj *src, struct mapiobj *dest, ULONG tag);
};

struct mapiobj {
	/* First: the pointer callers hold is the object's address. */
	union {
		IUnknown unk;
		IMAPIProp prop;
		IMsgStore store;
		IMAPIFolder folder;
		IMessage msg;
		IAttach att;
		IMAPITable table;
		IStream stream;
		IAddrBook ab;
		IABContainer abcont;
		IMailUser mailuser;
	} iface;
	/* Header check, references, last error: objbase.h. */
	struct objbase base;
	const struct mapiobj_class *cls;
	/* The store the object belongs to (a reference; the store itself,
	 * uncounted, for the store), or NULL for an object of no store. */
	struct mstore *store;
	/* The object this one was opened from (a reference), or NULL. */
	struct mapiobj *parent;
};

/*
 * The object behind an interface pointer of one of our interfaces (no
 * check made; any other pointer type does not compile).
 */
#define mapiobj_of(p)                                                          \
	_Generic(                                                              \
	    (p), IUnknown *                                                    \
	    : container_of((p), struct mapiobj, iface.unk), IMAPIProp *        \
	    : container_of((p), struct mapiobj, iface.prop), IMsgStore *       \
	    : container_of((p), struct mapiobj, iface.store), IMAPIFolder *    \
	    : container_of((p), struct mapiobj, iface.folder), IMessage *      \
	    : container_of((p), struct mapiobj, iface.msg), IAttach *          \
	    : container_of((p), struct mapiobj, iface.att), IMAPITable *       \
	    : container_of((p), struct mapiobj, iface.table), IStream *        \
	    : container_of((p), struct mapiobj, iface.stream), IAddrBook *     \
	    : container_of((p), struct mapiobj, iface.ab), IABContainer *      \
	    : container_of((p), struct mapiobj, iface.abcont), IMailUser *     \
	    : container_of((p), struct mapiobj, iface.mailuser))

/*
 * Allocates a zeroed object of size bytes (size >= sizeof(struct
 * mapiobj)), stamped with the calling thread's context, one reference,
 * the class's vtable, a reference on store and on parent (either may be
 * NULL).  A store sets its own store member to itself.  Returns NULL when
 * out of memory.
 */
void *mapiobj_new(size_t size, const struct mapiobj_class *cls,
		  struct mstore *store, struct mapiobj *parent);

/* Internal references (no check: for objects known to be ours). */
void mapiobj_hold(struct mapiobj *o);
void mapiobj_drop(struct mapiobj *o);

/* The check of every method but Release and GetLastError; what is the
 * method name ("GetProps"). */
HRESULT mapiobj_enter(struct mapiobj *o, const struct mapiobj_class *cls,
		      const char *what);
/* Records hr with a message as the object's last error; returns hr. */
HRESULT mapiobj_fail(struct mapiobj *o, HRESULT hr, const char *fmt, ...)
    __attribute__((format(printf, 3, 4)));
/* Records a failed internal call: the HRESULT of ret and the message of
 * the thread's last store-ops call (storeops_error). */
HRESULT mapiobj_fail_ret(struct mapiobj *o, int ret, const char *what);
/* S_OK, clearing the last error. */
HRESULT mapiobj_ok(struct mapiobj *o);

/*
 * A LPTSTR argument as UTF-8 (WCHAR with MAPI_UNICODE in flags, else
 * 8-bit UTF-8): S_OK with an alloc_malloc()ed copy in *out_r (NULL for
 * NULL), or MAPI_E_INVALID_PARAMETER / MAPI_E_NOT_ENOUGH_MEMORY recorded
 * on o.
 */
HRESULT mapiobj_tstr(struct mapiobj *o, const void *s, ULONG flags,
		     const char *what, char **out_r);

/* IUnknown and GetLastError for every class. */
HRESULT mapiobj_query_interface(struct mapiobj *o,
				const struct mapiobj_class *cls, REFIID riid,
				LPVOID *ppv);
ULONG mapiobj_addref(struct mapiobj *o, const struct mapiobj_class *cls);
ULONG mapiobj_release(struct mapiobj *o, const struct mapiobj_class *cls);
HRESULT mapiobj_last_error(struct mapiobj *o, const struct mapiobj_class *cls,
			   HRESULT hr, ULONG flags, LPMAPIERROR *err_r);

/*
 * The object of class cls behind a pointer a caller passed as an object
 * of ours (CopyTo destinations, SetLockState): NULL unless its vtable is
 * cls's.  The caller still checks it with mapiobj_enter.
 */
struct mapiobj *mapiobj_from(const void *p, const struct mapiobj_class *cls);

/* IMAPIProp, implemented once over the class hooks. */
HRESULT mapiprop_save_changes(struct mapiobj *o,
			      const struct mapiobj_class *cls, ULONG flags);
HRESULT mapiprop_get_props(struct mapiobj *o, const struct mapiobj_class *cls,
			   LPSPropTagArray tags, ULONG flags, ULONG *count_r,
			   LPSPropValue *props_r);
HRESULT mapiprop_get_prop_list(struct mapiobj *o,
			       const struct mapiobj_class *cls, ULONG flags,
			       LPSPropTagArray *tags_r);
HRESULT mapiprop_open_property(struct mapiobj *o,
			       const struct mapiobj_class *cls, ULONG tag,
			       LPCIID iid, ULONG options, ULONG flags,
			       LPUNKNOWN *unk_r);
HRESULT mapiprop_set_props(struct mapiobj *o, const struct mapiobj_class *cls,
			   ULONG count, LPSPropValue props,
			   LPSPropProblemArray *problems_r);
HRESULT mapiprop_delete_props(struct mapiobj *o,
			      const struct mapiobj_class *cls,
			      LPSPropTagArray tags,
			      LPSPropProblemArray *problems_r);
HRESULT mapiprop_copy_to(struct mapiobj *o, const struct mapiobj_class *cls,
			 ULONG ciid, LPCIID iids, LPSPropTagArray exclude,
			 LPCIID iface, LPVOID dest, ULONG flags,
			 LPSPropProblemArray *problems_r);
HRESULT mapiprop_copy_props(struct mapiobj *o, const struct mapiobj_class *cls,
			    LPSPropTagArray include, LPCIID iface, LPVOID dest,
			    ULONG flags, LPSPropProblemArray *problems_r);
/* Whether CopyTo leaves tag behind as a property describing the object
 * itself (entry IDs, keys, sizes, access, times). */
bool mapiprop_identity_tag(ULONG tag);
/* Whether a GetProps value is a value too large for it (class hook
 * large_tags). */
bool mapiprop_is_large(const SPropValue *v);
HRESULT mapiprop_names_from_ids(struct mapiobj *o,
				const struct mapiobj_class *cls,
				LPSPropTagArray *tags, LPGUID guid, ULONG flags,
				ULONG *count_r, LPMAPINAMEID **names_r);
HRESULT mapiprop_ids_from_names(struct mapiobj *o,
				const struct mapiobj_class *cls, ULONG count,
				LPMAPINAMEID *names, ULONG flags,
				LPSPropTagArray *tags_r);

/* IUnknown methods of an interface, over the functions above. */
#define MAPIOBJ_UNKNOWN_METHODS(pfx, IFACE, CLS)                               \
	static HRESULT STDMETHODCALLTYPE pfx##_QueryInterface(                 \
	    IFACE *This, REFIID riid, LPVOID *ppv)                             \
	{                                                                      \
		return mapiobj_query_interface(mapiobj_of(This), &CLS, riid,   \
					       ppv);                           \
	}                                                                      \
	static ULONG STDMETHODCALLTYPE pfx##_AddRef(IFACE *This)               \
	{                                                                      \
		return mapiobj_addref(mapiobj_of(This), &CLS);                 \
	}                                                                      \
	static ULONG STDMETHODCALLTYPE pfx##_Release(IFACE *This)              \
	{                                                                      \
		return mapiobj_release(mapiobj_of(This), &CLS);                \
	}

/* IUnknown and IMAPIProp methods of a property interface. */
#define MAPIOBJ_PROP_METHODS(pfx, IFACE, CLS)                                  \
	MAPIOBJ_UNKNOWN_METHODS(pfx, IFACE, CLS)                               \
	static HRESULT STDMETHODCALLTYPE pfx##_GetLastError(                   \
	    IFACE *This, HRESULT hResult, ULONG ulFlags, LPMAPIERROR *err)     \
	{                                                                      \
		return mapiobj_last_error(mapiobj_of(This), &CLS, hResult,     \
					  ulFlags, err);                       \
	}                                                                      \
	static HRESULT STDMETHODCALLTYPE pfx##_SaveChanges(IFACE *This,        \
							   ULONG ulFlags)      \
	{                                                                      \
		return mapiprop_save_changes(mapiobj_of(This), &CLS, ulFlags); \
	}                                                                      \
	static HRESULT STDMETHODCALLTYPE pfx##_GetProps(                       \
	    IFACE *This, LPSPropTagArray tags, ULONG ulFlags, ULONG *count,    \
	    LPSPropValue *props)                                               \
	{                                                                      \
		return mapiprop_get_props(mapiobj_of(This), &CLS, tags,        \
					  ulFlags, count, props);              \
	}                                                                      \
	static HRESULT STDMETHODCALLTYPE pfx##_GetPropList(                    \
	    IFACE *This, ULONG ulFlags, LPSPropTagArray *tags)                 \
	{                                                                      \
		return mapiprop_get_prop_list(mapiobj_of(This), &CLS, ulFlags, \
					      tags);                           \
	}                                                                      \
	static HRESULT STDMETHODCALLTYPE pfx##_OpenProperty(                   \
	    IFACE *This, ULONG tag, LPCIID iid, ULONG options, ULONG ulFlags,  \
	    LPUNKNOWN *unk)                                                    \
	{                                                                      \
		return mapiprop_open_property(mapiobj_of(This), &CLS, tag,     \
					      iid, options, ulFlags, unk);     \
	}                                                                      \
	static HRESULT STDMETHODCALLTYPE pfx##_SetProps(                       \
	    IFACE *This, ULONG count, LPSPropValue props,                      \
	    LPSPropProblemArray *problems)                                     \
	{                                                                      \
		return mapiprop_set_props(mapiobj_of(This), &CLS, count,       \
					  props, problems);                    \
	}                                                                      \
	static HRESULT STDMETHODCALLTYPE pfx##_DeleteProps(                    \
	    IFACE *This, LPSPropTagArray tags, LPSPropProblemArray *problems)  \
	{                                                                      \
		return mapiprop_delete_props(mapiobj_of(This), &CLS, tags,     \
					     problems);                        \
	}                                                                      \
	static HRESULT STDMETHODCALLTYPE pfx##_CopyTo(                         \
	    IFACE *This, ULONG ciid, LPCIID iids, LPSPropTagArray exclude,     \
	    ULONG_PTR ui, LPMAPIPROGRESS progress, LPCIID iface, LPVOID dest,  \
	    ULONG ulFlags, LPSPropProblemArray *problems)                      \
	{                                                                      \
		(void)ui;                                                      \
		(void)progress;                                                \
		return mapiprop_copy_to(mapiobj_of(This), &CLS, ciid, iids,    \
					exclude, iface, dest, ulFlags,         \
					problems);                             \
	}                                                                      \
	static HRESULT STDMETHODCALLTYPE pfx##_CopyProps(                      \
	    IFACE *This, LPSPropTagArray include, ULONG_PTR ui,                \
	    LPMAPIPROGRESS progress, LPCIID iface, LPVOID dest, ULONG ulFlags, \
	    LPSPropProblemArray *problems)                                     \
	{                                                                      \
		(void)ui;                                                      \
		(void)progress;                                                \
		return mapiprop_copy_props(mapiobj_of(This), &CLS, include,    \
					   iface, dest, ulFlags, problems);    \
	}                                                                      \
	static HRESULT STDMETHODCALLTYPE pfx##_GetNamesFromIDs(                \
	    IFACE *This, LPSPropTagArray *tags, LPGUID guid, ULONG ulFlags,    \
	    ULONG *count, LPMAPINAMEID **names)                                \
	{                                                                      \
		return mapiprop_names_from_ids(mapiobj_of(This), &CLS, tags,   \
					       guid, ulFlags, count, names);   \
	}                                                                      \
	static HRESULT STDMETHODCALLTYPE pfx##_GetIDsFromNames(                \
	    IFACE *This, ULONG count, LPMAPINAMEID *names, ULONG ulFlags,      \
	    LPSPropTagArray *tags)                                             \
	{                                                                      \
		return mapiprop_ids_from_names(mapiobj_of(This), &CLS, count,  \
					       names, ulFlags, tags);          \
	}

/* The vtable entries the macro above defines, in vtable order. */
#define MAPIOBJ_PROP_VTBL(pfx)                                                 \
	pfx##_QueryInterface, pfx##_AddRef, pfx##_Release, pfx##_GetLastError, \
	    pfx##_SaveChanges, pfx##_GetProps, pfx##_GetPropList,              \
	    pfx##_OpenProperty, pfx##_SetProps, pfx##_DeleteProps,             \
	    pfx##_CopyTo, pfx##_CopyProps, pfx##_GetNamesFromIDs,              \
	    pfx##_GetIDsFromNames

/* A method's entry: returns its refusal unless the check passes. */
#define MAPIOBJ_ENTER(This, CLS, what)                                         \
	do {                                                                   \
		HRESULT enter_hr_ =                                            \
		    mapiobj_enter(mapiobj_of(This), &(CLS), (what));           \
		if (enter_hr_ != S_OK)                                         \
			return enter_hr_;                                      \
	} while (0)

#endif
