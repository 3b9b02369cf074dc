#!/usr/bin/env bash
# The end-to-end path on one kernel and one platform: build (or reuse) the
# `unified` kernel, boot it under QEMU on the hv platform, record a small
# representative set of scenarios, and replay each fresh trace against the
# `unified` variant. A fresh trace must get the same verdict (conforms, or
# diverges at the same event) as the committed trace of its scenario in
# traces/unified/hv/. Then impl/qemu/package-check.sh: every file the path
# opens comes from a package scripts/setup.sh installs. A missing kernel or
# compiler cache costs time (a cold kernel build), never a failure.
# scripts/test.sh runs it after the Bazel suite.
#
# Usage: scripts/e2e.sh [SCENARIO...]     (default: the set below)
#   KVMLC_CACHE   kernel trees, recorder binaries, console logs
#                 (default ~/.cache/kvmlc); CCACHE_DIR as ccache uses it.
#
# Exit status: 0 every verdict matched, 1 a verdict differs, a scenario
# produced no trace (QEMU's error or the console tail is printed next to
# it), or the package check failed; 2 usage.
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."

# One of each kind: kvm.ko alone, load/unload, a VM pinning its backend, an
# injected init failure, both backends failing, an open racing the loader.
scenarios=(kvm-alone hv-load-unload hv-vm-pins fail-hv-kvmppc_radix_init fail-both-backends
           race-open-load-unload)
(($#)) && scenarios=("$@")
for s in "${scenarios[@]}"; do
  [ -f "impl/recorder/scenarios/$s.json" ] || { echo "e2e.sh: no scenario '$s'" >&2; exit 2; }
done

scripts/setup.sh --kernel
bazel build //tools/kvmlc
kvmlc=$(bazel info bazel-bin 2>/dev/null)/tools/kvmlc/kvmlc

out=$(mktemp -d "${TMPDIR:-/tmp}/kvmlc-e2e.XXXXXX")
trap 'rm -rf "$out"' EXIT
t0=$(date +%s)
rc=0
# The race scenario is recorded with two vCPUs (docs/real-kernels.md).
races=() others=()
for s in "${scenarios[@]}"; do
  if [[ $s == race-* ]]; then races+=("$s"); else others+=("$s"); fi
done
# run.sh's messages go to the terminal and to run.log, so that a scenario
# without a trace can be shown with its reason next to it.
record() { impl/qemu/run.sh -k unified -p hv -o "$out" "$@" 2> >(tee -a "$out/run.log" >&2); }
((${#others[@]} == 0)) || record "${others[@]}" || rc=1
((${#races[@]} == 0)) || record -c 2 -s 120 "${races[@]}" || rc=1
t1=$(date +%s)

# What replay finds, from the file name on: the verdict and, for a
# divergence, the event (not its line: a race trace's length varies).
verdict() {
  "$kvmlc" replay "$1" --variant unified --no-properties | grep -v ': note: ' | head -1 |
    sed -e 's/^[^:]*\.jsonl//' -e 's/^:[0-9]*//' -e 's/ (.*//' -e "s/\(at event '.*'\): .*/\1/"
}

for s in "${scenarios[@]}"; do
  fresh=$out/unified/hv/$s.jsonl committed=traces/unified/hv/$s.jsonl
  if [ ! -f "$fresh" ]; then
    echo "e2e.sh: $s: no trace recorded; run.sh said:"; rc=1
    grep -aE "QEMU failed|boot killed|extract: ($s|boot)|console shows" "$out/run.log" |
      head -8 | sed 's/^/e2e.sh:   /'
    continue
  fi
  want=$(verdict "$committed") got=$(verdict "$fresh")
  if [ "$want" = "$got" ]; then
    echo "e2e.sh: $s:$got (as committed)"
  else
    echo "e2e.sh: $s: DIFFERS: fresh trace$got; committed trace$want"; rc=1
  fi
done
# Every file this path opens comes from a package setup.sh installs (a file
# that is only here by chance breaks a fresh machine).
if ! impl/qemu/package-check.sh -k unified; then
  echo "e2e.sh: package check FAILED (impl/qemu/package-check.sh)"; rc=1
fi
echo "e2e.sh: ${#scenarios[@]} scenarios, record $((t1 - t0)) s, total $(($(date +%s) - t0)) s: $([ $rc = 0 ] && echo ok || echo FAILED)"
exit $rc
