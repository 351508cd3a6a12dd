"""Find place names in text: spaCy's GPE/LOC/FAC spans, place patterns, and gazetteer matching.

A mention's `reason` starts with its cue ("cue=admin", "cue=town", "cue=near", "cue=none")
so the resolver knows whether "Aleppo" was written as a province, a town, or alone
(`mention_cue`). Offsets are into the document: the caller passes `offset` for a sentence.
"""

from __future__ import annotations

import re
from collections.abc import Iterator, Mapping, Sequence
from dataclasses import replace
from typing import Protocol

from warcount.geo.gazetteer import Gazetteer
from warcount.records import PlaceMention
from warcount.regex_heads import with_heads

# a capital, accented ones included ("Şemdinli", "Éséka", "Łódź")
_UPPER = "A-ZÀ-ÖØ-ÞĀĂĄĆĈĊČĎĐĒĔĖĘĚĜĞĠĢĤĦĨĪĬĮİĴĶĹĻĽĿŁŃŅŇŌŎŐŒŔŖŘŚŜŞŠŢŤŦŨŪŬŮŰŲŴŶŸŹŻŽ"
_NAME = rf"[{_UPPER}](?:\w|['\u2019](?!s\b))*(?:-(?:\w|['\u2019](?!s\b))+)*"
_NAMES = (rf"{_NAME}(?:\s+(?:(?:al|el|ad|ar|as|az|ash|de|del|do|dos|das|du|la|des|di|da|of)"
          rf"[-\s])?{_NAME}){{0,3}}")
_ADMIN_WORDS = (r"local government area|LGA|province|region|county|district|governorate|state|"
                r"division|department|prefecture|regency|oblast|municipality|sub-county|"
                r"subcounty|commune|parish|"
                r"borough|township|upazila|upazilla|thana|woreda|tehsil|raion|rayon|hromada|"
                r"sub-district|subdistrict|constituency|union|territory|chiefdom|"
                r"administrative post")
_TOWN_WORDS = (r"town|village|city|hamlet|locality|settlement|neighbourhood|neighborhood|suburb|"
               r"camp|seat|municipal seat|township|kebele|barangay|corregimiento|vereda|"
               r"detachment|garrison|border crossing|border post|crossing point|crossing")

_SITES = (r"University|College|Polytechnic|Hospital|Market|Prison|Stadium|Airport|Police Station|"
          r"High School|Primary School|Secondary School|Bus Park|Bus Terminus|Mosque|Church")

# Each pattern with a word it cannot match without: a sentence without the word skips the
# pattern, which would find nothing there (speed). None: no test (the admin words, many and
# in any case, take longer to look for than the patterns that need them).
_TOWN_WORD = re.compile(_TOWN_WORDS)
_QUARTER_WORD = re.compile("sector|quarter|colonia|barrio|favela|slum|ward|estate")
_LIE_WORD = re.compile("tribal|border|frontier|restive|remote|mountainous")
_AREA = re.compile("area")
_SITE = re.compile(_SITES)
_MONTH_WORD = (r"(?:January|February|March|April|May|June|July|August|September|October|"
               r"November|December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec)\.?")
