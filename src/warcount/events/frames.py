"""Frames: what one sentence (or one clause of it) says happened, before events are assembled."""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass, field, replace
from typing import TypeVar

from warcount.events.triggers import Cue, Trigger
from warcount.mentions.dates import day_told_before
from warcount.records import ActorMention, DateMention, NumberMention, PlaceMention, Sentence
from warcount.regex_heads import with_heads

M = TypeVar("M", ActorMention, NumberMention, PlaceMention)


@dataclass(frozen=True)
class SentenceFacts:
    """Every mention found in one sentence (offsets into the document)."""

    sentence: Sentence
    triggers: tuple[Trigger, ...] = ()
    cues: tuple[Cue, ...] = ()
    actors: tuple[ActorMention, ...] = ()
    numbers: tuple[NumberMention, ...] = ()
    dates: tuple[DateMention, ...] = ()
    places: tuple[PlaceMention, ...] = ()
    headline: bool = False
    past: tuple[int, ...] = ()  # offsets of past-tense and participle verbs
    lead: bool = False  # the first sentence of the body: a note may tell it in the present
    short: bool = False  # a note of three sentences or fewer tells one incident throughout
    section: int = 0  # which country section of a round-up ("BRAZIL", "HONDURAS") it is in
    opening: bool = False  # one of the body's first two sentences (after a press line)
    published: dt.date | None = None


@dataclass(frozen=True)
class Frame:
    """A candidate event: the triggers of one sentence sharing one date."""

    sentence: Sentence
    triggers: tuple[Trigger, ...]
    actors: tuple[ActorMention, ...]
    numbers: tuple[NumberMention, ...]
    places: tuple[PlaceMention, ...]
    date: DateMention | None
    announced: bool = False  # the only date is when it was announced ("the army said on Tuesday")
    headline: bool = False
    new_event_cue: bool = False  # "in a separate attack", "elsewhere", "meanwhile"
    rejected: str = ""  # why this frame is not a new event ("" = it is one)
    extra: tuple[str, ...] = field(default=())
    section: int = 0  # the round-up section of its sentence: frames of two never join
    short: bool = False  # from a note of three sentences or fewer (one incident throughout)

    @property
    def start(self) -> int:
        return self.sentence.start


_SUPERLATIVE = with_heads(re.compile(
    r"\b(?:fiercest|deadliest|worst|heaviest|bloodiest|biggest|largest|first|most|highest)\b",
    re.IGNORECASE))
_SUPERLATIVE_BEFORE = re.compile(r"\b(?:fiercest|deadliest|worst|heaviest|bloodiest|biggest|"
                                 r"largest|most\s+\w+)\s+(?:[\w-]+\s+){0,3}$",
                                 re.IGNORECASE)
_SINCE = re.compile(r"\bsince\s*$", re.IGNORECASE)
_REPORTING = re.compile(
    r"\b(?:said|says|told|announced|reported|confirmed|stated|added|claimed|disclosed|"
    r"statement|according to)\b(?:[^.,;]{0,12}|(?: (?:the |a |an )?(?![\w'’-]{3,}(?:ed|ing)\b)"
    r"[\w'’-]+){1,6} )$",
    re.IGNORECASE,
)
# "Hours after the attack, soldiers pursuing the assailants clashed with them": the
# pursuit's battle, another event of the same day (not "Hours later, air defences
# intercepted a missile": the lead's event, told again)
AFTER_THE_ATTACK = re.compile(r"\W*(?:hours|minutes|shortly|soon)\s+after\s+(?:the|that|this)\s+"
                              r"(?:attack|raid|ambush|massacre|killings?|bombing|assault),",
                              re.IGNORECASE)
