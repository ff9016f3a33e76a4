/*
 * reader.c - a program that only reads principals, the way mapix-worker
 * does (through mapi's address book): directory_open_existing(),
 * directory_list(), directory_get(), directory_generation().  split.sh
 * runs it against a directory made by `mapix admin`, then checks with nm
 * that linking the directory layer statically pulled neither its write
 * path nor its password code into it.
 *
 * Usage: reader [NAME...]: prints "generation N", then "NAME GENERATION"
 * for every principal (or each NAME given); exits 1 on any error.
 */
#include <inttypes.h>
#include <stdio.h>

#include "directory.h"

int main(int argc, char **argv)
{
	struct dir_principal **list = NULL, *p = NULL;
	struct directory *dir = NULL;
	const char *error = NULL;
	uint64_t generation = 0;
	size_t count = 0, i;
	int status = 0;

	if (directory_open_existing(NULL, NULL, &dir, &error) < 0 ||
	    directory_generation(dir, &generation, &error) < 0) {
		fprintf(stderr, "reader: %s\n", error);
		directory_close(&dir);
		return 1;
	}
	printf("generation %" PRIu64 "\n", generation);
	if (argc < 2) {
		if (directory_list(dir, &list, &count, &error) < 0) {
			fprintf(stderr, "reader: %s\n", error);
			status = 1;
		}
		for (i = 0; i < count; i++)
			printf("%s %" PRIu64 "\n", list[i]->name,
			       list[i]->generation);
		dir_principal_list_free(&list, count);
	}
	for (i = 1; i < (size_t)argc; i++) {
		if (directory_get(dir, argv[i], &p, &error) < 0) {
			fprintf(stderr, "reader: %s\n", error);
			status = 1;
			continue;
		}
		printf("%s %" PRIu64 "\n", p->name, p->generation);
		dir_principal_free(&p);
	}
	directory_close(&dir);
	return status;
}
