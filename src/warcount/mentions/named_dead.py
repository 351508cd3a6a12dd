"""The dead a sentence names without a number: "the incident resulted in the death of PO2
Renante Cruz", "gunmen shot dead Wilmer Yatacue", "a mob beat him to death". Each is one
person killed. These counts stand in only when the event has no counted dead of its own
(see `events.deaths`), so that "a teacher was killed ... The victim, John Doe, was shot dead"
stays one."""

from __future__ import annotations

import re

from warcount.records import NumberMention
from warcount.regex_heads import with_heads

NAMED = "named"  # the qualifier of such a count

_KILLED_BEFORE = re.compile(
    r"\b(?:killed|killing|murdered|murder\s+of|killing\s+of|deaths?\s+of|assassinated|"
    r"assassination\s+of|beheaded|beheading\s+of|executed|execution\s+of|shot\s+dead|"
    r"lynched|lynching\s+of)\s+(?:[\w.’'-]+\s+){0,2}$", re.IGNORECASE)
_KILLED_AFTER = re.compile(
    r"(?:\s*,[^,;]{1,80},)?\s+(?:was|has\s+been|had\s+been)\s+(?:\w+ly\s+)?(?:shot\s+dead|"
    r"killed|murdered|assassinated|beheaded|executed|lynched|(?:stabbed|beaten|hacked|burned|"
    r"burnt)\s+to\s+death|found\s+dead)\b|(?:\s*,[^,;]{1,80},)?\s+(?:died|was\s+among\s+the\s+dead|"
    r"lost\s+(?:his|her)\s+life)\b",
    re.IGNORECASE)
_MOTIVE = re.compile(r"\b(?:over|against|about|following|after|for|mourn\w*|protest\w*|"
                     r"condemn\w*|denounc\w*|investigat\w*|into)\s+(?:the\s+)?(?:(?:19|20)\d\d\s+)?"
                     r"(?:alleged\s+|brutal\s+|recent\s+)?$", re.IGNORECASE)
# "killed him", "beat him to death", "shot her dead", "lost his life"
_PRONOUN = with_heads(re.compile(
    r"\b(?:(?:killed|murdered|executed|beheaded|lynched)\s+(?:him|her)\b|"
    r"(?:shot|stabbed|beat|hacked|burned|burnt|strangled|clubbed|stoned)\s+(?:him|her)\s+"
    r"(?:to\s+death|dead)\b|lost\s+(?:his|her)\s+life\b)", re.IGNORECASE))

# "shot dead Ma-ae Doloh, 52, the headman": a capitalised name with an age after it is a
# person even where the model missed it
_AGED = re.compile(r"(?<![\w'’-])[A-Z][\w'’.-]+(?:\s+[A-Z][\w'’.-]+){0,3}"
                   r"(?=,\s+(?:aged\s+)?\d{1,3}\s*,)")


def named_dead(text: str, people: list[tuple[int, int]], *, offset: int = 0
               ) -> list[NumberMention]:
    """One count of a person killed per name or pronoun so told in `text` (one sentence);
    `people` are the local spans of its PERSON names."""
    found: list[NumberMention] = []
    people = people + [(m.start(), m.end()) for m in _AGED.finditer(text)
                       if not any(a <= m.start() < b for a, b in people)]
    for a, b in people:
        told = _KILLED_BEFORE.search(text, max(0, a - 40), a)
        if told is not None and _MOTIVE.search(text, max(0, told.start() - 40), told.start()):
            continue  # "angry over the death of Justin Zongo": what the crowd answers
        if told is not None or _KILLED_AFTER.match(text, b):
            found.append(NumberMention(offset + a, offset + b, text[a:b], 1, qualifier=NAMED,
                                       outcome="killed"))
    for m in _PRONOUN.finditer(text):
        if not any(a <= m.start() < b for a, b in people):
            found.append(NumberMention(offset + m.start(), offset + m.end(), m.group(), 1,
                                       qualifier=NAMED, outcome="killed"))
    return found
