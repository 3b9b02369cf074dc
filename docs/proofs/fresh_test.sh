#!/usr/bin/env bash
# Fails when the committed proof reports (docs/proofs/) are not what
# scripts/proofs.sh generates from the current model: regenerate with
# `scripts/proofs.sh` and commit.
set -euo pipefail
ws=$TEST_SRCDIR/kvmlc
out=$TEST_TMPDIR/proofs
export KVMLC_VARIANTS=$ws/model/variants
"$ws/scripts/proofs.sh" --kvmlc "$ws/tools/kvmlc/kvmlc" "$out" 2> "$TEST_TMPDIR/stderr" || {
    cat "$TEST_TMPDIR/stderr"
    exit 1
}
if ! diff -r -x BUILD.bazel -x fresh_test -x fresh_test.sh -x README.md -x certificates_test.sh \
        "$ws/docs/proofs" "$out"; then
    echo "docs/proofs is stale: run scripts/proofs.sh and commit the result" >&2
    exit 1
fi
