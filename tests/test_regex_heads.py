"""A pattern with a lookahead for its first characters finds exactly what the plain one finds."""

from __future__ import annotations

import importlib
import pkgutil
import random
import re

import pytest

import warcount
from warcount.regex_heads import first_characters, with_heads

TEXTS = [
    "Suspected militants detonated a car bomb near a market in Gao on Tuesday, killing nine.",
    "NAIROBI, Oct 29 (Reuters) - Police fired tear gas; 30/12/2013, 2017-10-29, the 1990s.",
    "Mr. Yakubu Datong said the army had fled into Somalia, west of Marib, 20 km from Gao.",
    "A week after 14 others died, a cache of arms was recovered. Photo: AFP / John Doe",
    "ſince the \u212ailling, İdlib and ıdlib; \u0663 \u0664 digits, \u2019s and \u201cquotes\u201d",
    "Kandahar, Khost and Jalalabad; Kulan in Garissa; Kasinga, in Lubero territory.",
    "",
]
_ALPHABET = ("aAbBdeEhiIkKnNostTwWy\u212a\u017f\u0130\u0131 \n\t-.,:;'\u2019\"()0123\u0663"
             "MondayJanuaryOctthe ofin")


def _fuzz(n: int = 400) -> list[str]:
    rng = random.Random(7)
    return ["".join(rng.choice(_ALPHABET) for _ in range(rng.randint(0, 24))) for _ in range(n)]


def _patterns() -> list[re.Pattern[str]]:
    """Every pattern warcount's modules define at module level."""
    found: list[re.Pattern[str]] = []
    for info in pkgutil.walk_packages(warcount.__path__, "warcount."):
        module = importlib.import_module(info.name)
        found += [v for v in vars(module).values()
                  if isinstance(v, re.Pattern) and isinstance(v.pattern, str)]
    return found


def _spans(pattern: re.Pattern[str], text: str) -> list[tuple[int, int]]:
    return [m.span() for m in pattern.finditer(text)]


def test_regex_heads_same_matches_for_every_pattern_of_warcount() -> None:
    texts = TEXTS + _fuzz()
    checked = 0
    for pattern in _patterns():
        fast = with_heads(pattern)
        if fast is pattern:
            continue
        checked += 1
        for text in texts:
            assert _spans(fast, text) == _spans(pattern, text), (pattern.pattern, text)
            assert (fast.match(text) and fast.match(text).span()) == (  # type: ignore[union-attr]
                pattern.match(text) and pattern.match(text).span())  # type: ignore[union-attr]
    assert checked > 50


@pytest.mark.parametrize("source, heads", [
    (r"\bkilled", "[k]"),
    (r"(?i)\b(?:since|toll)", "(?i:[st])"),
    (r"(?:the\s+)?\d+ dead", r"[\dt]"),
    (r"(?<![\w-])(?i:on)\s+X|Y", "[Y]|(?i:[o])"),
])
def test_regex_heads_first_characters(source: str, heads: str) -> None:
    assert first_characters(re.compile(source)) == heads


@pytest.mark.parametrize("source", [
    r"x?",  # may match the empty string
    r".abc",  # may begin with anything
    r"[^a]bc",
    r"(a)\1",
    r"^abc",  # anchored: re tries position 0 only
    r"(?:^a)|(?:^b)",
    r"abc",  # a literal re looks for by itself
    r"[ab]c",
])
def test_regex_heads_leaves_a_pattern_alone_when_it_cannot_help(source: str) -> None:
    pattern = re.compile(source)
    assert with_heads(pattern) is pattern


def test_regex_heads_keeps_flags_groups_and_inline_global_flags() -> None:
    pattern = re.compile(r"(?m)^(?P<name>[A-Z]\w+):\s")
    fast = with_heads(pattern)
    assert fast is not pattern and fast.flags == pattern.flags
    assert fast.groupindex == pattern.groupindex
    text = "Tripoli: clashes\nGao: a bomb\nnot: this"
    assert [m.group("name") for m in fast.finditer(text)] == ["Tripoli", "Gao"]
