/*
 * stress_profile.c - many processes and threads editing one profile file
 * and one service catalog at once (issue 4, "Concurrency").
 *
 *   stress_profile [PROCESSES THREADS EDITS]     (default 8 4 250)
 *
 * Each of PROCESSES children runs THREADS threads; each thread makes
 * EDITS edits of the profile and EDITS edits of the catalog, mixed:
 * create a service (a profile section; a catalog service with a
 * provider), set properties, rename, delete, and set or clear a property
 * or a default.  Every edit also adds one to a shared counter in the same
 * file, in the same locked edit.  A thread touches only its own sections
 * and services besides the counters, and keeps a model of what they must
 * hold after the edits that returned 0.
 *
 * Checks (TAP output):
 *   1. every child: after its threads end, its sections and services are
 *      exactly what its models say (nobody else touches them), so every
 *      edit that returned 0 is there and no other change is;
 *   2. the profile parses and its counter equals the number of successful
 *      profile edits of all threads (no edit lost);
 *   3. the catalog parses and its counter equals the number of successful
 *      catalog edits;
 *   4. no temporary files are left next to the files;
 *   5. a writer child that edits the profile or the catalog in a loop,
 *      killed with SIGKILL at a random moment, 200 times: after each
 *      kill both files parse and their counters never go back.
 */
#include <dirent.h>
#include <errno.h>
#include <ftw.h>
#include <pthread.h>
#include <signal.h>
#include <stdbool.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <sys/wait.h>
#include <time.h>
#include <unistd.h>

#include <mapix.h>

#include "alloc.h"
#include "mapisvc.h"
#include "proffile.h"

#define MAX_THREADS 64
#define MAX_ALIVE   8
#define SLOTS       8

#define TAG_COUNTER PROP_TAG(PT_I8, 0x6700)
#define TAG_SLOT(i) PROP_TAG(PT_LONG, 0x6710 + (i))
#define TAG_OWNER   PROP_TAG(PT_LONG, 0x6720)

static const MAPIUID counter_uid = {{0xC0, 0x07, 0x7E, 0x40}};
static char dir[256], prof_path[512], inf_path[512];
static unsigned int nproc = 8, nthreads = 4, nedits = 250;

/* ------------------------------------------------------------------------
 * What a thread expects
 */

struct alive {
	unsigned int k;      /* the edit that made it */
	unsigned int name_k; /* the edit that last renamed it */
	bool is_default;     /* catalog: in [Default Services] */
};

struct model {
	unsigned int p, t;
	/* profile: the thread's own section's slots; created sections */
	bool slot_set[SLOTS];
	LONG slot[SLOTS];
	struct alive sec[MAX_ALIVE];
	unsigned int nsec;
	/* catalog: services */
	struct alive svc[MAX_ALIVE];
	unsigned int nsvc;
	unsigned long prof_ok, inf_ok, failed;
	char first_error[256];
};

static void own_uid(const struct model *m, unsigned int k, MAPIUID *uid)
{
	memset(uid, 0, sizeof(*uid));
	uid->ab[0] = 0x5E;
	uid->ab[1] = (BYTE)m->p;
	uid->ab[2] = (BYTE)m->t;
	uid->ab[3] = (BYTE)(k >> 8);
	uid->ab[4] = (BYTE)k;
	uid->ab[5] = k == 0xFFFF ? 0 : 1; /* 0xFFFF: the thread's section */
}

static void svc_name(const struct model *m, unsigned int k, char *buf,
		     size_t size, bool provider)
{
	snprintf(buf, size, "S%u_%u_%u%s", m->p, m->t, k, provider ? "_P" : "");
}

/* ------------------------------------------------------------------------
 * Profile edits
 */

struct prof_edit {
	struct model *m;
	unsigned int k;
	int kind;
};

static int bump_profile(struct proffile *pf, const char **error_r)
{
	LPSPropValue old;
	SPropValue pv = {.ulPropTag = TAG_COUNTER};
	int ret;

	ret = proffile_get_prop(pf, &counter_uid, TAG_COUNTER, &old);
	if (ret < 0)
		return ret;
	pv.Value.li.QuadPart = old->Value.li.QuadPart + 1;
	MAPIFreeBuffer(old);
	return proffile_set_props(pf, &counter_uid, 1, &pv, error_r);
}

