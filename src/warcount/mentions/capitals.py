"""A capital named by its country: "in Somalia's capital", "the capital of Mali", "the Afghan
capital". Wire reports name the city this way as often as by its name; a coder places the
event in the capital city itself."""

from __future__ import annotations

import datetime as dt
import re
from functools import cache
from pathlib import Path

import yaml

from warcount.geo.gazetteer import Gazetteer
from warcount.mentions.countries import CountryLexicon
from warcount.records import PlaceMention

_AFTER_NAME = re.compile(r"['’]s\s+capital(?:\s+city)?\b")  # "Somalia's capital"
_BEFORE_NAME = re.compile(r"\bthe\s+capital(?:\s+city)?\s+of\s+(?:the\s+)?$", re.IGNORECASE)
_AFTER_PEOPLE = re.compile(r"\s+capital(?:\s+city)?\b")  # "the Afghan capital"
_THE = re.compile(r"\bthe\s+$", re.IGNORECASE)
CAPITALS = Path(__file__).resolve().parent.parent / "data" / "capitals.yaml"


@cache
def _capital_rows() -> dict[str, list[tuple[str, dt.date | None]]]:
    data = yaml.safe_load(CAPITALS.read_text(encoding="utf-8"))
    if not isinstance(data, dict):
        raise ValueError(f"{CAPITALS}: expected a mapping of countries")
    out: dict[str, list[tuple[str, dt.date | None]]] = {}
    for country, rows in data.items():
        if not isinstance(rows, list) or not all(
                isinstance(r, dict) and isinstance(r.get("city"), str) for r in rows):
            raise ValueError(f"{CAPITALS}: {country}: expected a list of {{city, until?}}")
        out[str(country)] = [(r["city"], r.get("until")) for r in rows]
    return out


def capital_of(country: str, gazetteer: Gazetteer, day: dt.date | None = None) -> str | None:
    """The city a report of `day` means by `country`'s capital (capitals.yaml, else the
    gazetteer's): Bujumbura in a Burundian report of 2015, Gitega in one of 2021."""
    for city, until in _capital_rows().get(country, []):
        if until is None or day is None or day <= until:
            return city
    return gazetteer.capital(country)


def capital_mentions(text: str, *, offset: int, countries: CountryLexicon,
                     gazetteer: Gazetteer, day: dt.date | None = None) -> list[PlaceMention]:
    """The capitals `text` names through their countries, as mentions of the city."""
    out: list[PlaceMention] = []
    if "capital" not in text:
        return out
    for m in countries.pattern.finditer(text):
        word = m.group(0)
        start, end = m.start(), m.end()
        country = countries.names.get(word)
        after = _AFTER_NAME.match(text, end) if country else None
        if after is not None:
            end = after.end()
        elif country and (before := _BEFORE_NAME.search(text, max(0, start - 30), start)):
            start = before.start()
        elif country is None and _THE.search(text, max(0, start - 5), start) and (
                people := _AFTER_PEOPLE.match(text, end)):
            country = countries.of_demonym(word)
            start, end = start - 4, people.end()
        else:
            continue
        city = capital_of(country, gazetteer, day) if country else None
        if city is None or country is None:
            continue
        out.append(PlaceMention(
            start=offset + start, end=offset + end, text=text[start:end], name=city,
            country=country, kind="pattern",
            reason=f"cue=town; '{text[start:end]}' is {city}, the capital of {country}"))
    return out


# "In the capital, thousands marched", "clashes in the capital city": the report's own capital
# (and a sentence about the city itself: "The capital has lived through two tense days"; not
# "The Capital City Police Officer said")
_BARE = re.compile(r"\b(?i:(?:in|across|around)\s+the\s+(capital(?:\s+city)?))\b(?!\s+of\b)|"
                   r"^The\s+(capital)\s+(?=(?:has|had|was|is|remained|remains|woke|saw|lived|spent)\b)")


def bare_capital_mentions(text: str, *, offset: int, country: str, gazetteer: Gazetteer,
                          day: dt.date | None = None) -> list[PlaceMention]:
    """ "In the capital" with no country named: the capital of the report's country."""
    city = capital_of(country, gazetteer, day) if "apital" in text else None
    if city is None:
        return []
    out = []
    for m in _BARE.finditer(text):
        g = m.lastindex or 1
        out.append(PlaceMention(
            start=offset + m.start(g), end=offset + m.end(g), text=m.group(g), name=city,
            country=country, kind="pattern",
            reason=f"cue=town; '{m.group(g)}' is {city}, the capital of {country}, the "
                   "report's country"))
    return out
