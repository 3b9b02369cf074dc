#!/usr/bin/env bash
# Installs missing packages (scripts/setup.sh), runs `bazel test` and prints,
# as its last line, "N passed, N failed" counted over Bazel test targets
# (FLAKY counts as passed; FAILED, TIMEOUT, NO STATUS, INCOMPLETE and
# FAILED TO BUILD count as failed). Exits non-zero if any test failed or
# Bazel itself failed.
#
# Usage: scripts/test.sh [bazel test arguments...]   (default: //...)
set -uo pipefail

cd "$(dirname "${BASH_SOURCE[0]}")/.." || exit 2
scripts/setup.sh || exit

args=("$@")
((${#args[@]})) || args=(//...)

log=$(mktemp "${TMPDIR:-/tmp}/kvmlc-test.XXXXXX")
trap 'rm -f "$log"' EXIT

# --keep_going: build and run every test even after a failure, so the counts
# cover the whole suite. Bazel writes its summary to stderr; keep it visible.
bazel test --keep_going "${args[@]}" 2>&1 | tee "$log"
rc=${PIPESTATUS[0]}

# Summary lines look like "//pkg:name    (cached) PASSED in 0.4s".
status_re='^(//|@)[^[:space:]]+[[:space:]]+(\(cached\)[[:space:]]+)?'
passed=$(grep -cE "${status_re}(PASSED|FLAKY)" "$log")
failed=$(grep -cE "${status_re}(FAILED|TIMEOUT|NO STATUS|INCOMPLETE|REMOTE FAILURE)" "$log")

if ((rc == 4 && passed == 0 && failed == 0)); then
    # Bazel's exit code 4: the patterns matched no test targets.
    echo "test.sh: no test targets found" >&2
    rc=0
elif ((rc == 0 && failed > 0)); then
    rc=3
elif ((rc != 0 && failed == 0)); then
    echo "test.sh: bazel exited with status $rc" >&2
fi

echo "${passed} passed, ${failed} failed"
exit "$rc"
