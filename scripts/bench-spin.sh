#!/usr/bin/env bash
# kvmlc's explicit explorer and SPIN on the same model, side by side, every
# reduction off on both (not a test; docs/benchmarks.md, "SPIN on the same
# model"). For each variant and actor count: `kvmlc export --promela` once
# (every property a named never claim), compiled once (spin -o2 -a; gcc -O2
# -DSAFETY -DNOREDUCE: neither counted), then per property `./pan -N CLAIM`
# and `kvmlc check --property P --no-por --no-symmetry --no-projection
# --threads 1 --per-config`, each niced, with CPU time and peak RSS from
# wait4(2) and the row's CPU budget per tool as its RLIMIT_CPU.
#
# One Markdown row per variant and actor count:
# - verdicts: violated/holds/unknown over the properties, per tool; "agree":
#   properties with the same verdict, of those both decided;
# - states, CPU s, states per CPU s: the run of the first property that both
#   tools found to hold, else of one that either did, within its budget
#   (every state is explored there; a tool that did not finish it prints
#   "not finished"; "same" says whether SPIN's count
#   less its one state before the configuration is chosen equals kvmlc's for
#   every property that holds);
# - bytes per state: (peak RSS - peak RSS of the tool's empty run) / states
#   stored at the peak, on that run. SPIN stores every configuration in one
#   table; kvmlc with one thread frees a configuration's states before the
#   next, so its stored states at the peak are its largest configuration's.
#   The empty runs: `kvmlc check ... --max-states 1` and `./pan -m1 -w10`;
#   "small" where the difference is under 4 MiB;
# - SPIN's hash table: -w = bits of twice kvmlc's state count (load at most
#   1/2; pan's default, 2^24 slots, when kvmlc did not finish); its search
#   stack -m: an eighth of the states, times 4 until pan no longer reports
#   "max search depth too small" (only the last run is counted);
# - the CPU seconds each tool spent on the whole row, and the 1-minute load
#   average before the row.
# A tool that runs out of its row budget (--cpu-seconds, per tool) or memory
# (--memory-mb, per process; pan also gets -DMEMLIM) prints "not finished"
# with the properties it had decided; never a verdict for the row.
#
#   scripts/bench-spin.sh [--kvmlc PATH] [--actors 1,2,3] [--variants a,b]
#       [--properties p,q] [--cpu-seconds 300] [--memory-mb 4096] [--spin-cflags FLAGS]
#       [--reductions]
#
# --reductions: each tool with its own reductions instead (kvmlc: partial
# order, symmetry, projection; SPIN: spin -a without -o2, pan without
# -DNOREDUCE); the state counts then differ by design ("same" is "-"), and
# a pan run that stored more states than its -w has slots (kvmlc's reduced
# count is no guide to SPIN's) runs again with a table at load 1/2, kept for
# the row's other properties (only the last run is counted).
set -euo pipefail

repo=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
kvmlc=
actors=1,2,3
variants=linux-5.16,linux-6.1,linux-6.12,unified-v1,unified,unified-fixed,x86,x86-6.12
properties=
cpu=300
memory=4096
cflags=
reductions=0
while (($#)); do
    case $1 in
        --kvmlc) kvmlc=$2; shift 2 ;;
        --actors) actors=$2; shift 2 ;;
        --variants) variants=$2; shift 2 ;;
        --properties) properties=$2; shift 2 ;;
        --cpu-seconds) cpu=$2; shift 2 ;;
        --memory-mb) memory=$2; shift 2 ;;
        --spin-cflags) cflags=$2; shift 2 ;;
        --reductions) reductions=1; shift ;;
        *) echo "bench-spin.sh: unknown option '$1'" >&2; exit 2 ;;
    esac
done
command -v spin >/dev/null || { echo "bench-spin.sh: needs spin (apt-get install spin)" >&2; exit 2; }

