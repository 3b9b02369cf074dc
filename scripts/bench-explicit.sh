#!/usr/bin/env bash
# Benchmark of the explicit-state explorer (not a test; docs/benchmarks.md).
# For each variant and actor count: one `kvmlc check` of every property over
# every configuration, with its wall and CPU time, peak memory (/usr/bin/time
# -v), states and states per CPU second, and the 1-minute load average before
# it ran (on a shared machine the CPU time is the steadier number). One
# Markdown table row per run.
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
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT

echo "| variant | actors | verdicts (violated/holds/unknown) | states | wall s | CPU s | states per CPU s | peak RSS | load avg | extra args |"
echo "|---|---|---|---|---|---|---|---|---|---|"
for v in ${variants//,/ }; do
    for n in ${actors//,/ }; do
        load=$(cut -d' ' -f1 /proc/loadavg)
        rc=0
        nice /usr/bin/time -v -o "$tmp/time" timeout $((max_seconds + 60)) \
            "$kvmlc" check --variant "$v" --actors "$n" --max-seconds "$max_seconds" \
            --format json "$@" >"$tmp/out" || rc=$?
        python3 - "$v" "$n" "$load" "$rc" "$tmp/out" "$tmp/time" "$*" <<'EOF'
import json, re, sys
v, n, load, rc, out, time, extra = sys.argv[1:]
t = open(time).read()
secs = re.search(r"Elapsed \(wall clock\) time.*: (?:(\d+):)?(\d+):([\d.]+)", t)
wall = (int(secs.group(1) or 0) * 60 + int(secs.group(2))) * 60 + float(secs.group(3))
rss = int(re.search(r"Maximum resident set size \(kbytes\): (\d+)", t).group(1))
cpu = sum(float(re.search(rf"{k} time \(seconds\): ([\d.]+)", t).group(1)) for k in ("User", "System"))
try:
    cells = json.load(open(out))
except ValueError:
    print(f"| {v} | {n} | no result (exit {rc}) | | {wall:.1f} | {cpu:.1f} | | {rss / 1024:.0f} MB | {load} | {extra} |")
    sys.exit(0)
count = lambda s: sum(c["verdict"] == s for c in cells)
states = max(c["states"] for c in cells)
unknown = [c["detail"] for c in cells if c["verdict"] == "unknown"]
note = f" ({unknown[0]})" if unknown else ""
print(f"| {v} | {n} | {count('violated')}/{count('holds')}/{count('unknown')}{note} | {states:,} | "
      f"{wall:.1f} | {cpu:.1f} | {states / max(cpu, 0.01):,.0f} | {rss / 1024:.0f} MB | {load} | {extra} |")
EOF
    done
done
