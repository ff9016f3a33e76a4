/*
 * bench_core.c - the in-memory table (CreateTable) under a mail-client
 * load, against a hand-written C baseline doing the same work.
 *
 * 100,000 messages x 8 columns (id, subject, sender, delivery time, size,
 * flags, read, a 16-byte key), subjects and senders of mixed-case ASCII
 * and Latin text.  Measured, best of 5: a view sorted by sender ascending
 * and time descending, restricted to subjects containing a word (case
 * ignored), then read completely with QueryRows in batches of 1000 and
 * freed, as a client would.  The baseline does the same on plain C arrays
 * of UTF-8 strings: an ASCII case-folded substring filter, qsort on the two
 * keys, a copy of every result row, and freeing the copies.
 *
 * Prints one line per figure on stdout:
 *   BENCH name=... value=<ms> unit=ms baseline=<ms> ratio=<x> target=2.0
 * and the phase timings on stderr.  Run it from a release build.
 */
#include <stdbool.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include <mapiutil.h>
#include <mapiguid.h>

#define NROWS  100000
#define RUNS   5
#define BATCH  1000
#define NEEDLE "report"

#define TAG_ID      PROP_TAG(PT_LONG, 0x6600)
#define TAG_SUBJECT PROP_TAG(PT_UNICODE, 0x0037)
#define TAG_SENDER  PROP_TAG(PT_UNICODE, 0x0C1A)
#define TAG_TIME    PROP_TAG(PT_SYSTIME, 0x0E06)
#define TAG_SIZE    PROP_TAG(PT_LONG, 0x0E08)
#define TAG_FLAGS   PROP_TAG(PT_LONG, 0x0E07)
#define TAG_READ    PROP_TAG(PT_BOOLEAN, 0x6601)
#define TAG_KEY     PROP_TAG(PT_BINARY, 0x6602)

/* ---------------------------------------------------------------------------
 * Test data
 */

static uint64_t rng = 0x1234567887654321ULL;

static uint32_t rnd(uint32_t n)
{
	rng ^= rng >> 12;
	rng ^= rng << 25;
	rng ^= rng >> 27;
	return (uint32_t)((rng * 0x2545F4914F6CDD1DULL) >> 33) % n;
}

static const char *const vocab[] = {
    "meeting",   "budget",   "review",   "quarterly", "plan",   "update",
    "project",   "status",   "invoice",  "payment",   "travel", "agenda",
    "notes",     "call",     "follow",   "up",        "team",   "lunch",
    "draft",     "contract", "proposal", "customer",  "launch", "release",
    "schedule",  "holiday",  "office",   "question",  "answer", "request",
    "approval",  "deadline", "summary",  "minutes",   "demo",   "feedback",
    "training",  "workshop", "offsite",  "hiring",    "q3",     "2024",
    "café",      "zürich",   "münchen",  "résumé",    "naïve",  "straße",
    "ångström",  "crème",    "brûlée",   "señor",     "garçon", "øresund",
    "façade",    "piñata",   "the",      "for",       "and",    "with",
    "about",     "your",     "our",      "new",       "final",  "urgent",
    "important", "reminder", "weekly",   "monthly",   "annual", "sales",
    "marketing", "security", "server",   "outage",    "backup", "migration",
    "database",  "network",  "printer",  "password",  "access", "account",
};
#define NVOCAB (sizeof(vocab) / sizeof(vocab[0]))

static const char *const report_words[] = {"report", "reports", "reporting",
					   "reported"};

static const char *const first_names[] = {
    "Anna",   "John",   "José",     "Zoë",     "Marie",  "Peter",  "Ingrid",
    "Lars",   "Sören",  "Émile",    "Chloé",   "Mike",   "Sarah",  "David",
    "Laura",  "Björn",  "Ana",      "Luis",    "Noël",   "Paul",   "Eva",
    "Jürgen", "Kai",    "Lena",     "Omar",    "Priya",  "Ravi",   "Yuki",
    "Hanna",  "Tomás",  "Agnès",    "René",    "Olaf",   "Greta",  "Franz",
    "Helga",  "Igor",   "Nina",     "Otto",    "Ursula", "Victor", "Wanda",
    "Xavier", "Yvonne", "Zacharie", "Aurélie", "Benoît", "Céline", "Dörte",
    "Elín"};
static const char *const last_names[] = {
    "Müller",  "Smith",     "García",   "Dubois",    "Jensen",     "Schmidt",
    "Nguyen",  "Brown",     "Øster",    "Lefèvre",   "Novák",      "Kowalski",
    "Rossi",   "Fernández", "O'Brien",  "Johansson", "Weiß",       "Martin",
    "Lambert", "Åberg",     "Costa",    "Silva",     "Bauer",      "Wagner",
    "Becker",  "Hoffmann",  "Schäfer",  "Koch",      "Richter",    "Klein",
    "Wolf",    "Schröder",  "Neumann",  "Schwarz",   "Zimmermann", "Braun",
    "Krüger",  "Hofmann",   "Hartmann", "Lange"};
