#!/usr/bin/env bash
# Installs dependencies, builds, and runs the whole test suite (CTest + GoogleTest).
set -euo pipefail
cd "$(dirname "$0")/.."
./scripts/install-deps.sh
cmake -S . -B build -DCMAKE_BUILD_TYPE=Release >/dev/null
cmake --build build -j"$(nproc)"
export OMP_THREAD_LIMIT=1
ctest --test-dir build --output-on-failure -j"$(nproc)" "$@"
