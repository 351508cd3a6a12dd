"""warcount: news reports of armed conflict in, ACLED/UCDP-style events out."""

from warcount.records import (
    ActorMention,
    DateMention,
    Deaths,
    Document,
    Event,
    Evidence,
    NumberMention,
    PlaceMention,
    ResolvedPlace,
    Sentence,
)


def extract(text: str, *, published: object = None, doc_id: str = "text") -> list[Event]:
    """The events one report describes; `published` is a date or "YYYY-MM-DD".

    The model, lexicons and gazetteer load on the first call and are kept for the next.
    """
    from warcount.pipeline import extract as run

    return run(text, published=published, doc_id=doc_id)


def geoparse(text: str, *, doc_id: str = "text") -> list[object]:
    """Every place the text names, resolved where the gazetteer allows."""
    from warcount.geoparse import geoparse_document
    from warcount.pipeline import _default

    return list(geoparse_document(_default(), Document(doc_id, text)))


__all__ = [
    "extract",
    "geoparse",
    "ActorMention",
    "DateMention",
    "Deaths",
    "Document",
    "Event",
    "Evidence",
    "NumberMention",
    "PlaceMention",
    "ResolvedPlace",
    "Sentence",
]
