"""Resolve place mentions to gazetteer places, reading the rest of the document.

Each candidate is scored on name match, population, feature class, the mention's cue
("X province", "the town of X"), a stated parent ("X, Y") and the document's context: the
share of its places in each country and first-level division, and the places near it. The
document is read twice: a first pass finds the confident places, a second scores every
mention against them. Below a threshold the answer is "none of these", never a wild guess.
"""

from __future__ import annotations

import math
from collections import defaultdict
from collections.abc import Sequence
from dataclasses import dataclass, field, fields
from importlib import resources
from typing import NamedTuple

import yaml

from warcount.geo.gazetteer import Candidate, Gazetteer
from warcount.geo.names import name_key, skeleton_key
from warcount.mentions.places import mention_cue, mention_parent
from warcount.records import PlaceMention, ResolvedPlace


@dataclass(frozen=True)
class GeoWeights:
    name_main: float
    name_alt: float
    name_skeleton: float
    key_only: float
    alt_beside_main: float
    population: float
    capital: float
    admin_seat: float
    cue_admin_area: float
    cue_town_place: float
    cue_town_area: float
    area_named: float
    bare_area: float
    country_named: float
    same_country: float
    other_country: float
    country_hint: float
    stated_parent: float
    same_admin1: float
    near_other_place: float
    region_named: float
    home_division: float
    world_city: float
    dwarfed: float
    threshold: float
    threshold_named: float


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
    points: tuple[tuple[str, float, float], ...] = ()  # the same, areas too (not countries)
    country_shares: tuple[tuple[str, float], ...] = ()  # share of the places in each country
    # (name key, country, admin1, weight) of each place the first reading resolved
    placed: tuple[tuple[str, str, str, float], ...] = ()
    # (name key, country, weight) of each vote for the document's country ("" for a hint)
    votes: tuple[tuple[str, str, float], ...] = ()
    # the answers below, by their arguments: each candidate of each mention asks them again
    _shares: dict[tuple[str, str], float] = field(
        default_factory=dict, init=False, repr=False, compare=False)
    _admin1_shares: dict[tuple[str, str, str], float] = field(
        default_factory=dict, init=False, repr=False, compare=False)
    _has_country: dict[str, bool] = field(
        default_factory=dict, init=False, repr=False, compare=False)

    def country_share(self, country: str, *, besides: str = "") -> float:
        """Share of the document's other places (not named `besides`) in `country`. Once the
        first reading has placed the names, a mention is never its own context: with no
        other place or clue, the share is 0."""
        share = self._shares.get((country, besides))
        if share is None:
            share = self._shares[(country, besides)] = self._country_share(country, besides)
        return share

    def _country_share(self, country: str, besides: str) -> float:
        if self.placed:
            rows = [(c, w) for k, c, _, w in self.placed if k not in (besides, besides + " ?")]
            total = sum(w for _, w in rows)
            if total > 0:
                return sum(w for c, w in rows if c == country) / total
            if self.votes:  # no other place resolved: the other names and clues alone
                rows = [(c, w) for k, c, w in self.votes if k != besides]
                total = sum(w for _, w in rows)
                return sum(w for c, w in rows if c == country) / total if total > 0 else 0.0
        if not self.country_shares:
            return 1.0 if country == self.country else 0.0
        return dict(self.country_shares).get(country, 0.0)

    def has_country(self, *, besides: str = "") -> bool:
        """The document points to some country by more than the mention named `besides`
        (once the first reading has placed the document's names)."""
        has = self._has_country.get(besides)
        if has is None:
            has = self._has_country[besides] = self._has_country_besides(besides)
        return has

    def _has_country_besides(self, besides: str) -> bool:
        if self.placed and self.votes:
            return any(k not in (besides, besides + " ?") and c for k, c, _, _ in self.placed
                       ) or any(w > 0 for k, _, w in self.votes if k != besides)
        return bool(self.country or self.country_shares)

    def admin1_share(self, country: str, admin1: str, *, besides: str = "") -> float:
        """Share of the document's other places (not named `besides`) in that admin1."""
        share = self._admin1_shares.get((country, admin1, besides))
        if share is None:
            share = self._admin1_shares[(country, admin1, besides)] = self._admin1_share(
                country, admin1, besides)
        return share

    def _admin1_share(self, country: str, admin1: str, besides: str) -> float:
        rows = [(c, a) for k, c, a, _ in self.placed if k != besides and a]
        if not rows:
            return 0.0
        return sum(1 for c, a in rows if c == country and a == admin1) / len(rows)


