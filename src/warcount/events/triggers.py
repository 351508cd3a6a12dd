"""Trigger words per sub-event type and non-event cues, from data/triggers.yaml."""

from __future__ import annotations

import re
import re._constants as sre
import re._parser as sre_parse
from collections.abc import Iterator
from dataclasses import dataclass, field
from importlib import resources
from pathlib import Path
from typing import Any

import yaml

EVENT_TYPES = (
    "Battles",
    "Explosions/Remote violence",
    "Violence against civilians",
    "Protests",
    "Riots",
    "Strategic developments",
)
NON_EVENT_KINDS = ("modal", "aim", "denial", "background", "cumulative", "aftermath",
                   "accident", "crime", "sport")


# "shot down", "intercepted", "air defences": words that tell a weapon was stopped in flight
INTERCEPTED = re.compile(r"\b(?:intercept\w*|shot down|downed|air defen[cs]es?)\b",
                         re.IGNORECASE)
# what air defences shoot down: "a ballistic missile", "Shahed-type attack drones"
AIRBORNE = re.compile(r"(?:[\w-]+\s+)?(?:drones?|missiles?|rockets?|UAVs?|projectiles?)",
                      re.IGNORECASE)
# "clashes", "clashed": the plain word for a fight, of crowds as of armed groups
CLASH_WORD = re.compile(r"clash(?:ed|es|ing)?", re.IGNORECASE)
# how people are taken or things found ("detained nine in raids", "seized in the raid"): the
# raid is the means of an arrest or a seizure, no attack of its own
RAID_WORD = re.compile(r"(?:\w+ )?(?:raid|raids|raided|raiding|search|searches|searched|"
                       r"operation|operations|swoop|crackdown)", re.IGNORECASE)

@dataclass(frozen=True)
class TriggerType:
    sub_event_type: str
    event_type: str
    priority: int
    protest: bool
    violence: bool  # generic violence: resolved to Battles or Attack by the target
    territory: bool
    label: bool = False  # a note's category label ("Arrests: ..."): it decides the type
    claim: bool = False  # a claim or a blame ("claimed responsibility", "is suspected")


@dataclass(frozen=True)
class Trigger:
    start: int  # offsets into the document text
    end: int
    text: str
    kind: TriggerType


@dataclass(frozen=True)
class Cue:
    start: int
    end: int
    text: str
    kind: str  # one of NON_EVENT_KINDS


@dataclass(frozen=True)
class TriggerLexicon:
    types: tuple[TriggerType, ...]
    pattern: re.Pattern[str]  # one alternation, a named group per type
    cue_pattern: re.Pattern[str]
    by_group: dict[str, TriggerType]
    scanner: AlternationScanner | None = field(default=None, compare=False)
    cue_scanner: AlternationScanner | None = field(default=None, compare=False)


class LexiconError(ValueError):
    """A data file that does not follow its schema."""


def _check(entry: dict[str, Any], where: str) -> None:
    for key in ("sub_event_type", "event_type", "priority", "patterns"):
        if key not in entry:
            raise LexiconError(f"{where}: missing '{key}'")
    if entry["event_type"] not in EVENT_TYPES:
        raise LexiconError(f"{where}: unknown event_type {entry['event_type']!r}")
    if not isinstance(entry["patterns"], list) or not entry["patterns"]:
        raise LexiconError(f"{where}: 'patterns' must be a non-empty list")