_PATTERNS: tuple[tuple[re.Pattern[str], str, re.Pattern[str] | None], ...] = (
    (re.compile(rf"\b(?:the\s+)?(?:{_TOWN_WORDS})s?\s+of\s+({_NAMES})"), "town", _TOWN_WORD),
    (re.compile(rf"\b(?:sector|quarter|colonia|barrio|favela|slum|ward|estate)s?\s+of\s+"
                rf"({_NAMES})"), "town", _QUARTER_WORD),
    # "the Damascus district of Qaboun", "the Baghdad neighbourhood of Karrada": a city's
    # quarter, not a division
    # (not "the Kuki-majority district of Churachandpur": a district of a people)
    # (nor "the Lice district of Diyarbakir province": a district of a province)
    # (nor "insurgents burned towers in Raman district of Yala": the district of a province;
    # the name before the word must be a large city, see `_CITY_MIN_POP`)
    (re.compile(rf"\b(?:the\s+)?(?P<city>[{_UPPER}][\w'’]+)\s+(?:district|quarter|neighbou?rhood|"
                rf"suburb)\s+of\s+(?P<place>{_NAMES})(?![\w'’-])(?!\s+(?i:{_ADMIN_WORDS}))"),
     "town", re.compile("district|quarter|neighbou?rhood|suburb")),
    (re.compile(rf"\b(?:the\s+)?(?:{_ADMIN_WORDS})\s+of\s+({_NAMES})"), "admin",
     None),
    # (not "the Damascus district of Qaboun", which names Damascus's quarter: see
    # `_CITY_MIN_POP`)
    (re.compile(rf"({_NAMES})\s+(?i:{_ADMIN_WORDS})\b(?P<of>\s+of\s+{_NAME}(?![\w'’-]|\s+"
                rf"(?i:{_ADMIN_WORDS})))?"), "admin", None),
    # "the Khyber tribal district", "Kurram border district"
    (re.compile(rf"({_NAMES})\s+(?:tribal|border|frontier|restive|remote|mountainous)\s+"
                rf"(?:district|region|province|county|agency)\b"), "admin", _LIE_WORD),
    (re.compile(rf"{_NAME}['\u2019]s\s+({_NAMES})\s+(?i:{_ADMIN_WORDS})\b"), "admin",
     None),
    # "in Lamu East", "Baidoa North": a district named after its town, near the town
    (re.compile(rf"({_NAMES}\s+(?:East|West|North|South|Central))(?![\w-])(?!\s+[A-Z])"),
     "near", re.compile("East|West|North|South|Central")),
    (re.compile(rf"({_NAMES})\s+(?:{_TOWN_WORDS})\b"), "town", _TOWN_WORD),
    (re.compile(rf"\bthe\s+({_NAMES})\s+countryside\b"), "admin", re.compile("countryside")),
    # "the area of Markoye", "Molai area": a town or its surroundings, not a division
    (re.compile(rf"\bareas?\s+of\s+({_NAMES})"), "near", _AREA),
    (re.compile(rf"\bgeneral\s+area\s+({_NAMES})"), "near",
     re.compile("general")),  # "in general area Datta Khel"
    (re.compile(rf"({_NAMES})\s+(?:area|front|frontline)\b"), "near",
     re.compile("area|front")),  # "the Sirwah front"
    # "the Tirah valley of the Khyber tribal district": a valley, finer than its district
    (re.compile(rf"\bthe\s+({_NAMES})\s+[Vv]alley\b"), "near", re.compile("[Vv]alley")),
    # "PKK targets in the Qandil mountains", "hideouts in the Rugu forest": a named range or
    # forest the gazetteer knows
    (re.compile(rf"\bthe\s+({_NAMES})\s+(?:[Mm]ountains|[Hh]ills|[Ff]orest)\b"), "none",
     re.compile("[Mm]ountains|[Hh]ills|[Ff]orest")),
    (re.compile(rf"\b(?:near|outside|(?:outskirts|vicinity|surroundings|environs|periphery)\s+of|"
                rf"close\s+to|towards?|(?:north|south)(?:-?(?:east|west))?|east|west|between|"
                rf"axis|(?<!the )road)"
                rf"(?:\s+of)?\s+(?:the\s+)?({_NAMES})"), "near", None),
    (re.compile(rf"\b(?:[Ii]n|[Aa]t|from|to|into|around|attacked|struck|hit|raided|stormed|"
                rf"shelled|bombed|overran|captured|seized|entered|"
                # "three were killed in a strike on Aita al-Shaab"
                rf"(?:strikes?|raids?|attacks?|assaults?|shelling|bombardment|offensive)\s+on)\s+"
                rf"(?:(?:rural|urban|downtown|central|greater|nearby|neighbouring|neighboring)\s+)?"
                rf"({_NAMES})"), "none", None),
    # "two rockets were intercepted by the Iron Dome system over Kiryat Shmona"
    (re.compile(rf"\b(?:intercepted|shot\s+down|downed)\b[^.;]{{0,60}}?\bover\s+(?:the\s+)?"
                rf"({_NAMES})"), "none", re.compile("intercepted|down")),
    (re.compile(rf"({_NAME})-{_NAME}(?:\s+{_NAME})?\s+(?:road|highway|axis)\b"), "near",
     re.compile("road|highway|axis")),
    # "marched through the centre of Toribio"
    (re.compile(rf"\b(?:centre|center|heart)\s+of\s+(?:the\s+)?({_NAMES})"), "town",
     re.compile("centre|center|heart")),
    # "on the highway between Rutba and Ramadi": the far end of a stretch of road, too
    # ("between Baqubah and al-Khalis")
    (re.compile(rf"\bbetween\s+(?:the\s+)?{_NAMES}\s+and\s+(?:the\s+)?"
                rf"(?:(?:[Aa][ln]|[Ee]l|[Aa][dstrz]|[Aa]sh)[-\s])?({_NAMES})"), "near",
     re.compile("between")),
    # a round-up's item label: "Tripoli: Heavy clashes erupted ..."
    (re.compile(rf"(?m)^({_NAMES}):\s"), "label", re.compile(":")),
    # a numbered item's label: "3. DURAN (Guayas). In the early hours of Sunday, ..."
    # (a sentence of its own, the number split off: "DURAN (Guayas).")
    (re.compile(r"(?m)^(?:\d{1,2}[.)]\s+)?([A-Z][A-Z'-]+(?: [A-Z][A-Z'-]+){0,3})\s*"
                r"(?:\([^)\n]{1,30}\))?(?:[.:]\s|\.?$)"), "label", re.compile(r"[A-Z]{3}")),
    # a log's entry: "14 October, Sheikh Zuweid - Several mortar rounds struck ..."
    (re.compile(rf"(?m)^(?:\d{{1,2}}\s+{_MONTH_WORD}|{_MONTH_WORD}\s+\d{{1,2}})(?:,?\s+\d{{4}})?,\s+"
                rf"({_NAMES})\s+[-\u2013\u2014:]\s"), "town", re.compile(r"^\d|\n\d", re.M)),
    # "the weekly market of Chetimari", "the main mosque of Diffa": a site in a town the
    # gazetteer knows
    (re.compile(rf"\b(?:market|mosque|church|school|hospital|prison|stadium|airport|port|"
                rf"bus\s+station|streets|checkpoints?)\s+of\s+(?:the\s+)?({_NAMES})"), "none",
     re.compile("market|mosque|church|school|hospital|prison|stadium|airport|port|station|"
                "streets|checkpoint")),
    # a town inside an institution's name: "University of X", "X Referral Hospital"
    (re.compile(rf"\b(?:{_SITES})\s+of\s+({_NAMES})"), "none", _SITE),
    (re.compile(rf"({_NAMES}?)\s+(?:[A-Z]\w+\s+)?(?:{_SITES})\b"), "none", _SITE),
)
_PATTERNS = tuple((with_heads(p), cue, needs) for p, cue, needs in _PATTERNS)  # (speed)
# "Alexandria, La." / "Ruston, W.Va.": postal-style abbreviations of a first-level division
_ABBREV = r"[A-Z][A-Za-z]{0,4}\.(?:\s?[A-Z][a-z]{0,3}\.)?"
_PAIR = with_heads(re.compile(rf"\(?({_NAMES}),\s+({_ABBREV}|{_NAMES})\)?"))
# "Pama (Kompienga)", "Mentao (Pobe-Mengao, Soum)": a coder's village (commune, province)
_BRACKETED = with_heads(re.compile(rf"({_NAMES})\s+\(({_NAMES})[,)]"))
# "Kulan in Garissa", "Tarpal in Sujanagar upazila", "Kasinga, in Lubero territory", "the
# Maganja administrative post, in Palma district": a place inside an area the text names
_IN_AREA = with_heads(re.compile(
    rf"\b({_NAMES})(?:\s+(?:{_ADMIN_WORDS}|{_TOWN_WORDS}))?,?\s+in\s+(?:the\s+)?"
    # ("the Arroyito settlement, in the district of Horqueta")
    rf"(?:(?P<kind>{_ADMIN_WORDS})\s+of\s+(?:the\s+)?)?({_NAMES})"))
_AREA_WORD_AFTER = re.compile(rf"\s+(?i:{_ADMIN_WORDS})\b")
_ENTITY_SPLIT = re.compile(r", |\(|\)")  # where one spaCy span holds two names
# a part of a town that the model reads into the town's name
_PART_OF_CITY = re.compile(r"(?:the\s+)?(?:Old\s+(?:City|Town|Quarter)|City\s+Cent(?:re|er)|"
                           r"Cent(?:re|er)|Outskirts|Suburbs|Heart|Downtown|Medina|Kasbah)"
                           r"\s+of\s+(?:the\s+)?", re.IGNORECASE)
