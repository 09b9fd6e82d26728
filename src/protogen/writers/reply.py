"""Turn what an LLM sent back into a valid Brief, whatever shape it came in.

Real servers differ: some honour ``response_format``, some ignore it and wrap the JSON in
prose or code fences, small models drop fields or overrun limits. This module finds the
JSON object in the text, validates it against the Brief model, describes what is wrong
in a form a model can act on, and, as a last resort, fills the missing or invalid parts
from the offline writer's Brief, field by field, saying which.
"""

from __future__ import annotations

import json
import re
from typing import Any

_FENCE = re.compile(r"```(?:json|JSON)?\s*\n?(.*?)```", re.S)


def extract_json(text: str) -> dict[str, Any] | None:
    """The first JSON object in ``text``: bare, inside code fences, or inside prose."""
    text = text.strip().lstrip("\ufeff")
    candidates = [m.group(1).strip() for m in _FENCE.finditer(text)] + [text]
    decoder = json.JSONDecoder()
    for candidate in candidates:
        start = candidate.find("{")
        while start != -1:
            try:
                value, _ = decoder.raw_decode(candidate, start)
            except json.JSONDecodeError:
                start = candidate.find("{", start + 1)
                continue
            if isinstance(value, dict):
                return value
            start = candidate.find("{", start + 1)
    return None


def validation_problems(data: dict[str, Any]) -> list[str]:
    """Human- and model-readable problems with ``data`` as a Brief ([] when valid)."""
    from pydantic import ValidationError

    from protogen.brief import Brief

    try:
        Brief.model_validate(data)
    except ValidationError as exc:
        out = []
        for err in exc.errors()[:30]:
            where = ".".join(str(p) for p in err["loc"]) or "(root)"
            out.append(f"{where}: {err['msg']}")
        return out
    return []


def validated(data: dict[str, Any]) -> dict[str, Any]:
    from protogen.brief import validate_brief

    return validate_brief(data)


def merge_with_fallback(
    data: dict[str, Any] | None, fallback: dict[str, Any]
) -> tuple[dict[str, Any], list[str]]:
    """Keep every top-level field of ``data`` that is valid; take the rest from
    ``fallback``. Returns the merged Brief and the names of the fields that fell back."""
    from protogen.brief import Brief

    data = data if isinstance(data, dict) else {}
    merged = dict(fallback)
    fell_back: list[str] = []
    for key in Brief.model_fields:
        if key == "tone" or key not in fallback:
            continue
        if key not in data:
            fell_back.append(key)
            continue
        trial = {**merged, key: data[key]}
        if validation_problems(trial):
            fell_back.append(key)
        else:
            merged = trial
    # Fallback parts were written around the offline writer's product name: make them
    # speak of the name the model chose, so the page names one product.
    old_name, new_name = fallback.get("name"), merged.get("name")
    if old_name and new_name and old_name != new_name:
        for key in fell_back:
            merged[key] = _rename(merged[key], old_name, new_name)
    return validated(merged), fell_back


def _rename(value: Any, old: str, new: str) -> Any:
    if isinstance(value, str):
        return value.replace(old, new)
    if isinstance(value, list):
        return [_rename(v, old, new) for v in value]
    if isinstance(value, dict):
        return {k: _rename(v, old, new) for k, v in value.items()}
    return value
