#!/bin/sh
# cli.sh - black-box test of `mapix profile ...` against a private state
# directory and the source tree's service catalog: every command, JSON
# output, exit codes (0 ok, 1 failure, 2 usage), error messages, the
# profile files under $state/profiles/<principal>/ and, as root, --user.
# Usage: cli.sh PATH-TO-MAPIX PATH-TO-MAPISVC.INF.  Prints TAP.
set -u

MAPIX=${1:?usage: cli.sh PATH-TO-MAPIX PATH-TO-MAPISVC.INF}
CATALOG=${2:?usage: cli.sh PATH-TO-MAPIX PATH-TO-MAPISVC.INF}
TMP=$(mktemp -d "${TMPDIR:-/tmp}/mapix-profile-cli-XXXXXX") || exit 1
trap 'rm -rf "$TMP"' EXIT INT TERM
# Impersonated threads must reach their profile root below $TMP.
chmod 711 "$TMP"
STATE="$TMP/state"
export MAPIX_STATE_DIR="$STATE"
export MAPIX_CONFIG="$TMP/mapix.conf"
export MAPIX_PWHASH_FAST=1
printf 'catalog = %s\nstate_dir = %s\n' "$CATALOG" "$STATE" >"$MAPIX_CONFIG"

# The process's principal: its OS user name, in lower case.
ME=$(id -un | tr 'A-Z' 'a-z')
ROOT="$STATE/profiles/$ME"

n=0
failed=0
# result STATUS DESCRIPTION: one TAP line, ok for STATUS 0; counts
# failures and returns STATUS.
result() {
	n=$((n + 1))
	if [ "$1" -eq 0 ]; then
		echo "ok $n - $2"
		return 0
	fi
	echo "not ok $n - $2"
	failed=$((failed + 1))
	return 1
}

# check WANT_STATUS DESCRIPTION COMMAND...: runs the command with stdin
# from /dev/null, keeps stdout in $TMP/out and stderr in $TMP/err.
check() {
	want=$1 desc=$2
	shift 2
	"$@" </dev/null >"$TMP/out" 2>"$TMP/err"
	got=$?
	[ "$got" -eq "$want" ]
	result $? "$desc" || {
		echo "# exit $got, wanted $want"
		sed 's/^/# /' "$TMP/err"
	}
}

# expect FILE TEXT DESCRIPTION: FILE ($TMP/out or $TMP/err) contains TEXT.
expect() {
	grep -qF -- "$2" "$TMP/$1"
	result $? "$3" || {
		echo "# no '$2' in $1"
		sed 's/^/# /' "$TMP/$1"
	}
}

# json PYTHON-EXPRESSION DESCRIPTION: $TMP/out parses as JSON (bound to
# `d`) and the expression is true.  props(d) lists every property object
# anywhere in a `show` document; val(d, ID) the values of those with the
# property ID (4 hex digits), whichever string width they came in.
json() {
	python3 -c '
import json, sys
def props(x):
    out = []
    if isinstance(x, dict):
        if "tag" in x and "value" in x:
            out.append(x)
        for v in x.values():
            out += props(v)
    elif isinstance(x, list):
        for v in x:
            out += props(v)
    return out
def val(x, pid):
    return [p["value"] for p in props(x) if p["tag"][2:6].upper() == pid]
d = json.load(open(sys.argv[2], encoding="utf-8"))
sys.exit(0 if eval(sys.argv[1]) else 1)' "$1" "$TMP/out" 2>"$TMP/pyerr"
	result $? "$2" || sed 's/^/# /' "$TMP/pyerr" "$TMP/out"
}

# expect_line FILE LINE DESCRIPTION: FILE has LINE as a whole line.
expect_line() {
	grep -qxF -- "$2" "$TMP/$1"
	result $? "$3" || {
		echo "# no line '$2' in $1"
		sed 's/^/# /' "$TMP/$1"
	}
}

# prop INDENT NAME VALUE: the line `show` prints for a property, the
# name padded to its column, as `mapix show` prints it (src/cli/print.h).
prop() {
	printf '%*s%-32s = %s' "$1" '' "$2" "$3"
}

# ok_if DESCRIPTION TEST-ARGS...: one test point for a shell `test`.
ok_if() {
	desc=$1
	shift
	test "$@"
	result $? "$desc"
}

P="$MAPIX profile"