@dataclass(frozen=True)
class ScoredCandidate:
    """A candidate with its score and the reasons that raised it."""

    candidate: Candidate
    score: float
    reasons: tuple[str, ...]


def distance_km(lat1: float, lon1: float, lat2: float, lon2: float) -> float:
    p1, p2 = math.radians(lat1), math.radians(lat2)
    dp, dl = p2 - p1, math.radians(lon2 - lon1)
    a = math.sin(dp / 2) ** 2 + math.cos(p1) * math.cos(p2) * math.sin(dl / 2) ** 2
    return 6371.0 * 2 * math.asin(min(1.0, math.sqrt(a)))


_FEATURES = ("L", "H", "T")  # regions, water, land features (GeoNames feature classes)


def _is_whole(cand: Candidate) -> bool:
    """A country or a continent: named alone, it is the area itself."""
    return cand.is_country or cand.feature_code == "CONT"


def _has_seat(area: Candidate, cands: Sequence[Candidate]) -> bool:
    """A town of the same name stands for the area named alone: its seat inside it (Aleppo),
    the national capital (Washington), or a town larger than the whole area (Gaza)."""
    key = name_key(area.name)
    for c in cands:
        if c.feature_class != "P":
            continue
        if c.population > area.population and c.match == "main":
            return True
        if c.country_code != area.country_code:
            continue
        if c.feature_code == "PPLC" and c.match != "skeleton":
            return True
        inside = area.feature_code == "ADM1" and c.admin1 == area.admin1 or (
            area.feature_code == "ADM2" and c.admin2 == area.admin2)
        if inside and (c.match in ("main", "alt") or name_key(c.name) == key):
            # ("Chittagong": the division and Chattogram, its seat, which bears the name too)
            return True
    return False


def _home_division(cand: Candidate, cands: Sequence[Candidate], context: PlaceContext,
                   own: str) -> bool:
    """A first-level division of the report's own country that shares its name with a
    foreign country (Georgia in a story set in the United States)."""
    if cand.feature_code != "ADM1" or cand.match != "main":
        return False
    if not any(c.is_country and c.country != cand.country for c in cands):
        return False
    return context.country_share(cand.country, besides=own) >= 0.5


def _world_city(cand: Candidate) -> bool:
    """A national capital or a city of a million: known by name far beyond its country."""
    return cand.feature_class == "P" and (cand.feature_code == "PPLC"
                                          or cand.population >= 1_000_000)


class _Named(NamedTuple):
    """What the scores of a mention's candidates read of the mention (read once for all)."""

    cue: str
    parent: str | None  # the area the text names it in ("X, Y")
    parent_key: str | None
    own: str  # its name's key

    @classmethod
    def of(cls, mention: PlaceMention) -> _Named:
        parent = mention_parent(mention)
        return cls(mention_cue(mention), parent, name_key(parent) if parent else None,
                   name_key(mention.name))


