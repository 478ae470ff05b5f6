#!/usr/bin/env python3
"""The workspace under load: several case managers at once, each signed in with their
own session, opening a case, typing (previews), opening the form and the due list, for
a fixed time. Prints requests a second and latency percentiles per kind of request.
Usage: bench/workspace_load.py path/to/vr-docs [clients] [seconds]
"""
import html
import re
import statistics
import sys
import threading
import time
import urllib.parse

from workspace_session import signed_in, start_demo



def main():
    clients = int(sys.argv[2]) if len(sys.argv) > 2 else 8
    seconds = float(sys.argv[3]) if len(sys.argv) > 3 else 10
    server, base = start_demo(sys.argv[1])
    latencies = {}
    lock = threading.Lock()

    def client(number):
        opener = signed_in(base)
        case = 1 + number % 2
        page = opener.open(f"{base}/cases/{case}").read().decode()
        csrf = re.search(r'name="csrf" value="([0-9a-f]+)"', page).group(1)
        text = html.unescape(re.search(r'<textarea id="case-file"[^>]*>(.*?)</textarea>', page, re.S).group(1))
        preview = urllib.parse.urlencode({"csrf": csrf, "case_file": text}).encode()
        steps = [("case page", f"{base}/cases/{case}", None), ("text preview", f"{base}/cases/{case}/preview", preview),
                 ("form page", f"{base}/cases/{case}/form", None), ("due list", f"{base}/due", None)]
        deadline = time.time() + seconds
        while time.time() < deadline:
            for name, url, body in steps:
                started = time.perf_counter()
                opener.open(url, body).read()
                with lock:
                    latencies.setdefault(name, []).append((time.perf_counter() - started) * 1000)

    try:
        threads = [threading.Thread(target=client, args=(n,)) for n in range(clients)]
        started = time.time()
        for thread in threads:
            thread.start()
        for thread in threads:
            thread.join()
        elapsed = time.time() - started
        total = sum(len(v) for v in latencies.values())
        print(f"{clients} clients for {elapsed:.1f} s: {total} requests, {total / elapsed:.0f} a second")
        print(f"{'request':14} {'count':>6} {'median ms':>10} {'p90':>7} {'p99':>7}")
        for name, values in latencies.items():
            values.sort()
            pick = lambda q: values[min(len(values) - 1, int(len(values) * q))]
            print(f"{name:14} {len(values):6} {statistics.median(values):10.1f} {pick(0.9):7.1f} {pick(0.99):7.1f}")
    finally:
        server.terminate()
        server.wait(timeout=10)


if __name__ == "__main__":
    main()
