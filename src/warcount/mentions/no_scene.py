"""Place names that set no scene: part of another name ("the Ottawa Convention", "Lady
Reading Hospital", "Seif al" of "Seif al-Dawla"), a hospital the wounded were taken to, a
news agency, or where a statement was issued. The event happened elsewhere."""

from __future__ import annotations

import re

from warcount.records import PlaceMention

__all__ = ["names_no_scene"]

# "the Ottawa Convention", "Lady Reading Hospital": part of another name
_TREATY = re.compile(r"\s+(?:Convention|Accords?|Agreement|Protocol|Declaration|Prize|"
                     r"Cartel|Gang)\b")  # ("members of the Santa Rosa de Lima Cartel")
# "the Pretoria agreement", "the Minsk accords", "the Astana format" in lower case: an accord
# named after the town where it was signed
_ACCORD = re.compile(r"\s+(?:peace\s+)?(?:agreements?|accords?|protocols?|declaration|format|"
                     r"process)\b", re.IGNORECASE)
_THE_BEFORE = re.compile(r"\bthe\s+$", re.IGNORECASE)
# "at 5 a.m. Moscow time", "22:00 Kyiv time": a clock's zone
_ZONE = re.compile(r"\s+time\b")
_CLOCK_BEFORE = re.compile(r"\d(?:\s*[ap]\.?\s?m\.?|:\d\d|\s+hours?)\s+$", re.IGNORECASE)
_INSTITUTION = re.compile(r"\s+(?:Hospital|University|College|Institute|Stadium)\b")
# "a medical source at El Arish General Hospital": where the wounded were taken
_HOSPITAL_NAMED = re.compile(r"\s+(?:General|Teaching|Referral|Central|District|Provincial|"
                             r"Regional|Military|Government|University|Specialist)\s+Hospital\b")
# "gunmen abducted Salem al-Fallah": a man's name whose first word a town shares
_NAME_TAIL_AFTER = re.compile(r"\s+(?:al|el|bin|ibn|ould)-[A-Z][a-z]")
# "died at the General Hospital, Funtua": the town of the hospital the wounded died in
_HOSPITAL_COMMA_BEFORE = re.compile(r"\b(?:[Hh]ospital|[Cc]linic|Medical\s+Cent(?:re|er)),\s+$")
_NAME_BEFORE = re.compile(r"\b[A-Z][a-z]+\s+$")
# "Seif al" of "Seif al-Dawla": a name cut at its particle
_CUT_NAME = re.compile(r"\s(?:al|el|ad|ash|as|ar|an|at|az|ad-|de|del|da|do|dos|la|le|bin|ibn|"
                       r"abu|of)$")
# "Syria's state news agency Sana reports": an agency; "in a statement issued in Riyadh":
# where the speaker was
_AGENCY_BEFORE = re.compile(r"\bagency\s+$", re.I)
_ISSUED_IN = re.compile(r"\b(?:statement|communiqu[eé]|release|briefing|conference)\s+"
                        r"(?:\w+\s+){0,2}?(?:issued|released|published|read\s+out|given|held|"
                        r"made)\s+in\s+$", re.I)


# "Inspector General of Police (Bastar range)": an officer's area of command
_COMMAND_AREA = re.compile(r"\s+(?:range|zone|sector|command)\s*\)")
_TITLE_OPEN = re.compile(r"(?:Police|Inspector[- ]General|Commissioner|Superintendent|"
                         r"Commander|DIG|IGP?|SSP|SP)\s*\(\s*$")


# "the Centre for Analysis and Research in Human Rights": an organisation, not Haiti's Centre
_ORG_WORD = re.compile(r"(?:Centre|Center|Institute|Council|Committee|Union|League|Front)\Z")
_FOR_NAME = re.compile(r"\s+(?:for|of)\s+(?:the\s+)?[A-Z]")


# "told Meridian Wire", "the Kampala Post": an outlet's name
_OUTLET_WORD = re.compile(r"\s+(?:Wire|News|Times|Post|Herald|Tribune|Gazette|Journal|Courier|"
                          r"Chronicle|Monitor|Observer|Dispatch)\b")


# "the troubled Sahel state", "a Gulf state": a kind of country, not the region of that name
_REGION_KIND = re.compile(r"(?:Sahel|Sahelian|Gulf|Balkan|Baltic|Caucasus|Andean|Horn)\Z")
_STATE_AFTER = re.compile(r"\s+(?:states?|nations?|countr(?:y|ies))\b")


# "killed at least 14 of the Jalisco people", "two of the Sinaloa men": a side named by its
# home, not where it was
_OF_THE_BEFORE = re.compile(r"\bof\s+the\s+$", re.IGNORECASE)
_PEOPLE_AFTER = re.compile(r"\s+(?:people|men|guys|boys|lot)\b")


def names_no_scene(text: str, m: PlaceMention) -> bool:
    """A name that is part of another name, an agency or where a statement was made."""
    before = text[max(0, m.start - 60):m.start]
    return bool(_CUT_NAME.search(m.text) or _TREATY.match(text, m.end)
                or _ACCORD.match(text, m.end) and _THE_BEFORE.search(before)
                or _ZONE.match(text, m.end) and _CLOCK_BEFORE.search(before)
                or _OUTLET_WORD.match(text, m.end)
                or _REGION_KIND.match(m.text) and _STATE_AFTER.match(text, m.end)
                or _ORG_WORD.match(m.text) and _FOR_NAME.match(text, m.end)
                or _INSTITUTION.match(text, m.end) and _NAME_BEFORE.search(before)
                or _HOSPITAL_NAMED.match(text, m.end) or _HOSPITAL_COMMA_BEFORE.search(before)
                or _NAME_TAIL_AFTER.match(text, m.end)
                or _AGENCY_BEFORE.search(before) or _ISSUED_IN.search(before)
                or _COMMAND_AREA.match(text, m.end) and _TITLE_OPEN.search(before)
                or _PEOPLE_AFTER.match(text, m.end) and _OF_THE_BEFORE.search(before))
