"""Turn what an LLM sent back into a valid Brief, whatever shape it came in, or say
plainly that it is not one.

Real servers differ: some honour ``response_format``, some ignore it and wrap the JSON in
prose or code fences (or in an outer object, or an array), small models drop fields or
overrun limits. This module finds the JSON object in the text that is most like a Brief,
validates it against the Brief model, describes what is wrong in a form a model can act
on, and, as a last resort, fills the missing or invalid parts from the offline writer's
Brief, field by field, saying which. :func:`fallback_verdict` decides when so much came
from the offline writer that the result is no longer the model's prototype.
"""

from __future__ import annotations

import json
import re
from typing import Any

_FENCE = re.compile(r"```(?:json|JSON)?\s*\n?(.*?)```", re.S)

#: The copy a reader sees first: if most of it is the offline writer's, the prototype
#: is not the model's, whatever the rest says.
CORE_FIELDS = ("name", "tagline", "subhead", "problem", "features")
#: More core fields than this from the offline writer, and the reply is not usable.
MAX_CORE_FALLBACK = 2


def _brief_fields() -> tuple[str, ...]:
    from protogen.brief import Brief

    return tuple(k for k in Brief.model_fields if k != "tone")


def brief_key_count(value: Any) -> int:
    """How many of the Brief's fields ``value`` has (0 for anything but an object)."""
    if not isinstance(value, dict):
        return 0
    return len(set(value) & set(_brief_fields()))


def _candidates(value: Any) -> list[dict[str, Any]]:
    """``value`` and the objects one level inside it: ``{"brief": {...}}``, ``[{...}]``."""
    inner = value.values() if isinstance(value, dict) else value if isinstance(value, list) else ()
    found = [value] if isinstance(value, dict) else []
    return found + [v for v in inner if isinstance(v, dict)]


def extract_json(text: str) -> dict[str, Any] | None:
    """The JSON object in ``text`` that is most like a Brief: bare, inside code fences,
    inside prose, or wrapped in an outer object or an array. None when there is no JSON
    object at all; an object with none of the Brief's fields is returned as it is (the
    caller reports it as such)."""
    text = text.strip().lstrip("\ufeff")
    blocks = [m.group(1).strip() for m in _FENCE.finditer(text)] + [text]
    decoder = json.JSONDecoder()
    best: dict[str, Any] | None = None
    best_score = -1
    for block in blocks:
        start = _next_open(block, 0)
        while start != -1:
            try:
                value, end = decoder.raw_decode(block, start)
            except json.JSONDecodeError:
                start = _next_open(block, start + 1)
                continue
            for candidate in _candidates(value):
                score = brief_key_count(candidate)
                if score > best_score:
                    best, best_score = candidate, score
            start = _next_open(block, end)
        if best_score > 0:
            break
    return best


def _next_open(text: str, start: int) -> int:
    found = [i for i in (text.find("{", start), text.find("[", start)) if i != -1]
    return min(found) if found else -1


def fallback_verdict(fell_back: list[str]) -> str | None:
    """Why a Brief with ``fell_back`` fields from the offline writer is not the model's
    prototype (None when it still is): more than half of all fields, or more than
    :data:`MAX_CORE_FALLBACK` of the :data:`CORE_FIELDS`."""
    total = len(_brief_fields())
    core = [f for f in CORE_FIELDS if f in fell_back]
    if len(fell_back) * 2 > total:
        return f"{len(fell_back)} of the Brief's {total} fields had to come from the offline writer"
    if len(core) > MAX_CORE_FALLBACK:
        return (
            f"{len(core)} of its {len(CORE_FIELDS)} core fields ({', '.join(core)}) had to "
            "come from the offline writer"
        )
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