# Help and usage at every level.
check 0 "profile --help" $P --help
expect out "Usage: mapix profile [--user NAME] [--json] COMMAND" "profile help text"
check 0 "mapix --help names profile" $MAPIX --help
expect out "profile COMMAND" "mapix help text"
check 2 "profile without a command" $P
check 2 "profile unknown command" $P frob
expect err "unknown command 'frob'" "names the unknown command"
check 2 "profile unknown option" $P --frob list
check 2 "service without a command" $P service
check 2 "service unknown command" $P service frob
expect err "unknown command 'frob'" "names the unknown service command"
for c in list create delete copy rename default show; do
	check 0 "$c --help" $P $c --help
	expect out "Usage: mapix profile $c" "$c help text"
done
for c in list add remove configure; do
	check 0 "service $c --help" $P service $c --help
	expect out "Usage: mapix profile service $c" "service $c help text"
done
check 2 "create without NAME" $P create
expect err "missing arguments" "says an argument is missing"
check 2 "create with two names" $P create a b
expect err "unexpected argument 'b'" "names the extra argument"
check 2 "create with an unknown option" $P create x --bogus
expect err "unknown option '--bogus'" "names the unknown option"
check 2 "list --display-name x (an option of service add)" $P list --display-name x
expect err "unknown option '--display-name'" "names the option, not its value"
check 2 "delete takes no --json" $P delete x --json
check 2 "create takes no --clear" $P create x --clear
check 2 "default without NAME" $P default
check 2 "default NAME --clear" $P default x --clear
check 2 "copy with one name" $P copy x
check 2 "service add without SERVICE" $P service add x
check 2 "service configure without PROP" $P service configure x MAPIX
check 2 "option without its value" $P service add x MAPIX --display-name
expect err "needs a value" "says the value is missing"
ok_if "usage errors made no profile root" ! -e "$ROOT"

# list on nothing
check 0 "list, no profiles" $P list
ok_if "list prints nothing" ! -s "$TMP/out"
check 0 "list --json, no profiles" $P list --json
json 'd == []' "empty JSON list"

# create
check 0 "create work" $P create work
ok_if "work.prof in the profile root" -f "$ROOT/work.prof"
check 1 "create work again" $P create work
expect err "mapix: create profile 'work': " "clear duplicate message"
expect err "(MAPI_E_NO_ACCESS)" "duplicate is MAPI_E_NO_ACCESS"
# Profile names are one profile regardless of case (issue 4, as on
# Windows), accented letters included.
check 1 "create WORK (names ignore case)" $P create WORK
expect err "(MAPI_E_NO_ACCESS)" "WORK is MAPI_E_NO_ACCESS"
check 0 "create été" $P create 'été'
check 1 "create ÉTÉ" $P create 'ÉTÉ'
expect err "(MAPI_E_NO_ACCESS)" "ÉTÉ is MAPI_E_NO_ACCESS"
check 0 "delete ÉTÉ (deletes été)" $P delete 'ÉTÉ'
ok_if "été.prof is gone" ! -e "$ROOT/été.prof"
LONG=$(printf '%065d' 0)
TAB=$(printf 'a\tb')
for bad in 'a/b' '..' 'x/../y' "$TAB" "$LONG" ' lead' ''; do
	check 1 "create bad name '$bad'" $P create "$bad"
	expect err "(MAPI_E_INVALID_PARAMETER)" "bad name '$bad' is MAPI_E_INVALID_PARAMETER"
done
ok_if "bad names made no files" "$(ls -A "$ROOT" | grep -c '\.prof$')" -eq 1
check 0 "create 64-character name" $P create "$(printf '%064d' 0)"
check 0 "delete 64-character name" $P delete "$(printf '%064d' 0)"
check 0 "create home with default services, as default" \
	$P create home --default-services --default
ok_if "home.prof in the profile root" -f "$ROOT/home.prof"

# list
check 0 "list --json" $P list --json
json 'd == [{"name": "home", "default": True}, {"name": "work", "default": False}]' "list JSON"
check 0 "global --json" $MAPIX --json profile list
json 'len(d) == 2' "global --json list JSON"
check 0 "profile-level --json" $P --json list
json 'len(d) == 2' "profile --json list JSON"
check 0 "list" $P list
expect out "home (default)" "list marks the default"
expect out "work" "list shows work"

