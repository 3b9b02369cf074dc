#!/bin/bash
# Cross-compile the recorder (/init) for ppc64le, static, cached by a hash of
# its sources. Prints the path of the binary.
#   impl/recorder/build.sh            the recorder
#   impl/recorder/build.sh trivial    the trivial init (load kvm.ko, power off)
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
cache=${KVMLC_CACHE:-$HOME/.cache/kvmlc}
CXX=${KVMLC_CROSS_CXX:-powerpc64le-linux-gnu-g++}
if [ "${1:-}" = trivial ]; then
  srcs=("$here/trivial_init.cc"); name=trivial-init
else
  srcs=("$here/main.cc" "$here/recorder.cc"); name=kvmlc-init
fi
shopt -s nullglob
root=$(cd "$here/../.." && pwd)
hash=$(cat "${srcs[@]}" "$here"/*.h "$root"/base/*.h "$0" | sha256sum | cut -c1-12)
bin=$cache/recorder/$name-$hash
mkdir -p "$cache/recorder"
# Several run.sh may build at once: one compiles, the others wait for it.
exec 9> "$cache/recorder/.lock"
flock 9
if [ ! -x "$bin" ]; then
  tmp=$(mktemp "$bin.XXXXXX")
  "$CXX" -std=c++17 -static -O2 -Wall -Wextra -I"$here" -I"$root" "${srcs[@]}" -o "$tmp" -pthread >&2
  chmod +x "$tmp"
  mv "$tmp" "$bin"
fi
echo "$bin"