_COMMA, _IN = re.compile(r",\s"), re.compile(r"\sin\s")  # what each needs (speed)
# "Kandahar, Khost and Jalalabad": a list of places, not a town and its province
_LIST_END = re.compile(rf"\s+(?:and|or)\s+{_NAME}")
# spaCy labels that say a capitalised span is not a place (unless a place cue says it is)
NOT_PLACE_LABELS = ("PERSON",)
_NOT_PLACES = frozenset(
    {
        "the", "a", "an", "on", "in", "at", "by", "of", "and", "or", "but", "for", "with",
        "from", "to", "this", "that", "these", "those", "it", "he", "she", "they", "we",
        "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "january",
        "february", "march", "april", "may", "june", "july", "august", "september", "october",
        "november", "december", "president", "minister", "police", "army", "government",
        "islamic", "state", "mr", "mrs", "ms", "dr", "general", "colonel", "captain", "reuters",
        "afp", "ap", "news", "agency", "said", "according", "forces", "military",
        "security", "troops", "officials", "official", "sources", "source", "people", "gunmen",
        "militants", "local", "residents", "witnesses", "muslim", "christian", "god", "allah",
        "tv", "radio", "un", "eu", "north", "south", "east", "west", "northern", "southern",
        "eastern", "western", "central", "upper", "lower", "northeast", "northwest",
        "southeast", "southwest", "north-east", "north-west", "south-east", "south-west",
        "north east", "north west", "south east", "south west",
        # titles and facility words of names such as "King Khalid Air Base"
        "king", "queen", "prince", "princess", "sheikh", "emir", "sultan", "imam", "pope",
        "lord", "sir", "air", "base", "airbase", "airport", "barracks", "alliance", "capital",
        "abu", "umm", "ibn", "bin",  # the opening of an Arabic name ("Abu Ahmad")
        "ullah", "uddin", "naik", "sepoy", "havildar", "subedar", "lance",  # names and ranks
        # words that open a sentence ("Still in the Lake province, ...", "Many in Amhara saw")
        "still", "many", "also", "only", "even", "most", "some", "both", "meanwhile",
        "elsewhere", "later", "earlier", "further", "here", "there", "once", "now", "yet",
        "few", "several", "others", "all", "today", "yesterday", "overnight", "separately",
        "again", "however", "instead", "since", "after", "before", "during", "while", "when",
        # weapons named like places ("the Iron Dome system", "Katyusha rockets")
        "iron", "dome", "iron dome", "katyusha", "grad", "kornet", "javelin", "himars",
        "shahed", "iskander", "kalibr", "patriot", "kinzhal", "tochka", "scud",
    }
)
# an institution's word alone ("University staff protested") names no town
_SITE_WORDS = frozenset(w.lower() for w in _SITES.split("|"))
# "the Mission reports", "the Council condemned", "the Stabilization Mission": a body named by
# its common noun, alone or closing a longer name, which a town may share (Mission, Texas)
_BODIES = frozenset({"mission", "council", "commission", "committee", "coalition", "movement",
                     "office", "embassy", "ministry", "assembly", "parliament", "tribunal",
                     "court", "authority", "secretariat", "command", "front", "union",
                     "presidency", "junta", "cabinet", "senate", "congress", "party"})
_BODY_BEFORE = re.compile(r"(?:\b[Tt]he|[A-Z]\w*)\s+$")
_ROAD_AFTER = re.compile(r"\s+(?:road|highway|motorway|expressway|axis)\b")
_FAR_END_BEFORE = re.compile(rf"\w-(?:[{_UPPER}][\w'’]*\s+)?$")
_NUMBERED_ROAD = re.compile(r"\s+\d{1,3}\s+(?:road|highway|route|street|junction|roundabout|"
                            r"checkpoint|bridge)\b", re.IGNORECASE)
_PRESS_AFTER = re.compile(r"\s+(?:Independent|Post|Times|Tribune|Herald|Telegraph|Gazette|"
                          r"Chronicle|Observer|Journal|Courier|Dispatch|Inquirer|Pravda|"
                          # "translated from a Bamako daily": a paper of the town
                          r"daily|weekly)\b")
_OPENING_WORD = re.compile(r"(?:In|At|Near|From|Outside|Inside|Around)\s+(?=[A-Z])")
_LEADING = re.compile(r"^(?:the|The)\s+")
_ARTICLE_WORD = r"(?:a[lnrstdz]|ash|ath|e[lnrstdz])[-\u2011]"  # Arabic's "al-", "el-", "ad-"
_ARTICLE = re.compile(rf"{_ARTICLE_WORD}(?=[A-Z])")
_ARTICLE_BEFORE = re.compile(rf"\b{_ARTICLE_WORD}$")  # the article before a name's span
_TRAILING_GENERIC = re.compile(rf"\s+(?i:{_ADMIN_WORDS}|{_TOWN_WORDS}|countryside|area)$")
_MIN_POP_UNCUED = 20000  # a capitalised word the model missed must name a sizeable place
_REGIONS = ("RGN", "CONT")
# "a resident, Mr. Yakubu Datong": a person's name
_HONORIFIC = with_heads(re.compile(
    r"\b(?:Mr|Mrs|Ms|Dr|Gen|Col|Capt|Maj|Lt|Sgt|Prof|Sheikh|Imam|Pastor|Rev|"
    r"Alhaji|Hajiya|Mallam|General|Colonel|Captain|Major|Lieutenant|"
    r"Sergeant|President|Governor|Senator|Minister)\.?\s+"
    r"(?:[A-Z][\w'-]*\s+){0,2}$"))
# "Garre militia", "Orma and Wardei communities": a people, not a town
_PEOPLE_AFTER = re.compile(r"(?:\s+and\s+[A-Z][\w'-]*)?\s+(?:political\s+|ethnic\s+|clan\s+)?"
                           r"(?:militias?|clans?|communit(?:y|ies)|tribes?|tribesmen)\b")
