"""Every place a text names, resolved: the same finding and resolving code as events use."""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

from warcount.geo.resolve import resolve_places
from warcount.mentions.countries import find_countries
from warcount.mentions.places import find_places
from warcount.nlp import PLACE_LABELS, sentence_entities, sentences
from warcount.records import Document

if TYPE_CHECKING:
    from warcount.pipeline import Pipeline

@dataclass(frozen=True)
class GeoparsedPlace:
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


def geoparse_document(p: Pipeline, doc: Document) -> list[GeoparsedPlace]:
    """One record per place mention; unresolved mentions keep no coordinates and say why."""
    if p.gazetteer is None:
        return []
    parsed = p.nlp(doc.text)
    mentions = []
    hints: list[str] = []
    for s in sentences(parsed):
        ents = sentence_entities(parsed, s, PLACE_LABELS)
        mentions += find_places(s.text, offset=s.start, entities=ents, gazetteer=p.gazetteer)
        hints += [c.country for c in find_countries(s.text, offset=s.start, lexicon=p.countries)]
    out = []
    for m, r in resolve_places(mentions, gazetteer=p.gazetteer, weights=p.geo_weights,
                               hints=hints):
        out.append(GeoparsedPlace(
            doc_id=doc.id, start=m.start, end=m.end, text=m.text,
            name=r.name if r else None, country=r.country if r else None,
            admin1=r.admin1 if r else None, latitude=r.latitude if r else None,
            longitude=r.longitude if r else None, geonameid=r.geonameid if r else None,
            score=r.score if r else 0.0, reason=r.reason if r else "no candidate fits",
        ))
    return out
