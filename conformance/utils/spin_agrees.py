"""SPIN and the explicit explorer on one exported model: same verdict, and,
with every reduction off on both sides, the same states (SPIN counts one
more: the state before the configuration is chosen). SPIN runs with -o2
(write-only variables kept: hiding them is its projection) and -DNOREDUCE.

    spin_agrees.py KVMLC WORKDIR KVMLC_CHECK_ARGS...

Prints "verdict V, states N" for each tool and "agree" or "DISAGREE".
"""
import json
import os
import re
import subprocess
import sys

kvmlc, work, args = sys.argv[1], sys.argv[2], sys.argv[3:]
os.makedirs(work, exist_ok=True)
check = subprocess.run([kvmlc, "check", *args, "--no-por", "--no-symmetry", "--no-projection",
                        "--quiet", "--format", "json"], capture_output=True, text=True)
cell = json.loads(check.stdout)[0]
subprocess.run([kvmlc, "export", "--promela", *args, "-o", os.path.join(work, "m.pml")], check=True)
subprocess.run(["spin", "-o2", "-a", "m.pml"], cwd=work, check=True, capture_output=True)
subprocess.run(["gcc", "-O1", "-DSAFETY", "-DNOREDUCE", "-o", "pan", "pan.c"], cwd=work, check=True)
pan = subprocess.run(["./pan", "-m1000000"], cwd=work, capture_output=True, text=True).stdout
states = int(re.search(r"(\d+) states, stored", pan)[1]) - 1
spin = "violated" if int(re.search(r"errors: (\d+)", pan)[1]) else "holds"
print(f"kvmlc: verdict {cell['verdict']}, states {cell['states']}")
print(f"spin: verdict {spin}, states {states} (+1 before the configuration)")
print("agree" if (spin, states) == (cell["verdict"], cell["states"]) else "DISAGREE")
