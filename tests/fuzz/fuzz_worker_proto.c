/*
 * fuzz_worker_proto.c - libFuzzer target for the line protocol of the
 * example worker (src/broker/wproto.c): JSON parsing under a depth limit
 * and the dispatch table.
 *
 * The input is one request line without its '\n'.  What must hold for any
 * input (abort() otherwise):
 * - wproto_handle() returns 0 (or -ENOMEM) and one answer line: it ends
 *   with the only '\n' it holds;
 * - the answer is one JSON object with either "ok": true or an "error"
 *   string naming a MAPI_E_ code;
 * - json-c's objects are all released (the sanitizers' leak check).
 * The probe op, which opens files, is off here, and there is no store:
 * the store requests check their arguments (restrictions, sort orders,
 * columns: wquery.c) in full, then answer MAPI_E_NO_SUPPORT.
 */
#include <errno.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include <json-c/json.h>

#include "wproto.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	const struct wproto_env env = {
	    .principal = "fuzz",
	    .state_dir = NULL,
	    .allow_probe = false,
	};
	json_object *answer, *field;
	char *reply = NULL;
	bool close_it;
	size_t len;
	int ret;

	ret = wproto_handle(&env, (const char *)data, size, &reply, &close_it);
	if (ret == -ENOMEM)
		return 0;
	if (ret != 0 || reply == NULL)
		abort();
	len = strlen(reply);
	if (len == 0 || reply[len - 1] != '\n' ||
	    memchr(reply, '\n', len - 1) != NULL)
		abort();
	answer = json_tokener_parse(reply);
	if (answer == NULL || !json_object_is_type(answer, json_type_object))
		abort();
	if (json_object_object_get_ex(answer, "error", &field)) {
		if (!json_object_is_type(field, json_type_string) ||
		    strncmp(json_object_get_string(field), "MAPI_E_", 7) != 0)
			abort();
	} else if (!json_object_object_get_ex(answer, "ok", &field) ||
		   !json_object_get_boolean(field)) {
		abort();
	}
	json_object_put(answer);
	free(reply);
	return 0;
}
