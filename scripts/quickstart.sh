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
# The audit exits 1 when it finds errors: that is its answer, not a failure.
status=0
./build/lkj-audit audit "$out/lkj-2024.json" > "$out/temuan.txt" || status=$?
[ "$status" -le 1 ] || exit "$status"
./build/lkj-audit audit "$sample" --html "$out/laporan.html" --xlsx "$out/laporan.xlsx" \
  --md "$out/laporan.md" --json "$out/temuan.json" || true
echo "lkj-audit: $sample"
echo "  $(tail -n 1 "$out/temuan.txt")"
echo "  laporan (report):   $out/laporan.html  $out/laporan.xlsx  $out/laporan.md"
echo "  temuan (findings):  $out/temuan.txt  $out/temuan.json"
echo "  tabel (tables):     $out/lkj-2024.json  $out/tables/ ($(ls "$out/tables" | wc -l) CSV)"
