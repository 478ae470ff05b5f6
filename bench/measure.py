"""Runs every measurement of the benchmark and writes bench/results.md.

Called by bench/run.sh after the release build; see that file for what is measured.
Generated case files and outputs go under bench/results/ (ignored by git)."""
import json
import os
import re
import shutil
import statistics
import subprocess
import sys
import time

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
RESULTS = os.path.join(ROOT, "bench", "results")
DATA = os.path.join(RESULTS, "data")
WORK = os.path.join(RESULTS, "work")
PYTHON = os.path.join(RESULTS, "venv", "bin", "python")
FLOOR = os.path.join(RESULTS, "floor")
REFERENCE = os.path.join(ROOT, "examples", "back-pain-admin.yaml")
TEMPLATES = os.path.join(ROOT, "templates")
SEED = 2026


def run(args, **kw):
    return subprocess.run(args, check=True, capture_output=True, text=True, **kw)


def timed(args, repeat=1):
    """Median wall time (s) of running a command, and the peak resident memory (MB)
    of the last run, from /usr/bin/time -v."""
    times, peak = [], None
    for _ in range(repeat):
        start = time.perf_counter()
        done = subprocess.run(["/usr/bin/time", "-v"] + args, capture_output=True, text=True)
        times.append(time.perf_counter() - start)
        if done.returncode not in (0, 1):
            sys.exit("failed: %s\n%s" % (" ".join(args), done.stderr[-2000:]))
        found = re.search(r"Maximum resident set size \(kbytes\): (\d+)", done.stderr)
        peak = int(found.group(1)) / 1024 if found else None
    return statistics.median(times), peak, done


def synth(vr_docs, count, folder):
    marker = os.path.join(folder, ".synth")
    wanted = "%d %d" % (count, SEED)
    if os.path.exists(marker) and open(marker).read() == wanted:
        return
    shutil.rmtree(folder, ignore_errors=True)
    run([vr_docs, "synth", "--count", str(count), "--seed", str(SEED), "--out", folder])
    open(marker, "w").write(wanted)


def median_ms(output):
    return float(re.search(r"median_ms=([\d.]+)", output).group(1))


def pages(path):
    return int(re.search(r"Pages:\s+(\d+)", run(["pdfinfo", path]).stdout).group(1))


