#!/usr/bin/env python3
"""protogen's own overhead around an LLM: `protogen new --writer openai` against a local
OpenAI-compatible server that answers after a fixed delay.

overhead = wall time of the whole process - the server's delay. Target <= 0.5 s, with
one request per prototype on the happy path (the script checks the count). The server
is the test suite's fake (tests/fake_openai.py): real HTTP and SSE on 127.0.0.1.

    python bench/bench_openai.py [--rounds 11] [--delay 1.0] [--existing 20]
"""

from __future__ import annotations

import argparse
import json
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
from tests.fake_openai import FakeOpenAI

IDEA = (
    "A habit tracker for remote teams that nudges people in Slack when they skip their "
    "standup notes, and shows managers a weekly streak dashboard."
)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rounds", type=int, default=11)
    parser.add_argument("--delay", type=float, default=1.0, help="server delay, seconds")
    parser.add_argument("--existing", type=int, default=20)
    args = parser.parse_args()

    from protogen.idea import normalise_idea
    from protogen.writers.offline import OfflineWriter

    brief = OfflineWriter().write(normalise_idea(IDEA), tone="friendly").brief
    brief.pop("tone")
    brief["name"] = "Streakly"
    reply = json.dumps(brief)

    work = Path(tempfile.mkdtemp(prefix="protogen-bench-llm-"))
    server = FakeOpenAI()
    script = Path(sys.executable).parent / "protogen"
    cmd = [str(script)] if script.exists() else [sys.executable, "-m", "protogen"]
    env = {
        **os.environ,
        "HOME": str(work),
        "XDG_CACHE_HOME": str(work / "cache"),
        "GIT_AUTHOR_NAME": "Bench",
        "GIT_AUTHOR_EMAIL": "bench@example.com",
        "GIT_COMMITTER_NAME": "Bench",
        "GIT_COMMITTER_EMAIL": "bench@example.com",
        "OPENAI_BASE_URL": server.url,
        "OPENAI_API_KEY": "sk-bench",
        "PROTOGEN_MODEL": "fake-model",
    }
    gallery = work / "gallery"
    try:
        offline = {**env, "PROTOGEN_WRITER": "offline"}
        for i in range(args.existing):
            subprocess.run(
                [*cmd, "new", f"{IDEA} ({i})", "--gallery", str(gallery)],
                env=offline,
                check=True,
                stdout=subprocess.DEVNULL,
            )
        overheads, requests = [], []
        for i in range(args.rounds + 1):  # round 0 warms caches and is not counted
            server.enqueue({"content": reply, "delay": args.delay})
            before = len(server.requests)
            start = time.perf_counter()
            subprocess.run(
                [*cmd, "new", IDEA, "--gallery", str(gallery), "--writer", "openai"],
                env=env,
                check=True,
                stdout=subprocess.DEVNULL,
                stderr=subprocess.DEVNULL,
            )
            wall = time.perf_counter() - start
            if i:
                overheads.append(wall - args.delay)
                requests.append(len(server.requests) - before)
    finally:
        server.close()
        shutil.rmtree(work, ignore_errors=True)

    med = statistics.median(overheads)
    print(
        f"protogen new --writer openai, server delay {args.delay:.2f} s, "
        f"{args.rounds} rounds, gallery of {args.existing}+"
    )
    print(
        f"overhead (wall - delay): median {med * 1000:.0f} ms (min {min(overheads) * 1000:.0f}"
        f", max {max(overheads) * 1000:.0f}); target <= 500 ms"
    )
    print(f"requests per prototype: {sorted(set(requests))}")
    print(
        json.dumps(
            {
                "overhead_median_s": round(med, 4),
                "delay_s": args.delay,
                "requests_per_prototype": max(requests),
                "rounds": args.rounds,
            }
        )
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