# the capitalised word (a given name) right before a surname, inside a person's name
_GIVEN_NAME = re.compile(r"\b[A-Z][a-z][\w'\u2019-]*\s+$")  # not an acronym ("ODM Kisii")
# the rest of a person's name after its first word: a surname, not an office, a division
# or a feature ("Meru Governor Peter Munya": the county, then the governor; "Khulna Sadar",
# "the Ngong Range": the model's PERSON over a place's name)
_SURNAME_AFTER = re.compile(
    r"\s+(?!(?:Governor|Senator|MP|MCA|Mayor|Chief|Commissioner|President|Minister|Police|"
    r"Deputy|Member|Representative|Assemblyman|Councillor|Councilor|Speaker|Sadar|City|Town|"
    r"Range|Hills?|Mountains?|Valley|River|Forest|Lake|Road|Street|Market|Bridge|Camp)\b)"
    rf"(?!(?i:{_ADMIN_WORDS})\b)[A-Z][a-z]")
# what stands before a person's name the model found: a role, a comma, an acronym
# ("the Jubilee candidate, Hassan Omar", "aspirant Charles Chege", "MCA Wilson Kuyo"), not a
# number or a preposition of place ("500 Nakuru Matatu drivers", "in Garissa Town")
# "identified as Juan Reveles, 31, and Martín Esparza, 27": a person and his age
_AGE_AFTER = re.compile(r",\s+(?:aged\s+)?\d{1,2}\b(?!\s*(?:km|kilomet|mile|%))")
_BEFORE_PERSON = re.compile(
    r"(?:(?<![\w-])(?!(?:in|at|near|from|to|of|outside|around|into|and|the)\s)[a-z]+|,|"
    r"\b[A-Z]{2,})\s*$")
_PART_OF = re.compile(r"(?:\s+(?:and\s+)?[A-Z][\w'-]*)*\s+(?:(area)|sector|quarter|neighbou?rhood|"
                      r"colonia|barrio|favela|slum|ward|estate)s?\s+of\s+(?:the\s+)?")


class _Add(Protocol):
    def __call__(self, start: int, end: int, kind: str, cue: str, why: str,
                 country: str | None = None) -> None: ...


def mention_cue(mention: PlaceMention) -> str:
    """The place cue recorded in `reason`: "admin", "town", "near", "label" (a round-up's
    "Tripoli: ..." item) or "none"."""
    if mention.reason.startswith("cue="):
        return mention.reason[4:].split(";", 1)[0]
    return "none"


def names_a_road(mention: PlaceMention) -> bool:
    """The first town of a road named by its two ends ("the Quetta-Karachi highway")."""
    return _ROAD_PATTERN.search(mention.reason) is not None


_ROAD_PATTERN = re.compile(r"pattern '[^']*-[^']*\s(?:road|highway|axis)'")


def mention_parent(mention: PlaceMention) -> str | None:
    """The area a pair such as "X, Y" names as X's parent ("parent=Y" in `reason`)."""
    for part in mention.reason.split("; "):
        if part.startswith("parent="):
            return part[7:]
    return None


def _clean(text: str, start: int) -> tuple[str, int, int, str]:
    """Strip "the", "'s" and a trailing generic word; return (name, start, end, cue)."""
    cue = "none"
    m = _LEADING.match(text)
    if m:
        text, start = text[m.end():], start + m.end()
    for suffix in ("'s", "\u2019s"):
        if text.endswith(suffix):
            text = text[: -len(suffix)]
    g = _TRAILING_GENERIC.search(text)
    if g and g.start() > 0:
        word = g.group(0).strip().lower()
        cue = ("town" if re.fullmatch(_TOWN_WORDS, word) else "near" if word == "area"
               else "admin")
        text = text[: g.start()]
    return text, start, start + len(text), cue


_RIVER_BEFORE = re.compile(r"\b(?:banks?|shores?|islands?|delta|mouth|estuary|waters)\s+"
                           r"(?:of|in|on)\s+the\s+$", re.IGNORECASE)
_RIVER_AFTER = re.compile(r"\s+(?:delta|estuary)\b")