def load_trigger_lexicon(path: Path | None = None) -> TriggerLexicon:
    """Read and check the trigger lexicon; one compiled regex for triggers, one for cues."""
    if path is None:
        raw = resources.files("warcount.data").joinpath("triggers.yaml").read_text("utf-8")
    else:
        raw = path.read_text("utf-8")
    data = yaml.safe_load(raw)
    if not isinstance(data, dict) or "sub_event_types" not in data:
        raise LexiconError("triggers: top level needs 'sub_event_types'")
    types: list[TriggerType] = []
    parts: list[str] = []
    by_group: dict[str, TriggerType] = {}
    for i, entry in enumerate(data["sub_event_types"]):
        _check(entry, f"triggers entry {i}")
        kind = TriggerType(
            sub_event_type=entry["sub_event_type"],
            event_type=entry["event_type"],
            priority=int(entry["priority"]),
            protest=bool(entry.get("protest", False)),
            violence=bool(entry.get("violence", False)),
            territory=bool(entry.get("territory", False)),
            label=bool(entry.get("label", False)),
            claim=bool(entry.get("claim", False)),
        )
        types.append(kind)
        for j, pat in enumerate(entry["patterns"]):
            group = f"t{i}_{j}"
            by_group[group] = kind
            parts.append(f"(?P<{group}>{pat})")
    # Longer alternatives first so that "suicide car bomb" beats "car bomb" at one position.
    pattern = re.compile(r"(?<![\w-])(?:" + "|".join(parts) + r")(?![\w])", re.IGNORECASE)
    scanner = AlternationScanner.build(r"(?<![\w-])", parts, r"(?![\w])", pattern)
    cue_parts: list[str] = []
    for kind_name in NON_EVENT_KINDS:
        for j, pat in enumerate(data.get("non_event", {}).get(kind_name, [])):
            cue_parts.append(f"(?P<{kind_name}_{j}>{pat})")
    if not cue_parts:
        cue_parts = [r"(?P<none_0>(?!x)x)"]  # a file without cues matches nothing
    cue_pattern = re.compile(r"(?<![\w])(?:" + "|".join(cue_parts) + r")(?![\w])", re.IGNORECASE)
    cue_scanner = AlternationScanner.build(r"(?<![\w])", cue_parts, r"(?![\w])", cue_pattern)
    return TriggerLexicon(tuple(types), pattern, cue_pattern, by_group, scanner, cue_scanner)


# "had not clashed with the security forces before they opened fire": no fight was had
# ("to avoid accidental clashes between soldiers and MILF fighters": a fight kept off)
_NO_FIGHT = re.compile(r"\b(?:not|never|n't|without)\s+(?:yet\s+|even\s+)?$|\bto\s+(?:avoid|"
                      r"prevent|avert|forestall)\s+(?:any\s+|further\s+|more\s+|future\s+|"
                      r"accidental\s+|possible\s+|renewed\s+)*$"
                      # ("Burkina Faso, which is also battling a jihadist insurgency": what a
                      # country goes through, not a fight of the day)
                      r"|\b(?:which|that)\s+(?:is|are|has\s+been|have\s+been)\s+(?:also\s+|"
                      r"still\s+|long\s+)?$", re.IGNORECASE)


def find_triggers(text: str, *, offset: int = 0, lexicon: TriggerLexicon) -> list[Trigger]:
    """Every trigger word in `text`, left to right; at one position the data file's order wins.
    A battle word that tells no fight is left out: after a negation ("had not clashed"), a
    purpose of avoiding one ("to avoid accidental clashes") or a country's long plight
    ("which is also battling an insurgency")."""
    found = [
        Trigger(offset + m.start(), offset + m.end(), m.group(0),
                lexicon.by_group[m.lastgroup or ""])
        for m in (lexicon.scanner.finditer(text) if lexicon.scanner is not None
                  else lexicon.pattern.finditer(text))
    ]
    return [t for t in found if t.kind.sub_event_type != "Armed clash" or not _NO_FIGHT.search(
        text, max(0, t.start - offset - 40), t.start - offset)]


def find_cues(text: str, *, offset: int = 0, lexicon: TriggerLexicon) -> list[Cue]:
    """Non-event cues (modal, denial, background, cumulative, aftermath) in `text`."""
    cues = []
    found = (lexicon.cue_scanner.finditer(text) if lexicon.cue_scanner is not None
             else lexicon.cue_pattern.finditer(text))
    for m in found:
        kind = (m.lastgroup or "").rsplit("_", 1)[0]
        if kind not in NON_EVENT_KINDS:
            continue
        cues.append(Cue(offset + m.start(), offset + m.end(), m.group(0), kind))
    return cues


