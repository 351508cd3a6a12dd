"""One frame naming a list of towns is one event per town (codebook: one event per day,
place, actor pair and type): "protesters marched in Kandahar, Khost and Jalalabad" is three
events; "4 killed in Kalau and Masulukwede" divides its toll evenly between them."""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import replace

from warcount.events.deaths import split_toll
from warcount.events.frames import Frame
from warcount.records import NumberMention, PlaceMention, ResolvedPlace

# What may stand between two names of one list: "Kalau and Masulukwede", "Moscow, St
# Petersburg and", "Beirut as well as in Tripoli".
_LIST_GAP = re.compile(
    r"\s*(?:,\s*(?:and\s+|as well as\s+)?|\s+and\s+|\s+as well as\s+|\s*&\s*)(?:in\s+|at\s+)?"
    r"(?:the\s+)?(?:(?:[a-z]+\s+){0,2}(?:towns?|cities|city|villages?|districts?|provinces?|"
    r"regions?)\s+of\s+)?\s*",
    re.IGNORECASE)


def _listed(a: PlaceMention, b: PlaceMention, text: str) -> bool:
    return bool(_LIST_GAP.fullmatch(text[a.end:b.start]))


def split_by_places(frame: Frame, text: str,
                    resolve: Callable[[PlaceMention], ResolvedPlace | None]) -> list[Frame]:
    """The frame once per town of a list of two or more distinct towns in its sentence."""
    towns = [(m, r) for m in frame.places if (r := resolve(m)) is not None and r.geo_precision < 3]
    if len(towns) < 2:
        return [frame]
    run = [towns[0]]
    best: list[tuple[PlaceMention, ResolvedPlace]] = []
    for prev, cur in zip(towns, towns[1:]):
        if _listed(prev[0], cur[0], text) and cur[1].name != prev[1].name and not _inside(
                cur[1], prev[1]):
            run.append(cur)
        else:
            best = max(best, run, key=len)
            run = [cur]
    best = max(best, run, key=len)
    if len(best) < 2:
        return [frame]
    shares = [split_toll(m.value, len(best)) for m in frame.numbers]
    out = []
    for i, (m, _r) in enumerate(best):
        numbers = tuple(
            replace(n, value=s[i], low=None, high=None) if n.outcome == "killed" else n
            for n, s in zip(frame.numbers, shares)
        ) if i == 0 else tuple(
            replace(n, value=s[i], low=None, high=None) for n, s in zip(frame.numbers, shares)
            if n.outcome == "killed" and s[i] > 0
        )
        out.append(replace(frame, places=(m,), numbers=numbers,
                           extra=frame.extra + (f"one of {len(best)} places listed",)))
    return out


def _inside(a: ResolvedPlace, b: ResolvedPlace) -> bool:
    """ "Macomia, Cabo Delgado": a town and the area holding it name one place."""
    return bool(a.admin1) and a.admin1 in (b.name, b.admin1) and b.geo_precision > 1 or (
        bool(b.admin1) and b.admin1 == a.name)
