"""A capital named by its country: "in Somalia's capital", "the capital of Mali", "the Afghan
capital". Wire reports name the city this way as often as by its name; a coder places the
event in the capital city itself."""

from __future__ import annotations

import re

from warcount.geo.gazetteer import Gazetteer
from warcount.mentions.countries import CountryLexicon
from warcount.records import PlaceMention

_AFTER_NAME = re.compile(r"['’]s\s+capital(?:\s+city)?\b")  # "Somalia's capital"
_BEFORE_NAME = re.compile(r"\bthe\s+capital(?:\s+city)?\s+of\s+(?:the\s+)?$", re.IGNORECASE)
_AFTER_PEOPLE = re.compile(r"\s+capital(?:\s+city)?\b")  # "the Afghan capital"
_THE = re.compile(r"\bthe\s+$", re.IGNORECASE)


def capital_mentions(text: str, *, offset: int, countries: CountryLexicon,
                     gazetteer: Gazetteer) -> list[PlaceMention]:
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
        city = gazetteer.capital(country) if country else None
        if city is None or country is None:
            continue
        out.append(PlaceMention(
            start=offset + start, end=offset + end, text=text[start:end], name=city,
            country=country, kind="pattern",
            reason=f"cue=town; '{text[start:end]}' is {city}, the capital of {country}"))
    return out


# "In the capital, thousands marched", "clashes in the capital city": the report's own capital
_BARE = re.compile(r"\b[Ii]n\s+the\s+(capital(?:\s+city)?)\b(?!\s+of\b)", re.IGNORECASE)


def bare_capital_mentions(text: str, *, offset: int, country: str,
                          gazetteer: Gazetteer) -> list[PlaceMention]:
    """ "In the capital" with no country named: the capital of the report's country."""
    city = gazetteer.capital(country) if "apital" in text else None
    if city is None:
        return []
    return [PlaceMention(
        start=offset + m.start(1), end=offset + m.end(1), text=m.group(1), name=city,
        country=country, kind="pattern",
        reason=f"cue=town; '{m.group(1)}' is {city}, the capital of {country}, the report's "
               "country") for m in _BARE.finditer(text)]