# default
check 0 "default work" $P default work
check 0 "list --json" $P list --json
json '[p["name"] for p in d if p["default"]] == ["work"]' "work is the default"
check 1 "default nosuch" $P default nosuch
expect err "mapix: make profile 'nosuch' the default: " "clear default message"
expect err "(MAPI_E_NOT_FOUND)" "default nosuch is MAPI_E_NOT_FOUND"
check 0 "default --clear" $P default --clear
check 0 "list --json" $P list --json
json 'not any(p["default"] for p in d)' "no default"

# service list
check 0 "service list home --json" $P service list home --json
json 'len(d) == 1 and d[0]["service_name"] == "MAPIX" and d[0]["display_name"] == "mapix Server" and len(d[0]["uid"]) == 32 and isinstance(d[0]["resource_flags"], int)' "home has the default service"
check 0 "service list work --json" $P service list work --json
json 'd == []' "work has no services"
check 1 "service list nosuch" $P service list nosuch
expect err "mapix: open profile 'nosuch': " "clear no-profile message"

# service add
PST="$TMP/ärchive \"1\".pst"
check 0 "service add MAPIX_LOCAL with a path" \
	$P service add work MAPIX_LOCAL --display-name 'Archive' "PR_PST_PATH_W=$PST"
LOCAL_UID=$(cat "$TMP/out")
ok_if "service add prints a UID" "$(printf '%s' "$LOCAL_UID" | grep -cE '^[0-9A-F]{32}$')" -eq 1
check 0 "service add MAPIX --json" $P service add work MAPIX --json \
	PR_PROFILE_HOME_SERVER=mapixd.example:7070 pr_profile_user=alice
json 'len(d) == 1 and len(d["uid"]) == 32' "service add JSON"
MAPIX_UID=$(python3 -c 'import json,sys; print(json.load(open(sys.argv[1]))["uid"])' "$TMP/out")
check 0 "service list work --json" $P service list work --json
json "sorted(s['service_name'] for s in d) == ['MAPIX', 'MAPIX_LOCAL'] and {s['uid'] for s in d} == {'$LOCAL_UID', '$MAPIX_UID'}" "both services listed with their UIDs"
json "[s['display_name'] for s in d if s['service_name'] == 'MAPIX_LOCAL'] == ['Archive']" "display name taken"
check 0 "service list work" $P service list work
expect out "$LOCAL_UID" "text list shows the UID"
expect out "MAPIX_LOCAL" "text list shows the service"
check 2 "service add with an unknown property" $P service add work MAPIX_LOCAL PR_BOGUS=1
expect err "unknown property 'PR_BOGUS'" "names the unknown property"
check 2 "service add with a bad PT_LONG" $P service add work MAPIX_LOCAL PR_RESOURCE_FLAGS=abc
expect err "not a valid PT_LONG value" "names the type"
check 2 "service add with a bad PT_BINARY" $P service add work MAPIX_LOCAL PR_SEARCH_KEY=ABC
check 2 "service add with a bad PT_BOOLEAN" $P service add work MAPIX_LOCAL 0x6610000B=maybe
check 2 "service add with no '='" $P service add work MAPIX_LOCAL PR_PST_PATH_W
expect err "is not PROP=VALUE" "says PROP=VALUE"
check 1 "service add an unknown service" $P service add work NOSUCH
expect err "mapix: profile 'work': add service 'NOSUCH': " "clear unknown-service message"
expect err "(MAPI_E_NOT_FOUND)" "unknown service is MAPI_E_NOT_FOUND"
check 1 "service add to a missing profile" $P service add nosuch MAPIX
check 0 "service list work --json" $P service list work --json
json 'len(d) == 2' "failed adds changed nothing"

# show
SUM=$(cksum <"$ROOT/work.prof")
check 0 "show work" $P show work
ok_if "show changes nothing" "$(cksum <"$ROOT/work.prof")" = "$SUM"
expect out "Profile work" "show names the profile"
expect out "Service MAPIX_LOCAL" "show lists MAPIX_LOCAL"
expect out "Service MAPIX " "show lists MAPIX"
expect out "Provider" "show lists providers"
expect out "PR_PST_PATH" "show names PR_PST_PATH"
expect out "ärchive" "show prints the path"
expect out "PR_PROFILE_HOME_SERVER" "show names the home server"
# Values print as `mapix show` prints them: strings quoted with JSON's
# escapes, binaries as bare hex, numbers in decimal alone.
PST_QUOTED="\"$(printf '%s' "$PST" | sed 's/["\\]/\\&/g')\""
expect_line out "$(prop 4 PR_PST_PATH_A "$PST_QUOTED")" "a string quoted, its quotes escaped"
expect_line out "$(prop 4 PR_SERVICE_UID "$LOCAL_UID")" "a binary as the bare hex service add printed"
expect_line out "$(prop 6 PR_RESOURCE_TYPE 33)" "a PT_LONG in decimal alone"
expect_line out "$(prop 4 PR_SERVICE_SUPPORT_FILES_A '["libmapix.so.0"]')" "a multi-valued string as a list"
ok_if "no hex after numbers, no <> around binaries" \
	"$(grep -c -e '(0x' -e '= <' "$TMP/out")" -eq 0
