"""The LLM prompt: kept in ``protogen/prompts/brief.md``, readable and versioned.

The file has a front-matter ``version``, a ``# system`` part and a ``# user`` part with
``<<LANG>>``, ``<<TONE>>``, ``<<IDEA>>`` and ``<<SCHEMA>>`` slots. The idea goes in as a
JSON string, so no text in it can end the slot or pose as an instruction boundary.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from functools import cache
from pathlib import Path

_PROMPT = Path(__file__).resolve().parent.parent / "prompts" / "brief.md"


@dataclass(frozen=True)
class Prompt:
    version: str
    system: str
    user: str


@cache
def load_prompt() -> Prompt:
    text = _PROMPT.read_text(encoding="utf-8")
    _, front, body = text.split("---", 2)
    version = next(
        line.split(":", 1)[1].strip() for line in front.splitlines() if line.startswith("version:")
    )
    system = body.split("# system", 1)[1].split("# user", 1)[0].strip()
    user = body.split("# user", 1)[1].strip()
    return Prompt(version=version, system=system, user=user)


#: Keywords left out of the schema sent to servers. Grammar-based servers (llama.cpp)
#: expand ``maxLength: 2000`` into thousands of nested rules and fail; OpenAI's
#: structured outputs ignore them too. The Brief model still enforces every limit, and
#: a re-ask names any that a reply breaks.
_LOOSE = ("maxLength", "minLength", "pattern")


def _loosen(node):
    if isinstance(node, dict):
        return {k: _loosen(v) for k, v in node.items() if k not in _LOOSE}
    if isinstance(node, list):
        return [_loosen(v) for v in node]
    return node


_SCHEMA_FILE = _PROMPT.with_name("brief.schema.json")


def build_schema() -> dict:
    """The loosened Brief schema, built from the pydantic model (what the file holds)."""
    from protogen.brief import Brief

    schema = _loosen(Brief.model_json_schema())
    schema["properties"].pop("tone", None)
    schema["required"] = [k for k in schema.get("required", []) if k != "tone"]
    return schema


@cache
def _schema_json() -> str:
    # Shipped pre-built so a request need not wait ~30 ms for pydantic to build the Brief
    # model; tests/test_prompt.py keeps the file equal to build_schema().
    try:
        return _SCHEMA_FILE.read_text(encoding="utf-8")
    except OSError:
        return json.dumps(build_schema())


def llm_schema() -> dict:
    """The Brief's JSON schema as the model should fill it (tone is ours to set)."""
    return json.loads(_schema_json())


def messages(idea: str, lang: str, tone: str, *, schema_in_prompt: bool) -> list[dict]:
    """The chat messages for one Brief."""
    p = load_prompt()
    schema = ""
    if schema_in_prompt:
        schema = (
            "\n\nThe JSON object must follow this JSON Schema exactly (all required "
            "fields, the given lengths and counts):\n" + json.dumps(llm_schema())
        )
    # The idea goes in last, so nothing in it can fill (or fake) another slot.
    user = (
        p.user.replace("<<SCHEMA>>", schema)
        .replace("<<LANG>>", lang)
        .replace("<<TONE>>", tone)
        .replace("<<IDEA>>", json.dumps(idea, ensure_ascii=False))
    )
    return [{"role": "system", "content": p.system}, {"role": "user", "content": user}]
