#!/usr/bin/env bash
# The vr-docs benchmark, rerunnable with one command: bench/run.sh
#
# Builds vr-docs in release mode, generates synthetic case files under
# bench/results/data (kept between runs, reused when the count and seed match),
# installs WeasyPrint, Typst and ReportLab from PyPI into bench/results/venv,
# compiles the pango-cairo floor, runs every measurement and writes bench/results.md.
# Everything generated lives under bench/results/, which git ignores.
set -euo pipefail
cd "$(dirname "$0")/.."
RESULTS=bench/results
SCRATCH="${SCRATCH:-.build-bench}"
mkdir -p "$RESULTS"

echo "== building vr-docs (release)"
swift build -c release --scratch-path "$SCRATCH" --product vr-docs 2>&1 | tail -1
VR_DOCS="$(swift build -c release --scratch-path "$SCRATCH" --show-bin-path)/vr-docs"

if [ ! -x "$RESULTS/venv/bin/python" ] || ! "$RESULTS/venv/bin/python" -c "import weasyprint, typst, reportlab" 2>/dev/null; then
  echo "== installing WeasyPrint, Typst and ReportLab from PyPI"
  python3 -m venv "$RESULTS/venv"
  "$RESULTS/venv/bin/pip" install -q weasyprint typst reportlab
fi

echo "== compiling the pango-cairo floor"
cc -O2 -o "$RESULTS/floor" bench/compare/floor.c $(pkg-config --cflags --libs pangocairo)

echo "== measuring (about three minutes)"
python3 bench/measure.py "$VR_DOCS"