check 0 "show work --json" $P show work --json
json 'd["name"] == "work" and d["default"] is False and len(d["services"]) == 2' "show JSON top level"
json "val(d, '6700') and all(v == '''$PST''' for v in val(d, '6700'))" "show JSON has the path, exactly"
json "'mapixd.example:7070' in val(d, '6602') and 'alice' in val(d, '6603')" "show JSON has the server settings"
json "'$LOCAL_UID' in val(d, '3D0C') and 33 in val(d, '3E03')" "binaries and numbers in JSON as in the text"
json 'all(len(s["providers"]) >= 1 and all(len(p["uid"]) == 32 and p["properties"] for p in s["providers"]) for s in d["services"])' "every service has providers with sections"
json '[s for s in d["services"] if s["service_name"] == "MAPIX"][0]["providers"][0]["resource_type"] == 33' "providers are store providers"
json 'all(isinstance(p["tag"], str) and p["tag"].startswith("0x") for p in props(d))' "properties have hex tags"
json 'any(sec["uid"] == "13DBB0C8AA05101A9BB000AA002FC45A" for s in d["services"] for sec in s["sections"]) or any(sec["uid"] == "13DBB0C8AA05101A9BB000AA002FC45A" for sec in d["sections"])' "the global profile section is shown"
json "'work' in val(d, '3D12')" "the profile section has PR_PROFILE_NAME"
check 1 "show nosuch" $P show nosuch
expect err "mapix: open profile 'nosuch': " "clear show message"
check 0 "show HOME" $P show HOME
expect out "Profile home" "show finds the profile in any case"

# service configure
PST2="$TMP/other.pst"
check 0 "service configure by name" $P service configure work mapix_local "PR_PST_PATH_W=$PST2"
check 0 "show work --json" $P show work --json
json "val(d, '6700') and all(v == '$PST2' for v in val(d, '6700'))" "path changed"
check 0 "service configure by UID" $P service configure work "$MAPIX_UID" PR_PROFILE_USER=bob
check 0 "show work --json" $P show work --json
json "'bob' in val(d, '6603') and 'alice' not in val(d, '6603')" "user changed"
check 1 "service configure an unknown name" $P service configure work NOSUCH PR_PROFILE_USER=x
expect err "mapix: profile 'work': no service 'NOSUCH'" "clear unknown-name message"
check 1 "service configure an unknown UID" $P service configure work 00000000000000000000000000000000 PR_PROFILE_USER=x
expect err "(MAPI_E_NOT_FOUND)" "unknown UID is MAPI_E_NOT_FOUND"
check 0 "service add a second MAPIX_LOCAL" $P service add work MAPIX_LOCAL "PR_PST_PATH_W=$TMP/two.pst"
LOCAL2_UID=$(cat "$TMP/out")
check 1 "service configure an ambiguous name" $P service configure work MAPIX_LOCAL PR_PST_PATH_W=x
expect err "2 services are named 'MAPIX_LOCAL'" "says the name is ambiguous"

# service remove
check 0 "service remove by UID" $P service remove work "$LOCAL2_UID"
check 1 "service remove it again" $P service remove work "$LOCAL2_UID"
expect err "(MAPI_E_NOT_FOUND)" "removed service is MAPI_E_NOT_FOUND"
check 0 "service remove by name" $P service remove work MAPIX
check 0 "service list work --json" $P service list work --json
json "len(d) == 1 and d[0]['uid'] == '$LOCAL_UID'" "one service left"