def find_places(text: str, *, offset: int = 0, entities: Sequence[tuple[int, int, str]] = (),
                gazetteer: Gazetteer, countries: Mapping[str, str] | None = None,
                people: Sequence[tuple[int, int]] = (), proper_start: bool = False,
                ) -> list[PlaceMention]:
    """Place mentions in `text` (document offsets = local + `offset`), in text order.
    `entities` labelled PERSON block every uncued name inside them, and ORG ones ending on
    an institution's word ("Centre") that word as a gazetteer name; `people` (local spans)
    block only the capitalised words the gazetteer alone would propose after a span's first.
    `proper_start`: the model reads the text's first word as a proper noun, so its capital
    tells a name, not only a sentence's start ("Kupiansk came under fire")."""
    found: dict[tuple[int, int], PlaceMention] = {}
    blocked = [(a, b) for a, b, label in entities if label in NOT_PLACE_LABELS]
    # "the Government Media and Information Centre": a body's name, whose last word the
    # gazetteer alone must not read as a town (Centre, Burkina Faso; Centre, Alabama)
    bodies = [(a, b) for a, b, label in entities if label == "ORG"
              and _INSTITUTION_END.search(text, a, b)]

    def add(start: int, end: int, kind: str, cue: str, why: str, country: str | None = None
            ) -> None:
        word = _AREA_WORD_AFTER.match(text, end) if cue == "admin" else None
        if word is not None and any(
                c.feature_class == "A" and c.match in ("main", "alt")
                for c in gazetteer.lookup(text[start:word.end()], limit=5, loose=False)):
            end = word.end()  # "the Federal Capital Territory": the word is in the name
        if (opening := _OPENING_WORD.match(text, start, end)) and not _in_gazetteer(
                text[start:end], gazetteer):
            start = opening.end()  # "In Nakuru town, ...": a sentence's capitalised "In"
        name, s, e, cue2 = _clean(text[start:end], start)
        if cue2 in ("town", "admin") and e < end:
            whole = _LEADING.sub("", text[start:end])
            kind_of = "P" if cue2 == "town" else "A"
            if any(c.feature_class == kind_of and (c.match == "main" or kind_of == "A"
                                                   and c.match == "alt")
                   for c in gazetteer.lookup(whole, limit=5, loose=False)):
                # "Kansas City", "Gaza City", "Federal Capital Territory": the generic word is
                # part of the place's name
                name, s, e = whole, end - len(whole), end
                cue2 = "none" if cue2 == "town" else cue2
        if not name or name.lower() in _NOT_PLACES or name.lower() in _SITE_WORDS or len(
                name) < 2 or name[0].islower() and not _ARTICLE.match(name):
            return  # ("a canton chief": a common noun, not Canton; but "al-Muqdadiyah")
        if name.lower() in _BODIES and cue == "none" and _BODY_BEFORE.search(text[:s][-40:]):
            return
        if _NUMBERED_ROAD.match(text, e):
            return  # "near the Kilo 16 road", "Route 5 highway": a road's name, not a town
        if _RIVER_BEFORE.search(text[:s][-40:]) or _RIVER_AFTER.match(text, e):
            return  # "the left bank of the Dnipro", "the Dnipro delta": a river, not the city
        if _ROAD_AFTER.match(text, e) and _FAR_END_BEFORE.search(text, max(0, s - 40), s):
            return  # "the Uruapan-Lázaro Cárdenas highway at Nueva Italia": where the road
            # ends, not where it was blocked
        if cue == "none" and cue2 == "none" and name == "Federal" and _FORCE_AFTER.match(text, e):
            return  # "Federal officers used pepper spray": not Argentina's town of Federal
        if cue == "none" and cue2 == "none" and (_STREET_AFTER.match(text, e) or (
                _CORNER_BEFORE.search(text, max(0, s - 20), s))):
            return  # "on Entre Ríos avenue", "the corner of Santa Fe and Callao avenues":
            # streets named after provinces and cities, not those places
        if _QUARTER_AFTER.match(text, e) and not _in_gazetteer(name, gazetteer):
            return  # "the Las Reynas neighbourhood": a quarter the gazetteer lacks, not a
            # village elsewhere spelled like it
        if cue == "none" and cue2 == "none" and name.lower() in _OCEANS and _PLACE_NOUN_AFTER.match(
                text, e):
            return  # "the Pacific port city of Esmeraldas": an ocean as an adjective (the
            # ocean named alone stays a place; US towns share the names)
        if cue == "none" and cue2 == "none" and _UNIT_AFTER.match(text, e):
            return  # "the Battalion of Mountain Infantry", "the Kharkiv Brigade": a unit's name
        if cue == "none" and cue2 == "none" and _PRESS_AFTER.match(text, e):
            return  # "told the Kyiv Independent", "the Jerusalem Post": a newspaper's name
        if kind != "GPE" and kind != "LOC" and cue in ("none", "near") and cue2 == "none" and any(
                a < e and s < b for a, b in blocked) or kind == "gazetteer" and any(
                a < s and e == b for a, b in bodies):
            return  # a person's or an organisation's name that a town happens to share
        cue = cue if cue != "none" else cue2
        key = (s, e)
        old = found.get(key)
        if old is not None:
            if mention_cue(old) == "none" and cue != "none" or country and not old.country:
                cue = cue if cue != "none" else mention_cue(old)
                found[key] = replace(old, reason=f"cue={cue}; {why}",
                                     country=country or old.country)
            return
        found[key] = PlaceMention(start=s + offset, end=e + offset, text=text[s:e], name=name,
                                  country=country, kind=kind, reason=f"cue={cue}; {why}")

    for start, end, label in entities:
        if label in ("GPE", "LOC", "FAC"):
            # "Kharkiv, Kharkiv region" read as one entity: each name on its own; the pair
            # patterns below tie them as place and parent; "Pama (Kompienga" likewise
            parts = [(start, end)] if not _ENTITY_SPLIT.search(text, start, end) else [
                (start + m.start(), start + m.end())
                for m in re.finditer(r"[^,()]+", text[start:end]) if m.group().strip()]
            for a, b in parts:
                a += len(text[a:b]) - len(text[a:b].lstrip())
                b -= len(text[a:b]) - len(text[a:b].rstrip())
                if (part := _PART_OF_CITY.match(text, a, b)) is not None and not _in_gazetteer(
                        text[a:b], gazetteer):
                    a = part.end()  # "the Old City of Mosul" read as one name: Mosul
                a = _whole_name_start(text, a, b, gazetteer)
                if not _quarter_of(text, b):
                    add(a, b, label, "none", f"spaCy {label}")
    present: dict[re.Pattern[str], bool] = {}
    for pattern, cue, needs in _PATTERNS:
        if needs is not None:
            if needs not in present:
                present[needs] = needs.search(text) is not None
            if not present[needs]:
                continue
        for m in pattern.finditer(text):
            s, e = m.span("place") if "place" in pattern.groupindex else m.span(1)
            if cue in ("none", "label") and not _in_gazetteer(text[s:e], gazetteer):
                continue
            # "the Damascus district of Qaboun": a large city's quarter; "Raman district of
            # Yala": a district
            city = m.group("city") if "city" in pattern.groupindex else (
                text[s:e] if "of" in pattern.groupindex and m.group("of") else None)
            if city is not None and _large_city(city, gazetteer) != ("city" in pattern.groupindex):
                continue
            why = f"pattern '{m.group(0).strip()}'"
            if "of" in pattern.groupindex and m.group("of") and (parent := _admin_or_country(
                    m.group("of").split(None, 1)[1], gazetteer, area=True)) is not None:
                country, area = parent  # "Raman district of Yala": a district in Yala
                add(s, e, "pattern", cue, f"parent={area}; {why}" if area else why,
                    country=country)
                continue
            add(s, e, "pattern", cue, why)
    pairs = _PAIR.finditer(text) if _COMMA.search(text) else ()
    bracketed = _BRACKETED.finditer(text) if " (" in text else ()
    for m in (*pairs, *bracketed, *(_IN_AREA.finditer(text) if _IN.search(text) else ())):
        (s1, e1), (s2, e2) = m.span(1), m.span(m.re.groups)
        if (article := _ARTICLE_BEFORE.search(text, max(0, s1 - 5), s1)) is not None:
            s1 = article.start()  # "al-Hamidiyah in Quneitra": the name with its article
        if m.re is _PAIR and _LIST_END.match(text, m.end()) or m.re is _BRACKETED and (
                not _in_gazetteer(text[s1:e1], gazetteer)):
            continue  # ("the Special Deterrence Force (Radaa)": a body's other name)
        kind = "kind" in m.re.groupindex and m.group("kind") is not None
        parent = _admin_or_country(text[s2:e2], gazetteer, area=kind or _AREA_WORD_AFTER.match(
            text, e2) is not None, one_country=kind)
        if parent is None:
            continue
        if _in_gazetteer(text[s1:e1], gazetteer):
            country, area = parent
            why = f"'{m.group(0)}': in {area or country}"
            add(s1, e1, "pattern", "none", f"parent={area}; {why}" if area else why,
                country=country)
        # the area is named even when the village in it is too small for the gazetteer
        cue = "none" if m.re is _IN_AREA else "admin"  # "X in Aleppo": the city, maybe
        add(s2, e2, "pattern", cue, f"'{m.group(0)}': parent area")
    _gazetteer_matches(text, gazetteer, found, add, people, proper_start)
    _join_compounds(text, gazetteer, found, offset)
    return _drop_nested(sorted(found.values(), key=lambda p: (p.start, -p.end)))


