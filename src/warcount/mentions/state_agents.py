"""A country named as the one who struck: "Russia launched a wave of drones", "Israel shelled
the camp". A coder reads the state's armed forces (ACLED: `Military Forces of <Country>`);
a country named anywhere else ("in Russia", "Russia said") is no actor."""

from __future__ import annotations

import re

from warcount.mentions.countries import CountryLexicon
from warcount.records import ActorMention

# Verbs of armed action right after the country's name (adverbs allowed between).
_STRUCK = re.compile(
    r"(?:['’]s)?\s+(?:\w+ly\s+|also\s+|again\s+)?"
    r"(?:launched|unleashed|fired|shelled|struck|bombed|bombarded|attacked|pounded|hit|"
    r"targeted|carried out|conducted|intercepted|shot down|downed|invaded|stormed|raided|"
    r"killed|sent (?:\w+ ){0,2}(?:drones|missiles|rockets|troops))\b",
    re.IGNORECASE,
)

_PLACE_BEFORE = re.compile(
    r"\b(?:in|of|from|to|into|across|near|at|on|inside|throughout|over|against|with|and|or)\s+"
    r"(?:the\s+)?$", re.IGNORECASE)


def find_state_agents(text: str, *, offset: int = 0,
                      countries: CountryLexicon) -> list[ActorMention]:
    """Country names (not demonyms) that are the subject of an armed verb."""
    out: list[ActorMention] = []
    for m in countries.pattern.finditer(text):
        country = countries.names.get(m.group(0))
        if country is None or not _STRUCK.match(text, m.end()):
            continue
        if text[m.end():m.end() + 2] in ("'s", "’s"):
            continue  # "Russia's army" is named by the actor lexicon
        if _PLACE_BEFORE.search(text, 0, m.start()):
            continue  # "fighting in Russia killed three": the place, not the agent
        out.append(ActorMention(
            offset + m.start(), offset + m.end(), m.group(0), f"Military Forces of {country}",
            1, country, reason=f"'{m.group(0)}' named as the one who struck: its armed forces"))
    return out
