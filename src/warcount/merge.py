"""The same event told by several reports: decide, combine, cluster.

`compare` weighs what an ACLED/UCDP coder weighs when two reports may tell one event: the
day (within one, wider when a side is known only to the week or month), the country, the
place (same name or within ~25 km; the same admin area when one side is only area-level;
towns ~50 km apart on one day are two events), the type (Battles and Explosions/Remote
violence only with strong agreement otherwise), the actors (a shared canonical name, or
one side unnamed) and the tolls (close tolls support, wildly different ones argue against).
Some disagreements refuse outright; the rest add up to a score against a threshold. Every
decision says what agreed and what did not. Weights live in `data/merge.yaml`.
"""

from __future__ import annotations

import datetime as dt
import math
import re
from collections.abc import Sequence
from dataclasses import dataclass, fields, replace
from functools import cache
from importlib import resources

import yaml

from warcount.geo.names import name_key, skeleton_key
from warcount.records import Deaths, Event


@dataclass(frozen=True)
class MergeDecision:
    same: bool  # the two records are one real event
    score: float  # 0..1
    reason: str  # "same day, same admin2, same type, actors agree, tolls 73/70"


@dataclass(frozen=True)
class MergeWeights:
    max_days: float
    week_days: float
    month_days: float
    near_km: float
    far_km: float
    same_day: float
    day_apart: float
    same_place: float
    same_area: float
    mid_distance: float
    unknown_place: float
    same_type: float
    same_sub_type: float
    near_type: float
    actors_share: float
    actors_unnamed: float
    actors_differ: float
    tolls_agree: float
    tolls_ratio: float
    tolls_differ: float
    tolls_far: float
    threshold: float
    strong_for_near_type: float
    scale: float


@cache
def load_merge_weights() -> MergeWeights:
    """The weights in `data/merge.yaml` (every field required)."""
    text = resources.files("warcount.data").joinpath("merge.yaml").read_text("utf-8")
    data = (yaml.safe_load(text) or {}).get("merge", {})
    names = [f.name for f in fields(MergeWeights)]
    missing = [n for n in names if n not in data]
    if missing:
        raise ValueError(f"merge.yaml lacks {missing}")
    return MergeWeights(**{n: float(data[n]) for n in names})


# Pairs of event types one event may be coded as by two reports. A strike inside a battle
# merges into it (codebook); a demonstration that turned violent is the riot it became; a
# bombing of a market may read as an attack on civilians.
_NEAR_TYPES = frozenset(
    frozenset(p)
    for p in (
        ("Battles", "Explosions/Remote violence"),
        ("Explosions/Remote violence", "Violence against civilians"),
        ("Battles", "Violence against civilians"),
        ("Protests", "Riots"),
    )
)
_GENERIC_ACTOR = re.compile(
    r"^(?:Unidentified Armed Group|Civilians|Protesters|Rioters|Opposition Rebels)\b"
    r"(?: \([^)]*\))?$"
)
_SCOPE = re.compile(r"\s*\([^)]*\)$")
# The army and the police of one state are one side to a coder comparing two reports ("security
# forces" in one, "paramilitary police" in the other).
_ARTICLE = re.compile(r"^(?:the|an?)\s+")
_ROSE = re.compile(r"\b(?:rose|risen|rising|rises|climbed|climbing|jumped|increased|grew|"
                   r"(?:has|have) now reached|now stands)\b", re.I)
_STATE = re.compile(r"^(?:(?:Military|Police) Forces|Government) of (.+)$")


def _day(value: str | None) -> dt.date | None:
    try:
        return dt.date.fromisoformat(value[:10]) if value else None
    except ValueError:
        return None


def _km(lat1: float, lon1: float, lat2: float, lon2: float) -> float:
    p1, p2 = math.radians(lat1), math.radians(lat2)
    dp, dl = p2 - p1, math.radians(lon2 - lon1)
    a = math.sin(dp / 2) ** 2 + math.cos(p1) * math.cos(p2) * math.sin(dl / 2) ** 2
    return 6371.0 * 2 * math.asin(min(1.0, math.sqrt(a)))


def _same_name(a: str, b: str) -> bool:
    if not a or not b:
        return False
    ka, kb = name_key(a), name_key(b)
    return bool(ka) and (ka == kb or skeleton_key(a) == skeleton_key(b))


def named_actors(e: Event) -> frozenset[str]:
    """The event's canonical actor names, generic ones ("Unidentified Armed Group (X)",
    "Civilians (X)") left out, a group's country scope dropped ("Islamic State (Syria)"
    and "Islamic State (Iraq)" share "Islamic State"), a state's army and police as one."""
    names = [e.actor1, e.actor2, *e.assoc_actor_1.split(";"), *e.assoc_actor_2.split(";")]
    kept = [n.strip() for n in names if n.strip() and not _GENERIC_ACTOR.match(n.strip())]
    return frozenset(_actor_key(n) for n in kept)