static int prof_edit_cb(struct proffile *pf, void *context,
			const char **error_r)
{
	struct prof_edit *e = context;
	struct model *m = e->m;
	MAPIUID uid;
	SPropValue pv[2];
	WCHAR name[32];
	char tmp[32];
	unsigned int i;
	int ret = 0;

	switch (e->kind) {
	case 0: /* create a service: a section */
		own_uid(m, e->k, &uid);
		snprintf(tmp, sizeof(tmp), "svc %u", e->k);
		for (i = 0; tmp[i] != '\0'; i++)
			name[i] = (WCHAR)tmp[i];
		name[i] = 0;
		pv[0].ulPropTag = PR_DISPLAY_NAME_W;
		pv[0].Value.lpszW = name;
		pv[1].ulPropTag = TAG_OWNER;
		pv[1].Value.l = (LONG)(m->p << 8 | m->t);
		ret = proffile_add_section(pf, &uid);
		if (ret == 0)
			ret = proffile_set_props(pf, &uid, 2, pv, error_r);
		break;
	case 1: /* set properties of the thread's section */
		own_uid(m, 0xFFFF, &uid);
		pv[0].ulPropTag = TAG_SLOT(e->k % SLOTS);
		pv[0].Value.l = (LONG)e->k;
		ret = proffile_set_props(pf, &uid, 1, pv, error_r);
		break;
	case 2: /* rename the newest service */
		own_uid(m, m->sec[m->nsec - 1].k, &uid);
		snprintf(tmp, sizeof(tmp), "renamed %u", e->k);
		for (i = 0; tmp[i] != '\0'; i++)
			name[i] = (WCHAR)tmp[i];
		name[i] = 0;
		pv[0].ulPropTag = PR_DISPLAY_NAME_W;
		pv[0].Value.lpszW = name;
		if (!proffile_has_section(pf, &uid))
			return -ENOENT;
		ret = proffile_set_props(pf, &uid, 1, pv, error_r);
		break;
	case 3: /* delete the oldest service */
		own_uid(m, m->sec[0].k, &uid);
		ret = proffile_delete_section(pf, &uid);
		break;
	default: /* clear a property */
		own_uid(m, 0xFFFF, &uid);
		pv[0].ulPropTag = TAG_SLOT(e->k % SLOTS);
		if (proffile_has_section(pf, &uid))
			ret = proffile_delete_props(pf, &uid, 1,
						    &pv[0].ulPropTag);
		break;
	}
	if (ret < 0)
		return ret;
	return bump_profile(pf, error_r);
}

static void profile_edit(struct model *m, unsigned int k)
{
	struct prof_edit e = {m, k, (int)(k % 5)};
	const char *error = NULL;
	unsigned int i;
	int ret;

	if ((e.kind == 2 || e.kind == 3) && m->nsec == 0)
		e.kind = 0;
	if (e.kind == 0 && m->nsec == MAX_ALIVE)
		e.kind = 3;
	ret = proffile_edit(prof_path, 0, prof_edit_cb, &e, &error);
	if (ret != 0) {
		if (m->failed++ == 0)
			snprintf(m->first_error, sizeof(m->first_error),
				 "profile edit %u: %s", k, error);
		return;
	}
	m->prof_ok++;
	switch (e.kind) {
	case 0:
		m->sec[m->nsec].k = k;
		m->sec[m->nsec].name_k = k;
		m->sec[m->nsec].is_default = false;
		m->nsec++;
		break;
	case 1:
		m->slot_set[k % SLOTS] = true;
		m->slot[k % SLOTS] = (LONG)k;
		break;
	case 2:
		m->sec[m->nsec - 1].name_k = k;
		break;
	case 3:
		for (i = 1; i < m->nsec; i++)
			m->sec[i - 1] = m->sec[i];
		m->nsec--;
		break;
	default:
		m->slot_set[k % SLOTS] = false;
		break;
	}
}

