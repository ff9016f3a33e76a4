/*
 * wproto.c - the example worker's request dispatcher (wproto.h).
 *
 * Requests are parsed with json-c under a depth limit, then dispatched
 * through a table of operations, one entry per request; the store
 * requests are wstore.c's.  Every answer is built as a json-c object and
 * printed plain, one line.
 */
#include "wproto.h"

#include <dirent.h>
#include <errno.h>
#include <fcntl.h>
#include <limits.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include <json-c/json.h>

#include "context.h"
#include "directory.h"
#include "errmap.h"
#include "mapierr.h"
#include "wstore.h"

/* Most profile names listed in one answer. */
#define PROFILES_MAX 4096

struct op_call {
	const struct wproto_env *env;
	json_object *req;
	/* The answer under construction; the op fills it. */
	json_object *reply;
	bool close;
};

/* Replaces the answer with an error. */
static int op_error(struct op_call *c, const char *code, const char *message)
{
	json_object_object_del(c->reply, "ok");
	json_object_object_add(c->reply, "error", json_object_new_string(code));
	json_object_object_add(c->reply, "message",
			       json_object_new_string(message));
	return 0;
}

/* The reply's code for an errno (positive, as in errno): errmap's. */
static const char *error_of_errno(int err)
{
	const char *name = mapierr_name(errmap_hr(-err));

	/* Exchange's MAPI_E_STORE_FULL has no name in mapicode.h's table. */
	return name != NULL ? name : "MAPI_E_CALL_FAILED";
}

static int op_ping(struct op_call *c)
{
	(void)c;
	return 0;
}

static int op_logoff(struct op_call *c)
{
	c->close = true;
	return 0;
}

static int op_whoami(struct op_call *c)
{
	gid_t groups[1024];
	uid_t ru, eu, su;
	gid_t rg, eg, sg;
	json_object *list;
	int i, n;

	if (getresuid(&ru, &eu, &su) < 0 || getresgid(&rg, &eg, &sg) < 0)
		return op_error(c, error_of_errno(errno), strerror(errno));
	n = getgroups(1024, groups);
	if (n < 0)
		return op_error(c, error_of_errno(errno), strerror(errno));
	json_object_object_add(c->reply, "principal",
			       json_object_new_string(c->env->principal));
	json_object_object_add(c->reply, "pid",
			       json_object_new_int64((int64_t)getpid()));
	json_object_object_add(c->reply, "uid", json_object_new_int64(ru));
	json_object_object_add(c->reply, "euid", json_object_new_int64(eu));
	json_object_object_add(c->reply, "suid", json_object_new_int64(su));
	json_object_object_add(c->reply, "gid", json_object_new_int64(rg));
	json_object_object_add(c->reply, "egid", json_object_new_int64(eg));
	json_object_object_add(c->reply, "sgid", json_object_new_int64(sg));
	list = json_object_new_array();
	for (i = 0; i < n; i++)
		json_object_array_add(list, json_object_new_int64(groups[i]));
	json_object_object_add(c->reply, "groups", list);
	return 0;
}

static int name_cmp(const void *a, const void *b)
{
	return strcmp(*(char *const *)a, *(char *const *)b);
}