_NEW_EVENT = re.compile(
    r"\b(?:in a separate|in another|separately|elsewhere|meanwhile|also on|in a second|"
    r"a separate|another attack|in a similar|a similar)\b|^\W*(?:in )?another\b"
    # "The same night, insurgents set fire to three towers in Raman district"
    r"|^\W*(?:on |later )?(?:the same|that same) (?:day|night|evening|morning|afternoon),"
    # "Also Sunday, gunmen shot dead an employee in the Dora district"
    r"|^\W*also,?\s+(?:(?:mon|tues|wednes|thurs|fri|satur|sun)day|yesterday|today|overnight|"
    r"last\s+night)\b"
    r"|^" + AFTER_THE_ATTACK.pattern,
    re.IGNORECASE,
)
_CLAUSE_BREAK = re.compile(
    r"[;:]|,\s+(?:and|but|while|whereas|adding|although|though)\b|\s[-\u2013\u2014]\s|"
    # "attributed the attack to Boko Haram and announced that traffic will be banned"
    r"\s(?=and\s+(?:announced|said|added|warned|vowed|promised|declared|ordered)\s)|"
    # "..., in an area where government forces are fighting the OLA": the setting's clause
    r",\s+(?:in\s+(?:an?|the)\s+(?:\w+\s+)?(?:area|region|zone|province|district)\s+)?(?=where\b)|"
    # "the market where she has sold tomatoes for nineteen years": the place's own clause
    r"\s(?=where\s+(?:she|he|they|[A-Z][\w'-]*(?:\s+[A-Z][\w'-]*){0,2})\s+(?:has|have|had)\b)|"
    # "held a sit-in, holding up the names of those killed since April": a participle's
    # clause of its own
    r",(?=\s+(?:holding|carrying|chanting|waving|demanding|calling|shouting|accusing|citing|"
    r"blaming|urging|denouncing|condemning|singing|bearing)\b)|"
    # "..., killing four soldiers, in one of the deadliest attacks since last year": a
    # comparison with the past, no part of the incident's clause
    r",\s+(?:in\s+)?(?:(?:one|some)\s+of|the\s+(?:deadliest|worst|bloodiest|biggest|largest|"
    r"latest|most|heaviest|fiercest)\b)|"
    # "stormed back into Kafr Nabuda, a village that government forces had captured earlier
    # this month": a relative clause describes the place; its history is not the storming's
    r",\s+(?:(?:an?|the)\s+(?:[\w'’-]+\s+){1,3}?)?(?=(?:which|that|whose)\s)|"
    # "to demand an inquiry into the death of a man, who they say was shot last month": a
    # relative clause tells a person's own past
    r",\s+(?=who\s+(?:they|he|she|police|residents|relatives|witnesses)\s+(?:say|said|says|"
    r"believe|claim|claimed)\b)",
    re.IGNORECASE
)
# the comparison clause's own words ("the deadliest attack on security forces") tell no event
# (not a place's apposition: "In Lashio, the largest town in northern Shan, soldiers ...")
_COMPARED = re.compile(r",\s+(?:in\s+)?(?:(?:one|some)\s+of\s+)?the\s+(?:deadliest|worst|bloodiest|"
                       r"biggest|largest|latest|most|heaviest|fiercest)\b(?!\s+(?:[\w-]+\s+)?"
                       r"(?:towns?|city|cities|villages?|camps?|districts?|provinces?|regions?|"
                       r"states?|ports?|markets?|settlements?|municipalit(?:y|ies))\b)",
                       re.IGNORECASE)


_THAT = re.compile(r"\bthat\b", re.IGNORECASE)
_HOURS_WINDOW = re.compile(r"\b(?:last|past|previous)\s+(?:24|48|72|twenty-four|forty-eight|"
                           r"seventy-two)\s+hours\b|\b(?:last|past)\s+(?:few\s+)?days\b",
                           re.IGNORECASE)
_PUBLISHED = re.compile(r"\b(?:published|issued|released|posted|broadcast|aired|read(?:\s+out)?|"
                        r"circulated)\s+(?:in|on|by)\b[^.;,]{0,70}?(?:\bon\s+)?$", re.IGNORECASE)


def published_on(text: str, d: DateMention) -> bool:
    """The date is the day words were published or read out ("a communique read on national
    television on 10 June"), not the day of an act."""
    return _PUBLISHED.search(text, max(0, d.start - 90), d.start) is not None


# "On 15 June, the Ministry of Defence stated that the army had neutralised three": the day
# it was told of an act before it
_TOLD_THAT_HAD = re.compile(r"[^.;\"“”]{0,60}?\b(?:said|stated|announced|claimed|reported|"
                            r"confirmed|told\s+\w+)\s+(?:\w+\s+){0,2}?that\b[^.;]{0,80}?\bhad\b",
                            re.IGNORECASE)
# "On Monday, a local official said the toll among soldiers had risen to 11": the words' day
_TOLD_TOLL = re.compile(r"[^.;\"“”]{0,60}?\b(?:said|stated|announced|reported|confirmed|"
                        r"told\s+\w+)\s+(?:that\s+)?the\s+(?:death\s+)?toll\b", re.IGNORECASE)
_RELEASED = re.compile(r"\s*,?\s*(?:released|issued|published|posted|put\s+out|circulated|"
                       r"claimed(?:\s+responsibility\s+for)?)\s+"
                       r"(?:a|an|the|its|their|his|her)\b", re.IGNORECASE)