# copy, rename, delete
check 0 "copy work to work2" $P copy work work2
ok_if "work2.prof exists" -f "$ROOT/work2.prof"
check 0 "service list work2 --json" $P service list work2 --json
json 'len(d) == 1 and d[0]["service_name"] == "MAPIX_LOCAL"' "the copy has the service"
check 1 "copy onto an existing profile" $P copy work home
expect err "mapix: copy profile 'work' to 'home': " "clear copy message"
check 1 "copy a missing profile" $P copy nosuch x
expect err "(MAPI_E_NOT_FOUND)" "copy nosuch is MAPI_E_NOT_FOUND"
check 1 "copy to a bad name" $P copy work 'a/b'
expect err "(MAPI_E_INVALID_PARAMETER)" "copy to a bad name is MAPI_E_INVALID_PARAMETER"
check 0 "rename work2 to play" $P rename work2 play
ok_if "play.prof exists" -f "$ROOT/play.prof"
ok_if "work2.prof is gone" ! -e "$ROOT/work2.prof"
check 1 "rename a missing profile" $P rename nosuch x
expect err "mapix: rename profile 'nosuch' to 'x': " "clear rename message"
check 1 "rename onto an existing profile" $P rename play home
check 0 "delete play" $P delete play
ok_if "play.prof is gone" ! -e "$ROOT/play.prof"
check 1 "delete play again" $P delete play
expect err "mapix: delete profile 'play': " "clear delete message"
expect err "(MAPI_E_NOT_FOUND)" "delete nosuch is MAPI_E_NOT_FOUND"
check 0 "list --json" $P list --json
json '[p["name"] for p in d] == ["home", "work"]' "home and work left"

# A catalog that is not there: a clear error naming the path.
printf 'catalog = %s\nstate_dir = %s\n' "$TMP/no-such.inf" "$STATE" >"$TMP/bad.conf"
check 1 "create with a missing catalog" env MAPIX_CONFIG="$TMP/bad.conf" $P create broken --default-services
expect err "$TMP/no-such.inf" "names the missing catalog"

# --user: root acts in another principal's profile root.
if [ "$(id -u)" -eq 0 ]; then
	check 0 "admin user add alice" $MAPIX admin user add alice --uid 4242 --gid 4242 --no-password
	check 0 "--user alice create mine" $P --user alice create mine
	ok_if "mine.prof in alice's root" -f "$STATE/profiles/alice/mine.prof"
	ok_if "alice's root is 0700" "$(stat -c %a "$STATE/profiles/alice")" = 700
	ok_if "alice's root is hers" "$(stat -c %u "$STATE/profiles/alice")" = 4242
	ok_if "mine.prof is hers" "$(stat -c %u "$STATE/profiles/alice/mine.prof")" = 4242
	ok_if "not in root's own root" ! -e "$ROOT/mine.prof"
	check 0 "--user alice list --json" $P --user alice list --json
	json '[p["name"] for p in d] == ["mine"]' "alice sees only her profile"
	check 0 "list --user alice (after the command)" $P list --user alice --json
	json '[p["name"] for p in d] == ["mine"]' "--user after the command"
	check 0 "list --json as root" $P list --json
	json '[p["name"] for p in d] == ["home", "work"]' "root does not see alice's profile"
	# mapix has the store provider linked in, so configuring MAPIX_LOCAL
	# creates alice's store, as alice: in a directory she may write.
	mkdir "$TMP/alice" && chown 4242:4242 "$TMP/alice"
	check 0 "--user alice service add" $P --user=alice service add mine MAPIX_LOCAL "PR_PST_PATH_W=$TMP/alice/alice.pst"
	check 0 "--user alice show --json" $P --user alice show mine --json
	json "'$TMP/alice/alice.pst' in val(d, '6700')" "alice's service configured"
	check 0 "--user alice delete mine" $P --user alice delete mine
	ok_if "mine.prof is gone" ! -e "$STATE/profiles/alice/mine.prof"
	check 1 "--user for an unknown user" $P --user nobody-here list
	expect err "mapix: act for user 'nobody-here'" "clear unknown-user message"
	if command -v setpriv >/dev/null 2>&1; then
		check 1 "--user without privileges" setpriv --reuid=65534 --regid=65534 --clear-groups $P --user alice list
		expect err "mapix: act for user 'alice'" "clear no-privilege message"
	else
		n=$((n + 1))
		echo "ok $n - --user without privileges # SKIP no setpriv"
	fi
else
	n=$((n + 1))
	echo "ok $n - --user # SKIP not root: --user needs root to act for another user"
fi

echo "1..$n"
[ "$failed" -eq 0 ]
