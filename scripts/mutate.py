#!/usr/bin/env python3
"""Mutation testing of the model (docs/mutation.md).

Makes single-point mutants of the variant specs (move a step, drop an unwind
call, change an on_fail, drop a when, change an errno, flip a userspace flag)
and of the engines' key decisions, runs the fast part of the lit suite on
each (every test that reads the mutated variant; prove/ is left out: Z3
proofs take minutes) and reports which tests kill it.

A mutant is "killed" when a test fails with the mutant in place. To tell a
real kill from a brittle one, the suite is run twice: once with every
length and count in its CHECK lines replaced by a wildcard (counterexample
lengths "VIOLATED (20)", "N states", "N events", "N steps"), and, only if
that blind suite passes, once as written. So each mutant is
  killed      a test checking a verdict, a cause or a trace fails;
  count-only  only a pinned length or count changed;
  survived    no test fails: an equivalent mutant, or a missing test;
  rejected    the spec no longer loads (the spec checks catch it).

Usage:
  scripts/mutate.py [--variants unified,linux-6.1] [--per-operator N]
                    [--engines] [--only ID,...] [--list] [--jobs N]
                    [--all-tests] [--no-build | --bin BAZEL_BIN]

Runs at nice 10; each mutant costs a few CPU seconds per test it runs, and
stops at the first test that kills it (so "killed by" names one test). Tests
in SLOW are left out unless --all-tests. Engine mutants rebuild kvmlc (a
patch applied to the worktree, always reverted).
"""
import argparse
import json
import os
import re
import shutil
import subprocess
import sys
import tempfile

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
LIT = "/usr/lib/llvm-14/build/utils/lit/lit.py"
LLVM_BIN = "/usr/lib/llvm-14/bin"
# The binary is copied into the scratch directory at the start: a later
# build must not change it under a run.
KVMLC = os.path.join(ROOT, "bazel-bin/tools/kvmlc/kvmlc")
CONVERT = os.path.join(ROOT, "bazel-bin/impl/recorder/convert")

STEP = re.compile(r'^(\s*)\{"(fn|stmt|call|label|goto|return)": "([^"]*)"')
ERRNOS = ["ENOMEM", "EINVAL", "EBUSY", "ENODEV", "EEXIST", "EIO"]
FLAGS = ["vm_gets_ops_owner", "init_vm_failure_puts_owner"]


# ---- spec mutants: text edits of one line, so every other line keeps its number


def steps_by_function(lines):
    """[(function, [line index of each step])] in file order."""
    out, cur = [], None
    for i, l in enumerate(lines):
        m = re.match(r'^    "([A-Za-z0-9_]+)": \{', l)
        if m:
            cur = (m.group(1), [])
            out.append(cur)
        elif cur and STEP.match(l):
            cur[1].append(i)
    return out


def drop_line(lines, i):
    """Removes step line i, keeping the list valid JSON (a last step's
    predecessor loses its comma). The line stays as a blank line, so every
    later line keeps its number."""
    new = list(lines)
    last = not lines[i].rstrip().endswith(",")
    new[i] = ""
    if last:
        j = i - 1
        while j >= 0 and not new[j].strip():
            j -= 1
        new[j] = re.sub(r",\s*$", "", new[j])
    return new


def swap_lines(lines, i, j):
    """Swaps steps i and j (j = i + 1), keeping the commas where they were."""
    new = list(lines)
    a, b = lines[i].rstrip().rstrip(","), lines[j].rstrip().rstrip(",")
    ca = "," if lines[i].rstrip().endswith(",") else ""
    cb = "," if lines[j].rstrip().endswith(",") else ""
    ia = re.match(r"^\s*", a).group(0)
    ib = re.match(r"^\s*", b).group(0)
    new[i] = ia + b.strip() + ca
    new[j] = ib + a.strip() + cb
    return new


