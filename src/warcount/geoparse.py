"""Every place a text names, resolved: the same finding and resolving code as events use.

`geoparse_document` gives one `GeoparsedPlace` per mention: the winning gazetteer place, its
score, the reason it won, and the runners-up; a mention no candidate fits keeps no
coordinates and says why (never a wild guess). Demonyms ("Syrian forces") count as
mentions of their country, as the geoparsing benchmarks annotate them.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import asdict, dataclass
from typing import TYPE_CHECKING, Any

from warcount.geo.resolve import (
    ScoredCandidate,
    explain_places,
    mention_threshold,
    to_resolved,
)
from warcount.mentions.countries import find_countries
from warcount.mentions.places import (
    NOT_PLACE_LABELS,
    find_places,
    known_name,
    reread,
)
from warcount.nlp import PLACE_LABELS, sentence_entities, sentences
from warcount.records import Document, PlaceMention

if TYPE_CHECKING:
    from spacy.tokens import Doc

    from warcount.pipeline import Pipeline

RUNNERS_UP = 3


@dataclass(frozen=True)
class RunnerUp:
    """A candidate that lost, with its score."""

    name: str
    country: str
    admin1: str
    feature_code: str
    latitude: float
    longitude: float
    score: float


@dataclass(frozen=True)
class GeoparsedPlace:
    """One place mention of a document and where it resolved (or why it did not)."""

    doc_id: str
    start: int
    end: int
    text: str
    name: str | None
    country: str | None
    admin1: str | None
    latitude: float | None
    longitude: float | None
    geonameid: int | None
    score: float
    reason: str
    feature_class: str | None = None
    feature_code: str | None = None
    geo_precision: int | None = None
    kind: str = ""  # how it was found: "GPE", "LOC", "FAC", "pattern", "gazetteer", "demonym"
    runners_up: tuple[RunnerUp, ...] = ()

    def to_dict(self) -> dict[str, Any]:
        return asdict(self)


def _runner(s: ScoredCandidate) -> RunnerUp:
    c = s.candidate
    return RunnerUp(name=c.name, country=c.country, admin1=c.admin1,
                    feature_code=c.feature_code, latitude=round(c.lat, 4),
                    longitude=round(c.lon, 4), score=s.score)


def place_record(doc_id: str, mention: PlaceMention, ranked: Sequence[ScoredCandidate],
                 *, threshold: float) -> GeoparsedPlace:
    """The record of one mention from its ranked candidates."""
    kind = mention.kind
    if not ranked or ranked[0].score < threshold:
        why = ("no gazetteer entry has this name" if not ranked else
               f"best candidate {ranked[0].candidate.name} ({ranked[0].candidate.country}) "
               f"scores {ranked[0].score} < {threshold}: none of these")
        return GeoparsedPlace(doc_id=doc_id, start=mention.start, end=mention.end,
                              text=mention.text, name=None, country=None, admin1=None,
                              latitude=None, longitude=None, geonameid=None,
                              score=ranked[0].score if ranked else 0.0, reason=why, kind=kind,
                              runners_up=tuple(_runner(s) for s in ranked[:RUNNERS_UP]))
    r = to_resolved(mention, ranked)
    return GeoparsedPlace(
        doc_id=doc_id, start=mention.start, end=mention.end, text=mention.text, name=r.name,
        country=r.country or None, admin1=r.admin1 or None, latitude=r.latitude,
        longitude=r.longitude, geonameid=r.geonameid, score=r.score, reason=r.reason,
        feature_class=r.feature_class, feature_code=r.feature_code,
        geo_precision=r.geo_precision, kind=kind,
        runners_up=tuple(_runner(s) for s in ranked[1:1 + RUNNERS_UP]))


def _demonyms(p: Pipeline, text: str, offset: int,
              taken: Sequence[PlaceMention]) -> list[PlaceMention]:
    out = []
    for c in find_countries(text, offset=offset, lexicon=p.countries):
        if c.kind != "demonym" or any(m.start < c.end and c.start < m.end for m in taken):
            continue
        out.append(PlaceMention(start=c.start, end=c.end, text=c.text, name=c.country,
                                country=c.country, kind="demonym",
                                reason=f"cue=none; demonym of {c.country}"))
    return out


_STREET = re.compile(
    r"(?i)\b(?:street|st|road|rd|avenue|ave|boulevard|blvd|lane|drive|highway|hwy|route|"
    r"interstate|exit|parkway|pike|way|court|plaza|square|mall|center|centre|hall|"
    r"school|church|hospital|jail|office|building|station)\.?$")


def _reread(p: Pipeline, m: PlaceMention) -> PlaceMention:
    """A mention the gazetteer does not know whole, read again: a demonym names its
    country ("Sri Lankan"), a longer span its place ("Athens Police" -> Athens)."""
    assert p.gazetteer is not None
    if m.kind == "demonym" or known_name(m.name, p.gazetteer):
        return m
    for c in find_countries(m.text, offset=m.start, lexicon=p.countries):
        if c.kind == "demonym" and c.start == m.start:
            return PlaceMention(start=c.start, end=c.end, text=c.text, name=c.country,
                                country=c.country, kind="demonym",
                                reason=f"cue=none; demonym of {c.country}")
    return reread(m, p.gazetteer)


def _not_a_place(place: GeoparsedPlace, people: set[str]) -> bool:
    """An unresolved mention that is most likely no place: a name only the gazetteer
    proposed, a building or a street, a person's name used elsewhere in the text."""
    text = place.text
    return (place.kind in ("gazetteer", "FAC") or not text[:1].isupper()
            or bool(_STREET.search(text)) or text in people
            or any(ch.isdigit() for ch in text))


def geoparse_document(p: Pipeline, doc: Document, *, parsed: Doc | None = None,
                      demonyms: bool = True) -> list[GeoparsedPlace]:
    """One record per place mention; unresolved mentions keep no coordinates and say why.

    A mention left unresolved that is most likely not a place (a name only the gazetteer
    proposed, a street, a building, a person's surname) is left out."""
    if p.gazetteer is None:
        return []
    parsed = parsed if parsed is not None else p.nlp(doc.text)
    mentions: list[PlaceMention] = []
    hints: list[str] = []
    people: set[str] = set()
    for s in sentences(parsed):
        ents = sentence_entities(parsed, s, (*PLACE_LABELS, *NOT_PLACE_LABELS, "ORG"))
        for a, b, label in ents:
            if label == "PERSON":
                people.update({s.text[a:b], s.text[a:b].split()[-1]})
        found = find_places(s.text, offset=s.start, entities=ents, gazetteer=p.gazetteer)
        found = [_reread(p, m) for m in found]
        countries = find_countries(s.text, offset=s.start, lexicon=p.countries)
        hints += [c.country for c in countries]
        if demonyms:
            found = sorted(found + _demonyms(p, s.text, s.start, found), key=lambda m: m.start)
        mentions += found
    explained = explain_places(mentions, gazetteer=p.gazetteer, weights=p.geo_weights,
                               hints=hints)
    records = [place_record(doc.id, m, ranked, threshold=mention_threshold(m, p.geo_weights))
               for m, ranked in explained]
    return [r for r in records if r.latitude is not None or not _not_a_place(r, people)]