_OCEANS = frozenset({"pacific", "atlantic", "indian", "arctic"})
_PLACE_NOUN_AFTER = re.compile(r"\s+(?:port|coastal|city|town|province|department|region)\b")
_QUARTER_AFTER = re.compile(r"\s+(?:neighbou?rhood|quarter|barrio|colonia|sector|suburb|"
                            r"slum|township|estate)\b")
_INSTITUTION_END = re.compile(r"\b(?:Centre|Center|Hospital|University|College|Institute|School|"
                             r"Clinic|Council|Committee|Ministry|Agency|Foundation)$")
_ARTICLE_TAIL = re.compile(r"(?:\s+(?:al|el|ad|ed|as|ar|an|at|ash|az|ul)-[\w'’]+)+")
_UNIT_AFTER = re.compile(r"\s+(?:Infantry|Brigade|Battalion|Regiment|Corps|Rangers|Marines|"
                         r"Commandos?)\b")
def _join_compounds(text: str, gazetteer: Gazetteer,
                    found: dict[tuple[int, int], PlaceMention], offset: int) -> None:
    """ "Jammu and Kashmir", "Bosnia and Herzegovina": one area whose name joins two names,
    not the town of Jammu beside Kashmir."""
    ordered = sorted(found.values(), key=lambda p: p.start)
    for a, b in zip(ordered, ordered[1:], strict=False):
        if text[a.end - offset:b.start - offset] != " and ":
            continue
        whole = text[a.start - offset:b.end - offset]
        if any(c.match in ("main", "alt") and c.feature_class == "A"
               for c in gazetteer.lookup(whole, limit=3, loose=False)):
            found.pop((a.start - offset, a.end - offset), None)
            found.pop((b.start - offset, b.end - offset), None)
            found[(a.start - offset, b.end - offset)] = PlaceMention(
                start=a.start, end=b.end, text=whole, name=whole, kind=a.kind,
                reason=f"cue=admin; '{whole}' names one area")


# the opening words of many towns' names ("Las Navas", "Kafr Nabl", "Puerto Asis"): a name
# that opens on one is a place's, even a village's, and not its last word's
_PARTICLES = frozenset({"las", "los", "la", "san", "santa", "santo", "sao", "são", "kafr",
                        "deir", "tell", "tel", "beit", "ain", "ras", "bir", "puerto", "ciudad",
                        "villa", "fort", "port"})
_WORD_BEFORE = re.compile(r"([A-Z][\w'-]*)\s$")


def _quarter_of(text: str, end: int) -> bool:
    """The name ending at `end` names a part of the town after it: "the Rivera Hernandez
    sector of San Pedro Sula", "the Brooklyn and Belekou areas of Cite Soleil" (but "the
    Magami area of Gusau Local Government Area" is a village of a district)."""
    m = _PART_OF.match(text, end)
    if m is None:
        return False
    after = re.match(_NAMES, text[m.end():m.end() + 80])
    return not (m.group(1) and after and _AREA_WORD_AFTER.match(text, m.end() + after.end()))


def _whole_name_start(text: str, start: int, end: int, gazetteer: Gazetteer) -> int:
    """Where a place's name starts when the model left out its first word ("Las" of "Las
    Navas", "Kafr" of "Kafr Nabl"): the word before, if the two words name a place."""
    m = _WORD_BEFORE.search(text, max(0, start - 20), start)
    if m is None or m.group(1).lower() in _NOT_PLACES:
        return start
    found = gazetteer.lookup(text[m.start(1):end], limit=3, loose=False)
    return m.start(1) if any(c.match in ("main", "alt") for c in found) else start


def _in_gazetteer(name: str, gazetteer: Gazetteer) -> bool:
    clean = _clean(name, 0)[0]
    return bool(clean) and clean.lower() not in _NOT_PLACES and bool(
        gazetteer.lookup(clean, limit=1, loose=False))


def _admin_or_country(name: str, gazetteer: Gazetteer, *, area: bool = False,
                      one_country: bool = False) -> tuple[str, str] | None:
    """(country, first-level division or "") when `name` names a country or an admin area;
    `area`: the text calls it one ("Lubero territory"), so the town that names an area the
    gazetteer lacks tells where it lies; `one_country`: only an area of one country will do
    (the text named its kind: "in the department of Concepción")."""
    bare, _, _, cue = _clean(name, 0)
    area = area or cue in ("admin", "town")  # "Minbya Township": the word is in the span
    cands = gazetteer.lookup(bare, limit=5, loose=False)
    if one_country and len({c.country for c in cands if c.feature_class == "A"
                            and c.match != "skeleton" and not c.is_country}) > 1:
        return None  # ("Concepción": a department of Paraguay and a province of Chile)
    for c in cands:
        if c.feature_class == "A" and c.match != "skeleton":
            if c.is_country:
                return c.country, ""
            # an area the towns never name (an ISO division the town table lacks, with no
            # population), or a name that a town of another division bears too ("Bijapur":
            # a district of Karnataka and a town of Chhattisgarh): the country alone
            others = {o.admin1 for o in cands if o.country == c.country and o.match == "main"
                      and o.feature_class == "P"}
            if c.population == 0 or others - {c.admin1}:
                return c.country, ""
            return c.country, c.admin1
    towns = [c for c in cands if area and c.match == "main" and c.feature_class == "P"]
    if towns and len({(c.country, c.admin1) for c in towns}) == 1:
        return towns[0].country, towns[0].admin1
    return None


_CITY_MIN_POP = 300_000  # a city with quarters that reports name as its "districts"


def _large_city(name: str, gazetteer: Gazetteer | None) -> bool:
    if gazetteer is None:
        return False
    return any(c.feature_class == "P" and (c.population >= _CITY_MIN_POP or c.feature_code in (
        "PPLC", "PPLA")) for c in gazetteer.lookup(name, limit=3, loose=False))