def spec_mutants(variant, text):
    lines = text.split("\n")
    cands = {op: [] for op in ("move", "drop-unwind", "on_fail", "drop-when", "errno", "flag")}
    for fn, idx in steps_by_function(lines):
        after_label = False
        for k, i in enumerate(idx):
            l = lines[i]
            kind = STEP.match(l).group(2)
            name = STEP.match(l).group(3)
            where = "%s:%d %s" % (fn, i + 1, name)
            if kind == "label":
                after_label = True
            if k + 1 < len(idx) and kind not in ("label", "return") and \
                    STEP.match(lines[idx[k + 1]]).group(2) not in ("label", "return", "goto"):
                cands["move"].append(("move %s below the next step" % where,
                                      swap_lines(lines, i, idx[k + 1])))
            if after_label and kind in ("fn", "call", "stmt") and ('"release"' in l or kind == "call"):
                cands["drop-unwind"].append(("drop unwind step %s" % where, drop_line(lines, i)))
            m = re.search(r'"on_fail": "([^"]*)"', l)
            if m:
                to = "ignore" if m.group(1) != "ignore" else "return"
                new = list(lines)
                new[i] = l.replace(m.group(0), '"on_fail": "%s"' % to)
                cands["on_fail"].append(("on_fail %s -> %s at %s" % (m.group(1), to, where), new))
            m = re.search(r', "when": "[^"]*"', l)
            if m:
                new = list(lines)
                new[i] = l.replace(m.group(0), "")
                cands["drop-when"].append(("drop%s at %s" % (m.group(0)[1:], where), new))
            m = re.search(r'"errno": "([A-Z]+)"', l)
            if m:
                to = ERRNOS[(ERRNOS.index(m.group(1)) + 1) % len(ERRNOS)] if m.group(1) in ERRNOS else "ENOMEM"
                new = list(lines)
                new[i] = l.replace(m.group(0), '"errno": "%s"' % to)
                cands["errno"].append(("errno %s -> %s at %s" % (m.group(1), to, where), new))
    for i, l in enumerate(lines):
        for flag in FLAGS:
            m = re.search(r'"%s": (true|false)' % flag, l)
            if m:
                to = "false" if m.group(1) == "true" else "true"
                new = list(lines)
                new[i] = l.replace(m.group(0), '"%s": %s' % (flag, to))
                cands["flag"].append(("%s %s -> %s (line %d)" % (flag, m.group(1), to, i + 1), new))
        if '"userspace"' in l and not any(f in text for f in FLAGS[:1]):
            pass
    # A flag the spec leaves at its default is flipped by adding it.
    for flag, default in (("vm_gets_ops_owner", "false"), ("init_vm_failure_puts_owner", "true")):
        if '"%s"' % flag not in text:
            i = next(k for k, l in enumerate(lines) if '"vm_types"' in l)
            new = list(lines)
            to = "true" if default == "false" else "false"
            new[i] = lines[i].replace('"vm_types"', '"%s": %s, "vm_types"' % (flag, to), 1)
            cands["flag"].append(("%s %s (default) -> %s" % (flag, default, to), new))
    out = []
    for op, items in cands.items():
        for desc, new in items:
            out.append({"id": "%s/%s/%d" % (variant, op, len([o for o in out if o["op"] == op and o["variant"] == variant]) + 1),
                        "variant": variant, "op": op, "what": desc, "text": "\n".join(new)})
    return out


