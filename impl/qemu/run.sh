#!/bin/bash
# Record kvmlc traces from a real (patched) ppc64le kernel under QEMU.
#
#   impl/qemu/run.sh [-k KERNEL] [-p PLATFORM] [-t SECONDS] [-o DIR] [SCENARIO...]
#
#   -k KERNEL    series name in impl/kernel/series/ (stock, unified-v1, unified,
#                pristine, stock-6.12); default stock
#   -p PLATFORM  hv  (pseries,cap-nested-hv=on, radix host: kvm-hv usable)
#                pr  (pseries, kernel argument disable_radix: kvm-pr usable)
#                default hv
#   -t SECONDS   timeout of one boot (default 120 + 90 per scenario in it);
#                QEMU is killed and the console tail reported, never a pass
#   -c CPUS      virtual CPUs (default 1; the race scenarios are recorded with 2)
#   -s SECONDS   timeout of one scenario inside the boot (default 60): the
#                recorder prints the trace so far, marked incomplete, and
#                powers off (a kernel oops kills the calling thread)
#   -b KB        each CPU's trace buffer (default 8192); the recorder drains
#                it while a scenario runs and reports any event lost
#   -o DIR       output root (default <repo>/traces); traces go to
#                DIR/KERNEL/PLATFORM/SCENARIO.jsonl
#   --init-only  boot a trivial init (load kvm.ko, print uname, power off)
#   --raw        also print the raw tracefs lines on the console (boot log)
#   SCENARIO     names (or paths) of impl/recorder/scenarios/*.json; default all.
#                A scenario that injects a function the kernel lacks is skipped.
#
# Builds the kernel (impl/qemu/build-kernel.sh, cached), the recorder
# (impl/recorder/build.sh, cached), packs an initramfs with the recorder as
# /init, the .ko files and the scenarios, boots it and extracts the traces the
# recorder prints between ===KVMLC-TRACE-BEGIN/END=== markers. A scenario
# during which the kernel panicked, oopsed or hung is reported with the console
# tail and the remaining scenarios are run in a fresh boot. Exit status is 0
# only if every scenario produced a trace.
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
repo=$(cd "$here/../.." && pwd)
cache=${KVMLC_CACHE:-$HOME/.cache/kvmlc}
kernel=stock platform=hv timeout= scen_timeout=60 buffer_kb=8192 cpus=1 out=$repo/traces init_only=0 raw=0
scen=()
while [ $# -gt 0 ]; do
  case $1 in
    -k) kernel=$2; shift 2;;
    -p) platform=$2; shift 2;;
    -t) timeout=$2; shift 2;;
    -s) scen_timeout=$2; shift 2;;
    -b) buffer_kb=$2; shift 2;;
    -c) cpus=$2; shift 2;;
    -o) out=$2; shift 2;;
    --init-only) init_only=1; shift;;
    --raw) raw=1; shift;;
    -h|--help) sed -n '2,32p' "$0"; exit 0;;
    -*) echo "run.sh: unknown option $1" >&2; exit 2;;
    *) scen+=("$1"); shift;;
  esac
done
log() { echo "run.sh[$kernel/$platform]: $*" >&2; }
[[ $buffer_kb =~ ^[1-9][0-9]*$ ]] || { echo "run.sh: -b wants a size in KB, not '$buffer_kb'" >&2; exit 2; }

case $platform in
  hv) machine=pseries,cap-nested-hv=on; append=""
      desc="qemu pseries POWER9 radix cap-nested-hv=on";;
  pr) machine=pseries; append="disable_radix"
      desc="qemu pseries POWER9 hash (disable_radix)";;
  *) echo "run.sh: unknown platform $platform" >&2; exit 2;;
esac
[ "$cpus" = 1 ] || desc="$desc, $cpus cpus"

t0=$(date +%s)
tree=$("$here/build-kernel.sh" "$kernel")
t1=$(date +%s)
log "kernel ready in $((t1 - t0)) s: $tree"
if grep -q '^fragment layout-unified' "$repo/impl/kernel/series/$kernel.series"; then
  layout=unified
else
  layout=split
fi
release=$(cat "$tree/include/config/kernel.release")

work=$(mktemp -d "${TMPDIR:-/tmp}/kvmlc-run.XXXXXX")
trap 'rm -rf "$work"' EXIT
stage=$work/root
mkdir -p "$stage"/{modules,scenarios,proc,sys,dev,tmp}
find "$tree/arch/powerpc/kvm" -name '*.ko' -exec cp {} "$stage/modules/" \;
[ -n "$(ls "$stage/modules")" ] || { log "no .ko files in $tree"; exit 1; }

if [ $init_only = 1 ]; then
  recorder=$("$here/../recorder/build.sh" trivial)
  cp "$recorder" "$stage/init"
  scen=()
