"""From a group of frames to one Event: type, actors, deaths, place, source, evidence, notes."""

from __future__ import annotations

import hashlib
import re
from collections.abc import Callable
from dataclasses import dataclass, replace

from warcount.events.classify import EXPLOSIVE, TypeDecision, classify, settle_territory
from warcount.events.deaths import bombers_named, tally_deaths
from warcount.events.group import RETURNED_FIRE, Group, spoken_from
from warcount.events.roles import Roles, Side, assign_roles, order_actors, speaking, struck
from warcount.events.sources import Attribution, sources_for
from warcount.events.triggers import Trigger
from warcount.geo.report import own_places, precision_rank, quarter_of
from warcount.geo.resolve import distance_km
from warcount.mentions.places import mention_cue, names_a_road
from warcount.records import ActorMention, Document, Event, Evidence, PlaceMention, ResolvedPlace
from warcount.regex_heads import with_heads

FindActors = Callable[[str, str | None], list[ActorMention]]
_STATE_WORDS = re.compile(
    r"\b(?:soldiers?|troops?|police\w*|officers?|army|military|security|gendarmes?|"
    r"servicem[ae]n|personnel|loyalists?|guards?|policem[ae]n|forces)\b",
    re.I,
)
_ARMED_WORDS = re.compile(
    r"\b(?:militants?|fighters?|insurgents?|terrorists?|rebels?|jihadists?|gunmen|attackers?|"
    r"assailants?|bombers?|criminals|bandits?|extremists?|combatants?|militiam[ae]n)\b",
    re.I,
)
_CIVILIAN_WORDS = re.compile(
    r"\b(?:civilians?|villagers?|residents?|children|women|students?|worshippers?|farmers?|"
    r"passengers?|herders?|traders?|teachers?|pupils?|people|persons?|family|men)\b",
    re.I,
)

# what unarmed people own or fill: a strike on them has civilians as its target
_CIVILIAN_PROPERTY = re.compile(
    r"\b(?:homes?|houses?|residential|market|shops?|schools?|mosques?|church(?:es)?|"
    r"hospitals?|clinic|vehicles?|cars?|bus(?:es)?|trucks?|farms?|wedding|funeral|camp|"
    r"neighbou?rhoods?|buildings?|apartments?|offices?|city|town|infrastructure|power|"
    r"energy)\b", re.I)


@dataclass(frozen=True)
class EventContext:
    """What the whole document contributes to each of its events."""

    doc: Document
    country: str | None
    attributions: tuple[Attribution, ...]
    resolved: dict[tuple[int, int], ResolvedPlace | None]  # by mention (start, end)
    default_place: tuple[PlaceMention, ResolvedPlace] | None
    find_actors: FindActors
    headline_end: int = 0
    # (sentence index, mention, place) of the report's resolved places, datelines left out
    placed: tuple[tuple[int, PlaceMention, ResolvedPlace], ...] = ()
    live_blog: bool = False  # a group's place comes from its entries (mentions.live_blog)
    authorities: frozenset[str] = frozenset()  # non-state groups that govern (they arrest)
    protest_report: bool = False  # the headline tells of protests (its clashes are riots)
    # the number lexicon's heads that name no side and those that name the attackers
    generic_heads: frozenset[str] | None = None
    attacker_heads: frozenset[str] | None = None


