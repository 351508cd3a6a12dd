"""One event per day, place, actor pair and type: grouping a document's frames into events."""

from __future__ import annotations

import datetime as dt
import math
import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field, replace

from warcount.events.frames import AFTER_THE_ATTACK, HURT_WORD, Frame
from warcount.events.triggers import AIRBORNE, CLASH_WORD, INTERCEPTED, RAID_WORD, Trigger
from warcount.geo.report import named_as_home, named_as_way_out, quarter_of, same_area
from warcount.mentions.actors import STATE_FORCES
from warcount.mentions.date_rules import CALENDAR_WORDS
from warcount.mentions.places import mention_cue
from warcount.records import ResolvedPlace

PlaceOf = Callable[[Frame], ResolvedPlace | None]

_WEEK = re.compile(r"\b(?:this|the past|the last|during the) week\b", re.IGNORECASE)
_WINDOW = re.compile(
    r"\b(?:(?:last|past)\s+(?:24|48|72|twenty-four|forty-eight)\s+hours|"
    r"(?:last|past|previous)\s+(?:day|two days|three days)|over the weekend|this week|"
    r"during the week|"
    r"over the past (?:few )?days)\b",
    re.IGNORECASE,
)
_PROTEST = ("Peaceful protest", "Protest with intervention", "Violent demonstration",
            "Excessive force against protesters")
_ARMED = ("Battles", "Violence against civilians", "Explosions/Remote violence")
# a riot's acts that any armed hand may do
_ANY_HAND = re.compile(r"(?:setting|set) fire|vandali|rampag", re.IGNORECASE)


# Words that tell only an outcome: a death at a protest belongs to the protest.
_OUTCOME = re.compile(r"(?:killed|kill(?:s|ing)?|died|dies|dead|death|wounded|injured|hurt|"
                      r"injuring|wounding|succumbed|"
                      r"lost (?:his|her|their) li(?:fe|ves)|"
                      r".*\btoll\b.*|"
                      r"(?:resulted in|led to|caused) the deaths? of|bodies (?!of\b).*|"
                      r"(?:counted|recovered|retrieved|found) .*bodies)",
                      re.IGNORECASE)
_BLASTS = re.compile(r"(?:(?:loud|heavy|several|large|powerful)\s+)?(?:explosions?|blasts?|bangs?)",
                     re.IGNORECASE)
_HEARD = re.compile(r"\b(?:heard|reported|felt)\b[^.;]{0,30}\b(?:explosions?|blasts?|bangs?)\b|"
                    r"\b(?:explosions?|blasts?|bangs?)\b[^.;]{0,20}\b(?:were|was)\s+(?:heard|felt)\b",
                    re.IGNORECASE)
# sentences: an undated lead with no place or figure of its own is told shortly before the
# sentence that dates it (not a summary's "armed groups have abducted teachers")
_LEAD_REACH = 6
# "the toll in Ntumba had risen to 11", "bringing the toll to two": a toll told again
_TOLL_RISE = re.compile(r".*\btoll\b.*", re.IGNORECASE)


def only_outcome(t: Trigger) -> bool:
    """A trigger that tells only a death or an injury ("killed", "wounded"), or who was
    behind one ("claimed responsibility")."""
    return t.kind.claim or _OUTCOME.fullmatch(t.text) is not None


def family(frame: Frame) -> str:
    """violence, demonstration, interception or strategic: events of different families stay
    apart. "outcome": only a death or injury is told, which joins an event of any family."""
    kinds = [t.kind for t in frame.triggers]
    if all(only_outcome(t) for t in frame.triggers):
        return "outcome"
    if all(_BLASTS.fullmatch(t.text) for t in frame.triggers) and _HEARD.search(
            frame.sentence.text):
        return "outcome"  # "Residents reported loud explosions before dawn": what was heard
        # of the event just told, not an act of its own
    if all(t.kind.sub_event_type == "Disrupted weapons use" and INTERCEPTED.search(t.text)
           for t in frame.triggers if not only_outcome(t)):
        # ("intercepted a missile ..., and fragments fell, wounding two": the wounds are its)
        return "interception"  # drones shot down are no part of the strike that got through
    protest = [t for t in frame.triggers if t.kind.sub_event_type in _PROTEST]
    inters = {a.inter for a in frame.actors}
    if protest and not (all(_ANY_HAND.match(t.text) for t in protest) and (any(
            k.event_type in _ARMED for k in kinds) or inters & {1, 2, 3, 4, 8} and not inters
            & {5, 6})):  # ("armed men set fire to the town hall")
        return "demonstration"  # (attackers who "stormed the village, shot at residents and
        # set fire to houses" are no rioters)
    if inters & {5, 6} and not inters & {2, 3, 4, 8} and any(
            CLASH_WORD.fullmatch(t.text) for t in frame.triggers):
        return "demonstration"  # "clashes between young supporters of the party and the
        # security forces": a crowd's fight with the police, a riot's
    # (a death or a wound beside an act tells its outcome: "44 were detained and 21 officers
    # injured" is the detentions' family)
    acts = [t.kind for t in frame.triggers if not HURT_WORD.fullmatch(t.text)]
    if any(k.event_type != "Strategic developments" for k in acts):
        return "violence"
    return "strategic"


def _km(a: ResolvedPlace, b: ResolvedPlace) -> float:
    if a.latitude is None or a.longitude is None or b.latitude is None or b.longitude is None:
        return math.inf
    la1, lo1 = math.radians(a.latitude), math.radians(a.longitude)
    la2, lo2 = math.radians(b.latitude), math.radians(b.longitude)
    h = math.sin((la2 - la1) / 2) ** 2 + math.cos(la1) * math.cos(la2) * math.sin(
        (lo2 - lo1) / 2) ** 2
    return 12742.0 * math.asin(min(1.0, math.sqrt(h)))


@dataclass
class Group:
    """Frames that make one event (mutable while grouping; read-only afterwards)."""

    frames: list[Frame] = field(default_factory=list)
    date: dt.date | None = None
    precision: int = 1
    date_frame: Frame | None = None
    family: str = ""
    place: ResolvedPlace | None = None

    @property
    def first_index(self) -> int:
        return min(f.sentence.index for f in self.frames)


def _window(frame: Frame) -> bool:
    return frame.date is not None and (
        frame.date.precision > 1 or bool(_WINDOW.search(frame.date.text)) or frame.announced
    )


# "We confirm the kidnapping of two of our colleagues this morning": a quote's own today
_TODAY = re.compile(r"\b(?:this|today|tonight|yesterday)\b", re.IGNORECASE)
# "On Sunday the agency said: 'We confirm the kidnapping'": the day of the words
# ("On Tuesday, the governor of Moyen-Chari, in a statement read on the radio, said")
_SPEAKER_AFTER = re.compile(r"[\s,]*(?:the\s+|a\s+)?(?:[\w-]+\s+){0,3}(?:of\s+[\w-]+\s*)?"
                            r"(?:,[^,.;]{1,80},\s*)?(?:said|says|told|announced|confirmed|reported|"
                            r"stated)\b", re.IGNORECASE)


def _said_on(f: Frame) -> bool:
    assert f.date is not None
    return bool(_SPEAKER_AFTER.match(f.sentence.text, f.date.end - f.sentence.start))


_EARLY_HOURS = re.compile(r"\b(?:early|small|wee) hours\b", re.IGNORECASE)


def _launch_only(g: Group) -> bool:
    """ "the Houthis fired a ballistic missile at Jizan" and nothing more: the interception
    told next is how it ended."""
    return not any(_deaths(x) for x in g.frames) and all(
        AIRBORNE.fullmatch(t.text) for x in g.frames for t in x.triggers)


