#!/bin/sh
# Installs the build into a scratch DESTDIR and compiles Windows-style
# MAPI programs with only `pkg-config --cflags --libs mapix`, each without
# and with UNICODE, then runs them.
# Usage: installed.sh BUILDDIR SANITIZE PROGRAM.c...
set -eu
build=$1
# A sanitized libmapix needs the program built with the same runtime.
sanitize=${2:-none}
shift 2
extra=""
[ "$sanitize" = none ] || extra="-fsanitize=$sanitize"
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT

meson install -C "$build" --no-rebuild --quiet --destdir "$tmp/root" >/dev/null
pc=$(find "$tmp/root" -name mapix.pc | head -n 1)
if [ -z "$pc" ]; then
	echo "mapix.pc was not installed" >&2
	exit 1
fi
export PKG_CONFIG_PATH
PKG_CONFIG_PATH=$(dirname "$pc")
# Point the installed .pc file's prefix at the scratch directory.
prefix=$(pkg-config --variable=prefix mapix)
pc_prefix="--define-variable=prefix=$tmp/root$prefix"
flags=$(pkg-config "$pc_prefix" --cflags --libs mapix)
echo "pkg-config mapix: $flags"
libdir=$(pkg-config "$pc_prefix" --variable=libdir mapix)
for src in "$@"; do
	prog=$(basename "$src" .c)
	for unicode in "" -DUNICODE; do
		# shellcheck disable=SC2086
		cc -std=c17 -Wall -Wextra -Werror $extra $unicode \
			-o "$tmp/$prog" "$src" $flags
		echo "$prog ${unicode:-(ANSI)}:"
		LD_LIBRARY_PATH=$libdir "$tmp/$prog"
	done
done
