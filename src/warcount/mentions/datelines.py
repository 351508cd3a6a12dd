"""Datelines: "KABUL, Afghanistan (AP) -", "Maputo —", "SANAA, May 9, 2025 -". Where and when
the reporter filed, not where or when the events happened."""

from __future__ import annotations

import re

from warcount.records import PlaceMention, Sentence

# the agencies whose name in brackets closes a dateline with no dash: "Raipur, Nov 26 (PTI) Four"
_AGENCIES = r"PTI|IANS|ANI|UNI|AFP|AP|Reuters|Xinhua|EFE|dpa|UNB|APP|NNN|Bernama"
_DATELINE_END = re.compile(  # ("ZAMBOANGA CITY, Philippines—": the city's name goes on)
    # ("MINGORA / PESHAWAR:": a paper's two offices)
    r"(?:\s*/\s*[A-Z][A-Z .'’-]{2,30}?)*(?:\s+(?:CITY|City))?\s*(?:,[^\n]{0,40}?)?"
    r"(?:\s*\([^)]{1,30}\)){0,2}\s*(?:[-\u2013\u2014:|]|\(|,)"
)

_TITLE_DATELINE = re.compile(  # (an agency's ".-": "Mexico City, May 24 (EFE).- At least")
    # ("Maiduguri (Nigeria) (AFP) - ": the country and the agency, each in brackets)
    r"(?:,\s*[A-Z][\w ]{1,30})?(?:\s*\([^)]{1,30}\)){0,2}(?:\s+[\u2013\u2014|-]|:|\.-)\s"
    # ("Ouagadougou, 9 November 2022 - ": the day it was filed)
    # ("Pemba, Mozambique, 08 Jun 2022 (Lusa) – ": the country before the day)
    r"|,\s*(?:[A-Z][\w ]{1,30},\s*)?(?:[A-Z][a-z]{2,5}day,?\s+)?"
    r"(?:\d{1,2}\s+[A-Z][a-z]{2,8}|[A-Z][a-z]{2,8}\.?\s+\d{1,2},?)"
    r"\s+(?:19|20)\d\d\s*(?:\([^)]{1,60}\)\s*)?(?:[\u2013\u2014-]|:|\.-)\s"
    r"|,\s*(?:[A-Z][a-z]{2,8}\.?\s+\d{1,2}|\d{1,2}\s+[A-Z][a-z]{2,8}\.?)\s*\((?:" + _AGENCIES
    + r")\)(?:\.-|\s*[-\u2013\u2014:])?\s")  # ("Caracas, 8 May (EFE).- ")

_OFFICES_BEFORE = re.compile(r"(?:[A-Z][A-Z .'’-]{2,30}?\s*/\s*)+"
                             r"|By\s+[^|\n]{1,60}\|")  # "By Staff Writers | Aden, Yemen (AFP) |"


def is_dateline(m: PlaceMention, text: str) -> bool:
    """ "KABUL, Afghanistan (AP) -": where the reporter filed from, not where it happened."""
    line_start = text.rfind("\n", 0, m.start) + 1
    before = text[line_start : m.start].strip(" \t\"'")
    if before == "(" and _RELEASE_END.match(text, m.end):
        return True  # a rights group's release: "(Dakar, February 19, 2026) –"
    if before and not _OFFICES_BEFORE.fullmatch(before) or not _DATELINE_END.match(text, m.end):
        return False
    # "KABUL, Afghanistan (AP) -", or in title case before a dash: "Maputo — Terrorists"
    return m.text.upper() == m.text or bool(_TITLE_DATELINE.match(text, m.end))

_RELEASE_END = re.compile(r",\s*[\w ,.]{4,30}?(?:19|20)\d\d\)\s*[-\u2013\u2014]")
# "in a crowded market here", "here on Sunday": the dateline's city, in a local paper's lead
_HERE = re.compile(r"\b(?:in|at|near|from)\s+(?:\w+\s+){0,4}?here\b|\bhere\s+"
                   r"(?:on|late|early|yesterday|today|last|this)\b")