def _toll(e: Event) -> int:
    return e.fatalities_best or e.fatalities


def _split_total(e: Event) -> int:
    d = e.deaths
    return d.side_a + d.side_b + d.civilians


def _tolls_close(a: Event, b: Event, ratio: float) -> bool:
    ta, tb = _toll(a), _toll(b)
    if abs(ta - tb) <= ratio * max(ta, tb):
        return True
    # one report's toll is a part or the sum of the other's side split
    parts_a = {a.deaths.side_a, a.deaths.side_b, a.deaths.civilians, _split_total(a)} - {0}
    parts_b = {b.deaths.side_a, b.deaths.side_b, b.deaths.civilians, _split_total(b)} - {0}
    return tb in parts_a or ta in parts_b or 0 < _split_total(a) == _split_total(b)


def _date_term(a: Event, b: Event, w: MergeWeights) -> tuple[float | None, str]:
    da, db = _day(a.event_date), _day(b.event_date)
    if da is None or db is None:
        return 0.0, "a date unknown"
    gap = abs((da - db).days)
    prec = max(a.time_precision, b.time_precision)
    slack = w.max_days + (w.week_days if prec == 2 else w.month_days if prec >= 3 else 0.0)
    if gap > slack:
        return None, f"dates {gap} days apart"
    if gap == 0:
        return w.same_day, "same day"
    if prec > 1 and gap > w.max_days:
        return w.day_apart, f"{gap} days apart within the {'week' if prec == 2 else 'month'}"
    return w.day_apart, "a day apart"


def _country_only(e: Event) -> bool:
    """Placed only at the country (its name, or an area with no admin1): no usable point."""
    return not e.location or _same_name(e.location, e.country) or (
        (e.geo_precision or 1) >= 3 and not e.admin1)


def _place_term(a: Event, b: Event, w: MergeWeights) -> tuple[float | None, str]:
    if a.country and b.country and a.country != b.country:
        return None, f"countries differ ({a.country} / {b.country})"
    if _country_only(a) or _country_only(b):
        return w.unknown_place, "a place known only to the country"
    if _same_name(a.location, b.location):
        return w.same_place, "same place"
    km = None
    if None not in (a.latitude, a.longitude, b.latitude, b.longitude):
        km = _km(a.latitude, a.longitude, b.latitude, b.longitude)  # type: ignore[arg-type]
    if km is not None and km <= w.near_km:
        return w.same_place, f"{km:.0f} km apart"
    area = max(a.geo_precision or 1, b.geo_precision or 1) >= 3
    if area:
        if a.admin2 and b.admin2 and _same_name(a.admin2, b.admin2):
            return w.same_area, "same admin2, one side only area-level"
        if a.admin1 and b.admin1:
            if _same_name(a.admin1, b.admin1):
                return w.same_area, "same admin1, one side only area-level"
            return None, f"admin1 differ ({a.admin1} / {b.admin1})"
    if km is None:
        if a.admin1 and b.admin1 and not _same_name(a.admin1, b.admin1):
            return None, f"admin1 differ ({a.admin1} / {b.admin1})"
        return w.unknown_place, f"places differ, no distance ({a.location} / {b.location})"
    if km > w.far_km:
        return None, f"{km:.0f} km apart ({a.location} / {b.location})"
    return w.mid_distance, f"{km:.0f} km apart, {a.location} / {b.location}"


def _type_term(a: Event, b: Event, w: MergeWeights) -> tuple[float | None, str, bool]:
    """(points, reason, near): `near` when the types are only compatible."""
    if a.event_type == b.event_type:
        if a.sub_event_type == b.sub_event_type:
            return w.same_type + w.same_sub_type, "same type and sub-type", False
        return w.same_type, "same type", False
    if frozenset((a.event_type, b.event_type)) in _NEAR_TYPES:
        return w.near_type, f"types compatible ({a.event_type} / {b.event_type})", True
    return None, f"types differ ({a.event_type} / {b.event_type})", False


def _actor_term(a: Event, b: Event, w: MergeWeights) -> tuple[float, str]:
    na, nb = named_actors(a), named_actors(b)
    if na & nb:
        return w.actors_share, "actors agree (" + ", ".join(sorted(na & nb)) + ")"
    if not na or not nb:
        return w.actors_unnamed, "one side's actors unnamed"
    return w.actors_differ, f"actors differ ({'; '.join(sorted(na))} / {'; '.join(sorted(nb))})"