def _side_of(roles: Roles, ctx: EventContext, country: str | None) -> Callable[[str], str]:
    a_names = {s.name for s in (roles.actor1,) if s} | {a.name for a in roles.assoc1}
    b_names = {s.name for s in (roles.actor2,) if s} | {a.name for a in roles.assoc2}
    a_state = roles.actor1 is not None and roles.actor1.inter in (1, 8)
    b_state = roles.actor2 is not None and roles.actor2.inter in (1, 8)
    b_civil = roles.actor2 is not None and roles.actor2.inter == 7

    def side_of(who: str) -> str:
        for m in ctx.find_actors(who, country):
            if m.inter == 7 or m.inter == 6 and (m.name in a_names or m.name in b_names):
                return "civilians"  # UCDP's split: civilians killed, and protesters killed
                # at their protest, are civilians whichever side of the event they are
            if m.name in a_names:
                return "a"
            if m.name in b_names:
                return "b"
            if m.inter in (1, 8):
                return "a" if a_state else ("b" if b_state else "unknown")
        if _STATE_WORDS.search(who):
            return "a" if a_state else ("b" if b_state else "unknown")
        if _ARMED_WORDS.search(who):
            return "b" if a_state else ("a" if b_state or b_civil else "unknown")
        if _CIVILIAN_WORDS.search(who):
            return "civilians"
        return "unknown"

    return side_of


_DISTRICT_KM = 30.0  # how far from its centre a district holds a town of unknown district
_REGION_KM = 500.0  # how far from its centre a wide region (RGN) may hold a town named nearby
_PASSIVE_BEFORE = re.compile(r"\b(?:was|were|been|being|is|are|be)\s+(?:\w+ly\s+)?$")


_CAME_AFTER = re.compile(r"[^.;]{0,40}?\b(?:came|comes|followed|follows)\s+(?:just\s+|only\s+)?"
                         r"(?:(?:a|an|one|two|three|four|five|six|several|\d+)\s+"
                         r"(?:days?|hours?|weeks?)\s+)?after\b", re.IGNORECASE)


def _place(group: Group, ctx: EventContext) -> tuple[PlaceMention | None, ResolvedPlace | None]:
    """The most specific resolved place of the event's own sentences, else the report's."""
    best: tuple[PlaceMention | None, ResolvedPlace | None] = (None, None)
    frames = sorted(group.frames, key=lambda f: (f is not group.date_frame, f.sentence.index))
    # ("sources in El Arish told us four soldiers died": where the speakers are, unless the
    # event names no other place)
    spoken = {(m.start, m.end) for f in frames for m in f.places
              if spoken_from(ctx.doc.text, m.start, m.end)}
    if all((m.start, m.end) in spoken for f in frames for m in f.places):
        spoken = set()
    # ("The violence in Dekoa came a day after a soldier was killed near Boali": the earlier
    # event's town names the later one only to date it)
    spoken |= {(m.start, m.end) for f in frames for m in f.places
               if (came := _CAME_AFTER.match(ctx.doc.text, m.end)) is not None
               and any(o.start >= came.end() for o in f.places)}
    for f in frames:
        found = [(m, r) for m in f.places if (m.start, m.end) not in spoken
                 and (r := ctx.resolved.get((m.start, m.end))) is not None]
        # ("blocked the Quetta-Karachi highway near Kalat": the road's first town only when
        # the sentence names no other)
        # (nor a quarter read as a namesake far from its city: "La Candelaria, in central
        # Caracas")
        kept = sorted(own_places(found, ctx.doc.text), key=lambda x: names_a_road(x[0]))
        for m, r in kept:
            if best[1] is None or precision_rank(r) < precision_rank(best[1]):
                best = (m, r)
            if r.geo_precision == 1:
                quarter = quarter_of(r, (x for _, x in kept))
                return next((q, x) for q, x in kept if x is quarter)
    if best[1] is None and any(mention_cue(m) in ("town", "admin")
                               for f in group.frames for m in f.places):
        # "in the Tirah valley of the Khyber tribal district", a place the gazetteer lacks:
        # the event is placed no nearer than its country, never at another town
        return best
    if best[1] is None and ctx.live_blog and group.place is not None:
        # an entry that names no town is where its entry or the blog is, not at the town
        # another entry named
        told = (m for _, m, r in ctx.placed if r.name == group.place.name)
        return next(told, None), group.place
    fallback = _nearby_place(group, ctx) or ctx.default_place
    if fallback is not None and (best[1] is None or (
        best[1].geo_precision == 3 and _holds(best[1], fallback[1])
        and fallback[1].geo_precision < 3
        and best[1].country == fallback[1].country
        and (not best[1].admin1 or best[1].admin1 == fallback[1].admin1)
        # ("in the hill district of Churachandpur": a town of another district is not in it;
        # nor one whose district the gazetteer does not know, away from the district's centre:
        # "in Mullaitivu district ... a bomber near Vavuniya")
        and not (best[1].feature_code == "ADM2" and (
            best[1].admin2 and fallback[1].admin2 and best[1].admin2 != fallback[1].admin2
            or not fallback[1].admin2 and not _near(best[1], fallback[1], _DISTRICT_KM)))
    )):
        return fallback
    return best


