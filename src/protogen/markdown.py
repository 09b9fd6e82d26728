"""Escape user and LLM text for Markdown: it shows literally and stays readable.

Markdown renderers pass raw HTML through and turn ``[x](javascript:...)`` into links, so
text from an idea must not be pasted in verbatim. But a README where every ``.``, ``:``
and ``-`` carries a backslash is hard to read as plain text. So each character is
escaped only where it could start Markdown: ``< >`` and entity-like ``&`` always; the
characters of links, images, code and emphasis (``\\ ` * [ ] _ ~ | $``) always, except an
``_`` inside a word; and at the start of a line, what would start a heading, a list, a
quote or a setext underline (``# - + = >`` and ``1.``). No tag, link, image, emphasis or
heading can form from the text (the suite checks it with a CommonMark renderer).
"""

from __future__ import annotations

import re

_ALWAYS = re.compile(r"([\\`*\[\]~|$])|(?<![^\W_])_|_(?![^\W_])")
_ENTITY = re.compile(r"&(?=#?[0-9A-Za-z]+;)")
_LINE_START = re.compile(r"^(\s*)([#+=>-]|\d+(?=[.)]))")
#: Text with none of these needs no escaping at all (most names and taglines): the fast
#: path that keeps a README table of a thousand rows quick to write.
_PLAIN = re.compile(
    r"[^\\`*\[\]~|$_&<>\s#+=\d-][^\\`*\[\]~|$_&<>\s]*(?:[ ][^\\`*\[\]~|$_&<>\s]+)*\Z"
)


def _escape_line(text: str) -> str:
    text = _ENTITY.sub("&amp;", text)
    text = text.replace("<", "&lt;").replace(">", "&gt;")
    text = _ALWAYS.sub(lambda m: "\\" + m.group(0), text)
    m = _LINE_START.match(text)
    if m:
        lead, mark = m.group(1), m.group(2)
        rest = text[m.end() :]
        if mark[0].isdigit():
            return f"{lead}{mark}\\{rest}"
        return f"{lead}\\{mark}{rest}"
    return text


def md_escape(text: str) -> str:
    """Escape ``text`` for inline Markdown (one paragraph; newlines become spaces).

    Only ASCII whitespace is collapsed: a no-break space is content (French puts a narrow
    one before ":" and "?"), not layout."""
    text = str(text)
    if _PLAIN.match(text):
        return text
    return _escape_line(re.sub(r"[ \t\n\r\f\v]+", " ", text).strip(" "))


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