# "Early this morning, local sources were speaking of a dozen soldiers killed": the words' day
_SPOKE_OF = re.compile(r"[^.;\"“”]{0,40}?\b(?:spoke|speaking|talked|talking)\s+of\b", re.IGNORECASE)


# a relative clause in the pluperfect or perfect tells what came before the sentence's act
_EARLIER_CLAUSE = re.compile(r"\b(?:who|which|that)\s+(?:had|have|has)\s+(?!been\s+\w+ing\b)"
                             r"[^,;.()\"“”]*$", re.IGNORECASE)


# ("the curfew was extended until Monday", "a gunfight that lasted until the early hours of
# Tuesday": an end, not the day the event began)
_BY_DEADLINE = re.compile(r"\b(?:by|until|till)\s+(?:the\s+)?(?:(?:early|small|late)\s+)?"
                          r"(?:(?:hours|morning|dawn|evening|night|afternoon)\s+(?:of|on)\s+)?$")


def _usable_dates(facts: SentenceFacts, text: str) -> list[tuple[DateMention, bool]]:
    """Dates that can carry a frame, each with a flag: only an announcement date."""
    out = []
    superlative = bool(_SUPERLATIVE.search(facts.sentence.text))
    for d in facts.dates:
        before = text[max(0, d.start - 40) : d.start]
        if superlative and (_SINCE.search(before) or d.text.lower().startswith("since")):
            continue  # "the fiercest since September" compares; it does not date the event
        if d.precision == 1 and not d.background and (
                _BY_DEADLINE.search(before) or d.text.lower().startswith("by ")):
            continue  # "22 bodies had been recovered by Monday afternoon": no later than
        said = _REPORTING.search(before)
        # ("The ISPR said that on 15 March an operation was carried out": the told day)
        # ("The Arakan Army on Thursday released a statement about fighting": the words' day)
        # ("In a statement published in the state-run daily on Friday, the army said")
        out.append((d, said is not None and not _THAT.search(said.group())
                    or _RELEASED.match(text, d.end) is not None
                    or d.start - facts.sentence.start < 20 and _SPOKE_OF.match(text, d.end)
                    is not None
                    or d.start - facts.sentence.start < 5 and (_TOLD_THAT_HAD.match(
                        text, d.end, facts.sentence.end) or _TOLD_TOLL.match(
                        text, d.end, facts.sentence.end)) is not None
                    or _PUBLISHED.search(text, max(0, d.start - 90), d.start) is not None))
    return out


# ", which the militants have held since last month,": a relative clause set off by commas
# that tells a place's past (not a person's: "Deby, who ruled Chad for 30 years, died of
# wounds" is a life's story, background as a whole)
_ASIDE_OPEN = re.compile(r",\s+(?:which|where)\b[^,;]*$", re.IGNORECASE)


def _in_aside(start: int, end: int, facts: SentenceFacts) -> bool:
    """Words inside a relative clause between commas that holds no trigger: the clause's own
    background ("In Tikrit, which the militants have held since last month, helicopters
    fired missiles at a house"), not the time of the sentence's events."""
    sent = facts.sentence
    opened = _ASIDE_OPEN.search(sent.text, 0, start - sent.start)
    if opened is None:
        return False
    close = sent.text.find(",", end - sent.start)
    if close < 0:
        return False
    return not any(opened.start() <= t.start - sent.start < close for t in facts.triggers)


def _clause_of(sentence: Sentence, pos: int) -> tuple[int, int]:
    """Document offsets of the clause holding `pos`."""
    local = pos - sentence.start
    start, end = 0, len(sentence.text)
    for m in _CLAUSE_BREAK.finditer(sentence.text):
        if m.end() <= local:
            start = m.end()
        elif m.start() >= local:
            end = m.start()
            break
    return sentence.start + start, sentence.start + end


def _clause_has_cue(pos: int, facts: SentenceFacts) -> bool:
    lo, hi = _clause_of(facts.sentence, pos)
    # (an accident names what happened, not a clause of another time)
    # (a plan names what follows it: "police on Saturday arrested three men suspected of
    # planning attacks" keeps its Saturday)
    return any(c.start < hi and c.end > lo and c.kind not in ("accident", "crime", "sport")
               and not (c.kind == "background" and _of_the_subject(c, None, facts))
               and not (c.kind in ("modal", "aim") and c.start > pos)
               and not (c.kind == "background" and _OWN_SPAN_ONLY.match(c.text)
                        and not c.start <= pos < c.end)
               and not _compared_with_past(c, facts) and not _time_after(c, facts)
               and not _day_it_marks(c, facts) and not (
                   c.kind == "background" and not c.start <= pos < c.end
                   and _in_aside(c.start, c.end, facts)) for c in facts.cues)


