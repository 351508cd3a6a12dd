"""A cheap test for English text: the share of common English function words among tokens."""

from __future__ import annotations

import re
import unicodedata


def _words(spaced: str) -> frozenset[str]:
    return frozenset(spaced.split())


_WORD = re.compile(r"[^\W\d_]+")
_MIN_TOKENS = 25  # shorter texts pass: too few words to judge
_MIN_SHARE = 0.15  # English news prose runs at 0.3-0.5; other Latin-script languages under 0.1

_ENGLISH = _words(
    """the of and to in a an is was were are be been being has have had on for that with by at
    from as it its he she they them their his her this these those which who whom not but or
    into over after before during while when where than there said says would will could also
    we our you i me my up out about against between under more most no some any one two"""
)
# A few very frequent words of other languages, only to name the language in the error.
_OTHERS: dict[str, frozenset[str]] = {
    "French": _words("le la les des du un une et est dans pour que qui sur avec par au aux"),
    "Spanish": _words("el la los las del un una y es en por que con para se al lo"),
    "Portuguese": _words("o a os as do da dos das um uma e em por que com para não foi"),
    "German": _words("der die das und ist nicht mit von den dem ein eine zu auf für im"),
    "Italian": _words("il lo la gli le di del della un una e è in per che con non sono"),
    "Indonesian": _words("yang dan di ke dari ini itu dengan untuk pada tidak dalam akan"),
}


def looks_english(text: str) -> bool:
    """True unless the text is long enough to judge and few of its words are English ones."""
    tokens = _WORD.findall(text.lower())
    if len(tokens) < _MIN_TOKENS:
        return True
    share = sum(1 for t in tokens if t in _ENGLISH) / len(tokens)
    return share >= _MIN_SHARE


def guess_language(text: str) -> str:
    """A rough name for what a non-English text looks like: a language or a script."""
    tokens = _WORD.findall(text.lower())
    if not tokens:
        return "another language"
    scripts: dict[str, int] = {}
    for token in tokens[:500]:
        script = _script(token[0])
        scripts[script] = scripts.get(script, 0) + 1
    top_script = max(scripts, key=lambda s: scripts[s])
    if top_script != "LATIN":
        return f"{top_script.title()} script"
    scores = {name: sum(1 for t in tokens if t in words) for name, words in _OTHERS.items()}
    best = max(scores, key=lambda name: scores[name])
    return best if scores[best] / len(tokens) >= 0.1 else "another language"


def _script(char: str) -> str:
    name = unicodedata.name(char, "UNKNOWN")
    return name.split(" ")[0]
