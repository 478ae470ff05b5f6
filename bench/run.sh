#!/usr/bin/env bash
# The vr-docs benchmark, rerunnable with one command: bench/run.sh
#
# Builds vr-docs in release mode, generates synthetic case files under
# bench/results/data (kept between runs, reused when the count and seed match),
# installs WeasyPrint, Typst and ReportLab from PyPI into bench/results/venv,
# compiles the pango-cairo and libyaml floors, runs every measurement (times in
# interleaved rounds, instruction counts under callgrind) and writes bench/results.md
# and the speed table in README.md.
# Everything generated lives under bench/results/, which git ignores.
#
# BENCH_BASELINE=/path/to/vr-docs adds before/after rows for the whole-process commands,
# measured in the same interleaved session: build the older commit in its own worktree
# (swift build -c release) and point this at its binary.
set -euo pipefail
cd "$(dirname "$0")/.."
RESULTS=bench/results
SCRATCH="${SCRATCH:-.build-bench}"
mkdir -p "$RESULTS"

echo "== building vr-docs (release, with the flags of scripts/release-flags.sh)"
read -r -a RELEASE_FLAGS <<< "$(scripts/release-flags.sh)"
swift build -c release "${RELEASE_FLAGS[@]}" --scratch-path "$SCRATCH" --product vr-docs 2>&1 | tail -1
swift build -c release "${RELEASE_FLAGS[@]}" --scratch-path "$SCRATCH" --product vr-docs-bench 2>&1 | tail -1
# A copy without DWARF: valgrind 3.19 gives up on the Swift toolchain's debug info
# ("possibly corrupted debuginfo file"); the symbol table stays, so profiles keep names.
BIN="$(swift build -c release "${RELEASE_FLAGS[@]}" --scratch-path "$SCRATCH" --show-bin-path)"
cp "$BIN/vr-docs" "$RESULTS/vr-docs"
cp "$BIN/vr-docs-bench" "$RESULTS/vr-docs-bench"
strip --strip-debug "$RESULTS/vr-docs" "$RESULTS/vr-docs-bench"
VR_DOCS="$RESULTS/vr-docs"

if [ ! -x "$RESULTS/venv/bin/python" ] || ! "$RESULTS/venv/bin/python" -c "import weasyprint, typst, reportlab" 2>/dev/null; then
  echo "== installing WeasyPrint, Typst and ReportLab from PyPI"
  python3 -m venv "$RESULTS/venv"
  "$RESULTS/venv/bin/pip" install -q weasyprint typst reportlab
fi

echo "== compiling the pango-cairo floor and the libyaml floor"
cc -O2 -o "$RESULTS/floor" bench/compare/floor.c $(pkg-config --cflags --libs pangocairo)
cc -O2 -o "$RESULTS/yaml_floor" bench/compare/yaml_floor.c -lyaml

command -v valgrind >/dev/null || { echo "valgrind is needed for instruction counts (apt-get install valgrind)"; exit 1; }
echo "== measuring (about ten minutes: interleaved rounds, callgrind, 110,000 case files)"
python3 bench/measure.py "$VR_DOCS" "$RESULTS/vr-docs-bench"