def _compared_with_past(cue: Cue, facts: SentenceFacts) -> bool:
    """ "one of the largest demonstrations since the start of the uprising": the past is
    what the event is measured against, not when it happened."""
    at = cue.start - facts.sentence.start
    if cue.kind in ("background", "cumulative") and _AS_EVERY.search(
            facts.sentence.text, max(0, at - 60), at):
        return True  # "marched without incident, as they have done every Friday since
        # February": a habit the day's march is likened to
    return cue.kind == "background" and bool(_SUPERLATIVE_BEFORE.search(
        facts.sentence.text, max(0, at - 60), at))


def _day_it_marks(cue: Cue, facts: SentenceFacts) -> bool:
    """ "demonstrated in Jasim to mark the eleventh anniversary of the revolution": the past
    the day's act remembers, not the act's time."""
    at = cue.start - facts.sentence.start
    return cue.kind == "background" and cue.text.lower() == "anniversary" and bool(
        _MARKING_BEFORE.search(facts.sentence.text, max(0, at - 40), at))


_MARKING_BEFORE = re.compile(r"\b(?:to\s+mark|marking|to\s+commemorate|commemorating)\s+"
                             r"(?:the\s+)?(?:[\w-]+\s+){0,2}$", re.IGNORECASE)


def _time_after(cue: Cue, facts: SentenceFacts) -> bool:
    """ "clashed with police hours after the tribunal sentenced their leader to death": the
    past after which the clause's event came, its time, not the clause's background."""
    at = cue.start - facts.sentence.start
    return cue.kind == "background" and bool(_AFTER_BEFORE.search(
        facts.sentence.text, max(0, at - 60), at))


_AFTER_BEFORE = re.compile(r"\b(?:hours|minutes|moments|shortly|soon|a\s+day|days|just)\s+"
                           r"(?:after|following)\s+(?:[\w'’-]+\s+){0,5}$", re.IGNORECASE)


_AS_EVERY = re.compile(r"\bas\s+(?:(?:they|it|he|she|we|people|protesters|demonstrators)\s+)?"
                       r"(?:(?:have|has|had|did|do|does)\s+)?(?:done\s+)?(?:on\s+)?"
                       r"(?:every|each)\s+\w+(?:\s+\w+)?\s+$", re.IGNORECASE)


# background that names only the fighting inside it, not the time of the rest of its clause:
# "people displaced by the fighting staged a demonstration", "during a lull in the fighting,
# mortar rounds fell on the town"
_OWN_SPAN_ONLY = re.compile(r"(?:fled|fleeing|flee|flees|escaped|escaping|displaced by|"
                            r"driven out by|uprooted by|lull in)\s", re.IGNORECASE)
_ALLEGED = re.compile(r"\b(?:accused|suspected|charged|wanted|convicted)\b", re.IGNORECASE)
_POLICING = ("Arrests", "Disrupted weapons use", "Looting/property destruction")
HURT_WORD = re.compile(r"wounded|wounding|injured|injuring|hurt", re.IGNORECASE)
_CARE = re.compile(r"hospital|medical|treat", re.IGNORECASE)  # (not a funeral: its dead are old)
_TOLL = re.compile(r"\b(?:toll|killed|died|dead|deaths|total|overall|altogether|alone)\b",
                   re.IGNORECASE)


_DENIED_ACCOUNT = re.compile(r"(?:claims?|reports?|tolls?|figures?|allegations?|accounts?|"
                             r"information|rumou?rs)$", re.IGNORECASE)


_WHO_DID = re.compile(r"\b(?:who|that)\s+(?:had\s+|have\s+)?(?:[a-z]+ed|fled|left|came|ran)\b"
                      r"[^,;.]*$", re.IGNORECASE)


def _of_the_subject(cue: Cue, trigger: Trigger | None, facts: SentenceFacts) -> bool:
    """The cue closes a "who" clause about the subject of the trigger right after it (of any
    trigger of the sentence, when `trigger` is None)."""
    base, text = facts.sentence.start, facts.sentence.text
    return any(cue.end <= t.start and not text[cue.end - base:t.start - base].strip(" ,")
               for t in ((trigger,) if trigger is not None else facts.triggers)) and bool(
        _WHO_DID.search(text, max(0, cue.start - base - 80), cue.start - base))


