#!/bin/sh
# cli.sh - black-box test of `mapix admin user ...` against a private
# state directory: every command, JSON output, exit codes (0 ok, 1 failure,
# 2 usage), error messages, passwords from standard input, file modes.
# Usage: cli.sh PATH-TO-MAPIX.  Prints TAP.
set -u

MAPIX=${1:?usage: cli.sh PATH-TO-MAPIX}
TMP=$(mktemp -d "${TMPDIR:-/tmp}/mapix-cli-XXXXXX") || exit 1
trap 'rm -rf "$TMP"' EXIT INT TERM
export MAPIX_STATE_DIR="$TMP/state"
export MAPIX_CONFIG="$TMP/no-such.conf"
export MAPIX_PWHASH_FAST=1

n=0
failed=0

# check WANT_STATUS DESCRIPTION COMMAND...: runs the command with stdin
# from /dev/null, keeps stdout in $TMP/out and stderr in $TMP/err.
check() {
	check_in "" "$@"
}

# check_in INPUT WANT_STATUS DESCRIPTION COMMAND...: the same, with INPUT
# and a newline on stdin (no stdin at all when INPUT is empty).
check_in() {
	input=$1 want=$2 desc=$3
	shift 3
	n=$((n + 1))
	if [ -n "$input" ]; then
		printf '%s\n' "$input" | "$@" >"$TMP/out" 2>"$TMP/err"
	else
		"$@" </dev/null >"$TMP/out" 2>"$TMP/err"
	fi
	got=$?
	if [ "$got" -eq "$want" ]; then
		echo "ok $n - $desc"
	else
		echo "not ok $n - $desc (exit $got, wanted $want)"
		sed 's/^/# /' "$TMP/err"
		failed=$((failed + 1))
	fi
}

# expect FILE TEXT DESCRIPTION: FILE ($TMP/out or $TMP/err) contains TEXT.
expect() {
	n=$((n + 1))
	if grep -qF -- "$2" "$TMP/$1"; then
		echo "ok $n - $3"
	else
		echo "not ok $n - $3: no '$2' in $1"
		sed 's/^/# /' "$TMP/$1"
		failed=$((failed + 1))
	fi
}

# json PYTHON-EXPRESSION DESCRIPTION: $TMP/out parses as JSON (bound to
# `d`) and the expression is true.
json() {
	n=$((n + 1))
	if python3 -c "import json,sys; d=json.load(open(sys.argv[1])); sys.exit(0 if ($1) else 1)" "$TMP/out"; then
		echo "ok $n - $2"
	else
		echo "not ok $n - $2"
		sed 's/^/# /' "$TMP/out"
		failed=$((failed + 1))
	fi
}

M="$MAPIX admin user"

# Help and usage at every level.
check 0 "admin --help" $MAPIX admin --help
expect out "Usage: mapix admin user COMMAND" "admin help text"
check 2 "admin without a command" $MAPIX admin
check 2 "admin unknown command" $MAPIX admin frob
check 0 "admin user --help" $M --help
check 2 "admin user unknown command" $M frob
expect err "unknown command 'frob'" "names the unknown command"
for c in add del list show passwd grant-admin revoke-admin enable disable map-uid; do
	check 0 "user $c --help" $M $c --help
	expect out "Usage: mapix admin user $c" "user $c help text"
done
check 2 "add without NAME" $M add
expect err "missing NAME" "says NAME is missing"
check 2 "add with --uid but no --gid" $M add x --uid 5 --no-password
check 2 "add with a bad uid" $M add x --uid -5 --gid 5 --no-password
check 2 "add with an unknown option" $M add x --bogus
expect err "unknown option '--bogus'" "names the unknown option"
check 2 "no password on the command line" $M add x --password hunter2
check 2 "option without its value" $M add x --display-name
check 2 "map-uid without ids" $M map-uid x
check 2 "show with two names" $M show a b
# One option table serves every command; each takes only its own.
check 2 "del takes no --uid" $M del x --uid 3
expect err "unknown option '--uid'" "names the option, not its value"
check 2 "list takes no --display-name, even abbreviated" $M list --dis
expect err "unknown option '--dis'" "names the option as typed"
check 2 "passwd takes no --admin" $M passwd x --admin
expect err "unknown option '--admin'" "names the option passwd does not take"
check 2 "add takes no --json" $M add x --json --no-password
check 2 "list takes no NAME" $M list x
expect err "unexpected argument 'x'" "names the extra argument"

# add
check_in 's3cret' 0 "add alice" $M add alice --display-name 'Alice "A" Ärger\x' \
	--uid 1000 --gid 1000 --groups 27,100 --password-stdin