cd "$repo"
if [[ -z $kvmlc ]]; then
    bazel build -c opt --noshow_progress --ui_event_filters=-info //tools/kvmlc:kvmlc >&2
    kvmlc=$(bazel info -c opt bazel-bin 2>/dev/null)/tools/kvmlc/kvmlc
fi
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT

exec python3 - "$kvmlc" "$tmp" "$actors" "$variants" "$properties" "$cpu" "$memory" "$cflags" "$reductions" <<'PY'
import json, math, os, re, resource, subprocess, sys

kvmlc, tmp, actors, variants, properties, cpu, memory, cflags, reductions = sys.argv[1:]
cpu, memory, reductions = float(cpu), int(memory), reductions == "1"
fair = ([] if reductions else ["--no-por", "--no-symmetry", "--no-projection"]) + \
    ["--threads", "1", "--quiet", "--format", "json"]
spin_a = ["spin", "-a"] if reductions else ["spin", "-o2", "-a"]
pan_cflags = ["-DSAFETY"] + ([] if reductions else ["-DNOREDUCE"]) + cflags.split()


def timed(cmd, budget, out, cwd=tmp):
    """Runs cmd niced under a CPU and an address-space limit, its standard
    output in out and its standard error in out.err; returns (exit status or
    -signal, CPU seconds, peak RSS in bytes)."""
    def limits():
        os.nice(10)
        resource.setrlimit(resource.RLIMIT_CPU, (max(1, math.ceil(budget)),) * 2)
        resource.setrlimit(resource.RLIMIT_AS, (memory << 20,) * 2)
    with open(out, "w") as f, open(out + ".err", "w") as e:
        p = subprocess.Popen(cmd, stdout=f, stderr=e, cwd=cwd, preexec_fn=limits)
        _, status, use = os.wait4(p.pid, 0)
    return os.waitstatus_to_exitcode(status), use.ru_utime + use.ru_stime, use.ru_maxrss * 1024


def kvmlc_run(args, prop, budget, max_states=2000000000):
    """One `kvmlc check` per configuration (run from the repository, where
    it finds model/variants): (verdict or None, states, largest
    configuration's states, CPU s, peak RSS)."""
    out = f"{tmp}/k.json"
    rc, secs, rss = timed([kvmlc, "check", *args, "--property", prop, "--per-config",
                           "--max-states", str(max_states), *fair], budget, out, cwd=os.getcwd())
    if rc == 2:
        sys.exit("bench-spin.sh: kvmlc check: " + open(out + ".err").read().strip())
    try:
        cells = json.load(open(out))
    except ValueError:
        return None, 0, 0, secs, rss
    verdicts = {c["verdict"] for c in cells}
    verdict = None if rc not in (0, 1) or "unknown" in verdicts else \
        "violated" if "violated" in verdicts else "holds"
    return verdict, sum(c["states"] for c in cells), max(c["states"] for c in cells), secs, rss


def pan_run(claim, budget, w, m):
    """One pan run: (verdict or None, states, CPU s, peak RSS, depth too small)."""
    out = f"{tmp}/pan.out"
    rc, secs, rss = timed(["./pan", f"-w{w}", f"-m{m}", "-N", claim], budget, out)
    text = open(out, errors="replace").read()
    stored = re.search(r"(\d+) states, stored", text)
    errors = re.search(r"errors: (\d+)", text)
    verdict = None
    if rc == 0 and errors and "-DMEMLIM bound" not in text and "out of memory" not in text:
        verdict = "violated" if int(errors[1]) else "holds"
    return verdict, int(stored[1]) if stored else 0, secs, rss, "max search depth too small" in text


def per_state(peak, empty, states):
    """Bytes per stored state, or "small" where the states took under 4 MiB
    (below what peak RSS resolves)."""
    return f"{(peak - empty) / states:.0f}" if peak - empty >= 4 << 20 else "small"


