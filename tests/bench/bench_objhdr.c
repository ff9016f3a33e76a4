/*
 * bench_objhdr.c - what the object header check costs a method call.
 *
 * An IPropData from CreateIProp holds 20 properties; a call reads 4 of
 * them with GetProps and frees the result, as a client would.  The same
 * loop runs with and without objhdr_check() in front of each call, on an
 * IPropData-like object that carries a header next to its interface
 * pointer, in a context with a live instance generation (the full check:
 * magic, context, generation).  Runs alternate, best of RUNS.
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

#define NPROPS 20
#define CALLS  200000
#define RUNS   11
#define MAGIC  0x42454e43u /* "BENC" */

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
	for (i = 0; i < CALLS * 10; i++)
		bad += objhdr_check(&o->hdr, MAGIC) != 0;
	t1 = now_ns();
	if (bad != 0)
		exit(1);
	return (t1 - t0) / (CALLS * 10.0);
}

int main(void)
{
	struct bench_obj o;
	SPropValue props[NPROPS];
	double with = 1e30, without = 1e30, check = 1e30, a, b, pct;
	char subject[] = "quarterly report";
	int i;

	/* A context with a live instance: the check's longest path. */
	alloc_set_thread_context(1);
	if (objhdr_generation_begin(1) < 0 || objhdr_init(&o.hdr, MAGIC) < 0)
		return 1;
	if (CreateIProp(&IID_IMAPIPropData, MAPIAllocateBuffer,
			MAPIAllocateMore, MAPIFreeBuffer, NULL,
			&o.iface) != S_OK)
		return 1;
	for (i = 0; i < NPROPS; i++) {
		props[i].ulPropTag = PROP_TAG(PT_LONG, 0x6600 + i);
		props[i].Value.l = i;
	}
	props[0].ulPropTag = PR_SUBJECT_A;
	props[0].Value.lpszA = subject;
	props[1].ulPropTag = PR_MESSAGE_SIZE;
	props[1].Value.l = 4096;
	if (o.iface->lpVtbl->SetProps(o.iface, NPROPS, props, NULL) != S_OK)
		return 1;

	run(&o, 0); /* warm up */
	run(&o, 1);
	for (i = 0; i < RUNS; i++) {
		a = run(&o, 0);
		b = run(&o, 1);
		if (a < without)
			without = a;
		if (b < with)
			with = b;
		a = bare_check(&o);
		if (a < check)
			check = a;
	}
	pct = (with - without) / without * 100.0;
	fprintf(stderr,
		"GetProps(4 of %d) + MAPIFreeBuffer: %.1f ns without the "
		"check, %.1f ns with; objhdr_check alone %.2f ns (%lu)\n",
		NPROPS, without, with, check, sink_count % 7);
	printf("BENCH name=objhdr_check_overhead value=%.2f unit=%% "
	       "baseline=%.1f ratio=%.4f target=1.03\n",
	       pct, without, with / without);
	o.iface->lpVtbl->Release(o.iface);
	objhdr_generation_end(1);
	return 0;
}
