#!/usr/bin/env bash
# Re-checks every committed proof certificate (docs/certificates.md) with two
# solvers that share no code with kvmlc: `z3` and `cvc5` must each answer
# unsat to every file. Then shows that the check can fail: with the
# invariant cut down to its first two lemmas (the variables' ranges and
# config_ok) and the property itself, consecution must be sat for both: the
# other lemmas are needed, and the solvers see it.
set -euo pipefail
dir=$TEST_SRCDIR/kvmlc/docs/proofs/certificates
shopt -s nullglob
files=("$dir"/*.smt2)
((${#files[@]} > 0)) || { echo "no certificates in $dir" >&2; exit 1; }
for tool in z3 cvc5; do
    command -v $tool >/dev/null || { echo "$tool not installed: run scripts/setup.sh" >&2; exit 1; }
done
solve() {  # solve FILE: "z3-answer cvc5-answer", errors included
    echo "$(z3 -smt2 "$1" 2>&1 | tr '\n' ' ')$(cvc5 --lang smt2 "$1" 2>&1 | tr '\n' ' ')"
}
status=0
for f in "${files[@]}"; do
    got=$(solve "$f")
    echo "${f#$dir/}: $got"
    [[ $got == "unsat unsat " ]] || status=1
done
for f in "$dir"/*-consecution.smt2; do
    # Keep lemma1, lemma2 and the last lemma (the property) in inv and inv'.
    cut=$TEST_TMPDIR/$(basename "$f")
    last=$(grep -o '^; lemma[0-9]*:' "$f" | tail -1 | tr -dc '0-9')
    awk -v last="$last" '
        /^\(define-fun (inv|\|inv.\|) \(\) Bool/ { in_inv = 1; print; next }
        in_inv && /^  \(?lemma[0-9]+[ )]/ {
            n = $0; sub(/^  \(?lemma/, "", n); sub(/[^0-9].*/, "", n)
            if (n != 1 && n != 2 && n != last) { if ($0 ~ /\)\)$/) print "  true))"; next }
        }
        /\)\)$/ { in_inv = 0 }
        { print }' "$f" > "$cut"
    got=$(solve "$cut")
    echo "$(basename "$f") with only the ranges, config_ok and the property: $got"
    [[ $got == "sat sat " ]] || status=1
done
exit $status