/* ------------------------------------------------------------------------
 * Catalog edits
 */

static int bump_catalog(struct mapisvc *svc, const char **error_r)
{
	LPSPropValue old;
	SPropValue pv = {.ulPropTag = TAG_COUNTER};
	int ret;

	ret = mapisvc_section_prop(svc, "COUNTER", TAG_COUNTER, &old);
	if (ret < 0)
		return ret;
	pv.Value.li.QuadPart = old->Value.li.QuadPart + 1;
	MAPIFreeBuffer(old);
	return mapisvc_set_props(svc, "COUNTER", 1, &pv, error_r);
}

static int inf_edit_cb(struct mapisvc *svc, void *context, const char **error_r)
{
	struct prof_edit *e = context;
	struct model *m = e->m;
	char name[64], pname[64], display[64];
	SPropValue pv[2];
	struct mapisvc_provider prov = {pname, 2, pv};
	int ret = 0;

	switch (e->kind) {
	case 0: /* create a service with one provider */
		svc_name(m, e->k, name, sizeof(name), false);
		svc_name(m, e->k, pname, sizeof(pname), true);
		snprintf(display, sizeof(display), "Service %u", e->k);
		pv[0].ulPropTag = PR_RESOURCE_TYPE;
		pv[0].Value.l = MAPI_STORE_PROVIDER;
		pv[1].ulPropTag = PR_PROVIDER_DISPLAY_A;
		pv[1].Value.lpszA = display;
		ret = mapisvc_add_service(svc, name, display, 0, 0, NULL, &prov,
					  1, error_r);
		break;
	case 1: /* set properties of the newest service's provider */
		svc_name(m, m->svc[m->nsvc - 1].k, pname, sizeof(pname), true);
		snprintf(display, sizeof(display), "Provider %u", e->k);
		pv[0].ulPropTag = PR_PROVIDER_DISPLAY_A;
		pv[0].Value.lpszA = display;
		pv[1].ulPropTag = PR_PROVIDER_ORDINAL;
		pv[1].Value.l = (LONG)e->k;
		ret = mapisvc_set_props(svc, pname, 2, pv, error_r);
		break;
	case 2: /* rename the newest service */
		svc_name(m, m->svc[m->nsvc - 1].k, name, sizeof(name), false);
		snprintf(display, sizeof(display), "Renamed %u", e->k);
		pv[0].ulPropTag = PR_DISPLAY_NAME_A;
		pv[0].Value.lpszA = display;
		ret = mapisvc_set_props(svc, name, 1, pv, error_r);
		break;
	case 3: /* delete the oldest service */
		svc_name(m, m->svc[0].k, name, sizeof(name), false);
		ret = mapisvc_remove_service(svc, name, error_r);
		break;
	default: /* make the newest a default service, or not */
		svc_name(m, m->svc[m->nsvc - 1].k, name, sizeof(name), false);
		ret = mapisvc_set_default(
		    svc, name, !m->svc[m->nsvc - 1].is_default, error_r);
		break;
	}
	if (ret < 0)
		return ret;
	return bump_catalog(svc, error_r);
}

static void catalog_edit(struct model *m, unsigned int k)
{
	struct prof_edit e = {m, k, (int)(k % 5)};
	const char *error = NULL;
	struct alive *a;
	unsigned int i;
	int ret;

	if (e.kind != 0 && m->nsvc == 0)
		e.kind = 0;
	if (e.kind == 0 && m->nsvc == MAX_ALIVE)
		e.kind = 3;
	ret = mapisvc_edit(inf_path, 0, inf_edit_cb, &e, &error);
	if (ret != 0) {
		if (m->failed++ == 0)
			snprintf(m->first_error, sizeof(m->first_error),
				 "catalog edit %u: %s", k, error);
		return;
	}
	m->inf_ok++;
	a = m->nsvc > 0 ? &m->svc[m->nsvc - 1] : NULL;
	switch (e.kind) {
	case 0:
		m->svc[m->nsvc].k = k;
		m->svc[m->nsvc].name_k = k;
		m->svc[m->nsvc].is_default = false;
		m->nsvc++;
		break;
	case 1:
		break; /* checked through the provider's ordinal */
	case 2:
		a->name_k = k;
		break;
	case 3:
		for (i = 1; i < m->nsvc; i++)
			m->svc[i - 1] = m->svc[i];
		m->nsvc--;
		break;
	default:
		a->is_default = !a->is_default;
		break;
	}
}

