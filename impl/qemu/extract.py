#!/usr/bin/env python3
"""Extract kvmlc traces from a QEMU console log.

usage: extract.py CONSOLE_LOG DEST_DIR QEMU_RC SCENARIO_FILE...

The recorder (/init) prints, per scenario, in order:
  ===KVMLC-SCENARIO-BEGIN <name>===
  ===KVMLC-TRACE-BEGIN <name>===   JSON Lines   ===KVMLC-TRACE-END <name>===
  ===KVMLC-SCENARIO-END <name> <ok|skipped: why|error: why> <seconds>===
and ===KVMLC-DIRTY=== when it could not return the kernel to a clean state,
===KVMLC-DONE=== before powering off. Every trace is written to
DEST_DIR/<name>.jsonl after checking each line is JSON. A scenario that began
but did not end (panic, oops, hang), or ended with an error (the recorder's
scenario timeout: a step that never returned, its trace printed up to that
point and marked "incomplete"), is reported with the console tail; the
scenarios after it are printed on stdout to be run in a fresh boot.
Exit status 1 if any scenario failed.
"""
import json, os, re, sys

def main():
    log, dest, rc, files = sys.argv[1], sys.argv[2], int(sys.argv[3]), sys.argv[4:]
    with open(log, 'rb') as f:
        lines = f.read().decode('utf-8', 'replace').replace('\r', '').split('\n')
    names = [re.sub(r'\.json$', '', os.path.basename(p)) for p in files]
    begun, ended, traces, cur, buf = [], {}, {}, None, None
    dirty = done = False
    for ln in lines:
        m = re.search(r'===KVMLC-([A-Z-]+)(?: (.*?))?===', ln)
        if not m:
            if buf is not None:
                buf.append(ln)
            continue
        kind, arg = m.group(1), m.group(2) or ''
        if kind == 'SCENARIO-BEGIN':
            cur = arg; begun.append(arg)
        elif kind == 'TRACE-BEGIN':
            buf = []
        elif kind == 'TRACE-END':
            traces[arg] = buf; buf = None
        elif kind == 'SCENARIO-END':
            name, _, rest = arg.partition(' ')
            ended[name] = rest; cur = None
        elif kind == 'DIRTY':
            dirty = True
        elif kind == 'DONE':
            done = True
    failed = False
    os.makedirs(dest, exist_ok=True)
    for name, tr in traces.items():
        tr = [l for l in tr if l.strip()]
        bad = []
        for l in tr:
            try:
                json.loads(l)
            except ValueError:
                bad.append(l)
        if bad:
            print(f'extract: {name}: {len(bad)} non-JSON lines, e.g. {bad[0][:200]!r}', file=sys.stderr)
            failed = True
            continue
        with open(os.path.join(dest, name + '.jsonl'), 'w') as f:
            f.write('\n'.join(tr) + '\n')
        print(f'extract: {name}: {len(tr) - 1} events, {ended.get(name, "?")}', file=sys.stderr)
        if 'incomplete' in json.loads(tr[0]):
            print(f'extract: {name}: INCOMPLETE trace ({json.loads(tr[0])["incomplete"]})',
                  file=sys.stderr)
            failed = True
    for name, rest in ended.items():
        if name not in traces:
            print(f'extract: {name}: no trace ({rest})', file=sys.stderr)
            if not rest.startswith('skipped'):
                failed = True
    tail = '\n'.join(lines[-40:])
    errors = [n for n, rest in ended.items() if rest.startswith('error')]
    if errors and cur is None:
        print(f'extract: {", ".join(errors)}: scenario error; console tail:\n{tail}', file=sys.stderr)
        failed = True
    if cur is not None:
        what = 'hang (timeout)' if rc == 124 else f'crash (qemu rc {rc})'
        print(f'extract: {cur}: {what} during the scenario; console tail:\n{tail}', file=sys.stderr)
        failed = True
    elif not done and not dirty:
        print(f'extract: boot did not finish (qemu rc {rc}); console tail:\n{tail}', file=sys.stderr)
        failed = True
        if not begun:
            return 1  # the boot itself fails: do not retry
    for bad in ('Kernel panic', 'Oops', 'BUG:'):
        for l in lines:
            if bad in l:
                print(f'extract: console shows: {l.strip()}', file=sys.stderr)
                failed = True
                break
    # Scenarios not begun in this boot are run again in a fresh one.
    left = [f for f, n in zip(files, names) if n not in begun]
    if len(left) == len(files):  # no progress at all: give up
        left = []
    print(' '.join(left))
    return 1 if failed else 0

if __name__ == '__main__':
    sys.exit(main())