static int op_profiles(struct op_call *c)
{
	const char *who = c->env->principal;
	char path[PATH_MAX];
	char *names[PROFILES_MAX];
	json_object *field, *list;
	struct dirent *de;
	size_t i, n = 0;
	DIR *d;

	if (json_object_object_get_ex(c->req, "principal", &field)) {
		if (!json_object_is_type(field, json_type_string) ||
		    !dir_name_valid(json_object_get_string(field)))
			return op_error(c, "MAPI_E_INVALID_PARAMETER",
					"invalid principal");
		who = json_object_get_string(field);
	}
	if (c->env->state_dir == NULL)
		return op_error(c, "MAPI_E_NOT_FOUND", "no state directory");
	if ((size_t)snprintf(path, sizeof(path), "%s/profiles/%s",
			     c->env->state_dir, who) >= sizeof(path))
		return op_error(c, "MAPI_E_CALL_FAILED", "path too long");
	d = opendir(path);
	if (d == NULL)
		return op_error(c, error_of_errno(errno), strerror(errno));
	while ((de = readdir(d)) != NULL && n < PROFILES_MAX) {
		if (de->d_name[0] == '.')
			continue;
		names[n] = strdup(de->d_name);
		if (names[n] == NULL)
			break;
		n++;
	}
	closedir(d);
	qsort(names, n, sizeof(names[0]), name_cmp);
	list = json_object_new_array();
	for (i = 0; i < n; i++) {
		json_object_array_add(list, json_object_new_string(names[i]));
		free(names[i]);
	}
	json_object_object_add(c->reply, "profiles", list);
	return 0;
}

static int op_probe(struct op_call *c)
{
	json_object *field;
	const char *path;
	int fd;

	if (!c->env->allow_probe)
		return op_error(c, "MAPI_E_NO_SUPPORT", "probe is off");
	if (!json_object_object_get_ex(c->req, "path", &field) ||
	    !json_object_is_type(field, json_type_string))
		return op_error(c, "MAPI_E_INVALID_PARAMETER", "no path");
	path = json_object_get_string(field);
	if (path[0] != '/' ||
	    strlen(path) != (size_t)json_object_get_string_len(field))
		return op_error(c, "MAPI_E_INVALID_PARAMETER",
				"path must be absolute");
	fd = open(path, O_RDONLY | O_NONBLOCK | O_NOCTTY | O_CLOEXEC);
	if (fd < 0)
		return op_error(c, error_of_errno(errno), strerror(errno));
	close(fd);
	return 0;
}

/* A store request: wstore.c fills the answer or says what failed. */
static int op_store(struct op_call *c, wstore_op_fn *fn)
{
	char msg[WSTORE_MSG_MAX] = "";
	const char *name;
	HRESULT hr;

	hr = fn(c->env->store, c->req, c->reply, msg, sizeof(msg));
	if (hr == S_OK)
		return 0;
	name = mapierr_name(hr);
	return op_error(c, name != NULL ? name : "MAPI_E_CALL_FAILED",
			msg[0] != '\0' ? msg : mapierr_message(hr));
}

static int op_setup_store(struct op_call *c)
{
	return op_store(c, wstore_setup_store);
}

static int op_list_folders(struct op_call *c)
{
	return op_store(c, wstore_list_folders);
}

static int op_list_messages(struct op_call *c)
{
	return op_store(c, wstore_list_messages);
}

static int op_read_message(struct op_call *c)
{
	return op_store(c, wstore_read_message);
}

static int op_create_message(struct op_call *c)
{
	return op_store(c, wstore_create_message);
}

static const struct wproto_op {
	const char *name;
	int (*run)(struct op_call *c);
} ops[] = {
    {"ping", op_ping},
    {"whoami", op_whoami},
    {"profiles", op_profiles},
    {"probe", op_probe},
    {"logoff", op_logoff},
    {"setup_store", op_setup_store},
    {"list_folders", op_list_folders},
    {"list_messages", op_list_messages},
    {"read_message", op_read_message},
    {"create_message", op_create_message},
};

/* Prints reply as one line into a new buffer; 0 or -ENOMEM. */
static int reply_line(json_object *reply, char **reply_r)
{
	const char *text;
	size_t len;
	char *line;

	text = json_object_to_json_string_ext(reply, JSON_C_TO_STRING_PLAIN);
	if (text == NULL)
		return -ENOMEM;
	len = strlen(text);
	line = malloc(len + 2);
	if (line == NULL)
		return -ENOMEM;
	memcpy(line, text, len);
	line[len] = '\n';
	line[len + 1] = '\0';
	*reply_r = line;
	return 0;
}

