"""Place-name keys: one spelling-insensitive key per name, plus a consonant skeleton fallback.

Transliterations of Arabic, Persian, Pashto and Somali names vary by outlet: Deir az-Zour,
Deir ez-Zor, Dayr az Zawr and Deir Ezzor are one town; Hodeida, Hodeidah and Al Hudaydah another;
Qala-i-Now, Qala i Naw and Qal'ah-ye Now a third.
`name_key` folds accents, case, punctuation, articles and the common vowel spellings;
`skeleton_key` keeps only the consonant frame, for the spellings the first key still misses.
"""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

# Arabic article forms (al-, el-, ad-, ar-, ...), standing alone once hyphens are split.
ARTICLES = frozenset(
    {
        "al", "el", "ad", "ar", "as", "at", "az", "an", "ash", "adh", "ath", "ed", "er", "es",
        "et", "ez", "en", "ul", "il", "the", "de", "la", "le", "les",
        "i", "e", "ye", "yi",  # the Persian and Pashto ezafe: Qala-i-Naw, Qal'ah-ye Now
    }
)
_APOSTROPHES = re.compile(r"[\'\u2018\u2019\u02bb\u02bc\u02be\u02bf`\u00b4]")
_ALNUM_RUN = re.compile(r"[a-z0-9]+")
_SUFFIXES = (("iyyah", "iya"), ("iyah", "iya"), ("iyeh", "iya"), ("ieh", "iya"), ("iyya", "iya"))
_VOWEL_SPELLINGS = (("ou", "u"), ("oo", "u"), ("ee", "i"), ("ei", "i"), ("ai", "ay"),
                    ("ow", "aw"), ("au", "aw"))  # Persian "Naw", "Now", "Nau"
_DOUBLE = re.compile(r"(.)\1+")
_SKELETON_DROP = re.compile(r"[aeiouyw]")


def fold(text: str) -> str:
    """Lower case, accents removed, apostrophes dropped, other punctuation turned into spaces."""
    if text.isascii():  # most names are: no accents to take off, two apostrophes to drop
        text = text.lower().replace("'", "").replace("`", "")
    else:
        text = unicodedata.normalize("NFKD", text)
        text = "".join(ch for ch in text if not unicodedata.combining(ch))
        text = _APOSTROPHES.sub("", text.lower())
    return " ".join(_ALNUM_RUN.findall(text))


@lru_cache(maxsize=1 << 18)
def _word_key(word: str) -> str:
    for suffix, repl in _SUFFIXES:
        if word.endswith(suffix) and len(word) > len(suffix) + 2:
            word = word[: -len(suffix)] + repl
            break
    if len(word) > 3 and word.endswith("h") and word[-2] in "aeiou":
        word = word[:-1]  # Hodeidah -> hodeida, Raqqah -> raqqa
    for spelling, repl in _VOWEL_SPELLINGS:
        word = word.replace(spelling, repl)
    return _DOUBLE.sub(r"\1", word)


# Abbreviated words of place names: "St. Petersburg" is Saint Petersburg, "Ft." Fort.
_EXPANSIONS = {"st": "saint", "ste": "sainte", "mt": "mount", "ft": "fort", "pt": "port"}


@lru_cache(maxsize=1 << 17)
def name_key(name: str) -> str:
    """The lookup key of a name: `name_key("Deir az-Zour") == name_key("Deir ez-Zor")`."""
    return _key_of_words([_EXPANSIONS.get(w, w) for w in fold(name).split()])


def _key_of_words(words: list[str]) -> str:
    kept = [w for w in words if w not in ARTICLES]
    if not kept:
        kept = words
    return " ".join(_word_key(w) for w in kept)


def _skeleton_of_key(key: str) -> str:
    key = key.replace(" ", "")
    if not key:
        return ""
    head, rest = key[0], _SKELETON_DROP.sub("", key[1:])
    if head in "aeiouyw":
        head = ""  # a leading vowel varies too: Idlib / Edlib
    return _DOUBLE.sub(r"\1", head + rest)


def keys_of(name: str) -> tuple[str, str, str] | None:
    """(name_key, skeleton_key, spelling) of a name, folded once; None for a name that is
    not in Latin letters (`is_latin`). Building the gazetteer keys every name this way."""
    folded = fold(name)
    if not _folds_latin(folded, name):
        return None
    words = [_EXPANSIONS.get(w, w) for w in folded.split()]
    key = _key_of_words(words)
    return key, _skeleton_of_key(key), " ".join(words)


@lru_cache(maxsize=1 << 17)
def spelling(name: str) -> str:
    """A name as written, less case, accents, punctuation and abbreviations: "Soná" and
    "Sona" are one spelling, "Saaba" and "Sabah" (one key) are two."""
    return " ".join(_EXPANSIONS.get(w, w) for w in fold(name).split())


@lru_cache(maxsize=1 << 17)
def skeleton_key(name: str) -> str:
    """Consonants only, doubles collapsed, no spaces: Dayr az Zawr, Deir Ezzor -> "drzr"."""
    return _skeleton_of_key(name_key(name))


def is_latin(name: str) -> bool:
    """True when the name folds to Latin letters (alternate names in other scripts are skipped)."""
    return _folds_latin(fold(name), name)


def _folds_latin(folded: str, name: str) -> bool:
    return bool(folded) and len(folded) >= 0.6 * len(name.strip())
