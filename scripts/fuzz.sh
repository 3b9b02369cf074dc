#!/usr/bin/env bash
# Builds a fuzz target (fuzz/TARGET.cc) with clang-14 + libFuzzer + ASan +
# UBSan and runs it for SECONDS of CPU-bound fuzzing, niced, starting from
# its committed seed corpus (fuzz/corpus/TARGET) and every crash found so far
# (fuzz/regressions/TARGET). New corpus entries go to a scratch directory,
# never into the tree; a crash is written to fuzz/regressions/TARGET/ so it
# can be committed once fixed. docs/fuzzing.md records what was run.
#
# Usage: scripts/fuzz.sh TARGET SECONDS [libFuzzer options...]
#        KVMLC_FUZZ_CPU_SECONDS=N scripts/fuzz.sh TARGET SECONDS
#          also stops the fuzzer (SIGINT, a normal end) once it has used N
#          seconds of CPU time: a budget that does not depend on the load;
#          SECONDS stays the wall-clock cap.
#        scripts/fuzz.sh --list
#        scripts/fuzz.sh all SECONDS     every target in turn (CI: a short run)
# TARGET: trace_reader, spec_loader, condition, convert.
# Exit: 0 no crash, 1 a crash (its input is in fuzz/regressions/TARGET),
# 2 usage or build error.
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."

# The sources each target links (besides fuzz/TARGET.cc): the readers only,
# no Z3.
declare -A SRCS=(
  [trace_reader]="trace/format.cc trace/event.cc trace/line_reader.cc"
  [spec_loader]="$(ls model/*.cc | grep -v _test.cc | tr '\n' ' ') trace/event.cc"
  [condition]="model/condition.cc model/expr.cc"
  [convert]="impl/recorder/recorder.cc"
)

# System libraries a target links.
declare -A LIBS=([trace_reader]="-lsimdjson")

if [[ ${1:-} == --list ]]; then printf '%s\n' "${!SRCS[@]}" | sort; exit 0; fi
if (($# < 2)) || [[ ! $2 =~ ^[0-9]+$ ]]; then
  echo "usage: scripts/fuzz.sh TARGET|all SECONDS [libFuzzer options...]" >&2
  exit 2
fi
target=$1 seconds=$2
shift 2
if [[ $target == all ]]; then
  rc=0
  for t in $(printf '%s\n' "${!SRCS[@]}" | sort); do "$0" "$t" "$seconds" "$@" || rc=1; done
  exit $rc
fi
if [[ -z ${SRCS[$target]:-} ]]; then
  echo "fuzz.sh: unknown target '$target' ($(printf '%s ' "${!SRCS[@]}"))" >&2
  exit 2
fi

CXX=clang++-14
if ! command -v $CXX >/dev/null || [[ ! -e /usr/lib/llvm-14/lib/clang/14.0.6/lib/linux/libclang_rt.fuzzer-x86_64.a ]]; then
  echo "fuzz.sh: installing clang-14 and libfuzzer-14-dev" >&2
  sudo=; ((EUID == 0)) || sudo=sudo
  $sudo apt-get install -y -qq clang-14 libfuzzer-14-dev >&2 || exit 2
fi

# One build per target and source hash, reused across runs.
cache=${KVMLC_CACHE:-$HOME/.cache/kvmlc}/fuzz
mkdir -p "$cache"
srcs=(fuzz/$target.cc ${SRCS[$target]})
hash=$(cat "${srcs[@]}" base/*.h trace/*.h model/*.h impl/recorder/*.h "$0" | sha256sum | cut -c1-12)
bin=$cache/$target-$hash
if [[ ! -x $bin ]]; then
  echo "fuzz.sh: building $target" >&2
  nice -n 10 $CXX -std=c++20 -O1 -g -fno-omit-frame-pointer \
    -fsanitize=fuzzer,address,undefined -fno-sanitize-recover=undefined \
    -I. "${srcs[@]}" ${LIBS[$target]:-} -o "$bin.tmp" || exit 2
  mv "$bin.tmp" "$bin"
fi

corpus=fuzz/corpus/$target regressions=fuzz/regressions/$target
mkdir -p "$regressions"
scratch=$(mktemp -d "${TMPDIR:-/tmp}/kvmlc-fuzz-$target.XXXXXX")
trap 'rm -rf "$scratch"' EXIT
# -rss_limit_mb: an input that needs more memory is a finding too.
# -max_len: the largest inputs the readers are meant for are bounded by
# their line caps; 64 KiB covers a full trace line.
nice -n 10 "$bin" -max_total_time="$seconds" -rss_limit_mb=2048 -timeout=60 \
  -max_len=70000 -print_final_stats=1 -artifact_prefix="$regressions/" \
  "$@" "$scratch" "$corpus" "$regressions" &
fuzzer=$!
budget=${KVMLC_FUZZ_CPU_SECONDS:-0}
if ((budget > 0)); then
  (
    tick=$(getconf CLK_TCK)
    while sleep 5 && [[ -r /proc/$fuzzer/stat ]]; do
      read -r -a stat < "/proc/$fuzzer/stat"  # utime, stime: fields 14, 15
      if (((stat[13] + stat[14]) / tick >= budget)); then
        echo "fuzz.sh: $target used its $budget CPU seconds: stopping it" >&2
        touch "$scratch/budget-spent"
        kill -INT "$fuzzer"
        break
      fi
    done
  ) &
fi
rc=0
wait "$fuzzer" || rc=$?
# libFuzzer ends an interrupted run with exit code 72: here a normal end.
if ((rc == 72)) && [[ -e $scratch/budget-spent ]]; then rc=0; fi
exit $rc
