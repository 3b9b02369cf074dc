#!/usr/bin/env bash
# Regenerates the reviewer's proof reports (docs/proofs/README.md says what
# they hold): one `kvmlc prove` over every variant, which also draws the
# counterexamples (Graphviz). Deterministic: no timings or dates are written, Z3
# is bounded by sample and depth bounds or resource limits (the CPU budget is
# only a safety net), and the explicit explorer decides the cells Z3 leaves
# unknown. The seed's headline, ioctl-needs-backend, is decided again into
# DIR/headline/ for any number of processes on every PowerPC variant.
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
# Any number of processes (docs/counter-system.md) on every variant: each
# violation with the fewest actors, one invariant for every property that
# holds, checked by Z3 (about 1-4 CPU minutes a split variant, less for the
# unified ones: docs/benchmarks-z3.md), then the headline alone on every
# PowerPC variant (its own, shorter invariant where it holds; a violation
# with the fewest processes where it does not), on the second core while the
# rest runs. The headline's proofs are also written as SMT-LIB certificates
# (every configuration, any number of processes) that z3 and cvc5 re-check
# (docs/certificates.md, //docs/proofs:certificates_test).
rm -rf "$out/certificates"
(
    prove "$out/any-actors" --actors any
    prove "$out/headline" --actors any --property ioctl-needs-backend \
        --variant linux-5.16,linux-6.1,linux-6.12,unified-v1,unified,unified-fixed \
        --certificate-dir "$out/certificates"
) &
any_actors=$!
prove "$out" --engine cti --max-depth 12 --cpu-seconds 900 --fallback explicit --max-states 400000 --max-samples 200
wait "$any_actors"
# The headline's proof in one configuration where PR loads and publishes its
# ops (prove/headline-agrees.test) as SMT-LIB certificates that z3 and cvc5
# re-check; about 20 CPU seconds: cti's certificate, beside the counter
# system's above.
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
