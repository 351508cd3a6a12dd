"""Name and actor comparison and distances for scoring (docs/evaluation.md).

Place names are equal when their normalised forms are equal: lower case, accents and
punctuation removed, words in parentheses dropped, generic words ("province", "city",
the Arabic article in its assimilated forms, ...) dropped; or when they are equal once
vowels (with y and w after a vowel, which transliterations spell either way) and doubled
letters are dropped too, so "Deir-ez-Zor" = "Dayr az Zawr" and "Sahel Region" = "Sahel".
That second test also asks both names to end alike (in a vowel or not), so a dropped
ending does not pass for a spelling: "Niger" is not "Nigeria".

Actors match when their word sets (normalised the same way, without "forces", "military",
"group", "unidentified", "armed") overlap by at least half of their union.
"""

from __future__ import annotations

import math
import re
import unicodedata
from collections.abc import Iterable

EARTH_RADIUS_KM = 6371.0088
HALF_CIRCUMFERENCE_KM = 20039.0  # the largest possible error (Gritta et al. 2018)

# Administrative and settlement words that gazetteers add or leave out at will, and the
# articles transliterations attach or drop ("Al Hudaydah" / "Hudaydah", "Deir ez-Zor").
_ADMIN_WORDS = "province governorate state district region city county department municipality"
_MORE_ADMIN_WORDS = "prefecture territory division subdivision subdistrict sub area zone commune"
_SETTLEMENT_WORDS = "oblast raion wilaya muhafazah town village camp"
_ARTICLES = "al el il ad ed ar er as es an en az ez at et ash esh ath adh the of"
GENERIC_WORDS = frozenset(
    " ".join((_ADMIN_WORDS, _MORE_ADMIN_WORDS, _SETTLEMENT_WORDS, _ARTICLES)).split()
)
ACTOR_GENERIC_WORDS = frozenset({"forces", "military", "group", "unidentified", "armed"})
_VOWELS = frozenset("aeiou")
_SEMIVOWEL_CODA = re.compile(r"[yw](?![aeiou])")
_PARENTHESES = re.compile(r"\([^)]*\)|\[[^\]]*\]")
_NON_WORD = re.compile(r"[^a-z0-9]+")


def _fold(text: str) -> str:
    """Lower case, accents removed, parenthesised words dropped, punctuation to spaces."""
    text = _PARENTHESES.sub(" ", text)
    decomposed = unicodedata.normalize("NFKD", text.casefold())
    plain = "".join(ch for ch in decomposed if not unicodedata.combining(ch))
    plain = plain.replace("'", "").replace("\u2019", "").replace("`", "")
    return _NON_WORD.sub(" ", plain).strip()


def name_words(name: str, *, drop: frozenset[str] = GENERIC_WORDS) -> list[str]:
    """The words of a name after normalising; a name of only generic words keeps them."""
    words = _fold(name).split()
    kept = [w for w in words if w not in drop]
    return kept if kept else words


def normalise_name(name: str) -> str:
    """The comparable form of a place name: "Sahel Region" -> "sahel"."""
    return " ".join(name_words(name))


def _ends_in_vowel(name: str) -> bool:
    return name[-1:] in _VOWELS


def skeleton(name: str) -> str:
    """The normalised name without spaces, vowels and doubled letters: "Dayr az Zawr" -> "drzr".

    y and w count as vowels except before a vowel, where they are consonants ("Yemen",
    "Malawi"): transliterations write "Dayr" or "Deir", "Zawr" or "Zor".
    """
    joined = normalise_name(name).replace(" ", "")
    consonants = _SEMIVOWEL_CODA.sub("", joined)
    consonants = "".join(ch for ch in consonants if ch not in _VOWELS)
    return re.sub(r"(.)\1+", r"\1", consonants)


def names_match(gold: str | None, predicted: str | None) -> bool:
    """Equal after normalising, or equal once vowels and doubled letters are dropped too."""
    if not gold or not predicted:
        return False
    a, b = normalise_name(gold), normalise_name(predicted)
    if not a or not b:
        return False
    if a == b:
        return True
    sa, sb = skeleton(gold), skeleton(predicted)
    # Both ending in a vowel or both not, so an ending does not vanish: Niger != Nigeria.
    return bool(sa) and sa == sb and _ends_in_vowel(a) == _ends_in_vowel(b)


def any_name_matches(gold: object, predicted: str | None) -> bool:
    """`names_match` where the gold may be a list of acceptable names."""
    return any(names_match(g, predicted) for g in as_list(gold) if isinstance(g, str))


def actor_words(name: str) -> frozenset[str]:
    """The words an actor name is compared on: "Military Forces of Yemen" -> {"yemen"}."""
    return frozenset(name_words(name, drop=GENERIC_WORDS | ACTOR_GENERIC_WORDS))


def actors_match(gold: str | None, predicted: str | None) -> bool:
    """Word sets overlap by at least half of their union.

    A name made only of dropped words ("Unidentified Armed Group (Nigeria)" has none
    left) matches only a name with the same words, parentheses included, so two unnamed
    groups of different countries do not match, nor an unnamed group and an army.
    """
    if not gold or not predicted:
        return False
    a, b = actor_words(gold), actor_words(predicted)
    if a <= ACTOR_GENERIC_WORDS or b <= ACTOR_GENERIC_WORDS:
        return _fold_keep_parentheses(gold) == _fold_keep_parentheses(predicted)
    union = a | b
    return bool(union) and 2 * len(a & b) >= len(union)


def _fold_keep_parentheses(name: str) -> frozenset[str]:
    return frozenset(_fold(name.replace("(", " ").replace(")", " ")).split())


def gold_actor_found(gold: object, predicted: Iterable[str]) -> bool:
    """A gold actor (or any of a list of acceptable ones) matches one of the predicted."""
    names = [p for p in predicted if p]
    return any(actors_match(g, p) for g in as_list(gold) if isinstance(g, str) and g for p in names)


def as_list(value: object) -> list[object]:
    """A gold value as a list of acceptable values (None and "" give an empty list)."""
    if value is None or value == "":
        return []
    if isinstance(value, list | tuple):
        return [v for v in value if v is not None and v != ""]
    return [value]


def distance_km(lat1: float, lon1: float, lat2: float, lon2: float) -> float:
    """Great-circle (haversine) distance in kilometres."""
    p1, p2 = math.radians(lat1), math.radians(lat2)
    dp, dl = p2 - p1, math.radians(lon2 - lon1)
    h = math.sin(dp / 2) ** 2 + math.cos(p1) * math.cos(p2) * math.sin(dl / 2) ** 2
    return 2 * EARTH_RADIUS_KM * math.asin(min(1.0, math.sqrt(h)))


def optional_distance_km(
    lat1: float | None, lon1: float | None, lat2: float | None, lon2: float | None
) -> float | None:
    """Distance, or None when either point is missing."""
    if lat1 is None or lon1 is None or lat2 is None or lon2 is None:
        return None
    return distance_km(float(lat1), float(lon1), float(lat2), float(lon2))