# Speed: a case-insensitive alternation of hundreds of patterns tries every alternative at
# every word start. The scanner gives exactly `full.finditer`'s matches, but at each start
# it runs only the alternatives that can begin with that character (found by parsing each
# pattern); a non-ASCII character (which may fold to an ASCII letter) gets the full pattern.

_Items = list[tuple[Any, Any]]


def _first_chars(items: _Items) -> tuple[frozenset[str] | None, bool]:
    """Lower-case ASCII characters a match of `items` can begin with (None: any) and
    whether it can match the empty string."""
    found: set[str] = set()
    for op, av in items:
        first, empty = _first_of(op, av)
        if first is None:
            return None, False
        found |= first
        if not empty:
            return frozenset(found), False
    return frozenset(found), True


_ASCII = frozenset(chr(c) for c in range(128))
_CATEGORIES = {
    sre.CATEGORY_DIGIT: frozenset("0123456789"),
    sre.CATEGORY_WORD: frozenset(c for c in _ASCII if c.isalnum() or c == "_"),
    sre.CATEGORY_SPACE: frozenset(" \t\n\r\x0b\x0c\x1c\x1d\x1e\x1f"),
}
_CATEGORIES.update({
    sre.CATEGORY_NOT_DIGIT: _ASCII - _CATEGORIES[sre.CATEGORY_DIGIT],
    sre.CATEGORY_NOT_WORD: _ASCII - _CATEGORIES[sre.CATEGORY_WORD],
    sre.CATEGORY_NOT_SPACE: _ASCII - _CATEGORIES[sre.CATEGORY_SPACE],
})


def _ascii_of(code: int) -> set[str]:
    """ASCII characters a literal matches: its own, or for "\u212a" (Kelvin) a "k"."""
    if code < 128:
        return {chr(code)}
    return {c for c in _ASCII if re.fullmatch(re.escape(chr(code)), c, re.IGNORECASE)}


def _first_of(op: Any, av: Any) -> tuple[frozenset[str] | None, bool]:
    """A superset of the lower-cased ASCII characters one item can begin with."""
    if op is sre.LITERAL:
        return frozenset(c.lower() for c in _ascii_of(av)), False
    if op is sre.IN:
        chars: set[str] = set()
        negate = False
        for iop, iav in av:
            if iop is sre.NEGATE:
                negate = True
            elif iop is sre.LITERAL:
                chars |= _ascii_of(iav)
            elif iop is sre.RANGE and iav[1] < 128:
                chars.update(chr(n) for n in range(iav[0], iav[1] + 1))
            elif iop is sre.CATEGORY and iav in _CATEGORIES:
                chars |= _CATEGORIES[iav]
            else:
                return None, False
        if negate:  # a superset: lower-casing the complement keeps every candidate
            chars = set(_ASCII - chars)
        return frozenset(c.lower() for c in chars), False
    if op is sre.SUBPATTERN:
        return (None, False) if av[1] or av[2] else _first_chars(av[3].data)
    if op is sre.BRANCH:
        union: set[str] = set()
        empty = False
        for branch in av[1]:
            first, branch_empty = _first_chars(branch.data)
            if first is None:
                return None, False
            union |= first
            empty = empty or branch_empty
        return frozenset(union), empty
    if op in (sre.MAX_REPEAT, sre.MIN_REPEAT, sre.POSSESSIVE_REPEAT):
        first, empty = _first_chars(av[2].data)
        return first, empty or av[0] == 0
    if op in (sre.AT, sre.ASSERT, sre.ASSERT_NOT):
        return frozenset(), True  # zero width: the next item gives the first character
    return None, False


