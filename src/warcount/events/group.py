"""One event per day, place, actor pair and type: grouping a document's frames into events."""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Sequence
from dataclasses import dataclass, field

from warcount.events.frames import Frame

_WINDOW = re.compile(
    r"\b(?:(?:last|past)\s+(?:24|48|72|twenty-four|forty-eight)\s+hours|"
    r"(?:last|past|previous)\s+(?:day|two days|three days)|over the weekend|this week|"
    r"over the past (?:few )?days)\b",
    re.IGNORECASE,
)
_PROTEST = ("Peaceful protest", "Protest with intervention", "Violent demonstration")
_GENERIC_PLACE = re.compile(
    r"^(?:the\s+)?(?:country|city|town|village|area|region|province|capital)$", re.I
)


def family(frame: Frame) -> str:
    """violence, demonstration or strategic: events of different families stay apart."""
    kinds = [t.kind for t in frame.triggers]
    if any(k.sub_event_type in _PROTEST for k in kinds):
        return "demonstration"
    if any(k.event_type != "Strategic developments" for k in kinds):
        return "violence"
    return "strategic"


def place_key(frame: Frame) -> str | None:
    """The frame's most specific place name, normalised for comparison."""
    for p in frame.places:
        if p.kind in ("country", "admin1") or _GENERIC_PLACE.match(p.name):
            continue
        return re.sub(r"[^a-z]", "", p.name.lower())
    return None


@dataclass
class Group:
    """Frames that make one event (mutable while grouping; read-only afterwards)."""

    frames: list[Frame] = field(default_factory=list)
    date: dt.date | None = None
    precision: int = 1
    date_frame: Frame | None = None
    family: str = ""
    place: str | None = None

    @property
    def first_index(self) -> int:
        return min(f.sentence.index for f in self.frames)


def _window(frame: Frame) -> bool:
    return frame.date is not None and (
        frame.date.precision > 1 or bool(_WINDOW.search(frame.date.text)) or frame.announced
    )


def _compatible(g: Group, f: Frame) -> bool:
    fam = family(f)
    if g.family != fam and "strategic" not in (g.family, fam):
        return False
    pk = place_key(f)
    return pk is None or g.place is None or pk == g.place


def _add(g: Group, f: Frame) -> None:
    g.frames.append(f)
    if g.family in ("", "strategic"):
        g.family = family(f)
    if g.place is None:
        g.place = place_key(f)


def _deaths(f: Frame) -> list[int]:
    return [n.value for n in f.numbers if n.outcome == "killed"]


def _sum_matches(f: Frame, g: Group) -> bool:
    mine = _deaths(f)
    parts = [v for fr in g.frames for v in _deaths(fr)]
    return bool(mine) and bool(parts) and (max(mine) in parts or max(mine) == sum(parts))


def _last_before(g: Group, index: int) -> int:
    return max(x.sentence.index for x in g.frames if x.sentence.index <= index)


def group_frames(
    frames: Sequence[Frame], *, published: dt.date | None
) -> list[Group]:
    """Group event frames: by day first, then windows ("last 24 hours"), then undated ones.

    A frame with a day joins the group of that day, place and family. A frame dated only by a
    window or an announcement joins a dated group inside the window (the one whose deaths its
    figure sums), else stands alone at the window's last day with precision 2. A frame with no
    date joins the group of the nearest frame before it; it starts an event only as the first
    event of the document, or with its own place and deaths, or after "in a separate attack".
    """
    live = [f for f in frames if not f.rejected and not f.headline]
    if not live:
        live = [f for f in frames if not f.rejected]  # a headline-only text: use the headline
    groups: list[Group] = []
    for f in live:
        if f.date is None or _window(f):
            continue
        match = next(
            (g for g in groups if g.date == f.date.date and _compatible(g, f)), None
        )
        if match is None:
            match = Group(date=f.date.date, precision=1, date_frame=f)
            groups.append(match)
        _add(match, f)
    for f in live:
        if f.date is None or not _window(f):
            continue
        end = f.date.date
        inside = [
            g for g in groups
            if g.date is not None and end - dt.timedelta(days=3) <= g.date <= end
            and _compatible(g, f)
        ]
        if inside:
            best = max(inside, key=lambda g: (_sum_matches(f, g), -g.first_index))
            _add(best, f)
        else:
            g = Group(date=end, precision=2 if f.announced or f.date.precision > 1 else 1,
                      date_frame=f)
            _add(g, f)
            groups.append(g)
    for f in live:
        if f.date is not None:
            continue
        before = [
            g for g in groups
            if any(x.sentence.index <= f.sentence.index for x in g.frames) and _compatible(g, f)
        ]
        own_place = place_key(f) is not None and all(g.place != place_key(f) for g in groups)
        if not groups or (own_place and (f.new_event_cue or (_deaths(f) and not before))):
            g = Group(date=published, precision=1, date_frame=None)
            _add(g, f)
            groups.append(g)
        elif before:
            _add(max(before, key=lambda g: _last_before(g, f.sentence.index)), f)
    groups.sort(key=lambda g: g.first_index)
    return groups
