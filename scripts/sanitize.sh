#!/usr/bin/env bash
# The sanitizer part of scripts/test.sh (docs/fuzzing.md):
#  1. the unit tests and the lit suite once more, built with gcc's ASan +
#     UBSan (`bazel test --config=asan`, .bazelrc), every report fatal. Left
#     out, to keep the step near 10 minutes on two cores (docs/fuzzing.md):
#     the large Z3 tests (by size), the lit suite's prove/ tests (Z3 proofs,
#     minutes each, none of it instrumented code) and certificates_test (z3
#     and cvc5 on SMT-LIB files: no code of ours). compiled_test and
#     counter_test, which explore thousands of states per variant, take 2-4
#     CPU minutes each instrumented and over 20 minutes of wall time on a
#     loaded machine: a medium test gets an hour here;
#  2. each fuzz target (scripts/fuzz.sh, clang-14 + libFuzzer + ASan + UBSan)
#     for KVMLC_FUZZ_SECONDS (default 20) on its seed corpus and every crash
#     input kept in fuzz/regressions/.
# The last line counts both, e.g.
#   "sanitizers: 10 passed, 0 failed (ASan+UBSan: 6 passed, 0 failed; fuzz: 4 passed, 0 failed)"
# Exits non-zero if anything failed.
#
# Usage: scripts/sanitize.sh [--no-fuzz] [bazel test arguments...]  (default: the above)
#        scripts/sanitize.sh --fuzz-only   only step 2 (a minute or two: replays
#                                          every regression input, fuzzes briefly)
set -uo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.." || exit 2
suite=1 fuzz=1
if [[ ${1:-} == --no-fuzz ]]; then fuzz=0; shift; fi
if [[ ${1:-} == --fuzz-only ]]; then suite=0; shift; fi
args=("$@")
((${#args[@]})) || args=(-- //... -//docs/proofs:certificates_test)

summary="" total_passed=0 total_failed=0
if ((suite)); then
  log=$(mktemp "${TMPDIR:-/tmp}/kvmlc-sanitize.XXXXXX")
  trap 'rm -f "$log"' EXIT
  bazel test --config=asan --keep_going --test_timeout=300,3600,3600,3600 \
    --test_env=LIT_FILTER_OUT=prove/ "${args[@]}" 2>&1 | tee "$log"
  rc=${PIPESTATUS[0]}
  status_re='^(//|@)[^[:space:]]+[[:space:]]+(\(cached\)[[:space:]]+)?'
  passed=$(grep -cE "${status_re}(PASSED|FLAKY)" "$log")
  failed=$(grep -cE "${status_re}(FAILED|TIMEOUT|NO STATUS|INCOMPLETE|REMOTE FAILURE)" "$log")
  ((rc == 0 || failed > 0)) || failed=$((failed + 1))  # a build failure counts once
  summary="ASan+UBSan: $passed passed, $failed failed"
  total_passed=$passed total_failed=$failed
fi

if ((fuzz)); then
  fp=0 ff=0
  for t in $(scripts/fuzz.sh --list); do
    # -report_slow_units: libFuzzer times units in wall time, which a loaded
    # machine stretches; anything slower than the 60 s timeout fails anyway.
    # -seed=1: CI's short run starts the same way every time (a finding is
    # a regression input to commit, not a coin toss between runs).
    if scripts/fuzz.sh "$t" "${KVMLC_FUZZ_SECONDS:-20}" -seed=1 -report_slow_units=60 2>&1 | tail -n 8; then
      fp=$((fp + 1))
    else
      ff=$((ff + 1))
      echo "sanitize.sh: fuzz target $t failed (its input is in fuzz/regressions/$t/)" >&2
    fi
  done
  summary="${summary:+$summary; }fuzz: $fp passed, $ff failed"
  total_passed=$((total_passed + fp)) total_failed=$((total_failed + ff))
fi

echo "sanitizers: $total_passed passed, $total_failed failed ($summary)"
((total_failed == 0))