/*
 * True when no string of v (values and keys, at any depth) holds a NUL: a
 * "\u0000" escape would otherwise cut a C string short, so that
 * "ping\u0000x" read as "ping".  Depth is bounded by the parser.
 */
static bool strings_clean(json_object *v)
{
	size_t i, n;

	switch (json_object_get_type(v)) {
	case json_type_string:
		return memchr(json_object_get_string(v), '\0',
			      (size_t)json_object_get_string_len(v)) == NULL;
	case json_type_array:
		n = json_object_array_length(v);
		for (i = 0; i < n; i++) {
			if (!strings_clean(json_object_array_get_idx(v, i)))
				return false;
		}
		return true;
	case json_type_object: {
		json_object_object_foreach(v, key, val)
		{
			/* Keys are C strings in json-c: a NUL cuts one to a
			 * name the client could have sent as such. */
			(void)key;
			if (!strings_clean(val))
				return false;
		}
		return true;
	}
	default:
		return true;
	}
}

/* Parses line as exactly one JSON object; NULL when it is not. */
static json_object *parse_object(const char *line, size_t len)
{
	struct json_tokener *tok;
	json_object *obj;
	size_t end;

	if (len > WPROTO_LINE_MAX || memchr(line, '\0', len) != NULL)
		return NULL;
	tok = json_tokener_new_ex(WPROTO_DEPTH_MAX);
	if (tok == NULL)
		return NULL;
	obj = json_tokener_parse_ex(tok, line, (int)len);
	end = (size_t)json_tokener_get_parse_end(tok);
	json_tokener_free(tok);
	if (obj == NULL)
		return NULL;
	while (end < len &&
	       (line[end] == ' ' || line[end] == '\t' || line[end] == '\r'))
		end++;
	if (end != len || !json_object_is_type(obj, json_type_object) ||
	    !strings_clean(obj)) {
		json_object_put(obj);
		return NULL;
	}
	return obj;
}

int wproto_handle(const struct wproto_env *env, const char *line, size_t len,
		  char **reply_r, bool *close_r)
{
	struct op_call c = {.env = env};
	json_object *field;
	const char *name;
	size_t i;
	int ret;

	*reply_r = NULL;
	*close_r = false;
	c.reply = json_object_new_object();
	if (c.reply == NULL)
		return -ENOMEM;
	json_object_object_add(c.reply, "ok", json_object_new_boolean(1));
	c.req = parse_object(line, len);
	if (c.req == NULL) {
		op_error(
		    &c, "MAPI_E_INVALID_PARAMETER",
		    "a request is one JSON object on one line, its strings "
		    "without NUL");
		goto out;
	}
	if (json_object_object_get_ex(c.req, "id", &field) &&
	    (json_object_is_type(field, json_type_int) ||
	     json_object_is_type(field, json_type_string)))
		json_object_object_add(c.reply, "id", json_object_get(field));
	if (!json_object_object_get_ex(c.req, "op", &field) ||
	    !json_object_is_type(field, json_type_string)) {
		op_error(&c, "MAPI_E_INVALID_PARAMETER", "no op");
		goto out;
	}
	name = json_object_get_string(field);
	for (i = 0; i < sizeof(ops) / sizeof(ops[0]); i++) {
		if (strcmp(ops[i].name, name) == 0)
			break;
	}
	if (i == sizeof(ops) / sizeof(ops[0]))
		op_error(&c, "MAPI_E_INVALID_PARAMETER", "unknown op");
	else
		ops[i].run(&c);
out:
	ret = reply_line(c.reply, reply_r);
	*close_r = c.close;
	json_object_put(c.req);
	json_object_put(c.reply);
	return ret;
}

int wproto_too_long(char **reply_r)
{
	static const char text[] =
	    "{\"error\":\"MAPI_E_TOO_BIG\",\"message\":\"request line too "
	    "long\"}\n";

	*reply_r = strdup(text);
	return *reply_r != NULL ? 0 : -ENOMEM;
}