#define NFIRST (sizeof(first_names) / sizeof(first_names[0]))
#define NLAST  (sizeof(last_names) / sizeof(last_names[0]))

/* Capitalizes the ASCII letters of a word: as is, Title, UPPER. */
static void put_word(char *out, size_t *len, const char *w, unsigned style)
{
	for (size_t i = 0; w[i] != '\0'; i++) {
		char c = w[i];

		if ((style == 2 || (style == 1 && i == 0)) && c >= 'a' &&
		    c <= 'z')
			c = (char)(c - 'a' + 'A');
		out[(*len)++] = c;
	}
}

static char *make_subject(void)
{
	static const char *const prefixes[] = {
	    "", "", "", "Re: ", "RE: ", "Fwd: ", "AW: "};
	char buf[256];
	size_t len = 0;
	unsigned n = 3 + rnd(5), report_at = rnd(4) == 0 ? rnd(n) : n;

	put_word(buf, &len, prefixes[rnd(7)], 0);
	for (unsigned i = 0; i < n; i++) {
		const char *w =
		    i == report_at ? report_words[rnd(4)] : vocab[rnd(NVOCAB)];

		if (i > 0)
			buf[len++] = ' ';
		put_word(buf, &len, w, rnd(10) < 6 ? 0 : 1 + rnd(2));
	}
	buf[len] = '\0';
	return strdup(buf);
}

static char *make_sender(void)
{
	char buf[128];
	size_t len = 0;
	unsigned style = rnd(10);

	/* "Anna Müller", "anna müller", "ANNA MÜLLER" (ASCII part). */
	put_word(buf, &len, first_names[rnd(NFIRST)],
		 style < 7 ? 0 : (style < 9 ? 0 : 2));
	buf[len++] = ' ';
	put_word(buf, &len, last_names[rnd(NLAST)], style < 9 ? 0 : 2);
	buf[len] = '\0';
	if (style == 7)
		for (size_t i = 0; i < len; i++)
			if (buf[i] >= 'A' && buf[i] <= 'Z')
				buf[i] = (char)(buf[i] - 'A' + 'a');
	return strdup(buf);
}

/* UTF-8 (valid, from the lists above) to UTF-16. */
static WCHAR *to_utf16(const char *s)
{
	size_t n = strlen(s), k = 0;
	WCHAR *w = malloc((n + 1) * sizeof(*w));
	const unsigned char *p = (const unsigned char *)s;

	if (w == NULL)
		abort();
	while (*p != 0) {
		uint32_t c = *p++;

		if (c >= 0xF0) {
			c = ((c & 0x07) << 18) | ((p[0] & 0x3Fu) << 12) |
			    ((p[1] & 0x3Fu) << 6) | (p[2] & 0x3Fu);
			p += 3;
		} else if (c >= 0xE0) {
			c = ((c & 0x0F) << 12) | ((p[0] & 0x3Fu) << 6) |
			    (p[1] & 0x3Fu);
			p += 2;
		} else if (c >= 0xC0) {
			c = ((c & 0x1F) << 6) | (p[0] & 0x3Fu);
			p += 1;
		}
		if (c >= 0x10000) {
			c -= 0x10000;
			w[k++] = (WCHAR)(0xD800 + (c >> 10));
			w[k++] = (WCHAR)(0xDC00 + (c & 0x3FF));
		} else {
			w[k++] = (WCHAR)c;
		}
	}
	w[k] = 0;
	return w;
}

/* The baseline's rows: plain C, UTF-8. */
struct brow {
	int32_t id;
	char *subject;
	char *sender;
	uint64_t time;
	int32_t size;
	int32_t flags;
	bool read;
	uint8_t key[16];
};

static struct brow data[NROWS];
static WCHAR *subject16[NROWS], *sender16[NROWS];

static void make_data(void)
{
	for (int i = 0; i < NROWS; i++) {
		struct brow *r = &data[i];

		r->id = i + 1;
		r->subject = make_subject();
		r->sender = make_sender();
		/* 2020-2024 in 100 ns units, with some equal times. */
		r->time = 132223104000000000ULL +
			  (uint64_t)rnd(150000000) * 10000000ULL / 10;
		r->size = (int32_t)(1000 + rnd(5000000));
		r->flags = (int32_t)rnd(0x400);
		r->read = rnd(3) != 0;
		for (int j = 0; j < 16; j++)
			r->key[j] = (uint8_t)rnd(256);
		if (r->subject == NULL || r->sender == NULL)
			abort();
		subject16[i] = to_utf16(r->subject);
		sender16[i] = to_utf16(r->sender);
	}
}

