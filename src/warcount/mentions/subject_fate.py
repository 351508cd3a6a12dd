"""A count's fate read from the parse when the words around it do not say it: "10 police
officers from the camp in Garissa County, on patrol along the border road, died as their
vehicle ran over a bomb" (the verb twenty words after its subject)."""

from __future__ import annotations

from dataclasses import replace

from spacy.tokens import Doc, Token

from warcount.records import NumberMention

__all__ = ["fate_from_parse"]

# the verb whose subject the counted people are, and what it says happened to them
_ACTIVE = {"died": "killed", "die": "killed", "perished": "killed"}  # "ten officers ... died"
_PASSIVE = {"killed": "killed", "slain": "killed", "murdered": "killed", "wounded": "injured",
            "injured": "injured", "hurt": "injured", "abducted": "kidnapped",
            "kidnapped": "kidnapped"}  # "four soldiers ... were killed"


def fate_from_parse(nums: tuple[NumberMention, ...], parsed: Doc) -> tuple[NumberMention, ...]:
    """Counts with no outcome get the one of the verb their noun is the subject of."""
    if all(n.outcome for n in nums):
        return nums
    out = []
    for n in nums:
        span = None if n.outcome else parsed.char_span(n.start, n.end, alignment_mode="expand")
        fate = _fate(span.root) if span is not None else ""
        out.append(replace(n, outcome=fate) if fate else n)
    return tuple(out)


def _fate(noun: Token) -> str:
    verb = noun.head
    word = verb.text.lower()
    if noun.dep_ == "nsubj" and verb.tag_ in ("VBD", "VBZ", "VBP", "VB"):
        return _ACTIVE.get(word, "")
    if noun.dep_ == "nsubjpass":
        return _PASSIVE.get(word, "")
    return ""
