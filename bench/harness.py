"""Measuring tools for bench/measure.py: wall time with peak memory, interleaved rounds,
and instruction counts from callgrind.

Times on a shared machine move with load; instruction counts do not, so every engine's
row carries both. Rounds are interleaved (each round runs every engine once, in a
rotated order) so that a burst of load lands on all engines alike rather than on
whichever happened to run then; the report gives the median over rounds and the spread
(lowest and highest round)."""
import os
import re
import statistics
import subprocess
import sys
import tempfile
import time


def run(args, **kw):
    return subprocess.run(args, check=True, capture_output=True, text=True, **kw)


def with_env(overrides):
    """The environment with `overrides` (None: unchanged)."""
    return None if not overrides else dict(os.environ, **overrides)


def timed(args, ok=(0,), env=None):
    """Wall seconds of one run of a command and its peak resident memory (MB), from
    /usr/bin/time -v; the finished process is returned for its output. `env`: variables
    set for this run only."""
    start = time.perf_counter()
    done = subprocess.run(["/usr/bin/time", "-v"] + args, capture_output=True, text=True, env=with_env(env))
    seconds = time.perf_counter() - start
    if done.returncode not in ok:
        sys.exit("failed (%d): %s\n%s" % (done.returncode, " ".join(args), done.stderr[-3000:]))
    found = re.search(r"Maximum resident set size \(kbytes\): (\d+)", done.stderr)
    return seconds, (int(found.group(1)) / 1024 if found else None), done


def instructions(args, ok=(0,), env=None):
    """Instructions executed by a whole process (all its threads), from callgrind."""
    with tempfile.TemporaryDirectory() as folder:
        out = os.path.join(folder, "callgrind.out")
        done = subprocess.run(["valgrind", "--tool=callgrind", "--dump-instr=no", "--callgrind-out-file=" + out] + args,
                              capture_output=True, text=True, env=with_env(env))
        if done.returncode not in ok:
            sys.exit("callgrind failed (%d): %s\n%s" % (done.returncode, " ".join(args), done.stderr[-3000:]))
        total = 0
        for name in os.listdir(folder):
            text = open(os.path.join(folder, name)).read()
            found = re.search(r"^(?:summary|totals): (\d+)", text, re.M)
            total += int(found.group(1)) if found else 0
        return total


def cpu_seconds(done):
    """User plus system CPU seconds of a process run through `timed`."""
    user = re.search(r"User time \(seconds\): ([\d.]+)", done.stderr)
    system = re.search(r"System time \(seconds\): ([\d.]+)", done.stderr)
    return float(user.group(1)) + float(system.group(1))


def system_seconds(done):
    """System (kernel) CPU seconds of a process run through `timed`."""
    return float(re.search(r"System time \(seconds\): ([\d.]+)", done.stderr).group(1))


def page_faults(done):
    """Minor page faults (pages the kernel had to map) of a process run through `timed`."""
    return int(re.search(r"Minor \(reclaiming a frame\) page faults: (\d+)", done.stderr).group(1))


class Rounds:
    """Collects one number per round for each named measure and summarises them."""

    def __init__(self):
        self.values = {}

    def add(self, name, value):
        self.values.setdefault(name, []).append(value)

    def median(self, name):
        return statistics.median(self.values[name])

    def spread(self, name):
        values = self.values[name]
        return min(values), max(values)

    def text(self, name, unit="ms", digits=1):
        low, high = self.spread(name)
        form = "%%.%df" % digits
        return (form + " %s (" + form + "–" + form + ")") % (self.median(name), unit, low, high)


def interleave(rounds, tasks):
    """Runs every task once per round, starting each round one task later, so that no
    task always runs first (cold caches) or last."""
    for round_number in range(rounds):
        shift = round_number % len(tasks)
        for task in tasks[shift:] + tasks[:shift]:
            task()


def load_average():
    return open("/proc/loadavg").read().split()[:3]


def pdf_facts(path):
    """Pages, bytes and whether the PDF is tagged (structure tree for screen readers)."""
    info = run(["pdfinfo", path]).stdout
    pages = int(re.search(r"Pages:\s+(\d+)", info).group(1))
    tagged = re.search(r"Tagged:\s+(\w+)", info)
    return pages, os.path.getsize(path), tagged.group(1) if tagged else "?"
