#!/bin/sh
# A mixed document: the first LAST pages of IN.pdf, pages FIRST..LAST of them
# scanned by lkj-make-scan (pictures only), the others born-digital as they
# are. Most born-digital LKj carry a few such pages (a signed PK, an appendix).
#   make_mixed.sh LKJ_MAKE_SCAN IN.pdf FIRST LAST OUT.pdf
set -eu
make_scan=$1 in=$2 first=$3 last=$4 out=$5
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
"$make_scan" "$in" "$work/scanned.pdf" --pages "$first-$last"
pdfseparate -f 1 -l $((first - 1)) "$in" "$work/p%03d.pdf"
mkdir -p "$(dirname "$out")"
pdfunite "$work"/p*.pdf "$work/scanned.pdf" "$out.tmp"
mv "$out.tmp" "$out"
