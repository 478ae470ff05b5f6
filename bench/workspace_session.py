"""What the workspace benchmarks share: a `vr-docs serve --demo` on a free port with a
database of its own, and a signed-in session (cookies kept) for the demo case manager."""
import os
import re
import socket
import subprocess
import tempfile
import time
import urllib.parse
import urllib.request
from http.cookiejar import CookieJar


def start_demo(binary):
    """Starts the workspace; returns (process, base URL). Stop it with process.terminate()."""
    work = tempfile.mkdtemp(prefix="vr-docs-bench-")
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]
    process = subprocess.Popen([os.path.abspath(binary), "serve", "--demo", "--db", os.path.join(work, "w.sqlite"),
                                "--port", str(port)], cwd=work, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    base = f"http://127.0.0.1:{port}"
    for _ in range(300):
        try:
            urllib.request.urlopen(base + "/login", timeout=2).read()
            return process, base
        except OSError:
            time.sleep(0.1)
    process.terminate()
    raise SystemExit(f"the workspace did not start at {base}")


def signed_in(base):
    """An opener with the demo case manager's session."""
    opener = urllib.request.build_opener(urllib.request.HTTPCookieProcessor(CookieJar()))
    page = opener.open(base + "/login").read().decode()
    token = re.search(r'name="login_token" value="([0-9a-f]+)"', page).group(1)
    opener.open(base + "/login", urllib.parse.urlencode({"login_token": token, "username": "casemanager",
                                                         "password": "demo-password-2026"}).encode()).read()
    return opener