def score_candidate(cand: Candidate, mention: PlaceMention, context: PlaceContext,
                    weights: GeoWeights, *, has_seat: bool = False,
                    home: bool = False, kinds: frozenset[str] = frozenset({"A", "P"}),
                    named: _Named | None = None) -> tuple[float, list[str]]:
    """A candidate's score and the reasons that raised it. `kinds`: the feature classes
    among the mention's candidates ("A" areas, "P" towns, and "ADM1"); a cue ("X district",
    "X town") that no candidate fits costs nothing, since the gazetteer lacks the cued place,
    and a district named alone is the district when no town or state bears its name.
    `named`: `_Named.of(mention)`, when the caller has it."""
    w, why = weights, []
    named = named or _Named.of(mention)
    cue = named.cue
    score = (w.name_main if cand.match == "main" else w.name_alt if cand.match == "alt"
             else w.name_skeleton)
    if cand.match == "skeleton":
        why.append("spelling close")
    score += w.population * min(1.0, math.log10(cand.population + 1) / 7)
    if _is_whole(cand):
        score += w.country_named
    elif cand.feature_class in _FEATURES:
        score += w.region_named
        why.append("a region or a natural feature named alone")
    elif cand.feature_class == "A":
        if cue == "admin":
            score += w.cue_admin_area
            why.append("named as an area")
        elif cue == "town" and "P" in kinds:
            score += w.cue_town_area
        elif cue == "town":
            why.append("the area of a town the gazetteer lacks")
        elif has_seat or cand.feature_code != "ADM1" and kinds & {"P", "ADM1"}:
            score += w.bare_area
        else:
            score += w.area_named
            why.append("an area named alone")
        if home:
            score += w.home_division
            why.append(f"a division of {cand.country}, where the report is set")
    else:
        if cue == "town":
            score += w.cue_town_place
        elif cue == "admin" and "A" in kinds:
            score += w.cue_town_area  # "X province" but the candidate is a town: a mismatch
        elif cue == "admin" and context.country and cand.country != context.country:
            score += w.cue_town_area  # ("the Páez municipality" in a report on Venezuela:
            # not Colombia's village of Páez, standing for an area abroad)
        elif cue == "admin":
            why.append(f"the town that names the {cand.name} area the gazetteer lacks")
        if cand.feature_code == "PPLC":
            score += w.capital
            why.append("capital")
        elif cand.feature_code == "PPLA":
            score += w.admin_seat
    parent = named.parent
    if mention.kind == "demonym" and cand.country == mention.country:
        score += w.stated_parent
        why.append("the country of a demonym")
    elif mention.country and mention.country == cand.country or parent and (
            named.parent_key in (name_key(cand.admin1), name_key(cand.admin2))):
        score += w.stated_parent
        why.append(f"in {parent or cand.country} as the text says")
    own = named.own
    share = context.country_share(cand.country, besides=own)
    if share > 0:
        score += w.same_country * share
        if share >= 0.5:
            why.append(f"same country as the report ({cand.country})")
    elif context.has_country(besides=own) and not _is_whole(cand) and cand.country:
        if _world_city(cand):
            score += w.world_city
            why.append("a city known worldwide")
        else:
            score += w.other_country
    if cand.country in context.country_hints:
        score += w.country_hint
    if cand.admin1 and not _is_whole(cand):
        a1 = context.admin1_share(cand.country, cand.admin1, besides=own)
        if a1 > 0 and cand.feature_code != "ADM1":
            score += w.same_admin1 * a1
            if a1 >= 0.3:
                why.append(f"in {cand.admin1}, like the report's other places")
    if cand.feature_class != "A" or cand.feature_code == "ADM2":
        # (not the place this very name was read as before, in another spelling:
        # "Zaporizhzhia" is not near "Zaporizhzhya")
        said = skeleton_key(mention.name)
        for name, lat, lon in context.anchors:
            if name_key(name) != name_key(cand.name) and skeleton_key(name) != said and distance_km(
                    lat, lon, cand.lat, cand.lon) < 100:
                score += w.near_other_place
                why.append(f"near {name}")
                break
    return score, why


def _near_anchor(cand: Candidate, context: PlaceContext, km: float = 300.0) -> bool:
    others = [(lat, lon) for name, lat, lon in context.points
              if name_key(name) != name_key(cand.name)]
    return not others or any(distance_km(lat, lon, cand.lat, cand.lon) < km
                             for lat, lon in others)


