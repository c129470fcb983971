#!/usr/bin/env bash
# Installs dependencies, builds, and runs the whole test suite (CTest + GoogleTest).
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
cmake -S . -B build -DCMAKE_BUILD_TYPE=Release >/dev/null
cmake --build build -j"$(nproc)"
export OMP_THREAD_LIMIT=1
ctest --test-dir build --output-on-failure -j"$(nproc)" "$@"
