"""The fast trigger scanner finds exactly what the one big alternation finds."""

from __future__ import annotations

import re

import pytest

from warcount.events.triggers import AlternationScanner, load_trigger_lexicon

SENTENCES = [
    "Suspected militants detonated a car bomb near a market on Tuesday, killing nine people.",
    "Police fired tear gas and warning shots into the air to disperse protesters in Varo.",
    "The army said it had recaptured the town after heavy clashes with rebels.",
    "A roadside bomb was found and defused by soldiers near Lunda.",
    "Gunmen abducted 12 students; an air strike hit a convoy. SHELLING resumed overnight.",
    "Ⅽlashes and \u212ailled, ſhelling: non-ASCII letters that fold to ASCII ones.",
    "",
]


def _spans(found: object) -> list[tuple[int, int, str, str | None]]:
    return [(m.start(), m.end(), m.group(0), m.lastgroup) for m in found]  # type: ignore[attr-defined]


@pytest.mark.parametrize("text", SENTENCES)
def test_triggers_scanner_matches_the_full_pattern(text: str) -> None:
    lex = load_trigger_lexicon()
    assert lex.scanner is not None and lex.cue_scanner is not None
    assert _spans(lex.scanner.finditer(text)) == _spans(lex.pattern.finditer(text))
    assert _spans(lex.cue_scanner.finditer(text)) == _spans(lex.cue_pattern.finditer(text))


def test_triggers_scanner_keeps_the_first_alternative_at_a_position() -> None:
    parts = ["(?P<a>car bomb)", "(?P<b>suicide car bomb)", "(?P<c>\\d+ killed)",
             "(?P<d>[Ss]hell(?:ing|ed))"]
    full = re.compile(r"(?<![\w-])(?:" + "|".join(parts) + r")(?![\w])", re.IGNORECASE)
    scanner = AlternationScanner.build(r"(?<![\w-])", parts, r"(?![\w])", full)
    assert scanner is not None
    for text in ("a suicide car bomb and 12 killed", "x-car bomb; SHELLED 3 killed", "cars"):
        assert _spans(scanner.finditer(text)) == _spans(full.finditer(text))


def test_triggers_scanner_declines_patterns_that_start_anywhere() -> None:
    parts = ["(?P<a>.+ bomb)", "(?P<b>bomb)"]
    full = re.compile("(?:" + "|".join(parts) + ")", re.IGNORECASE)
    assert AlternationScanner.build("", parts, "", full) is None
    empty = ["(?P<a>x?)"]
    assert AlternationScanner.build("", empty, "", re.compile("(?:(?P<a>x?))")) is None


def test_triggers_scanner_matches_the_full_pattern_on_fuzzed_text() -> None:
    import random

    lex = load_trigger_lexicon()
    assert lex.scanner is not None and lex.cue_scanner is not None
    rng = random.Random(11)
    pieces = list("aAkKsStThHeEiI \n-'\u2019.,:\u212a\u017f\u0130\u0131\u00e93") + [
        "the ", "kill", "attack", "shell", "bomb", "IS ", "car bomb", "fire", "clash", "arrests: "]
    for _ in range(3000):
        text = "".join(rng.choice(pieces) for _ in range(rng.randint(0, 10)))
        assert _spans(lex.scanner.finditer(text)) == _spans(lex.pattern.finditer(text)), text
        assert _spans(lex.cue_scanner.finditer(text)) == _spans(
            lex.cue_pattern.finditer(text)), text
