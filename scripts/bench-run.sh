#!/usr/bin/env bash
# One timed kvmlc run for the benchmark tables (not a test; docs/benchmarks-z3.md).
# Runs `kvmlc ARGS --format json` under nice, /usr/bin/time -v and a wall-clock
# cap, and prints one Markdown table row: the arguments, the verdicts
# (violated/holds/unknown), the largest state count, each unknown's detail,
# wall and CPU time, states per CPU second, peak memory and the 1-minute load
# average before the run.
# A run stopped by the cap prints "unfinished" with its last line of stderr.
#
#   scripts/bench-run.sh [--kvmlc PATH] [--max-seconds 600] [--save FILE] [--per-config] -- KVMLC_ARGS
#
# --save keeps kvmlc's JSON (per cell: verdict, detail, seconds, states).
# --per-config (kvmlc check, one variant, explicit engine) runs it with
# --per-config and adds three columns about the largest configuration: its
# states, its store's bytes per state, and peak RSS per state (with one
# thread, peak RSS is that of one configuration: the states of the others
# are freed before the next starts).
#
# Without --kvmlc it builds and uses an -c opt build.
set -euo pipefail

repo=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
kvmlc=
max_seconds=600
save=
per_config=
while (($#)); do
    case $1 in
        --kvmlc) kvmlc=$2; shift 2 ;;
        --max-seconds) max_seconds=$2; shift 2 ;;
        --save) save=$2; shift 2 ;;
        --per-config) per_config=--per-config; shift ;;
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
    "$kvmlc" "$@" $per_config --format json >"$tmp/out" 2>"$tmp/err" || rc=$?
[[ -z $save ]] || cp "$tmp/out" "$save"
python3 - "$load" "$rc" "$tmp/out" "$tmp/err" "$tmp/time" "$*" "$per_config" <<'EOF'
import json, re, sys
load, rc, out, err, time, args, per_config = sys.argv[1:]
t = open(time).read()
secs = re.search(r"Elapsed \(wall clock\) time.*: (?:(\d+):)?(\d+):([\d.]+)", t)
wall = (int(secs.group(1) or 0) * 60 + int(secs.group(2))) * 60 + float(secs.group(3))
rss = int(re.search(r"Maximum resident set size \(kbytes\): (\d+)", t).group(1))
cpu = sum(float(re.search(rf"{k} time \(seconds\): ([\d.]+)", t).group(1)) for k in ("User", "System"))
largest = ""
try:
    cells = json.load(open(out))
    if per_config:  # one row per (configuration, property): the verdict of each property over them
        rows, cells = cells, []
        for p in dict.fromkeys(r["property"] for r in rows):
            mine = [r for r in rows if r["property"] == p]
            v = [r["verdict"] for r in mine]
            verdict = "violated" if "violated" in v else "unknown" if "unknown" in v else "holds"
            cells.append({"property": p, "verdict": verdict, "states": sum(r["states"] for r in mine),
                          "detail": "in a configuration"})
        big = max(rows, key=lambda r: r["states"])
        largest = (f" {big['states']:,} | {big['store_bytes'] / max(big['states'], 1):.1f} |"
                   f" {rss * 1024 / max(big['states'], 1):.1f} |")
    count = lambda s: sum(c["verdict"] == s for c in cells)
    states = max(c.get("states", 0) for c in cells)
    unknown = "; ".join(f'{c["property"]}: {c["detail"]}' for c in cells if c["verdict"] == "unknown")
    result = f"{count('violated')}/{count('holds')}/{count('unknown')}" + (f" ({unknown})" if unknown else "")
except ValueError:
    last = (open(err).read().strip().splitlines() or [""])[-1]
    result = f"unfinished (exit {rc}{', wall cap' if rc == '124' else ''}) {last}"
    states = 0
print(f"| `{args}` | {result} | {states:,} | {wall:.1f} | {cpu:.1f} | "
      f"{states / max(cpu, 0.01):,.0f} | {rss / 1024:.0f} MB | {load} |{largest}")
EOF
