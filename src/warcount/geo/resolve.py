"""Resolve place mentions to gazetteer places, reading the rest of the document.

Each candidate is scored on name match, population, feature class, the mention's cue
("X province", "the town of X") and the document's context (its country, the admin areas and
places it names, "X, Y"). Below a threshold the answer is "none of these", never a wild guess.
"""

from __future__ import annotations

import math
from collections import defaultdict
from collections.abc import Sequence
from dataclasses import dataclass, fields
from importlib import resources

import yaml

from warcount.geo.gazetteer import Candidate, Gazetteer
from warcount.geo.names import name_key
from warcount.mentions.places import mention_cue
from warcount.records import PlaceMention, ResolvedPlace


@dataclass(frozen=True)
class GeoWeights:
    name_main: float
    name_alt: float
    name_skeleton: float
    population: float
    capital: float
    admin_seat: float
    cue_admin_area: float
    cue_town_place: float
    cue_town_area: float
    bare_area: float
    country_named: float
    same_country: float
    other_country: float
    country_hint: float
    stated_parent: float
    admin_mentioned: float
    near_other_place: float
    threshold: float


def load_geo_weights() -> GeoWeights:
    """The weights in `data/geo_weights.yaml` (every field required)."""
    text = resources.files("warcount.data").joinpath("geo_weights.yaml").read_text("utf-8")
    data = (yaml.safe_load(text) or {}).get("weights", {})
    names = [f.name for f in fields(GeoWeights)]
    missing = [n for n in names if n not in data]
    if missing:
        raise ValueError(f"geo_weights.yaml lacks {missing}")
    return GeoWeights(**{n: float(data[n]) for n in names})


@dataclass(frozen=True)
class PlaceContext:
    """What the rest of the document says about where it is."""

    mentions: tuple[PlaceMention, ...] = ()
    country: str | None = None  # the document's country, if inferred
    country_hints: tuple[str, ...] = ()  # countries named or implied by demonyms / actors
    admin_names: tuple[str, ...] = ()  # name keys of admin areas the document names
    anchors: tuple[tuple[str, float, float], ...] = ()  # (name, lat, lon) of confident places


def _km(lat1: float, lon1: float, lat2: float, lon2: float) -> float:
    p1, p2 = math.radians(lat1), math.radians(lat2)
    dp, dl = p2 - p1, math.radians(lon2 - lon1)
    a = math.sin(dp / 2) ** 2 + math.cos(p1) * math.cos(p2) * math.sin(dl / 2) ** 2
    return 6371.0 * 2 * math.asin(min(1.0, math.sqrt(a)))


def score_candidate(cand: Candidate, mention: PlaceMention, context: PlaceContext,
                    weights: GeoWeights, *, town_exists: bool) -> tuple[float, list[str]]:
    """A candidate's score and the reasons that raised it."""
    w, why = weights, []
    cue = mention_cue(mention)
    score = {"main": w.name_main, "alt": w.name_alt}.get(cand.match, w.name_skeleton)
    if cand.match == "skeleton":
        why.append("spelling close")
    score += w.population * min(1.0, math.log10(cand.population + 1) / 7)
    if cand.is_country:
        score += w.country_named
    elif cand.is_admin:
        if cue == "admin":
            score += w.cue_admin_area
            why.append("named as an area")
        elif cue == "town":
            score += w.cue_town_area
        elif town_exists:
            score += w.bare_area
    else:
        if cue == "town":
            score += w.cue_town_place
        if cand.feature_code == "PPLC":
            score += w.capital
            why.append("capital")
        elif cand.feature_code == "PPLA":
            score += w.admin_seat
    if mention.country and mention.country == cand.country:
        score += w.stated_parent
        why.append(f"in {cand.country} as the text says")
    if context.country:
        if cand.country == context.country:
            score += w.same_country
            why.append(f"same country as the report ({cand.country})")
        elif not cand.is_country:
            score += w.other_country
    if cand.country in context.country_hints:
        score += w.country_hint
    if cand.admin1 and not cand.is_admin and name_key(cand.admin1) in context.admin_names:
        score += w.admin_mentioned
        why.append(f"in {cand.admin1}, named in the report")
    for name, lat, lon in context.anchors:
        if 1.0 < _km(lat, lon, cand.lat, cand.lon) < 100:  # another place, not this one
            score += w.near_other_place
            why.append(f"near {name}")
            break
    return score, why