def _rejection(trigger: Trigger, facts: SentenceFacts) -> str:
    """The cue that makes the trigger's clause no new event; a cumulative toll ("the highest
    six-month toll since 2009") covers its whole sentence."""
    lo, hi = _clause_of(facts.sentence, trigger.start)
    if any(m.start() < lo - facts.sentence.start <= m.end()
           for m in _COMPARED.finditer(facts.sentence.text)):
        return "comparison: a superlative with the past"
    for cue in facts.cues:
        if cue.kind == "aim" and cue.end > trigger.start:
            continue  # an aim names only what follows it
        if cue.kind == "background" and _in_aside(cue.start, cue.end, facts):
            continue  # ", which the militants have held since last month,": the town's past
        if cue.kind == "background" and _OWN_SPAN_ONLY.match(cue.text) and not (
                cue.start <= trigger.start < cue.end):
            continue  # "people displaced by the fighting staged a demonstration": who they
            # are, not when the demonstration was
        if cue.kind == "background" and _of_the_subject(cue, trigger, facts):
            continue  # "600 people who fled Chicomuselo in recent weeks marched": who they
            # are, not when they marched
        if cue.kind == "accident" and trigger.kind.protest:
            continue  # "a protest following the death of a colleague in an accident"
        if cue.kind == "crime" and trigger.kind.sub_event_type not in _POLICING:
            continue  # ordinary crime makes no event of an arrest or a seizure only
        if cue.kind == "crime" and any(
                a.inter in (2, 3) and not a.name.startswith("Unidentified")
                and trigger.end <= a.start < cue.start
                and not _ALLEGED.search(facts.sentence.text, a.end - facts.sentence.start,
                                        cue.start - facts.sentence.start)
                for a in facts.actors):
            continue  # "arrested 14 members of Los Lobos, the gang linked to illegal mining":
            # what the named group is known for, not why this arrest is a mere crime
        if cue.kind == "modal" and cue.start >= trigger.end and "," in facts.sentence.text[
                trigger.end - facts.sentence.start:cue.start - facts.sentence.start]:
            continue  # "signed a truce ..., pledging to hand the gunmen over": the pledge
            # names only what follows it
        if cue.kind == "modal" and cue.start >= trigger.end and trigger.kind.sub_event_type in (
                "Arrests", "Disrupted weapons use"):
            continue  # "arrested three men suspected of planning attacks": the arrest was
            # made; only what was planned was not
        if cue.kind == "aftermath" and cue.start >= trigger.end and not HURT_WORD.fullmatch(
                trigger.text) and _CARE.search(cue.text):
            # "a bomb exploded on a car, wounding a man who was taken to hospital", "three
            # died of gunshot wounds and 11 others were admitted to hospital"
            continue
        if cue.kind == "denial" and cue.start < trigger.start and _DENIED_ACCOUNT.search(
                cue.text):
            # "denies the tolls circulated online, which claimed that thirty soldiers had
            # been killed": what the denied account says, to the sentence's end
            return f"{cue.kind}: '{cue.text}'"
        if _compared_with_past(cue, facts):
            continue  # "in one of the largest demonstrations since the start of the uprising"
        if _time_after(cue, facts) or _day_it_marks(cue, facts):
            continue  # "clashed with police hours after the tribunal sentenced their leader",
            # "demonstrated to mark the eleventh anniversary of the revolution"
        if cue.kind in ("background", "cumulative") and cue.start - facts.sentence.start <= 2:
            # "Since then, 55 people have been killed ..., and more than 5,000 have been
            # injured": a fronted phrase sets the time of its whole sentence
            return f"fronted {cue.kind}: '{cue.text}'"
        if cue.start < hi and cue.end > lo or cue.kind == "cumulative" and _TOLL.search(cue.text):
            return f"{cue.kind}: '{cue.text}'"
    base = facts.sentence.start
    if _ELSEWHERE.match(facts.sentence.text, trigger.end - base, hi - base) and any(
            t.end < trigger.start for t in facts.triggers):
        # "A car bomb killed two police officers in Saravena, as the army reported a deadly
        # clash with guerrillas elsewhere in the province": another place's event
        return "elsewhere: another place's event"
    if lo > base and _ELLIPTIC.match(facts.sentence.text, lo - base):
        # "... have been killed since the coup, and more than 23,000 arrested": a clause
        # with no verb of its own shares the time of the one before it
        before = _clause_of(facts.sentence, lo - 1)
        for cue in facts.cues:
            if cue.kind in ("background", "cumulative") and cue.start < before[1] and (
                    cue.end > before[0]) and not _in_aside(cue.start, cue.end, facts):
                return f"{cue.kind}: '{cue.text}'"
    return _past_setting(lo, facts)


