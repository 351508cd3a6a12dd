"""One frame naming a list of towns is one event per town (codebook: one event per day,
place, actor pair and type): "protesters marched in Kandahar, Khost and Jalalabad" is three
events; "4 killed in Kalau and Masulukwede" divides its toll evenly between them. A clause
after "as", "while" or a semicolon that tells an event in a town far away is its own frame."""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import replace

from warcount.events.deaths import split_toll
from warcount.events.frames import Frame
from warcount.events.group import CLAUSE
from warcount.geo.report import same_area
from warcount.records import NumberMention, PlaceMention, ResolvedPlace

# What may stand between two names of one list: "Kalau and Masulukwede", "Moscow, St
# Petersburg and", "Beirut as well as in Tripoli".
_LIST_GAP = re.compile(
    r"\s*(?:,\s*(?:and\s+|as well as\s+)?|\s+and\s+|\s+as well as\s+|\s*&\s*)(?:in\s+|at\s+)?"
    r"(?:the\s+)?(?:(?:[a-z]+\s+){0,2}(?:towns?|cities|city|villages?|districts?|provinces?|"
    r"regions?)\s+of\s+)?\s*",
    re.IGNORECASE)


# "between Gao and Kidal", "the road from X to Y": one stretch of road, not two places.
_SPAN_BEFORE = re.compile(r"\b(?:between|connecting|linking|from|axis|road)\s+(?:\w+\s+){0,4}$",
                          re.IGNORECASE)


_ROUNDUP = re.compile(r"\b(?:a total of|in total|altogether|combined|across)\b", re.IGNORECASE)


# "the city of Cirebon in West Java and Jakarta": a town, its province, then the next town
_IN_AREA_GAP = re.compile(r",?\s+in\s+(?:[A-Z][\w'-]*\s+){1,3}(?:province\s+|state\s+)?"
                          r"(?:,\s*)?(?:and|as well as)\s+(?:in\s+)?")


# "In Kandahar, the southern cradle of the Taliban, and in the eastern cities of Khost and
# Jalalabad": a town described in passing, then the next towns of the list
_APPOSITIVE_GAP = re.compile(
    r",\s+(?:the|a|an)\s+[^,;.()]{0,60},\s+(?:and|as well as)\s+(?:in\s+)?(?:the\s+)?"
    r"(?:(?:[a-z]+\s+){0,2}(?:cities|towns|villages|provinces|districts|city|town)\s+of\s+)?")


# "Tammun, in the Tubas governorate": the town and the area it is in, no list
_PARENT_AREA = re.compile(r",?\s+in\s+(?:the\s+)?(?:[A-Z][\w'’-]*\s+){1,3}(?:governorate|province|"
                          r"district|region|state|county|department|prefecture|oblast)\b")


def _listed(a: PlaceMention, b: PlaceMention, text: str) -> bool:
    gap = text[a.end:b.start]
    return bool(_LIST_GAP.fullmatch(gap) or _IN_AREA_GAP.fullmatch(gap)
                or _APPOSITIVE_GAP.fullmatch(gap)) and not (
        _SPAN_BEFORE.search(text, max(0, a.start - 60), a.start))


def split_by_places(frame: Frame, text: str,
                    resolve: Callable[[PlaceMention], ResolvedPlace | None]) -> list[Frame]:
    """The frame once per town of a list of two or more distinct towns in its sentence."""
    if frame.rejected:
        return [frame]
    told = _told_clauses(frame)  # ("the toll of Sunday's attack rose, as anger spilled into
    # the streets of Jos and Mangu": a list in a clause that tells nothing is no event's)
    towns = [(m, r) for m in frame.places if (r := resolve(m)) is not None and r.geo_precision < 3
             and any(lo <= m.start < hi for lo, hi in told)]
    if len(towns) < 2:
        return [frame]
    run = [towns[0]]
    best: list[tuple[PlaceMention, ResolvedPlace]] = []
    for prev, cur in zip(towns, towns[1:], strict=False):
        if _listed(prev[0], cur[0], text) and cur[1].name != prev[1].name and not _inside(
                cur[1], prev[1]) and not _PARENT_AREA.match(text, prev[0].end):
            run.append(cur)
        else:
            best = max(best, run, key=len)
            run = [cur]
    best = max(best, run, key=len)
    if len(best) < 2:
        return [frame]
    if len(best) >= 3 and _ROUNDUP.search(frame.sentence.text):
        # "a total of 17 drones were launched at Donetsk, Sumy, ... and Kherson": a round-up
        return [replace(frame, rejected="a round-up figure over several places")]
    out = []
    for i, (m, _r) in enumerate(best):
        out.append(replace(frame, places=(m,), numbers=_share(frame.numbers, i, len(best)),
                           new_event_cue=frame.new_event_cue or i > 0,
                           extra=frame.extra + (f"one of {len(best)} places listed",)))
    return out


def _share(numbers: tuple[NumberMention, ...], i: int, n: int) -> tuple[NumberMention, ...]:
    """The i-th place's part of each death toll; other figures stay with the first place."""
    out = []
    for m in numbers:
        if m.outcome != "killed":
            if i == 0:
                out.append(m)
            continue
        part = split_toll(m.value, n)[i]
        if part > 0:
            out.append(replace(m, value=part, low=None, high=None))
    return tuple(out)


def _inside(a: ResolvedPlace, b: ResolvedPlace) -> bool:
    """ "Macomia, Cabo Delgado": a town and the area holding it name one place."""
    return bool(a.admin1) and a.admin1 in (b.name, b.admin1) and b.geo_precision > 1 or (
        bool(b.admin1) and b.admin1 == a.name)