/* ------------------------------------------------------------------------
 * Checking a thread's model against the files
 */

static bool wide_is(const WCHAR *w, const char *s)
{
	size_t i;

	for (i = 0; s[i] != '\0'; i++) {
		if (w[i] != (WCHAR)(unsigned char)s[i])
			return false;
	}
	return w[i] == 0;
}

static int check_profile(const struct proffile *pf, const struct model *m,
			 char *why, size_t size)
{
	LPSPropValue props;
	MAPIUID uid;
	ULONG n, i;
	unsigned int s, k, found = 0;
	char want[32];

	own_uid(m, 0xFFFF, &uid);
	if (proffile_get_props(pf, &uid, &n, &props) == 0) {
		for (i = 0; i < n; i++) {
			s = PROP_ID(props[i].ulPropTag) - 0x6710;
			if (s >= SLOTS || !m->slot_set[s] ||
			    props[i].Value.l != m->slot[s]) {
				snprintf(why, size, "slot %u of %u/%u", s, m->p,
					 m->t);
				MAPIFreeBuffer(props);
				return -1;
			}
			found++;
		}
		MAPIFreeBuffer(props);
	}
	for (s = 0; s < SLOTS; s++)
		found -= m->slot_set[s];
	if (found != 0) {
		snprintf(why, size, "slots of %u/%u missing", m->p, m->t);
		return -1;
	}
	/* Every section of this thread: exactly the model's. */
	for (i = 0; i < proffile_section_count(pf); i++) {
		const MAPIUID *u = proffile_section_uid(pf, (size_t)i);
		bool alive = false;

		if (u->ab[0] != 0x5E || u->ab[1] != m->p || u->ab[2] != m->t ||
		    u->ab[5] != 1)
			continue;
		k = (unsigned int)u->ab[3] << 8 | u->ab[4];
		for (s = 0; s < m->nsec; s++)
			alive |= m->sec[s].k == k;
		if (!alive) {
			snprintf(why, size, "section %u of %u/%u not deleted",
				 k, m->p, m->t);
			return -1;
		}
	}
	for (s = 0; s < m->nsec; s++) {
		LPSPropValue pv;

		own_uid(m, m->sec[s].k, &uid);
		if (proffile_get_prop(pf, &uid, PR_DISPLAY_NAME_W, &pv) != 0) {
			snprintf(why, size, "section %u of %u/%u missing",
				 m->sec[s].k, m->p, m->t);
			return -1;
		}
		snprintf(want, sizeof(want), "%s %u",
			 m->sec[s].name_k != m->sec[s].k ? "renamed" : "svc",
			 m->sec[s].name_k);
		if (!wide_is(pv->Value.lpszW, want)) {
			snprintf(why, size, "section %u of %u/%u: wrong name",
				 m->sec[s].k, m->p, m->t);
			MAPIFreeBuffer(pv);
			return -1;
		}
		MAPIFreeBuffer(pv);
	}
	return 0;
}

