#!/usr/bin/env bash
# One timed kvmlc run for the benchmark tables (not a test; docs/benchmarks-z3.md).
# Runs `kvmlc ARGS --format json` under nice, /usr/bin/time -v and a wall-clock
# cap, and prints one Markdown table row: the arguments, the verdicts
# (violated/holds/unknown), the largest state count, each unknown's detail,
# wall and CPU time, states per CPU second, peak memory and the 1-minute load
# average before the run.
# A run stopped by the cap prints "unfinished" with its last line of stderr.
#
#   scripts/bench-run.sh [--kvmlc PATH] [--max-seconds 600] [--save FILE] -- KVMLC_ARGS
#
# --save keeps kvmlc's JSON (per cell: verdict, detail, seconds, states).
#
# Without --kvmlc it builds and uses an -c opt build.
set -euo pipefail

repo=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
kvmlc=
max_seconds=600
save=
while (($#)); do
    case $1 in
        --kvmlc) kvmlc=$2; shift 2 ;;
        --max-seconds) max_seconds=$2; shift 2 ;;
        --save) save=$2; shift 2 ;;
        --) shift; break ;;
        *) echo "bench-run.sh: unknown option '$1'" >&2; exit 2 ;;
    esac
done

cd "$repo"
if [[ -z $kvmlc ]]; then
    bazel build -c opt --noshow_progress --ui_event_filters=-info //tools/kvmlc:kvmlc >&2
    kvmlc=$(bazel info -c opt bazel-bin 2>/dev/null)/tools/kvmlc/kvmlc
fi
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT

load=$(cut -d' ' -f1 /proc/loadavg)
rc=0
nice /usr/bin/time -v -o "$tmp/time" timeout "$max_seconds" \
    "$kvmlc" "$@" --format json >"$tmp/out" 2>"$tmp/err" || rc=$?
[[ -z $save ]] || cp "$tmp/out" "$save"
python3 - "$load" "$rc" "$tmp/out" "$tmp/err" "$tmp/time" "$*" <<'EOF'
import json, re, sys
load, rc, out, err, time, args = sys.argv[1:]
t = open(time).read()
secs = re.search(r"Elapsed \(wall clock\) time.*: (?:(\d+):)?(\d+):([\d.]+)", t)
wall = (int(secs.group(1) or 0) * 60 + int(secs.group(2))) * 60 + float(secs.group(3))
rss = int(re.search(r"Maximum resident set size \(kbytes\): (\d+)", t).group(1))
cpu = sum(float(re.search(rf"{k} time \(seconds\): ([\d.]+)", t).group(1)) for k in ("User", "System"))
try:
    cells = json.load(open(out))
    count = lambda s: sum(c["verdict"] == s for c in cells)
    states = max(c.get("states", 0) for c in cells)
    unknown = "; ".join(f'{c["property"]}: {c["detail"]}' for c in cells if c["verdict"] == "unknown")
    result = f"{count('violated')}/{count('holds')}/{count('unknown')}" + (f" ({unknown})" if unknown else "")
except ValueError:
    last = (open(err).read().strip().splitlines() or [""])[-1]
    result = f"unfinished (exit {rc}{', wall cap' if rc == '124' else ''}) {last}"
    states = 0
print(f"| `{args}` | {result} | {states:,} | {wall:.1f} | {cpu:.1f} | "
      f"{states / max(cpu, 0.01):,.0f} | {rss / 1024:.0f} MB | {load} |")
EOF
