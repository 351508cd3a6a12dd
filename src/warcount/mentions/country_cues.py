"""Words that tell a coder which country a report is set in when it names no country and no
known place: peoples ("Pokot raiders"), parties ("ODM supporters"), offices ("the MCA") and
administrative words ("upazila"). The lexicon is data (data/country_cues.yaml).

A cue found in one country only is a hint like a named country; a cue shared by several
countries only narrows the choice ("Maasai and Kikuyu militias": Kenya, not Tanzania).
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from importlib import resources
from pathlib import Path

import yaml


@dataclass(frozen=True)
class CountryCue:
    start: int
    end: int
    text: str
    countries: tuple[str, ...]


@dataclass(frozen=True)
class CountryCues:
    """The cue lexicon: cues written with an acronym match as written (`cased`), the others
    folded (`folded`); both map a cue, its words joined by one space, to its countries."""

    cased: dict[str, tuple[str, ...]]
    folded: dict[str, tuple[str, ...]]
    longest: int  # words in the longest cue
    starts: frozenset[str]  # the folded first word of every cue

    def find(self, text: str, *, offset: int = 0) -> list[CountryCue]:
        """Every cue in `text`, longest first at each word, by word n-grams (a regex of a
        thousand alternatives is slow)."""
        words = [(m.start(), m.end()) for m in _WORD.finditer(text)]
        out: list[CountryCue] = []
        i = 0
        while i < len(words):
            if text[words[i][0]:words[i][1]].casefold() not in self.starts:
                i += 1
                continue
            for n in range(min(self.longest, len(words) - i), 0, -1):
                start, end = words[i][0], words[i + n - 1][1]
                phrase = " ".join(text[a:b] for a, b in words[i:i + n])
                countries = self.cased.get(phrase) or self.folded.get(phrase.casefold())
                if countries:
                    out.append(CountryCue(start + offset, end + offset, text[start:end],
                                          countries))
                    i += n - 1
                    break
            i += 1
        return out


# a word of a cue: letters, digits, apostrophes and inner hyphens ("ZANU-PF", "Ba'ath")
_WORD = re.compile(r"[\w'\u2019]+(?:-[\w'\u2019]+)*")


def _fold(cue: str) -> str:
    return " ".join(cue.split()).casefold()


def _cased(cue: str) -> bool:
    """An acronym ("ODM", "PML-N") matches only as written."""
    return any(len(w) >= 2 and w.isupper() for w in re.split(r"[\s-]+", cue))


def build_cues(entries: dict[str, Sequence[str]]) -> CountryCues:
    cased: dict[str, tuple[str, ...]] = {}
    folded: dict[str, tuple[str, ...]] = {}
    longest = 0
    for cue, countries in entries.items():
        words = _WORD.findall(cue)
        if not words:
            continue
        longest = max(longest, len(words))
        key = " ".join(words)
        value = tuple(dict.fromkeys(countries))
        if _cased(cue):
            cased[key] = value
        else:
            folded[key.casefold()] = value
    starts = frozenset(k.split(" ", 1)[0].casefold() for k in (*cased, *folded))
    return CountryCues(cased, folded, longest, starts)


def load_country_cues(path: Path | None = None) -> CountryCues:
    if path is None:
        text = resources.files("warcount.data").joinpath("country_cues.yaml").read_text("utf-8")
    else:
        text = Path(path).read_text("utf-8")
    data = yaml.safe_load(text) or {}
    cues = data.get("cues") or {}
    if not isinstance(cues, dict):
        raise ValueError("country_cues.yaml: 'cues' must be a mapping of cue -> countries")
    return build_cues({str(k): [str(c) for c in v] for k, v in cues.items()})


# A cue of two or three countries names first the one where it is met most ("Pokot": Kenya,
# then Uganda); that country's share of the vote is raised by this much.
_MAIN_BONUS = 0.1
_MAIN_AMONG = 3


def likeliest_country(cues: Iterable[Sequence[str]],
                      regions: Iterable[Sequence[str]] = ()) -> str | None:
    """The country that most pieces of evidence share; each piece names the countries it
    allows and gives each an equal share of one vote. Of a cue's two or three countries the
    first gets a little more; so does the first country of a group's region (`regions`,
    "operates in"), its home (the Taliban's Afghanistan, Boko Haram's Nigeria), when the
    region is two or three countries. None on a tie: "Fulani herders" alone points to no one
    country."""
    votes: dict[str, float] = {}
    pieces = [(tuple(dict.fromkeys(c)), True) for c in cues]
    pieces += [(tuple(dict.fromkeys(c)), True) for c in regions]
    for unique, ranked in pieces:
        for i, c in enumerate(unique):
            main = ranked and i == 0 and 1 < len(unique) <= _MAIN_AMONG
            votes[c] = votes.get(c, 0.0) + 1.0 / len(unique) + (_MAIN_BONUS if main else 0.0)
    if not votes:
        return None
    best = sorted(votes.values(), reverse=True)
    if len(best) > 1 and best[1] >= best[0] - 1e-9:
        return None
    return max(votes, key=lambda c: votes[c])
