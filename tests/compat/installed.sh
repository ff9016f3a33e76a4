#!/bin/sh
# Installs the build into a scratch DESTDIR and compiles a Windows-style
# MAPI program with only `pkg-config --cflags --libs mapix`, then runs it.
set -eu
build=$1
src=$2
# A sanitized libmapix needs the program built with the same runtime.
sanitize=${3:-none}
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
# shellcheck disable=SC2086
cc -std=c17 -Wall -Wextra -Werror $extra -o "$tmp/winprog" "$src" $flags
libdir=$(pkg-config "$pc_prefix" --variable=libdir mapix)
LD_LIBRARY_PATH=$libdir "$tmp/winprog"
