#!/usr/bin/env bash
# Installs dependencies, builds, and runs the whole test suite (CTest + GoogleTest),
# then the same suite built with AddressSanitizer + UndefinedBehaviorSanitizer
# (build-asan; LKJ_SANITIZE=0 skips it). Arguments go to both ctest runs.
set -euo pipefail
cd "$(dirname "$0")/.."
./scripts/install-deps.sh
# Test-only: headless Chromium opens the HTML report.
if ! command -v chromium >/dev/null 2>&1; then
  sudo_cmd=(); [ "$(id -u)" -eq 0 ] || sudo_cmd=(sudo)
  export DEBIAN_FRONTEND=noninteractive
  "${sudo_cmd[@]}" apt-get install -y -qq --no-install-recommends chromium >/dev/null 2>&1 ||
    { "${sudo_cmd[@]}" apt-get update -qq && "${sudo_cmd[@]}" apt-get install -y -qq --no-install-recommends chromium >/dev/null; }
fi
launcher=()
command -v ccache >/dev/null && launcher=(-DCMAKE_CXX_COMPILER_LAUNCHER=ccache -DCMAKE_C_COMPILER_LAUNCHER=ccache)
cmake -S . -B build -DCMAKE_BUILD_TYPE=Release "${launcher[@]}" >/dev/null
cmake --build build -j"$(nproc)"
export OMP_THREAD_LIMIT=1
ctest --test-dir build --output-on-failure -j"$(nproc)" "$@"

[ "${LKJ_SANITIZE:-1}" != 0 ] || exit 0
echo "== the suite again under AddressSanitizer + UndefinedBehaviorSanitizer (build-asan)"
cmake -S . -B build-asan -DCMAKE_BUILD_TYPE=Release -DLKJ_SANITIZE=ON "${launcher[@]}" >/dev/null
cmake --build build-asan -j"$(nproc)"
# Any report fails its test: UBSan halts, LeakSanitizer reports at exit;
# leaks inside third-party libraries only are suppressed (see the file).
export ASAN_OPTIONS=detect_leaks=1:abort_on_error=0:strict_string_checks=1:detect_stack_use_after_return=1
export UBSAN_OPTIONS=print_stacktrace=1:halt_on_error=1
export LSAN_OPTIONS="suppressions=$PWD/scripts/sanitizer-leaks.supp:print_suppressions=0"
# Within CI's time: the corpus-wide tests (every real PDF, ~3x slower under
# the sanitizers) and the 64-page scanned reference (OCR, minutes of CPU) run
# in the plain build only; every other test runs here (OCR included: ocr_test).
ctest --test-dir build-asan --output-on-failure -j"$(nproc)" \
  -E '^(real_corpus_labels|corpus_batch_test|make_scanned_reference|extract_scanned_reference|make_scanned_pieces)$|^ScannedReference\.' "$@"