static double now_ms(void)
{
	struct timespec ts;

	clock_gettime(CLOCK_MONOTONIC, &ts);
	return (double)ts.tv_sec * 1e3 + (double)ts.tv_nsec / 1e6;
}

/* ---------------------------------------------------------------------------
 * The baseline: plain C over the arrays
 */

static int ascii_lower(int c)
{
	return c >= 'A' && c <= 'Z' ? c + ('a' - 'A') : c;
}

/* Case-folded (ASCII) substring search; needle already lowered. */
static bool contains_icase(const char *hay, const char *needle, size_t nlen)
{
	size_t hlen = strlen(hay);

	if (nlen > hlen)
		return false;
	for (size_t i = 0; i + nlen <= hlen; i++) {
		size_t j = 0;

		while (j < nlen &&
		       ascii_lower((unsigned char)hay[i + j]) == needle[j])
			j++;
		if (j == nlen)
			return true;
	}
	return false;
}

static int cmp_baseline(const void *pa, const void *pb)
{
	const struct brow *a = *(const struct brow *const *)pa;
	const struct brow *b = *(const struct brow *const *)pb;
	const unsigned char *x = (const unsigned char *)a->sender;
	const unsigned char *y = (const unsigned char *)b->sender;
	int c;

	/* Sender ascending, ASCII case folded. */
	for (;; x++, y++) {
		c = ascii_lower(*x) - ascii_lower(*y);
		if (c != 0 || *x == 0)
			break;
	}
	if (c != 0)
		return c;
	/* Time descending. */
	if (a->time != b->time)
		return a->time > b->time ? -1 : 1;
	return a->id - b->id;
}

/* One copy of a result row: the struct and both strings in one block. */
static struct brow *copy_row(const struct brow *r)
{
	size_t ls = strlen(r->subject) + 1, ln = strlen(r->sender) + 1;
	struct brow *c = malloc(sizeof(*c) + ls + ln);
	char *p;

	if (c == NULL)
		abort();
	*c = *r;
	p = (char *)(c + 1);
	c->subject = memcpy(p, r->subject, ls);
	c->sender = memcpy(p + ls, r->sender, ln);
	return c;
}

static size_t run_baseline(double *filter_ms, double *sort_ms, double *copy_ms)
{
	static const struct brow *hits[NROWS];
	static struct brow *copies[NROWS];
	size_t n = 0;
	double t0, t1, t2;

	t0 = now_ms();
	for (int i = 0; i < NROWS; i++)
		if (contains_icase(data[i].subject, NEEDLE, strlen(NEEDLE)))
			hits[n++] = &data[i];
	t1 = now_ms();
	qsort(hits, n, sizeof(hits[0]), cmp_baseline);
	t2 = now_ms();
	for (size_t i = 0; i < n; i++)
		copies[i] = copy_row(hits[i]);
	for (size_t i = 0; i < n; i++)
		free(copies[i]);
	*filter_ms = t1 - t0;
	*sort_ms = t2 - t1;
	*copy_ms = now_ms() - t2;
	return n;
}

/* ---------------------------------------------------------------------------
 * The table
 */

static LPTABLEDATA make_table(void)
{
	SizedSPropTagArray(8,
			   cols) = {8,
				    {TAG_ID, TAG_SUBJECT, TAG_SENDER, TAG_TIME,
				     TAG_SIZE, TAG_FLAGS, TAG_READ, TAG_KEY}};
	LPTABLEDATA td = NULL;
	SPropValue *props;
	LPSRowSet set;

	if (CreateTable(&IID_IMAPITableData, MAPIAllocateBuffer,
			MAPIAllocateMore, MAPIFreeBuffer, NULL, TBLTYPE_DYNAMIC,
			TAG_ID, (LPSPropTagArray)&cols, &td) != S_OK)
		abort();
	props = calloc((size_t)NROWS * 8, sizeof(*props));
	set = malloc(CbNewSRowSet(NROWS));
	if (props == NULL || set == NULL)
		abort();
	for (int i = 0; i < NROWS; i++) {
		SPropValue *p = &props[i * 8];
		const struct brow *r = &data[i];

		p[0].ulPropTag = TAG_ID;
		p[0].Value.l = r->id;
		p[1].ulPropTag = TAG_SUBJECT;
		p[1].Value.lpszW = subject16[i];
		p[2].ulPropTag = TAG_SENDER;
		p[2].Value.lpszW = sender16[i];
		p[3].ulPropTag = TAG_TIME;
		p[3].Value.ft.dwLowDateTime = (DWORD)r->time;
		p[3].Value.ft.dwHighDateTime = (DWORD)(r->time >> 32);
		p[4].ulPropTag = TAG_SIZE;
		p[4].Value.l = r->size;
		p[5].ulPropTag = TAG_FLAGS;
		p[5].Value.l = r->flags;
		p[6].ulPropTag = TAG_READ;
		p[6].Value.b = r->read;
		p[7].ulPropTag = TAG_KEY;
		p[7].Value.bin.cb = 16;
		p[7].Value.bin.lpb = (LPBYTE)r->key;
		set->aRow[i].ulAdrEntryPad = 0;
		set->aRow[i].cValues = 8;
		set->aRow[i].lpProps = p;
	}
	set->cRows = NROWS;
	if (ITableData_HrModifyRows(td, 0, set) != S_OK)
		abort();
	free(set);
	free(props);
	return td;
}

