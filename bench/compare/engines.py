"""Renders the reference plan with one comparison engine, `repeat` times in this
process after two warm-up renders, and prints the median milliseconds and the output file
as JSON. With repeat 0 it renders once (for whole-process timing).
Usage: engines.py weasyprint|typst|reportlab WORKDIR REPEAT"""
import json
import statistics
import sys
import time


def renderer(name, work):
    if name == "weasyprint":
        import weasyprint
        source = open(work + "/plan.html", encoding="utf-8").read()
        return lambda out: weasyprint.HTML(string=source, base_url=work).write_pdf(out)
    if name == "typst":
        # Typst memoises layout between compiles in one process, so compiling the same
        # source again costs almost nothing. Each render nudges the paragraph leading by
        # 0.0001em so that every paragraph is laid out afresh, as vr-docs does.
        import itertools
        import typst
        source = open(work + "/plan.typ", "rb").read()
        counter = itertools.count()

        def render(out):
            leading = b"#set par(leading: %.4fem)" % (0.5 + next(counter) * 0.0001)
            open(out, "wb").write(typst.compile(source.replace(b"#set par(leading: 0.5em)", leading)))
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
    print(json.dumps({"median_ms": statistics.median(times), "output": out}))


if __name__ == "__main__":
    main()
