#!/usr/bin/env bash
# Installs the Debian 12 packages lkj-audit needs to build, test and bench.
# Idempotent: a second run only checks. Needs root (or sudo).
set -euo pipefail

packages=(
  build-essential cmake pkg-config
  libpoppler-private-dev poppler-utils
  libtesseract-dev libleptonica-dev tesseract-ocr tesseract-ocr-eng tesseract-ocr-ind
  libre2-dev nlohmann-json3-dev libgtest-dev libgmock-dev libxlsxwriter-dev
  python3 python3-jsonschema python3-openpyxl
)

missing=()
for p in "${packages[@]}"; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q 'install ok installed' || missing+=("$p")
done
[ ${#missing[@]} -eq 0 ] && exit 0

sudo_cmd=()
[ "$(id -u)" -eq 0 ] || sudo_cmd=(sudo)
export DEBIAN_FRONTEND=noninteractive
"${sudo_cmd[@]}" apt-get update -qq
"${sudo_cmd[@]}" apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
