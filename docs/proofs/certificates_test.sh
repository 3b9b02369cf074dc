#!/usr/bin/env bash
# Re-checks every committed proof certificate (docs/certificates.md) with two
# solvers that share no code with kvmlc: `z3` and `cvc5` must each answer
# unsat to every (check-sat) of every file. A consecution file split into
# cases (any-actors proofs) must also cover every state: it asserts the
# obligation once, then each case in its own scope, and last "none of the
# cases". Then shows that the check can fail: with the invariant cut down
# (1-actor: the ranges, config_ok and the property; any-actors: the
# structure, the property and the global states), consecution must be sat
# for both: the other lemmas are needed, and the solvers see it.
set -euo pipefail
dir=$TEST_SRCDIR/kvmlc/docs/proofs/certificates
shopt -s nullglob
files=("$dir"/*.smt2)
((${#files[@]} > 0)) || { echo "no certificates in $dir" >&2; exit 1; }
for tool in z3 cvc5; do
    command -v $tool >/dev/null || { echo "$tool not installed: run scripts/setup.sh" >&2; exit 1; }
done
# solve FILE: "z3: ANSWERS; cvc5: ANSWERS", each solver's answers (and
# errors) counted, e.g. "z3: 1660 unsat; cvc5: 1660 unsat".
count() { sort | uniq -c | awk '{ $1 = $1; printf "%s%s", sep, $0; sep = ", " }'; }
solve() {
    echo "z3: $(z3 -smt2 "$1" 2>&1 | count); cvc5: $(cvc5 --lang smt2 --incremental "$1" 2>&1 | count)"
}
# cases FILE: "" when the file's checks cover every state, else why not.
# One check: the obligation's assertions and (check-sat). Cases: the same
# assertions, then "(push 1) (assert caseN) (check-sat) (pop 1)" for
# N = 1..K in order, then the same scope asserting (not (or false case1 ...
# caseK)).
cases() {
    awk '
        /^\(assert / && depth == 0 { if (checks) { print "asserts after a check"; bad = 1 } base = base $0 }
        /^\(push 1\)$/ { depth = 1; asserted = ""; next }
        /^\(assert / && depth == 1 { asserted = asserted $0; next }
        /^\(check-sat\)$/ { checks++; if (depth) scope[checks] = asserted; next }
        /^\(pop 1\)$/ { depth = 0; next }
        /^\((push|pop|reset|check-sat)/ { print "unexpected " $0; bad = 1 }
        END {
            if (bad) exit
            if (base != "(assert init)(assert (not inv))" && base != "(assert inv)(assert bad)" &&
                base != "(assert inv)(assert trans)(assert (not |inv\x27|))") { print "asserts " base; exit }
            if (checks == 1 && !(1 in scope)) exit
            none = "(assert (not (or false"
            for (n = 1; n < checks; n++) {
                if (scope[n] != "(assert case" n ")") { print "check " n " is not case" n; exit }
                none = none " case" n
            }
            if (scope[checks] != none ")))") print "the last check is not \"none of the cases\""
        }' "$1"
}
# invariant FILE: the lemmas and inv as FILE defines them.
invariant() { sed -n '/^; lemma1:/,/^(define-fun inv () Bool/p; /^(define-fun inv () Bool/,/))$/p' "$1"; }
status=0
for f in "$dir"/*-consecution.smt2; do
    for o in initiation safety; do
        cmp -s <(invariant "$f") <(invariant "${f%-consecution.smt2}-$o.smt2") ||
            { echo "$(basename "$f"): $o defines another invariant"; status=1; }
    done
done
for f in "${files[@]}"; do
    n=$(grep -c '^(check-sat)$' "$f")
    got=$(solve "$f")
    why=$(cases "$f")
    echo "${f#$dir/}: $got${why:+ ($why)}"
    [[ $got == "z3: $n unsat; cvc5: $n unsat" && -z $why ]] || status=1
done
for f in "$dir"/*-consecution.smt2; do
    cut=$TEST_TMPDIR/$(basename "$f")
    if [[ $f == *--any-actors-* ]]; then
        keep=$(grep -E '^; lemma[0-9]+: (structure|not |the globals are one of)' "$f" | cut -d: -f1 | tr -dc '0-9\n' | paste -sd,)
    else
        keep=1,2,$(grep -o '^; lemma[0-9]*:' "$f" | tail -1 | tr -dc '0-9')
    fi
    awk -v keep="$keep" '
        BEGIN { split(keep, ks, ","); for (k in ks) kept[ks[k]] = 1 }
        /^\(define-fun (inv|\|inv.\|) \(\) Bool/ { in_inv = 1; print; next }
        in_inv && /^  \(?lemma[0-9]+[ )]/ {
            n = $0; sub(/^  \(?lemma/, "", n); sub(/[^0-9].*/, "", n)
            if (!(n in kept)) { if ($0 ~ /\)\)$/) print "  true))"; next }
        }
        /\)\)$/ { in_inv = 0 }
        { print }' "$f" > "$cut"
    got=$(solve "$cut")
    echo "$(basename "$f") cut down to lemmas $keep: $got"
    [[ $got =~ ^z3:\ ([0-9]+\ unsat,\ )?[0-9]+\ sat(,\ [0-9]+\ unsat)?\;\ cvc5:\ ([0-9]+\ unsat,\ )?[0-9]+\ sat(,\ [0-9]+\ unsat)?$ ]] || status=1
done
exit $status