def _near(a: ResolvedPlace, b: ResolvedPlace, km: float) -> bool:
    return None not in (a.latitude, a.longitude, b.latitude, b.longitude) and distance_km(
        a.latitude or 0.0, a.longitude or 0.0, b.latitude or 0.0, b.longitude or 0.0) <= km


def _holds(area: ResolvedPlace, town: ResolvedPlace) -> bool:
    """The division or the wide region (Darfur, the Sahel) may hold the town named nearby; an
    area of its own ("the Mutaibija area") does not."""
    if area.feature_class in ("A", ""):
        return True
    return area.feature_code == "RGN" and _near(area, town, _REGION_KM)


_ABROAD_REACH = 4  # sentences back to a town outside the report's country


def _nearby_place(group: Group, ctx: EventContext) -> tuple[PlaceMention, ResolvedPlace] | None:
    """An event whose sentences name no town happened at the town named nearest before them
    (the lead's place carries over to the paragraphs after it), else just after them; a town
    abroad (talks "hosted by Beijing" in a report on Myanmar) is none of them."""
    first = min(f.sentence.index for f in group.frames)
    last = max(f.sentence.index for f in group.frames)
    # a round-up item's label ("Zawiya: Over the weekend, ...") places it, in any country
    label = [(i, m, r) for i, m, r in ctx.placed if first - 1 <= i <= first
             and ctx.doc.text.startswith(":", m.end) and r.geo_precision < 3]
    if label:
        _, m, r = max(label, key=lambda x: (x[0], x[1].start))
        return m, r
    specific = [(i, m, r) for i, m, r in ctx.placed if r.geo_precision < 3
                and (ctx.country is None or r.country == ctx.country)]
    # (a round-up of two countries: "Rio de Janeiro: ... On Wednesday, residents set fire to
    # a bus", in a report that the towns of another country name more often; the town just
    # before, when no town of the report's country comes before it)
    before = [(i, m, r) for i, m, r in specific if i < first] or [
        (i, m, r) for i, m, r in ctx.placed if r.geo_precision < 3 and first - _ABROAD_REACH <= i
        < first]
    if before:
        _, m, r = max(before, key=lambda x: (x[0], -x[1].start))
        return m, r
    after = [(i, m, r) for i, m, r in specific if last < i <= last + 2]
    if after:
        _, m, r = min(after, key=lambda x: (x[0], x[1].start))
        return m, r
    return None


def _event_id(doc_id: str, *parts: object) -> str:
    raw = "|".join([doc_id, *(str(p) for p in parts)])
    return hashlib.sha1(raw.encode("utf-8")).hexdigest()[:16]


def _ev(field: str, start: int, end: int, text: str, reason: str = "") -> Evidence:
    return Evidence(field, text[start:end], start, end, reason)


def _notes(e: dict[str, object]) -> str:
    who = e["actor1"] or "Unidentified actors"
    whom = f" against {e['actor2']}" if e["actor2"] else ""
    where = ", ".join(str(x) for x in (e["location"], e["country"]) if x)
    when = f"On {e['event_date']}, " if e["event_date"] else ""
    dead = e["fatalities"]
    toll = f"; {dead} killed" if dead else "; no deaths reported"
    src = f" (source: {e['source']})" if e["source"] else ""
    where_txt = f" in {where}" if where else ""
    return f"{when}{who}: {str(e['sub_event_type']).lower()}{whom}{where_txt}{toll}{src}."


