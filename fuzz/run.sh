#!/usr/bin/env bash
# Fuzzes the case-file reader and the planner with libFuzzer: every input is read as a
# case file and, when it reads, planned and put together as documents (see
# fuzz/target/FuzzTarget.swift). Any crash, trap or hang stops the run and leaves the
# input as fuzz/findings/crash-* (or timeout-*, slow-unit-*); replay one with
#   swift run vr-docs-fuzz fuzz/findings/crash-...
#
#   fuzz/run.sh [SECONDS]        (default 60; 0 runs until stopped)
#   VR_DOCS_FUZZ_RENDER=1 fuzz/run.sh 600    also renders every document to PDF (slower)
#
# Builds into .build-fuzz (ignored by git). The working corpus (.build-fuzz/corpus) is
# seeded from examples/, the test fixtures and fuzz/seeds/, and grows between runs.
set -euo pipefail
seconds="${1:-60}"
root="$(cd "$(dirname "$0")/.." && pwd)"
cd "$root"

swift build -c release --scratch-path .build-fuzz --product vr-docs-fuzz \
    -Xswiftc -sanitize=fuzzer -Xswiftc -DFUZZING
binary="$(swift build -c release --scratch-path .build-fuzz --show-bin-path)/vr-docs-fuzz"

corpus=.build-fuzz/corpus
mkdir -p "$corpus" fuzz/findings
for seed in examples/*.yaml Tests/*/Fixtures/*.yaml Tests/*/Fixtures/*.json fuzz/seeds/*; do
    [ -f "$seed" ] && cp "$seed" "$corpus/seed-$(basename "$seed")"
done

export VR_DOCS_TEMPLATES="$root/templates"
# -timeout: one input that takes more than 10 s is a hang; -rss_limit_mb: or 2 GB.
exec "$binary" "$corpus" -dict=fuzz/case-file.dict -max_len=65536 -timeout=10 -rss_limit_mb=2048 \
    -max_total_time="$seconds" -artifact_prefix=fuzz/findings/ -print_final_stats=1