_LEAD = 400  # characters after the dateline that make a report's lead


def filed_here(text: str, datelines: set[tuple[int, int]]) -> bool:
    """The lead says the events happened "here": where the paper files from is the scene
    ("DERA ISMAIL KHAN: The death toll from Sunday's suicide bombing in a crowded vegetable
    market here rose to 31")."""
    return any(_HERE.search(text, b, b + _LEAD) for _, b in datelines)


_MONTH = (r"(?:Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|"
          r"Sept?(?:ember)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)")
_DATED_LINE = re.compile(
    r"(?m)^[A-Z][\w .'’-]{1,40},\s*(?=[^\n]{0,30}\b(?:19|20)\d\d\b)[\w ,.]{4,30}?"
    r"(?:19|20)\d\d\s*(?:\([^)\n]{1,30}\))?\s*(?:[-\u2013\u2014:.]|$)"
    # a wire dateline gives no year: "KABUL, May 4 (Reuters) -", "GAZA, 4 May -"
    r"|^[A-Z][A-Z .'’-]{2,40},(?:\s*[A-Z][\w .'’-]{1,30},)?\s*(?:" + _MONTH
    + r"\.?\s+\d{1,2}|\d{1,2}\s+" + _MONTH + r")\s*(?:\([^)\n]{1,30}\))?\s*[-\u2013\u2014:]"
    # an agency's title-case dateline: "Guayaquil (Ecuador), Feb 14 (EFE).-"
    r"|^[A-Z][\w .'’-]{1,40}(?:\s*\([^)\n]{1,30}\))?,\s*(?:" + _MONTH
    + r"\.?\s+\d{1,2}|\d{1,2}\s+" + _MONTH + r")\s*\([^)\n]{1,30}\)\s*\.?\s*[-\u2013\u2014:]"
    # a rights group's release: "(Dakar, February 19, 2026) –"
    r"|^\([A-Z][\w .'’-]{1,40},\s*[\w ,.]{4,30}?(?:19|20)\d\d\)\s*[-\u2013\u2014]"
    # a South Asian paper's: "Imphal, Jun 15:", "Srinagar, Aug 3 (PTI):"
    r"|^(?!(?:On|In|At|By|From|Since|Until|Late|Early|Last|This|Next)\b)"
    r"(?!(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day\b)[A-Z][\w .'’-]{1,40},\s*(?:" + _MONTH
    + r"\.?\s+\d{1,2}|\d{1,2}\s+" + _MONTH + r")\s*(?::|\((?:" + _AGENCIES + r")\))")
# "MOZAMBIQUE -", "KABUL, AFGHANISTAN": a dateline in capitals names the country too.
_ALL_CAPS = re.compile(r"\b[A-Z]{3,}(?:[ -][A-Z]{2,})*\b")
# "CAMEROON (France 24) -": the outlet after a dateline names no country or actor.
_OUTLET = re.compile(
    r"(?m)^[A-Z][A-Z .'’-]{2,40}(?:,\s*[A-Z][\w .'’-]{1,30}){0,2}\s*\(([^)\n]{1,40})\)")


def outlet_free(s: Sentence, outlets: list[tuple[int, int]]) -> str:
    """The sentence's text with a dateline's outlet blanked (offsets kept)."""
    text = s.text
    for a, b in outlets:
        if s.start <= a < s.end:
            text = text[:a - s.start] + " " * (b - a) + text[b - s.start:]
    return text


def outlet_spans(text: str) -> list[tuple[int, int]]:
    """Spans of outlets in brackets after a dateline ("(France 24)")."""
    return [(m.start(1), m.end(1)) for m in _OUTLET.finditer(text)]


def dated_line_spans(text: str) -> list[tuple[int, int]]:
    """Spans of datelines that carry the filing date: its dates are no event's day."""
    return [(m.start(), m.end()) for m in _DATED_LINE.finditer(text)]


def capitals_titled(text: str) -> str:
    """The text with words in capitals in title case (same length): "MOZAMBIQUE" -> "Mozambique"."""
    return _ALL_CAPS.sub(lambda m: m.group().title(), text)
