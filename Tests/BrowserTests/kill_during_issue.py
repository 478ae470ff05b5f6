#!/usr/bin/env python3
"""Nothing lost: the workspace is killed (SIGKILL) while it issues a version, again and
again, and restarted each time. Every issued version left behind must be whole (all
its documents, the audit line) and the database must pass SQLite's integrity check.
Usage: kill_during_issue.py path/to/vr-docs [attempts]
"""
import os
import random
import re
import signal
import socket
import sqlite3
import subprocess
import sys
import tempfile
import threading
import time
import urllib.error
import urllib.parse
import urllib.request
from http.cookiejar import CookieJar


def free_port():
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


class Workspace:
    def __init__(self, binary, db):
        self.binary, self.db = binary, db

    def start(self):
        self.port = free_port()
        self.base = f"http://127.0.0.1:{self.port}"
        self.process = subprocess.Popen([self.binary, "serve", "--demo", "--db", self.db, "--port", str(self.port)],
                                        cwd=os.path.dirname(self.db), stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        self.opener = urllib.request.build_opener(urllib.request.HTTPCookieProcessor(CookieJar()))
        for _ in range(300):
            try:
                page = self.opener.open(self.base + "/login", timeout=2).read().decode()
                break
            except OSError:
                time.sleep(0.1)
        token = re.search(r'name="login_token" value="([0-9a-f]+)"', page).group(1)
        page = self.opener.open(self.base + "/login", urllib.parse.urlencode(
            {"login_token": token, "username": "casemanager", "password": "demo-password-2026"}).encode()).read().decode()
        self.csrf = re.search(r'name="csrf" value="([0-9a-f]+)"', page).group(1)

    def issue(self):
        body = urllib.parse.urlencode({"csrf": self.csrf, "issued_to": "Northside Housing Association", "issue_date": "2026-03-13"}).encode()
        try:
            self.opener.open(self.base + "/cases/1/issue", body, timeout=30).read()
        except (OSError, urllib.error.URLError):
            pass

    def kill(self):
        self.process.send_signal(signal.SIGKILL)
        self.process.wait()

    def stop(self):
        self.process.terminate()
        self.process.wait(timeout=10)


def check(db):
    connection = sqlite3.connect(db)
    try:
        assert connection.execute("PRAGMA integrity_check").fetchone()[0] == "ok", "integrity check failed"
        versions = connection.execute("SELECT id, number FROM issued_version WHERE case_id = 1 ORDER BY number").fetchall()
        for version_id, number in versions:
            documents = connection.execute("SELECT COUNT(*) FROM issued_document WHERE version_id = ?", (version_id,)).fetchone()[0]
            assert documents == 4, f"version {number} has {documents} documents, not 4"
            audit = connection.execute("SELECT COUNT(*) FROM audit WHERE action = 'issue' AND detail LIKE ?", (f"version {number} %",)).fetchone()[0]
            assert audit == 1, f"version {number} has {audit} audit lines"
        assert [n for _, n in versions] == list(range(1, len(versions) + 1)), "version numbers have a gap"
        return len(versions)
    finally:
        connection.close()


def main():
    binary = os.path.abspath(sys.argv[1])
    attempts = int(sys.argv[2]) if len(sys.argv) > 2 else 8
    work = tempfile.mkdtemp(prefix="vr-docs-kill-")
    workspace = Workspace(binary, os.path.join(work, "w.sqlite"))
    random.seed(7)
    kept = 0
    for attempt in range(attempts):
        workspace.start()
        before = check(workspace.db)
        request = threading.Thread(target=workspace.issue)
        request.start()
        time.sleep(random.uniform(0.0, 0.9))
        workspace.kill()
        request.join()
        after = check(workspace.db)
        assert after in (before, before + 1), f"{before} versions became {after}"
        kept += after - before
    workspace.start()
    final = check(workspace.db)
    workspace.issue()
    assert check(workspace.db) == final + 1, "the workspace issues again after the kills"
    workspace.stop()
    print(f"killed during issuing {attempts} times: {kept} versions completed before the kill, "
          f"{attempts - kept} left nothing; every version whole, integrity ok, issuing works after restart")


if __name__ == "__main__":
    main()