static int check_catalog(const struct mapisvc *svc, const struct model *m,
			 char *why, size_t size)
{
	char name[64], want[64], prefix[32];
	unsigned int s, count = 0;
	size_t i;

	snprintf(prefix, sizeof(prefix), "S%u_%u_", m->p, m->t);
	for (i = 0; i < mapisvc_service_count(svc); i++)
		count += strncmp(mapisvc_service_name(svc, i), prefix,
				 strlen(prefix)) == 0;
	if (count != m->nsvc) {
		snprintf(why, size, "%u/%u has %u services, not %u", m->p, m->t,
			 count, m->nsvc);
		return -1;
	}
	for (s = 0; s < m->nsvc; s++) {
		LPSPropValue pv;
		bool ok;

		svc_name(m, m->svc[s].k, name, sizeof(name), false);
		if (mapisvc_service_is_default(svc, name) !=
		    m->svc[s].is_default) {
			snprintf(why, size, "%s: default is wrong", name);
			return -1;
		}
		if (mapisvc_section_prop(svc, name, PR_DISPLAY_NAME_A, &pv) !=
		    0) {
			snprintf(why, size, "%s: missing", name);
			return -1;
		}
		snprintf(want, sizeof(want), "%s %u",
			 m->svc[s].name_k == m->svc[s].k ? "Service"
							 : "Renamed",
			 m->svc[s].name_k);
		ok = strcmp(pv->Value.lpszA, want) == 0;
		MAPIFreeBuffer(pv);
		if (!ok) {
			snprintf(why, size, "%s: name is not %s", name, want);
			return -1;
		}
	}
	return 0;
}

/* ------------------------------------------------------------------------
 * Processes and threads
 */

static void *thread_main(void *arg)
{
	struct model *m = arg;
	unsigned int k;

	for (k = 0; k < nedits; k++) {
		profile_edit(m, k);
		catalog_edit(m, k);
	}
	return NULL;
}

/* A child: runs its threads, checks their models, reports its counts. */
static int child_main(unsigned int p, int fd)
{
	static struct model models[MAX_THREADS];
	pthread_t th[MAX_THREADS];
	struct proffile *pf = NULL;
	struct mapisvc *svc = NULL;
	const char *error = NULL;
	unsigned long prof_ok = 0, inf_ok = 0, failed = 0;
	char why[256] = "", line[512];
	unsigned int t;
	int bad = 0;

	for (t = 0; t < nthreads; t++) {
		models[t].p = p;
		models[t].t = t;
		if (pthread_create(&th[t], NULL, thread_main, &models[t]) != 0)
			return 1;
	}
	for (t = 0; t < nthreads; t++)
		pthread_join(th[t], NULL);
	if (proffile_load(prof_path, &pf, &error) != 0 ||
	    mapisvc_load(inf_path, &svc, &error) != 0) {
		snprintf(why, sizeof(why), "load: %s", error);
		bad = 1;
	}
	for (t = 0; t < nthreads; t++) {
		prof_ok += models[t].prof_ok;
		inf_ok += models[t].inf_ok;
		failed += models[t].failed;
		if (models[t].failed > 0 && why[0] == '\0')
			snprintf(why, sizeof(why), "%s", models[t].first_error);
		if (!bad &&
		    (check_profile(pf, &models[t], why, sizeof(why)) < 0 ||
		     check_catalog(svc, &models[t], why, sizeof(why)) < 0))
			bad = 1;
	}
	proffile_free(&pf);
	mapisvc_free(&svc);
	snprintf(line, sizeof(line), "%u %lu %lu %lu %d %s\n", p, prof_ok,
		 inf_ok, failed, bad, why);
	if (write(fd, line, strlen(line)) != (ssize_t)strlen(line))
		return 1;
	return bad;
}

/* Counter edits only, for the kill test. */
static int bump_profile_cb(struct proffile *pf, void *context,
			   const char **error_r)
{
	(void)context;
	return bump_profile(pf, error_r);
}

static int bump_catalog_cb(struct mapisvc *svc, void *context,
			   const char **error_r)
{
	(void)context;
	return bump_catalog(svc, error_r);
}

/* Both counters as the files hold them now; -1 when a file is broken. */
static int read_counters(long long *prof_r, long long *inf_r)
{
	struct proffile *pf = NULL;
	struct mapisvc *svc = NULL;
	const char *error;
	LPSPropValue pv;
	int ret = -1;

	if (proffile_load(prof_path, &pf, &error) == 0 &&
	    proffile_get_prop(pf, &counter_uid, TAG_COUNTER, &pv) == 0) {
		*prof_r = pv->Value.li.QuadPart;
		MAPIFreeBuffer(pv);
		if (mapisvc_load(inf_path, &svc, &error) == 0 &&
		    mapisvc_section_prop(svc, "COUNTER", TAG_COUNTER, &pv) ==
			0) {
			*inf_r = pv->Value.li.QuadPart;
			MAPIFreeBuffer(pv);
			ret = 0;
		}
	}
	if (ret < 0)
		printf("# %s\n", error);
	proffile_free(&pf);
	mapisvc_free(&svc);
	return ret;
}