_ELSEWHERE = re.compile(r"[^,;]{0,60}?\belsewhere\s+(?:in|on|across|along|near|around)\b",
                        re.IGNORECASE)  # (not "one fatality coded elsewhere")
_ELLIPTIC = re.compile(r"\s*(?:more than |over |at least |nearly |about |some |almost )?"
                       r"[\d,]+(?:\s+[a-z]+)?\s+(?:arrested|detained|injured|wounded|displaced|"
                       r"killed|abducted|kidnapped|jailed|imprisoned)\b[^,;]*$")


# "echo the mass killings last year in El Geneina, where UN experts said 10,000 people were
# killed": a "where" clause tells more of the past its place was named in
_WHERE_OPENS = re.compile(r"\s*(?:where|when|in which|during which)\s", re.IGNORECASE)


def _past_setting(lo: int, facts: SentenceFacts) -> str:
    """The background of the clause before a "where" clause, when that clause and no date
    of its own sets the time of the words after it."""
    local = lo - facts.sentence.start
    if local <= 0 or not _WHERE_OPENS.match(facts.sentence.text, local):
        return ""
    if any(d.start >= lo for d in facts.dates):
        return ""
    plo, _ = _clause_of(facts.sentence, lo - 1)
    for cue in facts.cues:
        if (cue.kind == "background" and plo <= cue.start < lo
                and not _compared_with_past(cue, facts)):
            return f"background of its place: '{cue.text}'"
    return ""


def build_frames(facts: SentenceFacts, text: str) -> list[Frame]:
    """Group a sentence's triggers by the date nearest to each; one frame per date.

    Each trigger takes the nearest usable date of its sentence (a clause about Saturday and one
    about Sunday give two frames). Numbers, actors and places go to the nearest trigger's frame;
    a frame with none of its own shares the sentence's.
    """
    if not facts.triggers:
        return []
    facts = _without_site_of(_without_setting(facts))
    if facts.numbers and facts.cues:
        facts = replace(facts, numbers=tuple(
            n for n in facts.numbers if not _count_of_its_own_past(n, facts)))
    # a date in a clause that is no event ("and the bodies were buried on Saturday") is that
    # clause's own
    dates = [(d, a) for d, a in _usable_dates(facts, text) if not _clause_has_cue(d.start, facts)
             and not (d.background and _in_aside(d.start, d.end, facts))]
    said_on = [d for d, a in dates if a]
    if said_on:
        # "warplanes have killed 16 militants over the past 48 hours, the army said on
        # Sunday": the window ends on the day of the words, not on publication
        dates = [(replace(d, date=said_on[0].date) if not a and _HOURS_WINDOW.search(d.text)
                  and d.date > said_on[0].date else d, a) for d, a in dates]
    event_dates = [(d, a) for d, a in dates if not a] or dates
    if said_on and len(event_dates) == 1 and event_dates[0][1] and (
            before := day_told_before(facts.sentence.text, offset=facts.sentence.start,
                                      anchor=event_dates[0][0])) is not None and (
            before.date < event_dates[0][0].date):
        # "the army said on 13 September that its troops had killed seven insurgents ... the
        # previous day": the day before the words
        event_dates = [(replace(event_dates[0][0], date=before.date, reason=before.reason),
                        False)]
    # a date that ends a clause in the perfect dates no act told after it ("Yesterday, 2,000
    # people who had fled over the weekend marched": the march's day is yesterday)
    earlier = {i for i, (d, _) in enumerate(event_dates) if _EARLIER_CLAUSE.search(
        text, max(facts.sentence.start, d.start - 90), d.start)}
    groups: dict[int, list[Trigger]] = {}
    for trig in facts.triggers:
        key = -1
        if event_dates:
            key = min(
                [i for i in range(len(event_dates)) if i not in earlier
                 or trig.start < event_dates[i][0].end] or range(len(event_dates)),
                key=lambda i: _distance(event_dates[i][0].start, event_dates[i][0].end, trig),
            )
        groups.setdefault(key, []).append(trig)
    frames: list[Frame] = []
    keys = sorted(groups)
    for key in keys:
        trigs = groups[key]
        date, announced = event_dates[key] if key >= 0 else (None, False)
        why = [_rejection(t, facts) for t in trigs]
        reasons = [r for r in why if r]
        rejected = reasons[0] if len(reasons) == len(trigs) else ""
        told = tuple(t for t, r in zip(trigs, why, strict=True) if not r or rejected)
        # ("held a sit-in, holding up the names of those killed since April": the sit-in)
        if date is not None and date.background and (
                not rejected or rejected.startswith("comparison")) and not _lead_about(
                    date, facts):
            rejected = f"background date: '{date.text}'"
        if date is None and not rejected and not facts.lead and not facts.short and (
                not _told_in_past(trigs, facts)):
            rejected = "no date and no verb in the past: not a report of an incident"
        if not rejected and facts.sentence.text.rstrip().endswith("?"):
            rejected = "a question, not a report"  # "How many people have died?"
        frames.append(
            Frame(
                sentence=facts.sentence,
                triggers=told,
                actors=_nearest(facts.actors, trigs, groups, len(keys)),
                numbers=_nearest(facts.numbers, trigs, groups, len(keys)),
                places=_nearest(facts.places, trigs, groups, len(keys)),
                date=date,
                announced=announced,
                headline=facts.headline,
                new_event_cue=bool(_NEW_EVENT.search(facts.sentence.text)),
                rejected=rejected,
                section=facts.section,
                short=facts.short,
            )
        )
    return frames + _resumed(frames, [d for i, (d, _) in enumerate(event_dates)
                                      if i not in groups], text)


