#!/usr/bin/env python3
"""replay_cex.py KVMLC DIR [--variants-dir D]: replays every counterexample `kvmlc check
--cex-dir DIR` wrote (DIR/VARIANT--PROPERTY.jsonl) against VARIANT and judges
the report. A counterexample passes when replay exits 1, says the trace
conforms, and reports PROPERTY violated at the trace's last line (the
shortest counterexample ends with the violating step). Prints one PASS or
FAIL line per file and a summary; exits 1 if any failed.
"""
import os
import re
import subprocess
import sys


def judge(kvmlc, path, extra):
    name = os.path.basename(path)[: -len(".jsonl")]
    variant, _, prop = name.partition("--")
    with open(path) as f:
        last = sum(1 for _ in f)
    run = subprocess.run([kvmlc, "replay", path, "--variant", variant] + extra,
                         capture_output=True, text=True)
    out = run.stdout + run.stderr
    where = re.search(r":(\d+): violates %s:" % re.escape(prop), out)
    if run.returncode != 1:
        return "exit %d, expected 1:\n%s" % (run.returncode, out)
    if ": conforms to %s " % variant not in out:
        return "does not conform:\n" + out
    if not where:
        return "%s not reported:\n%s" % (prop, out)
    if int(where.group(1)) != last:
        return "%s reported at line %s, not at the last line %d" % (prop, where.group(1), last)
    return None


def main(kvmlc, directory, extra):
    files = sorted(f for f in os.listdir(directory) if f.endswith(".jsonl"))
    failed = 0
    for f in files:
        problem = judge(kvmlc, os.path.join(directory, f), extra)
        if problem:
            failed += 1
            print("FAIL: %s: %s" % (f, problem))
        else:
            print("PASS: %s" % f)
    print("%d counterexamples replayed, %d failed" % (len(files), failed))
    return 1 if failed else 0


if __name__ == "__main__":
    if len(sys.argv) not in (3, 5) or (len(sys.argv) == 5 and sys.argv[3] != "--variants-dir"):
        sys.exit("usage: replay_cex.py KVMLC DIR [--variants-dir D]")
    sys.exit(main(sys.argv[1], sys.argv[2], sys.argv[3:]))
