#!/usr/bin/env python3
"""Rewrites a trace as a producer observing only some event classes would
have recorded it: the header's "observes" becomes CLASS..., events of other
classes are dropped and the rest renumbered (seq 1, 2, ...).

    kvmlc simulate --variant linux-6.1 | observe.py load going free refcnt syscall

Classes as in docs/trace-format.md: load, going, free, refcnt (get/put),
syscall, ret:FN or ret:*, step.
"""
import json
import sys


def event_class(e):
    if e["ev"] == "ret":
        return "ret:" + e["fn"]
    if e["ev"] in ("get", "put"):
        return "refcnt"
    return e["ev"]


def observed(cls, classes):
    return cls in classes or (cls.startswith("ret:") and "ret:*" in classes)


def main(classes):
    out = sys.stdout
    header = json.loads(sys.stdin.readline())
    header["observes"] = classes
    out.write(json.dumps(header, separators=(",", ":")) + "\n")
    seq = 0
    for line in sys.stdin:
        e = json.loads(line)
        if not observed(event_class(e), classes):
            continue
        seq += 1
        e["seq"] = seq
        out.write(json.dumps(e, separators=(",", ":")) + "\n")


if __name__ == "__main__":
    main(sys.argv[1:])