_KILLED_OBJECT = re.compile(r"\b(?:killed|killing|kill|kills|shot dead|murdered|hacked to death|"
                            r"lynched|executed|beheaded)\s+(?:[\w-]+\s+){0,2}$", re.IGNORECASE)


def _killed_people(mention: ActorMention | None, text: str) -> bool:
    """A community's men named as those killed ("killed two Fulani herders"), not a militia
    that fought."""
    return mention is not None and mention.inter == 4 and not _ARMED_WORD.search(
        mention.text) and bool(_KILLED_OBJECT.search(text, max(0, mention.start - 40),
                                                     mention.start))


_ARMED_WORD = re.compile(r"militia|fighters|gunmen|armed|group|vigilante|guard", re.IGNORECASE)


_ALLIED = re.compile(r"\b(?:and|with)\s+(?:its\s+|their\s+)?(?:allied|affiliated|aligned|"
                     r"associated|supporting)\s+(?:[\w-]+\s+)?$", re.IGNORECASE)
# "accusing them of collaborating with the army", "linked to his cooperation with the
# authorities": the side the victims were said to help took no part
_HELPED = re.compile(r"\b(?:collaborat|co-?operat|collud|spy|spie|spying|informants?\b|"
                     r"informers?\b|informing)\w*\s+(?:with|for|on)\s+(?:the\s+)?"
                     r"(?:[\w'’-]+\s+){0,2}$", re.IGNORECASE)
# "arrested an activist who had helped organise the protest", "detained him for leading the
# march": the protest is why they were arrested, not what happened
_REASON = re.compile(r"\b(?:who\s+(?:had\s+)?(?:\w+\s+){0,2}?(?:organi[sz]ed?|led|called|"
                     r"joined|took\s+part\s+in)|for\s+(?:organi[sz]ing|leading|joining|"
                     r"taking\s+part\s+in|(?:his|her|their)\s+role\s+in)|accus(?:ed|ing)\s+"
                     r"(?:them\s+|him\s+|her\s+)?of\s+(?:organi[sz]ing|leading|inciting|"
                     r"taking\s+part\s+in)"
                     # ("27 people had been arrested in Bo in connection with the riot")
                     r"|in\s+connection\s+with|over\s+(?:their|his|her)\s+(?:role|part)\s+in"
                     r"|charged\s+(?:with|over|for))\b[^.;]{0,60}$", re.IGNORECASE)


def _a_reason(start: int, arrests: list[Trigger], text: str) -> bool:
    """The words at `start` (a protest, its crowd) only tell why someone was arrested, or
    name those arrested as rioters ("police arrested 38 rioters in Mandalay")."""
    return any(a.end <= start and (_REASON.search(text, a.end, start) is not None or (
        (m := _ARRESTED_RIOTERS.match(text, a.end)) is not None and m.end() == start))
        for a in arrests)


# "police arrested 38 rioters", 'detained 38 "rioters"', "detained dozens of suspected looters":
# who was arrested
_ARRESTED_RIOTERS = re.compile(
    r"\s+(?:(?:more\s+than|at\s+least|about|some|nearly|over|dozens\s+of|scores\s+of|"
    r"hundreds\s+of)\s+)?(?:[\d,]+\s+|the\s+)?(?:suspected\s+|alleged\s+)?[\"\u201c'\u2018]?"
    r"(?=(?:rioters|looters|youths)\b)",
    re.IGNORECASE)


_DEBRIS = re.compile(r"\b(?:debris|fragments|wreckage|shrapnel from (?:the|an?) intercept\w*)\b",
                     re.IGNORECASE)