def _compatible(g: Group, f: Frame, place_of: PlaceOf) -> bool:
    if g.frames and g.frames[0].section != f.section:
        return False  # a round-up's sections ("GEORGIA", "KENYA") tell different events
    fam = family(f)
    toll_again = _same_toll_again(g, f)
    if g.family != fam and not {"strategic", "outcome"} & {g.family, fam} and not (
            {g.family, fam} == {"violence", "interception"} and _launch_only(g)) and not (
            g.family == "demonstration" and _force_on_the_crowd(g, f)) and not toll_again:
        return False
    # "Security forces arrested 11 suspects in raids late on Thursday, hours after the
    # blast": the arrests are an event of their own (another type, another pair), and the
    # raid told after them is not part of them
    # (but "Officers found two explosive vests in the house" after the arrests is their raid)
    if _held_apart(f) and not any(_arrests(x) for x in g.frames) or g.frames and not (
            _held_apart(f) or _arrests(f) or _seizure(f)) and all(
            _held_apart(x) for x in g.frames):
        return False
    if g.family == "violence" and _arrests_only(f) and f.date is not None and all(
            f.sentence.index - x.sentence.index > 1 for x in g.frames):
        return False  # "The SBU said it had detained three people in Kherson on Saturday",
        # paragraphs after Saturday's shelling nearby: arrests of their own, not its raid
    here = place_of(f)
    if (f.date is not None and here is not None and g.place is not None
            and here.geo_precision == 1 == g.place.geo_precision and here.name != g.place.name
            and g.frames and all(_arrests_only(x) for x in g.frames) and not _arrests(f)):
        return False  # "Israeli forces arrested five Palestinians overnight in Asira. Settlers
        # attacked the town of Huwara on Wednesday": another town's act of its own day
    if (f.date is not None and here is not None and g.place is not None
            and here.geo_precision == 1 == g.place.geo_precision and here.name != g.place.name
            and _arrests_only(f) and not any(_arrests(x) for x in g.frames)
            and all(f.sentence.index - x.sentence.index > 1 for x in g.frames)):
        return False  # and the other way round: "troops arrested four suspects in Beita
        # overnight", paragraphs after the man killed overnight in Turmus Ayya
    if here is None and g.place is not None and g.place.geo_precision < 3 and (
            _NATIONWIDE.search(f.sentence.text)):
        return False  # "94 drones were shot down across the country": not one town's event
    if here is not None and g.place is not None and here.geo_precision < 3 and (
            _town_of_its_own(f, here, g.place)):
        return False
    return here is None or g.place is None or same_area(here, g.place) or (
        toll_again and any(m.text == g.place.name for m in f.places))


def _force_on_the_crowd(g: Group, f: Frame) -> bool:
    """ "Protesters burned tyres and looted shops. One man was shot dead by police": the
    force's answer to the crowd told just before, undated, is part of the demonstration (and
    so is a death with no one named: "One man was shot dead at the shopping centre")."""
    return (f.date is None and family(f) == "violence"
            and all(a.inter in (1, 7) for a in f.actors)
            and (any(a.inter == 1 for a in f.actors)
                 or not f.actors and any(_SHOT.search(t.text) for t in f.triggers))
            and not any(t.kind.event_type == "Explosions/Remote violence" for t in f.triggers)
            and any(x.sentence.index == f.sentence.index - 1 for x in g.frames))


def _same_toll_again(g: Group, f: Frame) -> bool:
    """ "Clashes between security forces and protesters left at least 12 dead in Juliaca",
    then "We have confirmed 12 dead today in Puno during clashes with the police": the
    crowd's event told again by its toll (three or more dead, not a common figure)."""
    mine = _deaths(f)
    return {g.family, family(f)} == {"demonstration", "violence"} and bool(mine) and (
        max(mine) >= 3 and any(max(mine) in _deaths(x) for x in g.frames))


_SHOT = re.compile(r"\bshot\b|\bfired\b|opened fire", re.IGNORECASE)
_NATIONWIDE = re.compile(r"\b(?:across|throughout|all over)\s+the\s+(?:whole\s+|entire\s+)?"
                         r"country\b|\bnationwide\b", re.IGNORECASE)


def _add(g: Group, f: Frame, place_of: PlaceOf) -> None:
    g.frames.append(f)
    if g.family in ("", "strategic", "outcome") and family(f) != "outcome" or not g.family:
        g.family = family(f)
    here = place_of(f)
    if here is not None and (g.place is None or here.geo_precision < g.place.geo_precision):
        g.place = here


def _deaths(f: Frame) -> list[int]:
    return [n.value for n in f.numbers if n.outcome == "killed"]


def _sum_matches(f: Frame, g: Group) -> bool:
    mine = _deaths(f)
    parts = [v for fr in g.frames for v in _deaths(fr)]
    return bool(mine) and bool(parts) and (max(mine) in parts or max(mine) == sum(parts))


def _no_place(frame: Frame) -> ResolvedPlace | None:
    return None


def _landmark_of(g: Group, f: Frame) -> bool:
    """ "an attack near the town of Bara, a medics' group said on Saturday", then "stormed
    the village of Um Sumeima, west of Bara, on Thursday": the lead names the town its event
    is told by, in the same family of acts (the first place of a lead with its own dead)."""
    names = {m.text.casefold() for m in f.places[:1] if mention_cue(m) in ("town", "near")}
    return bool(names) and bool(_deaths(f)) and g.family == family(f) and any(
        m.text.casefold() in names and _BEARING_BEFORE.search(
            x.sentence.text, 0, m.start - x.sentence.start)
        for x in g.frames for m in x.places)


_BEARING_BEFORE = re.compile(r"\b(?:(?:north|south|east|west)(?:-?(?:east|west))?|outside|near)\s+"
                             r"(?:of\s+)?(?:the\s+town\s+of\s+)?$", re.IGNORECASE)


def _same_names(f: Frame, x: Frame) -> bool:
    """Two frames whose places did not resolve name the same place: a name in common, and no
    town one names that the other does not ("Machava, in Nangade district" is not "Nangade
    town"; "Waat, Nyirol County" is "Waat town, Nyirol County")."""
    names = [{m.text.casefold() for m in y.places} for y in (f, x)]
    towns = [{m.text.casefold() for m in y.places if mention_cue(m) == "town"} for y in (f, x)]
    return bool(names[0] & names[1]) and towns[0] <= names[1] and towns[1] <= names[0]


# A report's first event, undated, is told in its lead: within its first characters.
_LEAD_CHARS = 700
CLAUSE = "a clause of its own about another place"
LABELLED = "an item of its own, under a place's label"  # "Kisumu. Running battles ..."


def _precision(g: Group) -> tuple[int, bool]:
    """How precisely a group is placed; a country named whole is the least precise."""
    return (9, True) if g.place is None else (
        g.place.geo_precision, g.place.name == g.place.country)


_TALLY = frozenset({"dead", "death", "deaths", "injured", "wounded", "hurt", "death toll",
                    "toll"})