def rank_candidates(mention: PlaceMention, *, context: PlaceContext, gazetteer: Gazetteer,
                    weights: GeoWeights) -> list[ScoredCandidate]:
    """Every candidate of a mention, best first."""
    # a loose (consonant-frame) spelling is trusted only inside the country the text is about
    # and near the places the text names ("Chatroo" in Kishtwar is no Chittoor 2,000 km off):
    # with neither country known, none would be kept, so none is looked for
    loose = context.country is not None or mention.country is not None
    cands = gazetteer.lookup(mention.name, limit=25, loose=loose)
    for country in {context.country, mention.country} - {None, ""}:
        if len(cands) >= 25:  # a common name ("Palma"): the report's own small town too
            known = {c.place_id for c in cands}
            cands += [c for c in gazetteer.lookup(mention.name, country=country, limit=25)
                      if c.place_id not in known]
    cands = [c for c in cands if c.match != "skeleton"
             or c.country in (context.country, mention.country) and _near_anchor(c, context)]
    # (a town spelled as written outranks a country spelled otherwise: "Maan" is the
    # Jordanian city, not the Isle of Man's "Mann"; "Mauritious" alone is still Mauritius)
    if any(c.exact and not c.is_country for c in cands):
        cands = [c for c in cands if c.exact or not c.is_country]
    if mention.country and mention.kind != "demonym" and not any(c.is_country for c in cands):
        # "X, Kenya", "X in Garissa": the text says which country; a namesake abroad is none
        # (not in a list of countries: "Italy, Spain" says nothing of where Italy is)
        cands = [c for c in cands if c.country == mention.country]
    named = _Named.of(mention)
    if named.parent_key and mention.country and not any(
            c.feature_class != "P" or named.parent_key in (name_key(c.admin1), name_key(c.admin2))
            for c in cands):
        # "al-Hamidiyah in Quneitra province", "Kyauktan village in Minbya Township": no town
        # of that name lies in the area the text names, so a namesake elsewhere is none (the
        # area itself is named too and stands for the village the gazetteer lacks); not an
        # area's name ("Delaware, Tennessee, Arkansas": a list read as a place and its parent)
        cands = []
    mains = any(c.match == "main" for c in cands)
    # "the city of Mykolaiv": the town that gives its name to the division bearing the name
    divisions = {(c.country, c.name) for c in cands
                 if c.match == "main" and c.feature_code == "ADM1"}
    kinds = frozenset(k for c in cands if c.match != "skeleton" for k in (
        "A" if c.feature_class == "A" and not _is_whole(c) else c.feature_class,
        c.feature_code if c.feature_code == "ADM1" else ""))
    own = named.own
    spelled = next((c.name for c in cands if c.exact and c.match != "skeleton"), None)
    out = []
    for c in cands:
        seat = c.feature_class == "A" and not _is_whole(c) and _has_seat(c, cands)
        home = _home_division(c, cands, context, own)
        score, why = score_candidate(c, mention, context, weights, has_seat=seat, home=home,
                                     kinds=kinds, named=named)
        if c.feature_class == "P" and (c.country, c.admin1) in divisions:
            if c.feature_code != "PPLA":
                score += weights.admin_seat
            why.append(f"the town that names {c.admin1}")
        elif mains and c.match == "alt" and not _is_whole(c):
            score += weights.alt_beside_main  # another town bears this very name
        if c.feature_class == "P" and not named.parent and c.country != mention.country and any(
                o.feature_class == "P" and o.match != "skeleton" and o.country == c.country
                and o.population >= max(_CITY, 20 * c.population) for o in cands):
            # "Mykolaiv" beside Pokrovsk is the city of 470,000, not a village of Donetsk that
            # has the name as an alternate: a namesake that small needs the text to say where
            score += weights.dwarfed
            why.append("a far larger town of the country bears the name")
        if c.match != "skeleton" and not c.exact and not _is_whole(c):
            # only the loose key agrees ("Sabah" for "Saaba"): below a place spelled as
            # written, and nothing far from every country the report points to
            if spelled is not None:
                score += weights.key_only
                why.append(f"spelled otherwise than {spelled}")
            elif (context.has_country(besides=own) and c.country not in context.country_hints
                  and context.country_share(c.country, besides=own) == 0):
                score += weights.key_only
                why.append("spelled otherwise, outside the report's countries")
        out.append(ScoredCandidate(c, round(score, 3), tuple(why)))
    return sorted(out, key=lambda s: (-s.score, -s.candidate.population, s.candidate.place_id))


_CITY = 50_000  # the least population of a town that a small namesake stands behind


def why_won(ranked: Sequence[ScoredCandidate]) -> str:
    """The winner's reasons, starting with how it beat the runner-up."""
    best = ranked[0]
    c, reasons = best.candidate, list(best.reasons)
    if c.is_country:
        reasons.insert(0, "a country named alone")
    elif c.feature_code == "CONT":
        reasons.insert(0, "a continent named alone")
    elif len(ranked) > 1:
        runner = ranked[1].candidate
        if c.population > runner.population and c.country == runner.country:
            reasons.insert(0, "larger population")
        elif c.population > runner.population:
            reasons.insert(0, f"larger population than {runner.name} ({runner.country})")
    else:
        reasons.insert(0, "only candidate")
    if len(ranked) > 1:
        second = ranked[1]
        reasons.append(f"{best.score} against {second.candidate.name} "
                       f"({second.candidate.country}) {second.score}")
    return "; ".join(dict.fromkeys(reasons))