def _toll_term(a: Event, b: Event, w: MergeWeights) -> tuple[float, str]:
    ta, tb = _toll(a), _toll(b)
    if not ta or not tb:
        return 0.0, "a toll missing" if ta or tb else "no tolls"
    if _tolls_close(a, b, w.tolls_ratio):
        return w.tolls_agree, f"tolls {ta}/{tb}"
    if (ta > tb and toll_rose(a)) or (tb > ta and toll_rose(b)):
        return 0.0, f"toll rose {min(ta, tb)} -> {max(ta, tb)}"  # tolls rise; no disagreement
    if max(ta, tb) > w.tolls_far * min(ta, tb):
        return w.tolls_differ, f"tolls far apart {ta}/{tb}"
    return 0.0, f"tolls differ {ta}/{tb}"


def compare(a: Event, b: Event, *, weights: MergeWeights | None = None) -> MergeDecision:
    """Whether two events (of two reports) are one real event, with a score and a reason."""
    w = weights or load_merge_weights()
    if a.doc_id == b.doc_id:
        return MergeDecision(False, 0.0, "same document: its events are distinct")
    reasons: list[str] = []
    total = 0.0
    date_pts, why = _date_term(a, b, w)
    if date_pts is None:
        return MergeDecision(False, 0.0, why)
    place_pts, pwhy = _place_term(a, b, w)
    if place_pts is None:
        return MergeDecision(False, 0.0, f"{why}, {pwhy}")
    type_pts, twhy, near = _type_term(a, b, w)
    if type_pts is None:
        return MergeDecision(False, 0.0, f"{why}, {pwhy}, {twhy}")
    apts, awhy = _actor_term(a, b, w)
    npts, nwhy = _toll_term(a, b, w)
    total = date_pts + place_pts + type_pts + apts + npts
    reasons = [why, pwhy, twhy, awhy, nwhy]
    need = w.threshold
    if near:
        need = max(need, w.strong_for_near_type + type_pts)
    score = max(0.0, min(1.0, total / w.scale))
    same = total >= need
    verdict = "" if same else f"; below {need:.1f} ({total:.1f})"
    return MergeDecision(same, round(score, 3), ", ".join(reasons) + verdict)


def source_key(name: str) -> str:
    """How two spellings of one source compare: "the Syrian Observatory for Human Rights"
    and "Syrian Observatory for Human Rights" are one (case, spaces, a leading article)."""
    return _ARTICLE.sub("", " ".join(name.split()).casefold())


def toll_rose(e: Event) -> bool:
    """The report gives its toll as a rise ("rose to 40", "climbed to", "has now reached")."""
    return any(ev.field == "fatalities" and _ROSE.search(ev.text) for ev in e.evidence)


def _join(*values: str) -> str:
    seen: dict[str, str] = {}
    for v in values:
        for part in v.split(";"):
            p = " ".join(part.split())
            if p and source_key(p) not in seen:
                seen[source_key(p)] = p
    return "; ".join(seen.values())


def combine(kept: Event, other: Event) -> Event:
    """Two reports as one record, kept's id, place, notes and evidence (see `combine_all`)."""
    return combine_all([kept, other])


def combine_all(reports: Sequence[Event],
                published: Sequence[dt.date | None] | None = None) -> Event:
    """All reports of one event as one record, the first one kept (as `combine`).

    `published[i]` is report i's publication day, when known. Tolls of different sources
    are competing estimates (the lowest is `fatalities`) unless one replaces another
    (codebook, Sources): a report saying the toll rose, a report published a day or more
    later with a higher toll, and a source's later figure replace what they update.
    A report whose dead are all of one side, a side another report counts at least as high
    ("23 soldiers" beside "23 soldiers and 50 fighters"), counts only part of the dead and
    lowers nothing. `fatalities_high` keeps the highest figure any report gave; the deaths
    split is the conservative report's, in kept's actor order; sources are joined with "; "
    (one source spelled two ways once)."""
    kept = reports[0]
    days = list(published) if published is not None else [None] * len(reports)
    with_toll = [i for i, e in enumerate(reports) if _toll(e) > 0]
    full = [i for i in with_toll
            if not any(_partial(reports[i], reports[j]) for j in with_toll if j != i)]
    current = [i for i in full if not any(_replaces(reports, days, j, i) for j in full)] or full
    source = _join(*(e.source for e in reports))
    outlet = _join(*(e.source_outlet for e in reports))
    if not current:
        return replace(kept, source=source, source_outlet=outlet)
    best_event = reports[min(current, key=lambda i: _toll(reports[i]))]  # earliest on a tie
    best = _toll(best_event)
    low = min(min(reports[i].fatalities_low or _toll(reports[i]), _toll(reports[i]))
              for i in current)
    high = max(max(e.fatalities_high, _toll(e), _split_total(e))
               for e in (reports[i] for i in with_toll))
    deaths = _oriented(best_event.deaths, best_event, kept)
    if sum((deaths.side_a, deaths.side_b, deaths.civilians, deaths.unknown)) != best:
        deaths = _fit_split(deaths, best)
    injured = next((e.injured for e in reports if e.injured is not None), None)
    return replace(
        kept,
        fatalities=best,
        fatalities_best=best,
        fatalities_low=min(low, best),
        fatalities_high=max(high, best),
        deaths=deaths,
        injured=injured,
        source=source,
        source_outlet=outlet,
    )


