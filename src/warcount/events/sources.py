"""Who reported the facts: attributions ("a monitor said", "according to", "told AFP")."""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass

from warcount.records import Sentence
from warcount.regex_heads import with_heads

AGENCIES = (
    "AFP", "Agence France-Presse", "Reuters", "AP", "Associated Press", "Xinhua", "Anadolu",
    "Anadolu Agency", "dpa", "EFE", "ANI", "PTI", "IANS", "UNB", "Sputnik", "TASS", "Interfax",
    "SANA", "IRNA", "Tasnim", "Al Jazeera", "BBC", "CNN", "WAFA", "Saba", "SPA", "KUNA",
    "APP", "Bernama", "Yonhap", "Kyodo", "Ukrinform", "RIA", "RIA Novosti", "ANSA", "Xinhua",
)
# A source noun that a report uses for a body it names in full elsewhere ("a monitor").
_GENERIC = (
    "monitor", "observatory", "official", "officials", "spokesman", "spokesperson", "source",
    "sources", "police", "army", "military", "ministry", "medics", "doctors", "witnesses",
    "residents", "statement", "commander", "governor", "agency", "group", "mission", "council",
    "hospital", "authorities", "coalition", "media wing", "forces", "rebels", "militants",
    "insurgents", "fighters", "doctor", "doctors", "medic", "activist", "activists",
    "journalist", "journalists", "relatives", "villagers", "survivors", "elders",
    "centre", "center", "directorate", "department", "office", "network", "committee",
)
_SAID = (r"(?:said|says|told|reported|announced|confirmed|stated|added|claimed|disclosed|"
         r"informed|wrote|tweeted|posted)")
_NOUN = r"(?:[A-Z][\w'’.-]*(?:\s+(?:of|for|and|the|de|du|al)?\s*[A-Z][\w'’.-]*)*)"
_PATTERNS = (
    # (not a rule or custom: "buried according to Islamic rites", "according to tradition")
    re.compile(rf"\b[Aa]ccording to (?:the |a |an )?(?!(?:[\w-]+ )?(?:rites?|customs?|traditions?|"
               rf"law|laws|plan|schedule|protocol)\b)(?P<who>{_NOUN}|[\w-]+(?: [\w-]+){{0,3}})"),
    re.compile(rf"\btold (?P<who>{_NOUN})"),
    # "clashed near Monimpebougou, in what residents described as a reprisal": a voice
    re.compile(r"\bin what (?P<who>(?:the |a |an )?(?:[\w'’-]+ ){0,4}?[\w'’-]+) "
               r"(?:described|called|termed|labell?ed|branded|characteri[sz]ed)\b",
               re.IGNORECASE),
    with_heads(re.compile(
        rf"(?:^|[,.;]\s*|\b)(?P<who>(?:the |a |an )?(?:[\w'’-]+ ){{0,5}}?"
        rf"(?:{'|'.join(_GENERIC)}))\s+(?:has |have |had )?(?:\w+ly )?{_SAID}\b",
        re.IGNORECASE,
    )),
    # "police commander Colonel Diego Paredes told reporters": the body the named man speaks for
    with_heads(re.compile(
        rf"(?:^|[,.;]\s*|\b)(?P<who>(?:the |a |an )?(?:[\w-]+ ){{0,3}}?"
        rf"(?i:{'|'.join(_GENERIC)})\s+{_NOUN})\s+(?:has |have |had )?{_SAID}\b",
    )),
    # "the state police spokesman, DSP Othman Abubakar, confirmed"
    with_heads(re.compile(
        rf"(?:^|[,.;]\s*|\b)(?P<who>(?:the |a |an )?(?:[\w'’-]+ ){{0,5}}?"
        rf"(?:{'|'.join(_GENERIC)})),\s+[^,;.]{{3,60}},\s+(?:has |have |had )?{_SAID}\b",
        re.IGNORECASE,
    )),
    re.compile(rf"(?P<who>{_NOUN})\s+(?:has |have |had )?(?:\w+ly )?{_SAID}\b"),
    # "..., said Colonel Ahmed." but not "says Russia unleashed ...": a name that opens the
    # reported clause is its subject, not the speaker
    re.compile(rf"\b{_SAID}\s+(?P<who>{_NOUN})\b(?=\s*(?:[,.;:!?)\"”’]|$|\s+(?:on|in|at|to|"
               rf"late|early|last|this|yesterday|earlier|today|via|after|before|during|when)\b))"),
)
_ANY_SAID = with_heads(re.compile(
    rf"\b(?:{_SAID}|according|told|in what)\b", re.IGNORECASE))