# "fighting broke out on Sunday ... and resumed on Monday": the same fighting on another day,
# its own event (one event per day); not "late on Friday and continued into Saturday", one
# night's fighting dated by the day it began
_RESUMED = re.compile(r"\b(?:resumed|continued|flared\s+(?:up\s+)?again|erupted\s+again|"
                      r"broke\s+out\s+again|raged\s+on)\s+(?:again\s+)?(?:early\s+|late\s+)?"
                      r"(?:on\s+)?$", re.IGNORECASE)


def _resumed(frames: list[Frame], spare: list[DateMention], text: str) -> list[Frame]:
    """A copy of the sentence's dated event frame for each date its triggers left spare that
    "resumed on" introduces; the copy carries no numbers (the toll stays with the day the
    sentence gives it to)."""
    told = [f for f in frames if f.date is not None and not f.rejected and not f.announced]
    if len(told) != 1:
        return []
    return [replace(told[0], date=d, numbers=(), extra=(*told[0].extra, "resumed"))
            for d in spare if _RESUMED.search(text, max(0, d.start - 40), d.start)]


# "air strikes on a market killed nine civilians, as fighting raged for a second day over a
# village": the fighting around is the setting (told on its own elsewhere), not what the
# strikes were
_SETTING = with_heads(re.compile(
    r"\b(?:as|while|amid)\s+(?:heavy\s+|fierce\s+|intense\s+)?(?:fighting|clashes|battles?|"
    r"combat|hostilities)\s+(?:raged|continued|intensified|escalated|spread|dragged\s+on|"
    r"went\s+on|flared)\b[^;]*", re.IGNORECASE))


# "marched to the Lekki toll gate, the site of the October 2020 shooting, and": the place's
# past, told in an apposition
_SITE_OF = re.compile(r",\s+(?:the\s+)?(?:site|scene)\s+of\s+[^,;]*", re.IGNORECASE)


def _without_site_of(facts: SentenceFacts) -> SentenceFacts:
    """A sentence less the acts and dates of a place's past told beside its name."""
    base = facts.sentence.start
    spans = [(base + m.start(), base + m.end()) for m in _SITE_OF.finditer(facts.sentence.text)]
    spans = [(a, b) for a, b in spans if any(a <= d.start < b and d.background
                                             for d in facts.dates)]
    if not spans:
        return facts

    def out(x: Trigger | DateMention | Cue) -> bool:
        return not any(a <= x.start < b for a, b in spans)
    return replace(facts, triggers=tuple(t for t in facts.triggers if out(t)),
                   dates=tuple(d for d in facts.dates if out(d)),
                   cues=tuple(c for c in facts.cues if out(c)))


def _without_setting(facts: SentenceFacts) -> SentenceFacts:
    base = facts.sentence.start
    spans = [(base + m.start(), base + m.end()) for m in _SETTING.finditer(facts.sentence.text)]
    if not spans:
        return facts
    inside = [t for t in facts.triggers if any(a <= t.start < b for a, b in spans)]
    rest = [t for t in facts.triggers if t not in inside]
    if not inside or not any(t.kind.event_type == "Explosions/Remote violence" for t in rest):
        return facts
    return replace(facts, triggers=tuple(rest))


