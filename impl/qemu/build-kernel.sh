#!/bin/bash
# Build a ppc64le kernel (vmlinux + modules) for one kvmlc kernel name.
#
#   impl/qemu/build-kernel.sh KERNEL        -> prints the build tree on stdout
#
# KERNEL names a series file impl/kernel/series/KERNEL.series: one patch file
# name per line (relative to impl/kernel/patches/), applied in order to the
# Debian kernel source named by a `source linux-source-X.Y` line
# (/usr/src/linux-source-X.Y.tar.xz; without the line linux-source-6.1), and
# `fragment FILE` lines naming extra config fragments (relative to
# impl/kernel/). The tree is configured with tinyconfig +
# impl/kernel/config.fragment + those fragments and built in
#   $KVMLC_CACHE/build/KERNEL-HASH/linux
# where HASH covers the fragments, the patches, RECIPE below and, for a
# series with a `source` line, the tarball's name and size, so a second run
# with the same inputs does nothing. (The 6.1 series hash as they did before
# `source` existed, so their built trees stay valid.) Compiles go through ccache
# (CCACHE_BASEDIR makes hits work across trees), so a patched kernel whose
# patches touch few files rebuilds in a couple of minutes.
set -euo pipefail

here=$(cd "$(dirname "$0")" && pwd)
kdir=$(cd "$here/../kernel" && pwd)
kernel=${1:?usage: build-kernel.sh KERNEL}
series=$kdir/series/$kernel.series
[ -f "$series" ] || { echo "build-kernel: no series file $series" >&2; exit 2; }
bad() { echo "$series:${1%%:*}: error: $2" >&2; exit 2; }
line=$(grep -n '^source' "$series" | grep -vx '[0-9]*:source linux-source-[0-9][0-9.]*' | head -1 || true)
[ -z "$line" ] || bad "$line" "expected 'source linux-source-X.Y'"
line=$(grep -n '^source ' "$series" | sed -n 2p || true)
[ -z "$line" ] || bad "$line" "a second 'source' line"
source=$(sed -n 's/^source //p' "$series")
tarball=${KVMLC_TARBALL:-/usr/src/${source:-linux-source-6.1}.tar.xz}
[ -f "$tarball" ] || { echo "build-kernel: no $tarball (apt-get install ${source:-linux-source-6.1})" >&2; exit 2; }
cache=${KVMLC_CACHE:-$HOME/.cache/kvmlc}
jobs=${KVMLC_JOBS:-2}
# make runs this much nicer than the script (nice -n N build-kernel.sh with
# KVMLC_NICE=0 gives the whole build niceness N).
nice=${KVMLC_NICE:-10}
log() { echo "build-kernel[$kernel]: $*" >&2; }

