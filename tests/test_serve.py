"""`protogen serve`: a real server on 127.0.0.1, a busy port, Ctrl-C, SIGTERM, SIGHUP."""

import signal
import socket

import pytest

from .conftest import HABIT
from .serving import Serve, answers, get


def serving(gallery, env, slug, tmp_path, port="0"):
    return Serve(slug, "--gallery", str(gallery), "--port", port, env=env, marker=tmp_path)


def test_serve_busy_port_and_ctrl_c(protogen, gallery, env, tmp_path):
    slug = protogen("new", HABIT, "--gallery", str(gallery), "--json").json["slug"]
    busy = socket.socket()
    busy.bind(("127.0.0.1", 0))
    busy.listen()
    taken = busy.getsockname()[1]
    try:
        with serving(gallery, env, slug, tmp_path, port=str(taken)) as served:
            url = served.url(timeout=30)
            assert not url.endswith(f":{taken}/")
            status, _, body = get(url)
            assert status == 200
            assert body == (gallery / "prototypes" / slug / "index.html").read_bytes()
            served.send(signal.SIGINT)
            assert served.wait() == 0
            assert "Stopped" in served.stdout and "Traceback" not in served.stderr
    finally:
        busy.close()


@pytest.mark.parametrize("signum", [signal.SIGTERM, signal.SIGHUP])
def test_sigterm_and_sighup_stop_it_cleanly(protogen, gallery, env, tmp_path, signum):
    slug = protogen("new", HABIT, "--gallery", str(gallery), "--json").json["slug"]
    with serving(gallery, env, slug, tmp_path) as served:
        url = served.url(timeout=30)
        assert answers(url)
        served.send(signum)
        assert served.wait() == 0
        assert "Stopped" in served.stdout and "Traceback" not in served.stderr
        assert not answers(url)