def build_event(group: Group, ctx: EventContext, *, index: int) -> Event:
    """One Event from its frames; every value keeps the words that support it."""
    text = ctx.doc.text
    trigs = [t for f in group.frames for t in f.triggers]
    arrests = [t for t in trigs if t.kind.sub_event_type == "Arrests"]
    trigs = [t for t in trigs if not (t.kind.protest and _a_reason(t.start, arrests, text))]
    actors = [a for f in group.frames for a in f.actors
              if not (a.inter in (5, 6) and _a_reason(a.start, arrests, text))
              and not _HELPED.search(text, max(0, a.start - 50), a.start)]
    mention, place = _place(group, ctx)
    country = place.country if place is not None and place.country else ctx.country
    if country and country != ctx.country:
        actors = _rescope(actors, ctx, country)
    numbers = [n for f in group.frames for n in f.numbers]
    main_frame = group.date_frame or group.frames[0]
    first_trig = main_frame.triggers[0]
    pre_killed = sum(n.value for n in numbers if n.outcome == "killed")
    hurt = sum(n.value for n in numbers if n.outcome == "injured")
    # ("air defences shot down ten rockets ... Debris from one of them killed a woman": the
    # dead of falling debris belong to the interception, which stays the event; not when a
    # strike is told: "Russia attacked Mykolaiv with drones; most were shot down, but debris
    # hit a house, killing two")
    debris = 0 if any(t.kind.sub_event_type in EXPLOSIVE for t in trigs) else sum(
        n.value for f in group.frames if _DEBRIS.search(f.sentence.text)
        for n in f.numbers if n.outcome == "killed")
    # ("RSF fighters and allied Arab militias stormed the neighbourhood": one side, not two)
    # (nor is a force that only tells: "The Police Force wishes to inform the public that
    # gunmen shot the chairman dead")
    fighting = [a for a in actors if not _ALLIED.search(text, max(0, a.start - 30), a.start)
                and not (speaking(a, text) and a.inter in (1, 8))]
    decision: TypeDecision = classify(trigs, fighting, killed=pre_killed - debris, hurt=hurt,
                                      protest_report=ctx.protest_report)
    if decision.sub_event_type == "Armed clash" and group.date_frame is not None:
        # "shells fired from RSF positions struck the market on Monday" joined by an undated
        # "the city remains cut off by fighting": the dated strike is the event
        told = [t for f in group.frames if f.date is not None for t in f.triggers]
        if told and not any(t.kind.sub_event_type == "Armed clash" for t in told) and not any(
                RETURNED_FIRE.search(f.sentence.text) for f in group.frames if f.date is None):
            # (but "Police officers returned fire from the station": the target fought back,
            # a battle)
            on_day = classify(told, fighting, killed=pre_killed, hurt=hurt,
                              protest_report=ctx.protest_report)
            if on_day.sub_event_type not in ("Change to group/activity", "Other"):
                decision = on_day
    main = decision.trigger or first_trig
    if RETURNED_FIRE.fullmatch(main.text):  # ("police returned fire": the attack they answered
        # names who fought whom, its attackers first)
        main = next((t for t in trigs if t.start < main.start and t.kind.sub_event_type in (
            "Attack", "Armed clash", *EXPLOSIVE)), main)
    main_sentence = next(
        (f.sentence for f in group.frames if f.sentence.start <= main.start < f.sentence.end),
        main_frame.sentence,
    )
    roles = assign_roles(actors, main, text, authorities=ctx.authorities,
                         event_type=decision.event_type,
                         sub_event_type=decision.sub_event_type, country=country,
                         main_span=(main_sentence.start, main_sentence.end))
    if (decision.sub_event_type == "Armed clash" and decision.trigger is not None
            and decision.trigger.kind.sub_event_type != "Armed clash"
            and roles.actor2 is not None and (roles.actor2.inter == 7 or _killed_people(
                roles.actor2.mention, text))):
        # two armed sides named, but the one struck was unarmed: an attack, not a battle
        # ("a Koglweogo group killed two Fulani herders": men of a community, killed)
        decision = TypeDecision("Violence against civilians", "Attack", decision.trigger,
                                "violence against unarmed people; the other armed side is "
                                "only named")
        roles = assign_roles(actors, main, text, event_type=decision.event_type,
                             sub_event_type=decision.sub_event_type, country=country,
                             main_span=(main_sentence.start, main_sentence.end))
    named_civilians = roles.actor2 is not None and roles.actor2.inter == 7 and (
        roles.actor2.mention is not None)
    own = [a for a in actors if main_sentence.start <= a.start < main_sentence.end]
    doer, done_to = order_actors(own, main, text) if own else (None, None)
    hit_force = doer is None and done_to is not None and done_to.inter in (1, 8) and (
        not done_to.name.startswith("Government of"))  # (an official tells, is not hit)
    if decision.sub_event_type == "Attack" and not named_civilians and (hit_force or any(
            a.inter in (1, 8) and struck(a, text) for a in actors)):
        # "another soldier was wounded by Palestinian fire", "a police reservist shot dead
        # while patrolling", "shoots and injures a police officer": fire on forces is a battle
        decision = TypeDecision("Battles", "Armed clash", decision.trigger,
                                "state forces were hit by fire: fighting")
        roles = assign_roles(actors, main, text, event_type=decision.event_type,
                             sub_event_type=decision.sub_event_type, country=country,
                             main_span=(main_sentence.start, main_sentence.end))
    if decision.sub_event_type == "Arrests":
        # "the AA said it had detained 12 workers": only a state, or a group that governs the
        # place (the SDF in Hasakah), arrests; an armed group that detains people abducts them
        taken = assign_roles(actors, main, text, event_type="Violence against civilians",
                             sub_event_type="Abduction/forced disappearance", country=country,
                             main_span=(main_sentence.start, main_sentence.end))
        held_by = taken.actor1.mention if taken.actor1 is not None else None
        if held_by is not None and held_by.inter in (2, 3, 4) and not held_by.generic and (
                held_by.name not in ctx.authorities) and (
                held_by.start < main.start and not _PASSIVE_BEFORE.search(
                    text, max(0, main.start - 12), main.start)) and not any(
                a.inter == 1 and main_sentence.start <= a.start < held_by.start
                for a in actors):
            # (not "Nigerien forces raided a Boko Haram camp, arresting five suspects": the
            # state forces before the group's name are the ones who arrest)
            decision = TypeDecision("Violence against civilians",
                                    "Abduction/forced disappearance", decision.trigger,
                                    "an armed group, not a state, detained them")
            roles = taken
    decision = settle_territory(
        decision, state_first=roles.actor1 is not None and roles.actor1.inter in (1, 8))
    suicide = bombers_named(" ".join(dict.fromkeys(f.sentence.text for f in group.frames))) \
        if decision.sub_event_type == "Suicide bomb" else 0
    tallied = roles
    tally = tally_deaths(numbers, side_of=_side_of(roles, ctx, country), suicide=suicide,
                         headline_end=ctx.headline_end, text=ctx.doc.text,
                         generic=ctx.generic_heads, attackers=ctx.attacker_heads)
    if (decision.event_type == "Explosions/Remote violence" and roles.actor2 is not None
            and roles.actor2.inter in (2, 3, 4) and tally.fatalities > 0
            and tally.deaths.civilians == tally.fatalities):
        # a strike on a market in a town a group holds: the dead were civilians
        where = f" ({country})" if country else ""
        roles = replace(roles, actor2=Side(f"Civilians{where}", 7, None,
                                           "every one killed was a civilian"))
    if (decision.event_type == "Explosions/Remote violence" and roles.actor2 is not None
            and roles.actor2.inter == 6 and not any(
                t.kind.protest for f in group.frames for t in f.triggers)):
        # "a suicide bomber blew himself up among a crowd of elders gathered outside the
        # governor's office": people gathered, no protest told
        where = f" ({country})" if country else ""
        roles = replace(roles, actor2=Side(f"Civilians{where}", 7, None,
                                           "a crowd bombed, no protest told"))
    if (decision.event_type == "Explosions/Remote violence" and roles.actor2 is not None
            and roles.actor2.mention is None and roles.actor2.inter == 7
            and tally.fatalities == 0 and not tally.injured and not any(
                _CIVILIAN_WORDS.search(f.sentence.text) or _CIVILIAN_PROPERTY.search(
                    f.sentence.text) for f in group.frames)):
        # "airstrikes in the area of Kome, no casualties reported", "detonated a bridge": no
        # one was hurt and no people or homes were the target, so no side was acted on
        roles = replace(roles, actor2=None)
    lo = min(f.sentence.start for f in group.frames)
    hi = max(f.sentence.end for f in group.frames)
    if decision.event_type == "Explosions/Remote violence" or (
            decision.sub_event_type == "Disrupted weapons use"):
        roles = _planter(roles, ctx, text, hi, country,
                         defused=decision.sub_event_type == "Disrupted weapons use")
    if roles != tallied:  # the dead split by the sides as they were settled
        tally = tally_deaths(numbers, side_of=_side_of(roles, ctx, country), suicide=suicide,
                             headline_end=ctx.headline_end, text=ctx.doc.text,
                             generic=ctx.generic_heads, attackers=ctx.attacker_heads)
    attrs = sources_for(ctx.attributions, lo, hi, ctx.doc.text)
    source = "; ".join(dict.fromkeys(a.name for a in attrs))
    evidence: list[Evidence] = [
        _ev("event_type", main.start, main.end, text, decision.reason),
    ]
    if group.date_frame is not None and group.date_frame.date is not None:
        d = group.date_frame.date
        evidence.append(_ev("event_date", d.start, d.end, text, d.reason))
    for field_name, side in (("actor1", roles.actor1), ("actor2", roles.actor2)):
        if side is not None and side.mention is not None:
            m = side.mention
            evidence.append(_ev(field_name, m.start, m.end, text, m.reason or side.reason))
    for a in roles.assoc1 + roles.assoc2:
        evidence.append(_ev("assoc_actor", a.start, a.end, text, a.reason))
    if mention is not None and place is not None:
        evidence.append(_ev("location", mention.start, mention.end, text, place.reason))
    evidence.extend(tally.evidence)
    for src in attrs:
        evidence.append(_ev("source", src.start, src.end, text, src.reason))
    inter1 = roles.actor1.inter if roles.actor1 else None
    inter2 = roles.actor2.inter if roles.actor2 else None
    interaction = _interaction(inter1, inter2)
    values: dict[str, object] = {
        "event_date": group.date.isoformat() if group.date else None,
        "actor1": _name(roles.actor1), "actor2": _name(roles.actor2),
        "location": place.name if place else (mention.text if mention else ""),
        "country": country or "", "sub_event_type": decision.sub_event_type,
        "fatalities": tally.fatalities, "source": source,
    }
    confidence = 0.4 + 0.2 * (group.date_frame is not None) + 0.1 * bool(numbers) + 0.1 * bool(
        place) + 0.1 * bool(actors)
    return Event(
        event_id=_event_id(ctx.doc.id, values["event_date"], decision.sub_event_type,
                           values["location"], values["actor1"], index),
        doc_id=ctx.doc.id,
        event_date=values["event_date"],  # type: ignore[arg-type]
        time_precision=group.precision,
        disorder_type=decision.disorder_type,
        event_type=decision.event_type,
        sub_event_type=decision.sub_event_type,
        actor1=_name(roles.actor1),
        actor2=_name(roles.actor2),
        assoc_actor_1="; ".join(dict.fromkeys(a.name for a in roles.assoc1)),
        assoc_actor_2="; ".join(dict.fromkeys(a.name for a in roles.assoc2)),
        inter1=inter1,
        inter2=inter2,
        interaction=interaction,
        civilian_targeting=decision.event_type == "Violence against civilians"
        or (inter2 == 7 and decision.event_type == "Explosions/Remote violence"),
        country=country or "",
        admin1=place.admin1 if place else "",
        admin2=place.admin2 if place else "",
        location=str(values["location"]),
        latitude=round(place.latitude, 4) if place and place.latitude is not None else None,
        longitude=round(place.longitude, 4) if place and place.longitude is not None else None,
        geo_precision=place.geo_precision if place else None,
        fatalities=tally.fatalities,
        fatalities_low=tally.fatalities_low,
        fatalities_best=tally.fatalities_best,
        fatalities_high=tally.fatalities_high,
        deaths=tally.deaths,
        injured=tally.injured,
        source=source,
        source_outlet=ctx.doc.source or "",
        notes=_notes(values),
        evidence=tuple(evidence),
        confidence=round(min(confidence, 0.95), 2),
        reason=f"{decision.reason}; {tally.reason}".strip("; "),
    )