def row(v, n):
    load = open("/proc/loadavg").read().split()[0]
    args = ["--variant", v, "--actors", str(n)]
    sel = ["--property", properties] if properties else []
    subprocess.run([kvmlc, "export", "--promela", *args, *sel, "-o", f"{tmp}/m.pml"], check=True)
    subprocess.run([*spin_a, "m.pml"], cwd=tmp, check=True, capture_output=True)
    subprocess.run(["gcc", "-O2", *pan_cflags, f"-DMEMLIM={memory}", "-o", "pan", "pan.c"], cwd=tmp, check=True)
    props = re.findall(r"^never (\S+) \{  /\* (\S+) \*/", open(f"{tmp}/m.pml").read(), re.M)

    k, spent_k = {}, 0.0
    for claim, prop in props:
        k[prop] = kvmlc_run(args, prop, cpu - spent_k) if spent_k < cpu else (None, 0, 0, 0, 0)
        spent_k += k[prop][3]
    full = next((p for _, p in props if k[p][0] == "holds"), None)
    w = (2 * k[full][1]).bit_length() if full else 24
    s, spent_s = {}, 0.0
    for claim, prop in props:
        m = max(10000, (k[full][1] if full else 0) // 8)
        while spent_s < cpu:
            s[prop] = pan_run(claim, cpu - spent_s, w, m)
            spent_s += s[prop][2]
            if s[prop][4]:
                m *= 4
            elif reductions and s[prop][1] > 1 << w:  # kvmlc's reduced count was no guide
                w = (2 * s[prop][1]).bit_length()
            else:
                break
            s[prop] = (None, 0, 0, 0, True)
        s.setdefault(prop, (None, 0, 0, 0, False))

    def verdicts(r):
        vs = [r[p][0] for _, p in props]
        text = "/".join(str(vs.count(x)) for x in ("violated", "holds")) + "/0"
        return text if None not in vs else f"not finished ({len(vs) - vs.count(None)} of {len(vs)} decided)"
    # the per-state columns: a property both found to hold, else one either did
    full = next((p for _, p in props if k[p][0] == s[p][0] == "holds"), None) or full or \
        next((p for _, p in props if s[p][0] == "holds"), None)
    both = [p for _, p in props if k[p][0] and s[p][0]]
    agree = sum(k[p][0] == s[p][0] for p in both)
    holds = [p for p in both if k[p][0] == s[p][0] == "holds"]
    same = all(s[p][1] - 1 == k[p][1] for p in holds)
    claim = dict((p, c) for c, p in props)
    cols = ["not finished" if None in (r[p][0] for _, p in props) else "none holds" for r in (k, s)]
    cols = [cols[0], cols[1], "yes" if same else "NO"] + ["-"] * 6
    if full and k[full][0] == "holds":
        _, ks, kbig, kc, kr = k[full]
        k0 = kvmlc_run(args, full, cpu, max_states=1)[4]
        cols[0], cols[3], cols[5], cols[7] = f"{ks:,}", f"{kc:.1f}", f"{ks / kc:,.0f}", per_state(kr, k0, kbig)
    if full and s[full][0] == "holds":
        _, ss, sc, sr, _ = s[full]
        s0 = pan_run(claim[full], cpu, 10, 1)[3]
        cols[1], cols[4], cols[6], cols[8] = f"{ss:,}", f"{sc:.1f}", f"{ss / sc:,.0f}", per_state(sr, s0, ss)
    if not holds or reductions:
        cols[2] = "-"
    print(f"| {v} | {n} | {verdicts(k)} | {verdicts(s)} | {agree} of {len(both)} | " + " | ".join(cols) +
          f" | {spent_k:.1f} | {spent_s:.1f} | {full or '-'} | {load} |", flush=True)


print("| variant | actors | kvmlc verdicts | SPIN verdicts | agree | kvmlc states | SPIN states | same | "
      "kvmlc CPU s | SPIN CPU s | kvmlc states/CPU s | SPIN states/CPU s | kvmlc B/state | SPIN B/state | "
      "kvmlc row CPU s | SPIN row CPU s | states of | load |")
print("|" + "---|" * 18, flush=True)
for v in variants.split(","):
    for n in actors.split(","):
        row(v, int(n))
PY