static bool kill_writers(unsigned int kills)
{
	long long prof = 0, inf = 0, p2, i2;
	unsigned int i;

	if (read_counters(&prof, &inf) < 0)
		return false;
	srand((unsigned int)time(NULL) ^ (unsigned int)getpid());
	for (i = 0; i < kills; i++) {
		pid_t pid = fork();
		int status;

		if (pid < 0)
			return false;
		if (pid == 0) {
			const char *error;

			for (;;) {
				if ((i % 2 == 0
					 ? proffile_edit(prof_path, 0,
							 bump_profile_cb, NULL,
							 &error)
					 : mapisvc_edit(inf_path, 0,
							bump_catalog_cb, NULL,
							&error)) != 0)
					_exit(3);
			}
		}
		usleep((useconds_t)(rand() % 4000));
		kill(pid, SIGKILL);
		if (waitpid(pid, &status, 0) != pid || !WIFSIGNALED(status))
			return false;
		if (read_counters(&p2, &i2) < 0 || p2 < prof || i2 < inf)
			return false;
		prof = p2;
		inf = i2;
	}
	printf("# %u kills; the writers got the counters to %lld and %lld\n",
	       kills, prof, inf);
	return true;
}

static int remove_entry(const char *path, const struct stat *st, int flag,
			struct FTW *ftw)
{
	(void)st;
	(void)flag;
	(void)ftw;
	return remove(path);
}

static unsigned int count_tmp(void)
{
	unsigned int n = 0;
	struct dirent *de;
	DIR *d = opendir(dir);

	if (d == NULL)
		return 1;
	while ((de = readdir(d)) != NULL)
		n += strstr(de->d_name, ".tmp-") != NULL;
	closedir(d);
	return n;
}

static int setup_files(void)
{
	struct proffile *pf = NULL;
	struct mapisvc *svc = NULL;
	SPropValue pv = {.ulPropTag = TAG_COUNTER};
	const char *error = NULL;
	int ret;

	ret = proffile_new(&pf);
	if (ret == 0)
		ret = proffile_set_props(pf, &counter_uid, 1, &pv, &error);
	if (ret == 0)
		ret = proffile_save(pf, prof_path, &error);
	proffile_free(&pf);
	if (ret == 0)
		ret = mapisvc_new(inf_path, &svc);
	if (ret == 0)
		ret = mapisvc_add_section(svc, NULL, "COUNTER", NULL, 1, &pv,
					  &error);
	if (ret == 0)
		ret = mapisvc_save(svc, inf_path, &error);
	mapisvc_free(&svc);
	if (ret != 0)
		fprintf(stderr, "setup: %s\n", error != NULL ? error : "");
	return ret;
}

