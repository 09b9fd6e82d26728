"""Escape user and LLM text for Markdown, so it shows literally on GitHub and elsewhere.

Markdown renderers pass raw HTML through and turn ``[x](javascript:...)`` into links, so
text from an idea must not be pasted in verbatim. Every Markdown punctuation character is
backslash-escaped and ``< > &`` become entities: no tag, link, image, emphasis or heading
can form from the text, and it still reads normally.
"""

from __future__ import annotations

import re

_MD_PUNCT = re.compile(r"([\\`*_{}\[\]()#+\-.!|~:\"'=$^])")


def md_escape(text: str) -> str:
    """Escape ``text`` for inline Markdown (one paragraph; newlines become spaces)."""
    text = " ".join(str(text).split())
    text = text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
    return _MD_PUNCT.sub(r"\\\1", text)


def md_quote(text: str) -> str:
    """A Markdown blockquote of ``text``, keeping its paragraphs, every line escaped."""
    lines = []
    for para in str(text).split("\n"):
        lines.append("> " + md_escape(para) if para.strip() else ">")
    return "\n".join(lines)


def md_cell(text: str) -> str:
    """Escape ``text`` for a Markdown table cell."""
    return md_escape(text)


def md_code(text: str) -> str:
    """Inline code for a path or command we generated (slug-safe, but fenced robustly)."""
    fence = "``" if "`" in text else "`"
    return f"{fence}{text}{fence}"
