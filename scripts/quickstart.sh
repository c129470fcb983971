#!/usr/bin/env bash
# Installs dependencies, builds, and runs the main job on the bundled sample LKj.
set -euo pipefail
cd "$(dirname "$0")/.."
./scripts/install-deps.sh
cmake -S . -B build -DCMAKE_BUILD_TYPE=Release >/dev/null
cmake --build build -j"$(nproc)" >build.log 2>&1 || { cat build.log; exit 1; }
export OMP_THREAD_LIMIT=1
out=out/sample
mkdir -p "$out"
sample=fixtures/reference/lkj-2024-disdukcapil-belitung.pdf
./build/lkj-audit extract "$sample" --json "$out/lkj-2024.json" --csv "$out/tables"
echo "lkj-audit: $(ls "$out/tables" | wc -l) tabel dari $sample"
echo "  JSON: $out/lkj-2024.json"
echo "  CSV:  $out/tables/"