def _sums_the_week(w: Frame, groups: list[Group], *, alone: bool = False,
                   place: ResolvedPlace | None = None) -> bool:
    """A frame dated only by a window ("this week") whose toll adds up the dead of two or
    more days' events told beside it: "the war spread this week ..., leaving at least nine
    dead", then 4 dead on Monday and 5 or 6 on Tuesday. `alone`: the frame makes an event
    dated by no day of its own ("the ministry said Monday that two days of clashes killed
    five")."""
    if w.date is None or not (alone or _WINDOW.search(w.date.text)):
        return False
    end = w.date.date
    mine = max(_deaths(w), default=0)
    summed = [g for g in groups if g.date is not None and end - dt.timedelta(days=6) <= g.date
              <= end and any(_deaths(x) for x in g.frames if x is not w)]
    tolls = [max(v for x in g.frames if x is not w for v in _deaths(x)) for g in summed]
    if alone and place is not None and place.geo_precision < 3 and not any(
            g.place is not None and same_area(g.place, place) for g in summed):
        return False  # ("troops had killed three dissidents in a clash in Jamundi", said on
        # Wednesday: a town of its own, not the sum of Tuesday's two dead and Wednesday's one)
    return mine > 0 and len(tolls) >= 2 and max(tolls) < mine <= sum(tolls)


def _tally_only(f: Frame) -> bool:
    """ "Leaders put the number of dead at 15 on Monday": a count of victims, no act told;
    "the toll in Ntumba had risen to 11 after three more bodies were found": a new count."""
    rises = [t for t in f.triggers if _TOLL_RISE.fullmatch(t.text)]
    if rises:
        # ("confirmed a second death, bringing the toll to two: a rider who was shot in the
        # chest and a schoolgirl hit by a stray bullet": the dead counted, described after)
        return all(only_outcome(t) or t.start > rises[0].end for t in f.triggers)
    return all(t.text.lower() in _TALLY or "bodies" in t.text.lower()
               for t in f.triggers)  # ("21 bodies had been recovered")


def _toll_of(groups: list[Group], f: Frame, here: ResolvedPlace | None) -> Group | None:
    """The event in the same place, told before and up to three days earlier, whose toll a
    later dated count gives."""
    if f.date is None:
        return None
    day = f.date.date
    earlier = [g for g in groups if g.date is not None and g.place is not None
               and day - dt.timedelta(days=3) <= g.date < day
               and (here is None or same_area(g.place, here))
               and g.first_index < f.sentence.index]
    # ("the toll rose to nine": the toll of the attack that killed, not of the troops'
    # deployment told after it)
    earlier = [g for g in earlier if any(_deaths(x) for x in g.frames)] or earlier
    if here is None:
        # ("the Observatory raised the toll from the Maarat al-Numan market strikes"): the
        # event whose place the sentence names
        if not any(_TOLL_RISE.fullmatch(t.text) for t in f.triggers):
            return None
        said = f.sentence.text.lower()
        names = set(_NAME.findall(f.sentence.text, 1))
        by_place = [g for g in earlier if any(
            len(m.text) > 3 and m.text.lower() in said for x in g.frames for m in x.places)]
        by_name = [g for g in earlier if any(
            names & set(_NAME.findall(x.sentence.text)) for x in g.frames)]
        # ("The death toll rose to three on Tuesday, when one of the wounded died"): the one
        # event of those days that had dead
        dead = [g for g in earlier if any(_deaths(x) for x in g.frames)]
        # ("... 30 others were injured. The health office later revised the toll to 27"):
        # the event told just before
        just = [g for g in earlier if _last_before(g, f.sentence.index) >= f.sentence.index - 2]
        earlier = by_place or by_name or (dead if len(dead) == 1 else []) or just
    return max(earlier, key=lambda g: g.first_index, default=None)


# (a day or a month names no event: "the military said on Wednesday")
_NAME = re.compile(r"(?<![.!?]\s)\b(?!(?i:" + "|".join(sorted(CALENDAR_WORDS)) + r")\b)"
                   r"[A-Z][\w'’-]{3,}")


# ("Local officials in Lare gave a higher toll", "doctors in Gao put the toll at")
SAID_AFTER = re.compile(r",?\s+(?:said|says|told|added|reported|gave\s+(?:a\s+|the\s+)?"
                        r"(?:\w+\s+)?(?:toll|figure|count)|put\s+the\s+(?:death\s+)?toll)\b")


def _speakers_town(f: Frame) -> bool:
    """ "A medical official in the provincial capital, Ramadi, said six soldiers had died":
    the town is where the speaker is, not a new event's."""
    base, text = f.sentence.start, f.sentence.text
    return bool(f.places) and all(spoken_from(text, m.start - base, m.end - base)
                                  for m in f.places)


def spoken_from(text: str, start: int, end: int) -> bool:
    """The place at text[start:end] is where those who told it are: "a medical official in
    Ramadi said", "according to doctors at the hospital in Ajdabiya"."""
    return bool(SAID_AFTER.match(text, end) or _ACCORDING_BEFORE.search(
        text, max(0, start - 80), start))


_ACCORDING_BEFORE = re.compile(r"\baccording to\b[^.;:,]{0,60}\b(?:in|at|from)\s+(?:the\s+)?$",
                               re.IGNORECASE)


def _sibling(g: Group, f: Frame) -> bool:
    """A clause split from its sentence is its own event, never its sibling's."""
    return CLAUSE in f.extra and any(x.sentence.index == f.sentence.index for x in g.frames)


_CLAIMED_THE = re.compile(r"\b(?:claimed|condemned|denied)\s+(?:responsibility\s+for\s+)?"
                          r"(?:the|this|that)\s+(?:\w+\s+)?(?:attack|ambush|bombing|raid|"
                          r"killing|assault)", re.IGNORECASE)
_AFTER_THE = re.compile(r"\b(?:after|following|over|in connection with|in the wake of)\s+"
                        r"(?:the|this|that|[A-Z]\w+day's)\s+(?:[\w-]+\s+){0,2}?(?:blast|"
                        r"attack|bombing|explosion|killings?|ambush|assault|massacre|shooting)s?\b")
# "arrested 14 people suspected of being Boko Haram collaborators", "the arrest of eleven
# individuals suspected of belonging to terrorist groups": a round-up of suspects
# (not "entered the neighborhood to arrest suspected leaders": what they came for)
_SUSPECTS_HELD = re.compile(r"\b(?:arrested|detained|captured|(?:the\s+)?arrests?\s+of)\s+"
                            r"(?:(?:[\w()-]+\s+){0,4}?(?:suspects|suspected|alleged)\b|"
                            # ("arrested four men in the Natite neighbourhood of Pemba on
                            # suspicion of recruiting young people for the insurgents")
                            r"(?:[\w()-]+\s+){0,9}?on\s+suspicion\s+of\b)",
                            re.IGNORECASE)


def _arrests(f: Frame) -> bool:
    return any(t.kind.sub_event_type == "Arrests" for t in f.triggers)


def _arrests_only(f: Frame) -> bool:
    acts = [t for t in f.triggers if not only_outcome(t)]
    return bool(acts) and all(t.kind.sub_event_type == "Arrests" for t in acts)


def _seizure(f: Frame) -> bool:
    """Weapons found or seized, and nothing else told but the raid that found them."""
    return any(t.kind.sub_event_type == "Disrupted weapons use" for t in f.triggers) and all(
        t.kind.sub_event_type == "Disrupted weapons use" or RAID_WORD.fullmatch(t.text)
        for t in f.triggers)


def _held_apart(f: Frame) -> bool:
    """Suspects rounded up, or arrests after the attack: an Arrests event of their own."""
    return _arrests(f) and bool(
        _AFTER_THE.search(f.sentence.text) or _SUSPECTS_HELD.search(f.sentence.text)
        or _AT_HOME.search(f.sentence.text))


