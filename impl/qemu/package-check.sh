#!/usr/bin/env bash
# Every file the real-kernel path opens under /usr must come from a package
# that scripts/setup.sh installs (or that one of them Depends on), or from a
# package every Debian 12 system has (Essential, or Priority required or
# important). A file that happens to be on this machine for another reason
# (a Recommends that setup.sh's --no-install-recommends skips, a package
# installed by hand) works here and fails on a fresh machine: that is how
# QEMU once failed to start in CI (seabios's vgabios-stdvga.bin).
#
#   impl/qemu/package-check.sh [-k KERNEL] [--without PKG]
#
# What it traces (strace -f): the recorder's cross build in an empty cache,
# and one boot of KERNEL (default unified, which must be built: run.sh
# builds it) with the trivial init under QEMU. The kernel build itself is
# not traced (40 minutes); its packages are checked by building it on a
# fresh machine. After the real check it checks itself: with the package of
# the QEMU binary left out of setup.sh's list the check must fail, so it
# cannot pass by matching nothing. --without PKG leaves PKG out instead,
# to try the check by hand.
#
# Exit status: 0 every file is covered, 1 a file is not (each named with
# its package), 2 usage or the traced commands failed.
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
repo=$(cd "$here/../.." && pwd)
kernel=unified without=()
while (($#)); do
  case $1 in
    -k) kernel=$2; shift 2 ;;
    --without) without+=("$2"); shift 2 ;;
    -h|--help) sed -n '2,25s/^# \{0,1\}//p' "$0"; exit 0 ;;
    *) echo "package-check.sh: unknown argument '$1'" >&2; exit 2 ;;
  esac
done
say() { echo "package-check.sh: $*" >&2; }
t=$(mktemp -d "${TMPDIR:-/tmp}/kvmlc-pkgcheck.XXXXXX")
trap 'rm -rf "$t"' EXIT

trace() {  # trace NAME COMMAND...: successful opens and execs into $t/NAME.files
  local name=$1; shift
  # -ff: one file per process, so no call is split by another's.
  mkdir "$t/$name"
  if ! strace -ff -qq -e trace=openat,execve -o "$t/$name/pid" "$@" > "$t/$name.out" 2>&1; then
    say "$name failed:"; tail -20 "$t/$name.out" >&2; exit 2
  fi
  cat "$t/$name"/pid.* | sed -nE 's/^(openat\([^"]*|execve\()"([^"]+)".* = [0-9]+$/\2/p' \
    > "$t/$name.files"
}
trace build env KVMLC_CACHE="$t/cache" "$repo/impl/recorder/build.sh"
trace boot "$here/run.sh" -k "$kernel" --init-only

# /lib, /bin and /sbin are /usr's on Debian 12 (merged /usr): compare with
# /usr in front, whichever way dpkg recorded a path.
usr() { sed -E 's@^/(lib|lib32|lib64|libx32|bin|sbin)/@/usr/\1/@'; }
# The opened files (and what their symlinks resolve to), not directories.
sort -u "$t"/build.files "$t"/boot.files | while IFS= read -r f; do
  [ -f "$f" ] || continue
  printf '%s\n%s\n' "$f" "$(readlink -f "$f")"
done | usr | grep -E '^/usr/' | sort -u > "$t/opened"

base_packages() {
  dpkg-query -W -f='${Package} ${Priority} ${Essential}\n' |
    awk '$3 == "yes" || $2 == "required" || $2 == "important" { print $1 }'
}
setup_packages() { "$repo/scripts/setup.sh" --list --kernel; }
# The packages installed with their Depends/Pre-Depends, recursively.
closure() {
  apt-cache depends --recurse --no-recommends --no-suggests --no-conflicts \
    --no-breaks --no-replaces --no-enhances "$@" 2>/dev/null | grep -E '^[a-z0-9]' | sort -u
}

setup_packages > "$t/setup" && base_packages > "$t/base" && [ -s "$t/setup" ] && [ -s "$t/base" ] ||
  { say "cannot list the packages (scripts/setup.sh --list, dpkg-query)"; exit 2; }

uncovered() {  # uncovered LEFT-OUT...: opened files no allowed package has
  local -a pkgs
  mapfile -t pkgs < <(cat "$t/setup" "$t/base" | grep -vxF -f <(printf '%s\n' "$@" ''))
  closure "${pkgs[@]}" > "$t/closure"
  # dpkg -L fails for the alternatives that are not installed: not an error.
  { xargs dpkg -L < "$t/closure" 2>/dev/null || true; } | usr | sort -u > "$t/allowed"
  [ -s "$t/allowed" ] || { say "no files listed for the allowed packages"; exit 2; }
  comm -23 "$t/opened" "$t/allowed"
}

# Files a program reads when they are there and does without otherwise
# (checked by hand; each with the reason):
#   /usr/share/locale/      glibc's setlocale reads locale.alias and message
#                           catalogues if present (package locales and others)
#   /usr/lib/locale/        locale archives, likewise
optional='^/usr/(share/locale|lib/locale)/'

# A file no package owns was made on this machine (caches, locales): skip.
owner() {
  local f=$1 alt
  alt=$(sed -E 's@^/usr/(lib|lib32|lib64|libx32|bin|sbin)/@/\1/@' <<<"$f")
  { dpkg -S "$f" 2>/dev/null || dpkg -S "$alt" 2>/dev/null; } | sed 's/: .*//' | head -1
}
report() {  # report LEFT-OUT...: prints "FILE (package P)"; 1 if any
  local f p bad=0
  while IFS= read -r f; do
    p=$(owner "$f")
    [ -n "$p" ] || continue
    echo "$f (package $p)"; bad=1
  done < <(uncovered "$@" | grep -vE "$optional")
  return $bad
}

if ! report "${without[@]}" > "$t/report"; then
  say "files opened from packages scripts/setup.sh does not install:"
  sed 's/^/  /' "$t/report" >&2
  exit 1
fi
say "$(wc -l < "$t/opened") files opened under /usr, all from packages setup.sh installs or every Debian 12 system has"
qemu_pkg=$(owner "$(command -v qemu-system-ppc64 | usr)")
if report "${without[@]}" "$qemu_pkg" > /dev/null; then
  say "self-check FAILED: with $qemu_pkg left out the check still passes"; exit 1
fi
say "self-check: with $qemu_pkg left out of setup.sh's list the check fails, as it must"