def _replaces(reports: Sequence[Event], days: Sequence[dt.date | None], j: int, i: int) -> bool:
    """Report j's toll replaces report i's: j says the toll rose above i's (and is not the
    older report), j was published a day or more after i with a higher toll, or j is the same
    source's later figure."""
    x, y = reports[i], reports[j]
    tx, ty = _toll(x), _toll(y)
    dx, dy = days[i], days[j]
    if i == j or tx == ty:
        return False
    if ty > tx and toll_rose(y) and not (dx and dy and dx > dy):
        return True
    if dx and dy and dy > dx:
        same_source = bool(x.source) and source_key(x.source) == source_key(y.source)
        return same_source or ty > tx
    return False


def _actor_key(name: str) -> str:
    return _STATE.sub(r"State forces of \1", _SCOPE.sub("", name.strip()))


def _one_side(e: Event) -> str | None:
    """The side a report's dead all belong to ("23 soldiers"), or None when it counts more
    than one side or leaves them unknown."""
    d = e.deaths
    parts = [(d.side_a, e.actor1), (d.side_b, e.actor2), (d.civilians, "civilians")]
    named = [who for n, who in parts if n > 0]
    if d.unknown or len(named) != 1:
        return None
    return _actor_key(named[0]) or None


def _side_count(e: Event, side: str) -> int:
    d = e.deaths
    if side == "civilians":
        return d.civilians
    return (d.side_a if _actor_key(e.actor1) == side else 0) + (
        d.side_b if _actor_key(e.actor2) == side else 0)


def _partial(x: Event, y: Event) -> bool:
    """x counts only some of y's dead (the soldiers, not the attackers): it lowers nothing."""
    side = _one_side(x)
    return (side is not None and _toll(x) < _toll(y) and _one_side(y) != side
            and _side_count(y, side) >= _toll(x))


def _oriented(d: Deaths, src: Event, dst: Event) -> Deaths:
    """src's split in dst's actor order (side_a is actor1's side)."""
    a1, a2 = _actor_key(src.actor1), _actor_key(src.actor2)
    b1, b2 = _actor_key(dst.actor1), _actor_key(dst.actor2)
    if (a1 and a1 == b2) or (a2 and a2 == b1):
        return Deaths(d.side_b, d.side_a, d.civilians, d.unknown)
    return d


def _fit_split(d: Deaths, total: int) -> Deaths:
    """A split whose parts sum to `total`: unknown takes up the rest; parts too big for the
    total leave it all unknown."""
    known = d.side_a + d.side_b + d.civilians
    if known <= total:
        return Deaths(d.side_a, d.side_b, d.civilians, total - known)
    return Deaths(unknown=total)


def cluster(events: Sequence[Event], *, weights: MergeWeights | None = None) -> list[list[int]]:
    """Greedy clustering of events from different documents (never merge two events of one
    document). Events join, in order, the cluster whose every member they match best (the
    highest mean score); otherwise they start a cluster. Returns lists of indexes into
    `events`, each in input order."""
    w = weights or load_merge_weights()
    clusters: list[list[int]] = []
    for i, e in enumerate(events):
        best: tuple[float, int] | None = None
        for c, members in enumerate(clusters):
            if any(events[m].doc_id == e.doc_id for m in members):
                continue
            decisions = [compare(events[m], e, weights=w) for m in members]
            if all(d.same for d in decisions):
                mean = sum(d.score for d in decisions) / len(decisions)
                if best is None or mean > best[0]:
                    best = (mean, c)
        if best is None:
            clusters.append([i])
        else:
            clusters[best[1]].append(i)
    return clusters


def merge_events(events: Sequence[Event]) -> list[Event]:
    """One event per cluster: each cluster's first event combined with the rest."""
    return [combine_all([events[m] for m in members]) for members in cluster(events)]
