#!/usr/bin/env bash
# Whole-tool long-text benchmark: `vr-docs render --document all` on the office example
# with 1x, 10x and 100x as much free text (strengths, goals, adjustment details and review
# notes of 1,000 characters each; 1x = 24 such fields, 100x about 2.4 MB of text), timing
# each run and its peak memory with /usr/bin/time. Release build.
#
#   bench/longtext/casefile.sh [SCALES...]     (default: 1 10 100)
set -euo pipefail
root="$(cd "$(dirname "$0")/../.." && pwd)"
out="${BENCH_DIR:-/tmp/vr-docs-bench-casefile}"
mkdir -p "$out"
scales=("$@")
[ ${#scales[@]} -gt 0 ] || scales=(1 10 100)
(cd "$root" && swift build -c release --product vr-docs >/dev/null)
tool="$root/.build/release/vr-docs"

for scale in "${scales[@]}"; do
    case="$out/case-$scale.yaml"
    python3 - "$root/examples/back-pain-admin.yaml" "$scale" "$case" <<'PY'
import json, sys
source, scale, target = sys.argv[1], int(sys.argv[2]), sys.argv[3]
text = open(source).read()
sentence = "Work builds up gradually so that the hours match what can be sustained. "
paragraph = (sentence * 14)[:1000].strip()
items = 6 * scale
strengths = "".join(f"\n    - {json.dumps(f'Strength {i}, {paragraph}')}" for i in range(items))
goals = "".join(f"\n  - horizon: short\n    text: {json.dumps(f'Goal {i}, {paragraph}')}" for i in range(items))
notes = "".join(f"\n  - date: 2026-03-13\n    week: 2\n    hours_worked: 10\n    note: {json.dumps(f'Note {i}, {paragraph}')}" for i in range(items))
details = "".join(f"\n  - title: Adjustment {i}\n    detail: {json.dumps(paragraph)}" for i in range(items))
text = text.replace("\n  strengths:", "\n  strengths:" + strengths, 1)
text = text.replace("\ngoals:", "\ngoals:" + goals, 1)
text = text.replace("\nreviews:", "\nreviews:" + notes, 1)
text = text.replace("\nadjustments:", "\nadjustments:" + details, 1)
open(target, "w").write(text)
PY
    rm -rf "$out/letters-$scale"
    /usr/bin/time -f "%e s (%U s of CPU), peak %M KB" -o "$out/time-$scale.txt" \
        "$tool" render "$case" --document all --out "$out/letters-$scale" --templates "$root/templates" >/dev/null 2>&1 || true
    pages=0
    for pdf in "$out/letters-$scale"/*.pdf; do
        [ -f "$pdf" ] && pages=$((pages + $(pdfinfo "$pdf" | awk '/^Pages:/ {print $2}')))
    done
    printf "x%-4s %8d bytes of case file: %s, %d pages in all\n" "$scale" "$(wc -c < "$case")" "$(cat "$out/time-$scale.txt")" "$pages"
done