def to_resolved(mention: PlaceMention, ranked: Sequence[ScoredCandidate]) -> ResolvedPlace:
    """The winning candidate as the record events and `places` use."""
    return _resolved(mention, ranked, why_won(ranked))


def _resolved(mention: PlaceMention, ranked: Sequence[ScoredCandidate],
              reason: str) -> ResolvedPlace:
    best = ranked[0].candidate
    if best.feature_class == "A" or best.feature_class in _FEATURES:
        precision = 3
    else:
        precision = 2 if mention_cue(mention) == "near" else 1
    whole = _is_whole(best)
    return ResolvedPlace(
        name=best.name, country=best.country, admin1="" if whole else best.admin1,
        admin2="" if whole or best.feature_code == "ADM1" else best.admin2,
        latitude=round(best.lat, 4), longitude=round(best.lon, 4), geo_precision=precision,
        geonameid=best.geonameid, feature_class=best.feature_class,
        feature_code=best.feature_code, score=ranked[0].score, reason=reason)


def mention_threshold(mention: PlaceMention, weights: GeoWeights) -> float:
    """The least score that resolves a mention: a name only the gazetteer proposed needs
    more than one the model or a place pattern already marks as a place."""
    return weights.threshold if mention.kind == "gazetteer" else weights.threshold_named


def resolve_place(mention: PlaceMention, *, context: PlaceContext, gazetteer: Gazetteer,
                  weights: GeoWeights) -> ResolvedPlace | None:
    """The best-scoring place for a mention, or None when no candidate is good enough."""
    ranked = rank_candidates(mention, context=context, gazetteer=gazetteer, weights=weights)
    if not ranked or ranked[0].score < mention_threshold(mention, weights):
        return None
    return to_resolved(mention, ranked)


def _vote_rows(mentions: Sequence[PlaceMention], gazetteer: Gazetteer,
               hints: Sequence[str]) -> list[tuple[str, str, float]]:
    """(name key, country, weight) of each vote a mention or a hint ("") gives."""
    rows: list[tuple[str, str, float]] = []
    for m in mentions:
        cands = gazetteer.lookup(m.name, limit=10, loose=False)
        if not cands:
            continue
        key = name_key(m.name)
        if m.country:
            rows.append((key, m.country, 2.0))
        if m.kind == "gazetteer" and not any(c.is_country for c in cands):
            # a capitalised word only the gazetteer proposes: a whisper, not a vote
            countries = {c.country for c in cands if c.match == "main"}
            rows += [(key, country, 0.25 / len(countries)) for country in countries]
            continue
        # a town's own name outvotes another town's alternate name (Kisii is not Jixi)
        top = max(cands, key=lambda c: (_is_whole(c), c.match == "main", c.population))
        if top.is_country and not any(c.feature_code == "ADM1" and c.match == "main"
                                      for c in cands):
            rows.append((key, top.country, 2.0))
            continue
        if top.feature_code == "CONT":
            continue
        own = [c for c in cands if c.match == "main"] or cands
        countries = {c.country for c in own}
        rows += [(key, country, 1.0 / len(countries)) for country in countries]
        rows.append((key, top.country, 0.5))
    rows += [("", hint, 1.0) for hint in hints]
    return rows


def _country_votes(mentions: Sequence[PlaceMention], gazetteer: Gazetteer,
                   hints: Sequence[str]) -> dict[str, float]:
    votes: dict[str, float] = defaultdict(float)
    for _, country, weight in _vote_rows(mentions, gazetteer, hints):
        votes[country] += weight
    return votes


def document_country(mentions: Sequence[PlaceMention], *, gazetteer: Gazetteer,
                     hints: Sequence[str] = ()) -> str | None:
    """The report's country: votes from named countries, place names and demonym hints."""
    return _leading(_country_votes(mentions, gazetteer, hints))