static size_t run_table(LPTABLEDATA td, double *setup_ms, double *first_ms,
			double *rest_ms)
{
	SizedSSortOrderSet(2, sos) = {
	    2,
	    0,
	    0,
	    {{TAG_SENDER, TABLE_SORT_ASCEND}, {TAG_TIME, TABLE_SORT_DESCEND}}};
	static const WCHAR needle[] = u"" NEEDLE;
	SPropValue pv;
	SRestriction res;
	LPMAPITABLE view = NULL;
	LPSRowSet rows;
	size_t total = 0;
	double t0, t1, t2;
	bool first = true;

	t0 = now_ms();
	memset(&pv, 0, sizeof(pv));
	pv.ulPropTag = TAG_SUBJECT;
	pv.Value.lpszW = (LPWSTR)needle;
	res.rt = RES_CONTENT;
	res.res.resContent.ulFuzzyLevel = FL_SUBSTRING | FL_IGNORECASE;
	res.res.resContent.ulPropTag = TAG_SUBJECT;
	res.res.resContent.lpProp = &pv;
	if (ITableData_HrGetView(td, NULL, NULL, 0, &view) != S_OK ||
	    IMAPITable_SortTable(view, (LPSSortOrderSet)&sos, 0) != S_OK ||
	    IMAPITable_Restrict(view, &res, 0) != S_OK)
		abort();
	t1 = t2 = now_ms();
	for (;;) {
		if (IMAPITable_QueryRows(view, BATCH, 0, &rows) != S_OK)
			abort();
		if (first) {
			t2 = now_ms();
			first = false;
		}
		total += rows->cRows;
		if (rows->cRows == 0) {
			FreeProws(rows);
			break;
		}
		FreeProws(rows);
	}
	IMAPITable_Release(view);
	*setup_ms = t1 - t0;
	*first_ms = t2 - t1;
	*rest_ms = now_ms() - t2;
	return total;
}

int main(void)
{
	double best = 1e30, base = 1e30, a, b, c;
	double b_filter = 0, b_sort = 0, b_copy = 0;
	double t_setup = 0, t_first = 0, t_rest = 0;
	size_t nt = 0, nb = 0;
	LPTABLEDATA td;
	double t0;

	t0 = now_ms();
	make_data();
	td = make_table();
	fprintf(stderr, "bench_core: %d rows loaded in %.1f ms\n", NROWS,
		now_ms() - t0);
	for (int run = 0; run < RUNS; run++) {
		double total;

		nb = run_baseline(&a, &b, &c);
		total = a + b + c;
		if (total < base) {
			base = total;
			b_filter = a;
			b_sort = b;
			b_copy = c;
		}
		nt = run_table(td, &a, &b, &c);
		total = a + b + c;
		if (total < best) {
			best = total;
			t_setup = a;
			t_first = b;
			t_rest = c;
		}
	}
	fprintf(stderr,
		"bench_core: baseline %zu rows: filter %.2f ms, sort %.2f ms, "
		"copy+free %.2f ms\n",
		nb, b_filter, b_sort, b_copy);
	fprintf(stderr,
		"bench_core: table %zu rows: view+sort+restrict %.2f ms, "
		"first QueryRows (builds the view) %.2f ms, other QueryRows "
		"+ FreeProws %.2f ms\n",
		nt, t_setup, t_first, t_rest);
	if (nt != nb)
		fprintf(stderr, "bench_core: row counts differ (%zu vs %zu)\n",
			nt, nb);
	printf("BENCH name=core_table_sort_restrict_query value=%.2f unit=ms "
	       "baseline=%.2f ratio=%.2f target=2.0\n",
	       best, base, best / base);
	ITableData_Release(td);
	for (int i = 0; i < NROWS; i++) {
		free(data[i].subject);
		free(data[i].sender);
		free(subject16[i]);
		free(sender16[i]);
	}
	return nt == nb ? 0 : 1;
}