# "arrested a senior leader ... from his residence": a figure taken where he lives, not in
# the crowd told beside him (but "many young men were arrested in their homes during the
# night" is the crackdown on that crowd)
_AT_HOME = re.compile(r"\b(?:arrested|detained|picked\s+up)\s+(?:a|an|the|its|their)\s+"
                      r"(?:[\w-]+\s+){0,2}(?:leader|chief|head|chairman|president|activist|"
                      r"journalist|official|commander|spokes(?:man|woman|person)|politician|"
                      r"lawyer|cleric|imam|editor|secretary|rapper|singer|musician|artist|"
                      r"blogger|writer|poet|member|organi[sz]er|coordinator)\b[^.;]{0,80}?\b"
                      r"(?:from|at|in)\s+(?:his|her)\s+(?:home|house|residence)\b", re.IGNORECASE)


_REPRISAL = re.compile(r"\bin (?:revenge|retaliation|reprisal)\b", re.IGNORECASE)


def _same_kind(g: Group, f: Frame, *, acts: bool = False) -> bool:
    """An event type of `f`'s triggers is one of the group's (`acts`: of the triggers that
    tell an act, not only a death or a wound)."""
    def told(x: Frame) -> list[Trigger]:
        return [t for t in x.triggers if not (acts and only_outcome(t))]
    kinds = {t.kind.event_type for t in told(f)}
    return any(t.kind.event_type in kinds for x in g.frames for t in told(x))


_COUNTERS_IN = re.compile(r"\b(?:team|office|staff|officials?|workers|volunteers|sources?|"
                          r"hospital|clinic|morgue|branch|correspondents?|doctors)\s+in\s+$",
                          re.IGNORECASE)


def _same_town_dead(g: Group, f: Frame, here: ResolvedPlace | None) -> bool:
    return here is not None and g.place is not None and g.place.name == here.name and bool(
        set(_deaths(f)) & {v for x in g.frames for v in _deaths(x)})


def _other_town_dead(g: Group, f: Frame, here: ResolvedPlace) -> bool:
    if g.place is None or g.place.geo_precision > 2 or g.place.name == here.name or any(
            x.sentence.index == f.sentence.index for x in g.frames) or all(
            only_outcome(t) for t in f.triggers) and any(
            _COUNTERS_IN.search(f.sentence.text, 0, m.start - f.sentence.start)
            for m in f.places):
        # (one sentence's toll divided between its places is one telling; "the team in
        # Saint-Marc counted 15 dead": where the counters are, not another act)
        return False
    told = [v for x in g.frames for v in _deaths(x)]
    if told and _deaths(f) and _forces(f) and _forces(g.frames) and not (
            _forces(f) & _forces(g.frames)):
        return True  # ("Ukrainian artillery shelled Oleshky, killing two", after Russian
        # shelling killed two in Kherson across the river: other forces, other dead)
    return bool(told) and not set(_deaths(f)) & set(told) and not _sum_matches(f, g)


def _forces(frames: Frame | Sequence[Frame]) -> set[str]:
    """The state forces the frames name ("Military Forces of Russia")."""
    many = [frames] if isinstance(frames, Frame) else frames
    return {a.name for x in many for a in x.actors
            if a.name.startswith(STATE_FORCES)}


def _other_weapon(g: Group, f: Frame) -> bool:
    """`f` tells remote violence of a kind (an air strike) that none of the group's frames
    tells (a roadside bomb)."""
    def weapons(x: Frame) -> set[str]:
        return {t.kind.sub_event_type for t in x.triggers
                if t.kind.event_type == "Explosions/Remote violence"}
    mine = weapons(f)  # (a week's summary of strikes, shelling and bombings names no one)
    told = [weapons(x) for x in g.frames]
    return len(mine) == 1 and any(told) and not any(w & mine for w in told)


def _no_town(index: int, back: int) -> ResolvedPlace | None:
    return None


_ENSUING = re.compile(r"\b(?:ensuing|subsequent|resulting|following)\s+(?:fire ?fight|"
                      r"gun ?battle|gunfight|clash(?:es)?|fighting|exchange of fire|shoot-?out|"
                      r"battle)\b", re.IGNORECASE)


_IN_RESPONSE = re.compile(r"(?:in\s+(?:response|retaliation|reprisal)|in\s+return)\b",
                          re.IGNORECASE)
_ALSO = re.compile(r"\b(?:also|too)\s+(?:shelled|struck|hit|bombed|attacked|raided|targeted)\b",
                   re.IGNORECASE)
_LATER = re.compile(r"(?:later|hours later|a few hours later|that night|that evening)\b",
                    re.IGNORECASE)


def _last_before(g: Group, index: int) -> int:
    return max(x.sentence.index for x in g.frames if x.sentence.index <= index)


_THE = re.compile(r"\b(?:[Tt]he|[Tt]his|[Tt]hat|[Tt]hese|[Tt]hose|[Ii]ts|[Tt]heir)\s+"
                  r"(?:[a-z][\w-]*\s+)?$")
# past tenses that do not end in -ed: "the army and the RSF fought" tells a new act
_IRREGULAR = frozenset({"fought", "struck", "shot", "hit", "took", "overran", "blew", "threw",
                        "set", "beat", "broke", "stole", "burnt", "burned", "slew", "led"})


_SAID_THAT = re.compile(r"\b(?:said|says|say|reports|reported|announced|claimed|added|stated|told|"
                        r"confirmed|warned)\b[^.;]*$", re.IGNORECASE)


def _anaphoric(f: Frame) -> bool:
    """ "We confirm the kidnapping", "the attack was claimed by": a told event named again
    (every trigger a noun after "the", "this" or "its"), never a new one."""
    text, base = f.sentence.text, f.sentence.start
    for t in f.triggers:
        local = t.start - base
        word = t.text.lower().split()[0]
        the = _THE.search(text, max(0, local - 20), local)
        if word.endswith("ed") or word in _IRREGULAR or the is None or (
                the.group().lower().startswith("that") and _SAID_THAT.search(
                    text, max(0, the.start() - 40), the.start())):
            return False  # ("the air force said on Sunday that air defences shot down")
    return bool(f.triggers)


# "In Tyre, ...", "Elsewhere, in the town of X, ...": a sentence that opens on its place
# ("Earlier that day in Ikorodu, ...", "Later on Friday, in Agege")
_FRONTED = re.compile(r"^(?:(?:meanwhile|elsewhere|separately|also|(?:earlier|later)(?:\s+(?:that|"
                      r"the\s+same)\s+(?:day|morning|afternoon|evening|night)|\s+on\s+\w+day)?),?"
                      r"\s+)?(?:in|at|near|outside|around)\s+(?:the\s+)?(?:[\w-]+\s+){0,3}?"
                      r"(?:of\s+)?$", re.IGNORECASE)


# a list item or a live blog's timed entry: "- A rocket hit ...", "13:40\nBreaking: ..."
_ITEM = re.compile(r"\s*(?:(?:[01]?\d|2[0-3])[:.][0-5]\d\s*\n\s*(?:[A-Z][a-z]+:\s+)?|[-•*]\s+)")


def _counted(f: Frame) -> bool:
    """A figure of its own ("826 people have been detained"), not "killed people"."""
    return any(not n.vague and n.qualifier != "unnumbered" for n in f.numbers)


_PAST = ("background date", "fronted background")
_LABEL_END = re.compile(r"\s*(?:\([^)\n]{1,30}\)\s*)?:\s")
_CITY = frozenset({"PPLC", "PPLA", "PPLA2"})  # a city whose quarters lie up to 15 km out


def _town_of_its_own(f: Frame, here: ResolvedPlace, there: ResolvedPlace) -> bool:
    """ "In Chitungwiza, youths blocked the main road" after Epworth's barricades, 15 km off:
    a sentence or an item that opens on another town tells that town's event (not a quarter
    of a city, nor a summary's bullet retelling an event of the body)."""
    codes = {here.feature_code, there.feature_code}
    if not (_opens_on_place(f) or _labelled(f)) or there.geo_precision >= 3 or (
            here.name == there.name) or "PPLX" in codes:
        return False
    km = _km(here, there)
    return km > 5.0 and not (km < 15.0 and codes & _CITY)


