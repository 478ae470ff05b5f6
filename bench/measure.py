"""Runs every measurement of the benchmark and writes bench/results.md (and the speed
table of README.md between its bench markers).

Called by bench/run.sh after the release build; see that file for what is measured.
Generated case files and outputs go under bench/results/ (ignored by git).
Environment: BENCH_ROUNDS (interleaved rounds, default 7), BENCH_MILLION=1 to add the
1,000,000-file caseload, BENCH_BASELINE=path/to/older/vr-docs for before/after rows of the
whole-process commands in the same session, BENCH_CALLGRIND_WEASYPRINT=0 to skip WeasyPrint under
callgrind (the slowest step, about two minutes)."""
import json
import os
import shutil
import sys

from harness import Rounds, cpu_seconds, instructions, page_faults, system_seconds, interleave, load_average, pdf_facts, run, timed

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
RESULTS = os.path.join(ROOT, "bench", "results")
DATA = os.path.join(RESULTS, "data")
WORK = os.path.join(RESULTS, "work")
PYTHON = os.path.join(RESULTS, "venv", "bin", "python")
FLOOR = os.path.join(RESULTS, "floor")
YAML_FLOOR = os.path.join(RESULTS, "yaml_floor")
REFERENCE = os.path.join(ROOT, "examples", "back-pain-admin.yaml")
TEMPLATES = os.path.join(ROOT, "templates")
ENGINES = os.path.join(ROOT, "bench", "compare", "engines.py")
SEED = 2026
# vr-docs keeps a snapshot of the catalogue between commands (README, "Using it"); the
# benchmark keeps its own, made by its first command, and measures `render` without one too.
os.environ["VR_DOCS_CACHE_DIR"] = os.path.join(RESULTS, "cache")
NO_SNAPSHOT = {"VR_DOCS_CACHE_DIR": ""}
ROUNDS = int(os.environ.get("BENCH_ROUNDS", "7"))
# Renders per in-process sample: enough for a stable median, few enough for slow engines.
IN_PROCESS_RENDERS = {"vr-docs": 20, "floor": 20, "typst": 10, "reportlab": 10, "weasyprint": 3}


def mb(value):
    return "%.0f MB" % value if value else ""


def millions(count):
    return "%.1fM" % (count / 1e6)


def synth(vr_docs, count, folder):
    marker = os.path.join(folder, ".synth")
    wanted = "%d %d" % (count, SEED)
    if os.path.exists(marker) and open(marker).read() == wanted:
        return
    shutil.rmtree(folder, ignore_errors=True)
    run([vr_docs, "synth", "--count", str(count), "--seed", str(SEED), "--out", folder])
    open(marker, "w").write(wanted)


def field(output, name):
    for part in output.split():
        if part.startswith(name + "="):
            return float(part.split("=", 1)[1])
    raise SystemExit("no %s in %r" % (name, output))


class Engine:
    """One engine of the comparison: how to render in-process n times and once as a
    whole process, and where its PDF lands."""

    def __init__(self, name, in_process, whole, pdf):
        self.name, self.in_process, self.whole, self.pdf = name, in_process, whole, pdf


def engines(vr_docs):
    templates = ["--templates", TEMPLATES]
    plan_txt = os.path.join(WORK, "plan.txt")
    floor_pdf = os.path.join(WORK, "floor.pdf")
    out = os.path.join(WORK, "vr")
    listed = [
        Engine("vr-docs", lambda n: [BENCH_TOOL, "time-render", REFERENCE, "--repeat", str(n)] + templates,
               [vr_docs, "render", REFERENCE, "--document", "rtw-plan", "--out", out] + templates,
               os.path.join(out, "VR-2026-0147-rtw-plan.pdf")),
        Engine("floor", lambda n: [FLOOR, plan_txt, floor_pdf, str(n)], [FLOOR, plan_txt, floor_pdf, "0"], floor_pdf),
    ]
    for name in ("typst", "reportlab", "weasyprint"):
        listed.append(Engine(name, (lambda name: lambda n: [PYTHON, ENGINES, name, WORK, str(n)])(name),
                             [PYTHON, ENGINES, name, WORK, "0"], os.path.join(WORK, name + ".pdf")))
    return listed


