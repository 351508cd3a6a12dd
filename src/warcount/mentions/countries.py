"""Country names and demonyms in text: the lexicon (data/countries.yaml) and a fast finder."""

from __future__ import annotations

import re
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import yaml

from warcount.regex_heads import with_heads

DEFAULT_COUNTRIES = Path(__file__).resolve().parents[1] / "data" / "countries.yaml"


def phrase_pattern(phrases: list[str]) -> str:
    """A regex alternation of `phrases` factored as a character trie (greedy: longest first).

    Python's `re` tries alternatives one by one; a trie keeps a scan over hundreds of
    phrases close to one pass over the text.
    """
    trie: dict[str, Any] = {}
    for phrase in phrases:
        node = trie
        for ch in phrase:
            node = node.setdefault(ch, {})
        node[""] = {}

    def render(node: dict[str, Any]) -> str:
        ends = "" in node
        branches = [re.escape(ch) + render(child) for ch, child in sorted(node.items()) if ch]
        if not branches:
            return ""
        body = branches[0] if len(branches) == 1 else "(?:" + "|".join(branches) + ")"
        if ends:
            return "(?:" + body + ")?"
        return body

    return render(trie)


@dataclass(frozen=True)
class CountryMention:
    start: int
    end: int
    text: str
    country: str
    kind: str  # "name" or "demonym"


class CountryLexicon:
    """Canonical country names, their aliases and demonyms, with one compiled pattern."""

    def __init__(self, names: dict[str, str], demonyms: dict[str, tuple[str, ...]],
                 iso3: dict[str, str]) -> None:
        self.names = names  # any name or alias -> canonical
        self.demonyms = demonyms  # demonym -> canonical countries, most likely first
        self.iso3 = iso3  # canonical -> ISO alpha-3
        phrases = sorted(set(names) | set(demonyms))
        self.pattern = with_heads(re.compile(
            r"(?<![\w\-])(?:" + phrase_pattern(phrases) + r")(?![\w$])"))  # ("US$5": money)

    def canonical(self, name_or_alias: str) -> str | None:
        """The canonical name of a country name, alias or ISO3 code; None if unknown."""
        if name_or_alias in self.names:
            return self.names[name_or_alias]
        for canon, code in self.iso3.items():
            if code == name_or_alias.upper():
                return canon
        return None

    def of_demonym(self, demonym: str, *, prefer: str | None = None) -> str | None:
        """The country of a demonym ("Congolese"), preferring `prefer` when it shares it."""
        countries = self.demonyms.get(demonym)
        if not countries:
            return None
        if prefer in countries:
            return prefer
        return countries[0]

    def lookup(self, text: str, *, prefer: str | None = None) -> tuple[str, str] | None:
        """(country, kind) for a name, alias or demonym written exactly as `text`."""
        if text in self.names:
            return self.names[text], "name"
        country = self.of_demonym(text, prefer=prefer)
        return (country, "demonym") if country else None


def _str_list(value: object, where: str) -> list[str]:
    if value is None:
        return []
    if not isinstance(value, list) or not all(isinstance(v, str) and v for v in value):
        raise ValueError(f"{where}: expected a list of non-empty strings, got {value!r}")
    return value


def load_countries(path: Path | None = None) -> CountryLexicon:
    """Read and check countries.yaml: `countries: [{name, iso3, aliases, demonyms}]`."""
    src = path or DEFAULT_COUNTRIES
    data = yaml.safe_load(src.read_text(encoding="utf-8"))
    if not isinstance(data, dict) or not isinstance(data.get("countries"), list):
        raise ValueError(f"{src}: expected a mapping with a 'countries' list")
    names: dict[str, str] = {}
    demonyms: dict[str, list[str]] = {}
    iso3: dict[str, str] = {}
    for i, row in enumerate(data["countries"]):
        where = f"{src} countries[{i}]"
        if not isinstance(row, dict) or not isinstance(row.get("name"), str) or not row["name"]:
            raise ValueError(f"{where}: each country needs a non-empty 'name'")
        unknown = set(row) - {"name", "iso3", "aliases", "demonyms"}
        if unknown:
            raise ValueError(f"{where}: unknown keys {sorted(unknown)}")
        name = row["name"]
        iso3[name] = str(row.get("iso3") or "")
        for alias in [name, *_str_list(row.get("aliases"), where)]:
            names.setdefault(alias, name)
        for dem in _str_list(row.get("demonyms"), where):
            demonyms.setdefault(dem, []).append(name)
            if dem[-1:] in ("n", "i", "e") and not dem.endswith(("ese", "se", "che")):
                demonyms.setdefault(dem + "s", []).append(name)  # "Kenyans", "Somalis"
    return CountryLexicon(names, {k: tuple(v) for k, v in demonyms.items()}, iso3)


# the words that make "American" a continent's or a people's, not the United States'
_A_CONTINENTS = re.compile(r"\b(?:Central|Latin|South|North|Pan|Inter|Meso|Afro|Native|Anglo)"
                           r"[\s-]$")


def find_countries(text: str, *, offset: int = 0, lexicon: CountryLexicon) -> list[CountryMention]:
    """Every country name or demonym in `text` (case-sensitive, whole words, longest first).

    Offsets are `offset` plus the index in `text`, so a sentence's mentions point into
    its document.
    """
    found: list[CountryMention] = []
    for m in lexicon.pattern.finditer(text):
        hit = lexicon.lookup(m.group())
        if hit is None or _A_CONTINENTS.search(text, max(0, m.start() - 10), m.start()):
            continue  # ("the Central American University", "Latin American", "Afro-American")
        found.append(CountryMention(offset + m.start(), offset + m.end(), m.group(),
                                    hit[0], hit[1]))
    return found
