"""A round-up's country sections: a line of capitals naming a country ("GEORGIA", "DR CONGO")
opens the section whose events happened there."""

from __future__ import annotations

import re

from warcount.mentions.countries import CountryLexicon

_HEADER = re.compile(r"^[ \t]*([A-Z][A-Z .'&-]{2,40}?)[ \t]*:?[ \t]*$", re.MULTILINE)


def country_sections(text: str, countries: CountryLexicon) -> list[int]:
    """Where each country section begins, in text order."""
    return [m.start() for m in _HEADER.finditer(text) if _country(m.group(1), countries)]


def _country(line: str, countries: CountryLexicon) -> str | None:
    """The country a line of capitals names, in any case ("DR CONGO" is "DR Congo")."""
    found = countries.canonical(line.title()) or countries.canonical(line)
    if found is None:
        folded = line.casefold()
        found = next((c for name, c in countries.names.items() if name.casefold() == folded),
                     None)
    return found