int main(int argc, char **argv)
{
	unsigned long prof_ok = 0, inf_ok = 0, failed = 0;
	struct proffile *pf = NULL;
	struct mapisvc *svc = NULL;
	LPSPropValue pv;
	const char *error = NULL;
	struct timespec t0, t1;
	pid_t pids[256];
	int fds[2], bad_children = 0, status;
	char buf[65536], *line;
	size_t len = 0;
	ssize_t n;
	unsigned int p;
	bool ok;

	if (argc == 4) {
		nproc = (unsigned int)atoi(argv[1]);
		nthreads = (unsigned int)atoi(argv[2]);
		nedits = (unsigned int)atoi(argv[3]);
	}
	if (nproc == 0 || nproc > 256 || nthreads == 0 ||
	    nthreads > MAX_THREADS || nedits == 0 || nedits > 60000) {
		fprintf(stderr, "usage: %s [PROCESSES THREADS EDITS]\n",
			argv[0]);
		return 2;
	}
	snprintf(dir, sizeof(dir), "/tmp/mapix-stress-XXXXXX");
	if (mkdtemp(dir) == NULL)
		return 2;
	snprintf(prof_path, sizeof(prof_path), "%s/Profile.prof", dir);
	snprintf(inf_path, sizeof(inf_path), "%s/mapisvc.inf", dir);
	if (setup_files() != 0 || pipe(fds) != 0)
		return 2;

	printf("1..5\n");
	printf("# %u processes x %u threads x %u edits of the profile and %u "
	       "of the catalog\n",
	       nproc, nthreads, nedits, nedits);
	fflush(stdout);
	clock_gettime(CLOCK_MONOTONIC, &t0);
	for (p = 0; p < nproc; p++) {
		pids[p] = fork();
		if (pids[p] < 0)
			return 2;
		if (pids[p] == 0) {
			close(fds[0]);
			_exit(child_main(p, fds[1]));
		}
	}
	close(fds[1]);
	while ((n = read(fds[0], buf + len, sizeof(buf) - 1 - len)) > 0)
		len += (size_t)n;
	buf[len] = '\0';
	for (p = 0; p < nproc; p++) {
		if (waitpid(pids[p], &status, 0) != pids[p] ||
		    !WIFEXITED(status) || WEXITSTATUS(status) != 0)
			bad_children++;
	}
	clock_gettime(CLOCK_MONOTONIC, &t1);
	for (line = strtok(buf, "\n"); line != NULL;
	     line = strtok(NULL, "\n")) {
		unsigned long a, b, c;
		unsigned int cp;
		int bad, used = 0;

		if (sscanf(line, "%u %lu %lu %lu %d %n", &cp, &a, &b, &c, &bad,
			   &used) < 5)
			continue;
		prof_ok += a;
		inf_ok += b;
		failed += c;
		if (bad || c > 0)
			printf("# child %u: %s\n", cp, line + used);
	}
	printf("# %.1f s, %lu profile and %lu catalog edits returned 0, %lu "
	       "failed\n",
	       (double)(t1.tv_sec - t0.tv_sec) +
		   (double)(t1.tv_nsec - t0.tv_nsec) / 1e9,
	       prof_ok, inf_ok, failed);
	printf("%s 1 - every child's sections and services are what its "
	       "successful edits made them\n",
	       bad_children == 0 ? "ok" : "not ok");

	ok = proffile_load(prof_path, &pf, &error) == 0 &&
	     proffile_get_prop(pf, &counter_uid, TAG_COUNTER, &pv) == 0;
	if (ok) {
		ok = (unsigned long)pv->Value.li.QuadPart == prof_ok &&
		     prof_ok == (unsigned long)nproc * nthreads * nedits;
		printf("# profile counter %lld\n",
		       (long long)pv->Value.li.QuadPart);
		MAPIFreeBuffer(pv);
	} else {
		printf("# %s\n", error);
	}
	printf("%s 2 - the profile parses and no edit is lost\n",
	       ok ? "ok" : "not ok");
	proffile_free(&pf);

	ok = mapisvc_load(inf_path, &svc, &error) == 0 &&
	     mapisvc_section_prop(svc, "COUNTER", TAG_COUNTER, &pv) == 0;
	if (ok) {
		ok = (unsigned long)pv->Value.li.QuadPart == inf_ok &&
		     inf_ok == (unsigned long)nproc * nthreads * nedits;
		printf("# catalog counter %lld\n",
		       (long long)pv->Value.li.QuadPart);
		MAPIFreeBuffer(pv);
	} else {
		printf("# %s\n", error);
	}
	printf("%s 3 - the catalog parses and no edit is lost\n",
	       ok ? "ok" : "not ok");
	mapisvc_free(&svc);

	printf("%s 4 - no temporary files are left\n",
	       count_tmp() == 0 ? "ok" : "not ok");
	fflush(stdout);
	printf("%s 5 - writers killed at random points leave whole files\n",
	       kill_writers(200) ? "ok" : "not ok");
	nftw(dir, remove_entry, 16, FTW_DEPTH | FTW_PHYS);
	return 0;
}
