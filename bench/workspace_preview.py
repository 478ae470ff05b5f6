#!/usr/bin/env python3
"""How long the workspace takes to preview a schedule as a case manager types:
`vr-docs serve --demo` is started, signed in to, and sent the two example case files as
text previews and as form previews in interleaved rounds. Prints the server's own time
(Server-Timing) and the round trip on loopback, median and 90th percentile, in ms.
Usage: bench/workspace_preview.py path/to/vr-docs [rounds]
"""
import html
import re
import statistics
import sys
import time
import urllib.parse

from workspace_session import signed_in, start_demo

def main():
    rounds = int(sys.argv[2]) if len(sys.argv) > 2 else 50
    server, base = start_demo(sys.argv[1])
    opener = signed_in(base)
    try:
        bodies = []
        for case in (1, 2):
            page = opener.open(f"{base}/cases/{case}").read().decode()
            csrf = re.search(r'name="csrf" value="([0-9a-f]+)"', page).group(1)
            text = re.search(r'<textarea id="case-file"[^>]*>(.*?)</textarea>', page, re.S).group(1)
            bodies.append((f"{base}/cases/{case}/preview", urllib.parse.urlencode({"csrf": csrf, "case_file": html.unescape(text)}).encode()))
            form = opener.open(f"{base}/cases/{case}/form").read().decode()
            fields = [("csrf", csrf)] + [(m.group(1), html.unescape(m.group(2))) for m in
                                         re.finditer(r'<input id="f-[^"]*" name="([^"]+)" value="([^"]*)"', form)]
            bodies.append((f"{base}/cases/{case}/form/preview", urllib.parse.urlencode(fields).encode()))
        server_ms = {url: [] for url, _ in bodies}
        wall_ms = {url: [] for url, _ in bodies}
        for _ in range(rounds):
            for url, body in bodies:
                started = time.perf_counter()
                response = opener.open(url, body)
                response.read()
                wall_ms[url].append((time.perf_counter() - started) * 1000)
                server_ms[url].append(float(response.headers["Server-Timing"].split("dur=")[1]))
        print(f"{'preview':44} {'server median':>13} {'p90':>6} {'round trip median':>18} {'p90':>6}")
        for url, _ in bodies:
            s, w = sorted(server_ms[url]), sorted(wall_ms[url])
            p90 = lambda values: values[int(len(values) * 0.9) - 1]
            print(f"{url.replace(base, ''):44} {statistics.median(s):13.1f} {p90(s):6.1f} {statistics.median(w):18.1f} {p90(w):6.1f}")
    finally:
        server.terminate()
        server.wait(timeout=10)

if __name__ == "__main__":
    main()
