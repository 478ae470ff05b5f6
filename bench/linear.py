"""Writes the case files for the linear-cost rows of the benchmark, from the reference
plan (examples/back-pain-admin.yaml):

- text-1x.yaml, text-10x.yaml, text-100x.yaml: every free-text field (descriptions,
  details, notes, goals, medication effects) repeated 1, 10 and 100 times, so the
  document's text grows by that factor while its structure stays the same;
- long-52w-60adj.yaml: a 52-week plan with 60 adjustments (the first 60 codes of the
  catalogue, each with its own detail).

If cost is linear in the input, render time and memory at 10x and 100x are about 10 and
100 times the part that depends on the text, on top of a fixed start.
Usage: linear.py REFERENCE.yaml CATALOGUE/adjustments.yaml OUTDIR"""
import os
import re
import sys

FREE_TEXT = re.compile(r"^(\s*(?:- )?(?:description|detail|note|text|medication_effects): )(.+)$")


def repeat_text(source, factor):
    out = []
    for line in source.splitlines():
        found = FREE_TEXT.match(line)
        if found and not found.group(2).startswith(("[", "{", '"', "'")):
            line = found.group(1) + " ".join([found.group(2)] * factor)
        out.append(line)
    return "\n".join(out) + "\n"


def long_plan(source, codes):
    source = source.replace("  start_hours_per_day: 4\n", "  start_hours_per_day: 4\n  weeks: 52\n")
    head, rest = source.split("\nadjustments:\n", 1)
    tail = rest[rest.index("\ninterventions:"):]
    items = []
    for number, code in enumerate(codes, 1):
        items.append("  - code: %s\n    detail: Adjustment %d of the long plan, agreed at the workplace assessment.\n"
                     "    responsible: line-manager\n    from: 2026-03-02\n    review: 2026-06-%02d" % (code, number, 1 + number % 28))
    return head + "\nadjustments:\n" + "\n".join(items) + "\n" + tail


def main():
    reference, catalogue, folder = sys.argv[1:4]
    os.makedirs(folder, exist_ok=True)
    source = open(reference, encoding="utf-8").read()
    for factor in (1, 10, 100):
        with open(os.path.join(folder, "text-%dx.yaml" % factor), "w", encoding="utf-8") as f:
            f.write(repeat_text(source, factor))
    codes = re.findall(r"^- code: (\S+)", open(catalogue, encoding="utf-8").read(), re.M)[:60]
    with open(os.path.join(folder, "long-52w-60adj.yaml"), "w", encoding="utf-8") as f:
        f.write(long_plan(source, codes))


if __name__ == "__main__":
    main()
