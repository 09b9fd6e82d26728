"""The app template's core screen: a dashboard, list or detail view with sample rows.

The kind of screen follows the product: numbers over time make a dashboard, things to
browse or book make a list, anything else a detail view. Rows are drawn from the
features, so the sample data speaks of the idea.
"""

from __future__ import annotations

from protogen.writers.offline.tidy import clip

_LIST_KINDS = ("marketplace",)
_DASHBOARD_KINDS = ("team", "internal", "device", "health")


def core_screen(c, features: list[dict[str, str]]) -> dict:
    b = c.book.data["core"]
    kind = c.r.kind
    if kind in _LIST_KINDS:
        view = "list"
    elif kind in _DASHBOARD_KINDS:
        view = "dashboard"
    else:
        view = "detail"
    seed = c.index("core", 997)
    people = c.book.data["people"]
    statuses = b["statuses"]
    items = []
    n_items = 5 if view != "detail" else max(3, min(len(features), 5))
    for i in range(n_items):
        feat = features[i % len(features)]
        title = (
            feat["title"]
            if view == "detail"
            else f"{people[(seed + i) % len(people)]} · {feat['title']}"
        )
        items.append(
            {
                "title": clip(title, 110),
                "detail": clip(feat["text"], 300),
                "status": statuses[(seed + i) % len(statuses)],
                "value": b["value"].format(n=2 + (seed + 7 * i) % 11),
            }
        )
    seen = set()
    for it in items:
        while it["title"] in seen:
            it["title"] = clip(it["title"] + " ·", 110)
        seen.add(it["title"])
    count = {"dashboard": 4, "list": 2, "detail": 0}[view]
    values = [str(8 + seed % 40), str(20 + seed % 60), str(1 + seed % 5), str(3 + seed % 9)]
    metrics = [{"label": label, "value": values[i]} for i, label in enumerate(b["metrics"][:count])]
    return {
        "kind": view,
        "title": clip(c.fill(b["titles"][view]), 110),
        "intro": clip(c.pick("core.intro", b["intro"][view]), 590),
        "action": b["action"][view],
        "metrics": metrics,
        "items": items,
    }