def _opens_on_place(f: Frame) -> bool:
    return any(_FRONTED.match(f.sentence.text[:m.start - f.sentence.start]) for m in f.places
               if m.start - f.sentence.start < 60)


def _labelled(f: Frame) -> bool:
    """An item labelled with its town: "Monday 14 January - Chitungwiza: Protesters ..." """
    return any(m.start - f.sentence.start < 45 and _LABEL_END.match(f.sentence.text,
                                                                     m.end - f.sentence.start)
               for m in f.places)


def _fronted(f: Frame) -> bool:
    """A sentence that opens on its place ("In Tyre, ...") or opens an item of its own."""
    return LABELLED in f.extra or _ITEM.match(f.sentence.text) is not None or any(
        _FRONTED.match(f.sentence.text[:m.start - f.sentence.start]) for m in f.places
        if m.start - f.sentence.start < 60)


_STRIKES = frozenset({"Air/drone strike", "Shelling/artillery/missile attack",
                      "Remote explosive/landmine/IED", "Grenade", "Suicide bomb"})


def _clash_beside_strike(g: Group, f: Frame) -> bool:
    """Fighting with no dead of its own told after a strike event: not part of the strike."""
    told = {t.kind.sub_event_type for t in f.triggers}
    strike = {t.kind.sub_event_type for x in g.frames for t in x.triggers}
    return (bool(told) and told <= {"Armed clash"} and not _deaths(f)
            and bool(strike & _STRIKES) and "Armed clash" not in strike
            and not _FOLLOWED_IT.search(f.sentence.text)
            and not RETURNED_FIRE.search(f.sentence.text))


# "Immediately after the explosion, the militants engaged the officers in a fire fight": the
# fighting that followed the blast, part of one complex attack
# ("Police officers returned fire from the station": the target's answer, one battle with the
# attack; not "the army did not return fire")
# ("The CRPF personnel retaliated and the exchange of fire lasted for nearly an hour")
RETURNED_FIRE = re.compile(r"(?<!not )(?<!never )(?<!n't )(?<!without )\b(?:returned|returning|"
                           r"return) fire\b|(?<!not )\bfired back\b|(?<!not )(?<!n't )"
                           r"\bretaliated\b", re.IGNORECASE)
_FOLLOWED_IT = re.compile(r"\b(?:after|following|in the wake of) the (?:explosion|blast|bombing|"
                          r"detonation|strike|ambush)\b|\bensuing\b", re.IGNORECASE)


_NEAR_KM = 150.0


def _acts_elsewhere(f: Frame, groups: Sequence[Group]) -> bool:
    """ "Hours earlier, Israeli artillery shelled the outskirts of Khiam": an armed force's act,
    told by its verb, of a kind that no event told so far opened with (the caller checks that
    its town lies apart from theirs)."""
    mine = {t.kind.sub_event_type for t in f.triggers if _tells_act(t) and not only_outcome(t)}
    return family(f) == "violence" and bool(mine) and any(
        a.inter in (1, 2, 3, 8) for a in f.actors) and not _anaphoric(f) and not any(
        t.kind.sub_event_type in mine for g in groups if g.first_index < f.sentence.index
        for t in g.frames[0].triggers)  # (the frame that told each event first)


def _listed_first(f: Frame) -> bool:
    """The first town of a list ("Similar rallies took place in Kutaisi and Zugdidi"): the
    others make events of their own; so does it, when it is far from every event so far and
    no event before it waits for a place."""
    return any(x.startswith("one of ") for x in f.extra) and not f.new_event_cue


def _window_joins(g: Group, f: Frame) -> bool:
    """("Also during the week, armed men set fire to the town hall": no part of the week's
    march there)"""
    return f.announced or family(f) in ("outcome", g.family) or g.family != "demonstration"


def _lists_the_events(f: Frame, groups: list[Group]) -> bool:
    """ "This week in brief: an attack on the Arbinda police station, a landmine near Djibo
    and the abduction of a school director": an undated summary whose acts are two or more
    events of their own, told one by one."""
    if f.date is not None and (not _window(f) or f.announced and _counted(f)):
        return False  # (not a lead with its own dead, dated by its words: "attacked a remote
        # town ..., killing six police officers, officials said on Tuesday")
    kinds = {t.kind.sub_event_type for t in f.triggers if not only_outcome(t)}
    if len(kinds) < 2 or any(x.sentence.index < f.sentence.index for g in groups
                             for x in g.frames):
        return False  # (a summary opens the report, before any event it lists)
    # (told before the events it lists: a summary opens a round-up, details follow it; the
    # events it joined count too, and so do those its twin, split off by place, joined)
    def later(g: Group) -> bool:
        rest = [x.sentence.index for x in g.frames if x.sentence.index != f.sentence.index]
        return bool(rest) and min(rest) > f.sentence.index
    told = [kinds & {t.kind.sub_event_type for x in g.frames
                     if x.sentence.index != f.sentence.index for t in x.triggers
                     if not only_outcome(t)}
            for g in groups if later(g)]
    told = [k for k in told if k]
    return len(told) >= 2 and len(set().union(*told)) >= 2


def _heads_the_items(g: Group, groups: list[Group]) -> bool:
    """ "Our monitors followed the first day of the protests on Tuesday in six counties", then
    "Nakuru. ...", "Kericho. ...": a statement's opening, placed nowhere and with no dead of
    its own, over two or more items told each under its town's label."""
    items = [x for x in groups if x is not g and x.frames and LABELLED in x.frames[0].extra
             and x.first_index > g.first_index]
    return len(items) >= 2 and all(not f.places and not _deaths(f) and LABELLED not in f.extra
                                   and f.sentence.index < items[0].first_index
                                   for f in g.frames)


# (and "killed in attacks and clashes in four Afghan provinces on Sunday": a round-up's lead
# over the provinces told one by one)
_SEPARATE = re.compile(r"\bin\s+(?:two|three|four|five|six|several|a series of|\d+)\s+"
                       r"(?:separate\s+|different\s+|distinct\s+)?(?:\w+\s+)?(?:attacks|raids|"
                       r"incidents|assaults|ambushes|bombings|strikes|provinces|districts|"
                       r"regions|states|governorates|counties|towns|cities)\b", re.IGNORECASE)


def _sums_separate(f: Frame, groups: list[Group]) -> bool:
    """ "Boko Haram killed 29 people in two separate attacks on Sunday", then each attack told
    with its own dead: a total over events told one by one."""
    if not _deaths(f) or not _SEPARATE.search(f.sentence.text):
        return False
    told = [g for g in groups if g.first_index >= f.sentence.index and any(
        _deaths(x) for x in g.frames if x is not f and x.sentence.index > f.sentence.index)]
    return len(told) >= 2


def _tells_act(t: Trigger) -> bool:
    """ "shot down", "attacked": a verb telling an act, not a noun naming one told before
    ("the attacks")."""
    return any(w.endswith("ed") or w in _IRREGULAR for w in t.text.lower().split())


_THERE = re.compile(r"\bthere\b(?!\s+(?:was|were|is|are|had|have|has|will|would|may|might|"
                    r"could|remains?|seems?|appears?)\b)", re.IGNORECASE)
_IN_RESPONSE = re.compile(r"(?:in\s+(?:response|retaliation|reprisal)|in\s+return)\b",
                          re.IGNORECASE)
_ALSO = re.compile(r"\W*also\s+(?:during|in|over|on|this|last|that)\b", re.IGNORECASE)
_MOB = re.compile(r"\bmobs?\b|lynch", re.IGNORECASE)


