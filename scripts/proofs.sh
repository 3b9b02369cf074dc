#!/usr/bin/env bash
# Regenerates the reviewer's proof reports (docs/proofs/README.md says what
# they hold): one `kvmlc prove` over every variant, which also draws the
# counterexamples (Graphviz). Deterministic: no timings or dates are written, Z3
# is bounded by sample and depth bounds (the CPU budget is only a safety net),
# and the explicit explorer decides the cells Z3 leaves unknown. The seed's
# headline, ioctl-needs-backend, is proved again into DIR/headline/ with a
# sample bound that covers every configuration, so that Z3 decides it
# wherever it holds (a few minutes; the same bound for every property took
# over 20).
#
# Usage: scripts/proofs.sh [--kvmlc BINARY] [DIR]     (default DIR: docs/proofs)
# docs/proofs:fresh_test runs it into a temporary directory and compares.
set -euo pipefail

root=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
kvmlc=
if [[ ${1:-} == --kvmlc ]]; then
    kvmlc=$2
    shift 2
fi
out=${1:-$root/docs/proofs}
if [[ -z $kvmlc ]]; then
    (cd "$root" && bazel build -c opt //tools/kvmlc >&2)
    kvmlc=$root/bazel-bin/tools/kvmlc/kvmlc
fi

# prove OUTDIR ARGS...: one `kvmlc prove` writing OUTDIR/summary.md and the
# reports next to it.
prove() {
    local dir=$1 status=0
    shift
    mkdir -p "$dir"
    rm -f "$dir"/*--*.dot "$dir"/*--*.svg
    "$kvmlc" prove --format markdown --report-dir "$dir" "$@" > "$dir/summary.md.tmp" || status=$?
    # 1 (a property is violated) and 3 (one is unknown) are verdicts, not failures.
    if ((status != 0 && status != 1 && status != 3)); then
        echo "proofs.sh: kvmlc prove failed (exit $status)" >&2
        exit 2
    fi
    mv "$dir/summary.md.tmp" "$dir/summary.md"
}
# Any number of processes (docs/counter-system.md) on the unified proposal
# and on it with the fixes: each violation with the fewest actors, one
# invariant for every property that holds, checked by Z3 (4-6 CPU minutes
# each, on the second core while the rest runs). The split variants'
# invariants take far longer (thousands of global states:
# docs/benchmarks-z3.md).
prove "$out/any-actors" --actors any --variant unified,unified-fixed &
any_actors=$!
one_actor=(--engine cti --max-depth 12 --cpu-seconds 900 --fallback explicit --max-states 400000)
prove "$out" "${one_actor[@]}" --max-samples 200
prove "$out/headline" "${one_actor[@]}" --property ioctl-needs-backend --max-samples 30000
wait "$any_actors"
# The headline's proof in one configuration where PR loads and publishes its
# ops (prove/headline-agrees.test) as SMT-LIB certificates that z3 and cvc5
# re-check (docs/certificates.md, //docs/proofs:certificates_test); about 20
# CPU seconds. The whole headline's certificate (every configuration) would
# cost minutes here; the counter-system engine's will replace it.
rm -rf "$out/certificates"
"$kvmlc" prove --variant unified --property ioctl-needs-backend --max-samples 30000 \
    --cpu-seconds 900 --config hv_possible=0,pr_possible=1,radix=0,nested=0 \
    --certificate-dir "$out/certificates" --quiet > /dev/null
# --- certificates of proofs for any number of actors (cert, session 6) ---
# The counter system's proof of a small cell, mini-split without HV (about
# 10 CPU seconds), as SMT-LIB certificates whose consecution is split per
# global state (docs/certificates.md, //docs/proofs:certificates_test).
"$kvmlc" prove --actors any --variant "$root/model/testdata/mini-split.json" --config hv_possible=0 \
    --property ops-deref-valid --certificate-dir "$out/certificates" --quiet > /dev/null
# --- end of the any-actors certificates ---
