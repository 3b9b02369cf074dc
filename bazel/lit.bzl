"""lit_test: run an LLVM lit suite (LLVM 14's own lit.py) as one Bazel test.

Example (conformance/BUILD.bazel):

    load("//bazel:lit.bzl", "lit_test")

    lit_test(
        name = "conformance",
        srcs = glob(["**/*.test"]),
        cfg = "lit.cfg.py",                     # the default
        data = glob(["**/*.json", "**/lit.local.cfg"]),
        tools = ["//tools/kvmlc:kvmlc"],        # -> --param kvmlc=/abs/path
        shard_count = 2,                        # optional; lit runs 1 shard each
    )

A matching lit.cfg.py:

    import lit.formats
    config.name = "kvmlc-conformance"
    config.test_format = lit.formats.ShTest(execute_external=False)
    config.suffixes = [".test"]
    config.substitutions.append(("%kvmlc", lit_config.params["kvmlc"]))

How it runs (see bazel/lit_runner.py): the suite files (cfg, srcs, data) are
copied into $TEST_TMPDIR with their workspace-relative layout and lit is run on
the srcs there. Every label in `tools` is passed as `--param NAME=<absolute
runfiles path>` where NAME is the label's target name (or the dict value when
`tools` is a dict {label: name}); the tool's directory is also put on lit's
PATH, after which LLVM's bin directory (FileCheck, not, split-file; also as
`--param llvm_bin=...`). Bazel sharding (`shard_count`) maps to lit's
--num-shards/--run-shard. lit's per-test results go to the test's test.xml.
"""

_RUNNER = Label("//bazel:lit_runner.py")

def _target_name(label):
    if ":" in label:
        return label.rsplit(":", 1)[1]
    return label.rstrip("/").rsplit("/", 1)[-1].lstrip("@")

def lit_test(
        name,
        srcs,
        cfg = "lit.cfg.py",
        data = [],
        tools = [],
        params = {},
        lit_args = ["-v"],
        **kwargs):
    """Defines an sh_test that runs lit on `srcs`.

    Args:
      name: test target name.
      srcs: lit test files (labels); each is run by lit.
      cfg: the suite's lit.cfg.py (label); must sit in a directory that is an
        ancestor of (or equal to) every test's directory. None if `data`
        already contains the config.
      data: further files the tests need (lit.local.cfg, inputs, ...); copied
        next to the tests, keeping their relative paths.
      tools: labels of executables (e.g. "//tools/kvmlc:kvmlc"), or a dict
        {label: param_name}; passed to lit as --param NAME=/abs/path.
      params: dict of extra lit --param KEY=VALUE.
      lit_args: extra lit command-line arguments (default ["-v"]).
      **kwargs: passed to sh_test (size, shard_count, tags, timeout, ...).
    """
    if type(tools) == "dict":
        tool_names = tools
        tools = tool_names.keys()
    else:
        tool_names = {t: _target_name(t) for t in tools}

    files = ([cfg] if cfg else []) + data
    args = []
    if files:
        args.append("--file")
        args += ["$(rootpaths %s)" % f for f in files]
    args.append("--test")
    args += ["$(rootpaths %s)" % s for s in srcs]
    args += ["--tool=%s=$(rootpath %s)" % (tool_names[t], t) for t in tools]
    args += ["--param=%s=%s" % (k, v) for k, v in params.items()]
    args += ["--lit-arg=%s" % a for a in lit_args]

    native.sh_test(
        name = name,
        srcs = [_RUNNER],
        args = args,
        data = files + srcs + list(tools),
        **kwargs
    )