# "A drone hit a market in Omdurman, killing 11, as the army and the RSF fought over
# Babanusa": a clause after "as", "while" or a semicolon that tells what happened elsewhere
_CONCURRENT = re.compile(r";\s+|,\s+(?:even\s+)?(?:as|while|whereas)\s+(?!well\b|part\b|a result\b"
                         r"|many\b|much\b|of\b|soon\b|long\b)", re.IGNORECASE)


def _clauses(frame: Frame) -> list[tuple[int, int]]:
    """The document spans of the frame's sentence, cut at "as", "while" and semicolons."""
    base = frame.sentence.start
    cuts = [base + m.start() for m in _CONCURRENT.finditer(frame.sentence.text)]
    bounds = [base, *cuts, frame.sentence.end]
    return list(zip(bounds, bounds[1:], strict=False))


def _told_clauses(frame: Frame) -> list[tuple[int, int]]:
    """The clauses of the frame's sentence that hold one of its triggers."""
    return [(lo, hi) for lo, hi in _clauses(frame)
            if any(lo <= t.start < hi for t in frame.triggers)]


def split_by_clauses(frame: Frame, text: str,
                     resolve: Callable[[PlaceMention], ResolvedPlace | None]) -> list[Frame]:
    """The frame once per clause when its sentence joins events in towns far apart."""
    if frame.rejected or len(frame.triggers) < 2:
        return [frame]
    clauses = _clauses(frame)
    if len(clauses) < 2:
        return [frame]
    parts: list[tuple[int, int, ResolvedPlace | None]] = []  # (start, end, town) per clause
    for lo, hi in clauses:
        has_trigger = any(lo <= t.start < hi for t in frame.triggers)
        # a town, else a province ("a village in Yemen's Saada province ..., as the Houthis
        # fired a missile at the Saudi city of Jizan": two places far apart)
        found = [r for m in frame.places if lo <= m.start < hi and (r := resolve(m)) is not None
                 and (r.geo_precision < 3 or r.admin1)]
        town = min(found, key=lambda r: r.geo_precision, default=None)
        if parts and has_trigger and _elsewhere(frame, text, parts[-1][:2], (lo, hi), resolve):
            parts.append((lo, hi, town))
        elif parts and (not has_trigger or town is None or parts[-1][2] is None
                        or same_area(parts[-1][2], town)):
            parts[-1] = (parts[-1][0], hi, parts[-1][2] or (town if has_trigger else None))
        else:
            parts.append((lo, hi, town if has_trigger else None))
    if len(parts) < 2:
        return [_without_backdrop(frame, clauses)]
    out = []
    for i, (lo, hi, _town) in enumerate(parts):
        out.append(replace(
            frame, triggers=tuple(t for t in frame.triggers if lo <= t.start < hi),
            actors=tuple(a for a in frame.actors if lo <= a.start < hi),
            numbers=tuple(n for n in frame.numbers if lo <= n.start < hi),
            places=tuple(m for m in frame.places if lo <= m.start < hi),
            new_event_cue=frame.new_event_cue or i > 0,
            extra=frame.extra + (CLAUSE,)))
    return out


# ("Ukrainian troops secured Kherson, while Russian artillery began shelling villages across
# the river": the shelling of no named place, the backdrop of the city's handover)
_BACKDROP = ("Armed clash", "Shelling/artillery/missile attack")


def _without_backdrop(frame: Frame, clauses: list[tuple[int, int]]) -> Frame:
    """ "An air strike killed five villagers on Monday, as fighting between the army and the
    AA intensified": fighting named in a later clause with no place or toll of its own
    is the backdrop of the incident, not a battle it merges into."""
    first = {t.kind.event_type for t in frame.triggers if clauses[0][0] <= t.start < clauses[0][1]}
    if not first or "Battles" in first:
        return frame
    drop = [t for lo, hi in clauses[1:] for t in frame.triggers if lo <= t.start < hi
            and t.kind.sub_event_type in _BACKDROP
            and not any(lo <= x.start < hi for x in frame.places)
            and not any(lo <= n.start < hi for n in frame.numbers)
            and not any(lo <= x.start < hi for x in frame.triggers
                        if x.kind.sub_event_type not in _BACKDROP)]
    return replace(frame, triggers=tuple(t for t in frame.triggers if t not in drop)) \
        if drop else frame


def _elsewhere(frame: Frame, text: str, first: tuple[int, int], then: tuple[int, int],
               resolve: Callable[[PlaceMention], ResolvedPlace | None]) -> bool:
    """ "Air strikes killed nine civilians in northwest Syria, as troops and jihadists fought
    over a town in Hama province": fighting told after an incident of another kind, in an
    area the first clause does not name (it names no place finer than the country); or a
    protest told after violence."""
    def kinds(lo: int, hi: int) -> set[str]:
        return {t.kind.event_type for t in frame.triggers if lo <= t.start < hi}

    def areas(lo: int, hi: int) -> list[ResolvedPlace]:
        return [r for m in frame.places if lo <= m.start < hi
                and (r := resolve(m)) is not None and (r.geo_precision < 3 or r.admin1)]

    told, then_told = kinds(*first), kinds(*then)
    if then_told == {"Protests"} and bool(told) and not told & {"Protests", "Riots"}:
        return True  # "rebels dropped explosives on a police station, as thousands of
        # Indigenous people marched through the regional capital": a march of its own
    return (then_told == {"Battles"} and bool(told) and "Battles" not in told
            and not areas(*first) and bool(areas(*then)))
