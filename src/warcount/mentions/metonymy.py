"""A city named for the government seated in it: "warned Islamabad of consequences", "Kabul
said". A coder reads the state there, not a place where anything happened."""

from __future__ import annotations

import re

from warcount.records import PlaceMention

_ADDRESSED = re.compile(r"\b(?:warned|accused|accusing|urged|urging|told|asked|pressed|"
                        r"called on|critici[sz]ed|blamed|condemned|accuses|warns|urges)\s+$")
_SPEAKS = re.compile(r"\s+(?:said|says|accused|accuses|denied|denies|warned|warns|insisted|"
                     r"insists|blamed|blames|responded|retorted|rejected|rejects)\b")
_PREPOSITION = re.compile(r"\b(?:in|at|from|near|to|of|outside|around)\s+$", re.IGNORECASE)


def names_a_government(text: str, m: PlaceMention) -> bool:
    """The city at `m` is addressed or speaks, as only its government can."""
    before = text[max(0, m.start - 20):m.start]
    return bool(_ADDRESSED.search(before)) or bool(
        _SPEAKS.match(text, m.end) and not _PREPOSITION.search(before))