# "The device was likely planted by JNIM militants": who laid the bomb, told after it
_PLANTED = with_heads(re.compile(
    r"\b(?:planted|laid|placed|emplaced|set|detonated|triggered)\s+by\s+",
    re.IGNORECASE))


def _planter(roles: Roles, ctx: EventContext, text: str, end: int,
             country: str | None, *, defused: bool = False) -> Roles:
    """An unnamed bomber named in the sentence after the event as the one who planted it;
    for a bomb the state defused, the side it was aimed by (actor2, unidentified if unnamed)."""
    state_defused = defused and roles.actor1 is not None and roles.actor1.inter in (1, 8)
    if state_defused and roles.actor2 is None:
        where = f" ({country})" if country else ""
        roles = replace(roles, actor2=Side(f"Unidentified Armed Group{where}", 3, None,
                                           "who planted it not named"))
    side = roles.actor2 if state_defused else roles.actor1
    if defused and not state_defused or side is not None and not side.name.startswith(
            "Unidentified Armed"):
        return roles
    window = text[max(0, end - 400):end + 300]
    start = max(0, end - 400)
    for m in _PLANTED.finditer(window):
        phrase = window[m.end():m.end() + 90].split(".")[0]
        armed = [a for a in ctx.find_actors(phrase, country)
                 if a.inter in (2, 3, 4, 8) and not a.generic]
        if armed:
            a = armed[0]
            at = start + m.end() + a.start
            found = replace(a, start=at, end=at + (a.end - a.start))
            planter = Side(a.name, a.inter, found, "named as the one who planted it")
            return replace(roles, actor2=planter) if state_defused else replace(
                roles, actor1=planter)
    return roles


def _rescope(actors: list[ActorMention], ctx: EventContext, country: str) -> list[ActorMention]:
    """Generic actors, and forces the report's country named ("police" in a round-up set
    mostly in Ethiopia), take the event's own country when it differs from the report's:
    their words read again in that country."""
    out = []
    for a in actors:
        if a.generic or a.country == ctx.country:
            found = ctx.find_actors(a.text, country)
            if found and (a.generic or found[0].name != a.name):
                f = found[0]
                a = ActorMention(a.start, a.end, a.text, f.name, f.inter, f.country, a.generic,
                                 f.reason)
        out.append(a)
    return out


def _name(side: Side | None) -> str:
    return side.name if side is not None else ""


def _interaction(i1: int | None, i2: int | None) -> int | None:
    if i1 is None:
        return None
    if i2 is None:
        return i1 * 10
    lo, hi = sorted((i1, i2))
    return lo * 10 + hi
