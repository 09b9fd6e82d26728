"""An app under `protogen serve` never outlives it, and a kill never leaves a half
environment that a later run trusts. Real processes and real signals: SIGTERM, SIGHUP
and SIGKILL of protogen while the app runs, and while pip is still installing."""

from __future__ import annotations

import http.server
import os
import signal
import socket
import subprocess
import threading
import time
from pathlib import Path

import pytest

from .conftest import HABIT
from .serving import Serve, answers, get, leftovers, wait_gone


def new_app(protogen, gallery) -> str:
    r = protogen("new", HABIT, "--template", "app", "--gallery", str(gallery), "--json")
    assert r.code == 0, r.err
    return r.json["slug"]


def serving(gallery, env, slug, tmp_path, **extra: str) -> Serve:
    env = {**env, "PROTOTYPE_ADMIN_TOKEN": "lifetime-test-token", **extra}
    return Serve(slug, "--gallery", str(gallery), "--port", "0", env=env, marker=tmp_path)


def cmdline(pid: int) -> list[str]:
    try:
        return Path(f"/proc/{pid}/cmdline").read_bytes().decode().split("\0")[:-1]
    except OSError:
        return []


@pytest.mark.parametrize("signum", [signal.SIGTERM, signal.SIGHUP, signal.SIGKILL])
def test_the_app_stops_with_protogen(
    protogen, gallery, env, tmp_path, app_python, app_cache, signum
):
    slug = new_app(protogen, gallery)
    with serving(gallery, env, slug, tmp_path, XDG_CACHE_HOME=str(app_cache)) as served:
        url = served.url()
        assert answers(url + "healthz")
        app_pids = [p for p in leftovers(tmp_path) if p != served.proc.pid]
        assert app_pids, "the app process should be running"
        served.send(signum)
        code = served.wait()
        if signum != signal.SIGKILL:
            assert code == 0 and "Stopped" in served.stdout
            assert "Traceback" not in served.stderr
        deadline = time.monotonic() + 10
        while answers(url + "healthz") and time.monotonic() < deadline:
            time.sleep(0.1)
        assert not answers(url + "healthz")
        assert wait_gone(tmp_path, timeout=10) == []  # no process of the app is left


def test_an_app_that_dies_is_reported(protogen, gallery, env, tmp_path, app_python, app_cache):
    slug = new_app(protogen, gallery)
    with serving(gallery, env, slug, tmp_path, XDG_CACHE_HOME=str(app_cache)) as served:
        served.url()
        app_pids = [p for p in leftovers(tmp_path) if p != served.proc.pid]
        for pid in app_pids:
            os.kill(pid, signal.SIGKILL)
        assert served.wait() == 1
        assert "The app stopped by itself" in served.stderr
        assert "Traceback" not in served.stderr


def test_a_chatty_app_never_blocks_on_its_stderr(
    protogen, gallery, env, tmp_path, app_python, app_cache
):
    """uvicorn logs a line for each malformed request; 2,500 of them are ~100 KB, more
    than a pipe holds. protogen must keep reading, or the app freezes."""
    slug = new_app(protogen, gallery)
    with serving(gallery, env, slug, tmp_path, XDG_CACHE_HOME=str(app_cache)) as served:
        url = served.url()
        port = int(url.rsplit(":", 1)[1].strip("/"))
        for _ in range(2500):
            with socket.create_connection(("127.0.0.1", port), timeout=10) as s:
                s.sendall(b"garbage\r\n\r\n")
                s.recv(100)
        assert get(url + "healthz", timeout=10)[0] == 200
        assert served.stderr.count("Invalid HTTP request") > 2000


class HangingIndex:
    """A package index on 127.0.0.1 that holds every request until released, then
    answers 404: pip stays busy for as long as a test needs it to."""

    def __init__(self) -> None:
        self.seen = threading.Event()
        self.release = threading.Event()
        outer = self

        class Handler(http.server.BaseHTTPRequestHandler):
            def do_GET(self) -> None:
                outer.seen.set()
                outer.release.wait(timeout=120)
                self.send_error(404)

            def log_message(self, *args: object) -> None:
                pass

        self.server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self.server.daemon_threads = True
        self.url = f"http://127.0.0.1:{self.server.server_address[1]}/simple/"
        threading.Thread(target=self.server.serve_forever, daemon=True).start()

    def close(self) -> None:
        self.release.set()
        self.server.shutdown()
        self.server.server_close()


@pytest.fixture
def hanging_index():
    index = HangingIndex()
    try:
        yield index
    finally:
        index.close()


def pip_env(env: dict[str, str], cache: Path, index: HangingIndex) -> dict[str, str]:
    clean = {k: v for k, v in env.items() if not k.startswith("PIP_")}
    return {
        **clean,
        "XDG_CACHE_HOME": str(cache),
        "PIP_CONFIG_FILE": os.devnull,  # only our index: no find-links, no extra index
        "PIP_INDEX_URL": index.url,
        "PIP_RETRIES": "0",
        "PIP_TIMEOUT": "120",
    }


def pip_pids(cache: Path) -> list[int]:
    return [p for p in leftovers(cache) if "pip" in cmdline(p)]


