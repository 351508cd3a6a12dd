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

__all__ = [
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
