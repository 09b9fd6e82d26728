#!/usr/bin/env python3
"""Read the offline writer's copy as an editor would, and measure how templated it is.

For each idea of the corpus (``tests/corpus.py``) it prints the hero (name, eyebrow,
headline, subhead, call to action), the problem and the feature titles. At the end it
prints the *template share*: for each page, the share of its 5-word sequences that also
stand on at least half of the other pages of its language; the mean over pages, overall
and per language. A page that says the same thing for every idea scores near 1; a page
written for its idea scores near 0. The target is <= 0.35.

"Page" means every copy field of the Brief except the fixed labels (skip link, form
messages), which are the same on every page by design. Latin-script copy is cut into
words; Japanese and Chinese copy, which has no spaces, into characters, with 8-character
sequences standing in for 5 words.

    python bench/copy_report.py [--tone friendly] [--lang en] [--quiet] [--json]
"""

from __future__ import annotations

import argparse
import json
import re
import sys
from collections import defaultdict
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "src"))

from protogen.idea import normalise_idea  # noqa: E402
from protogen.writers.offline import OfflineWriter  # noqa: E402
from tests.corpus import CORPUS  # noqa: E402

_WORD = re.compile(r"[^\W_]+(?:['’-][^\W_]+)*")
_CJK = re.compile(r"[\u3040-\u30ff\u3400-\u9fff\uff66-\uff9f]")


def copy_texts(brief: dict) -> list[str]:
    """Every string of copy in ``brief`` (labels, lang and tone left out)."""
    out: list[str] = []

    def walk(node) -> None:
        if isinstance(node, str):
            out.append(node)
        elif isinstance(node, list):
            for v in node:
                walk(v)
        elif isinstance(node, dict):
            for v in node.values():
                walk(v)

    walk({k: v for k, v in brief.items() if k not in ("labels", "lang", "tone")})
    return out


def shingles(brief: dict) -> set[tuple[str, ...]]:
    """The page's 5-word sequences (8-character ones for Japanese and Chinese)."""
    cjk = brief["lang"] in ("ja", "zh")
    n = 8 if cjk else 5
    grams: set[tuple[str, ...]] = set()
    for text in copy_texts(brief):
        if cjk:
            tokens = [ch for ch in text.lower() if ch.isalnum()]
        else:
            tokens = [w.lower() for w in _WORD.findall(text)]
        grams.update(tuple(tokens[i : i + n]) for i in range(len(tokens) - n + 1))
    return grams


def template_share(briefs: list[dict]) -> dict[str, float]:
    """Mean share of each page's sequences found on >= half of the other pages of its
    language: per language, and overall (the mean over all pages)."""
    by_lang: dict[str, list[set]] = defaultdict(list)
    for b in briefs:
        by_lang[b["lang"]].append(shingles(b))
    result: dict[str, float] = {}
    all_shares: list[float] = []
    for lang, pages in sorted(by_lang.items()):
        counts: dict[tuple, int] = defaultdict(int)
        for page in pages:
            for g in page:
                counts[g] += 1
        others = len(pages) - 1
        shares = []
        for page in pages:
            if not page or others < 1:
                continue
            common = sum(1 for g in page if counts[g] - 1 >= others / 2)
            shares.append(common / len(page))
        if shares:
            result[lang] = round(sum(shares) / len(shares), 3)
            all_shares += shares
    result["all"] = round(sum(all_shares) / max(len(all_shares), 1), 3)
    return result


def write_corpus(tone: str, lang: str | None = None) -> list[tuple[str, dict]]:
    writer = OfflineWriter()
    out = []
    for case in CORPUS:
        if lang and case.lang != lang:
            continue
        out.append((case.text, writer.write(normalise_idea(case.text), tone=tone).brief))
    return out


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--tone", default="friendly")
    parser.add_argument("--lang", help="only the ideas of this language")
    parser.add_argument("--quiet", action="store_true", help="only the figures")
    parser.add_argument("--json", action="store_true", help="end with one JSON line")
    args = parser.parse_args()
    pages = write_corpus(args.tone, args.lang)
    if not args.quiet:
        for idea, b in pages:
            print("=" * 100)
            print(f"IDEA [{b['lang']}] {idea}")
            print(f"  name      {b['name']}")
            print(f"  eyebrow   {b['audience']}")
            print(f"  headline  {b['tagline']}")
            print(f"  subhead   {b['subhead']}")
            print(f"  cta       {b['cta']}  |  signup: {b['signup_title']}")
            print(f"  problem   {b['problem']}")
            for f in b["features"]:
                print(f"  feature   {f['title']}  —  {f['text']}")
            print("  steps     " + " | ".join(s["title"] for s in b["steps"]))
    share = template_share([b for _, b in pages])
    print("=" * 100)
    print(f"template share (tone {args.tone}; target <= 0.35):")
    for lang, value in share.items():
        print(f"  {lang:>4}  {value:.3f}")
    if args.json:
        print(json.dumps({"tone": args.tone, "template_share": share}))


if __name__ == "__main__":
    main()
