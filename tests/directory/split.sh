#!/bin/sh
# split.sh - proves that a program that only reads principals links
# neither the directory's write path nor its password code (directory.h,
# "Three parts").  Runs the reader (reader.c, linked statically against
# the directory layer like mapix-worker) on a directory that `mapix admin`
# made, then looks at its symbols with nm: no write call, no
# authentication, no password hashing (libsodium's crypto_pwhash), no PAM.
# The same check on the mapix CLI, which writes and authenticates, must
# find them: it shows the check can fail.
# Usage: split.sh PATH-TO-READER PATH-TO-MAPIX.  Prints TAP.
set -u

READER=${1:?usage: split.sh PATH-TO-READER PATH-TO-MAPIX}
MAPIX=${2:?usage: split.sh PATH-TO-READER PATH-TO-MAPIX}
TMP=$(mktemp -d "${TMPDIR:-/tmp}/mapix-split-XXXXXX") || exit 1
trap 'rm -rf "$TMP"' EXIT INT TERM
export MAPIX_STATE_DIR="$TMP/state"
export MAPIX_CONFIG="$TMP/no-such.conf"
export MAPIX_PWHASH_FAST=1

n=0
failed=0

ok() {
	n=$((n + 1))
	echo "ok $n - $1"
}

not_ok() {
	n=$((n + 1))
	echo "not ok $n - $1"
	failed=$((failed + 1))
}

# What a reader must not contain: extended regular expressions matched
# against whole symbol names (nm's last field, without @VERSION).
FORBIDDEN='^(directory_(add|delete|set_password|set_flags|map_os|authenticate)|directory_backend_(admin|auth)_register|dir_(sqlite|pam)_(admin|auth)|dir_password_[a-z_]+|crypto_pwhash[a-z_]*|pam_[a-z_]+|MapixLogonUser|MapixTokenForUser)$'
# What it must contain, so that the check cannot pass on an empty list.
REQUIRED='directory_open_existing directory_list directory_get directory_generation dir_sqlite_backend dir_pam_backend sqlite3_open_v2'

# symbols FILE: every symbol name in FILE, defined or not, one a line.
symbols() {
	nm "$1" | awk '{ print $NF }' | sed 's/@.*//' | sort -u
}

# The reader works: no directory yet, then the one mapix admin made.
if "$READER" >"$TMP/out" 2>"$TMP/err"; then
	not_ok "reader refuses a missing directory"
elif grep -qF "$MAPIX_STATE_DIR/directory.db" "$TMP/err" &&
	[ ! -e "$MAPIX_STATE_DIR" ]; then
	ok "reader refuses a missing directory and creates nothing"
else
	not_ok "reader refuses a missing directory and creates nothing"
	sed 's/^/# /' "$TMP/err"
fi
if printf 'pw\n' | "$MAPIX" admin user add alice --password-stdin \
	>/dev/null 2>"$TMP/err" &&
	"$MAPIX" admin user add bob --no-password </dev/null \
		>/dev/null 2>>"$TMP/err"; then
	ok "mapix admin made a directory"
else
	not_ok "mapix admin made a directory"
	sed 's/^/# /' "$TMP/err"
fi
if "$READER" >"$TMP/out" 2>"$TMP/err" &&
	grep -q '^generation 2$' "$TMP/out" &&
	grep -q '^alice 1$' "$TMP/out" && grep -q '^bob 2$' "$TMP/out"; then
	ok "reader lists the principals with their generations"
else
	not_ok "reader lists the principals with their generations"
	sed 's/^/# /' "$TMP/out" "$TMP/err"
fi
if "$MAPIX" admin user disable bob </dev/null >/dev/null 2>"$TMP/err" &&
	"$READER" BOB >"$TMP/out" 2>>"$TMP/err" &&
	grep -q '^generation 3$' "$TMP/out" && grep -q '^bob 3$' "$TMP/out"; then
	ok "reader sees another process's change"
else
	not_ok "reader sees another process's change"
	sed 's/^/# /' "$TMP/out" "$TMP/err"
fi

# The reader's symbols.
if ! symbols "$READER" >"$TMP/reader.sym" || [ ! -s "$TMP/reader.sym" ]; then
	not_ok "nm lists the reader's symbols"
else
	ok "nm lists the reader's symbols"
fi
missing=
for s in $REQUIRED; do
	grep -qx "$s" "$TMP/reader.sym" || missing="$missing $s"
done
if [ -z "$missing" ]; then
	ok "reader has the read path"
else
	not_ok "reader has the read path (missing:$missing)"
fi
if grep -E "$FORBIDDEN" "$TMP/reader.sym" >"$TMP/bad"; then
	not_ok "reader has no write path, password code or PAM"
	sed 's/^/# found: /' "$TMP/bad"
else
	ok "reader has no write path, password code or PAM"
fi

# The control: a program that writes and authenticates has them all.
symbols "$MAPIX" >"$TMP/mapix.sym"
for s in directory_add directory_authenticate dir_password_verify \
	crypto_pwhash_str_verify pam_start; do
	if grep -qx "$s" "$TMP/mapix.sym"; then
		ok "the check finds $s in mapix"
	else
		not_ok "the check finds $s in mapix"
	fi
done

echo "1..$n"
[ "$failed" -eq 0 ]
