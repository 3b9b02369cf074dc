"""SPIN and the explicit explorer on one exported model, property by
property: the same verdict and, where the property holds (both explore every
state), the same number of states. Every reduction is off on both sides:
kvmlc --no-por --no-symmetry --no-projection; SPIN -o2 (write-only variables
kept: hiding them is its projection) and -DNOREDUCE. SPIN counts one state
more, the one before its process picks the configuration; the lines print
its count less that one. One pan serves every property (a named never claim
each, pan -N).

    spin_agrees.py KVMLC WORKDIR KVMLC_CHECK_ARGS...

Prints a line per property, "ID: kvmlc V, spin V[, states N and M]", then
"agree" or "DISAGREE".
"""
import json
import os
import re
import subprocess
import sys

kvmlc, work, args = sys.argv[1], sys.argv[2], sys.argv[3:]
os.makedirs(work, exist_ok=True)
check = subprocess.run([kvmlc, "check", *args, "--no-por", "--no-symmetry", "--no-projection",
                        "--threads", "1", "--quiet", "--format", "json"], capture_output=True, text=True)
cells = json.loads(check.stdout)
subprocess.run([kvmlc, "export", "--promela", *args, "-o", os.path.join(work, "m.pml")], check=True)
subprocess.run(["spin", "-o2", "-a", "m.pml"], cwd=work, check=True, capture_output=True)
subprocess.run(["gcc", "-O1", "-DSAFETY", "-DNOREDUCE", "-o", "pan", "pan.c"], cwd=work, check=True)
# Sized to the model, not pan's defaults (a 2^24-slot table, a search stack of
# 10^4 steps): the hash table about twice the states, the stack (a claim step
# and a system step a state) never shorter than a path through every state.
size = max(c["states"] for c in cells)
limits = [f"-w{max(10, (2 * size).bit_length())}", f"-m{2 * size + 100}"]
agree = True
for cell in cells:
    claim = re.sub(r"[^A-Za-z0-9]", "_", cell["property"])
    pan = subprocess.run(["./pan", *limits, "-N", claim], cwd=work, capture_output=True, text=True).stdout
    if "max search depth too small" in pan:
        sys.exit(f"spin_agrees.py: {cell['property']}: pan's search depth {limits[1]} is too small")
    spin = "violated" if int(re.search(r"errors: (\d+)", pan)[1]) else "holds"
    line = f"{cell['property']}: kvmlc {cell['verdict']}, spin {spin}"
    agree &= spin == cell["verdict"]
    if spin == "holds" == cell["verdict"]:
        states = int(re.search(r"(\d+) states, stored", pan)[1]) - 1
        line += f", states {cell['states']} and {states}"
        agree &= states == cell["states"]
    print(line)
print("agree" if agree else "DISAGREE")