check 0 "add bob without password" $M add bob --no-password --admin
check_in 'pw' 1 "add ALICE again" $M add ALICE --password-stdin
expect err "mapix admin: user 'alice' already exists" "clear duplicate message"
check 1 "add an invalid name" $M add 'bad name' --no-password
expect err "mapix admin: invalid user name" "clear invalid-name message"
check 1 "add with empty stdin" $M add carol --password-stdin
expect err "no password on standard input" "clear empty-stdin message"
check_in 'pw' 1 "add with a taken uid" $M add carol --uid 1000 --gid 5 --password-stdin
expect err "uid 1000 is already mapped to user 'alice'" "clear uid message"
if command -v setsid >/dev/null 2>&1; then
	check 1 "add without a terminal" setsid -w $M add carol
	expect err "no terminal" "asks for --password-stdin"
fi

mode=$(stat -c %a "$MAPIX_STATE_DIR/directory.db")
n=$((n + 1))
if [ "$mode" = 600 ]; then
	echo "ok $n - directory.db has mode 600"
else
	echo "not ok $n - directory.db has mode $mode"
	failed=$((failed + 1))
fi

# list and show
check 0 "list" $M list
expect out "alice" "list shows alice"
expect out "admin" "list shows bob's flag"
check 0 "list --json" $M list --json
json 'len(d) == 2 and d[0]["name"] == "alice" and d[1]["name"] == "bob"' "list JSON"
check 0 "global --json" $MAPIX --json admin user list
json 'len(d) == 2' "global --json list JSON"
check 0 "show ALICE --json" $M show ALICE --json
json 'd["display_name"] == "Alice \"A\" \u00c4rger\\x" and d["uid"] == 1000 and d["groups"] == [27, 100] and d["has_password"] and not d["admin"] and len(d["mailbox_guid"]) == 32 and d["mailbox_dn"] == "/o=mapix/ou=mailboxes/cn=alice"' "show JSON fields"
expect out '"display_name":"Alice \"A\" Ärger\\x"' "JSON escapes quotes and backslashes, keeps UTF-8 as it is"
check 0 "show bob" $M show bob
expect out "uid:           not mapped" "show text"
check 1 "show nobody" $M show nobody
expect err "mapix admin: no user 'nobody'" "clear not-found message"

# flags
check 0 "revoke-admin bob" $M revoke-admin bob
check 0 "disable bob" $M disable bob
check 0 "show bob --json" $M show bob --json
json 'not d["admin"] and d["disabled"]' "flags changed"
check 0 "enable bob" $M enable bob
check 0 "grant-admin alice" $M grant-admin alice
check 0 "show alice --json" $M show alice --json
json 'd["admin"] and not d["disabled"]' "alice is admin"
check 1 "grant-admin nobody" $M grant-admin nobody

# map-uid
check 1 "map bob to alice's uid" $M map-uid bob --uid 1000 --gid 1
check 0 "map bob" $M map-uid bob --uid 1001 --gid 1001 --groups 5
check 0 "show bob --json" $M show bob --json
json 'd["uid"] == 1001 and d["gid"] == 1001 and d["groups"] == [5]' "bob mapped"
check 0 "unmap bob" $M map-uid bob --unmap
check 0 "show bob --json" $M show bob --json
json 'd["uid"] is None and d["groups"] == []' "bob unmapped"
check 2 "unmap with ids" $M map-uid bob --unmap --uid 5

# passwd
check_in 'new pw' 0 "passwd bob" $M passwd bob --password-stdin
check 0 "show bob --json" $M show bob --json
json 'd["has_password"]' "bob has a password"
check 0 "passwd --no-password" $M passwd bob --no-password
check 0 "show bob --json" $M show bob --json
json 'not d["has_password"]' "bob's password removed"
check_in 'x' 1 "passwd nobody" $M passwd nobody --password-stdin

# passwd on a terminal: prompts twice, echo off.
HERE=$(dirname "$0")
check 0 "passwd on a terminal" python3 "$HERE/prompt.py" "$MAPIX" bob 'tty pw' 'tty pw' 0
check 0 "show bob --json" $M show bob --json
json 'd["has_password"]' "bob has a password from the terminal"
check 0 "passwd typo on a terminal" python3 "$HERE/prompt.py" "$MAPIX" bob 'one pw' 'other pw' 1 'do not match'

# del
check 0 "del alice" $M del Alice
check 1 "del alice again" $M del alice
expect err "mapix admin: no user 'alice'" "clear delete message"
check 0 "list --json after del" $M list --json
json 'len(d) == 1' "one user left"

# A corrupt database gives a clear error, not a crash.
printf 'this is not a database, not at all, no........................................................................................' >"$MAPIX_STATE_DIR/directory.db"
rm -f "$MAPIX_STATE_DIR/directory.db-wal" "$MAPIX_STATE_DIR/directory.db-shm"
check 1 "corrupt database" $M list
expect err "is corrupt or is not a database" "clear corruption message"

echo "1..$n"
[ "$failed" -eq 0 ]