def resolve_place(mention: PlaceMention, *, context: PlaceContext, gazetteer: Gazetteer,
                  weights: GeoWeights) -> ResolvedPlace | None:
    """The best-scoring place for a mention, or None when no candidate is good enough."""
    cands = gazetteer.lookup(mention.name, limit=25)
    # a loose (consonant-frame) spelling is trusted only inside the country the text is about
    cands = [c for c in cands if c.match != "skeleton"
             or c.country in (context.country, mention.country)]
    if not cands:
        return None
    town_exists = any(c.feature_class == "P" for c in cands)
    scored = sorted(
        ((*score_candidate(c, mention, context, weights, town_exists=town_exists), c)
         for c in cands), key=lambda t: -t[0])
    best_score, best_why, best = scored[0]
    if best_score < weights.threshold:
        return None
    reasons = list(best_why)
    if best.is_country:
        reasons.insert(0, "a country named alone")
    elif len(scored) > 1:
        runner = scored[1][2]
        if best.population > runner.population and best.country == runner.country:
            reasons.insert(0, "larger population")
        elif best.population > runner.population:
            reasons.insert(0, f"larger population than {runner.name} ({runner.country})")
    else:
        reasons.insert(0, "only candidate")
    if best.is_country or best.is_admin:
        precision = 3
    else:
        precision = 2 if mention_cue(mention) == "near" else 1
    return ResolvedPlace(
        name=best.name, country=best.country, admin1="" if best.is_country else best.admin1,
        admin2=best.admin2, latitude=round(best.lat, 4), longitude=round(best.lon, 4),
        geo_precision=precision, geonameid=best.geonameid, feature_class=best.feature_class,
        feature_code=best.feature_code, score=round(best_score, 3), reason="; ".join(reasons))


def document_country(mentions: Sequence[PlaceMention], *, gazetteer: Gazetteer,
                     hints: Sequence[str] = ()) -> str | None:
    """The report's country: votes from named countries, place names and demonym hints."""
    votes: dict[str, float] = defaultdict(float)
    for m in mentions:
        cands = [c for c in gazetteer.lookup(m.name, limit=10) if c.match != "skeleton"]
        if not cands:
            continue
        if m.country:
            votes[m.country] += 2.0
        top = max(cands, key=lambda c: (c.is_country, c.population))
        if top.is_country:
            votes[top.country] += 2.0
            continue
        countries = {c.country for c in cands}
        share = 1.0 / len(countries)
        for country in countries:
            votes[country] += share
        votes[top.country] += 0.5
    for hint in hints:
        votes[hint] += 1.0
    if not votes:
        return None
    ranked = sorted(votes.items(), key=lambda kv: -kv[1]) + [("", 0.0)]
    (best, n), (_, second) = ranked[0], ranked[1]
    return best if n > second else None


def resolve_places(mentions: Sequence[PlaceMention], *, gazetteer: Gazetteer,
                   weights: GeoWeights, hints: Sequence[str] = ()
                   ) -> list[tuple[PlaceMention, ResolvedPlace | None]]:
    """Resolve every mention of one document: country first, then each place in context."""
    country = document_country(mentions, gazetteer=gazetteer, hints=hints)
    admins = {name_key(m.name) for m in mentions if mention_cue(m) == "admin"}
    base = PlaceContext(mentions=tuple(mentions), country=country,
                        country_hints=tuple(dict.fromkeys(hints)), admin_names=tuple(admins))
    first = [resolve_place(m, context=base, gazetteer=gazetteer, weights=weights)
             for m in mentions]
    anchors = tuple((r.name, r.latitude, r.longitude) for r in first
                    if r is not None and r.geo_precision < 3 and r.latitude is not None
                    and r.longitude is not None)
    admin_keys = admins | {name_key(r.admin1) for r in first if r is not None and r.admin1}
    if not anchors and admin_keys == admins:
        return list(zip(mentions, first, strict=True))
    ctx = PlaceContext(mentions=base.mentions, country=country,
                       country_hints=base.country_hints,
                       admin_names=tuple(sorted(admins | {
                           name_key(r.admin1) for r in first
                           if r is not None and r.geo_precision == 3 and r.admin1})),
                       anchors=anchors)
    return [(m, resolve_place(m, context=ctx, gazetteer=gazetteer, weights=weights))
            for m in mentions]


def choose_event_place(resolved: Sequence[tuple[PlaceMention, ResolvedPlace | None]]
                       ) -> ResolvedPlace | None:
    """The most specific resolved place, in text order: a town, else an area, else a country."""
    found = [r for _, r in resolved if r is not None]
    for want in (lambda r: r.geo_precision < 3, lambda r: r.feature_code.startswith("ADM"),
                 lambda r: True):
        for r in found:
            if want(r):
                return r
    return None