# Bump when the way a tree is configured or built changes. The hash names
# files by base name, so every checkout shares the cache.
RECIPE=1
mapfile -t patches < <(grep -v '^\s*\(#\|$\|fragment \|source \)' "$series" || true)
fragments=("$kdir/config.fragment")
while read -r _ f; do fragments+=("$kdir/$f"); done < <(grep '^fragment ' "$series" || true)
# The source's identity (empty for the 6.1 default, see above).
srcid=${source:+source ${tarball##*/} $(stat -Lc %s "$tarball")}
hash=$( { echo "recipe $RECIPE"
          [ -z "$srcid" ] || echo "$srcid"
          for f in "${fragments[@]}"; do echo "== ${f##*/}"; cat "$f"; done
          for p in "${patches[@]}"; do echo "== $p"; cat "$kdir/patches/$p"; done
        } | sha256sum | cut -c1-12)
bdir=$cache/build/$kernel-$hash
tree=$bdir/linux
if [ -f "$bdir/.built" ]; then
  log "cached: $tree"; echo "$tree"; exit 0
fi

# Pristine sources, unpacked once.
src=$cache/src/${source:-linux-source-6.1}
if [ ! -f "$src/.unpacked" ]; then
  log "unpacking $tarball into $cache/src"
  rm -rf "$src"; mkdir -p "$cache/src"
  tar -C "$cache/src" -xf "$tarball"
  touch "$src/.unpacked"
fi

# Files the patches touch (a tree records them in .patched-files).
touched() { for p in "$@"; do sed -n 's@^+++ b/\([^	 ]*\).*@\1@p' "$kdir/patches/$p"; done | sort -u; }

rm -rf "$bdir"; mkdir -p "$bdir"
# The newest built tree named NAME-HASH (NAME a regular expression) on this
# source. (A tree records its source identity in .source-id.)
built_tree() {
  local d
  for d in $(ls -dt "$cache"/build/*/ 2>/dev/null); do
    [[ $(basename "$d") =~ ^$1-[0-9a-f]{12}$ ]] || continue
    [ "$(cat "$d/linux/.source-id" 2>/dev/null)" = "$srcid" ] || continue
    [ -f "$d/.built" ] && [ -f "$d/linux/.patched-files" ] && { echo "${d%/}"; return; }
  done
  return 0
}
# An earlier built tree of the same kernel is reused, or else a copy of
# another kernel's (which stays built for its own kernel): only the files the
# old or new patches touch are refreshed, so make rebuilds just what they and
# the configuration change. A fresh tree is a cold build even with ccache
# warm for another layout (autoconf.h, which every object includes, differs),
# where make, which tracks each CONFIG_ option, rebuilds the KVM objects.
# ($kernel-HASH exactly: "unified-*" would also match unified-v1's trees.)
# KVMLC_SEED=NAME picks the kernel to copy (one of the same layout changes
# least); by default the newest built tree on the source.
prev=$(built_tree "$kernel")
seed=""; [ -n "$prev" ] || seed=$(built_tree "${KVMLC_SEED:-.+}")
if [ -n "$prev$seed" ]; then
  if [ -n "$prev" ]; then
    log "reusing $prev"
    mv "$prev/linux" "$tree"; rm -rf "$prev"
  else
    log "copying the tree of $seed"
    cp -a "$seed/linux" "$tree"
  fi
  stage=$bdir/stage; mkdir -p "$stage"
  files=$( { cat "$tree/.patched-files"; touched "${patches[@]}"; } | sort -u)
  for f in $files; do
    [ -f "$src/$f" ] && { mkdir -p "$stage/$(dirname "$f")"; cp "$src/$f" "$stage/$f"; }
  done
  for p in "${patches[@]}"; do
    log "applying $p"
    patch -d "$stage" -p1 --batch --forward --quiet < "$kdir/patches/$p" \
      || { log "patch $p does not apply"; exit 1; }
  done
  for f in $files; do
    if [ -f "$stage/$f" ]; then
      cmp -s "$stage/$f" "$tree/$f" || { mkdir -p "$(dirname "$tree/$f")"; cp "$stage/$f" "$tree/$f"; }
    else
      rm -f "$tree/$f"
    fi
  done
  rm -rf "$stage"
else
  cp -a "$src" "$tree"; rm -f "$tree/.unpacked"
  for p in "${patches[@]}"; do
    log "applying $p"
    patch -d "$tree" -p1 --batch --forward --quiet < "$kdir/patches/$p" \
      || { log "patch $p does not apply"; exit 1; }
  done
fi
touched "${patches[@]}" > "$tree/.patched-files"
if [ -n "$srcid" ]; then echo "$srcid" > "$tree/.source-id"; fi

export ARCH=powerpc CROSS_COMPILE=powerpc64le-linux-gnu-
export KBUILD_BUILD_USER=kvmlc KBUILD_BUILD_HOST=kvmlc
export KBUILD_BUILD_TIMESTAMP="Thu Jan  1 00:00:00 UTC 1970"
export CCACHE_BASEDIR=$tree CCACHE_NOHASHDIR=1
mk() { nice -n "$nice" make -C "$tree" CC="ccache ${CROSS_COMPILE}gcc" "$@"; }

mk -s tinyconfig >&2
(cd "$tree" && scripts/kconfig/merge_config.sh -m .config "${fragments[@]}" >&2)
mk -s olddefconfig >&2
# Every =y/=m line of the fragment must have survived olddefconfig.
missing=0
while IFS= read -r line; do
  grep -qx "$line" "$tree/.config" || { log "config lost: $line"; missing=1; }
done < <(cat "${fragments[@]}" | grep -E '^CONFIG_[A-Z0-9_]+=')
[ $missing = 0 ] || { log "config fragment not satisfied"; exit 1; }

start=$(date +%s)
log "building vmlinux modules (-j$jobs), log in $bdir/build.log"
if ! mk -j"$jobs" vmlinux modules > "$bdir/build.log" 2>&1; then
  tail -40 "$bdir/build.log" >&2; log "build failed"; exit 1
fi
end=$(date +%s)
echo "$((end - start))" > "$bdir/build-seconds"
log "built in $((end - start)) s"
touch "$bdir/.built"
echo "$tree"