def test_sigterm_while_pip_installs_stops_pip_and_publishes_nothing(
    protogen, gallery, env, tmp_path, hanging_index
):
    slug = new_app(protogen, gallery)
    cache = tmp_path / "fresh-cache"
    with Serve(
        slug,
        "--gallery",
        str(gallery),
        "--port",
        "0",
        env=pip_env(env, cache, hanging_index),
        marker=tmp_path,
    ) as served:
        assert hanging_index.seen.wait(120), served.stdout + served.stderr
        assert pip_pids(cache), "pip should be running"
        served.send(signal.SIGTERM)
        assert served.wait() == 130 and "Traceback" not in served.stderr
        assert wait_gone(cache, timeout=10) == []  # pip is gone too
        venvs = cache / "protogen" / "venvs"
        assert not [p for p in venvs.iterdir() if p.suffix != ".lock"]  # nothing half-made


def test_sigkill_while_pip_installs_leaves_nothing_a_later_run_trusts(
    protogen, gallery, env, tmp_path, hanging_index, app_python, app_cache
):
    slug = new_app(protogen, gallery)
    cache = tmp_path / "fresh-cache"
    venvs = cache / "protogen" / "venvs"
    with Serve(
        slug,
        "--gallery",
        str(gallery),
        "--port",
        "0",
        env=pip_env(env, cache, hanging_index),
        marker=tmp_path,
    ) as first:
        assert hanging_index.seen.wait(120), first.stdout + first.stderr
        orphans = pip_pids(cache)
        assert orphans
        orphan_python = Path(cmdline(orphans[0])[0])
        first.send(signal.SIGKILL)
        first.wait()
        assert pip_pids(cache) == orphans  # pip lives on, orphaned, still mid-install
        assert not [p for p in venvs.iterdir() if p.is_symlink()]  # nothing published

        # The next run, with the usual index, while the orphan is still running.
        # (pip's own download cache is shared with the session's app environment.)
        again = {**env, "XDG_CACHE_HOME": str(cache), "PIP_CACHE_DIR": str(app_cache / "pip")}
        with serving(gallery, again, slug, tmp_path) as second:
            hanging_index.release.set()  # the orphan now fails and ends on its own
            url = second.url(timeout=600)
            assert answers(url + "healthz")
            app = [p for p in leftovers(tmp_path) if p != second.proc.pid and p not in orphans]
            assert len(app) == 1
            in_use = Path(cmdline(app[0])[0]).parent.parent.resolve()  # the app's venv
            # the orphan never writes into the environment the app runs in
            assert not orphan_python.parent.resolve().is_relative_to(in_use)
            published = [p for p in venvs.iterdir() if p.is_symlink()]
            assert len(published) == 1
            target = published[0].resolve()
            assert target == in_use and (target / ".protogen-ready").is_file()
            deadline = time.monotonic() + 60
            while any(p in leftovers(cache) for p in orphans) and time.monotonic() < deadline:
                time.sleep(0.2)
            ok = subprocess.run(
                [str(target / "bin" / "python"), "-c", "import fastapi, uvicorn, multipart"],
                capture_output=True,
                timeout=60,
            )
            assert ok.returncode == 0, ok.stderr
            key = published[0].name
            names = sorted(p.name for p in venvs.iterdir())
            assert names == sorted([key, f"{key}.lock", target.name])  # leftovers removed


LEGACY_MAIN = """
from fastapi import FastAPI


def create_app():
    app = FastAPI()

    @app.get("/healthz")
    def healthz():
        return {"status": "ok"}

    return app
"""


def test_an_app_made_before_the_admin_sign_in_still_runs(
    protogen, gallery, env, tmp_path, app_python, app_cache
):
    """Apps already in galleries have the old runner and a ?token= admin view."""
    slug = new_app(protogen, gallery)
    project = gallery / "prototypes" / slug
    (project / "app" / "security.py").unlink()
    (project / "app" / "main.py").write_text(LEGACY_MAIN)
    with serving(gallery, env, slug, tmp_path, XDG_CACHE_HOME=str(app_cache)) as served:
        url = served.url()
        line = served.wait_for(r"Admin: .*", timeout=10).group(0)
        assert f"{url}admin?token=lifetime-test-token" in line and "re-create" in line
        served.send(signal.SIGKILL)
        served.wait()
        assert wait_gone(tmp_path, timeout=10) == []  # the lifeline works for it too


def test_a_second_first_run_waits_for_the_install_and_takes_over_if_it_is_killed(
    protogen, gallery, env, tmp_path, hanging_index
):
    slug = new_app(protogen, gallery)
    cache = tmp_path / "fresh-cache"
    args = (slug, "--gallery", str(gallery), "--port", "0")
    env = pip_env(env, cache, hanging_index)
    with Serve(*args, env=env, marker=tmp_path) as first:
        assert hanging_index.seen.wait(120), first.stdout + first.stderr
        first_pip = pip_pids(cache)
        first_python = Path(cmdline(first_pip[0])[0])
        with Serve(*args, env=env, marker=tmp_path) as second:
            second.wait_for("Another protogen is installing", timeout=30)
            assert pip_pids(cache) == first_pip  # one install at a time
            first.send(signal.SIGKILL)
            first.wait()
            second.wait_for("Installing the app's dependencies into", timeout=30)
            deadline = time.monotonic() + 30
            while not (mine := set(pip_pids(cache)) - set(first_pip)):
                assert time.monotonic() < deadline, second.stdout + second.stderr
                time.sleep(0.1)
            # the second run installs now, into a folder of its own
            assert first_python.parent not in {Path(cmdline(p)[0]).parent for p in mine}
            hanging_index.release.set()  # let the orphaned pip fail and end
