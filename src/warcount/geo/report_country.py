"""Where a report is set: the clues its sentences give, and the vote that decides its country.

Towns weigh more than countries named whole ("Russia launched missiles at Odesa"); a country
named as an origin or a way out ("raiders from Ethiopia") not at all; the report's nationality
words and single-country cues ("Kenyan village", "the upazila chairman") a little. With no
place resolved, the clues alone decide: names first, then the one country the peoples and
groups named share, then the nationality of the forces named.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass, field

from warcount.geo.gazetteer import Gazetteer
from warcount.geo.report import (
    named_as_origin,
    namesake_near,
    one_sense,
    plausible,
    shared_country,
    stated_division,
)
from warcount.geo.resolve import GeoWeights, resolve_places
from warcount.mentions.countries import CountryMention
from warcount.mentions.country_cues import likeliest_country
from warcount.mentions.places import mention_cue, mention_parent
from warcount.records import PlaceMention, ResolvedPlace

_JOINED = re.compile(r"\s*(?:and/or|and|or|,)\s+")
_AT_HOME = re.compile(r"\s+(?:civilians|villagers|residents|farmers|herders|pastoralists|"
                      r"children|women|village|villages|town|towns|soil|territory|side)\b")
_OPENS_ON = re.compile(r"(?:^|[.!?\n])\s*In\s+$")
# "the Rwanda Defence Force", "Uganda People's Defence Forces": a country opening a force's name
# says whose force it is, not where the event is
FORCE_AFTER = re.compile(r"\s+(?:National\s+|People['’]s\s+)?(?:Defen[cs]e|Armed|Security)\s+"
                         r"Forces?\b")
SURE = 1.5  # a place resolved with at least this score is sure enough to vote in full

Resolved = dict[tuple[int, int], ResolvedPlace | None]


@dataclass
class CountryClues:
    """What a report's words say of its country, gathered sentence by sentence."""

    hints: list[str] = field(default_factory=list)  # every country named or implied
    said: list[str] = field(default_factory=list)  # countries named, their peoples, cues
    region: set[str] = field(default_factory=set)  # where the named actors operate
    shared: list[tuple[str, ...]] = field(default_factory=list)  # cues of a few countries
    operating: list[tuple[str, ...]] = field(default_factory=list)  # groups of a few
    forces_of: list[str] = field(default_factory=list)  # forces' nationality ("Kenyan troops")

    def add_countries(self, mentions: Iterable[CountryMention], text: str, *,
                      in_name: list[tuple[int, int]], force_starts: set[int]) -> None:
        """Country names and peoples of one sentence. A name inside a force's name or before
        "border" says nothing of the place; "French and Burkinabe forces" names two forces;
        the victims' nationality ("attacked Kenyan villagers") counts twice."""
        named = []
        for cm in mentions:
            if named_as_origin(text, cm.start, cm.end) or any(
                    a <= cm.start < b for a, b in in_name):
                continue
            joined = _JOINED.match(text, cm.end)
            if joined and joined.end() in force_starts or FORCE_AFTER.match(text, cm.end):
                self.forces_of.append(cm.country)
                continue
            named.append(cm.country)
            if _AT_HOME.match(text, cm.end):
                named.append(cm.country)
        self.hints += named
        self.said += named

    def add_cue(self, countries: tuple[str, ...]) -> None:
        """A people, party or office word ("Pokot raiders", "the upazila chairman")."""
        if len(countries) == 1:
            self.hints.append(countries[0])
            self.said.append(countries[0])
        else:
            self.shared.append(countries)

    def fallback(self) -> str | None:
        """The country when no place resolved."""
        if self.hints:
            return max(dict.fromkeys(self.hints), key=self.hints.count)  # first named wins a tie
        country = likeliest_country(self.shared, self.operating)  # "Maasai and Kikuyu militias"
        if country is None and self.forces_of:
            # "French and Burkinabe forces" against JNIM: the one of them where the groups
            # named operate; with none named, a single nationality
            forces = set(self.forces_of)
            home = forces & self.region if len(forces) > 1 else forces
            if len(home) == 1:
                country = home.pop()
        return country


