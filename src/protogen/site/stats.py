"""Shots on goal: how many prototypes, how often, and for how many weeks in a row.

Weeks are ISO weeks (Monday to Sunday) in UTC, the same for every reader of the site,
and every number is "as of" the moment the site was built, which the page says: a
static page cannot know what day its reader has, and a chart that disagreed with its
counts would be worse than a date.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, datetime, timedelta

from protogen.record import Record

WEEKS_SHOWN = 12


@dataclass(frozen=True)
class Week:
    start: datetime
    count: int

    @property
    def label(self) -> str:
        """Short label under a bar: the Monday, as "Nov 17"."""
        return f"{self.start:%b} {self.start.day}"

    @property
    def iso(self) -> str:
        return self.start.strftime("%Y-%m-%d")


@dataclass(frozen=True)
class Stats:
    total: int
    week: int
    month: int
    weeks: list[Week]  # the last WEEKS_SHOWN weeks, oldest first
    streak: int  # weeks in a row, up to this one (or the last one), with a prototype
    best_streak: int
    as_of: datetime

    @property
    def top(self) -> int:
        return max((w.count for w in self.weeks), default=0)


def monday_of(moment: datetime) -> datetime:
    moment = moment.astimezone(UTC)
    return (moment - timedelta(days=moment.weekday())).replace(
        hour=0, minute=0, second=0, microsecond=0
    )


def shots_on_goal(records: list[Record], now: datetime) -> Stats:
    """The numbers for ``records`` as of ``now``."""
    now = now.astimezone(UTC)
    this_monday = monday_of(now)
    first_of_month = now.replace(day=1, hour=0, minute=0, second=0, microsecond=0)
    created = [r.created.astimezone(UTC) for r in records]
    per_week: dict[datetime, int] = {}
    for moment in created:
        start = monday_of(moment)
        per_week[start] = per_week.get(start, 0) + 1
    weeks = [
        Week(start, per_week.get(start, 0))
        for start in (this_monday - timedelta(weeks=i) for i in range(WEEKS_SHOWN - 1, -1, -1))
    ]
    # The current streak may end last week: this week is not over yet.
    start = this_monday if per_week.get(this_monday) else this_monday - timedelta(weeks=1)
    streak = 0
    while per_week.get(start - timedelta(weeks=streak)):
        streak += 1
    best = run = 0
    previous: datetime | None = None
    for start in sorted(per_week):
        run = run + 1 if previous is not None and start - previous == timedelta(weeks=1) else 1
        best = max(best, run)
        previous = start
    return Stats(
        total=len(records),
        week=sum(1 for c in created if this_monday <= c),
        month=sum(1 for c in created if first_of_month <= c),
        weeks=weeks,
        streak=streak,
        best_streak=best,
        as_of=now,
    )