def main(vr_docs):
    os.makedirs(DATA, exist_ok=True)
    shutil.rmtree(WORK, ignore_errors=True)
    os.makedirs(WORK)
    rows, notes = [], []
    env_templates = ["--templates", TEMPLATES]

    # One rtw-plan: in-process (median of 200 renders) and as a whole process.
    in_process = median_ms(run([vr_docs, "time-render", REFERENCE, "--repeat", "200"] + env_templates).stdout)
    whole, peak, _ = timed([vr_docs, "render", REFERENCE, "--out", WORK] + env_templates, repeat=15)
    vr_pdf = os.path.join(WORK, "VR-2026-0147-rtw-plan.pdf")
    rows.append(("rtw-plan render, in-process", "%.2f ms" % in_process, ""))
    rows.append(("rtw-plan render, whole process", "%.1f ms" % (whole * 1000), "%.0f MB" % peak))

    # Batch: documents a second on 1 and 2 jobs.
    batch_input = os.path.join(DATA, "batch-400")
    synth(vr_docs, 400, batch_input)
    for jobs in (1, 2):
        out = os.path.join(WORK, "batch-%d" % jobs)
        seconds, peak, done = timed([vr_docs, "batch", batch_input, "--out", out, "--jobs", str(jobs), "--quiet"] + env_templates)
        documents = int(re.search(r"Rendered (\d+) documents", done.stdout).group(1))
        rows.append(("batch, %d job%s (%d documents)" % (jobs, "" if jobs == 1 else "s", documents),
                     "%.0f documents/s" % (documents / seconds), "%.0f MB" % peak))

    # Caseload over 10,000 and 100,000 files.
    for count in (10_000, 100_000):
        folder = os.path.join(DATA, "caseload-%d" % count)
        synth(vr_docs, count, folder)
        seconds, peak, done = timed([vr_docs, "caseload", folder, "--quiet", "--out", os.path.join(WORK, "caseload-%d.pdf" % count),
                                     "--csv", os.path.join(WORK, "csv-%d" % count)] + env_templates)
        rows.append(("caseload, %s files (report + PDF + CSV)" % format(count, ","),
                     "%.2f s (%.0f files/s)" % (seconds, count / seconds), "%.0f MB" % peak))

    # validate over 1,000 and 10,000 named files (in parallel; linear in their number).
    names = sorted(os.listdir(os.path.join(DATA, "caseload-10000")))
    for count in (1_000, 10_000):
        files = [os.path.join(DATA, "caseload-10000", name) for name in names[:count]]
        seconds, peak, done = timed([vr_docs, "validate"] + files + env_templates)
        rows.append(("validate, %s files" % format(count, ","), "%.2f s (%.0f files/s)" % (seconds, count / seconds), "%.0f MB" % peak))

    # The same reference plan in the other engines.
    blocks = run([vr_docs, "blocks", REFERENCE] + env_templates).stdout
    reference_json = os.path.join(WORK, "plan.json")
    open(reference_json, "w").write(blocks)
    run([sys.executable, os.path.join(ROOT, "bench", "compare", "convert.py"), reference_json, WORK])
    engines = []
    harness = os.path.join(ROOT, "bench", "compare", "engines.py")
    for name in ("weasyprint", "typst", "reportlab"):
        result = json.loads(run([PYTHON, harness, name, WORK, "20"]).stdout)
        whole_s, peak, _ = timed([PYTHON, harness, name, WORK, "0"], repeat=5)
        engines.append((name, result["median_ms"], whole_s * 1000, peak, pages(result["output"])))
    floor_out = os.path.join(WORK, "floor.pdf")
    floor_ms = median_ms(run([FLOOR, os.path.join(WORK, "plan.txt"), floor_out, "200"]).stdout)
    floor_whole, floor_peak, _ = timed([FLOOR, os.path.join(WORK, "plan.txt"), floor_out, "0"], repeat=15)
    engines.append(("pango-cairo floor (C)", floor_ms, floor_whole * 1000, floor_peak, pages(floor_out)))

    lines = ["# vr-docs benchmark", "",
             "Run with `bench/run.sh` (release build). Machine: %d cores visible (`nproc`), %s." % (
                 os.cpu_count(), run(["uname", "-sm"]).stdout.strip()), "",
             "| measure | result | peak memory |", "|---|---|---|"]
    lines += ["| %s | %s | %s |" % row for row in rows]
    lines += ["", "The same reference plan (`examples/back-pain-admin.yaml`, rtw-plan: same text and tables, %d pages in vr-docs) in each engine; "
              "in-process is the median of repeated renders after warm-up (Typst with a tiny change each time, as it memoises layout), "
              "whole process includes start-up and imports; the floor draws each paragraph and table row with pango-cairo and no layout engine." % pages(vr_pdf), "",
              "| engine | pages | in-process | × vr-docs | whole process | × vr-docs | peak memory |", "|---|---|---|---|---|---|---|",
              "| vr-docs | %d | %.2f ms | 1.0 | %.1f ms | 1.0 | %.0f MB |" % (pages(vr_pdf), in_process, whole * 1000, rows and float(rows[1][2].split()[0]))]
    for name, ms, whole_ms, peak, page_count in engines:
        lines.append("| %s | %d | %.2f ms | %.1f | %.1f ms | %.1f | %.0f MB |" % (
            name, page_count, ms, ms / in_process, whole_ms, whole_ms / (whole * 1000), peak or 0))
    text = "\n".join(lines) + "\n"
    open(os.path.join(ROOT, "bench", "results.md"), "w").write(text)
    print(text)


if __name__ == "__main__":
    main(sys.argv[1])