def _gazetteer_matches(text: str, gazetteer: Gazetteer,
                       found: dict[tuple[int, int], PlaceMention], add: _Add,
                       people: Sequence[tuple[int, int]] = (), proper_start: bool = False,
                       ) -> None:
    """Capitalised names the model missed that the gazetteer knows as sizeable places, but
    for the words after the first of a person's name (`people`: spans the model reads as
    people; their first word may still be a place: "Meru Governor Peter Munya")."""
    taken = [(a, b) for a, b in found]
    runs = [m for m in re.finditer(_NAMES, text)
            if not any(a < m.end() and m.start() < b for a, b in taken)]
    gazetteer.prefetch(name for m in runs for name in _word_spans(text, m))
    for m in runs:
        s, e = m.span()
        # a capital at the start of a sentence says nothing: ask for a larger place there
        # (unless the model reads the text's first word as a proper noun)
        first = not text[:s].strip()
        initial = not proper_start if first else text[:s].rstrip()[-1:] in (".", "!", "?", '"')
        min_pop = _MIN_POP_UNCUED * (5 if initial else 1)
        words = [(w.start() + s, w.end() + s) for w in re.finditer(r"\S+", m.group(0))]
        i = 0
        while i < len(words):
            for j in range(len(words), i, -1):
                a, b = words[i][0], words[j - 1][1]
                name = text[a:b]
                if name.lower() in _NOT_PLACES or not name[0].isupper():
                    continue
                # its own name, not another language's name for a foreign town ("Grenade")
                cands = [c for c in gazetteer.lookup(name, limit=3, loose=False)
                         if c.match == "main" or c.is_country and c.match == "alt"]
                if cands and cands[0].feature_code in _REGIONS:
                    i = j - 1  # "LATIN AMERICA": a region, whose words name no country
                    break
                if _quarter_of(text, b) or _HONORIFIC.search(text, max(0, a - 40), a) or (
                        (tail := _ARTICLE_TAIL.match(text, b)) and _QUARTER_AFTER.match(
                            text, tail.end())):
                    continue  # "the Rivera Hernandez sector of San Pedro Sula": a quarter
                    # ("the Wadi al-Qadi neighbourhood": a word of a quarter's name)
                if _named_for_someone(text, words, j, e):
                    break  # "the Inca Manco Cápac airport": a person's name, not the town Inca
                if cands and (j - i == 1 and _written_lower(name, text)
                              or _PEOPLE_AFTER.match(text, b) or any(
                        pa < a < pb and _GIVEN_NAME.search(text, pa, a)
                        or pa == a and b < pb and _SURNAME_AFTER.match(text, b, pb)
                        and (_BEFORE_PERSON.search(text, max(0, a - 30), a)
                             or _AGE_AFTER.match(text, pb))
                        for pa, pb in people)):
                    continue  # a common noun; a people; a person ("Norbert Zongo", "the
                    # candidate, Hassan Omar": a given name, not the town of Hassan)
                if cands and name.isupper() and _LINE_START.search(text, max(0, a - 3), a) and (
                        _DATELINE_AFTER.match(text, b)):
                    # "SAN PEDRO SULA.- ", "QUITO, Ecuador (AP) -": a dateline names a place
                    add(a, b, "pattern", "none", "a dateline's town")
                    i = j - 1
                    break
                if cands and (cands[0].population >= min_pop or cands[0].is_country):
                    add(a, b, "gazetteer", "none", "gazetteer name of a sizeable place")
                    i = j - 1
                    break
                if cands and j - i > 1:
                    # "Las Navas", a village: no "Navas" of its own inside it
                    if name.split()[0].lower() in _PARTICLES:
                        add(a, b, "gazetteer", "none", "gazetteer name opening on a particle")
                    i = j - 1
                    break
            i += 1


# a facility named for a person: "the Inca Manco Cápac airport", "Carlos Monge Medrano hospital"
_FACILITY_AFTER = re.compile(r"\s+(?:international\s+)?(?:airport|airfield|hospital|university|"
                             r"stadium|bridge|dam|school|college|prison|barracks|market|"
                             r"square|park|avenue|street|boulevard)\b")
_GENERIC_WORDS = frozenset({"International", "General", "Regional", "Central", "National",
                            "Teaching", "Referral", "Main", "Grand", "Old", "New", "Municipal",
                            "Provincial", "District", "State", "City", "Memorial"})


def _named_for_someone(text: str, words: Sequence[tuple[int, int]], j: int, end: int) -> bool:
    """The words from `j` to the run's end (at `end`) are two or more words of a person's name
    before a facility noun: the run names the facility after someone."""
    rest = [text[a:b] for a, b in words[j:]]
    return len([w for w in rest if w not in _GENERIC_WORDS]) >= 2 and bool(
        _FACILITY_AFTER.match(text, end))


_STREET_AFTER = re.compile(r"(?:\s+and\s+[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*)?)?\s+(?:avenues?|"
                           r"streets?|boulevards?|Avenue|Street|Boulevard|Avenida|Calle)\b")
_FORCE_AFTER = re.compile(r"\s+(?:officers|police|policemen|agents|forces|troops|government|"
                          r"authorities|security|judge|prosecutors?)\b", re.IGNORECASE)
_CORNER_BEFORE = re.compile(r"\bcorner\s+of\s+(?:the\s+)?$", re.IGNORECASE)
_LINE_START = re.compile(r"(?:^|\n)[ \t]*$")
_DATELINE_AFTER = re.compile(r"(?:,|\.-|\s*[-\u2013\u2014:]|\s*\()")


def _word_spans(text: str, run: re.Match[str]) -> Iterator[str]:
    """Every name of consecutive words of a capitalised run that `_gazetteer_matches` may look
    up (it stops at the first that names a place)."""
    words = [(w.start() + run.start(), w.end() + run.start())
             for w in re.finditer(r"\S+", run.group(0))]
    for i in range(len(words)):
        for j in range(len(words), i, -1):
            name = text[words[i][0]:words[j - 1][1]]
            if name.lower() not in _NOT_PLACES and name[0].isupper():
                yield name


def _written_lower(name: str, text: str) -> bool:
    """The text also writes the word in lower case: a common noun ("University staff
    protested the closing of the main university")."""
    low = name.lower()
    at = text.find(low)
    while at >= 0:  # (a plain search: a pattern per name would be compiled per name)
        before, after = text[at - 1:at] if at else "", text[at + len(low):at + len(low) + 1]
        if not (before.isalnum() or before in ("-", "_") and before) and not (
                after.isalnum() or after in ("-", "_") and after):
            return True
        at = text.find(low, at + 1)
    return False


