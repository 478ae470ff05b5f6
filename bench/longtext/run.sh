#!/usr/bin/env bash
# Long-text benchmark: ReportKit's time and memory for 1x, 10x and 100x the text: a
# document of many paragraphs, and single texts (ordinary words; one unbroken word in a
# paragraph, a table cell, a running header, a key-value label). See main.swift. Time and memory should grow in proportion to the text (10x text, about 10x
# time), never with its square. Single thread, release build.
#
#   bench/longtext/run.sh [SCALES...]     (default: 1 10 100)
#
# Builds into ${BENCH_DIR:-/tmp/vr-docs-bench-longtext}; needs swiftc and the cairo/pango
# development packages that scripts/setup.sh installs.
set -euo pipefail
root="$(cd "$(dirname "$0")/../.." && pwd)"
out="${BENCH_DIR:-/tmp/vr-docs-bench-longtext}"
mkdir -p "$out"
scales=("$@")
[ ${#scales[@]} -gt 0 ] || scales=(1 10 100)

includes=()
for flag in $(pkg-config --cflags-only-I pangocairo); do includes+=(-Xcc "$flag"); done
swiftc -O -wmo -module-name LongTextBench -I "$root/Sources/CCairo" "${includes[@]}" \
    $(find "$root/Sources/ReportKit" -name "*.swift" | sort) "$root/bench/longtext/main.swift" -o "$out/longtext-bench"

for shape in document words word cell header keyvalue; do
    for scale in "${scales[@]}"; do
        "$out/longtext-bench" "$shape" "$scale" "$out/$shape-$scale.pdf"
    done
done