def place_report(mentions: list[PlaceMention], text: str, clues: CountryClues, *,
                 gazetteer: Gazetteer | None, weights: GeoWeights,
                 neighbours: dict[str, frozenset[str]]) -> tuple[Resolved, str | None]:
    """Each place mention resolved (or None) and the report's country."""
    resolved: Resolved = {}
    country: str | None = None
    if gazetteer is not None and mentions:
        pairs = resolve_places(mentions, gazetteer=gazetteer, weights=weights,
                               hints=clues.hints)
        near = clues.region | set(clues.hints) | shared_country(pairs)
        resolved = {(m.start, m.end): r if r is not None and mention_parent(m) else (
                    plausible(r, near, neighbours)
                    or (namesake_near(m, near, gazetteer) if r is not None else None))
                    for m, r in pairs}
        # "Manikpur village, Karimganj upazila (Kishoregonj, Dhaka)": the bracket says where,
        # down to the division ("Mohammadpur town, ... (Noakhali, Chittagong)" is none of
        # the Mohammadpurs of other divisions)
        for k, (stated, division) in stated_division(text, pairs).items():
            if (r := resolved.get(k)) is not None and (r.country != stated or division and (
                    r.admin1 and r.admin1 != division)):
                resolved[k] = None
        resolved.update(one_sense(pairs, near))
        votes = _votes(pairs, resolved, text, clues.said)
        if votes and max(votes.values()) > 0:
            country = max(sorted(votes), key=lambda c: votes[c])
            # "Raya area of Balambala sub-county, Garissa county": a minor namesake far
            # from the country the report's places agree on is none of them
            # (a round-up's item label, "Chiure: ...", is where its item happened)
            # (a country only its namesakes share, none of them named by the text, stops
            # counting once the report's own country is named: "Alvarado", "Guadalupe" and a
            # byline's "Carrington" read in the United States, in a report on Nicaragua)
            kept = near if country not in clues.hints else (
                {country} | clues.region | set(clues.hints))
            resolved = {k: r if r is None or mention_parent(m) or mention_cue(m) == "label"
                        else plausible(
                r, {country} | kept, neighbours) for m, _ in pairs
                for k, r in [((m.start, m.end), resolved[(m.start, m.end)])]}
        for m, _ in pairs:  # a country named as an origin or a way out is no event's place
            r = resolved[(m.start, m.end)]
            if (r is not None and r.geo_precision == 3 and not r.admin1
                    and named_as_origin(text, m.start, m.end)):
                resolved[(m.start, m.end)] = None
    if country is None:
        country = clues.fallback()
    # A foreign country named as a whole ("Russian warplanes", "borders Iraq") is an actor's
    # home or a neighbour, not where the report's events happen.
    # (but one a sentence opens on is where its act happened: "In Kuwait, where peace talks
    # opened last week, the two delegations signed a deal on Tuesday")
    resolved = {k: r for k, r in resolved.items() if r is None or country is None
                or r.country == country or r.geo_precision < 3 or r.admin1
                or _OPENS_ON.search(text, max(0, k[0] - 8), k[0])}
    return resolved, country


def _votes(pairs: list[tuple[PlaceMention, ResolvedPlace | None]], resolved: Resolved,
           text: str, said: list[str]) -> dict[str, float]:
    votes: dict[str, float] = {}
    for m, _ in pairs:
        r = resolved[(m.start, m.end)]
        if r is not None and r.country:
            weight = (2.0 if r.geo_precision < 3
                      else 0.0 if named_as_origin(text, m.start, m.end)
                      else 1.5 if mention_cue(m) == "admin" else 1.0)
            if r.score < SURE:  # a namesake that barely passed counts half
                weight /= 2
            votes[r.country] = votes.get(r.country, 0.0) + weight
    for c in said:
        votes[c] = votes.get(c, 0.0) + 0.5
    return votes