def _crowd_after(g: Group, f: Frame) -> bool:
    """ "A suicide bomber blew himself up ... Minutes after the blast, an angry mob beat a man
    to death": a crowd's act after a bombing or a battle is another event of that day."""
    crowd = any(t.kind.sub_event_type == "Mob violence" and _MOB.search(t.text)
                for t in f.triggers)
    kinds = {t.kind for x in g.frames for t in x.triggers}
    return crowd and any(k.event_type in ("Explosions/Remote violence", "Battles")
                         for k in kinds) and not any(k.sub_event_type == "Mob violence"
                                                     for k in kinds)


def _after_the_attack(f: Frame, frames: Sequence[Frame], i: int) -> Frame:
    """"Hours after the attack, soldiers pursuing the assailants clashed with them, the army
    said on Wednesday": the day of the attack told before, not the day it was announced."""
    if f.date is None or not f.announced or not AFTER_THE_ATTACK.match(f.sentence.text):
        return f
    told = next((x for x in reversed(frames[:i]) if x.date is not None and not x.announced
                 and x.date.precision == 1), None)
    if told is None or told.date is None:
        return f
    day = replace(f.date, date=told.date.date, precision=1,
                  reason=f"'{f.sentence.text[:20].strip()}...': the day of the attack told "
                         f"before ({told.date.date})")
    return replace(f, date=day, announced=False)


