#!/usr/bin/env bash
# Installs missing packages (scripts/setup.sh), builds //tools/kvmlc:kvmlc and
# runs `kvmlc check` with all arguments passed through, e.g.
#
#   scripts/main.sh model/variants/foo.json --engine=bmc
#
# Bazel's own output goes to stderr; stdout and the exit status are kvmlc's.
# Relative paths in the arguments are resolved against the directory the
# script was started from.
set -euo pipefail

repo=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
"$repo/scripts/setup.sh" >&2

(
    cd "$repo"
    bazel build --noshow_progress --ui_event_filters=-info //tools/kvmlc:kvmlc
) >&2

bin_dir=$(cd "$repo" && bazel info bazel-bin 2>/dev/null)
exec "$bin_dir/tools/kvmlc/kvmlc" check "$@"
