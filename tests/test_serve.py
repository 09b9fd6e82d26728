"""`protogen serve`: a real server on 127.0.0.1, a busy port, Ctrl-C."""

import re
import signal
import socket
import subprocess
import sys
import urllib.request

from .conftest import HABIT


def start(gallery, env, slug, port):
    proc = subprocess.Popen(
        [
            sys.executable,
            "-m",
            "protogen",
            "serve",
            slug,
            "--gallery",
            str(gallery),
            "--port",
            str(port),
        ],
        env=env,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )
    line = proc.stdout.readline()
    m = re.search(r"http://127\.0\.0\.1:(\d+)/", line)
    assert m, line + proc.stderr.read()
    return proc, int(m.group(1)), m.group(0)


def test_serve_busy_port_and_ctrl_c(protogen, gallery, env):
    slug = protogen("new", HABIT, "--gallery", str(gallery), "--json").json["slug"]
    busy = socket.socket()
    busy.bind(("127.0.0.1", 0))
    busy.listen()
    taken = busy.getsockname()[1]
    try:
        proc, port, url = start(gallery, env, slug, taken)
        assert port != taken
        body = urllib.request.urlopen(url, timeout=10).read()
        assert body == (gallery / "prototypes" / slug / "index.html").read_bytes()
        proc.send_signal(signal.SIGINT)
        out, err = proc.communicate(timeout=10)
        assert proc.returncode == 0 and "Stopped" in out and "Traceback" not in err
    finally:
        busy.close()