def group_frames(
    frames: Sequence[Frame], *, published: dt.date | None, place_of: PlaceOf | None = None,
    last_town: Callable[[int, int], ResolvedPlace | None] | None = None,
) -> list[Group]:
    """Group event frames: by day first, then windows ("last 24 hours"), then undated ones.

    A frame with a day joins the group of that day, place and family. A frame dated only by a
    window or an announcement joins a dated group inside the window (the one whose deaths its
    figure sums), else stands alone at the window's last day with precision 2. A frame with no
    date joins the group of the nearest frame before it; it starts an event only as the first
    event of the document, or with its own place and deaths, or after "in a separate attack".
    A dated frame naming no place joins, of that day's events, the one in the town the text
    named last before it (`last_town` of its sentence's index); it starts an event of its own
    when the sentence just before it names a town far from that day's event.
    """
    if place_of is None:
        place_of = _no_place
    last_town = last_town or _no_town
    live = [f for f in frames if not f.rejected and not f.headline]
    if not live:
        live = [f for f in frames if not f.rejected]  # a headline-only text: use the headline
    live = [_after_the_attack(f, live, i) for i, f in enumerate(live)]
    groups: list[Group] = []
    # a told event named again ("the kidnapping") after an earlier frame adds to that one
    # (not one dated a day no earlier frame told: "Earlier, on the night of 12/13 March,
    # troops observed the movement of ...")
    # ("On Friday, JNIM claimed the attack": Friday is the claim's day, not the attack's)
    again = {id(f) for i, f in enumerate(live) if i > 0 and (_anaphoric(f) and (
        f.date is None or f.announced or _TODAY.search(f.date.text) or _said_on(f) or any(
            x.date is not None and x.date.date == f.date.date for x in live[:i]))
        or _CLAIMED_THE.search(f.sentence.text))}
    framed = {f.sentence.index for f in frames}
    for f in live:
        if f.date is None or _window(f) or id(f) in again:
            continue
        here = place_of(f)
        if _said_on(f) and any(_TOLL_RISE.fullmatch(t.text) for t in f.triggers) and _tally_only(
                f) and (toll := _toll_of(groups, f, here)) is not None:
            # (its words name the dead, "seven farmers and four herders", not the sides)
            _add(toll, replace(f, actors=()), place_of)  # "On Tuesday, the governor said the
            continue  # toll had risen to 11": the toll of Monday's clash, told that day
        same_day = [g for g in groups if g.date == f.date.date and _compatible(g, f, place_of)
                    and not _sibling(g, f)]
        # (not where someone came from: "a trader from the PK5 neighbourhood")
        if here is None and any(mention_cue(m) in ("town", "admin") and not named_as_way_out(
                f.sentence.text, m.start - f.sentence.start) and not named_as_home(
                f.sentence.text, m.start - f.sentence.start) for m in f.places):
            # "eight were killed in clashes in the Tirah valley of the Khyber tribal district":
            # a place the gazetteer lacks is still another place than the day's named towns
            # (but the same names told twice, in a summary's bullet and the body, are one place)
            same_day = [g for g in same_day if any(_same_names(f, x) for x in g.frames)]
        if here is not None and here.geo_precision < 3 and _deaths(f):
            # "a drone strike near Naqoura killed two ... three were killed in a strike on
            # Aita al-Shaab": two named towns with their own dead are two events, however near
            same_day = [g for g in same_day if not _other_town_dead(g, f, here)]
        if f.new_event_cue and CLAUSE not in f.extra:
            # "Also on Wednesday, a roadside bomb struck ... east of Rutba": another event,
            # unless told in the very town of one
            # (a town of a split list keeps the 25 km reading: "Tammun, in the Tubas
            # governorate" is one place)
            # ("Also on 20 May, a patrol came under fire" in the town looted that day: another
            # kind of act, another event)
            listed = any(x.startswith("one of ") for x in f.extra)
            same_day = [g for g in same_day if here is not None and g.place is not None
                        and g.place.geo_precision < 3 and (
                            g.place.name == here.name or listed and same_area(g.place, here))
                        and (g.family == family(f) or "outcome" in (g.family, family(f)))
                        # ("Separately on Tuesday, fighters clashed ... in eastern Taiz" after
                        # the shelling of Taiz: another type of act, another event)
                        and (family(f) == "outcome" or _same_kind(g, f, acts=True))]
        if here is not None and here.geo_precision == 1 and _ALSO.search(f.sentence.text):
            # "Russian forces also shelled Stanislav": another village's event than
            # Bilozerka's, however near
            same_day = [g for g in same_day if g.place is None or g.place.name == here.name]
        if _LATER.match(f.sentence.text):
            # "Later on Monday night, mortar shells fired by the militants landed inside the
            # base": another weapon, later that day, is another event than the car bombing
            same_day = [g for g in same_day if not _other_weapon(g, f)]
        if _REPRISAL.search(f.sentence.text):
            # "In revenge for their losses, the junta troops fired artillery shells into the
            # town": another act of the day, not part of the ambush told before
            same_day = [g for g in same_day if _same_kind(g, f)]
        match = same_day[0] if same_day else None
        if len(same_day) > 1 and here is not None:
            match = min(same_day, key=_precision)  # the province's battle, not the
            # country's air strikes
        if len(same_day) > 1 and here is None and (
                town := last_town(f.sentence.index, 0)) is not None:
            # "The fighting resumed on Monday" after a paragraph about Babanusa
            # (of the day's events there, the one placed most precisely)
            there = [g for g in same_day if g.place is not None and same_area(g.place, town)]
            match = min(there, key=_precision, default=match)
        elif match is not None and here is None and match.place is not None and (
                f.sentence.index - 1 not in framed) and (
                town := last_town(f.sentence.index, 1)) is not None and not same_area(
                    match.place, town):
            match = None  # "Tripoli: / Heavy clashes erupted late on Friday": a label, not
            # Friday's event in Chiure told just before
        elif match is not None and here is None and match.place is not None and _THERE.search(
                f.sentence.text) and (town := last_town(f.sentence.index, 1)) is not None and (
                not same_area(match.place, town)):
            match = None  # "Heavy fighting in Aleppo's Seif al-Dawla district. At least 18
            # were killed in clashes there today": Aleppo's event, not Damascus's
        at = f.date.start - f.sentence.start
        if match is None and here is None and _EARLY_HOURS.search(
                f.sentence.text, max(0, at - 25), at + len(f.date.text)):
            # "gathered on Sunday evening ... police pushed the crowd back in the early hours
            # of Monday": the night's event goes on past midnight
            eve = f.date.date - dt.timedelta(days=1)
            match = next((g for g in groups if g.date == eve and _compatible(g, f, place_of)
                          and _last_before(g, f.sentence.index) >= f.sentence.index - 2), None)
        if match is None and _tally_only(f):
            match = _toll_of(groups, f, here) or _toll_of(
                groups, f, here or last_town(f.sentence.index, 0))
        if match is None and family(f) == "outcome" and here is None:
            # "clashes erupted late on Friday and continued into Saturday, killing four":
            # the dead of the event its sentence tells
            match = next((g for g in groups if any(
                x.sentence.index == f.sentence.index for x in g.frames)), None)
        if match is None:
            match = Group(date=f.date.date, precision=1, date_frame=f)
            groups.append(match)
            if here is None:  # "... in Tbilisi. Thousands gathered outside Parliament on
                # Sunday": the town named just before, so that Batumi's Sunday is another event
                match.place = last_town(f.sentence.index, 1)
        _add(match, f, place_of)
    for f in live:
        if f.date is None or not _window(f) or id(f) in again:
            continue
        end = f.date.date
        if (f.announced or any(_TOLL_RISE.fullmatch(t.text) for t in f.triggers)) and (
                _tally_only(f)) and (toll := _toll_of(groups, f, place_of(f))) is not None and (
                toll.date != end):
            _add(toll, f, place_of)  # "police said on Sunday that the toll had risen to
            continue  # seven": the toll of Saturday's bombing, not of Sunday's fighting (and
            # "revised the toll to 27 after three of the injured died on 10 June": the toll of
            # the strike told before, not an event of the 10th)
        # ("Insurgent activity spread further south this week, with a deadly attack in
        # Ancuabe district": a week's summary reaches back over the whole week)
        reach = 7 if _WEEK.search(f.date.text) else 3
        # ("Zawiya: / Over the weekend, residents held a sit-in": the town named just before)
        town = last_town(f.sentence.index, 1) if place_of(f) is None else None
        inside = [
            g for g in groups
            if g.date is not None and end - dt.timedelta(days=reach) <= g.date <= end
            and (_compatible(g, f, place_of) or f.announced and _landmark_of(g, f))
            and (town is None or g.place is None or same_area(g.place, town)
                 # ("... near Baga Sola, last night. Early this morning, local sources were
                 # speaking of a dozen soldiers killed": the event just told)
                 or any(x.sentence.index == f.sentence.index - 1 for x in g.frames))
            and _window_joins(g, f)
            # ("Egyptian warplanes have killed 16 militants over the past 48 hours": the
            # air strikes' own dead, not those of the roadside bomb of that Saturday)
            and not (_deaths(f) and _other_weapon(g, f) and not _sum_matches(f, g))
            # "police said last night that 12 suspects had been arrested over the attack":
            # arrests announced later are an event of their own, not the attack's
            and not (f.announced and g.family != "strategic" and all(
                t.kind.sub_event_type == "Arrests" for t in f.triggers))
        ]
        if inside and not (_ALSO.match(f.sentence.text) and not _tally_only(f)):  # ("Also
            # during the week, armed men set fire to the town hall": another incident)
            # ("Another missile hit Zaporizhzhia. Zelenskyy said Wednesday that attack killed
            # five": the event in the town just named, not the report's first)
            # ("On Sunday, troops raided a rebel camp. A soldier was killed in the ensuing
            # firefight, the spokesman said on Monday": the event told just before)
            ensuing = _ENSUING.search(f.sentence.text) is not None
            best = max(inside, key=lambda g: (
                ensuing and _last_before(g, f.sentence.index) == f.sentence.index - 1,
                _sum_matches(f, g), town is not None and (
                    g.place is not None and g.place.geo_precision < 3
                    and same_area(g.place, town)), -g.first_index))
            _add(best, f, place_of)
        else:
            g = Group(date=end, precision=2, date_frame=f)
            _add(g, f, place_of)
            groups.append(g)
    for f in live:
        if f.date is not None and id(f) not in again:
            continue
        # ("Medical sources in El Arish told us four soldiers died": the speakers' town, not
        # the place of the dead, who are those of the event told just before)
        # (nor "According to the FARDC spokesperson in Ituri, seven assailants were killed in
        # the fighting": the fight told just before)
        where = _no_place if _speakers_town(f) else place_of
        before = [
            g for g in groups
            if any(x.sentence.index <= f.sentence.index for x in g.frames)
            and _compatible(g, f, where) and (f.date is None or _window_joins(g, f))
        ]
        here = place_of(f)
        if here is not None and here.geo_precision < 3 and _deaths(f):
            # (but "seven had died in the attack in the Socio Vivienda district", undated:
            # the attack told before, in a quarter of its city)
            before = [g for g in before if not _other_town_dead(g, f, here) or (
                f.date is None and g.place is not None and quarter_of(g.place, (here,)) is here)]
        told = [g for g in groups if g.first_index <= f.sentence.index and g.date]
        lead_day = max(told, key=lambda g: g.first_index).date if told else None
        own_place = here is not None and here.geo_precision < 3 and all(
            g.place is None or not same_area(here, g.place) or _deaths(f) and _other_town_dead(
                g, f, here) or _town_of_its_own(f, here, g.place)
            # ("In Chitungwiza, youths blocked the road": the town's event of another day,
            # told further on, is not this one)
            or _opens_on_place(f) and g.first_index > f.sentence.index
            and lead_day is not None and g.date != lead_day for g in groups
        ) and not _speakers_town(f)
        if not groups and f.sentence.start > _LEAD_CHARS:
            continue  # deep in a report that dates nothing: history told in passing
        if not groups and f.date is None and not f.short and published is not None and any(
                x.rejected.startswith(_PAST) and x.sentence.index < f.sentence.index
                and x.date is not None and (published - x.date.date).days >= 365
                for x in frames):
            # "The High Court today commuted the death sentences over the 2016 attack ... the
            # incident of brutal killing tarnished the country's image": a report that opens
            # on a past of another year tells more of that past in its undated sentences (a
            # note of a few lines tells its one incident whatever past it names)
            continue
        # ("In response, Israeli jets struck a Hamas post in Khan Younis": the answer to the
        # event just told, on its day)
        answer = here is not None and here.geo_precision < 3 and not before and (
            _IN_RESPONSE.match(f.sentence.text) is not None) and all(
            g.place is None or not same_area(here, g.place) for g in groups
            if g.first_index < f.sentence.index)
        # ("Hours earlier, Israeli artillery shelled Khiam", after a drone strike on Naqoura:
        # another act in another town, on the day of the event just told)
        # (within a day's drive of them: a town resolved far off is more likely a namesake)
        told_at = [g.place for g in groups if g.first_index < f.sentence.index and g.place]
        elsewhere = here is not None and here.geo_precision < 3 and not before and any(
            _km(here, p) <= _NEAR_KM for p in told_at) and not any(
            same_area(here, p) for p in told_at) and _acts_elsewhere(f, groups)
        answer = answer or elsewhere
        if not groups or answer or (own_place and (f.new_event_cue or (
                _deaths(f) or _fronted(f)) and not before or _listed_first(f) and all(
                    g.place is not None for g in before))):
            # its own town, far from every event so far, with its own dead or named first
            # ("In Tyre, protesters ..."): a new event; so is one after "in a separate attack"
            earlier = [g for g in groups if g.first_index <= f.sentence.index and g.date]
            # an undated town of a list told after a dated lead shares the lead's day
            # (and so does a town opening its sentence with no dead: a round-up of one day)
            lead = max(earlier, key=lambda g: g.first_index) if earlier and (
                f.extra or answer or _fronted(f) and not _deaths(f)) else None
            g = Group(date=lead.date if lead else published,
                      precision=lead.precision if lead else 1,
                      date_frame=lead.date_frame if lead else None)
            _add(g, f, place_of)
            groups.append(g)
        elif before:
            if id(f) in again:  # "condemned the bombing": the bombing told before, not the
                # raid told last
                before = [g for g in before if _same_kind(g, f)] or before
            near = max(before, key=lambda g: _last_before(g, f.sentence.index))
            if _clash_beside_strike(near, f) or _crowd_after(near, f):
                # "A drone struck a market, killing 12. Fighting continued in the city": the
                # fighting is an event of that day, not what the strike was
                g = Group(date=near.date, precision=near.precision, date_frame=near.date_frame)
                _add(g, f, place_of)
                groups.append(g)
            else:
                _add(near, f, where)
        elif (held := [g for g in groups if g.first_index < f.sentence.index
                       and all(_held_apart(x) for x in g.frames)]) and not _arrests(f):
            # "On Tuesday, soldiers arrested 14 suspects. Hours before the arrests, fighters
            # raided a village": another event of the arrests' day
            near = max(held, key=lambda g: g.first_index)
            g = Group(date=near.date, precision=near.precision, date_frame=near.date_frame)
            _add(g, f, place_of)
            groups.append(g)
        else:  # an undated lead whose day the next sentence gives: join the event after it
            # (a summary lead whose toll covers several events told after it joins none)
            after = [g for g in groups if _compatible(g, f, place_of)
                     and (not (_deaths(f) and any(_deaths(x) for x in g.frames))
                          # (a recap's "three were killed in a strike on Aita al-Shaab"
                          # before the entry telling it: the same town, the same dead)
                          or _same_town_dead(g, f, here))
                     and (f.date is None or _window_joins(g, f))
                     # (nor, past the lead, a town's own dead to another town's event told
                     # later: "the toll in Sadr City had risen to 11" is no part of a
                     # killing in Dora)
                     and not (here is not None and here.geo_precision < 3 and _deaths(f)
                              and g.place is not None and g.place.geo_precision < 3
                              and g.place.name != here.name and any(
                                  x.first_index < f.sentence.index for x in groups))
                     and (g.first_index - f.sentence.index <= _LEAD_REACH
                          or here is not None and g.place is not None or _counted(f))]
            earlier = [g for g in groups if g.first_index <= f.sentence.index]
            if after:
                _add(min(after, key=lambda g: g.first_index), f, place_of)
            elif _deaths(f) and _counted(f) and not earlier and f.sentence.start <= _LEAD_CHARS:
                # an undated lead with its own dead, before an event "also" told for "last
                # Friday": the report's own event, of its day
                g = Group(date=published, precision=1)
                _add(g, f, place_of)
                groups.append(g)
            elif earlier and here is None and not _NATIONWIDE.search(f.sentence.text):
                # "Gunfire was heard and one protester was killed"
                _add(max(earlier, key=lambda g: _last_before(g, f.sentence.index)), f, place_of)
            elif f.date is not None and (not _window(f) or _arrests(f)) and not any(
                    g.date == f.date.date and _compatible(g, f, place_of) for g in groups) and (
                    any(_tells_act(t) for t in f.triggers) or _arrests(f)):
                # "The army said its air defences shot down three drones over El Obeid on
                # Sunday evening": a dated act of another family than that day's event there
                # ("The police announced on 12 June the arrest in Pemba of four people": an
                # arrest known by the day it was announced)
                g = Group(date=f.date.date, precision=2 if _window(f) else f.date.precision,
                          date_frame=f)
                _add(g, f, place_of)
                groups.append(g)
    summaries: set[int] = set()
    for g in groups:
        alone = g.precision == 2 and all(_window(x) for x in g.frames if x.date is not None)
        summaries |= {id(f) for f in g.frames if _sums_the_week(f, groups, alone=alone,
                                                                place=g.place)
                      or _lists_the_events(f, groups) or _sums_separate(f, groups)}
        if _heads_the_items(g, groups):
            summaries |= {id(f) for f in g.frames}
    for g in groups:
        g.frames = [f for f in g.frames if id(f) not in summaries]
        if g.date_frame is not None and id(g.date_frame) in summaries:
            g.date_frame = None
    groups = [g for g in groups if g.frames]
    groups.sort(key=lambda g: g.first_index)
    return _dated_by_the_next(_lead_clause_told_again(groups))