else
  recorder=$("$here/../recorder/build.sh")
  cp "$recorder" "$stage/init"
  if [ ${#scen[@]} = 0 ]; then
    for f in "$repo"/impl/recorder/scenarios/*.json; do scen+=("$(basename "$f" .json)"); done
  fi
  for s in "${scen[@]}"; do
    f=$s; [ -f "$f" ] || f=$repo/impl/recorder/scenarios/$s.json
    [ -f "$f" ] || { log "no scenario $s"; exit 2; }
  done
fi
cat > "$stage/kvmlc.env" <<EOT
kernel=$release
kernel_name=$kernel
layout=$layout
variant=$kernel
platform=$platform
platform_desc=$desc
raw=$raw
scenario_timeout=$scen_timeout
buffer_size_kb=$buffer_kb
EOT

# One boot runs the given scenarios in order; after a crash or hang the
# remaining ones run in a fresh boot.
boot() {  # boot LOGFILE SCENARIO-FILES...
  local logf=$1; shift
  rm -f "$stage"/scenarios/*
  local i=0
  for f in "$@"; do i=$((i + 1)); cp "$f" "$stage/scenarios/$(printf %03d $i)-$(basename "$f")"; done
  (cd "$stage" && find . | LC_ALL=C sort | cpio -o -H newc --quiet) | gzip -1 > "$work/initrd.gz"
  local b0 rc=0 limit=${timeout:-$((120 + 90 * $#))} quiet=0 size last=-1 pid
  b0=$(date +%s)
  # Killed when the whole boot takes longer than $limit or the console is
  # silent for longer than a scenario may take (the kernel hangs): a hang
  # is reported with the console tail (extract.py), never as a pass.
  # -nodefaults: only the devices the harness uses, the hvc0 console
  # (spapr-vty) on stdout. The pseries machine's default VGA needs
  # vgabios-stdvga.bin from Debian's seabios, which qemu-system-ppc only
  # recommends and scripts/setup.sh (--no-install-recommends) does not
  # install: with it QEMU failed to start on a fresh machine. The default
  # NIC and USB are not used either. package-check.sh guards the class.
  qemu-system-ppc64 -M "$machine" -cpu POWER9 -m 1G -smp "$cpus" \
    -nodefaults -display none -chardev stdio,id=console -device spapr-vty,chardev=console \
    -no-reboot -kernel "$tree/vmlinux" -initrd "$work/initrd.gz" \
    -append "console=hvc0 rdinit=/init loglevel=3 $append" \
    < /dev/null > "$logf" 2>&1 &
  pid=$!
  while kill -0 "$pid" 2>/dev/null; do
    sleep 2
    size=$(stat -c %s "$logf")
    if [ "$size" = "$last" ]; then quiet=$((quiet + 2)); else quiet=0 last=$size; fi
    if [ $quiet -ge $((scen_timeout + 60)) ] || [ $(($(date +%s) - b0)) -ge "$limit" ]; then
      log "boot killed: console silent for $quiet s, $(($(date +%s) - b0)) s in all"
      kill "$pid" 2>/dev/null; sleep 5; kill -9 "$pid" 2>/dev/null || true
      wait "$pid" 2>/dev/null || true
      rc=124
      break
    fi
  done
  [ $rc = 124 ] || wait "$pid" || rc=$?
  log "boot took $(($(date +%s) - b0)) s (qemu rc $rc)"
  # QEMU's own error lines ("qemu-system-ppc64: ..."), on the terminal:
  # a QEMU that cannot start leaves nothing else to go on.
  if [ $rc != 0 ] && [ $rc != 124 ]; then
    grep -a '^qemu-system-ppc64: ' "$logf" | grep -v ': warning: ' | sed 's/^/QEMU failed: /' |
      while IFS= read -r l; do log "$l"; done
  fi
  return $rc
}

# One folder per run: two runs of the same kernel and platform must not share logs.
logdir=$cache/logs/$kernel/$platform/$(date +%Y%m%d-%H%M%S)-$$
mkdir -p "$logdir"
status=0
if [ $init_only = 1 ]; then
  rc=0; boot "$logdir/init-only.log" || rc=$?
  tr -d '\r' < "$logdir/init-only.log" | grep -a 'KVMLC' >&2 || true
  if [ $rc != 0 ] || ! grep -qa '===KVMLC-DONE===' "$logdir/init-only.log" \
     || grep -qaE 'Kernel panic|Oops|BUG:' "$logdir/init-only.log"; then
    log "trivial init FAILED (rc $rc); console tail:"; tail -30 "$logdir/init-only.log" >&2; exit 1
  fi
  log "trivial init OK"; exit 0
fi

# The first injected function (ROLE:FUNCTION) of a scenario that this
# kernel's modules lack, e.g. kvm_arch_init, which 6.3 removed: fail_function
# could not arm it, and the trace would claim a fault that never happened.
lacks() {  # lacks SCENARIO-FILE
  local rf role ko
  for rf in $(python3 -c 'import json, sys
print(" ".join(f["fn"] for f in json.load(open(sys.argv[1])).get("faults", [])))' "$1"); do
    role=${rf%%:*}
    ko=$stage/modules/$([ $layout = unified ] && echo kvm || echo "${role//_/-}").ko
    # (grep reads all of nm's output: with -q, nm's SIGPIPE would fail the pipe.)
    powerpc64le-linux-gnu-nm "$ko" | grep -w "${rf#*:}" > /dev/null || { echo "$rf"; return; }
  done
}

files=()
for s in "${scen[@]}"; do
  f=$s; [ -f "$f" ] || f=$repo/impl/recorder/scenarios/$s.json
  missing=$(lacks "$f")
  if [ -n "$missing" ]; then log "skipped $(basename "$f" .json): no $missing in this kernel"; continue; fi
  files+=("$f")
done
dest=$out/$kernel/$platform
mkdir -p "$dest"
n=0
while [ ${#files[@]} -gt 0 ]; do
  n=$((n + 1)); logf=$logdir/boot-$n.log
  rc=0; boot "$logf" "${files[@]}" || rc=$?
  # extract.py writes the traces, prints the names of scenarios it did not
  # see finished (first: the one running at a crash) and reports problems.
  left=$(python3 "$here/extract.py" "$logf" "$dest" "$rc" "${files[@]}") || status=1
  mapfile -t files < <(printf '%s\n' $left)
  [ -n "$left" ] || files=()
done
t2=$(date +%s)
log "done in $((t2 - t0)) s; traces in $dest"
exit $status
