#!/usr/bin/env bash
# Benchmark of the explicit-state explorer (not a test; docs/benchmarks.md).
# For each variant and actor count: one `kvmlc check` of every property over
# every configuration, with its wall and CPU time, peak memory (/usr/bin/time
# -v), states and states per CPU second, and the 1-minute load average before
# it ran (on a shared machine the CPU time is the steadier number). One
# Markdown table row per run, printed by scripts/bench-run.sh.
#
#   scripts/bench-explicit.sh [--actors 1,2,3] [--variants a,b] [--max-seconds 600] [-- KVMLC_ARGS]
#
# Uses an -c opt build. A run stopped by --max-seconds reports `unknown` and how
# many states it had explored.
set -euo pipefail

repo=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
actors=1,2,3
variants=linux-5.16,linux-6.1,unified-v1,unified,x86
max_seconds=600
while (($#)); do
    case $1 in
        --actors) actors=$2; shift 2 ;;
        --variants) variants=$2; shift 2 ;;
        --max-seconds) max_seconds=$2; shift 2 ;;
        --) shift; break ;;
        *) echo "bench-explicit.sh: unknown option '$1'" >&2; exit 2 ;;
    esac
done

cd "$repo"
bazel build -c opt --noshow_progress --ui_event_filters=-info //tools/kvmlc:kvmlc >&2
kvmlc=$(bazel info -c opt bazel-bin 2>/dev/null)/tools/kvmlc/kvmlc

echo "| run | verdicts (violated/holds/unknown) | states | wall s | CPU s | states per CPU s | peak RSS | load avg |"
echo "|---|---|---|---|---|---|---|---|"
for v in ${variants//,/ }; do
    for n in ${actors//,/ }; do
        # The wall-clock cap is a safety net: --max-seconds stops the run first.
        scripts/bench-run.sh --kvmlc "$kvmlc" --max-seconds $((max_seconds + 60)) -- \
            check --variant "$v" --actors "$n" --max-seconds "$max_seconds" "$@"
    done
done
