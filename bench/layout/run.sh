#!/usr/bin/env bash
# Layout benchmark: documents per second for a 3-page plan-like document
# rendered by ReportKit, against the floor (the same text drawn with
# pango-cairo directly, floor.c). Single thread, release build.
#
#   bench/layout/run.sh [SECONDS]      (default 5 per measurement)
#
# Builds into ${BENCH_DIR:-/tmp/vr-docs-bench-layout}; needs swiftc, gcc and
# the cairo/pango development packages that scripts/setup.sh installs.
set -euo pipefail
seconds="${1:-5}"
root="$(cd "$(dirname "$0")/../.." && pwd)"
out="${BENCH_DIR:-/tmp/vr-docs-bench-layout}"
mkdir -p "$out"

includes=()
for flag in $(pkg-config --cflags-only-I pangocairo); do includes+=(-Xcc "$flag"); done
# ReportKit's sources and the benchmark compile into one optimised module,
# so the benchmark needs no package target.
swiftc -O -wmo -module-name LayoutBench -I "$root/Sources/CCairo" "${includes[@]}" \
    $(find "$root/Sources/ReportKit" -name "*.swift" | sort) "$root/bench/layout/main.swift" -o "$out/reportkit-bench"
# shellcheck disable=SC2046
gcc -O2 -o "$out/floor-bench" "$root/bench/layout/floor.c" $(pkg-config --cflags --libs pangocairo)

reportkit="$("$out/reportkit-bench" "$seconds" "$out/plan.txt" "$out/plan.pdf")"
floor="$("$out/floor-bench" "$out/plan.txt" "$seconds" "$out/floor.pdf")"
echo "$reportkit; $(pdfinfo "$out/plan.pdf" | awk '/^Pages:/ {print $2}') pages"
echo "$floor"
rk=$(echo "$reportkit" | awk '{print $2}')
fl=$(echo "$floor" | awk '{print $2}')
awk -v rk="$rk" -v fl="$fl" 'BEGIN { printf "ReportKit runs at %.2f of the floor (floor is %.2fx faster)\n", rk / fl, fl / rk }'