def _drop_nested(mentions: list[PlaceMention]) -> list[PlaceMention]:
    out: list[PlaceMention] = []
    for p in mentions:
        if out and p.start >= out[-1].start and p.end <= out[-1].end:
            last = out[-1]
            if mention_cue(last) == "none" and mention_cue(p) != "none" and p.name == last.name:
                out[-1] = p
            continue
        if out and p.start < out[-1].end:
            continue  # overlapping, not nested: the earlier, longer span wins
        out.append(p)
    return out


def country_hints(text: str, countries: Mapping[str, str]) -> list[str]:
    """Countries named or implied by a demonym ("Syrian forces"), in text order, repeated."""
    out: list[str] = []
    for m in re.finditer(r"[A-Z][\w'-]+(?:\s+[A-Z][\w'-]+){0,3}", text):
        words = m.group(0).split()
        for n in range(len(words), 0, -1):
            hit = countries.get(" ".join(words[:n]).lower())
            if hit:
                out.append(hit)
                break
    return out


def demonym_table() -> dict[str, str]:
    """Lower-cased country names, aliases and demonyms -> ACLED country name."""
    from warcount.geo.countries import load_countries

    table: dict[str, str] = {}
    for entry in load_countries().values():
        for word in (entry.name, *entry.aliases, *entry.demonyms):
            table.setdefault(word.lower(), entry.name)
    return table


# Words that qualify a place name without being part of it ("Northeast Georgia", "Downtown
# Nashville") or that name an institution of the place ("Athens Police", "Vancouver Airport").
_QUALIFIERS = frozenset({
    "north", "south", "east", "west", "northeast", "northwest", "southeast", "southwest",
    "northern", "southern", "eastern", "western", "central", "upper", "lower", "greater",
    "downtown", "metro", "historic", "old", "new", "inner", "outer", "rural", "coastal",
})
_ADMIN_WORD = re.compile(rf"(?i:{_ADMIN_WORDS})")
_COMPASS = frozenset({"East", "West", "North", "South", "Central"})


def known_name(name: str, gazetteer: Gazetteer) -> bool:
    """The gazetteer has `name` as a name or an alternate name (not a loose skeleton match)."""
    return bool(gazetteer.lookup(name, limit=3, loose=False))


def reread(mention: PlaceMention, gazetteer: Gazetteer, *, strict: bool = False
           ) -> PlaceMention:
    """A mention the gazetteer does not know whole, read as the place name inside it
    ("Athens Police" -> Athens); else as it is. `strict` drops only qualifiers and the other
    end of a hyphenated pair ("Nyamira North" -> Nyamira, "Pama-Madjoari" -> Pama), never
    other words ("Islamic State Sahel" stays whole: a group, not the Sahel)."""
    if known_name(mention.name, gazetteer):
        return mention
    part = narrow_mention(mention, gazetteer)
    if part is None or strict and not _only_qualifiers_dropped(mention, part):
        return mention
    return part


def _only_qualifiers_dropped(whole: PlaceMention, part: PlaceMention) -> bool:
    a, b = part.start - whole.start, part.end - whole.start
    if whole.text[a - 1:a] == "-" or whole.text[b:b + 1] == "-":
        return True
    rest = (whole.text[:a] + " " + whole.text[b:]).split()
    if all(w.lower() in _QUALIFIERS or _ADMIN_WORD.fullmatch(w) for w in rest):
        return True
    # "Balad Air Base", "Bagram Airfield": a facility named after the town it is at
    before, after = whole.text[:a].split(), whole.text[b:].split()
    return bool(after) and all(w.lower() in _QUALIFIERS for w in before) and all(
        w.lower() in _FACILITY for w in after) and part.text.lower() not in _CIVIC


# "Independence Square", "Freedom Stadium": a square named for an ideal, not for a town
_CIVIC = frozenset({"independence", "freedom", "liberty", "martyrs", "revolution", "unity",
                    "victory", "republic", "peace", "liberation", "parliament", "national",
                    "central", "constitution", "democracy", "heroes", "union", "solidarity"})


_FACILITY = frozenset({"air", "base", "airbase", "airfield", "airport", "international",
                       "barracks", "garrison",
                       "military", "naval", "cantonment", "press", "club", "stadium", "square",
                       "bazaar", "market", "university", "prison", "jail", "station", "bridge",
                       "hotel"})


def narrow_mention(mention: PlaceMention, gazetteer: Gazetteer) -> PlaceMention | None:
    """The longest place name inside a mention the gazetteer does not know as a whole.

    "Athens Police" -> Athens, "Northeast Georgia" -> Georgia, "Henderson County Jail" ->
    Henderson (as a county), "Port of Los Angeles" -> Los Angeles. None when no part of it
    is a known name. A part must start with a capital and be no qualifier or common word.
    """
    words = [(w.start(), w.end()) for w in re.finditer(r"[^\s\-\u2013/]+", mention.text)]
    for size in range(len(words) - 1, 0, -1):
        for i in range(len(words) - size + 1):
            a, b = words[i][0], words[i + size - 1][1]
            part = mention.text[a:b].rstrip(".,;:'\u2019")
            if part.endswith(("'s", "\u2019s")):
                part = part[:-2]
            first = part.split()[0].lower() if part.split() else ""
            if not part[:1].isupper() or first in _NOT_PLACES or first in _QUALIFIERS and (
                    size == 1) or part.lower() in _NOT_PLACES or part.lower() in _SITE_WORDS:
                continue
            if not known_name(part, gazetteer):
                continue
            name, s, e, cue = _clean(part, a)  # "Isiolo County" -> Isiolo as an area
            if cue == "none" and i + size < len(words):
                nxt = words[i + size]
                word = mention.text[nxt[0]:nxt[1]]
                if _ADMIN_WORD.fullmatch(word):
                    cue = "admin"
                elif i + size == len(words) - 1 and word in _COMPASS:
                    cue = "near"  # "Lamu East": the town's district, near the town
            return PlaceMention(start=mention.start + s, end=mention.start + e,
                                text=mention.text[s:e], name=name, country=mention.country,
                                kind=mention.kind, reason=f"cue={cue}; part of '{mention.text}'")
    return None
