"""Renders the reference plan with one comparison engine and reports the times.

Usage: engines.py weasyprint|typst|reportlab WORKDIR REPEAT

REPEAT 0 renders once and exits: the whole-process measure (interpreter start-up and
imports included). REPEAT n > 0 renders twice to warm up, then n times, and prints the
median, minimum and maximum milliseconds per render and the output file as JSON.

Each engine is asked for tagged PDF where it can make it, as vr-docs always tags:
WeasyPrint with pdf_tags, Typst tags by default; ReportLab cannot."""
import json
import statistics
import sys
import time


def renderer(name, work):
    if name == "weasyprint":
        import weasyprint
        source = open(work + "/plan.html", encoding="utf-8").read()
        return lambda out: weasyprint.HTML(string=source, base_url=work).write_pdf(out, pdf_tags=True)
    if name == "typst":
        # One Compiler for the process, as a service would keep it: typst.compile(bytes)
        # builds a new one and rescans the system fonts on every call. Typst memoises
        # layout between compiles, so each render changes the paragraph leading a little
        # (through sys.inputs, read by plan.typ) and every paragraph is laid out afresh,
        # as vr-docs lays out every document afresh.
        import itertools
        import typst
        compiler = typst.Compiler(work + "/plan.typ")
        counter = itertools.count()

        def render(out):
            leading = "%.4f" % (0.5 + next(counter) * 0.0001)
            open(out, "wb").write(compiler.compile(sys_inputs={"leading": leading}))
        return render
    if name == "reportlab":
        sys.path.insert(0, work)
        import plan_reportlab
        return plan_reportlab.build
    raise SystemExit("unknown engine " + name)


def main():
    name, work, repeat = sys.argv[1], sys.argv[2], int(sys.argv[3])
    render = renderer(name, work)
    out = "%s/%s.pdf" % (work, name)
    if repeat == 0:
        render(out)
        return
    for _ in range(2):
        render(out)
    times = []
    for _ in range(repeat):
        start = time.perf_counter()
        render(out)
        times.append((time.perf_counter() - start) * 1000)
    print(json.dumps({"median_ms": statistics.median(times), "min_ms": min(times), "max_ms": max(times),
                      "renders": repeat, "output": out}))


if __name__ == "__main__":
    main()