_TRAILING = re.compile(r"(?:\s+(?:at|of|in|on|from|the|a|an|to|with|and|for))+$", re.I)
_STOP = {"He", "She", "They", "It", "We", "I", "The", "A", "An", "This", "That", "There",
         # ("an army officer said Wednesday": a day, not a speaker)
         "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday",
         "Today", "Yesterday", "Tonight", "Earlier", "Later"}


@dataclass(frozen=True)
class Attribution:
    start: int  # offsets into the document
    end: int
    text: str  # as written: "a monitor"
    name: str  # resolved: "Syrian Observatory for Human Rights"
    reason: str


def _org_names(orgs: Sequence[tuple[int, int, str]]) -> list[tuple[int, int, str]]:
    return [o for o in orgs if len(o[2]) > 3]


def resolve_source(phrase: str, orgs: Sequence[tuple[int, int, str]], text: str) -> tuple[str, str]:
    """The full name of a body a report calls "a monitor" or "the Observatory"."""
    words = [w.lower() for w in re.findall(r"[\w-]+", phrase)]
    head = words[-1] if words else ""
    caps = [w for w in re.findall(r"[A-Z][\w-]+", phrase) if len(w) > 3]
    for _start, end, name in _org_names(orgs):
        lower = name.lower()
        # every capitalised word of the phrase is in the name ("the Observatory"), not just
        # one ("President Vladimir Putin" is not the Russian Museum)
        # (but "the administrator of Djugu territory" is not an entity named only "Djugu")
        if name == phrase or (caps and all(c in name.split() for c in caps) and (
                head in lower.split() or len(name.split()) > len(caps))):
            return name, f"'{phrase}' is {name}, named in the report"
        after = text[end : end + 25].lower()
        if caps:
            continue  # ("The Islamic State" is not "Jonglei State")
        if head and (head in lower.split() or head.rstrip("s") in lower or
                     after.lstrip().startswith(head)):
            return name, f"'{phrase}' is {name}, named in the report"
    return phrase.strip(), "as written"


def find_attributions(
    sentences: Sequence[Sentence], orgs: Sequence[tuple[int, int, str]], text: str
) -> list[Attribution]:
    """Every attribution in the report, with generic nouns tied to a name given elsewhere.

    `orgs`: organisation entities (document offsets, text) from the NER model.
    """
    out: list[Attribution] = []
    for s in sentences:
        if not _ANY_SAID.search(s.text):
            continue  # every pattern needs a reporting verb or "according to"
        for pat in _PATTERNS:
            for m in pat.finditer(s.text):
                who = m.group("who").strip().rstrip(".")
                # "according to a medical source at the Cheikh Zayed hospital": the words
                # end at the source, not at "the"
                who = _TRAILING.sub("", who)
                if not who or who in _STOP or who.split()[0] in _STOP and len(who.split()) == 1:
                    continue
                start = s.start + m.start("who")
                if any(a.start <= start < a.end for a in out):
                    continue
                clean = re.sub(r"^(?:the|a|an)\s+", "", who, flags=re.I)
                name, why = resolve_source(clean, orgs, text)
                earlier = next((a for a in out if clean in a.text and a.reason != "as written"),
                               None)
                if why == "as written" and earlier is not None:
                    name, why = earlier.name, f"'{clean}' speaks for {earlier.name}"
                if clean in AGENCIES:
                    why = "news agency quoted"
                out.append(Attribution(start, start + len(who), who, name, why))
    return out


_NEAR = 300  # characters around an event's sentences where a source still speaks of it
_LEAD = 600  # the report's opening, whose sources speak for all it tells


def sources_for(attrs: Sequence[Attribution], lo: int, hi: int,
                text: str = "") -> list[Attribution]:
    """Attributions inside [lo, hi), else the nearest one just around it in the same paragraph
    ("... the Monitor said." in the next sentence), else, for an event the report's opening
    tells, the report's first two (a lead's source covers it), else a news agency the report
    quotes - not a source another item of a round-up quoted."""
    near = sorted((a for a in attrs if (hi <= a.start < hi + _NEAR or lo - _NEAR <= a.start < lo)
                   and "\n" not in text[min(a.start, hi):max(a.start, lo)]),
                  key=lambda a: a.start - hi if a.start >= hi else lo - a.start)
    lead = list(attrs[:2]) if not text or lo < _LEAD else []  # (an event the lead tells)
    agency = [a for a in attrs if a.reason == "news agency quoted"][:1]  # ("told AFP")
    inside = [a for a in attrs if lo <= a.start < hi] or near[:1] or lead or agency
    bodies = [a for a in inside if a.reason != "as written"]
    return bodies or inside
