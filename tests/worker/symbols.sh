#!/bin/sh
# symbols.sh - the built mapix-worker carries neither the directory's write
# path nor the password code: it runs as an ordinary user and only reads
# principals (the address book).  Checks the binary's symbol table, and
# that it does not load PAM.  (libsodium may be there: the pam backend's
# reader derives mailbox GUIDs from names with its BLAKE2b; no password
# hashing function of it is linked.)  TAP.
#
# Usage: symbols.sh MAPIX-WORKER
set -u
worker=$1
n=0
failed=0

check() {
	n=$((n + 1))
	if [ "$1" = 0 ]; then
		echo "ok $n - $2"
	else
		echo "not ok $n - $2"
		failed=$((failed + 1))
	fi
}

if ! command -v nm >/dev/null 2>&1; then
	echo "1..0 # SKIP nm is not installed"
	exit 0
fi
syms=$(nm "$worker" 2>/dev/null) || {
	echo "Bail out! cannot read the symbols of $worker"
	exit 1
}
# The worker must still be a worker: it reads principals.
echo "$syms" | grep -q ' directory_get$'
check $? "mapix-worker reads the directory (directory_get is there)"
for sym in directory_add directory_delete directory_set_password \
	directory_set_flags directory_map_os directory_authenticate \
	dir_password_hash dir_password_verify MapixLogonUser \
	crypto_pwhash_str_verify crypto_pwhash_str_alg crypto_pwhash_str \
	pam_start pam_authenticate; do
	echo "$syms" | grep -q "[ 	]$sym\$"
	[ $? -ne 0 ]
	check $? "mapix-worker has no $sym"
done
if command -v ldd >/dev/null 2>&1; then
	libs=$(ldd "$worker" 2>/dev/null)
	echo "$libs" | grep -q 'libpam'
	[ $? -ne 0 ]
	check $? "mapix-worker does not load libpam"
fi
echo "1..$n"
[ $failed -eq 0 ]