def _pairs(items: _Items) -> frozenset[str] | None:
    """A superset of the lower-cased first two ASCII characters of a match of `items`
    (None: not known, any two)."""
    for i, (op, av) in enumerate(items):
        if op in (sre.AT, sre.ASSERT, sre.ASSERT_NOT):
            continue  # zero width: the next item gives the first character
        rest = items[i + 1:]
        if op is sre.LITERAL or op is sre.IN:
            first, _ = _first_of(op, av)
            second, empty = _first_chars(rest)
            if first is None or second is None or empty:
                return None
            return frozenset(a + b for a in first for b in second)
        if op is sre.SUBPATTERN and not av[1] and not av[2]:
            return _pairs(list(av[3].data) + rest)
        if op is sre.BRANCH:
            found: set[str] = set()
            for branch in av[1]:
                pairs = _pairs(list(branch.data) + rest)
                if pairs is None:
                    return None
                found |= pairs
            return frozenset(found)
        return None
    return None


_MAX_PREFIXES = 4096  # beyond this many, an alternative's prefixes count as unknown


def _prefixes(items: _Items, n: int) -> frozenset[str] | None:
    """A superset of the lower-cased first `n` ASCII characters of a match of `items` (None:
    not known, any; also when the match may end before them)."""
    if n == 0:
        return frozenset({""})
    for i, (op, av) in enumerate(items):
        if op in (sre.AT, sre.ASSERT, sre.ASSERT_NOT):
            continue  # zero width: the next item gives the first character
        rest = items[i + 1:]
        if op is sre.LITERAL or op is sre.IN:
            first, _ = _first_of(op, av)
            tails = _prefixes(rest, n - 1)
            if first is None or tails is None or len(first) * len(tails) > _MAX_PREFIXES:
                return None
            return frozenset(a + b for a in first for b in tails)
        if op is sre.SUBPATTERN and not av[1] and not av[2]:
            return _prefixes(list(av[3].data) + rest, n)
        if op is sre.BRANCH:
            return _union([_prefixes(list(branch.data) + rest, n) for branch in av[1]])
        if op in (sre.MAX_REPEAT, sre.MIN_REPEAT, sre.POSSESSIVE_REPEAT):
            lo, hi, sub = av
            first, empty = _first_chars(list(sub.data))
            if first is None or empty:
                return None  # (a body that may be empty would never end the unrolling)
            again = [] if hi == 1 else [
                (op, (max(lo - 1, 0), hi if hi == sre.MAXREPEAT else hi - 1, sub))]
            once = _prefixes(list(sub.data) + again + rest, n)  # one more round of the body
            return once if lo else _union([once, _prefixes(rest, n)])
        return None
    return None  # the match may end here: any characters may follow


def _union(sets: list[frozenset[str] | None]) -> frozenset[str] | None:
    if any(s is None for s in sets):
        return None
    found = frozenset().union(*sets)  # type: ignore[arg-type]
    return found if len(found) <= _MAX_PREFIXES else None


def _trie(words: set[str]) -> str:
    """An alternation matching the lower-case ASCII `words` in any case, as a trie (a branch per
    first character, so `re` tests that character once for all the words behind it)."""
    by_first: dict[str, set[str]] = {}
    for word in words:
        by_first.setdefault(word[0], set()).add(word[1:])
    out = []
    for ch, tails in sorted(by_first.items()):
        head = f"[{re.escape(ch)}{re.escape(ch.upper())}]" if ch.isalpha() else re.escape(ch)
        if tails == {""}:
            out.append(head)
        elif "" in tails:  # (not for words of one length, as here)
            raise ValueError("words of different lengths")
        else:
            out.append(f"{head}(?:{_trie(tails)})")
    return "|".join(out)


