#!/usr/bin/env bash
# kvmlc's explicit explorer and SPIN on the same model, side by side (not a
# test; docs/benchmarks.md). For each variant, actor count and property:
# `kvmlc check --property P` (one thread, its reductions on) and SPIN on
# `kvmlc export --promela --property P` (pan -DSAFETY, SPIN's partial-order
# reduction on, stopping at the first assertion), each under nice,
# /usr/bin/time and a CPU limit. One Markdown row per variant and actor
# count: both tools' verdicts (violated/holds/unknown) and whether they agree
# property by property, states (summed over the properties), CPU seconds,
# states per CPU second and bytes per state (peak RSS of the largest run over
# its states), and the 1-minute load average before the row.
#
#   scripts/bench-spin.sh [--actors 1,2,3] [--variants a,b] [--properties p,q] [--cpu-seconds 300]
set -euo pipefail

repo=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
actors=1,2,3
variants=linux-5.16,linux-6.1,unified-v1,unified,x86
properties=
cpu=300
while (($#)); do
    case $1 in
        --actors) actors=$2; shift 2 ;;
        --variants) variants=$2; shift 2 ;;
        --properties) properties=$2; shift 2 ;;
        --cpu-seconds) cpu=$2; shift 2 ;;
        *) echo "bench-spin.sh: unknown option '$1'" >&2; exit 2 ;;
    esac
done
command -v spin >/dev/null || { echo "bench-spin.sh: needs spin (apt-get install spin)" >&2; exit 2; }

cd "$repo"
bazel build -c opt --noshow_progress --ui_event_filters=-info //tools/kvmlc:kvmlc >&2
kvmlc=$(bazel info -c opt bazel-bin 2>/dev/null)/tools/kvmlc/kvmlc
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT

# timed OUT CMD...: runs CMD under nice and a CPU limit, its output in OUT;
# prints "CPU_SECONDS PEAK_KB EXIT".
timed() {
    local out=$1 rc=0
    shift
    (ulimit -t "$cpu"; nice /usr/bin/time -f '%U %S %M' -o "$tmp/time" "$@" >"$out" 2>"$out.err") || rc=$?
    # The last line: time(1) writes "Command exited with non-zero status N"
    # first when CMD fails (a violated property exits 1).
    read -r user sys kb < <(tail -n 1 "$tmp/time") || true
    echo "$(python3 -c "print(${user:-0} + ${sys:-0})") ${kb:-0} $rc"
}

echo "| variant | actors | kvmlc verdicts | SPIN verdicts | agree | kvmlc states | SPIN states | kvmlc CPU s | SPIN CPU s | kvmlc states/CPU s | SPIN states/CPU s | kvmlc B/state | SPIN B/state | load |"
echo "|---|---|---|---|---|---|---|---|---|---|---|---|---|---|"
for v in ${variants//,/ }; do
    props=${properties:-$("$kvmlc" list properties | grep -v '^ ' | tr '\n' ',')}
    for n in ${actors//,/ }; do
        load=$(cut -d' ' -f1 /proc/loadavg)
        : >"$tmp/rows"
        for p in ${props//,/ }; do
            read -r kc kk _ < <(timed "$tmp/k.json" "$kvmlc" check --variant "$v" --actors "$n" \
                --property "$p" --threads 1 --quiet --format json)
            "$kvmlc" export --promela --variant "$v" --actors "$n" --property "$p" -o "$tmp/m.pml"
            (cd "$tmp" && spin -a m.pml >/dev/null && gcc -O2 -DSAFETY -DMEMLIM=16000 -o pan pan.c)
            read -r sc sk src < <(cd "$tmp" && timed "$tmp/pan.out" ./pan -m10000000 -c1)
            python3 - "$tmp/k.json" "$tmp/pan.out" "$kc" "$kk" "$sc" "$sk" "$src" >>"$tmp/rows" <<'PY'
import json, re, sys
kjson, pan, kc, kk, sc, sk, src = sys.argv[1:]
k = json.load(open(kjson))[0]
out = open(pan).read()
stored = re.search(r"([\d.e+]+) states, stored", out)
states = int(float(stored[1])) if stored else 0
errors = re.search(r"errors: (\d+)", out)
spin = "unknown" if not errors or "out of memory" in out or src != "0" else ("violated" if int(errors[1]) else "holds")
print(k["verdict"], spin, k["states"], states, kc, sc, kk, sk)
PY
        done
        python3 - "$v" "$n" "$load" "$tmp/rows" <<'PY'
import sys
v, n, load, rows = sys.argv[1:]
r = [l.split() for l in open(rows) if l.strip()]
count = lambda i: "/".join(str(sum(x[i] == s for x in r)) for s in ("violated", "holds", "unknown"))
agree = sum(x[0] == x[1] for x in r if "unknown" not in (x[0], x[1]))
decided = sum("unknown" not in (x[0], x[1]) for x in r)
ks, ss = sum(int(x[2]) for x in r), sum(int(x[3]) for x in r)
kc, sc = sum(float(x[4]) for x in r), sum(float(x[5]) for x in r)
big_k = max(r, key=lambda x: int(x[2])); big_s = max(r, key=lambda x: int(x[3]))
bps = lambda kb, st: f"{int(kb) * 1024 / max(int(st), 1):.0f}"
rate = lambda s, c: f"{s / c:,.0f}" if c > 0 else "-"
print(f"| {v} | {n} | {count(0)} | {count(1)} | {agree} of {decided} | {ks:,} | {ss:,} | {kc:.1f} | {sc:.1f} | "
      f"{rate(ks, kc)} | {rate(ss, sc)} | {bps(big_k[6], big_k[2])} | {bps(big_s[7], big_s[3])} | {load} |")
PY
    done
done
