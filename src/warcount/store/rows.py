"""Events to table rows and back, and the query filters the CLI and the API share."""

from __future__ import annotations

import datetime as dt
import json
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from typing import Any

from sqlalchemy import ColumnElement, and_, func, or_

from warcount.records import Deaths, Event, Evidence
from warcount.store.schema import DEATHS_FIELDS, EVENT_FIELDS, events


def event_row(e: Event) -> dict[str, Any]:
    """The events-table columns of an event (without n_sources and first_document)."""
    row = {name: getattr(e, name) for name in EVENT_FIELDS}
    row.update({f"deaths_{n}": getattr(e.deaths, n) for n in DEATHS_FIELDS})
    row["country_key"] = country_key(e.country)
    return row


def country_key(country: str) -> str:
    """How a country name is compared: case and outer spaces do not matter."""
    return country.strip().lower()


def row_event(row: Mapping[Any, Any], evidence: Sequence[Evidence] = ()) -> Event:
    """An Event from an events-table row (extra columns such as n_sources are ignored)."""
    values = {name: row[name] for name in EVENT_FIELDS}
    values["civilian_targeting"] = bool(values["civilian_targeting"])
    deaths = Deaths(**{n: int(row[f"deaths_{n}"]) for n in DEATHS_FIELDS})
    return Event(**values, deaths=deaths, evidence=tuple(evidence))


def event_json(e: Event) -> str:
    """One report's own event as JSON (stable: same event, same text)."""
    return json.dumps(e.to_dict(), sort_keys=True, ensure_ascii=False)


def json_event(text: str) -> Event:
    """The Event `event_json` wrote."""
    d = json.loads(text)
    d["deaths"] = Deaths(**d["deaths"])
    d["evidence"] = tuple(Evidence(**x) for x in d["evidence"])
    return Event(**d)


def _day(value: dt.date | str | None) -> str | None:
    if value is None or value == "":
        return None
    if isinstance(value, dt.date):
        return value.isoformat()
    return dt.date.fromisoformat(str(value)).isoformat()


@dataclass(frozen=True)
class EventFilter:
    """What `warcount events` and `Store.events` select by; every part optional.

    `since`/`until` are inclusive days; `type` matches the disorder type, event type or
    sub-event type; `actor` is a case-insensitive part of any actor name; `bbox` is
    (west, south, east, north) in degrees.
    """

    country: str | None = None
    admin1: str | None = None
    since: dt.date | str | None = None
    until: dt.date | str | None = None
    type: str | None = None
    actor: str | None = None
    min_fatalities: int | None = None
    bbox: tuple[float, float, float, float] | None = None

    def conditions(self) -> list[ColumnElement[bool]]:
        c = events.c
        conds: list[ColumnElement[bool]] = []
        if self.country:
            conds.append(c.country_key == country_key(self.country))
        if self.admin1:
            conds.append(func.lower(c.admin1) == self.admin1.lower())
        if (since := _day(self.since)) is not None:
            conds.append(c.event_date >= since)
        if (until := _day(self.until)) is not None:
            conds.append(c.event_date <= until)
        if self.type:
            t = self.type.lower()
            conds.append(or_(func.lower(c.event_type) == t, func.lower(c.sub_event_type) == t,
                             func.lower(c.disorder_type) == t))
        if self.actor:
            pattern = f"%{self.actor.lower()}%"
            conds.append(or_(*(func.lower(col).like(pattern) for col in (
                c.actor1, c.actor2, c.assoc_actor_1, c.assoc_actor_2))))
        if self.min_fatalities is not None:
            conds.append(c.fatalities >= self.min_fatalities)
        if self.bbox is not None:
            west, south, east, north = self.bbox
            lon = (c.longitude.between(west, east) if west <= east
                   else or_(c.longitude >= west, c.longitude <= east))  # across the antimeridian
            conds.append(and_(c.latitude.between(south, north), lon))
        return conds


def parse_bbox(text: str) -> tuple[float, float, float, float]:
    """"W,S,E,N" in degrees; ValueError with the reason when it is not one."""
    parts = [p.strip() for p in text.split(",")]
    if len(parts) != 4:
        raise ValueError("expected four numbers W,S,E,N")
    west, south, east, north = (float(p) for p in parts)
    if not (-90 <= south <= north <= 90 and -180 <= west <= 180 and -180 <= east <= 180):
        raise ValueError("expected -180<=W,E<=180 and -90<=S<=N<=90")
    return west, south, east, north