def _lead_clause_told_again(groups: list[Group]) -> list[Group]:
    """ "KIA forces attacked Bhamo on Tuesday, while a regime air strike on a village in
    Waingmaw Township killed seven civilians", then "On Sunday night, a jet dropped two bombs
    on Aung Myay village in Waingmaw Township, killing seven civilians": the lead's clause,
    dated by its sentence's other act, is the strike told after it (the same kind of strike,
    the same area or one it names, the same dead), on that one's day."""
    out = list(groups)
    lead = min((g.first_index for g in groups if g.frames), default=0)
    for g in groups:
        if not g.frames or g.place is None or g.first_index > lead or not all(
                CLAUSE in f.extra for f in g.frames):
            continue
        mine = {t.kind.sub_event_type for f in g.frames for t in f.triggers
                if t.kind.event_type == "Explosions/Remote violence"}
        dead = max((v for f in g.frames for v in _deaths(f)), default=0)
        later = next((h for h in out if h is not g and h.first_index > g.first_index
                      and h.place is not None and (same_area(h.place, g.place) or any(
                          m.text == g.place.name for x in h.frames for m in x.places))
                      and dead >= 3 and dead in [v for x in h.frames for v in _deaths(x)]
                      and mine & {t.kind.sub_event_type for x in h.frames for t in x.triggers}),
                     None)
        if later is not None:  # (the lead's figure is the later telling's, counted there)
            later.frames = sorted([replace(f, numbers=()) for f in g.frames] + later.frames,
                                  key=lambda f: f.sentence.index)
            out.remove(g)
    return out


# "The attack took place on Tuesday": the event told just before, its day now given
_TOOK_PLACE = re.compile(r"\b(?:attack|raid|assault|ambush|massacre|killings?|bombing|"
                         r"clash(?:es)?|fighting)\s+(?:took\s+place|happened|occurred)\b",
                         re.IGNORECASE)


def _dated_by_the_next(groups: list[Group]) -> list[Group]:
    """A week's event ("attacked a village this week") whose next sentence gives its day
    ("The attack took place on Tuesday"): one event, on that day."""
    out: list[Group] = []
    for g in groups:
        prev = out[-1] if out else None
        first = min(g.frames, key=lambda x: x.sentence.index)
        # (so is a lead that dates nothing, placed at the publication day: "Bandits have killed
        # several villagers in Ruwan Tofa ... The attack happened on Sunday evening")
        if (prev is not None and (prev.precision == 2 or prev.date_frame is None)
                and g.precision == 1
                and prev.date is not None and g.date is not None
                and 0 <= (prev.date - g.date).days < 7 and prev.family == g.family
                and first.sentence.index - max(x.sentence.index for x in prev.frames) == 1
                and _TOOK_PLACE.search(first.sentence.text)):
            g.frames = prev.frames + g.frames
            g.place = g.place or prev.place
            out[-1] = g
            continue
        out.append(g)
    return out