# Renders done by one process of each engine's in-process command for a given repeat
# count: vr-docs' time-render renders max(1, n) + 3 times, the floor 1 or n + 3, the
# Python engines 1 or n + 2 (warm-ups included).
def renders(name, n):
    if name == "vr-docs":
        return max(1, n) + 3
    return 1 if n == 0 else n + (3 if name == "floor" else 2)


def instruction_counts(engine):
    """(instructions per render in a warm process, instructions of a whole process).
    Per render is the difference between two processes that render different numbers
    of times, so start-up and warm-up cancel; a whole process renders once."""
    name = engine.name
    few, many = (1, 4) if name == "vr-docs" else (0, {"floor": 3, "weasyprint": 1}.get(name, 2))
    low = instructions(engine.in_process(few))
    high = instructions(engine.in_process(many))
    whole = low if few == 0 else instructions(engine.whole)
    return (high - low) / (renders(name, many) - renders(name, few)), whole


def compare_engines(vr_docs, lines):
    rounds, peaks = Rounds(), {}
    listed = engines(vr_docs)

    def task(engine):
        def measure():
            done = run(engine.in_process(IN_PROCESS_RENDERS[engine.name]))
            text = done.stdout
            rounds.add(engine.name + " in", field(text, "median_ms") if "median_ms=" in text else json.loads(text)["median_ms"])
            seconds, peak, _ = timed(engine.whole)
            rounds.add(engine.name + " whole", seconds * 1000)
            peaks.setdefault(engine.name, []).append(peak)
        return measure
    interleave(ROUNDS, [task(e) for e in listed])

    counts = {}
    for engine in listed:
        if engine.name == "weasyprint" and os.environ.get("BENCH_CALLGRIND_WEASYPRINT", "1") == "0":
            continue
        counts[engine.name] = instruction_counts(engine)

    base_in, base_whole = rounds.median("vr-docs in"), rounds.median("vr-docs whole")
    floor_counts = counts["floor"]
    lines += ["## One document: the reference plan in each engine", "",
              "rtw-plan of `examples/back-pain-admin.yaml`, the same text and tables in every engine "
              "(`vr-docs blocks` → `bench/compare/convert.py`). In-process: the median of %s renders "
              "after warm-up, vr-docs reading the case file and building the schedule inside its loop, Typst "
              "with one reused `Compiler` and a changed leading per render; whole process: one render "
              "including start-up. %d interleaved rounds; each cell is the median over rounds (lowest–highest "
              "round). Instructions from callgrind (all threads): per render = the difference between processes "
              "rendering more and fewer times; whole process = one `render`." % (
                  "/".join("%s %d" % kv for kv in IN_PROCESS_RENDERS.items()), ROUNDS), "",
              "| engine | pages | PDF size | tagged | in-process | instructions / render | × floor (instr.) "
              "| whole process | instructions | × floor (instr.) | peak memory |",
              "|---|---|---|---|---|---|---|---|---|---|---|"]
    for engine in listed:
        pages, size, tagged = pdf_facts(engine.pdf)
        per, whole = counts.get(engine.name, (None, None))
        lines.append("| %s | %d | %.0f KB | %s | %s | %s | %s | %s | %s | %s | %s |" % (
            "pango-cairo floor (C)" if engine.name == "floor" else engine.name, pages, size / 1024, tagged,
            rounds.text(engine.name + " in", digits=2), millions(per) if per else "not measured",
            "%.2f" % (per / floor_counts[0]) if per else "",
            rounds.text(engine.name + " whole"), millions(whole) if whole else "not measured",
            "%.2f" % (whole / floor_counts[1]) if whole else "", mb(sorted(peaks[engine.name])[len(peaks[engine.name]) // 2])))
    lines += ["", "Against vr-docs in time: " + ", ".join(
        "%s %.2f× in-process, %.2f× whole process" % (e.name, rounds.median(e.name + " in") / base_in,
                                                      rounds.median(e.name + " whole") / base_whole)
        for e in listed[1:]) + ".", ""]
    return rounds, counts


def commands(vr_docs, lines):
    templates = ["--templates", TEMPLATES]
    out = os.path.join(WORK, "cmd")
    render = [vr_docs, "render", REFERENCE, "--document", "rtw-plan", "--out", out] + templates
    listed = [("render", render, None),
              ("render (no template snapshots)", render, NO_SNAPSHOT),
              ("render --document all", [vr_docs, "render", REFERENCE, "--document", "all", "--out", out] + templates, None),
              ("validate", [vr_docs, "validate", REFERENCE] + templates, None),
              ("plan", [vr_docs, "plan", REFERENCE] + templates, None),
              ("--help", [vr_docs, "--help"], None)]
    baseline = baseline_binary()
    if baseline:
        listed += [("%s (baseline)" % name, [baseline] + args[1:], env) for name, args, env in listed[:1] + listed[3:5]]
    rounds, peaks = Rounds(), {}

    def task(name, args, env):
        def measure():
            seconds, peak, _ = timed(args, env=env)
            rounds.add(name, seconds * 1000)
            peaks[name] = peak
        return measure
    run(render)  # makes the template snapshots the other rows use
    interleave(ROUNDS * 2, [task(n, a, e) for n, a, e in listed])
    lines += ["## Whole-process commands", "",
              "Each command run %d times, interleaved; median (lowest–highest run). Instructions: one run under callgrind.%s" % (
                  ROUNDS * 2, (" Rows marked baseline run `%s` (BENCH_BASELINE), interleaved with the others." % os.environ["BENCH_BASELINE"])
                  if baseline else ""), "",
              "| command | time | instructions | peak memory |", "|---|---|---|---|"]
    for name, args, env in listed:
        lines.append("| `vr-docs %s` | %s | %s | %s |" % (name, rounds.text(name), millions(instructions(args, env=env)), mb(peaks[name])))
    lines.append("")
    return rounds


def baseline_binary():
    """A vr-docs built from an earlier commit, named by BENCH_BASELINE, for before/after
    rows measured in the same session; copied without DWARF for callgrind."""
    source = os.environ.get("BENCH_BASELINE")
    if not source:
        return None
    copy = os.path.join(RESULTS, "vr-docs-baseline")
    shutil.copy(source, copy)
    run(["strip", "--strip-debug", copy])
    return copy


def batch(vr_docs, lines):
    folder = os.path.join(DATA, "batch-400")
    synth(vr_docs, 400, folder)
    rounds = Rounds()

    def task(jobs):
        def measure():
            out = os.path.join(WORK, "batch-%d" % jobs)
            shutil.rmtree(out, ignore_errors=True)
            seconds, peak, done = timed([vr_docs, "batch", folder, "--out", out, "--jobs", str(jobs), "--quiet",
                                         "--document", "rtw-plan", "--templates", TEMPLATES], ok=(0, 1))
            documents = int(field(done.stdout.replace("Rendered ", "documents="), "documents"))
            rounds.add("rate %d" % jobs, documents / seconds)
            rounds.add("cpu %d" % jobs, cpu_seconds(done) / documents * 1000)
            rounds.add("system %d" % jobs, system_seconds(done) / documents * 1000)
            rounds.add("faults %d" % jobs, page_faults(done) / documents)
            rounds.add("peak %d" % jobs, peak)
            rounds.add("documents", documents)
        return measure
    interleave(ROUNDS, [task(1), task(2)])
    ratios = [two / one for one, two in zip(rounds.values["rate 1"], rounds.values["rate 2"])]
    lines += ["## Batch: rtw-plan alone, one core against two", "",
              "%d rtw-plans from `vr-docs synth --count 400` (files without a plan are skipped), `--document rtw-plan`, "
              "1 and 2 jobs interleaved; documents a second, median (lowest–highest)." % rounds.values["documents"][0], "",
              "| jobs | documents/s | CPU time per document | of which in the kernel | page faults per document | peak memory |",
              "|---|---|---|---|---|---|"] + [
              "| %d | %s | %s | %s | %.0f | %s |" % (jobs, rounds.text("rate %d" % jobs, unit="/s", digits=0), rounds.text("cpu %d" % jobs),
                                                 rounds.text("system %d" % jobs, digits=2), rounds.median("faults %d" % jobs),
                                                 mb(rounds.median("peak %d" % jobs))) for jobs in (1, 2)] + [
              "", "Speed-up from one job to two: %.2f× (rounds: %s). The machine is shared: another process on "
              "either core lowers the 2-job figure most. CPU time per document (user + system) shows whether two jobs "
              "add work of their own (locks, contention) apart from the cores they were given." % (sorted(ratios)[len(ratios) // 2], ", ".join("%.2f" % r for r in ratios)), ""]


def linear(vr_docs, lines):
    folder = os.path.join(DATA, "linear")
    run([sys.executable, os.path.join(ROOT, "bench", "linear.py"), REFERENCE,
         os.path.join(TEMPLATES, "catalogue", "adjustments.yaml"), folder])
    lines += ["## Cost against input size", "",
              "The reference plan with every free-text field repeated 1, 10 and 100 times, and a 52-week plan with 60 "
              "adjustments (`bench/linear.py`). Whole-process `vr-docs render --document rtw-plan`: median of 3 runs, "
              "instructions from one run under callgrind.", "",
              "| case file | size | pages | time | instructions | peak memory |", "|---|---|---|---|---|---|"]
    for name in ("text-1x", "text-10x", "text-100x", "long-52w-60adj"):
        path = os.path.join(folder, name + ".yaml")
        out = os.path.join(WORK, "linear-" + name)
        args = [vr_docs, "render", path, "--document", "rtw-plan", "--out", out, "--templates", TEMPLATES]
        samples = [timed(args) for _ in range(3)]
        seconds = sorted(s[0] for s in samples)[1]
        pdf = [f for f in os.listdir(out) if f.endswith(".pdf")][0]
        pages, _, _ = pdf_facts(os.path.join(out, pdf))
        lines.append("| %s | %.0f KB | %d | %.0f ms | %s | %s |" % (
            name, os.path.getsize(path) / 1024, pages, seconds * 1000, millions(instructions(args)), mb(samples[-1][1])))
    lines.append("")


def evict(folder):
    """Drops the folder's files from the page cache, so the next command reads them from disk
    as a caseload of last year's files would be (posix_fadvise DONTNEED; needs no privilege)."""
    os.sync()
    for root, _, names in os.walk(folder):
        for name in names:
            descriptor = os.open(os.path.join(root, name), os.O_RDONLY)
            try:
                os.posix_fadvise(descriptor, 0, 0, os.POSIX_FADV_DONTNEED)
            finally:
                os.close(descriptor)


def caseload(vr_docs, lines):
    counts = [10_000, 100_000] + ([1_000_000] if os.environ.get("BENCH_MILLION") == "1" else [])
    lines += ["## Caseload", "",
              "Files from `vr-docs synth` (realistic, about 4 KB each); `vr-docs caseload DIR --quiet` with the PDF and "
              "CSVs, on every core. By default the caseload reads only the fields it counts, straight from libyaml's "
              "events (`OutcomeFieldsReader`); `--check-whole-files` reads every file with the full reader as "
              "`validate` does. Beside them the libyaml floor (`bench/compare/yaml_floor.c`): the same files parsed "
              "to events on one thread, nothing else. Each size is run three times, interleaved; the table shows each "
              "round: in the first, every command reads the files from disk (they are dropped from the page cache "
              "before it), in the other two from memory.", "",
              "| files | vr-docs caseload | files/s | peak memory | --check-whole-files | peak memory | libyaml floor (1 thread) |",
              "|---|---|---|---|---|---|---|"]
    for count in counts:
        folder = os.path.join(DATA, "caseload-%d" % count)
        synth(vr_docs, count, folder)
        fast, whole, floor = [], [], []
        for index in range(3):
            cold = (lambda: evict(folder)) if index == 0 else (lambda: None)
            cold()
            seconds, peak, _ = timed([vr_docs, "caseload", folder, "--quiet", "--out", os.path.join(WORK, "caseload-%d.pdf" % count),
                                      "--csv", os.path.join(WORK, "csv-%d" % count), "--templates", TEMPLATES], ok=(0, 1))
            fast.append((seconds, peak))
            if count <= 100_000:
                cold()
                seconds, peak, _ = timed([vr_docs, "caseload", folder, "--quiet", "--check-whole-files",
                                          "--templates", TEMPLATES], ok=(0, 1))
                whole.append((seconds, peak))
            cold()
            floor.append(timed([YAML_FLOOR, folder])[0])
        both = lambda runs: " / ".join("%.2f s" % seconds for seconds, _ in runs)
        lines.append("| %s | %s | %.0f | %s | %s | %s | %s |" % (
            format(count, ","), both(fast), count / min(seconds for seconds, _ in fast), mb(max(peak for _, peak in fast)),
            both(whole) if whole else "", mb(max(peak for _, peak in whole)) if whole else "",
            " / ".join("%.2f s" % seconds for seconds in floor)))
    # Instructions a file, on one job: 1,000 files, less the same command over one file.
    sample = os.path.join(DATA, "caseload-1000")
    synth(vr_docs, 1000, sample)
    single = os.path.join(WORK, "caseload-one")
    os.makedirs(single, exist_ok=True)
    shutil.copy(os.path.join(sample, sorted(n for n in os.listdir(sample) if n.endswith(".yaml"))[0]), single)
    per_file = []
    for extra in ([], ["--check-whole-files"]):
        command = lambda folder: [vr_docs, "caseload", folder, "--quiet", "--jobs", "1", "--templates", TEMPLATES] + extra
        per_file.append((instructions(command(sample), ok=(0, 1)) - instructions(command(single), ok=(0, 1))) / 999)
    lines += ["", "Instructions a case file (callgrind, one job, 1,000 `synth` files less one): outcome fields %s, "
              "whole files %s; the libyaml floor parses one in about 0.5M." % (millions(per_file[0]), millions(per_file[1])), ""]


def readme_table(lines):
    """Copies the engine table into README.md between its bench markers."""
    path = os.path.join(ROOT, "README.md")
    text = open(path, encoding="utf-8").read()
    start, end = "<!-- bench:start -->", "<!-- bench:end -->"
    if start not in text or end not in text:
        return
    table = [l for l in lines if l.startswith("|")]
    body = "\n".join(["", "Copied from `bench/results.md` by `bench/run.sh`:", ""] + table + [""])
    head, rest = text.split(start, 1)
    open(path, "w", encoding="utf-8").write(head + start + "\n" + body + "\n" + end + rest.split(end, 1)[1])


def main(vr_docs):
    os.makedirs(DATA, exist_ok=True)
    shutil.rmtree(WORK, ignore_errors=True)
    os.makedirs(WORK)
    before = load_average()
    blocks = run([BENCH_TOOL, "blocks", REFERENCE, "--templates", TEMPLATES]).stdout
    reference_json = os.path.join(WORK, "plan.json")
    open(reference_json, "w").write(blocks)
    run([sys.executable, os.path.join(ROOT, "bench", "compare", "convert.py"), reference_json, WORK])

    lines = []
    compare_engines(vr_docs, lines)
    commands(vr_docs, lines)
    batch(vr_docs, lines)
    linear(vr_docs, lines)
    caseload(vr_docs, lines)
    after = load_average()
    head = ["# vr-docs benchmark", "",
            "Written by `bench/run.sh` (release build). Machine: %d cores visible (`nproc`), %s; shared with other "
            "work: load average %s when the run began and %s when it ended (1, 5, 15 minutes). Times move with that load; "
            "instruction counts do not." % (os.cpu_count(), run(["uname", "-sm"]).stdout.strip(), " / ".join(before), " / ".join(after)), ""]
    notes = os.path.join(ROOT, "bench", "notes.md")
    tail = open(notes, encoding="utf-8").read().splitlines() if os.path.exists(notes) else []
    text = "\n".join(head + lines + tail) + "\n"
    open(os.path.join(ROOT, "bench", "results.md"), "w").write(text)
    readme_table(lines[:lines.index("## Whole-process commands")])
    print(text)


if __name__ == "__main__":
    BENCH_TOOL = sys.argv[2]
    main(sys.argv[1])