def _leading(votes: dict[str, float]) -> str | None:
    """The country with the most votes, unless another has as many."""
    if not votes:
        return None
    ranked = sorted(votes.items(), key=lambda kv: -kv[1]) + [("", 0.0)]
    (best, n), (_, second) = ranked[0], ranked[1]
    return best if n > second else None


def _placed(mentions: Sequence[PlaceMention], resolved: Sequence[ResolvedPlace | None]
            ) -> tuple[tuple[str, str, str, float], ...]:
    """One row per distinct name the first reading resolved: repeats do not outvote."""
    rows: dict[str, tuple[str, str, str, float]] = {}
    for m, r in zip(mentions, resolved, strict=True):
        if r is None:
            continue
        key = name_key(m.name)
        whole = r.feature_code.startswith("PCL") or r.feature_code == "CONT"
        if m.kind == "gazetteer" and not whole:
            # only the gazetteer proposed it ("Chatra" in a party's name): a quarter of a
            # vote for its country, the rest for no country, so it cannot decide alone
            rows.setdefault(key, (key, r.country, r.admin1, 0.25))
            rows.setdefault(key + " ?", (key + " ?", "", "", 0.75))
            continue
        rows.setdefault(key, (key, r.country, r.admin1, 0.5 if whole else 1.0))
    return tuple(rows.values())


def explain_places(mentions: Sequence[PlaceMention], *, gazetteer: Gazetteer,
                   weights: GeoWeights, hints: Sequence[str] = ()
                   ) -> list[tuple[PlaceMention, list[ScoredCandidate]]]:
    """Every mention of one document with its ranked candidates, read in context."""
    rows = tuple(_vote_rows(mentions, gazetteer, hints))
    votes: dict[str, float] = defaultdict(float)
    for _, c, v in rows:
        votes[c] += v
    country = _leading(votes)  # (`document_country`, from the rows at hand)
    total = sum(votes.values()) or 1.0
    base = PlaceContext(mentions=tuple(mentions), country=country,
                        country_hints=tuple(dict.fromkeys(hints)),
                        country_shares=tuple((c, v / total) for c, v in sorted(votes.items())),
                        votes=rows)
    first = [_first_reading(m, base, gazetteer, weights) for m in mentions]
    anchors = tuple(dict.fromkeys(
        (r.name, r.latitude, r.longitude) for r in first
        if r is not None and r.geo_precision < 3 and r.latitude is not None
        and r.longitude is not None))
    points = tuple(dict.fromkeys(
        (r.name, r.latitude, r.longitude) for r in first
        if r is not None and r.admin1 and r.latitude is not None and r.longitude is not None))
    ctx = PlaceContext(mentions=base.mentions, country=country,
                       country_hints=base.country_hints, anchors=anchors, points=points,
                       country_shares=base.country_shares, placed=_placed(mentions, first),
                       votes=rows)
    return [(m, rank_candidates(m, context=ctx, gazetteer=gazetteer, weights=weights))
            for m in mentions]


def _first_reading(mention: PlaceMention, context: PlaceContext, gazetteer: Gazetteer,
                   weights: GeoWeights) -> ResolvedPlace | None:
    """`resolve_place` without the winner's reasons: the first reading's places are only the
    second's context (the reasons are a fifth of the time of turning a ranking into a place)."""
    ranked = rank_candidates(mention, context=context, gazetteer=gazetteer, weights=weights)
    if not ranked or ranked[0].score < mention_threshold(mention, weights):
        return None
    return _resolved(mention, ranked, "")


def resolve_places(mentions: Sequence[PlaceMention], *, gazetteer: Gazetteer,
                   weights: GeoWeights, hints: Sequence[str] = ()
                   ) -> list[tuple[PlaceMention, ResolvedPlace | None]]:
    """Resolve every mention of one document: country first, then each place in context."""
    out: list[tuple[PlaceMention, ResolvedPlace | None]] = []
    for m, ranked in explain_places(mentions, gazetteer=gazetteer, weights=weights, hints=hints):
        ok = bool(ranked) and ranked[0].score >= mention_threshold(m, weights)
        out.append((m, to_resolved(m, ranked) if ok else None))
    return out


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
