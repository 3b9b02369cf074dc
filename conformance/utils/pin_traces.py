#!/usr/bin/env python3
"""Writes conformance/traces/KERNEL-PLATFORM.test: one RUN line per recorded
trace in traces/KERNEL/PLATFORM/, pinning what `kvmlc replay` finds today.

usage: conformance/utils/pin_traces.py KVMLC   (from the repository root)

Run it after re-recording traces or changing the model, then read the diff:
every changed line is a verdict that changed and needs an explanation in
docs/conformance.md.
"""
import os
import re
import subprocess
import sys

VARIANT = {'stock': 'linux-6.1', 'unified-v1': 'unified-v1', 'unified': 'unified',
           'stock-6.12': 'linux-6.12', 'unified-fixed': 'unified-fixed'}
# Kernels whose variant holds every property: their traces are replayed with
# the properties too, so a violation on the real kernel fails the pin.
EVERY_PROPERTY = {'unified-fixed'}
HEADER = """## Traces recorded on the {kernel} kernel, {platform} platform (impl/qemu), replayed
## against {variant}, with the faults each trace armed. Each RUN line pins what
## replay finds (conformance/utils/pin_traces.py writes them); docs/conformance.md
## explains every divergence.{properties}
"""


def pin(kvmlc, kernel, platform, variant):
    folder = os.path.join('traces', kernel, platform)
    every = kernel in EVERY_PROPERTY
    properties = ('\n## Every property is checked too: {variant} holds them all, so a'
                  '\n## violation here is one the kernel shows and the variant does not.'
                  .format(variant=variant) if every else '')
    options = '' if every else ' --no-properties'
    out = [HEADER.format(kernel=kernel, platform=platform, variant=variant,
                         properties=properties)]
    for name in sorted(f for f in os.listdir(folder) if f.endswith('.jsonl')):
        trace = os.path.join(folder, name)
        r = subprocess.run([kvmlc, 'replay', trace, '--variant', variant] + options.split(),
                           capture_output=True, text=True)
        if r.returncode not in (0, 1):
            sys.exit(f'pin_traces: {trace}: kvmlc replay exited {r.returncode}: {r.stderr.strip()}')
        # The verdict, then any property violated.
        verdicts = [l for l in r.stdout.splitlines() if ': note: ' not in l]
        verdicts = verdicts[:1] + [l for l in verdicts[1:] if ': violates ' in l]
        # From the file name to the verdict and where: not the state counts
        # or the reason, which say how, not what.
        checks = [v[v.index(name):] for v in verdicts]
        checks = [re.sub(r" \(\d+ events, .*$", "", re.sub(r"(at event '.*'|violates [a-z-]+): .*$",
                                                          r"\1", c)) for c in checks]
        prefix = re.sub(r'[^A-Z0-9]+', '-', name[:-len('.jsonl')].upper())
        out.append(f"RUN: {'not ' if r.returncode else ''}%kvmlc replay %traces/{kernel}/{platform}/"
                   f"{name} --variant {variant}{options} \\\n"
                   f"RUN:   | FileCheck %s --check-prefix={prefix}\n"
                   + ''.join(f"{prefix}: {c}\n" for c in checks))
    path = os.path.join('conformance', 'traces', f'{kernel}-{platform}.test')
    with open(path, 'w') as f:
        f.write('\n'.join(out))
    return path


def main():
    if len(sys.argv) != 2:
        sys.exit(__doc__)
    for kernel, variant in VARIANT.items():
        for platform in ('hv', 'pr'):
            if not os.path.isdir(os.path.join('traces', kernel, platform)):
                print(f'pin_traces: no traces/{kernel}/{platform} (not recorded): skipped')
                continue
            print(pin(os.path.abspath(sys.argv[1]), kernel, platform, variant))


if __name__ == '__main__':
    main()