@dataclass(frozen=True)
class AlternationScanner:
    """`full.finditer(text)`, where full = before + (?:alt|alt|...) + after, run faster.

    At a word start it runs only the alternatives that can begin with the word's first three
    characters (its first two, or its first one alone, before a non-ASCII character or the
    text's end); `starts` finds only the word starts where one can."""

    full: re.Pattern[str]
    starts: re.Pattern[str]
    buckets: dict[str, re.Pattern[str]]
    # two characters (lower case) -> the alternatives that can begin so (None: not one can)
    by_pair: dict[str, re.Pattern[str] | None] = field(default_factory=dict)
    # three characters (lower case) -> the same; absent: not one can
    by_triple: dict[str, re.Pattern[str] | None] = field(default_factory=dict)

    @classmethod
    def build(cls, before: str, parts: list[str], after: str,
              full: re.Pattern[str]) -> AlternationScanner | None:
        """None when some alternative may start with anything or match the empty string."""
        firsts: list[frozenset[str]] = []
        pairs: list[frozenset[str] | None] = []
        triples: list[frozenset[str] | None] = []
        for part in parts:
            items = list(sre_parse.parse(part, full.flags).data)
            first, empty = _first_chars(items)
            if first is None or empty:
                return None
            firsts.append(first)
            pairs.append(_pairs(items))
            triples.append(_prefixes(items, 3))

        def alternation(alts: list[str]) -> re.Pattern[str]:
            return re.compile(before + "(?:" + "|".join(alts) + ")" + after, full.flags)

        buckets: dict[str, re.Pattern[str]] = {}
        by_pair: dict[str, re.Pattern[str] | None] = {}
        by_triple: dict[str, re.Pattern[str] | None] = {}
        compiled: dict[tuple[int, ...], re.Pattern[str] | None] = {(): None}

        def pattern_of(alts: tuple[int, ...]) -> re.Pattern[str] | None:
            if alts not in compiled:
                compiled[alts] = alternation([parts[i] for i in alts])
            return compiled[alts]

        lower = [c for c in map(chr, range(128)) if c.lower() == c]  # keys are lower case
        for ch in sorted(set().union(*firsts)):
            buckets[ch] = alternation([p for p, first in zip(parts, firsts, strict=True)
                                       if ch in first])
            for nxt in lower:
                pair = ch + nxt
                alts = tuple(i for i, (first, two) in enumerate(zip(firsts, pairs, strict=True))
                             if ch in first and (two is None or pair in two))
                by_pair[pair] = pattern_of(alts)
                if not alts:
                    continue
                by_third: dict[str, list[int]] = {}  # third character -> the alternatives
                for i in alts:
                    three = triples[i]
                    for third in lower if three is None else {t[2] for t in three if
                                                              t.startswith(pair)}:
                        by_third.setdefault(third, []).append(i)
                for third, found in by_third.items():
                    by_triple[pair + third] = pattern_of(tuple(found))
        heads = "".join(re.escape(c) + re.escape(c.upper()) for c in buckets)
        # a word start where some alternative may match: a non-ASCII character; else one of
        # the alternatives' first characters before a non-ASCII one (or the end); else two
        # before a non-ASCII one (or the end); else three ASCII characters they can begin with
        ascii_end = "(?![\x00-\x7f])"
        ways = ["[^\x00-\x7f]", f"[{heads}]{ascii_end}"]
        if two := {p for p, q in by_pair.items() if q is not None}:
            ways.append(f"(?:{_trie(two)}){ascii_end}")
        if by_triple:
            ways.append(_trie(set(by_triple)))
        starts = re.compile(before + "(?=" + "|".join(ways) + ")")
        return cls(full, starts, buckets, by_pair, by_triple)

    def finditer(self, text: str) -> Iterator[re.Match[str]]:
        pos = 0
        search = self.starts.search
        while (start := search(text, pos)) is not None:
            p = start.start()
            ch = text[p]
            nxt = text[p + 1:p + 2]
            head = text[p:p + 3]
            pattern: re.Pattern[str] | None
            if ch >= "\x80":
                pattern = self.full
            elif len(head) == 3 and head.isascii() and self.by_triple:
                pattern = self.by_triple.get(head.lower())
            elif nxt and nxt < "\x80" and self.by_pair:
                pattern = self.by_pair[ch.lower() + nxt.lower()]
            else:
                pattern = self.buckets[ch.lower()]
            m = pattern.match(text, p) if pattern is not None else None
            if m is None:
                pos = p + 1
                continue
            yield m
            pos = max(m.end(), p + 1)
