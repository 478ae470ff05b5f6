#!/usr/bin/env bash
# A second opinion on accessibility beside the tests' own TaggedPDFAudit: renders every
# document of the bundled examples and of generated case files (and the caseload report) and runs the
# `pdfua` checker from PyPI over them (a Python package on pikepdf, 16 of PDF/UA-1's 106
# machine-checkable rules; veraPDF, which checks them all, cannot be installed here).
# Needs PyPI: it is not part of `make test`. Exits non-zero on any finding.
# Usage: scripts/pdfua-check.sh [path/to/vr-docs]
set -euo pipefail
cd "$(dirname "$0")/.."
binary="${1:-}"
if [ -z "$binary" ]; then
  swift build --product vr-docs >/dev/null 2>&1
  binary="$(swift build --show-bin-path)/vr-docs"
fi
venv=.build/pdfua-venv
if [ ! -x "$venv/bin/pdfua" ]; then
  python3 -m venv "$venv"
  "$venv/bin/pip" install --quiet "pdfua==0.1.3"
fi
out=.build/pdfua-check
rm -rf "$out"
mkdir -p "$out"
# The bundled examples and 20 generated case files (nations, languages, shift and office
# work, with and without consent).
"$binary" synth --count 20 --seed 11 --out "$out/synth" >/dev/null
examples=(examples/*.yaml "$out"/synth/*.yaml)
for file in "${examples[@]}"; do
  name="$(basename "$file" .yaml)"
  # A case file may be refused on purpose (the examples include invalid ones): only
  # what was written is checked.
  "$binary" render "$file" --document all --out "$out/$name" --templates templates >/dev/null 2>&1 || true
done
"$binary" caseload examples --out "$out/caseload.pdf" --templates templates >/dev/null 2>&1 || true
pdfs=("$out"/*/*.pdf "$out"/*.pdf)
echo "checking ${#pdfs[@]} PDFs"
"$venv/bin/pdfua" check "${pdfs[@]}" | grep -E "result:|\[(ERROR|WARN)" | sed 's/ *[0-9]* ms$//' | sort | uniq -c
"$venv/bin/pdfua" check "${pdfs[@]}" >/dev/null
