#!/usr/bin/env bash
# Every test: installs missing packages (scripts/setup.sh), runs the Bazel
# suite (`bazel test`: unit tests, engine agreement, the lit conformance
# suite), then the end-to-end path on a real kernel (scripts/e2e.sh: builds or
# reuses the unified kernel, boots it under QEMU, records and replays; it
# installs the kernel packages with scripts/setup.sh --kernel). Between the
# two, the sanitizer step (scripts/sanitize.sh, docs/fuzzing.md): the suite
# once more under ASan+UBSan and a short run of every fuzz target on its
# corpus and its regression inputs. Each part runs even when an earlier one
# failed, so one run reports all three.
#
# The last line is the summary, e.g.
#   "18 passed, 0 failed (Bazel: 7 passed, 0 failed; sanitizers: 10 passed,
#    0 failed (...); e2e: ok in 1850 s)"
# counting Bazel test targets (FLAKY counts as passed; FAILED, TIMEOUT,
# NO STATUS, INCOMPLETE and FAILED TO BUILD count as failed), the sanitizer
# step's tests and fuzz targets, and the e2e path as one test. Exits non-zero
# if any test failed or Bazel itself failed.
#
# Usage: scripts/test.sh [bazel test arguments...]   (default: //...)
#        scripts/test.sh --bazel-only [arguments...]  only the Bazel suite (no
#        sanitizers, no e2e)
#        (the same as `bazel test --keep_going //...` after scripts/setup.sh)
set -uo pipefail

cd "$(dirname "${BASH_SOURCE[0]}")/.." || exit 2
bazel_only=0
if [[ ${1:-} == --bazel-only ]]; then bazel_only=1; shift; fi
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
summary="Bazel: ${passed} passed, ${failed} failed"

if ((!bazel_only)); then
    # The sanitizer step; its last line is "sanitizers: P passed, F failed
    # (...)", and no such line (the script itself broke) counts as a failure.
    san=$(scripts/sanitize.sh | tee /dev/stderr | tail -n 1)
    if [[ $san =~ ^sanitizers:\ ([0-9]+)\ passed,\ ([0-9]+)\ failed ]]; then
        sp=${BASH_REMATCH[1]} sf=${BASH_REMATCH[2]}
    else
        sp=0 sf=1 san="sanitizers: FAILED (no summary line)"
    fi
    passed=$((passed + sp)) failed=$((failed + sf)) summary="$summary; $san"
    ((sf == 0 || rc != 0)) || rc=1

    t0=$(date +%s)
    if scripts/e2e.sh; then
        passed=$((passed + 1)) e2e_result=ok
    else
        failed=$((failed + 1)) e2e_result=FAILED
        ((rc != 0)) || rc=1
    fi
    summary="$summary; e2e: ${e2e_result} in $(($(date +%s) - t0)) s"
else
    summary="$summary; sanitizers and e2e: not run (--bazel-only)"
fi

echo "${passed} passed, ${failed} failed (${summary})"
exit "$rc"