def sample(mutants, per_operator):
    """At most per_operator mutants of each operator and variant, spread
    evenly over the candidates (deterministic)."""
    groups, out = {}, []
    for m in mutants:
        groups.setdefault((m["variant"], m["op"]), []).append(m)
    for key in sorted(groups):
        g = groups[key]
        n = min(per_operator, len(g))
        out += [g[(k * len(g)) // n] for k in range(n)]
    return out


# ---- engine mutants: one decision of an engine inverted (a patch, reverted after)

ENGINE_MUTANTS = [
    ("engine/explicit-bad", "engines/explicit.cc",
     "      if (open_[p] && code_.bad(s.data(), static_cast<int>(p))) violated(p, s, from, t);",
     "      if (open_[p] && !code_.bad(s.data(), static_cast<int>(p))) violated(p, s, from, t);",
     "explicit: a state violates a property when its `bad` is false"),
    ("engine/explicit-unknown-wins", "engines/explicit.cc",
     "} else if (one.verdict == Verdict::Unknown && all.verdict != Verdict::Violated) {",
     "} else if (one.verdict == Verdict::Unknown) {",
     "explicit: a configuration with a bound hit overrides one that violates"),
    ("engine/explicit-longest", "engines/explicit.cc",
     "one.witness.steps.size() < all.witness.steps.size();",
     "one.witness.steps.size() > all.witness.steps.size();",
     "explicit: of the configurations' counterexamples, the longest is shown"),
    ("engine/explicit-no-reduction", "engines/explicit.cc",
     "if (limits_.partial_order) reduction_.ample(cur_, enabled_);",
     "(void)reduction_;",
     "explicit: no partial-order reduction (every enabled step explored)"),
    ("engine/replay-refcnt", "trace/replay.cc",
     "  return trace.refcnt == -1 || trace.refcnt == model;",
     "  return true;",
     "replay: a recorded refcnt matches any model count"),
    ("engine/replay-arg", "trace/replay.cc",
     "  if (e.arg != m.arg) return false;",
     "",
     "replay: an event's arg (VM type, capability) is not compared"),
]


# ---- the suite

# Tests left out unless --all-tests: those of export/ compile SPIN's verifier
# with gcc (3-7 CPU s a variant) to compare SPIN with kvmlc on the same
# mutated spec.
SLOW = {"export/" + f for f in os.listdir(os.path.join(ROOT, "conformance/export")) if f.endswith(".test")}


BLIND = [
    (re.compile(r"VIOLATED \(\d+\)"), "VIOLATED ({{[0-9]+}})"),
    (re.compile(r"\b\d+ (states|events|steps|transitions|samples)\b"), r"{{[0-9]+}} \1"),
    (re.compile(r"\(\d+ (states|events|steps)"), r"({{[0-9]+}} \1"),
    (re.compile(r"\blength \d+"), "length {{[0-9]+}}"),
]


def make_suite(dst, blind):
    """A copy of conformance/ (with model/testdata and traces/ beside it, as
    lit.cfg.py expects); `blind` wildcards lengths and counts in CHECK lines."""
    shutil.copytree(os.path.join(ROOT, "conformance"), os.path.join(dst, "conformance"),
                    ignore=shutil.ignore_patterns("Output"))
    os.makedirs(os.path.join(dst, "model"))
    os.symlink(os.path.join(ROOT, "model/testdata"), os.path.join(dst, "model/testdata"))
    os.symlink(os.path.join(ROOT, "traces"), os.path.join(dst, "traces"))
    if not blind:
        return
    for d, _, files in os.walk(os.path.join(dst, "conformance")):
        for f in files:
            if not f.endswith(".test"):
                continue
            p = os.path.join(d, f)
            out = []
            for l in open(p).read().split("\n"):
                if re.match(r"^[A-Z0-9-]*CHECK|^[A-Z][A-Z0-9-]*(-NEXT|-NOT|-SAME|-DAG)?:", l) and not l.startswith("RUN"):
                    for rx, to in BLIND:
                        l = rx.sub(to, l)
                out.append(l)
            open(p, "w").write("\n".join(out))


def tests_for(variant, suite=ROOT):
    """The lit tests (relative to conformance/) of `suite` that read
    `variant`: they name it, or check every variant. prove/ is left out."""
    name = re.compile(r"--variant[ =]%s(?![-\w.])|\b%s\.json" % (re.escape(variant), re.escape(variant)))
    out = []
    for d, _, files in os.walk(os.path.join(suite, "conformance")):
        for f in sorted(files):
            if not f.endswith(".test"):
                continue
            rel = os.path.relpath(os.path.join(d, f), os.path.join(suite, "conformance"))
            if rel.startswith("prove/") or rel.startswith("malformed/"):
                continue
            text = open(os.path.join(d, f)).read()
            runs = [l for l in text.split("\n") if l.startswith("RUN:")]
            every = any(re.search(r"%kvmlc check(?!.*--variant)", l) for l in runs)
            if name.search(text) or every:
                out.append(rel)
    return sorted(out)


def run_lit(suite, tests, variants, jobs, first=False):
    """Names of the failing tests (first: stop at the first one)."""
    cmd = [sys.executable, LIT, "-q", "-j", str(jobs)] + (["--max-failures", "1"] if first else []) + [
           "--param", "kvmlc=" + KVMLC, "--param", "convert=" + CONVERT,
           "--param", "variants=" + variants, "--path", LLVM_BIN]
    cmd += [os.path.join(suite, "conformance", t) for t in tests]
    p = subprocess.run(cmd, stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True)
    # lit -q lists each failing test as "  kvmlc-conformance :: DIR/NAME.test".
    failed = sorted(set(re.findall(r"^\s+kvmlc-conformance :: (\S+)", p.stdout, re.M)))
    return failed or (["lit exited with %d" % p.returncode] if p.returncode else [])


def loads(variants, variant):
    p = subprocess.run([KVMLC, "simulate", "--variant", os.path.join(variants, variant + ".json"),
                        "--steps", "1", "-o", os.devnull],
                       stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    return p.returncode == 0, p.stderr.strip()


def judge(m, suites, variants, jobs, slow):
    ok, err = loads(variants, m["variant"])
    if not ok:
        return "rejected", [err]
    tests = [t for t in tests_for(m["variant"], suites["full"]) if t not in slow]
    failed = run_lit(suites["blind"], tests, variants, jobs, first=True)
    if failed:
        return "killed", failed
    failed = run_lit(suites["full"], tests, variants, jobs, first=True)
    return ("count-only", failed) if failed else ("survived", [])


def engine_mutant(m, work, suites, variants, tests, jobs):
    """Builds kvmlc with one decision inverted (the source is restored
    whatever happens) and runs the suite with that binary."""
    global KVMLC
    mid, path, old, new, what = m
    src = os.path.join(ROOT, path)
    text = open(src).read()
    if text.count(old) != 1:
        return "stale", ["the patch no longer applies to " + path]
    try:
        open(src, "w").write(text.replace(old, new))
        subprocess.run(["bazel", "build", "//tools/kvmlc"], cwd=ROOT, check=True,
                       stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        binary = os.path.join(work, "kvmlc-" + mid.replace("/", "-"))
        shutil.copy(os.path.realpath(os.path.join(ROOT, "bazel-bin/tools/kvmlc/kvmlc")), binary)
    finally:
        open(src, "w").write(text)
    clean, KVMLC = KVMLC, binary
    try:
        failed = run_lit(suites["blind"], tests, variants, jobs, first=True)
        if failed:
            return "killed", failed
        failed = run_lit(suites["full"], tests, variants, jobs, first=True)
        return ("count-only", failed) if failed else ("survived", [])
    finally:
        KVMLC = clean


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--variants", default="unified,linux-6.1")
    ap.add_argument("--per-operator", type=int, default=3)
    ap.add_argument("--only", default="", help="comma-separated mutant ids")
    ap.add_argument("--list", action="store_true", help="list the mutants and stop")
    ap.add_argument("--engines", action="store_true", help="also the engine mutants")
    ap.add_argument("--jobs", type=int, default=2)
    ap.add_argument("--all-tests", action="store_true", help="also the tests in SLOW")
    ap.add_argument("--no-build", action="store_true")
    ap.add_argument("--bin", help="a bazel-bin to take kvmlc and convert from (implies --no-build)")
    args = ap.parse_args()
    if args.bin:
        global KVMLC, CONVERT
        KVMLC = os.path.join(args.bin, "tools/kvmlc/kvmlc")
        CONVERT = os.path.join(args.bin, "impl/recorder/convert")
        args.no_build = True
    os.nice(max(0, 10 - os.nice(0)))  # niced as a whole: the machine is shared

    mutants = []
    for v in args.variants.split(","):
        text = open(os.path.join(ROOT, "model/variants", v + ".json")).read()
        mutants += spec_mutants(v, text)
    mutants = sample(mutants, args.per_operator)
    if args.only:
        keep = set(args.only.split(","))
        mutants = [m for m in mutants if m["id"] in keep]
    if args.list:
        for m in mutants:
            print("%-28s %s" % (m["id"], m["what"]))
        for m in ENGINE_MUTANTS if args.engines else []:
            print("%-28s %s" % (m[0], m[4]))
        return 0
    if not args.no_build:
        subprocess.run(["bazel", "build", "//tools/kvmlc", "//impl/recorder:convert"],
                       cwd=ROOT, check=True)

    slow = set() if args.all_tests else SLOW
    work = tempfile.mkdtemp(prefix="kvmlc-mutate.")
    results = []
    for name in ("KVMLC", "CONVERT"):
        path = os.path.join(work, name.lower())
        shutil.copy(os.path.realpath(globals()[name]), path)
        globals()[name] = path
    try:
        suites = {}
        for kind in ("full", "blind"):
            suites[kind] = os.path.join(work, kind)
            make_suite(suites[kind], kind == "blind")
        variants = os.path.join(work, "variants")
        # The unmutated suite must pass, or every mutant looks killed.
        shutil.copytree(os.path.join(ROOT, "model/variants"), variants)
        for v in args.variants.split(","):
            base = run_lit(suites["full"], [t for t in tests_for(v, suites["full"]) if t not in slow],
                           variants, args.jobs)
            if base:
                print("mutate.py: the suite fails without a mutant: %s" % ", ".join(base), file=sys.stderr)
                return 2
        for n, m in enumerate(mutants, 1):
            path = os.path.join(variants, m["variant"] + ".json")
            shutil.copy(os.path.join(ROOT, "model/variants", m["variant"] + ".json"), path)
            try:
                json.loads(m["text"])
            except ValueError as e:
                print("mutate.py: %s is not JSON (%s); skipped" % (m["id"], e), file=sys.stderr)
                continue
            open(path, "w").write(m["text"])
            verdict, why = judge(m, suites, variants, args.jobs, slow)
            shutil.copy(os.path.join(ROOT, "model/variants", m["variant"] + ".json"), path)
            results.append((m, verdict, why))
            print("[%d/%d] %-28s %-10s %s%s" % (n, len(mutants), m["id"], verdict, m["what"],
                                               (" <- " + ", ".join(why)) if why else ""), flush=True)
        engine_tests = sorted(set(t for v in args.variants.split(",") for t in tests_for(v, suites["full"])) - slow)
        for n, m in enumerate(ENGINE_MUTANTS if args.engines else [], 1):
            verdict, why = engine_mutant(m, work, suites, variants, engine_tests, args.jobs)
            results.append(({"id": m[0], "what": m[4]}, verdict, why))
            print("[engine %d/%d] %-28s %-10s %s%s" % (n, len(ENGINE_MUTANTS), m[0], verdict, m[4],
                                                      (" <- " + ", ".join(why)) if why else ""), flush=True)
    finally:
        shutil.rmtree(work, ignore_errors=True)

    counted = [r for r in results if r[1] not in ("rejected", "stale")]
    killed = [r for r in counted if r[1] == "killed"]
    count_only = [r for r in counted if r[1] == "count-only"]
    print("\nmutants: %d (%d rejected by the spec checks)" % (len(results), len(results) - len(counted)))
    if counted:
        print("killed by a verdict, cause or trace: %d/%d (%.0f %%); by a count only: %d; survived: %d" % (
            len(killed), len(counted), 100.0 * len(killed) / len(counted), len(count_only),
            len(counted) - len(killed) - len(count_only)))
    return 0


if __name__ == "__main__":
    sys.exit(main())
