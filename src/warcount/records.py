"""The typed records that pass between stages. All frozen; no loose dicts between stages."""

from __future__ import annotations

import datetime as dt
from dataclasses import asdict, dataclass, field
from typing import Any


@dataclass(frozen=True)
class Document:
    """One report as read: `text` is what every evidence offset points into."""

    id: str
    text: str
    published: dt.date | None = None
    title: str | None = None
    url: str | None = None
    source: str | None = None  # the outlet that published it
    published_from: str | None = None  # "option", "field", "metadata", "dateline"


@dataclass(frozen=True)
class Sentence:
    index: int
    start: int  # character offsets into Document.text
    end: int
    text: str
    furniture: bool = False  # caption, byline, "2 min read", a headline of another story


@dataclass(frozen=True)
class Evidence:
    field: str
    text: str
    start: int
    end: int
    reason: str = ""


@dataclass(frozen=True)
class ActorMention:
    start: int
    end: int
    text: str
    name: str  # canonical, ACLED convention: "Military Forces of Syria"
    inter: int  # 1-8, codebook table
    country: str | None = None  # country the name is scoped to, if any
    generic: bool = False  # "gunmen", "villagers": resolved by the report's country
    reason: str = ""
    party: str = ""  # a crowd of a party's supporters: the party ("ODM supporters")


@dataclass(frozen=True)
class NumberMention:
    """A count of people in a sentence: "at least 73 fighters", "two dozen civilians"."""

    start: int
    end: int
    text: str
    value: int
    low: int | None = None  # for ranges and "up to"
    high: int | None = None
    qualifier: str = ""  # "at least", "up to", "about", "vague", ...
    outcome: str = ""  # "killed", "injured", "missing", "kidnapped", "arrested", "" if unknown
    who: str = ""  # the noun counted: "fighters", "soldiers", "civilians"
    side: str = ""  # actor name the counted people belong to, if known
    vague: bool = False


@dataclass(frozen=True)
class DateMention:
    start: int
    end: int
    text: str
    date: dt.date
    precision: int = 1  # 1 day, 2 week, 3 month
    background: bool = False  # "since 2015", "in early September": older than the event window
    reason: str = ""


@dataclass(frozen=True)
class PlaceMention:
    start: int
    end: int
    text: str
    name: str
    country: str | None = None
    kind: str = ""  # "GPE", "LOC", "FAC", "pattern", "gazetteer"
    reason: str = ""


@dataclass(frozen=True)
class ResolvedPlace:
    """A place name turned into a point with its administrative parents (the geo seam)."""

    name: str
    country: str
    admin1: str = ""
    admin2: str = ""
    latitude: float | None = None
    longitude: float | None = None
    geo_precision: int = 1
    geonameid: int | None = None
    feature_class: str = ""
    feature_code: str = ""
    score: float = 0.0
    reason: str = ""


@dataclass(frozen=True)
class Deaths:
    side_a: int = 0
    side_b: int = 0
    civilians: int = 0
    unknown: int = 0


@dataclass(frozen=True)
class Event:
    event_id: str
    doc_id: str
    event_date: str | None
    time_precision: int
    disorder_type: str
    event_type: str
    sub_event_type: str
    actor1: str
    actor2: str = ""
    assoc_actor_1: str = ""
    assoc_actor_2: str = ""
    inter1: int | None = None
    inter2: int | None = None
    interaction: int | None = None
    civilian_targeting: bool = False
    country: str = ""
    admin1: str = ""
    admin2: str = ""
    location: str = ""
    latitude: float | None = None
    longitude: float | None = None
    geo_precision: int | None = None
    fatalities: int = 0
    fatalities_low: int = 0
    fatalities_best: int = 0
    fatalities_high: int = 0
    deaths: Deaths = field(default_factory=Deaths)
    injured: int | None = None
    source: str = ""
    source_outlet: str = ""
    notes: str = ""
    evidence: tuple[Evidence, ...] = ()
    confidence: float = 0.5
    reason: str = ""

    def to_dict(self) -> dict[str, Any]:
        """The native JSON form (one event a line in JSON Lines)."""
        d = asdict(self)
        d["evidence"] = [asdict(e) for e in self.evidence]
        return d
