#!/usr/bin/env python3
"""exit.py CMD [ARG...]: runs CMD (its output passes straight through), then
prints "exit=N" on standard output and exits 0, so that a lit test can check
the exact exit status with FileCheck (a signal shows as a negative N)."""
import subprocess
import sys

if len(sys.argv) < 2:
    sys.exit("usage: exit.py CMD [ARG...]")
sys.stdout.flush()
status = subprocess.call(sys.argv[1:])
print("exit=%d" % status, flush=True)
