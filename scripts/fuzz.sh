#!/usr/bin/env bash
# Runs every libFuzzer target of fuzz/ for SECONDS each (default 60), one
# after the other, at low priority. Builds them first in build-fuzz with
# clang (-DLKJ_FUZZ=ON: libFuzzer + AddressSanitizer + UBSan).
#   scripts/fuzz.sh [SECONDS] [TARGET...]
# Seeds come from fuzz/corpus/<target>; what a run learns goes to
# build-fuzz/corpus/<target> (kept between runs, not in git). A crash leaves
# its input in build-fuzz/crashes/<target>/: fix it, then copy the input into
# fuzz/regressions/<target>/, where CTest replays it in every build.
# Prints one line per target: executions, coverage, corpus size, crashes
# (crash-, leak-, timeout- and oom- inputs) and slow units (inputs slower
# than 10 s but within the 30 s timeout, which libFuzzer also keeps there:
# under the sanitizers a damaged PDF's error recovery can take that long).
set -euo pipefail
cd "$(dirname "$0")/.."
seconds=${1:-60}
shift || true
targets=("$@")
[ ${#targets[@]} -gt 0 ] || targets=(fuzz_number fuzz_rules fuzz_narrative fuzz_document_json fuzz_findings_json fuzz_extract)

if ! clang++ --version >/dev/null 2>&1 || [ -z "$(ls /usr/lib/llvm-*/lib/clang/*/lib/linux/libclang_rt.fuzzer-x86_64.a 2>/dev/null)" ]; then
  echo "fuzz.sh: needs clang and libFuzzer: apt-get install -y clang libclang-rt-14-dev" >&2
  exit 2
fi
launcher=()
command -v ccache >/dev/null && launcher=(-DCMAKE_CXX_COMPILER_LAUNCHER=ccache -DCMAKE_C_COMPILER_LAUNCHER=ccache)
CC=clang CXX=clang++ cmake -S . -B build-fuzz -DCMAKE_BUILD_TYPE=Release -DLKJ_FUZZ=ON -DLKJ_BUILD_TESTS=OFF "${launcher[@]}" >/dev/null
nice -n 15 cmake --build build-fuzz -j"$(nproc)" --target "${targets[@]}" >/dev/null

export OMP_THREAD_LIMIT=1
# Leaks inside third-party libraries are theirs (see the file).
export LSAN_OPTIONS="suppressions=$PWD/scripts/sanitizer-leaks.supp:print_suppressions=0"
export ASAN_OPTIONS="${ASAN_OPTIONS:-}:detect_leaks=1"
status=0
printf '%-20s %10s %8s %8s %8s %8s %6s\n' target execs exec/s cov corpus crashes slow
for t in "${targets[@]}"; do
  work=build-fuzz/corpus/$t crashes=build-fuzz/crashes/$t log=build-fuzz/$t.log
  mkdir -p "$work" "$crashes"
  # -timeout: an input slower than this is a hang, kept like a crash.
  # -rss_limit_mb: the sanitizers' overhead on a page of PDF stays far below.
  nice -n 15 "build-fuzz/fuzz/$t" -max_total_time="$seconds" -timeout=30 -rss_limit_mb=3072 \
    -print_final_stats=1 -artifact_prefix="$crashes/" "$work" "fuzz/corpus/$t" >"$log" 2>&1 || status=1
  execs=$(sed -n 's/^stat::number_of_executed_units: *//p' "$log")
  rate=$(sed -n 's/^stat::average_exec_per_sec: *//p' "$log")
  cov=$(grep -o 'cov: [0-9]*' "$log" | tail -1 | cut -d' ' -f2)
  corpus=$(ls "$work" | wc -l)
  found=$(find "$crashes" -name 'crash-*' -o -name 'leak-*' -o -name 'timeout-*' -o -name 'oom-*' | wc -l)
  slow=$(find "$crashes" -name 'slow-unit-*' | wc -l)
  printf '%-20s %10s %8s %8s %8s %8s %6s\n' "$t" "${execs:-?}" "${rate:-?}" "${cov:-?}" "$corpus" "$found" "$slow"
  [ "$found" -eq 0 ] || status=1
done
exit $status
