#!/usr/bin/env python3
"""Time `protogen new` as a whole process against `cookiecutter --no-input` of one file.

protogen's whole job (offline writer, landing template, storyboard, git commit and site
rebuild, into a gallery that already has prototypes) should take no longer than
cookiecutter alone takes to render a one-file template: ratio <= 1.0.

The two commands run alternately, so drift on the machine hits both alike. Each run is
a fresh process, as a user would start it. Prints both medians, the ratio, and one JSON
line at the end.

    python bench/bench_new.py [--rounds 21] [--existing 20]
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


def tool(name: str) -> list[str]:
    """The console script next to this Python, else ``python -m name``."""
    script = Path(sys.executable).parent / name
    return [str(script)] if script.exists() else [sys.executable, "-m", name]


def timed(cmd: list[str], env: dict[str, str]) -> float:
    start = time.perf_counter()
    subprocess.run(cmd, env=env, check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    return time.perf_counter() - start


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rounds", type=int, default=21)
    parser.add_argument(
        "--existing", type=int, default=20, help="prototypes already in the gallery before timing"
    )
    args = parser.parse_args()

    work = Path(tempfile.mkdtemp(prefix="protogen-bench-"))
    # As a user runs it: with byte-code (pip compiles it at install; an editable checkout
    # writes it on first use). PYTHONDONTWRITEBYTECODE would make every run compile every
    # module from source and time the compiler, not protogen.
    env = {
        **{k: v for k, v in os.environ.items() if k != "PYTHONDONTWRITEBYTECODE"},
        "HOME": str(work / "home"),
        "XDG_CACHE_HOME": str(work / "cache"),
        "GIT_AUTHOR_NAME": "Bench",
        "GIT_AUTHOR_EMAIL": "bench@example.com",
        "GIT_COMMITTER_NAME": "Bench",
        "GIT_COMMITTER_EMAIL": "bench@example.com",
    }
    # An installed protogen runs from its bytecode; a shell that sets this (as some CI
    # and sandbox images do) would make every run compile from source any module whose
    # cached bytecode is out of date, which no user's installed copy does.
    env.pop("PYTHONDONTWRITEBYTECODE", None)
    (work / "home").mkdir()
    gallery = work / "gallery"
    protogen = tool("protogen")
    cookiecutter = tool("cookiecutter")

    # A one-file cookiecutter template: the baseline.
    tpl = work / "one-file"
    (tpl / "{{cookiecutter.slug}}").mkdir(parents=True)
    (tpl / "cookiecutter.json").write_text('{"slug": "demo", "name": "Demo"}')
    (tpl / "{{cookiecutter.slug}}" / "index.html").write_text(
        "<!DOCTYPE html><title>{{ cookiecutter.name }}</title><h1>{{ cookiecutter.name }}</h1>\n"
    )

    ideas = [
        "A habit tracker for remote teams that nudges people in Slack when they skip "
        "their standup notes, and shows managers a weekly streak dashboard.",
        "A marketplace for dog walkers that books a trusted walker in one tap.",
        "Una aplicación para dueños de perros que encuentra paseadores de confianza.",
        "Eine App für Hundebesitzer, die zuverlässige Gassigeher in der Nähe findet und "
        "Fotos vom Spaziergang schickt.",
        "A recipe planner for busy parents that builds a weekly shopping list.",
        "Une appli pour les boulangeries qui prévoit la demande du lendemain.",
        "小さなパン屋向けに、天気と売上から翌日の需要を予測するアプリ。",
        "Um aplicativo para pequenos restaurantes que controla o estoque.",
        "一个帮助小餐馆根据天气预测每天需要准备多少食材的应用。",
    ]
    try:
        for i in range(args.existing):
            subprocess.run(
                [*protogen, "new", f"{ideas[i % len(ideas)]} ({i})", "--gallery", str(gallery)],
                env=env,
                check=True,
                stdout=subprocess.DEVNULL,
            )
        ours, theirs = [], []
        for i in range(args.rounds + 1):  # round 0 warms caches and is not counted
            out = work / f"cc-{i}"
            t_ours = timed(
                [*protogen, "new", ideas[i % len(ideas)], "--gallery", str(gallery)], env
            )
            t_theirs = timed([*cookiecutter, "--no-input", "-o", str(out), str(tpl)], env)
            if i:
                ours.append(t_ours)
                theirs.append(t_theirs)
        commits = subprocess.run(
            ["git", "-C", str(gallery), "rev-list", "--count", "HEAD"],
            env=env,
            capture_output=True,
            text=True,
        ).stdout.strip()
    finally:
        shutil.rmtree(work, ignore_errors=True)

    m_ours, m_theirs = statistics.median(ours), statistics.median(theirs)
    ratio = m_ours / m_theirs
    print(
        f"protogen new (offline, landing, commit, site; gallery of {args.existing}+): "
        f"median {m_ours * 1000:.0f} ms  (min {min(ours) * 1000:.0f}, "
        f"max {max(ours) * 1000:.0f})"
    )
    print(
        f"cookiecutter --no-input, one file:                               "
        f"median {m_theirs * 1000:.0f} ms  (min {min(theirs) * 1000:.0f}, "
        f"max {max(theirs) * 1000:.0f})"
    )
    print(
        f"ratio protogen / cookiecutter: {ratio:.2f}  (target <= 1.00; {args.rounds} rounds, "
        f"{commits} commits in the gallery)"
    )
    print(
        json.dumps(
            {
                "protogen_median_s": round(m_ours, 4),
                "cookiecutter_median_s": round(m_theirs, 4),
                "ratio": round(ratio, 3),
                "rounds": args.rounds,
                "existing": args.existing,
            }
        )
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