def _count_of_its_own_past(n: NumberMention, facts: SentenceFacts) -> bool:
    """ "... says more than 3,600 people have been killed by the security forces since the
    coup, and more than 23,000 arrested": a count in a clause of background, no trigger of
    which tells an event, is no count of the event told beside it."""
    lo, hi = _clause_of(facts.sentence, n.start)
    return all(_rejection(t, facts) for t in facts.triggers if lo <= t.start < hi) and any(
        c.start < hi and c.end > lo and c.kind in ("background", "cumulative")
        and not _in_aside(c.start, c.end, facts) for c in facts.cues)


def _told_in_past(trigs: list[Trigger], facts: SentenceFacts) -> bool:
    """A verb in the past, or a count of the dead or hurt ("Five killed.", "a person is
    killed in the cross fire"): an incident told, not a general statement."""
    for t in trigs:
        if t.kind.claim:
            return True  # "Al Shabaab suspected as perpetrators.": the incident just told
        lo, hi = _clause_of(facts.sentence, t.start)
        if any(lo <= pos < hi for pos in facts.past):
            return True
        if any(lo <= n.start < hi and n.outcome in ("killed", "injured") and not n.vague
               and n.qualifier != "unnumbered" for n in facts.numbers):
            return True
    return False


def _distance(start: int, end: int, trig: Trigger) -> int:
    if end <= trig.start:
        return trig.start - end
    if start >= trig.end:
        return start - trig.end
    return 0


def _nearest(
    mentions: tuple[M, ...],
    trigs: list[Trigger],
    groups: dict[int, list[Trigger]],
    n_groups: int,
) -> tuple[M, ...]:
    if n_groups <= 1:
        return mentions
    everyone = [t for ts in groups.values() for t in ts]
    mine = {id(t) for t in trigs}
    out = []
    for m in mentions:
        best = min(everyone, key=lambda t: _distance(m.start, m.end, t))
        if id(best) in mine:
            out.append(m)
    return tuple(out)


_YEAR_WRITTEN = re.compile(r"\b(?:19|20)\d\d\b")  # "January 28, 2026", "28/01/2026"
_ABOUT_DAYS = 60  # how old an incident the lead of a report about it may date


def _lead_about(date: DateMention, facts: SentenceFacts) -> bool:
    """ "Soldiers killed at least 48 civilians in an attack on Kokoloko on January 28, 2026,
    the group said today": a report about an older incident, dated to its day with the year
    in the body's first two sentences, gives that incident again (codebook: a report about an
    older event)."""
    return (facts.opening and date.precision == 1 and _YEAR_WRITTEN.search(date.text) is not None
            and facts.published is not None
            and 0 < (facts.published - date.date).days <= _ABOUT_DAYS)


# rejections that put a sentence in the past
_PAST_REASONS = ("background date", "cumulative", "fronted", "goes on")


# "The ministry said the accident was caused by brake failure": the mishap told just before
_ACCIDENT_AFTER = re.compile(r"[^.!?\n]*?(?<!\bno )(?<!\bnot an )\b(?:accident|(?:brake|mechanical|"
                             r"engine|technical) failure)\b", re.IGNORECASE)


def accident_after(frames: list[Frame], text: str) -> list[Frame]:
    """A frame whose next sentence calls what happened an accident tells no event ("A fuel
    tanker overturned and exploded, killing its driver. Police said the accident was caused by
    brake failure.")."""
    out: list[Frame] = []
    for f in frames:
        nxt = text[f.sentence.end:f.sentence.end + 2]
        nxt = nxt[:len(nxt) - len(nxt.lstrip())]
        if not f.rejected and "\n" not in nxt and not any(
                t.kind.protest for t in f.triggers) and _ACCIDENT_AFTER.match(
                text, f.sentence.end + len(nxt), f.sentence.end + len(nxt) + 200):
            f = replace(f, rejected="accident: the next sentence says so")
        out.append(f)
    return out


def background_goes_on(frames: list[Frame], text: str) -> list[Frame]:
    """An undated frame right after one dated in the past or a tally, in the same paragraph
    of a report that told an event before them, goes on telling it ("In January 2019,
    protesters stormed a base near Sheladize. One protester was killed when troops opened
    fire.")."""
    out: list[Frame] = []
    told = False  # a frame of the body told an event before this one
    for f in frames:
        before = next((x for x in reversed(out) if x.sentence.index < f.sentence.index), None)
        if (f.date is None and not f.rejected and not f.new_event_cue and before is not None
                and before.rejected.startswith(_PAST_REASONS) and told
                and before.sentence.index >= f.sentence.index - 2
                and "\n" not in text[before.sentence.end:f.sentence.start]):
            f = replace(f, rejected=f"goes on with the sentence before ({before.rejected})")
        told = told or not f.rejected and not f.headline
        out.append(f)
    return out
