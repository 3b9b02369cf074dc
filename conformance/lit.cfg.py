# lit configuration of the kvmlc conformance suite (conformance/README.md).
#
# Run by `bazel test //conformance:conformance` (bazel/lit.bzl passes
# --param kvmlc=/abs/path/to/kvmlc and puts LLVM 14's FileCheck, not and
# split-file on PATH), or by hand:
#
#   bazel build //tools/kvmlc //impl/recorder:convert
#   /usr/lib/llvm-14/build/utils/lit/lit.py -v conformance \
#       --param kvmlc=$PWD/bazel-bin/tools/kvmlc/kvmlc --path /usr/lib/llvm-14/bin

import os
import sys

import lit.formats

config.name = "kvmlc-conformance"
config.test_format = lit.formats.ShTest(execute_external=False)
config.suffixes = [".test"]
config.excludes = ["utils", "README.md"]
config.test_source_root = os.path.dirname(__file__)

kvmlc = lit_config.params.get("kvmlc")
if not kvmlc:
    lit_config.fatal("no kvmlc binary: pass --param kvmlc=/path/to/kvmlc")
kvmlc = os.path.abspath(kvmlc)

# The recorder's tracefs-buffer converter (impl/recorder/convert.cc): a
# --param, or next to kvmlc in bazel-bin.
convert = lit_config.params.get("convert") or os.path.join(
    os.path.dirname(kvmlc), "..", "..", "impl", "recorder", "convert")
convert = os.path.normpath(os.path.abspath(convert))

# The variant specs the binary was built with. Outside Bazel kvmlc finds
# them in its own runfiles; inside a Bazel test they sit in the test's
# runfiles tree, three levels above tools/kvmlc/kvmlc.
variants = lit_config.params.get("variants")
if not variants:
    own = kvmlc + ".runfiles/kvmlc/model/variants"
    shared = os.path.join(os.path.dirname(kvmlc), "..", "..", "model", "variants")
    variants = own if os.path.isdir(own) else os.path.normpath(shared)
if not os.path.isdir(variants):
    lit_config.fatal("cannot find model/variants for %s (pass --param variants=DIR)" % kvmlc)
config.environment["KVMLC_VARIANTS"] = variants

# The repository root as lit sees it: Bazel copies the suite's data files
# (model/testdata, traces/) there with their workspace paths.
root = os.path.dirname(config.test_source_root)
utils = os.path.join(config.test_source_root, "utils")
python = sys.executable

config.substitutions += [
    ("%kvmlc", kvmlc),
    ("%convert", convert),
    ("%python", python),
    # Runs a command, passes its output through and then prints "exit=N":
    # `%exit %kvmlc ... 2>&1 | FileCheck %s` checks an exact exit status.
    ("%exit", "%s %s" % (python, os.path.join(utils, "exit.py"))),
    # Keeps only some event classes of a trace (what a partial producer records).
    ("%observe", "%s %s" % (python, os.path.join(utils, "observe.py"))),
    # Replays every counterexample in a --cex-dir and judges the reports.
    ("%replay-cex", "%s %s %s" % (python, os.path.join(utils, "replay_cex.py"), kvmlc)),
    # SPIN on `kvmlc export --promela` against the explicit explorer.
    ("%spin-agrees", "%s %s %s" % (python, os.path.join(utils, "spin_agrees.py"), kvmlc)),
    ("%testdata", os.path.join(root, "model", "testdata")),
    # The built-in variant specs (model/variants), e.g. to edit a copy.
    ("%variants", variants),
    # Traces recorded from real kernels (traces/, see traces/README.md).
    ("%traces", lit_config.params.get("traces", os.path.join(root, "traces"))),
]

# SPIN 6.5.2 (Debian spin) and gcc for conformance/export.
import shutil
if shutil.which("spin") and shutil.which("gcc"):
    config.available_features.add("spin")
# Graphviz for the SVGs of kvmlc prove --report-dir.
if shutil.which("dot"):
    config.available_features.add("dot")
