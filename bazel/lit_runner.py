#!/usr/bin/env python3
"""Runs LLVM's lit on a suite inside a Bazel test (used by //bazel:lit.bzl).

Bazel starts this script in the test's runfiles directory. The suite files
(lit.cfg.py, the .test files and their data) are copied into $TEST_TMPDIR,
keeping their workspace-relative layout, so lit's Output/ directories are
written into scratch space and never into the runfiles or source tree.

Tools built by Bazel are not copied: each is passed to lit as
`--param NAME=/absolute/runfiles/path` and its directory is put first on lit's
PATH (`--path`), together with LLVM's tool directory (FileCheck, not, ...).

Bazel test sharding is honoured: TEST_TOTAL_SHARDS / TEST_SHARD_INDEX (0-based)
become lit's --num-shards / --run-shard (1-based), and TEST_SHARD_STATUS_FILE
is touched to tell Bazel that sharding is supported. lit's JUnit-style report
goes to $XML_OUTPUT_FILE, so bazel-testlogs/.../test.xml lists every lit test.
"""

import argparse
import os
import shutil
import subprocess
import sys

DEFAULT_LIT = "/usr/lib/llvm-14/build/utils/lit/lit.py"
DEFAULT_LLVM_BIN = "/usr/lib/llvm-14/bin"


def parse_args(argv):
    p = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    p.add_argument("--file", dest="files", action="extend", nargs="+", default=[],
                   help="runfiles-relative suite file to copy (config, data)")
    p.add_argument("--test", dest="tests", action="extend", nargs="+", default=[],
                   help="runfiles-relative lit test file to run")
    p.add_argument("--tool", dest="tools", action="append", default=[],
                   metavar="NAME=PATH", help="tool passed as --param NAME=<abs path>")
    p.add_argument("--param", dest="params", action="append", default=[],
                   metavar="KEY=VALUE", help="extra lit --param")
    p.add_argument("--lit-arg", dest="lit_args", action="append", default=[],
                   help="extra argument for lit (e.g. -v, --timeout=60)")
    return p.parse_args(argv)


def runfiles_root():
    """Directory the runfiles-relative paths ($(rootpath ...)) are relative to."""
    srcdir = os.environ.get("TEST_SRCDIR")
    workspace = os.environ.get("TEST_WORKSPACE")
    if srcdir and workspace:
        return os.path.join(srcdir, workspace)
    return os.getcwd()


def copy_into(root, rel, dest_root):
    src = os.path.join(root, rel)
    dest = os.path.normpath(os.path.join(dest_root, rel))
    if not dest.startswith(dest_root + os.sep):
        # ../other_repo/... paths land next to the main repo's directory.
        dest = os.path.normpath(os.path.join(dest_root, "external", rel.lstrip("./")))
    if os.path.isdir(src):
        shutil.copytree(src, dest, symlinks=False, dirs_exist_ok=True)
    else:
        os.makedirs(os.path.dirname(dest), exist_ok=True)
        shutil.copyfile(src, dest)  # follows the runfiles symlink
        shutil.copymode(src, dest)
    return dest


def main(argv):
    args = parse_args(argv)
    if not args.tests:
        sys.exit("lit_runner: no --test files given")

    root = runfiles_root()
    scratch = os.environ.get("TEST_TMPDIR") or os.path.join(os.getcwd(), "_lit_tmp")
    suite = os.path.join(os.path.realpath(scratch), "lit_suite", os.path.basename(root))
    if os.path.exists(suite):
        shutil.rmtree(suite)
    os.makedirs(suite)

    for rel in args.files:
        copy_into(root, rel, suite)
    # Relative to `suite` (lit's working directory) to keep lit's output short.
    tests = [os.path.relpath(copy_into(root, rel, suite), suite) for rel in args.tests]

    lit = os.environ.get("LIT", DEFAULT_LIT)
    cmd = [sys.executable, lit]
    path_dirs = []
    for spec in args.tools:
        name, sep, rel = spec.partition("=")
        if not sep or not name:
            sys.exit("lit_runner: bad --tool %r (want NAME=PATH)" % spec)
        tool = os.path.abspath(os.path.join(root, rel))
        cmd += ["--param", "%s=%s" % (name, tool)]
        path_dirs.append(os.path.dirname(tool))
    path_dirs.append(os.environ.get("LLVM_BIN", DEFAULT_LLVM_BIN))
    cmd += ["--param", "llvm_bin=%s" % path_dirs[-1]]
    for d in dict.fromkeys(path_dirs):  # dedupe, keep order
        cmd += ["--path", d]
    for kv in args.params:
        cmd += ["--param", kv]

    total = int(os.environ.get("TEST_TOTAL_SHARDS", "0") or 0)
    if total > 1:
        index = int(os.environ.get("TEST_SHARD_INDEX", "0"))
        cmd += ["--num-shards", str(total), "--run-shard", str(index + 1)]
    status_file = os.environ.get("TEST_SHARD_STATUS_FILE")
    if status_file:
        with open(status_file, "a"):
            pass

    xml = os.environ.get("XML_OUTPUT_FILE")
    if xml:
        cmd.append("--xunit-xml-output=" + xml)
    cmd += args.lit_args
    cmd += tests

    print("lit_runner: in %s:\n  %s" % (suite, " ".join(cmd)), flush=True)
    return subprocess.call(cmd, cwd=suite)


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
