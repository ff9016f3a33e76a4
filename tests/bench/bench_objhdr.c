/*
 * bench_objhdr.c - what the object header check costs a method call.
 *
 * An IPropData from CreateIProp holds 20 properties; a call reads 4 of
 * them with GetProps and frees the result, as a client would.  The same
 * loop runs with and without objhdr_check() in front of each call, on an
 * IPropData-like object that carries a header next to its interface
 * pointer, in a context with a live instance generation (the full check:
 * magic, context, generation).  The two loops run in PAIRS short
 * back-to-back pairs, in alternating order, and the figure is the median
 * of the pairs' ratios: slow drift of a busy machine (frequency, other
 * processes) hits both halves of a pair alike and drops out.  Every
 * PIN_EVERY pairs one GetProps result is kept, so the loop's buffers move
 * to other addresses, and each pair runs at another stack depth: the
 * figure covers many memory layouts, not one lucky or unlucky one (one
 * layout can make the header's loads alias the stores the loop makes, 4K
 * apart, which a real program would not repeat on every call).
 *
 * Prints on stdout:
 *   BENCH name=objhdr_check_overhead value=<pct> unit=% baseline=<ns per
 *   call without> ratio=<with/without> target=1.03
 * and details on stderr.  Run it from a release build.
 */
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include <mapiutil.h>
#include <mapiguid.h>

#include "alloc.h"
#include "objhdr.h"

#define NPROPS    20
#define CALLS     1000 /* per half pair */
#define PAIRS     2001
#define PIN_EVERY 20
#define MAGIC     0x42454e43u /* "BENC" */

/* An object as the library lays them out: interface, then header. */
struct bench_obj {
	LPPROPDATA iface;
	struct objhdr hdr;
};

static double now_ns(void)
{
	struct timespec ts;

	clock_gettime(CLOCK_MONOTONIC, &ts);
	return (double)ts.tv_sec * 1e9 + (double)ts.tv_nsec;
}

static SizedSPropTagArray(4, want) = {4,
				      {PROP_TAG(PT_LONG, 0x6603), PR_SUBJECT_A,
				       PROP_TAG(PT_LONG, 0x6610),
				       PR_MESSAGE_SIZE}};

static unsigned long sink_count;

static int get_once(struct bench_obj *o, int check)
{
	LPSPropValue vals = NULL;
	ULONG count = 0;
	HRESULT hr;

	if (check && objhdr_check(&o->hdr, MAGIC) != 0)
		return -1;
	hr = o->iface->lpVtbl->GetProps(o->iface, (LPSPropTagArray)&want, 0,
					&count, &vals);
	if (FAILED(hr) || count != 4)
		return -1;
	sink_count += (unsigned long)vals[0].Value.l;
	MAPIFreeBuffer(vals);
	return 0;
}

static double run(struct bench_obj *o, int check)
{
	double t0, t1;
	int i;

	t0 = now_ns();
	for (i = 0; i < CALLS; i++) {
		if (get_once(o, check) < 0) {
			fprintf(stderr, "bench_objhdr: call failed\n");
			exit(1);
		}
	}
	t1 = now_ns();
	return (t1 - t0) / CALLS;
}

static double bare_check(struct bench_obj *o)
{
	double t0, t1;
	unsigned long bad = 0;
	int i;

	t0 = now_ns();
	for (i = 0; i < CALLS * 1000; i++)
		bad += objhdr_check(&o->hdr, MAGIC) != 0;
	t1 = now_ns();
	if (bad != 0)
		exit(1);
	return (t1 - t0) / (CALLS * 1000.0);
}

/* One pair at a stack depth of its own; the halves in the given order. */
static void __attribute__((noinline))
pair(struct bench_obj *o, size_t depth, int order, double *without,
     double *with)
{
	volatile char *pad = __builtin_alloca(depth + 1);

	pad[0] = 0;
	if (order == 0) {
		*without = run(o, 0);
		*with = run(o, 1);
	} else {
		*with = run(o, 1);
		*without = run(o, 0);
	}
	pad[depth] = 0;
}

static int cmp_double(const void *a, const void *b)
{
	double x = *(const double *)a, y = *(const double *)b;

	return x < y ? -1 : x > y;
}

static double median(double *v, size_t n)
{
	qsort(v, n, sizeof(*v), cmp_double);
	return v[n / 2];
}

int main(void)
{
	struct bench_obj *obj = alloc_calloc(1, sizeof(*obj));
	SPropValue props[NPROPS];
	static double ratios[PAIRS], withouts[PAIRS], withs[PAIRS];
	static LPSPropValue pinned[PAIRS / PIN_EVERY + 1];
	ULONG pinned_count;
	int npinned = 0;
	double with, without, ratio, check, a, b;
	char subject[] = "quarterly report";
	int i;

	/* On the heap, as objects are.  In a context with a live
	 * instance: the check's longest path. */
	if (obj == NULL)
		return 1;
	alloc_set_thread_context(1);
	if (objhdr_generation_begin(1) < 0 || objhdr_init(&obj->hdr, MAGIC) < 0)
		return 1;
	if (CreateIProp(&IID_IMAPIPropData, MAPIAllocateBuffer,
			MAPIAllocateMore, MAPIFreeBuffer, NULL,
			&obj->iface) != S_OK)
		return 1;
	for (i = 0; i < NPROPS; i++) {
		props[i].ulPropTag = PROP_TAG(PT_LONG, 0x6600 + i);
		props[i].Value.l = i;
	}
	props[0].ulPropTag = PR_SUBJECT_A;
	props[0].Value.lpszA = subject;
	props[1].ulPropTag = PR_MESSAGE_SIZE;
	props[1].Value.l = 4096;
	if (obj->iface->lpVtbl->SetProps(obj->iface, NPROPS, props, NULL) !=
	    S_OK)
		return 1;

	for (i = 0; i < 100; i++) { /* warm up */
		run(obj, 0);
		run(obj, 1);
	}
	for (i = 0; i < PAIRS; i++) {
		if (i % PIN_EVERY == 0 &&
		    obj->iface->lpVtbl->GetProps(
			obj->iface, (LPSPropTagArray)&want, 0, &pinned_count,
			&pinned[npinned]) == S_OK)
			npinned++;
		pair(obj, (size_t)(i % 64) * 64, i % 2, &a, &b);
		withouts[i] = a;
		withs[i] = b;
		ratios[i] = b / a;
	}
	check = bare_check(obj);
	ratio = median(ratios, PAIRS);
	without = median(withouts, PAIRS);
	with = median(withs, PAIRS);
	fprintf(stderr,
		"GetProps(4 of %d) + MAPIFreeBuffer, medians of %d pairs: "
		"%.1f ns without the check, %.1f ns with; objhdr_check alone "
		"%.2f ns (%lu)\n",
		NPROPS, PAIRS, without, with, check, sink_count % 7);
	printf("BENCH name=objhdr_check_overhead value=%.2f unit=%% "
	       "baseline=%.1f ratio=%.4f target=1.03\n",
	       (ratio - 1.0) * 100.0, without, ratio);
	while (npinned > 0)
		MAPIFreeBuffer(pinned[--npinned]);
	obj->iface->lpVtbl->Release(obj->iface);
	objhdr_generation_end(1);
	alloc_free(obj);
	return 0;
}
