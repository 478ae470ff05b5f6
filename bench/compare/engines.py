"""Renders the reference plan with one comparison engine, `repeat` times in this
process after two warm-up renders, and prints the median milliseconds and the page
count as JSON. With repeat 0 it renders once (for whole-process timing).
Usage: engines.py weasyprint|typst|reportlab WORKDIR REPEAT"""
import json
import re
import statistics
import sys
import time


def renderer(name, work):
    if name == "weasyprint":
        import weasyprint
        source = open(work + "/plan.html", encoding="utf-8").read()
        return lambda out: weasyprint.HTML(string=source, base_url=work).write_pdf(out)
    if name == "typst":
        import typst
        compiler = typst.Compiler(work + "/plan.typ")
        return lambda out: open(out, "wb").write(compiler.compile())
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
    pages = len(re.findall(rb"/Type\s*/Page[^s]", open(out, "rb").read()))
    print(json.dumps({"median_ms": statistics.median(times), "pages": pages}))


if __name__ == "__main__":
    main()
