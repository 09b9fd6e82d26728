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
_SLOT = re.compile(r"\{(\w+)\}")
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


def md_escape(text: str, *, mid_line: bool = False) -> str:
    """Escape ``text`` for inline Markdown (one paragraph; newlines become spaces).
    ``mid_line`` text never starts a line, so what only starts a block there ("1.",
    "- ") stays as it is.

    Only ASCII whitespace is collapsed: a no-break space is content (French puts a narrow
    one before ":" and "?"), not layout."""
    text = str(text)
    if _PLAIN.match(text):
        return text
    text = re.sub(r"[ \t\n\r\f\v]+", " ", text).strip(" ")
    return _escape_inline(text) if mid_line else _escape_line(text)


def _escape_inline(text: str) -> str:
    text = _ENTITY.sub("&amp;", text).replace("<", "&lt;").replace(">", "&gt;")
    return _ALWAYS.sub(lambda m: "\\" + m.group(0), text)


def md_words(frame: str, values: dict[str, str]) -> str:
    """A sentence of our own (``frame``, with ``{name}`` slots) escaped like any text,
    with ``values`` set in as they are: Markdown we generated (code spans, escaped
    text). One line, like :func:`md_escape`."""
    parts = _SLOT.split(re.sub(r"[ \t\n\r\f\v]+", " ", frame).strip(" "))
    out = []
    for i, part in enumerate(parts):
        if i % 2:
            out.append(values.get(part, ""))
        elif i == 0:
            out.append(_escape_line(part))
        else:  # mid-line: only what could start Markdown inside a line
            out.append(_escape_inline(part))
    return "".join(out)


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
