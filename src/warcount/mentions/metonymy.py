"""A city named for the government seated in it: "warned Islamabad of consequences", "Kabul
said". A coder reads the state there, not a place where anything happened."""

from __future__ import annotations

import re
from collections.abc import Container

from warcount.records import PlaceMention

_ADDRESSED = re.compile(r"\b(?:warned|accused|accusing|urged|urging|told|asked|pressed|"
                        r"called on|critici[sz]ed|blamed|condemned|accuses|warns|urges)\s+$")
_SPEAKS = re.compile(r"\s+(?:said|says|accused|accuses|denied|denies|warned|warns|insisted|"
                     r"insists|blamed|blames|responded|retorted|rejected|rejects)\b")
# "as Addis Ababa's forces pressed their offensive": the state's forces, named by its seat
_FORCES_AFTER = re.compile(r"['\u2019]s?\s+(?:own\s+)?(?:forces|troops|army|military|"
                           r"government|regime|allies|soldiers|warplanes|jets|air\s+force|"
                           r"navy|envoy|ambassador)\b")
_PREPOSITION = re.compile(r"\b(?:in|at|from|near|to|of|outside|around)\s+$", re.IGNORECASE)


def names_a_government(text: str, m: PlaceMention, countries: Container[str] = ()) -> bool:
    """The city at `m` is addressed, speaks or has forces, as only its government can (a
    country in `countries` with its forces, "Ethiopia's troops", stays a place)."""
    before = text[max(0, m.start - 20):m.start]
    return bool(_ADDRESSED.search(before)) or bool(
        (_SPEAKS.match(text, m.end) or m.text not in countries and _FORCES_AFTER.match(
            text, m.end)) and not _PREPOSITION.search(before))
